"""The eight-hundred-and-forty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's ecology,
environment and water bodies, 光泽县 (of 南平市, 福建) — the 生态环境局光泽县分局, its 环境监测站 and
综合执法大队, and the county's 河长制办公室, 水土保持站, 水库管理处 and 农村供水服务站 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 分局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 环境监测站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 综合执法大队's 排查登记表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line;
- the 河长制办公室's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 水土保持站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 水库管理处's 责任清单 under GROUP ROWS ``一、处领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 农村供水服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``.

One is harder:

- ``guangze_water_bureau_sorted_by_level``: the 水利局's 岗位廉政风险防控一览表 SORTED BY LEVEL (all
  ``一级`` rows first, then ``二级``, then ``三级``), so each post's rows lie scattered through the
  list; ``股室 | 岗位`` are written on EVERY row, but the ``责任人`` only on the post's FIRST row in
  the list — later rows of the same post leave it blank, usually under a row of ANOTHER post, and a
  ``注：`` line says so (``同一岗位的责任人只在其首次出现时填写``). No merge, no ``同上``, no
  ``同序号N``. The README's 读得懂的表 knows a holder merged down, blanks under the same post (fill
  down), ``同序号2`` cells in a list sorted by level, a holder written once in a block's middle or
  last row; it does not describe a list sorted by level whose blank holder cells are resolved by the
  same 股室 and 岗位 written (with the name) higher up, across rows of other posts.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县水务局's 一线工作法 — 防汛预案,
饮用水水源地, 防汛物资; a 市生态环境局's 法治政府建设 report — “三重一大”, 廉政风险防范, 执法人员;
another's — 行政执法, 重大行政决策, 学法用法; a third's — 案卷评查, 执法大练兵; a 河(湖)长制 实施方案 —
河长名录, 公示牌, 巡河, 考核; a 县 水土保持方案 编报审批办法 — 方案审批, 报告书/报告表, 监督; a paper on
河长制 and 生态清洁小流域 — 河湖, 水库, 小流域治理; a 水利厅 纪检组's 政风行风 督查 — 农村饮水工程,
用水户, 通水) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 班 and 伍 with rare given names);
every unit is a body of 光泽县.

Run ``python tests/published/score.py --set batch842`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a blank ``责任人`` cell is the holder written on the first row of the same
  股室 and 岗位 higher up (never the row just above when that is another post); one form a post and
  holder, its points in the list's order, each with its own row's level; the ``注：`` line and the
  sign-off line are no points;
- ``局领导``, ``站领导``, ``处领导``, ``大队领导`` (a 股室 or 中队 cell, a group row) are the 科室 of those
  leaders; the 分局's leaders (sheet ``局领导``, no 科室 column) and the cards' holders have no 科室;
  a 股, 中队, 科 or 组 is a 科室; a group row ``二、工程管理科`` gives the 科室 ``工程管理科``;
- 局长, 副局长, 站长, 副站长, 主任, 处长, 大队长 are leaders; 股长, 中队长, 科长, 组长 middle; the rest
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 河长制办公室's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b842_"
PLACE = "光泽县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the holders: (股室, 岗位, 姓名, tier)
HOLDERS = {
    "局长": ("局领导", "局长", "班翯珝", "leader"),
    "副局长": ("局领导", "副局长", "伍沄翙", "leader"),
    "建管": ("建设管理股", "股长", "班琤霂", "middle"),
    "水政": ("水政水资源股", "股长", "伍翮湉", "middle"),
    "会计": ("计划财务股", "会计", "班璟翃", "general"),
}

# the rows in the list's order (sorted by level): (holder key, 廉政风险点, 风险等级, 防控措施)
SORTED = [
    ("局长", "水利项目“三重一大”事项不经局党组集体研究", "一级", "“三重一大”事项党组会集体研究，会议纪要存档备查。"),
    ("建管", "工程招标文件设置倾向性条款、量身定制资格条件", "一级", "招标文件经法律顾问和股室会审，报局党组审定。"),
    ("副局长", "防汛应急抢险工程不按程序直接发包", "一级", "应急工程发包事后三日内报局党组备案并公示。"),
    ("会计", "工程进度款超进度、超合同拨付", "一级", "进度款凭监理签认的计量单拨付，财务、建管双审。"),
    ("局长", "插手农村饮水工程施工单位选定", "一级", "施工单位一律通过县公共资源交易中心产生。"),
    ("水政", "取水许可审批把关不严，违规延续", "二级", "取水许可实行受理、审查、审批分离，结果公示。"),
    ("建管", "设计变更和现场签证审核不严，虚增工程量", "二级", "重大设计变更报局党组研究，签证现场三方核实。"),
    ("副局长", "防汛物资采购验收走过场", "二级", "防汛物资入库由纪检、财务人员共同验收。"),
    ("水政", "河道采砂执法以罚代管、选择性执法", "二级", "执法全过程记录，处罚案件法制审核。"),
    ("会计", "报销票据审核不严，虚列支出", "三级", "报销单据经办人、证明人、审批人三签。"),
    ("建管", "接受施工单位宴请和礼品礼金", "三级", "签订廉洁承诺书，节日前廉洁提醒。"),
    ("水政", "水资源税征收核定不实", "三级", "取水量以计量设施读数为准，每季度公开。"),
]  # fmt: skip


def guangze_water_bureau_sorted_by_level() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    seen = set()
    for n, (key, point, lv, measures) in enumerate(SORTED, 1):
        dept, post, who, _tier = HOLDERS[key]
        sh.add(n, dept, post, None if key in seen else who, point, lv, measures)
        seen.add(key)
    # the truth one form a holder, in the order of their first rows
    for key in dict.fromkeys(k for k, *_ in SORTED):
        dept, post, who, tier = HOLDERS[key]
        for k, point, lv, _measures in SORTED:
            if k == key:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：本表按风险等级由高到低排序；同一岗位的责任人只在其首次出现时填写。", 7)
    sh.add("制表：办公室", None, None, "审核：", None, "局长（签字）：", None)
    return _layout(
        "guangze_water_bureau_sorted_by_level", "http://ixgod.com/news/show.php?itemid=25042",
        "(harder) 县水利局 岗位廉政风险防控一览表 SORTED BY LEVEL, after the source's 县水务局 一线工作法 (防汛抗旱应急预案, "
        "饮用水水源地保护, 防汛责任制): a title, a 填报单位 line, then 序号/股室/岗位/责任人/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施, all 一级 rows first, then 二级, then 三级, so each post's rows are scattered; "
        "股室 and 岗位 on EVERY row, the 责任人 only on each post's FIRST row, blank on its later rows (mostly under a "
        "row of another post); no merges; a ``注：`` line saying the holder is written only at the post's first row, "
        "a 制表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def guangze_ecology_branch_two_sheets() -> dict:
    unit = f"南平市生态环境局{PLACE}分局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("伍霁湘", "局长", "主持全面工作", [
            ("“三重一大”事项个人说了算，会前定调", "一级", "“三重一大”事项局务会集体研究，末位表态。"),
            ("干预建设项目环评审批和执法案件办理", "一级", "领导干部插手干预事项记录报告。"),
        ]),
        ("班瑀淞", "副局长", "分管环评审批、排污许可", [
            ("环评文件技术审查打招呼、降标准", "一级", "技术审查委托专家，审查意见公开。"),
            ("排污许可证核发把关不严，许可排放量核定偏宽", "二级", "许可量按技术规范核算，股室会审。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("环评与排污许可股", "股长", "伍翾珞", "middle", "建设项目环评受理对材料不全的放宽受理", "二级",
         "受理清单一次性告知，受理台账每月核对。"),
        ("环评与排污许可股", "股长", "伍翾珞", "middle", "向建设单位推荐环评编制机构", "一级",
         "严禁推荐中介，编制机构由建设单位自主选择。"),
        ("环评与排污许可股", "科员", "班洺琡", "general", "排污许可执行报告审核走过场", "三级", "执行报告抽查比例不低于三成。"),
        ("综合股", "股长", "伍珂岫", "middle", "生态环境专项资金项目申报材料审核不实", "二级",
         "申报材料现场核查，项目库公开。"),
        ("综合股", "会计", "班湜翀", "general", "公务接待和差旅费报销审核不严", "三级", "公务接待凭公函和清单报销。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "guangze_ecology_branch_two_sheets", "https://bjlbwl.com/hb/art/2023/1/28/art_1229248048_5058435",
        "县生态环境分局 廉政风险防控一览表 in TWO SHEETS, after the source's 市生态环境局 法治政府建设 report (“三重一大” "
        "集体研究决策, 廉政风险防范, 学法用法): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def guangze_monitoring_station_cards() -> dict:
    unit = f"{PLACE}环境监测站"
    t = _Truth(unit)
    cards = [
        ("站长", "伍璆霈", "站长", "主持监测站全面工作", "leader", [
            ("授意、默许篡改或伪造监测数据", "★★★", "监测数据三级审核，原始记录全程留痕。"),
            ("监测仪器设备采购指定品牌", "★★★", "采购需求集体论证，按政府采购程序办理。"),
            ("接受排污单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副站长", "班翊泫", "副站长", "分管采样和质量控制", "leader", [
            ("执法监测采样点位、频次随意调整", "★★", "采样方案事前审批，现场采样双人执行。"),
            ("质控样考核结果弄虚作假", "★★", "质控样由上级站盲样下发。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "guangze_monitoring_station_cards", "https://www.sg.gov.cn/sgshthjj/gzdt/content/post_2588545.html",
        "县环境监测站 岗位廉政风险防控卡, one sheet a leader, after the source's 市生态环境局 法治政府建设 report (依法履职, "
        "行政执法, 干部法治素养): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def guangze_enforcement_brigade_register() -> dict:
    unit = f"{PLACE}生态环境保护综合执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "伍澂琬", "leader", [
            ("重大处罚案件不经集体讨论", "制度机制", "一级", "重大案件经案审委员会集体讨论。"),
            ("为被查企业说情、打招呼", "思想道德", "二级", "说情打招呼登记报告。"),
        ]),
        ("执法一中队", "中队长", "班岍翎", "middle", [
            ("“双随机”抽查对象人为指定", "业务流程", "一级", "抽查对象由系统随机产生，全程留痕。"),
            ("现场检查发现问题不如实记录", "岗位职责", "二级", "现场检查全程执法记录仪记录。"),
        ]),
        ("执法一中队", "执法队员", "伍霂珝", "general", [
            ("向企业泄露检查时间和内容", "外部环境", "一级", "检查计划保密，夜查突查不提前通知。"),
            ("案卷材料补填、倒签", "业务流程", "三级", "案卷评查每季度一次。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "guangze_enforcement_brigade_register",
        "http://zsepb.zs.gov.cn/xxml/ztzl/wryjgxx/ndxzzfsjgszl/content/post_2060950.html",
        "县生态环境保护综合执法大队 廉政风险点排查登记表, after the source's 市生态环境局 依法行政 report (行政执法, 案卷评查, "
        "执法大练兵, 现场执法检查): a title, 序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def guangze_river_chief_office_posts() -> dict:
    unit = f"{PLACE}河长制办公室"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "leader", "河长制考核", "河长履职考核打人情分，考核结果不实", "制度机制风险", "高",
         "考核细则公开，考核结果集体审定后通报。"),
        ("督查科", "科长", "middle", "巡河督查", "对虚假巡河、应付式巡河不督办、不通报", "岗位职责风险", "高",
         "巡河记录与轨迹比对，问题清单销号管理。"),
        ("督查科", "科长", "middle", "问题交办", "群众举报的河湖“四乱”问题压案不办", "业务流程风险", "中",
         "举报件登记编号，办结情况回访。"),
        ("综合科", "科员", "general", "公示牌制作", "河长公示牌制作指定厂家，虚报数量", "外部环境风险", "中",
         "公示牌制作比价采购，数量逐块验收。"),
        ("综合科", "科员", "general", "河湖保洁经费", "河湖保洁经费拨付不核实保洁成效", "业务流程风险", "低",
         "保洁经费按月考核拨付。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "guangze_river_chief_office_posts", "http://www.hunchun.gov.cn/archives/43667/",
        "县河长制办公室 岗位廉政风险点排查表 对岗不对人, after the source's 河(湖)长制 工作实施方案 (河长名录, 公示牌, "
        "巡河, 考核问责): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def guangze_soil_conservation_selfchecks() -> dict:
    unit = f"{PLACE}水土保持站"
    t = _Truth(unit)
    people = [
        ("班沨玥", "站领导", "站长", "leader", [
            ("水土保持方案审批为特定编制单位开绿灯", "Ⅰ级", "方案技术审查专家随机抽取，审批结果公开。", "已落实"),
            ("水土保持补偿费减免不按规定", "Ⅱ级", "减免事项集体研究并公示。", "未发现问题"),
        ]),
        ("伍湉翯", "监督股", "监督员", "general", [
            ("生产建设项目监督检查走过场", "Ⅰ级", "检查对象随机抽取，检查结果上网公开。", "已落实"),
            ("水土保持设施验收报备核查不严", "Ⅲ级", "验收报备材料逐项核查，留存影像。", "已落实"),
        ]),
        ("班琰昶", "治理股", "技术员", "general", [
            ("小流域治理工程量核定不实", "Ⅱ级", "工程量现场丈量，监理和乡镇共同签认。", "未发现问题"),
            ("治理项目苗木验收不严", "Ⅲ级", "苗木验收抽检成活率并拍照存档。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "guangze_soil_conservation_selfchecks", "http://www.hntongren.gov.cn/html/5563/411544.html",
        "县水土保持站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 水土保持方案 "
        "编制申报审批 管理办法 (方案报告书/报告表, 分级审批, 编制单位): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def guangze_reservoir_office_group_rows() -> dict:
    unit = f"{PLACE}水库管理处"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、处领导", "处领导", [
            ("处长", "伍瑢岚", "leader", [
                ("水库除险加固项目化整为零规避招标", "一级风险", "项目按限额标准报县水利局审批后招标。"),
                ("库区水面、消落区违规出租承包", "一级风险", "出租承包经集体研究并公开竞价。"),
            ]),
        ]),
        ("二、工程管理科", "工程管理科", [
            ("科长", "班翙琮", "middle", [
                ("大坝维修养护工程量虚报", "二级风险", "维修养护工程量现场核量，影像存档。"),
            ]),
            ("巡查员", "伍淇翚", "general", [
                ("大坝安全巡查记录弄虚作假", "二级风险", "巡查打卡定位，记录每周抽查。"),
                ("发现库区违法养殖、采砂不报告", "三级风险", "巡查发现问题当日上报，台账销号。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("出纳", "班珺澍", "general", [
                ("防汛物资储备经费挪用", "二级风险", "防汛经费专账核算，物资每季度盘点。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "guangze_reservoir_office_group_rows", "http://m.handmsg.com/page/2021/0404/20437165.shtml",
        "县水库管理处 廉政风险防控责任清单, after the source's paper on 河长制 and 生态清洁小流域 (河湖含水库, 小流域治理, "
        "水土流失): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、处领导``, ``二、工程管理科``, ``三、综合科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def guangze_rural_water_station_list() -> dict:
    unit = f"{PLACE}农村供水服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "伍岚翾", "leader", "农村饮水工程维修项目指定施工队伍", "制度机制", "高风险",
         "维修项目比选确定施工队伍，结果公示。"),
        ("站领导", "站长", "伍岚翾", "leader", "水质检测费用结算不核实检测频次", "岗位职责", "中风险",
         "检测报告与结算单逐项核对。"),
        ("工程运维组", "组长", "班霈琇", "middle", "管网维修材料领用不登记、多领少用", "业务流程", "中风险",
         "材料领用登记，维修完工后核销。"),
        ("工程运维组", "运维员", "伍澈瑗", "general", "用水户报修时吃拿卡要", "思想道德", "低风险",
         "报修电话公开，维修后回访用水户。"),
        ("综合组", "收费员", "班翚湛", "general", "水费收取不开票据、截留挪用", "业务流程", "高风险",
         "水费统一缴入专户，票据连号管理。"),
        ("综合组", "收费员", "班翚湛", "general", "擅自减免用水户水费", "外部环境", "中风险", "减免须书面审批并公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "guangze_rural_water_station_list", "http://nativeclients.com/YWEsrNzjbc/news/show-25088.html",
        "县农村供水服务站 岗位廉政风险防控一览表, after the source's 水利厅 纪检组 政风行风 交叉督查 (农村饮水工程, 用水户, "
        "实际通水情况): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    guangze_water_bureau_sorted_by_level(),
    guangze_ecology_branch_two_sheets(),
    guangze_monitoring_station_cards(),
    guangze_enforcement_brigade_register(),
    guangze_river_chief_office_posts(),
    guangze_soil_conservation_selfchecks(),
    guangze_reservoir_office_group_rows(),
    guangze_rural_water_station_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch842-inbox"))

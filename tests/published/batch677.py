"""The six-hundred-and-seventy-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's
ethnic-affairs and culture bodies, 鄂伦春自治旗 (of 呼伦贝尔市, 内蒙古) — its 民族事务委员会, 民族博物馆,
乌兰牧骑, 文化旅游体育局, 非物质文化遗产保护中心, 文物保护管理所, 文化市场综合行政执法大队 and 文化馆 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 民族事务委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 民族博物馆's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 乌兰牧骑's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 文化旅游体育局's 清单 under GROUP ROWS ``一、局领导`` … merged across (no 科室 column), ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 非物质文化遗产保护中心's 一览表 under ``附件3`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 文物保护管理所's 登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short),
  ``一级/二级/三级``, a ``注：`` line;
- the 文化市场综合行政执法大队's 自查表, one sheet a person: a label row ``姓　名 | 所在中队 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column.

One is harder:

- ``oroqen_culture_center_spill_rows``: the 文化馆's 岗位廉政风险防控一览表 (``序号 | 部室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施``, 部室 and 岗位/姓名 merged per person) typed by someone who pressed
  Enter at the end of a line: a LONG 廉政风险点 (and its 防控措施) RUNS ON INTO THE NEXT ROW(S) — a
  continuation row with no 序号 and no 风险等级 whose 风险点 cell carries the rest of the sentence
  (``…不经馆务会`` then ``集体研究，个人说了算``) and whose 措施 cell the rest of the measures (or
  nothing). One point is one numbered row plus the rows under it up to the next 序号; its text is
  the cells joined in order. The README's 读得懂的表 knows a point written in two cells side by side,
  a two-row record under a two-line heading, a holder line under each point and one-character-a-line
  vertical cells; it does not describe a point's sentence broken over several rows of the same
  column, the rows after the first unnumbered and unlevelled.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (乌兰牧骑 as a 基层文化服务组织 and its
文化交融; 少数民族发展项目 — 选项, 审批, 资金不得用于; the 乌兰牧骑 演出大巴车 and 惠民演出津贴; a 文物管理处
经济责任审计 — 考古劳务费 发票, 套取专项资金; a 文旅广体局 巡察整改; 非遗 代表性传承人 补助; 文物保护项目
资金 专项审计调查; a 文化和旅游局 (含 文化市场综合执法大队) 巡察整改) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 昝 and 饶 with rare given names); every unit is a body of 鄂伦春自治旗.

Run ``python tests/published/score.py --set batch677`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row with no 序号 and no 风险等级 under a numbered row continues that row's point:
  its 风险点 text is joined (no separator) to the point above, its 措施 text to the measures above;
  it is no point of its own; the holder merged over both rows is the holder;
- ``委领导``, ``局领导``, ``馆领导``, ``所领导`` (a sheet, a group row, a 部门 cell) are the 科室 of those
  leaders or none where the sheet has no 科室 column; 主任, 副主任 of the 民委, 局长, 副局长, 馆长,
  副馆长, 队长, 副队长, 所长 and 大队长 are leaders; 科长, 部室 主任, 中队长 middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b677_"
PLACE = "鄂伦春自治旗"
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

# (部室, 岗位, 姓名, tier, [(point pieces, level, measures pieces)])
SPILLED = [
    ("馆领导", "馆长", "昝翮沅", "leader", [
        (("群众文化活动和“乌兰牧骑＋”展演项目安排不经馆务会", "集体研究，个人说了算"), "一级",
         ("展演项目年初编列计划，经馆务会集体研究，", "会议纪要存档备查。")),
        (("馆舍维修改造工程化整为零，规避政府采购",), "一级", ("维修项目按限额标准报旗文旅体局审批。",)),
    ]),
    ("馆领导", "副馆长", "饶翾湄", "leader", [
        (("文艺骨干培训班、非遗传习班的授课教师劳务费", "虚列人数或", "重复发放"), "二级",
         ("劳务费凭签到表和课时记录发放，", "财务室逐笔核对。")),
        (("群众文艺汇演评奖打招呼、定名次",), "二级", ("评委随机抽取，评分当场公布。",)),
    ]),
    ("文艺辅导部", "主任", "昝曌岍", "middle", [
        (("送文化下乡演出场次、观众人数虚报，", "套取惠民演出补贴"), "一级",
         ("下乡演出留存影像和嘎查村签字确认单，", "每季度抽查回访。")),
        (("演出服装道具租用中指定商家、收受回扣",), "二级", ("租用三家比价，验收双人签字。",)),
    ]),
    ("办公室", "会计", "饶煦琮", "general", [
        (("免费开放专项资金挤占挪用于", "人员福利和日常办公支出"), "一级", ("专项资金专账核算，年终接受审计。",)),
        (("报销票据审核不严，以会议培训名义", "列支餐费"), "二级", ("报账单据经办人、证明人、审批人三签。",)),
        (("固定资产和演出器材出借不登记",), "三级", ("器材出借登记，每半年盘点一次。",)),
    ]),
]  # fmt: skip


def oroqen_culture_center_spill_rows() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in SPILLED:
        for pieces, lv, measures in points:
            n += 1
            rows = max(len(pieces), len(measures))
            for k in range(rows):
                sh.add(n if k == 0 else None, dept, post, who,
                       pieces[k] if k < len(pieces) else None, lv if k == 0 else None,
                       measures[k] if k < len(measures) else None)  # fmt: skip
            t.point(sh.name, dept, post, who, tier, "".join(pieces), [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 7)
    sh.add("填表人：", None, "审核人：", None, "馆长（签字）：", None, None)
    return _layout(
        "oroqen_culture_center_spill_rows", "http://m.zgkjsz.com/page/2022/0323/19333293.shtml",
        "(harder) 旗文化馆 岗位廉政风险防控一览表, after the source's paper on 乌兰牧骑 as a 基层文化服务组织 (文化服务, "
        "演出, 辅导, 创作): a title, a merged 填报单位 line, 序号/部室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施, where a LONG point (and its measures) RUNS ON INTO THE "
        "NEXT ONE OR TWO ROWS: continuation rows with no 序号 and no level carry the rest of the sentence in the "
        "风险点 cell (and the rest of the measures, or nothing); a ``注：`` line and a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def oroqen_ethnic_affairs_two_sheets() -> dict:
    unit = f"{PLACE}民族事务委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("昝濯岚", "主任", "主持全面工作", [
            ("少数民族发展项目选项不经集体研究，优亲厚友", "一级", "项目选项按专项规划筛选，经委务会研究后报旗政府。"),
            ("民族团结进步创建示范单位推荐把关不严", "二级", "推荐条件量化，名单公示五个工作日。"),
        ]),
        ("饶珝沄", "副主任", "分管经济发展科、民族教育", [
            ("少数民族发展资金用于机构和人员经费等禁止支出", "一级", "资金拨付前逐项对照使用范围审核。"),
            ("民族特色村寨项目验收走过场", "二级", "验收邀请财政、审计人员参加，现场拍照存档。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("经济发展科", "科长", "昝彧潼", "middle", "项目实施单位资格审查不严", "一级", "实施单位资格材料双人审查，留痕备查。"),
        ("经济发展科", "科长", "昝彧潼", "middle", "项目资金拨付不按进度", "二级", "按验收进度拨付，超进度拨付须委务会研究。"),
        ("经济发展科", "科员", "饶霁翎", "general", "项目档案资料不全，事后补签", "三级", "项目档案一项一档，年终检查。"),
        ("民族宗教事务科", "科长", "昝璟岘", "middle", "宗教活动场所补助资金分配不公开", "二级", "补助分配方案公开，接受群众监督。"),
        ("办公室", "会计", "饶沨岢", "general", "民族节庆活动经费报销审核不严", "二级", "报账单据三级审核，活动经费专项列支。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "oroqen_ethnic_affairs_two_sheets", "http://cdm.qinghai.gov.cn/system/2016/07/12/010223923.shtml",
        "旗民族事务委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 少数民族发展项目管理办法 (项目选项, 审批权, "
        "资金不得用于机构和人员经费, 特色村镇): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with "
        "科室 merged and 岗位/姓名 merged per person; 廉政风险点, ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def oroqen_museum_posts() -> dict:
    unit = f"{PLACE}民族博物馆"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", "藏品征集价格不经评估，个人拍板", "制度机制风险", "高", "征集经专家评估、馆务会集体研究。"),
        ("馆领导", "馆长", "leader", "陈列布展工程指定施工单位", "外部环境风险", "高", "布展工程按规定公开采购。"),
        ("保管部", "主任", "middle", "藏品出入库不登记，私自借出", "岗位职责风险", "中", "出入库双人签字，每年清点。"),
        ("保管部", "主任", "middle", "考古清理劳务费虚开发票", "业务流程风险", "高", "劳务费凭名单银行代发。"),
        ("社教部", "讲解员", "general", "收取团队讲解好处费", "思想道德风险", "低", "讲解免费，公开监督电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "oroqen_museum_posts", "http://www.gxaudit.gov.cn/show.php?contentid=7093&catid=71",
        "旗民族博物馆 岗位廉政风险点排查表 对岗不对人, after the source's 文物管理处 经济责任审计 (考古劳务费 发票, 套取专项资金): "
        "a title, 序号/部门 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; "
        "an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def oroqen_ulan_muqir_cards() -> dict:
    unit = f"{PLACE}乌兰牧骑"
    t = _Truth(unit)
    cards = [
        ("队长", "昝淼琤", "队长", "主持全面工作", "leader", [
            ("惠民演出津贴发放不按实际演出场次", "★★★", "津贴按演出台账核发，队务会审定并公示。"),
            ("演出大巴车私用", "★★", "车辆派车单管理，节假日封存。"),
            ("接受演出邀请单位宴请、礼金", "★", "严守中央八项规定精神。"),
        ]),
        ("副队长", "饶骞旸", "副队长", "分管创作、演出", "leader", [
            ("节目创作经费虚列外聘编导费用", "★★★", "外聘编导签订合同，费用凭合同支付。"),
            ("队员招聘考核打招呼", "★★", "考核专家随机抽取，成绩当场公布。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
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
        "oroqen_ulan_muqir_cards", "http://m.jizihe.com/page/2018/0507/15420068.shtml",
        "旗乌兰牧骑 领导干部廉政风险防控卡, one sheet a leader, after the source's 乌兰牧骑 演出大巴车配发 (下乡惠民演出, "
        "惠民演出津贴): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def oroqen_culture_bureau_group_rows() -> dict:
    unit = f"{PLACE}文化旅游体育局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "昝珞嵘", "leader", [
                ("文旅项目资金分配个人说了算", "一级风险", "资金分配经局党组会集体研究。"),
                ("旅游节庆活动承办单位指定", "一级风险", "承办单位公开比选，结果公示。"),
            ]),
        ]),
        ("二、文物和非遗股", "文物和非遗股", [
            ("股长", "饶灏芃", "middle", [
                ("文物保护工程方案审核把关不严", "二级风险", "方案报盟文物部门审核。"),
            ]),
        ]),
        ("三、计划财务股", "计划财务股", [
            ("股长", "昝昀翯", "middle", [
                ("巡察整改资金清退不到位", "二级风险", "整改台账销号管理。"),
            ]),
            ("会计", "饶澍岑", "general", [
                ("体育彩票公益金使用审核不严", "二级风险", "公益金项目专账核算。"),
                ("报账票据不全", "三级风险", "报账单据三级审核。"),
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
        "oroqen_culture_bureau_group_rows", "http://www.yiyang.gov.cn/wlgt/4582/4588/4589/content_1726498.html",
        "旗文化旅游体育局 廉政风险防控责任清单, after the source's 文旅广体局 巡察反馈意见整改 (整改清单, 责任领导, 资金): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、局领导``, ``二、文物和非遗股``, ``三、计划财务股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def oroqen_heritage_center_list() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "昝翀瑷", "leader", "代表性传承人推荐认定不公", "制度机制", "高风险", "推荐经专家评审、公示。"),
        ("中心领导", "主任", "昝翀瑷", "leader", "传承补助经费发放不按考核结果", "岗位职责", "中风险", "补助与年度传习考核挂钩。"),
        ("保护部", "主任", "饶岑湉", "middle", "桦树皮制作技艺传习活动虚报人次", "业务流程", "中风险", "传习活动签到、影像存档。"),
        ("保护部", "科员", "昝湛珂", "general", "非遗实物征集价格不实", "外部环境", "高风险", "征集价格经评估小组议定。"),
        ("保护部", "科员", "饶琅翕", "general", "接受传承人礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "oroqen_heritage_center_list", "https://kubaishu.com/life/169982.html",
        "旗非物质文化遗产保护中心 岗位廉政风险防控一览表, after the source's 国家级非遗代表性传承人补助 (传习活动, 补助标准): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def oroqen_relics_office_register() -> dict:
    unit = f"{PLACE}文物保护管理所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "昝徵屹", "leader", [
            ("文物保护维修项目资金未专款专用", "制度机制", "一级", "项目资金专账核算，接受专项审计。"),
            ("文物保护单位周边建设项目审查打招呼", "外部环境", "二级", "审查意见集体研究，书面留存。"),
        ]),
        ("业务股", "股长", "饶泠瑀", "middle", [
            ("田野文物巡查记录弄虚作假", "岗位职责", "二级", "巡查定位打卡，每月抽查。"),
        ]),
        ("业务股", "文物保护员", "昝霈琰", "general", [
            ("文物安全隐患瞒报", "岗位职责", "一级", "隐患台账销号管理。"),
            ("文保员补贴冒领", "业务流程", "三级", "补贴按考核发放并公示。"),
        ]),
        ("综合股", "出纳", "饶峤淇", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
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
        "oroqen_relics_office_register", "https://www.shangluo.gov.cn/info/1125/15544.htm",
        "旗文物保护管理所 廉政风险点排查登记表, after the source's 文物保护项目资金 专项审计调查 (文物保护单位, 资金管理使用): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def oroqen_market_brigade_selfchecks() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("昝漪翃", "大队领导", "大队长", "leader", [
            ("行政处罚案件不经集体讨论，降格处理", "Ⅰ级", "重大案件集体讨论，全程记录。", "已落实"),
            ("为违规经营的娱乐场所通风报信", "Ⅰ级", "检查计划双随机，严禁泄露。", "未发现问题"),
        ]),
        ("饶璠屾", "执法一中队", "中队长", "middle", [
            ("网吧检查中以罚代管", "Ⅱ级", "执法记录仪全程记录。", "已落实"),
            ("罚没物品不登记、私自处置", "Ⅲ级", "罚没物品登记入库，定期销毁。", "已落实"),
        ]),
        ("昝晞岱", "执法二中队", "执法队员", "general", [
            ("接受经营户宴请", "Ⅱ级", "签订廉洁执法承诺书。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "oroqen_market_brigade_selfchecks", "https://quwei.bjtzh.gov.cn/jjw/c110013/202601/1778717.shtml",
        "旗文化市场综合行政执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "文化和旅游局 (含 文化市场综合执法大队) 巡察整改: a title, a label row ``姓　名 | 所在中队 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    oroqen_culture_center_spill_rows(),
    oroqen_ethnic_affairs_two_sheets(),
    oroqen_museum_posts(),
    oroqen_ulan_muqir_cards(),
    oroqen_culture_bureau_group_rows(),
    oroqen_heritage_center_list(),
    oroqen_relics_office_register(),
    oroqen_market_brigade_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch677-inbox"))

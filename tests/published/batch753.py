"""The seven-hundred-and-fifty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政 and
退役军人 bodies, 盘山县 (of 盘锦市, 辽宁) — its 民政局, 社会福利院, 救助管理站, 退役军人事务局, 烈士陵园管理所,
殡仪馆, 退役军人服务中心 and 社会救助服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 民政局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 社会福利院's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 救助管理站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 退役军人事务局's 责任清单 under GROUP ROWS ``一、局领导`` … ``三、优抚安置股`` merged across (no 股室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 烈士陵园管理所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 殡仪馆's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 退役军人服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``panshan_assistance_center_staff_changes``: the 社会救助服务中心's 一览表 sent again as LAST YEAR'S
  list (``（2024年版）``), ``科室`` merged, ``岗位 | 责任人`` merged per person, 高/中/低, and UNDER it a
  ``注：`` line and a separate small table ``岗位人员调整情况`` (``序号 | 科室 | 岗位 | 原责任人 | 现责任人 |
  调整时间``, no risk column) saying three of the five posts changed hands; the list's holder cells
  still name the former holders, and the note says the points of a changed post are the current
  holder's (以下表为准). The README's 读得懂的表 knows a holder cell written ``现：…⏎原：…`` or
  ``原→现``, a successor named in the row's ``备注``, holders struck through; it does not describe the
  holders of a list replaced by a separate 人员调整 table keyed by 科室 and 岗位 under it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 临时救助 办法 — 入户调查, 张榜公示,
救助金 发放, 台账; a piece on 养老院 采购 — 供应商资质, 以次充好, 验收; a 社会救助工作方案 — 救助对象识别,
信息共享, 动态管理; a 区 退役士兵 选岗会 — 量化评分, 四公开一监督; a 县 烈士陵园 提质改造 — 墓碑修复, 陵园
管理所维修, 陈列馆布展; a 婚姻殡葬 乱象整治 — 殡仪馆、公墓 违规收费, 流程不规范; a 县 退役士兵 安置大会
— 岗位筛选, 服役表现量化评分; a 临时生活救助 实施办法 — 审核, 审批, 张榜, 冒领追回) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 隗 and 禹 with rare given names); every unit is a body of 盘山县.

Run ``python tests/published/score.py --set batch753`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a post listed in ``岗位人员调整情况`` (matched by 科室 and 岗位) has its points read
  as the ``现责任人``'s, with the list's level; the ``原责任人`` named in the list holds none of them
  (he left the post, as the ``注：`` line says); posts not listed keep the holder the list names; the
  调整 table and the ``注：`` line are no points;
- ``局领导``, ``院领导``, ``站领导``, ``所领导`` and ``中心领导`` (a 部门/科室 cell, a group row, a 所在科室
  cell) are the 科室 of those leaders; the 民政局's leaders (sheet ``局领导``, no 科室 column) and the
  cards' leaders have no 科室; a 局's 股, a 院's 部 and a 站's or 中心's 科/室 are 科室;
- every body is a unit of its own: 局长, 副局长, 院长, 副院长, 站长, 副站长, 所长, 馆长, 主任 and 副主任
  of a 中心 are leaders; 股长, 科长 and a 部's 部长 middle; the rest (股员, 科员, 会计, 出纳, 护理员,
  保管员, 业务员, 收费员, 讲解员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 社会福利院's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b753_"
PLACE = "盘山县"
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

# last year's list: (科室, 岗位, 责任人 as printed, tier, [(point, level, measures)])
LAST_YEAR = [
    ("中心领导", "主任", "隗翯澍", "leader", [
        ("临时救助大额审批不经集体研究", "高", "大额临时救助经中心班子会集体研究，会议记录存档。"),
        ("救助资金分配向熟人所在村倾斜", "中", "资金分配按各乡镇救助人数测算，分配结果公开。"),
    ]),
    ("中心领导", "副主任", "禹瑷湄", "leader", [
        ("低保对象认定入户调查走过场", "高", "入户调查两人以上进行，调查表双人签字并留存照片。"),
        ("对村级张榜公示情况不核查", "中", "每季度抽查村级公示栏，抽查情况登记备查。"),
    ]),
    ("低保审核科", "科长", "隗泾琛", "middle", [
        ("家庭经济状况核对结果随意采信", "高", "核对报告逐户比对，异常结果复核后再认定。"),
    ]),
    ("低保审核科", "科员", "禹璟翀", "general", [
        ("为亲友违规办理低保、特困供养", "高", "经办人员近亲属申请救助一律备案，本人回避。"),
        ("救助对象动态管理不及时，应退不退", "中", "每半年复核一次，停发名单公示。"),
    ]),
    ("财务室", "会计", "禹蘅泠", "general", [
        ("救助金发放名册与审批名单不一致", "中", "发放名册经科室与财务室双向核对后报银行。"),
        ("冒领救助金未及时追回", "低", "建立追回台账，每月跟踪追缴情况。"),
    ]),
]  # fmt: skip

# 岗位人员调整情况: (科室, 岗位, 原责任人, 现责任人, 调整时间)
CHANGES = [
    ("中心领导", "副主任", "禹瑷湄", "隗瀚骞", "2025年3月"),
    ("低保审核科", "科员", "禹璟翀", "禹沨璞", "2025年3月"),
    ("财务室", "会计", "禹蘅泠", "隗璘汐", "2025年4月"),
]


def panshan_assistance_center_staff_changes() -> dict:
    unit = f"{PLACE}社会救助服务中心"
    sh = _Sheet("一览表", [6, 12, 9, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表（2024年版）", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    now = {(dept, post): new for dept, post, _old, new, _when in CHANGES}
    first = len(sh.rows)
    n = 0
    for dept, post, shown, tier, points in LAST_YEAR:
        holder = now.get((dept, post), shown)
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, shown, point, lv, measures)
            t.point(sh.name, dept, post, holder, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：2025年本中心部分岗位人员已调整，表中岗位人员有变动的，该岗位风险点由现责任人承担，"
              "以下表“岗位人员调整情况”为准。", 7)  # fmt: skip
    sh.add()
    _line(sh, "岗位人员调整情况", 7)
    sh.add("序号", "科室", "岗位", "原责任人", "现责任人", "调整时间", None)
    for i, (dept, post, old, new, when) in enumerate(CHANGES, 1):
        sh.add(i, dept, post, old, new, when, None)
    sh.add("填表：", None, "审核：", None, "主任（签字）：", None, None)
    return _layout(
        "panshan_assistance_center_staff_changes", "http://www.fsou.net.cn/html/text/lar/170527/17052755_2.html",
        "(harder) 县社会救助服务中心 岗位廉政风险防控一览表 sent again as last year's list, after the source's 临时生活救助 "
        "实施办法 (乡镇审核, 县民政审批, 张榜公布, 冒领追回): a title ``…（2024年版）``, 序号/科室 merged/岗位 and 责任人 "
        "merged per person/廉政风险点/风险等级 高/中/低/防控措施, no type column; UNDER it a ``注：`` line and a separate small "
        "table ``岗位人员调整情况`` (序号/科室/岗位/原责任人/现责任人/调整时间, no risk column): three of the five posts "
        "changed hands, so their points are the 现责任人's while the list's holder cells still print the 原责任人",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def panshan_civil_affairs_bureau_two_sheets() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隗霁琮", "局长", "主持全面工作", [
            ("临时救助资金和福彩公益金使用个人说了算", "一级", "公益金项目和大额救助经局党组会研究，结果公开。"),
            ("养老服务设施建设项目插手招投标", "一级", "建设项目进入县公共资源交易平台，全程留痕。"),
        ]),
        ("禹湜岩", "副局长", "分管社会救助、养老服务", [
            ("低保、特困审批签字把关不严", "一级", "审批前查阅入户调查表和核对报告，抽查不少于一成。"),
            ("养老机构运营补贴核定不实", "二级", "补贴按入住老人名册和床位核定，季度抽查。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社会救助股", "股长", "隗竑渼", "middle", "临时救助金额随意核定，同类对象标准不一", "一级",
         "按困难类型和程度分档核定，核定表存档。"),
        ("社会救助股", "股员", "禹燊骊", "general", "张榜公示走形式，公示期未满即发放", "二级",
         "公示照片和起止日期随档案报审。"),
        ("养老服务股", "股长", "隗瑢岍", "middle", "养老机构年度检查打招呼、降标准", "二级",
         "检查实行两人以上并邀请乡镇参加，问题清单公开。"),
        ("计划财务股", "股长", "禹淯棠", "middle", "福彩公益金项目资金拨付不按进度", "一级", "按项目进度和验收结论拨付。"),
        ("计划财务股", "出纳", "隗玹澈", "general", "救助资金台账登记不及时，账实不符", "三级", "台账日清月结，每月与银行对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "panshan_civil_affairs_bureau_two_sheets", "https://code.fabao365.com/law_491920_2.html",
        "县民政局 廉政风险防控一览表 in TWO SHEETS, after the source's 临时救助 办法 (审批机关, 张榜公示3天, 救助金 发放, "
        "资金专户, 台账, 档案): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def panshan_welfare_home_posts() -> dict:
    unit = f"{PLACE}社会福利院"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", "生活物资采购", "指定供应商供货，以次充好，收受好处", "制度机制风险", "高",
         "大宗物资公开比选，供应商资质审查后入库。"),
        ("院领导", "院长", "leader", "入住评估", "违规安排非特困人员入住，收取“关系费”", "思想道德风险", "高",
         "入住名单经评估小组审定并公示。"),
        ("后勤保障部", "保管员", "general", "物资验收", "验收数量、质量把关不严，签字代收", "业务流程风险", "中",
         "两人验收，验收单附照片。"),
        ("后勤保障部", "保管员", "general", "库存管理", "食品、药品出入库不登记，私拿私用", "岗位职责风险", "中",
         "出入库登记，每月盘点。"),
        ("护理部", "护理员", "general", "老人财物代管", "代管供养老人零用钱、存折不登记", "岗位职责风险", "中",
         "代管财物登记造册，老人或监护人签字。"),
        ("财务室", "会计", "general", "供养经费核算", "虚列护理费、伙食费支出", "业务流程风险", "低",
         "支出凭证经院长和经办人双签，年度审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "panshan_welfare_home_posts",
        "https://www.xingfu39.com/q/jie-mi-gui-zhou-yang-lao-yuan-cai-gou-feng-yun-nian-tie-ban-bei-hou-de-gu-shi.html",
        "县社会福利院 岗位廉政风险点排查表 对岗不对人, after the source's piece on 养老院 采购 (供应商资质, 以次充好, "
        "负责人与供应商勾结, 规范采购流程): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def panshan_rescue_station_selfchecks() -> dict:
    unit = f"{PLACE}救助管理站"
    t = _Truth(unit)
    people = [
        ("禹晗漪", "站领导", "站长", "leader", [
            ("受助人员救助物资采购不比价", "Ⅰ级", "救助物资三家比价，采购结果站务会通报。", "已落实"),
            ("救助寻亲、返乡车票费用虚报", "Ⅱ级", "车票费用凭票据和受助人签字报销。", "未发现问题"),
        ]),
        ("隗珺彧", "业务科", "科员", "general", [
            ("受助人员甄别登记不实，重复救助", "Ⅰ级", "登记信息与全国救助系统比对。", "已落实"),
            ("代保管受助人员财物不登记", "Ⅱ级", "财物当面清点登记，离站时本人签收。", "已落实"),
        ]),
        ("禹涴琪", "综合科", "出纳", "general", [
            ("现金救助发放无受助人签收", "Ⅰ级", "发放当场签收，留存影像。", "已落实"),
            ("备用金长期挂账不清", "Ⅲ级", "备用金每月清理。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "panshan_rescue_station_selfchecks", "https://www.renrendoc.com/paper/507605467.html",
        "县救助管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 社会救助工作方案 "
        "(救助对象识别精准度, 信息共享, 动态管理, 救助资源整合): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def panshan_veterans_bureau_group_rows() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "隗昶渟", "leader", [
                ("安置岗位计划分配暗箱操作", "一级风险", "岗位计划经局党组研究，选岗前公开。"),
                ("光荣牌、优待证制发项目指定厂家", "二级风险", "制发项目按政府采购程序进行。"),
            ]),
        ]),
        ("二、移交安置股", "移交安置股", [
            ("股长", "禹曦翾", "middle", [
                ("服役表现量化评分计分不实", "一级风险", "评分由两人分别计算，本人确认后张榜公示。"),
            ]),
            ("股员", "隗澄璆", "general", [
                ("退役士兵档案审核不严，篡改档案材料", "一级风险", "档案审核双人双查，交接登记。"),
            ]),
        ]),
        ("三、优抚安置股", "优抚安置股", [
            ("股长", "禹瀛翙", "middle", [
                ("优抚对象抚恤补助标准认定不准", "二级风险", "认定材料集体审核，结果公示。"),
                ("死亡优抚对象停发不及时，被冒领", "二级风险", "每季度与公安、殡葬数据比对。"),
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
        "panshan_veterans_bureau_group_rows", "http://www.whxjw.gov.cn/html/wenzhang_809270.html",
        "县退役军人事务局 廉政风险防控责任清单, after the source's 区 退役士兵 选岗会 (量化评分高低顺序, 四公开一监督, 派驻纪检监察组 "
        "全程监督): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、局领导``, ``二、移交安置股``, ``三、优抚安置股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def panshan_martyrs_cemetery_cards() -> dict:
    unit = f"{PLACE}烈士陵园管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "隗砚澜", "所长", "主持全面工作", "leader", [
            ("烈士墓碑修缮工程化整为零规避招标", "★★★", "修缮工程按限额报县退役军人事务局审批。"),
            ("陈列馆布展项目验收走过场", "★★", "验收邀请纪检和专家参加。"),
            ("接受施工单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副所长", "禹芃琲", "副所长", "分管陵园管护、祭扫服务", "leader", [
            ("绿化管护费用虚报工程量", "★★", "管护工程量现场核实、照片留存。"),
            ("代理祭扫服务违规收费", "★★★", "祭扫服务一律免费，收费举报电话公开。"),
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
        "panshan_martyrs_cemetery_cards", "http://chenxinews.cn/content/646845/54/13431740.html",
        "县烈士陵园管理所 领导干部廉政风险防控卡, one sheet a leader, after the source's 县 烈士陵园 提质改造 (烈士纪念碑、墓碑 "
        "修复, 陵园绿化, 陵园管理所维修改造, 史料陈列馆 布展, 拜谒活动): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def panshan_funeral_home_list() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "禹灏珣", "leader", "殡葬用品进货指定供应商，收受回扣", "制度机制", "高风险",
         "殡葬用品统一比选进货，进价和售价公示。"),
        ("馆领导", "馆长", "禹灏珣", "leader", "惠民殡葬减免对象审核把关不严", "岗位职责", "中风险",
         "减免对象凭民政部门证明办理，逐月公示。"),
        ("业务部", "部长", "隗骞澧", "middle", "捆绑销售骨灰盒、寿衣等丧葬用品", "外部环境", "高风险",
         "服务项目和收费标准上墙公示，群众自愿选择。"),
        ("业务部", "收费员", "禹琬湉", "general", "超标准收费、收费不开票据", "业务流程", "中风险",
         "收费一律开具票据，日结日清。"),
        ("业务部", "收费员", "禹琬湉", "general", "收取丧属“红包”、好处费", "思想道德", "低风险", "签订廉洁服务承诺书，设意见箱。"),
        ("火化车间", "主任", "隗岷璠", "middle", "遗体火化插队安排，收受好处", "业务流程", "中风险",
         "火化按登记先后顺序安排，排号公开。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "馆长（签字）：", None, None)
    return _layout(
        "panshan_funeral_home_list",
        "https://tw.bg3.co/a/yan-li-zheng-zhi-gao-e-cai-li-he-da-cao-da-ban-xian-xiang-luo-yang-shi-kai-zhan-hun-yin-bin-zang-luan-xiang-zheng-zhi-zhuan-xiang-xing-dong.html",
        "县殡仪馆 岗位廉政风险防控一览表, after the source's 婚姻殡葬 乱象整治 专项行动 (殡仪馆、公墓 流程不规范、违规收费, "
        "规范服务行为): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/馆长（签字） line",
        [sh], t,
    )  # fmt: skip


def panshan_veterans_service_center_register() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "禹翚沅", "leader", [
            ("退役军人就业招聘会承办单位选定不公开", "制度机制", "一级", "承办单位比选确定，结果公开。"),
            ("帮扶援助资金审批优亲厚友", "思想道德", "一级", "帮扶对象集体评议，资金发放公示。"),
        ]),
        ("服务保障科", "科长", "隗涑瑛", "middle", [
            ("安置选岗现场组织不规范、泄露岗位信息", "岗位职责", "二级", "选岗全程录像，纪检人员到场监督。"),
        ]),
        ("服务保障科", "科员", "禹珖霈", "general", [
            ("就业创业培训补贴虚报培训人数", "业务流程", "二级", "培训签到和人脸识别记录存档。"),
            ("困难退役军人信息台账录入不实", "岗位职责", "三级", "台账与乡镇服务站每季度核对。"),
        ]),
        ("综合科", "会计", "隗渝翮", "general", [
            ("服务中心经费报销凭证审核不严", "业务流程", "二级", "报销单据经办人、审核人、审批人三签。"),
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
        "panshan_veterans_service_center_register",
        "https://www.yueyang.gov.cn/tyjrswj/61916/61921/content_2332185.html",
        "县退役军人服务中心 廉政风险点排查登记表, after the source's 县 退役士兵 安置大会 (岗位筛选, 服役表现量化评分及排名, "
        "纪委监委全程监督, 咨询解答区): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    panshan_assistance_center_staff_changes(),
    panshan_civil_affairs_bureau_two_sheets(),
    panshan_welfare_home_posts(),
    panshan_rescue_station_selfchecks(),
    panshan_veterans_bureau_group_rows(),
    panshan_martyrs_cemetery_cards(),
    panshan_funeral_home_list(),
    panshan_veterans_service_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch753-inbox"))

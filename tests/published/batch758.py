"""The seven-hundred-and-fifty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's emergency
and fire bodies, 台安县 (of 鞍山市, 辽宁) — its 应急管理局, 安全生产监察大队, 地震台, 应急物资储备库,
专职消防队, 应急救援指挥中心 and 消防安全服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单
or 自查表 its staff typed in WPS or Excel:

- the 应急管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 安全生产监察大队's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 地震台's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 应急物资储备库's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级风险/二级风险/三级风险``;
- the 专职消防队's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 应急救援指挥中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, 高/中/低 and a ``注：`` line;
- the 消防安全服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``taian_fire_brigade_centred_holders``: the 消防救援大队's 岗位廉政风险防控一览表 typed by a clerk who
  does not merge cells but makes them LOOK merged: ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施`` with NO merged cell in the table, each person's 岗位 and 姓名 typed ONCE, in the
  MIDDLE row of his rows (the second of three, the second of two, the only one of one), the 科室
  likewise typed once in the middle row of the 科室's rows, the other cells of those columns blank;
  the ``序号`` restarts at 1 for every person, which is what tells one person's rows from the
  next. So the rows ABOVE the row that names a person are his too, not the previous person's. The
  README's 读得懂的表 knows 科室, 岗位 and 姓名 merged down or written in a block's FIRST row, a person
  written in the LAST row of his rows when thicker borders say so (``HOLDERS_AT_FOOT``), and a
  group written in the middle row when blank rows set the groups apart; it does not describe a
  list with no blank rows and no borders whose holders are written in the middle row of their
  rows, the blocks told only by a ``序号`` restarting at 1.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page on 建设工程消防审核验收 — 审核,
验收, 备案抽查; a page on 风险隐患排查 — 分级分类管理, 监督检查, 限期整改; the 安全生产行政处罚自由裁量
适用规则 — 自由裁量, 行政处罚; a page on 地震局 duties — 地震监测, 地震安全性评价, 地震费用; a page on
应急物资仓库 — 入库, 出库, 报废, 分发; a 消防事业 十四五 规划 — 消防站建设, 装备, 队伍; a page on 消防督导 —
督导机制, 责任链条, 督导结果运用; the 十四五 国家消防工作规划 — 消防执法改革, 专项整治, 火灾防控) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 冉 and 郜 with rare given names); every unit is a
body of 台安县.

Run ``python tests/published/score.py --set batch758`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a person's rows run from the row where the ``序号`` is 1 to the row before
  the next 1; the one row of them that names a 岗位 and 姓名 names the holder of ALL of them (above
  and below it); the 科室 typed once in the middle of a 科室's rows is the 科室 of all the people
  whose rows it sits among (大队领导 over the 大队长 and 副大队长, 防火监督科 over the 科长 and 监督员,
  综合科 over the 会计);
- ``局领导``, ``大队领导``, ``中心领导``, ``站领导`` (a sheet, a group row, a 科室 cell) are the 科室 of
  those leaders, but the 应急管理局's leaders (sheet ``局领导``, no 科室 column) and the 专职消防队's
  cards have no 科室; a 局's 股, a 大队's 科 and a 中心's 科 or 室 are 科室;
- every 局, 大队, 台, 库, 队 and 中心 is a unit of its own: 局长, 副局长, 大队长, 副大队长, 台长, 主任,
  副主任, 队长 and 库长 are leaders; 科长, 股长 and 中队长 middle; the rest (科员, 监督员, 执法人员,
  保管员, 会计, 出纳, 监测员, 驾驶员, 调度员, 消防员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 安全生产监察大队's list names no person: its forms
  are posts;
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

PREFIX = "b758_"
PLACE = "台安县"
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


def _middle(n: int) -> int:
    """The row (0-based, of n) a clerk types a value in to look centred: the lower of two middles."""
    return n // 2


# --------------------------------------------------------------------------- harder layout

# (科室, [(岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 防控措施)])])
BRIGADE = [
    ("大队领导", [
        ("大队长", "冉璆翮", "leader", [
            ("建设工程消防验收意见受请托干预", "岗位职责", "高", "验收意见经大队集体研究，验收结果网上公示。"),
            ("消防站营房维修工程指定施工队伍", "制度机制", "高", "维修工程按规定比选，比选结果在队内公示。"),
            ("执勤车辆装备采购参数倾向特定品牌", "外部环境", "中", "采购参数经技术论证，采购文件报支队审核。"),
        ]),
        ("副大队长", "郜蘧湍", "leader", [
            ("火灾事故调查认定受当事方干扰", "思想道德", "高", "调查认定两人以上，认定书经集体审核。"),
            ("消防安全专项整治对关系单位网开一面", "岗位职责", "中", "整治对象随机抽取，整治情况通报乡镇。"),
        ]),
    ]),
    ("防火监督科", [
        ("科长", "冉篪珸", "middle", [
            ("公众聚集场所投入使用前检查降低标准", "业务流程", "高", "检查实行双人制，检查记录录入监督系统。"),
            ("备案抽查中对抽中项目选择性检查", "制度机制", "中", "备案项目由系统随机抽取，抽查结果公开。"),
            ("消防行政处罚裁量畸轻畸重", "业务流程", "中", "处罚案件法制审核，重大案件集体讨论。"),
        ]),
        ("监督员", "郜翷蔚", "general", [
            ("“双随机”检查中向单位推荐消防技术服务机构", "思想道德", "低", "签订廉洁承诺书，检查对象可投诉举报。"),
        ]),
    ]),
    ("综合科", [
        ("会计", "冉瓴燮", "general", [
            ("消防业务经费报销审核不严", "业务流程", "中", "报销单据经办、审核、审批三签。"),
            ("灭火救援补助发放不按标准", "制度机制", "低", "补助按出警记录核发，发放名单公示。"),
        ]),
    ]),
]  # fmt: skip


def taian_fire_brigade_centred_holders() -> dict:
    unit = f"{PLACE}消防救援大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 11, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    for dept, people in BRIGADE:
        count = sum(len(points) for _, _, _, points in people)
        at, k = _middle(count), 0
        for post, who, tier, points in people:
            mid = _middle(len(points))
            for i, (point, typ, lv, measures) in enumerate(points):
                shown = (post, who) if i == mid else (None, None)
                sh.add(i + 1, dept if k == at else None, *shown, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
                k += 1
    _line(
        sh,
        "注：风险等级分高、中、低三级；风险类型分思想道德、制度机制、岗位职责、业务流程、外部环境五类。",
        8,
    )
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "taian_fire_brigade_centred_holders", "https://www.axyjyo.cn/zt/12jqgzxszxszth/sejqgzxdssscszxszth114",
        "(harder) 县消防救援大队 岗位廉政风险防控一览表 with holders typed in the MIDDLE row of their rows (no merge), after "
        "the source's page on 建设工程消防审核验收 (审核, 验收, 备案抽查): a title and a 填报单位/填报时间 line, then "
        "序号 restarting at 1 for every person/科室/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "NO merged cell in the table: each person's 岗位 and 姓名 typed once in the middle row of his rows (2nd of 3, 2nd of 2, "
        "the only row of 1), each 科室 typed once in the middle row of its rows, the other cells blank; a ``注：`` line and a "
        "填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def taian_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("冉燮珩", "局长", "主持全面工作", [
            ("重大事故隐患挂牌督办销号把关不严", "一级", "销号前现场核查，销号意见局党组会集体研究。"),
            ("安全生产专项资金分配个人说了算", "一级", "资金分配方案集体研究，分配结果公示。"),
        ]),
        ("郜旸篴", "副局长", "分管危险化学品、非煤矿山安全监管", [
            ("危险化学品经营许可审查降低条件", "一级", "许可审查两人以上，审查意见分管局长复核。"),
            ("风险隐患排查对企业整改情况不跟踪", "二级", "隐患整改建立台账，限期整改逾期通报。"),
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
        ("安全生产综合协调股", "股长", "冉籀澹", "middle", "安全生产考核打分照顾关系单位", "一级", "考核评分细则公开，考核结果集体审定。"),
        ("安全生产综合协调股", "股长", "冉籀澹", "middle", "企业安全生产标准化评审推荐不公", "二级", "推荐名单股室会研究，在局网站公示。"),
        ("安全生产综合协调股", "科员", "郜鞶汐", "general", "隐患举报核查敷衍了事", "三级", "举报件登记编号，核查结果回复举报人。"),
        ("救灾和物资保障股", "股长", "冉蕖滢", "middle", "受灾群众生活救助资金审核不实", "一级", "救助对象入户核查，名单乡镇、村两级公示。"),
        ("救灾和物资保障股", "科员", "郜嶙颀", "general", "灾情统计虚报瞒报", "二级", "灾情数据与乡镇逐级核对，统计表签字负责。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "taian_emergency_bureau_two_sheets", "http://ask.fsou.com/html/text/lar/171279/17127938_2.html",
        "县应急管理局 廉政风险防控一览表 in TWO SHEETS, after the source's page on 风险隐患排查 (分级分类管理, 监督检查, 限期整改): "
        "sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; "
        "廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def taian_safety_inspection_brigade_posts() -> dict:
    unit = f"{PLACE}安全生产监察大队"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "处罚决定审批", "对同类违法行为处罚标准前后不一，随意减轻处罚", "制度机制风险", "Ⅰ级",
         "执行自由裁量标准，重大处罚集体讨论。"),
        ("执法一中队", "中队长", "middle", "执法检查计划", "检查计划避开关系企业，检查频次随意调整", "岗位职责风险", "Ⅰ级",
         "年度检查计划报局审定，检查对象随机抽取。"),
        ("执法一中队", "执法人员", "general", "现场检查", "对发现的违法行为不予记录、不予立案", "思想道德风险", "Ⅱ级",
         "现场检查全程执法记录仪录像，检查记录双人签字。"),
        ("执法一中队", "执法人员", "general", "罚款收缴", "当场收缴罚款不开具票据", "业务流程风险", "Ⅱ级",
         "罚缴分离，罚款由当事人到银行缴纳。"),
        ("法制审核室", "法制审核员", "general", "案卷审核", "对裁量理由不充分的案卷审核放行", "业务流程风险", "Ⅲ级",
         "案卷审核意见书面留存，定期评查案卷。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "taian_safety_inspection_brigade_posts", "https://www.1clicktong.com/LawWeb/law/lawDetail.htm?lawUuid=5c24de8770774a9d8fda11e9aa22ea48",
        "县安全生产监察大队 岗位廉政风险点排查表 对岗不对人, after the source's 安全生产行政处罚自由裁量适用规则 (自由裁量, 行政处罚): "
        "a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def taian_seismic_station_selfchecks() -> dict:
    unit = f"{PLACE}地震台"
    t = _Truth(unit)
    people = [
        ("冉骎瓒", "台领导", "台长", "leader", [
            ("地震监测设施建设项目验收把关不严", "高风险", "项目验收邀请市地震局参与，验收资料存档。", "已落实"),
            ("地震监测经费使用不按预算执行", "中风险", "经费支出按预算审批，年终公开。", "未发现问题"),
        ]),
        ("郜湑琚", "监测股", "监测员", "general", [
            ("观测数据漏报迟报，补填观测记录", "中风险", "观测数据自动入库，人工记录与系统核对。", "已落实"),
            ("观测环境保护巡查流于形式", "低风险", "巡查记录拍照上传，每月抽查。", "已落实"),
        ]),
        ("冉翾瓛", "震害防御股", "股长", "middle", [
            ("建设工程抗震设防要求审查走过场", "高风险", "审查意见双人签字，审查结果公开。", "未发现问题"),
            ("防震减灾科普经费虚列支出", "低风险", "科普活动留存影像资料，凭票据报账。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "台长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "taian_seismic_station_selfchecks", "http://ndbrw.com/youhuashoucang/13315.html",
        "县地震台 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on 地震局 duties "
        "(地震监测, 地震安全性评价, 抗震设防, 地震费用): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 台长意见：``",
        sheets, t,
    )  # fmt: skip


def taian_supplies_depot_list() -> dict:
    unit = f"{PLACE}应急物资储备库"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("库领导", "库长", "郜瓒湄", "leader", "储备物资采购验收不严，以次充好", "制度机制", "一级风险",
         "物资入库三方验收，验收单签字存档。"),
        ("库领导", "库长", "郜瓒湄", "leader", "救灾物资调拨不按指令，优亲厚友", "岗位职责", "一级风险",
         "物资调拨凭调拨单，调拨去向台账可查。"),
        ("仓储股", "保管员", "冉珝嶓", "general", "物资出库数量与单据不符", "业务流程", "二级风险",
         "出库双人清点，账物每月核对。"),
        ("仓储股", "保管员", "冉珝嶓", "general", "过期物资报废处置不公开", "业务流程", "二级风险",
         "报废物资清单公示，处置经集体研究。"),
        ("仓储股", "保管员", "郜珩嶶", "general", "私自借用储备帐篷、发电机", "思想道德", "三级风险",
         "储备物资不得外借，库区视频监控留存。"),
        ("财务室", "会计", "冉瑑沨", "general", "物资轮换收入不及时入账", "外部环境", "二级风险",
         "轮换收入当日登记，月末与仓储台账核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "库长（签字）：", None, None)
    return _layout(
        "taian_supplies_depot_list", "https://www.sthtlaw.com/news/jmyjwzckgjskssnkkdlxr.html",
        "县应急物资储备库 岗位廉政风险防控一览表, after the source's page on 应急物资仓库 (入库, 出库, 报废, 分发): ``附件1``, a "
        "title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/库长（签字） line",
        [sh], t,
    )  # fmt: skip


def taian_full_time_fire_team_cards() -> dict:
    unit = f"{PLACE}专职消防队"
    t = _Truth(unit)
    cards = [
        ("队长", "冉嵚翀", "队长", "主持专职消防队全面工作", "leader", [
            ("消防站营房、车辆维修费用审批把关不严", "★★★", "维修项目报县应急管理局审批，费用凭票据核销。"),
            ("专职消防员招聘中优亲厚友", "★★★", "招聘方案公开，体能测试和面试全程录像。"),
            ("节假日接受辖区单位慰问品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("驾驶员", "郜沇琚", "驾驶员", "消防车辆驾驶和日常维护保养", "general", [
            ("消防车辆加油卡私用", "★★", "加油卡专车专用，加油记录与出车记录核对。"),
            ("车辆维修虚报配件", "★★", "更换配件以旧换新，旧件回收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "taian_full_time_fire_team_cards", "https://www.longquan.gov.cn/art/2023/1/9/art_1229709981_5051919.html",
        "县专职消防队 岗位廉政风险防控卡, one sheet a person, after the source's 消防事业 十四五 规划 (消防站建设, 装备, 队伍): "
        "a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def taian_rescue_command_center_group_rows() -> dict:
    unit = f"{PLACE}应急救援指挥中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "郜翮璆", "leader", [
                ("督导检查结果运用打折扣，问题不通报", "高", "督导问题清单化管理，整改情况每月通报。"),
                ("应急演练经费使用不规范", "中", "演练方案和预算集体研究，凭票报账。"),
            ]),
        ]),
        ("二、指挥调度科", "指挥调度科", [
            ("科长", "冉澦琨", "middle", [
                ("救援力量调度受人情影响", "高", "调度指令系统留痕，调度记录每周复核。"),
            ]),
            ("调度员", "郜璘瀣", "general", [
                ("值班记录补记、改记", "低", "值班记录系统录入，不得事后修改。"),
            ]),
        ]),
        ("三、督导检查科", "督导检查科", [
            ("科长", "冉珹溦", "middle", [
                ("督导检查对责任链条问题隐瞒不报", "高", "检查结果两人签字，问题线索移交纪检。"),
                ("接受被督导单位宴请", "中", "督导期间自行安排食宿，签订廉洁承诺。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为高、中、低三级。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "taian_rescue_command_center_group_rows", "https://www.renrendoc.com/paper/506885756.html",
        "县应急救援指挥中心 廉政风险防控责任清单, after the source's page on 消防督导 (督导机制, 责任链条, 督导结果运用): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施 under GROUP ROWS ``一、中心领导``, ``二、指挥调度科``, "
        "``三、督导检查科`` merged across; 岗位 and 姓名 merged per person; no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def taian_fire_safety_center_register() -> dict:
    unit = f"{PLACE}消防安全服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "冉琯澥", "leader", [
            ("消防安全专项整治对象确定不公", "制度机制", "一级", "整治对象按火灾风险评估确定，名单公开。"),
            ("消防宣传服务项目发包不公开", "外部环境", "二级", "服务项目公开比选，合同报县应急管理局备案。"),
        ]),
        ("技术服务科", "科长", "郜璲湍", "middle", [
            ("火灾隐患技术咨询向单位指定整改商家", "岗位职责", "一级", "咨询意见不得推荐商家，服务对象回访。"),
        ]),
        ("技术服务科", "技术员", "冉筠骧", "general", [
            ("消防设施检测报告出具不实", "业务流程", "二级", "检测数据系统上传，报告科长复核。"),
            ("收受被服务单位购物卡", "思想道德", "三级", "签订廉洁承诺书，设立举报电话。"),
        ]),
        ("财务室", "出纳", "郜瑱漪", "general", [
            ("服务收费不及时入账", "业务流程", "一级", "收费当日入账，月末对账。"),
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
        "taian_fire_safety_center_register", "http://vrjob.com.cn/new/11498.html",
        "县消防安全服务中心 廉政风险点排查登记表, after the source's 十四五 国家消防工作规划 (消防执法改革, 专项整治, 火灾防控): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    taian_fire_brigade_centred_holders(),
    taian_emergency_bureau_two_sheets(),
    taian_safety_inspection_brigade_posts(),
    taian_seismic_station_selfchecks(),
    taian_supplies_depot_list(),
    taian_full_time_fire_team_cards(),
    taian_rescue_command_center_group_rows(),
    taian_fire_safety_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch758-inbox"))

"""The nine-hundred-and-twenty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's city
management bodies, 昂仁县 (日喀则市, 西藏自治区) — its 城市管理局, 城管执法大队, 环卫站, 园林绿化站,
市政设施管理所, 停车管理站 and two 乡镇城管中队 (卡嘎镇, 桑桑镇) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 城市管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 环卫站's 排查表 对岗不对人: ``组室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 园林绿化站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 城管执法大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 市政设施管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 停车管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 卡嘎镇城管中队's 排查登记表: ``组别`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``angren_sangsang_squad_levels_in_type_columns``: the 桑桑镇城管中队's 岗位廉政风险点排查表, an
  ordinary list (``序号 | 岗位 | 姓名 | 廉政风险点 | … | 防控措施``, 岗位 and 姓名 merged per person) with
  NO ``风险类型`` and NO ``风险等级`` column: a two-row heading ``风险类型及等级`` merged over five columns
  ``思想道德 | 制度机制 | 岗位职责 | 业务流程 | 外部环境``, and each row writes its LEVEL WORD
  (``一级/二级/三级``) in the column of its point's TYPE, the other four cells blank; a ``注：`` line
  says so (``在风险点所属风险类型栏内填写风险等级``). So the column a cell stands in is the type and
  the word in it the level. The docs know type columns with a ``√`` (``思想道德 | 制度机制 | 岗位职责``
  as headings, ticks read as types), type × level sub-columns ticked once a row (``TYPE_LEVEL_TICKS``),
  measures written in their type's column (``分类防控措施``), a type × level cross table of points
  (``TYPE_ROWS_LEVEL_COLUMNS``) and level columns holding the points (``LEVEL_COLUMNS``); they do not
  describe type columns whose cells hold the level word itself.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on a 城管 分队长 who took
bribes over 违法建设 and 吃拿卡要 in the 小区; an 审计 paper on 城市环卫 — 转运站, 保洁外包, 垃圾处理费,
环卫车辆 国有资产; the reporting on 绿化 “黑色利益链” — 苗木定价, 虚报株数, 补种, 后期管护; a 县城管大队
副大队长's 受贿 over 违章搭建 and “象征性执法”; a paper on the 市政工程管理处 — 道路、排水、路灯 养护,
巡检, 维修; the reporting on 路侧停车 收费乱象 — 收费员 随口要价, 不开票据, 包月收费; a 街道城管中队
协管员 收保护费 from 商户; a page on 占道经营 罚款标准) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 胥 and 衡 with rare given names); every unit is a body of 昂仁县.

Run ``python tests/published/score.py --set batch923`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the column a level word stands in is the point's type and the word its
  level: the truth is one type and one level a point, read off the one filled cell of the five;
- ``局领导`` (a sheet), the cards' leaders have no 科室; ``站领导``, ``所领导``, ``大队领导`` (a 组室/部门
  cell, a group row) are the 科室 of those leaders; a 局's 股, a 站's 组, a 所's 组 or 室, a 大队's 中队
  and the 中队's 组 are 科室; a group row ``二、执法一中队`` gives the 科室 ``执法一中队``;
- every station, the 所, the 大队, the 局 and each 乡镇城管中队 are units of their own: 局长, 副局长,
  站长, 副站长, 所长, 大队长, and the 中队长 and 副中队长 of a 乡镇城管中队 (the head of its own unit) are
  leaders; 股长, 组长 and a 大队's 中队长 middle; the rest (队员, 协管员, 收费员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 环卫站's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, TYPES, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b923_"
PLACE = "昂仁县"
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

# (岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
TYPE_LEVELS = [
    ("中队长", "胥霈岷", "leader", [
        ("占道经营罚款不按裁量基准，随意降低罚款数额", "制度机制", "一级", "罚款按县城管局裁量基准执行，减免须集体研究。"),
        ("对熟人商户的违法搭建选择性执法", "岗位职责", "一级", "违建查处全程记录，镇纪委抽查案卷。"),
    ]),
    ("副中队长", "衡澍琰", "leader", [
        ("暂扣物品登记不全，私自处理暂扣物品", "业务流程", "二级", "暂扣物品当场清点、双人签字，入库登记。"),
        ("接受商户吃请、收受购物卡", "思想道德", "二级", "签订廉洁执法承诺书，节前廉洁提醒。"),
    ]),
    ("队员", "胥翎涘", "general", [
        ("巡查发现占道经营、乱堆乱放不制止、不上报", "岗位职责", "二级", "巡查轨迹定位，发现问题当日上报。"),
        ("受商户请托，提前透露整治行动信息", "外部环境", "三级", "整治行动临时通知，手机集中保管。"),
    ]),
    ("协管员", "衡瀚昳", "general", [
        ("以协助执法为名向摊贩收取“管理费”", "思想道德", "一级", "协管员不得单独执法，收费一律开具票据。"),
        ("罚没款现场收取后不及时上交", "业务流程", "三级", "罚款实行罚缴分离，一律到银行缴纳。"),
    ]),
]  # fmt: skip


def angren_sangsang_squad_levels_in_type_columns() -> dict:
    unit = f"{PLACE}桑桑镇城管中队"
    sh = _Sheet("排查表", [6, 10, 10, 40, 8, 8, 8, 8, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 10)
    top = sh.add(
        "序号", "岗位", "姓名", "廉政风险点", "风险类型及等级", None, None, None, None, "防控措施"
    )
    sh.add(None, None, None, None, *TYPES, None)
    for c in (0, 1, 2, 3, 9):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 8)
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in TYPE_LEVELS:
        for point, typ, lv, measures in points:
            n += 1
            cells = [None] * 5
            cells[TYPES.index(typ)] = lv
            sh.add(n, post, who, point, *cells, measures)
            t.point(sh.name, "", post, who, tier, point, [typ], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：在风险点所属风险类型栏内填写风险等级（一级、二级、三级），其余栏空白。", 10)
    sh.add("填表人：", None, None, "中队长（签字）：", None, None, None, None, None, "2025年6月")
    return _layout(
        "angren_sangsang_squad_levels_in_type_columns", "https://m.efsc.cn/bcbzgjztfbcberbd",
        "(harder) 镇城管中队 岗位廉政风险点排查表, after the source's page on 占道经营 罚款标准 (占道经营, 罚款, 暂扣): a title, "
        "a two-row heading ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险类型及等级 | 防控措施`` with ``风险类型及等级`` merged over "
        "``思想道德 | 制度机制 | 岗位职责 | 业务流程 | 外部环境``; NO type and NO level column: each row writes its LEVEL WORD "
        "``一级/二级/三级`` in the column of its point's TYPE, the other four blank; 岗位/姓名 merged per person; a ``注：`` "
        "line saying so and a 填表人/中队长（签字）/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def angren_city_bureau_two_sheets() -> dict:
    unit = f"{PLACE}城市管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("胥翀昶", "局长", "主持全面工作", [
            ("城区违法建设查处中说情打招呼，干预执法", "一级", "领导干部插手执法案件登记报告，重大案件集体审议。"),
            ("市容环卫作业外包项目定向发包", "一级", "外包项目进县公共资源交易平台公开招标。"),
        ]),
        ("衡霈珝", "副局长", "分管执法、市容管理", [
            ("违建拆除决定随意变更，拆除不到位", "一级", "拆除决定经局务会研究，拆除结果拍照存档。"),
            ("户外广告设置审批把关不严", "二级", "广告设置审批公示，现场勘验两人以上。"),
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
        ("市容管理股", "股长", "胥沅翙", "middle", "门前三包检查考核打人情分", "二级", "考核结果在县城管局网站公示。"),
        ("市容管理股", "股长", "胥沅翙", "middle", "渣土运输核准不按规定条件", "一级", "核准材料两人审核，结果公示。"),
        ("财务股", "会计", "衡琤岫", "general", "环卫保洁经费报账审核不严", "二级", "报账单据三级审核，经费专账核算。"),
        ("执法监督股", "股长", "胥漪翾", "middle", "执法案卷评查走过场，对问题案件不通报", "二级", "案卷评查每季度一次，结果通报。"),
        ("执法监督股", "股长", "胥漪翾", "middle", "群众投诉举报压案不办", "三级", "投诉件登记编号，办结回访。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "angren_city_bureau_two_sheets", "http://cnope.com/html/2016/jj_0225/3052.html",
        "县城市管理局 廉政风险防控一览表 in TWO SHEETS, after the source's report on a 城管 分队长 受贿 (违法建设 不予拆除, "
        "小区内私搭乱建, 游商小贩, 吃拿卡要): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def angren_sanitation_station_posts() -> dict:
    unit = f"{PLACE}环卫站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "组室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "保洁服务外包", "保洁服务外包不公开招标，与承包方串通抬价", "制度机制风险", "高",
         "外包项目公开招标，合同报县城管局备案。"),
        ("站领导", "站长", "leader", "外包合同款支付", "承包方重复收费未扣减合同款，超额支付", "岗位职责风险", "中",
         "合同款按考核结果支付，财务复核扣减。"),
        ("清运组", "组长", "middle", "垃圾清运计量", "虚报垃圾清运车次和吨位", "业务流程风险", "高",
         "清运车辆装定位，过磅数据每月核对。"),
        ("清运组", "驾驶员", "general", "环卫车辆使用", "环卫作业车辆私用或借给承包商使用", "思想道德风险", "中",
         "车辆出车登记，钥匙集中保管。"),
        ("收费组", "收费员", "general", "垃圾处理费收缴", "收取垃圾处理费不开票据，截留挪用", "外部环境风险", "低",
         "收费统一开具票据，当日缴入专户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "angren_sanitation_station_posts", "http://shenjiwh.com/shenjiluntan/16059.html",
        "县环卫站 岗位廉政风险点排查表 对岗不对人, after the source's 审计 paper on 城市环卫 (垃圾转运站, 保洁服务外包, 重复收取"
        "垃圾处理服务费, 环卫作业车辆无偿提供给承包商): a title, 序号/组室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def angren_landscaping_station_cards() -> dict:
    unit = f"{PLACE}园林绿化站"
    t = _Truth(unit)
    cards = [
        ("站长", "衡翊璆", "站长", "主持全站工作", "leader", [
            ("绿化工程发包中收受苗木供应商好处", "★★★", "绿化工程一律公开招标，站内不得指定苗木供应商。"),
            ("苗木采购价格虚高，虚开发票套取资金", "★★★", "苗木价格三家询价，财政评审中心审核。"),
            ("接受施工单位宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "胥澂岚", "副站长", "分管绿化养护、补植", "leader", [
            ("绿化补植株数虚报，冒领补植经费", "★★", "补植前后拍照，现场清点株数并签字。"),
            ("养护考核打人情分，养护费照付", "★★", "养护考核两人以上，结果公示。"),
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
        "angren_landscaping_station_cards", "http://china.zjol.com.cn/system/2012/02/23/018218748_01.shtml",
        "县园林绿化站 领导干部廉政风险防控卡, one sheet a leader, after the source's reporting on 绿化 “黑色利益链” (苗木定价, "
        "工程发包, 虚报种植株数, 补种, 后期管护): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def angren_enforcement_brigade_group_rows() -> dict:
    unit = f"{PLACE}城管执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "衡昉瀛", "leader", [
                ("违章搭建查处“象征性执法”，只下通知不拆除", "一级风险", "违建查处限期销号，大队每月通报。"),
                ("为违建户充当“保护伞”，收受钱物", "一级风险", "签订廉洁承诺书，县纪委驻局纪检组受理举报。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "胥霂峤", "middle", [
                ("违建巡查发现问题不制止、不报告", "二级风险", "巡查日志每日上报，大队抽查。"),
            ]),
            ("队员", "衡沣翛", "general", [
                ("执法中吃拿卡要，向商户索要物品", "二级风险", "执法记录仪全程记录，商户回访。"),
                ("泄露执法行动信息", "三级风险", "行动前临时通知，严守工作纪律。"),
            ]),
        ]),
        ("三、法制审核组", "法制审核组", [
            ("审核员", "胥骞琮", "general", [
                ("处罚案卷法制审核把关不严", "二级风险", "案卷审核实行初审、复审两级。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "angren_enforcement_brigade_group_rows", "https://52fuqing.com/newsshow-354710-2.html",
        "县城管执法大队 廉政风险防控责任清单 under GROUP ROWS, after the source's case of a 县城管大队 副大队长 受贿 (违章搭建, "
        "“有所表示就没事”, 象征性执法): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、大队领导``, ``二、执法一中队``, ``三、法制审核组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def angren_municipal_facilities_selfchecks() -> dict:
    unit = f"{PLACE}市政设施管理所"
    t = _Truth(unit)
    people = [
        ("衡濯珣", "所领导", "所长", "leader", [
            ("道路、排水设施维修项目化整为零规避招标", "Ⅰ级", "维修项目按限额标准报县城管局审批。", "已落实"),
            ("维修材料采购指定供应商", "Ⅱ级", "材料采购三家比价，验收后入库。", "未发现问题"),
        ]),
        ("胥暄岐", "路灯维护组", "维修工", "general", [
            ("路灯维修工程量虚报", "Ⅰ级", "维修前后拍照，组长现场核实。", "已落实"),
            ("巡检记录代签、补签", "Ⅲ级", "巡检定位打卡，记录每月核查。", "已落实"),
        ]),
        ("衡湜瑀", "财务室", "出纳", "general", [
            ("挖掘占用道路修复费收取不入账", "Ⅰ级", "修复费缴入财政专户，收据联号使用。", "未发现问题"),
            ("现金收支不及时入账", "Ⅱ级", "现金日清月结，每月对账。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "angren_municipal_facilities_selfchecks", "https://lanyancloud.com/news/2001867516342853632",
        "县市政设施管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on the "
        "市政工程管理处 (道路、排水管网、路灯 养护, 人工巡查, 维修): a title, a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def angren_parking_station_list() -> dict:
    unit = f"{PLACE}停车管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "胥岑澔", "leader", "路侧停车泊位经营权发包暗箱操作", "制度机制", "高风险",
         "经营权公开招标，合同报县城管局备案。"),
        ("站领导", "站长", "胥岑澔", "leader", "私自增划收费泊位", "岗位职责", "中风险",
         "泊位设置经县城管局审批并公示。"),
        ("收费组", "收费员", "衡璟泠", "general", "超标准收费、随口要价", "业务流程", "高风险",
         "收费标准在泊位处公示，使用电子票据。"),
        ("收费组", "收费员", "衡璟泠", "general", "收费不开票据，截留停车费", "思想道德", "中风险",
         "停车费当日缴入专户，站里每日对账。"),
        ("巡查组", "巡查员", "胥翛澜", "general", "对包月车辆违规收费不制止", "外部环境", "低风险",
         "巡查发现问题当日登记上报。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "angren_parking_station_list", "https://m.yybnet.net/news/shehui/201611/5606840.html",
        "县停车管理站 岗位廉政风险防控一览表, after the source's reporting on 路侧停车 收费乱象 (私划停车位, 随口要价, 收费不看护, "
        "包月收费, 发票): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def angren_kaga_squad_register() -> dict:
    unit = f"{PLACE}卡嘎镇城管中队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "组别", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中队领导", "中队长", "衡峋霁", "leader", [
            ("商户门前三包考核弄虚作假", "制度机制", "一级", "考核由镇、社区和商户代表共同参与。"),
            ("协管员管理失察，纵容向商户收取“保护费”", "岗位职责", "一级", "协管员每月考核，商户定期回访。"),
        ]),
        ("巡查组", "队员", "胥珽沄", "general", [
            ("对流动摊贩处罚畸轻畸重", "业务流程", "二级", "处罚按裁量基准，案卷中队长审核。"),
        ]),
        ("巡查组", "协管员", "衡璠岵", "general", [
            ("私下向商户收取费用", "思想道德", "一级", "协管员不得收取任何费用，公示举报电话。"),
            ("暂扣物品不登记、不归还", "业务流程", "三级", "暂扣物品当场开具清单，入库登记。"),
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
        "angren_kaga_squad_register", "http://m.diyizhuban.cn/p/578194.html",
        "镇城管中队 廉政风险点排查登记表, after the source's case of a 街道城管中队 协管员 收保护费 from 商户 (不交钱就收东西, "
        "开除, 问责): a title, 序号/组别 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    angren_sangsang_squad_levels_in_type_columns(),
    angren_city_bureau_two_sheets(),
    angren_sanitation_station_posts(),
    angren_landscaping_station_cards(),
    angren_enforcement_brigade_group_rows(),
    angren_municipal_facilities_selfchecks(),
    angren_parking_station_list(),
    angren_kaga_squad_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch923-inbox"))

"""The eight-hundred-and-seventy-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's emergency
management and work-safety bodies, 托克逊县 (of 吐鲁番市, 新疆维吾尔自治区) — its 应急管理局, 安全生产执法大队,
矿山安全监管站, 地震局 and 应急物资储备库 and the 应急管理站 of its towns (库米什镇, 克尔碱镇, 伊拉湖镇) —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 应急管理局's 一览表 in TWO SHEETS: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 矿山安全监管站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 地震局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row
  of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 应急物资储备库's 防控卡, one sheet a person: ``姓　名 | … | 岗　位 | …`` and a merged 岗位职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 库米什镇应急管理站's 责任清单 under GROUP ROWS ``一、站领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 克尔碱镇应急管理站's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 伊拉湖镇应急管理站's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``tuokexun_enforcement_brigade_dual_duty``: the 安全生产执法大队's 岗位风险排查防控一览表 drawn up under
  “一岗双责”, ONE LIST in which every holder's rows MIX his integrity risks with his work-safety duty
  risks: ``序号 | 岗位 | 姓名 | 风险类别 | 风险点 | 风险等级 | 防控措施`` with ``岗位 | 姓名`` merged per person,
  the per-row ``风险类别`` cell saying ``廉政风险`` or ``安全履职风险``, both kinds graded alike (高/中/低),
  both with measures, interleaved within each person's block; a ``注：`` line says the list covers both
  kinds. Only the ``廉政风险`` rows are integrity risk points. The README's 读得懂的表 knows a “一岗双责”
  table with the SAFETY risks in a band of COLUMNS of their own beside the integrity band
  (``安全生产风险（双重预防）`` …, ``COLUMNS_NOT_INTEGRITY``); it does not describe safety risks mixed in
  as ROWS of the one list, told apart only by a per-row category cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 新闻发布会 on “官煤勾结” — 入股分红,
违规审批安全生产许可证, 纵容包庇非法生产; a report on 煤矿安全 “监管不力” — 瞒报事故, 执法“宽松软”,
收受贿赂; a 县地震局 on 地电观测站迁建 — 场地测试, 项目配合; an 应急物资库房管理制度 — 库房管理员, 部门负责人,
安全监察员, 入库验收, 出库审批, 盘点; a 县 救灾口粮 下拨 — 救灾资金, 采购, 发放到灾民; a 钼矿 case — 安监、
乡镇 官员 受贿, 平息事件; a 危化品经营许可证 case — 无证经营, 执法检查, 没收, 罚款; a comment on 消防执法
“月度指标” — 罚款指标, 选择性执法) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 鲍 and 邬 with
rare given names); every unit is a body of 托克逊县.

Run ``python tests/published/score.py --set batch871`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose ``风险类别`` is ``安全履职风险`` is NO integrity risk point (as the safety
  band of a “一岗双责” table is none), whatever its level and measures; each person's forms hold only
  his ``廉政风险`` rows, with their levels; every person there has at least one; ``廉政风险`` is the
  category, not a type (the table has no type column);
- ``局领导``, ``站领导`` (a group row) are the 科室 of those leaders where the table names them so; the
  应急管理局's leaders (sheet ``局领导``, no 科室 column) and the cards' people have no 科室 unless the card
  names one; a 局's 股, a 站's 组 or 室 and a 大队's 中队 are 科室;
- every body is a unit of its own: 局长, 副局长, 大队长, 副大队长, 站长, 副站长, 主任 (of a 库) are leaders;
  股长 and a 中队长 middle; the rest (执法队员, 监管员, 监测员, 保管员, 会计, 出纳, 统计员, 信息员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``自查情况`` and ``填表时间`` are
  no points and name no holder; the 矿山安全监管站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b871_"
PLACE = "托克逊县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
INTEGRITY = "廉政风险"
SAFETY = "安全履职风险"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(风险类别, 风险点, 风险等级, 防控措施)])
BRIGADE = [
    ("大队长", "鲍翊澂", "leader", [
        (INTEGRITY, "下达罚款“月度指标”，以罚款数额考核执法人员", "高",
         "执法考核以隐患整改率为主，不得设定罚没指标。"),
        (SAFETY, "带队进入危化品企业现场检查时未落实现场安全交底", "中",
         "检查前开展安全交底，配齐防护用品。"),
        (INTEGRITY, "重大行政处罚案件不经集体讨论即作决定", "高",
         "重大处罚案件提交集体讨论，法制审核后决定。"),
    ]),
    ("副大队长", "邬湛峤", "leader", [
        (SAFETY, "夜间突击检查驾驶执法车辆疲劳驾驶", "低", "夜间检查安排两名驾驶员轮换。"),
        (INTEGRITY, "执法检查对象选择随意，对关系企业不检查或少检查", "高",
         "检查对象从“双随机”名录库中摇号抽取。"),
        (INTEGRITY, "对违法企业以责令整改代替立案处罚", "中", "案件办理全程记录，季度开展案卷评查。"),
    ]),
    ("执法队员", "鲍琮岫", "general", [
        (INTEGRITY, "现场检查接受企业宴请、购物卡", "中", "检查实行两人以上，签订廉洁执法承诺书。"),
        (SAFETY, "进入有限空间检查前未检测气体浓度", "高", "进入有限空间前检测气体，专人监护。"),
        (SAFETY, "便携式气体检测仪超期未校验仍使用", "低", "执法装备建立台账，按期送检。"),
        (INTEGRITY, "调查取证选择性收集证据，帮助企业规避处罚", "中", "执法记录仪全程记录，证据交叉审核。"),
    ]),
    ("执法队员", "邬璟沄", "general", [
        (SAFETY, "在露天煤矿采场边坡下方停留检查", "中", "检查路线由企业安全员引导，远离危险区域。"),
        (INTEGRITY, "向检查企业推荐安全评价、培训中介机构", "中", "严禁推荐中介，公开举报电话。"),
        (INTEGRITY, "泄露执法检查时间和检查企业名单", "低", "检查计划专人保管，出发前告知检查对象。"),
    ]),
]  # fmt: skip


def tuokexun_enforcement_brigade_dual_duty() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    sh = _Sheet("排查表", [6, 10, 9, 12, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位风险排查防控一览表", 7)
    _line(sh, f"（廉政风险和安全履职风险“一岗双责”一并排查）{GAP * 6}2025年6月", 7)
    sh.add("序号", "岗位", "姓名", "风险类别", "风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, who, tier, rows in BRIGADE:
        for kind, point, lv, measures in rows:
            n += 1
            sh.add(n, post, who, kind, point, lv, measures)
            if kind == INTEGRITY:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(
        sh,
        "注：按照“一岗双责”要求，本表将各岗位廉政风险和安全履职风险一并排查，风险类别栏分别注明；"
        "风险等级分高、中、低三级。",
        7,
    )
    sh.add("填表人：", None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "tuokexun_enforcement_brigade_dual_duty",
        "https://m.mp.oeeee.com/a/BAAFRD0000202510131131172.html",
        "(harder) 县安全生产执法大队 岗位风险排查防控一览表 under “一岗双责”, after the source's comment on 消防执法 "
        "“月度指标” (罚款指标, 选择性执法, 执法异化为创收): a title and a merged subtitle line, then ``序号 | 岗位 | 姓名 | "
        "风险类别 | 风险点 | 风险等级 | 防控措施`` with 岗位/姓名 merged per person; each person's rows MIX his integrity "
        "risks (``风险类别`` ``廉政风险``) with his work-safety duty risks (``安全履职风险``: 有限空间, 检测仪校验, 夜间驾驶, "
        "边坡), both graded 高/中/低 and both with measures; only the ``廉政风险`` rows are integrity risk points; a "
        "``注：`` line and a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tuokexun_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "鲍洺珂", "主持全面工作", [
            ("在辖区矿山企业入股、参与分红", "一级", "领导干部每年申报投资入股情况，组织核查。"),
            ("安全生产许可初审中为不具备条件的企业打招呼", "一级", "许可初审实行集体会审，结果公示。"),
        ]),
        ("副局长", "邬岢翎", "分管安全生产执法、危化品监管", [
            ("对非法违法生产企业纵容包庇，明停暗开", "一级", "停产整顿企业实行挂牌督办，复产验收集体研究。"),
            ("事故调查中隐瞒、降低事故等级", "二级", "事故调查组吸收纪检监察人员参加，报告集体审定。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("危险化学品监管股", "股长", "鲍玙澍", "middle", "危化品经营许可现场核查走过场", "一级",
         "现场核查两人以上，核查记录存档。"),
        ("危险化学品监管股", "股长", "鲍玙澍", "middle", "烟花爆竹零售点布点审核优亲厚友", "二级", "布点方案公示，接受监督。"),
        ("危险化学品监管股", "股员", "邬瑄岷", "general", "企业安全培训考核证明审核不严", "三级", "考核成绩系统比对。"),
        ("应急救援股", "股长", "鲍淏琰", "middle", "应急救援物资采购指定供应商", "一级", "物资采购按政府采购程序实施。"),
        ("应急救援股", "股员", "邬澈翾", "general", "应急演练经费虚列支出", "二级", "演练经费凭方案和影像资料报销。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "tuokexun_emergency_bureau_two_sheets", "http://tongchimen999.com//news/2005/2005-11-02/8/645843.shtml",
        "县应急管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 新闻发布会 on “官煤勾结” (官员入股分红, 违规审批"
        "安全生产许可证, 纵容包庇非法生产, 明停暗开): sheet 局领导 with 职务/姓名/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tuokexun_mine_safety_station_posts() -> dict:
    unit = f"{PLACE}矿山安全监管站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "事故信息报告", "接到矿山事故报告后授意企业瞒报、迟报", "思想道德风险", "高",
         "事故信息直报县应急管理局，值班记录存档。"),
        ("站领导", "站长", "leader", "停产整顿复产验收", "收受好处后对不具备条件的矿山同意复产", "制度机制风险", "高",
         "复产验收组集体验收，结论公示。"),
        ("监管组", "监管员", "general", "矿山日常检查", "检查“宽松软”，发现隐患不下达整改指令", "岗位职责风险", "中",
         "检查实行清单化，隐患录入系统闭环管理。"),
        ("监管组", "监管员", "general", "超层越界开采核查", "对超能力、超范围开采视而不见", "外部环境风险", "中",
         "每季度调取矿山产量和监控数据比对。"),
        ("综合室", "统计员", "general", "矿山安全数据统计", "篡改隐患排查和执法数据", "业务流程风险", "低",
         "数据录入留痕，站长审核签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "tuokexun_mine_safety_station_posts", "https://legalweekly.cn/fzzg/155797404515563.html",
        "县矿山安全监管站 岗位廉政风险点排查表 对岗不对人, after the source's report on 煤矿安全 “监管不力” (瞒报事故, 执法"
        "“宽松软”, 超能力开采, 收受贿赂): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def tuokexun_seismic_bureau_selfchecks() -> dict:
    unit = f"{PLACE}地震局"
    t = _Truth(unit)
    people = [
        ("鲍珺湑", "局领导", "局长", "leader", [
            ("地震监测台站迁建项目选址、发包个人说了算", "Ⅰ级", "项目选址经专家论证，发包按程序公开。", "已落实"),
            ("防震减灾专项资金分配不公开", "Ⅱ级", "资金分配方案局务会研究，结果公示。", "未发现问题"),
        ]),
        ("邬峥翯", "监测预报股", "监测员", "general", [
            ("台站观测设备采购中收受供应商好处", "Ⅰ级", "设备采购三家以上比价，验收双人签字。", "已落实"),
            ("观测场地测试数据弄虚作假", "Ⅲ级", "测试数据原始记录留存备查。", "已落实"),
        ]),
        ("鲍屹潆", "震害防御股", "股长", "middle", [
            ("建设工程抗震设防要求审核把关不严", "Ⅱ级", "审核意见两级复核。", "未发现问题"),
            ("地震安全性评价委托指定中介机构", "Ⅱ级", "严禁指定中介，委托情况备案。", "已落实"),
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
        sh.add("本人签名：", None, "局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tuokexun_seismic_bureau_selfchecks", "https://www.gsdzj.gov.cn/info/1027/24773.htm",
        "县地震局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县地震局 on 地电观测站"
        "迁建 (场地测试, 项目需求, 配合省局): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 局长意见：``",
        sheets, t,
    )  # fmt: skip


def tuokexun_reserve_depot_cards() -> dict:
    unit = f"{PLACE}应急物资储备库"
    t = _Truth(unit)
    cards = [
        ("主任", "邬琬岐", "主任", "负责储备库全面工作，审批物资出库", "leader", [
            ("应急物资出库审批不按预案，擅自调拨他用", "★★★", "出库凭调拨令审批，台账逐笔登记。"),
            ("储备物资轮换处置价格不公开", "★★", "轮换处置委托公开拍卖。"),
        ]),
        ("库房管理员", "鲍铖翊", "库房管理员", "负责物资接收、发放、盘点", "general", [
            ("物资入库验收数量、质量把关不严", "★★", "入库验收两人以上，填写《入库登记表》。"),
            ("库存物资账实不符，私自挪用帐篷、棉被", "★★★", "每季度全面盘点，财务人员参加。"),
            ("过期物资报废处置不登记", "★", "报废物资拍照登记，集体研究处置。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duty, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "岗　位", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "tuokexun_reserve_depot_cards", "https://www.bxtourism.net/nwwd/202506/226009.html",
        "县应急物资储备库 岗位廉政风险防控卡, one sheet a person, after the source's 应急物资库房管理制度 (库房管理员, 部门"
        "负责人, 入库验收, 出库审批, 盘点, 过期物资处理): a title, ``姓　名 | … | 岗　位 | …`` and a merged 岗位职责 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tuokexun_kumishi_town_group_rows() -> dict:
    unit = f"{PLACE}库米什镇应急管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "鲍沅翀", "leader", [
                ("救灾资金发放对象确定不经集体研究", "一级风险", "救助对象村评议、站审核、张榜公示。"),
                ("冬春救济口粮分配优亲厚友", "一级风险", "口粮分配名册公示，发放签字领取。"),
            ]),
        ]),
        ("二、综合组", "综合组", [
            ("信息员", "邬翾湄", "general", [
                ("灾情数据虚报、多报骗取救灾资金", "二级风险", "灾情核查两人以上，照片和台账留存。"),
            ]),
            ("会计", "鲍岍琰", "general", [
                ("救灾物资采购不比价，收受回扣", "二级风险", "采购三家以上比价，站务会研究。"),
                ("防汛经费报销票据审核不严", "三级风险", "报销单据经办人、审核人、审批人三签。"),
            ]),
        ]),
        ("三、安全监管组", "安全监管组", [
            ("监管员", "邬湑珩", "general", [
                ("对辖区矿点非法开采不制止、不报告", "二级风险", "巡查记录每周上报，发现问题即报。"),
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
        "tuokexun_kumishi_town_group_rows", "https://www.longling.gov.cn/info/5640/133324.htm",
        "镇应急管理站 廉政风险防控责任清单, after the source's 县 救灾口粮 下拨 (救灾资金, 采购救济大米, 调运到乡镇, 发放到"
        "灾民): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、综合组``, ``三、安全监管组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tuokexun_kerjian_town_list() -> dict:
    unit = f"{PLACE}克尔碱镇应急管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "鲍砚翯", "leader", "为辖区采矿企业平息群众上访收受“感谢费”", "思想道德", "高风险",
         "涉企矛盾调处全程记录，严禁与企业私下往来。"),
        ("站领导", "站长", "鲍砚翯", "leader", "企业安全生产隐患整改验收走过场", "岗位职责", "中风险",
         "验收邀请县矿山安全监管站参加。"),
        ("安全监管室", "监管员", "邬玹岑", "general", "对无证开采点通风报信", "外部环境", "高风险",
         "巡查路线随机确定，巡查情况每日报告。"),
        ("安全监管室", "监管员", "邬玹岑", "general", "隐患排查台账弄虚作假", "业务流程", "中风险",
         "台账与现场照片一一对应，站长抽查。"),
        ("安全监管室", "出纳", "鲍湉峣", "general", "应急值守补助发放不按标准", "制度机制", "低风险",
         "补助按值班表核发，张贴公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "tuokexun_kerjian_town_list", "https://qingdaonews.com/content/2009-05/14/content_8047278.htm",
        "镇应急管理站 岗位廉政风险防控一览表, after the source's 钼矿 case (安监、乡镇 官员受贿, 平息村民上访的“感谢费”, "
        "抹平安全事故): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "站长（签字） line",
        [sh], t,
    )  # fmt: skip


def tuokexun_yilahu_town_register() -> dict:
    unit = f"{PLACE}伊拉湖镇应急管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "邬岱翙", "leader", [
            ("烟花爆竹零售许可初审为亲友开绿灯", "制度机制", "一级", "初审意见站务会研究，结果公示。"),
            ("对加油站、危化品仓储点无证经营查处不力", "岗位职责", "二级", "检查发现问题移交县应急管理局立案。"),
        ]),
        ("安全监管室", "监管员", "鲍珩翙", "general", [
            ("执法检查中接受经营户礼品、土特产", "思想道德", "二级", "签订廉洁承诺书，节前提醒。"),
            ("没收的危化品私自处置", "业务流程", "一级", "罚没物品登记造册，统一移交处置。"),
        ]),
        ("综合室", "统计员", "邬珣澧", "general", [
            ("安全生产培训签到材料造假", "外部环境", "三级", "培训现场拍照，签到表存档。"),
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
        "tuokexun_yilahu_town_register", "https://www.weihautong.cn/newsDetail/4746",
        "镇应急管理站 廉政风险点排查登记表, after the source's 危化品经营许可证 case (无证经营, 例行执法检查, 没收违法所得, "
        "罚款, 仓储条件): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tuokexun_enforcement_brigade_dual_duty(),
    tuokexun_emergency_bureau_two_sheets(),
    tuokexun_mine_safety_station_posts(),
    tuokexun_seismic_bureau_selfchecks(),
    tuokexun_reserve_depot_cards(),
    tuokexun_kumishi_town_group_rows(),
    tuokexun_kerjian_town_list(),
    tuokexun_yilahu_town_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch871-inbox"))

"""The one-thousand-and-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 林业、移民搬迁 and 乡镇 bodies of one county, 册亨县 (黔西南布依族苗族
自治州, 贵州省) — a 镇人民政府, the 国有林场, the 县生态移民局, a 易地扶贫搬迁安置社区, the 县发展和改革局, the 县乡村
振兴局, the 县医疗保障局 and the 县林业局 — each handing back the 一览表, 排查表, 清单 or 自查表 its staff typed in
WPS or Excel:

- the 岩架镇人民政府's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 国有林场's 清单: ``岗位 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 生态移民局's 排查表 under ``附件2``: a merged 填报单位 line, ``股室 | 岗位 | 姓名`` on every row, short
  types under ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 纳福街道 安置社区居委会's 自查表, one sheet a person: ``姓　名 | 职　务`` over a row of values, 高/中/低,
  ``防控措施 | 自查情况``;
- the 发展和改革局's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``高风险/中风险/低风险``;
- the 乡村振兴局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``一级/二级/三级``; no names;
- the 医疗保障局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, ``…风险`` types, ``★★★/★★/★``.

One is harder:

- ``ceheng_forestry_symbol_legend_grid``: the 县林业局's 一览表 ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险标识 |
  防控措施`` with no type and no level column: each ``风险标识`` cell holds ONE symbol (``●``, ``◧``, ``△`` …), and
  a legend grid under the table (``风险类型＼风险等级 | 高 | 中 | 低`` over one row a type, each cell the symbol
  of that type at that level) gives both: a symbol's row is the point's type, its column the level.
  docs/layouts.md knows symbols for a level alone (``●●●/●●/●`` with a note), marks for a type alone
  (``▲为思想道德风险``) and two-way grids that look a level up from two columns (``LEVEL_BY_LOOKUP_GRID``); not a
  grid of symbols read backwards, one symbol naming a type and a level at once.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
仆兰 and 莫那娄 with rare given names); every unit is a body of 册亨县.

Run ``python tests/published/score.py --set batch1002`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the symbol's row in the legend grid is the type, its column the level; the grid
  and its ``注：`` line are no points;
- ``局领导``, ``镇领导``, ``场领导`` are the 科室 of the leaders; the 林场's and the 社区's people have no 科室 where
  no column gives one; 局长, 副局长, 镇长, 副镇长, 场长, 居委会主任 are leaders; 股长 middle; the rest general;
- ``自查情况`` is no point; the 乡村振兴局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and ``★★★/★★/★`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1002_"
PLACE = "册亨县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the legend grid: one row a type, one column a level (高, 中, 低); shape the type, fill the level
LEGEND = {
    "思想道德风险": ("●", "◐", "○"),
    "制度机制风险": ("■", "◧", "□"),
    "岗位职责风险": ("▲", "◭", "△"),
}
SYMBOLS = {sym: (typ, lv) for typ, row in LEGEND.items() for lv, sym in enumerate(row, 1)}

FORESTRY_ROWS = [
    ("局领导", "局长", "仆兰翀澜", "leader", "林木采伐限额指标分配优亲厚友", "■",
     "采伐指标分配局党组集体研究，结果公示。"),
    ("局领导", "局长", "仆兰翀澜", "leader", "收受林业项目施工方礼金礼品", "●", "签订廉洁承诺，节日期间专项提醒。"),
    ("资源管理股", "股长", "莫那娄琤", "middle", "林木采伐许可现场查验走过场", "▲",
     "查验双人进行，影像资料存档。"),
    ("资源管理股", "股长", "莫那娄琤", "middle", "使用林地审核材料把关不严", "◭", "材料清单化审核，股室会审。"),
    ("生态修复股", "科员", "仆兰沄翯", "general", "生态护林员选聘标准把握不一", "◧", "选聘条件公开，村级评议公示。"),
    ("生态修复股", "科员", "仆兰沄翯", "general", "造林苗木验收数量核实不准", "△", "验收按小班抽样，签字留痕。"),
    ("生态修复股", "科员", "仆兰沄翯", "general", "工作中对林农态度生硬、推诿", "○", "服务承诺上墙，群众评议。"),
]  # fmt: skip


def ceheng_forestry_symbol_legend_grid() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("一览表", [6, 14, 10, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险标识", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, sym, measures) in enumerate(FORESTRY_ROWS, 1):
        sh.add(n, dept, post, who, point, sym, measures)
        typ, lv = SYMBOLS[sym]
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), lv)
    _per_person(sh, first, 1, 2, 3)
    sh.add(None, None, None, None, None, None, None)
    _line(sh, "注：“风险标识”一栏按下表填写一个符号。", 7)
    sh.add(None, "风险类型＼风险等级", "高", "中", "低", None, None)
    for typ, row in LEGEND.items():
        sh.add(None, typ, *row, None, None)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, "2025年6月")
    return _layout(
        "ceheng_forestry_symbol_legend_grid", "http://www.xzcxgyp.com/main/381/20190104/075320903716834.html",
        "(harder) 县林业局 岗位廉政风险防控一览表, after the source's 国家林业和草原局 主动公开 目录 (a table of 类别/事项/"
        "责任主体 rows): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/``风险标识`` (ONE symbol a "
        "row, no type and no level column)/防控措施; under the table a ``注：`` line and a legend grid "
        "``风险类型＼风险等级 | 高 | 中 | 低`` whose rows are the three types and whose cells are the symbols "
        "(shape the type, fill the level); a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ceheng_yanjia_town_list() -> dict:
    unit = f"{PLACE}岩架镇人民政府"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "莫那娄霁昀", "leader", "村级项目资金拨付审批把关不严", "制度机制风险", "高",
         "资金拨付经镇党委会研究，按进度支付。"),
        ("镇领导", "副镇长", "仆兰珣澈", "leader", "耕地地力保护补贴面积核实不实", "岗位职责风险", "中",
         "补贴面积村组公示，随机入户抽查。"),
        ("党政综合办公室", "科员", "莫那娄沨", "general", "公务用车私用、虚报维修费用", "思想道德风险", "中",
         "派车登记，维修定点审批。"),
        ("自然资源所", "所长", "仆兰翾琦", "middle", "违法占地巡查发现后不制止、不上报", "岗位职责风险", "高",
         "巡查记录上报，镇纪委抽查。"),
        ("自然资源所", "所长", "仆兰翾琦", "middle", "农村建房审批收受好处", "思想道德风险", "中",
         "建房审批公开，联审联办。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "镇长（签字）：", None, None, "2025年5月")
    return _layout(
        "ceheng_yanjia_town_list", "http://mlqzf.haikou.gov.cn/xgk/mlqzf/mlqyfz/fdzdgknr/bmwj_8507/201411/t1181594.shtml",
        "镇人民政府 岗位廉政风险防控一览表, after the source's 镇 管理制度汇编 目录 (镇领导、各办所的工作职责): a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "a 填表人/审核人/镇长（签字） line",
        [sh], t,
    )  # fmt: skip


def ceheng_state_forest_farm_list() -> dict:
    unit = f"{PLACE}国有林场"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("场长", "仆兰澍瑗", "leader", "林场抚育间伐工程发包暗箱操作", "一级", "工程发包场务会集体决定。"),
        ("场长", "仆兰澍瑗", "leader", "林下经济项目收益不入账", "一级", "收益全部入场财务账。"),
        ("护林员", "莫那娄翊", "general", "巡山记录弄虚作假", "三级", "巡护轨迹系统记录，每月核对。"),
        ("护林员", "莫那娄翊", "general", "对盗伐行为知情不报", "二级", "发现即报，场部登记处理。"),
        ("出纳", "仆兰沚瑄", "general", "管护补助资金发放截留", "二级", "补助直达个人账户，名单公示。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("编制：", None, "审核：", "2025年5月", None, None)
    return _layout(
        "ceheng_state_forest_farm_list", "https://ifabiao.com/haowen/6253.html",
        "国有林场 岗位廉政风险防控清单, after the source's 护林员 工作任务 and 考核 (退耕还林补助发放, 管护): a title, "
        "序号/岗位/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def ceheng_resettlement_bureau_screening() -> dict:
    unit = f"{PLACE}生态移民局"
    sh = _Sheet("排查表", [6, 14, 12, 12, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "莫那娄瀚", "leader", "安置点配套工程指定施工单位", "思想道德", "Ⅰ级",
         "配套工程公开招标，集体决策。"),
        ("搬迁安置股", "股长", "仆兰琰沄", "middle", "搬迁对象识别审核不严", "岗位职责", "Ⅰ级",
         "对象名单三级审核，村组公示。"),
        ("搬迁安置股", "股长", "仆兰琰沄", "middle", "安置房分配不公开", "制度机制", "Ⅱ级",
         "分配现场公开摇号。"),
        ("后续扶持股", "科员", "莫那娄瑆澧", "general", "搬迁群众就业补助发放不及时", "业务流程", "Ⅲ级",
         "补助发放台账管理，按月对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "ceheng_resettlement_bureau_screening", "http://www.sxfj.gov.cn/ee45c4/b9ff1a/222226872.shtml",
        "县生态移民局 廉政风险点排查表, after the source's report of a county's 易地扶贫搬迁 专项治理 (对象确定, 安置户, "
        "资金): ``附件2``, a title, a merged 填报单位/填报日期 line, 序号/股室/岗位/姓名 on EVERY row/廉政风险点/风险类别 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施",
        [sh], t,
    )  # fmt: skip


def ceheng_nafu_resettlement_community_selfchecks() -> dict:
    unit = f"{PLACE}纳福街道安置社区居民委员会"
    t = _Truth(unit)
    people = [
        ("仆兰翯湄", "居委会主任", "leader", [
            ("安置社区公益性岗位安排优亲厚友", "高", "岗位安排公开报名，结果公示。", "已落实"),
            ("社区集体经营收入不入账", "中", "收入开票入账，季度公开。", "未发现问题"),
        ]),
        ("莫那娄澂", "网格员", "general", [
            ("入户走访登记信息不实", "中", "走访记录社区复核。", "已落实"),
            ("代办业务收受群众财物", "低", "代办事项登记，服务承诺。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "街道审核意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ceheng_nafu_resettlement_community_selfchecks", "https://qjcypt.com/post/41167.html",
        "易地扶贫搬迁 安置社区居委会 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the "
        "source's account of 易地扶贫搬迁 后续扶持 (集中安置点, 就业, 社区治理): a title, a label row ``姓　名 | 职　务 | "
        "填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def ceheng_development_reform_list() -> dict:
    unit = f"{PLACE}发展和改革局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "仆兰瀞珈", "leader", "政府投资项目审批干预", "思想道德风险", "高风险",
         "项目审批集体研究，全程留痕。"),
        ("投资股", "股长", "莫那娄璆翃", "middle", "项目可研报告审查降低标准", "岗位职责风险", "高风险",
         "专家评审，审查意见公开。"),
        ("投资股", "股长", "莫那娄璆翃", "middle", "中央预算内投资项目申报材料把关不严", "制度机制风险", "中风险",
         "申报材料联审，现场核查。"),
        ("价格股", "科员", "仆兰湉珩", "general", "价格成本监审数据核实不严", "业务流程风险", "低风险",
         "监审报告复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "ceheng_development_reform_list", "http://byne.chinahrt.cn:80/index.asp?channelID=139&contentID=2853",
        "县发展和改革局 岗位廉政风险防控一览表, after the source's notice of the 发改委's 易地扶贫搬迁 安置点 选址 "
        "风险隐患 全面排查: a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def ceheng_rural_revitalisation_posts() -> dict:
    unit = f"{PLACE}乡村振兴局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("项目管理股", "项目审核岗", "general", "衔接资金项目入库审核不严", "岗位职责风险", "一级",
         "项目库分级审核，公示公告。"),
        ("项目管理股", "项目审核岗", "general", "项目验收流于形式", "业务流程风险", "二级", "验收组现场验收。"),
        ("监测帮扶股", "监测识别岗", "general", "防返贫监测对象识别优亲厚友", "思想道德风险", "一级",
         "识别程序公开，村级评议。"),
        ("监测帮扶股", "监测识别岗", "general", "帮扶措施台账填报不实", "制度机制风险", "三级", "台账季度抽查。"),
        ("综合股", "财务岗", "general", "衔接资金拨付程序不规范", "外部环境风险", "二级", "资金拨付双人复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "ceheng_rural_revitalisation_posts", "http://ganwang.net/sannong/1802.html",
        "县乡村振兴局 岗位廉政风险防控清单 对岗不对人, after the source's account of a province's 易地扶贫搬迁 "
        "“拉网式全覆盖”大巡查: a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def ceheng_medical_insurance_duty_list() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("责任清单", [6, 14, 12, 12, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "莫那娄湛", "leader", "定点医药机构协议管理说情打招呼", "思想道德风险", "★★★",
         "协议签订集体研究，干预登记。"),
        ("基金监管股", "股长", "仆兰璐沨", "middle", "欺诈骗保线索查处不力", "岗位职责风险", "★★★",
         "线索台账管理，办结销号。"),
        ("基金监管股", "股长", "仆兰璐沨", "middle", "飞行检查前通风报信", "思想道德风险", "★★", "检查安排保密，交叉检查。"),
        ("待遇保障股", "科员", "莫那娄翾珂", "general", "医疗费用报销审核不严", "业务流程风险", "★",
         "报销材料双人审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 8)
    return _layout(
        "ceheng_medical_insurance_duty_list",
        "https://www.zhetiaohe.com/ss/fc115c41ca77bea65965e554604ff3256e9607a67ef0b5fdebc6e878e181756988818c46cb8716a611a77be5a9703419.html",
        "县医疗保障局 廉政风险防控责任清单, after the source's 风险等级评估表 and its grades: a title, 序号/科室/岗位/"
        "责任人 on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ceheng_forestry_symbol_legend_grid(),
    ceheng_yanjia_town_list(),
    ceheng_state_forest_farm_list(),
    ceheng_resettlement_bureau_screening(),
    ceheng_nafu_resettlement_community_selfchecks(),
    ceheng_development_reform_list(),
    ceheng_rural_revitalisation_posts(),
    ceheng_medical_insurance_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1002-inbox"))

"""The one-thousand-and-eighty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫生院, 学校, 林草, 文旅 and 财政 bodies of one
county, 景东彝族自治县 (普洱市, 云南省) — its 锦屏镇人民政府, the 文井镇人民政府, the 大朝山东镇大驮村民委员会,
the 景福镇卫生院, the 景东县第一中学, the 林业和草原局, the 文化和旅游局 and the 财政局 — each handing
back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 锦屏镇人民政府's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types under
  ``风险类别``, 高/中/低 under ``等级``;
- the 文井镇人民政府's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 大驮村民委员会's 排查表: ``职务 | 姓名`` merged per person, short types under ``风险类型``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 林业和草原局's 清单: ``股室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 文化和旅游局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 景福镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、医务科``, ``三、收费室`` (no 科室
  column), ``岗位 | 责任人`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 岗　位 | 填表时间`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 自查情况``.

One is harder:

- ``jingdong_finance_bureau_pdf_name_lines``: the 财政局's 一览表 printed to PDF and converted back to
  Excel (WPS/Adobe 'PDF转Excel': each printed line of a cell its own row). The converter made the
  ``责任人`` column two cells wide — the heading and every record's name merged across D:E — and
  the holders' names are broken where the printed column ended: ``陀满`` on the record's row and
  ``晓`` ALONE on the row under it, nothing else on that row (no 序号, 股室, 岗位, point, level or
  measures; the record's other cells each printed on one line). Under two records the rest row
  is merged D:E as the records are; under the others the rest stands in E, one column right
  (the line's centred text starts right of where the converter split the column). The probe at
  HEAD read such a rest as a stray row (POINT_BLANK) and the holder by the half name (``陀满``,
  ``兀林答``), with or without a 序号 column, the rest in D or in E, the rest row merged or not;
  the same rest in an unmerged narrow column was read right (LEVEL_NAME_LINES_JOINED, the half
  name the start of another holder's in the column).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 景东 could be found: the pages are of the county's place
name, its towns, its two nature reserves 哀牢山 and 无量山, the 漫湾 scenic area and the county as
travellers saw it); the rows are worded by us, the names invented (the rare compound surnames 陀满
and 兀林答); every unit is a body of 普洱市景东彝族自治县.

Run ``python tests/published/score.py --set batch1084`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a line standing alone under a record in the span of the ``责任人`` cells (D
  or E), one or two characters, is the rest of that record's holder's name (``陀满`` + ``晓`` =
  ``陀满晓``); the same holder's name is broken the same way under each of his records;
- ``局领导``, ``院领导`` are the 科室 of the leaders; the 镇's and the 村's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``教务处副主任`` is the 副主任 of the 科室 教务处;
  镇长, 副镇长, 党委书记, 局长, 副局长, 村党总支书记, 院长, 校长 are leaders; 股长, 主任 and 副主任 of
  a 科室 the middle; the rest (the 村委会主任 too, as earlier batches have him) general;
- the 文化和旅游局's list names no person: its forms are posts; ``自查情况`` and ``填表时间`` are no
  points;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1084_"
PLACE = "普洱市景东彝族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, the name's printed lines, tier, 廉政风险点, 风险等级, 防控措施, where its rest stands:
# "D" on a row merged D:E as the records', "E" one column right on a row not merged, None whole)
FINANCE = [
    ("局领导", "局长", ("陀满", "晓"), "leader", "财政资金分配个人说了算", "高风险",
     "资金分配党组会集体研究。", "D"),
    ("局领导", "局长", ("陀满", "晓"), "leader", "干部选拔任用把关不严", "中风险",
     "选任程序全程纪实。", "D"),
    ("预算股", "股长", ("兀林答", "珩"), "middle", "预算追加审核不严", "高风险",
     "追加事项两级审核。", "E"),
    ("国库股", "会计", ("陀满琳",), "general", "国库集中支付审核走过场", "中风险",
     "支付凭证双人复核。", None),
    ("政府采购管理股", "工作人员", ("兀林答", "瑾"), "general", "采购方式变更审批不严", "中风险",
     "变更事项集体研究。", "E"),
    ("政府采购管理股", "工作人员", ("兀林答", "瑾"), "general", "接受供应商宴请", "低风险",
     "签订廉洁承诺书。", "E"),
]  # fmt: skip


def jingdong_finance_bureau_pdf_name_lines() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("Table 1", [6, 14, 10, 6, 6, 30, 10, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add("序号", "股室", "岗位", "责任人", None, "廉政风险点", "风险等级", "防控措施")
    sh.merge(r, 3, r, 4)
    for n, (dept, post, lines, tier, point, lv, measures, rest_at) in enumerate(FINANCE, 1):
        r = sh.add(n, dept, post, lines[0], None, point, lv, measures)
        sh.merge(r, 3, r, 4)
        if rest_at == "D":
            r = sh.add(None, None, None, lines[1], None, None, None, None)
            sh.merge(r, 3, r, 4)
        elif rest_at == "E":
            sh.add(None, None, None, None, lines[1], None, None, None)
        t.point(sh.name, dept, post, "".join(lines), tier, point, [], HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "jingdong_finance_bureau_pdf_name_lines", "http://www.alecsfrens.com/p/498946.html",
        "(harder) 县财政局 岗位廉政风险防控一览表 printed to PDF and converted back to Excel (each printed "
        "line a row), after the source's 文旅头条 page on 景东 named among the 2021 中国最具诗意百佳县市 "
        "(its two national reserves 无量山 and 哀牢山, the 景东文庙; no page of its 财政局 could be "
        "found): a title, 序号/股室/岗位/责任人 two cells wide (merged D:E on the heading and on every "
        "record's row)/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施; a holder's name broken "
        "``陀满`` over ``晓``, ``兀林答`` over ``珩``, the rest ALONE on the row under its record — in D "
        "on a row merged D:E, or one column right in E; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingdong_jinping_town_list() -> dict:
    unit = f"{PLACE}锦屏镇人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类别", "等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "陀满珺", "leader", "城镇更新项目指定施工方", "思想道德风险", "高",
         "项目公开比选，党委会集体研究。"),
        ("镇领导", "党委书记", "陀满珺", "leader", "村级干部考核打分不公", "制度机制风险", "中",
         "考核结果公示。"),
        ("党政综合办公室", "主任", "兀林答琮", "middle", "办公用品采购虚报数量", "岗位职责风险", "中",
         "采购入库两人验收。"),
        ("社会事务服务中心", "工作人员", "陀满瑗", "general", "临时救助审核把关不严", "业务流程风险",
         "高", "救助对象入户核实并公示。"),
        ("社会事务服务中心", "工作人员", "陀满瑗", "general", "接受救助对象财物", "外部环境风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "jingdong_jinping_town_list", "http://m.cidianwang.com/lishi/diming/8/72078pq.htm",
        "镇人民政府 岗位廉政风险防控一览表, after the source's entry on the place name 景东彝族自治县 (傣语 "
        "景董, 'the town by the plain'; the county seat 锦屏镇; 开南州 of 1275, 景东府 of 1331): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类别 ``…风险``/等级 高/中/低/"
        "防控措施",
        [sh], t,
    )  # fmt: skip


def jingdong_wenjing_town_list() -> dict:
    unit = f"{PLACE}文井镇人民政府"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("镇长", "兀林答璐", "leader", "茶叶产业扶持资金对象指定", "一级", "扶持对象村级评议并公示。"),
        ("镇长", "兀林答璐", "leader", "镇级工程验收个人签字", "一级", "验收集体进行，结果存档。"),
        ("副镇长", "陀满琰", "leader", "地质灾害避险搬迁补助发放不实", "二级", "补助名单张榜公示。"),
        ("农业农村服务中心工作人员", "兀林答玫", "general", "核桃良种补贴登记不实", "二级",
         "补贴名单公示，签字领取。"),
        ("农业农村服务中心工作人员", "兀林答玫", "general", "接受合作社宴请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "jingdong_wenjing_town_list", "http://www.dm.ttdm.cn/yunnan/jingdong_wenjingzhen.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's gazetteer page on 文井镇 of 景东县 (about 466 "
        "km², 4.2 万 people, 25 村: 文井, 清凉, 山心, 开南 …; 蛮井 'the little market town' of the 傣): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def jingdong_datuo_village_screening() -> dict:
    unit = f"{PLACE}大朝山东镇大驮村民委员会"
    sh = _Sheet("排查表", [6, 14, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "兀林答瑞", "leader", "村级道路硬化项目指定施工队", "外部环境", "Ⅰ级",
         "项目村民代表会议决定，结果公示。"),
        ("村党总支书记", "兀林答瑞", "leader", "集体林地承包不公开", "制度机制", "Ⅰ级", "承包公开竞价。"),
        ("村委会主任", "陀满璇", "general", "低保评议优亲厚友", "思想道德", "Ⅱ级", "评议结果张榜公示。"),
        ("村委会主任", "陀满璇", "general", "生态护林员选聘不公", "业务流程", "Ⅱ级", "选聘条件和结果公示。"),
        ("报账员", "兀林答琬", "general", "村级报账票据不规范", "岗位职责", "Ⅲ级", "票据经村务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "jingdong_datuo_village_screening", "https://factpedia.org/index.php?title=%E5%B1%B1%E4%B8%9C%E9%95%87&variant=zh",
        "村民委员会 廉政风险点排查表, after the source's 求真百科 article on 大朝山东镇 of 景东县 (named for the "
        "大朝山 power station on the 澜沧江, 15 村, the seat at 大驮村; no page of the 村 itself could be "
        "found): a title, 序号/职务 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def jingdong_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("清单", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "陀满瑛", "leader", "林木采伐指标分配不公", "一级风险", "指标分配集体研究并公示。"),
        ("资源管理股", "股长", "兀林答琇", "middle", "林地征占用审核把关不严", "一级风险",
         "现场核查两人以上，审核留痕。"),
        ("资源管理股", "股长", "兀林答琇", "middle", "采伐许可超范围办理", "二级风险", "许可结果网上公开。"),
        ("森林资源管护站", "管护员", "陀满玥", "general", "生态护林员考核不实", "二级风险",
         "考核结果村级公示。"),
        ("森林资源管护站", "管护员", "陀满玥", "general", "接受林农宴请", "三级风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "jingdong_forestry_bureau_list", "https://puerw.cn/content/202401/17/c343691.html",
        "县林业和草原局 岗位廉政风险防控清单, after the source's 普洱网 essay on 景东's 'two mountains' 哀牢山 "
        "and 无量山 (two national nature reserves, the 川河 between them): a title, 序号/股室/岗位/责任人 on "
        "EVERY row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jingdong_culture_tourism_posts() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("文化市场综合执法大队", "执法岗", "general", "娱乐场所检查通风报信", "岗位职责风险", "高风险",
         "执法两人以上，全程记录。"),
        ("文化市场综合执法大队", "执法岗", "general", "行政处罚自由裁量不当", "制度机制风险", "高风险",
         "按裁量基准处罚，法制审核。"),
        ("旅游发展股", "项目管理岗", "general", "旅游项目申报材料把关不严", "业务流程风险", "中风险",
         "申报材料集体审核。"),
        ("旅游发展股", "项目管理岗", "general", "接受景区经营者宴请", "外部环境风险", "中风险",
         "签订廉洁承诺书。"),
        ("文物管理所", "文物保护岗", "general", "文物修缮项目验收不严", "思想道德风险", "低风险",
         "验收邀请专家参加。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "jingdong_culture_tourism_posts", "https://news.08nm.com/archives/74228",
        "县文化和旅游局 岗位廉政风险防控清单 对岗不对人, after the source's page on the 漫湾—哀牢山 "
        "provincial scenic area of 景东县 (六片: 漫湾, 杜鹃湖, 荒草岭, 大朝山, 锦屏, 仙人寨): a title, "
        "序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def jingdong_jingfu_clinic_group_rows() -> dict:
    unit = f"{PLACE}景福镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "陀满瑄", "leader", [
                ("医用耗材采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("绩效考核分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、医务科", "医务科", [
            ("科员", "兀林答琳", "general", [
                ("医疗纠纷处理偏袒一方", "中", "纠纷处理集体研究，结果存档。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "陀满玳", "general", [
                ("收费不开具票据", "中", "收费系统自动开票，日清日结。"),
                ("医保结算数据造假", "低", "结算数据按月核对。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "jingdong_jingfu_clinic_group_rows", "https://newton.com.tw/wiki/%E6%99%AF%E7%A6%8F%E9%8E%AE/58752485",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's 牛顿百科 article on 景福镇 of 景东县 "
        "(13 村, the seat at 古里街, 'two mountains between two rivers', the 无量山 reserve; no page of its "
        "卫生院 could be found): a title, 序号/岗位/责任人/廉政风险点/风险等级 高/中/低/防控措施, group rows "
        "``一、院领导``, ``二、医务科``, ``三、收费室`` merged across; 岗位 and 责任人 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def jingdong_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("兀林答瑾", "", "校长", "leader", [
            ("食堂食材采购指定供应商", "一级", "食材公开招标，家委会参与验收。", "已落实"),
            ("教师职称推荐不公开", "二级", "推荐条件和结果公示。", "已落实"),
        ]),
        ("陀满瑭", "教务处", "副主任", "middle", [
            ("考试安排优亲厚友", "二级", "监考随机编排。", "未发现问题"),
            ("教辅资料征订收受回扣", "三级", "征订自愿，家委会参与。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jingdong_no1_middle_school_selfchecks", "https://m.fx361.com/news/2020/0301/18124381.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "绿叶 essay 景东美如斯 (the 坝子城 of the 傣, 锦屏 the county seat, the 川河 and its market; no page of "
        "a 景东 school could be found): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingdong_finance_bureau_pdf_name_lines(),
    jingdong_jinping_town_list(),
    jingdong_wenjing_town_list(),
    jingdong_datuo_village_screening(),
    jingdong_forestry_bureau_list(),
    jingdong_culture_tourism_posts(),
    jingdong_jingfu_clinic_group_rows(),
    jingdong_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1084-inbox"))

"""The one-thousand-and-sixty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫生院, 林草, 市场监管, 文旅, 学校 and 水务 bodies of
one county, 寻甸回族彝族自治县 (昆明市, 云南省) — its 柯渡镇人民政府, the 柯渡镇丹桂村, the 柯渡镇卫生院,
the 林业和草原局, the 市场监督管理局, the 文化和旅游局, the 第一中学 and the 水务局 — each handing back
the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 柯渡镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 丹桂村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 柯渡镇卫生院's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 林业和草原局's 排查表: ``股室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 文化和旅游局's 清单 under GROUP ROWS ``一、局领导``, ``二、文化市场综合执法大队``, ``三、图书馆``
  (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``xundian_water_measure_rows_under_points``: the 水务局's 一览表 with NO 防控措施 column
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级``, 股室, 岗位 and 姓名 merged per person
  over the rows of the person's points AND their measures), each point's row FOLLOWED by a row
  holding only its measures typed in the 廉政风险点 column, opening with a label: ``防控措施：…``,
  ``措施：…``, ``防范措施:…`` (a half-width colon), one of two numbered lines
  (``防控措施：1.…⏎2.…``); 序号, type and level blank on those rows, the level on the point's row.
  One real point opens with the label's words (``防控措施不落实，水资源费减免把关不严``). A probe at
  HEAD read those measure rows as points of their own (with LEVEL_BLANK on each).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 寻甸 could be found: the pages are of the county, its
towns, the 柯渡 red-army memorial and the 清水海 lake; the harder file's is the page on 清水海,
the county's water source, none of the kind being found); the rows are worded by us, the names
invented (the rare compound surnames 是娄 and 吐卢 with rare given names); every unit is a body of
昆明市寻甸回族彝族自治县.

Run ``python tests/published/score.py --set batch1061`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row holding only ``防控措施：…`` (``措施：…``, ``防范措施:…``) in the point
  column is the measures of the point above it, no point; ``防控措施不落实，…`` on a row with its own
  序号, type and level is a point;
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长
  have no 科室 where no column gives one; 镇长, 局长, 院长, 村党总支书记, 校长 are leaders; 股长,
  大队长, 馆长, 科主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  市场监督管理局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1061_"
PLACE = "昆明市寻甸回族彝族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
LABELS = ("防控措施：", "措施：", "防范措施:")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级")

# (股室, 岗位, 姓名, tier, point, 风险类型, 风险等级, the measures row's text as typed)
WATER = [
    ("局领导", "局长", "是娄翀", "leader", "水库除险加固工程指定施工单位", "制度机制风险", "高",
     "防控措施：工程公开招标，局党组会集体研究。"),
    ("局领导", "局长", "是娄翀", "leader", "防控措施不落实，水资源费减免把关不严", "岗位职责风险", "中",
     "措施：减免事项集体研究，结果公示。"),
    ("工程建设股", "股长", "吐卢澐", "middle", "隐蔽工程验收走过场", "业务流程风险", "高",
     "防范措施:隐蔽工程验收两人以上现场签字。"),
    ("工程建设股", "股长", "吐卢澐", "middle", "工程变更签证审核不严", "业务流程风险", "中",
     "防控措施：1.变更签证监理、业主、施工三方会签；\n2.大额变更报局务会审定。"),
    ("水政监察大队", "大队长", "是娄琇", "middle", "河道采砂违法查处降格处理", "外部环境风险", "中",
     "防控措施：处罚案件集体审议，执法全程记录。"),
    ("农村水利股", "技术员", "吐卢泠", "general", "农村饮水工程维修材料虚报", "岗位职责风险", "中",
     "措施：材料出入库台账，村组签字确认。"),
    ("农村水利股", "技术员", "吐卢泠", "general", "接受施工方宴请", "思想道德风险", "低",
     "防控措施：签订廉洁承诺书，定期谈心谈话。"),
]  # fmt: skip


def xundian_water_measure_rows_under_points() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 10, 50, 14, 10])
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(WATER, 1):
        sh.add(n, dept, post, who, point, typ, lv)
        sh.add(None, dept, post, who, measures, None, None)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "xundian_water_measure_rows_under_points", "https://zongzhang.com.cn/north.asp?id=2022",
        "(harder) 县水务局 岗位廉政风险点一览表 with NO 防控措施 column, each point's row followed by a row holding only "
        "its measures in the 廉政风险点 column (``防控措施：…``, ``措施：…``, ``防范措施:…``, one of two numbered lines), "
        "序号/type/level blank there; one real point opening ``防控措施不落实，…``; after the source's page on 清水海 "
        "(the lake west of the county seat, its water for the 金所 and 羊街 fields): a title, 序号/股室, 岗位 and 姓名 "
        "merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xundian_kedu_town_list() -> dict:
    unit = f"{PLACE}柯渡镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "是娄瑄", "leader", "红色小镇建设项目指定施工方", "制度机制风险", "高",
         "项目按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "是娄瑄", "leader", "乡村振兴衔接资金安排个人说了算", "思想道德风险", "高",
         "资金安排集体研究，张榜公示。"),
        ("党政办", "主任", "吐卢琬", "middle", "公务接待超标准列支", "岗位职责风险", "中", "接待清单审核，月度公开。"),
        ("农业农村服务中心", "农技员", "是娄湉", "general", "种粮补贴面积核实不实", "业务流程风险", "中",
         "面积入户核实并公示。"),
        ("农业农村服务中心", "农技员", "是娄湉", "general", "接受农资经销商礼品", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "xundian_kedu_town_list", "http://www.hedaxin.com.cn/yunnan/xundianxian_keduzhen_tour.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's page on 柯渡镇 and its 红军长征柯渡纪念馆 (丹桂村, the "
        "1935 order to cross the 金沙江): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def xundian_dangui_village_list() -> dict:
    unit = f"{PLACE}柯渡镇丹桂村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "吐卢珩", "leader", "村集体林地流转收益不公开", "一级", "流转方案村民代表会议表决。"),
        ("村党总支书记", "吐卢珩", "leader", "红色旅游配套项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "是娄璆", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村监委会主任", "吐卢瑀", "general", "村务监督签字走过场", "二级", "监督意见逐项记录。"),
        ("村文书", "是娄琮", "general", "村级办公经费白条入账", "三级", "报账凭证经村务监督委员会签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "xundian_dangui_village_list", "http://nonggengtian.cn/view/red/index1895_list.html",
        "村 小微权力廉政风险防控清单, after the source's list of 寻甸's red sights (the 柯渡 memorial, the 丹桂村 "
        "headquarters of the central red army): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def xundian_kedu_clinic_list() -> dict:
    unit = f"{PLACE}柯渡镇卫生院"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "是娄璟", "leader", "医疗设备采购干预供应商确定", "外部环境", "高风险",
         "设备采购按规定比选，过问登记。"),
        ("院领导", "院长", "是娄璟", "leader", "绩效工资分配不经集体研究", "制度机制", "高风险", "分配方案院务会研究。"),
        ("药剂科", "科主任", "吐卢沅", "middle", "药品耗材验收把关不严", "岗位职责", "中风险", "验收两人签字。"),
        ("药剂科", "科主任", "吐卢沅", "middle", "接受医药代表回扣", "思想道德", "中风险", "处方点评，用量异常预警。"),
        ("公共卫生科", "医生", "是娄珺", "general", "家庭医生签约数据虚报", "业务流程", "低风险", "随机电话回访核实。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "xundian_kedu_clinic_list", "http://365135.com/yunnan/kunming/24932.shtml",
        "镇卫生院 岗位廉政风险防控一览表, after the source's page on 寻甸回族彝族自治县 (3 街道, 9 镇, 4 乡, 撒米罗 "
        "caves, 清水海, 钟灵山): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def xundian_forestry_screening() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "吐卢翃", "leader", "生态修复项目", "钟灵山生态修复项目拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("资源管理股", "股长", "是娄沨", "middle", "采伐许可", "林木采伐许可现场核查不到位", "高", "现场核查两人签字。"),
        ("资源管理股", "股长", "是娄沨", "middle", "草原征占", "草原征占用审核材料把关不严", "中", "审核意见集体研究。"),
        ("林业站", "林业员", "吐卢琇", "general", "护林员考核", "生态护林员巡护记录不实", "中", "巡护轨迹与记录核对。"),
        ("林业站", "林业员", "吐卢琇", "general", "苗木领用", "造林苗木领用不登记", "低", "苗木出入库台账管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "xundian_forestry_screening",
        "https://www.newton.com.tw/wiki/%E7%B4%85%E8%BB%8D%E9%95%B7%E5%BE%81%E6%9F%AF%E6%B8%A1%E7%B4%80%E5%BF%B5%E9%A4%A8",
        "县林业和草原局 廉政风险点排查表, after the source's wiki page on the 紅軍長征柯渡紀念館 (its 占地面積, the 1983 "
        "listing): a title, 序号/股室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xundian_market_bureau_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "执法检查岗", "general", "牛干巴作坊检查走过场", "岗位职责风险", "Ⅰ级", "检查两人以上，全程记录。"),
        ("综合执法大队", "执法检查岗", "general", "案件查处降格处理", "业务流程风险", "Ⅰ级", "处罚案件集体审议。"),
        ("登记注册股", "窗口受理岗", "general", "经营主体登记材料审核不严", "制度机制风险", "Ⅱ级", "审核一次告知，网上留痕。"),
        ("登记注册股", "窗口受理岗", "general", "接受办事群众礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "会议培训经费报账不实", "外部环境风险", "Ⅲ级", "报账附通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "xundian_market_bureau_posts", "http://m.ipa361.com/index.php/Home/Baike/baikeshow/did/2279056.html",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's encyclopedia entry on 柯渡 (its name from "
        "“可渡”, the red army at 丹桂村): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def xundian_culture_tourism_group_rows() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "吐卢湲", "leader", [
                ("红色旅游线路打造项目指定承办单位", "一级风险", "承办单位政府采购。"),
                ("景区提升资金使用个人说了算", "一级风险", "资金使用集体研究，专账管理。"),
            ]),
        ]),
        ("二、文化市场综合执法大队", "文化市场综合执法大队", [
            ("大队长", "是娄澍", "middle", [
                ("娱乐场所违规经营查处放水", "二级风险", "查处结果集体审议，全程记录。"),
            ]),
        ]),
        ("三、图书馆", "图书馆", [
            ("馆长", "吐卢璠", "middle", [
                ("图书采购收取回扣", "二级风险", "采购公开比选，验收两人签字。"),
                ("免费开放补助资金报账不实", "三级风险", "据实报账，两人复核。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "xundian_culture_tourism_group_rows", "http://www.wenlvnews.com/p/502596.html",
        "县文化和旅游局 岗位廉政风险防控清单 under GROUP ROWS, after the source's report on 云南's red tourism (the 柯渡 "
        "memorial, its couplet, the 丹桂村 red town): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、局领导``, ``二、文化市场综合执法大队``, ``三、图书馆`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xundian_no1_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("是娄翾", "", "校长", "leader", [
            ("食堂大宗食材采购指定供应商", "高", "食材公开采购，膳食委员会监督。", "已落实"),
            ("教辅资料征订收取回扣", "中", "征订自愿，不统一代购。", "已落实"),
        ]),
        ("吐卢澈", "总务处", "干事", "general", [
            ("校舍零星维修不比价", "中", "维修三家比价，验收留痕。", "未发现问题"),
            ("实验器材入库登记不全", "低", "出入库台账每月核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xundian_no1_school_selfchecks", "https://1921.org.cn/chapter.html?c=20&id=5d2d1b7f3001147d83b77bc0",
        "县中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's chapter on 昆明's "
        "长征文化线路 (鲁口哨村, the 4·29 order issued in 寻甸): a title, a label row ``姓　名 | 职　务 | 填表日期`` over "
        "a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xundian_water_measure_rows_under_points(),
    xundian_kedu_town_list(),
    xundian_dangui_village_list(),
    xundian_kedu_clinic_list(),
    xundian_forestry_screening(),
    xundian_market_bureau_posts(),
    xundian_culture_tourism_group_rows(),
    xundian_no1_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1061-inbox"))

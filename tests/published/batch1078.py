"""The one-thousand-and-seventy-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 镇, 教育, 林草, 医院, 卫生院 and 学校 bodies of one
county-level city, 腾冲市 (保山市代管, 云南省) — its 腾越街道办事处, the 和顺镇人民政府, the 教育体育局,
the 林业和草原局, the 人民医院, the 界头镇卫生院, the 第一中学 and the 西源街道办事处 — each handing back
the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 腾越街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types under
  ``风险类别``, 高/中/低;
- the 和顺镇人民政府's 排查表: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column, a
  镇纪委意见 line;
- the 教育体育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类型``, ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 林业和草原局's 排查表: ``科室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 人民医院's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 界头镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、公共卫生科``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``tengchong_xiyuan_street_groups_second_sheet``: the 西源街道办事处's 清单, a list ``序号 | 科室 |
  岗位 | 风险点 | 防控措施`` with NO LEVEL COLUMN on its first sheet (``清单``), and on a SECOND sheet
  (``风险等级``) after a caption a small table grouping the list's numbers by level, its numbers'
  column named by the points it holds: ``风险级别 | 包含风险点`` over ``高 | 1、3、8``, ``中 | 2、4-6``,
  ``低 | 7``. The list has nine points: its number 9 is named by no group (the table was not
  brought up to date when the 9th point was added). Each point takes the level of the group naming
  its number; point 9 has none. A probe at HEAD read the same table under ``风险点序号`` on a second
  sheet right (TYPES_LEVELS_BY_STATISTICS, the 9 warned STATISTICS_NUMBER_UNMATCHED), but under
  ``包含风险点`` not at all: every point LEVEL_BLANK, the second sheet SHEET_NO_TABLE.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 腾冲 could be found: the pages are of the city, its 街道, its
古镇 和顺, its 高黎贡山 and its sights); the rows are worded by us, the names invented (the rare
compound surnames 阿典 and 古里甲); every unit is a body of 保山市腾冲市.

Run ``python tests/published/score.py --set batch1078`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file, a point's level is that of the group naming its 序号 (``4-6`` names 4, 5 and
  6), and a point no group names has no level (None); the table of levels is no point; its posts
  name no person (对岗不对人); the 科室 column is the 科室;
- ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 镇's people and the 中学's 校长
  have no 科室 where no column gives one; 街道办主任, 镇长, 镇党委书记, 局长, 副局长, 院长, 校长 are
  leaders; 股长, 科长, 主任 of a 科室 or of the 街道 middle; the rest general;
- the 人民医院's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no points;
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

PREFIX = "b1078_"
PLACE = "保山市腾冲市"
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

# the list: (科室, 岗位, tier, 风险点, 防控措施); the levels come from GROUPS by 序号
POINTS = [
    ("街道领导", "街道办主任", "leader", "城市更新项目实施单位个人指定", "项目实施单位经党工委会集体研究。"),
    ("街道领导", "街道办主任", "leader", "街道经费大额支出一人审批", "大额支出联签，按季公开。"),
    ("街道领导", "副主任", "leader", "古村落保护资金分配不公", "分配方案公示，群众监督。"),
    ("党政办公室", "主任", "middle", "公务接待超标准", "接待一事一单，按月公示。"),
    ("党政办公室", "主任", "middle", "公车使用登记不全", "公车使用一车一台账。"),
    ("社会事务办公室", "科员", "general", "临时救助审核不实", "入户核查两人以上，结果公示。"),
    ("社会事务办公室", "科员", "general", "慰问物资发放不登记", "物资发放签字登记。"),
    ("财政所", "会计", "general", "社区经费报账票据把关不严", "票据两人审核签字。"),
    ("财政所", "出纳", "general", "现金收入未及时入账", "收入日清日结。"),
]  # fmt: skip
GROUPS = [("高", "1、3、8"), ("中", "2、4-6"), ("低", "7")]


def group_levels(groups) -> dict[int, int]:
    """序号 → level of a table of levels ('中 | 2、4-6')."""
    out = {}
    for word, said in groups:
        for part in said.split("、"):
            a, _, b = part.partition("-")
            for n in range(int(a), int(b or a) + 1):
                assert n not in out, n
                out[n] = HML[word]
    return out


def tengchong_xiyuan_street_groups_second_sheet() -> dict:
    unit = f"{PLACE}西源街道办事处"
    t = _Truth(unit)
    sh = _Sheet("清单", [6, 16, 12, 40, 40])
    _line(sh, f"{unit}岗位廉政风险防控清单", 5)
    sh.add("序号", "科室", "岗位", "风险点", "防控措施")
    first = len(sh.rows)
    levels = group_levels(GROUPS)
    for n, (dept, post, tier, point, measures) in enumerate(POINTS, 1):
        sh.add(n, dept, post, point, measures)
        t.point(sh.name, dept, post, "", tier, point, [], levels.get(n))
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("填表人：", None, "审核人：", None, "2025年10月")
    key = _Sheet("风险等级", [12, 20])
    _line(key, "风险等级划分", 2)
    key.add("风险级别", "包含风险点")
    for word, said in GROUPS:
        key.add(word, said)
    return _layout(
        "tengchong_xiyuan_street_groups_second_sheet",
        "https://www.dhap.com.cn/info/1731/39642.htm",
        "(harder) 街道办事处 岗位廉政风险防控清单 with NO LEVEL COLUMN, its levels given on a SECOND sheet "
        "by a small table grouping the list's 序号, after the source's page 西源街道概況 (析置 from 腾越街道 "
        "in 2022, its 6 城市社区 and 5 农村社区, 董官村, the 西源城 of 南诏): sheet 清单 ``序号/科室 merged/"
        "岗位 merged/风险点/防控措施`` with nine points and a 填表人/审核人 line; sheet 风险等级 a caption "
        "``风险等级划分`` then ``风险级别 | 包含风险点`` over ``高 | 1、3、8``, ``中 | 2、4-6``, ``低 | 7`` "
        "(the 9 in no group); no names, no type column",
        [sh, key], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tengchong_tengyue_street_list() -> dict:
    unit = f"{PLACE}腾越街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "阿典珩", "leader", "老城区改造项目指定施工方", "思想道德风险", "高",
         "项目公开比选，党工委会集体研究。"),
        ("街道领导", "主任", "阿典珩", "leader", "街道资金支出一支笔审批", "制度机制风险", "高", "大额支出集体研究。"),
        ("党政综合办公室", "副主任", "古里甲澜", "middle", "办公用品采购不询价", "岗位职责风险", "中",
         "采购三家询价，留存记录。"),
        ("社会事务办公室", "工作人员", "阿典湄", "general", "低保对象审核把关不严", "业务流程风险", "中",
         "入户核查两人以上，结果公示。"),
        ("社会事务办公室", "工作人员", "阿典湄", "general", "收受服务对象礼品", "外部环境风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "tengchong_tengyue_street_list", "https://www.qbnews.cn/shucs/202509/645866.html",
        "街道办事处 岗位廉政风险防控清单, after the source's page 腾冲属于云南哪个市 (省直辖县级市, 保山市代管, "
        "a table of its 地理位置 and 行政级别; no page of 腾越街道 could be found): a title, 序号/科室 merged/"
        "岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def tengchong_heshun_town_screening() -> dict:
    unit = f"{PLACE}和顺镇人民政府"
    sh = _Sheet("排查表", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("镇党委书记", "古里甲琮", "leader", "古镇保护项目资金分配个人说了算", "一级",
         "资金分配党委会集体研究并公示。"),
        ("镇党委书记", "古里甲琮", "leader", "干部选任酝酿不充分", "一级", "严格执行选任程序。"),
        ("镇长", "阿典琪", "leader", "民居修缮工程验收把关不严", "二级", "验收邀请群众代表参加。"),
        ("民政助理员", "古里甲渟", "general", "困难群众救助评议不公开", "二级", "评议结果张榜公示。"),
        ("民政助理员", "古里甲渟", "general", "救灾物资发放不登记", "三级", "物资发放签字登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年10月", None, None)
    return _layout(
        "tengchong_heshun_town_screening",
        "http://jsyunling.com/news/content/2022-06/08/content_25175429_0.htm",
        "镇人民政府 廉政风险点排查表, after the source's photo page on 騰沖 and its 和順鎮 (a 僑鄉 of 6000 "
        "people, its 圖書館, 總兵府, 洗衣亭): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; a 镇纪委意见 line",
        [sh], t,
    )  # fmt: skip


def tengchong_education_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "阿典瑀", "leader", "校舍建设项目个人决定", "制度机制", "Ⅰ级", "项目党组会研究。"),
        ("局领导", "局长", "阿典瑀", "leader", "接受供应商宴请", "外部环境", "Ⅰ级", "签订廉洁承诺书。"),
        ("人事股", "股长", "古里甲璟", "middle", "教师调动审核不严", "岗位职责", "Ⅱ级", "调动经局务会集体审议。"),
        ("人事股", "股长", "古里甲璟", "middle", "职称评审走过场", "业务流程", "Ⅱ级", "评审结果公示。"),
        ("计财股", "会计", "阿典沅", "general", "学生资助资金发放不实", "思想道德", "Ⅲ级", "资助名单公示，按卡发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    return _layout(
        "tengchong_education_bureau_list", "http://xinmeisuyan.com/yunnan/tengchong_info.html",
        "市教育体育局 岗位廉政风险防控一览表, after the source's page on 騰沖 (12鎮5鄉2街道, 220個村(社區), its "
        "history from 益州郡 to 騰沖市 in 2015, its 高黎貢山 and 火山熱海): a title, 序号/股室 merged/职务 and "
        "姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` "
        "line",
        [sh], t,
    )  # fmt: skip


def tengchong_forestry_bureau_screening() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "古里甲珣", "leader", "天然林保护资金审核把关不严", "一级风险", "资金集体审核并公示。"),
        ("资源管理股", "股长", "阿典淇", "middle", "使用林地审核现场查验不实", "一级风险", "现场查验两人以上。"),
        ("资源管理股", "股长", "阿典淇", "middle", "林木采伐指标分配不公", "二级风险", "指标分配公开。"),
        ("森林防火办", "管理员", "古里甲漪", "general", "扑火物资采购不询价", "二级风险", "采购三家询价。"),
        ("森林防火办", "管理员", "古里甲漪", "general", "护林员工资发放不实", "三级风险", "按考勤发放并公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "tengchong_forestry_bureau_screening", "https://meipian.cn/576khxzk",
        "市林业和草原局 廉政风险点排查表, after the source's travel page on 腾冲 (高黎贡山 the 母亲山, 和顺古镇 "
        "a 5A 景区 since 2024): a title, 序号/科室/岗位/责任人 on EVERY row/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def tengchong_peoples_hospital_posts() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("设备科", "采购岗", "general", "医疗设备采购设置倾向性参数", "岗位职责风险", "高风险",
         "参数论证集体研究，采购公开。"),
        ("设备科", "采购岗", "general", "医用耗材验收不严", "业务流程风险", "高风险", "验收两人签字。"),
        ("药剂科", "药品采购岗", "general", "收受药品回扣", "思想道德风险", "中风险", "药品网上集中采购。"),
        ("药剂科", "药品采购岗", "general", "药品库存账实不符", "制度机制风险", "中风险", "按月盘点对账。"),
        ("财务科", "收费岗", "general", "医保结算数据不实", "外部环境风险", "低风险", "结算数据按月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "tengchong_peoples_hospital_posts",
        "http://zh.m.wiki.x.io/wiki/%E8%85%BE%E5%86%B2%E5%B8%82",
        "市人民医院 岗位廉政风险防控清单 对岗不对人, after the source's encyclopaedia page on 腾冲市 (治腾越街道, "
        "5697 平方千米, 行政区划代码 530581, its history; no page of the city's hospital could be found): a "
        "title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def tengchong_jietou_clinic_group_rows() -> dict:
    unit = f"{PLACE}界头镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "古里甲瑾", "leader", [
                ("医疗设备采购个人决定", "高", "采购院务会研究，公开比选。"),
                ("职工绩效分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科员", "阿典璐", "general", [
                ("慢病随访数据弄虚作假", "中", "随访结果随机电话回访。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "古里甲琛", "general", [
                ("现金收入不及时入账", "中", "收入日清日结，按月对账。"),
                ("退费不经审批", "低", "退费经科室负责人签字。"),
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
    sh.add("填表：", None, "审核：", None, "2025年10月", None)
    return _layout(
        "tengchong_jietou_clinic_group_rows", "https://meipian.cn/4syxvbgy",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's travel page on 腾冲 (极边第一城, "
        "胡焕庸线, 绮罗 and 董官村; no page of 界头镇 nor of its 卫生院 could be found): a title, 序号/岗位/"
        "姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、院领导``, ``二、公共卫生科``, "
        "``三、收费室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tengchong_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("阿典琰", "", "校长", "leader", [
            ("食堂食材采购指定供应商", "一级", "食材公开招标，家委会参与验收。", "已落实"),
            ("评优评先推荐不公开", "二级", "推荐结果校内公示。", "已落实"),
        ]),
        ("古里甲玮", "教务处", "干事", "general", [
            ("学籍信息变更把关不严", "二级", "学籍变更两人审核。", "未发现问题"),
            ("教辅资料征订收取回扣", "三级", "教辅资料自愿征订，不经手费用。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年10月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tengchong_no1_middle_school_selfchecks", "https://meipian.cn/59wi3ua0",
        "市第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "travel page 云南腾冲 (极边第一城, 国殇墓园, 火山地质公园, 热海; no page of a 腾冲 school could be "
        "found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tengchong_xiyuan_street_groups_second_sheet(),
    tengchong_tengyue_street_list(),
    tengchong_heshun_town_screening(),
    tengchong_education_bureau_list(),
    tengchong_forestry_bureau_screening(),
    tengchong_peoples_hospital_posts(),
    tengchong_jietou_clinic_group_rows(),
    tengchong_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1078-inbox"))

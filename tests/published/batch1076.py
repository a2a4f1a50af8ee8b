"""The one-thousand-and-seventy-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 乡, 自然资源, 林草, 医院, 卫生院, 学校 and 镇 bodies of
one county, 元江县 (玉溪市, 云南省; 元江哈尼族彝族傣族自治县) — its 澧江街道办事处, the 那诺乡人民政府,
the 自然资源局, the 林业和草原局, the 人民医院, the 羊街乡卫生院, the 第一中学 and the 因远镇人民政府 —
each handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 澧江街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 那诺乡人民政府's 排查表: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 自然资源局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 林业和草原局's 排查表: ``科室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 人民医院's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 羊街乡卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、医务科``, ``三、药房`` (no 科室 column),
  ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``yuanjiang_yinyuan_town_levels_by_group``: the 因远镇人民政府's 清单 in two sheets, each a list
  ``序号 | (站所 |) 岗位 | 风险点 | 防控措施`` with NO LEVEL COLUMN and, BELOW it on the same sheet
  after a caption, a small table grouping the list's numbers by level: on the 镇机关 sheet
  ``风险等级划分`` over ``风险等级 | 风险点序号`` and ``高风险 | 第1、3、8项``, ``中风险 | 第2、4至6、9项``,
  ``低风险 | 第7、10项``; on the 站所 sheet ``风险等级：`` over ``风险级别 | 包含风险点`` and
  ``一级 | 1、3``, ``二级 | 2、4-6``, ``三级 | 7``. Each point takes the level of the group naming its
  number. A probe at HEAD read ``1、3、8`` / ``2、4-6`` under ``风险点序号`` right (LEVEL_BY_NUMBER,
  on the same sheet or a second), but ``第1、3、8项`` as number 3 alone (``第2、4至6项`` as 4), a
  numbers column headed ``包含风险点`` not at all, and a group naming one number the list lacks as
  no table of levels at all: every point without a level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 元江 could be found: the pages are of the county, its towns,
its 梯田, its history and sights); the rows are worded by us, the names invented (the rare
compound surnames 蒲鲜 and 斡勒); every unit is a body of 玉溪市元江县.

Run ``python tests/published/score.py --set batch1076`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file, a point's level is that of the group naming its 序号 (``第4至6项`` names 4, 5
  and 6); the table of levels is no point; its posts name no person (对岗不对人); the 站所 column
  is the 科室; the 镇机关 sheet's posts have no 科室;
- ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 乡's people and the 中学's 校长
  have no 科室 where no column gives one; 街道办主任, 乡长, 镇长, 副镇长, 局长, 副局长, 乡党委书记, 院长,
  校长 are leaders; 股长, 站长, 所长, 主任 of a 科室 or of the 镇 middle; the rest general;
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

PREFIX = "b1076_"
PLACE = "玉溪市元江县"
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

# the 镇机关 sheet: (岗位, tier, 风险点, 防控措施); the levels come from OFFICE_GROUPS by 序号
OFFICE = [
    ("镇长", "leader", "重点项目实施单位个人指定", "项目实施单位经党委会集体研究。"),
    ("镇长", "leader", "镇级财政资金审批把关不严", "大额资金联签，按季公开。"),
    ("副镇长", "leader", "芒果产业扶持资金分配不公", "分配方案公示，群众监督。"),
    ("副镇长", "leader", "农村建房审批降低条件", "建房审批两人现场核查。"),
    ("党政办主任", "middle", "公务接待超标准", "接待一事一单，按月公示。"),
    ("党政办主任", "middle", "办公用品采购不询价", "采购三家询价，留存记录。"),
    ("会计", "general", "报账票据审核不严", "票据两人审核签字。"),
    ("会计", "general", "专项资金挤占挪用", "专款专用，按月对账。"),
    ("出纳", "general", "公款私存", "资金一律存入单位账户。"),
    ("出纳", "general", "现金未及时入账", "收入日清日结。"),
]  # fmt: skip
OFFICE_GROUPS = [("高风险", "第1、3、8项"), ("中风险", "第2、4至6、9项"), ("低风险", "第7、10项")]

# the 站所 sheet: (站所, 岗位, tier, 风险点, 防控措施); the levels from STATION_GROUPS by 序号
STATIONS = [
    ("农业农村服务中心", "主任", "middle", "农业补贴面积核实不实", "补贴面积入户核实并公示。"),
    ("农业农村服务中心", "主任", "middle", "农业项目验收走过场", "验收两人以上到场，留存影像。"),
    ("农业农村服务中心", "农技员", "general", "良种发放优亲厚友", "发放名单公示，签字领取。"),
    ("财政所", "所长", "middle", "惠民资金拨付不及时", "资金一卡通发放，按月对账。"),
    ("财政所", "报账员", "general", "村级报账票据把关不严", "票据两人审核。"),
    ("林业站", "站长", "middle", "林木采伐审核不严", "采伐申请现场核查，结果公示。"),
    ("林业站", "管护员", "general", "护林员考勤弄虚作假", "考勤按月公示，随机抽查。"),
]  # fmt: skip
STATION_GROUPS = [("一级", "1、3"), ("二级", "2、4-6"), ("三级", "7")]
GROUP_LEVELS = {**HIGHS, **GRADES}


def group_levels(groups) -> dict[int, int]:
    """序号 → level of a table of levels ('中风险 | 第2、4至6、9项', '二级 | 2、4-6')."""
    out = {}
    for word, said in groups:
        for part in said.strip("第项").split("、"):
            a, _, b = part.replace("至", "-").partition("-")
            for n in range(int(a), int(b or a) + 1):
                assert n not in out, n
                out[n] = GROUP_LEVELS[word]
    return out


def yuanjiang_yinyuan_town_levels_by_group() -> dict:
    unit = f"{PLACE}因远镇人民政府"
    t = _Truth(unit)
    office = _Sheet("镇机关", [6, 14, 40, 40])
    _line(office, f"{unit}机关岗位廉政风险防控清单", 4)
    office.add("序号", "岗位", "风险点", "防控措施")
    first = len(office.rows)
    levels = group_levels(OFFICE_GROUPS)
    for n, (post, tier, point, measures) in enumerate(OFFICE, 1):
        office.add(n, post, point, measures)
        t.point(office.name, "", post, "", tier, point, [], levels[n])
    _merge_down(office, first, [(1, lambda row: row[1])])
    office.add(None, None, None, None)
    office.add("风险等级划分", None, None, None)
    office.add("风险等级", "风险点序号", None, None)
    for word, said in OFFICE_GROUPS:
        office.add(word, said, None, None)
    stations = _Sheet("站所", [6, 16, 14, 38, 36])
    _line(stations, f"{unit}站所岗位廉政风险防控清单", 5)
    stations.add("序号", "站所", "岗位", "风险点", "防控措施")
    first = len(stations.rows)
    levels = group_levels(STATION_GROUPS)
    for n, (dept, post, tier, point, measures) in enumerate(STATIONS, 1):
        stations.add(n, dept, post, point, measures)
        t.point(stations.name, dept, post, "", tier, point, [], levels[n])
    _merge_down(stations, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    stations.add(None, None, None, None, None)
    stations.add("风险等级：", None, None, None, None)
    stations.add("风险级别", "包含风险点", None, None, None)
    for word, said in STATION_GROUPS:
        stations.add(word, said, None, None, None)
    return _layout(
        "yuanjiang_yinyuan_town_levels_by_group",
        "https://ja-two.iwiki.icu/wiki/%E5%85%83%E6%B1%9F",
        "(harder) 镇人民政府 岗位廉政风险防控清单 in two sheets with NO LEVEL COLUMN, each list followed on "
        "its sheet by a small table grouping its 序号 by level, after the source's encyclopaedia page on "
        "元江 (区划代码 530428; 街道 紅河, 澧江, 甘荘; 鎮 曼来, 因遠; no page of 因远镇 could be found): "
        "镇机关 ``序号/岗位 merged/风险点/防控措施`` then ``风险等级划分`` and ``风险等级 | 风险点序号`` over "
        "``高风险 | 第1、3、8项``, ``中风险 | 第2、4至6、9项``, ``低风险 | 第7、10项``; 站所 ``序号/站所 "
        "merged/岗位 merged/风险点/防控措施`` then ``风险等级：`` and ``风险级别 | 包含风险点`` over "
        "``一级 | 1、3``, ``二级 | 2、4-6``, ``三级 | 7``; no names, no type column",
        [office, stations], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuanjiang_lijiang_street_list() -> dict:
    unit = f"{PLACE}澧江街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "蒲鲜珩", "leader", "老旧小区改造项目指定施工方", "思想道德风险", "高",
         "项目公开比选，党工委会集体研究。"),
        ("街道领导", "主任", "蒲鲜珩", "leader", "街道经费支出一支笔审批", "制度机制风险", "高", "大额支出集体研究。"),
        ("党政综合办公室", "副主任", "斡勒澜", "middle", "公车加油费虚报", "岗位职责风险", "中",
         "加油卡专车专用，按月公示。"),
        ("社会事务办公室", "工作人员", "蒲鲜湄", "general", "临时救助对象审核不实", "业务流程风险", "中",
         "入户核查两人以上，结果公示。"),
        ("社会事务办公室", "工作人员", "蒲鲜湄", "general", "收受救助对象礼品", "外部环境风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "yuanjiang_lijiang_street_list",
        "https://zhwiki.oracleblog.org/zh-tw/%E5%85%83%E6%B1%9F%E5%93%88%E5%B0%BC%E6%97%8F%E5%BD%9D%E6%97%8F%E5%82%A3%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8E%BF",
        "街道办事处 岗位廉政风险防控清单, after the source's encyclopaedia page on 元江哈尼族彝族傣族自治縣 "
        "(政府駐地 澧江街道, its area, population, climate table; no page of 澧江街道 could be found): a "
        "title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def yuanjiang_nanuo_township_screening() -> dict:
    unit = f"{PLACE}那诺乡人民政府"
    sh = _Sheet("排查表", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("乡党委书记", "斡勒琮", "leader", "梯田保护项目资金分配个人说了算", "一级",
         "资金分配党委会集体研究并公示。"),
        ("乡党委书记", "斡勒琮", "leader", "干部选任酝酿不充分", "一级", "严格执行选任程序。"),
        ("乡长", "蒲鲜琪", "leader", "乡村道路工程验收把关不严", "二级", "验收邀请群众代表参加。"),
        ("民政助理员", "斡勒渟", "general", "低保评议不公开", "二级", "评议结果张榜公示。"),
        ("民政助理员", "斡勒渟", "general", "救灾物资发放不登记", "三级", "物资发放签字登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("乡纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "yuanjiang_nanuo_township_screening", "https://lvyou.huochengrm.cn/post/45378.html",
        "乡人民政府 廉政风险点排查表, after the source's travel page on 元江 (天然温室, 芒果 and 荔枝, 那诺梯田, "
        "红河谷热海, the 世界第一高桥): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; a 乡纪委意见 line",
        [sh], t,
    )  # fmt: skip


def yuanjiang_natural_resources_bureau_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "蒲鲜瑀", "leader", "矿业权出让方案个人决定", "制度机制", "Ⅰ级", "出让方案党组会研究。"),
        ("局领导", "局长", "蒲鲜瑀", "leader", "接受矿山企业宴请", "外部环境", "Ⅰ级", "签订廉洁承诺书。"),
        ("国土空间规划股", "股长", "斡勒璟", "middle", "规划条件变更审查不严", "岗位职责", "Ⅱ级",
         "变更经规委会集体审议。"),
        ("国土空间规划股", "股长", "斡勒璟", "middle", "规划核实走过场", "业务流程", "Ⅱ级", "核实两人到场，留存影像。"),
        ("不动产登记中心", "登记员", "蒲鲜沅", "general", "登记资料审查疏漏", "思想道德", "Ⅲ级", "登记实行初审复审。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    return _layout(
        "yuanjiang_natural_resources_bureau_list",
        "http://www.qoglrgh.com.cn/yxs/sxqjjnew/20250414/577439.html",
        "县自然资源局 岗位廉政风险防控一览表, after the source's page of the 玉溪市人民政府 on 元江县 (5乡2镇3街道, "
        "its 镍 and 21 kinds of minerals, 2858 平方公里, 山区 96.8%): a title, 序号/股室 merged/职务 and 姓名 "
        "merged per person/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yuanjiang_forestry_bureau_screening() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "斡勒珣", "leader", "生态公益林补偿资金审核把关不严", "一级风险", "补偿资金集体审核并公示。"),
        ("资源管理股", "股长", "蒲鲜淇", "middle", "使用林地审核现场查验不实", "一级风险", "现场查验两人以上。"),
        ("资源管理股", "股长", "蒲鲜淇", "middle", "林木采伐限额分配不公", "二级风险", "限额分配公开。"),
        ("森林防火办", "管理员", "斡勒漪", "general", "防火物资采购不询价", "二级风险", "采购三家询价。"),
        ("森林防火办", "管理员", "斡勒漪", "general", "护林员补助发放不实", "三级风险", "补助按考勤发放并公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "yuanjiang_forestry_bureau_screening", "http://m.gethgdk.com/hebeideji/7281662435768188982.html",
        "县林业和草原局 廉政风险点排查表, after the source's page on 元江哈尼族彝族傣族自治縣 (its bounds, 2858 "
        "平方千米, 5鄉2鎮3街道, 哀牢山, the 元江 river, its history from 惠籠甸 to 1980): a title, 序号/科室/"
        "岗位/责任人 on EVERY row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yuanjiang_peoples_hospital_posts() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("设备科", "采购岗", "general", "医疗设备采购参数设置倾向性条款", "岗位职责风险", "高风险",
         "参数论证集体研究，采购公开。"),
        ("设备科", "采购岗", "general", "耗材验收不严", "业务流程风险", "高风险", "验收两人签字。"),
        ("药剂科", "药品采购岗", "general", "收受药品回扣", "思想道德风险", "中风险", "药品网上集中采购。"),
        ("药剂科", "药品采购岗", "general", "药品出入库账实不符", "制度机制风险", "中风险", "按月盘点对账。"),
        ("财务科", "收费岗", "general", "医保基金结算数据不实", "外部环境风险", "低风险", "结算数据按月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "yuanjiang_peoples_hospital_posts", "https://drbdp.com/4-8678059.html",
        "县人民医院 岗位廉政风险防控清单 对岗不对人, after the source's short page on 元江哈尼族彝族傣族自治县 "
        "(哀牢山, 热带河谷, 芒果 and 荔枝, 火把节; no page of the county's hospital could be found): a "
        "title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yuanjiang_yangjie_clinic_group_rows() -> dict:
    unit = f"{PLACE}羊街乡卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "斡勒瑾", "leader", [
                ("医疗设备采购个人决定", "高", "采购院务会研究，公开比选。"),
                ("职工绩效分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、医务科", "医务科", [
            ("科员", "蒲鲜璐", "general", [
                ("医疗纠纷处理收受好处", "中", "纠纷处理两人以上参加，留存记录。"),
            ]),
        ]),
        ("三、药房", "药房", [
            ("药剂员", "斡勒琛", "general", [
                ("药品出入库登记不全", "中", "出入库按日登记，按月盘点。"),
                ("过期药品处置不规范", "低", "过期药品集中销毁，留存影像。"),
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
        "yuanjiang_yangjie_clinic_group_rows", "http://m.dili360.com/article/p53cf2089c3ee342.htm",
        "乡卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on the 哈尼梯田 of the 哀牢山 "
        "(元江县's 那诺 and 羊街 观音梯田 among the best; no page of 羊街乡 nor of its 卫生院 could be found): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、院领导``, ``二、医务科``, "
        "``三、药房`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yuanjiang_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("蒲鲜琰", "", "校长", "leader", [
            ("学生营养餐食材采购指定供应商", "一级", "食材公开招标，家委会参与验收。", "已落实"),
            ("教师职称推荐不公开", "二级", "推荐结果校内公示。", "已落实"),
        ]),
        ("斡勒玮", "教务处", "干事", "general", [
            ("学籍信息变更把关不严", "二级", "学籍变更两人审核。", "未发现问题"),
            ("教辅资料征订收取回扣", "三级", "教辅资料自愿征订，不经手费用。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yuanjiang_no1_middle_school_selfchecks", "http://cnenc.net/b3754448.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "encyclopaedia entry on 它克村 of 元江县 (its 村民小组, 它克崖画, the 文星阁 stele; no page of a 元江 "
        "school could be found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, "
        "then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuanjiang_yinyuan_town_levels_by_group(),
    yuanjiang_lijiang_street_list(),
    yuanjiang_nanuo_township_screening(),
    yuanjiang_natural_resources_bureau_list(),
    yuanjiang_forestry_bureau_screening(),
    yuanjiang_peoples_hospital_posts(),
    yuanjiang_yangjie_clinic_group_rows(),
    yuanjiang_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1076-inbox"))

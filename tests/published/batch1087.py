"""The one-thousand-and-eighty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫生院, 学校, 自然资源, 财政 and 水务 bodies of one
county, 永德县 (临沧市, 云南省) — its 德党镇人民政府, the 永康镇人民政府, the 亚练乡亚练村民委员会, the
大雪山乡卫生院, the 永德县第一中学, the 自然资源局, the 财政局 and the 水务局 — each handing back the
一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 德党镇人民政府's 一览表: ``站所`` merged, ``岗位 | 姓名`` merged per person, short types under
  ``风险类型``, 高/中/低 under ``风险等级``;
- the 永康镇人民政府's 清单: ``岗位 | 姓名`` on every row, ``一级/二级/三级`` under ``风险级别``, no
  type column, ``防范措施``, a 镇纪委审核意见 line;
- the 亚练村民委员会's 清单: ``职务 | 姓名`` merged per person, ``…风险`` types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``备注：`` line;
- the 大雪山乡卫生院's 排查表 under GROUP ROWS ``一、院领导``, ``二、公共卫生科``, ``三、药房`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``高风险/中风险/低风险``, no type column;
- the 第一中学's 清单 对岗不对人: ``部门`` and ``岗位`` merged, 高/中/低, no type column, no names;
- the 自然资源局's 排查表: ``股室 | 职务 | 责任人`` on every row, ``…风险`` types, ``一级风险/二级风险/
  三级风险``, a 填表人/审核人 line;
- the 财政局's 自查表, one sheet a person: ``姓　名 | 科　室 | 职　务`` over a row of values, 一级/二级/
  三级, ``防控措施 | 自查情况``.

One is harder:

- ``yongde_water_bureau_level_table_across``: the 水务局's 清单 with NO level column; under it, on
  the same sheet, after a blank row and a caption ``风险等级对照表``, a table of levels LAID
  ACROSS: the levels as column headings, ``风险等级 | 一级 | 二级 | 三级`` (the label merged over
  the list's first two columns), and under them the list's 序号 each level takes,
  ``对应序号 | 1、2、5 | 3、6、8 | 4、7、9``. Each point takes the level whose column names its
  number. The assigned kind was probed first (the same table unmerged at A, with and without a
  caption and blank row, with 高/中/低 and with ``风险级别 | 风险点编号`` over ``一级风险…``): every
  probe set the table aside as a key of levels (LEVEL_KEY_UNDER_LIST) and left every point
  without a level (LEVEL_BLANK) — the upright table ``风险等级 | 对应序号`` is read, the table laid
  across is not. The assigned kind was taken.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 永德 could be found: the pages are of the county, its
history, its towns and its 大雪山 reserve); the rows are worded by us, the names invented (the
rare compound surnames 石抹 and 术甲); every unit is a body of 临沧市永德县.

Run ``python tests/published/score.py --set batch1087`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point takes the level of the column of the table laid across that
  names its 序号; the table's two rows and its caption are no points;
- ``局领导``, ``院领导`` are the 科室 of the leaders; the 镇's and the 村's people have no 科室 where no
  column gives one; the 镇's ``站所`` are their 科室; the 财政局's ``预算股股长`` is the 股长 of the
  科室 预算股 (its ``科　室`` cell); 镇长, 副镇长, 党委书记, 局长, 副局长, 院长, 校长, 副校长, 村党总支书记
  are leaders; 股长, 站长, 所长, 主任 of a 科室 or 部门 the middle; the rest (the 村委会主任 too, as
  earlier batches have him) general;
- the 第一中学's list names no person: its forms are posts; ``自查情况`` is no point;
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

PREFIX = "b1087_"
PLACE = "临沧市永德县"
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

# the list: (股室, 岗位, 姓名, tier, 廉政风险点, 防控措施), numbered 1… in order
WATER = [
    ("局领导", "局长", "石抹骁", "leader", "水利工程项目招标干预",
     "招标全程进入公共资源交易平台，党组会集体研究。"),
    ("局领导", "局长", "石抹骁", "leader", "工程变更签证个人说了算", "变更经专家论证、集体研究后报批。"),
    ("局领导", "副局长", "术甲岚", "leader", "农村饮水安全项目验收把关不严", "验收组三人以上，结果公示。"),
    ("水政监察股", "股长", "石抹清远", "middle", "河道采砂执法选择性处罚",
     "执法全程记录，处罚决定集体审议。"),
    ("水政监察股", "股长", "石抹清远", "middle", "取水许可审查放宽条件", "许可材料两人审查，限时办结。"),
    ("农村水利股", "技术员", "术甲琛", "general", "小型水利设施补助资金虚报冒领",
     "补助对象村级公示，资金直达。"),
    ("农村水利股", "技术员", "术甲琛", "general", "接受施工单位宴请", "签订廉洁承诺书，定期回访。"),
    ("办公室", "会计", "石抹瑶", "general", "报账票据审核不严", "票据两级审核，按月对账。"),
    ("办公室", "会计", "石抹瑶", "general", "办公用品采购虚开发票", "采购入库两人验收登记。"),
]  # fmt: skip
# the table of levels laid across under it: the levels as headings, the 序号 under each
WATER_ACROSS = [("一级", "1、2、5"), ("二级", "3、6、8"), ("三级", "4、7、9")]


def _water_levels() -> dict[int, int]:
    """Each 序号's level: the column of the table laid across that names it."""
    return {int(n): GRADES[word] for word, said in WATER_ACROSS for n in said.split("、")}


def yongde_water_bureau_level_table_across() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("清单", [6, 14, 10, 12, 36, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施")
    levels = _water_levels()
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, measures) in enumerate(WATER, 1):
        sh.add(n, dept, post, who, point, measures)
        t.point(sh.name, dept, post, who, tier, point, [], levels[n])
    _per_person(sh, first, 1, 2, 3)
    sh.add(None, None, None, None, None, None)
    _line(sh, "风险等级对照表", 6)
    for label, cells in (("风险等级", [w for w, _ in WATER_ACROSS]),
                         ("对应序号", [s for _, s in WATER_ACROSS])):  # fmt: skip
        r = sh.add(label, None, *cells, None)
        sh.merge(r, 0, r, 1)
    sh.add("填表人：", None, "审核人：", None, "2025年10月", None)
    return _layout(
        "yongde_water_bureau_level_table_across", "http://www.wenlvnews.com/p/3720.html",
        "(harder) 县水务局 岗位廉政风险防控清单 with NO level column, after the source's travel page on the "
        "永德大雪山 reserve (its forest and the rivers it parts between the 澜沧江 and the 怒江; no page of "
        "the county's 水务局 could be found): a title, 序号/股室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/防控措施; a blank row, a caption ``风险等级对照表``, then a table of levels LAID "
        "ACROSS: ``风险等级 | 一级 | 二级 | 三级`` over ``对应序号 | 1、2、5 | 3、6、8 | 4、7、9`` (the labels "
        "merged over two columns); a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yongde_dedang_town_list() -> dict:
    unit = f"{PLACE}德党镇人民政府"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "站所", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "术甲知远", "leader", "集镇建设项目插手干预", "思想道德", "高",
         "项目公开比选，党委会集体研究。"),
        ("镇领导", "党委书记", "术甲知远", "leader", "干部选拔任用个人说了算", "制度机制", "高",
         "民主推荐，结果公示。"),
        ("镇领导", "副镇长", "石抹珂", "leader", "芒果产业扶持资金分配不公", "岗位职责", "中",
         "扶持对象公示，资金直达农户。"),
        ("农业农村服务中心", "站长", "术甲瑜", "middle", "良种补贴面积核实不实", "业务流程", "中",
         "补贴面积入户核实，张榜公示。"),
        ("财政所", "会计", "石抹琳", "general", "惠农资金拨付迟延截留", "岗位职责", "高",
         "资金一卡通发放，按月对账。"),
        ("财政所", "会计", "石抹琳", "general", "接受报账单位吃请", "外部环境", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "yongde_dedang_town_list", "https://363616.com/article/302235.html",
        "镇人民政府 岗位廉政风险防控一览表, after the source's encyclopaedia page on 永德县 (its 3 镇 and 7 "
        "乡, the county seat 德党镇 that gave the county half its name, its mangoes and sugar cane): a "
        "title, 序号/``站所`` merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def yongde_yongkang_town_list() -> dict:
    unit = f"{PLACE}永康镇人民政府"
    sh = _Sheet("清单", [6, 16, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "主要风险点", "风险级别", "防范措施")
    rows = [
        ("镇长", "石抹瀚", "leader", "镇级工程结算个人说了算", "一级", "结算经审计后党委会研究。"),
        ("镇长", "石抹瀚", "leader", "集体林权流转干预", "二级", "流转公开进行，村民代表会议决定。"),
        ("副镇长", "术甲珏", "leader", "低保评审优亲厚友", "一级", "评审结果张榜公示。"),
        ("民政办工作人员", "石抹沅", "general", "临时救助审核不严", "二级", "救助对象入户核实，公示。"),
        ("民政办工作人员", "石抹沅", "general", "泄露救助对象信息", "三级", "信息查阅登记，签订保密承诺。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委审核意见：", None, None, "2025年10月", None, None)
    return _layout(
        "yongde_yongkang_town_list", "http://wkkk.net/book/chapter/40511/1.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's book page of the county's history (its 序 by "
        "the county head: 石赕 of the 哀牢 kingdom, the 镇康 of the 明 and 清, 永德 since 1964): a title, "
        "序号/岗位/姓名 on every row/主要风险点/风险级别 ``一级/二级/三级``/防范措施; no type column; a "
        "镇纪委审核意见 line",
        [sh], t,
    )  # fmt: skip


def yongde_yalian_village_list() -> dict:
    unit = f"{PLACE}亚练乡亚练村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 38, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "术甲渝", "leader", "村级道路项目指定施工队", "外部环境风险", "Ⅰ级",
         "项目村民代表会议决定，结果公示。"),
        ("村党总支书记", "术甲渝", "leader", "集体山林发包不公开", "制度机制风险", "Ⅰ级", "发包公开竞价。"),
        ("村委会主任", "石抹瑜", "general", "危房改造对象评议不公", "思想道德风险", "Ⅱ级", "评议结果张榜公示。"),
        ("村委会主任", "石抹瑜", "general", "杏子种植补贴申报不实", "业务流程风险", "Ⅱ级", "申报材料逐户核实。"),
        ("报账员", "术甲琇", "general", "村级报账票据不规范", "岗位职责风险", "Ⅲ级", "票据经村务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "备注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "yongde_yalian_village_list", "https://newton.com.tw/wiki/%E4%BA%9E%E7%B7%B4%E9%84%89",
        "村民委员会 岗位廉政风险防控清单, after the source's encyclopaedia page on 亚练乡 (its 11 行政村, its "
        "name 'where the kapok blooms', its apricots; no page of the 村 itself could be found): a title, "
        "序号/职务 and 姓名 merged per person/廉政风险点/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; a ``备注：`` line",
        [sh], t,
    )  # fmt: skip


def yongde_daxueshan_clinic_group_rows() -> dict:
    unit = f"{PLACE}大雪山乡卫生院"
    sh = _Sheet("排查表", [6, 12, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "石抹瑄", "leader", [
                ("药品耗材采购个人决定", "高风险", "采购院务会研究，公开采购。"),
                ("绩效工资分配不公开", "中风险", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科长", "术甲玳", "middle", [
                ("基本公卫服务数据造假", "中风险", "服务记录随机电话回访。"),
            ]),
        ]),
        ("三、药房", "药房", [
            ("药剂员", "石抹琇", "general", [
                ("药品出入库不登记", "高风险", "出入库双人核对，月末盘点。"),
                ("收受药品推销人员好处", "低风险", "推销人员不得进入药房。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年10月", None)
    return _layout(
        "yongde_daxueshan_clinic_group_rows",
        "https://newton.com.tw/wiki/%E5%A4%A7%E9%9B%AA%E5%B1%B1%E6%A3%AE%E6%9E%97%E5%85%AC%E5%9C%92",
        "乡卫生院 廉政风险点排查表 under GROUP ROWS, after the source's encyclopaedia page on the 大雪山 "
        "forest park of 永德 (its 17,541 公顷, its waterfall on the 南汀河 in 大雪山乡; no page of the 乡 "
        "nor of its 卫生院 could be found): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/"
        "低风险``/防控措施, group rows ``一、院领导``, ``二、公共卫生科``, ``三、药房`` merged across; 岗位 and "
        "姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yongde_no1_middle_school_posts() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("清单", [6, 12, 14, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "部门", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "leader", "校舍维修工程指定施工方", "高", "工程比选，校务会集体研究。"),
        ("校长室", "副校长", "leader", "教师评优推荐不公开", "中", "推荐条件和结果公示。"),
        ("总务处", "主任", "middle", "食堂大宗物资采购收受回扣", "高", "物资公开招标，家委会参与验收。"),
        ("总务处", "主任", "middle", "校产出租不报批", "低", "出租报批公示。"),
        ("教务处", "干事", "general", "招生录取信息违规变更", "中", "变更两人审核，留痕备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "yongde_no1_middle_school_posts",
        "https://baike.baidu.hk/item/%E6%B0%B8%E5%BE%B7%E5%A4%A7%E9%9B%AA%E5%B1%B1%E8%87%AA%E7%84%B6"
        "%E4%BF%9D%E8%AD%B7%E5%8D%80/6611308",
        "县第一中学 岗位廉政风险防控清单 对岗不对人, after the source's encyclopaedia page on the 永德大雪山 "
        "national reserve (made 1986, national since 2006, its 西黑冠长臂猿; no page of a 永德 school could "
        "be found): a title, 序号/部门 merged/岗位 merged per post/风险点/风险等级 高/中/低/防控措施; no type "
        "column, no names",
        [sh], t,
    )  # fmt: skip


def yongde_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "职务", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "术甲瑛", "leader", "土地出让条件量身定制", "制度机制风险", "一级风险",
         "出让方案集体研究，公开挂牌。"),
        ("国土空间规划股", "股长", "石抹琦", "middle", "规划条件违规调整", "岗位职责风险", "一级风险",
         "规划调整论证公示。"),
        ("国土空间规划股", "股长", "石抹琦", "middle", "泄露规划信息", "思想道德风险", "二级风险",
         "信息查阅登记。"),
        ("不动产登记中心", "登记员", "术甲玟", "general", "登记材料审查不严", "业务流程风险", "二级风险",
         "初审复审分离。"),
        ("不动产登记中心", "登记员", "术甲玟", "general", "为中介介绍业务收受好处", "外部环境风险",
         "三级风险", "办事流程公开，签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年10月", None)
    return _layout(
        "yongde_natural_resources_screening", "https://qinglite.cn/doc/f0092020651557f8ce546",
        "县自然资源局 廉政风险点排查表, after the source's place-name page on 乌木龙彝族乡 of 永德 (its name "
        "from the 彝 for a hollow with water, its 10 行政村; no page of the county's 自然资源局 could be "
        "found): a title, 序号/股室/职务/责任人 on EVERY row/风险点/风险类型 ``…风险``/风险等级 ``一级风险/"
        "二级风险/三级风险``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yongde_finance_bureau_selfchecks() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    people = [
        ("石抹瑾", "局领导", "局长", "leader", [
            ("财政资金分配个人说了算", "一级", "资金分配党组会集体研究。", "已落实"),
            ("政府采购干预供应商选择", "二级", "采购依法公开进行。", "已落实"),
        ]),
        ("术甲瑭", "预算股", "股长", "middle", [
            ("预算追加审核不严", "二级", "追加两级审核，报党组研究。", "未发现问题"),
            ("违规调整预算科目", "一级", "调整按程序报批。", "已落实"),
            ("预算资料保管不善", "三级", "资料专柜保管，查阅登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "科　室", "职　务", None, None)
        sh.add(who, dept, post, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yongde_finance_bureau_selfchecks", "http://m.baike.quwen5.cn/item/280878.html",
        "县财政局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "encyclopaedia page on the 永德大雪山 reserve (its 3,429 m peak, its core and buffer zones; no page "
        "of the county's 财政局 could be found): a title, a label row ``姓　名 | 科　室 | 职　务`` over a "
        "row of values, then 序号/风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yongde_water_bureau_level_table_across(),
    yongde_dedang_town_list(),
    yongde_yongkang_town_list(),
    yongde_yalian_village_list(),
    yongde_daxueshan_clinic_group_rows(),
    yongde_no1_middle_school_posts(),
    yongde_natural_resources_screening(),
    yongde_finance_bureau_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1087-inbox"))

"""The one-thousand-and-eighty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫生院, 学校, 自然资源, 财政 and 林草 bodies of one
county, 镇沅彝族哈尼族拉祜族自治县 (普洱市, 云南省) — its 恩乐镇人民政府, the 按板镇人民政府, the
者东镇者东村民委员会, the 田坝乡卫生院, the 镇沅县第一中学, the 自然资源局, the 财政局 and the
林业和草原局 — each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 恩乐镇人民政府's 一览表: ``所在科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types under
  ``风险类型``, 高/中/低 under a bare ``等级``;
- the 按板镇人民政府's 清单: ``姓名 | 职务`` (the name FIRST) on every row, ``一级/二级/三级``, no type
  column, a 镇纪委意见 line;
- the 者东村民委员会's 清单: ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 田坝乡卫生院's 排查表 under GROUP ROWS ``（一）院领导``, ``（二）医务科``, ``（三）收费室`` (no 科室
  column), ``岗位名称 | 姓名`` merged per person, ``高风险/中风险/低风险``, no type column;
- the 第一中学's 清单 对岗不对人: ``处室`` and ``岗位`` merged, 高/中/低, no type column, no names;
- the 自然资源局's 排查表: ``股室 | 岗位 | 责任人`` on every row, ``…风险`` types, ``一级风险/二级风险/
  三级风险``, a 填表人/审核人 line;
- the 财政局's 自查表, one sheet a person: ``姓　名 | 科　室 | 职　务`` over a row of values, 一级/二级/
  三级, ``防控措施 | 自查情况``.

One is harder:

- ``zhenyuan_forestry_bureau_level_groups_twice``: the 林业和草原局's 清单 with NO level column; under
  it, on the same sheet, after a blank row and a caption ``二、风险等级划分``, a plain table grouping
  the list's 序号 by level ``风险等级 | 对应序号 | 等级说明`` over ``一级 | 1、3、4 | 涉及审批和资金…``
  — no count column — in which ONE number (6) is written under two levels (``二级 | 2、5、6、7`` and
  ``三级 | 6、8、9``: a slip). Each other point takes the level of the group naming its number; the
  point numbered 6 has no level (the truth leaves it None: which of the two was meant is not
  said). The assigned kind was probed first: the same table with only ``风险等级 | 对应序号`` (no
  third column) and a number under two levels read right — the other points graded, the point
  named twice left blank and warned (through the statistics-sheet rule,
  STATISTICS_NUMBER_UNMATCHED) — with 高/中/低, ``一级风险``, a range ``2-4``, a caption row, a
  sign-off line, two numbers twice, no blank row; so did the table with a ``说明`` column and
  no number twice (LEVEL_BY_NUMBER). The table with its words column AND one number under two
  levels lost every level (LEVEL_KEY_UNDER_LIST, all points LEVEL_BLANK): that shape, the
  assigned kind one column wider, was taken.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 镇沅 could be found: the pages are of the county's place
name, its towns, its 哀牢山 reserve and its county seat); the rows are worded by us, the names
invented (the rare compound surnames 沙吒 and 独吉); every unit is a body of
普洱市镇沅彝族哈尼族拉祜族自治县.

Run ``python tests/published/score.py --set batch1086`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point takes the level of the one group naming its 序号; the point
  whose number two groups name has none (None); the table's rows, its caption and its 说明 cells
  are no points;
- ``局领导``, ``院领导`` are the 科室 of the leaders; the 镇's and the 村's people have no 科室 where no
  column gives one; the 财政局's ``国库股股长`` is the 股长 of the 科室 国库股 (its ``科　室`` cell);
  镇长, 副镇长, 党委书记, 局长, 副局长, 院长, 副院长, 校长, 村党总支书记 are leaders; 股长, 所长,
  主任 of a 科室 or 处室 the middle; the rest (the 村委会主任 too, as earlier batches have him)
  general;
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

PREFIX = "b1086_"
PLACE = "普洱市镇沅彝族哈尼族拉祜族自治县"
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

# the list: (股室, 岗位, 责任人, tier, 风险点, 防控措施), numbered 1… in order
FOREST = [
    ("局领导", "局长", "沙吒珩", "leader", "林地征占用审核签字把关不严",
     "征占用林地党组会集体研究，结果公示。"),
    ("局领导", "局长", "沙吒珩", "leader", "生态护林员选聘优亲厚友", "选聘条件公开，村级评议后公示。"),
    ("局领导", "副局长", "独吉澜", "leader", "林木采伐指标分配不公", "指标分配方案集体研究并公开。"),
    ("资源管理股", "股长", "沙吒瑶", "middle", "林木采伐许可审查放宽条件", "许可材料两人审查，限时办结。"),
    ("资源管理股", "股长", "沙吒瑶", "middle", "林地巡查发现问题不报", "巡查记录逐月上报，局领导抽查。"),
    ("生态修复股", "技术员", "独吉琛", "general", "造林项目验收降低标准", "验收三人以上，随机抽样复核。"),
    ("生态修复股", "技术员", "独吉琛", "general", "苗木采购收受回扣", "苗木公开比选采购，签订廉洁承诺。"),
    ("办公室", "会计", "沙吒玥", "general", "报账票据审核不严", "票据两级审核，按月对账。"),
    ("办公室", "会计", "沙吒玥", "general", "公务用车私用", "派车单管理，车辆定位。"),
]  # fmt: skip
# the table of levels under it: (风险等级, 对应序号, 等级说明) — number 6 under 二级 and 三级
FOREST_GROUPS = [
    ("一级", "1、3、4", "涉及审批和资金，发生可能性大，后果严重"),
    ("二级", "2、5、6、7", "涉及监管和验收，有一定发生可能"),
    ("三级", "6、8、9", "日常事务，发生可能性较小"),
]
# the number two groups name: its point has no level
TWICE = 6


def _forest_levels() -> dict[int, int | None]:
    """Each 序号's level by the groups: the one group naming it, None where two do."""
    named: dict[int, set[int]] = {}
    for word, said, _ in FOREST_GROUPS:
        for n in said.split("、"):
            named.setdefault(int(n), set()).add(GRADES[word])
    return {n: next(iter(lv)) if len(lv) == 1 else None for n, lv in named.items()}


def zhenyuan_forestry_bureau_level_groups_twice() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("清单", [6, 14, 10, 12, 36, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "防控措施")
    levels = _forest_levels()
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, measures) in enumerate(FOREST, 1):
        sh.add(n, dept, post, who, point, measures)
        t.point(sh.name, dept, post, who, tier, point, [], levels[n])
    _per_person(sh, first, 1, 2, 3)
    sh.add(None, None, None, None, None, None)
    _line(sh, "二、风险等级划分", 6)
    for row in [("风险等级", "对应序号", "等级说明"), *FOREST_GROUPS]:
        r = sh.add(*row, None, None, None)
        sh.merge(r, 2, r, 5)
    sh.add("填表人：", None, "审核人：", None, "2025年9月", None)
    return _layout(
        "zhenyuan_forestry_bureau_level_groups_twice", "http://www.xsjgww.com/5cgfofzi",
        "(harder) 县林业和草原局 岗位廉政风险防控清单 with NO level column, after the source's travel page "
        "on the 哀牢山 national reserve's 镇沅 part (9,676 公顷 in 2 镇 and 12 村; no page of the county's "
        "林草局 could be found): a title, 序号/股室 merged/岗位 and 责任人 merged per person/廉政风险点/"
        "防控措施; a blank row, a caption ``二、风险等级划分``, then a plain table ``风险等级 | 对应序号 | "
        "等级说明`` (说明 merged across) over ``一级 | 1、3、4 | …``, ``二级 | 2、5、6、7 | …``, ``三级 | "
        "6、8、9 | …`` — number 6 under TWO levels, no count column; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhenyuan_enle_town_list() -> dict:
    unit = f"{PLACE}恩乐镇人民政府"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "所在科室", "岗位", "姓名", "风险点", "风险类型", "等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "独吉瀚", "leader", "集镇建设项目指定施工队", "思想道德风险", "高",
         "项目公开比选，党委会集体研究。"),
        ("镇领导", "党委书记", "独吉瀚", "leader", "干部选拔任用个人说了算", "制度机制风险", "高",
         "民主推荐，结果公示。"),
        ("镇领导", "副镇长", "沙吒琪", "leader", "茶产业扶持资金分配不公", "岗位职责风险", "中",
         "扶持对象公示，资金直达农户。"),
        ("党政综合办公室", "主任", "独吉瑶", "middle", "公务接待超标准", "业务流程风险", "中",
         "接待按标准，一事一单。"),
        ("自然资源和村镇规划建设服务中心", "工作人员", "沙吒沅", "general", "农房审批收受好处",
         "外部环境风险", "中", "审批结果公示，限时办结。"),
        ("自然资源和村镇规划建设服务中心", "工作人员", "沙吒沅", "general", "违法用地巡查通风报信",
         "岗位职责风险", "低", "巡查两人以上，不预先告知。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "zhenyuan_enle_town_list", "https://m.hnymr.com/yunan/zhen_xian.html",
        "镇人民政府 岗位廉政风险防控一览表, after the source's gazetteer page on 镇沅县 (its code 530825, "
        "4 镇 and 5 乡, the county seat 恩乐镇 between the 哀牢山 and the 无量山): a title, 序号/``所在科室`` "
        "merged/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/``等级`` 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def zhenyuan_anban_town_list() -> dict:
    unit = f"{PLACE}按板镇人民政府"
    sh = _Sheet("清单", [6, 12, 14, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "姓名", "职务", "风险点", "风险等级", "防控措施")
    rows = [
        ("沙吒璟", "镇长", "leader", "镇级工程结算个人说了算", "一级", "结算经审计后党委会研究。"),
        ("沙吒璟", "镇长", "leader", "集体林权流转干预", "二级", "流转公开进行，村民代表会议决定。"),
        ("独吉珂", "副镇长", "leader", "低保评审优亲厚友", "一级", "评审结果张榜公示。"),
        ("沙吒琛", "农业农村服务中心工作人员", "general", "良种补贴登记不实", "二级",
         "补贴名单公示，签字领取。"),
        ("沙吒琛", "农业农村服务中心工作人员", "general", "接受种植大户宴请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (who, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, who, post, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "zhenyuan_anban_town_list", "http://mdiming.qi18.com/yunnan/zhendianhltq",
        "镇人民政府 岗位廉政风险防控清单, after the source's gazetteer page on 镇沅县 (its 21 民族, its 4 镇: "
        "恩乐, 按板, 勐大, 者东, and 5 乡; the old tea trees): a title, 序号/姓名 BEFORE 职务, both on every "
        "row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 镇纪委意见 line",
        [sh], t,
    )  # fmt: skip


def zhenyuan_zhedong_village_list() -> dict:
    unit = f"{PLACE}者东镇者东村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "独吉渝", "leader", "村级道路项目指定施工队", "外部环境", "Ⅰ级",
         "项目村民代表会议决定，结果公示。"),
        ("村党总支书记", "独吉渝", "leader", "集体林地发包不公开", "制度机制", "Ⅰ级", "发包公开竞价。"),
        ("村委会主任", "沙吒瑜", "general", "危房改造对象评议不公", "思想道德", "Ⅱ级", "评议结果张榜公示。"),
        ("村委会主任", "沙吒瑜", "general", "惠农补贴申报不实", "业务流程", "Ⅱ级", "申报材料逐户核实。"),
        ("报账员", "独吉琳", "general", "村级报账票据不规范", "岗位职责", "Ⅲ级", "票据经村务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "zhenyuan_zhedong_village_list", "https://m.iichatc.com/dm_5262/list_3.html",
        "村民委员会 岗位廉政风险防控清单, after the source's place-name page on 镇沅县 (its history: 镇沅州 of "
        "the 明, the county of 1913, the 自治县 of 1990; no page of the 村 itself could be found): a title, "
        "序号/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def zhenyuan_tianba_clinic_group_rows() -> dict:
    unit = f"{PLACE}田坝乡卫生院"
    sh = _Sheet("排查表", [6, 12, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 6)
    sh.add("序号", "岗位名称", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("（一）院领导", "院领导", [
            ("院长", "沙吒瑄", "leader", [
                ("药品耗材采购个人决定", "高风险", "采购院务会研究，公开采购。"),
                ("绩效工资分配不公开", "中风险", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("（二）医务科", "医务科", [
            ("科长", "独吉玳", "middle", [
                ("医疗纠纷处理徇私", "中风险", "纠纷处理集体研究，全程记录。"),
            ]),
        ]),
        ("（三）收费室", "收费室", [
            ("收费员", "沙吒琇", "general", [
                ("现金收入不及时入账", "高风险", "日清日结，双人核对。"),
                ("医保结算虚记项目", "低风险", "结算清单患者签字确认。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "zhenyuan_tianba_clinic_group_rows",
        "https://www.factpedia.org/index.php?title=%E9%95%87%E6%B2%85%E5%8E%BF&variant=zh-hans",
        "乡卫生院 廉政风险点排查表 under GROUP ROWS, after the source's encyclopaedia page on 镇沅县 (its "
        "name from the 傣 for a granary town, its 4 镇 and 5 乡; no page of 田坝乡 nor of its 卫生院 could be "
        "found): a title, 序号/岗位名称/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施, group rows "
        "``（一）院领导``, ``（二）医务科``, ``（三）收费室`` merged across; 岗位名称 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def zhenyuan_no1_middle_school_posts() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("清单", [6, 12, 14, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "处室", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "leader", "校舍维修工程指定施工方", "高", "工程比选，校务会集体研究。"),
        ("校长室", "校长", "leader", "教师职称推荐不公开", "中", "推荐条件和结果公示。"),
        ("总务处", "主任", "middle", "食堂大宗物资采购收受回扣", "高", "物资公开招标，家委会参与验收。"),
        ("总务处", "主任", "middle", "固定资产处置不报批", "低", "处置报批公示。"),
        ("教务处", "干事", "general", "学籍信息违规变更", "中", "变更两人审核，留痕备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "zhenyuan_no1_middle_school_posts", "http://www.goolook.net/html/147260.html",
        "县第一中学 岗位廉政风险防控清单 对岗不对人, after the source's news page on the 云南省美丽县城 "
        "named in 2020 (镇沅 among the three of 普洱; no page of a 镇沅 school could be found): a title, "
        "序号/处室 merged/岗位 merged per post/廉政风险点/风险等级 高/中/低/防控措施; no type column, no names",
        [sh], t,
    )  # fmt: skip


def zhenyuan_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "独吉瑛", "leader", "土地出让条件量身定制", "制度机制风险", "一级风险",
         "出让方案集体研究，公开挂牌。"),
        ("国土空间规划股", "股长", "沙吒琇", "middle", "规划条件违规调整", "岗位职责风险", "一级风险",
         "规划调整论证公示。"),
        ("国土空间规划股", "股长", "沙吒琇", "middle", "泄露规划信息", "思想道德风险", "二级风险",
         "信息查阅登记。"),
        ("不动产登记中心", "登记员", "独吉玟", "general", "登记材料审查不严", "业务流程风险", "二级风险",
         "初审复审分离。"),
        ("不动产登记中心", "登记员", "独吉玟", "general", "为中介介绍业务收受好处", "外部环境风险",
         "三级风险", "办事流程公开，签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "zhenyuan_natural_resources_screening", "http://map.mapbar.com/puer_zhenyuan",
        "县自然资源局 廉政风险点排查表, after the source's map page on 镇沅县 (its 4 镇 and 5 乡, its roads "
        "and the 交通局 that builds them): a title, 序号/股室/岗位/责任人 on EVERY row/风险点/风险类型 "
        "``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhenyuan_finance_bureau_selfchecks() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    people = [
        ("沙吒瑾", "局领导", "局长", "leader", [
            ("财政资金分配个人说了算", "一级", "资金分配党组会集体研究。", "已落实"),
            ("政府采购干预供应商选择", "二级", "采购依法公开进行。", "已落实"),
        ]),
        ("独吉瑭", "国库股", "股长", "middle", [
            ("国库集中支付审核不严", "二级", "支付两级审核。", "未发现问题"),
            ("违规办理资金调度", "一级", "调度按程序报批。", "已落实"),
            ("会计资料保管不善", "三级", "资料专柜保管，查阅登记。", "已落实"),
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
        "zhenyuan_finance_bureau_selfchecks", "https://w.sf024.com/baike/162_53331.html",
        "县财政局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "encyclopaedia answer on 镇沅 (its tea, its mountains; no page of the county's 财政局 could be "
        "found): a title, a label row ``姓　名 | 科　室 | 职　务`` over a row of values, then 序号/风险点/"
        "风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenyuan_forestry_bureau_level_groups_twice(),
    zhenyuan_enle_town_list(),
    zhenyuan_anban_town_list(),
    zhenyuan_zhedong_village_list(),
    zhenyuan_tianba_clinic_group_rows(),
    zhenyuan_no1_middle_school_posts(),
    zhenyuan_natural_resources_screening(),
    zhenyuan_finance_bureau_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1086-inbox"))

"""The one-thousand-and-eighty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫生院, 学校, 林草, 医保 and 自然资源 bodies of one
county, 彝良县 (昭通市, 云南省) — its 角奎镇人民政府, the 小草坝镇人民政府, the 角奎镇发达村民委员会,
the 龙安镇卫生院, the 彝良县第二中学, the 林业和草原局, the 医疗保障局 and the 自然资源局 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 角奎镇人民政府's 一览表: ``所在科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  高/中/低;
- the 小草坝镇人民政府's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 发达村民委员会's 清单: ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 林业和草原局's 排查表: ``股室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 医疗保障局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 龙安镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、医务科``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第二中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``yiliang_natural_resources_points_in_one_cell``: the 自然资源局's 一览表, one row a person, his
  several points in ONE ``廉政风险点`` cell numbered ``①…②…③…`` (or ``⑴…⑵…``, on one line, on
  lines of their own, or parted by ``；``), each closing with its OWN level in brackets
  (``①国土空间规划调整个人说了算（高）②…（中）``), over a ``风险等级`` column that writes ONE level for
  the whole cell (the highest of its points) or is left blank. Each numbered item reads as one
  point of the row's holder at its own bracket's level. The probe at HEAD read ``①…（高）②…（中）``
  over a blank level cell right (on one line or parted by ``；``), and lost all the rest: over a
  level column writing one level for the cell (``高``, ``一级``, ``Ⅰ级``), on one line or on lines of
  their own, the cell stayed ONE point (its text the whole cell, the column's level), and
  ``⑴…（高）⑵…（中）`` stayed one point even over a blank level cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 彝良 could be found: the pages are of the county, its towns,
the 小草坝 天麻 and tourism); the rows are worded by us, the names invented (the rare compound
surnames 药罗葛 and 葛萨); every unit is a body of 昭通市彝良县.

Run ``python tests/published/score.py --set batch1089`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered item of a point cell is a point, the number and the closing
  bracket taken off, the bracket its level; the ``风险等级`` column writing one level for the whole
  cell is the cell's (the highest of its items'), not each item's; the measures the row's, shared;
- ``局领导``, ``院领导`` are the 科室 of the leaders; the 镇's and the 村's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室 教务处;
  镇长, 副镇长, 党委书记, 局长, 副局长, 村党总支书记, 院长, 校长 are leaders; 股长, 队长, 主任 of a 科室
  the middle; the rest (the 村委会主任 too, as earlier batches have him) general;
- the 医疗保障局's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no
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

PREFIX = "b1089_"
PLACE = "昭通市彝良县"
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

# one row a person: (科室, 岗位, 姓名, tier, marks, joint, [(风险点, level)], 风险等级 column, 防控措施)
# marks: the item numbers ('①', '⑴'); joint: what stands between items ('', '；', a line break)
RESOURCES = [
    ("局领导", "局长", "药罗葛琮", "leader", "①②③", "", [
        ("国土空间规划调整个人说了算", "高"), ("土地出让底价泄露", "高"), ("干部选任暗箱操作", "中"),
    ], "高", "规划调整党组会集体研究，出让底价集体决定并保密。"),
    ("局领导", "副局长", "葛萨岚", "leader", "⑴⑵", "", [
        ("矿业权出让违规审批", "高"), ("矿山储量核实把关不严", "中"),
    ], "高", "矿业权出让公开挂牌，核实报告专家评审。"),
    ("国土空间用途管制股", "股长", "药罗葛澄", "middle", "①②③", "\n", [
        ("建设用地预审降低标准", "中"), ("用地报批材料审核不严", "中"), ("违规办理临时用地", "低"),
    ], "中", "预审两级审核，报批材料清单化管理。"),
    ("不动产登记中心", "登记员", "葛萨琦", "general", "①②", "；", [
        ("不动产登记审查不严", "中"), ("泄露权利人登记信息", "低"),
    ], "", "登记资料查询留痕，审查双人复核。"),
    ("执法监察大队", "队长", "药罗葛珉", "middle", "⑴⑵⑶", "\n", [
        ("违法用地查处通风报信", "高"), ("以罚代拆降格处理", "中"), ("接受当事人宴请", "低"),
    ], "高", "执法两人以上，处罚案件集体审理。"),
    ("办公室", "主任", "葛萨玥", "middle", "①②", "", [
        ("公务接待超标准", "中"), ("办公用品采购虚报", "低"),
    ], "中", "接待一事一单，采购验收两人签字。"),
]  # fmt: skip


def _items(marks: str, joint: str, points: list[tuple[str, str]]) -> str:
    """'①…（高）②…（中）', '⑴…（高）⏎⑵…（中）': each point numbered, closing with its level."""
    return joint.join(f"{m}{p}（{lv}）" for m, (p, lv) in zip(marks, points, strict=True))


def yiliang_natural_resources_points_in_one_cell() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 18, 10, 10, 52, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, marks, joint, points, lv, measures) in enumerate(RESOURCES, 1):
        sh.add(n, dept, post, who, _items(marks, joint, points), lv or None, measures)
        for point, plv in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[plv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填表人：", None, "审核人：", None, "填报日期：2025年9月", None, None)
    return _layout(
        "yiliang_natural_resources_points_in_one_cell", "http://xn--hlry6a033cn35az6i6xa.com/cknews/574.html",
        "(harder) 县自然资源局 岗位廉政风险点一览表, after the source's encyclopedia page on 彝良县 (10 镇 and 5 "
        "民族乡, the home of 罗炳辉, its coal, lead and zinc; no page of its 自然资源局 could be found): a "
        "title, 序号/科室 merged/岗位/姓名/廉政风险点/风险等级/防控措施, one row a person, his points in ONE "
        "cell numbered ①②③ or ⑴⑵⑶ (on one line, on lines of their own, or parted by ；), each closing "
        "with its own level 高/中/低 in brackets, the 风险等级 column writing the highest of them for the "
        "whole cell (one row blank); a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yiliang_jiaokui_town_list() -> dict:
    unit = f"{PLACE}角奎镇人民政府"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "所在科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "葛萨振", "leader", "城镇棚户区改造项目指定施工方", "思想道德风险", "高",
         "项目公开招标，党委会集体研究。"),
        ("镇领导", "党委书记", "葛萨振", "leader", "干部考核评优不公开", "制度机制风险", "中",
         "考核结果公示。"),
        ("党政综合办公室", "主任", "药罗葛瑶", "middle", "公务用车私用", "岗位职责风险", "中",
         "用车一事一单，定点加油。"),
        ("社会事务服务中心", "工作人员", "葛萨沅", "general", "低保评审优亲厚友", "外部环境风险", "高",
         "评审结果张榜公示。"),
        ("社会事务服务中心", "工作人员", "葛萨沅", "general", "临时救助资金审核不严", "业务流程风险", "低",
         "救助资金两级审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "yiliang_jiaokui_town_list", "https://www.zhongguowangshi.com.cn/doc-view-81525.html",
        "镇人民政府 岗位廉政风险防控一览表, after the source's page on 彝良县 (its seat 角奎镇, 15 乡镇 and "
        "133 村, its 烤烟 and 天麻; no page of 角奎镇's own could be found): a title, 序号/所在科室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def yiliang_xiaocaoba_town_list() -> dict:
    unit = f"{PLACE}小草坝镇人民政府"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("镇长", "药罗葛璟", "leader", "天麻产业扶持资金对象指定", "一级", "扶持对象村级评议并公示。"),
        ("镇长", "药罗葛璟", "leader", "景区配套工程结算个人说了算", "一级", "结算经审计后党委会研究。"),
        ("副镇长", "葛萨珂", "leader", "林下种植补助发放不按规定", "二级", "发放名单张榜公示。"),
        ("农业农村服务中心工作人员", "药罗葛琛", "general", "天麻种苗发放登记不实", "二级", "发放名单公示，签字领取。"),
        ("农业农村服务中心工作人员", "药罗葛琛", "general", "接受种植大户宴请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "yiliang_xiaocaoba_town_list", "https://sala.baidu.com/p/203875101",
        "镇人民政府 岗位廉政风险防控清单, after the source's page on the 小草坝 省级风景名胜区 (163 平方公里, "
        "32 公里 from the county seat, 1200 高等植物, the 天麻 'that is first under heaven'): a title, "
        "序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def yiliang_fada_village_list() -> dict:
    unit = f"{PLACE}角奎镇发达村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "葛萨渝", "leader", "村级道路硬化项目指定施工队", "外部环境", "Ⅰ级",
         "项目村民代表会议决定，结果公示。"),
        ("村党总支书记", "葛萨渝", "leader", "集体林地发包不公开", "制度机制", "Ⅰ级", "发包公开竞价。"),
        ("村委会主任", "药罗葛瑜", "general", "危房改造评议优亲厚友", "思想道德", "Ⅱ级", "评议结果张榜公示。"),
        ("村委会主任", "药罗葛瑜", "general", "耕地地力补贴申报不实", "业务流程", "Ⅱ级", "申报面积逐户核实。"),
        ("报账员", "葛萨琳", "general", "村级报账票据不规范", "岗位职责", "Ⅲ级", "票据经村务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "yiliang_fada_village_list", "https://www.ztnews.net/article/show-393894.html",
        "村民委员会 岗位廉政风险防控清单, after the source's 昭通新闻网 essay on 小草坝's 天麻, hills, falls and "
        "forest (no page of a 彝良 村 could be found): a title, 序号/职务 and 姓名 merged per person/廉政风险点/"
        "风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yiliang_forestry_bureau_screening() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 16, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "药罗葛瑛", "leader", "退耕还林验收降低标准", "一级风险", "验收集体进行，结果公示。"),
        ("森林资源管理股", "股长", "葛萨琇", "middle", "林木采伐许可违规核发", "一级风险", "许可两级审核，网上公开。"),
        ("森林资源管理股", "股长", "葛萨琇", "middle", "采伐现场核查走过场", "二级风险", "核查两人以上，影像留存。"),
        ("计划财务股", "会计", "药罗葛玟", "general", "生态护林员补助发放审核不严", "二级风险", "发放名单公示。"),
        ("计划财务股", "会计", "药罗葛玟", "general", "财务凭证保管不善", "三级风险", "凭证定期归档。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "yiliang_forestry_bureau_screening", "https://vip.chinawriter.com.cn/member/ynztlyz/viewarchives_162269.html",
        "县林业和草原局 廉政风险点排查表, after the source's essay 秘境小草坝 on 中国作家网 (its forest cover "
        "78.6%, 16 kinds of protected wild animals, the 天麻 museum; no page of the county's 林草局 could be "
        "found): a title, 序号/股室/岗位/责任人 on EVERY row/风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yiliang_medical_security_posts() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("清单", [6, 16, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("医药服务管理股", "稽核岗", "general", "定点医药机构稽核走过场", "岗位职责风险", "高风险",
         "稽核两人以上，结果公示。"),
        ("医药服务管理股", "稽核岗", "general", "接受定点药店请托", "思想道德风险", "高风险", "签订廉洁承诺书。"),
        ("待遇保障股", "审核岗", "general", "异地就医报销审核不严", "制度机制风险", "中风险",
         "报销资料两级审核。"),
        ("待遇保障股", "审核岗", "general", "泄露参保人员信息", "外部环境风险", "中风险", "信息查询留痕。"),
        ("医疗保险服务中心", "经办岗", "general", "医保卡违规代办", "业务流程风险", "低风险",
         "代办须本人委托书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "yiliang_medical_security_posts", "https://ztnews.net/article/show-412052.html",
        "县医疗保障局 岗位廉政风险防控清单 对岗不对人, after the source's 文明昭通 page on touring 彝良 (小草坝, "
        "the 宝藏村, the 中国天麻博物馆, the home of 罗炳辉; no page of its 医疗保障局 could be found): a title, "
        "序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yiliang_longan_clinic_group_rows() -> dict:
    unit = f"{PLACE}龙安镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "葛萨瑄", "leader", [
                ("医疗设备采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("绩效考核分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、医务科", "医务科", [
            ("科员", "药罗葛琳", "general", [
                ("医疗纠纷处理偏袒一方", "中", "纠纷处理集体研究。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "葛萨玳", "general", [
                ("收费不开票据", "中", "收费系统统一开票。"),
                ("截留挪用现金", "低", "现金日清日结。"),
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
        "yiliang_longan_clinic_group_rows", "http://californiadrainexperts.com/news/show-27306.html",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's news of the 彝良 两会 (the 小草坝 "
        "scenic area to open, the 天麻 as the county's first industry; no page of 龙安镇 nor of its 卫生院 "
        "could be found): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows "
        "``一、院领导``, ``二、医务科``, ``三、收费室`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def yiliang_no2_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第二中学"
    t = _Truth(unit)
    people = [
        ("药罗葛瑾", "", "校长", "leader", [
            ("食堂食材采购指定供应商", "一级", "食材公开招标，家委会参与验收。", "已落实"),
            ("教学楼维修指定施工方", "二级", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("葛萨瑭", "教务处", "干事", "general", [
            ("学籍变更把关不严", "二级", "学籍变更两级审核。", "未发现问题"),
            ("教辅资料征订收受回扣", "三级", "征订自愿，不统一代购。", "已落实"),
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
        "yiliang_no2_middle_school_selfchecks", "http://bjhaian.com/fenxiang/981-cn.html",
        "县第二中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page "
        "on the 彝良小草坝天麻小镇 (a 云南 一流特色小镇, 42.7 亿元 planned; no page of a 彝良 school could be "
        "found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yiliang_natural_resources_points_in_one_cell(),
    yiliang_jiaokui_town_list(),
    yiliang_xiaocaoba_town_list(),
    yiliang_fada_village_list(),
    yiliang_forestry_bureau_screening(),
    yiliang_medical_security_posts(),
    yiliang_longan_clinic_group_rows(),
    yiliang_no2_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1089-inbox"))

"""The one-thousand-and-eightieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 镇, 林草, 自然资源, 医保, 卫生院 and 学校 bodies of
one county, 巧家县 (昭通市, 云南省) — its 白鹤滩街道办事处, the 玉屏街道办事处, the 药山镇人民政府, the
林业和草原局, the 自然资源局, the 医疗保障局, the 蒙姑镇卫生院 and the 巧家县第一中学 — each handing back
the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 玉屏街道办事处's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 药山镇人民政府's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 林业和草原局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 自然资源局's 排查表: ``科室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no type
  column, a 填表人/审核人 line;
- the 医疗保障局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 蒙姑镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药房``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``qiaojia_baihetan_street_double_prime``: the 白鹤滩街道办事处's 清单, ``序号 | 科室 | 岗位 | 姓名 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施`` with nothing merged: each person's first row is
  written out, the rows below carry a DITTO MARK typed not as ``〃`` but as a look-alike the input
  method offers — the double prime ``″`` (U+2033), two of them ``″″``, the quotation mark ``〞``
  (U+301E) or the modifier letter ``ʺ`` (U+02BA) — in the 科室, 岗位 and 姓名 cells (and once in
  the 风险等级 cell). Each such cell repeats the cell above it. The assigned kind (a post held by
  several people in one cell, ``爱申珩、聂摸栾澜``, ``科员（3人）``, ``出纳、会计``, one per line) was
  probed first and read right (separators 、，/ space and line breaks, counts that do and do
  not match the names, two posts for two names): so another kind was taken. A probe at HEAD read
  ``同上``, ``〃``, ``"`` and ``同前`` rows right but a ``″`` row as a holder named ``″`` with the post
  ``″``: its points under a form of its own, lost to the person above.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 巧家 could be found: the pages are of the county's place
name, its towns, the 白鹤滩 dam and its reservoir, and of 昭通市); the rows are worded by us, the
names invented (the rare compound surnames 爱申 and 聂摸栾); every unit is a body of 昭通市巧家县.

Run ``python tests/published/score.py --set batch1080`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``″``, ``″″``, ``〞`` or ``ʺ`` alone in a cell is a ditto: the cell above's
  value (科室, 岗位, 姓名, or the level), as ``〃`` is;
- ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 镇's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室 教务处;
  街道办主任, 镇长, 副镇长, 局长, 副局长, 党委书记, 院长, 校长 are leaders; 股长, 所长, 站长, 主任 of a
  科室 the middle; the rest general;
- the 医保局's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no points;
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

PREFIX = "b1080_"
PLACE = "昭通市巧家县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
# the look-alikes of 〃 the harder file is typed with
MARKS = ("″", "″″", "〞", "ʺ")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室 as typed, 岗位 as typed, 姓名 as typed, 风险等级 as typed, 科室, 岗位, 姓名, tier,
#  风险点, 风险类型, 风险等级, 防控措施)
STREET = [
    ("街道领导", "主任", "爱申珣", "高", "街道领导", "主任", "爱申珣", "leader",
     "移民安置点配套工程指定施工队", "思想道德风险", "高", "工程按规定比选，党工委会集体研究。"),
    ("″", "″", "″", "″", "街道领导", "主任", "爱申珣", "leader",
     "安置房分配顺序个人说了算", "制度机制风险", "高", "分配顺序公开抽签，全程录像。"),
    ("″", "″", "″", "中", "街道领导", "主任", "爱申珣", "leader",
     "街道资金拨付不按合同", "岗位职责风险", "中", "资金按进度拨付并公示。"),
    ("移民安置办公室", "副主任", "聂摸栾珥", "高", "移民安置办公室", "副主任", "聂摸栾珥", "middle",
     "移民人口界定把关不严", "业务流程风险", "高", "人口界定入户核实，张榜公示。"),
    ("″″", "″″", "″″", "中", "移民安置办公室", "副主任", "聂摸栾珥", "middle",
     "生产安置补助发放优亲厚友", "思想道德风险", "中", "补助名单公示，一卡通发放。"),
    ("社会事务办公室", "工作人员", "爱申琦", "中", "社会事务办公室", "工作人员", "爱申琦", "general",
     "城乡低保入户调查不实", "业务流程风险", "中", "入户调查两人以上，结果公示。"),
    ("〞", "〞", "〞", "低", "社会事务办公室", "工作人员", "爱申琦", "general",
     "收受救助对象土特产", "外部环境风险", "低", "签订廉洁承诺书。"),
    ("财政所", "报账员", "聂摸栾璟", "中", "财政所", "报账员", "聂摸栾璟", "general",
     "社区报账票据审核不严", "岗位职责风险", "中", "票据两人审核签字。"),
    ("ʺ", "ʺ", "ʺ", "低", "财政所", "报账员", "聂摸栾璟", "general",
     "现金收入不及时入账", "制度机制风险", "低", "收入日清日结。"),
]  # fmt: skip


def qiaojia_baihetan_street_double_prime() -> dict:
    unit = f"{PLACE}白鹤滩街道办事处"
    sh = _Sheet("清单", [6, 16, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    for n, (d0, p0, w0, lv0, dept, post, who, tier, point, typ, lv, measures) in enumerate(
        STREET, 1
    ):
        sh.add(n, d0, p0, w0, point, typ, lv0, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "qiaojia_baihetan_street_double_prime", "https://www.ncqn.cn/toutiao/3003.html",
        "(harder) 街道办事处 岗位廉政风险防控清单 whose continuation rows repeat the 科室, 岗位 and 姓名 with "
        "a DITTO MARK typed as a look-alike of 〃 (``″`` U+2033, ``″″``, ``〞`` U+301E, ``ʺ`` U+02BA; once in "
        "the 风险等级 cell too), after the source's news page on the 白鹤滩 reservoir at 巧家 (the 高峡平湖, the "
        "移民 安置点 of 大寨镇 and 蒙姑镇, 48,563 people moved; no page of the 白鹤滩街道 itself could be "
        "found): a title, 序号/科室/岗位/姓名/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施, nothing "
        "merged; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qiaojia_yuping_street_list() -> dict:
    unit = f"{PLACE}玉屏街道办事处"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "党工委书记", "聂摸栾琮", "leader", "老城改造项目指定施工方", "思想道德风险", "高",
         "项目公开比选，党工委会集体研究。"),
        ("街道领导", "党工委书记", "聂摸栾琮", "leader", "干部评优推荐不公开", "制度机制风险", "中",
         "评优条件和结果公示。"),
        ("党政综合办公室", "副主任", "爱申瑗", "middle", "公务接待超标准安排", "岗位职责风险", "中",
         "接待按标准，一事一单。"),
        ("规划建设办公室", "工作人员", "聂摸栾璇", "general", "违法建筑巡查通风报信", "外部环境风险", "高",
         "巡查两人以上，不预先告知。"),
        ("规划建设办公室", "工作人员", "聂摸栾璇", "general", "农房建设审核不严", "业务流程风险", "低",
         "审核结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "qiaojia_yuping_street_list", "http://xzqh.org/show/china/2022/53/5306.html",
        "街道办事处 岗位廉政风险防控一览表, after the source's page on the 行政区划 of 昭通市 in 2022 (巧家县 "
        "of 2 街道, 11 镇, 4 乡, its 政府 in the 玉屏街道): a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def qiaojia_yaoshan_town_list() -> dict:
    unit = f"{PLACE}药山镇人民政府"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("镇长", "爱申璐", "leader", "中药材种植补助对象指定", "一级", "补助对象村级评议并公示。"),
        ("镇长", "爱申璐", "leader", "镇级工程结算个人说了算", "一级", "结算经审计后党委会研究。"),
        ("副镇长", "聂摸栾瑄", "leader", "草场承包费减免不按规定", "二级", "减免结果张榜公示。"),
        ("农业服务中心工作人员", "爱申琛", "general", "良种发放登记不实", "二级", "发放名单公示，签字领取。"),
        ("农业服务中心工作人员", "爱申琛", "general", "接受种植大户宴请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "qiaojia_yaoshan_town_list", "https://m.guoxuedashi.net/diming/11351rdtj/",
        "镇人民政府 岗位廉政风险防控清单, after the source's gazetteer entry on the place name 巧家县 (巧家厅 "
        "of 1811, its 乡 and 镇, 小碗红糖, 药山 of the county's east): a title, 序号/职务/姓名 on every row/"
        "风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def qiaojia_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "聂摸栾珧", "leader", "退耕还林验收降低标准", "外部环境", "Ⅰ级", "验收结果公示。"),
        ("局领导", "局长", "聂摸栾珧", "leader", "生态护林员选聘个人说了算", "制度机制", "Ⅰ级",
         "选聘党组会研究并公示。"),
        ("资源管理股", "股长", "爱申璞", "middle", "林木采伐许可审核不严", "岗位职责", "Ⅱ级",
         "采伐申请现场核查，审批公示。"),
        ("资源管理股", "股长", "爱申璞", "middle", "林地占用审查走过场", "业务流程", "Ⅱ级", "审查两级审核。"),
        ("森林草原防火办", "科员", "聂摸栾瑜", "general", "接受施工企业礼品", "思想道德", "Ⅲ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    return _layout(
        "qiaojia_forestry_bureau_list", "https://baikeshiji.com/wiki/ZhaoTongShi",
        "县林业和草原局 岗位廉政风险防控一览表, after the source's encyclopaedia page on 昭通市 (its 县, "
        "巧家魔芋 and 巧家小碗红糖 among the 特产, the 念湖 黑颈鹤 reserve): a title, 序号/股室 merged/职务 and "
        "姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def qiaojia_land_bureau_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "爱申瑛", "leader", "移民安置用地报批设置倾向性条件", "一级风险", "报批材料集体审查。"),
        ("国土空间规划股", "股长", "聂摸栾琇", "middle", "规划条件变更把关不严", "一级风险", "变更两人复核、集体研究。"),
        ("国土空间规划股", "股长", "聂摸栾琇", "middle", "规划核实不到场", "二级风险", "核实留存影像。"),
        ("不动产登记中心", "登记员", "爱申玟", "general", "不动产登记审查不严", "二级风险", "登记两级审核。"),
        ("不动产登记中心", "登记员", "爱申玟", "general", "登记资料泄露", "三级风险", "查询登记备案。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "qiaojia_land_bureau_screening", "https://ztnews.net/article/show-339993.html",
        "县自然资源局 廉政风险点排查表, after the source's 昭通新闻网 page on the 白鹤滩 of 巧家 (its name, its "
        "river gorge, the 堂琅 copper and 药山): a title, 序号/科室/岗位/责任人 on EVERY row/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def qiaojia_medical_insurance_posts() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("待遇保障股", "待遇审核岗", "general", "异地就医备案审核不严", "岗位职责风险", "高风险",
         "备案材料两人审查。"),
        ("待遇保障股", "待遇审核岗", "general", "慢特病认定降低标准", "业务流程风险", "高风险", "认定结果公示。"),
        ("基金监管股", "稽核员", "general", "定点医药机构检查通风报信", "制度机制风险", "中风险",
         "随机抽查，检查留痕。"),
        ("基金监管股", "稽核员", "general", "接受定点药店宴请", "思想道德风险", "中风险", "签订廉洁承诺书。"),
        ("医疗保障服务中心", "结算岗", "general", "医保基金结算数据不实", "外部环境风险", "低风险",
         "结算数据按月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "qiaojia_medical_insurance_posts", "http://m.vipyiyao.com/wenku/rrbve/5w9LOvenyn",
        "县医疗保障局 岗位廉政风险防控清单 对岗不对人, after the source's page on the 区域概况 of 昭通 (its "
        "climate, rainfall, 巧家 at 4040 m its highest point, its 县 and their seats): a title, 序号/科室 "
        "merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def qiaojia_menggu_clinic_group_rows() -> dict:
    unit = f"{PLACE}蒙姑镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "爱申瑶", "leader", [
                ("药品耗材采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("绩效工资分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、药房", "药房", [
            ("药剂员", "聂摸栾琳", "general", [
                ("药品出入库登记不实", "中", "出入库双人核对。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "爱申玳", "general", [
                ("医保结算数据不实", "中", "结算数据按月核对。"),
                ("现金收入不及时入账", "低", "收入日清日结。"),
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
        "qiaojia_menggu_clinic_group_rows", "https://www.meipian.cn/5j2vsb58",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's travel page on the 白鹤滩 dam (the "
        "road through 巧家, the 大寨镇 lookouts; no page of 蒙姑镇 nor of its 卫生院 could be found): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、院领导``, ``二、药房``, "
        "``三、收费室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def qiaojia_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("聂摸栾瑾", "", "校长", "leader", [
            ("食堂大宗物资采购指定供应商", "一级", "物资公开招标，家委会参与验收。", "已落实"),
            ("校舍维修指定施工方", "二级", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("爱申瑭", "教务处", "干事", "general", [
            ("教辅资料征订收受回扣", "二级", "征订自愿，书目集体研究。", "未发现问题"),
            ("考试成绩录入不复核", "三级", "成绩录入两人复核。", "已落实"),
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
        "qiaojia_no1_middle_school_selfchecks", "https://photoint.net/article/edu/155803.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page "
        "on 昭通市 (its 1 区 and 10 县, 巧家县 first among them; no page of a 巧家 school could be found): a "
        "title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qiaojia_baihetan_street_double_prime(),
    qiaojia_yuping_street_list(),
    qiaojia_yaoshan_town_list(),
    qiaojia_forestry_bureau_list(),
    qiaojia_land_bureau_screening(),
    qiaojia_medical_insurance_posts(),
    qiaojia_menggu_clinic_group_rows(),
    qiaojia_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1080-inbox"))

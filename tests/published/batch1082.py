"""The one-thousand-and-eighty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫生院, 学校, 农业, 市场监管 and 水务 bodies of one
county, 绥江县 (昭通市, 云南省) — its 中城镇人民政府, the 南岸镇人民政府, the 会仪镇三渡村民委员会, the
板栗镇卫生院, the 绥江县第一中学, the 农业农村局, the 市场监督管理局 and the 水务局 — each handing
back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 中城镇人民政府's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 南岸镇人民政府's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 三渡村民委员会's 清单: ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 农业农村局's 排查表: ``股室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 板栗镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、公共卫生科``, ``三、药房`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``suijiang_water_bureau_transposed_blocks``: the 水务局's 清单 printed landscape and TRANSPOSED: the
  first column holds the labels down the rows (``科室``, ``岗位``, ``责任人``, ``风险点``, ``风险等级``,
  ``防控措施``), each later column is one point, the 科室, post and holder cells merged across that
  post's columns; two such blocks one under the other, one a 科室 (``局领导`` over ``办公室``… ), each
  with its own label column. Each column reads as one point of its post and holder, with its level
  and measures. The probe at HEAD read one block, a ``序号`` row above it, merged or not merged
  cells, and two blocks under group rows (``局领导`` alone on a row) right; two blocks each with its
  own ``科室`` label row lost the holder of the block with one post (his name only in the 责任人 row,
  a rare surname) and the unit of the block below.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 绥江 could be found: the pages are of the county's place
name, its towns, its new county seat by the 向家坝 reservoir and its tourism); the rows are worded
by us, the names invented (the rare compound surnames 奥敦 and 蒲古里); every unit is a body of
昭通市绥江县.

Run ``python tests/published/score.py --set batch1082`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each column right of the labels is one point: the 科室, 岗位 and 责任人 merged
  over it (or written in it) are its holder's, the 风险等级 and 防控措施 in the same column its own;
- ``局领导``, ``院领导`` are the 科室 of the leaders; the 镇's and the 村's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``总务处干事`` is the 干事 of the 科室 总务处;
  镇长, 副镇长, 局长, 副局长, 党委书记, 村党总支书记, 院长, 校长 are leaders; 股长, 队长, 大队长, 主任 of
  a 科室 the middle; the rest (the 村委会主任 too, as earlier batches have him) general;
- the 市场监督管理局's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no
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

PREFIX = "b1082_"
PLACE = "昭通市绥江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
# the labels down the first column of each block of the harder file
LABELS = ("科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# one block a 科室: (科室, [(岗位, 责任人, tier, [(风险点, 风险等级, 防控措施)])])
WATER = [
    ("局领导", [
        ("局长", "奥敦珩", "leader", [
            ("水利工程项目指定施工单位", "高", "项目公开招标，党组会集体研究。"),
            ("工程变更签证个人说了算", "高", "变更经专家论证、集体决策。"),
        ]),
    ]),
    ("水政监察大队", [
        ("大队长", "蒲古里澜", "middle", [
            ("河道采砂执法通风报信", "高", "执法两人以上，全程记录。"),
            ("行政处罚自由裁量不当", "中", "按裁量基准处罚，法制审核。"),
        ]),
        ("执法员", "奥敦琪", "general", [
            ("接受管理对象宴请", "低", "签订廉洁承诺书。"),
        ]),
    ]),
]  # fmt: skip


def suijiang_water_bureau_transposed_blocks() -> dict:
    unit = f"{PLACE}水务局"
    width = 1 + max(sum(len(pts) for *_, pts in posts) for _, posts in WATER)
    sh = _Sheet("清单", [12] + [24] * (width - 1))
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", width)
    for dept, posts in WATER:
        cols = [(post, who, tier, point, lv, measures)
                for post, who, tier, pts in posts for point, lv, measures in pts]  # fmt: skip
        pad = [None] * (width - 1 - len(cols))
        start = len(sh.rows)
        sh.add("科室", *[dept] * len(cols), *pad)
        sh.add("岗位", *[c[0] for c in cols], *pad)
        sh.add("责任人", *[c[1] for c in cols], *pad)
        sh.add("风险点", *[c[3] for c in cols], *pad)
        sh.add("风险等级", *[c[4] for c in cols], *pad)
        sh.add("防控措施", *[c[5] for c in cols], *pad)
        for post, who, tier, point, lv, _ in cols:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        # the 科室 merged across the block, the post and holder across each post's columns
        runs = [(start, 1, len(cols))]
        j = 1
        for _post, _who, _tier, pts in posts:
            runs += [(start + 1, j, len(pts)), (start + 2, j, len(pts))]
            j += len(pts)
        for r, c, n in runs:
            if n > 1:
                for k in range(c + 1, c + n):
                    sh.rows[r][k] = None
                sh.merge(r, c, r, c + n - 1)
    sh.add("填表人：", None, "审核人：", None)
    return _layout(
        "suijiang_water_bureau_transposed_blocks", "http://www.dfzqw.net/townij/suijiang.html",
        "(harder) 县水务局 岗位廉政风险防控清单 printed landscape and TRANSPOSED, after the source's page on "
        "绥江 (its 5 镇 1 乡, the county seat 中城镇 between the 溪洛渡 and 向家坝 dams; no page of its 水务局 "
        "could be found): a title, then two blocks one under the other, one a 科室, each with its own "
        "label column 科室/岗位/责任人/风险点/风险等级 高/中/低/防控措施 and one column a point; the 科室 "
        "merged across the block, 岗位 and 责任人 across each post's columns; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def suijiang_zhongcheng_town_list() -> dict:
    unit = f"{PLACE}中城镇人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "蒲古里瀚", "leader", "集镇改造项目指定施工方", "思想道德风险", "高",
         "项目公开比选，党委会集体研究。"),
        ("镇领导", "党委书记", "蒲古里瀚", "leader", "干部评优推荐不公开", "制度机制风险", "中",
         "评优条件和结果公示。"),
        ("党政综合办公室", "主任", "奥敦瑶", "middle", "公务接待超标准安排", "岗位职责风险", "中",
         "接待按标准，一事一单。"),
        ("村镇规划建设服务中心", "工作人员", "蒲古里沅", "general", "违法建筑巡查通风报信", "外部环境风险",
         "高", "巡查两人以上，不预先告知。"),
        ("村镇规划建设服务中心", "工作人员", "蒲古里沅", "general", "农房建设审核不严", "业务流程风险",
         "低", "审核结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "suijiang_zhongcheng_town_list", "https://zhdiming.com/zhaotong/suijiangxian_zhongchengzhen",
        "镇人民政府 岗位廉政风险防控一览表, after the source's gazetteer page on 中城镇 of 绥江县 (the county "
        "seat, merged with 田坝镇 in 2006, 11 村 and 3 社区): a title, 序号/科室 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def suijiang_nan_an_town_list() -> dict:
    unit = f"{PLACE}南岸镇人民政府"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("镇长", "奥敦璟", "leader", "竹产业扶持资金对象指定", "一级", "扶持对象村级评议并公示。"),
        ("镇长", "奥敦璟", "leader", "镇级工程结算个人说了算", "一级", "结算经审计后党委会研究。"),
        ("副镇长", "蒲古里珂", "leader", "移民后期扶持资金发放不按规定", "二级", "发放名单张榜公示。"),
        ("农业农村服务中心工作人员", "奥敦琛", "general", "良种发放登记不实", "二级", "发放名单公示，签字领取。"),
        ("农业农村服务中心工作人员", "奥敦琛", "general", "接受种植大户宴请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "suijiang_nan_an_town_list", "http://www.myciyu.com/lishi/diming/e7bba5e6b19fe58ebf",
        "镇人民政府 岗位廉政风险防控清单, after the source's gazetteer entry on the place name 绥江县 (靖江县 "
        "of 1908 renamed in 1914, its 5 镇 and 1 乡, 金沙魔芋, the 会仪镇 三渡村): a title, 序号/职务/姓名 on "
        "every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def suijiang_sandu_village_list() -> dict:
    unit = f"{PLACE}会仪镇三渡村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "蒲古里渝", "leader", "村级工程项目指定施工队", "外部环境", "Ⅰ级",
         "项目村民代表会议决定，结果公示。"),
        ("村党总支书记", "蒲古里渝", "leader", "集体资产发包不公开", "制度机制", "Ⅰ级", "发包公开竞价。"),
        ("村委会主任", "奥敦瑜", "general", "低保评议优亲厚友", "思想道德", "Ⅱ级", "评议结果张榜公示。"),
        ("村委会主任", "奥敦瑜", "general", "惠农补贴申报不实", "业务流程", "Ⅱ级", "申报材料逐户核实。"),
        ("报账员", "蒲古里琳", "general", "村级报账票据不规范", "岗位职责", "Ⅲ级", "票据经村务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "suijiang_sandu_village_list", "http://m.66zidian.com/lishi/diming/e7bba5e6b19fe58ebf",
        "村民委员会 岗位廉政风险防控清单, after the source's dictionary entry on 绥江县 (its history, its "
        "crops, the 峰顶山 and 瓦店子 caves, 会仪镇三渡村 the home of 谭善洋; no page of the 村 itself could "
        "be found): a title, 序号/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def suijiang_agriculture_bureau_screening() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "奥敦瑛", "leader", "高标准农田项目验收降低标准", "一级风险", "验收集体进行，结果公示。"),
        ("农业综合执法大队", "队长", "蒲古里琇", "middle", "农资执法检查通风报信", "一级风险", "检查随机抽取，两人以上。"),
        ("农业综合执法大队", "队长", "蒲古里琇", "middle", "罚没物品处置不规范", "二级风险", "罚没物品登记入库。"),
        ("计划财务股", "会计", "奥敦玟", "general", "项目资金拨付审核不严", "二级风险", "拨付两级审核。"),
        ("计划财务股", "会计", "奥敦玟", "general", "财务资料外泄", "三级风险", "资料查阅登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "suijiang_agriculture_bureau_screening", "http://www.ziyuan8888.com/lishi/diming/e7bba5e6b19fe58ebf/index.html",
        "县农业农村局 廉政风险点排查表, after the source's page on the place name 绥江县 (its crops: 玉米, 稻, "
        "油桐, 竹笋, 天麻, 柑橘 and 茶叶; 乌桕 and 油桐 among the first of the province): a title, "
        "序号/股室/岗位/责任人 on EVERY row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type "
        "column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def suijiang_market_regulation_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("登记注册股", "登记审核岗", "general", "市场主体登记审查不严", "岗位职责风险", "高风险",
         "登记材料两人审查。"),
        ("登记注册股", "登记审核岗", "general", "为申请人指定代办中介", "思想道德风险", "高风险", "办事流程公开。"),
        ("食品安全监管股", "监管员", "general", "食品经营检查通风报信", "制度机制风险", "中风险",
         "双随机抽查，检查留痕。"),
        ("食品安全监管股", "监管员", "general", "接受餐饮单位宴请", "外部环境风险", "中风险", "签订廉洁承诺书。"),
        ("中城市场监督管理所", "执法岗", "general", "罚款不开具票据", "业务流程风险", "低风险",
         "罚缴分离，票据统一管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "suijiang_market_regulation_posts", "http://www.bgjj.cc/fengshui/8514610.html",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's page on touring 绥江 (the 昭乐 "
        "highway, the 金沙水上乐园, the 蝴蝶苗寨 and 大团岩): a title, 序号/科室 merged/岗位 merged per "
        "post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def suijiang_banli_clinic_group_rows() -> dict:
    unit = f"{PLACE}板栗镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "蒲古里瑄", "leader", [
                ("药品耗材采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("绩效工资分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科员", "奥敦琳", "general", [
                ("家庭医生签约数据造假", "中", "签约数据随机回访核实。"),
            ]),
        ]),
        ("三、药房", "药房", [
            ("药剂员", "蒲古里玳", "general", [
                ("药品出入库登记不实", "中", "出入库双人核对。"),
                ("过期药品处置不规范", "低", "过期药品登记销毁。"),
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
        "suijiang_banli_clinic_group_rows", "https://touch.travel.qunar.com/comment/10162325913",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's traveller's comment on 绥江 (a new "
        "town, the old one under the reservoir, the 金沙水上乐园; no page of 板栗镇 nor of its 卫生院 could be "
        "found): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、院领导``, "
        "``二、公共卫生科``, ``三、药房`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def suijiang_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("奥敦瑾", "", "校长", "leader", [
            ("食堂大宗物资采购指定供应商", "一级", "物资公开招标，家委会参与验收。", "已落实"),
            ("校舍维修指定施工方", "二级", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("蒲古里瑭", "总务处", "干事", "general", [
            ("校服征订收受回扣", "二级", "征订自愿，供应商公开选定。", "未发现问题"),
            ("固定资产登记不实", "三级", "资产年度盘点。", "已落实"),
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
        "suijiang_no1_middle_school_selfchecks", "https://carvingitup.com/article/show-450087.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "昭通新闻网 page on 水富 (the county west of it 绥江, the 云天化中学; no page of a 绥江 school could be "
        "found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    suijiang_water_bureau_transposed_blocks(),
    suijiang_zhongcheng_town_list(),
    suijiang_nan_an_town_list(),
    suijiang_sandu_village_list(),
    suijiang_agriculture_bureau_screening(),
    suijiang_market_regulation_posts(),
    suijiang_banli_clinic_group_rows(),
    suijiang_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1082-inbox"))

"""The one-thousand-and-ninetieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 文旅, 纪念馆, 卫生院, 学校 and 卫健 bodies of one
county, 威信县 (昭通市, 云南省) — its 扎西镇人民政府, the 旧城镇人民政府, the 水田镇水田村民委员会, the
文化和旅游局, the 扎西会议纪念馆, the 罗布镇卫生院, the 威信县第二小学 and the 卫生健康局 — each handing
back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 扎西镇人民政府's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 旧城镇人民政府's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 水田村民委员会's 清单: ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 文化和旅游局's 排查表: ``股室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 扎西会议纪念馆's 清单 对岗不对人: ``部门`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 罗布镇卫生院's 防控卡 under GROUP ROWS ``（一）院领导``, ``（二）护理部``, ``（三）收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第二小学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``weixin_health_bureau_tab_named_cards``: the 卫生健康局's 岗位廉政风险防控卡, one sheet a person,
  each card sent in by its holder as a file of its own named ``<姓名>-<科室岗位>`` and pasted into
  one workbook keeping the tab: the tabs read ``哥舒琰-局长``, ``拔延沅-办公室主任``,
  ``哥舒瑶-医政医管股股长``; on the sheet only a title naming the unit, ``序号 | 廉政风险点 |
  风险等级 | 防控措施`` and a ``本人签字：`` line — no name, no post, no 科室 anywhere in the cells.
  The holder, his 科室 and post are the tab's. (The batch's file names are its layout names, so
  here the holder stands in the tabs only; the cases of tests/test_holder_in_tab_or_file_name.py
  name him in the file's name too.) The assigned kinds were probed in order: (a) a 4-column
  ``时间 | 内容 | 参加人 | 记录人`` 学习记录 or 谈话提醒记录 under the list, with and without a title
  line and a blank row — read right; (b) each 科室's block under a caption row ``一、办公室``
  repeating the header, its 序号 from 1 — read right; (c) 防控措施 cells of numbered sub-items
  ``1.…2.…`` (run on, ``；``-separated, one a line) with ``一级（2项）``, ``高（2项）``, ``二级(3条)``,
  ``一级（措施2项）``, the count on its own line, the level merged per person — all read right;
  (d) a card whose holder is only in the tab ``哥舒琰-办公室主任`` and the file name
  ``哥舒琰-办公室主任.xlsx`` (or ``…卫生健康局-拔延沅-财务股股长.xlsx``) — read as a form of the unit
  with no person, no post and no 科室: so (d) was taken.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 威信 could be found: the pages are of the county's place
name, its towns, the 扎西会议 and its red-tourism sites, and a pupil's essay on 扎西); the rows are
worded by us, the names invented (the rare compound surnames 哥舒 and 拔延); every unit is a body
of 昭通市威信县.

Run ``python tests/published/score.py --set batch1090`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a tab ``<姓名>-<科室><岗位>`` names the card's holder, his 科室 and his post
  (``办公室主任`` the 主任 of 办公室, ``医政医管股股长`` the 股长 of 医政医管股, ``局长`` no 科室);
- ``镇领导``, ``局领导``, ``院领导``, ``馆领导`` are the 科室 of the leaders; the 镇's and the 村's people
  and the 小学's 校长 have no 科室 where no column gives one; the 小学's ``教导处主任`` is the 主任 of
  the 科室 教导处; 镇长, 副镇长, 党委书记, 局长, 副局长, 馆长, 院长, 校长 are leaders; 股长, 主任 of a
  科室, 护士长 the middle; the rest (the 村委会主任 too, as earlier batches have him) general;
- the 纪念馆's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no points;
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

PREFIX = "b1090_"
PLACE = "昭通市威信县"
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

# one card a person: (tab, 科室, 岗位, 姓名, tier, [(风险点, 风险等级, 防控措施)])
CARDS = [
    ("哥舒琰-局长", "", "局长", "哥舒琰", "leader", [
        ("医疗卫生项目指定施工单位", "高", "项目公开招标，党组会集体研究。"),
        ("干部选拔任用个人说了算", "高", "选任按程序，党组集体研究。"),
        ("接受医药企业宴请", "中", "签订廉洁承诺书，节前提醒。"),
    ]),
    ("拔延沅-办公室主任", "办公室", "主任", "拔延沅", "middle", [
        ("公务接待超标准安排", "中", "接待一事一单，按标准结算。"),
        ("公车使用登记不实", "低", "派车单登记，月底核对。"),
    ]),
    ("哥舒瑶-医政医管股股长", "医政医管股", "股长", "哥舒瑶", "middle", [
        ("医疗机构校验放宽条件", "高", "校验两人以上，结果公示。"),
        ("医疗纠纷处理偏袒一方", "中", "纠纷调解集体研究，全程记录。"),
    ]),
]  # fmt: skip


def weixin_health_bureau_tab_named_cards() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    sheets = []
    for tab, dept, post, who, tier, points in CARDS:
        sh = _Sheet(tab, [6, 40, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签字：", None, "日期：", None)
        sheets.append(sh)
    return _layout(
        "weixin_health_bureau_tab_named_cards", "http://ylxf.1237125.cn/NewsView.aspx?NewsID=386445",
        "(harder) 县卫生健康局 岗位廉政风险防控卡, one sheet a person, after the source's 云岭先锋网 page on "
        "威信's 扎西红色小镇 (a 4A scenic area by the 扎西会议 site; no page of its 卫生健康局 could be "
        "found): each card sent in as a file named ``<姓名>-<科室岗位>`` and pasted into one workbook "
        "keeping that name as the tab (``哥舒琰-局长``, ``拔延沅-办公室主任``, ``哥舒瑶-医政医管股股长``); on "
        "the sheet only a title naming the unit, 序号/廉政风险点/风险等级 高/中/低/防控措施 and a "
        "本人签字/日期 line — the holder, his 科室 and post named nowhere but in the tab",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def weixin_zhaxi_town_list() -> dict:
    unit = f"{PLACE}扎西镇人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "拔延瀚", "leader", "老街改造项目指定施工方", "思想道德风险", "高",
         "项目公开比选，党委会集体研究。"),
        ("镇领导", "镇长", "拔延瀚", "leader", "镇级资金拨付个人审批", "制度机制风险", "中",
         "大额资金集体研究，联签审批。"),
        ("党政综合办公室", "主任", "哥舒珂", "middle", "办公用品采购不比价", "岗位职责风险", "中",
         "采购三家比价，登记入库。"),
        ("社会事务服务中心", "工作人员", "拔延琪", "general", "低保审核优亲厚友", "外部环境风险",
         "高", "入户核查，结果公示。"),
        ("社会事务服务中心", "工作人员", "拔延琪", "general", "临时救助发放登记不实", "业务流程风险",
         "低", "发放名单公示，签字领取。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "weixin_zhaxi_town_list", "https://zhdiming.com/yunnanweixinxian",
        "镇人民政府 岗位廉政风险防控一览表, after the source's gazetteer page on 威信县 (its 扎西镇 of some "
        "10.5万 people, the county seat, and its other 镇 and 乡, its roads to 泸州 and 宜宾): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施",
        [sh], t,
    )  # fmt: skip


def weixin_jiucheng_town_list() -> dict:
    unit = f"{PLACE}旧城镇人民政府"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("党委书记", "哥舒璟", "leader", "产业扶持项目安排个人决定", "一级", "项目党委会集体研究并公示。"),
        ("党委书记", "哥舒璟", "leader", "干部考核评优不公", "二级", "考核结果公示。"),
        ("副镇长", "拔延珩", "leader", "林地征占补偿核算不实", "一级", "补偿清单入户核对并公示。"),
        ("农业农村服务中心工作人员", "哥舒琛", "general", "化肥补贴发放登记不实", "二级", "发放名单公示，签字领取。"),
        ("农业农村服务中心工作人员", "哥舒琛", "general", "接受合作社宴请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "weixin_jiucheng_town_list", "https://qinglite.cn/doc/766364be98d59b9c7",
        "镇人民政府 岗位廉政风险防控清单, after the source's page on 威信县 (its name of 1913, its 35.23万 "
        "people of 2021, its 水系连通 and 水美乡村 listing, the 旧城 seat of old): a title, 序号/职务/姓名 on "
        "every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def weixin_shuitian_village_list() -> dict:
    unit = f"{PLACE}水田镇水田村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "拔延渝", "leader", "村级道路硬化指定施工队", "外部环境", "Ⅰ级",
         "项目村民代表会议决定，结果公示。"),
        ("村党总支书记", "拔延渝", "leader", "集体林地发包不公开", "制度机制", "Ⅰ级", "发包公开竞价。"),
        ("村委会主任", "哥舒瑜", "general", "危房改造对象评议不公", "思想道德", "Ⅱ级", "评议结果张榜公示。"),
        ("村委会主任", "哥舒瑜", "general", "公益岗位人员安排不实", "业务流程", "Ⅱ级", "人员名单逐户核实。"),
        ("报账员", "拔延琳", "general", "村级报账票据审核不严", "岗位职责", "Ⅲ级", "票据经村务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "weixin_shuitian_village_list", "http://mekonglook.com/cms/lvxing1/4202.html",
        "村民委员会 岗位廉政风险防控清单, after the source's travel page on 威信 (the 鸡鸣三省 monument, the "
        "扎西红色小镇 and the 水田 花房子 meeting site; no page of the 村 itself could be found): a title, "
        "序号/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def weixin_culture_tourism_bureau_screening() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "哥舒瑛", "leader", "文物保护工程验收降低标准", "一级风险", "验收集体进行，结果公示。"),
        ("文化市场综合执法大队", "队长", "拔延琇", "middle", "网吧检查通风报信", "一级风险", "检查随机抽取，两人以上。"),
        ("文化市场综合执法大队", "队长", "拔延琇", "middle", "罚款裁量畸轻畸重", "二级风险", "按裁量基准处罚，法制审核。"),
        ("财务股", "会计", "哥舒玟", "general", "景区门票收入入账不及时", "二级风险", "收入日结日清，两人对账。"),
        ("财务股", "会计", "哥舒玟", "general", "财务印鉴保管不善", "三级风险", "印鉴分人保管，使用登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "weixin_culture_tourism_bureau_screening", "https://carvingitup.com/article/show-414969.html",
        "县文化和旅游局 廉政风险点排查表, after the source's 昭通新闻网 report on the 扎西会议 red-study "
        "drive loop (its 文化和旅游局 showing the route): a title, 序号/股室/岗位/责任人 on EVERY row/风险点/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def weixin_zhaxi_memorial_posts() -> dict:
    unit = f"{PLACE}扎西会议纪念馆"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", "布展工程指定施工单位", "思想道德风险", "高风险",
         "布展项目公开招标，馆务会研究。"),
        ("馆领导", "馆长", "leader", "文创产品供应商指定", "制度机制风险", "高风险", "供应商公开比选。"),
        ("陈列研究部", "讲解员", "general", "私自接团收取讲解费", "岗位职责风险", "中风险",
         "讲解统一派单，收费公示。"),
        ("陈列研究部", "讲解员", "general", "接受旅行社礼品", "外部环境风险", "中风险", "签订廉洁承诺书。"),
        ("办公室", "文物保管员", "general", "馆藏文物出入库登记不实", "业务流程风险", "低风险",
         "出入库双人登记，定期盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "weixin_zhaxi_memorial_posts", "https://www.wsnews.com.cn/sddj/p/269320.html",
        "县扎西会议纪念馆 岗位廉政风险防控清单 对岗不对人, after the source's 云南发布 page on the 扎西会议 "
        "site as a new landmark of 云南 (the 纪念馆, the 红军烈士陵园 and the 红色小镇): a title, 序号/部门 "
        "merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def weixin_luobu_clinic_group_rows() -> dict:
    unit = f"{PLACE}罗布镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("（一）院领导", "院领导", [
            ("院长", "拔延瑄", "leader", [
                ("医用耗材采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("职工绩效分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("（二）护理部", "护理部", [
            ("护士长", "哥舒琳", "middle", [
                ("护理耗材领用登记不实", "中", "领用登记，月底盘点。"),
            ]),
        ]),
        ("（三）收费室", "收费室", [
            ("收费员", "拔延玳", "general", [
                ("收费不开票据", "中", "收费统一开票，每日对账。"),
                ("退费手续不全", "低", "退费经科室负责人签字。"),
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
        "weixin_luobu_clinic_group_rows", "https://ttnews.xyz/a/5dbfb04adc9b5e51a02fabf9?lang=zh-hant",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on the name of 威信县 (its "
        "history from the 芒部 of old, the 威信州判, its sites; no page of 罗布镇 nor of its 卫生院 could be "
        "found): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``（一）院领导``, "
        "``（二）护理部``, ``（三）收费室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def weixin_no2_primary_school_selfchecks() -> dict:
    unit = f"{PLACE}第二小学"
    t = _Truth(unit)
    people = [
        ("拔延瑾", "", "校长", "leader", [
            ("营养餐食材采购指定供应商", "一级", "食材公开招标，家委会参与验收。", "已落实"),
            ("校园维修指定施工方", "二级", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("哥舒瑭", "教导处", "主任", "middle", [
            ("教辅资料征订收受回扣", "二级", "征订自愿，书目公示。", "未发现问题"),
            ("评优评先推荐不公", "三级", "推荐结果公示。", "已落实"),
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
        "weixin_no2_primary_school_selfchecks", "https://www.ztnews.net/article/show-471814.html",
        "县第二小学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "昭通新闻网 page of a 第二小学 pupil's essay on the 扎西红色小镇: a title, a label row ``姓　名 | "
        "职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/"
        "``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    weixin_health_bureau_tab_named_cards(),
    weixin_zhaxi_town_list(),
    weixin_jiucheng_town_list(),
    weixin_shuitian_village_list(),
    weixin_culture_tourism_bureau_screening(),
    weixin_zhaxi_memorial_posts(),
    weixin_luobu_clinic_group_rows(),
    weixin_no2_primary_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1090-inbox"))

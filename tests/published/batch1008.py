"""The one-thousand-and-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 文化, 移民, 就业 and 乡村 bodies of one county, 剑河县
(黔东南苗族侗族自治州, 贵州省) — its 南寨乡人民政府, the 展留村, the 生态移民局, the 人力资源和社会保障局,
the 工业和商务局, the 农业农村局, the 妇女联合会 and the 文体广电旅游局 — each handing back the 一览表, 清单,
排查表 or 自查表 its staff typed in WPS or Excel:

- the 南寨乡人民政府's 清单 under GROUP ROWS ``一、乡领导``, ``二、综合文化站``, ``三、社会事务办`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 展留村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 生态移民局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 人力资源和社会保障局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 工业和商务局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 农业农村局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a
  long ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 妇女联合会's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of values, 高/中/低,
  ``防控措施 | 自查情况``.

One is harder:

- ``jianhe_culture_points_side_by_side``: the 文体广电旅游局's 一览表 whose ``廉政风险点`` heading is MERGED
  ACROSS TWO COLUMNS (E:F) with no sub-headings — the template's one point column, a second inserted
  beside it and the heading merged over both — and each row holding ONE OR TWO POINTS of the same
  level SIDE BY SIDE, one a cell (``锡绣传习基地建设资金安排个人说了算 | 非遗展演活动承办单位指定``),
  the second cell blank where the row has one; the row's 风险等级 and 防控措施 are shared by its
  points. docs/layouts.md knows a point heading merged over columns whose rows each fill ONE of
  them, staggered (a note giving each column a level), and ``风险点 | 风险表现`` pairs; not two whole
  points side by side in one row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
渴侯 and 叱吕 with rare given names); every unit is a body of 剑河县.

Run ``python tests/published/score.py --set batch1008`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each filled cell under the merged ``廉政风险点`` is one point of the row's holder,
  at the row's level; a blank second cell is no point;
- ``乡领导``, ``局领导`` are the 科室 of the leaders; the 村's and the 妇联's people have no 科室 where no
  column gives one; 乡长, 局长, 副局长, 村党支部书记, 主席 are leaders; 股长, 站长, 主任 (of a 乡's 办) middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``自查日期`` are no points; the
  工业和商务局's list names no person: its forms are posts;
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

PREFIX = "b1008_"
PLACE = "剑河县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 职务, 姓名, tier, [points of one level side by side], level, 防控措施): one row each
SIDE = [
    ("局领导", "局长", "渴侯翀瑢", "leader", ["锡绣传习基地建设资金安排个人说了算", "非遗展演活动承办单位指定"], "高",
     "资金安排和承办单位经局党组会集体研究，结果公示。"),
    ("局领导", "局长", "渴侯翀瑢", "leader", ["接受文旅企业宴请、礼金"], "中",
     "签订廉洁承诺书，节前廉政提醒。"),
    ("文化遗产股", "股长", "叱吕澈沄", "middle", ["非遗代表性传承人推荐弄虚作假", "传承人补助资金发放不实"], "高",
     "推荐材料集体评审，补助名单公示。"),
    ("文化遗产股", "股长", "叱吕澈沄", "middle", ["锡绣培训班学员签到造假"], "中", "培训签到留影，随机回访学员。"),
    ("旅游市场股", "科员", "渴侯霂", "general", ["旅游市场检查中吃拿卡要", "对违规旅行社通风报信"], "中",
     "检查两人以上，执法记录仪全程记录。"),
    ("旅游市场股", "科员", "渴侯霂", "general", ["旅游宣传品采购不比价"], "低", "采购三家比价，验收两人签字。"),
]  # fmt: skip


def jianhe_culture_points_side_by_side() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 32, 32, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add("序号", "股室", "职务", "姓名", "廉政风险点", None, "风险等级", "防控措施")
    sh.merge(r, 4, r, 5)  # the one heading widened over a column inserted beside it
    first = len(sh.rows)
    for n, (dept, post, who, tier, points, lv, measures) in enumerate(SIDE, 1):
        left, right = (points + [None])[:2]
        sh.add(n, dept, post, who, left, right, lv, measures)
        for point in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "jianhe_culture_points_side_by_side", "http://ynhanyi.com/721787.shtml",
        "(harder) 县文体广电旅游局 岗位廉政风险防控一览表 whose ``廉政风险点`` heading is MERGED ACROSS TWO COLUMNS with "
        "no sub-headings (a column inserted beside the template's one), each row holding ONE OR TWO POINTS of the same "
        "level SIDE BY SIDE (the second cell blank where a row has one), after the source's account of 苗族锡绣 (世界上唯一"
        "的金属绣, 传习基地, 非遗服饰时装秀): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点 over "
        "E:F/风险等级 高/中/低/防控措施 shared by the row's points; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jianhe_nanzhai_township_group_rows() -> dict:
    unit = f"{PLACE}南寨乡人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、乡领导", "乡领导", [
            ("乡长", "叱吕璟珩", "leader", [
                ("锡绣产业扶持资金分配个人说了算", "一级风险", "资金分配经乡党政联席会议集体研究。"),
                ("绣娘培训基地工程指定施工队伍", "一级风险", "工程按规定比选，结果公示。"),
            ]),
        ]),
        ("二、综合文化站", "综合文化站", [
            ("站长", "渴侯沨瑗", "middle", [
                ("非遗传习活动经费报账不实", "二级风险", "报账附活动照片和签到表。"),
            ]),
            ("文化专干", "叱吕岍", "general", [
                ("绣品展销摊位分配优亲厚友", "二级风险", "摊位公开抽签分配。"),
                ("文化活动器材领用不登记", "三级风险", "器材出入库台账管理。"),
            ]),
        ]),
        ("三、社会事务办", "社会事务办", [
            ("主任", "渴侯璆澜", "middle", [
                ("临时救助审核把关不严", "二级风险", "救助对象入户核查，村组公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "jianhe_nanzhai_township_group_rows",
        "http://soolun.net/periodical/1b30a9d471de45c8ad70de96fbce3d18.html",
        "乡人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's study of 苗族 织绣's 母花 (传承手段, 纹样, "
        "支系): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows ``一、乡领导``, "
        "``二、综合文化站``, ``三、社会事务办`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jianhe_zhanliu_village_list() -> dict:
    unit = f"{PLACE}展留村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "叱吕翾沅", "leader", "锡绣合作社分红方案不公开", "一级", "分红方案村民大会表决。"),
        ("村党支部书记", "叱吕翾沅", "leader", "村集体工程指定施工方", "一级", "工程“四议两公开”，村民代表监督。"),
        ("村委会副主任", "渴侯琤", "general", "公益性岗位人员选定优亲厚友", "二级", "选定结果张榜公示。"),
        ("村报账员", "叱吕瀞", "general", "集体收入坐收坐支", "二级", "收入及时入账，按季公开。"),
        ("村报账员", "叱吕瀞", "general", "虚开白条报账", "三级", "报账经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年5月", None, None)
    return _layout(
        "jianhe_zhanliu_village_list", "http://www.gokuart.com/whly/2024-04/18/136_249905.html",
        "村 小微权力廉政风险防控清单, after the source's account of a 县 推进苗族锡绣传承创新 (绣娘, 居家灵活就业, 展留村): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def jianhe_relocation_bureau_list() -> dict:
    unit = f"{PLACE}生态移民局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "渴侯瑀翯", "leader", "安置社区配套项目干预发包", "思想道德风险", "高",
         "项目公开招标，领导干预登记报告。"),
        ("局领导", "局长", "渴侯瑀翯", "leader", "后续扶持资金分配个人说了算", "制度机制风险", "高",
         "资金分配局党组会集体研究并公示。"),
        ("后续扶持股", "股长", "叱吕沄璠", "middle", "扶贫车间奖补对象审核不严", "岗位职责风险", "中",
         "奖补对象实地核查，公示无异议后拨付。"),
        ("后续扶持股", "股长", "叱吕沄璠", "middle", "安置社区商铺分配优亲厚友", "外部环境风险", "中",
         "商铺公开摇号分配。"),
        ("社区管理股", "科员", "渴侯湉", "general", "搬迁群众就业台账数据不实", "业务流程风险", "低",
         "就业台账与社保数据比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "jianhe_relocation_bureau_list", "http://www.jingjiribao.cn/static/detail.jsp?id=633311",
        "县生态移民局 岗位廉政风险防控一览表, after the source's report on 易地扶贫搬迁 后续扶持 (安置社区, 产业培育, 就业扶持): "
        "a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def jianhe_hrss_duty_list() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "叱吕瑆翃", "leader", "就业补助资金安排打招呼", "外部环境", "高风险",
         "资金安排集体研究，过问登记。"),
        ("就业促进股", "股长", "渴侯澂璇", "middle", "一次性求职补贴审核降低标准", "岗位职责", "高风险",
         "补贴名单与就业数据比对后公示。"),
        ("就业促进股", "股长", "渴侯澂璇", "middle", "劳务输出奖补材料审核不严", "业务流程", "中风险",
         "奖补材料集体审核。"),
        ("劳动监察大队", "监察员", "叱吕翊", "general", "欠薪投诉处理中接受宴请", "思想道德", "中风险",
         "检查两人以上，执行工作纪律。"),
        ("劳动监察大队", "监察员", "叱吕翊", "general", "农民工工资保证金退还不及时", "制度机制", "低风险",
         "退还事项限时办结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "jianhe_hrss_duty_list",
        "https://todaymg.com/a/zhua-jiu-ye-wen-ju-zhu-bao-zeng-shou-rang-ban-qian-qun-zhong-wen-de-zhu.html",
        "县人力资源和社会保障局 廉政风险防控责任清单, after the source's account of 搬迁群众 抓就业、稳居住、保增收 "
        "(新市民居住区, 就业推荐, 全员培训): a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def jianhe_commerce_bureau_posts() -> dict:
    unit = f"{PLACE}工业和商务局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("工业发展股", "项目管理岗", "general", "就业帮扶车间认定审核不严", "岗位职责风险", "Ⅰ级",
         "认定现场核查，结果公示。"),
        ("工业发展股", "项目管理岗", "general", "车间租金补助虚报冒领", "业务流程风险", "Ⅰ级", "补助凭合同和租金票据拨付。"),
        ("商贸流通股", "市场管理岗", "general", "电商补贴申报材料把关不严", "制度机制风险", "Ⅱ级",
         "申报材料两人复核。"),
        ("商贸流通股", "市场管理岗", "general", "接受商贸企业礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "公务接待超标准", "外部环境风险", "Ⅲ级", "接待清单逐项审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "jianhe_commerce_bureau_posts", "http://app.taihainet.com/print.php?contentid=2420667",
        "县工业和商务局 岗位廉政风险防控清单 对岗不对人, after the source's photo report on 搬迁群众 家门口就业 (扶贫工厂, "
        "制衣厂, 育苗基地): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def jianhe_agriculture_screening() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "渴侯琬翀", "leader", "产业项目安排", "产业扶持项目化整为零规避招标", "高风险",
         "项目按规定招标，结果公示。"),
        ("产业发展股", "股长", "叱吕霈澄", "middle", "入股分红", "合作社入股分红数据虚报", "高风险",
         "分红数据入户核实，村组公示。"),
        ("产业发展股", "股长", "叱吕霈澄", "middle", "种苗采购", "中药材种苗采购以次充好", "中风险", "种苗进场检验登记。"),
        ("农机服务站", "技术员", "渴侯翯", "general", "农机补贴", "农机购置补贴机具核验走过场", "中风险",
         "机具现场核验，影像留存。"),
        ("农机服务站", "技术员", "渴侯翯", "general", "培训经费", "技能培训经费虚列人数", "低风险", "培训签到与回访核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "jianhe_agriculture_screening", "http://www.ksrykj.com/news/c/2019-07-12/12682057.shtml",
        "县农业农村局 廉政风险点排查表, after the source's account of a 县's 易地扶贫搬迁 (集中安置点, 产业发展, 入股合作): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jianhe_womens_federation_selfchecks() -> dict:
    unit = f"{PLACE}妇女联合会"
    t = _Truth(unit)
    people = [
        ("叱吕湛珝", "主席", "leader", [
            ("巾帼创业贷款推荐对象把关不严", "高", "推荐对象集体评定并公示。", "已落实"),
            ("接受合作企业礼品", "中", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("渴侯沅璎", "干事", "general", [
            ("绣娘技能培训经费报账不实", "中", "报账附培训照片和签到表。", "已落实"),
            ("“巾帼家美积分”奖品采购不比价", "低", "奖品采购比价登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jianhe_womens_federation_selfchecks", "http://news.cnhubei.com/xw/gn/201808/t4148289_2.shtml",
        "县妇女联合会 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on a "
        "乡's 整乡搬迁 (服饰加工坊, 搬迁妇女就业, 劳务输出): a title, a label row ``姓　名 | 职　务 | 自查日期`` over a row "
        "of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jianhe_culture_points_side_by_side(),
    jianhe_nanzhai_township_group_rows(),
    jianhe_zhanliu_village_list(),
    jianhe_relocation_bureau_list(),
    jianhe_hrss_duty_list(),
    jianhe_commerce_bureau_posts(),
    jianhe_agriculture_screening(),
    jianhe_womens_federation_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1008-inbox"))

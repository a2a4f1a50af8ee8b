"""The one-thousand-and-fourteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 文旅, 农业, 水务, 民政, 供销 and 卫生 bodies of one
county, 镇远县 (黔东南苗族侗族自治州, 贵州省) — its 舞阳镇人民政府, the 报京村, the 文体广电旅游局, the
农业农村局, the 水务局, the 民政局, the 供销合作社联合社 and the 卫生健康局 — each handing back the 一览表,
清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 舞阳镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、农业服务中心``, ``三、财政所`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 报京村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 文体广电旅游局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 农业农村局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 水务局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 民政局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long
  ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 供销合作社联合社's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``.

One is harder:

- ``zhenyuan_health_type_and_level_after_dashes``: the 卫生健康局's 一览表 with NO TYPE COLUMN AND NO
  LEVEL COLUMN, each point's cell closing with BOTH its type and its level, each after a dash
  (``乡镇卫生院药品采购收受回扣——思想道德风险——一级``, ``…——制度机制风险——二级``). docs/layouts.md
  knows a type after a dash closing the point (``…——思想道德风险``, TYPE_AFTER_DASH), a level after a
  dash closing it (``…——二级``, LEVEL_JOINED_TO_POINT) and both in one closing bracket
  (``…（制度机制风险/二级）``); not a type and a level each after its own dash, one behind the other.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
素黎 and 渴烛浑 with rare given names); every unit is a body of 镇远县.

Run ``python tests/published/score.py --set batch1014`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the words after the first dash are the point's type, those after the
  second its level, neither part of the point; the point is the words before the first dash;
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's and the 供销社's people have no 科室 where
  no column gives one; 镇长, 局长, 副局长, 村党支部书记, 主任 of the 供销社 are leaders; 股长, 所长,
  中心主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``自查日期`` are no points; the
  水务局's list names no person: its forms are posts;
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

PREFIX = "b1014_"
PLACE = "镇远县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
DASH = "——"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 职务, 姓名, tier, 廉政风险点, its type after the first dash, its level after the second,
# 防控措施): one row each
DASHED = [
    ("局领导", "局长", "素黎翀沄", "leader", "乡镇卫生院药品采购收受回扣", "思想道德风险", "一级",
     "药品耗材网上集中采购，采购结果公示。"),
    ("局领导", "局长", "素黎翀沄", "leader", "医共体建设项目干预招标", "制度机制风险", "一级",
     "项目公开招标，领导干预登记报告。"),
    ("医政医管股", "股长", "渴烛浑澂", "middle", "医疗机构执业校验走过场", "岗位职责风险", "二级",
     "校验两人以上现场核查，结果公示。"),
    ("医政医管股", "股长", "渴烛浑澂", "middle", "医疗纠纷调处偏袒一方", "外部环境风险", "二级",
     "纠纷调处引入第三方调解。"),
    ("财务股", "会计", "素黎琬", "general", "基本公共卫生服务经费拨付不按考核结果", "业务流程风险", "二级",
     "经费按绩效考核结果拨付，集体审定。"),
    ("财务股", "会计", "素黎琬", "general", "报销票据审核把关不严", "岗位职责风险", "三级",
     "票据双人复核，按月对账。"),
]  # fmt: skip


def zhenyuan_health_type_and_level_after_dashes() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 56, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(DASHED, 1):
        sh.add(n, dept, post, who, f"{point}{DASH}{typ}{DASH}{lv}", measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", "2025年6月", None)
    return _layout(
        "zhenyuan_health_type_and_level_after_dashes", "http://surachana.com/news/news99920.html",
        "(harder) 县卫生健康局 岗位廉政风险防控一览表 with NO TYPE COLUMN AND NO LEVEL COLUMN, each point's cell "
        "closing with its type and then its level, each after a dash (``…——思想道德风险——一级``), after the "
        "source's report of 乡镇卫生院 heads taking 回扣 on 医疗器械: a title, 序号/股室 merged/职务 and 姓名 merged "
        "per person/廉政风险点 ``…——类型——级别``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhenyuan_wuyang_town_group_rows() -> dict:
    unit = f"{PLACE}舞阳镇人民政府"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "渴烛浑璟翯", "leader", [
                ("古城风貌整治资金分配个人说了算", "一级风险", "资金分配经镇党政联席会议集体研究。"),
                ("河道保洁项目指定承包人", "一级风险", "项目按规定比选，结果公示。"),
            ]),
        ]),
        ("二、农业服务中心", "农业服务中心", [
            ("中心主任", "素黎沨瑗", "middle", [
                ("耕地地力保护补贴面积核实不实", "二级风险", "补贴面积入户核实后公示。"),
            ]),
            ("农技员", "渴烛浑岍", "general", [
                ("良种推广补助对象优亲厚友", "二级风险", "补助对象村内公示。"),
                ("农资发放登记不全", "三级风险", "发放台账本人签字。"),
            ]),
        ]),
        ("三、财政所", "财政所", [
            ("所长", "素黎璆澜", "middle", [
                ("民生资金代发审核把关不严", "二级风险", "代发名单与台账比对后公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "zhenyuan_wuyang_town_group_rows", "https://www.15386.cn/post/11951.html",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's guide to 镇远古镇 on the 舞阳河 (府城, "
        "卫城, 㵲阳三峡): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、镇领导``, ``二、农业服务中心``, ``三、财政所`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhenyuan_baojing_village_list() -> dict:
    unit = f"{PLACE}报京村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "素黎翾沅", "leader", "侗寨旅游分红方案不公开", "一级", "分红方案村民大会表决。"),
        ("村党支部书记", "素黎翾沅", "leader", "鼓楼修缮工程指定施工方", "一级", "工程“四议两公开”，村民代表监督。"),
        ("村委会副主任", "渴烛浑琤", "general", "危房改造评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村报账员", "素黎瀞", "general", "集体资产租金坐收坐支", "二级", "租金及时入账，按季公开。"),
        ("村报账员", "素黎瀞", "general", "误工补贴虚报冒领", "三级", "报账经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年6月", None, None)
    return _layout(
        "zhenyuan_baojing_village_list", "https://lw33.cn/article/b6b1d424a04d2d68274c9d4e.html",
        "村 小微权力廉政风险防控清单, after the source's study of a 清水江 侗寨's 生计变迁 (传统农耕, 乡村旅游): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def zhenyuan_culture_tourism_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "渴烛浑瑀翯", "leader", "景区提升工程干预发包", "思想道德风险", "高",
         "项目公开招标，领导干预登记报告。"),
        ("局领导", "局长", "渴烛浑瑀翯", "leader", "旅游宣传经费分配个人说了算", "制度机制风险", "高",
         "经费分配局党组会集体研究并公示。"),
        ("市场管理股", "股长", "素黎沄璠", "middle", "旅行社经营许可审核不严", "岗位职责风险", "中",
         "许可材料两人审核，集体审定。"),
        ("市场管理股", "股长", "素黎沄璠", "middle", "对违规客栈通风报信", "外部环境风险", "中",
         "检查计划保密，随机抽查。"),
        ("文物股", "科员", "渴烛浑湉", "general", "文物保护补助资金拨付不按进度", "业务流程风险", "低",
         "补助资金按工程进度拨付。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "zhenyuan_culture_tourism_list", "https://www.meipian.cn/5cnlx7id",
        "县文体广电旅游局 岗位廉政风险防控一览表, after the source's travel notes on 千年镇远 (5A级景区, 青溪铁厂): a "
        "title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def zhenyuan_agriculture_duty_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("责任清单", [6, 14, 12, 12, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "素黎瑆翃", "leader", "生猪养殖项目扶持对象打招呼", "外部环境", "高风险",
         "扶持对象公开评审，过问登记。"),
        ("计划财务股", "股长", "渴烛浑澂璇", "middle", "农机购置补贴审核降低标准", "岗位职责", "高风险",
         "补贴对象与机具信息比对后公示。"),
        ("计划财务股", "股长", "渴烛浑澂璇", "middle", "高标准农田项目结算不审", "业务流程", "中风险",
         "结算委托审计后支付。"),
        ("农业执法大队", "科员", "素黎翊", "general", "农资执法检查接受宴请", "思想道德", "中风险",
         "执法全程记录，签订廉洁承诺书。"),
        ("农业执法大队", "科员", "素黎翊", "general", "罚没物品登记不全", "制度机制", "低风险",
         "罚没物品统一入库登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "zhenyuan_agriculture_duty_list", "http://www.zgxcfx.com/zhubiantuijian/90259.html",
        "县农业农村局 廉政风险防控责任清单, after the source's case study of 生猪 合作社 (交易关系, 治理机制): a title, "
        "序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def zhenyuan_water_bureau_posts() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("建设管理股", "项目管理岗", "general", "农村饮水工程变更审核不严", "岗位职责风险", "Ⅰ级",
         "变更经集体审核，结果公示。"),
        ("建设管理股", "项目管理岗", "general", "河堤工程计量虚报", "业务流程风险", "Ⅰ级", "计量凭监理签认拨付。"),
        ("水政监察股", "执法岗", "general", "河道采砂违法行为查处不力", "制度机制风险", "Ⅱ级", "案件集体审理，结果公开。"),
        ("水政监察股", "执法岗", "general", "接受采砂业主礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "防汛物资私自借用", "外部环境风险", "Ⅲ级", "物资出入库登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "zhenyuan_water_bureau_posts", "http://www1.yanshegana.com/afhgx/2595.html",
        "县水务局 岗位廉政风险防控清单 对岗不对人, after the source's travel essay from 荔波 to 镇远 (舞阳镇, 兴隆路, "
        "窄胡同): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def zhenyuan_civil_affairs_screening() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("排查表", [6, 14, 9, 12, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "渴烛浑琬翀", "leader", "养老机构补助", "民办养老机构运营补助分配打招呼", "高风险",
         "补助按床位核定，结果公示。"),
        ("社会救助股", "股长", "素黎霈澄", "middle", "低保审批", "低保审批降低标准纳入", "高风险",
         "审批结果集体审定并公示。"),
        ("社会救助股", "股长", "素黎霈澄", "middle", "临时救助", "临时救助重复发放", "中风险", "救助台账按月比对。"),
        ("社会事务股", "科员", "渴烛浑翯", "general", "殡葬补贴", "殡葬惠民补贴审核不实", "中风险",
         "补贴对象与户籍数据比对。"),
        ("社会事务股", "科员", "渴烛浑翯", "general", "婚姻登记", "婚姻登记收受当事人财物", "低风险", "登记流程公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "zhenyuan_civil_affairs_screening", "https://blog.sina.com.cn/s/blog_4b0a8387010006ww.html",
        "县民政局 廉政风险点排查表, after the source's blog on staying in 镇远古镇 (祝圣桥, 青龙洞): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhenyuan_supply_coop_selfchecks() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    t = _Truth(unit)
    people = [
        ("素黎湛珝", "主任", "leader", [
            ("农资储备企业选定把关不严", "高", "储备企业集体评定并公示。"),
            ("接受农资供应商礼品", "中", "签订廉洁承诺书。"),
        ]),
        ("渴烛浑沅璎", "干事", "general", [
            ("电商服务站补助报账不实", "中", "报账附验收照片和清单。"),
            ("农产品展销摊位分配不公", "低", "摊位抽签分配。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年6月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhenyuan_supply_coop_selfchecks", "https://sxx.youth.cn/jxqc/202111/t20211105_13297324.htm",
        "县供销合作社联合社 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "students' field report on a village 农业合作社 and the government's role: a title, a label row "
        "``姓　名 | 职　务 | 自查日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/"
        "``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenyuan_health_type_and_level_after_dashes(),
    zhenyuan_wuyang_town_group_rows(),
    zhenyuan_baojing_village_list(),
    zhenyuan_culture_tourism_list(),
    zhenyuan_agriculture_duty_list(),
    zhenyuan_water_bureau_posts(),
    zhenyuan_civil_affairs_screening(),
    zhenyuan_supply_coop_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1014-inbox"))

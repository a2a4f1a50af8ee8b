"""The seven-hundred-and-twenty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业 and
粮食收购 bodies, 呼玛县 (of 大兴安岭地区, 黑龙江省) — its 农业农村局, 粮食储备库, 农机推广站, 种子管理站,
农业技术推广中心, 粮食和物资储备中心, 农业综合行政执法大队 and 韩家园镇农业综合服务中心 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农机推广站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低;
  no names;
- the 种子管理站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 农业技术推广中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across, ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 粮食和物资储备中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 农业综合行政执法大队's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line;
- the 韩家园镇农业综合服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在岗位 | 职　务 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column.

One is harder:

- ``huma_grain_depot_row_signatures``: the 粮食储备库's 粮食收购环节廉政风险排查表, ONE ROW A POINT
  keyed by ``收购环节`` (扦样检验, 检斤称重, 入仓保管, 结算付款 …) with a ``岗位`` column and NO name
  column; the last column ``岗位人员确认（签字、日期）`` carries, on EVERY row, the typed signature of
  the person who holds that row's point — a name followed by the date he signed (``竺曜泓　2025.4.8``).
  Two 检验员 and two 保管员 share a post and are told apart only by those signatures; the row's post
  comes from ``岗位``, the holder from the signature with its date cut off. The README's 读得懂的表
  knows names signed once in a row UNDER the table (``本人签字确认`` under holder columns, one
  signature a column), a 告知签收表 whose 签收人 are the holders, and 填表人/审核人 lines that name no
  holder; it does not describe a per-row confirmation column, inside the table, where each row's
  signature with a date is the only place its holder is written.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (夏粮 收购价格 and 收购 检验/称重/结算;
中储粮 轮换 配额 — 轮换 出入库, 储备粮 保管; 农机 购置补贴 and 耕种收 机械化率; a 种子站站长's duties —
种子质量监管, 品种引进试验推广; 农技推广 队伍建设 — 基层农技人员, 评价机制; 粮食补贴 每亩 标准; 农业
补贴 手续; a 种子法实施细则 — 种子生产经营许可, 检查) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 竺 and 蓟 with rare given names); every unit is a body of 呼玛县.

Run ``python tests/published/score.py --set batch723`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's point is the point of the person whose signature stands in its
  ``岗位人员确认（签字、日期）`` cell (the date cut off), with the row's 岗位 and level; one form a
  person; ``收购环节`` is no 科室 and no point (the table names no 科室); the 填表/审核/库主任 line
  under the table names no holder;
- ``局领导``, ``中心领导``, ``站领导``, ``大队领导`` (a 科室 cell or a group row) are the 科室 of those
  leaders; the 农业农村局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 股, 中队,
  a 组 is a 科室; a group row ``二、农技推广股`` gives the 科室 ``农技推广股`` (its number left off);
- 局长, 副局长, 主任, 副主任, 站长, 副站长, 大队长 (of their unit) and 库主任 are leaders; 股长, 中队长
  and 组长 middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b723_"
PLACE = "呼玛县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SIGNED = "岗位人员确认（签字、日期）"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (收购环节, 岗位, tier, 签字人, 签字日期, 风险点, 风险等级, 防控措施)
DEPOT = [
    ("扦样检验", "检验员", "general", "竺曜泓", "2025.4.8", "扦样不按规定点数和深度，人为挑选样品",
     "高", "扦样全程录像，售粮人在扦样单上签字确认。"),
    ("扦样检验", "检验员", "general", "竺曜泓", "2025.4.8", "水分、杂质检验压级压价或抬级抬价",
     "高", "检验结果当场公示，售粮人有异议的复检。"),
    ("扦样检验", "检验员", "general", "蓟昶瑜", "2025.4.9", "收受售粮人好处，对不合格粮食放宽标准",
     "高", "检验员轮岗，样品留存备查一个收购期。"),
    ("检斤称重", "司磅员", "general", "竺霁岫", "2025.4.8", "称重时扣量不实，多扣或少扣水杂",
     "中", "地磅联网自动打印磅单，扣量标准上墙公示。"),
    ("入仓保管", "保管员", "general", "蓟珣澈", "2025.4.10", "入仓粮食数量、等级登记与检验单不符",
     "中", "入仓凭检验单和磅单双单登记，分仓建卡。"),
    ("入仓保管", "保管员", "general", "竺溟珂", "2025.4.10", "轮换出库时以次充好、虚出虚入",
     "高", "轮换出入库由库主任、纪检员现场监督。"),
    ("结算付款", "结算员", "general", "蓟岑璟", "2025.4.9", "收购款不直接打入售粮人账户，截留、代领",
     "高", "收购款一律通过银行转账到售粮人本人账户。"),
    ("收购组织", "库主任", "leader", "竺翊淇", "2025.4.11", "收购期间默许粮食经纪人代收代售、转圈粮",
     "中", "售粮人实名登记，收购台账每周抽查。"),
]  # fmt: skip


def huma_grain_depot_row_signatures() -> dict:
    unit = f"{PLACE}粮食储备库"
    sh = _Sheet("排查表", [6, 12, 10, 38, 9, 34, 22])
    t = _Truth(unit)
    _line(sh, f"{unit}粮食收购环节廉政风险排查表", 7)
    _line(sh, f"单位：{unit}{GAP * 16}排查时间：2025年4月", 7)
    sh.add("序号", "收购环节", "岗位", "风险点", "风险等级", "防控措施", SIGNED)
    first = len(sh.rows)
    for i, (stage, post, tier, who, day, point, lv, measures) in enumerate(DEPOT, 1):
        sh.add(i, stage, post, point, lv, measures, f"{who}{GAP}{day}")
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分高、中、低三级；本表由岗位人员逐项确认签字。", 7)
    sh.add("填表：", None, "审核：", None, None, "库主任（签字）：", None)
    return _layout(
        "huma_grain_depot_row_signatures", "http://fengdujob.net/go/夏粮小麦收购价格多少.html",
        "(harder) 县粮食储备库 粮食收购环节廉政风险排查表, after the source's page on 夏粮 收购价格 (收购 检验、称重、"
        "结算): a title, a merged ``单位：…　排查时间`` line, then 序号/收购环节 merged/岗位/风险点/风险等级 高/中/低/"
        "防控措施/``岗位人员确认（签字、日期）``, NO name column: each row's last cell is the typed signature of the "
        "row's holder followed by the date (``竺曜泓　2025.4.8``); two 检验员 told apart only by the signatures; "
        "no type column; a ``注：`` line and a 填表/审核/库主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huma_agriculture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("竺瀚琮", "局长", "主持全面工作", [
            ("高标准农田建设项目干预招投标、指定施工单位", "一级", "项目全部进入县公共资源交易平台，局党组集体研究。"),
            ("涉农资金分配不按因素法测算，优亲厚友", "一级", "资金分配方案公示，接受审计监督。"),
        ]),
        ("蓟湉岳", "副局长", "分管农机、补贴发放", [
            ("农机购置补贴机具核验走过场", "一级", "补贴机具“见人、见机、见票”三核验，抽查不少于10%。"),
            ("耕地地力保护补贴面积审核把关不严", "二级", "补贴面积乡村两级公示，与确权面积比对。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("计划财务股", "股长", "竺煦淳", "middle", "惠农补贴资金拨付不及时，截留挪用", "一级",
         "补贴资金通过“一卡通”直达农户。"),
        ("计划财务股", "会计", "蓟骞沅", "general", "项目资金报账凭证审核不严", "二级", "报账实行经办、审核、审批三签。"),
        ("农田建设股", "股长", "竺骁琬", "middle", "高标准农田工程量签证不实", "一级", "工程量现场签证由监理、乡镇共同确认。"),
        ("农田建设股", "股长", "竺骁琬", "middle", "项目验收降低标准", "二级", "验收邀请第三方检测机构参加。"),
        ("种植业股", "股员", "蓟泷瑶", "general", "大豆、玉米生产者补贴面积统计不实", "二级", "面积统计与卫星遥感数据核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "huma_agriculture_bureau_two_sheets", "http://fengdujob.net/go/粮食补贴每亩补多少钱.html",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's page on 粮食补贴 每亩 标准 (耕地地力保护补贴, "
        "生产者补贴): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def huma_agri_machinery_station_posts() -> dict:
    unit = f"{PLACE}农机推广站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "新机具试验示范项目定向安排给熟人合作社", "制度机制风险", "高",
         "示范主体公开征集，站务会集体确定。"),
        ("推广股", "股长", "middle", "农机深松作业面积核定不实", "岗位职责风险", "高",
         "深松作业以远程监测数据为准，抽查复核。"),
        ("推广股", "股长", "middle", "技术培训虚报参训人数", "业务流程风险", "中", "培训签到拍照存档，名单公示。"),
        ("安全监理股", "监理员", "general", "拖拉机年检、驾驶证考试放宽标准", "思想道德风险", "中",
         "年检和考试全程录像，两人以上在场。"),
        ("安全监理股", "监理员", "general", "事故处理中收受当事人财物", "外部环境风险", "低",
         "事故处理结果书面告知当事人。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "huma_agri_machinery_station_posts", "https://hk.outputnews.com/2020/huanqiu/news_2020_12_14_791158",
        "县农机推广站 岗位廉政风险点排查表 对岗不对人, after the source's news on 农机 购置补贴 and 耕种收 机械化率: a title, "
        "序号/股室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def huma_seed_station_cards() -> dict:
    unit = f"{PLACE}种子管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "竺旻岐", "站长", "主持全站工作，负责种子质量监管", "leader", [
            ("品种引进试验示范指定供种企业", "★★★", "引进品种经站务会集体研究，试验结果公开。"),
            ("种子生产经营许可审核把关不严", "★★★", "许可审核实行初审、复审两级，结果公示。"),
            ("接受种子经营户宴请", "★", "严守中央八项规定精神，签订廉洁承诺。"),
        ]),
        ("检验员", "蓟璟洹", "检验员", "种子质量抽检", "general", [
            ("种子质量抽检样品选取不随机", "★★", "抽样两人以上，经营户签字确认。"),
            ("检验结果出具前向企业透露", "★★", "检验报告经站长审核后统一送达。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "huma_seed_station_cards", "https://www.bkwk.cn/article/jmhsqzzzzzsszbsxwdzz.html",
        "县种子管理站 岗位廉政风险防控卡, one sheet a person, after the source's page on a 种子站站长's duties (种子质量监管, "
        "品种引进试验推广): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def huma_tech_extension_group_rows() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "竺濯萱", "leader", [
                ("基层农技推广补助项目承担主体选定不公开", "一级风险", "承担主体公开遴选，中心集体研究。"),
                ("农技人员考评优亲厚友", "二级风险", "考评量化赋分，结果公示五个工作日。"),
            ]),
        ]),
        ("二、农技推广股", "农技推广股", [
            ("股长", "蓟渟砚", "middle", [
                ("科技示范户物化补助发放不实", "一级风险", "物化补助发放名单村内公示，农户签收。"),
            ]),
            ("农技员", "竺峤漪", "general", [
                ("测土配方施肥取样虚报", "二级风险", "取样点位定位拍照上传平台。"),
                ("向农户推销指定肥料、农药", "三级风险", "签订承诺书，公开监督电话。"),
            ]),
        ]),
        ("三、植保植检股", "植保植检股", [
            ("股长", "蓟瑢涛", "middle", [
                ("病虫害统防统治服务组织认定把关不严", "二级风险", "服务组织认定公开条件，结果公示。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "huma_tech_extension_group_rows", "http://91fabiao.com/zazhi/7168031.html",
        "县农业技术推广中心 廉政风险防控责任清单, after the source's paper on 农技推广 队伍建设 (基层农技人员, 评价机制, "
        "人才评价): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、农技推广股``, ``三、植保植检股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def huma_grain_reserve_center_list() -> dict:
    unit = f"{PLACE}粮食和物资储备中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "竺沛琨", "leader", "县级储备粮轮换计划和配额安排不公", "制度机制", "高风险",
         "轮换计划报县发改局审核，集体研究。"),
        ("中心领导", "主任", "竺沛琨", "leader", "粮食收购资格审核放宽条件", "岗位职责", "中风险",
         "资格审核条件公开，结果公示。"),
        ("仓储管理股", "股长", "蓟昀澜", "middle", "库存粮食数量、质量检查走过场，账实不符", "业务流程", "高风险",
         "每季度“四无粮仓”检查，账实核对。"),
        ("仓储管理股", "股员", "竺屹湄", "general", "储备粮损耗核销不实", "业务流程", "中风险",
         "损耗核销按定额，超定额报批。"),
        ("财务股", "会计", "蓟珮峻", "general", "储备粮利息费用补贴拨付审核不严", "外部环境", "中风险",
         "补贴按库存数量和审计结果拨付。"),
        ("财务股", "出纳", "竺霈砺", "general", "现金坐支、公款私存", "思想道德", "低风险", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "huma_grain_reserve_center_list", "http://fengdujob.net/go/中储粮二级轮换玉米配额.html",
        "县粮食和物资储备中心 岗位廉政风险防控一览表, after the source's page on 中储粮 轮换 配额 (储备粮 轮换, 出入库): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def huma_agri_enforcement_register() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 38, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "蓟琰鹭", "leader", [
            ("种子、农药、肥料案件查处中以罚代刑", "制度机制", "一级", "重大案件集体讨论，涉嫌犯罪的移送公安。"),
            ("行政处罚自由裁量畸轻畸重", "岗位职责", "二级", "严格执行处罚裁量基准，法制审核。"),
        ]),
        ("执法一中队", "中队长", "竺铖沄", "middle", [
            ("农资市场检查提前通风报信", "思想道德", "一级", "“双随机、一公开”抽查，检查前不告知。"),
        ]),
        ("执法一中队", "执法员", "蓟滢珂", "general", [
            ("扣押的假劣种子、农药私自处置", "业务流程", "二级", "扣押物品登记入库，双人保管。"),
            ("接受农资经营户吃请", "外部环境", "三级", "签订廉洁执法承诺书。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "huma_agri_enforcement_register", "http://fengdujob.net/go/种子法实施细则全文2022山东版.html",
        "县农业综合行政执法大队 廉政风险点排查登记表, after the source's 种子法实施细则 (种子生产经营许可, 监督检查, 假劣种子): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huma_hanjiayuan_service_center_selfchecks() -> dict:
    unit = f"{PLACE}韩家园镇农业综合服务中心"
    t = _Truth(unit)
    people = [
        ("竺岚琤", "中心领导", "主任", "leader", [
            ("耕地地力保护补贴申报面积审核不严", "Ⅰ级", "申报面积村级公示，与确权数据比对。", "已落实"),
            ("农业保险理赔查勘打招呼", "Ⅱ级", "查勘与保险公司联合进行，结果公示。", "未发现问题"),
        ]),
        ("蓟淏萦", "农经岗", "农经员", "general", [
            ("土地流转合同鉴证收取费用", "Ⅰ级", "鉴证不收费，公开办事流程。", "已落实"),
            ("村集体“三资”清查数据不实", "Ⅲ级", "清查结果村务公开栏公示。", "已落实"),
        ]),
        ("竺琇岷", "农技岗", "农技员", "general", [
            ("补贴手续办理中吃拿卡要", "Ⅱ级", "补贴办理一次告知，限时办结。", "未发现问题"),
            ("农作物受灾面积核查虚报", "Ⅲ级", "受灾面积两人以上现场核查，拍照留存。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在岗位", "职　务", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huma_hanjiayuan_service_center_selfchecks", "https://news.43u.com.cn/tag_432060",
        "镇农业综合服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "农业补贴 手续 (补贴申报, 办理流程): a title, a label row ``姓　名 | 所在岗位 | 职　务 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huma_grain_depot_row_signatures(),
    huma_agriculture_bureau_two_sheets(),
    huma_agri_machinery_station_posts(),
    huma_seed_station_cards(),
    huma_tech_extension_group_rows(),
    huma_grain_reserve_center_list(),
    huma_agri_enforcement_register(),
    huma_hanjiayuan_service_center_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch723-inbox"))

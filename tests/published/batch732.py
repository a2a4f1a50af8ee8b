"""The seven-hundred-and-thirty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's water and
flood-control bodies, 绥滨县 (of 鹤岗市, 黑龙江省) — its 水务局, 防汛抗旱指挥部办公室, 堤防管理所,
灌区管理站, 水库管理所, 农村饮水安全管理站, 河道管理站 and 水利工程质量与安全监督站 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 水务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 防汛抗旱指挥部办公室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``岗位职责`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 灌区管理站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 水库管理所's 责任清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 农村饮水安全管理站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 河道管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 水利工程质量与安全监督站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``suibin_dike_station_seasonal_levels``: the 堤防管理所's 岗位廉政风险分时段评定表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | … | 防控措施``, 股室/岗位/姓名 merged) whose ``风险等级`` is
  merged over THREE PERIOD COLUMNS ``汛前（4—5月） | 主汛期（6—9月） | 汛后（10—11月）``: each point is
  graded 高/中/低 once for each period of the flood year (``—`` where the risk does not arise in that
  period), and the ``注：`` line under the table says the point's level is the HIGHEST of its
  period grades. The highest grade stands now in the first, now in the second, now in the third
  period column, so no one column is the level. The README's 读得懂的表 knows a level column, a
  level by 发生可能性 × 影响程度 (two factors combined by a grid or a note), factor scores with weights,
  last year's grade with a change mark, holders' own levels in columns under a merged ``风险等级``
  and a level chosen by which control tier a row fills; it does not describe one point graded
  separately for each period of the year under a merged ``风险等级``, its level the highest of them
  by a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (防汛抗旱资金使用监管 — 预算编制, 资金分配,
审批流程, 物资采购, 绩效评价; 防汛抢险物资调拨监管 — 储备, 采购, 仓储, 调拨, 发放, 回收报废; an audit of
长江重要堤防隐蔽工程 — 水下抛石虚报工程量, 护岸偷工减料, 石料结算白条, 监理串通; 苍溪县水利局 检查水库 —
水面养殖合同, 值班值守, 春灌, 灌区渠道清理; a 水库加固偷工减料 post — 加固补助, 堤坝只加高一半; 资源县
“母亲水窖” 饮水工程 — 管材设备采购, 工程验收, 资金“四专”, 水费计收, 水源保护; 堤防工程维护管理费 —
日常巡查, 隐患排查, 维修养护经费; 益阳 农村饮水安全专项督查 — 违规招投标, 吃拿卡要, 截留套取, 勘测设计
施工监理资质) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 宦 and 蓟 with rare given names);
every unit is a body of 绥滨县.

Run ``python tests/published/score.py --set batch732`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the highest of its three period grades (高 over 中 over 低;
  ``—`` grades nothing), as the ``注：`` line says; the period headings are no points and name no
  holder; 股室/岗位/姓名 give the form as in any list;
- ``局领导``, ``所领导``, ``站领导`` (a group row, a 部门 cell) are the 科室 of those leaders; the 水务局's
  leaders (sheet ``局领导``, no 科室 column) and the cards' people have no 科室; a 局's or 站's 股 is a
  科室; a group row ``二、工程股`` gives the 科室 ``工程股`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 所长, 副所长, 站长, 副站长 and the 防汛办's 主任 are
  leaders; 股长 and the 防汛办's 副主任 middle; the rest (股员, 技术员, 会计, 出纳, 保管员, 水管员,
  巡查员, 质检员, 监督员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 灌区管理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b732_"
PLACE = "绥滨县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "—"
PERIODS = ("汛前（4—5月）", "主汛期（6—9月）", "汛后（10—11月）")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def highest(grades) -> int:
    """The level of a point graded once a period: the highest (smallest number) of its grades."""
    return min(HML[g] for g in grades if g != NONE)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, (汛前, 主汛期, 汛后), 防控措施)])
DIKE = [
    ("所领导", "所长", "宦邃珧", "leader", [
        ("堤防加固工程石料结算以白条、假发票入账", ("中", "低", "高"),
         "石料结算凭正式发票和过磅单，所务会集体审核。"),
        ("应急度汛项目以抢险为名规避招标", ("中", "中", NONE),
         "应急项目报县水务局备案，事后审计。"),
    ]),
    ("所领导", "副所长", "蓟嶷岑", "leader", [
        ("防汛抢险队伍用工、机械台班虚报冒领", (NONE, "高", "中"),
         "抢险用工逐日签到，机械台班现场拍照记录。"),
        ("水毁修复工程量核定不实", ("中", "低", "低"), "工程量由监理、施工、所方三方联合核定。"),
    ]),
    ("工程股", "股长", "宦翛澜", "middle", [
        ("水下抛石数量签证与实际不符", ("高", "中", "低"), "抛石实行断面测量复核，签证双人签字。"),
        ("护岸工程隐蔽部位验收走过场", ("中", "高", "低"), "隐蔽工程验收留存影像资料。"),
    ]),
    ("工程股", "技术员", "蓟翛川", "general", [
        ("堤防巡查记录弄虚作假", ("低", "低", NONE), "巡查轨迹上传县堤防巡检系统。"),
        ("与施工单位串通降低维修养护标准", ("中", "低", "中"), "维修养护项目完工后抽检。"),
    ]),
    ("综合股", "保管员", "宦蕤棠", "general", [
        ("防汛编织袋、桩木出入库不登记", ("中", "高", "中"), "物资出入库凭调拨单，每月盘点。"),
        ("汛后回收物资私自处置变卖", (NONE, "低", "中"), "回收物资登记造册，报废经所务会研究。"),
    ]),
]  # fmt: skip


def suibin_dike_station_seasonal_levels() -> dict:
    unit = f"{PLACE}堤防管理所"
    ncols = 9
    sh = _Sheet("评定表", [6, 10, 9, 9, 38, 11, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险分时段评定表", ncols)
    _line(sh, f"单位：{unit}{GAP * 16}评定年度：2025年", ncols)
    top = sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, None, *PERIODS, None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in DIKE:
        for point, grades, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, *grades, measures)
            t.point(sh.name, dept, post, who, tier, point, [], highest(grades))
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：风险等级按汛前、主汛期、汛后三个时段分别评定为高、中、低，“—”为该时段不涉及；"
        "以三个时段中最高的等级作为该风险点的风险等级。",
        ncols,
    )
    sh.add("评定人：", None, None, "审核：", None, None, "所长（签字）：", None, None)
    return _layout(
        "suibin_dike_station_seasonal_levels", "http://news.big5.enorth.com.cn/system/2004/06/24/000808011.shtml",
        "(harder) 县堤防管理所 岗位廉政风险分时段评定表, after the source's audit of 长江重要堤防隐蔽工程 (水下抛石虚报工程量, "
        "护岸偷工减料, 石料结算白条假发票, 施工监理串通): a title, a merged ``单位：…　评定年度：2025年`` line, then a TWO-ROW "
        "heading: 序号/股室/岗位/姓名/廉政风险点/防控措施 merged down, ``风险等级`` merged across THREE PERIOD COLUMNS "
        "``汛前（4—5月） | 主汛期（6—9月） | 汛后（10—11月）``; one row a point, 股室 merged and 岗位/姓名 merged per person, "
        "each point graded 高/中/低 for each period (``—`` not arising); a merged ``注：`` line: the point's level is the "
        "HIGHEST of its period grades (which stands in any of the three columns); an 评定人/审核/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def suibin_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宦嶷蘅", "局长", "主持全面工作", [
            ("防汛抗旱资金分配方案不经党组会集体研究", "一级", "资金分配方案经局党组会研究并公开分配因素。"),
            ("干预水利工程项目招标和选定施工单位", "一级", "工程项目一律进入县公共资源交易中心交易。"),
        ]),
        ("蓟邃琮", "副局长", "分管防汛抗旱、农村水利", [
            ("特大防汛抗旱补助费超范围使用", "一级", "补助费专款专用，按批复用途支出。"),
            ("抗旱应急水源工程验收把关不严", "二级", "验收邀请财政、审计部门参加。"),
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
        ("计划财务股", "股长", "宦粼溪", "middle", "防汛资金预算编制虚增项目、夸大需求", "二级",
         "预算项目逐项论证，报局党组审定。"),
        ("计划财务股", "股长", "宦粼溪", "middle", "水利专项资金拨付不按工程进度", "一级", "拨款凭监理签认的进度报表。"),
        ("计划财务股", "会计", "蓟蕤汀", "general", "防汛经费报销票据审核不严", "二级", "报销单据经办、审核、审批三签。"),
        ("农村水利股", "股长", "宦瀓璩", "middle", "农田水利项目申报资料审核不实", "二级", "项目实地核查，结果公示。"),
        ("农村水利股", "股员", "蓟淞筠", "general", "小型水利工程维修资金绩效评价走过场", "三级",
         "绩效评价引入第三方，结果通报。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "suibin_water_bureau_two_sheets", "https://www.renrendoc.com/paper/501377314.html",
        "县水务局 廉政风险防控一览表 in TWO SHEETS, after the source's 防汛抗旱资金使用监管规范 (预算编制, 资金分配, 审批流程, "
        "物资采购, 工程建设资金, 绩效评价): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def suibin_flood_office_cards() -> dict:
    unit = f"{PLACE}防汛抗旱指挥部办公室"
    t = _Truth(unit)
    cards = [
        ("宦篁岫", "主任", "主持防汛办日常工作，组织物资储备和调拨", "leader", [
            ("防汛抢险物资调拨不按指挥部指令，优亲厚友", "★★★", "物资调拨凭指挥部调令，调拨台账公开。"),
            ("防汛物资储备采购指定供货商", "★★★", "物资采购执行政府采购程序。"),
            ("接受供货企业宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("蓟粼澈", "副主任", "负责物资仓储、现场发放和回收", "middle", [
            ("抢险现场物资发放不登记，去向不明", "★★", "现场发放签收，使用后逐项核销。"),
            ("报废物资鉴定处置不经集体研究", "★★", "报废物资经技术鉴定和主任办公会研究。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "suibin_flood_office_cards", "https://www.renrendoc.com/paper/501377353.html",
        "县防汛抗旱指挥部办公室 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's "
        "防汛抢险物资调拨监管办法 (物资储备, 采购, 仓储, 调拨决策, 现场发放, 回收与报废): a title, ``姓　名 | … | 职　务 | …`` "
        "and a merged 岗位职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def suibin_irrigation_station_posts() -> dict:
    unit = f"{PLACE}灌区管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "渠道清淤工程发包", "渠道清淤工程不经比选直接发包给熟人", "制度机制风险", "高",
         "清淤工程三家以上比选，结果公示。"),
        ("站领导", "站长", "leader", "水面养殖承包", "库塘水面养殖合同私签、续签不公开", "岗位职责风险", "高",
         "养殖合同到期收回，重新公开发包。"),
        ("用水管理股", "水管员", "general", "春灌配水", "春灌配水优亲厚友，收受用水户好处", "思想道德风险", "中",
         "配水计划公示，用水户代表监督。"),
        ("用水管理股", "水管员", "general", "水费计收", "少计、漏计水量，水费收取不开票据", "业务流程风险", "中",
         "水费凭计量收取，统一开具票据。"),
        ("工程股", "巡查员", "general", "渠系建筑物维修", "维修材料以次充好，虚报维修数量", "外部环境风险", "低",
         "维修完工后站内验收，材料凭单入库。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "suibin_irrigation_station_posts", "http://water.cngy.gov.cn/new/show/20220418144311877.html",
        "县灌区管理站 岗位廉政风险点排查表 对岗不对人, after the source's 县水利局 检查水库运行 (水面养殖合同到期不续签、严禁私签, "
        "值班值守, 春灌, 灌区渠道清理): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def suibin_reservoir_office_group_rows() -> dict:
    unit = f"{PLACE}水库管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "宦沭琦", "leader", [
                ("小型水库除险加固补助资金挪作他用", "一级风险", "补助资金专账核算，县水务局跟踪检查。"),
                ("大坝加固工程只做一半即申请结算", "一级风险", "结算前组织断面复测，验收合格后付款。"),
            ]),
        ]),
        ("二、工程股", "工程股", [
            ("股长", "蓟璩屹", "middle", [
                ("坝体加高培厚用土方量签证不实", "二级风险", "土方量测量记录双人签字存档。"),
            ]),
            ("技术员", "宦嵘翊", "general", [
                ("放水洞启闭设施维修以次充好", "二级风险", "维修配件凭合格证入库。"),
                ("大坝安全观测数据随意填写", "三级风险", "观测记录每月抽查，与自动监测数据比对。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("出纳", "蓟沭琳", "general", [
                ("库区管理费收取不入账", "二级风险", "收费统一开具票据，日清月结。"),
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
        "suibin_reservoir_office_group_rows", "http://www.nsxzs.com/archiver/tid-5995.html",
        "县水库管理所 廉政风险防控责任清单, after the source's 水库加固偷工减料 post (加固补助, 堤坝只加高加固了一半, 挖坑取土): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、工程股``, ``三、综合股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def suibin_rural_water_selfchecks() -> dict:
    unit = f"{PLACE}农村饮水安全管理站"
    t = _Truth(unit)
    people = [
        ("宦棣桐", "站领导", "站长", "leader", [
            ("供水管材设备采购指定品牌", "Ⅰ级", "管材设备统一招标采购，参数公开。", "已落实"),
            ("饮水工程竣工验收降低标准", "Ⅱ级", "验收按统一标准，邀请受益村代表参加。", "未发现问题"),
        ]),
        ("蓟珧岫", "财务股", "会计", "general", [
            ("饮水工程资金未专户专账管理", "Ⅰ级", "资金实行专人、专账、专户、专款专用。", "已落实"),
            ("村级水费结余未按规定使用", "Ⅲ级", "水费收支每半年公示。", "已落实"),
        ]),
        ("宦琚澄", "运行管理股", "水管员", "general", [
            ("水源保护区违规活动查处不力", "Ⅱ级", "水源地每周巡查，巡查记录存档。", "未发现问题"),
            ("水质检测样本弄虚作假", "Ⅲ级", "水质送检留样，结果公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "suibin_rural_water_selfchecks", "http://m.lolita1888.com/detail.aspx?id=40321&itemid=3",
        "县农村饮水安全管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 “母亲水窖” "
        "农村饮水安全工程 (管材设备采购, 工程验收标准, 资金“四专”管理, 水费计收, 水源保护, 水质监测): a title, a label row "
        "``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def suibin_river_station_list() -> dict:
    unit = f"{PLACE}河道管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "蓟瀓漪", "leader", "堤防维护管理费安排不经站务会研究", "制度机制", "高风险",
         "维护经费年度计划站务会研究，报县水务局备案。"),
        ("站领导", "站长", "蓟瀓漪", "leader", "河道管理范围内建设项目审查打招呼", "岗位职责", "中风险",
         "审查意见集体研究，限时办结。"),
        ("工程管理股", "股长", "宦燊岍", "middle", "堤防隐患整治项目虚报工程量", "业务流程", "高风险",
         "隐患整治完工后现场复核。"),
        ("工程管理股", "巡查员", "蓟嵘芃", "general", "日常巡查发现违建不报告、收受好处", "思想道德", "中风险",
         "巡查轨迹留痕，违建问题台账销号。"),
        ("综合股", "出纳", "宦芃淼", "general", "维修养护经费支付手续不全", "业务流程", "中风险",
         "支付凭合同、验收单和发票。"),
        ("综合股", "保管员", "蓟篁溪", "general", "生态修复苗木验收数量不实", "外部环境", "低风险",
         "苗木进场点数，验收双人签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "suibin_river_station_list", "https://www.lanyancloud.com/news/1998064864878288896",
        "县河道管理站 岗位廉政风险防控一览表, after the source's 堤防工程维护管理费 (日常巡查, 隐患排查, 结构修复, 生态修复, "
        "维护经费筹集与使用): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def suibin_quality_station_register() -> dict:
    unit = f"{PLACE}水利工程质量与安全监督站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "宦楙汀", "leader", [
            ("质量监督计划安排向熟人项目倾斜", "制度机制", "一级", "监督计划站务会研究，随机确定检查项目。"),
            ("对施工、监理单位资质审查放水", "岗位职责", "一级", "资质审查结果公示，接受投诉。"),
        ]),
        ("质量监督股", "股长", "蓟棣岚", "middle", [
            ("质量检测结果出具虚假意见", "业务流程", "二级", "检测报告双人复核签字。"),
        ]),
        ("质量监督股", "监督员", "宦瑒澍", "general", [
            ("现场检查吃拿卡要", "思想道德", "一级", "检查不少于两人，签订廉洁承诺。"),
            ("发现质量问题不督促整改", "岗位职责", "三级", "问题整改台账逐项销号。"),
        ]),
        ("安全监督股", "质检员", "蓟琚涟", "general", [
            ("安全隐患检查走过场，与施工单位串通", "外部环境", "二级", "检查记录拍照留存，交叉抽查。"),
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
        "suibin_quality_station_register", "http://hn.people.com.cn/BIG5/n2/2020/1201/c356376-34448333.html",
        "县水利工程质量与安全监督站 廉政风险点排查登记表, after the source's 农村饮水安全专项督查 (违规招投标, 吃拿卡要, 截留套取挪用, "
        "勘测设计施工监理资质, 竣工验收): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    suibin_dike_station_seasonal_levels(),
    suibin_water_bureau_two_sheets(),
    suibin_flood_office_cards(),
    suibin_irrigation_station_posts(),
    suibin_reservoir_office_group_rows(),
    suibin_rural_water_selfchecks(),
    suibin_river_station_list(),
    suibin_quality_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch732-inbox"))

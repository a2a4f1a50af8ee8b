"""The seven-hundred-and-ninety-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 水利 bodies,
林州市 (a county-level city of 安阳市, 河南省) — its 水利局, 红旗渠灌区管理处, 水资源管理中心,
河湖管护中心, 水土保持站, 农村饮水安全管理站 and 水利工程建设管理站 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 水利局's 一览表 under ``附件1`` and a 填报单位 line: ``科室`` merged, ``岗位 | 姓名`` merged per
  person, ``风险类型`` ``…风险``, ``一级/二级/三级``, a sign-off line;
- the 红旗渠灌区管理处's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` (``灌溉科科长``, 科室
  and post run together) and a merged 岗位职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 水资源管理中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, short types,
  ``高风险/中风险/低风险``; no names;
- the 河湖管护中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、采砂管理股`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 水土保持站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, 高/中/低, ``自查情况``, no type column;
- the 农村饮水安全管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级风险/二级风险/三级风险``;
- the 水利工程建设管理站's 一览表 in TWO SHEETS: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``业务股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column.

One is harder:

- ``linzhou_nanguduo_reservoir_yearly_ledger``: the 南谷洞水库管理所's 廉政风险点动态管理台账
  (2024—2025年度), ONE ROW A POINT A YEAR: ``序号 | 风险编号 | 登记年度 | 岗位 | 姓名 | 廉政风险点 | 风险等级 |
  防控措施``, each 风险编号 entered once for each year it was assessed, its ``2024年`` row straight above
  its ``2025年`` row with the point, the holder and the measures typed again (序号 running on over
  every row, nothing merged), the level changed between the years in some (二级 → 一级, 三级 → 二级,
  二级 → 三级), two points only in 2025 (new) and one whose 2025 row says ``已销号`` in place of a
  level; a ``注：`` line says the 2025 row counts, the 2024 rows are only for comparison, and a point
  marked 已销号 is no longer a point. The README's 读得懂的表 knows an ``调整后等级`` column, a last
  year's grade beside a change mark (``上年风险等级 | 等级变化``), per-period grades in columns with
  the highest taken, a 风险等级调整情况 table under a list, 原风险点 | 调整后风险点 tables and points
  merged down over quarter rows with a 落实情况 band; it does not describe a long-form ledger in
  which one point stands on several rows, one a year, each with its own level, and only the row of
  the latest year (by a 登记年度 column and a note) is the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 水利系统腐败 “潜规则” —
小农水, U型槽工程, 分管农田水利的副局长; a report on 红旗渠 断流 — 灌区管理处 灌溉科, 分水; an article
on 取用水监管 — 取水许可, 用水计划, 水资源费（税）; a report on 严打非法采砂 — 采砂规划许可, 现场监管,
“保护伞”; a 水利局 page on 生产建设项目 水土保持监测; an article on 农村饮用水安全 — 供水工程建设管理,
水质, 运维; a 区纪委监委 on 在建水利工程 — 泵站更新改造, “三重一大”事项清单; a report on a 水库除险加固
工程 — 水管所所长 索贿, 工程款) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 亓 and 仉 with
rare given names); every unit is a body of 林州市.

Run ``python tests/published/score.py --set batch796`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each 风险编号 is ONE point of the holder on its rows, with the level of its
  ``2025年`` row (the note says so); its ``2024年`` row is no point of its own (not a second point,
  and its level not taken); a 风险编号 whose 2025 row says ``已销号`` is no point at all (its 2024 row
  neither); points only in 2025 are points; one form a holder, no 科室 (the table names none);
  ``所长``, ``副所长`` leaders, ``会计`` general; the 填报单位 line, the ``注：`` line and the sign-off line
  are no points;
- ``局领导``, ``中心领导``, ``站领导`` (a 科室 cell, a group row, a 所在股室 cell or a sheet) are the 科室 of
  those leaders (the 建设管理站's ``站领导`` sheet has no 科室 column: its leaders have none); a 局's
  股, a 中心's 科/股, a 站's 股/室 are 科室; a group row ``二、河道管理股`` gives the 科室 ``河道管理股``;
- a card's 职务 ``灌溉科科长`` (科室 and post run together, as the earlier batches' ``营业科科长``) is the
  科室 ``灌溉科`` and the post ``科长``; the 主任's card has no 科室;
- 局长, 副局长, 主任 and 站长 of a unit, 副站长, 所长 and 副所长 are leaders; 股长, 科长 and a 室's 主任
  middle; the rest (股员, 科员, 会计, 出纳) general;
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

PREFIX = "b796_"
PLACE = "林州市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
YEARS = ("2024年", "2025年")
CURRENT = "2025年"
STRUCK = "已销号"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (风险编号, 岗位, 姓名, 廉政风险点, {年度: 风险等级}, 防控措施); a level STRUCK closes the point
LEDGER = [
    ("NGD-01", "所长", "亓峪澴", "水库除险加固工程施工单位选定暗箱操作", {"2024年": "一级", "2025年": "一级"},
     "除险加固工程一律进入市公共资源交易中心公开招标。"),
    ("NGD-02", "所长", "亓峪澴", "工程变更和签证不经集体研究、向施工方索要好处", {"2024年": "二级", "2025年": "一级"},
     "设计变更经所务会集体研究，报市水利局审批。"),
    ("NGD-03", "所长", "亓峪澴", "库区鱼类养殖承包经营权违规发包", {"2024年": "二级", "2025年": STRUCK},
     "承包合同已到期收回，不再对外发包。"),
    ("NGD-04", "副所长", "仉岍澧", "大坝安全巡查和观测记录弄虚作假", {"2024年": "三级", "2025年": "二级"},
     "巡查轨迹和观测数据上传水库安全监测平台，每月抽查。"),
    ("NGD-05", "副所长", "仉岍澧", "防汛物资采购验收不严、以次充好", {"2025年": "二级"},
     "防汛物资采购三方比价，入库双人验收。"),
    ("NGD-06", "副所长", "仉岍澧", "闸门启闭和放水调度优亲厚友", {"2024年": "二级", "2025年": "三级"},
     "放水调度按年度供水计划执行，调度指令留痕。"),
    ("NGD-07", "会计", "亓瀍珮", "工程款支付不按合同进度、虚列工程支出", {"2024年": "一级", "2025年": "一级"},
     "工程款凭监理审定的计量单支付，经办、复核、审批分离。"),
    ("NGD-08", "会计", "亓瀍珮", "水费收入不及时入账、坐收坐支", {"2025年": "二级"},
     "水费统一开具票据，日清月结，每季度对账。"),
]  # fmt: skip
TIERS = {"所长": "leader", "副所长": "leader", "会计": "general"}


def linzhou_nanguduo_reservoir_yearly_ledger() -> dict:
    unit = f"{PLACE}南谷洞水库管理所"
    sh = _Sheet("动态管理台账", [6, 10, 10, 9, 9, 40, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点动态管理台账（2024—2025年度）", 8)
    _line(sh, f"填报单位：{unit}{GAP * 16}更新日期：2025年6月", 8)
    sh.add("序号", "风险编号", "登记年度", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for code, post, who, point, levels, measures in LEDGER:
        for year in YEARS:
            if year not in levels:
                continue
            n += 1
            lv = levels[year]
            sh.add(n, code, year, post, who, point, lv, measures)
        lv = levels[CURRENT]
        if lv != STRUCK:
            t.point(sh.name, "", post, who, TIERS[post], point, [], GRADES[lv])
    _line(sh, "注：1.本台账按年度逐条登记，同一风险编号每年登记一行，以2025年度登记为准，2024年度登记行仅作对照；"
          "2.2025年度风险等级标“已销号”的，该风险点不再列入防控；3.风险等级分一级、二级、三级，一级最高。", 8)  # fmt: skip
    sh.add("填报人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "linzhou_nanguduo_reservoir_yearly_ledger", "http://ces.cn/news/show-30528.html",
        "(harder) 市 水库管理所 廉政风险点动态管理台账, after the source's report on a 水库除险加固工程 (水管所所长 向施工方索贿, "
        "局长 为中标提供便利, 工程款支付): a title, a 填报单位/更新日期 line, then ``序号 | 风险编号 | 登记年度 | 岗位 | 姓名 | "
        "廉政风险点 | 风险等级 | 防控措施`` with ONE ROW A POINT A YEAR: each 风险编号 has a ``2024年`` row and a ``2025年`` "
        "row one under the other (the point, holder and measures typed again in both, 序号 running on), the level changed "
        "in some, two points only in 2025 (新增) and one whose 2025 row says ``已销号``; a ``注：`` line says the 2025 row "
        "counts, the 2024 rows are only for comparison and a 已销号 point is no longer a point; a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def linzhou_water_bureau_list() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 38, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 12}填报时间：2025年5月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "亓漳峪", "leader", "小型农田水利项目安排不经党组会研究、个人说了算", "制度机制风险", "一级",
         "年度项目计划经局党组会集体研究，在局网站公示。"),
        ("局领导", "局长", "亓漳峪", "leader", "干预水利工程招投标、为特定施工企业打招呼", "思想道德风险", "一级",
         "领导干部插手干预工程建设事项一律登记报告。"),
        ("局领导", "副局长", "仉淇岚", "leader", "分管的农田水利项目验收走过场、降低标准通过", "岗位职责风险", "二级",
         "项目验收由局、乡镇、受益村三方组成验收组，验收结论公示。"),
        ("农村水利股", "股长", "亓洹嵩", "middle", "U型渠槽等材料采购指定供应商、收受回扣", "外部环境风险", "一级",
         "材料采购按政府采购程序比选，中标结果公示。"),
        ("农村水利股", "股长", "亓洹嵩", "middle", "小农水项目工程量核定不实、多报多结", "业务流程风险", "二级",
         "工程量由监理、股室两方现场核定，留存影像资料。"),
        ("计划财务股", "会计", "仉沇翙", "general", "水利项目资金拨付不按进度、虚列工程支出", "业务流程风险", "二级",
         "资金拨付凭监理计量单和分管领导审批单，每季度对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "linzhou_water_bureau_list", "http://shuiyw.com/bencandy-236-8556-1.htm",
        "市水利局 岗位廉政风险防控一览表, after the source's report on 水利系统腐败 “潜规则” (小农水项目, U型槽工程承包商, "
        "分管农田水利的副局长, 工程成“牟利行业”): ``附件1``, a title, a merged 填报单位/填报时间 line, then 序号/科室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a sign-off line",
        [sh], t,
    )  # fmt: skip


def linzhou_hongqiqu_irrigation_cards() -> dict:
    unit = f"{PLACE}红旗渠灌区管理处"
    t = _Truth(unit)
    cards = [
        ("主任", "亓岈湍", "主任", "", "主持管理处全面工作", "leader", [
            ("干渠维修养护工程化整为零规避招标", "★★★", "维修工程按限额标准报市水利局审批，公开招标。"),
            ("灌区配水计划调整不经集体研究", "★★", "年度配水计划经处务会研究，向受益乡镇公布。"),
            ("接受用水单位和施工单位宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("灌溉科科长", "仉溱峦", "科长", "灌溉科", "负责灌区灌溉调度、水量计量", "middle", [
            ("放水量计量不实、人情水关系水", "★★★", "斗口计量数据每日登记，乡镇用水员签字确认。"),
            ("擅自同意在支渠上开口引水", "★★", "渠道开口一律报处务会研究，报水行政主管部门批准。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", f"{dept}{post}")
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "2025年4月", None)
        sheets.append(sh)
    return _layout(
        "linzhou_hongqiqu_irrigation_cards", "http://www.cxbdf.cn/content/23/0122/10/29923774_1064449951.shtml",
        "市 灌区管理处 岗位廉政风险防控卡, one sheet a person, after the source's report on 红旗渠 断流 (灌区管理处 灌溉科科长, "
        "马家岩水库, 分水, 灌溉用水): a title, ``姓　名 | … | 职　务 | …`` (职务 ``灌溉科科长``, 科室 and post run together) and a merged "
        "岗位职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def linzhou_water_resources_center_posts() -> dict:
    unit = f"{PLACE}水资源管理中心"
    sh = _Sheet("排查表", [6, 14, 10, 40, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "取水许可审批降低条件、为关系企业开绿灯", "制度机制", "高风险",
         "取水许可实行集体审查，审批结果网上公开。"),
        ("中心领导", "主任", "leader", "年度用水计划指标分配不公", "岗位职责", "中风险",
         "用水计划指标按定额核定，分配结果公示。"),
        ("水资源科", "科长", "middle", "取水工程验收不到现场、计量设施不核查", "业务流程", "高风险",
         "验收两人以上到场，计量设施拍照存档。"),
        ("水资源科", "科员", "general", "超计划取水不按规定上报、替企业隐瞒", "思想道德", "中风险",
         "取水监测数据每月与税务部门比对。"),
        ("节约用水科", "科长", "middle", "节水型单位创建评审打人情分", "外部环境", "中风险",
         "评审专家随机抽取，评分表存档备查。"),
        ("节约用水科", "科员", "general", "地下水井封填验收弄虚作假", "业务流程", "低风险",
         "封井验收乡镇、村两级签字，留存影像资料。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "linzhou_water_resources_center_posts", "https://fx361.cc/page/2019/0923/15032680.shtml",
        "市水资源管理中心 岗位廉政风险点排查表 对岗不对人, after the source's article on 取用水监管 (取水许可审批, 年度用水指标, "
        "取用水计划管理, 按量缴纳水资源费（税）): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def linzhou_river_lake_center_group_rows() -> dict:
    unit = f"{PLACE}河湖管护中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "亓沮岭", "leader", [
                ("河道采砂规划和可采区设置不经集体研究", "Ⅰ级", "采砂规划经中心办公会研究，报市水利局审批。"),
                ("对非法采砂问题线索压案不查、充当“保护伞”", "Ⅰ级", "问题线索登记台账，办理结果报驻局纪检监察组。"),
            ]),
        ]),
        ("二、河道管理股", "河道管理股", [
            ("股长", "仉浍珣", "middle", [
                ("涉河建设项目审查把关不严", "Ⅱ级", "涉河项目实行技术审查、现场踏勘两道关口。"),
                ("河道清障中对违建降格处理", "Ⅱ级", "清障结果拍照存档，按河段公示。"),
            ]),
        ]),
        ("三、采砂管理股", "采砂管理股", [
            ("股员", "亓濩棠", "general", [
                ("现场监管不到位，默许超范围、超深度开采", "Ⅱ级", "采砂现场视频监控，监管人员每日巡查签到。"),
                ("砂石运输单据发放不规范、一单多用", "Ⅲ级", "运砂单统一编号，逐车登记核销。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "linzhou_river_lake_center_group_rows", "http://zjx88.cn/news/guonei/202307/t20230705_45910.shtml",
        "市河湖管护中心 廉政风险防控责任清单, after the source's report on 严打非法采砂 (采砂规划许可, 现场监管, 深挖“保护伞”, "
        "监管不力): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、河道管理股``, ``三、采砂管理股`` merged across; 岗位 and 姓名 merged per person; no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def linzhou_soil_water_station_selfchecks() -> dict:
    unit = f"{PLACE}水土保持站"
    t = _Truth(unit)
    people = [
        ("仉涑璎", "站领导", "站长", "leader", [
            ("生产建设项目水土保持方案审查打招呼、放宽要求", "高", "方案审查邀请专家集体评审，意见存档。", "已落实"),
            ("水土保持补偿费减免不按规定", "高", "减免事项报市水利局审批，结果公示。", "未发现问题"),
            ("小流域综合治理项目验收不严", "中", "验收组由站、乡镇、村三方组成。", "已落实"),
        ]),
        ("亓汾岺", "监督股", "股员", "general", [
            ("水土保持监督检查走过场、接受企业宴请", "中", "检查两人以上，检查记录当场签字。", "已落实"),
            ("设施自主验收报备材料核查不实", "低", "报备材料抽查核实，抽查比例不低于三成。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "linzhou_soil_water_station_selfchecks",
        "http://suizhou.gov.cn/slj/zfxxgkgz/fdzdgknr_13195/qtzdgknr/hygq/202212/t20221222_1068961.shtml",
        "市水土保持站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 水利局 page on "
        "生产建设项目 水土保持监测 (法定义务, 跟踪检查, 验收核查): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def linzhou_rural_water_station_list() -> dict:
    unit = f"{PLACE}农村饮水安全管理站"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "仉滏澄", "leader", "农村供水工程维修项目安排优亲厚友", "制度机制", "一级风险",
         "维修项目按排查结果排序，站务会研究后公示。"),
        ("站领导", "站长", "仉滏澄", "leader", "供水设施维修资金挤占挪用", "岗位职责", "一级风险",
         "维修资金专账核算，接受审计。"),
        ("水质检测室", "主任", "亓淅翚", "middle", "水质检测数据弄虚作假、少检漏检", "业务流程", "二级风险",
         "检测原始记录双人签字，数据上传省级平台。"),
        ("水质检测室", "主任", "亓淅翚", "middle", "净化消毒设备采购收受回扣", "外部环境", "二级风险",
         "设备采购三家比价，验收邀请乡镇水管员参加。"),
        ("财务室", "会计", "仉汜蕖", "general", "村级水管员补助发放不实", "业务流程", "二级风险",
         "补助按考核结果发放，名单公示。"),
        ("财务室", "会计", "仉汜蕖", "general", "水费收支票据审核不严", "思想道德", "三级风险",
         "票据经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "linzhou_rural_water_station_list", "http://www.engineering.org.cn/ch/article/29807/detail",
        "市农村饮水安全管理站 岗位廉政风险防控一览表, after the source's article on 脱贫地区 农村饮用水安全 (供水工程 建设与管理, "
        "水质, 运维管理, 维修养护): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def linzhou_construction_station_two_sheets() -> dict:
    unit = f"{PLACE}水利工程建设管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亓沁邰", "站长", "主持全面工作", [
            ("泵站更新改造项目“三重一大”事项不经集体决策", "一级", "“三重一大”事项站务会研究，派驻纪检监察组列席。"),
            ("施工企业借用资质、转包分包视而不见", "一级", "开工前核查项目经理到岗和资质情况。"),
        ]),
        ("仉沔玙", "副站长", "分管工程质量、安全", [
            ("工程进度款审核把关不严", "二级", "进度款凭监理审定工程量，经站长审批。"),
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
    dept = _Sheet("业务股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}业务股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("质量安全股", "股长", "亓洧珙", "middle", "隐蔽工程验收不到现场、签字放行", "一级", "隐蔽工程验收留存影像，两人以上签字。"),
        ("质量安全股", "股长", "亓洧珙", "middle", "质量检测委托指定检测机构", "二级", "检测机构从名录中随机抽取。"),
        ("综合股", "出纳", "仉湍玳", "general", "工程保证金退还不及时或违规退还", "三级", "保证金退还凭验收报告，经两级审批。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "linzhou_construction_station_two_sheets", "https://www.tljw.gov.cn/html/wenzhang_729254.html",
        "市水利工程建设管理站 廉政风险防控一览表 in TWO SHEETS, after the source's 区纪委监委 on 在建水利工程 (泵站更新改造, 施工进度, "
        "工程质量, “三重一大”事项清单, 廉政谈话): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 业务股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linzhou_nanguduo_reservoir_yearly_ledger(),
    linzhou_water_bureau_list(),
    linzhou_hongqiqu_irrigation_cards(),
    linzhou_water_resources_center_posts(),
    linzhou_river_lake_center_group_rows(),
    linzhou_soil_water_station_selfchecks(),
    linzhou_rural_water_station_list(),
    linzhou_construction_station_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch796-inbox"))

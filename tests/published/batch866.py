"""The eight-hundred-and-sixty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's grape and
farming bodies, 鄯善县 (of 吐鲁番市, 新疆维吾尔自治区) — its 农业农村局, 农产品质量安全检测站,
坎儿井保护利用中心, 农业技术推广站, 库木塔格沙漠景区管理处 and its towns' 农业发展服务中心 (鄯善镇,
七克台镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农产品质量安全检测站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 坎儿井保护利用中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 鄯善镇农业发展服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 库木塔格沙漠景区管理处's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 七克台镇农业发展服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 农业技术推广站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``shanshan_grape_center_level_counts``: the 葡萄产业发展中心's 岗位廉政风险点汇总表, ONE ROW A PERSON
  (``序号 | 科室 | 岗位 | 姓名``), the person's points NUMBERED LINES in one cell headed
  ``廉政风险点（按风险等级由高到低排列）``, and beside it no level per point but COUNT COLUMNS
  ``风险点数 | 其中：一级 | 二级 | 三级`` (merged ``风险等级及个数`` heading over ``一级 | 二级 | 三级``)
  giving how many of his points are of each grade; since the points stand in level order, the
  first ``一级`` count of lines are 一级, the next ``二级`` count 二级, the rest 三级 (a ``注：`` line
  says so). The README's 读得懂的表 knows a level cell listing each grade's point NUMBERS
  (``一级：2⏎二级：1、3``), per-holder counts of 高/中/低 merged beside a block of point ROWS in level
  order, and count tables that are not points; it does not describe a one-row-a-person summary whose
  numbered point lines take their levels from count columns by their order in the cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (吐鲁番 葡萄 — 葡萄溝, 晾房 and 葡萄干,
mechanised 埋藤/挖藤 and 搭架; 坎儿井 — 竖井, 暗渠, 明渠, 涝坝, 掏捞 and 保护利用; the 农产品质量安全监测管理办法
— 例行监测, 监督抽查, 抽样, 检测报告; the national 例行监测计划 — 抽检品种, 样品; 农机购置补贴 入户抽查 —
见人见机, 发动机号, 签字确认; 库木塔格沙漠 风景名胜区 — 沙漠营地, 骆驼, 冲浪车, 门票) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 闫 and 巩 with rare given names); every unit is a body of
鄯善县.

Run ``python tests/published/score.py --set batch866`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered line of a person's ``廉政风险点`` cell is one point of that person
  (科室, 岗位, 姓名 of the row); its level is given by its place among the lines and the row's
  counts: lines 1..n1 一级, the next n2 二级, the next n3 三级 (n1 + n2 + n3 = ``风险点数`` = the
  number of lines on every row); the numbering ``1.`` is left off; ``防控措施`` (numbered too) names no
  holder; ``风险点数`` and the counts are no points; the ``注：`` and 填表/审核 lines are no points;
- ``局领导``, ``中心领导``, ``站领导``, ``处领导`` (a 股室 cell, a group row, a 所在股室 cell) are the 科室 of
  those leaders; the 农业农村局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders
  have no 科室; a 局's 股, a 站's 室 and a 处's 科 are 科室; a group row ``二、综合办公室`` gives the 科室
  ``综合办公室`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 主任, 副主任, 站长, 副站长, 处长, 副处长 are leaders;
  股长, 科长 and a 室's 主任 middle; the rest (股员, 检测员, 抽样员, 会计, 出纳, 技术员, 售票员, 管护员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points;
  the 检测站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b866_"
PLACE = "鄯善县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
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


def _numbered(lines) -> str:
    return "\n".join(f"{i}.{text}" for i, text in enumerate(lines, 1))


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(point, level 1/2/3, measure)] in level order)
GRAPE_STAFF = [
    ("中心领导", "主任", "闫彧璿", "leader", [
        ("葡萄晾房建设补贴项目安排不经集体研究，个人说了算", 1, "补贴项目经主任办公会集体研究，名单公示。"),
        ("葡萄标准化示范园建设项目化整为零规避招标", 1, "项目按限额标准进入县公共资源交易平台。"),
        ("接受葡萄收购企业、经纪人宴请和礼品", 3, "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("技术推广科", "科长", "巩玹篪", "middle", [
        ("葡萄埋藤、挖藤机械作业补助面积核定不实", 1, "作业面积乡村两级核实、入户抽查，结果公示。"),
        ("优质葡萄苗木推广品种、供苗企业指定", 2, "供苗企业比选确定，品种经专家论证。"),
        ("技术培训班虚报参训人数、套取培训经费", 3, "培训签到、照片和考核记录存档备查。"),
    ]),
    ("市场营销科", "科长", "闫翯镟", "middle", [
        ("葡萄节展会展位、宣传费用支出审核不严", 2, "展会支出经科室初审、财务复核、主任审批。"),
        ("葡萄干品牌授权使用审核走过场", 3, "授权条件公开，审核结果公示。"),
    ]),
    ("综合办公室", "会计", "巩琭湲", "general", [
        ("补贴资金拨付不按进度、提前或超额拨付", 1, "拨付凭验收单据，会计、主任双签。"),
        ("晾房补贴对象名单与拨付名单不一致", 2, "拨付名单与公示名单逐户核对。"),
        ("公务接待、差旅费报销票据审核不严", 2, "报销单据经办人、证明人、审批人三签。"),
        ("办公用品采购不比价", 3, "采购三家比价，验收双人签字。"),
    ]),
]  # fmt: skip


def shanshan_grape_center_level_counts() -> dict:
    unit = f"{PLACE}葡萄产业发展中心"
    sh = _Sheet("汇总表", [6, 12, 8, 9, 46, 8, 6, 6, 6, 40])
    t = _Truth(unit)
    ncols = 10
    _line(sh, f"{unit}岗位廉政风险点汇总表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年4月", ncols)
    top = sh.add("序号", "科室", "岗位", "姓名", "廉政风险点（按风险等级由高到低排列）", "风险点数",
                 "风险等级及个数", None, None, "防控措施")  # fmt: skip
    sh.add(None, None, None, None, None, None, "一级", "二级", "三级", None)
    for c in (0, 1, 2, 3, 4, 5, 9):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 6, top, 8)
    for i, (dept, post, who, tier, points) in enumerate(GRAPE_STAFF, 1):
        counts = [sum(1 for p in points if p[1] == lv) for lv in (1, 2, 3)]
        sh.add(i, dept, post, who, _numbered(p[0] for p in points), len(points), *counts,
               _numbered(p[2] for p in points))  # fmt: skip
        for point, lv, _measure in points:
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _line(sh, "注：各人风险点按风险等级由高到低排列，“一级”“二级”“三级”栏填写该等级风险点个数，"
              "按顺序依次对应；无该等级风险点的填0。", ncols)  # fmt: skip
    sh.add("填表：", None, None, "审核：", None, None, "主任（签字）：", None, None, None)
    return _layout(
        "shanshan_grape_center_level_counts", "http://cmih.com.cn/xyxw/259.html",
        "(harder) 县葡萄产业发展中心 岗位廉政风险点汇总表, after the source's report on 吐鲁番 葡萄 (葡萄沟, 晾房, 葡萄干, "
        "机械化 埋藤/挖藤 and 搭架): a title, a 填报单位/date line, a TWO-ROW heading 序号/科室/岗位/姓名/"
        "``廉政风险点（按风险等级由高到低排列）``/风险点数/防控措施 merged down and ``风险等级及个数`` merged over "
        "``一级 | 二级 | 三级``; ONE ROW A PERSON, the points NUMBERED LINES in one cell, the levels only as COUNTS "
        "per grade (points in level order: the first n1 lines 一级, the next n2 二级, the rest 三级), the measures "
        "numbered lines too; a ``注：`` line saying so and a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shanshan_agriculture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("闫璆昉", "局长", "主持全面工作", [
            ("高标准农田建设项目插手干预招投标", "一级", "项目一律进入县公共资源交易中心，局党组集体研究。"),
            ("涉农资金分配方案个人说了算", "一级", "资金分配按因素法测算，经局党组会研究后公开。"),
        ]),
        ("巩沨琯", "副局长", "分管农机、种植业", [
            ("农机购置补贴机具核查走过场，见机不见人", "一级", "入户抽查见人见机，核对发动机号、出厂编号。"),
            ("特色林果提质增效项目验收把关不严", "二级", "验收邀请财政、审计部门参加，现场签字确认。"),
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
        ("农机股", "股长", "闫澔琠", "middle", "补贴申请资料审核不严，一机多补", "一级", "补贴系统比对机具编号，抽查比例不低于10%。"),
        ("农机股", "股长", "闫澔琠", "middle", "补贴机具两年内转卖不追缴", "二级", "建立补贴机具台账，定期回访核实。"),
        ("农机股", "股员", "巩珵湝", "general", "抽查记录表代签、补签", "三级", "抽查记录由购机者本人签字确认并拍照。"),
        ("计划财务股", "股长", "巩翃澴", "middle", "项目资金拨付不按合同进度", "一级", "拨付凭监理签认的进度单据。"),
        ("计划财务股", "会计", "闫瑱沇", "general", "报账资料审核不严，虚列支出", "二级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "shanshan_agriculture_bureau_two_sheets", "http://tcncw.org.cn/show-133438.html",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's 农机购置补贴 入户抽查 (见人见机, 购机发票, 机具型号, "
        "发动机号, 抽查记录 签字确认): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def shanshan_quality_station_posts() -> dict:
    unit = f"{PLACE}农产品质量安全检测站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "监测计划制定", "监督抽查对象选择带有倾向性，对关系户少抽或不抽", "制度机制风险", "高",
         "抽查对象随机抽取，监测计划站务会研究。"),
        ("检测室", "主任", "middle", "检测报告签发", "检测结果不合格时降低标准或出具虚假报告", "岗位职责风险", "高",
         "检测报告三级审核签发，原始记录存档。"),
        ("检测室", "检测员", "general", "样品检测", "收受生产经营者好处，调换、漏检样品", "思想道德风险", "中",
         "样品盲样编号，检测过程全程记录。"),
        ("抽样室", "抽样员", "general", "现场抽样", "抽样前通风报信，抽取的样品不具代表性", "业务流程风险", "中",
         "两人以上抽样，抽样单由被抽样单位签字确认。"),
        ("抽样室", "抽样员", "general", "样品封存流转", "样品封存、流转不规范，调包样品", "业务流程风险", "低",
         "样品封条双人签字，流转交接登记。"),
        ("综合室", "会计", "general", "检测试剂采购", "检测试剂、耗材采购不比价，收受回扣", "外部环境风险", "中",
         "试剂采购三家比价，入库验收登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "shanshan_quality_station_posts", "http://www.bbjpxb.cn/zwgk/wjk/zcfgk/content/post_2520924.html",
        "县农产品质量安全检测站 岗位廉政风险点排查表 对岗不对人, after the source's 农产品质量安全监测管理办法 (风险监测, "
        "监督抽查, 抽样, 检测机构, 检测报告): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shanshan_karez_center_cards() -> dict:
    unit = f"{PLACE}坎儿井保护利用中心"
    t = _Truth(unit)
    cards = [
        ("主任", "闫瑑淏", "主任", "主持中心全面工作", "leader", [
            ("坎儿井加固改造工程发包不经集体研究", "★★★", "工程发包经中心班子会研究，进入公共资源交易平台。"),
            ("坎儿井保护专项资金挤占挪用", "★★★", "专项资金专账核算，每年接受审计。"),
            ("接受施工单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "巩洊琲", "副主任", "分管掏捞维修、巡查", "leader", [
            ("坎儿井掏捞工程量核定不实，虚报暗渠掏捞长度", "★★", "掏捞工程量现场丈量，村委会签字确认。"),
            ("竖井盖板、明渠防渗工程验收不严", "★★", "验收邀请水利、文物部门参加。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "shanshan_karez_center_cards", "http://m.njpanjin.com/cn/Instant/domestic/202309/t20230905_7479810.html",
        "县坎儿井保护利用中心 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 吐鲁番坎儿井 保护、传承与利用 "
        "(竖井, 暗渠, 明渠, 蓄水池, 干涸, 保护利用): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def shanshan_town_center_group_rows() -> dict:
    unit = f"{PLACE}鄯善镇农业发展服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "巩珖渼", "leader", [
                ("坎儿井掏捞补助对象确定不公开", "一级风险", "补助对象村级公示，中心集体研究确定。"),
                ("农田灌溉用水指标分配优亲厚友", "一级风险", "用水指标按面积核定，分配结果张榜公布。"),
            ]),
        ]),
        ("二、综合办公室", "综合办公室", [
            ("主任", "闫璪沄", "middle", [
                ("惠农补贴面积统计数据弄虚作假", "二级风险", "面积数据村组核实、逐户公示。"),
            ]),
            ("出纳", "巩湉璬", "general", [
                ("掏捞队劳务报酬发放不按名册", "二级风险", "劳务报酬打卡发放，名册留存。"),
                ("现金收支不及时入账", "三级风险", "现金日清月结，定期盘点。"),
            ]),
        ]),
        ("三、农技服务室", "农技服务室", [
            ("技术员", "闫琸澂", "general", [
                ("葡萄病虫害统防统治药剂发放不登记", "二级风险", "药剂发放逐户登记签字。"),
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
        "shanshan_town_center_group_rows", "http://shop.dxbei.com/a/xinjiang/20230320/351897.html",
        "县镇农业发展服务中心 廉政风险防控责任清单, after the source's photo report on 吐鲁番坎儿井 (掏捞队, 掏捞、加固、改造, "
        "农田生产用水): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、综合办公室``, ``三、农技服务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def shanshan_desert_scenic_list() -> dict:
    unit = f"{PLACE}库木塔格沙漠景区管理处"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "闫珺澥", "leader", "沙漠营地、骆驼骑乘等经营项目发包暗箱操作", "制度机制", "高风险",
         "经营项目公开招租，处务会集体研究。"),
        ("处领导", "副处长", "巩湑琫", "leader", "沙漠冲浪车经营单位准入把关不严", "岗位职责", "中风险",
         "准入条件公开，安全和资质审核留档。"),
        ("票务科", "科长", "闫玚溍", "middle", "门票优惠、免票审批随意", "业务流程", "高风险",
         "优免票凭证登记，每日核对。"),
        ("票务科", "售票员", "巩瑈沬", "general", "票款截留、私售废票", "思想道德", "中风险",
         "电子票务系统售票，票款日清。"),
        ("综合科", "会计", "闫璘湙", "general", "景区维护费用支出审核不严", "业务流程", "中风险",
         "支出单据经办人、证明人、审批人三签。"),
        ("综合科", "管护员", "巩琎沕", "general", "沙雕、游步道维修材料虚报", "外部环境", "低风险",
         "材料出入库登记，每月盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "处长（签字）：", None, None)
    return _layout(
        "shanshan_desert_scenic_list", "https://meipian.cn/2cnaprxk",
        "县库木塔格沙漠景区管理处 岗位廉政风险防控一览表, after the source's page on 库木塔格沙漠风景名胜区 (国家重点风景名胜区, "
        "沙雕艺术, 沙漠营地): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/处长（签字） line",
        [sh], t,
    )  # fmt: skip


def shanshan_qiketai_center_selfchecks() -> dict:
    unit = f"{PLACE}七克台镇农业发展服务中心"
    t = _Truth(unit)
    people = [
        ("闫瑧澪", "中心领导", "主任", "leader", [
            ("农产品质量安全例行监测抽检样品选取走过场", "Ⅰ级", "抽检样品随机选取，抽样单签字确认。", "已落实"),
            ("农资经营店日常检查打招呼、不处理", "Ⅱ级", "检查结果登记，发现问题移交执法大队。", "未发现问题"),
        ]),
        ("巩璈滈", "农技服务室", "技术员", "general", [
            ("向农户推销指定厂家的农药、化肥", "Ⅰ级", "严禁推销农资，签订承诺书。", "已落实"),
            ("食用农产品承诺达标合格证开具审核不严", "Ⅲ级", "合格证开具登记，每月抽查。", "已落实"),
        ]),
        ("闫湜琡", "综合办公室", "会计", "general", [
            ("农业保险保费补贴数据审核不实", "Ⅱ级", "投保清单与种植面积逐户核对。", "未发现问题"),
            ("报销凭证审核把关不严", "Ⅲ级", "报销单据三级审核。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shanshan_qiketai_center_selfchecks", "http://www.kolcatapizza.com/2018/0123/265116.html",
        "县镇农业发展服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's national "
        "农产品质量安全例行监测（风险监测）计划 (抽检品种, 样品, 蔬菜生产基地, 农贸市场): a title, a label row "
        "``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def shanshan_extension_station_register() -> dict:
    unit = f"{PLACE}农业技术推广站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "巩瑺洇", "leader", [
            ("节水灌溉示范项目实施主体确定不公开", "制度机制", "一级", "实施主体比选确定，结果公示。"),
            ("站长亲属承揽滴灌带供货", "思想道德", "二级", "亲属回避，供货单位公开比选。"),
        ]),
        ("推广股", "股长", "闫洺璭", "middle", [
            ("示范户、示范基地遴选优亲厚友", "岗位职责", "二级", "遴选条件公开，村级推荐、公示。"),
        ]),
        ("推广股", "技术员", "巩澋琂", "general", [
            ("田间试验数据弄虚作假", "业务流程", "二级", "试验数据双人记录，原始记录存档。"),
            ("物化补助物资发放不到户", "外部环境", "一级", "物资发放逐户签字，村委会监督。"),
        ]),
        ("综合股", "出纳", "闫琒湫", "general", [
            ("项目资金支付不按合同约定", "业务流程", "一级", "支付凭验收单，站长审批。"),
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
        "shanshan_extension_station_register", "http://jianhong365.com/20/6191724.aspx",
        "县农业技术推广站 廉政风险点排查登记表, after the source's report on 吐鲁番坎儿井 (地下水位下降, 机电井, 农田灌溉 of 葡萄 "
        "and 西瓜): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shanshan_grape_center_level_counts(),
    shanshan_agriculture_bureau_two_sheets(),
    shanshan_quality_station_posts(),
    shanshan_karez_center_cards(),
    shanshan_town_center_group_rows(),
    shanshan_desert_scenic_list(),
    shanshan_qiketai_center_selfchecks(),
    shanshan_extension_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch866-inbox"))

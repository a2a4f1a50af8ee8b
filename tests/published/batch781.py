"""The seven-hundred-and-eighty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's heritage
and tourism bodies, 平遥县 (of 晋中市, 山西省) — its 文化和旅游局, 古城保护管理中心, 文物保护研究所,
景区管理处, 博物馆, 文化市场综合行政执法队 and 双林寺文物保管所 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文化和旅游局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 古城保护管理中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``),
  高/中/低; no names;
- the 文物保护研究所's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 景区管理处's 责任清单 under GROUP ROWS ``一、处领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 博物馆's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 文化市场综合行政执法队's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 双林寺文物保管所's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``pingyao_heritage_enforcement_ledger_by_date``: the 文物执法大队's 廉政风险排查台账, ONE ROW A POINT
  FOUND (``序号 | 岗位 | 责任人（在岗时段） | 排查时间 | 廉政风险点 | 风险等级 | 防控措施``); a post that
  changed hands during the year has its ``责任人`` cell merged down over all its rows and listing BOTH
  holders in turn with their periods (``訾某（2025.1—2025.6）⏎郏某（2025.7—2025.12）``), while every
  row has its OWN ``排查时间`` (a date); a ``注：`` line says each point found is the responsibility of
  the holder in post at the time it was found. So a row is the point of ONE of the listed holders,
  the one whose period holds the row's date. The README's 读得懂的表 knows holders in turn with their
  periods in one cell (every point of the post goes to each of them, ``HOLDERS_IN_TURN``) and
  ``现：…⏎原：…`` (the current one only); it does not describe a per-row date that picks, among
  holders in turn, the one whose period holds it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 晋中日报 study of 平遥古城管理体制
— 文物局, 古城管委会, 旅游公司, 门票收益, 三区融合; a 常州 派驻纪检组 on 文物保护 — 老城厢文物修缮,
文物执法支队, 文物商店; a 新华社 photo story on 平遥古城 — 城墙抢险加固, 违建整治, 商户燃煤锅炉, 停车场;
国家文物局's 2023 文物行政执法通报 — 执法巡查, 违法建设, 行政处罚, 责令改正; an essay 浅谈平遥古城的保护
— 双林寺, 镇国寺, 旅游业, 古城风貌; a 汕头 派驻纪检组 on 导游乱象与强制消费 — 旅行社, 投诉台账, 约谈;
景洪 纪检 on 旅游市场秩序 — 行政处罚告知书, 购物点, 旅游客运; a 旅游市场整治措施 — 定点购物, 回扣,
不合理低价游) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 訾 and 郏 with rare given names);
every unit is a body of 平遥县.

Run ``python tests/published/score.py --set batch781`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is the point of the ONE holder listed in its 责任人 cell whose period
  holds the row's 排查时间 (the ``注：`` line says so); a post's two holders are two forms (same
  科室-less post, different names), each with only the rows of his own period; a post with one holder
  has every row of his; 排查时间 names no holder and is no point;
- ``局领导``, ``处领导``, ``所领导`` (a group row, a 科室 cell) are the 科室 of those leaders; the 局's
  leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a 股, 科, 部, 室 or
  中队 is a 科室, and ``中心领导``, ``队领导`` the 科室 of those leaders; a group row ``二、票务科`` gives the 科室 ``票务科``;
- 局长, 副局长, 主任, 副主任 (of a 中心), 所长, 副所长, 处长, 副处长, 馆长, 副馆长, 队长, 副队长, 大队长
  and 副大队长 are leaders; 股长, 科长, 部长 and 中队长 middle; the rest (科员, 会计, 出纳, 保管员, 讲解员,
  执法队员, 售票员, 文物修缮技术员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 古城保护管理中心's
  list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b781_"
PLACE = "平遥县"
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


# --------------------------------------------------------------------------- harder layout

# (post, tier, holders in turn: (name, period shown, first month, last month), rows)
# each row: (排查时间 (year, month, day), 廉政风险点, 风险等级, 防控措施)
LEDGER = [
    ("大队长", "leader", [("訾赟岑", "2025.1—2025.12", 1, 12)], [
        ((2025, 3, 12), "文物违法案件查处中说情打招呼，降格处理", "一级",
         "案件查处实行集体审议，说情打招呼登记报告。"),
        ((2025, 9, 18), "对全国重点文物保护单位保护范围内违法建设查处不力", "一级",
         "违法建设案件挂牌督办，拆除情况拍照存档。"),
    ]),
    ("副大队长", "leader", [("訾钰瑀", "2025.1—2025.6", 1, 6), ("郏彧镛", "2025.7—2025.12", 7, 12)], [
        ((2025, 2, 20), "行政处罚自由裁量权行使随意，罚款畸轻畸重", "一级",
         "严格执行裁量基准，处罚决定法制审核。"),
        ((2025, 5, 8), "执法巡查记录弄虚作假，巡查走过场", "二级", "巡查轨迹定位，记录双人签字。"),
        ((2025, 8, 14), "对古城内商户违规改建门面不立案、以责令改正代替处罚", "一级",
         "立案标准公开，以改代罚须经大队集体研究。"),
        ((2025, 11, 6), "向当事人泄露执法检查安排", "二级", "检查计划保密，双随机抽取检查对象。"),
    ]),
    ("执法队员", "general", [("郏韫煊", "2025.1—2025.4", 1, 4), ("訾晞旸", "2025.5—2025.12", 5, 12)], [
        ((2025, 3, 26), "现场勘验笔录不实，证据收集不全", "二级", "现场勘验全程执法记录仪记录。"),
        ((2025, 6, 17), "接受被检查单位宴请、土特产", "三级", "签订廉洁执法承诺书，节前廉洁提醒。"),
        ((2025, 10, 22), "暂扣物品登记保管不规范，私自处置", "二级", "暂扣物品专库存放，出入库登记。"),
    ]),
]  # fmt: skip


def _holder_at(holders: list, month: int) -> str:
    (who,) = [w for w, _shown, a, b in holders if a <= month <= b]
    return who


def pingyao_heritage_enforcement_ledger_by_date() -> dict:
    unit = f"{PLACE}文物执法大队"
    sh = _Sheet("排查台账", [6, 10, 24, 13, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}2025年度廉政风险排查台账", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年12月", 7)
    sh.add("序号", "岗位", "责任人（在岗时段）", "排查时间", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for post, _tier, holders, rows in LEDGER:
        first = len(sh.rows)
        cell = "\n".join(f"{who}（{shown}）" for who, shown, _a, _b in holders)
        for k, ((y, m, d), point, lv, measures) in enumerate(rows):
            n += 1
            sh.add(n, post if k == 0 else None, cell if k == 0 else None, f"{y}.{m}.{d}", point, lv,
                   measures)  # fmt: skip
        last = len(sh.rows) - 1
        if last > first:
            sh.merge(first, 1, last, 1)
            sh.merge(first, 2, last, 2)
    # the truth one form a holder: each row the holder in post on its date
    for post, tier, holders, rows in LEDGER:
        for who, _shown, _a, _b in holders:
            for (_y, m, _d), point, lv, _measures in rows:
                if _holder_at(holders, m) == who:
                    t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：岗位年内人员调整的，排查出的廉政风险点由排查时在岗的责任人负责防控；风险等级分一级、二级、三级。",
        7,
    )
    sh.add("填表人：", None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "pingyao_heritage_enforcement_ledger_by_date",
        "https://wwj.zhengzhou.gov.cn/aqscxfaq/8285809.jhtml",
        "(harder) 县文物执法大队 年度廉政风险排查台账, after the source's 国家文物局 2023 文物行政执法和安全监管通报 (执法巡查, "
        "违法建设, 行政处罚, 责令改正, 文物法人违法): a title, a merged 填报单位/date line, then 序号/岗位/"
        "``责任人（在岗时段）``/``排查时间``/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; 岗位 and 责任人 merged over "
        "each post's rows; two posts changed hands in the year, their 责任人 cell listing both holders one a line with "
        "their periods ``訾某（2025.1—2025.6）⏎郏某（2025.7—2025.12）``; every row has its own date, and the ``注：`` line "
        "says a point found is the holder's in post at that time, so each row belongs to the ONE holder whose period "
        "holds its date; no type column; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pingyao_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郏瑨珣", "局长", "主持全面工作", [
            ("古城保护专项资金安排个人说了算", "一级", "专项资金安排经局党组会集体研究，分配结果公开。"),
            ("旅游招商项目洽谈中接受企业请托", "一级", "招商项目洽谈两人以上参加，洽谈情况登记备案。"),
        ]),
        ("訾钤岑", "副局长", "分管文物保护、文物安全", [
            ("文物保护工程方案审核把关不严", "一级", "方案审核邀请省级文物专家论证。"),
            ("文物安全检查发现隐患督促整改不力", "二级", "隐患清单销号管理，整改结果复查。"),
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
        ("文物股", "股长", "郏钰岑", "middle", "不可移动文物保护范围内建设项目意见出具不按程序", "一级",
         "出具意见经股室集体研究，报分管领导审定。"),
        ("文物股", "股长", "郏钰岑", "middle", "文物修缮补助对象审核不严", "二级", "补助对象现场核查，名单公示。"),
        ("旅游市场股", "股长", "訾炘赟", "middle", "旅行社经营许可审查走过场", "二级", "许可材料两人审查，结果公开。"),
        ("旅游市场股", "科员", "郏槿燊", "general", "游客投诉处理偏袒经营者", "三级", "投诉处理限时办结，回访游客。"),
        ("计划财务股", "会计", "訾熠锴", "general", "门票收入分成资金核算不实", "一级", "分成资金按月对账，接受审计。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "pingyao_culture_tourism_bureau_two_sheets",
        "http://paper.jzxww.com.cn/jzrb/html/2025-11/26/content_389354.htm",
        "县文化和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's 晋中日报 study of 平遥古城管理体制 (县文物局, "
        "旅游公司, 门票收益, 三区融合, 文物安全底线): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def pingyao_ancient_city_centre_posts() -> dict:
    unit = f"{PLACE}古城保护管理中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "城墙抢险加固工程施工单位选定暗箱操作", "制度机制风险", "高",
         "工程一律进入公共资源交易平台公开招标。"),
        ("中心领导", "主任", "leader", "古城违建整治中选择性执法", "岗位职责风险", "高",
         "违建台账公开，拆除情况定期通报。"),
        ("风貌管理科", "科长", "middle", "临街店铺门面改造审批把关不严", "业务流程风险", "中",
         "门面改造方案现场核验，审批结果公示。"),
        ("风貌管理科", "科员", "general", "巡查发现私搭乱建不上报", "岗位职责风险", "中",
         "巡查记录每日汇总，科长抽查。"),
        ("综合服务科", "科长", "middle", "古城停车场收费收入不入账", "外部环境风险", "高",
         "停车收费电子化，收入日清日结。"),
        ("综合服务科", "出纳", "general", "商户清洁能源改造补贴发放不实", "思想道德风险", "低",
         "补贴名单逐户核实并公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "pingyao_ancient_city_centre_posts", "http://whcy.cnhouji.com/html/2024/0519/7701.shtml",
        "县古城保护管理中心 岗位廉政风险点排查表 对岗不对人, after the source's 新华社 photo story on 平遥古城 (城墙抢险加固, "
        "违建整治长效机制, 商户燃煤锅炉清零, 停车场, 旅游厕所): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pingyao_heritage_institute_selfchecks() -> dict:
    unit = f"{PLACE}文物保护研究所"
    t = _Truth(unit)
    people = [
        ("訾岑铖", "所领导", "所长", "leader", [
            ("文物保护规划编制委托中指定设计单位", "Ⅰ级", "委托单位比选确定，比选结果公示。", "已落实"),
            ("考古勘探经费结算不按实际工作量", "Ⅱ级", "结算凭勘探记录和验收报告。", "未发现问题"),
        ]),
        ("郏炘嵘", "文物修缮部", "文物修缮技术员", "general", [
            ("修缮工程隐蔽部位验收签字不到场", "Ⅰ级", "隐蔽工程验收拍照留存，双人签字。", "已落实"),
            ("修缮材料用量核定虚高", "Ⅱ级", "材料用量按设计图纸复核。", "已落实"),
        ]),
        ("訾曈铖", "资料室", "保管员", "general", [
            ("文物档案资料私自外借、复制", "Ⅱ级", "档案借阅审批登记。", "未发现问题"),
            ("出土文物标本登记不全", "Ⅲ级", "标本入库双人清点登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pingyao_heritage_institute_selfchecks",
        "https://jjw.changzhou.gov.cn/html/jw/2022/HFFKPFKO_0120/24202.html",
        "县文物保护研究所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 常州 派驻纪检组 "
        "on 文物保护 (老城厢文物修缮, 考古研究所, 文物保护管理中心, 重点工程): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def pingyao_scenic_office_group_rows() -> dict:
    unit = f"{PLACE}景区管理处"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、处领导", "处领导", [
            ("处长", "郏嵘岑", "leader", [
                ("景区特许经营项目发包不公开", "一级风险", "特许经营项目公开竞争确定经营者。"),
                ("景区提升工程化整为零规避招标", "一级风险", "工程项目按限额标准报县文旅局审批。"),
            ]),
        ]),
        ("二、票务科", "票务科", [
            ("科长", "訾禛彧", "middle", [
                ("门票优惠、免票审批不严，违规放人", "一级风险", "免票凭证登记，每日核对检票数据。"),
            ]),
            ("售票员", "郏崧璘", "general", [
                ("售票款截留、挪用", "二级风险", "售票系统日结，票款当日解缴。"),
                ("倒卖门票或重复使用票据", "二级风险", "电子票一票一码，废票登记销毁。"),
            ]),
        ]),
        ("三、导览服务部", "导览服务部", [
            ("讲解员", "訾燊淼", "general", [
                ("讲解中诱导游客到指定商户消费收取好处", "三级风险", "讲解线路统一，游客评价回访。"),
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
        "pingyao_scenic_office_group_rows",
        "http://www.china-audit.com/lhd_3p05c55f6x7e16g2f5026bod04q39t00p21_1.html",
        "县景区管理处 廉政风险防控责任清单, after the source's essay 浅谈平遥古城的保护 (双林寺, 镇国寺, 旅游业发展, 古城风貌, "
        "景区): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、处领导``, ``二、票务科``, ``三、导览服务部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def pingyao_museum_cards() -> dict:
    unit = f"{PLACE}博物馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "郏淼燊", "馆长", "主持全面工作", "leader", [
            ("陈列展览布展项目指定施工单位", "★★★", "布展项目公开比选，评审专家随机抽取。"),
            ("文物征集定价不经评估", "★★★", "征集文物经鉴定评估小组评估定价。"),
            ("接受文物捐赠人宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副馆长", "訾屾旸", "副馆长", "分管藏品保管、安全保卫", "leader", [
            ("藏品出入库审批把关不严", "★★", "出入库凭审批单，双人交接签字。"),
            ("安防设备维保服务验收走过场", "★★", "维保验收查看运行记录，现场测试。"),
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
        "pingyao_museum_cards", "https://www.hepan.com/mip/article-76680-1.html",
        "县博物馆 领导干部廉政风险防控卡, one sheet a leader, after the source's 汕头 派驻纪检组 on 导游乱象与强制消费 "
        "(文广旅体局, 投诉台账, 约谈, 提醒函, 服务质量): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def pingyao_market_enforcement_list() -> dict:
    unit = f"{PLACE}文化市场综合行政执法队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "訾垚劭", "leader", "对旅行社“不合理低价游”案件查处打折扣", "岗位职责", "高风险",
         "重大案件集体讨论，处理结果公开。"),
        ("队领导", "队长", "訾垚劭", "leader", "行政处罚告知书送达后私下减免罚款", "制度机制", "高风险",
         "罚没款统一缴入国库，减免须经集体研究。"),
        ("旅游执法中队", "中队长", "郏煊岙", "middle", "接到导游强迫购物投诉不及时核查", "业务流程", "中风险",
         "投诉限时核查，办理情况回访。"),
        ("旅游执法中队", "执法队员", "訾旸禛", "general", "检查购物店时收受“茶水费”", "思想道德", "中风险",
         "两人以上检查，执法记录仪全程记录。"),
        ("文化市场中队", "中队长", "郏镛瑀", "middle", "演出场所检查提前通风报信", "外部环境", "高风险",
         "双随机抽取检查对象，检查计划保密。"),
        ("文化市场中队", "执法队员", "訾旸钤", "general", "网吧违规接纳未成年人案件以罚代管", "岗位职责", "低风险",
         "案件办理法制审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "队长（签字）：", None, None)
    return _layout(
        "pingyao_market_enforcement_list", "http://m.zikin.com.cn/support/1365",
        "县文化市场综合行政执法队 岗位廉政风险防控一览表, after the source's 旅游市场整治措施 (取消定点购物, 购物回扣, "
        "“不合理低价游”, 商业贿赂, 停业整顿): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/队长（签字） line",
        [sh], t,
    )  # fmt: skip


def pingyao_shuanglin_temple_register() -> dict:
    unit = f"{PLACE}双林寺文物保管所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "郏铖珣", "leader", [
            ("彩塑保护修复项目验收把关不严", "岗位职责", "一级", "验收邀请省文物专家参加。"),
            ("寺内经营摊点安排优亲厚友", "思想道德", "二级", "摊点公开招租，结果公示。"),
        ]),
        ("安全保卫科", "科长", "訾珣燊", "middle", [
            ("文物安全巡查记录造假", "业务流程", "二级", "巡查打卡，监控录像抽查。"),
        ]),
        ("安全保卫科", "保管员", "郏璘曈", "general", [
            ("钥匙、门禁卡交接不登记", "制度机制", "三级", "钥匙专人保管，交接登记。"),
            ("消防器材采购以次充好", "外部环境", "一级", "器材验收对照合同逐项核对。"),
        ]),
        ("接待科", "出纳", "訾瑀炘", "general", [
            ("讲解服务费收取不开票据", "业务流程", "一级", "讲解费统一收取，开具票据。"),
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
        "pingyao_shuanglin_temple_register",
        "http://qdubb.cn/html/2017/dangfengzhengfeng_0916/35663.html",
        "县双林寺文物保管所 廉政风险点排查登记表, after the source's 景洪 纪检监察 on 旅游市场秩序整治 (行政处罚告知书, 景区购物点, "
        "执勤点, 旅游客运, 从业人员教育): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pingyao_heritage_enforcement_ledger_by_date(),
    pingyao_culture_tourism_bureau_two_sheets(),
    pingyao_ancient_city_centre_posts(),
    pingyao_heritage_institute_selfchecks(),
    pingyao_scenic_office_group_rows(),
    pingyao_museum_cards(),
    pingyao_market_enforcement_list(),
    pingyao_shuanglin_temple_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch781-inbox"))

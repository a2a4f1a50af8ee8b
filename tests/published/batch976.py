"""The nine-hundred-and-seventy-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 党委部门 and
纪委监委派驻机构, 新和县 (阿克苏地区, 新疆维吾尔自治区) — its 县委组织部, 县委办公室, 县委宣传部, 县委统战部,
县委政法委员会, 县委巡察工作领导小组办公室 and the 纪委监委's 派驻第一、第二纪检监察组 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 县委办公室's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低 and
  a ``注：`` line;
- the 县委宣传部's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 县委统战部's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 | …`` and a
  merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 县委政法委员会's 清单 under GROUP ROWS ``一、委领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 派驻第一纪检监察组's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 职　务 | 自查时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查结果``, no type column;
- the 派驻第二纪检监察组's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 县委巡察办's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY row, short
  types, ``一级/二级/三级``.

One is harder:

- ``xinhe_organization_levels_by_item_numbers``: the 县委组织部's 岗位廉政风险防控一览表, an ordinary
  list (``序号 | 股室 | 职务 | 姓名 | 项次 | 廉政风险点 | 风险等级 | 防控措施``; 股室 merged; 序号, 职务 and
  姓名 merged per person; ``项次`` numbering each person's points from 1 again) whose ``风险等级`` cell
  is MERGED PER PERSON like the name beside it, so that one cell has to carry the levels of all his
  points, and says them by their 项次: ``第1、2项为一级；第3项为二级``, ``1项一级，2项二级``,
  ``第1项：一级；第2项：二级；第3项：三级``, ``第1、2项均为二级`` …; a ``注：`` line says so. The README's
  读得懂的表 and docs/layouts.md know a level cell merged down over several points (each takes its
  value), a cell of one point numbering several points each with its own bracketed level, levels by a
  note naming the table's 序号 (``序号1—3、7、10为一级风险点``), by ``同第1项``/``同序号2`` and by each
  post's first item; they do not describe ONE MERGED LEVEL CELL per holder that grades each of his
  rows by the number of the row within his block (``项次``), several levels in one merged cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (干部选拔任用 监督 and 整治用人上不正之风;
a 县委办's 文电室 and its 发文 rules; a 县委宣传部's work — 舆论引导, 意识形态, 文化; a 民宗局's year of
民族宗教 work; a 县委政法委's report to the 巡察组; the problems of 派驻机构 — 身份认识, 职责理解; 哨崗式
駐點 of a 派駐紀檢監察組; what a 巡察办 does) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare compound
surnames 公仲 and 王孙 with rare given names; 西门, 呼延, 钟离 and 宇文, the ones offered, are all used
by earlier batches); every unit is a body of 新和县.

Run ``python tests/published/score.py --set batch976`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one its holder's merged ``风险等级`` cell gives its
  ``项次`` (``第1、2项为一级`` grades his items 1 and 2 一级); ``项次`` is no point and no 序号 of the
  table; no type column, so no types;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``部领导``, ``办领导``, ``委领导``, ``组领导`` (a 股室 cell, a
  group row, a 所在科室 value) are the 科室 of those leaders; a 部's, 办's or 委's 股 or 室 is a 科室;
- the 部, the 办, the 委 and the 组 are units of their own: 部长, 副部长, 常务副部长, 主任 and 副主任 (of an
  办), 书记 and 副书记 (of the 委), 组长 and 副组长 are leaders; 股长 and 室主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查结果`` and ``自查时间``
  are no points and name no holder; the 派驻第二纪检监察组's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b976_"
PLACE = "新和县"
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


def item_levels(cell: str) -> dict[int, int]:
    """The level a merged ``风险等级`` cell gives each 项次: ``第1、2项为一级；第3项为二级`` -> {1: 1, 2: 1, 3: 2}."""
    out = {}
    for clause in re.split(r"[；;，,]", cell):
        m = re.fullmatch(r"第?([\d、]+)项[：:为均]*(?:为)?([一二三]级)", clause.strip())
        assert m, (cell, clause)
        for n in m.group(1).split("、"):
            out[int(n)] = GRADES[m.group(2)]
    return out


# (股室, 职务, 姓名, tier, 风险等级 cell, [(廉政风险点, 防控措施)])
BY_ITEMS = [
    ("部领导", "部长", "公仲翊澂", "leader", "第1、2项为一级；第3项为二级", [
        ("干部选拔任用动议把关不严，搞“带病提拔”", "动议人选经部务会集体研究，纪检前置审查“凡提四必”。"),
        ("在干部调整中打招呼、递条子、搞封官许愿", "领导干部插手干预干部选任一律登记报告。"),
        ("对干部选任工作监督检查发现的问题整改不到位", "问题清单化管理，整改情况报县委。"),
    ]),
    ("部领导", "常务副部长", "王孙岫璟", "leader", "1项一级，2项二级", [
        ("干部考察对象民主推荐、考察谈话走过场", "考察组两人以上，谈话记录当场签字。"),
        ("党建工作经费分配不公、审批不严", "经费分配方案经部务会研究并公示。"),
    ]),
    ("干部股", "股长", "公仲玹", "middle", "第1项：一级；第2项：二级；第3项：三级", [
        ("干部档案专项审核把关不严，“三龄两历一身份”造假未发现", "档案审核小组交叉复核，疑点逐项核实。"),
        ("考察材料失实、泄露考察情况", "考察材料两人审核，涉密材料专柜保管。"),
        ("干部任免文件印发不及时、不规范", "任免文件按程序审签，登记台账。"),
    ]),
    ("组织股", "股长", "王孙霈", "middle", "第1项为二级，第2项为三级", [
        ("发展党员把关不严，违规突击发展", "发展党员全程纪实，预审结果公示。"),
        ("党费收缴、使用管理不规范", "党费专户管理，收缴情况每半年公示。"),
    ]),
    ("干部监督股", "科员", "公仲瑷", "general", "第1、2项均为二级", [
        ("干部选任“一报告两评议”数据统计失真", "评议票统计两人以上，结果存档备查。"),
        ("个人有关事项报告查核结果处理偏松", "查核结果按规定认定，处理意见经部务会研究。"),
    ]),
    ("组织员办公室", "组织员", "王孙湉", "general", "第1项一级，第2项三级", [
        ("基层党组织换届选举候选人资格审查不严", "候选人资格联审，纪检、政法等部门出具意见。"),
        ("软弱涣散党组织整顿验收走过场", "整顿验收现场核查，结果报部务会。"),
    ]),
]  # fmt: skip


def xinhe_organization_levels_by_item_numbers() -> dict:
    unit = f"{PLACE}委组织部"
    sh = _Sheet("一览表", [6, 12, 11, 9, 6, 40, 22, 34])
    t = _Truth(unit)
    _line(sh, f"中共{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "项次", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, grades, points) in enumerate(BY_ITEMS, 1):
        levels = item_levels(grades)
        assert sorted(levels) == list(range(1, len(points) + 1)), who
        for i, (point, measures) in enumerate(points, 1):
            sh.add(n, dept, post, who, i, point, grades, measures)
            t.point(sh.name, dept, post, who, tier, point, [], levels[i])
    person = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (0, person), (2, person), (3, person), (6, person)]
    )
    _line(
        sh,
        "注：风险等级分一级、二级、三级，按本人所列风险点的项次填写（如“第1项为一级，第2、3项为二级”）。",
        8,
    )
    sh.add("填表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "xinhe_organization_levels_by_item_numbers", "http://www.fdxf.gov.cn/content/detail/579b3328f2dd40c1e81cbad8.html",
        "(harder) 县委组织部 岗位廉政风险防控一览表, after the source's account of 干部选拔任用监督 (整治用人上不正之风, "
        "跑官要官, 考察, 档案, 一报告两评议): a title, 序号 merged per person/股室 merged/职务 and 姓名 merged per "
        "person/``项次`` numbering each person's points from 1/廉政风险点/``风险等级`` MERGED PER PERSON, one cell "
        "grading his points by their 项次 (``第1、2项为一级；第3项为二级``, ``1项一级，2项二级``, ``第1、2项均为二级``)/"
        "防控措施; a ``注：`` line saying so; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xinhe_party_office_list() -> dict:
    unit = f"{PLACE}委办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"中共{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "王孙澂岚", "leader", "公务接待、办公经费审批把关不严", "制度机制风险", "高",
         "经费支出经主任办公会研究，接待清单公示。"),
        ("办领导", "主任", "王孙澂岚", "leader", "利用职务便利为他人提拔调整打招呼", "思想道德风险", "中",
         "领导干部插手干预登记报告，定期廉政谈话。"),
        ("秘书股", "股长", "公仲珝", "middle", "文稿起草中泄露未公开决策信息", "岗位职责风险", "高",
         "文稿按密级流转，签订保密承诺书。"),
        ("秘书股", "股长", "公仲珝", "middle", "会议纪要记录不实、擅改决策内容", "业务流程风险", "中",
         "纪要经主持人审签，原始记录存档。"),
        ("督查室", "督查员", "王孙翮", "general", "督查检查中接受被督查单位宴请", "外部环境风险", "中",
         "督查两人以上，执行工作纪律“八不准”。"),
        ("督查室", "督查员", "王孙翮", "general", "督查结果通报避重就轻", "岗位职责风险", "低",
         "督查结果经室务会审核后通报。"),
        ("机要保密股", "机要员", "公仲沨", "general", "涉密文件传阅、清退登记不全", "业务流程风险", "高",
         "涉密文件一文一登记，每季度清退核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：秘书股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "xinhe_party_office_list", "http://www.sznianjian.com/show.php?mlid=49149",
        "县委办公室 岗位廉政风险防控一览表, after the source's account of a 县委办's 文电室 (公文审核, 发文“五个一律”, "
        "失密泄密追责, 会议纪要): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xinhe_propaganda_two_sheets() -> dict:
    unit = f"{PLACE}委宣传部"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 11, 20, 38, 9, 34])
    _line(lead, f"中共{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("公仲峋", "部长", "主持全面工作", [
            ("宣传文化项目资金分配个人说了算", "一级", "项目资金分配经部务会集体研究并公示。"),
            ("文艺演出、宣传品采购指定承办单位", "一级", "采购按规定比选，纪检全程监督。"),
        ]),
        ("王孙靓璇", "副部长", "分管新闻宣传、网信工作", [
            ("对外宣传稿件刊发中收受好处", "二级", "稿件刊发实行三审制度。"),
            ("网络舆情处置中瞒报、迟报", "二级", "舆情信息登记报告，限时处置。"),
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
    dept = _Sheet("股室", [6, 12, 9, 10, 38, 9, 34])
    _line(dept, f"中共{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("文明创建股", "股长", "公仲泠", "middle", "文明单位评选打分优亲厚友", "一级", "评选标准公开，结果公示七天。"),
        ("文明创建股", "股长", "公仲泠", "middle", "文明实践活动经费虚列支出", "二级", "活动经费凭影像资料报账。"),
        ("新闻科", "编辑", "王孙瑗", "general", "有偿新闻、收取“版面费”", "二级", "签订职业道德承诺书，定期抽查。"),
        ("理论宣讲股", "干事", "公仲澈", "general", "宣讲补贴虚报冒领", "三级", "宣讲场次签到，补贴打卡发放。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xinhe_propaganda_two_sheets",
        "https://www.paxyq.com/t/jie-ma-xian-wei-xuan-chuan-bu-tou-shi-di-fang-xuan-chuan-gong-zuo-de-zhen-shi-mian-mao-yu-tiao-zhan.html",
        "县委宣传部 廉政风险防控一览表 in TWO SHEETS, after the source's account of a 县委宣传部's work (宣传党的路线方针, "
        "意识形态, 舆论引导, 文化建设, 对外宣传): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xinhe_united_front_cards() -> dict:
    unit = f"{PLACE}委统战部"
    t = _Truth(unit)
    cards = [
        ("部长", "王孙璆", "部长", "主持统战部（民族宗教事务局）全面工作", "leader", [
            ("宗教活动场所建设项目审批中打招呼", "★★★", "审批事项经部务会集体研究，结果公示。"),
            ("民族团结进步创建资金分配不公", "★★★", "资金分配方案报县委统战工作领导小组审定。"),
        ]),
        ("副部长", "公仲霁", "副部长", "分管民族宗教事务、党外人士工作", "leader", [
            ("党外代表人士推荐安排中优亲厚友", "★★", "推荐人选经集体研究，听取各方意见。"),
            ("接受宗教界人士礼品礼金", "★★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("干事", "王孙珣", "干事", "民族宗教事务股日常工作、宗教教职人员信息管理", "general", [
            ("宗教教职人员备案信息审核不严", "★★", "备案材料两人审核，系统录入留痕。"),
            ("少数民族困难群众补助登记不实", "★", "补助名单入户核实并公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"中共{unit}岗位廉政风险防控卡", 4)
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
        "xinhe_united_front_cards", "https://www.mingyanjiaju.org/fanwen/gongzuozongjie2/3378941.html",
        "县委统战部（民族宗教事务局） 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's "
        "report of a 民宗局's year (民族乡帮扶, 民族团结, 宗教和谐, 督促检查): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xinhe_politics_law_group_rows() -> dict:
    unit = f"{PLACE}委政法委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"中共{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、委领导", "委领导", [
            ("副书记", "公仲岷", "leader", [
                ("干预、插手政法机关具体案件办理", "一级风险", "过问案件一律登记报告，季度通报。"),
                ("平安建设考核打分人情分", "二级风险", "考核实行集体评议，结果公示。"),
            ]),
        ]),
        ("二、综治股", "综治股", [
            ("股长", "王孙沅", "middle", [
                ("综治专项经费分配、使用不规范", "一级风险", "经费分配经委务会研究，专款专用。"),
            ]),
            ("科员", "公仲翾", "general", [
                ("矛盾纠纷排查台账弄虚作假", "二级风险", "台账每月抽查，与信访数据比对。"),
                ("网格员补贴核发把关不严", "三级风险", "补贴按考核结果发放，名单公示。"),
            ]),
        ]),
        ("三、执法监督股", "执法监督股", [
            ("科员", "王孙琤", "general", [
                ("涉法涉诉信访案件评查走过场", "二级风险", "评查两人以上，评查意见存档。"),
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
        "xinhe_politics_law_group_rows", "https://www.92read.com/fanwen/gzzj/gwqr4q.html",
        "县委政法委员会 廉政风险防控责任清单 under GROUP ROWS, after the source's report of a 县委政法委 to the 巡察组 "
        "(平安建设, 法治建设, 政法队伍, 防范化解重大风险): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施, group rows ``一、委领导``, ``二、综治股``, ``三、执法监督股`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xinhe_first_inspection_group_selfchecks() -> dict:
    unit = f"{PLACE}纪委监委派驻第一纪检监察组"
    t = _Truth(unit)
    people = [
        ("公仲瀞", "组领导", "组长", "leader", [
            ("对驻在部门“一把手”监督以建议代替监督意见", "Ⅰ级", "参加“三重一大”会议独立发表监督意见并记录。", "已落实"),
            ("问题线索处置中跑风漏气、压案不查", "Ⅰ级", "线索集体排查，处置情况报县纪委监委。", "已落实"),
        ]),
        ("王孙翀", "组领导", "副组长", "leader", [
            ("审查调查中违规接触被审查人亲友", "Ⅱ级", "严格执行安全文明办案规定。", "未发现问题"),
        ]),
        ("公仲岍", "综合室", "纪检监察员", "general", [
            ("日常监督检查流于形式、发现问题不报", "Ⅱ级", "检查两人以上，问题清单报组长。", "已落实"),
            ("泄露信访举报人信息", "Ⅲ级", "信访件专人专柜管理，登记查阅。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "组长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xinhe_first_inspection_group_selfchecks", "https://wxredian.com/art?id=bf6aaca8f9c826e86cbf0866a3c180ae",
        "县纪委监委派驻第一纪检监察组 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "account of the problems of 派驻机构 (身份认识有误区, 以建议代替监督意见, “一把手”监督, 沟通协调): a title, a "
        "label row ``姓　名 | 所在科室 | 职　务 | 自查时间`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/``自查结果``; no type column; ``本人签名： | 组长意见：``",
        sheets, t,
    )  # fmt: skip


def xinhe_second_inspection_group_posts() -> dict:
    unit = f"{PLACE}纪委监委派驻第二纪检监察组"
    sh = _Sheet("排查表", [6, 12, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("组长", "leader", "监督执纪决策", "对驻在单位问题线索处置意见个人说了算", "制度机制", "高风险",
         "线索处置实行组务会集体研究。"),
        ("组长", "leader", "廉情分析研判", "廉情分析会走过场，苗头性问题不预判", "岗位职责", "中风险",
         "每季度召开廉情分析会，形成风险台账。"),
        ("纪检监察员", "general", "驻点观察", "驻点观察中与被监督单位人员吃请往来", "外部环境", "高风险",
         "驻点观察两人一组，执行“十不准”。"),
        ("纪检监察员", "general", "风险台账查看", "风险台账查看不及时、问题不上报", "业务流程", "中风险",
         "每星期查看风险台账并登记。"),
        ("纪检监察员", "general", "案件材料管理", "案件材料保管不善、遗失", "岗位职责", "低风险",
         "案件材料专柜存放，借阅审批登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：派驻第二纪检监察组", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "xinhe_second_inspection_group_posts", "http://www.handmsg.com/page/2020/1116/11128875.shtml",
        "县纪委监委派驻第二纪检监察组 岗位廉政风险点排查表 对岗不对人, after the source's account of 哨崗式駐點 of a "
        "派駐紀檢監察組 (駐點觀察哨, 移動觀察哨, 風險臺賬, 廉情分析會): a title, 序号/岗位 merged per post/a short 风险点/"
        "a long 风险表现/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xinhe_inspection_office_list() -> dict:
    unit = f"{PLACE}委巡察工作领导小组办公室"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"中共{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "公仲璟岚", "leader", "巡察对象、巡察组人员安排中搞变通", "制度机制", "一级",
         "巡察计划和人员安排报领导小组审定。"),
        ("主任", "公仲璟岚", "leader", "巡察报告审核中降格处理发现的问题", "思想道德", "二级",
         "巡察报告经领导小组会议集体审议。"),
        ("副主任", "王孙渼", "leader", "巡察整改督办不力、整改销号把关不严", "岗位职责", "一级",
         "整改销号实行现场核验，资料存档。"),
        ("科员", "公仲瑀", "general", "巡察工作人员回避事项申报审核不严", "业务流程", "二级",
         "回避申请书逐人审核，登记备案。"),
        ("科员", "公仲瑀", "general", "巡察底稿、问题线索移交登记不全", "外部环境", "三级",
         "线索移交双人签字，台账月清。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "xinhe_inspection_office_list", "http://zhougongjiemengdaquan.com/zgjmcx/o90wdamlzo.html",
        "县委巡察工作领导小组办公室 岗位廉政风险防控一览表, after the source's list of what a 巡察办 does (向领导小组报告, "
        "统筹协调指导巡察组, 督办, 巡察人员培训考核监督): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xinhe_organization_levels_by_item_numbers(),
    xinhe_party_office_list(),
    xinhe_propaganda_two_sheets(),
    xinhe_united_front_cards(),
    xinhe_politics_law_group_rows(),
    xinhe_first_inspection_group_selfchecks(),
    xinhe_second_inspection_group_posts(),
    xinhe_inspection_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch976-inbox"))

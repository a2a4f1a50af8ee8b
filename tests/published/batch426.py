"""The four-hundred-and-twenty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 退役军人 and
民政 bodies, 志丹县 (a county of 延安 in the 陕北 loess hills, its staff Han) — the 县退役军人事务局, the
县民政局, the 县光荣院, the 县社会福利院 and the 退役军人服务站 of four of its towns (杏河镇, 顺宁镇, 旦八镇,
金丁镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单, 自查表 or system export its staff
made in WPS or Excel:

- the 民政局's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``股室`` merged
  (``局领导``, ``社会救助股``, ``养老服务股``, ``办公室``), ``岗位`` and ``姓名`` merged per person, a short
  ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date line;
- the 社会福利院's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 光荣院's file in two sheets: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  a 制表/审核/date line under each;
- the 杏河镇退役军人服务站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务
  | …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 顺宁镇退役军人服务站's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务
  | …`` over ``工作单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 |
  自查情况`` (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … |
  站长审核：``;
- the 旦八镇退役军人服务站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、优抚帮扶组``,
  ``三、信息采集组`` merged across (no 组 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before
  the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 金丁镇退役军人服务站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written
  out on EVERY row (nothing merged) and with no 组 column: ``岗位 | 姓名 | 风险类型 | 廉政风险点 |
  风险等级 | 防控措施`` — the TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：``
  line.

One is harder:

- ``zhidan_veterans_bureau_parent_codes``: the 退役军人事务局's list as the county's 廉政风险防控
  信息平台 EXPORTS it — a FLAT LIST OF NODES JOINED ONLY BY A PARENT CODE. One sheet (tab
  ``风险防控台账``), no title: the first row is the heading ``序号 | 编号 | 上级编号 | 类别 | 名称 | 责任人
  | 风险类型 | 风险等级 | 防控措施``, and every row below is ONE NODE of the unit's tree: the unit
  itself (类别 ``单位``, 上级编号 ``0``), its 科室 (类别 ``科室``: ``局领导``, ``办公室``, ``拥军优抚股``,
  ``移交安置和就业创业股``), its posts (类别 ``岗位``, the holder in ``责任人``) and its risk points (类别
  ``风险点``, with type, level 高/中/低 and measures). Each row names its parent only by the parent's
  ``编号`` in ``上级编号`` (a post the 编号 of its 科室, a point the 编号 of its post). The rows stand in
  the order of their 编号, which the platform gave in the order things were entered: the unit, then
  all four 科室, then all seven posts, then the points in TWO ROUNDS of 排查 (a first point of every
  post, then the second ones) — so no point stands under its post, the points of one post are not
  together, and nothing but the codes says whose a point is. Nothing is merged, no cell is
  indented, no text carries a number word, a dotted code or a label. The shape is about the TABLE'S
  ROWS: a hierarchy kept as an ADJACENCY LIST (each row pointing at its parent row by code), not by
  position. The README's 读得懂的表 knows trees told by position — group rows ``一、办公室`` and
  ``（一）主任　昝樨棻`` over the rows they head, the system's coded tree ``编码 | 部门／岗位／廉政风险点``
  (``1`` a 科室, ``1.1`` a post, ``1.1.1`` a point: the depth in the code's own dots, the rows in tree
  order), a tree in one column told by indent or by its words (batch418), rows folded in an outline —
  and lookups by a code into ANOTHER table: ``职权编码`` into a ``职权目录`` sheet, a ``岗位编号`` column
  into a 岗位表 above the list, a 风险编号 catalogue with a ``岗位与风险编号对照表``, ``POST_CODES`` and
  ``DEPT_CODES`` read by a legend; it does not describe one table whose rows are of three kinds and
  point at EACH OTHER by an opaque code, out of tree order. No earlier batch writes one:
  ``grep -l '上级编号\\|上级编码\\|父级编号\\|上级节点\\|节点类型' tests/published/batch*.py`` finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a note on modelling an
organisation as a tree for a system — each node only ``id``, ``name`` and ``parentId``, exported
flat; a 县民政局's 七规范 for 农村低保 — 申请, 入户调查, 民主评议, 审核, 公示; a 养老院's 社会救助与福利制度
— 老人申请, 审核, 发放, 监督; a 县光荣院 — 床位, 供养 孤老优抚对象, 职工, 慰问 款物; a 水务局's 退役军人服务站
— 优抚帮扶, 走访慰问, 权益保障, 数据信息采集; a 镇退役军人服务站's 荣誉墙 — 逐户走访, 信息 收集, 台账,
审核; a 镇退役军人服务站's 光荣牌 更换 — 上门服务, 走访; a 镇's 悬挂光荣牌 — 信息采集, 慰问金, 不漏一户)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters each);
every unit is a body of 志丹县, named with the county's name (no earlier unit holds ``志丹县``; 杏河镇,
顺宁镇, 旦八镇 and 金丁镇 are towns of the county).

Run ``python tests/published/score.py --set batch426`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row of 类别 ``科室`` is the 科室 of every post whose ``上级编号`` is its
  ``编号``, a row of 类别 ``岗位`` the post (``名称``) and holder (``责任人``) of every point whose
  ``上级编号`` is its ``编号``, a row of 类别 ``风险点`` a point (``名称``) with its type, level and
  measures; the ``单位`` row gives the unit and is no point; the 科室 and post rows are no points;
  ``序号``, ``编号`` and ``上级编号`` are no points and name no one;
- ``局领导`` (the 退役军人事务局's 科室 node, the 民政局's 股室 cell), ``院领导`` (the 光荣院's sheet of its
  leaders, named so by its tab and title), ``站领导`` (a group row) are the 科室 of those leaders; a
  局's 股 and 办公室, a 院's 部 and 科, a 站's 组 are 科室; a group row ``二、优抚帮扶组`` gives the 科室
  ``优抚帮扶组`` (its number left off); the 杏河镇, 顺宁镇 and 金丁镇 stations' forms name no 科室 (the
  cards' ``所在单位`` is the 站 itself): their 科室 is "";
- 局长, 副局长, 院长, 副院长, 站长 and 副站长 are leaders; 股长, the 办公室's 主任, a 院's 科长 and 部长
  and a 站's 组长 middle; the rest (科员, 会计, 出纳, 护理员, 保管员, 炊事员, 工作人员, 信息员, 优抚专干)
  general;
- ``廉政风险点 | 风险描述`` (the 民政局's list) and ``风险点 | 风险表现`` (the 社会福利院's): the point is
  the short one; ``分管工作``, ``工作职责``, ``职责事项`` and ``自查情况`` are no points and name no holder;
  the 社会福利院's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the cards' note),
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 金丁镇 station's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch418).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b426_"
PLACE = "志丹县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

NODES_NAME = "zhidan_veterans_bureau_parent_codes"
NODES_UNIT = f"{PLACE}退役军人事务局"
NODES_TAB = "风险防控台账"
NODES_HEAD = (
    "序号",
    "编号",
    "上级编号",
    "类别",
    "名称",
    "责任人",
    "风险类型",
    "风险等级",
    "防控措施",
)
NODES_WIDTHS = [6, 8, 9, 8, 40, 9, 10, 9, 40]
ROOT_CODE, FIRST_CODE = "0", 1001

# 科室 -> [(岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])]
NODES = [
    ("局领导", [
        ("局长", "佴翾澂", "leader", [
            ("困难退役军人帮扶援助资金分配不经党组会集体研究", "制度机制", "高",
             "帮扶资金分配方案经党组会研究，名单逐级公示。"),
            ("干部选任和年度考核中个人说了算", "思想道德", "中", "选任按程序动议、考察、公示，考核结果公开。"),
        ]),
        ("副局长", "隗珵滢", "leader", [
            ("烈士纪念设施维修工程插手干预、指定施工单位", "外部环境", "高",
             "维修工程按限额标准采购，过问插手登记报告。"),
        ]),
    ]),
    ("办公室", [
        ("主任", "蔺琮岫", "middle", [
            ("“八一”走访慰问品采购不询价、虚报数量", "业务流程", "中", "慰问品三家以上询价，发放名单签字存档。"),
        ]),
        ("会计", "邝旻璟", "general", [
            ("优抚资金专户往来款项长期挂账不清理", "岗位职责", "低", "专户每季度对账，往来款项清理情况报局务会。"),
            ("报销凭证审核不严，虚列会议培训支出", "制度机制", "中", "报销经办、审核、审批三签，每季度内审。"),
        ]),
    ]),
    ("拥军优抚股", [
        ("股长", "贲彧洺", "middle", [
            ("优抚对象身份认定和伤残等级评定把关不严", "岗位职责", "高", "认定材料两人审核，评定结果公示。"),
            ("定期抚恤补助对象死亡后未及时停发", "业务流程", "中", "每季度与公安、卫健数据比对，停发情况留痕。"),
        ]),
        ("科员", "仉渼珝", "general", [
            ("优待证办理中收受好处、优亲厚友", "思想道德", "低", "办理条件和进度公开，办理记录可查询。"),
        ]),
    ]),
    ("移交安置和就业创业股", [
        ("股长", "戢昶涴", "middle", [
            ("退役士兵安置岗位分配不公开、暗箱操作", "制度机制", "高", "安置岗位和积分排名公开，选岗全程录像。"),
            ("自主就业一次性经济补助核发不实", "岗位职责", "中", "补助按服役年限核定，发放名单公示。"),
        ]),
    ]),
]  # fmt: skip


def _node_rows() -> tuple[list[tuple], list[tuple]]:
    """The export's rows (编号, 上级编号, 类别, 名称, 责任人, 类型, 等级, 措施) in the order of their
    编号, and the truth's (科室, 岗位, 姓名, tier, point, type, level) in the order entered."""
    code = iter(range(FIRST_CODE, 10_000))
    rows = [(str(next(code)), ROOT_CODE, "单位", NODES_UNIT, None, None, None, None)]
    depts, posts = {}, []
    for dept, _people in NODES:
        depts[dept] = str(next(code))
        rows.append((depts[dept], rows[0][0], "科室", dept, None, None, None, None))
    for dept, people in NODES:
        for post, who, tier, points in people:
            c = str(next(code))
            rows.append((c, depts[dept], "岗位", post, who, None, None, None))
            posts.append((c, dept, post, who, tier, points))
    truth = []
    rounds = max(len(p[5]) for p in posts)
    for k in range(rounds):  # the second round of 排查 entered after the first
        for c, dept, post, who, tier, points in posts:
            if k < len(points):
                point, typ, lv, measures = points[k]
                rows.append((str(next(code)), c, "风险点", point, None, typ, lv, measures))
                truth.append((dept, post, who, tier, point, typ, lv))
    return rows, truth


def zhidan_veterans_bureau_parent_codes() -> dict:
    t = _Truth(NODES_UNIT)
    sh = _Sheet(NODES_TAB, NODES_WIDTHS)
    sh.add(*NODES_HEAD)
    rows, truth = _node_rows()
    for n, row in enumerate(rows, 1):
        sh.add(n, *row)
    # the truth in the order a reader meets the points (the export's order)
    for dept, post, who, tier, point, typ, lv in truth:
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    return _layout(
        NODES_NAME, "https://blog.youkuaiyun.com/shaohl2103/article/details/136428961",
        "(harder) 县退役军人事务局 廉政风险防控 list EXPORTED FLAT from a platform, after the source's note on keeping an "
        "organisation as a tree of nodes (``id``, ``name``, ``parentId``): no title, a heading ``序号 | 编号 | 上级编号 | "
        "类别 | 名称 | 责任人 | 风险类型 | 风险等级 | 防控措施``, one row a NODE (类别 ``单位``, ``科室``, ``岗位`` with its "
        "holder, ``风险点`` with short type, 高/中/低 and measures), each pointing at its parent only by the parent's "
        "``编号`` in ``上级编号``; the rows in 编号 order (unit, all 科室, all posts, then the points in two rounds), so no "
        "point stands under its post; nothing merged or indented",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhidan_civil_affairs_bureau_list() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 11, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("局领导", "局长", "郦翊骃", "leader", [
            ("救助资金分配", "临时救助和低保资金分配不经局党组集体研究，向关系人倾斜", "制度机制", "高",
             "资金分配方案党组会研究，名单按月公示。"),
            ("养老机构建设项目", "插手养老机构建设项目招标和工程验收", "外部环境", "高", "项目进入公共资源交易平台，过问插手登记。"),
        ]),
        ("社会救助股", "股长", "逄翙淇", "middle", [
            ("低保审核审批", "对入户调查、民主评议走过场的申请照批不误", "岗位职责", "高", "低保审批两级审核，抽查复核不少于三成。"),
            ("特困人员认定", "特困供养人员认定降低条件、人情保", "思想道德", "中", "认定结果村镇两级公示，接受举报。"),
        ]),
        ("社会救助股", "科员", "汲璇泓", "general", [
            ("救助对象动态管理", "家庭收入变化后不按时减发、停发", "业务流程", "中", "每半年核查一次，核查记录签字存档。"),
        ]),
        ("养老服务股", "股长", "糜琰澔", "middle", [
            ("养老机构补贴", "养老机构运营补贴核定不实，虚报床位", "业务流程", "中", "补贴按实际入住人数核定，实地抽查。"),
            ("养老服务监管", "对养老机构安全隐患检查后不督促整改", "岗位职责", "低", "检查问题清单化，整改情况复查销号。"),
        ]),
        ("办公室", "会计", "谯珮滢", "general", [
            ("资金拨付", "救助资金拨付不及时或截留挪用", "制度机制", "低", "资金社会化发放，每月与银行对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "zhidan_civil_affairs_bureau_list", "https://www.ppdoc.com/periodical/47776fa6f355f47a4385535dbc075af5",
        "县民政局 岗位廉政风险防控一览表 after the source's 县民政局 七规范 for 农村低保 (申请, 入户调查, 民主评议, 审核, 公示): a "
        "title, a merged ``填报单位：…　填报时间：2025年10月`` line, then 序号/``股室`` merged (局领导, 社会救助股, 养老服务股, "
        "办公室)/岗位 and 姓名 merged per person/a short ``廉政风险点``/a long ``风险描述``/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhidan_welfare_home_posts() -> dict:
    unit = f"{PLACE}社会福利院"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", [
            ("入院评估", "对不符合条件的老人和儿童违规安排入院，收取好处", "思想道德", "高风险",
             "入院评估小组集体评估，结果院务会审定并公示。"),
            ("物资采购", "伙食、被服等大宗物资采购不经集体研究", "制度机制", "高风险", "大宗采购院务会研究，按政府采购程序实施。"),
        ]),
        ("院领导", "副院长", "leader", [
            ("捐赠物资管理", "社会捐赠款物不登记、私自处置", "业务流程", "中风险", "捐赠款物登记入账，使用情况定期公示。"),
        ]),
        ("护理部", "护理员", "general", [
            ("老人财物代管", "代管老人钱物不登记、挪用", "岗位职责", "高风险", "代管财物双人登记，每月与老人或家属核对。"),
            ("护理服务", "向老人家属索要财物，护理等级随意调整", "思想道德", "中风险", "护理等级评估公开，设意见箱。"),
        ]),
        ("后勤科", "保管员", "general", [
            ("库房管理", "食品、药品出入库登记不实", "业务流程", "中风险", "出入库凭单据办理，每月盘点。"),
        ]),
        ("财务室", "出纳", "general", [
            ("供养经费", "孤儿基本生活费和特困供养金发放不实", "制度机制", "低风险", "经费按人头核拨，发放名单按月公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "zhidan_welfare_home_posts", "https://www.renrendoc.com/paper/513033487.html",
        "县社会福利院 岗位廉政风险点排查表 对岗不对人, after the source's 养老院 社会救助与福利制度 (老人申请, 审核, 发放, 监督): a "
        "title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def zhidan_honour_home_two_sheets() -> dict:
    unit = f"{PLACE}光荣院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}院领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("濮骐沅", "院长", "主持全面工作", [
            ("集中供养对象入院审批把关不严", "一级", "入院条件公开，审批经院务会研究并报县退役军人事务局备案。"),
            ("慰问款物分配不公开", "二级", "慰问款物登记造册，分配结果院内公示。"),
        ]),
        ("缑翀沨", "副院长", "分管后勤保障、医疗护理", [
            ("伙食原料采购指定供应商", "一级", "三家以上询价，验收两人签字。"),
            ("医疗护理服务外包选择不公开", "二级", "服务机构比选确定，合同经法律顾问审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "院领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}科室廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("综合科", "科长", "璩曈泠", "middle", [
            ("院民生活用品发放登记不实", "二级", "发放凭院民签字，每季度核对。"),
            ("床位安排照顾关系人", "三级", "床位按入院顺序安排，调整须院长审批。"),
        ]),
        ("综合科", "炊事员", "竺瑄淏", "general", [
            ("食堂原料以次充好、克扣伙食", "二级", "每周公布食谱和伙食账目，院民代表监督。"),
        ]),
        ("医务部", "部长", "晁玗滢", "middle", [
            ("药品采购和使用不登记", "一级", "药品统一采购，出入库逐笔登记。"),
            ("体检和康复治疗费用虚报", "三级", "费用凭医疗机构票据和院民签字报销。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "zhidan_honour_home_two_sheets", "http://www.zhushan.cn/p/123140.html",
        "县光荣院 file in two sheets after the source's 县光荣院 (床位, 供养 孤老优抚对象, 职工, 慰问 款物): ``院领导`` (a title, "
        "序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``科室`` (a title, 序号/科室 merged/岗位 "
        "and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def zhidan_xinghe_station_cards() -> dict:
    unit = f"{PLACE}杏河镇退役军人服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "宓骞珩", "leader", [
            ("困难退役军人帮扶对象推荐不公", "★★★", "帮扶对象村评议、站审核、镇公示。"),
            ("走访慰问金发放不到人", "★★★", "慰问金打卡发放，名单公示。"),
            ("服务站经费使用不经镇党委研究", "★★", "经费支出按程序审批，按季度公开。"),
        ]),
        ("工作人员", "鞠琤漪", "general", [
            ("退役军人信息采集弄虚作假", "★★", "采集信息本人签字确认，站长抽查。"),
            ("优待证申领材料审核不严", "★", "材料清单化审核，办理记录存档。"),
        ]),
        ("信息员", "栾昉潆", "general", [
            ("权益保障诉求压件不办", "★★", "诉求登记编号，办理时限公开。"),
            ("数据报送迟报、漏报", "★", "报送记录存档，站长每周检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "zhidan_xinghe_station_cards", "http://m.sjbk.net.cn/system/2019/11/30/030164700.shtml",
        "镇退役军人服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 工作人员, 信息员), after the source's 退役军人服务站 "
        "(优抚帮扶, 走访慰问, 权益保障, 数据信息采集): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def zhidan_shunning_station_selfchecks() -> dict:
    unit = f"{PLACE}顺宁镇退役军人服务站"
    t = _Truth(unit)
    people = [
        ("汝骁澜", "站长", "leader", [
            ("主持站全面工作，负责帮扶资金和慰问物资管理", [
                ("帮扶资金申报中虚报困难情况", "Ⅰ级", "困难情况逐户核实，村镇两级签字。", "已落实"),
                ("慰问物资采购不询价", "Ⅱ级", "物资采购三家以上询价，镇党委会审定。", "已落实"),
            ]),
        ]),
        ("鄢珝沛", "优抚专干", "general", [
            ("负责优抚对象信息采集和荣誉墙资料审核", [
                ("立功受奖情况审核不严、弄虚作假", "Ⅱ级", "资料与档案核对，审核结果公示。", "已落实"),
                ("优抚对象信息台账更新不及时", "Ⅲ级", "台账每月更新，站长签字确认。", "正在整改"),
            ]),
        ]),
        ("钦璟沄", "工作人员", "general", [
            ("负责逐户走访和诉求登记", [
                ("走访记录补记、代签", "Ⅲ级", "走访留存影像，记录当场签字。", "已落实"),
                ("诉求办理优亲厚友", "Ⅱ级", "诉求按登记顺序办理，结果回访。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("工作单位", unit, None, "填表时间", DATE, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "zhidan_shunning_station_selfchecks",
        "http://admin.yzcity.gov.cn:8888/dxtyjrswj/0400/202504/c8d9d3c6d19242cd91237074a9195301.shtml",
        "镇退役军人服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇退役军人服务站 "
        "荣誉墙 (逐户走访, 信息 收集, 台账, 审核): a title, the pairs ``姓　名 | … | 职　务 | …`` over ``工作单位 | … | 填表时间 "
        "| …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column, no 科室 field; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def zhidan_danba_station_group_rows() -> dict:
    unit = f"{PLACE}旦八镇退役军人服务站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "涂骅琇", "leader", [
                ("经费管理", "服务站工作经费支出不经集体研究", "制度机制风险", "一级风险", "支出经镇党委会研究，按季度公示。"),
                ("光荣牌更换", "光荣牌更换对象核定不准、虚报数量", "业务流程风险", "二级风险", "更换名单逐户核对，上门更换留影。"),
            ]),
        ]),
        ("二、优抚帮扶组", "优抚帮扶组", [
            ("组长", "亢璘湛", "middle", [
                ("帮扶援助", "困难帮扶对象评定优亲厚友", "思想道德风险", "一级风险", "评定结果村镇两级公示。"),
                ("上门服务", "上门服务中接受服务对象财物", "外部环境风险", "三级风险", "上门服务两人以上，签订廉洁承诺。"),
            ]),
            ("工作人员", "况琬潼", "general", [
                ("慰问登记", "走访慰问登记不实、冒领慰问品", "岗位职责风险", "二级风险", "慰问品发放凭本人签字。"),
            ]),
        ]),
        ("三、信息采集组", "信息采集组", [
            ("组长", "铁晞沅", "middle", [
                ("信息采集", "退役军人信息采集录入弄虚作假", "岗位职责风险", "二级风险", "采集信息与档案比对，抽查复核。"),
                ("信息保密", "泄露退役军人个人信息", "制度机制风险", "三级风险", "系统账号专人专用，查询留痕。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "zhidan_danba_station_group_rows", "https://www.laobingzg.com/a/shuangyong/2026/0209/169425.html",
        "镇退役军人服务站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、信息采集组`` merged across (no 组 column), "
        "after the source's 镇退役军人服务站 光荣牌 更换 (上门服务, 走访): a title, then 序号/岗位 and ``责任人`` merged per person/"
        "``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhidan_jinding_station_every_row() -> dict:
    unit = f"{PLACE}金丁镇退役军人服务站"
    sh = _Sheet("一览表", [6, 11, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "帅旸滢", "leader", "制度机制", "光荣牌悬挂和慰问金发放不经集体研究", "Ⅰ", "悬挂和发放名单集体研究后公示。"),
        ("站长", "帅旸滢", "leader", "外部环境", "对退役军人安置诉求说情打招呼", "Ⅱ", "说情打招呼登记报告。"),
        ("副站长", "后珺泺", "leader", "岗位职责", "信息采集中漏采、错采不核实", "Ⅱ", "采集数据逐户核对，不漏一户。"),
        ("优抚专干", "归琨澧", "general", "业务流程", "慰问金代领、冒领", "Ⅰ", "慰问金打卡发放，代领须书面委托。"),
        ("优抚专干", "归琨澧", "general", "思想道德", "接受优抚对象宴请、礼品", "Ⅲ", "签订廉洁承诺，节前提醒。"),
        ("信息员", "言璠淇", "general", "岗位职责", "台账资料补记、涂改", "Ⅲ", "台账当日登记，站长每周检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "zhidan_jinding_station_every_row", "http://sy3n.cn/show.asp?id=14842",
        "镇退役军人服务站 岗位廉政风险防控一览表, after the source's 镇 悬挂光荣牌 (信息采集, 慰问金, 不漏一户): ``附件1``, a title, "
        "a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/岗位/姓名 written out on EVERY row (nothing merged, "
        "no 组 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the "
        "grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhidan_veterans_bureau_parent_codes(),
    zhidan_civil_affairs_bureau_list(),
    zhidan_welfare_home_posts(),
    zhidan_honour_home_two_sheets(),
    zhidan_xinghe_station_cards(),
    zhidan_shunning_station_selfchecks(),
    zhidan_danba_station_group_rows(),
    zhidan_jinding_station_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch426-inbox"))

"""The five-hundred-and-seventy-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 城市管理 and
综合执法 bodies, 玉树市 (of 玉树藏族自治州, 青海) — its 城市管理局, 环境卫生管理站, 园林绿化站, 市政设施
管理所, 城市管理综合行政执法大队 and the 城管中队 of its 街道 (结古, 西杭, 扎西科) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 城市管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``…风险`` types, 高/中/低;
- the 环境卫生管理站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``一级/二级/三级``; no names;
- the 园林绿化站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and ``所在科室 | …`` label
  pairs, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 持卡人（签字） line;
- the 市政设施管理所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、路灯管理组`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``★★★/★★/★`` read by a ``注：`` line;
- the 结古街道城管中队's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间``
  over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 西杭街道城管中队's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``组室 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 扎西科街道城管中队's 排查登记表: ``组室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yushu_enforcement_brigade_duty_tick_grid``: the 城市管理综合行政执法大队's 一览表 names NO HOLDER in
  its rows (``序号 | 执法环节 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``); UNDER it, after a blank
  row, a second table, the ``岗位廉政风险责任分解表``, has ONE ROW A HOLDER (``序号 | 科室 | 岗位 | 姓名``)
  and a heading ``承担的廉政风险点（对应上表序号）`` merged across ONE COLUMN A POINT, numbered ``1 | 2 |
  … | 7`` on the second heading row; each holder's row puts ``√`` under the NUMBER of every point of
  the list above that he bears — two to four ticks a row, one to three ticks a column — so a
  holder's points are the list's rows whose numbers are ticked in his row, and one point is the
  point of every holder ticked under its number. The README's 读得懂的表 knows a 分工表 ``序号 | 姓名
  | 职务 | 所在科室 | 负责风险点序号`` whose cell WRITES the numbers (``1—2``, ``3、4``), holders as
  tick columns of the list itself (posts over names, one row a point), a ``责任岗位`` tick row of
  posts, a code legend, a roster keyed by group or by 环节; it does not describe a responsibility
  grid of holders DOWN by the list's point NUMBERS ACROSS, ticked, standing as a table of its own
  under the list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 玉树市城管局's 环境综合整治 —
门前三包, 流动摊点, 门头牌匾, 流浪牲畜; 玉树市's 全域无垃圾 — 垃圾分类, 分拣驿站, 环卫公司; 玉树市's
“四城”联创 — 造林绿化工程, 公园绿地, 环卫车辆; a page on 市政工程管理中心 — 道路维修, 路灯, 排水, 除雪;
the 玉树市城市管理综合行政执法局's 文明劝导 — 执法人员, 卫生死角; 玉树市's 专项整治 — 西杭街道扎西大通社区,
流动商贩, 便民疏导点, 私搭乱建; a page on 户外广告审批 — 审批流程, 监管, 违规广告; a 城市管理执法风险防范
手册 — 执法程序, 廉洁自律, 执法记录, 群众投诉) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 仝 and 鞠 with rare given names); every unit is a body of 玉树市.

Run ``python tests/published/score.py --set batch571`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every ``√`` in the 责任分解表 makes the point numbered above it (the list's row
  of that 序号) a point of the holder of the tick's row (科室, 岗位, 姓名 of that row), with the
  list's level and type; one form a holder; a point ticked for three holders is three holders'
  point; ``执法环节`` is no point and names no holder; the 责任分解表's rows are no points; the
  ``注：`` line and the 填表/审核 line are no points;
- ``局领导`` (the 城管局's leaders, sheet ``局领导``, no 科室 column) and the cards' and self-checks'
  leaders without a 科室 have none; ``站领导``, ``所领导``, ``中队领导`` (a 科室 cell, a group row, a
  所在组室 cell) are the 科室 of those leaders; a 局's 股, a 站's 科/队/场, a 所's 组 and a 中队's 组
  are 科室; a group row ``二、道路维护组`` gives the 科室 ``道路维护组`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 站长, 副站长, 所长, 副所长, 大队长, 副大队长, 中队长
  and 副中队长 of a 中队 that is the unit are leaders; 股长, 科长, 队长, 场长, 组长 and a 大队's
  中队长 middle; the rest (股员, 会计, 出纳, 执法队员, 技术员, 管理员, 巡查员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 环境卫生管理站's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b571_"
PLACE = "玉树市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the list: (执法环节, 廉政风险点, 风险类型, 风险等级, 防控措施)
BRIGADE_POINTS = [
    ("立案", "对群众投诉举报的违法行为压案不查、选择性立案", "岗位职责", "高",
     "投诉举报统一登记，立案与否经法制审核科审核。"),
    ("调查取证", "现场检查时接受当事人宴请、礼品，降低违法情节认定", "思想道德", "高",
     "现场检查不少于两名执法人员，全程使用执法记录仪。"),
    ("暂扣物品", "暂扣流动摊点物品不开具清单、私自处置", "业务流程", "中",
     "暂扣物品当场开具清单，入库登记，定期清点。"),
    ("处罚决定", "自由裁量权使用不当，以罚代管、同案不同罚", "制度机制", "高",
     "严格执行自由裁量基准，重大案件集体讨论。"),
    ("法制审核", "法制审核走过场，对违法事实、证据把关不严", "岗位职责", "中",
     "审核意见书面出具，审核人员签名负责。"),
    ("罚没款收缴", "罚款当场收缴不开票据、截留罚没款", "业务流程", "中",
     "罚没款一律通过银行代收，票款分离。"),
    ("执法记录管理", "执法记录仪视频选择性保存、删改", "制度机制", "低",
     "视频每日集中上传，专人管理，不得删改。"),
]  # fmt: skip

# the 责任分解表: (科室, 岗位, 姓名, tier, 序号 of the points he bears)
BRIGADE_HOLDERS = [
    ("大队领导", "大队长", "仝翃岷", "leader", (1, 4)),
    ("大队领导", "副大队长", "鞠泺峤", "leader", (2, 3, 6)),
    ("法制审核科", "科长", "仝璘沣", "middle", (4, 5)),
    ("一中队", "中队长", "鞠昳岚", "middle", (1, 2, 3)),
    ("一中队", "执法队员", "仝淏珂", "general", (2, 3, 6, 7)),
]  # fmt: skip


def yushu_enforcement_brigade_duty_tick_grid() -> dict:
    unit = f"{PLACE}城市管理综合行政执法大队"
    n = len(BRIGADE_POINTS)
    ncols = 4 + n
    sh = _Sheet("一览表", [6, 12, 12, 10] + [6] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"单位：{unit}{GAP * 16}2025年5月", ncols)
    # the list: 序号 | 执法环节 | 廉政风险点 (C:E) | 风险类型 | 风险等级 | 防控措施 (H:end)
    head = sh.add("序号", "执法环节", "廉政风险点", None, None, "风险类型", "风险等级", "防控措施",
                  *([None] * (ncols - 8)))  # fmt: skip
    sh.merge(head, 2, head, 4)
    sh.merge(head, 7, head, ncols - 1)
    for i, (stage, point, typ, lv, measures) in enumerate(BRIGADE_POINTS, 1):
        r = sh.add(i, stage, point, None, None, typ, lv, measures, *([None] * (ncols - 8)))
        sh.merge(r, 2, r, 4)
        sh.merge(r, 7, r, ncols - 1)
    sh.add()
    _line(sh, "岗位廉政风险责任分解表", ncols)
    top = sh.add("序号", "科室", "岗位", "姓名", "承担的廉政风险点（对应上表序号）",
                 *([None] * (n - 1)))  # fmt: skip
    sh.add(None, None, None, None, *range(1, n + 1))
    for c in range(4):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, ncols - 1)
    first = len(sh.rows)
    for i, (dept, post, who, _tier, numbers) in enumerate(BRIGADE_HOLDERS, 1):
        sh.add(i, dept, post, who, *[TICK if k in numbers else None for k in range(1, n + 1)])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a holder, in the holders' order, his points in the list's order
    for dept, post, who, tier, numbers in BRIGADE_HOLDERS:
        for k in numbers:
            _stage, point, typ, lv, _measures = BRIGADE_POINTS[k - 1]
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：责任分解表中在本人承担的风险点序号下打“√”；风险等级分高、中、低三级。", ncols)
    sh.add("填表：", None, "审核：", None, "大队长（签字）：", *([None] * (ncols - 5)))
    return _layout(
        "yushu_enforcement_brigade_duty_tick_grid", "https://www.renrendoc.com/paper/510082190.html",
        "(harder) 市城市管理综合行政执法大队 岗位廉政风险防控一览表, after the source's 城市管理执法风险防范与应对手册 "
        "(执法程序, 廉洁自律, 执法记录, 群众投诉): a title, a merged ``单位：…　2025年5月`` line, then the list "
        "序号/执法环节/廉政风险点 (merged over three columns)/风险类型 (short names)/风险等级 高/中/低/防控措施 "
        "(merged to the right edge), ONE ROW A POINT and NO HOLDER; under it, after a blank row, a merged title "
        "``岗位廉政风险责任分解表`` and a second table, ONE ROW A HOLDER: 序号/科室 (merged)/岗位/姓名 merged down "
        "over two heading rows and ``承担的廉政风险点（对应上表序号）`` merged across seven columns numbered 1…7 "
        "on the second heading row, ``√`` under the number of every point the holder bears (two to four a "
        "row, one to three a column); a merged ``注：`` line and a 填表/审核/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yushu_urban_bureau_two_sheets() -> dict:
    unit = f"{PLACE}城市管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 13, 8, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("仝湜瑨", "局长", "主持全面工作", [
            ("城市微治理项目安排个人说了算", "制度机制风险", "高", "项目安排经局党组会集体研究，结果公开。"),
            ("环卫车辆、设备采购指定供应商", "岗位职责风险", "高", "采购一律进入州公共资源交易平台。"),
        ]),
        ("鞠昉瀞", "副局长", "分管市容管理、门前三包", [
            ("门头牌匾设置审核中为关系户放宽标准", "思想道德风险", "中", "审核标准上墙公示，结果网上公开。"),
            ("“门前三包”考核打分优亲厚友", "业务流程风险", "低", "考核由两名以上人员进行，分数公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 13, 8, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("市容管理股", "股长", "仝岍翊", "middle", "流动摊点疏导点摊位分配暗箱操作", "业务流程风险", "高",
         "摊位分配公开摇号，名单公示。"),
        ("市容管理股", "股长", "仝岍翊", "middle", "临时占道审批超范围、超时限", "制度机制风险", "中",
         "审批事项一次性告知，到期复查。"),
        ("市容管理股", "股员", "鞠沨璟", "general", "流浪牲畜抓捕、圈养费用虚报", "岗位职责风险", "中",
         "抓捕数量台账登记，救助中心签收。"),
        ("计划财务股", "股长", "鞠珝澂", "middle", "环卫作业经费拨付不按考核结果", "制度机制风险", "高",
         "经费拨付与考核结果挂钩，财务、业务双审。"),
        ("计划财务股", "会计", "仝霂琤", "general", "报账凭证审核不严，虚列支出", "业务流程风险", "低",
         "报账单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "yushu_urban_bureau_two_sheets", "http://yssnews.com/m/view.php?aid=11977",
        "市城市管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 玉树市城管局 环境综合整治 (门前三包责任制, "
        "流动摊点, 门头牌匾, 流浪牲畜整治, 城市微治理): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险类型 ``…风险``, 风险等级 高/中/低, "
        "防控措施",
        [lead, dept], t,
    )  # fmt: skip


def yushu_sanitation_station_posts() -> dict:
    unit = f"{PLACE}环境卫生管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "清扫保洁外包", "分片包干清扫服务外包中与承包方串通，抬高合同价",
         "制度机制风险", "一级", "外包项目公开招标，合同经站务会研究。"),
        ("环卫作业队", "队长", "middle", "作业质量考核", "对承包方清扫质量考核打人情分，扣款不落实",
         "岗位职责风险", "二级", "考核结果与拨款挂钩，每月公示。"),
        ("环卫作业队", "队长", "middle", "环卫工人工资发放", "虚报环卫工人数量，冒领工资",
         "业务流程风险", "一级", "工人花名册与考勤核对，工资打卡发放。"),
        ("垃圾收运队", "调度员", "general", "收运车辆调度", "收运车辆私用，虚报油料",
         "思想道德风险", "三级", "车辆安装定位，油料按里程核定。"),
        ("垃圾收运队", "调度员", "general", "分拣驿站回收物处置", "可回收物变卖收入不入账",
         "外部环境风险", "二级", "回收物过磅登记，收入统一入账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "yushu_sanitation_station_posts", "https://qhhnnews.com/qhyw/2023-02-01/31819.html",
        "市环境卫生管理站 岗位廉政风险点排查表 对岗不对人, after the source's 全域无垃圾和禁塑减废 (垃圾分类, "
        "分类收运, 分拣驿站, 环卫公司): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yushu_greening_station_cards() -> dict:
    unit = f"{PLACE}园林绿化站"
    t = _Truth(unit)
    cards = [
        ("站长", "仝曜岚", "站长", "站领导", "leader", [
            ("造林绿化工程招标设置倾向性条件", "Ⅰ级", "招标文件经法律顾问审查，站务会研究。"),
            ("公园绿地建设项目变更签证不经集体研究", "Ⅰ级", "变更签证三方现场确认，集体决定。"),
            ("接受施工单位宴请", "Ⅲ级", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("绿化工程股", "鞠澍翀", "股长", "绿化工程股", "middle", [
            ("苗木进场验收规格、数量把关不严", "Ⅰ级", "苗木验收双人签字，留存影像。"),
            ("绿化养护考核走过场", "Ⅱ级", "养护考核随机抽查，结果公示。"),
        ]),
        ("技术员", "仝璆沅", "技术员", "绿化工程股", "general", [
            ("苗木成活率统计弄虚作假", "Ⅱ级", "成活率由监理、站方联合复核。"),
            ("工程量计量虚增", "Ⅲ级", "计量凭证与现场照片对照存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("所在科室", dept, "填卡时间", "2025年5月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "yushu_greening_station_cards",
        "https://xining.baogaosu.com/xinwen/%E7%8E%89%E6%A0%91%E5%B7%9E%E7%8E%89%E6%A0%91%E5%B8%82%E5%9B%9B"
        "%E5%9F%8E%E8%81%94%E5%88%9B%E5%8F%96%E5%BE%97%E5%AE%9E%E8%B4%A8%E6%80%A7/45538138",
        "市园林绿化站 岗位廉政风险防控卡, one sheet a person, after the source's 玉树市 “四城”联创 (造林绿化工程, "
        "栽植树木, 人民公园、文化公园 公共绿地, 绿化覆盖率): a title, ``姓　名 | … | 职　务 | …`` and "
        "``所在科室 | … | 填卡时间 | …`` label pairs, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type "
        "column; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yushu_municipal_facilities_group_rows() -> dict:
    unit = f"{PLACE}市政设施管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "鞠翛岚", "leader", [
                ("道路维修项目化整为零规避招标", "★★★", "维修项目按限额标准报市城管局审批。"),
                ("冬季除雪作业费用结算不审核", "★★", "除雪作业量以派工单和照片为据结算。"),
            ]),
        ]),
        ("二、道路维护组", "道路维护组", [
            ("组长", "仝琰沄", "middle", [
                ("道路挖掘修复验收把关不严", "★★★", "修复工程验收邀请监理参加，留存影像。"),
                ("排水管网清淤工程量虚报", "★★", "清淤工程量现场计量，双人签字。"),
            ]),
            ("巡查员", "鞠岙瑢", "general", [
                ("巡查发现的设施损坏隐瞒不报", "★", "巡查记录每日上传平台。"),
            ]),
        ]),
        ("三、路灯管理组", "路灯管理组", [
            ("组长", "仝沣珺", "middle", [
                ("路灯维修材料采购以次充好", "★★", "材料采购三家比价，入库验收。"),
                ("路灯电费核对不实", "★", "电费按回路逐月核对。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "yushu_municipal_facilities_group_rows", "https://m.gzjll.com/3/5281584.html",
        "市市政设施管理所 廉政风险防控责任清单, after the source's page on 市政工程管理中心 (道路维修, 路灯维护, 排水 "
        "疏通, 除雪): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、道路维护组``, ``三、路灯管理组`` merged across; 岗位 and 姓名 merged per person; no type "
        "column; a ``注：`` line reading the stars",
        [sh], t,
    )  # fmt: skip


def yushu_jiegu_squad_selfchecks() -> dict:
    unit = f"{PLACE}结古街道城管中队"
    t = _Truth(unit)
    people = [
        ("仝昶瑗", "中队领导", "中队长", "leader", [
            ("违法建设查处中收受好处、拆少报多", "一级风险", "拆除前后影像存档，拆除量复核。", "已落实"),
            ("执法车辆公车私用", "三级风险", "车辆使用登记，节假日封存。", "未发现问题"),
        ]),
        ("鞠琇峣", "市容巡查组", "执法队员", "general", [
            ("对熟人流动摊点不予劝离", "二级风险", "巡查两人一组，执法记录仪全程记录。", "已落实"),
            ("暂扣物品不登记", "一级风险", "暂扣物品当场开具清单。", "已落实"),
        ]),
        ("仝澈岍", "违建巡查组", "执法队员", "general", [
            ("巡查发现私搭乱建不上报", "一级风险", "巡查问题当日上报中队台账。", "未发现问题"),
            ("向当事人透露执法行动信息", "二级风险", "集中行动前统一收缴手机。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "中队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yushu_jiegu_squad_selfchecks", "https://takd.cn/qiche/daogou/4622.html",
        "街道城管中队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "玉树市城市管理综合行政执法局 文明劝导志愿服务 (执法人员, 环境整治, 卫生死角): a title, a label row "
        "``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; ``本人签名： | 中队长意见：``",
        sheets, t,
    )  # fmt: skip


def yushu_xihang_squad_list() -> dict:
    unit = f"{PLACE}西杭街道城管中队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "组室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中队领导", "中队长", "鞠珩湄", "leader", "便民疏导点摊位安排优亲厚友", "岗位职责", "高风险",
         "摊位安排公开抽签，名单在社区公示。"),
        ("中队领导", "中队长", "鞠珩湄", "leader", "私搭乱建整治中选择性执法", "制度机制", "高风险",
         "整治对象清单化管理，中队集体研究。"),
        ("市容巡查组", "组长", "仝岑璠", "middle", "流动商贩经营时段管理放任不管", "业务流程", "中风险",
         "错峰巡查定点值守，巡查记录留痕。"),
        ("市容巡查组", "执法队员", "鞠淇昉", "general", "向商户索要财物", "思想道德", "中风险",
         "公开举报电话，执法全程记录。"),
        ("综合内勤组", "内勤", "仝珂澜", "general", "执法文书填写不规范、事后补填", "业务流程", "低风险",
         "文书当场填写，中队长每周抽查。"),
        ("综合内勤组", "内勤", "仝珂澜", "general", "扣押物品保管不善、私自处理", "外部环境", "中风险",
         "物品入库登记，出库双人签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "中队长（签字）：", None, None)
    return _layout(
        "yushu_xihang_squad_list", "https://www.xsbk.net/news/EnWgg3GW8L.html",
        "街道城管中队 岗位廉政风险防控一览表, after the source's 玉树市 专项整治行动 (西杭街道扎西大通社区, 流动商贩, "
        "临时便民疏导点, 私搭乱建, 错峰执法与定点值守): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, "
        "then 序号/组室/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/中队长（签字） line",
        [sh], t,
    )  # fmt: skip


def yushu_zhaxike_squad_register() -> dict:
    unit = f"{PLACE}扎西科街道城管中队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "组室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中队领导", "中队长", "仝翾沛", "leader", [
            ("户外广告设置审核把关不严", "岗位职责", "一级", "设置申请按标准审核，结果公示。"),
            ("违规广告拆除对象选择性确定", "制度机制", "二级", "拆除清单经中队会议研究。"),
        ]),
        ("广告牌匾组", "组长", "鞠瑢沂", "middle", [
            ("门头牌匾备案材料审核走过场", "业务流程", "二级", "备案材料双人审核，留存备查。"),
        ]),
        ("广告牌匾组", "执法队员", "仝峣霈", "general", [
            ("对破损广告牌隐患不督促整改", "岗位职责", "三级", "隐患台账销号管理。"),
            ("接受广告业主礼品", "思想道德", "一级", "签订廉洁执法承诺书。"),
        ]),
        ("环境整治组", "组长", "鞠岷璘", "middle", [
            ("“垃圾清零”机械租赁费用虚报", "外部环境", "一级", "机械台班现场签认，费用公示。"),
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
        "yushu_zhaxike_squad_register",
        "https://www.zwye.cn/news/po-jie-hu-wai-guang-gao-shen-pi-nan-ti-cheng-guan-shi-jiao-xia-de-he-gui-zhi-dao.html",
        "街道城管中队 廉政风险点排查登记表, after the source's page on 户外广告审批 from the 城管's side (审批流程, "
        "监管力度, 违规户外广告, 举报机制): a title, 序号/组室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yushu_enforcement_brigade_duty_tick_grid(),
    yushu_urban_bureau_two_sheets(),
    yushu_sanitation_station_posts(),
    yushu_greening_station_cards(),
    yushu_municipal_facilities_group_rows(),
    yushu_jiegu_squad_selfchecks(),
    yushu_xihang_squad_list(),
    yushu_zhaxike_squad_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch571-inbox"))

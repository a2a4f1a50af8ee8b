"""The seven-hundred-and-fifty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one island county's
transport bodies, 长海县 (of 大连市, 辽宁) — its 交通运输局, 海岛客运站, 海事处, 车渡管理站, 港口码头管理所,
交通工程质量监督站 and 广鹿岛客运站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff
typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 海岛客运站's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 海事处's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 车渡管理站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 港口码头管理所's 责任清单 under GROUP ROWS ``一、所领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 交通工程质量监督站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 广鹿岛客运站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``changhai_port_shipping_center_unmerged_fill``: the 港航服务中心's 岗位廉政风险防控一览表 after a
  clerk ran WPS's 拆分并填充内容 (unmerge and fill) over the whole sheet before sorting it: NO MERGED
  CELL is left, and every formerly merged range now holds its value in EVERY cell — the title in
  every cell of row 1, the ``填报单位：…`` line in every cell of row 2, each GROUP ROW (``一、中心领导``,
  ``二、港口管理科``, ``三、航运服务科``) in every cell of its row — under the heading ``序号 | 岗位 |
  姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` — so a group row's ``风险点``, ``风险类型`` and
  ``风险等级`` cells read ``二、港口管理科`` like any other cell of the row — and ``岗位`` and ``姓名`` are
  written on every row; the ``注：`` line under the
  table is filled across too. The README's 读得懂的表 knows group rows merged across or written in
  one cell, ``（下同）`` over blank cells, a ditto mark, unmerged holder columns written on every
  row and a table sorted with its cells unmerged; it does not describe group, title and note rows
  whose text fills every cell of the row (no merge), where a row whose point, type and level cells
  all say the same ``二、…`` words is a group row giving the 科室, not a point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 海事 report on 水上交通安全监管 —
平安船舶, 船员履职检查, 通航安全保障, 游艇; a 交通系统 纠风 meeting — 公路“三乱”, 收费站, 特权车人情车,
征地拆迁补偿, 拖欠工程款; a 售票员 exam question — 售票作业, 唱收唱付; a 水上安全管理办法 — 航行, 停泊,
作业, 搜救; a page on 货车轮渡 收费标准 — 车辆轮渡, 按车型收费; a page on 码头许可证 — 港口经营许可,
码头; an essay on 交通腐败 — 立项论证, 招标设计, 施工监理, 预算拨款, 竣工验收; a page on 轮渡出岛管控 —
出岛车辆, 预约, 过海) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 浦 and 闾丘 with rare given
names); every unit is a body of 长海县.

Run ``python tests/published/score.py --set batch755`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose every cell holds the same text is no point: the title row and
  the 填报单位 row are the title and the filing line, a ``一、中心领导`` row is a group row whose
  words (its number left off) are the 科室 of the rows under it, the ``注：`` row a note; the rows
  between give ``岗位 | 姓名`` on every row, one form a holder;
- ``局领导``, ``中心领导``, ``所领导``, ``站领导`` (a sheet, a group row, a 科室 cell) are the 科室 of those
  leaders, but the 交通运输局's leaders (sheet ``局领导``, no 科室 column) and the 海事处's cards have no
  科室; a 局's 科 and a 站's 股 or 室 are 科室;
- every 站, 所, 中心, 处 and the 局 are units of their own: 局长, 副局长, 主任, 副主任, 站长, 副站长, 所长,
  副所长 and 处长 are leaders; 科长 and 股长 middle; the rest (科员, 售票员, 会计, 出纳, 调度员, 监督员,
  检票员, 执法人员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查情况`` and ``填表时间``
  are no points and name no holder; the 海岛客运站's list names no person: its forms are posts;
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

PREFIX = "b755_"
PLACE = "长海县"
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


def _filled(sh: _Sheet, text: str, ncols: int) -> int:
    """A formerly merged row after WPS's 拆分并填充内容: its text in every cell, no merge."""
    return sh.add(*([text] * ncols))


# --------------------------------------------------------------------------- harder layout

# (group row, 科室, [(岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 防控措施)])])
CENTER = [
    ("一、中心领导", "中心领导", [
        ("主任", "浦霡澄", "leader", [
            ("港口建设项目施工单位选定不经集体研究", "制度机制", "高",
             "项目施工单位按规定公开招标，中心主任办公会集体研究。"),
            ("陆岛运输码头维修资金安排优亲厚友", "岗位职责", "高", "维修计划按码头技术状况排序，安排结果公示。"),
        ]),
        ("副主任", "闾丘翾", "leader", [
            ("客运船舶运力调配受请托照顾个别船东", "外部环境", "中", "运力调配方案经班子会研究，在站内公布。"),
        ]),
    ]),
    ("二、港口管理科", "港口管理科", [
        ("科长", "浦鋆禾", "middle", [
            ("港口经营许可材料审查把关不严", "业务流程", "高", "许可材料实行初审、复审两级审查，结果网上公开。"),
            ("港口危险货物作业检查走过场", "岗位职责", "中", "检查不少于两人，检查记录留存备查。"),
        ]),
        ("科员", "闾丘瑊岵", "general", [
            ("港口设施保安年度核验接受企业宴请", "思想道德", "中", "签订廉洁承诺书，核验结果集体审定。"),
        ]),
    ]),
    ("三、航运服务科", "航运服务科", [
        ("科长", "浦峤翛", "middle", [
            ("水路运输经营者年度核查降低标准", "业务流程", "中", "核查标准公开，核查结果报中心审定。"),
            ("船舶营运证配发违反程序", "制度机制", "低", "营运证配发登记台账，每季度自查。"),
        ]),
    ]),
]  # fmt: skip


def changhai_port_shipping_center_unmerged_fill() -> dict:
    unit = f"{PLACE}港航服务中心"
    ncols = 7
    sh = _Sheet("一览表", [6, 9, 10, 40, 11, 9, 36])
    t = _Truth(unit)
    _filled(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _filled(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    n = 0
    for shown, dept, people in CENTER:
        _filled(sh, shown, ncols)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _filled(
        sh,
        "注：风险等级分为高、中、低三级；风险类型分为思想道德、制度机制、岗位职责、业务流程、外部环境五类。",
        ncols,
    )
    sh.add("制表：", None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "changhai_port_shipping_center_unmerged_fill", "https://fx361.cc/page/2017/0424/1642900.shtml",
        "(harder) 县港航服务中心 岗位廉政风险防控一览表 after WPS's 拆分并填充内容 (unmerge and fill), after the source's 海事 "
        "report on 水上交通安全监管 (平安船舶, 船员履职检查, 通航安全保障): NO MERGED CELL; the title, the ``填报单位：…　填报时间：…`` "
        "line, each GROUP ROW (``一、中心领导``, ``二、港口管理科``, ``三、航运服务科``) and the ``注：`` line hold their text in EVERY "
        "cell of their row, so a group row's 廉政风险点, 风险类型 and 风险等级 cells say ``二、港口管理科``; under the heading "
        "序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, 岗位 and 姓名 on every row; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def changhai_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("浦瑊岵", "局长", "主持全面工作", [
            ("陆岛交通码头建设项目插手招投标", "一级", "建设项目一律进入公共资源交易平台，局党组会集体研究。"),
            ("征地拆迁补偿资金安排个人说了算", "一级", "补偿方案集体研究，补偿名单在村务公开栏公示。"),
        ]),
        ("闾丘峤", "副局长", "分管运输管理、安全监管", [
            ("违规减免车辆通行费、过海费，搞人情车", "二级", "减免车辆清单公开，每季度清理一次。"),
            ("安全检查中对船舶隐患降格处理", "一级", "检查结果集体审定，隐患整改销号公示。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设科", "科长", "浦珰沅", "middle", "农村公路工程计量支付审核不严", "一级", "计量支付经监理、科室、分管局长三级审核。"),
        ("规划建设科", "科长", "浦珰沅", "middle", "拖欠工程款和农民工工资不及时督办", "二级", "建立工程款支付台账，按月调度。"),
        ("规划建设科", "科员", "闾丘珰溱", "general", "交工验收资料审查走过场", "三级", "验收资料双人审查，签字存档。"),
        ("财务审计科", "科长", "浦溱璈", "middle", "燃油补贴资金核算发放不实", "一级", "补贴资金按核定航次测算，发放结果公示。"),
        ("财务审计科", "会计", "闾丘琭", "general", "报账票据审核不严，虚列支出", "二级", "报账单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "changhai_transport_bureau_two_sheets", "http://92880.cn/gn/news/2007/04-23/922059.shtml",
        "县交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's 交通系统 纠风工作会议 (公路“三乱”, 收费站, 特权车人情车, "
        "征地拆迁补偿, 拖欠工程款): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def changhai_island_passenger_station_posts() -> dict:
    unit = f"{PLACE}海岛客运站"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "客运班次调整", "为关系船东调整客运班次、增加航次", "制度机制风险", "高",
         "班次调整报县交通运输局备案，在候船厅公布。"),
        ("票务室", "售票员", "general", "船票预留", "节假日私自预留船票，倒卖给“黄牛”", "岗位职责风险", "高",
         "实名售票，预留船票登记并经站长签批。"),
        ("票务室", "售票员", "general", "票款收缴", "不唱收唱付，截留票款", "业务流程风险", "中",
         "票款日清日结，与售票系统核对。"),
        ("票务室", "售票员", "general", "退票改签", "违规收取退票手续费或免收熟人手续费", "思想道德风险", "低",
         "退票手续费按规定标准收取，系统留痕。"),
        ("候船服务室", "检票员", "general", "登船检票", "放行无票、人票不符人员登船", "外部环境风险", "中",
         "人票核验，登船人数与售票数核对。"),
        ("财务室", "出纳", "general", "现金管理", "票款公款私存、坐支现金", "业务流程风险", "中", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "changhai_island_passenger_station_posts", "https://zk.995w.com/K/P?id=909165648",
        "县海岛客运站 岗位廉政风险点排查表 对岗不对人, after the source's 售票员 exam question (售票作业, 唱收唱付, 票款): a title, "
        "序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def changhai_maritime_office_cards() -> dict:
    unit = f"{PLACE}海事处"
    t = _Truth(unit)
    cards = [
        ("处长", "浦琭蕤", "处长", "主持海事处全面工作", "leader", [
            ("辖区通航安全保障方案审批受人情干扰", "★★★", "方案审批集体研究，审批结果网上公开。"),
            ("船舶污染事故调查处理避重就轻", "★★★", "事故调查两人以上，处理意见集体审定。"),
            ("接受航运企业宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("执法人员", "闾丘湜", "执法人员", "船舶现场监督检查", "general", [
            ("船舶安全检查中对缺陷项目不予记录", "★★", "检查全程执法记录仪录像，缺陷记录复核。"),
            ("对船员违法行为记分处理降格", "★★", "记分处理经科室复核，结果录入系统。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "changhai_maritime_office_cards", "http://www.suchengkeji.com/zwgk/gzwj/zfwj/szfwj/content/post_819185.html",
        "县海事处 岗位廉政风险防控卡, one sheet a person, after the source's 水上安全管理办法 (航行, 停泊, 作业, 搜救, 水上交通安全): "
        "a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def changhai_car_ferry_station_list() -> dict:
    unit = f"{PLACE}车渡管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "闾丘澔", "leader", "车辆过海收费标准执行不严，擅自减免", "制度机制", "高风险",
         "收费标准在售票窗口公示，减免报县交通运输局审批。"),
        ("站领导", "站长", "闾丘澔", "leader", "车渡船舶燃油采购指定供应商", "外部环境", "中风险",
         "燃油采购三家比价，结果在站内公示。"),
        ("调度室", "调度员", "浦澔莼", "general", "货车过海排队顺序违规插队安排", "岗位职责", "高风险",
         "过海车辆按登记先后排序，调度记录存档。"),
        ("调度室", "调度员", "浦澔莼", "general", "超限货车放行上船", "业务流程", "中风险", "货车上船前过磅，超限不予放行。"),
        ("收费室", "收费员", "闾丘暐", "general", "按车型收费时大车小收", "业务流程", "中风险", "车型核定拍照留存，票据连号管理。"),
        ("收费室", "收费员", "闾丘暐", "general", "收取现金不开具票据", "思想道德", "低风险", "推行电子支付，票款日清日结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "changhai_car_ferry_station_list", "https://www.zhetiaohe.com/ss/d6d1fc1de96e5d2f639963ba09cb96cc6a184c47f9fc7af4bd792add36eeb6d3bd4f26ce5e8fbd9a.html",
        "县车渡管理站 岗位廉政风险防控一览表, after the source's page on 货车轮渡 收费标准 (车辆轮渡, 按车型收费): ``附件2``, a title, "
        "a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def changhai_wharf_office_group_rows() -> dict:
    unit = f"{PLACE}港口码头管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "浦暐嶷", "leader", [
                ("码头泊位安排向关系船舶倾斜", "一级风险", "泊位安排按到港先后统一调度，调度台账公开。"),
                ("码头岸线使用审核意见违规出具", "一级风险", "审核意见所务会集体研究。"),
            ]),
        ]),
        ("二、港政股", "港政股", [
            ("股长", "闾丘燊", "middle", [
                ("港口经营许可现场核查走过场", "二级风险", "核查两人以上，现场照片存档。"),
                ("对无证经营码头查处不力", "一级风险", "查处情况每月报所务会。"),
            ]),
            ("科员", "浦燊琚", "general", [
                ("码头设施维护费用虚报冒领", "二级风险", "维护项目验收后凭发票报账。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("股长", "闾丘瓒", "middle", [
                ("码头停泊费收取标准执行不一", "三级风险", "收费标准公示，票据统一领用核销。"),
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
        "changhai_wharf_office_group_rows", "https://www.zhetiaohe.com/ss/b1debfddea7038c84b1cb3f489bd2f6521c9bb007f2ebda039fcedb6684854f827d1d1986d95189f.html",
        "县港口码头管理所 廉政风险防控责任清单, after the source's page on 码头许可证 (港口经营许可, 码头, 办理部门): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, ``二、港政股``, "
        "``三、综合股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def changhai_quality_station_selfchecks() -> dict:
    unit = f"{PLACE}交通工程质量监督站"
    t = _Truth(unit)
    people = [
        ("浦瓒苡", "站领导", "站长", "leader", [
            ("工程质量监督计划制定随意，对关系项目少检漏检", "Ⅰ级", "监督计划站务会审定，抽检项目随机确定。", "已落实"),
            ("竣工质量鉴定意见受施工单位请托", "Ⅰ级", "鉴定意见集体审定，实行终身负责。", "未发现问题"),
        ]),
        ("闾丘骐", "质量监督股", "监督员", "general", [
            ("工地抽检样品不按规定取样送检", "Ⅱ级", "取样见证，送检全程留痕。", "已落实"),
            ("隐蔽工程检查不到场，补签记录", "Ⅱ级", "隐蔽工程检查影像资料存档。", "已落实"),
        ]),
        ("浦骐淙", "质量监督股", "监督员", "general", [
            ("对施工监理单位的违规行为不予记录", "Ⅲ级", "检查问题当场记录，双人签字。", "未发现问题"),
            ("接受施工单位安排的食宿", "Ⅲ级", "监督检查自行安排食宿，签订承诺书。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "changhai_quality_station_selfchecks", "http://m.handmsg.com/page/2010/0429/28504376.shtml",
        "县交通工程质量监督站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's essay on 交通腐败 "
        "(立项论证, 招标设计, 施工监理, 预算拨款, 竣工验收): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def changhai_guanglu_station_register() -> dict:
    unit = f"{PLACE}广鹿岛客运站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "闾丘荇", "leader", [
            ("出岛车辆过海预约名额分配优亲厚友", "制度机制", "一级", "预约名额在线分配，预约结果公开可查。"),
            ("候船厅商铺出租不公开", "外部环境", "二级", "商铺出租公开竞租，合同报县交通运输局备案。"),
        ]),
        ("客运股", "股长", "浦荇洇", "middle", [
            ("旅游旺季加班船安排收受好处", "岗位职责", "一级", "加班船按客流统一安排，安排表在码头公示。"),
        ]),
        ("客运股", "检票员", "闾丘蕤", "general", [
            ("放行人情车辆优先上船", "思想道德", "二级", "车辆按预约顺序登船，登船记录留存。"),
            ("行李包裹超重不收费", "业务流程", "三级", "行李过秤，收费凭票。"),
        ]),
        ("财务室", "会计", "浦蕤峄", "general", [
            ("票务收入不及时入账", "业务流程", "一级", "票款每日解缴银行，月末对账。"),
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
        "changhai_guanglu_station_register", "https://www.zhetiaohe.com/ss/9a49ad9bb3c377c21d17efff5c26610c51a105f7a1df7d5c359c46702b3c6e5379bb8cc58d8d09f0.html",
        "县广鹿岛客运站 廉政风险点排查登记表, after the source's page on 轮渡出岛管控 (出岛车辆, 预约, 过海): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    changhai_port_shipping_center_unmerged_fill(),
    changhai_transport_bureau_two_sheets(),
    changhai_island_passenger_station_posts(),
    changhai_maritime_office_cards(),
    changhai_car_ferry_station_list(),
    changhai_wharf_office_group_rows(),
    changhai_quality_station_selfchecks(),
    changhai_guanglu_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch755-inbox"))

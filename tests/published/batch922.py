"""The nine-hundred-and-twenty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's petition
(信访) bodies, 谢通门县 (日喀则市, 西藏自治区) — its 信访局, 人民来访接待中心, 网上信访受理中心,
矛盾纠纷调处中心, 信访督查室, 信访法律服务站 and two 乡镇信访办 (卡嘎镇, 达木夏乡) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 人民来访接待中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``组室`` (``组室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 网上信访受理中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 矛盾纠纷调处中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 信访督查室's 清单 under GROUP ROWS ``一、督查室领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 信访法律服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 卡嘎镇信访办's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 达木夏乡信访办's 排查登记表: ``组室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xietongmen_petition_bureau_pages_reversed``: the 信访局's 岗位廉政风险点一览表, an ordinary list
  (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, 科室 merged, 岗位 and 姓名
  merged per person) typed PAGE BY PAGE into three sheets ``第1页``, ``第2页``, ``第3页`` — each with
  the heading row again and a ``第N页　共3页`` line under it, the title only on 第1页, the 序号 running
  on from page to page (1–5, 6–10, 11–13) — whose TABS STAND IN REVERSE ORDER: ``第3页 | 第2页 |
  第1页``, as Excel leaves them when each new sheet is inserted (插入工作表, Shift+F11) BEFORE the
  active one. A holder cut by a page break has his last rows at the top of the next page with the
  科室, 岗位 and 姓名 cells left blank (no ``（接上页）``, no ``（续）``). So the pages must be joined by
  their page numbers (and the running 序号), not by the order of the tabs: the blank-holder rows at
  the top of 第2页 belong to the last holder of 第1页 (the 副局长), those at the top of 第3页 to the
  last holder of 第2页 (the 办信股 股长). The README's 读得懂的表 knows a 续表 sheet (titled 续表/（续）,
  named 第2页, or headless) joined to the sheet BEFORE it in tab order, page-break rows marked
  ``（接上页）``/``（续）``, a too-wide table split by columns over two sheets joined by 序号
  (SHEET_JOINED), re-assessments by quarter (only the latest read), hidden old drafts, and
  ``邓建华 (2)`` copies; it does not describe page sheets whose tab order runs against their page
  numbers.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 大调解 paper — 接待人员调、责任科室调、
分管领导调、主要领导调, 行政调解, 信访; a page on the 人民来访接待中心's duties — 接待来访, 不得刁难,
保密, 不得收受贿赂; a 信访局 网上信访受理平台 page — 网上受理, 转送, 答复; a 乡 矛盾纠纷调处中心's
rules — 免费调解, 不接受宴请, 不泄露隐私, 调解程序, 案卷; a 街道 大调解 paper — 首问责任, 督办制度,
调解室 in the 信访办; a 信访法律援助工作站 report — 法律咨询, 援助条件, 无偿代理; a 街道 三调联动 plan —
转办, 主办和协办, 案卷归档; a 镇、村 三级调解网络 paper — 排查, 信息员, 调委会) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 计 and 诸 with rare given names); every unit is a body of 谢通门县.

Run ``python tests/published/score.py --set batch922`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the pages are read in the order of their numbers (第1页, 第2页, 第3页), which
  the running 序号 confirms; a holder whose rows a page break cut has ONE form, named by the sheet
  of his first row (the 副局长 on 第1页, the 办信股 股长 on 第2页), with the points of both pages; the
  ``第N页　共3页`` lines and the repeated headings are no points;
- ``局领导``, ``中心领导``, ``督查室领导``, ``站领导``, ``办领导`` (a 科室/组室/部门 cell, a group row) are the
  科室 of those leaders; the 接待中心's leaders (sheet ``中心领导``) and the cards' leaders have no 科室;
  a 局's 股 or 办公室, a 中心's 组 or 科, the 督查室's 组, the 服务站's 室 and an 信访办's 组 are 科室;
- every 中心, the 督查室, the 服务站, each 信访办 and the 局 are units of their own: 局长, 副局长, 主任
  and 副主任 (of a 中心, the 督查室, an 信访办) and 站长 are leaders; 股长, 组长 and the 局's 办公室主任
  middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 网上信访受理中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b922_"
PLACE = "谢通门县"
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

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)]), in 序号 order
PAGED = [
    ("局领导", "局长", "计翯澍", "leader", [
        ("信访事项交办、转办个人说了算，不经集体研究", "制度机制风险", "一级", "重大信访事项交办经局务会集体研究，会议纪要存档。"),
        ("为亲友或关系人的信访诉求打招呼、说人情", "思想道德风险", "一级", "领导干部插手信访事项登记报告，每季度向纪检组报备。"),
        ("信访工作经费安排不公开", "岗位职责风险", "二级", "经费安排经局务会研究，年底在局内公开。"),
    ]),
    ("局领导", "副局长", "诸瑱岫", "leader", [
        ("行政调解中偏袒一方当事人", "岗位职责风险", "一级", "调解实行回避制度，调解过程记录存档。"),
        ("信访事项答复意见审核把关不严", "业务流程风险", "二级", "答复意见经承办股室、分管领导两级审核。"),
        ("接受信访人或利害关系人宴请、礼品", "思想道德风险", "二级", "严守中央八项规定精神，节前廉洁提醒。"),
    ]),
    ("办公室", "主任", "计璈泓", "middle", [
        ("公务接待、办公用品采购不按标准", "制度机制风险", "二级", "采购三家比价，接待清单经主任、局长签字。"),
        ("信访档案管理不严，泄露信访人信息", "岗位职责风险", "一级", "档案借阅登记，举报材料专柜保管。"),
    ]),
    ("办信股", "股长", "诸玙濯", "middle", [
        ("来信登记不全，压件不办", "业务流程风险", "二级", "来信当日登记录入系统，逐件跟踪办理期限。"),
        ("将检举控告材料转给被检举控告的人", "思想道德风险", "一级", "检举控告材料按规定转送纪检监察机关。"),
        ("转送、交办信访事项超过规定时限", "业务流程风险", "三级", "系统超期自动提醒，每月通报办理情况。"),
    ]),
    ("接访股", "科员", "计琭淏", "general", [
        ("接待来访群众态度生硬、推诿敷衍", "思想道德风险", "三级", "实行首问责任制，接访全程录音录像。"),
        ("来访登记不实，选择性录入诉求", "岗位职责风险", "二级", "来访诉求当场录入系统，由来访人签字确认。"),
    ]),
]  # fmt: skip
PAGES = {"第1页": range(1, 6), "第2页": range(6, 11), "第3页": range(11, 14)}
TABS = ["第3页", "第2页", "第1页"]  # each new sheet inserted BEFORE the active one
HEADING = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")


def xietongmen_petition_bureau_pages_reversed() -> dict:
    unit = f"{PLACE}信访局"
    t = _Truth(unit)
    rows, n = [], 0
    for dept, post, who, tier, points in PAGED:
        for point, typ, lv, measures in points:
            n += 1
            rows.append((n, dept, post, who, tier, point, typ, lv, measures))
    sheets, home = {}, {}
    for page, numbers in PAGES.items():
        sh = _Sheet(page, [6, 10, 9, 9, 38, 14, 9, 34])
        if page == "第1页":
            _line(sh, f"{unit}岗位廉政风险点一览表", 8)
        sh.add(*HEADING)
        first, above = len(sh.rows), None
        for n, dept, post, who, tier, point, typ, lv, measures in (rows[k - 1] for k in numbers):
            # the holder cut by the page break: his rows at the top of the page, holder cells blank
            cont = above is None and n > 1 and rows[n - 2][3] == who
            sh.add(n, *((None,) * 3 if cont else (dept, post, who)), point, typ, lv, measures)
            home.setdefault(who, page)
            t.point(home[who], dept, post, who, tier, point, types_in(typ), GRADES[lv])
            if not cont:
                above = above if above is not None else len(sh.rows) - 1
        _per_person(sh, above if above is not None else first, 1, 2, 3)
        _line(sh, f"第{page[1]}页{GAP}共3页", 8)
        if page == "第3页":
            sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
        sheets[page] = sh
    return _layout(
        "xietongmen_petition_bureau_pages_reversed", "http://www.kleyou.com/html/text/lar/171554/17155414_1.html",
        "(harder) 县信访局 岗位廉政风险点一览表 typed page by page into three sheets 第1页/第2页/第3页 (heading again on "
        "each, a ``第N页　共3页`` line, 序号 running on 1–13) whose TABS STAND REVERSED ``第3页 | 第2页 | 第1页`` "
        "(each new sheet inserted before the active one); a holder cut by a page break goes on at the top of the "
        "next page with 科室/岗位/姓名 blank; after the source's 大调解 paper (接待人员调、责任科室调、分管领导调、主要领导调, "
        "行政调解, 信访): 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line on 第3页",
        [sheets[tab] for tab in TABS], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xietongmen_reception_center_two_sheets() -> dict:
    unit = f"{PLACE}人民来访接待中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("诸瑒嵚", "主任", "主持中心全面工作", [
            ("重大来访事项处理意见个人拍板", "一级", "重大来访事项经中心主任办公会研究，报县信访局备案。"),
            ("利用职务便利为信访人违规承诺解决诉求", "一级", "答复意见严格依法依规，不作超越政策的承诺。"),
        ]),
        ("计霂昉", "副主任", "分管来访接待、联合接访", [
            ("联合接访单位轮驻安排向关系单位倾斜", "二级", "轮驻安排表每月在大厅公示。"),
            ("对刁难、歧视来访人的行为失察", "三级", "接访窗口每周抽查录音录像。"),
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
    dept = _Sheet("组室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}组室廉政风险防控一览表", 7)
    dept.add("序号", "组室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("接待一组", "组长", "诸璘峤", "middle", "来访事项分流处理不及时、推诿扯皮", "二级",
         "来访事项当日分流，登记表随案流转。"),
        ("接待一组", "组长", "诸璘峤", "middle", "泄露信访人要求保密的内容和个人隐私", "一级", "接访材料专人保管，严格执行保密制度。"),
        ("接待一组", "接待员", "计珝漪", "general", "收受来访人财物，帮其“插队”优先接待", "一级", "来访按取号顺序接待，大厅视频监控。"),
        ("综合组", "会计", "诸琇岍", "general", "困难来访群众救助金发放不规范", "二级", "救助金发放经集体研究，银行转账到户。"),
        ("综合组", "会计", "诸琇岍", "general", "报销票据审核不严", "三级", "报销单据会计、主任两级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合组", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xietongmen_reception_center_two_sheets", "https://wodeyuanxiao.com/Educationandtraining/lidavdzisb.html",
        "县人民来访接待中心 廉政风险防控一览表 in TWO SHEETS, after the source's page on the 人民来访接待中心's duties (接待来访, "
        "不得刁难和歧视信访人, 保密, 不得收受贿赂): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 组室 with "
        "组室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xietongmen_online_petition_center_posts() -> dict:
    unit = f"{PLACE}网上信访受理中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "网上信访事项转送", "不按属地和职责转送，人为将事项转给关系单位", "制度机制风险", "高",
         "转送意见经两人审核，系统留痕。"),
        ("受理科", "科长", "middle", "网上信访受理审查", "对应受理的网上信访事项不予受理或拖延受理", "岗位职责风险", "高",
         "受理告知在规定时限内系统发送，超期预警。"),
        ("受理科", "受理员", "general", "网上信访录入", "录入信访诉求时删减、篡改内容", "业务流程风险", "中",
         "录入内容与原件逐项比对，科长抽查。"),
        ("受理科", "受理员", "general", "信访人信息保管", "泄露网上信访人的身份和联系方式", "思想道德风险", "高",
         "系统账号专人专用，查询记录定期核查。"),
        ("回访科", "回访员", "general", "满意度回访", "回访记录弄虚作假，代填“满意”", "业务流程风险", "中",
         "回访电话录音，按比例复核。"),
        ("回访科", "回访员", "general", "办理结果公开", "受利害关系人请托不公开办理结果", "外部环境风险", "低",
         "办理结果按规定在平台公开，主任审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "xietongmen_online_petition_center_posts",
        "https://fx361.cc/page/2022/0530/21989003.shtml",
        "县网上信访受理中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on 诉求回应 by a 热线 (诉求获取, "
        "流转, 回访, 公开): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xietongmen_mediation_center_cards() -> dict:
    unit = f"{PLACE}矛盾纠纷调处中心"
    t = _Truth(unit)
    cards = [
        ("主任", "计霈璟", "主任", "主持中心全面工作", "leader", [
            ("重大疑难纠纷调处中偏袒一方、收受好处", "★★★", "重大纠纷集体调处，调处意见经中心会议研究。"),
            ("违规收取调解费用", "★★★", "坚持免费调解，收费公示牌公开监督电话。"),
            ("接受纠纷当事人宴请和礼物", "★", "签订廉洁调解承诺书，节前廉洁提醒。"),
        ]),
        ("副主任", "诸暻翀", "副主任", "分管纠纷受理、分流", "leader", [
            ("借介绍法律服务人员谋取私利", "★★", "法律服务人员由县司法局统一指派。"),
            ("调解协议案卷归档不全、事后补写", "★★", "案卷结案后十日内归档，每季度检查。"),
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
        "xietongmen_mediation_center_cards", "http://m.jcsycorp.com/fanwen/qitaxinhan/135602381447898_8.htm",
        "县矛盾纠纷调处中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 乡 矛盾纠纷调处中心 rules (免费调解, "
        "不接受宴请和礼物, 不泄露隐私, 不以介绍法律服务人员谋取私利, 调解程序, 结案存档): a title, ``姓　名 | … | 职　务 | …`` "
        "and a merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xietongmen_petition_inspection_group_rows() -> dict:
    unit = f"{PLACE}信访督查室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、督查室领导", "督查室领导", [
            ("主任", "诸旸瀚", "leader", [
                ("督查督办事项立项随意，对关系单位不立项", "一级风险", "立项标准公开，立项经室务会研究。"),
                ("督办意见受请托降低要求", "一级风险", "督办意见书面下达，报分管县领导审阅。"),
            ]),
        ]),
        ("二、督查一组", "督查一组", [
            ("组长", "计炅澂", "middle", [
                ("实地督办走过场，核实情况不实", "二级风险", "实地督办两人以上，回访信访人并记录。"),
            ]),
            ("督查员", "诸烨岷", "general", [
                ("承办单位超期未办结不跟踪、不报告", "二级风险", "超期事项每周汇总上报。"),
                ("接受被督查单位宴请、收受礼品", "三级风险", "签订廉洁督查承诺书。"),
            ]),
        ]),
        ("三、综合组", "综合组", [
            ("文书", "计焌浛", "general", [
                ("督查审理表和汇报材料审核不严", "二级风险", "汇报材料按要求逐项审核，签署意见。"),
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
        "xietongmen_petition_inspection_group_rows", "http://www.fymate.net/html/text/lar/169736/16973636_1.html",
        "县信访督查室 廉政风险防控责任清单 under GROUP ROWS, after the source's 街道 大调解 paper (首问责任, 督办制度, 调解室 "
        "in the 信访办, 排查): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、督查室领导``, ``二、督查一组``, ``三、综合组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xietongmen_legal_service_station_selfchecks() -> dict:
    unit = f"{PLACE}信访法律服务站"
    t = _Truth(unit)
    people = [
        ("诸钤溦", "站领导", "站长", "leader", [
            ("法律援助案件指派不公，向熟人律师倾斜", "Ⅰ级", "援助案件按值班顺序指派，结果公示。", "已落实"),
            ("援助条件审查不严，为不符合条件的人办理援助", "Ⅱ级", "经济困难证明逐件核实，两人审查。", "未发现问题"),
        ]),
        ("计铖瀞", "咨询接待室", "法律咨询员", "general", [
            ("咨询中引导信访人委托特定律师收费代理", "Ⅰ级", "咨询全程登记，禁止推荐收费律师。", "已落实"),
            ("咨询登记不全，事后补记", "Ⅲ级", "咨询当场登记，每周核查。", "已落实"),
        ]),
        ("诸锴潆", "援助受理室", "受理员", "general", [
            ("收受申请人财物，加快办理援助", "Ⅰ级", "受理流程公开，限时办结。", "未发现问题"),
            ("泄露申请人隐私和案件信息", "Ⅱ级", "案件材料专柜存放，查阅登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xietongmen_legal_service_station_selfchecks", "http://m.nxhuan.com/wcyw/p/675416.html",
        "县信访法律服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on a "
        "信访法律援助工作站 (法律咨询, 援助条件, 无偿代理, 司法救助): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def xietongmen_kaga_town_petition_office_list() -> dict:
    unit = f"{PLACE}卡嘎镇信访办"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "计镕嶷", "leader", "信访案件转办时指定主办方，规避责任", "制度机制", "高风险",
         "转办意见写明主办、协办单位，报镇分管领导审签。"),
        ("办领导", "主任", "计镕嶷", "leader", "三调联动工作会议流于形式", "岗位职责", "中风险",
         "每月召开联调会议，会议记录存档。"),
        ("接访组", "接访员", "诸鋆滢", "general", "来访群众诉求不登记、不转办", "业务流程", "高风险",
         "来访一律登记，转办单随案归档。"),
        ("接访组", "接访员", "诸鋆滢", "general", "接受来访人好处，越级协调办理", "思想道德", "中风险",
         "接访纪律上墙，群众监督电话公开。"),
        ("调解组", "调解员", "计钧澜", "general", "调解案卷不归档，转办交接手续缺失", "外部环境", "低风险",
         "转办、接转双方签字交接，案卷存底备查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "xietongmen_kaga_town_petition_office_list", "http://m.uyppp.com/34779.html",
        "镇信访办 岗位廉政风险防控一览表, after the source's 街道 三调联动 plan (转办, 主办方和协办方, 联调会议, 案卷归档): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def xietongmen_damuxia_township_petition_register() -> dict:
    unit = f"{PLACE}达木夏乡信访办"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "组室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "诸珅峋", "leader", [
            ("矛盾纠纷排查不实，瞒报不稳定因素", "岗位职责", "一级", "排查结果每十日汇总上报，乡党委审阅。"),
            ("村调委会工作经费分配不公", "制度机制", "二级", "经费按调解件数分配，结果公示。"),
        ]),
        ("调解组", "调解员", "计堃霔", "general", [
            ("调解中为一方出主意，收受好处", "思想道德", "一级", "调解两人以上参加，调解协议当场宣读。"),
        ]),
        ("综合组", "信息员", "诸垚岵", "general", [
            ("信访信息报送迟报、漏报", "业务流程", "二级", "信息报送台账逐月核对。"),
            ("私自向外透露信访人情况", "思想道德", "三级", "签订保密承诺书，资料专柜存放。"),
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
        "xietongmen_damuxia_township_petition_register", "http://www.fsou.net.cn/html/text/lar/170687/17068758_1.html",
        "乡信访办 廉政风险点排查登记表, after the source's 镇、村 三级调解网络 paper (定期排查, 信息员, 调委会, 信息传递): a title, "
        "序号/组室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xietongmen_petition_bureau_pages_reversed(),
    xietongmen_reception_center_two_sheets(),
    xietongmen_online_petition_center_posts(),
    xietongmen_mediation_center_cards(),
    xietongmen_petition_inspection_group_rows(),
    xietongmen_legal_service_station_selfchecks(),
    xietongmen_kaga_town_petition_office_list(),
    xietongmen_damuxia_township_petition_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch922-inbox"))

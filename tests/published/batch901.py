"""The nine-hundred-and-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's tax bodies,
和布克赛尔蒙古自治县 (塔城地区, 新疆维吾尔自治区) — its 税务局, 办税服务厅, 稽查局, 第一税务分局, 第二税务分局,
和什托洛盖镇税务分局 and two 乡镇税务所 (和布克赛尔镇, 铁布肯乌散乡) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 税务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 办税服务厅's 排查表 对岗不对人: ``所室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 稽查局's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 第二税务分局's 清单 under GROUP ROWS ``一、分局领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 和布克赛尔镇税务所's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 铁布肯乌散乡税务所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 和什托洛盖镇税务分局's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder (how the file travelled):

- ``hoboksar_first_branch_x000d_export``: the 第一税务分局's list as the 内控监督平台 exported it to
  .xlsx — a plain grid (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, no merges, the
  holder repeated on every row) in which every text field the staff had typed in the system
  carries the OpenXML escape of its carriage return as LITERAL TEXT: ``_x000D_`` at the end of
  every typed cell (``宿琤_x000D_``, ``一级_x000D_``, ``…不按规定审核_x000D_``) and before each line
  break inside the measures (``1.…_x000D_⏎2.…_x000D_``) — the CRLF of the system's text fields
  escaped twice on the way out, so Excel shows the escape instead of reading it. The headings
  (written by the exporter) are clean. The README's 读得懂的表 knows editor source code left in
  rich-text fields (HTML tags and entities), CSV text pasted unsplit, runs of spaces standing for
  line breaks, and WPS 合并内容 merges; it does not describe the ``_x000D_`` escape (nor any other
  ``_xHHHH_`` escape) left as text in the cells.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 基层税务部门廉政风险防控
— 廉政回访, 制度机制, 执法; a 区国税局 办税服务厅规范管理手册 — 窗口, 岗位设置, 办税公开; a 地税局 paper on
税务干部渎职风险 — 少征税款, 房产交易申报, 发售发票; a paper on 社保费征管机制 — 税务全责征收, 缴费基数;
a 区国税局 文明税务所建设标准 — 所长值班, 首问制, 三公开; a page on 税务文化 — 税收管理员制度, 办税服务场所;
a report on 西藏 基层税务局 带队伍 — 县局, 办税服务厅, 局长; a paper on 退税审核 — 申报前辅导, 智能分级,
系统数据) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 宿 and 蒿 with rare given
names); every unit is a body of 和布克赛尔蒙古自治县.

Run ``python tests/published/score.py --set batch901`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``_x000D_`` is an escaped carriage return, no text: the truth is each cell
  without it (a trailing one dropped, an inner one with its line break one line break); the
  holder ``宿琤_x000D_`` is 宿琤, the level ``一级_x000D_`` is 1, the point the text before it;
  one form a holder (股室, 岗位, 姓名 repeat on every row);
- ``分局领导``, ``所领导`` and ``厅领导`` (a 所室/部门/股室 cell, a group row) are the 科室 of those leaders;
  the 税务局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's or 分局's 股, a
  所's 组 and a 厅's 室 are 科室; a group row ``二、社保非税组`` gives the 科室 ``社保非税组``;
- every 分局, 所, the 办税服务厅, the 稽查局 and the 局 are units of their own: 局长, 副局长, 分局长,
  副分局长, 所长, 副所长, 主任 of the 厅 are leaders; 股长, 组长 and 室主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 办税服务厅's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b901_"
PLACE = "和布克赛尔蒙古自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CR = "_x000D_"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def escaped(text: str) -> str:
    """A system text field as the export wrote it: each line ending in a literal ``_x000D_``."""
    return "\n".join(line + CR for line in text.split("\n"))


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
EXPORTED = [
    ("分局领导", "分局长", "宿琤", "leader", [
        ("出口退税审批不按规定审核，为关系户加快退税", "一级",
         "1.退税审批按智能分级结果办理，高风险户重点审核；\n2.退税审批结果每月在分局局务会通报。"),
        ("干预纳税评估结论，授意调减评估税额", "一级", "评估结论经分局集体审议，评估底稿存档备查。"),
    ]),
    ("分局领导", "副分局长", "蒿瑀翀", "leader", [
        ("减免税备案资料把关不严，违规享受优惠", "二级",
         "1.减免税备案资料双人审核；\n2.享受优惠户次季度抽查。"),
        ("接受纳税人宴请，泄露检查信息", "二级", "严守廉洁纪律，户籍下户两人以上同行。"),
    ]),
    ("税源管理股", "股长", "宿璆岱", "middle", [
        ("税收风险任务推送后不按期应对，压案不办", "二级", "风险应对任务系统限时办结，超期自动预警。"),
        ("户籍巡查走过场，漏管户不予登记", "三级", "巡查记录上传系统，股室每月复核。"),
    ]),
    ("税源管理股", "税收管理员", "蒿珩曜", "general", [
        ("核定定期定额户税额不实，人情定额", "一级",
         "1.定额核定按典型调查数据测算；\n2.核定结果在办税服务厅公示。"),
        ("为纳税人代办涉税事项，收受好处", "三级", "禁止代办代缴，签订廉洁承诺书。"),
    ]),
    ("综合业务股", "退税审核员", "宿瓒砚", "general", [
        ("退税申报资料与系统数据不符仍予审核通过", "二级", "退税数据与第三方数据交叉比对，异常的退回核实。"),
    ]),
]  # fmt: skip


def hoboksar_first_branch_x000d_export() -> dict:
    unit = f"{PLACE}第一税务分局"
    sh = _Sheet("导出数据", [6, 12, 12, 10, 42, 10, 40])
    t = _Truth(unit)
    sh.add(f"{unit}岗位廉政风险点", None, None, None, None, None, None)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, post, who, tier, points in EXPORTED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, escaped(dept), escaped(post), escaped(who), escaped(point), escaped(lv),
                   escaped(measures))  # fmt: skip
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "hoboksar_first_branch_x000d_export", "https://www.seridoat.com/article/tui-shui-shen-he-gong-zuo-si-lu-ji-ju-cuo-ru-he-que-bao-shen-he-gao-xiao-zhun-que-bing-jie-jue-qi-ye.html",
        "(harder) 县第一税务分局 岗位廉政风险点, as the 内控监督平台 exported it, after the source's paper on 退税审核 "
        "(申报前辅导, 智能分级, 系统数据比对, 人机协同): a plain title cell, the exporter's clean heading "
        "``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, then one row a point with no merges (股室, 岗位, 姓名 "
        "repeated), EVERY typed cell ending in the literal text ``_x000D_`` (the escaped carriage return of the "
        "system's text fields: ``宿琤_x000D_``, ``一级_x000D_``) and the measures' inner line breaks as ``_x000D_⏎``; "
        "no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hoboksar_tax_bureau_two_sheets() -> dict:
    unit = f"{PLACE}税务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒿璘峤", "局长", "主持全面工作", [
            ("重大税务行政处罚、大额减免个人说了算", "一级", "重大执法事项经局务会集体审议，纪检组全程监督。"),
            ("为企业“打招呼”，干预税务检查", "一级", "领导干部插手干预执法事项记录报告。"),
        ]),
        ("宿玙晟", "副局长", "分管征管、纳税服务", [
            ("纳税信用评价结果调整把关不严", "一级", "信用评价调整经征管股初审、局务会审定。"),
            ("对征管系统数据修改审批随意", "二级", "数据修改实行申请、审批、复核三岗分离。"),
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
        ("法制股", "股长", "蒿琬", "middle", "重大税务案件审理意见不按事实和证据提出", "一级",
         "审理意见经审理委员会集体审议，案卷存档。"),
        ("法制股", "股长", "蒿琬", "middle", "行政复议受理选择性受理", "二级", "复议申请统一登记，按期办结。"),
        ("财务管理股", "会计", "宿珝旸", "general", "税务经费报销审核不严，虚列支出", "二级",
         "报销单据三级审核，每季度内部审计。"),
        ("财务管理股", "出纳", "蒿琲岫", "general", "现金收支不及时入账，公款私存", "一级", "现金日清月结，每月对账。"),
        ("征收管理股", "股长", "宿瑱岳", "middle", "违规办理延期缴纳税款", "二级", "延期缴税审批材料齐全，结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "hoboksar_tax_bureau_two_sheets", "http://swbd.cn/fukan/89840.html",
        "县税务局 廉政风险防控一览表 in TWO SHEETS, after the source's paper on 基层税务部门廉政风险防控 (廉政回访, 制度机制, "
        "内外部监督, 税收执法): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hoboksar_tax_service_hall_posts() -> dict:
    unit = f"{PLACE}税务局办税服务厅"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("厅领导", "主任", "leader", "窗口人员调配", "窗口岗位调配凭个人好恶，优亲厚友", "制度机制风险", "高",
         "窗口岗位定期轮岗，调配方案集体研究。"),
        ("综合服务室", "室主任", "middle", "办税公开", "办税流程、收费标准不按规定公开", "岗位职责风险", "中",
         "办税公开栏每月更新，纪检组检查。"),
        ("综合服务室", "窗口受理员", "general", "涉税资料受理", "受理资料不一次性告知，刁难纳税人", "思想道德风险", "中",
         "落实首问责任和一次性告知制度。"),
        ("发票管理室", "发票发售员", "general", "发票发售", "违规超量发售发票", "业务流程风险", "高",
         "发票发售按核定数量，系统控制。"),
        ("发票管理室", "代开发票员", "general", "代开发票", "代开发票不审核交易真实性", "外部环境风险", "高",
         "代开发票资料留存，每月抽查。"),
        ("自助办税区", "导税员", "general", "导税服务", "导税时推荐涉税中介，收受好处", "思想道德风险", "低",
         "禁止推荐中介，设立投诉电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合服务室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "hoboksar_tax_service_hall_posts", "https://www.xiaomilidoc.com/p-10609022.html",
        "县税务局办税服务厅 岗位廉政风险点排查表 对岗不对人, after the source's 区国税局 办税服务厅规范管理手册 (服务规范, 窗口设置, "
        "岗位设置及其职责, 办税公开): a title, 序号/所室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hoboksar_inspection_bureau_cards() -> dict:
    unit = f"{PLACE}税务局稽查局"
    t = _Truth(unit)
    cards = [
        ("局长", "蒿瑄翊", "局长", "主持稽查局全面工作", "leader", [
            ("稽查选案不按随机抽查，人为指定检查对象", "★★★", "选案由系统随机抽取，结果留痕。"),
            ("案件查处中徇私舞弊，少补少罚", "★★★", "重大案件审理委员会集体审理。"),
            ("接受被查对象宴请和礼品", "★", "严守中央八项规定精神，检查前廉洁提醒。"),
        ]),
        ("副局长", "宿珺岷", "副局长", "分管检查、执行", "leader", [
            ("检查过程中泄露举报人信息", "★★", "举报材料专人保管，查阅登记。"),
            ("税款追缴执行不到位，放任欠税", "★★", "执行情况每月通报，超期督办。"),
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
        "hoboksar_inspection_bureau_cards", "https://m.fx361.cc/news/2017/0309/18515077.html",
        "县税务局稽查局 领导干部廉政风险防控卡, one sheet a leader, after the source's paper on 税务干部渎职风险 (徇私舞弊不征、"
        "少征税款, 房产交易申报, 发售发票, 帮助逃避处罚): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hoboksar_second_branch_group_rows() -> dict:
    unit = f"{PLACE}第二税务分局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、分局领导", "分局领导", [
            ("分局长", "宿琮昉", "leader", [
                ("社保费欠费追缴选择性执法", "一级风险", "欠费追缴清单公示，分局集体研究。"),
                ("非税收入征收项目擅自减免", "一级风险", "减免按文件执行，报县局备案。"),
            ]),
        ]),
        ("二、社保非税组", "社保非税组", [
            ("组长", "蒿璟岈", "middle", [
                ("灵活就业人员缴费基数核定随意", "二级风险", "缴费基数按人社推送数据核定。"),
            ]),
            ("征收员", "宿珮翾", "general", [
                ("社保费退费审核不严", "二级风险", "退费经组长复核、分局长审批。"),
                ("为缴费人代缴费款，收受好处", "三级风险", "禁止代缴，签订廉洁承诺书。"),
            ]),
        ]),
        ("三、征收管理组", "征收管理组", [
            ("税收管理员", "蒿瑗岚", "general", [
                ("个体户停业登记不核实，漏征税款", "二级风险", "停业登记实地核查，两人签字。"),
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
        "hoboksar_second_branch_group_rows", "https://m.fx361.cc/news/2019/0711/5305928.html",
        "县第二税务分局 廉政风险防控责任清单 under GROUP ROWS, after the source's paper on 社保费征管机制 (税务全责征收, "
        "个体户断缴, 缴费基数, 征管系统): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、分局领导``, ``二、社保非税组``, ``三、征收管理组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def hoboksar_town_tax_office_selfchecks() -> dict:
    unit = f"{PLACE}和布克赛尔镇税务所"
    t = _Truth(unit)
    people = [
        ("宿璩", "所领导", "所长", "leader", [
            ("所长值班接待纳税人时违规承诺办理涉税事项", "Ⅰ级", "值班情况记录，涉税事项按流程办理。", "已落实"),
            ("辖区漏管户清理不彻底", "Ⅱ级", "每季度与市场监管数据比对。", "未发现问题"),
        ]),
        ("蒿玶崧", "征收组", "征收员", "general", [
            ("收取现金税款不开完税凭证", "Ⅰ级", "税款一律电子缴库，现金收取登记。", "已落实"),
            ("对逾期申报不按规定处理", "Ⅲ级", "逾期申报系统自动提醒，按规定处罚。", "已落实"),
        ]),
        ("宿瑒峥", "管理组", "税收管理员", "general", [
            ("定期定额调整不按程序", "Ⅰ级", "定额调整经所务会研究并公示。", "未发现问题"),
            ("首问责任不落实，推诿纳税人", "Ⅱ级", "落实首问制，纳税人评议。", "已落实"),
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
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hoboksar_town_tax_office_selfchecks", "https://www.mingyanjiaju.org/fanwen/huiyifayan/140842888_3.html",
        "镇税务所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区国税局 文明税务所建设标准 "
        "(所长值班岗, 首问制, 三公开, 吃拿卡要): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def hoboksar_tiebukenwusan_tax_office_list() -> dict:
    unit = f"{PLACE}铁布肯乌散乡税务所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "蒿瑾岑", "leader", "税收管理员分户管理调整凭关系", "制度机制", "高风险",
         "分户调整集体研究，定期轮换。"),
        ("所领导", "所长", "蒿瑾岑", "leader", "牧区零散税收委托代征管理不严", "岗位职责", "中风险",
         "委托代征协议备案，代征税款按月核对。"),
        ("综合组", "税收管理员", "宿琎昶", "general", "下户检查接受纳税人礼品", "思想道德", "高风险",
         "下户两人同行，检查情况登记。"),
        ("综合组", "税收管理员", "宿琎昶", "general", "纳税辅导中透露税收执法信息", "业务流程", "低风险",
         "辅导内容按统一口径，不得泄露执法信息。"),
        ("办税服务", "窗口人员", "蒿琭峣", "general", "办税服务场所办理业务吃拿卡要", "外部环境", "中风险",
         "公开服务承诺，设立意见箱。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "hoboksar_tiebukenwusan_tax_office_list", "https://lianjie114.net/zh/culture_213429",
        "乡税务所 岗位廉政风险防控一览表, after the source's page on 税务文化 (税收管理员制度, 办税服务场所, 职业道德, 与纳税人"
        "和金钱打交道): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def hoboksar_hoshitologay_branch_register() -> dict:
    unit = f"{PLACE}和什托洛盖镇税务分局"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("分局领导", "分局长", "宿璠岖", "leader", [
            ("煤矿企业资源税核查不严", "制度机制", "一级", "资源税核查与自然资源部门数据比对。"),
            ("分局经费使用不经集体研究", "岗位职责", "二级", "经费支出分局会议研究，定期公开。"),
        ]),
        ("纳税服务股", "股长", "蒿瑢昕", "middle", [
            ("办税服务厅窗口排班照顾关系", "业务流程", "二级", "排班表公示，按月轮换。"),
        ]),
        ("税源管理股", "税收管理员", "宿瑀岫", "general", [
            ("企业注销清税不核实，出具清税证明", "业务流程", "一级", "清税实地核查，双人签字。"),
            ("为亲友企业提供涉税便利", "思想道德", "三级", "实行回避制度，每季度自查。"),
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
        "hoboksar_hoshitologay_branch_register", "https://m.shzx.org/a/65-368077-0.html",
        "镇税务分局 廉政风险点排查登记表, after the source's report on 西藏 基层税务局 带队伍 (县局, 办税服务厅, 局长, "
        "党建文化): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hoboksar_first_branch_x000d_export(),
    hoboksar_tax_bureau_two_sheets(),
    hoboksar_tax_service_hall_posts(),
    hoboksar_inspection_bureau_cards(),
    hoboksar_second_branch_group_rows(),
    hoboksar_town_tax_office_selfchecks(),
    hoboksar_tiebukenwusan_tax_office_list(),
    hoboksar_hoshitologay_branch_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch901-inbox"))

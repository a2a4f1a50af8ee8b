"""The five-hundred-and-thirty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 财政 and
税务 bodies, 武都区 (陇南市, 甘肃) — the 财政局, the 税务局, the 国库集中支付中心, the 非税收入管理中心
and the 财政所 of four 镇 (城关镇, 安化镇, 汉王镇, 马街镇) — each handing back the 一览表, 排查表,
防控卡, 自查表 or 清单 its staff typed:

- the 财政局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 国库集中支付中心's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 非税收入管理中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、票据管理股`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 城关镇财政所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 安化镇财政所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 汉王镇财政所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 马街镇财政所's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``wudu_tax_point_blank_line_measures``: the 税务局's 一览表 writes each point and its measures in
  ONE column headed ``廉政风险点及防控措施``, each cell the point as a first paragraph, then an EMPTY
  LINE (two typed line breaks), then the measures as a paragraph of plain sentences, neither
  numbered nor labelled (``发票领用资格审核把关不严⏎⏎领用资格经系统比对，双人复核。超限量领用报股长审批。``),
  as a Word table's cell of two paragraphs comes out when pasted into a sheet. The heading is
  ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点及防控措施 | 风险类型 | 预警等级`` (股室 merged, 岗位 and
  责任人 merged per person, short types, ``一级/二级/三级``). The shape is about HOW THE POINT AND
  ITS MEASURES ARE JOINED (in one cell, parted only by a blank line). The README's 读得懂的表 and
  the earlier batches know a point and its measures in one cell parted by labels
  (``风险点：…⏎防控措施：…``, ``表现：…⏎措施：…``), by an arrow (``…→…``), by bullets (``●…``), by
  numbers (a point then ``1.…⏎2.…`` below it), by a labelled bracket (``（防控措施：…）``) or quoted
  at the start of the measures; no earlier batch types an empty line in a cell (no ``\\n\\n`` in
  any batch module). None parts an unnumbered, unlabelled point from unnumbered, unlabelled
  measures by the empty line alone.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 地方税收保障条例 — 财政 and 审计
监督, 公开, 检举; a lecture on 税源管理 and the 税收管理员制度 — 管户, 漏征漏管, 精细化; notes on
国库集中支付 reform — 直接支付, 授权支付, 支付执行机构, 国库科; a plan for 非税收入 — 票据, 征缴,
监督; a notice on 村账委托代理服务中心 — 选配人员, 账册移交, 制度; the 办税服务厅服务规范 — 窗口服务,
行为规范; essays on 税收风险管理 — 风险识别, 评价; essays on 税收征管理论) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames with rare given names); every unit is a body of 武都区
(``unit_words=("武都区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch537`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the first paragraph of the ``廉政风险点及防控措施`` cell, the
  text before the empty line; the paragraph after it is the measures, no part of the point (as a
  ``风险点：…⏎防控措施：…`` cell's point is its first line's text); the level is the ``预警等级``
  column's (``一级/二级/三级`` → 1/2/3), the types the ``风险类型`` column's;
- ``局领导`` (the 局's leaders' sheet) and ``中心领导`` are the 科室 of those leaders; a 局's 股, a
  中心's 股, a 所's 组 are 科室; a group row ``一、中心领导`` gives the 科室 ``中心领导``,
  ``二、票据管理股`` the 科室 ``票据管理股`` (its number left off), as batch 280 and 533 did; the
  城关镇 cards and the 马街镇 list name a 科室 only where a cell does (they name none); the 安化镇
  sheets write ``财政所`` in ``所在科室`` and that is their 科室 (as batch533's ``文化站``);
- every body is a unit of its own: a 局's 局长 and 副局长, a 中心's 主任 and 副主任, a 所's 所长 are
  leaders; 股长 is middle; the rest (科员, 会计, 出纳, 报账员, 税收管理员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 汉王镇财政所's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b537_"
PLACE = "武都区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
BLANK = "\n\n"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(风险点, 防控措施 (plain sentences), 风险类型, 预警等级)])
JOINED = [
    ("局领导", "副局长", "羿珵翯", "leader", [
        ("重点税源企业税收优惠审批个人说了算", "优惠审批经局务会集体研究。审批结果在办税服务厅公示。",
         "制度机制", "一级"),
        ("税务稽查选案受人请托", "稽查对象由系统随机抽取。选案结果报纪检组备案。", "外部环境", "二级"),
    ]),
    ("征收管理股", "股长", "郈琪瑄", "middle", [
        ("漏征漏管户清理走过场", "清理名单与市场主体信息逐户比对。清理结果按季抽查。",
         "岗位职责", "二级"),
        ("定期定额核定随意调低", "核定结果经两人复核并公示。调整定额报股务会研究。", "业务流程", "一级"),
    ]),
    ("第一税务分局", "税收管理员", "闫瑀昶", "general", [
        ("发票领用资格审核把关不严", "领用资格经系统比对，双人复核。超限量领用报股长审批。",
         "岗位职责", "二级"),
        ("接受管户企业宴请和礼品", "管户定期轮换。节前开展廉洁提醒，拒收登记。", "思想道德", "三级"),
    ]),
]  # fmt: skip


def wudu_tax_point_blank_line_measures() -> dict:
    unit = f"{PLACE}税务局"
    sh = _Sheet("一览表", [6, 14, 12, 9, 48, 10, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点及防控措施", "风险类型", "预警等级")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in JOINED:
        for point, measures, typ, lv in points:
            n += 1
            sh.add(n, dept, post, who, f"{point}{BLANK}{measures}", typ, lv)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "wudu_tax_point_blank_line_measures",
        "https://m.bdocx.com/down/8131911.html",
        "(harder) 区税务局 岗位廉政风险防控一览表, after the source's lecture on 税源管理 and the 税收管理员制度 "
        "(管户, 漏征漏管, 精细化): 序号/股室 merged/岗位 and 责任人 merged per person/ONE ``廉政风险点及防控措施`` "
        "column whose cells hold the point, an EMPTY LINE, then the measures as unnumbered sentences "
        "(``…把关不严⏎⏎领用资格经系统比对…``)/short types/``预警等级`` 一级/二级/三级; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wudu_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("濮瑾昳", "局长", "主持全面工作", [
            ("预算追加事项个人决定", "一级", "预算追加经局党组会集体研究，按程序报批。"),
            ("财政专户开立审批不规范", "二级", "专户开立实行两人审核，年度清理。"),
        ]),
        ("宓珞旻", "副局长", "分管政府采购和国资", [
            ("政府采购方式变更审批放宽条件", "一级", "变更申请经专家论证并在平台公示。"),
            ("行政事业单位资产处置低价评估", "二级", "资产处置委托第三方评估，结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("预算股", "股长", "鄢琇玘", "middle", "部门预算指标分配不公", "一级", "指标分配方案集体研究并公开。"),
        ("预算股", "股长", "鄢琇玘", "middle", "转移支付资金下达拖延", "三级", "资金下达设时限，系统留痕。"),
        ("农业股", "科员", "仉璟翀", "general", "涉农资金项目审核走过场", "二级", "项目审核实地查看，两人签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "wudu_finance_bureau_two_sheets",
        "http://ask.fsou.com/html/text/lar/173483/17348374_4.html",
        "区财政局's file in two sheets, after the source's 地方税收保障条例 (财政 and 审计 监督, 公开, 检举): "
        "``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def wudu_treasury_center_list() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "佴瑢晞", "leader", "直接支付申请审核把关不严", "岗位职责风险", "高",
         "支付申请与预算指标系统校验，主任复核。"),
        ("中心领导", "主任", "佴瑢晞", "leader", "代理银行选定暗箱操作", "制度机制风险", "中",
         "代理银行公开招标确定。"),
        ("支付审核股", "股长", "籍珣昉", "middle", "授权支付额度违规调整", "业务流程风险", "中",
         "额度调整凭批复办理，按月对账。"),
        ("会计核算股", "会计", "厉瑷珈", "general", "国库资金对账不及时", "思想道德风险", "低",
         "每日与人民银行国库对账，月末签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "wudu_treasury_center_list",
        "http://www.fymate.net/html/text/lar/171502/17150259_2.html",
        "区国库集中支付中心 廉政风险防控一览表, after the source's notes on 国库集中支付 reform (直接支付, "
        "授权支付, 支付执行机构, 国库科): 序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` "
        "types/高/中/低/防控措施; 填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def wudu_nontax_center_group_rows() -> dict:
    unit = f"{PLACE}非税收入管理中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "隰璠翊", "leader", [
                ("非税收入减免缓缴审批随意", "一级风险", "减免缓缴按文件办理，集体审批。"),
                ("执收单位收入稽查选择性检查", "二级风险", "稽查对象随机抽取，结果通报。"),
            ]),
        ]),
        ("二、票据管理股", "票据管理股", [
            ("股长", "郇琬昕", "middle", [
                ("财政票据超量发放", "一级风险", "票据按核销情况限量发放，系统留痕。"),
                ("作废票据核销不严", "三级风险", "作废票据全联收回，两人核销。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "wudu_nontax_center_group_rows",
        "https://www.renrendoc.com/paper/506889371.html",
        "区非税收入管理中心 廉政风险防控责任清单, after the source's plan for 非税收入 (票据, 征缴, 监督): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、票据管理股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def wudu_chengguan_office_cards() -> dict:
    unit = f"{PLACE}城关镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "琴珝曦", "leader", [
            ("村账代理记账审核放松", "★★★", "代理凭证逐笔审核，按季公开村级收支。"),
            ("惠农补贴资金发放截留", "★★", "补贴一卡通直达农户，名单公示。"),
        ]),
        ("出纳", "禄瑱玥", "general", [
            ("备用金管理不规范", "★★", "备用金限额管理，日清月结。"),
            ("收款收据私自开具", "★", "收据统一领用登记，按本核销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "wudu_chengguan_office_cards",
        "https://m.77cn.com.cn/qishi/jingjigongzuo/30446_3.html",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 出纳), after the source's notice on "
        "村账委托代理服务中心 (选配人员, 账册移交, 制度): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def wudu_anhua_office_selfchecks() -> dict:
    unit = f"{PLACE}安化镇财政所"
    t = _Truth(unit)
    people = [
        ("樊璩翀", "所长", "leader", "财政所", [
            ("镇级项目资金拨付不按进度", "高风险", "按监理确认的进度拨付，镇党委会审定。"),
            ("窗口办理惠民事项吃拿卡要", "中风险", "办理事项和时限在窗口公示，设意见箱。"),
        ]),
        ("昝玙晗", "报账员", "general", "财政所", [
            ("报账票据审核不严", "中风险", "票据逐张审核，经办人、审批人签字。"),
            ("会计档案借阅不登记", "低风险", "档案借阅登记，按期归还。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wudu_anhua_office_selfchecks",
        "http://www.hitax.gov.cn/sxpd_13_7_4/1024186.html",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's 办税服务厅服务规范 "
        "(窗口服务, 行为规范): a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 镇意见：``",
        sheets, t,
    )  # fmt: skip


def wudu_hanwang_office_posts() -> dict:
    unit = f"{PLACE}汉王镇财政所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "所领导", "预算会计组", "资金监管组"
    rows = [
        (a, "所长", "leader", "镇级预算编制", "预算编制不按标准，虚列项目支出", "制度机制", "Ⅰ级",
         "预算草案镇党委会审定，人大审查。"),
        (b, "会计", "general", "工资统发信息维护", "擅自增减统发人员或调整工资", "岗位职责", "Ⅱ级",
         "统发信息变动凭人社批复，双人录入。"),
        (c, "监管员", "general", "涉农项目资金监管", "收受施工方好处放松资金监管", "外部环境", "Ⅰ级",
         "监管结果镇纪委抽查，资金拨付公示。"),
        (c, "监管员", "general", "村级公益事业奖补核查", "核查不到现场，虚报完成量", "思想道德", "Ⅲ级",
         "核查附现场照片，村民代表签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：资金监管组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "wudu_hanwang_office_posts",
        "http://m.rqylqx.com/haowen/98830.html",
        "镇财政所 廉政风险点排查表 对岗不对人, after the source's essays on 税收风险管理 (风险识别, 评价): "
        "科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def wudu_majie_office_duty_list() -> dict:
    unit = f"{PLACE}马街镇财政所"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "堵瑆珂", "leader", "乡村振兴衔接资金管理", "衔接资金拨付优亲厚友", "一级",
         "资金拨付镇党委会研究，结果公示。"),
        ("所长", "堵瑆珂", "leader", "政府采购零星事项", "零星采购指定商户", "二级", "三家询价并留存记录。"),
        ("会计", "暨琛玓", "general", "国有资产登记", "资产入账不及时、账实不符", "二级",
         "资产卡片与实物年末核对。"),
        ("会计", "暨琛玓", "general", "财政供养人员信息核对", "虚报冒领工资补贴", "三级", "每月与人事信息比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "wudu_majie_office_duty_list",
        "https://www.1mishu.com/shuishouzhengguanlilun/",
        "镇财政所 廉政风险防控责任清单, after the source's essays on 税收征管理论: 序号/岗位 and 姓名 merged per "
        "person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wudu_tax_point_blank_line_measures(),
    wudu_finance_bureau_two_sheets(),
    wudu_treasury_center_list(),
    wudu_nontax_center_group_rows(),
    wudu_chengguan_office_cards(),
    wudu_anhua_office_selfchecks(),
    wudu_hanwang_office_posts(),
    wudu_majie_office_duty_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch537-inbox"))

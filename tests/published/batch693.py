"""The six-hundred-and-ninety-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's industrial
park and investment bodies, 奈曼旗 (of 通辽市, 内蒙古) — its 投资促进局, 招商服务中心, 工业园区管理委员会
and the park's 项目服务中心 and 综合服务中心, its 产业发展促进中心, 营商环境建设服务中心 and 企业服务中心
— each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 投资促进局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 招商服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 产业发展促进中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 工业园区管理委员会's 责任清单 under GROUP ROWS ``一、管委会领导`` … ``三、招商局`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 工业园区项目服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 工业园区综合服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 营商环境建设服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``naiman_enterprise_service_centre_mentions``: the 企业服务中心's list kept as an ONLINE SHEET (企业微信 /
  钉钉 在线表格) and exported to Excel: ``序号 | 风险点 | 风险等级 | 防控措施 | 最后更新`` and NO holder,
  post or 科室 column — each holder is named only by an ``@`` MENTION closing the point's own cell
  (``…违规承诺优惠政策 @鄞澐璟``; a shared point carries two or three mentions, ``@鄞澐璟 @寸霂岍``), and
  who the mentioned are (部门, 职务) stands only in a ``协作成员`` roster printed under the list
  (``成员 | 部门 | 职务``), in another order than the list's. A row's point is the text before the
  first ``@``, the point of every mentioned member alike. The README's 读得懂的表 knows the holder
  after a dash closing the point (``——岗位 姓名``), in a labelled bracket closing it
  (``（责任人：…）``), before a colon at its head, holder marks (①, short keys) closing it explained by a
  legend and rosters keyed by name, number or code; it does not describe ``@`` mentions of an
  online sheet closing the point, one or several a row, resolved by a member roster.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 纪检监察 report on 招商引资 以案促改
— “捡到篮子都是菜”, 招商经费, 既花公款也花老板; a 市 纠治招商引资“内卷” 监督投诉机制 — 违规优惠政策,
“抽屉协议”, 弄虚作假签约; a 开发区 重点工作及责任清单 — 项目管家, 腾笼换鸟, 盘活存量土地, 污水管网; a piece
on 开发区 核查公示 — 招商项目, 资金使用, 土地出让; a piece on 招商引资奖惩制度 — 财政贡献奖励, 固定资产投资
补助, 验收; a piece on 招商引资奖励 兑现流程 — 一事一议, 投资协议, 兑现拖延; a 区 优化营商环境优秀案例 —
涉企合规, 经营主体; a report on 数字赋能营商环境 — 企业服务社群, 政企沟通, 诉求闭环) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 鄞 and 寸 with rare given names); every unit is a body of
奈曼旗, a place no earlier unit names.

Run ``python tests/published/score.py --set batch693`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``@name`` closing a point makes the row's point (the text before the first
  ``@``, without the mentions) a point of that member, with the row's level; his 部门 and 职务 come
  from the 协作成员 roster; one form a member; the mentions are no part of the point; ``最后更新``
  (a date) names no one and the roster's rows are no points;
- ``局领导``, ``管委会领导``, ``中心领导`` (a 科室 cell, a group row, a 所在部门 cell) are the 科室 of those
  leaders; the 投资促进局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
  a 局's 股, a 中心's 部 or 科 and a 管委会's 局 are 科室; a group row ``二、规划建设局`` gives the 科室
  ``规划建设局`` (its number left off);
- every body is a unit of its own: 局长 (of a unit), 副局长, 主任, 副主任 are leaders; the 局长 of a
  管委会's 局, 股长, 部长 and 科长 middle; the rest (股员, 工作人员, 专员, 代办员, 会计, 出纳, 科员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 招商服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b693_"
PLACE = "奈曼旗"
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

# the 协作成员 roster: name -> (部门, 职务, tier), printed in this order under the list
MEMBERS = {
    "寸璎濯": ("企业服务部", "专员", "general"),
    "鄞澐璟": ("中心领导", "主任", "leader"),
    "鄞槿沄": ("要素保障部", "专员", "general"),
    "寸霂岍": ("中心领导", "副主任", "leader"),
    "鄞珞岑": ("企业服务部", "部长", "middle"),
}

# (风险点, the mentioned members, 风险等级, 防控措施, 最后更新)
MENTIONED = [
    ("入驻企业服务事项“一事一议”时违规承诺优惠政策", ("鄞澐璟",), "高",
     "优惠政策一律按旗政府已公布的政策清单兑现，不作口头承诺。", "2025-05-12 09:14"),
    ("企业诉求转办中选择性受理、拖延办理，借机吃拿卡要", ("鄞珞岑", "寸璎濯"), "高",
     "诉求一律录入平台，限时办结，办理结果企业评价。", "2025-05-12 09:20"),
    ("企业服务社群里泄露企业经营和投资信息", ("寸璎濯",), "中",
     "社群信息分级管理，涉企数据专人专用，签订保密承诺。", "2025-05-12 10:02"),
    ("为企业协调用地、用电、用水等要素时优亲厚友", ("寸霂岍", "鄞槿沄"), "高",
     "要素保障事项集体研究，协调结果在园区公示。", "2025-05-13 15:36"),
    ("“首席服务官”走访企业接受宴请、礼品礼金", ("鄞澐璟", "寸霂岍", "鄞珞岑"), "中",
     "走访实行报备制，严禁接受企业安排的吃请。", "2025-05-13 15:41"),
    ("惠企资金申报材料初审把关不严", ("鄞槿沄",), "中", "材料初审、复审两级把关，申报名单公示。",
     "2025-05-14 08:55"),
    ("企业服务满意度评价数据弄虚作假", ("鄞珞岑",), "低", "评价数据由平台自动生成，定期抽查回访。",
     "2025-05-14 09:07"),
]  # fmt: skip


def _mentions(names: tuple[str, ...]) -> str:
    return " ".join(f"@{who}" for who in names)


def naiman_enterprise_service_centre_mentions() -> dict:
    unit = f"{PLACE}企业服务中心"
    sh = _Sheet("风险点清单", [6, 52, 10, 40, 18])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点清单（在线表格导出）", 5)
    sh.add("序号", "风险点", "风险等级", "防控措施", "最后更新")
    for i, (point, names, lv, measures, when) in enumerate(MENTIONED, 1):
        sh.add(i, f"{point} {_mentions(names)}", lv, measures, when)
    sh.add()
    sh.add("协作成员", None, None, None, None)
    sh.add("成员", "部门", "职务", None, None)
    for who, (dept, post, _tier) in MEMBERS.items():
        sh.add(f"@{who}", dept, post, None, None)
    # the truth one form a member, in the roster's order
    for who, (dept, post, tier) in MEMBERS.items():
        for point, names, lv, _measures, _when in MENTIONED:
            if who in names:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, f"导出人：办公室{GAP * 4}导出时间：2025-05-15 16:30", 5)
    return _layout(
        "naiman_enterprise_service_centre_mentions", "https://aipiwu.com/article/239294.html",
        "(harder) 旗企业服务中心 岗位廉政风险点清单 kept as an ONLINE SHEET and exported to Excel, after the source's report on "
        "数字赋能营商环境 (企业服务社群, 政企沟通, 企业诉求 未呼先应): a title, ``序号 | 风险点 | 风险等级 | 防控措施 | 最后更新`` "
        "and NO holder, post or 科室 column; each holder is an ``@name`` mention closing the point's own cell (one to three "
        "a row, a shared point mentioning each of its holders), and the members' 部门 and 职务 stand only in a ``协作成员`` "
        "roster (``成员 | 部门 | 职务``, ``@name`` rows) under the list, in another order; 高/中/低, no type column; an "
        "导出人/导出时间 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def naiman_investment_bureau_two_sheets() -> dict:
    unit = f"{PLACE}投资促进局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鄞峤翊", "局长", "主持全面工作", [
            ("为完成招商指标引进“两高”项目、拉项目充数", "一级", "引进项目经旗招商引资项目联审会评估。"),
            ("招商经费使用中“既花公款也花老板”", "一级", "招商经费专账管理，外出招商事前报批、事后报告。"),
        ]),
        ("寸湉珂", "副局长", "分管项目洽谈、签约", [
            ("项目洽谈中与客商私下接触、收受好处", "一级", "洽谈不少于两人参加，洽谈记录存档。"),
            ("对投资方资信审核不严，签约虚假项目", "二级", "签约前委托第三方开展资信调查。"),
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
        ("招商一股", "股长", "鄞砚汐", "middle", "招商线索和项目信息泄露给中介或竞争地区", "一级",
         "项目信息台账专人管理，查阅登记。"),
        ("招商一股", "股长", "鄞砚汐", "middle", "项目落地进度数据虚报、“纸面招商”", "二级", "落地数据与统计、税务数据比对。"),
        ("招商一股", "股员", "寸昶澜", "general", "陪同客商考察时接受安排的吃请、娱乐", "三级", "考察接待按标准执行，报备留痕。"),
        ("综合股", "股长", "鄞沅霁", "middle", "招商活动经费虚列开支", "一级", "活动经费预算审批，凭合同、发票报销。"),
        ("综合股", "会计", "寸翯琰", "general", "招商奖励资金拨付资料审核不严", "二级", "拨付资料双人审核，报局务会研究。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "naiman_investment_bureau_two_sheets", "http://111.203.215.41/index.php?T1=NA.html",
        "旗投资促进局 廉政风险防控一览表 in TWO SHEETS, after the source's 纪检监察 report on 招商引资 以案促改 (“捡到篮子都是菜”, "
        "“两高”项目, 招商经费, 既花公款也花老板): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def naiman_attraction_centre_posts() -> dict:
    unit = f"{PLACE}招商服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "优惠政策审定", "突破政策底线给予“超常规”优惠、签订“抽屉协议”", "制度机制风险", "高",
         "优惠政策集体审定，投资协议经司法局合法性审查。"),
        ("项目推介科", "科长", "middle", "项目签约", "为完成任务弄虚作假签约，虚报签约金额", "岗位职责风险", "高",
         "签约项目建立台账，逐项跟踪履约。"),
        ("项目推介科", "科长", "middle", "异地招商", "“互挖墙脚”争抢项目，违规承诺返还税收", "外部环境风险", "中",
         "落实公平竞争审查，不得以返税方式招商。"),
        ("项目推介科", "科员", "general", "客商接待", "接待超标准，接受客商礼品", "思想道德风险", "低",
         "接待执行公务接待标准，礼品登记上交。"),
        ("投诉受理科", "科员", "general", "“内卷”问题投诉办理", "投诉线索压案不办、泄露举报人信息", "业务流程风险", "中",
         "投诉登记编号，限时办结，举报人信息保密。"),
        ("投诉受理科", "科员", "general", "企业回访", "回访走过场，回访记录编造", "业务流程风险", "低",
         "回访录音存档，随机抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "naiman_attraction_centre_posts", "https://baoshan.gov.cn/info/5251/10119134.htm",
        "旗招商服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 纠治招商引资“内卷” 监督投诉机制 (违规优惠政策, "
        "“抽屉协议”, “互挖墙脚”, 弄虚作假签约, 投诉受理): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def naiman_industry_promotion_selfchecks() -> dict:
    unit = f"{PLACE}产业发展促进中心"
    t = _Truth(unit)
    people = [
        ("鄞晞岙", "中心领导", "主任", "leader", [
            ("财政贡献奖励核算口径随意调整", "Ⅰ级", "奖励按政策公式测算，经财政、税务部门复核。", "已落实"),
            ("固定资产投资补助项目验收把关不严", "Ⅰ级", "验收邀请第三方审计机构参加。", "未发现问题"),
        ]),
        ("寸漪琮", "产业服务部", "专员", "general", [
            ("设备购置额认定中接受企业虚高发票", "Ⅰ级", "设备发票与税务系统核验。", "已落实"),
            ("人才引进补贴对象资格审核不实", "Ⅲ级", "人才资格材料原件核验，名单公示。", "已落实"),
        ]),
        ("鄞棠渼", "政策兑现部", "专员", "general", [
            ("奖补资金拨付先后顺序人为调整", "Ⅱ级", "按受理顺序拨付，拨付台账公开。", "未发现问题"),
            ("企业申报资料保管不善、外泄", "Ⅲ级", "申报资料专柜保管，借阅登记。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "naiman_industry_promotion_selfchecks", "https://www.zhixiaozhang.cn/fanshui/7792.html",
        "旗产业发展促进中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's piece on "
        "招商引资奖惩制度 (财政贡献奖励, 固定资产投资补助, 设备购置额, 人才引进, 严格验收): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def naiman_park_committee_group_rows() -> dict:
    unit = f"{PLACE}工业园区管理委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、管委会领导", "管委会领导", [
            ("主任", "寸珩颢", "leader", [
                ("重点项目“领导+专班”包联中干预项目施工发包", "一级风险", "项目发包由建设单位依法组织，包联领导不参与。"),
                ("存量土地盘活处置不经集体研究", "一级风险", "盘活方案报旗政府审定，处置结果公示。"),
            ]),
        ]),
        ("二、规划建设局", "规划建设局", [
            ("局长", "鄞璟沅", "middle", [
                ("污水处理厂及管网项目变更签证把关不严", "二级风险", "变更签证经监理、跟踪审计和建设单位三方确认。"),
            ]),
            ("工作人员", "寸淏潆", "general", [
                ("水电气路配套工程计量不实", "二级风险", "计量现场双人复核，影像留存。"),
                ("“腾笼换鸟”企业厂房评估数据失真", "三级风险", "评估委托有资质机构，结果复核。"),
            ]),
        ]),
        ("三、招商局", "招商局", [
            ("局长", "鄞霈珈", "middle", [
                ("“项目管家”服务中向企业推荐指定中介", "二级风险", "中介服务由企业自主选择，严禁指定。"),
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
        "naiman_park_committee_group_rows", "https://www.ahhuoshan.gov.cn/public/6598161/37968314.html",
        "旗工业园区管理委员会 廉政风险防控责任清单, after the source's 开发区 重点工作及责任清单 (“领导+专班”, 项目管家, "
        "腾笼换鸟, 盘活存量土地, 污水处理厂及管网, 水电气路): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、管委会领导``, ``二、规划建设局``, ``三、招商局`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def naiman_park_project_centre_cards() -> dict:
    unit = f"{PLACE}工业园区项目服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "寸沺曦", "主任", "主持中心全面工作", "leader", [
            ("招商项目核查公示内容选择性公开", "★★★", "项目名称、投资方、用地面积等按规定全部公示。"),
            ("土地出让前置条件设置带有倾向性", "★★★", "出让条件经自然资源部门审核，集体研究。"),
            ("接受投资方宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "鄞瑷湄", "副主任", "分管项目审核、资金使用", "leader", [
            ("项目是否符合产业政策的审核走过场", "★★", "审核意见书面留痕，分管领导签字负责。"),
            ("项目资金使用核查不严", "★★", "资金使用情况每季度核查并公示。"),
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
        "naiman_park_project_centre_cards",
        "https://www.httgc.com/kk/jie-mi-dong-ying-kai-fa-qu-he-cha-gong-shi-bei-hou-de-zhen-xiang-yu-tiao-zhan.html",
        "旗工业园区项目服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's piece on 开发区 核查公示 (招商引资项目, "
        "资金使用, 土地出让, 产业政策审核): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def naiman_park_service_centre_list() -> dict:
    unit = f"{PLACE}工业园区综合服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "寸珺泓", "leader", "招商奖励兑现中“新官不理旧账”或选择性兑现", "制度机制", "高风险",
         "奖励兑现按投资协议约定办理，兑现情况公开。"),
        ("中心领导", "主任", "寸珺泓", "leader", "“一事一议”奖励方案量身定制", "岗位职责", "中风险",
         "一事一议方案报旗政府常务会议研究。"),
        ("项目代办部", "部长", "鄞蕤汀", "middle", "帮办代办中收取企业好处费", "思想道德", "高风险",
         "帮办代办全程免费，服务清单公开。"),
        ("项目代办部", "代办员", "鄞芃瑄", "general", "代办事项拖延办理、刁难企业", "业务流程", "中风险",
         "代办事项限时办结，超时预警。"),
        ("财务室", "会计", "寸泠岫", "general", "奖励资金拨付凭证审核不严", "业务流程", "中风险",
         "拨付凭证经办人、审核人、审批人三签。"),
        ("财务室", "会计", "寸泠岫", "general", "企业账户信息变更未核实即付款", "外部环境", "低风险",
         "账户变更须企业书面申请并电话核实。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "naiman_park_service_centre_list", "https://www.jiaxigongsi.com/zhishiku/zhuce/6185.html",
        "旗工业园区综合服务中心 岗位廉政风险防控一览表, after the source's piece on 招商引资奖励 兑现流程 (一事一议, 投资协议, "
        "新官不理旧账, 兑现拖延): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


def naiman_business_environment_register() -> dict:
    unit = f"{PLACE}营商环境建设服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "寸琮涟", "leader", [
            ("营商环境评价指标数据干预、粉饰", "制度机制", "一级", "评价数据由第三方采集，原始数据留存。"),
            ("涉企合规整改验收中说情打招呼", "思想道德", "二级", "整改验收集体评议，过程记录存档。"),
        ]),
        ("投诉受理科", "科长", "鄞岫棠", "middle", [
            ("经营主体投诉转办后不跟踪问效", "岗位职责", "二级", "投诉办理结果回访，满意率通报。"),
        ]),
        ("投诉受理科", "科员", "寸澂霓", "general", [
            ("向被投诉企业通风报信", "外部环境", "一级", "投诉信息保密，违者严肃追责。"),
            ("投诉登记不全、选择性登记", "业务流程", "三级", "投诉一律登记编号，定期核对。"),
        ]),
        ("综合科", "出纳", "鄞旻玗", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
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
        "naiman_business_environment_register", "http://echinagov.com/news/349975.htm",
        "旗营商环境建设服务中心 廉政风险点排查登记表, after the source's 区 优化营商环境优秀案例 (涉企合规, 经营主体, 整改, "
        "评价): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    naiman_enterprise_service_centre_mentions(),
    naiman_investment_bureau_two_sheets(),
    naiman_attraction_centre_posts(),
    naiman_industry_promotion_selfchecks(),
    naiman_park_committee_group_rows(),
    naiman_park_project_centre_cards(),
    naiman_park_service_centre_list(),
    naiman_business_environment_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch693-inbox"))

"""The nine-hundred-and-forty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's tax
bodies, 桑珠孜区 (日喀则市, 西藏自治区) — its 税务局, 稽查局, 税收风险管理局, 纳税服务中心, 社会保险费和非税收入科,
第一税务分局 and two 乡税务所 (江当乡, 聂日雄乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 税务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 税收风险管理局's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 纳税服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 社会保险费和非税收入科's 清单 under GROUP ROWS ``一、科室负责人`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 第一税务分局's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 江当乡税务所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 聂日雄乡税务所's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``samzhubze_inspection_bureau_posts_exchanged``: the 稽查局's 岗位廉政风险点一览表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per
  person) under which a ``注：`` line says that, by the 区局's 轮岗交流 arrangement, from 2025年7月1日 two
  people it names (with their posts) EXCHANGED POSTS (岗位互换), that the points of the two posts go to
  whoever now holds them, and that the 姓名 column was left unchanged: so the 检查股 检查员's points
  belong to the 审理员 named in the list, and the 审理股 审理员's to the 检查员 named. The described
  shapes name the present holder IN the holder cell (``现：…⏎原：…``, ``（现任）``), in a ``备注`` of the
  row (``该岗位由某某接任``), in a 原任 | 现任 table, in a post cell ``旧岗位→现岗位``, in a second list
  replacing the posts it names, or in a 轮岗交接卡; none describes one note naming two people who
  swapped posts, so that each named holder's rows go to the OTHER person (``互换``, ``对调``,
  ``调换``, ``换岗`` are absent from the docs; ``对调`` there is only swapped HEADINGS).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 稽查执法 — 选案, 检查,
审理, 执行; 西藏's 税收执法责任制 and 税收工作规程 — 执法岗位, 处罚, 复议; a 风险管理 岗责 text — 预警指标,
风险等级排序, 风险提示应对; a 区国税局's report on 纳税服务规范 — 办税服务厅, 窗口; 社保税 papers — 征缴,
社会保障资金; a 市税务局's paper on 风险应对机制 — 数据采集, 任务发布, 复核反馈; reporting on a 国税局
管理科长 虚开发票 — 手写版发票, 税金未入库; a paper on 地税局 风险防控 — 风险识别, 基层治理) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 陶 and 文 with rare given names); every unit is a body
of 桑珠孜区.

Run ``python tests/published/score.py --set batch949`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the note outranks the 姓名 column for the two people it names: the 检查股
  检查员's points are 文翯岚's, the 审理股 审理员's are 陶骞澍's (post, 股室 and tier as the rows
  write them); the other rows as they read; the note and the sign-off line are no points;
- ``局领导``, ``所领导``, ``分局领导`` (a 科室/部门/股室 cell) are the 科室 of those leaders; the 税务局's
  leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 股, 组 or 分局's 股 is a 科室; a group
  row ``二、社保费征收组`` gives the 科室 ``社保费征收组`` and ``一、科室负责人`` the 科室 ``科室负责人``
  (the 科's own head, written as a group row);
- the 税务局, its 稽查局, 税收风险管理局, 纳税服务中心, 社会保险费和非税收入科, 第一税务分局 and each 税务所 are
  units of their own: 局长, 副局长, 主任, 副主任, 分局长 and 所长 are leaders; 股长, 科长 and 组长 middle; the
  rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 税收风险管理局's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b949_"
PLACE = "桑珠孜区"
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

# (股室, 岗位, 姓名 as the list writes it, tier, [(廉政风险点, 风险等级, 防控措施)])
SWAPPED_ROWS = [
    ("局领导", "局长", "陶翀湉", "leader", [
        ("重大税务案件审理中打招呼、说情，干预定性处理", "一级", "重大案件提交重大税务案件审理委员会集体审理。"),
        ("选案环节指定或排除检查对象", "一级", "检查对象由系统随机抽取，选案结果留痕备查。"),
    ]),
    ("检查股", "检查员", "陶骞澍", "general", [
        ("检查中接受被查企业宴请、礼品，查而不处", "一级", "检查实行两人以上，执法记录仪全程记录。"),
        ("检查底稿取证不全，少认定违法事实", "二级", "检查底稿经股长复核，证据清单逐项核对。"),
    ]),
    ("审理股", "审理员", "文翯岚", "general", [
        ("审理时随意改变检查定性，减轻处罚", "一级", "审理意见与检查意见不一致的提交集体审理。"),
        ("处罚裁量不按基准，畸轻畸重", "二级", "对照行政处罚裁量基准逐项说明理由。"),
    ]),
    ("执行股", "执行员", "文珝峤", "general", [
        ("查补税款、罚款不及时执行入库", "二级", "执行台账按月清理，逾期未执行的说明原因。"),
        ("强制执行中违规解除查封、扣押", "三级", "解除强制措施报局长批准，文书存档。"),
    ]),
]  # fmt: skip
# the note: 陶骞澍 and 文翯岚 exchanged posts; each post's points go to its present holder
SWAP = ("陶骞澍", "文翯岚")


def samzhubze_inspection_bureau_posts_exchanged() -> dict:
    unit = f"{PLACE}税务局稽查局"
    sh = _Sheet("一览表", [6, 10, 10, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    now = {SWAP[0]: SWAP[1], SWAP[1]: SWAP[0]}
    for dept, post, who, tier, points in SWAPPED_ROWS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, now.get(who, who), tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, f"注：根据区局干部轮岗交流安排，自2025年7月1日起{SWAP[0]}（检查股检查员）与{SWAP[1]}（审理股审理员）"
          "岗位互换，表中二人所在岗位的风险点由互换后的在岗人员承担，本表姓名栏未改。", 7)  # fmt: skip
    sh.add("制表：综合股", None, None, "审核：", None, "2025年7月", None)
    return _layout(
        "samzhubze_inspection_bureau_posts_exchanged",
        "https://www.seridoat.com/article/zhe-li-duan-zao-ji-cha-tie-jun-ti-sheng-zhi-fa-xiao-neng-yu-gong-xin-li-po-jie-jian-guan-nan-ti-yu-x.html",
        "(harder) 区税务局稽查局 岗位廉政风险点一览表, after the source's paper on 稽查执法 (选案, 检查, 审理, 执行, 查审分离, "
        "被“围猎”): an ordinary list ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` (股室 merged, 岗位/姓名 "
        "merged per person, ``一级/二级/三级``) with a ``注：`` line under it saying two named people EXCHANGED POSTS "
        "(岗位互换, 轮岗交流) from a date and that the 姓名 column was not changed: each of the two posts' points belongs "
        "to the OTHER person named in its rows; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def samzhubze_tax_bureau_two_sheets() -> dict:
    unit = f"{PLACE}税务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("文旸翚", "局长", "主持全面工作", [
            ("干部选拔任用、评先评优个人说了算", "一级", "干部任用经党委会集体研究，结果公示。"),
            ("办公用房维修、设备采购干预供应商选定", "一级", "采购按政府采购程序进行，局长不直接分管采购。"),
        ]),
        ("陶昀嶙", "副局长", "分管征收管理、纳税服务", [
            ("违规审批延期缴纳税款", "一级", "延期缴纳按规定报上级税务机关审批。"),
            ("干预定期定额户核定，为关系户调低定额", "二级", "定额核定经集体评议，结果在办税服务厅公示。"),
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
        ("法制股", "股长", "文樾澂", "middle", "重大税务行政处罚法制审核走过场", "一级",
         "法制审核意见书面出具，审核人签字负责。"),
        ("法制股", "股长", "文樾澂", "middle", "行政复议案件受理、审理偏袒一方", "二级", "复议案件集体审理，结果书面告知。"),
        ("财务股", "会计", "陶彧岫", "general", "经费报销审核不严，虚列支出", "二级", "报销单据经股长、分管局长两级审核。"),
        ("财务股", "出纳", "文璆汭", "general", "现金、票据保管不善，公款私存", "一级", "现金日清月结，每月与会计对账。"),
        ("征收管理股", "股长", "陶峋瀛", "middle", "违规办理非正常户解除、注销", "二级", "非正常户解除须查验实际经营情况。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "samzhubze_tax_bureau_two_sheets", "http://www.wstax.net/wap/details/27/108671.html",
        "区税务局 廉政风险防控一览表 in TWO SHEETS, after the source's 西藏 税收执法责任制 and 税收工作规程 (执法岗位, 征收管理, "
        "税务行政处罚, 复议, 过错追究): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def samzhubze_risk_bureau_posts() -> dict:
    unit = f"{PLACE}税务局税收风险管理局"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "风险任务审批", "对高风险纳税人应对任务违规审批降级", "制度机制风险", "高",
         "中、高风险任务降级须经局务会合议。"),
        ("风险分析股", "股长", "middle", "风险等级排序", "人为调整纳税人风险等级排序", "岗位职责风险", "高",
         "风险排序由系统模型生成，调整留痕并说明理由。"),
        ("风险分析股", "分析员", "general", "风险指标运用", "选择性运用预警指标，对关系户不予识别", "业务流程风险", "中",
         "指标运用情况按季度复核评价。"),
        ("风险应对股", "应对员", "general", "风险提示应对", "风险提示应对中泄露分析依据", "思想道德风险", "高",
         "应对资料专人保管，签订保密承诺书。"),
        ("风险应对股", "应对员", "general", "应对结果反馈", "应对结果反馈不实，未补税即销号", "外部环境风险", "中",
         "应对结果抽查复核，销号须附补税凭证。"),
        ("数据管理股", "数据员", "general", "涉税数据查询", "违规查询、下载纳税人涉税数据", "业务流程风险", "低",
         "数据查询权限分级设置，查询日志按月检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "samzhubze_risk_bureau_posts", "http://crsrw.com/dianzishuiwu/125552.html",
        "区税务局税收风险管理局 岗位廉政风险点排查表 对岗不对人, after the source's 风险管理 岗责 (预警指标, 风险分析识别, 风险等级排序, "
        "风险提示应对, 本部门领导审核): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def samzhubze_tax_service_centre_cards() -> dict:
    unit = f"{PLACE}税务局纳税服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "文岱漪", "主任", "主持纳税服务中心全面工作", "leader", [
            ("办税服务厅窗口人员安排照顾关系", "★★", "窗口人员定期轮岗，安排经中心集体研究。"),
            ("纳税人投诉处理压案不查、袒护窗口人员", "★★★", "投诉件登记编号，办结情况按月通报。"),
            ("接受纳税人、代账机构宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "陶翾沨", "副主任", "分管发票发售、税费申报", "leader", [
            ("违规为纳税人增加发票领用数量", "★★★", "发票增量按风险等级审核，超限额的报局审批。"),
            ("纳税信用评价修复把关不严", "★★", "信用修复材料两人审核，结果公示。"),
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
        "samzhubze_tax_service_centre_cards",
        "https://abg.baidu.com/tags/pb4mp6fz7lf3bpwwx3lnnngq2dcmts5qw77m54nz4233mmrogcyonr7jx73ldkfy4y16",
        "区税务局纳税服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 区局 执行纳税服务规范 情况报告 "
        "(办税服务厅, 窗口, 发票发售, 投诉处理, 纳税信用): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def samzhubze_social_insurance_group_rows() -> dict:
    unit = f"{PLACE}税务局社会保险费和非税收入科"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、科室负责人", "科室负责人", [
            ("科长", "文铖翊", "middle", [
                ("社保费欠费核销、减免违规审批", "Ⅰ级", "欠费核销按规定报区局集体研究。"),
                ("非税收入征收项目擅自扩大或缩小范围", "Ⅱ级", "征收项目以财政部门清单为准，定期比对。"),
            ]),
        ]),
        ("二、社保费征收组", "社保费征收组", [
            ("组长", "陶湛崧", "middle", [
                ("缴费基数核定不实，为单位少报缴费基数", "Ⅰ级", "缴费基数与个税申报数据比对核查。"),
            ]),
            ("征收员", "文霈岐", "general", [
                ("灵活就业人员缴费办理收受好处", "Ⅱ级", "缴费业务线上办理，办理情况留痕。"),
                ("违规退还社会保险费", "Ⅰ级", "退费与人社部门信息核对，双人审核。"),
            ]),
        ]),
        ("三、非税收入组", "非税收入组", [
            ("征收员", "陶羿瀚", "general", [
                ("非税收入票据开具与缴款不符", "Ⅲ级", "票据与国库入库信息逐月对账。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "samzhubze_social_insurance_group_rows", "https://www.yfabiao.com/haowen/34856.html",
        "区税务局社会保险费和非税收入科 廉政风险防控责任清单 under GROUP ROWS, after the source's 社保税 papers (社会保障资金, "
        "征缴, 范围小、管理乱、收缴难): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, group rows "
        "``一、科室负责人``, ``二、社保费征收组``, ``三、非税收入组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def samzhubze_first_branch_selfchecks() -> dict:
    unit = f"{PLACE}税务局第一税务分局"
    t = _Truth(unit)
    people = [
        ("文沄翥", "分局领导", "分局长", "leader", [
            ("风险应对任务分派照顾关系户", "一级风险", "应对任务由系统分派，调整须说明理由。", "已落实"),
            ("违规办理纳税人跨区迁移", "二级风险", "迁移前清税，分局长审批留痕。", "未发现问题"),
        ]),
        ("陶翊峣", "税源管理一股", "税收管理员", "general", [
            ("管户巡查走过场，漏征漏管", "一级风险", "巡查计划按月制定，巡查记录拍照存档。", "已落实"),
            ("为管户代办涉税事项收取好处", "三级风险", "严禁为纳税人代办，违者追责。", "已落实"),
        ]),
        ("文翥峥", "税源管理二股", "税收管理员", "general", [
            ("核定征收户定额调整随意", "一级风险", "定额调整经分局集体评议并公示。", "未发现问题"),
            ("泄露纳税人经营和涉税信息", "二级风险", "签订保密承诺书，查询留痕。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "分局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "samzhubze_first_branch_selfchecks", "https://www.ctaxnews.net.cn/paper/pc/con/202502/19/content_219478.html",
        "区税务局第一税务分局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市税务局 paper "
        "on 风险应对机制 (数据采集, 任务发布, 复核反馈, 风险应对): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 分局长意见：``",
        sheets, t,
    )  # fmt: skip


def samzhubze_jiangdang_tax_office_list() -> dict:
    unit = f"{PLACE}江当乡税务所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "陶嵘涟", "leader", "个体户定额核定人情定税", "制度机制", "高风险",
         "定额核定经所务会评议，张榜公示。"),
        ("所领导", "所长", "陶嵘涟", "leader", "违规为纳税人代开发票", "岗位职责", "中风险",
         "代开发票核验合同和付款凭证，逐笔登记。"),
        ("征收组", "征收员", "文蕤翎", "general", "代征税款收取不开完税凭证、截留税款", "业务流程", "高风险",
         "代征税款当日解缴，完税凭证联号使用。"),
        ("征收组", "征收员", "文蕤翎", "general", "发票领用、缴销审核不严", "思想道德", "低风险",
         "发票领用按需核定，缴销逐本查验。"),
        ("管理组", "税收管理员", "陶岚沚", "general", "对零散税源漏征漏管、收受好处", "外部环境", "中风险",
         "零散税源建立台账，所长每季度抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "samzhubze_jiangdang_tax_office_list", "http://lcvtdvie.cn/baoguang/finance/114470.html",
        "乡税务所 岗位廉政风险防控一览表, after the source's reporting on a 国税局 管理科长 虚开发票 (手写版 普通发票, 税金未入库, "
        "撤职调离): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def samzhubze_nierixiong_tax_office_register() -> dict:
    unit = f"{PLACE}聂日雄乡税务所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "文翚岑", "leader", [
            ("税收减免审核把关不严", "制度机制", "一级", "减免税资料所务会审核，报分局备案。"),
            ("农牧区个体户管户分配不公", "岗位职责", "二级", "管户按片区分配，定期轮换。"),
        ]),
        ("综合组", "会计", "陶珩翥", "general", [
            ("税款报解不及时，延压入库", "业务流程", "一级", "税款当日报解，每日与国库对账。"),
        ]),
        ("税源管理组", "税收管理员", "文昶峦", "general", [
            ("实地核查虚应故事，核查报告不实", "业务流程", "二级", "实地核查两人同行，照片附卷。"),
            ("接受管户吃请、收受土特产", "思想道德", "三级", "签订廉洁承诺书，接受群众监督。"),
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
        "samzhubze_nierixiong_tax_office_register", "https://www.51dxw.cn/show/76.html",
        "乡税务所 廉政风险点排查登记表, after the source's paper on 地税局 风险防控 (风险识别, 防控, 基层治理): a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    samzhubze_inspection_bureau_posts_exchanged(),
    samzhubze_tax_bureau_two_sheets(),
    samzhubze_risk_bureau_posts(),
    samzhubze_tax_service_centre_cards(),
    samzhubze_social_insurance_group_rows(),
    samzhubze_first_branch_selfchecks(),
    samzhubze_jiangdang_tax_office_list(),
    samzhubze_nierixiong_tax_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch949-inbox"))

"""The nine-hundred-and-twenty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's archives
bodies, 拉孜县 (日喀则市, 西藏自治区) — its 档案馆, 档案管理服务中心, 县委机要室, 县委党史研究室, 地方志编纂
办公室, 数字档案中心 and two 乡镇档案室 (曲下镇, 查务乡) — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 档案馆's 一览表 in TWO SHEETS: ``馆领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 数字档案中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 县委机要室's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 县委党史研究室's 清单 under GROUP ROWS ``一、室领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 地方志编纂办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 曲下镇档案室's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 查务乡档案室's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``lazi_archives_service_centre_card_receipts``: the 档案管理服务中心's 一览表 对岗不对人 (``序号 | 股室 |
  岗位 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 merged per post, 高/中/低, NO name column
  and no roster), whose holders are written only on a SECOND SHEET, ``签收登记``: the centre's
  ``岗位廉政风险防控卡发放签收登记表`` (``序号 | 股室 | 岗位 | 领卡人（签名） | 签收日期 | 备注``), one row a
  post, where the person holding each post signed for that post's card. The post's points are that
  signer's. The README's 读得懂的表 and docs/layouts.md know a post-only list keyed to a roster with
  an ``在岗情况`` column, a list whose last column ``岗位人员确认（签字、日期）`` is signed row by row, a
  ``二、个人风险`` table pointed to by a note, 岗位说明书 with 任职者, a 轮岗交流 register and a 任免
  line; they do not describe a card ISSUE-AND-RECEIPT register (发放签收登记表, 领卡人 and 签收日期)
  on another sheet naming who holds each post of a post-only list (no note points to it).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 档案行政处罚程序规定 — 档案
执法 检查, 立案, 处罚决定; a paper on 档案数字化服务外包 风险 — 外包服务商, 临时工, 涉密信息, 加工质量; a
文件的保密管理 page — 收发, 签收, 拆封, 登记, 借阅, 三密文件, 保密员; a county 党史 资料征集与出版 record —
走访, 回忆文稿, 大事记, 组织史资料; a county notice on 年鉴 编纂出版 — 史志办公室, 综合卷, 出版发行; a
paper on 乡镇档案管理 — 分工不清, 人员素质, 存放不当; a 档案管理操作与规范指南 — 调阅, 借阅审批, 销毁; a
paper on 档案数字化外包风险及对策 — 外包公司, 数字化加工, 档案实体安全) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 虞 and 裴 with rare given names); every unit is a body of 拉孜县.

Run ``python tests/published/score.py --set batch924`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the person who signed for a post's card (``领卡人（签名）``) holds that post: its
  points are his, one form a holder, with the 股室 and 岗位 of the list (the same in both sheets);
  ``签收日期`` and ``备注`` are no points and name no holder, the 签收 register is no table of points;
  the ``发放人`` of the sign-off line holds nothing;
- ``馆领导``, ``室领导``, ``中心领导`` and ``办领导`` (a 科室/部门 cell, a group row) are the 科室 of those
  leaders; the 档案馆's leaders (sheet ``馆领导``) and the cards' leaders have no 科室; a 股 or 科 is a
  科室; a group row ``二、征集编研科`` gives the 科室 ``征集编研科``; in the two 乡镇档案室 lists the
  部门/股室 cell is the 科室 as written (``档案室``, and ``综合办`` or ``财政所`` for a 兼职档案员 of another
  office of the township: the unit stays the 档案室 whose list it is);
- every body is a unit of its own: 馆长, 副馆长, 主任 and 副主任 are leaders; 股长, 科长 and a 乡镇
  档案室's 负责人 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 数字档案中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b924_"
PLACE = "拉孜县"
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

# (股室, 岗位, tier, [(廉政风险点, 风险等级, 防控措施)])
CENTRE_POSTS = [
    ("中心领导", "主任", "leader", [
        ("档案数字化外包项目选定服务商暗箱操作", "高", "外包项目进县公共资源交易平台，中心集体研究采购需求。"),
        ("外包合同履约验收走过场，按虚报工作量付款", "高", "验收按画幅、条目抽检，付款凭验收报告经集体审定。"),
    ]),
    ("中心领导", "副主任", "leader", [
        ("档案寄存、代管服务违规减免收费", "中", "收费标准公示，减免须经中心会议研究。"),
        ("接受外包公司宴请，放松现场监管", "中", "签订廉洁承诺书，现场检查两人以上同行。"),
    ]),
    ("综合股", "股长", "middle", [
        ("办公用品、装具采购化整为零规避审批", "中", "采购计划年初报批，三家比价留档。"),
    ]),
    ("业务股", "数字化监管员", "general", [
        ("放任外包人员私自拷贝、带出档案数据", "高", "加工场所封闭管理，存储介质登记，离场检查。"),
        ("加工质量抽检数据弄虚作假", "中", "抽检记录双人签字，中心每月复核。"),
    ]),
    ("利用服务股", "查档接待员", "general", [
        ("不审查利用者身份，违规提供未开放档案", "高", "查档凭身份证和介绍信登记，未开放档案经主任批准。"),
        ("出具档案证明收取好处或与原件不符", "低", "证明材料与原件核对，加盖中心印章前复核。"),
    ]),
]  # fmt: skip

# (股室, 岗位, 领卡人, 签收日期)
CENTRE_SIGNERS = [
    ("中心领导", "主任", "裴璆渟", "2025.3.10"),
    ("中心领导", "副主任", "虞珣涠", "2025.3.10"),
    ("综合股", "股长", "裴瑒峋", "2025.3.11"),
    ("业务股", "数字化监管员", "虞琛漪", "2025.3.11"),
    ("利用服务股", "查档接待员", "裴玘澂", "2025.3.12"),
]


def lazi_archives_service_centre_card_receipts() -> dict:
    unit = f"{PLACE}档案管理服务中心"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 12, 14, 40, 10, 38])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施")
    signer = {(d, p): who for d, p, who, _ in CENTRE_SIGNERS}
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in CENTRE_POSTS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, lv, measures)
            t.point(sh.name, dept, post, signer[(dept, post)], tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, "审核：", None, "2025年3月", None)
    reg = _Sheet("签收登记", [6, 12, 14, 16, 12, 16])
    _line(reg, f"{unit}岗位廉政风险防控卡发放签收登记表", 6)
    reg.add("序号", "股室", "岗位", "领卡人（签名）", "签收日期", "备注")
    for i, (dept, post, who, date) in enumerate(CENTRE_SIGNERS, 1):
        reg.add(i, dept, post, who, date, None)
    reg.add("发放人：综合股", None, None, "发放日期：2025年3月10日", None, None)
    return _layout(
        "lazi_archives_service_centre_card_receipts", "https://fx361.cc/page/2023/0315/23057082.shtml",
        "(harder) 县档案管理服务中心 岗位廉政风险防控一览表 对岗不对人, after the source's paper on 档案数字化外包风险及对策 "
        "(外包公司, 数字化加工, 档案实体与信息安全, 监管): sheet 一览表 ``序号 | 股室 | 岗位 | 廉政风险点 | 风险等级 | "
        "防控措施`` (股室 merged, 岗位 merged per post, 高/中/低, NO name column, no note), and a SECOND SHEET 签收登记, "
        "the centre's 岗位廉政风险防控卡发放签收登记表 ``序号 | 股室 | 岗位 | 领卡人（签名） | 签收日期 | 备注``, one row a "
        "post, the only place the holders are named; a 发放人 line",
        [sh, reg], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lazi_archives_two_sheets() -> dict:
    unit = f"{PLACE}档案馆"
    t = _Truth(unit)
    lead = _Sheet("馆领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}馆领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("虞瑷翀", "馆长", "主持全面工作", [
            ("档案行政执法检查中对违法行为说情、降低处罚", "一级", "处罚决定经馆务会集体审议，处罚结果公开。"),
            ("馆藏档案征集、收购价格个人说了算", "一级", "征集收购价格经专家评估，集体研究定价。"),
        ]),
        ("裴瑢岫", "副馆长", "分管档案接收、保管", [
            ("进馆档案接收把关不严，为移交单位降低要求", "二级", "接收按进馆标准逐卷检查，交接双方签字。"),
            ("档案销毁鉴定走过场，擅自销毁档案", "一级", "鉴定小组集体鉴定，销毁清册报批并两人监销。"),
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
        ("监督指导股", "股长", "虞璘霈", "middle", "档案执法检查立案不及时，选择性执法", "一级",
         "执法检查计划年初公布，立案情况每季度通报。"),
        ("监督指导股", "股长", "虞璘霈", "middle", "接受被检查单位宴请，检查意见打折扣", "二级", "检查两人以上，检查意见当场反馈并签字。"),
        ("综合股", "股长", "虞珑澍", "middle", "档案装具、密集架采购指定供应商", "二级", "采购按政府采购程序执行，结果公示。"),
        ("综合股", "会计", "裴琇蓁", "general", "档案征集经费报账审核不严", "二级", "报账单据三级审核，专项经费专账核算。"),
        ("综合股", "会计", "裴琇蓁", "general", "公务接待超标准列支", "三级", "接待凭公函和清单报销，每季度公开。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "lazi_archives_two_sheets", "http://m.jianbiaoku.com/webarbs/book/171915.shtml",
        "县档案馆 廉政风险防控一览表 in TWO SHEETS, after the source's 档案行政处罚程序规定 (档案执法 检查, 立案, 处罚决定, "
        "回避): sheet 馆领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def lazi_digital_archives_posts() -> dict:
    unit = f"{PLACE}数字档案中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "外包服务商选定", "数字化外包服务商选定中授意、打招呼", "制度机制风险", "高",
         "服务商经公开招标选定，中心集体研究。"),
        ("数据管理科", "科长", "middle", "数据库权限分配", "违规开设数据库账号，扩大知悉范围", "岗位职责风险", "高",
         "账号权限审批登记，每季度清理。"),
        ("数据管理科", "系统管理员", "general", "数据备份与迁移", "备份介质私自带离，数据外泄", "业务流程风险", "中",
         "备份介质专柜存放，借用登记。"),
        ("加工监管科", "监管员", "general", "外包加工现场监管", "外包临时工违规操作损毁档案实体，监管不报", "思想道德风险", "高",
         "加工现场视频监控，每日交接清点。"),
        ("加工监管科", "监管员", "general", "加工质量验收", "收受外包公司好处，降低验收标准", "外部环境风险", "中",
         "验收抽检比例不低于5%，两人签字。"),
        ("综合科", "文书", "general", "印章使用", "未经审批使用中心印章", "业务流程风险", "低",
         "用印登记，主任签批后方可用印。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "lazi_digital_archives_posts", "http://www.handmsg.com/page/2020/1210/7316003.shtml",
        "县数字档案中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on 档案数字化服务外包 风险 (外包服务商, 临时工, "
        "涉密信息, 加工质量, 诚信): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def lazi_confidential_office_cards() -> dict:
    unit = f"{PLACE}委机要室"
    t = _Truth(unit)
    cards = [
        ("主任", "虞瑄岚", "主任", "主持机要室全面工作", "leader", [
            ("“三密”文件传阅范围擅自扩大", "★★★", "传阅按发文机关规定范围，传阅登记逐人签字。"),
            ("涉密文件清退、销毁不登记", "★★★", "清退销毁登记造册，两人监销。"),
            ("接受他人请托透露文件内容", "★", "严守保密纪律，节前廉洁提醒。"),
        ]),
        ("副主任", "裴璐翯", "副主任", "分管文件收发、机要交通", "leader", [
            ("机要文件收发签收手续不全", "★★", "收发逐件登记，签收单存档备查。"),
            ("私自复印翻印涉密文件", "★★", "复制须经主任审批，在内部文印室完成。"),
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
        "lazi_confidential_office_cards", "https://www.aqrzj.com/docdown/153728.html",
        "县委机要室 领导干部廉政风险防控卡, one sheet a leader, after the source's 文件的保密管理 (收发, 签收, 拆封, 登记, 借阅, "
        "“三密”文件, 保密员, 清理移交): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def lazi_party_history_group_rows() -> dict:
    unit = f"{PLACE}委党史研究室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、室领导", "室领导", [
            ("主任", "虞珈澔", "leader", [
                ("党史书籍出版印刷单位选定个人说了算", "一级风险", "印刷单位比选确定，室务会集体研究。"),
                ("党史资料征集经费安排不公开", "二级风险", "征集经费年初预算，使用情况室内公开。"),
            ]),
        ]),
        ("二、征集编研科", "征集编研科", [
            ("科长", "裴璿沚", "middle", [
                ("走访征集虚报人次，套取劳务费", "二级风险", "走访记录附照片和签名，财务核对。"),
            ]),
            ("科员", "虞琰沨", "general", [
                ("回忆文稿稿酬发放不按标准", "二级风险", "稿酬按标准核定，室领导审签。"),
                ("征集的党史资料私自留存", "三级风险", "征集资料当日登记入库。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("会计", "裴琬溱", "general", [
                ("组织史资料编印费报销票据不实", "二级风险", "报销附合同、验收单，两人审核。"),
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
        "lazi_party_history_group_rows", "https://shandong-chorography.org/database/ch4/section/1/article/525/",
        "县委党史研究室 廉政风险防控责任清单 under GROUP ROWS, after the source's county record of 党史 资料征集与出版 (走访, "
        "回忆文稿, 大事记, 组织史资料, 编辑出版): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、室领导``, ``二、征集编研科``, ``三、综合科`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def lazi_gazetteer_office_selfchecks() -> dict:
    unit = f"{PLACE}地方志编纂办公室"
    t = _Truth(unit)
    people = [
        ("裴珞渼", "办领导", "主任", "leader", [
            ("年鉴、志书出版发行单位选定不公开", "Ⅰ级", "出版单位比选确定，办务会集体研究。", "已落实"),
            ("编纂经费使用个人审批", "Ⅱ级", "经费支出集体研究，大额支出报县财政。", "未发现问题"),
        ]),
        ("虞瑾洳", "年鉴编辑科", "编辑", "general", [
            ("收受供稿单位好处，夸大供稿单位业绩", "Ⅰ级", "条目经三审定稿，供稿单位盖章确认。", "已落实"),
            ("图片、资料使用费虚报", "Ⅲ级", "使用费按合同支付，附授权书。", "已落实"),
        ]),
        ("裴瑛淏", "综合科", "出纳", "general", [
            ("年鉴发行款不及时入账", "Ⅰ级", "发行款当日入账，每月对账。", "未发现问题"),
            ("稿酬现金发放不签收", "Ⅱ级", "稿酬转账发放，签收表存档。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lazi_gazetteer_office_selfchecks", "https://shandong-chorography.org/database/c16/section/1/article/195/",
        "县地方志编纂办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's county notice on "
        "年鉴 综合卷 编纂出版 (史志办公室, 供稿, 出版发行, 经费): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def lazi_quxia_town_archives_list() -> dict:
    unit = f"{PLACE}曲下镇档案室"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("档案室", "负责人", "虞璠湉", "middle", "档案归口管理分工不清，推诿应收未收", "制度机制", "中风险",
         "明确各办站所归档责任，年底集中归档。"),
        ("档案室", "负责人", "虞璠湉", "middle", "土地承包、扶贫档案出借不登记", "岗位职责", "高风险",
         "出借经负责人审批，限期归还。"),
        ("档案室", "档案员", "裴琦潆", "general", "为他人查阅民生档案收取好处", "思想道德", "高风险",
         "查档登记，凭证件办理。"),
        ("档案室", "档案员", "裴琦潆", "general", "档案存放不当造成损毁不报告", "业务流程", "低风险",
         "库房温湿度每日记录，每月检查。"),
        ("综合办", "兼职档案员", "虞珺沄", "general", "归档材料补做、改动", "外部环境", "中风险",
         "归档材料原件归档，不得补做改动。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "负责人（签字）：", None, None)
    return _layout(
        "lazi_quxia_town_archives_list", "http://91fabiao.com/zazhi/8123672.html",
        "镇档案室 岗位廉政风险防控一览表, after the source's paper on 乡镇档案管理 (分工不清, 职责不明, 管理人员素质, 存放不当): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/负责人（签字） line",
        [sh], t,
    )  # fmt: skip


def lazi_chawu_township_archives_register() -> dict:
    unit = f"{PLACE}查务乡档案室"
    sh = _Sheet("登记表", [6, 12, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("档案室", "负责人", "裴珽淇", "middle", [
            ("档案调阅审批把关不严", "制度机制", "一级", "调阅填写申请表，负责人审批。"),
            ("档案销毁未经鉴定", "岗位职责", "二级", "销毁前鉴定登记，报乡党委审批。"),
        ]),
        ("档案室", "档案员", "虞瑭浠", "general", [
            ("借阅档案逾期不催还", "业务流程", "二级", "借阅台账每月清理。"),
        ]),
        ("财政所", "兼职档案员", "裴琮沄", "general", [
            ("会计档案移交不完整", "业务流程", "一级", "移交清册双方签字。"),
            ("私自复制会计档案", "思想道德", "三级", "复制须经所长批准，登记在册。"),
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
        "lazi_chawu_township_archives_register", "http://www.boteman.cn/paper/506733210.html",
        "乡档案室 廉政风险点排查登记表, after the source's 档案管理操作与规范指南 (调阅与借阅审批, 调阅记录与归还, 销毁, 保密): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lazi_archives_service_centre_card_receipts(),
    lazi_archives_two_sheets(),
    lazi_digital_archives_posts(),
    lazi_confidential_office_cards(),
    lazi_party_history_group_rows(),
    lazi_gazetteer_office_selfchecks(),
    lazi_quxia_town_archives_list(),
    lazi_chawu_township_archives_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch924-inbox"))

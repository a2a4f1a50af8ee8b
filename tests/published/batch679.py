"""The six-hundred-and-seventy-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's tax bodies,
陈巴尔虎旗 (of 呼伦贝尔市, 内蒙古自治区) — its 税务局 (机关), 稽查局, 办税服务厅, 第一税务所, 第二税务所
and its 税务分局/税务所 in the 镇 and 苏木 (宝日希勒, 呼和诺尔, 东乌珠尔) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 税务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 宝日希勒税务分局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 稽查局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row
  of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 呼和诺尔税务分局's 责任清单 under GROUP ROWS ``一、分局领导`` … ``三、纳税服务组`` merged across (no
  股室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 第一税务所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 第二税务所's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 东乌珠尔税务所's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``chenbaerhu_tax_hall_board_signed_foot``: the 办税服务厅's 岗位廉政风险公示牌 typed into Excel, POSTS
  ACROSS (one column a window post: ``岗　位 | 厅长 | 副厅长 | 综合服务岗 | 综合服务岗 | 发票管理岗``), a
  ``主要职责`` row, then ONE ROW A LEVEL (``高风险 | 中风险 | 低风险`` in the label column), each cell the
  column's point of that level (``/`` where none), a ``防控措施`` row, and the holders' NAMES ONLY IN THE
  CLOSING ROW ``责任人（签字）`` under each column — no 姓名 row at the top; the two 综合服务岗 columns are
  told apart only by the names in that foot row. The README's 读得懂的表 knows the 公示栏 with 岗位, 姓名
  and 主要职责 written across in its FIRST rows and a level a row, and post columns whose heading
  carries the name (``村文书⏎漆语桐``); it does not describe a board whose holders stand only in a
  signature row closing the columns, below the 防控措施 row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 办税服务规范 — 服务环境, 外部标识,
办税服务场所; a 清廉税务建设行动方案 — 权力运行, 制度执行, 监督机制; a piece on 税务干部 的 服务、监管、
执法 能力 — 纳税人需求, 精准服务; a paper on 税务执法风险 内部控制 — 应收尽收, 过头税费, 执法全过程记录;
a 文明办税 “八公开” — 税法宣传, 社会监督台, 局长接待日; a 税务稽查局 内部控制制度 — 案源, 检查, 审理,
执行 环节的风险点; a piece on a 税务局 副局长 — 减免审批, 税款核定, 发票管理; a 税务稽查 执行环节 指南 —
送达, 欠税追缴, 强制执行) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 简 and 寇 with rare
given names); every unit is a body of 陈巴尔虎旗.

Run ``python tests/published/score.py --set batch679`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each column is one form: its post from the ``岗　位`` row, its holder from the
  ``责任人（签字）`` row under it, its points the cells of the 高风险/中风险/低风险 rows (levels 1/2/3),
  ``/`` none; ``主要职责`` and ``防控措施`` are no points; no 科室 (the board names none); the
  监督电话 line is no point;
- ``局领导``, ``分局领导``, ``所领导``, ``稽查局领导`` (a sheet, a group row, a 股室 cell) are the 科室 of
  those leaders; the 税务局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no
  科室; a 税务局's or a 所's 股 and a 分局's 组 are 科室; a group row ``二、税源管理组`` gives the 科室
  ``税源管理组`` (its number left off);
- every 分局, 所, the 稽查局, the 办税服务厅 and the 税务局 are units of their own: 局长, 副局长, 纪检组长,
  分局长, 所长, 副所长, 厅长 and 副厅长 are leaders; 股长 and 组长 middle; the rest (科员, 税收管理员,
  办税员, 征收员, 会计, 检查员, 审理员, 综合服务岗, 发票管理岗) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 宝日希勒税务分局's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低, ``高风险/中风险/低风险`` are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b679_"
PLACE = "陈巴尔虎旗"
BUREAU = f"{PLACE}税务局"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the window posts across: (post, holder in the foot row, tier, 主要职责, 防控措施)
BOARD = [
    ("厅长", "简翾岫", "leader", "主持办税服务厅全面工作",
     "退税、减免事项按权限集体审核，办理情况每月公开；采购三家比价。"),
    ("副厅长", "寇沨琤", "leader", "分管投诉处理、窗口排班",
     "投诉举报登记台账，限时办结；排班表在厅内公示。"),
    ("综合服务岗", "简玙淏", "general", "发票代开、非正常户解除",
     "代开发票凭合同、付款凭证办理，系统留痕；不得推荐中介。"),
    ("综合服务岗", "寇珝泠", "general", "税务注销、税款征收",
     "注销事项按清税流程办理；税款当日入库，日清日结。"),
    ("发票管理岗", "简澂翀", "general", "发票领用、缴销",
     "调整发票数量、限额经风险评估和集体审核。"),
]  # fmt: skip

# (level label, one cell per BOARD column; "/" none)
BANDS = [
    ("高风险", [
        "对退税、减免事项把关不严，为关系户开“绿色通道”",
        "纳税人投诉举报压案不办、私下调解",
        "为纳税人违规代开发票",
        "为不符合条件的纳税人违规办理税务注销",
        "违规增加发票领用数量或提高开票限额",
    ]),
    ("中风险", [
        "办税服务厅设备、耗材采购不比价",
        "窗口人员排班、轮岗优亲厚友",
        "违规办理非正常户解除",
        "收取的现金税款不及时入库",
        NONE,
    ]),
    ("低风险", [
        "接受纳税人宴请、礼品",
        NONE,
        "向纳税人推荐涉税中介机构",
        NONE,
        "发票缴销、作废审核走过场",
    ]),
]  # fmt: skip


def chenbaerhu_tax_hall_board_signed_foot() -> dict:
    unit = f"{BUREAU}办税服务厅"
    n = len(BOARD)
    ncols = 1 + n
    sh = _Sheet("公示牌", [12] + [24] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险公示牌", ncols)
    sh.add("岗　位", *[post for post, *_ in BOARD])
    sh.add("主要职责", *[duty for _p, _w, _t, duty, _m in BOARD])
    for label, cells in BANDS:
        sh.add(label, *cells)
    sh.add("防控措施", *[measures for *_x, measures in BOARD])
    sh.add("责任人（签字）", *[who for _p, who, *_x in BOARD])
    _line(sh, f"监督电话：12366{GAP * 4}{BUREAU}纪检组：0470-6321×××", ncols)
    # the truth one form a column, in the columns' order
    for j, (post, who, tier, _duty, _measures) in enumerate(BOARD):
        for label, cells in BANDS:
            if cells[j] != NONE:
                t.point(sh.name, "", post, who, tier, cells[j], [], HIGHS[label])
    return _layout(
        "chenbaerhu_tax_hall_board_signed_foot", "https://m.bdocx.com/doc/3248898.html",
        "(harder) 旗税务局 办税服务厅 岗位廉政风险公示牌 typed into Excel, after the source's 办税服务规范 (服务环境, 外部"
        "标识, 办税服务场所, 服务制度): a title, POSTS ACROSS — ``岗　位 | 厅长 | 副厅长 | 综合服务岗 | 综合服务岗 | "
        "发票管理岗`` — a ``主要职责`` row, then ONE ROW A LEVEL (``高风险``, ``中风险``, ``低风险`` in the label column), "
        "each cell that column's point of the level (``/`` none), a ``防控措施`` row, and the holders' NAMES ONLY in the "
        "closing row ``责任人（签字）`` under each column (no 姓名 row at the top; the two 综合服务岗 told apart only "
        "there); a merged 监督电话 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chenbaerhu_tax_bureau_two_sheets() -> dict:
    unit = BUREAU
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 10, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("寇翊岚", "局长", "主持全面工作", [
            ("干部选拔任用、评先评优个人说了算", "一级", "干部任用经党委会集体研究，结果公示。"),
            ("大额税款退库、核销事项违规干预", "一级", "退库核销按权限集体审议，纪检组全程监督。"),
        ]),
        ("简琤湄", "副局长", "分管征收管理、纳税服务", [
            ("违规批准延期缴纳税款", "一级", "延期缴纳按规定报上级审批，资料存档备查。"),
            ("对定额核定调整打招呼、说情", "二级", "定额调整经集体评议，结果张榜公示。"),
        ]),
        ("寇岍澍", "纪检组长", "分管纪检监察、内控", [
            ("问题线索处置不及时、压案不查", "二级", "线索集体排查，处置情况向上级纪检机构报告。"),
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
        ("征收管理股", "股长", "简霈沅", "middle", "非正常户认定和解除审核把关不严", "一级",
         "认定解除按流程双人复核，系统留痕。"),
        ("征收管理股", "股长", "简霈沅", "middle", "欠税公告漏报、少报", "二级", "欠税公告按季度核对后发布。"),
        ("征收管理股", "科员", "寇瑀汀", "general", "征管数据修改不履行审批手续", "二级", "数据修改经股长审批并登记。"),
        ("法制股", "股长", "简湉珩", "middle", "重大执法决定法制审核走过场", "一级", "法制审核意见书面出具，集体审理。"),
        ("财务管理股", "会计", "寇渟璆", "general", "经费报销审核不严，虚列支出", "二级", "报销单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "chenbaerhu_tax_bureau_two_sheets", "https://www.renrendoc.com/paper/506665119.html",
        "旗税务局 廉政风险防控一览表 in TWO SHEETS, after the source's 清廉税务建设行动方案 (权力运行, 制度执行, 监督机制, "
        "执法风险): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def chenbaerhu_baorixile_branch_posts() -> dict:
    unit = f"{BUREAU}宝日希勒税务分局"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("分局领导", "分局长", "leader", "煤炭企业税源监管", "对矿区煤炭企业漏征漏管不闻不问，收受好处", "外部环境风险",
         "高", "重点税源企业集体评议，定期轮换管户人员。"),
        ("税源管理组", "组长", "middle", "纳税评估", "纳税评估结论不按规定审核，以评代查", "业务流程风险", "高",
         "评估结论经集体审议，移交稽查标准公开。"),
        ("税源管理组", "组长", "middle", "定额核定", "个体户定额核定随意调整", "制度机制风险", "中",
         "定额调整经典型调查，结果公示。"),
        ("税源管理组", "税收管理员", "general", "户籍巡查", "巡查走过场，应收未收", "岗位职责风险", "中",
         "巡查记录留痕，每季度交叉抽查。"),
        ("纳税服务组", "办税员", "general", "优惠备案", "税收优惠备案资料审核不严", "岗位职责风险", "中",
         "备案资料双人核对，系统比对。"),
        ("纳税服务组", "办税员", "general", "涉税资料", "泄露纳税人涉税信息", "思想道德风险", "低",
         "涉税资料专柜存放，调阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "chenbaerhu_baorixile_branch_posts", "https://m.fx361.cc/news/2022/1103/10727767.html",
        "旗税务局 镇税务分局 岗位廉政风险点排查表 对岗不对人, after the source's paper on 税务执法风险 内部控制 (应收尽收, "
        "过头税费, 执法全过程记录, 事前预警): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def chenbaerhu_inspection_bureau_selfchecks() -> dict:
    unit = f"{BUREAU}稽查局"
    t = _Truth(unit)
    people = [
        ("寇昶瑗", "稽查局领导", "副局长", "leader", [
            ("随意变更稽查对象，选案不按计划", "Ⅰ级", "案源按“双随机、一公开”分配，变更经集体审批。", "已落实"),
            ("违规撤销案源或中止检查", "Ⅱ级", "撤销、中止案件报局务会审议。", "未发现问题"),
        ]),
        ("简珂澴", "检查股", "检查员", "general", [
            ("检查中接受被查对象宴请、财物", "Ⅰ级", "检查实行两人以上，签订廉洁承诺。", "已落实"),
            ("证据取得不合法或故意遗漏", "Ⅱ级", "执法记录仪全程记录。", "已落实"),
        ]),
        ("寇翯沚", "审理股", "审理员", "general", [
            ("处罚裁量不按基准，畸轻畸重", "Ⅰ级", "严格执行裁量基准，重大案件集体审理。", "未发现问题"),
            ("审理意见泄露给被查对象", "Ⅲ级", "审理资料专人保管，审理会议记录存档。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chenbaerhu_inspection_bureau_selfchecks", "https://guanchang.qwyd.net/caishuifagui/1552724628304788_2.html",
        "旗税务局 稽查局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 税务稽查 内部"
        "控制制度 (案源, 检查, 审理, 执行 环节的风险点): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 局长意见：``",
        sheets, t,
    )  # fmt: skip


def chenbaerhu_huhenuoer_branch_group_rows() -> dict:
    unit = f"{BUREAU}呼和诺尔税务分局"
    sh = _Sheet("责任清单", [6, 11, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、分局领导", "分局领导", [
            ("分局长", "寇淏岑", "leader", [
                ("牧区个体户定期定额调整不经集体研究", "一级风险", "定额调整经分局集体评议，张榜公示。"),
                ("局长接待日反映的问题不登记、不处理", "二级风险", "接待事项登记台账，限时答复。"),
            ]),
        ]),
        ("二、税源管理组", "税源管理组", [
            ("组长", "简沄珣", "middle", [
                ("对企业申报异常不按规定核实", "二级风险", "异常数据逐户核实，结果录入系统。"),
            ]),
            ("税收管理员", "寇琇岷", "general", [
                ("收取纳税人好处费，帮助少报税款", "一级风险", "管户定期轮换，实行交叉检查。"),
                ("为纳税人指定代理记账机构", "三级风险", "严禁指定中介，公开举报电话。"),
            ]),
        ]),
        ("三、纳税服务组", "纳税服务组", [
            ("办税员", "简岙湉", "general", [
                ("办税“八公开”事项不公开或公开不及时", "三级风险", "公开内容上墙上网，每月更新。"),
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
        "chenbaerhu_huhenuoer_branch_group_rows", "https://xiexiebang.com/a9/2019051420/51bbf8d816eec8a3.html",
        "旗税务局 镇税务分局 廉政风险防控责任清单, after the source's 文明办税 “八公开” (税法宣传, 社会监督台, 局长接待日): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、分局领导``, ``二、税源管理组``, ``三、纳税服务组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def chenbaerhu_first_tax_office_cards() -> dict:
    unit = f"{BUREAU}第一税务所"
    t = _Truth(unit)
    cards = [
        ("所长", "简翀岙", "所长", "主持税务所全面工作", "leader", [
            ("重点税源企业服务中搞“特殊照顾”", "★★★", "重点企业服务事项集体研究，全程留痕。"),
            ("税收执法检查中选择性执法", "★★★", "执法检查对象随机抽取，结果公开。"),
            ("接受管户企业的礼品礼金", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副所长", "寇璆翎", "副所长", "分管纳税服务、征收管理", "leader", [
            ("纳税人需求响应不及时，故意刁难", "★★", "需求登记、限时办结，纳税人满意度回访。"),
            ("违规调整纳税信用评价结果", "★★", "信用评价调整经集体审核，系统比对。"),
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
        "chenbaerhu_first_tax_office_cards",
        "https://www.hkyyi.com/html/shui-wu-gan-bu-ti-sheng-si-zhong-neng-li-ying-dui-fu-za-tiao-zhan-you-hua-fu-wu-jian-guan-zhi-fa-yu.html",
        "旗税务局 第一税务所 领导干部廉政风险防控卡, one sheet a leader, after the source's piece on 税务干部 的 服务、监管、"
        "执法 能力 (纳税人需求响应, 精准服务, 选择性执法): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def chenbaerhu_second_tax_office_list() -> dict:
    unit = f"{BUREAU}第二税务所"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "简澍岚", "leader", "违规审批减免税，为企业谋利", "岗位职责", "高风险",
         "减免税审批按权限集体审议，结果公开。"),
        ("所领导", "所长", "简澍岚", "leader", "插手干预税款核定", "思想道德", "中风险",
         "核定事项全程留痕，严禁领导干部打招呼。"),
        ("税源管理股", "股长", "寇岚昉", "middle", "税款核定依据不充分，人为调低税额", "业务流程", "高风险",
         "核定依据存档，股内交叉复核。"),
        ("税源管理股", "税收管理员", "简沚琰", "general", "漏管户清理不到位，应登未登", "制度机制", "中风险",
         "漏管户与市场监管信息每月比对。"),
        ("综合股", "会计", "寇沅翾", "general", "代收税款票证保管不善", "业务流程", "低风险",
         "票证专柜存放，定期盘点。"),
        ("纳税服务股", "办税员", "简岑瑀", "general", "发票领用审核不严", "外部环境", "中风险",
         "发票领用按信用等级核定，异常领票预警。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "chenbaerhu_second_tax_office_list",
        "https://www.hkyyi.com/html/mei-zhou-shui-wu-fu-ju-zhang-she-xian-yan-zhong-wei-ji-wei-fa-jie-shou-diao-cha-pou-xi-shui-wu-xi-to.html",
        "旗税务局 第二税务所 岗位廉政风险防控一览表, after the source's piece on a 税务局 副局长 (减免审批, 税款核定, 发票管理, "
        "熟人社会): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def chenbaerhu_dongwuzhuer_office_register() -> dict:
    unit = f"{BUREAU}东乌珠尔税务所"
    sh = _Sheet("登记表", [6, 12, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "寇湘珺", "leader", [
            ("欠税追缴不力，违规同意缓缴", "制度机制", "一级", "欠税追缴情况按月通报，缓缴报批。"),
            ("强制执行措施随意采取或解除", "岗位职责", "二级", "强制执行经集体审议，法制审核。"),
        ]),
        ("征收股", "股长", "简珣澂", "middle", [
            ("税务文书送达不规范，延误执行", "业务流程", "二级", "送达回证存档，邮寄送达留存凭证。"),
        ]),
        ("征收股", "征收员", "寇霂翎", "general", [
            ("牧民个体户税款收取不开票", "思想道德", "一级", "税款一律开具完税凭证，公开监督电话。"),
            ("入库税款延压", "业务流程", "三级", "税款日清日结。"),
        ]),
        ("管理股", "税收管理员", "简琰沨", "general", [
            ("对管户企业违规行为隐瞒不报", "外部环境", "一级", "管户轮换，交叉检查。"),
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
        "chenbaerhu_dongwuzhuer_office_register",
        "https://www.seridoat.com/article/shui-wu-ji-cha-zhi-xing-huan-jie-xin-xi-tou-ming-hua-yu-gui-fan-hua-cao-zuo-zhi-nan.html",
        "旗税务局 苏木税务所 廉政风险点排查登记表, after the source's 税务稽查 执行环节 指南 (送达, 欠税追缴, 强制执行): a "
        "title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chenbaerhu_tax_hall_board_signed_foot(),
    chenbaerhu_tax_bureau_two_sheets(),
    chenbaerhu_baorixile_branch_posts(),
    chenbaerhu_inspection_bureau_selfchecks(),
    chenbaerhu_huhenuoer_branch_group_rows(),
    chenbaerhu_first_tax_office_cards(),
    chenbaerhu_second_tax_office_list(),
    chenbaerhu_dongwuzhuer_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch679-inbox"))

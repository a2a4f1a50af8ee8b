"""The four-hundred-and-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育 and 文旅
bodies, 武功县 (a county of 咸阳 on the 渭河 and the 漆水河, its staff Han) — the 县教育局, the
武功中学, the 普集镇中心学校, the 县文化和旅游局, the 县文化馆, the 县文化市场综合执法大队, the
长宁镇中心学校 and the 县图书馆 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its
staff typed in WPS or Excel:

- the 教育局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type
  column, a 制表/审核/date line under each;
- the 武功中学's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``处室`` merged
  (``校领导``, ``总务处``, ``教务处``, ``政教处``), ``岗位`` and ``姓名`` merged per person, short types,
  高/中/低, a 填表人/审核人/date line;
- the 普集镇中心学校's 自查表, one sheet a person (tabs named by the holder): ONE row of pairs
  ``姓　名 | … | 岗　位 | …`` above ``序号 | 岗位职责 | 风险点 | 风险类型 | 风险等级 | 防控措施``
  (``岗位职责`` merged over its points), ``…风险`` types, ``一级/二级/三级``, ``本人签名： | … | 校长审核：``;
- the 文化和旅游局's 责任清单 under GROUP ROWS ``一、局领导``, ``二、文化艺术股``,
  ``三、旅游市场管理股``, ``四、办公室`` merged across (no 股室 column): ``岗位 | 责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 文化馆's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 文化市场综合执法大队's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … |
  职　务 | …`` over ``所在中队 | … | 执法证号 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 大队长（签字）：``;
- the 长宁镇中心学校's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out on
  EVERY row (nothing merged): ``部门 | 岗位 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 责任人`` with the
  holder in a LAST ``责任人`` column, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``wugong_library_cards_in_two_parts``: the 图书馆's 岗位廉政风险防控卡, one sheet a holder (tabs
  named by the post: 馆长, 副馆长, 采编部主任, 借阅部管理员), each card an ordinary one — a title, ``编号：…``,
  ``姓　名 | … | 岗　位 | …`` over ``所在部门 | … | 填卡日期 | …``, ``序号 | 风险点 | 风险等级 | 防控措施``
  with 高/中/低, a line under it — but PRINTED AS A FORM IN TWO PARTS (一式两联) SIDE BY SIDE ON THE ONE
  SHEET: the left part (columns A–D) headed ``第一联　存根（馆党支部留存）`` and closed by ``持卡人签收：``,
  the right part (columns F–I) headed ``第二联　持卡人联（本人留存）`` and closed by ``监督电话：12388``,
  the two parts cell for cell THE SAME CARD (the same 编号, holder, post, 部门, points, levels and
  measures), and between them column E one cell merged from the first row to the last, ``骑\\n缝\\n线``
  (where the 骑缝章 is stamped across the cut). The holder has one card: the right part is the copy
  he keeps, the left the stub the 党支部 keeps, so each point is ONE point of ONE form, not two. The
  shape is about how the sheet is arranged (the same table twice, side by side, for cutting), not
  about any cell. The README's 读得懂的表 knows side-by-side tables of DIFFERENT holders or levels on
  one row (``同一行上并排的两张表分开读``, a sheet of cards two across and three down, ``高风险点 |
  中风险点 | 低风险点`` blocks of one holder), a wide table printed in two halves (``TABLE_HALVES``,
  ``SHEET_JOINED``), a left/right two-column print of ONE long table whose right column goes on
  where the left stops, a card's front and back, a hidden sheet repeating a shown one
  (``SHEET_HIDDEN_SET_ASIDE``), a ``汇总（公示）`` sheet repeating the others (``SHEET_SUMMARY``) and
  several tables of one post on one sheet merged into one; it does not describe the SAME card
  printed twice side by side as a stub and a holder's part, to be read once (no earlier batch
  writes one: ``grep -l '一式两联\\|第一联\\|第二联\\|持卡人联\\|骑缝线' tests/published/*.py`` finds
  only batch359, where ``一式两联`` is a word in a measure, ``寄存凭条一式两联``; ``存根`` in earlier
  batches is likewise only a word in a point or a measure, ``票据存根``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the internal units of a 区教育局 —
办公室, 人事教师股, 计划财务, teachers' recruitment, 职称 and training; a 中高考考务费 rule — who collects,
what it may pay for, 监考 and 阅卷 劳务, 票据; a forum thread on the 乡镇中心校 — a 校长, 会计, 报账员 and
校建干事 who keep the 公用经费 of every 村小 on the 中心校's account; a 文体和旅游局's 法治 report —
假日市场, 双随机、一公开, 执法公示, 物品证据管理, 没收物品销毁; a 文化馆管理办法 — 群众文化活动, 辅导培训,
非物质文化遗产, 设施不得挪用; a piece on 文化执法 新招 — 节前检查, 网吧, 歌舞娱乐场所, 旅行社, 执法技能;
an account of the 乡镇中心校 as the 镇's school office — 校长, 副校长, 调配老师, 职称评聘, 公用经费; a
library's 各部门职责 — 馆长, 副馆长, 采编 (采购, 编目), 流通 (借还书台), 读者服务, 行政办公室) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names, three characters each); every
unit is a body of 武功县, named with the county's name.

Run ``python tests/published/score.py --set batch402`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- the harder file's two parts are one card: one form a sheet (the holder, his post, his 部门), its
  points once each, their levels from the card (both parts agree); ``第一联　存根（…）``, ``第二联
  持卡人联（…）``, ``编号：…``, ``骑缝线``, ``持卡人签收：`` and ``监督电话：…`` are no points and name no
  holder; the 所在部门 ``馆领导`` is the 科室 of the 馆长 and 副馆长, ``采编部`` and ``借阅部`` are 科室;
- ``局领导`` (the 教育局's sheet of its leaders, named so by its tab and title; the 文旅局's group row),
  ``校领导`` (the 武功中学's 处室 cell), ``学校领导`` (the 长宁镇中心学校's 部门 cell), ``馆领导`` (the
  文化馆's 部室 cell and the 图书馆's 所在部门) and ``大队部`` (the 执法大队's 所在中队 of its 大队长) are
  the 科室 of those leaders; a 局's 股 and 办公室, a school's 处 and 教导处, a 馆's 部, a 大队's 中队 are
  科室; a group row ``二、文化艺术股`` gives the 科室 ``文化艺术股`` (its number left off);
- the 普集镇中心学校 and the 长宁镇中心学校 are units of their own (the 镇's school office, not a part of
  the 镇 government): the self-checks name no 科室, and their 校长 and 副校长 are leaders;
- 局长, 副局长, a school's 校长 and 副校长, a 馆's 馆长 and 副馆长, the 大队长 are leaders; 股长,
  办公室主任, a 处's 主任, 教导主任, 总务主任, a 部's 主任, 中队长 middle; the rest (科员, 会计, 报账员,
  校建干事, 辅导员, 执法队员, 管理员, 借阅部管理员) general;
- ``风险点 | 风险表现`` (the 文化馆's list): the point is the short 风险点; ``分管工作``, ``岗位职责``,
  ``职责事项`` and ``执法证号`` are no points and name no holder; the 文化馆's list names no person: its
  forms are posts (对岗不对人); the 长宁镇中心学校's last ``责任人`` column is the holder of the post on
  its row;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 长宁镇中心学校's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch398).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b402_"
PLACE = "武功县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年7月"


# --------------------------------------------------------------------------- harder layout

TWO_PARTS_NAME = "wugong_library_cards_in_two_parts"
TWO_PARTS_UNIT = f"{PLACE}图书馆"
PART_WIDTH = 4  # columns A–D and F–I
SEAM = PART_WIDTH  # column E
PARTS = ("第一联　存根（馆党支部留存）", "第二联　持卡人联（本人留存）")
PART_ENDS = (("持卡人签收：", None, "年　月　日", None), ("监督电话：12388", None, None, None))
SEAM_TEXT = "骑\n缝\n线"
CARD_HEAD = ("序号", "风险点", "风险等级", "防控措施")

# (tab = 岗位, 姓名, 所在部门, tier, 编号, [(风险点, 等级, 防控措施)])
TWO_PARTS_CARDS = [
    ("馆长", "蓟濉玚", "馆领导", "leader", "武图廉卡〔2025〕01号", [
        ("年度购书经费分配和大额采购不经馆务会集体研究", "高", "购书计划和大额采购经馆务会研究，会议纪要存档。"),
        ("图书馆总分馆建设项目中指定施工、供货单位", "高", "项目按规定进场交易，验收邀请县文旅局参加。"),
        ("职称推荐、评优评先中优亲厚友", "中", "推荐条件和结果全馆公示五个工作日。"),
    ]),
    ("副馆长", "宓澧玥", "馆领导", "leader", "武图廉卡〔2025〕02号", [
        ("阅读推广活动经费虚列、套取", "中", "活动事前预审、事后结报，票据与活动记录逐项核对。"),
        ("馆舍设备维修化整为零，指定维修单位", "中", "维修项目比价选定，结果馆内公示。"),
        ("接受供应商、服务商宴请和礼品", "低", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("采编部主任", "敖泷琬", "采编部", "middle", "武图廉卡〔2025〕03号", [
        ("图书采购中倾向特定书商，收受回扣", "高", "采购书目集体审定，书商按政府采购结果确定。"),
        ("验收时对复本超标、盗版图书放行", "中", "到书验收双人核对清单，问题图书退货登记。"),
        ("编目数据录入不实，虚增馆藏", "低", "编目数据每季度抽查，与财务账核对。"),
    ]),
    ("借阅部管理员", "俟湉琇", "借阅部", "general", "武图廉卡〔2025〕04号", [
        ("读者证押金收退不入账", "中", "押金统一由系统收退，每日与财务对账。"),
        ("逾期、损坏赔偿款收取后不开票据", "中", "赔偿一律开具票据，月底核对系统记录。"),
        ("私自将剔旧图书变卖", "低", "剔旧图书登记造册，处置经馆务会研究。"),
    ]),
]  # fmt: skip


def _card_part(post, who, dept, number, points, part) -> list[list]:
    """One part of the card, PART_WIDTH cells a row, as both parts write it."""
    rows = [
        [f"{TWO_PARTS_UNIT}岗位廉政风险防控卡", None, None, None],
        [PARTS[part], None, None, None],
        [f"编号：{number}", None, None, None],
        [f"姓{GAP}名", who, f"岗{GAP}位", post],
        ["所在部门", dept, "填卡日期", DATE],
        list(CARD_HEAD),
    ]
    rows += [[i, point, lv, measures] for i, (point, lv, measures) in enumerate(points, 1)]
    rows.append(list(PART_ENDS[part]))
    return rows


def wugong_library_cards_in_two_parts() -> dict:
    unit = TWO_PARTS_UNIT
    t = _Truth(unit)
    sheets = []
    for post, who, dept, tier, number, points in TWO_PARTS_CARDS:
        sh = _Sheet(post, [6, 34, 9, 30, 4, 6, 34, 9, 30])
        left = _card_part(post, who, dept, number, points, 0)
        right = _card_part(post, who, dept, number, points, 1)
        for r, (a, b) in enumerate(zip(left, right, strict=True)):
            sh.add(*a, SEAM_TEXT if r == 0 else None, *b)
        last = len(sh.rows) - 1
        for off in (0, SEAM + 1):
            for r in (0, 1, 2):  # title, part, number: each merged across its part
                sh.merge(r, off, r, off + PART_WIDTH - 1)
        sh.merge(0, SEAM, last, SEAM)
        for point, lv, _measures in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sheets.append(sh)
    return _layout(
        TWO_PARTS_NAME, "http://bimmall.com.cn/post/43391.html",
        "(harder) 县图书馆 岗位廉政风险防控卡, one sheet a holder (tabs 馆长, 副馆长, 采编部主任, 借阅部管理员), after the "
        "source's account of a library's 各部门职责 (馆长, 副馆长, 采编 — 采购, 编目, 流通 — 借还书台, 读者服务, 行政办公室), "
        "PRINTED AS A FORM IN TWO PARTS SIDE BY SIDE: columns A–D ``第一联　存根（馆党支部留存）`` and F–I ``第二联　持卡人联"
        "（本人留存）``, cell for cell the same card (a title, ``编号：…``, ``姓　名 | … | 岗　位 | …``, ``所在部门 | … | "
        "填卡日期 | …``, 序号/风险点/风险等级 高/中/低/防控措施), the stub closed by ``持卡人签收：``, the holder's part by "
        "``监督电话：12388``; column E one cell ``骑⏎缝⏎线`` merged down the whole card; no type column",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wugong_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郗翀澔", "局长", "主持全面工作", [
            ("教育经费分配和学校布局调整搞“一言堂”", "Ⅰ级", "经费分配和布局调整经党组会集体研究，会议纪要存档。"),
            ("校长选拔任用、交流轮岗中打招呼、搞照顾", "Ⅰ级", "校长任用按程序动议、考察、公示，全程纪实。"),
        ]),
        ("笪瀓翙", "副局长", "分管人事、教师队伍建设", [
            ("教师招聘资格审查和面试打分不公", "Ⅰ级", "资格审查双人复核，面试考官随机抽取。"),
            ("职称评审推荐名额分配向关系学校倾斜", "Ⅱ级", "名额按教师数核定，推荐结果公示。"),
        ]),
        ("钭岑湉", "副局长", "分管计划财务、校舍建设", [
            ("校舍维修改造工程插手干预招投标", "Ⅰ级", "工程一律进场交易，过问插手登记报告。"),
            ("学校公用经费拨付审批把关不严", "Ⅲ级", "公用经费按生均标准拨付，拨付结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], ROMAN[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("人事股", "股长", "昝溆璘", "middle", [
            ("教师调动、借用不按计划办理", "Ⅰ级", "调动计划局务会研究，调动结果公开。"),
            ("教师资格认定材料审核不严", "Ⅱ级", "认定材料网上核验，审核结果抽查复核。"),
        ]),
        ("人事股", "科员", "隗澥峋", "general", [
            ("绩效工资核定时擅自调整人员信息", "Ⅲ级", "人员信息变动凭审批单录入，股长复核。"),
        ]),
        ("计划财务股", "股长", "缑溥峤", "middle", [
            ("学生资助资金分配和发放审核不严", "Ⅰ级", "资助名单学校公示、股室审核、系统比对。"),
            ("营养改善计划资金挤占挪用", "Ⅱ级", "资金专账核算，每学期专项检查。"),
        ]),
        ("计划财务股", "会计", "厍淯琲", "general", [
            ("报销凭证审核不严，虚列支出", "Ⅱ级", "报销单据逐张审核，每季度内审抽查。"),
        ]),
        ("基础教育股", "股长", "阚霂玹", "middle", [
            ("义务教育招生划片和插班生安排暗箱操作", "Ⅰ级", "招生方案和划片范围向社会公开，插班生名单公示。"),
            ("教辅资料征订中收受回扣", "Ⅲ级", "征订坚持自愿原则，书目经审定后公布。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "wugong_education_bureau_two_sheets", "https://wodeyuanxiao.com/EducationalKnowledge/tjkvxpckje.html",
        "县教育局 file in two sheets after the source's account of a 区教育局's internal units (办公室, 人事教师股, teachers' "
        "recruitment, 职称, training): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/"
        "防控措施) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "``Ⅰ级/Ⅱ级/Ⅲ级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def wugong_middle_school_list() -> dict:
    unit = f"{PLACE}武功中学"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "禚峤渊", "leader", [
            ("学校“三重一大”事项不经校务会集体研究", "制度机制", "高", "“三重一大”事项校务会集体研究，纪要存档。"),
            ("中层干部聘任和教师评优推荐中优亲厚友", "思想道德", "中", "聘任和推荐方案教代会通过，结果公示。"),
        ]),
        ("校领导", "副校长", "谯沛瑗", "leader", [
            ("中高考考务费收取超标准、超范围列支", "业务流程", "高", "考务费按标准收取，支出清单公开。"),
        ]),
        ("总务处", "主任", "逄澧琨", "middle", [
            ("食堂大宗食材采购指定供应商", "外部环境", "高", "大宗食材定点公开采购，验收三人签字。"),
            ("校服、被装采购中收受好处", "思想道德", "中", "校服采购家长委员会全程参与。"),
        ]),
        ("总务处", "会计", "麴芷湲", "general", [
            ("监考、阅卷劳务费发放不实", "岗位职责", "中", "劳务费按签到表发放，发放名单公示。"),
            ("考务费票据管理不规范", "制度机制", "低", "票据专人领用核销，每学期清查。"),
        ]),
        ("教务处", "主任", "暨沕瑱", "middle", [
            ("学籍变更和转学手续违规办理", "岗位职责", "中", "学籍变更材料双人审核，系统留痕。"),
        ]),
        ("政教处", "主任", "仉沐琮", "middle", [
            ("学生资助对象认定不实", "业务流程", "高", "资助对象班级评议、学校审核、公示五天。"),
            ("违规组织学生有偿补课", "外部环境", "低", "严禁有偿补课，设立举报电话。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "wugong_middle_school_list",
        "https://www.zhetiaohe.com/ss/04d609738ba178bfa753039552509b7dd3d9282ee327279a75c38e8a987f9401.html",
        "武功中学 岗位廉政风险防控一览表 after the source's 中高考考务费管理办法 (收取标准, 支出范围, 监考 and 阅卷 劳务, 票据): "
        "a title, a merged ``填报单位：…　填报时间：2025年7月`` line, then 序号/处室 merged (校领导, 总务处, 教务处, 政教处)/"
        "岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wugong_puji_central_school_selfchecks() -> dict:
    unit = f"{PLACE}普集镇中心学校"
    t = _Truth(unit)
    people = [
        ("郏涴琛", "校长", "leader", [
            ("主持中心学校全面工作", [
                ("村小公用经费统筹使用不经集体研究", "制度机制风险", "一级", "公用经费分配方案经校务会研究，向各村小公开。"),
                ("教师调配和中层干部任免凭个人好恶", "思想道德风险", "二级", "调配和任免方案集体研究并公示。"),
            ]),
        ]),
        ("訾潆珝", "会计", "general", [
            ("负责中心学校及所属村小账务核算", [
                ("村小报账单据审核不严，虚列支出", "岗位职责风险", "一级", "报账单据逐张审核，大额支出校长审批。"),
                ("会计、出纳岗位不分离", "制度机制风险", "二级", "会计、出纳分设，印鉴分人保管。"),
            ]),
        ]),
        ("檀湑岞", "校建干事", "general", [
            ("负责校舍维修和校建项目现场管理", [
                ("维修工程量签证与实际不符", "业务流程风险", "一级", "签证由校建干事、施工方、村小校长三方签字。"),
                ("接受施工单位宴请、礼品", "外部环境风险", "三级", "签订廉洁承诺书，举报电话公开。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 22, 36, 14, 9, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, "填表时间", DATE)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, duty, point, typ, lv, measures)
                t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "校长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "wugong_puji_central_school_selfchecks", "https://ttnews.xyz/a/5b92d91edc9b5e15a5317438",
        "镇中心学校 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's thread on the 乡镇中心校 "
        "(a 校长, 会计, 报账员 and 校建干事 keeping every 村小's 公用经费 on the 中心校's account): a title, ONE row of pairs "
        "``姓　名 | … | 岗　位 | … | 填表时间 | …``, then 序号/``岗位职责`` merged over its points/风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; a blank row and ``本人签名： | 校长审核：``",
        sheets, t,
    )  # fmt: skip


def wugong_culture_tourism_bureau_duties() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "嵇澹峥", "leader", [
                ("重大事项决策", "文旅项目资金安排不经党组会集体研究", "制度机制风险", "一级风险",
                 "项目资金安排经党组会研究，结果公开。"),
                ("执法案件审定", "对文化市场重大案件打招呼、说情", "思想道德风险", "一级风险", "过问插手案件一律登记报告。"),
            ]),
            ("副局长", "羿沚璇", "leader", [
                ("文物保护项目", "文物保护工程指定施工单位", "外部环境风险", "二级风险", "工程按规定招标，验收邀请专家参加。"),
            ]),
        ]),
        ("二、文化艺术股", "文化艺术股", [
            ("股长", "殳泱琨", "middle", [
                ("文艺演出组织", "送戏下乡演出场次虚报，套取补助", "业务流程风险", "二级风险", "演出场次村级签字确认，抽查回访。"),
                ("群众文化活动评奖", "评奖打分不公，照顾关系人", "岗位职责风险", "三级风险", "评委随机抽取，评分结果公示。"),
            ]),
        ]),
        ("三、旅游市场管理股", "旅游市场管理股", [
            ("股长", "蒯渟玠", "middle", [
                ("A级景区评定推荐", "降低标准推荐景区参评", "岗位职责风险", "一级风险", "推荐前实地核查，推荐意见集体研究。"),
            ]),
            ("科员", "佴漭瑀", "general", [
                ("假日市场检查", "检查走过场，对旅行社违规行为不报告", "业务流程风险", "二级风险", "检查两人以上，检查记录存档。"),
                ("旅游投诉处理", "投诉处理偏袒经营者", "外部环境风险", "三级风险", "投诉回访，处理结果告知投诉人。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("办公室主任", "璩湘玳", "middle", [
                ("公务接待和车辆管理", "公务接待超标准，公车私用", "制度机制风险", "三级风险", "接待事前审批，派车单按月核对。"),
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
        "wugong_culture_tourism_bureau_duties", "http://www.fjmx.gov.cn/zwgk/gggs/zh/202601/t20260113_2183447.htm",
        "县文化和旅游局 廉政风险防控责任清单 under GROUP ROWS ``一、局领导`` … ``四、办公室`` merged across (no 股室 column), "
        "after the source's 文体和旅游局 法治 report (假日市场, 双随机、一公开, 执法公示, 物品证据管理, 没收物品销毁): a title, "
        "then 序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wugong_cultural_center_posts() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", [
            ("展演活动经费使用", "展演活动经费不经馆务会研究，随意列支", "制度机制", "高风险", "活动经费事前预算、集体研究。"),
            ("馆舍场地出借", "违规出借排练厅、展厅收取费用不入账", "岗位职责", "中风险", "场地出借登记审批，收费统一入账。"),
        ]),
        ("办公室", "主任", "middle", [
            ("固定资产管理", "乐器、音响设备外借不登记，丢失不追责", "业务流程", "中风险", "设备外借登记，定期盘点。"),
        ]),
        ("办公室", "会计", "general", [
            ("劳务费发放", "培训辅导劳务费虚报人次", "岗位职责", "高风险", "劳务费凭签到表发放，按月公示。"),
        ]),
        ("群众文化部", "辅导员", "general", [
            ("公益培训招生", "公益培训班变相收费", "思想道德", "中风险", "培训项目和免费政策公开，接受举报。"),
            ("文艺骨干评选", "推荐评选照顾熟人", "外部环境", "低风险", "评选条件公开，结果公示。"),
        ]),
        ("非遗保护部", "主任", "middle", [
            ("传承人推荐申报", "传承人推荐申报材料审核把关不严", "业务流程", "高风险", "申报材料实地核实，专家评审。"),
            ("非遗保护资金使用", "非遗保护资金挤占挪用", "制度机制", "中风险", "资金专款专用，年度绩效评价。"),
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
        "wugong_cultural_center_posts", "https://31ppt.com/p-3561185.html",
        "县文化馆 岗位廉政风险点排查表 对岗不对人, after the source's 文化馆管理办法 (群众文化活动, 辅导培训, 非物质文化遗产, "
        "设施不得挪用): a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def wugong_culture_enforcement_cards() -> dict:
    unit = f"{PLACE}文化市场综合执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "郜澜峄", "大队部", "leader", "61040000101", [
            ("重大案件处罚不经集体讨论", "★★★", "重大案件集体讨论，讨论记录归档。"),
            ("对网吧、歌舞娱乐场所违法行为说情放纵", "★★★", "过问案件登记报告，办案全程记录。"),
            ("执法车辆、经费使用不规范", "★", "车辆派车登记，经费支出公开。"),
        ]),
        ("中队长", "亓沣瑭", "一中队", "middle", "61040000117", [
            ("节前检查提前透露检查信息", "★★", "检查计划保密，随机抽取检查对象。"),
            ("暂扣物品登记不全、私自处理", "★★★", "暂扣物品清单一式两份，专库存放。"),
        ]),
        ("执法队员", "甯涟琰", "一中队", "general", "61040000126", [
            ("检查中接受经营者宴请、礼品", "★★", "执法记录仪全程记录，廉洁承诺。"),
            ("没收物品销毁不监督、不登记", "★★", "销毁两人以上在场，拍照存档。"),
            ("旅行社检查降低处罚标准", "★", "处罚裁量按基准执行，法制审核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, squad, tier, card_no, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在中队", squad, "执法证号", card_no)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, squad, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "大队长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "wugong_culture_enforcement_cards", "https://www.yigr.cn/info/wlzfxzpcshwhsyaqjm.html",
        "县文化市场综合执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 中队长, 执法队员), after the source's piece "
        "on 文化执法 (节前检查, 网吧, 歌舞娱乐场所, 旅行社, 执法技能): a title, ``姓　名 | … | 职　务 | …`` over ``所在中队 | … | "
        "执法证号 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars "
        "and ``持卡人（签字）： | 大队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def wugong_changning_central_school_every_row() -> dict:
    unit = f"{PLACE}长宁镇中心学校"
    sh = _Sheet("一览表", [6, 12, 10, 38, 13, 9, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("学校领导", "校长", "阙湛珧", "leader", "教师职称评聘推荐不按量化赋分", "制度机制风险", "Ⅰ",
         "量化赋分办法教代会通过，推荐结果公示。"),
        ("学校领导", "校长", "阙湛珧", "leader", "在本镇范围内调配教师凭个人意志", "思想道德风险", "Ⅱ", "调配方案校务会研究，公开调配原因。"),
        ("学校领导", "副校长", "於泠璠", "leader", "教师业绩考核打分不公", "岗位职责风险", "Ⅱ", "考核细则公开，考核结果公示。"),
        ("教导处", "教导主任", "竺淙玙", "middle", "统考成绩统计弄虚作假", "业务流程风险", "Ⅲ", "成绩录入双人核对，抽查复核。"),
        ("总务处", "总务主任", "酆洵琪", "middle", "村小办公用品和教学设备采购不询价", "外部环境风险", "Ⅰ",
         "采购三家以上询价，采购与验收分离。"),
        ("总务处", "报账员", "冼澴琚", "general", "村小公用经费报账票据不实", "岗位职责风险", "Ⅱ", "报账票据经手人、证明人、校长三签。"),
        ("总务处", "报账员", "冼澴琚", "general", "现金收支不及时入账", "业务流程风险", "Ⅲ", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "wugong_changning_central_school_every_row", "http://m.shengxiao88.com/article/209698.html",
        "镇中心学校 岗位廉政风险防控一览表, after the source's account of the 乡镇中心校 (校长, 副校长, 调配老师, 职称评聘, "
        "公用经费): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/部门/岗位 written out "
        "on EVERY row (nothing merged)/风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任人`` column "
        "written on every row; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wugong_library_cards_in_two_parts(),
    wugong_education_bureau_two_sheets(),
    wugong_middle_school_list(),
    wugong_puji_central_school_selfchecks(),
    wugong_culture_tourism_bureau_duties(),
    wugong_cultural_center_posts(),
    wugong_culture_enforcement_cards(),
    wugong_changning_central_school_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch402-inbox"))

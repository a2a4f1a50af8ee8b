"""The seven-hundred-and-fifty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's education
bodies, 北票市 (of 朝阳市, 辽宁省) — its 教育局, 学生资助管理中心, 教师进修学校, 第一初级中学, 实验小学,
第二高级中学 and 大板镇中心小学 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff
typed in WPS or Excel:

- the 教育局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 学生资助管理中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 教师进修学校's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 第一初级中学's 责任清单 under GROUP ROWS ``一、学校领导`` … merged across (no 处室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 实验小学's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 第二高级中学's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``处室 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 大板镇中心小学's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``beipiao_no3_middle_school_number_grid``: the 第三初级中学's 廉政风险点清单 lists the points ONCE,
  ``序号 | 廉政风险点 | 防控措施`` — no 处室, 岗位, 姓名 or level column — and under it a
  ``风险点分解表`` keyed by holder: ``处室 | 岗位 | 姓名 | 一级风险点 | 二级风险点 | 三级风险点``, one row a
  holder, each level cell listing the NUMBERS of the list's points that are the holder's at that
  level (``1、3``, ``—`` for none); a ``注：`` line says the numbers are the list's 序号. So a point's
  holders and its level stand only in the grid, a point numbered in two holders' rows is both
  holders' point, and one point can be 一级 for one holder and 二级 for another. The README's
  读得懂的表 knows a holders' cell naming each holder's point numbers (``post name（1、2）``), a
  ``风险等级`` cell listing each grade's numbers (``一级：2⏎二级：1、3``), a ``风险等级 | 风险点序号`` table
  under a list (levels only), a ``分工`` line naming number ranges (holders only) and a holders
  grid of the list's numbers TICKED; it does not describe a holder × level grid whose cells give
  the numbers of the list's points, holder and level together, under a list that has neither.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (纪委 通报 of 违规征订教辅材料 in
中小学 — “一科一辅”目录外, 班主任推销, 教务主任/政教主任 处分; an audit of 助学金 虚报冒领 by 中职学校;
a 区纪委 story of a 校长 letting a 新华书店 业务员 推销字帖 at a 班主任会议; a 中学 校长 and 副校长
taking 小卖部、文印室、食堂 回扣; a 小学 赚取寒假作业资料差价 for teachers' 福利; a comment on 校园餐、
教辅征订、校服采购 腐败; the same 教辅差价 case retold; a 区纪委 on 校服 “阳光采购” — 家委会 选用组织,
采购流程, 合同, 送检) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 乐正 and 逄 with rare given
names); every unit is a body of 北票市.

Run ``python tests/published/score.py --set batch752`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every number in a holder's level cell makes the list's point of that 序号 a
  point of that holder (科室, post and name from his row of the grid) at that cell's level; one form
  a holder; a number in two holders' rows is both holders' point, each with his own level; ``—``
  is none; the ``防控措施`` of the list go with the point; the ``注：`` line, the grid's heading and the
  sign-off line are no points;
- ``局领导`` (a sheet), ``学校领导``, ``校领导``, ``中心领导`` (a group row, a 处室 or 科室 cell) are the 科室
  of those leaders where written; the 教育局's leaders (sheet ``局领导``, no 科室 column) and the
  cards' leaders have no 科室; a school's 处 (教务处, 总务处, 政教处), a 局's 股, a 中心's 股 and 室, and the
  进修学校's 部 and 室 are 科室; a group row ``二、总务处`` gives the 科室 ``总务处``;
- every school, the 教育局, the 资助中心 and the 进修学校 are units of their own: 局长, 副局长, 校长,
  副校长, 党支部书记, the 中心's 主任 and the 进修学校's 校长 are leaders; 股长 and a 处's or 部's 主任
  middle; the rest (股员, 会计, 出纳, 资助专干, 班主任, 培训干事, 文印员, 食堂管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 资助中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b752_"
PLACE = "北票市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "—"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the list: (廉政风险点, 防控措施), numbered from 1
LISTED = [
    ("校服选用不经家委会和校服选用组织，学校指定款式和厂家", "校服选用组织中学生和家长代表不少于八成，选用结果公示。"),
    ("校服采购中收受供货企业回扣、好处费", "校服采购按程序公开招标，合同报市教育局备案。"),
    ("校服送检流于形式，质量不合格仍验收", "校服实行双送检，检测报告向家长公开。"),
    ("强制或变相强制学生购买校服", "坚持自愿购买，不得与入学、评优挂钩。"),
    ("校服费代收代付不开票据、滞留资金", "校服费由供货企业直接收取，学校不经手。"),
    ("食堂大宗食材采购暗箱操作", "食材采购纳入市教育局统一招标，验收录像留存。"),
    ("小卖部经营权发包中收受好处", "小卖部经营权公开竞价，合同经校务会研究。"),
    ("文印室印制资料多收费、截留收入", "文印收费标准公示，收入全额入学校账户。"),
]  # fmt: skip

# the 风险点分解表: (处室, 岗位, 姓名, tier, 一级, 二级, 三级) — the list's numbers
GRID = [
    ("校领导", "校长", "乐正朓岈", "leader", (1, 2), (6, 7), ()),
    ("校领导", "副校长", "逄琎岈", "leader", (2, 6), (1,), ()),
    ("总务处", "主任", "乐正翮汀", "middle", (3,), (5, 8), ()),
    ("总务处", "会计", "逄翚沚", "general", (), (5,), (8,)),
    ("政教处", "主任", "乐正淼珖", "middle", (), (4,), (1,)),
]  # fmt: skip


def _numbers(nums: tuple[int, ...]) -> str:
    return "、".join(str(n) for n in nums) if nums else NONE


def beipiao_no3_middle_school_number_grid() -> dict:
    unit = f"{PLACE}第三初级中学"
    sh = _Sheet("风险点清单", [6, 12, 10, 12, 14, 14, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单", 7)
    _line(sh, f"单位：{unit}{GAP * 16}2025年5月", 7)
    top = sh.add("序号", "廉政风险点", None, None, "防控措施", None, None)
    sh.merge(top, 1, top, 3)
    sh.merge(top, 4, top, 6)
    for i, (point, measures) in enumerate(LISTED, 1):
        r = sh.add(i, point, None, None, measures, None, None)
        sh.merge(r, 1, r, 3)
        sh.merge(r, 4, r, 6)
    sh.add()
    _line(sh, "风险点分解表", 7)
    sh.add("处室", "岗位", "姓名", "一级风险点", "二级风险点", "三级风险点", "备注")
    first = len(sh.rows)
    for dept, post, who, _tier, one, two, three in GRID:
        sh.add(dept, post, who, _numbers(one), _numbers(two), _numbers(three), None)
    _merge_down(sh, first, [(0, lambda row: row[0])])
    # the truth one form a holder, his points in the list's order
    for dept, post, who, tier, *levels in GRID:
        got = {n: lv for lv, nums in enumerate(levels, 1) for n in nums}
        for n in sorted(got):
            t.point(sh.name, dept, post, who, tier, LISTED[n - 1][0], [], got[n])
    _line(sh, "注：分解表中的数字为上表风险点序号，填在本人对应的风险等级栏内；“—”表示无。", 7)
    sh.add("填表：", None, "审核：", None, "校长（签字）：", None, None)
    return _layout(
        "beipiao_no3_middle_school_number_grid", "https://tongchuan.qinfeng.gov.cn/info/1021/21291.htm",
        "(harder) 市初级中学 廉政风险点清单, after the source's 区纪委监委 on 校服 “阳光采购” (校服选用组织, 家长委员会, "
        "采购流程, 合同管理, 双送检, 三自愿): a title, a merged ``单位：…　2025年5月`` line, a LIST of the points once — "
        "序号/廉政风险点/防控措施, no 处室, 岗位, 姓名 or level column — then under a blank row and a ``风险点分解表`` line "
        "a GRID one row a holder, ``处室 | 岗位 | 姓名 | 一级风险点 | 二级风险点 | 三级风险点 | 备注``, each level cell "
        "the list's NUMBERS (``1、2``, ``—``) that are the holder's at that level, a number in several rows (points "
        "shared, one 一级 for one holder and 二级 for another); a ``注：`` line and a 填表/审核/校长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def beipiao_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("乐正筠翚", "局长", "主持全面工作", [
            ("教辅材料征订专项整治推进不力、整改不到位", "一级", "专项整治纳入对学校年度考核，局党组每学期听取汇报。"),
            ("学校校长选拔任用中打招呼、搞照顾", "一级", "校长任用经局党组集体研究，任前公示。"),
        ]),
        ("逄瑱淼", "副局长", "分管基础教育、教材教辅", [
            ("在“一科一辅”目录外推荐、审定教辅材料", "一级", "教辅目录由市评议委员会审定，结果公开。"),
            ("对学校违规征订教辅的问题线索压案不查", "二级", "问题线索登记台账，按期办结并移送纪检组。"),
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
    dept = _Sheet("股室", [6, 14, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("基础教育股", "股长", "乐正湲翯", "middle", "教辅征订备案审核走过场，对目录外征订不制止", "一级",
         "各校征订清单逐校审核，开学初抽查。"),
        ("基础教育股", "股长", "乐正湲翯", "middle", "对学校推销教辅的举报核查不实", "二级", "举报件双人核查，结果反馈举报人。"),
        ("基础教育股", "股员", "逄岵湲", "general", "征订统计数据与家长自愿征订单不符不报告", "三级", "征订单与统计表逐班核对。"),
        ("计划财务股", "股长", "乐正瑱岵", "middle", "教辅代办费、退费资金清退监督不严", "二级", "清退资金登记造册，家长签字确认。"),
        ("计划财务股", "会计", "逄峋璩", "general", "学校报账中夹带教辅差价、福利支出审核不严", "一级", "报账单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "beipiao_education_bureau_two_sheets", "http://yongzhoudao.com/news/13470.html",
        "市教育局 廉政风险防控一览表 in TWO SHEETS, after the source's 市纪委 通报 of 中小学 违规征订教辅材料 (“一科一辅”目录外, "
        "班主任推销, 校长、教务主任、政教主任 处分, 违纪款项清退): sheet 局领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def beipiao_student_aid_center_posts() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "资助名额分配", "助学金名额向个别学校倾斜，按关系分配", "制度机制风险", "高",
         "名额按在校生数和困难生比例测算，分配方案公示。"),
        ("资助股", "股长", "middle", "资助对象审核", "对学校上报的虚假学籍、重复资助审核不严", "岗位职责风险", "高",
         "资助名单与学籍系统逐人比对。"),
        ("资助股", "股长", "middle", "挂靠办学监管", "默许培训机构挂靠中职学校套取助学金", "外部环境风险", "中",
         "中职学校在籍学生实地抽查，挂靠办学一律清退。"),
        ("资助股", "资助专干", "general", "资助信息录入", "擅自修改资助对象信息，冒名顶替", "业务流程风险", "中",
         "系统操作留痕，信息变更经股长审核。"),
        ("财务室", "会计", "general", "资助资金拨付", "资助资金不按时拨付，截留挪用", "业务流程风险", "高",
         "资金通过一卡通直接发放到学生账户。"),
        ("财务室", "会计", "general", "资金对账", "资金发放回执与名单不核对", "思想道德风险", "低", "每学期与银行对账，回执存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "beipiao_student_aid_center_posts", "http://zjrb.zjol.com.cn/html/2010-08/05/content_481119.htm?div=-1",
        "市学生资助管理中心 岗位廉政风险点排查表 对岗不对人, after the source's note on 审计 finding 学校 虚报冒领助学金 "
        "(中等职业学校, 培训机构挂靠, 违规资金): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def beipiao_teacher_training_school_selfchecks() -> dict:
    unit = f"{PLACE}教师进修学校"
    t = _Truth(unit)
    people = [
        ("乐正璩沚", "校领导", "校长", "leader", [
            ("允许书商、新华书店业务员进校向参训教师推销字帖、教辅", "Ⅰ级", "严禁任何单位和个人进校推销，门卫登记。", "已落实"),
            ("培训项目委托承办机构不经集体研究", "Ⅰ级", "承办机构经校务会比选，结果公示。", "未发现问题"),
        ]),
        ("逄朓珞", "培训部", "主任", "middle", [
            ("国培、省培项目参训名额分配优亲厚友", "Ⅱ级", "名额按学校教师数分配，名单公示。", "已落实"),
            ("培训学时登记弄虚作假", "Ⅱ级", "学时凭签到和考核记录认定。", "已落实"),
        ]),
        ("乐正霖岣", "办公室", "培训干事", "general", [
            ("培训食宿费用虚报冒领", "Ⅲ级", "食宿费用按实结算，凭清单报销。", "未发现问题"),
            ("向参训教师收取资料费", "Ⅱ级", "培训资料免费发放，不得收费。", "已落实"),
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
        sh.add("本人签名：", None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "beipiao_teacher_training_school_selfchecks", "http://xianan.cjyun.org/p/112637.html",
        "市教师进修学校 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区纪委监委 "
        "story of a 中学 校长 letting a 新华书店 业务员 推销字帖 at a 班主任会议 (违规介绍购买字帖, 教育乱收费): a title, a "
        "label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def beipiao_no1_middle_school_group_rows() -> dict:
    unit = f"{PLACE}第一初级中学"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "逄嵚旸", "leader", [
                ("小卖部供货商选定中收受回扣", "一级风险", "小卖部供货商公开比选，价格公示。"),
                ("食堂承包经营违规发包", "一级风险", "食堂自主经营，不得对外承包。"),
            ]),
            ("副校长", "乐正峄澂", "leader", [
                ("文印室承印业务指定关系人", "二级风险", "文印业务定点采购，校务会研究。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "逄沏瑗", "middle", [
                ("食堂食材验收数量、质量把关不严", "二级风险", "验收双人签字，录像留存。"),
                ("小卖部商品价格高于校外不督促整改", "三级风险", "商品价格每月与校外比对。"),
            ]),
            ("文印员", "乐正旸琎", "general", [
                ("私自承接校外印刷业务，收入不入账", "二级风险", "印刷登记台账，收入全额入账。"),
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
        "beipiao_no1_middle_school_group_rows", "http://www.handmsg.com/page/2024/1231/25691266.shtml",
        "市初级中学 廉政风险防控责任清单, after the source's comment on a 中学 党委书记、校长 and 副校长 taking 小卖部、文印室、"
        "食堂 回扣 (小卖部供货, 食堂承包, 校服采购): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、学校领导``, ``二、总务处`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def beipiao_experimental_primary_cards() -> dict:
    unit = f"{PLACE}实验小学"
    t = _Truth(unit)
    cards = [
        ("校长", "乐正珞沨", "校长", "主持学校全面工作", "leader", [
            ("在省教辅目录外自行联系书商购买寒假作业资料", "★★★", "假期作业资料只在目录内征订，家长自愿。"),
            ("用教辅差价发放教师福利", "★★★", "教辅代办不得加价，账目公开。"),
            ("接受书商节日礼品", "★", "严守中央八项规定精神。"),
        ]),
        ("副校长", "逄泷翮", "副校长", "分管教学、教辅征订", "leader", [
            ("教辅征订不执行“一科一辅”", "★★", "征订书目报市教育局备案。"),
            ("对班主任推销教辅失察", "★★", "每学期开展教辅征订专项检查。"),
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
        "beipiao_experimental_primary_cards", "https://edu.youth.cn/jyzx/jyxw/201611/t20161102_8806572.htm",
        "市实验小学 领导干部廉政风险防控卡, one sheet a leader, after the source's story of a 小学 赚取寒假作业资料差价 "
        "(目录外选书, 自行联系书商, 为教师发放慰问金, 党内警告): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def beipiao_no2_high_school_list() -> dict:
    unit = f"{PLACE}第二高级中学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "处室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "党支部书记", "乐正嵚琳", "leader", "“校园餐”专项整治主体责任落实不到位", "岗位职责", "高风险",
         "党支部每月专题研究校园餐工作。"),
        ("校领导", "党支部书记", "乐正嵚琳", "leader", "校服选用不征求家长意见，频繁更换款式", "制度机制", "中风险",
         "校服选用须三分之二以上家长同意。"),
        ("教务处", "主任", "逄琳峄", "middle", "教辅材料“被自愿”征订，只讲教辅内容", "业务流程", "高风险",
         "教辅征订家长自愿，不得统一布置教辅作业。"),
        ("总务处", "主任", "乐正瑗沏", "middle", "食材配送企业选定暗箱操作", "外部环境", "高风险",
         "配送企业公开招标，家长代表参与评议。"),
        ("总务处", "食堂管理员", "逄澂霖", "general", "食材以次充好、缺斤少两不报告", "思想道德", "中风险",
         "食材验收录像，每周抽检。"),
        ("总务处", "出纳", "乐正泷翀", "general", "膳食经费结余不清退、挪作他用", "业务流程", "低风险",
         "膳食经费专账核算，每学期公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "beipiao_no2_high_school_list", "http://www.xdzhixiao.cn/html/20250588247.htm",
        "市高级中学 岗位廉政风险防控一览表, after the source's comment on 校园餐、教辅征订、校服采购 贪腐 (外包制, 食材采购权, "
        "“一教一辅”, “被自愿”): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/处室/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "校长（签字） line",
        [sh], t,
    )  # fmt: skip


def beipiao_daban_school_register() -> dict:
    unit = f"{PLACE}大板镇中心小学"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "逄珖筠", "leader", [
            ("组织学生购买目录外寒假作业", "制度机制", "一级", "寒假作业只在目录内选用。"),
            ("教辅差价用于发放教师福利", "思想道德", "一级", "教辅代办零差价，家长监督。"),
        ]),
        ("教导处", "主任", "乐正璞峋", "middle", [
            ("教辅书目审核把关不严", "岗位职责", "二级", "书目经教导处、家委会双审。"),
        ]),
        ("教导处", "班主任", "逄岣璞", "general", [
            ("向学生推销教辅资料、收取书商回扣", "外部环境", "一级", "签订不推销教辅承诺书。"),
            ("布置、批改目录外教辅作业", "业务流程", "三级", "作业教辅随堂抽查。"),
        ]),
        ("总务处", "出纳", "逄翯泷", "general", [
            ("教辅代收费用不开票据", "业务流程", "二级", "代收费用开具统一票据。"),
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
        "beipiao_daban_school_register", "https://jsedu114.com/other_area/2116.html",
        "市镇中心小学 廉政风险点排查登记表, after the source's retelling of a 小学 赚取寒假作业资料差价 (目录外, 书商, 慰问金, "
        "追缴违纪所得): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    beipiao_no3_middle_school_number_grid(),
    beipiao_education_bureau_two_sheets(),
    beipiao_student_aid_center_posts(),
    beipiao_teacher_training_school_selfchecks(),
    beipiao_no1_middle_school_group_rows(),
    beipiao_experimental_primary_cards(),
    beipiao_no2_high_school_list(),
    beipiao_daban_school_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch752-inbox"))

"""The six-hundred-and-thirty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's rural
finance bodies, 固阳县 (of 包头市, 内蒙古) — its 农村信用合作联社 and the 联社's 信用社, the 农村商业银行's
支行, a 普惠金融服务站 and the county's 融资担保有限公司 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 农村商业银行金山支行's 一览表 in TWO SHEETS: ``行领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``部室`` (``部室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 下湿壕信用社's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 兴顺西镇普惠金融服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 融资担保有限公司's 责任清单 under GROUP ROWS ``一、公司领导`` … ``三、风险管理部`` merged across (no
  部门 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 农村商业银行怀朔支行's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 西斗铺信用社's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 农村商业银行银号支行's 排查登记表: ``部室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``guyang_credit_union_levels_by_note``: the 农村信用合作联社's 岗位廉政风险点一览表, an ordinary list
  (``序号 | 部门 | 岗位 | 姓名 | 廉政风险点 | 防控措施``, 部门 merged, 岗位 and 姓名 merged per person) with
  NO level column anywhere: the levels stand only in a ``注：`` line under the table that names the
  rows BY THEIR 序号, in ranges and lists (``序号1—3、7、10为一级风险点，序号4、5、8、11为二级风险点，其余
  为三级风险点``) — so a row's level is found by looking its 序号 up in the note, and ``其余`` gives the
  rest the third level. The README's 读得懂的表 knows levels in a level cell listing each grade's
  point numbers (``一级：2⏎二级：1、3``, beside points numbered in one cell), a note defining what
  P1/P2/P3 or A/B/C mean, a footer row ``以上为一级风险点`` closing each run of rows, levels in cell
  comments, by fill colour or by sheet; it does not describe a plain list whose levels are
  assigned by a note naming the rows' 序号 (ranges, lists and ``其余``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 农商银行 违法发放贷款 case — A岗主调查、
B岗协办, 双人调查 走过场, 主管会计 代签; the same case's second report — 虚假购销合同, 续贷、展期、贷款重组;
a 农商银行 leaders' “放贷收息” case — 贷款审批权, 授信额度; a report on a 农商银行 支行 and 贷款中介 —
受托支付, 担保合同, 贷前、贷时、贷后 三查; a 助农取款服务点 — 小额取款, 转账电话; a county's 三农支付服务点
on 农信社 营业网点 — 惠农补贴 取现; 农村金融综合服务站 — 点钞机, 远程监控; an essay on 农村信用社 信贷风险 —
审、贷、查 制衡, 分级报批, 大额贷款 公示) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 麦 and
农 with rare given names); every unit is a body of 固阳县.

Run ``python tests/published/score.py --set batch634`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's level is the one the ``注：`` note gives its 序号 (``1—3`` is 1, 2
  and 3; ``其余`` every 序号 the note does not name); the note is no point and names no holder;
  the list is otherwise ordinary (部门, 岗位 and 姓名 merged down);
- ``联社领导``, ``行领导``, ``公司领导`` (a 部门 cell, a sheet, a group row) are the 科室 of those
  leaders; the 金山支行's leaders (sheet ``行领导``, no 部门 column) and the cards' leaders have no
  科室; a 联社's or 行's 部 (信贷管理部, 风险合规部, 营业部, 综合部), a 信用社's 部门 cells and a
  服务站's ``服务站`` are 科室;
- 理事长, 主任 of a 联社, 行长, 副行长, 总经理, 副总经理, 信用社主任 and the 服务站's 站长 are leaders; a
  部's 经理 or 主任 middle; the rest (客户经理, 信贷员, 综合柜员, 会计, 出纳, 风险经理, 项目经理, 助农
  取款点协管员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 下湿壕信用社's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b634_"
PLACE = "固阳县"
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

# (部门, 岗位, 姓名, tier, [(廉政风险点, 防控措施)]) — one row a point, numbered in order
UNION_ROWS = [
    ("联社领导", "理事长", "麦瑆岍", "leader", [
        ("大额贷款审批不经贷审会集体审议，个人说了算", "大额贷款一律提交贷审会审议，表决结果存档。"),
        ("干部选拔任用和员工招聘中优亲厚友", "选人用人经党委会研究，招聘委托第三方组织考试。"),
    ]),
    ("联社领导", "主任", "农玹溦", "leader", [
        ("违规为关系人办理贷款展期、借新还旧", "展期和借新还旧逐笔报风险合规部审查。"),
        ("固定资产购置和网点装修工程指定施工单位", "工程项目公开招标，结果在联社内公示。"),
    ]),
    ("信贷管理部", "经理", "麦翀沅", "middle", [
        ("贷款审查流于形式，对虚假购销合同审查不严", "审查岗与调查岗分设，合同发票逐笔核验。"),
        ("授信额度核定中接受客户宴请、收受好处", "授信实行双人核定，签订廉洁从业承诺书。"),
    ]),
    ("信贷管理部", "客户经理", "农琇岑", "general", [
        ("贷前调查不实，双人调查变一人包办", "双人实地调查，调查影像资料归档备查。"),
        ("贷后检查走过场，未发现挪用贷款资金", "贷后检查按季开展，检查记录经部门经理签字。"),
        ("介绍贷款中介、收取好处费", "严禁与贷款中介往来，客户回访抽查。"),
    ]),
    ("营业部", "主任", "麦璟沨", "middle", [
        ("柜面业务授权把关不严，代替他人授权", "授权卡专人专用，授权记录每日核查。"),
    ]),
    ("营业部", "综合柜员", "农澈岏", "general", [
        ("挪用客户存款、私自开立账户", "存款业务双人复核，重要空白凭证专人保管。"),
        ("惠农补贴资金代发中截留、冒领", "代发清单与财政部门逐户核对，发放结果公示。"),
    ]),
]  # fmt: skip

# the note's grading by 序号
FIRST = {1, 2, 3, 7, 10}
SECOND = {4, 5, 8, 11}
NOTE_LEVELS = (
    "注：1.风险等级经联社廉政风险评估小组评定：序号1—3、7、10为一级风险点，序号4、5、8、11为二级风险点，"
    "其余为三级风险点。2.各岗位风险点由本人负责防控，部门负责人负责监督。"
)


def union_level(n: int) -> int:
    """The level the note gives the row numbered ``n``."""
    return 1 if n in FIRST else 2 if n in SECOND else 3


def guyang_credit_union_levels_by_note() -> dict:
    unit = f"{PLACE}农村信用合作联社"
    sh = _Sheet("一览表", [6, 12, 10, 10, 42, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 6)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in UNION_ROWS:
        for point, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], union_level(n))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE_LEVELS, 6)
    sh.add("制表：", None, "审核：", None, "理事长（签字）：", None)
    return _layout(
        "guyang_credit_union_levels_by_note", "http://www.jaoyuw.com/JinRongLunWen/239029.html",
        "(harder) 县农村信用合作联社 岗位廉政风险点一览表, after the source's essay on 农村信用社 信贷风险 (审、贷、查 制衡, "
        "分级报批, 贷款责任追究, 大额贷款 公示): a title, a merged 填报单位/date line, 序号/部门 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/防控措施 and NO level column; the levels only in a merged ``注：`` line under the table "
        "that names the rows by 序号 (``序号1—3、7、10为一级风险点，序号4、5、8、11为二级风险点，其余为三级风险点``); "
        "no type column; a 制表/审核/理事长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def guyang_jinshan_branch_two_sheets() -> dict:
    unit = f"{PLACE}农村商业银行金山支行"
    t = _Truth(unit)
    lead = _Sheet("行领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}行领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("麦沄翙", "行长", "主持支行全面工作", [
            ("A岗主调查职责虚置，指派新入职员工代为调查", "一级", "A、B岗调查人员实名登记，调查报告双签。"),
            ("对关系人贷款打招呼、施压", "一级", "领导干部插手干预信贷业务一律登记报告。"),
        ]),
        ("农珝瀞", "副行长", "分管信贷、风险", [
            ("续贷、展期和贷款重组审批把关不严", "二级", "续贷展期提交总行风险合规部复审。"),
            ("指使会计人员在贷款资料上代签", "一级", "贷款资料签字人员当面签署，影像留存。"),
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
    dept = _Sheet("部室", [6, 14, 10, 9, 38, 9, 34])
    _line(dept, f"{unit}部室廉政风险防控一览表", 7)
    dept.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("信贷部", "经理", "麦岫珵", "middle", "贷款审查中对虚假购销合同、发票不核实", "一级",
         "合同和发票经税务系统逐笔查验。"),
        ("信贷部", "经理", "麦岫珵", "middle", "放宽贷款条件为亲友办理贷款", "二级", "本人及亲属贷款实行回避。"),
        ("信贷部", "客户经理", "农昶璆", "general", "贷前调查只看资料不到现场", "一级", "调查须到现场并拍摄影像。"),
        ("信贷部", "客户经理", "农昶璆", "general", "贷后资金流向不跟踪", "二级", "受托支付资金逐笔跟踪。"),
        ("营业室", "会计", "麦湜澂", "general", "重要空白凭证保管不善，冒名签字", "三级", "凭证领用登记，定期盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合部", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "guyang_jinshan_branch_two_sheets", "https://www.163.com/dy/article/KLB06O0Q0556EXW8.html",
        "县农商银行支行 廉政风险防控一览表 in TWO SHEETS, after the source's 农商银行 违法发放贷款 case (A岗主调查, B岗协办, "
        "双人调查 走过场, 主管会计 代签, 岗位制衡): sheet 行领导 with 姓名/职务/分管工作 merged per leader, sheet 部室 "
        "with 部室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def guyang_xiashihao_credit_coop_posts() -> dict:
    unit = f"{PLACE}农村信用合作联社下湿壕信用社"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "leader", "贷款审批", "对虚构用途的贷款违规审批发放", "岗位职责风险", "高",
         "贷款用途凭购销合同和发票核实。"),
        ("社领导", "主任", "leader", "贷款重组", "以贷款重组名义为逾期客户持续输血", "制度机制风险", "高",
         "重组贷款报联社贷审会审批。"),
        ("信贷组", "信贷员", "general", "贷前调查", "调查不到户，调查报告照抄客户资料", "业务流程风险", "中",
         "调查实行双人入户，调查表由户主签字。"),
        ("信贷组", "信贷员", "general", "续贷办理", "虚构材料为无力还款的客户续贷", "思想道德风险", "高",
         "续贷须重新调查，逾期客户不得续贷。"),
        ("柜面", "综合柜员", "general", "现金收付", "收款不入账、截留客户资金", "业务流程风险", "中",
         "现金业务全程监控，日终轧账。"),
        ("柜面", "综合柜员", "general", "代理业务", "代理保险、理财时误导销售收取好处", "外部环境风险", "低",
         "代理业务双录，客户回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "guyang_xiashihao_credit_coop_posts", "https://m.163.com/dy/article/KL48QBTA05390R8Z.html",
        "县信用社 岗位廉政风险点排查表 对岗不对人, after the source's second report of the 农商银行 违法放贷 case (虚假购销合同, "
        "双人调查, 续贷、展期、贷款重组, 内控形同虚设): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def guyang_xingshunxi_station_selfchecks() -> dict:
    unit = f"{PLACE}兴顺西镇普惠金融服务站"
    t = _Truth(unit)
    people = [
        ("麦瀚玥", "服务站", "站长", "leader", [
            ("助农取款点设点审核不严，违规选择关系人商户", "Ⅰ级", "设点商户经镇、村两级推荐并公示。", "已落实"),
            ("服务站机具补贴和手续费结算弄虚作假", "Ⅱ级", "补贴按交易流水核定，结算单据存档。", "未发现问题"),
        ]),
        ("农屹澜", "助农取款点", "协管员", "general", [
            ("代农户取款时多扣手续费", "Ⅰ级", "收费标准上墙公示，取款凭条由农户签字。", "已落实"),
            ("保管农户银行卡、密码", "Ⅱ级", "严禁代保管银行卡和密码，定期提醒农户。", "已落实"),
        ]),
        ("麦珺岢", "助农取款点", "协管员", "general", [
            ("惠农补贴资金代取中截留", "Ⅰ级", "补贴到账短信提醒，发放情况每月核对。", "未发现问题"),
            ("现金备付金挪作他用", "Ⅲ级", "备付金专户管理，每日核对余额。", "已落实"),
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
        "guyang_xingshunxi_station_selfchecks", "http://www.0535-0411.com/Article/16562.html",
        "县镇普惠金融服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "银行卡助农取款服务点 (服务点标牌, 小额取款, 余额查询, 商户): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def guyang_guarantee_company_group_rows() -> dict:
    unit = f"{PLACE}融资担保有限公司"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "农沣琬", "leader", [
                ("为不符合条件的企业违规提供担保", "一级风险", "担保项目经评审委员会集体审议。"),
                ("与合作银行、贷款中介进行利益输送", "一级风险", "合作机构名单公开，严禁与中介往来。"),
            ]),
        ]),
        ("二、业务部", "业务部", [
            ("经理", "麦昉滢", "middle", [
                ("项目受理中隐瞒担保条款、不向客户提供合同", "二级风险", "担保合同一式三份，客户签收。"),
                ("担保费率和收费标准擅自调整", "二级风险", "收费标准公示，减免报公司审批。"),
            ]),
            ("项目经理", "农翾璐", "general", [
                ("保前调查不实，反担保措施落实不到位", "一级风险", "反担保物现场核验并登记。"),
                ("接受被担保企业宴请、礼金", "三级风险", "签订廉洁从业承诺书，节前提醒。"),
            ]),
        ]),
        ("三、风险管理部", "风险管理部", [
            ("风险经理", "麦崟珩", "general", [
                ("代偿追偿工作不尽责，放弃追偿权利", "二级风险", "追偿方案经总经理办公会研究。"),
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
        "guyang_guarantee_company_group_rows", "https://www.163.com/dy/article/KC107SHO0545A1U2.html?spss=dy_author",
        "县融资担保公司 廉政风险防控责任清单, after the source's report on a 农商银行支行 and 贷款中介 (受托支付, 中介费, "
        "隐瞒担保人条款, 担保合同, 贷前、贷时、贷后 三查): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施 under GROUP ROWS ``一、公司领导``, ``二、业务部``, ``三、风险管理部`` merged across; 岗位 "
        "and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def guyang_huaishuo_branch_cards() -> dict:
    unit = f"{PLACE}农村商业银行怀朔支行"
    t = _Truth(unit)
    cards = [
        ("行长", "农澍岐", "行长", "主持支行全面工作", "leader", [
            ("利用贷款审批权向企业主高息放贷", "★★★", "领导干部及亲属与信贷客户资金往来一律报告。"),
            ("授信额度审批中“互相照顾”、利益交换", "★★★", "授信额度由上级行核定，支行不得自行调整。"),
            ("接受客户宴请、礼品", "★", "严守中央八项规定精神。"),
        ]),
        ("副行长", "麦璩汭", "副行长", "分管信贷、合规", "leader", [
            ("信贷客户准入把关不严", "★★", "客户准入经贷审小组集体审议。"),
            ("员工违规参与民间借贷失察", "★★", "员工账户异常交易每月排查。"),
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
        "guyang_huaishuo_branch_cards", "https://dcwnkz.com/new/732016446913136640",
        "县农商银行支行 领导干部廉政风险防控卡, one sheet a leader, after the source's 农商行 leaders' “放贷收息” case "
        "(贷款审批权, 授信额度, 互相照顾, 高息借款): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def guyang_xidoupu_credit_coop_list() -> dict:
    unit = f"{PLACE}农村信用合作联社西斗铺信用社"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "农溍瑀", "leader", "三农支付服务点布设中收受商户好处", "外部环境", "高风险",
         "服务点选址集体研究，名单公示。"),
        ("社领导", "主任", "农溍瑀", "leader", "农户小额信用贷款评级授信优亲厚友", "岗位职责", "中风险",
         "信用户评定经村评议小组评议并公示。"),
        ("信贷组", "信贷员", "麦霂昕", "general", "惠农补贴卡挂失、补办中冒领资金", "业务流程", "高风险",
         "挂失补办本人到场，身份联网核查。"),
        ("信贷组", "信贷员", "农岍璟", "general", "小额贷款发放中吃拿卡要", "思想道德", "中风险",
         "贷款办理时限公开，监督电话上墙。"),
        ("柜面", "会计", "麦珈潆", "general", "服务点备付金结算不及时、不核对", "制度机制", "中风险",
         "备付金按日结算、按月对账。"),
        ("柜面", "出纳", "农曈岱", "general", "库存现金账实不符", "业务流程", "低风险", "现金日清月结，主任不定期查库。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "guyang_xidoupu_credit_coop_list", "http://henan.sina.com.cn/nanyang/economy/2014-06-16/075714099.html",
        "县信用社 岗位廉政风险防控一览表, after the source's county “三农支付服务点” on 农信社营业网点 (农家店 布设, 惠农补贴 "
        "取现, 单笔取款限额): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） "
        "line",
        [sh], t,
    )  # fmt: skip


def guyang_yinhao_branch_register() -> dict:
    unit = f"{PLACE}农村商业银行银号支行"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("行领导", "行长", "麦淏琛", "leader", [
            ("农村金融综合服务站设备采购不按程序", "制度机制", "一级", "设备采购报总行集中采购。"),
            ("服务站合作商户选定中接受请托", "思想道德", "二级", "合作商户经评估小组评定并公示。"),
        ]),
        ("综合部", "主任", "农汐岚", "middle", [
            ("服务站补贴资金拨付审核不严", "岗位职责", "二级", "补贴拨付按考核结果核定。"),
        ]),
        ("营业室", "客户经理", "麦瑗峣", "general", [
            ("向服务站商户推销理财收取好处", "外部环境", "一级", "严禁私售理财产品，双录留存。"),
            ("服务站巡检记录弄虚作假", "业务流程", "三级", "巡检实行远程监控抽查。"),
        ]),
        ("营业室", "出纳", "农琤沨", "general", [
            ("服务站现金调拨不登记", "业务流程", "一级", "现金调拨双人押运、登记签字。"),
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
        "guyang_yinhao_branch_register", "http://www.jpedc.org.cn/html/xingyezixun318/20172.html",
        "县农商银行支行 廉政风险点排查登记表, after the source's 农村金融综合服务站 (助农取款点 扩充整合, 点钞机, 远程监控, "
        "硬件投入): a title, 序号/部室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    guyang_credit_union_levels_by_note(),
    guyang_jinshan_branch_two_sheets(),
    guyang_xiashihao_credit_coop_posts(),
    guyang_xingshunxi_station_selfchecks(),
    guyang_guarantee_company_group_rows(),
    guyang_huaishuo_branch_cards(),
    guyang_xidoupu_credit_coop_list(),
    guyang_yinhao_branch_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch634-inbox"))

"""The eight-hundred-and-seventieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's human
resources and social security bodies, 墨玉县 (of 和田地区, 新疆维吾尔自治区) — its 人力资源和社会保障局,
劳动保障监察大队, 就业服务中心, 职业技能培训中心, 社会保险服务中心 and its 乡镇 社保所 / 劳动保障
事务所 (喀拉喀什镇, 喀尔赛镇, 扎瓦镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 人社局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 劳动保障监察大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 就业服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、创业服务股`` merged across (no 股室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 职业技能培训中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, 高/中/低, ``自查情况``, no type column;
- the 喀拉喀什镇社保所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 喀尔赛镇劳动保障事务所's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, no type column, ``一级/二级/三级``;
- the 扎瓦镇社会保障服务站's 排查登记表: ``工作组`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``高风险/中风险/低风险``, a ``注：`` line.

One is harder:

- ``moyu_social_insurance_center_wrapped_rows``: the 社会保险服务中心's 工作人员廉政风险点登记表, ONE ROW A
  PERSON (``序号 | 岗位 | 姓名``) with THREE point slots across (``风险点（一） | 等级 | 风险点（二） | 等级 |
  风险点（三） | 等级``); a person with more than three points goes on in the row(s) UNDER his own, the
  ``序号``, ``岗位`` and ``姓名`` cells left EMPTY (not merged) and his fourth point typed again under
  ``风险点（一）``, as a ``注：`` line under the table says (``超过三项的，在本人一行下方另起一行接着填写，
  序号、岗位、姓名不再重复填写``); a last row may leave slots empty. The README's 读得懂的表 knows a row
  with several ``风险点1 | 风险等级 | 风险点2 | 风险等级`` pairs (all the row's post's), pairs typed on into
  UNHEADED columns to the right, a point's text spilling into the next rows WITHOUT 序号 or level
  (joined to the point above), a holder's merged cells over his rows and a holder typed once in the
  middle of his block; it does not describe a one-row-a-person table whose overflow rows, with the
  holder cells empty, start the slots again from the first heading and carry their own levels.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (社保经办 内部控制监督检查 — 综合柜员制,
一窗通办, 承诺制办理, 数据对接; a “1岁工作22岁退休” comment — 档案涂改, 违规办理退休, 审核流程;
劳动监察之困 — 监察员, 欠薪, 执法取证, 办案经费; 创业担保贷款贴息 审核 — 资格审核, 贷后监管; 定点职业
培训机构 管理 — 开班, 课时, 考核鉴定, 资金结报, 档案; 社会保险经办内部控制规范 — 分工明确, 责任到岗,
数据保护; 就业办主任 玩忽职守 审核贷款 — 资格审查, 收受感谢费; 失业保险经办 违规支付 — 单证,
待遇审核) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 伍 and 冉 with rare given names);
every unit is a body of 墨玉县.

Run ``python tests/published/score.py --set batch870`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every filled ``风险点（…）`` slot is a point of the row's person, with the level
  beside it; a row whose ``序号``, ``岗位`` and ``姓名`` are empty belongs to the person of the nearest
  row above that names one (the ``注：`` line says so); empty slots are no points; one form a
  person, no 科室 (the table names none); the 填报 line, the ``注：`` line and the sign-off line are no
  points;
- ``局领导``, ``中心领导`` (a group row) are the 科室 of those leaders; the 人社局's leaders (sheet
  ``局领导``, no 科室 column) and the cards' people have no 科室; a 局's 股, a 大队's 中队, a 中心's 股 and
  a 站's 工作组 are 科室; a group row ``二、就业援助股`` gives the 科室 ``就业援助股`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 大队长, a 中心's 主任 and 副主任, a 所's 所长 and a 站's
  站长 are leaders; 股长 and 中队长 middle; the rest (科员, 监察员, 经办员, 柜员, 稽核员, 会计, 出纳,
  培训管理员, 协理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``主要职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 劳动保障监察大队's list names no person: its
  forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b870_"
PLACE = "墨玉县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SLOTS = 3


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(风险点, 等级)])
STAFF = [
    ("主任", "伍翎澍", "leader", [
        ("基金支付审批“一支笔”，大额待遇支付不经集体研究", "高"),
        ("经办系统权限分配审核把关不严，一人多权", "高"),
        ("内控监督检查发现的问题不督促整改", "中"),
        ("干预参保单位稽核结果，为企业少缴社保费说情", "高"),
        ("接受参保单位宴请和礼品", "低"),
    ]),
    ("副主任", "冉岱霏", "leader", [
        ("待遇核定复核走过场，违规认定视同缴费年限", "高"),
        ("领取资格认证数据比对不及时，死亡人员待遇未停发", "中"),
        ("告知承诺制办理事项事后核查不落实", "中"),
    ]),
    ("综合柜员", "伍湛珣", "general", [
        ("受理退休申报时对档案涂改、出生日期前后矛盾不核验", "高"),
        ("为熟人违规办理参保补缴、跨年度补缴", "高"),
        ("参保人员身份信息“双改”变更不按规定留存证明材料", "中"),
        ("泄露、倒卖参保人员个人信息", "低"),
    ]),
    ("稽核员", "冉瑀汀", "general", [
        ("参保单位缴费基数稽核不严，收受好处后少核应缴基数", "高"),
        ("重复领取待遇疑点数据核查不到位", "中"),
    ]),
]  # fmt: skip


def moyu_social_insurance_center_wrapped_rows() -> dict:
    unit = f"{PLACE}社会保险服务中心"
    ncols = 3 + 2 * SLOTS
    sh = _Sheet("登记表", [6, 10, 9] + [30, 6] * SLOTS)
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉政风险点登记表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年4月", ncols)
    sh.add(
        "序号",
        "岗位",
        "姓名",
        "风险点（一）",
        "等级",
        "风险点（二）",
        "等级",
        "风险点（三）",
        "等级",
    )
    for n, (post, who, tier, points) in enumerate(STAFF, 1):
        for k in range(0, len(points), SLOTS):
            chunk = points[k : k + SLOTS]
            cells = [c for point, lv in chunk for c in (point, lv)]
            cells += [None] * (2 * SLOTS - len(cells))
            if k == 0:
                sh.add(n, post, who, *cells)
            else:
                sh.add(None, None, None, *cells)
        for point, lv in points:
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：1.每人填写本岗位主要廉政风险点，超过三项的，在本人一行下方另起一行接着填写，序号、岗位、"
        "姓名不再重复填写；2.等级分为高、中、低三级。",
        ncols,
    )
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None, None)
    return _layout(
        "moyu_social_insurance_center_wrapped_rows", "http://m.jizihe.com/page/2021/1229/21467219.shtml",
        "(harder) 县社会保险服务中心 工作人员廉政风险点登记表, after the source's piece on 社保业务 内部控制监督检查 (综合柜员制, "
        "一窗通办, 承诺制办理, 档案电子化, 数据对接): a title, a merged 填报单位/填报时间 line, then ONE ROW A PERSON "
        "``序号 | 岗位 | 姓名`` with three point slots ``风险点（一） | 等级 | 风险点（二） | 等级 | 风险点（三） | 等级``; "
        "a person with more than three points goes on in the row under his own with 序号/岗位/姓名 EMPTY (not merged), "
        "the slots starting again from 风险点（一）, each with its own level; 高/中/低, no type column; a merged ``注：`` "
        "line saying how overflow rows are filled, and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def moyu_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 40, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("伍霈岷", "局长", "主持全面工作", [
            ("事业单位公开招聘岗位条件因人设置", "一级", "招聘方案经局党组会研究，报县委组织部备案后公告。"),
            ("就业补助资金分配方案个人决定", "一级", "资金分配按因素法测算，局党组会集体研究。"),
        ]),
        ("冉涴琛", "副局长", "分管工资福利、退休审批", [
            ("特殊工种提前退休审批把关不严", "一级", "提前退休一律公示，档案由两人交叉审核。"),
            ("机关事业单位工资套改审核打招呼", "二级", "套改结果逐人公示，接受监督。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 40, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工资福利与退休股", "股长", "伍珞岑", "middle", "审核退休人员档案时对出生日期、参加工作时间涂改不核查",
         "一级", "档案存疑的一律调取原始招工表，集体会审。"),
        ("工资福利与退休股", "股长", "伍珞岑", "middle", "违规认定工龄、视同缴费年限", "二级", "认定依据逐项登记，留档备查。"),
        ("工资福利与退休股", "科员", "冉晞翎", "general", "退休审批材料受理不一次性告知，吃拿卡要", "三级",
         "实行一次性告知和限时办结。"),
        ("事业单位人事管理股", "股长", "伍泓瑆", "middle", "事业单位招聘面试考官选派不回避", "一级",
         "考官随机抽取，考前封闭管理。"),
        ("事业单位人事管理股", "科员", "冉嶷沅", "general", "招聘资格复审放宽条件", "二级", "资格复审两人以上共同审核并签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "moyu_hrss_bureau_two_sheets", "http://www.lzdlbg.com/peizizaixiankaihu/34209.html",
        "县人社局 廉政风险防控一览表 in TWO SHEETS, after the source's comment on “1岁工作22岁退休” (篡改档案, 提前退休, "
        "违规领取养老金, 审核流程形同虚设): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def moyu_labour_inspection_posts() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "案件查处", "对欠薪案件查处打招呼、压案不办", "岗位职责风险", "Ⅰ级",
         "案件集体审理，办理进度每周通报。"),
        ("大队领导", "大队长", "leader", "行政处罚", "处罚裁量畸轻畸重，以罚代管", "制度机制风险", "Ⅰ级",
         "执行处罚裁量基准，重大处罚法制审核。"),
        ("执法一中队", "中队长", "middle", "投诉受理", "对欠薪投诉选择性受理，推诿不登记", "业务流程风险", "Ⅱ级",
         "投诉一律登记编号，限时答复。"),
        ("执法一中队", "监察员", "general", "现场检查取证", "检查中接受用人单位吃请，取证不全", "思想道德风险", "Ⅱ级",
         "现场检查两人以上，执法记录仪全程记录。"),
        ("执法二中队", "监察员", "general", "工资保证金核查", "工资保证金退还核查不实，违规退还", "业务流程风险", "Ⅰ级",
         "退还前在项目所在地公示，股室复核。"),
        ("执法二中队", "监察员", "general", "日常巡查", "巡查发现用工违法不立案、不移交", "外部环境风险", "Ⅲ级",
         "巡查台账月底核对，线索限期立案。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "moyu_labour_inspection_posts", "http://news.sina.com.cn/c/sd/2011-02-26/183022019877.shtml",
        "县劳动保障监察大队 岗位廉政风险点排查表 对岗不对人, after the source's report on 劳动监察之困 (监察员, 欠薪, "
        "现场执法, 取证, 办案经费): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def moyu_employment_center_group_rows() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "伍璟渫", "leader", [
                ("创业担保贷款推荐名单未经集体研究", "一级风险", "推荐名单经中心主任办公会研究并公示。"),
                ("公益性岗位人员安置优亲厚友", "一级风险", "安置对象按条件排序，结果公示五个工作日。"),
            ]),
        ]),
        ("二、就业援助股", "就业援助股", [
            ("股长", "冉澹岚", "middle", [
                ("就业困难人员认定把关不严", "二级风险", "认定材料与民政、残联数据比对。"),
            ]),
            ("经办员", "伍峄萦", "general", [
                ("社会保险补贴申领材料审核不实，虚报冒领", "一级风险", "补贴名单与参保缴费数据逐月核对。"),
                ("公益性岗位考勤弄虚作假", "二级风险", "考勤由用人单位按月报送，中心随机抽查。"),
            ]),
        ]),
        ("三、创业服务股", "创业服务股", [
            ("股长", "冉沨璐", "middle", [
                ("创业担保贷款资格审核走过场", "二级风险", "贷款申请逐户实地核查，留存影像资料。"),
                ("贴息资金计算不核对，多报贴息", "三级风险", "贴息金额与经办银行逐笔核对。"),
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
        "moyu_employment_center_group_rows", "https://www.ahhy.gov.cn/zfxxgk/public/24561/52402039.html",
        "县就业服务中心 廉政风险防控责任清单, after the source's 创业担保贷款贴息 审核 (资格审核, 人社部门审核程序, "
        "贷后监管, 贴息金额逐笔核实): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、就业援助股``, ``三、创业服务股`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def moyu_skills_training_selfchecks() -> dict:
    unit = f"{PLACE}职业技能培训中心"
    t = _Truth(unit)
    people = [
        ("伍瀚霁", "中心领导", "主任", "leader", [
            ("定点培训机构认定降低条件", "高", "认定材料实地核验，结果公示。", "已落实"),
            ("培训补贴资金结报审核不严", "高", "结报资料逐班审核，学员电话抽检不低于10%。", "未发现问题"),
        ]),
        ("冉翀岱", "培训管理股", "培训管理员", "general", [
            ("开班申请审核不核对学员身份", "中", "学员名册与身份信息系统比对。", "已落实"),
            ("缩减培训课时不制止、不上报", "中", "每班不定期巡查，签到表每日留存。", "已落实"),
        ]),
        ("伍琰澪", "考核鉴定股", "考评员", "general", [
            ("结业考核“放水”、篡改成绩", "高", "考培分离，考核过程全程录像。", "未发现问题"),
            ("培训档案资料保管不全", "低", "档案专柜保管，保管期限十年以上。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "moyu_skills_training_selfchecks", "http://fsou.com/html/text/lar/172521/17252169_2.html",
        "县职业技能培训中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's rules "
        "for 定点职业培训机构 (教学课时, 考培分离, 考核鉴定, 档案管理, 资金结报, 电话抽检): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def moyu_karakax_town_cards() -> dict:
    unit = f"{PLACE}喀拉喀什镇社会保障所"
    t = _Truth(unit)
    cards = [
        ("所长", "冉曜汐", "所长", "主持社保所全面工作", "leader", [
            ("城乡居民养老保险待遇领取资格认证不到户", "★★★", "认证名单与村委会逐户核对。"),
            ("低保、特困人员代缴保费名单审核不严", "★★", "代缴名单与民政数据比对后公示。"),
            ("接受办事群众礼品", "★", "签订廉洁承诺书，公开监督电话。"),
        ]),
        ("协理员", "伍崟琪", "协理员", "负责参保登记和待遇申报", "general", [
            ("代收居民养老保险费不及时上缴", "★★★", "一律通过社保卡缴费，不收现金。"),
            ("参保信息录入随意更改", "★★", "信息变更留存本人申请和证明材料。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "moyu_karakax_town_cards", "https://jj992.com/post/64132.html",
        "镇社会保障所 岗位廉政风险防控卡, one sheet a person, after the source's 社会保险经办内部控制规范 (分工明确、责任到岗, "
        "内部控制流程, 数据保护, 内部监督): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def moyu_kaerser_town_list() -> dict:
    unit = f"{PLACE}喀尔赛镇劳动保障事务所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "冉昶瀛", "leader", "小额担保贷款推荐对象资格不审查", "一级",
         "推荐对象入户核实，村委会出具证明并公示。"),
        ("所领导", "所长", "冉昶瀛", "leader", "收受贷款申请人感谢费", "二级", "签订廉洁承诺，开展警示教育。"),
        ("就业组", "经办员", "伍芃翾", "general", "就业登记信息虚报，编造就业去向", "一级",
         "就业信息与参保、务工数据比对。"),
        ("就业组", "经办员", "伍芃翾", "general", "转移就业交通补贴重复发放", "二级", "补贴名单按月公示，系统查重。"),
        ("社保组", "经办员", "冉霰琳", "general", "失业人员登记审核不严", "二级", "登记材料双人复核。"),
        ("社保组", "经办员", "冉霰琳", "general", "办理业务推诿拖延", "三级", "实行首问负责和限时办结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None)
    return _layout(
        "moyu_kaerser_town_list", "http://ljzjr.cn/china/2019/0804/c_63050.html",
        "镇劳动保障事务所 岗位廉政风险防控一览表, after the source's case of a 就业办主任 玩忽职守 审核贷款 (小额担保贷款, "
        "资格审查, 实地核查, 收受感谢费): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/"
        "所长（签字） line",
        [sh], t,
    )  # fmt: skip


def moyu_zawa_town_register() -> dict:
    unit = f"{PLACE}扎瓦镇社会保障服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "工作组", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "伍瑱淇", "leader", [
            ("失业保险金申领单证审核签批不严", "岗位职责", "高风险", "申领材料经办、复核两级签字。"),
            ("站内经费报销不按规定审批", "制度机制", "中风险", "经费支出站务会研究，票据逐笔审核。"),
        ]),
        ("社保经办组", "经办员", "冉溆琦", "general", [
            ("失业人员再就业后未及时停发待遇", "业务流程", "高风险", "每月与参保缴费数据比对。"),
            ("工伤认定材料受理后私自改动", "思想道德", "中风险", "材料受理登记，修改需本人签字。"),
        ]),
        ("社保经办组", "会计", "伍萁澜", "general", [
            ("待遇发放明细与银行回单不核对", "业务流程", "中风险", "每月对账，差异及时查明。"),
            ("受中介请托代办社保业务", "外部环境", "低风险", "禁止中介代办，公开办事指南。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "moyu_zawa_town_register", "https://m.110ask.com/zhishi/13788672270983301683.html",
        "镇社会保障服务站 廉政风险点排查登记表, after the source's note on 失业保险经办机构 工作人员 违规支付 (单证, 待遇审核, "
        "失业登记, 责令追回): a title, 序号/工作组 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    moyu_social_insurance_center_wrapped_rows(),
    moyu_hrss_bureau_two_sheets(),
    moyu_labour_inspection_posts(),
    moyu_employment_center_group_rows(),
    moyu_skills_training_selfchecks(),
    moyu_karakax_town_cards(),
    moyu_kaerser_town_list(),
    moyu_zawa_town_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch870-inbox"))

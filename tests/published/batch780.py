"""The seven-hundred-and-eightieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's education
bodies, 献县 (of 沧州市, 河北省) — its 教育局, 高级中学, 职业技术教育中心, 教研室, 学生资助管理中心, the
实验小学 and two 镇中心校 (河城街镇, 淮镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 教育局's 一览表 in TWO SHEETS: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column, a 制表 line;
- the 高级中学's 一览表 under ``附件1``: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型``
  (``…风险``), 高/中/低, a ``注：`` line and a sign-off line;
- the 职业技术教育中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, short types, ``一级风险/二级风险/
  三级风险``; no names;
- the 教研室's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row
  of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名：``;
- the 河城街镇中心校's 责任清单 under GROUP ROWS ``一、中心校领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级/二级/三级``;
- the 实验小学's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …``, a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line, 持卡人（签字）;
- the 淮镇中心校's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``.

One is harder:

- ``xianxian_student_aid_center_survey_export``: the 学生资助管理中心 collected its staff's risk points
  with an ONLINE QUESTIONNAIRE (问卷星) and sent back the platform's raw export "按选项文本": ONE ROW
  A RESPONDENT, the platform's own columns first (``序号 | 提交答卷时间 | 所用时间 | 来源 | 来源详情 |
  来自IP``), then one column a question headed by its number and text (``1、您的姓名：``, ``2、所在单位：``,
  ``3、所在科室：``, ``4、您的岗位：``, ``5、本岗位的高风险点（一级）：（多选题）``, ``6、…中风险点（二级）…``,
  ``7、…低风险点（三级）…``, ``8、主要防控措施：``); a multiple-choice answer lists every option ticked
  joined by ``┋`` in ONE cell, a skipped question reads ``(跳过)``. So a person's points are the
  ``┋``-separated items of three cells, their level given by the question the cell answers; the
  same option ticked by two respondents is a point of each. The README's 读得懂的表 knows
  questionnaire exports with numbered repeated columns (``风险点1 | 风险类型1 | …``), level columns
  whose cells hold numbered lines, and lists joined by ``、``/``；`` or line breaks; it does not
  describe a survey platform's respondent-per-row export whose points are ``┋``-joined options
  under level-worded QUESTION headings, with the platform's metadata columns and ``(跳过)`` cells.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 职称评审 监督 by a 驻市教育局纪检监察组;
a comment on 校园餐、教辅、校服 整治; a 县教育局 on 教育“三乱” and 评优 一票否决; a 全省教育工作会议
speech on 教育质量, 布局调整; a 中心小学 清廉学校 验收; a 实验小学 清廉学校示范校 验收; a 县纪委 on
营养餐报账, 教辅征订, 校服采购; a study of 学生资助 精准识别, 评审发放, 受助核查) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 冼 and 邰 with rare given names); every unit is a body of 献县.

Run ``python tests/published/score.py --set batch780`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every ``┋``-separated option of questions 5, 6 and 7 is a point of that row's
  respondent (name from question 1, 科室 from 3, post from 4), levelled 1, 2, 3 by the question;
  ``(跳过)`` is no point; question 8's measures, the platform's columns (序号, time, 来源, IP) and
  question 2 (the unit) are no points and name no holder; one form a respondent;
- ``局领导``, ``中心校领导``, ``校领导`` are the 科室 of those leaders where a cell or group row says so;
  the 教育局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a school's 处/室, a 局's
  股 and a 中心's 股/室 are 科室;
- 局长, 副局长, 校长, 副校长, 党支部书记, 主任 of a 中心/教研室 are leaders; 股长, a 处's 主任 middle; the
  rest (股员, 会计, 出纳, 教研员, 资助专干, 报账员, 保管员) general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/
  低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b780_"
PLACE = "献县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
JOIN = "┋"
SKIPPED = "(跳过)"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the questionnaire's level questions: (heading, level)
QUESTIONS = [
    ("5、本岗位的高风险点（一级）：（多选题）", 1),
    ("6、本岗位的中风险点（二级）：（多选题）", 2),
    ("7、本岗位的低风险点（三级）：（多选题）", 3),
]

# one respondent a row: (submitted, seconds, 来源, 姓名, 科室, 岗位, tier, (高, 中, 低 options), measures)
RESPONDENTS = [
    ("2025/5/12 9:14:36", "412秒", "微信", "冼翙岚", "中心领导", "主任", "leader", (
        ["家庭经济困难学生认定审核把关不严", "资助名额分配向个别学校倾斜"],
        ["资助政策宣传不到位，应助未助"],
        [],
    ), "认定结果三级公示；名额按在校生和困难学生比例测算，班子集体研究。"),
    ("2025/5/12 10:02:51", "287秒", "微信", "邰骃川", "资助管理股", "股长", "middle", (
        ["家庭经济困难学生认定审核把关不严", "虚报受助学生人数套取资助资金"],
        ["受助学生信息录入不实"],
        ["受助学生回访核查走过场"],
    ), "学籍系统与资助系统数据比对；每学期入户抽查回访。"),
    ("2025/5/12 15:40:07", "356秒", "手机提交", "冼璆苒", "资助管理股", "资助专干", "general", (
        [],
        ["受助学生信息录入不实", "生源地信用助学贷款受理不按规定审核"],
        ["受助学生回访核查走过场"],
    ), "信息双人录入核对；贷款受理资料当日登记。"),
    ("2025/5/13 8:47:22", "233秒", "微信", "邰湑宁", "财务室", "会计", "general", (
        ["资助资金未直接发放到学生银行卡", "挤占挪用资助资金"],
        [],
        ["资助资金账务核算不及时"],
    ), "资金通过代发银行直接发放到卡；专账核算，按月对账。"),
]  # fmt: skip


def xianxian_student_aid_center_survey_export() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    sh = _Sheet("Sheet1", [6, 18, 9, 9, 10, 20, 10, 20, 12, 10, 40, 40, 36, 40])
    t = _Truth(unit)
    sh.add(
        "序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的姓名：", "2、所在单位：",
        "3、所在科室：", "4、您的岗位：", *[q for q, _ in QUESTIONS], "8、主要防控措施：",
    )  # fmt: skip
    for i, (when, took, via, who, dept, post, tier, picks, measures) in enumerate(RESPONDENTS, 1):
        cells = [JOIN.join(items) if items else SKIPPED for items in picks]
        ip = f"110.249.{40 + i}.{17 * i}(河北-沧州)"
        sh.add(i, when, took, via, "直接访问", ip, who, unit, dept, post, *cells, measures)
        for (_q, lv), items in zip(QUESTIONS, picks, strict=True):
            for point in items:
                t.point(sh.name, dept, post, who, tier, point, [], lv)
    return _layout(
        "xianxian_student_aid_center_survey_export", "http://puapp.net/c/20230802/59259.html",
        "(harder) 县学生资助管理中心 岗位廉政风险点 online questionnaire (问卷星) raw export 按选项文本, after the source's "
        "study of 学生资助 精准化 (家庭经济困难学生认定, 资助资金评审和发放, 受助情况核查): no title, ONE ROW A RESPONDENT, "
        "the platform's columns 序号/提交答卷时间/所用时间/来源/来源详情/来自IP, then one column a question headed "
        "``N、question：`` (姓名, 所在单位, 所在科室, 岗位, then three multiple-choice questions 高风险点（一级）/中风险点（二级）/"
        "低风险点（三级）（多选题） and a free 主要防控措施); each multiple-choice cell lists the options ticked joined by "
        "``┋``, a skipped one ``(跳过)``; the same option ticked by several respondents",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xianxian_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 40, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "冼琮瑀", "主持全面工作", [
            ("中小学布局调整和校舍建设项目决策不经集体研究", "一级", "重大项目经局党组会集体研究，全程纪检监督。"),
            ("干预学校教辅资料、校服选用", "二级", "局领导不得推荐、指定教辅和校服供应商。"),
        ]),
        ("副局长", "邰昶頔", "分管人事、职称评审", [
            ("中小学教师职称评审暗箱操作、接受请托", "一级", "评审方案、条件、结果全程公开，评委随机抽取。"),
            ("教师调配、交流轮岗优亲厚友", "二级", "调配计划经党组会研究，结果公示五个工作日。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 40, 9, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("人事股", "股长", "冼瑨桐", "middle", "职称评审申报材料初审把关不严，弄虚作假者通过", "一级",
         "材料初审、复审两级把关，申报材料在校内公示。"),
        ("人事股", "股员", "邰甯菡", "general", "职称评审量化积分统计出错或人为调整", "二级", "积分双人统计，结果由本人签字确认。"),
        ("基础教育股", "股长", "冼峣溪", "middle", "义务教育阶段划片招生、插班审批违规", "一级", "招生方案报批公示，插班名单公开。"),
        ("计划财务股", "股长", "邰瀞柯", "middle", "校舍维修资金分配不按项目库安排", "二级", "资金按项目库排序分配，结果公开。"),
        ("计划财务股", "股员", "冼崟禾", "general", "学校经费报账审核不严", "三级", "报账凭证审核留痕，定期抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "xianxian_education_bureau_two_sheets", "https://yjlz.gov.cn/pzjd/content/post_17746.html",
        "县教育局 廉政风险防控一览表 in TWO SHEETS, after the source's 驻市教育局纪检监察组 on 教师职称评审 (评审方案, "
        "评审条件, 评审程序, 评委, 暗箱操作): sheet 局领导 with 职务/姓名/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xianxian_senior_high_list() -> dict:
    unit = f"{PLACE}高级中学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "邰玹朴", "leader", [
            ("学生食堂承包经营和食材供应商选定暗箱操作", "制度机制风险", "高", "食材统一招标采购，家委会参与评议。"),
            ("校服选用指定厂家、收受回扣", "外部环境风险", "高", "校服由家长委员会选用，学生自愿购买。"),
        ]),
        ("教务处", "主任", "冼鋆宸", "middle", [
            ("统一征订目录外教辅资料", "岗位职责风险", "高", "严格执行“一科一辅”，征订目录公示。"),
            ("高一新生招生录取违规调整", "业务流程风险", "中", "录取名单按分数线公示，接受监督。"),
        ]),
        ("总务处", "主任", "邰珣苡", "middle", [
            ("食材入库验收数量不实、虚增采购量", "业务流程风险", "中", "验收双人签字，入库单与配送单逐日核对。"),
        ]),
        ("总务处", "保管员", "冼暐舟", "general", [
            ("食堂物资出库不登记、账实不符", "思想道德风险", "低", "出库登记，每月盘点。"),
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
    _line(
        sh,
        "注：风险等级分高、中、低三级；风险类型按思想道德、岗位职责、业务流程、制度机制、外部环境填写。",
        8,
    )
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None, "2025年5月", None)
    return _layout(
        "xianxian_senior_high_list", "http://m.digipub.cc/dy/article/KL3A6O8E0556FALZ.html",
        "县高级中学 岗位廉政风险防控一览表, after the source's comment on 校园餐、教辅、校服 整治 (虚增采购量, 高开发票, "
        "回扣, 一科一辅, 校服选用): ``附件1``, a title, 序号/处室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def xianxian_vocational_center_posts() -> dict:
    unit = f"{PLACE}职业技术教育中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 12, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "以各种名义向学生乱收费", "制度机制", "一级风险", "收费项目和标准公示，严禁自立项目。"),
        ("中心领导", "主任", "leader", "评优评先中不执行“一票否决”", "岗位职责", "二级风险", "评优条件公开，有“三乱”问题的一票否决。"),
        ("学生科", "科长", "middle", "中职免学费和国家助学金资助对象弄虚作假", "业务流程", "一级风险",
         "资助对象班级评议、学校审核、公示。"),
        ("学生科", "科长", "middle", "组织学生到校外实习收取中介费", "外部环境", "二级风险", "实习单位集体研究，实习协议三方签订。"),
        ("教务科", "科长", "middle", "技能等级认定考核降低标准", "岗位职责", "二级风险", "考核全程录像，考评员交叉评分。"),
        ("教务科", "教师", "general", "在职教师有偿补课、乱订资料", "思想道德", "三级风险", "签订承诺书，设立举报电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xianxian_vocational_center_posts", "https://www.ljtj.gov.cn/Article-4542.shtml",
        "县职业技术教育中心 岗位廉政风险点排查表 对岗不对人, after the source's 县教育局 on 教育“三乱” (乱收费, 乱补课, 乱订资料; "
        "评优选模 一票否决): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 (short names)/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xianxian_teaching_research_selfchecks() -> dict:
    unit = f"{PLACE}教研室"
    t = _Truth(unit)
    people = [
        ("邰熠蘅", "教研室领导", "主任", "leader", [
            ("全县教学质量监测命题、阅卷中泄密或改分", "Ⅰ级", "命题人员封闭管理，阅卷双评。"),
            ("学校教学工作评估打招呼、定名次", "Ⅱ级", "评估组随机组成，评估结果公开。"),
        ]),
        ("冼煊沐", "中学教研组", "教研员", "general", [
            ("以教研名义向学校推荐教辅资料", "Ⅰ级", "教研员不得推荐教辅，签订承诺书。"),
            ("优质课评选中照顾关系", "Ⅲ级", "评委回避，评分当场公布。"),
        ]),
        ("邰翮舒", "小学教研组", "教研员", "general", [
            ("下校指导接受宴请", "Ⅱ级", "下校指导在学校食堂就餐并交费。"),
            ("教师培训学时认定不实", "Ⅲ级", "培训签到、考核记录存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查结果")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "审核意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xianxian_teaching_research_selfchecks", "http://xhxxfx.wjedu.net/static/xcjd/20101106/2019870.jhtml",
        "县教研室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 全省教育工作会议 speech "
        "(教育质量, 教师队伍, 布局调整): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查结果``; no type column; ``本人签名： | 审核意见：``",
        sheets, t,
    )  # fmt: skip


def xianxian_hechengjie_school_group_rows() -> dict:
    unit = f"{PLACE}河城街镇中心校"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心校领导", "中心校领导", [
            ("校长", "冼沨楹", "leader", [
                ("村小校舍维修工程化整为零规避招标", "一级", "维修项目按限额报县教育局审批。"),
                ("教师绩效考核结果由个人说了算", "二级", "考核方案经教职工大会通过，结果公示。"),
            ]),
        ]),
        ("二、教导处", "教导处", [
            ("主任", "邰芃渟", "middle", [
                ("控辍保学、学籍数据弄虚作假", "二级", "学籍数据与在校名单每月核对。"),
            ]),
        ]),
        ("三、总务处", "总务处", [
            ("主任", "冼晞棠", "middle", [
                ("学生营养餐食材验收把关不严", "一级", "验收记录每日公示，值班领导抽查。"),
            ]),
            ("报账员", "邰涴青", "general", [
                ("村小公用经费报账票据不实", "二级", "票据经办人、证明人、审批人三签。"),
                ("学生伙食费收取不入账", "三级", "伙食费统一缴入学校账户。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "xianxian_hechengjie_school_group_rows", "https://jianpian.cn/a/x4qzh95",
        "县镇中心校 廉政风险防控责任清单, after the source's 中心小学 清廉学校建设 验收 (清廉文化, 创建档案, 党风清明、校风清朗): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS ``一、中心校领导``, "
        "``二、教导处``, ``三、总务处`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xianxian_experimental_school_cards() -> dict:
    unit = f"{PLACE}实验小学"
    t = _Truth(unit)
    cards = [
        ("校长", "冼昳澜", "校长", "主持学校全面工作，分管财务", "leader", [
            ("学校大额资金支出不经集体研究", "★★★", "大额支出校务会集体研究，纪要存档。"),
            ("课后服务收费标准和经费分配不公开", "★★", "课后服务收支每学期公示。"),
            ("接受家长宴请和礼品", "★", "签订廉洁从教承诺书，节前提醒。"),
        ]),
        ("副校长", "邰茝宁", "副校长", "分管后勤、食堂", "leader", [
            ("食堂食材采购指定供应商", "★★★", "食材由县统一招标配送，学校不得自行指定。"),
            ("校园维修项目验收走过场", "★★", "验收邀请家长代表和纪检委员参加。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "xianxian_experimental_school_cards", "http://www.torchshop.cn/news/show-61327.html",
        "县实验小学 领导干部廉政风险防控卡, one sheet a leader, after the source's 小学 清廉学校示范校 验收 (清明政风, 清淳教风, "
        "廉洁从教): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xianxian_huaizhen_school_list() -> dict:
    unit = f"{PLACE}淮镇中心校"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心校领导", "校长", "冼泓栎", "leader", "营养餐资金报账和拨付不按制度执行", "制度机制", "高风险",
         "营养餐资金专账核算，报账资料逐级审核。"),
        ("中心校领导", "校长", "冼泓栎", "leader", "教辅资料征订中收受好处", "思想道德", "高风险", "征订按目录自愿，结果公示。"),
        ("中心校领导", "副校长", "邰澂予", "leader", "校服采购不公开招标", "业务流程", "中风险", "校服采购全程公开招标、录像备存。"),
        ("教导处", "主任", "冼禛毓", "middle", "学生生活费预收、不及时清退", "岗位职责", "中风险", "按月结算，结余按时清退。"),
        ("总务处", "会计", "邰瓒溪", "general", "私设“小金库”", "制度机制", "高风险", "收入全部纳入学校账户核算。"),
        ("总务处", "出纳", "冼琤箬", "general", "现金坐支、公款私存", "业务流程", "低风险", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "xianxian_huaizhen_school_list", "https://www.trjw.gov.cn/html/2026/dangfenglianzhengyaowen_0121/26067.html",
        "县镇中心校 岗位廉政风险防控一览表, after the source's 县纪委 on 教育领域突出问题 (营养餐报账及资金拨付, 教辅资料征订, "
        "校服采购 公开招标, 小金库, 学生生活费预收款清退): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xianxian_student_aid_center_survey_export(),
    xianxian_education_bureau_two_sheets(),
    xianxian_senior_high_list(),
    xianxian_vocational_center_posts(),
    xianxian_teaching_research_selfchecks(),
    xianxian_hechengjie_school_group_rows(),
    xianxian_experimental_school_cards(),
    xianxian_huaizhen_school_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch780-inbox"))

"""The nine-hundred-and-thirty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's schools and
education bodies, 桑日县 (山南市, 西藏自治区) — its 教育局, 完全小学, 幼儿园, 教育督导室, 学生资助管理中心,
第一中学 and two 乡 中心小学 (绒乡, 增期乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 教育局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 完全小学's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 幼儿园's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 教育督导室's 清单 under GROUP ROWS ``一、室领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 学生资助管理中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 绒乡中心小学's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 增期乡中心小学's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``sangri_first_middle_school_level_by_words``: the 第一中学's 岗位廉政风险点清单, an ordinary list
  (``序号 | 处室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``, 处室 merged, 岗位 and 姓名 merged per person)
  with NO LEVEL COLUMN: a ``注：`` line under it sets each point's level BY THE WORDS THE POINT
  CONTAINS — ``凡涉及“资金”“采购”“招生”的风险点为一级风险点；涉及“评优”“职称”“教辅”的为二级风险点；
  其余为三级风险点`` — so a point's level is found by reading its text against the note. The
  README's 读得懂的表 knows holders given by the words a point contains (``HOLDERS_BY_POINT_WORDS``,
  whose text says a note writing levels — ``涉及资金的为一级`` — is not read so), levels from a note
  naming whole points (``LEVEL_BY_NAME``), by 序号 (``LEVEL_BY_NUMBER``), by type
  (``LEVEL_BY_TYPE_NOTE``), by a column's values (``LEVEL_BY_COLUMN_NOTE``), by amount bands; it does
  not describe levels set by subject words a note lists, matched inside each point's own text.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a comment on 教育局长 腐败 — 干部任免,
人事调动, 职称评定, 校服, 教材, 教学设备采购, 基建工程; a county's check of its 学校 — 学校采购, 重大项目,
补助资金安排, 招生计划分配; 西藏's 营养改善计划 in 农牧区 学校 — 三包, 学校自办食堂, 后勤主任; the rules
for 幼儿园 安全监管 — 安全设施, 保安, 安全管理制度; a province's 教育督导 rules — 督学证, 回避, 督导结论,
徇私舞弊; a paper on 贫困学生资助 精准发放 — 认定, 公示, 冒领, 挪用; 西藏's 营养改善计划 资金 到位 — 每生
每天3元, 乡小学 食堂; a report on 教育督导局 副局长 被查 with a 中学 校长 收受消费卡, 违规兼职取酬, 承揽 and
费用结算) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 丘 and 修 with rare given
names); every unit is a body of 桑日县.

Run ``python tests/published/score.py --set batch933`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point takes the level of the word group of the ``注：`` line it contains
  (every point contains words of at most one group; one of none is 三级 by ``其余``); the note is
  no point; the truth is the list as its rows read (处室, 岗位, 姓名, point), one form a holder;
- ``校领导``, ``室领导`` (a 处室 cell, a group row) are the 科室 of those leaders; the 教育局's leaders
  (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a school's 处/室/组, a 中心's 组 and
  the 督导室's 组 are 科室; a group row ``二、督导一组`` gives the 科室 ``督导一组``;
- every school, the 幼儿园, the 督导室, the 中心 and the 局 are units of their own: 局长, 副局长, 校长,
  副校长, 园长, 副园长, 主任 of the 督导室 and of the 中心 are leaders; 股长, 处室 主任 and 组长 middle; the
  rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 完全小学's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b933_"
PLACE = "桑日县"
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

# the note's word groups, in its order: a point containing a word of a group takes its level
WORDS = [(("资金", "采购", "招生"), 1), (("评优", "职称", "教辅"), 2)]
OTHERS = 3
NOTE = (
    "注：本表不设风险等级栏，风险等级按风险点内容确定：凡涉及“资金”“采购”“招生”的风险点为一级风险点；"
    "涉及“评优”“职称”“教辅”的为二级风险点；其余为三级风险点。"
)


def level_by_words(point: str) -> int:
    """The level the note gives a point: the group whose words it contains, else 其余."""
    found = {level for words, level in WORDS if any(w in point for w in words)}
    assert len(found) <= 1, point
    return found.pop() if found else OTHERS


# (处室, 岗位, 姓名, tier, [(廉政风险点, 防控措施)])
BY_WORDS = [
    ("校领导", "校长", "丘翀澔", "leader", [
        ("学校维修工程和教学设备采购中指定供应商", "采购一律进县公共资源交易平台，校务会集体研究。"),
        ("干预教师职称推荐，照顾亲友", "职称推荐量化赋分，结果全校公示。"),
        ("违规收受供应商消费卡", "严守中央八项规定精神，节前廉洁提醒。"),
    ]),
    ("校领导", "副校长", "修昉璟", "leader", [
        ("招生计划外违规接收择校生", "招生计划和录取名单在校门口公示。"),
        ("教辅材料征订中收受书商好处", "教辅材料坚持“一教一辅”、自愿征订，家委会监督。"),
    ]),
    ("总务处", "主任", "丘曦峋", "middle", [
        ("食堂大宗食材采购不经比价", "大宗食材集中采购，双人验收，价格每月公示。"),
        ("学校公物报废处置不公开", "公物报废经校务会研究，处置结果公示。"),
    ]),
    ("教务处", "主任", "修暻琇", "middle", [
        ("评优评先推荐不按量化考核结果", "评优评先按考核结果排序推荐，公示五个工作日。"),
        ("学籍变更把关不严，弄虚作假", "学籍变更材料双人审核，报县教育局备案。"),
    ]),
    ("财务室", "会计", "丘晗瑀", "general", [
        ("“三包”经费和营养改善计划资金报账审核不严", "报账单据三级审核，专项资金专账核算。"),
        ("学生资助资金不按公示名单发放", "资助资金直接打卡发放，与公示名单逐人核对。"),
    ]),
]  # fmt: skip


def sangri_first_middle_school_level_by_words() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("清单", [6, 10, 10, 10, 42, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点清单", 6)
    sh.add("序号", "处室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_WORDS:
        for point, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], level_by_words(point))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, 6)
    sh.add("制表：校办公室", None, None, "审核：", None, "2025年5月")
    return _layout(
        "sangri_first_middle_school_level_by_words", "http://g.golangjump.com/?whEx=Ug4Hx.html",
        "(harder) 县第一中学 岗位廉政风险点清单, after the source's county check of its 学校 (学校采购, 重大项目, 补助资金安排, "
        "招生计划分配): a title, ``序号 | 处室 | 岗位 | 姓名 | 廉政风险点 | 防控措施`` with 处室 merged and 岗位/姓名 merged per "
        "person and NO LEVEL COLUMN; a ``注：`` line under it sets the levels BY THE WORDS A POINT CONTAINS "
        "(``凡涉及“资金”“采购”“招生”的风险点为一级风险点；涉及“评优”“职称”“教辅”的为二级风险点；其余为三级风险点``); "
        "no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def sangri_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("修晅琰", "局长", "主持全面工作", [
            ("校长、副校长任免和教师调动个人说了算", "一级", "干部任免、教师调动经局党组会集体研究，结果公示。"),
            ("校服、教材、教学设备采购打招呼、定厂家", "一级", "领导干部插手采购登记报告，采购全程进平台。"),
        ]),
        ("丘暐瑢", "副局长", "分管基础教育、校舍建设", [
            ("校舍新建和维修改造工程验收把关不严", "一级", "工程验收邀请审计、财政和学校代表参加。"),
            ("教师职称评定推荐名额分配不公", "二级", "名额按学校教师数分配，方案公示。"),
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
        ("人事股", "股长", "修曈玘", "middle", "教师招聘资格审查放宽条件", "一级", "资格审查两人以上，结果公示。"),
        ("人事股", "股长", "修曈玘", "middle", "教师借调、跨校调动不按程序", "二级", "调动按年度计划报局党组审定。"),
        ("计划财务股", "会计", "丘昳璠", "general", "学校经费拨付审核不严", "二级", "经费按预算拨付，股长复核。"),
        ("计划财务股", "出纳", "修晟珅", "general", "“三包”经费拨付不及时入账", "一级", "资金日清月结，每月与学校对账。"),
        ("基础教育股", "股长", "丘暾琛", "middle", "义务教育招生划片不公开", "二级", "招生片区在县政府网站公布。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "sangri_education_bureau_two_sheets", "http://gsrtts.com/content-21-8205-1.html",
        "县教育局 廉政风险防控一览表 in TWO SHEETS, after the source's comment on 教育局长 腐败 (干部任免, 人事调动, 职称评定, "
        "校服、教材和教学设备采购, 基建工程): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def sangri_complete_primary_posts() -> dict:
    unit = f"{PLACE}完全小学"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "leader", "学校食堂承包和供餐", "学校自办食堂改为承包时暗箱操作", "制度机制风险", "高",
         "食堂坚持学校自办，重大事项校务会集体研究。"),
        ("后勤处", "主任", "middle", "营养改善计划食材采购", "食材采购指定供应商，以次充好", "岗位职责风险", "高",
         "食材定点采购、双人验收，价格公示。"),
        ("后勤处", "保管员", "general", "食材出入库", "出入库登记不实，虚报损耗", "业务流程风险", "中",
         "出入库日清，每周与就餐人数核对。"),
        ("后勤处", "保管员", "general", "学生“三包”物资发放", "被褥、校服等“三包”物资少发、冒领", "思想道德风险", "中",
         "物资发放学生签字，班主任复核。"),
        ("教导处", "学籍管理员", "general", "寄宿生人数统计", "虚报寄宿生人数套取补助", "外部环境风险", "高",
         "寄宿生名单与学籍系统比对，每学期公示。"),
        ("教导处", "主任", "middle", "学生评优", "评优名额向亲友子女倾斜", "岗位职责风险", "低",
         "评优按班级民主推荐，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：校办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "sangri_complete_primary_posts", "http://nakedoat.com/govweb/jrzg/2012-03/13/content_2090674.htm",
        "县完全小学 岗位廉政风险点排查表 对岗不对人, after the source's report on 西藏 农牧区 营养改善计划 (“三包”政策, 学校自办"
        "食堂集中供餐, 后勤主任): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def sangri_kindergarten_cards() -> dict:
    unit = f"{PLACE}幼儿园"
    t = _Truth(unit)
    cards = [
        ("园长", "修昫瑆", "园长", "主持幼儿园全面工作", "leader", [
            ("安全设施和监控设备采购向熟人倾斜", "★★★", "采购按政府采购规定执行，园务会集体研究。"),
            ("保安、保育员聘用优亲厚友", "★★", "聘用公开招聘，考核结果公示。"),
            ("接受家长宴请和礼品", "★", "签订廉洁从教承诺书，节前廉洁提醒。"),
        ]),
        ("副园长", "丘晔琤", "副园长", "分管保教、安全和后勤", "leader", [
            ("幼儿伙食费收支不公开", "★★★", "伙食费单独核算，每月向家长公示。"),
            ("安全隐患排查走过场，整改不到位", "★★", "隐患排查建立台账，整改销号。"),
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
        "sangri_kindergarten_cards", "https://www.chinayoujiao.com/index/detail/id/9553.html",
        "县幼儿园 领导干部廉政风险防控卡, one sheet a leader, after the source's rules on 幼儿园 安全监管 (安全设施, 保安人员, "
        "安全管理制度和安全责任制): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def sangri_supervision_office_group_rows() -> dict:
    unit = f"{PLACE}教育督导室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、室领导", "室领导", [
            ("主任", "修曚璩", "leader", [
                ("督导结论受人情干扰，评价不公", "一级风险", "督导结论经督导室集体审定，向社会公布。"),
                ("应当回避的督导人员不回避", "一级风险", "督导前签订回避承诺，被督导单位可申请回避。"),
            ]),
        ]),
        ("二、督导一组", "督导一组", [
            ("组长", "丘晁瑄", "middle", [
                ("督导检查中接受学校宴请", "二级风险", "督导期间工作餐自理，纪律要求随通知下发。"),
            ]),
            ("督学", "修暹琬", "general", [
                ("督导记录弄虚作假", "二级风险", "督导记录双人签字，佐证材料存档。"),
                ("泄露督导检查安排", "三级风险", "检查安排临行前通知，不提前打招呼。"),
            ]),
        ]),
        ("三、评估监测组", "评估监测组", [
            ("监测员", "丘旸璞", "general", [
                ("质量监测数据审核走过场", "二级风险", "监测数据初审、复核两级把关。"),
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
        "sangri_supervision_office_group_rows", "http://www.fymate.net/html/text/lar/168860/16886076_2.html",
        "县教育督导室 廉政风险防控责任清单 under GROUP ROWS, after the source's 教育督导 rules (督学证, 回避, 督导结论 复查, "
        "徇私舞弊、弄虚作假): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、室领导``, ``二、督导一组``, ``三、评估监测组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def sangri_student_aid_selfchecks() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    t = _Truth(unit)
    people = [
        ("修晙琨", "中心领导", "主任", "leader", [
            ("资助名额分配向个别学校倾斜", "Ⅰ级", "名额按在校生和困难学生数测算，分配方案公示。", "已落实"),
            ("资助资金拨付审批把关不严", "Ⅱ级", "资金拨付经局务会研究，财政直达学校。", "未发现问题"),
        ]),
        ("丘曙瑷", "资助管理组", "资助专干", "general", [
            ("家庭经济困难学生认定材料审核不实", "Ⅰ级", "认定材料与民政、乡村振兴部门数据比对。", "已落实"),
            ("资助名单公示不及时、不完整", "Ⅲ级", "名单在学校公示五个工作日，保护学生隐私。", "已落实"),
        ]),
        ("修昶瓒", "资助管理组", "系统管理员", "general", [
            ("资助系统信息录入造假，冒领资助金", "Ⅰ级", "系统数据每学期与学籍核对，双人复核。", "未发现问题"),
            ("泄露受助学生家庭信息", "Ⅱ级", "系统账号专人专用，信息调取登记。", "已落实"),
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
        sh.add("本人签名：", None, "中心意见：", None, None)
        sheets.append(sh)
    return _layout(
        "sangri_student_aid_selfchecks",
        "https://www.seridoat.com/article/pin-kun-xue-sheng-zi-zhu-zi-jin-ru-he-jing-zhun-fa-fang-dao-mei-yi-wei-pin-kun-xue-sheng-shou-zhong.html",
        "县学生资助管理中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "贫困学生资助资金 精准发放 (认定申请, 数据比对, 公示, 冒领, 挪用): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 中心意见：``",
        sheets, t,
    )  # fmt: skip


def sangri_rongxiang_school_list() -> dict:
    unit = f"{PLACE}绒乡中心小学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "丘晷瑒", "leader", "营养改善计划膳食补助资金挪作他用", "制度机制", "高风险",
         "膳食补助专款专用，每学期向家长公示。"),
        ("校领导", "校长", "丘晷瑒", "leader", "食堂工勤人员聘用优亲厚友", "岗位职责", "中风险",
         "工勤人员由乡政府、学校共同考核聘用。"),
        ("后勤", "食堂管理员", "修暝珣", "general", "牛奶、鸡蛋等食品验收数量不实", "业务流程", "高风险",
         "食品验收双人签字，与就餐人数核对。"),
        ("后勤", "食堂管理员", "修暝珣", "general", "剩余食材私自带出", "思想道德", "低风险",
         "食材出库登记，库房双人双锁。"),
        ("教务", "教务员", "丘昀璎", "general", "寄宿生名册虚报人数", "外部环境", "中风险",
         "寄宿生名册与学籍系统每月比对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "sangri_rongxiang_school_list", "https://xzcd.com/article/201403/11098.html",
        "乡中心小学 岗位廉政风险防控一览表, after the source's report on 西藏 农牧区学校 营养改善计划 (每生每天3元, 资金到位, "
        "乡小学 食堂 午餐和牛奶): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def sangri_zengqi_school_register() -> dict:
    unit = f"{PLACE}增期乡中心小学"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "修暧琭", "leader", [
            ("违规兼职取酬", "思想道德", "一级", "不得在校外机构兼职，每年书面报告。"),
            ("村小维修工程费用结算不审核", "制度机制", "二级", "工程结算经乡财政所审核。"),
        ]),
        ("总务处", "报账员", "丘晏瑱", "general", [
            ("办公用品报账票据不实", "业务流程", "一级", "报账附入库单，校长审签。"),
        ]),
        ("教导处", "主任", "修暄璘", "middle", [
            ("教师绩效考核打分不公", "岗位职责", "二级", "考核细则教代会通过，结果公示。"),
            ("违规组织学生购买课外读物", "外部环境", "三级", "课外读物自愿购买，不得统一征订。"),
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
        "sangri_zengqi_school_register", "https://www.sina.cn/news/detail/5255086168610074.html",
        "乡中心小学 廉政风险点排查登记表, after the source's report on 教育系统 反腐 (督导局副局长被查, 中学校长 违规收受消费卡、"
        "违规兼职取酬、在承揽和费用结算上谋利): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    sangri_first_middle_school_level_by_words(),
    sangri_education_bureau_two_sheets(),
    sangri_complete_primary_posts(),
    sangri_kindergarten_cards(),
    sangri_supervision_office_group_rows(),
    sangri_student_aid_selfchecks(),
    sangri_rongxiang_school_list(),
    sangri_zengqi_school_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch933-inbox"))

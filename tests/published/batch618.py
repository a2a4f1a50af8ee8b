"""The six-hundred-and-eighteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's education
and sports bodies, 杭锦后旗 (of 巴彦淖尔市, 内蒙古自治区) — its 教育局, 第一中学, 职业中学, 业余体育学校,
全民健身中心, 体育事业发展中心 and two 镇中心学校 (沙海镇, 蛮会镇) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 教育局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 职业中学's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 业余体育学校's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 沙海镇中心学校's 责任清单 under GROUP ROWS ``一、学校领导`` … ``三、教导处`` merged across (no 处室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 全民健身中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 体育事业发展中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 蛮会镇中心学校's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``hanggin_first_middle_school_tier_column``: the 第一中学's 廉政风险点分级防控责任清单, ONE ROW A POINT
  ``序号 | 处室 | 风险点 | 风险等级 | 防控措施 | 责任层级`` with NO post or name column; the last column
  names only a TIER of holder — ``分管校领导``, ``处室负责人`` or ``岗位经办人`` — chosen row by row and
  independent of the row's level (a 高 point is the 会计's, a 中 point the 分管副校长's); under the
  list a ``注：`` line and ``附：防控责任分工表`` ``处室 | 分管校领导 | 处室负责人 | 岗位经办人``, one row
  a 处室, each cell ``post　name``. A row's holder is the roster cell at the row's 处室 and the row's
  tier. The README's 读得懂的表 knows a 分级管控 roster of tiers whose columns are matched to LEVELS by a
  note or by level words in the columns (``HOLDERS_BY_LEVEL_AND_GROUP``), and a 责任主体 column naming
  a GROUP whose every member holds the row (``HOLDERS_BY_GROUP_ROSTER``); it does not describe a
  per-row column naming the tier (role) of the holder, resolved against a 处室 × tier roster, where
  only the one named cell of the 处室's row holds the point and the level plays no part.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (three reports on the 中小学 “校园餐”
专项整治 — 食材采购改由教育局公开招标, 后勤主任 and 校长 taking 回扣, 贪占学生餐费; an analysis of
中等职业教育 — 生源, 就业, 办学过程; two retellings of 体坛 腐败 — 运动员选拔, 操纵比赛, 赛事审批, 年龄造假;
a notice on the 公共体育场馆 免费或低收费开放补助资金; a report on 内蒙古's 农村牧区 学生营养改善计划) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 侴 and 茆 with rare given names); every unit is
a body of 杭锦后旗, a name no earlier batch's unit holds (``unit_words``).

Run ``python tests/published/score.py --set batch618`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's point is the point of the ONE person in the 分工表 at the row's
  处室 and the row's 责任层级, with the row's level; the 分管副校长 over two 处室 (教务处 and 德育处)
  is one form with no 科室 (the 分管校领导 are leaders, as the 教育局's leaders and the cards'
  leaders have no 科室), the 处室负责人 and 经办人 have their 处室; the 分工表, its title, the ``注：``
  line and the 填表人 line are no points;
- ``学校领导``, ``校领导``, ``中心领导`` (a 处室/部门 cell, a group row) are the 科室 of those leaders; a
  school's 处, a 局's 股, a 体校's 科 and a 中心's 部 are 科室; a group row ``二、总务处`` gives the 科室
  ``总务处`` (its number left off);
- 局长, 副局长, 校长, 副校长, a 中心's 主任 and 副主任 are leaders; 股长, a 处's 主任 and a 部's 部长
  middle; the rest (会计, 出纳, 干事, 教务员, 教练员, 班主任, 食堂管理员, 实训管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 职业中学's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b618_"
PLACE = "杭锦后旗"
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

# the 防控责任分工表 under the list: 处室 -> {责任层级: (post, name)}
TIERS = ("分管校领导", "处室负责人", "岗位经办人")
ROSTER = {
    "党政办公室": {"分管校领导": ("校长", "侴翀珩"), "处室负责人": ("主任", "茆霁岍"),
                "岗位经办人": ("干事", "侴沨玥")},
    "教务处": {"分管校领导": ("副校长", "茆璟潇"), "处室负责人": ("主任", "侴澐岙"),
            "岗位经办人": ("教务员", "茆岫琤")},
    "总务处": {"分管校领导": ("副校长", "侴瀚珣"), "处室负责人": ("主任", "茆沄珺"),
            "岗位经办人": ("会计", "侴琬湉")},
    "德育处": {"分管校领导": ("副校长", "茆璟潇"), "处室负责人": ("主任", "侴淏岚"),
            "岗位经办人": ("干事", "茆昶琇")},
}  # fmt: skip

# (处室, 风险点, 风险等级, 防控措施, 责任层级)
TIERED = [
    ("党政办公室", "“三重一大”事项未经校长办公会集体研究", "高", "“三重一大”事项会前征求意见，会议纪要存档。", "分管校领导"),
    ("党政办公室", "公务接待超标准、虚列接待费用", "中", "接待凭公函和接待清单报销。", "处室负责人"),
    ("党政办公室", "公章使用登记不全，违规用印", "低", "用印一事一登记，负责人签批。", "岗位经办人"),
    ("教务处", "教辅资料征订指定书商、收受回扣", "高", "征订坚持自愿，书目经家长委员会审议。", "分管校领导"),
    ("教务处", "学籍转入转出审核把关不严", "中", "学籍变动材料双人审核，每月与系统核对。", "处室负责人"),
    ("教务处", "考试成绩录入弄虚作假", "低", "成绩双人录入、交叉复核。", "岗位经办人"),
    ("总务处", "食堂食材采购不按程序比选，收受供货商好处", "高", "食材按旗教育局招标结果配送，验收双人签字。", "分管校领导"),
    ("总务处", "物资验收走过场，数量质量与合同不符", "高", "验收邀请教师代表参加，留存影像。", "处室负责人"),
    ("总务处", "伙食费收入不入账、公款私存", "高", "伙食费统一缴入学校账户，日清月结。", "岗位经办人"),
    ("德育处", "学生资助对象认定优亲厚友", "中", "资助对象班级评议、学校审核、公示。", "分管校领导"),
    ("德育处", "研学旅行承办机构选择暗箱操作", "中", "承办机构比选，家长代表参与。", "处室负责人"),
    ("德育处", "班级活动经费报销不实", "低", "活动经费凭清单和照片报销。", "岗位经办人"),
]  # fmt: skip


def hanggin_first_middle_school_tier_column() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("责任清单", [6, 12, 40, 9, 36, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点分级防控责任清单", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 6)
    sh.add("序号", "处室", "风险点", "风险等级", "防控措施", "责任层级")
    first = len(sh.rows)
    for i, (dept, point, lv, measures, tier) in enumerate(TIERED, 1):
        sh.add(i, dept, point, lv, measures, tier)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：“责任层级”一栏所写层级的人员为该风险点的防控责任人，各处室人员见下表。", 6)
    sh.add()
    _line(sh, "附：防控责任分工表", 6)
    r = sh.add("处室", None, *TIERS, None)
    sh.merge(r, 0, r, 1)
    for dept, tiers in ROSTER.items():
        r = sh.add(
            dept, None, *[f"{post}{GAP}{who}" for post, who in (tiers[k] for k in TIERS)], None
        )
        sh.merge(r, 0, r, 1)
    # the truth one form a holder, in the roster's order; a leader over two 处室 is one form, no 科室
    holders: dict[str, tuple[str, str, str]] = {}
    for dept, tiers in ROSTER.items():
        for k in TIERS:
            post, who = tiers[k]
            tier = {"分管校领导": "leader", "处室负责人": "middle"}.get(k, "general")
            holders.setdefault(who, ("" if k == "分管校领导" else dept, post, tier))
    for who, (dept, post, tier) in holders.items():
        for d, point, lv, _m, k in TIERED:
            if ROSTER[d][k][1] == who:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None)
    return _layout(
        "hanggin_first_middle_school_tier_column", "http://m.lcjx0635.com/post/7/213578",
        "(harder) 旗第一中学 廉政风险点分级防控责任清单, after the source's report on the 中小学 “校园餐” 专项整治 (食材采购 "
        "改由教育局公开招标, 后勤主任 and 校长 taking 回扣, 验收点 cameras): a title, a merged 填报单位 line, then ONE ROW A "
        "POINT ``序号 | 处室 | 风险点 | 风险等级 | 防控措施 | 责任层级`` (处室 merged down), no post or name column; the last "
        "column names only a TIER of holder, ``分管校领导``, ``处室负责人`` or ``岗位经办人``, chosen row by row and "
        "independent of the level (a 高 point may be the 经办人's, a 中 point the 分管校领导's); under the list a "
        "``注：`` line and ``附：防控责任分工表`` ``处室 | 分管校领导 | 处室负责人 | 岗位经办人``, one row a 处室, each cell "
        "``post　name``, so a row's holder is the roster cell of the row's 处室 and the row's tier (one 副校长 over "
        "two 处室); 高/中/低, no type column; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hanggin_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("茆珞渟", "局长", "主持全面工作", [
            ("学校食材配送招标中打招呼、定供应商", "一级", "食材招标进入旗公共资源交易平台，评标专家随机抽取。"),
            ("校长选拔任用个人说了算", "一级", "干部任用经党组会集体研究，任前公示。"),
        ]),
        ("侴湄璆", "副局长", "分管基础教育、学生资助", [
            ("义务教育招生划片和插班审批违规", "二级", "招生方案报批后公开，插班名单公示。"),
            ("学生资助资金分配不按标准", "一级", "资助名额按在校生比例下达，结果公示。"),
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
        ("计划财务股", "股长", "茆瑀澂", "middle", "营养改善计划资金拨付审核不严", "一级", "资金按实际就餐人数核拨，每学期对账。"),
        ("计划财务股", "股长", "茆瑀澂", "middle", "学校预算追加不按程序报批", "二级", "预算追加经局务会研究。"),
        ("计划财务股", "会计", "侴璿汐", "general", "学校报账单据审核把关不严", "二级", "报账单据经办、审核、审批三签。"),
        ("体育卫生艺术股", "股长", "茆昀翯", "middle", "中小学生运动会承办学校选定不公", "三级", "承办学校轮流确定，名单公开。"),
        ("体育卫生艺术股", "股长", "茆昀翯", "middle", "体育器材配备验收走过场", "二级", "器材验收邀请学校体育教师参加。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "hanggin_education_bureau_two_sheets", "https://truthmirror.org/?p=23782",
        "旗教育局 廉政风险防控一览表 in TWO SHEETS, after the source's account of the “校园餐” 专项整治 (食材采购改由教育局公开"
        "招标, 验收点 cameras, 县委书记 and 教育局局长 investigated): sheet 局领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no "
        "type column",
        [lead, dept], t,
    )  # fmt: skip


def hanggin_vocational_school_posts() -> dict:
    unit = f"{PLACE}职业中学"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "leader", "招生计划安排", "招生名额向关系户倾斜，违规跨区域抢生源", "制度机制风险", "高",
         "招生计划经校务会研究，报旗教育局备案。"),
        ("招生就业处", "主任", "middle", "就业推荐", "就业推荐单位选择收受企业好处", "外部环境风险", "高",
         "推荐企业集体研究确定，推荐名单公示。"),
        ("招生就业处", "主任", "middle", "生源统计", "在籍学生数虚报，套取助学金和免学费资金", "业务流程风险", "中",
         "在籍人数与学籍系统每学期核对。"),
        ("实训处", "主任", "middle", "实训基地建设", "实训设备采购参数倾向特定品牌", "岗位职责风险", "中",
         "采购参数经专业组论证，采购结果公示。"),
        ("实训处", "实训管理员", "general", "实训耗材管理", "耗材出入库不登记，私自变卖", "思想道德风险", "低",
         "耗材领用登记，每学期盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "hanggin_vocational_school_posts", "https://ppfocus.com/0/eda0f394b.html",
        "旗职业中学 岗位廉政风险点排查表 对岗不对人, after the source's analysis of what moves 中等职业教育 (生源, 就业, "
        "办学过程, 普高热): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hanggin_sports_school_selfchecks() -> dict:
    unit = f"{PLACE}业余体育学校"
    t = _Truth(unit)
    people = [
        ("茆霈珝", "学校领导", "校长", "leader", [
            ("运动员选拔推荐暗箱操作、收受家长财物", "Ⅰ级", "选拔测试公开进行，成绩和名单公示。", "已落实"),
            ("训练补助发放不按出勤核定", "Ⅱ级", "补助按考勤表核发，学员签字。", "未发现问题"),
        ]),
        ("侴翾湛", "训练科", "教练员", "general", [
            ("比赛报名弄虚作假、更改运动员年龄", "Ⅰ级", "报名材料与户籍信息核对，骨龄检测。", "已落实"),
            ("向学员推销指定体育用品", "Ⅲ级", "签订廉洁执教承诺书。", "已落实"),
        ]),
        ("茆淇珏", "办公室", "会计", "general", [
            ("伙食补助、装备费报销审核不严", "Ⅱ级", "报销凭证经办人、审核人、审批人三签。", "未发现问题"),
            ("现金收支不及时入账", "Ⅲ级", "现金日清月结，定期盘点。", "已落实"),
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
        sh.add("本人签名：", None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hanggin_sports_school_selfchecks", "https://nba2345.com/lqnews/1919.html",
        "旗业余体育学校 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's summary of "
        "体坛 腐败 (运动员选拔, 比赛结果操控, 赛事审批, 年龄造假): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def hanggin_shahai_school_group_rows() -> dict:
    unit = f"{PLACE}沙海镇中心学校"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "侴岚澍", "leader", [
                ("寄宿生生活补助名单审核不严", "一级风险", "补助名单班级评议、学校审核、公示。"),
                ("校舍维修工程化整为零规避招标", "一级风险", "维修项目按限额报旗教育局审批。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "茆琮霁", "middle", [
                ("营养餐食材验收不严、以次充好", "二级风险", "验收双人签字，留样备查。"),
                ("营养餐结余资金挪作他用", "一级风险", "营养餐资金专账核算，每学期公示。"),
            ]),
            ("食堂管理员", "侴沺璎", "general", [
                ("食堂库存账实不符", "三级风险", "库存每周盘点，账物核对。"),
            ]),
        ]),
        ("三、教导处", "教导处", [
            ("主任", "茆澴岫", "middle", [
                ("控辍保学数据弄虚作假", "二级风险", "学籍数据与在校生名单每月核对。"),
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
        "hanggin_shahai_school_group_rows", "http://51haodu.com/t/VmFvVVZ0bnk1bw==",
        "旗镇中心学校 廉政风险防控责任清单, after the source's report on 内蒙古 农村牧区义务教育学生营养改善计划 试点 "
        "(营养膳食补助, 覆盖旗县, 中小学校 and 教学点): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、学校领导``, ``二、总务处``, ``三、教导处`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hanggin_fitness_centre_cards() -> dict:
    unit = f"{PLACE}全民健身中心"
    t = _Truth(unit)
    cards = [
        ("主任", "茆旻璟", "主任", "主持中心全面工作", "leader", [
            ("免费低收费开放补助资金虚报开放时长", "★★★", "开放时长以门禁系统数据为准，按月公示。"),
            ("场馆经营项目违规发包", "★★★", "经营项目公开招租，合同报旗教体局备案。"),
            ("接受培训机构宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "侴珺洵", "副主任", "分管场馆运营、设备维护", "leader", [
            ("健身器材维修更换验收不严", "★★", "验收由两人以上参加，留存照片。"),
            ("场地预约插队、优亲厚友", "★★", "场地一律网上预约，预约记录可查。"),
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
        "hanggin_fitness_centre_cards", "http://www.b4dc4.cn/yaowen/2022/0217/111379.html",
        "旗全民健身中心 领导干部廉政风险防控卡, one sheet a leader, after the source's notice on the 公共体育场馆 免费或低收费"
        "开放补助资金 (开放面积, 接待人次, 不得用于 罚款、赞助): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hanggin_sports_centre_list() -> dict:
    unit = f"{PLACE}体育事业发展中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "侴璟湲", "leader", "群众体育赛事承办单位指定不公开", "制度机制", "高风险",
         "承办单位公开征集，结果公示。"),
        ("中心领导", "主任", "侴璟湲", "leader", "赛事赞助收入不入账", "业务流程", "中风险",
         "赞助收入统一入账，专款专用。"),
        ("竞赛训练部", "部长", "茆泓珣", "middle", "裁判员选派不回避、打人情分", "岗位职责", "高风险",
         "裁判员随机抽取，与参赛队有关系的回避。"),
        ("竞赛训练部", "干事", "侴沄翙", "general", "赛事奖品采购收受回扣", "外部环境", "中风险",
         "奖品采购三家比价，验收两人签字。"),
        ("群体部", "部长", "茆岑霂", "middle", "社会体育指导员培训补贴虚报人数", "业务流程", "中风险",
         "培训签到、考核记录存档备查。"),
        ("群体部", "部长", "茆岑霂", "middle", "全民健身活动经费报销不实", "思想道德", "低风险",
         "活动经费凭方案、签到表报销。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "hanggin_sports_centre_list", "https://atoomu.com/zh-cn/sport/787b1b061b73fb3522a02958f38fa11a.html",
        "旗体育事业发展中心 岗位廉政风险防控一览表, after the source's retelling of 体坛高层 腐败 (选拔不透明, 操纵比赛, "
        "赛事审批 利益链, 取消赛事审批): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def hanggin_manhui_school_register() -> dict:
    unit = f"{PLACE}蛮会镇中心学校"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "茆翊澐", "leader", [
            ("学校食堂承包经营违规发包", "制度机制", "一级", "食堂由学校自营，不得对外承包。"),
            ("校长亲属参与食材供应", "思想道德", "二级", "亲属回避，供应商名单公示。"),
        ]),
        ("教导处", "主任", "侴玹沨", "middle", [
            ("课后服务费收取不规范", "岗位职责", "二级", "课后服务自愿参加，收费标准公示。"),
        ]),
        ("教导处", "班主任", "茆珩漪", "general", [
            ("向学生推销教辅资料", "外部环境", "一级", "签订承诺书，家长监督电话公开。"),
            ("有偿补课", "思想道德", "三级", "开展有偿补课专项排查。"),
        ]),
        ("总务处", "出纳", "侴翕岚", "general", [
            ("伙食费现金坐支", "业务流程", "一级", "伙食费统一缴入学校账户，不得坐支。"),
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
        "hanggin_manhui_school_register",
        "https://portal.sina.com.hk/news-china/sina/2025/05/23/1193319/%E5%8F%B2%E7%84%A1%E5%89%8D%E4%BE%8B%E7%9A%84%E3%80%8C%E6%A0%A1%E5%9C%92%E9%A4%90%E3%80%8D%E5%8F%8D%E8%85%90%EF%BC%8C%E4%BE%86%E4%BA%86/",
        "旗镇中心学校 廉政风险点排查登记表, after the source's 中国新闻周刊 report on the “校园餐” 反腐 (贪占学生餐费, 插手"
        "招标采购, 收受回扣, 后勤主任 and 校长 taking a cut a meal): a title, 序号/处室 merged/岗位 and 姓名 merged per "
        "person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/"
        "date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hanggin_first_middle_school_tier_column(),
    hanggin_education_bureau_two_sheets(),
    hanggin_vocational_school_posts(),
    hanggin_sports_school_selfchecks(),
    hanggin_shahai_school_group_rows(),
    hanggin_fitness_centre_cards(),
    hanggin_sports_centre_list(),
    hanggin_manhui_school_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch618-inbox"))

"""The three-hundred-and-thirty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 教育 and 科技
bodies, 简阳市 (a county-level city of 成都, its staff Han) — its 教育局 with the 教育研究室, the
学生资助管理中心, two 中学 (禾丰中学, 石桥中学) and the 高级职业中学, its 科学技术局 with the
生产力促进中心 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in
WPS or Excel:

- the 教育局's file in two sheets: ``局领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 科学技术局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/局长（签字） line;
- the 生产力促进中心's 一览表: ``科室`` written on EVERY row (no merges), ``岗位 | 责任人``, ``…风险`` types,
  bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line;
- the 石桥中学's 责任清单 under GROUP ROWS ``一、学校领导`` … ``四、政教处`` merged across (no 处室 column):
  ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``, ``高风险/中风险/低风险``, no
  type column, a ``注：`` line and a 制表/审核/date line;
- the 高级职业中学's 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 学生科科长, 实习指导教师):
  ``持卡人 | … | 职　务 | …`` and ``所在处室 | … | 持卡时间 | …`` above ``序号 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … |
  监督电话：…``;
- the 教育研究室's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 | 科　室 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 主任意见：``;
- the 学生资助管理中心's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line.

One is harder:

- ``jianyang_hefeng_school_term_holders``: the 禾丰中学's 2025年度岗位廉政风险防控一览表, an ordinary
  一览表 in its columns (a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, ``序号 | 处室 |
  岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``处室`` merged, ``岗位`` and ``责任人`` merged
  per post, short types, 高/中/低) — but a school appoints its 中层 and assigns its posts BY THE
  SCHOOL YEAR (学年, 学期), and this list covers the calendar year 2025: so where a post changed
  hands at the new 学年 (September 2025) its ``责任人`` cell names BOTH holders, EACH LABELLED BY THE
  PERIOD HE HELD IT, one a line: ``2024—2025学年：禚颀桉⏎2025—2026学年：訾沅彤`` (a 副校长), the same for
  the 教务处's 主任 and 副主任 (a CHAIN: the old 教务处主任 訾沅彤 became that 副校长, the old 副主任
  昝晗砚 became 主任, a teacher 逯赜暄 became 副主任 — so 訾沅彤 and 昝晗砚 each stand in TWO cells, as
  the former holder of one post and the present holder of another), the 总务处主任 typed NEWEST
  FIRST (``2025—2026学年：缑霁杼⏎2024—2025学年：蒯韫珺``), and the 出纳 by 学期 (``2025年春季学期：虢淇蔓⏎
  2025年秋季学期：殳煜棻``). There is no ``现``/``原``, no ``（现任）``, no ``调离`` and no change log: only
  the periods tell who holds the post now, and a merged ``注：`` line says only that the holders are
  written by 学年（学期）as appointed, and a post whose holder changed in the year names each. The
  README's 读得懂的表 knows the holder changed written with ``现：…⏎原：…（…调离）``, ``原：…⏎现：…``,
  ``（现任）``/``（原…，已调出）``, a struck-through name, a ``备注`` (``该岗位由…接任``), ``调整后…`` columns,
  a change log under the list (``原任人员 | 现任人员``) and two holders of one post at once
  (``A岗:周敏⏎B岗:高翔``, ``经办员（…、…）``, ``A角 | B角``); it does not describe a cell naming
  successive holders each LABELLED ONLY BY THE TERM they held the post in, where the holder is
  the one whose term is the present one (the one the 填报时间 falls in), whatever the order of
  the lines.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a school's 岗位聘任实施方案 — 备课组长
聘任 each 学年, 聘任条件, 聘任程序, 教务处 and 年级组 考核; a paper on the 义务教育教师 ``县管校聘`` —
编制, 岗位总量, 交流轮岗, 跨校竞聘 by the 教育行政部门; a 市科技计划项目 中性评估 办法 — 评估委员会,
独立, 公正, 专家; a paper on 科技中介 and 科技项目申报代理 by a 生产力促进中心 — 高新技术企业认定,
弄虚作假; a school's 中层干部考核评价方案 — 办公室, 教务处, 政教处, 安保处, 总务处 主任、副主任, 学年末
述职; a page on the 中职 补助政策 — 国家奖学金, 国家助学金, 免学费, 顶岗实习, 雨露计划; a paper on the
教研员's roles and their 迷失 — ``准官员``, ``监察者``, ``考务员``; the 2016 中国学生资助发展报告 — 免学费,
助学金, 顶岗实习, 地方政府资助) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 简阳市, named with the city's name.

Run ``python tests/published/score.py --set batch336`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``责任人`` cell of several lines, each ``<period>：<name>``, names the holders
  of the post over the year; the row's holder (the form's person) is the one whose period is the
  PRESENT one — the 2025—2026学年, the 2025年秋季学期 — in which the file's 填报时间 (2025年10月)
  falls, whatever the order of the lines; the holders of past periods (禚颀桉, 蒯韫珺, 虢淇蔓) hold
  nothing in this file, and 訾沅彤 and 昝晗砚, each named in two cells, hold only the post they hold
  now (副校长, 教务处主任); a cell of one name is the holder as written; the 处室, 岗位, points,
  levels and types do not change with the holder; ``校领导`` is the 科室 of the 校长 and the two
  副校长 (told apart by their holders); the ``注：`` line is no point;
- ``局领导`` (the 教育局's sheet, whose title names it), ``局领导`` and ``中心领导`` (a 科室 cell), ``学校领导``
  (a group row), ``校领导`` (a 处室 cell, a card's 所在处室) and ``室领导`` (a 自查表's 科室) are the 科室
  of those leaders; a group row ``二、教务处`` gives the 科室 ``教务处`` (its number left off); a 局's
  and a 中心's 股 and 科, a school's 处 and 科, the 教育研究室's 教研组 and 办公室 are 科室;
- 局长, 副局长, 校长, 副校长 and a 中心's and the 教育研究室's 主任 are leaders; 股长, 科长, a school's
  处 主任 and 副主任 and the 学生科科长 middle; the rest (科员, 会计, 出纳, 干事, 食堂管理员, 资助专干,
  实习指导教师, 教研员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 学生资助管理中心's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the
  中心's note), ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b336_"
PLACE = "简阳市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

TERM_HEAD = ("序号", "处室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
# the periods the file's 填报时间 (2025年10月) falls in: their holders hold the posts now
PRESENT = ("2025—2026学年", "2025年秋季学期")
# (处室, 岗位, 责任人 as typed, tier, [(廉政风险点, 类型, 等级, 防控措施)])
HEFENG = [
    ("校领导", "校长", "郄洺漪", "leader", [
        ("“三重一大”事项不经校务会集体研究，个人说了算", "制度机制", "高",
         "重大事项校务会集体研究，会议纪要存档备查。"),
        ("校服、教辅资料选用中授意指定供应商", "外部环境", "高",
         "校服和教辅选用由家长委员会参与，结果公示。"),
    ]),
    ("校领导", "副校长", "2024—2025学年：禚颀桉\n2025—2026学年：訾沅彤", "leader", [
        ("教师职称推荐、评优评先中优亲厚友", "思想道德", "中", "推荐条件量化赋分，推荐结果全校公示。"),
        ("招生录取中违规招收、调剂学生", "岗位职责", "高", "招生计划和录取名单公开，招生工作集体研究。"),
    ]),
    ("校领导", "副校长", "厍翊檠", "leader", [
        ("食堂大宗食材采购不按规定程序，指定供应商", "业务流程", "高",
         "大宗食材集中采购，采购结果在校内公示。"),
    ]),
    ("教务处", "主任", "2024—2025学年：訾沅彤\n2025—2026学年：昝晗砚", "middle", [
        ("考试成绩、学籍信息违规修改", "岗位职责", "中", "成绩和学籍修改双人审核，系统留痕。"),
        ("课后服务经费分配不公开", "制度机制", "中", "分配方案经教代会通过并公示。"),
    ]),
    ("教务处", "副主任", "2024—2025学年：昝晗砚\n2025—2026学年：逯赜暄", "middle", [
        ("教辅资料征订中收受书商回扣", "思想道德", "高", "教辅征订自愿，书目按上级目录集体确定。"),
    ]),
    ("总务处", "主任", "2025—2026学年：缑霁杼\n2024—2025学年：蒯韫珺", "middle", [
        ("校舍维修工程化整为零规避招标", "业务流程", "高", "维修工程按限额标准招标，结算送审。"),
        ("食材验收走过场，以次充好", "岗位职责", "中", "食材双人验收，验收记录全程留痕。"),
    ]),
    ("总务处", "出纳", "2025年春季学期：虢淇蔓\n2025年秋季学期：殳煜棻", "general", [
        ("学生餐费收支不入账，公款私存", "思想道德", "中", "餐费统一转账收取，按月对账公示。"),
        ("现金不按规定及时存入银行", "业务流程", "低", "现金日清月结，定期盘点。"),
    ]),
    ("政教处", "主任", "郏芮岫", "middle", [
        ("学生资助对象认定把关不严", "岗位职责", "中", "资助对象班级评议、学校审核、公示。"),
    ]),
]  # fmt: skip
TERM_NOTE = (
    "注：1.本表为2025年度清单，责任人按学年（学期）聘任情况填写，年度内岗位人员有调整的分别填写。"
    "2.风险等级分高、中、低三级。"
)


def holder(typed: str) -> str:
    """The holder now: the name of the line whose period is the present one, else the cell."""
    for line in typed.split("\n"):
        period, _, name = line.partition("：")
        if period in PRESENT:
            return name
    assert "：" not in typed, typed
    return typed


def jianyang_hefeng_school_term_holders() -> dict:
    unit = f"{PLACE}禾丰中学"
    sh = _Sheet("一览表", [6, 10, 9, 24, 38, 10, 9, 34])
    t = _Truth(unit)
    ncols = len(TERM_HEAD)
    _line(sh, f"{unit}2025年度岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年10月", ncols)
    sh.add(*TERM_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, typed, tier, points in HEFENG:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, typed, point, typ, lv, measures)
            t.point(sh.name, dept, post, holder(typed), tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, TERM_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "jianyang_hefeng_school_term_holders", "https://scstxt.com/chfa/167357.html",
        "(harder) 市属中学 2025年度岗位廉政风险防控一览表 WHOSE 责任人 CELLS NAME EACH TERM'S HOLDER, after the source's "
        "school 岗位聘任 rules (备课组长 聘任 each 学年, 聘任程序, 教务处 and 年级组 考核): a title, a merged ``填报单位（盖章）：…"
        "　填报时间：2025年10月`` line, 序号/处室 merged (校领导, 教务处, 总务处, 政教处)/岗位 and 责任人 merged per post/廉政风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; five posts changed hands in the year and their 责任人 cell names both "
        "holders, one a line, each labelled only by the term he held it (``2024—2025学年：…⏎2025—2026学年：…``, one cell newest "
        "first, the 出纳 by ``2025年春季学期：…⏎2025年秋季学期：…``), a chain of three posts in which two people stand in two cells "
        "each; a merged ``注：`` line on how the holders are written and a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jianyang_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("眭澔宁", "局长", "主持全面工作，分管人事股和计划财务股", [
            ("校长、副校长选拔任用中个人说了算", "一级", "干部选任经党组会集体研究，全程纪实。"),
            ("教育经费分配不经集体研究", "一级", "经费分配方案党组会研究，结果公开。"),
        ]),
        ("阚屿苒", "副局长", "分管教师管理，负责县管校聘和教师交流轮岗", [
            ("教师交流轮岗、跨校竞聘中为请托人调整岗位", "一级", "交流方案公开，竞聘结果公示五个工作日。"),
            ("教师编制和岗位总量调配不透明", "二级", "编制岗位调配方案局务会研究并公开。"),
        ]),
        ("乜栩芃", "副局长", "分管基础教育股，负责招生考试和义务教育入学", [
            ("义务教育招生划片和入学审核中打招呼", "一级", "划片方案提前公布，入学审核双人复核。"),
            ("接受学校和书商宴请、礼品", "三级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    dept = _Sheet("股室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("人事股", "股长", "綦湄岚", "middle", [
            ("教师公开招聘资格审查把关不严", "一级", "资格审查两人以上，审查结果公示。"),
            ("教师职称评审推荐材料审核走过场", "二级", "推荐材料逐项核对，评审结果公示。"),
        ]),
        ("人事股", "科员", "庹曜楠", "general", [
            ("教师交流轮岗名单信息泄露", "三级", "名单公布前分级知悉，泄露问责。"),
        ]),
        ("基础教育股", "股长", "胥琬铖", "middle", [
            ("学校办学行为检查走过场", "二级", "检查两人以上，检查结果通报。"),
            ("教辅资料征订目录审核中收受好处", "一级", "征订目录按上级目录集体审核。"),
        ]),
        ("计划财务股", "会计", "麴昀晔", "general", [
            ("学校经费拨付审核不严", "二级", "经费拨付凭审批单办理，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "jianyang_education_bureau_two_sheets",
        "http://soolun.net/periodical/fb860b66b5817a3e1f2b0e3116715090.html",
        "市教育局 廉政风险防控表 in two sheets, after the source's paper on the 义务教育教师 县管校聘 (编制, 岗位总量, 交流轮岗, "
        "跨校竞聘 by the 教育行政部门): ``局领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged (人事股, "
        "基础教育股, 计划财务股)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def jianyang_science_bureau_list() -> dict:
    unit = f"{PLACE}科学技术局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年10月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "巫澹宜", "leader", [
            ("科技计划项目立项不经党组会集体研究", "制度机制", "高", "立项方案党组会研究，立项结果公示。"),
            ("为关系企业争取科技项目打招呼", "外部环境", "高", "插手干预项目事项登记报告。"),
        ]),
        ("局领导", "副局长", "鄂昕桦", "leader", [
            ("项目评估委员会组成和专家遴选受人干预", "岗位职责", "高", "评估专家从专家库随机抽取，回避登记。"),
        ]),
        ("科技计划科", "科长", "劳岑翚", "middle", [
            ("项目申报材料形式审查放水", "岗位职责", "中", "形式审查清单化，审查意见双人签字。"),
            ("向申报单位泄露评审专家名单", "思想道德", "高", "专家名单评审前保密，评审现场封闭管理。"),
        ]),
        ("科技计划科", "科员", "仝菡珏", "general", [
            ("项目验收资料审核不实", "业务流程", "中", "验收资料逐项核对，验收结论集体审定。"),
        ]),
        ("办公室", "主任", "籍涴然", "middle", [
            ("公务接待超标准、无公函接待", "制度机制", "低", "接待事前审批，接待清单按月公示。"),
        ]),
        ("办公室", "出纳", "佘钧翯", "general", [
            ("科技项目经费拨付不按进度和审批", "业务流程", "中", "拨付凭审批单和进度报告办理。"),
            ("现金和票据保管不善", "岗位职责", "低", "现金日清月结，票据专人保管。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "jianyang_science_bureau_list", "http://m.jianbiaoku.com/webarbs/book/20531/592266.shtml",
        "市科学技术局 岗位廉政风险防控一览表, after the source's 市科技计划项目 中性评估 rules (评估委员会, 独立、公正, 专家): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/科室 merged (局领导, 科技计划科, "
        "办公室)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/"
        "局长（签字） line",
        [sh], t,
    )  # fmt: skip


def jianyang_productivity_center_list() -> dict:
    unit = f"{PLACE}生产力促进中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "闾槿昳", "leader", "科技服务项目委托不公开，指定中介机构", "制度机制风险", "Ⅰ",
         "服务项目公开比选，比选结果公示。"),
        ("中心领导", "主任", "闾槿昳", "leader", "为企业高新技术企业认定辅导收取费用", "思想道德风险", "Ⅱ",
         "辅导服务免费公开，企业回访。"),
        ("科技服务科", "科长", "冼澍芸", "middle", "帮助企业包装申报材料、弄虚作假", "岗位职责风险", "Ⅰ",
         "申报材料真实性承诺，抽查核实。"),
        ("科技服务科", "科员", "郜霁峥", "general", "科技创新券兑现材料审核不严", "业务流程风险", "Ⅱ",
         "兑现材料逐项核对，双人复核。"),
        ("科技服务科", "科员", "郜霁峥", "general", "向中介机构泄露企业申报信息", "外部环境风险", "Ⅲ",
         "企业信息分级管理，查询留痕。"),
        ("综合科", "会计", "糜沚琳", "general", "服务收入不入账，私设小金库", "业务流程风险", "Ⅱ",
         "收入统一入账，按季公示。"),
        ("综合科", "会计", "糜沚琳", "general", "差旅费报销票据审核不严", "岗位职责风险", "Ⅲ",
         "报销票据逐张审核，三签制度。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "jianyang_productivity_center_list", "https://www.fx361.cc/page/2021/0120/14144188.shtml",
        "市生产力促进中心 岗位廉政风险防控一览表, after the source's paper on 科技中介 and 科技项目申报代理 (高新技术企业认定, "
        "弄虚作假, by a 生产力促进中心): a title, then 序号/科室/岗位/``责任人`` written on EVERY row (no merges)/廉政风险点/"
        "风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） "
        "line",
        [sh], t,
    )  # fmt: skip


def jianyang_shiqiao_school_groups() -> dict:
    unit = f"{PLACE}石桥中学"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "帅棣桁", "leader", [
                ("中层干部聘任", "中层干部聘任不经民主推荐，个人说了算", "高风险", "聘任经民主推荐、校务会研究，结果公示。"),
                ("大额资金使用", "大额资金支出不经集体研究", "高风险", "大额资金校务会研究，会签支付。"),
            ]),
            ("副校长", "钮筱榕", "leader", [
                ("述职考核", "中层干部学年末述职考核打分不公", "中风险", "考核评分教师评议和领导评议分别计分并公示。"),
            ]),
        ]),
        ("二、教务处", "教务处", [
            ("主任", "阙岷桦", "middle", [
                ("教师排课", "排课和课时量核定中照顾关系人", "中风险", "课时核定标准公开，结果公示。"),
                ("考务管理", "考试命题、阅卷泄密或违规加分", "高风险", "命题阅卷封闭管理，成绩复核。"),
            ]),
            ("干事", "谯彧桐", "general", [
                ("学籍管理", "违规办理学生转学、借读", "中风险", "学籍变动双人审核，系统留痕。"),
            ]),
        ]),
        ("三、总务处", "总务处", [
            ("主任", "禤嘉湉", "middle", [
                ("物资采购", "办公和教学物资采购询价不实", "中风险", "三家以上询价，采购与验收分离。"),
            ]),
            ("食堂管理员", "蔺霂辰", "general", [
                ("食材验收", "食材验收时收受供应商好处", "高风险", "双人验收，验收记录留存。"),
                ("餐费结算", "虚报就餐人数套取餐费", "中风险", "就餐人数按日统计，按月公示。"),
            ]),
        ]),
        ("四、政教处", "政教处", [
            ("主任", "邰歆沂", "middle", [
                ("评优评先", "三好学生、优秀班主任评选不公", "低风险", "评选条件和结果公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分高风险、中风险、低风险三级。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "jianyang_shiqiao_school_groups", "https://www.360wenmi.com/f/n1c18xv23v62.html",
        "市属中学 廉政风险防控责任清单, after the source's school 中层干部考核评价方案 (办公室, 教务处, 政教处, 安保处, 总务处 "
        "主任、副主任; 学年末述职): a title, 序号/岗位/``责任人``/``职责事项``/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 "
        "under GROUP ROWS ``一、学校领导``, ``二、教务处``, ``三、总务处``, ``四、政教处`` merged across (no 处室 column); 岗位 and "
        "责任人 merged per person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def jianyang_vocational_school_cards() -> dict:
    unit = f"{PLACE}高级职业中学"
    t = _Truth(unit)
    cards = [
        ("校长", "桓峤灵", "校领导", "leader", [
            ("国家助学金、免学费资金申报中虚报学生人数", "制度机制风险", "★★★", "资助资金申报集体研究，学籍系统比对。"),
            ("校企合作单位选择不公开", "外部环境风险", "★★", "合作单位公开遴选，合作协议集体审定。"),
            ("接受合作企业宴请、礼品礼金", "思想道德风险", "★★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("学生科科长", "羿芷骞", "学生科", "middle", [
            ("国家奖学金评审不公开、不择优", "岗位职责风险", "★★★", "评审细则公开，评审结果公示。"),
            ("雨露计划补助对象审核不严", "业务流程风险", "★★", "补助对象与扶贫系统比对，班级评议。"),
        ]),
        ("实习指导教师", "笪颂柘", "实习就业处", "general", [
            ("顶岗实习单位收取学生费用", "外部环境风险", "★★★", "实习协议明确收费禁止条款，学生回访。"),
            ("克扣、代领学生实习报酬", "思想道德风险", "★★", "实习报酬直接发放至学生本人账户。"),
            ("实习考核鉴定弄虚作假", "岗位职责风险", "★", "实习考核企业和学校双方签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", tab, None)
        sh.add("所在处室", dept, "持卡时间", "2025年10月", None)
        sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-12388", None, None)
        sheets.append(sh)
    return _layout(
        "jianyang_vocational_school_cards", "http://bxshww.cn/jingdianjuzi/339348.html",
        "市高级职业中学 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 学生科科长, 实习指导教师), after the source's page "
        "on the 中职 补助政策 (国家奖学金, 国家助学金, 免学费, 顶岗实习, 雨露计划): a title, the pairs ``持卡人 | … | 职　务 | …`` "
        "and ``所在处室 | … | 持卡时间 | 2025年10月``, then 序号/廉政风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; "
        "a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def jianyang_teaching_research_selfchecks() -> dict:
    unit = f"{PLACE}教育研究室"
    t = _Truth(unit)
    people = [
        ("隗筠翮", "室领导", "主任", "leader", [
            ("教学质量监测结果被人为调整", "一级风险", "监测数据系统留痕，结果集体审定。", "已落实"),
            ("推荐教辅资料、收受出版商好处", "一级风险", "严禁教研人员推荐教辅，签订承诺书。", "已落实"),
        ]),
        ("钭聿淞", "中学教研组", "教研员", "general", [
            ("统考命题、审题泄密", "一级风险", "命题人员封闭管理，签订保密协议。", "未发现问题"),
            ("优质课评比打分照顾熟人", "二级风险", "评委随机抽取，评分当场公布。", "正在整改"),
            ("教学视导中接受学校宴请", "三级风险", "视导工作餐按规定安排，严禁宴请。", "已落实"),
        ]),
        ("勾绮漪", "小学教研组", "教研员", "general", [
            ("教研课题立项推荐不公", "二级风险", "立项推荐集体评审，结果公示。", "已落实"),
            ("为校外培训机构有偿命题、辅导", "二级风险", "严禁有偿命题辅导，公开举报电话。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None)
        sh.add(who, dept, post, "2025年10月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jianyang_teaching_research_selfchecks", "http://www.handmsg.com/page/2018/0310/4860533.shtml",
        "市教育研究室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on the "
        "教研员's roles (准官员, 监察者, 考务员): a title, a label row ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def jianyang_student_aid_center_posts() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("资助资金分配", "资助名额和资金分配向关系学校倾斜", "制度机制", "Ⅰ级", "分配方案集体研究，按学生人数测算并公开。"),
            ("资助政策宣传", "政策宣传不到位，应助未助", "岗位职责", "Ⅲ级", "政策明白纸发放到户，开学季集中宣传。"),
        ]),
        ("资助股", "股长", "middle", [
            ("困难学生认定审核", "对学校上报的家庭经济困难学生名单审核走过场", "岗位职责", "Ⅰ级", "名单与民政、乡村振兴系统比对。"),
            ("生源地助学贷款受理", "为不符合条件的学生办理贷款", "业务流程", "Ⅱ级", "贷款资格双人审核，资料存档。"),
        ]),
        ("资助股", "资助专干", "general", [
            ("资助数据录入", "虚增、重复录入受助学生信息", "业务流程", "Ⅱ级", "录入数据每学期核对，系统查重。"),
            ("受助学生回访", "回访记录弄虚作假", "思想道德", "Ⅲ级", "回访抽查，记录签字。"),
        ]),
        ("综合股", "会计", "general", [
            ("资助资金发放", "截留、挪用资助资金", "思想道德", "Ⅰ级", "资金通过资助卡直接发放到学生。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年10月", None)
    return _layout(
        "jianyang_student_aid_center_posts", "http://jizihe.com/page/2017/0411/1501910.shtml",
        "市学生资助管理中心 岗位廉政风险点排查表 对岗不对人, after the source's 2016 中国学生资助发展报告 (免学费, 助学金, "
        "顶岗实习, 地方政府资助): a title, then 序号/股室 merged (中心领导, 资助股, 综合股)/岗位 merged per post/a short 风险点/a "
        "long ``风险表现``/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` "
        "line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jianyang_hefeng_school_term_holders(),
    jianyang_education_bureau_two_sheets(),
    jianyang_science_bureau_list(),
    jianyang_productivity_center_list(),
    jianyang_shiqiao_school_groups(),
    jianyang_vocational_school_cards(),
    jianyang_teaching_research_selfchecks(),
    jianyang_student_aid_center_posts(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch336-inbox"))

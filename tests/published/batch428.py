"""The four-hundred-and-twenty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育 bodies,
府谷县 (a county of 榆林 on the Yellow River in the 陕北 north, its staff Han) — the 县教育局, the
府谷中学, the 县职业中学, the 县第一幼儿园 and the 中心学校 of four of its towns (孤山镇, 黄甫镇, 新民镇,
哈镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单, 自查表 its staff made in WPS or Excel:

- the 府谷中学's file in two sheets: ``校领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``处室`` (``处室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  a 制表/审核/date line under each;
- the 职业中学's 排查表 对岗不对人: ``处室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 第一幼儿园's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 园长（签字）：``;
- the 孤山镇中心学校's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 |
  …`` over ``工作单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 |
  自查情况`` (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … |
  校长审核：``;
- the 黄甫镇中心学校's 责任清单 under GROUP ROWS ``一、校领导``, ``二、教导处``, ``三、总务处`` merged
  across (no 处室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 新民镇中心学校's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out
  on EVERY row (nothing merged) and with no 处室 column: ``岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级
  | 防控措施`` — the TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 哈镇中心学校's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``处室`` merged
  (``校领导``, ``教导处``, ``总务处``), ``岗位`` and ``姓名`` merged per person, a short ``廉政风险点``
  beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date line.

One is harder:

- ``fugu_education_bureau_typeface_levels``: the 教育局's 岗位廉政风险防控一览表, an ordinary list in
  every column (a title, a merged ``填报单位：…　填报时间：2025年11月`` line, then ``序号 | 股室 | 岗位 |
  姓名 | 廉政风险点 | 风险类型 | 防控措施``, ``股室`` merged, ``岗位`` and ``姓名`` merged per person, short
  types typed in their cells, the measures, a 填表人/审核人/date line) — but it has NO LEVEL COLUMN
  and no level word in any row: a point's level is the TYPEFACE OF ITS OWN ``廉政风险点`` CELL. A
  point of 一级 is set in a BOLD font, a point of 二级 in an UNDERLINED (single underline, not bold)
  font, a point of 三级 in the sheet's ordinary font; every other cell of the row (序号, 股室, 岗位,
  姓名, 风险类型, 防控措施) is in the ordinary font whatever the point's level, and no cell is coloured,
  shaded or struck through — the bureau prints its list in black and white, so it marks levels the
  way a Word document does. The merged note under the table says what the typefaces mean:
  ``注：本表不单列风险等级，以风险点字体区分：字体加粗的为一级风险点，加下划线的为二级风险点，常规字体的为
  三级风险点。`` The levels are mixed within every person's points (no person's points share one
  typeface throughout but the one-point 科员's), so no reading by post, by row order or by the row
  above gives them. The shape is about HOW A POINT'S LEVEL IS WRITTEN: by the FONT WEIGHT and
  UNDERLINE of the point's text, given a meaning by a note. The README's 读得懂的表 knows level words
  and scales, codes and symbols read by a legend, a level told by a cell's FILL colour
  (``LEVEL_COLOURS``), by the FONT COLOUR of the whole row (batch290: red 高, blue 中, black 低), by
  conditional-format icons, by coloured shapes drawn over the level cell, by form-control check
  boxes, by marks before the point (``★``/``☆``, ``LEVEL_MARKS``), by strikethrough for DELETED rows
  and words (``ROW_STRUCK``, ``WORDS_STRUCK``), and a BOLD run as the point before a plain
  description in rich text (batch399: a whole bold cell is the point as written, no level); it
  does not describe a level told by BOLD and UNDERLINE of the point cell. No earlier batch writes
  one: ``grep -l "underline\\|下划线\\|加粗的为" tests/published/batch*.py`` finds none, and ``bold`` or
  ``加粗`` stands only in batch399 (its rich text), batch250 (a page header's font) and batch418
  ("nothing is bold").

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县教体局's 月度 风险分析报告 —
中小学, 幼儿园, 中职学校, 暑期托管, 校舍维修, 招生录取, 赛事集训; a list of a school's 行政办公室 —
校长办公室, 教务处, 德育处, 后勤处, 财务, 招生办, 学籍管理, 绩效考核; a note on 职业教育 产教融合 — 校企合作,
经费投入, 实训; a 幼儿园's 伙食管理制度 — 伙食管理委员会, 伙食费专款专用, 经手人、验收人、分管领导 签字;
a 乡镇中心学校 校长's powers — 村小校长任命, 教师调动, 绩效工资, 职称评优, 营养餐和食堂, 报账审核; a note on
township central schools — 校长, 副校长, 会计, 出纳, teachers' transfers and performance pay; a paper
on 乡镇义务教育经费监管 — 中心学校, 资金拨付, 公用经费; a paper on 农村中小学公用经费 — 报销滞后, 公务卡,
预算年度) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 府谷县, named with the county's name (no earlier unit
holds ``府谷县``; 孤山镇, 黄甫镇, 新民镇 and 哈镇 are towns of the county).

Run ``python tests/published/score.py --set batch428`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the typeface of its ``廉政风险点`` cell: bold 1, underlined
  2, the ordinary font 3 (the ``注：`` line says so); the ``注：`` line and the 填表人/审核人 line are
  no points; the point is the cell's whole text (the typeface is no part of it);
- ``局领导`` (the 教育局's 股室 cell), ``校领导`` (the 府谷中学's sheet of its leaders, named so by its tab
  and title; the 黄甫镇 school's group row; the 哈镇 school's 处室 cell) are the 科室 of those leaders; a
  局's 股 and 办公室 and a school's 处 (教务处, 德育处, 总务处, 教导处, 实训处, 招生就业处, 财务室) are 科室;
  a group row ``二、教导处`` gives the 科室 ``教导处`` (its number left off); the 第一幼儿园's cards and
  the 孤山镇 and 新民镇 schools' forms name no 科室 (a card's ``所在单位`` is the unit itself): their
  科室 is "";
- 局长, 副局长, 校长, 副校长, 园长 and 副园长 are leaders; 股长, the 办公室's 主任 and a school's 处主任
  (教务处主任, 总务处主任, 德育处主任, 教导主任, 总务主任, 实训处主任, 招生就业处主任) middle; the rest
  (科员, 会计, 出纳, 报账员, 保管员, 保健医, 食堂管理员, 资助专干, 工作人员) general;
- ``廉政风险点 | 风险描述`` (the 哈镇 school's list) and ``风险点 | 风险表现`` (the 职业中学's): the point
  is the short one; ``分管工作``, ``工作职责``, ``职责事项`` and ``自查情况`` are no points and name no
  holder; the 职业中学's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the cards' note),
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 新民镇 school's note)
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44``'s — borders,
宋体 10, taller rows for wrapped cells — plus a bold or underlined font on the cells a sheet's
``faces`` names) and ``truth.json``; no re-saved copies (as batch280 and batch426).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b428_"
PLACE = "府谷县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
FACES = {"bold": 1, "underline": 2, None: 3}  # the typeface of a point cell -> its level
GAP = "\u3000"
DATE = "2025年11月"


class _FaceSheet(_Sheet):
    """A sheet some of whose cells are set in a bold or an underlined font: ``faces`` holds
    (row, col, "bold" | "underline")."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.faces: dict[tuple[int, int], str] = {}

    def data(self) -> dict:
        faces = [[r, c, face] for (r, c), face in sorted(self.faces.items())]
        return {**super().data(), "faces": faces}


# --------------------------------------------------------------------------- harder layout

FACE_NAME = "fugu_education_bureau_typeface_levels"
FACE_UNIT = f"{PLACE}教育局"
FACE_TAB = "一览表"
FACE_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
FACE_POINT = 4
FACE_NOTE = (
    "注：本表不单列风险等级，以风险点字体区分：字体加粗的为一级风险点，加下划线的为二级风险点，"
    "常规字体的为三级风险点。"
)

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级 1–3, 防控措施)])
FACE_ROWS = [
    ("局领导", "局长", "蒯珽樾", "leader", [
        ("校长选任和教师调配中个人说了算", "制度机制", 1, "校长选任经党组会研究，教师调配方案全县公示。"),
        ("校舍维修项目插手干预、指定施工单位", "外部环境", 1, "维修项目按限额标准采购，过问插手登记报告。"),
        ("对分管股室和学校廉政提醒不及时", "岗位职责", 3, "每季度开展一次廉政谈话，谈话记录存档。"),
    ]),
    ("局领导", "副局长", "笪霂瑀", "leader", [
        ("招生录取中违规跨区招生、擅自扩大计划", "业务流程", 2, "招生计划和录取名单向社会公开，接受举报。"),
        ("暑期托管和赛事集训违规收费", "思想道德", 1, "托管和集训收费项目报批并公示，专项检查。"),
    ]),
    ("办公室", "主任", "郗韫箬", "middle", [
        ("公务接待超标准、无公函接待", "制度机制", 3, "接待凭公函审批，清单按月公示。"),
        ("办公用品采购不询价、虚报数量", "业务流程", 2, "采购三家以上询价，入库验收两人签字。"),
    ]),
    ("人事股", "股长", "亓骎澄", "middle", [
        ("教师招聘资格审查把关不严", "岗位职责", 1, "资格审查两人以上，结果公示。"),
        ("职称评审推荐中优亲厚友", "思想道德", 2, "推荐量化赋分，结果全县公示。"),
    ]),
    ("计划财务股", "股长", "逯芃璆", "middle", [
        ("学校公用经费拨付不按生均标准", "制度机制", 2, "公用经费按生均标准核拨，拨付明细公开。"),
        ("学生资助资金审核不严、虚报冒领", "岗位职责", 1, "资助名单学校、股室两级审核，资金打卡发放。"),
    ]),
    ("计划财务股", "会计", "邰嵘湜", "general", [
        ("报销凭证审核不严，虚列支出", "业务流程", 3, "报销经办、审核、审批三签，每季度内审。"),
        ("往来款项长期挂账不清理", "岗位职责", 2, "往来款项每季度清理，情况报局务会。"),
    ]),
    ("基础教育股", "科员", "菅熠琮", "general", [
        ("教辅资料征订中推荐指定书目", "外部环境", 3, "教辅征订按目录自愿选用，征订情况抽查。"),
    ]),
]  # fmt: skip


def fugu_education_bureau_typeface_levels() -> dict:
    t = _Truth(FACE_UNIT)
    sh = _FaceSheet(FACE_TAB, [6, 11, 9, 9, 38, 10, 36])
    _line(sh, f"{FACE_UNIT}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{FACE_UNIT}{GAP * 10}填报时间：{DATE}", 7)
    sh.add(*FACE_HEAD)
    first = len(sh.rows)
    n = 0
    face_of = {lv: face for face, lv in FACES.items()}
    for dept, post, who, tier, points in FACE_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, typ, measures)
            if face_of[lv] is not None:
                sh.faces[(r, FACE_POINT)] = face_of[lv]
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), lv)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, FACE_NOTE, 7)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        FACE_NAME, "https://www.mishuzj.com/doc/196773.html",
        "(harder) 县教育局 岗位廉政风险防控一览表 after the source's 县教体局 月度 风险分析报告 (中小学, 幼儿园, 中职学校, 暑期托管, "
        "校舍维修, 招生录取, 赛事集训): a title, a merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/``股室`` merged "
        "(局领导, 办公室, 人事股, 计划财务股, 基础教育股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/"
        "防控措施 — NO LEVEL COLUMN: a point's level is the TYPEFACE of its 廉政风险点 cell, BOLD 一级, UNDERLINED 二级, "
        "the ordinary font 三级, as the merged ``注：…字体加粗的为一级风险点，加下划线的为二级风险点，常规字体的为三级风险点。`` "
        "line says; nothing coloured; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fugu_middle_school_two_sheets() -> dict:
    unit = f"{PLACE}府谷中学"
    t = _Truth(unit)
    lead = _Sheet("校领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}校领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("宦翯汐", "校长", "主持学校全面工作", [
            ("中层干部聘任和教师岗位调整不经校务会研究", "一级", "聘任和调整方案校务会研究，结果校内公示。"),
            ("学校基建和大宗采购中插手干预", "一级", "基建和采购按程序进入平台，过问插手登记。"),
        ]),
        ("阚璟棽", "副校长", "分管教学、招生和学籍管理", [
            ("高一招生中违规录取、收受好处", "一级", "录取分数线和名单公开，招生全程纪检监督。"),
            ("学籍变更和转学审核把关不严", "二级", "学籍变更两人审核，材料存档备查。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "校领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("处室", [6, 12, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}处室廉政风险防控表", 7)
    staff.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("教务处", "教务处主任", "揭苒漪", "middle", [
            ("考试安排和成绩统计弄虚作假", "二级", "考务双人负责，成绩统计复核后公布。"),
            ("教师绩效考核打分不公", "三级", "考核细则公开，结果公示五个工作日。"),
        ]),
        ("德育处", "德育处主任", "郜瑀珩", "middle", [
            ("评优评先和奖学金推荐优亲厚友", "二级", "推荐条件和结果公示，接受师生监督。"),
        ]),
        ("总务处", "总务处主任", "隗筠暄", "middle", [
            ("食堂食材采购收受供应商回扣", "一级", "食材定点采购，验收三人签字，账目每月公示。"),
            ("校服征订中指定厂家", "二级", "校服采购家长委员会参与，自愿征订。"),
        ]),
        ("总务处", "保管员", "衡烜岚", "general", [
            ("教学物资出入库登记不实", "三级", "出入库凭单办理，每学期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "fugu_middle_school_two_sheets", "http://mba.henanjinrong.com/jyzs/202603/675051.html",
        "县中学 file in two sheets after the source's list of a school's 行政办公室 (校长办公室, 教务处, 德育处, 后勤处, 财务, "
        "招生办; 学籍管理, 考试, 绩效考核): ``校领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/"
        "防控措施) and ``处室`` (a title, 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def fugu_vocational_school_posts() -> dict:
    unit = f"{PLACE}职业中学"
    sh = _Sheet("排查表", [6, 12, 13, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "leader", [
            ("校企合作", "校企合作企业选择不经集体研究，从中谋取利益", "制度机制", "高风险",
             "合作企业经校务会研究确定，合作协议公开。"),
            ("实训基地建设", "实训基地建设项目插手干预、指定施工单位", "外部环境", "高风险", "项目按程序采购，全程纪检监督。"),
        ]),
        ("实训处", "实训处主任", "middle", [
            ("实训设备采购", "设备采购参数量身定制，倾向特定品牌", "业务流程", "高风险", "采购参数论证公开，验收专家参与。"),
            ("实训耗材管理", "耗材领用登记不实、挪作他用", "岗位职责", "中风险", "耗材按课时定额领用，每学期盘点。"),
        ]),
        ("招生就业处", "招生就业处主任", "middle", [
            ("跟岗实习安排", "向学生收取实习推荐费，强制安排实习单位", "思想道德", "中风险", "实习单位双向选择，严禁收取任何费用。"),
        ]),
        ("招生就业处", "资助专干", "general", [
            ("国家助学金发放", "助学金受助对象认定不实、虚报学生人数", "岗位职责", "高风险", "受助名单班级评议、学校公示。"),
        ]),
        ("财务室", "出纳", "general", [
            ("免学费资金", "免学费补助资金核算不实、坐支挪用", "制度机制", "低风险", "按学籍人数核算，资金专户管理。"),
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
        "fugu_vocational_school_posts", "http://www.zhijiaoren.com/news/jzkb/2075.html",
        "县职业中学 岗位廉政风险点排查表 对岗不对人, after the source's note on 职业教育 产教融合 (校企合作, 经费投入, 实训): a title, "
        "序号/处室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年11月`` line",
        [sh], t,
    )  # fmt: skip


def fugu_kindergarten_cards() -> dict:
    unit = f"{PLACE}第一幼儿园"
    t = _Truth(unit)
    cards = [
        ("园长", "殳泓翾", "leader", [
            ("幼儿入园招生中收取赞助费、择园费", "★★★", "招生条件和结果公开，严禁收取与入园挂钩的费用。"),
            ("伙食费使用不经伙食管理委员会审议", "★★★", "伙食费专款专用，大额支出经伙委会讨论。"),
            ("保教费收支不公开", "★★", "收费项目和标准公示，学期末公布账目。"),
        ]),
        ("后勤主任", "滑珂葳", "middle", [
            ("食堂食材采购指定供应商、虚报价格", "★★★", "食材定点采购，每月公示采购品种、数量和价格。"),
            ("园舍维修工程量虚报", "★★", "维修项目经手人、验收人、分管领导三签。"),
        ]),
        ("保健医", "鄂骞沣", "general", [
            ("食材验收把关不严、以次充好", "★★", "索票索证，验收登记当日完成。"),
            ("幼儿体检费代收代管不清", "★", "代收费用逐人登记，结余退还。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "园长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "fugu_kindergarten_cards", "https://m.howto1234.com/wenku/cvec/Vg3a5lrDyX",
        "县第一幼儿园 岗位廉政风险防控卡, one sheet a holder (tabs 园长, 后勤主任, 保健医), after the source's 幼儿园 伙食管理制度 "
        "(伙食管理委员会, 伙食费专款专用, 经手人、验收人、分管领导 签字): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … "
        "| 持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the "
        "stars and ``持卡人（签字）： | 园长（签字）：``",
        sheets, t,
    )  # fmt: skip


def fugu_gushan_school_selfchecks() -> dict:
    unit = f"{PLACE}孤山镇中心学校"
    t = _Truth(unit)
    people = [
        ("危蘩汀", "校长", "leader", [
            ("主持学校全面工作，负责村小校长任命和教师调动", [
                ("村小校长任命和教师调动中收受好处", "Ⅰ级", "任命和调动方案校务会研究，报县教育局备案。", "已落实"),
                ("教师绩效工资分配向关系人倾斜", "Ⅱ级", "绩效方案教代会通过，分配结果公示。", "已落实"),
            ]),
        ]),
        ("昝瑢岷", "总务主任", "middle", [
            ("负责营养餐和食堂管理", [
                ("营养餐供餐企业选择不公开", "Ⅰ级", "供餐企业按县统一招标确定，名单公告。", "已落实"),
                ("食堂账目不清、挤占学生伙食费", "Ⅱ级", "伙食费专户管理，账目每月公示。", "正在整改"),
            ]),
        ]),
        ("巩棣澄", "报账员", "general", [
            ("负责各村小开支报账", [
                ("村小报账票据审核不严", "Ⅲ级", "票据逐张审核，经手人、证明人签字。", "已落实"),
                ("公用经费报销滞后、垫付款项不清", "Ⅱ级", "报销按月办理，垫付款项登记。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("工作单位", unit, None, "填表时间", DATE, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "校长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "fugu_gushan_school_selfchecks", "http://outofmemory.cn/bake/3546850.html",
        "镇中心学校 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 乡镇中心学校 校长's "
        "powers (村小校长任命, 教师调动, 绩效工资, 营养餐和食堂, 报账审核): a title, the pairs ``姓　名 | … | 职　务 | …`` over "
        "``工作单位 | … | 填表时间 | …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column, no 处室 field; a blank row and ``本人签名： | 校长审核：``",
        sheets, t,
    )  # fmt: skip


def fugu_huangfu_school_group_rows() -> dict:
    unit = f"{PLACE}黄甫镇中心学校"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("校长", "乜暄珞", "leader", [
                ("经费管理", "学校大额经费支出不经集体研究", "制度机制风险", "一级风险", "大额支出校务会研究，按学期公开。"),
                ("教师调动", "教师调动中打招呼、收受好处", "思想道德风险", "一级风险", "调动条件和名单公示，报县教育局审核。"),
            ]),
            ("副校长", "羿珺渟", "leader", [
                ("绩效考核", "教师绩效考核结果人为调整", "岗位职责风险", "二级风险", "考核结果逐项公示，复核有记录。"),
            ]),
        ]),
        ("二、教导处", "教导处", [
            ("教导主任", "栾韬沄", "middle", [
                ("评优评先", "评优推荐暗箱操作", "业务流程风险", "二级风险", "推荐条件和票数公开。"),
                ("征订管理", "教辅资料征订中收受回扣", "外部环境风险", "一级风险", "征订自愿，书目集体确定。"),
            ]),
        ]),
        ("三、总务处", "总务处", [
            ("总务主任", "续翮濛", "middle", [
                ("物资采购", "教学物资采购化整为零规避审批", "业务流程风险", "二级风险", "采购计划报批，三家以上询价。"),
            ]),
            ("会计", "靳琬岫", "general", [
                ("账务处理", "虚列支出、公款私存", "岗位职责风险", "三级风险", "会计出纳分设，每月对账。"),
                ("票据管理", "收费票据领用核销不清", "制度机制风险", "三级风险", "票据专人登记，按月核销。"),
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
        "fugu_huangfu_school_group_rows",
        "https://wodeyuanxiao.com/EducationalKnowledge/yjwarwnris.html",
        "镇中心学校 廉政风险防控责任清单 under GROUP ROWS ``一、校领导`` … ``三、总务处`` merged across (no 处室 column), after the "
        "source's note on township central schools (校长, 副校长, 会计, 出纳; teachers' transfers, performance pay): a title, "
        "then 序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def fugu_xinmin_school_every_row() -> dict:
    unit = f"{PLACE}新民镇中心学校"
    sh = _Sheet("一览表", [6, 11, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("校长", "郦炅潍", "leader", "制度机制", "中心学校拨付村小经费不按标准", "Ⅰ", "经费按学生人数核拨，拨付明细公开。"),
        ("校长", "郦炅潍", "leader", "外部环境", "对学校工程和供货说情打招呼", "Ⅱ", "说情打招呼登记报告。"),
        ("副校长", "松砚蕤", "leader", "岗位职责", "寄宿生生活补助对象审核不实", "Ⅰ", "补助对象逐人核实，学校公示。"),
        ("出纳", "禤澍蓁", "general", "业务流程", "现金收付不及时入账、坐支", "Ⅱ", "现金日清月结，定期盘点。"),
        ("出纳", "禤澍蓁", "general", "思想道德", "利用支付便利挪用公款", "Ⅲ", "公务卡支付，大额支付双人复核。"),
        ("食堂管理员", "钭旻篁", "general", "岗位职责", "食堂出入库登记不实", "Ⅲ", "出入库凭单据办理，每月公示。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "fugu_xinmin_school_every_row", "https://fx361.cc/page/2017/0310/19758531.shtml",
        "镇中心学校 岗位廉政风险防控一览表, after the source's paper on 乡镇义务教育经费监管 (中心学校, 资金拨付, 公用经费): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年11月`` line, then 序号/岗位/姓名 written out on EVERY "
        "row (nothing merged, no 处室 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; "
        "a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def fugu_hazhen_school_list() -> dict:
    unit = f"{PLACE}哈镇中心学校"
    sh = _Sheet("一览表", [6, 11, 10, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "处室", "岗位", "姓名", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("校领导", "校长", "厍昶峣", "leader", [
            ("公用经费使用", "公用经费超范围列支，用于发放福利", "制度机制", "高", "公用经费按规定范围支出，每学期公开。"),
            ("预算编制", "预算编制不经集体研究，与教育年度脱节", "岗位职责", "中", "预算校务会研究，按年度执行。"),
        ]),
        ("教导处", "教导主任", "酆湉芷", "middle", [
            ("学籍管理", "虚报学生人数套取经费", "业务流程", "高", "学籍系统与在校人数每学期核对。"),
            ("考试评价", "统考组织不严，放任作弊", "思想道德", "低", "考务人员交叉安排，巡考记录存档。"),
        ]),
        ("总务处", "总务主任", "訾翀岍", "middle", [
            ("公务卡使用", "公务卡消费与实际业务不符", "业务流程", "中", "公务卡消费凭业务单据报销。"),
        ]),
        ("总务处", "会计", "蒯珂沅", "general", [
            ("经费报销", "报销票据不合规照常入账", "岗位职责", "中", "票据逐张审核，不合规退回。"),
            ("资产管理", "固定资产处置不登记", "制度机制", "低", "资产处置报批，台账同步更新。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "fugu_hazhen_school_list", "http://faxinw.com/a/jiaoyuguanzhu/20191104/74928.html",
        "镇中心学校 岗位廉政风险防控一览表 after the source's paper on 农村中小学公用经费 (报销滞后, 公务卡, 预算年度): a title, a "
        "merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/``处室`` merged (校领导, 教导处, 总务处)/岗位 and 姓名 merged "
        "per person/a short ``廉政风险点``/a long ``风险描述``/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fugu_education_bureau_typeface_levels(),
    fugu_middle_school_two_sheets(),
    fugu_vocational_school_posts(),
    fugu_kindergarten_cards(),
    fugu_gushan_school_selfchecks(),
    fugu_huangfu_school_group_rows(),
    fugu_xinmin_school_every_row(),
    fugu_hazhen_school_list(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus the cells a
    sheet lists under ``faces``, written whole in a bold or a (single) underlined font."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 11, 3, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    faced = {
        "bold": wb.add_format({**base, "bold": True}),
        "underline": wb.add_format({**base, "underline": 1}),
    }

    def put(ws, r: int, c: int, v, faces: dict) -> None:
        if (r, c) in faces:
            ws.write_string(r, c, v, faced[faces[(r, c)]])
        else:
            _put(ws, (fmt, date_fmt), r, c, v)

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        faces = {(r, c): face for r, c, face in sheet.get("faces", [])}
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                put(ws, r, c, v, faces)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                put(ws, r0, c0, v, faces)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch428-inbox"))

"""The five-hundred-and-eighty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's education
bodies, 临潭县 (甘南藏族自治州, 甘肃) — its 教育局, 第一中学, 职业技术学校 and 城关小学 and the 中心学校
of three of its towns (流顺镇, 店子镇, 王旗镇) and, in the harder file, the 八角镇九年一贯制学校 — each
handing back the 一览表, 排查表, 自查表, 清单 or 防控卡 its staff typed in WPS or Excel:

- the 教育局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 职业技术学校's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 第一中学's 自查表, one sheet a person: a label row ``姓　名 | 所在处室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 城关小学's 责任清单 under GROUP ROWS ``一、学校领导`` … ``三、教导处`` merged across (no 处室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 流顺镇中心学校's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 店子镇中心学校's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 王旗镇中心学校's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``lintan_bajiao_school_section_holders``: the 八角镇九年一贯制学校's 岗位廉政风险防控表, one list for
  the whole school keyed by POST (``序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施 | 责任人``), whose
  ``责任人`` heading is merged across TWO COLUMNS headed in the second heading row by the school's two
  SECTIONS, ``小学部 | 初中部``; each post's rows (post merged down) name in each section's column the
  holder of that post IN THAT SECTION — the two 副校长 and the two 教导主任 are two people each, one a
  section, so a row's point is the point of BOTH the section holders; a post held once for the whole
  school (校长, 总务主任, 报账员) has its holder's name merged ACROSS both section columns (and down
  its rows); a post a section does not have shows ``/`` in that section's column (the 初中部's
  食堂管理员 only, and one 教导主任 point of the 初中部 only); a ``注：`` line says so. The README's
  读得懂的表 knows holders as columns under one heading — posts over names in the heading, a ``√``
  under each holder of the row — holder columns (post⏎name) under a merged ``防控措施`` each with his
  own measures, a point merged across post columns, a ``责任岗位 | 责任人`` pair listing several
  posts and holders one a line, two 校区 each with its own same-named 处室 in blocks, and posts common
  to every outlet with a staffing grid of outlets × posts; it does not describe one list whose
  ``责任人`` is split into columns by SECTION of the unit, the NAMES in the cells (not in the
  heading), one holder a section for the row's post, a whole-school holder merged across the
  section columns and ``/`` for a section without the post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 法制晚报 report on a 县 school
``分为小学部和初中部`` whose 校长 took a cut of the 初中部 食堂's takings and 虚报 营养餐费; a 县教育局's
清廉校园 以案促改 drive — 违规招生, 违规借调人员, 教育乱收费, 违规征订教辅资料, 违规开展项目建设; a paper on
职业教育 多元共治 — 校企合作, 产教融合, 行业企业参与; a 市教育局's 问责处理办法 on 有偿家教 and 违规征订
教辅资料; a 财新 report on 校园餐 — 违规指定供应商, 插手招投标, 挤占挪用学生伙食费; a report on a 县's
校长 “窝案” — 营养餐, 校服, 经费管理员; a 中国新闻周刊 report on a 乡镇初中's 校园餐 — 饭堂负责人, 套取餐费,
供应商; a report on 廉洁副校长 in 中小学) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 庾 and 暨
with rare given names); every unit is a body of 临潭县. 临潭县 itself is NOT new: batch465 made its
农业 bodies units, so ``unit_words`` names this batch's own bodies' words (``临潭县教育``,
``临潭县第一中学``, ``临潭县职业``, ``临潭县城关``, ``流顺镇``, ``店子镇``, ``王旗镇``, ``八角镇``), none of which
an earlier unit holds.

Run ``python tests/published/score.py --set batch584`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a numbered row's point (its ``廉政风险点`` cell, level from ``风险等级`` 高/中/低)
  belongs to the holder named in EACH section column of its post's rows, with the 科室 that section
  (``小学部`` or ``初中部``, from the heading); a holder merged across both section columns is one
  holder for the whole school, with no 科室; ``/`` names nobody (that section has no such post);
  one form a holder; the ``注：`` line and the 填表/审核 line are no points; ``防控措施`` names no
  holder;
- ``校领导``, ``学校领导`` (a 处室 cell, a group row, a 所在处室 cell) are the 科室 of those leaders; the
  教育局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a school's 处
  (教导处, 总务处, 政教处, 实训处, 招生就业处), a 局's 股 and a 学部 are 科室; a group row ``二、总务处``
  gives the 科室 ``总务处`` (its number left off);
- every school and the 教育局 are units of their own: 局长, 副局长, 校长, 副校长 and 党支部书记 are
  leaders; 股长 and a 处's 主任 (教导主任, 总务主任) middle; the rest (股员, 会计, 出纳, 报账员, 保管员,
  班主任, 教师, 食堂管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 职业技术学校's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b584_"
PLACE = "临潭县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"
SECTIONS = ("小学部", "初中部")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, tier, holders: one name for the whole school or (小学部, 初中部) with "/" for none,
#  [(廉政风险点, 风险等级, 防控措施, section holders of this row when not all of the post's)])
POSTS = [
    ("校长", "leader", "庾颀翚", [
        ("学校“三重一大”事项不经校务会集体研究", "高", "“三重一大”事项校务会集体研究，纪要存档。"),
        ("食堂承包经营中按营业额收受提成", "高", "食堂一律自营，不得对外承包。"),
    ]),
    ("副校长", "leader", ("暨骎璩", "庾瑑沇"), [
        ("虚报就餐学生人数套取营养膳食补助", "高", "就餐人数按刷卡记录每月核对，补助名单公示。"),
        ("教师绩效考核、评优评先优亲厚友", "中", "考核细则量化赋分，结果公示五个工作日。"),
    ]),
    ("教导主任", "middle", ("暨璲浟", "庾崟芃"), [
        ("学籍变动和控辍保学数据弄虚作假", "中", "学籍变动凭证留存，每月与在校生名单核对。"),
    ]),
    ("教导主任", "middle", (NONE, "庾崟芃"), [
        ("推荐、征订目录外教辅资料", "中", "教辅征订坚持自愿，书目报县教育局审核。"),
    ]),
    ("总务主任", "middle", "暨嵚苾", [
        ("食材验收数量、质量把关不严", "高", "食材验收双人签字，每日抽查称重。"),
        ("校舍零星维修化整为零", "中", "维修项目按限额报批，三家比价。"),
    ]),
    ("食堂管理员", "general", (NONE, "庾蓂漼"), [
        ("食堂库存账实不符，私自处置剩余食材", "低", "库存每周盘点，账物核对。"),
    ]),
    ("报账员", "general", "暨棨湉", [
        ("公用经费报账票据审核不严", "低", "报账单据经办人、证明人、审批人三签。"),
    ]),
]  # fmt: skip


def lintan_bajiao_school_section_holders() -> dict:
    unit = f"{PLACE}八角镇九年一贯制学校"
    sh = _Sheet("防控表", [6, 12, 40, 8, 34, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 7)
    _line(sh, f"单位：{unit}{GAP * 16}2025年5月", 7)
    top = sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施", "责任人", None)
    sh.add(None, None, None, None, None, *SECTIONS)
    for c in range(5):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 6)
    # consecutive entries of one post are one block: the post merged down, the holders too
    blocks: list[tuple[str, str, list]] = []
    for post, tier, holders, points in POSTS:
        if blocks and blocks[-1][0] == post:
            blocks[-1][2].append((holders, points))
        else:
            blocks.append((post, tier, [(holders, points)]))
    n = 0
    for post, tier, parts in blocks:
        first = len(sh.rows)
        for holders, points in parts:
            for point, lv, measures in points:
                n += 1
                if isinstance(holders, str):
                    cells = (holders, None)
                    t.point(sh.name, "", post, holders, tier, point, [], HML[lv])
                else:
                    cells = holders
                    for section, who in zip(SECTIONS, holders, strict=True):
                        if who != NONE:
                            t.point(sh.name, section, post, who, tier, point, [], HML[lv])
                sh.add(n, post, point, lv, measures, *cells)
        last = len(sh.rows) - 1
        rows = sh.rows[first : last + 1]
        if last > first:
            for r in range(first + 1, last + 1):
                sh.rows[r][1] = None
            sh.merge(first, 1, last, 1)
        if isinstance(parts[0][0], str):  # one holder for the whole school: across and down
            for r in range(first + 1, last + 1):
                sh.rows[r][5] = None
            sh.merge(first, 5, last, 6)
        else:
            for c in (5, 6):
                values = {row[c] for row in rows}
                if last > first and len(values) == 1:
                    for r in range(first + 1, last + 1):
                        sh.rows[r][c] = None
                    sh.merge(first, c, last, c)
    _line(sh, "注：责任人按学部分别填写，全校只设一人的岗位合并填写；“/”表示该学部不设此岗位。", 7)
    sh.add("填表：", None, "审核：", None, "校长（签字）：", None, None)
    return _layout(
        "lintan_bajiao_school_section_holders", "http://xiaofei.china.com.cn/news/info-12-31907.html",
        "(harder) 县镇九年一贯制学校 岗位廉政风险防控表, after the source's report on a school ``分为小学部和初中部`` whose "
        "校长 took a cut of the 初中部 食堂's takings and 虚报 营养餐费: a title, a merged ``单位：…　2025年5月`` line, a "
        "TWO-ROW heading: 序号/岗位/廉政风险点/风险等级/防控措施 merged down, ``责任人`` merged across two columns headed "
        "``小学部 | 初中部``; one row a point, the post merged down over its rows, each section column naming that "
        "section's holder of the post (two 副校长, two 教导主任), a whole-school holder (校长, 总务主任, 报账员) merged "
        "ACROSS both columns, ``/`` where a section has no such post; 高/中/低, no type column; a ``注：`` line and a "
        "填表/审核/校长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lintan_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("庾昺岢", "局长", "主持全面工作", [
            ("学校建设项目插手干预招投标", "一级", "建设项目一律进入县公共资源交易中心。"),
            ("违规借调学校教师到机关工作", "二级", "借调人员经局党组会研究，名单公示。"),
        ]),
        ("暨暐峄", "副局长", "分管基础教育、招生", [
            ("城区学校招生划片和插班审批违规", "一级", "招生方案报批并公示，插班名单公开。"),
            ("对学校教育乱收费问题查处不力", "二级", "收费项目公示，设立举报电话。"),
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
        ("基础教育股", "股长", "庾煚玙", "middle", "教辅资料征订目录审核把关不严", "一级",
         "征订目录集体审核，报局务会研究。"),
        ("基础教育股", "股长", "庾煚玙", "middle", "学校办学行为检查走过场", "三级", "检查结果书面反馈并通报。"),
        ("计划财务股", "股长", "暨焘珰", "middle", "学生资助资金分配不按标准测算", "一级", "资助名单逐级审核并公示。"),
        ("计划财务股", "会计", "庾锴琫", "general", "学校报账资料审核不严，虚列支出", "二级", "报账单据三级审核。"),
        ("人事股", "股员", "暨镕瑄", "general", "教师调动、借用材料审核不严", "二级", "调动材料双人审核，结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "lintan_education_bureau_two_sheets", "https://hsjy.voc.com.cn/article/1/52056873.html",
        "县教育局 廉政风险防控一览表 in TWO SHEETS, after the source's 县教育局 清廉校园 以案促改 drive (违规招生, 违规借调人员, "
        "教育乱收费, 违规征订教辅资料, 违规开展项目建设): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def lintan_vocational_school_posts() -> dict:
    unit = f"{PLACE}职业技术学校"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "leader", "校企合作项目", "校企合作企业选定不经集体研究，利益输送", "制度机制风险", "高",
         "合作企业经校务会集体研究，协议公开。"),
        ("实训处", "主任", "middle", "实训基地建设", "实训设备采购参数指向特定品牌", "岗位职责风险", "高",
         "采购需求经专业教师论证，按程序采购。"),
        ("实训处", "主任", "middle", "实训耗材使用", "实训耗材虚报冒领", "业务流程风险", "中",
         "耗材领用登记，每学期盘点。"),
        ("招生就业处", "主任", "middle", "学生实习安排", "与实习单位、中介勾结收取推荐费", "外部环境风险", "高",
         "实习单位集体研究确定，三方签订协议。"),
        ("总务处", "会计", "general", "免学费资金核算", "虚报在校生人数套取免学费资金", "思想道德风险", "中",
         "在校生名单与学籍系统每学期比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "lintan_vocational_school_posts", "https://m.67gu.com/qitaxiangguan/825197.html",
        "县职业技术学校 岗位廉政风险点排查表 对岗不对人, after the source's paper on 职业教育 多元共治 (校企合作, 产教融合, "
        "行业企业参与): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def lintan_first_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("庾篯嶷", "校领导", "副校长", "leader", [
            ("教师职称推荐、评优名额分配不公", "Ⅰ级", "推荐条件量化，结果公示。", "已落实"),
            ("默许教师有偿家教", "Ⅱ级", "签订承诺书，公布举报电话。", "未发现问题"),
        ]),
        ("暨籀峣", "教导处", "主任", "middle", [
            ("统一代办征订教辅资料", "Ⅰ级", "教辅征订坚持自愿，严禁代办。", "已落实"),
            ("考试成绩、排名弄虚作假", "Ⅲ级", "成绩双人录入、交叉复核。", "已落实"),
        ]),
        ("庾杲蘩", "政教处", "班主任", "general", [
            ("推荐学生到校外培训机构有偿补课", "Ⅱ级", "开展有偿补课专项排查。", "未发现问题"),
            ("收受学生家长礼品礼金", "Ⅲ级", "节前廉洁提醒，家长监督电话公开。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在处室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lintan_first_middle_school_selfchecks", "http://itongcheng.cc/thread-2233622-1-1.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市教育局 问责处理办法 "
        "(有偿家教, 违规征订教辅资料, 校外兼课兼职): a title, a label row ``姓　名 | 所在处室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def lintan_chengguan_primary_group_rows() -> dict:
    unit = f"{PLACE}城关小学"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "暨栝菁", "leader", [
                ("违规指定校园餐食材供应商", "一级风险", "供应商按县教育局准入名单比选，结果公示。"),
                ("挤占挪用学生伙食费", "一级风险", "伙食费专账核算，每学期公示收支。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "庾熠箬", "middle", [
                ("插手干预食堂设备采购招投标", "二级风险", "设备采购按政府采购程序办理。"),
            ]),
            ("出纳", "暨燊簃", "general", [
                ("学生伙食费收取不开票据", "二级风险", "伙食费统一缴入学校账户，开具票据。"),
                ("现金坐支、公款私存", "三级风险", "现金日清月结，定期盘点。"),
            ]),
        ]),
        ("三、教导处", "教导处", [
            ("主任", "庾铖柎", "middle", [
                ("新生入学违规择校、收取择校费", "二级风险", "招生按划片方案，名单公示。"),
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
        "lintan_chengguan_primary_group_rows", "http://m.njqunle168.cn/2024-07-19/102217511.html",
        "县城关小学 廉政风险防控责任清单, after the source's 财新 report on 校园餐 (违规指定供应商, 插手干预招投标, 挤占和挪用"
        "学生伙食费): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、学校领导``, ``二、总务处``, ``三、教导处`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def lintan_liushun_school_cards() -> dict:
    unit = f"{PLACE}流顺镇中心学校"
    t = _Truth(unit)
    cards = [
        ("校长", "暨钧翥", "校长", "主持学校全面工作", "leader", [
            ("营养餐食材采购中收受供应商好处", "★★★", "食材采购经集体研究，验收双人签字。"),
            ("校服选购指定厂家", "★★★", "校服选购由家长委员会参与，自愿购买。"),
            ("接受村小教师宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副校长", "庾鹔瑱", "副校长", "分管后勤、经费", "leader", [
            ("经费管理员报账审核把关不严", "★★", "报账单据副校长、校长两级审签。"),
            ("村小校舍维修项目验收不严", "★★", "验收邀请县教育局参加。"),
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
        "lintan_liushun_school_cards", "http://covid-19.chinadaily.com.cn/dfpd/dfjyzc/2015-10-27/content_14287031.html",
        "县镇中心学校 领导干部廉政风险防控卡, one sheet a leader, after the source's report on a 县's 校长 “窝案” (营养餐, 校服, "
        "经费管理员, 鲜肉供应商): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def lintan_dianzi_school_list() -> dict:
    unit = f"{PLACE}店子镇中心学校"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "庾晷蘅", "leader", "食堂饭菜成本与伙食标准不符，套取餐费", "制度机制", "高风险",
         "每餐成本核算，膳食经费每月公示。"),
        ("学校领导", "校长", "庾晷蘅", "leader", "对学生投诉食堂问题不处理", "岗位职责", "中风险",
         "校长信箱每周开箱，回复登记。"),
        ("总务处", "主任", "暨炜棽", "middle", "与食材供应商勾结虚增送货数量", "外部环境", "高风险",
         "送货单与实物每日称重核对。"),
        ("总务处", "食堂管理员", "庾璩瀹", "general", "食材缺斤少两、以次充好", "业务流程", "中风险",
         "食材验收留样，家长代表参与抽查。"),
        ("教导处", "主任", "暨沇骎", "middle", "寄宿生生活补助名单审核不实", "业务流程", "中风险",
         "补助名单班级评议、学校审核、公示。"),
        ("教导处", "教师", "庾菁暐", "general", "利用职务之便向学生推销商品", "思想道德", "低风险",
         "签订《廉洁从教承诺书》。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "lintan_dianzi_school_list", "http://www.cwyan.com/portal.php?aid=87590&mod=view",
        "县镇中心学校 岗位廉政风险防控一览表, after the source's report on a 乡镇初中's 校园餐 (饭堂负责人, 套取餐费, 供应商, "
        "缺斤少两、以次充好, 校长信箱): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def lintan_wangqi_school_register() -> dict:
    unit = f"{PLACE}王旗镇中心学校"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("学校领导", "党支部书记", "暨峄燊", "leader", [
            ("党员发展、评先推优不按程序", "制度机制", "一级", "推荐人选支委会集体研究，公示。"),
        ]),
        ("学校领导", "校长", "庾沇骎", "leader", [
            ("大宗物资采购不按程序", "制度机制", "一级", "大宗物资按政府采购目录采购。"),
            ("校长亲属在食堂从业或参与采买", "思想道德", "二级", "亲属回避，食堂从业人员名单公示。"),
        ]),
        ("教导处", "主任", "暨鹔瑱", "middle", [
            ("教师考勤和代课安排弄虚作假", "岗位职责", "二级", "考勤每日公示，代课记录存档。"),
        ]),
        ("总务处", "保管员", "庾钧翥", "general", [
            ("教学仪器出入库不登记", "业务流程", "三级", "出入库登记，每学期盘点。"),
            ("受赠物资私自处置", "外部环境", "二级", "受赠物资登记造册，公示去向。"),
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
        "lintan_wangqi_school_register", "http://www.handmsg.com/page/2025/0327/26369045.shtml",
        "县镇中心学校 廉政风险点排查登记表, after the source's report on 廉洁副校长 in 中小学 (纪检监察干部 聘任, 廉洁文化, "
        "监督向基层延伸): a title, 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lintan_bajiao_school_section_holders(),
    lintan_education_bureau_two_sheets(),
    lintan_vocational_school_posts(),
    lintan_first_middle_school_selfchecks(),
    lintan_chengguan_primary_group_rows(),
    lintan_liushun_school_cards(),
    lintan_dianzi_school_list(),
    lintan_wangqi_school_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch584-inbox"))

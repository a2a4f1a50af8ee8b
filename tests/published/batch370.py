"""The three-hundred-and-seventieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育 bodies,
蓝田县 (a county of 西安, its staff Han) — the 教育局 itself, its 教学研究室 (教研室), two 中学
(华胥中学, 汤峪中学), two 中心小学 (辋川镇, 三里镇) and two 幼儿园 (the 第二幼儿园 and the 玉山镇中心
幼儿园) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 教育局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管股室`` merged per leader, the 姓名
  BEFORE the 职务) and ``机关股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person),
  ``一级/二级/三级``, no type column, a 制表/审核/date line under each;
- the 教学研究室's 责任清单 under ``附件2``: ``责任科室`` merged (室领导, 中学教研组, 小学教研组, 办公室),
  ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the ``廉政风险点``, ``…风险`` types,
  ``一级风险/二级风险/三级风险``, the measures;
- the 华胥中学's 一览表 under GROUP ROWS ``一、学校领导``, ``二、教务处``, ``三、政教处``, ``四、总务处``
  merged across (no 处室 column): ``岗位 | 姓名`` merged per person, short types, 高/中/低, a
  填表人/审核人/date line;
- the 辋川镇中心小学's 防控卡, one sheet a holder (tabs 校长, 总务主任, 营养餐管理员): ONE ROW of three
  pairs ``姓　名 | … | 职　务 | … | 所在处室 | …`` above ``序号 | 工作环节 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 校长签字：``;
- the 第二幼儿园's 排查表 对岗不对人: ``部门`` merged (园领导, 保教处, 后勤处, 保健室), ``岗位`` merged per
  post, a short ``风险点`` beside a long ``具体表现`` (ONE row a 风险点), ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 汤峪中学's 自查表, one sheet a person (tabs named by the holder): a LABEL ROW ``姓　名 | 所在处室 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 校长意见：``;
- the 玉山镇中心幼儿园's 一览表 under ``附件1``: ``部门 | 岗位 | 责任人`` written out on EVERY row,
  nothing merged, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``lantian_sanli_primary_level_sections``: the 三里镇中心小学's 岗位廉政风险点及防控措施一览表, typed in
  Word the way the 学校 drafts it and pasted into Excel, ONE ROW A POST (``序号 | 岗位 | 姓名 | 主要职责
  | 廉政风险点 | 防控措施``; no 处室 column, no type column and NO LEVEL COLUMN). Each post's
  ``廉政风险点`` cell holds ALL its points, SORTED BY LEVEL UNDER SUB-HEADINGS INSIDE THE CELL: a line
  ``高风险点：``, the high points one a line numbered ``1.``, ``2.``, then a line ``中风险点：`` and its
  points, then ``低风险点：`` and its (a post without 低 or without 高 points has no such sub-heading),
  the numbers RUNNING ON across the sub-headings (``1.`` … ``4.`` in one cell); the ``防控措施``
  cell beside it lists the measures numbered the same way (``1.…；⏎2.…；``), with no sub-heading.
  A merged ``注：`` line under the list says so (``各岗位风险点按高、中、低三个风险等级分段列出，防控措施
  序号与风险点序号对应。``). So a cell is as many points as it has numbered lines, and the level of
  each is ONLY the sub-heading it stands under. The README's 读得懂的表 knows several points in ONE
  cell when a level cell beside it numbers their levels the same way (``1.高⏎2.中``), when each line
  names its post (``受理员：…⏎民政员：…``), when they are labelled ``风险点1：…⏎防控措施1：…``; it knows
  a level from a GROUP ROW across the table (``一、一级风险点``, a group row ending ``（风险等级：高）``),
  from a sheet's name or title, from a 风险点 merged over ``高风险 | 中风险 | 低风险`` columns, from a
  mark before a point read by a note (``★``/``☆``), from the order or the numbers of the rows read by
  a note (``LEVEL_BY_RANK``, ``LEVEL_BY_NUMBER``) and from brackets after a point (``（高）``); it does
  not describe level SUB-HEADINGS INSIDE ONE CELL, each governing the numbered lines under it, with
  no level column and no level word on the lines themselves (and the earlier batches take a cell
  of numbered lines beside ONE level as ONE point: batch44, batch68).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county 教育局's 内设机构 and what
each does — the 教育股's 教学计划 and 招生 and 学籍, the 计划财务股's 教育经费 and 基建维修 and 设备采购;
a survey of 区县 教研 — 教研机构设置, 教研队伍, 教研工作实效, 教研员; a 州教育局's notice on 校园餐,
教辅征订 and 校服采购 — 营养膳食补助, 食堂资金, 招标采购, 食材检斤验质; a 县纪委监委 on 教育领域 —
校园食堂 食材采购台账, 校服招标, 教辅征订目录, 校长、总务主任、班主任 at a 警示教育大会; a 幼儿园's
家委会 and 伙委会 — 园长, 保教主任, 后勤主任, 保健医, 伙食费收支明细, 专款专用; 西安市教育局 on 在职
教师 有偿补课 — 校外培训机构兼职, 介绍生源, 师德承诺书, 评优评先 and 职称; a 幼儿园's 家委会 and 行风
监督员 — 工程建设, 膳食管理, 困难儿童资助评审, 物品询价采购; a 区教育局's report on 集中整治 — 校园餐
阳光采购, 膳食经费监管, 校长陪餐, 教辅材料违规征订, 校服采购, 招投标) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names, three characters each); every unit is a body of 蓝田县,
named with the county's name.

Run ``python tests/published/score.py --set batch370`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered line of a ``廉政风险点`` cell is ONE point, its text the line
  without its number (``1.``) and the point of no trailing stop (the lines carry none); its level
  is the sub-heading above it in the same cell (``高风险点：`` 1, ``中风险点：`` 2, ``低风险点：`` 3); the
  sub-headings are no points; the measures cell, numbered alike, is the points' measures, no
  point; ``主要职责`` is no point; the file has no 处室 column, so its forms have no 科室 (the posts are
  written as they stand: 校长, 副校长, 总务主任, 教导主任, 会计, 营养餐管理员);
- ``局领导`` (the 教育局's sheet of its leaders, named so by its tab and title), ``室领导``, ``学校领导``
  (a group row, a card's 所在处室, a 自查表's 所在处室) and ``园领导`` are the 科室 of those leaders; the
  局's 股 and its 项目办, the 教研室's 教研组 and 办公室, a school's 处, a 中学's 年级组 and a 幼儿园's 处 and
  保健室 are 科室; a group row ``二、教务处`` gives the 科室 ``教务处`` (its number left off);
  ``分管股室`` names what a leader oversees, not his 科室;
- every body here is a unit of its own: the 教育局's 局长 and 副局长, the 教研室's 主任 and 副主任, a
  school's 校长 and 副校长 and a 幼儿园's 园长 are leaders; 股长, the 项目办's 主任, an 教研组's 组长, a
  school's 处 主任 (教务处主任, 政教处主任, 总务处主任, 总务主任, 教导主任) and a 幼儿园's 保教主任 and
  后勤主任 middle; the rest (会计, 股员, 教研员, 食堂管理员, 营养餐管理员, 班主任, 保健医, 炊事员)
  general;
- ``风险点 | 具体表现`` in the 第二幼儿园's list (one row a 风险点): the point is the short 风险点; the
  list names no person: its forms are posts (对岗不对人); ``职责事项``, ``工作环节``, ``分管股室``,
  ``主要职责``, ``填表时间`` and ``自查情况`` are no points and name no holder;
- ``一级/二级/三级``, ``一级风险/二级风险/三级风险``, ``高/中/低``, ``★★★/★★/★`` (read by the cards'
  note), ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 玉山镇中心幼儿园's note) and
  the harder file's ``高风险点：/中风险点：/低风险点：`` sub-headings are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b370_"
PLACE = "蓝田县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
SECTIONS = {"高风险点：": 1, "中风险点：": 2, "低风险点：": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

SECTIONS_UNIT = f"{PLACE}三里镇中心小学"
SECTIONS_HEAD = ("序号", "岗位", "姓名", "主要职责", "廉政风险点", "防控措施")
# (岗位, 姓名, tier, 主要职责, {sub-heading: [(风险点, 防控措施)]}) — one row a post
SECTIONS_ROWS = [
    ("校长", "荆野芹", "leader", "主持学校全面工作，负责人事、财务、校舍建设和校园餐", {
        "高风险点：": [
            ("“三重一大”事项不经校委会集体研究，个人说了算", "重大事项校委会集体研究，会议纪要存档备查"),
            ("校舍维修改造项目化整为零，规避招标或指定施工单位", "维修项目按限额标准招标或比选，结果公示"),
        ],
        "中风险点：": [
            ("教师绩效考核和评优推荐中优亲厚友", "考核细则和推荐结果在校内公示五个工作日"),
        ],
        "低风险点：": [
            ("公务接待超标准、超范围", "接待事前审批，接待清单按月公开"),
        ],
    }),
    ("副校长", "嵇岸舟", "leader", "分管教学、教辅征订和课后服务", {
        "高风险点：": [
            ("违反“一科一辅”原则，擅自扩大教辅材料征订范围", "教辅材料按省级评议目录自愿征订，书目校务会研究"),
        ],
        "中风险点：": [
            ("课后服务收费项目和标准擅自调整", "课后服务收费按批准标准执行，收费明细公示"),
            ("默许校外机构进校推销教辅、收受好处", "严禁校外人员进校推销，发现问题及时报告"),
        ],
    }),
    ("总务主任", "汲雪樵", "middle", "负责校园餐、物资采购和固定资产管理", {
        "高风险点：": [
            ("大宗食材采购不通过阳光采购平台，指定供应商", "大宗食材通过阳光采购平台采购，供应商定期比选"),
            ("食材验收不检斤验质，与供应商串通以次充好", "食材验收双人在场，检斤验质全程留痕"),
        ],
        "中风险点：": [
            ("校服采购未经家长委员会参与选用", "校服选用由家长委员会参与，采购结果公示"),
        ],
        "低风险点：": [
            ("固定资产出借、报废不按规定审批", "资产处置经校委会研究，报教育局审批"),
        ],
    }),
    ("教导主任", "芮照棠", "middle", "负责教学常规、学籍和考试", {
        "中风险点：": [
            ("学生学籍转入转出审核把关不严，违规办理", "学籍变动材料逐项审核，校长签字后报送"),
            ("考试组织中泄露试题或篡改成绩", "试卷保密保管，成绩录入双人核对"),
        ],
        "低风险点：": [
            ("优秀学生评选条件执行不一", "评选条件提前公布，结果班级公示"),
        ],
    }),
    ("会计", "眭溪月", "general", "负责学校经费核算、膳食经费和学生资助资金拨付", {
        "高风险点：": [
            ("营养膳食补助资金挤占挪用或虚报就餐人数", "膳食补助专账核算，就餐人数按日统计、按月核对"),
        ],
        "中风险点：": [
            ("报销票据审核不严，虚列支出", "报销凭证经手人、验收人、审批人三签"),
        ],
    }),
    ("营养餐管理员", "揭雨樵", "general", "负责食堂出入库、陪餐记录和食品留样", {
        "高风险点：": [
            ("食堂出入库台账登记不实，虚报食材数量", "出入库台账日清月结，总务主任每周抽查"),
        ],
        "低风险点：": [
            ("陪餐记录、食品留样记录事后补记", "陪餐和留样记录当餐填写，校长陪餐签字确认"),
        ],
    }),
]  # fmt: skip


def section_cells(sections: dict) -> tuple[str, str]:
    """The post's ``廉政风险点`` cell (sub-headings, then lines numbered on across them) and its
    ``防控措施`` cell (the measures numbered alike)."""
    points, measures, n = [], [], 0
    for heading in SECTIONS:
        if heading not in sections:
            continue
        points.append(heading)
        for point, measure in sections[heading]:
            n += 1
            points.append(f"{n}.{point}")
            measures.append(f"{n}.{measure}")
    last = len(measures) - 1
    measures = [m + ("。" if i == last else "；") for i, m in enumerate(measures)]
    return "\n".join(points), "\n".join(measures)


def read_sections(cell: str) -> list[tuple[str, int]]:
    """The points of a sectioned cell, each with the level of the sub-heading above it (read from
    the cell's text alone)."""
    out, level = [], None
    for line in cell.split("\n"):
        if line in SECTIONS:
            level = SECTIONS[line]
            continue
        m = re.fullmatch(r"(\d+)\.(.+)", line)
        assert m and level is not None, line
        out.append((m.group(2), level))
    return out


def lantian_sanli_primary_level_sections() -> dict:
    unit = SECTIONS_UNIT
    sh = _Sheet("一览表", [6, 12, 9, 24, 46, 44])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 6)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年10月", 6)
    sh.add(*SECTIONS_HEAD)
    for i, (post, who, tier, duty, sections) in enumerate(SECTIONS_ROWS, 1):
        points, measures = section_cells(sections)
        sh.add(i, post, who, duty, points, measures)
        for heading in SECTIONS:
            for point, _measure in sections.get(heading, ()):
                t.point(sh.name, "", post, who, tier, point, [], SECTIONS[heading])
    _line(sh, "注：各岗位风险点按高、中、低三个风险等级分段列出，防控措施序号与风险点序号对应。", 6)
    sh.add("填表人：", None, "审核人：", None, "2025年10月", None)
    return _layout(
        "lantian_sanli_primary_level_sections", "https://www.wentop.com/wen/46/91767.html",
        "(harder) 县镇中心小学 岗位廉政风险点及防控措施一览表, after the source's 区教育局 集中整治 report (校园餐 阳光采购, 膳食经费"
        "监管, 校长陪餐, 教辅材料违规征订, 校服采购, 招投标): a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, "
        "then ONE ROW A POST 序号/岗位/姓名/主要职责/廉政风险点/防控措施 — no 处室, type or LEVEL column: each ``廉政风险点`` "
        "cell holds the post's points SORTED UNDER SUB-HEADING LINES ``高风险点：``, ``中风险点：``, ``低风险点：`` (those the post "
        "has), the points one a line numbered ``1.`` ``2.`` … ON ACROSS the sub-headings; the ``防控措施`` cell numbered alike; a "
        "merged ``注：`` line saying so and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lantian_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管股室", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郏望舒", "局长", "主持全面工作，分管办公室", [
            ("教育系统干部调整和校长交流不经党组集体研究", "一级", "干部调整经党组会研究，任前公示。"),
            ("教育项目安排和资金分配搞个人说了算", "一级", "项目和资金分配方案经局务会集体研究并公开。"),
        ]),
        ("缑晏清", "副局长", "分管人事股、教育股", [
            ("教师招聘、调动中打招呼、递条子", "一级", "招聘调动全程公开，插手干预事项如实登记。"),
            ("义务教育招生划片和插班生审批中照顾关系", "二级", "招生方案和划片范围向社会公布，插班审批集体研究。"),
        ]),
        ("谯雪棠", "副局长", "分管计划财务股、项目办", [
            ("校舍建设和设备采购项目插手干预招标", "一级", "项目一律进入公共资源交易平台，全程留痕。"),
            ("接受学校和供应商宴请、礼品", "三级", "严守中央八项规定精神，拒收登记。"),
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
    lead.add("制表：", None, None, "审核：", None, "2025年10月", None)
    dept = _Sheet("机关股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}机关股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("人事股", "股长", "盍知微", "middle", [
            ("教师职称评审推荐材料把关不严", "一级", "推荐材料逐项审核，推荐结果公示。"),
            ("教师交流轮岗名单确定不公开", "二级", "交流轮岗条件和名单在系统内公示。"),
        ]),
        ("计划财务股", "股长", "蒉采薇", "middle", [
            ("学校公用经费和专项资金拨付不按预算执行", "一级", "资金拨付按预算和文件执行，股长、分管领导双签。"),
        ]),
        ("计划财务股", "会计", "厍长庚", "general", [
            ("学生资助资金发放审核不严，虚报冒领", "二级", "资助名单学校公示后复核，资金直接打卡发放。"),
            ("会计凭证和账簿管理不规范", "三级", "凭证按月装订，年度归档。"),
        ]),
        ("教育股", "股员", "綦听松", "general", [
            ("学籍信息变更审核走过场", "二级", "学籍变更凭证明材料逐项核对，系统留痕。"),
        ]),
        ("项目办", "主任", "闾鸣珂", "middle", [
            ("校舍维修工程量核定不严，虚增工程款", "一级", "工程结算送审计部门审核，现场签证双人确认。"),
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
    dept.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "lantian_education_bureau_two_sheets", "https://woyaojiankangwang.com/Sportshealth/ljochtxhon.html",
        "县教育局 廉政风险防控表 in two sheets, after the source's account of a county 教育局's 内设机构 (教育股 教学计划, 招生, 学籍; "
        "计划财务股 教育经费, 基建维修, 设备采购): ``局领导`` (a title, 序号/姓名, 职务 and 分管股室 merged per leader — the 姓名 "
        "BEFORE the 职务/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``机关股室`` (a title, 序号/股室 "
        "merged/岗位 and 姓名 merged per person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def lantian_teaching_research_duties() -> dict:
    unit = f"{PLACE}教学研究室"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "责任科室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("室领导", "主任", "禤照野", "leader", [
            ("教研经费使用", "教研活动经费使用不经室务会研究，虚列会议培训费", "制度机制风险", "一级风险",
             "经费使用按预算执行，室务会集体研究，支出明细公开。"),
        ]),
        ("室领导", "副主任", "鞠砚耕", "leader", [
            ("优质课评选", "优质课、教学能手评选中打招呼，结果不公", "外部环境风险", "一级风险",
             "评委随机抽取，评选过程录像，结果公示。"),
            ("教研课题立项", "课题立项评审中照顾关系", "岗位职责风险", "二级风险", "立项评审实行专家匿名评审。"),
        ]),
        ("中学教研组", "组长", "栾叩舷", "middle", [
            ("质量监测命题", "监测试题命制中泄露试题", "岗位职责风险", "一级风险", "命题人员封闭命题，签订保密承诺书。"),
        ]),
        ("中学教研组", "教研员", "璩拾遗", "general", [
            ("下校视导", "视导中接受学校宴请，视导结论失真", "思想道德风险", "二级风险", "视导实行两人以上，视导意见书面反馈学校。"),
            ("教辅资料推荐", "向学校推荐目录外教辅资料，收受好处", "外部环境风险", "一级风险",
             "严禁推荐目录外教辅，推荐书目经室务会审定。"),
        ]),
        ("小学教研组", "教研员", "羿凌霄", "general", [
            ("教师培训组织", "培训签到和学时认定弄虚作假", "业务流程风险", "三级风险", "培训签到电子化，学时认定抽查复核。"),
        ]),
        ("办公室", "会计", "訾砚秋", "general", [
            ("费用报销", "报销票据审核不严，虚开发票报销", "业务流程风险", "二级风险", "报销单据经办人、审核人、审批人三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年10月", None)
    return _layout(
        "lantian_teaching_research_duties", "https://www.fx361.cc/page/2020/0915/18183965.shtml",
        "县教学研究室 廉政风险防控责任清单, after the source's survey of 区县 教研 (教研机构设置, 教研队伍, 教研工作实效, 教研员): "
        "``附件2``, a title, then 序号/责任科室 merged (室领导, 中学教研组, 小学教研组, 办公室)/岗位 and ``责任人`` merged per "
        "person/``职责事项``/廉政风险点/风险类别 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/date "
        "line",
        [sh], t,
    )  # fmt: skip


def lantian_huaxu_middle_school_group_rows() -> dict:
    unit = f"{PLACE}华胥中学"
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "逄既明", "leader", [
                ("学校食堂承包经营单位选定不公开", "制度机制", "高", "食堂经营单位公开招标，校委会集体研究。"),
                ("中层干部聘任中任人唯亲", "思想道德", "中", "聘任方案教代会审议，聘任结果公示。"),
            ]),
            ("副校长", "郗采苓", "leader", [
                ("校服选用未遵循家长自愿原则，变相强制购买", "外部环境", "高", "校服选用委员会参与，坚持自愿购买。"),
            ]),
        ]),
        ("二、教务处", "教务处", [
            ("主任", "邴怀瑾", "middle", [
                ("教辅材料征订中收取回扣", "外部环境", "高", "教辅征订按目录自愿进行，不经手征订款。"),
                ("考试成绩统计中弄虚作假", "岗位职责", "低", "成绩统计双人核对，原始成绩存档。"),
            ]),
        ]),
        ("三、政教处", "政教处", [
            ("主任", "麴青檀", "middle", [
                ("学生资助对象认定不公", "业务流程", "中", "资助对象班级评议、学校审核、校内公示。"),
            ]),
        ]),
        ("四、总务处", "总务处", [
            ("主任", "蒯松筠", "middle", [
                ("食材采购询价不充分，与供应商私下接触", "业务流程", "高", "食材定点采购三家比价，价格每月公示。"),
                ("校舍零星维修虚报工程量", "岗位职责", "中", "维修前后拍照留档，验收双人签字。"),
            ]),
            ("食堂管理员", "隗念慈", "general", [
                ("食堂食材验收不严，短斤少两", "岗位职责", "中", "食材验收检斤验质，验收单当日录入台账。"),
                ("伙食费结余不按规定使用", "制度机制", "低", "伙食费专账核算，收支按学期公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "lantian_huaxu_middle_school_group_rows", "http://bjzb.nndddkj.cn/info-619331809.html",
        "县中学 岗位廉政风险防控一览表, after the source's 州教育局 notice on 校园餐, 教辅征订 and 校服采购 (营养膳食补助, 食堂资金, 招标"
        "采购, 食材检斤验质): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS "
        "``一、学校领导``, ``二、教务处``, ``三、政教处``, ``四、总务处`` merged across (no 处室 column); 岗位 and 姓名 merged per "
        "person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lantian_wangchuan_primary_cards() -> dict:
    unit = f"{PLACE}辋川镇中心小学"
    t = _Truth(unit)
    cards = [
        ("校长", "亓雨霏", "校长", "学校领导", "leader", [
            ("校园餐", "食堂食材供应商不经集体研究确定", "制度机制", "★★★", "供应商经校委会研究并公开比选。"),
            ("教辅征订", "统一征订教辅材料，变相强制学生购买", "外部环境", "★★", "坚持自愿征订，不统一收费。"),
            ("经费管理", "学校经费开支审批把关不严", "岗位职责", "★★", "大额开支校委会研究，账目每学期公开。"),
        ]),
        ("总务主任", "妫清商", "总务主任", "总务处", "middle", [
            ("物资采购", "办公和教学物资采购拆分规避比价", "业务流程", "★★★", "采购计划每学期统一制定，三家比价。"),
            ("校服采购", "校服结算数量与实际发放数量不符", "岗位职责", "★★", "校服发放逐班签收，结算前对账。"),
        ]),
        ("营养餐管理员", "笪映雪", "营养餐管理员", "总务处", "general", [
            ("食材验收", "验收不检斤验质，接受不合格食材", "岗位职责", "★★★", "验收双人在场，不合格食材当场退回。"),
            ("台账管理", "营养餐出入库台账登记不及时", "业务流程", "★", "台账当日登记，每周总务主任核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 12, 34, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "所在处室", dept)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "校长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "lantian_wangchuan_primary_cards", "http://www.gscn.com.cn/tourism/system/2025/12/22/013431288.shtml",
        "县镇中心小学 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 总务主任, 营养餐管理员), after the source's 县纪委监委 on "
        "教育领域 (校园食堂 食材采购台账, 校服招标, 教辅征订目录, 校长、总务主任、班主任): a title, ONE ROW of three pairs "
        "``姓　名 | … | 职　务 | … | 所在处室 | …``, then 序号/工作环节/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/"
        "防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 校长签字：``",
        sheets, t,
    )  # fmt: skip


def lantian_second_kindergarten_posts() -> dict:
    unit = f"{PLACE}第二幼儿园"
    sh = _Sheet("排查表", [6, 10, 12, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "具体表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("园领导", "园长", "leader", [
            ("园舍改造工程发包", "化整为零规避招标，指定施工单位", "制度机制风险", "Ⅰ级", "工程发包按限额招标，园务会集体研究。"),
            ("教职工招聘", "临聘教师招聘条件因人而设", "思想道德风险", "Ⅱ级", "招聘条件和结果在园内公示。"),
        ]),
        ("保教处", "保教主任", "middle", [
            ("幼儿入园招生", "超计划招生或收取赞助费", "岗位职责风险", "Ⅰ级", "招生计划和名单公示，严禁收取赞助费。"),
        ]),
        ("后勤处", "后勤主任", "middle", [
            ("伙食费管理", "伙食费挤占挪用，收支不公开", "制度机制风险", "Ⅰ级", "伙食费专款专用，收支明细每月向家长公示。"),
            ("玩教具采购", "采购中收受供应商回扣", "外部环境风险", "Ⅱ级", "采购询价三家以上，验收与采购分离。"),
        ]),
        ("后勤处", "炊事员", "general", [
            ("食材加工", "克扣幼儿食材，私拿食品", "思想道德风险", "Ⅲ级", "食材按食谱定量领用，后勤主任抽查。"),
        ]),
        ("保健室", "保健医", "general", [
            ("膳食营养分析", "带量食谱与实际供餐不符，数据造假", "业务流程风险", "Ⅱ级", "食谱公示，家长代表参与膳食监督。"),
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
        "lantian_second_kindergarten_posts", "https://wxredian.com/art?id=995b4a84ad217b35937d106d9c342baa",
        "县第二幼儿园 岗位廉政风险点排查表 对岗不对人, after the source's 幼儿园 家委会、伙委会 (园长, 保教主任, 后勤主任, 保健医, "
        "伙食费收支明细, 专款专用): a title, 序号/部门 merged (园领导, 保教处, 后勤处, 保健室)/岗位 merged per post/a short 风险点/a "
        "long ``具体表现`` (one row a 风险点)/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核："
        " | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def lantian_tangyu_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}汤峪中学"
    t = _Truth(unit)
    people = [
        ("昝星阑", "学校领导", "副校长", "leader", [
            ("分管的课后服务和假期托管变相收费", "制度机制", "高风险", "服务收费按标准执行，收费明细公示。", "已落实"),
            ("教师职称推荐中照顾关系", "思想道德", "中风险", "推荐实行量化赋分，结果公示。", "已落实"),
        ]),
        ("冼叶舟", "教务处", "教务处主任", "middle", [
            ("为校外培训机构介绍生源、提供学生信息", "外部环境", "高风险", "学生信息分级管理，签订师德承诺书。", "已落实"),
            ("排课和监考安排中优亲厚友", "岗位职责", "低风险", "排课、监考安排在教务群公示。", "正在整改"),
        ]),
        ("糜逸尘", "高二年级组", "班主任", "general", [
            ("组织或参与有偿补课", "思想道德", "高风险", "签订不参与有偿补课承诺书，接受家长监督。", "已落实"),
            ("收受学生家长礼品礼金", "外部环境", "中风险", "节前廉洁提醒，拒收登记。", "已落实"),
            ("班级评优和资助推荐不公开", "业务流程", "低风险", "班级评议结果公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", "所在处室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年10月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签名：", None, None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lantian_tangyu_middle_school_selfchecks", "https://epaper.sanqin.com/html/202503/30/content_902375.html",
        "县中学 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 市教育局 on 在职教师 有偿补课 "
        "(校外培训机构兼职, 介绍生源, 师德承诺书, 评优评先, 职称): a title, a LABEL ROW ``姓　名 | 所在处室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def lantian_yushan_kindergarten_every_row() -> dict:
    unit = f"{PLACE}玉山镇中心幼儿园"
    sh = _Sheet("一览表", [6, 10, 10, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("园领导", "园长", "储疏影", "leader", "园舍维修和设备购置不经园务会研究", "Ⅰ",
         "维修购置事项园务会集体研究，邀请家长代表监督。"),
        ("园领导", "园长", "储疏影", "leader", "困难幼儿资助评审中优亲厚友", "Ⅱ", "资助评审由家委会代表参与，结果公示。"),
        ("保教处", "保教主任", "钮衔蝉", "middle", "以兴趣班、特色课程名义另行收费", "Ⅰ", "严禁另立收费项目，收费公示。"),
        ("后勤处", "后勤主任", "琚问渠", "middle", "物品询价采购走过场，指定商家", "Ⅰ", "询价小组集体询价，行风监督员参与。"),
        ("后勤处", "会计", "宓新篁", "general", "保教费、伙食费收支账目不清", "Ⅱ", "收费票据统一管理，账目按月核对。"),
        ("保健室", "保健医", "籍观澜", "general", "晨检和体检费用代收后不及时结算", "Ⅲ", "代收费用按学期结算，结余退还。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "lantian_yushan_kindergarten_every_row", "http://yibin.scjyxw.com/xiaoxue/news/20201019/1000010000186737.html",
        "县镇中心幼儿园 岗位廉政风险防控一览表, after the source's 幼儿园 家委会 and 行风监督员 (工程建设, 膳食管理, 困难儿童资助评审, "
        "物品询价采购): ``附件1``, a title, 序号/部门/岗位/责任人 written out on EVERY row (nothing merged)/风险点/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lantian_sanli_primary_level_sections(),
    lantian_education_bureau_two_sheets(),
    lantian_teaching_research_duties(),
    lantian_huaxu_middle_school_group_rows(),
    lantian_wangchuan_primary_cards(),
    lantian_second_kindergarten_posts(),
    lantian_tangyu_middle_school_selfchecks(),
    lantian_yushan_kindergarten_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch370-inbox"))

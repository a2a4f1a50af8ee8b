"""The three-hundred-and-ninety-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育 bodies,
乾县 (a county of 咸阳 north of the 渭河, under the 梁山, its staff Han) — the 县教育局, the 乾县第一中学,
the 城关中学, the 实验小学, the 教师发展中心, the 职业教育中心, the 第二中学 and the 城关幼儿园 — each
handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 教育局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column, a
  制表/审核/date line under each;
- the 第一中学's 一览表 under GROUP ROWS ``一、校级领导``, ``二、教务处``, ``三、总务处``, ``四、政教处``
  merged across (no 处室 column): ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 实验小学's 防控卡, one sheet a holder (tabs named by the post): ONE ROW of pairs ``姓　名 | … |
  职　务 | … | 所在处室 | …``, a merged ``岗位职责：…`` line, ``序号 | 风险点 | 风险等级 | 防控措施``, no
  type column, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 校长签字：``;
- the 教师发展中心's 自查表, one sheet a person (tabs named by the holder): a merged ``单位：…`` line,
  pairs ``姓　名 | … | 职　务 | … | 所在部门 | …`` in one row, ``序号 | 工作环节 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 主任审核：``;
- the 职业教育中心's 责任清单: ``科室`` merged, ``岗位 | 责任人`` merged per person, ``职责事项`` before
  the ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``;
- the 第二中学's 排查表 对岗不对人: ``处室`` merged and ``岗位`` merged per post, a short ``风险点`` beside
  a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 城关幼儿园's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line, written out
  on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：``
  line.

One is harder:

- ``qianxian_chengguan_middle_school_org_chart``: the 城关中学's workbook of TWO sheets, where WHO
  HOLDS EACH POST IS GIVEN ONLY BY AN ORGANISATION CHART. The first sheet ``组织机构`` is no table:
  under a title ``乾县城关中学组织机构及岗位人员图`` and a merged ``（按2025—2026学年岗位聘任结果填写）``
  line it draws the school as BOXES — one merged cell a box, spread over a grid of eight columns
  with empty rows between the levels: the ``校长室`` box on top (D4:E6), and a row of four boxes under
  it (A9:B12 ``办公室``, C9:D12 ``教务处``, E9:F12 ``政教处``, G9:H12 ``总务处``). Each box's text is
  the 处室's name on its first line and then ONE LINE A POST, ``岗位：姓名`` with the post's label
  spaced out to three characters (``校长室⏎校　长：夔灏琮⏎副校长：隆湉玥``, ``总务处⏎主　任：饶洺玙⏎会　计：
  简泠璆⏎保管员：鞠洹璁``); a ``制图：学校办公室　2025年9月`` line closes it. The second sheet
  ``风险点一览表`` is an ordinary list — a title, ``序号 | 处室 | 岗位 | 廉政风险点 | 风险类型 | 风险等级 |
  防控措施``, 处室 merged, 岗位 merged per post, short types, 高/中/低 — with NO NAME COLUMN and a merged
  ``注：各岗位责任人见“组织机构”工作表。`` line under it. The same post ``主任`` stands in four 处室
  (办公室, 教务处, 政教处, 总务处), so a row's holder is found only by its 处室 AND its post, in the box of
  that 处室. The README's 读得懂的表 knows rosters laid out as TABLES or LINES: a ``姓名 | 单位职务``
  list or 领导小组 名单 on another sheet, a staffing matrix ``科室 | 科长 | 副科长 | 科员`` under the
  table, ``岗　位 | … / 姓　名 | …`` rows above it, a one-line ``岗位人员：部长　X；…`` under it, a
  ``村文书 | 戴晓军 | …`` row of pairs above it, a list to the right past an empty column, a 目录 sheet by
  表号, a 工号对照表, a 职权目录 by 编码, a text box over empty cells; it does not describe an
  ORGANISATION CHART whose boxes (one merged cell each, no heading row, set out as a tree) carry a
  处室 and its ``岗位：姓名`` lines, from which the holder of a row of a nameless list is read by 处室 and
  post (``grep -il '组织机构图\\|org chart\\|组织架构图' tests/published/*.py README.md`` finds none but
  the sources' words; batch30's and batch332's 领导小组 名单 are ``序号 | 小组职务 | 姓名 | 单位职务``
  tables).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县教育局's 主要职责 and 内设机构 —
办公室, 人事股, 计划财务, 教育经费, 基础教育; a 中小学教师专业技术职务聘任 实施方案 — 聘任条件, 推荐,
赋分, 公示; a school's 行政领导机构 and its 职责分工 — 校长办公室, 教务处, 学生事务, 财务, 后勤保障; a
小学班主任工作考核细则 — 班级管理, 考核, 评优, 家校; the 国培计划's 项目管理办法 — 培训项目, 承担机构,
经费管理, 学员遴选, 绩效评估; a 职教中心 建设实施方案 — 实训设备, 产教融合, 招生, 师资, 校企合作;
校餐 配送 — 食材采购, 配送, 验收, 留样, 餐费; the 校园商超 rules for 中小学 and 幼儿园 — 商超, 收费,
采购, 食品安全) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 乾县, named with the county's name.

Run ``python tests/published/score.py --set batch392`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row of ``风险点一览表`` is held by the person written against its post in
  the box of its 处室 on ``组织机构`` (``校长室`` box: 校长, 副校长; the 处室 boxes: 主任 and the staff
  posts); the chart holds no point and no form of its own, its box titles and ``岗位：`` labels are
  no points, ``制图：…`` and the 学年 line are no points; the forms are those of the list's sheet;
- ``局领导`` (the 教育局's sheet of its leaders, named so by its tab and title), ``校级领导`` (a group
  row of the 第一中学), ``校长室`` (the 城关中学's 处室 of its 校长 and 副校长, and the 实验小学 card's
  ``所在处室`` of its 校长), ``中心领导`` (the 教师发展中心's ``所在部门`` of its 主任), ``校领导`` (a
  科室 cell of the 职业教育中心), ``学校领导`` (a 处室 cell of the 第二中学) and ``园领导`` (a 科室 cell
  of the 幼儿园) are the 科室 of those leaders; a 局's 股, a school's 处, 室 and 办公室, a 中心's 部
  and 处 are 科室; a group row ``二、教务处`` gives the 科室 ``教务处`` (its number left off);
- 局长, 副局长, 校长, 副校长, 园长 and the 教师发展中心's 主任 are leaders; 股长, a 处室's 主任
  (教务处, 总务处, 政教处, 办公室, 实训处, 招生就业处), 教导主任, 总务主任 and 后勤主任 middle; the rest
  (会计, 报账员, 文书, 教务员, 保管员, 研训员, 培训项目管理员, 设备管理员, 食堂管理员, 保健医, 出纳)
  general;
- ``风险点 | 风险表现`` (the 第二中学's list): the point is the short 风险点; ``分管工作``, ``职责事项``,
  ``工作环节`` and ``岗位职责`` are no points and name no holder; the 第二中学's list names no person: its
  forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 幼儿园's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch390).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b392_"
PLACE = "乾县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年9月"


# --------------------------------------------------------------------------- harder layout

CHART_UNIT = f"{PLACE}城关中学"
CHART_TAB = "组织机构"
LIST_TAB = "风险点一览表"
CHART_WIDTH = 8
LIST_HEAD = ("序号", "处室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
LIST_NOTE = "注：各岗位责任人见“组织机构”工作表。"
# one box a 处室: (处室, (row0, col0, row1, col1), [(岗位, 姓名, tier)])
CHART_BOXES = [
    ("校长室", (3, 3, 5, 4), [("校长", "夔灏琮", "leader"), ("副校长", "隆湉玥", "leader")]),
    ("办公室", (8, 0, 11, 1), [("主任", "巩瀞妤", "middle"), ("文书", "晁淏瑄", "general")]),
    ("教务处", (8, 2, 11, 3), [("主任", "敖沨珮", "middle"), ("教务员", "融澋琪", "general")]),
    ("政教处", (8, 4, 11, 5), [("主任", "冷濂珧", "middle")]),
    ("总务处", (8, 6, 11, 7), [("主任", "饶洺玙", "middle"), ("会计", "简泠璆", "general"),
                              ("保管员", "鞠洹璁", "general")]),
]  # fmt: skip
# (处室, 岗位, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
CHART_ROWS = [
    ("校长室", "校长", [
        ("“三重一大”事项不经校务会集体研究，个人决定", "制度机制", "高", "重大事项校务会集体研究，会议纪要存档。"),
        ("中层干部聘任和岗位聘任中优亲厚友", "思想道德", "高", "聘任方案教代会通过，聘任结果全校公示。"),
    ]),
    ("校长室", "副校长", [
        ("校舍维修项目化整为零规避招标", "业务流程", "高", "维修项目按限额标准比选或招标，结果公示。"),
        ("食堂大宗食材采购监管不到位", "岗位职责", "中", "大宗食材定点采购，验收留样双人签字。"),
    ]),
    ("办公室", "主任", [
        ("公务接待和公车使用超标准", "制度机制", "中", "接待事前审批、清单公示，派车单每月核对。"),
    ]),
    ("办公室", "文书", [
        ("公章使用不登记，违规出具证明", "岗位职责", "低", "用印审批登记，证明材料留存复印件。"),
    ]),
    ("教务处", "主任", [
        ("教师职称推荐赋分不公", "岗位职责", "高", "赋分细则公开，赋分结果公示五个工作日。"),
        ("教辅资料征订中收受回扣", "外部环境", "高", "教辅征订坚持自愿原则，书目集体研究确定。"),
    ]),
    ("教务处", "教务员", [
        ("学籍信息随意修改，为借读生违规建籍", "业务流程", "中", "学籍变动经分管校长审批，系统操作留痕。"),
    ]),
    ("政教处", "主任", [
        ("学生资助对象认定不准确", "岗位职责", "中", "资助对象班级评议、学校审核、公示。"),
        ("评优评先推荐优亲厚友", "思想道德", "低", "评选条件和结果公示，接受师生监督。"),
    ]),
    ("总务处", "主任", [
        ("办公用品和教学设备采购指定供应商", "外部环境", "高", "三家以上询价，采购与验收分离。"),
        ("固定资产出借、处置不按规定审批", "制度机制", "中", "资产处置报教育局审批，账实定期核对。"),
    ]),
    ("总务处", "会计", [
        ("报销票据审核不严，虚列支出", "岗位职责", "中", "报销单据经手人、证明人、审批人三签。"),
    ]),
    ("总务处", "保管员", [
        ("物资出入库账实不符", "业务流程", "低", "出入库逐笔登记，每学期盘点。"),
    ]),
]  # fmt: skip


def chart_people() -> dict[tuple[str, str], tuple[str, str]]:
    """(处室, 岗位) -> (姓名, tier), as the chart's boxes give them."""
    return {
        (dept, post): (who, tier) for dept, _, posts in CHART_BOXES for post, who, tier in posts
    }


def spaced(post: str) -> str:
    """A post's label in a box, spaced out to three characters (``主　任``, ``副校长``)."""
    return GAP.join(post) if len(post) == 2 else post


def box_text(dept: str, posts) -> str:
    return "\n".join([dept, *(f"{spaced(post)}：{who}" for post, who, _ in posts)])


def qianxian_chengguan_middle_school_org_chart() -> dict:
    unit = CHART_UNIT
    t = _Truth(unit)
    chart = _Sheet(CHART_TAB, [13] * CHART_WIDTH)
    _line(chart, f"{unit}组织机构及岗位人员图", CHART_WIDTH)
    _line(chart, "（按2025—2026学年岗位聘任结果填写）", CHART_WIDTH)
    last = max(box[2] for _, box, _ in CHART_BOXES)
    while len(chart.rows) <= last:
        chart.add(*([None] * CHART_WIDTH))
    for dept, (r0, c0, r1, c1), posts in CHART_BOXES:
        chart.rows[r0][c0] = box_text(dept, posts)
        chart.merge(r0, c0, r1, c1)
    chart.add(*([None] * CHART_WIDTH))
    _line(chart, f"制图：学校办公室{GAP}{DATE}", CHART_WIDTH)
    people = chart_people()
    sh = _Sheet(LIST_TAB, [6, 10, 9, 34, 10, 9, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*LIST_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, points in CHART_ROWS:
        who, tier = people[(dept, post)]
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    _line(sh, LIST_NOTE, 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "qianxian_chengguan_middle_school_org_chart", "http://zixun.weirz.com/jxfw/202505/261739.html",
        "(harder) 城关中学's workbook after the source's 学校行政领导机构 and its 职责分工 (校长办公室, 教务处, 学生事务, 财务, "
        "后勤保障): sheet ``组织机构`` an ORGANISATION CHART, no table — a title, a merged 学年 line, then BOXES, one merged "
        "cell each over a grid of eight columns (``校长室`` D4:E6 on top; ``办公室`` A9:B12, ``教务处`` C9:D12, ``政教处`` "
        "E9:F12, ``总务处`` G9:H12 under it), each box the 处室 on its first line and one ``岗位：姓名`` line a post "
        "(``主　任：…``, ``会　计：…``), a ``制图：`` line; sheet ``风险点一览表`` an ordinary list with NO NAME COLUMN — "
        "序号/处室 merged/岗位 merged per post/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, a merged ``注：各岗位责任人"
        "见“组织机构”工作表。`` line and a 填表人/审核人/date line; ``主任`` stands in four 处室, so a row's holder is found by "
        "its 处室 AND post in the chart",
        [chart, sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qianxian_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("綦昶澐", "局长", "主持全面工作，分管人事、计财", [
            ("教育经费安排和大额支出不经党组会集体研究", "一级", "“三重一大”事项清单化管理，党组会纪要存档。"),
            ("校长选任和教师调配中打招呼、说情", "一级", "干部选任全程纪实，教师调配方案公开。"),
        ]),
        ("仉湛璩", "副局长", "分管基础教育、校舍建设", [
            ("校舍建设项目插手招标和分包", "一级", "工程项目进入公共资源交易平台，领导干部插手记录报告。"),
            ("义务教育招生划片和入学审批开口子", "二级", "招生划片和入学结果公开，接受社会监督。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("人事股", "股长", "阚霈琰", "middle", [
            ("教师公开招聘资格审查把关不严", "一级", "资格审查两人以上，审查结果公示。"),
            ("职称评审推荐材料审核走过场", "二级", "推荐材料逐项核验，推荐结果公示。"),
        ]),
        ("计财股", "股长", "郜濬妍", "middle", [
            ("生均公用经费拨付不按标准", "一级", "经费按学生数核定，拨付结果向学校公开。"),
        ]),
        ("计财股", "会计", "闾漪珂", "general", [
            ("报销审核不严，虚列会议费、培训费", "二级", "报销凭证三级审核，定期抽查。"),
            ("专项资金挤占挪用", "三级", "专项资金专账核算，年度审计。"),
        ]),
        ("基础教育股", "股长", "庾澈珺", "middle", [
            ("学校办学水平评估打分不公", "二级", "评估细则公开，评估组交叉打分。"),
            ("民办学校年检降低标准", "三级", "年检实地核查，结果公示。"),
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
        "qianxian_education_bureau_two_sheets", "https://wodeyuanxiao.com/EducationalKnowledge/ysvdqdjhgy.html",
        "县教育局 file in two sheets after the source's 县教育局 主要职责 and 内设机构 (办公室, 人事股, 计划财务, 教育经费, "
        "基础教育): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` "
        "(a title, 序号/股室 merged (人事股, 计财股, 基础教育股)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def qianxian_no1_middle_school_groups() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("一览表", [6, 10, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、校级领导", "校级领导", [
            ("校长", "衡昉淇", "leader", [
                ("教师专业技术职务聘任不按方案执行", "制度机制风险", "高", "聘任方案经教代会通过，聘任结果公示。"),
                ("学校基建和大宗采购插手干预", "思想道德风险", "高", "基建和采购全程进入平台，校长不直接分管。"),
            ]),
            ("副校长", "步琛淯", "leader", [
                ("招生中违规招收择校生", "岗位职责风险", "高", "招生计划和录取名单公开。"),
            ]),
        ]),
        ("二、教务处", "教务处", [
            ("主任", "都澍琳", "middle", [
                ("职称推荐赋分材料审核不严", "岗位职责风险", "中", "赋分材料两人复核，结果公示。"),
                ("考试安排和成绩录入弄虚作假", "业务流程风险", "中", "成绩录入双人核对，系统留痕。"),
            ]),
        ]),
        ("三、总务处", "总务处", [
            ("主任", "寇沚珩", "middle", [
                ("食堂承包和食材采购收受回扣", "外部环境风险", "高", "食堂承包公开招标，食材定点采购。"),
            ]),
            ("报账员", "禄溆琮", "general", [
                ("票据审核不严，虚列支出", "岗位职责风险", "中", "报销单据三签，每月对账。"),
                ("现金管理坐支、公款私存", "制度机制风险", "低", "现金日清月结，定期盘点。"),
            ]),
        ]),
        ("四、政教处", "政教处", [
            ("主任", "殳浛璎", "middle", [
                ("贫困生资助认定优亲厚友", "思想道德风险", "中", "资助对象班级评议、学校审核、公示。"),
                ("三好学生评选推荐不公", "业务流程风险", "低", "评选条件和结果公示。"),
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
    sh.add("制表：", None, None, "审核：", None, DATE, None)
    return _layout(
        "qianxian_no1_middle_school_groups",
        "https://abg.baidu.com/tags/23inbioru664zsvg26unfnn4xtfplvvqz3y4nogiz242jv7xzk24vknxxwylq13",
        "乾县第一中学 岗位廉政风险防控一览表 under GROUP ROWS ``一、校级领导`` … ``四、政教处`` merged across (no 处室 column), "
        "after the source's 中小学教师专业技术职务聘任 实施方案 (聘任条件, 推荐, 赋分, 公示): a title, then 序号/岗位 and 姓名 merged "
        "per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def qianxian_experimental_primary_cards() -> dict:
    unit = f"{PLACE}实验小学"
    t = _Truth(unit)
    cards = [
        ("校长", "须瀛珞", "leader", "校长室", "主持学校全面工作，负责人事、财务和重大事项决策", [
            ("重大事项决策不经校务会集体研究", "★★★", "重大事项校务会集体研究，会议纪要存档。"),
            ("班主任聘任和绩效分配中优亲厚友", "★★★", "聘任和分配方案全校公示。"),
            ("接受家长宴请和礼品", "★", "签订廉洁从教承诺书，节前廉洁提醒。"),
        ]),
        ("教导主任", "巢潆琤", "middle", "教导处", "负责教学管理、班主任工作考核和评优推荐", [
            ("班主任工作考核打分不公", "★★", "考核细则公开，考核结果公示。"),
            ("优秀班主任推荐搞平衡照顾", "★★", "推荐条件量化，推荐结果公示。"),
        ]),
        ("总务主任", "荆沄瑀", "middle", "总务处", "负责校产管理、物资采购和学生营养餐", [
            ("学生营养餐食材验收把关不严", "★★★", "食材验收双人签字，每餐留样。"),
            ("校产维修虚报工程量", "★★", "维修完工验收，结算送审。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, duty, points in cards:
        sh = _Sheet(post, [6, 38, 10, 12, 10, 14])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "所在处室", dept)
        _line(sh, f"岗位职责：{duty}", 6)
        r = sh.add("序号", "风险点", "风险等级", "防控措施", None, None)
        sh.merge(r, 3, r, 5)
        for i, (point, stars, measures) in enumerate(points, 1):
            r = sh.add(i, point, stars, measures, None, None)
            sh.merge(r, 3, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "校长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "qianxian_experimental_primary_cards", "http://35331.cn/lhs_i6ni1ymwdfgbflnijpfocpabkl4p1ig7t_1.html",
        "乾县实验小学 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 教导主任, 总务主任), after the source's 小学班主任工作考核细则 "
        "(班级管理, 考核, 评优, 家校): a title, ONE ROW of pairs ``姓　名 | … | 职　务 | … | 所在处室 | …``, a merged ``岗位职责：…`` "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施 (merged over three columns); no type column; a merged ``注：`` line "
        "on the stars and ``持卡人签字： | 校长签字：``",
        sheets, t,
    )  # fmt: skip


def qianxian_teacher_center_selfchecks() -> dict:
    unit = f"{PLACE}教师发展中心"
    t = _Truth(unit)
    people = [
        ("主任", "竺湝玟", "leader", "中心领导", [
            ("培训项目承担机构遴选", "培训承担机构不经集体研究指定", "制度机制", "高风险", "承担机构公开遴选，结果公示。"),
            ("培训经费审批", "培训经费审批把关不严，超标准列支", "岗位职责", "高风险", "经费按标准核定，支出逐项审核。"),
        ]),
        ("研训员", "逯淞瑗", "general", "研训部", [
            ("优质课评选", "评选中打招呼、照顾关系", "思想道德", "中风险", "评委随机抽取，评选结果公示。"),
            ("教研资料推荐", "向学校推荐教辅资料收取好处", "外部环境", "中风险", "严禁推荐教辅，发现一律追责。"),
        ]),
        ("培训项目管理员", "益漳琇", "general", "培训部", [
            ("学员遴选", "参训学员遴选不按条件", "业务流程", "中风险", "学员名单由学校推荐、中心审核、公示。"),
            ("培训结业考核", "考勤和结业考核弄虚作假", "业务流程", "低风险", "考勤电子签到，结业成绩公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in people:
        sh = _Sheet(who, [6, 14, 36, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        _line(sh, f"单位：{unit}", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "所在部门", dept)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "主任审核：", None, None)
        sheets.append(sh)
    return _layout(
        "qianxian_teacher_center_selfchecks", "https://gilo-ft.com/cce/info/1171/3817.htm",
        "乾县教师发展中心 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 国培计划 项目管理办法 "
        "(培训项目, 承担机构, 经费管理, 学员遴选, 绩效评估): a title, a merged ``单位：…`` line, pairs ``姓　名 | … | 职　务 | … | "
        "所在部门 | …`` in one row, then 序号/``工作环节``/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a blank row and ``本人签名： | 主任审核：``",
        sheets, t,
    )  # fmt: skip


def qianxian_vocational_center_duties() -> dict:
    unit = f"{PLACE}职业教育中心"
    sh = _Sheet("责任清单", [6, 11, 12, 9, 16, 34, 10, 11, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("校领导", "校长", "桓滢琭", "leader", [
            ("实训基地建设", "实训基地建设项目不经集体研究确定施工单位", "制度机制", "一级风险", "项目公开招标，结果公示。"),
            ("校企合作", "校企合作协议中为关联企业输送利益", "思想道德", "一级风险", "合作协议经法律审核和校务会研究。"),
        ]),
        ("实训处", "主任", "相澔珽", "middle", [
            ("实训设备采购", "实训设备采购需求带倾向性", "岗位职责", "一级风险", "需求论证集体研究，进入政府采购平台。"),
            ("顶岗实习管理", "顶岗实习单位安排收取好处", "外部环境", "二级风险", "实习单位公开遴选，学生自愿选择。"),
        ]),
        ("实训处", "设备管理员", "蒉涢琦", "general", [
            ("设备验收入库", "设备验收不严，以次充好", "业务流程", "二级风险", "验收三方参与，资产登记入账。"),
        ]),
        ("招生就业处", "主任", "戈溱瑢", "middle", [
            ("招生宣传", "有偿招生，给中介支付生源费", "思想道德", "一级风险", "严禁有偿招生，招生经费专项审计。"),
            ("就业推荐", "就业推荐中收取学生费用", "岗位职责", "三级风险", "推荐岗位公开，学生签字确认。"),
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
    sh.add("制表：", None, None, "审核：", None, None, DATE, None, None)
    return _layout(
        "qianxian_vocational_center_duties", "https://www.renrendoc.com/paper/508018687.html",
        "乾县职业教育中心 廉政风险防控责任清单, after the source's 职教中心 建设实施方案 (实训设备, 产教融合, 招生, 师资, 校企合作): "
        "a title, then 序号/科室 merged (校领导, 实训处, 招生就业处)/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/"
        "风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def qianxian_no2_middle_school_posts() -> dict:
    unit = f"{PLACE}第二中学"
    sh = _Sheet("排查表", [6, 10, 12, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "leader", [
            ("校餐配送单位选定", "不经招标选定配送单位，把配送交给熟人", "制度机制风险", "Ⅰ级", "配送单位公开招标，合同公示。"),
            ("餐费结余使用", "学生餐费结余挪作他用", "岗位职责风险", "Ⅰ级", "餐费专账管理，结余按学期清退。"),
        ]),
        ("总务处", "主任", "middle", [
            ("食材验收", "验收走过场，对缺斤少两不追究", "业务流程风险", "Ⅱ级", "验收两人以上，称重记录存档。"),
        ]),
        ("总务处", "食堂管理员", "general", [
            ("食材出入库", "出入库数量与实际不符，虚报消耗", "业务流程风险", "Ⅰ级", "出入库日清，每周盘点。"),
            ("留样管理", "留样不全，出现问题无法追溯", "岗位职责风险", "Ⅲ级", "每餐留样，专人登记。"),
        ]),
        ("财务室", "出纳", "general", [
            ("餐费收缴", "收取餐费不开票据，截留餐费", "外部环境风险", "Ⅱ级", "餐费统一线上缴纳，收支公示。"),
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
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "qianxian_no2_middle_school_posts",
        "https://www.zhetiaohe.com/ss/66973db48c19727f3b749edc7cec1afbf54b145b92f55d846103e26c539c4f6ad5e75bb1d8dff66e.html",
        "乾县第二中学 岗位廉政风险点排查表 对岗不对人, after the source's 校餐 配送 (食材采购, 配送, 验收, 留样, 餐费): a title, "
        "序号/处室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def qianxian_kindergarten_every_row() -> dict:
    unit = f"{PLACE}城关幼儿园"
    sh = _Sheet("一览表", [6, 11, 11, 9, 36, 10, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("园领导", "园长", "宓浈瑷", "leader", "保教费和伙食费收费标准擅自调整", "制度机制", "Ⅰ",
         "收费标准报批后公示，按月公开伙食费收支。"),
        ("园领导", "园长", "宓浈瑷", "leader", "园内违规设置商超、代售商品", "外部环境", "Ⅱ", "园内不设商超，家委会监督。"),
        ("保健室", "保健医", "厍潾璘", "general", "晨检和膳食营养记录弄虚作假", "岗位职责", "Ⅲ", "晨检记录每日归档，园长抽查。"),
        ("后勤室", "后勤主任", "阙渲琚", "middle", "幼儿食材采购收受回扣", "思想道德", "Ⅰ", "食材定点采购，价格每月公示。"),
        ("后勤室", "后勤主任", "阙渲琚", "middle", "玩教具采购质次价高", "业务流程", "Ⅱ", "三家以上询价，验收留样。"),
        ("财务室", "出纳", "笪浥瑄", "general", "伙食费收支不入账", "业务流程", "Ⅱ", "伙食费专账核算，收支日清。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "园长（签字）：", None, None)
    return _layout(
        "qianxian_kindergarten_every_row", "https://foryh.cn/wiki/33578.html",
        "乾县城关幼儿园 岗位廉政风险防控一览表, after the source's 校园商超 rules for 中小学 and 幼儿园 (商超, 收费, 采购, 食品安全): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/科室/岗位/姓名 written out on "
        "EVERY row (nothing merged)/风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the "
        "grades and a 填表人/审核人/园长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qianxian_chengguan_middle_school_org_chart(),
    qianxian_education_bureau_two_sheets(),
    qianxian_no1_middle_school_groups(),
    qianxian_experimental_primary_cards(),
    qianxian_teacher_center_selfchecks(),
    qianxian_vocational_center_duties(),
    qianxian_no2_middle_school_posts(),
    qianxian_kindergarten_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch392-inbox"))

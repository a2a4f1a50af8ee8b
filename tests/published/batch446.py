"""The four-hundred-and-forty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 水利 bodies,
西乡县 (汉中) — the 县水利局, the 县水土保持站, the 县河湖管护中心, two 水库管理站 (五里坝, 龙池) and
the 水利站 of three of its 镇 (堰口镇, 私渡镇, 柳树镇) — each handing back the 一览表, 防控卡, 排查表,
责任清单, 清单 or 自查表 its staff typed in WPS or Excel:

- the 水利局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 水土保持站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 河湖管护中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、河道巡查股``, ``三、工程管护股``
  merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 龙池水库管理站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 堰口镇水利站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 站长审核：``;
- the 私渡镇水利站's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 柳树镇水利站's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``xixiang_wuliba_reservoir_post_grade``: the 五里坝水库管理站's 岗位廉政风险等级评定表, in which ONLY
  THE POST IS GRADED and a NOTE PASSES THE POST'S GRADE TO ITS POINTS. The heading is ``序号 | 岗位 |
  姓名 | 岗位风险等级 | 廉政风险点 | 风险类型 | 防控措施``: ``岗位``, ``姓名`` and ``岗位风险等级``
  (``一级/二级/三级``) are merged down over each person's rows, and there is NO column grading the
  points. Under the table a merged note says ``注：本站廉政风险点不再单独评定等级，各风险点的风险等级
  按其所在岗位的岗位风险等级确定（一级为高风险，二级为中风险，三级为低风险）。`` Small stations that
  grade posts for rotation (岗位风险等级 decides who is rotated and how often) publish just this: one
  grade a post, the points under it sharing it. The README's 读得懂的表 says the opposite by default —
  a ``岗位风险等级`` (a heading, a column, a sheet named ``高风险岗位``) is the post's grade and gives
  no point a level — and knows notes that give levels by number (``第1、2项为高风险``), by name, to
  blank cells (``空白的为三级``), by a yes/no question, by a frequency column, by rank and by marks;
  it describes no note that makes the post's grade the level of its points. No earlier batch writes
  one: ``grep -l "所在岗位\\|岗位等级确定\\|按岗位风险等级" tests/published/batch*.py`` finds one file
  (batch170, another sense), and the batches with both a post's grade and points (batch11, 48, 83,
  96, 116, 408, 424) grade the points in a column of their own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 水利部 水库工程管理通则 —
管理单位 的 岗位责任制, 分工职责; a 取水许可 and 水资源费 征收 管理 办法; the 水利部 水土保持司's note on
水土保持监督执法 廉政风险点 — 监督检查计划, 实地检查, 整改通知, 行政处罚; a 河道工程管理处's piece on
巡查, 台账, 隐患排查 and 维修养护; a note on who runs a 地方水库 — 管理站, 防汛, 放水; a 镇 河湖专管员、
巡查员、保洁员 管理制度; a 街道 村级河管员 培训 — 巡河 范围 and 标准; a county's answer on 取水许可 审批
levels) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 西乡县, named with the county's name (two 水库管理站 and three 镇水利站,
as ``is_apart`` wants one unit a layout).

Run ``python tests/published/score.py --set batch446`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the ``岗位风险等级`` of its post, as the note under the
  table says (``一级/二级/三级`` → 1/2/3); without the note the points would have no level;
- ``局领导`` (a sheet of the 局's leaders, named so by its tab and title) and ``中心领导`` (a group
  row) are the 科室 of those leaders; a 局's 股 and a 中心's 股 are 科室; a group row ``二、河道巡查股``
  gives the 科室 ``河道巡查股`` (its number left off); the 水土保持站, the two 水库管理站 and the three
  镇水利站 name no 科室 (the cards' ``所在单位`` is the 站): their 科室 is "";
- 局长, 副局长, 主任 and 副主任 of the 中心, 站长 and 副站长 of a county 站 (水土保持站, 水库管理站)
  are leaders (the head of a unit of the county); 股长 and a 镇水利站's 站长 are middle (as batch444's
  镇文化站); the rest (科员, 监督员, 巡查员, 技术员, 闸门管理员, 会计, 出纳, 水管员) general;
- ``风险点 | 风险表现`` (the 水土保持站): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 水土保持站 list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch444).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b446_"
PLACE = "西乡县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年11月"

# --------------------------------------------------------------------------- harder layout

GRADE_NAME = "xixiang_wuliba_reservoir_post_grade"
GRADE_TAB = "评定表"
GRADE_HEAD = ("序号", "岗位", "姓名", "岗位风险等级", "廉政风险点", "风险类型", "防控措施")
GRADE_NOTE = (
    "注：本站廉政风险点不再单独评定等级，各风险点的风险等级按其所在岗位的岗位风险等级确定"
    "（一级为高风险，二级为中风险，三级为低风险）。"
)

# (岗位, tier, 姓名, 岗位风险等级, [(廉政风险点, 风险类型, 防控措施)])
GRADE_ROWS = [
    ("站长", "leader", "禚沅璆", "一级", [
        ("除险加固工程发包不经集体研究", "制度机制", "工程按规定进场交易，站务会集体研究。"),
        ("大坝维修养护经费虚列支出", "业务流程", "维修项目先审批后实施，验收后付款。"),
    ]),
    ("会计", "general", "笪溁琯", "二级", [
        ("防汛物资采购报销票据不实", "岗位职责", "报销三级审核，物资入库核对。"),
        ("灌溉水费收入不及时入账", "制度机制", "水费开具票据，每月对账。"),
    ]),
    ("闸门管理员", "general", "鄞浠瑭", "三级", [
        ("放水时为熟人多放、先放", "思想道德", "放水计划公示，放水记录双人签字。"),
    ]),
]  # fmt: skip


def xixiang_wuliba_reservoir_post_grade() -> dict:
    unit = f"{PLACE}五里坝水库管理站"
    sh = _Sheet(GRADE_TAB, [6, 12, 9, 10, 36, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险等级评定表", 7)
    sh.add(*GRADE_HEAD)
    first = len(sh.rows)
    n = 0
    for post, tier, who, grade, points in GRADE_ROWS:
        for point, typ, measures in points:
            n += 1
            sh.add(n, post, who, grade, point, typ, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[grade])
    _per_person(sh, first, None, 1, 2, 3)
    _line(sh, GRADE_NOTE, 7)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        GRADE_NAME, "http://www.qq94.com/fjx/1fMMb3.html",
        "(harder) 水库管理站 岗位廉政风险等级评定表 in which ONLY THE POST IS GRADED, after the source's 水库工程管理通则 "
        "(管理单位 岗位责任制, 分工职责): a title, then 序号/岗位/姓名/``岗位风险等级`` ``一级/二级/三级`` (all three merged per "
        "person)/廉政风险点/风险类型 (short names)/防控措施 — no column grades the points; a merged note under the table: "
        "the points take the 岗位风险等级 of their post; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xixiang_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水利局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("綦洹瑨", "局长", "主持全面工作，分管财务、人事", [
            ("水利项目资金分配个人说了算", "一级", "资金分配方案局党组会集体研究，结果公开。"),
            ("干部选拔任用打招呼", "二级", "选拔程序公开，全程纪实。"),
        ]),
        ("暨潾玭", "副局长", "分管水资源、水政监察", [
            ("取水许可审批为关系人开绿灯", "一级", "审批条件公开，初审复审分离。"),
            ("水资源费减免不按规定", "三级", "减免事项集体研究，结果公示。"),
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
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("水资源股", "股长", "鞠涔璩", "middle", [
            ("取水许可现场核查走过场", "一级", "核查两人以上，照片存档。"),
            ("取水计量设施验收把关不严", "二级", "验收标准公开，抽查复核。"),
        ]),
        ("水政监察股", "科员", "蔺渥瑢", "general", [
            ("河道违法案件说情降格处理", "二级", "处罚裁量基准公开，降格集体研究。"),
            ("向当事人透露检查安排", "三级", "检查计划保密，随机抽查。"),
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
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "xixiang_water_bureau_two_sheets", "http://www.fsou.net/html/text/lar/171909/17190934_3.html",
        "县水利局 廉政风险防控表 in two sheets, after the source's 取水许可 and 水资源费 征收 管理 办法 (审批 权限, 计量, "
        "缴费): ``局领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) "
        "and ``股室`` (a title, 序号/股室 merged (水资源股, 水政监察股)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def xixiang_soil_station_posts() -> dict:
    unit = f"{PLACE}水土保持站"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("监督检查计划", "检查对象选择性安排，有意避开关系企业", "制度机制风险", "Ⅰ级", "检查对象随机抽取，计划报局备案。"),
            ("补偿费征收", "补偿费核定时少算、免征", "岗位职责风险", "Ⅰ级", "核定结果两人复核，征收台账公开。"),
        ]),
        ("监督员", "general", [
            ("实地检查", "接受建设单位宴请，对问题视而不见", "外部环境风险", "Ⅱ级", "检查两人以上，执法记录仪全程记录。"),
            ("整改复查", "整改未到位即出具复查合格意见", "业务流程风险", "Ⅲ级", "复查结果附照片，站长审签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "xixiang_soil_station_posts", "http://swcc.org.cn/ztbd/stbvc/xl/2013-10-12/59356.html",
        "县水土保持站 岗位廉政风险点排查表 对岗不对人, after the source's 水土保持监督执法 廉政风险点 (监督检查计划, 实地检查, "
        "整改, 复查): a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xixiang_river_center_group_rows() -> dict:
    unit = f"{PLACE}河湖管护中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "郦澂璘", "leader", [
                ("河道整治工程", "整治工程发包不经集体研究", "制度机制风险", "一级风险", "工程公开招标，中心会议集体研究。"),
            ]),
        ]),
        ("二、河道巡查股", "河道巡查股", [
            ("股长", "扈湲琇", "middle", [
                ("涉河建设项目巡查", "发现违法采砂不上报", "岗位职责风险", "一级风险", "巡查记录上传河长制平台，定期抽查。"),
            ]),
            ("巡查员", "阙沨瑅", "general", [
                ("河道保洁考核", "保洁考核打人情分", "思想道德风险", "三级风险", "考核结果公示，交叉检查。"),
            ]),
        ]),
        ("三、工程管护股", "工程管护股", [
            ("技术员", "仉濠玧", "general", [
                ("堤防维修养护", "维修工程量签证不实", "业务流程风险", "二级风险", "工程量双人计量，审计复核。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "xixiang_river_center_group_rows", "https://lanyancloud.com/news/2000600807195697152",
        "县河湖管护中心 廉政风险防控责任清单, after the source's 河道工程管理处 piece (巡查, 台账, 隐患排查, 维修养护): a title, "
        "序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、河道巡查股``, ``三、工程管护股`` merged across (no 科室 column); 岗位 and 责任人 merged per person; "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xixiang_longchi_reservoir_cards() -> dict:
    unit = f"{PLACE}龙池水库管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "谯渼珙", "leader", [
            ("溢洪道维修指定施工单位", "★★★", "维修项目比选，站务会集体研究。"),
            ("库区养殖承包打招呼", "★★", "承包公开竞价，结果公示。"),
            ("接受承包户宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("出纳", "逯浛璎", "general", [
            ("库区养殖承包费截留", "★★★", "承包费直接转入单位账户，每月对账。"),
            ("现金日记账登记不及时", "★★", "日清月结，站长定期检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "xixiang_longchi_reservoir_cards", "https://m.gzjll.com/3/5387173.html",
        "县水库管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 出纳), after the source's note on who runs a 地方水库 "
        "(管理站, 防汛, 放水, 库区): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def xixiang_yankou_station_selfchecks() -> dict:
    unit = f"{PLACE}堰口镇水利站"
    t = _Truth(unit)
    people = [
        ("钭澴珂", "站长", "middle", [
            ("河湖专管员补助发放不实", "高风险", "补助名单公示，银行代发。", "已落实"),
            ("小型水利工程维修不比价", "中风险", "维修三家比价，镇政府审批。", "未发现问题"),
        ]),
        ("湛泷琭", "水管员", "general", [
            ("保洁员考勤登记弄虚作假", "中风险", "考勤村级河长签字，站长抽查。", "已落实"),
            ("接受承包人吃请", "低风险", "签订廉洁承诺书。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "xixiang_yankou_station_selfchecks", "https://desk33.com/p-857240.html",
        "镇水利站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 镇 河湖专管员、巡查员、保洁员 "
        "管理制度 (挂牌上岗, 履职检查, 绩效): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def xixiang_sidu_station_every_row() -> dict:
    unit = f"{PLACE}私渡镇水利站"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "璩汧琰", "middle", "村级河管员考核打招呼", "Ⅰ", "考核结果公示，镇纪委抽查。"),
        ("站长", "璩汧琰", "middle", "塘堰整修资金拨付不按进度", "Ⅱ", "按进度验收后拨付，镇党委会研究。"),
        ("水管员", "衡淏瑷", "general", "巡河记录补记造假", "Ⅲ", "巡河轨迹上传平台，站长核对。"),
        ("水管员", "衡淏瑷", "general", "抗旱水泵私自出借收费", "Ⅱ", "水泵出借登记，费用一律不收。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, None, "审核人：", DATE, None)
    return _layout(
        "xixiang_sidu_station_every_row", "http://binzhou.subaoxw.com/sh/2023/0227/97594.html",
        "镇水利站 廉政风险防控清单, after the source's 街道 村级河管员 培训 (巡河 范围, 巡河 标准, 问题上报): a title, then 序号/岗位/"
        "``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column, no 科室 "
        "column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xixiang_liushu_station_list() -> dict:
    unit = f"{PLACE}柳树镇水利站"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "巩溦瑄", "middle", [
            ("机井取水许可初审把关不严", "岗位职责", "高", "初审材料两人核对，报县局审批。"),
            ("农田水利项目申报数据不实", "制度机制", "中", "申报数据实地核查，名单公示。"),
        ]),
        ("技术员", "甄沄璐", "general", [
            ("渠道维修工程量验收不实", "业务流程", "高", "验收村组代表参加，签字确认。"),
            ("接受施工队礼品", "外部环境", "低", "拒收登记，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "xixiang_liushu_station_list", "http://www.njgl.gov.cn/znwd/zsk/zhzw/202306/t20230629_3949960.html",
        "镇水利站 岗位廉政风险防控一览表, after the source's answer on 取水许可 审批 levels (机井 提水 取水, 属地 管理): ``附件1``, a "
        "title, a merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; no 科室; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xixiang_wuliba_reservoir_post_grade(),
    xixiang_water_bureau_two_sheets(),
    xixiang_soil_station_posts(),
    xixiang_river_center_group_rows(),
    xixiang_longchi_reservoir_cards(),
    xixiang_yankou_station_selfchecks(),
    xixiang_sidu_station_every_row(),
    xixiang_liushu_station_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch446-inbox"))

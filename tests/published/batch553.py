"""The five-hundred-and-fifty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 审计 and
统计 bodies, 民和回族土族自治县 (海东市, 青海) — the 审计局, the 统计局, the 经济责任审计中心, the 普查中心
and four 镇统计站 of its own towns (川口镇, 官亭镇, 马营镇, 巴州镇) — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 审计局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 统计局's 一览表: ``股室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 普查中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、普查业务科`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 川口镇统计站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 官亭镇统计站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在部门`` over a row of values, 高/中/低, ``自查情况``;
- the 马营镇统计站's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 巴州镇统计站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``minhe_audit_center_point_semicolon_measures``: the 经济责任审计中心's 一览表 has ONE risk column
  headed ``廉政风险点及防控措施`` and no measures column; every cell is ONE line in which the point
  comes first and its measures follow after a full-width SEMICOLON ``；``:
  ``审计发现问题线索隐瞒不报；审计组集体研究问题定性，线索移送登记备查。``. The point holds no comma and
  no semicolon; the measures after the ``；`` hold commas and end with a full stop; the cell has
  exactly one ``；``. No arrow, no line break, no blank line, no bullet, no label (``措施：``), no
  bracket, no colon and no modal verb (``，应``) stand between the point and its measures. The shape is
  about HOW THE POINT AND ITS MEASURES ARE JOINED, as when an office types a two-part list item the
  way it writes an outline (``要点；做法。``). The README's 读得懂的表 knows a ``风险点及防控措施`` cell
  parted by an arrow, by an empty line, by ``●`` lines, labelled ``表现：…⏎措施：…`` lines, measures in
  a labelled bracket, a ``防控要点`` sentence ``measures，防止 point``, a point and how it shows
  parted by a full stop, by ``，主要表现为``, or by a symbol the heading repeats (``／``, ``|``); it
  knows ``；`` only as the mark between SEVERAL POINTS of one cell (``points of a cell parted by '；'
  as the heading says``) and between measures; batch 549's harder file joined point and requirement by
  ``，应`` / ``，须`` / ``，要``. None a ``；`` between ONE point and ITS MEASURES under a heading naming
  both (a grep of the earlier batches for ``风险点及防控措施`` / ``风险点和防控措施`` / ``风险点与防控措施``
  finds ``；`` only between measures).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 内部审计人员职业道德规范 —
隐瞒审计发现的问题、利用职权谋取私利、保密; a county's 审计工作报告 — 预算执行、专项资金、审计整改; a
city 统计局's rules on 防范和惩治统计造假责任制 — 领导班子、内设机构、统计人员; notes on 经济普查入户调查 —
普查员入户登记、审核入库; a page on the 第七次全国人口普查 补助 — 普查员、普查指导员 按户数计发; a report
of a check on 乡镇统计基层基础规范化建设 — 报表数据、电子台帐; a district's yearbook on its 乡镇街道统计站
— 统计员, 标准化建设; a district's annals on 统计 — 乡镇统计工作站、抽样调查) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 民和回族土族自治县 (``unit_words=("民和回族土族自治县",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch553`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text before the cell's one ``；``
  (``审计发现问题线索隐瞒不报``); the rest of the cell is its measures, no point and no second point;
  the level is the ``风险等级`` column's (高/中/低 → 1/2/3); no type; ``科室 | 岗位 | 责任人`` give
  the form as usual;
- ``局领导``, ``中心领导`` and ``站领导`` are the 科室 of those leaders; a 局's 股室, a 中心's 科, a 站's
  组 (``部门``) are 科室; a group row ``一、中心领导`` gives the 科室 ``中心领导``, ``二、普查业务科``
  the 科室 ``普查业务科`` (its number left off), as batch 280, 546 and 549 did; the 川口镇 cards and
  the 巴州镇 list name a 科室 only where a cell does (they name none); the 官亭镇 sheets write
  ``站领导`` / ``业务组`` in ``所在部门`` and that is their 科室;
- every body is a unit of its own: a 局's 局长 and 副局长, a 中心's 主任, a 站's 站长 are leaders;
  股长 and 科长 are middle; the rest (审计员, 科员, 统计员, 普查员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 马营镇 list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b553_"
PLACE = "民和回族土族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(风险点, "；" + 防控措施, 风险等级)])
JOINED = [
    ("中心领导", "主任", "笪瑆翀", "leader", [
        ("审计发现问题线索隐瞒不报", "；审计组集体研究问题定性，线索移送登记备查。", "高"),
        ("审计项目计划安排受人请托", "；年度计划经审计委员会审定，调整须报批。", "中"),
    ]),
    ("经责审计一科", "科长", "郈湜璠", "middle", [
        ("审计评价避重就轻", "；评价意见经复核组复核，审计报告征求意见留痕。", "高"),
        ("审计现场接受被审计单位宴请", "；执行审计纪律八不准，审计组长每日报告。", "中"),
    ]),
    ("经责审计二科", "审计员", "蔺玹淙", "general", [
        ("审计取证记录不实", "；取证单由被审计单位签认，底稿两级复核。", "中"),
        ("泄露被审计单位资料", "；审计资料专柜保管，借阅登记。", "低"),
    ]),
]  # fmt: skip


def minhe_audit_center_point_semicolon_measures() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 56, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点及防控措施", "风险等级")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in JOINED:
        for point, measures, lv in points:
            n += 1
            sh.add(n, dept, post, who, point + measures, lv)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年9月", None)
    return _layout(
        "minhe_audit_center_point_semicolon_measures",
        "http://jshzfj.com/sjc/info/1049/1964.html",
        "(harder) 县经济责任审计中心 岗位廉政风险防控一览表, after the source's 内部审计人员职业道德规范 (隐瞒 "
        "审计发现的问题, 利用职权谋取私利, 保密): 序号/科室 merged/岗位 and 责任人 merged per person, then "
        "ONE column ``廉政风险点及防控措施`` whose every cell is ONE line: the point, a full-width ``；``, then "
        "its measures (``审计发现问题线索隐瞒不报；审计组集体研究问题定性，…``); no measures column; 高/中/低; "
        "no type",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def minhe_audit_bureau_two_sheets() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("訾潆澍", "局长", "主持全面工作", [
            ("审计结果报告前私下通气", "一级", "审计结果经局审理会审定，结果按规定公告。"),
            ("干预审计组定性处理意见", "二级", "领导干预审计事项记录报告。"),
        ]),
        ("逄翊湄", "副局长", "分管预算执行审计", [
            ("专项资金审计降低处理标准", "二级", "处理处罚依据法规，审理科复核。"),
            ("审计整改销号把关不严", "三级", "整改销号凭佐证材料，逐项核实。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("财政审计股", "股长", "闾琮瀚", "middle", "预算执行审计延伸抽查走过场", "一级", "延伸单位随机抽取，抽查记录存档。"),
        ("财政审计股", "股长", "闾琮瀚", "middle", "审计底稿事后补写", "三级", "底稿现场编制，系统留痕。"),
        ("投资审计股", "审计员", "亓珣滢", "general", "政府投资项目结算审减不实", "二级", "审减结果两人复核，抽查复审。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "minhe_audit_bureau_two_sheets",
        "https://www.sg.gov.cn/zw/zdlyxxgk/ryx/sjjggg/content/post_2045025.html",
        "县审计局's file in two sheets, after the source's county 审计工作报告 (预算执行, 专项资金, 审计整改): "
        "``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def minhe_stats_bureau_list() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "邗瑱霁", "leader", "授意篡改统计数据", "思想道德风险", "高风险",
         "数据发布前集体会审，干预统计数据登记报告。"),
        ("局领导", "局长", "邗瑱霁", "leader", "统计执法检查案件处理随意", "制度机制风险", "中风险",
         "执法案件集体讨论，处罚结果公开。"),
        ("工业交通股", "股长", "綦湲玙", "middle", "企业入库审核把关不严", "岗位职责风险", "中风险",
         "入库材料两人审核，抽查核实。"),
        ("农村统计股", "统计员", "谯翾淼", "general", "住户调查记账补贴虚报", "业务流程风险", "低风险",
         "补贴按记账户名册发放，张榜公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "minhe_stats_bureau_list",
        "http://tjj.wuhan.gov.cn/xwzx/tzgg/202109/t20210922_1781494.shtml",
        "县统计局 廉政风险防控一览表, after the source's 统计机构负责人和统计人员防范和惩治统计造假责任制 rules (领导班子, 内设机构, 统计人员): "
        "序号/股室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/``高风险/中风险/低风险``/"
        "防控措施; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def minhe_census_center_group_rows() -> dict:
    unit = f"{PLACE}普查中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "昝珞溦", "leader", [
                ("普查经费使用审批随意", "一级风险", "普查经费专款专用，大额支出集体研究。"),
                ("普查物资采购指定供应商", "二级风险", "物资采购比选，结果公示。"),
            ]),
        ]),
        ("二、普查业务科", "普查业务科", [
            ("科长", "厍琬沨", "middle", [
                ("普查员补助按人情分配", "一级风险", "补助按完成户数计发，名单公示。"),
                ("普查数据审核放水", "三级风险", "数据审核双人复核，异常值逐条核查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "minhe_census_center_group_rows",
        "http://www.kuaiyichina.com/Web-Apps/681311.html",
        "县普查中心 廉政风险防控责任清单, after the source's page on the 第七次全国人口普查 补助 (普查员、普查指导员, "
        "按户数计发, 专款专用): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、普查业务科`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def minhe_chuankou_station_cards() -> dict:
    unit = f"{PLACE}川口镇统计站"
    t = _Truth(unit)
    cards = [
        ("站长", "仝瀞珩", "leader", [
            ("统计站办公经费报销不实", "★★★", "经费报销镇分管领导审签，按季公开。"),
            ("村级统计报表审核走过场", "★★", "报表逐村审核，审核意见留存。"),
        ]),
        ("统计员", "鄢翛琪", "general", [
            ("原始记录和统计台账补记", "★★", "台账按月登记，站长每月抽查。"),
            ("收受企业好处代填报表", "★", "企业自行联网直报，代填登记备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "minhe_chuankou_station_cards",
        "http://218.76.156.215:8011/infogov/govInfo?id=7747&lib_num=1807&task_year=2015",
        "川口镇统计站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 统计员), after the source's report of a check on "
        "乡镇统计基层基础规范化建设 (报表数据一致性, 统计电子台帐, 工作经费): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def minhe_guanting_station_selfchecks() -> dict:
    unit = f"{PLACE}官亭镇统计站"
    t = _Truth(unit)
    people = [
        ("宓沅璘", "站长", "leader", "站领导", [
            ("统计调查补助资金截留", "高", "补助资金打卡发放，镇纪委审核。"),
            ("统计站设备私自处置", "中", "设备登记入账，调拨报批。"),
        ]),
        ("禤琇澈", "统计员", "general", "业务组", [
            ("规模以下企业抽样名单随意调换", "中", "样本按系统抽取，调换报县统计局批准。"),
            ("农户建房调查虚报数据", "低", "调查入户拍照留存，站长抽核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在部门", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站意见：", None, None)
        sheets.append(sh)
    return _layout(
        "minhe_guanting_station_selfchecks",
        "http://www.sznianjian.com/show.php?mlid=11524",
        "官亭镇统计站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's yearbook entry on "
        "乡镇街道统计站 (标准化建设, 专兼职统计员): a label row ``姓　名 | 岗　位 | 所在部门`` over values, "
        "序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 站意见：``",
        sheets, t,
    )  # fmt: skip


def minhe_mayang_station_posts() -> dict:
    unit = f"{PLACE}马营镇统计站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "站领导", "业务组"
    rows = [
        (a, "站长", "leader", "统计数据报送", "按镇领导授意调高产值数据", "外部环境", "Ⅰ级",
         "数据报送前审核，授意干预登记报告。"),
        (b, "统计员", "general", "名录库维护", "为企业违规入库或退库", "岗位职责", "Ⅱ级",
         "入退库材料留存，县局抽查。"),
        (b, "统计员", "general", "农业产量调查", "实割实测数据编造", "业务流程", "Ⅰ级",
         "实测全程拍照，两人参与。"),
        (b, "普查员", "general", "普查小区登记", "漏登重登户数虚报补助", "思想道德", "Ⅲ级",
         "登记户数复查核对，补助按实发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：站领导", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "minhe_mayang_station_posts",
        "https://xiangdang.net/fanwen.aspx?id=171040",
        "马营镇统计站 廉政风险点排查表 对岗不对人, after the source's notes on 经济普查入户调查 (普查员入户登记, "
        "试填试报, 审核入库): 部门 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def minhe_bazhou_station_duty_list() -> dict:
    unit = f"{PLACE}巴州镇统计站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "劭翚滢", "leader", "统计报表审核签发", "签发未经核实的报表", "一级",
         "报表签发前逐项核对，签发记录存档。"),
        ("站长", "劭翚滢", "leader", "统计站经费管理", "经费支出不入账", "二级", "经费纳入镇财政统一核算。"),
        ("统计员", "甯琨潆", "general", "劳动工资统计", "工资数据照抄企业不核实", "二级",
         "工资数据与社保缴费比对。"),
        ("统计员", "甯琨潆", "general", "统计资料管理", "统计资料擅自外借", "三级", "资料借阅登记，按期归还。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "minhe_bazhou_station_duty_list",
        "https://dfz.zj.gov.cn/zlyz/ossfs/h5/ZS-Z-330902-2007-001-0101/files/basic-html/page724.html",
        "巴州镇统计站 廉政风险防控责任清单, after the source's district annals on 统计 (乡镇统计工作站, 企业 "
        "和住户抽样调查): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    minhe_audit_center_point_semicolon_measures(),
    minhe_audit_bureau_two_sheets(),
    minhe_stats_bureau_list(),
    minhe_census_center_group_rows(),
    minhe_chuankou_station_cards(),
    minhe_guanting_station_selfchecks(),
    minhe_mayang_station_posts(),
    minhe_bazhou_station_duty_list(),
]


RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch553-inbox"))

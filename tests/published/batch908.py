"""The nine-hundred-and-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's ecology and
environment bodies, 曲麻莱县 (玉树藏族自治州, 青海省) — its 生态环境局, 环境监测站, 自然保护区管理站,
环境监察执法大队, 生态管护站, 草原生态管护中心 and two 乡镇生态环境工作站 (约改镇, 巴干乡) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 生态环境局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 环境监测站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 自然保护区管理站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 生态管护站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 草原生态管护中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 约改镇生态环境工作站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 巴干乡生态环境工作站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), 高/中/低, a ``注：`` line.

One is harder:

- ``qumalai_enforcement_brigade_points_cut``: the 环境监察执法大队's 岗位廉政风险点一览表, an ordinary
  list (``序号 | 中队 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 中队 merged, 岗位 and 姓名
  merged per person) that came back through a PDF→Excel conversion: the ``廉政风险点`` heading is
  merged over TWO columns and EVERY point sentence is CUT AT A FIXED WIDTH between them — the first
  twelve characters in the left cell, the rest of the same sentence in the right one (cut
  mid-word: ``在线监控数据异常处置中替`` | ``企业隐瞒超标排放``); a point of twelve characters or
  fewer stands whole in the left cell with the right one empty. The README's 读得懂的表 knows a
  ``廉政风险点`` heading merged over two columns whose left column is a (merged) 工作事项 or the
  point's name and the right the point or its 表现, a point cell merged across two columns, points
  staggered over level columns (where one running on into the next cell ending in ``、``/``，`` is
  joined), continuation ROWS under a point and a row cut by a page break; it does not describe one
  sentence cut by width across two cells of the same row, each half no point of its own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the first 中央环保督察 round —
问责, 一岗双责, 督察反馈, 整改; environment monitoring data “美颜” — 雾炮车 at a 监测站, 采样口,
国控站点; wildlife protection — 盗猎, 保护站, 监测, 救助; a 生态环境 综合行政执法 case list —
无人机巡查, 现场核查, 整改, 处罚; 青海's 草原生态管护员 公益性岗位 — 补奖政策, 管护员; a county's
牧业用地 管理 rules — 草原管理监察站, 鼠虫害防治, 罚款收缴; 当雄's 生态文明 — 生态岗位补助资金,
宣教活动, 不可降解塑料袋; 县级生态环境 执法 — 执法人员有限, 监管漏洞, 人工现场检查) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 苗 and 狄 with rare given names); every unit is a body
of 曲麻莱县.

Run ``python tests/published/score.py --set batch908`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point is the left cell and the right cell under the merged
  ``廉政风险点`` heading read as ONE sentence, the two halves joined with nothing between (the cut
  is the converter's, not the writer's); neither half is a point of its own; one form a holder;
- ``局领导`` is no 科室 (the 局's leaders stand on the sheet ``局领导`` with no 科室 cell); ``站领导``,
  ``大队领导``, ``中心领导`` written in a 科室/部门 cell or a group row are the 科室 of those leaders;
  the cards' leaders have no 科室; a 局's 股, a 站's 组, a 大队's 中队 and a 中心's 股 are 科室; a group
  row ``二、管护一组`` gives the 科室 ``管护一组``;
- every station, the 中心, the 大队 and the 局 are units of their own: 局长, 副局长, 站长, 副站长,
  大队长, 主任 and 副主任 of the 中心 are leaders; 股长, 组长 and 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 环境监测站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b908_"
PLACE = "曲麻莱县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CUT = 12  # the converter's column width, in characters


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def cut(point: str) -> tuple[str, str | None]:
    """A point as the converter split it: the first ``CUT`` characters, and the rest (or None)."""
    return point[:CUT], (point[CUT:] or None)


# --------------------------------------------------------------------------- harder layout

# (中队, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
CUT_POINTS = [
    ("大队领导", "大队长", "苗頔峋", "leader", [
        ("在线监控数据异常处置中替企业隐瞒超标排放", "一级", "异常数据处置全程留痕，重大线索报局党组研究。"),
        ("对说情企业降低行政处罚裁量档次", "一级", "处罚裁量经案审会集体讨论，适用基准公开。"),
    ]),
    ("大队领导", "副大队长", "狄瑱岵", "leader", [
        ("无人机巡查发现的问题线索压案不查", "一级", "巡查线索登记台账，每月通报办结情况。"),
        ("执法检查计划外随意进企", "二级", "双随机抽查，检查计划报局备案。"),
    ]),
    ("执法一中队", "中队长", "苗珝崟", "middle", [
        ("现场核查只看台账不查设施，整改验收走过场", "二级", "整改验收现场拍照，两人以上签字。"),
        ("向企业推荐环保治理设施和第三方运维公司", "一级", "签订廉洁执法承诺书，严禁推荐指定。"),
    ]),
    ("执法一中队", "执法队员", "狄昶岫", "general", [
        ("检查前向企业通风报信", "二级", "检查任务当日下达，执法记录仪全程记录。"),
        ("调查取证不全，案件移送公安机关不及时", "三级", "取证清单逐项核对，涉刑案件三日内移送。"),
    ]),
]  # fmt: skip


def qumalai_enforcement_brigade_points_cut() -> dict:
    unit = f"{PLACE}环境监察执法大队"
    sh = _Sheet("Table 1", [6, 12, 10, 10, 24, 24, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add("序号", "中队", "岗位", "姓名", "廉政风险点", None, "风险等级", "防控措施")
    sh.merge(r, 4, r, 5)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CUT_POINTS:
        for point, lv, measures in points:
            n += 1
            left, right = cut(point)
            sh.add(n, dept, post, who, left, right, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：综合室", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "qumalai_enforcement_brigade_points_cut", "http://m.nsagri.com/articles/show/10447",
        "(harder) 县环境监察执法大队 岗位廉政风险点一览表 back through a PDF→Excel conversion, after the source's 生态环境 "
        "综合行政执法 典型案例 (无人机巡查, 现场核查, 有机废气, 限期整改, 处罚): 序号/中队 merged/岗位 and 姓名 merged per "
        "person/``廉政风险点`` MERGED OVER TWO COLUMNS with every point sentence CUT AT TWELVE CHARACTERS between them "
        "(left cell the first twelve, right cell the rest; a short point whole in the left cell)/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; sheet ``Table 1``; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qumalai_eco_bureau_two_sheets() -> dict:
    unit = f"{PLACE}生态环境局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("狄琤岱", "局长", "主持全面工作", [
            ("环保督察反馈问题整改不实，虚报整改完成", "一级", "整改销号经局党组会研究，整改材料逐项公开。"),
            ("干预建设项目环评审批，为亲友企业打招呼", "一级", "领导干部插手审批事项登记报告，审批全程留痕。"),
        ]),
        ("苗璟嵚", "副局长", "分管污染防治、生态保护", [
            ("生态环境专项资金项目安排向关系企业倾斜", "一级", "项目资金安排经局务会集体研究，结果公示。"),
            ("落实一岗双责不力，对分管股室失察", "二级", "每季度听取分管股室廉政汇报，签字存档。"),
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
        ("环评审批股", "股长", "狄琰崑", "middle", "环评文件技术审查降低标准", "一级",
         "技术审查邀请专家参加，审查意见集体会签。"),
        ("环评审批股", "股长", "狄琰崑", "middle", "排污许可核发超时限、吃拿卡要", "二级", "许可事项网上办理，办理时限公开。"),
        ("财务股", "会计", "苗曦峤", "general", "环保专项资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
        ("财务股", "出纳", "狄翾峦", "general", "现金收支不及时入账，公款私存", "一级", "现金日清月结，每月对账。"),
        ("自然生态股", "股长", "苗沅嵘", "middle", "生态保护修复项目验收把关不严", "二级", "验收实地核查，第三方参与评估。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "qumalai_eco_bureau_two_sheets", "http://m.bailiqin.com/news/show-124815.html",
        "县生态环境局 廉政风险防控一览表 in TWO SHEETS, after the source's account of the first 中央环保督察 round (问责, "
        "党政同责、一岗双责, 督察反馈意见, 整改): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qumalai_monitoring_station_posts() -> dict:
    unit = f"{PLACE}环境监测站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "监测数据审核签发", "授意篡改、美化监测数据应付考核", "思想道德风险", "高",
         "监测数据三级审核，原始记录不得改动。"),
        ("站领导", "站长", "leader", "仪器设备采购", "监测仪器采购指定品牌和供应商", "制度机制风险", "高",
         "设备采购进政府采购平台，技术参数集体论证。"),
        ("监测室", "主任", "middle", "采样点位管理", "干扰采样口周边环境，雾炮车对站点喷淋", "岗位职责风险", "高",
         "站点周边视频监控，异常情况即时上报。"),
        ("监测室", "监测员", "general", "现场采样", "采样不按规范，代签采样记录", "业务流程风险", "中",
         "采样定位打卡，采样记录双人签字。"),
        ("分析室", "分析员", "general", "实验室分析", "接受企业请托，出具不实监测报告", "外部环境风险", "中",
         "报告编号管理，委托监测报告抽检复核。"),
        ("分析室", "分析员", "general", "试剂耗材领用", "试剂耗材虚领冒领", "业务流程风险", "低",
         "耗材领用登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "qumalai_monitoring_station_posts", "http://rbba.org.cn/newsview.asp?id=6033",
        "县环境监测站 岗位廉政风险点排查表 对岗不对人, after the source's reporting on 环境监测数据 “美颜” (雾炮车 对着监测站 "
        "喷雾, 采样口, 国控站点, 责任人处分): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qumalai_reserve_station_cards() -> dict:
    unit = f"{PLACE}自然保护区管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "狄玥骁", "站长", "主持管理站全面工作", "leader", [
            ("保护区内违规审批生产经营活动", "★★★", "保护区内项目一律报县生态环境局和林草部门审核。"),
            ("对盗猎、非法采挖案件瞒报不报", "★★★", "案件线索登记，移送森林公安全程留痕。"),
            ("接受牧户和游客宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "苗玹翀", "副站长", "分管巡护监测、野生动物救助", "leader", [
            ("巡护里程和监测记录弄虚作假", "★★", "巡护轨迹定位上传，记录每月核查。"),
            ("野生动物救助经费和物资账实不符", "★★", "救助物资入库验收，经费专账核算。"),
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
        "qumalai_reserve_station_cards", "https://reportify.cn/channels/F0000130000001760/documents?page=13",
        "县自然保护区管理站 领导干部廉政风险防控卡, one sheet a leader, after the source's piece on 野生动物保护 (盗猎, "
        "保护站, 监测, 救助受伤个体): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qumalai_eco_guard_station_group_rows() -> dict:
    unit = f"{PLACE}生态管护站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "苗琇峣", "leader", [
                ("生态管护员选聘优亲厚友", "一级风险", "管护员由村推荐、站里考核、公示后聘用。"),
                ("管护员考核打分不公，绩效补助发放随意", "一级风险", "考核结果在村务公开栏公示，补助按考核发放。"),
            ]),
        ]),
        ("二、管护一组", "管护一组", [
            ("组长", "狄璠嵂", "middle", [
                ("管护员巡护日志审核不严，替人补记", "二级风险", "巡护日志与定位轨迹比对，组长签字。"),
            ]),
            ("管护员", "苗琦嶙", "general", [
                ("发现违规放牧、超载不制止、不报告", "二级风险", "巡查发现问题当日上报，站里抽查。"),
                ("收受牧户好处，少报超载牲畜", "三级风险", "签订廉洁承诺书，交叉巡查。"),
            ]),
        ]),
        ("三、综合组", "综合组", [
            ("报账员", "狄珞峄", "general", [
                ("管护员补助资金发放名册不实", "二级风险", "补助通过一卡通发放，名册与聘用合同核对。"),
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
        "qumalai_eco_guard_station_group_rows",
        "http://big5.china.com.cn/gate/big5/finance.china.com.cn/roll/20160325/3647237.shtml",
        "县生态管护站 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 青海 草原生态管护员 (公益性岗位, "
        "补奖政策, 三江源 每2000公顷1名管护员, 五级监管体系): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、站领导``, ``二、管护一组``, ``三、综合组`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def qumalai_grassland_center_selfchecks() -> dict:
    unit = f"{PLACE}草原生态管护中心"
    t = _Truth(unit)
    people = [
        ("苗頊崧", "中心领导", "主任", "leader", [
            ("草原鼠虫害防治项目化整为零规避招标", "Ⅰ级", "防治项目按限额标准报县林草局审批。", "已落实"),
            ("防治药物采购指定供应商", "Ⅱ级", "药物采购三家比价，验收合格后入库。", "未发现问题"),
        ]),
        ("狄璿岚", "草原监理股", "监理员", "general", [
            ("破坏草原案件罚款不开票据、截留罚没款", "Ⅰ级", "罚款一律开具票据，当日缴入国库。", "已落实"),
            ("草原征占用现场勘验不实", "Ⅱ级", "勘验两人以上，现场照片存档。", "已落实"),
        ]),
        ("苗玙峮", "监测股", "监测员", "general", [
            ("草原植被监测样方数据编造", "Ⅱ级", "样方定位拍照，原始记录双人签字。", "未发现问题"),
            ("监测补助劳务费虚列人员", "Ⅲ级", "劳务费按签到表发放，财务复核。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qumalai_grassland_center_selfchecks", "https://98523.com/fanwen/guizhangzhidu/glbf/201112/142262_4.html",
        "县草原生态管护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 牧业用地 "
        "管理规定 (草原管理监察站, 鼠虫害防治, 罚款收缴, 监察员): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def qumalai_yuegai_town_station_list() -> dict:
    unit = f"{PLACE}约改镇生态环境工作站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "狄琮岚", "leader", "生态岗位补助资金发放名单把关不严", "制度机制", "高风险",
         "补助名单逐户核实，在村务公开栏公示。"),
        ("站领导", "站长", "狄琮岚", "leader", "环保宣教物品采购不公开", "岗位职责", "中风险",
         "宣教物品采购三家比价，镇纪委监督。"),
        ("环境监管", "监管员", "苗瑀峤", "general", "巡查发现乱倒垃圾、焚烧不制止", "业务流程", "高风险",
         "巡查台账每日登记，镇里每周抽查。"),
        ("环境监管", "监管员", "苗瑀峤", "general", "没收的塑料袋等物品私自处置", "思想道德", "低风险",
         "没收物品登记造册，集中销毁留影像。"),
        ("生态保护", "专干", "狄瑷崤", "general", "生态文明示范村评选弄虚作假", "外部环境", "中风险",
         "评选标准公开，结果公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "qumalai_yuegai_town_station_list", "http://m.njpanjin.com/cn/ecology/202305/t20230504_7408798.html",
        "镇生态环境工作站 岗位廉政风险防控一览表, after the source's report on 当雄 生态文明建设 (生态岗位补助资金, 生态环境 "
        "宣教活动, 没收不可降解塑料袋, 乡镇生态文明建设规划): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, "
        "then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def qumalai_bagan_township_station_register() -> dict:
    unit = f"{PLACE}巴干乡生态环境工作站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "苗瑆峨", "leader", [
            ("执法人员有限，选择性检查辖区企业", "制度机制", "高", "检查对象随机抽取，结果公开。"),
            ("对群众环境投诉处理敷衍、压案", "岗位职责", "中", "投诉登记编号，办结回访。"),
        ]),
        ("综合组", "报账员", "狄瑢岍", "general", [
            ("执法装备购置报账票据不实", "业务流程", "高", "装备入库登记，报账附验收单。"),
        ]),
        ("巡查组", "巡查员", "苗璘嵎", "general", [
            ("人工现场检查走过场，监管留漏洞", "业务流程", "中", "检查照片上传平台，站长抽查。"),
            ("为熟人企业通风报信", "思想道德", "低", "签订廉洁承诺书，检查记录双人签字。"),
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
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "qumalai_bagan_township_station_register", "https://wxredian.com/art?id=8137f50d84adc506305eb1872dcfcd58",
        "乡生态环境工作站 廉政风险点排查登记表, after the source's piece on 县级生态环境 执法 (执法人员有限, 监管漏洞, 人工现场"
        "检查, 执法装备): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "高/中/低/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qumalai_enforcement_brigade_points_cut(),
    qumalai_eco_bureau_two_sheets(),
    qumalai_monitoring_station_posts(),
    qumalai_reserve_station_cards(),
    qumalai_eco_guard_station_group_rows(),
    qumalai_grassland_center_selfchecks(),
    qumalai_yuegai_town_station_list(),
    qumalai_bagan_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch908-inbox"))

"""The five-hundred-and-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通 and
公路 bodies, 临泽县 (a county of 张掖, 甘肃) — its 交通运输局, 公路管理段, 运输管理所, 农村公路管理站,
交通执法大队, and three more bodies of the sector (交通建设项目服务中心, 农村公路养护中心, 交通工程质量
安全监督站) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 运输管理所's file in two sheets ``所领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 公路管理段's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 农村公路管理站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 农村公路养护中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column;
- the 交通执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` / ``二、治超中队`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 交通建设项目服务中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 交通工程质量安全监督站's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``linze_transport_level_in_measures``: the 交通运输局's 岗位廉政风险防控一览表 has NO LEVEL COLUMN;
  each point's level is written as a TAG IN 【】 OPENING ITS 防控措施 CELL. The heading is
  ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 防控措施`` (plain, not joined by 及/和/与,
  no bracket in it), every 防控措施 cell is ``【一级】重大事项提交局党组会集体研究，会议纪要存档。``
  (``【一级】``, ``【二级】`` or ``【三级】``, then the measures), and a note under the table says
  ``注：防控措施前【】内为该风险点的风险等级。`` The point cells are plain (no tag, no bracket); the
  type column holds short types. ``科室`` is merged over its rows, ``岗位`` and ``责任人`` over the
  person's; an 编制人/审核人/date line. The shape is about WHERE A POINT'S LEVEL IS GIVEN. The
  README's 读得懂的表 and the notes of the earlier batches know a level in its own column (in any
  of the known words, codes, marks, colours, icons, fonts), in the point cell (``违规审批（高）``,
  ``【一级】…`` opening the POINT, under a header joined by 及 or not, ``…⏎风险等级：一级``), in
  group rows, footer rows, headings, sheet names, 风险编号 codes, a note by number, by name or by
  rank, a 备注 sentence, level columns of measures (``分级防控措施`` over ``一级风险 | 二级风险 | …``),
  measures ledgers merged across (``风险点1：…　风险等级：一级``) and a value column a note ties to
  levels (``一级风险点每月监控一次``); none gives the level as a tag OPENING THE MEASURES CELL of a
  plain ``防控措施`` column with no level column anywhere. Read as the known shapes, the points have
  no level (or the measures cell is taken as the level's column).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 公路工程考核管理组织办法 — 考核
组, 考核评分, 通报; 公路定额 for 路基 and 路面 — 工料机, 计量; a 道路运输管理统计工作规范 — 统计报表,
数据审核, 报送; a 省公路条例 — 农村公路 建设、养护, 路政许可; a 市交通运输局's 春运治超 — 治超检测站,
卸载, 联合执法; a 交通工程质量监督 article — 监督抽检, 交工验收; a page on what a 道班 does — 清扫,
填补坑洼, 修剪道旁树木, 刷路线; a 工程质监支队's ``八小时以外`` supervision — 差旅, 用餐, 廉政交底)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names); every unit is a body
of 临泽县 (``unit_words=("临泽县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch508`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the tag opening the 防控措施 cell (``【一级】`` → 1, ``【二级】`` → 2,
  ``【三级】`` → 3, as the note says); the point is the whole 廉政风险点 cell; the measures (after the
  tag) are no point;
- ``局领导`` (the 交通运输局's 科室 cell of its leaders) and ``所领导`` (the 运输管理所's leaders' sheet)
  are the 科室 of those leaders; a 局's 科, a 段's 股 and a 所's 股 are 科室; a group row ``一、大队领导``
  gives the 科室 ``大队领导``, ``二、治超中队`` the 科室 ``治超中队`` (its number left off), as batch 280
  did; the 农村公路管理站's card, the 农村公路养护中心's duty list, the 交通建设项目服务中心's 自查表 and the
  质量安全监督站's list name no 科室 (the body is the unit);
- every body is a unit of its own: 局长, 副局长, a 段's 段长, a 所's 所长 and 副所长, a 站's 站长, a
  大队's 大队长 and a 中心's 主任 are leaders; 科长, 股长 and 中队长 middle; the rest (科员, 工作人员,
  养护员, 执法人员, 监督员, 统计员, 计量员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 公路管理段's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险`` and the tags ``【一级】/【二级】/【三级】`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b508_"
PLACE = "临泽县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
TAGS = {"【一级】": 1, "【二级】": 2, "【三级】": 3}
NOTE = "注：防控措施前【】内为该风险点的风险等级。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 等级标签, 防控措施)])
TRANSPORT = [
    ("局领导", "局长", "禚湜翮", "leader", [
        ("公路工程考核结果个人定调", "制度机制", "【一级】",
         "考核评分由考核组集体评定，结果局党组会研究后通报。"),
        ("为施工单位打招呼说情", "思想道德", "【二级】", "插手干预工程登记报告，每季度通报。"),
    ]),
    ("建设管理科", "科长", "衡珵翙", "middle", [
        ("考核评分弄虚作假", "岗位职责", "【一级】", "评分表两人复核签字，抽查原始记录。"),
        ("工程计量审核不严", "业务流程", "【二级】", "计量与支付分离，现场复核。"),
    ]),
    ("运输管理科", "科员", "茹琬沨", "general", [
        ("客运线路审批把关不严", "岗位职责", "【二级】", "审批条件公开，办理结果网上可查。"),
        ("接受运输企业宴请", "外部环境", "【三级】", "签订廉洁承诺书，节前提醒。"),
    ]),
]  # fmt: skip


def linze_transport_level_in_measures() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 14, 8, 10, 34, 10, 46])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in TRANSPORT:
        for point, typ, tag, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, f"{tag}{measures}")
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), TAGS[tag])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, 7)
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "linze_transport_level_in_measures",
        "https://abg.baidu.com/tags/xgv4fn5zusz4zp54xlf3txga5xl6tvvpwdwlpka11",
        "(harder) 县交通运输局 岗位廉政风险防控一览表, after the source's 公路工程考核管理组织办法 (考核组, 考核评分, "
        "通报): a title, 序号/科室 merged (局领导, 建设管理科, 运输管理科)/岗位 and 责任人 merged per person/"
        "廉政风险点 (plain)/风险类型 (short)/防控措施 whose every cell OPENS WITH THE LEVEL AS A TAG "
        "``【一级】``/``【二级】``/``【三级】``; NO level column; a ``注：防控措施前【】内为该风险点的风险等级。`` "
        "line; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def linze_transit_two_sheets() -> dict:
    unit = f"{PLACE}运输管理所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郦翚璟", "所长", "主持全面工作", [
            ("运输企业年度考核个人说了算", "一级", "考核结果所务会集体研究，公示。"),
            ("统计数据授意修改", "二级", "统计数据审核留痕，逐级签认。"),
        ]),
        ("揭沄翯", "副所长", "分管运政稽查", [
            ("稽查案件降格处理", "一级", "案件集体审理，结果公开。"),
            ("接受运输业户宴请", "三级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "所领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合统计股", "股长", "昝琡沨", "middle", "统计报表审核走过场", "一级", "报表两人审核，抽查原始台账。"),
        ("综合统计股", "统计员", "缑湉璐", "general", "泄露运输企业经营数据", "二级", "数据专人管理，查询留痕。"),
        ("综合统计股", "统计员", "缑湉璐", "general", "数据报送迟报漏报", "三级", "报送时限提醒，按月通报。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "linze_transit_two_sheets",
        "https://abg.baidu.com/tags/wxamfn6uzpfojoo4ydw43m54y242jv7xxhtlpnq11",
        "县运输管理所's file in two sheets, after the source's 道路运输管理统计工作规范 (统计报表, 数据审核, 报送): "
        "``所领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def linze_highway_posts() -> dict:
    unit = f"{PLACE}公路管理段"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    works, plan = "养护工程股", "计划财务股"
    rows = [
        (works, "技术员", "general", "路基路面工程量计量", "计量时虚增工程量，工料机数量不实", "岗位职责风险", "Ⅰ级",
         "计量双人现场复核，影像存档。"),
        (works, "技术员", "general", "养护材料验收", "验收把关不严，以次充好", "业务流程风险", "Ⅱ级",
         "材料抽检，验收三人签字。"),
        (plan, "计量员", "general", "定额套用审核", "高套定额，多计费用", "制度机制风险", "Ⅱ级",
         "预算由第三方复核。"),
        (plan, "计量员", "general", "养护资金报账", "报账票据审核不严", "思想道德风险", "Ⅲ级",
         "报账票据逐张核对，定期抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "linze_highway_posts",
        "https://abg.baidu.com/tags/xgv4fn5wvc3o4igcw657sigcw7b6mia11",
        "县公路管理段 廉政风险点排查表 对岗不对人, after the source's 公路定额 for 路基 and 路面 (工料机, 计量): a "
        "title, 序号/股室 merged (养护工程股, 计划财务股)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def linze_rural_road_cards() -> dict:
    unit = f"{PLACE}农村公路管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "亓翊湝", "leader", [
            ("农村公路建设项目安排优亲厚友", "★★★", "项目计划集体研究，结果公示。"),
            ("路政许可违规审批", "★★", "许可条件公开，两人审核。"),
        ]),
        ("工作人员", "仝沛琮", "general", [
            ("养护检查敷衍了事", "★★", "检查记录拍照上传。"),
            ("收受施工单位好处", "★", "签订廉洁承诺书。"),
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
        "linze_rural_road_cards",
        "http://m.jianbiaoku.com/webarbs/book/105089.shtml",
        "县农村公路管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 工作人员), after the source's 省公路条例 "
        "(农村公路 建设、养护, 路政许可): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def linze_upkeep_duty_list() -> dict:
    unit = f"{PLACE}农村公路养护中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "厍璘澔", "leader", "道班养护任务分配", "养护路段分配优亲厚友", "一级", "任务分配公开，班组会研究。"),
        ("主任", "厍璘澔", "leader", "养护物资采购", "指定供货单位", "二级", "三家询价，结果公示。"),
        ("养护员", "蔺湑珣", "general", "路面坑洼修补", "修补数量虚报", "二级", "修补前后拍照留存。"),
        ("养护员", "蔺湑珣", "general", "道旁树木修剪", "私卖修剪木材", "三级", "木材登记入库。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "linze_upkeep_duty_list",
        "http://manyoumao.com/zige/3602021.html",
        "县农村公路养护中心 廉政风险防控责任清单, after the source's account of what a 道班 does (清扫, 填补坑洼, "
        "修剪道旁树木, 刷路线): a title, 序号/岗位 and 姓名 merged per person/``职责事项`` before the 廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def linze_enforcement_group_rows() -> dict:
    unit = f"{PLACE}交通执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "薳珥沨", "leader", [
                ("治超案件处罚个人决定", "一级风险", "处罚决定集体审议，公示。"),
                ("联合执法车辆调度谋私", "二级风险", "调度记录留存，定期检查。"),
            ]),
        ]),
        ("二、治超中队", "治超中队", [
            ("执法人员", "妫澍璠", "general", [
                ("超限车辆卸载不到位放行", "一级风险", "卸载全程执法记录仪记录。"),
                ("检测数据人为修改", "三级风险", "检测数据自动上传，不得手工改。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "linze_enforcement_group_rows",
        "http://m.kuaishutao.cn/zxzx/bmdt/content/post_251117.html",
        "县交通执法大队 廉政风险防控责任清单, after the source's account of a 春运 治超 (治超检测站, 卸载, 联合执法): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、大队领导``, ``二、治超中队`` merged across; 岗位 and 姓名 merged per person; no type column; "
        "制表/审核/date",
        [sh], t,
    )  # fmt: skip


def linze_project_selfchecks() -> dict:
    unit = f"{PLACE}交通建设项目服务中心"
    t = _Truth(unit)
    people = [
        ("嵇琛沅", "主任", "leader", [
            ("交工验收放松标准", "高风险", "验收组集体评定，结果公示。"),
            ("监督抽检结果授意修改", "中风险", "抽检报告逐级签认。"),
        ]),
        ("厉瀞珝", "工作人员", "general", [
            ("抽检样品调换", "中风险", "取样双人见证，封样签字。"),
            ("项目资料归档不全", "低风险", "资料归档清单核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "单位意见：", None, None)
        sheets.append(sh)
    return _layout(
        "linze_project_selfchecks",
        "https://www.fx361.com/page/2015/1021/7344673.shtml",
        "县交通建设项目服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "article on 交通工程质量监督 (监督抽检, 交工验收): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 单位意见：``",
        sheets, t,
    )  # fmt: skip


def linze_quality_list() -> dict:
    unit = f"{PLACE}交通工程质量安全监督站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "郗翾沣", "leader", "质量监督结论打招呼", "岗位职责", "高", "监督结论集体研究，留痕。"),
        ("站长", "郗翾沣", "leader", "接受参建单位宴请", "思想道德", "中", "廉政交底，亲清交往清单。"),
        ("监督员", "蒉琤湲", "general", "差旅费用由参建单位支付", "外部环境", "中", "差旅报备，用餐打卡。"),
        ("监督员", "蒉琤湲", "general", "监督检查记录不实", "业务流程", "低", "执法记录仪全程记录。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "linze_quality_list",
        "https://www.smartchina-expo.cn/zbh/xwzx/hyzx/zzzdlfsjcpjzqgcjdzfbxsywjdnt/index.html",
        "县交通工程质量安全监督站 廉政风险防控一览表, after the source's account of a 工程质监支队's 八小时以外 "
        "supervision (差旅, 用餐打卡, 廉政交底): a title, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linze_transport_level_in_measures(),
    linze_transit_two_sheets(),
    linze_highway_posts(),
    linze_rural_road_cards(),
    linze_upkeep_duty_list(),
    linze_enforcement_group_rows(),
    linze_project_selfchecks(),
    linze_quality_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch508-inbox"))

"""The four-hundred-and-ninety-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通运输
bodies, 正宁县 — its 交通运输局, 道路运输服务中心, 农村公路管理站, 交通运输综合行政执法大队, 公路超限运输检测站,
公路路政管理所, 交通工程质量监督站 and, in the harder file, its 公路养护段 — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 交通运输局's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 道路运输服务中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 农村公路管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 交通运输综合行政执法大队's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 公路超限运输检测站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 公路路政管理所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、路政员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 交通工程质量监督站's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``zhengning_maintenance_road_sections``: the 公路养护段's 养护工区 一览表 ``序号 | 养护工区 | 岗位 |
  管养路段及责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, whose holder column gives in each
  cell FIRST the stretch of road the holder keeps — a route and a stake range,
  ``S202线　K0+000—K16+300`` — and then, on the next line of the same cell, his name
  (``S202线　K0+000—K16+300⏎庹翛沄``); the 工区主任 keeps the whole stretch of the 工区, and the two
  养护员 of one 工区 hold the same post and are told apart only by their stretches. The
  养护 trade publishes such lists because its posts are handed out by 管养路段. The README's
  读得懂的表 knows a 责任人 cell of two lines with labels (``现：…⏎原：…``, ``直接责任人：…⏎领导责任人：…``,
  ``姓名：…⏎所在中队：…⏎职务：…``), a post typed onto the name, a 科室 bracketed after the post, a
  片区/责任区 column, a holder's arrival date or home unit bracketed after the name; it does not
  describe a holder cell opened by an unlabelled road section with stake numbers (digits, ``K``,
  ``+``, ``—``) before the name. ``grep -lE '桩号|K0[+]|管养路段' tests/published/batch*.py`` finds
  only a 桩号 inside a measure (batch233); the README names neither 桩号 nor 管养. (A first choice,
  a ``班子成员分工：段长　…　主持全面工作；…`` line above a table keyed by its ``分管工作`` column,
  was dropped before measuring: batch144's ``一、人员分工`` prose lines above a table of posts are
  the same idea.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (who keeps which road — 国道、省道
by the 公路管理机构 and its 公路段, 县乡道 by the county; a 市交通运输局 领导班子's list of problems —
文件管理, 业务处室; what the 交通运输 departments do beside the 交警 — 道路运输 许可, 驾培; who manages
国道、省道、县道、乡道、村道; a 旗 执法大队's joint 治超 action — 超限检测站, 称重检测; a 区 治超中队's night
checks — 超限, 查扣, 卸载; a 执法大队 guarding the road — 超限超载, 公路环境保护; how a 公路 hazard point
is judged first or second level — 排查, 判定标准) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 正宁县 (``unit_words=("正宁县",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch491`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the name on the cell's last line; the road section before it
  is no holder, no post and no point; the 岗位 is the ``岗位`` cell (``工区主任``, ``养护员``), the
  科室 the ``养护工区`` cell; the two 养护员 are two forms (two holders of one post);
- ``局领导`` and ``中心领导`` (a 股室 cell or the leaders' sheet) are the 科室 of those leaders; a 局's,
  a 中心's and a 站's 股 and a 段's 养护工区 are 科室; the 执法大队's cards, the 检测站's 自查表 and the
  质监站's list name no 科室; the 路政管理所's group rows ``一、所领导``, ``二、路政员`` give no 科室
  (they repeat the post's kind);
- every body is a unit of its own: 局长, a 中心's 主任, 大队长, 站长 and 所长 are leaders; 股长 and
  工区主任 middle; the rest (会计, 科员, 技术员, 执法队员, 检测员, 路政员, 质监员, 养护员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 农村公路管理站's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
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

PREFIX = "b491_"
PLACE = "正宁县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (养护工区, 岗位, 管养路段, holder, tier, [(point, type, level, measures)])
KEEPERS = [
    ("第一养护工区", "工区主任", "S202线　K0+000—K32+600", "禤泓湜", "middle", [
        ("日常养护工程量验收不实", "业务流程", "高", "工程量现场丈量，监理、工区、段部三方签字。"),
        ("零星用工虚报冒领", "岗位职责", "中", "用工实名登记，工资直接发放到个人账户。"),
    ]),
    ("第一养护工区", "养护员", "S202线　K0+000—K16+300", "庹翛沄", "general", [
        ("沥青、碎石等养护材料私自变卖", "思想道德", "中", "材料领用登记，按月盘点。"),
        ("路面病害巡查漏报", "岗位职责", "低", "巡查日志附照片和桩号，工区主任每周抽查。"),
    ]),
    ("第一养护工区", "养护员", "S202线　K16+300—K32+600", "蒉昉珺", "general", [
        ("路产损坏现场勘验收受好处", "外部环境", "高", "勘验两人以上，照片存档。"),
        ("小修保养记录补记造假", "制度机制", "低", "养护记录当日录入系统。"),
    ]),
]  # fmt: skip
HOLDER_HEAD = "管养路段及责任人"


def zhengning_maintenance_road_sections() -> dict:
    unit = f"{PLACE}公路养护段"
    sh = _Sheet("工区", [6, 14, 10, 22, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}养护工区岗位廉政风险防控一览表", 8)
    sh.add(
        "序号", "养护工区", "岗位", HOLDER_HEAD, "廉政风险点", "风险类型", "风险等级", "防控措施"
    )
    first = len(sh.rows)
    n = 0
    for area, post, section, who, tier, points in KEEPERS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, area, post, f"{section}\n{who}", point, typ, lv, measures)
            t.point(sh.name, area, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "段长（签字）：", None, "2025年6月", None)
    return _layout(
        "zhengning_maintenance_road_sections",
        "https://www.zhetiaohe.com/ss/325d1e353fc7269a20a602bbab244562db02f57b2ded65a0dc9638e9b686cde19ad1a4a66d465e03.html",
        "(harder) 县公路养护段 养护工区岗位廉政风险防控一览表, after the source's account of who keeps which road (国道、"
        "省道 by the 公路管理机构 and its 公路段, 县乡道 by the county): 序号/养护工区 merged/岗位 merged per person/a holder "
        "column headed ``管养路段及责任人`` whose cells give FIRST the stretch of road the holder keeps, as a route and a "
        "stake range (``S202线　K0+000—K16+300``), and on the next line of the cell the name; two 养护员 of one 工区 are "
        "told apart only by their stretches; 廉政风险点/风险类型 (short)/高/中/低/防控措施; 填表人/审核人/段长（签字）/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhengning_bureau_list() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "琚濬岍", "leader", [
            ("农村公路建设项目安排不经党组会研究", "制度机制", "高", "项目计划党组会集体研究，计划公开。"),
            ("插手交通工程招标", "思想道德", "中", "领导干部插手工程建设登记报告。"),
        ]),
        ("规划建设股", "股长", "佴翃澧", "middle", [
            ("工程变更审核把关不严", "岗位职责", "高", "设计变更分级审批，重大变更集体研究。"),
        ]),
        ("财务股", "会计", "逄湝昶", "general", [
            ("车购税补助资金拨付不按进度", "业务流程", "中", "资金按验收进度拨付，双人复核。"),
            ("接受施工单位礼品礼金", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "zhengning_bureau_list",
        "https://www.92read.com/falv/htfb/r8pg8o.html",
        "县交通运输局 岗位廉政风险防控一览表, after the source's list of a 交通运输局 领导班子's problems (文件管理, 政策文件, "
        "征求意见, 业务处室): a title, 序号/股室 merged (局领导, 规划建设股, 财务股)/岗位 and 责任人 merged per person/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhengning_transport_center_two_sheets() -> dict:
    unit = f"{PLACE}道路运输服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亓溍珈", "主任", "主持全面工作", [
            ("出租车经营权指标分配暗箱操作", "一级", "指标分配方案集体研究，结果公示。"),
            ("驾培机构考核打招呼", "二级", "考核评分表公开，评分人签字。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("运政股", "股长", "扈翚沣", "middle", "道路运输经营许可审查放宽条件", "一级", "许可条件一次告知，初审复审分离。"),
        ("驾培股", "科员", "鄢瀓昀", "general", "驾校教练车年审走过场", "二级", "年审车辆逐台查验，照片存档。"),
        ("驾培股", "科员", "鄢瀓昀", "general", "收受驾校购物卡", "三级", "节前廉洁提醒，拒收登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "zhengning_transport_center_two_sheets",
        "https://www.zhetiaohe.com/ss/fc385e2c79c903f090ec532cf827b1cc9c7a0b4ad5e3ed28d643efc38ee2e5d2.html",
        "县道路运输服务中心's file in two sheets, after the source's account of what the 交通运输 departments do beside the "
        "交警 (道路运输 经营许可, 运输市场, 驾培): ``中心领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with "
        "股室/岗位/姓名 merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhengning_rural_road_posts() -> dict:
    unit = f"{PLACE}农村公路管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    plan, keep = "计划统计股", "养护管理股"
    rows = [
        (plan, "股长", "middle", "村道建设计划申报", "为关系村组多报里程、虚报项目", "岗位职责风险", "Ⅰ级",
         "计划申报实地核查，名单公示。"),
        (plan, "股长", "middle", "里程统计上报", "虚增养护里程套取补助", "制度机制风险", "Ⅱ级",
         "里程数据与路网系统比对。"),
        (keep, "技术员", "general", "乡镇养护考核", "考核打分随意，接受乡镇宴请", "思想道德风险", "Ⅲ级",
         "考核细则公开，交叉考核。"),
        (keep, "技术员", "general", "养护补助资金核拨", "未按考核结果核拨资金", "业务流程风险", "Ⅰ级",
         "补助资金按考核等次核拨并公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "zhengning_rural_road_posts",
        "https://www.zhetiaohe.com/ss/8bb8bbec2c5cdfd86c72b9f1d7726278f1105083575a65d7bb9520fe85d7cba7.html",
        "县农村公路管理站 廉政风险点排查表 对岗不对人, after the source's account of who manages which road (国道, 省道, "
        "县道、乡道、村道 by the county and its 乡镇): a title, 序号/股室 merged (计划统计股, 养护管理股)/岗位 merged per "
        "post/a short 风险点/a long 风险表现/风险类型 ``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhengning_enforcement_cards() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "郜澂翊", "leader", [
            ("超限运输案件处罚裁量畸轻畸重", "★★★", "裁量基准公开，重大案件集体讨论。"),
            ("为违法车辆说情打招呼", "★★", "说情打招呼登记报告。"),
        ]),
        ("执法队员", "訾沅翯", "general", [
            ("路面检查选择性执法", "★★", "执法记录仪全程记录。"),
            ("罚没款不开票据", "★", "罚款统一由银行代收。"),
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
        "zhengning_enforcement_cards",
        "http://jtj.bynr.gov.cn:80/jtjWeb/listinfo?NEWSTYPE_ID=91baec9e07a7442b8b2756df5d9ab75a&NEWS_ID=546104c9f5644919881fce74215c5635",
        "县交通运输综合行政执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 执法队员), after the source's account "
        "of a 旗 执法大队's joint 治超 action (超限检测站, 称重检测, 交管部门): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def zhengning_overload_station_selfchecks() -> dict:
    unit = f"{PLACE}公路超限运输检测站"
    t = _Truth(unit)
    people = [
        ("祢湉岏", "站长", "leader", [
            ("卸载货物处置不登记", "高风险", "卸载货物登记造册，集中处置。"),
            ("检测数据人为修改", "中风险", "检测数据联网实时上传。"),
        ]),
        ("勾翀澈", "检测员", "general", [
            ("收受货车司机好处放行", "中风险", "检测过程视频监控。"),
            ("称重记录漏登", "低风险", "称重记录系统自动生成。"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhengning_overload_station_selfchecks",
        "https://bbs.cnhubei.com/thread-4840463-1-1.html",
        "县公路超限运输检测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of "
        "a 区 治超中队's night checks (货运车辆 超限, 群众举报, 查扣, 卸载): a title, a label row ``姓　名 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def zhengning_road_admin_group_rows() -> dict:
    unit = f"{PLACE}公路路政管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", [
            ("所长", "笪沨岫", "leader", [
                ("涉路施工许可审批违规放宽", "一级风险", "许可条件公开，现场勘验两人以上。"),
                ("公务接待超标准", "三级风险", "接待清单按月公示。"),
            ]),
        ]),
        ("二、路政员", [
            ("路政员", "宓翾泖", "general", [
                ("路产损坏现场勘验不实", "一级风险", "勘验拍照存档，当事人签字。"),
                ("违法建筑清理选择性执法", "二级风险", "清理计划公开，逐户登记。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "zhengning_road_admin_group_rows",
        "http://news.43b.com.cn/tag_298282",
        "县公路路政管理所 廉政风险防控责任清单, after the source's account of a 旗 执法大队 guarding the road (超限超载, "
        "公路环境保护, 联合执法): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、所领导``, ``二、路政员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def zhengning_quality_station_list() -> dict:
    unit = f"{PLACE}交通工程质量监督站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "缑澍珩", "leader", "质量鉴定结论受请托改动", "思想道德", "高", "鉴定结论站务会审定。"),
        ("站长", "缑澍珩", "leader", "检测机构选定随意", "制度机制", "中", "检测机构比选确定并公示。"),
        ("质监员", "鞫沄翃", "general", "现场抽检提前透露", "岗位职责", "中", "抽检计划保密，随机抽取。"),
        ("质监员", "鞫沄翃", "general", "质量问题整改未复查即销号", "业务流程", "低", "整改销号须现场复查签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "zhengning_quality_station_list",
        "https://www.zhetiaohe.com/ss/7770bb3963236c4085a0ea557fbcf4ed27b4a32ad3e19902084ccbaa4fb0199a38d82a0ffc29e6622fa6debacae33c9d1e01b46c6f11176e.html",
        "县交通工程质量监督站 廉政风险防控一览表, after the source's account of how a 公路 hazard point is judged first or second "
        "level (排查, 判定标准, 监测): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhengning_maintenance_road_sections(),
    zhengning_bureau_list(),
    zhengning_transport_center_two_sheets(),
    zhengning_rural_road_posts(),
    zhengning_enforcement_cards(),
    zhengning_overload_station_selfchecks(),
    zhengning_road_admin_group_rows(),
    zhengning_quality_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch491-inbox"))

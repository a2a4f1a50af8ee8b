"""The four-hundred-and-eighty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 住房公积金
and 不动产 bodies, 陇西县 (a county of 定西市) — its 不动产登记中心, 房产服务中心 and 物业管理办公室, the
规划建设站 of four of its towns (巩昌镇, 文峰镇, 首阳镇, 菜子镇) and, in the harder file, its 住房公积金
管理中心 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 不动产登记中心's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk,
  short types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 房产服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 物业管理办公室's file in two sheets ``办公室领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 巩昌镇规划建设站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 文峰镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 首阳镇 one's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 菜子镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``longxi_fund_center_measures_by_type``: the 住房公积金管理中心's 一览表, a two-row heading
  ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险等级`` (each merged down over both rows) and
  ``分类防控措施`` merged across FIVE sub-columns ``思想道德风险 | 制度机制风险 | 岗位职责风险 |
  业务流程风险 | 外部环境风险``; there is NO type column: each row writes its measures in the ONE
  sub-column of its point's type and leaves the other four blank, so a point's TYPE is given
  only by WHERE its measures stand; a merged ``注：防控措施填写在该风险点所属风险类型栏内。`` line
  under the table says so. The README's 读得懂的表 knows types in a type column (words, codes,
  one character, marks, colours, with the level ``岗位职责/中``, in a bracket after the point or
  the level), types as sub-columns of ``风险类型`` (or as headings of their own) ticked with
  ``√``/``★``/``1`` or holding the level word, points written in bands of type columns, measures
  placed under ``一级风险 | 二级风险 | 三级风险`` to give the LEVEL (``分级防控措施``), and types by
  序号 in a note — it does not describe the MEASURES written under type sub-columns so that the
  column they stand in is the point's type. No earlier batch writes one (``grep -l
  '分类防控措施\\|所属风险类型' tests/published/batch*.py``: none; batch345 puts the TYPE in the
  column of its LEVEL, batch377 the POINTS in bands by type — neither is this).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 住房公积金贷款还款业务指南 for the
公积金 center; how a 房产证 is issued, step by step, for the 登记中心; a 房产交易系统操作手册 for the
房产服务中心; the 住宅专项维修资金 rules of a 物业管理基本制度 for the 物业管理办公室; an 物业管理实务流程
汇总, the 房屋大产权证办理流程, an 物业费备案流程 and 广州's 物业专项维修资金管理办法 for the towns'
规划建设站s, which in 陇西县 also see to 农房建设, 老旧小区 and 物业 in the towns) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames with rare given names); every unit is a body of 陇西县
(``unit_words=("陇西县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch484`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's ONE filled ``分类防控措施`` sub-column gives its point's one type
  (the sub-column's heading without ``风险``: ``业务流程风险`` → 业务流程); the four blank
  sub-columns give nothing; the ``注：`` line is no point;
- ``中心领导``, ``办公室领导`` (a 科室 cell or the leaders' sheet ``办公室领导``) are the 科室 of those
  leaders; a 中心's 科 and an 办公室's 股 are 科室; a 镇规划建设站 has no 科室: its group rows
  ``一、站领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: a 中心's or 办公室's 主任 and 副主任, a 站's 站长 and 副站长 are
  leaders; 科长 and 股长 middle; the rest (科员, 登记员, 审核员, 会计, 出纳, 规划员, 建设员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 房产服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b484_"
PLACE = "陇西县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TYPE_HEADS = ("思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险")
TYPE_NOTE = "注：防控措施填写在该风险点所属风险类型栏内。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
FUND = [
    ("中心领导", "主任", "鄞翾澍", "leader", [
        ("贷款额度审批打招呼", "思想道德", "高", "贷款审批实行系统自动核算，领导不单独签批额度。"),
        ("增值收益分配不按规定", "制度机制", "中", "增值收益分配方案经管委会审议。"),
    ]),
    ("归集科", "科长", "綦珝淼", "middle", [
        ("缴存基数核定把关不严", "岗位职责", "中", "缴存基数与单位工资表比对，双人复核。"),
        ("违规为不符合条件者办理提取", "业务流程", "高", "提取材料线上核验，异常提取复审。"),
        ("接受缴存单位吃请", "外部环境", "低", "执行廉洁纪律，拒收登记。"),
    ]),
    ("信贷科", "审核员", "璩渟翊", "general", [
        ("贷款资料审核不严", "业务流程", "高", "贷款资料经初审、复审两级审核。"),
        ("逾期贷款催收不力", "岗位职责", "低", "逾期贷款按月清单催收，结果报科长。"),
    ]),
]  # fmt: skip


def longxi_fund_center_measures_by_type() -> dict:
    unit = f"{PLACE}住房公积金管理中心"
    ncols = 6 + len(TYPE_HEADS)
    sh = _Sheet("一览表", [6, 10, 8, 10, 26, 8, 20, 20, 20, 20, 20])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    top = sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "分类防控措施",
                 *([None] * (len(TYPE_HEADS) - 1)))  # fmt: skip
    sh.add(*([None] * 6), *TYPE_HEADS)
    for c in range(6):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 6, top, ncols - 1)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in FUND:
        for point, typ, lv, measures in points:
            n += 1
            cells = [measures if head == f"{typ}风险" else None for head in TYPE_HEADS]
            sh.add(n, dept, post, who, point, lv, *cells)
            t.point(sh.name, dept, post, who, tier, point, [typ], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, TYPE_NOTE, ncols)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", *([None] * (ncols - 5)))
    return _layout(
        "longxi_fund_center_measures_by_type",
        "http://35331.cn/lhs_fnzjeng30o33ssxrw7l6msewl6mffegbljk7ggn_1.html",
        "(harder) 县住房公积金管理中心 岗位廉政风险防控一览表, after the source's 住房公积金贷款还款业务指南 (贷款, 提前还款, "
        "逾期, 缴存): a two-row heading, 序号/科室 merged (中心领导, 归集科, 信贷科)/岗位 and 责任人 merged per person/"
        "廉政风险点/风险等级 高/中/低, and ``分类防控措施`` merged over five sub-columns ``思想道德风险 | … | 外部环境风险``; "
        "NO type column: each row's measures stand in the one sub-column of its point's TYPE, the other four blank; a "
        "merged ``注：防控措施填写在该风险点所属风险类型栏内。`` line; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def longxi_registry_center_list() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郦暻淏", "leader", [
            ("干预登记办理顺序", "思想道德", "高", "登记按受理先后系统排号，插队须书面说明。"),
            ("疑难登记集体研究走过场", "制度机制", "中", "疑难登记经业务会集体研究并留存纪要。"),
        ]),
        ("登记科", "科长", "隗翙沅", "middle", [
            ("登簿审核把关不严", "岗位职责", "高", "登簿前复核权属来源和查封抵押信息。"),
        ]),
        ("受理窗口", "登记员", "蒍昶霈", "general", [
            ("受理材料不一次性告知", "业务流程", "中", "执行一次性告知和首问负责制度。"),
            ("收受中介好处费", "外部环境", "低", "窗口视频监控，中介代办登记备案。"),
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
        "longxi_registry_center_list",
        "https://abg.baidu.com/tags/w673f6wwusyozqhnwxcmd55tzszl3vxizld4vmwdwq16",
        "县不动产登记中心 岗位廉政风险防控一览表, after the source's account of how a 房产证 is issued (申请, 受理, 审核, 登簿, "
        "发证): a title, 序号/科室 merged (中心领导, 登记科, 受理窗口)/岗位 and 责任人 merged per person/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def longxi_housing_service_posts() -> dict:
    unit = f"{PLACE}房产服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    deal, fund = "交易管理科", "房屋征收科"
    rows = [
        (deal, "科长", "middle", "网签备案审核", "为不符合条件的房屋违规办理网签备案", "岗位职责风险", "Ⅰ级",
         "网签备案系统自动校验预售许可和查封信息。"),
        (deal, "科长", "middle", "预售资金拨付", "未按工程进度违规同意拨付监管资金", "制度机制风险", "Ⅱ级",
         "拨付申请经现场核验、科室会审。"),
        (fund, "科员", "general", "征收补偿测算", "多算面积、虚增附属物，多付补偿款", "业务流程风险", "Ⅰ级",
         "测算结果第三方复核并公示。"),
        (fund, "科员", "general", "征收档案保管", "向无关人员泄露被征收人信息", "思想道德风险", "Ⅲ级",
         "档案专柜保管，查阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "longxi_housing_service_posts",
        "https://abg.baidu.com/tags/w673f6v5xpjnpt5vzwz3fwox67fnnmxb",
        "县房产服务中心 廉政风险点排查表 对岗不对人, after the source's 房产交易系统操作手册 (网签, 合同备案, 资金监管): a "
        "title, 序号/科室 merged (交易管理科, 房屋征收科)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def longxi_property_office_two_sheets() -> dict:
    unit = f"{PLACE}物业管理办公室"
    t = _Truth(unit)
    lead = _Sheet("办公室领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亢翃湉", "主任", "主持全面工作", [
            ("专项维修资金使用审批干预", "一级", "维修资金使用经业主表决并公示。"),
            ("物业企业考核评优说情", "二级", "考核结果集体审定。"),
            ("办公经费报销不规范", "三级", "报销凭证两人审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "办公室领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("维修资金股", "股长", "昝珣濛", "middle", "维修资金划拨审核不严", "一级", "划拨凭业主大会决议和工程决算。"),
        ("维修资金股", "会计", "笪沄翥", "general", "维修资金账目记载不实", "二级", "每季度对账并公开。"),
        ("维修资金股", "会计", "笪沄翥", "general", "泄露业主缴存信息", "三级", "信息系统分级授权。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "longxi_property_office_two_sheets",
        "https://abg.baidu.com/tags/z3x5fnnz3tao3o7zwg7nnrvwzdl2dvnm26um73wovtin5v6kxxya14",
        "县物业管理办公室's file in two sheets, after the source's 物业管理基本制度 on the 住宅专项维修资金 (交存, 使用, 业主表决, "
        "公示): ``办公室领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def longxi_gongchang_station_cards() -> dict:
    unit = f"{PLACE}巩昌镇规划建设站"
    t = _Truth(unit)
    cards = [
        ("站长", "訾翚澄", "leader", [
            ("农房建设审批优亲厚友", "★★★", "审批条件和结果在村务公开栏公示。"),
            ("违法建设查处选择性执法", "★★", "查处情况报镇党委集体研究。"),
        ]),
        ("建设员", "兀旻潆", "general", [
            ("老旧小区改造现场签证不实", "★★", "签证由监理、业主代表共同签字。"),
            ("接受施工单位烟酒", "★", "节前廉洁提醒，拒收登记。"),
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
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "longxi_gongchang_station_cards",
        "https://abg.baidu.com/tags/z3x5fnnz3tao3svvz3y4d55tzs56hv64",
        "镇规划建设站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 建设员), after the source's 物业管理实务流程汇总 (承接查验, "
        "维修, 小区改造): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a "
        "``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def longxi_wenfeng_station_selfchecks() -> dict:
    unit = f"{PLACE}文峰镇规划建设站"
    t = _Truth(unit)
    people = [
        ("郗翯沨", "副站长", "leader", [
            ("乡村建设规划许可初审把关不严", "高风险", "初审意见报县自然资源局复核。", "已落实"),
            ("宅基地放线量测不准", "中风险", "放线两人到场，村组干部签字。", "未发现问题"),
        ]),
        ("禚翊渟", "规划员", "general", [
            ("农房验收走过场", "中风险", "验收表逐项填写并拍照留存。", "已落实"),
            ("代收材料费用不入账", "低风险", "不经手现金，费用一律转账。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "longxi_wenfeng_station_selfchecks",
        "https://um.sanwen.net/special/awnpjf.html",
        "镇规划建设站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 房屋大产权证办理流程 "
        "(规划许可, 竣工验收, 测绘): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def longxi_shouyang_station_group_rows() -> dict:
    unit = f"{PLACE}首阳镇规划建设站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "厍珝澂", "leader", [
                ("物业服务收费备案审核放水", "一级风险", "收费标准与物价部门备案核对。"),
                ("公务用车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("建设员", "蔺昀翾", "general", [
                ("危房改造补助对象审核不实", "一级风险", "补助对象入户核查并公示。"),
                ("质量安全巡查记录补写", "二级风险", "巡查记录当日填写、站长签字。"),
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
        "longxi_shouyang_station_group_rows",
        "https://um.sanwen.net/special/ryenaf.html",
        "镇规划建设站 廉政风险防控责任清单, after the source's 物业费备案流程 (收费标准, 物价部门备案, 公示): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def longxi_caizi_station_list() -> dict:
    unit = f"{PLACE}菜子镇规划建设站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "荀澔翀", "leader", "维修资金使用申请初审不严", "岗位职责", "中", "初审意见写明依据并存档。"),
        ("站长", "荀澔翀", "leader", "为关系人违建通风报信", "思想道德", "高", "巡查计划保密，违建线索登记上报。"),
        ("出纳", "庹湲翯", "general", "工程款支付手续不全", "业务流程", "高", "支付凭证经站长、镇财政所审核。"),
        ("出纳", "庹湲翯", "general", "票据保管不善", "制度机制", "低", "票据专柜保管，领用登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "longxi_caizi_station_list",
        "https://abg.baidu.com/tags/xhr5nxok2dho7uvv26um73wovtin5v6kxxyltxga5wyozn5ifazda6dyfe16",
        "镇规划建设站 廉政风险防控一览表, after the source's 广州市物业专项维修资金管理办法 (交存, 使用申请, 审核, 划拨): a "
        "title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    longxi_fund_center_measures_by_type(),
    longxi_registry_center_list(),
    longxi_housing_service_posts(),
    longxi_property_office_two_sheets(),
    longxi_gongchang_station_cards(),
    longxi_wenfeng_station_selfchecks(),
    longxi_shouyang_station_group_rows(),
    longxi_caizi_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch484-inbox"))

"""The five-hundred-and-twenty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政 and
审计 bodies, 景泰县 (a county of 白银市, 甘肃) — its 财政局, 审计局, 国库支付中心, 财政投资评审中心
and four 乡镇财政所 (芦阳镇, 一条山镇, 喜泉镇, 草窝滩镇 — 镇 of the county) — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 财政局's 一览表: ``股室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 国库支付中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 财政投资评审中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside
  a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 芦阳镇财政所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 一条山镇财政所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在股室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 喜泉镇财政所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、会计核算组`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 草窝滩镇财政所's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``jingtai_audit_point_found_by_bracket``: the 审计局's 一览表 closes each point cell (headed
  plainly ``廉政风险点``) with HOW THE POINT WAS FOUND in a LABELLED BRACKET on the same line, the
  classic ways of 查找 廉政风险 (自己找、群众帮、领导点、组织评): ``审计中对被审计单位重大问题隐瞒不报
  （查找方式：领导点）``. The heading is ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``: the measures stand in their own column; no note says what the bracket
  holds, the label ``查找方式：`` inside it does. The shape is about HOW THE POINT IS WRITTEN (what is
  joined to its text). The README's 读得懂的表 and the earlier batches know closing brackets that
  name how the point shows (``（括号内注明主要表现）``), its measures by number (``（对应措施2、3）``)
  or in full (``（防控措施：…）``), its holder (``（责任科室：…　责任人：…）``), its legal basis
  (``（依据：《…》）``, batch 517), a level or type, and the point in a bracket closing how it shows;
  ``查找方式`` stands in no earlier batch, and a ``风险来源`` column (batch 17) holds types, not a
  bracket in the point. None is a point cell closing with the way the point was found; read as the
  others are, the point is the whole cell, the bracket with it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county 财政局's 九道关 for
政府采购 投诉; the 审计质量责任 of 审计人员, 复核机构 and 处(科)长; the audit of 国库集中支付 — 支付
申请, 审核拨付, 会计核算; a 区财政局's training of 镇街 on 财政投资评审 — 受理, 初稿, 过程控制, 确认;
the rules of 政府采购 质疑 and 投诉 a 财政部门 handles; a tender for 政府投资 咨询评估审查 services;
a 国土规划委's rules for 领导干部经济责任审计; an essay on a 审计局's 审计风险 流程化控制) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (rare Han surnames with rare given names); every unit is a body of
景泰县 (``unit_words=("景泰县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch521`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the cell's text BEFORE the bracket ``（查找方式：…）``; the
  bracket says how the point was found, no part of it (as ``（依据：…）`` in batch 517 is none of a
  point's text);
- ``中心领导`` (the 国库支付中心's leaders' sheet) is the 科室 of those leaders; a 局's 股, a
  中心's 股 or 科, a 所's 组 are 科室; a group row ``一、所领导`` gives the 科室 ``所领导``,
  ``二、会计核算组`` the 科室 ``会计核算组`` (its number left off), as batch 280, 507 and 517 did;
  the 芦阳镇财政所's cards and the 草窝滩镇财政所's list name a 科室 only where a cell does;
  the 一条山镇财政所's 所长 sheet writes ``所领导`` in ``所在股室`` and that is his 科室;
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长 and
  副所长 are leaders; 股长, 科长, 组长 middle; the rest (科员, 会计, 出纳, 评审员, 审计员,
  支付审核员, 报账员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况``
  are no points and name no holder; the 财政投资评审中心's list names no person: its forms are
  posts (对岗不对人);
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

PREFIX = "b521_"
PLACE = "景泰县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
LABEL = "（查找方式："
WAYS = ("自己找", "群众帮", "领导点", "组织评")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 查找方式, 风险类型, 风险等级, 防控措施)])
FOUND = [
    ("局领导", "副局长", "禚昀翀", "leader", [
        ("干预审计组对审计发现问题的定性", "组织评", "岗位职责", "高",
         "问题定性经审理会集体审定，领导干预登记报告。"),
        ("审计项目计划安排照顾关系单位", "群众帮", "制度机制", "中",
         "审计计划局党组会研究，计划执行情况公开。"),
    ]),
    ("财政审计股", "股长", "逄翊骁", "middle", [
        ("审计中对被审计单位重大问题隐瞒不报", "领导点", "思想道德", "高",
         "审计底稿三级复核，复核意见书存档。"),
        ("接受被审计单位宴请和礼品", "自己找", "外部环境", "中", "进点公示审计纪律，廉政回访。"),
    ]),
    ("财政审计股", "审计员", "暴昕翎", "general", [
        ("审计证据取舍不实，底稿记录不全", "自己找", "业务流程", "低",
         "底稿编制按准则逐项核对，组长审签。"),
    ]),
]  # fmt: skip


def jingtai_audit_point_found_by_bracket() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 52, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in FOUND:
        for point, way, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, f"{point}{LABEL}{way}）", typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年8月", None)
    return _layout(
        "jingtai_audit_point_found_by_bracket",
        "http://www.fymate.net/html/text/lar/167987/16798762_2.html",
        "(harder) 县审计局 岗位廉政风险防控一览表, after the source's rules on the 审计质量责任 of 审计人员, 复核机构 "
        "and 处(科)长: 序号/股室 merged/岗位 and 姓名 merged per person/``廉政风险点`` whose cells close with HOW "
        "THE POINT WAS FOUND in a LABELLED BRACKET ``…（查找方式：群众帮）``/short types/高/中/低/防控措施; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingtai_finance_bureau_list() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 14, 8, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("政府采购监督管理股", "股长", "郦翾骐", "middle", "处理采购投诉偏袒一方供应商", "岗位职责风险", "高",
         "投诉处理集体会商，处理决定网上公告。"),
        ("政府采购监督管理股", "股长", "郦翾骐", "middle", "采购方式变更审批把关不严", "制度机制风险", "中",
         "变更申请专家论证，审批结果公示。"),
        ("预算股", "科员", "仝骞昳", "general", "预算指标分配优亲厚友", "思想道德风险", "中",
         "指标分配按因素法测算，股务会审核。"),
        ("会计管理股", "科员", "蔺湲珽", "general", "代理记账机构检查走过场", "外部环境风险", "低",
         "检查两人以上，检查结果公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "jingtai_finance_bureau_list",
        "https://www.ahjinzhai.gov.cn/zwzx/ztzl/cyyshjwqfwzt/gzls/38199845.html",
        "县财政局 廉政风险防控一览表, after the source's 九道关 for 政府采购 投诉: 序号/股室 merged/岗位 and 责任人 "
        "merged per person/风险点/``…风险`` types/高/中/低/防控措施; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def jingtai_treasury_two_sheets() -> dict:
    unit = f"{PLACE}国库支付中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阚珣霈", "主任", "主持全面工作", [
            ("代理银行选定个人说了算", "一级", "代理银行经公开招标选定，中心会议研究。"),
            ("违规调整支付额度", "二级", "额度调整按审批单办理，系统留痕。"),
        ]),
        ("戢昶瑀", "副主任", "分管支付审核和清算", [
            ("大额支付审核把关不严", "一级", "大额支付双人复核，分管领导审签。"),
            ("清算信息传递不及时造成资金滞留", "三级", "清算日清日结，按月对账。"),
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
    dept = _Sheet("股室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("支付审核股", "支付审核员", "蒉珞昶", "general", "对无预算、超预算支付申请放行", "一级",
         "支付申请系统校验预算指标，人工复核。"),
        ("支付审核股", "支付审核员", "蒉珞昶", "general", "支付凭证开具与申请不符", "二级", "凭证开具后逐笔核对。"),
        ("会计核算股", "股长", "乜璟骊", "middle", "会计核算科目串用，账实不符", "三级", "按月对账，季度盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "jingtai_treasury_two_sheets",
        "https://www.chinaqikan.net/post/9792.html",
        "县国库支付中心's file in two sheets, after the source on auditing 国库集中支付 (支付申请, 审核拨付, 会计核算): "
        "``中心领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def jingtai_review_center_posts() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "评审一科", "评审二科"
    rows = [
        (a, "评审员", "general", "送审资料受理", "对资料不全的项目违规受理评审", "业务流程", "Ⅱ级",
         "受理清单化，一次性告知。"),
        (a, "评审员", "general", "评审初稿审减", "收受建设单位好处，少审减或不审减", "思想道德", "Ⅰ级",
         "初稿二级复核，审减额公示。"),
        (b, "科长", "middle", "委托中介评审", "指定关系中介机构承接评审业务", "制度机制", "Ⅰ级",
         "中介机构随机抽取，考核结果公开。"),
        (b, "评审员", "general", "现场踏勘", "踏勘走过场，接受施工单位宴请", "外部环境", "Ⅲ级",
         "踏勘两人以上，现场拍照留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "jingtai_review_center_posts",
        "http://gz.kjzxfw.com/zhengcexinxi/index/detail/_MT1OMzAE_j_N.html?iframe=true&urt=_Yz2NNxDAY05dMlTlEmzd",
        "县财政投资评审中心 廉政风险点排查表 对岗不对人, after the source's training of 镇街 on 财政投资评审 (受理, "
        "初稿, 过程控制, 确认): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def jingtai_luyang_cards() -> dict:
    unit = f"{PLACE}芦阳镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "厍昀瑭", "leader", [
            ("镇级小额采购指定供应商", "★★★", "小额采购三家比价，所务会研究。"),
            ("采购质疑答复拖延推诿", "★★", "质疑登记编号，限时答复。"),
        ]),
        ("出纳", "郗湉骢", "general", [
            ("坐支现金，公款私存", "★★", "现金日清月结，所长不定期盘点。"),
            ("支票和印鉴一人保管", "★", "支票与印鉴分人保管。"),
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
        "jingtai_luyang_cards",
        "https://henan.caigou2003.com/web/news/20240724/868453062052675585.html",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 出纳), after the source's rules of 政府采购 质疑 "
        "and 投诉: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/"
        "镇分管领导 签字",
        sheets, t,
    )  # fmt: skip


def jingtai_yitiaoshan_selfchecks() -> dict:
    unit = f"{PLACE}一条山镇财政所"
    t = _Truth(unit)
    people = [
        ("笪翀琰", "所长", "leader", "所领导", [
            ("村级项目资金拨付审批把关不严", "高风险", "拨付凭项目验收单，所务会审核。"),
            ("惠农补贴资金发放名册审核不细", "中风险", "名册村级公示，入户抽查。"),
        ]),
        ("鄢骊昉", "报账员", "general", "会计核算组", [
            ("村级报账票据审核不严", "中风险", "票据逐张审核，不合规票据退回登记。"),
            ("泄露村级财务信息", "低风险", "账务查询权限分级管理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在股室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jingtai_yitiaoshan_selfchecks",
        "https://www.bswenk.com/doc/hugfs1k4hd",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's tender for 政府投资 "
        "咨询评估审查 services: a label row ``姓　名 | 岗　位 | 所在股室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def jingtai_xiquan_group_rows() -> dict:
    unit = f"{PLACE}喜泉镇财政所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("副所长", "綦珺骥", "leader", [
                ("村干部离任经济责任审计走过场", "一级风险", "审计结果所务会审定，村内公示。"),
                ("专项资金监管检查选择性检查", "三级风险", "检查对象随机抽取。"),
            ]),
        ]),
        ("二、会计核算组", "会计核算组", [
            ("组长", "祁湛翯", "middle", [
                ("代管村级资金挪用、出借", "一级风险", "资金专户管理，按月对账。"),
                ("会计档案涂改、缺失", "二级风险", "档案专柜保管，借阅登记。"),
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
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "jingtai_xiquan_group_rows",
        "http://ghzyj.gz.gov.cn/zwgk/ztzl/zdlyxxgkzl/sjjggg/content/post_2750326.html",
        "镇财政所 廉政风险防控责任清单, after the source's rules for 领导干部经济责任审计: 序号/岗位/姓名/"
        "廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, ``二、会计核算组`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jingtai_caowotan_duty_list() -> dict:
    unit = f"{PLACE}草窝滩镇财政所"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "汲昶翊", "leader", "镇级财政收支", "超预算安排支出", "一级", "支出按预算执行，超支报镇党委研究。"),
        ("所长", "汲昶翊", "leader", "村级财务监管", "对村级财务违规问题不纠正", "二级", "问题建立台账，限期整改。"),
        ("会计", "璩湲晔", "general", "记账凭证审核", "审核不严，虚列支出入账", "二级", "凭证经手、审核、审批三签。"),
        ("会计", "璩湲晔", "general", "财务公开", "公开内容不全、不及时", "三级", "按季公开，镇纪委抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "jingtai_caowotan_duty_list",
        "https://www.lw33.cn/article/b032c195dcaccc521787d1be.html",
        "镇财政所 廉政风险防控责任清单, after the source's essay on a 审计局's 审计风险 流程化控制: 序号/岗位 and 姓名 "
        "merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingtai_audit_point_found_by_bracket(),
    jingtai_finance_bureau_list(),
    jingtai_treasury_two_sheets(),
    jingtai_review_center_posts(),
    jingtai_luyang_cards(),
    jingtai_yitiaoshan_selfchecks(),
    jingtai_xiquan_group_rows(),
    jingtai_caowotan_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch521-inbox"))

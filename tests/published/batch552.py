"""The five-hundred-and-fifty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 住建 and
房产 bodies, 化隆回族自治县 (海东市, 青海) — the 住房和城乡建设局, the 房产服务中心, the 建设工程质量安全
监督站, the 城市管理执法大队 and four 镇村镇建设管理所 of its own towns (群科镇, 巴燕镇, 甘都镇, 扎巴镇) —
each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 住房和城乡建设局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 房产服务中心's 一览表: ``部室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 城市管理执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` / ``二、执法一中队`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 群科镇村镇建设管理所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 巴燕镇村镇建设管理所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在部门`` over a row of values, 高/中/低, ``自查情况``;
- the 甘都镇村镇建设管理所's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 扎巴镇村镇建设管理所's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``hualong_quality_station_type_and_level_clause``: the 建设工程质量安全监督站's 一览表 has NO type
  column and NO level column (``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 防控措施``); every point cell
  is ONE sentence that closes with two comma clauses, the first naming the point's TYPE and the
  second its LEVEL: ``工程实体质量抽检走过场，属岗位职责风险，风险等级为一级。`` — the point, then
  ``，属…风险``, then ``，风险等级为…级``, then a full stop. No note under the table explains it, no
  heading asks for it (the heading is the bare ``廉政风险点``), no bracket, no tag (``【…】``), no
  line break and no label line (``风险类型：…``) stand in the cell. The shape is about WHERE THE
  TYPE AND THE LEVEL ARE GIVEN: in prose clauses closing the point, as an office writes when it
  types its register as sentences. The README's 读得懂的表 (and the earlier batches) know a level
  in a bracket closing the point (``违规审批（高）``, ``（Ⅱ级）``), a type in a bracket closing it
  (``…（制度机制）``), a 【】 tag opening it (``【一级】…``, ``【制度机制】…``), a ``【一级】`` opening
  the measures, the type and level on labelled lines below the point (``⏎风险类型：…⏎风险等级：一级``),
  a level inside a sentence of the ``备注`` column under a note (``LEVEL_IN_REMARKS``), a point
  running on into how it shows (``…，主要表现为…``) and a point and its requirement joined by ``，应``
  (batch 549); none a point whose own cell closes, unbracketed and unlabelled on a line of its
  own, with ``，属…风险，风险等级为…级。``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page asking what kind of body
a 住建 department is; a 住房和城乡建设 portal's 政务服务 page — 施工许可, 资质, 住房保障; a page on
房建 and 市政 qualification grades; a city's 建筑管理条例 — 违法建设, 处罚; a page on 房屋建筑工程质量
奖惩; a province's 房地产市场双随机检查 rules; a page on the rank of 住建 bodies from ministry to
town; a province's 购房新政策 — 购房补贴) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names); every unit is a body of 化隆回族自治县 (``unit_words=("化隆回族自治县",)``:
no earlier unit holds it).

Run ``python tests/published/score.py --set batch552`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text before ``，属`` (``工程实体质量抽检走过场``); the clause
  ``属岗位职责风险`` gives the one type (``岗位职责``), the clause ``风险等级为一级`` the level
  (一级/二级/三级 → 1/2/3); the clauses are no part of the point; ``股室 | 岗位 | 责任人`` give the
  form as usual;
- ``局领导``, ``中心领导``, ``大队领导``, ``所领导`` are the 科室 of those leaders; a 局's 股室, a
  中心's 部, a 站's 股, a 大队's 中队 and a 所's 组 (``部门``, ``所在部门``) are 科室; a group row
  ``一、大队领导`` gives the 科室 ``大队领导``, ``二、执法一中队`` the 科室 ``执法一中队`` (its number
  left off), as batch 280, 546 and 549 did; the 群科镇 cards and the 扎巴镇 list name a 科室 only
  where a cell does (they name none);
- every body is a unit of its own: a 局's 局长 and 副局长, a 中心's and a 站's 主任/站长, a 大队's
  大队长 and a 所's 所长 are leaders; 股长, 中队长 and a 部's 主任 are middle; the rest (科员,
  监督员, 管理员, 技术员, 规划员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 甘都镇 list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b552_"
PLACE = "化隆回族自治县"
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

# (股室, 岗位, 责任人, tier, [(风险点, 风险类型 short, 等级 word)]); the cell is
# f"{point}，属{type}风险，风险等级为{level}。"
CLAUSED = [
    ("站领导", "站长", "郦翯潾", "leader", [
        ("质量安全监督计划安排随意", "制度机制", "一级"),
        ("监督报告签发把关不严", "岗位职责", "二级"),
    ]),
    ("质量监督股", "股长", "郜璪沨", "middle", [
        ("工程实体质量抽检走过场", "岗位职责", "一级"),
        ("竣工验收监督接受施工单位宴请", "外部环境", "二级"),
    ]),
    ("安全监督股", "监督员", "滑琭翀", "general", [
        ("安全隐患整改复查不到位", "业务流程", "二级"),
        ("违规泄露检查时间和内容", "思想道德", "三级"),
    ]),
]  # fmt: skip


def claused(point: str, typ: str, lv: str) -> str:
    return f"{point}，属{typ}风险，风险等级为{lv}。"


def hualong_quality_station_type_and_level_clause() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    sh = _Sheet("一览表", [6, 12, 9, 9, 58, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 6)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "防控措施")
    measures = iter([
        "年度监督计划经站务会研究，按计划实施。",
        "监督报告实行股室初审、站长审签。",
        "抽检项目随机确定，抽检记录存档。",
        "严格执行中央八项规定精神，签订廉洁承诺书。",
        "整改复查留存影像资料，逐项销号。",
        "检查计划严格保密，实行“四不两直”。",
    ])  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CLAUSED:
        for point, typ, lv in points:
            n += 1
            sh.add(n, dept, post, who, claused(point, typ, lv), next(measures))
            t.point(sh.name, dept, post, who, tier, point, [typ], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年9月", None)
    return _layout(
        "hualong_quality_station_type_and_level_clause",
        "http://fengdujob.net/go/住建部算什么单位.html",
        "(harder) 县建设工程质量安全监督站 廉政风险防控一览表, after the source's page on what kind of body a "
        "住建 department is (its 质量安全监督 duties): 序号/股室 merged/岗位 and 责任人 merged per person/"
        "廉政风险点/防控措施, NO type column and NO level column: every point cell is one sentence that "
        "closes with two clauses giving the type and the level "
        "(``工程实体质量抽检走过场，属岗位职责风险，风险等级为一级。``)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hualong_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亢翙滢", "局长", "主持全面工作", [
            ("城建项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究。"),
            ("干预建设工程招标投标", "一级", "严格执行领导干部插手工程建设登记报告制度。"),
        ]),
        ("仝珣湄", "副局长", "分管建筑市场和村镇建设", [
            ("建筑业企业资质初审放宽条件", "二级", "初审实行双人核查，结果公示。"),
            ("农村危房改造对象认定说情", "三级", "改造对象经村评议、镇审核、县审批三级公示。"),
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
        ("建筑市场管理股", "股长", "檀湜琤", "middle", "施工许可办理故意拖延", "一级", "许可事项限时办结，网上可查。"),
        ("建筑市场管理股", "股长", "檀湜琤", "middle", "农民工工资保证金返还把关不严", "二级", "返还经股室审核、分管领导审批。"),
        ("村镇建设股", "科员", "栾玙湉", "general", "危房改造补助资金发放不实", "二级", "补助资金一卡通直发，名单公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "hualong_housing_bureau_two_sheets",
        "https://www.zhetiaohe.com/ss/19e85b10ca06d569aad8c480e1c4836de8d1181ff58188602b3548946d1ff69ebe4f80142d076d0269bc7ca2e907ce0d.html",
        "县住房和城乡建设局's file in two sheets, after the source's page on a 住房和城乡建设 portal's 政务服务 "
        "(施工许可, 资质, 住房保障): ``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with "
        "股室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def hualong_property_centre_list() -> dict:
    unit = f"{PLACE}房产服务中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "部室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鄂璠沅", "leader", "商品房预售资金拨付审批违规", "制度机制风险", "高风险",
         "预售资金拨付经中心会议研究，银行共管。"),
        ("中心领导", "主任", "鄂璠沅", "leader", "物业服务企业评优打人情分", "岗位职责风险", "中风险",
         "评优细则公开，结果公示。"),
        ("产权登记部", "主任", "蒯琮潍", "middle", "房屋交易备案收受中介好处", "外部环境风险", "中风险",
         "备案材料网上核验，两人审核。"),
        ("维修资金部", "管理员", "隗湛珧", "general", "维修资金使用审核不严", "业务流程风险", "低风险",
         "维修资金使用经业主表决，按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "hualong_property_centre_list",
        "https://www.zhetiaohe.com/ss/ebf7cd3cfff6b54a750b036f8723675423009e4fb6ac8b8dc869aafecf7db4c5.html",
        "县房产服务中心 廉政风险防控一览表, after the source's page on 房建 and 市政 qualification grades: "
        "序号/部室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/``高风险/中风险/低风险``/"
        "防控措施; 填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def hualong_city_enforcement_group_rows() -> dict:
    unit = f"{PLACE}城市管理执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "郇翊澂", "leader", [
                ("重大行政处罚案件不经集体讨论", "一级风险", "重大案件集体讨论，法制审核。"),
                ("执法装备采购指定供应商", "二级风险", "采购按规定程序，结果公示。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "昝瑀泓", "middle", [
                ("违法建设查处以罚代拆", "一级风险", "查处全程记录，拆除情况复核。"),
                ("占道经营处罚随意减免", "三级风险", "处罚按裁量基准，票据统一管理。"),
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
        "hualong_city_enforcement_group_rows",
        "http://m.jianbiaoku.com/webarbs/book/20902.shtml",
        "县城市管理执法大队 廉政风险防控责任清单, after the source's page on a city's 建筑管理条例 (违法建设, "
        "处罚): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、大队领导``, ``二、执法一中队`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def hualong_qunke_town_cards() -> dict:
    unit = f"{PLACE}群科镇村镇建设管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "訾璟沄", "leader", [
            ("农村建房审批初审收受好处", "★★★", "初审公开条件，集体研究。"),
            ("村庄整治项目指定施工队", "★★", "项目比选，结果公示。"),
        ]),
        ("技术员", "扈瑨淏", "general", [
            ("农房质量巡查走过场", "★★", "巡查记录存档，所长抽查。"),
            ("违规代办建房手续收费", "★", "代办一律免费，公开监督电话。"),
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
        "hualong_qunke_town_cards",
        "https://www.zhetiaohe.com/ss/fb1ed841f1364ef3f65d85c7c10eb636985a6885b463f4251deb5b0016cd9e12.html",
        "群科镇村镇建设管理所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 技术员), after the source's page on "
        "房屋建筑工程质量奖惩: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` "
        "line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def hualong_bayan_town_selfchecks() -> dict:
    unit = f"{PLACE}巴燕镇村镇建设管理所"
    t = _Truth(unit)
    people = [
        ("佴珞潇", "所长", "leader", "所领导", [
            ("危房改造验收签字把关不严", "高", "验收两人以上，影像存档。"),
            ("村镇规划许可违规办理", "中", "许可条件公开，镇政府审定。"),
        ]),
        ("缑瑅沛", "规划员", "general", "规划组", [
            ("农房放线收受好处", "中", "放线结果当场公示，群众签字。"),
            ("建房资料私自外借", "低", "资料借阅登记，按期收回。"),
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
        sh.add("本人签名：", None, "所意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hualong_bayan_town_selfchecks",
        "https://abg.baidu.com/tags/xcr33kfxx625rmx2woq4xk6l4257vphmwlu3tjgx66yozn5i",
        "巴燕镇村镇建设管理所 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's page on "
        "a province's 房地产市场双随机检查 (检查对象, 检查人员): a label row ``姓　名 | 岗　位 | 所在部门`` over "
        "values, 序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 所意见：``",
        sheets, t,
    )  # fmt: skip


def hualong_gandu_town_posts() -> dict:
    unit = f"{PLACE}甘都镇村镇建设管理所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "所领导", "建设组"
    rows = [
        (a, "所长", "leader", "农房补助申报审核", "对不符合条件的农户出具审核意见", "岗位职责", "Ⅰ级",
         "审核结果村组公示，镇纪委抽查。"),
        (b, "技术员", "general", "建房现场巡查", "发现违建不报告不制止", "业务流程", "Ⅱ级",
         "巡查日志每日上报，所长复核。"),
        (b, "技术员", "general", "建材质量抽检", "接受建材商宴请放松抽检", "外部环境", "Ⅰ级",
         "抽检双人进行，样品封存。"),
        (b, "技术员", "general", "档案资料保管", "建房档案随意涂改", "思想道德", "Ⅲ级",
         "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：所领导", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "hualong_gandu_town_posts",
        "http://fengdujob.net/go/住房和城乡建设部是什么级别.html",
        "甘都镇村镇建设管理所 廉政风险点排查表 对岗不对人, after the source's page on the rank of the 住房和城乡建设 "
        "bodies from ministry to town: 部门 merged/岗位 merged/a short 风险点/a long 风险表现/short types/"
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def hualong_zhaba_town_duty_list() -> dict:
    unit = f"{PLACE}扎巴镇村镇建设管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "储翛琨", "leader", "农村住房保障", "住房保障对象优亲厚友", "一级",
         "保障对象三级审核，结果公示。"),
        ("所长", "储翛琨", "leader", "小型建设项目管理", "小型项目化整为零", "二级", "项目按限额报批。"),
        ("管理员", "逄璘涔", "general", "购房补贴政策宣传", "补贴申报材料审核不实", "二级",
         "材料逐项核对，名单公示。"),
        ("管理员", "逄璘涔", "general", "建房档案整理", "档案资料缺失不报", "三级", "档案按月清点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "hualong_zhaba_town_duty_list",
        "http://fengdujob.net/go/甘肃省购房新政策2019文件下载.html",
        "扎巴镇村镇建设管理所 廉政风险防控责任清单, after the source's page on a province's 购房新政策 (购房补贴, "
        "住房保障): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hualong_quality_station_type_and_level_clause(),
    hualong_housing_bureau_two_sheets(),
    hualong_property_centre_list(),
    hualong_city_enforcement_group_rows(),
    hualong_qunke_town_cards(),
    hualong_bayan_town_selfchecks(),
    hualong_gandu_town_posts(),
    hualong_zhaba_town_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch552-inbox"))

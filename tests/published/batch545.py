"""The five-hundred-and-forty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 工信 and 园区
bodies, 格尔木市 (海西州, 青海) — the 工业和信息化局, the 工业园区管理委员会, the 招商服务中心, the
中小企业服务中心 and the 经济发展办公室 of two 镇 (郭勒木德镇, 唐古拉山镇) and two 街道 (河西街道,
昆仑路街道) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 工业和信息化局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 招商服务中心's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 中小企业服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、企业服务股`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 郭勒木德镇经济发展办公室's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 唐古拉山镇经济发展办公室's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, 高/中/低, ``自查情况``;
- the 河西街道经济发展办公室's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点``
  beside a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 昆仑路街道经济发展办公室's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before
  the ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``golmud_park_points_after_fangzhi``: the 工业园区管理委员会's 一览表 has NO point column and NO
  measures column: its heading is ``序号 | 科室 | 岗位 | 责任人 | 廉政风险防控要点 | 风险等级``, and
  each ``廉政风险防控要点`` cell is ONE sentence that gives the measures first and closes with the
  risk they guard against, brought in by ``防止``: ``入园项目准入经评审委员会集体评议，评审结果公示，
  防止降低准入门槛引进不达标项目。``. The point is the clause after the last ``，防止`` (``降低准入门槛
  引进不达标项目``), the measures are what stands before it; nothing marks the split but the word
  ``防止`` (no label, no arrow, no line break, no bracket, no colon). The shape is about HOW THE POINT
  AND ITS MEASURES ARE WRITTEN: a 防控要点 written as an aim (“do X, so as to prevent Y”), as many
  offices write their 要点. The README's 读得懂的表 knows a point and its measures in one cell only
  when something parts them (labels ``风险点：…　防控措施：…``, an arrow, bullets, numbered lines,
  a blank line, a bracket ``（防控措施：…）``, typed spaces), the point FIRST; it knows measures
  quoting the point at their START (``针对风险点的防控措施`` with the point quoted), not a point
  standing at the END of the measures after ``防止``; no earlier batch has ``防控要点`` cells of
  this kind (``grep 防控要点``: only batch249's prose names the words).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page on what 工业和信息化部 does
— 行业规划, 运行监测, 中小企业, 节能; a study of the 腐败风险点 of 工业园区 管委会 — 权力集中,
政企不分, 工程项目, 招投标; a 招商实务 essay for 招商 departments — 产业规划, 项目谈判; a page on a
city's 中小企业服务中心 and its duties — 扶持政策, 社会化服务; a case of a 镇's 助企发展 system —
涉企服务事项, 双招双引, 项目服务; a 镇政府工作报告 — 工业科技奖励资金, 企业帮扶; an essay on
镇府经济 — the 镇 or 街道 as the unit of local economy, 产业, 资金投入; a province's guidance on
中小企业服务中心 down to 镇 and 街道 — 服务资源整合, 企业服务) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names); every unit is a body of 格尔木市
(``unit_words=("格尔木市",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch545`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the clause after the cell's last ``防止`` (without the closing
  ``。``), and the measures are the words before ``，防止``, no point; the level is the ``风险等级``
  column's (高/中/低 → 1/2/3); there is no type column, so no types;
- ``局领导`` (the 局's leaders' sheet) and ``中心领导`` are the 科室 of those leaders; a 局's 科, a
  中心's 股 or 部, a 管委会's 局 or 部 are 科室; a group row ``一、中心领导`` gives the 科室 ``中心领导``,
  ``二、企业服务股`` the 科室 ``企业服务股`` (its number left off), as batch 280, 537 and 541 did;
  the 郭勒木德镇 cards and the 昆仑路街道 list name a 科室 only where a cell does (they name none);
  the 唐古拉山镇 sheets write ``经济发展办公室`` in ``所在科室`` and that is their 科室 (as batch541's
  ``司法所``);
- every body is a unit of its own: a 局's 局长 and 副局长, a 管委会's 主任 and 副主任, a 中心's
  主任, an 办公室's 主任 are leaders; 科长, 股长 and 部长 are middle; the rest (科员, 专干,
  招商专员, 统计员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 河西街道 list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b545_"
PLACE = "格尔木市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
AIM = "，防止"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(防控措施 (the sentence's head), 风险点 (after 防止), 风险等级)])
AIMED = [
    ("管委会领导", "主任", "钭翀燊", "leader", [
        ("入园项目准入经评审委员会集体评议，评审结果公示", "降低准入门槛引进不达标项目", "高"),
        ("土地出让和优惠政策兑现经主任办公会研究并记录在案", "个人决定优惠政策兑现", "中"),
    ]),
    ("规划建设局", "局长", "郜瀚翊", "middle", [
        ("园区工程全部进入公共资源交易平台招标，纪检人员现场监督", "工程招标中围标串标", "高"),
        ("设计变更和签证实行监理、跟审、建设单位三方会签", "随意变更设计虚增工程量", "中"),
    ]),
    ("企业服务部", "科员", "巩甯玹", "general", [
        ("企业入驻手续一次性告知、限时办结", "刁难企业吃拿卡要", "中"),
        ("企业报送数据专人保管、借阅登记", "泄露企业经营数据", "低"),
    ]),
]  # fmt: skip


def golmud_park_points_after_fangzhi() -> dict:
    unit = f"{PLACE}工业园区管理委员会"
    sh = _Sheet("一览表", [6, 12, 9, 9, 56, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险防控要点", "风险等级")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in AIMED:
        for measures, point, lv in points:
            n += 1
            sh.add(n, dept, post, who, f"{measures}{AIM}{point}。", lv)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年9月", None)
    return _layout(
        "golmud_park_points_after_fangzhi",
        "https://jxxfw.com/periodical/30b7c201a6464d2226fa951ca0ae6c15.html",
        "(harder) 市工业园区管理委员会 岗位廉政风险防控一览表, after the source's study of the 腐败风险点 of "
        "工业园区 管委会 (权力集中, 政企不分, 工程项目, 招投标): 序号/科室 merged/岗位 and 责任人 merged per "
        "person/ONE ``廉政风险防控要点`` column whose cells give the measures and close with the POINT "
        "after ``，防止``/高/中/低; no point or measures column, no type; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def golmud_industry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}工业和信息化局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("靳翯璠", "局长", "主持全面工作", [
            ("工业专项资金分配个人说了算", "一级", "专项资金分配经党组会集体研究，结果公示。"),
            ("干部选拔任用不按程序", "二级", "选任全程纪实，党组集体决定。"),
        ]),
        ("檀玥骢", "副局长", "分管节能监察和信息化", [
            ("节能监察对企业违规行为降格处理", "一级", "监察结果集体审定，处罚决定公开。"),
            ("信息化项目验收放宽标准", "二级", "验收邀请第三方参加，验收资料存档。"),
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
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("运行监测科", "科长", "昝翊琛", "middle", "规上企业统计数据弄虚作假", "一级", "数据双人复核，定期抽查企业台账。"),
        ("运行监测科", "科长", "昝翊琛", "middle", "企业运行调度中接受宴请", "三级", "调度走访两人同行，节前廉洁提醒。"),
        ("中小企业科", "科员", "隗澍屹", "general", "专精特新企业推荐材料把关不严", "二级", "推荐材料初审、复审两级把关。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "golmud_industry_bureau_two_sheets",
        "https://www.gongweng.com/zs/453787.html",
        "市工业和信息化局's file in two sheets, after the source's page on what 工业和信息化部 does "
        "(行业规划, 运行监测, 中小企业, 节能): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` "
        "with 股室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def golmud_investment_center_list() -> dict:
    unit = f"{PLACE}招商服务中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郇瑢晞", "leader", "招商引资协议条款把关不严", "岗位职责风险", "高风险",
         "协议文本经法律顾问审查，重大协议集体研究。"),
        ("中心领导", "主任", "郇瑢晞", "leader", "招商考察经费超标准列支", "制度机制风险", "低风险",
         "考察计划事前报批，费用按标准报销。"),
        ("项目推进部", "部长", "詹璆霈", "middle", "项目落地跟踪服务推诿拖延", "业务流程风险", "中风险",
         "项目服务实行台账管理，按月通报。"),
        ("项目推进部", "招商专员", "暨翾湲", "general", "与客商私下约定好处", "思想道德风险", "高风险",
         "洽谈两人以上参加，洽谈情况书面记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "golmud_investment_center_list",
        "https://cnzsr.com/e/DoPrint/?classid=30&id=8039",
        "市招商服务中心 廉政风险防控一览表, after the source's 招商实务 essay (产业规划, 项目谈判): 序号/科室 "
        "merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/``高风险/中风险/低风险``/防控措施; "
        "填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def golmud_sme_center_group_rows() -> dict:
    unit = f"{PLACE}中小企业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "缑珩瀞", "leader", [
                ("中小企业发展专项资金推荐优亲厚友", "一级风险", "推荐名单集体审定并公示。"),
                ("服务机构购买服务定向委托", "二级风险", "购买服务按规定比选，结果公开。"),
            ]),
        ]),
        ("二、企业服务股", "企业服务股", [
            ("股长", "沃玙翚", "middle", [
                ("融资担保推荐收受企业好处", "一级风险", "推荐条件公开，推荐结果两人复核。"),
                ("企业诉求办理拖延不报", "三级风险", "诉求登记编号，超时预警。"),
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
        "golmud_sme_center_group_rows",
        "http://crsrw.com/qiyezixunchaxun/126036.html",
        "市中小企业服务中心 廉政风险防控责任清单, after the source's page on a city's 中小企业服务中心 and its "
        "duties (扶持政策, 社会化服务): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、企业服务股`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def golmud_guolemude_office_cards() -> dict:
    unit = f"{PLACE}郭勒木德镇经济发展办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "蒉翊湛", "leader", [
            ("涉企服务事项审核把关不严", "★★★", "涉企事项主任审核，重大事项镇党委研究。"),
            ("项目服务中接受企业宴请", "★★", "项目服务公开承诺，企业评议。"),
        ]),
        ("专干", "伏瑷澴", "general", [
            ("企业帮扶资金申报材料审核走过场", "★★", "申报材料逐项核对，名单公示。"),
            ("企业台账更新不及时", "★", "台账按月更新，季末检查。"),
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
        "golmud_guolemude_office_cards",
        "http://bzw.zs.gov.cn/main/list/view/index.action?did=5&id=1576",
        "镇经济发展办公室 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 专干), after the source's case of "
        "a 镇's 助企发展 system (涉企服务事项, 双招双引, 项目服务): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def golmud_tanggula_office_selfchecks() -> dict:
    unit = f"{PLACE}唐古拉山镇经济发展办公室"
    t = _Truth(unit)
    people = [
        ("芮翙珺", "主任", "leader", "经济发展办公室", [
            ("工业科技奖励资金审核不严", "高", "奖励资金按办法审核，结果公示。"),
            ("企业帮扶对象确定随意", "中", "帮扶对象集体研究确定。"),
        ]),
        ("郏霂熠", "统计员", "general", "经济发展办公室", [
            ("工业产值统计数据虚报", "中", "数据与税务、电力数据比对，主任审核。"),
            ("企业名录资料随意外借", "低", "资料借阅登记，按期归还。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "镇意见：", None, None)
        sheets.append(sh)
    return _layout(
        "golmud_tanggula_office_selfchecks",
        "http://6dgww.com/Article/2151323.html",
        "镇经济发展办公室 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's "
        "镇政府工作报告 (工业科技奖励资金, 企业帮扶): a label row ``姓　名 | 岗　位 | 所在科室`` over values, "
        "序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 镇意见：``",
        sheets, t,
    )  # fmt: skip


def golmud_hexi_office_posts() -> dict:
    unit = f"{PLACE}河西街道经济发展办公室"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "办公室领导", "企业服务组", "招商组"
    rows = [
        (a, "主任", "leader", "涉企检查安排", "对关系企业少检查、不检查", "制度机制", "Ⅰ级",
         "检查对象随机抽取，结果通报。"),
        (b, "专干", "general", "企业诉求办理", "收受企业好处优先办理诉求", "外部环境", "Ⅱ级",
         "诉求按登记先后办理，办理结果回访。"),
        (c, "招商专员", "general", "招商线索报送", "虚报招商线索骗取奖励", "思想道德", "Ⅰ级",
         "线索报送附洽谈记录，经办公室核实。"),
        (c, "招商专员", "general", "客商接待", "接待超标准列支", "岗位职责", "Ⅲ级",
         "接待事前审批，清单报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：企业服务组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "golmud_hexi_office_posts",
        "https://www.skdv.cn/all/jie-ma-zhen-fu-jing-ji-jie-mi-di-fang-fa-zhan-de-xin-yin-qing.html",
        "街道经济发展办公室 廉政风险点排查表 对岗不对人, after the source's essay on 镇府经济 (the 镇 or "
        "街道 as the unit of local economy: 产业, 资金投入, 人才): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/"
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def golmud_kunlunlu_office_duty_list() -> dict:
    unit = f"{PLACE}昆仑路街道经济发展办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "阚璟翃", "leader", "招商引资协议初审", "对客商资质核实走过场", "一级",
         "客商资质多渠道核实，初审意见书面留存。"),
        ("主任", "阚璟翃", "leader", "辖区企业奖补申报", "奖补申报材料把关不严", "二级", "奖补名单公示，抽查材料。"),
        ("专干", "鄂翛蘅", "general", "企业走访服务", "走访中收受企业礼品", "二级",
         "走访记录企业签字，回访评议。"),
        ("专干", "鄂翛蘅", "general", "经济数据报送", "报送数据随意改动", "三级", "数据改动登记并说明。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "golmud_kunlunlu_office_duty_list",
        "http://chinakuaiyin.cn/new/34749.html",
        "街道经济发展办公室 廉政风险防控责任清单, after the source's provincial guidance on 中小企业服务中心 down to 镇 and 街道 (服务资源整合, 企业服务): "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    golmud_park_points_after_fangzhi(),
    golmud_industry_bureau_two_sheets(),
    golmud_investment_center_list(),
    golmud_sme_center_group_rows(),
    golmud_guolemude_office_cards(),
    golmud_tanggula_office_selfchecks(),
    golmud_hexi_office_posts(),
    golmud_kunlunlu_office_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch545-inbox"))

"""The five-hundred-and-forty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 司法 and
信访 bodies, 金川区 (金昌市, 甘肃) — the 司法局, the 信访局, the 公证处, the 法律援助中心 and the
司法所 of three 街道 (滨河路街道, 桂林路街道, 北京路街道) and one 镇 (宁远堡镇) — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 司法局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 公证处's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 法律援助中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、受理指派股`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 滨河路街道司法所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 桂林路街道司法所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, 高/中/低, ``自查情况``;
- the 北京路街道司法所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 宁远堡镇司法所's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``jinchuan_petition_point_under_measures_heading``: the 信访局's 一览表 has the heading
  ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, but the staff typed
  each row's POINT into the LAST column (the one headed ``防控措施``) and its MEASURES into the
  column headed ``廉政风险点``: under ``廉政风险点`` stand numbered measures
  (``1.来信来访一律登记录入系统；⏎2.登记情况每周抽查。``), under ``防控措施`` the short point
  (``信访件登记不全、压件不办``). The two heading cells are over each other's values, as when a
  template's last column is taken for the point; nothing but the cells' wording tells it (the
  measures are numbered sentences of what is done, the points short phrases of what goes wrong).
  The shape is about WHERE THE POINT AND ITS MEASURES STAND. The README's 读得懂的表 and the
  earlier batches know headings over each other's values only for the holder (``姓名 | 岗位``
  over post and name, batch213) and for the type and level (``风险类型`` and ``风险等级``); they
  know a point and its measures in one cell (labels, arrow, bullets, numbers, blank line,
  brackets) and measures before the point only as columns rightly headed. None has the
  ``廉政风险点`` and ``防控措施`` headings over each other's values.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an essay on 社区矫正 and its
职业风险 at a district 司法局 — 矫正帮教科, 司法所; a page on what 信访工作 is and its duties —
登记, 交办, 督办, 答复; the 公证程序规则 — 受理, 审查, 出证, 收费; the 法律援助法's articles on
补贴 and 减免; a report on a 街道司法所 — 所长, 人民调解, 安置帮教, 法律援助; a visit to 街道司法所
— 人民调解室, 社区矫正室, 档案; a training outline for 司法助理员 — 司法所的性质, 人民调解; a
司法所's year report — 调解员培训, 矛盾纠纷排查) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 金川区 (``unit_words=("金川区",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch541`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text under ``防控措施`` (the short phrase of what goes
  wrong) and the numbered sentences under ``廉政风险点`` are its measures, no point: the cells'
  wording, not the heading, tells which is which; the level is the ``风险等级`` column's
  (高/中/低 → 1/2/3), the types the ``风险类型`` column's;
- ``局领导`` (the 局's leaders' sheet) and ``中心领导`` are the 科室 of those leaders; a 局's 股 or
  科, a 中心's 股, a 公证处's 部 are 科室; a group row ``一、中心领导`` gives the 科室 ``中心领导``,
  ``二、受理指派股`` the 科室 ``受理指派股`` (its number left off), as batch 280 and 537 did; the
  滨河路街道 cards and the 宁远堡镇 list name a 科室 only where a cell does (they name none); the
  桂林路街道 sheets write ``司法所`` in ``所在科室`` and that is their 科室 (as batch537's ``财政所``);
- every body is a unit of its own: a 局's 局长 and 副局长, a 中心's and a 公证处's 主任, a 所's
  所长 are leaders; 股长, 科长 and 部长 are middle; the rest (科员, 公证员, 调解员, 矫正专干,
  司法助理员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 北京路街道司法所's list names no person: its forms are posts
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

PREFIX = "b541_"
PLACE = "金川区"
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

# (科室, 岗位, 责任人, tier, [(风险点, 防控措施 (numbered lines), 风险类型, 风险等级)])
SWAPPED = [
    ("局领导", "局长", "笪渼祎", "leader", [
        ("重大信访事项处理个人说了算",
         "1.重大信访事项经局务会集体研究；\n2.处理意见报区联席会议备案。", "制度机制", "高"),
        ("信访积案化解资金审批随意",
         "1.化解资金按程序报批；\n2.资金使用情况按季公开。", "岗位职责", "中"),
    ]),
    ("来访接待科", "科长", "綦骞洺", "middle", [
        ("信访件登记不全、压件不办",
         "1.来信来访一律登记录入系统；\n2.登记情况每周抽查。", "业务流程", "高"),
        ("接受信访人请托代为转办",
         "1.转办事项按职责交办，留痕备查；\n2.节前开展廉洁提醒。", "思想道德", "中"),
    ]),
    ("督查督办科", "科员", "邰瑗甯", "general", [
        ("督办结果不实、办结率虚报",
         "1.办结情况电话回访核实；\n2.办结率数据双人复核。", "岗位职责", "中"),
        ("泄露信访人信息和举报材料",
         "1.信访材料专柜存放、借阅登记；\n2.签订保密承诺书。", "外部环境", "低"),
    ]),
]  # fmt: skip


def jinchuan_petition_point_under_measures_heading() -> dict:
    unit = f"{PLACE}信访局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in SWAPPED:
        for point, measures, typ, lv in points:
            n += 1
            sh.add(n, dept, post, who, measures, typ, lv, point)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "jinchuan_petition_point_under_measures_heading",
        "http://fengdujob.net/go/信访工作性质是什么内容和职责.html",
        "(harder) 区信访局 岗位廉政风险防控一览表, after the source's page on what 信访工作 is and its duties "
        "(登记, 交办, 督办, 答复): 序号/科室 merged/岗位 and 责任人 merged per person/``廉政风险点`` over "
        "numbered MEASURES/short types/高/中/低/``防控措施`` over the short POINTS (the two headings over "
        "each other's values); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jinchuan_justice_bureau_two_sheets() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯翾珩", "局长", "主持全面工作", [
            ("律师事务所设立审核说情打招呼", "一级", "设立审核经局党组会研究，结果公开。"),
            ("干部选拔任用个人说了算", "二级", "选任全程纪实，党组集体决定。"),
        ]),
        ("栾皛玥", "副局长", "分管社区矫正和安置帮教", [
            ("社区矫正对象请假审批放宽", "一级", "请假审批两级审核，系统留痕。"),
            ("矫正对象考核奖惩徇私", "二级", "考核结果集体评议并公示。"),
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
        ("矫正帮教科", "科长", "逯昶霖", "middle", "调查评估意见受人请托", "一级", "调查评估两人以上，意见集体研究。"),
        ("矫正帮教科", "科长", "逯昶霖", "middle", "脱管漏管问题瞒报", "三级", "每月与公安信息比对。"),
        ("法治宣传科", "科员", "酆澔霆", "general", "普法宣传物资采购虚报", "二级", "采购三家比价，验收两人签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "jinchuan_justice_bureau_two_sheets",
        "https://m.fx361.cc/news/2018/0822/16648857.html",
        "区司法局's file in two sheets, after the source's essay on 社区矫正 and its 职业风险 at a district "
        "司法局 (矫正帮教科, 司法所): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with "
        "股室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def jinchuan_notary_office_list() -> dict:
    unit = f"{PLACE}公证处"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "主任", "亓媞瑄", "leader", "公证书审批把关不严", "岗位职责风险", "高风险",
         "审批人不得审批本人承办的公证书，重大事项集体讨论。"),
        ("处领导", "主任", "亓媞瑄", "leader", "公证费减免随意", "制度机制风险", "低风险",
         "减免按规定报批并登记。"),
        ("业务部", "部长", "芮祎蓁", "middle", "受理不符合条件的公证申请", "业务流程风险", "中风险",
         "受理条件一次性告知，复核后受理。"),
        ("业务部", "公证员", "扈琰湜", "general", "核实走过场出具失实公证书", "思想道德风险", "高风险",
         "核实情况记录附卷，抽查复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "jinchuan_notary_office_list",
        "https://zh.wikisource.org/zh-hant/%E5%85%AC%E8%AF%81%E7%A8%8B%E5%BA%8F%E8%A7%84%E5%88%99_(2020%E5%B9%B4)",
        "区公证处 廉政风险防控一览表, after the source's 公证程序规则 (受理, 审查, 出证, 收费): 序号/科室 "
        "merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/``高风险/中风险/低风险``/防控措施; "
        "填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def jinchuan_legal_aid_group_rows() -> dict:
    unit = f"{PLACE}法律援助中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "宦琮溆", "leader", [
                ("办案补贴审核发放不实", "一级风险", "补贴按结案材料审核，集体审定后发放。"),
                ("援助律师指派优亲厚友", "二级风险", "指派按轮派名册进行，结果公示。"),
            ]),
        ]),
        ("二、受理指派股", "受理指派股", [
            ("股长", "缪珧菡", "middle", [
                ("经济困难审查降低标准", "一级风险", "审查材料两人核对，不予援助的书面告知。"),
                ("受理申请拖延推诿", "三级风险", "受理时限公开，超时预警。"),
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
        "jinchuan_legal_aid_group_rows",
        "https://sf.sz.gov.cn/hdjl/ywzsk/flyzgl/content/post_11952734.html",
        "区法律援助中心 廉政风险防控责任清单, after the source's 法律援助法 articles on 补贴 and 减免: "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、受理指派股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jinchuan_binhe_office_cards() -> dict:
    unit = f"{PLACE}滨河路街道司法所"
    t = _Truth(unit)
    cards = [
        ("所长", "衡璐澂", "leader", [
            ("人民调解协议把关不严", "★★★", "调解协议所长审核，重大纠纷集体研究。"),
            ("以案谋私收受当事人财物", "★★", "调解公开进行，当事人评议。"),
        ]),
        ("调解员", "却濬翎", "general", [
            ("调解中偏袒一方", "★★", "调解过程记录在案，回访当事人。"),
            ("调解档案整理不及时", "★", "档案按月归档，年末检查。"),
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
        "jinchuan_binhe_office_cards",
        "http://news.jstv.com/a/20180305/1520179277397.shtml",
        "街道司法所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 调解员), after the source's report on a "
        "街道司法所 (所长, 人民调解, 安置帮教, 法律援助): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def jinchuan_guilin_office_selfchecks() -> dict:
    unit = f"{PLACE}桂林路街道司法所"
    t = _Truth(unit)
    people = [
        ("蔺暐瑊", "所长", "leader", "司法所", [
            ("社区矫正对象外出审批不严", "高", "外出审批按权限办理，登记备查。"),
            ("安置帮教资金发放截留", "中", "帮教资金直达对象，名单公示。"),
        ]),
        ("薄霁骁", "矫正专干", "general", "司法所", [
            ("矫正对象报到走访弄虚作假", "中", "走访留存照片和签字，所长抽查。"),
            ("矫正档案随意借阅", "低", "档案借阅登记，按期归还。"),
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
        sh.add("本人签名：", None, "街道意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jinchuan_guilin_office_selfchecks",
        "http://m.news.wmxa.cn/weiyang/201711/519913.html",
        "街道司法所 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's visit to "
        "街道司法所 (人民调解室, 社区矫正室, 档案): a label row ``姓　名 | 岗　位 | 所在科室`` over values, "
        "序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 街道意见：``",
        sheets, t,
    )  # fmt: skip


def jinchuan_beijing_office_posts() -> dict:
    unit = f"{PLACE}北京路街道司法所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "所领导", "人民调解组", "社区矫正组"
    rows = [
        (a, "所长", "leader", "法律服务所业务监管", "对辖区法律服务工作者违规收费不查处", "制度机制", "Ⅰ级",
         "收费标准公开，投诉逐件核查。"),
        (b, "司法助理员", "general", "矛盾纠纷排查", "排查走过场，瞒报重大纠纷", "岗位职责", "Ⅱ级",
         "排查台账每半月报所长审阅。"),
        (c, "矫正专干", "general", "矫正对象日常管理", "收受矫正对象好处放松管理", "外部环境", "Ⅰ级",
         "定位核查与走访相结合，结果通报。"),
        (c, "矫正专干", "general", "公益活动记录", "虚记矫正对象公益活动时长", "思想道德", "Ⅲ级",
         "活动记录附现场照片，社区签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：社区矫正组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "jinchuan_beijing_office_posts",
        "https://damarti.com/rlzy/809822.html",
        "街道司法所 廉政风险点排查表 对岗不对人, after the source's training outline for 司法助理员 "
        "(司法所的性质, 人民调解): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/"
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def jinchuan_ningyuanpu_office_duty_list() -> dict:
    unit = f"{PLACE}宁远堡镇司法所"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "郦玹琮", "leader", "村级调解员培训", "培训经费虚列套取", "一级",
         "培训经费按实报销，签到表附后。"),
        ("所长", "郦玹琮", "leader", "调解员以案定补", "以案定补申报不实", "二级", "补贴名单公示，抽查卷宗。"),
        ("调解员", "勾湉翯", "general", "矛盾纠纷调处", "调处纠纷收受礼品", "二级",
         "调处结果当事人签字，回访评议。"),
        ("调解员", "勾湉翯", "general", "法治宣传资料发放", "宣传资料私自处理", "三级", "资料领用登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "jinchuan_ningyuanpu_office_duty_list",
        "https://98523.com/fanwen/gongzuocailiao/c419/201112/159200_2.html",
        "镇司法所 廉政风险防控责任清单, after the source's 司法所 year report (调解员培训, 矛盾纠纷排查): "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jinchuan_petition_point_under_measures_heading(),
    jinchuan_justice_bureau_two_sheets(),
    jinchuan_notary_office_list(),
    jinchuan_legal_aid_group_rows(),
    jinchuan_binhe_office_cards(),
    jinchuan_guilin_office_selfchecks(),
    jinchuan_beijing_office_posts(),
    jinchuan_ningyuanpu_office_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch541-inbox"))

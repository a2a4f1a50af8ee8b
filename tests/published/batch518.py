"""The five-hundred-and-eighteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 人社 and
医保 bodies, 平川区 (a district of 白银, 甘肃) — its 人力资源和社会保障局, 医疗保障局, 就业服务中心,
社会保险事务中心, 劳动保障监察大队, and the 医疗保障服务中心, 劳动人事争议仲裁院 and 人才服务中心 beside
them — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 人力资源和社会保障局's 一览表: ``科室 | 岗位 | 责任人`` on every row, a ``风险点``, short types,
  高/中/低;
- the 医疗保障局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 就业服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 社会保险事务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 医疗保障服务中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 劳动人事争议仲裁院's 责任清单 under GROUP ROWS ``一、院领导`` / ``二、仲裁庭`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 人才服务中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``Ⅰ/Ⅱ/Ⅲ``, no type column.

One is harder:

- ``pingchuan_inspection_post_bands``: the 劳动保障监察大队's 公示表 lays EACH POST OUT AS A BAND OF
  FOUR ROWS stacked down the sheet. The heading is ``序号 | 岗位 | 姓名 | 项　目 | 第一项 | 第二项 |
  第三项``; under it each post takes four rows whose fourth column holds a ROW LABEL — ``廉政风险点``,
  ``风险类型``, ``风险等级``, ``防控措施`` — and whose last three columns hold the post's points
  ACROSS, one a column, so a point's type, level and measures are the cells UNDER it in the same
  column of the band; ``序号``, ``岗位`` and ``姓名`` are merged down over the band; a post with two
  points leaves its ``第三项`` column blank in all four rows. The shape is about HOW ROWS AND COLUMNS
  ARE ARRANGED: records run across, fields down, and the block repeats per post. The README's
  读得懂的表 knows a 横放的表 whose labels stand down ONE column once with each column a point of one
  承办科室, batch287's transposed table whose column-A labels hold ``风险点N | 风险等级`` pairs with
  EACH COLUMN A POST, the wall 公示栏 with level BANDS as rows, ``风险点1 | 风险等级 | 风险点2 | …``
  pairs across one row, the two-row 防控卡 (a ``风险点`` row, then a ``防控措施`` row) and stacked
  labelled blocks of ONE point each; none is an ordinary heading row over per-post bands of labelled
  rows whose columns are the post's points. Read as an ordinary list, each band's first row is one
  record of a post whose ``项　目`` is ``廉政风险点``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 人社 十四五 plan — 就业, 社会保障,
人才, 劳动关系, 欠薪治理; a 智慧人社 procurement — 社保卡, 经办; two reports of one 人社 service moved to
社区 — 就业登记, 参保, 资格认证; a 医保 notice on 飞行检查 and 线索核查 — 违规查处, 智能监管; three
explainers on 劳动保障监察 — what it is (工资支付, 投诉举报, 责令改正), the 制度 (社会保险, 程序), where
it stands beside 仲裁) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 平川区
(``unit_words=("平川区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch518`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each non-blank column of a band's ``廉政风险点`` row is one point of the band's
  post and holder; its type, level and measures are the cells below it in the same band; the
  ``项　目`` labels and the ``第一项…`` headings are no points; the 大队 names no 科室 (department "");
- ``局领导`` (the 医疗保障局's leaders' sheet) is the 科室 of those leaders; a 局's 股 and 科, a
  中心's 部 and 室 are 科室; group rows ``一、院领导`` and ``二、仲裁庭`` give the 科室 ``院领导`` and
  ``仲裁庭`` (number left off), as batch 280, 507 and 513 did; a card names a 科室 only where a cell
  does (``所在科室``);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 院's 院长, a 大队's
  大队长 are leaders; 股长, 科长, 部长, 室主任, 中队长 and 仲裁庭's 庭长 middle; the rest (科员,
  经办员, 监察员, 仲裁员, 审核员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 就业服务中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``Ⅰ/Ⅱ/Ⅲ``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险``
  and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b518_"
PLACE = "平川区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
BAND = ("廉政风险点", "风险类型", "风险等级", "防控措施")
SLOTS = ("第一项", "第二项", "第三项")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
INSPECTION = [
    ("大队长", "禚瑆漪", "leader", [
        ("欠薪案件立案选择性受理", "岗位职责", "一级", "投诉一律登记，立案情况每月通报。"),
        ("行政处理决定畸轻畸重", "制度机制", "一级", "处理决定集体审议，按裁量基准执行。"),
        ("接受用人单位宴请", "思想道德", "二级", "签订廉洁执法承诺书。"),
    ]),
    ("中队长", "隗澍琰", "middle", [
        ("专项检查提前透露检查对象", "业务流程", "二级", "检查对象双随机抽取，出发前告知。"),
        ("工资保证金返还把关不严", "制度机制", "二级", "返还材料两人审核，分管领导审签。"),
    ]),
    ("监察员", "郜沄珺", "general", [
        ("调查取证不全、记录不实", "岗位职责", "二级", "询问笔录当场签字，执法记录仪全程记录。"),
        ("为用人单位通风报信", "外部环境", "三级", "案件信息保密，违者严肃追责。"),
    ]),
]  # fmt: skip


def pingchuan_inspection_post_bands() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    sh = _Sheet("公示表", [6, 10, 10, 12, 30, 30, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控公示表", 7)
    sh.add("序号", "岗位", "姓名", "项　目", *SLOTS)
    for n, (post, who, tier, points) in enumerate(INSPECTION, 1):
        top = len(sh.rows)
        for k, label in enumerate(BAND):
            cells = [p[k] for p in points] + [None] * (len(SLOTS) - len(points))
            sh.add(n if k == 0 else None, post if k == 0 else None,
                   who if k == 0 else None, label, *cells)  # fmt: skip
        for c in (0, 1, 2):
            sh.merge(top, c, top + len(BAND) - 1, c)
        for point, typ, lv, _measures in points:
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "pingchuan_inspection_post_bands",
        "https://www.wxjjjcw.com/ldgs/8480551002.html",
        "(harder) 劳动保障监察大队 岗位廉政风险防控公示表, after the source's explainer on 劳动保障监察 "
        "(工资支付, 投诉举报, 责令改正): heading ``序号 | 岗位 | 姓名 | 项　目 | 第一项 | 第二项 | 第三项``, then "
        "EACH POST A BAND OF FOUR ROWS labelled ``廉政风险点 / 风险类型 / 风险等级 / 防控措施`` in column D, the "
        "post's points ACROSS the last three columns (type, level, measures under each point); 序号/岗位/姓名 "
        "merged over the band; short types; ``一级/二级/三级``; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pingchuan_hrss_list() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "冼曜瑧", "middle", "办公用品采购虚报价格", "制度机制", "中",
         "采购询价三家以上，入库登记。"),
        ("就业促进股", "股长", "琴滢璐", "middle", "创业担保贷款推荐不按条件", "岗位职责", "高",
         "推荐名单股室集体研究，公示五日。"),
        ("人才开发股", "科员", "蒯晞瓅", "general", "职称评审材料审核放宽标准", "业务流程", "中",
         "材料初审、复审分人，评审结果公示。"),
        ("劳动关系股", "科员", "闻人澈珂", "general", "劳动合同备案受人请托", "外部环境", "低",
         "备案网上办理，定期抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "pingchuan_hrss_list",
        "https://www.gcs66.com/document_detail/95161.html",
        "区人力资源和社会保障局 岗位廉政风险防控一览表, after the source's 人社 十四五 plan (就业, 人才, 劳动关系): "
        "序号/科室/岗位/责任人/风险点/风险类型 (short)/高/中/低/防控措施 on EVERY row; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def pingchuan_healthcare_two_sheets() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("缪璆湲", "局长", "主持全面工作", [
            ("定点医药机构准入个人说了算", "一级", "准入评估集体研究，结果公示。"),
            ("干预医保基金违规案件查处", "二级", "案件查处全程记录，重大案件集体审议。"),
        ]),
        ("揭沅琮", "副局长", "分管基金监管", [
            ("飞行检查发现问题降格处理", "一级", "检查问题清单当场确认，处理结果公开。"),
            ("收受定点机构礼金", "三级", "开展警示教育，签订廉洁承诺。"),
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
    dept = _Sheet("科室", [6, 16, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("基金监管股", "股长", "宓琇璘", "middle", "智能监控疑点核查走过场", "一级", "疑点核查两人以上，结果复核。"),
        ("医药价格和招采股", "科员", "鄢澜琤", "general", "药品耗材挂网审核不严", "二级", "挂网材料双人审核，留痕备查。"),
        ("医药价格和招采股", "科员", "鄢澜琤", "general", "向企业泄露集采信息", "三级", "集采信息保密，违规追责。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "pingchuan_healthcare_two_sheets",
        "https://www.315jiage.cn/mn601168p2.aspx",
        "区医疗保障局's file in two sheets, after the source's 医保 notice on 飞行检查 and 线索核查 (违规查处, 智能监管): "
        "``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; ``一级/二级/三级``; "
        "no type",
        [lead, dept], t,
    )  # fmt: skip


def pingchuan_jobs_posts() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "就业援助部", "职业培训部"
    rows = [
        (a, "经办员", "general", "公益性岗位认定", "为不符合条件人员认定就业困难身份", "岗位职责风险", "Ⅰ级",
         "认定材料入户核实，名单公示。"),
        (a, "经办员", "general", "社保补贴发放", "虚报冒领岗位补贴、社保补贴", "业务流程风险", "Ⅱ级", "补贴按月比对参保数据。"),
        (b, "审核员", "general", "培训补贴审核", "培训人数、课时虚报不核查", "制度机制风险", "Ⅱ级", "培训现场抽查，考勤人脸识别。"),
        (b, "审核员", "general", "培训机构遴选", "接受培训机构好处", "思想道德风险", "Ⅲ级", "机构遴选公开招标。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合部", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "pingchuan_jobs_posts",
        "http://m.fljgs.cn/show-20554-8451-1.html",
        "区就业服务中心 廉政风险点排查表 对岗不对人, after the source on 人社 services moved to 社区 (就业登记, 岗位推荐): "
        "科室 merged/岗位 merged/a short 风险点/a long 风险表现/``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def pingchuan_insurance_cards() -> dict:
    unit = f"{PLACE}社会保险事务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "亓翾沛", "leader", [
            ("基金支付审批把关不严", "★★★", "大额支付集体研究，复核后审批。"),
            ("信息系统权限分配随意", "★★", "权限按岗分配，定期清理。"),
        ]),
        ("经办员", "庹璎湉", "general", [
            ("违规办理提前退休", "★★★", "退休审批材料档案核查，公示。"),
            ("待遇资格认证不核实", "★", "资格认证与死亡数据比对。"),
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
        "pingchuan_insurance_cards",
        "https://www.wxjjjcw.com/ldgs/8565753409.html",
        "区社会保险事务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 经办员), after the source's explainer on "
        "劳动保障监察制度 (社会保险, 工资支付): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` "
        "line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def pingchuan_medical_selfchecks() -> dict:
    unit = f"{PLACE}医疗保障服务中心"
    t = _Truth(unit)
    people = [
        ("晁滢珺", "副主任", "leader", "", [
            ("异地就医备案审核放宽", "高风险", "备案材料两级审核。"),
            ("医疗费用手工报销不核对", "中风险", "报销票据逐张核验，系统比对。"),
        ]),
        ("冉琬澈", "经办员", "general", "待遇结算部", [
            ("慢特病认定照顾熟人", "中风险", "认定结果专家复核，公示。"),
            ("结算数据擅自修改", "低风险", "数据修改留痕，按月抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept or "中心领导", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept or "中心领导", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "中心意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pingchuan_medical_selfchecks",
        "http://nmg.zhonghongwang.com/show-195-20246-1.html",
        "区医疗保障服务中心 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's account of 人社 "
        "services in 社区 (参保, 资格认证): a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 中心意见：``",
        sheets, t,
    )  # fmt: skip


def pingchuan_arbitration_group_rows() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "訾沣璟", "leader", [
                ("干预仲裁案件裁决", "一级风险", "案件合议，过问案件登记。"),
                ("仲裁员聘任不按程序", "三级风险", "聘任名单集体研究并公示。"),
            ]),
        ]),
        ("二、仲裁庭", "仲裁庭", [
            ("仲裁员", "逄潆瑄", "general", [
                ("私下会见当事人", "一级风险", "严格执行回避和会见登记制度。"),
                ("调解书内容偏袒一方", "二级风险", "调解书经庭长审核。"),
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
        "pingchuan_arbitration_group_rows",
        "https://www.wxjjjcw.com/ldgs/8985358061.html",
        "区劳动人事争议仲裁院 廉政风险防控责任清单, after the source's explainer on where 劳动保障监察 stands (仲裁, 争议处理): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、院领导``, "
        "``二、仲裁庭`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def pingchuan_talent_duty_list() -> dict:
    unit = f"{PLACE}人才服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "眭沚琰", "leader", "人才引进", "引进人才资格审核降低条件", "Ⅰ", "资格审核集体研究，结果公示。"),
        ("主任", "眭沚琰", "leader", "档案管理", "违规查阅、涂改人事档案", "Ⅱ", "档案查阅审批登记。"),
        ("科员", "厍珞滢", "general", "社保卡业务", "社保卡代办不核实身份", "Ⅱ", "代办须核验委托书和身份证。"),
        ("科员", "厍珞滢", "general", "人才补贴发放", "补贴名单虚报", "Ⅲ", "补贴名单与参保数据比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "pingchuan_talent_duty_list",
        "https://cgwenjian.com/view/file/202412020001584499",
        "区人才服务中心 廉政风险防控责任清单, after the source's 智慧人社 procurement (社保卡, 经办): 序号/岗位 and 姓名 "
        "merged per person/``职责事项``/廉政风险点/bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pingchuan_inspection_post_bands(),
    pingchuan_hrss_list(),
    pingchuan_healthcare_two_sheets(),
    pingchuan_jobs_posts(),
    pingchuan_insurance_cards(),
    pingchuan_medical_selfchecks(),
    pingchuan_arbitration_group_rows(),
    pingchuan_talent_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch518-inbox"))

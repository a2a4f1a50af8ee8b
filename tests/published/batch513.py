"""The five-hundred-and-thirteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 市场监管 and
应急 bodies, 玉门市 (a county-level city of 酒泉, 甘肃) — its 市场监督管理局, 应急管理局, 食品药品
检验检测中心, 消防救援大队 and four 市场监管所 (玉门镇, 赤金, 花海, 昌马 — towns of the city) — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 市场监督管理局's 一览表: ``科室 | 职权内容 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 岗位 |
  责任人`` written on every row, short types, 高/中/低;
- the 应急管理局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 食品药品检验检测中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 玉门镇市场监管所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 赤金市场监管所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 花海市场监管所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、食品安全监管组`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 昌马市场监管所's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``yumen_fire_measures_in_point_bracket``: the 消防救援大队's 一览表 has NO MEASURES COLUMN; each
  point cell (headed plainly ``廉政风险点``) runs the point and then closes with its measures in a
  LABELLED BRACKET on the same line: ``消防监督检查对火灾隐患降格处理（防控措施：检查不少于两人，执法记录仪
  全程记录；整改情况复查。）``. The heading is ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级``;
  no note says what the bracket holds, the label inside it does. The shape is about HOW THE POINT AND
  ITS MEASURES ARE JOINED. The README's 读得懂的表 and the earlier batches know a point with its
  numbered measures below it in one cell, a ``风险点及防控措施`` cell of a point line then ``防控措施：…``
  or bulleted lines, a point and its measures parted by an arrow, ``风险点：…　防控措施：…`` under a
  ``针对风险点的防控措施`` column, a closing bracket naming how the point shows (``（括号内注明主要表现）``)
  or naming measures BY NUMBER (``（对应措施2、3）``, the measures in their own column), the point in a
  bracket closing how it shows, and a labelled bracket closing a cell that names the HOLDER
  (``（责任科室：…　责任人：…）``); none is a point cell under a plain ``廉政风险点`` heading whose closing
  bracket holds the measures' own text, with no measures column. Read as the others are, the point
  is the whole cell, the measures with it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 消防 system's corruption risks
after the 2018 transfer to 应急管理 — 消防审批 and 验收, 招标采购, 经费; a 市场监管 rule on 价格行政
处罚案卷 — 立案, 调查, 处罚决定, 归档; a province's 应急管理工作要点 — 执法, 救援, 减灾, 队伍; a study of
食品安全检验检测机构 — 抽检, 检验报告, 能力; an essay on 食品药品安全风险 and its governance; a collection of
essays on 市场监管举措 — 日常巡查, 投诉, 商品质量; an explainer on 安全生产行政执法 — 监督检查, 行政处罚;
an outline of 安全生产执法职责 — 基层执法能力, 隐患排查) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 玉门市 (``unit_words=("玉门市",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch513`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the cell's text BEFORE the bracket ``（防控措施：…）``; the bracket
  is the point's measures, no part of it (as ``（对应措施2、3）`` is none of a point's text);
- ``局领导`` (the 应急管理局's leaders' sheet) is the 科室 of those leaders; a 局's 科 and 股, a
  中心's 室 and 科, a 所's 组 are 科室; a group row ``一、所领导`` gives the 科室 ``所领导``,
  ``二、食品安全监管组`` the 科室 ``食品安全监管组`` (its number left off), as batch 280 and 507 did; a
  所's card and the 消防救援大队's list name a 科室 only where a cell does (``所在科室``);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任, a 大队's 大队长 and 教导员, a 所's
  所长 and 副所长 are leaders; 科长, 股长, 室主任, 组长 and a 大队's 中队长 middle; the rest (科员,
  检验员, 监管员, 防火监督员, 会计 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职权内容``, ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 检验检测中心's list names no person: its forms
  are posts (对岗不对人);
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

PREFIX = "b513_"
PLACE = "玉门市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
LABEL = "（防控措施："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(廉政风险点, 防控措施, 风险类型, 风险等级)])
FIRE = [
    ("大队长", "乜沨璟", "leader", [
        ("消防车辆器材采购指定供应商", "采购按程序公开招标，党委集体研究；合同备案。", "制度机制", "一级"),
        ("队伍经费安排个人说了算", "经费预算党委会审定，支出按季公开。", "岗位职责", "二级"),
    ]),
    ("防火监督员", "濮溍瑀", "general", [
        ("消防监督检查对火灾隐患降格处理", "检查不少于两人，执法记录仪全程记录；整改情况复查。", "岗位职责", "一级"),
        ("为检查对象推荐消防设施维保公司", "签订廉洁承诺书，举报线索一律核查。", "外部环境", "二级"),
    ]),
    ("会计", "钮翛琰", "general", [
        ("灭火救援补助核发不实", "补助按出警记录核发，两人复核。", "业务流程", "二级"),
        ("报销票据审核把关不严", "票据经办、审核、审批分离。", "制度机制", "三级"),
    ]),
]  # fmt: skip


def yumen_fire_measures_in_point_bracket() -> dict:
    unit = f"{PLACE}消防救援大队"
    sh = _Sheet("一览表", [6, 12, 10, 60, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级")
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in FIRE:
        for point, measures, typ, lv in points:
            n += 1
            sh.add(n, post, who, f"{point}{LABEL}{measures}）", typ, lv)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None)
    return _layout(
        "yumen_fire_measures_in_point_bracket",
        "http://lgjyuntun.com/articles/932576581.html",
        "(harder) 消防救援大队 岗位廉政风险防控一览表, after the source's account of the 消防 system's corruption risks "
        "(采购, 经费, 监督检查): 序号/岗位 and 姓名 merged per person/``廉政风险点`` whose cells close with the "
        "measures in a LABELLED BRACKET ``…（防控措施：…）``/short types/``一级/二级/三级``; NO measures column; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yumen_samr_list() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 14, 14, 34, 10, 8, 32, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add(
        "序号", "科室", "职权内容", "风险点", "风险类型", "风险等级", "防控措施", "岗位", "责任人"
    )
    rows = [
        ("办公室", "公务车辆维修", "虚列维修项目，多报维修费用", "制度机制", "中",
         "维修项目先核定后实施，票据与审批单核对。", "主任", "郦澔珩", "middle"),
        ("价格监督检查科", "价格行政处罚", "案卷材料事后补做，处罚依据不足", "思想道德", "低",
         "案卷法制审核，按季评查。", "科长", "阙溁璞", "middle"),
        ("登记注册科", "市场主体登记", "为不符合条件的申请人办理登记", "岗位职责", "高",
         "受理、审核分岗，登记结果网上公示。", "科员", "逯璠渟", "general"),
        ("特种设备安全监察科", "特种设备检查", "检查中接受企业宴请，隐患不督促整改", "外部环境", "高",
         "检查两人以上，隐患整改闭环销号。", "科长", "扈潆玙", "middle"),
    ]  # fmt: skip
    for n, (dept, work, point, typ, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, dept, work, point, typ, lv, measures, post, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None, None)
    return _layout(
        "yumen_samr_list",
        "http://guangzhou.baogaosu.com/yongyu/%E4%BB%B7%E6%A0%BC%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A%E6%A1%88%E5%8D%B7%E7%AE%A1%E7%90%86%E8%A7%84%E5%AE%9A/2848691",
        "市市场监督管理局 廉政风险防控一览表, after the source's rule on 价格行政处罚案卷 (立案, 调查, 处罚决定, 归档): 序号/科室/``职权内容``/风险点/风险类型 (short)/高/中/低/防控措施/岗位/责任人 on "
        "EVERY row; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def yumen_emergency_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("甄曦沄", "局长", "主持全面工作", [
            ("救灾物资调拨个人说了算", "一级", "物资调拨经局务会研究，台账公开。"),
            ("为企业安全生产许可打招呼", "二级", "许可事项集体审查，过程留痕。"),
        ]),
        ("暴珝澂", "副局长", "分管安全生产执法", [
            ("执法处罚自由裁量畸轻畸重", "一级", "处罚按裁量基准，重大案件集体讨论。"),
            ("接受检查企业宴请", "三级", "执法前廉洁提醒，拒绝宴请。"),
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
        ("安全生产执法大队", "队长", "麹湛玥", "middle", "执法检查隐患记录不实", "一级", "检查记录当场签字，抽查复核。"),
        ("救灾和物资保障股", "科员", "豆泓璘", "general", "救灾款物发放对象虚报", "二级", "发放名单村级公示，入户核实。"),
        ("救灾和物资保障股", "科员", "豆泓璘", "general", "储备物资出入库不登记", "三级", "出入库双人登记，按季盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "yumen_emergency_two_sheets",
        "http://gmzcc.com/zhengfuwenjian/8533.html",
        "市应急管理局's file in two sheets, after the source's 应急管理工作要点 (执法, 救援, 减灾, 队伍): ``局领导`` "
        "with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def yumen_lab_posts() -> dict:
    unit = f"{PLACE}食品药品检验检测中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    food, drug = "食品检验室", "业务受理室"
    rows = [
        (food, "检验员", "general", "检验数据记录", "篡改原始数据，出具不实检验报告", "岗位职责风险", "Ⅰ级",
         "原始记录双人签字，数据系统留痕。"),
        (food, "检验员", "general", "抽检样品保管", "样品调换或私自处置", "业务流程风险", "Ⅱ级", "样品留样封存，出入登记。"),
        (drug, "受理员", "general", "委托检验受理", "为熟人插队受理、减免费用", "制度机制风险", "Ⅱ级", "受理按序号，收费标准公示。"),
        (drug, "受理员", "general", "报告发放", "提前向企业透露检验结果", "思想道德风险", "Ⅲ级", "报告审核签发后统一发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "yumen_lab_posts",
        "https://scholarmate.com/S/FMEInk",
        "市食品药品检验检测中心 廉政风险点排查表 对岗不对人, after the source on 食品检验 (把控检验关, 检验结果准确): "
        "科室 merged/岗位 merged/a short 风险点/a long 风险表现/``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yumen_town_cards() -> dict:
    unit = f"{PLACE}玉门镇市场监管所"
    t = _Truth(unit)
    cards = [
        ("所长", "芮漪琮", "leader", [
            ("案件查处降格处理、以罚代刑", "★★★", "案件集体讨论，移送标准公开。"),
            ("巡查对象选择搞亲疏", "★★", "双随机抽取检查对象，结果公示。"),
        ]),
        ("监管员", "厉潾珈", "general", [
            ("投诉举报处理拖延推诿", "★★", "投诉限时办结，回访登记。"),
            ("收受商户购物卡", "★", "签订廉洁承诺书。"),
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
        "yumen_town_cards",
        "http://www.thejuicyshow.com/haowen/39852.html",
        "镇市场监管所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 监管员), after the source's essays on 市场监管"
        "举措 (巡查, 投诉, 商品质量): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` "
        "line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def yumen_chijin_selfchecks() -> dict:
    unit = f"{PLACE}赤金市场监管所"
    t = _Truth(unit)
    people = [
        ("鄂璩沅", "副所长", "leader", "", [
            ("食品经营许可现场核查走过场", "高风险", "核查两人以上，现场拍照存档。"),
            ("抽检任务分配照顾关系户", "中风险", "抽检计划所务会研究。"),
        ]),
        ("浦瀞玟", "监管员", "general", "食品安全监管组", [
            ("日常检查发现问题不记录", "中风险", "检查记录当场交被检查人签字。"),
            ("向经营户推销指定产品", "低风险", "开展警示教育，公开举报电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept or "所领导", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept or "所领导", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yumen_chijin_selfchecks",
        "http://www.xfkfvj.live/news/show-313237.html",
        "市场监管所 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's essay on 食品药品"
        "安全风险 and its governance: a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 所意见：``",
        sheets, t,
    )  # fmt: skip


def yumen_huahai_group_rows() -> dict:
    unit = f"{PLACE}花海市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "冀沄瑭", "leader", [
                ("行政处罚案件不经集体讨论", "一级风险", "处罚案件所务会讨论，记录存档。"),
                ("执法车辆私用", "三级风险", "车辆派车登记，节假日封存。"),
            ]),
        ]),
        ("二、食品安全监管组", "食品安全监管组", [
            ("组长", "笪澈瑗", "middle", [
                ("特种设备隐患整改验收不严", "一级风险", "整改验收两人签字，复查留痕。"),
                ("小作坊登记把关不严", "二级风险", "登记材料所长复核。"),
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
        "yumen_huahai_group_rows",
        "http://www.tjouyi.com/zhi/1894139.html",
        "市场监管所 廉政风险防控责任清单, after the source's explainer on 安全生产行政执法 (监督检查, 行政处罚): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、食品安全监管组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yumen_changma_duty_list() -> dict:
    unit = f"{PLACE}昌马市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "缑琛潇", "leader", "计量器具监督", "计量检查选择性执法", "一级", "检查对象随机抽取。"),
        ("所长", "缑琛潇", "leader", "消费纠纷调解", "调解中偏袒一方", "二级", "调解过程记录，双方签字。"),
        ("监管员", "蔺溦璘", "general", "价格监督检查", "价格违法线索不登记", "二级", "线索登记台账，所长审阅。"),
        ("监管员", "蔺溦璘", "general", "农贸市场巡查", "接受摊主吃请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "yumen_changma_duty_list",
        "https://www.renrendoc.com/paper/476475768.html",
        "市场监管所 廉政风险防控责任清单, after the source's outline of 安全生产执法职责 (基层执法能力, 隐患排查): "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yumen_fire_measures_in_point_bracket(),
    yumen_samr_list(),
    yumen_emergency_two_sheets(),
    yumen_lab_posts(),
    yumen_town_cards(),
    yumen_chijin_selfchecks(),
    yumen_huahai_group_rows(),
    yumen_changma_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch513-inbox"))

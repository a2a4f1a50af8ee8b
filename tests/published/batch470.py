"""The four-hundred-and-seventieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 市场监管
bodies, 夏河县 (a county of 甘南) — its 食品药品检验检测中心, 个体私营经济服务中心 and 消费者协会, the
市场监管所 of four of its towns (拉卜楞镇, 王格尔塘镇, 阿木去乎镇, 桑科镇) and, in the harder file, its
市场监督管理局 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 食品药品检验检测中心's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk,
  short types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 个体私营经济服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 消费者协会's file in two sheets ``协会领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 拉卜楞镇市场监管所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 王格尔塘镇市场监管所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 阿木去乎镇市场监管所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 桑科镇市场监管所's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``xiahe_bureau_point_bands``: the 市场监督管理局's 一览表 typed ONE ROW A HOLDER, with a two-row
  heading ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 (merged over three columns) | 风险等级 (merged over
  three columns) | 防控措施`` over sub-headings ``① | ② | ③`` under BOTH bands: a holder's points
  stand side by side in the three point columns (E–G) and their levels, in the same order, in the
  three level columns (H–J) — a point's level is the cell of the level band with the SAME
  sub-heading, three columns to its right; a holder with fewer than three points leaves the last
  cells of both bands empty; one numbered 防控措施 cell serves all of a holder's points. The
  README's 读得懂的表 knows points stacked one a row, several in one cell (numbered lines, ``1.高⏎2.中``
  beside them), a questionnaire export whose groups ``风险点N | 风险类型N | 风险等级N | 防控措施N`` are
  INTERLEAVED (each point's fields next to each other, numbered in the heading text), a 风险点 heading
  merged over POST columns (each column a post), bands by LEVEL (``高风险 | 中风险 | 低风险``) or by
  type, and a level heading merged over ``岗位 | 风险点``; it does not describe a row whose points and
  levels stand in two SEPARATE bands of unnamed circled sub-columns, paired only by position.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (市场监管 行政处罚 裁量基准 and 同案不同罚;
食品检验机构 资质认定; a city's plan for 个体工商户 分型分类 培育; a 镇's 民营企业个体劳动者协会 network;
超市 食品经营者 自律制度; a 市场监督管理局's 行政处罚行为 分类标准; a 个体劳动者协会's anniversary and 小个专 党建;
特种设备 检验 收费标准) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names); every unit is a body of 夏河县.

Run ``python tests/published/score.py --set batch470`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each filled cell of the ``廉政风险点`` band is one point of the row's holder; its
  level is the ``风险等级`` band's cell under the same circled sub-heading (高/中/低 → 1/2/3); empty
  band cells are no points; the one 防控措施 cell a row is no point;
- ``局领导``, ``中心领导``, ``协会领导`` (a 股室/科室 cell or the leaders' sheet) are the 科室 of those
  leaders; a 局's 股 and a 中心's 科/室 are 科室; a 镇市场监管所 has no 科室: its group rows ``一、所领导``,
  ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任, the 协会's 秘书长, a 所's 所长 and 副所长
  are leaders; 股长 and 科长 middle; the rest (科员, 检验员, 调解员, 监管员, 执法员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 个体私营经济服务中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b470_"
PLACE = "夏河县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
BAND = ("①", "②", "③")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(廉政风险点, 风险等级)], 防控措施)
BUREAU = [
    ("局领导", "局长", "郗翚沄", "leader", [
        ("重大案件处罚决定不经集体讨论", "高"),
        ("干预下属办案人员裁量", "高"),
        ("局机关大额支出个人审批", "中"),
    ], "1.重大案件集体讨论；2.干预办案登记报告；3.大额支出班子会研究。"),
    ("局领导", "副局长", "粟翯岘", "leader", [
        ("食品经营许可现场核查降低标准", "中"),
        ("双随机抽查对象人为调整", "中"),
    ], "1.核查两人以上并留影像；2.抽查对象系统随机产生。"),
    ("执法稽查股", "股长", "仉沣玥", "middle", [
        ("行政处罚裁量畸轻畸重", "高"),
        ("案件线索压案不查", "中"),
        ("罚没物品处置不登记", "低"),
    ], "1.执行裁量基准并说明理由；2.线索登记流转；3.罚没物品专库登记。"),
    ("登记注册股", "科员", "夔湉珺", "general", [
        ("个体工商户登记材料把关不严", "中"),
        ("为熟人企业变更登记开绿灯", "低"),
    ], "1.登记材料一次性告知、两级审核；2.变更登记系统留痕。"),
]  # fmt: skip


def xiahe_bureau_point_bands() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 12, 8, 8, 22, 22, 22, 6, 6, 6, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 11)
    h1 = sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "廉政风险点",
        None,
        None,
        "风险等级",
        None,
        None,
        "防控措施",
    )
    sh.add(None, None, None, None, *BAND, *BAND, None)
    for c in (0, 1, 2, 3, 10):
        sh.merge(h1, c, h1 + 1, c)
    sh.merge(h1, 4, h1, 6)
    sh.merge(h1, 7, h1, 9)
    first = len(sh.rows)
    for n, (dept, post, who, tier, points, measures) in enumerate(BUREAU, 1):
        cells = [p for p, _lv in points] + [None] * (3 - len(points))
        levels = [lv for _p, lv in points] + [None] * (3 - len(points))
        sh.add(n, dept, post, who, *cells, *levels, measures)
        for point, lv in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填表人：", None, "审核人：", None, None, "2025年6月", None, None, None, None, None)
    return _layout(
        "xiahe_bureau_point_bands", "https://chujupifa.com/read/-dy-article-JR5KRU4J0524TEUR.html",
        "(harder) 县市场监督管理局 岗位廉政风险防控一览表 ONE ROW A HOLDER, after the source's 市场监管 行政处罚 裁量基准 "
        "(同案不同罚, 过罚不相当, 个体工商户, 小微案件): 序号/股室 merged (局领导, 执法稽查股, 登记注册股)/岗位/责任人, then a "
        "BAND of three point columns under ``廉政风险点`` (sub-headings ①②③) and a BAND of three level columns under "
        "``风险等级`` (①②③, 高/中/低), a point's level standing in the same-numbered column of the other band, empty "
        "cells where a holder has fewer points; one 防控措施 cell a holder; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xiahe_testing_center_list() -> dict:
    unit = f"{PLACE}食品药品检验检测中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "缑昫岚", "leader", [
            ("检验仪器设备采购指定品牌", "制度机制", "高", "采购需求集体论证，进场交易。"),
            ("检验报告签发前未审核原始记录", "岗位职责", "中", "签发前核对原始记录并签字。"),
        ]),
        ("理化检验室", "科长", "浦淯琤", "middle", [
            ("检验数据随意修改", "业务流程", "高", "数据系统留痕，修改须审批。"),
        ]),
        ("样品管理室", "检验员", "蒯湑玥", "general", [
            ("样品接收登记不全、调换样品", "岗位职责", "中", "样品双人接收，编码盲样流转。"),
            ("向送检单位透露检验结果", "外部环境", "低", "结果经中心统一发布。"),
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
        "xiahe_testing_center_list",
        "https://abg.baidu.com/tags/zkz4nn545ti6to72xg45pswwzlem7nvixhomb3nz423krv64x3lllwwb5y16",
        "县食品药品检验检测中心 岗位廉政风险防控一览表, after the source's 食品检验机构 资质认定 (检验能力, 仪器设备, 原始记录, "
        "检验报告): a title, 序号/科室 merged (中心领导, 理化检验室, 样品管理室)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xiahe_private_economy_posts() -> dict:
    unit = f"{PLACE}个体私营经济服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, serv = "中心领导", "服务指导科"
    rows = [
        (lead, "主任", "leader", "扶持资金分配", "个体工商户扶持资金分配照顾关系户", "思想道德风险", "Ⅰ级",
         "扶持名单公示，中心会议研究。"),
        (lead, "主任", "leader", "评优推荐", "诚信个体户评选暗箱操作", "制度机制风险", "Ⅱ级",
         "评选标准公开，结果公示。"),
        (serv, "科员", "general", "创业补贴初审", "一次性创业补贴初审材料不实", "业务流程风险", "Ⅰ级",
         "初审复审分离，入户核实。"),
        (serv, "科员", "general", "培训组织", "培训签到代签，虚报培训人数", "岗位职责风险", "Ⅲ级",
         "培训现场拍照，签到与名册核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "xiahe_private_economy_posts", "http://www.yon123.com/policy/detail?id=14957",
        "县个体私营经济服务中心 廉政风险点排查表 对岗不对人, after the source's 个体工商户 分型分类 培育 (创业补贴, 经营场所, "
        "包容审慎监管): a title, 序号/科室 merged (中心领导, 服务指导科)/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def xiahe_consumer_association_two_sheets() -> dict:
    unit = f"{PLACE}消费者协会"
    t = _Truth(unit)
    lead = _Sheet("协会领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仝翾澍", "秘书长", "主持全面工作", [
            ("接受被投诉经营者宴请", "一级", "调解全程记录，接受监督。"),
            ("协会经费支出不按预算执行", "二级", "经费支出按季公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "协会领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("投诉调解科", "科长", "蒉沅璟", "middle", "消费投诉调解偏袒经营者", "一级", "调解书双方签字，结果回访。"),
        ("投诉调解科", "调解员", "麻昳珩", "general", "投诉登记漏记、拖延受理", "二级", "投诉统一登记编号。"),
        ("投诉调解科", "调解员", "麻昳珩", "general", "泄露投诉人个人信息", "三级", "投诉档案专人保管。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "xiahe_consumer_association_two_sheets", "http://news.cnnb.com.cn/system/2006/08/26/005166811.shtml",
        "县消费者协会's file in two sheets, after the source's 协会 serving 民营企业 and 个体户 (协调纠纷, 桥梁纽带): "
        "``协会领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xiahe_labrang_office_cards() -> dict:
    unit = f"{PLACE}拉卜楞镇市场监管所"
    t = _Truth(unit)
    cards = [
        ("所长", "晏翊沨", "leader", [
            ("对超市过期食品查处降格", "★★★", "检查结果当场公示，所务会复核。"),
            ("监管所办公经费报销不实", "★★", "报销票据两人审核。"),
        ]),
        ("监管员", "冷珝沄", "general", [
            ("日常巡查不到现场填写记录", "★★", "巡查定位打卡，照片留存。"),
            ("接受经营户购物卡", "★", "节前廉洁提醒，拒收登记。"),
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
        sh.add("持卡人（签字）：", None, "局分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "xiahe_labrang_office_cards",
        "https://abg.baidu.com/tags/yh343kf3w665vm5mzlimvm6gw67k3u5k2xp4vlwp53l5jqwj23dlnsa11",
        "镇市场监管所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 监管员), after the source's 超市 食品经营者 自律制度 "
        "(进货查验, 过期食品, 索证索票): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line; ``持卡人（签字）： | 局分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def xiahe_wanggertang_office_selfchecks() -> dict:
    unit = f"{PLACE}王格尔塘镇市场监管所"
    t = _Truth(unit)
    people = [
        ("詹旻澈", "副所长", "leader", [
            ("小餐饮登记备案把关不严", "高风险", "备案材料现场核实。", "已落实"),
            ("专项整治检查对象选择不公", "中风险", "检查对象随机抽取。", "未发现问题"),
        ]),
        ("宓淇昀", "监管员", "general", [
            ("药品零售店检查走过场", "中风险", "检查清单逐项填写。", "已落实"),
            ("投诉举报转办不及时", "低风险", "转办时限登记。", "已整改"),
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
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xiahe_wanggertang_office_selfchecks",
        "https://abg.baidu.com/tags/wgy35kok2dfnbm5bxtqlnpnz3tao3pww2dinl7vuu232hugqz2vlpvwa4cy6vv54fdk7pr7t2lrlz65y4uuq14",
        "镇市场监管所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 行政处罚行为 分类 "
        "(餐饮, 药品, 举报): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def xiahe_amuqu_office_group_rows() -> dict:
    unit = f"{PLACE}阿木去乎镇市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", [
            ("所长", "訾昀珂", "leader", [
                ("违法案件线索不移交", "一级风险", "线索登记报局法规股。"),
                ("执法车辆私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("执法员", "阚沄翎", "general", [
                ("计量器具检查中徇私放过作弊秤", "一级风险", "检查两人以上，结果公示。"),
                ("虫草交易市场巡查收受好处", "二级风险", "巡查轮换，交叉检查。"),
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
        "xiahe_amuqu_office_group_rows",
        "https://wxredian.com/art?id=a889e556538923c23e3c7078400d4541",
        "镇市场监管所 廉政风险防控责任清单, after the source's 个体劳动者协会 and 市场监管局 serving 个体工商户 (小个专 党建, "
        "经营纠纷): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def xiahe_sangke_office_list() -> dict:
    unit = f"{PLACE}桑科镇市场监管所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "阎珣濛", "leader", "牧家乐食品经营检查照顾熟人", "思想道德", "中", "检查记录所务会通报。"),
        ("所长", "阎珣濛", "leader", "旅游旺季价格投诉处理不公", "外部环境", "高", "投诉处理结果回访。"),
        ("监管员", "暴翊湉", "general", "特种设备巡查记录造假", "岗位职责", "高", "巡查记录与企业台账核对。"),
        ("监管员", "暴翊湉", "general", "抽检样品采集不按规范", "业务流程", "低", "采样两人，封样签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "xiahe_sangke_office_list", "https://m.docduoduo.com/p-4345156.html",
        "镇市场监管所 廉政风险防控一览表, after the source's 特种设备 检验 收费项目和标准 (锅炉, 定期检验): a title, a merged "
        "``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xiahe_bureau_point_bands(),
    xiahe_testing_center_list(),
    xiahe_private_economy_posts(),
    xiahe_consumer_association_two_sheets(),
    xiahe_labrang_office_cards(),
    xiahe_wanggertang_office_selfchecks(),
    xiahe_amuqu_office_group_rows(),
    xiahe_sangke_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch470-inbox"))

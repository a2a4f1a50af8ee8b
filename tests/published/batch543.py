"""The five-hundred-and-forty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 气象 and
防灾 bodies, 湟中区 (西宁市, 青海) — the 气象局, the 地震局, the 人工影响天气办公室, the 防灾减灾中心
and the 农业综合服务中心 of four 镇 (鲁沙尔镇, 多巴镇, 田家寨镇, 李家山镇) — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 地震局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 人工影响天气办公室's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 |
  风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 防灾减灾中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、灾情统计股`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 鲁沙尔镇农业综合服务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 多巴镇农业综合服务中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, 高/中/低, ``自查情况``;
- the 田家寨镇农业综合服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点``
  beside a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 李家山镇农业综合服务中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before
  the ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``huangzhong_weather_bureau_name_in_two_cells``: the 气象局's 一览表 has a two-row heading:
  ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` with ``责任人`` merged
  across two columns and, under it, the sub-headings ``姓 | 名``; every other heading is merged down
  the two rows. Each holder's SURNAME stands in the ``姓`` cell and the GIVEN NAME in the ``名``
  cell beside it (``闻人 | 珣琰``, ``郗 | 湉沅``, ``蒯 | 翯琤``; one compound surname), both merged
  down the holder's rows. The holder is the two cells joined (``闻人珣琰``); neither cell alone is a
  name, and the ``名`` cell (two characters) looks like a whole name of its own. It is the form of
  personnel and information-system templates (姓 and 名 as separate fields) pasted into a risk
  list. The shape is about HOW THE HOLDER IS WRITTEN. The README's 读得懂的表 and the earlier
  batches (grepped for ``"姓"``, ``姓氏``, ``名字``) know a name whole in one cell — with the post
  before or after it, with brackets (sex, ethnicity, supervisor, arrival date, home unit),
  masked (``苌某某``), footnote marks, a surname with the post (``康科长``) completed from a list,
  typed one character a line in a narrow cell, two holders in one cell — and a ``岗位及人员``
  heading merged over a post column and a name column; none splits one holder's name into a
  surname cell and a given-name cell under ``姓 | 名``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市气象局's year plan — 预警信息
发布, 防灾减灾, 安全生产监管; a page on a 地震局's 科室 — 监测, 预警, 科普宣传, 应急救援; an essay on
人工影响天气作业's safety — 作业人员, 弹药, 作业记录; a county's 灾害信息员工作职责 — 值班值守, 灾情
报送, 救助物资发放; a province's opinion on 基层农业公共服务中心 — 农技推广, 病虫害防控; a report on
灾害信息员 training for 乡镇民政助理员; a county's 灾害信息员队伍工作职责 — 汇总, 核定, 报送; a
province's 人工影响天气 regulations — 作业点, 乡镇协助保护作业场地) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 湟中区
(``unit_words=("湟中区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch543`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the ``姓`` cell and the ``名`` cell joined with nothing between
  (``闻人`` + ``珣琰`` → ``闻人珣琰``); ``姓`` and ``名`` are no posts, and the post is the ``岗位``
  cell;
- ``局领导`` (the 局's leaders' sheet) and ``中心领导`` are the 科室 of those leaders; a 局's 股 or
  科, a 办's 股, a 中心's 股 or 组 are 科室; ``办领导`` in the 人影办's list is the 科室 its cell
  writes; a group row ``一、中心领导`` gives the 科室 ``中心领导``, ``二、灾情统计股`` the 科室
  ``灾情统计股`` (its number left off), as batch 280 and 541 did; the 鲁沙尔镇 cards and the 李家山镇
  list name a 科室 only where a cell does (they name none); the 多巴镇 sheets write
  ``农业综合服务中心`` in ``所在科室`` and that is their 科室 (as batch541's ``司法所``);
- every body is a unit of its own: a 局's 局长 and 副局长, a 办's and a 中心's 主任 are leaders;
  股长 and 科长 are middle; the rest (科员, 作业员, 农技员, 灾害信息员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 田家寨镇 list names no person: its forms are posts
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

PREFIX = "b543_"
PLACE = "湟中区"
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

# (科室, 岗位, 姓, 名, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
SPLIT = [
    ("局领导", "局长", "闻人", "珣琰", "leader", [
        ("气象探测环境保护审批说情打招呼", "制度机制", "高", "审批事项经局务会集体研究，结果公开。"),
        ("防雷装置设计审核降低标准", "岗位职责", "中", "审核实行初审、复核两级，系统留痕。"),
    ]),
    ("减灾科", "科长", "郗", "湉沅", "middle", [
        ("气象灾害预警信息发布迟报漏报", "岗位职责", "高", "预警发布双人值守，发布记录每周抽查。"),
        ("防灾减灾物资采购虚报数量", "业务流程", "中", "采购三家比价，验收两人签字。"),
    ]),
    ("办公室", "科员", "蒯", "翯琤", "general", [
        ("公务用车私用", "思想道德", "低", "用车登记审批，每月公示。"),
        ("气象服务收入入账不及时", "制度机制", "中", "收入当日登记，月末对账。"),
    ]),
]  # fmt: skip


def huangzhong_weather_bureau_name_in_two_cells() -> dict:
    unit = f"{PLACE}气象局"
    sh = _Sheet("一览表", [6, 12, 9, 6, 8, 36, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    top = sh.add(
        "序号", "科室", "岗位", "责任人", None, "廉政风险点", "风险类型", "风险等级", "防控措施"
    )
    sh.add(None, None, None, "姓", "名", None, None, None, None)
    for c in (0, 1, 2, 5, 6, 7, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 4)
    first = len(sh.rows)
    n = 0
    for dept, post, sur, given, tier, points in SPLIT:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, sur, given, point, typ, lv, measures)
            t.point(sh.name, dept, post, sur + given, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年9月", None, None)
    return _layout(
        "huangzhong_weather_bureau_name_in_two_cells",
        "http://gd.cma.gov.cn/zqsqxj/zwgk_3106/201812/t20181214_91212.html",
        "(harder) 区气象局 岗位廉政风险防控一览表, after the source's 气象局 year plan (预警信息发布, "
        "防灾减灾, 安全生产监管): a two-row heading, ``责任人`` merged across ``姓 | 名`` sub-headings, "
        "each holder's SURNAME in one cell and GIVEN NAME in the next (``闻人 | 珣琰``), both merged per "
        "person; 序号/科室/岗位/廉政风险点/short types/高/中/低/防控措施 merged down the two heading rows",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huangzhong_quake_bureau_two_sheets() -> dict:
    unit = f"{PLACE}地震局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("禚琬翀", "局长", "主持全面工作", [
            ("抗震设防要求确定受人请托", "一级", "设防要求经局务会研究，结果公开。"),
            ("监测台站建设项目指定施工单位", "二级", "项目按程序招标，纪检人员全程监督。"),
        ]),
        ("眭珺翥", "副局长", "分管监测预报和科普宣传", [
            ("震情信息违规对外提供", "一级", "震情信息分级审签，对外发布统一口径。"),
            ("科普宣传经费虚列", "三级", "经费按实报销，宣传活动留存影像。"),
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
        ("监测预报股", "股长", "宓琰翎", "middle", "监测数据弄虚作假", "一级", "数据双人核对，异常上报。"),
        ("监测预报股", "股长", "宓琰翎", "middle", "台站设备维修费用虚报", "二级", "维修凭单经股室会审。"),
        ("应急救援股", "科员", "阚珧澍", "general", "应急物资保管不善私自挪用", "二级", "物资出入库登记，季度盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "huangzhong_quake_bureau_two_sheets",
        "https://bkwk.cn/article/dzyjxpzndsdzjksjm.html",
        "区地震局's file in two sheets, after the source's page on a 地震局's 科室 (监测, 预警, 科普宣传, "
        "应急救援): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 股室/岗位/姓名 "
        "merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def huangzhong_weather_modification_office_list() -> dict:
    unit = f"{PLACE}人工影响天气办公室"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "逄湜珩", "leader", "作业弹药采购指定供应商", "制度机制风险", "高风险",
         "弹药采购按规定集中采购，集体研究。"),
        ("办领导", "主任", "逄湜珩", "leader", "作业补贴发放审核不严", "岗位职责风险", "中风险",
         "补贴按作业记录核发，名单公示。"),
        ("作业指挥股", "股长", "隗璟洹", "middle", "作业记录虚报作业次数", "业务流程风险", "高风险",
         "作业记录与空域申请逐次核对。"),
        ("作业指挥股", "作业员", "厍珮翾", "general", "弹药出入库登记不实", "思想道德风险", "低风险",
         "弹药库双人双锁，出入库当日登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "huangzhong_weather_modification_office_list",
        "http://chinaqking.com/yc/2021/2747124.html",
        "区人工影响天气办公室 廉政风险防控一览表, after the source's essay on 人工影响天气作业's safety "
        "(作业人员, 弹药, 作业记录): 序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` "
        "types/``高风险/中风险/低风险``/防控措施; 填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def huangzhong_disaster_centre_group_rows() -> dict:
    unit = f"{PLACE}防灾减灾中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "亓璠翊", "leader", [
                ("救灾物资调拨优亲厚友", "一级风险", "调拨方案集体研究，发放名单公示。"),
                ("灾害信息员补助发放不实", "二级风险", "补助按考核结果发放，抽查核实。"),
            ]),
        ]),
        ("二、灾情统计股", "灾情统计股", [
            ("股长", "覃湲瑀", "middle", [
                ("灾情数据虚报瞒报", "一级风险", "灾情数据逐级核查，会商核定。"),
                ("灾情核查走过场", "三级风险", "核查两人以上，现场留存照片。"),
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
        "huangzhong_disaster_centre_group_rows",
        "https://www.huoqiu.gov.cn/public/6618401/37440212.html",
        "区防灾减灾中心 廉政风险防控责任清单, after the source's 灾害信息员工作职责 (值班值守, 灾情报送, "
        "救助物资发放): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、灾情统计股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def huangzhong_lushaer_centre_cards() -> dict:
    unit = f"{PLACE}鲁沙尔镇农业综合服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "甯琮溦", "leader", [
            ("农业项目验收把关不严", "★★★", "项目验收集体进行，结果公示。"),
            ("惠农补贴申报审核优亲厚友", "★★", "补贴名单村、镇两级公示。"),
        ]),
        ("农技员", "佴珩澈", "general", [
            ("农技推广物资私自截留", "★★", "物资发放登记，农户签字。"),
            ("病虫害监测数据不实", "★", "监测记录附现场照片，主任抽查。"),
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
        "huangzhong_lushaer_centre_cards",
        "http://ask.fsou.com/html/text/lar/173416/17341637_1.html",
        "镇农业综合服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 农技员), after the source's "
        "opinion on 基层农业公共服务中心 (农技推广, 病虫害防控, 农产品质量): ``姓　名 | … | 职　务 | …``, "
        "序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def huangzhong_duoba_centre_selfchecks() -> dict:
    unit = f"{PLACE}多巴镇农业综合服务中心"
    t = _Truth(unit)
    people = [
        ("蔺翙沄", "主任", "leader", "农业综合服务中心", [
            ("救灾种子化肥分配不公", "高", "分配方案集体研究，张榜公示。"),
            ("灾情报送审核走过场", "中", "灾情报送前主任复核签字。"),
        ]),
        ("綦湛珝", "灾害信息员", "general", "农业综合服务中心", [
            ("农作物受灾面积虚报", "中", "受灾面积现场核实，村组签字。"),
            ("灾情台账整理不及时", "低", "台账按月归档，季度检查。"),
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
        sh.add("本人签名：", None, "镇党委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huangzhong_duoba_centre_selfchecks",
        "http://epaper.jzrb.com/rb/html/2012-11/15/content_158699.htm",
        "镇农业综合服务中心 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's "
        "report on 灾害信息员 training (乡镇民政助理员, 灾情报送): a label row ``姓　名 | 岗　位 | 所在科室`` "
        "over values, 序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 镇党委意见：``",
        sheets, t,
    )  # fmt: skip


def huangzhong_tianjiazhai_centre_posts() -> dict:
    unit = f"{PLACE}田家寨镇农业综合服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "中心领导", "农技推广组", "防灾减灾组"
    rows = [
        (a, "主任", "leader", "农机购置补贴初审", "为不符合条件的机具出具初审意见", "制度机制", "Ⅰ级",
         "初审两人核验机具，结果公示。"),
        (b, "农技员", "general", "良种推广示范", "示范户选定优亲厚友", "岗位职责", "Ⅱ级",
         "示范户由村组推荐，名单公示。"),
        (c, "灾害信息员", "general", "灾情核查上报", "收受好处夸大农户受灾损失", "外部环境", "Ⅰ级",
         "核查结果村组签字，中心抽查。"),
        (c, "灾害信息员", "general", "救灾物资发放", "救灾物资发放不登记", "思想道德", "Ⅲ级",
         "发放登记，受助人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：防灾减灾组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "huangzhong_tianjiazhai_centre_posts",
        "https://www.huoqiu.gov.cn/public/6618441/34241931.html",
        "镇农业综合服务中心 廉政风险点排查表 对岗不对人, after the source's 灾害信息员队伍工作职责 "
        "(灾情汇总, 核定, 报送): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/"
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def huangzhong_lijiashan_centre_duty_list() -> dict:
    unit = f"{PLACE}李家山镇农业综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "郦瑃淏", "leader", "人影作业点协助保护", "作业点用地补偿款截留", "一级",
         "补偿款直达农户，名单公示。"),
        ("主任", "郦瑃淏", "leader", "农业项目资金管理", "项目资金拨付不按进度", "二级", "拨付凭验收单，集体审批。"),
        ("农技员", "勾璎湄", "general", "防雹作业信息传递", "作业信息瞒报迟报", "二级",
         "作业信息当日登记，主任复核。"),
        ("农技员", "勾璎湄", "general", "农业保险查勘", "查勘定损弄虚作假", "三级", "查勘两人以上，农户签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "huangzhong_lijiashan_centre_duty_list",
        "http://www.yndaily.com/html/2014/yaowenyunnan_0131/1988_2.html",
        "镇农业综合服务中心 廉政风险防控责任清单, after the source's 人工影响天气 regulations (作业点, 乡镇 "
        "协助保护作业场地): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/"
        "``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huangzhong_weather_bureau_name_in_two_cells(),
    huangzhong_quake_bureau_two_sheets(),
    huangzhong_weather_modification_office_list(),
    huangzhong_disaster_centre_group_rows(),
    huangzhong_lushaer_centre_cards(),
    huangzhong_duoba_centre_selfchecks(),
    huangzhong_tianjiazhai_centre_posts(),
    huangzhong_lijiashan_centre_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch543-inbox"))

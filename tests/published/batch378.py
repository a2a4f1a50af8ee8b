"""The three-hundred-and-seventy-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 市场监管 and
药监 bodies, 澄城县 (a county of 渭南 on the 渭北 plateau, its staff Han) — the 县市场监督管理局, four of
its 市场监管所 (城关, 王庄, 韦庄, 冯原), the 县质量技术检测中心, the 县消费者协会 and the 县食品药品稽查
大队 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 市场监督管理局's 一览表 under GROUP ROWS ``一、局领导``, ``二、办公室``, ``三、登记注册股``,
  ``四、信用监管股``, ``五、食品安全监管股`` merged across (no 股室 column): ``岗位 | 姓名`` merged per
  person, short types, 高/中/低, a 填表人/审核人/date line;
- the 城关市场监管所's 防控卡, one sheet a holder (tabs named by the holder): pairs ``持卡人 | … | 职　务
  | …`` and ``负责网格 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``,
  ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 所长签字：``;
- the 王庄市场监管所's 自查表, one sheet a person (tabs 所长, 食品安全监管员, 食品安全协管员): pairs
  ``姓　名 | … | 职　务 | …`` and ``所在单位 | … | 填表日期 | …`` above ``序号 | 工作环节 | 风险点 |
  风险等级 | 防控措施``, no type column, ``高风险/中风险/低风险``, ``本人签名： | … | 所长审核：``;
- the 质量技术检测中心's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``主要表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an
  编制/审核/date line;
- the 消费者协会's 一览表 under ``附件1``: ``岗位 | 责任人`` written out on EVERY row, nothing merged
  (no 科室: the 协会 has none), a ``主要职责`` column before the point, short types,
  ``一级/二级/三级``;
- the 食品药品稽查大队's file in two sheets: ``大队领导`` (``职务 | 姓名 | 分管工作`` merged per leader)
  and ``中队`` (``中队`` merged, ``岗位`` and ``姓名`` merged per person), ``一级风险/二级风险/三级风险``,
  no type column, a 制表/审核/date line under each;
- the 韦庄市场监管所's 责任清单: ``岗位`` and ``责任人`` merged per person (no 科室), ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, the measures and a
  LAST ``责任领导`` column naming the 所长 on every row.

One is harder:

- ``chengcheng_fengyuan_market_station_hidden_draft``: the 冯原市场监管所's 岗位廉政风险防控一览表, an
  ordinary list on its tab ``一览表`` (``岗位 | 姓名`` merged per person, short types, 高/中/低, the
  measures, a 填表人/审核人/date line) in a workbook whose FIRST TAB ``Sheet1`` is HIDDEN (sheet state
  ``hidden``: not shown when the file is opened or printed) and holds the 所's FIRST DRAFT of the
  same list — the same title, heading and sign-off line, no year, no ``作废``/``旧表``/``上年`` and no
  other mark — in which the 副所长's rows still name his predecessor (``晏璘溯``, since moved), the
  所长's points are partly worded otherwise (one with the level 中 where the list says 高), the
  药品医疗器械监管员 has a point the list dropped and the 内勤 none at all. The tab ``一览表`` was made
  by copying the draft and revising it, and the draft was hidden instead of deleted. The README's
  读得懂的表 knows sheets SET ASIDE by what they show (a tab or title marked ``作废``, ``上年``,
  ``旧表``, an older year in the title than another tab's, a blank ``模板`` beside filled ones, the
  older of quarterly re-assessments), a ``汇总（公示）`` tab repeating the others, a hidden
  drop-down list tab (batch30, batch70: no point in it), hidden rows of a filter (read: a view) and
  hidden rows whose note says they are 已销号; it does not describe a WHOLE SHEET OF RISK POINTS
  THAT IS HIDDEN and marked by nothing else — read as a tab like any other, its rows add a form for
  a person no longer in the post and points the list does not hold, and repeat the rest.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by their titles (a 县市场监督管理局's
rules for 双随机一公开 抽查 — 检查对象名录库, 执法检查人员名录库, 随机抽取, 结果公示; 网格化监管 — 网格
划分, 日常巡查, 信息收集, 投诉处理; a 乡镇's rules for assessing 食品安全监管员、协管员、信息员; a city's
计量检测 收费标准 — 检测项目, 收费, 检测质量; what the 消法 sets as a 消协's 职能; a 省食品药品稽查大队 —
监督检查, 专项整治, 抽查检验, 假劣药品; the 药品经营质量管理规范 现场检查评定细则 for 体外诊断试剂; 市场
监管 线上线下 执法闭环) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 澄城县, named with the county's name.

Run ``python tests/published/score.py --set batch378`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the HIDDEN tab ``Sheet1`` is no part of what the 所 sends: what a unit hands
  back is what its file shows, and a tab hidden by its sender (here an earlier draft of the very
  list on the visible tab, its rows repeated there or replaced) is not shown when the file is opened
  or printed; its rows are no points and its names (``晏璘溯`` among them) no holders; the file's
  forms are the visible ``一览表``'s, as they would be had the draft been deleted;
- ``局领导`` (a group row of the 局's list) and ``大队领导`` (the 稽查大队's sheet of its leaders, named so
  by its tab and title) are the 科室 of those leaders; a 局's 股 and 办公室, the 检测中心's 室 and the
  稽查大队's 中队 are 科室; ``中心领导`` (a 科室 cell of the 检测中心's list) is the 科室 of its leaders; a
  group row ``三、登记注册股`` gives the 科室 ``登记注册股`` (its number left off);
- the four 市场监管所 are units of their own (``澄城县市场监督管理局城关市场监管所`` …) with no 科室, as
  batch345's: their forms have the 科室 "" (the cards' ``负责网格`` is where the holder works, the
  自查表's ``所在单位`` the 所 itself: neither is a 科室); the 消费者协会 has no 科室 either;
- 局长, 副局长, 所长, 副所长, the 检测中心's 主任 and 副主任, the 消费者协会's 秘书长 and 副秘书长, the 稽查
  大队's 大队长 and 副大队长 are leaders; 股长, 办公室主任, a 室's 室主任 and 中队长 middle; the rest (科员,
  网格监管员, 食品安全监管员, 食品安全协管员, 药品医疗器械监管员, 药品监管员, 执法人员, 内勤, 检定员,
  检验员, 收费员, 投诉调解员, 会计, 稽查员) general;
- ``风险点 | 主要表现`` (the 检测中心's list): the point is the short 风险点; ``分管工作``, ``主要职责``,
  ``职责事项``, ``工作环节``, ``负责网格`` and ``持卡时间`` are no points and name no holder; the 韦庄所's
  LAST ``责任领导`` column names a supervisor (the holder is ``责任人``); the 检测中心's list names no
  person: its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``一级/二级/三级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 韦庄所's note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus a sheet's ``hidden`` state) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b378_"
PLACE = "澄城县"
BUREAU = f"{PLACE}市场监督管理局"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

DRAFT_UNIT = f"{BUREAU}冯原市场监管所"
DRAFT_TAB, LIST_TAB = "Sheet1", "一览表"
DRAFT_HEAD = ("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
PREDECESSOR = "晏璘溯"
# (岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 防控措施)]) — the list as sent (tab 一览表)
FINAL_ROWS = [
    ("所长", "蹇昀翚", "leader", [
        ("行政处罚案件不经集体讨论，擅自减轻处罚", "制度机制", "高",
         "案件处理意见经所务会集体讨论，报局法规股审核。"),
        ("对辖区经营户违法线索压案不查、以罚代管", "岗位职责", "高",
         "案件线索登记编号，线上线下全程留痕，按月对账。"),
        ("接受辖区企业宴请和礼品礼金", "思想道德", "中", "节前廉洁提醒，拒收登记，签订廉洁承诺书。"),
    ]),
    ("副所长", "隗砚祺", "leader", [
        ("食品经营许可现场核查走过场", "业务流程", "高", "现场核查两人以上，核查记录拍照上传系统。"),
        ("执法检查中选择性执法、随意降低处罚标准", "岗位职责", "中", "执法全过程记录，处罚裁量基准公开。"),
    ]),
    ("食品安全监管员", "郜沅朔", "general", [
        ("日常巡查中对无证经营问题瞒报不报", "岗位职责", "中", "巡查记录线上填报，所长按月抽查复核。"),
        ("向检查对象泄露抽检计划和检查时间", "外部环境", "高", "抽检计划专人保管，检查前不对外透露。"),
    ]),
    ("药品医疗器械监管员", "揭珮岚", "general", [
        ("药品零售企业检查中对违规销售处方药放行", "岗位职责", "高", "检查结果录入监管系统，局药品股抽查。"),
        ("医疗器械经营备案材料审核不严", "业务流程", "低", "备案材料清单化审核，双人复核。"),
    ]),
    ("内勤", "湛熠珂", "general", [
        ("执法文书和罚没票据管理不规范", "制度机制", "中", "文书、票据领用登记，按月核销。"),
    ]),
]  # fmt: skip
# the first draft, hidden (tab Sheet1): no point of the file
DRAFT_ROWS = [
    ("所长", "蹇昀翚", [
        ("行政处罚案件不经集体讨论，擅自减轻处罚", "制度机制", "中", "案件处理意见经所务会集体讨论。"),
        ("对违法线索压案不查", "岗位职责", "高", "案件线索登记编号，按月对账。"),
    ]),
    ("副所长", PREDECESSOR, [
        ("食品经营许可现场核查走过场", "业务流程", "高", "现场核查两人以上，核查记录存档。"),
        ("特种设备使用登记审核不严", "业务流程", "中", "登记材料双人审核。"),
    ]),
    ("食品安全监管员", "郜沅朔", [
        ("日常巡查中对无证经营问题瞒报不报", "岗位职责", "中", "巡查记录线上填报，所长按月抽查复核。"),
        ("向检查对象泄露抽检计划和检查时间", "外部环境", "高", "抽检计划专人保管，检查前不对外透露。"),
    ]),
    ("药品医疗器械监管员", "揭珮岚", [
        ("药品零售企业检查中对违规销售处方药放行", "岗位职责", "高", "检查结果录入监管系统。"),
        ("药品经营许可证换证审查把关不严", "业务流程", "中", "换证材料集体审核，结果公示。"),
    ]),
]  # fmt: skip


def _station_list(sh: _Sheet, unit: str, people) -> list[int]:
    """The 所's list on ``sh``: a title, the heading, the rows (post and name merged per
    person), a sign-off line; returns the table's rows."""
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*DRAFT_HEAD)
    first = len(sh.rows)
    n = 0
    for post, who, *_, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
    _per_person(sh, first, None, 1, 2)
    rows = list(range(first, len(sh.rows)))
    sh.add("填表人：", None, "审核人：", None, None, "2025年10月", None)
    return rows


def chengcheng_fengyuan_market_station_hidden_draft() -> dict:
    unit = DRAFT_UNIT
    t = _Truth(unit)
    draft = _Sheet(DRAFT_TAB, [6, 14, 9, 38, 10, 9, 34])
    _station_list(draft, unit, DRAFT_ROWS)
    draft_data = {**draft.data(), "hidden": True}
    sh = _Sheet(LIST_TAB, [6, 14, 9, 38, 10, 9, 34])
    _station_list(sh, unit, FINAL_ROWS)
    for post, who, tier, points in FINAL_ROWS:
        for point, typ, lv, _measures in points:
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    lay = _layout(
        "chengcheng_fengyuan_market_station_hidden_draft",
        "https://www.zhetiaohe.com/ss/3d91f4dcc9fc4358e6d34e16acf6a69f81127c929aca403f5bf247f5f9abb5b00d89dbcc005160bd6ce0ae29afef1c75.html",
        "(harder) 市场监管所 岗位廉政风险防控一览表, after the source's 市场监管 线上线下 执法闭环: an ordinary list on the tab "
        "``一览表`` (a title, 序号/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/date line) in a workbook whose FIRST tab ``Sheet1`` is HIDDEN and holds the 所's first draft of the same "
        "list (the same title, heading and sign-off; the 副所长's rows under his predecessor, points worded otherwise, one "
        "level lower, one point dropped since, no 内勤), marked by nothing but its hidden state",
        [sh], t,
    )  # fmt: skip
    lay["sheets"].insert(0, draft_data)
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def chengcheng_bureau_group_rows() -> dict:
    unit = BUREAU
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "巩璠灏", "leader", [
                ("“三重一大”事项不经党组会集体研究", "制度机制", "高", "“三重一大”事项清单化管理，会议纪要存档。"),
                ("干预执法办案，为违法企业说情", "思想道德", "中", "领导干部插手干预执法办案记录报告。"),
            ]),
            ("副局长", "乜筠曦", "leader", [
                ("双随机抽查中指定检查对象和检查人员", "业务流程", "高", "检查对象和执法人员由系统随机抽取，全程留痕。"),
            ]),
        ]),
        ("二、办公室", "办公室", [
            ("办公室主任", "闵瑀汀", "middle", [
                ("执法装备和办公用品采购不按程序", "制度机制", "中", "采购事项事前审批，比价结果公开。"),
            ]),
        ]),
        ("三、登记注册股", "登记注册股", [
            ("股长", "帅琤淮", "middle", [
                ("对不符合条件的申请违规办理登记", "岗位职责", "高", "登记材料清单化审核，办理结果网上可查。"),
            ]),
            ("科员", "糜昶钰", "general", [
                ("泄露企业登记档案信息", "外部环境", "低", "档案查询实名登记，查询记录留痕。"),
            ]),
        ]),
        ("四、信用监管股", "信用监管股", [
            ("股长", "竺翯岚", "middle", [
                ("抽查结果不按时公示，为企业瞒报问题", "岗位职责", "中", "抽查结果20个工作日内公示，局领导审签。"),
                ("违规将企业移出经营异常名录", "业务流程", "高", "移出前实地核查，移出决定集体审核。"),
            ]),
        ]),
        ("五、食品安全监管股", "食品安全监管股", [
            ("科员", "栾霈菡", "general", [
                ("食品抽检中调换样品、事先透露抽检信息", "外部环境", "高", "抽样封样双人签字，抽检计划保密。"),
                ("对食品生产企业监督检查流于形式", "岗位职责", "低", "检查记录拍照上传，股长按季度抽查。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "chengcheng_bureau_group_rows",
        "https://abg.baidu.com/tags/z7mmvuftug6obnv5xhomb3n623fnbm5b2334zzolvpf6no722k53tk57vkz6tmxjxgsnp56pxdkpe13",
        "县市场监督管理局 岗位廉政风险防控一览表, after the source's 双随机一公开 抽查工作细则 (检查对象名录库, 执法检查人员名录库, "
        "随机抽取, 结果公示): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS "
        "``一、局领导``, ``二、办公室``, ``三、登记注册股``, ``四、信用监管股``, ``五、食品安全监管股`` merged across (no 股室 "
        "column); 岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def chengcheng_chengguan_station_cards() -> dict:
    unit = f"{BUREAU}城关市场监管所"
    t = _Truth(unit)
    cards = [
        ("副所长", "姬睿峣", "leader", "城关全域", [
            ("网格划分和监管任务分配中照顾关系户", "制度机制风险", "★★", "网格划分方案经所务会研究并公开。"),
            ("对网格员上报的问题线索不处理、不移交", "岗位职责风险", "★★★", "问题线索登记台账，处理结果按月通报。"),
            ("接受商户宴请、购物卡", "思想道德风险", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("网格监管员", "仇湉钰", "general", "城关一网格", [
            ("日常巡查记录弄虚作假，巡查不到位", "岗位职责风险", "★★", "巡查定位打卡，巡查记录所长抽查。"),
            ("对消费者投诉拖延处理、偏袒商户", "外部环境风险", "★★★", "投诉件限时办结，办理结果回访。"),
        ]),
        ("网格监管员", "戈皎棠", "general", "城关二网格", [
            ("收集的经营主体信息不实，漏报违法线索", "业务流程风险", "★★", "信息采集双人核对，系统比对核查。"),
            ("利用检查之便向商户推销产品", "思想道德风险", "★", "检查时两人以上，接受群众监督。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, grid, points in cards:
        sh = _Sheet(who, [6, 38, 13, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        sh.add("负责网格", grid, "持卡时间", "2025年10月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "所长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "chengcheng_chengguan_station_cards",
        "https://www.mifoxo.com/news/jie-mi-shi-chang-jian-guan-ju-wang-ge-hua-jian-guan-ru-he-shou-hu-shi-chang-an-quan-yu-zhi-xu.html",
        "市场监管所 岗位廉政风险防控卡, one sheet a holder (tabs named by the holder), after the source's 网格化监管 (网格划分, "
        "日常巡查, 信息收集, 投诉处理): a title, PAIRS ``持卡人 | … | 职　务 | …`` and ``负责网格 | … | 持卡时间 | …``, then "
        "序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 所长签字：``",
        sheets, t,
    )  # fmt: skip


def chengcheng_wangzhuang_station_selfchecks() -> dict:
    unit = f"{BUREAU}王庄市场监管所"
    t = _Truth(unit)
    people = [
        ("所长", "扈峤翊", "leader", [
            ("辖区食品安全监管员、协管员考核", "考核打分凭印象，优亲厚友", "中风险", "考核细则公开，考核结果公示。"),
            ("协管员补助发放", "虚报协管员人数，套取补助资金", "高风险", "补助名单和金额在所内公示，局财务股复核。"),
        ]),
        ("食品安全监管员", "芮璎沁", "general", [
            ("小作坊、小餐饮登记", "对不符合条件的小作坊违规登记", "高风险", "登记前现场核查，登记结果公示。"),
            ("食品安全事故报告", "对食品安全事故瞒报、迟报", "中风险", "事故信息直报局食品股，逐级报告。"),
        ]),
        ("食品安全协管员", "巫靓澔", "general", [
            ("农村集体聚餐备案指导", "备案指导中收取主办人好处", "中风险", "备案指导免费，备案信息所内登记。"),
            ("食品安全隐患信息报告", "发现隐患不报告，替经营户隐瞒", "低风险", "隐患信息每周报送，所内抽查核实。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in people:
        sh = _Sheet(post, [6, 20, 34, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在单位", "王庄市场监管所", "填表日期", "2025年10月", None)
        sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施")
        for i, (step, point, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "chengcheng_wangzhuang_station_selfchecks",
        "https://abg.baidu.com/tags/ysz47z6v6lflhrvxwczmrk544c45zvfrugrnblnz3tkldinc2dc47iwuwg73zowlwdwlpka11",
        "市场监管所 岗位廉政风险自查表, one sheet a person (tabs 所长, 食品安全监管员, 食品安全协管员), after the source's rules for "
        "assessing a 乡镇's 食品安全监管员、协管员、信息员: a title, PAIRS ``姓　名 | … | 职　务 | …`` and ``所在单位 | … | 填表日期 "
        "| …``, then 序号/``工作环节``/风险点/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a blank row and "
        "``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def chengcheng_testing_center_posts() -> dict:
    unit = f"{PLACE}质量技术检测中心"
    sh = _Sheet("排查表", [6, 14, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("检测设备采购", "大型检测设备采购指定品牌、化整为零规避采购", "制度机制风险", "Ⅰ级",
             "设备采购经中心会议集体研究，按限额进场交易。"),
        ]),
        ("中心领导", "副主任", "leader", [
            ("检测报告签发", "对不合格检测结果授意改写后签发", "岗位职责风险", "Ⅰ级", "报告签发实行编制、审核、批准三级签字。"),
        ]),
        ("计量检定室", "室主任", "middle", [
            ("强检计量器具检定", "对未检定的加油机、电子秤出具合格证书", "岗位职责风险", "Ⅰ级",
             "检定原始记录与证书逐份核对，现场检定拍照存档。"),
        ]),
        ("计量检定室", "检定员", "general", [
            ("检定数据记录", "篡改检定原始数据", "业务流程风险", "Ⅱ级", "检定数据系统自动采集，修改留痕。"),
            ("上门检定服务", "上门检定时接受企业宴请、收受礼品", "外部环境风险", "Ⅲ级", "上门检定两人以上，签订廉洁承诺。"),
        ]),
        ("产品质量检验室", "检验员", "general", [
            ("委托检验", "为委托方出具与实际不符的检验报告", "思想道德风险", "Ⅰ级", "样品盲样编号，检验报告抽查复核。"),
            ("样品管理", "检验后样品私自留用、处置", "制度机制风险", "Ⅲ级", "样品出入库登记，余样按规定集中处置。"),
        ]),
        ("综合室", "收费员", "general", [
            ("检测收费", "不按收费标准收费，收费不开票据", "业务流程风险", "Ⅱ级", "收费标准上墙公示，收费系统自动出票。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, "2025年10月", None)
    return _layout(
        "chengcheng_testing_center_posts", "https://www.httgc.com/kk/jie-mi-ma-an-shan-ji-liang-jian-ce-shou-fei-biao-zhun-yu-xing-ye-zhen-xiang-quan-jie-xi.html",
        "县质量技术检测中心 岗位廉政风险点排查表 对岗不对人, after the source's 计量检测 收费标准 (检测项目, 收费, 检测质量): a "
        "title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long ``主要表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def chengcheng_consumer_association_every_row() -> dict:
    unit = f"{PLACE}消费者协会"
    sh = _Sheet("一览表", [6, 11, 9, 26, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "岗位", "责任人", "主要职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("秘书长", "那镕骁", "leader", "主持协会日常工作", "消费维权专项经费使用不经集体研究", "制度机制", "一级",
         "经费使用经会长办公会研究，年度收支公开。"),
        ("秘书长", "那镕骁", "leader", "主持协会日常工作", "为经营者出具消费维权方面的评价、推荐", "外部环境", "二级",
         "协会不以任何形式推荐商品和服务。"),
        ("副秘书长", "桓琬茜", "leader", "分管比较试验和消费调查", "比较试验样品选取和结果发布受企业干扰", "业务流程", "一级",
         "比较试验方案公开，样品随机购买。"),
        ("投诉调解员", "相骐芃", "general", "受理和调解消费者投诉", "调解中偏袒经营者，收受经营者好处", "思想道德", "一级",
         "调解两人以上参加，调解结果回访。"),
        ("投诉调解员", "相骐芃", "general", "受理和调解消费者投诉", "投诉件不登记、拖延办理", "岗位职责", "二级",
         "投诉件系统登记，限时办结。"),
        ("投诉调解员", "查璐旻", "general", "消费维权咨询和投诉转办", "泄露投诉人个人信息", "岗位职责", "三级",
         "投诉人信息专人保管，查询留痕。"),
        ("会计", "庹瑢蔚", "general", "协会经费核算", "虚列支出，套取协会经费", "制度机制", "二级",
         "支出凭证经办、审核、审批三签。"),
    ]  # fmt: skip
    for i, (post, who, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年10月", None)
    return _layout(
        "chengcheng_consumer_association_every_row",
        "https://www.zhetiaohe.com/ss/d973c4f0590c6b0af9adbdf2ba5d4abf1cc93b9cc7cdd0211956af95ff38d0d948de8b822161316bff3ea46d77f27494.html",
        "县消费者协会 岗位廉政风险防控一览表, after the source's 消法 on the 消协's 职能 (投诉受理和调解, 比较试验, 消费调查): "
        "``附件1``, a title, 序号/岗位/责任人 written out on EVERY row (nothing merged, no 科室)/``主要职责``/风险点/风险类型 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def chengcheng_inspection_brigade_two_sheets() -> dict:
    unit = f"{PLACE}食品药品稽查大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 10, 9, 26, 38, 11, 32])
    _line(lead, f"{unit}大队领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("大队长", "贲骧屹", "主持全面工作，分管案件审理", [
            ("重大案件处理不经集体讨论", "一级风险", "重大案件经案审会集体讨论，记录存档。"),
            ("为涉案企业说情、干预办案", "一级风险", "插手干预办案记录报告，定期通报。"),
        ]),
        ("副大队长", "钮璞峥", "分管药品稽查和专项整治", [
            ("专项整治中对重点企业检查走过场", "二级风险", "专项整治方案公开，检查结果通报。"),
            ("接受药品经营企业宴请和礼品", "三级风险", "严守中央八项规定精神，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年10月", None)
    team = _Sheet("中队", [6, 12, 10, 9, 38, 11, 32])
    _line(team, f"{unit}中队岗位廉政风险防控表", 7)
    team.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("食品稽查中队", "中队长", "劳翙铭", "middle", [
            ("案件调查取证不全面，故意遗漏关键证据", "一级风险", "调查取证两人以上，证据清单案审核对。"),
            ("对违法企业罚没物品处置不规范", "二级风险", "罚没物品登记入库，集中公开处置。"),
        ]),
        ("食品稽查中队", "稽查员", "蓬颢渟", "general", [
            ("监督抽检中调换样品、透露抽检信息", "一级风险", "抽样封样双人签字，抽检计划保密。"),
        ]),
        ("药品稽查中队", "中队长", "宦琪瑗", "middle", [
            ("对制售假劣药品案件降格处理", "一级风险", "案件定性经法制审核，结果公示。"),
        ]),
        ("药品稽查中队", "稽查员", "郦婕澜", "general", [
            ("检查中接受药店宴请、购物卡", "三级风险", "检查前廉洁提醒，执法记录仪全程记录。"),
            ("举报线索泄露给被举报人", "二级风险", "举报线索专人登记，举报人信息保密。"),
        ]),
    ]  # fmt: skip
    first = len(team.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            team.add(n, d, post, who, point, lv, measures)
            t.point(team.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(team, first, 1, 2, 3)
    team.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "chengcheng_inspection_brigade_two_sheets",
        "https://www.seridoat.com/article/jie-mi-zhe-jiang-sheng-shi-pin-yao-pin-ji-cha-da-dui-shou-hu-she-jian-an-quan-jie-mi-zhi-fa-bei-hou.html",
        "县食品药品稽查大队 廉政风险防控表 in two sheets, after the source's 省食品药品稽查大队 (监督检查, 专项整治, 抽查检验, "
        "假劣药品): ``大队领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施; a 制表/审核/date line) and ``中队`` (a title, 序号/中队 merged/岗位 and 姓名 merged per person/…; "
        "the same line); no type column",
        [lead, team], t,
    )  # fmt: skip


def chengcheng_weizhuang_station_duties() -> dict:
    unit = f"{BUREAU}韦庄市场监管所"
    sh = _Sheet("责任清单", [6, 14, 9, 16, 34, 13, 8, 30, 9])
    t = _Truth(unit)
    chief = "阚霖渊"
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    rows = [
        ("所长", chief, "leader", [
            ("所务决策", "执法车辆、装备购置不经所务会研究", "制度机制风险", "Ⅰ", "所务会集体研究，采购结果公示。"),
        ]),
        ("副所长", "弓曜菁", "leader", [
            ("案件审核", "对药品经营违法案件降格处理", "岗位职责风险", "Ⅰ", "案件处理意见报局法规股审核。"),
            ("执法检查安排", "检查计划向被检查企业泄露", "外部环境风险", "Ⅱ", "检查计划专人保管，检查前不通知。"),
        ]),
        ("药品监管员", "鄂瑾翎", "general", [
            ("药品零售企业现场检查", "按药品经营质量管理规范检查时降低评定标准", "岗位职责风险", "Ⅰ",
             "检查按评定细则逐项打分，检查记录存档。"),
            ("体外诊断试剂经营检查", "对冷链储运不合格问题不记录、不处理", "业务流程风险", "Ⅱ", "检查发现问题限期整改，复查留痕。"),
        ]),
        ("执法人员", "菅凇骅", "general", [
            ("案件调查", "调查取证中收受当事人财物", "思想道德风险", "Ⅱ", "调查取证两人以上，执法记录仪全程记录。"),
            ("罚没款收缴", "罚没款不及时上缴", "制度机制风险", "Ⅲ", "罚没款由当事人直接缴入财政专户。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年10月", None, None)
    return _layout(
        "chengcheng_weizhuang_station_duties",
        "https://abg.baidu.com/tags/zts43ywv563m7swuxtasruvjy23stpvn2ovmn46swxjktrvxx2w5hkwwzla37oo4ydw3tzvxw3h5nm5bxtwlf2ogyc3krt5y2tza14",
        "市场监管所 廉政风险防控责任清单, after the source's 药品经营质量管理规范 现场检查评定细则 for 体外诊断试剂: a title, then "
        "序号/岗位 and ``责任人`` merged per person (no 科室)/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任领导`` column naming the 所长 on every row; a ``注：`` line on the grades and a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chengcheng_fengyuan_market_station_hidden_draft(),
    chengcheng_bureau_group_rows(),
    chengcheng_chengguan_station_cards(),
    chengcheng_wangzhuang_station_selfchecks(),
    chengcheng_testing_center_posts(),
    chengcheng_consumer_association_every_row(),
    chengcheng_inspection_brigade_two_sheets(),
    chengcheng_weizhuang_station_duties(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` plus a sheet's ``hidden`` state (the tab hidden, the first visible
    tab active and first in the tab bar), as Excel and WPS leave a hidden tab."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 10, 9, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    shown = None
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        if sheet.get("hidden"):
            ws.hide()
        elif shown is None:
            shown = ws
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
    if shown is not None:
        shown.activate()
        shown.set_first_sheet()
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch378-inbox"))

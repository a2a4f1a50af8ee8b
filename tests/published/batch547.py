"""The five-hundred-and-forty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 应急 and
消防 bodies, 平安区 — the 应急管理局, the 应急物资储备中心, the 安全生产执法大队, the 应急救援指挥中心,
the 政府专职消防队, the 应急管理站 of two of its 镇 (鹤岭镇, 石门镇) and the 消防救援大队 — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 应急管理局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 应急物资储备中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 安全生产执法大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 鹤岭镇 应急管理站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在站所`` over a row of values, 高/中/低, ``自查情况``;
- the 石门镇 应急管理站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、安全监管组`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 应急救援指挥中心's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 |
  风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 政府专职消防队's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``pingan_fire_brigade_rank_before_name``: the 消防救援大队's 岗位廉政风险防控一览表, ``序号 | 部门 |
  职务 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, where every 姓名 cell opens with the
  holder's 消防救援衔 (the rank of the 国家综合性消防救援队伍 under the 消防救援衔条例), then a
  full-width space, then the name: ``一级指挥员　禤骁沨``, ``三级指挥员　佴翊澂``, ``一级消防士
  甄霈洺``. The 职务 column beside it holds the post (大队长, 主任, 站长, 班长). The rank is no post
  and no level: it says what rank the holder bears, and its words are the very words of a level
  (``一级``, ``三级``). The README's 读得懂的表 knows a post typed onto the name (``局长嵇淏岷``,
  ``厍翊沣局长``), a name bracketed after a post (``民政专干(高丽)``), a post bracketed after a name
  (``蓝建峰(所长)``), and earlier batches a ``职级`` column of civil-service grades BESIDE the post
  (``三级主任科员``, batches 101, 166, 191, 197), a 职级 written in the 职务 column AS the post
  (batch 145) and an acting post ``（主持工作）``; none types a RANK (neither the post nor a civil
  grade, and worded like a level) onto the front of the name in the name column, with the post
  in a column of its own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the text of the 消防救援衔条例 —
指挥员, 指挥长, 消防士 and the rank a post bears; an answer on what an 应急管理局 does —
救灾, 物资储备, 预案, 演练; a page on 应急物资管理制度 — 储备, 轮换, 调拨; a page on the 安全生产法's
执法部门 — 综合监管, 监督检查, 行政处罚; a 镇's 突发公共事件总体应急预案 — 预防, 处置, 救灾; a 镇's 应急预案 with
its 站所 and 村 — 信息报告, 物资储备; news of 镇（街）应急管理办公室 and 应急救援中心 — 应急救援队伍,
物资储备; an answer on a 消防大队's ranks and posts — 大队长, 教导员, 班长, 消防员) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names); every unit is a body of 平安区
(``unit_words=("平安区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch547`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the person is the name after the rank (``一级指挥员　禤骁沨`` → 禤骁沨); the
  post is the ``职务`` cell (大队长), not the rank; the rank gives no level (the level is the
  ``风险等级`` column's, 高/中/低 → 1/2/3) and no tier; the ``部门`` cell is the 科室 (``大队领导``,
  ``防火监督室``, ``城东消防救援站``: a 大队's 站 is its 科室, as a 中心's 科);
- ``局领导``, ``站领导`` and ``大队领导`` are the 科室 of those leaders; a 局's 科, a 中心's 科, a
  执法大队's 中队, a 站's 组 are 科室; a group row ``一、站领导`` gives the 科室 ``站领导``,
  ``二、安全监管组`` the 科室 ``安全监管组`` (its number left off), as batches 280 and 546 did;
- the two 镇 应急管理站 are a 镇's stations: the unit is the 镇 (``平安区鹤岭镇``, ``平安区石门镇``),
  the 科室 ``应急管理站`` (the 自查表's ``所在站所`` cell), and for 石门镇 the group row's ``站领导``
  / ``安全监管组`` (the station's parts under the 镇; the 站长 is middle, the README's convention);
- every other body is a unit of its own: a 局's 局长 and 副局长, a 中心's 主任, a 大队's 大队长
  and 教导员, a 队's 队长 are leaders; 科长, 中队长, 室主任, 站长 (of the 大队's 站 or of a 镇's 站)
  and 组长 are middle; the rest (科员, 保管员, 执法员, 班长, 安全员, 驾驶员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 安全生产执法大队's list names no person: its forms are posts
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

PREFIX = "b547_"
PLACE = "平安区"
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

# (部门, 职务, 消防救援衔, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
RANKED = [
    ("大队领导", "大队长", "一级指挥员", "禤骁沨", "leader", [
        ("消防装备采购指定品牌", "制度机制", "高", "装备采购按规定公开招标，需求经大队党委会研究。"),
        ("营房修缮工程干预发包", "岗位职责", "中", "修缮工程比选确定施工单位，结果公示。"),
    ]),
    ("防火监督室", "主任", "三级指挥员", "佴翊澂", "middle", [
        ("消防监督检查降格处理", "岗位职责", "高", "检查两人以上，处罚结果集体讨论。"),
        ("向被检查单位推销消防产品", "思想道德", "中", "签订廉洁承诺，设立举报电话。"),
    ]),
    ("城东消防救援站", "站长", "三级指挥员", "逯蘅霁", "middle", [
        ("伙食费结余私自支配", "制度机制", "中", "伙食账目每月公开，经委会审核。"),
    ]),
    ("城东消防救援站", "班长", "一级消防士", "甄霈洺", "general", [
        ("车辆油料虚报冒领", "业务流程", "低", "一车一卡，出车记录与油耗逐月比对。"),
    ]),
]  # fmt: skip


def pingan_fire_brigade_rank_before_name() -> dict:
    unit = f"{PLACE}消防救援大队"
    sh = _Sheet("一览表", [6, 16, 8, 18, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, rank, who, tier, points in RANKED:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, f"{rank}　{who}", point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "pingan_fire_brigade_rank_before_name",
        "https://news.china.com/domesticgd/10000159/20181027/34276873_1.html",
        "(harder) 区消防救援大队 岗位廉政风险防控一览表, after the source's text of the 消防救援衔条例 "
        "(指挥长, 指挥员, 消防长, 消防士; 大队级正职 一级指挥员, 站级正职 三级指挥员): 序号/部门 merged/"
        "职务 merged/姓名 merged per person, every 姓名 cell the holder's RANK then a full-width space "
        "then the name (``一级指挥员　禤骁沨``, ``一级消防士　甄霈洺``)/廉政风险点/short types/高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pingan_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯泓琮", "局长", "主持全面工作", [
            ("安全生产专项资金分配个人说了算", "一级", "专项资金分配经局党委会集体研究，结果公开。"),
            ("干部选拔任用暗箱操作", "二级", "选人用人严格按程序，全程纪实。"),
        ]),
        ("郏沅霆", "副局长", "分管安全生产监管", [
            ("为企业安全许可说情打招呼", "一级", "许可审查实行集体会审，说情打招呼登记报告。"),
            ("事故调查结论从轻认定", "二级", "事故调查组成员多部门组成，报告集体审定。"),
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
    dept = _Sheet("科室", [6, 18, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("危险化学品监管科", "科长", "斛昶骞", "middle", "危化品经营许可审查放宽条件", "一级",
         "许可材料网上公示，现场核查两人以上。"),
        ("危险化学品监管科", "科长", "斛昶骞", "middle", "隐患整改验收走过场", "三级", "整改验收附影像资料，抽查复核。"),
        ("救灾和物资保障科", "科员", "濮瑱霖", "general", "救灾款物发放优亲厚友", "二级", "发放名单村组公示，签字领取。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "pingan_emergency_bureau_two_sheets",
        "https://m.kfkhr.com/1/1308602.html",
        "区应急管理局's file in two sheets, after the source's answer on what an 应急管理局 does (救灾, "
        "物资储备, 预案, 演练): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with "
        "科室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def pingan_reserve_centre_cards() -> dict:
    unit = f"{PLACE}应急物资储备中心"
    t = _Truth(unit)
    cards = [
        ("主任", "舒珩璞", "leader", [
            ("储备物资采购围标串标", "★★★", "采购按政府采购程序，评审专家随机抽取。"),
            ("物资轮换处置低价出售", "★★", "轮换处置经评估后公开处置，收入上缴。"),
        ]),
        ("保管员", "栾曦珝", "general", [
            ("物资出入库台账不实", "★★", "出入库凭调拨单办理，双人签字。"),
            ("库存物资私自借用", "★", "库房双锁管理，每月盘点。"),
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
        "pingan_reserve_centre_cards",
        "http://www.hanyi.net/tag_yingjiwuziguanlizhidu",
        "区应急物资储备中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 保管员), after the source's page "
        "on 应急物资管理制度 (储备, 轮换, 调拨, 盘点): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def pingan_safety_enforcement_posts() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "大队领导", "执法一中队"
    rows = [
        (a, "大队长", "leader", "行政处罚决定", "处罚裁量畸轻畸重，人情处罚", "制度机制", "Ⅰ级",
         "处罚案件法制审核，重大案件集体讨论。"),
        (b, "中队长", "middle", "执法检查计划", "检查对象选择随意，选择性执法", "岗位职责", "Ⅱ级",
         "检查对象双随机抽取，计划公开。"),
        (b, "执法员", "general", "现场检查", "接受企业宴请，隐瞒隐患不报", "外部环境", "Ⅰ级",
         "执法记录仪全程记录，检查文书当场送达。"),
        (b, "执法员", "general", "罚没款收缴", "收缴罚款不开票据", "思想道德", "Ⅲ级",
         "罚缴分离，罚款直接缴入指定账户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "pingan_safety_enforcement_posts",
        "https://www.renrendoc.com/paper/491694968.html",
        "区安全生产执法大队 廉政风险点排查表 对岗不对人, after the source's page on the 安全生产法's 执法部门 "
        "(监督检查, 行政处罚, 执法程序): 中队 merged/岗位 merged/a short 风险点/a long 风险表现/"
        "short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def pingan_heling_station_selfchecks() -> dict:
    unit = f"{PLACE}鹤岭镇"
    t = _Truth(unit)
    people = [
        ("荆昀翥", "站长", "middle", "应急管理站", [
            ("救灾物资分配优亲厚友", "高", "救灾物资分配经镇党委会研究，村组公示。"),
            ("应急演练经费虚列支出", "中", "演练经费凭方案和影像资料报销。"),
        ]),
        ("蔺霁翀", "安全员", "general", "应急管理站", [
            ("企业隐患排查走过场", "中", "排查记录企业负责人签字，站长抽查。"),
            ("接受企业土特产", "低", "签订廉洁承诺，定期警示教育。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}应急管理站岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在站所", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "镇纪委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pingan_heling_station_selfchecks",
        "http://www.lucheng.gov.cn/art/2020/10/22/art_1229443018_2039002.html",
        "区鹤岭镇 应急管理站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's "
        "镇 突发公共事件总体应急预案 (预防, 处置, 救灾): a label row ``姓　名 | 岗　位 | "
        "所在站所`` over values, 序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 镇纪委意见：``",
        sheets, t,
    )  # fmt: skip


def pingan_shimen_station_group_rows() -> dict:
    unit = f"{PLACE}石门镇"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}应急管理站廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "眭昉琛", "middle", [
                ("防汛物资采购指定供应商", "一级风险", "采购三家以上比价，镇纪委监督。"),
                ("灾情统计虚报瞒报", "二级风险", "灾情数据村组核实，逐级签字。"),
            ]),
        ]),
        ("二、安全监管组", "安全监管组", [
            ("组长", "阙琰沣", "middle", [
                ("小作坊安全检查收受好处", "一级风险", "检查两人以上，结果上墙公示。"),
                ("整改复查弄虚作假", "三级风险", "复查附现场照片，站长抽查。"),
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
        "pingan_shimen_station_group_rows",
        "https://jingyanben.com/bangongwenmi/210390.html?page=6",
        "区石门镇 应急管理站 廉政风险防控责任清单, after the source's 镇 应急预案 (镇直站所的应急职责, 村委会, "
        "信息报告, 物资储备): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、站领导``, ``二、安全监管组`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def pingan_rescue_command_centre_list() -> dict:
    unit = f"{PLACE}应急救援指挥中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "隗湛珏", "leader", "救援队伍装备采购暗箱操作", "制度机制风险", "高风险",
         "装备采购公开招标，需求经中心会议研究。"),
        ("中心领导", "主任", "隗湛珏", "leader", "救援补助发放审批随意", "岗位职责风险", "中风险",
         "补助按标准核定，名单公示。"),
        ("指挥调度科", "科长", "楚翾澈", "middle", "值班记录事后补写", "业务流程风险", "中风险",
         "值班信息系统留痕，每周抽查。"),
        ("指挥调度科", "驾驶员", "暴昕霂", "general", "救援车辆私用", "思想道德风险", "低风险",
         "车辆出车登记，定位轨迹核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "pingan_rescue_command_centre_list",
        "http://tkpao.com/redianxinwen/4082_2.html",
        "区应急救援指挥中心 廉政风险防控一览表, after the source's news of 镇（街）应急管理办公室 and 应急救援中心 "
        "(应急救援队伍, 培训演练, 物资储备): 序号/科室 merged/岗位 and 责任人 merged per person/风险点/"
        "``…风险`` types/``高风险/中风险/低风险``/防控措施; 填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def pingan_fulltime_fire_team_duty_list() -> dict:
    unit = f"{PLACE}政府专职消防队"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("队长", "钭骞旸", "leader", "队员招录", "专职队员招录优亲厚友", "一级", "招录公开发布，考试成绩公示。"),
        ("队长", "钭骞旸", "leader", "训练器材采购", "器材采购化整为零", "二级", "采购计划年初报区应急管理局审定。"),
        ("驾驶员", "滕霂珩", "general", "消防车辆使用", "消防车辆外出私用", "二级", "出车经值班领导批准，登记备查。"),
        ("驾驶员", "滕霂珩", "general", "车辆维修送修", "维修虚增项目", "三级", "维修定点，更换配件以旧换新。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "pingan_fulltime_fire_team_duty_list",
        "https://m.sboyo.com/1/219431.html",
        "区政府专职消防队 廉政风险防控责任清单, after the source's answer on a 消防大队's posts (大队长, "
        "教导员, 班长, 消防员; 训练, 装备): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/"
        "``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pingan_fire_brigade_rank_before_name(),
    pingan_emergency_bureau_two_sheets(),
    pingan_reserve_centre_cards(),
    pingan_safety_enforcement_posts(),
    pingan_heling_station_selfchecks(),
    pingan_shimen_station_group_rows(),
    pingan_rescue_command_centre_list(),
    pingan_fulltime_fire_team_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch547-inbox"))

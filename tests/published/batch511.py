"""The five-hundred-and-eleventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源 and
林草 bodies, 金塔县 (甘肃, 酒泉) — its 自然资源局, 林业和草原局, 国有林场, 不动产登记中心 and four 镇
自然资源所 (金塔镇, 鼎新镇, 东坝镇, 西坝镇 — towns of the county) — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 自然资源局's 一览表 under GROUP ROWS ``一、局领导`` / ``二、耕地保护股`` merged across: ``岗位 |
  姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``;
- the 林业和草原局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 国有林场's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 金塔镇自然资源所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 鼎新镇自然资源所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``;
- the 东坝镇自然资源所's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column;
- the 西坝镇自然资源所's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``jinta_registry_half_year_rotation``: the 不动产登记中心's 岗位廉政风险防控一览表 names the
  holders of its two WINDOW posts BY HALF-YEAR ROTATION: the heading is ``序号 | 科室 | 岗位 |
  责任人（半年轮岗） | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` and the 责任人 cell of a window post
  is two labelled lines ``1—6月：甲⏎7—12月：乙`` (the post held by 甲 in the first half of the year,
  by 乙 in the second; both hold it this year, neither is "the old one"), merged over the post's
  rows; the 主任's cell is a plain name; a ``注：`` line under the table says ``受理、审核窗口岗位实行
  半年轮岗，责任人栏分列上、下半年在岗人员，两人对本岗位风险点共同负责。``; short types; 高/中/低; a
  填表人/审核人/date line. The shape is about WHO HOLDS THE POST: ONE post, TWO holders in turn,
  named in one cell by the months each holds it. The README's 读得懂的表 and the earlier batches know
  one holder in a cell, a holder named first of several (``…等6人``, the first one), the current
  and the former holder (``现：…⏎原：…（…调离）``, batch 160: the 现 one), a post handed over during
  the year (``甲→乙``, batch 503: the one after the arrow), a holder's arrival date bracketed after
  the name, A/B 岗 (A角/B角, a backup for the holder) and a holder heading over year sub-columns;
  none names two holders of one post by the MONTHS of a rotation within the year (``grep -l
  '轮值\\|1—6月\\|上半年' tests/published/batch*.py`` finds none). Unlike the handover (one leaves,
  one now holds it) here both are holders of the post for the year under the note, so the truth
  gives the post TWO forms, one a holder, each with the post's points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's 不动产登记便民服务平台 —
申请, 审核, 审批, 发证, 查询 online; a 县's 自然资源领域基层政务公开标准目录 — 机构信息, 政策文件, 专项
规划, 重大决策预公开; a 县林草局's 法治政府建设 report — 学法, 执法, 监督, 班子成员及各股室、下属单位;
a 林场's 森林防火补助 paid to its 护林员 through its 计财股 under a 岗位考核办法; a province's notice
on 自然资源要素保障 — 用地审批, 规划, 存量挖潜; a county's 田长制公示牌 with 镇 staff; a 镇's 田长制
推进会 — 耕地巡查, 非粮化 制止; an account of 木材采伐审批 — 申请材料, 审查, 采伐限额) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names); every unit is a body of 金塔县
(``unit_words=("金塔县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch511`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``1—6月：甲⏎7—12月：乙`` holder cell names TWO holders of the post, 甲 and
  乙 (the names without the month labels); the post gives two forms, 甲's and 乙's, each with ALL
  the post's points (the note: both answer for the post's points); the 主任's plain cell names one;
- ``中心领导`` (the 登记中心's leader's 科室 cell), ``局领导`` (the 林草局's leaders' sheet and the
  自然资源局's group row) are the 科室 of those leaders; a 局's 股, the 登记中心's 受理股 and 审核股 and
  the 林场's 营林股 and 计财股 are 科室; a group row ``一、局领导`` gives the 科室 ``局领导``,
  ``二、耕地保护股`` the 科室 ``耕地保护股`` (its number left off), as batch 280 did; a 镇所's card,
  自查表, duty list and list name no 科室 (the 所 is the unit);
- every body is a unit of its own: 局长, 副局长, 场长, a 中心's 主任 and a 所's 所长 are leaders; 股长
  middle; the rest (窗口受理员, 登簿审核员, 会计, 资源管护员, 执法队员, 土地管理员, 林业员, 耕保专干)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 林场's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b511_"
PLACE = "金塔县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ROTATION = "责任人（半年轮岗）"
HALVES = ("1—6月", "7—12月")
NOTE = "注：受理、审核窗口岗位实行半年轮岗，责任人栏分列上、下半年在岗人员，两人对本岗位风险点共同负责。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


def rotation(holders: tuple[str, ...]) -> str:
    """The harder file's 责任人 cell: one holder plain, two as ``1—6月：甲⏎7—12月：乙``."""
    if len(holders) == 1:
        return holders[0]
    return "\n".join(f"{half}：{who}" for half, who in zip(HALVES, holders, strict=True))


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, holders, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
REGISTRY = [
    ("中心领导", "主任", ("鄢翀湄",), "leader", [
        ("登记结果审批把关不严", "岗位职责", "高", "疑难登记集体会审，审批意见留痕。"),
        ("为关系人加急办理", "思想道德", "中", "严格按受理顺序办理，加急事项登记备查。"),
    ]),
    ("受理股", "窗口受理员", ("笪沅璆", "虢翯岫"), "general", [
        ("申请材料不全仍予受理", "业务流程", "高", "一次性告知清单，系统校验必备材料。"),
        ("泄露权利人登记信息", "制度机制", "中", "查询凭证件办理，查询记录系统留痕。"),
    ]),
    ("审核股", "登簿审核员", ("隗璘泖", "綦汭瑱"), "general", [
        ("审核中对虚假材料放行", "岗位职责", "高", "身份联网核验，疑点材料上报复核。"),
        ("登簿信息擅自更改", "外部环境", "低", "登簿修改经主任审批，日志每月抽查。"),
    ]),
]  # fmt: skip


def jinta_registry_half_year_rotation() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("一览表", [6, 10, 12, 18, 28, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", ROTATION, "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, holders, tier, points in REGISTRY:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, rotation(holders), point, typ, lv, measures)
        for who in holders:
            for point, typ, lv, _m in points:
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, 8)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "jinta_registry_half_year_rotation",
        "http://www.handmsg.com/page/2024/0516/24134352.shtml",
        "(harder) 县不动产登记中心 岗位廉政风险防控一览表, after the source's account of a city's 不动产登记便民服务"
        "平台 (申请, 审核, 审批, 发证, 查询): a title, 序号/科室 merged (中心领导, 受理股, 审核股)/岗位/"
        "``责任人（半年轮岗）`` whose cells for the two window posts are ``1—6月：甲⏎7—12月：乙`` (TWO holders in turn, "
        "merged over the post's rows; the 主任's a plain name)/廉政风险点/风险类型 (short)/高/中/低/防控措施; a ``注：`` "
        "line on the rotation; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jinta_resources_group_rows() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 10, 10, 30, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "郜瀹翙", "leader", [
                ("重大决策事项不预公开", "制度机制风险", "一级", "重大决策事项征求意见不少于30日。"),
                ("干预专项规划编制", "思想道德风险", "二级", "规划编制专家论证，集体审议。"),
            ]),
        ]),
        ("二、耕地保护股", "耕地保护股", [
            ("股长", "璩沣琰", "middle", [
                ("占补平衡核查不实", "岗位职责风险", "一级", "实地核查两人以上，影像留存。"),
                ("公开目录信息滞后", "业务流程风险", "三级", "信息形成之日起20个工作日内公开。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "jinta_resources_group_rows",
        "http://www.yajiang.gov.cn/jczwgkx(s)j/article/509365",
        "县自然资源局 岗位廉政风险防控一览表, after the source's 自然资源领域基层政务公开标准目录 (机构信息, 政策文件, "
        "专项规划, 重大决策预公开): a title, 序号/岗位/姓名/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/"
        "防控措施 under GROUP ROWS ``一、局领导``, ``二、耕地保护股`` merged across; 岗位 and 姓名 merged per person; "
        "制表/审核/date",
        [sh], t,
    )  # fmt: skip


def jinta_forestry_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}局领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯骞沨", "局长", "主持全面工作", [
            ("行政处罚案件说情干预", "Ⅰ级", "领导干部干预执法登记报告。"),
            ("学法用法流于形式", "Ⅲ级", "党组会前学法，年度考法。"),
        ]),
        ("逯翾泺", "副局长", "分管林草执法", [
            ("执法案件降格处理", "Ⅰ级", "重大案件法制审核，集体讨论。"),
            ("接受管理对象宴请", "Ⅱ级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("资源管理股", "股长", "甯泓璟", "middle", "林地占用审核放宽条件", "Ⅰ级", "现场查验，审核意见公示。"),
        ("执法股", "执法队员", "厍淏珩", "general", "现场检查选择性执法", "Ⅱ级", "执法记录仪全程记录。"),
        ("执法股", "执法队员", "厍淏珩", "general", "罚没物品处置不登记", "Ⅲ级", "罚没物品入库登记，定期盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "jinta_forestry_two_sheets",
        "http://gssn.gov.cn/zfxgk/fdzdgknr/zxgg/202601/t20260119_1499553.html",
        "县林业和草原局's file in two sheets, after the source's 法治政府建设 report of a 县林草局 (学法, 执法, 监督, "
        "班子成员及各股室): ``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "levels ``Ⅰ级/Ⅱ级/Ⅲ级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jinta_forest_farm_posts() -> dict:
    unit = f"{PLACE}国有林场"
    sh = _Sheet("排查表", [6, 10, 12, 18, 38, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("计财股", "会计", "general", "防火补助发放", "虚报护林员人数，截留补助", "岗位职责", "高风险",
         "补助按考核结果发放，名单公示。"),
        ("计财股", "会计", "general", "专项资金报账", "无据报账，资金挪作他用", "制度机制", "中风险",
         "专款专用，报账双人审核。"),
        ("营林股", "资源管护员", "general", "巡山考核打分", "考核打分优亲厚友", "思想道德", "中风险",
         "考核细则公开，场务会审定。"),
        ("营林股", "资源管护员", "general", "火患排查记录", "排查走过场，记录造假", "业务流程", "低风险",
         "巡查轨迹定位，抽查复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：场办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "jinta_forest_farm_posts",
        "https://news.shaoyangnews.net/c/201201/11/117744.html",
        "县国有林场 廉政风险点排查表 对岗不对人, after the source's account of a 林场's 森林防火补助 paid to its 护林员 "
        "through its 计财股 under a 岗位考核办法: a title, 序号/科室 merged (计财股, 营林股)/岗位 merged per post/a short "
        "风险点/a long 风险表现/风险类型 (short)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制：场办公室 | "
        "审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def jinta_town_cards() -> dict:
    unit = f"{PLACE}金塔镇自然资源所"
    t = _Truth(unit)
    cards = [
        ("所长", "暨琮渫", "leader", [
            ("用地报件初审把关不严", "★★★", "报件材料所务会集体研究。"),
            ("存量土地挖潜数据不实", "★★", "数据实地核实，台账备查。"),
        ]),
        ("土地管理员", "钭璠湲", "general", [
            ("违法占地发现不报", "★★", "巡查日志每日上传。"),
            ("收受用地户礼品", "★", "签订廉洁承诺书。"),
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
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "jinta_town_cards",
        "http://lxs.gov.cn/lxs/zwgk/zjdbmxx/bm/lxszrzyj/tdzs/art/2024/art_be9393f80ce34a1d8ca18b28fea4618d.html",
        "镇自然资源所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 土地管理员), after the source's notice on "
        "自然资源要素保障 (用地审批, 规划, 存量挖潜): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def jinta_dingxin_selfchecks() -> dict:
    unit = f"{PLACE}鼎新镇自然资源所"
    t = _Truth(unit)
    people = [
        ("宦澍玘", "所长", "leader", [
            ("田长公示信息不实", "一级风险", "公示牌信息与台账逐项核对。"),
            ("耕地流出问题瞒报", "二级风险", "变更调查结果按月通报。"),
        ]),
        ("阚珺潇", "耕保专干", "general", [
            ("网格巡查记录补记", "二级风险", "巡查轨迹系统留存。"),
            ("整改销号不到现场", "三级风险", "销号须附现场照片。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jinta_dingxin_selfchecks",
        "http://bc0550.com/slzq/bmgz1__xwzx/bmgz/content_92117",
        "镇自然资源所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account "
        "of 田长制公示牌 put up with 镇 staff (各级田长, 责任分工): a title, a label row ``姓　名 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def jinta_dongba_duty_list() -> dict:
    unit = f"{PLACE}东坝镇自然资源所"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "滑瑀淙", "leader", "耕地巡查", "非粮化问题不制止", "一级", "发现问题即时制止，限期整改。"),
        ("所长", "滑瑀淙", "leader", "田长制推进", "考核打分不公", "二级", "考核结果所务会研究并公示。"),
        ("林业员", "禚琤沅", "general", "植树挖塘管控", "收受好处默许占用耕地", "二级", "巡查两人同行，记录存档。"),
        ("林业员", "禚琤沅", "general", "政策宣讲", "宣讲走过场", "三级", "入户宣讲留影签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "jinta_dongba_duty_list",
        "http://zxr.ahnews.com.cn/news/2022/04/02/c_206858.htm",
        "镇自然资源所 廉政风险防控责任清单, after the source's account of a 镇's 田长制 推进会 (耕地巡查, 非粮化 制止, "
        "政策宣讲): a title, 序号/岗位 and 姓名 merged per person/``职责事项`` before the 廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def jinta_xiba_list() -> dict:
    unit = f"{PLACE}西坝镇自然资源所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "祁瑢浛", "leader", "采伐申请初审放宽条件", "岗位职责", "高", "初审意见两人签字，逐件登记。"),
        ("所长", "祁瑢浛", "leader", "接受采伐户宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("林业员", "邰翙沄", "general", "伐区核查数据不实", "业务流程", "中", "伐区实测，照片存档。"),
        ("林业员", "邰翙沄", "general", "采伐限额台账不全", "制度机制", "低", "限额台账按月对账。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "jinta_xiba_list",
        "https://vtron.site/article/部署工具",
        "镇自然资源所 廉政风险防控一览表, after the source's account of 木材采伐审批 (申请材料, 审查, 采伐限额): a "
        "title, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/"
        "所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jinta_registry_half_year_rotation(),
    jinta_resources_group_rows(),
    jinta_forestry_two_sheets(),
    jinta_forest_farm_posts(),
    jinta_town_cards(),
    jinta_dingxin_selfchecks(),
    jinta_dongba_duty_list(),
    jinta_xiba_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch511-inbox"))

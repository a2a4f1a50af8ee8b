"""The four-hundred-and-sixty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文旅 bodies,
迭部县 (a county of 甘南) — its 图书馆, 文化馆 and 景区管理局, the 综合文化站 of four of its towns
(电尕镇, 旺藏镇, 腊子口镇, 益哇镇) and, in the harder file, its 文化和旅游局 — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 图书馆's 排查表 对岗不对人: ``部室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 文化馆's file in two sheets ``馆领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``部室`` (``部室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 景区管理局's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, short types,
  高/中/低, an 编制人/审核人/date line;
- the 电尕镇综合文化站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 旺藏镇综合文化站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 腊子口镇综合文化站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 益哇镇综合文化站's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``diebu_culture_bureau_star_cells``: the 文化和旅游局's 一览表 (``序号 | 股室 | 岗位 | 责任人 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``) whose ``风险等级`` heading is MERGED ACROSS THREE
  NARROW COLUMNS with no sub-headings, and each point's level is DRAWN AS A RATING BAR over those
  three cells: one ``★`` a cell, filled from the left (``★ | ★ | ★`` for 高, ``★ | ★ | (blank)``
  for 中, ``★ | (blank) | (blank)`` for 低); a ``注：风险等级以★的个数表示，★★★为高风险，★★为中风险，
  ★为低风险。`` line under the table gives the scale. The level is the NUMBER OF FILLED CELLS across
  the merged heading's span, not the text of any one cell: each cell alone holds ``★`` (which
  alone would be the lowest grade) or nothing. The README's 读得懂的表 knows ``★★★/★★/★`` typed in
  ONE cell, ``★★☆``/``★☆☆`` (filled and hollow stars in one cell), ``■□□``/``○●○`` ticked by
  position in one cell, ``风险等级`` over SUB-HEADED columns ``一级 | 二级 | 三级`` (or ``高 | 中 | 低``)
  with a ``√`` in one of them, levels in fills, fonts, icons, ovals and check boxes; it does not
  describe a level spread one star a cell over UNHEADED columns under one merged heading, to be
  counted (not ticked by position: every filled cell holds the same ``★`` and the filled cells are
  always the leftmost ones).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the fight against corruption in
文化和旅游 — projects, 景区 management, 导游 forced shopping; a writer's years at a 区文化馆 with few
staff and little 活动经费; the bodies that oversee 旅游景区 — 规划, 安全设施, 票价; the rooms of a 乡镇
综合文化站 — 书报刊阅览室, 培训室, 多功能活动厅; a plan for completing 文化站 — 设施, 人才, 经费; the
free opening of 三馆一站 and its funds; 农村公共文化服务 in 沿边民族地区; 文旅融合 and 乡村休闲旅游)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names); every unit is a body
of 迭部县.

Run ``python tests/published/score.py --set batch468`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the number of ``★`` cells in its row under the merged
  ``风险等级`` heading, read by the ``注：`` line: three 1 (高), two 2 (中), one 3 (低); the blank
  cells are part of the bar, not missing levels;
- ``局领导``, ``馆领导`` (a 股室 cell or the leaders' sheet) are the 科室 of those leaders; a 局's 股 and a
  馆's or 图书馆's 部 (``办公室``, ``采编部``, ``借阅部``, ``群文部``, ``非遗部``) are 科室; a 镇综合文化站 has
  no 科室: its group rows ``一、站领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, 馆长, 副馆长, a 站's 站长 and 副站长 are leaders; 股长
  and 部主任 middle; the rest (科员, 会计, 出纳, 票务员, 讲解员, 辅导员, 采编员, 借阅管理员, 图书管理员, 管理员,
  文化专干, 宣传员, 文艺辅导员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 图书馆's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b468_"
PLACE = "迭部县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
STAR = "★"


def bar(level: int) -> list[str | None]:
    """A level drawn as three cells, one star a cell from the left: 1 → ★★★, 2 → ★★, 3 → ★."""
    filled = 4 - level
    return [STAR if i < filled else None for i in range(3)]


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, level 1-3, 防控措施)])
BUREAU = [
    ("局领导", "局长", "綦頔澂", "leader", [
        ("文旅项目资金安排不经党组集体研究", "制度机制", 1, "项目资金安排经党组会研究并公示。"),
        ("插手干预景区提升工程招标", "思想道德", 1, "插手干预事项登记报告，工程进场交易。"),
    ]),
    ("局领导", "副局长", "鄢旻皛", "leader", [
        ("对旅行社导游强制购物投诉压案不办", "外部环境", 2, "投诉件登记编号，办理结果回访游客。"),
    ]),
    ("市场管理股", "股长", "勾炘翯", "middle", [
        ("文化市场执法检查中降格处理违规经营", "岗位职责", 1, "执法两人以上，处罚结果集体审议并公开。"),
        ("等级旅游景区复核打分照顾关系", "业务流程", 2, "复核打分双人独立评分，结果公示。"),
    ]),
    ("计划财务股", "会计", "逯玥甯", "general", [
        ("文旅惠民活动经费虚列支出", "业务流程", 2, "活动经费凭影像资料和签到表报销。"),
        ("报销票据审核不严", "思想道德", 3, "报销票据逐张审核，月末对账。"),
    ]),
]  # fmt: skip


def diebu_culture_bureau_star_cells() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("一览表", [6, 12, 8, 8, 34, 10, 3, 3, 3, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    r = sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险类型",
        "风险等级",
        None,
        None,
        "防控措施",
    )
    sh.merge(r, 6, r, 8)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, *bar(lv), measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), lv)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级以★的个数表示，★★★为高风险，★★为中风险，★为低风险。", 10)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None, None, None)
    return _layout(
        "diebu_culture_bureau_star_cells", "https://yinlingshuzhi.com/article-122491.html",
        "(harder) 县文化和旅游局 岗位廉政风险防控一览表, after the source's 文化和旅游 反腐 (项目, 景区管理, 导游强制购物): "
        "序号/股室 merged (局领导, 市场管理股, 计划财务股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/"
        "``风险等级`` MERGED ACROSS THREE NARROW UNHEADED COLUMNS, each level drawn ONE STAR A CELL from the left "
        "(★|★|★ 高, ★|★|blank 中, ★|blank|blank 低)/防控措施; a ``注：风险等级以★的个数表示…`` line; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def diebu_library_posts() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, buy, lend = "馆领导", "采编部", "借阅部"
    rows = [
        (lead, "馆长", "leader", "免费开放经费使用", "免费开放补助资金挤占挪用于其他开支", "制度机制风险", "Ⅰ级",
         "免费开放经费专账核算，年度公开。"),
        (lead, "馆长", "leader", "人员招聘", "编外人员招聘不公开，照顾关系", "思想道德风险", "Ⅱ级",
         "招聘方案报主管局审批，结果公示。"),
        (buy, "采编员", "general", "图书采购", "指定书商供书，收受回扣", "业务流程风险", "Ⅰ级",
         "图书采购政府采购平台进行，书目集体确定。"),
        (buy, "采编员", "general", "捐赠图书登记", "社会捐赠图书不入藏登记、私自处理", "岗位职责风险", "Ⅲ级",
         "捐赠图书登记造册，捐赠人签字。"),
        (lend, "借阅管理员", "general", "逾期赔偿收费", "读者逾期、损坏赔偿款不入账", "岗位职责风险", "Ⅱ级",
         "赔偿款系统开票，日清月结。"),
        (lend, "借阅管理员", "general", "场地出借", "阅览室、报告厅私自出借收费", "外部环境风险", "Ⅰ级",
         "场地使用报馆务会审批并登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "diebu_library_posts", "https://wodebaobaowang.com/Booksandmaterials/davvosvbil.html",
        "县图书馆 廉政风险点排查表 对岗不对人, after the source's 三馆一站 free opening and its funds: a title, "
        "序号/部室 merged (馆领导, 采编部, 借阅部)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def diebu_cultural_center_two_sheets() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    lead = _Sheet("馆领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯曌珺", "馆长", "主持全面工作", [
            ("群众文化活动经费使用不经集体研究", "一级", "活动经费支出馆务会研究，按季公开。"),
            ("企业赞助采风活动收受好处", "二级", "赞助事项报主管局备案，不得个人收受。"),
        ]),
        ("訾湉昉", "副馆长", "分管业务培训", [
            ("公益培训班变相收费", "一级", "培训项目公示，严禁收费。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "馆领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("部室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}部室岗位廉政风险防控表", 7)
    dept.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("群文部", "部主任", "郗珂濯", "middle", "文艺演出节目遴选照顾关系", "二级", "节目遴选评委集体打分。"),
        ("群文部", "辅导员", "茹昕澔", "general", "业余骨干培训签到弄虚作假", "三级", "培训现场影像留存。"),
        ("办公室", "会计", "暴钖瑆", "general", "演出劳务费现金发放不入账", "一级", "劳务费转账发放，按月对账。"),
        ("办公室", "会计", "暴钖瑆", "general", "固定资产出借不登记", "二级", "资产出借审批登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "diebu_cultural_center_two_sheets", "https://www.xing528.com/lilun/1681952.html",
        "县文化馆's file in two sheets, after the source's 区文化馆 (few staff, 活动经费, 企业赞助采风): ``馆领导`` with "
        "姓名/职务/分管工作 merged per person; ``部室`` with 部室/岗位/姓名 merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def diebu_scenic_area_list() -> dict:
    unit = f"{PLACE}景区管理局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "雒骁沄", "leader", [
            ("景区规划调整不经集体研究", "制度机制", "高", "规划调整经局务会研究并报县政府审批。"),
            ("安全设施采购指定供应商", "思想道德", "中", "采购进场交易，验收三人以上。"),
        ]),
        ("规划建设股", "股长", "隗晔玶", "middle", [
            ("景区建设项目验收走过场", "岗位职责", "高", "验收吸收财务、纪检人员。"),
        ]),
        ("票务股", "票务员", "佘沅翊", "general", [
            ("门票收入截留、免票人员虚报", "业务流程", "高", "电子票务系统售检票，日结对账。"),
            ("向游客变相提高票价", "外部环境", "低", "票价上墙公示，公布投诉电话。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "diebu_scenic_area_list", "https://drbdp.com/4-6442798.html",
        "县景区管理局 岗位廉政风险防控一览表, after the source's 旅游景区管理部门 (规划, 安全设施, 票价): a title, "
        "序号/股室 merged (局领导, 规划建设股, 票务股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/高/中/低/"
        "防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def diebu_diangga_station_cards() -> dict:
    unit = f"{PLACE}电尕镇综合文化站"
    t = _Truth(unit)
    cards = [
        ("站长", "昝珮琰", "leader", [
            ("多功能活动厅对外出租收入不入账", "★★★", "出租事项镇政府审批，收入上缴财政。"),
            ("文化站设备采购不比价", "★★", "三家比价，留存记录。"),
        ]),
        ("文化专干", "仉晟瑀", "general", [
            ("书报刊阅览室图书报损不实", "★★", "报损清单站长复核。"),
            ("培训室使用登记补记", "★", "使用登记当日填写。"),
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
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "diebu_diangga_station_cards", "https://fgw.huaibei.gov.cn/hbms/msgcyg/2012n/7790691.html",
        "镇综合文化站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 文化专干), after the source's 乡镇文化站 功能结构 "
        "(书报刊阅览室, 培训室, 多功能活动厅): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def diebu_wangzang_station_selfchecks() -> dict:
    unit = f"{PLACE}旺藏镇综合文化站"
    t = _Truth(unit)
    people = [
        ("冼沄珈", "副站长", "leader", [
            ("文化站建设配套经费挪作他用", "高风险", "配套经费专款专用，按项目报账。", "已落实"),
            ("文艺队伍补助发放不公", "中风险", "补助名册公示。", "未发现问题"),
        ]),
        ("邰昉浛", "管理员", "general", [
            ("电子阅览室设备私自带离", "中风险", "设备出入登记。", "已落实"),
            ("活动台账编造", "低风险", "活动影像留存。", "已整改"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "diebu_wangzang_station_selfchecks", "https://www.renrendoc.com/paper/507270262.html",
        "镇综合文化站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 文化站完善建设方案 "
        "(设施, 人才, 经费): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def diebu_lazikou_station_group_rows() -> dict:
    unit = f"{PLACE}腊子口镇综合文化站"
    sh = _Sheet("责任清单", [6, 12, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "缑琤翎", "leader", [
                ("公共文化服务项目资金拨付不按进度", "一级风险", "资金拨付镇政府审批。"),
                ("文化惠民演出场次虚报", "二级风险", "演出影像和村委会签字存档。"),
            ]),
        ]),
        ("二、工作人员", [
            ("图书管理员", "郯淏昀", "general", [
                ("农家书屋图书配送数量不实", "一级风险", "配送清单村级签收。"),
                ("图书借阅押金私收", "三级风险", "免押金借阅，公布举报电话。"),
            ]),
            ("文艺辅导员", "阚瑄沐", "general", [
                ("民族文艺队服装道具采购不比价", "二级风险", "采购三家比价。"),
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
        "diebu_lazikou_station_group_rows", "http://www.handmsg.com/page/2018/1128/16040085.shtml",
        "镇综合文化站 廉政风险防控责任清单, after the source's 沿边民族地区 农村公共文化服务 (县、乡镇、行政村 three levels): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def diebu_yiwa_station_list() -> dict:
    unit = f"{PLACE}益哇镇综合文化站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "鄂璟旸", "leader", "乡村旅游节庆活动经费虚列", "制度机制", "高", "活动经费预算报镇政府审批。"),
        ("站长", "鄂璟旸", "leader", "民宿文化示范点评选照顾关系", "思想道德", "中", "评选结果公示。"),
        ("文化专干", "蒉沣珲", "general", "非遗传承人补助申报材料把关不严", "岗位职责", "高", "申报材料入户核实。"),
        ("文化专干", "蒉沣珲", "general", "文化站场地收费不开票", "业务流程", "中", "收费统一开具票据。"),
        ("宣传员", "檀湜翊", "general", "接受旅游经营户宴请", "外部环境", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "diebu_yiwa_station_list", "https://ct.ahsz.gov.cn/public/2655611/194418121.html",
        "镇综合文化站 廉政风险防控一览表, after the source's 文旅融合 (乡村休闲旅游, 特色节庆, 民俗体验): a title, a merged "
        "``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    diebu_culture_bureau_star_cells(),
    diebu_library_posts(),
    diebu_cultural_center_two_sheets(),
    diebu_scenic_area_list(),
    diebu_diangga_station_cards(),
    diebu_wangzang_station_selfchecks(),
    diebu_lazikou_station_group_rows(),
    diebu_yiwa_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch468-inbox"))

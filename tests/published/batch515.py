"""The five-hundred-and-fifteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民族宗教 and
统战 bodies, 阿克塞县 (阿克塞哈萨克族自治县, 酒泉, 甘肃) — its 县委统战部, 民族宗教事务局, 统一战线工作
服务中心, 哈萨克族文化研究中心, 宗教活动场所管理站 and three 民族宗教工作站 (阿克旗乡, 阿勒腾乡, 红柳湾镇 —
the county's towns) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 民族宗教事务局's 一览表: ``科室 | 职权内容 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 岗位 |
  责任人`` written on every row, short types, 高/中/低;
- the 统一战线工作服务中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 哈萨克族文化研究中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 宗教活动场所管理站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 阿克旗乡民族宗教工作站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 阿勒腾乡民族宗教工作站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、场所联络组`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 红柳湾镇民族宗教工作站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``akesai_ufwd_duty_numbers``: the 县委统战部's 一览表 has NO POST, HOLDER OR 科室 COLUMN
  (``序号 | 工作事项 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, seven points numbered 1–7). Under it,
  after a blank row, a line ``岗位责任分工`` merged across opens a second small table
  ``序号 | 姓名 | 职务 | 所在科室 | 负责风险点序号`` (the last heading merged over E:F), one row a holder,
  whose last cell names the list's points BY THEIR 序号 — a range ``1—2``, ``5—7`` or a list ``3、4``.
  Each holder answers for the points his numbers name; no note says more. The shape is about
  WHERE THE HOLDER, POST AND 科室 ARE GIVEN. The README's 读得懂的表 and the earlier batches know
  staff lines above a table giving the 责任人 column's posts, a staff list below naming the posts
  each person takes (``承担岗位``), holders given by codes a legend explains (``A—所长 闾蘅湉``, or
  ``代号 | 股室 | 岗位 | 姓名``), an organisation chart on its own sheet, measures keyed back to points
  by ``对应风险点`` numbers (batch354) and levels given to ranges of 序号 (batch357); none gives the
  holders in a table of their own that names the POINTS each answers for by the list's 序号, the
  list itself naming no post, holder or 科室. Read as the others are, the list is one form of the
  unit with no holder, the duty table no points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's account of building
its 民族工作 cadres — 配齐配强 the 民族宗教 bodies' leaders, 乡镇 统战委员, training; an explainer of
what a 民宗局 is — 办公室, 民族事务科, 宗教事务科, 宗教活动监管; a 民宗办 工作制度 — 请示报告, 会议, 联系
宗教界人士; an essay on 宗教团体 建设 — 职能定位, 人才队伍; an abstract on 宗教活动场所 财务管理 — 自我
管理, 外部监管; a 宗教日常监管 工作方案 outline — 监管体系, 基层能力; a 宗教管理 属地管理办法 — 场所,
团体, 属地责任; a reading of the 2023 宗教活动场所管理办法 — 设立, 登记, 管理组织) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames with rare given names); every unit is a body of 阿克塞县
(``unit_words=("阿克塞县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch515`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row of ``岗位责任分工`` is a form: its 姓名 the holder, its 职务 the post (as
  written, ``干部股股长`` whole, as a post with its 股 run on is read elsewhere), its ``所在科室`` the
  科室 (``部领导`` for the 副部长, as ``局领导`` is a 科室 in batch 513); its points are the list's rows
  whose 序号 its ``负责风险点序号`` names (``1—2`` = 1 and 2, ``3、4`` = 3 and 4, ``5—7`` = 5, 6 and 7),
  each point under one holder; the duty table's rows are no points, and its 序号 no point number;
- ``中心领导`` (the 服务中心's leaders' sheet) is the 科室 of its leader; a 局's 股, a 中心's 室, a 站's
  组 are 科室; a group row ``一、站领导`` gives the 科室 ``站领导``, ``二、场所联络组`` the 科室
  ``场所联络组`` (its number left off), as batch 280 and 513 did; a 站's card and 清单 name a 科室
  only where a cell does (``所在科室``);
- every body is a unit of its own: 部长, 副部长, 局长, a 中心's 主任, a 站's 站长 are leaders; 股长,
  室主任, 组长, a 局's 办公室 主任 and ``干部股股长`` middle; the rest (科员, 研究员, 管理员, 工作人员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职权内容``, ``工作事项``, ``分管工作``,
  ``职责事项`` and ``自查情况`` are no points and name no holder; the 研究中心's list names no person:
  its forms are posts (对岗不对人);
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

PREFIX = "b515_"
PLACE = "阿克塞县"
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

DUTY_HEAD = ("序号", "姓名", "职务", "所在科室", "负责风险点序号")
# (工作事项, 廉政风险点, 风险类型, 风险等级, 防控措施) numbered 1–7, then who answers for which
UFWD = [
    ("干部推荐", "党外干部推荐人选考察走过场", "制度机制", "一级", "考察组三人以上，考察材料部务会审定。"),
    ("经费管理", "统战工作经费使用个人说了算", "岗位职责", "二级", "经费支出部务会研究，按季公开。"),
    ("社会组织联络", "接受联系对象宴请和礼品", "外部环境", "二级", "联系对象活动报备，廉洁提醒谈话。"),
    ("非公经济服务", "为民营企业办事吃拿卡要", "思想道德", "二级", "服务事项清单公开，办结回访。"),
    ("会议活动组织", "座谈会、联谊活动超标准开支", "制度机制", "三级", "活动方案事前报批，费用据实结算。"),
    ("统战对象信息", "泄露统战对象个人信息", "岗位职责", "二级", "信息台账专人管理，查阅登记。"),
    ("物资采购", "办公用品采购不比价", "业务流程", "三级", "采购三家比价，验收两人签字。"),
]  # fmt: skip
# (姓名, 职务, 所在科室 as written, 科室 of the truth, tier, 负责风险点序号, the numbers)
UFWD_DUTIES = [
    ("郗澜琤", "副部长", "部领导", "部领导", "leader", "1—2", (1, 2)),
    ("亓沨珺", "干部股股长", "干部股", "干部股", "middle", "3、4", (3, 4)),
    ("禚渼璆", "科员", "办公室", "办公室", "general", "5—7", (5, 6, 7)),
]  # fmt: skip


def _numbers(text: str) -> list[int]:
    """The 序号 a ``负责风险点序号`` cell names: ``1—2`` a range, ``3、4`` a list."""
    out = []
    for part in text.split("、"):
        lo, _, hi = part.partition("—")
        out += range(int(lo), int(hi or lo) + 1)
    return out


def akesai_ufwd_duty_numbers() -> dict:
    unit = f"中共{PLACE}委统战部"
    sh = _Sheet("一览表", [6, 14, 34, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 6)
    sh.add("序号", "工作事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    for n, (work, point, typ, lv, measures) in enumerate(UFWD, 1):
        sh.add(n, work, point, typ, lv, measures)
    sh.add()
    _line(sh, "岗位责任分工", 6)
    sh.add(*DUTY_HEAD, None)
    sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
    for i, (who, post, shown, _dept, _tier, nums, _ns) in enumerate(UFWD_DUTIES, 1):
        r = sh.add(i, who, post, shown, nums, None)
        sh.merge(r, 4, r, 5)
    for who, post, _shown, dept, tier, _nums, ns in UFWD_DUTIES:
        for n in ns:
            _work, point, typ, lv, _m = UFWD[n - 1]
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None)
    return _layout(
        "akesai_ufwd_duty_numbers",
        "http://39.103.169.235/p/208d0b879c97",
        "(harder) 县委统战部 廉政风险防控一览表, after the source's account of 民族工作队伍建设 (配齐配强领导班子, "
        "统战委员, 干部培养): 序号/工作事项/廉政风险点/short types/``一级/二级/三级``/防控措施 with NO post or holder "
        "column; under it a ``岗位责任分工`` table ``序号 | 姓名 | 职务 | 所在科室 | 负责风险点序号`` whose last "
        "cell names the list's points BY 序号 (``1—2``, ``3、4``, ``5—7``); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def akesai_mzj_list() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    sh = _Sheet("一览表", [6, 14, 14, 34, 10, 8, 32, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add(
        "序号", "科室", "职权内容", "风险点", "风险类型", "风险等级", "防控措施", "岗位", "责任人"
    )
    rows = [
        ("办公室", "公务接待", "无公函接待，陪餐超标", "制度机制", "中",
         "接待先审批，清单按月公示。", "主任", "蒯瀞珣", "middle"),
        ("宗教事务股", "宗教活动场所登记", "为不符合条件的场所办理登记", "岗位职责", "高",
         "登记材料两人审核，结果公示。", "股长", "逄滢璠", "middle"),
        ("民族事务股", "少数民族发展资金", "项目申报审核把关不严，资金虚报冒领", "业务流程", "高",
         "项目评审集体研究，资金拨付公示。", "科员", "眭淏琮", "general"),
        ("民族事务股", "民族团结进步创建", "示范单位推荐优亲厚友", "思想道德", "低",
         "推荐标准公开，结果公示五天。", "科员", "眭淏琮", "general"),
    ]  # fmt: skip
    for n, (dept, work, point, typ, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, dept, work, point, typ, lv, measures, post, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None, None)
    return _layout(
        "akesai_mzj_list",
        "http://mba.henanjinrong.com/jyzs/202603/461363.html",
        "县民族宗教事务局 廉政风险防控一览表, after the source's account of what a 民宗局 is (办公室, 民族事务科, 宗教事务科, "
        "宗教活动监管): 序号/科室/``职权内容``/风险点/风险类型 (short)/高/中/低/防控措施/岗位/责任人 on EVERY row; "
        "填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def akesai_service_two_sheets() -> dict:
    unit = f"{PLACE}统一战线工作服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导岗位廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("酆璟溦", "主任", "主持全面工作", [
            ("服务项目经费安排个人说了算", "一级", "经费安排中心会议研究，台账公开。"),
            ("干部考核评优不公", "二级", "考核结果公示，接受监督。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("联络服务室", "室主任", "帖湲珖", "middle", "新的社会阶层人士活动经费虚报", "二级", "活动经费据实报销，两人复核。"),
        ("联络服务室", "科员", "昝沚瑢", "general", "联谊活动借机收受礼品", "三级", "活动前廉洁提醒，礼品登记上交。"),
        ("联络服务室", "科员", "昝沚瑢", "general", "培训班食宿费用结算不实", "二级", "食宿费用按签到人数结算。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "akesai_service_two_sheets",
        "https://www.360docs.net/doc/7a249862.html",
        "县统一战线工作服务中心's file in two sheets, after the source's 民宗办工作制度 (请示报告, 会议, 联系宗教界人士): "
        "``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def akesai_kazakh_centre_posts() -> dict:
    unit = f"{PLACE}哈萨克族文化研究中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    res, arch = "研究室", "资料室"
    rows = [
        (res, "研究员", "general", "课题经费使用", "虚列劳务费、资料费套取课题经费", "制度机制风险", "Ⅰ级",
         "课题经费专账核算，支出公示。"),
        (res, "研究员", "general", "成果评审推荐", "评审中为熟人成果打高分", "思想道德风险", "Ⅱ级", "评审专家随机抽取，回避登记。"),
        (arch, "管理员", "general", "古籍资料征集", "征集价格虚高，与卖方串通", "业务流程风险", "Ⅰ级", "征集价格集体议定，两人经办。"),
        (arch, "管理员", "general", "资料借阅管理", "珍贵资料私自外借", "岗位职责风险", "Ⅲ级", "借阅审批登记，定期清点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "akesai_kazakh_centre_posts",
        "https://xszmcs.com/portal/zcfg/detail/id/6.html",
        "县哈萨克族文化研究中心 廉政风险点排查表 对岗不对人, after the source on 宗教团体 and 人才队伍建设 (职能定位, "
        "自身建设): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def akesai_sites_cards() -> dict:
    unit = f"{PLACE}宗教活动场所管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "隗澍琨", "leader", [
            ("场所修缮资金拨付不按进度", "★★★", "拨付按验收进度，站务会研究。"),
            ("场所年度检查降低标准", "★★", "检查两人以上，结果公示。"),
        ]),
        ("管理员", "郏潼瑄", "general", [
            ("场所财务监督检查走过场", "★★", "检查记录交场所负责人签字。"),
            ("接受场所管理人员馈赠", "★", "签订廉洁承诺书。"),
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
        "akesai_sites_cards",
        "https://scholarmate.com/S/yXy1ed",
        "县宗教活动场所管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 管理员), after the source on 宗教活动场所"
        "财务管理 (自我管理, 外部监管): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` "
        "line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def akesai_akeqi_selfchecks() -> dict:
    unit = f"{PLACE}阿克旗乡民族宗教工作站"
    t = _Truth(unit)
    people = [
        ("谯泷玥", "站长", "leader", "", [
            ("宗教活动场所日常巡查流于形式", "高风险", "巡查记录按月报乡党委。"),
            ("民族团结创建经费使用不规范", "中风险", "经费支出站务公开。"),
        ]),
        ("冼湉璎", "工作人员", "general", "综合组", [
            ("信教群众诉求登记不全", "中风险", "诉求登记编号，限时回复。"),
            ("为牧民办事收受好处", "低风险", "办事流程公开，举报电话公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept or "站领导", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept or "站领导", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站意见：", None, None)
        sheets.append(sh)
    return _layout(
        "akesai_akeqi_selfchecks",
        "http://www.boteman.cn/paper/506889988.html",
        "乡民族宗教工作站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's 宗教日常监管"
        "工作方案 (基层监管能力, 部门协同): a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 站意见：``",
        sheets, t,
    )  # fmt: skip


def akesai_aleteng_group_rows() -> dict:
    unit = f"{PLACE}阿勒腾乡民族宗教工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "郜淙璘", "leader", [
                ("宗教教职人员补贴发放不按标准", "一级风险", "补贴名单公示，乡财政所复核。"),
                ("工作用车私用", "三级风险", "派车登记，节假日封存。"),
            ]),
        ]),
        ("二、场所联络组", "场所联络组", [
            ("组长", "揭滢琰", "middle", [
                ("场所安全隐患整改验收不严", "一级风险", "验收两人签字，复查留痕。"),
                ("场所大型活动备案审核放松", "二级风险", "备案材料站长复核。"),
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
        "akesai_aleteng_group_rows",
        "http://www.boteman.cn/paper/441638949.html",
        "乡民族宗教工作站 廉政风险防控责任清单, after the source's 宗教管理属地管理办法 (属地范围, 场所, 宗教团体): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、场所联络组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def akesai_hongliuwan_duty_list() -> dict:
    unit = f"{PLACE}红柳湾镇民族宗教工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "晏澂璐", "leader", "场所设立初审", "初审意见不实，为关系人打招呼", "一级", "初审意见站务会研究。"),
        ("站长", "晏澂璐", "leader", "矛盾纠纷调处", "调处中偏袒一方", "二级", "调处过程记录，双方签字。"),
        ("工作人员", "沮淩珝", "general", "宗教政策宣传", "宣传资料印制费虚报", "二级", "印制费按实结算，两人验收。"),
        ("工作人员", "沮淩珝", "general", "信息报送", "迟报、漏报场所信息", "三级", "信息按周报送，站长审阅。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "akesai_hongliuwan_duty_list",
        "https://www.yyh998.com/zwgk/zfjg/smzzjswj/zcfg/content/post_2668701.html",
        "镇民族宗教工作站 廉政风险防控责任清单, after the source's reading of the 宗教活动场所管理办法 (设立审批, 登记, "
        "管理组织): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    akesai_ufwd_duty_numbers(),
    akesai_mzj_list(),
    akesai_service_two_sheets(),
    akesai_kazakh_centre_posts(),
    akesai_sites_cards(),
    akesai_akeqi_selfchecks(),
    akesai_aleteng_group_rows(),
    akesai_hongliuwan_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch515-inbox"))

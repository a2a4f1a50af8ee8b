"""The seven-hundredth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's culture and
radio-and-television bodies, 巴林左旗 (of 赤峰市, 内蒙古) — its 文化和旅游局, 图书馆, 文化馆, 辽上京遗址保护所,
辽上京博物馆, 文物管理所 and 辽上京考古遗址公园管理中心 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 文化和旅游局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 图书馆's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 所在部门 line,
  高/中/低 read by a ``注：`` line;
- the 文化馆's 责任清单 under GROUP ROWS ``一、馆领导`` … ``三、业务部`` merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 辽上京遗址保护所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 辽上京博物馆's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``★★★/★★/★`` read by a ``注：`` line, ``自查情况``, no type column;
- the 文物管理所's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 辽上京考古遗址公园管理中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``balinzuoqi_media_centre_dept_post_grid``: the 融媒体中心's 廉政风险点责任分解表, ONE ROW A POINT
  (``序号 | 廉政风险点 | 风险等级 | … | 防控措施``) and a TWO-ROW heading whose ``责任部门及岗位`` is
  merged across one column a DEPARTMENT (``中心领导 | 办公室 | 新闻采编部 | 技术播出部 | 广告经营部``);
  each cell under a department names the POST (or posts, ``主任、记者``) of that department who
  answer for the row's point, blank where the department has no part, so a row is a point of
  several holders; NO NAMES in the table: the holders' names stand only in a roster under it
  (``附：人员名单`` then ``部门 | 岗位 | 姓名``), keyed by department AND post (every department has
  its own ``主任``). The README's 读得懂的表 knows post columns under a merged ``责任人`` whose cells
  name the holder, zone columns whose cells name the holders, post columns with ticks, and a
  roster resolving a 岗位 column; it does not describe department columns whose cells give only
  posts, the holder found by the column's department and the cell's post in a roster below.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the banner's 文旅 industry — 契丹辽
文化, 景区, 七锅山; the 图书馆's 基本情况 — 编制, 采编, 外借, 分馆, 购书经费; 辽上京 — 双城格局,
遗址公园; the 辽上京考古 — 发掘, 考古队; the 国家考古遗址公园 — 博物馆, 游客服务中心; a visit to 辽上京 —
文物局, 博物馆建设, 修建性详细规划; the banner's plan to borrow the 大明宫遗址模式 — 遗址公园, 生态; the
内蒙古 媒体融合 年会 — 旗县融媒体中心) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 和 and 季
with rare given names); every unit is a body of 巴林左旗.

Run ``python tests/published/score.py --set batch700`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every filled department cell makes the row's point a point of each post it
  names in that department, the holder the roster's person of that department and post, with the
  row's level; the department is the 科室 (``中心领导`` too, as ``校领导`` in batch558); the roster
  and the ``注：`` line are no points; ``防控措施`` names no holder;
- ``局领导``, ``馆领导``, ``中心领导`` (a group row, a department column) are the 科室 of those leaders;
  the 局's leaders (sheet ``局领导``) have no 科室; the 图书馆's 馆长 card's ``所在部门 | 馆领导班子`` is his 科室;
- 局长, 副局长, 馆长, 副馆长, 所长, 副所长, the 融媒体中心's and the park centre's 主任/副主任 are leaders;
  股长, a department's 主任 or 部长 middle; the rest general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 遗址保护所's list
  names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b700_"
PLACE = "巴林左旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

DEPTS = ["中心领导", "办公室", "新闻采编部", "技术播出部", "广告经营部"]

# the roster under the table: (部门, 岗位, 姓名, tier)
ROSTER = [
    ("中心领导", "主任", "和翯岚", "leader"),
    ("中心领导", "副主任", "季沄翀", "leader"),
    ("办公室", "主任", "和璟屾", "middle"),
    ("办公室", "会计", "季湉珮", "general"),
    ("新闻采编部", "主任", "和潇屹", "middle"),
    ("新闻采编部", "记者", "季玥澂", "general"),
    ("技术播出部", "主任", "和珣岑", "middle"),
    ("广告经营部", "主任", "季澴翎", "middle"),
]

# (廉政风险点, 风险等级, cells under DEPTS, 防控措施)
GRID = [
    ("大额经费支出、设备采购不经中心班子集体研究", "高", ("主任", "主任", None, None, None),
     "“三重一大”事项班子会集体研究，会议纪要存档。"),
    ("新闻稿件“三审三校”把关不严，搞有偿新闻", "高", ("副主任", None, "主任、记者", None, None),
     "落实三审三校，稿件审签留痕，严禁有偿新闻。"),
    ("广告合同签订中擅自压价让利、收受回扣", "高", ("主任", None, None, None, "主任"),
     "广告刊例价公开，合同经集体审核。"),
    ("播出设备采购指定品牌，验收走过场", "中", (None, "会计", None, "主任", None),
     "采购需求集体论证，验收双人签字。"),
    ("公务接待、差旅费报销把关不严", "中", (None, "主任、会计", None, None, None),
     "报销单据经办人、审核人、审批人三签。"),
    ("采访中接受被采访单位宴请、礼品", "低", (None, None, "记者", None, None),
     "签订廉洁采访承诺书，畅通举报渠道。"),
    ("节目外包制作合作方选定暗箱操作", "中", ("副主任", None, None, "主任", None),
     "外包项目比选，结果在中心内公示。"),
]  # fmt: skip


def _posts(cell: str | None) -> list[str]:
    return [] if cell is None else cell.split("、")


def balinzuoqi_media_centre_dept_post_grid() -> dict:
    unit = f"{PLACE}融媒体中心"
    n = len(DEPTS)
    ncols = 3 + n + 1
    sh = _Sheet("责任分解表", [6, 38, 8] + [11] * n + [34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点责任分解表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", ncols)
    top = sh.add(
        "序号", "廉政风险点", "风险等级", "责任部门及岗位", *([None] * (n - 1)), "防控措施"
    )
    sh.add(None, None, None, *DEPTS, None)
    for c in (0, 1, 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 2 + n)
    for i, (point, lv, cells, measures) in enumerate(GRID, 1):
        sh.add(i, point, lv, *cells, measures)
    _line(sh, "注：各部门栏内填写承担该风险点的岗位；风险等级分高、中、低三级。", ncols)
    sh.add()
    _line(sh, "附：人员名单", ncols)
    sh.add("序号", "部门", None, "岗位", None, "姓名", None, None, None)
    for i, (dept, post, who, _tier) in enumerate(ROSTER, 1):
        sh.add(i, dept, None, post, None, who, None, None, None)
    # the truth one form a holder, in the roster's order
    for dept, post, who, tier in ROSTER:
        j = DEPTS.index(dept)
        for point, lv, cells, _measures in GRID:
            if post in _posts(cells[j]):
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表：", None, None, "审核：", None, None, "主任（签字）：", None, None)
    return _layout(
        "balinzuoqi_media_centre_dept_post_grid", "https://www.nmg.chinanews.com.cn/news/20251013/51897.html",
        "(harder) 旗融媒体中心 廉政风险点责任分解表, after the source's 内蒙古 媒体融合 年会 (旗县融媒体中心, 媒体融合, "
        "主流媒体): a title, a merged ``单位：…　2025年6月`` line, then a TWO-ROW heading: 序号/廉政风险点/风险等级/防控措施 "
        "merged down, ``责任部门及岗位`` merged across five DEPARTMENT columns (中心领导, 办公室, 新闻采编部, 技术播出部, "
        "广告经营部); ONE ROW A POINT, each department's cell naming the POST(S) of that department who answer for it "
        "(``主任``, ``主任、记者``), blank otherwise; no names in the table; a ``注：`` line, then ``附：人员名单`` and a "
        "``序号 | 部门 | 岗位 | 姓名`` roster keyed by department and post (each department has its own 主任); "
        "高/中/低, no type column; a 填表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def balinzuoqi_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("季昶蘅", "局长", "主持全面工作", [
            ("文旅项目资金安排不经党组会集体研究", "一级", "项目资金安排经党组会研究，会议纪要存档。"),
            ("景区基础设施项目插手干预招投标", "一级", "工程项目一律进入旗公共资源交易中心。"),
        ]),
        ("和骞昉", "副局长", "分管文物、旅游市场", [
            ("A级景区评定推荐中优亲厚友", "二级", "评定推荐材料集体审核，结果公示。"),
            ("旅游节庆活动承办单位选定不公开", "一级", "承办单位比选确定，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("产业发展股", "股长", "和崟翾", "middle", "文旅产业扶持资金申报审核把关不严", "一级",
         "申报材料初审、复审两级把关，名单公示。"),
        ("产业发展股", "股长", "和崟翾", "middle", "民宿、农家乐评星中收受好处", "二级", "评星实行专家打分，结果公示。"),
        ("产业发展股", "股员", "季珝蔓", "general", "旅游统计数据弄虚作假", "三级", "统计数据双人核对、留痕。"),
        ("财务股", "股长", "和瑱嵋", "middle", "专项资金拨付不按进度核实", "一级", "资金拨付凭项目进度和验收资料。"),
        ("财务股", "会计", "季漪岵", "general", "报账票据审核不严，虚列支出", "二级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "balinzuoqi_culture_tourism_bureau_two_sheets", "http://www1.rendongtenga.com/jbzs/1765.html",
        "旗文化和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's piece on the banner's 文旅产业 (契丹辽文化, "
        "全域旅游, 景区规划, 配套设施): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def balinzuoqi_library_cards() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "季翀漪", "馆长", "", "leader", [
            ("年度购书经费使用不经馆务会研究", "高", "购书计划馆务会研究，采购清单公示。"),
            ("分馆建设项目发包中指定施工单位", "高", "项目按规定比选或招标。"),
            ("接受书商宴请、礼品", "低", "严守中央八项规定精神。"),
        ]),
        ("采编咨询室", "和岫翕", "采编员", "采编咨询室", "general", [
            ("图书采购验收数量、质量把关不严", "中", "验收双人签字，验收单存档。"),
            ("向书商透露采购计划", "中", "采购计划集体确定，严守工作纪律。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在部门", dept or "馆领导班子", None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept or "馆领导班子", post, who, tier, point, [], HML[lv])
        _line(sh, "注：风险等级分为高、中、低三级。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "balinzuoqi_library_cards", "http://0532keji.com/html/.ggfwcxsscfs.201511t20151119_125404.html",
        "旗图书馆 岗位廉政风险防控卡, one sheet a person, after the source's 图书馆 基本情况 (编制, 购书经费, 采编咨询室, "
        "外借室, 分馆): a title, ``姓　名 | … | 职　务 | …`` and a merged 所在部门 line, then 序号/风险点/风险等级 "
        "高/中/低/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def balinzuoqi_cultural_centre_group_rows() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "和玹蓁", "leader", [
                ("群众文化活动经费使用不经集体研究", "一级风险", "活动经费预算经馆务会研究。"),
                ("文艺演出服装道具采购化整为零", "一级风险", "采购按限额标准报局审批。"),
            ]),
        ]),
        ("二、办公室", "办公室", [
            ("主任", "季岍琰", "middle", [
                ("公务用车使用登记不实", "二级风险", "用车逐次登记，每月公示。"),
            ]),
            ("出纳", "和沨琇", "general", [
                ("培训班收费不开票据", "二级风险", "收费统一缴入单位账户，开具票据。"),
            ]),
        ]),
        ("三、业务部", "业务部", [
            ("部长", "季璆嫣", "middle", [
                ("非遗传承人补助申报审核不严", "二级风险", "申报材料实地核查，名单公示。"),
                ("公益培训学员名额优亲厚友", "三级风险", "报名按先后顺序，名单公开。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "balinzuoqi_cultural_centre_group_rows", "https://news.43u.com.cn/a/2458334.html",
        "旗文化馆 廉政风险防控责任清单, after the source's piece on 辽上京 (草原都城, 遗址公园, 文化交融): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、馆领导``, "
        "``二、办公室``, ``三、业务部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def balinzuoqi_site_protection_posts() -> dict:
    unit = f"{PLACE}辽上京遗址保护所"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "遗址保护范围内建设项目审核意见不按规定出具", "岗位职责风险", "Ⅰ级",
         "审核意见集体研究，报旗文物主管部门备案。"),
        ("所领导", "所长", "leader", "考古发掘配合经费使用不规范", "制度机制风险", "Ⅱ级", "经费专账核算，接受审计。"),
        ("保护管理股", "股长", "middle", "遗址巡查发现违法行为不报告、不制止", "岗位职责风险", "Ⅰ级",
         "巡查记录日清，发现问题即时上报。"),
        ("保护管理股", "巡查员", "general", "接受遗址周边施工方好处，放任违规取土", "外部环境风险", "Ⅱ级",
         "巡查轮换，巡查轨迹留痕。"),
        ("保护管理股", "巡查员", "general", "出土文物登记入库不及时", "业务流程风险", "Ⅲ级", "文物出土当日登记，双人入库。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "balinzuoqi_site_protection_posts", "http://outlookchina.net/html/news/201611/9984.html",
        "旗辽上京遗址保护所 岗位廉政风险点排查表 对岗不对人, after the source's report on 辽上京 考古 (联合考古队, "
        "逐年发掘, 遗址保护): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def balinzuoqi_museum_selfchecks() -> dict:
    unit = f"{PLACE}辽上京博物馆"
    t = _Truth(unit)
    people = [
        ("和曦翃", "馆领导", "馆长", "leader", [
            ("陈列展览项目布展单位选定不公开", "★★★", "布展项目按规定招标，结果公示。", "已落实"),
            ("文创产品开发合作方选择暗箱操作", "★★", "合作方比选确定，集体研究。", "未发现问题"),
        ]),
        ("季珞岚", "保管部", "保管员", "general", [
            ("馆藏文物出入库手续不全", "★★★", "出入库双人经手，凭单登记。", "已落实"),
            ("借展文物点交把关不严", "★", "点交拍照留档，双方签字。", "已落实"),
        ]),
        ("和霁澍", "社教部", "讲解员", "general", [
            ("私自带团讲解收取费用", "★★", "讲解预约登记，严禁私下收费。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "balinzuoqi_museum_selfchecks", "http://www.gzsouying.com/news/2022/1230/2169148.html",
        "旗辽上京博物馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 国家考古遗址"
        "公园 (遗址公园, 博物馆, 游客服务中心, 出土文物): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` line; no type "
        "column; ``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def balinzuoqi_relics_office_list() -> dict:
    unit = f"{PLACE}文物管理所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "季翊蘅", "leader", "文物保护工程设计、施工单位选定违规", "制度机制", "高风险",
         "工程按规定招标，资质审查集体研究。"),
        ("所领导", "所长", "季翊蘅", "leader", "文物保护专项资金挤占挪用", "岗位职责", "中风险", "专项资金专账核算。"),
        ("文物保护股", "股长", "和昀峤", "middle", "田野文物安全检查走过场", "业务流程", "中风险",
         "检查记录存档，问题限期整改。"),
        ("文物保护股", "股长", "和昀峤", "middle", "文物修缮工程验收把关不严", "外部环境", "高风险",
         "验收邀请专家参加，验收资料存档。"),
        ("办公室", "会计", "季澂琬", "general", "文物保护员补贴发放不实", "业务流程", "中风险", "补贴名单公示后发放。"),
        ("办公室", "保管员", "和璠岫", "general", "库房钥匙管理不严", "思想道德", "低风险", "钥匙双人分管，登记交接。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "balinzuoqi_relics_office_list", "http://wenwuchina.com/article/201726/291076.html",
        "旗文物管理所 岗位廉政风险防控一览表, after the source's visit to 辽上京 (文物局, 博物馆建设, 保护规则, 修建性详细"
        "规划): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def balinzuoqi_site_park_register() -> dict:
    unit = f"{PLACE}辽上京考古遗址公园管理中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "和彧琤", "leader", [
            ("遗址公园建设项目变更不经集体研究", "制度机制", "一级", "项目变更经班子会研究，报旗政府审批。"),
            ("园区经营场所出租不公开", "外部环境", "二级", "场所出租公开招租。"),
        ]),
        ("综合服务科", "科长", "季涴翚", "middle", [
            ("游客中心服务外包验收不严", "岗位职责", "二级", "外包服务按合同考核，考核结果公示。"),
        ]),
        ("综合服务科", "售票员", "和翾珂", "general", [
            ("门票收入不及时上缴", "业务流程", "一级", "票款日清日结，系统对账。"),
            ("违规放行无票人员入园", "思想道德", "三级", "入园闸机核验，视频监控。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "balinzuoqi_site_park_register", "https://news.sohu.com/20100406/n271337951.shtml",
        "旗辽上京考古遗址公园管理中心 廉政风险点排查登记表, after the source's report on the banner borrowing the "
        "大明宫遗址模式 (考古遗址公园, 保护利用, 生态环境): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    balinzuoqi_media_centre_dept_post_grid(),
    balinzuoqi_culture_tourism_bureau_two_sheets(),
    balinzuoqi_library_cards(),
    balinzuoqi_cultural_centre_group_rows(),
    balinzuoqi_site_protection_posts(),
    balinzuoqi_museum_selfchecks(),
    balinzuoqi_relics_office_list(),
    balinzuoqi_site_park_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch700-inbox"))

"""The nine-hundred-and-twenty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 群团 bodies,
白朗县 (日喀则市, 西藏自治区) — its 总工会, 妇女联合会, 共青团县委, 残疾人联合会, 科学技术协会, 工人文化宫
and two 乡镇群团工作站 (洛江镇, 嘎东镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 总工会's 一览表 in TWO SHEETS: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``部室``
  (``部室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 妇女联合会's 排查表 对岗不对人: ``部室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 共青团县委's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 残疾人联合会's 清单 under GROUP ROWS ``一、残联领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 工人文化宫's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 洛江镇群团工作站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 嘎东镇群团工作站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``bailang_science_association_holders_in_levels``: the 科学技术协会's 廉政风险点清单, ONE ROW A POINT
  with NO holder column: ``序号 | 廉政风险点 | 风险等级及责任岗位 | | | 防控措施``, the middle heading
  merged over a second heading row ``一级 | 二级 | 三级``, and in each row the HOLDERS (``主席　呼瑷翀``,
  ``岗位　姓名``, two in one cell joined by ``、``) WRITTEN UNDER THE LEVEL at which they bear that
  point — one point can sit at 一级 for one post and at 二级 for another; a ``注：`` line says the
  posts are filled into the column of their level. It was chosen as new after searching the
  README's 读得懂的表 and docs/layouts.md for holder bands with ``√`` ticked under ``高 | 中 | 低``
  (``HOLDER_BANDS_LEVEL_TICKS``), a person's own level written in his own column and measures
  written under the level columns (``MEASURES_UNDER_LEVEL_COLUMNS``). THAT SEARCH MISSED IT:
  docs/layouts.md already describes this very shape (``风险等级及责任岗位`` merged over
  ``一级（高） | 二级（中） | 三级（低）``, the holders written in the level cells, info
  ``LEVEL_CELLS_HOLDERS``, generalised after batch602). This was found only after the one
  measurement, so the layout stands as built and measured: this batch has NO shape the docs do
  not describe, and its ``(harder)`` file is a described one.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 工会经费管理办法 — 经费收支, 审批,
慰问; a 县妇联 talk on 违规吃喝 — 调研走访接待, 帮扶慰问, 活动合作; a 团委 团费自查报告 — 团费收缴、使用,
台账, 智慧团建; a 残联's 两项补贴审核 — 困难残疾人生活补贴, 护理补贴, 换证; a commentary on 学会协会
腐败 — 高额赞助费, 违规报销差旅费, 办会; a report on 工人文化宫 — 门面房出租, 收房租, 电影, 培训; the
团费 rules — 团费使用审批, 团干部培训; a 工会经费收支范围与标准 page — 职工活动, 慰问品, 困难帮扶)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 呼 and 战 with rare given names); every unit is
a body of 白朗县.

Run ``python tests/published/score.py --set batch928`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each holder written in a level column has that row's point at that
  column's level; a cell ``岗位　姓名`` gives post and holder, two joined by ``、`` are two holders;
  the file has no 科室 cells, so no holder has a 科室 (``办公室主任`` is a post as written, as batch113
  and batch121 keep it in lists without a 科室 column); one form a holder, his points in the order
  of the rows. (Found after measuring: batch602, of this very shape, split ``康复部部长`` into 部室
  ``康复部`` and post ``部长``, and the reader follows it; the two calls disagree, left as built);
- ``领导班子`` (a 部室 cell of the 妇联), ``残联领导`` (a group row) and ``站领导`` (a 部门/股室 cell)
  are the 科室 of those leaders; the 总工会's leaders (sheet ``领导班子``) and the cards' leaders have
  no 科室; a 部 of the 总工会, 妇联 or 残联, a 组 of a 站 and the 文化宫's 部 are 科室;
- every body is a unit of its own: 主席, 常务副主席, 副主席, 书记, 副书记, 理事长, 主任 and 副主任 of the
  文化宫, 站长 and 副站长 are leaders; 部长 and 办公室主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 妇联's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b928_"
PLACE = "白朗县"
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

# the holders' posts and tiers; a row: (廉政风险点, {level word: [holder names]}, 防控措施)
HOLDERS = {
    "呼瑷翀": ("主席", "leader"),
    "战珂翯": ("副主席", "leader"),
    "呼湉昶": ("办公室主任", "middle"),
    "战瑀琤": ("会计", "general"),
    "呼曦峘": ("科普专干", "general"),
}
IN_LEVELS = [
    ("科普项目经费安排个人说了算，未经集体研究", {"一级": ["呼瑷翀"]},
     "科普经费安排经主席办公会集体研究，分配结果公示。"),
    ("学会年检、星级学会评选中收受学会好处", {"一级": ["战珂翯"], "二级": ["呼湉昶"]},
     "年检、评星实行评审小组打分，结果在科协网站公示。"),
    ("以学术年会名义向企业收取高额赞助费", {"一级": ["战珂翯"], "三级": ["呼曦峘"]},
     "办会赞助一律签订协议、进入单位账户，严禁个人经手。"),
    ("差旅费、会议费报销审核不严，违规报销家属费用", {"一级": ["呼瑷翀"], "二级": ["战瑀琤"]},
     "报销凭证经办人、审核人、审批人三级签字，超标准的不予报销。"),
    ("科普大篷车运行维护和科普物资采购指定供应商", {"二级": ["呼湉昶", "呼曦峘"]},
     "采购三家比价，科普物资入库验收登记。"),
    ("科技工作者评优推荐暗箱操作", {"二级": ["战珂翯"]}, "推荐人选经党组会研究，公示5个工作日。"),
    ("现金收支不及时入账，公款私存", {"一级": ["战瑀琤"]}, "现金日清月结，主席每月核对银行对账单。"),
]  # fmt: skip
LEVEL_COLS = ("一级", "二级", "三级")


def _holder_cell(names: list[str]) -> str:
    return "、".join(f"{HOLDERS[n][0]}{GAP}{n}" for n in names)


def bailang_science_association_holders_in_levels() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("清单", [6, 40, 18, 18, 18, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单", 6)
    r = sh.add("序号", "廉政风险点", "风险等级及责任岗位", None, None, "防控措施")
    sh.add(None, None, *LEVEL_COLS, None)
    sh.merge(r, 2, r, 4)
    for c in (0, 1, 5):
        sh.merge(r, c, r + 1, c)
    for n, (point, at, measures) in enumerate(IN_LEVELS, 1):
        cells = [_holder_cell(at[lv]) if lv in at else None for lv in LEVEL_COLS]
        sh.add(n, point, *cells, measures)
    # one form a holder, his points in the order of the rows
    for who, (post, tier) in HOLDERS.items():
        for point, at, _ in IN_LEVELS:
            for lv, names in at.items():
                if who in names:
                    t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：责任岗位和姓名填写在该风险点对本岗位的风险等级一栏内。", 6)
    sh.add("制表：办公室", None, "审核：", None, "2025年6月", None)
    return _layout(
        "bailang_science_association_holders_in_levels", "http://news.e23.cn/jnnews/2026-01-19/2026011900114.html",
        "(harder) 县科学技术协会 廉政风险点清单, after the source's commentary on 学会协会 腐败 (高额赞助费, 违规报销差旅费, "
        "办会, 脱钩限权): a title, ONE ROW A POINT and NO holder column: ``序号 | 廉政风险点 | 风险等级及责任岗位 | | | 防控措施`` "
        "with the middle heading merged over ``一级 | 二级 | 三级``, and the HOLDERS (``主席　呼瑷翀``, two joined by ``、``) "
        "written under the level at which each bears the point; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def bailang_trade_union_two_sheets() -> dict:
    unit = f"{PLACE}总工会"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 11, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("战翀澔", "主席", "主持全面工作", [
            ("工会经费预算安排和大额支出个人说了算", "一级", "大额经费支出经主席办公会集体研究，纪要存档。"),
            ("职工疗休养、慰问品采购指定供应商", "二级", "采购三家比价，结果在机关公示。"),
        ]),
        ("呼玥暻", "常务副主席", "分管经费审查、权益保障", [
            ("困难职工帮扶资金审核把关不严，优亲厚友", "一级", "帮扶对象基层工会推荐、入户核实、公示后发放。"),
            ("劳模评选推荐暗箱操作", "二级", "推荐人选经集体研究，张榜公示。"),
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
    dept = _Sheet("部室", [6, 14, 10, 9, 38, 9, 34])
    _line(dept, f"{unit}部室廉政风险防控一览表", 7)
    dept.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("财务部", "部长", "战昀翮", "middle", "工会经费拨付不按预算，虚列活动支出", "一级",
         "经费凭活动方案和签到表拨付，经审办复核。"),
        ("财务部", "部长", "战昀翮", "middle", "基层工会经费返还审核不严", "二级", "返还比例按规定核定，逐单位登记。"),
        ("财务部", "出纳", "呼珈岫", "general", "现金收支不及时入账，公款私存", "一级", "现金日清月结，每月对账。"),
        ("权益保障部", "部长", "战霁翃", "middle", "金秋助学、送温暖名单弄虚作假", "二级", "名单逐户核实，在基层工会公示。"),
        ("组织宣传部", "干事", "呼祎暄", "general", "职工技能竞赛奖金发放不公开", "三级", "奖金发放名单公示，职工签字领取。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "bailang_trade_union_two_sheets", "http://www.35331.cn/lhs_ijpfmip1rrw9of5mx2gbilhx01d_3.html",
        "县总工会 廉政风险防控一览表 in TWO SHEETS, after the source's 工会经费管理办法 (经费收支, 预算, 审批, 慰问, 帮扶): "
        "sheet 领导班子 with 姓名/职务/分管工作 merged per leader, sheet 部室 with 部室 merged and 岗位/姓名 merged per "
        "person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def bailang_womens_federation_posts() -> dict:
    unit = f"{PLACE}妇女联合会"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主席", "leader", "妇女创业贷款推荐", "为不符合条件的亲友推荐贴息贷款", "岗位职责风险", "高",
         "推荐名单经主席办公会研究，在乡村公示。"),
        ("领导班子", "主席", "leader", "调研走访接待", "下乡调研接受基层宴请和土特产", "思想道德风险", "中",
         "调研公务用餐按标准就餐，签订廉洁承诺。"),
        ("权益部", "部长", "middle", "困境妇女儿童帮扶", "帮扶慰问对象确定不公开，重复慰问", "业务流程风险", "高",
         "帮扶对象建立台账，村（居）委会核实。"),
        ("办公室", "会计", "general", "活动经费报销", "“三八”节等活动经费虚报人数", "制度机制风险", "中",
         "活动报销附签到表和照片，主席审批。"),
        ("办公室", "会计", "general", "合作项目资金", "与社会组织合作项目中接受利益输送", "外部环境风险", "低",
         "合作项目签订协议，资金进入单位账户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "bailang_womens_federation_posts", "https://www.wentop.com/wen/47/93528.html",
        "县妇女联合会 岗位廉政风险点排查表 对岗不对人, after the source's 县妇联 talk on 违规吃喝 (调研走访中的热情接待, "
        "帮扶慰问, 活动合作中的利益输送): a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def bailang_youth_league_cards() -> dict:
    unit = f"{PLACE}共青团县委"
    t = _Truth(unit)
    cards = [
        ("书记", "战鋆瑄", "书记", "主持团县委全面工作", "leader", [
            ("团费使用不经集体研究，用于请客送礼", "★★★", "团费使用严格审批手续，每年收支结算一次并报上级团委。"),
            ("希望工程助学对象确定优亲厚友", "★★★", "受助学生由学校、乡镇核实，公示后确定。"),
            ("接受青年企业家宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副书记", "呼骞珥", "副书记", "分管组织、青少年活动", "leader", [
            ("团费收缴台账登记不实，截留团费", "★★", "团费收缴台账与“智慧团建”系统数据逐月比对。"),
            ("青少年活动经费虚列支出", "★★", "活动经费凭方案、签到表报销，公开活动费用。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "bailang_youth_league_cards", "https://max.book118.com/html/2026/0101/7122060143011033.shtm",
        "共青团县委 领导干部廉政风险防控卡, one sheet a leader, after the source's 团委 年度团费自查报告 (团费收缴、使用、管理, "
        "收缴台账, “智慧团建” 系统数据比对): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def bailang_disabled_federation_group_rows() -> dict:
    unit = f"{PLACE}残疾人联合会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、残联领导", "残联领导", [
            ("理事长", "战琬芃", "leader", [
                ("残疾人“两项补贴”审核把关不严，违规发放", "一级风险", "两项补贴与民政低保数据共享比对，每月更新。"),
                ("辅助器具采购中收受供应商好处", "一级风险", "辅具采购进公共资源交易平台，验收多人参加。"),
            ]),
        ]),
        ("二、康复部", "康复部", [
            ("部长", "呼蘅", "middle", [
                ("残疾儿童康复救助对象审核不实", "二级风险", "救助对象入户核实，结果公示。"),
            ]),
            ("干事", "战琮昉", "general", [
                ("残疾人证办理、换证中吃拿卡要", "二级风险", "办证流程和时限公开，设意见箱。"),
                ("泄露残疾人个人信息", "三级风险", "信息系统分级授权，查询留痕。"),
            ]),
        ]),
        ("三、教育就业部", "教育就业部", [
            ("部长", "呼淏玙", "middle", [
                ("残疾人就业培训虚报培训人数", "二级风险", "培训签到人脸识别，照片存档备查。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "bailang_disabled_federation_group_rows", "http://sznianjian.com/show.php?mlid=36419",
        "县残疾人联合会 廉政风险防控责任清单 under GROUP ROWS, after the source's 残联 两项补贴审核 (困难残疾人生活补贴, "
        "重度残疾人护理补贴, 换证, 信息共享): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、残联领导``, ``二、康复部``, ``三、教育就业部`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def bailang_workers_palace_selfchecks() -> dict:
    unit = f"{PLACE}工人文化宫"
    t = _Truth(unit)
    people = [
        ("战旻璆", "宫领导", "主任", "leader", [
            ("门面房出租不公开招租，低价租给关系户", "Ⅰ级", "门面房出租公开竞租，合同报县总工会备案。", "已落实"),
            ("场馆维修项目化整为零规避招标", "Ⅱ级", "维修项目按限额标准报批，集体研究。", "未发现问题"),
        ]),
        ("呼珺翾", "财务部", "会计", "general", [
            ("租金收取不开票据，截留挪用租金", "Ⅰ级", "租金统一开具票据，当日缴入专户。", "已落实"),
            ("电影放映收入不及时入账", "Ⅲ级", "放映收入日清日结，售票系统与账目核对。", "已落实"),
        ]),
        ("战芮瑗", "活动部", "培训干事", "general", [
            ("职工技能培训虚报参训人数", "Ⅱ级", "培训签到存档，县总工会抽查。", "未发现问题"),
            ("文体场地免费开放时段私自收费", "Ⅱ级", "开放时段和收费标准上墙公示。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "bailang_workers_palace_selfchecks", "http://gdgy2018.nfgb.com.cn/paper.asp?Aid=7028&Fid=5594",
        "县工人文化宫 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on "
        "工人文化宫 (门面房出租, 收房租, 电影放映, 培训): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def bailang_luojiang_station_list() -> dict:
    unit = f"{PLACE}洛江镇群团工作站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "呼昱璘", "leader", "团费、工会经费使用不经集体研究", "制度机制", "高风险",
         "经费使用经站务会研究，每半年公开一次。"),
        ("站领导", "站长", "呼昱璘", "leader", "用团费为团干部发放生活福利", "思想道德", "中风险",
         "团费只用于团干部培训和团的活动，严禁发放福利。"),
        ("团建", "团务专干", "战瑨翚", "general", "团费收缴不及时上缴，存入个人账户", "业务流程", "高风险",
         "团费存入专户，按时上缴县团委并出具收据。"),
        ("团建", "团务专干", "战瑨翚", "general", "团员发展推荐优亲厚友", "岗位职责", "低风险",
         "团员发展经支部大会讨论，名单公示。"),
        ("妇联工作", "妇联专干", "呼沅玭", "general", "困境妇女慰问金发放不到人", "外部环境", "中风险",
         "慰问金打卡发放，领取人签字确认。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "bailang_luojiang_station_list", "https://m.qiqiwenku.com/doc/811070.html",
        "镇群团工作站 岗位廉政风险防控一览表, after the source's 团费 rules (团费收支结算, 使用审批手续, 不得用于团干部生活福利, "
        "严禁请客送礼): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def bailang_gadong_station_register() -> dict:
    unit = f"{PLACE}嘎东镇群团工作站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "战頔", "leader", [
            ("职工活动经费超范围、超标准列支", "制度机制", "一级", "活动经费按收支范围和标准列支，站务会审核。"),
            ("慰问品采购不比价，虚开发票", "业务流程", "二级", "慰问品采购三家比价，发票与清单核对。"),
        ]),
        ("工会组", "工会专干", "呼暐", "general", [
            ("困难职工帮扶名单审核不实", "岗位职责", "一级", "帮扶名单入户核实，在村（居）公示。"),
        ]),
        ("残联组", "残联专干", "战琇嵩", "general", [
            ("残疾人补贴申报材料把关不严", "业务流程", "二级", "申报材料两人审核，逐户登记。"),
            ("收受办事群众财物", "思想道德", "三级", "签订廉洁承诺书，设举报电话。"),
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
        "bailang_gadong_station_register", "https://abg.baidu.com/tags/xgslxyn6vw35dswv22t3pnwou7j6xmpk266a14",
        "镇群团工作站 廉政风险点排查登记表, after the source's 工会经费收支范围与标准 page (职工活动, 慰问品, 困难帮扶): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bailang_science_association_holders_in_levels(),
    bailang_trade_union_two_sheets(),
    bailang_womens_federation_posts(),
    bailang_youth_league_cards(),
    bailang_disabled_federation_group_rows(),
    bailang_workers_palace_selfchecks(),
    bailang_luojiang_station_list(),
    bailang_gadong_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch928-inbox"))

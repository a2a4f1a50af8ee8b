"""The five-hundred-and-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 统计 and 审计
bodies, 山丹县 (张掖, 甘肃) — its 统计局, 审计局, 普查中心, 经济责任审计中心 and four 镇统计站 (清泉镇,
位奇镇, 东乐镇, 陈户镇 — towns of the county) — each handing back the 一览表, 排查表, 防控卡, 自查表 or
清单 its staff typed:

- the 统计局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and ``科室``
  (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 普查中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 经济责任审计中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、审计一科`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 清泉镇统计站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 位奇镇统计站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 东乐镇统计站's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低;
- the 陈户镇统计站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``shandan_audit_merged_by_column``: the 审计局's 岗位廉政风险防控一览表
  ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` whose ``科室``, ``岗位`` and
  ``姓名`` columns were merged COLUMN BY COLUMN, EACH OVER ITS OWN RUNS OF EQUAL VALUES (as WPS's
  合并相同单元格 does when run on one column at a time), not over the person's rows: the 财政审计股's
  last holder is a 科员 (沈涴珙) and the 经济责任审计股's first holder is a 科员 too (郗淯瑱), so the
  ``岗位`` cell ``科员`` is ONE merged cell C7:C10 over four rows that STRADDLE THE 科室 BOUNDARY
  (the ``科室`` cells break between rows 8 and 9, the ``姓名`` cells break there too). Every other
  cell is plain: short types, 高/中/低, an 编制人/审核人/date line. The shape is about HOW THE MERGES
  OF NEIGHBOURING COLUMNS NEST. The README's 读得懂的表 and the notes of the earlier batches know
  科室/岗位/姓名 merged per 科室 and per person (merges that nest: a post's merge inside its
  科室's), a 分管领导 or 分管工作 merged over two groups (a WATCHER or a duty, not the post), a data cell
  merged ACROSS the 科室 and 岗位 columns, a 风险等级 merged over points of one level, and one 岗位
  with two holders; none describes the holder's OWN post cell merged down over two holders of two
  different 科室 — a merge that does not nest inside the 科室 column's. Read by the merge, the two
  科员 may be taken for one post of one 科室 (the first), or the merge for a post over a group.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (统计 管理体制 — 统计机构, 统计人员配备, 联席会议; 人口普查员
选调 and 入户登记; 乡镇统计站 — 一站六点, 数出多门, 基础规范, 统计台帐, 联网直报, a 乡镇统计员's duties and
tasks, 农业生产, 人口抽样调查; 经济责任审计 定责 and 审计取证; 国有企业 经济责任审计 结果运用) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names); every unit is a body of
山丹县 (``unit_words=("山丹县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch506`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's post is the value of its own ``岗位`` cell, the merged ``科员`` given
  to all four rows it covers; a form is 科室 + post + holder, so the two 科员 are two forms, 财政审计股
  / 科员 / 沈涴珙 and 经济责任审计股 / 科员 / 郗淯瑱, each with his own two points; the merge says only
  that the cells were equal;
- ``局领导`` (the 统计局's leaders' sheet, the 审计局's 科室 cell) is the 科室 of those leaders; a 局's
  股, a 中心's 股 and 科 are 科室; a group row ``一、中心领导`` gives the 科室 ``中心领导``,
  ``二、审计一科`` the 科室 ``审计一科`` (its number left off), as batch 280 did; a 镇统计站's card,
  自查表 and lists name no 科室 (the 统计站 is the unit);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任, a 统计站's 站长 and 副站长 are leaders;
  股长 middle; the rest (科员, 统计员, 审计员, 工作人员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 普查中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b506_"
PLACE = "山丹县"
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

# (科室, 岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 防控措施)]) — in the order typed
AUDIT = [
    ("局领导", "局长", "鞠昶砜", "leader", [
        ("审计计划安排个人说了算", "制度机制", "高", "年度审计计划局务会集体研究。"),
        ("干预审计组定性处理", "思想道德", "中", "领导干预审计事项登记报告。"),
    ]),
    ("财政审计股", "股长", "邗湜琬", "middle", [
        ("审计发现问题隐瞒不报", "岗位职责", "高", "审计底稿三级复核，问题清单入卷。"),
        ("接受被审计单位宴请", "外部环境", "中", "审计纪律告知单送达被审计单位。"),
    ]),
    ("财政审计股", "科员", "沈涴珙", "general", [
        ("审计取证不全不实", "业务流程", "中", "取证单经被审计单位签认。"),
        ("泄露审计工作秘密", "岗位职责", "低", "审计资料专人保管，离场清退。"),
    ]),
    ("经济责任审计股", "科员", "郗淯瑱", "general", [
        ("经济责任审计评价不客观", "岗位职责", "中", "评价意见审计组集体讨论。"),
        ("与被审计领导干部有利害关系不回避", "制度机制", "低", "审计前填报回避声明。"),
    ]),
    ("经济责任审计股", "股长", "濮澂琚", "middle", [
        ("审计报告定性降格", "业务流程", "高", "报告经审理股审理、局务会审定。"),
        ("审计移送线索压案不办", "思想道德", "中", "移送事项台账管理，按季通报。"),
    ]),
]  # fmt: skip


def shandan_audit_merged_by_column() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("一览表", [6, 14, 8, 10, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in AUDIT:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    # WPS 合并相同单元格, column by column: each column merged over ITS OWN runs of equal values,
    # whatever the column beside it does — the 岗位 ``科员`` runs on across the 科室 boundary.
    _merge_down(sh, first, [(c, lambda row, c=c: row[c]) for c in (1, 2, 3)])
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "shandan_audit_merged_by_column",
        "http://www.uv63h8.cn/lunwen/shenjilunwen/jjzrsjlw/202105/741564.html",
        "(harder) 县审计局 岗位廉政风险防控一览表, after the source's account of 国有企业 经济责任审计 and its "
        "审计结果运用 (审计结果质量, 考核统计, 协同运用): a title, 序号/科室/岗位/姓名/廉政风险点/风险类型 (short)/高/中/低/"
        "防控措施, the 科室, 岗位 and 姓名 columns each MERGED OVER ITS OWN RUNS of equal values, column by "
        "column (WPS 合并相同单元格): the 岗位 cell ``科员`` is ONE merged cell over the last holder of "
        "财政审计股 and the first of 经济责任审计股 (four rows across the 科室 boundary), while 科室 and 姓名 "
        "break there; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shandan_statistics_two_sheets() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亢湦璠", "局长", "主持全面工作", [
            ("授意下级修改统计数据", "一级", "统计数据质量责任清单，干预数据登记。"),
            ("统计执法案件处理说情", "二级", "执法案件集体审理。"),
        ]),
        ("厍淼玹", "副局长", "分管统计执法", [
            ("统计执法检查选择性执法", "一级", "执法对象双随机抽取。"),
            ("接受调查对象礼品", "三级", "节前廉洁提醒，拒收登记。"),
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
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合统计股", "股长", "隗渟瑀", "middle", "数据审核放任异常值", "一级", "异常数据逐条核实，留痕。"),
        ("统计执法股", "科员", "宓涢琇", "general", "执法检查走过场", "二级", "检查全程记录，结果公示。"),
        ("统计执法股", "科员", "宓涢琇", "general", "泄露调查对象信息", "三级", "原始资料专人保管。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "shandan_statistics_two_sheets",
        "http://www.kleyou.com/html/text/lar/170482/17048264_1.html",
        "县统计局's file in two sheets, after the source's 统计 管理体制 text (统计机构, 统计人员配备, "
        "统计联席会议, 持证上岗): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 "
        "merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def shandan_census_posts() -> dict:
    unit = f"{PLACE}普查中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    field, data = "普查业务股", "数据处理股"
    rows = [
        (field, "股长", "middle", "普查员选聘", "选聘不公开，优亲厚友", "岗位职责风险", "Ⅰ级",
         "选聘条件和结果公示。"),
        (field, "股长", "middle", "普查经费使用", "补助发放虚报人数", "制度机制风险", "Ⅱ级",
         "补助按花名册发放，财务复核。"),
        (data, "统计员", "general", "普查数据录入", "随意改动登记数据", "业务流程风险", "Ⅱ级",
         "录入双人比对，改动留痕。"),
        (data, "统计员", "general", "普查资料管理", "私自向外提供单位名录", "思想道德风险", "Ⅲ级",
         "资料借阅登记审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "shandan_census_posts",
        "http://www.ok153.com/eobserve/Politics/international/2010/09/13/180680.shtml",
        "县普查中心 廉政风险点排查表 对岗不对人, after the source's account of 人口普查员 选调 and "
        "入户登记: a title, 序号/股室 merged (普查业务股, 数据处理股)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | "
        "2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def shandan_accountability_group_rows() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "巩湉玠", "leader", [
                ("审计组组成照顾关系", "一级风险", "审计组成员轮换，组长回避。"),
                ("审计结果通报口径放宽", "二级风险", "结果通报经联席会议审定。"),
            ]),
        ]),
        ("二、审计一科", "审计一科", [
            ("审计员", "郦渼瑷", "general", [
                ("离任审计底稿不实", "一级风险", "底稿主审复核，关键证据拍照。"),
                ("对被审计人透露审计进展", "三级风险", "审计纪律承诺书。"),
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
        "shandan_accountability_group_rows",
        "http://m.jizihe.com/page/2023/0526/21868249.shtml",
        "县经济责任审计中心 廉政风险防控责任清单, after the source's account of 经济责任审计 定责 (审计取证, "
        "职业判断): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、审计一科`` merged across; 岗位 and 姓名 merged per person; no type "
        "column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def shandan_qingquan_cards() -> dict:
    unit = f"{PLACE}清泉镇统计站"
    t = _Truth(unit)
    cards = [
        ("站长", "禚澪珣", "leader", [
            ("镇村统计数据层层加码", "★★★", "数据逐级签字，源头核查。"),
            ("农业普查登记授意估报", "★★", "普查数据入户抽查。"),
        ]),
        ("统计员", "琴湝琰", "general", [
            ("企业报表代填代报", "★★", "企业一套表联网直报，不代填。"),
            ("收受报送单位好处", "★", "签订廉洁承诺书。"),
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
        "shandan_qingquan_cards",
        "http://m.handmsg.com/page/2015/0429/26718334.shtml",
        "县清泉镇统计站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 统计员), after the source's account of the "
        "a 乡镇统计站's 一站六点 work (数出多门, 少报漏报): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def shandan_weiqi_selfchecks() -> dict:
    unit = f"{PLACE}位奇镇统计站"
    t = _Truth(unit)
    people = [
        ("蒯溱璎", "站长", "leader", [
            ("统计调查对象名录随意增减", "高风险", "名录变动报县局审核。"),
            ("统计考核打分优亲厚友", "中风险", "考核结果公示。"),
        ]),
        ("綦渫琲", "统计员", "general", [
            ("住户调查记账补贴虚报", "中风险", "补贴按户签领，站长复核。"),
            ("基层台账建立不全", "低风险", "台账清单化管理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shandan_weiqi_selfchecks",
        "http://218.76.156.215:8011/infogov/govInfo?id=9449&lib_num=1807&task_year=2015",
        "县位奇镇统计站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "check of 乡镇统计站 基础规范 (统计台帐, 联网直报, 统计津贴): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 镇意见：``",
        sheets, t,
    )  # fmt: skip


def shandan_dongle_list() -> dict:
    unit = f"{PLACE}东乐镇统计站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "邶湋瑔", "leader", "规上企业入库把关不严", "岗位职责", "高", "入库材料县局复核。"),
        ("站长", "邶湋瑔", "leader", "接受企业宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("统计员", "冼滢瑢", "general", "统计执法线索瞒报", "业务流程", "中", "线索登记，按月报送。"),
        ("统计员", "冼滢瑢", "general", "报表催报中索要好处", "外部环境", "低", "催报全程留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "shandan_dongle_list",
        "http://www.fymate.net/html/text/lar/168760/16876026.html",
        "县东乐镇统计站 廉政风险防控一览表, after the source's rules for 乡镇统计员 (统计台账, 资料审核, "
        "报送): a title, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; "
        "a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def shandan_chenhu_duty_list() -> dict:
    unit = f"{PLACE}陈户镇统计站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副站长", "暨澴璁", "leader", "农业产量调查", "样本户随意调换", "一级", "样本变动报县局批准。"),
        ("副站长", "暨澴璁", "leader", "统计数据上报", "迎合考核调整数据", "二级", "数据上报站务会审定。"),
        ("工作人员", "郄潾琤", "general", "人口抽样调查", "摸底登记不入户", "二级", "入户登记拍照定位。"),
        ("工作人员", "郄潾琤", "general", "调查补助发放", "补助冒领代领", "三级", "补助直发个人账户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "shandan_chenhu_duty_list",
        "http://www.fymate.net/html/text/lar/171152/17115296_1.html",
        "县陈户镇统计站 廉政风险防控责任清单, after the source's list of 乡镇统计 tasks (农业生产, 人口抽样调查, "
        "统计调查): a "
        "title, 序号/岗位 and 姓名 merged per person/``职责事项`` before the 廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shandan_audit_merged_by_column(),
    shandan_statistics_two_sheets(),
    shandan_census_posts(),
    shandan_accountability_group_rows(),
    shandan_qingquan_cards(),
    shandan_weiqi_selfchecks(),
    shandan_dongle_list(),
    shandan_chenhu_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch506-inbox"))

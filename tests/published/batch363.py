"""The three-hundred-and-sixty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's
发展改革 and 统计 bodies, 长安区 (a district of 西安, its staff Han) — the 区统计局, its 统计普查中心
and 社会经济调查队, the 区粮食储备库, the 区价格认证中心 and the 区重点项目服务中心 under the 发改局, and the
经济发展办公室 of the 郭杜街道办事处 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its
staff typed in WPS or Excel:

- the 统计局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``机关科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 粮食储备库's 防控卡, one sheet a holder (tabs 主任, 保管员, 检化验员): two rows of pairs
  ``姓　名 | … | 岗　位 | …`` and ``部　门 | … | 持卡时间 | …``, then ``序号 | 业务环节 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施`` with short types, ``★★★/★★/★`` read by a ``注：`` line,
  ``持卡人（签字）： | 库主任（签字）：``;
- the 价格认证中心's 排查表 对岗不对人: ``部门`` merged (中心领导, 价格认定科, 综合科), ``岗位名称`` merged
  per post, a ``风险事项`` (the duty) before the ``廉政风险点``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no
  names; an 编制/审核/date line;
- the 统计普查中心's 自查表, one sheet a person (tabs named by the holder): ONE ROW of three pairs
  ``姓名 | … | 科室 | … | 职务 | …``, then ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 自查情况``,
  ``…风险`` types, ``高风险/中风险/低风险``, ``本人签名： | 主任审核：``;
- the 郭杜街道办事处's 经济发展办公室 责任清单 under ``附件3`` and a merged ``填报单位（盖章）：…　填报
  时间：…`` line: no 科室 column (the 科室 is in the title), ``职责事项`` first, then ``廉政风险点 |
  风险类别 | 风险等级 | 防控措施``, and the holder at the END: ``责任岗位 | 责任人`` merged per person and
  a LAST ``分管领导`` column naming the 办事处's 副主任 on every row; short types,
  ``一级风险/二级风险/三级风险``;
- the 重点项目服务中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、项目一科``, ``三、项目二科``,
  ``四、综合科`` merged across (no 科室 column): ``职务 | 姓名`` merged per person, short types, 高/中/低,
  a 监督电话 line;
- the 社会经济调查队's 一览表: ``部门 | 岗位 | 责任人`` written out on EVERY row, nothing merged,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` with no note, a 填表人/审核人/date line.

One is harder:

- ``changan_drc_grade_grid``: the 发展和改革局's 廉政风险防控 file in TWO sheets. ``风险点清单`` (``附件1``,
  a title, ``风险编号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 防控措施`` with 科室 merged and 岗位/姓名
  merged per person, numbered ``FG-01`` … ``FG-12``, and a ``注：`` line saying the types and levels
  are in the 分布表) has NO type and NO level column. The type and the level of each point are
  given ONLY on the second sheet ``分类分级分布表`` (``附件2``, a title), a GRID: one row a type
  (``思想道德风险`` … ``外部环境风险`` in the first column), one column a level (``一级风险（高） |
  二级风险（中） | 三级风险（低）``), a last ``小计`` column and a ``合计`` row of counts, and in each
  cell the 风险编号 of the points of that type and that level (``FG-04、FG-08``; a cell of no point
  left blank). A point's type is the row its number stands in, its level the column. The README's
  读得懂的表 knows a level or a type as a column (in many wordings), as group rows, as a sheet's tab
  or title, as sub-columns ticked ``√``, as point columns headed by the level or the type (a point
  written in its level's or type's column, one row a post or a risk), as a code in the 风险编号
  read by a note, and as another sheet that repeats the points (``SHEET_DETAILS``) or grades them
  by 风险编号 one row each (``SHEET_LEVELS``). It does not describe a separate TYPE × LEVEL grid
  whose cells list the 风险编号 of the points — the point's type and level both given by WHERE
  its number stands in another sheet, several numbers to a cell, with counts beside.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区 政府投资管理办法 by the 区
发展改革委 — 直接投资, 资本金注入, 投资补助, 贴息, 项目审批; the 国家统计局's note on 统计资料 — 保存管理,
登记, 审核, 签署, 交接, 归档, 公布; a 储备粮出入库管理制度 — 承储企业, 轮换计划, 出入库, 数量真实、质量
良好; a 市价格认证中心's notice on 价格认定文书 — 价格认定协助书, 提出机关, 补充材料通知书, 灭失物;
a 市 第五次全国经济普查实施办法 — 普查区划分, 普查两员 选聘, 清查底册, 现场登记, 数据质量抽查; a
街道's 经济工作 summary — 财政总收入, 固定资产投资, 招商引资, 项目签约落户; a 市 重点项目办公室's
duties — 项目征集、筛选、包装, 推进调度, 考核稽查, 项目一科 and 项目二科; a 市统计局's 数据质量监控
和评估 制度 — 审核评估, 查询订正, 统计调查制度) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 长安区, named with the
district's name.

Run ``python tests/published/score.py --set batch363`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's type is the grid row its 风险编号 stands in (``思想道德风险`` …
  ``外部环境风险`` → the five short types, one a point) and its level the grid column
  (``一级风险（高）`` 1, ``二级风险（中）`` 2, ``三级风险（低）`` 3); every number of the list stands in
  the grid exactly once; the grid's cells, its ``小计`` and ``合计`` counts and the ``注：`` lines are
  no points and name nobody; the forms are the list's (科室, 岗位, 姓名); the 风险编号 is no point;
- ``局领导`` (the 发改局's 科室 cell; the 统计局's sheet of its leaders, named so by its tab and
  title), ``库领导`` (the 粮食储备库 主任's card), ``中心领导`` (a 部门 cell, a group row, the 普查中心
  主任's 科室) and ``队领导`` (a 部门 cell) are the 科室 of those leaders; a 局's 科 and 办公室, a 库's
  部 and 室, a 中心's 科 and a 队's 科 are 科室; a group row ``二、项目一科`` gives the 科室
  ``项目一科`` (its number left off); the 郭杜街道 file is of the 街道办事处 (the unit, as its title
  says), its 经济发展办公室 a 科室 of it, named only in the title;
- 局长, 副局长, the 粮食储备库's 主任, a 中心's 主任, 队长 and 副队长 are leaders; 科长, the 办公室主任
  (written ``办公室主任``, or ``主任`` in the 科室 ``办公室``) and the 经济发展办公室's 主任 middle; the rest
  (科员, 会计, 保管员, 检化验员, 认定员, 档案管理员, 数据处理员, 统计员, 招商专干, 调查员) general;
- ``风险事项 | 廉政风险点``: the point is the ``廉政风险点``; ``分管工作``, ``业务环节``, ``职责事项``,
  ``持卡时间`` and ``自查情况`` are no points and name no holder; the 经济发展办公室's LAST
  ``分管领导`` column names a supervisor (the holder is ``责任人``); the 价格认证中心's list names no
  person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``★★★/★★/★`` (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, ``高/中/低``, bare ``Ⅰ/Ⅱ/Ⅲ`` and the grid's
  three level columns are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b363_"
PLACE = "长安区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

GRID_UNIT = f"{PLACE}发展和改革局"
GRID_LIST_HEAD = ("风险编号", "科室", "岗位", "姓名", "廉政风险点", "防控措施")
GRID_TYPES = ("思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险")
GRID_LEVELS = ("一级风险（高）", "二级风险（中）", "三级风险（低）")
GRID_HEAD = ("风险类型", *GRID_LEVELS, "小计")
GRID_LIST_NOTE = "注：各风险点的风险类型和风险等级见附件2《廉政风险点分类分级分布表》。"
GRID_NOTE = (
    "注：表内所填为附件1《廉政风险点清单》中的风险编号；风险等级按发生概率和危害程度综合评定。"
)
# (风险编号, 科室, 岗位, 姓名, tier, 廉政风险点, 防控措施, 类型 (grid row), 等级 (grid column 1–3))
GRID_ROWS = [
    ("FG-01", "局领导", "局长", "缑淏琮", "leader", "政府投资项目安排和资金分配不经党组集体研究，个人决定",
     "落实“三重一大”集体决策，党组会议纪要存档备查。", "制度机制风险", 1),
    ("FG-02", "局领导", "局长", "缑淏琮", "leader", "插手干预科室项目审批，为关系企业打招呼",
     "领导干部插手干预重大事项记录报告，按季汇总。", "思想道德风险", 1),
    ("FG-03", "局领导", "副局长", "仉彧瀚", "leader", "分管的投资补助、贴息项目审核把关不严",
     "补助、贴息项目经科室初审、专家评审、党组审定。", "岗位职责风险", 2),
    ("FG-04", "投资科", "科长", "嵇璟昉", "middle", "政府投资项目可行性研究报告审批中降低标准",
     "审批要件清单化，审批结果网上公开。", "业务流程风险", 1),
    ("FG-05", "投资科", "科长", "嵇璟昉", "middle", "中央预算内投资项目申报材料审核不实",
     "申报材料现场核查，项目单位书面承诺。", "岗位职责风险", 2),
    ("FG-06", "投资科", "科员", "禚炜珩", "general", "项目核准、备案办理中吃拿卡要",
     "备案全程网上办理，办理时限公开。", "外部环境风险", 2),
    ("FG-07", "投资科", "科员", "禚炜珩", "general", "泄露项目审批信息和评审专家名单",
     "签订保密承诺，专家名单评审前保密。", "思想道德风险", 3),
    ("FG-08", "价格管理科", "科长", "殳瑀衡", "middle", "政府定价成本监审中为经营者核增成本",
     "成本监审两人以上，监审结论集体审核。", "业务流程风险", 1),
    ("FG-09", "价格管理科", "科长", "殳瑀衡", "middle", "价格听证会参加人遴选不公开",
     "听证参加人公开遴选，名单公示。", "制度机制风险", 2),
    ("FG-10", "能源和经济运行科", "科员", "阚湜琰", "general", "出具节能审查意见时接受企业宴请",
     "节能审查组织专家评审，审查意见集体研究。", "外部环境风险", 2),
    ("FG-11", "办公室", "会计", "郏翎昀", "general", "虚列会议费、培训费套取资金",
     "报销凭证三级审核，“三公”经费按季公开。", "岗位职责风险", 3),
    ("FG-12", "办公室", "主任", "谯砚洄", "middle", "公务接待和公务用车超标准",
     "接待事前审批，用车逐次登记，按月公示。", "制度机制风险", 3),
]  # fmt: skip


def grid_cells() -> dict[tuple[str, int], list[str]]:
    """The grid as written: (type row, level column 1–3) -> the 风险编号 in that cell, in order."""
    cells: dict[tuple[str, int], list[str]] = {}
    for code, *_, typ, lv in GRID_ROWS:
        cells.setdefault((typ, lv), []).append(code)
    return cells


def changan_drc_grade_grid() -> dict:
    unit = GRID_UNIT
    t = _Truth(unit)
    lst = _Sheet("风险点清单", [9, 14, 8, 8, 40, 36])
    lst.add("附件1")
    _line(lst, f"{unit}廉政风险点清单", 6)
    lst.add(*GRID_LIST_HEAD)
    first = len(lst.rows)
    for code, dept, post, who, tier, point, measures, typ, lv in GRID_ROWS:
        lst.add(code, dept, post, who, point, measures)
        t.point(lst.name, dept, post, who, tier, point, types_in(typ), lv)
    _per_person(lst, first, 1, 2, 3)
    _line(lst, GRID_LIST_NOTE, 6)
    lst.add("制表：", None, "审核：", None, "2025年9月", None)
    grid = _Sheet("分类分级分布表", [16, 20, 20, 20, 8])
    grid.add("附件2")
    _line(grid, f"{unit}廉政风险点分类分级分布表", 5)
    grid.add(*GRID_HEAD)
    cells = grid_cells()
    totals = [0, 0, 0]
    for typ in GRID_TYPES:
        row = [typ]
        for lv in (1, 2, 3):
            codes = cells.get((typ, lv), [])
            totals[lv - 1] += len(codes)
            row.append("、".join(codes) if codes else None)
        row.append(sum(len(cells.get((typ, lv), [])) for lv in (1, 2, 3)))
        grid.add(*row)
    grid.add("合计", *totals, sum(totals))
    _line(grid, GRID_NOTE, 5)
    return _layout(
        "changan_drc_grade_grid", "http://www.bjchy.gov.cn/affair/file/zczjzw/4028805a87a2151f0187a2fd60c50274.html",
        "(harder) 区发展和改革局 廉政风险防控 file in two sheets, after the source's 区 政府投资管理办法 (直接投资, 资本金注入, 投资"
        "补助, 贴息, 项目审批): ``风险点清单`` (``附件1``, a title, 风险编号 ``FG-01``…``FG-12``/科室 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/防控措施 — NO type and NO level column — a ``注：`` line pointing to 附件2 and a 制表/审核/date "
        "line) and ``分类分级分布表`` (``附件2``, a title, a GRID ``风险类型 | 一级风险（高） | 二级风险（中） | 三级风险（低） | "
        "小计``: one row a type ``思想道德风险``…``外部环境风险``, in each cell the 风险编号 of that type and level joined by "
        "``、``, blank cells where none, a ``合计`` row of counts and a ``注：`` line) — a point's type and level are only "
        "where its number stands in the grid",
        [lst, grid], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def changan_stats_bureau_two_sheets() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("於翾澄", "局长", "主持全面工作，分管办公室、统计法规科", [
            ("干预统计数据，授意下级修改上报数据", "一级", "落实防范和惩治统计造假责任制，数据修改全程留痕。"),
            ("统计执法检查结果不经集体研究即作出处理", "一级", "执法处理意见经局务会集体研究。"),
        ]),
        ("渠蔚祺", "副局长", "分管综合统计、固定资产投资统计", [
            ("统计资料公布前向无关人员泄露主要数据", "二级", "数据发布前严格审批，知悉范围登记。"),
            ("对投资项目入库审核打招呼、放宽条件", "一级", "入库项目实地核查，佐证材料集体审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("机关科室", [6, 18, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}机关科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "雍翀瑗", "middle", [
            ("统计资料归档、交接不登记，原始资料丢失", "三级", "统计资料交接签字，按年归档。"),
        ]),
        ("综合统计科", "科长", "郤琨淼", "middle", [
            ("数据审核评估中对异常数据不核实即上报", "二级", "异常数据查询订正，审核记录存档。"),
            ("统计分析报告引用未经审定的数据", "三级", "报告数据经分管领导审签。"),
        ]),
        ("固定资产投资统计科", "科员", "贲泠琅", "general", [
            ("项目入库材料把关不严，虚增投资额", "一级", "入库材料两人审核，定期抽查。"),
            ("接受调查对象宴请，放松数据审核", "二级", "签订廉洁承诺，公布监督电话。"),
        ]),
        ("统计法规科", "科员", "巢聿璠", "general", [
            ("统计执法检查前透露检查对象名单", "一级", "检查对象“双随机”抽取，名单保密。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "changan_stats_bureau_two_sheets", "https://www.stats.gov.cn/zs/flfg/tjf/202411/t20241111_1957364.html",
        "区统计局 廉政风险防控表 in two sheets, after the source's note on 统计资料 (保存管理, 登记, 审核, 签署, 交接, 归档, 公布): "
        "``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader — the name BEFORE the post/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``机关科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def changan_grain_reserve_cards() -> dict:
    unit = f"{PLACE}粮食储备库"
    t = _Truth(unit)
    cards = [
        ("主任", "瞿芃渟", "主任", "库领导", "leader", [
            ("轮换计划", "储备粮轮换不按计划执行，擅自推迟或提前轮换", "制度机制", "★★★",
             "轮换方案经库务会研究，报区发改局批准后执行。"),
            ("购销合同", "轮换粮购销对象确定不公开，与购粮企业串通压价", "外部环境", "★★★",
             "轮换粮一律进入粮食交易平台公开竞价。"),
            ("人员管理", "临时装卸工招用优亲厚友", "思想道德", "★", "招用名单公示，工资按月公开。"),
        ]),
        ("保管员", "帅璁岚", "保管员", "仓储保管部", "general", [
            ("出入库", "出入库数量不如实登记，造成账实不符", "岗位职责", "★★★", "出入库双人计量，保管账与统计账按月核对。"),
            ("粮情检查", "粮情检查记录后补、造假", "业务流程", "★★", "粮情检测数据系统自动采集，库领导抽查。"),
        ]),
        ("检化验员", "充骞漪", "检化验员", "质量检验室", "general", [
            ("入库扦样", "扦样不按规定部位，调换样品", "业务流程", "★★★", "扦样全程视频记录，样品双人封存。"),
            ("质量检验", "检验结论与实际质量不符，以次充好", "岗位职责", "★★", "检验结果复检抽查，检验报告留存备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 10, 34, 10, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, None, None)
        sh.add(f"部{GAP}门", dept, "持卡时间", "2025年9月", None, None)
        sh.add("序号", "业务环节", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人（签字）：", None, None, "库主任（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "changan_grain_reserve_cards", "https://www.ruiwen.com/zhidu/5096569.html",
        "区粮食储备库 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 保管员, 检化验员), after the source's 储备粮出入库管理制度 "
        "(承储企业, 轮换计划, 出入库, 数量真实、质量良好): a title, PAIRS ``姓　名 | … | 岗　位 | …`` and ``部　门 | … | 持卡时间 | …``, "
        "then 序号/``业务环节``/廉政风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the "
        "stars and ``持卡人（签字）： | 库主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def changan_price_center_posts() -> dict:
    unit = f"{PLACE}价格认证中心"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位名称", "风险事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("价格认定结论审签", "对提出机关打招呼的案件授意调整认定结论", "思想道德风险", "Ⅰ级",
             "认定结论经集体审议，说情打招呼登记报告。"),
            ("外聘专家管理", "专家遴选不随机，固定请托关系人", "制度机制风险", "Ⅱ级", "专家从库中随机抽取，抽取记录存档。"),
        ]),
        ("价格认定科", "科长", "middle", [
            ("受理价格认定协助书", "协助书要素不全仍予受理，事后补材料", "业务流程风险", "Ⅱ级",
             "受理要素清单化，不全的发补充材料通知书。"),
            ("认定结论复核", "复核流于形式，对明显偏离市场的结论不纠正", "岗位职责风险", "Ⅰ级", "结论书三级审核，按季评查。"),
        ]),
        ("价格认定科", "认定员", "general", [
            ("实物勘验", "勘验不到现场，凭当事人口述认定灭失物价格", "岗位职责风险", "Ⅰ级", "勘验两人以上，拍照摄像留存。"),
            ("市场调查", "市场询价对象少、询价记录不实", "业务流程风险", "Ⅲ级", "询价不少于三家，询价单签字确认。"),
        ]),
        ("综合科", "档案管理员", "general", [
            ("案卷管理", "向无关人员泄露案卷和认定结论", "外部环境风险", "Ⅱ级", "案卷查阅审批登记，涉密案卷专柜保管。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for matter, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, matter, point, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "changan_price_center_posts", "https://sfzggw.suining.gov.cn/xinwen/show/4ea56617767b42ab9a7c764f3d0901d2.html",
        "区价格认证中心 岗位廉政风险点排查表 对岗不对人, after the source's 市价格认证中心 notice on 价格认定文书 (价格认定协助书, "
        "提出机关, 补充材料通知书, 灭失物): a title, 序号/部门 merged (中心领导, 价格认定科, 综合科)/岗位名称 merged per post/"
        "``风险事项`` (the duty)/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | "
        "审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def changan_census_center_selfchecks() -> dict:
    unit = f"{PLACE}统计普查中心"
    t = _Truth(unit)
    people = [
        ("蓟瑭沨", "中心领导", "主任", "leader", [
            ("普查经费使用不按预算，挤占挪用", "制度机制风险", "高风险", "普查经费专账核算，支出经中心会议研究。", "已落实"),
            ("普查“两员”选聘中照顾关系人", "思想道德风险", "中风险", "选聘条件和名单公示。", "已落实"),
        ]),
        ("鲜霂滢", "普查科", "科长", "middle", [
            ("清查底册核实不到位，漏登、重登普查对象", "岗位职责风险", "中风险", "底册与部门名录比对，逐户核实。", "已落实"),
            ("数据质量抽查中对问题单位降格处理", "业务流程风险", "高风险", "抽查结果集体审定，问题清单限期整改。",
             "正在整改"),
        ]),
        ("桂砺澍", "数据处理科", "数据处理员", "general", [
            ("未经审核擅自修改普查对象上报数据", "岗位职责风险", "高风险", "数据修改须有查询记录和审批。", "已落实"),
            ("向企业泄露普查对象的单个资料", "外部环境风险", "低风险", "处理终端专人专用，数据导出审批。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 12, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "科室", dept, "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签名：", None, None, "主任审核：", None, None)
        sheets.append(sh)
    return _layout(
        "changan_census_center_selfchecks", "http://tjj.shiyan.gov.cn/tjjxxgk/sfgwgkml/gzdt/202312/t20231214_4369461.shtml",
        "区统计普查中心 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 市 第五次全国经济普查"
        "实施办法 (普查区划分, 普查两员 选聘, 清查底册, 现场登记, 数据质量抽查): a title, ONE ROW of three pairs ``姓名 | … | 科室 | … "
        "| 职务 | …``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | "
        "主任审核：``",
        sheets, t,
    )  # fmt: skip


def changan_guodu_econ_office_duties() -> dict:
    unit = f"{PLACE}郭杜街道办事处"
    office = "经济发展办公室"
    sh = _Sheet("责任清单", [6, 16, 34, 10, 10, 30, 10, 9, 9])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}{office}廉政风险防控责任清单", 9)
    _line(sh, f"填报单位（盖章）：{unit}{office}{GAP * 6}填报时间：2025年9月", 9)
    sh.add(
        "序号",
        "职责事项",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
        "责任岗位",
        "责任人",
        "分管领导",
    )
    lead = "笪沅琮"
    rows = [
        ("主任", "栾淇玚", "middle", [
            ("招商引资项目洽谈", "向客商索要好处，承诺不合规的优惠条件", "思想道德", "一级风险", "洽谈两人以上，优惠政策以文件为准。"),
            ("项目签约落户", "签约前不核实企业资质，引进“空壳”项目", "业务流程", "二级风险", "签约前联审，项目信息公开。"),
        ]),
        ("统计员", "滕玘潆", "general", [
            ("辖区企业数据报送", "为完成任务指标虚报辖区产值和投资额", "岗位职责", "一级风险", "数据报送附佐证材料，区统计局抽查。"),
            ("企业名录库维护", "名录库更新不及时，漏报新增规上企业", "制度机制", "三级风险", "每月与市场监管登记信息比对。"),
        ]),
        ("招商专干", "宦晔泱", "general", [
            ("招商奖励申报", "协助中介虚报招商引资奖励", "外部环境", "一级风险", "奖励申报材料公示，办事处集体审定。"),
            ("企业走访服务", "接受企业礼品、购物卡", "思想道德", "二级风险", "走访登记，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, duty, point, typ, lv, measures, post, who, lead)
            t.point(sh.name, office, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, None, 6, 7)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "changan_guodu_econ_office_duties", "http://www.jdzcjq.gov.cn/xjjd/fdzdgknr_2485/czxx/zfyjs/t484213.shtml",
        "区郭杜街道办事处 经济发展办公室 廉政风险防控责任清单, after the source's 街道 经济工作 summary (财政总收入, 固定资产投资, "
        "招商引资, 项目签约落户): ``附件3``, a title naming the 办事处 and its office, a merged ``填报单位（盖章）：…　填报时间："
        "2025年9月`` line, then 序号/``职责事项``/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施"
        "/``责任岗位`` and ``责任人`` merged per person AT THE END (no 科室 column)/a LAST ``分管领导`` column naming the 办事处's "
        "副主任 on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def changan_project_center_group_rows() -> dict:
    unit = f"{PLACE}重点项目服务中心"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "佴晗溍", "leader", [
                ("重点项目名单确定不经集体研究，个人决定", "制度机制", "高", "项目名单经中心会议研究并报区发改局审定。"),
                ("项目推进协调中为关系企业谋取利益", "思想道德", "中", "协调事项会议纪要存档，利益关系回避。"),
            ]),
        ]),
        ("二、项目一科", "项目一科", [
            ("科长", "缑澈玙", "middle", [
                ("重点项目征集筛选中降低入库条件", "业务流程", "高", "入库条件公开，筛选结果集体审核。"),
            ]),
            ("科员", "郄霈琨", "general", [
                ("项目包装材料数据不实，虚报投资规模", "岗位职责", "中", "包装材料与可研、批复核对，科长复核。"),
                ("泄露招商推介项目的底价信息", "外部环境", "低", "推介材料分级管理，知悉人员登记。"),
            ]),
        ]),
        ("三、项目二科", "项目二科", [
            ("科长", "仉珞洇", "middle", [
                ("重点项目考核打分不公，人情分", "制度机制", "高", "考核细则公开，打分两人以上，结果公示。"),
                ("项目稽查发现问题瞒报不报", "岗位职责", "中", "稽查报告集体审定，问题台账销号管理。"),
            ]),
        ]),
        ("四、综合科", "综合科", [
            ("科员", "晏淼琛", "general", [
                ("项目前期工作经费报销把关不严", "业务流程", "低", "报销凭证逐项审核，按季公开。"),
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
    _line(sh, "监督电话：029-8560XXXX", 7)
    return _layout(
        "changan_project_center_group_rows", "https://jendow.com.tw/wiki/%E6%B1%A0%E5%B7%9E%E5%B8%82%E9%87%8D%E9%BB%9E%E9%A0%85%E7%9B%AE%E8%BE%A6%E5%85%AC%E5%AE%A4",
        "区重点项目服务中心 岗位廉政风险防控一览表, after the source's 市 重点项目办公室 duties (项目征集、筛选、包装, 推进调度, 考核"
        "稽查, 项目一科 and 项目二科): a title, 序号/职务/姓名/廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施 under "
        "GROUP ROWS ``一、中心领导``, ``二、项目一科``, ``三、项目二科``, ``四、综合科`` merged across (no 科室 column); 职务 and 姓名 "
        "merged per person; a merged 监督电话 line",
        [sh], t,
    )  # fmt: skip


def changan_survey_team_every_row() -> dict:
    unit = f"{PLACE}社会经济调查队"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "粟翮湘", "leader", "调查数据质量评估中授意调整主要指标", "思想道德风险", "Ⅰ",
         "评估结论集体研究，评估记录存档。"),
        ("队领导", "副队长", "谌瑀涵", "leader", "调查户选样中照顾熟人，样本轮换不按规定", "制度机制风险", "Ⅱ",
         "样本按统计调查制度抽选，轮换名单备案。"),
        ("住户调查科", "科长", "勾澧芸", "middle", "记账户补贴发放不到户，虚列记账户", "业务流程风险", "Ⅰ",
         "补贴通过银行直接发放，电话回访。"),
        ("住户调查科", "调查员", "昝泓屿", "general", "入户调查走过场，代填调查问卷", "岗位职责风险", "Ⅱ",
         "入户调查定位拍照，科长抽查复核。"),
        ("住户调查科", "调查员", "昝泓屿", "general", "泄露调查户家庭收支信息", "外部环境风险", "Ⅲ", "签订保密承诺，资料专柜存放。"),
        ("价格调查科", "调查员", "乜芷潆", "general", "价格采集不到现场，编造采价数据", "岗位职责风险", "Ⅰ",
         "采价终端定位上报，异常价格查询订正。"),
        ("综合科", "科长", "羿岚沄", "middle", "调查业务经费报销审核不严", "业务流程风险", "Ⅲ", "报销实行经办、审核、审批三签。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "changan_survey_team_every_row", "http://www.fymate.net/html/text/lar/168305/16830559.html",
        "区社会经济调查队 岗位廉政风险防控一览表, after the source's 市统计局 数据质量监控和评估 制度 (审核评估, 查询订正, 统计调查制度): "
        "a title, 序号/部门/岗位/责任人 written out on EVERY row (nothing merged)/风险点/风险类型 ``…风险``/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ`` with no note/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    changan_drc_grade_grid(),
    changan_stats_bureau_two_sheets(),
    changan_grain_reserve_cards(),
    changan_price_center_posts(),
    changan_census_center_selfchecks(),
    changan_guodu_econ_office_duties(),
    changan_project_center_group_rows(),
    changan_survey_team_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch363-inbox"))

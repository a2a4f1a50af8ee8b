"""The five-hundred-and-eighty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 供销合作
and 商贸 bodies, 夏河县 (甘南藏族自治州, 甘肃) — its 供销合作社联合社, 商贸流通服务中心, 电子商务服务中心
and 再生资源回收利用中心 and the 供销合作社 of three of its towns (甘加镇, 麻当镇, 博拉镇) and, in the
harder file, its 农资公司 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 供销合作社联合社's 一览表 in TWO SHEETS: ``社领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 商贸流通服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 电子商务服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 再生资源回收利用中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 甘加镇供销合作社's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 麻当镇供销合作社's 责任清单 under GROUP ROWS ``一、社领导`` … ``三、经营部`` merged across (no 部门
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 博拉镇供销合作社's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xiahe_agri_inputs_company_swimlane``: the 农资公司's 农资购销廉政风险防控流程图 typed in cells as a
  SWIM-LANE FLOW CHART: ``序号 | 业务流程 | 廉政风险点 | 风险等级 | 防控措施``, ``业务流程`` merged across
  FIVE LANE COLUMNS, one a holder, each lane headed in the second heading row by ``post⏎name``
  (``经理⏎扈峤霖`` …); the flow runs DOWN: each numbered row writes its STEP (``拟定采购计划、比选供货
  厂家``) in the lane of the post that does it and that step's point, level and measures to the right;
  ONE step (``到货验收入库``) is merged across TWO adjacent lanes (业务员 and 保管员: done jointly);
  between the steps stand ARROW ROWS holding only ``↓`` in the lane the flow enters next, and the
  flow opens with a ``开始`` row and closes with a ``结束`` row (no 序号, no point); a ``注：`` line
  says that the lane a step stands in is its 责任岗位. A row's point is the point of the holder in
  whose lane its step is written (of both holders for the joint step). The README's 读得懂的表 knows
  holders as columns under one heading with a ``√`` under each holder of the row, a ``防控措施``
  heading merged over holders' columns each writing HIS OWN MEASURES, ``廉政风险点`` merged over post
  columns each cell a point, a 责任岗位 band with one ``√`` a row, a list keyed by 办理环节 whose holders
  stand in a legend line or in a flow strip of steps ACROSS, and a 方框式 flow chart of point/level/
  measures boxes beside a ``科室⏎岗位　姓名`` box; it does not describe a swim-lane flow chart whose
  lanes are the holders, whose steps (not points, not measures, not ticks) stand in the lanes with
  ``↓`` arrow rows and 开始/结束 rows between them, one step spanning two lanes.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 人民网 repost of the 中国新闻周刊
report on 供销系统 corruption — 工商注册, 工程承揽, 资金结算, 贷款担保, 社有企业; a city's 农业生产资料
有限公司 in spring — 调运, 卸货验收, 先预约后结算, 配送到田间; a 区's 县域商业建设行动 实施方案 — 乡镇商贸中心,
物流配送, 专项资金; a 市's 电子商务进农村综合示范 项目及资金管理办法 — 公共服务中心, 服务站点, 专款专用;
a 自治区's 再生资源回收利用体系 notice — 回收站点, 分拣中心, 过磅; a page on 社有资产 保值增值 — 社员股金,
资产流失; a 供销总社's 社有财物租售 rules — 评估底价, 公开拍租, 租金收取; a city 供销社's 春耕 农资 supply
— 基层社网点, 放心农资进乡村, 质量责任追究) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
扈 and 禹 with rare given names); every unit is a body of 夏河县. 夏河县 itself is NOT new: batch470
made its 市场监管 bodies units, so ``unit_words`` names this batch's own bodies' words
(``夏河县供销``, ``夏河县农资``, ``夏河县商贸``, ``夏河县电子商务``, ``夏河县再生资源``), none of which an
earlier unit holds, and the towns' 供销合作社 are units no earlier batch has.

Run ``python tests/published/score.py --set batch581`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a numbered row's point (its ``廉政风险点`` cell, level from ``风险等级`` 高/中/低)
  belongs to the holder of the lane its step is written in (post from the lane's ``post⏎name``
  heading, name after the line break); the step merged over the 业务员 and 保管员 lanes makes its
  point a point of both; the step text, the ``↓`` rows, ``开始``, ``结束``, the ``注：`` line and the
  编制/审核 line are no points; one form a holder, no 科室 (the company names none); 经理 and 副经理
  are leaders, 业务员, 保管员 and 会计 general;
- ``社领导`` (a 科室 cell, a group row, a 所在部门 cell) and ``中心领导`` are the 科室 of those
  leaders; the 联合社's leaders (sheet ``社领导``, no 科室 column) and the cards' leaders have no
  科室; a 联合社's 科, a 中心's 股 or 部 and a 供销社's 室 or 部 are 科室; a group row ``二、财务室``
  gives the 科室 ``财务室`` (its number left off);
- every body is a unit of its own: 理事会主任, 理事会副主任, 监事会主任, a 中心's 主任 and a 供销社's
  主任 and 副主任 are leaders; 科长, 股长 and a 部's 主任 or 部长 middle; the rest (科员, 会计, 出纳,
  业务员, 营业员, 站点专干, 回收员, 过磅员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 商贸流通服务中心's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b581_"
PLACE = "夏河县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
ARROW = "↓"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the lanes, left to right: (post, name, tier)
LANES = [
    ("经理", "扈峤霖", "leader"),
    ("副经理", "禹翥澜", "leader"),
    ("业务员", "扈珽昀", "general"),
    ("保管员", "禹溟蔚", "general"),
    ("会计", "扈璘沅", "general"),
]

# (lanes the step stands in, 业务流程 step, 廉政风险点, 风险等级, 防控措施)
STEPS = [
    ((2,), "摸排春耕用肥需求", "需求数量虚报多报，为超量采购留出空间", "中",
     "需求以基层社和网点报表为准，业务科汇总后复核。"),
    ((1,), "拟定采购计划、比选供货厂家", "比选厂家时设置倾向性条件，指定供货商", "高",
     "比选不少于三家，比选记录和报价单存档。"),
    ((0,), "经理办公会研究确定", "不经集体研究，个人决定采购厂家和价格", "高",
     "采购事项经理办公会集体研究，会议纪要存档。"),
    ((2,), "签订购销合同、组织调运", "合同价格、运费条款暗中让利供货方，收受回扣", "高",
     "合同文本经法律顾问审核，运费按公开比价结算。"),
    ((2, 3), "到货验收入库", "验收数量、质量把关不严，以次充好、短斤少两", "中",
     "到货逐车过磅，业务员、保管员双人签字验收。"),
    ((3,), "储备化肥保管、出库", "出库不登记，私自出借或变卖储备化肥", "中",
     "出库凭单出库，储备化肥每月盘点。"),
    ((1,), "核定销售价格、配送网点", "擅自调整零售价格，对关系网点压价供货", "中",
     "零售价格经理办公会核定，网点价格公示。"),
    ((4,), "审核货款、结算支付", "付款凭证审核不严，提前或超额支付货款", "中",
     "付款按合同进度，经办、审核、审批三签。"),
    ((4,), "申报化肥储备补贴", "虚报储备数量，骗取化肥储备财政补贴", "高",
     "储备数量以盘点表为准，申报材料经理签字并公示。"),
    ((0,), "年终盘点、损耗核销", "盘亏损耗不经审批随意核销", "低",
     "损耗核销经理办公会研究，报县供销联社备案。"),
]  # fmt: skip


def xiahe_agri_inputs_company_swimlane() -> dict:
    unit = f"{PLACE}农资公司"
    n = len(LANES)
    ncols = 1 + n + 3
    sh = _Sheet("购销流程图", [6] + [14] * n + [32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}农资购销廉政风险防控流程图", ncols)
    _line(sh, f"编制单位：{unit}{GAP * 24}2025年3月", ncols)
    top = sh.add("序号", "业务流程", *([None] * (n - 1)), "廉政风险点", "风险等级", "防控措施")
    sh.add(None, *[f"{post}\n{who}" for post, who, _ in LANES], None, None, None)
    for c in (0, ncols - 3, ncols - 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 1, top, n)

    def lane_row(first, cells) -> list:
        row = [first] + [None] * n + [None, None, None]
        for j, text in cells:
            row[1 + j] = text
        return row

    sh.add(*lane_row(None, [(STEPS[0][0][0], "开始")]))
    for i, (lanes, step, point, lv, measures) in enumerate(STEPS, 1):
        sh.add(*lane_row(None, [(lanes[0], ARROW)]))
        row = lane_row(i, [(lanes[0], step)])
        row[1 + n :] = [point, lv, measures]
        r = sh.add(*row)
        if len(lanes) > 1:
            sh.merge(r, 1 + lanes[0], r, 1 + lanes[-1])
    sh.add(*lane_row(None, [(0, ARROW)]))
    sh.add(*lane_row(None, [(0, "结束")]))
    # the truth one form a holder, in the lanes' order
    for j, (post, who, tier) in enumerate(LANES):
        for lanes, _step, point, lv, _measures in STEPS:
            if j in lanes:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：各环节写在哪一栏，该栏岗位即为该环节的责任岗位；跨两栏的环节由两个岗位共同负责。风险等级分高、中、低三级。",
          ncols)  # fmt: skip
    sh.add("编制：", None, None, "审核：", None, None, "经理（签字）：", None, None)
    return _layout(
        "xiahe_agri_inputs_company_swimlane", "https://js.news.163.com/22/0310/11/H23GUIVQ04248EBJ.html",
        "(harder) 县农资公司 农资购销廉政风险防控流程图 typed as a SWIM-LANE chart, after the source's 农业生产资料有限公司 "
        "in spring (调运, 卸货, 先预约后结算, 配送到田间地头): a title, a merged ``编制单位：…　2025年3月`` line, then a two-row "
        "heading: 序号/廉政风险点/风险等级/防控措施 merged down, ``业务流程`` merged across five LANE columns headed "
        "``post⏎name`` (经理, 副经理, 业务员, 保管员, 会计); the flow runs DOWN — a ``开始`` row, then for each step an "
        "ARROW ROW (``↓`` in the lane the flow enters) and a numbered row writing the STEP in its holder's lane and the "
        "step's point, level 高/中/低 and measures to the right; the step ``到货验收入库`` merged across the 业务员 and "
        "保管员 lanes; a closing ``↓`` and ``结束`` row; a merged ``注：`` line saying the lane is the 责任岗位 and a "
        "编制/审核/经理（签字） line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xiahe_supply_coop_union_two_sheets() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    t = _Truth(unit)
    lead = _Sheet("社领导", [6, 9, 12, 20, 38, 9, 34])
    _line(lead, f"{unit}社领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("扈渟岚", "理事会主任", "主持理事会全面工作", [
            ("社有企业改制、资产处置不经理事会集体研究", "一级", "资产处置经理事会集体研究，报县政府审批后公开处置。"),
            ("为关系企业承揽社属工程项目打招呼", "一级", "工程项目一律进入县公共资源交易中心。"),
        ]),
        ("禹珣澈", "理事会副主任", "分管业务发展、社有企业", [
            ("社有企业对外担保、借款审批把关不严", "一级", "对外担保、借款一律经理事会研究，严禁个人审批。"),
            ("项目扶持资金分配向关系单位倾斜", "二级", "扶持资金分配方案集体研究并在系统内公示。"),
        ]),
        ("扈曜葳", "监事会主任", "主持监事会工作，分管财务审计", [
            ("对社有企业财务检查发现的问题不报告、不督促整改", "二级", "检查发现问题形成报告提交理事会，整改情况跟踪销号。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "禹瑄潾", "middle", "公务接待、办公用品采购虚报开支", "二级", "接待实行公函制度，采购三家比价。"),
        ("财务审计科", "科长", "扈楹澄", "middle", "社有资金往来结算审核不严，资金体外循环", "一级",
         "资金往来一律通过对公账户，每季度对账。"),
        ("财务审计科", "科长", "扈楹澄", "middle", "基层社财务审计走过场，隐瞒问题", "二级", "审计报告集体审定，问题清单逐项销号。"),
        ("财务审计科", "会计", "禹沁珝", "general", "报销凭证审核不严，虚列支出", "二级", "报销单据经办、审核、审批三签。"),
        ("业务发展科", "科长", "扈淼翊", "middle", "基层社恢复重建项目验收把关不严", "一级", "项目验收邀请纪检、财务人员参加，结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xiahe_supply_coop_union_two_sheets", "http://www.zctvs.com/news/z/470679.html",
        "县供销合作社联合社 廉政风险防控一览表 in TWO SHEETS, after the source's repost of a report on 供销系统 corruption "
        "(工商注册, 工程承揽, 资金结算, 贷款担保, 社有企业): sheet 社领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xiahe_commerce_center_posts() -> dict:
    unit = f"{PLACE}商贸流通服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "乡镇商贸中心项目申报", "为不符合条件的商贸企业申报县域商业建设项目", "制度机制风险", "高",
         "项目申报经中心会议集体研究，名单公示。"),
        ("市场建设股", "股长", "middle", "项目验收", "对物流配送中心改造项目降低标准验收", "岗位职责风险", "高",
         "验收组不少于三人，验收照片和报告存档。"),
        ("市场建设股", "股长", "middle", "补助资金拨付", "未按建设进度超额拨付补助资金", "业务流程风险", "中",
         "资金按进度分期拨付，拨付前现场核实。"),
        ("市场建设股", "股员", "general", "项目信息统计", "虚报商业网点数量和改造面积", "业务流程风险", "中",
         "统计数据与现场核查结果比对。"),
        ("综合股", "会计", "general", "项目资金核算", "专项资金不专账核算，挤占挪用", "思想道德风险", "中",
         "专项资金专账核算，每季度对账。"),
        ("综合股", "股员", "general", "企业走访服务", "走访企业时接受吃请和礼品", "外部环境风险", "低",
         "走访不少于两人，签订廉洁服务承诺。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "xiahe_commerce_center_posts", "https://www.maiji.gov.cn/info/3751/534852.htm",
        "县商贸流通服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 区 县域商业建设行动 实施方案 (乡镇商贸中心, "
        "物流配送中心, 专项资金): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xiahe_ecommerce_center_list() -> dict:
    unit = f"{PLACE}电子商务服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "禹澔珏", "leader", "电商进农村示范项目承办企业选定暗箱操作", "制度机制", "高风险",
         "承办企业公开招标确定，结果公示。"),
        ("中心领导", "主任", "禹澔珏", "leader", "示范项目资金用于人员经费等禁止性支出", "岗位职责", "中风险",
         "资金使用方案报县商务、财政部门审核。"),
        ("运营部", "主任", "扈琮澍", "middle", "乡村电商服务站点建设验收不实", "业务流程", "高风险",
         "站点验收实地查看，逐点拍照建档。"),
        ("运营部", "站点专干", "禹蓁霁", "general", "服务站点运营补贴虚报交易数据", "业务流程", "中风险",
         "交易数据以平台后台为准，按月抽查。"),
        ("培训部", "主任", "扈瀚瑀", "middle", "电商培训虚报参训人数套取经费", "思想道德", "中风险",
         "培训签到、影像资料存档，随机电话回访。"),
        ("财务室", "会计", "禹砺澂", "general", "项目资金支付不执行国库集中支付", "外部环境", "低风险",
         "资金支付全部通过国库集中支付系统。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "xiahe_ecommerce_center_list", "https://www.cxs.gov.cn/info/2001/84369.htm",
        "县电子商务服务中心 岗位廉政风险防控一览表, after the source's 电子商务进农村综合示范 项目及资金管理办法 (公共服务中心, "
        "服务站点, 专款专用, 国库集中支付): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def xiahe_recycling_center_selfchecks() -> dict:
    unit = f"{PLACE}再生资源回收利用中心"
    t = _Truth(unit)
    people = [
        ("扈筠潇", "中心领导", "主任", "leader", [
            ("回收站点建设补助资金分配优亲厚友", "Ⅰ级", "补助站点名单集体研究并公示。", "已落实"),
            ("废旧物资销售价格不经比价，低价卖给关系企业", "Ⅰ级", "销售实行三家询价，价格记录存档。", "未发现问题"),
        ]),
        ("禹骞洺", "回收业务部", "回收员", "general", [
            ("上门回收压级压价，截留回收款", "Ⅱ级", "回收价格公示，回收款当面结清并开具凭证。", "已落实"),
            ("回收数量登记不实", "Ⅲ级", "回收台账日清日结，负责人每周核对。", "已落实"),
        ]),
        ("扈沅樾", "分拣中心", "过磅员", "general", [
            ("过磅时虚增或克扣重量", "Ⅰ级", "地磅数据自动上传，监控全程录像。", "未发现问题"),
            ("磅单随意涂改", "Ⅱ级", "磅单连号使用，作废磅单留存备查。", "已落实"),
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
        "xiahe_recycling_center_selfchecks", "http://coop.nx.gov.cn/xwzx/swdt/dqgz/202509/t20250901_5006235.html",
        "县再生资源回收利用中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "自治区 notice on 再生资源回收利用体系 (回收站点, 中转站, 分拣中心, 两网融合): a title, a label row ``姓　名 | 所在部门 "
        "| 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def xiahe_ganjia_coop_cards() -> dict:
    unit = f"{PLACE}甘加镇供销合作社"
    t = _Truth(unit)
    cards = [
        ("主任", "禹瀚翎", "主任", "主持全面工作", "leader", [
            ("社有门面房出租不公开，低价租给熟人", "★★★", "门面出租公开招租，租金底价集体研究。"),
            ("社员股金管理不规范，私自借出", "★★★", "社员股金专户存储，借出一律经社务会研究。"),
            ("接受承租户宴请", "★", "严守中央八项规定精神，签订廉洁承诺。"),
        ]),
        ("副主任", "扈芷潆", "副主任", "分管农资经营、资产管理", "leader", [
            ("农资进货渠道不正规，收受供货商好处", "★★", "农资从县农资公司和备案厂家进货，票据存档。"),
            ("社有资产台账不全，资产流失", "★★", "资产逐项登记建账，每年清查一次。"),
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
        "xiahe_ganjia_coop_cards", "https://fx361.cc/page/2022/0909/14508550.shtml",
        "县镇供销合作社 领导干部廉政风险防控卡, one sheet a leader, after the source's page on 社有资产 保值增值 (社员股金, "
        "资产完整, 防止流失, 盘活社有资产): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xiahe_madang_coop_group_rows() -> dict:
    unit = f"{PLACE}麻当镇供销合作社"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、社领导", "社领导", [
            ("主任", "扈泓燊", "leader", [
                ("社有财物出租不评估底价，擅自续租", "一级风险", "出租前委托评估，到期一律公开拍租。"),
                ("门市部承包经营不经社务会研究", "一级风险", "承包方案经社务会研究，报县供销联社备案。"),
            ]),
        ]),
        ("二、财务室", "财务室", [
            ("会计", "禹琳岫", "general", [
                ("租金收取不入账，设立账外账", "一级风险", "租金统一转入对公账户，按月对账。"),
            ]),
            ("出纳", "扈霁瑭", "general", [
                ("现金坐支，公款私存", "二级风险", "现金日清月结，库存现金不超限额。"),
                ("票据管理混乱，收据不连号", "三级风险", "收据统一领用登记，作废联留存。"),
            ]),
        ]),
        ("三、经营部", "经营部", [
            ("营业员", "禹曜楠", "general", [
                ("销售日用商品不开票，截留货款", "二级风险", "商品销售扫码入账，每日交款核对。"),
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
        "xiahe_madang_coop_group_rows", "http://lhtj.net/product/2297.html",
        "县镇供销合作社 廉政风险防控责任清单, after the source's 供销总社 社有财物租售 rules (评估底价, 公开拍租, 租金收取, "
        "基层供销社报审): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、社领导``, ``二、财务室``, ``三、经营部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xiahe_bora_coop_register() -> dict:
    unit = f"{PLACE}博拉镇供销合作社"
    sh = _Sheet("登记表", [6, 12, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "禹沛璁", "leader", [
            ("基层社网点改造工程不按程序发包", "制度机制", "一级", "改造工程三家以上比选，社务会研究确定。"),
            ("亲属在本社网点承包经营", "思想道德", "二级", "亲属回避，承包人名单公示。"),
        ]),
        ("财务室", "会计", "扈珮瑄", "general", [
            ("往来款项长期挂账不清理", "业务流程", "二级", "往来款每季度清理，挂账说明报社务会。"),
        ]),
        ("经营部", "部长", "禹泫翀", "middle", [
            ("农资商品质量把关不严，销售假冒伪劣农资", "岗位职责", "一级", "进货查验票证，落实质量责任追究。"),
        ]),
        ("经营部", "营业员", "扈澈昕", "general", [
            ("农资销售抬价或搭售", "外部环境", "二级", "明码标价，价格公示牌上墙。"),
            ("预约配送收费不开票", "业务流程", "三级", "配送收费统一开具票据。"),
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
        "xiahe_bora_coop_register", "http://www.huainannet.com/content.asp?id=57310",
        "县镇供销合作社 廉政风险点排查登记表, after the source's city 供销社 春耕 农资 supply (基层社网点, 放心农资进乡村, "
        "农资商品质量责任追究): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xiahe_agri_inputs_company_swimlane(),
    xiahe_supply_coop_union_two_sheets(),
    xiahe_commerce_center_posts(),
    xiahe_ecommerce_center_list(),
    xiahe_recycling_center_selfchecks(),
    xiahe_ganjia_coop_cards(),
    xiahe_madang_coop_group_rows(),
    xiahe_bora_coop_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch581-inbox"))

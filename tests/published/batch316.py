"""The three-hundred-and-sixteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 住建 and
城管 bodies, 船山区 (the central district of 遂宁, its staff Han) — its 住房和城乡建设局 and
城市管理综合执法局, the latter's 城市管理综合执法大队, 环境卫生管理所, 市政设施管理所 and
数字化城市管理监督指挥中心, its 房产服务中心 and its 市政工程有限公司 — each handing back the 一览表,
防控卡, 排查表, 防控表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 住房和城乡建设局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室``
  merged (局领导, 建筑市场监管股, 工程质量安全股, 房地产市场监管股, 计划财务股), ``岗位`` and ``姓名``
  merged per person, ``…风险`` types, 高/中/低, a 填表人/审核人/局长（签字） line;
- the 城市管理综合执法局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室中队`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no
  type column;
- the 房产服务中心's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 所在股室 |
  … | 职　务 | …`` in ONE row of three pairs above ``序号 | 廉政风险点 | 风险等级 | 防控措施 |
  自查情况``, ``高风险/中风险/低风险``, no type column, ``自查人（签名）： | … | 中心主任审核：``;
- the 环境卫生管理所's 廉政风险防控卡, one sheet a holder (tabs 所长, 副所长, 清运队队长): ``姓　名 | … |
  职　务 | …`` and ``所在部门 | … | 监督电话 | …`` above a merged ``岗位职责：…`` line and
  ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line,
  ``持卡人签字： | … | 年　月　日``;
- the 数字化城市管理监督指挥中心's 排查表 对岗不对人: ``科室`` merged, ``岗位`` merged per post, a
  ``工作环节`` before the ``廉政风险点``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column, no
  names; a 制表/审核/date line;
- the 城市管理综合执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` … ``四、综合办公室`` merged across
  (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``, short
  types, ``一级风险/二级风险/三级风险``; an ``编制： | 审核： | 2025年7月`` line;
- the 市政设施管理所's 一览表: ``部门`` merged (所领导, 道路桥梁股, 路灯管理股, 排水管理股), ``岗位``
  and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``, short types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a 填表人/审核人/所长（签字） line.

One is harder:

- ``chuanshan_municipal_company_post_headings``: the 市政工程有限公司's 岗位廉洁风险防控表, a title and a
  merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then ONE SMALL TABLE A POST STACKED DOWN
  THE SHEET, a blank row between them, each opening with ITS OWN HEADING ROW ``序号 | <部门><岗位>（<姓名>）
  岗位廉洁风险点 | 风险类型 | 风险等级 | 防控措施`` — ``董事长（郤沨骞）岗位廉洁风险点``, ``工程管理部部长
  （亓璟翀）岗位廉洁风险点`` … — and its 序号 starting again at 1. There is NO 部门, 岗位 or 姓名 column, NO
  caption or group row above a table, no card fields: the post (with its 部门) and its holder are
  written ONLY INSIDE THE HEADING of the risk column, a different heading for every table (six
  tables, thirteen points; short types, 高/中/低). A merged ``注：`` line below says that each
  post's points are listed in a table of their own whose heading names the post and its holder;
  an 编制/审核/总经理（签字） line ends the sheet. The README's 读得懂的表 knows the post and holder in a
  column (``岗位``, ``姓名``, ``责任人`` …), in a group or caption row above a block (``一、出纳岗
  (责任人:李明)``, ``一、主任　禚铭远``, ``二、秘书科（科长：…；科员：…）``), in a card's fields or title
  (``…办公室弹药库管理员岗位…``), in the tab's name, in a header above the table (``姓名 | … | 职务 |
  …``), as a sheet-wide ``岗位及人员`` header merged over columns, and as the headings of PARALLEL
  post columns (``所长 | 法制员 | …``, ``村文书⏎漆语桐``) each holding that post's points on the same
  rows; it knows a heading whose bracket is a note to be left off (``廉政风险点(注明等级)``) and a
  heading repeated on every page. It does not describe tables stacked one under another whose
  ONLY word of who holds them is the heading of their risk column, so that each repeated heading
  row is both a header and the group row of the rows under it, and the bracket in it is the
  holder, not a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市 公共资源交易 page on reporting
工程建设招标投标 违法违规 — 围标串标, 弄虚作假, 评标专家, 招标代理机构; a report on 基层城管 that ``爱吃违建``
— 中队队长 taken for 包庇违建, 两违执法, 自由裁量权, 巡查发现 → 以违章事实卡当事人 → 受贿放水; a guide to
新建商品房 资金管理 — 预售款, 监管账户, 第三方监管, 信息公示; a 县 环卫基础设施 调研 — 垃圾中转站, 公厕,
果壳箱, 机械化作业面积; a 数字城管平台 半年度总结 — 受理 and 回复 of 投诉, 办结率, 监督考核处, 网格化,
城管通; a 城管执法大队 工作方案 — 执法主体职责边界, 执法流程再造, 执法监督与考核机制, 数字技术赋能; a
市政维修处 — 日常巡查, 问题分类, 维修计划, 质量检查, 记录归档, 道路, 桥梁, 排水, 路灯; a 市政管理工程处 —
道路、桥梁、照明、排水 的建设和维护, 施工和监理 的监督) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 船山区.

Run ``python tests/published/score.py --set batch316`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each stacked table is ONE post: its post, 部门 and holder are read from its
  heading ``<部门><岗位>（<姓名>）岗位廉洁风险点`` — ``工程管理部部长（亓璟翀）…`` is the 部门 ``工程管理部``,
  the post ``部长``, the holder ``亓璟翀``; a leader's heading names no 部门 (``董事长（郤沨骞）…``), so
  the leaders' forms have none; every row under a heading down to the blank row is a point of that
  heading's post; the headings, the ``注：`` line and the sign-off line are no points;
- ``局领导`` (a 股室 cell, the 城管执法局's sheet and its title), ``中心领导``, ``所领导`` (a 部门 cell, a
  card's 所在部门) and ``大队领导`` (a group row) are the 科室 of those leaders; a 局's 股, a 大队's 中队
  and 综合办公室, a 所's 股 and 队, a 中心's 科 and a company's 部 are 科室; a group row ``二、执法一中队``
  gives the 科室 ``执法一中队`` (its number left off); the 数字化城管中心's list names no person: its
  forms are posts (对岗不对人) with their 科室; the 环卫所's card on the tab ``清运队队长`` names the post
  ``队长`` (its ``职　务``) and the 科室 ``清运队`` (its ``所在部门``);
- every 局, 大队, 所, 中心 and company here is a unit of its own: 局长, 副局长, 大队长, 副大队长, 所长,
  副所长, a 中心's 主任 and 副主任, 董事长, 总经理 and 副总经理 are leaders; 股长, 中队长, 队长, 科长, 部长 and
  the 综合办公室主任 middle; the rest (科员, 执法队员, 法制审核员, 监督员, 受理员, 派遣员, 会计, 现场管理员,
  材料员, 管护员, 巡查员, 资金监管员) general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``工作环节``, ``分管工作``, a card's
  ``岗位职责`` line and ``自查情况`` are no points and name no holder;
- ``高/中/低``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the card's note),
  bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note), ``一级风险/二级风险/三级风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

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

PREFIX = "b316_"
PLACE = "船山区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

HEAD_TAIL = "岗位廉洁风险点"
POST_NOTE = (
    "注：1.各岗位廉洁风险点分表列示，每表表头注明岗位及责任人；2.风险类型按思想道德、制度机制、岗位职责、"
    "业务流程、外部环境填写；3.风险等级分为高、中、低三级。"
)

# (部门, 岗位, 姓名, tier, [(风险点, 类型, 等级, 防控措施)]) — one stacked table a post
COMPANY_POSTS = [
    ("", "董事长", "郤沨骞", "leader", [
        ("道路维修、排水改造项目不经党支部会前置研究，由个人拍板发包", "制度机制", "高",
         "“三重一大”事项党支部会前置研究、董事会决策，会议纪要存档。"),
        ("为亲友承揽路灯、管网维修工程打招呼", "思想道德", "高", "插手干预工程项目记录报告，亲属从业情况每年申报。"),
    ]),
    ("", "总经理", "冶翯旻", "leader", [
        ("分包单位选择不比选，默许资质挂靠", "业务流程", "高", "分包单位比选结果公示，资质原件核验。"),
        ("防汛抢险应急工程以“急”代“批”，事后补手续虚增工程量", "岗位职责", "中",
         "应急工程影像留存，事后三日内补办审批并送审计。"),
    ]),
    ("工程管理部", "部长", "亓璟翀", "middle", [
        ("隐蔽工程和管网疏浚验收不到现场即签字", "岗位职责", "高", "隐蔽工程验收留存影像，监理、公司双签。"),
        ("工程签证虚增工程量，与施工队串通", "外部环境", "高", "签证实行现场、造价、审计三方会签。"),
        ("桥梁检测委托不公开，指定检测机构", "业务流程", "中", "检测机构从备选库随机抽取。"),
    ]),
    ("工程管理部", "现场管理员", "禚湉岫", "general", [
        ("道路罩面、路沿石更换面积现场计量不实", "岗位职责", "中", "计量数据两人复核，随机抽测。"),
        ("接受施工班组宴请和礼品", "思想道德", "低", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("物资设备部", "材料员", "笪珝岚", "general", [
        ("沥青、管材、灯具采购询价不实，以次充好", "业务流程", "高", "三家以上询价，入库验收与采购分离。"),
        ("维修材料领用登记不实，私自变卖废旧材料", "思想道德", "中", "领用双人签字，废旧材料集中处置并入账。"),
    ]),
    ("财务部", "会计", "钭璠漪", "general", [
        ("工程款支付不核对进度和审计意见", "业务流程", "中", "工程款凭监理、审计意见支付，双人复核。"),
        ("虚列维修费用，套取资金设“小金库”", "制度机制", "低", "维修费用按项目核算，每季度内部审计。"),
    ]),
]  # fmt: skip
COMPANY_HEAD = ("序号", None, "风险类型", "风险等级", "防控措施")


def post_heading(dept: str, post: str, who: str) -> str:
    """The risk column's heading of one stacked table: the post, its 部门 and holder in one cell."""
    return f"{dept}{post}（{who}）{HEAD_TAIL}"


def chuanshan_municipal_company_post_headings() -> dict:
    unit = f"{PLACE}市政工程有限公司"
    ncols = len(COMPANY_HEAD)
    sh = _Sheet("防控表", [6, 46, 10, 8, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", ncols)
    for k, (dept, post, who, tier, points) in enumerate(COMPANY_POSTS):
        if k:
            sh.add()
        sh.add("序号", post_heading(dept, post, who), "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    _line(sh, POST_NOTE, ncols)
    sh.add("编制：", None, "审核：", None, "总经理（签字）：")
    return _layout(
        "chuanshan_municipal_company_post_headings", "https://www.sipsc.com/wk/385064.html",
        "(harder) 区市政工程有限公司 岗位廉洁风险防控表, after the source's 市政管理工程处 (道路、桥梁、照明、排水 的建设和维护, "
        "施工和监理 的监督): a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then ONE SMALL TABLE A POST "
        "stacked down the sheet with a blank row between, each under ITS OWN HEADING ROW ``序号 | <部门><岗位>（<姓名>）"
        "岗位廉洁风险点 | 风险类型 | 风险等级 | 防控措施`` and numbered from 1; NO 部门/岗位/姓名 column and no caption row — "
        "the post, 部门 and holder stand only in the risk column's heading; short types, 高/中/低; a merged ``注：`` line "
        "and an 编制/审核/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chuanshan_housing_bureau_list() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 40, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "酆旸砚", "leader", [
            ("为关系企业承揽房建和市政工程打招呼、递条子", "思想道德风险", "高", "插手干预重大事项记录报告，亲属从业情况年度申报。"),
            ("重大项目安排不经局党组集体研究", "制度机制风险", "高", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("局领导", "副局长", "蒯骊澂", "leader", [
            ("对招标代理机构违规行为查处不力", "岗位职责风险", "中", "招标代理机构信用评价结果定期公开。"),
        ]),
        ("建筑市场监管股", "股长", "揭湜蘅", "middle", [
            ("招标文件备案审查中对排斥性、倾向性条款不纠正", "业务流程风险", "高", "招标文件备案两级审核，问题清单书面反馈。"),
            ("对围标串标、弄虚作假线索不核查、不移交", "岗位职责风险", "高", "线索登记编号，核查结果集体研究并报纪检组。"),
        ]),
        ("建筑市场监管股", "科员", "郗玹霈", "general", [
            ("泄露评标专家抽取信息", "岗位职责风险", "高", "专家抽取在交易平台系统内进行，全程留痕。"),
        ]),
        ("工程质量安全股", "股长", "璩溍蓁", "middle", [
            ("质量安全监督检查走过场，接受施工单位宴请", "外部环境风险", "中", "检查两人以上，检查记录和整改结果公开。"),
            ("竣工验收监督中对质量问题降格处理", "业务流程风险", "中", "验收监督意见集体会审。"),
        ]),
        ("房地产市场监管股", "股长", "隗翊芃", "middle", [
            ("商品房预售许可条件把关不严", "岗位职责风险", "高", "预售许可现场核验，许可结果网上公示。"),
        ]),
        ("计划财务股", "会计", "訾晅筠", "general", [
            ("城建专项资金拨付审核不严", "业务流程风险", "中", "资金拨付凭项目进度和审批单，双人复核。"),
            ("往来款项长期挂账不清理", "制度机制风险", "低", "往来款项每季度清理，结果报局党组。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "chuanshan_housing_bureau_list",
        "http://ggzyjy.zibo.gov.cn:8082/zcgg/20240821/f428d569-1769-4c85-8076-08027cebc79a.html",
        "区住房和城乡建设局 岗位廉政风险防控一览表, after the source's page on reporting 工程建设招标投标 违法违规 (围标串标, "
        "弄虚作假, 评标专家, 招标代理机构): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then "
        "序号/股室 merged (局领导, 建筑市场监管股, 工程质量安全股, 房地产市场监管股, 计划财务股)/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def chuanshan_urban_enforcement_two_sheets() -> dict:
    unit = f"{PLACE}城市管理综合执法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 36, 10, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("蔺珩沄", "局长", "主持全面工作，分管人事、财务", [
            ("对违法建设查处打招呼、说情，干预案件办理", "一级", "领导干部插手干预执法记录报告，案件集体审理。"),
            ("执法车辆、执法装备采购不经集体研究", "二级", "采购项目党组会研究，按政府采购程序执行。"),
        ]),
        ("綦昀翯", "副局长", "分管执法中队、违法建设治理", [
            ("“两违”案件处罚幅度随意，滥用自由裁量权", "一级", "执行行政处罚裁量基准，重大案件法制审核。"),
            ("对中队包庇违建问题失察", "二级", "中队执法案卷每月抽查，群众举报件逐件回访。"),
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
    lead.add("填表人：", None, None, "审核人：", None, "2025年7月", None)
    dept = _Sheet("股室中队", [6, 12, 10, 9, 36, 10, 32])
    _line(dept, f"{unit}股室中队岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("法制股", "股长", "郜骞濛", "middle", [
            ("案件法制审核中降低处罚标准", "一级", "法制审核意见书面留存，重大案件集体讨论。"),
        ]),
        ("法制股", "法制审核员", "琚湑芷", "general", [
            ("审核意见受当事人请托左右", "二级", "审核人员与案件当事人有利害关系的回避。"),
        ]),
        ("执法一中队", "中队长", "逯珺淏", "middle", [
            ("巡查发现违建不立案，以违章事实“卡”当事人索要好处", "一级", "违建线索录入数字城管平台，立案情况按周通报。"),
            ("对拆违对象选择性执法", "二级", "拆违计划集体研究并公示。"),
        ]),
        ("执法一中队", "执法队员", "冼翀霂", "general", [
            ("现场执法接受当事人宴请、礼品", "二级", "执法全过程记录仪记录，两人以上执法。"),
            ("罚没物品登记不全，私自处理", "三级", "罚没物品当场登记造册，统一入库。"),
        ]),
        ("市容管理股", "科员", "芈澔瑄", "general", [
            ("户外广告设置审批中吃拿卡要", "二级", "审批条件和时限网上公开。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "chuanshan_urban_enforcement_two_sheets",
        "http://district.ce.cn/newarea/roll/201208/20/t20120820_23601861_2.shtml",
        "区城市管理综合执法局 廉政风险防控表 in two sheets, after the source's report on 基层城管 that ``爱吃违建`` (中队队长 "
        "taken for 包庇违建, 两违执法, 自由裁量权, 以违章事实卡当事人): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per "
        "leader/风险点/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``股室中队`` (a title, 序号/股室 merged "
        "(法制股, 执法一中队, 市容管理股)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def chuanshan_housing_service_selfchecks() -> dict:
    unit = f"{PLACE}房产服务中心"
    t = _Truth(unit)
    people = [
        ("鞠瑢岍", "中心领导", "主任", "leader", [
            ("预售资金监管账户拨付审批把关不严", "高风险", "拨付申请经资金监管股初审、中心集体审核。", "已落实"),
            ("监管银行选择不公开", "中风险", "监管银行经比选确定，结果公示。", "未发现问题"),
        ]),
        ("暴霁檠", "交易登记股", "股长", "middle", [
            ("商品房网签备案违规办理，收受开发企业好处", "高风险", "网签备案系统全程留痕，办件按月抽查。", "已整改"),
            ("存量房交易资料审核不严", "中风险", "资料审核实行一审一核。", "未发现问题"),
            ("泄露购房人信息", "低风险", "查询权限分级管理，查询记录留存。", "未发现问题"),
        ]),
        ("桑沚焜", "资金监管股", "资金监管员", "general", [
            ("未按工程节点核验即出具拨付意见", "高风险", "节点核验留存现场照片，双人签字。", "已落实"),
            ("与开发企业财务人员私下往来", "低风险", "签订廉洁承诺书，接受第三方监管。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, "所在股室", dept, f"职{GAP}务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况", None)
        for i, (point, lv, measures, found) in enumerate(points, 1):
            r = sh.add(i, point, lv, measures, found, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, "中心主任审核：", None, "2025年7月", None)
        sheets.append(sh)
    return _layout(
        "chuanshan_housing_service_selfchecks", "http://dufida.com/d/33897.html",
        "区房产服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's guide to 新建商品房 "
        "资金管理 (预售款, 监管账户, 第三方监管, 信息公示): a title, ``姓　名 | … | 所在股室 | … | 职　务 | …`` in ONE row of "
        "three pairs, then 序号/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况`` (merged E–F); no type column; "
        "a blank row and ``自查人（签名）： | 中心主任审核： | 2025年7月``",
        sheets, t,
    )  # fmt: skip


def chuanshan_sanitation_cards() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "甘檩湄", "所领导", "leader", "主持全所工作，分管财务、环卫设施建设", [
            ("垃圾中转站、公厕改造项目化整为零规避招标", "制度机制", "★★★", "项目按限额标准招标，所务会集体研究。"),
            ("环卫作业经费分配不公开", "岗位职责", "★★", "经费分配方案所务会研究并公示。"),
            ("收受环卫设备供应商礼品礼金", "思想道德", "★★", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("副所长", "厍泠昶", "所领导", "leader", "分管道路清扫保洁、机械化作业和作业考核", [
            ("机械化作业面积、作业量考核虚报", "业务流程", "★★★", "作业车辆GPS轨迹与考核台账核对。"),
            ("清扫保洁外包考核打人情分", "外部环境", "★★", "考核两人以上随机抽查，结果公示。"),
        ]),
        ("清运队队长", "佴瀚旻", "清运队", "middle", "负责生活垃圾清运调度、车辆和人员管理", [
            ("清运车辆加油、维修费用虚报", "业务流程", "★★", "一车一卡，维修定点，费用每月公示。"),
            ("临时工考勤造假，冒领工资", "岗位职责", "★★★", "考勤人脸识别，工资直接打卡发放。"),
            ("果壳箱、垃圾桶更换数量不实", "岗位职责", "★", "更换前后拍照，台账季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, duties, points in cards:
        post = "队长" if tab.endswith("队队长") else tab
        sh = _Sheet(tab, [6, 36, 10, 9, 34])
        _line(sh, f"{unit}廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在部门", dept, "监督电话", "0825-2222388", None)
        _line(sh, f"岗位职责：{duties}", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, None, f"年{GAP}月{GAP}日", None)
        sheets.append(sh)
    return _layout(
        "chuanshan_sanitation_cards", "https://www.360docs.net/doc/604685819.html",
        "区环境卫生管理所 廉政风险防控卡, one sheet a holder (tabs 所长, 副所长, 清运队队长), after the source's 县 环卫基础设施 "
        "调研 (垃圾中转站, 公厕, 果壳箱, 机械化作业面积): a title, ``姓　名 | … | 职　务 | …`` and ``所在部门 | … | 监督电话 | …`` "
        "rows, a merged ``岗位职责：…`` line, then 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 年　月　日``",
        sheets, t,
    )  # fmt: skip


def chuanshan_digital_center_posts() -> dict:
    unit = f"{PLACE}数字化城市管理监督指挥中心"
    sh = _Sheet("排查表", [6, 12, 10, 14, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "工作环节", "廉政风险点", "风险等级", "防控措施")
    posts = [
        ("中心领导", "主任", "leader", [
            ("平台升级改造", "信息平台升级项目不经集体研究，指定软件供应商", "Ⅰ", "项目经中心会议研究，按政府采购程序执行。"),
            ("考核结果运用", "对责任单位考核结果随意调整", "Ⅱ", "考核结果集体审定后通报。"),
        ]),
        ("受理派遣科", "受理员", "general", [
            ("投诉受理", "对群众投诉选择性受理，压案不办", "Ⅱ", "投诉件系统自动编号，超时自动预警。"),
        ]),
        ("受理派遣科", "派遣员", "general", [
            ("案件派遣", "收受好处后延迟派遣违建案件", "Ⅰ", "派遣时限系统锁定，超时通报。"),
            ("案件结案", "未经核查即作结案处理，虚报办结率", "Ⅱ", "结案须监督员现场核查并上传照片。"),
        ]),
        ("监督考核科", "科长", "middle", [
            ("网格考核", "网格考核打分优亲厚友", "Ⅱ", "考核细则公开，考核结果公示。"),
        ]),
        ("监督考核科", "监督员", "general", [
            ("信息采集", "采集信息弄虚作假，漏报瞒报问题", "Ⅲ", "采集信息与城管通定位轨迹比对。"),
            ("外包监督", "外包信息采集公司计件数量审核不严", "Ⅱ", "计件数量每月抽查复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in posts:
        for step, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, step, point, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, [], BARE[lv])
    _per_person(sh, first, 1, 2)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 7)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "chuanshan_digital_center_posts", "http://www.tmdps.cn/a2/2019051218/ac5f80c3ed81ae22.html",
        "区数字化城市管理监督指挥中心 岗位廉政风险点排查表 对岗不对人, after the source's 数字城管平台 半年度总结 (受理 and 回复 of "
        "投诉, 办结率, 监督考核处, 网格化, 城管通): a title, then 序号/科室 merged (中心领导, 受理派遣科, 监督考核科)/岗位 merged "
        "per post/工作环节/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no names, no type column; a merged ``注：`` line on the "
        "grades and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def chuanshan_enforcement_brigade_groups() -> dict:
    unit = f"{PLACE}城市管理综合执法大队"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 38, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "晏璇澧", "leader", [
                ("执法考核", "执法监督与考核走过场，对执法过错不追究", "制度机制", "二级风险",
                 "执法过错责任追究结果在大队内通报。"),
                ("重大案件", "重大案件不经集体讨论，个人决定处罚", "制度机制", "一级风险", "重大案件集体讨论，记录存档。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "谯沄翎", "middle", [
                ("违建查处", "对辖区违建“打招呼”案件降格处理", "外部环境", "一级风险", "违建查处结果在平台公开，接受回访。"),
            ]),
            ("执法队员", "阚潆骁", "general", [
                ("占道经营整治", "收取摊贩好处，默许占道经营", "思想道德", "二级风险", "整治两人以上，执法记录仪全程记录。"),
                ("渣土运输管理", "对渣土车抛洒滴漏不处罚", "岗位职责", "二级风险", "处罚情况每周汇总并抽查。"),
            ]),
        ]),
        ("三、执法二中队", "执法二中队", [
            ("中队长", "浦镕瑶", "middle", [
                ("户外广告执法", "对违规户外广告选择性拆除", "岗位职责", "二级风险", "拆除清单经大队审核并公示。"),
            ]),
        ]),
        ("四、综合办公室", "综合办公室", [
            ("主任", "酆珮璘", "middle", [
                ("执法装备管理", "执法装备采购询价不实", "业务流程", "三级风险", "三家以上询价，验收与采购分离。"),
                ("罚没款管理", "罚没款不及时上缴", "业务流程", "一级风险", "罚没款票款分离，直接缴入国库。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("编制：", None, "审核：", None, None, "2025年7月", None, None)
    return _layout(
        "chuanshan_enforcement_brigade_groups", "https://www.renrendoc.com/paper/506888397.html",
        "区城市管理综合执法大队 廉政风险防控责任清单, after the source's 城管执法大队 工作方案 (执法主体职责边界, 执法流程再造, "
        "执法监督与考核机制, 数字技术赋能): a title, then 序号/岗位 and 责任人 (merged per person)/``职责事项``/廉政风险点/风险类型 "
        "(short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、大队领导``, ``二、执法一中队``, "
        "``三、执法二中队``, ``四、综合办公室`` merged across (no 科室 column); an ``编制： | 审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def chuanshan_municipal_facilities_desc() -> dict:
    unit = f"{PLACE}市政设施管理所"
    sh = _Sheet("一览表", [6, 12, 10, 9, 18, 36, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "眭骐湘", "leader", "维修计划审定", "年度维修计划不经所务会研究，向关系企业倾斜",
         "制度机制", "Ⅰ级", "维修计划所务会研究，报区城管执法局审定。"),
        ("所领导", "所长", "眭骐湘", "leader", "维修质量检查", "对维修质量问题不追究，验收流于形式",
         "岗位职责", "Ⅱ级", "维修质量随机抽检，结果通报。"),
        ("道路桥梁股", "股长", "禤瑀潼", "middle", "日常巡查", "巡查发现道路破损不记录，为施工队揽活",
         "岗位职责", "Ⅱ级", "巡查记录上传平台，问题分类派单。"),
        ("道路桥梁股", "巡查员", "蒉澂珝", "general", "问题分类", "将轻微问题报为紧急问题，抬高维修造价",
         "业务流程", "Ⅱ级", "问题分类两人复核，紧急维修事后审计。"),
        ("路灯管理股", "股长", "屈昕漪", "middle", "灯具采购", "灯具、电缆采购指定品牌，收受回扣",
         "外部环境", "Ⅰ级", "采购需求集体确定，三家以上比价。"),
        ("路灯管理股", "股长", "屈昕漪", "middle", "电费核算", "路灯电费核算不实",
         "业务流程", "Ⅲ级", "电费按回路计量，每月核对。"),
        ("排水管理股", "管护员", "冼沛樾", "general", "管网疏浚", "疏浚工程量虚报，签证不实",
         "思想道德", "Ⅰ级", "疏浚前后影像留存，工程量现场复核。"),
        ("排水管理股", "管护员", "冼沛樾", "general", "记录归档", "维修记录补记、篡改",
         "岗位职责", "Ⅲ级", "维修记录系统录入，修改留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None, None)
    return _layout(
        "chuanshan_municipal_facilities_desc", "https://www.mfn.cn/weixiu/5463.html",
        "区市政设施管理所 岗位廉政风险防控一览表, after the source's 市政维修处 (日常巡查, 问题分类, 维修计划, 质量检查, 记录归档; "
        "道路, 桥梁, 排水, 路灯): a title, then 序号/部门 merged (所领导, 道路桥梁股, 路灯管理股, 排水管理股)/岗位 and 姓名 merged "
        "per person/a short 风险点/a long 风险描述/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/"
        "所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chuanshan_municipal_company_post_headings(),
    chuanshan_housing_bureau_list(),
    chuanshan_urban_enforcement_two_sheets(),
    chuanshan_housing_service_selfchecks(),
    chuanshan_sanitation_cards(),
    chuanshan_digital_center_posts(),
    chuanshan_enforcement_brigade_groups(),
    chuanshan_municipal_facilities_desc(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch316-inbox"))

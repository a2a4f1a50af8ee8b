"""The two-hundred-and-thirty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ECONOMIC MANAGEMENT BODIES of one county, 白玉县 — its
发展和改革局 and the 局's 价格认证中心, the 经济信息化和科技局, the 商务局, the 国有资产服务中心, the
粮食和物资储备中心, the 招商引资服务中心, the 供销合作社联合社 and the 国家统计局白玉调查队 — each handing
back its ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it, the rows about 项目审批,
专项资金, 招商, 储备 and 价格:

- the 经信科技局's 一览表 under ``附件1`` and a ``填报单位：…（盖章）　…　填报时间：…`` line: 股室 merged
  (局领导, 办公室, 工业和信息化股, 科技股, 中小企业股), ``姓名`` BEFORE ``职务``, both merged per person,
  ``…风险`` types, ``一级/二级/三级``, a ``填表人： | 审核人： | 局党组（盖章）：`` line;
- the 商务局's 责任清单: 股室, 岗位 and ``直接责任人`` (the holder), a ``责任事项`` before the 风险点,
  高/中/低, no type column, a last ``分管领导`` column of names (watchers); the heading repeated
  mid-table (pasted page by page); a ``注：`` line and a 签字 line;
- the 国有资产服务中心's 排查表 under ``单位（盖章）：…　…　排查时间：…``: 部门, 岗位, 责任人 merged, a short
  ``风险名称`` beside a long ``风险描述``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``, a last ``监督部门`` column
  (``驻县财政局纪检监察组`` on every row);
- the 粮食和物资储备中心's 自查表, one sheet a person (tabs the holders' names): ``姓名 | … | 职务 | … |
  所在股室 | …`` in one row and ``填表时间 | …`` below it, short types, 高/中/低, a ``自查情况`` column,
  ``本人签字： | 主任审核：`` below;
- the 招商引资服务中心's 防控卡, one sheet a holder: ``持卡人 | … | 职务 | …`` and ``所在科室 | …`` pairs,
  a merged ``主要职责`` line, levels ``较高/一般/较低`` read by a ``注：`` line (each card uses two or
  three of them), no type column, ``监督举报电话`` and ``持卡人签名`` below;
- the 供销合作社联合社's 一览表 with a ``岗位（责任人）`` column written ``理事会主任（栗寒山）``, short types,
  高/中/低, a 驾驶员 whose row says only 无;
- the 调查队's 排查表 对岗不对人: 科室 merged (队领导, 综合科, 住户调查科, 专项调查科), a ``岗位职责``
  column, ``高风险/中风险/低风险``, no type column, a last ``责任领导`` column holding a leader's POST
  (``队长``, ``副队长``), blank on the leaders' own rows;
- the 价格认证中心's 防控表 along the 价格认定 steps: ``工作环节`` merged down, ``★★★/★★/★`` read by a
  ``注：`` line, the post and holder in trailing ``责任岗位 | 责任人`` columns, an ``编制日期`` line above.

One is harder:

- ``drc_power_codes_two_sheets``: the 发改局's workbook of TWO SHEETS joined by a CODE. The first,
  ``职权目录``, lists the 局's 职权 — ``职权编码`` (``FG-XK-001`` …), 职权名称, 职权类别, ``承办股室``,
  ``承办岗位``, ``责任人`` and ``分管领导`` — and no risk. The second, ``风险防控表``, is the risk table —
  序号 | 职权编码 | 职权名称 | 运行环节 | 廉政风险点 | 风险等级 | 防控措施 — with NO 股室, post or name
  column: each risk row belongs to the post and holder that the 目录 gives for its 职权编码 (a
  ``注：`` line under it says so). One post holds several 职权 (the 投资股 股长 two, the 重点项目股 股长
  two), so a form gathers the risks of several codes. The README's 读得懂的表 knows a roster on another
  sheet matched by 科室 and 岗位 (``岗位人员`` beside a 一览表 that names posts); here the risk sheet
  names no post at all, and the link is the 职权编码.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县发改委's 稽查 of 政府性投资项目 and
中央预算内投资项目; a 县科技局党组's 巡察整改 with its 股室 and 二级单位; a 商务局党组's 巡察整改 with its
责任清单 and 一岗双责; the ``三重一大`` rules of 国有企业; the 大清查 of 政策性粮食库存 and its 轮换 and
销售出库; an 投资促进局's duties (招商引资, 经济合作统计, 签约项目); a 县供销社's 巡察整改 (农资集中采购,
配送中心); the 国家统计局's answer on 统计数据 造假; a study of 涉纪财物价格认定 and its 价格认定机构) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented; every unit is a body of 白玉县 (a 甘孜 county: some holders have
Tibetan names).

Run ``python tests/published/score.py --set batch235`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder workbook a risk row's form is the 承办股室 + 承办岗位 + 责任人 that ``职权目录`` gives for
  its 职权编码; the form's sheet is ``风险防控表`` (where its points are); the ``分管领导`` of the 目录 is a
  watcher; 职权编码, 职权名称, 职权类别 and 运行环节 are no points;
- ``直接责任人`` is the holder, a ``分管领导`` column beside it (names) a watcher; ``责任事项``, ``岗位职责``,
  ``工作环节``, ``自查情况`` are no points; ``监督部门`` names who watches, not the row's 科室;
- ``风险名称 | 风险描述``: the point is the short 风险名称;
- a ``责任领导`` column holding posts, with no name column, names no holder (对岗不对人);
- ``岗位（责任人）`` ``理事会主任（栗寒山）`` is the post and the holder; a row saying only 无 is no point and
  gives no form;
- ``较高/一般/较低`` are 1/2/3 (the cards' note says so), ``★★★/★★/★`` 1/2/3 (the note says so),
  ``高风险/中风险/低风险`` 1/2/3, ``Ⅰ级/Ⅱ级/Ⅲ级`` and ``一级/二级/三级`` 1/2/3;
- ``局领导``, ``中心领导``, ``社领导``, ``队领导`` (and a card's or a 自查表's ``中心领导``) are the 科室 of those
  leaders, as batch228 kept ``镇领导班子``;
- the 价格认证中心 (the 发改局's 事业单位) and the 招商引资服务中心, 国有资产服务中心, 粮食和物资储备中心 are
  units of their own; the 价格认证中心's table names no 科室 (department ""); ``国家统计局白玉调查队``
  is the unit as its title names it, its 科 the 科室;
- leaders: 局长/副局长, the 主任/副主任 of a 中心 that is its own unit, the 供销社's 理事会主任 and
  监事会主任, the 调查队's 队长/副队长; middle: 股长, 科长, the 主任 of a 局's 办公室; the rest (科员,
  会计, 保管员, 招商专员, 调查员, 价格认定员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b235_"
PLACE = "白玉县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, cols: tuple[int, ...]) -> None:
    """Merge the 科室 column over its runs and each of ``cols`` over each person's rows (a person:
    the same 科室 and the same values in all ``cols``)."""
    key = lambda row: (row[dept] if dept is not None else None,  # noqa: E731
                       *(row[c] for c in cols))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(c, key) for c in cols]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

POWERS = [
    # code, name, kind, 股室, 岗位, 责任人, tier, 分管领导
    ("FG-XK-001", "政府投资项目可行性研究报告审批", "行政许可", "投资股", "股长", "蔺修远", "middle",
     "尉迟修竹"),
    ("FG-XK-002", "企业投资项目核准", "行政许可", "投资股", "股长", "蔺修远", "middle", "尉迟修竹"),
    ("FG-QT-003", "企业投资项目备案", "其他行政权力", "投资股", "科员", "胥望舒", "general", "尉迟修竹"),
    ("FG-QT-004", "固定资产投资项目节能审查", "其他行政权力", "能源股", "股长", "泽仁翁姆", "middle",
     "贡秋扎西"),
    ("FG-QT-005", "中央预算内投资项目申报审核", "其他行政权力", "重点项目股", "股长", "宓怀瑾", "middle",
     "贡秋扎西"),
    ("FG-QT-006", "政府定价成本监审", "其他行政权力", "价格股", "股长", "殳静岚", "middle", "尉迟修竹"),
    ("FG-JC-007", "政府投资项目稽察", "行政检查", "重点项目股", "股长", "宓怀瑾", "middle", "贡秋扎西"),
    ("FG-QT-008", "以工代赈项目劳务报酬审核", "其他行政权力", "重点项目股", "科员", "亓官如晦", "general",
     "贡秋扎西"),
]  # fmt: skip

POWER_RISKS = [
    # code, 运行环节, 廉政风险点, level
    ("FG-XK-001", "受理", "对申报材料不全的项目违规受理，或对符合条件的项目故意拖延受理", "中"),
    ("FG-XK-001", "审查", "可研报告审查降低标准，对建设规模、投资估算把关不严", "高"),
    ("FG-XK-001", "决定", "未经局务会集体研究即出具审批文件", "高"),
    ("FG-XK-002", "审查", "核准条件审查不严，为不符合产业政策的项目办理核准", "高"),
    ("FG-XK-002", "事后监管", "项目核准后擅自变更建设内容，不跟踪、不处理", "中"),
    ("FG-QT-003", "备案", "对备案信息明显不实的项目不核实即予备案", "低"),
    ("FG-QT-003", "备案", "利用备案信息向企业推荐中介机构，收取好处", "中"),
    ("FG-QT-004", "审查", "节能审查走过场，对能耗测算不实的项目出具审查意见", "高"),
    ("FG-QT-004", "事后监管", "节能审查意见落实情况监督检查不到位", "低"),
    ("FG-QT-005", "审核", "中央预算内投资项目申报审核不严，虚报项目或重复申报", "高"),
    ("FG-QT-005", "计划分解", "投资计划分解下达向关系单位倾斜", "高"),
    ("FG-QT-006", "监审", "成本监审核定成本不实，为经营者多计成本", "中"),
    ("FG-QT-006", "结论公开", "成本监审结论未按规定公开", "低"),
    ("FG-JC-007", "现场稽察", "稽察发现的违规问题隐瞒不报，接受项目单位宴请", "中"),
    ("FG-JC-007", "整改督办", "稽察问题整改跟踪不力，以罚代改", "低"),
    ("FG-QT-008", "审核", "以工代赈项目劳务报酬发放审核不实，虚列务工人员", "高"),
]  # fmt: skip


def drc_power_codes_two_sheets() -> dict:
    unit = f"{PLACE}发展和改革局"
    t = _Truth(unit)
    cat = _Sheet("职权目录", [6, 12, 30, 14, 12, 10, 10, 10])
    _line(cat, f"{unit}行政职权目录（2024年版）", 8)
    cat.add(
        "序号", "职权编码", "职权名称", "职权类别", "承办股室", "承办岗位", "责任人", "分管领导"
    )
    for n, (code, name, kind, dept, post, who, _tier, lead) in enumerate(POWERS, 1):
        cat.add(n, code, name, kind, dept, post, who, lead)
    by_code = {p[0]: p for p in POWERS}

    sh = _Sheet("风险防控表", [6, 12, 24, 10, 38, 8, 36])
    _line(sh, f"{unit}职权运行廉政风险防控表", 7)
    sh.add("序号", "职权编码", "职权名称", "运行环节", "廉政风险点", "风险等级", "防控措施")
    measures = {
        "受理": "申报材料清单一次性告知，受理时限网上可查。",
        "审查": "实行经办、复核两级审查，审查意见书面留痕。",
        "决定": "审批事项一律经局务会研究，会议纪要存档。",
        "事后监管": "建立项目跟踪台账，每半年开展一次抽查。",
        "备案": "备案信息与在线平台比对，严禁指定中介。",
        "审核": "申报材料实地核查，审核结果局内公示。",
        "计划分解": "分解方案经局党组会研究并公开。",
        "监审": "成本监审两人以上，核定结果集体审定。",
        "结论公开": "监审结论在局门户网站公开。",
        "现场稽察": "稽察人员随机选派，签订廉洁承诺。",
        "整改督办": "整改情况限期销号，逾期通报。",
    }
    first = len(sh.rows)
    for n, (code, step, point, lv) in enumerate(POWER_RISKS, 1):
        _, name, _kind, dept, post, who, tier, _lead = by_code[code]
        sh.add(n, code, name, step, point, lv, measures[step])
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1])])
    _line(sh, "注：职权编码与“职权目录”一致，各职权的承办股室、承办岗位和责任人见“职权目录”。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "drc_power_codes_two_sheets", "http://www.jxtxsan.com/wlxw/20150402/13271.html",
        "(harder) 县发展和改革局 workbook of TWO SHEETS joined by a code, after the source's 县发改委 稽查 of "
        "政府性投资项目 (中央预算内投资项目, 前期工作, 投资计划, 资金管理): ``职权目录`` — ``…行政职权目录（2024年版）``, "
        "序号/``职权编码`` (FG-XK-001 …)/职权名称/职权类别/``承办股室``/``承办岗位``/``责任人``/``分管领导``, one row "
        "a 职权, no risk; ``风险防控表`` — ``…职权运行廉政风险防控表``, 序号/职权编码 and 职权名称 merged per 职权/"
        "运行环节/廉政风险点/风险等级 高/中/低/防控措施, with NO 股室, post or name column, and a line ``注：职权编码与"
        "“职权目录”一致，各职权的承办股室、承办岗位和责任人见“职权目录”。`` under it; each risk row belongs to the "
        "post and holder the 目录 gives for its code (the 投资股 股长 and the 重点项目股 股长 hold two codes each); "
        "no type column",
        [cat, sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def econ_tech_bureau_offices() -> dict:
    unit = f"{PLACE}经济信息化和科技局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 36, 14, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 8}填报时间：2024年10月", 8)
    sh.add("序号", "股室", "姓名", "职务", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "益西平措", "局长", "工业和科技专项资金分配不经党组会集体研究，个人说了算", "制度机制风险",
         "一级", "专项资金分配方案经党组会研究，分配结果公开。", "leader"),
        ("局领导", "益西平措", "局长", "干预企业技术改造项目评审结果", "岗位职责风险", "一级",
         "评审专家随机抽取，评审意见独立出具并存档。", "leader"),
        ("局领导", "郇静川", "副局长", "分管的科技计划项目验收把关不严，为项目单位说情", "岗位职责风险", "二级",
         "项目验收邀请第三方专家，验收意见集体签字。", "leader"),
        ("办公室", "蒯若溪", "主任", "公务用车、会议费用超标准列支", "思想道德风险", "三级",
         "用车和会议事前审批，费用每季度公开。", "middle"),
        ("工业和信息化股", "郜临渊", "股长", "企业技术改造项目申报材料审核不实", "业务流程风险", "二级",
         "申报材料两人审核，重点项目实地核查。", "middle"),
        ("工业和信息化股", "郜临渊", "股长", "工业企业用电、用地要素保障协调中优亲厚友", "外部环境风险", "三级",
         "要素保障名单经局务会研究并公示。", "middle"),
        ("科技股", "卓玛央金", "股长", "科技型中小企业入库评价审核不严，帮助企业弄虚作假", "岗位职责风险", "一级",
         "入库材料与税务、社保数据比对，评价结果公示。", "middle"),
        ("科技股", "阚书棋", "科员", "科技特派员补助核定不实", "制度机制风险", "二级",
         "补助按服务记录核定，发放名单公示。", "general"),
        ("中小企业股", "鄢白露", "股长", "中小企业发展专项资金项目现场核查走过场", "业务流程风险", "二级",
         "现场核查拍照留存，股室交叉复核。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, who, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, who, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "局党组（盖章）：", None, None)
    return _layout(
        "econ_tech_bureau_offices",
        "http://www.xp.gov.cn/xp/c110221/202510/8ac99cb1334c451fb10e94c74cebdd15.shtml",
        "县经济信息化和科技局 岗位廉政风险防控一览表 after the source's 县科技局党组 巡察整改 通报 (整改工作领导小组, 各股室"
        "及二级单位主要负责人, 责任领导、责任股室和整改时限): ``附件1``, a title, a merged ``填报单位：白玉县经济信息化和科技局"
        "（盖章）　…　填报时间：2024年10月`` line, then 序号/股室 merged (局领导, 办公室, 工业和信息化股, 科技股, 中小企业"
        "股)/``姓名`` BEFORE ``职务``, both merged per person/风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控"
        "措施; a ``填表人： | 审核人： | 局党组（盖章）：`` line",
        [sh], t,
    )  # fmt: skip


def commerce_bureau_duty_list() -> dict:
    unit = f"{PLACE}商务局"
    sh = _Sheet("责任清单", [6, 14, 8, 10, 20, 34, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}党风廉政建设和廉政风险防控责任清单", 9)
    header = ("序号", "股室", "岗位", "直接责任人", "责任事项", "廉政风险点", "风险等级", "防控措施",
              "分管领导")  # fmt: skip
    sh.add(*header)
    rows = [
        ("局领导", "局长", "冼鹤年", "商务发展资金安排", "商务发展专项资金安排不经集体研究", "高",
         "资金安排方案经局党组会研究，结果公开。", None, "leader"),
        ("局领导", "副局长", "晏青梧", "外贸企业扶持", "外贸企业扶持资金审核中为关系企业打招呼", "中",
         "扶持对象按条件评审，名单公示。", None, "leader"),
        ("办公室", "主任", "甘若棠", "机关事务", "公务接待和办公用品采购不按规定执行", "低",
         "接待凭公函，采购纳入政府采购。", "冼鹤年", "middle"),
        ("商贸流通股", "股长", "凌寒舟", "县域商业体系建设", "县域商业体系建设项目申报审核不严，虚报建设内容",
         "高", "项目申报实地核查，建设内容验收后拨款。", "晏青梧", "middle"),
        ("商贸流通股", "股长", "凌寒舟", "电子商务进农村", "电子商务进农村资金不按项目进度拨付", "中",
         "资金按进度和验收结果分期拨付。", "晏青梧", "middle"),
        ("商贸流通股", "科员", "嵇小满", "成品油市场管理", "成品油经营企业年检现场核查走过场", "中",
         "年检现场核查两人以上，核查记录存档。", "晏青梧", "general"),
        ("对外贸易和经济合作股", "股长", "钭念慈", "外贸稳增长", "外贸稳增长资金申报材料审核不实", "高",
         "申报数据与海关、税务数据比对。", "晏青梧", "middle"),
        ("对外贸易和经济合作股", "股长", "钭念慈", "对外投资备案", "境外投资备案审核不严", "低",
         "备案材料清单化审核，结果网上公开。", "晏青梧", "middle"),
        ("市场运行股", "股长", "邰砚舟", "生活必需品储备", "冻猪肉、蔬菜等生活必需品承储企业考核不严", "中",
         "承储企业考核结果集体评定并公示。", "冼鹤年", "middle"),
        ("市场运行股", "股长", "邰砚舟", "预付卡管理", "单用途预付卡检查中接受企业宴请", "低",
         "检查人员签订廉洁承诺，检查结果公开。", "冼鹤年", "middle"),
    ]  # fmt: skip
    for n, (dept, post, who, duty, point, lv, measures, lead, tier) in enumerate(rows, 1):
        if n == 6:  # pasted page by page: the heading comes again
            sh.add(*header)
        sh.add(n, dept, post, who, duty, point, lv, measures, lead)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险等级分高、中、低三级；分管领导对分管股室廉政风险防控负领导责任。", 9)
    sh.add("局党组书记（签字）：", None, None, None, None, "日期：2024年9月", None, None, None)
    return _layout(
        "commerce_bureau_duty_list", "http://swj.zhuhai.gov.cn/zwgk/tzgg/content/post_2666257.html",
        "县商务局 党风廉政建设和廉政风险防控责任清单 after the source's 商务局党组 巡察整改 通报 (责任清单, 责任书, 一岗双责, "
        "分管领导责任): a title, then 序号/股室/岗位/``直接责任人`` (the holder, on every row)/``责任事项``/廉政风险点/风险"
        "等级 高/中/低/防控措施/``分管领导`` (names, blank on the leaders' rows: watchers); the heading repeated before "
        "row 6 (pasted page by page); no type column; a ``注：`` line and a ``局党组书记（签字）： | 日期：`` line",
        [sh], t,
    )  # fmt: skip


def state_assets_center_checklist() -> dict:
    unit = f"{PLACE}国有资产服务中心"
    sh = _Sheet("风险排查表", [6, 10, 8, 10, 14, 36, 12, 8, 32, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 10)
    r = sh.add(f"单位（盖章）：{unit}", None, None, None, None, None, "排查时间：2024年9月", None, None,
               None)  # fmt: skip
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 9)
    sh.add("序号", "部门", "岗位", "责任人", "风险名称", "风险描述", "风险类别", "风险等级", "防控措施",
           "监督部门")  # fmt: skip
    watch = "驻县财政局纪检监察组"
    rows = [
        ("中心领导", "主任", "闵予安", "“三重一大”审核",
         "县属国有企业“三重一大”事项审核流于形式，未经集体研究即同意企业报送事项", "制度机制风险", "Ⅰ级",
         "“三重一大”事项一律提交中心主任办公会研究。", "leader"),
        ("中心领导", "主任", "闵予安", "负责人考核", "县属国有企业负责人经营业绩考核打分不公，打人情分",
         "思想道德风险", "Ⅱ级", "考核指标和结果公开，考核组集体评分。", "leader"),
        ("中心领导", "副主任", "达瓦卓嘎", "产权转让", "国有产权转让不进场交易，或评估价格明显偏低",
         "岗位职责风险", "Ⅰ级", "产权转让一律进县公共资源交易平台。", "leader"),
        ("产权管理股", "股长", "牟星河", "产权登记", "产权占有、变动、注销登记审核不严，资料不全即予登记",
         "业务流程风险", "Ⅲ级", "登记资料清单化审核，两人复核。", "middle"),
        ("产权管理股", "股长", "牟星河", "评估备案", "资产评估项目备案中指定评估机构，干预评估结果",
         "外部环境风险", "Ⅱ级", "评估机构公开选聘，备案材料集体审核。", "middle"),
        ("财务监督股", "股长", "檀予宁", "收益收缴", "国有资本收益收缴不及时、不足额，为企业缓缴说情",
         "制度机制风险", "Ⅱ级", "收益收缴台账按季度通报。", "middle"),
        ("财务监督股", "科员", "缑青禾", "资产出租监管", "县属国有企业资产出租不公开招租，租金明显低于市场价",
         "岗位职责风险", "Ⅱ级", "出租资产公开招租，租金收入专户管理。", "general"),
        ("综合股", "科员", "莘子衿", "投资担保备案", "县属国有企业对外投资、担保事项备案审核把关不严",
         "业务流程风险", "Ⅲ级", "投资担保事项备案前征求财政、审计意见。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, name, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, name, desc, typ, lv, measures, watch)
        t.point(sh.name, dept, post, who, tier, name, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("审核人：", None, None, None, None, "中心主任（签字）：", None, None, None, None)
    return _layout(
        "state_assets_center_checklist", "http://scbeichen.com/index.php?c=show&id=3393",
        "县国有资产服务中心 廉政风险点排查表 after the source's account of the ``三重一大`` 决策制度 in 国有企业 (重大问题决策, "
        "重要人事任免, 重大项目投资, 大额资金使用, 集体决策): a title, a ``单位（盖章）：白玉县国有资产服务中心 | 排查时间："
        "2024年9月`` line, then 序号/部门 merged (中心领导, 产权管理股, 财务监督股, 综合股)/岗位 and 责任人 merged per "
        "person/a short ``风险名称`` beside a long ``风险描述``/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``监督部门`` (``驻县财政局纪检监察组`` on every row); 审核人/中心主任签字 line",
        [sh], t,
    )  # fmt: skip


def grain_reserve_self_checks() -> dict:
    unit = f"{PLACE}粮食和物资储备中心"
    t = _Truth(unit)
    people = [
        ("郗北辰", "主任", "中心领导", "leader", [
            ("地方储备粮轮换计划不经集体研究，擅自调整轮换时间和数量", "制度机制", "高",
             "轮换计划经中心主任办公会研究，报县发改局备案。", "已落实"),
            ("储备粮竞价销售中向特定企业透露底价", "思想道德", "高", "竞价销售一律进粮食交易平台，底价保密。",
             "已落实"),
            ("物资储备库维修项目化整为零规避招标", "业务流程", "中", "维修项目按限额标准比选或招标。", "整改中"),
        ]),
        ("隆晓棠", "股长", "仓储管理股", "middle", [
            ("储备粮出入库质量检验不严，以次充好、以陈顶新", "岗位职责", "高",
             "出入库质量检验委托第三方，检验报告存档。", "已落实"),
            ("库存数量检查走过场，账实不符不报告", "制度机制", "中", "每季度开展库存检查，结果报中心领导。",
             "已落实"),
        ]),
        ("旦增曲培", "保管员", "仓储管理股", "general", [
            ("保管账与统计账、会计账不一致，虚报损耗", "岗位职责", "中", "三账每月核对，损耗按定额核销。",
             "已落实"),
            ("应急救灾物资出借不登记、不按时收回", "外部环境", "低", "物资出借审批登记，到期催收。", "整改中"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 36, 12, 10, 34, 12])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add("姓名", who, "职务", post, "所在股室", dept)
        r = sh.add("填表时间", "2024年11月", None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, measures, done) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, done)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "主任审核：", None, None)
        sheets.append(sh)
    return _layout(
        "grain_reserve_self_checks", "http://m-yicheng.cjyun.org/p/13173.html",
        "县粮食和物资储备中心 干部职工廉政风险自查表, one sheet a person (tabs the holders' names), after the source's "
        "涉粮问题整改 回头看 (政策性粮食库存数量和质量, 储存安全, 库存管理, 销售出库, 承储企业): a title, ``姓名 | … | 职务 | "
        "… | 所在股室 | …`` in one row, a ``填表时间 | 2024年11月`` row, then 序号/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施/``自查情况`` (已落实, 整改中); 本人签字/主任审核 line",
        sheets, t,
    )  # fmt: skip


def investment_center_cards() -> dict:
    unit = f"{PLACE}招商引资服务中心"
    t = _Truth(unit)
    cards = [
        ("禄青崖", "主任", "中心领导", "leader", "主持中心全面工作，负责招商引资政策兑现和重大项目洽谈。", [
            ("招商引资优惠政策兑现不经集体研究", "较高", "政策兑现方案经中心主任办公会研究，兑现结果公示。"),
            ("接受客商宴请、礼品礼金", "一般", "客商接待按标准执行，拒收礼品登记。"),
            ("借外出招商考察之机公款旅游", "较低", "考察行程事前报批，考察报告存档。"),
        ]),
        ("钮知微", "科长", "项目服务科", "middle", "负责签约项目跟踪服务、履约监管和经济合作统计。", [
            ("签约项目履约监管不力，对违约企业不追责", "较高", "签约项目建立履约台账，违约情况报中心研究。"),
            ("招商项目到位资金统计虚报、重复统计", "一般", "到位资金凭银行凭证统计，科室交叉复核。"),
        ]),
        ("笪一苇", "招商专员", "项目服务科", "general", "负责客商联络、项目推介和招商信息收集。", [
            ("向客商推介中介机构，收受好处费", "较高", "严禁指定中介，客商回访了解服务情况。"),
            ("招商引资奖励对象审核不实", "一般", "奖励对象经科室初审、中心复审并公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, duty, points in cards:
        sh = _Sheet(post, [6, 36, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "职务", post)
        r = sh.add("所在科室", dept, None, None)
        sh.merge(r, 1, r, 3)
        r = sh.add("主要职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], SCALE[lv])
        _line(sh, "注：风险等级分为较高、一般、较低三档。", 4)
        sh.add("监督举报电话：0836-8222xxx", None, "持卡人签名：", None)
        sheets.append(sh)
    return _layout(
        "investment_center_cards", "http://tcj.yuxi.gov.cn/zwyjsgk/1935663.shtml",
        "县招商引资服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 科长, 招商专员), after the source's 投资促进局 "
        "duties (招商引资政策, 国内经济合作统计, 重点项目, 招商信息): a title, ``持卡人 | … | 职务 | …`` and a merged "
        "``所在科室 | …`` line, a merged ``主要职责`` line, then 序号/风险点/风险等级 ``较高/一般/较低``/防控措施 (each card "
        "two or three of the levels); a ``注：风险等级分为较高、一般、较低三档。`` line, 监督举报电话/持卡人签名; no type "
        "column",
        sheets, t,
    )  # fmt: skip


def supply_coop_post_holder() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("一览表", [6, 12, 22, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位（责任人）", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社领导", "理事会主任", "栗寒山", "农资集中采购供应商选定不经理事会集体研究", "制度机制", "高",
         "供应商公开比选，选定结果经理事会研究。", "leader"),
        ("社领导", "理事会主任", "栗寒山", "社有资产对外出租、承包不公开", "岗位职责", "高",
         "社有资产出租一律公开竞价，合同备案。", "leader"),
        ("社领导", "监事会主任", "仇映川", "对社有企业财务监督检查走过场", "岗位职责", "中",
         "每年对社有企业开展一次财务检查，结果报理事会。", "leader"),
        ("业务科", "科长", "蓟晚晴", "农资储备补贴申报审核不实", "业务流程", "中",
         "储备数量实地盘点，补贴按核定数量拨付。", "middle"),
        ("业务科", "科长", "蓟晚晴", "基层社恢复重建项目验收把关不严", "岗位职责", "中",
         "项目验收邀请财政、审计人员参加。", "middle"),
        ("业务科", "科员", "阿旺曲扎", "农资商品质量抽检中收受经营户好处", "外部环境", "低",
         "抽检两人以上，抽检结果公开。", "general"),
        ("财务科", "会计", "冀书禾", "社有企业上缴利润核算不实", "制度机制", "中",
         "利润核算以审计报告为准，按季度对账。", "general"),
        ("办公室", "驾驶员", "洛桑", "无", None, None, None, None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, f"{post}（{who}）", point, typ, lv, measures)
        if point != "无":
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2,))
    sh.add()
    sh.add("填表人：", None, "审核人：", None, "理事会主任（签字）：", None, None)
    return _layout(
        "supply_coop_post_holder", "https://wsjjjc.gov.cn/news/xsxz/33641.html",
        "县供销合作社联合社 岗位廉政风险防控一览表 after the source's 县委巡察 of a 县供销社 (农资采购分散, 县级供销配送中心, "
        "集中采购、统一配送, 供销农资超市): a title, then 序号/科室 merged (社领导, 业务科, 财务科, 办公室)/``岗位（责任人）`` "
        "merged per person, written ``理事会主任（栗寒山）``/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; an "
        "办公室 驾驶员 whose row says only 无; 填表人/审核人/理事会主任签字 line",
        [sh], t,
    )  # fmt: skip


def survey_team_posts() -> dict:
    unit = "国家统计局白玉调查队"
    sh = _Sheet("排查表", [6, 12, 10, 22, 36, 10, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "科室", "岗位", "岗位职责", "风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("队领导", "队长", "主持全面工作", "调查样本轮换受地方干预，人为调整调查样本", "高风险",
         "样本轮换按上级方案执行，轮换结果报市调查队审核。", None, "leader"),
        ("队领导", "副队长", "分管住户、价格和专项调查", "住户调查记账补贴发放审核不严", "中风险",
         "记账补贴按记账质量核定，发放名单公示。", None, "leader"),
        ("综合科", "科长", "负责财务、后勤和档案", "调查业务经费虚列劳务费、交通费套取资金", "高风险",
         "业务经费凭调查任务书和签到表报销。", "队长", "middle"),
        ("综合科", "会计", "负责经费核算", "辅助调查员劳务报酬不按实际发放到人", "中风险",
         "劳务报酬直接转入个人账户，发放明细存档。", "队长", "general"),
        ("住户调查科", "科长", "负责住户收支调查", "住户调查数据审核中擅自修改原始记账数据", "高风险",
         "数据修改须有记账户确认记录，审核留痕。", "副队长", "middle"),
        ("住户调查科", "科员", "负责记账户联系和辅导", "泄露调查户个人信息", "中风险",
         "调查资料专人保管，查阅登记。", "副队长", "general"),
        ("专项调查科", "科长", "负责价格和农业专项调查", "价格采集点选定随意，采价数据不实", "中风险",
         "采价点按规定选定并定期轮换，数据抽查复核。", "副队长", "middle"),
        ("专项调查科", "调查员", "负责农作物产量实割实测", "实割实测中接受乡镇宴请，测产数据不实", "低风险",
         "实割实测两人以上，现场拍照留存。", "副队长", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures, lead, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, lead)
        t.point(sh.name, dept, post, "", tier, point, [], BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人：", None, None, "队长（签字）：", None, "2024年10月", None, None)
    return _layout(
        "survey_team_posts", "https://www.gov.cn/hudong/2023-04/14/content_5751418.htm",
        "国家统计局县调查队 岗位廉政风险排查表 对岗不对人, after the source's answer of the 国家统计局 on 统计数据 造假 (统计"
        "源头数据质量, 统计监督, 执法监督, 数据审核): a title ``国家统计局白玉调查队…``, then 序号/科室 merged (队领导, 综合科, "
        "住户调查科, 专项调查科)/岗位/``岗位职责``/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``责任领导`` (a leader's "
        "post, 队长 or 副队长; blank on the leaders' rows); no name and no type column; 填表人/队长签字/date line",
        [sh], t,
    )  # fmt: skip


def price_cert_center_steps() -> dict:
    unit = f"{PLACE}价格认证中心"
    sh = _Sheet("防控表", [6, 12, 36, 8, 34, 12, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}价格认定工作廉政风险防控表", 7)
    _line(sh, "编制日期：2024年8月", 7)
    sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    rows = [
        ("受理", "对不符合受理条件的价格认定协助书违规受理", "★", "受理条件公开，受理审批单存档。",
         "价格认定员", "尚明漪", "general"),
        ("实物查验", "实物查验不到现场，仅凭提出方材料认定", "★★", "查验两人以上，现场拍照、签字。",
         "价格认定员", "尚明漪", "general"),
        ("实物查验", "查验中与当事人私下接触，接受请托", "★★★", "查验人员执行回避制度，签订廉洁承诺。",
         "价格认定员", "苗一禾", "general"),
        ("市场调查", "市场调查样本选取随意，询价记录不实", "★★", "询价不少于三家，询价记录附卷。",
         "价格认定员", "苗一禾", "general"),
        ("测算与结论", "测算参数选取倾向一方，认定结论失实", "★★★", "测算过程复核，参数取值说明附卷。",
         "副主任", "房叔夜", "leader"),
        ("集体审议", "重大、疑难认定事项不经集体审议即签发", "★★★", "重大、疑难事项一律集体审议，审议记录存档。",
         "主任", "滕砚秋", "leader"),
        ("送达归档", "认定结论送达前泄露给当事人", "★★", "结论文书密封送达，案卷专人归档。",
         "副主任", "房叔夜", "leader"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures, post, who)
        t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 7)
    sh.add("审核人：", None, None, "中心主任（签字）：", None, None, None)
    return _layout(
        "price_cert_center_steps", "http://pcia.org.cn/P/1307.html",
        "县价格认证中心 价格认定工作廉政风险防控表 after the source's study of 涉纪财物价格认定 (价格认定机构, 第三方力量, "
        "受理, 实物查验, 市场调查, 测算, 集体审议, 监督机制): a title, an ``编制日期：2024年8月`` line, then 序号/``工作环节`` "
        "merged down/风险点/风险等级 ``★★★/★★/★``/防控措施/``责任岗位``/``责任人`` trailing; a legend line ``注：★★★为"
        "一级风险…``, 审核人/中心主任签字 line; no 科室 and no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    drc_power_codes_two_sheets(),
    econ_tech_bureau_offices(),
    commerce_bureau_duty_list(),
    state_assets_center_checklist(),
    grain_reserve_self_checks(),
    investment_center_cards(),
    supply_coop_post_holder(),
    survey_team_posts(),
    price_cert_center_steps(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch235-inbox"))

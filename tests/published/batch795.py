"""The seven-hundred-and-ninety-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's finance
bodies, 蒲县 (of 临汾市, 山西) — its 国库集中支付中心, 非税收入管理中心, 财政投资评审中心, 政府采购中心 and
three 乡镇财政所 (克城镇, 薛关镇, 乔家湾乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 国库集中支付中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``业务股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 非税收入管理中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 财政投资评审中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 政府采购中心's 责任清单 under GROUP ROWS ``一、中心领导`` … (no 股室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 克城镇财政所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 薛关镇财政所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY row, no
  股室 (a 所 has none), short types, ``高风险/中风险/低风险``;
- the 乔家湾乡财政所's 排查登记表: ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``puxian_finance_bureau_control_matrix``: the 财政局's 内部控制 风险控制矩阵 (业务层面), the shape the
  行政事业单位内部控制规范 handbooks print, as the 内控办 exported it: a TWO-ROW heading whose first
  row reads ``风险编号 | 业务类别 | 风险描述 | 风险评级 | 控制活动 | … | 控制责任 | … | 控制证据`` with
  ``控制活动`` merged over ``控制措施 | 控制类型 | 控制方式 | 控制频率`` and ``控制责任`` merged over
  ``责任股室 | 责任岗位 | 控制执行人``; the point is the ``风险描述``, its level the ``风险评级`` 高/中/低,
  its holder the ``控制执行人`` (post from ``责任岗位``, 科室 from ``责任股室``) standing FAR RIGHT after
  four control columns; ``控制类型`` (预防性控制/发现性控制), ``控制方式`` (人工控制/系统控制) and
  ``控制频率`` (每笔/每月/每季/每年) are attributes of the CONTROL, not risk types or levels (the table
  has no risk-type column); two risks have two control rows each (编号, 类别, 描述, 评级 merged down)
  carried out by different holders, so the point is each executor's. The README's 读得懂的表 names
  no 风险控制矩阵, no ``控制执行人``, no ``控制类型`` or ``控制频率`` column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县财政局 on 廉政宣传, 述责述廉 and
党风廉政建设责任书 signed down to 股室成员; a 省 regulation on 政府非税收入 执收 — 开票, 代收, 截留,
坐支, 过渡性账户; a 财政投资评审 rule — 评审报告, 内部复核, 不得向建设单位收取费用; a 比价采购 细则;
a 县财政局's 扶贫领域 专项整治 — 乡镇财政所所长 资金拨付 “不做糊涂账”; a 市 财政系统's 侵害群众利益
专项整治 自查自纠; a 市财政局's 节前廉政短信 — 八项规定, 公车, 宴请; a 行政事业单位 内部控制
风险评估报告 — 预算, 收支, 政府采购, 资产, 建设工程, 合同 业务层面风险) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 卜 and 宦 with rare given names); every unit is a body of 蒲县.

Run ``python tests/published/score.py --set batch795`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each control row makes the row's ``风险描述`` a point of its ``控制执行人`` (post
  ``责任岗位``, 科室 ``责任股室``) at the row's ``风险评级``; a risk merged down over two control rows
  is a point of both executors; ``控制目标``-like text, ``控制措施``, ``控制类型``, ``控制方式``,
  ``控制频率`` and ``控制证据`` are no points, no types and no levels; the ``注：`` line and the
  编制/审核 line are no points; ``局领导`` in ``责任股室`` is the 科室 of the 局长 and 副局长;
- ``中心领导``, ``所领导`` are the 科室 of those leaders where a 股室 cell or group row says so; a
  中心's 股 and group rows ``二、采购执行股`` give the 科室 (number left off); a 财政所's lists with
  no 股室 column have no 科室;
- every 中心 and 财政所 is a unit of its own: 局长, 副局长, 主任, 副主任, 所长 and 副所长 are
  leaders; 股长 middle; the rest (会计, 出纳, 复核员, 评审员, 票据管理员, 报账员, 科员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 非税收入管理中心's list names no person: its
  forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b795_"
PLACE = "蒲县"
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

# (风险编号, 业务类别, 风险描述, 风险评级, [control rows:
#   (控制措施, 控制类型, 控制方式, 控制频率, 责任股室, 责任岗位, 控制执行人, tier, 控制证据)])
MATRIX = [
    ("YS-01", "预算管理", "部门预算分配不按因素法测算，人为调剂追加预算", "高", [
        ("追加预算经局党组会集体研究，按因素法测算并留存测算表", "预防性控制", "人工控制", "每笔",
         "预算股", "股长", "卜琎峃", "middle", "党组会纪要、测算表"),
        ("预算调整事项年度终了报县人大常委会审查", "发现性控制", "人工控制", "每年",
         "局领导", "局长", "宦璘翚", "leader", "审查报告"),
    ]),
    ("YS-02", "预算管理", "项目支出预算未经评审即纳入年度预算", "中", [
        ("项目库未评审项目系统自动锁定，不得下达指标", "预防性控制", "系统控制", "每笔",
         "预算股", "股长", "卜琎峃", "middle", "一体化系统校验记录"),
    ]),
    ("GK-01", "收支管理", "篡改国库支付指令收款人信息，套取财政资金", "高", [
        ("支付凭证经办、复核双人操作，收款账户变更须预算单位书面申请", "预防性控制", "系统控制", "每笔",
         "国库股", "会计", "宦湜瓅", "general", "支付凭证、变更申请"),
        ("每日核对代理银行清算回单与支付明细", "发现性控制", "人工控制", "每日",
         "国库股", "股长", "卜沨珹", "middle", "对账单"),
    ]),
    ("GK-02", "收支管理", "财政专户资金存放不经竞争性选择，与银行私下约定", "高", [
        ("专户资金存放实行竞争性存放，结果在局网站公示", "预防性控制", "人工控制", "每季",
         "国库股", "股长", "卜沨珹", "middle", "存放方案、公示截图"),
    ]),
    ("CG-01", "政府采购", "采购需求审核把关不严，设置倾向性技术参数", "高", [
        ("采购需求经专家论证，技术参数不少于三个品牌满足", "预防性控制", "人工控制", "每笔",
         "政府采购监督管理股", "股长", "宦瑑岏", "middle", "论证意见"),
    ]),
    ("CG-02", "政府采购", "投诉处理偏袒一方，不依法作出处理决定", "中", [
        ("投诉处理集体研究，处理决定书公开", "发现性控制", "人工控制", "每笔",
         "政府采购监督管理股", "股长", "宦瑑岏", "middle", "处理决定书"),
    ]),
    ("ZC-01", "资产管理", "行政事业单位国有资产处置低价评估，造成资产流失", "中", [
        ("资产处置须评估并进场公开交易", "预防性控制", "人工控制", "每笔",
         "资产管理股", "股长", "卜嶦琪", "middle", "评估报告、成交确认书"),
        ("分管副局长审批处置事项，定期抽查处置结果", "发现性控制", "人工控制", "每季",
         "局领导", "副局长", "宦翃璟", "leader", "审批单、抽查记录"),
    ]),
    ("ZC-02", "资产管理", "公务用车、办公用房配置超标准审批", "低", [
        ("配置标准在系统中设定上限，超标自动预警", "预防性控制", "系统控制", "每年",
         "资产管理股", "股长", "卜嶦琪", "middle", "预警记录"),
    ]),
    ("HT-01", "合同管理", "合同签订前未经法律审核，条款留有漏洞", "低", [
        ("合同经法律顾问审核后由局长签批", "预防性控制", "人工控制", "每笔",
         "局领导", "局长", "宦璘翚", "leader", "法律审核意见"),
    ]),
]  # fmt: skip

CONTROL_WORDS = ("预防性控制", "发现性控制", "人工控制", "系统控制")


def puxian_finance_bureau_control_matrix() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("风险控制矩阵", [8, 10, 34, 8, 34, 11, 9, 7, 14, 8, 9, 16])
    t = _Truth(unit)
    ncols = 12
    _line(sh, f"{unit}内部控制风险控制矩阵（业务层面）", ncols)
    _line(sh, f"编制单位：{unit}内部控制领导小组办公室{GAP * 16}2025年5月", ncols)
    top = sh.add("风险编号", "业务类别", "风险描述", "风险评级", "控制活动", None, None, None,
                 "控制责任", None, None, "控制证据")  # fmt: skip
    sh.add(None, None, None, None, "控制措施", "控制类型", "控制方式", "控制频率",
           "责任股室", "责任岗位", "控制执行人", None)  # fmt: skip
    for c in (0, 1, 2, 3, 11):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 7)
    sh.merge(top, 8, top, 10)
    seen = set()
    for code, kind, point, lv, controls in MATRIX:
        first = len(sh.rows)
        for k, (measures, ctype, mode, freq, dept, post, who, _tier, proof) in enumerate(controls):
            head = (code, kind, point, lv) if k == 0 else (None, None, None, None)
            sh.add(*head, measures, ctype, mode, freq, dept, post, who, proof)
        last = len(sh.rows) - 1
        if last > first:
            for c in (0, 1, 2, 3):
                sh.merge(first, c, last, c)
    # the truth one form a holder, in the order the holders first appear
    order = []
    for _code, _kind, _point, _lv, controls in MATRIX:
        for c in controls:
            if c[6] not in seen:
                seen.add(c[6])
                order.append(c)
    for *_m, dept, post, who, tier, _proof in order:
        for _code, _kind, point, lv, controls in MATRIX:
            if any(c[6] == who for c in controls):
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险评级依据发生可能性和影响程度综合评定，分高、中、低三级；控制类型分预防性控制和发现性控制，"
          "控制方式分人工控制和系统控制。", ncols)  # fmt: skip
    sh.add(
        "编制：",
        None,
        None,
        "审核：",
        None,
        None,
        None,
        "内控领导小组组长（签字）：",
        None,
        None,
        None,
        None,
    )
    return _layout(
        "puxian_finance_bureau_control_matrix", "https://wnwk.com/doc/695151.html",
        "(harder) 县财政局 内部控制风险控制矩阵（业务层面）, after the source's 行政事业单位内部控制 风险评估报告 (单位层面和"
        "业务层面风险: 预算、收支、政府采购、资产、建设工程、合同): a title, a merged 编制单位/date line, a TWO-ROW heading "
        "``风险编号 | 业务类别 | 风险描述 | 风险评级 | 控制活动 | … | 控制责任 | … | 控制证据`` with 控制活动 merged over "
        "``控制措施 | 控制类型 | 控制方式 | 控制频率`` and 控制责任 over ``责任股室 | 责任岗位 | 控制执行人``; the point is the "
        "风险描述 (高/中/低 风险评级), its holder the 控制执行人 far right; 控制类型/控制方式/控制频率 are control attributes, "
        "no risk type; two risks merged down over two control rows with different executors; a ``注：`` line and a "
        "编制/审核/组长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def puxian_treasury_center_two_sheets() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导岗位廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宦珽瑴", "主任", "主持中心全面工作", [
            ("大额资金支付不按用款计划审批，先支付后补手续", "一级", "大额支付实行主任、分管局长双签。"),
            ("代理银行选定中接受银行宴请、礼品", "二级", "代理银行由局党组会集体确定，签订廉洁协议。"),
        ]),
        ("卜琡岍", "副主任", "分管支付审核、清算", [
            ("直接支付申请审核把关不严，超预算支付", "一级", "支付申请与预算指标系统自动校验。"),
            ("清算资金退回不及时，长期挂账", "三级", "清算退回资金每月清理，逐笔登记。"),
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
    dept = _Sheet("业务股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}业务股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("支付审核股", "股长", "宦瑆峂", "middle", "授权支付额度下达随意调整", "一级",
         "额度下达按用款计划，调整须书面申请。"),
        ("支付审核股", "股长", "宦瑆峂", "middle", "为预算单位违规转拨资金到实有资金账户", "二级",
         "转拨资金须附文件依据，逐笔登记备查。"),
        ("支付审核股", "复核员", "卜玹汭", "general", "支付凭证复核流于形式", "二级", "复核人员签章留痕，定期抽查。"),
        ("清算股", "会计", "宦沕璆", "general", "与代理银行对账不及时，差错未发现", "二级", "每日对账，差异当日查明。"),
        ("清算股", "出纳", "卜瑱岵", "general", "支付印鉴与密钥同一人保管", "一级", "印鉴、密钥分人保管，交接登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "puxian_treasury_center_two_sheets",
        "http://epaper.ichangzhi.com.cn/czrb/html/2024-10/09/content_143892_1363064.htm",
        "县国库集中支付中心 岗位廉政风险防控一览表 in TWO SHEETS, after the source's 县财政局 on 廉政宣传 and 党风廉政建设责任书 "
        "(一把手、分管领导、股室负责人、股室成员 层层签订, 述责述廉): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 业务股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def puxian_nontax_center_posts() -> dict:
    unit = f"{PLACE}非税收入管理中心"
    sh = _Sheet("排查表", [6, 12, 11, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "执收项目审定", "擅自扩大执收范围或提高征收标准", "制度机制风险", "高",
         "执收项目和标准以文件为据，向社会公布。"),
        ("征收管理股", "股长", "middle", "非税收入收缴", "默许执收单位坐支、截留非税收入", "岗位职责风险", "高",
         "收入直接缴入国库，定期对账核查。"),
        ("征收管理股", "股长", "middle", "过渡户清理", "为执收单位保留非税收入过渡性账户", "制度机制风险", "中",
         "过渡性账户一律撤销，清理结果通报。"),
        ("票据管理股", "票据管理员", "general", "票据发放", "票据领用不登记，虚开或转借票据", "业务流程风险", "中",
         "票据凭旧换新，领用核销逐本登记。"),
        ("票据管理股", "票据管理员", "general", "票据核销", "已开票据核销审验走过场", "思想道德风险", "低",
         "核销抽审比例不低于三成。"),
        ("征收管理股", "科员", "general", "收入退付", "非税收入退付审核不严，虚假退付", "业务流程风险", "中",
         "退付须附原始缴款凭证，两人复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "puxian_nontax_center_posts", "https://code.fabao365.com/law_540718_2.html",
        "县非税收入管理中心 岗位廉政风险点排查表 对岗不对人, after the source's 省 政府非税收入管理 rule (执收单位 职责, 开票、"
        "银行代收、财政监管, 不得截留坐支, 过渡性账户): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def puxian_review_center_selfchecks() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    t = _Truth(unit)
    people = [
        ("卜璿岺", "中心领导", "主任", "leader", [
            ("评审报告签发前未经内部复核", "Ⅰ级", "评审报告实行经办、复核、签发三级审核。", "已落实"),
            ("委托社会中介机构评审不经比选", "Ⅱ级", "中介机构从库中随机抽取，结果公示。", "未发现问题"),
        ]),
        ("宦瑄泖", "工程评审股", "评审员", "general", [
            ("结算审核中接受施工单位宴请，审减不到位", "Ⅰ级", "评审人员回避，审减情况书面说明。", "已落实"),
            ("隐蔽工程不现场踏勘即认定工程量", "Ⅱ级", "隐蔽工程现场核实并拍照留档。", "已落实"),
        ]),
        ("卜翯岠", "工程评审股", "评审员", "general", [
            ("向建设单位泄露评审初步结论", "Ⅱ级", "评审资料专人保管，签订保密承诺。", "未发现问题"),
            ("材料价格取价不按同期信息价", "Ⅲ级", "取价依据附表备查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "puxian_review_center_selfchecks", "http://www.kleyou.com/html/text/lar/174071/17407170_3.html",
        "县财政投资评审中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 财政投资评审 "
        "rule (审减、审增 说明, 评审报告 内部复核, 工作底稿, 不得泄露评审情况, 不得向建设单位收取费用): a title, a label row "
        "``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def puxian_procurement_center_group_rows() -> dict:
    unit = f"{PLACE}政府采购中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "宦珄峧", "leader", [
                ("采购方式变更审核中为采购人规避公开招标", "一级风险", "方式变更按规定报批并公示。"),
                ("干预评审专家抽取", "一级风险", "专家由系统随机抽取，抽取过程录像。"),
            ]),
        ]),
        ("二、采购执行股", "采购执行股", [
            ("股长", "卜瑊岧", "middle", [
                ("比价采购中邀请关联供应商陪标", "一级风险", "比价供应商从库中随机选取，不少于三家。"),
                ("采购文件发售中泄露潜在供应商名单", "二级风险", "采购文件网上下载，名单保密。"),
            ]),
            ("科员", "宦翛琁", "general", [
                ("开标现场记录不全，唱标信息与报价不符", "三级风险", "开标全程录音录像，双人记录。"),
            ]),
        ]),
        ("三、合同履约股", "合同履约股", [
            ("股长", "卜琝峨", "middle", [
                ("履约验收走过场，降低验收标准", "二级风险", "验收邀请使用人和专家参加，签字存档。"),
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
        "puxian_procurement_center_group_rows", "http://35331.cn/lhs_lasfljssnrvxof5mx2i3ik3hp1ig7t_1.html",
        "县政府采购中心 廉政风险防控责任清单, after the source's 比价采购管理实施细则 (比价供应商, 报价, 验收): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、采购执行股``, ``三、合同履约股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def puxian_kecheng_finance_cards() -> dict:
    unit = f"{PLACE}克城镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "宦瑀岓", "所长", "主持财政所全面工作，审核资金拨付", "leader", [
            ("扶贫项目资金不按进度拨付，先拨付后验收", "★★★", "资金拨付凭验收单和公示材料。"),
            ("一事一议奖补项目审核把关不严", "★★★", "奖补项目村民代表会议议定并公示。"),
            ("接受项目施工方宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("报账员", "卜珶岑", "报账员", "村级财务代理记账、报账", "general", [
            ("村级报账票据审核不严，白条入账", "★★", "票据经村务监督委员会签字后受理。"),
            ("村集体资金公款私存", "★★", "村级资金统一存入代管账户。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "puxian_kecheng_finance_cards", "http://www.xsxjjjc.gov.cn/Item/1920.aspx",
        "镇财政所 岗位廉政风险防控卡, one sheet a person, after the source's 县财政局 扶贫领域不正之风和腐败问题 专项整治 推进会 "
        "(乡镇财政所所长 资金拨付 “不做糊涂账，不支付糊涂钱”, 政策关、程序关、人情关、验收关): a title, ``姓　名 | … | "
        "职　务 | …`` and a merged 岗位职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and "
        "持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def puxian_xueguan_finance_list() -> dict:
    unit = f"{PLACE}薛关镇财政所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "宦琙峱", "leader", "耕地地力保护补贴面积核实不实、优亲厚友", "岗位职责", "高风险",
         "补贴面积村级公示、镇级复核。"),
        ("所长", "宦琙峱", "leader", "惠民惠农资金“一卡通”代领冒领", "制度机制", "高风险",
         "资金直接发放到户，严禁代领。"),
        ("会计", "卜璈沇", "general", "镇级预算指标调剂不报批", "业务流程", "中风险", "指标调剂经镇党委会研究。"),
        ("会计", "卜璈沇", "general", "往来款长期挂账不清理", "业务流程", "低风险", "往来款每季清理并说明。"),
        ("出纳", "宦璮岻", "general", "现金管理不严，坐支现金", "思想道德", "中风险", "现金日清月结，定期盘点。"),
        ("出纳", "宦璮岻", "general", "接受补贴对象财物", "外部环境", "低风险", "公开监督电话，签订承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "puxian_xueguan_finance_list", "http://epaper.jzrb.com/rb/html/2016-06/23/content_408368.htm",
        "镇财政所 岗位廉政风险防控一览表, after the source's 市财政系统 侵害群众利益的不正之风和腐败问题 专项整治 自查自纠 督导 "
        "(县财政 现场检查, 财政干部 不失职、不违规): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/"
        "岗位/责任人 written on EVERY row (no 股室)/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def puxian_qiaojiawan_finance_register() -> dict:
    unit = f"{PLACE}乔家湾乡财政所"
    sh = _Sheet("登记表", [6, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", "卜珦岹", "leader", [
            ("节日期间公车私用、接受宴请", "思想道德", "二级", "节前廉政提醒，公车封存。"),
            ("乡级公用经费超标准列支", "制度机制", "一级", "支出经乡党委会研究，按标准审核。"),
        ]),
        ("会计", "宦瑒峮", "general", [
            ("涉农资金专账核算不实，挤占挪用", "岗位职责", "一级", "涉农资金专账核算，月度对账。"),
            ("会计档案保管不善，随意销毁", "业务流程", "三级", "档案专柜保管，借阅登记。"),
        ]),
        ("报账员", "卜瑧岿", "general", [
            ("村级招待费报销把关不严", "业务流程", "二级", "招待费凭公函和清单报销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "puxian_qiaojiawan_finance_register", "https://3news.cn/yc/2016/0930/161572.html",
        "乡财政所 廉政风险点排查登记表, after the source's 市财政局 节前廉政短信 (八项规定, 公车停, 宴请停, 廉洁自律): a title, "
        "序号/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; no 股室; "
        "a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    puxian_finance_bureau_control_matrix(),
    puxian_treasury_center_two_sheets(),
    puxian_nontax_center_posts(),
    puxian_review_center_selfchecks(),
    puxian_procurement_center_group_rows(),
    puxian_kecheng_finance_cards(),
    puxian_xueguan_finance_list(),
    puxian_qiaojiawan_finance_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch795-inbox"))

"""The two-hundred-and-ninetieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 局/委/办,
昭化区 (a district of 广元, its staff Han) — its 发展和改革局, 人力资源和社会保障局, 农业农村局, 统计局,
文化广电和旅游局, 审计局 and 医疗保障局, and its 财政局 — each handing back the 一览表, 防控卡, 自查表,
排查表 or 清单 its staff typed in WPS or Excel:

- the 发展和改革局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室``
  merged (局领导, 投资股, 价格股, 粮食和物资储备股), ``岗位`` and ``姓名`` merged per person, short types,
  高/中/低, a 填表人/审核人/局长（签字） line;
- the 人力资源和社会保障局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``一级/二级/三级``;
- the 农业农村局's 防控卡, one sheet a holder (tabs 局长, 行政审批股, 农村经营管理股): ``姓　名 | … |
  职　务 | …`` and ``所在股室 | … | 联系电话 | …`` and a merged ``岗位职责`` line above ``序号 | 风险点 |
  风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``监督电话：… | 持卡人签字：``;
- the 统计局's 自查表, one sheet a person (tabs named by the person): ``单位：… | 自查时间：…`` and
  ``姓名 | … | 股室 | … | 职务 | …`` in one row above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施 |
  自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 分管领导意见： | … | 2025年4月``;
- the 文化广电和旅游局's 防控表 under GROUP ROWS ``一、局领导`` … ``四、文物保护股`` merged across (no 股室
  column): ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``,
  ``一级风险/二级风险/三级风险``, no type column;
- the 审计局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``, no names; an 编制/审核/date line;
- the 医疗保障局's 责任清单 written on EVERY row (no merges): ``股室 | 岗位 | 责任人 | 职责事项 | 廉政风险点 |
  风险等级 | 防控措施``, 高/中/低, no type column, a ``注：`` line.

One is harder:

- ``zhaohua_finance_font_colours``: the 财政局's 岗位廉政风险防控一览表 with NO LEVEL COLUMN AT ALL and
  no level word anywhere in a row: ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 防控措施``
  written on every row, and the level of a point is THE FONT COLOUR OF ITS WHOLE ROW — every cell of
  the row (序号 to 防控措施) set in RED font (``#FF0000``) for a high risk, in BLUE font (``#0070C0``)
  for a middle one, and left in the sheet's ordinary (automatic, black) font for a low one; no cell
  is shaded. A ``注：`` line under the table says ``表中红色字体的为高风险点，蓝色字体的为中风险点，其余
  （黑色字体）为低风险点``, the way a 财政局 marks its list in Word or WPS before pasting it into a
  workbook. The README's 读得懂的表 knows levels given by a cell's FILL (``只用风险点单元格的底色表示级别``,
  LEVEL_COLOURS), colour WORDS written in a cell with a legend (``红色为高风险``, ``红灯/黄灯/绿灯``),
  ``★``/``☆`` marks before a point, a legend by 序号 (LEVEL_BY_NUMBER), struck-through rows
  (ROW_STRUCK) and red font as ``本次新增`` next to them; it does not describe a level carried by the
  FONT colour of the text, nor a level that is the DEFAULT (uncoloured) for every row not marked.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区审计局's report on the 区本级
预算执行 — 区财政局 组织预算执行, 部门预算执行, 政府投资项目 竣工决算, 管理不规范资金, 应缴未缴财政资金;
a 市 政府投资建设项目管理办法 — 项目建议书, 可行性研究报告, 初步设计 和 概算, 年度投资计划, 资本金注入,
投资补助, 贷款贴息; a 市人社局 against 冒领 养老金 — 民政 殡葬 数据, 公安 户籍 比对, 行政村死亡报告,
待遇 绑定责任人; a 市农业局's 政务公开 — 行政审批中心 窗口, 种子、农药 政务指南卡, 农业综合执法检查,
假劣农资; a 市统计局's 统计执法大检查 — 伪造、篡改统计资料, 违法公布, 泄露调查对象资料, 压案不查,
自查表; a 市文旅局's 清廉机关 — 清廉科室、清廉岗位 评比, 文艺演出, 专题展览, 博物馆; the 审计署's rules
for an 审计组 under the 八不准 — 审计纪律告知, 执行情况报告, 廉政回访; a 市医疗保障局's 双随机 抽查 计划 —
定点医药机构, 医保基金检查, 责任科室) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 昭化区.

Run ``python tests/published/score.py --set batch290`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is its row's font colour: red 1, blue 2, the ordinary black
  font 3 (the ``注：`` line says the rows not marked are 低); the ``注：`` line and the 填表人/审核人 line
  are no points; ``局领导`` is the 股室 of the 局长 and 副局长;
- ``局领导`` (a 股室 cell, a card's 所在股室, a self-check's 股室, a group row, the sheet ``局领导``) is the
  科室 of those leaders; a 局's 股 and 办公室 are 科室; a group row ``二、文化艺术股`` gives the 科室
  ``文化艺术股`` (its number left off); the 人社局's sheet ``股室`` names each row's 股室 in its column;
- every 局 here is a unit of its own: 局长 and 副局长 are leaders; 股长 and the 办公室's 主任 middle;
  the rest (科员, 会计, 经办员, 统计员, 审计员) general;
- ``风险点 | 风险描述`` and ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``,
  ``职责事项``, ``联系电话`` and ``自查情况`` are no points and name no holder; the 审计局's list names no
  person: its forms are posts (对岗不对人); the 医疗保障局's ``责任人`` column names the holder;
- ``高/中/低``, ``★★★/★★/★``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44``'s, plus
a row's font colour where a sheet names one) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b290_"
PLACE = "昭化区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
FONTS = {"#FF0000": 1, "#0070C0": 2}  # 红 高, 蓝 中; a row in the ordinary font is 低
FONT_OF = {1: "#FF0000", 2: "#0070C0", 3: None}
GAP = "\u3000"


class _Coloured(_Sheet):
    """A sheet some of whose rows are set in a coloured font: ``fonts`` holds (row, colour)."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.fonts: list[tuple[int, str]] = []

    def data(self) -> dict:
        return {**super().data(), "fonts": list(self.fonts)}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, level, 防控措施)])
FINANCE = [
    ("局领导", "局长", "谯沚蘅", "leader", [
        ("预算安排和大额资金拨付不经党组集体研究", "制度机制", 1, "落实“三重一大”集体决策，党组会议纪要存档。"),
        ("插手政府采购代理机构选定和评审", "思想道德", 1, "代理机构随机抽取，插手干预事项登记报告。"),
    ]),
    ("局领导", "副局长", "敬霂岷", "leader", [
        ("财政投资评审结论受请托干扰", "外部环境", 2, "评审结论经评审中心集体审定，送审单位签字确认。"),
        ("分管股室资金拨付签批把关不严", "岗位职责", 3, "拨付凭证逐笔核对依据，签批留痕。"),
    ]),
    ("预算股", "股长", "蹇澍苒", "middle", [
        ("部门预算编制中随意调增调减项目支出", "业务流程", 1, "预算调整按程序报批，调整结果在局务会通报。"),
        ("预算追加审核不严，为关系单位追加经费", "思想道德", 2, "追加事项由局长办公会研究，结果公开。"),
    ]),
    ("国库股", "股长", "税珂霈", "middle", [
        ("国库集中支付审核不严，违规直接支付", "业务流程", 1, "支付申请经系统校验和双人复核。"),
        ("公款竞争性存放中与银行私下约定利益", "外部环境", 1, "存放银行公开竞争选定，评分结果公示。"),
    ]),
    ("国库股", "会计", "但滢翯", "general", [
        ("财政专户资金对账不及时，账实不符", "岗位职责", 2, "专户资金按月与银行对账，差异限期查明。"),
        ("支付凭证录入时随意更改收款人信息", "业务流程", 3, "收款人信息变更须附依据并经股长审核。"),
    ]),
    ("政府采购股", "股长", "漆峦昱", "middle", [
        ("采购方式变更审批把关不严", "制度机制", 2, "变更申请公示，专家论证意见存档。"),
        ("采购投诉处理偏袒一方", "岗位职责", 3, "投诉处理集体研究，处理决定公开。"),
    ]),
    ("农业股", "科员", "母澄钰", "general", [
        ("涉农补贴资金分配不按因素法测算", "业务流程", 2, "分配方案经股室集体研究，测算底稿存档。"),
        ("惠民惠农补贴“一卡通”发放数据审核走过场", "岗位职责", 3, "发放数据与乡镇、部门台账逐户比对。"),
    ]),
]  # fmt: skip


def zhaohua_finance_font_colours() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Coloured("一览表", [6, 12, 9, 9, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "防控措施")
    n = 0
    for dept, post, who, tier, points in FINANCE:
        for point, typ, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, typ, measures)
            if FONT_OF[lv]:
                sh.fonts.append((r, FONT_OF[lv]))
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), lv)
    _line(
        sh,
        "注：表中红色字体的为高风险点，蓝色字体的为中风险点，其余（黑色字体）为低风险点。",
        7,
    )
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    source = "https://jyfdgy.com/html/sj2014zwgkn387n425n434n454u1ai23023.html"
    return _layout(
        "zhaohua_finance_font_colours", source,
        "(harder) 区财政局 岗位廉政风险防控一览表, after the source's 区审计局 report on the 区本级预算执行 (区财政局 组织"
        "预算执行, 部门预算执行, 政府投资项目竣工决算, 管理不规范资金, 应缴未缴财政资金): a title, a merged ``填报单位：…　"
        "填报时间：2025年6月`` line, then 序号/股室/岗位/责任人/廉政风险点/风险类型 (short names)/防控措施 written on EVERY row, "
        "NO LEVEL COLUMN: the level is the FONT COLOUR OF THE WHOLE ROW — red (#FF0000) 高, blue (#0070C0) 中, the "
        "ordinary black font 低 — read by a merged ``注：表中红色字体的为高风险点，蓝色字体的为中风险点，其余（黑色字体）为"
        "低风险点。`` line; no cell shaded; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhaohua_development_reform_list() -> dict:
    unit = f"{PLACE}发展和改革局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "亓霁骁", "leader", [
            ("政府投资项目审批中打招呼、插手干预", "思想道德", "高", "审批事项网上流转，插手干预事项如实登记。"),
            ("年度政府投资计划安排不经党组集体研究", "制度机制", "高", "年度投资计划经党组会研究后报区政府审定。"),
        ]),
        ("局领导", "副局长", "鄢芃歆", "leader", [
            ("重大项目可行性研究报告评审走过场", "岗位职责", "中", "可研报告委托第三方评估，评估意见存档。"),
        ]),
        ("投资股", "股长", "粟曜沣", "middle", [
            ("项目建议书、可研报告审批降低条件", "业务流程", "高", "审批要件清单公开，初审、复审分离。"),
            ("中央预算内投资补助项目申报材料审核不严", "岗位职责", "中", "申报材料现场核查，核查记录附卷。"),
        ]),
        ("投资股", "科员", "缑翎霄", "general", [
            ("企业投资项目备案信息审核不实", "业务流程", "低", "备案信息与市场主体登记信息比对。"),
        ]),
        ("价格股", "股长", "佘昀湜", "middle", [
            ("价格认定结论受当事人请托影响", "外部环境", "中", "价格认定两人以上办理，结论集体审核。"),
        ]),
        ("粮食和物资储备股", "股长", "幸樾岚", "middle", [
            ("区级储备粮轮换中与承储企业串通", "外部环境", "高", "轮换计划报批，出入库数量质量抽检。"),
            ("储备粮油库存检查流于形式", "岗位职责", "低", "库存检查留存影像，账实逐仓核对。"),
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
        "zhaohua_development_reform_list", "http://www.deyang.gov.cn/gk/zcfg/zfwj/fzff/922275.htm",
        "区发展和改革局 岗位廉政风险防控一览表, after the source's 市 政府投资建设项目管理办法 (项目建议书, 可行性研究报告, 初步"
        "设计和概算, 年度投资计划, 资本金注入, 投资补助, 贷款贴息): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间："
        "2025年5月`` line, then 序号/股室 merged (局领导, 投资股, 价格股, 粮食和物资储备股)/岗位 and 姓名 merged per person/"
        "风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def zhaohua_hrss_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 8, 16, 36, 13, 8, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("蒲璟珩", "局长", "主持全面工作，分管人事、财务和基金监督", [
            ("社保基金管理重大事项不经党组集体研究", "制度机制风险", "一级", "基金管理重大事项党组会研究，纪要存档。"),
            ("公开招聘、职称评审中打招呼、优亲厚友", "思想道德风险", "一级", "招聘和评审方案、结果公示，全程纪实。"),
        ]),
        ("晏汐岑", "副局长", "分管社会保险、就业和劳动保障监察", [
            ("对养老金冒领问题线索不督促核查", "岗位职责风险", "二级", "疑点数据按月交办，核查结果逐条销号。"),
            ("就业补助资金分配向关系单位倾斜", "外部环境风险", "一级", "资金分配方案集体研究并公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 9, 9, 36, 13, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社会保险股", "股长", "羊淞霓", "middle", [
            ("死亡人员停发养老待遇不及时，造成冒领", "岗位职责风险", "一级", "每月比对民政殡葬、公安户籍数据，及时停发。"),
            ("违规办理视同缴费年限认定", "制度机制风险", "二级", "认定材料股室集体审核，档案存查。"),
        ]),
        ("社会保险股", "经办员", "苑沁翯", "general", [
            ("擅自修改参保人员身份信息和缴费记录", "业务流程风险", "一级", "信息修改须双人复核，系统全程留痕。"),
            ("待遇资格认证走过场", "岗位职责风险", "三级", "异地居住人员绑定责任人，认证结果抽查。"),
        ]),
        ("就业促进股", "股长", "鞠峄淳", "middle", [
            ("公益性岗位补贴发放对象审核不严", "业务流程风险", "二级", "补贴对象乡镇初审、股室复审、公示。"),
        ]),
        ("基金监督股", "科员", "滕璆琳", "general", [
            ("基金稽核发现的问题不如实报告", "思想道德风险", "二级", "稽核报告经股长审核，问题清单报局党组。"),
            ("行政村死亡报告单收集不全不督促", "岗位职责风险", "三级", "死亡报告实行零报告，逐月通报。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "zhaohua_hrss_two_sheets", "http://yuchengshi.gov.cn/n57388147/n57394165/c64947239/content.html",
        "区人力资源和社会保障局 廉政风险防控表 in two sheets, after the source's 市人社局 against 冒领养老金 (民政殡葬数据, 公安户籍"
        "比对, 法院判刑人员, 行政村死亡报告, 待遇绑定责任人): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per "
        "leader/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施) and ``股室`` (a title, 序号/股室 merged "
        "(社会保险股, 就业促进股, 基金监督股)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line)",
        [lead, dept], t,
    )  # fmt: skip


def zhaohua_agriculture_cards() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    cards = [
        ("局长", "青岚峋", "局长", "局领导", "0839-8722011", "leader", "主持全面工作，负责人事、财务和项目资金",
         [("涉农项目资金安排不经党组集体研究", "★★★", "项目资金安排党组会研究，结果公示。"),
          ("为特定关系人承揽农业项目打招呼", "★★★", "插手干预事项登记报告，项目公开招标。"),
          ("农业执法案件处理说情打招呼", "★★", "执法案件集体审议，说情事项登记。")]),
        ("行政审批股", "郗湉菡", "股长", "行政审批股", "0839-8722035", "middle", "负责种子、农药等行政许可的受理和审查",
         [("农药经营许可审查降低条件", "★★★", "许可条件和办理时限公开，现场核查两人以上。"),
          ("种子生产经营许可办理中吃拿卡要", "★★", "审批事项在区政务服务中心窗口网上办理，全程留痕。"),
          ("许可档案资料不全即发证", "★", "发证前股长复核档案要件。")]),
        ("农村经营管理股", "隗峣翔", "科员", "农村经营管理股", "0839-8722047", "general", "负责农村集体“三资”管理指导和土地承包合同管理",
         [("农村集体资产清产核资数据审核不实", "★★", "清产核资结果村内公示，股室抽查。"),
          ("土地承包经营权纠纷调处偏袒一方", "★", "纠纷调处两人以上参加，调处记录双方签字。")]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, phone, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 40, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在股室", dept, "联系电话", phone)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("监督电话：12388", None, "持卡人签字：", None)
        sheets.append(sh)
    return _layout(
        "zhaohua_agriculture_cards", "http://www.jiaodong.net/news/system/2002/11/23/000540763.shtml",
        "区农业农村局 岗位廉政风险防控卡, one sheet a holder (tabs 局长, 行政审批股, 农村经营管理股), after the source's 市农业局"
        " 政务公开 (行政审批中心窗口, 审批依据和程序, 种子、农药 政务指南卡, 农业综合执法检查, 假劣农资): a title, ``姓　名 | … | "
        "职　务 | …`` and ``所在股室 | … | 联系电话 | …``, a merged ``岗位职责`` line, then 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; no type column; a merged ``注：`` line on the stars and ``监督电话：12388 | 持卡人签字：``",
        sheets, t,
    )  # fmt: skip


def zhaohua_statistics_selfchecks() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    people = [
        ("訾泠弈", "局领导", "副局长", "leader", [
            ("授意调查对象按指定数值填报统计数据", "思想道德", "高风险", "领导干部干预统计工作如实记录报告。", "未发现问题"),
            ("统计执法检查中对违法行为降格处理", "岗位职责", "高风险", "执法处理意见集体研究，结果公开。", "已落实"),
        ]),
        ("仉湛岐", "法规股", "股长", "middle", [
            ("统计违法举报线索压案不查", "制度机制", "高风险", "举报线索统一登记，办理情况按月通报。", "已落实"),
            ("“双随机”抽查对象不随机抽取", "业务流程", "中风险", "抽查对象系统随机抽取，过程公开。", "未发现问题"),
            ("执法检查中接受企业宴请", "外部环境", "低风险", "执法人员签订廉洁承诺，两人以上检查。", "已整改"),
        ]),
        ("芮霭琪", "综合股", "统计员", "general", [
            ("违法泄露统计调查对象资料", "岗位职责", "中风险", "调查对象资料专人保管，查询留痕。", "未发现问题"),
            ("统计原始记录和台账审核不严，数据不实", "业务流程", "低风险", "原始记录与台账逐项核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"单位：{unit}", None, None, None, "自查时间：2025年4月", None)
        sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 3)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        sh.add("姓名", who, "股室", dept, "职务", post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "分管领导意见：", None, "2025年4月", None)
        sheets.append(sh)
    return _layout(
        "zhaohua_statistics_selfchecks", "http://fsou.com/html/text/lar/172121/17212160_2.html",
        "区统计局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市统计局 统计执法大检查 "
        "(自查内容: 要求伪造、篡改统计资料, 违法公布统计资料, 泄露调查对象资料, 压案不查、瞒案不报, 自查表): a title, a row "
        "``单位：… | 自查时间：2025年4月`` (two merged cells), ``姓名 | … | 股室 | … | 职务 | …`` in one row, then 序号/风险点/"
        "风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; a blank row and ``本人签名： | 分管领导"
        "意见： | 2025年4月``",
        sheets, t,
    )  # fmt: skip


def zhaohua_culture_tourism_group_rows() -> dict:
    unit = f"{PLACE}文化广电和旅游局"
    sh = _Sheet("防控表", [6, 10, 10, 22, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "邰旻霏", "leader", [
                ("文旅项目资金安排", "文旅项目资金安排不经党组集体研究，个人说了算", "一级风险",
                 "项目资金安排党组会研究，会议纪要存档。"),
                ("景区提升工程发包", "景区提升工程化整为零规避招标", "一级风险", "工程发包按限额标准进入公共资源交易平台。"),
            ]),
            ("副局长", "莘澐濯", "leader", [
                ("文艺演出活动经费", "文艺演出活动经费预算虚高，结报不实", "二级风险", "演出经费事前预审、事后结报。"),
            ]),
        ]),
        ("二、文化艺术股", "文化艺术股", [
            ("股长", "酆瑗泷", "middle", [
                ("清廉文艺作品创作经费", "创作经费拨付不按合同进度，虚列劳务费", "二级风险", "劳务费按标准发放，名单公示。"),
                ("群众文艺比赛评选", "比赛评选中打招呼，评选结果不公", "三级风险", "评委随机抽取，评选结果公示。"),
            ]),
            ("科员", "巩溦漪", "general", [
                ("演出器材借用", "演出器材出借不登记，私自外借收费", "三级风险", "器材出借登记，归还验收。"),
            ]),
        ]),
        ("三、市场管理股", "市场管理股", [
            ("股长", "蔺骞昉", "middle", [
                ("营业性演出审批", "营业性演出审批降低条件，收受举办方好处", "一级风险", "审批条件公开，现场核查两人以上。"),
                ("旅行社和A级景区检查", "检查中接受经营单位宴请，对问题不督促整改", "二级风险", "检查结果公开，问题清单限期整改。"),
            ]),
        ]),
        ("四、文物保护股", "文物保护股", [
            ("科员", "钭煦宁", "general", [
                ("文物保护工程验收", "文物保护工程验收不严，虚增工程量", "二级风险", "验收邀请专家参加，结算送审。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhaohua_culture_tourism_group_rows", "https://jincheng.sxgov.cn/content/2022-11/01/content_12867298.htm",
        "区文化广电和旅游局 岗位廉政风险防控表, after the source's 市文旅局 清廉机关 (清廉科室、清廉岗位 评比, 清廉文艺作品, 文艺"
        "演出, 专题展览, 博物馆): a title, 序号/岗位/姓名/a short 风险点/a long 风险描述/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、局领导``, ``二、文化艺术股``, ``三、市场管理股``, ``四、文物保护股`` merged across (no "
        "股室 column); 岗位 and 姓名 merged per person; no type column; a ``制表：办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def zhaohua_audit_posts() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("排查表", [6, 14, 9, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, econ, fin, office = "局领导", "经济责任审计股", "财政金融审计股", "办公室"
    rows = [
        (lead, "局长", "leader", "审计项目计划安排", "审计项目计划安排受请托，选择性审计", "制度机制风险", "Ⅰ级",
         "审计项目计划经局党组研究后报区委审计委员会。"),
        (lead, "局长", "leader", "审计结果处理", "对审计发现的重大问题降格处理，不移送线索", "思想道德风险", "Ⅰ级",
         "审计处理意见审计业务会议集体审定，线索移送登记。"),
        (econ, "股长", "middle", "审计组现场管理", "审计组接受被审计单位宴请、礼品礼金", "外部环境风险", "Ⅱ级",
         "进点时公示“八不准”审计纪律，审计结束报告纪律执行情况。"),
        (econ, "审计员", "general", "审计取证", "取证不全或隐匿审计证据", "岗位职责风险", "Ⅱ级", "审计证据双人签字，复核人逐项复核。"),
        (econ, "审计员", "general", "审计信息保密", "泄露被审计单位商业秘密和内部信息谋利", "思想道德风险", "Ⅲ级",
         "审计资料专人保管，廉政回访了解执行情况。"),
        (fin, "股长", "middle", "审计报告审核", "审计报告对问题定性避重就轻", "业务流程风险", "Ⅱ级", "报告实行三级复核，法制审理。"),
        (office, "主任", "middle", "审计外勤经费", "在被审计单位报销费用，外勤经费不自理", "制度机制风险", "Ⅲ级",
         "外勤经费按标准列支，报销凭证逐笔审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhaohua_audit_posts", "https://m.fabao365.com/code/law_213052.html",
        "区审计局 廉政风险点排查表 对岗不对人, after the source's 审计署 rules for an 审计组 under the 八不准 (审计纪律告知, 执行"
        "情况报告, 兼职监察员, 廉政回访): a title, then 序号/股室 merged (局领导, 经济责任审计股, 财政金融审计股, 办公室)/岗位 "
        "merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an "
        "``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def zhaohua_medical_security_duties() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("责任清单", [6, 14, 9, 9, 16, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "璩岷颉", "leader", "医保基金监管", "对定点医药机构违规问题说情打招呼", "高",
         "说情打招呼事项登记报告，处理结果集体研究。"),
        ("局领导", "局长", "璩岷颉", "leader", "“三重一大”决策", "重大事项不经党组集体研究", "高", "落实党组议事规则，纪要存档。"),
        ("基金监管股", "股长", "暨淼珺", "middle", "“双随机、一公开”抽查", "抽查对象不随机，选择性检查", "高",
         "检查对象系统随机抽取，结果公开。"),
        ("基金监管股", "股长", "暨淼珺", "middle", "欺诈骗保案件查处", "对查实的违规行为降格处理", "中", "处理意见集体审议，结果公示。"),
        ("基金监管股", "科员", "乜绮岫", "general", "定点医药机构现场检查", "现场检查接受医药机构宴请、礼品", "中",
         "检查人员两人以上，签订廉洁承诺。"),
        ("待遇保障股", "股长", "郏芸澍", "middle", "医疗救助待遇审核", "医疗救助对象审核不严，违规享受待遇", "中",
         "救助对象与民政数据比对，按月公示。"),
        ("医药服务管理股", "科员", "滑琬晔", "general", "定点医药机构协议管理", "降低条件签订定点服务协议", "低",
         "协议评估结果公示，评估材料存档。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("制表：", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "zhaohua_medical_security_duties", "https://ybj.ordos.gov.cn/ybyw/qqybdt/202310/t20231027_3517616.html",
        "区医疗保障局 廉政风险防控责任清单, after the source's 市医疗保障局 ``双随机、一公开`` 抽查工作计划 (定点医药机构, "
        "医保基金检查, 现场检查, 骗取医疗保险待遇, 责任科室): a title, then 序号/股室/岗位/``责任人`` written on EVERY row "
        "(no merges)/``职责事项``/廉政风险点/风险等级 高/中/低/防控措施; no type column; a ``注：`` line and a 制表/审核/date "
        "line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhaohua_finance_font_colours(),
    zhaohua_development_reform_list(),
    zhaohua_hrss_two_sheets(),
    zhaohua_agriculture_cards(),
    zhaohua_statistics_selfchecks(),
    zhaohua_culture_tourism_group_rows(),
    zhaohua_audit_posts(),
    zhaohua_medical_security_duties(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus a row's font
    colour where its sheet's ``fonts`` names one (every cell of the row, merged ones included)."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 6, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    formats: dict[str | None, object] = {None: wb.add_format(base)}

    def fmt(colour: str | None):
        if colour not in formats:
            formats[colour] = wb.add_format({**base, "font_color": colour})
        return formats[colour]

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        fonts = dict(sheet.get("fonts", []))
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, fmt(fonts.get(r)), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt(fonts.get(r0)))
            if v is not None:
                _put(ws, fmt(fonts.get(r0)), r0, c0, v)
    wb.close()
    return path


def _put(ws, fmt, r: int, c: int, v) -> None:
    if isinstance(v, int | float):
        ws.write_number(r, c, v, fmt)
    else:
        ws.write_string(r, c, v, fmt)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch290-inbox"))

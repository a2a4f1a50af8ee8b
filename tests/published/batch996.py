"""The nine-hundred-and-ninety-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 经济 bodies,
青龙县 (青龙满族自治县, 秦皇岛市, 河北省) — its 财政局, 税务局, 统计局, 审计局, 发展和改革局, 国有资产运营服务中心,
the 肖营子镇财政所 and the 县农村商业银行 — each handing back the 一览表, 排查表, 防控卡, 清单 or 自查表 its staff
typed in WPS or Excel:

- the 财政局's 一览表: ``科室`` merged (``局领导``, ``国库股``, ``资产管理股``), ``职务 | 姓名`` merged per
  person, ``…风险`` types, 高/中/低 and a ``注：`` line;
- the 税务局's 责任清单: ``部门 | 岗位 | 责任人`` on EVERY row, short types, ``高风险/中风险/低风险``;
- the 统计局's 排查表 under ``附件2``: a merged 填报单位 line, ``股室 | 岗位 | 姓名`` on every row, short types
  under ``风险类别``, ``一级/二级/三级``;
- the 审计局's 防控卡, one sheet a person (tabs named by the person): ``持卡人 | … | 职　务 | …`` and a merged
  主要职责 line, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 发展和改革局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``一级风险/二级风险/三级风险``;
  no names;
- the 国有资产运营服务中心's 清单 under GROUP ROWS ``一、中心领导``, ``二、资产运营部`` (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``…风险`` types;
- the 肖营子镇财政所's 自查表, one sheet a person: a label row ``姓　名 | 职　务 | 填表日期`` over a row of
  values (no 股室: the 所 has none), 高/中/低, ``防控措施 | 自查情况``, no type column.

One is harder:

- ``qinglong_rural_bank_lead_assist_tags``: the 县农村商业银行's 清单, ``部门 | 岗位 | 责任人 | 廉政风险点 | 风险类型
  | 风险等级 | 防控措施``, where each 客户经理 post is worked by a 主办 and a 协办 (the bank's 双人调查): its
  ``责任人`` cell reads ``主办：乞扶…⏎协办：莫折…`` merged down the post's rows, and each point ends with
  ``（主办）``, ``（协办）`` or ``（主办、协办）`` to say whose it is; a ``注：`` line says so. The README's
  读得懂的表 and docs/layouts.md know the A岗/B岗 form of this (``A岗：…⏎B岗：…`` with ``（A岗）``,
  HOLDERS_BY_LABEL_TAG) and a ``主办：…⏎协办：…`` cell WITHOUT brackets (the 主办 holds the point,
  HOLDER_BY_LEAD_LINE); they do not describe 主办/协办 labels whose points name their holder in a
  closing bracket, which must give each point to the person(s) the bracket names, bracket taken off.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 财政局 资产科 and 国有资产 management;
a chapter on when a 税务局 examines (选案, 稽查, 审理, 执行); a report of 统计造假 found by 统计督察; the 审计 报告 审理 by a 县审计局's 法制 staff; a
市发改委's 节能审查 承诺制; the 行政事业性国有资产 全生命周期 management; a 县's 乡镇财政所 and their 驻村专管员;
a 农商银行 loan case where a 主调查人 (A岗) and his 协办 (B岗) signed a 贷前调查 unread) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare compound surnames 乞扶 and 莫折 with rare given names); every unit is a
body of 青龙县.

Run ``python tests/published/score.py --set batch996`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point ending ``（主办）`` is the 主办's alone, ``（协办）`` the 协办's alone,
  ``（主办、协办）`` each one's (their own copies), the bracket no part of the point; the 主办 and the 协办
  both hold the post in its ``岗位`` cell (客户经理); a row of one holder (the 行长, a 部门总经理) is his;
- ``局领导``, ``中心领导`` are the 科室 of the leaders; a 局's 股 and 中心's 部 are 科室; a bank's 部 too;
  the 财政所's people have no 科室;
- the 局, the 中心, the 所 and the bank are units of their own: 局长, 副局长, 主任, 所长, 行长 are leaders;
  股长, 部门经理, 总经理 (of a 部) middle; the rest general;
- ``主要职责``, ``自查情况`` and ``填表日期`` are no points and name no holder; the 发展和改革局's list names
  no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``★★★/★★/★``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级``
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

PREFIX = "b996_"
PLACE = "青龙县"
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

LEAD, ASSIST = "主办", "协办"
# (部门, 岗位, tier, holders: [(label or None, person)], points: [(point, whose, type, level, measures)])
# whose: the labels the closing bracket names (None: a row of one holder, no bracket)
BANK_POSTS = [
    ("行领导", "行长", "leader", [(None, "乞扶翛珩")], [
        ("大额授信审批中为关系户打招呼", None, "思想道德风险", "高", "大额授信贷审会集体审议，过问登记报告。"),
        ("不良贷款核销个人说了算", None, "制度机制风险", "高", "核销经董事会审议，结果报监管部门备案。"),
    ]),
    ("公司业务部", "客户经理", "general", [(LEAD, "莫折珺翾"), (ASSIST, "乞扶沄翊")], [
        ("贷前调查不核实购销合同真实性", (LEAD,), "岗位职责风险", "高", "购销合同与发票逐笔核验，调查报告双人签字。"),
        ("调查报告未到现场即代为签字", (ASSIST,), "业务流程风险", "中", "现场调查留存影像，签字人本人办理。"),
        ("收受借款企业财物、接受宴请", (LEAD, ASSIST), "思想道德风险", "高", "签订廉洁承诺书，客户回访。"),
        ("贷后检查走过场，资金挪用未发现", (LEAD,), "岗位职责风险", "中", "贷后检查按季开展，资金流向系统监测。"),
    ]),
    ("个人业务部", "客户经理", "general", [(LEAD, "乞扶瀞岚"), (ASSIST, "莫折沅翃")], [
        ("农户小额贷款冒名、借名发放", (LEAD, ASSIST), "业务流程风险", "高", "借款人面签核身，整村授信名单公示。"),
        ("违规为不符合条件的人员续贷展期", (LEAD,), "制度机制风险", "中", "续贷展期经审查岗复核，按权限审批。"),
        ("泄露客户信息", (ASSIST,), "外部环境风险", "低", "系统查询留痕，客户信息专人管理。"),
    ]),
    ("风险管理部", "总经理", "middle", [(None, "莫折霁瑀")], [
        ("贷款审查降低标准、放松把关", None, "岗位职责风险", "中", "审查意见留痕，问题贷款倒查责任。"),
    ]),
]  # fmt: skip


def qinglong_rural_bank_lead_assist_tags() -> dict:
    unit = f"{PLACE}农村商业银行"
    sh = _Sheet("清单", [6, 12, 10, 20, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}信贷岗位廉洁风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, tier, holders, points in BANK_POSTS:
        cell = "\n".join(f"{label}：{who}" if label else who for label, who in holders)
        for point, whose, typ, lv, measures in points:
            n += 1
            shown = point if whose is None else f"{point}（{'、'.join(whose)}）"
            sh.add(n, dept, post, cell, shown, typ, lv, measures)
            for label, who in holders:
                if whose is None or label in whose:
                    t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    key = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key), (3, key)])
    _line(sh, "注：客户经理岗实行主办、协办双人调查制，风险点后括号注明由主办或协办承担。", 8)
    sh.add("填表人：", None, "审核人：", None, "行长（签字）：", None, "2025年6月", None)
    return _layout(
        "qinglong_rural_bank_lead_assist_tags", "https://www.163.com/dy/article/KLDD6CQM0545RZXD.html",
        "(harder) 县农村商业银行 信贷岗位廉洁风险防控清单, after the source's account of a 农商银行 loan case (a 分理处主任 "
        "as A岗 主调查人 and a new 信贷员 as B岗 协办, 双人调查 gone through the motions, 代签, 续贷): 序号/部门 merged/"
        "岗位/责任人 ``主办：…⏎协办：…`` merged down each 客户经理 post's rows/廉洁风险点 each ending ``（主办）``, "
        "``（协办）`` or ``（主办、协办）``/风险类型 ``…风险``/风险等级 高/中/低/防控措施; rows of one holder (行长, "
        "风险管理部总经理) without a bracket; a ``注：`` line saying the bracket names who bears it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qinglong_finance_bureau_list() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "莫折翎澍", "leader", "财政资金分配中优亲厚友", "思想道德风险", "高",
         "资金分配因素法测算，局党组集体研究。"),
        ("局领导", "副局长", "莫折翎澍", "leader", "政府采购项目干预供应商选择", "制度机制风险", "高",
         "采购全流程电子化，领导干预登记报告。"),
        ("国库股", "股长", "乞扶璆沚", "middle", "国库集中支付审核不严、超预算支付", "岗位职责风险", "高",
         "支付指令系统校验，大额支付双人复核。"),
        ("国库股", "股长", "乞扶璆沚", "middle", "公款竞争性存放中收受银行好处", "外部环境风险", "中",
         "存放银行公开招标，结果公示。"),
        ("资产管理股", "科员", "莫折琇翀", "general", "行政事业单位资产处置评估走过场", "业务流程风险", "中",
         "资产处置经评估、公开拍卖，收入上缴国库。"),
        ("资产管理股", "科员", "莫折琇翀", "general", "资产出租出借审批把关不严", "岗位职责风险", "低",
         "出租出借公开招租，合同备案。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "qinglong_finance_bureau_list",
        "https://www.hkyyi.com/html/luo-he-shi-cai-zheng-ju-zi-chan-ke-ru-he-gao-xiao-guan-li-guo-you-zi-chan-bing-"
        "fang-zhi-zi-chan-liu.html",
        "县财政局 岗位廉政风险防控一览表, after the source's account of a 财政局 资产科 managing 国有资产 (配置, 处置, "
        "出租出借, 评估): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def qinglong_tax_bureau_duty_list() -> dict:
    unit = f"{PLACE}税务局"
    sh = _Sheet("责任清单", [6, 16, 12, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "乞扶翙湉", "leader", "干预稽查案件选案、定性", "思想道德", "高风险",
         "选案系统随机推送，过问干预登记。"),
        ("稽查局", "审理员", "莫折澹珩", "general", "审理中降低处罚标准", "岗位职责", "高风险",
         "重大案件审理委员会集体审理。"),
        ("稽查局", "审理员", "莫折澹珩", "general", "向被查企业泄露检查信息", "外部环境", "中风险",
         "检查信息分级保密，调阅留痕。"),
        ("稽查局", "执行员", "乞扶霂瑗", "general", "欠税追缴、强制执行不到位", "业务流程", "中风险",
         "执行进度台账管理，按月通报。"),
        ("法制股", "股长", "莫折沨璇", "middle", "行政处罚裁量基准执行随意", "制度机制", "低风险",
         "裁量基准公开，案卷季度评查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "qinglong_tax_bureau_duty_list", "https://m.ibooks.qq.com/read/1050806234/77",
        "县税务局 廉政风险防控责任清单, after the source's chapter on when a 税务局 examines a taxpayer (选案, 稽查, "
        "审理, 执行): a title, 序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def qinglong_statistics_screening() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("排查表", [6, 14, 12, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乞扶澂翮", "leader", "授意、指使企业虚报统计数据", "思想道德", "一级",
         "统计数据质量责任制，数据评估会审。"),
        ("局领导", "局长", "乞扶澂翮", "leader", "统计执法检查对象个人确定", "制度机制", "一级",
         "检查对象“双随机”抽取，结果公开。"),
        ("统计执法监督股", "股长", "莫折翊霂", "middle", "统计违法案件查处从轻、不移送", "岗位职责", "一级",
         "案件集体审议，处理结果公示。"),
        ("统计执法监督股", "股长", "莫折翊霂", "middle", "执法检查中接受企业宴请", "外部环境", "二级",
         "执法记录仪全程记录，签订廉洁承诺。"),
        ("综合核算股", "统计员", "乞扶琤霈", "general", "擅自调整统计口径、修改基层数据", "业务流程", "二级",
         "数据修改系统留痕，审核人复核。"),
        ("综合核算股", "统计员", "乞扶琤霈", "general", "泄露未公布的统计资料", "岗位职责", "三级",
         "统计资料分级管理，发布前保密。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "qinglong_statistics_screening", "https://www.163.com/dy/article/K08F5O8B0556DF5L.html",
        "县统计局 廉政风险点排查表, after the source's report of 隐形、新型统计造假 found by 国家统计局's 统计督察 "
        "(调整口径, 延迟入账, 地方考核压力): ``附件2``, a title, a merged 填报单位/填报日期 line, then 序号/股室/岗位/"
        "姓名 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/"
        "局长（签字） line",
        [sh], t,
    )  # fmt: skip


def qinglong_audit_bureau_cards() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    cards = [
        ("莫折湛琛", "副局长", "分管审计业务，主持审计业务会", "leader", [
            ("审计业务会审定中为被审计单位说情", "★★★", "审定意见集体表决，过问登记。"),
            ("审计项目计划个人调整", "★★", "年度计划经审计委员会批准，调整报批。"),
        ]),
        ("乞扶珝澹", "法制审理员", "审计报告、审计决定书审理", "general", [
            ("审理把关不严，定性处理偏轻", "★★★", "审理意见书面留痕，疑难问题集体研究。"),
            ("审理中接受被审计单位请托", "★★", "签订廉洁承诺，审理结果抽查。"),
            ("审计底稿复核走过场", "★", "底稿逐份复核签字。"),
        ]),
        ("莫折岚翙", "审计组长", "组织现场审计，复核审计证据", "general", [
            ("现场审计接受被审计单位宴请、礼品", "★★★", "执行审计“八不准”，外勤费用自理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 38, 12, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        r = sh.add("主要职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签名：", None, "局长签名：", None)
        sheets.append(sh)
    return _layout(
        "qinglong_audit_bureau_cards", "http://zsqianhong.com/sjc/info/1102/1435.html",
        "县审计局 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's notes of a 基层 "
        "审计机关's 法制审理 staff on 审理 审计报告 (初稿, 底稿, 复核, 定性): a title, ``持卡人 | … | 职　务 | …`` and a "
        "merged 主要职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line reading the stars; "
        "no type column; 持卡人签名/局长签名",
        sheets, t,
    )  # fmt: skip


def qinglong_development_reform_posts() -> dict:
    unit = f"{PLACE}发展和改革局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("投资股", "项目审批岗", "general", "政府投资项目可研审批降低条件", "岗位职责风险", "一级风险",
         "可研报告专家评审，审批结果公开。"),
        ("投资股", "项目审批岗", "general", "为企业项目备案“开绿灯”收受好处", "思想道德风险", "一级风险",
         "备案在线办理，全程留痕。"),
        ("能源股", "节能审查岗", "general", "节能审查承诺制项目事后不核查", "业务流程风险", "二级风险",
         "承诺事项按比例抽查，结果通报。"),
        ("能源股", "节能审查岗", "general", "违规为高耗能项目出具审查意见", "制度机制风险", "一级风险",
         "审查意见集体会审，报上级备案。"),
        ("价格股", "价格认定岗", "general", "涉案财物价格认定结论失实", "岗位职责风险", "二级风险",
         "认定两人以上，结论复核。"),
        ("价格股", "价格认定岗", "general", "收费标准核定中接受请托", "外部环境风险", "三级风险",
         "成本监审公开，听证论证。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, "2025年4月", None, None)
    return _layout(
        "qinglong_development_reform_posts", "https://m.bjx.com.cn/mnews/20190718/993853.shtml",
        "县发展和改革局 岗位廉政风险防控清单 对岗不对人, after the source's account of a 市发改委's 固定资产投资项目 "
        "节能审查 承诺制 (事前审批转为事中事后监管): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qinglong_state_assets_centre_group_rows() -> dict:
    unit = f"{PLACE}国有资产运营服务中心"
    sh = _Sheet("清单", [6, 12, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "乞扶淏琰", "leader", [
                ("经营性资产出租对象内定", "思想道德风险", "Ⅰ级", "出租公开招租，主任办公会研究。"),
            ]),
        ]),
        ("二、资产运营部", "资产运营部", [
            ("部长", "莫折珈澂", "middle", [
                ("资产出租底价评估偏低", "岗位职责风险", "Ⅰ级", "租金第三方评估，结果公示。"),
                ("租金收缴不及时、减免随意", "业务流程风险", "Ⅱ级", "租金台账管理，减免集体研究。"),
            ]),
            ("资产管理员", "乞扶翯珈", "general", [
                ("资产台账登记不实、账实不符", "业务流程风险", "Ⅱ级", "每年全面清查盘点。"),
            ]),
        ]),
        ("三、财务审计部", "财务审计部", [
            ("会计", "莫折昶淏", "general", [
                ("资产处置收入未及时上缴", "制度机制风险", "Ⅰ级", "处置收入直缴国库，按月对账。"),
                ("接受承租方礼品礼金", "外部环境风险", "Ⅱ级", "签订廉洁承诺书，公开监督电话。"),
                ("报销凭证审核不严", "岗位职责风险", "Ⅲ级", "报销两人审核，定期抽查。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, staff in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in staff:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "qinglong_state_assets_centre_group_rows", "https://www.omszc.com/news-d/482.html",
        "县国有资产运营服务中心 岗位廉政风险防控清单 under GROUP ROWS, after the source's piece on 行政事业性国有资产 "
        "全生命周期 management (配置, 使用, 出租, 处置, 收益, 闭环监管): a title, 序号/岗位/姓名/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, group rows ``一、中心领导``, ``二、资产运营部``, "
        "``三、财务审计部`` merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def qinglong_xiaoyingzi_finance_office_selfchecks() -> dict:
    unit = f"{PLACE}肖营子镇财政所"
    t = _Truth(unit)
    people = [
        ("乞扶瀛昶", "所长", "leader", [
            ("惠农补贴资金发放审核把关不严", "高", "补贴名单村级公示、所内复核。", "已落实"),
            ("村级“三资”代管资金违规审批", "中", "代管资金支付双人审核。", "未发现问题"),
        ]),
        ("莫折瑗沄", "驻村专管员", "general", [
            ("项目资金拨付前不核实实施进度", "高", "拨付前现场核查，照片存档。", "已落实"),
            ("接受村干部宴请、礼品", "中", "签订廉洁承诺，定期轮换包村。", "已落实"),
            ("村级报账票据审核不严", "低", "票据逐张审核，疑点上报所长。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "镇分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qinglong_xiaoyingzi_finance_office_selfchecks", "https://fx361.cc/page/2018/0306/19619479.shtml",
        "乡镇 财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's study of a "
        "县's 乡镇财政所 监督 and its 驻村专管员 (惠民政策, 项目资金, 三资管理): a title, a label row ``姓　名 | 职　务 | "
        "填表日期`` over a row of values (no 股室), then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 镇分管领导意见：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qinglong_rural_bank_lead_assist_tags(),
    qinglong_finance_bureau_list(),
    qinglong_tax_bureau_duty_list(),
    qinglong_statistics_screening(),
    qinglong_audit_bureau_cards(),
    qinglong_development_reform_posts(),
    qinglong_state_assets_centre_group_rows(),
    qinglong_xiaoyingzi_finance_office_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch996-inbox"))

"""The four-hundred-and-sixty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政 bodies,
碌曲县 (a county of 甘南) — its 国库支付中心, 政府采购中心 and 财政投资评审中心, the 财政所 of four of
its towns (玛艾镇, 郎木寺镇, 尕海镇, 西仓镇) and, in the harder file, its 财政局 — each handing back
the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 国库支付中心's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 政府采购中心's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``,
  ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no 科室 column and no names;
- the 财政投资评审中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 玛艾镇财政所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 郎木寺镇财政所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 尕海镇财政所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 西仓镇财政所's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``luqu_finance_bureau_questions``: the 财政局's 一览表 (``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``) whose 廉政风险点 cells are WRITTEN AS QUESTIONS: every point is a yes/no
  self-check question, ``是否存在…的问题？`` / ``是否…？`` (``是否存在非税收入票据领用不登记、核销不及时的
  问题？``), as offices that turn a 自查提纲 into their list type them; the question IS the point (there
  is no answer column and no other risk column), and the measures beside it are written plainly.
  The README's 读得懂的表 knows a column ASKING yes or no about a point (``本岗位是否存在 | 是/否``,
  ``是否为高风险点``) and a 自查表 with a ``是否存在`` answer column, where the question stands in the
  heading and the answers in the cells; it does not describe the point itself written as a
  question in the point cell (``是否…？`` opening, a full-width question mark closing), which must
  be read as the point, neither as a heading, a yes/no field nor a prompt. No earlier batch has a
  point closing on ``？``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the types, use and 核销 of
非税收入 票据; the 动态监控 of 国库集中支付 with its 预警 rules; a 政府集中采购 system and its 采购中心;
a 结算审核 of works by a 评审 body; 非税收入 collected in towns; 国库集中支付 reaching 乡镇; a
支付管理系统's 用款申请 and 审批; a 集中收付中心's 预警触发 and 人工复核) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 碌曲县.

Run ``python tests/published/score.py --set batch469`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point is the WHOLE text of its 廉政风险点 cell, the question as typed,
  ``是否`` and the closing ``？`` kept (the one risk column, the cell's whole text); the measures are
  no points;
- ``局领导``, ``中心领导`` (a 科室 cell or the leaders' sheet) are the 科室 of those leaders; a 局's 股,
  a 中心's 科 are 科室; the 政府采购中心's list has no 科室 column and so no 科室; a 镇财政所 has no
  科室: its group rows ``一、所领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长 and 副所长 are
  leaders; 股长 and 科长 middle; the rest (会计, 出纳, 科员, 支付审核员, 监控员, 采购专员, 评审员,
  报账员, 票据管理员, 惠农资金专管员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 政府采购中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b469_"
PLACE = "碌曲县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(廉政风险点 written as a question, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "乜翀璟", "leader", [
        ("是否存在预算资金分配不经党组集体研究的问题？", "高", "预算分配方案经党组会研究，会议纪要存档。"),
        ("是否存在插手干预政府采购和工程评审的问题？", "高", "插手干预事项记录报告，采购评审全程留痕。"),
    ]),
    ("局领导", "副局长", "笪昶玙", "leader", [
        ("是否对专项资金追加调整把关不严？", "中", "追加调整须有依据，报局长审签。"),
    ]),
    ("预算股", "股长", "昝沨瑭", "middle", [
        ("是否存在非税收入票据领用不登记、核销不及时的问题？", "中", "票据领用逐本登记，按季核销。"),
        ("是否在部门预算审核中照顾关系单位？", "高", "预算审核标准公开，两人以上会审。"),
    ]),
    ("国库股", "会计", "仉琤岍", "general", [
        ("是否存在财政专户资金未经审批划转的问题？", "高", "专户资金划转经股长、分管领导审批。"),
        ("是否按规定及时对账并保管好印鉴？", "低", "财务印鉴分人保管，每月与银行对账。"),
    ]),
]  # fmt: skip


def luqu_finance_bureau_questions() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 12, 8, 8, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "luqu_finance_bureau_questions", "https://www.360docs.net/doc/389606868.html",
        "(harder) 县财政局 岗位廉政风险防控一览表, after the source's 非税收入 票据 (种类, 使用, 核销和保存): 序号/科室 merged "
        "(局领导, 预算股, 国库股)/岗位 and 责任人 merged per person/廉政风险点/高/中/低/防控措施, no type column, EVERY POINT "
        "WRITTEN AS A YES/NO QUESTION (``是否存在…的问题？``, ``是否…？``); an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luqu_treasury_center_list() -> dict:
    unit = f"{PLACE}国库支付中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蒯翾湄", "leader", [
            ("预警规则调整不经集体研究", "制度机制", "高", "预警规则调整经中心会议研究并报局备案。"),
            ("对预警疑点打招呼放行", "思想道德", "高", "疑点放行须书面说明，主任不单独审签。"),
        ]),
        ("支付股", "股长", "郗岑沅", "middle", [
            ("直接支付申请审核不严", "岗位职责", "中", "申请与预算指标、合同逐项核对。"),
        ]),
        ("监控股", "监控员", "殳瑀晗", "general", [
            ("预警信息人工复核走过场", "业务流程", "中", "复核意见留痕，股长抽查。"),
            ("向预算单位泄露监控规则", "外部环境", "低", "监控规则分级知悉，签订保密承诺。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "luqu_treasury_center_list", "https://scholarmate.com/S/7YkyfS",
        "县国库支付中心 岗位廉政风险防控一览表, after the source's 国库集中支付 动态监控 (支付、清算, 违规问题, 纠正): a title, "
        "序号/股室 merged (中心领导, 支付股, 监控股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/高/中/低/"
        "防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def luqu_procurement_center_posts() -> dict:
    unit = f"{PLACE}政府采购中心"
    sh = _Sheet("排查表", [6, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", "采购方式确定", "应公开招标的项目批准为其他方式", "制度机制风险", "Ⅰ级",
         "采购方式变更经集体研究并公示。"),
        ("主任", "leader", "代理机构委托", "指定关系代理机构承办项目", "思想道德风险", "Ⅱ级",
         "代理机构随机抽取。"),
        ("采购专员", "general", "采购文件编制", "设置倾向性资格条件和评分因素", "岗位职责风险", "Ⅰ级",
         "采购文件经法律顾问审核。"),
        ("采购专员", "general", "评审专家抽取", "提前泄露评审专家名单", "业务流程风险", "Ⅰ级",
         "专家系统随机抽取，名单开标前密封。"),
        ("采购专员", "general", "质疑答复", "答复质疑偏袒中标供应商", "外部环境风险", "Ⅲ级",
         "质疑答复经主任审核，书面送达。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：综合组", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "luqu_procurement_center_posts", "https://www.ggj.gov.cn/zcfgs/lstlzt/201601/t20160107_14070.htm",
        "县政府采购中心 廉政风险点排查表 对岗不对人, after the source's 政府集中采购 (集中采购机构, 采购方式, 采购权与使用权分离): "
        "a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no 科室 column, no names; an ``编制：综合组 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def luqu_review_center_two_sheets() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隗婳沄", "主任", "主持全面工作", [
            ("评审结论签发前擅自改变审减金额", "一级", "评审结论三级复核，改动留痕。"),
            ("协审机构分配项目不均衡", "二级", "协审项目按序轮流分配并公开。"),
        ]),
        ("戢峤珩", "副主任", "分管结算审核", [
            ("结算审核中接受施工单位宴请", "一级", "现场核对两人以上，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("评审一科", "科长", "缑砚澂", "middle", "工程量核定随意放宽", "一级", "工程量现场复核，照片存档。"),
        ("评审一科", "评审员", "甯骞琇", "general", "定额套用高套多算", "二级", "定额套用交叉复核。"),
        ("综合科", "科员", "郜旻嫣", "general", "评审资料收发不登记导致遗失", "三级", "资料收发登记，双方签字。"),
        ("综合科", "科员", "郜旻嫣", "general", "向送审单位泄露评审进度", "二级", "评审进度统一由科长答复。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "luqu_review_center_two_sheets", "https://scholarmate.com/S/85Y4ol",
        "县财政投资评审中心's file in two sheets, after the source's 工程结算审核 (建安费用, 合理性, 客观公正): ``中心领导`` "
        "with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels ``一级/二级/三级``; no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def luqu_maai_office_cards() -> dict:
    unit = f"{PLACE}玛艾镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "宓澜玥", "leader", [
            ("非税收入缓收、减收不经集体研究", "★★★", "缓减事项所务会研究并报镇政府。"),
            ("收取现金延迟上缴", "★★", "收入当日缴入财政专户。"),
        ]),
        ("票据管理员", "逯汐珩", "general", [
            ("票据领用不登记，作废票据不全联保存", "★★", "票据逐本登记，作废票据全联留存。"),
            ("代开票据收取好处", "★", "开票窗口公布监督电话。"),
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
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "luqu_maai_office_cards", "http://www.sdfengxin.cn/haowen/99906.html",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 票据管理员), after the source's 地方 非税收入 管理 (收费, "
        "监管范围, 收入流失): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def luqu_langmusi_office_selfchecks() -> dict:
    unit = f"{PLACE}郎木寺镇财政所"
    t = _Truth(unit)
    people = [
        ("亢雩骁", "副所长", "leader", [
            ("村级工程款拨付未见验收单", "高风险", "拨付凭验收单和合同办理。", "已落实"),
            ("乡镇公用经费报销审批不严", "中风险", "报销单据三签，月末公开。", "未发现问题"),
        ]),
        ("阚渼姝", "报账员", "general", [
            ("用款申请与预算指标不符仍提交", "中风险", "申请提交前核对指标。", "已落实"),
            ("报账凭证缺附件入账", "低风险", "凭证附件清单化审核。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "luqu_langmusi_office_selfchecks", "https://www.fudaoke.com/exam/2904560.html",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 国库集中支付 reaching "
        "乡镇 (预算单位申请, 财政审核, 直接支付): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def luqu_gahai_office_group_rows() -> dict:
    unit = f"{PLACE}尕海镇财政所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", [
            ("所长", "庹嵘琇", "leader", [
                ("用款申请审批走过场", "一级风险", "用款申请逐笔审核，系统留痕。"),
                ("所内考核打人情分", "二级风险", "考核结果所内公示。"),
            ]),
        ]),
        ("二、工作人员", [
            ("出纳", "佘沁玹", "general", [
                ("支付系统密钥交他人使用", "一级风险", "密钥专人保管，离岗收回。"),
                ("银行对账不及时", "三级风险", "每月对账，所长复核。"),
            ]),
            ("惠农资金专管员", "妫琬岚", "general", [
                ("补贴清册人员信息不核实", "二级风险", "清册与户籍信息比对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "luqu_gahai_office_group_rows", "https://www.lanyancloud.com/news/2016146282023907328",
        "镇财政所 廉政风险防控责任清单, after the source's 支付管理系统 (用款申请, 审批流程, 权限管理): a title, 序号/岗位/姓名/"
        "廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, ``二、工作人员`` merged "
        "across; 岗位 and 姓名 merged per person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def luqu_xicang_office_list() -> dict:
    unit = f"{PLACE}西仓镇财政所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "郄珣澈", "leader", "预警疑点未复核即同意支付", "岗位职责", "高", "预警疑点复核后方可支付。"),
        ("所长", "郄珣澈", "leader", "镇级资金调度不经集体研究", "制度机制", "中", "资金调度报镇党委会研究。"),
        ("会计", "寿翊澂", "general", "记账凭证与支付数据不一致", "业务流程", "中", "每月核对支付数据与账务。"),
        ("会计", "寿翊澂", "general", "为预算单位违规调整支出科目", "思想道德", "高", "科目调整须有书面依据。"),
        ("出纳", "冼沐琤", "general", "收受代理银行礼品", "外部环境", "低", "节前廉洁提醒，拒收登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "luqu_xicang_office_list", "http://pyrb.pyxww.com/content/202505/26/c159878.html",
        "镇财政所 廉政风险防控一览表, after the source's 集中收付中心 动态监控 (预警触发, 人工复核, 问题溯源, 整改闭环): a title, a "
        "merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luqu_finance_bureau_questions(),
    luqu_treasury_center_list(),
    luqu_procurement_center_posts(),
    luqu_review_center_two_sheets(),
    luqu_maai_office_cards(),
    luqu_langmusi_office_selfchecks(),
    luqu_gahai_office_group_rows(),
    luqu_xicang_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch469-inbox"))

"""The three-hundred-and-fifty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 司法
bodies, 自流井区 (a district of 自贡, its staff Han) — its 司法局, its 公证处, its 社区矫正中心, its
公共法律服务中心 and 法律援助中心, and three of its 司法所 (五星街街道, 仲权镇, 荣边镇) — each handing back
the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 司法局's 一览表 under ``附件1``: ``股室`` merged (局领导, 办公室, 社区矫正股, 公共法律服务股,
  人民参与和促进法治股), ``岗位`` and ``姓名`` merged per person, the ``廉政风险点``, ``…风险`` types,
  高/中/低, the measures and a LAST ``分管领导`` column naming the supervising leader on every row;
  a 填表人/审核人/date line;
- the 公证处's file in two sheets: ``处领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 填表人/审核人 line under each;
- the 五星街街道司法所's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line: no
  科室 column (a 所 has none), ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 填表人/审核人/所长（签字） line;
- the 社区矫正中心's 自查表, one sheet a person (tabs named by the person): ONE ROW OF THREE PAIRS
  ``姓　名 | … | 科　室 | … | 岗　位 | …`` above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施 |
  自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 中心负责人意见：``;
- the 仲权镇司法所's 防控卡, one sheet a holder (tabs 所长, 人民调解员, 社区矫正专干): ``持卡人 | … |
  职　务 | …`` and a merged ``工作职责 | …`` above ``序号 | 工作环节 | 廉政风险点 | 风险等级 |
  防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： |
  分管局领导（签字）：``;
- the 荣边镇司法所's 排查表 对岗不对人: ``岗位`` merged per post (no 科室 column), a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line; no names; an
  编制/审核/date line;
- the 公共法律服务中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、法律咨询窗口``,
  ``三、人民调解窗口``, ``四、综合办公室`` merged across (no 科室 column): ``岗位 | 姓名`` merged per
  person, short types, ``一级风险/二级风险/三级风险``, a ``注：`` line and a 制表/审核/date line.

One is harder:

- ``ziliujing_legal_aid_flowchart``: the 法律援助中心's 法律援助事项审批 权力运行流程图（含廉政风险点）,
  a FLOW CHART DRAWN IN CELLS, with NO HEADING ROW at all. Under a title and a merged line
  ``实施依据：…　　办理时限：…`` the steps stand DOWN ONE COLUMN (C) as boxes — a start node
  ``当事人提出申请 / 办案机关通知辩护``, then ``受　理``, ``审　查``, ``审　批`` (its two outcomes in the
  box), ``指　派``, ``承办监督``, ``结案审查及补贴发放``, an end node ``立卷归档`` — joined by ARROW ROWS
  holding only ``↓`` in that column. Left of each step box, joined by ``→`` in column B, a box in
  column A names who does the step, in TWO LINES ``受理指派科⏎受理员　郏湑蘅`` (科室, then the post
  and the holder after a full-width space); right of it, joined by ``→`` in column D, ONE ROW A
  RISK of three boxes each carrying its own label: ``风险点：…`` (E), ``风险等级：中`` (F),
  ``防控措施：…`` (G); a step with two risks has two such rows, its step box and its left box
  merged down over them; the start and end nodes have neither. A ``说明：…`` line (what the left
  and right boxes are; levels 高/中/低) and a ``监督举报电话`` line close the sheet. No cell anywhere
  is a column heading: what a cell is stands only in the label inside it (``风险点：``,
  ``风险等级：``, ``防控措施：``) or in its place beside a step box, and one 科室's posts (受理员,
  审查员, 科长) are spread over steps that other posts' steps lie between. The README's 读得懂的表
  knows a 横放的表 — a 风险防控图 whose LABELS stand down ONE COLUMN (``运行环节 / 风险点 / 风险等级 /
  防控措施``), each 环节 a column, with a ``承办科室：…`` line above it for the whole chart — and a
  sheet with no table at all of one item a line (``风　险:``, ``风险等级:``, ``措　施:`` in rows one
  under another), ``风险点：…⏎防控措施：…`` written in one cell, ``风险等级:中`` in a cell, and a
  post cell ``定点评估岗⏎吴海燕`` inside a table; it does not describe a vertical flow chart with no
  heading and no label column, steps down one column between arrow rows, each step's post box
  (``科室⏎岗位　姓名``) on its left and its labelled risk, level and measure boxes in a row on its
  right, the posts changing from step to step.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 法律援助工作流程图 — 受理, 审查 of
经济困难状况 and 指定辩护, 审批, 不予法律援助, 选派法律援助人员, 承办, 跟踪调查, 结案, 卷宗质量评估, 立卷
归档; what a 司法局 does — 法治宣传教育, 法律援助, 人民调解, 社区矫正, 公证与司法鉴定管理, 行政复议, 公共法律
服务体系; a 公证处's 质量管理 rules — 受理登记, 审查, 核实, 审批出证, 统一收费、统一出证、统一存档, 审批回避,
集体讨论, 季度自查; a 司法所's 制度 — 纠纷登记, 首问首办, 调解协议, 回访, 通报分析; a study of 社区矫正
工作风险 — 执法风险, 廉政风险, 监督管理, 教育矫正, 过错追究; a 司法所 worker's notes on 接收矫正对象 —
报到, 走访, 监护协议, 日常报到, 公益劳动; a 司法所's 社区服刑人员 外出请销假 — 书面申请, 审批表, 超权限
报批, 定位手机, 销假; a 区公共法律服务中心 opening — 法律咨询、人民调解、法律援助、公证律师、司法鉴定 窗口,
“148”热线) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 自流井区, named with the district's name.

Run ``python tests/published/score.py --set batch353`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each left box ``科室⏎岗位　姓名`` gives the 科室, post and holder of the risk
  rows of ITS step (the rows its step box spans), one form a (科室, post, holder) however many
  steps it does; the point is the text of a ``风险点：`` box WITHOUT its label, its level the
  ``风险等级：`` box of the same row; step boxes, arrows (``↓``, ``→``), the start and end nodes, the
  ``实施依据`` line, the ``说明`` line and the ``监督举报电话`` line are no points and name no holder;
  ``防控措施：`` boxes are measures; ``中心领导`` (a left box's first line) is the 科室 of the 主任;
- ``局领导`` (a 股室 cell), ``处领导`` (the 公证处's sheet, whose title names it), ``中心领导`` (a
  自查表's 科室, a group row) are the 科室 of those leaders; a 局's 股 and 办公室, a 处's 科 and
  综合办公室, a 中心's 科, 窗口 and 办公室 are 科室; a group row ``二、法律咨询窗口`` gives the 科室
  ``法律咨询窗口`` (its number left off); a 司法所 has no 科室 (its files name none: department "");
- every 处, 中心 and 所 here is a unit of its own (a 司法所 is the 司法局's 派出机构 but hands back its
  own file under its own title): 局长, 副局长, a 处's or a 中心's 主任 and 副主任, a 所's 所长 and
  副所长 are leaders; 股长, the 局's 办公室 主任, 科长 and 窗口负责人 middle; the rest (科员, 会计, 出纳,
  公证员, 公证员助理, 人民调解员, 社区矫正专干, 司法助理员, 受理员, 审查员, 质监员, 调解员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``工作职责``,
  ``工作环节`` and ``自查情况`` are no points and name no holder; the 司法局's LAST ``分管领导`` column
  names a supervisor (the holder is ``姓名``); the 荣边镇司法所's list names no person: its forms
  are posts (对岗不对人);
- ``高/中/低`` (``风险等级：高`` in the chart), ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the cards' note), bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the
  所's note) and ``一级风险/二级风险/三级风险`` are 1/2/3.

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

PREFIX = "b353_"
PLACE = "自流井区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

# the labels inside the chart's boxes (no heading names a column)
RISK_LABEL, LEVEL_LABEL, MEASURE_LABEL = "风险点：", "风险等级：", "防控措施："
DOWN, RIGHT = "↓", "→"
CHART_WIDTH = 7  # A 岗位 box, B →, C step box, D →, E 风险点, F 风险等级, G 防控措施
START = "当事人提出申请 / 办案机关通知辩护"
END = "立卷归档"
# (step box, 科室, 岗位, 姓名, tier, [(风险点, 等级, 防控措施)]) — down the chart
STEPS = [
    ("受　理", "受理指派科", "受理员", "郏湑蘅", "general", [
        ("对符合条件的申请推诿、拖延受理，或对不符合条件的违规受理", "中",
         "受理条件和所需材料一次性告知，受理登记编号、全程留痕。"),
        ("泄露申请人个人隐私和案件信息", "低", "申请材料专柜保管，查阅登记。"),
    ]),
    ("审　查", "受理指派科", "审查员", "缑霁棠", "general", [
        ("经济困难状况审查把关不严，为不符合条件的人员出具同意意见", "中",
         "经济困难状况书面承诺加信息核查，审查意见双人签字。"),
        ("收受申请人财物，放宽审查标准", "高", "审查结果抽查回访，公开监督举报电话。"),
    ]),
    ("审　批\n（符合条件的决定给予援助；\n不符合的书面告知并说明理由）", "中心领导", "主任", "笪璟岚",
     "leader", [
        ("违规批准或不予批准法律援助申请", "高", "疑难申请集体研究，不予援助的书面说明理由。"),
    ]),
    ("指　派", "受理指派科", "科长", "厍砚舟", "middle", [
        ("指派承办人员优亲厚友，向特定律师事务所集中指派案件", "高",
         "承办人员按轮流指派名册确定，指派情况按季公开。"),
    ]),
    ("承办监督", "质量监督科", "质监员", "殳芷汀", "general", [
        ("案件质量评估走过场，对承办人员向受援人收取财物不予查处", "中",
         "案卷质量评估随机抽取，受援人回访全覆盖。"),
    ]),
    ("结案审查及补贴发放", "综合科", "会计", "仉泠蔓", "general", [
        ("办案补贴核算不实，多发、虚发补贴", "中", "补贴按结案审查等次核算，经办、复核、审批分离。"),
    ]),
]  # fmt: skip


def holder_box(dept: str, post: str, who: str) -> str:
    """The box left of a step: the 科室, then the post and the holder after a full-width space."""
    return f"{dept}\n{post}{GAP}{who}"


def ziliujing_legal_aid_flowchart() -> dict:
    unit = f"{PLACE}法律援助中心"
    t = _Truth(unit)
    sh = _Sheet("流程图", [18, 4, 22, 4, 40, 14, 36])
    _line(sh, f"{unit}法律援助事项审批权力运行流程图（含廉政风险点）", CHART_WIDTH)
    _line(
        sh,
        f"实施依据：《中华人民共和国法律援助法》{GAP * 2}办理时限：自受理之日起7个工作日内作出决定",
        CHART_WIDTH,
    )
    sh.add()
    sh.add(None, None, START, None, None, None, None)
    for step, dept, post, who, tier, points in STEPS:
        sh.add(None, None, DOWN, None, None, None, None)
        first = len(sh.rows)
        for i, (point, lv, measures) in enumerate(points):
            box = holder_box(dept, post, who) if i == 0 else None
            sh.add(
                box,
                RIGHT if i == 0 else None,
                step if i == 0 else None,
                RIGHT,
                f"{RISK_LABEL}{point}",
                f"{LEVEL_LABEL}{lv}",
                f"{MEASURE_LABEL}{measures}",
            )
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        last = len(sh.rows) - 1
        if last > first:
            for c in (0, 1, 2):
                sh.merge(first, c, last, c)
    sh.add(None, None, DOWN, None, None, None, None)
    sh.add(None, None, END, None, None, None, None)
    sh.add()
    _line(
        sh,
        "说明：左列为各环节的责任科室、岗位和责任人，右列为该环节的廉政风险点、风险等级和防控措施；"
        "风险等级分高、中、低三级。",
        CHART_WIDTH,
    )
    _line(sh, f"监督举报电话：12388{GAP * 6}{unit}　2025年9月", CHART_WIDTH)
    return _layout(
        "ziliujing_legal_aid_flowchart", "https://m.docduoduo.com/p-1578775.html",
        "(harder) 区法律援助中心 法律援助事项审批 权力运行流程图（含廉政风险点）, after the source's 法律援助工作流程图 (受理, 审查 "
        "经济困难状况, 审批, 不予法律援助, 选派承办人员, 承办, 结案, 卷宗质量评估, 归档): a FLOW CHART DRAWN IN CELLS with NO "
        "heading row — a title, a merged ``实施依据：… 办理时限：…`` line, then the step boxes down column C (a start node, "
        "受理, 审查, 审批, 指派, 承办监督, 结案审查及补贴发放, an end node) joined by arrow rows ``↓``; left of each step, past "
        "``→``, a box ``科室⏎岗位　姓名``; right of it, past ``→``, one row a risk of three labelled boxes ``风险点：…`` | "
        "``风险等级：高/中/低`` | ``防控措施：…`` (a two-risk step's boxes merged down); a ``说明：`` line and a ``监督举报电话`` "
        "line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ziliujing_justice_bureau_list() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 36, 13, 8, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施", "分管领导"
    )
    rows = [
        ("局领导", "局长", "郜晞澜", "leader", "郜晞澜", [
            ("律师事务所年度考核中打招呼、放宽考核标准", "外部环境风险", "高", "年度考核结果局党组集体研究，考核情况公开。"),
            ("政府购买法律服务项目承接主体确定不经党组集体研究", "制度机制风险", "高",
             "项目按规定公开采购，党组会研究并形成纪要。"),
        ]),
        ("局领导", "副局长", "钮峄涵", "leader", "郜晞澜", [
            ("社区矫正调查评估意见受人情干扰", "外部环境风险", "高", "调查评估集体评议，评估意见报检察机关备案。"),
        ]),
        ("办公室", "主任", "阙澴竹", "middle", "钮峄涵", [
            ("公务接待、会议费用超标准列支", "制度机制风险", "中", "接待事前审批，费用清单按月公示。"),
        ]),
        ("办公室", "会计", "邗苡宁", "general", "钮峄涵", [
            ("法律援助办案补贴拨付审核不严", "业务流程风险", "中", "补贴凭结案审查表拨付，按季对账。"),
            ("报销票据审核不严，虚列支出", "岗位职责风险", "低", "报销票据逐张审核，发票真伪网上查验。"),
        ]),
        ("社区矫正股", "股长", "逄岘青", "middle", "钮峄涵", [
            ("社区矫正对象外出、迁居审批把关不严", "岗位职责风险", "高", "审批材料双人审核，审批结果抄送检察机关。"),
            ("对违反监管规定的矫正对象应提请警告而不提请", "思想道德风险", "中", "奖惩事项集体评议，全程留痕。"),
        ]),
        ("公共法律服务股", "科员", "蒉琰汐", "general", "郜晞澜", [
            ("基层法律服务工作者执业核准材料审核不实", "岗位职责风险", "中", "核准材料清单化审核，核准结果公示。"),
        ]),
        ("人民参与和促进法治股", "股长", "戎栝瑜", "middle", "郜晞澜", [
            ("普法宣传品采购指定供应商", "外部环境风险", "低", "宣传品按规定询价采购，入库验收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "ziliujing_justice_bureau_list", "https://www.whjxw.cn/csiwd/202510/680156.html",
        "区司法局 岗位廉政风险防控一览表, after the source's account of what a 司法局 does (法治宣传教育, 法律援助, 人民调解, "
        "社区矫正, 公证与司法鉴定管理, 公共法律服务体系): ``附件1``, a title, 序号/股室 merged (局领导, 办公室, 社区矫正股, "
        "公共法律服务股, 人民参与和促进法治股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施/a LAST ``分管领导`` column naming the supervising leader on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def ziliujing_notary_office_two_sheets() -> dict:
    unit = f"{PLACE}公证处"
    t = _Truth(unit)
    lead = _Sheet("处领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}处领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("詹滢澍", "主任", "主持全面工作，分管财务", [
            ("公证费减免不经集体研究，个人说了算", "一级", "收费减免事项主任办公会研究，按月公示。"),
            ("公证人员绩效分配方案不公开", "二级", "分配方案全体人员讨论，结果公示。"),
        ]),
        ("芮洹旎", "副主任", "分管公证业务、质量监督", [
            ("重大复杂公证事项不经集体讨论即审批出证", "一级", "重大复杂事项集体讨论，讨论意见记录附卷。"),
            ("审批本人承办的公证书", "二级", "落实审批回避，公证员不得审批本人承办的公证书。"),
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
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("科室", [6, 12, 11, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("公证业务科", "科长", "卜瑑澄", "middle", [
            ("公证质量自查走过场，对错证隐瞒不报", "二级", "每季度开展质量自查，形成书面报告存档。"),
        ]),
        ("公证业务科", "公证员", "籍汭璇", "general", [
            ("对申请人提交的证明材料不核实即出证", "一级", "重要材料实地核实或函询，核实情况附卷。"),
            ("收受当事人财物，出具虚假公证书", "一级", "公开投诉电话，定期回访当事人。"),
        ]),
        ("公证业务科", "公证员助理", "桑瀞媛", "general", [
            ("受理登记时向当事人推荐中介机构", "三级", "受理窗口公示收费标准和办事指南。"),
        ]),
        ("综合办公室", "出纳", "鄂沚蓉", "general", [
            ("公证费收取不开票据，坐收坐支", "二级", "统一收费、统一开票，当日交存。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "ziliujing_notary_office_two_sheets", "http://ask.fsou.com/html/text/lar/170964/17096454_1.html",
        "区公证处 廉政风险防控表 in two sheets, after the source's 公证质量管理 rules (受理登记, 审查, 核实, 审批出证, 统一收费, "
        "审批回避, 集体讨论, 质量自查): ``处领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def ziliujing_wuxingjie_office_duties() -> dict:
    unit = f"{PLACE}五星街街道司法所"
    sh = _Sheet("责任清单", [6, 12, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 7)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "鞠昀澧", "leader", [
            ("调解协议审查", "对调解协议内容把关不严，损害一方当事人权益", "Ⅱ级", "重大纠纷调解协议所务会审查。"),
            ("社区矫正请假审批", "为矫正对象违规批准外出请假", "Ⅰ级", "请假事由书面核实，超过七日的报区司法局审批。"),
        ]),
        ("副所长", "宓灏汀", "leader", [
            ("基层法律服务监督", "对基层法律服务所违规收费查处不力", "Ⅱ级", "投诉件登记跟踪，查处结果公开。"),
        ]),
        ("人民调解员", "郇筱淇", "general", [
            ("纠纷登记受理", "纠纷登记不及时、选择性受理", "Ⅲ级", "纠纷登记簿统一编号，首问首办。"),
            ("纠纷调解", "收受纠纷当事人财物，偏袒一方", "Ⅰ级", "调解两人以上参加，调解结束后回访。"),
        ]),
        ("社区矫正专干", "邰泺瑶", "general", [
            ("日常报到管理", "矫正对象报到、公益活动记录造假", "Ⅱ级", "报到信息系统记录，定位核查。"),
            ("矫正档案管理", "矫正档案材料事后补填、涂改", "Ⅲ级", "档案专人管理，每月检查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "ziliujing_wuxingjie_office_duties", "http://35331.cn/lhd_059p20mbto2b61z97l7x8uhsm07tfq016zo_7.html",
        "街道司法所 廉政风险防控责任清单, after the source's 司法所 制度 (纠纷登记, 首问首办, 调解协议, 回访, 档案保管): ``附件2``, a "
        "title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位 and 责任人 merged per person (no 科室 "
        "column)/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def ziliujing_correction_center_selfchecks() -> dict:
    unit = f"{PLACE}社区矫正中心"
    t = _Truth(unit)
    people = [
        ("冼瑗澈", "中心领导", "主任", "leader", [
            ("调查评估意见受人情干扰，出具不实意见", "外部环境", "高风险", "评估意见集体评议，报检察机关备案。", "已落实"),
            ("执法装备采购不经集体研究", "制度机制", "中风险", "采购事项中心会议研究，按规定采购。", "已落实"),
        ]),
        ("谯岷芷", "监管教育科", "科长", "middle", [
            ("对矫正对象违规行为应提请处罚而不提请", "思想道德", "高风险", "提请事项集体研究，全程记录。", "正在整改"),
            ("电子定位监管数据被人为删改", "岗位职责", "中风险", "定位数据系统留痕，定期抽查。", "已落实"),
        ]),
        ("濮沨宁", "监管教育科", "科员", "general", [
            ("教育学习、公益活动考勤记录不实", "业务流程", "中风险", "考勤人脸识别，记录存档。", "未发现问题"),
            ("接受矫正对象及其家属宴请", "思想道德", "低风险", "签订廉洁承诺，节前廉洁提醒。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"科{GAP}室", dept, f"岗{GAP}位", post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签名：", None, None, "中心负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ziliujing_correction_center_selfchecks", "http://chjzxc.com/index.php/Article/info/id/7611.html",
        "区社区矫正中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's study of 社区矫正 "
        "工作风险 (执法风险, 廉政风险, 监督管理, 教育矫正, 过错追究): a title, ONE ROW of three pairs ``姓　名 | … | 科　室 | … | "
        "岗　位 | …``, then 序号/风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "``本人签名： | 中心负责人意见：``",
        sheets, t,
    )  # fmt: skip


def ziliujing_zhongquan_office_cards() -> dict:
    unit = f"{PLACE}仲权镇司法所"
    t = _Truth(unit)
    cards = [
        ("所长", "荀湜禾", "leader", "主持司法所全面工作", [
            ("社区矫正", "矫正对象外出请假审批把关不严", "★★★", "请假事由书面核实，审批表存档。"),
            ("人民调解", "干预调解员调解，偏袒一方当事人", "★★", "调解过程当事人签字确认。"),
            ("经费管理", "人民调解以案定补经费审核不实", "★★", "以案定补名单公示，区司法局复核。"),
        ]),
        ("人民调解员", "浦珺洢", "general", "负责矛盾纠纷排查调解", [
            ("纠纷调解", "收受纠纷当事人财物", "★★★", "调解两人以上参加，廉洁承诺上墙。"),
            ("卷宗制作", "虚构、拆分调解案件套取补贴", "★★", "卷宗逐件审核，随机回访。"),
        ]),
        ("社区矫正专干", "雍泓霖", "general", "负责社区矫正对象日常管理", [
            ("日常监管", "对矫正对象脱管、漏管隐瞒不报", "★★★", "定位监管每日核查，异常即时报告。"),
            ("走访核查", "走访记录不实，未到户即填报", "★", "走访拍照留存，所长抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, work, points in cards:
        sh = _Sheet(post, [6, 12, 36, 9, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        r = sh.add("工作职责", work, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, "分管局领导（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "ziliujing_zhongquan_office_cards", "https://m.70edu.com/gongzuo/63418_2.html",
        "镇司法所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 人民调解员, 社区矫正专干), after the source's notes on a 司法所 "
        "接收矫正对象 (报到, 走访, 监护协议, 日常报到, 公益劳动): a title, the pairs ``持卡人 | … | 职　务 | …`` and a merged "
        "``工作职责 | …`` above 序号/工作环节/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line "
        "on the stars and ``持卡人（签字）： | 分管局领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def ziliujing_rongbian_office_posts() -> dict:
    unit = f"{PLACE}荣边镇司法所"
    sh = _Sheet("排查表", [6, 12, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "leader", [
            ("外出请假审批", "对不符合条件的矫正对象批准外出，或超越权限审批", "制度机制风险", "Ⅰ",
             "七日以上外出报区司法局审批，审批表存档。"),
            ("调解协议审查", "对显失公平的调解协议不予纠正", "岗位职责风险", "Ⅱ", "重大调解协议所务会审查。"),
        ]),
        ("司法助理员", "general", [
            ("法治宣传经费", "普法活动经费虚列、套取", "业务流程风险", "Ⅱ", "活动经费凭活动资料报销。"),
        ]),
        ("社区矫正专干", "general", [
            ("请销假管理", "矫正对象请假期间不核查、销假不登记", "岗位职责风险", "Ⅱ", "请假期间定位抽查，按时销假登记。"),
            ("定位监管", "人机分离等异常情况不报告", "思想道德风险", "Ⅰ", "异常情况即时报区社区矫正中心。"),
        ]),
        ("人民调解员", "general", [
            ("纠纷调处", "调处中接受一方宴请、财物", "外部环境风险", "Ⅲ", "调解员签订廉洁承诺，纠纷回访。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, None, 1)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("编制：", None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "ziliujing_rongbian_office_posts", "http://sfj.cngy.gov.cn/New/Detail/20180711151831146",
        "镇司法所 岗位廉政风险点排查表 对岗不对人, after the source's 社区服刑人员 外出请销假 (书面申请, 审批表, 超权限报批, 定位手机, "
        "销假): a title, 序号/岗位 merged per post (no 科室 column)/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no names; a ``注：`` line on the grades and an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def ziliujing_legal_service_center_groups() -> dict:
    unit = f"{PLACE}公共法律服务中心"
    sh = _Sheet("一览表", [6, 11, 9, 38, 10, 12, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "蔚浔瑛", "leader", [
                ("入驻窗口的律师事务所确定不公开", "外部环境", "一级风险", "入驻机构公开遴选，结果公示。"),
                ("值班律师服务经费结算不经集体研究", "制度机制", "一级风险", "经费结算中心办公会研究。"),
            ]),
        ]),
        ("二、法律咨询窗口", "法律咨询窗口", [
            ("窗口负责人", "屠淏晗", "middle", [
                ("值班律师排班优亲厚友，向当事人引荐特定律所", "思想道德", "二级风险", "排班表公开，严禁引荐案源。"),
            ]),
            ("受理员", "伏澂缃", "general", [
                ("来访咨询登记信息泄露", "岗位职责", "三级风险", "登记信息专人保管，系统分级授权。"),
            ]),
        ]),
        ("三、人民调解窗口", "人民调解窗口", [
            ("调解员", "利汐玥", "general", [
                ("调解中收受当事人财物", "思想道德", "一级风险", "调解两人以上参加，结果回访。"),
                ("调解案件数量虚报，套取补贴", "业务流程", "二级风险", "案件台账与系统比对，按季抽查。"),
            ]),
        ]),
        ("四、综合办公室", "综合办公室", [
            ("会计", "咸婳澪", "general", [
                ("“148”热线运维费支付审核不严", "业务流程", "二级风险", "运维服务按月考核，考核结果与付款挂钩。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "ziliujing_legal_service_center_groups",
        "https://hlj.cri.cn/2018-06-14/95e9de18-630c-71cc-90ed-af53312b8403.html",
        "区公共法律服务中心 岗位廉政风险防控一览表, after the source's 区公共法律服务中心 opening (法律咨询、人民调解、法律援助、公证律师、"
        "司法鉴定 窗口, “148”热线): a title, 序号/岗位/姓名/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导`` … ``四、综合办公室`` merged across (no 科室 column); 岗位 and 姓名 merged per "
        "person; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ziliujing_legal_aid_flowchart(),
    ziliujing_justice_bureau_list(),
    ziliujing_notary_office_two_sheets(),
    ziliujing_wuxingjie_office_duties(),
    ziliujing_correction_center_selfchecks(),
    ziliujing_zhongquan_office_cards(),
    ziliujing_rongbian_office_posts(),
    ziliujing_legal_service_center_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch353-inbox"))

"""The two-hundred-and-eighty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one mountain county's
局/委/办, 青川县 (a county of 广元; its bureaus are divided into 股, not 科) — its 财政局, 教育局,
卫生健康局, 林业局, 应急管理局, 民政局, 水利局 and 市场监督管理局 — each handing back the 一览表,
防控卡, 排查表, 自查表, 清单 or 防控表 its staff typed in WPS or Excel:

- the 财政局's 一览表 under a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged (局领导, 预算股,
  国库股, 政府采购监督管理股), ``岗位`` and ``责任人`` merged per person, ``…风险`` types, 高/中/低, a
  填表人/审核人/局长（签字） line;
- the 教育局's 防控卡, one sheet a holder: ``持卡人 | … | 职　务 | …`` and a merged ``所在股室 | …``
  above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``, short types, ``★★★/★★/★`` read by a
  ``注：`` line, ``监督电话：12388 | 持卡人签字：``;
- the 卫生健康局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 林业局's 排查表 对岗不对人: ``股室（站）`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 应急管理局's 自查表, one sheet a person: ``姓　名 | … | 所在股室 | … | 职　务 | …`` in one row
  above ``序号 | 工作职责 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short types,
  ``高风险/中风险/低风险``, ``本人签名： | … | 股室负责人意见：``;
- the 民政局's 清单 under GROUP ROWS ``一、局领导`` … ``四、社会事务股`` merged across (no 股室 column):
  ``岗位`` and ``姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``;
- the 水利局's 责任清单 written on EVERY row (no merges): ``股室 | 岗位 | 责任人 | 职责事项 |
  廉政风险点 | 风险等级 | 防控措施``, levels the bare ``Ⅰ/Ⅱ/Ⅲ``, no type column.

One is harder:

- ``qingchuan_market_supervision_plus_types``: the 市场监督管理局's 岗位廉政风险防控一览表, an ordinary
  一览表 (``股室`` merged, ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, 高/中/低) whose TYPE
  column, headed ``风险类型（可多选，用“+”连接）``, names ONE TO THREE TYPES IN ONE CELL JOINED BY A
  PLUS SIGN — ``思想道德+外部环境``, ``思想道德+岗位职责+外部环境`` — most cells two or three, some
  one; two cells were typed with the Chinese IME's full-width ``＋`` (``业务流程＋制度机制``). A
  ``注：`` line under the table says so (``一个风险点涉及两类以上风险的，用“+”连接``). Every type so
  written is a type of the point, in the order written. The README's 读得懂的表 knows one short or
  long type word a cell (``思想道德``, ``制度机制风险``), type codes (``A``, ``B、C``) read by a
  ``填表说明``, type columns ticked with ``√`` (several allowed), ``□思想道德 ☑制度机制`` boxes, a type
  in brackets after the point and a type before a level (``岗位职责/中``); it does not describe a
  type cell naming several types joined by ``+`` (the README names no such joining sign).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市 工商 plan of 风险评估, 风险监控
and 风险预警 of the 市场秩序 — 风险信息归集, 市场巡查, 专项执法检查, 消费者申诉举报, 行风评议; a 市财政局's
依法行政依法理财 评估办法 — 法治财政, 预算, 评估, 自查; a 州财政局 and 教育局 on the 营养改善计划 —
资金下达, 食堂 自主经营 零利润, 原材料采购, 食品配送; a 市纪委监委 on the 卫生健康系统 — 责任书,
专项检查, 述责述廉, 整改通知书; a 市林业局 督查 of 生态扶贫 — 生态护林员 选聘续聘, 优亲厚友, 虚报冒领
生态保护补偿资金, 生态工程 违规投标, 资金 趴账; a 省应急管理厅 on 规范 安全生产 行政执法 — 执法主体,
执法事项目录, 检查标准, 年度执法计划, 编外聘用人员; a 县 社会救助 实施方案 — 低保, 特困供养, 临时救助,
急难救助, 综合救助; a 县水利局's 小型水库除险加固 — 项目审批, 招标, 开工, 变更, 驻守工地, 验收) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (rare Han surnames with rare given names); every unit is a body of 青川县.

Run ``python tests/published/score.py --set batch286`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every type named in the ``风险类型`` cell is a type of the point, in the order
  written, whether joined by ``+`` or ``＋`` (``制度机制+岗位职责`` → 制度机制, 岗位职责); a cell of one
  type gives that one; the header's bracket ``（可多选，用“+”连接）`` is a remark, the column is the type
  column; the holder is ``姓名``;
- ``局领导`` (a 股室 cell, a card's 所在股室, a group row, the sheet ``局领导``) is the 科室 of the
  bureau's leaders; a bureau's 股, 室, 中心, 站 and 大队 are 科室; a group row ``二、社会救助股`` gives the
  科室 ``社会救助股`` (its number left off);
- 局长 and 副局长 are leaders; 股长, 站长, the 办公室's 主任, a 中心's 主任 and a 大队's 大队长 middle (a
  part of the bureau, not the bureau); the rest (科员, 会计, 出纳, 执法人员, 资助专干, 护林员管理员,
  项目管理员, 救助审核员, 工程质量监督员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``工作职责``, ``职责事项`` and ``分管工作`` are no
  points and name no holder; the 林业局's list names no person: its forms are posts (对岗不对人); the
  财政局's ``责任人`` and the 水利局's ``责任人`` columns name the holder;
- ``高/中/低``, ``★★★/★★/★``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``Ⅰ/Ⅱ/Ⅲ``, ``高风险/中风险/低风险``
  and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b286_"
PLACE = "青川县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
PLUS = re.compile("[+＋]")


def plus_types(text: str) -> list[str]:
    """The types of a cell that joins them by ``+`` or ``＋``: each part, in the order written."""
    parts = [p.strip() for p in PLUS.split(text)]
    out = []
    for p in parts:
        found = types_in(p)
        assert len(found) == 1 and found[0] == p, (text, p)
        out += found
    return out


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

PLUS_HEAD = "风险类型（可多选，用“+”连接）"
PLUS_NOTE = (
    "注：风险类型分思想道德、制度机制、岗位职责、业务流程、外部环境五类，"
    "一个风险点涉及两类以上风险的，用“+”连接；风险等级分高、中、低三级。"
)

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])
PLUS_POSTS = [
    ("局领导", "局长", "郦澍岑", "leader", [
        ("重大案件处理不经局务会集体讨论，个人说了算", "制度机制+岗位职责", "高",
         "重大案件一律提交案件审理委员会集体讨论，会议纪要存档。"),
        ("为关系企业说情打招呼、干预执法办案", "思想道德+外部环境", "高",
         "说情打招呼事项一律登记，按季度报告派驻纪检监察组。"),
    ]),
    ("局领导", "副局长", "邰沨琛", "leader", [
        ("专项执法检查对象选择照顾关系企业", "岗位职责+外部环境", "中",
         "检查对象“双随机”抽取，抽取过程留痕。"),
    ]),
    ("登记注册股", "股长", "滕霂璇", "middle", [
        ("对申请材料不全的市场主体违规办理登记", "岗位职责+业务流程", "中",
         "登记材料一次性告知，受理、审核分岗办理。"),
        ("违规查询、泄露市场主体登记信息", "思想道德", "低", "登记信息查询实名留痕，定期抽查查询记录。"),
    ]),
    ("食品安全监管股", "科员", "缪沅钊", "general", [
        ("食品抽检前透露抽检信息，或抽样时调换样品", "思想道德+岗位职责+外部环境", "高",
         "抽检计划保密，样品现场封样、双人签字。"),
        ("市场巡查中接受经营户宴请、礼品", "思想道德＋外部环境", "中", "巡查两人以上，签订廉洁巡查承诺书。"),
    ]),
    ("消费者权益保护股", "股长", "蓟瑷澄", "middle", [
        ("消费者申诉举报压件不办、久拖不结", "岗位职责", "中", "申诉举报件登记编号，超期系统预警。"),
        ("调解消费纠纷偏袒经营者", "思想道德+外部环境", "低", "调解过程记录，调解结果回访消费者。"),
    ]),
    ("执法稽查股", "执法人员", "虞砚泠", "general", [
        ("行政处罚自由裁量畸轻畸重", "制度机制+业务流程", "高", "处罚裁量按基准逐项说明理由，法制审核。"),
        ("罚没物品登记、保管、处置不规范", "业务流程＋制度机制", "中", "罚没物品统一入库，处置报批并公开。"),
    ]),
]  # fmt: skip


def qingchuan_market_supervision_plus_types() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 16, 10, 8, 38, 22, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", PLUS_HEAD, "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in PLUS_POSTS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, plus_types(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, PLUS_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "qingchuan_market_supervision_plus_types", "http://fsou.com/html/text/chl/1769/176999_4.html",
        "(harder) 县市场监督管理局 岗位廉政风险防控一览表, after the source's 工商 plan of 市场秩序 风险评估、风险监控、风险预警 "
        "(风险信息归集, 市场巡查, 专项执法检查, 消费者申诉举报, 行风评议): a title, a merged ``填报单位（盖章）：…　填报时间："
        "2025年6月`` line, 序号/股室 merged (局领导, 登记注册股, 食品安全监管股, 消费者权益保护股, 执法稽查股)/岗位 and 姓名 "
        "merged per person/廉政风险点/``风险类型（可多选，用“+”连接）`` naming ONE TO THREE short types joined by ``+`` (two "
        "cells by the full-width ``＋``)/风险等级 高/中/低/防控措施; a merged ``注：`` line on the ``+`` and a 填表人/审核人/"
        "局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qingchuan_finance_list() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 16, 10, 8, 38, 13, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "阚珞岷", "leader", [
            ("年度预算安排和大额资金调度不经党组会集体研究", "制度机制风险", "高",
             "预算安排、大额资金调度经局党组会研究，会议纪要存档。"),
            ("为特定单位争取追加预算打招呼", "思想道德风险", "高", "插手干预事项如实登记报告。"),
        ]),
        ("局领导", "副局长", "宦淇骁", "leader", [
            ("依法理财状况评估中对下属单位问题降格处理", "岗位职责风险", "中", "评估结果集体审定，问题清单公开。"),
        ]),
        ("预算股", "股长", "糜湲钧", "middle", [
            ("部门预算编制审核把关不严，人为调整预算数", "岗位职责风险", "高", "预算编制实行初审、复审两级审核。"),
            ("预算调剂审核优亲厚友", "业务流程风险", "中", "预算调剂按程序报批，结果在系统内公开。"),
        ]),
        ("国库股", "会计", "逄澈苓", "general", [
            ("国库集中支付审核不严，违规拨付资金", "业务流程风险", "高", "支付凭证系统校验，经办与复核分离。"),
            ("财政专户资金存放不按规定竞争性选择银行", "外部环境风险", "中", "存放银行经集体研究，结果公示。"),
        ]),
        ("政府采购监督管理股", "股长", "甄汐嵘", "middle", [
            ("政府采购方式变更审批把关不严", "制度机制风险", "中", "变更采购方式须专家论证并公示。"),
            ("对采购投诉处理偏袒一方", "外部环境风险", "低", "投诉处理集体研究，处理结果公开。"),
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
        "qingchuan_finance_list", "https://muncard.com/sczj/new/show/729ad4508a284847b98fa39b6bd28de9.html",
        "县财政局 岗位廉政风险防控一览表, after the source's 市财政局 依法行政依法理财状况评估办法 (法治财政, 预算, 评估, 自查): a "
        "title, a merged ``填报单位（盖章）：…　填报时间：2025年5月`` line, 序号/股室 merged (局领导, 预算股, 国库股, 政府采购"
        "监督管理股)/岗位 and ``责任人`` merged per person/廉政风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/"
        "审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def qingchuan_education_cards() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    cards = [
        ("副局长", "荀霈琬", "副局长", "局领导", "leader", [
            ("营养改善计划资金分配不经集体研究", "制度机制", "★★★", "资金分配方案经局党组会研究，分配结果公示。"),
            ("对学校食堂违规经营问题不督促整改", "岗位职责", "★★", "食堂经营情况每学期专项检查，问题限期整改。"),
        ]),
        ("计划财务股", "芮澧翀", "股长", "计划财务股", "middle", [
            ("营养膳食补助资金拨付不及时、不足额", "业务流程", "★★★", "补助资金按学生人数核拨，拨付进度每月通报。"),
            ("挤占挪用营养膳食补助用于教职工伙食", "思想道德", "★★★", "补助资金专账核算，年度审计。"),
            ("食堂原材料采购价格审核不严", "岗位职责", "★", "大宗原材料定点采购，价格按月公示。"),
        ]),
        ("学生资助管理中心", "韶沄璋", "资助专干", "学生资助管理中心", "general", [
            ("家庭经济困难学生认定把关不严", "岗位职责", "★★", "认定实行班级评议、学校审核、中心复核三级把关。"),
            ("接受食品配送企业宴请、礼品", "外部环境", "★", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "职　务", post, None)
        r = sh.add("所在股室", dept, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("监督电话：12388", None, "持卡人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "qingchuan_education_cards", "https://www.qxnzx.com/article-115614.html",
        "县教育局 岗位廉政风险防控卡, one sheet a holder (tabs 副局长, 计划财务股, 学生资助管理中心), after the source's 州财政局 "
        "and 教育局 on the 营养改善计划 (补助资金下达, 食堂 自主经营 零利润, 原材料采购, 食品配送): a title, ``持卡人 | … | 职　务 | "
        "…`` and a merged ``所在股室 | …``, then 序号/风险点/风险类别 (short names)/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` "
        "line and ``监督电话：12388 | 持卡人签字：``",
        sheets, t,
    )  # fmt: skip


def qingchuan_health_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 22, 36, 9, 34])
    _line(lead, f"{unit}局领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("濮漪岱", "局长", "主持全面工作", [
            ("党风廉政建设责任书签订、考核走过场", "二级", "责任书逐级签订，年终述责述廉、民主测评。"),
            ("医疗卫生机构基建、大额采购不经集体决策", "一级", "“三重一大”事项党组会集体研究。"),
        ]),
        ("汲澜珣", "副局长", "分管医政医管、公共卫生", [
            ("医疗机构执业登记校验中降低标准", "一级", "校验结果集体审核，名单公示。"),
            ("专项检查发现问题不下达整改通知书", "二级", "检查问题清单化，整改逐项销号。"),
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
    staff = _Sheet("股室", [6, 16, 12, 10, 36, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "邸湘琇", "middle", [
            ("医师执业注册材料审核不严", "二级", "注册材料清单化审核，系统留痕。"),
            ("医疗纠纷调处偏袒医疗机构", "二级", "引入人民调解，调处结果回访。"),
        ]),
        ("规划财务股", "会计", "隗沚钰", "general", [
            ("基本公共卫生服务补助资金拨付不按绩效考核结果", "一级", "补助资金按考核结果拨付，拨付情况公开。"),
            ("报销票据审核不严", "三级", "报销实行经办、审核、审批三签。"),
        ]),
        ("卫生健康综合执法大队", "大队长", "巫溆澄", "middle", [
            ("对无证行医查处不力，以罚代管", "一级", "案件集体审理，处罚结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("填表人：", None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "qingchuan_health_two_sheets", "https://www.gongwk.com/doc/554417.jhtml",
        "县卫生健康局 廉政风险防控表 in two sheets, after the source's 市纪委监委 on the 卫生健康系统 (党风廉政建设责任书, 专项"
        "检查, 述责述廉, 整改通知书): ``局领导`` — a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/廉政风险点/风险"
        "等级/防控措施; ``股室`` — a title, 序号/股室 merged (医政医管股, 规划财务股, 卫生健康综合执法大队)/岗位 and 姓名 merged per "
        "person/…; levels ``一级/二级/三级``; no type column; a 填表人/审核人/date line",
        [lead, staff], t,
    )  # fmt: skip


def qingchuan_forestry_posts() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("排查表", [6, 16, 12, 18, 38, 9, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室（站）", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, eco, station = "局领导", "生态保护修复股", "林业工作站"
    rows = [
        (lead, "局长", "leader", "生态工程发包", "生态修复工程不按规定招标，指定施工单位", "制度机制", "Ⅰ级",
         "生态工程一律进入公共资源交易平台。"),
        (lead, "副局长", "leader", "补偿资金审批", "生态保护补偿资金审批把关不严，资金趴账滞留", "岗位职责", "Ⅱ级",
         "补偿资金拨付进度每月调度，超期预警。"),
        (eco, "股长", "middle", "工程验收", "造林工程验收不实，工程质量低劣仍予通过", "岗位职责", "Ⅰ级",
         "验收由股室、乡镇、第三方共同实地核查。"),
        (eco, "科员", "general", "项目资料审核", "项目资料弄虚作假，虚报造林面积", "业务流程", "Ⅱ级", "造林面积卫星影像比对，抽查复核。"),
        (station, "站长", "middle", "护林员选聘", "生态护林员选聘续聘不精准，优亲厚友", "思想道德", "Ⅰ级",
         "选聘条件、程序和结果在村务公开栏公示。"),
        (station, "护林员管理员", "general", "护林员考勤", "巡山考勤记录不实，虚报冒领管护补助", "业务流程", "Ⅱ级",
         "巡山轨迹系统记录，考勤按月公示。"),
        (station, "护林员管理员", "general", "补助发放", "补助发放名册与实际不符", "外部环境", "Ⅲ级", "补助通过惠农“一卡通”直接发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年5月", None, None)
    return _layout(
        "qingchuan_forestry_posts", "https://hn.rednet.cn/content/2019/09/06/5953264.html",
        "县林业局 廉政风险点排查表 对岗不对人, after the source's 市林业局 督查 of 生态扶贫 (生态护林员 选聘续聘, 优亲厚友, 虚报冒领 "
        "生态保护补偿资金, 生态工程 违规投标、工程质量低劣, 资金 趴账滞留): a title, 序号/``股室（站）`` merged (局领导, 生态保护"
        "修复股, 林业工作站)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names; an ``编制：办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def qingchuan_emergency_selfchecks() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    people = [
        ("晏泫岚", "局领导", "副局长", "leader", [
            ("年度执法计划", "年度执法检查计划确定检查对象时照顾关系企业", "岗位职责", "中风险",
             "检查对象“双随机”抽取，计划报局党组审定。"),
            ("执法决定审批", "对重大事故隐患降格处理，以责令整改代替处罚", "制度机制", "高风险", "重大案件集体讨论决定。"),
        ]),
        ("郏湄钊", "安全生产执法大队", "大队长", "middle", [
            ("执法检查实施", "检查中接受企业宴请、礼品", "思想道德", "中风险", "执法检查两人以上，签订廉洁执法承诺书。"),
            ("执法检查实施", "编外聘用人员单独入企检查", "制度机制", "高风险", "编外人员只在执法人员带领下入企辅助。"),
            ("执法文书审核", "执法文书审核把关不严", "业务流程", "低风险", "执法文书实行两级审核。"),
        ]),
        ("冷滢璋", "危险化学品安全监督管理股", "科员", "general", [
            ("许可初审", "危险化学品经营许可初审材料把关不严", "岗位职责", "高风险", "初审要点清单化，许可结果公开。"),
            ("隐患复查", "重大隐患未整改即出具复查意见", "外部环境", "中风险", "复查附现场影像资料。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 14, 36, 10, 9, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", who, "所在股室", dept, "职　务", post)
        sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (duty, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "股室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qingchuan_emergency_selfchecks", "https://www.shijieshipin.com/zhengce/show-57907.html",
        "县应急管理局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省应急管理厅 on 规范 "
        "安全生产 行政执法 (执法主体, 执法事项目录, 检查标准, 年度执法检查计划, 编外聘用人员): a title, ``姓　名 | … | 所在股室 | … | "
        "职　务 | …`` in one row, then 序号/``工作职责``/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a blank row and ``本人签名： | 股室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def qingchuan_civil_affairs_groups() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("清单", [6, 12, 10, 36, 10, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "屈淼珩", "leader", [
                ("社会救助资金分配不经集体研究", "制度机制", "一级风险", "资金分配方案经局党组会研究并公示。"),
            ]),
            ("副局长", "羊舫滢", "leader", [
                ("对低保审核审批中的问题不督促纠正", "岗位职责", "二级风险", "低保审批抽查问题清单化，限期整改。"),
            ]),
        ]),
        ("二、社会救助股", "社会救助股", [
            ("股长", "敖澹钧", "middle", [
                ("低保对象认定把关不严，优亲厚友", "思想道德", "一级风险", "入户调查两人以上，认定结果公示。"),
                ("临时救助、急难救助审批随意", "业务流程", "二级风险", "救助标准公开，审批结果按月公示。"),
            ]),
            ("救助审核员", "竺霁沅", "general", [
                ("家庭经济状况核对数据不实", "岗位职责", "二级风险", "核对结果系统比对，抽查复核。"),
            ]),
        ]),
        ("三、养老服务股", "养老服务股", [
            ("股长", "靳沨瑀", "middle", [
                ("特困人员供养经费拨付不按规定", "业务流程", "一级风险", "供养经费按人头核拨，专账管理。"),
            ]),
        ]),
        ("四、社会事务股", "社会事务股", [
            ("科员", "沃溦岑", "general", [
                ("殡葬服务收费监督不到位", "外部环境", "二级风险", "收费项目和标准公示，定期检查。"),
                ("婚姻登记档案违规查询", "制度机制", "三级风险", "档案查询登记审批。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "qingchuan_civil_affairs_groups",
        "http://xxgk-cb.cbs.gov.cn/shgy/shjz/202311/t20231128_792967.html",
        "县民政局 岗位廉政风险点及防控措施清单, after the source's 县 社会救助 实施方案 (低保, 特困供养, 临时救助, 急难救助, 综合"
        "救助, 家庭经济状况核对): a title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级"
        "风险``/防控措施, under GROUP ROWS ``一、局领导`` … ``四、社会事务股`` merged across (no 股室 column); 岗位 and 姓名 "
        "merged per person; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def qingchuan_water_duties() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 18, 36, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "庹珮汐", "leader", "小型水库除险加固项目审批", "项目审批不经集体研究", "Ⅰ",
         "项目审批事项局党组会集体研究。"),
        ("局领导", "副局长", "蹇昀澈", "leader", "工程变更审批", "工程变更审核把关不严，增加投资", "Ⅰ",
         "变更超过合同价5%的重新报批。"),
        ("水利工程建设管理股", "股长", "綦洺瑾", "middle", "工程招标", "招标文件设置倾向性条件", "Ⅰ",
         "招标文件经法律顾问审核，公开发布。"),
        ("水利工程建设管理股", "工程质量监督员", "郤漱珩", "general", "驻守工地质量监管", "隐蔽工程未到场即签字", "Ⅱ",
         "隐蔽工程验收影像资料上传，双人签字。"),
        ("水利工程建设管理股", "项目管理员", "仝瀚岑", "general", "开工备案", "开工条件审查不严", "Ⅲ",
         "开工条件清单化审查，结果存档。"),
        ("水政监察大队", "大队长", "诸葛沛瑜", "middle", "河道采砂监管", "对非法采砂查处不力，接受说情", "Ⅰ",
         "查处决定集体研究，结果公开。"),
        ("办公室", "出纳", "公孙汀澜", "general", "资金支付", "工程款不按进度和审批单支付", "Ⅱ",
         "支付凭合同、计量单、审批单办理，U盾分人保管。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], BARE_ROMAN[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填报人：", None, "审核人：", None, None, "局长：", None, None)
    return _layout(
        "qingchuan_water_duties", "https://slj.changde.gov.cn/zhdt/sldt/content_1035299",
        "县水利局 廉政风险防控责任清单, after the source's 县水利局 小型水库除险加固 (项目审批, 招标, 开工, 变更, 工程建设专班, 驻守"
        "工地, 验收): ``附件``, a title, 序号/股室/岗位/责任人 written on EVERY row (no merges)/``职责事项``/廉政风险点/风险等级 "
        "the bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a merged ``注：`` line on the levels and a 填报人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qingchuan_market_supervision_plus_types(),
    qingchuan_finance_list(),
    qingchuan_education_cards(),
    qingchuan_health_two_sheets(),
    qingchuan_forestry_posts(),
    qingchuan_emergency_selfchecks(),
    qingchuan_civil_affairs_groups(),
    qingchuan_water_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch286-inbox"))

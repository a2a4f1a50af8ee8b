"""The five-hundred-and-ninety-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 司法 and
信访 bodies, 平罗县 (of 石嘴山市, 宁夏回族自治区) — its 司法局, 公共法律服务中心, 法律援助中心, 信访局 and
人民来访接待中心 and two 司法所 (城关镇, 姚伏镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 司法局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公共法律服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 人民来访接待中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 姚伏镇司法所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、社区矫正组`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 城关镇司法所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 信访局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 法律援助中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``pingluo_mediation_centre_weighted_scores``: the 社会矛盾纠纷调处化解中心's 岗位廉政风险评估表, an
  ordinary list (``科室`` merged, ``岗位 | 姓名`` merged per person, ``廉政风险点``, ``防控措施``) with NO
  level column: under a heading ``风险评估（1—5分）`` merged across three factor columns, each
  heading naming its WEIGHT (``发生概率（权重40%）`` | ``危害程度（权重35%）`` | ``社会影响（权重25%）``),
  every row scores its point 1–5 on each factor, and a ``注：`` line under the list gives the rule:
  ``综合得分=发生概率×40%+危害程度×35%+社会影响×25%`` and the bands (``综合得分≥4.0分为一级风险，
  3.0分（含）至4.0分为二级风险，3.0分以下为三级风险``); no 综合得分 column is printed. The level of a
  point is the band of its WEIGHTED SUM. The README's 读得懂的表 knows factor scores combined by a
  PRODUCT (LEC ``D=L×E×C``, ``可能性 | 严重性``, the 3×3 and 5×5 maps, a printed D column), score
  columns ``1 | 2 | 3 | 4 | 5`` ticked, ticked 要素 counted; it does not describe factor columns
  whose headings carry weights and whose level is their weighted SUM banded by a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 公共法律服务体系建设规划 — 律师,
公证, 法律援助, 司法鉴定, 调解; a province's 公共法律服务中心 服务规范 — 接待来访, 法律援助 受理审批指派,
人民调解 受理分流; a 信访 工作规定's 奖励与处罚 — 推诿敷衍拖延, 泄露检举内容, 丢失隐匿信访材料, 收受贿赂;
a 司法局 note on 社区矫正法 五年 — 调查评估, 执法规范化; a piece on 社区矫正工作人员 职业风险 — 报到,
集中教育, 收监执行; a 立案预警 信访工作方案 — 受理率, 按期办结率, 重复信访; an explanation of the
公共法律服务中心 — 值班律师, 法律援助申请 受理审查, 指派承办人员; a piece on 信访风控预警机制 — 风险评估,
敏感度, 扩散度, 突发性, 量化模型) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 綦 and 阚 with rare
given names); every unit is a body of 平罗县.

Run ``python tests/published/score.py --set batch597`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of each row is the band of its weighted sum of the three factor
  scores by the note's weights (computed here, ``WEIGHTS`` and ``band``); the factor scores are no
  points, the ``注：`` line and the 填表/审核 line are no points; one form a holder, 科室 from the
  merged ``科室`` column;
- ``局领导``, ``所领导``, ``中心领导`` (a sheet, a group row, a 科室 cell) are the 科室 of those leaders
  where a 科室 cell or group row names them; the 司法局's leaders (sheet ``局领导``, no 科室 column) and
  the cards' holders have no 科室; a 局's 股, a 中心's 科 and a 司法所's 组 are 科室; a group row
  ``二、人民调解组`` gives the 科室 ``人民调解组`` (its number left off);
- every body is a unit of its own (a 司法所 as the 司法局's 派出机构 in the 镇, as batch 522 did: the
  unit ``平罗县城关镇司法所``, no 科室): 局长, 副局长, 主任 and 副主任 of a 中心, 所长 are leaders; 股长,
  科长 middle; the rest (科员, 接待员, 调解员, 矫正专干, 法律援助专干, 值班律师联络员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 公共法律服务中心's list names no person: its forms
  are posts (对岗不对人);
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

PREFIX = "b597_"
PLACE = "平罗县"
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

# the three factors and their weights (percent), as the headings and the note print them
WEIGHTS = [("发生概率", 40), ("危害程度", 35), ("社会影响", 25)]


def weighted(scores: tuple[int, int, int]) -> float:
    """The 综合得分 of a row: the factor scores by the note's weights."""
    return sum(s * w for s, (_f, w) in zip(scores, WEIGHTS, strict=True)) / 100


def band(scores: tuple[int, int, int]) -> int:
    """The note's bands: ≥4.0 一级, 3.0 (含) to 4.0 二级, under 3.0 三级."""
    total = weighted(scores)
    return 1 if total >= 4.0 else 2 if total >= 3.0 else 3


# (科室, 岗位, 姓名, tier, [(廉政风险点, (发生概率, 危害程度, 社会影响), 防控措施)])
SCORED = [
    ("中心领导", "主任", "綦炅璩", "leader", [
        ("重大矛盾纠纷化解方案个人说了算", (4, 5, 4), "重大纠纷化解方案经联席会议集体研究。"),
        ("为信访人违规承诺解决超出政策的诉求", (4, 4, 5), "化解协议经法律顾问审查，严守政策界限。"),
    ]),
    ("中心领导", "副主任", "阚旼瑔", "leader", [
        ("信访事项风险评估走过场，预警信息瞒报", (3, 4, 3), "风险评估结果每月研判通报。"),
        ("矛盾纠纷化解经费审批不严", (3, 3, 2), "经费支出凭化解协议和签收单据报销。"),
    ]),
    ("综合受理科", "科长", "綦暻湑", "middle", [
        ("来访事项登记不全、选择性录入系统", (4, 3, 3), "来访事项当日全量录入，系统自动编号。"),
        ("向被反映人透露信访人信息", (3, 5, 4), "信访材料专人保管，查阅登记。"),
    ]),
    ("综合受理科", "接待员", "阚昺瑆", "general", [
        ("接待中推诿敷衍、态度生硬", (3, 2, 3), "接待全程录音录像，群众评价。"),
    ]),
    ("调处指导科", "科长", "綦曈琎", "middle", [
        ("指派调解员时优亲厚友", (2, 3, 2), "调解员随机轮派，指派记录存档。"),
        ("化解案件办结情况虚报", (4, 4, 3), "办结案件电话回访不少于三成。"),
    ]),
    ("调处指导科", "调解员", "阚晅璈", "general", [
        ("调解中收受当事人财物或宴请", (4, 4, 4), "调解两人以上，公开监督电话。"),
        ("调解协议内容显失公平", (2, 3, 3), "调解协议经科长审核后送达。"),
    ]),
]  # fmt: skip


def pingluo_mediation_centre_weighted_scores() -> dict:
    unit = f"{PLACE}社会矛盾纠纷调处化解中心"
    sh = _Sheet("评估表", [6, 12, 9, 9, 36, 12, 12, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险评估表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年5月", 9)
    top = sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点", "风险评估（1—5分）", None, None, "防控措施"
    )
    sh.add(None, None, None, None, None, *[f"{f}（权重{w}%）" for f, w in WEIGHTS], None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in SCORED:
        for point, scores, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, *scores, measures)
            t.point(sh.name, dept, post, who, tier, point, [], band(scores))
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：1.各评估因素按1—5分评定，分值越高风险越大；2.综合得分=发生概率×40%+危害程度×35%+"
        "社会影响×25%；3.综合得分≥4.0分为一级风险，3.0分（含）至4.0分为二级风险，3.0分以下为三级风险。",
        9,
    )
    sh.add("填表人：", None, None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "pingluo_mediation_centre_weighted_scores",
        "https://www.seridoat.com/article/xin-fang-feng-kong-yu-jing-ji-zhi-ru-he-you-xiao-shi-bie-yu-hua-jie-she-hui-mao-dun-feng-xian.html",
        "(harder) 县社会矛盾纠纷调处化解中心 岗位廉政风险评估表, after the source's piece on 信访风控预警机制 (风险评估, "
        "量化模型, 敏感度/扩散度/突发性 指标, 低/中/高): a title, a merged 填报单位/填报时间 line, a TWO-ROW heading — "
        "序号/科室/岗位/姓名/廉政风险点/防控措施 merged down, ``风险评估（1—5分）`` merged across three factor columns "
        "``发生概率（权重40%）`` | ``危害程度（权重35%）`` | ``社会影响（权重25%）``; 科室 merged, 岗位/姓名 merged per person, "
        "each row three factor scores 1–5 and NO level or 综合得分 column; a merged ``注：`` line giving 综合得分 as "
        "the WEIGHTED SUM of the three scores and its bands (≥4.0 一级, 3.0–4.0 二级, under 3.0 三级); a 填表人/审核人/"
        "主任（签字） line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pingluo_justice_bureau_two_sheets() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阚翯瑔", "局长", "主持全面工作", [
            ("干部选拔任用中搞“一言堂”", "一级", "干部任用经局党组会集体研究，全程纪实。"),
            ("政府购买法律服务项目干预承接主体选定", "一级", "购买服务项目一律公开采购。"),
        ]),
        ("綦旻璆", "副局长", "分管律师、公证、司法鉴定管理", [
            ("律师事务所、公证机构年度考核把关不严", "二级", "考核结果局务会审定并公示。"),
            ("对法律服务机构违规行为查处不力", "一级", "投诉线索登记台账，办理结果反馈投诉人。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("律师公证管理股", "股长", "綦晗琯", "middle", "律师执业许可初审材料审核不严", "一级",
         "初审实行双人审核，审核意见留痕。"),
        ("律师公证管理股", "股长", "綦晗琯", "middle", "公证收费监督检查走过场", "二级", "每季度抽查公证卷宗。"),
        ("律师公证管理股", "科员", "阚昪琡", "general", "司法鉴定机构投诉处理拖延", "三级", "投诉限时办结，逾期通报。"),
        ("人民参与和促进法治股", "股长", "綦曦琫", "middle", "人民调解“以案定补”经费核定不实", "一级",
         "以案定补凭调解卷宗核定，结果公示。"),
        ("人民参与和促进法治股", "科员", "阚暄珷", "general", "普法宣传物资采购不比价", "二级", "采购三家比价，验收双人签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "pingluo_justice_bureau_two_sheets", "https://bjbws.com/tax_information_detail/211/590/NTI3NQ==.html",
        "县司法局 廉政风险防控一览表 in TWO SHEETS, after the source's 公共法律服务体系建设规划 (律师, 公证, 法律援助, "
        "司法鉴定, 调解 队伍): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def pingluo_legal_service_centre_posts() -> dict:
    unit = f"{PLACE}公共法律服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "法律援助指派", "指定与己有利害关系的律师承办援助案件", "制度机制风险", "高",
         "援助案件按律师名册轮流指派。"),
        ("接待窗口", "窗口受理员", "general", "来访接待", "对来访群众推诿，应登记不登记", "岗位职责风险", "中",
         "来访一律登记，一次性告知。"),
        ("接待窗口", "窗口受理员", "general", "法律援助申请受理", "降低经济困难审查标准受理申请", "业务流程风险", "高",
         "经济困难状况承诺加抽查核实。"),
        ("调解指导室", "调解员", "general", "纠纷分流", "将应分流的纠纷截留调解收取费用", "思想道德风险", "中",
         "纠纷分流登记，严禁收取任何费用。"),
        ("调解指导室", "调解员", "general", "调解协议制作", "协议内容偏袒一方", "外部环境风险", "低",
         "调解协议主任审核，当事人回访。"),
        ("综合室", "会计", "general", "值班律师补贴发放", "值班天数核定不实，虚报补贴", "业务流程风险", "中",
         "值班签到与补贴发放逐月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "pingluo_legal_service_centre_posts", "http://w.fl-tx.org.cn/show-15070.html",
        "县公共法律服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 公共法律服务中心 服务规范 (接待现场来访, "
        "法律援助 受理审批指派, 人民调解 受理分流): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pingluo_visitor_reception_selfchecks() -> dict:
    unit = f"{PLACE}人民来访接待中心"
    t = _Truth(unit)
    people = [
        ("綦昳璠", "中心领导", "主任", "leader", [
            ("交办信访事项顶着不办、谎报办理情况", "Ⅰ级", "交办事项建台账，按期督办。", "已落实"),
            ("领导接访日安排流于形式", "Ⅱ级", "接访日程公开，接访记录存档。", "未发现问题"),
        ]),
        ("阚晙琭", "接待科", "接待员", "general", [
            ("将检举材料透露给被检举人", "Ⅰ级", "检举材料专人专柜保管。", "已落实"),
            ("丢失、隐匿来访群众材料", "Ⅱ级", "材料接收当场登记、双方签字。", "已落实"),
        ]),
        ("綦昡瑑", "办信科", "科员", "general", [
            ("来信转送不及时，拖延处理", "Ⅱ级", "来信三日内登记转送。", "未发现问题"),
            ("网上信访件回复敷衍", "Ⅲ级", "回复内容科长审核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pingluo_visitor_reception_selfchecks", "https://78911.com.cn/DangAnGuanLiZhiDu/636001-5.html",
        "县人民来访接待中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 信访 "
        "工作规定 奖励与处罚 (推诿敷衍拖延, 交办案件顶着不办, 透露检举内容, 丢失隐匿信访材料): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 科室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def pingluo_yaofu_office_group_rows() -> dict:
    unit = f"{PLACE}姚伏镇司法所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "阚曜瑸", "leader", [
                ("社区矫正对象调查评估意见不实", "一级风险", "调查评估两人以上，意见所务会研究。"),
                ("对矫正对象违规行为不提请处置", "一级风险", "违规行为按规定及时提请警告或撤销缓刑。"),
            ]),
        ]),
        ("二、人民调解组", "人民调解组", [
            ("调解员", "綦晟璪", "general", [
                ("调解卷宗补做、虚增调解数量", "二级风险", "卷宗所长审核，按季评查。"),
            ]),
            ("调解员", "阚昕琀", "general", [
                ("调解时接受当事人宴请", "二级风险", "签订廉洁调解承诺书。"),
                ("调解协议未经审查即出具", "三级风险", "协议出具前所长审核。"),
            ]),
        ]),
        ("三、社区矫正组", "社区矫正组", [
            ("矫正专干", "綦暄瑧", "general", [
                ("对未按时报到的矫正对象不如实记录", "二级风险", "报到记录电子签到，每月核对。"),
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
        "pingluo_yaofu_office_group_rows", "http://chjzxc.com/index/index/page.html?id=19918",
        "镇司法所 廉政风险防控责任清单, after the source's piece on 社区矫正工作人员 职业风险 (不按时报到, 集中教育, "
        "撤销缓刑收监执行): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、所领导``, ``二、人民调解组``, ``三、社区矫正组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def pingluo_chengguan_office_cards() -> dict:
    unit = f"{PLACE}城关镇司法所"
    t = _Truth(unit)
    cards = [
        ("所长", "綦旸瑝", "所长", "主持司法所全面工作，负责社区矫正执法", "leader", [
            ("社区矫正调查评估受人情干扰", "★★★", "调查评估集体讨论，意见书所长签发前复核。"),
            ("矫正对象外出审批把关不严", "★★★", "外出审批严格按条件，审批结果登记。"),
            ("接受矫正对象家属宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("助理员", "阚昉璘", "司法助理员", "负责人民调解、法治宣传", "general", [
            ("调解案件选择性受理", "★★", "纠纷一律登记受理。"),
            ("普法活动台账虚报", "★★", "活动照片、签到表随台账存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "pingluo_chengguan_office_cards", "http://www.chjzxc.com/index/index/page.html?id=20164",
        "镇司法所 岗位廉政风险防控卡, one sheet a holder, after the source's note on 社区矫正法 施行五年 (调查评估, "
        "执法规范化, 效能): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def pingluo_petition_bureau_list() -> dict:
    unit = f"{PLACE}信访局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "阚晞璥", "leader", "信访积案化解中违规承诺", "制度机制", "高风险",
         "积案化解方案局务会研究。"),
        ("局领导", "局长", "阚晞璥", "leader", "信访考核排名中干预数据", "岗位职责", "中风险",
         "考核数据系统生成，结果公开。"),
        ("办信科", "科长", "綦昈琸", "middle", "信访事项受理告知超期", "业务流程", "中风险",
         "受理期限系统预警。"),
        ("督查督办科", "科长", "阚晔瑀", "middle", "督办重复信访事项走过场", "岗位职责", "高风险",
         "重复信访逐件实地督查。"),
        ("督查督办科", "科员", "綦昑璐", "general", "按期办结率统计弄虚作假", "业务流程", "中风险",
         "办结率与系统数据逐月核对。"),
        ("网上信访科", "科员", "阚暎瑈", "general", "泄露网上信访人个人信息", "思想道德", "低风险",
         "系统账号专人专用，操作留痕。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "pingluo_petition_bureau_list", "https://www.renrendoc.com/paper/506666047.html",
        "县信访局 岗位廉政风险防控一览表, after the source's 立案预警 信访工作方案 (受理率, 按期办结率, 重复信访, 风险识别): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def pingluo_legal_aid_register() -> dict:
    unit = f"{PLACE}法律援助中心"
    sh = _Sheet("登记表", [6, 12, 14, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "綦晊琎", "leader", [
            ("法律援助申请审批不公", "制度机制", "一级", "审批意见集体研究，结果告知申请人。"),
            ("援助案件办案补贴核定不实", "岗位职责", "二级", "补贴按案件质量评估结果核定。"),
        ]),
        ("受理审查科", "科长", "阚昳瑺", "middle", [
            ("经济困难审查标准掌握不一", "业务流程", "二级", "审查标准公示，疑难申请集体讨论。"),
        ]),
        ("受理审查科", "法律援助专干", "綦暕璯", "general", [
            ("向受援人推荐有偿律师服务", "思想道德", "一级", "签订承诺书，受援人回访。"),
            ("值班律师排班优亲厚友", "外部环境", "三级", "排班表按律师名册轮转。"),
        ]),
        ("综合科", "会计", "阚晛琾", "general", [
            ("援助经费支出票据审核不严", "业务流程", "一级", "经费支出三级审签。"),
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
        "pingluo_legal_aid_register", "http://uianet.net/dictionary/b6394167.html",
        "县法律援助中心 廉政风险点排查登记表, after the source's explanation of the 公共法律服务中心 (值班律师 解答咨询, "
        "受理审查法律援助申请, 指派承办人员): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pingluo_mediation_centre_weighted_scores(),
    pingluo_justice_bureau_two_sheets(),
    pingluo_legal_service_centre_posts(),
    pingluo_visitor_reception_selfchecks(),
    pingluo_yaofu_office_group_rows(),
    pingluo_chengguan_office_cards(),
    pingluo_petition_bureau_list(),
    pingluo_legal_aid_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch597-inbox"))

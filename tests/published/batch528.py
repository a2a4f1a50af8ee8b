"""The five-hundred-and-twenty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 应急 and
安监 bodies, 西固区 (a district of 兰州市, 甘肃) — the 区应急管理局, its 安全生产执法监察大队, the
危险化学品安全监管中心, a 消防救援站 and the 应急 and 安监 offices of three 街道办事处 — each handing
back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 西固区危险化学品安全监管中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 西固区安全生产执法监察大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点``
  beside a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 西固区福利路消防救援站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 西柳沟街道办事处's 安监站 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 陈坪街道办事处's 责任清单 under GROUP ROWS ``一、应急管理办公室`` / ``二、安全生产监督管理站``
  merged across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 四季青街道办事处's 安监站 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column;
- the 临洮街街道办事处's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低.

One is harder:

- ``xigu_emergency_bureau_lec_scores``: the 西固区应急管理局's 一览表 gives NO LEVEL WORD AT ALL: each
  point is graded by the three factor scores of the 作业条件危险性评价法 (LEC法) that 安监 staff use
  for 危险源 — a two-row heading ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险评价（LEC法）
  | | | 防控措施`` with ``L | E | C`` under the merged ``风险评价（LEC法）`` (科室 merged, 岗位 and 姓名
  merged per person, short types), the cells holding the LEC scale numbers (L 0.5/1/3/6/10, E
  1/2/3/6/10, C 1/3/7/15/40), NO ``D`` column and NO 风险等级 column; a merged ``注：`` line under the
  table says ``D=L×E×C`` and bands it: ``D≥160为一级风险，70≤D<160为二级风险，D<70为三级风险``. The
  shape is about WHERE AND HOW THE LEVEL IS GIVEN. The README's 读得懂的表 and the earlier batches
  know a level given by one score column and a note of score bands (``风险值6—9为高风险``), by
  ``发生可能性 | 危害程度`` (or 影响程度) columns of two 1–3 scores or 高/中/低 multiplied (6 up 一级,
  3–4 二级), by a 风险等级 column beside 可能性 and 影响程度 (batch10), by a rank and rank bands, by
  counted ticks of 评定要素, by a 固有/剩余 pair (batch268); none gives a level only by THREE factors
  on the LEC scales (not 1–3), whose product and bands a note gives and no cell shows; read as the
  two-factor tables are, the scores are not 1–3 and there are three of them.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an account of the LEC法 — L, E,
C, D=L×E×C and its bands; a note on 危化品 许可证 — 经营许可, 审查, 现场核查; a study of 安全生产执法队伍
改革 — 执法监察, 行政处罚, 大队/中队; a 消防工作站 and 消防救援 station's work — 检查巡查, 营区; a
街道办事处 安全生产工作职责 — 安监站, 执法检查; a 街道镇 检查 rule — 两名执法人员, 责令改正, 报请处罚;
a report on 街道 安全监察执法中队 — 巡查, 隐患督查, 值班; a city's opinion on 街道安监站 — 经费, 装备,
监管职责) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names); every unit is
a body of 西固区 (``unit_words=("西固区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch528`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point's level is the band of D = L×E×C that the ``注：`` line gives
  (160 up 一级, 70 to 159 二级, under 70 三级); L, E and C themselves are no level, and no cell shows D;
- ``中心领导`` (the 危化品监管中心's leaders' sheet) is the 科室 of those leaders; a 局's 科 or 股, a
  中心's 科, an 大队's 中队 are 科室; a 街道's 安监站 and 应急管理办公室 are its 科室 (the unit is the
  街道办事处, as the README's 站所 convention says); a group row ``一、应急管理办公室`` gives the 科室
  ``应急管理办公室`` (its number left off); the 消防救援站's cards and the 四季青街道's list name a 科室
  only where a cell does (the cards none; the 四季青 list's title names the 安监站 and that is the 科室
  of its rows); the 西柳沟街道's sheets give ``所在科室`` and that is the 科室;
- the 局, 中心, 大队 and 消防救援站 are units of their own: a 局长 and 副局长, a 中心's 主任 and
  副主任, a 大队长, a 站长 and 指导员 are leaders; 科长, 中队长, 站长 of a 街道's 安监站 and an office's
  主任 are middle; a 街道's 副主任 (科室 ``街道领导``) is a leader; the rest (科员, 执法队员, 安监员,
  驾驶员, 通信员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况``
  are no points and name no holder; the 执法监察大队's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b528_"
PLACE = "西固区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
NOTE = (
    "注：风险评价采用作业条件危险性评价法（LEC法），L为风险发生的可能性，E为暴露于风险的频繁程度，"
    "C为一旦发生可能造成的后果，D=L×E×C；D≥160为一级风险，70≤D<160为二级风险，D<70为三级风险。"
)


def lec_level(lval: float, eval_: float, cval: float) -> int:
    """The band of D = L×E×C the note gives: 160 up 一级, 70 to 159 二级, under 70 三级."""
    d = lval * eval_ * cval
    return 1 if d >= 160 else 2 if d >= 70 else 3


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, L, E, C, 防控措施)])
SCORED = [
    ("局领导", "副局长", "斛霑瑑", "leader", [
        ("安全生产许可审查中打招呼、说情", "岗位职责", 6, 6, 7,
         "许可审查实行审核、审批分离，结果网上公开。"),
        ("专项资金分配向关系企业倾斜", "制度机制", 3, 2, 7,
         "资金分配局党组会议研究，分配结果公示。"),
    ]),
    ("安全生产基础科", "科长", "闫昉瓒", "middle", [
        ("安全评价机构推荐指定", "外部环境", 3, 6, 7,
         "不推荐、不指定中介机构，企业自主选择。"),
        ("企业标准化评审走过场", "业务流程", 1, 3, 7,
         "评审专家随机抽取，评审记录存档。"),
    ]),
    ("应急救援科", "科员", "鄢璆翊", "general", [
        ("应急物资采购验收把关不严", "岗位职责", 3, 3, 15,
         "物资验收两人签字，入库台账按月核对。"),
        ("救灾物资发放优亲厚友", "思想道德", 1, 2, 15,
         "发放名单村组公示，纪检全程监督。"),
    ]),
]  # fmt: skip


def xigu_emergency_bureau_lec_scores() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("一览表", [6, 14, 8, 9, 36, 10, 5, 5, 5, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    top = sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险评价（LEC法）", None, None,
        "防控措施",
    )  # fmt: skip
    sh.add(None, None, None, None, None, None, "L", "E", "C", None)
    for c in (0, 1, 2, 3, 4, 5, 9):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 6, top, 8)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in SCORED:
        for point, typ, lval, eval_, cval, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lval, eval_, cval, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ),
                    lec_level(lval, eval_, cval))  # fmt: skip
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, 10)
    sh.add("填表人：", None, "审核人：", None, None, None, None, None, "2025年8月", None)
    return _layout(
        "xigu_emergency_bureau_lec_scores",
        "https://m.aqrzj.com/doc/364572.html",
        "(harder) 区应急管理局 岗位廉政风险防控一览表, after the source's account of the LEC法 (L, E, C, D=L×E×C and its "
        "bands): two-row heading, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/short types/"
        "``风险评价（LEC法）`` merged over ``L | E | C`` holding LEC scale numbers/防控措施; NO D and NO 风险等级 column; "
        "a ``注：`` line giving D=L×E×C and its bands (160 up 一级, 70–159 二级, under 70 三级); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xigu_hazchem_center_two_sheets() -> dict:
    unit = f"{PLACE}危险化学品安全监管中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("甄翯珺", "主任", "主持全面工作", [
            ("经营许可现场核查结论受人情干扰", "一级", "现场核查两人以上，核查结论中心会议研究。"),
            ("中心经费大额支出个人决定", "二级", "大额支出集体研究，区局审核。"),
        ]),
        ("郦沅璁", "副主任", "分管储存和运输监管", [
            ("储存场所检查中对关系企业放松要求", "二级", "检查对象随机抽取，检查结果公示。"),
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
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("许可审查科", "科员", "冼晗璐", "general", "经营许可申请材料审查把关不严", "一级",
         "材料审查两人复核，科长审签。"),
        ("许可审查科", "科员", "冼晗璐", "general", "许可办理时限随意延长", "三级", "办理时限系统预警，超时通报。"),
        ("监测预警科", "科长", "籍沄翮", "middle", "重大危险源监测数据被企业要求删改", "二级",
         "监测数据系统留痕，修改须审批。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "xigu_hazchem_center_two_sheets",
        "https://www.weihautong.cn/newsDetail/756",
        "危险化学品安全监管中心's file in two sheets, after the source's note on 危化品 许可证 (经营许可, 审查, 现场核查): "
        "``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def xigu_enforcement_brigade_posts() -> dict:
    unit = f"{PLACE}安全生产执法监察大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "第一执法中队", "第二执法中队"
    rows = [
        (a, "执法队员", "general", "执法检查", "检查前向企业通风报信，检查走过场", "岗位职责", "Ⅰ级",
         "检查对象双随机抽取，执法记录仪全程记录。"),
        (a, "执法队员", "general", "隐患复查", "对未整改隐患出具已整改复查意见", "业务流程", "Ⅱ级",
         "复查附现场照片，中队长审核。"),
        (b, "中队长", "middle", "行政处罚", "降低处罚标准，以罚代管", "制度机制", "Ⅰ级",
         "处罚决定法制审核，重大案件集体讨论。"),
        (b, "执法队员", "general", "案件调查", "接受被查企业宴请，调查取证不全面", "外部环境", "Ⅲ级",
         "调查两人以上，签订廉洁执法承诺。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合内勤", None, None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "xigu_enforcement_brigade_posts",
        "https://fx361.cc/page/2019/0120/15341339.shtml",
        "安全生产执法监察大队 廉政风险点排查表 对岗不对人, after the source's study of 安全生产执法队伍改革 (执法监察, "
        "行政处罚, 大队/中队): 中队 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def xigu_fire_station_cards() -> dict:
    unit = f"{PLACE}福利路消防救援站"
    t = _Truth(unit)
    cards = [
        ("站长", "蒯昶瑢", "leader", [
            ("营区维修项目指定施工队伍", "★★★", "维修项目三家比选，站务会研究。"),
            ("伙食经费使用不公开", "★★", "伙食账目按月公布，经委会监督。"),
        ]),
        ("驾驶员", "隗曦瑱", "general", [
            ("消防车辆加油卡挪作私用", "★★", "加油卡专车专用，按月对账。"),
            ("车辆维修虚报配件费用", "★", "维修换下配件留存，站长验收。"),
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
        sh.add("持卡人（签字）：", None, "站领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "xigu_fire_station_cards",
        "https://www.meipian.cn/4rjgaa9d",
        "消防救援站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 驾驶员), after the source's account of a 消防工作站 "
        "and its 检查巡查 work: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` line; "
        "持卡人/站领导 签字",
        sheets, t,
    )  # fmt: skip


def xigu_xiliugou_selfchecks() -> dict:
    unit = f"{PLACE}西柳沟街道办事处"
    t = _Truth(unit)
    people = [
        ("仉珩璞", "站长", "middle", "安监站", [
            ("辖区企业检查中收受礼品", "高风险", "检查两人以上，检查记录存档。"),
            ("隐患整改验收把关不严", "中风险", "整改验收附照片，街道分管领导抽查。"),
        ]),
        ("訾瀚珣", "安监员", "general", "安监站", [
            ("九小场所巡查记录不实", "中风险", "巡查定位打卡，站长按周核对。"),
            ("执法建议不及时上报", "低风险", "建议登记台账，按月报区局。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}安监站岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "街道党工委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xigu_xiliugou_selfchecks",
        "https://www.aqrzj.com/docdown/295868.html",
        "街道 安监站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's 街道办事处 安全生产工作职责 "
        "(安监站, 执法检查): a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; ``本人签名： | 街道党工委意见：``",
        sheets, t,
    )  # fmt: skip


def xigu_chenping_group_rows() -> dict:
    unit = f"{PLACE}陈坪街道办事处"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}应急管理和安全生产廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、应急管理办公室", "应急管理办公室", [
            ("主任", "禚璟翀", "middle", [
                ("应急值班补助虚报冒领", "二级风险", "值班表公示，补助按实发放。"),
                ("防汛物资采购不比价", "一级风险", "采购三家询价，街道会议研究。"),
            ]),
        ]),
        ("二、安全生产监督管理站", "安全生产监督管理站", [
            ("站长", "眭澧琰", "middle", [
                ("对拒不整改企业不报请处罚", "一级风险", "报请处罚台账化，五日内上报。"),
                ("检查中单人进入企业", "三级风险", "检查两名以上人员在场，记录签字。"),
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
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "xigu_chenping_group_rows",
        "http://ask.fsou.com/html/text/lar/174107/17410710_2.html",
        "街道 应急和安监 廉政风险防控责任清单, after the source's 街道镇 检查 rule (两名执法人员, 责令改正, 报请处罚): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、应急管理办公室``, "
        "``二、安全生产监督管理站`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xigu_sijiqing_duty_list() -> dict:
    unit = f"{PLACE}四季青街道办事处"
    dept = "安全生产监督管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "佘琮翾", "middle", "动态巡查", "巡查中对熟人企业隐患不记录", "一级",
         "巡查路线随机，巡查记录站务会通报。"),
        ("站长", "佘琮翾", "middle", "安全生产值班", "值班记录事后补写", "三级", "值班系统签到，街道抽查。"),
        ("安监员", "郗瀚沣", "general", "重大隐患督查", "隐患整改期限随意延长", "二级",
         "延期须站长审批，延期情况上报区局。"),
        ("安监员", "郗瀚沣", "general", "事故调查配合", "向当事企业泄露调查情况", "二级", "签订保密承诺，调查材料专人保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "xigu_sijiqing_duty_list",
        "https://news.sina.com.cn/s/2006-12-21/074010826652s.shtml",
        "街道 安监站 廉政风险防控责任清单, after the source's report on 街道 安全监察执法中队 (巡查, 隐患督查, 值班): "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施; the title names the 站",
        [sh], t,
    )  # fmt: skip


def xigu_lintaojie_street_list() -> dict:
    unit = f"{PLACE}临洮街街道办事处"
    sh = _Sheet("一览表", [6, 16, 8, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}应急管理岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "副主任", "鄂珝璠", "leader", "安全生产专项经费使用随意", "制度机制风险", "高",
         "经费使用党工委会议研究，按季公开。"),
        ("应急管理办公室", "科员", "栾湜瑗", "general", "应急装备采购虚开票据", "岗位职责风险", "中",
         "采购验收两人签字，台账登记。"),
        ("安全生产监督管理站", "安监员", "璩昉翎", "general", "企业安全培训证明违规出具", "思想道德风险", "中",
         "证明出具登记，站长审签。"),
        ("安全生产监督管理站", "安监员", "璩昉翎", "general", "检查装备公物私用", "外部环境风险", "低",
         "装备领用登记，按月清点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "xigu_lintaojie_street_list",
        "http://ask.fsou.com/html/text/lar/170660/17066099_1.html",
        "街道办事处 应急管理岗位廉政风险防控一览表, after the source's opinion on 街道安监站 (经费, 装备, 监管职责): 序号/科室 "
        "merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; 填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xigu_emergency_bureau_lec_scores(),
    xigu_hazchem_center_two_sheets(),
    xigu_enforcement_brigade_posts(),
    xigu_fire_station_cards(),
    xigu_xiliugou_selfchecks(),
    xigu_chenping_group_rows(),
    xigu_sijiqing_duty_list(),
    xigu_lintaojie_street_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch528-inbox"))

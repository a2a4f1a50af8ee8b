"""The nine-hundred-and-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's statistics
and audit bodies, 裕民县 (塔城地区, 新疆维吾尔自治区) — its 统计局, 统计普查中心, 社会经济调查中心, 审计局,
政府投资审计中心, 经济责任审计中心 and two 镇统计站 (吉也克镇, 哈拉布拉镇) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 统计局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 统计普查中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 经济责任审计中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 政府投资审计中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 社会经济调查中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 吉也克镇统计站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 哈拉布拉镇统计站's 排查登记表: ``组别`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yumin_audit_bureau_reference_catalogue``: the 审计局's 岗位廉政风险防控一览表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per
  person) UNDER A SECOND LIST ON THE SAME SHEET: the upper-level REFERENCE CATALOGUE the office pasted
  above its own list to look its points up against — a caption ``一、县纪委监委印发的统计审计系统廉政
  风险点参考目录（供对照查找，不作为本单位风险点）``, its own heading ``序号 | 岗位类别 | 参考风险点 |
  参考等级 | 参考防控措施``, rows by 岗位类别 (``领导岗位/中层岗位/一般岗位``) with 高/中/低 — then a
  caption ``二、本单位岗位廉政风险点`` and the unit's own list. Only the second list is the unit's;
  the catalogue names no post of the unit and no person, and its rows are no points. The README's
  读得懂的表 knows a repealed old list under (or over) the current one (``已废止``, ``仅供对照``,
  ``原清单（作废）``), a library sheet the holders pick points from, and common points a note applies
  to everyone; it does not describe a reference catalogue of another body pasted on the same sheet
  that applies to no one.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市审计局's 审前公告 with the 审计
“八不准”工作纪律 — 宴请, 礼品礼金, 审计秘密, 请托干预; a report on 基层统计工作 — 统计员 持证上岗, 报表报送
制度, 考核, 电算化; the 经济普查办法 — 普查经费 专款专用, 不得伪造篡改普查资料, 普查表; a 县统计局's
notice on 住户调查大样本轮换 — 入户摸底, 调查样本, 个人信息保密; a 区审计局 paper on 政府投资项目审计
风险 — 招投标, 工程结算, 竣工决算; a history of 经济责任审计 — 任期经济责任, 审计规定, 审计结果运用;
a paper on 乡镇统计工作 — 基础数据, 统计台账; a paper on 乡镇统计 in 乡村振兴 — 农业产值, 人口流动,
政令传导) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare surnames 邛 and 厉 with rare given names); every
unit is a body of 裕民县.

Run ``python tests/published/score.py --set batch902`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the reference catalogue (caption ``一、…参考目录（…不作为本单位风险点）`` and its
  rows) is no part of the truth: no form, no point; the truth is the unit's own list under
  ``二、本单位岗位廉政风险点``, one form a holder; the two captions are no group rows (each stands over
  a heading, not among rows);
- ``局领导`` (a 股室 cell), ``中心领导`` (a group row), ``站领导`` (a 组别 or 部门 cell) are the 科室 of those
  leaders; the 统计局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a
  中心's 科 or 组, a 站's 组 are 科室;
- every 中心, every 站 and the two 局 are units of their own: 局长, 副局长, 主任, 副主任 and 站长 are
  leaders; 股长, 科长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 普查中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b902_"
PLACE = "裕民县"
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

REFERENCE_CAPTION = (
    "一、县纪委监委印发的统计审计系统廉政风险点参考目录（供对照查找，不作为本单位风险点）"
)
OWN_CAPTION = "二、本单位岗位廉政风险点"

# (序号, 岗位类别, 参考风险点, 参考等级, 参考防控措施): the upper-level catalogue, no part of the truth
CATALOGUE = [
    (1, "领导岗位", "审计计划安排受人情干扰，随意增减审计项目", "高", "年度审计计划经审计委员会审定后执行。"),
    (2, "领导岗位", "干预审计组查处，对重大问题降格处理", "高", "审计结果集体审定，领导干预插手登记报告。"),
    (3, "中层岗位", "审计复核走过场，对审计报告把关不严", "中", "实行审计组、业务股室、审理三级复核。"),
    (4, "中层岗位", "统计数据审核中授意修改原始数据", "高", "数据修改留痕，原始资料按规定归档。"),
    (5, "一般岗位", "接受被审计单位宴请、礼品礼金", "中", "审计期间签订廉洁承诺书，设立监督电话。"),
    (6, "一般岗位", "泄露审计或统计工作秘密", "低", "严格执行保密制度，涉密资料专人保管。"),
]  # fmt: skip

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
OWN = [
    ("局领导", "局长", "邛翀湛", "leader", [
        ("审计项目计划安排向关系单位倾斜", "一级", "审计项目计划经局党组会集体研究，报县委审计委员会审定。"),
        ("审计发现问题移送处理时打招呼、说人情", "一级", "问题线索移送情况登记，局务会集体决定。"),
    ]),
    ("局领导", "副局长", "厉霈岑", "leader", [
        ("审理环节对审计报告降低定性标准", "一级", "审理意见书面记录，分歧意见提交审计业务会议。"),
        ("与被审计单位存在利益关系未主动回避", "二级", "审计组成员实行利益冲突申报和回避。"),
    ]),
    ("财政金融审计股", "股长", "邛珩毓", "middle", [
        ("审计取证不全，选择性记录审计事项", "二级", "审计底稿实行组长、股长两级复核。"),
        ("长期固定审计同一单位，与被审计单位关系过密", "三级", "审计组成员三年内轮换，不得连续审计同一单位。"),
    ]),
    ("财政金融审计股", "审计员", "厉澍昙", "general", [
        ("审计现场接受被审计单位安排的宴请和娱乐", "二级", "审计期间食宿自理，纪检组随机回访被审计单位。"),
    ]),
    ("办公室", "会计", "邛岷翾", "general", [
        ("审计经费报销票据把关不严", "三级", "报销单据经办、审核、审批三人签字。"),
    ]),
]  # fmt: skip


def yumin_audit_bureau_reference_catalogue() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, REFERENCE_CAPTION, 7)
    sh.add("序号", "岗位类别", "参考风险点", "参考等级", "参考防控措施", None, None)
    first = len(sh.rows)
    for n, kind, point, lv, measures in CATALOGUE:
        r = sh.add(n, kind, point, lv, measures, None, None)
        sh.merge(r, 4, r, 6)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    _line(sh, OWN_CAPTION, 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in OWN:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "yumin_audit_bureau_reference_catalogue", "https://sjj.fuzhou.gov.cn/zwgk/sjgg/202402/t20240221_4779925.htm",
        "(harder) 县审计局 岗位廉政风险防控一览表, after the source's 市审计局 审前公告 with the 审计“八不准”工作纪律 (不准参加被审计单位 "
        "宴请, 不准接受礼品礼金, 不准利用审计知悉的秘密谋利, 不准接受请托干预审计): a title, then a SECOND LIST ABOVE the unit's own on the same sheet — "
        "the upper-level reference catalogue, caption ``一、…参考目录（供对照查找，不作为本单位风险点）``, heading "
        "``序号 | 岗位类别 | 参考风险点 | 参考等级 | 参考防控措施``, 岗位类别 ``领导岗位/中层岗位/一般岗位`` merged, 高/中/低 — "
        "a blank row, a caption ``二、本单位岗位廉政风险点`` and the unit's list ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | "
        "风险等级 | 防控措施`` (股室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``); a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yumin_statistics_bureau_two_sheets() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("厉琇涔", "局长", "主持全面工作", [
            ("授意、指使统计人员修改统计数据", "一级", "统计数据经审核、评估、审定三道程序，领导干预登记报告。"),
            ("统计专项经费安排个人说了算", "一级", "专项经费安排经局务会集体研究，会议纪要存档。"),
        ]),
        ("邛湉岫", "副局长", "分管统计执法、乡镇统计", [
            ("统计执法检查中降低处罚标准、以罚代管", "一级", "重大统计违法案件集体审理，处罚结果公开。"),
            ("乡镇统计员考核评先不公", "二级", "考核结果按报表报送质量量化打分，公示后确定。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合统计股", "股长", "厉翯沅", "middle", "统计报表审核不严，对异常数据不核查", "一级",
         "异常数据逐项查询核实，核实记录存档。"),
        ("综合统计股", "股长", "厉翯沅", "middle", "统计资料对外提供未经审批", "二级", "统计资料提供履行审批登记手续。"),
        ("农村统计股", "统计员", "邛峤霁", "general", "农作物产量调查样本选取不按方案", "二级", "样本按方案抽取，抽样记录双人签字。"),
        ("办公室", "会计", "厉漪翚", "general", "统计调查经费报销审核不严", "二级", "报销单据三级审核，专项经费专账核算。"),
        ("办公室", "出纳", "邛璟淏", "general", "现金收支不及时入账", "三级", "现金日清月结，每月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yumin_statistics_bureau_two_sheets", "https://www.mingyanjiaju.org/fanwen/gongzuobaogao/2086243_2.htm",
        "县统计局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 基层统计工作 (统计员持证上岗, 报表报送制度, "
        "目标考核, 统计电算化): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yumin_census_centre_posts() -> dict:
    unit = f"{PLACE}统计普查中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "普查经费使用", "普查经费不专款专用，挤占挪用", "制度机制风险", "高",
         "普查经费专账核算，支出经中心会议研究。"),
        ("普查业务科", "科长", "middle", "普查数据审核", "对普查表错报、漏报不核查，放任数据失真", "岗位职责风险", "高",
         "普查数据逐级审核，问题数据退回核实并留痕。"),
        ("普查业务科", "普查指导员", "general", "普查员选聘", "普查员选聘优亲厚友，不按条件择优", "业务流程风险", "中",
         "普查员选聘条件和结果公示。"),
        ("普查业务科", "普查指导员", "general", "普查登记", "伪造、篡改普查资料", "思想道德风险", "高",
         "入户登记定位采集，事后质量抽查。"),
        ("数据处理科", "数据处理员", "general", "普查资料管理", "泄露普查对象的商业秘密和个人信息", "外部环境风险", "中",
         "普查资料专人专柜保管，查阅登记。"),
        ("数据处理科", "数据处理员", "general", "设备采购验收", "数据处理设备验收不严", "业务流程风险", "低",
         "设备验收两人以上，验收单存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "yumin_census_centre_posts", "https://m.docduoduo.com/p-1987640.html",
        "县统计普查中心 岗位廉政风险点排查表 对岗不对人, after the source's 经济普查办法 (普查经费 专款专用, 不得伪造篡改普查资料, "
        "普查表, 普查员): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yumin_accountability_audit_cards() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    t = _Truth(unit)
    cards = [
        ("主任", "厉沄岱", "主任", "主持中心全面工作", "leader", [
            ("经济责任审计对象确定受人情干扰", "★★★", "审计对象按组织部门委托确定，中心不得自行增减。"),
            ("审计评价避重就轻，为领导干部开脱责任", "★★★", "审计评价依据审计规定逐项列明，集体审定。"),
            ("接受被审计领导干部的宴请和礼品", "★", "严守中央八项规定精神，审计前廉洁提醒。"),
        ]),
        ("副主任", "邛霂晗", "副主任", "分管审计实施、审计结果运用", "leader", [
            ("审计结果运用不按规定移送", "★★", "审计结果及时报送联席会议，移送情况登记。"),
            ("审计组成员安排不执行回避", "★★", "审计组组建前逐人填报回避事项。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "yumin_accountability_audit_cards", "http://m.jizihe.com/page/2021/1122/11412176.shtml",
        "县经济责任审计中心 领导干部廉政风险防控卡, one sheet a leader, after the source's history of 经济责任审计 (任期经济责任, "
        "审计规定, 审计结果运用): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yumin_investment_audit_group_rows() -> dict:
    unit = f"{PLACE}政府投资审计中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "厉岍瑗", "leader", [
                ("政府投资项目审计中参与工程结算、招标等管理活动", "一级风险", "审计人员不得参与项目建设管理活动，违者追责。"),
                ("审减金额处理中受施工单位请托", "一级风险", "审减结果经中心会议集体审定，书面告知建设单位。"),
            ]),
        ]),
        ("二、工程审计科", "工程审计科", [
            ("科长", "邛渟琰", "middle", [
                ("竣工决算审计中对高估冒算不予核减", "二级风险", "工程量现场复核，审计底稿两级复核。"),
            ]),
            ("审计员", "厉珣澹", "general", [
                ("隐蔽工程签证审核不到现场", "二级风险", "隐蔽工程审核现场拍照取证。"),
                ("向施工单位泄露审计意见", "三级风险", "签订保密承诺书，审计意见按程序送达。"),
            ]),
        ]),
        ("三、造价复核组", "造价复核组", [
            ("复核员", "邛翊淼", "general", [
                ("委托社会中介机构造价审核结果复核走过场", "二级风险", "中介审核结果按比例抽查复核。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "yumin_investment_audit_group_rows", "http://m.zgkjsz.com/page/2022/0224/19450199.shtml",
        "县政府投资审计中心 廉政风险防控责任清单 under GROUP ROWS, after the source's 区审计局 paper on 政府投资项目审计风险 (决策, "
        "招投标, 施工, 竣工验收, 工程结算): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、中心领导``, ``二、工程审计科``, ``三、造价复核组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def yumin_survey_centre_selfchecks() -> dict:
    unit = f"{PLACE}社会经济调查中心"
    t = _Truth(unit)
    people = [
        ("厉曈瀛", "中心领导", "主任", "leader", [
            ("住户调查样本轮换时擅自更换调查户", "Ⅰ级", "样本轮换按方案抽选，抽选结果存档备查。", "已落实"),
            ("辅助调查员劳务费发放不公开", "Ⅱ级", "劳务费按工作量核定，发放名单公示。", "未发现问题"),
        ]),
        ("邛澐岚", "住户调查组", "调查员", "general", [
            ("入户摸底调查代填、虚填", "Ⅰ级", "摸底问卷定位采集，组长抽查回访。", "已落实"),
            ("泄露记账户个人信息", "Ⅱ级", "调查资料专人保管，签订保密承诺。", "已落实"),
        ]),
        ("厉昶翎", "价格调查组", "调查员", "general", [
            ("价格采集点选取不按规定", "Ⅱ级", "采价点变更报中心审批。", "未发现问题"),
            ("采价数据补录、估填", "Ⅲ级", "采价终端实时上传，中心每月核查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yumin_survey_centre_selfchecks", "https://www.guinan.gov.cn/zwgk/zc/aztfl/qt/content_27616839",
        "县社会经济调查中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县统计局 notice on "
        "住户调查大样本轮换 (入户摸底, 调查样本, 记账户, 个人信息保密): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def yumin_jiyeke_town_station_list() -> dict:
    unit = f"{PLACE}吉也克镇统计站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "邛炜璠", "leader", "按镇领导授意调整上报的统计数据", "制度机制", "高风险",
         "上报数据以原始记录和统计台账为准，调整须说明依据。"),
        ("站领导", "站长", "邛炜璠", "leader", "村级统计员补贴分配不公开", "岗位职责", "中风险",
         "补贴按考核结果发放，在镇政务公开栏公示。"),
        ("统计业务", "统计员", "厉瑀泓", "general", "统计台账不按原始记录登记", "业务流程", "高风险",
         "台账与原始记录每季度核对。"),
        ("统计业务", "统计员", "厉瑀泓", "general", "为企业虚报、瞒报统计数据提供便利", "思想道德", "中风险",
         "企业数据联网直报，统计站只审核不代填。"),
        ("统计业务", "辅助统计员", "邛栖樾", "general", "入户调查走过场、估填数据", "外部环境", "低风险",
         "调查记录由被调查户签字确认。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "yumin_jiyeke_town_station_list", "https://soolun.net/periodical/0c199008ff5a52ad39191ab44aef4433.html",
        "镇统计站 岗位廉政风险防控一览表, after the source's paper on 乡镇统计工作 (基础数据, 统计数据质量, 信息、咨询、监督): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def yumin_halabula_town_station_register() -> dict:
    unit = f"{PLACE}哈拉布拉镇统计站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "组别", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "厉峄骞", "leader", [
            ("农业产值统计向上级“报喜不报忧”", "制度机制", "一级", "产值数据按统计制度核算，核算表留存备查。"),
            ("统计工作经费使用不规范", "岗位职责", "二级", "经费支出经镇财政所审核。"),
        ]),
        ("综合统计组", "组长", "邛骅涟", "middle", [
            ("人口流动数据不核实即上报", "业务流程", "一级", "流动人口数据与派出所、村委会核对。"),
        ]),
        ("农业统计组", "统计员", "厉筠湲", "general", [
            ("农作物播种面积调查估报", "业务流程", "二级", "播种面积实地测量，村干部签字确认。"),
            ("为亲友虚报种植面积骗取补贴提供数据", "思想道德", "三级", "补贴面积数据与统计数据分开，交叉核对。"),
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
        "yumin_halabula_town_station_register", "http://m.sywhzz.com/nd.jsp?id=1456",
        "镇统计站 廉政风险点排查登记表, after the source's paper on 乡镇统计 in 乡村振兴 (农业产值, 作物种植面积, 人口流动, "
        "政令传导): a title, 序号/组别 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yumin_audit_bureau_reference_catalogue(),
    yumin_statistics_bureau_two_sheets(),
    yumin_census_centre_posts(),
    yumin_accountability_audit_cards(),
    yumin_investment_audit_group_rows(),
    yumin_survey_centre_selfchecks(),
    yumin_jiyeke_town_station_list(),
    yumin_halabula_town_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch902-inbox"))

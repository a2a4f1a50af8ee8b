"""The seven-hundred-and-thirty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 人社 bodies
(社保 and 就业), 浑江区 (of 白山市, 吉林省) — its 人力资源和社会保障局, 人事考试中心, 职业技能培训指导中心,
人才交流服务中心, 红土崖镇人力资源和社会保障服务所, 职业技能鉴定所 and 社会保险事业管理局 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 人社局's 一览表 in TWO SHEETS ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 人事考试中心's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row, short
  types, ``高风险/中风险/低风险``;
- the 职业技能培训指导中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险表现``, ``…风险``
  types, 高/中/低; no names;
- the 人才交流服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 红土崖镇 人社服务所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 职业技能鉴定所's 责任清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 社会保险事业管理局's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``hunjiang_employment_center_subsidy_grid``: the 就业服务中心's 就业补助资金经办廉政风险分布表, a GRID:
  the 经办环节 down (``申报受理 | 审核认定 | 资金拨付 | 跟踪核查``), the 补贴项目 across (``职业培训补贴 |
  社会保险补贴 | 公益性岗位补贴 | 创业担保贷款贴息``), each cell ONE point closed by its level in brackets
  (``…（高）``) or ``—``, a ``防控措施`` column per 环节; the holders stand in NEITHER axis: a line under the
  grid, ``经办分工：职业培训补贴——培训股　股长　宦雩笙；社会保险补贴——…``, gives each 补贴项目 (column)
  its 股室, post and holder, so a holder's points are his column's cells. The README's 读得懂的表 knows
  holders down × types across, a 科室 × post grid of points, posts down × points across, ``廉政风险点``
  merged over post columns, and rosters keyed by group, by 工作事项 section rows, by enterprise or by
  stake ranges; it does not describe a grid of two non-holder axes (stage × subsidy item) whose
  COLUMNS are resolved to holders by a 经办分工 line keyed by the column heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 审计 story of 就业补助专项资金 —
培训补贴, 社保补贴, 公益性岗位, 街道 经办; a 市 纪委/人社局 ten ``禁令`` on 事业单位公开招聘 — 因人设岗,
命题, 面试考官, 监督; a county's 事业单位 笔试 — 考点, 考场, 监考, 巡视; an 审计 finding on 职业培训 —
虚报培训对象, 缩短课时, 虚假再就业协议; a page on 监督公开招聘 — 资格审查, 信息公开, 萝卜招聘; a 巡察 case
on 公益性岗位 — 社会事务服务中心, 就业困难人员认定, 家属; a page on 培训骗补 — 技能竞赛, 评价机构,
滥发证书, 篡改成绩; a 人社局 warning on 特殊工种提前退休 — 伪造档案, 出生时间, 骗保) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 宦 and 芈 with rare given names); every unit is a body of
浑江区.

Run ``python tests/published/score.py --set batch739`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each non-``—`` cell of a 补贴项目 column is a point of the holder the 经办分工 line
  gives that column (股室, post, name), with the bracketed level; the bracket is no part of the point;
  the 经办环节 cell and the ``防控措施`` cell name no holder; the ``经办分工`` line, the ``注：`` line and
  the sign-off line are no points;
- a group row ``一、所领导`` gives the 科室 ``所领导`` (its number left off); the 人社局's leaders (sheet
  ``局领导``, no 科室 column) and the 服务所's cards have no 科室;
- 局长, 副局长, 主任 and 副主任 of a 中心, 所长 and 副所长 are leaders; 股长 and 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况``, ``工作职责`` and ``填表时间`` name no point;
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

PREFIX = "b739_"
PLACE = "浑江区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
DASH = "—"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 补贴项目 across, each with the holder the 经办分工 line gives it: (item, 股室, post, name, tier)
ITEMS = [
    ("职业培训补贴", "培训股", "股长", "宦雩笙", "middle"),
    ("社会保险补贴", "就业援助股", "经办员", "芈楸沐", "general"),
    ("公益性岗位补贴", "就业援助股", "股长", "宦鹔禾", "middle"),
    ("创业担保贷款贴息", "创业服务股", "经办员", "芈蘩漪", "general"),
]

# (经办环节, [cell per item: (point, level) or None], 防控措施)
STAGES = [
    ("申报受理", [
        ("培训机构虚报培训对象，将在岗职工登记为失业人员申报补贴", "高"),
        ("灵活就业人员身份材料审核不严，受理不符合条件的申请", "中"),
        ("公益性岗位人员选聘优亲厚友，安置干部家属", "高"),
        ("贷款申请人创业实体材料把关不严", "中"),
    ], "申报材料一次性告知，受理信息系统留痕。"),
    ("审核认定", [
        ("培训课时、考勤记录核验走过场，缩短课时照常认定", "高"),
        ("就业困难人员认定条件放宽，人情认定", "高"),
        None,
        ("贴息对象资格与银行放贷信息不比对", "中"),
    ], "初审、复核分岗办理，认定结果公示五个工作日。"),
    ("资金拨付", [
        ("补贴资金拨付前未与取证名单逐人核对", "中"),
        ("社会保险补贴发放与缴费记录不核对，重复发放", "高"),
        ("公益性岗位补贴按上报名单发放，不核出勤", "中"),
        None,
    ], "资金直补个人账户，拨付清单股室负责人签字。"),
    ("跟踪核查", [
        ("虚假再就业协议不核查，放任机构骗取补贴", "中"),
        None,
        ("公益性岗位人员长期不在岗未及时清退", "低"),
        ("贷款逾期和贴息资金回收不跟踪", "低"),
    ], "每季度抽查回访，发现问题追回资金。"),
]  # fmt: skip


def hunjiang_employment_center_subsidy_grid() -> dict:
    unit = f"{PLACE}就业服务中心"
    n = len(ITEMS)
    ncols = 1 + n + 1
    sh = _Sheet("风险分布表", [12] + [30] * n + [32])
    t = _Truth(unit)
    _line(sh, f"{unit}就业补助资金经办廉政风险分布表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", ncols)
    sh.add("经办环节", *[item for item, *_ in ITEMS], "防控措施")
    for stage, cells, measures in STAGES:
        shown = [DASH if c is None else f"{c[0]}（{c[1]}）" for c in cells]
        sh.add(stage, *shown, measures)
    for j, (_item, dept, post, who, tier) in enumerate(ITEMS):
        for _stage, cells, _measures in STAGES:
            if cells[j] is not None:
                point, lv = cells[j]
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    lines = "；".join(f"{item}——{dept}{GAP}{post}{GAP}{who}" for item, dept, post, who, _ in ITEMS)
    _line(sh, f"经办分工：{lines}。", ncols)
    _line(sh, "注：各格括号内为风险等级（高、中、低）；“—”表示该环节无明显风险点。", ncols)
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None)
    return _layout(
        "hunjiang_employment_center_subsidy_grid", "http://www.skjmd.com/zzygc/4032.html",
        "(harder) 区就业服务中心 就业补助资金经办廉政风险分布表, after the source's 审计 story of 就业补助专项资金 (培训补贴, "
        "社保补贴, 公益性岗位, 街道经办): a title, a 填报单位 line, then a GRID: 经办环节 down (申报受理, 审核认定, 资金拨付, "
        "跟踪核查), 补贴项目 across (职业培训补贴, 社会保险补贴, 公益性岗位补贴, 创业担保贷款贴息), each cell one point closed "
        "by ``（高）/（中）/（低）`` or ``—``, a 防控措施 column per 环节; NO holder in either axis: a merged line under the "
        "grid ``经办分工：职业培训补贴——培训股　股长　宦雩笙；…`` gives each column its 股室, post and holder; a ``注：`` "
        "line and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hunjiang_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("芈雩澜", "局长", "主持全面工作", [
            ("事业单位公开招聘因人设岗、量身定制资格条件", "一级", "招聘方案经局党组会研究，报组织部门审核后公告。"),
            ("干预社保基金、就业资金拨付", "一级", "资金拨付严格执行联签制度，不得个人审批。"),
        ]),
        ("宦棫蘅", "副局长", "分管人事考试、劳动关系", [
            ("面试考官选派不随机、不回避", "一级", "考官从考官库随机抽取，考前集中封闭管理。"),
            ("劳动保障监察案件说情打招呼", "二级", "案件办理全程记录，领导干预登记报告。"),
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
        ("事业单位人事管理股", "股长", "宦璞沅", "middle", "招聘资格审查标准把握不一，放宽报考条件", "一级",
         "资格审查双人复核，审查结果留档备查。"),
        ("事业单位人事管理股", "股长", "宦璞沅", "middle", "拟聘人员考察、公示走过场", "二级", "考察组不少于两人，公示期满方可聘用。"),
        ("事业单位人事管理股", "科员", "芈菡洲", "general", "招聘试卷、成绩材料保管不严", "二级", "试卷专柜保管，原始资料保存一年以上。"),
        ("劳动关系股", "股长", "宦珩栖", "middle", "拖欠工资案件处置中偏袒用人单位", "一级", "欠薪案件集体研究，处理结果书面告知。"),
        ("劳动关系股", "科员", "芈桉筠", "general", "劳动合同备案审查把关不严", "三级", "备案材料逐项核对，定期抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "hunjiang_hrss_bureau_two_sheets", "http://www.hndydb.com/news/235814.shtml",
        "区人社局 廉政风险防控一览表 in TWO SHEETS, after the source's ten 禁令 on 事业单位公开招聘 (因人设岗, 资格审查, 命题试卷, "
        "面试考官, 公示, 监督): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hunjiang_exam_center_list() -> dict:
    unit = f"{PLACE}人事考试中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "宦蒹葭", "leader", "考点、考场设置和监考人员安排不经集体研究", "制度机制", "高风险",
         "考务方案经中心会议研究，监考人员抽签确定考场。"),
        ("中心领导", "主任", "宦蒹葭", "leader", "接受考生或家长请托", "思想道德", "中风险", "签订考务人员保密承诺书。"),
        ("考务科", "科长", "芈栾溪", "middle", "试卷交接、保管环节泄密", "岗位职责", "高风险",
         "试卷双人押运、双人双锁保管，全程录像。"),
        ("考务科", "科员", "宦藜舟", "general", "考生报名信息审核不严，替考未被发现", "业务流程", "中风险",
         "入场核验身份证、准考证，人脸识别比对。"),
        ("考务科", "科员", "宦藜舟", "general", "考场违纪记录随意更改", "业务流程", "低风险", "违纪记录当场签字确认。"),
        ("综合科", "会计", "芈蘋岫", "general", "考务费用支出票据审核不严", "制度机制", "中风险", "费用报销经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "hunjiang_exam_center_list", "http://www.ges-training.com/n1818635c1273.aspx",
        "区人事考试中心 岗位廉政风险防控一览表, after the source's county 事业单位 招聘笔试 (考点, 考场, 监考人员抽签, 巡视组, "
        "替考): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def hunjiang_training_center_posts() -> dict:
    unit = f"{PLACE}职业技能培训指导中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "定点培训机构认定", "定点培训机构认定条件把关不严，暗箱操作", "制度机制风险", "高",
         "认定结果经集体研究并向社会公示。"),
        ("培训管理科", "科长", "middle", "培训过程监管", "培训课时缩短不纠正，与培训机构串通", "岗位职责风险", "高",
         "不定期到班抽查，核对签到与视频记录。"),
        ("培训管理科", "科长", "middle", "培训对象审核", "将在岗员工登记为失业人员纳入培训", "业务流程风险", "中",
         "培训对象与参保信息比对。"),
        ("培训管理科", "科员", "general", "就业去向核实", "虚假再就业协议不核实，照单认定就业", "业务流程风险", "中",
         "就业去向电话回访，抽查用工企业。"),
        ("综合科", "会计", "general", "补贴资金结算", "补贴结算不按合格人数核定", "外部环境风险", "低",
         "结算清单与证书名单逐人核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "hunjiang_training_center_posts", "http://www.victorzhang.cn/page/2015/0429/26833584.shtml",
        "区职业技能培训指导中心 岗位廉政风险点排查表 对岗不对人, after the source's 审计 finding on 职业培训 (虚报培训对象, "
        "缩短培训课时, 虚假再就业协议, 定点培训机构): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hunjiang_talent_center_selfchecks() -> dict:
    unit = f"{PLACE}人才交流服务中心"
    t = _Truth(unit)
    people = [
        ("宦霓裳", "中心领导", "主任", "leader", [
            ("引进人才资格审核中降低标准", "Ⅰ级", "引进人才条件公开，审核结果公示。", "已落实"),
            ("人事代理收费不规范", "Ⅱ级", "收费标准上墙公示，开具票据。", "未发现问题"),
        ]),
        ("芈杼澜", "档案管理科", "档案管理员", "general", [
            ("人事档案材料涂改、替换", "Ⅰ级", "档案查借阅登记，材料入档双人审核。", "已落实"),
            ("违规出具档案证明", "Ⅱ级", "证明出具经科长审核签字。", "已落实"),
        ]),
        ("宦苕华", "招聘服务科", "科长", "middle", [
            ("代理招聘信息发布不公开、不充分", "Ⅱ级", "招聘信息统一在官网发布。", "未发现问题"),
            ("招聘会展位安排收受好处", "Ⅲ级", "展位按报名先后安排。", "已落实"),
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
        sh.add("本人签名：", None, "中心意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hunjiang_talent_center_selfchecks", "https://www.dangtu.net.cn/article/19387.html",
        "区人才交流服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "监督公开招聘 (资格审查, 信息公开, 萝卜招聘, 档案): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | "
        "中心意见：``",
        sheets, t,
    )  # fmt: skip


def hunjiang_hongtuya_service_cards() -> dict:
    unit = f"{PLACE}红土崖镇人力资源和社会保障服务所"
    t = _Truth(unit)
    cards = [
        ("所长", "芈荇禾", "所长", "主持服务所全面工作", "leader", [
            ("公益性岗位人员推荐中优亲厚友", "★★★", "推荐名单经镇党委会研究，公示五个工作日。"),
            ("就业困难人员认定材料把关不严", "★★★", "认定材料入户核实，村（社区）出具证明。"),
            ("接受服务对象吃请", "★", "严守中央八项规定精神。"),
        ]),
        ("协理员", "宦崧蔚", "协理员", "负责城乡居民养老保险经办", "general", [
            ("死亡人员养老金停发不及时", "★★", "每月与民政、公安数据比对。"),
            ("代收保费不及时上缴", "★★", "保费当日缴入专户，票据连号使用。"),
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
        "hunjiang_hongtuya_service_cards", "http://www.jinjitv.com/show-1-16132.aspx",
        "镇人社服务所 岗位廉政风险防控卡, one sheet a person, after the source's 巡察 case on 公益性岗位 (社会事务服务中心, "
        "就业困难人员认定, 劳保中心, 家属): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hunjiang_skill_appraisal_group_rows() -> dict:
    unit = f"{PLACE}职业技能鉴定所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "宦枳潆", "leader", [
                ("职业技能竞赛承办机构选定不公开", "一级风险", "承办机构公开遴选，结果公示。"),
                ("评价机构备案审核把关不严", "二级风险", "备案材料实地核验。"),
            ]),
        ]),
        ("二、考核鉴定科", "考核鉴定科", [
            ("科长", "芈棹汀", "middle", [
                ("考评员放水、篡改考核成绩", "一级风险", "考核全程录像，成绩双人录入。"),
            ]),
            ("考务员", "宦涔钰", "general", [
                ("违规发放职业技能等级证书", "一级风险", "证书信息联网可查，发证名单公示。"),
                ("考生身份核验不严", "三级风险", "人证比对，留存现场照片。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("出纳", "芈沚蘩", "general", [
                ("鉴定收费不开票据", "二级风险", "收费统一缴入单位账户，开具票据。"),
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
        "hunjiang_skill_appraisal_group_rows", "https://fund818.com/news/2025-04-18/2836.html",
        "区职业技能鉴定所 廉政风险防控责任清单, after the source's page on 培训骗补 (技能竞赛, 承办机构, 评价机构, 考试放水, "
        "证书): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、考核鉴定科``, ``三、综合科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hunjiang_social_insurance_register() -> dict:
    unit = f"{PLACE}社会保险事业管理局"
    sh = _Sheet("登记表", [6, 14, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "芈蘅鹭", "leader", [
            ("特殊工种提前退休审批把关不严", "制度机制", "一级", "特殊工种退休经集体会审，名单公示。"),
            ("基金支付大额审批不执行联签", "岗位职责", "二级", "大额支付集体研究、联签审批。"),
        ]),
        ("养老保险科", "科长", "宦槿澍", "middle", [
            ("退休人员档案出生时间涂改未发现", "业务流程", "一级", "档案原件审核，疑点档案调查核实。"),
        ]),
        ("养老保险科", "经办员", "芈蓍岚", "general", [
            ("养老金待遇核定计算错误或人为多算", "业务流程", "二级", "待遇核定系统计算，复核岗复核。"),
            ("帮助他人伪造特殊工种材料", "思想道德", "一级", "签订廉洁承诺书，发现线索移送。"),
        ]),
        ("稽核科", "稽核员", "宦椒岚", "general", [
            ("稽核发现问题不如实上报", "外部环境", "三级", "稽核报告经科长审核存档。"),
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
        "hunjiang_social_insurance_register",
        "http://www.auxus.cn/kpsrlzyhshbzj/xxfb/zscd/content/post_3044623.html",
        "区社会保险事业管理局 廉政风险点排查登记表, after the source's 人社局 warning on 特殊工种提前退休 (伪造档案, 出生时间, "
        "骗保, 社会保险法 第八十八条): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hunjiang_employment_center_subsidy_grid(),
    hunjiang_hrss_bureau_two_sheets(),
    hunjiang_exam_center_list(),
    hunjiang_training_center_posts(),
    hunjiang_talent_center_selfchecks(),
    hunjiang_hongtuya_service_cards(),
    hunjiang_skill_appraisal_group_rows(),
    hunjiang_social_insurance_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch739-inbox"))

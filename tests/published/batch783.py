"""The seven-hundred-and-eighty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's human
resources and social security bodies, 灵丘县 (of 大同市, 山西省) — its 人力资源和社会保障局, 社会保险服务中心,
机关事业单位养老保险中心, 劳动保障监察大队, 就业服务中心, 职业技能培训中心 and 人才交流服务中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 人社局's 一览表 in TWO SHEETS: ``局领导`` (``职务 | 姓名`` merged per leader) and ``股室`` (``股室``
  merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 社会保险服务中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (short
  names), 高/中/低, a ``注：`` line;
- the 机关事业单位养老保险中心's 一览表 under ``附件3`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on
  EVERY row, ``…风险`` types, ``高风险/中风险/低风险``, a sign-off line;
- the 劳动保障监察大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, ``Ⅰ级/Ⅱ级/Ⅲ级``, no names;
- the 就业服务中心's 清单 under GROUP ROWS ``一、中心领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 职业技能培训中心's 防控卡, one sheet a person, ``★★★/★★/★`` read by a ``注：`` line;
- the 人才交流服务中心's 自查表, one sheet a person, a label row over a row of values, 高/中/低.

One is harder:

- ``lingqiu_arbitration_court_panels``: the 劳动人事争议仲裁院's 廉政风险点排查表 lists its rows by
  ``仲裁庭`` (merged: ``立案庭``, ``第一仲裁庭``, ``第二仲裁庭``) and a bare ROLE in ``岗位`` (``首席仲裁员``,
  ``书记员``, ``受理员``) — the same roles in each 庭 — and NO name column; the holders stand only in a
  prose ``说明：`` line under the table that says how each 庭 is made up (``第一仲裁庭由首席仲裁员晏…、
  书记员巫…组成；…``), so each row's holder is the person the prose names for that 庭 and that role.
  The 读得懂的表 knows a post-only list completed from a ``部门 | 岗位 | 姓名`` roster TABLE, an
  (item, role) roster grid, a prose 领导班子分工 line for 分管科室, surname+post keys on a roster line;
  not a (group, role) list whose people stand only in a prose composition sentence per group.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (仲裁员守则 — 单独会见, 馈赠宴请, 回避;
兼职仲裁员管理办法; 两份社保文件的页面; 县欠薪隐患排查报告; 就业补助资金管理办法; 阳光工程 培训补贴;
职业介绍补贴) and the layout follows their words. The rows are worded by us,
the names invented (the rare surnames 晏 and 巫 with rare given names); every unit is a body of 灵丘县.

Run ``python tests/published/score.py --set batch783`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's holder is the person the ``说明：`` line names for the row's 庭 and
  role; the 庭 is the 科室 (``立案庭``, ``第一仲裁庭``, ``第二仲裁庭``); the two 首席仲裁员 and the two
  书记员 are different holders; the 说明 line and the sign-off are no points;
- 局长, 副局长, 主任, 副主任, 大队长, 院长 are leaders; 股长 and a 科's 科长 middle; the rest general;
- every level word used is 1/2/3 (``★★★`` highest, by the 注 line).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b783_"
PLACE = "灵丘县"
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

# (庭, role) -> holder, as the 说明 line names them
PANELS = [
    ("立案庭", [("受理员", "巫筠翚")]),
    ("第一仲裁庭", [("首席仲裁员", "晏瑧琭"), ("书记员", "巫昳蘅")]),
    ("第二仲裁庭", [("首席仲裁员", "巫璟翯"), ("书记员", "晏翙苒")]),
]

# (庭, role, 廉政风险点, 风险等级, 防控措施)
ARB_ROWS = [
    ("立案庭", "受理员", "对符合受理条件的仲裁申请拖延立案或不予受理", "二级",
     "立案受理全程公开，五日内决定是否受理并书面告知。"),
    ("立案庭", "受理员", "向申请人推荐代理人、收取好处", "三级", "签订《廉洁办案承诺书》，窗口公开举报电话。"),
    ("第一仲裁庭", "首席仲裁员", "办理人情案、关系案，偏袒一方当事人", "一级",
     "应回避的主动申请回避，裁决书经院长审签。"),
    ("第一仲裁庭", "首席仲裁员", "私下会见当事人及其代理人", "一级", "会见当事人须在仲裁院内两人以上进行并记录。"),
    ("第一仲裁庭", "书记员", "庭审笔录记载不实或事后改动", "二级", "笔录当庭由当事人核对签字，电子笔录留痕。"),
    ("第二仲裁庭", "首席仲裁员", "调解中压价、诱导劳动者放弃合法权益", "一级",
     "调解协议经双方确认，对工资、经济补偿按要素式审查清单核对。"),
    ("第二仲裁庭", "首席仲裁员", "超审限办案、案件久拖不结", "二级", "审限节点系统提醒，院务会每月通报。"),
    ("第二仲裁庭", "书记员", "泄露合议意见和案件信息", "三级", "合议记录封存，卷宗按规定归档。"),
]  # fmt: skip


def lingqiu_arbitration_court_panels() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    sh = _Sheet("排查表", [6, 12, 12, 40, 9, 36])
    t = _Truth(unit)
    who_of = {(panel, role): who for panel, roles in PANELS for role, who in roles}
    _line(sh, f"{unit}廉政风险点排查表", 6)
    sh.add("序号", "仲裁庭", "岗位", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for i, (panel, role, point, lv, measures) in enumerate(ARB_ROWS, 1):
        sh.add(i, panel, role, point, lv, measures)
        tier = "leader" if role == "首席仲裁员" else "general"
        t.point(sh.name, panel, role, who_of[(panel, role)], tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2)
    parts = []
    for panel, roles in PANELS:
        members = "、".join(f"{role}{who}" for role, who in roles)
        parts.append(f"{panel}由{members}组成" if len(roles) > 1 else f"{panel}{members}")
    _line(sh, "说明：" + "；".join(parts) + "。各岗位风险点由上述人员负责防控。", 6)
    sh.add("填表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "lingqiu_arbitration_court_panels", "http://www.getstemgo.com/index.php?m=Page&a=index&id=28",
        "(harder) 县劳动人事争议仲裁院 廉政风险点排查表, after the source's 仲裁员守则 (不得单独会见当事人, 不得接受馈赠宴请, "
        "主动披露和回避, 不得拖延): 序号/仲裁庭 merged/岗位 (a bare role, the same roles in each 庭) merged/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施, NO name column; the holders stand only in a merged prose ``说明：`` line "
        "under the table naming each 庭's members by role (``第一仲裁庭由首席仲裁员晏瑧琭、书记员巫昳蘅组成；…``)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lingqiu_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 40, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 6)
    lead.add("序号", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "晏沨珝", [
            ("社保基金监督发现的问题不按规定移交处理", "一级", "基金监督问题线索集体研判，按规定移送纪检监察机关。"),
            ("事业单位公开招聘方案设置排他性条件", "一级", "招聘方案经局党组会研究并公告。"),
        ]),
        ("副局长", "巫翊潆", [
            ("提前退休审批把关不严", "一级", "特殊工种提前退休公示，档案原件审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2)])
    dept = _Sheet("股室", [6, 14, 9, 9, 40, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("基金监督股", "股长", "晏璘翀", "middle", "社保基金支付异常数据核查走过场", "一级",
         "疑点数据逐条核查，核查结果双人签字。"),
        ("基金监督股", "股长", "晏璘翀", "middle", "第三方审计评估结果不运用", "三级", "审计发现问题建立整改台账。"),
        ("人事股", "股员", "巫澔岚", "general", "事业单位工资变动审核不严", "二级", "工资变动审核、复核两级把关。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "lingqiu_hrss_bureau_two_sheets", "http://hzldzy.com/detail-6556.html",
        "县人社局 廉政风险防控一览表 in TWO SHEETS, after the source's 区人社局 印发 兼职仲裁员管理办法 to 各科室 and 局属事业单位 (聘任, 管理, 解聘): "
        "sheet 局领导 with 职务/姓名 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def lingqiu_social_insurance_center_list() -> dict:
    unit = f"{PLACE}社会保险服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "巫瑆岍", "leader", "养老保险待遇核定审批不严", "岗位职责", "高",
         "待遇核定经办、复核、审批三岗分设。"),
        ("养老保险科", "科长", "晏珣霂", "middle", "违规办理养老保险费补缴", "业务流程", "高",
         "补缴凭原始工资表审核，补缴三年以上签订承诺书。"),
        ("养老保险科", "科长", "晏珣霂", "middle", "养老保险关系转移接续资料审核不严", "制度机制", "中",
         "转移资料及时归档，定期抽查。"),
        ("工伤保险科", "经办员", "巫岫琤", "general", "工伤医疗费报销超目录支付", "业务流程", "中",
         "按药品目录、诊疗目录逐项审核，复核签字。"),
        ("工伤保险科", "经办员", "巫岫琤", "general", "待遇领取资格认证不到位", "思想道德", "低",
         "资格认证数据每月比对，疑点上门核实。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    return _layout(
        "lingqiu_social_insurance_center_list", "https://www.zhetiaohe.com/ss/187fab922b79917110d21a6a683548a71bbd69d5ebdba80edf25e25bdc734eb6.html",
        "县社会保险服务中心 岗位廉政风险防控一览表, after the source's page on a 京社保发 document (社会保险经办; "
        "rows on 转移接续, 补缴, 工伤医疗费报销, 资格认证): 科室 merged, 岗位/姓名 merged per person, 风险类型 short names, 高/中/低; a 注 line",
        [sh], t,
    )  # fmt: skip


def lingqiu_pension_center_every_row() -> dict:
    unit = f"{PLACE}机关事业单位养老保险中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 13, 9, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "晏琇沄", "leader", "基金财务管理收支不分离", "制度机制风险", "高风险",
         "收入户、支出户分设，财务月度对账。"),
        ("待遇审核股", "股长", "巫淏珺", "middle", "违规调整缴费基数和视同缴费年限", "岗位职责风险", "高风险",
         "缴费年限认定集体审核并留存档案依据。"),
        ("待遇审核股", "复核员", "晏岚翮", "general", "复核流于形式，系统权限混用", "业务流程风险", "中风险",
         "系统权限一人一号，定期清理。"),
        ("征缴股", "经办员", "巫澂瑗", "general", "参保单位欠费不催缴", "外部环境风险", "中风险",
         "欠费台账每月更新，逾期通报。"),
        ("征缴股", "经办员", "巫澂瑗", "general", "接受参保单位吃请", "思想道德风险", "低风险",
         "签订廉洁承诺，节前提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "lingqiu_pension_center_every_row", "https://www.zhetiaohe.com/ss/46b15d46c827b3ef9702581d5ef4f4088b5e887d19472a92826f4ef68de48f9c.html",
        "县机关事业单位养老保险中心 岗位廉政风险防控一览表, after the source's page on a 人社局 document (社保经办; "
        "rows on 基金财务, 缴费年限, 系统权限, 征缴): ``附件3``, a title, a 填报单位（盖章） line, 部门/岗位/责任人 on EVERY row, ``…风险`` types, "
        "``高风险/中风险/低风险``; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def lingqiu_labor_inspection_posts() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    sh = _Sheet("排查表", [6, 12, 12, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "中队", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "欠薪案件查处中说情打招呼、以罚代管", "Ⅰ级", "重大案件集体审议，处罚决定公开。"),
        ("监察一中队", "监察员", "general", "日常巡查走过场，对违法用工不立案", "Ⅱ级", "巡查双人进行，执法记录仪全程记录。"),
        ("监察一中队", "监察员", "general", "接受用人单位宴请、礼品", "Ⅲ级", "签订廉洁执法承诺书。"),
        ("监察二中队", "中队长", "middle", "农民工工资保证金违规返还", "Ⅰ级", "保证金返还经大队审核并公示。"),
        ("监察二中队", "中队长", "middle", "举报投诉信息泄露", "Ⅱ级", "举报人信息专人登记，严格保密。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, "审核：", None, "2025年3月", None)
    return _layout(
        "lingqiu_labor_inspection_posts", "https://www.httgc.com/kk/jie-mi-xian-qian-xin-yin-huan-pai-cha-bao-gao-jie-shi-feng-xian-yu-dui-ce.html",
        "县劳动保障监察大队 岗位廉政风险点排查表 对岗不对人, after the source's 县欠薪隐患排查报告 (劳动监察力度, "
        "劳动合同管理, 欠薪案件): 中队 merged, 岗位 merged, 风险点, ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no names, no type column",
        [sh], t,
    )  # fmt: skip


def lingqiu_employment_center_group_rows() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "巫翾琦", "leader", [
                ("就业补助资金分配不按规定程序", "一级风险", "资金分配方案集体研究，报县财政局、人社局备案。"),
            ]),
        ]),
        ("二、就业促进股", "就业促进股", [
            ("股长", "晏泓璆", "middle", [
                ("一次性创业补贴申领材料审核不严", "一级风险", "补贴对象实地核查，名单公示。"),
                ("公益性岗位人员认定优亲厚友", "二级风险", "岗位人员公开招聘，结果公示。"),
            ]),
            ("经办员", "巫瑀霏", "general", [
                ("社会保险补贴重复发放", "二级风险", "补贴发放前系统比对，防止重复享受。"),
                ("就业失业登记信息录入不实", "三级风险", "登记信息每月抽查。"),
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
        "lingqiu_employment_center_group_rows",
        "http://we-yicun.com/system/2024/02/28/030961396.shtml",
        "县就业服务中心 廉政风险防控责任清单, after the source's 就业补助资金管理办法 (创业补贴, 社会保险补贴, 公益性岗位): "
        "GROUP ROWS ``一、中心领导``, ``二、就业促进股`` merged across, 岗位/姓名 merged per person, "
        "``一级风险/二级风险/三级风险``; no type column",
        [sh], t,
    )  # fmt: skip


def lingqiu_skills_training_cards() -> dict:
    unit = f"{PLACE}职业技能培训中心"
    t = _Truth(unit)
    cards = [
        ("主任", "晏曈霄", "主任", "主持中心全面工作", "leader", [
            ("定点培训机构认定暗箱操作", "★★★", "培训机构认定公开评审，结果公示。"),
            ("培训补贴资金拨付不按结业就业情况核定", "★★★", "补贴按结业率、就业率核定，财政直拨。"),
        ]),
        ("培训管理员", "巫沅璟", "培训管理员", "负责培训班开班、考勤、结业审核", "general", [
            ("培训学员花名册虚报人数", "★★", "学员实名签到，人脸识别考勤。"),
            ("结业考核把关不严", "★", "结业考核随机抽查，考核记录存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "lingqiu_skills_training_cards", "http://www.yuanjingfilm.com/article/zhongjibaogao/gzhb/200603/35265.html",
        "县职业技能培训中心 岗位廉政风险防控卡, one sheet a person, after the source's 阳光工程 培训 (培训机构, 培训补贴, "
        "结业率, 转移就业): ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, ``★★★/★★/★``; a 注 line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def lingqiu_talent_center_selfchecks() -> dict:
    unit = f"{PLACE}人才交流服务中心"
    t = _Truth(unit)
    people = [
        ("巫珈翥", "中心领导", "主任", "leader", [
            ("人事代理档案违规出借、涂改", "高", "档案查借阅审批登记，专人保管。", "已落实"),
            ("职业介绍补贴审核把关不严", "中", "补贴按实际就业人数核定，社保缴费记录比对。", "未发现问题"),
        ]),
        ("晏霁璠", "档案管理室", "档案管理员", "general", [
            ("为他人出具虚假档案证明", "高", "证明材料双人核对，出具登记。", "已落实"),
            ("档案室管理不规范造成材料遗失", "低", "每季度清点，台账管理。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lingqiu_talent_center_selfchecks", "http://www.ruanmodengxiang.com/content-29-879-1.html",
        "县人才交流服务中心 岗位廉政风险自查表, one sheet a person, after the source's 职业介绍补贴 (人力资源服务机构, "
        "社会保险缴费记录): a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over values, 高/中/低, 自查情况",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lingqiu_arbitration_court_panels(),
    lingqiu_hrss_bureau_two_sheets(),
    lingqiu_social_insurance_center_list(),
    lingqiu_pension_center_every_row(),
    lingqiu_labor_inspection_posts(),
    lingqiu_employment_center_group_rows(),
    lingqiu_skills_training_cards(),
    lingqiu_talent_center_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch783-inbox"))

"""The nine-hundred-and-sixty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政 and 人社
bodies, 工布江达县 (林芝市, 西藏自治区) — its 民政局, 人力资源和社会保障局, 社会救助站, 就业服务中心,
劳动保障监察大队, 医疗保障服务中心 and two 乡镇社会事务办 (巴河镇, 错高乡) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 民政局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低 and a
  ``注：`` line;
- the 人社局's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 社会救助站's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 | …`` and
  a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 就业服务中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 劳动保障监察大队's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 职　务 | 自查时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查结果``, no type column;
- the 巴河镇社会事务办's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 错高乡社会事务办's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row, short types, ``一级/二级/三级``.

One is harder:

- ``gongbu_medical_insurance_levels_by_history``: the 医疗保障服务中心's 医保经办岗位廉政风险点排查表, an
  ordinary list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 近三年问题发生情况 | 防控措施``, 科室 merged,
  岗位 and 姓名 merged per person) with NO LEVEL COLUMN: each row says in free text whether and how
  the risk came to light in the last three years (``2023年县委第二巡察组反馈：…``, ``2024年县审计局…
  专项审计指出…``, ``2023年群众来信反映…``, ``2022年中心内部稽核发现…``, ``未发生``), and a ``注：`` line
  grades by that history: found by 巡察 or 审计 → 一级, by 信访举报 or an internal check → 二级, none
  in three years → 三级. The README's 读得懂的表 and docs/layouts.md know levels from a column of a
  few fixed values named in a note (``监控频次``), from amounts in ranges, from a 名次, from the
  监控责任主体, from remarks that name the level; they do not describe levels graded by the KIND OF
  EVIDENCE a free-text history column cites (巡察/审计 against 信访/内部检查 against none).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (what a 民政局 does — 社会救助, 养老,
婚姻登记, 殡葬, 优抚; 西藏's 人社部门 and 农牧民转移就业, 以工代赈, 技能培训; a town's 低保专项治理 —
关系保, 人情保, 入户; agents who 代办 创业补贴 and take a cut; how a 劳动监察大队 handles 拖欠工资 —
投诉举报, 调查取证, 责令整改; 违纪违法案例 in 医保 bodies and what 审计 should look at; 巴河镇 on the
318国道 and 巴松错; 工布江达县 itself, its 乡 and 错高湖) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
compound surnames 伯赏 and 商牟 with rare given names); every unit is a body of 工布江达县.

Run ``python tests/published/score.py --set batch963`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one the ``注：`` line gives the kind of evidence its
  ``近三年问题发生情况`` cell cites (巡察 or 审计: 1; 信访、来信、举报 or 内部检查、稽核: 2; 未发生: 3); that
  column is no point, no description and no level word; no type column, so no types;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``局领导``, ``中心领导``, ``大队领导`` (a 股室/科室 cell, a group
  row, a 所在科室 value) are the 科室 of those leaders; a 局's 股, a 中心's 股 or 科 and a 大队's 中队 are 科室;
- the 局, the 站, the 中心 and the 大队 are units of their own: 局长, 副局长, 站长, 主任 (of a 中心) and
  大队长 are leaders; 股长, 科长 and 中队长 middle; the rest general; a 乡镇社会事务办 is its 乡镇's office
  (unit ``工布江达县巴河镇社会事务办``, no 科室; the score takes both writings): its 主任 is middle;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查结果`` and ``自查时间``
  are no points and name no holder; the 巴河镇社会事务办's list names no person: its forms are posts;
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

PREFIX = "b963_"
PLACE = "工布江达县"
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


def history_level(text: str) -> int:
    """The level the harder file's ``注：`` line gives the evidence a history cell cites."""
    if "巡察" in text or "审计" in text:
        return 1
    if any(w in text for w in ("信访", "来信", "举报", "内部检查", "稽核发现")):
        return 2
    assert "未发生" in text, text
    return 3


# (科室, 岗位, 姓名, tier, [(廉政风险点, 近三年问题发生情况, 防控措施)])
BY_HISTORY = [
    ("中心领导", "主任", "商牟峋", "leader", [
        ("定点医药机构协议管理中为关系户打招呼、开绿灯",
         "2023年县委第二巡察组反馈：定点零售药店准入把关不严", "定点准入经中心办公会集体研究，结果公示。"),
        ("医保基金拨付审批个人说了算", "近三年未发生", "基金拨付实行经办、复核、审批三级签字。"),
    ]),
    ("基金稽核科", "科长", "伯赏璇", "middle", [
        ("对定点医疗机构分解住院、串换药品等违规行为查处不力",
         "2024年县审计局医保基金专项审计指出：部分违规费用未追回", "稽核结果录入智能监控系统，追回情况按月通报。"),
        ("稽核结论受人情干扰、降格处理", "2023年群众来信反映", "稽核结论经科室集体讨论，重大案件报中心审定。"),
    ]),
    ("待遇审核科", "审核员", "商牟瑗", "general", [
        ("异地就医、门诊慢特病费用报销审核不严",
         "2022年中心内部稽核发现：个别报销单据重复结算", "报销资料双人审核，系统自动比对重复单据。"),
        ("为亲友违规办理门诊慢特病认定", "未发生", "慢特病认定由专家评审，结果公示。"),
    ]),
    ("征缴科", "经办员", "伯赏澂", "general", [
        ("城乡居民医保参保资助对象认定不实",
         "2024年县委巡察整改“回头看”发现：资助名单与民政数据不一致", "资助名单每季度与民政、乡村振兴部门数据比对。"),
        ("代收参保费不及时上缴、挪作他用", "2023年群众举报", "参保费一律通过银行、线上缴纳，经办人不收现金。"),
    ]),
]  # fmt: skip


def gongbu_medical_insurance_levels_by_history() -> dict:
    unit = f"{PLACE}医疗保障服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 10, 36, 34, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}医保经办岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "近三年问题发生情况", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_HISTORY:
        for point, history, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, history, measures)
            t.point(sh.name, dept, post, who, tier, point, [], history_level(history))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：本表不另设风险等级栏，风险等级按近三年问题发生情况确定：经巡察、审计指出过问题的为一级风险；"
              "经信访举报反映或内部检查发现过问题的为二级风险；近三年未发生问题的为三级风险。", 7)  # fmt: skip
    sh.add("填表：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "gongbu_medical_insurance_levels_by_history", "http://m.mooganics.com/n6/n39/c10505657/content.html",
        "(harder) 县医疗保障服务中心 医保经办岗位廉政风险点排查表, after the source's analysis of 违纪违法案例 in 医保 bodies "
        "and what 审计 should look at (医保基金监管审核, 骗保, 智能化监管): a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/``近三年问题发生情况`` (free text: 巡察反馈, 审计指出, 群众来信、举报, 内部稽核发现, 未发生)/防控措施 "
        "with NO LEVEL COLUMN, and a ``注：`` line grading by the kind of evidence (巡察、审计 一级; 信访举报、内部检查 二级; "
        "未发生 三级); no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gongbu_civil_affairs_bureau_list() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "伯赏岫岚", "leader", "社会救助资金分配、养老机构建设项目安排个人说了算", "制度机制风险", "高",
         "重大事项经局党组会集体研究，会议纪要存档。"),
        ("局领导", "局长", "伯赏岫岚", "leader", "为亲友低保、优抚待遇审批打招呼", "思想道德风险", "中",
         "领导干部插手干预登记报告，定期廉政谈话。"),
        ("社会救助股", "股长", "商牟珩", "middle", "低保、特困审批把关不严，出现人情保、关系保", "岗位职责风险", "高",
         "审批结果在村（居）长期公示，每季度抽查复核。"),
        ("社会救助股", "股长", "商牟珩", "middle", "临时救助金超标准、超范围审批", "业务流程风险", "中",
         "临时救助按标准分档审批，大额救助集体研究。"),
        ("社会事务股", "婚姻登记员", "伯赏琤", "general", "婚姻登记违规办理、收取好处费", "岗位职责风险", "中",
         "登记全程录像，收费标准上墙公示。"),
        ("社会事务股", "婚姻登记员", "伯赏琤", "general", "殡葬服务收费监管不到位", "外部环境风险", "低",
         "殡葬服务价格公示，每半年检查一次。"),
        ("社会事务股", "优抚专干", "商牟沅汐", "general", "优抚对象资格审核不严，虚报冒领抚恤金", "业务流程风险", "高",
         "优抚对象每年认证，抚恤金打卡发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "gongbu_civil_affairs_bureau_list", "https://m.nhbk.net/changshi/EMoNpXmwaL.html",
        "县民政局 岗位廉政风险防控一览表, after the source's account of what a 民政局 does (社会救助 低保、特困、临时救助, "
        "婚姻登记, 殡葬管理, 优待抚恤): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def gongbu_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("商牟澍", "局长", "主持全面工作", [
            ("农牧民转移就业项目资金分配个人决定", "一级", "项目资金分配经局党组会集体研究并公示。"),
            ("事业单位公开招聘中打招呼、递条子", "一级", "招聘全程纪检监督，领导干预登记报告。"),
        ]),
        ("伯赏翀", "副局长", "分管就业、社会保险", [
            ("社会保险基金支出签批把关不严", "一级", "基金支出经办、复核、审批分离。"),
            ("技能培训机构选定中接受吃请", "二级", "培训机构公开遴选，结果公示。"),
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
    dept = _Sheet("股室", [6, 12, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("就业股", "股长", "商牟翾", "middle", "职业技能培训补贴审核不实、虚报培训人数", "一级", "培训人员人脸签到，补贴按实到人数核拨。"),
        ("就业股", "股长", "商牟翾", "middle", "以工代赈劳务报酬发放监督缺位", "二级", "劳务报酬直接打卡到农牧民个人账户。"),
        ("人事股", "股长", "伯赏瑀岑", "middle", "事业单位招聘资格审查放宽条件", "一级", "资格审查两人以上，结果公示。"),
        ("社会保险股", "经办员", "商牟湉", "general", "养老保险待遇资格认证走过场", "二级", "资格认证与公安、民政数据比对。"),
        ("社会保险股", "经办员", "商牟湉", "general", "违规办理社保关系转移、补缴", "三级", "转移、补缴业务股长复核，系统留痕。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "gongbu_hrss_bureau_two_sheets", "http://www.easyfang.com/a/2020/0424/04902947.html",
        "县人力资源和社会保障局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 西藏's 人社部门 and 农牧民转移就业 "
        "(技能培训, 以工代赈, 劳务收入): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gongbu_relief_station_cards() -> dict:
    unit = f"{PLACE}社会救助站"
    t = _Truth(unit)
    cards = [
        ("站长", "伯赏岍", "站长", "主持救助站全面工作", "leader", [
            ("救助对象认定中人情救助、关系救助", "★★★", "救助对象认定两人以上，台账每月报县民政局。"),
            ("救助物资采购指定供应商", "★★★", "物资采购三家比价，验收入库两人签字。"),
            ("接受受助人员家属礼品礼金", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("救助员", "商牟霈", "救助员", "流浪乞讨人员救助登记、护送返乡", "general", [
            ("救助登记信息不实、虚报救助人次", "★★", "救助登记拍照留存，系统录入。"),
            ("返乡车票、途中生活费发放不入账", "★★", "车票实名购买，生活费领取本人签字。"),
        ]),
        ("物资管理员", "伯赏峤", "物资管理员", "救助物资保管和发放", "general", [
            ("救助物资出入库账实不符", "★★", "物资出入库登记，每月盘点。"),
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
        "gongbu_relief_station_cards", "http://minzheng.jiading.cn/jzxw/content_719645",
        "县社会救助站 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's report on a town's "
        "低保专项治理 (上门入户, 关系保、人情保、错保, 清退): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def gongbu_employment_center_group_rows() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "商牟璟岚", "leader", [
                ("创业担保贷款担保审核中优亲厚友", "一级风险", "担保对象经中心集体审核，结果公示。"),
                ("就业补助资金拨付个人签批", "二级风险", "资金拨付经办、复核、审批分离。"),
            ]),
        ]),
        ("二、就业创业股", "就业创业股", [
            ("股长", "伯赏淏", "middle", [
                ("一次性创业补贴审核不严，中介代办套取补贴", "一级风险", "申请人本人到场核验，补贴直达个人账户。"),
            ]),
            ("经办员", "商牟瀞", "general", [
                ("公益性岗位人员考勤造假、冒领岗位补贴", "二级风险", "考勤由用人单位和村委会双签，按月抽查。"),
                ("求职创业补贴发放对象资格把关不严", "三级风险", "资格信息与学籍、就业登记系统比对。"),
            ]),
        ]),
        ("三、职业介绍股", "职业介绍股", [
            ("职业指导员", "伯赏珣", "general", [
                ("用工企业招聘信息审核不严、收受好处", "二级风险", "招聘信息两人审核，企业资质留档。"),
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
        "gongbu_employment_center_group_rows", "https://www.china-news-online.com/h5/index/newDetail?id=131359",
        "县就业服务中心 廉政风险防控责任清单 under GROUP ROWS, after the source's report on agents who 代办 创业补贴 "
        "(一站式领取, 收取代办费, 补贴到账截图): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、中心领导``, ``二、就业创业股``, ``三、职业介绍股`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def gongbu_labour_inspection_selfchecks() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    t = _Truth(unit)
    people = [
        ("商牟岷", "大队领导", "大队长", "leader", [
            ("欠薪投诉案件办理中偏袒用人单位", "Ⅰ级", "重大案件集体研究，办理结果告知投诉人。", "已落实"),
            ("行政处罚裁量不公、以罚代管", "Ⅰ级", "严格执行处罚裁量基准，法制审核把关。", "已落实"),
        ]),
        ("伯赏沄", "监察一中队", "监察员", "general", [
            ("接受被检查企业吃请、收受礼品", "Ⅱ级", "检查两人以上，执法记录仪全程记录。", "未发现问题"),
            ("投诉举报受理不登记、拖延立案", "Ⅱ级", "投诉举报一律登记编号，限时立案。", "已落实"),
        ]),
        ("商牟昶", "监察二中队", "中队长", "middle", [
            ("农民工工资保证金返还审核把关不严", "Ⅰ级", "保证金返还经大队长审批，公示无异议后办理。", "已落实"),
            ("现场检查走过场、检查记录不实", "Ⅲ级", "检查记录现场签字，照片上传系统。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gongbu_labour_inspection_selfchecks", "https://96pf.com/post/63679.html",
        "县劳动保障监察大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of how "
        "a 劳动监察大队 handles 拖欠工资 (接受投诉举报, 调查取证, 责令整改, 强制执行): a title, a label row ``姓　名 | 所在科室 | "
        "职　务 | 自查时间`` over a row of values, then 序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/``自查结果``; no type "
        "column; ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def gongbu_bahe_affairs_office_posts() -> dict:
    unit = f"{PLACE}巴河镇社会事务办"
    sh = _Sheet("排查表", [6, 12, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "middle", "低保民主评议", "民主评议组织不规范，评议结果不公", "制度机制", "高风险",
         "评议由镇包村干部主持，评议结果公示。"),
        ("主任", "middle", "救灾物资分配", "救灾物资分配向亲友倾斜", "思想道德", "中风险",
         "物资分配名单经镇党委会研究并张榜公布。"),
        ("民政专干", "general", "入户调查", "入户调查不实，家庭收入核算失真", "岗位职责", "高风险",
         "入户调查两人以上，调查表双签字。"),
        ("民政专干", "general", "高龄津贴发放", "高龄津贴对象死亡后未及时停发", "业务流程", "中风险",
         "每月与派出所、村委会核对死亡信息。"),
        ("社保协理员", "general", "城乡居民养老保险代收", "代收养老保险费不及时上缴", "业务流程", "低风险",
         "代收款当日上缴，收据联号使用。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：社会事务办", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "gongbu_bahe_affairs_office_posts", "https://factpedia.org/wiki/工布江达县巴河镇",
        "镇社会事务办 岗位廉政风险点排查表 对岗不对人, after the source's entry on 巴河镇 (318国道, 巴松错 的必经点, 11个行政村, "
        "戶籍人口): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def gongbu_cuogao_affairs_office_list() -> dict:
    unit = f"{PLACE}错高乡社会事务办"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "伯赏琰", "middle", "特困人员集中供养名额安排不公", "制度机制", "一级",
         "供养名额经乡党委会研究，结果公示。"),
        ("主任", "伯赏琰", "middle", "协助发放旅游公益性岗位补贴时截留", "思想道德", "二级",
         "补贴直接打卡到个人，乡纪委每季度抽查。"),
        ("民政协理员", "商牟濬", "general", "低保对象动态管理不及时，应退未退", "岗位职责", "一级",
         "每半年全面复核一次，结果报县民政局。"),
        ("民政协理员", "商牟濬", "general", "残疾人两项补贴申报材料审核不严", "业务流程", "二级",
         "申报材料与残疾证信息系统比对。"),
        ("残联专干", "伯赏颀", "general", "辅助器具发放登记不实", "外部环境", "三级",
         "发放现场拍照，领取人签字确认。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "gongbu_cuogao_affairs_office_list", "http://shmaihua.cn/dgd/Tibet/gongbujiangdaxian.html",
        "乡社会事务办 岗位廉政风险防控一览表, after the source's entry on 工布江达县 (念青唐古拉山南麓, 辖9个乡, 牧业为主, "
        "巴松错又名错高湖, 转湖节): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gongbu_medical_insurance_levels_by_history(),
    gongbu_civil_affairs_bureau_list(),
    gongbu_hrss_bureau_two_sheets(),
    gongbu_relief_station_cards(),
    gongbu_employment_center_group_rows(),
    gongbu_labour_inspection_selfchecks(),
    gongbu_bahe_affairs_office_posts(),
    gongbu_cuogao_affairs_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch963-inbox"))

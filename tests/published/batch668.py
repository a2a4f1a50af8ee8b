"""The six-hundred-and-sixty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's forest and
grassland fire-prevention bodies, 东乌珠穆沁旗 (of 锡林郭勒盟, 内蒙古自治区) — its 林业和草原局, 专业扑火队,
宝格达山林草管护站, 防火物资储备库, 满都宝力格镇 防火工作站, 防火检查站 and 森林草原火灾监测预警中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业和草原局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 专业扑火队's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 宝格达山林草管护站's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 防火物资储备库's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 满都宝力格镇 防火工作站's 责任清单 under GROUP ROWS ``一、站领导`` … merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 防火检查站's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 监测预警中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``dongwu_fire_office_five_grades``: the 森林草原防火指挥部办公室's 岗位廉政风险防控一览表, an ordinary
  list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级（1—5级） | 防控措施``, 科室 merged, 岗位 and
  姓名 merged per person) whose levels are written on a FIVE-GRADE scale borrowed from the 森林草原
  火险等级: ``5级`` … ``1级``, where the HIGHER number is the HIGHER risk, and a ``注：`` line under the
  table folds the five grades into three (``4级、5级为高风险，3级为中风险，1级、2级为低风险``). So
  ``1级`` is the LOWEST risk here (not the 一级 of the other files) and ``4级``/``5级`` are words of no
  three-grade scale. The README's 读得懂的表 knows ``一级/二级/三级`` (一级 highest), a note saying
  “一级为最低，三级为最高” (three grades reversed), 5×5 maps and scores with 分值区段, and 1–3 scores of
  two factors; it does not describe a five-grade level column whose grades a note folds into three.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (东乌珠穆沁旗's 秋季防火值班 — 带班组长,
24小时值班待命, 物资储备, 风力灭火机 配备, 蒙汉 宣传单; 多伦县's 专业扑火队 — 半军事化管理, 常态化巡查,
网格化 责任状; 内蒙古's 防火紧要期 — 巡护管理, 封山戒严, 火灾隐患排查, 扑火队伍封闭式管理; an article
on 消防装备采购 审计监督 — 经费使用, 采购审计; 敖汉旗 林草局 — 防火资金, 生土阻隔带, 防火作业路; a 镇's
森林草原防灭火工作方案 — 森防办, 半专业扑火队, 物资设备, 责任状; 锡林郭勒盟's 秋季防火宣传 — 固定和
流动防火检查站, 野外火源; 满都宝力格 边境 草原火 — 报警, 火情通报) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 蔺 and 濮 with rare given names); every unit is a body of 东乌珠穆沁旗.

Run ``python tests/published/score.py --set batch668`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``5级``/``4级`` are level 1, ``3级`` level 2, ``2级``/``1级`` level 3, as the
  ``注：`` line folds them; the 注 line and the sign-off line are no points;
- ``局领导``, ``站领导``, ``中心领导``, ``办公室领导`` (a 科室 cell or a group row) are the 科室 of those
  leaders; the 林草局's leaders (sheet ``局领导``, no 科室 column) and the 扑火队's cards have no 科室; a
  局's 股, a 队's 中队, a 站's or 中心's 组 are 科室; a group row ``二、巡护组`` gives ``巡护组``;
- 局长, 副局长, 主任, 副主任, 队长, 副队长, 站长, 副站长 are leaders; 股长, 组长, 中队长 middle; the
  rest (股员, 会计, 保管员, 护林员, 检查员, 调度员, 监测员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``主要职责``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 管护站's list names no person: its forms are posts (对岗不对人).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b668_"
PLACE = "东乌珠穆沁旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
# the harder file's five grades, folded by its 注 line
FIVE = {"5级": 1, "4级": 1, "3级": 2, "2级": 3, "1级": 3}
FIVE_NOTE = (
    "注：风险等级参照森林草原火险等级分为1—5级，级数越高风险越大；4级、5级为高风险，3级为中风险，"
    "1级、2级为低风险。"
)
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
OFFICE = [
    ("办公室领导", "主任", "蔺珣翯", "leader", [
        ("防火物资采购计划不经集体研究，个人决定品牌和数量", "5级",
         "采购计划经指挥部办公室会议研究，按政府采购程序执行。"),
        ("防火专项经费分配向关系密切的苏木镇倾斜", "4级", "经费按防火任务和草场面积测算，分配结果公示。"),
        ("接受供货企业宴请、礼品", "2级", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("办公室领导", "副主任", "濮沆珧", "leader", [
        ("防扑火督查发现问题不通报、不追责", "4级", "督查问题建立台账，限期整改销号。"),
        ("野外用火审批把关不严、人情审批", "3级", "野外用火实行审批登记，审批结果备案。"),
    ]),
    ("调度组", "调度员", "蔺岬瑃", "general", [
        ("防火值班补助虚报人数、天数", "3级", "值班补助按排班表和签到记录核发。"),
        ("火情信息迟报、漏报，替人隐瞒火情", "5级", "火情信息24小时值班、逐级报告，值班记录存档。"),
    ]),
    ("宣传组", "宣传员", "濮玘沕", "general", [
        ("防火宣传品印制定点、虚增印数", "2级", "宣传品印制询价比选，验收登记入库。"),
        ("宣传车辆公车私用", "1级", "车辆派车单审批，行车记录定期检查。"),
    ]),
]  # fmt: skip


def dongwu_fire_office_five_grades() -> dict:
    unit = f"{PLACE}森林草原防火指挥部办公室"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 13, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年8月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级（1—5级）", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in OFFICE:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], FIVE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, FIVE_NOTE, 7)
    sh.add("制表：", None, None, "审核：", None, "主任（签字）：", None)
    return _layout(
        "dongwu_fire_office_five_grades", "http://grassland.china.com.cn/2016-09/28/content_9061276.htm",
        "(harder) 旗森林草原防火指挥部办公室 岗位廉政风险防控一览表, after the source's 东乌珠穆沁旗 秋季防火值班 (带班组长, "
        "24小时值班待命, 物资储备, 风力灭火机, 蒙汉宣传单): a title, a 填报单位/date line, then 序号/科室 merged/岗位 and "
        "姓名 merged per person/廉政风险点/``风险等级（1—5级）``/防控措施; the levels on a FIVE-GRADE scale (``5级`` … "
        "``1级``, the higher number the higher risk) that a ``注：`` line under the table folds into three (4级、5级 高, "
        "3级 中, 1级、2级 低); no type column; a 制表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dongwu_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蔺峤琬", "局长", "主持全面工作", [
            ("防火专项资金安排不经党组会集体研究", "一级", "资金安排方案经党组会研究并公示。"),
            ("生土阻隔带工程发包插手干预", "一级", "工程一律进入公共资源交易平台。"),
        ]),
        ("濮岿湜", "副局长", "分管森林草原防火", [
            ("防火作业路维修工程验收走过场", "一级", "验收邀请审计、财政部门参加。"),
            ("护林员选聘优亲厚友", "二级", "选聘条件公开，结果在嘎查公示。"),
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
        ("防火股", "股长", "蔺珧岺", "middle", "防火期检查站人员补助审核不严", "二级", "补助凭排班表和考勤表审核。"),
        ("防火股", "股长", "蔺珧岺", "middle", "扑火机具分配向个别苏木镇倾斜", "二级", "机具分配方案局务会研究后公示。"),
        ("防火股", "股员", "濮沕琯", "general", "野外火源违规处罚以罚代管", "三级", "处罚决定法制审核，案卷归档。"),
        ("计划财务股", "股长", "濮昉琚", "middle", "防火资金拨付不按进度", "一级", "资金拨付凭工程进度和验收单。"),
        ("计划财务股", "会计", "蔺澥瑅", "general", "报账票据审核不严，虚列支出", "二级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年7月", None)
    return _layout(
        "dongwu_forestry_bureau_two_sheets", "http://m.bjltxx.com/xinwenshijie/7358.html",
        "旗林业和草原局 廉政风险防控一览表 in TWO SHEETS, after the source's 旗林草局 防火隐患排查 (防火资金, 生土阻隔带, "
        "防火作业路, 国有林场): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dongwu_firefighting_team_cards() -> dict:
    unit = f"{PLACE}专业扑火队"
    t = _Truth(unit)
    cards = [
        ("队长", "濮崟珂", "队长", "主持扑火队全面工作，半军事化管理", "leader", [
            ("扑火装备采购指定品牌、收受回扣", "★★★", "装备采购按政府采购程序，验收双人签字。"),
            ("队员招录打招呼、降低条件", "★★★", "招录条件公开，体能测试现场公布成绩。"),
            ("接受企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副队长", "蔺沄玓", "副队长", "分管训练、车辆和营房", "leader", [
            ("扑火车辆维修虚报费用", "★★", "车辆定点维修，维修单经队长审签。"),
            ("训练油料、给养物资虚领冒领", "★★", "物资按训练计划领用，每月对账。"),
        ]),
        ("装备管理员", "濮琇岽", "装备管理员", "负责风力灭火机等扑火机具的保管", "general", [
            ("扑火机具出入库不登记，私自外借", "★★", "机具出入库登记，每月盘点。"),
            ("报废机具私自处置", "★", "报废机具经集体鉴定后统一处置。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "dongwu_firefighting_team_cards", "http://szb.nmgnews.com.cn/nmgrb/html/2023-03/23/content_41419_203639.htm",
        "旗专业扑火队 岗位廉政风险防控卡, one sheet a person, after the source's 专业扑火综合应急救援队 (半军事化管理, "
        "常态化巡查, 网格化管理, 责任状): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dongwu_baogeda_station_posts() -> dict:
    unit = f"{PLACE}宝格达山林草管护站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "进山入林审批", "防火戒严期违规批准人员车辆进山", "岗位职责风险", "高",
         "戒严期进山一律登记，站长审批留痕。"),
        ("站领导", "站长", "leader", "管护经费使用", "管护经费挤占挪用、虚列开支", "制度机制风险", "高",
         "管护经费专账核算，每季度公示。"),
        ("巡护组", "组长", "middle", "巡护考核", "巡护里程和打卡记录审核走过场", "业务流程风险", "中",
         "巡护轨迹系统核验，考核结果公示。"),
        ("巡护组", "护林员", "general", "火源检查", "收受好处放行携带火种人员", "思想道德风险", "中",
         "检查卡口视频监控，定期抽查。"),
        ("巡护组", "护林员", "general", "隐患清理", "清山清沟清林带工作量虚报", "外部环境风险", "低",
         "清理前后拍照存档，站里复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "dongwu_baogeda_station_posts", "http://m.xb824.com/politics/2020-04/06/c_1125818778.htm",
        "旗林草管护站 岗位廉政风险点排查表 对岗不对人, after the source's 内蒙古 森林草原防火紧要期 (重点防火区域巡护管理, "
        "封山戒严, 火灾隐患排查, 清山清沟清林带, 扑火队伍封闭式管理): a title, 序号/部门 merged/岗位 merged per post/a "
        "short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dongwu_materials_depot_list() -> dict:
    unit = f"{PLACE}防火物资储备库"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("库领导", "主任", "蔺翀岵", "leader", "储备物资采购验收把关不严", "岗位职责", "高风险",
         "验收组三人以上，邀请审计人员参加。"),
        ("库领导", "主任", "蔺翀岵", "leader", "物资调拨不按指挥部指令", "制度机制", "中风险",
         "调拨凭指挥部调令，台账逐笔登记。"),
        ("保管组", "组长", "濮峘瑭", "middle", "账实不符，盘点走过场", "业务流程", "中风险",
         "每季度全面盘点，财务人员监盘。"),
        ("保管组", "保管员", "蔺沺琤", "general", "物资出入库单据补签、代签", "业务流程", "高风险",
         "出入库单据当场签认，系统登记。"),
        ("保管组", "保管员", "蔺沺琤", "general", "过期物资私自变卖", "思想道德", "低风险",
         "过期物资集体鉴定后统一处置。"),
        ("财务组", "会计", "濮岫瑧", "general", "装备采购款支付审核不严", "外部环境", "中风险",
         "付款凭合同、发票、验收单审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dongwu_materials_depot_list", "http://218.28.6.71:81/Qikan/Article/Detail?id=7110378091",
        "旗防火物资储备库 岗位廉政风险防控一览表, after the source's 消防装备采购审计监督 (采购经费, 审计监督, 装备验收): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def dongwu_mandubaolige_station_group_rows() -> dict:
    unit = f"{PLACE}满都宝力格镇森林草原防火工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "濮翃岍", "leader", [
                ("半专业扑火队员补贴发放不公开", "一级风险", "补贴名单在嘎查公示，打卡发放。"),
                ("防火责任状签订走过场", "三级风险", "责任状逐户签订，站里存档备查。"),
            ]),
        ]),
        ("二、巡护组", "巡护组", [
            ("组长", "蔺岢琮", "middle", [
                ("巡护车辆油料虚报", "二级风险", "油料凭行车记录核销。"),
                ("牧户防火隐患整改验收不严", "二级风险", "整改验收拍照留存，站长抽查。"),
            ]),
            ("护林员", "濮瑢岷", "general", [
                ("收受牧户好处，放任野外用火", "一级风险", "野外用火一律报站审批，违规用火上报。"),
            ]),
        ]),
        ("三、物资组", "物资组", [
            ("保管员", "蔺昳瑄", "general", [
                ("风力灭火机借出不登记", "二级风险", "机具借出登记，归还检验签收。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "dongwu_mandubaolige_station_group_rows", "http://5zuowen.com/wendang/fangan/73005.html",
        "旗镇森林草原防火工作站 廉政风险防控责任清单, after the source's 镇 森林草原防灭火工作方案 (森防办, 半专业扑火队, "
        "防灭火物资设备, 责任状, 林长制): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、站领导``, ``二、巡护组``, ``三、物资组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def dongwu_checkpoint_selfchecks() -> dict:
    unit = f"{PLACE}防火检查站"
    t = _Truth(unit)
    people = [
        ("蔺珺岐", "站领导", "站长", "leader", [
            ("检查站值守人员排班弄虚作假", "Ⅰ级", "排班表上墙公示，值守视频存档。", "已落实"),
            ("检查站运行经费虚列支出", "Ⅱ级", "经费支出经旗防火办审核。", "未发现问题"),
        ]),
        ("濮璘岙", "固定检查组", "检查员", "general", [
            ("收受过往人员财物，放行火种", "Ⅰ级", "火种收缴登记，检查过程录像。", "已落实"),
            ("进山登记簿补记、代记", "Ⅲ级", "登记簿当场填写，站长每日核查。", "已落实"),
        ]),
        ("蔺沇瑶", "流动检查组", "检查员", "general", [
            ("流动检查里程虚报", "Ⅱ级", "检查车辆安装定位，轨迹核验。", "未发现问题"),
            ("野外违规用火处置不上报", "Ⅲ级", "发现违规用火即时报告并登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dongwu_checkpoint_selfchecks",
        "http://huhehaote.baogaosu.com/xinwen/%25E5%2590%2584%25E5%259C%25B0%25E5%25BC%2580%25E5%25B1%2595"
        "%25E7%25A7%258B%25E5%25AD%25A3%25E6%25A3%25AE%25E6%259E%2597%25E8%258D%2589%25E5%258E%259F%25E9%2598"
        "%25B2%25E7%2581%25AB/38028407",
        "旗防火检查站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 锡林郭勒盟 "
        "秋季森林草原防火宣传 (固定防火检查站, 流动检查站, 野外火源, 交通要道防火检查): a title, a label row ``姓　名 | "
        "所在组室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def dongwu_monitoring_centre_register() -> dict:
    unit = f"{PLACE}森林草原火灾监测预警中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "濮珦岨", "leader", [
            ("监测设备采购量身定制参数", "制度机制", "一级", "采购参数经专家论证后公开。"),
            ("边境火情通报延误、瞒报", "岗位职责", "二级", "火情通报时限写入值班制度，逐级报告。"),
        ]),
        ("监测组", "组长", "蔺瑀岌", "middle", [
            ("瞭望塔值守补助审核不严", "业务流程", "二级", "补助凭值守记录和定位打卡审核。"),
        ]),
        ("监测组", "监测员", "濮沚琎", "general", [
            ("卫星热点核查记录弄虚作假", "岗位职责", "一级", "核查结果拍照上传，中心复核。"),
            ("接受企业吃请，放松巡查", "思想道德", "三级", "签订廉洁承诺书。"),
        ]),
        ("综合组", "会计", "蔺岱琂", "general", [
            ("设备运维费用虚列", "外部环境", "二级", "运维合同备案，费用按验收结算。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年8月", None, None, None)
    return _layout(
        "dongwu_monitoring_centre_register", "http://news.big5.enorth.com.cn/system/2010/06/02/004738215.shtml",
        "旗森林草原火灾监测预警中心 廉政风险点排查登记表, after the source's 满都宝力格 边境草原火 (牧民报警, 火情通报, "
        "边境观察): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dongwu_fire_office_five_grades(),
    dongwu_forestry_bureau_two_sheets(),
    dongwu_firefighting_team_cards(),
    dongwu_baogeda_station_posts(),
    dongwu_materials_depot_list(),
    dongwu_mandubaolige_station_group_rows(),
    dongwu_checkpoint_selfchecks(),
    dongwu_monitoring_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch668-inbox"))

"""The three-hundred-and-fifty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 应急管理
bodies, 涪城区 (the central district of 绵阳, its staff Han) — its 应急管理局, 安全生产执法大队,
森林防灭火指挥部办公室, 防汛抗旱指挥部办公室, 应急物资储备中心 and 应急救援中心, and the 应急管理办 of two of
its 街道办事处 (城厢, 工区) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff
typed in WPS or Excel:

- the 应急管理局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``机关股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 安全生产执法大队's 防控卡, one sheet a holder (tabs 大队长, 一中队中队长, 执法队员): ONE ROW of
  three pairs ``姓　名 | … | 所在中队 | … | 职　务 | …`` above ``序号 | 执法环节 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人（签字）： |
  大队长（签字）：``;
- the 森林防灭火指挥部办公室's 排查表 对岗不对人: ``股室`` merged (办领导, 火源管控股, 督查股, 综合股),
  ``岗位`` merged per post, a short ``风险点`` beside a long ``表现形式``, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 城厢街道办事处's 应急管理办 自查表, one sheet a person (tabs named by post): a LABEL ROW
  ``姓　名 | 所在科室 | 职　务 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | 分管领导意见：``;
- the 工区街道办事处's 一览表 under GROUP ROWS ``一、街道领导``, ``二、应急管理办``, ``三、综合行政执法队``
  merged across (no 科室 column): ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低, a
  填表人/审核人/date line;
- the 防汛抗旱指挥部办公室's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``责任股室`` merged (办领导, 调度股, 物资股, 综合股), ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column;
- the 应急物资储备中心's 一览表 under ``附件1``: ``科室`` merged, ``岗位`` and ``姓名`` merged per person,
  ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``, the measures and a LAST ``责任领导``
  column naming the 分管 leader on every row; a 填表人/审核人/date line.

One is harder:

- ``fucheng_rescue_center_cover_holder``: the 应急救援中心's 个人 岗位廉政风险防控手册 as a workbook of
  THREE SHEETS, one holder's, WHO HOLDS THE POST BEING WRITTEN ONLY ON ITS COVER. The first sheet
  ``封面`` is a cover in one column of free-standing lines: the unit, the handbook's title
  ``岗位廉政风险防控手册``, ``（个人）``, a blank line, then ``姓　　名：…``, ``所在科室：装备保障股``,
  ``职　　务：股长``, ``填报日期：2025年9月`` (each label and its value in ONE cell, a colon between), and
  ``涪城区应急救援中心　印制`` at the foot. The second sheet ``岗位职责`` lists the post's duties
  (``序号 | 岗位职责``, no risk column). The third, ``风险防控表``, holds the points: a title
  ``涪城区应急救援中心岗位廉政风险点及防控措施表`` (the unit only), the heading ``序号 | 工作环节 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施`` (short types, 高/中/低) and seven rows, then an EMPTY
  ``本人签名：　　　　年　　月　　日`` line: no 姓名, 科室 or 职务 anywhere on the sheet, no tab named by
  the holder, no code to look up. The seven points are ONE form, of the person, 科室 and post the
  cover names. The README's 读得懂的表 knows the holder written ON THE RISK SHEET (pairs or a label row
  above the table, ``持卡人：…`` or a signature line below it, ``填表人 | …`` above, the title
  ``…站长赫连望川…``, the heading of the risk column, the tab's name ``检验室-南宫絮``), and a holder
  found on ANOTHER SHEET only through a KEY the risk table's rows carry (a 名单 ``姓名 | 单位职务``
  completing ``蓟副院长``, a ``工号对照表``, a ``职权目录`` by 职权编码, a ``目录`` by 表号, a 岗位编号
  table); it does not describe a cover sheet of free label lines that names the one holder, 科室 and
  post of the whole workbook while the risk sheet names none of them and carries no key (the 封面
  sheets of earlier batches hold only the unit, the handbook's title, counts and a date).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市应急管理局's 工作要点 — 安全生产
执法, 自然灾害 应急指挥体系, 救援队伍, 信息化, 减灾; a 安全生产综合行政处罚事项 list — 主要负责人
履行职责, 安全投入保障, 罚款, 责令停产停业整顿; a 县 森林火灾应急预案 — 预防为主 积极消灭, 火情报告,
扑火队伍, 物资储备, 火源管理; a 街道's 应急管理能力建设情况报告 — 领导小组, 应急办, 预案修编, 信息报告,
应急队伍, 物资装备; a 街道 应急指挥中心 — 一机统管, 网格员, 隐患巡查, 联合检查, 执法监督, 闭环整改;
a 县 防汛抗旱应急预案 — 防指办公室, 汛前检查, 应急物资, 监测预警, 响应, 值班; an 应急物资库房管理制度 —
入库登记, 出库审批, 盘点, 维护保养, 应急调拨, 交接; an 应急救援队伍 管理规定 — 值班, 培训演练, 装备
维护保养, 专项经费, 器材更新) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 涪城区, named with the district's name.

Run ``python tests/published/score.py --set batch356`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder, his 科室 and post are those the ``封面`` names (``姓　　名：…``,
  ``所在科室：…``, ``职　　务：…``), for every point of ``风险防控表``; its form is on ``风险防控表`` (the
  sheet of the points); the cover's lines, the ``岗位职责`` sheet's duties and the empty ``本人签名：``
  line are no points; ``工作环节`` is no point;
- ``局领导`` (the 应急管理局's sheet of its leaders, named so by its tab and title), ``大队领导`` (the
  大队长's card), ``办领导`` (a 股室 cell of the two 指挥部办公室), ``街道领导`` (a 街道's group row or a
  self-check's 所在科室), ``中心领导`` are the 科室 of those leaders; a group row ``二、应急管理办`` gives
  the 科室 ``应急管理办`` (its number left off); a 局's and 办's 股, a 大队's 中队, a 街道's 办 and 队, a
  中心's 股 are 科室;
- every 大队, 办公室, 中心 here is a unit of its own, and each 街道办事处 the unit of its 应急管理办:
  局长, 副局长, 大队长, a 指挥部办公室's 主任 and 副主任, a 中心's 主任 and 副主任, a 街道's 副主任 are
  leaders; 股长, 中队长, the 应急管理办's 主任 and the 执法队's 队长 middle; the rest (科员, 会计, 出纳,
  执法队员, 巡护员, 督查员, 安全专干, 应急专干, 保管员) general;
- ``风险点 | 表现形式``: the point is the short 风险点; ``执法环节``, ``工作环节``, ``职责事项``,
  ``分管工作`` and ``自查情况`` are no points and name no holder; the 储备中心's LAST ``责任领导``
  column names a supervisor (the holder is ``姓名``); the 森防办's list names no person: its forms are
  posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the
  cards' note), bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 防汛办's note) and ``一级风险/二级风险/三级风险`` are 1/2/3.

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

PREFIX = "b356_"
PLACE = "涪城区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

COVER_UNIT = f"{PLACE}应急救援中心"
# the cover's holder: (label, value) lines — one cell each, ``label：value``
COVER_HOLDER = {"person": "帅珽旻", "department": "装备保障股", "title": "股长", "tier": "middle"}
COVER_LINES = [
    COVER_UNIT,
    "岗位廉政风险防控手册",
    "（个人）",
    None,
    f"姓{GAP * 2}名：{COVER_HOLDER['person']}",
    f"所在科室：{COVER_HOLDER['department']}",
    f"职{GAP * 2}务：{COVER_HOLDER['title']}",
    "填报日期：2025年9月",
    None,
    f"{COVER_UNIT}{GAP}印制",
]
DUTIES = [
    "负责中心救援装备、器材的采购计划编制和验收入库。",
    "负责装备器材的日常维护保养、送修和报废处置。",
    "负责应急物资库的出入库管理和季度盘点。",
    "负责救援车辆燃油、维修费用的审核。",
]
COVER_HEAD = ("序号", "工作环节", "廉政风险点", "风险类型", "风险等级", "防控措施")
# (工作环节, 廉政风险点, 风险类型, 风险等级, 防控措施)
COVER_POINTS = [
    ("采购计划", "装备采购需求量身定制，指定品牌型号", "岗位职责", "高",
     "采购需求由使用队和装备股共同论证，中心主任办公会审定。"),
    ("验收入库", "救援器材验收走过场，以次充好", "业务流程", "高",
     "验收由装备股、使用队、财务股三方参加并签字。"),
    ("维护保养", "装备送修指定维修厂，虚报维修项目", "思想道德", "中",
     "送修比价三家以上，旧件回收登记。"),
    ("报废处置", "报废器材不按规定评估，低价处置给熟人", "制度机制", "中",
     "报废经评估后报区财政局审批，处置结果公示。"),
    ("出入库管理", "物资出库不凭审批单，账物不符", "业务流程", "中",
     "出库凭审批单办理，每季度盘点并由财务股复核。"),
    ("车辆费用审核", "救援车辆燃油、维修费用审核不严", "制度机制", "低",
     "车辆一车一卡，费用按月公示。"),
    ("厂商接触", "接受装备供应商宴请和礼品", "外部环境", "低",
     "签订廉洁承诺，节前廉洁提醒，拒收登记。"),
]  # fmt: skip


def fucheng_rescue_center_cover_holder() -> dict:
    t = _Truth(COVER_UNIT)
    cover = _Sheet("封面", [44])
    for line in COVER_LINES:
        if line is None:
            cover.add()
        else:
            cover.add(line)
    duties = _Sheet("岗位职责", [6, 60])
    _line(duties, "岗位职责", 2)
    duties.add("序号", "岗位职责")
    for i, duty in enumerate(DUTIES, 1):
        duties.add(i, duty)
    sh = _Sheet("风险防控表", [6, 12, 34, 10, 9, 34])
    _line(sh, f"{COVER_UNIT}岗位廉政风险点及防控措施表", 6)
    sh.add(*COVER_HEAD)
    h = COVER_HOLDER
    for i, (step, point, typ, lv, measures) in enumerate(COVER_POINTS, 1):
        sh.add(i, step, point, typ, lv, measures)
        t.point(sh.name, h["department"], h["title"], h["person"], h["tier"], point,
                types_in(typ), HML[lv])  # fmt: skip
    sh.add()
    sh.add("本人签名：", None, None, None, f"年{GAP * 2}月{GAP * 2}日", None)
    return _layout(
        "fucheng_rescue_center_cover_holder", "https://alkalizemylife.com/html/2021/10/09/589163.shtml",
        "(harder) 区应急救援中心 个人 岗位廉政风险防控手册, after the source's 应急救援队伍 管理规定 (值班, 培训演练, 装备维护保养, "
        "专项经费, 器材更新): THREE SHEETS — ``封面`` of free lines in one column (the unit, the title, ``（个人）``, then "
        "``姓　　名：…``, ``所在科室：装备保障股``, ``职　　务：股长``, ``填报日期：…``), ``岗位职责`` (序号/岗位职责, no risks) and "
        "``风险防控表`` (a title with the unit only, 序号/工作环节/廉政风险点/风险类型 short/风险等级 高/中/低/防控措施, an empty "
        "``本人签名：`` line): the holder, 科室 and post are written ONLY ON THE COVER",
        [cover, duties, sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fucheng_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯煦彤", "局长", "主持全面工作，分管执法大队、应急指挥中心", [
            ("安全生产执法中对重点企业说情打招呼", "一级", "说情打招呼事项登记报告，执法结果集体审议。"),
            ("应急指挥平台信息化项目采购不经党组研究", "一级", "项目采购党组集体研究，进入公共资源交易平台。"),
        ]),
        ("禚沐霏", "副局长", "分管防灾减灾、救灾物资", [
            ("救灾资金分配向关系镇街倾斜", "一级", "资金按灾情评估结果分配，分配方案公示。"),
            ("减灾示范社区创建评审打人情分", "二级", "评审专家随机抽取，结果公示五个工作日。"),
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
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("机关股室", [6, 16, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}机关股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("安全生产综合股", "股长", "逯暄珂", "middle", [
            ("安全生产标准化评审中为企业降低标准", "一级", "评审结果复核，抽查不少于三成。"),
            ("安全培训机构考核打人情分", "二级", "考核细则公开，结果公示。"),
        ]),
        ("安全生产综合股", "科员", "昝琭萱", "general", [
            ("隐患举报奖励审核不严，冒领奖金", "二级", "奖励经股室审核、分管领导审批，发放公示。"),
        ]),
        ("防灾减灾股", "股长", "寇珞晞", "middle", [
            ("灾情统计数据虚报瞒报", "二级", "灾情数据两人核对，镇街签字确认。"),
            ("救灾物资发放对象审核不严", "一级", "发放名册村社公示，领取签字存档。"),
        ]),
        ("规划财务股", "会计", "訾沛玹", "general", [
            ("专项资金拨付不按审批程序", "二级", "拨付凭审批单办理，月末对账。"),
            ("差旅费报销票据审核不严", "三级", "报销实行经办、审核、审批三签。"),
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
    dept.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "fucheng_emergency_bureau_two_sheets", "http://www.lishui.gov.cn/art/2021/3/3/art_1229565163_4741333.html",
        "区应急管理局 廉政风险防控表 in two sheets, after the source's 工作要点 (安全生产执法, 自然灾害 应急指挥体系, 救援队伍, 信息化, "
        "减灾): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "a 制表/审核/date line) and ``机关股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/…; the same line); no "
        "type column",
        [lead, dept], t,
    )  # fmt: skip


def fucheng_safety_enforcement_cards() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "胥翊湘", "大队长", "大队领导", "leader", [
            ("案件审理", "重大行政处罚案件不经集体审理", "制度机制", "★★★", "重大案件集体审理，法制审核先行。"),
            ("执法计划", "年度执法计划随意调整，选择性检查企业", "岗位职责", "★★★", "执法计划报局审定，随机抽取检查对象。"),
            ("罚款裁量", "为企业说情，降低罚款数额", "外部环境", "★★", "严格执行自由裁量基准，处罚结果公示。"),
        ]),
        ("一中队中队长", "郗骞琳", "中队长", "执法一中队", "middle", [
            ("现场检查", "对危化品企业重大隐患不予立案", "岗位职责", "★★★", "重大隐患一律立案，检查记录上传平台。"),
            ("责令整改", "整改复查走过场，隐患未改即销号", "业务流程", "★★", "复查现场拍照，销号经大队审核。"),
        ]),
        ("执法队员", "闵棣晗", "执法队员", "执法一中队", "general", [
            ("执法检查", "检查前向企业透露检查时间", "思想道德", "★★", "检查方案临时下达，执法人员签订保密承诺。"),
            ("证据收集", "执法记录仪选择性记录", "业务流程", "★", "执法全过程记录，记录仪数据按日上传。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 12, 34, 10, 9, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add(f"姓{GAP}名", who, "所在中队", dept, f"职{GAP}务", post)
        sh.add("序号", "执法环节", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人（签字）：", None, None, "大队长（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "fucheng_safety_enforcement_cards", "https://qianlima.com/bid-457412546.html",
        "区安全生产执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 一中队中队长, 执法队员), after the source's "
        "安全生产综合行政处罚事项 (主要负责人履行职责, 安全投入保障, 罚款, 责令停产停业整顿): a title, ONE ROW of three pairs "
        "``姓　名 | … | 所在中队 | … | 职　务 | …`` above 序号/执法环节/廉政风险点/风险类型 (short)/风险等级 ``★★★/★★/★``/"
        "防控措施; a merged ``注：`` line on the stars and ``持卡人（签字）： | 大队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def fucheng_forest_fire_office_posts() -> dict:
    unit = f"{PLACE}森林防灭火指挥部办公室"
    sh = _Sheet("排查表", [6, 12, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "表现形式", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", [
            ("扑火队伍经费安排", "半专业扑火队伍补助经费分配不经集体研究", "制度机制风险", "Ⅰ级",
             "经费分配办务会研究，按队伍人数和考核结果拨付。"),
            ("防火设施建设", "瞭望塔、防火通道项目指定施工单位", "外部环境风险", "Ⅰ级", "项目按规定比选，结果公示。"),
        ]),
        ("火源管控股", "股长", "middle", [
            ("野外用火审批", "违规批准林区计划烧除用火", "岗位职责风险", "Ⅰ级", "用火审批双人审核，现场勘查存档。"),
        ]),
        ("火源管控股", "巡护员", "general", [
            ("卡点检查", "进山卡点收受好处放行携带火种人员", "思想道德风险", "Ⅱ级", "卡点检查登记上传，股长每日抽查。"),
            ("巡护记录", "巡山护林记录造假", "岗位职责风险", "Ⅲ级", "巡护轨迹实时上传平台。"),
        ]),
        ("督查股", "督查员", "general", [
            ("防火督查", "督查发现问题隐瞒不报", "岗位职责风险", "Ⅱ级", "督查问题清单逐项销号，结果通报。"),
        ]),
        ("综合股", "会计", "general", [
            ("物资采购报账", "防火物资采购报账票据不实", "业务流程风险", "Ⅱ级", "报账附入库单，经办、审核两签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "fucheng_forest_fire_office_posts", "https://sole-aqua.com/zfxxgk/zc/gfxwj/zfbgfxwj/ygd1/content_2567",
        "区森林防灭火指挥部办公室 岗位廉政风险点排查表 对岗不对人, after the source's 森林火灾应急预案 (预防为主 积极消灭, 火情报告, "
        "扑火队伍, 物资储备, 火源管理): a title, 序号/股室 merged (办领导, 火源管控股, 督查股, 综合股)/岗位 merged per post/a short "
        "风险点/a long ``表现形式``/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | "
        "2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def fucheng_chengxiang_street_selfchecks() -> dict:
    unit = f"{PLACE}城厢街道办事处"
    t = _Truth(unit)
    people = [
        ("分管副主任", "弭淏妍", "街道领导", "副主任", "leader", [
            ("应急物资采购中指定供应商", "外部环境", "高风险", "采购按规定比价，党工委会研究。", "未发现问题"),
            ("安全生产专项经费使用不经集体研究", "制度机制", "高风险", "经费使用主任办公会研究，按季公开。", "已落实"),
        ]),
        ("应急管理办主任", "钭晏琪", "应急管理办", "主任", "middle", [
            ("辖区企业隐患排查走过场", "岗位职责", "高风险", "排查台账逐项销号，分管领导抽查。", "正在整改"),
            ("应急预案修编委托第三方不比价", "业务流程", "中风险", "委托事项比价三家，结果公示。", "已落实"),
        ]),
        ("应急专干", "弓澍岚", "应急管理办", "应急专干", "general", [
            ("灾情信息报送瞒报迟报", "岗位职责", "中风险", "信息报送双人核对，值班记录存档。", "已落实"),
            ("接受辖区企业礼品", "思想道德", "低风险", "签订廉洁承诺，拒收登记。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 36, 10, 10, 32, 12])
        _line(sh, f"{unit}应急管理岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", "所在科室", f"职{GAP}务", "填表时间", None, None)
        sh.add(who, dept, post, "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签名：", None, None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "fucheng_chengxiang_street_selfchecks", "https://m.wenke99.com/p-9673192.html",
        "街道办事处 应急管理岗位廉政风险自查表, one sheet per person (tabs named by post), after the source's 街道应急管理能力建设"
        "情况报告 (领导小组, 应急办, 预案修编, 信息报告, 应急队伍, 物资装备): a title, a LABEL ROW ``姓　名 | 所在科室 | 职　务 | "
        "填表时间`` over a row of values, then 序号/风险点/风险类型 (short)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "``本人签名： | 分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def fucheng_gongqu_street_groups() -> dict:
    unit = f"{PLACE}工区街道办事处"
    sh = _Sheet("一览表", [6, 10, 9, 38, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}应急管理岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、街道领导", "街道领导", [
            ("副主任", "缪璘湲", "leader", [
                ("联合执法检查中对关系企业打招呼", "外部环境风险", "高", "联合检查对象随机抽取，说情事项登记报告。"),
                ("网格化安全员补助分配不公", "制度机制风险", "中", "补助按考核结果发放，名册公示。"),
            ]),
        ]),
        ("二、应急管理办", "应急管理办", [
            ("主任", "尉骁菡", "middle", [
                ("隐患整改闭环销号弄虚作假", "岗位职责风险", "高", "销号前现场复核，照片存档。"),
                ("应急指挥中心设备采购不比价", "业务流程风险", "中", "采购比价三家以上，结果公示。"),
            ]),
            ("安全专干", "阙璿溦", "general", [
                ("网格员上报隐患不登记、不转办", "岗位职责风险", "中", "上报隐患系统登记编号，限时转办。"),
            ]),
        ]),
        ("三、综合行政执法队", "综合行政执法队", [
            ("队长", "栾翯瑄", "middle", [
                ("对违法企业降格处理", "思想道德风险", "高", "处罚结果集体审核，法制审查。"),
            ]),
            ("执法队员", "谌昱棠", "general", [
                ("检查中接受企业宴请", "思想道德风险", "低", "签订廉洁承诺，检查人员轮换。"),
                ("执法文书填写不实", "业务流程风险", "低", "文书经队长审核，按月抽查。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "fucheng_gongqu_street_groups", "http://www.lixia.gov.cn/art/2025/6/20/art_36814_4845547.html",
        "街道办事处 应急管理岗位廉政风险防控一览表, after the source's 街道应急指挥中心 (一机统管, 网格员, 隐患巡查, 联合检查, 执法监督, "
        "闭环整改): a title, 序号/岗位/姓名/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施 under GROUP ROWS ``一、街道领导``, "
        "``二、应急管理办``, ``三、综合行政执法队`` merged across (no 科室 column); 岗位 and 姓名 merged per person; a 填表人/审核人/"
        "date line",
        [sh], t,
    )  # fmt: skip


def fucheng_flood_office_duties() -> dict:
    unit = f"{PLACE}防汛抗旱指挥部办公室"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "责任股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "亓琬溱", "leader", [
            ("防汛物资储备", "防汛物资储备采购中打招呼、定供应商", "Ⅰ", "采购按规定进行，办务会研究。"),
            ("度汛应急工程", "度汛应急工程不招标直接指定施工队", "Ⅰ", "应急工程事后补办手续，审计全覆盖。"),
        ]),
        ("调度股", "股长", "桓湛婕", "middle", [
            ("汛前检查", "汛前检查问题整改不到位即销号", "Ⅱ", "检查问题清单化，整改复查拍照。"),
            ("抗旱调度", "抗旱用水调度向关系村倾斜", "Ⅱ", "调度方案集体研究，按旱情排序。"),
        ]),
        ("物资股", "保管员", "冉珈澍", "general", [
            ("物资出入库", "防汛沙袋、救生衣出库不登记", "Ⅰ", "出入库登记，每月盘点。"),
            ("物资调拨", "汛后调拨物资不回收入库", "Ⅲ", "调拨物资汛后清点回收，账物核对。"),
        ]),
        ("综合股", "出纳", "揭芃瑗", "general", [
            ("资金支付", "防汛经费不凭审批单支付", "Ⅲ", "支付凭审批单办理，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "fucheng_flood_office_duties", "https://www.ahhy.gov.cn/zfxxgk/public/29621/49738857.html",
        "区防汛抗旱指挥部办公室 廉政风险防控责任清单, after the source's 防汛抗旱应急预案 (防指办公室, 汛前检查, 应急物资, 监测预警, "
        "响应, 值班): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/``责任股室`` merged "
        "(办领导, 调度股, 物资股, 综合股)/岗位 and 责任人 merged per person/``职责事项``/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; "
        "no type column; a ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def fucheng_reserve_center_list() -> dict:
    unit = f"{PLACE}应急物资储备中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 36, 10, 10, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施", "责任领导"
    )
    rows = [
        ("中心领导", "主任", "庹峣珺", "leader", "庹峣珺", [
            ("储备物资采购计划不经集体研究", "制度机制", "一级风险", "采购计划主任办公会研究，报区应急管理局备案。"),
            ("应急调拨中优先满足关系单位", "外部环境", "二级风险", "调拨按指挥部指令执行，调拨记录公开。"),
        ]),
        ("仓储管理股", "股长", "漆玥瑾", "middle", "庹峣珺", [
            ("入库验收数量质量把关不严", "岗位职责", "一级风险", "入库验收双人签字，抽检留样。"),
            ("盘点中账物不符隐瞒不报", "业务流程", "二级风险", "每季度盘点，财务股复核。"),
        ]),
        ("仓储管理股", "保管员", "鄞骐芮", "general", "庹峣珺", [
            ("出库不凭审批单发放物资", "业务流程", "一级风险", "出库凭审批单，领用人签字。"),
            ("过期物资处置私自变卖", "思想道德", "二级风险", "过期物资集中报废处置，结果公示。"),
        ]),
        ("财务股", "会计", "茆琰蓁", "general", "宦翎澄", [
            ("物资采购款支付审核不严", "制度机制", "二级风险", "支付附合同、验收单，三级审核。"),
            ("仓库维修费用虚列", "思想道德", "三级风险", "维修项目事前审批，事后验收。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "fucheng_reserve_center_list", "http://m.pz1902.com/bzwd/202507/243778.html",
        "区应急物资储备中心 岗位廉政风险防控一览表, after the source's 应急物资库房管理制度 (入库登记, 出库审批, 盘点, 维护保养, 应急调拨, "
        "交接): ``附件1``, a title, 序号/科室 merged (中心领导, 仓储管理股, 财务股)/岗位 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short)/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``责任领导`` column naming the 分管 leader on every row; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fucheng_rescue_center_cover_holder(),
    fucheng_emergency_bureau_two_sheets(),
    fucheng_safety_enforcement_cards(),
    fucheng_forest_fire_office_posts(),
    fucheng_chengxiang_street_selfchecks(),
    fucheng_gongqu_street_groups(),
    fucheng_flood_office_duties(),
    fucheng_reserve_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch356-inbox"))

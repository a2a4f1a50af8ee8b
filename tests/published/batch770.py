"""The seven-hundred-and-seventieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 人防 and
应急通信 bodies, 普兰店区 (of 大连市, 辽宁省) — its 人民防空办公室, 人防工程管理站, 防空警报站, 人防工程质量监督站,
人防指挥信息保障中心, 人防综合执法大队 and 人防宣传教育中心 — each handing back the 一览表, 防控卡, 排查表, 清单
or 自查表 its staff typed in WPS or Excel:

- the 人民防空办公室's 一览表 in TWO SHEETS: ``办领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 人防工程管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 防空警报站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 人防工程质量监督站's 责任清单 under GROUP ROWS ``一、站领导`` … ``三、监督二科`` merged across, ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 人防指挥信息保障中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 人防综合执法大队's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 人防宣传教育中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``pulandian_comms_center_equipment_keepers``: the 应急通信保障中心's 应急通信装备管理廉政风险点排查表, ONE
  ROW A POINT (``序号 | 风险点 | 风险等级 | 防控措施``) with NO holder, post or 科室 column; each point NAMES
  ONE PIECE OF EQUIPMENT inside its text (``应急通信指挥车燃油卡私用…``, ``天通卫星电话话费充值虚报…``); a
  ``注：`` line says the points are the keepers' of the equipment they name, and under it a second small
  table, the 应急通信装备保管责任表 ``装备名称 | 数量及存放地点 | 保管责任人 | 职务``, one row a piece of
  equipment (one keeper holding two). A point's holder is the keeper of the equipment its text names.
  The README's 读得懂的表 knows rosters keyed by a code, number, telephone or group written in a
  column of the list (``HOLDERS_BY_ROSTER_KEY``), a 包保 roster keyed by an enterprise column, a list
  keyed by (item, role), and a point opening with ``保管员：…``; it does not describe a list whose
  only key to the holder is an object (a piece of equipment) named INSIDE the point text, resolved by
  an equipment-keeper register under the list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (two reports on 人防 “塌方式腐败” —
易地建设费 减免缓缴, 招商引资, 人防设备 垄断高价, 审批权验收权; a 县防空防震办 警报器检测维护 — 警报点,
管护员; 郴州 人防系统 — 工程审批; a page on 防空警报设备 — 有线/无线控制; 等深线 人防办主任淘金记 —
审图机构, 设备厂; a topic page on 防空警报试鸣 — 国防观念和人防意识; 应急管理部 on 应急指挥通信保障 —
天通卫星电话, 卫星便携站, 北斗短报文终端) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 霍 and
沙 with rare given names); every unit is a body of 普兰店区.

Run ``python tests/published/score.py --set batch770`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point belongs to the 保管责任人 of the one piece of equipment its text
  names, with his 职务 as the post and no 科室 (装备保障科科长 is his post as written); a keeper of two
  pieces (卫星便携站, 北斗短报文终端) is one form with both pieces' points; the register's rows, the
  ``注：`` line, the 填报单位 line and the 填表人 line are no points;
- ``办领导``, ``站领导``, ``中心领导``, ``大队领导`` (a group row, a 科室/部门 cell) are the 科室 of those
  leaders; the 人民防空办公室's leaders (sheet ``办领导``, no 科室 column) and the cards' leaders have no
  科室; 科, 股, 中队 and 室 are 科室;
- 主任, 副主任, 站长, 副站长, 大队长 are leaders; 科长, 股长, 中队长 and the 装备保障科科长 middle; the rest
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points;
  the 人防工程管理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b770_"
PLACE = "普兰店区"
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

# the 装备保管责任表 under the list: (装备名称, 数量, 存放地点, 保管责任人, 职务, tier)
KEEPERS = [
    ("应急通信指挥车", "1辆", "中心车库", "霍翀珣", "装备保障科科长", "middle"),
    ("卫星便携站", "2套", "装备库一号间", "沙翊琮", "技术员", "general"),
    ("北斗短报文终端", "20台", "装备库一号间", "沙翊琮", "技术员", "general"),
    ("短波电台", "6部", "装备库二号间", "霍棽迦", "报务员", "general"),
    ("天通卫星电话", "12部", "值班室", "沙玙翯", "值班调度员", "general"),
]

# (风险点 — naming exactly one 装备 of KEEPERS, 风险等级, 防控措施)
POINTS = [
    ("应急通信指挥车燃油卡私用，加油票据虚开", "高", "油卡专车专用，每月核对行车记录和加油明细。"),
    ("应急通信指挥车维修保养项目虚报、定点维修厂收受好处", "中", "维修报修经中心集体审核，定点厂家比选确定。"),
    ("卫星便携站卫星链路租用费结算不核对实际用量", "高", "链路租用费按运营商账单逐月核对后支付。"),
    ("北斗短报文终端出借不登记，逾期不收回", "中", "终端出借登记审批，每季度清点。"),
    ("短波电台报废处置不评估，擅自变卖", "中", "报废经评估、审批，残值收入上缴。"),
    ("天通卫星电话话费充值虚报，私人通话公费报销", "高", "话费按月打印清单，私人通话自理。"),
    ("天通卫星电话领用不登记，演练后不归还", "低", "领用归还双人签字，演练后当日清点。"),
]  # fmt: skip


def _keeper(point: str) -> tuple:
    found = [k for k in KEEPERS if k[0] in point]
    assert len(found) == 1, point
    return found[0]


def pulandian_comms_center_equipment_keepers() -> dict:
    unit = f"{PLACE}应急通信保障中心"
    sh = _Sheet("排查表", [6, 44, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}应急通信装备管理廉政风险点排查表", 4)
    _line(sh, f"填报单位：{unit}{GAP * 12}2025年6月", 4)
    sh.add("序号", "风险点", "风险等级", "防控措施")
    for i, (point, lv, measures) in enumerate(POINTS, 1):
        sh.add(i, point, lv, measures)
    _line(sh, "注：以上风险点由所涉装备的保管责任人负责防控，装备保管责任人见下表。", 4)
    sh.add()
    _line(sh, "应急通信装备保管责任表", 4)
    sh.add("装备名称", "数量及存放地点", "保管责任人", "职务")
    for name, count, place, who, post, _tier in KEEPERS:
        sh.add(name, f"{count}　{place}", who, post)
    sh.add("填表人：", None, "中心主任（签字）：", None)
    # the truth one form a keeper, in the keepers' order (a keeper of two 装备 one form)
    seen: list[str] = []
    for _name, _count, _place, who, post, tier in KEEPERS:
        if who in seen:
            continue
        seen.append(who)
        for point, lv, _measures in POINTS:
            k = _keeper(point)
            if k[3] == who:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    return _layout(
        "pulandian_comms_center_equipment_keepers",
        "https://politics.neamco.com/2025-08/07/content_38202990.htm",
        "(harder) 区应急通信保障中心 应急通信装备管理廉政风险点排查表, after the source's 应急管理部 on 应急指挥通信保障 "
        "(无人机通信平台, 天通卫星电话, 卫星便携站, 北斗短报文终端, 通信装备): a title, a 填报单位 line, then "
        "序号/风险点/风险等级 高/中/低/防控措施 with NO holder, post or 科室 column; every point NAMES ONE PIECE OF "
        "EQUIPMENT in its text (应急通信指挥车, 卫星便携站, …); a ``注：`` line says the points are the keepers' of the "
        "equipment they name, and under it an 应急通信装备保管责任表 ``装备名称 | 数量及存放地点 | 保管责任人 | 职务`` "
        "one row a piece of equipment (one keeper holding two), so each point's holder is found by the equipment "
        "word inside the point text; a 填表人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pulandian_civil_air_defense_office_two_sheets() -> dict:
    unit = f"{PLACE}人民防空办公室"
    t = _Truth(unit)
    lead = _Sheet("办领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("霍翛翚", "主任", "主持全面工作", [
            ("违规减免、缓缴防空地下室易地建设费", "一级", "减免缓缴一律经办党组会集体研究，结果公开。"),
            ("以招商引资为由承诺少建、不建防空地下室", "一级", "严格执行结建标准，不作招商优惠条件。"),
        ]),
        ("沙珝岘", "副主任", "分管工程建设、质量监督", [
            ("人防工程竣工验收降低标准、打招呼", "一级", "验收组成员随机抽取，验收意见集体签署。"),
            ("向建设单位推荐防护设备厂家", "二级", "设备由建设单位自主选购，禁止推荐指定。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室岗位廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程管理科", "科长", "霍璟翾", "middle", "防空地下室建设审批意见把关不严", "一级",
         "审批意见科长、分管主任两级签批。"),
        ("工程管理科", "科长", "霍璟翾", "middle", "易地建设费核算面积、标准擅自调整", "二级",
         "核算表双人复核，按规定标准计征。"),
        ("工程管理科", "科员", "沙翊珩", "general", "工程资料收件后拖延办理、吃拿卡要", "三级",
         "一次性告知，办理时限公开。"),
        ("综合科", "科长", "沙珞翥", "middle", "人防办公经费报销审核不严", "二级", "报销凭证经办人、审核人、审批人三签。"),
        ("综合科", "会计", "霍琬瑢", "general", "易地建设费收入不及时上缴国库", "一级", "收入当日入账，按月对账上缴。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "pulandian_civil_air_defense_office_two_sheets", "http://www.changchenge.com/ccgj/10652.html",
        "区人民防空办公室 廉政风险防控一览表 in TWO SHEETS, after the source's “地下长城”边的“塌方式腐败” (人防审批权验收权, "
        "易地建设费 减免缓缴, 招商引资, 人防设备 垄断高价): sheet 办领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def pulandian_works_station_posts() -> dict:
    unit = f"{PLACE}人防工程管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "公用人防工程出租", "公用人防工程低价出租或转租给关系人", "制度机制风险", "高",
         "出租经公开招租，租金标准集体研究。"),
        ("站领导", "站长", "leader", "工程维护项目发包", "维护项目化整为零，指定施工队伍", "外部环境风险", "高",
         "维护项目按限额比选，结果公示。"),
        ("工程维护股", "股长", "middle", "维护工程量核定", "虚增维护工程量，多付工程款", "岗位职责风险", "中",
         "工程量现场双人核定，拍照留档。"),
        ("工程维护股", "技术员", "general", "平战转换设施检查", "检查走过场，隐瞒设施缺损", "岗位职责风险", "中",
         "检查记录逐项签字，站长随机抽查。"),
        ("使用管理股", "管理员", "general", "租金收取", "租金收取不开票、不入账", "业务流程风险", "高",
         "租金统一转账缴入站账户，开具票据。"),
        ("使用管理股", "管理员", "general", "工程使用安全检查", "收受使用单位礼品，放松安全检查", "思想道德风险", "低",
         "安全检查两人同行，问题清单书面告知。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "pulandian_works_station_posts", "https://edblok.com/wangzhanmoban/4136.html",
        "区人防工程管理站 岗位廉政风险点排查表 对岗不对人, after the source's “地下长城”边的“塌方式腐败” (人防工程, "
        "人防协会, 人防物资 垄断高价, 工程质量监督站站长): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/"
        "a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pulandian_siren_station_cards() -> dict:
    unit = f"{PLACE}防空警报站"
    t = _Truth(unit)
    cards = [
        ("站长", "霍湜翎", "站长", "主持警报站全面工作", "leader", [
            ("警报器维修更换项目指定供货商", "★★★", "维修更换项目报区人防办审批，三家比价。"),
            ("警报点设置单位补贴发放不实", "★★", "补贴按警报点核定，名单公示。"),
            ("接受设备厂家宴请", "★", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
        ("副站长", "沙曌岍", "副站长", "分管警报器巡检、试鸣", "leader", [
            ("警报器巡检记录造假、虚报巡检次数", "★★", "巡检定位打卡，记录站长抽查。"),
            ("试鸣保障临时用工虚报人数", "★★★", "用工名单签到，劳务费转账发放。"),
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
        "pulandian_siren_station_cards", "http://ahrfb.gov.cn/cn/news/info_41.aspx?itemid=17053",
        "区防空警报站 领导干部廉政风险防控卡, one sheet a leader, after the source's 县防空防震办 警报器检测维护 (警报点, "
        "警报设施 检查维护, 故障修复, 警报点设置单位, 警报器管护员): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def pulandian_quality_station_group_rows() -> dict:
    unit = f"{PLACE}人防工程质量监督站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "沙璇翃", "leader", [
                ("质量监督注册登记中放宽条件", "一级风险", "注册登记材料公开清单，限时办结。"),
                ("质量事故调查处理避重就轻", "一级风险", "事故处理经站务会集体研究。"),
            ]),
        ]),
        ("二、监督一科", "监督一科", [
            ("科长", "霍翙珧", "middle", [
                ("防护密闭门安装质量抽检放水", "一级风险", "抽检双人到场，影像留存。"),
                ("监督报告与现场实际不符", "二级风险", "监督报告实行复核签字。"),
            ]),
            ("监督员", "沙珺翯", "general", [
                ("接受施工单位吃请，检查前通风报信", "二级风险", "检查计划保密，随机确定检查时间。"),
            ]),
        ]),
        ("三、监督二科", "监督二科", [
            ("监督员", "霍瑀翾", "general", [
                ("人防设备进场检验不查合格证明", "二级风险", "设备进场核验合格证明和检测报告。"),
                ("整改复查不到现场即出具意见", "三级风险", "复查照片与意见同时归档。"),
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
        "pulandian_quality_station_group_rows", "https://cqcb.com/headline/2018-09-21/1106668_pc.html",
        "区人防工程质量监督站 廉政风险防控责任清单, after the source's 郴州 人防系统 三名官员落马 (工程审批的权力, "
        "人防办 平时 组织人民防空建设, 揽工程): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、站领导``, ``二、监督一科``, ``三、监督二科`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def pulandian_command_info_center_selfchecks() -> dict:
    unit = f"{PLACE}人防指挥信息保障中心"
    t = _Truth(unit)
    people = [
        ("霍翀珽", "中心领导", "主任", "leader", [
            ("警报控制系统升级改造项目需求设置倾向性条款", "Ⅰ级", "需求论证邀请区人防办和专家参加。", "已落实"),
            ("指挥所值班补助发放不实", "Ⅱ级", "值班表与补助名单逐月核对。", "未发现问题"),
        ]),
        ("沙翚珈", "信息技术科", "工程师", "general", [
            ("无线控制设备维保验收签字走过场", "Ⅰ级", "维保验收逐台测试，记录存档。", "已落实"),
            ("机房备件领用不登记", "Ⅲ级", "备件领用登记，每季度盘点。", "已落实"),
        ]),
        ("霍珥翾", "信息技术科", "技术员", "general", [
            ("有线控制线路租用费核对不严", "Ⅱ级", "线路租用费按合同和账单逐月核对。", "未发现问题"),
            ("泄露指挥通信涉密资料", "Ⅱ级", "涉密资料专柜存放，借阅审批。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pulandian_command_info_center_selfchecks", "http://wlzgfj.cn/sell/show-402248.html",
        "区人防指挥信息保障中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "防空警报设备 (警报器 电动型/电声型, 控制设备 有线控制/无线控制, 区人防办 主管, 市人防办通信处 管理): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def pulandian_enforcement_team_list() -> dict:
    unit = f"{PLACE}人防综合执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "沙琰翀", "leader", "对拒不修建防空地下室的开发商应罚不罚", "制度机制", "高风险",
         "处罚案件集体审议，裁量基准公开。"),
        ("大队领导", "大队长", "沙琰翀", "leader", "说情打招呼干预执法办案", "外部环境", "中风险",
         "干预办案情况如实记录报告。"),
        ("执法一中队", "中队长", "霍玓翚", "middle", "易地建设费追缴案件久拖不结", "岗位职责", "高风险",
         "追缴案件建立台账，逐月销号。"),
        ("执法一中队", "执法队员", "沙翾珂", "general", "现场检查中收受好处、通风报信", "思想道德", "中风险",
         "执法全过程记录仪录像。"),
        ("法制审核室", "审核员", "霍瑆翥", "general", "处罚决定法制审核流于形式", "业务流程", "中风险",
         "重大处罚决定法制审核签字。"),
        ("法制审核室", "审核员", "霍瑆翥", "general", "审图机构违规收费不予查处", "业务流程", "低风险",
         "收费投诉登记，定期抽查审图机构。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "pulandian_enforcement_team_list", "http://www.bjbhzd.com/2020/11/21/630.html",
        "区人防综合执法大队 岗位廉政风险防控一览表, after the source's 等深线 人防办主任淘金记 (易地建设费, 减免违规, "
        "审图机构, 人防设备厂, 开发商 围猎): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def pulandian_education_center_register() -> dict:
    unit = f"{PLACE}人防宣传教育中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "霍翯瑨", "leader", [
            ("防空警报试鸣宣传品采购不比价", "制度机制", "一级", "宣传品采购三家比价，集体研究。"),
            ("国防教育基地布展项目指定施工单位", "外部环境", "一级", "布展项目公开比选。"),
        ]),
        ("宣传科", "科长", "沙珣翊", "middle", [
            ("宣传经费虚列会务、印刷支出", "业务流程", "二级", "印刷数量与分发记录核对。"),
        ]),
        ("宣传科", "科员", "霍翎琤", "general", [
            ("进社区、进学校宣传活动虚报场次", "岗位职责", "二级", "活动照片、签到表归档备查。"),
            ("宣传物资私自留用", "思想道德", "三级", "物资出入库登记，每季度盘点。"),
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
        "pulandian_education_center_register", "https://toutiao.com/topic/7481928184884430860",
        "区人防宣传教育中心 廉政风险点排查登记表, after the source's topic page on 防空警报试鸣 (国防观念和人防意识, 警报试鸣信号, "
        "预先警报/空袭警报/解除警报, 试鸣公告): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pulandian_comms_center_equipment_keepers(),
    pulandian_civil_air_defense_office_two_sheets(),
    pulandian_works_station_posts(),
    pulandian_siren_station_cards(),
    pulandian_quality_station_group_rows(),
    pulandian_command_info_center_selfchecks(),
    pulandian_enforcement_team_list(),
    pulandian_education_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch770-inbox"))

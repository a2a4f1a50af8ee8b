"""The six-hundred-and-sixteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 应急 and
消防 bodies, 乌达区 (of 乌海市, 内蒙古) — its 消防救援大队 (two sheets, ``一级/二级/三级``), 矿山安全监管站
(排查表 对岗不对人, 高/中/低, ``…风险`` types), 应急救援中心 (自查表 one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``),
应急物资储备库 (清单 under group rows, ``一级风险/…``), 乌兰淖尔消防救援站 (防控卡, ``★★★/★★/★``),
梁家沟街道应急管理办公室 (一览表 under ``附件2``, ``高风险/中风险/低风险``) and 安全生产委员会办公室 (登记表,
``一级/二级/三级``, a ``注：`` line) — and one harder:

- ``wuda_emergency_bureau_baobao_roster``: the 应急管理局's 安全生产包保监管廉政风险点清单, ``序号 | 包保企业 |
  廉政风险点 | 风险等级 | 防控措施`` with NO holder column, the 包保企业 merged over its rows; beside it,
  after a blank column, a 包保责任分工 roster ``包保企业 | 包保责任人 | 职务`` one row a firm (one holder
  several firms), and a ``注：`` line saying each firm's points are its 包保责任人's. Each point belongs
  to the holder of its firm. The README's 读得懂的表 knows rosters keyed by 责任主体 group, by 工作事项, by
  环节, by 桩号 range, by level and 科室; it does not describe a list keyed by the supervised
  enterprise (包保企业) whose holders stand in a 包保 roster beside it.

Each layout cites a public page no earlier batch cited; the rows are worded by us, the names
invented (the rare surnames 斛 and 糜 with rare given names); every unit is a body of 乌达区.

Judgement calls: in the harder file a point is the point of the roster's 包保责任人 of its firm,
with his 职务 as post, no 科室; 副局长 a leader, 股长 middle, 执法人员 general; the roster's rows are no
points. The 消防救援大队's 大队长/教导员, the 站's 站长/指导员, the 中心's 主任, the 库's 主任 and the 安委办's
专职副主任 are leaders; 股长, 科长, 组长 and the 街道 办公室's 主任 middle; the rest general. 高/中/低 and
the other level words are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b616_"
PLACE = "乌达区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 包保责任分工 roster beside the list: (包保企业, 包保责任人, 职务, tier)
ROSTER = [
    ("乌达区五虎山煤矿", "斛翾棣", "副局长", "leader"),
    ("乌达区苏海图煤矿", "斛翾棣", "副局长", "leader"),
    ("乌达区巴音赛化工有限公司", "糜璿岌", "危化股股长", "middle"),
    ("乌达区三道坎石料厂", "斛濛昕", "执法人员", "general"),
    ("乌达区梁家沟烟花爆竹批发站", "斛濛昕", "执法人员", "general"),
]

# (包保企业, 廉政风险点, 风险等级, 防控措施)
BAOBAO = [
    ("乌达区五虎山煤矿", "包保检查走过场，对重大事故隐患不下达整改指令", "高", "检查全程执法记录仪记录，隐患清单闭环销号。"),
    ("乌达区五虎山煤矿", "接受包保企业宴请或安排的娱乐活动", "中", "签订包保廉洁承诺书，接受企业监督。"),
    ("乌达区苏海图煤矿", "复工复产验收降低标准、打招呼放行", "高", "复工复产验收由局班子集体研究，结果公示。"),
    ("乌达区巴音赛化工有限公司", "危险化学品经营许可现场核查不实", "高", "现场核查两人以上，核查记录存档。"),
    ("乌达区巴音赛化工有限公司", "向包保企业推荐安全评价、检测检验机构", "中", "严禁推荐中介机构，违者追责。"),
    ("乌达区三道坎石料厂", "非煤矿山执法检查中对违法行为不立案、以罚代管", "中", "执法案件网上办理，法制审核全覆盖。"),
    ("乌达区梁家沟烟花爆竹批发站", "烟花爆竹储存仓库超量储存不查处", "中", "节前专项检查交叉互查。"),
    ("乌达区梁家沟烟花爆竹批发站", "利用检查之便索要烟花爆竹产品", "低", "检查人员签订廉洁承诺，公开举报电话。"),
]  # fmt: skip


def wuda_emergency_bureau_baobao_roster() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("包保监管", [6, 22, 40, 8, 34, 3, 22, 10, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}安全生产包保监管廉政风险点清单", 9)
    sh.add(
        "序号",
        "包保企业",
        "廉政风险点",
        "风险等级",
        "防控措施",
        None,
        "包保企业",
        "包保责任人",
        "职务",
    )
    first = len(sh.rows)
    n = max(len(BAOBAO), len(ROSTER))
    for i in range(n):
        left = [i + 1, *BAOBAO[i]] if i < len(BAOBAO) else [None] * 5
        right = list(ROSTER[i][:3]) if i < len(ROSTER) else [None] * 3
        sh.add(*left, None, *right)
    _merge_down(sh, first, [(1, lambda row: row[1])], last=first + len(BAOBAO) - 1)
    by_firm = {firm: (who, post, tier) for firm, who, post, tier in ROSTER}
    holders = []
    for _firm, who, post, tier in ROSTER:
        if (post, who, tier) not in holders:
            holders.append((post, who, tier))
    for post, who, tier in holders:
        for firm, point, lv, _m in BAOBAO:
            if by_firm[firm][:2] == (who, post):
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：各包保企业的廉政风险点由右侧《包保责任分工表》所列包保责任人负责防控；风险等级分高、中、低三级。",
        9,
    )
    sh.add("填表：", None, "审核：", None, "2025年5月", None, None, None, None)
    return _layout(
        "wuda_emergency_bureau_baobao_roster", "https://sd.chinamine-safety.gov.cn/articles/ch00902/202411/23f989d1-aeec-4ff1-a644-2dfcd435a8d6.shtml",
        "(harder) 区应急管理局 安全生产包保监管廉政风险点清单, after the source's 矿山安全监管 督政 (煤矿企业, 隐蔽致灾因素, "
        "监管队伍, 从严执法): a title, ``序号 | 包保企业 | 廉政风险点 | 风险等级 | 防控措施`` with 包保企业 merged over its rows and NO "
        "holder column; beside it, after a blank column, a 包保责任分工 roster ``包保企业 | 包保责任人 | 职务`` one row a firm "
        "(one holder several firms); each point belongs to the holder of its firm per the roster and a ``注：`` line; 高/中/低",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wuda_fire_brigade_two_sheets() -> dict:
    unit = f"{PLACE}消防救援大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 9, 10, 18, 38, 9, 34])
    _line(lead, f"{unit}领导干部廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("斛翾镛", "大队长", "主持全面工作", [
            ("消防装备器材采购指定品牌、围标串标", "一级", "采购需求集体论证，进入公共资源交易平台。"),
            ("干部选拔推荐中搞亲亲疏疏", "二级", "推荐人选党委集体研究，结果公示。"),
        ]),
        ("糜翮瑢", "教导员", "分管政治工作、纪检监察", [
            ("消防员招录体检、政审把关不严", "一级", "招录全程录像，政审双人外调。"),
            ("经费报销审批不严，虚列培训费", "二级", "报销单据三级审核，每季度公开。"),
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
    dept = _Sheet("股室", [6, 14, 12, 9, 38, 9, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("防火监督股", "股长", "斛蘅翊", "middle", "消防监督检查中对火灾隐患降格处理", "一级", "检查结果网上录入，隐患整改复查。"),
        ("防火监督股", "股长", "斛蘅翊", "middle", "为当事人推荐消防技术服务机构、指定产品", "一级", "严禁推荐，公开投诉举报电话。"),
        ("防火监督股", "监督员", "糜甍琬", "general", "公众聚集场所投入使用前检查不到现场", "二级", "现场检查照片和记录上传系统。"),
        ("后勤装备股", "股长", "斛濠峤", "middle", "营房修缮工程化整为零规避招标", "一级", "工程项目按限额报支队审批。"),
        ("后勤装备股", "助理", "糜蕤汧", "general", "油料、被装出入库登记不实", "三级", "油料加油卡管理，每月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wuda_fire_brigade_two_sheets", "http://cn.gangyiku.com/kuai/20494.html",
        "区消防救援大队 廉政风险防控一览表 in TWO SHEETS, after the source's 消防领域反腐 (工程验收, 物资采购, 专项经费): sheet "
        "大队领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; "
        "``一级/二级/三级``, no type column",
        [lead, dept], t,
    )  # fmt: skip


def wuda_mine_station_posts() -> dict:
    unit = f"{PLACE}矿山安全监管站"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "监管执法计划", "执法计划对部分煤矿长期不列入检查", "制度机制风险", "高",
         "执法计划随机抽取企业，报区应急管理局备案。"),
        ("监察科", "科长", "middle", "重大隐患判定", "对重大事故隐患不按标准判定、降格处理", "岗位职责风险", "高",
         "重大隐患判定集体会审。"),
        ("监察科", "科长", "middle", "行政处罚", "处罚自由裁量不按基准执行", "业务流程风险", "中",
         "执行裁量基准，重大处罚法制审核。"),
        ("监察科", "监察员", "general", "现场检查", "隐蔽致灾因素普查报告审查不细", "外部环境风险", "中",
         "审查意见书面反馈，存档备查。"),
        ("综合科", "监察员", "general", "举报核查", "群众举报线索核查不到位、泄露举报人信息", "思想道德风险", "低",
         "举报登记编号管理，核查结果反馈。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "wuda_mine_station_posts", "http://www.cwestc.com/newshtml/2022-11-16/752733.shtml",
        "区矿山安全监管站 岗位廉政风险点排查表 对岗不对人, after the source's 非煤矿山 督导检查 (尾矿库, 隐蔽致灾因素普查, "
        "现场抽查, 监察建议书): 科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/``…风险`` types/高/中/低; no names",
        [sh], t,
    )  # fmt: skip


def wuda_rescue_centre_selfchecks() -> dict:
    unit = f"{PLACE}应急救援中心"
    t = _Truth(unit)
    people = [
        ("斛翚澹", "中心领导", "主任", "leader", [
            ("救援车辆维修保养定点厂家暗箱操作", "Ⅰ级", "维修定点公开比选，维修单据审核。", "已落实"),
            ("救援队员考核评优优亲厚友", "Ⅱ级", "考核量化打分，结果公示。", "未发现问题"),
            ("救援装备维护经费挤占挪用", "Ⅱ级", "装备经费专账核算，年度审计。", "已落实"),
        ]),
        ("糜璈沨", "指挥调度科", "调度员", "general", [
            ("接处警信息迟报、瞒报", "Ⅰ级", "接警记录系统留痕，每日核查。", "已落实"),
            ("救援出动补助虚报人数", "Ⅲ级", "出动人员凭调度记录核定。", "已落实"),
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
        "wuda_rescue_centre_selfchecks", "https://www.92read.com/fanwen/sqs/845plz.html",
        "区应急救援中心 岗位廉政风险自查表, one sheet a person, after the source's 应急管理发展规划 (应急救援能力, 风险防范): "
        "a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``",
        sheets, t,
    )  # fmt: skip


def wuda_supplies_depot_group_rows() -> dict:
    unit = f"{PLACE}应急物资储备库"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、库领导", "库领导", [
            ("主任", "糜霙岫", "leader", [
                ("应急物资采购验收不按合同标准", "一级风险", "验收邀请纪检人员参加，验收单三方签字。"),
                ("救灾物资调拨不经审批", "一级风险", "调拨凭区应急管理局调拨单办理。"),
            ]),
        ]),
        ("二、仓储管理组", "仓储管理组", [
            ("组长", "斛篁沚", "middle", [
                ("物资出入库账实不符", "二级风险", "出入库扫码登记，每季度盘点。"),
            ]),
            ("保管员", "糜蘩翊", "general", [
                ("过期物资报废处置不规范", "二级风险", "报废物资集体鉴定，处置结果公示。"),
                ("私自借用储备物资", "三级风险", "借用一律审批登记，按期归还。"),
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
        "wuda_supplies_depot_group_rows", "https://www.renrendoc.com/p-69823840.html",
        "区应急物资储备库 廉政风险防控责任清单, after the source's 镇应急物资储备制度 (储备种类, 统一采购, 日常管理): "
        "GROUP ROWS ``一、库领导``, ``二、仓储管理组`` merged across; 岗位 and 姓名 merged per person; ``一级风险/…``",
        [sh], t,
    )  # fmt: skip


def wuda_fire_station_cards() -> dict:
    unit = f"{PLACE}乌兰淖尔消防救援站"
    t = _Truth(unit)
    cards = [
        ("站长", "斛鸾岍", "站长", "主持全站工作", "leader", [
            ("伙食费采购收受供货商好处", "★★★", "伙食采购双人经办，账目每月公开。"),
            ("消防员请销假、休假审批不严", "★★", "请销假登记，站务会通报。"),
            ("营区水电费、车辆油费报销不实", "★★", "费用凭票报销，每季度公开。"),
        ]),
        ("指导员", "糜蘅岚", "指导员", "分管政治教育、队伍管理", "leader", [
            ("入党、评先推荐搞平衡照顾", "★★", "推荐人选支部集体研究并公示。"),
            ("接受辖区单位宴请、礼品", "★", "严守中央八项规定精神，节前提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
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
        "wuda_fire_station_cards", "https://www.meipian.cn/4rc39p6e",
        "区消防救援站 廉政风险防控卡, one sheet a leader, after the source's 支队纪委 政治监督 (值班值守, 队伍安全管理, 纪律作风): "
        "``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, ``★★★/★★/★`` read by a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def wuda_township_office_list() -> dict:
    unit = f"{PLACE}梁家沟街道应急管理办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "斛蕙湜", "middle", "自然灾害救助对象认定不公", "岗位职责", "高风险", "救助名单社区评议并公示。"),
        ("办公室", "主任", "斛蕙湜", "middle", "小微企业安全检查只查不处", "业务流程", "中风险", "检查发现问题移交执法，跟踪销号。"),
        ("办公室", "网格安全员", "糜翯岷", "general", "隐患排查台账弄虚作假", "思想道德", "中风险", "台账抽查复核，照片留痕。"),
        ("办公室", "网格安全员", "糜翯岷", "general", "应急演练经费虚报", "制度机制", "低风险", "演练影像资料随报销单据附后。"),
        ("办公室", "网格安全员", "糜翯岷", "general", "发放防灾减灾宣传品截留私分", "业务流程", "低风险", "宣传品发放签收登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "负责人（签字）：", None, None)
    return _layout(
        "wuda_township_office_list", "http://e.wenmi.ren/Article/ShowArticle.asp?ArticleID=297875",
        "街道应急管理办公室 岗位廉政风险防控一览表, after the source's 乡镇应急物资储备制度 (专业应急物资, 基本生活物资, 镇应急办): "
        "``附件2``, a 填报单位（盖章） line, 部门/岗位/责任人 on EVERY row, short types, ``高风险/中风险/低风险``",
        [sh], t,
    )  # fmt: skip


def wuda_safety_committee_register() -> dict:
    unit = f"{PLACE}安全生产委员会办公室"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "专职副主任", "糜瓘汀", "leader", [
            ("安全生产考核评分打人情分", "制度机制", "一级", "考核评分集体研究，结果通报。"),
            ("事故调查中干预责任认定", "岗位职责", "一级", "事故调查组独立调查，报告经安委会审定。"),
        ]),
        ("综合协调科", "科长", "斛璠翾", "middle", [
            ("安全生产专项督查通报前泄露督查信息", "思想道德", "二级", "督查实行“四不两直”，督查名单保密。"),
        ]),
        ("综合协调科", "科员", "糜羲沄", "general", [
            ("举报奖励资金发放审核不严", "业务流程", "二级", "奖励资金核实后公示发放。"),
            ("会议培训费报销不实", "外部环境", "三级", "培训签到表、照片随单据报销。"),
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
        "wuda_safety_committee_register", "https://alkalizemylife.com/html/2022/04/19/623871.shtml",
        "区安委会办公室 廉政风险点排查登记表, after the source's 矿山安全生产大检查 (自查, 督导检查, 隐患台账, 五落实): "
        "科室 merged, 岗位 and 姓名 merged per person, 风险类别 (short names), ``一级/二级/三级``, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wuda_emergency_bureau_baobao_roster(),
    wuda_fire_brigade_two_sheets(),
    wuda_mine_station_posts(),
    wuda_rescue_centre_selfchecks(),
    wuda_supplies_depot_group_rows(),
    wuda_fire_station_cards(),
    wuda_township_office_list(),
    wuda_safety_committee_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch616-inbox"))

"""The seven-hundred-and-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's water
bodies, 翁牛特旗 (of 赤峰市, 内蒙古自治区) — its 自来水有限责任公司, 水土保持工作站, 灌区管理所, 农村牧区供水工程
管理站, 水利工程建设管理中心, 水库管理所 and 水资源服务中心 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed, and one harder:

- ``wengniute_water_bureau_holder_in_number``: the 水务局's 岗位廉政风险防控清单 with NO 科室, 岗位 or
  姓名 column: ``序号 | 廉政风险点 | 风险等级 | 防控措施``; the ``序号`` column holds no numbers but,
  merged down over each holder's block of rows, the holder himself: ``一⏎局长⏎<name>``,
  ``二⏎副局长⏎<name>``, ``三⏎工程建设股股长⏎<name>`` (a Chinese ordinal, the post, the name, one a
  line). The README's 读得懂的表 knows a holder merged in an UNHEADED margin column (right of the
  table), a 科室 merged in an unheaded left column, short keys bracketed after a number in the
  ``序号`` cell and group rows over blocks; it does not describe the headed ``序号`` column itself
  merged over a block and carrying the block's holder instead of numbers.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 百里 and 阳
with rare given names); every unit is a body of 翁牛特旗.

Run ``python tests/published/score.py --set batch704`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: in the harder file the merged ``序号`` cell's post and name are the holder of
the rows it spans, its ordinal ``一/二/三`` no part of anything; ``一级/二级/三级``, 高/中/低,
``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` are 1/2/3; 局长, 副局长, 经理, 所长, 站长, 主任 are
leaders, 股长/部长 middle, the rest general; the 排查表 names no person (对岗不对人).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b704_"
PLACE = "翁牛特旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (ordinal, post, name, tier, [(廉政风险点, 等级, 防控措施)])
WATER_BUREAU = [
    ("一", "局长", "百里湍", "leader", [
        ("水利项目安排和资金分配个人说了算", "高", "项目资金分配经局党组会集体研究，结果公示。"),
        ("插手水利工程招投标、为亲友承揽工程", "高", "领导干部插手工程一律登记报告。"),
        ("干预农村牧区供水工程验收结论", "中", "验收由第三方质量检测机构出具结论。"),
    ]),
    ("二", "副局长", "阳汀蘅", "leader", [
        ("河道采砂许可违规审批", "高", "采砂许可集体审议，采区现场公示。"),
        ("水资源论证报告审查走过场", "中", "论证报告专家评审，意见存档。"),
    ]),
    ("三", "工程建设股股长", "百里沚", "middle", [
        ("工程设计变更审核不严、虚增工程量", "高", "设计变更经设计、监理、业主三方会签。"),
        ("工程进度款超进度拨付", "中", "进度款凭监理计量签证拨付。"),
        ("接受施工单位宴请和礼品礼金", "低", "签订廉洁承诺书，公开举报电话。"),
    ]),
]  # fmt: skip


def wengniute_water_bureau_holder_in_number() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("风险清单", [14, 40, 9, 44])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控清单", 4)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    for ordinal, post, who, tier, items in WATER_BUREAU:
        first = len(sh.rows)
        for i, (point, lv, m) in enumerate(items):
            sh.add(f"{ordinal}\n{post}\n{who}" if i == 0 else None, point, lv, m)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.merge(first, 0, len(sh.rows) - 1, 0)
    _line(sh, "注：风险等级分高、中、低三级。", 4)
    sh.add("制表：办公室", None, "审核：", None)
    return _layout(
        "wengniute_water_bureau_holder_in_number", "http://m.ucask.cn/news/News/201409/20140923154959_420206_1.html",
        "(harder) 旗水务局 岗位廉政风险防控清单, after the source's 水利系统腐败窝案 (工程招投标, 项目安排, 资金): ``附件2``, a "
        "title, a 填报单位 line, ``序号 | 廉政风险点 | 风险等级 | 防控措施`` with NO 科室/岗位/姓名 column; the ``序号`` "
        "cell merged down over each holder's block holds ``ordinal⏎post⏎name`` instead of a number; 高/中/低; a "
        "``注：`` line and a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wengniute_water_company_posts() -> dict:
    unit = f"{PLACE}自来水有限责任公司"
    sh = _Sheet("排查表", [6, 12, 12, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "leader", "管网改造材料采购指定供应商", "制度机制风险", "高", "材料采购公开比选，验收入库双人签字。"),
        ("营业收费部", "部长", "middle", "阶梯水价用户类别违规调整", "岗位职责风险", "高", "用水性质变更须现场核查、部门会审。"),
        ("营业收费部", "抄表员", "general", "估抄漏抄、抄人情表", "业务流程风险", "中", "远传水表数据与人工抄表每月比对。"),
        ("营业收费部", "收费员", "general", "收取水费不开票、截留水费", "思想道德风险", "中", "水费线上缴纳，日清日结。"),
        ("供水服务部", "安装员", "general", "新装水表接水索要好处", "外部环境风险", "低", "接水申请网上受理，收费标准公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, typ, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, point, typ, lv, m)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "wengniute_water_company_posts",
        "https://www.zhetiaohe.com/ss/4ee6f3423d18c33292c4210068e1d044ebf2aeed70be790a1634db079f6f685ba7379b9abaded56d.html",
        "旗自来水有限责任公司 岗位廉洁风险点排查表 对岗不对人, after the source's 水费分级收费 (阶梯水价, 用水量): 部门 "
        "and 岗位 merged, ``…风险`` types, 高/中/低, no names; a 编制/审核 line",
        [sh], t,
    )  # fmt: skip


def wengniute_soil_station_cards() -> dict:
    unit = f"{PLACE}水土保持工作站"
    t = _Truth(unit)
    cards = [
        ("站长", "阳澈棠", "站长", "主持全站工作，分管水土保持方案审批", "leader", [
            ("生产建设项目水土保持方案违规审批", "★★★", "方案技术审查由专家组出具意见，集体审定。"),
            ("水土保持补偿费违规减免、缓征", "★★★", "减免缓征一律按规定程序报批并公示。"),
            ("淤地坝建设项目验收放宽标准", "★★", "验收邀请旗纪委监委派驻组监督。"),
        ]),
        ("监督员", "百里澴", "监督员", "水土保持监督检查和补偿费征收", "general", [
            ("监督检查中接受建设单位宴请", "★★", "检查不少于两人，检查记录当场签字。"),
            ("补偿费核定面积少算少征", "★★★", "征收面积以批复方案为准，复核后开票。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, m) in enumerate(items, 1):
            sh.add(i, point, stars, m)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "wengniute_soil_station_cards", "https://cidian.kuaisou.com/%E8%B4%A2%E7%BB%BC20148%E5%8F%B7%E6%96%87+%E5%BA%9F%E6%AD%A2",
        "旗水土保持工作站 防控卡, one sheet a person, after the source's 水土保持补偿费征收 (征收, 缴库, 减免): "
        "``姓　名 | … | 职　务 | …``, a merged 岗位职责 line, ``★★★/★★/★`` read by a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def wengniute_irrigation_list() -> dict:
    unit = f"{PLACE}灌区管理所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "阳汭岑", "leader", "渠系配套工程发包暗箱操作", "一级", "工程发包一律进入公共资源交易平台。"),
        ("所领导", "所长", "阳汭岑", "leader", "灌溉水费使用不按计划", "二级", "水费收支年度预算，所务会研究。"),
        ("配水调度股", "股长", "百里淙", "middle", "配水计划随意调整、优亲厚友", "一级", "配水计划张榜公示，按轮次供水。"),
        ("配水调度股", "斗渠管理员", "阳瀞芷", "general", "私自开闸放水收取好处", "二级", "闸门上锁，开闸记录双人签字。"),
        ("财务股", "会计", "百里渼", "general", "水费票据管理混乱、收款不入账", "二级", "票据领用登记，收款当日入账。"),
        ("财务股", "会计", "百里渼", "general", "虚列渠道维修支出", "三级", "维修支出凭验收单报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, lv, m)
        t.point(sh.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "wengniute_irrigation_list", "https://www.zhemaiyun.com/news/2012270062102278144",
        "旗灌区管理所 岗位廉政风险防控一览表, after the source's 水利工程管理股 (灌区管理, 定人定岗定责): ``附件1``, a "
        "title, 科室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``, no type column; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def wengniute_rural_supply_selfchecks() -> dict:
    unit = f"{PLACE}农村牧区供水工程管理站"
    t = _Truth(unit)
    people = [
        ("阳潆翀", "站领导", "站长", "leader", [
            ("供水工程维修养护资金分配不公", "Ⅰ级", "维修资金按工程台账分配，结果公示。", "已落实"),
            ("水质检测设备采购指定品牌", "Ⅱ级", "采购需求集体论证。", "已落实"),
        ]),
        ("百里汐", "运行管护股", "水管员", "general", [
            ("巡检记录弄虚作假", "Ⅱ级", "巡检定位打卡，照片留存。", "已落实"),
            ("向用水户收取额外费用", "Ⅰ级", "收费标准进村公示。", "未发现问题"),
            ("维修材料虚报冒领", "Ⅲ级", "材料领用凭维修工单。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, m, found) in enumerate(points, 1):
            sh.add(i, point, lv, m, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wengniute_rural_supply_selfchecks", "http://www.whxjw.gov.cn/html/wenzhang_810600.html",
        "旗农村牧区供水工程管理站 自查表, one sheet a person, after the source's 农村供水领域集中整治 (运行管护, 水质保障): a "
        "label row over values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column",
        sheets, t,
    )  # fmt: skip


def wengniute_construction_center_group_rows() -> dict:
    unit = f"{PLACE}水利工程建设管理中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [("主任", "阳沄翮", "leader", [
            ("接受请托为特定企业中标打招呼", "高风险", "严禁插手招投标，请托事项登记报告。"),
            ("工程款支付审批把关不严", "中风险", "支付审批附监理、审计意见。"),
        ])]),
        ("二、质量安全股", "质量安全股", [("质检员", "百里洄", "general", [
            ("隐蔽工程质量检测数据造假", "高风险", "检测数据上传监管平台，留存影像。"),
            ("对施工单位质量问题不报告", "中风险", "质量问题建台账，限期整改销号。"),
            ("参加施工单位安排的宴请娱乐", "低风险", "严守廉洁纪律，定期廉政谈话。"),
        ])]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, m in points:
                n += 1
                sh.add(n, post, who, point, lv, m)
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "wengniute_construction_center_group_rows", "http://slt.gxzf.gov.cn/dtxx/tzgggs/t19730669.shtml",
        "旗水利工程建设管理中心 责任清单 under group rows ``一、中心领导``, ``二、质量安全股``; 岗位/姓名 merged per "
        "person; ``高风险/中风险/低风险``, after the source's 严禁插手水利项目的声明 (招投标, 请托)",
        [sh], t,
    )  # fmt: skip


def wengniute_water_resources_register() -> dict:
    unit = f"{PLACE}水资源服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "阳澍蘅", "leader", [
            ("取水许可越权审批、超量许可", "岗位职责", "一级", "取水许可集体审查，许可结果公开。"),
            ("水资源费违规减免", "制度机制", "一级", "减免事项报旗水务局审批。"),
        ]),
        ("水资源管理股", "股长", "百里漪", "middle", [
            ("取水计量设施核查不到位", "业务流程", "二级", "计量设施年度全覆盖核查。"),
        ]),
        ("水资源管理股", "核查员", "阳淼岫", "general", [
            ("取水量核定少算少报", "业务流程", "二级", "取水量与在线监测数据比对。"),
            ("接受取水单位礼品礼金", "思想道德", "三级", "签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, m in points:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, m)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "wengniute_water_resources_register", "http://lakshmicouriers.com/NewsStd_1341.html",
        "旗水资源服务中心 排查登记表: a 填报单位 line, 股室 merged, 岗位/姓名 merged per person, short 风险类别, "
        "``一级/二级/三级``, a ``注：`` line, after the source's 取水许可和水资源费征收管理条例 (取水许可, 计量, 征收)",
        [sh], t,
    )  # fmt: skip


def wengniute_reservoir_two_sheets() -> dict:
    unit = f"{PLACE}水库管理所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}所领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    for i, (who, post, point, lv, m) in enumerate([
        ("阳濛筠", "所长", "库区移民征地补偿审核不严", "一级", "补偿清册逐户公示，审计跟踪。"),
        ("阳濛筠", "所长", "除险加固工程招标干预评标", "一级", "评标专家随机抽取，全程录像。"),
    ], 1):  # fmt: skip
        lead.add(i, who, post, point, lv, m)
        t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, 2, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程管理股", "股长", "百里溆", "middle", "大坝安全监测数据记录不实", "二级", "监测数据自动采集，定期复核。"),
        ("工程管理股", "库区巡查员", "阳泖棣", "general", "对库区违规养殖、采砂不制止收受好处", "二级", "巡查轨迹记录，发现问题当日上报。"),
        ("工程管理股", "库区巡查员", "阳泖棣", "general", "巡查记录补记、代签", "三级", "巡查记录实行电子签到。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, m)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "wengniute_reservoir_two_sheets", "http://www.audit.gov.cn/n6/n1558/c112679/content.html",
        "旗水库管理所 一览表 in two sheets 所领导/股室, ``一级/二级/三级``, no type column, after the source's 征地拆迁补偿"
        "审计 (补偿协议, 安置补助)",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wengniute_water_bureau_holder_in_number(),
    wengniute_water_company_posts(),
    wengniute_soil_station_cards(),
    wengniute_irrigation_list(),
    wengniute_rural_supply_selfchecks(),
    wengniute_construction_center_group_rows(),
    wengniute_water_resources_register(),
    wengniute_reservoir_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch704-inbox"))

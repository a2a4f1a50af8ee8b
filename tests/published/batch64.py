"""A sixty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE IN STATE-OWNED ENTERPRISES AND PUBLIC
INSTITUTIONS — a 水务集团's 自来水公司, a 县城乡供水公司, a 区农村供水管理总站, a 县博物馆, a 国有粮食储备
公司, a 省属林场, a 国有林技术服务中心 and a 交通投资集团's 物业公司 — each handing back its 岗位廉洁风险
防控表 / 廉洁风险清单 its own way, most with nothing exotic about them:

- a 自来水公司 一览表: 部门 merged, 岗位/责任人 merged per person, a 岗位职责 column, ``…风险`` types,
  高/中/低, a 填报 line;
- a 县城乡供水公司 清单 对岗不对人, one sheet per 部门 (tab = the 部门), each under a ``部门:…`` line,
  levels written ``高风险/中风险/低风险``;
- a 县博物馆 一览表: 部室 merged, ``权力事项`` beside ``廉政风险点`` (the point is the 风险点: the
  权力事项 is a duty, not a short risk name), levels ``Ⅰ/Ⅱ/Ⅲ`` without 级, a trailing 责任人;
- a 国有粮食储备公司 表 whose level is a TICK: ``风险等级`` merged over ``高 | 中 | 低`` and ``√`` in one;
- a 林场 清单: 科室/工区 merged, 岗位 and 姓名, two types in some cells, 高/中/低, a 说明 under it;
- a 国有林技术服务中心 表 对岗不对人 under a ``填报单位:… 填报时间:…`` line, 岗位名称/主要职责 merged,
  ``风险类别`` ``…风险``, 高/中/低 and a trailing ``监督部门``;
- a 物业公司 清单 with both a ``责任部门`` and a ``责任人`` column, ``高风险/中风险/低风险``.

One is harder:

- ``rural_water_station_cards``: a 农村供水管理总站's 廉政风险防控登记卡 per sheet, the holder given
  above the table as ``姓名 | … | 职务 | … | 科室 | …``, and a trailing ``监督人`` column naming
  ANOTHER person (the 站长) on every row — the holder is the card's, not the 监督人.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 水务公司's 供水 and 效能 work, a
城乡供水 一体化, a 农村供水管理总站 and its supervision, a 县博物馆's 部门职能, 国有粮食购销企业's 收购、
储存、轮换, a 林场's 科室 and 工区, 国有林场 改革 and its 技术服务中心, an enterprise 风险分级管控制度) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented.

Run ``python tests/published/score.py --set batch64`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a level given as a ``√`` under ``高 | 中 | 低`` is the level of the ticked column;
- ``高风险/中风险/低风险`` are 1/2/3, and so are ``Ⅰ/Ⅱ/Ⅲ`` written without 级;
- a ``监督人`` / ``监督部门`` column names no holder and no 部门 of the form;
- ``权力事项`` beside ``廉政风险点`` is no short risk name: the point is the 风险点 text;
- a sheet's ``部门:…`` line gives the 部门 of every row on that sheet.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b64_"
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
TICK = "√"


# --------------------------------------------------------------------------- harder layout


def rural_water_station_cards() -> dict:
    unit = "XX区农村供水管理总站"
    t = _Truth(unit)
    chief = "邰振国"
    people = [
        ("滕晓光", "工程管理科", "科长", "middle", [
            ("村级供水管网改造工程验收把关不严", "岗位职责", "高", "验收邀请镇村代表参加,验收资料存档备查。"),
            ("为委托经营企业隐瞒运行维护不到位问题", "外部环境", "中", "运维考核结果在站内公示,群众投诉逐件回访。"),
            ("工程变更签证审核不实", "业务流程", "高", "变更签证经监理、站务会两级审核。"),
        ]),
        ("阚丽娟", "财务科", "会计", "general", [
            ("水费代收资金未及时入账", "制度机制", "中", "代收水费每周对账,月底由站长审签。"),
            ("工程补助资金拨付不按进度", "岗位职责", "低", "拨付凭验收单和进度表,按季公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 32, 10, 8, 34, 9])
        _line(sh, f"{unit}廉政风险防控登记卡", 6)
        sh.add("姓名", who, "职务", post, "科室", dept)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "监督人")
        first = len(sh.rows)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, chief)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(5, lambda row: row[5])])
        sh.add()
        sh.add("本人签字:", None, "站长签字:", None, "2024年9月", None)
        sheets.append(sh)
    return _layout(
        "rural_water_station_cards",
        "https://hk.crntt.com/doc/1071/1/8/2/107118265.html?coluid=7&kindid=0&docid=107118265&mdate=0909180715",
        "(harder) 区农村供水管理总站 廉政风险防控登记卡, one per sheet (tab = the holder), after the source's account of "
        "a 区农村供水管理总站 that let a firm run its 农村安全饮水工程 and was held to account for its 监督管理: "
        "the holder given on ONE row above the table as pairs ``姓名 | 滕晓光 | 职务 | 科长 | 科室 | 工程管理科``; "
        "序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施/a trailing ``监督人`` merged down, naming the "
        "站长 邰振国 on every row (NOT the holder); 本人签字/站长签字/date line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def water_company_posts() -> dict:
    unit = "XX市水务集团自来水有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 9, 24, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("营业所", "所长", "葛振东", "负责用水报装、抄表收费管理", "用水报装中为关系户减免接水费用",
         "岗位职责风险", "高", "接水费用按物价标准收取,减免须经公司审批。"),
        ("营业所", "抄表员", "缪春燕", "按期抄录水表读数", "估抄、漏抄,为用户少计水量收取好处",
         "思想道德风险", "中", "推广远传水表,抄表数据系统比对异常。"),
        ("营业所", "抄表员", "缪春燕", "按期抄录水表读数", "私自为用户更换水表",
         "业务流程风险", "低", "换表凭工单,旧表回收登记。"),
        ("制水厂", "厂长", "阮立波", "负责制水生产和药剂管理", "净水药剂采购验收把关不严",
         "制度机制风险", "高", "药剂入厂抽检,检测报告存档。"),
        ("制水厂", "设备管理员", "计文", "负责设备维修保养", "设备维修虚报工时和配件",
         "岗位职责风险", "中", "维修工单双人签字,配件以旧换新。"),
        ("客户服务热线中心", "班长", "卓晓玲", "受理用户报修投诉", "选择性派单,为维修队伍介绍私活",
         "外部环境风险", "低", "工单系统自动派发,回访满意度。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"所长": "middle", "厂长": "middle", "班长": "general"}
    for n, (dept, post, who, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (4, per_person)])  # fmt: skip
    sh.add()
    sh.add("填报单位(盖章):", None, None, "填报人:", None, None, "2024年8月", None, None)
    return _layout(
        "water_company_posts", "http://www.fzswjt.com/news/shownews.php?id=896",
        "水务集团 自来水有限公司 岗位廉洁风险防控一览表 after the source's account of a 水务投资公司 and its 自来水公司 "
        "(水厂, 二次供水, 24小时呼叫热线中心, 效能督查): 序号/部门 merged (营业所, 制水厂, 客户服务热线中心)/岗位, "
        "责任人 and 岗位职责 merged per person (the 抄表员 over two rows)/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; 填报单位/填报人/date line",
        [sh], t,
    )  # fmt: skip


def county_water_dept_sheets() -> dict:
    unit = "XX县城乡供水有限公司"
    t = _Truth(unit)
    depts = [
        ("工程部", [
            ("部长", "管网改造工程施工单位确定不公开", "高风险", "施工单位通过公开招标确定,结果公示。"),
            ("施工员", "默许施工单位减少管材埋深、偷工减料", "中风险", "隐蔽工程拍照留档,监理旁站。"),
        ]),
        ("营销部", [
            ("部长", "违规减免大用户水费", "高风险", "水费减免须经公司经理办公会研究。"),
            ("收费员", "水费现金收入坐支、挪用", "中风险", "推行线上缴费,现金日清日结。"),
            ("收费员", "为用户违规办理销户、过户", "低风险", "销户、过户资料系统留存,稽核抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, rows in depts:
        sh = _Sheet(dept, [6, 10, 36, 10, 36])
        _line(sh, f"{unit}廉洁风险防控清单", 5)
        _line(sh, f"部门:{dept}", 5)
        sh.add("序号", "岗位", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, point, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, point, lv, measures)
            tier = "middle" if post == "部长" else "general"
            t.point(sh.name, dept, post, "", tier, point, [], WORDS[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        sh.add()
        sh.add("部门负责人:", None, "审核:", None, "2025年3月")
        sheets.append(sh)
    return _layout(
        "county_water_dept_sheets",
        "https://hk.crntt.com/doc/1071/3/2/5/107132598.html?coluid=7&kindid=0&docid=107132598&mdate=1022141515",
        "县城乡供水有限公司 廉洁风险防控清单 对岗不对人 after the source's account of 城乡供水一体化 (管网提升改造, "
        "分片区供水公司, 线上缴费, 供水单位运行管理责任): ONE SHEET PER 部门 (tabs 工程部, 营销部), each with the title, "
        "then a line ``部门:工程部`` merged across, then 序号/岗位 merged per post/风险点/风险等级 ``高风险/中风险/"
        "低风险``/防控措施; no names; 部门负责人/审核/date line",
        sheets, t,
    )  # fmt: skip


def museum_power_items() -> dict:
    unit = "XX县博物馆"
    sh = _Sheet("Sheet1", [6, 10, 18, 34, 6, 32, 9])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点一览表", 7)
    sh.add("序号", "部室", "权力事项", "廉政风险点", "等级", "防控措施", "责任人")
    rows = [
        ("保管部", "藏品入藏", "征集文物价格评估不实,虚增征集经费", "Ⅰ", "征集价格经专家组评估,征集经费集体研究。",
         "巩海燕"),
        ("保管部", "库房管理", "藏品出入库不登记,私自借出藏品", "Ⅱ", "出入库双人双锁,每季度账物核对。", "巩海燕"),
        ("陈列部", "展览布展", "布展工程指定施工单位,虚增工程量", "Ⅰ", "布展工程按程序比选,结算经审计。", "阎嘉禾"),
        ("陈列部", "讲解服务", "讲解员私下收费讲解", "Ⅲ", "讲解服务免费预约,设投诉箱。", "党晓雯"),
        ("办公室", "经费报销", "虚开会议费、培训费发票", "Ⅱ", "报销凭会议通知、签到表,馆长审签。", "訾国平"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, power, point, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, dept, power, point, lv, measures, who)
        t.point(sh.name, dept, "", who, "general", point, [], BARE_ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, lambda row: (row[1], row[6]))])
    sh.add("注:风险等级Ⅰ为高、Ⅱ为中、Ⅲ为低。", None, None, None, None, None, None)
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 6)
    return _layout(
        "museum_power_items",
        "http://www.gsml.gov.cn/zfxxgk/fdzdgknr/jczwgkbzml/czyjs/2021yjs/202204/t20220402_821790.html",
        "县博物馆 (a 副科级 事业单位) 廉政风险点一览表 after the source's 部门整体支出绩效自评 of a 县博物馆 (藏品收藏、"
        "征集, 展览, 新馆布展, 安全责任 for 部室): ``附件2`` above the title; 序号/部室 merged (保管部, 陈列部, 办公室)/"
        "``权力事项`` (a duty, not a short risk name)/``廉政风险点``/``等级`` written ``Ⅰ/Ⅱ/Ⅲ`` WITHOUT 级/防控措施/"
        "责任人 merged per person within a 部室 (no post column); a note ``注:风险等级Ⅰ为高、Ⅱ为中、Ⅲ为低。`` under it",
        [sh], t,
    )  # fmt: skip


def grain_reserve_ticks() -> dict:
    unit = "XX国家粮食储备有限公司"
    sh = _Sheet("风险防控表", [6, 10, 10, 9, 34, 5, 5, 5, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控表", 9)
    top = sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, None, "高", "中", "低", None)
    sh.merge(top, 5, top, 7)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    rows = [
        ("仓储科", "保管员", "祁永生", "粮食出入库数量记录不实,账实不符", "高",
         "出入库称重数据系统自动采集,月度盘点。"),
        ("仓储科", "保管员", "祁永生", "储粮损耗核销不实", "中", "损耗核销经质检、仓储、财务联合确认。"),
        ("质检科", "质检员", "郝文静", "收购检验压级压价或提级提价", "高", "检验样品留存,检验结果当场公示。"),
        ("购销科", "科长", "敖建华", "轮换销售向关系企业倾斜", "高", "轮换粮食进入交易平台公开竞价。"),
        ("办公室", "文印员", "沈悦", "办公用品采购不比价", "低", "办公用品网上商城采购。"),
    ]  # fmt: skip
    first = len(sh.rows)
    at = {"高": 5, "中": 6, "低": 7}
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        row = [n, dept, post, who, point, None, None, None, measures]
        row[at[lv]] = TICK
        sh.add(*row)
        tier = "middle" if post == "科长" else "general"
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("公司纪检委员:", None, None, None, "填表时间:2024年12月", None, None, None, None)
    return _layout(
        "grain_reserve_ticks", "https://zzsj.zhengzhou.gov.cn/jgdt/7525702.jhtml",
        "国家粮食储备有限公司 岗位廉洁风险防控表 after the source's account of an 审计调查 of 国有粮食购销企业 (收购、"
        "储存、轮换, 出入库记录, 库存状况, 计量器具): a TWO-ROW header — ``风险等级`` merged over ``高 | 中 | 低``, the "
        "level given ONLY by a ``√`` in one of the three; 序号/科室 merged (仓储科, 质检科, 购销科, 办公室)/岗位 and "
        "姓名 merged per person (the 保管员 over two rows)/风险点/the three tick columns/防控措施; 纪检委员/填表时间 line",
        [sh], t,
    )  # fmt: skip


def forest_farm_sections() -> dict:
    unit = "XX省乐林林场"
    sh = _Sheet("林场", [6, 12, 10, 9, 34, 18, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 8)
    sh.add("序号", "科室/工区", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("营林科", "科长", "覃建明", "造林工程验收面积虚报", "岗位职责、业务流程", "高",
         "验收采用卫星图斑比对,结果场务会审定。"),
        ("营林科", "技术员", "冼丽萍", "苗木采购以次充好", "外部环境", "中", "苗木进场抽检,采购价格公示。"),
        ("资源管理科", "科长", "粟国强", "林木采伐指标分配不公,超量采伐", "制度机制", "高",
         "采伐指标集体研究分配,伐区验收公示。"),
        ("第一工区", "工区主任", "莫志勇", "护林员考勤不实,虚报劳务费", "思想道德、制度机制", "中",
         "护林员巡护轨迹APP记录,劳务费银行代发。"),
        ("第一工区", "工区主任", "莫志勇", "林下经济承包私自收费", "思想道德", "低", "承包合同统一签订,收费进入场财务。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"科长": "middle", "工区主任": "middle"}
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(
        sh,
        "说明:1.风险类型按思想道德、制度机制、岗位职责、业务流程、外部环境填写;2.风险等级分高、中、低三级。",
        8,
    )
    return _layout(
        "forest_farm_sections", "http://www.taokecoco.com/page/2017/0306/991220.shtml",
        "省属林场 (a 正处级 事业单位 with 科室 and 工区) 廉洁风险防控清单 after the source's account of a 林场's 工区 "
        "management (8个科室, 6个工区, 营林, 护林): 序号/``科室/工区`` merged (营林科, 资源管理科, 第一工区)/岗位 and "
        "姓名 merged per person/风险点/风险类型 (short names, TWO in some cells ``思想道德、制度机制``)/风险等级 高/中/低/"
        "防控措施; a ``说明:`` line under the table naming all five types and the three levels",
        [sh], t,
    )  # fmt: skip


def forest_center_supervisors() -> dict:
    unit = "XX省重点国有林技术服务中心"
    sh = _Sheet("Sheet1", [6, 12, 24, 32, 14, 8, 30, 12])
    t = _Truth(unit)
    _line(sh, "岗位廉洁风险防控表", 8)
    sh.add(f"填报单位:{unit}", None, None, None, "填报时间:2024年4月", None, None, None)
    sh.merge(1, 0, 1, 3)
    sh.merge(1, 4, 1, 7)
    sh.add(
        "序号", "岗位名称", "主要职责", "廉政风险点", "风险类别", "风险等级", "防控措施", "监督部门"
    )
    rows = [
        ("主任", "主持中心全面工作", "技术服务项目承接个人决定", "制度机制风险", "高",
         "项目承接经主任办公会研究。", "中心党支部"),
        ("调查监测科科长", "组织森林资源调查监测", "调查数据弄虚作假,为林场核增面积", "岗位职责风险", "高",
         "调查数据抽样复核,成果专家评审。", "综合科"),
        ("调查监测科科长", "组织森林资源调查监测", "外业补助虚报人数天数", "思想道德风险", "中",
         "外业补助按派工单核发,公示一周。", "综合科"),
        ("报账员", "办理经费报销", "报销单据审核不严", "业务流程风险", "低", "报销单据两人审核。", "中心党支部"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"主任": "leader", "调查监测科科长": "middle"}
    for n, (post, duty, point, typ, lv, measures, sup) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures, sup)
        t.point(sh.name, "", post, "", tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    sh.add()
    sh.add("单位负责人:", None, None, "经办人:", None, None, None, None)
    return _layout(
        "forest_center_supervisors", "http://zgkjsz.com/page/2023/0416/21592527.shtml",
        "省重点国有林技术服务中心 岗位廉洁风险防控表 对岗不对人 after the source's account of 国有林场改革 written by "
        "the staff of a 重点国有林技术服务中心 and its sister institutes (造林, 森林资源调查, 林业勘察设计): a bare title, then "
        "a line ``填报单位:… | 填报时间:…`` (two merged cells) giving the unit; 序号/岗位名称 and 主要职责 merged per post/"
        "廉政风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施/a trailing ``监督部门`` (中心党支部, 综合科 — who watches, "
        "not the post's 部门: no 部门 in the table); no names; 单位负责人/经办人 line",
        [sh], t,
    )  # fmt: skip


def property_company_both() -> dict:
    unit = "XX交通投资集团物业管理有限公司"
    sh = _Sheet("廉洁风险清单", [6, 14, 34, 10, 34, 12, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险清单", 7)
    sh.add("序号", "业务环节", "风险点", "风险等级", "防控措施", "责任部门", "责任人")
    rows = [
        ("物业费收取", "物业费收取不开票,截留收入", "高风险", "物业费统一线上收取,票据连号管理。", "客户服务部",
         "詹红霞"),
        ("维修服务", "维修材料虚报冒领", "中风险", "维修材料凭工单领用,月度盘点。", "工程维修部", "伍国栋"),
        ("外包服务", "保洁、绿化外包单位选择不公开", "高风险", "外包服务公开比选,合同法务审核。", "综合管理部",
         "舒文"),
        ("外包服务", "外包服务考核打分不实", "中风险", "考核由使用单位、业主代表共同打分。", "综合管理部", "舒文"),
        ("车辆管理", "停车费现金收入不入账", "低风险", "推行电子支付,收入日报核对。", "客户服务部", "詹红霞"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (area, point, lv, measures, dept, who) in enumerate(rows, 1):
        sh.add(n, area, point, lv, measures, dept, who)
        t.point(sh.name, dept, "", who, "middle", point, [], WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("编制:综合管理部", None, None, "审核:公司纪检委员", None, "2025年2月", None)
    return _layout(
        "property_company_both", "https://max.book118.com/html/2026/0210/5340333234013122.shtm",
        "交通投资集团 物业管理有限公司 廉洁风险清单 after the source's 风险分级管控制度 of a company under a 集团母公司 "
        "(各部门、下属单位, 采购、财务, 责任到人, 风险分级): 序号/``业务环节`` merged (a business area, no type)/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/a trailing ``责任部门`` AND ``责任人`` (the 综合管理部 holder over "
        "rows 3-4, the 客户服务部 holder on rows 1 and 5); 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    rural_water_station_cards(),
    water_company_posts(),
    county_water_dept_sheets(),
    museum_power_items(),
    grain_reserve_ticks(),
    forest_farm_sections(),
    forest_center_supervisors(),
    property_company_both(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch64-inbox"))

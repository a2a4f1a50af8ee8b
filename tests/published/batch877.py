"""The eight-hundred-and-seventy-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's health and
disease-control bodies, 于田县 (of 和田地区, 新疆维吾尔自治区) — its 卫生健康委员会, 疾病预防控制中心,
人民医院, 维吾尔医医院, 妇幼保健计划生育服务中心, 卫生健康综合监督执法大队, 急救中心 and 木尕拉镇中心卫生院 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader,
  ``一级/二级/三级``) and ``机关科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), no type column;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低,
  a ``注：`` line; no names;
- the 妇幼保健计划生育服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 卫生健康综合监督执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 木尕拉镇中心卫生院's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 维吾尔医医院's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 急救中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yutian_peoples_hospital_value_format``: the 人民医院's 岗位廉政风险防控登记表, an ordinary list
  (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, 科室 merged, 岗位 and 姓名
  merged per person) whose ``风险等级`` cells hold NUMBERS — the 风险值 the staff typed (发生可能性 ×
  影响程度, 4 … 20) — and show the grade only through the cells' CUSTOM NUMBER FORMAT
  ``[>=15]"高风险";[>=8]"中风险";"低风险"``, so Excel and WPS display 高风险/中风险/低风险 while the
  cell's value is 20, 12 or 6; a 填表说明 line above the heading says the column takes the 风险值 and
  displays the grade by the template's format, naming no bands. Chosen as a shape docs/layouts.md
  (读得懂的表) did not describe — wrongly: its paragraph on numbers shown as words by the cell format
  (``[=3]"高";[=2]"中";"低"``, ``WORDS_BY_FORMAT``) describes it; the check before building grepped
  ``数字格式``/``自定义格式`` and missed ``单元格格式``. What this file adds to that paragraph: the
  conditions are bands over a 风险值 (``>=15``, ``>=8``), not one value a word.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (医院院长、书记 落马 and the
“关键少数”、关键岗位 of 医药领域腐败问题集中整治; a 卫健委主任 被查 after a 巡视 of the 关键少数; a 省疾控中心's
血铅检测数据失真 — 质控体系, 检测操作规程; 倒买倒卖、伪造出生医学证明 — 签发, 内部管理; 卫生计生综合监督执法
机构 — 双随机、一公开, 执法三项制度, 执法责任制; a county's 药品采购 窝串案 from 卫健局 to 乡镇卫生院 —
统方, 药品回扣; a 县医院药剂科 — 新药引进, 药事管理委员会, 过量采购; 120 急救 收费 — 接警, 出车, 里程,
附加服务费, 先救治后付费) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 卓 and 鞠 with
rare given names); every unit is a body of 于田县.

Run ``python tests/published/score.py --set batch877`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 风险等级 cell's level is the grade its number format shows: a 风险值 of 15 or
  more 高风险 (1), 8 to 14 中风险 (2), under 8 低风险 (3); the value itself is no level word and the
  填表说明 line is no point;
- ``委领导``, ``院领导``, ``中心领导`` (a sheet, a 科室 cell, a group row) are the 科室 of those leaders
  where a cell or group row says so; the 卫健委's leaders (sheet ``委领导``, no 科室 column) and the
  cards' leaders have no 科室; a group row ``二、医疗机构监督科`` gives the 科室 ``医疗机构监督科``;
- 主任 and 副主任 of the 卫健委, 院长, 副院长, 书记, the 中心's 主任 and 副主任 and the 大队长, 副大队长
  are leaders; a 科室's 科长 or 主任 and a 股长 middle; the rest (科员, 药师, 采购员, 会计, 出纳, 收费员,
  调度员, 执法员, 检验员, 保管员, 签发员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 疾控中心's list names
  no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``, then the harder
file's number formats set with openpyxl) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b877_"
PLACE = "于田县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
# the harder file's level cells: a 风险值 shown as a grade by a custom number format
VALUE_FORMAT = '[>=15]"高风险";[>=8]"中风险";"低风险"'


def value_level(value: int) -> int:
    """The grade the number format shows for a 风险值."""
    return 1 if value >= 15 else 2 if value >= 8 else 3


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险值, 防控措施)])
HOSPITAL = [
    ("院领导", "院长", "卓昶翊", "leader", [
        ("药品、耗材遴选和大型设备购置个人拍板，接受供应商“围猎”", "制度机制", 20,
         "药事管理与药物治疗学委员会、设备论证小组集体决策，会议纪要存档。"),
        ("院内基建和维修工程插手干预，指定施工单位", "岗位职责", 16, "工程项目一律进入县公共资源交易中心。"),
    ]),
    ("院领导", "副院长", "鞠泓翀", "leader", [
        ("医保基金使用监管不力，默许科室挂床住院、虚记费用", "业务流程", 12,
         "每月抽查运行病历，医保办专项自查结果院周会通报。"),
        ("医务人员职称推荐和进修外派优亲厚友", "思想道德", 6, "推荐条件量化赋分，结果院内公示。"),
    ]),
    ("药剂科", "主任", "卓峤渟", "middle", [
        ("临时采购新药绕开药事会论证，收受药品回扣", "外部环境", 20, "临时采购逐单报分管院长审批，每季度公示用量前十位药品。"),
        ("为医药代表“统方”提供处方数据", "思想道德", 15, "HIS 系统统方权限分级授权，查询留痕。"),
    ]),
    ("药剂科", "采购员", "鞠芃湉", "general", [
        ("药品入库验收数量、效期把关不严", "业务流程", 9, "入库实行采购、验收、保管三人签字。"),
    ]),
    ("设备科", "科长", "卓霈岚", "middle", [
        ("设备采购参数量身定制，排斥潜在供应商", "制度机制", 16, "采购参数经临床科室和论证小组共同确定并挂网征求意见。"),
        ("检验试剂、耗材验收后随意调换品牌", "岗位职责", 8, "试剂耗材按中标品规入库，信息系统锁定。"),
    ]),
    ("医保办", "主任", "鞠曦珝", "middle", [
        ("医保结算数据审核走过场，违规费用不扣减", "岗位职责", 4, "结算数据双人复核，违规费用按月追回并通报。"),
    ]),
]  # fmt: skip


def yutian_peoples_hospital_value_format() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("登记表", [6, 11, 9, 9, 40, 11, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控登记表", 8)
    _line(sh, f"填报单位：{unit}纪检监察室{GAP * 16}2025年5月", 8)
    _line(sh, "填表说明：“风险等级”栏填写风险值（发生可能性×影响程度，各按1—5分评定），"
              "表格已预设格式，填入后自动显示风险等级。", 8)  # fmt: skip
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    cells = []
    n = 0
    for dept, post, who, tier, points in HOSPITAL:
        for point, typ, value, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, typ, value, measures)
            cells.append([r, 6])
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), value_level(value))
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    lay = _layout(
        "yutian_peoples_hospital_value_format", "http://hagawasou.com/20/7119320.htm",
        "(harder) 县人民医院 岗位廉政风险防控登记表, after the source's report on 医院院长、书记 落马 in the 医药领域腐败问题"
        "集中整治 (“关键少数”、关键岗位, 药品耗材采购): a title, a 填报单位 line and a 填表说明 line, then 序号/科室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级/防控措施 — the 风险等级 cells hold the "
        "typed 风险值 (4 … 20) as NUMBERS and show 高风险/中风险/低风险 only through their custom number format "
        "``[>=15]\"高风险\";[>=8]\"中风险\";\"低风险\"``; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip
    lay["number_formats"] = {sh.name: {"format": VALUE_FORMAT, "cells": cells}}
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def yutian_health_commission_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}委领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("卓弢湛", "主任", "主持全面工作", [
            ("县域医疗卫生项目资金分配个人说了算", "一级", "资金分配方案经党组会集体研究并公开。"),
            ("为亲友承揽医疗机构配送、工程业务打招呼", "一级", "落实领导干部插手干预重大事项记录报告制度。"),
        ]),
        ("鞠岫翮", "副主任", "分管医政医管、药械", [
            ("医疗机构设置审批和校验放宽条件", "二级", "审批事项在政务服务平台全程网办、限时办结。"),
            ("集中带量采购执行监管不到位", "二级", "每季度通报各医疗机构集采执行情况。"),
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
    dept = _Sheet("机关科室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}机关科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划财务科", "科长", "卓湲珩", "middle", "基本公共卫生服务补助资金拨付不按绩效考核结果", "一级",
         "补助资金按考核结果拨付，结果向乡镇卫生院公开。"),
        ("规划财务科", "会计", "鞠芷沨", "general", "报销凭证审核不严，虚列会议培训费", "二级", "会议培训费凭签到表、通知据实报销。"),
        ("医政医管科", "科长", "卓琇峋", "middle", "医疗纠纷调处中偏袒一方", "二级", "重大纠纷提交人民调解委员会调处。"),
        ("医政医管科", "科员", "鞠珧漪", "general", "护士执业注册材料审核把关不严", "三级", "注册材料双人审核，结果网上公示。"),
        ("医政医管科", "科员", "鞠珧漪", "general", "医疗机构校验走过场", "三级", "校验实行现场核查，记录存档。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yutian_health_commission_two_sheets", "http://lemmingtonhall.com/d-07-419902.html",
        "县卫生健康委员会 廉政风险防控一览表 in TWO SHEETS, after the source's report on a 卫健委主任 被查 (巡视, 关键少数, "
        "“一把手”和领导班子): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet 机关科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yutian_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 14, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "检验检测设备和试剂采购指定品牌", "制度机制风险", "高",
         "采购需求经中心班子会集体研究，进入政府采购平台。"),
        ("检验科", "科长", "middle", "检测报告审核签发不严，数据失真", "岗位职责风险", "高",
         "检测原始记录留存，报告实行三级审核。"),
        ("检验科", "检验员", "general", "违反检测操作规程、受人请托出具不实结果", "思想道德风险", "中",
         "执行实验室质量管理体系，定期开展质控比对。"),
        ("免疫规划科", "科长", "middle", "二类疫苗采购、配送中收受好处", "外部环境风险", "高",
         "疫苗采购在省级平台进行，出入库信息化追溯。"),
        ("免疫规划科", "保管员", "general", "疫苗出入库登记不实，冷链记录补填", "业务流程风险", "中",
         "冷链温度自动监测，出入库双人核对。"),
        ("办公室", "会计", "general", "传染病防控专项经费挤占挪用", "业务流程风险", "低",
         "专项经费专账核算，年终接受审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分为高、中、低三级。", 7)
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "yutian_cdc_posts", "http://dcswzx0002.com/gupiaopeizidaili/100173.html",
        "县疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's report on a 省疾控中心 血铅检测数据严重失真 "
        "(检测操作规程, 质控体系, 实验室质量管理): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yutian_maternal_centre_selfchecks() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    people = [
        ("卓萦翾", "中心领导", "主任", "leader", [
            ("《出生医学证明》空白证件申领、调配管理不严", "Ⅰ级", "空白证件专柜双锁，领用逐本登记。", "已落实"),
            ("孕前优生健康检查项目经费虚报人次", "Ⅱ级", "检查人次与信息系统数据每月核对。", "未发现问题"),
        ]),
        ("鞠沄翯", "出生医学证明签发室", "签发员", "general", [
            ("违规补发、换发《出生医学证明》", "Ⅰ级", "补发换发材料经科室负责人审核，档案留存。", "已落实"),
            ("泄露新生儿及父母个人信息", "Ⅲ级", "签发系统账号专人专用，查询留痕。", "已落实"),
        ]),
        ("卓淯岷", "计划生育服务科", "科员", "general", [
            ("计划生育家庭奖励扶助对象资格审核不实", "Ⅱ级", "扶助对象村级评议、乡镇审核、县级审批并公示。", "未发现问题"),
            ("避孕药具发放登记不实", "Ⅲ级", "药具发放凭签收单，每季度盘点。", "已落实"),
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
        sh.add("本人签名：", None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yutian_maternal_centre_selfchecks",
        "http://focus01.net/newspage/國家衛生健康委嚴厲打擊倒買倒賣出生醫學證明等違法行為_5444.html",
        "县妇幼保健计划生育服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "国家卫生健康委 on 倒买倒卖、伪造出生医学证明 (签发, 内部管理机制和流程, 涉案医务人员): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 科室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def yutian_supervision_brigade_group_rows() -> dict:
    unit = f"{PLACE}卫生健康综合监督执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "卓翙岍", "leader", [
                ("行政处罚案件集体讨论走过场，罚款数额随意调整", "一级风险", "重大案件经集体讨论，裁量基准对外公开。"),
                ("“双随机、一公开”抽查对象人为指定", "一级风险", "抽查对象由系统随机抽取，结果按时公示。"),
            ]),
        ]),
        ("二、医疗机构监督科", "医疗机构监督科", [
            ("科长", "鞠璟沅", "middle", [
                ("对无证行医查处不力，接受诊所吃请", "二级风险", "查处过程执法记录仪全程记录。"),
            ]),
            ("执法员", "卓湄昳", "general", [
                ("现场检查发现问题不记录、不立案", "二级风险", "检查笔录双人签字，问题线索登记销号。"),
                ("向被检查单位推荐消毒产品", "三级风险", "签订廉洁执法承诺书。"),
            ]),
        ]),
        ("三、公共卫生监督科", "公共卫生监督科", [
            ("科长", "鞠瑷峥", "middle", [
                ("公共场所卫生许可现场审查放宽标准", "二级风险", "许可审查实行两人以上现场核查。"),
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
        "yutian_supervision_brigade_group_rows", "http://qikanzj.com/lwfw/yxfw/27869.html",
        "县卫生健康综合监督执法大队 廉政风险防控责任清单, after the source's article on 卫生计生综合监督执法机构 (执法责任制, "
        "行政执法三项制度, “双随机、一公开”): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、大队领导``, ``二、医疗机构监督科``, ``三、公共卫生监督科`` merged across; 岗位 and "
        "姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yutian_mugala_health_centre_cards() -> dict:
    unit = f"{PLACE}木尕拉镇中心卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "卓珣霙", "院长", "主持卫生院全面工作", "leader", [
            ("药品采购中与医药代表私下往来，收受回扣", "★★★", "药品全部在自治区药品集中采购平台采购。"),
            ("家庭医生签约服务费分配不公开", "★★★", "签约服务费按考核结果分配，院内公示。"),
            ("接受村卫生室负责人宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副院长", "鞠滢峣", "副院长", "分管公共卫生、药房", "leader", [
            ("基本公共卫生服务档案虚建、数据造假", "★★", "每季度随机电话回访建档居民。"),
            ("药房过量采购、积压药品", "★★", "按月用量制定采购计划，库存超限预警。"),
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
        "yutian_mugala_health_centre_cards", "http://bsphtq.cn/ShowNews.asp?cid=104&id=7720",
        "县镇中心卫生院 领导干部廉政风险防控卡, one sheet a leader, after the source's 药品采购 窝串案 from 卫健局 to 乡镇"
        "卫生院 (统方, 药品回扣, 过量采购): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yutian_uyghur_medicine_hospital_list() -> dict:
    unit = f"{PLACE}维吾尔医医院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "卓珺翀", "leader", "维吾尔药制剂原料采购不经集体研究", "制度机制", "高风险",
         "原料采购经院务会研究，三家以上比价。"),
        ("药剂科", "主任", "鞠岚翥", "middle", "新药引进绕开药事管理委员会，收受好处", "外部环境", "高风险",
         "新药引进须临床科室申请、药事会论证。"),
        ("药剂科", "药师", "卓琬沚", "general", "院内制剂出入库账实不符", "业务流程", "中风险",
         "制剂出入库逐批登记，每月盘点。"),
        ("财务科", "科长", "鞠峄琮", "middle", "医疗收费项目自立、分解收费", "岗位职责", "中风险",
         "收费项目对照自治区标准每季度自查。"),
        ("财务科", "收费员", "卓沨璐", "general", "收取现金不入账、退费不规范", "思想道德", "低风险",
         "收费日清日结，退费凭科室负责人签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "yutian_uyghur_medicine_hospital_list", "http://cxkknvh.com/politics/2020_12_12_574332.shtml",
        "县维吾尔医医院 岗位廉政风险防控一览表, after the source's 县医院药剂科 受贿 (新药引进, 药事管理委员会论证, 过量采购, "
        "统方): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def yutian_emergency_centre_register() -> dict:
    unit = f"{PLACE}急救中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "卓霁琨", "leader", [
            ("救护车、车载设备采购不按程序", "制度机制", "一级", "采购纳入政府采购，验收邀请纪检人员参加。"),
            ("院前急救收费标准自行调整", "岗位职责", "二级", "收费标准在中心大厅和车内公示。"),
        ]),
        ("调度科", "科长", "鞠翎泓", "middle", [
            ("接警后违规将患者指向特定医院", "外部环境", "一级", "就近、就急、满足专业需要原则派车送院，调度录音存档。"),
        ]),
        ("调度科", "调度员", "卓湉峤", "general", [
            ("出车记录、里程登记不实", "业务流程", "二级", "车载定位自动记录里程，出车单双人签字。"),
        ]),
        ("财务室", "出纳", "鞠琰澂", "general", [
            ("出车费、附加服务费收取不开票", "思想道德", "二级", "收费一律开具票据，推行扫码支付。"),
            ("“先救治后付费”欠费追缴记录不全", "业务流程", "三级", "欠费逐笔登记，每季度清理。"),
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
        "yutian_emergency_centre_register", "https://www.fxrbs.com/zhjx/202504/2921521.html",
        "县急救中心 廉政风险点排查登记表, after the source's article on 120 救护车 收费 (接警, 出车, 行驶里程, 附加服务费, "
        "先救治后付费): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yutian_peoples_hospital_value_format(),
    yutian_health_commission_two_sheets(),
    yutian_cdc_posts(),
    yutian_maternal_centre_selfchecks(),
    yutian_supervision_brigade_group_rows(),
    yutian_mugala_health_centre_cards(),
    yutian_uyghur_medicine_hospital_list(),
    yutian_emergency_centre_register(),
]

RESAVED: tuple[str, ...] = ()


def write(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``, then the layout's custom number formats set on their cells."""
    write_xlsx(layout, path)
    formats = layout.get("number_formats")
    if formats:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for name, spec in formats.items():
            ws = wb[name]
            for r, c in spec["cells"]:
                ws.cell(r + 1, c + 1).number_format = spec["format"]
        wb.save(path)
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch877-inbox"))

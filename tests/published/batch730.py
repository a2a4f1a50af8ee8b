"""The seven-hundred-and-thirtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's medical and
health bodies, 临江市 (of 白山市, 吉林省) — its 卫生健康局, 人民医院, 中医院, 疾病预防控制中心,
卫生监督所, 妇幼保健计划生育服务中心, 急救中心 and the 六道沟镇卫生院 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's 一览表 in TWO SHEETS ``局领导`` / ``科室``, ``一级/二级/三级``, no type column;
- the 中医院's 一览表, ``科室`` merged, ``岗位 | 姓名`` merged per person, short types, 高/中/低;
- the 疾病预防控制中心's 排查表 对岗不对人 (no names), ``…风险`` types, ``高风险/中风险/低风险``;
- the 急救中心's 自查表, one sheet a person, a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 妇幼保健计划生育服务中心's 清单 under GROUP ROWS ``一、中心领导`` …, ``一级风险/二级风险/三级风险``;
- the 卫生监督所's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 六道沟镇卫生院's 登记表 under ``附件3`` and a 填报单位 line, ``科室 | 岗位 | 姓名`` on every row,
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``linjiang_people_hospital_split_names``: the 人民医院's list exported from the hospital's
  人事系统 — ``科室 | 岗位`` and then ``责任人`` merged over TWO columns ``姓 | 名``: the holder's
  surname in one cell and his given name in the next, on every row (no merges); the holder is the
  two cells joined (``邝`` + ``翃璆`` is 邝翃璆). The README's 读得懂的表 knows names one character a
  cell DOWN a block, names in two lines of one cell and names after posts, not a name split
  ACROSS two columns ``姓 | 名`` under one ``责任人`` heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 邝 and 檀
with rare given names); every unit is a body of 临江市.

Run ``python tests/published/score.py --set batch730`` and do not tune the reader against it.

Judgement calls: the split name is one holder (surname + given name); 局领导, 中心领导, 院领导 and
所领导 are the 科室 of leaders where a table writes them, none where it does not; the 疾控中心's list
names no person: its forms are posts; ``一级…``, ``Ⅰ级…``, ``★★★…``, 高/中/低 and ``高风险…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b730_"
PLACE = "临江市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓, 名, tier, 廉政风险点, 风险等级, 防控措施)
SPLIT = [
    ("院领导", "院长", "邝", "翃璆", "leader", "大型医用设备购置论证走过场，指定品牌参数", "高",
     "设备购置经院长办公会和专家论证，参数公开征求意见。"),
    ("院领导", "院长", "邝", "翃璆", "leader", "基建维修工程拆分发包，规避招标", "高", "工程项目按限额进入公共资源交易平台。"),
    ("院领导", "副院长", "檀", "翛骐", "leader", "分管科室药品、耗材遴选中打招呼", "中", "新药遴选由药事管理委员会无记名投票。"),
    ("药剂科", "主任", "邝", "昳珞", "middle", "药品采购中收受医药代表回扣", "高", "药品统一在省集中采购平台采购，医药代表预约接待。"),
    ("药剂科", "药库保管员", "檀", "珺洄", "general", "药品出入库账物不符，过期药品私自处理", "中", "药库每月盘点，过期药品集中登记销毁。"),
    ("设备科", "科长", "檀", "蘅琮", "middle", "医用耗材验收把关不严，以次充好", "中", "耗材验收双人签字，高值耗材扫码追溯。"),
    ("医保办", "主任", "邝", "霅菀", "middle", "医保结算审核不严，分解住院、串换项目收费", "高", "每月抽查出院病历，智能监控预警逐条核查。"),
]  # fmt: skip


def linjiang_people_hospital_split_names() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("风险点", [6, 10, 12, 5, 8, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点清单（系统导出）", 8)
    _line(sh, f"导出时间：2025-05-12{GAP * 6}导出人：纪检监察室", 8)
    top = sh.add("序号", "科室", "岗位", "责任人", None, "廉政风险点", "风险等级", "防控措施")
    sh.add(None, None, None, "姓", "名", None, None, None)
    for c in (0, 1, 2, 5, 6, 7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 4)
    for i, (dept, post, sur, given, tier, point, lv, measures) in enumerate(SPLIT, 1):
        sh.add(i, dept, post, sur, given, point, lv, measures)
        t.point(sh.name, dept, post, sur + given, tier, point, [], HML[lv])
    sh.add("审核：", None, None, None, None, "院纪委（章）", None, None)
    return _layout(
        "linjiang_people_hospital_split_names", "http://bc.tech-ex.com/qukuailian/2020/0825/100010607.html",
        "(harder) 市人民医院 岗位廉政风险点清单 exported from the hospital's 人事系统, after the source's 医保基金 "
        "监督检查 of 定点医疗机构 (虚构医疗服务, 分解收费, 串换项目收费): a title, an 导出时间/导出人 line, a two-row "
        "heading with ``责任人`` merged over ``姓 | 名`` — the holder's surname in one cell and his given name in the "
        "next on every row; 科室/岗位 on every row, 高/中/低, no type column; an 审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def linjiang_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("檀翾骊", "局长", "主持全面工作", [
            ("医疗机构设置审批中为申请人说情打招呼", "一级", "设置审批经局长办公会集体研究，结果网上公开。"),
            ("卫生健康项目资金分配不按因素法测算", "一级", "资金分配方案集体研究并公示。"),
        ]),
        ("邝翙澪", "副局长", "分管医政、行政审批", [
            ("医疗机构执业许可审查环节违规帮助申请人", "一级", "现场审查两人以上，专家评审按集体意见办理。"),
            ("医师执业注册变更超时办理、故意刁难", "二级", "限时办结，超时通报。"),
        ]),
    ]  # fmt: skip
    first, n = len(lead.rows), 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管科", "科长", "邝珝瑷", "middle", "医疗机构校验受理不一次性告知材料", "二级", "一次性告知，办理过程网上可查。"),
        ("医政医管科", "科长", "邝珝瑷", "middle", "医疗纠纷调处偏袒一方", "二级", "纠纷调处两人以上参加，记录存档。"),
        ("规划财务科", "科长", "檀瑑岚", "middle", "基层医疗机构补助资金审核不严", "一级", "补助资金按绩效考核结果拨付。"),
        ("规划财务科", "会计", "邝琹沄", "general", "报销票据审核不严，虚列支出", "三级", "报销单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "linjiang_health_bureau_two_sheets", "https://bzqc.gov.cn/XxgkContent/show/2551437.html",
        "市卫生健康局 廉政风险防控一览表 in TWO SHEETS, after the source's 卫健委 行政权力廉政风险点情况表 (医疗机构执业许可, "
        "受理/承办/审查环节): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and 岗位/"
        "姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def linjiang_tcm_hospital_list() -> dict:
    unit = f"{PLACE}中医院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "檀骎琰", "leader", [
            ("中药饮片供应商选定暗箱操作", "制度机制", "高", "供应商经院长办公会比选，结果院内公示。"),
            ("收受医药企业礼品礼金", "思想道德", "中", "签订廉洁从医承诺书，节前廉洁提醒。"),
        ]),
        ("药剂科", "主任", "邝瑆岈", "middle", [
            ("中药饮片验收以次充好", "业务流程", "高", "饮片验收留样，质量抽检。"),
            ("统方给医药代表", "岗位职责", "高", "信息系统统方权限分级管理，操作留痕。"),
        ]),
        ("门诊部", "医师", "檀珩澨", "general", [
            ("开大处方、收受“红包”", "思想道德", "中", "处方点评每月公示，设立投诉电话。"),
            ("串换中医理疗项目收费", "业务流程", "低", "医保智能审核，收费项目每日核对。"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "linjiang_tcm_hospital_list", "https://xiexiebang.com/a5/201905139/f06cd796b73e5925.html",
        "市中医院 岗位廉政风险防控一览表, after the source's 县人民医院 治理商业贿赂 (药剂科, 设备科, 药品促销, 红包回扣): "
        "科室 merged, 岗位/姓名 merged per person, short types, 高/中/低, 防控措施; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def linjiang_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 12, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "检验试剂、仪器采购指定品牌", "制度机制风险", "高风险", "采购需求集体论证，按政府采购程序办理。"),
        ("免疫规划科", "科长", "middle", "非免疫规划疫苗采购中收受企业好处", "外部环境风险", "高风险", "疫苗在省级平台采购，采购结果公示。"),
        ("免疫规划科", "冷链管理员", "general", "疫苗出入库登记不实", "业务流程风险", "中风险", "疫苗扫码出入库，每月盘点。"),
        ("检验科", "检验员", "general", "委托检验报告出具不实", "岗位职责风险", "中风险", "检验报告两级审核签发。"),
        ("财务科", "出纳", "general", "公共卫生服务项目经费截留挪用", "思想道德风险", "低风险", "项目经费专账核算，接受审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "linjiang_cdc_posts", "https://www.wenmi.com/weishengxingzhengzhifa/",
        "市疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's 卫生行政执法 (公共卫生, 检验、监测数据): "
        "科室 merged, 岗位 merged per post, 风险点, 风险类型 ``…风险``, ``高风险/中风险/低风险``; no names",
        [sh], t,
    )  # fmt: skip


def linjiang_emergency_centre_selfchecks() -> dict:
    unit = f"{PLACE}急救中心"
    t = _Truth(unit)
    people = [
        ("邝璟翮", "调度科", "调度员", "general", [
            ("向民营救护车透露急救信息谋利", "Ⅰ级", "调度录音全程留存，定期抽查。"),
            ("派车顺序随意调整", "Ⅱ级", "按就近原则系统派车，改派须记录原因。"),
        ]),
        ("檀玓翀", "急救科", "医师", "general", [
            ("将患者转送指定医院收取介绍费", "Ⅰ级", "转送医院按患者意愿和就近原则，登记备查。"),
            ("出诊费用收取不开票据", "Ⅲ级", "出诊收费统一开具票据。"),
            ("急救药品、耗材使用登记不实", "Ⅱ级", "药品耗材按出诊单登记，每周核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "linjiang_emergency_centre_selfchecks", "https://fx361.com/page/2019/0225/17915019.shtml",
        "市急救中心 岗位廉政风险自查表, one sheet a person, after the source's essay on 医生职业声誉 (红包, 回扣, 医患): "
        "a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, 自查情况; no type column",
        sheets, t,
    )  # fmt: skip


def linjiang_maternal_centre_group_rows() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "檀璪溦", "leader", [
                ("孕产妇保健药品采购不经集体研究", "一级风险", "药品采购经主任办公会研究。"),
                ("出生医学证明签发管理失控", "一级风险", "证件专人保管，签发登记。"),
            ]),
        ]),
        ("二、保健部", "保健部", [
            ("部长", "邝瑧汭", "middle", [
                ("免费孕检项目虚报人数套取经费", "二级风险", "项目人员名单与系统数据每月核对。"),
            ]),
            ("收费员", "檀琻岵", "general", [
                ("收费不开票据，截留现金", "二级风险", "收费日清日结，电子票据全覆盖。"),
                ("医保目录外项目串换收费", "三级风险", "收费项目系统锁定，医保办抽查。"),
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
        "linjiang_maternal_centre_group_rows", "https://m.jiusongjiankang.com/health/news/5949817.html",
        "市妇幼保健计划生育服务中心 廉政风险防控责任清单, after the source's 医保局 检查医院和药房 (串换药品, 伪造就诊记录): "
        "GROUP ROWS ``一、中心领导``, ``二、保健部`` merged across; 岗位/姓名 merged per person; ``一级风险/二级风险/三级风险``",
        [sh], t,
    )  # fmt: skip


def linjiang_health_inspection_cards() -> dict:
    unit = f"{PLACE}卫生监督所"
    t = _Truth(unit)
    cards = [
        ("所长", "邝翯骦", "所长", "主持全面工作", "leader", [
            ("卫生行政处罚自由裁量不当，重责轻罚", "★★★", "处罚案件集体讨论，按裁量基准执行。"),
            ("对举报投诉线索压案不查", "★★", "投诉线索登记台账，限期办结。"),
        ]),
        ("副所长", "檀瑨澥", "副所长", "分管公共场所、生活饮用水监督", "leader", [
            ("公共场所监督检查走过场，违规通风报信", "★★★", "双随机抽查，检查全程记录。"),
            ("接受被监督单位宴请", "★", "严守中央八项规定精神。"),
            ("卫生许可现场审查降低标准", "★★", "现场审查两人以上，审查意见集体审核。"),
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
        "linjiang_health_inspection_cards", "https://m.docduoduo.com/p-1008092.html",
        "市卫生监督所 领导干部廉政风险防控卡, one sheet a leader, after the source's 卫生监督执法艺术与风险防控 "
        "(卫生监督, 行政处罚, 执法风险): ``姓　名 | … | 职　务 | …``, a merged 分管工作 line, ``★★★/★★/★``, a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def linjiang_liudaogou_clinic_register() -> dict:
    unit = f"{PLACE}六道沟镇卫生院"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "檀瓅岿", "leader", "基本公共卫生服务项目绩效资金分配不公", "一级", "分配方案经职工代表讨论并公示。"),
        ("院领导", "院长", "檀瓅岿", "leader", "药品耗材采购不经集体研究", "二级", "采购计划院务会研究。"),
        ("公卫科", "科长", "邝翀骃", "middle", "居民健康档案虚建、重复建档", "一级", "档案信息电话回访抽查。"),
        ("药房", "药剂员", "檀玹溍", "general", "药品进销存数据与医保报销记录不一致", "二级", "每月核对进销存和医保结算数据。"),
        ("财务室", "会计", "邝璿峤", "general", "医保基金结算虚记诊疗项目", "三级", "结算清单逐项核对，院长审签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "linjiang_liudaogou_clinic_register", "https://m.jiusongjiankang.com/health/news/5997269.html",
        "镇卫生院 廉政风险点排查登记表, after the source's 医保局自查自纠 (虚假诊疗, 药品及耗材进销存, 病案首页): "
        "``附件3``, a title, a 填报单位（盖章） line, 科室/岗位/姓名 on EVERY row, ``一级/二级/三级``, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linjiang_people_hospital_split_names(),
    linjiang_health_bureau_two_sheets(),
    linjiang_tcm_hospital_list(),
    linjiang_cdc_posts(),
    linjiang_emergency_centre_selfchecks(),
    linjiang_maternal_centre_group_rows(),
    linjiang_health_inspection_cards(),
    linjiang_liudaogou_clinic_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch730-inbox"))

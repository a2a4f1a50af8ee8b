"""A ninth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Mostly what district/county offices send back when they do not use the plan's
form — a 局办公室's 一览表 of several posts and holders, a 医保局 排查表 with 股室 merged down,
a school leader's 权力风险 card per sheet, a 城管队员's 防控卡, a 财政所 出纳's 自查表, two 稽核
staff's 自查表 one per sheet, an 结算中心 责任清单 of posts only, a 区直单位 财务岗位 table — with
two harder ones (``post_and_name_cell``, ``fund_two_row_groups``). Each layout imitates the
*shape* of a public page (its ``source``) that no earlier batch used; where the page describes its
table in prose rather than printing it, the layout follows that description. The rows are ours.

Run ``python tests/published/score.py --set batch9`` and do not tune the reader against it,
or it stops being held out. No re-saved copies belong to this batch.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 科室 named in the title (``XX县教育局办公室岗位廉政风险一览表``) is the department of the rows
  when the table has no 科室 column (as batch8 took a 分局 in the title);
- a ``负责人`` column that repeats the card holder's own name is the holder, not a watcher; a
  ``责任领导`` column naming someone else on a posts-only list is a watcher, not a holder;
- a 自查情况 column (``无`` / ``已整改``) is the staff member's answer, not a point — the point is
  the 风险点 cell of the row;
- one workbook with a sheet per person (sheet named after the person) gives one form per sheet;
- one cell ``岗位:姓名`` (``会计:杜晓梅``) under 岗位及责任人 names post and holder together;
- a two-row header whose top row groups columns (``廉政风险`` over 风险点/等级, ``防控措施`` over
  制度措施/监督措施) reads by its lower row; the 风险点 under the group is the point.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADE = {"高风险": 1, "中风险": 2, "低风险": 3, **HML}
TIER = {"主任": "middle", "股长": "middle", "科长": "middle", "所长": "middle", "中队长": "middle",
        "校长": "leader", "局长": "leader"}  # fmt: skip


def _tier(post: str) -> str:
    if post.startswith("副") and post.endswith("局长"):
        return "leader"
    return next((v for k, v in TIER.items() if post.endswith(k)), "general")


# --------------------------------------------------------------------------- layouts


def office_post_list() -> dict:
    unit = "XX县教育局"
    dept = "办公室"
    sh = _Sheet("办公室", [5, 10, 8, 24, 30, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险一览表", 7)
    sh.add("序号", "岗位", "姓名", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "温立波", "主持办公室全面工作,审核机关经费", "公务接待超标准、虚报接待费用", "高",
         "接待实行公函和清单制度,费用主任、分管领导双签。"),
        ("主任", "温立波", "主持办公室全面工作,审核机关经费", "办公用品采购指定商家", "中", "定点采购,入库验收两人签字。"),
        ("政务员", "钱晓琳", "公文收发、印章和介绍信管理", "违规用印、出具介绍信", "中", "用印登记,审批后用印。"),
        ("文秘", "鲍俊", "文稿起草、信息报送", "泄露未公开文件内容", "低", "涉密文件专人专柜,定期保密检查。"),
        ("后勤管理员", "查国栋", "车辆调度、食堂和维修管理", "公车私用,维修费用虚高", "中",
         "车辆派车单和行车记录,维修定点比价。"),
    ]  # fmt: skip
    recs = []
    for i, (post, who, duty, point, level, measures) in enumerate(rows, 1):
        recs.append([i, post, who, duty, point, level, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("科室负责人:", None, None, "填报时间:2021年5月", None, None, None)
    return _layout(
        "office_post_list", "https://www.renrendoc.com/paper/117009110.html",
        "局办公室 岗位廉政风险一览表 after the source's 办公室 内部控制操作规程 (主任岗、政务岗、文秘岗、后勤岗): "
        "科室 only in the title, 序号/岗位, 姓名, 岗位职责 merged over the 主任's two points/风险点/风险等级 "
        "高/中/低/防控措施; 科室负责人/填报时间 line",
        [sh], t,
    )  # fmt: skip


def medicare_unit_check() -> dict:
    unit = "XX县医疗保障局"
    sh = _Sheet("排查表", [5, 12, 10, 8, 30, 12, 8, 30])
    t = _Truth(unit)
    sh.add("附件2")
    sh.title(f"{unit}廉政风险点排查表", 8)
    r = sh.add(f"填报单位:{unit}", None, None, None, None, None, "2025年6月", None)
    sh.merge(r, 0, r, 5)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("基金监管股", "股长", "聂永红", "定点机构检查中查而不处、以罚代管", "岗位职责风险", "一级",
         "检查两人以上,处理意见集体研究。"),
        ("基金监管股", "稽核员", "卜婷", "接受定点药店吃请,通风报信", "思想道德风险", "二级", "飞行检查随机抽人,签订廉洁承诺。"),
        ("待遇保障股", "股长", "桑明", "特殊病种认定把关不严", "制度机制风险", "二级", "认定专家评审,结果公示。"),
        ("待遇保障股", "经办员", "米雪", "手工报销重复报销、超范围报销", "业务流程风险", "二级", "报销系统比对,月度抽审。"),
        ("办公室", "会计", "路佳", "基金与经费混用", "制度机制风险", "三级", "基金专户管理,按月对账。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, who, point, kind, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, who, point, kind, level, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), ORDINAL[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    sh.add("填表人:", None, "审核人:", None, None, "局主要负责人:", None, None)
    return _layout(
        "medicare_unit_check", "https://cyjjjc.gov.cn/xsxcha/868.html",
        "县医保局 廉政风险点排查表 after the source's 巡察整改 (医保基金监管、股室): 附件2, 填报单位 line with the "
        "date at its right, 序号/股室 merged down/岗位/责任人/风险点/风险类别/风险等级 一级…三级/防控措施; "
        "填表人/审核人/局主要负责人 line",
        [sh], t,
    )  # fmt: skip


def school_leader_sheets() -> dict:
    unit = "XX县职业技术学校"
    t = _Truth(unit)
    sheets = []
    leaders = [
        ("校长", "庞德明", "书记、校长", [
            ("管理决策权", "重大事项个人决定,不经校务会", "高", "“三重一大”事项校务会集体决策,纪要存档。"),
            ("干部任免权", "中层干部选任任人唯亲", "高", "选任方案公示,民主推荐、组织考察。"),
            ("经费签批权", "超范围签批经费", "中", "大额支出集体研究,财务审核前置。"),
        ]),
        ("副校长", "房丽", "分管教学、招生", [
            ("招生录取权", "招生中违规录取、收取好处", "高", "招生计划和录取名单公示,纪检全程监督。"),
            ("教材选用权", "教材教辅选用收受回扣", "中", "教材选用委员会集体选定。"),
        ]),
    ]  # fmt: skip
    for post, who, work, items in leaders:
        sh = _Sheet(who, [5, 14, 30, 8, 32, 8])
        sh.title(f"{unit}{post}权力风险及防范措施", 6)
        sh.add("姓名:", who, "职务:", post, "分管工作:", work)
        sh.add("序号", "权力名称", "风险点", "风险等级", "防范措施", "负责人")
        for i, (power, point, level, measures) in enumerate(items, 1):
            sh.add(i, power, point, level, measures, who)
            t.point(sh.name, "领导班子", post, who, "leader", point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, None, "学校党支部(盖章)", None, None)
        sheets.append(sh)
    return _layout(
        "school_leader_sheets", "https://jjjcs.hebiace.edu.cn/info/1036/2350.htm",
        "学校 领导 权力风险及防范措施, one sheet per leader (sheet named after the leader) after the source's "
        "per-leader 权力目录/权力风险及防范措施: label row 姓名/职务/分管工作, 序号/权力名称/风险点/风险等级 "
        "高/中/低/防范措施/负责人 (the leader's own name repeated); 本人签字/盖章 line",
        sheets, t,
    )  # fmt: skip


def chengguan_card() -> dict:
    unit = "XX区XX街道办事处"
    sh = _Sheet("防控卡", [14, 22, 30, 8, 30])
    t = _Truth(unit)
    sh.title("岗位廉政风险防控卡", 5)
    r = sh.add("单位", unit, None, "科室", "城管执法中队")
    sh.merge(r, 1, r, 2)
    r = sh.add("姓名", "谷新民", None, "岗位", "执法队员")
    sh.merge(r, 1, r, 2)
    sh.add("序号", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("占道经营查处", "对熟人摊点放任不管,选择性执法", "中风险", "执法记录仪全程记录,案件随机分派。"),
        ("违法建设拆除", "收受好处后拖延拆除、通风报信", "高风险", "拆违计划保密,两人以上执法。"),
        ("暂扣物品管理", "暂扣物品私自处理、占用", "中风险", "暂扣物品登记入库,定期清点公示。"),
        ("罚没款收缴", "现场收取罚款不开票据", "低风险", "罚缴分离,罚款银行代收。"),
    ]  # fmt: skip
    for i, (point, desc, level, measures) in enumerate(rows, 1):
        sh.add(i, point, desc, level, measures)
        t.point(sh.name, "城管执法中队", "执法队员", "谷新民", "general", point, [], GRADE[level])
    sh.add()
    r = sh.add("本人承诺:严格遵守执法纪律,自觉接受监督。", None, None, "签名:", None)
    sh.merge(r, 0, r, 2)
    sh.add("中队长审核:", None, None, "年  月  日", None)
    return _layout(
        "chengguan_card", "https://zubaike.com/bk/192520.html",
        "街道 城管执法中队 队员's 岗位廉政风险防控卡 after the source's 街道城管 职责 (门前五包、占道、违建): "
        "label grid 单位/科室, 姓名/岗位 with values merged, 序号/风险点 (short: the point)/风险描述/风险等级 "
        "高风险/中风险/低风险/防控措施; 承诺/签名 and 中队长审核 lines",
        [sh], t,
    )  # fmt: skip


def fiscal_cashier_selfcheck() -> dict:
    unit = "XX县XX镇人民政府"
    dept = "财政所"
    sh = _Sheet("自查表", [5, 30, 8, 30, 12])
    t = _Truth(unit)
    sh.title("岗位廉政风险自查表", 5)
    r = sh.add(f"所在单位:{unit}{dept}   姓名:裘春燕   岗位:出纳", None, None, None, None)
    sh.merge(r, 0, r, 4)
    sh.add("序号", "风险点", "等级", "防控措施", "自查情况")
    rows = [
        ("现金未日清月结,白条抵库", "Ⅱ级", "现金日记账日结,所长不定期盘点。", "无"),
        ("挪用涉农补贴资金", "Ⅰ级", "补贴资金一卡通直达,不经出纳现金发放。", "无"),
        ("银行印鉴一人保管", "Ⅱ级", "财务章、名章分人保管。", "已整改"),
        ("票据领用核销不及时", "Ⅲ级", "票据领用登记,按月核销。", "无"),
    ]  # fmt: skip
    for i, (point, level, measures, found) in enumerate(rows, 1):
        sh.add(i, point, level, measures, found)
        t.point(sh.name, dept, "出纳", "裘春燕", "general", point, [], ROMAN[level])
    sh.add()
    sh.add("本人签字:", None, "所长审核:", None, "日期:")
    return _layout(
        "fiscal_cashier_selfcheck",
        "https://www.seridoat.com/article/jie-mi-xiang-zhen-cai-zheng-suo-chu-na-cao-zuo-he-gui-yu-feng-xian-bing-cun-ru-he-que-bao-zi-jin-an.html",
        "乡镇财政所 出纳's 岗位廉政风险自查表 after the source's 出纳 职责 and 风险 (日清月结、挪用、印鉴): "
        "单位/姓名/岗位 all in one merged line, 序号/风险点/等级 Ⅰ级…Ⅲ级/防控措施/自查情况 (无/已整改: an "
        "answer, not a point); 本人签字/所长审核/日期",
        [sh], t,
    )  # fmt: skip


def audit_staff_sheets() -> dict:
    unit = "XX县医疗保障服务中心"
    dept = "稽核科"
    t = _Truth(unit)
    sheets = []
    people = [
        ("稽核员", "詹海", [
            ("审核医疗费用时放宽标准", "岗位职责", "2", "费用审核双人复核,系统规则拦截。"),
            ("接受定点医院宴请", "思想道德", "1", "严守廉洁纪律,宴请一律拒绝并报告。"),
        ]),
        ("科长", "元淑芬", [
            ("稽核发现问题不移交、不处理", "岗位职责", "1", "问题线索台账,移交结果上报。"),
            ("稽核对象选择人为干预", "制度机制", "2", "稽核对象系统随机抽取。"),
            ("稽核资料保管不善", "制度机制", "3", "资料专柜存档,借阅登记。"),
        ]),
    ]  # fmt: skip
    for post, who, items in people:
        sh = _Sheet(who, [5, 30, 12, 10, 30])
        sh.add("附件")
        sh.title("医保经办人员廉洁风险自查表", 5)
        sh.add("单位:", unit, "科室:", dept, None)
        sh.add("姓名:", who, "职务:", post, None)
        sh.add("序号", "风险点", "风险类型", "风险级别", "防控措施")
        for i, (point, kind, level, measures) in enumerate(items, 1):
            sh.add(i, point, kind, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), int(level))
        sh.add()
        sh.add("注:风险级别填1、2、3,1为最高。", None, None, None, None)
        sheets.append(sh)
    return _layout(
        "audit_staff_sheets", "https://max.book118.com/html/2026/0101/6222042212012040.shtm",
        "医保经办人员廉洁风险自查表 after the source's 自查报告 (基金审核、稽核、宴请): one sheet per staff member "
        "of 稽核科, 附件 and title, label rows 单位/科室, 姓名/职务, 序号/风险点/风险类型 (short names)/风险级别 "
        "written 1/2/3/防控措施; note line",
        sheets, t,
    )  # fmt: skip


def settlement_duty_list() -> dict:
    unit = "XX县教育局"
    dept = "财务结算中心"
    sh = _Sheet("责任清单", [12, 24, 30, 8, 30, 10])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险责任清单", 6)
    sh.add("岗位", "主要职责", "风险点", "风险等级", "防控措施", "责任领导")
    groups = [
        ("中心主任", "主持中心工作,审批资金支付", [
            ("超权限审批大额支付", "高", "大额支付局党组研究,联签支付。", "孔副局长"),
        ]),
        ("会计", "会计核算、报表编制", [
            ("原始凭证审核不严,虚列支出", "中", "凭证审核清单化,交叉复核。", "中心主任"),
            ("账务处理随意调整", "低", "调账须主任审批,留痕备查。", "中心主任"),
        ]),
        ("出纳", "资金收付、银行对账", [
            ("公款私存,挪用资金", "高", "银行账户统一管理,月末对账由会计完成。", "中心主任"),
            ("支票、印鉴保管不当", "中", "支票与印鉴分管,领用登记。", "中心主任"),
        ]),
    ]  # fmt: skip
    for post, duty, items in groups:
        recs = []
        for point, level, measures, lead in items:
            recs.append([post, duty, point, level, measures, lead])
            t.point(sh.name, dept, post, "", _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(0, 1))
    sh.add()
    sh.add("说明:本清单对岗不对人,人员调整时随岗位移交。", None, None, None, None, None)
    return _layout(
        "settlement_duty_list",
        "https://www.seridoat.com/article/jiao-yu-ju-cai-wu-jie-suan-zhong-xin-chu-na-gang-wei-zhi-ze-yu-feng-xian-fang-fan-quan-jie-xi.html",
        "教育局 财务结算中心 岗位廉政风险责任清单 after the source's 结算中心 职能 and 出纳 岗位: posts only "
        "(对岗不对人), 岗位 and 主要职责 merged down/风险点/风险等级 高/中/低/防控措施/责任领导 (a watcher); "
        "说明 line",
        [sh], t,
    )  # fmt: skip


def finance_posts_two_units() -> dict:
    unit = "XX区住房和城乡建设局"
    sh = _Sheet("Sheet1", [5, 12, 10, 8, 30, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}财务及资产管理岗位廉政风险防控表", 7)
    sh.add("填报单位(盖章):", None, None, None, "填报日期:2023年4月", None, None)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "等级", "防控措施")
    rows = [
        ("计划财务科", "科长", "伍建华", "预算调整不经集体研究", "高", "预算调整局党组会审定。"),
        ("计划财务科", "会计", "于小芳", "会计、出纳由一人兼任", "中", "不相容岗位分设,不得兼任。"),
        ("计划财务科", "出纳", "闵洁", "网银U盾一人保管操作", "中", "制单、复核U盾分人保管。"),
        ("机关服务中心", "资产管理员", "冉强", "资产处置不评估、不公开", "高", "资产处置评估、报批、公开交易。"),
        ("机关服务中心", "报账员", "詹红", "报账单据拆分规避审批", "低", "报账单据连号,金额汇总审查。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, who, point, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, who, point, level, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    r = sh.add("注:等级按高、中、低填写。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "finance_posts_two_units", "http://www.panyu.gov.cn/zjpd/xwpd/pydt/content/post_4517596.html",
        "区住建局 财务及资产管理岗位廉政风险防控表 after the source's 财务人员兼职、会计出纳不分 findings: "
        "填报单位(盖章)/填报日期 line, 序号/部门 merged down/岗位/姓名/风险点/等级 高/中/低/防控措施; note",
        [sh], t,
    )  # fmt: skip


def post_and_name_cell() -> dict:
    unit = "XX县自然资源和规划局"
    sh = _Sheet("风险排查", [5, 14, 16, 30, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险排查登记表", 6)
    sh.add("序号", "科室", "岗位及责任人", "风险点", "风险级别", "防控措施")
    rows = [
        ("耕地保护科", "科长:焦建军", "占补平衡项目验收降低标准", "Ⅰ级", "验收联合踏勘,影像留存。"),
        ("耕地保护科", "科员:柏玲", "设施农用地备案不核实", "Ⅱ级", "备案现场核查,定期抽查。"),
        ("不动产登记中心", "登记员:商晓东", "登记材料不全违规办理", "Ⅱ级", "受审分离,系统留痕。"),
        ("不动产登记中心", "登记员:商晓东", "泄露权利人登记信息", "Ⅲ级", "查询权限分级,查询日志审计。"),
        ("不动产登记中心", "主任:汤卫", "插队办件,优亲厚友", "Ⅱ级", "叫号系统办件,超时预警。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, cell, point, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, cell, point, level, measures])
        post, who = cell.split(":")
        t.point(sh.name, dept, post, who, _tier(post), point, [], ROMAN[level])
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    sh.add("分管领导:", None, "科室负责人:", None, "填表日期:", None)
    return _layout(
        "post_and_name_cell", "http://crsrw.com/falvzixun/75472.html",
        "(harder) 县自然资源局 岗位廉政风险排查登记表 after the source's 四阶段 and 清权确权、查找风险 steps: "
        "序号/科室 merged/岗位及责任人 one cell `科长:焦建军` (post and holder together, merged where one "
        "person has two points)/风险点/风险级别 Ⅰ级…Ⅲ级/防控措施; 分管领导/科室负责人/填表日期 line",
        [sh], t,
    )  # fmt: skip


def fund_two_row_groups() -> dict:
    unit = "XX市医疗保障基金监管中心"
    sh = _Sheet("风险防控", [5, 12, 8, 28, 8, 24, 24])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险防控一览表", 7)
    top = sh.add("序号", "岗位", "姓名", "廉政风险", None, "防控措施", None)
    sh.add(None, None, None, "风险点", "等级", "制度措施", "监督措施")
    for c in (0, 1, 2):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 4)
    sh.merge(top, 5, top, 6)
    rows = [
        ("主任", "石振宇", "专项检查对象确定时打招呼", "一级", "检查对象随机抽取。", "驻局纪检组参与。"),
        ("主任", "石振宇", "违规查处结果降格处理", "一级", "处理结果集体审议。", "处理结果公开。"),
        ("稽查员", "洪晓", "现场检查收受礼品", "二级", "两人以上检查,签廉洁卡。", "被检单位回访。"),
        ("稽查员", "甘露", "检查数据选择性上报", "二级", "检查数据系统直报。", "科室复核。"),
        ("信息员", "晏平", "违规查询参保人信息", "三级", "查询权限审批。", "系统日志月查。"),
    ]  # fmt: skip
    recs = []
    for i, (post, who, point, level, m1, m2) in enumerate(rows, 1):
        recs.append([i, post, who, point, level, m1, m2])
        t.point(sh.name, "", post, who, _tier(post), point, [], ORDINAL[level])
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    sh.add("填表人:", None, None, "审核:", None, "日期:", None)
    return _layout(
        "fund_two_row_groups", "http://cooco.net.cn/zuowen/1949293.html",
        "(harder) 医保基金监管中心 岗位廉洁风险防控一览表 after the source's 基金监管稽查方案 (随机检查、内控、"
        "信息): two-row header where 廉政风险 groups 风险点/等级 and 防控措施 groups 制度措施/监督措施, 序号/岗位/"
        "姓名 merged down both header rows, 岗位 and 姓名 merged over the 主任's two points, two 稽查员 holders; "
        "等级 一级…三级; 填表人/审核/日期 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    office_post_list(),
    medicare_unit_check(),
    school_leader_sheets(),
    chengguan_card(),
    fiscal_cashier_selfcheck(),
    audit_staff_sheets(),
    settlement_duty_list(),
    finance_posts_two_units(),
    post_and_name_cell(),
    fund_two_row_groups(),
]


# --------------------------------------------------------------------------- writing


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build``."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch9-inbox"))

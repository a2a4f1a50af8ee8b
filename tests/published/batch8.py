"""An eighth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Mostly the everyday case — a 残联 一览表 split by 部室 heading rows, a 小学's
内控 风险清单, a 疾控中心 排查表, a 地税分局 table of posts without holders, a 幼儿园 自查表, the
附件4-like form a 小学 总务 sends back, an SOE 手册 matrix, a 局 leaders' 一览表 — with two harder
ones (``district_tick_levels``, ``personal_card_blocks``). Each layout imitates the *shape* of a
public page (its ``source``) that no earlier batch used; where the page describes its table in
prose (columns, scale, categories) rather than printing it, the layout follows that description.
The rows are worded by us.

Run ``python tests/published/score.py --set batch8`` and do not tune the reader against it,
or it stops being held out. No re-saved copies belong to this batch.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a full-width heading row inside the table (``一、办公室``) names the 部室 of the rows under it,
  until the next such row; it is neither a point nor a form;
- a table naming posts only (岗位 column, no person) gives one form per post, person "",
  department the 分局 named in the title's line (对岗不对人);
- a two-row header where 风险等级 spans three sub-columns 高/中/低, and the row marks one of them
  with ``√``, grades the point by the marked column (高 → 1, 中 → 2, 低 → 3);
- a 风险点 short name beside a 具体表现 description: the short name is the point (layouts.py);
- a personal card laid out as blocks of label/value rows (``风险点一`` / ``风险等级`` /
  ``防控措施``) is one form; each 风险点N value is a point, graded by the 风险等级 row under it;
- 一级/二级/三级, Ⅰ级/Ⅱ级/Ⅲ级, ``Ⅱ级风险`` and 高/中/低 are Ⅰ/Ⅱ/Ⅲ (as in earlier batches);
- a 责任部门 + 责任岗位 pair with no name is a post (department + title), person "".

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3, "Ⅰ级风险": 1, "Ⅱ级风险": 2, "Ⅲ级风险": 3}
TIER = {"主任": "middle", "部长": "middle", "科长": "middle", "股长": "middle", "分局长": "middle",
        "园长": "middle", "经理": "middle", "理事长": "leader", "局长": "leader"}  # fmt: skip


def _tier(post: str) -> str:
    if post.startswith("副") and post.endswith("局长"):
        return "leader"
    return next((v for k, v in TIER.items() if post.endswith(k)), "general")


# --------------------------------------------------------------------------- layouts


def cdpf_section_rows() -> dict:
    unit = "XX市残疾人联合会"
    sh = _Sheet("风险点一览表", [5, 12, 8, 24, 30, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    sections = [
        ("办公室", [
            ("主任", "阮秋菊", "机关财务、公务接待", "接待超标准、报销把关不严", "二级", "接待清单化,报销主任、分管领导双签。"),
            ("会计", "项晓", "会计核算", "票据审核不严,虚列支出", "二级", "票据逐张审核,按月对账。"),
        ]),
        ("就业服务部", [
            ("部长", "萧国庆", "残疾人就业保障金审核", "保障金减免审核中降低标准", "一级", "减免集体研究,结果公示。"),
            ("科员", "秦淑", "按比例就业岗位核定", "核定人数不实,虚报安置人数", "二级", "用人单位材料入户核查。"),
        ]),
        ("康复部", [
            ("部长", "苗立群", "辅助器具适配", "辅具采购指定供应商", "一级", "辅具采购进政府采购平台。"),
            ("科员", "黎雯", "康复救助对象初审", "救助对象初审优亲厚友", "三级", "初审结果社区公示七天。"),
        ]),
    ]  # fmt: skip
    n = 0
    for label, (dept, items) in zip(("一", "二", "三"), sections, strict=True):
        r = sh.add(f"{label}、{dept}", *([None] * 6))
        sh.merge(r, 0, r, 6)
        for post, who, duty, point, level, measures in items:
            n += 1
            sh.add(n, post, who, duty, point, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[level])
    sh.add()
    sh.add("填报单位(盖章):", None, None, "填报日期:2014年4月", None, None, None)
    return _layout(
        "cdpf_section_rows", "https://m.zixin.com.cn/doc/5432686.html",
        "市残联 岗位廉政风险点一览表 after the source's 岗位、部室、单位 三级 and 就业保障金/残疾人证 重点岗位: "
        "部室 given by full-width heading rows 一、办公室 … inside the table, 序号 running across sections; "
        "岗位/姓名/岗位职责/廉政风险点/风险等级 一级…三级/防控措施; 盖章 and 日期 line",
        [sh], t,
    )  # fmt: skip


def primary_school_internal_control() -> dict:
    unit = "XX县实验小学"
    sh = _Sheet("内控风险清单", [12, 10, 8, 30, 8, 32])
    t = _Truth(unit)
    sh.add("附件3")
    sh.title(f"{unit}内部控制廉政风险清单", 6)
    sh.add("业务类别", "岗位", "责任人", "风险点", "风险等级", "控制措施")
    groups = [
        ("预算管理", [
            ("校长", "严海涛", "预算编制不经校务会研究", "高", "预算草案校务会审议,教代会通报。"),
            ("会计", "包晓燕", "预算执行中随意调剂科目", "中", "调剂报教育局审批后执行。"),
        ]),
        ("收支管理", [
            ("报账员", "戴敏", "代收费用不及时上缴", "中", "代收款项当日入账,收据连号使用。"),
            ("会计", "包晓燕", "报销单据审核把关不严", "中", "经办、证明、审批三签,会计复核。"),
        ]),
        ("资产管理", [
            ("总务主任", "韩志远", "教学设备验收走过场", "高", "验收小组三人以上,验收单存档。"),
            ("总务主任", "韩志远", "闲置资产处置不报批", "低", "处置先评估、报批,收入上缴。"),
        ]),
    ]  # fmt: skip
    for area, items in groups:
        recs = []
        for post, who, point, level, measures in items:
            recs.append([area, post, who, point, level, measures])
            t.point(sh.name, "", post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(0,))
    sh.add()
    sh.add("学校(盖章)", None, "校长签字:", None, "2022年3月", None)
    return _layout(
        "primary_school_internal_control", "https://m.163wenku.com/p-2724719.html",
        "小学 内部控制廉政风险清单 after the source's 内控操作手册 (预算/收支/资产 管理): 附件3, 业务类别 merged "
        "down/岗位/责任人/风险点/风险等级 高/中/低/控制措施, one person (会计, 总务主任) in two categories; 盖章 line",
        [sh], t,
    )  # fmt: skip


def cdc_keshi_check() -> dict:
    unit = "XX市疾病预防控制中心"
    sh = _Sheet("Sheet1", [5, 12, 10, 8, 30, 14, 8, 30])
    t = _Truth(unit)
    sh.add("附件1")
    sh.title(f"{unit}科室岗位廉政风险排查表", 8)
    r = sh.add("填表单位(盖章):", None, None, None, None, "填表日期:2024年3月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("急性传染病防制科", "科长", "符宏", "流调报告迟报、瞒报", "岗位职责风险", "Ⅱ级",
         "流调报告双人复核,限时上报。"),
        ("急性传染病防制科", "流调员", "柯倩", "应急物资领用不登记", "制度机制风险", "Ⅲ级", "物资领用台账,月底盘点。"),
        ("检验科", "科长", "焦志华", "委托检验收费不入账", "思想道德风险", "Ⅰ级", "收费统一开票,财务集中收取。"),
        ("检验科", "检验员", "慕容丽", "检验数据受请托修改", "岗位职责风险、外部环境风险", "Ⅰ级",
         "LIS系统留痕,修改须科长审批。"),
        ("财务科", "会计", "邵欣然", "专项资金挪作他用", "制度机制风险", "Ⅱ级", "专项资金专账核算,季度自查。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, who, point, kind, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, who, point, kind, level, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), ROMAN[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    r = sh.add("注:风险级别分Ⅰ级、Ⅱ级、Ⅲ级,Ⅰ级为最高。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    return _layout(
        "cdc_keshi_check", "http://wsj.yancheng.gov.cn/art/2024/7/25/art_2582_4216164.html",
        "市疾控中心 科室岗位廉政风险排查表 (the source's 巡察整改 names 流调、检验、专项资金; the table is ours): "
        "附件1, 填表单位(盖章)/填表日期 line, 序号/科室 merged/岗位/姓名/风险点/风险类型 (one cell naming two)/"
        "风险级别 Ⅰ级…Ⅲ级/防控措施; note line",
        [sh], t,
    )  # fmt: skip


def tax_branch_posts() -> dict:
    unit = "XX县地方税务局"
    dept = "第一税务分局"
    sh = _Sheet("岗位风险", [16, 12, 32, 8, 32, 10])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险防控表", 6)
    sh.add("权力类别", "岗位", "风险点", "风险等级", "防控措施", "监督责任人")
    groups = [
        ("税收执法权", [
            ("分局长", "核定征收定额时照顾关系户", "高", "定额集体评议,结果公示。", "局纪检组长"),
            ("税收管理员", "漏征少征,以补代罚", "高", "征管系统比对,季度复查。", "分局长"),
            ("税收管理员", "发票发售不核实经营情况", "中", "发票领购实地核查,按需发售。", "分局长"),
            ("办税员", "减免税资料受理不全即办理", "低", "资料清单一次告知,缺件不受理。", "分局长"),
        ]),
        ("行政管理权", [
            ("分局长", "分局经费支出一人决定", "中", "经费支出分局班子会研究。", "局纪检组长"),
            ("内勤", "办公用品采购不比价", "低", "三家比价,入库登记。", "分局长"),
        ]),
    ]  # fmt: skip
    for kind, items in groups:
        recs = []
        for post, point, level, measures, watcher in items:
            recs.append([kind, post, point, level, measures, watcher])
            t.point(sh.name, dept, post, "", _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(0, 1))
    sh.add()
    sh.add("分局负责人:", None, "填表人:", None, None, None)
    return _layout(
        "tax_branch_posts", "https://guayunfan.com/lilun/382899.html",
        "地税分局 岗位廉政风险防控表 after the source's 税收执法权/行政管理权 and 分权、内控: posts only, no names "
        "(对岗不对人), 权力类别 and 岗位 merged down/风险点/风险等级 高/中/低/防控措施/监督责任人 (a watcher, not the "
        "holder); 分局负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def kindergarten_self_check() -> dict:
    unit = "XX市温泉幼儿园"
    sh = _Sheet("自查表", [6, 18, 30, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险自查表", 5)
    sh.add("姓名:", "龚慧", "岗位:", "后勤主任", None)
    sh.add("所在部门:", "后勤组", "填表时间:", "2025年9月", None)
    sh.add("序号", "风险点", "具体表现", "等级", "防控措施")
    rows = [
        ("食堂食材采购", "绕开集采集配平台自行采购,收受供应商好处", "高", "食材统一集采集配,采购单园长签字。"),
        ("食材验收", "验收降低标准,以次充好、缺斤少两", "高", "验收保健医与后勤双人,索证索票。"),
        ("伙食费管理", "伙食费挤占挪用,盈亏超标", "中", "伙食费专账,每月公示收支。"),
        ("维修项目", "零星维修不比价,虚报工程量", "低", "维修事前报批,完工验收签字。"),
    ]  # fmt: skip
    for i, (point, desc, level, measures) in enumerate(rows, 1):
        sh.add(i, point, desc, level, measures)
        t.point(sh.name, "后勤组", "后勤主任", "龚慧", "middle", point, [], HML[level])
    sh.add()
    sh.add("本人签名:", None, "园长审核:", None, None)
    return _layout(
        "kindergarten_self_check", "http://sjj.xianning.gov.cn/zwdt/gzdt/202510/t20251013_4082406.shtml",
        "幼儿园 后勤主任 岗位廉洁风险自查表 after the source's 食堂物资集采集配 风险点 (明招暗定、以次充好、"
        "挤占挪用): label/value header in two rows (姓名/岗位, 所在部门/填表时间), 序号/风险点 (short name: the "
        "point)/具体表现/等级 高/中/低/防控措施; 本人签名/园长审核",
        [sh], t,
    )  # fmt: skip


def school_general_form() -> dict:
    unit = "XX区控江路小学"
    sh = _Sheet("一般岗位", [6, 20, 20, 24, 14, 10, 26])
    t = _Truth(unit)
    sh.add("附件4")
    sh.title("一般岗位廉政风险识别和防控表", 7)
    r = sh.add("单位（盖章）：" + unit, *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("姓名", "晏红梅", "所在科室及职务", "总务处 总务干事", None, "岗位风险等级", "B")
    sh.merge(3, 3, 3, 4)
    sh.add("序号", "岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("学校物资采购", "提出需求→比价→采购→验收入库", "采购不比价,与商家串通抬价", "思想道德风险",
         "Ⅱ级风险", "三家比价留档,验收与采购分离。"),
        ("学校物资采购", "提出需求→比价→采购→验收入库", "验收入库不清点", "岗位职责风险", "Ⅲ级风险",
         "入库清点签字,仓库台账月结。"),
        ("校舍维修", "报修→估价→维修→验收", "维修工程量虚报", "制度机制风险", "Ⅱ级风险", "维修前后拍照存档,总务主任验收。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (duty, flow, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(i, duty, flow, point, kind, level, measures)
        t.point(
            sh.name, "总务处", "总务干事", "晏红梅", "general", point, types_in(kind), ROMAN[level]
        )
    sh.rows[first + 1][1] = None
    sh.rows[first + 1][2] = None
    sh.merge(first, 1, first + 1, 1)
    sh.merge(first, 2, first + 1, 2)
    for label in (
        "科室负责人审查意见:",
        "单位领导小组审查意见:",
        "所在派驻纪检组、监察室审核意见:",
    ):
        r = sh.add(label, None, None, None, None, "年  月  日", None)
        sh.merge(r, 0, r, 4)
        sh.merge(r, 5, r, 6)
    r = sh.add("注:此表一式三份。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "school_general_form", "http://www.kexx.edu.sh.cn/info/1113/2475.htm",
        "小学 总务 staff member's 一般岗位廉政风险识别和防控表 (the source's 总务 岗位职责 and 后勤制度): the plan's "
        "附件4 as sent back, 单位（盖章）： full-width, 所在科室及职务 `总务处 总务干事` in one cell, 岗位职责 and "
        "工作流程 merged over two points, 风险级别 written `Ⅱ级风险`; review boxes and note",
        [sh], t,
    )  # fmt: skip


def soe_handbook_matrix() -> dict:
    unit = "XX建设集团有限公司"
    sh = _Sheet("风险防控矩阵", [12, 14, 30, 8, 30, 12, 12])
    t = _Truth(unit)
    sh.title(f"{unit}重点业务事项廉洁风险防控矩阵", 7)
    sh.add("业务事项", "流程环节", "风险点", "风险等级", "防控措施", "责任部门", "责任岗位")
    groups = [
        ("中层干部选聘", [
            ("资格审查", "放宽任职条件,为特定人选量身定制", "一级", "任职条件党委会审定后公布。", "人力资源部", "部门经理"),
            ("考察", "考察走过场,问题线索不核实", "二级", "考察组两人以上,征求纪委意见。", "人力资源部", "干部主管"),
        ]),
        ("废旧物资处置", [
            ("评估", "评估价值明显偏低", "一级", "第三方评估,评估结果复核。", "物资设备部", "部门经理"),
            ("处置", "不进场交易,私下协议转让", "一级", "进产权交易中心公开处置。", "物资设备部", "资产管理员"),
        ]),
        ("分包管理", [
            ("分包商选择", "指定分包商,围标串标", "一级", "分包商库内随机抽取,招标全程纪检监督。", "工程管理部", "部门经理"),
            ("履约评价", "履约评价打人情分", "三级", "评价结果项目部、工程部双签。", "工程管理部", "分包主管"),
        ]),
    ]  # fmt: skip
    for item, steps in groups:
        recs = []
        for step, point, level, measures, dept, post in steps:
            recs.append([item, step, point, level, measures, dept, post])
            t.point(sh.name, dept, post, "", _tier(post), point, [], ORDINAL[level])
        sh.records(recs, merge_cols=(0,))
    sh.add()
    r = sh.add("集团纪委办公室制  2011年12月", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "soe_handbook_matrix", "http://bubsandbeans.com/paper/326152172.html",
        "国企 廉洁风险防控手册's 重点业务事项 matrix (the source's 选人用人/资产管理/分包管理 chapters): 业务事项 merged "
        "down/流程环节/风险点/风险等级 一级…三级/防控措施/责任部门/责任岗位 — no names: each 部门+岗位 a post "
        "(the same 部门经理 title in three 部门 is three posts); 纪委 line",
        [sh], t,
    )  # fmt: skip


def bureau_leaders_list() -> dict:
    unit = "XX县税务局"
    sh = _Sheet("班子成员", [8, 10, 22, 30, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}领导班子成员廉政风险防控一览表", 6)
    sh.add("姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("殷正平", "局长", "全面工作,分管人事、财务", [
            ("干部选拔任用中个人说了算", "高", "选人用人党委会集体决定,全程纪实。"),
            ("大额资金使用不经集体研究", "高", "“三重一大”事项集体决策,会议纪要存档。"),
        ]),
        ("狄卫东", "副局长", "征管、税政、纳税服务", [
            ("税收优惠审批把关不严", "中", "优惠审批集体审议,事后抽查。"),
            ("为纳税人打招呼说情", "中", "过问税务事项登记报告。"),
        ]),
        ("岑桂兰", "纪检组长", "纪检监察、督察内审", [
            ("问题线索处置不及时", "低", "线索台账销号管理,定期报告。"),
        ]),
    ]  # fmt: skip
    for who, post, work, items in leaders:
        recs = []
        for point, level, measures in items:
            recs.append([who, post, work, point, level, measures])
            t.point(sh.name, "领导班子", post, who, "leader", point, [], HML[level])
        sh.records(recs, merge_cols=(0, 1, 2))
    sh.add()
    sh.add("局党委(盖章)", None, None, "2023年6月", None, None)
    return _layout(
        "bureau_leaders_list", "https://www.renrendoc.com/paper/506665160.html",
        "县税务局 领导班子成员廉政风险防控一览表 after the source's 权力运行/监督机制 (局长 人事财务, 分管 征管、"
        "纪检): 姓名/职务/分管工作 merged over each leader's points/风险点/风险等级 高/中/低/防控措施; 盖章 line",
        [sh], t,
    )  # fmt: skip


def district_tick_levels() -> dict:
    unit = "XX区住房保障中心"
    sh = _Sheet("风险排查", [5, 12, 10, 8, 30, 5, 5, 5, 30])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点排查表", 9)
    top = sh.add("序号", "领域", "岗位", "责任人", "风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    rows = [
        ("资金管理", "财务股长", "房振宇", "住房补贴资金未经审核拨付", 1, "补贴资金拨付三级审核,银行代发。"),
        ("资金管理", "出纳", "谷燕", "现金管理不规范,坐支现金", 2, "现金日清月结,不定期盘点。"),
        ("行政审批", "审核员", "伏立新", "保障房资格审核中降低条件", 1, "资格审核信息比对,结果公示。"),
        ("行政审批", "审核员", "伏立新", "轮候排序人为调整", 2, "轮候系统自动排序,调整留痕。"),
        ("信息公开", "信息员", "巫晓", "分配结果公开不及时", 3, "分配结果五个工作日内公开。"),
    ]  # fmt: skip
    recs = []
    for i, (area, post, who, point, level, measures) in enumerate(rows, 1):
        ticks = ["√" if level == k else None for k in (1, 2, 3)]
        recs.append([i, area, post, who, point, *ticks, measures])
        t.point(sh.name, "", post, who, _tier(post), point, [], level)
    sh.records(recs, merge_cols=(1,))
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None, "日期:")
    return _layout(
        "district_tick_levels", "https://www.fudaoke.com/exam/3047899.html",
        "(harder) 区住房保障中心 廉政风险点排查表 after the source's 资金管理/行政审批/信息公开 领域: two-row header, "
        "风险等级 spanning sub-columns 高/中/低 with a √ in one (the marked column is the level), 序号/领域 merged/"
        "岗位/责任人/风险点/防控措施 merged down both header rows; one person with two points; 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def personal_card_blocks() -> dict:
    unit = "XX县自然资源局"
    sh = _Sheet("防控卡", [12, 20, 12, 30])
    t = _Truth(unit)
    sh.title("党员干部个人廉政风险防控卡", 4)
    sh.add("姓名", "葛振东", "职务", "执法监察大队队员")
    sh.add("单位", unit, "科室", "执法监察大队")
    items = [
        ("违法用地查处中选择性执法", "一级", "查处案件集体审议,执法全过程记录。"),
        ("接受违法当事人宴请、礼金", "二级", "严格执行廉洁纪律,拒收登记上交。"),
        ("执法信息泄露,通风报信", "二级", "巡查路线随机确定,信息知悉范围控制。"),
    ]  # fmt: skip
    for n, (point, level, measures) in zip("一二三", items, strict=True):
        r = sh.add(f"风险点{n}", point, None, None)
        sh.merge(r, 1, r, 3)
        r = sh.add("风险等级", level, "防控措施", measures)
        t.point(
            sh.name,
            "执法监察大队",
            "执法监察大队队员",
            "葛振东",
            "general",
            point,
            [],
            ORDINAL[level],
        )
    sh.add()
    sh.add("本人承诺:", "严格落实上述防控措施。", "签名:", None)
    return _layout(
        "personal_card_blocks", "https://m.taowenge.com/p-68837097.html",
        "(harder) 个人廉政风险防控卡 after the source's 解读 of 风险点、风险等级、防控措施 per person: no table "
        "header; label/value header rows (姓名/职务, 单位/科室), then per point a block: 风险点一 (value merged "
        "across), 风险等级 一级…三级 / 防控措施 beside it; 本人承诺 and 签名",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cdpf_section_rows(),
    primary_school_internal_control(),
    cdc_keshi_check(),
    tax_branch_posts(),
    kindergarten_self_check(),
    school_general_form(),
    soe_handbook_matrix(),
    bureau_leaders_list(),
    district_tick_levels(),
    personal_card_blocks(),
]


# --------------------------------------------------------------------------- writing


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build``."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch8-inbox"))

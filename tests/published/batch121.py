"""A hundred-and-twenty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县档案馆, the 县委党校, the
县总工会, a 县统计局, the 县侨联, the 县残联, the 县委老干部局 and the 县委编办 — each handing back its
岗位廉政风险防控 一览表, 排查表 or 清单 the way its staff ordinarily type it:

- a 档案馆 一览表: 科室 merged, 岗位 and 姓名 merged per person, short types, 高/中/低;
- the 县委党校's 清单 对岗不对人 (科室/岗位, no names) under ``附件1``, levels 一级/二级/三级;
- the 总工会's 排查表 under ``填报单位：… | 填报时间：…``, the holder under ``责任人``, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 统计局 一览表 with a short ``风险点`` beside a long ``风险表现形式`` (the short one is the point);
- the 侨联's list with NO 科室 column: the post as written (``办公室主任``, department "");
- the 残联's workbook of one sheet per 部 (tabs 康复部, 教育就业部), each titled with the 部;
- the 老干部局's 排查表 with ``高风险/中风险/低风险`` and a ``备注`` column;

and one harder:

- ``staffing_office_tick_levels``: the 编办's 一览表 whose level is TICKED: a merged ``风险等级`` over
  three columns ``高 | 中 | 低``, a ``√`` in one of them on each row.

Every unit is a body of 丹阳县 (the names invented); the rows are worded by us.

Run ``python tests/published/score.py --set batch121`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: 馆长/副馆长, 常务副校长, 主席/副主席, 理事长, 局长/副局长 and the 编办's 主任/副主任
are leaders; 科长, 部长, 室主任, 办公室主任 middle; the rest general. A ticked column names the level.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b121_"
PLACE = "丹阳县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
TICK = "√"


def _per_person(sh, first, dept_col, post_col, who_col=None):
    specs = [(dept_col, lambda row: row[dept_col])]
    key = lambda row: (row[dept_col], row[post_col], row[who_col] if who_col is not None else None)  # noqa: E731
    specs.append((post_col, key))
    if who_col is not None:
        specs.append((who_col, key))
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def staffing_office_tick_levels() -> dict:
    unit = f"中共{PLACE}委员会机构编制委员会办公室"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 10, 5, 5, 5, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    h1 = sh.add(
        "序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", None, None, "防控措施"
    )
    h2 = sh.add(None, None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 5, 9):
        sh.merge(h1, c, h2, c)
    sh.merge(h1, 6, h1, 8)
    rows = [
        ("领导班子", "主任", "訇望舒", "机构编制事项审核不经编委会集体研究,个人决定", "制度机制", "高",
         "机构编制事项按程序提交编委会审议,会议纪要存档。", "leader"),
        ("领导班子", "副主任", "阆栖梧", "事业单位空编使用审批把关不严,为关系单位违规核增编制", "岗位职责", "中",
         "用编审批实行科室初审、分管审核、主任审批,审批结果按季度通报。", "leader"),
        ("机构编制科", "科长", "沐归荑", "编制核查走过场,对超编进人不予纠正", "岗位职责", "中",
         "每年开展编制核查,核查情况报编委会。", "middle"),
        ("机构编制科", "科员", "巩听篁", "泄露机构改革方案和编制调整信息", "思想道德", "低",
         "涉密文件专人管理,阅文登记。", "general"),
        ("事业单位登记管理局", "科长", "邗竹笙", "事业单位法人登记、年度报告审查不严,为不符合条件的单位办理登记", "业务流程", "高",
         "登记材料双人审查,年度报告抽查比例不低于20%。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        ticks = [TICK if lv == k else None for k in ("高", "中", "低")]
        sh.add(n, dept, post, who, point, typ, *ticks, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人:", None, None, None, "审核人:", None, None, None, None, "2024年10月")
    return _layout(
        "staffing_office_tick_levels", "https://www.renrendoc.com/paper/506661707.html",
        "(harder) 县委编办 岗位廉政风险防控一览表 after the source's 县级编制改革 实施方案 (编制动态调整, 编制使用评估, "
        "事业单位 结构优化): the header on TWO rows, ``风险等级`` merged over three columns ``高 | 中 | 低`` and every other "
        "heading merged down both rows; each row TICKS its level with ``√`` in one of the three; 科室 merged (领导班子, "
        "机构编制科, 事业单位登记管理局), 岗位 and 姓名 merged per person, short types; 填表人/审核人/date under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def archives_plain_list() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "甯砚舟", "档案库房改造、数字化外包项目不经集体研究确定承接单位", "制度机制", "高",
         "项目经馆务会集体研究,按规定采购并公示结果。", "leader"),
        ("馆领导", "副馆长", "昝晚晴", "档案开放审核把关不严,违规提供未开放档案", "岗位职责", "中",
         "开放审核实行初审、复审两级把关,审核意见存档。", "leader"),
        ("利用服务科", "科长", "蒉知秋", "查档利用中为他人违规出具档案证明", "岗位职责", "高",
         "出具证明须核对原件并登记,科长复核签字。", "middle"),
        ("利用服务科", "科员", "羿初霁", "接待查档收取好处费或收费不开票", "思想道德", "低",
         "查档服务免费项目上墙公示,查档全程登记。", "general"),
        ("接收征集科", "科长", "鄞暮雪", "征集档案、资料作价不实,虚报征集经费", "业务流程", "中",
         "征集作价由鉴定小组集体评估,经费支付凭评估意见。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("馆长签字:", None, None, None, "填报日期:2024年9月", None, None, None)
    return _layout(
        "archives_plain_list", "https://m.sboyo.com/1/2082168.html",
        "县档案馆 岗位廉政风险点一览表 after the source's account of a 县档案馆 (馆长负责制, 下设多个科室, 接收各单位移交的"
        "文件, 查询服务, 涉密文件需审批): the title, then 序号/科室 merged (馆领导, 利用服务科, 接收征集科)/岗位 and 姓名 "
        "merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 馆长签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


def party_school_grade_list() -> dict:
    unit = f"中共{PLACE}委党校"
    sh = _Sheet("清单", [6, 12, 12, 34, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "常务副校长", "主体班次安排、外请师资费用不经校委会研究", "制度机制", "一级",
         "培训计划和外请师资经校委会集体研究,费用按标准列支。", "leader"),
        ("教务科", "科长", "学员考勤、结业考核弄虚作假", "岗位职责", "二级",
         "考勤刷卡记录,考核成绩双人登记并公示。", "middle"),
        ("教研室", "室主任", "课题经费报销中虚列劳务、资料费", "业务流程", "二级",
         "课题经费按预算使用,报销附成果材料并经财务审核。", "middle"),
        ("教研室", "教师", "授课中收受学员礼品、宴请", "思想道德", "三级",
         "签订廉洁从教承诺书,学员评议纳入考核。", "general"),
        ("办公室", "会计", "培训费收支不入账,私设小金库", "制度机制", "一级",
         "培训费统一进入财政专户,收支每月对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    return _layout(
        "party_school_grade_list", "https://www.zhetiaohe.com/ss/04c2b03d0236ee1c2cd720d0d165a70045d1e611636311f5258ac16ff120abd3ecd885ce9b1cf1411937a02076ae3c77ad56483d3897cb34c0c812fd12ca989d.html",
        "县委党校 岗位廉政风险防控清单 对岗不对人, after the source's 党校事业编制工作人员 工作量考核 (教学, 科研课题, "
        "主体班次): ``附件1`` above the title, then 序号/科室 merged (校领导, 教务科, 教研室, 办公室)/岗位/风险点/风险类型/"
        "风险等级 ``一级/二级/三级``/防控措施; no name column",
        [sh], t,
    )  # fmt: skip


def trade_union_form_line() -> dict:
    unit = f"{PLACE}总工会"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年8月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主席", "麹怀素", "工会经费大额支出不经党组会集体研究", "制度机制风险", "Ⅰ级",
         "大额支出经党组会研究,执行情况向经审委报告。", "leader"),
        ("领导班子", "副主席", "赧清禾", "困难职工帮扶资金审批把关不严", "岗位职责风险", "Ⅱ级",
         "帮扶对象经基层工会推荐、入户核实、公示后审批。", "leader"),
        ("权益保障部", "部长", "綦照野", "劳模慰问、疗休养名额分配优亲厚友", "思想道德风险", "Ⅱ级",
         "名额分配方案公开,人选公示五个工作日。", "middle"),
        ("财务部", "会计", "隰云岫", "工会经费收缴、返还核算不实,截留挪用", "业务流程风险", "Ⅰ级",
         "经费收缴通过银行代收,返还凭清单逐户核对。", "general"),
        ("经费审查办公室", "主任", "庹映川", "经费审查走过场,对违规支出不提审查意见", "外部环境风险", "Ⅲ级",
         "审查报告提交经审委集体审议并通报。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人:", None, None, None, "审核人:", None, None, None)
    return _layout(
        "trade_union_form_line", "https://www.zhetiaohe.com/ss/96c6ccee42cbb46d0ad0523c9eaa849bc45d506327c9fc9248ff643aff4b17b4c25d77df58d91f25b2a54365cb2de550.html",
        "县总工会 岗位廉政风险排查表 after the source's 工会审计 整改办法 (工会经费, 经费审查): the title, then "
        "``填报单位：丹阳县总工会 | 填报时间：2024年8月``, then 序号/部室 merged (领导班子, 权益保障部, 财务部, 经费审查"
        "办公室)/岗位/责任人/风险点/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def statistics_short_and_long() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [6, 12, 10, 9, 18, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "风险点", "风险表现形式", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("局领导", "局长", "眭向晚", "干预统计数据", "授意、指使统计人员修改统计数据,虚报工业产值", "思想道德", "高",
         "严格执行防范和惩治统计造假责任制,数据审核留痕。", "leader"),
        ("局领导", "副局长", "篑澄怀", "统计执法检查", "对统计违法企业降格处理或不予立案", "岗位职责", "高",
         "执法检查双随机,处理决定集体研究。", "leader"),
        ("综合股", "股长", "缪濯缨", "统计调查经费使用", "普查经费、调查员劳务费虚报冒领", "制度机制", "中",
         "劳务费按调查员名册银行发放,经费使用年度审计。", "middle"),
        ("专业统计股", "统计员", "逯清商", "数据审核", "审核企业报表时收受好处,对异常数据不予核实", "业务流程", "中",
         "异常数据电话核实并记录,审核情况定期抽查。", "general"),
        ("专业统计股", "统计员", "逯清商", "名录库维护", "违规将不达标企业纳入规上名录库", "外部环境", "低",
         "新增入库企业实地核查,入库名单公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "statistics_short_and_long", "http://www.kaijiang.gov.cn/xxgk-show-9507.html",
        "县统计局 岗位廉政风险防控一览表 after the source's account of a 县's 统计基层基础工作 (统计执法检查, 投资、建筑业、"
        "工业企业, 名录库维护): 序号/股室 merged (局领导, 综合股, 专业统计股)/岗位 and 姓名 merged per person/a short "
        "``风险点`` beside a long ``风险表现形式``/风险类型/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def overseas_chinese_no_dept() -> dict:
    unit = f"{PLACE}归国华侨联合会"
    sh = _Sheet("Sheet1", [6, 14, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主席", "晁临溪", "侨界公益捐赠款物分配不经集体研究", "制度机制", "高",
         "捐赠款物分配经主席办公会研究,明细公示。", "leader"),
        ("副主席", "鲜于昭华", "归侨侨眷困难帮扶对象确定优亲厚友", "岗位职责", "中",
         "帮扶对象经入户核实后公示。", "leader"),
        ("办公室主任", "郜桐音", "公务接待、出国(境)联谊活动费用超标准", "制度机制", "中",
         "外事活动先审批后实施,费用按标准报销。", "middle"),
        ("联络部部长", "檀晏清", "接待海外侨胞考察时收受礼品礼金", "思想道德", "低",
         "接待中收受的礼品登记上交。", "middle"),
    ]  # fmt: skip
    for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填报人:", None, None, "填报时间:2024年10月", None, None, None)
    return _layout(
        "overseas_chinese_no_dept", "https://m.wxnum.cn/jinhuaqiaolian-corp-1.html",
        "县侨联 岗位廉政风险点及防控措施一览表 after the source's account of a 侨联's 职责 (维护侨益, 海外联谊, 接待海外"
        "侨胞): a small body with NO 科室 column — 序号/岗位 as written (主席, 副主席, ``办公室主任``, ``联络部部长``)/姓名/"
        "风险点/风险类型/风险等级 高/中/低/防控措施; the holder ``鲜于昭华`` has a compound surname; 填报人 line",
        [sh], t,
    )  # fmt: skip


def disabled_federation_sheets() -> dict:
    unit = f"{PLACE}残疾人联合会"
    t = _Truth(unit)
    parts = {
        "康复部": [
            ("部长", "巫马青禾", "残疾人辅助器具适配对象审核不严,重复发放", "岗位职责", "中",
             "适配对象凭评估意见审核,发放信息系统比对。", "middle"),
            ("科员", "蔺晚舟", "康复救助定点机构服务核查走过场", "业务流程", "低",
             "定点机构服务每季度随机回访。", "general"),
        ],
        "教育就业部": [
            ("部长", "穰知白", "残疾人就业保障金减免审核把关不严", "制度机制", "高",
             "减免申请实地核查,审核结果报理事会研究。", "middle"),
            ("科员", "蒯望川", "职业技能培训参训人数虚报,套取培训补贴", "外部环境", "中",
             "培训签到刷脸核验,补贴按实到人数拨付。", "general"),
            ("科员", "蒯望川", "助学金发放对象审核不实", "思想道德", "低", "助学对象名单公示。", "general"),
        ],
    }  # fmt: skip
    sheets = []
    for part, rows in parts.items():
        sh = _Sheet(part, [6, 10, 10, 34, 10, 8, 34])
        _line(sh, f"{unit}{part}岗位廉政风险防控一览表", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, part, post, who, tier, point, types_in(typ), HML[lv])
        key = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, key), (2, key)])
        sheets.append(sh)
    return _layout(
        "disabled_federation_sheets", "https://www.zhetiaohe.com/ss/749b8e4c92b70810a1fe6296d1da40c920101917d298ef78ea327f4bb2ac38bb.html",
        "县残联 岗位廉政风险防控一览表 as one workbook of ONE SHEET PER 部 (tabs ``康复部``, ``教育就业部``), after the "
        "source's question on a 县残联's 一把手 and its 部: each sheet titled ``丹阳县残疾人联合会<部>岗位廉政风险防控"
        "一览表``, then 序号/岗位 and 姓名 merged per person/风险点/风险类型/风险等级 高/中/低/防控措施; no 科室 column — "
        "the 部 is in the title and the tab",
        sheets, t,
    )  # fmt: skip


def veteran_cadres_word_levels() -> dict:
    unit = f"中共{PLACE}委老干部局"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 12, 10, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("局领导", "局长", "彭蠡舟", "老干部活动中心维修改造项目指定施工单位", "制度机制", "高风险",
         "项目经局务会研究,按规定比选并公示。", None, "leader"),
        ("局领导", "副局长", "芮听松", "离退休干部生活困难补助审批随意", "岗位职责", "中风险",
         "补助对象和标准公开,审批双签。", "新增", "leader"),
        ("服务管理科", "科长", "漆雁回", "走访慰问物资采购以次充好,虚报数量", "业务流程", "中风险",
         "慰问物资比价采购,发放登记签收。", None, "middle"),
        ("服务管理科", "科员", "戚晓岑", "老干部医药费报销审核不严", "思想道德", "低风险",
         "报销凭证双人审核,每季度抽查。", None, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人:", None, None, "局长签字:", None, None, "2024年7月", None, None)
    return _layout(
        "veteran_cadres_word_levels", "https://www.zhetiaohe.com/ss/3c9082b033911fdebc7538fb682a6fb51d7dd5f683865a3e80f888f2728d79f5.html",
        "县委老干部局 廉政风险点排查表 after the source's question on the rank of a 老干部局: 序号/科室 merged (局领导, "
        "服务管理科)/岗位/姓名/风险点/风险类型/风险等级 ``高风险/中风险/低风险``/防控措施/``备注`` (``新增`` on one row); "
        "填表人/局长签字/date line right under the table",
        [sh], t,
    )  # fmt: skip


LAYOUTS = [
    archives_plain_list(),
    party_school_grade_list(),
    trade_union_form_line(),
    statistics_short_and_long(),
    overseas_chinese_no_dept(),
    disabled_federation_sheets(),
    veteran_cadres_word_levels(),
    staffing_office_tick_levels(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch121-inbox"))

"""An eighty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县直机关工委, a 县教育考试
中心, a 县学生资助管理中心, a 住建局's 路灯管理所, a 县水产技术推广站, a 县采茶剧团, a 县老干部活动中心 and
a 县卫生健康综合监督执法大队, all of an invented county 栖澜县 — each handing back its 岗位廉政风险防控
一览表 / 排查表 / 清单 / 防控卡 the way such offices do, with nothing exotic about them:

- a 机关工委 一览表: 科室 merged (``工委领导`` for the 书记 and 副书记), 岗位/姓名/岗位职责 merged per
  person, ``廉政风险点``, 高/中/低;
- a 教育考试中心 责任清单 under ``附件1``: 工作环节, 廉政风险点, levels 一级/二级/三级, then a trailing
  ``责任岗位`` and ``责任人`` (posts written with their 科 in them: ``考务科科长``), no 科室 column;
- a 学生资助管理中心 排查表 对岗不对人 under a ``填报时间`` line: 岗位 merged, 工作环节, 风险点, types
  written ``…类``, 高/中/低;
- a 路灯管理所 排查表 with a bare title and a ``单位:栖澜县住房和城乡建设局路灯管理所 | 填报时间:…``
  line: the 局 is the unit, the 所 the 科室 of every row (batch36, batch68);
- a 水产技术推广站's 防控卡 per sheet (tab = the holder), the holder as ``姓名 | … | 职务 | … | 填卡日期 | …``
  above the table, short types, 持卡人签字 line;
- a 采茶剧团 一览表 whose ``防控措施`` is merged over ``事前防范 | 事中监督 | 事后处置``;
- a 老干部活动中心 清单 by group rows ``一、中心领导`` / ``二、综合办公室`` / ``三、活动服务部`` with
  岗位 and 责任人 columns and ``Ⅰ级/Ⅱ级/Ⅲ级``.

One is harder:

- ``hygiene_brigade_seal_only``: a 卫生健康综合监督执法大队 一览表 whose title names no unit
  (``岗位廉政风险防控一览表``); the unit stands ONLY in the 落款 under the table, right-aligned as in a
  公文: ``栖澜县卫生健康综合监督执法大队（盖章）`` over the date.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区直机关工委's 党费 收缴、核定、使用,
an 考试中心's 考务 and 保密 work, a 学生资助 风险防控 notice's 环节, a 住建局 路灯管理所's 路灯 安装 and 维修,
an 增殖放流 under 纪检 watch, a 剧团's 送戏下乡, a 老干部活动中心's 提升改造, a 卫生健康 行政执法
report) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch89`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- the 单位 line ``…住房和城乡建设局路灯管理所`` gives the 局 as the unit and the 所 as the 科室; the 所长
  heads a 科室 of the 局 (middle);
- a trailing ``责任岗位`` written ``考务科科长`` with no 科室 column is kept as written, department "";
- a group row ``一、中心领导`` gives the 科室 of the rows under it, ``中心领导`` for the leaders;
- a unit named only in the 落款 under the table is the unit of the table.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b89_"
COUNTY = "栖澜县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}


# --------------------------------------------------------------------------- harder layout


def hygiene_brigade_seal_only() -> dict:
    unit = f"{COUNTY}卫生健康综合监督执法大队"
    sh = _Sheet("Sheet1", [6, 14, 8, 8, 14, 30, 12, 8, 30])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控一览表", 9)
    sh.add("序号", "股室", "岗位", "姓名", "职权事项", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "韦立群", "行政处罚决定", "重大处罚案件未经集体讨论,个人拍板",
         "制度机制风险", "高", "重大案件集体讨论,讨论记录存卷备查。"),
        ("医疗卫生监督股", "股长", "梁文杰", "非法行医查处", "对无证行医通风报信,以罚代管",
         "岗位职责风险", "高", "查处行动临时通知,案件办理全程记录。"),
        ("医疗卫生监督股", "监督员", "莫小兰", "医疗机构日常监督检查",
         "检查中接受被检查单位宴请,降低处罚标准", "思想道德风险", "中",
         "两人以上执法,处罚结果网上公示。"),
        ("公共卫生监督股", "股长", "黄志明", "公共场所卫生监督", "双随机抽查对象人为指定",
         "业务流程风险", "中", "抽查对象系统随机产生,抽查结果公开。"),
        ("公共卫生监督股", "股长", "黄志明", "生活饮用水卫生监督", "水质检测结果不如实通报",
         "外部环境风险", "低", "检测报告双人复核,按季通报。"),
        ("综合股", "会计", "吴丽萍", "罚没款管理", "罚没款未及时足额上缴国库",
         "制度机制风险", "中", "罚没款通过非税系统直缴,按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"大队长": "leader", "股长": "middle"}
    for n, (dept, post, who, power, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, power, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    r = sh.add(None, None, None, None, None, None, f"{unit}（盖章）", None, None)
    sh.merge(r, 6, r, 8)
    r = sh.add(None, None, None, None, None, None, "2025年3月12日", None, None)
    sh.merge(r, 6, r, 8)
    return _layout(
        "hygiene_brigade_seal_only",
        "https://wjw.huzhou.gov.cn/art/2024/1/19/art_1229210325_58899525.html",
        "(harder) 卫生健康综合监督执法大队 岗位廉政风险防控一览表 after the source's 行政执法 report of a 卫生健康 body "
        "(行政执法职权: 医疗卫生, 公共场所卫生, 饮用水卫生 监督, 非法行医 查处; 行政处罚): the title is bare — NO unit in "
        "it and no 单位 line; the unit stands ONLY in the 落款 under the table, ``栖澜县卫生健康综合监督执法大队（盖章）`` "
        "merged over the last three columns on the right, the date under it; 序号/股室 merged (大队领导, 医疗卫生监督股, "
        "公共卫生监督股, 综合股)/岗位 and 姓名 merged per person/职权事项/风险点/风险类别 ``…风险``/高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def organs_committee_posts() -> dict:
    unit = f"中共{COUNTY}直属机关工作委员会"
    sh = _Sheet("一览表", [6, 10, 8, 8, 22, 32, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工委领导", "书记", "覃明远", "主持工委全面工作", "党费使用审批把关不严,超范围列支", "高",
         "党费使用方案经工委会议集体研究,使用情况年度公开。"),
        ("工委领导", "书记", "覃明远", "主持工委全面工作", "推荐先进基层党组织时个人说了算", "中",
         "评选实行差额推荐、集体研究、结果公示。"),
        ("工委领导", "副书记", "甘晓岚", "协助书记,分管组织工作", "发展党员审核把关不严,违规发展", "高",
         "发展对象预审、公示,档案逐份复核。"),
        ("组织科", "科长", "韦国梁", "负责党费收缴管理和党员统计", "党费基数核定不准,少交漏交不督促", "中",
         "党费基数每年核定并在支部公示,按季对账。"),
        ("组织科", "科员", "黎秋萍", "党费账目登记", "党费收入不及时入账,账款不符", "中",
         "党费专户管理,收缴台账月清月结。"),
        ("宣传科", "科长", "蒙志刚", "负责机关党员教育培训", "培训经费虚列支出,培训走过场", "低",
         "培训计划报批,签到表和经费凭证一并归档。"),
        ("办公室", "主任", "陆海燕", "负责财务、接待和公车管理", "超标准接待,接待费用虚报", "中",
         "执行公务接待清单制度,凭公函和清单报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"书记": "leader", "副书记": "leader", "科长": "middle", "主任": "middle"}
    for n, (dept, post, who, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (4, per_person)])  # fmt: skip
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2025年3月", None)
    return _layout(
        "organs_committee_posts", "http://zzfzl.org.cn/show-7033.html",
        "县直属机关工作委员会 (a 县委部门) 岗位廉政风险防控一览表 after the source's account of a 区直机关工委's 党费 "
        "work (教育, 核定, 收缴 台账, 使用): 序号/科室 merged (``工委领导`` for the 书记 and 副书记, 组织科, 宣传科, "
        "办公室)/岗位, 姓名 and 岗位职责 merged per person (the 书记 over two rows)/廉政风险点/高/中/低/防控措施; "
        "no type column; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def exam_center_duty_list() -> dict:
    unit = f"{COUNTY}教育考试中心"
    sh = _Sheet("责任清单", [6, 12, 32, 8, 32, 14, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    rows = [
        ("考点设置", "考点学校确定和考务用品采购个人决定", "二级", "考点设置和采购经中心会议研究。",
         "主任", "谭振华"),
        ("考生报名", "为不符合条件的考生违规报名或照顾加分", "二级", "报名资格和加分项目网上公示,两人审核。",
         "考务科科长", "卢文斌"),
        ("试卷保管", "保密室值守不到位,私自开启试卷袋", "一级", "保密室双人双锁,24小时视频监控。",
         "保密室管理员", "农佳怡"),
        ("考务组织", "监考人员选派优亲厚友,收受考生家长财物", "二级", "监考人员随机抽调,签订廉洁承诺书。",
         "考务科科长", "卢文斌"),
        ("成绩管理", "违规查询、更改考生成绩", "一级", "成绩库分级授权,修改操作全程留痕。",
         "信息科科员", "莫振宇"),
        ("经费管理", "考务费发放虚报人数", "三级", "考务费按签到名单发放,公示三天。", "会计", "潘丽娜"),
    ]  # fmt: skip
    tiers = {"主任": "leader", "考务科科长": "middle"}
    for n, (step, point, lv, measures, post, who) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures, post, who)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, [], GRADES[lv])
    sh.add()
    sh.add("单位负责人:", None, "经办人:", None, "2025年4月", None, None)
    return _layout(
        "exam_center_duty_list",
        "https://www.sysksy.cn/zxxtpwydxfzxxd/kssyxfz/202310/t20231028_4549052.html",
        "县教育考试中心 廉政风险防控责任清单 after the source's account of a 考试中心's work (风险隐患 台账, 考务 人员选派, "
        "试卷 可视化监管, 考风考纪): ``附件1`` above the title; 序号/工作环节/廉政风险点/风险等级 一级/二级/三级/防控措施, "
        "then a trailing ``责任岗位`` (主任, ``考务科科长``, ``保密室管理员``, ``信息科科员``, 会计 — the 科 written in the "
        "post, no 科室 column) and ``责任人`` (the 考务科科长 on rows 2 and 4); 单位负责人/经办人/date line",
        [sh], t,
    )  # fmt: skip


def student_aid_posts() -> dict:
    unit = f"{COUNTY}学生资助管理中心"
    sh = _Sheet("Sheet1", [6, 10, 12, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    _line(sh, "填报时间:2025年4月8日", 7)
    sh.add("序号", "岗位", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "资金分配", "资助资金在学校间分配不按人数和标准,向个别学校倾斜", "制度机制类", "高",
         "分配方案报局党组会审定并公示。"),
        ("主任", "对象认定", "对学校上报的认定结果审核把关不严", "岗位职责类", "中", "按比例抽查,入户核实。"),
        ("资助专干", "信息录入", "违规修改资助系统学生信息,冒名顶替", "业务流程类", "高",
         "系统操作专人专号,修改留痕,月度核查。"),
        ("资助专干", "政策宣传", "政策宣传不到位,群众反映问题推诿不办", "思想道德类", "低",
         "公布资助热线,来电登记回访。"),
        ("会计", "资金发放", "资助资金未直接发放到学生卡,截留挪用", "岗位职责类", "高",
         "资金直接打卡发放,发放名单公示。"),
        ("会计", "票据管理", "票据保管不善,虚列支出", "制度机制类", "中", "票据专柜保管,领用登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"主任": "leader"}
    for n, (post, step, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, step, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tiers.get(post, "general"), point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, None, "中心负责人:", None, None, None)
    return _layout(
        "student_aid_posts", "https://xsc.cdu.edu.cn/info/1015/9555.htm",
        "县学生资助管理中心 岗位廉政风险点排查表 对岗不对人 after the source's notice on 学生资助 风险防控 (政策宣传, "
        "制度建设, 信息公开, 对象识别、认定, 发放 — each a 环节 to check): the title, a line ``填报时间:…`` merged across; "
        "序号/岗位 merged per post (主任, 资助专干, 会计)/工作环节/风险点/风险类型 written ``…类``/高/中/低/防控措施; "
        "no names, no 科室; 填表人/中心负责人 line",
        [sh], t,
    )  # fmt: skip


def streetlight_office_unit_line() -> dict:
    unit = f"{COUNTY}住房和城乡建设局"
    office = "路灯管理所"
    sh = _Sheet("路灯所", [6, 12, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险点排查表", 6)
    r = sh.add(f"单位:{unit}{office}", None, None, None, "填报时间:2025年3月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "覃立军", "路灯维修材料采购不比价,指定供应商", "高", "材料采购三家比价,报局审批。"),
        ("所长", "覃立军", "路灯安装工程验收走过场", "高", "验收邀请局工程股参加,资料存档。"),
        ("维修班班长", "杨振东", "虚报维修工时和更换灯具数量", "中", "维修工单拍照上传,旧灯具回收登记。"),
        ("材料保管员", "侬美玲", "材料出入库不登记,账物不符", "中", "出入库单据双人签字,每季度盘点。"),
        ("报账员", "黄秋菊", "路灯电费核对不认真,多付电费", "低", "电费按回路抄表核对,每月报所长审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"所长": "middle", "维修班班长": "middle"}
    for n, (post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, office, post, who, tiers.get(post, "general"), point, [], HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("所长(签字):", None, "填表人:", None, None, None)
    return _layout(
        "streetlight_office_unit_line",
        "https://m.yuxi.gov.cn/yxs/yxscjwmcs/20180916/957177.html",
        "住建局 路灯管理所 岗位廉政风险点排查表 after the source's account of a 县住建局路灯管理所 (筹措资金, 路灯 安装, "
        "检查维修, 漏电隐患 排查): a bare title, then ``单位:栖澜县住房和城乡建设局路灯管理所 | 填报时间:…`` (two merged "
        "cells) — the 局 is the unit, the 所 the 科室 of every row; 序号/岗位 and 责任人 merged per person (the 所长 over "
        "two rows)/风险点/高/中/低/防控措施; no type column; 所长/填表人 line",
        [sh], t,
    )  # fmt: skip


def fishery_station_cards() -> dict:
    unit = f"{COUNTY}水产技术推广站"
    t = _Truth(unit)
    people = [
        ("岑海波", "站长", "leader", [
            ("增殖放流苗种采购设置倾向性条件", "制度机制", "高", "采购文件经站务会审定,纪检人员全程监督。"),
            ("放流苗种数量、规格验收把关不严", "岗位职责", "高", "验收现场抽样计数,邀请渔民代表见证。"),
            ("渔业项目资金申报审核不实", "业务流程", "中", "申报材料实地核查,结果公示。"),
        ]),
        ("覃雪梅", "技术员", "general", [
            ("苗种抽检取样不规范,接受育苗单位宴请", "思想道德", "中", "抽检两人以上,样品封存签字。"),
            ("技术指导服务中收取好处费", "思想道德", "低", "服务免费并公开监督电话。"),
            ("水产品质量检测数据弄虚作假", "岗位职责", "中", "检测原始记录存档,站长复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 34, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "职务", post, "填卡日期:2025年3月")
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "站长签字:", None, "年  月  日")
        sheets.append(sh)
    return _layout(
        "fishery_station_cards", "https://bzadlt.com/lz/news1/id/13084",
        "县水产技术推广站 岗位廉政风险防控卡, one per sheet (tab = the holder), after the source's account of an 增殖放流 "
        "watched by a 纪检组 (苗种 招投标, 育苗抽检, 清点, 运输投放): the title, then ONE row ``姓名 | 岑海波 | 职务 | 站长 | "
        "填卡日期:…``; 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 持卡人签字/站长签字/date line",
        sheets, t,
    )  # fmt: skip


def opera_troupe_split_measures() -> dict:
    unit = f"{COUNTY}采茶剧团"
    sh = _Sheet("一览表", [6, 8, 8, 8, 30, 8, 20, 20, 20])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    top = sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施", None, None)
    sh.add(None, None, None, None, None, None, "事前防范", "事中监督", "事后处置")
    sh.merge(top, 6, top, 8)
    for c in range(6):
        sh.merge(top, c, top + 1, c)
    rows = [
        ("团部", "团长", "钟德华", "送戏下乡演出场次虚报,套取政府购买服务资金", "高",
         "演出计划报文旅局备案", "演出现场拍照并由村委会签字", "场次与补助每季度对账"),
        ("团部", "团长", "钟德华", "演员招聘和职称评聘暗箱操作", "中",
         "招聘方案报人社部门审核", "考核全程录像", "结果公示七天"),
        ("演出队", "队长", "龙凤英", "演出补贴发放不公,虚报演出人员", "中",
         "补贴标准公开", "按演出签到表发放", "发放名单张榜公布"),
        ("舞美队", "队长", "何志平", "服装道具采购虚高价格", "中",
         "采购三家比价", "验收两人签字", "采购台账年底审计"),
        ("办公室", "会计", "罗晓燕", "商业演出收入不入账,公款私存", "高",
         "演出合同统一签订", "收入全部进入单位账户", "每月核对银行流水"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"团长": "leader", "队长": "middle"}
    for n, (dept, post, who, point, lv, before, during, after) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, before, during, after)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "团长:", None, None, "2025年3月", None, None)
    return _layout(
        "opera_troupe_split_measures",
        "https://chinaxiaokang.com/xianyu/xianyuxiuxian/2023/1207/1475689.html",
        "县采茶剧团 岗位廉政风险防控一览表 after the source's account of a 剧团's 送戏下乡 惠民演出 (政府购买公共文化服务, "
        "演出场次): a two-row header — ``防控措施`` merged over ``事前防范 | 事中监督 | 事后处置``, the other headings merged "
        "down; 序号/部门 merged (团部, 演出队, 舞美队, 办公室)/岗位 and 姓名 merged per person (the 团长 over two rows)/"
        "风险点/高/中/低/the three measure columns; no type column; 填报人/团长/date line",
        [sh], t,
    )  # fmt: skip


def veteran_center_group_rows() -> dict:
    unit = f"{COUNTY}老干部活动中心"
    sh = _Sheet("风险清单", [6, 12, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "黄永康", "leader", "活动中心改造工程施工单位确定不公开", "Ⅰ级",
             "工程按规定比选,结果公示。"),
            ("副主任", "冯丽华", "leader", "文体活动经费使用审批不严", "Ⅱ级", "活动经费预算报批,凭活动方案报销。"),
        ]),
        ("二、综合办公室", "综合办公室", [
            ("办公室主任", "韦晓东", "middle", "慰问品采购超标准、不比价", "Ⅱ级", "慰问品采购三家比价,清单公示。"),
            ("出纳", "蓝秋月", "general", "现金管理不规范,公款私存", "Ⅰ级", "现金日清月结,不定期盘点。"),
        ]),
        ("三、活动服务部", "活动服务部", [
            ("部长", "陆建新", "middle", "活动室场地对外出租收费不入账", "Ⅰ级", "场地使用登记,收费统一入账。"),
            ("管理员", "梁小红", "general", "阅览室报刊征订收受回扣", "Ⅲ级", "征订目录集体研究,邮局统一征订。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in groups:
        _line(sh, caption, 6)
        for post, who, tier, point, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _line(sh, "注:风险等级分Ⅰ级(高)、Ⅱ级(中)、Ⅲ级(低)。", 6)
    return _layout(
        "veteran_center_group_rows", "http://www.ahjx.gov.cn/News/show/1382870.html",
        "县老干部活动中心 岗位廉政风险防控清单 after the source's account of a 县老干部活动中心's 提升改造工程 (多功能活动室, "
        "阅文阅览室, 健身室, 老干部党校): group rows merged across — ``一、中心领导``, ``二、综合办公室``, ``三、活动服务部`` — "
        "giving the 科室 of the rows under them; 序号 running on/岗位/责任人/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "a 注 line on the levels under it",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hygiene_brigade_seal_only(),
    organs_committee_posts(),
    exam_center_duty_list(),
    student_aid_posts(),
    streetlight_office_unit_line(),
    fishery_station_cards(),
    opera_troupe_split_measures(),
    veteran_center_group_rows(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch89-inbox"))

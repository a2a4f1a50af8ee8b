"""An eighty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县委办公室, a 县人民政府办公室,
a 县地震局, a 县动物疫病预防控制中心, a 县归国华侨联合会, a 县园林绿化管理所, a 县委党史研究室, a 县水土保持
工作站 and a 县政务服务中心 — each handing back its 岗位廉政风险防控一览表 / 排查表 / 清单 / 防控卡 the
ordinary way such offices do:

- a 县委办公室 一览表 under ``附件3``: 股室 merged, 岗位 and 姓名 merged per person, types ``…风险``,
  高/中/低, a 单位负责人/填表人/date line;
- a 县政府办公室 清单 对岗不对人: 科室 and 岗位 merged, ``岗位职责``, levels 一级/二级/三级 and a trailing
  ``责任领导`` (one 副主任 merged over a 科室's posts: he watches, he holds no post here);
- a small 县地震局 排查表 with NO 科室 column (``监测预报股股长`` kept as written, department ""),
  levels ``Ⅰ级/Ⅱ级/Ⅲ级`` under ``等级`` and a 注 under the table;
- a 县动物疫病预防控制中心 排查表 with a short ``风险点`` AND a long ``主要表现形式`` (the point is
  the short one), a trailing ``责任人``;
- a 县侨联 一览表 of five staff, no 科室 column, levels in stars ``★★★/★★/★`` explained in a 注;
- a 县园林绿化管理所 一览表 whose 组 are given only by group rows ``一、绿化养护组`` spanning the
  table, under a ``单位:… | 时间:…`` line;
- a 县委党史研究室 一览表 whose 科室 column says ``室领导`` for the leaders, levels ``高级/中级/低级``;
- a 县水土保持工作站's 防控卡 one per sheet (tab = the holder), the holder block
  ``姓名 | … | 所在股室 | … | 职务 | …`` above the table, a 本人签字 line under it.

One is harder:

- ``gov_service_center_tally_sheet``: a 县政务服务中心 workbook whose FIRST sheet is a
  ``风险点统计表`` (科室 | 岗位数 | 风险点数 | 其中 ``高 | 中 | 低`` counts | 合计 row) and whose second
  sheet is the 一览表 itself; the tally holds numbers under the level words and no point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 县委办's 文电、会务、机要、督查 and
机关事务; a 县政府办's 督查室 and its 科室负责人; a 县地震局's 十四五 防震减灾规划 with 监测台网 and 震害防御;
a 县畜牧水产事务中心's 兽医实验室, 疫苗管理 and 无害化处理; a 县侨联 of five 编制 with a 主席 and a 专职副主席;
a 园林绿化管理所's 园林绿化组 and its 养护 rules; a 县委党史研究室 with 办公室 and 业务科 and its 征集、编纂;
a 县水土办's 治理项目 and 补偿费; a 政务服务中心's 进驻窗口, 首席代表 and 考核) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented.

Run ``python tests/published/score.py --set batch85`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``责任领导`` merged over a 科室's posts in a list 对岗不对人 is the watching leader: the posts have
  no holder;
- ``★★★/★★/★`` with a 注 saying so are 1/2/3; ``高级/中级/低级`` are 1/2/3;
- ``室领导`` in the 科室 column is the department of the leaders' rows (as ``局领导``, ``部领导``);
- a tally sheet of counts (``高 | 中 | 低`` over numbers) is no table of points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b85_"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GRADE_WORDS = {"高级": 1, "中级": 2, "低级": 3}


# --------------------------------------------------------------------------- harder layout


def gov_service_center_tally_sheet() -> dict:
    unit = "XX县政务服务中心"
    t = _Truth(unit)
    rows = [
        ("综合科", "科长", "蔺宏伟", "中心办公用品和设备采购不比价", "制度机制", "中",
         "采购三家以上询价,结果在中心内部公示。"),
        ("综合科", "报账员", "甄巧玲", "报销票据审核不严,虚列会议费", "岗位职责", "低",
         "报销凭会议通知、签到表,主任审签。"),
        ("窗口管理科", "科长", "邬振华", "窗口考核打分不公,为进驻人员评优说情", "思想道德", "中",
         "考核结果由科务会评定,公示五个工作日。"),
        ("窗口管理科", "科长", "邬振华", "对首席代表违规办件问题不报告、不处理", "岗位职责", "高",
         "办件异常由系统自动预警,督查投诉科同步跟踪。"),
        ("综合受理窗口", "受理员", "冉雅琴", "为熟人办件插队、容缺受理不登记", "业务流程", "中",
         "全部办件取号受理,容缺受理登记备查。"),
        ("综合受理窗口", "受理员", "冉雅琴", "泄露企业申报材料和个人信息", "外部环境", "中",
         "申报材料电子化流转,查阅留痕。"),
        ("督查投诉科", "科长", "邝立新", "对群众投诉压案不查、选择性回复", "岗位职责", "高",
         "投诉件编号登记,办结回访率百分之百。"),
    ]  # fmt: skip
    tally = _Sheet("统计表", [16, 10, 10, 8, 8, 8])
    _line(tally, f"{unit}岗位廉政风险点统计表", 6)
    top = tally.add("科室", "岗位数", "风险点数", "其中", None, None)
    tally.add(None, None, None, "高", "中", "低")
    tally.merge(top, 3, top, 5)
    for c in (0, 1, 2):
        tally.merge(top, c, top + 1, c)
    depts = list(dict.fromkeys(r[0] for r in rows))
    for dept in depts:
        mine = [r for r in rows if r[0] == dept]
        posts = len({(r[1], r[2]) for r in mine})
        lv = [sum(r[5] == w for r in mine) for w in ("高", "中", "低")]
        tally.add(dept, posts, len(mine), *lv)
    tally.add("合计", len({(r[0], r[1], r[2]) for r in rows}), len(rows),
              *(sum(r[5] == w for r in rows) for w in ("高", "中", "低")))  # fmt: skip
    sh = _Sheet("一览表", [6, 14, 10, 9, 34, 10, 8, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    tiers = {"科长": "middle"}
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, "2024年5月", None)
    return _layout(
        "gov_service_center_tally_sheet", "http://crsrw.com/dianzishuiwu/113645.html",
        "(harder) 县政务服务中心 workbook after the source's account of a 政务服务中心 (集中办理 行政许可、给付、确认、"
        "征收; 进驻窗口, 首席代表, 窗口工作人员的管理培训和日常考核): the FIRST sheet ``统计表`` is a tally — title, "
        "``科室 | 岗位数 | 风险点数 | 其中`` over ``高 | 中 | 低`` (two-row header), one row of NUMBERS per 科室 and a "
        "``合计`` row: no point in it; the second sheet ``一览表``: 序号/科室 merged (综合科, 窗口管理科, 综合受理窗口, "
        "督查投诉科)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "单位负责人/填表人/date line",
        [tally, sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def county_party_office_gushi() -> dict:
    unit = "中共XX县委办公室"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("秘书股", "股长", "祝文涛", "起草文稿时为个别单位、个人说情打招呼", "思想道德风险", "中",
         "文稿实行起草、审核、签发三级把关。"),
        ("秘书股", "股长", "祝文涛", "会议筹办超标准安排食宿", "制度机制风险", "低", "会议费按定额预算,会后公示。"),
        ("督查室", "主任", "苗立成", "督查中隐瞒问题、降低整改标准", "岗位职责风险", "高",
         "督查报告集体审定,整改情况跟踪复查。"),
        ("督查室", "科员", "滑晓蕾", "泄露督查暗访行程", "思想道德风险", "中", "暗访行程临时确定,人员签订保密承诺。"),
        ("机要保密股", "股长", "晏国庆", "涉密文件传递、销毁不登记", "业务流程风险", "高",
         "涉密载体全程登记,销毁双人监销。"),
        ("行政股", "股长", "侯春梅", "公务接待虚列陪餐人数", "岗位职责风险", "高",
         "接待实行公函、清单、发票三单核对。"),
        ("行政股", "出纳", "简丽芳", "现金收支不及时入账", "制度机制风险", "中", "现金日清月结,每月对账签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"股长": "middle", "主任": "middle"}
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, "填报日期:2024年6月", None)
    return _layout(
        "county_party_office_gushi",
        "https://www.ztwlxx.com/t/jie-ma-xian-wei-ban-jie-mi-xian-yu-he-xin-ji-gou-de-gong-zuo-ri-chang-yu-tiao-zhan.html",
        "县委办公室 岗位廉政风险防控一览表 after the source's account of a 县委办's work (文件起草, 综合协调, 信息, 机关事务: "
        "财务、后勤): ``附件3`` above the title; 序号/股室 merged (秘书股, 督查室, 机要保密股, 行政股)/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 单位负责人/填表人/填报日期 line",
        [sh], t,
    )  # fmt: skip


def county_gov_office_leaders() -> dict:
    unit = "XX县人民政府办公室"
    sh = _Sheet("清单", [6, 12, 12, 22, 32, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "岗位职责", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("秘书科", "科长", "负责县政府文件审核和会议组织", "文件审核把关不严,为部门违规事项开口子", "二级",
         "文件经合法性审查后送审。", "卢志坚"),
        ("秘书科", "文书", "负责公文收发、用印", "未经审批擅自用印", "三级", "用印登记,审批单存档。", "卢志坚"),
        ("督查室", "主任", "负责县政府重要事项督办", "督办事项弄虚作假,办结不实", "一级",
         "督办结果现场核实,定期通报。", "戚文彬"),
        ("督查室", "督查员", "负责人大审议意见落实督办", "对承办单位拖延办理不报告", "二级",
         "督办台账销号管理,超期自动提醒。", "戚文彬"),
        ("热线办公室", "主任", "负责政务服务热线工单交办、回复", "随意退单、办结审核不严", "二级",
         "工单回访抽查,满意度纳入考核。", "戚文彬"),
        ("热线办公室", "话务员", "负责受理群众来电", "泄露来电人信息", "一级", "来电信息加密,查阅留痕。", "戚文彬"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"科长": "middle", "主任": "middle"}
    for n, (dept, post, duty, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", tiers.get(post, "general"), point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3]),
                            (3, lambda row: row[1:4]), (7, lambda row: (row[1], row[7]))])  # fmt: skip
    _line(sh, "注:风险等级分一级(高)、二级(中)、三级(低)。", 8)
    return _layout(
        "county_gov_office_leaders", "https://www.sxx.gov.cn/zwgk/public/31/17794241.html",
        "县人民政府办公室 廉政风险防控清单 对岗不对人 after the source's page on a 县政府办's 督办 科室 (省市转办事项, 人大"
        "审议意见, 热线办公室 回复, 科室负责人): 序号/科室 merged (秘书科, 督查室, 热线办公室)/岗位/岗位职责/廉政风险点/"
        "风险等级 一级/二级/三级/防控措施/a trailing ``责任领导`` of names merged per 科室 (the same 副主任 over 督查室 "
        "AND 热线办公室): no holder names; a 注 under the table",
        [sh], t,
    )  # fmt: skip


def earthquake_bureau_no_keshi() -> dict:
    unit = "XX县地震局"
    sh = _Sheet("排查表", [6, 14, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "等级", "防控措施")
    rows = [
        ("局长", "单增辉", "地震监测台站建设项目不经集体研究", "制度机制", "Ⅰ级",
         "项目安排经局务会研究,会议纪要存档。"),
        ("局长", "单增辉", "干部选用、评先评优中优亲厚友", "思想道德", "Ⅱ级", "评先评优民主推荐、公示。"),
        ("副局长", "靳文斌", "地震应急物资采购验收走过场", "岗位职责", "Ⅱ级", "物资验收三人以上,入库登记。"),
        ("监测预报股股长", "左玉洁", "监测设备维护经费虚报", "业务流程", "Ⅱ级", "维护费用凭运维记录报销。"),
        ("震害防御股股长", "盛建新", "抗震设防要求审核把关不严", "岗位职责", "Ⅰ级",
         "审核意见复核,结果网上公开。"),
        ("震害防御股股长", "盛建新", "科普经费用于与科普无关的支出", "制度机制", "Ⅲ级", "科普活动预算公示,决算审计。"),
        ("会计", "荆晓霞", "公用经费支出不按预算执行", "制度机制", "Ⅲ级", "支出按预算审批,月度报表报局长。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"局长": "leader", "副局长": "leader", "监测预报股股长": "middle",
             "震害防御股股长": "middle"}  # fmt: skip
    for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    _line(sh, "注:风险等级分为Ⅰ级(高)、Ⅱ级(中)、Ⅲ级(低)三个等级。", 7)
    return _layout(
        "earthquake_bureau_no_keshi",
        "http://www.gslz.gov.cn/zfxxgk/fdzdgknr/guihuagangyao/202205/t20220531_854863.html",
        "small 县地震局 岗位廉政风险点排查表 after the source's 县 防震减灾规划 (监测台网, 震害防御, 抗震设防, 应急物资, "
        "科普): NO 科室 column — 序号/岗位 (``局长``, ``副局长``, ``监测预报股股长``, ``震害防御股股长``, ``会计``, "
        "kept as written, department \"\") and 姓名 merged per person/风险点/风险类别 (short names)/``等级`` "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 注 under the table",
        [sh], t,
    )  # fmt: skip


def animal_disease_center_desc() -> dict:
    unit = "XX县动物疫病预防控制中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 14, 30, 8, 30, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "主要表现形式", "风险等级", "防控措施", "责任人")
    rows = [
        ("兽医实验室", "主任", "检测结果出具", "为养殖场出具虚假抗体检测报告", "高",
         "检测原始记录留存,报告双人签发。", "秦晓东"),
        ("兽医实验室", "检验员", "样品管理", "调换、遗弃送检样品", "中", "样品编号登记,交接签字。", "倪婉清"),
        ("疫情监测科", "科长", "强制免疫疫苗管理", "疫苗出入库数量不实,截留转卖", "高",
         "疫苗冷链台账逐级核对,空瓶回收。", "饶建业"),
        ("疫情监测科", "科长", "防疫补助发放", "村级防疫员补助虚报冒领", "中",
         "补助按考核结果发放,银行代发并公示。", "饶建业"),
        ("疫情监测科", "科员", "病死畜禽无害化处理核查", "核查走过场,虚报病死畜禽处理数量骗取补助", "中",
         "收集转运视频留档,数量三方确认。", "骆俊"),
        ("综合办公室", "主任", "物资采购", "消毒药品采购指定供应商", "低", "采购询价三家以上,结果公示。", "覃莉"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"主任": "middle", "科长": "middle"}
    for n, (dept, post, point, desc, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures, who)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    per_person = lambda row: (row[1], row[2], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (7, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年11月", None)
    return _layout(
        "animal_disease_center_desc", "http://www.hnyx.gov.cn/c25460/20241115/i2266880.html",
        "县动物疫病预防控制中心 廉政风险点排查表 after the source's account of a 县 畜牧水产事务中心's 秋防 (兽医实验室, "
        "疫苗管理, 防疫人员管理, 病死畜禽无害化处理): 序号/科室 merged (兽医实验室, 疫情监测科, 综合办公室)/岗位/a SHORT "
        "``风险点`` (``检测结果出具``) beside a long ``主要表现形式`` (the point is the short one)/风险等级 高/中/低/"
        "防控措施/a trailing ``责任人`` merged per person; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def overseas_chinese_federation_stars() -> dict:
    unit = "XX县归国华侨联合会"
    sh = _Sheet("一览表", [6, 16, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("党组书记、主席", "钟卫国", "侨界捐赠款物分配不经集体研究", "★★★", "捐赠款物分配经党组会研究,结果公示。"),
        ("党组书记、主席", "钟卫国", "接受侨商宴请、礼品", "★★", "外事接待按标准执行,礼品登记上交。"),
        ("专职副主席", "葛美玲", "困难归侨帮扶对象认定不公", "★★", "帮扶对象经村、乡、县三级审核公示。"),
        ("专职副主席", "葛美玲", "出国(境)联谊活动超标准、超范围", "★★★", "出访计划报县外事部门审批。"),
        ("办公室主任", "邢振宇", "办公经费报销把关不严", "★★", "报销实行经办、审核、审批三签。"),
        ("联络员", "应小琴", "侨情信息泄露", "★", "侨情数据专人管理,查阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"党组书记、主席": "leader", "专职副主席": "leader", "办公室主任": "middle"}
    for n, (post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, [], STARS[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    _line(sh, "注:★★★为高风险,★★为中风险,★为低风险。", 6)
    return _layout(
        "overseas_chinese_federation_stars",
        "https://www.newton.com.tw/wiki/%E6%96%87%E6%88%90%E7%B8%A3%E6%AD%B8%E5%9C%8B%E8%8F%AF%E5%83%91%E8%81%AF%E5%90%88%E6%9C%83/7658424",
        "县归国华侨联合会 (an 人民团体 of five 编制: 主席, 专职副主席) 岗位廉政风险防控一览表 after the source's page on a "
        "县侨联 (为侨服务, 维护侨益, 海外联谊, 侨胞捐资): NO 科室 column — 序号/``职务`` (``党组书记、主席``, ``专职副主席``, "
        "``办公室主任``, ``联络员``) and 姓名 merged per person/廉政风险点/风险等级 in STARS ``★★★/★★/★``/防控措施; "
        "a 注 ``★★★为高风险,★★为中风险,★为低风险`` under the table",
        [sh], t,
    )  # fmt: skip


def landscaping_office_group_rows() -> dict:
    unit = "XX县园林绿化管理所"
    sh = _Sheet("Sheet1", [6, 12, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控一览表", 7)
    sh.add(f"单位:{unit}", None, None, None, "时间:2024年3月", None, None)
    sh.merge(1, 0, 1, 3)
    sh.merge(1, 4, 1, 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、绿化养护组", "绿化养护组", [
            ("组长", "季鸿飞", "养护作业量虚报,多结算人工费", "岗位职责", "高", "养护作业量每月抽查,结算前复核。"),
            ("组长", "季鸿飞", "修剪下来的苗木、枝条私自变卖", "思想道德", "中", "苗木处置登记,收入上缴所财务。"),
            ("养护员", "冼明亮", "农药、肥料领用不登记", "制度机制", "低", "物资领用凭单,月底盘点。"),
        ]),
        ("二、工程管理组", "工程管理组", [
            ("组长", "尉迟军", "绿化工程苗木规格验收不实", "业务流程", "高", "苗木进场三方验收,拍照留档。"),
            ("技术员", "卞雪莹", "工程变更签证把关不严", "岗位职责", "中", "变更经所务会研究,监理签字。"),
        ]),
        ("三、办公室", "办公室", [
            ("主任", "雷国华", "绿地占用审批为熟人开绿灯", "外部环境", "中", "占用审批公开办理条件和结果。"),
        ]),
    ]  # fmt: skip
    tiers = {"组长": "middle", "主任": "middle"}
    n = 0
    for caption, dept, rows in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ),
                    HML[lv])  # fmt: skip
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    return _layout(
        "landscaping_office_group_rows", "http://6dgww.com/Article/13157822.html",
        "县园林绿化管理所 岗位廉政风险防控一览表 after the source's 园林绿化组 管理制度 of a 园林绿化管理所 (养护, 修剪, "
        "病虫害防治): a bare title, then ``单位:… | 时间:…`` (two merged cells); 序号/岗位 and 姓名 merged per person/"
        "风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; the 组 given ONLY by group rows ``一、绿化养护组``, "
        "``二、工程管理组``, ``三、办公室`` merged across the table; the 序号 runs on across the groups",
        [sh], t,
    )  # fmt: skip


def party_history_office_grades() -> dict:
    unit = "中共XX县委党史研究室"
    sh = _Sheet("风险防控", [6, 10, 10, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("室领导", "主任", "邵志远", "党史编纂出版项目印刷单位确定不公开", "高级", "印刷单位通过政府采购确定。"),
        ("室领导", "副主任", "韦海燕", "党史资料征集经费使用不规范", "中级", "征集经费专款专用,按季公示。"),
        ("办公室", "主任", "毛建军", "公务用车私用", "中级", "用车登记,车辆定位管理。"),
        ("办公室", "会计", "冯丽娟", "报账凭证审核不严", "低级", "凭证经主任审签,年终审计。"),
        ("业务科", "科长", "包文华", "撰稿中收受有关单位好处,拔高或回避史实", "中级",
         "稿件实行三审,审稿意见存档。"),
        ("业务科", "科员", "匡晓雨", "口述史采访劳务费虚报", "低级", "劳务费凭采访记录发放,银行转账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"主任": "leader", "副主任": "leader", "科长": "middle"}
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        tier = "middle" if (dept, post) == ("办公室", "主任") else tiers.get(post, "general")
        t.point(sh.name, dept, post, who, tier, point, [], GRADE_WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("单位负责人签字:", None, None, None, "填报时间:2024年7月", None, None)
    return _layout(
        "party_history_office_grades",
        "https://shandong-chorography.org/database/cg5/section/7/article/19/",
        "县委党史研究室 (a 正科级 事业单位 with 办公室 and 业务科, seven staff) 岗位廉政风险防控一览表 after the source's "
        "县志 entry on a 县委党史研究室 (党史资料的征集, 编纂, 出版, 宣传): 序号/科室 merged (``室领导`` for the 主任 and "
        "副主任, 办公室, 业务科)/岗位/姓名/廉政风险点/风险等级 ``高级/中级/低级``/防控措施; 单位负责人签字/填报时间 line",
        [sh], t,
    )  # fmt: skip


def soil_water_station_cards() -> dict:
    unit = "XX县水土保持工作站"
    t = _Truth(unit)
    people = [
        ("严志华", "监督股", "股长", "middle", [
            ("生产建设项目水土保持方案审查降低标准", "岗位职责", "高", "方案审查实行专家评审,结果公示。"),
            ("水土保持补偿费少征、缓征不按规定", "制度机制", "高", "补偿费征收标准公开,减免集体研究。"),
            ("监督检查中接受项目单位宴请", "思想道德", "中", "检查两人以上,签订廉洁承诺。"),
        ]),
        ("贝国栋", "综合治理股", "技术员", "general", [
            ("小流域治理工程量验收虚增", "业务流程", "高", "验收邀请乡镇、村组代表参加,资料存档。"),
            ("坡改梯补助对象核查不实", "岗位职责", "中", "补助对象公示,乡镇复核。"),
        ]),
        ("房丽萍", "财务室", "会计", "general", [
            ("治理项目资金拨付不按进度", "制度机制", "中", "拨付凭验收单和进度报表,站长审签。"),
            ("专项资金挤占挪用", "思想道德", "低", "专项资金单独核算,年度审计。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 34, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "所在股室", dept, None)
        sh.add("职务", post, "填卡时间", "2024年9月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "站长签字:", None, None)
        sheets.append(sh)
    return _layout(
        "soil_water_station_cards", "http://bbs.zajihe.com/thread-14610-1-1.html",
        "县水土保持工作站 岗位廉政风险防控卡, one per sheet (tab = the holder), after the source's account of a 县水土办's "
        "水土流失综合治理项目 (小流域, 坡耕地改造, 上级补助资金): the holder given ABOVE the table on two rows of pairs "
        "``姓名 | 严志华 | 所在股室 | 监督股`` and ``职务 | 股长 | 填卡时间 | 2024年9月``; 序号/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; 本人签字/站长签字 line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gov_service_center_tally_sheet(),
    county_party_office_gushi(),
    county_gov_office_leaders(),
    earthquake_bureau_no_keshi(),
    animal_disease_center_desc(),
    overseas_chinese_federation_stars(),
    landscaping_office_group_rows(),
    party_history_office_grades(),
    soil_water_station_cards(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch85-inbox"))

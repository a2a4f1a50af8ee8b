"""A hundred-and-thirteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 岗位廉政风险防控一览表,
排查表 and 清单 of county bodies no earlier batch used, as their staff type them: a 县委网信办, a 县慈善
总会, a 县计划生育协会, a 县交通运输工程质量安全监督站, a 县农村合作经济经营管理站, a 县工人文化宫, a 县
职工服务中心 and a 县互联网信息中心, every one a body of 邗江县:

- the 网信办's 清单 对岗不对人 (科室/岗位, no names) under ``附件3`` and a ``填报单位（盖章）：… | 填报日期：…``
  line, ``…风险`` types, 高/中/低;
- a 慈善总会 一览表, 部门 merged (会领导, 行政综合部, 项目管理部, 捐赠合作部), 岗位 and 姓名 merged per person,
  ``…风险`` types, levels ``一级/二级/三级``;
- a 计划生育协会 排查表 with NO 科室 column: the posts as written under 职务 (``常务副会长``, ``秘书长``,
  ``办公室主任``, ``会计``), 姓名, levels ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- a 交通运输工程质量安全监督站 排查表 with a ``工作环节`` column before the 风险点 and levels ``▲▲▲/▲▲/▲``
  read by a note under the table;
- a 农村合作经济经营管理站 防控表 whose headings carry their own choices: ``风险类别（思想道德、制度机制、
  岗位职责、业务流程、外部环境）`` and ``风险等级（高、中、低）``;
- a 工人文化宫 排查表 one sheet per 部室, the tab and the title naming the 部室
  (``邗江县工人文化宫培训部岗位廉政风险点排查表``), no 科室 column;
- a 互联网信息中心 一览表 with a long ``岗位职责`` merged per person beside the 风险点, no type column.

One is harder:

- ``staff_center_colon_holder``: a 职工服务中心 一览表 with no 科室, 岗位 or 姓名 column: one column
  ``责任岗位及责任人`` holding ``维权帮扶部部长：佴望舒`` (post as written, a full-width colon, the name),
  merged per person, and the level ticked ``√`` under ``高 | 中 | 低`` below a merged ``风险等级``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 县委网信办's 权责清单; a 慈善会's
秘书处 rules naming 行政综合部、项目管理部、捐赠合作部; a 计生协's 职能; a 交通质安中心's 廉洁工程; a
province's 农村集体经济审计 rules; a 区 工人文化宫 (小剧场, 培训教室); a 市职工服务中心 (综合部、技术交流部、
维权帮扶部); a 县互联网信息中心's 年度报告) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch113`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a list without a 科室 column keeps each post as written (``办公室主任``, ``维权帮扶部部长``) with
  department "";
- ``维权帮扶部部长：佴望舒`` in one ``责任岗位及责任人`` cell is the post ``维权帮扶部部长`` and its holder;
- a heading that lists the choices (``风险等级（高、中、低）``, ``风险类别（思想道德、…）``) is a heading, no
  point and no type; a 工作环节 is no risk point (the 风险点 beside it is);
- a 部室 named only by the sheet's tab and title is the 科室 of every post on that sheet;
- ``▲▲▲/▲▲/▲`` are 高/中/低 as the note under the table says;
- 主任/副主任 of an 办 or a 中心, 常务副会长 and 秘书长 of a 会, 站长/副站长 are leaders; 科长, 部长, 股长,
  办公室主任 and the 主任 of the 宫's 办公室 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b113_"
PLACE = "邗江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
TRIANGLES = {"▲▲▲": 1, "▲▲": 2, "▲": 3}
PER_PERSON = lambda row: row[1:4]  # noqa: E731


# --------------------------------------------------------------------------- harder layout


def staff_center_colon_holder() -> dict:
    unit = f"{PLACE}职工服务中心"
    sh = _Sheet("一览表", [6, 24, 34, 10, 5, 5, 5, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    h = sh.add("序号", "责任岗位及责任人", "风险点", "风险类型", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, "高", "中", "低", None)
    sh.merge(h, 4, h, 6)
    for c in (0, 1, 2, 3, 7):
        sh.merge(h, c, h + 1, c)
    rows = [
        ("主任", "逄砚池", "leader", "困难职工帮扶资金分配不经集体研究,个人说了算", "制度机制", "高",
         "帮扶资金分配方案经主任办公会集体研究,名单公示七天。"),
        ("主任", "逄砚池", "leader", "职工服务阵地改造项目指定施工单位", "岗位职责", "高",
         "改造项目按规定比选,合同经法律顾问审核。"),
        ("副主任", "隽星澜", "leader", "职工技能竞赛奖励名单把关不严", "岗位职责", "中",
         "竞赛成绩由评委现场签字,奖励名单公示。"),
        ("综合部部长", "禤澄宇", "middle", "接待、会议费用超标准列支", "制度机制", "中",
         "接待事前审批,费用凭清单报销并按季公开。"),
        ("维权帮扶部部长", "佴望舒", "middle", "困难职工建档审核不严,为不符合条件者建档", "岗位职责", "高",
         "建档材料入户核实,乡镇工会、村(社区)签字确认。"),
        ("维权帮扶部部长", "佴望舒", "middle", "法律援助律师指派优亲厚友", "思想道德", "低",
         "律师按名册轮流指派,指派情况登记备查。"),
        ("技术交流部干事", "羿清沅", "general", "职工培训签到弄虚作假,虚报培训人数", "业务流程", "低",
         "培训签到人脸识别,照片与名册一并归档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        ticks = ["√" if lv == x else None for x in "高中低"]
        sh.add(n, f"{post}：{who}", point, typ, *ticks, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, "审核人:", None, None, None, None, "2024年12月")
    return _layout(
        "staff_center_colon_holder", "https://bbs.syuan.com/forum.php?goto=nextoldset&mod=redirect&tid=2612970",
        "(harder) 县职工服务中心 岗位廉政风险防控一览表, after the source's account of a 市职工服务中心 under the 总工会 "
        "(综合部、技术交流部、维权帮扶部; 帮扶救助, 权益维护, 技术交流): NO 科室, 岗位 or 姓名 column — one column "
        "``责任岗位及责任人`` holding the post as written, a full-width colon and the name (``主任：逄砚池``, "
        "``维权帮扶部部长：佴望舒``), merged per person; 风险点/风险类型 (short names)/``风险等级`` merged over a "
        "second header row ``高 | 中 | 低`` with the level ticked ``√``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cyber_office_posts() -> dict:
    unit = f"中共{PLACE}委网络安全和信息化委员会办公室"
    sh = _Sheet("Sheet1", [6, 16, 10, 34, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, "填报日期：2024年10月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "网络安全和信息化项目资金安排不经集体研究", "制度机制风险", "高",
         "项目资金安排经办务会集体研究,会议纪要存档。"),
        ("办领导", "主任", "leader", "干预网络安全检查结果,为被检查单位说情", "思想道德风险", "中",
         "检查结果集体审定,领导干预过问登记报告。"),
        ("办领导", "副主任", "leader", "政务新媒体考评打分不公", "岗位职责风险", "低",
         "考评细则公开,打分由三人以上小组完成并公示。"),
        ("综合科", "科长", "middle", "办公设备和舆情监测服务采购不比价", "业务流程风险", "中",
         "采购三家以上比价,验收双人签字。"),
        ("网络安全协调科", "科长", "middle", "网络安全检查走过场,隐患不督促整改", "岗位职责风险", "高",
         "检查全程留痕,隐患整改销号管理。"),
        ("网络舆情管理科", "科员", "general", "泄露尚未公开的舆情信息,收受好处删帖", "外部环境风险", "高",
         "舆情信息分级报送,删帖处置须科长审批并登记。"),
        ("网络舆情管理科", "科员", "general", "舆情监测报告迟报、漏报", "岗位职责风险", "低",
         "实行舆情日报制度,每周抽查监测记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("主要负责人签字:", None, None, None, "填报人:", None, None)
    return _layout(
        "cyber_office_posts", "https://www.npbpp.com/news/jie-ma-xian-wei-wang-xin-ban-quan-ze-qing-dan-quan-jie-xi-wang-xin-zhi-li-xin-dong-xiang.html",
        "县委网信办 岗位廉政风险防控清单 对岗不对人, after the source's account of a 县委网信办's 权责清单 (网络内容管理, "
        "网络安全监管, 网络舆情引导): ``附件3``, the title, a ``填报单位（盖章）：… | 填报日期：…`` line, then 序号/科室 "
        "merged (办领导, 综合科, 网络安全协调科, 网络舆情管理科)/岗位 merged/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; 主要负责人签字/填报人 line",
        [sh], t,
    )  # fmt: skip


def charity_federation_grades() -> dict:
    unit = f"{PLACE}慈善总会"
    sh = _Sheet("一览表", [6, 12, 12, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("会领导", "常务副会长", "晏蘅芷", "leader", "慈善款物分配使用不经常务理事会研究", "制度机制风险", "一级",
         "款物分配方案经常务理事会集体研究,结果向社会公开。"),
        ("会领导", "常务副会长", "晏蘅芷", "leader", "违背捐赠人意愿改变定向捐赠用途", "岗位职责风险", "一级",
         "定向捐赠专账核算,使用情况向捐赠人反馈。"),
        ("会领导", "秘书长", "芈知秋", "leader", "慈善项目执行单位确定不公开", "岗位职责风险", "二级",
         "项目执行单位公开遴选,遴选结果公示。"),
        ("行政综合部", "部长", "谯晚亭", "middle", "会议、差旅费用虚列支出", "制度机制风险", "二级",
         "费用事前审批,凭据报销,按季公开收支。"),
        ("行政综合部", "会计", "揭素音", "general", "捐赠票据开具不规范,善款入账不及时", "业务流程风险", "一级",
         "善款当日登记,票据专人保管、领用核销。"),
        ("项目管理部", "项目专员", "郦曜文", "general", "救助对象审核把关不严,优亲厚友", "思想道德风险", "二级",
         "救助对象经乡镇、村(社区)核实,名单公示。"),
        ("捐赠合作部", "部长", "扈岚汐", "middle", "接受捐赠企业宴请,承诺冠名回报", "外部环境风险", "三级",
         "冠名回报按章程和协议办理,不得私下承诺。"),
        ("捐赠合作部", "部长", "扈岚汐", "middle", "物资捐赠验收登记不全,物资流失", "业务流程风险", "三级",
         "物资入库双人验收,出入库台账每月盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, PER_PERSON), (3, PER_PERSON)])
    sh.add()
    sh.add("填报人:", None, None, None, "审核人:", None, "2024年9月", None)
    return _layout(
        "charity_federation_grades", "http://pycs.org.cn/article-15370.html",
        "县慈善总会 岗位廉政风险点一览表, after the source's 秘书处 rules of a 区慈善会 (会长, 秘书长, 副秘书长; 秘书处 "
        "内设 行政综合部、项目管理部、捐赠合作部; 严格按规定使用管理各项资金): 序号/部门 merged (会领导 and the three "
        "部)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; 填报人/审核人/"
        "date",
        [sh], t,
    )  # fmt: skip


def fp_assoc_no_dept_column() -> dict:
    unit = f"{PLACE}计划生育协会"
    sh = _Sheet("排查表", [6, 14, 9, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("常务副会长", "浦芃羽", "leader", "生育关怀专项资金分配不经集体研究", "Ⅰ级",
         "资金分配方案经会长办公会研究,分配结果公示。"),
        ("常务副会长", "浦芃羽", "leader", "计生特殊家庭帮扶对象确定优亲厚友", "Ⅱ级",
         "帮扶对象由乡镇计生协初审、县计生协复核,名单公示。"),
        ("秘书长", "冼朗月", "leader", "优生优育宣传活动经费虚报冒领", "Ⅱ级",
         "活动方案事前报批,经费凭签到表、照片报销。"),
        ("办公室主任", "勾沛然", "middle", "公务接待超标准,借活动名义吃喝", "Ⅲ级",
         "接待实行公函和清单制度,每季度公开。"),
        ("办公室主任", "勾沛然", "middle", "会员发展统计数据弄虚作假", "Ⅲ级", "统计数据逐级核对,随机抽查入户。"),
        ("会计", "巩霁遥", "general", "帮扶资金发放不及时,截留挪用", "Ⅰ级",
         "帮扶资金通过银行卡直接发放,发放明细公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1:3]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("单位负责人:", None, None, "填表日期：2024年8月", None, None)
    return _layout(
        "fp_assoc_no_dept_column", "https://3g.kq36.com/25/c-51180",
        "县计划生育协会 岗位廉政风险排查表, after the source's 职能 of a 盟计划生育协会 (生育关怀行动, 困难计划生育家庭, "
        "群众性宣传教育, 会员): NO 科室 column — 序号/职务 (``常务副会长``, ``秘书长``, ``办公室主任``, ``会计``) and 姓名 "
        "merged per person/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; 单位负责人/填表日期 line",
        [sh], t,
    )  # fmt: skip


def traffic_quality_triangles() -> dict:
    unit = f"{PLACE}交通运输工程质量安全监督站"
    sh = _Sheet("排查表", [6, 12, 10, 9, 14, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "工作环节", "风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "靳泊舟", "leader", "监督计划", "监督检查项目和频次安排有倾向性", "▲▲▲",
         "年度监督计划经站务会研究,检查项目随机抽取。"),
        ("站领导", "副站长", "缪攸宁", "leader", "事故调查", "质量安全事故调查处理避重就轻", "▲▲▲",
         "事故调查组三人以上,处理意见集体研究。"),
        ("质量监督科", "科长", "旷岫白", "middle", "交工检测", "交工质量检测数据把关不严,为不合格工程出具合格意见", "▲▲▲",
         "检测委托第三方,数据与现场抽检比对。"),
        ("质量监督科", "监督员", "敖听澜", "general", "现场检查", "接受施工、监理单位宴请和礼品,降低检查标准", "▲▲",
         "现场检查两人以上,行前填写廉政承诺书。"),
        ("安全监督科", "科长", "牟鹤汀", "middle", "隐患整改", "对重大安全隐患不下达停工整改通知", "▲▲",
         "隐患整改闭环管理,整改结果复查留痕。"),
        ("安全监督科", "监督员", "蒉南乔", "general", "资料审查", "审查施工安全资料走过场", "▲",
         "资料审查清单化,审查意见签字存档。"),
        ("办公室", "会计", "麴岑遥", "general", "经费报销", "差旅费、检测费报销审核不严", "▲",
         "报销凭证三级审核,检测费按合同支付。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, step, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], TRIANGLES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, PER_PERSON), (3, PER_PERSON)])
    _line(sh, "注：风险等级▲▲▲为高风险，▲▲为中风险，▲为低风险。", 8)
    sh.add("站长签字:", None, None, None, "填报日期：2024年11月", None, None, None)
    return _layout(
        "traffic_quality_triangles", "https://www.21huayan.com/newsdetail?signid=49089794-fd0b-49f6-8aac-e5317b650afb",
        "县交通运输工程质量安全监督站 廉政风险点排查表, after the source's account of a 交通质安中心's 廉洁工程 (监督检查 "
        "行前廉政承诺书, 双向告知, 廉政风险防控制度, 廉政巡访): 序号/科室 merged (站领导, 质量监督科, 安全监督科, 办公室)/"
        "岗位 and 姓名 merged per person/a ``工作环节`` column (监督计划, 现场检查, 交工检测 …) BEFORE the 风险点/风险等级 "
        "``▲▲▲/▲▲/▲``/防控措施; no type column; a merged note ``注：风险等级▲▲▲为高风险，▲▲为中风险，▲为低风险。`` "
        "under the table; 站长签字/date line",
        [sh], t,
    )  # fmt: skip


def rural_economy_choice_headings() -> dict:
    unit = f"{PLACE}农村合作经济经营管理站"
    sh = _Sheet("防控表", [6, 12, 10, 9, 34, 18, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别（思想道德、制度机制、岗位职责、业务流程、外部环境）",
           "风险等级（高、中、低）", "防控措施")  # fmt: skip
    rows = [
        ("站领导", "站长", "揭朝岚", "leader", "农村集体经济审计发现的问题不移交、不处理", "岗位职责", "高",
         "审计发现问题清单化,移交处理情况站务会通报。"),
        ("站领导", "副站长", "谯慕禾", "leader", "土地承包经营纠纷仲裁偏袒一方", "思想道德", "中",
         "仲裁实行合议制,仲裁员回避制度落实到位。"),
        ("审计股", "股长", "芮听松", "middle", "村干部任期经济责任审计走过场,为其隐瞒问题", "岗位职责", "高",
         "审计组两人以上,审计报告集体审定后在村公开。"),
        ("审计股", "审计员", "禤晓汀", "general", "审计中接受村组宴请和礼品", "外部环境", "中",
         "审计纪律书面告知,审计期间就餐登记。"),
        ("经营管理股", "股长", "宓砚农", "middle", "农村集体资产资源发包、出租不公开竞价", "制度机制", "高",
         "集体资产资源交易一律进入农村产权交易平台。"),
        ("经营管理股", "科员", "邰稻香", "general", "农民负担监督检查不到位", "业务流程", "低",
         "建立监督卡制度,定期抽查入户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, PER_PERSON), (3, PER_PERSON)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年7月", None)
    return _layout(
        "rural_economy_choice_headings", "http://crsrw.com/falvzixun/77214.html",
        "县农村合作经济经营管理站 岗位廉政风险防控表, after the source's rules on 农村集体经济审计 (县乡农经管理机构 "
        "组织审计, 审计人员 实事求是、保守秘密): 序号/股室 merged (站领导, 审计股, 经营管理股)/岗位 and 姓名 merged per "
        "person/风险点/a type column whose HEADING lists the five choices ``风险类别（思想道德、制度机制、岗位职责、"
        "业务流程、外部环境）`` (short names below)/``风险等级（高、中、低）``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def workers_palace_dept_sheets() -> dict:
    unit = f"{PLACE}工人文化宫"
    t = _Truth(unit)
    parts = [
        ("办公室", [
            ("主任", "冶晴川", "middle", "文化宫维修改造工程不按规定比选", "制度机制", "高",
             "工程项目经宫务会研究,三家以上比选。"),
            ("会计", "谌望川", "general", "办公用品采购虚开发票,报销把关不严", "业务流程", "中",
             "采购定点比价,入库验收登记。"),
        ]),
        ("培训部", [
            ("部长", "殳晚枫", "middle", "职工培训班招生收费不入账", "制度机制", "高", "培训收费统一开票,收入每日缴存。"),
            ("培训教师", "隗芷汀", "general", "私自招收学员,课外有偿辅导", "思想道德", "低",
             "学员统一报名登记,教师签订廉洁承诺。"),
        ]),
        ("场馆部", [
            ("部长", "訾云舸", "middle", "小剧场、培训教室出租不按标准收费,人情减免", "岗位职责", "高",
             "出租价格公示,减免须主任审批。"),
            ("管理员", "郗墨耘", "general", "健身器材维修虚报冒领配件", "外部环境", "中", "维修配件领用登记,旧件交回。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, rows in parts:
        sh = _Sheet(dept, [6, 12, 9, 34, 10, 8, 34])
        _line(sh, f"{unit}{dept}岗位廉政风险点排查表", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("部室负责人:", None, None, None, "2024年10月", None, None)
        sheets.append(sh)
    return _layout(
        "workers_palace_dept_sheets", "http://www.Bjdch.gov.cn/mldc/whxx/bwqs/202008/t20200827_2975819.html",
        "县工人文化宫 岗位廉政风险点排查表, after the source's account of a 区工人文化宫 under the 区总工会 (小剧场, 多功能厅, "
        "培训教室, 职工兴趣班): ONE SHEET PER 部室, the tab the 部室 (办公室, 培训部, 场馆部) and each title naming it "
        "after the unit (``邗江县工人文化宫培训部岗位廉政风险点排查表``); no 科室 column — 序号/岗位/姓名/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; a ``部室负责人:`` line under each",
        sheets, t,
    )  # fmt: skip


def internet_center_duties() -> dict:
    unit = f"{PLACE}互联网信息中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 30, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "岗位名称", "姓名", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "巫镜澄", "leader", "主持中心全面工作,负责网络新闻宣传和舆情监测统筹。",
         "舆情监测服务外包项目指定服务商", "高", "外包项目按政府采购程序办理,合同集体审定。"),
        ("中心领导", "主任", "巫镜澄", "leader", "主持中心全面工作,负责网络新闻宣传和舆情监测统筹。",
         "新媒体平台推广经费使用不规范", "中", "推广经费预算管理,支出按季公开。"),
        ("网络宣传部", "部长", "衡语琛", "middle", "负责政务新媒体平台内容策划、采编和发布审核。",
         "收受企业好处发布商业软文", "高", "发布实行三审三校,商业合作一律禁止。"),
        ("网络宣传部", "编辑", "庹知微", "general", "负责稿件编辑、图片处理和平台日常更新。",
         "稿酬、通讯员补贴虚报冒领", "低", "稿酬按篇登记,发放名单公示。"),
        ("舆情监测部", "部长", "阙沐辰", "middle", "负责全县网络舆情监测、研判和报送。",
         "为涉事单位隐瞒、压报舆情", "高", "舆情按规定时限报送,报送记录留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per), (3, per), (4, per)])
    sh.add()
    sh.add("单位负责人:", None, None, None, "填表人:", None, "2024年6月", None)
    return _layout(
        "internet_center_duties", "http://www.sxbb.gov.cn/site-sxdjgl/yearlyReport_view/213775",
        "县互联网信息中心 岗位廉政风险点一览表, after the source's 年度报告 of a 县互联网信息中心 (举办单位 县委宣传部; "
        "网络新闻宣传, 政务新媒体, 网络舆情信息): 序号/部门 merged (中心领导, 网络宣传部, 舆情监测部)/岗位名称, 姓名 and a "
        "long ``岗位职责`` merged per person/风险点/风险等级 高/中/低/防控措施; no type column; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    staff_center_colon_holder(),
    cyber_office_posts(),
    charity_federation_grades(),
    fp_assoc_no_dept_column(),
    traffic_quality_triangles(),
    rural_economy_choice_headings(),
    workers_palace_dept_sheets(),
    internet_center_duties(),
]

RESAVED: tuple[str, ...] = ()  # no re-saved copies in this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch113-inbox"))

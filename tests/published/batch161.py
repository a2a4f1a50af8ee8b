"""A hundred-and-sixty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — 县委部门, 人大, 群团 and 事业单位 of
丹棱县 seldom or never used before: the 县委编办, the 人大常委会机关, the 县委政法委, the 文联, the 县委党校,
the 县委老干部局, the 县博物馆, the 防震减灾服务中心, the 工商联 and the 计划生育协会 — each handing back its
ordinary 一览表, 排查表, 清单 or personal 自查表 the way its staff typed it (no re-saved copies):

- the 编办's 一览表 under ``附件2`` and a ``填报单位（盖章）：… | 填报时间：…`` line, 股室 merged, 岗位 and
  姓名 merged per person, the two-character names PADDED to three with a full-width space
  (``郤　岚``, ``眭　琰``, ``甯　柘``) as offices align a 姓名 column, ``…风险`` types, 高/中/低;
- the 人大常委会机关's 清单 对岗不对人 whose 科室 column is headed ``内设机构`` and holds the 办事机构 and the
  工作机构 (办公室, 研究室, ``选举任免联络工作委员会``, ``财政经济工作委员会``, ``法制工作委员会``), a
  ``主要职责`` merged per post, 一级/二级/三级 and a trailing ``责任领导`` of roles (``分管副主任``);
- the 政法委's 排查表 under a GROUPED two-row header — ``岗位信息`` over 科室/岗位/姓名, ``风险信息`` over
  风险点/风险类型/风险等级, ``防控措施`` and ``监督责任人`` merged down — Ⅰ级/Ⅱ级/Ⅲ级, and the
  监督责任人 the leaders' names (one of them, a 副书记, holding no row);
- the 文联's 一览表 with NO 科室 column (岗位/姓名/主要职责), ``党组书记、主席`` and ``副主席兼秘书长`` one
  post each, no type column;
- the 县委党校's 一览表 whose ``风险类型（代码）`` column holds LETTERS (``C``, ``B``, ``A``) that a
  ``填表说明`` line above the header maps to the five types (``A—思想道德风险，B—制度机制风险，…``) —
  the shape this batch adds to what the README describes: types written as a template's codes;
- the 老干部局's 一览表 with the holder under ``责任人`` as the LAST column (after 防控措施), its
  活动中心 and 老年大学 among the 科室, ``高风险/中风险/低风险``;
- the 博物馆's 排查表 whose ``风险等级`` is split into ``高 | 中 | 低`` sub-columns ticked ``√``;
- the 工商联's 排查表 with ``姓名`` BEFORE ``职务`` and a ``分管（负责）工作`` column, levels only
  ``较高/一般/较低``;
- the 计划生育协会's personal 自查表 one per sheet (tabs the posts), ``姓名 | … | 性别 | … | 职务 | …`` and
  ``所在部门 | … | 填表时间 | …`` above the table and a ``自查情况`` column.

One is harder:

- ``quake_center_direct_and_leader``: a 防震减灾服务中心 清单 whose ``责任人`` cell (merged per post) names
  TWO people with labels, one a line — ``直接责任人：莘知微⏎领导责任人：庹岩松`` — the post's holder and
  the leader who answers for it above him (who holds rows of his own as 副主任); the 主任's cell names
  only ``直接责任人：贡澈川``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 编办's account of 机构编制实名制
管理; a 县人大's 代表活动经费管理办法 (办公室, 选举任免联络工作委员会); a 县委政法委's visit to a town's
网格中心 (综治中心); a 县文联's 主要职责 (协会的社团登记、年审换届, 表彰奖励); a 县志's 县委党校 (办公室、
教研室、教务科、财务科、总务科); a 市委老干部局's 老干部活动中心 and 老年大学; a 县志's 文管所博物馆
(陈列、值班、贮藏); a 县地震局's 宽频带监测台站 project; a 县工商联's visits to 乡镇商会; a 县计划生育协会's
``五关怀``) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented; every unit is a body of 丹棱县.

Run ``python tests/published/score.py --set batch161`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b161_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``郤　岚`` (a full-width space padding a two-character name) is 郤岚;
- the 人大常委会机关's 工作委员会 (``选举任免联络工作委员会`` …) are 科室 of the 机关, as its 办公室 and
  研究室 are; ``责任领导`` roles hold nothing;
- under a grouped header the sub-headings name the columns; the ``监督责任人`` names watch and hold no
  form by that column (the 书记 and the 常务副书记 hold forms through their own rows);
- ``党组书记、主席`` and ``副主席兼秘书长`` are one post each, kept as written;
- a ``风险类型（代码）`` letter is the type the 填表说明 gives it (``C`` 岗位职责); the letters are no level;
- a 县委老干部局's 老干部活动中心 and 老年大学 are its 科室 here (the table's 科室 column names them);
- ``较高/一般/较低`` are Ⅰ/Ⅱ/Ⅲ (the README's three-step scale);
- ``直接责任人：X⏎领导责任人：Y`` under 责任人 names ONE holder, the 直接责任人 X; Y answers for the post
  as a leader and holds none of its points (his own points are those of his own rows);
- ``自查情况`` (``无此类问题``) and the 性别 are no point and no holder; ``所在部门 | 协会领导`` gives the
  leaders' 科室 as written (as ``所领导``, ``镇领导`` in earlier batches' 科室 columns);
- 主任/副主任 of the 编办 and of the 防震减灾服务中心, 书记/常务副书记 of the 政法委, the 文联's 主席 and
  副主席, the 党校's 常务副校长/副校长, 局长/副局长, 馆长/副馆长, the 工商联's 常务副主席/副主席, the
  计生协's 常务副会长 and 秘书长 are leaders; 股长, 科长, 主任 of a 科室/室/部/中心/委员会 inside the
  unit and 办公室主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b161_"
PLACE = "丹棱县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
CODES = {"A": "思想道德", "B": "制度机制", "C": "岗位职责", "D": "业务流程", "E": "外部环境"}
PAD = "\u3000"  # the full-width space that pads a two-character name to three


def _padded(name: str) -> str:
    """A two-character name as offices align it in a 姓名 column: ``郤　岚``."""
    return f"{name[0]}{PAD}{name[1]}" if len(name) == 2 else name


# --------------------------------------------------------------------------- harder layout


def quake_center_direct_and_leader() -> dict:
    unit = f"{PLACE}防震减灾服务中心"
    sh = _Sheet("清单", [6, 12, 10, 32, 10, 8, 32, 22])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    posts = [
        ("中心领导", "主任", "贡澈川", None, "leader", [
            ("地震监测台站建设项目不经中心班子集体研究即确定施工单位", "制度机制", "高",
             "台站项目按限额招标或比选,班子会研究并留存纪要。"),
            ("防震减灾专项资金安排随意,挤占挪用", "岗位职责", "中", "专项资金专款专用,年度使用情况报县财政局备案。"),
        ]),
        ("中心领导", "副主任", "庹岩松", "贡澈川", "leader", [
            ("监测设备采购指定品牌或供应商", "业务流程", "高", "设备采购按政府采购程序办理,验收三人以上签字。"),
        ]),
        ("监测预报股", "股长", "莘知微", "庹岩松", "middle", [
            ("台站选址、征地协调中接受请托,选址随意变更", "外部环境", "中",
             "选址方案经专家论证,变更须报中心班子研究。"),
            ("地震观测数据报送不及时、人为修改", "岗位职责", "低", "观测数据自动上传,异常数据留痕备查。"),
        ]),
        ("震害防御股", "股长", "仉砺锋", "庹岩松", "middle", [
            ("防震减灾科普示范学校、示范社区评选把关不严", "思想道德", "中",
             "评选标准公开,实地核查,评选结果公示。"),
        ]),
        ("综合股", "会计", "邴若岫", "贡澈川", "general", [
            ("应急演练、科普宣传经费报销凭证不全,虚列支出", "制度机制", "中",
             "报销凭活动方案、签到表、照片和发票,实行双签。"),
            ("台站维护费支付与维护记录不符", "业务流程", "低", "维护费凭维护单、验收单支付,每季度对账。"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for dept, post, who, leader, tier, points in posts:
        cell = f"直接责任人：{who}" + (f"\n领导责任人：{leader}" if leader else "")
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, typ, lv, measures, cell)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (7, lambda row: row[7])])
    _line(
        sh,
        "说明：风险类型分思想道德、制度机制、岗位职责、业务流程、外部环境五类；风险等级分高、中、低三级。",
        8,
    )
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年10月", None)
    return _layout(
        "quake_center_direct_and_leader", "https://www.hhpb.gov.cn/info/1111/522891.htm",
        "(harder) 县防震减灾服务中心 岗位廉政风险防控清单 after the source's report on a 县地震局's 地震宽频带监测台站 "
        "project (选址 in two places, 协调 with 自然资源 and 林草 bureaus, 项目投资概算, 督促施工单位): 序号/股室 merged "
        "(中心领导, 监测预报股, 震害防御股, 综合股)/岗位 merged per post/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施/``责任人`` LAST, merged per post, naming TWO people with labels one a line — "
        "``直接责任人：莘知微⏎领导责任人：庹岩松`` (the 副主任 庹岩松 holds his own rows above), the 主任's cell only "
        "``直接责任人：贡澈川``; a 说明 line naming the five types and the three levels; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def staffing_office_padded_names() -> dict:
    unit = f"中共{PLACE}委机构编制委员会办公室"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 32, 14, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报时间：2024年9月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "谯敬衡", "机构编制事项调整不经编委会集体研究,个人说了算", "制度机制风险", "高",
         "机构编制事项一律提交编委会研究,会议纪要存档。", "leader"),
        ("办领导", "主任", "谯敬衡", "领导职数核定突破规定,为关系单位超职数配备", "岗位职责风险", "高",
         "领导职数核定对照三定规定逐项审核,核定结果在系统内公开。", "leader"),
        ("办领导", "副主任", "郤岚", "事业单位法人登记、年度报告审查把关不严", "岗位职责风险", "中",
         "登记材料两人审查,年度报告随机抽查不少于20%。", "leader"),
        ("机构编制股", "股长", "宓思弈", "编制使用核准（上编）审核不严,为不符合条件人员办理入编", "岗位职责风险", "高",
         "上编凭录用审批表、调动审批表等要件办理,空编核准单编号管理。", "middle"),
        ("机构编制股", "股长", "宓思弈", "实名制数据库人员信息变更不及时,在编人员与实有人员不符", "业务流程风险", "中",
         "落实变动即更新,每季度与组织、人社、财政数据比对。", "middle"),
        ("监督检查股", "科员", "甯柘", "机构编制监督检查中发现超编进人不报告,接受被检查单位宴请", "外部环境风险", "中",
         "检查两人以上进行,问题清单报办务会审定。", "general"),
        ("综合股", "会计", "眭琰", "办公经费报销票据审核不严,虚列会议、培训费用", "制度机制风险", "低",
         "报销凭会议通知、签到表和发票,实行经办、审核、审批三签。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, _padded(who), point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：", None, None, "2024年9月", None)
    return _layout(
        "staffing_office_padded_names",
        "http://chengguan.gsjgbz.gov.cn/cgq_zdzt/cgq_tjsmz/201412/t20141202_81038.html",
        "县委编办 岗位廉政风险防控一览表 after the source's account of 机构编制实名制管理 (定编定岗到人, 编制性质、编制数额、"
        "领导职数, 实有人员与核定编制一一对应): ``附件2``, the title, ``填报单位（盖章）：… | 填报时间：2024年9月``; "
        "序号/股室 merged (办领导, 机构编制股, 监督检查股, 综合股)/岗位 and 姓名 merged per person — the two-character "
        "names PADDED with a full-width space (``郤　岚``, ``甯　柘``, ``眭　琰``) beside ``谯敬衡``, ``宓思弈``/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def npc_organs_committees() -> dict:
    unit = f"{PLACE}人大常委会机关"
    sh = _Sheet("清单", [6, 14, 8, 22, 30, 8, 30, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "内设机构", "岗位", "主要职责", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("办公室", "主任", "负责机关日常运转、会务、财务和代表活动经费管理", "middle",
         "代表活动经费不按活动方案和开支计划报批,挤占挪用", "一级",
         "代表活动经费专款专用,年末书面报告使用情况并接受审计。", "常务副主任"),
        ("办公室", "主任", "负责机关日常运转、会务、财务和代表活动经费管理", "middle",
         "常委会会议、视察活动用车和接待超标准", "二级", "用车和接待先审批后安排,接待清单按季度公开。", "常务副主任"),
        ("办公室", "会计", "负责机关财务核算和代表误工补贴发放", "general",
         "无固定收入代表误工补贴不核实出勤,虚报冒领", "二级", "误工补贴凭活动签到表发放,发放名单公示。", "常务副主任"),
        ("研究室", "主任", "负责调研、文稿起草和信息工作", "middle",
         "调研经费虚列,调研报告数据失实", "三级", "调研经费按方案据实报销,调研数据注明来源。", "分管副主任"),
        ("选举任免联络工作委员会", "主任", "负责选举、任免和代表联络工作", "middle",
         "任免事项材料审查把关不严,为拟任人员打招呼", "二级", "任免材料两人审查,拟任人员法律知识考试结果存档。",
         "分管副主任"),
        ("选举任免联络工作委员会", "主任", "负责选举、任免和代表联络工作", "middle",
         "代表联络站活动经费分配不公开,向关系乡镇倾斜", "三级", "联络站经费按活动计划分配,分配结果公开。",
         "分管副主任"),
        ("财政经济工作委员会", "主任", "负责预算审查监督和国有资产管理情况监督", "middle",
         "预算审查中接受部门请托,审查意见降低标准", "一级", "审查意见集体研究,重大事项提请主任会议审议。",
         "分管副主任"),
        ("法制工作委员会", "主任", "负责执法检查和规范性文件备案审查", "middle",
         "执法检查走过场,接受被检查单位宴请", "二级", "执法检查报告如实反映问题,严禁接受被检查单位宴请。",
         "分管副主任"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, tier, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (3, per_post)])
    sh.add()
    sh.add("编制：机关办公室", None, None, "审核：", None, None, "2024年10月", None)
    return _layout(
        "npc_organs_committees", "http://meijinye.com/48427.html",
        "县人大常委会机关 岗位廉政风险防控清单 对岗不对人 after the source's account of a 县人大代表活动经费管理办法 (日常履职、"
        "学习培训、视察调研、执法检查; 误工费; 每年末向常委会办公室、选举任免联络工作委员会报告, 接受审计): 序号/the 科室 "
        "column headed ``内设机构`` merged — the 办事机构 (办公室, 研究室) AND the 工作机构 (``选举任免联络工作委员会``, "
        "``财政经济工作委员会``, ``法制工作委员会``)/岗位 and ``主要职责`` merged per post (no names anywhere)/廉政风险点/"
        "风险等级 一级/二级/三级/防控措施/a trailing ``责任领导`` of roles (常务副主任, 分管副主任); no type column; "
        "编制/审核/date",
        [sh], t,
    )  # fmt: skip


def politics_law_grouped_header() -> dict:
    unit = f"中共{PLACE}委政法委员会"
    sh = _Sheet("排查表", [6, 12, 12, 9, 32, 10, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 9)
    r = sh.add("序号", "岗位信息", None, None, "风险信息", None, None, "防控措施", "监督责任人")
    sh.add(None, "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", None, None)
    sh.merge(r, 0, r + 1, 0)
    sh.merge(r, 1, r, 3)
    sh.merge(r, 4, r, 6)
    sh.merge(r, 7, r + 1, 7)
    sh.merge(r, 8, r + 1, 8)
    rows = [
        ("委领导", "书记", "禚峻崧", "政法系统重大事项、大额经费安排不经委务会集体研究", "制度机制", "Ⅰ级",
         "严格执行“三重一大”制度,委务会研究并留存纪要。", "/", "leader"),
        ("委领导", "书记", "禚峻崧", "过问、干预政法机关具体案件办理", "思想道德", "Ⅰ级",
         "严格执行领导干部干预司法活动记录、通报和责任追究规定。", "/", "leader"),
        ("委领导", "常务副书记", "訾沛岚", "平安建设考评打分不客观,为关系乡镇加分", "岗位职责", "Ⅱ级",
         "考评细则公开,考评结果委务会审定后通报。", "禚峻崧", "leader"),
        ("办公室", "主任", "蹇知秋", "综治维稳专项经费报销审核不严,虚列支出", "制度机制", "Ⅱ级",
         "专项经费凭活动方案和票据报销,实行双签。", "訾沛岚", "middle"),
        ("执法监督室", "主任", "郇朗清", "执法监督案件评查走过场,对问题案件不报告", "岗位职责", "Ⅰ级",
         "评查案件随机抽取,评查意见集体研究。", "訾沛岚", "middle"),
        ("执法监督室", "主任", "郇朗清", "涉法涉诉信访案件交办督办中接受当事人请托", "外部环境", "Ⅱ级",
         "交办督办全程登记,督办结果向委务会报告。", "訾沛岚", "middle"),
        ("综治中心", "主任", "羿澄远", "网格员补贴发放、网格化平台运维服务采购把关不严", "业务流程", "Ⅱ级",
         "网格员补贴按考核结果发放,运维服务按政府采购程序确定。", "寻子衿", "middle"),
        ("综治中心", "科员", "乜雪砚", "矛盾纠纷排查台账造假,应付检查", "岗位职责", "Ⅲ级",
         "台账数据与网格化平台比对,每月抽查。", "寻子衿", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, watcher, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, f"{typ}风险", lv, measures, watcher)
        t.point(sh.name, dept, post, who, tier, point, [typ], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (8, lambda row: (row[1], row[8]))])  # fmt: skip
    sh.add()
    sh.add("填报单位（盖章）：", None, None, "分管领导：", None, None, "2024年8月", None, None)
    return _layout(
        "politics_law_grouped_header", "http://www.dhzfw.gov.cn/zhengfayaowen/2020-10-12/5290.html",
        "县委政法委 岗位廉政风险排查表 after the source's report of a 县委政法委 and 县委编办 visit to a town's 网格中心 "
        "(综治中心; 县委政法委副书记 who heads the 县综治中心; 网格化管理, 矛盾纠纷调处): a GROUPED two-row header — "
        "``序号`` merged down, ``岗位信息`` merged over 科室/岗位/姓名, ``风险信息`` merged over 风险点/风险类型/风险等级, "
        "``防控措施`` and ``监督责任人`` merged down; 科室 merged (委领导, 办公室, 执法监督室, 综治中心), 岗位 and 姓名 "
        "merged per person; types ``…风险``, levels Ⅰ级/Ⅱ级/Ⅲ级; the 监督责任人 names (``/`` beside the 书记; the 书记, "
        "the 常务副书记, and 寻子衿 — a 副书记 who holds no row) merged per 科室; 填报单位（盖章）/分管领导/date",
        [sh], t,
    )  # fmt: skip


def literary_federation_no_dept() -> dict:
    unit = f"{PLACE}文学艺术界联合会"
    sh = _Sheet("一览表", [6, 14, 9, 24, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "主要职责", "风险点", "风险等级", "防控措施")
    people = [
        ("党组书记、主席", "凤听澜", "leader", "主持全面工作,负责文艺创作扶持奖励和重大活动", [
            ("文艺创作扶持奖励资金分配不经党组会研究", "高", "扶持奖励项目经评审委员会评审、党组会研究,结果公示。"),
            ("重大文艺活动承办单位确定不公开", "中", "承办单位比选确定,活动经费据实结算。"),
        ]),
        ("副主席兼秘书长", "庾书砚", "leader", "负责所属文艺家协会的指导管理和机关日常工作", [
            ("所属协会社团登记、年审换届把关不严,为不符合条件的协会出具意见", "中",
             "协会年审材料两人审核,换届方案报党组会审定。"),
            ("优秀文艺作品评奖中优亲厚友", "高", "评委随机抽取,评审结果公示七日。"),
        ]),
        ("办公室主任", "苌若溪", "middle", "负责文稿、会务、书刊出版和资产管理", [
            ("文艺书刊出版印刷单位指定,印数虚报", "中", "印刷单位比价确定,印数与入库单核对。"),
            ("办公用品采购不比价,验收走过场", "低", "采购三家以上询价,验收双人签字。"),
        ]),
        ("会计", "蒉映雪", "general", "负责财务核算和活动经费报账", [
            ("文艺活动经费报销凭证不全,虚列劳务费", "中", "劳务费凭签收单和身份证明发放,实行双签。"),
        ]),
        ("干事", "糜知遥", "general", "负责文艺家信息库和采风活动组织", [
            ("采风活动人员名单虚增,虚报食宿费用", "低", "采风名单事前审批,食宿费用凭签到表报销。"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for post, who, tier, duty, points in people:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(c, per_person) for c in (1, 2, 3)])
    sh.add()
    sh.add("填表人：苌若溪", None, None, "审核人：凤听澜", None, "2024年7月", None)
    return _layout(
        "literary_federation_no_dept",
        "https://newton.com.tw/wiki/%E6%B7%B3%E5%8C%96%E7%B8%A3%E6%96%87%E5%AD%B8%E8%97%9D%E8%A1%93"
        "%E7%95%8C%E8%81%AF%E5%90%88%E6%9C%83",
        "县文学艺术界联合会 岗位廉政风险点一览表 after the source's account of a 县文联's 主要职责 (团结文艺工作者, 表彰和"
        "奖励优秀创作, 规划书刊出版, 联系指导所属文艺家协会: 社团登记、年审换届): NO 科室 column — 序号/岗位/姓名/"
        "``主要职责`` (the three merged per person; ``党组书记、主席`` and ``副主席兼秘书长`` one post each, "
        "``办公室主任`` written whole)/风险点/风险等级 高/中/低/防控措施; no type column; 填表人/审核人 (both holders)/date",
        [sh], t,
    )  # fmt: skip


def party_school_type_codes() -> dict:
    unit = f"中共{PLACE}委党校"
    sh = _Sheet("一览表", [6, 10, 10, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, "填表说明：1.风险类型填写代码：A—思想道德风险，B—制度机制风险，C—岗位职责风险，D—业务流程风险，"
              "E—外部环境风险；2.风险等级分高、中、低三级。", 8)  # fmt: skip
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型（代码）", "风险等级", "防控措施")
    rows = [
        ("校领导", "常务副校长", "郈鹤鸣", "校舍维修改造、教学设备采购不经校务会集体研究", "B", "高",
         "维修采购项目校务会集体研究,按规定招标或比选。", "leader"),
        ("校领导", "常务副校长", "郈鹤鸣", "主体班次学员考勤、结业考核把关不严,为关系学员开绿灯", "A", "中",
         "考勤刷脸记录,结业考核成绩公示。", "leader"),
        ("校领导", "副校长", "斛青崖", "外聘教师选聘、课酬标准确定随意", "C", "中",
         "外聘教师经校务会研究,课酬按标准执行并公示。", "leader"),
        ("教务科", "科长", "隽予淮", "培训班教材、学习资料征订中收受回扣", "E", "高",
         "教材征订按目录集体确定,严禁接受供应商好处。", "middle"),
        ("教研室", "主任", "鄞霁华", "科研课题经费使用不规范,虚列调研、资料费", "D", "中",
         "课题经费按预算使用,报销凭课题负责人和科室负责人双签。", "middle"),
        ("财务科", "会计", "寸心怡", "培训费收取不开票、收入不入账", "B", "高",
         "培训费统一对公收取,票据领用核销登记。", "general"),
        ("总务科", "科长", "夔远帆", "学员食堂食材采购以次充好、数量虚报", "C", "中",
         "食材定点采购,验收双人签字,每月公示采购明细。", "middle"),
        ("总务科", "科长", "夔远帆", "学员宿舍、会议室对外接待收入不入账", "D", "低",
         "对外接待收入开具票据,当日交财务科入账。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, code, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, code, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [CODES[code]], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年9月", None)
    return _layout(
        "party_school_type_codes", "https://shandong-chorography.org/database/c16/section/1/article/36/",
        "县委党校 岗位廉政风险防控一览表 after the source's 县志 account of a 县委党校 (办公室、教研室、教务科、财务科、"
        "总务科; 教学楼 and 宿舍, 食宿, 教师's papers): the title, then a merged ``填表说明：1.风险类型填写代码：A—思想道德"
        "风险，B—制度机制风险，C—岗位职责风险，D—业务流程风险，E—外部环境风险；2.风险等级分高、中、低三级。`` ABOVE "
        "the header; 序号/科室 merged (校领导, 教务科, 教研室, 财务科, 总务科)/岗位 and 姓名 merged per person/风险点/"
        "``风险类型（代码）`` holding only the LETTERS (``B``, ``A``, ``C``, ``E``, ``D``)/风险等级 高/中/低/防控措施; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def veteran_cadres_holder_last() -> dict:
    unit = f"中共{PLACE}委老干部局"
    sh = _Sheet("一览表", [6, 14, 10, 32, 14, 9, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("局领导", "局长", "淦修远", "离退休干部活动经费、困难补助资金分配不经局务会研究", "制度机制风险", "高风险",
         "资金分配方案局务会集体研究,补助名单公示。", "leader"),
        ("局领导", "副局长", "泮云舒", "走访慰问物品采购指定供应商,慰问名单虚增", "业务流程风险", "中风险",
         "慰问物品比价采购,慰问名单与签收单核对。", "leader"),
        ("离退休干部服务科", "科长", "汝青禾", "离退休干部生活补贴、遗属补助审核把关不严", "岗位职责风险", "高风险",
         "补贴补助材料两人审核,发放名单按季度公示。", "middle"),
        ("离退休干部服务科", "科长", "汝青禾", "健康体检定点医院确定不公开,体检人数虚报", "外部环境风险", "中风险",
         "定点医院比选确定,体检人数凭签到表结算。", "middle"),
        ("老干部活动中心", "主任", "肇星野", "活动中心场地对外出租,租金收入不入账", "制度机制风险", "中风险",
         "场地出租报局务会审批,租金统一缴入财政专户。", "middle"),
        ("老干部活动中心", "主任", "肇星野", "文体活动器材采购验收不严,以次充好", "岗位职责风险", "低风险",
         "器材采购三家以上询价,验收由使用人员代表参加。", "middle"),
        ("老年大学", "教务员", "续晓岚", "学员学费收取不开票,课酬发放与课时不符", "业务流程风险", "中风险",
         "学费统一开具票据,课酬按教务记录核发。", "general"),
        ("老年大学", "教务员", "续晓岚", "优秀学员、优秀班级评选不公开", "思想道德风险", "低风险",
         "评选条件和结果在校内公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    per_person = lambda row: (row[1], row[2], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (7, per_person)])
    sh.add()
    sh.add("填报人：", None, None, "局长签字：", None, "2024年11月", None, None)
    return _layout(
        "veteran_cadres_holder_last", "https://www.ppdoc.com/periodical/0e694ecaa1e6d0e85e1e6acbf93d9347.html",
        "县委老干部局 岗位廉政风险防控一览表 after the source's account of a 市委老干部局's 老干部活动中心 (活动项目, 活动"
        "场所) and 老年大学 (课程, 教学班, 辅导站): 序号/科室 merged (局领导, 离退休干部服务科, ``老干部活动中心``, "
        "``老年大学``)/岗位/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施/the holder under "
        "``责任人`` as the LAST column, merged per person with 岗位; 填报人/局长签字/date",
        [sh], t,
    )  # fmt: skip


def museum_ticked_levels() -> dict:
    unit = f"{PLACE}博物馆"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 5, 5, 5, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    r = sh.add("序号", "部室", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 7)
    rows = [
        ("馆领导", "馆长", "竺岳川", "文物征集定价不经鉴定委员会集体研究,高价收购关系人藏品", "高",
         "征集文物经专家鉴定、馆务会研究,价格评估报文旅局备案。", "leader"),
        ("馆领导", "馆长", "竺岳川", "基本陈列改造项目化整为零规避招标", "高", "展陈项目按限额招标,结算送财政评审。", "leader"),
        ("馆领导", "副馆长", "荀霁言", "馆藏文物借展、调拨手续不全", "中", "借展调拨报省文物行政部门批准,出入库双人点交。",
         "leader"),
        ("保管部", "保管员", "禄沐白", "藏品出入库登记不清,账物不符", "高", "藏品账、物、卡定期核对,出入库视频留存。",
         "general"),
        ("陈列展览部", "主任", "仰逸尘", "临时展览合作方选择不公开,收受合作方好处", "中", "合作方比选确定,签订廉洁协议。",
         "middle"),
        ("安全保卫部", "主任", "弘望舒", "安防、消防系统维保单位指定,维保记录造假", "中", "维保单位比选确定,维保记录每月抽查。",
         "middle"),
        ("办公室", "出纳", "寿婉清", "社教活动、讲解服务收入不入账", "低", "收入统一开票,当日交存银行。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        ticks = ["√" if lv == k else None for k in ("高", "中", "低")]
        sh.add(n, dept, post, who, point, *ticks, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "馆长签字：", None, None, None, "2024年6月", None)
    return _layout(
        "museum_ticked_levels", "https://cdn.zuxun100.com/index/article/difangzhi/info/16331/fz_id/15732",
        "县博物馆 廉政风险点排查表 after the source's 县志 account of a 文物管理所 and its 博物馆 (文物普查, 征集出土文物及"
        "流散文物; 陈列、值班、贮藏 rooms, 防盗、防火 facilities, 馆藏文物): a two-row header — 序号/部室/岗位/姓名/风险点/"
        "防控措施 merged down, ``风险等级`` merged over ``高 | 中 | 低`` sub-columns; each row ticks ONE of them with ``√``; "
        "部室 merged (馆领导, 保管部, 陈列展览部, 安全保卫部, 办公室), 岗位 and 姓名 merged per person; no type column; "
        "填表人/馆长签字/date",
        [sh], t,
    )  # fmt: skip


def commerce_federation_name_first() -> dict:
    unit = f"{PLACE}工商业联合会"
    sh = _Sheet("排查表", [6, 12, 9, 14, 20, 30, 10, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}（总商会）廉政风险点排查表", 9)
    sh.add("序号", "部门", "姓名", "职务", "分管（负责）工作", "风险点", "风险类别", "风险等级",
           "防控措施")  # fmt: skip
    rows = [
        ("机关领导", "酆知行", "党组书记、常务副主席", "主持机关全面工作", "非公经济代表人士政治安排推荐人选把关不严,收受好处",
         "思想道德风险", "较高", "推荐人选经党组会研究,征求统战、纪检意见后公示。", "leader"),
        ("机关领导", "酆知行", "党组书记、常务副主席", "主持机关全面工作", "机关经费、商会扶持资金安排不经党组会研究",
         "制度机制风险", "较高", "资金安排党组会集体研究,年度使用情况公开。", "leader"),
        ("机关领导", "钞月白", "副主席", "分管经济联络科、会员服务科", "光彩事业、公益捐赠款物接收使用不公开",
         "业务流程风险", "一般", "捐赠款物登记造册,使用情况向捐赠企业反馈并公示。", "leader"),
        ("办公室", "訚晴川", "主任", "负责文秘、财务和资产管理", "会议、培训费用报销审核不严", "制度机制风险", "一般",
         "报销凭会议通知、签到表和发票,实行双签。", "middle"),
        ("经济联络科", "贲南乔", "科长", "负责乡镇商会、行业商会联络指导", "乡镇商会换届指导中为关系人谋取会长职位",
         "岗位职责风险", "较高", "换届方案报党组会审定,选举全程纪检监督。", "middle"),
        ("经济联络科", "贲南乔", "科长", "负责乡镇商会、行业商会联络指导", "走访会员企业时接受宴请、收受礼品",
         "外部环境风险", "一般", "走访两人以上,严格执行廉洁纪律,接受企业监督。", "middle"),
        ("会员服务科", "扶疏影", "科员", "负责会员发展和会费收取", "会员会费收取不开票、不入账", "岗位职责风险", "较低",
         "会费统一对公收取,开具票据,每月对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, who, post, work, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, who, post, work, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), SCALE[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), *((c, per_person) for c in (2, 3, 4))])
    sh.add()
    sh.add("填报人：訚晴川", None, None, "审核人：酆知行", None, None, "2024年8月", None, None)
    return _layout(
        "commerce_federation_name_first", "http://yyzx.gov.cn/5471/5474/5475/content_335704.html",
        "县工商联（总商会） 廉政风险点排查表 after the source's report of a 县工商联主席's visits to two 乡镇商会 (商会班子"
        "建设, 会员企业, 非公经济人士 and their 政治安排, 公益事业): 序号/部门 merged (机关领导, 办公室, 经济联络科, 会员"
        "服务科)/``姓名`` BEFORE ``职务`` (``党组书记、常务副主席`` one post)/``分管（负责）工作`` — the three merged per "
        "person/风险点/风险类别 ``…风险``/风险等级 only ``较高/一般/较低``/防控措施; 填报人/审核人 (both holders)/date",
        [sh], t,
    )  # fmt: skip


def family_planning_self_checks() -> dict:
    unit = f"{PLACE}计划生育协会"
    t = _Truth(unit)
    people = [
        ("常务副会长", "姒清妍", "女", "协会领导", "leader", [
            ("生育关怀项目资金分配不经会长办公会研究", "制度机制", "高", "项目资金分配方案集体研究,受助名单在村（社区）公示。"),
            ("计生特殊家庭帮扶对象确定优亲厚友", "思想道德", "中", "帮扶对象由村级推荐、乡镇审核、协会复核并公示。"),
        ]),
        ("秘书长", "过千帆", "男", "协会领导", "leader", [
            ("人口关爱基金募集款物登记不全,使用不公开", "业务流程", "高", "募集款物逐笔登记,使用情况每半年公开。"),
            ("节日走访慰问物品采购不比价", "岗位职责", "中", "慰问物品三家以上询价,采购结果公示。"),
        ]),
        ("会计", "郄芷岚", "女", "办公室", "general", [
            ("助学金、扶助金发放不核对身份,重复发放", "岗位职责", "中", "发放名单与身份证、银行卡信息比对,一卡通直达。"),
            ("计生家庭保险保费结算与投保名单不符", "业务流程", "低", "保费凭投保名单结算,每季度与保险公司对账。"),
            ("接受合作保险公司宴请、礼品", "外部环境", "低", "签订廉洁承诺,节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, sex, dept, tier, points in people:
        sh = _Sheet(post, [8, 30, 10, 10, 30, 14])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "职务", post)
        sh.add("所在部门", dept, "填表时间", "2024年8月", None, None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, "无此类问题")
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("本人签字：", None, None, "审核人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "family_planning_self_checks", "http://www.zhxpm.cn/html/2011/tj_1228/9185.shtml",
        "县计划生育协会 干部职工廉政风险自查表 one per sheet (tabs the posts: 常务副会长, 秘书长, 会计) after the source's "
        "report of a 县计划生育协会's ``五关怀`` (困难救助, 计生扶助, 节日关怀, 关爱学生, 关注弱者; 生育关怀行动, 扶助物资"
        "和资金): ``姓名 | … | 性别 | … | 职务 | …`` and ``所在部门 | … | 填表时间 | 2024年8月`` above the table (所在部门 "
        "``协会领导`` for the two leaders, ``办公室`` for the 会计); 序号/风险点/风险类别 (short names)/风险等级 高/中/低/"
        "防控措施/``自查情况`` (``无此类问题`` on every row); 本人签字/审核人签字",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    quake_center_direct_and_leader(),
    staffing_office_padded_names(),
    npc_organs_committees(),
    politics_law_grouped_header(),
    literary_federation_no_dept(),
    party_school_type_codes(),
    veteran_cadres_holder_last(),
    museum_ticked_levels(),
    commerce_federation_name_first(),
    family_planning_self_checks(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch161-inbox"))

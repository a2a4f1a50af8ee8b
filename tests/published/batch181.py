"""A hundred-and-eighty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — nine 县委部门, 群团 and
事业单位 of 贡井区 no earlier batch used, each handing back its 一览表, 排查表, 清单 or 自查表 the way
its staff typed it:

- the 区总工会's 一览表 RETURNED AFTER REVIEW, with a last column ``派驻纪检监察组审核意见`` filled in by
  the reviewer (``同意``, ``措施需细化``, ``建议补充…``) and a ``审核人：…`` line naming the reviewer under it —
  the shape the README's "读得懂的表" does not yet describe;
- the 区统计局's 排查表 with a short ``风险点`` beside a long ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 区委组织部's 一览表 with a ``是否关键岗位`` column of ``是/否`` between the post and the holder;
- the 区委编办's 清单 对岗不对人 with no 科室 column, its rows grouped under tier lines ``一、领导岗位``,
  ``二、中层岗位``, ``三、一般岗位`` (no 科室), the posts as written (``机构编制股股长``), 一级/二级/三级;
- the 区委党史和地方志研究室's 一览表 with the holder under ``责任人`` AFTER the measures, a ``完成时限``
  column, ``★★★/★★/★`` and the note under the table that reads them;
- the 区档案馆's 自查表 one sheet per post (tabs ``馆长``, ``接收征集科`` …) under a pair row
  ``姓名 | … | 科室 | … | 职务 | …`` and a ``自查情况`` column (``已落实``);
- the 区委党校's 一览表 with a long ``岗位职责`` merged per person and ``高级/中级/低级``;
- the 区残联's 清单 under a ``填报单位：… | 填报人：… | 联系电话：…`` line, ``高风险/中风险/低风险``, and a
  ``监督责任人`` column naming the leader who watches (himself a holder higher up);

and one harder:

- ``veterans_center_ticks``: the 区退役军人服务中心's 排查表 whose header is TWO rows — ``风险类型`` over
  five type columns and ``风险等级`` over ``高 | 中 | 低`` — each row ticking its type(s) and its level with
  ``√`` (one row ticks two types), 股室 merged, 岗位 and 责任人 merged per person.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 市总工会's 清廉机关 work; 统计执法
检查; a 县's 关键岗位目录 of 组织部 and 纪委; a 县's 重点岗位 查找 in three layers, 领导/中层/一般; a 党史和
地方志研究室's 查档须知; an 区档案馆's 利用指南; a 区委党校's 部门预算 (科室, 主体班); 残疾人辅助器具 救助; 退役军人
抚恤和生活补助) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented; every unit is a body of 贡井区.

Run ``python tests/published/score.py --set batch181`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``…审核意见`` column filled in by the reviewer is neither a point nor a measure, and the ``审核人：…``
  under the table is no holder; the level is the ``风险等级`` column's, whatever the comment says;
- tier lines ``一、领导岗位`` in a list without a 科室 column group the posts by tier: no 科室 (the
  department stays ""), the post as written (``机构编制股股长``);
- a ``是否关键岗位`` ``是/否`` column and a ``完成时限`` ``长期坚持`` column are no point, no holder;
- a ``监督责任人`` beside ``姓名`` is the leader who watches, not the row's holder;
- in the two-row ticked header each ``√`` under a type names that type (two ticks, two types, in the
  columns' order), the ``√`` under 高/中/低 the level;
- 主席/副主席, 局长/副局长, 部长/副部长 of the 组织部, 主任/副主任 of the 编办 and the 研究室, 馆长/副馆长,
  常务副校长/副校长, 理事长/副理事长 and the 中心's 主任/副主任 are leaders; 股长, 科长, 部长 of a 部室 of the
  工会 or the 残联, 办公室主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, TYPES, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b181_"
PLACE = "贡井区"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RANKS = {"高级": 1, "中级": 2, "低级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
TICK = "√"
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def veterans_center_ticks() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    sh = _Sheet("排查表", [5, 10, 9, 8, 32, 5, 5, 5, 5, 5, 4, 4, 4, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 14)
    r = sh.add(f"单位：{unit}", None, None, None, None, None, None, None, None, None,
               "2024年10月", None, None, None)  # fmt: skip
    sh.merge(r, 0, r, 9)
    sh.merge(r, 10, r, 13)
    h1 = sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", None, None, None, None,
                "风险等级", None, None, "防控措施")  # fmt: skip
    h2 = sh.add(None, None, None, None, None, *TYPES, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 13):
        sh.merge(h1, c, h2, c)
    sh.merge(h1, 5, h1, 9)
    sh.merge(h1, 10, h1, 12)
    rows = [
        ("中心领导", "主任", "邴曜岑", "leader", "服务中心办公场地改造项目指定施工单位", ["制度机制"], "高",
         "改造项目经主任办公会研究,按规定比选施工单位。"),
        ("中心领导", "主任", "邴曜岑", "leader", "退役军人帮扶援助资金分配不经集体研究",
         ["思想道德", "制度机制"], "高", "帮扶对象和金额经集体研究,名单在服务站公示。"),
        ("优抚股", "股长", "戈晏清", "middle", "抚恤补助对象资格审核把关不严,为不符合条件的人员发放",
         ["岗位职责"], "高", "资格材料两人审核,与民政、公安数据比对,发放名单每季度公示。"),
        ("优抚股", "股长", "戈晏清", "middle", "优待证申领审核走过场", ["业务流程"], "中",
         "申领材料系统比对,审核结果抽查复核。"),
        ("优抚股", "科员", "仇棠溪", "general", "抚恤金发放台账与银行代发数据不符", ["业务流程"], "中",
         "发放数据与银行代发清单逐月核对,差错当月更正。"),
        ("就业创业股", "股长", "满星堰", "middle", "退役军人就业创业补贴申报把关不严,虚报培训人数",
         ["岗位职责", "外部环境"], "中", "培训签到、考核和照片留存,补贴凭结业名单核拨。"),
        ("综合股", "会计", "晏枫桥", "general", "走访慰问物资采购不比价,验收不严", ["制度机制"], "低",
         "慰问物资三家以上比价,验收两人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, types, lv, measures) in enumerate(rows, 1):
        marks = [TICK if typ in types else None for typ in TYPES]
        lvs = [TICK if w == lv else None for w in ("高", "中", "低")]
        sh.add(n, dept, post, who, point, *marks, *lvs, measures)
        t.point(sh.name, dept, post, who, tier, point, [x for x in TYPES if x in types], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, None, "中心负责人：", None, None, None, None, None, None, None, None,
           None)  # fmt: skip
    return _layout(
        "veterans_center_ticks",
        "https://www.76hw.com/news/tui-yi-jun-ren-fu-xu-he-sheng-huo-bu-zhu-zheng-ce-shen-du-jie-du-ru-he-que-bao-mei-fen-qian-dou-luo.html",
        "(harder) 区退役军人服务中心 岗位廉政风险排查表 after the source's account of 退役军人抚恤和生活补助 (资格认定, "
        "抚恤金发放, 优待): ``单位：… | 2024年10月`` over a TWO-ROW header — 序号/股室/岗位/责任人/风险点/防控措施 merged "
        "down, ``风险类型`` merged over FIVE columns 思想道德/制度机制/岗位职责/业务流程/外部环境 and ``风险等级`` over "
        "``高 | 中 | 低`` — every row ticking its type(s) and its level with ``√`` (two rows tick TWO types); 股室 merged "
        "(中心领导, 优抚股, 就业创业股, 综合股), 岗位 and 责任人 merged per person; 填表人/中心负责人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def union_reviewed_list() -> dict:
    unit = f"{PLACE}总工会"
    sh = _Sheet("一览表", [5, 12, 10, 8, 32, 12, 8, 32, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, None, "填报时间：2024年8月", None, None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号",
        "部室",
        "岗位",
        "姓名",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "派驻纪检监察组审核意见",
    )
    rows = [
        ("领导班子", "主席", "鄂澂远", "leader", "工会经费预算安排和大额支出不经党组集体研究", "制度机制风险", "高",
         "经费预算和大额支出经党组会议研究,会议纪要存档。", "同意"),
        ("领导班子", "主席", "鄂澂远", "leader", "职工疗休养、劳模评选推荐中优亲厚友", "思想道德风险", "中",
         "评选推荐条件公开,推荐名单公示五个工作日。", "同意"),
        ("领导班子", "副主席", "牟筠溪", "leader", "困难职工帮扶资金审批把关不严", "岗位职责风险", "高",
         "帮扶对象经基层工会、街道工会两级审核,名单公示。", "措施需细化"),
        ("办公室", "主任", "栾蓼汀", "middle", "公务接待、会议费用超标准列支", "制度机制风险", "中",
         "接待、会议先审批后实施,费用按月公开。", "同意"),
        ("财务部", "部长", "甄葭白", "middle", "基层工会经费返拨计算不准,拨付不及时", "业务流程风险", "中",
         "返拨按税务代收数据计算,拨付清单经主席审签。", "建议补充返拨公示环节"),
        ("财务部", "会计", "俞苕华", "general", "报销凭证审核不严,虚列职工活动支出", "岗位职责风险", "低",
         "报销凭证三级审核,活动签到表、照片附后。", "同意"),
        ("权益保障部", "部长", "宓岚舟", "middle", "金秋助学对象认定不实", "外部环境风险", "中",
         "助学对象凭录取通知书和困难证明审核,名单公示。", "同意"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, review) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, review)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：俞苕华", None, None, None, "审核人：区纪委监委派驻第三纪检监察组　訾沅芷", None, None, None,
           "2024年8月20日")  # fmt: skip
    sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 7)
    return _layout(
        "union_reviewed_list", "https://gxworker.org.cn/gxworker/ztjj/2022/qlgx/tt/2023/08/09/8229.html",
        "区总工会 岗位廉政风险点一览表 RETURNED AFTER REVIEW, after the source's account of a 市总工会's 清廉机关 work "
        "(经费 and 零星采购, 工匠学院, 困难职工; 派驻纪检): ``填报单位：… | 填报时间：…`` over 序号/部室 merged "
        "(领导班子, 办公室, 财务部, 权益保障部)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施 and a LAST column ``派驻纪检监察组审核意见`` filled in by the reviewer (``同意``, ``措施需细化``, "
        "``建议补充返拨公示环节``); under it ``填表人：俞苕华`` (a holder) and ``审核人：区纪委监委派驻第三纪检监察组　"
        "訾沅芷`` (the reviewer, no holder) and a date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def statistics_bureau_short_long() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("Sheet1", [5, 12, 10, 8, 16, 34, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "靳沄川", "leader", "统计执法案件处理", "对统计违法案件说情打招呼,降格处理或不予立案",
         "Ⅰ级", "执法案件集体审议,说情打招呼如实登记报告。"),
        ("局领导", "副局长", "郇越岑", "leader", "统计调查项目经费", "普查、抽样调查经费使用不规范,虚列劳务费",
         "Ⅰ级", "调查经费专款专用,劳务费凭花名册和签收单发放。"),
        ("执法监督股", "股长", "汲南枝", "middle", "执法检查对象确定", "不按“双随机”抽取检查对象,选择性执法",
         "Ⅰ级", "检查对象系统随机抽取,抽取过程留痕备查。"),
        ("执法监督股", "股长", "汲南枝", "middle", "统计数据核查", "核查走过场,对数据造假企业不如实报告",
         "Ⅱ级", "核查两人以上,核查记录由企业负责人签字确认。"),
        ("综合核算股", "科员", "蒯疏桐", "general", "统计资料管理", "泄露尚未公布的统计数据和调查对象信息",
         "Ⅱ级", "数据分级授权管理,未公布数据专人保管。"),
        ("办公室", "会计", "羿澄霜", "general", "办公用品采购", "采购不比价,以次充好", "Ⅲ级",
         "采购三家比价,验收两人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年7月", None)
    return _layout(
        "statistics_bureau_short_long", "https://gdxk.southcn.com/tjsj/content/post_797710.html",
        "区统计局 廉政风险点排查表 after the source's account of 统计执法检查 (统计违法举报, “双随机”抽查, 实地核查, "
        "执法监察大队): 序号/股室 merged (局领导, 执法监督股, 综合核算股, 办公室)/岗位 and 姓名 merged per person/a SHORT "
        "``风险点`` (``统计执法案件处理``) beside a long ``风险表现``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def organization_dept_key_posts() -> dict:
    unit = f"中共{PLACE}委组织部"
    sh = _Sheet("一览表", [5, 12, 10, 8, 8, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "是否关键岗位",
        "责任人",
        "风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("部领导", "常务副部长", "是", "殳景澜", "leader", "干部选拔任用动议、考察中搞“个人说了算”", "制度机制", "高",
         "严格执行干部选拔任用程序,动议方案集体研究,全程纪实。"),
        ("干部科", "科长", "是", "阙晗枫", "middle", "干部考察中隐瞒或歪曲考察对象真实情况", "岗位职责", "高",
         "考察组两人以上,考察材料实行双签,廉洁意见征求纪委。"),
        ("干部科", "科长", "是", "阙晗枫", "middle", "干部档案审核中篡改、伪造档案信息", "业务流程", "中",
         "档案审核实行初审、复审,专审结果集体认定。"),
        ("组织科", "科长", "是", "储溪芒", "middle", "党费收缴使用管理不规范", "制度机制", "中",
         "党费专户管理,使用情况每年在一定范围内公开。"),
        ("组织科", "科员", "否", "龚逸汀", "general", "发展党员材料审核把关不严", "岗位职责", "低",
         "发展党员材料逐项审核,政审结论集体把关。"),
        ("人才办", "主任", "是", "戚沐禾", "middle", "人才引进补贴申报审核不严,虚报冒领", "外部环境", "中",
         "补贴申报材料与社保、税务数据比对,发放名单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, key, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, key, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("填表人：", None, None, None, "审核人：", None, None, "2024年9月", None)
    return _layout(
        "organization_dept_key_posts",
        "https://sx-dj.gov.cn/dylt/tszs/1955824997846241281.html",
        "区委组织部 岗位廉政风险防控一览表 after the source's account of a 县's 关键岗位 监督 (任前联审, 关键岗位目录, "
        "廉政风险点 按高、中、低 分类防范): 序号/科室 merged (部领导, 干部科, 组织科, 人才办)/岗位/a ``是否关键岗位`` "
        "column of ``是/否``/责任人 — the three merged per person — /风险点/风险类别 (short names)/风险等级 高/中/低/防控"
        "措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def staffing_office_tier_lines() -> dict:
    unit = f"中共{PLACE}委机构编制委员会办公室"
    sh = _Sheet("清单", [5, 18, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、领导岗位", "leader", [
            ("主任", "机构编制事项审核不经室务会集体研究", "制度机制风险", "一级",
             "机构编制事项一律经室务会研究,重大事项报编委会审定。"),
            ("副主任", "编制使用核准中为关系单位提前或违规核准", "思想道德风险", "二级",
             "用编核准按计划顺序办理,核准结果定期通报。"),
        ]),
        ("二、中层岗位", "middle", [
            ("机构编制股股长", "机构编制调整方案调研论证不充分,迁就部门要求", "岗位职责风险", "二级",
             "调整方案征求相关部门意见,论证材料存档。"),
            ("事业单位登记管理股股长", "事业单位法人登记、年报审核把关不严", "业务流程风险", "二级",
             "登记材料网上公示,年报随机抽查核实。"),
            ("监督检查股股长", "机构编制监督检查发现问题不如实报告", "岗位职责风险", "一级",
             "检查两人以上,问题清单和整改情况报室务会。"),
        ]),
        ("三、一般岗位", "general", [
            ("综合股工作人员", "实名制信息库数据录入不及时、不准确", "业务流程风险", "三级",
             "数据录入实行双人复核,每月与财政、人社数据比对。"),
        ]),
    ]  # fmt: skip
    n = 0
    for line, tier, posts in groups:
        _line(sh, line, 6)
        for post, point, typ, lv, measures in posts:
            n += 1
            sh.add(n, post, point, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    sh.add()
    sh.add("填报人：", None, "审核人：", None, "2024年6月", None)
    return _layout(
        "staffing_office_tier_lines", "https://www.qinfeng.gov.cn/info/1026/6670.htm",
        "区委编办 岗位廉政风险防控清单 对岗不对人 after the source's account of a 县's 重点岗位 风险查找 in three layers "
        "(领导干部岗位, 科室中层岗位, 一般干部岗位; “对岗不对人”): NO 科室 column and no names — 序号/岗位 (``主任``, "
        "``机构编制股股长``, ``综合股工作人员`` as written)/风险点/风险类型 ``…风险``/风险等级 一级/二级/三级/防控措施 — the "
        "rows grouped under merged TIER LINES ``一、领导岗位``, ``二、中层岗位``, ``三、一般岗位`` (no 科室); 填报人/审核人/"
        "date",
        [sh], t,
    )  # fmt: skip


def history_office_holder_last() -> dict:
    unit = f"中共{PLACE}委党史和地方志研究室"
    sh = _Sheet("一览表", [5, 12, 10, 34, 8, 32, 8, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任人", "完成时限")
    rows = [
        ("室领导", "主任", "单晞月", "leader", "志书、年鉴出版印刷单位确定不经集体研究", "★★★",
         "印刷单位按政府采购程序确定,室务会集体研究。"),
        ("室领导", "副主任", "佟岫云", "leader", "征编经费使用审批把关不严", "★★", "征编经费按项目核算,支出经主任审签。"),
        ("编研科", "科长", "糜若渚", "middle", "年鉴、志书稿酬和审稿费发放标准不一", "★★",
         "稿酬、审稿费按标准计发,发放明细公开。"),
        ("编研科", "科员", "阎桐栖", "general", "党史资料征集中接受捐赠人好处,违规作出承诺", "★",
         "征集资料登记入册,捐赠协议经室务会审定。"),
        ("资料科", "科长", "贲澹如", "middle", "查档利用中违规提供未开放资料", "★★",
         "查档凭证件登记,未开放资料利用经主任批准。"),
        ("办公室", "主任", "浦霁禾", "middle", "公务用车和办公用品管理不规范", "★",
         "用车审批登记,办公用品按需申领,台账每季度核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, who, "长期坚持")
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (7, lambda row: row[7])])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填报人：", None, None, "审核人：", None, None, "2024年5月", None)
    return _layout(
        "history_office_holder_last", "https://dsfz.xuancheng.gov.cn/News/show/461645.html",
        "区委党史和地方志研究室 岗位廉政风险点一览表 after the source's 查档须知 of a 党史和地方志研究室 (档案资料 调阅利用, "
        "现行文件阅览, 复印): 序号/科室 merged (室领导, 编研科, 资料科, 办公室)/岗位/风险点/风险等级 ``★★★/★★/★``/防控措施/"
        "the holder under ``责任人`` AFTER the measures/``完成时限`` ``长期坚持`` merged down the whole table; no type "
        "column; the note ``注：★★★为高风险，★★为中风险，★为低风险。`` merged under the table; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def archives_selfcheck_sheets() -> dict:
    unit = f"{PLACE}档案馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "馆领导", "馆长", "乐正岚汐", "leader", [
            ("档案数字化外包项目承接单位确定不经集体研究", "制度机制", "高",
             "外包项目按政府采购程序确定,馆务会集体研究。"),
            ("档案馆库房改造项目验收把关不严", "岗位职责", "中", "验收邀请财政、审计人员参加,验收资料存档。"),
        ]),
        ("接收征集科", "接收征集科", "科长", "殷渌溪", "middle", [
            ("档案接收进馆审核把关不严,质量不合格档案进馆", "岗位职责", "中", "进馆档案逐卷检查,问题清单限期整改。"),
            ("征集档案资料时接受捐赠人好处,违规作出承诺", "思想道德", "低", "征集协议经馆务会审定,征集资料登记入册。"),
        ]),
        ("利用服务科", "利用服务科", "科员", "钭芮宁", "general", [
            ("查档利用中违规提供未开放档案", "业务流程", "高", "未开放档案利用经馆长审批,查档全程登记。"),
            ("档案复制收费不开票据", "制度机制", "低", "收费标准公示,统一开具票据。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, post, who, tier, points in cards:
        sh = _Sheet(tab, [6, 34, 10, 8, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "科室", dept, "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人签字：", None, "分管领导签字：", None, "2024年4月", None)
        sheets.append(sh)
    return _layout(
        "archives_selfcheck_sheets",
        "https://www.tzhl.gov.cn/ztzl/hlqdag/lyzn/art/2023/art_0954f5a879664fb599d6d8287a505800.html",
        "区档案馆 岗位廉政风险自查表 ONE SHEET A POST, after the source's 利用指南 of an 区档案馆 (开放档案 and 尚未开放的档案, "
        "介绍信, 全文公布或汇编出版): tabs ``馆长``, ``接收征集科``, ``利用服务科``; on each the title, then a PAIR ROW "
        "``姓名 | 乐正岚汐 | 科室 | 馆领导 | 职务 | 馆长`` (the compound surname 乐正), then 序号/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施/``自查情况`` (``已落实``); 自查人签字/分管领导签字/date",
        sheets, t,
    )  # fmt: skip


def party_school_duties() -> dict:
    unit = f"中共{PLACE}委党校"
    sh = _Sheet("Sheet1", [5, 10, 10, 8, 28, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("校领导", "常务副校长", "沃知澜", "主持校务工作,负责财务和基建", "leader", [
            ("教学楼维修改造项目不按规定比选施工单位", "制度机制", "高级", "维修项目经校务会研究,按规定比选。"),
            ("培训经费大额支出“一支笔”审批", "制度机制", "高级", "大额支出集体研究,按季度公开培训经费收支。"),
        ]),
        ("教务科", "科长", "隗澄岫", "负责主体班教学安排和学员管理", "middle", [
            ("外请师资选聘和课酬发放不规范", "岗位职责", "中级", "外请师资经校务会审定,课酬按标准计发并公示。"),
            ("学员考勤、结业考核把关不严,为学员说情", "思想道德", "中级", "考勤电子签到,考核成绩集体评定。"),
        ]),
        ("行政科", "科长", "濮棹歌", "负责后勤、食堂和资产管理", "middle", [
            ("学员食堂食材采购不比价,验收不严", "业务流程", "中级", "食材定点采购,验收三人签字,每月公开伙食账。"),
        ]),
        ("行政科", "出纳", "芮青萝", "负责现金和银行存款收付", "general", [
            ("培训费收取不开票据,坐收坐支", "制度机制", "低级", "培训费统一转账收取,收支两条线。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, duty, tier, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RANKS[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2024年3月", None)
    return _layout(
        "party_school_duties",
        "https://xiangan.gov.cn/zwgk/zdxxgk/czzj/bmys/202503/t20250313_1092732.htm",
        "区委党校 岗位廉政风险点一览表 after the source's 部门预算 of a 区委党校 (轮训和培训 科级领导干部, 机关行政科室, 业余"
        "党校): 序号/科室 merged (校领导, 教务科, 行政科)/岗位/姓名/a long ``岗位职责`` — the three merged per person — "
        "/风险点/风险类型 (short names)/风险等级 ``高级/中级/低级``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def disabled_federation_watchers() -> dict:
    unit = f"{PLACE}残疾人联合会"
    sh = _Sheet("清单", [5, 12, 10, 8, 34, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    r = sh.add(
        f"填报单位：{unit}",
        None,
        None,
        "填报人：佴岚溪",
        None,
        "联系电话：0813-5302417",
        None,
        None,
    )
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施", "监督责任人")
    rows = [
        ("领导班子", "理事长", "鲍霁岚", "leader", "残疾人就业保障金补助项目安排不经集体研究", "高风险",
         "补助项目经理事会研究,安排结果公示。", "区纪委监委派驻组"),
        ("领导班子", "副理事长", "籍沐风", "leader", "残疾人辅助器具采购中指定供应商", "高风险",
         "辅助器具按政府采购程序购置,验收三人签字。", "鲍霁岚"),
        ("康复部", "部长", "屈枕溪", "middle", "康复救助对象审核把关不严,为不符合条件儿童申报", "中风险",
         "救助对象凭评估报告审核,名单公示。", "籍沐风"),
        ("康复部", "部长", "屈枕溪", "middle", "定点康复机构服务质量考核走过场", "中风险",
         "考核细则公开,考核结果与拨付挂钩。", "籍沐风"),
        ("教育就业部", "干事", "佴岚溪", "general", "残疾人职业技能培训虚报参训人数", "低风险",
         "培训签到、照片、考核记录存档。", "鲍霁岚"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, watch)
        t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("理事长签字：", None, None, None, None, "2024年10月", None, None)
    return _layout(
        "disabled_federation_watchers", "https://www.lw53.com/cjry/9282.html",
        "区残联 岗位廉政风险防控清单 after the source's study of 残疾人辅助器具 救助政策 (辅助器具适配, 服务网络, 贫困残疾人): "
        "a form line ``填报单位：… | 填报人：佴岚溪 | 联系电话：0813-…`` (the 填报人 also a holder below); 序号/部门 merged "
        "(领导班子, 康复部, 教育就业部)/岗位 and 姓名 merged per person/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "a ``监督责任人`` column naming the leader who watches (``鲍霁岚``, ``籍沐风`` — themselves holders higher up — "
        "or ``区纪委监委派驻组``); no type column; 理事长签字/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    veterans_center_ticks(),
    union_reviewed_list(),
    statistics_bureau_short_long(),
    organization_dept_key_posts(),
    staffing_office_tier_lines(),
    history_office_holder_last(),
    archives_selfcheck_sheets(),
    party_school_duties(),
    disabled_federation_watchers(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch181-inbox"))

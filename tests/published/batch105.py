"""A hundred-and-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县委 department (the
直属机关工委), a 县直 bureau (the 统计局), four 群团 (科协, 工商联, 侨联) and 事业单位 under a 局
(救助管理站, 青少年活动中心, 医疗保险基金管理中心, 政府投资评审中心) — each handing back its
一览表, 排查表, 清单 or 防控卡 the way its staff typed it, every one of them a body of an
invented 洪泽县:

- the 机关工委's 一览表 whose title is typed on TWO rows, the unit alone on the first
  (``中共洪泽县委直属机关工作委员会``) and ``岗位廉政风险防控一览表`` on the second; 科室/岗位/姓名/主要职责
  merged, the post ``机关纪工委书记`` among the 工委领导, ``…风险`` types, 高/中/低;
- the 统计局's 排查表 that starts with the holder — ``姓名 | 职务 | 所在股室 | 风险点 | 风险等级 |
  防控措施 | 分管领导``, no 序号 — under a merged line ``填报单位：… 联系人：禄小棠 联系电话：…`` (the
  联系人 also holds a row), ``分管领导`` names (one of them a holder too), 一级/二级/三级;
- the 科协's 清单 with no 科室 column: group rows ``一、科协领导`` … ``四、学会部`` merged across,
  岗位/责任人 under them, short types;
- the 工商联's 一览表 titled ``洪泽县工商业联合会（总商会）…``, the 一肩挑 post ``党组书记、常务副主席``,
  a short 风险点 beside ``风险表现``, ``高风险/中风险/低风险``;
- the 侨联's 一览表 titled with the short name (``洪泽县侨联…``) over a ``填报单位：洪泽县归国华侨联合会``
  line, its ``侨联服务中心`` among the 部门, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 救助管理站's 一览表 对岗不对人 whose 站长 and 副站长 have ``/`` in the 科室 column;
- the 青少年活动中心's 一览表 whose ``专兼职教师`` have ``—`` under 姓名 (no one holder);
- the 医疗保险基金管理中心's 排查表 grouped by a merged ``内控类别`` column (组织机构控制, 业务运行
  控制, 基金财务控制, 信息系统控制) instead of 科室 — a heading ending in 类别 that names no risk type.

One is harder:

- ``review_center_cards_side_by_side``: the 政府投资评审中心's 防控卡 printed TWO TO A SHEET, side by
  side (columns A–D and F–I, E left blank), each card with its own title, ``姓名 | … | 职务 | …``
  and ``科室 | … | 填卡日期 | …`` rows, its own 序号/风险点/风险等级/防控措施 table and sign-off; tabs
  ``评审科`` and ``综合科``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 县直机关工委's 调研报告 on
机关党建, 党费 and 流动党员; a 县统计局 党课 on 统计造假 — 工业产值虚增, 固定资产投资“注水”, 漏统; a
县科协's 科普大篷车, 农函大培训, 农技协会 and 科普宣传栏; a 县工商联（总商会）'s 基层商会, 异地商会 and
扶贫济困日 捐款; a 市侨联's 办公室、联络部、维权部、侨联服务中心; a 救助管理 plan (救助点, 专职救助人员);
a 县青少年活动中心's 教务部、总务部、办公室 and 学科特长培训班; a 医疗保险基金 内控制度 (组织机构控制、
业务运行控制、基金财务控制、信息系统控制, 稽核); a 区's 财政投资评审 range (预算评估, 结(决)算审核))
and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented; every unit is a body of 洪泽县.

Run ``python tests/published/score.py --set batch105`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix
``b105_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a title typed on two rows, the unit alone on the first, is one title: the unit is that row;
- ``机关纪工委书记`` under 工委领导 is one post (the 机关纪工委 is no 科室 of the list);
- the ``联系人`` named in a line above a list is only the one to call (a holder here through her
  own row, not through that line); ``分管领导`` names watch, they hold no row through that column;
- group rows ``一、科协领导`` give the 科室 of the rows under them (without the ``一、``);
- ``洪泽县工商业联合会（总商会）`` is the 工商联 (the bracket its other name), ``党组书记、常务副主席`` one post;
- a short name in the title (``洪泽县侨联``) with the full name in a ``填报单位`` line is that unit;
  ``侨联服务中心`` in the 部门 column is a 科室 of the 侨联;
- ``/`` in the 科室 column says the post has no 科室: department "";
- ``—`` under 姓名 names no holder: that post's form has person "";
- ``内控类别`` groups the rows by the kind of internal control: no 科室, no type; the list has no
  科室 and no type column;
- cards side by side on one sheet are separate cards, each with its own holder, 科室 and post;
- 常务副书记, 机关纪工委书记, 局长, 副局长, 党组书记, 副主席, 党组书记、常务副主席, 主席, 站长, 副站长
  and the 中心's 主任/副主任 (中心领导, 组织机构控制) are leaders; 科长, 股长, 部长, 办公室主任 and the
  侨联服务中心's 主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b105_"
PLACE = "洪泽县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000"
SLASH = "/"
DASH = "—"


# --------------------------------------------------------------------------- harder layout


def _card(unit, who, post, dept, points) -> list[list]:
    """One 防控卡 as rows of four cells (merges added by the caller)."""
    rows = [
        [f"{unit}岗位廉政风险防控卡", None, None, None],
        ["姓名", who, "职务", post],
        ["科室", dept, "填卡日期", "2024年9月"],
        ["序号", "风险点", "风险等级", "防控措施"],
    ]
    rows += [[n, point, lv, measures] for n, (point, lv, measures) in enumerate(points, 1)]
    rows.append(["持卡人签字:", None, "科室负责人签字:", None])
    return rows


def review_center_cards_side_by_side() -> dict:
    unit = f"{PLACE}政府投资评审中心"
    t = _Truth(unit)
    sheets = []
    pairs = [
        ("评审科", [
            ("浦知夏", "科长", "middle", [
                ("预算评审中对送审单位多报的工程量不予审减", "高",
                 "评审实行主审、复核两级把关,审减明细逐项留痕。"),
                ("与受托中介机构串通,评审结论有失公允", "高",
                 "中介机构评审意见由科室集体复核,重大分歧报中心主任办公会。"),
            ]),
            ("辜砚舟", "评审员", "general", [
                ("现场踏勘走过场,照送审资料直接出具意见", "中", "踏勘不少于两人,现场拍照定位并签字。"),
                ("泄露评审控制价和审减数据", "中", "评审数据专人保管,未出报告前不得对外提供。"),
            ]),
        ]),
        ("综合科", [
            ("栾映雪", "科长", "middle", [
                ("委托中介机构不按规定随机抽取", "高", "中介机构从库中随机抽取,抽取过程纪检人员在场。"),
                ("中介机构年度考核打分不客观", "低", "考核细则公开,考核结果经中心集体研究后公示。"),
            ]),
            ("衡素商", "会计", "general", [
                ("中介机构评审服务费结算不按合同约定", "中", "服务费按合同和考核结果结算,实行双签。"),
                ("评审业务档案借阅不登记,资料外泄", "低", "档案借阅登记审批,按期归还核对。"),
            ]),
        ]),
    ]  # fmt: skip
    for dept, cards in pairs:
        sh = _Sheet(dept, [6, 30, 10, 30, 3, 6, 30, 10, 30])
        left, right = (_card(unit, who, post, dept, points) for who, post, _, points in cards)
        assert len(left) == len(right)
        for a, b in zip(left, right, strict=True):
            sh.add(*a, None, *b)
        for c0 in (0, 5):
            sh.merge(0, c0, 0, c0 + 3)
        for who, post, tier, points in cards:
            for point, lv, _measures in points:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sheets.append(sh)
    return _layout(
        "review_center_cards_side_by_side",
        "https://www.cqkz.gov.cn/zwgk_238/zfxxgkml/cjzcwd/qczj/202205/t20220517_10725131_wap.html",
        "(harder) 县政府投资评审中心 岗位廉政风险防控卡, after the source's answer on a 区's 财政投资评审 range (预算绩效评估, "
        "结(决)算办理审核 sent to the 评审中心 or to an entrusted 中介): the cards printed TWO TO A SHEET, SIDE BY SIDE "
        "— one in columns A–D, the other in F–I, column E blank — each with its own merged title ``洪泽县政府投资评审中心"
        "岗位廉政风险防控卡``, a row ``姓名 | 浦知夏 | 职务 | 科长``, a row ``科室 | 评审科 | 填卡日期 | 2024年9月``, its own "
        "序号/风险点/风险等级 高/中/低/防控措施 table and a ``持卡人签字: | | 科室负责人签字:`` line; two sheets ``评审科`` "
        "(科长, 评审员) and ``综合科`` (科长, 会计); no type column",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def organ_committee_two_line_title() -> dict:
    unit = f"中共{PLACE}委直属机关工作委员会"
    sh = _Sheet("Sheet1", [6, 10, 14, 9, 24, 32, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, unit, 9)
    _line(sh, "岗位廉政风险防控一览表", 9)
    r = sh.add(None, None, None, None, None, None, "填报时间：2024年10月", None, None)
    sh.merge(r, 6, r, 8)
    sh.add("序号", "科室", "岗位", "姓名", "主要职责", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("工委领导", "常务副书记", "芮蕴澄", "主持工委日常工作,负责县直机关党建目标管理考核", "leader", [
            ("县直机关党建目标管理考核打分不公,照顾关系单位", "制度机制风险", "高",
             "考核细则提前公布,考核组集体打分,结果在县直机关公示。"),
            ("机关党组织换届选举把关不严,对违规拉票不予纠正", "岗位职责风险", "中",
             "换届选举全程派员指导,选举结果按程序审批。"),
        ]),
        ("工委领导", "机关纪工委书记", "贲书韫", "负责县直机关纪检工作和党员监督", "leader", [
            ("对县直机关党员违纪问题线索压案不查", "思想道德风险", "高",
             "问题线索集体研判、登记销号,定期向县纪委报告。"),
        ]),
        ("组织科", "科长", "竺海澜", "负责基层党组织建设、发展党员和党费收缴管理", "middle", [
            ("发展党员审核把关不严,为不符合条件人员办理手续", "岗位职责风险", "高",
             "发展党员材料两级预审,预备党员名单公示。"),
            ("党费收缴台账登记不实,截留挪用党费", "制度机制风险", "中", "党费按月核对、按季公布,专户管理。"),
        ]),
        ("组织科", "科员", "冀星岑", "负责流动党员服务和党组织关系转接", "general", [
            ("党组织关系转接时故意刁难、索要好处", "外部环境风险", "低", "转接手续网上办理,办理时限公开。"),
        ]),
        ("办公室", "主任", "琚文澍", "负责机关文秘、财务和创先争优评选组织工作", "middle", [
            ("创先争优评选推荐中优亲厚友", "思想道德风险", "中", "评选条件公开,推荐名单集体研究并公示。"),
            ("机关经费报销审核不严,虚列会议、培训费用", "业务流程风险", "中",
             "报销实行经办、审核、审批分离,会议培训附签到表。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, duty, tier, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("工委负责人签字:", None, None, None, "填表人:", None, None, None, None)
    return _layout(
        "organ_committee_two_line_title", "http://m.goodzuowen.com/fanwen/diaoyanbaogao/201802/238382.html",
        "县委直属机关工委 岗位廉政风险防控一览表, after the source's 调研报告 on 县直机关党建 (158 基层党组织, 党支部书记"
        "负责制, 双向述职, 目标管理, 创先争优, 流动党员服务网络): the title typed on TWO merged rows — the unit alone "
        "``中共洪泽县委直属机关工作委员会`` on the first, ``岗位廉政风险防控一览表`` on the second — then a ``填报时间：…`` "
        "cell at the right; 序号/科室 merged (工委领导, 组织科, 办公室)/岗位, 姓名 and 主要职责 merged per person (the post "
        "``机关纪工委书记`` among the 工委领导)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 工委负责人签字/填表人 "
        "labels under it",
        [sh], t,
    )  # fmt: skip


def stats_bureau_name_first() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("排查表", [9, 9, 14, 36, 8, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}2024年度廉政风险点排查表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 2}联系人：禄小棠{GAP * 2}联系电话：0517-87230416", 7)
    sh.add("姓名", "职务", "所在股室", "风险点", "风险等级", "防控措施", "分管领导")
    rows = [
        ("邬星沅", "局长", "局领导", "统计数据上报前干预审核,授意调整上报数据", "一级",
         "数据审核评估会集体研究,审核过程留痕,严禁领导干部干预。", SLASH, "leader"),
        ("邬星沅", "局长", "局领导", "统计调查项目经费安排不经党组会集体研究", "一级",
         "项目经费安排经党组会研究,执行情况年终公开。", SLASH, "leader"),
        ("逄景澄", "副局长", "局领导", "统计执法检查中对企业虚报、瞒报行为降格处理", "二级",
         "执法检查两人以上,处理意见经执法案件审理委员会审定。", "邬星沅", "leader"),
        ("蒉语棠", "股长", "综合核算股", "地区生产总值核算中对部门数据把关不严,数据“注水”", "一级",
         "部门数据逐项比对核实,核算结果集体评估。", "逄景澄", "middle"),
        ("晏栖梧", "股长", "工业交通统计股", "规模以上工业企业入库审核不严,虚增企业数量和产值", "一级",
         "入库企业实地核查,入库名单公示。", "逄景澄", "middle"),
        ("晏栖梧", "股长", "工业交通统计股", "固定资产投资项目入库资料不实", "二级",
         "项目入库资料与发改、住建审批信息比对。", "逄景澄", "middle"),
        ("仝露白", "统计员", "农村统计股", "农产品产量抽样调查样本户选取不随机,调查数据失真", "三级",
         "样本户按规定随机抽选,调查记录双人签字。", "逄景澄", "general"),
        ("禄小棠", "主任", "办公室", "办公用品采购不比价,虚开发票报销", "三级",
         "采购三家比价,发票真伪查验后报销。", "邬星沅", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for who, post, dept, point, lv, measures, boss, tier in rows:
        sh.add(who, post, dept, point, lv, measures, boss)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: (row[0], row[1], row[2])  # noqa: E731
    _merge_down(
        sh, first, [(0, per_person), (1, per_person), (2, lambda row: row[2]), (6, per_person)]
    )
    sh.add()
    sh.add("局长签字:", None, None, None, None, "2024年9月", None)
    return _layout(
        "stats_bureau_name_first", "https://www.gongwk.com/doc/560341.jhtml",
        "县统计局 廉政风险点排查表, after the source's 党课 in a 县统计局 on 统计造假 (工业产值虚增, 固定资产投资“注水”, "
        "服务业漏统, 领导干部干预统计数据): the title, then ONE merged line ``填报单位：洪泽县统计局　　联系人：禄小棠　　"
        "联系电话：0517-87230416`` (the 联系人 is also the 办公室主任 in the table); the table STARTS WITH THE HOLDER and "
        "has no 序号 — 姓名 and 职务 merged per person/所在股室 merged (局领导, 综合核算股, 工业交通统计股, 农村统计股, 办公室)/风险点/"
        "风险等级 一级/二级/三级/防控措施/``分管领导`` names merged per person (``/`` for the 局长; the 副局长 逄景澄 is "
        "also a holder); no type column; 局长签字/date",
        [sh], t,
    )  # fmt: skip


def sci_assoc_group_rows() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("清单", [6, 14, 10, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一", "科协领导", [
            ("党组书记", "晁远岫", "leader", "科普项目资金分配不经党组会集体研究", "制度机制", "高",
             "科普项目资金分配方案经党组会研究,分配结果公示。"),
            ("副主席", "谯清漪", "leader", "科普示范基地、科普示范村评审中接受请托", "思想道德", "中",
             "评审专家随机抽取,评审结果公示五个工作日。"),
        ]),
        ("二", "办公室", [
            ("主任", "嵇松年", "middle", "公务接待、会议费用超标准列支", "制度机制", "中",
             "接待、会议先审批后实施,费用按月公开。"),
            ("会计", "闵疏桐", "general", "科普专项经费报账审核不严,以虚假票据套取资金", "业务流程", "高",
             "报账票据逐张审核,专项经费单独核算。"),
        ]),
        ("三", "科普部", [
            ("部长", "羊舒雁", "middle", "科普大篷车运行维护费用虚报", "岗位职责", "中",
             "车辆运行记录、维修单据按次登记,每季度核对。"),
            ("部长", "羊舒雁", "middle", "科普宣传栏、科普图书室建设验收走过场", "岗位职责", "低",
             "验收现场拍照存档,乡镇科协签字确认。"),
        ]),
        ("四", "学会部", [
            ("部长", "荆黛岚", "middle", "农村专业技术协会年检把关不严,对不正常开展活动的协会不清理", "岗位职责", "低",
             "年检材料实地核实,年检结果公开。"),
            ("部长", "荆黛岚", "middle", "学会能力提升奖补资金分配不公开", "制度机制", "中",
             "奖补资金按评价结果分配,分配结果公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for order, dept, points in groups:
        _line(sh, f"{order}、{dept}", 7)
        first = len(sh.rows)
        for post, who, tier, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: (row[1], row[2])  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add("填报人:", None, "审核人:", None, None, "2024年11月", None)
    return _layout(
        "sci_assoc_group_rows", "http://www.wwwk001k.com/xwzx/2019-12/25/content_359340.htm",
        "县科协 岗位廉政风险防控清单, after the source's account of a 县科协's year (科普大篷车, 农函大培训, 农技协会 cleared "
        "when they no longer meet, 科普宣传栏 and 科普图书室, 基层科协组织 “3+1”): NO 科室 column — group rows merged "
        "across, ``一、科协领导``, ``二、办公室``, ``三、科普部``, ``四、学会部``, each over its rows; 序号 running on through "
        "the groups/岗位 and 责任人 merged per person/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; 填报人/"
        "审核人/date",
        [sh], t,
    )  # fmt: skip


def commerce_federation_alias() -> dict:
    unit = f"{PLACE}工商业联合会"
    sh = _Sheet("一览表", [6, 10, 16, 9, 14, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}（总商会）岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("会领导", "党组书记、常务副主席", "檀若溪", "会员发展", "不按入会条件审核,吸收有不良信用记录的企业入会",
         "高风险", "入会申请经会长办公会研究,新会员名单公示。", "leader"),
        ("会领导", "党组书记、常务副主席", "檀若溪", "光彩事业捐赠", "扶贫济困日捐赠款物不按捐赠意愿使用,分配不公开",
         "高风险", "捐赠款物专账管理,分配方案集体研究并向捐赠企业反馈。", "leader"),
        ("会领导", "副主席", "宦澄宇", "商会登记指导", "为不符合条件的异地商会、行业商会出具同意成立意见",
         "中风险", "商会成立条件公开,审查意见经党组会研究。", "leader"),
        ("办公室", "主任", "苑晴川", "公务用车", "公车私用,虚报维修、加油费用", "低风险",
         "用车审批登记,维修加油定点并按月公示。", "middle"),
        ("会员部", "部长", "戈念慈", "代表人士推荐", "推荐非公有制经济代表人士人选把关不严、优亲厚友", "中风险",
         "推荐人选综合评价,征求统战、税务等部门意见。", "middle"),
        ("经济服务部", "部长", "党怀朴", "企业评优推荐", "推荐优秀民营企业时接受企业宴请、礼金", "中风险",
         "评优条件公开,推荐名单公示,签订廉洁承诺。", "middle"),
        ("经济服务部", "干事", "揭云舒", "会费收取", "会费收取不开票据、不入账", "低风险",
         "会费统一票据,按月入账核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位（盖章）", None, None, "填报人:", None, None, "2024年8月", None)
    return _layout(
        "commerce_federation_alias", "http://m.juzitie.cn/p/2729152.html",
        "县工商联 岗位廉政风险点一览表, after the source's account of a 县工商联（总商会） (基层商会, 乡镇分会, 异地商会, "
        "会员, 扶贫济困日 捐款): the title ``洪泽县工商业联合会（总商会）岗位廉政风险点一览表`` (the 总商会 in brackets); "
        "序号/部门 merged (会领导, 办公室, 会员部, 经济服务部)/岗位 and 责任人 merged per person (the 一肩挑 post "
        "``党组书记、常务副主席``)/a short 风险点 beside ``风险表现``/风险等级 ``高风险/中风险/低风险``/防控措施; no type "
        "column; 单位（盖章）/填报人/date",
        [sh], t,
    )  # fmt: skip


def overseas_fed_short_title() -> dict:
    unit = f"{PLACE}归国华侨联合会"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{PLACE}侨联岗位廉政风险防控一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "2024年7月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("侨联领导", "主席", "殳宛丘", "侨界慈善捐赠款物分配不经集体研究", "制度机制风险", "Ⅰ级",
         "捐赠款物分配方案经主席办公会研究,使用情况向捐赠人反馈。", "leader"),
        ("侨联领导", "主席", "殳宛丘", "侨联委员、常委人选推荐把关不严", "岗位职责风险", "Ⅱ级",
         "人选推荐征求归侨侨眷意见,名单公示。", "leader"),
        ("办公室", "主任", "汲清晖", "机关经费报销把关不严,虚列支出", "业务流程风险", "Ⅱ级",
         "报销单据三级审核,经费支出按季公开。", "middle"),
        ("联络部", "部长", "邰若虚", "海外联谊活动超标准接待,借联谊之机公款旅游", "思想道德风险", "Ⅰ级",
         "联谊活动方案报批,接待清单如实列支。", "middle"),
        ("维权部", "部长", "裘梦溪", "涉侨信访、维权事项办理中收受当事人好处", "外部环境风险", "Ⅱ级",
         "维权事项登记编号,办理结果回访。", "middle"),
        ("侨联服务中心", "主任", "亢一舟", "困难归侨侨眷帮扶对象认定不实,优亲厚友", "岗位职责风险", "Ⅱ级",
         "帮扶对象经乡镇侨联核实,名单公示。", "middle"),
        ("侨联服务中心", "主任", "亢一舟", "华侨捐赠公益项目资金不按项目进度拨付", "制度机制风险", "Ⅲ级",
         "项目资金按进度拨付,拨付前现场查验。", "middle"),
        ("侨联服务中心", "工作人员", "靳野萍", "归侨侨眷身份证明材料审核走过场", "岗位职责风险", "Ⅲ级",
         "证明材料两人审核,存档备查。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("主席签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "overseas_fed_short_title", "http://9zwz.com/web/web_4332.html",
        "县侨联 岗位廉政风险防控一览表, after the source's account of a 市侨联 (机关内设办公室、联络部、维权部、侨联服务中心; "
        "依法维护侨益, 拓展海外联谊): the title with the SHORT name ``洪泽县侨联岗位廉政风险防控一览表``, under it "
        "``填报单位：洪泽县归国华侨联合会 | 2024年7月``; 序号/部门 merged (侨联领导, 办公室, 联络部, 维权部, and the "
        "``侨联服务中心`` under the 侨联)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/"
        "Ⅲ级``/防控措施; 主席签字/填表人",
        [sh], t,
    )  # fmt: skip


def relief_station_slash_dept() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("一览表", [6, 10, 10, 36, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        (SLASH, "站长", "救助物资采购指定供应商", "制度机制风险", "高",
         "物资采购按政府采购程序,验收三人以上签字。", "leader"),
        (SLASH, "站长", "受助人员医疗救治费用结算不审核,与医院虚报费用", "岗位职责风险", "高",
         "救治费用逐笔审核,结算清单与病历核对。", "leader"),
        (SLASH, "副站长", "站内设施维修化整为零,规避集中采购", "制度机制风险", "中",
         "维修项目年初计划,站务会集体研究。", "leader"),
        ("救助科", "科长", "对不符合条件人员违规给予救助,虚增救助人次", "岗位职责风险", "中",
         "救助对象身份信息系统比对,救助台账每月核对。", "middle"),
        ("救助科", "救助员", "街面巡查救助记录弄虚作假", "思想道德风险", "低",
         "巡查全程记录仪记录,巡查单双人签字。", "general"),
        ("救助科", "救助员", "受助人员随身财物登记保管不严,私自侵占", "岗位职责风险", "中",
         "财物当面清点登记,受助人签字确认,离站时当面返还。", "general"),
        ("综合科", "会计", "临时救助金、返乡车票费用报销不凭票据", "业务流程风险", "中",
         "救助金发放凭领取签字,车票费用凭票报销。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(
            sh.name, "" if dept == SLASH else dept, post, "", tier, point, types_in(typ), HML[lv]
        )
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("单位负责人:", None, None, "填报人:", None, "2024年6月", None)
    return _layout(
        "relief_station_slash_dept", "http://www.fsou.net.cn/html/text/lar/170486/17048680_1.html",
        "县救助管理站 岗位廉政风险点及防控措施一览表 对岗不对人, after the source's plan for 流浪乞讨人员救助管理 (救助点, "
        "专职救助人员, 主动救助, 临时救助): 序号/科室 merged — the 站长's and 副站长's rows have ``/`` in it (no 科室), "
        "then 救助科 and 综合科/岗位 merged (no names anywhere)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "单位负责人/填报人/date",
        [sh], t,
    )  # fmt: skip


def youth_center_dash_holder() -> dict:
    unit = f"{PLACE}青少年活动中心"
    sh = _Sheet("Sheet1", [6, 10, 12, 9, 24, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "岗位职责", "风险点", "风险等级", "防控措施")
    people = [
        ("中心领导", "主任", "扈晚晴", "主持中心全面工作", "leader", [
            ("培训班收费标准、减免对象不经集体研究", "高", "收费标准报物价部门备案,减免对象集体研究并公示。"),
            ("活动场地对外出租不公开,租金不入账", "高", "场地出租公开招租,租金全额上缴财政专户。"),
        ]),
        ("中心领导", "副主任", "荀砚北", "分管教务和师资管理", "leader", [
            ("外聘兼职教师选聘中优亲厚友", "中", "外聘教师公开招聘,试讲评分结果公示。"),
        ]),
        ("办公室", "主任", "巩岚屿", "负责财务、收费和人事档案", "middle", [
            ("培训费收缴不开票据,坐收坐支", "高", "培训费统一网上缴费,票据专人管理。"),
        ]),
        ("总务部", "部长", "钮怀素", "负责活动器材采购和场馆维护", "middle", [
            ("活动器材、耗材采购验收不严", "中", "采购三家比价,验收两人签字并登记入库。"),
        ]),
        ("教务部", "部长", "沃春晓", "负责兴趣活动和学科特长培训班安排", "middle", [
            ("学科特长培训班私自扩招,额外收取资料费", "中", "班额和收费项目公开,学员名单与缴费记录核对。"),
        ]),
        ("教务部", "专兼职教师", DASH, "承担兴趣活动和培训班教学", "general", [
            ("利用中心场地私自开班有偿辅导", "中", "场地使用登记,教务部不定期巡查。"),
            ("向学员推销教辅资料、器材收取回扣", "低", "严禁推销教辅器材,家长投诉电话公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, shown, duty, tier, points in people:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, shown, duty, point, lv, measures)
            who = "" if shown == DASH else shown
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("中心负责人签字:", None, None, "填表人:", None, None, "2024年5月", None)
    return _layout(
        "youth_center_dash_holder", "http://enistory.com/view77-452.html",
        "县青少年活动中心 岗位廉政风险防控一览表, after the source's account of a 县青少年活动中心 (两部一室: 教务部、总务部、"
        "办公室; 兴趣活动项目, 学科特长培训班, 专兼职教师): 序号/部门 merged (中心领导, 办公室, 总务部, 教务部)/岗位, "
        "姓名 and 岗位职责 merged per person — the ``专兼职教师`` have ``—`` under 姓名 (many teachers, no one holder)/"
        "风险点/风险等级 高/中/低/防控措施; no type column; 中心负责人签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def medical_fund_control_groups() -> dict:
    unit = f"{PLACE}医疗保险基金管理中心"
    sh = _Sheet("排查表", [6, 14, 12, 9, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "内控类别", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("组织机构控制", "主任", "羿晨星", "定点医药机构协议管理中对违约行为不按协议处理", "高",
         "违约处理经中心集体研究,处理结果公开。", "leader"),
        ("组织机构控制", "副主任", "冼南乔", "医疗费用结算审核意见受人情干扰", "中",
         "结算审核实行初审、复审分离,复审意见留痕。", "leader"),
        ("业务运行控制", "待遇审核岗", "燕知微", "零星报销材料审核不严,造成重复报销", "高",
         "报销信息系统查重,审核人员定期轮岗。", "general"),
        ("业务运行控制", "稽核岗", "籍岚", "对定点医院过度诊疗、串换药品稽核不力", "高",
         "稽核对象随机抽取,稽核结果集体会审。", "general"),
        ("业务运行控制", "稽核岗", "籍岚", "稽核发现的问题不移交、不处理", "中", "稽核问题登记台账,限期销号。", "general"),
        ("基金财务控制", "会计", "郁晚舟", "基金支付凭证审核不严,与业务数据不符", "低",
         "财务数据与业务数据每月对账。", "general"),
        ("基金财务控制", "出纳", "焦可期", "医保基金支付款项挪用、延迟入账", "高",
         "基金收支两条线,银行对账单每月核对。", "general"),
        ("信息系统控制", "信息管理员", "臧鹤鸣", "违规修改参保人员缴费、待遇数据", "中",
         "系统操作权限分级授权,数据修改留痕并定期审计。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (group, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, group, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("中心负责人:", None, None, "填表人:", None, "2024年4月", None)
    return _layout(
        "medical_fund_control_groups", "http://www.fzlwr.cn/zhidu/2046190.html",
        "县医疗保险基金管理中心 岗位廉政风险排查表, after the source's 医疗保险基金管理内控制度 (内部控制由组织机构控制、"
        "业务运行控制、基金财务控制、信息系统控制组成; 稽核部门): NO 科室 column — the rows grouped by a merged "
        "``内控类别`` column (组织机构控制, 业务运行控制, 基金财务控制, 信息系统控制: the kind of control, no 科室 and no "
        "risk type), then 岗位 and 姓名 merged per person (主任, 副主任, 待遇审核岗, 稽核岗, 会计, 出纳, 信息管理员)/"
        "风险点/风险等级 高/中/低/防控措施; no type column; 中心负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    review_center_cards_side_by_side(),
    organ_committee_two_line_title(),
    stats_bureau_name_first(),
    sci_assoc_group_rows(),
    commerce_federation_alias(),
    overseas_fed_short_title(),
    relief_station_slash_dept(),
    youth_center_dash_holder(),
    medical_fund_control_groups(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch105-inbox"))

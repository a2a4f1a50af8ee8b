"""A fifteenth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Like batch14 this batch is mostly EVERYDAY, but its six ordinary tables are
worded with heading words no earlier batch used for the same columns — 工作部门 / 所属部门 /
部门科室 / 所在处室 for the 科室, 职位 / 岗位职务 / 工作职位 / 岗位设置 for the post, 责任人员 /
在岗人员 / 教职工姓名 for the holder, 廉政风险点描述 / 可能产生的风险 / 主要风险 / 风险情形 /
风险隐患 / 存在风险 for the point, 风险分类 for the types, 风险评级 / 风险等级评定 / 评定等级 /
风险评定 / 等级评定 for the level, 预防措施 / 防范办法 / 管控举措 / 防控手段 / 风险防范措施 / 预防办法 for the measures: a 财政局
list, an 审计局 list, a 国企 list with types, a school's 处室 list, 国库科 personal cards and an
教育局 list of posts without names. Four are a little unusual (``park_word_letter_level``,
``tax_cards_side_by_side``, ``police_ditto_cells``, ``soe_points_across``). Each layout imitates
the *shape* of a public page (its ``source``) that no earlier batch used; where the page
describes its subject in prose rather than printing a table, the layout follows that description.
The rows are worded by us.

Run ``python tests/published/score.py --set batch15`` and do not tune the reader against it,
or it stops being held out. No re-saved copies are kept for this batch.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 风险等级 cell holding the word and a letter in brackets (``高(A)``, ``中（B）``, ``低(C)``) is the
  word's step, Ⅰ/Ⅱ/Ⅲ: the letter repeats the word (a legend line says A级为高风险); A/B/C alone
  stays unread (batch3/batch4), a word alone is read, so the word decides;
- two persons' 防控卡 printed side by side on one sheet — the left card in columns A–D, an empty
  column, the right card in F–I, each with its own title, 姓名/职务 and 科室 fields and table — are
  two forms; each card's points belong to the holder named in its own fields;
- ``同上`` (ditto) in a 警组, 岗位 or 姓名 cell repeats the value of the row above (as a merge or a
  blank under a filled cell does, batch12); it is never a 科室, post or name of its own;
- one row per post with its points ACROSS — ``风险点1 | 风险等级 | 风险点2 | 风险等级 | 风险点3 |
  风险等级`` — gives each filled 风险点N cell as a point of that row's holder, graded by the
  风险等级 cell right of it; an empty pair is no point; the one 防控措施 column after them is the
  measures of the whole row.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``; ``resaved/b15_*`` would be copied if any were kept.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b15_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
TIER = {"科长": "middle", "副科长": "middle", "主任": "middle", "局长": "leader", "所长": "middle",
        "部长": "middle", "经理": "middle", "股长": "middle", "教导主任": "middle", "总务主任": "middle",
        "警组长": "middle", "副所长": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _word(level: str) -> int:
    """The step of a level cell that starts with 高/中/低 (``高(A)``, ``中（B）``)."""
    return HML[level[0]]


# --------------------------------------------------------------------------- everyday layouts


def czj_keshi_desc() -> dict:
    unit = "XX市财政局"
    sh = _Sheet("风险点", [6, 14, 12, 10, 34, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "工作部门", "职位", "责任人员", "廉政风险点描述", "风险评级", "预防措施")
    people = [
        ("国库科", "科长", "蒲建业", [
            ("公款竞争性存放未按规定组织,指定存放银行", "高", "存放银行公开竞争确定,结果在局内公示。"),
            ("国库集中支付审核不严,违规拨付资金", "高", "支付指令系统校验,大额拨付双人复核。"),
        ]),
        ("国库科", "出纳", "祁秀梅", [
            ("银行账户开设、变更不按程序审批", "中", "账户开设集体研究,年度清理核查。"),
            ("财政专户资金对账不及时,账实不符", "低", "每月与银行对账,差异当月查明。"),
        ]),
        ("预算科", "科长", "滕国栋", [
            ("部门预算分配中优亲厚友、暗箱操作", "高", "预算分配标准公开,经局党组会审定。"),
            ("预算追加审核把关不严", "中", "追加事项一事一议,报分管领导审批。"),
        ]),
        ("政府采购科", "经办员", "骆思远", [
            ("采购方式变更审批不严,化整为零规避招标", "中", "采购方式变更网上公示,集中采购目录严格执行。"),
            ("与供应商私下接触,泄露采购信息", "低", "采购信息统一在平台发布,评审专家随机抽取。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, "2024年5月", None)
    return _layout(
        "czj_keshi_desc", "http://nbxinxi.com/a/lanxishi/20210603/243049.html",
        "财政局 岗位廉政风险点排查表 after the source's “9+2”廉政风险点 by 科室 (公款存放、国库支付、预算、采购): "
        "序号/工作部门/职位/责任人员/廉政风险点描述/风险评级 高/中/低/预防措施, 工作部门/职位/责任人员 merged "
        "down; 填报/审核 line",
        [sh], t,
    )  # fmt: skip


def audit_bureau_list() -> dict:
    unit = "XX县审计局"
    sh = _Sheet("Sheet1", [6, 14, 12, 8, 34, 10, 34])
    t = _Truth(unit)
    sh.add("附件3")
    sh.title(f"{unit}岗位廉政风险防控登记表", 7)
    sh.add("序号", "所属部门", "岗位职务", "姓名", "可能产生的风险", "风险等级评定", "防范办法")
    people = [
        ("经济责任审计股", "股长", "郎振华", [
            ("审计中发现问题不如实反映,隐瞒审计事实", "一级", "审计底稿三级复核,审计报告集体审定。"),
            ("接受被审计单位宴请、礼品", "二级", "进点即签廉洁承诺书,公开监督电话。"),
        ]),
        ("经济责任审计股", "审计员", "车晓丽", [
            ("审计取证不全面,选择性取证", "二级", "取证单由被审计单位签字确认,组长复核。"),
            ("泄露审计工作秘密", "三级", "审计资料专人保管,电子数据加密。"),
        ]),
        ("法规审理股", "审理员", "石文彬", [
            ("审理中降低处理处罚标准", "一级", "处理处罚按裁量基准,审理意见集体讨论。"),
            ("审理时限拖延,压案不办", "三级", "审理时限登记,超期预警通报。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    return _layout(
        "audit_bureau_list", "https://www.renrendoc.com/paper/328897851.html",
        "审计局 岗位廉政风险防控登记表 after the source's 廉政风险点识别与等级划分 (识别、评估、防控): 附件3, "
        "序号/所属部门/岗位职务/姓名/可能产生的风险/风险等级评定 一级…三级/防范办法, three columns merged "
        "down; sheet named Sheet1",
        [sh], t,
    )  # fmt: skip


def soe_types_list() -> dict:
    unit = "XX城市建设投资集团有限公司"
    sh = _Sheet("廉洁风险", [6, 12, 10, 8, 30, 12, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险防控表", 8)
    sh.add("序号", "部门科室", "岗位", "在岗人员", "主要风险", "风险分类", "评定等级", "管控举措")
    people = [
        ("工程管理部", "部长", "毛宏伟", [
            ("工程变更签证审核不严,虚增工程量", "业务流程风险", "高", "变更签证联合会签,超额变更集体决策。"),
            ("指定分包或材料供应商", "外部环境风险", "高", "分包及材料采购进公司招采平台。"),
        ]),
        ("工程管理部", "现场工程师", "聂小川", [
            ("隐蔽工程验收走过场", "岗位职责风险", "中", "隐蔽工程影像留存,监理、业主共同验收。"),
            ("接受施工单位吃请、礼金", "思想道德风险", "低", "廉洁告知书随合同签订,季度回访施工单位。"),
        ]),
        ("财务部", "出纳", "柯雨", [
            ("资金支付不按审批流程,先付后批", "制度机制风险", "中", "网银支付双U盾,制单与复核分离。"),
            ("公款私存、挪用资金", "思想道德风险、岗位职责风险", "高", "库存现金日清月结,财务负责人不定期盘点。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, kind, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, kind, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("部门负责人:", None, None, "纪检监察室审核:", None, None, None, None)
    return _layout(
        "soe_types_list", "https://360docs.net/doc/1513454548.html",
        "城投集团 岗位廉洁风险防控表 after the source's 廉洁风险类型及表现 (思想道德、制度机制、岗位职责…): 序号/"
        "部门科室/岗位/在岗人员/主要风险/风险分类 …风险/评定等级 高/中/低/管控举措, three columns merged down; "
        "纪检 line",
        [sh], t,
    )  # fmt: skip


def school_office_list() -> dict:
    unit = "XX市第三实验小学"
    sh = _Sheet("处室风险", [6, 12, 12, 10, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点及防控一览表", 7)
    sh.add("序号", "所在处室", "工作职位", "教职工姓名", "风险情形", "风险评定", "防控手段")
    people = [
        ("教导处", "教导主任", "符晓燕", [
            ("招生入学中违规接收择校生", "高", "招生计划和结果公开,入学材料联审。"),
            ("评优评先、职称推荐暗箱操作", "中", "推荐条件公示,教代会代表参与评议。"),
        ]),
        ("总务处", "总务主任", "卜志强", [
            ("校服、教辅征订收取回扣", "高", "校服选用家委会参与,教辅自愿征订。"),
            ("维修工程不比价,虚报工程量", "中", "维修项目三方比价,完工联合验收。"),
        ]),
        ("总务处", "报账员", "尹静", [
            ("报销票据审核不严,虚列支出", "低", "报销凭证校长、分管副校长双签。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("学校(盖章)", None, None, None, "2024年9月", None, None)
    return _layout(
        "school_office_list", "https://www.renrendoc.com/paper/506663590.html",
        "小学 岗位廉政风险点及防控一览表 after the source's 清廉学校 风险识别 (招生、评优、采购): 序号/所在处室/"
        "工作职位/教职工姓名/风险情形/风险评定 高/中/低/防控手段, three columns merged down; 盖章 line",
        [sh], t,
    )  # fmt: skip


def treasury_cards() -> dict:
    unit = "XX县财政局"
    t = _Truth(unit)
    people = [
        ("景红梅", "副科长", "国库支付中心", [
            ("篡改支付指令,截留挪用财政资金", "高", "支付指令系统留痕,每日与代理银行对账。"),
            ("违规为单位开具零余额账户支付", "中", "零余额账户额度按计划下达,超额预警。"),
            ("支付凭证保管不善,资料遗失", "低", "凭证按月装订归档,专人保管。"),
        ]),
        ("闵少华", "评审员", "财政投资评审中心", [
            ("评审中接受建设单位请托,高估冒算", "高", "评审实行主审、复审分离,结果集体审定。"),
            ("评审资料外泄", "中", "评审资料登记借阅,电子文件加密。"),
            ("评审超时,变相刁难", "低", "评审时限公开,超期说明原因。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, items in people:
        sh = _Sheet(who, [6, 34, 10, 36])
        sh.title(f"{unit}关键岗位廉政风险防控卡", 4)
        sh.add("姓名", who, "职位", post)
        sh.add("所属部门", dept, "填卡日期", "2024年6月")
        sh.add("序号", "风险隐患", "等级评定", "风险防范措施")
        for i, (point, level, measures) in enumerate(items, 1):
            sh.add(i, point, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("持卡人签字:", None, "部门负责人签字:", None)
        sheets.append(sh)
    return _layout(
        "treasury_cards", "https://www.wenkuhub.com/85726.html",
        "财政局 关键岗位廉政风险防控卡 after the source's 财政系统警示教育 (国库支付指令、评审权): one sheet per "
        "person named after them, 姓名/职位 then 所属部门/填卡日期 label/value pairs, 序号/风险隐患/等级评定 "
        "高/中/低/风险防范措施; 签字 line",
        sheets, t,
    )  # fmt: skip


def edu_bureau_posts() -> dict:
    unit = "XX县教育局"
    sh = _Sheet("机关股室", [6, 14, 14, 34, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}机关岗位廉政风险防控表", 6)
    sh.add("序号", "科（股）室", "岗位设置", "存在风险", "风险等级", "预防办法")
    rows = [
        ("人事股", "股长", "教师招聘资格审查把关不严,违规录用", "Ⅰ级", "资格审查双人负责,结果公示。"),
        ("人事股", "人事专干", "教师调动中收受好处", "Ⅰ级", "调动条件公开,调动方案局党组研究。"),
        ("人事股", "人事专干", "职称评审材料审核不实", "Ⅱ级", "评审材料公示,接受举报。"),
        ("计财股", "股长", "教育经费分配不公,厚此薄彼", "Ⅱ级", "经费按生均标准核拨,分配结果公开。"),
        ("计财股", "会计", "学生资助资金发放不到位", "Ⅲ级", "资助资金直接打卡,资助名单公示。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, point, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, point, level, measures])
        t.point(sh.name, dept, post, "", _tier(post), point, [], ROMAN[level])
    sh.records(recs, merge_cols=(1,))
    return _layout(
        "edu_bureau_posts", "https://www.renrendoc.com/paper/507453488.html",
        "教育局 机关岗位廉政风险防控表 after the source's 县清廉校园 廉政风险识别 (招聘、调动、经费、资助): "
        "序号/科（股）室 merged down/岗位设置 (posts only, no names)/存在风险/风险等级 Ⅰ级…Ⅲ级/预防办法",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- a little unusual


def park_word_letter_level() -> dict:
    unit = "XX生物产业园区管委会"
    sh = _Sheet("评估表", [6, 14, 12, 8, 32, 9, 32])
    t = _Truth(unit)
    sh.title(f"{unit}2025年度财政预算廉政风险评估表", 7)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    people = [
        ("财政金融局", "预算科长", "庞立新", [
            ("无预算、超预算安排支出", "高(A)", "预算执行月报,超预算支出一律退回。"),
            ("擅自变更资金用途", "高（A）", "资金用途变更报管委会审批。"),
        ]),
        ("财政金融局", "会计", "贺小雨", [
            ("虚列支出套取资金", "中(B)", "票据流与资金流双向比对。"),
            ("津补贴超标准发放", "低(C)", "津补贴发放清单公示,人事财务联审。"),
        ]),
        ("建设管理局", "项目专员", "凌峰", [
            ("未招标先施工,补签合同", "高(A)", "开工令、合同、招标时间节点逐项核对。"),
            ("工程签证不规范,超概算投资", "中（B）", "签证四方会签,超概算项目重新报批。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], _word(level))
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    r = sh.add("注:风险等级分A、B、C三级,A级为高风险,B级为中风险,C级为低风险。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "park_word_letter_level", "https://www.xnsjw.gov.cn/Relatedwork/info/49886",
        "(harder) 园区 财政预算廉政风险评估表 after the source's A、B、C三级 风险划分 (预算、津补贴、工程项目): "
        "序号/部门/岗位/责任人/风险点/风险等级/防控措施 where each level cell holds the WORD and the LETTER — "
        "高(A), 中（B）, 低(C), half- and full-width brackets; a 注 line defining A/B/C",
        [sh], t,
    )  # fmt: skip


def tax_cards_side_by_side() -> dict:
    unit = "XX区税务局XX税务所"
    sh = _Sheet("税源管理股", [6, 30, 8, 30, 3, 6, 30, 8, 30])
    t = _Truth(unit)
    people = [
        ("温建平", "股长", "税源管理股", [
            ("违规办理纳税人登记、变更", "中", "登记资料系统比对,疑点户实地核查。"),
            ("对欠税企业催缴不力,人情减免", "高", "欠税清单按月通报,减免须集体审议。"),
            ("纳税评估走过场", "低", "评估结论复审,抽查回访。"),
        ]),
        ("苗淑芬", "税收管理员", "税源管理股", [
            ("发票领用审核把关不严", "高", "发票领用系统控量,异常领票预警。"),
            ("泄露纳税人涉税信息", "中", "信息查询权限分级,查询留痕。"),
            ("接受纳税人宴请、礼品", "低", "签订廉洁承诺,节前廉政提醒。"),
        ]),
    ]  # fmt: skip
    blocks = []
    for who, post, dept, items in people:
        rows = [[f"{unit}岗位廉政风险防控卡", None, None, None],
                ["姓名", who, "职务", post],
                ["科室", dept, "填卡日期", "2024年7月"],
                ["序号", "风险点", "风险等级", "防控措施"]]  # fmt: skip
        for i, (point, level, measures) in enumerate(items, 1):
            rows.append([i, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        rows.append([None, None, None, None])
        rows.append(["本人签字:", None, "所长签字:", None])
        blocks.append(rows)
    left, right = blocks
    for a, b in zip(left, right, strict=True):
        sh.add(*a, None, *b)
    sh.merge(0, 0, 0, 3)
    sh.merge(0, 5, 0, 8)
    return _layout(
        "tax_cards_side_by_side", "https://xiexiebang.com/a10/201905143/702f43851d86d3a4.html",
        "(harder) 税务所 岗位廉政风险防控卡 after the source's 地税系统廉政建设预警 (登记、催缴、发票): TWO persons' "
        "cards side by side on one sheet — left in A–D, an empty column E, right in F–I — each with its own "
        "title, 姓名/职务 and 科室/填卡日期 pairs, 序号/风险点/风险等级 高/中/低/防控措施 and 签字 line",
        [sh], t,
    )  # fmt: skip


def police_ditto_cells() -> dict:
    unit = "XX县公安局XX派出所"
    sh = _Sheet("排查表", [6, 12, 12, 8, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}民警岗位廉政风险排查表", 7)
    sh.add("序号", "警组", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    people = [
        ("综合指挥室", "副所长", "欧阳睿", [
            ("接处警中选择性出警,压案不报", "一级", "警情全部录入系统,回访核查。"),
            ("涉案财物保管不规范,私自处置", "一级", "涉案财物统一入库,专人管理。"),
            ("案件审核把关不严", "二级", "案件法制员初审,所领导复审。"),
        ]),
        ("社区警务队", "社区民警", "冉志刚", [
            ("户口迁移审核不严,违规落户", "二级", "落户材料双人审核,系统比对。"),
            ("违规查询公民个人信息", "三级", "查询实名登记,日志月查。"),
        ]),
        ("社区警务队", "辅警", "郜佳", [
            ("协助执法中收受当事人财物", "三级", "辅警不得单独执法,执法记录仪全程记录。"),
        ]),
    ]  # fmt: skip
    n = 0
    prev = (None, None, None)
    for dept, post, who, items in people:
        for point, level, measures in items:
            n += 1
            cells = [v if v != p else "同上" for v, p in zip((dept, post, who), prev, strict=True)]
            sh.add(n, *cells, point, level, measures)
            prev = (dept, post, who)
            t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[level])
    sh.add()
    sh.add("所长:", None, None, "填表人:", None, "2024年4月", None)
    return _layout(
        "police_ditto_cells", "https://xiexiebang.com/a11/201905146/83bf2d665345eedd.html",
        "(harder) 派出所 民警岗位廉政风险排查表 after the source's 执法规范化 (接处警、涉案财物、户口): 序号/警组/"
        "岗位/姓名/风险点/风险等级 一级…三级/防控措施 with NO merges — a continuation row writes 同上 in the "
        "警组, 岗位 and 姓名 cells that repeat the row above (警组 同上 even where the person changes)",
        [sh], t,
    )  # fmt: skip


def soe_points_across() -> dict:
    unit = "XX实业股份有限公司"
    sh = _Sheet("岗位画像", [6, 12, 12, 8, 24, 8, 24, 8, 24, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}重点岗位廉洁风险画像表", 11)
    sh.add("序号", "部门", "岗位", "姓名", "风险点1", "风险等级", "风险点2", "风险等级", "风险点3",
           "风险等级", "防控措施")  # fmt: skip
    rows = [
        ("采购部", "经理", "桂永强", [
            ("内定供应商,拆分项目规避招标", "高"), ("泄露采购底价", "高"), ("验收不严,以次充好", "中")],
         "采购需求与执行分离,招标全程进平台,验收三方签字。"),
        ("人力资源部", "经理", "茅丽君", [
            ("员工招聘任人唯亲", "中"), ("绩效考核结果人为调整", "低")],
         "招聘笔试外包,考核结果公示。"),
        ("资产管理部", "资产专员", "练浩", [
            ("资产租赁低估租金", "高"), ("废旧物资处置不公开", "中"), ("资产台账账实不符", "低")],
         "租赁、处置进产权交易平台,年度盘点。"),
    ]  # fmt: skip
    for i, (dept, post, who, points, measures) in enumerate(rows, 1):
        cells = []
        for k in range(3):
            point, level = points[k] if k < len(points) else (None, None)
            cells += [point, level]
            if point:
                t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.add(i, dept, post, who, *cells, measures)
    sh.add()
    r = sh.add("注:高风险岗位人员满五年须轮岗交流。", *([None] * 10))
    sh.merge(r, 0, r, 10)
    return _layout(
        "soe_points_across", "https://www.thearxiv.net/2025/61/dd0c202561108.html",
        "(harder) 国企 重点岗位廉洁风险画像表 after the source's 岗位风险画像 (采购、人事、资源处置; 高/中/低, 轮岗): "
        "ONE ROW PER POST with the points ACROSS — 风险点1/风险等级/风险点2/风险等级/风险点3/风险等级, a pair "
        "left empty where a post has two — then one 防控措施 column; 轮岗 注 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    czj_keshi_desc(),
    audit_bureau_list(),
    soe_types_list(),
    school_office_list(),
    treasury_cards(),
    edu_bureau_posts(),
    park_word_letter_level(),
    tax_cards_side_by_side(),
    police_ditto_cells(),
    soe_points_across(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b15_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch15-inbox"))

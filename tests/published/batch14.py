"""A fourteenth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Unlike the batches before it, this batch is mostly EVERYDAY: the ordinary
tables a county or district office sends back, to give an honest estimate of how the reader does
on plain unseen tables — a 公积金中心 科室 一览表 (科室/岗位/姓名/风险点/风险等级/防控措施), personal
防控卡 of a 医保 经办中心 (姓名/职务/所在科室 fields), a 镇 排查表 with 风险类型 and 风险等级, a 不动产
登记中心 leaders' table with 分管工作, a 医保局 list of posts without names, a 城管局 list naming a
责任人 beside each post, a school's 中层干部 cards whose 风险点 has a 表现形式 beside it, and a 村
两委 小微权力 table — with two a little unusual (``street_level_adjusted``,
``service_post_bracket_name``). Each layout imitates the *shape* of a public page (its
``source``) that no earlier batch used; where the page describes its subject in prose (its
posts, 科室, steps, risks) rather than printing a table, the layout follows that description.
The rows are worded by us.

Run ``python tests/published/score.py --set batch14`` and do not tune the reader against it,
or it stops being held out. No re-saved copies are kept for this batch.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a table that shows a point's level twice, visibly — ``原风险等级`` (last review) beside
  ``调整后风险等级`` (this review) with a ``调整原因`` column — has the ADJUSTED level: the 原 level
  is history, not the level (batch12 hid such a column; here it is in plain view and comes
  first);
- a cell under the heading ``岗位（责任人）`` that reads ``民政专干（高丽）`` — the post, then the
  holder in brackets, full-width or half-width — is the post 民政专干 held by 高丽: the reverse of
  batch13's ``韩立 （ 科长 ）`` under ``姓名（职务）``; the heading says which is which;
- a 村 两委 table's forms have no department (the 村 is the unit); 职务 is the post;
- a 不动产登记中心 leaders' table (姓名/职务/分管工作 merged down) is one form per leader,
  department ``领导班子`` (as batch6's town_leaders_yigang), tier ``leader``.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``; ``resaved/b14_*`` would be copied if any were kept.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b14_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISK_WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
TIER = {"主任": "middle", "副主任": "middle", "科长": "middle", "股长": "middle", "监管股长": "middle", "所长": "middle",
        "站长": "middle", "中队长": "middle", "教务处主任": "middle", "总务处主任": "middle",
        "村党支部书记": "leader", "村委会主任": "leader"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


# --------------------------------------------------------------------------- layouts


def gjj_keshi_list() -> dict:
    unit = "XX市住房公积金管理中心XX分中心"
    sh = _Sheet("一览表", [6, 12, 10, 8, 32, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    people = [
        ("归集科", "科长", "宋海燕", [
            ("违规批准单位降低缴存比例或缓缴", "高", "降比缓缴须经职工代表大会讨论,报中心审批并存档。"),
            ("缴存基数核定把关不严", "中", "缴存基数按上年工资总额核定,系统自动校验上下限。"),
        ]),
        ("归集科", "经办员", "邓可", [
            ("补缴业务审核不严,违规为不符合条件人员补缴", "中", "补缴材料双人审核,超期补缴报科长审批。"),
            ("泄露缴存职工个人信息", "低", "信息查询实名登记,操作日志定期抽查。"),
        ]),
        ("信贷科", "科长", "魏国庆", [
            ("贷款审批中降低条件放贷", "高", "贷款实行受理、审核、审批三分离,超限额贷款集体审批。"),
            ("与中介、开发商串通办理虚假贷款", "高", "中介代办一律登记,贷款资料抽查回访。"),
        ]),
        ("客服部", "窗口受理员", "侯静", [
            ("提取资料审查不严,冒领骗提公积金", "中", "提取资料联网核验,大额提取复核。"),
            ("对办事群众吃拿卡要、故意刁难", "低", "一次性告知,窗口评价器和投诉电话公开。"),
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
    sh.add("填表人:", None, None, "审核人:", None, "填报日期:2024年3月", None)
    return _layout(
        "gjj_keshi_list", "http://gjj.huainan.gov.cn/zcfg/sgsml/551578180.html",
        "公积金分中心 岗位廉政风险防控一览表 after the source's 归集科/信贷科/客服部 风险点 (降比缓缴、骗提、贷款审批): "
        "序号/科室/岗位/姓名/风险点/风险等级 高/中/低/防控措施, 科室/岗位/姓名 merged down; 填表/审核 line",
        [sh], t,
    )  # fmt: skip


def yibao_center_cards() -> dict:
    unit = "XX县医疗保障事业管理中心"
    t = _Truth(unit)
    people = [
        ("汪晓丽", "科长", "待遇审核科", [
            ("医疗费用审核把关不严,违规报销", "高", "审核实行初审、复审两级,大额费用集体会审。"),
            ("接受定点医疗机构宴请、礼品", "中", "签订廉洁承诺书,节前廉政提醒。"),
            ("异地就医备案材料审核不严", "低", "备案材料网上核验,定期抽查。"),
        ]),
        ("苏明", "基金会计", "基金财务科", [
            ("基金支付未按规定审批,违规拨付", "高", "基金拨付经科长、分管领导两级审签。"),
            ("基金收支账务处理不及时,账实不符", "中", "每月与银行、税务对账,差异及时查明。"),
            ("会计档案管理不规范,资料遗失", "低", "会计档案按年装订归档,专人保管。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, items in people:
        sh = _Sheet(who, [6, 34, 10, 36])
        sh.title(f"{unit}经办人员廉政风险防控卡", 4)
        sh.add("姓名", who, "职务", post)
        sh.add("所在科室", dept, "填卡时间", "2024年4月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, level, measures) in enumerate(items, 1):
            sh.add(i, point, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, "科室负责人签字:", None)
        sheets.append(sh)
    return _layout(
        "yibao_center_cards", "https://m.jiusongjiankang.com/health/news/6554768.html",
        "医保经办中心 廉政风险防控卡 after the source's 岗位分离 (受理、审核、拨付) and 廉政风险台账: one sheet per "
        "person named after them, 姓名/职务 then 所在科室/填卡时间 label/value pairs, 序号/风险点/风险等级 高/中/低/"
        "防控措施; 签字 line",
        sheets, t,
    )  # fmt: skip


def township_types_levels() -> dict:
    unit = "XX县XX镇人民政府"
    sh = _Sheet("排查表", [6, 12, 10, 8, 30, 12, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险排查表", 8)
    r = sh.add(f"单位:{unit}", None, None, None, None, "时间:2024年5月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("农业综合服务中心", "主任", "龚建军", [
            ("惠农补贴面积核实不准,虚报冒领", "岗位职责风险", "一级", "补贴面积村组公示,镇级抽查核实。"),
            ("农机购置补贴核查走过场", "业务流程风险", "二级", "核查现场拍照留存,两人以上核查。"),
        ]),
        ("农业综合服务中心", "技术员", "钱芳", [
            ("农资质量抽检事先透露信息", "思想道德风险", "三级", "抽检计划保密,随机确定抽检对象。"),
        ]),
        ("民政办", "主任", "郝志强", [
            ("低保对象认定优亲厚友", "外部环境风险", "一级", "入户调查、民主评议、张榜公示。"),
            ("临时救助审批不按程序", "制度机制风险", "二级", "救助审批集体研究,发放结果公示。"),
        ]),
        ("民政办", "民政专干", "戴丽", [
            ("特困供养人员动态管理不及时", "业务流程风险", "三级", "每季度走访核查,及时增减。"),
            ("救助资金发放账目不清", "岗位职责风险", "二级", "资金一律打卡发放,按月对账。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for station, post, who, items in people:
        for point, kind, level, measures in items:
            n += 1
            recs.append([n, station, post, who, point, kind, level, measures])
            t.point(sh.name, station, post, who, _tier(post), point, types_in(kind), ORDINAL[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("站所负责人:", None, None, "镇纪委审核:", None, None, None, None)
    return _layout(
        "township_types_levels", "https://fx361.cc/page/2018/1025/4399622.shtml",
        "镇 岗位廉政风险排查表 after the source's 村干部“微权力”腐败 (惠农补贴、低保、救助): 单位/时间 line, "
        "序号/站所/岗位/姓名/风险点/风险类型 …风险/风险等级 一级…三级/防控措施, 站所/岗位/姓名 merged down; 审核 line",
        [sh], t,
    )  # fmt: skip


def budong_leaders() -> dict:
    unit = "XX县不动产登记中心"
    sh = _Sheet("班子成员", [8, 10, 18, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}领导班子成员廉政风险防控表", 6)
    sh.add("姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    people = [
        ("章志远", "主任", "主持全面工作,分管财务", [
            ("重大事项决策个人说了算", "高", "“三重一大”事项集体研究,会议纪要存档。"),
            ("大额经费支出审批不严", "中", "大额支出联签,按季公开。"),
        ]),
        ("卢海涛", "副主任", "分管登记业务、档案", [
            ("违规办理不动产登记,插手干预审核", "高", "登记全流程系统留痕,疑难件集体会审。"),
            ("受人请托违规查询登记信息", "中", "查询实名登记,查询记录定期抽查。"),
            ("登记档案借阅管理不严", "低", "档案借阅审批登记,按期归还。"),
        ]),
    ]  # fmt: skip
    for who, post, work, items in people:
        recs = []
        for point, level, measures in items:
            recs.append([who, post, work, point, level, measures])
            t.point(sh.name, "领导班子", post, who, "leader", point, [], HML[level])
        sh.records(recs, merge_cols=(0, 1, 2))
    sh.add()
    sh.add("中心党支部(盖章)", None, None, "2024年3月", None, None)
    return _layout(
        "budong_leaders", "http://gstdpg.com/article/aKDPqYNdEby40Vde/M3oxE5qvjynVG28W",
        "不动产登记中心 领导班子成员廉政风险防控表 after the source's 不动产登记 与反腐 (违规登记、信息查询): "
        "姓名/职务/分管工作/廉政风险点/风险等级 高/中/低/防控措施, name, post and 分管工作 merged down; 盖章 line",
        [sh], t,
    )  # fmt: skip


def yibao_post_list() -> dict:
    unit = "XX县医疗保障局"
    sh = _Sheet("风险清单", [6, 14, 14, 34, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    sh.title(f"{unit}岗位廉政风险清单", 6)
    sh.add("序号", "责任部门", "岗位", "风险描述", "风险等级", "控制措施")
    rows = [
        ("基金监管股", "监管股长", "对定点医药机构违规行为查处不严,以罚代管", "高", "查处案件集体审理,处理结果公开。"),
        ("基金监管股", "稽核员", "飞行检查前泄露检查信息", "高", "检查对象随机抽取,检查计划保密。"),
        ("基金监管股", "稽核员", "稽核记录不实,隐瞒违规问题", "中", "稽核记录双人签字,定期复查。"),
        ("医药服务股", "股长", "药品耗材集采执行中接受企业好处", "中", "集采执行情况按月通报。"),
        ("医药服务股", "经办员", "定点协议签订把关不严", "低", "协议签订条件公开,评估结果公示。"),
        ("待遇保障股", "经办员", "待遇核定不准确,多支或少支", "中", "待遇核定系统校验,按月抽查。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, point, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, point, level, measures])
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1,))
    return _layout(
        "yibao_post_list", "https://www.renrendoc.com/paper/507073092.html",
        "医保局 岗位廉政风险清单 after the source's 内控 风险清单 (风险描述、风险等级、控制措施、责任部门): 附件2, "
        "序号/责任部门 merged down/岗位 (posts only, no names)/风险描述 (the point)/风险等级 高/中/低/控制措施",
        [sh], t,
    )  # fmt: skip


def chengguan_responsible() -> dict:
    unit = "XX县城市管理局"
    sh = _Sheet("Sheet1", [6, 12, 12, 32, 6, 32, 8])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点及防控措施", 7)
    sh.add("序号", "科室", "岗位", "风险点", "等级", "防控措施", "责任人")
    people = [
        ("市政管理股", "股长", "石建华", [
            ("燃气经营许可受理中对不符合条件的予以受理", "高", "一次性告知,受理、审查、决定分离。"),
            ("占道挖掘审批超时或附加条件", "中", "审批时限公开,超时预警。"),
        ]),
        ("市政管理股", "审批员", "严欣", [
            ("审查环节违规审查,徇私谋利", "中", "初审、复审、终审分级审查。"),
        ]),
        ("执法中队", "中队长", "程浩", [
            ("执法中选择性执法,降格处罚", "高", "处罚案件法制审核,重大案件集体讨论。"),
            ("暂扣物品处置不规范", "中", "暂扣物品登记入库,处置集体研究。"),
            ("接受当事人宴请、说情", "低", "说情干预登记报告,执法全程记录。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, point, level, measures, who])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 6))
    return _layout(
        "chengguan_responsible", "https://www.shucheng.gov.cn/public/6599181/37222167.html",
        "城管局 岗位廉政风险点及防控措施 after the source's 权力事项廉政风险点表 (燃气经营许可 受理/审查/决定 环节, "
        "责任人): 序号/科室/岗位/风险点/等级 高/中/低/防控措施/责任人 — the holder's NAME in the last column, "
        "科室/岗位/责任人 merged down; sheet named Sheet1",
        [sh], t,
    )  # fmt: skip


def school_middle_cards() -> dict:
    unit = "XX县第二中学"
    t = _Truth(unit)
    people = [
        ("教务处", "教务处主任", "冯立群", [
            ("考试组织", "监考安排和成绩管理中弄虚作假", "Ⅱ级", "考务安排集体研究,成绩录入双人核对。"),
            ("教辅征订", "违规推荐教辅资料收取回扣", "Ⅰ级", "教辅按目录自愿征订,结果公示。"),
            ("评优推荐", "评优推荐条件把关不严", "Ⅲ级", "评选条件和结果公示。"),
        ]),
        ("总务处", "总务处主任", "曹敏", [
            ("物资采购", "采购不询价,与供应商私下接触", "Ⅰ级", "三家以上询价,采购与验收分离。"),
            ("食堂管理", "食材验收不严,以次充好", "Ⅱ级", "食材验收双人签字,家长代表参与。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, who, items in people:
        sh = _Sheet(dept, [6, 14, 32, 8, 32])
        sh.title(f"{unit}中层干部廉政风险防控卡", 5)
        r = sh.add("姓名", who, "职务", post, None)
        sh.merge(r, 3, r, 4)
        r = sh.add("部门", dept, "填写日期", "2024年2月", None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "表现形式", "风险等级", "防控措施")
        for i, (point, desc, level, measures) in enumerate(items, 1):
            sh.add(i, point, desc, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], ROMAN[level])
        sh.add()
        sh.add("本人签名:", None, "校长签名:", None, None)
        sheets.append(sh)
    return _layout(
        "school_middle_cards", "https://www.renrendoc.com/paper/507823641.html",
        "中学 中层干部廉政风险防控卡 after the source's 学校权力运行 短板 (采购、评优、教辅): one sheet per 处 named "
        "after it, 姓名/职务 and 部门/填写日期 label/value pairs, short 风险点 beside a 表现形式, Ⅰ级…Ⅲ级, 防控措施; "
        "签名 line",
        sheets, t,
    )  # fmt: skip


def village_liangwei_posts() -> dict:
    unit = "XX镇XX村"
    sh = _Sheet("小微权力", [6, 14, 8, 14, 30, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}“两委”干部小微权力廉政风险防控表", 7)
    sh.add("序号", "职务", "姓名", "权力事项", "风险点", "风险等级", "防控措施")
    people = [
        ("村党支部书记", "柏永刚", [
            ("村级重大事项决策", "不执行“四议两公开”,个人说了算", "高风险", "重大事项“四议两公开”,会议记录存档。"),
            ("集体资产处置", "低价出租、出让集体资产", "高风险", "资产处置进镇农村产权交易平台。"),
        ]),
        ("村委会主任", "葛丽娟", [
            ("村级工程项目", "小型工程指定施工方", "中风险", "工程项目村民代表会议决定,结果公示。"),
            ("低保初审", "低保评议中优亲厚友", "中风险", "民主评议,村务公开栏公示。"),
        ]),
        ("村报账员", "房小军", [
            ("村级财务报账", "白条入账,虚列支出", "低风险", "报账经村监委审核,镇三资中心复核。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for post, who, items in people:
        for power, point, level, measures in items:
            n += 1
            recs.append([n, post, who, power, point, level, measures])
            t.point(sh.name, "", post, who, _tier(post), point, [], RISK_WORDS[level])
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    sh.add("村监委会意见:", None, None, "镇纪委审核:", None, None, None)
    return _layout(
        "village_liangwei_posts", "https://www.qfxww.com.cn/news/zonghezhili/2026/0227/117952.html",
        "村“两委”干部小微权力廉政风险防控表 after the source's 村级微权力“晒太阳” (集体资金、资产、低保): 序号/"
        "职务/姓名 merged down/权力事项/风险点/风险等级 高风险/中风险/低风险/防控措施; 村监委/镇纪委 line",
        [sh], t,
    )  # fmt: skip


def street_level_adjusted() -> dict:
    unit = "XX区XX街道办事处"
    sh = _Sheet("动态调整", [6, 12, 10, 30, 8, 8, 20, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点动态调整表", 8)
    r = sh.add("调整时间:2024年6月", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("序号", "科室", "岗位", "风险点", "原风险等级", "调整后风险等级", "调整原因", "防控措施")
    rows = [
        ("社区建设办", "主任", "社区惠民资金项目审核把关不严", "二级", "一级", "资金规模扩大", "项目评审集体研究,资金使用公示。"),
        ("社区建设办", "主任", "社区工作者招聘中优亲厚友", "一级", "一级", "无变化", "招聘笔试面试全程录像。"),
        ("城市管理办", "科员", "违建拆除补偿标准执行不一", "三级", "二级", "职责调整新增拆违补偿", "补偿方案公示,集体审定。"),
        ("城市管理办", "科员", "门前三包检查走过场", "二级", "三级", "检查改为网格员日常巡查", "巡查结果系统上报。"),
        ("财政所", "会计", "街道财务报销审核不严", "二级", "二级", "无变化", "报销网上审批,票据查验。"),
        ("财政所", "会计", "社区经费拨付不及时", "三级", "三级", "无变化", "拨付进度按月通报。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, point, old, new, why, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, point, old, new, why, measures])
        t.point(sh.name, dept, post, "", _tier(post), point, [], ORDINAL[new])
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    r = sh.add(
        "注:风险等级按一级(高)、二级(中)、三级(低)评定;本次调整以“调整后风险等级”为准。",
        *([None] * 7),
    )
    sh.merge(r, 0, r, 7)
    return _layout(
        "street_level_adjusted", "https://www.renrendoc.com/paper/507269611.html",
        "(harder) 街道 岗位廉政风险点动态调整表 after the source's 街道风险排查 (定期排查、一风险一档案): TWO visible "
        "level columns — 原风险等级 then 调整后风险等级 (the level), both 一级…三级 — and a 调整原因 column; 科室/岗位 "
        "merged down, posts only; 注 line saying the adjusted level counts",
        [sh], t,
    )  # fmt: skip


def service_post_bracket_name() -> dict:
    unit = "XX县XX镇便民服务中心"
    sh = _Sheet("防控表", [6, 20, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}窗口岗位廉政风险防控表", 5)
    sh.add("序号", "岗位（责任人）", "风险点", "风险等级", "防控措施")
    people = [
        ("民政专干（高丽）", [
            ("低保申请受理中故意刁难或违规受理", "中", "受理条件公开,一次性告知。"),
            ("残疾人补贴资格审核不严", "中", "补贴名单村镇两级公示。"),
        ]),
        ("社保专干(钟伟)", [
            ("城乡居民养老保险待遇冒领", "高", "每年开展待遇资格认证,死亡人员及时停发。"),
            ("违规为不符合条件人员办理参保补缴", "高", "补缴材料县镇两级审核。"),
        ]),
        ("国土规划员（易军）", [
            ("农村宅基地审核中收受好处", "高", "宅基地审批“三到场”,结果公示。"),
            ("违法占地巡查发现不报", "低", "巡查记录上报系统,镇纪委抽查。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for cell, items in people:
        post, who = cell.replace("（", "(").replace("）", ")").rstrip(")").split("(")
        for point, level, measures in items:
            n += 1
            recs.append([n, cell, point, level, measures])
            t.point(sh.name, "", post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    sh.add("中心负责人:", None, "镇纪委审核:", None, None)
    return _layout(
        "service_post_bracket_name", "https://www.renrendoc.com/paper/501499371.html",
        "(harder) 镇便民服务中心 窗口岗位廉政风险防控表 after the source's 宁津县“小微权力” (低保、养老保险、宅基地): "
        "the heading 岗位（责任人） over cells `民政专干（高丽）` — the POST then the holder's NAME in brackets, "
        "full-width and one half-width `社保专干(钟伟)` — merged down; 风险点/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gjj_keshi_list(),
    yibao_center_cards(),
    township_types_levels(),
    budong_leaders(),
    yibao_post_list(),
    chengguan_responsible(),
    school_middle_cards(),
    village_liangwei_posts(),
    street_level_adjusted(),
    service_post_bracket_name(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b14_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch14-inbox"))

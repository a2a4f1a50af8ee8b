"""A seventh batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Mostly the everyday case — a 局/院/校 一览表 or 台账, a personal 自查表, a 派出所's
防控卡, a 科室站队 排查表 — with three harder ones (``yibao_shared_holders``,
``town_power_count_levels``, ``court_post_grade_only``). Each layout imitates the *shape* of a
public page (its ``source``) that no earlier batch used; where the page describes its table in
prose (columns, scale, categories) rather than printing it, the layout follows that description.
The rows are worded by us.

Run ``python tests/published/score.py --set batch7`` and do not tune the reader against it,
or it stops being held out. No re-saved copies belong to this batch.

Judgement calls this batch leans on, beyond those of the earlier batches:

- one row whose 责任科室 and 责任人 cells each name two (``基金管理股\\n办公室`` / ``黄立新\\n詹可``,
  one per line, in the same order) is one point held by both: it is in each holder's form, under
  that holder's own 科室;
- a 风险点数量 column (a count: 3, 2) is neither a level nor a point; a 表现形式 cell of numbered
  sub-items is one point (layouts.py); a level cell counting levels (``1中2低``) names no single
  level: level None, not guessed;
- a 岗位风险等级 A/B/C merged over a post, with no per-point level column, grades the post: its
  points have level None (the A/B/C is no Ⅰ/Ⅱ/Ⅲ); a 风险类别 of 审判执行类/组织人事类 … is no type;
- Ⅰ级/Ⅱ级/Ⅲ级, 一级/二级/三级, 高/中/低 and 高/较高/一般 are Ⅰ/Ⅱ/Ⅲ (as in earlier batches);
- a card's 禁止行为 (负面清单) column and a ledger's 风险成因 column are not points; 监督电话 is no
  level; a 警号 is no holder;
- a personal 自查表 with label/value header cells (姓名 / 部门 / 职务) is one form; 本人签字 and
  部门负责人审核 lines under it are sign-offs.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
HIGH_MID_LOW = {"高": 1, "较高": 2, "一般": 3}
TIER = {"股长": "middle", "科长": "middle", "主任": "middle", "庭长": "middle", "所长": "middle",
        "院长": "middle", "书记": "middle", "处长": "middle", "队长": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return next((v for k, v in TIER.items() if post.endswith(k)), "general")


# --------------------------------------------------------------------------- layouts


def yibao_shared_holders() -> dict:
    unit = "XX县医疗保障局"
    sh = _Sheet("风险防控一览表", [5, 14, 34, 6, 32, 12, 10])
    t = _Truth(unit)
    sh.title(f"{unit}岗位权力行使风险防控一览表", 7)
    sh.add("序号", "事项名称", "廉政风险点及描述", "等级", "防控措施", "责任科室", "责任人")
    rows = [
        ("公文处理", "涉密文件传阅不登记,造成泄密。", "中", "涉密文件专人管理,传阅登记。",
         ["办公室"], ["詹可"]),
        ("公务接待", "无公函接待,陪餐人数超标。", "中", "公函、审批单、清单三单对应。",
         ["办公室"], ["詹可"]),
        ("财务管理", "报销凭证审核不严,违规列支。", "高", "严格执行局内部财务制度,凭证双人复核。",
         ["基金管理股", "办公室"], ["黄立新", "詹可"]),
        ("医保基金拨付", "未按协议审核即拨付定点机构结算款。", "高", "拨付前初审、复审分离,月度对账。",
         ["基金管理股"], ["黄立新"]),
        ("医保待遇审核", "对不符合条件的报销材料予以通过。", "中", "审核结果系统留痕,按月抽查。",
         ["城乡居民审核股", "职工审核股"], ["裴迎春", "管婷"]),
        ("异地就医备案", "备案办理拖延,吃拿卡要。", "低", "备案时限公开,网上可办。",
         ["城乡居民审核股"], ["裴迎春"]),
        ("定点机构稽核", "稽核中发现问题不移交、不处理。", "高", "稽核双人以上,问题清单销号管理。",
         ["职工审核股"], ["管婷"]),
    ]  # fmt: skip
    for i, (item, point, level, measures, depts, people) in enumerate(rows, 1):
        sh.add(i, item, point, level, measures, "\n".join(depts), "\n".join(people))
        for dept, who in zip(depts, people, strict=True):
            t.point(sh.name, dept, "", who, None, point, [], HML[level])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "填报日期:2023年5月", None, None)
    return _layout(
        "yibao_shared_holders", "https://www.ahlx.gov.cn/OpennessContent/show/2599240.html",
        "(harder) 县医保局 岗位权力行使风险防控一览表 as the source prints it: 序号/事项名称/廉政风险点及描述/等级 "
        "高/中/低/防控措施/责任科室/责任人 last, some rows naming two 科室 and two people one per line in one cell "
        "(the point is held by both); 填报人/审核人 line",
        [sh], t,
    )  # fmt: skip


def town_power_count_levels() -> dict:
    unit = "XX县XX镇"
    sh = _Sheet("廉政风险点", [5, 24, 8, 40, 8, 36, 10])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点情况表", 7)
    sh.add("序号", "权力事项", "风险点数量", "表现形式", "等级", "防控措施", "责任人")
    rows = [
        ("农村宅基地建房审批", 3,
         "1.受理环节:对符合条件的申请不予受理;\n2.审查环节:现场踏勘走过场;\n3.决定环节:超面积审批。",
         "1高2中", "审批条件、程序公开;踏勘两人以上;结果公示。", "闻志刚"),
        ("临时救助审批", 2, "1.审核环节:优亲厚友;\n2.发放环节:截留救助金。", "高",
         "救助对象村镇两级公示,资金打卡发放。", "卜丽华"),
        ("违法建设查处", 3,
         "1.调查环节:选择性执法;\n2.决定环节:处罚畸轻畸重;\n3.执行环节:罚而不拆。",
         "1高2中", "执法全过程记录,处罚集体讨论。", "闻志刚"),
        ("农业补贴申报核实", 2, "1.核实环节:虚报面积;\n2.公示环节:公示不到位。", "中",
         "面积逐户核实,名单张榜公示。", "支春生"),
        ("计生奖扶对象确认", 1, "确认环节:把关不严,冒领奖扶资金。", "低",
         "对象资格年审,信息比对。", "卜丽华"),
    ]  # fmt: skip
    levels = {"高": 1, "中": 2, "低": 3, "1高2中": None}
    for i, (power, n, point, level, measures, who) in enumerate(rows, 1):
        sh.add(i, power, n, point, level, measures, who)
        t.point(sh.name, "", "", who, None, point, [], levels[level])
    return _layout(
        "town_power_count_levels", "https://www.ahhuoshan.gov.cn/public/6598341/32188421.html",
        "(harder) 镇 廉政风险点情况表 in the source's columns: 序号/权力事项/风险点数量 (a count)/表现形式 (numbered "
        "环节 sub-items in one cell: one point)/等级 — some cells count levels (`1高2中`: level None)/防控措施/责任人",
        [sh], t,
    )  # fmt: skip


def court_post_grade_only() -> dict:
    unit = "XX区人民法院"
    sh = _Sheet("岗位风险登记", [10, 10, 8, 8, 12, 32, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险登记表", 7)
    sh.add("庭室", "岗位", "姓名", "岗位风险等级", "风险类别", "风险点", "防范措施")
    groups = [
        ("民事审判庭", "庭长", "戚光明", "A", [
            ("审判执行类", "为当事人打招呼、过问案件", "严格执行过问案件登记制度。"),
            ("廉洁自律类", "接受当事人及律师宴请", "签订廉洁承诺,违规一律通报。"),
        ]),
        ("民事审判庭", "书记员", "伍佳", "C", [
            ("失职渎职类", "庭审笔录记载不实", "笔录与庭审录像同步核对。"),
        ]),
        ("执行局", "执行员", "上官勇", "A", [
            ("审判执行类", "选择性执行、消极执行", "执行节点网上公开,超期预警。"),
            ("评估拍卖类", "指定评估拍卖机构", "评估拍卖机构随机摇号。"),
        ]),
        ("政治部", "主任", "饶秀兰", "B", [
            ("组织人事类", "干部选任中搞亲疏远近", "选任程序全程纪实,结果公示。"),
            ("财经纪律类", "培训经费超标准列支", "培训经费预算管理,报销审核。"),
        ]),
    ]  # fmt: skip
    for dept, post, who, grade, items in groups:
        recs = []
        for kind, point, measures in items:
            recs.append([dept, post, who, grade, kind, point, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], None)
        sh.records(recs, merge_cols=(0, 1, 2, 3))
    sh.add()
    r = sh.add("注:岗位风险等级按A、B、C三级评定,A级为重点防控岗位。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "court_post_grade_only", "http://cdfy.scssfw.gov.cn/article/detail/2011/11/id/580502.shtml",
        "(harder) 区法院 岗位廉政风险登记表 after the source's A/B/C 三级 and 七个风险类别: 庭室/岗位/姓名/岗位风险等级 "
        "A/B/C merged over each post (a post grade: points have level None)/风险类别 审判执行类… (no type)/风险点/"
        "防范措施; note line",
        [sh], t,
    )  # fmt: skip


def police_station_cards() -> dict:
    unit = "XX派出所"
    t = _Truth(unit)
    cards = [
        ("钟立军", "社区民警", "031245", [
            ("户籍办理中为不符合条件人员落户", "一级", "落户材料两级审核,办结网上可查。", "严禁收受办事群众财物"),
            ("出具证明随意、失实", "三级", "证明事项清单化,开具登记。", "严禁开具虚假证明"),
        ]),
        ("糜晓东", "办案民警", "031268", [
            ("办案中违规插手经济纠纷", "一级", "受立案集中管理,法制员审核。", "严禁违规插手经济纠纷"),
            ("涉案财物登记不全、私自处置", "二级", "涉案财物进保管中心,出入库扫码。", "严禁截留涉案财物"),
            ("案件信息泄露给当事人", "二级", "案件信息查询留痕,定期核查。", "严禁泄露案情"),
        ]),
    ]  # fmt: skip
    sh = _Sheet("民警防控卡", [6, 30, 8, 30, 20])
    for who, post, badge, items in cards:
        sh.title(f"{unit}民警廉政风险防控卡", 5)
        sh.add("姓名", who, "警号", badge, f"岗位:{post}")
        sh.add("序号", "风险点", "风险等级", "防控措施", "禁止行为(负面清单)")
        for i, (point, level, measures, ban) in enumerate(items, 1):
            sh.add(i, point, level, measures, ban)
            t.point(sh.name, "", post, who, "general", point, [], ORDINAL[level])
        sh.add("监督电话:12389", None, None, None, None)
        sh.add()
    return _layout(
        "police_station_cards", "http://www.qllq.gov.cn/InfoPub/ArticleView.aspx?ID=513",
        "派出所 民警廉政风险防控卡 (the source's 执法办案 风险 and 负面清单), two cards stacked: 姓名/警号/岗位 "
        "line, 序号/风险点/风险等级 一级…三级/防控措施/禁止行为(负面清单) (not points); 监督电话 line",
        [sh], t,
    )  # fmt: skip


def college_dept_ledger() -> dict:
    unit = "XX省XX职业学院"
    sh = _Sheet("部门风险台账", [12, 12, 8, 28, 24, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}部门廉政风险台账", 7)
    r = sh.add("部门:", None, None, "填报时间:2023年9月", None, None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 6)
    sh.add("部门", "岗位", "姓名", "风险点", "风险成因", "风险等级", "防控措施")
    groups = [
        ("组织人事处", [
            ("处长", "桂振华", "职称评审中为特定人员打招呼", "评审委员会组成不透明", "高",
             "评委随机抽取,评审结果公示。"),
            ("人事专员", "喻欣", "招聘资格审查放宽条件", "审查标准掌握不一", "中", "资格审查两人复核,结果存档。"),
        ]),
        ("招生就业处", [
            ("处长", "韦德胜", "单招录取中违规调整名次", "录取环节集中于个别人", "高", "录取数据系统锁定,调整集体研究。"),
            ("招生干事", "蒲冬梅", "招生宣传中收受中介好处", "外部中介拉拢", "低", "严禁与招生中介合作,签订承诺。"),
        ]),
        ("财务处", [
            ("会计", "邬丽", "科研经费报销审核不严", "票据真实性核验手段有限", "中", "发票系统查验,报销抽查。"),
        ]),
    ]  # fmt: skip
    for dept, items in groups:
        recs = []
        for post, who, point, cause, level, measures in items:
            recs.append([dept, post, who, point, cause, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(0,))
    sh.add()
    sh.add("部门负责人签字:", None, None, "学院纪委审核:", None, None, None)
    return _layout(
        "college_dept_ledger", "https://www.gtcfla.edu.cn/xxgzzd/info/1239/1262.htm",
        "高职院校 部门廉政风险台账 as its 办法 describes (查找风险点、分析原因、界定等级、防控措施; 组织人事/招生考试/"
        "财务 first): 部门(盖章-less) and 填报时间 line, 部门/岗位/姓名/风险点/风险成因 (not the point)/风险等级 "
        "高/中/低/防控措施, 部门 merged down; sign line",
        [sh], t,
    )  # fmt: skip


def college_self_check() -> dict:
    unit = "XX职业技术学院"
    sh = _Sheet("个人自查表", [6, 22, 30, 12, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险个人自查表", 6)
    sh.add("姓名", "戈晓红", "部门", "实验实训中心", "职务", "设备管理员")
    sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("实训设备采购验收", "验收中接受供应商好处,降低验收标准", "思想道德风险", "一级",
         "验收小组三人以上,验收记录签字存档。"),
        ("实训设备采购验收", "采购参数向特定品牌倾斜", "制度机制风险", "二级", "技术参数论证会审,公开征求意见。"),
        ("设备报废处置", "报废设备私自变卖", "岗位职责风险", "二级", "报废经资产处审批,统一回收处置。"),
        ("耗材领用登记", "耗材领用不登记、账实不符", "业务流程风险、岗位职责风险", "三级", "耗材出入库台账,每学期盘点。"),
    ]  # fmt: skip
    for i, (duty, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(i, duty, point, kind, level, measures)
        t.point(sh.name, "实验实训中心", "设备管理员", "戈晓红", "general", point, types_in(kind),
                ORDINAL[level])  # fmt: skip
    sh.rows[4][1] = None  # 岗位职责 merged over its two points
    sh.merge(3, 1, 4, 1)
    sh.add()
    sh.add("本人签字:", None, None, "部门负责人审核:", None, None)
    sh.add("年  月  日", None, None, "年  月  日", None, None)
    return _layout(
        "college_self_check", "https://jwjc.gtcfla.edu.cn/info/1040/1169.htm",
        "学院 岗位廉政风险个人自查表 (the source's 内控防范有制度、岗位操作有标准): label/value header 姓名/部门/职务 "
        "in one row, 序号/岗位职责 (merged over two points)/风险点/风险类型 (one cell naming two)/风险等级 一级…三级/"
        "防控措施; 本人签字 and 部门负责人审核 with 年 月 日",
        [sh], t,
    )  # fmt: skip


def college_authority_catalog() -> dict:
    unit = "XX大学XX学院"
    sh = _Sheet("岗位职权风险", [12, 8, 18, 30, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位职权目录及廉政风险点防控表", 6)
    sh.add("岗位", "责任人", "职权名称", "风险点", "风险等级", "防控措施")
    groups = [
        ("党委书记", "项国栋", [
            ("干部推荐", "推荐人选由个人意志决定", "Ⅰ级", "党政联席会议集体研究推荐。"),
            ("党费管理", "党费收缴使用不规范", "Ⅲ级", "党费账目每季度公开。"),
        ]),
        ("院长", "甘立伟", [
            ("学院经费审批", "大额经费一支笔审批", "Ⅰ级", "大额经费联签,报学校备案。"),
            ("研究生招生复试", "复试打分受请托影响", "Ⅱ级", "复试全程录像,专家随机组成。"),
        ]),
        ("办公室主任", "窦晓岚", [
            ("办公用品采购", "采购不比价,虚开发票", "Ⅱ级", "采购比价三家,定期盘点。"),
        ]),
        ("教学秘书", "车丹丹", [
            ("成绩管理", "随意更改学生成绩", "Ⅱ级", "成绩更改须任课教师申请、院长审批。"),
            ("教材征订", "向学生推销指定教辅", "Ⅲ级", "教材目录公开,自愿征订。"),
        ]),
    ]  # fmt: skip
    for post, who, items in groups:
        recs = []
        for power, point, level, measures in items:
            recs.append([post, who, power, point, level, measures])
            t.point(sh.name, "", post, who, _tier(post), point, [], ROMAN[level])
        sh.records(recs, merge_cols=(0, 1))
    sh.add()
    sh.add("学院党委(盖章)", None, None, "2016年11月", None, None)
    return _layout(
        "college_authority_catalog", "http://m.jizihe.com/page/2016/1219/18856431.shtml",
        "高校二级学院 岗位职权目录及廉政风险点防控表 after the source's 岗位职权目录体系 and 风险点及等级: 岗位/"
        "责任人/职权名称/风险点/风险等级 Ⅰ级…Ⅲ级/防控措施, 岗位 and 责任人 merged down; no 科室 column; 盖章 line",
        [sh], t,
    )  # fmt: skip


def hospital_keshi_repeated_header() -> dict:
    unit = "XX市中心医院"
    sh = _Sheet("科室岗位风险", [10, 10, 8, 30, 8, 30, 12])
    t = _Truth(unit)
    sh.title(f"{unit}科室岗位廉政风险点公开表", 7)
    header = ("科室", "岗位", "姓名", "风险点", "等级", "防控措施", "监督电话")
    pages = [
        [
            ("药剂科", "主任", "梅红英", "药品遴选中收受医药代表回扣", "高", "药事委员会集体遴选,回避制度。"),
            ("药剂科", "采购员", "易军", "药品采购中虚增数量", "中", "采购计划审批,入库双人验收。"),
            ("设备科", "科长", "滕建华", "设备招标设置倾向性参数", "高", "参数论证公开,招标进平台。"),
        ],
        [
            ("设备科", "维修工程师", "郜明", "维修配件以次充好", "低", "配件入库登记,维修单科室签字。"),
            ("医务科", "科长", "司马丽", "医疗纠纷处理中偏袒", "中", "纠纷处理院内三方参与。"),
            ("医务科", "干事", "贲涛", "进修人员遴选打招呼", "低", "遴选条件公开,结果公示。"),
        ],
    ]  # fmt: skip
    for page in pages:
        sh.add(*header)
        recs = []
        for dept, post, who, point, level, measures in page:
            recs.append([dept, post, who, point, level, measures, "0371-12345678"])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(0,))
    sh.add()
    r = sh.add("医院纪委办公室  2012年10月", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "hospital_keshi_repeated_header", "http://m.42923cc.com/hospital/18566/ygonggao/2941.html",
        "市中心医院 科室岗位廉政风险点公开表 (the source's 针对不同科室查找风险点, 制定防控措施并公开): the header "
        "repeated for the second printed page, 科室 merged down within a page (设备科 on both pages), 高/中/低, "
        "监督电话 column; 纪委 line",
        [sh], t,
    )  # fmt: skip


def eco_team_check() -> dict:
    unit = "XX市生态环境局XX分局"
    sh = _Sheet("排查表", [5, 14, 10, 8, 30, 12, 8, 30])
    t = _Truth(unit)
    sh.add("附件2")
    sh.title(f"{unit}科室(站队)廉政风险排查表", 8)
    sh.add("序号", "科室(站队)", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("环境监察执法大队", "大队长", "凤永强", "对违法排污企业降格处理", "岗位职责风险", "高",
         "处罚案件集体审议,法制审核。"),
        ("环境监察执法大队", "执法队员", "聂志伟", "检查前向企业通风报信", "思想道德风险", "较高",
         "双随机抽查,执法记录仪全程记录。"),
        ("环境监测站", "站长", "冼丽", "监测数据受干预修改", "制度机制风险", "高", "数据自动上传,修改留痕。"),
        ("环境监测站", "监测员", "喻德", "委托监测收费不入账", "业务流程风险", "一般", "收费统一票据,财务集中管理。"),
        ("环评审批股", "股长", "郦晓燕", "环评审批为不符合条件项目放行", "岗位职责风险、外部环境风险", "高",
         "审批会审,结果网上公开。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, who, point, kind, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, who, point, kind, level, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HIGH_MID_LOW[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    r = sh.add("注:风险等级分高、较高、一般三档。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    return _layout(
        "eco_team_check", "http://liuyd.cn/chuanmei/df/5826_6.html",
        "环保分局 科室(站队)廉政风险排查表, organised by the source's 科室、站队 (its 制度 names them; the table "
        "itself is ours): 附件2, 序号/科室(站队)/岗位/责任人/风险点/风险类型 (one cell naming two)/风险等级 高/较高/"
        "一般/防控措施; note line",
        [sh], t,
    )  # fmt: skip


def college_office_sheets() -> dict:
    unit = "XX学院"
    t = _Truth(unit)
    sheets = []
    offices = [
        ("资产管理处", [
            ("处长", "祁永红", "大宗物资采购化整为零规避招标", "二级", "采购计划年初编制,招标进平台。"),
            ("处长", "祁永红", "房产出租不经评估、不公开", "一级", "出租经评估后公开竞租。"),
            ("资产管理员", "班晓", "固定资产账实不符", "三级", "每年全面清查,差异追责。"),
        ]),
        ("科研处", [
            ("处长", "聂志刚", "科研项目评审打招呼、搞平衡", "一级", "评审专家库随机抽取,结果公示。"),
            ("科研秘书", "司徒敏", "科研经费报销把关不严", "三级", "经费报销项目负责人签字,财务复核。"),
        ]),
    ]  # fmt: skip
    for office, items in offices:
        sh = _Sheet(office, [6, 10, 8, 30, 8, 30])
        sh.title(f"{unit}{office}岗位廉政风险及防控", 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        recs = []
        for i, (post, who, point, level, measures) in enumerate(items, 1):
            recs.append([i, post, who, point, level, measures])
            t.point(sh.name, office, post, who, _tier(post), point, [], ORDINAL[level])
        sh.records(recs, merge_cols=(1, 2))
        sh.add()
        sh.add("部门负责人:", None, "分管校领导:", None, None, None)
        sheets.append(sh)
    return _layout(
        "college_office_sheets", "http://www.handmsg.com/page/2021/1124/11494989.shtml",
        "高校 行政部门 岗位廉政风险及防控 after the source's 部门职责细化分解到岗位: one sheet per 部门, the 部门 "
        "named only by the sheet and its title (资产管理处岗位廉政风险及防控): 序号/岗位/姓名/风险点/风险等级 "
        "一级…三级/防控措施, 岗位 and 姓名 merged down; 部门负责人/分管校领导 line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yibao_shared_holders(),
    town_power_count_levels(),
    court_post_grade_only(),
    police_station_cards(),
    college_dept_ledger(),
    college_self_check(),
    college_authority_catalog(),
    hospital_keshi_repeated_header(),
    eco_team_check(),
    college_office_sheets(),
]


# --------------------------------------------------------------------------- writing


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build``."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch7-inbox"))

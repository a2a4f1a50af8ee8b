"""A tenth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Mostly what offices send back when they do not use the plan's form — a
高校 保卫部's 一览表 of six 科 with posts only, a 社保中心 table grouped by the four 岗位类别 of its
岗位权限 rules, two 不动产登记中心 staff's cards with their header fields stacked down the left, a
供电所's 小微权力 table graded in stars, a 疾控中心 table whose 风险等级 stands beside the
可能性 and 影响程度 it was worked out from, a 村 两委's 小微权力 table with 姓名 before 职务, an
审计局's typed list with the 科室 on every row, an 电厂's 关键岗位 sheets one per 部门, a 辅警's
自查表 with a label row over a value row, a 高校 后勤 table whose 责任人 splits into 直接/领导 —
with two harder ones (``registry_post_heading_rows``, ``ndrc_type_ticks``). Each layout imitates
the *shape* of a public page (its ``source``) that no earlier batch used; where the page describes
its table in prose (its posts, 科室, scale, categories) rather than printing it, the layout follows
that description. The rows are worded by us.

Run ``python tests/published/score.py --set batch10`` and do not tune the reader against it,
or it stops being held out. No re-saved copies belong to this batch.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 岗位类别 column merged down before the post (``业务运行岗位`` over 待遇审核员 and 参保登记员)
  groups posts; it is neither the post nor the 科室 — the post is the 岗位 cell;
- a card's header fields stacked as label/value rows down the left (单位名称 / 所在科室 / 岗位 /
  姓名, one pair a row) are the form's fields, as label/value pairs side by side are;
- a 监督人 or 监督主体 column after the measures names a watcher (a name or a body), never the
  holder (as batch5 took 监督人);
- a 风险等级 column beside the 发生可能性 and 影响程度 it was worked out from is the level; those
  two (大/中/小, 严重/较重/一般) are inputs, not levels, even where their words form a scale;
- ``★★★``/``★★``/``★`` in a level column of a list are Ⅰ/Ⅱ/Ⅲ (as card_juzhang's were);
- a line ``部门:燃料管理部`` above a table names the 部门 of the rows (as a title's 科室 did in
  batch9); with posts only under 关键岗位, each post is a form, person "";
- a label row over a value row (单位 | 岗位 | 姓名 over their values) is one set of header fields;
- a two-row header where 责任人 spans 直接责任人 / 领导责任人: the 直接责任人 is the holder, the
  领导责任人 a watcher (as longyan_paged's 直接责任人 and 责任领导); with no post column the form's
  title is "";
- a heading row across the table naming a post and its holder (``一、批量受理岗(责任人:郝建)``)
  gives the post and holder of the rows under it until the next such row;
- a two-row header where 风险类型 spans the five type sub-columns 思想道德 … 外部环境, and a row
  ticks one or more of them with ``√``, gives the ticked types, in column order;
- a 自查结果 (``无``/``已整改``) or 完成时限 or 轮岗期限 column holds no points and no levels.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, TYPES, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b10_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3, "Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISK = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
TIER = {"主任": "middle", "科长": "middle", "处长": "middle", "所长": "middle", "部长": "middle",
        "局长": "leader"}  # fmt: skip


def _tier(post: str) -> str:
    return next((v for k, v in TIER.items() if post.endswith(k)), "general")


# --------------------------------------------------------------------------- layouts


def campus_security_keshi() -> dict:
    unit = "XX学院安全保卫部"
    sh = _Sheet("一览表", [5, 14, 12, 14, 30, 8, 30, 10])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "职责领域", "廉政风险点", "风险等级", "防控措施", "监督责任人")
    groups = [
        ("运行保障科", [
            ("科长", "制度与档案管理", "保卫档案借阅不登记,违规提供信息", "低", "档案借阅审批登记,每季度核查。"),
            ("科长", "安防经费使用", "安防耗材采购不比价,虚报数量", "中", "采购三家比价,入库验收两人签字。"),
        ]),
        ("治安保卫科", [
            ("科长", "校园治安处置", "对熟人违规行为降格处理", "中", "处置结果集体研究,登记备查。"),
            ("治安管理员", "门卫与车辆管理", "收受好处放行无证车辆、外来商贩", "中", "车辆系统识别放行,值班记录留存。"),
        ]),
        ("消防科", [
            ("消防管理员", "消防设施检查", "检查走过场,对维保单位问题不报", "中", "检查拍照留痕,问题台账销号。"),
            ("消防管理员", "消防维保验收", "与维保单位串通虚报维保项目", "高", "维保验收使用部门会签,结算送审。"),
        ]),
        ("技术防范科", [
            ("监控值班员", "监控调阅", "违规调取、泄露监控录像", "高", "调阅须书面审批,系统日志月查。"),
            ("科长", "安防系统建设", "安防工程招标设置倾向性条款", "高", "招标文件法律审核,纪检全程参与。"),
        ]),
        ("实验室安全管理科", [
            ("实验室安全员", "危化品管理", "危化品出入库账实不符", "高", "双人双锁,出入库逐笔登记。"),
        ]),
        ("人口信息管理科", [
            ("户籍管理员", "学生户籍办理", "违规办理户籍迁入迁出", "中", "户籍材料两级审核,办理结果抽查。"),
            ("户籍管理员", "人口信息查询", "违规查询、泄露师生个人信息", "高", "查询权限分级,查询事由登记。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, items in groups:
        recs = []
        for post, area, point, level, measures in items:
            n += 1
            recs.append([n, dept, post, area, point, level, measures, "部长"])
            t.point(sh.name, dept, post, "", _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(1,))
    sh.add()
    sh.add("部门负责人(签字):", None, None, None, "填报日期:2025年3月", None, None, None)
    return _layout(
        "campus_security_keshi", "https://bwc.tyut.edu.cn/info/1032/7356.htm",
        "高校 安全保卫部 岗位廉政风险防控一览表 after the source's 科室 (运行保障科、治安保卫科、消防科、技术防范科、"
        "实验室安全管理科、人口信息管理科) and 高/中/低 三级: six 科 on one sheet, 科室 merged down, posts only "
        "(对岗不对人), 职责领域 before 廉政风险点, 风险等级 高/中/低, 监督责任人 holding the role 部长; 签字/日期 line",
        [sh], t,
    )  # fmt: skip


def sibao_post_classes() -> dict:
    unit = "XX县社会保险事业管理中心"
    sh = _Sheet("防控表", [12, 5, 12, 8, 30, 12, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控表", 8)
    r = sh.add(f"填报单位(盖章):{unit}", None, None, None, None, "填报日期:2024年3月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("岗位类别", "序号", "岗位", "经办人", "风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("业务运行岗位", [
            ("参保登记员", "尤春梅", "为不符合条件人员违规办理参保登记", "岗位职责风险", "二级",
             "参保材料系统比对,登记结果抽查。"),
            ("待遇审核员", "岑立军", "待遇核定中放宽条件、多算缴费年限", "业务流程风险", "一级",
             "待遇核定初审、复核分离,系统校验。"),
            ("待遇审核员", "岑立军", "接受参保人请托,提前办理待遇", "思想道德风险、外部环境风险", "二级",
             "办件按受理顺序,超时预警。"),
        ]),
        ("基金财务管理岗位", [
            ("基金会计", "柴晓红", "基金支付与经费支出混用账户", "制度机制风险", "一级", "基金专户管理,收支两条线。"),
            ("出纳", "祁蕾", "支付复核不严,重复支付待遇", "业务流程风险", "二级", "支付清单与核定清单逐笔核对。"),
        ]),
        ("数据管理岗位", [
            ("系统管理员", "常建波", "违规修改参保缴费数据", "岗位职责风险", "一级", "数据修改须书面审批,日志留痕。"),
            ("系统管理员", "常建波", "违规开设、保留系统账号", "制度机制风险", "三级", "账号随岗变动,每季度清理。"),
        ]),
        ("稽核内控岗位", [
            ("稽核员", "贝文", "稽核发现问题不移交、不追回", "岗位职责风险", "二级", "稽核问题台账,追回情况月报。"),
            ("内控专员", "鲍红霞", "内控检查避重就轻", "制度机制风险", "三级", "内控检查报告报中心集体审议。"),
        ]),
    ]  # fmt: skip
    n = 0
    for klass, items in groups:
        recs = []
        for post, who, point, kind, level, measures in items:
            n += 1
            recs.append([klass, n, post, who, point, kind, level, measures])
            t.point(sh.name, "", post, who, _tier(post), point, types_in(kind), ORDINAL[level])
        sh.records(recs, merge_cols=(0,))
    sh.add()
    r = sh.add("注:风险等级分为一级、二级、三级,一级为最高。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("经办人签字:", None, None, "中心主任签字:", None, None, None, None)
    return _layout(
        "sibao_post_classes", "https://si12333.cn/policy/mapui.html",
        "县社保中心 岗位廉政风险防控表 after the source's 岗位权限 rules (业务运行、基金财务管理、数据管理、稽核内控 "
        "岗位): 填报单位(盖章)/填报日期 line, 岗位类别 merged down before 序号, 岗位/经办人 (the holder)/风险点/风险类别 "
        "(岗位职责风险…, one with two types)/风险等级 一级…三级/防控措施; note and 签字 line",
        [sh], t,
    )  # fmt: skip


def registry_stacked_cards() -> dict:
    unit = "XX市不动产登记中心"
    t = _Truth(unit)
    people = [
        ("综合受理", "受理窗口", "综合受理员", "樊晓", "窗口负责人 易红", [
            ("受理材料不全的申请,放宽审查", "Ⅱ级", "受理清单化,系统必填项校验。"),
            ("为中介、熟人插队办件", "Ⅱ级", "叫号系统办件,插队留痕可查。"),
            ("收取申请人财物、接受宴请", "Ⅰ级", "签订廉洁承诺,窗口视频监控。"),
            ("违规向他人提供登记信息", "Ⅲ级", "查询须本人或委托手续,查询记录存档。"),
        ]),
        ("登记审核", "登记科", "登记审核员", "臧立民", "科长 鄢国平", [
            ("对权属有争议的申请违规登簿", "Ⅰ级", "疑难件集体会审,登簿前复核。"),
            ("审核中故意拖延,吃拿卡要", "Ⅱ级", "审核时限系统监控,超时预警。"),
            ("更正登记把关不严", "Ⅱ级", "更正登记须公告,科长审签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, post, who, watcher, items in people:
        sh = _Sheet(tab, [12, 30, 8, 30, 14])
        sh.title("岗位廉政风险提示卡", 5)
        for label, value in (("单位名称", unit), ("所在科室", dept), ("岗位", post), ("姓名", who)):
            r = sh.add(label, value, None, None, None)
            sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险等级", "防控措施", "监督人")
        for i, (point, level, measures) in enumerate(items, 1):
            sh.add(i, point, level, measures, watcher)
            t.point(sh.name, dept, post, who, _tier(post), point, [], ROMAN[level])
        sh.add()
        sh.add("持卡人签字:", None, None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "registry_stacked_cards", "http://zgj.ningbo.gov.cn/art/2021/1/15/art_1229036868_58928999.html",
        "不动产登记中心 岗位廉政风险提示卡 after the source's 风险防控 tiers (登记中心具体抓、窗口人员落实抓), one sheet "
        "per staff member: header fields stacked down the left (单位名称 / 所在科室 / 岗位 / 姓名, value merged across), "
        "序号/风险点/风险等级 Ⅰ级…Ⅲ级/防控措施/监督人 (a watcher `科长 鄢国平`); 持卡人签字 line",
        sheets, t,
    )  # fmt: skip


def gongdiansuo_star_levels() -> dict:
    unit = "国网XX县供电公司XX供电所"
    sh = _Sheet("小微权力", [5, 8, 12, 8, 16, 30, 8, 30, 10])
    t = _Truth(unit)
    sh.title(f"{unit}“小微权力”廉洁风险防控表", 9)
    sh.add(
        "序号",
        "专业",
        "岗位",
        "姓名",
        "小微权力事项",
        "廉洁风险点",
        "风险等级",
        "防控措施",
        "监督人",
    )
    groups = [
        ("营销", [
            ("营销专责", "冷建华", "业扩报装", "拖延报装、指定设计施工单位", "★★★", "报装全流程线上办理,时限公开。", "所长"),
            ("台区经理", "车晓东", "抄表催费", "少抄电量、人情减免电费", "★★", "抄表数据系统采集,异常电量稽核。", "所长"),
            ("台区经理", "郁芳", "用电检查", "发现窃电隐瞒不报、私了罚款", "★★★", "用电检查两人以上,处理单据闭环。", "所长"),
        ]),
        ("工程", [
            ("所长", "符国良", "配网工程管理", "工程量签证虚增,收受施工方好处", "★★★", "签证三方确认,工程结算审计。", "纪检专职"),
            ("所长", "符国良", "外包队伍管理", "指定外包队伍,考核打分不公", "★★", "外包队伍公司统一招标,考核公示。", "纪检专职"),
        ]),
        ("物资", [
            ("物资管理员", "管丽", "物资领用", "物资出库账实不符,私自变卖废旧物资", "★★", "领用凭单出库,废旧物资统一回收。", "所长"),
        ]),
        ("财务", [
            ("报账员", "乔明", "费用报销", "虚开票据报销,套取备用金", "★", "报销网上审批,票据真伪查验。", "所长"),
        ]),
    ]  # fmt: skip
    n = 0
    for area, items in groups:
        recs = []
        for post, who, power, point, stars, measures, watcher in items:
            n += 1
            recs.append([n, area, post, who, power, point, stars, measures, watcher])
            t.point(sh.name, "", post, who, _tier(post), point, [], STARS[stars])
        sh.records(recs, merge_cols=(1,))
    sh.add()
    r = sh.add("注:★★★为高风险,★★为中风险,★为低风险。", *([None] * 8))
    sh.merge(r, 0, r, 8)
    sh.add("填报人:", None, None, "所长审核:", None, None, "日期:", None, None)
    return _layout(
        "gongdiansuo_star_levels", "http://www.chinapower.com.cn/dww/dzwh/20230227/190086.html",
        "供电所 “小微权力”廉洁风险防控表 after the source's 供电所 小微权力 (业扩报装、工程管理、物资管理): 专业 "
        "merged down/岗位/姓名/小微权力事项/廉洁风险点/风险等级 ★★★ ★★ ★ (legend line below)/防控措施/监督人 "
        "(role words); two 台区经理 holders; 填报人/所长审核/日期 line",
        [sh], t,
    )  # fmt: skip


def cdc_likelihood_columns() -> dict:
    unit = "XX市疾病预防控制中心"
    sh = _Sheet("风险评估", [5, 10, 12, 12, 30, 8, 8, 8, 30])
    t = _Truth(unit)
    sh.add("附件1")
    sh.title(f"{unit}重点领域廉洁风险评估表", 9)
    sh.add(
        "序号",
        "风险领域",
        "科室",
        "岗位",
        "风险点",
        "发生可能性",
        "影响程度",
        "风险等级",
        "防控措施",
    )
    groups = [
        ("疫苗管理", [
            ("免疫规划科", "疫苗管理员", "疫苗出入库登记不实,冷链记录补造", "中", "严重", "Ⅰ级",
             "疫苗追溯系统扫码出入库,冷链自动监测。"),
            ("免疫规划科", "科长", "疫苗分配向个别接种单位倾斜", "小", "较重", "Ⅱ级", "分配方案按接种量测算并公示。"),
        ]),
        ("检验检测", [
            ("检验科", "检验员", "篡改检测数据,出具虚假报告", "小", "严重", "Ⅱ级", "检测原始记录不可改,报告三级审核。"),
            ("检验科", "科长", "委托检测收费随意减免", "中", "一般", "Ⅲ级", "收费按标准执行,减免报中心审批。"),
        ]),
        ("物资采购", [
            ("总务科", "采购员", "试剂耗材采购指定品牌、收受回扣", "大", "严重", "Ⅰ级", "采购需求集体论证,平台公开采购。"),
            ("总务科", "仓库管理员", "应急物资账实不符", "中", "较重", "Ⅱ级", "应急物资季度盘点,动用审批登记。"),
        ]),
        ("财务管理", [
            ("财务科", "会计", "专项经费挤占挪用", "中", "严重", "Ⅰ级", "专项经费单独核算,支出绩效跟踪。"),
            ("财务科", "出纳", "差旅费报销审核不严", "大", "一般", "Ⅱ级", "差旅审批单与票据逐项核对。"),
        ]),
        ("人事管理", [
            ("办公室", "人事专干", "职称评聘推荐条件把关不严", "小", "较重", "Ⅱ级", "推荐条件和结果公示五个工作日。"),
        ]),
    ]  # fmt: skip
    n = 0
    for area, items in groups:
        recs = []
        for dept, post, point, likely, impact, level, measures in items:
            n += 1
            recs.append([n, area, dept, post, point, likely, impact, level, measures])
            t.point(sh.name, dept, post, "", _tier(post), point, [], ROMAN[level])
        sh.records(recs, merge_cols=(1,))
    sh.add()
    r = sh.add("说明:风险等级由发生可能性(大/中/小)和影响程度(严重/较重/一般)综合评定,分Ⅰ级、Ⅱ级、Ⅲ级。",
               *([None] * 8))  # fmt: skip
    sh.merge(r, 0, r, 8)
    return _layout(
        "cdc_likelihood_columns", "https://www.hunantoday.cn/news/xhn/202506/29712657.html",
        "疾控中心 重点领域廉洁风险评估表 after the source's 高风险领域 (疫苗管理、检验检测、物资采购…): 附件1, 风险领域 "
        "merged down/科室/岗位 (posts only)/风险点/发生可能性 大中小/影响程度 严重 较重 一般/风险等级 Ⅰ级…Ⅲ级 (the "
        "level; the two before it are its inputs)/防控措施; 说明 line",
        [sh], t,
    )  # fmt: skip


def village_cadres_name_first() -> dict:
    unit = "XX镇XX村"
    sh = _Sheet("小微权力", [5, 8, 12, 16, 10, 30, 8, 30, 14])
    t = _Truth(unit)
    sh.title(f"{unit}“小微权力”廉政风险防控表", 9)
    sh.add(
        "序号", "姓名", "职务", "分管工作", "权力类别", "风险点", "风险等级", "防控措施", "监督主体"
    )
    cadres = [
        ("钮永福", "党支部书记", "主持村“两委”全面工作", [
            ("议事决策", "重大事项不经“四议两公开”,个人说了算", "高", "重大事项按“四议两公开”程序,会议记录存档。",
             "镇纪委"),
            ("工程采购", "村内工程指定施工队伍", "高", "工程项目镇公共资源交易站比选。", "镇纪委"),
        ]),
        ("伍桂兰", "村委会主任", "分管“三资”管理、惠农补贴", [
            ("“三资”管理", "集体土地低价发包给亲友", "高", "发包方案公示,公开竞价。", "村务监督委员会"),
            ("惠农补贴", "补贴面积虚报冒领", "中", "补贴面积逐户核实,名单张榜公示。", "村务监督委员会"),
            ("救助救济", "低保评议优亲厚友", "中", "低保评议村民代表参加,结果公示。", "村务监督委员会"),
        ]),
        ("乐小红", "报账员", "村级财务报账", [
            ("“三资”管理", "白条入账,虚列开支", "中", "村账镇代管,票据镇经管站审核。", "村务监督委员会"),
            ("阳光村务", "财务公开不及时、不完整", "低", "财务每季度公开,公开栏拍照存档。", "镇纪委"),
        ]),
        ("郜建", "村文书", "印章和档案管理", [
            ("公共服务", "违规出具证明、滥用印章", "低", "用印登记,证明事项“一事一审”。", "村务监督委员会"),
        ]),
    ]  # fmt: skip
    n = 0
    for who, post, work, items in cadres:
        recs = []
        for klass, point, level, measures, watcher in items:
            n += 1
            recs.append([n, who, post, work, klass, point, level, measures, watcher])
            t.point(sh.name, "", post, who, "general", point, [], HML[level])
        sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add(
        "村务监督委员会意见:",
        None,
        None,
        None,
        "镇纪委备案:",
        None,
        None,
        "制表日期:2024年6月",
        None,
    )
    return _layout(
        "village_cadres_name_first",
        "https://fx361.cc/page/2021/1215/12968769.shtml",
        "村 “小微权力”廉政风险防控表 after the source's 村级微权力 (议事决策、“三资”管理、工程采购、救助救济、惠农补贴、"
        "阳光村务…): 序号/姓名 before 职务/分管工作, all three merged over a cadre's points/权力类别/风险点/风险等级 "
        "高/中/低/防控措施/监督主体 (村务监督委员会, 镇纪委: watchers); 监委会意见/纪委备案/制表日期 line",
        [sh], t,
    )  # fmt: skip


def audit_bureau_typed_rows() -> dict:
    unit = "XX县审计局"
    sh = _Sheet("Sheet1", [5, 14, 8, 8, 18, 28, 20, 6, 28])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险排查表", 9)
    sh.add("序号", "科室", "姓名", "职务", "岗位职责", "廉政风险点", "风险类型", "等级", "防控措施")
    rows = [
        ("办公室", "闫丽华", "主任", "机关财务、公务接待", "公务接待超标准、虚列接待费用", "制度机制风险", "中",
         "接待事前审批,接待清单与票据核对。"),
        ("办公室", "蓝涛", "会计", "经费核算、报销", "报销票据审核不严", "岗位职责风险", "低", "票据逐张审核,按月对账。"),
        ("财政审计科", "卓文斌", "科长", "组织实施财政预算执行审计", "审计中隐瞒问题、降低定性",
         "岗位职责风险、外部环境风险", "高", "审计发现问题集体审理,底稿三级复核。"),
        ("财政审计科", "卓文斌", "科长", "组织实施财政预算执行审计", "接受被审计单位宴请、礼品", "思想道德风险", "中",
         "审计组签订廉政承诺,被审计单位回访。"),
        ("财政审计科", "阙明", "审计员", "现场审计取证", "取证不全,选择性记录问题", "业务流程风险", "中", "取证单经被审计单位签认,组长复核。"),
        ("经济责任审计科", "暴俊", "科长", "领导干部经济责任审计", "审计评价受人情干扰", "外部环境风险", "高",
         "审计评价意见局审计业务会审定。"),
        ("经济责任审计科", "景芳", "审计员", "审计资料整理", "泄露审计工作秘密", "思想道德风险", "低", "审计资料专人保管,保密承诺。"),
    ]  # fmt: skip
    for i, (dept, who, post, duty, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(i, dept, who, post, duty, point, kind, level, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
    sh.add()
    sh.add("填报科室(盖章):", None, None, None, "科室负责人:", None, "填报日期:", None, None)
    return _layout(
        "audit_bureau_typed_rows", "https://www.langweixian.com.cn/xljk/9124.html",
        "县审计局 岗位廉政风险排查表 after the source's 廉政风险排查 (岗位自查、流程梳理、外部反馈): 科室 written on "
        "every row (no merges), 姓名 before 职务, 岗位职责 repeated, 廉政风险点/风险类型 (思想道德风险…, one with two)/"
        "等级 高/中/低/防控措施; 盖章/负责人/日期 line",
        [sh], t,
    )  # fmt: skip


def power_plant_dept_sheets() -> dict:
    unit = "XX发电有限责任公司"
    t = _Truth(unit)
    depts = [
        ("燃料管理部", [
            ("燃料采购员", "供应商选择", "引入资质不符的煤炭供应商,收受好处", "一级风险", "供应商准入集体评审,名录动态管理。", "3年"),
            ("入厂验收员", "燃煤验收", "验收放宽标准,亏吨亏卡不扣", "一级风险", "验收全过程视频,数据自动采集。", "3年"),
            ("采制化主管", "煤样采制化", "调换煤样,提高结算热值", "一级风险", "采制化分离,煤样编码盲样化验。", "3年"),
            ("部门主任", "燃料结算", "结算单审核不严", "二级风险", "结算单财务、燃料、审计三方会签。", "5年"),
        ]),
        ("物资供应部", [
            ("采购专责", "询价采购", "询价对象少于三家,虚假询价", "二级风险", "询价记录上传采购平台,抽查。", "3年"),
            ("仓库保管员", "物资出入库", "出库物资以次充好、账实不符", "三级风险", "出入库扫码,月度盘点。", "5年"),
        ]),
        ("财务部", [
            ("资金会计", "资金支付", "未按审批支付,违规出借资金", "一级风险", "支付网银双人复核,大额资金集体决策。", "5年"),
            ("费用会计", "费用报销", "报销审核走过场,拆分票据", "三级风险", "报销网上审批,发票查验。", "5年"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, items in depts:
        sh = _Sheet(dept, [5, 12, 14, 34, 10, 30, 8])
        sh.title(f"{unit}关键岗位廉洁风险识别表", 7)
        r = sh.add(f"部门:{dept}", None, None, "部门负责人(签字):", None, "年  月  日", None)
        sh.merge(r, 0, r, 2)
        sh.add("序号", "关键岗位", "廉洁风险点", "风险描述", "风险等级", "防控措施", "轮岗期限")
        for i, (post, point, desc, level, measures, term) in enumerate(items, 1):
            sh.add(i, post, point, desc, level, measures, term)
            t.point(sh.name, dept, post, "", _tier(post), point, [], RISK[level])
        sheets.append(sh)
    return _layout(
        "power_plant_dept_sheets",
        "https://www.hkyyi.com/html/lian-jie-sheng-chan-dian-chang-ru-he-du-jue-fu-bai-lou-dong-bao-zhang-dian-li-gong-ying-an-quan-yu-j.html",
        "电厂 关键岗位廉洁风险识别表 after the source's 关键岗位 (燃料管理、设备采购、财务审批) and 轮岗 rule, one sheet "
        "per 部门: `部门:燃料管理部` line with a 签字 blank, 序号/关键岗位 (posts only)/廉洁风险点 (short: the point)/"
        "风险描述/风险等级 一级风险…三级风险/防控措施/轮岗期限 (3年/5年)",
        sheets, t,
    )  # fmt: skip


def fujing_label_row_selfcheck() -> dict:
    unit = "XX市公安局XX分局XX派出所"
    post, who = "户籍内勤辅警", "覃小雅"
    sh = _Sheet("自查表", [5, 22, 30, 8, 30, 12])
    t = _Truth(unit)
    sh.title("辅警岗位廉政风险自查表", 6)
    r = sh.add("单位", None, "岗位", "姓名", "入职时间", None)
    sh.merge(r, 0, r, 1)
    sh.merge(r, 4, r, 5)
    r = sh.add(unit, None, post, who, "2021年9月", None)
    sh.merge(r, 0, r, 1)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "风险点", "风险表现", "风险等级", "防范措施", "自查结果")
    rows = [
        ("权力寻租", "利用户籍办理便利为他人违规落户、收取好处", "Ⅰ", "户籍业务民警审核签批,辅警不单独办理。", "无"),
        ("关系网", "为亲友违规查询他人户籍信息", "Ⅰ", "查询须登记事由,系统日志定期核查。", "无"),
        ("人际交往", "接受办事群众礼品、吃请", "Ⅱ", "签订廉洁承诺,拒收登记。", "已整改"),
        ("情感因素", "对熟人办件降低材料要求", "Ⅲ", "材料清单一次性告知,办件抽查。", "无"),
    ]  # fmt: skip
    for i, (point, desc, level, measures, found) in enumerate(rows, 1):
        sh.add(i, point, desc, level, measures, found)
        t.point(sh.name, "", post, who, "general", point, [], ROMAN[level])
    sh.add()
    sh.add("本人签字:", None, "所领导审核:", None, "日期:", None)
    return _layout(
        "fujing_label_row_selfcheck",
        "https://www.seridoat.com/article/jie-mi-wen-zhi-fu-jing-lian-zheng-feng-xian-ru-he-fang-fan-zhi-chang-xian-jing-shou-hu-lian-jie-fang.html",
        "派出所 辅警岗位廉政风险自查表 after the source's 四类风险 (权力寻租、关系网、人际交往、情感因素): a label row "
        "单位/岗位/姓名/入职时间 over a value row, 序号/风险点 (short: the point)/风险表现/风险等级 Ⅰ Ⅱ Ⅲ (no 级)/"
        "防范措施/自查结果 (无/已整改: answers); 本人签字/所领导审核/日期",
        [sh], t,
    )  # fmt: skip


def college_logistics_split_holders() -> dict:
    unit = "XX职业技术学院"
    sh = _Sheet("后勤风险", [5, 14, 30, 8, 30, 10, 10])
    t = _Truth(unit)
    sh.title(f"{unit}后勤及招标采购领域廉政风险防控表", 7)
    top = sh.add("序号", "部门", "风险点", "风险等级", "防控措施", "责任人", None)
    sh.add(None, None, None, None, None, "直接责任人", "领导责任人")
    for c in range(5):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 6)
    rows = [
        ("维修服务中心", "零星维修工程量虚报", "二级", "维修单使用部门签认,季度抽查。", "雷振华", "庞立新"),
        ("维修服务中心", "维修材料采购不比价", "二级", "材料采购三家比价,入库验收。", "雷振华", "庞立新"),
        ("饮食服务中心", "食堂餐饮经营收取现金不入账", "一级", "餐饮一律刷卡结算,日清日结。", "闵秀英", "庞立新"),
        ("饮食服务中心", "食材供应商选择暗箱操作", "一级", "食材供应商公开招标,定期评价。", "闵秀英", "庞立新"),
        ("饮食服务中心", "临时工聘用不按程序", "三级", "临时用工公开招聘,名单公示。", "闵秀英", "庞立新"),
        ("招标采购中心", "采购需求设置倾向性参数", "一级", "需求论证专家参与,参数公示。", "鞠海", "柯文静"),
        ("招标采购中心", "单一来源采购论证走过场", "二级", "单一来源采购前公示,纪委监督。", "鞠海", "柯文静"),
    ]  # fmt: skip
    recs = []
    for i, (dept, point, level, measures, direct, lead) in enumerate(rows, 1):
        recs.append([i, dept, point, level, measures, direct, lead])
        t.point(sh.name, dept, "", direct, None, point, [], ORDINAL[level])
    sh.records(recs, merge_cols=(1, 5, 6))
    sh.add()
    r = sh.add("注:直接责任人为部门(中心)负责人,领导责任人为分管校领导。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "college_logistics_split_holders", "http://jizihe.com/page/2023/0102/13997371.shtml",
        "高职院校 后勤及招标采购领域廉政风险防控表 after the source's 后勤 (维修、食堂现金、临时工) and 招标采购 风险: "
        "two-row header where 责任人 spans 直接责任人 (the holder) / 领导责任人 (a watcher), both names, merged down "
        "with 部门; no post column; 风险等级 一级…三级; note line",
        [sh], t,
    )  # fmt: skip


def registry_post_heading_rows() -> dict:
    unit = "XX县不动产登记中心"
    sh = _Sheet("信息安全风险", [5, 14, 32, 8, 32, 10])
    t = _Truth(unit)
    sh.title(f"{unit}重点岗位廉政(信息安全)风险防控表", 6)
    sh.add("序号", "风险环节", "风险点", "风险等级", "防控措施", "完成时限")
    posts = [
        ("批量受理岗", "郝建", [
            ("批量件受理", "为开发企业批量件违规容缺受理", "中", "批量件受理清单化,容缺事项报中心审批。", "长期"),
            ("资料交接", "批量资料交接不登记,造成信息外泄", "低", "资料交接双人签字。", "2025年6月"),
        ]),
        ("首次登记审核岗", "蔡丽", [
            ("首次登记审核", "首次登记权籍资料审核不严", "高", "权籍调查成果复核,疑难件会审。", "长期"),
            ("登簿", "违规登簿,造成重复发证", "高", "登簿前系统查重,科长审签。", "长期"),
        ]),
        ("查封解封岗", "祁文", [
            ("查解封办理", "收受好处提前解封或延迟查封", "高", "查解封按法院文书顺序办理,留痕。", "长期"),
        ]),
        ("特定档案查询岗", "岳涛", [
            ("档案查询", "受人之托违规查询住房信息", "高", "查询人身份核验,查询日志月审。", "长期"),
            ("档案借阅", "档案借出不登记、不催还", "低", "借阅审批登记,超期提醒。", "2025年3月"),
        ]),
    ]  # fmt: skip
    n = 0
    for k, (post, who, items) in enumerate(posts):
        r = sh.add(f"{'一二三四'[k]}、{post}(责任人:{who})", *([None] * 5))
        sh.merge(r, 0, r, 5)
        for step, point, level, measures, due in items:
            n += 1
            sh.add(n, step, point, level, measures, due)
            t.point(sh.name, "", post, who, "general", point, [], HML[level])
    sh.add()
    sh.add("中心负责人:", None, "分管领导:", None, "制表日期:", None)
    return _layout(
        "registry_post_heading_rows", "https://teniu.cc/fw/zhenggaicuoshi/f69b850a8bd74597a7993c7ffa1e0efd.shtml",
        "(harder) 不动产登记中心 重点岗位廉政(信息安全)风险防控表 after the source's 个别岗位 (批量受理岗、首次登记审核岗、"
        "查(解)封岗、特定档案查询岗): no post or person column — each post and its holder come in a heading row "
        "across the table `一、批量受理岗(责任人:郝建)`, 序号 running on; 风险环节/风险点/风险等级 高/中/低/防控措施/"
        "完成时限; 负责人/分管领导/日期 line",
        [sh], t,
    )  # fmt: skip


def ndrc_type_ticks() -> dict:
    unit = "XX市发展和改革委员会"
    sh = _Sheet("风险点", [5, 14, 12, 30, 5, 5, 5, 5, 5, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点及防范措施表", 11)
    top = sh.add(
        "序号",
        "处室",
        "岗位",
        "廉政风险点",
        "风险类型",
        None,
        None,
        None,
        None,
        "风险等级",
        "防范措施",
    )
    sh.add(None, None, None, None, *TYPES, None, None)
    for c in (0, 1, 2, 3, 9, 10):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 8)
    rows = [
        ("固定资产投资处", "处长", "项目审批中为关系企业开绿灯", ("思想道德", "外部环境"), "高",
         "项目审批集体研究,审批结果网上公开。"),
        ("固定资产投资处", "处长", "中央预算内资金分配不按程序", ("制度机制",), "高", "资金分配方案委务会审定并公示。"),
        ("固定资产投资处", "项目审核员", "项目评审中泄露评审信息", ("岗位职责",), "中", "评审专家随机抽取,评审过程保密。"),
        ("价格管理处", "处长", "定价成本监审走过场", ("业务流程", "岗位职责"), "中", "成本监审报告集体审议。"),
        ("价格管理处", "主任科员", "价格听证代表遴选不公开", ("制度机制",), "低", "听证代表公开报名、随机遴选。"),
        ("办公室", "主任", "公务接待、办公用品采购超标准", ("制度机制", "业务流程"), "中", "接待、采购先审批后执行,按月公开。"),
        ("办公室", "文秘", "涉密文件管理不善", ("岗位职责",), "低", "涉密文件专柜保管,收发登记。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, point, kinds, level, measures) in enumerate(rows, 1):
        ticks = ["√" if k in kinds else None for k in TYPES]
        recs.append([i, dept, post, point, *ticks, level, measures])
        ordered = [k for k in TYPES if k in kinds]
        t.point(sh.name, dept, post, "", _tier(post), point, ordered, HML[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    r = sh.add("说明:风险类型在对应栏内打“√”,可多选。", *([None] * 10))
    sh.merge(r, 0, r, 10)
    return _layout(
        "ndrc_type_ticks", "http://www.holdmm.net/html/text/lar/172001/17200161_4.html",
        "(harder) 市发改委 岗位廉政风险点及防范措施表 after the source's 试点部门 method (以处、科、室为单位, 业务流程、工作"
        "机制、相关制度、外部环境): two-row header where 风险类型 spans five sub-columns 思想道德/制度机制/岗位职责/"
        "业务流程/外部环境 ticked with √ (one or two a row: the types), 处室 merged down, posts only; 风险等级 "
        "高/中/低; 说明 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    campus_security_keshi(),
    sibao_post_classes(),
    registry_stacked_cards(),
    gongdiansuo_star_levels(),
    cdc_likelihood_columns(),
    village_cadres_name_first(),
    audit_bureau_typed_rows(),
    power_plant_dept_sheets(),
    fujing_label_row_selfcheck(),
    college_logistics_split_holders(),
    registry_post_heading_rows(),
    ndrc_type_ticks(),
]


# --------------------------------------------------------------------------- writing


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build``."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch10-inbox"))

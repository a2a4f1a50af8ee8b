"""A second, held-out batch of layouts modelled on published tables, with their answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers; each layout imitates a *different* public table (its ``source``) from those
of the first batch. The wording of the rows is our own; only heading words are copied.

This batch exists to measure the reader on shapes it was not tuned on: run

    python tests/published/score.py --set heldout

and do not tune the reader against it, or it stops being held out.

Conventions this batch leans on (all from ``layouts.py``): a column or header field that
grades the *post* (岗位风险等级, 岗位风险级别 红级) is not a point level, so such points have
``level`` None; a 责任人/负责人 column naming people names the holder, one naming an office or a
role does not; a person's name in a sign-off line (台账管理员:…) or in a supervision column
(监督责任人) is not a holder; counts on a summary sheet, a table of contents and an
instructions sheet are not points.

``build(outdir)`` writes every layout as ``<name>.xlsx``, copies the LibreOffice re-saved
copies ``resaved/heldout_<name>.*`` (see make_resaved.py) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import (
    HML,
    _layout,
    _Sheet,
    _Truth,
    types_in,
)
from published.layouts import build as _build

PREFIX = "heldout_"  # re-saved copies of this batch are named heldout_<layout>.<ext>
ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
GRADE = {"一级": 1, "二级": 2, "三级": 3}


def minzheng_power_list() -> dict:
    unit = "XX市民政局"
    sh = _Sheet("权力清单", [6, 14, 8, 30, 32, 32])
    t = _Truth(unit)
    header = ("序号", "岗位", "姓名", "职责权力", "廉政风险点", "防控措施")
    leaders = [
        ("党组书记、局长", "王 平", "主持全面工作,分管办公室、财务和党风廉政建设。", [
            ("1.重大事项不经集体研究,个人拍板;\n2.议事规则执行不严。", "落实民主集中制,重大事项一律上会研究并留存纪要。"),
            ("干部选拔中搞“小圈子”,提名不经民主推荐。", "干部任用全程纪实,任前征求派驻纪检组意见。"),
            ("大额资金审批“一支笔”,事后不公开。", "大额资金实行会签,按季度在局内公开。"),
        ]),
        ("局党组成员、\n副局长", "赵 东 升", "协助局长工作,分管社会救助科、救灾科和救助管理站。", [
            ("1.低保审批把关不严;\n2.为亲友违规办理救助。", "审批结果张榜公示,实行亲属回避和抽查复核。"),
            ("救灾物资分配不公,虚报冒领。", "救灾物资台账逐级签收,发放名单公开。"),
            ("对救助管理站监督检查流于形式。", "每半年对救助站开展一次专项检查,问题限期整改。"),
        ]),
        ("副局长", "孙 莉", "分管社会福利科、社会组织管理科和福利院。", [
            ("社会组织登记审查不严,收受好处。", "登记审查两人办理,结果网上公示。"),
            ("福利院物资采购不按规定询价。", "采购实行三家比价,验收由使用科室参与。"),
            ("养老机构补贴核定随意。", "补贴按床位和入住人数核定,定期实地核查。"),
        ]),
        ("党组成员、\n纪检组长", "钱 卫 国", "负责纪检监察工作,分管信访举报。", [
            ("对违纪线索压案不查、选择性处置。", "线索集体排查,处置情况按月报告上级纪委。"),
            ("泄露举报人信息。", "举报材料专人专柜保管,严格登记查阅。"),
        ]),
    ]  # fmt: skip
    n = 0
    for page in (leaders[:2], leaders[2:]):  # printed page by page: title and heading repeated
        sh.title(f"{unit}廉政风险防控权力清单", 6)
        sh.add(*header)
        for post, name, duty, items in page:
            n += 1
            recs = []
            for point, measures in items:
                recs.append([n, post, name, duty, point, measures])
                t.point(sh.name, "", post.replace("\n", ""), name.replace(" ", ""), "leader",
                        point, [], None)  # fmt: skip
            sh.records(recs, merge_cols=(0, 1, 2, 3))
        sh.add()
    return _layout(
        "minzheng_power_list", "https://wenshuyi.com/a/fileo7jnu769.html",
        "民政局 权力清单 printed page by page (title and heading repeated): 岗位 with line breaks, 姓名 written "
        "with spaces between the characters (王 平), a long 职责权力 merged down beside 廉政风险点 cells of numbered "
        "sub-items; no type and no level column",
        [sh], t,
    )  # fmt: skip


def street_flow_tables() -> dict:
    unit = "XX街道办事处"
    dept = "行政事务服务中心"
    sh = _Sheet("流程图附表", [18, 34, 36, 10])
    t = _Truth(unit)
    lv = {"高风险": 1, "中风险": 2, "低风险": 3}
    tables = [
        ("一、公务车管理廉政风险防控流程图", "公务车管理流程", [
            ("派车审批", "未经审批出车,公车私用。", "用车一律填写派车单,由中心主任审批。", "中风险"),
            ("加油维修", "虚报加油量和维修项目,费用过高。", "建立一车一档,加油卡定车定额,维修到定点厂。", "高风险"),
            ("车辆停放", "节假日不按规定封存车辆。", "节假日车辆统一停放,钥匙集中保管。", "低风险"),
        ]),
        ("二、物资采购廉政风险防控流程图", "采购工作流程", [
            ("平台采购", "不按规定采购物资,逃避集中采购。", "属于集中采购目录的,一律在政府采购平台下单。", "低风险"),
            ("自行采购", "擅自采购,私下指定供应商。", "目录外物品三家比价,择优选用并留存比价单。", "中风险"),
            ("入库验收", "验收不认真,数量质量不符。", "两人验收签字,入库单与发票核对。", "中风险"),
        ]),
        ("三、物业修缮工程廉政风险防控流程图", "物业修缮流程", [
            ("预算造价", "虚增工程量,抬高造价。", "造价委托第三方审核。", "中风险"),
            ("选定施工单位", "内定不具备资质的施工单位。", "10万元以上公开招标,以下多家竞价。", "高风险"),
            ("竣工验收", "验收走过场,质量问题不追究。", "使用科室、纪检人员共同参加验收。", "高风险"),
        ]),
    ]  # fmt: skip
    sh.title(f"{unit}{dept}廉政风险防控流程图(附表)", 4)
    for caption, first, rows in tables:
        sh.add()
        sh.title(caption, 4)
        sh.add(first, "廉政风险点", "防控措施", "风险等级")
        for step, point, measures, level in rows:
            sh.add(step, point, measures, level)
            t.point(sh.name, dept, "", "", None, point, [], lv[level])
    sh.add()
    sh.title("注:风险等级按高风险、中风险、低风险三级标示,高风险环节为防控重点。", 4)
    return _layout(
        "street_flow_tables", "https://guanshanwenku.com/lianzhengjianshe/2022/07/11627_4.html",
        "街道 flow-chart annex: three small tables stacked, each under its own caption and with its own first "
        "heading (公务车管理流程 / 采购工作流程 / 物业修缮流程), level last written 高风险/中风险/低风险, a legend "
        "line below; the department only in the title",
        [sh], t,
    )  # fmt: skip


def finance_ledger() -> dict:
    unit = "XX县财政局"
    dept = "国库支付中心"
    sh = _Sheet("台账", [8, 16, 30, 8, 8, 8, 8, 30, 12, 10])
    t = _Truth(unit)
    sh.title(f"{unit}部门廉政风险防控工作风险点台账", 10)
    r = sh.add(f"部门:{dept}", None, None, None, None, "建账时间:2023年3月", None, None, None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 9)
    r = sh.add("编号", "风险点名称", "风险点描述", "风险评估", None, None, "责任人", "防控措施",
               "监测方式", "整改时限")  # fmt: skip
    sh.add(None, None, None, "发生概率", "影响程度", "风险等级", None, None, None, None)
    sh.merge(r, 3, r, 5)
    for c in (0, 1, 2, 6, 7, 8, 9):
        sh.merge(r, c, r + 1, c)
    rows = [
        ("GK-01", "支付审核", "对不符合用途的支付申请审核放行。", "中", "严重", "高", "吴海燕",
         "支付申请逐笔对照预算指标审核。", "系统预警", "长期"),
        ("GK-02", "账户管理", "违规为预算单位开设或保留银行账户。", "低", "严重", "中", "郑立军",
         "账户开设须经局务会研究,年度清理。", "年度清理", "每年12月"),
        ("GK-03", "资金清算", "清算不及时,资金滞留代理银行。", "中", "较重", "中", "吴海燕",
         "每日对账,清算差异当日查明。", "日对账", "长期"),
        ("GK-04", "公务卡还款", "公务卡还款审核流于形式。", "高", "一般", "低", "冯晓", "还款凭证与消费明细逐笔核对。",
         "抽查", "每季度"),
        ("GK-05", "直接支付", "与收款单位串通,提前支付工程款。", "低", "严重", "高", "郑立军",
         "工程款支付凭监理、审计意见办理。", "事后复核", "长期"),
        ("GK-06", "单据保管", "支付凭证遗失或被篡改。", "中", "一般", "低", "冯晓", "凭证按月装订,专柜保管。",
         "检查", "每月"),
        ("GK-07", "信息系统权限", "系统操作密码共用,越权操作。", "中", "较重", "中", "吴海燕",
         "一人一号,权限分离,日志留存。", "日志审查", "每月"),
    ]  # fmt: skip
    for code, point, desc, prob, impact, level, who, measures, monitor, when in rows:
        sh.add(code, point, desc, prob, impact, level, who, measures, monitor, when)
        t.point(sh.name, dept, "", who, "general", point, [], HML[level])
    sh.add()
    r = sh.add(
        "台账管理员:周敏", None, None, None, None, "部门负责人审核:", None, None, "年  月  日", None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    return _layout(
        "finance_ledger", "https://360docs.net/doc/0a29099793.html",
        "风险点台账: 部门/建账时间 line, a two-row heading where 风险评估 spans 发生概率/影响程度/风险等级 (the "
        "first two hold 高/中/低 and 严重/较重/一般 too, only 风险等级 is the level), short 风险点名称 beside a "
        "风险点描述, 责任人 names not grouped, extra 监测方式/整改时限, a name in the 台账管理员 sign-off",
        [sh], t,
    )  # fmt: skip


def filing_cards() -> dict:
    unit = "XX县人力资源和社会保障局"
    t = _Truth(unit)
    lv = {"一级腐败风险": 1, "二级腐败风险": 2, "三级腐败风险": 3}
    guide = _Sheet("填表说明", [90])
    guide.add("腐败风险点登记备案表填表说明")
    guide.add("一、每名工作人员填写一张,按本人所在岗位查找风险点。")
    guide.add(
        "二、风险种类填写:思想道德风险、岗位职责风险、业务流程风险、制度机制风险、外部环境风险。"
    )
    guide.add("三、风险等级填写:一级腐败风险、二级腐败风险、三级腐败风险(由高到低)。")
    guide.add("四、岗位风险等级由单位防控领导小组评定后填写。")
    people = [
        ("陈建华", "股长", "middle", "社会保险股", "一级", [
            ("养老保险待遇核定中放宽条件", "岗位职责风险", "一级腐败风险", "待遇核定实行初审、复核两道程序。"),
            ("违规补缴养老保险费", "业务流程风险", "一级腐败风险", "补缴事项一律集体研究并公示。"),
            ("收受参保单位礼品", "思想道德风险", "二级腐败风险", "签订廉洁承诺,落实拒收登记。"),
            ("稽核检查中选择性执法", "制度机制风险", "二级腐败风险", "稽核对象随机抽取,结果公开。"),
        ]),
        ("林小红", "科员", "general", "社会保险股", "二级", [
            ("参保信息录入弄虚作假", "岗位职责风险", "二级腐败风险", "录入信息系统比对,定期抽查。"),
            ("泄露参保人员个人信息", "制度机制风险", "三级腐败风险", "查询权限分级管理,操作留痕。"),
            ("受人情干扰办理转移接续", "外部环境风险", "三级腐败风险", "办理时限和条件公开。"),
        ]),
        ("黄志强", "股长", "middle", "劳动监察股", "一级", [
            ("拖欠工资案件查处不力", "岗位职责风险", "一级腐败风险", "案件办理限时,结果回访投诉人。"),
            ("对用人单位违法行为降格处理", "制度机制风险、外部环境风险", "一级腐败风险",
             "处理决定集体审议,执行裁量基准。"),
            ("接受用人单位宴请", "思想道德风险", "二级腐败风险", "执法人员两人以上,严禁私下接触。"),
        ]),
    ]  # fmt: skip
    sheets = [guide]
    for name, post, tier, dept, grade, items in people:
        sh = _Sheet(name, [6, 30, 16, 14, 34])
        sh.title("腐败风险点登记备案表", 5)
        r = sh.add(f"单位(盖章):{unit}", None, None, None, None)
        sh.merge(r, 0, r, 4)
        sh.add("姓 名", name, "职 务", post, None)
        r = sh.add("所在股室", dept, "岗位风险等级", grade, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险种类", "风险等级", "防控措施")
        for i, (point, kind, level, measures) in enumerate(items, 1):
            sh.add(i, point, kind, level, measures)
            t.point(sh.name, dept, post, name, tier, point, types_in(kind), lv[level])
        for box in ("股室审核意见:", "单位审核意见:", "派驻纪检组备案意见:"):
            r = sh.add(box, None, None, None, None)
            sh.merge(r, 0, r, 4)
            r = sh.add(None, None, None, "年  月  日", None)
            sh.merge(r, 3, r, 4)
        sheets.append(sh)
    return _layout(
        "filing_cards", "http://www.renrendoc.com/paper/156833787.html",
        "腐败风险点登记备案表, one sheet per person after a 填表说明 sheet that lists the vocabularies: 姓名/职务/"
        "所在股室 pairs and a declared 岗位风险等级 (a post grade, 一级) above the table, 风险种类 in full words, "
        "levels written 一级腐败风险/二级腐败风险/三级腐败风险, three review boxes each with 年 月 日",
        sheets, t,
    )  # fmt: skip


def univ_post_grade() -> dict:
    unit = "XX大学"
    sh = _Sheet("风险防控管理", [6, 10, 8, 8, 30, 30, 22])
    t = _Truth(unit)
    sh.title(f"{unit}职能部门廉政风险防控管理一览表", 7)
    sh.add("序号", "岗位", "负责人", "岗位风险等级", "风险点", "防控措施", "监督措施")
    sections = [
        ("一、招生就业处", [
            ("处长", "middle", "马国栋", "一级", [
                ("招生计划分配中暗箱操作", "招生计划经校招生委员会审定后公开。"),
                ("特殊类型招生测试打招呼、递条子", "测试全程录像,专家随机抽取。"),
            ]),
            ("就业科科长", "middle", "潘婷", "二级", [
                ("就业推荐材料审核把关不严", "推荐材料院系、学校两级审核。"),
                ("与用人单位存在利益往来", "校园招聘活动信息全部公开发布。"),
            ]),
        ]),
        ("二、国有资产管理处", [
            ("处长", "middle", "严明", "一级", [
                ("大型仪器设备论证走过场", "论证专家校外不少于半数。"),
                ("资产处置低价转让", "处置一律进入产权交易平台。"),
            ]),
            ("采购科科长", "middle", "卢海峰", "一级", [
                ("采购需求设置排他性条款", "采购需求经使用单位、采购科和法务会审。"),
                ("拆分项目规避公开招标", "同类采购按年度汇总,系统自动预警。"),
            ]),
        ]),
        ("三、后勤管理处", [
            ("处长", "middle", "邱勇", "二级", [
                ("维修工程结算审核不严", "结算一律送审计处审核。"),
                ("食堂承包单位选择不公开", "承包经营权公开招标,合同期满重新招标。"),
            ]),
            ("膳食科科长", "middle", "程丽", "三级", [
                ("食材验收以次充好", "食材验收由学生代表参与抽检。"),
                ("收受供货商回扣", "供货商签订廉洁协议,定期轮换。"),
            ]),
        ]),
    ]  # fmt: skip
    supervise = "学校纪委定期检查;教代会代表监督"
    n = 0
    for section, posts in sections:
        sh.title(section, 7)
        dept = section.split("、", 1)[1]
        for post, tier, name, grade, items in posts:
            recs = []
            for point, measures in items:
                n += 1
                recs.append([n, post, name, grade, point, measures, supervise])
                t.point(sh.name, dept, post, name, tier, point, [], None)
            sh.records(recs, merge_cols=(1, 2, 3, 6))
    return _layout(
        "univ_post_grade", "https://jw1.qhu.edu.cn/gzzd/xngz/14356.htm",
        "university 一览表 with department section rows (一、招生就业处 …), 岗位 and 负责人 (the holder) merged "
        "down, a 岗位风险等级 column (一级/二级/三级) merged over each post: it grades the post, the points "
        "have no level of their own; a 监督措施 column after 防控措施",
        [sh], t,
    )  # fmt: skip


def six_heads_power_list() -> dict:
    unit = "XX县"
    sh = _Sheet("小微权力清单", [6, 16, 22, 28, 8, 30, 8])
    t = _Truth(unit)
    sh.title(f"{unit}乡村“六小长”小微权力清单", 7)
    sh.add("序号", "权力事项", "权力来源", "风险点", "风险等级", "风险防控措施", "流程图")
    groups = [
        ("(一)村(社区)主任", "村(社区)主任", [
            ("村级项目建设", "《村民委员会组织法》", "项目发包不经村民代表会议,指定施工队。", "Ⅰ",
             "执行“四议两公开”,发包结果张榜公布。"),
            ("低保申请初审", "《社会救助暂行办法》", "优亲厚友,初审不入户核实。", "Ⅱ", "入户调查两人以上,评议结果公示。"),
        ]),
        ("(二)农业服务站站长", "农业服务站站长", [
            ("惠农补贴面积核实", "惠农补贴资金管理办法", "虚报种植面积套取补贴。", "Ⅰ", "面积核实到户到地块,名单公示。"),
            ("农资良种推广", "农业技术推广法", "指定农资经营户,收取回扣。", "Ⅱ", "推广品种和价格公开,群众自愿选购。"),
        ]),
        ("(三)财政所所长", "财政所所长", [
            ("村级资金报账", "村级财务管理办法", "白条入账,虚列支出。", "Ⅰ", "报账票据村务监督委员会签字。"),
            ("涉农资金拨付", "财政资金管理规定", "截留挪用涉农资金。", "Ⅰ", "资金“一卡通”直接发放到户。"),
        ]),
        ("(四)中心学校校长", "中心学校校长", [
            ("营养餐食材采购", "农村义务教育学生营养改善计划", "食材采购不公开,吃拿卡要。", "Ⅰ",
             "食材统一招标,家长代表参与验收。"),
            ("教师绩效分配", "义务教育学校绩效工资指导意见", "绩效分配向管理层倾斜。", "Ⅲ", "分配方案经教代会通过。"),
        ]),
        ("(五)卫生院院长", "卫生院院长", [
            ("药品耗材采购", "医疗机构药品集中采购规定", "网外采购药品,收受回扣。", "Ⅰ", "药品全部网上集中采购。"),
            ("医保基金使用", "医疗保障基金使用监督管理条例", "挂床住院,套取医保基金。", "Ⅱ", "医保结算数据每月自查。"),
        ]),
        ("(六)供销社社长", "供销社社长", [
            ("社有资产出租", "供销合作社条例", "低价出租社有门面。", "Ⅱ", "出租实行公开竞价。"),
            ("农资储备经营", "农资储备管理办法", "储备农资以次充好。", "Ⅲ", "储备农资抽样送检。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, post, items in groups:
        sh.title(caption, 7)
        for power, basis, point, level, measures in items:
            n += 1
            sh.add(n, power, basis, point, level, measures, f"见图{n}")
            t.point(sh.name, "", post, "", None, point, [], ROMAN[level])
    return _layout(
        "six_heads_power_list",
        "https://marxism.ssap.com.cn/skwx_marxism/LiteratureDetail.aspx?ID=226205",
        "county list of the “六小长” (village head, station, finance office, school, clinic, co-op): the post only "
        "in section rows (一)…(六), 权力事项, a 权力来源 column of statute names, levels as bare Ⅰ/Ⅱ/Ⅲ, "
        "风险防控措施, a 流程图 column (见图N); no person, no department",
        [sh], t,
    )  # fmt: skip


def town_power_catalogue() -> dict:
    unit = "XX镇人民政府"
    t = _Truth(unit)
    lv = {"Ⅰ级风险点": 1, "Ⅱ级风险点": 2, "Ⅲ级风险点": 3}
    rows = [
        ("LX-QL-001", "村级重大事项决策指导", "监督类", "对村级重大事项“四议两公开”指导不到位。", "Ⅱ级风险点",
         "包村干部列席村级决策会议。", "分管副镇长", "党政办"),
        ("LX-QL-002", "镇级财政资金支付", "财务类", "超预算、无预算支付资金。", "Ⅰ级风险点",
         "支付实行经办、审核、审批三级签字。", "镇长", "财政所"),
        ("LX-QL-003", "政府采购组织", "财务类", "化整为零规避政府采购。", "Ⅰ级风险点", "采购计划年初编制并公开。",
         "分管副镇长", "财政所"),
        ("LX-QL-004", "惠民补贴发放", "审核类", "补贴对象审核不严,冒领补贴。", "Ⅱ级风险点",
         "补贴名单村、镇两级公示。", "分管副镇长", "财政所"),
        ("LX-QL-005", "农村建房审批", "审批类", "对不符合条件的建房申请违规审批。", "Ⅰ级风险点",
         "审批条件和结果公开,现场放样到场。", "分管副镇长", "村镇建设办"),
        ("LX-QL-006", "违法建设查处", "执法类", "接受请托,查处不力。", "Ⅰ级风险点", "查处决定集体研究,全程记录。",
         "分管副镇长", "村镇建设办"),
        ("LX-QL-007", "小型工程验收", "监督类", "验收不严,虚增工程量。", "Ⅱ级风险点", "验收组三人以上,邀请村民代表参加。",
         "分管副镇长", "村镇建设办"),
        ("LX-QL-008", "低保对象认定", "审核类", "人情保、关系保。", "Ⅱ级风险点", "民主评议,结果公示七天。",
         "分管副镇长", "社会事务办"),
        ("LX-QL-009", "临时救助审批", "审批类", "救助标准掌握随意。", "Ⅲ级风险点", "救助标准和对象公开。", "分管副镇长",
         "社会事务办"),
        ("LX-QL-010", "残疾人证初审", "审核类", "初审把关不严,协助办假证。", "Ⅲ级风险点", "初审两人签字。",
         "分管副镇长", "社会事务办"),
        ("LX-QL-011", "公务接待管理", "管理类", "超标准接待,虚开接待费。", "Ⅱ级风险点", "接待清单每月公示。", "党委副书记",
         "党政办"),
        ("LX-QL-012", "公车使用管理", "管理类", "公车私用。", "Ⅲ级风险点", "车辆安装定位,出车登记。", "党委副书记",
         "党政办"),
    ]  # fmt: skip
    count = {k: sum(r[4] == k for r in rows) for k in lv}
    summary = _Sheet("汇总", [22, 10])
    summary.title("XX镇职权事项及廉政风险点汇总", 2)
    summary.add("项目", "数量")
    summary.add("职权事项", len(rows))
    summary.add("其中:重点职权事项", 5)
    summary.add("廉政风险点", len(rows))
    for k, v in count.items():
        summary.add(k, v)
    summary.add("防范措施(条)", len(rows))
    sh = _Sheet("职权目录及风险点", [12, 18, 8, 30, 12, 30, 12, 12])
    sh.title(f"{unit}职权目录及廉政风险点防控表", 8)
    sh.add(
        "职权编号",
        "职权名称",
        "职权类别",
        "廉政风险点",
        "风险定级",
        "防范措施",
        "责任领导",
        "责任办站所",
    )
    for code, power, kind, point, level, measures, leader, dept in rows:
        sh.add(code, power, kind, point, level, measures, leader, dept)
        t.point(sh.name, dept, "", "", None, point, [], lv[level])
    return _layout(
        "town_power_catalogue", "https://www.jxpxzx.gov.cn/?p=2212",
        "town 职权目录 in two sheets: a 汇总 sheet of counts (职权事项 12, Ⅰ级风险点 4 …) that holds no points, "
        "then the list keyed by 职权编号 (no 序号) with 职权类别, 廉政风险点, levels under 风险定级 written "
        "Ⅰ级风险点/Ⅱ级风险点/Ⅲ级风险点, 防范措施, 责任领导 holding offices and the department last in 责任办站所",
        [summary, sh], t,
    )  # fmt: skip


def transport_units() -> dict:
    unit = "XX区交通运输局"
    t = _Truth(unit)
    toc = _Sheet("目录", [6, 44, 8])
    toc.title(f"{unit}廉政风险防范监督手册 目录", 3)
    toc.add("序号", "内容", "页码")
    for i, (item, page) in enumerate([
        ("关于认真做好廉政风险点排查和防范工作的通知", 3),
        ("政策法规科廉政风险点一揽表", 21),
        ("城南收费站廉政风险点一览表", 100),
        ("运输管理所稽查中队廉政风险防控模式", 89),
    ], 1):  # fmt: skip
        toc.add(i, item, page)

    law = _Sheet("政策法规科", [6, 12, 30, 10, 8, 32])
    law.title(f"{unit}政策法规科廉政风险点一揽表", 6)
    law.add("序号", "岗位", "风险点", "风险类别", "风险等级", "防范措施")
    law_rows = [
        ("科长", "middle", "规范性文件合法性审查走过场", "岗位职责", "中", "审查意见书面出具并存档。"),
        ("科长", "middle", "行政复议案件受理中偏袒一方", "制度机制", "高", "复议案件集体审议,回避制度落实到位。"),
        ("法制员", "general", "执法案卷评查打人情分", "岗位职责", "低", "案卷交叉评查,评查结果通报。"),
        ("法制员", "general", "处罚案件法制审核把关不严", "业务流程", "高", "重大处罚案件法制审核全覆盖。"),
    ]  # fmt: skip
    recs = []
    for i, (post, tier, point, kind, level, measures) in enumerate(law_rows, 1):
        recs.append([i, post, point, kind, level, measures])
        t.point(law.name, "政策法规科", post, "", tier, point, types_in(kind), HML[level])
    law.records(recs, merge_cols=(1,))

    toll = _Sheet("收费站", [10, 8, 30, 8, 32])
    toll.title("城南收费站廉政风险点一览表", 5)
    toll.add("岗位", "姓名", "廉洁风险点", "等级", "防范措施")
    toll_rows = [
        ("站长", "middle", "许国强", "绿色通道车辆查验放宽标准", "一级", "查验全程视频,每日抽查录像。"),
        ("站长", "middle", "许国强", "通行费票款解缴不及时", "二级", "票款当日解缴,银行回单核对。"),
        ("收费员", "general", "蔡丽萍", "少收通行费,私吞票款", "一级", "收费数据系统比对,长短款追查。"),
        ("收费员", "general", "蔡丽萍", "为熟人车辆违规免费放行", "二级", "免费车辆登记,班长复核。"),
        ("票据管理员", "general", "于洋", "票据领用核销不清", "三级", "票据领用、使用、核销三本账。"),
        ("监控员", "general", "韩雪", "无", None, None),
    ]  # fmt: skip
    recs = []
    for post, tier, name, point, level, measures in toll_rows:
        recs.append([post, name, point, level, measures])
        if point != "无":
            t.point(toll.name, "城南收费站", post, name, tier, point, [], GRADE[level])
    toll.records(recs, merge_cols=(0, 1))

    squad = _Sheet("稽查中队", [14, 30, 8, 32, 12])
    squad.title("XX区运输管理所稽查中队廉政风险防控模式", 5)
    squad.add("工作环节", "风险点", "风险程度", "防控措施", "责任岗位")
    squad_rows = [
        ("路面稽查", "对非法营运车辆选择性查处", "高", "稽查时执法记录仪全程开启。", "稽查队员"),
        ("暂扣车辆", "违规放行暂扣车辆", "高", "放车须凭处罚决定和缴款凭证。", "稽查队员"),
        ("案件处理", "自由裁量畸轻畸重", "中", "执行裁量基准,案件集体讨论。", "中队长"),
        ("罚没款管理", "罚款不开票或少开票", "中", "罚缴分离,一律银行代收。", "内勤"),
    ]  # fmt: skip
    for step, point, level, measures, post in squad_rows:
        squad.add(step, point, level, measures, post)
        tier = "middle" if post == "中队长" else "general"
        t.point(squad.name, "稽查中队", post, "", tier, point, [], HML[level])
    return _layout(
        "transport_units", "https://www.renrendoc.com/paper/333947847.html",
        "bureau handbook as a workbook: a 目录 sheet (items with page numbers), then three unit sheets each with "
        "its own title and headings: 政策法规科 一揽表 (岗位 merged, 风险类别, 高/中/低), a 收费站 一览表 "
        "(岗位 and 姓名 merged, 廉洁风险点, 一级/二级/三级 under 等级, one person with only 无), a 稽查中队 table "
        "(工作环节, 风险程度, the post in a trailing 责任岗位)",
        [toc, law, toll, squad], t,
    )  # fmt: skip


def school_power_codes() -> dict:
    unit = "XX市XX路小学"
    sh = _Sheet("权限清单", [10, 16, 8, 24, 10, 28, 28, 18])
    t = _Truth(unit)
    sh.title(f"{unit}管理权限清单及廉政风险点", 8)
    sh.add("编码", "权限名称", "类型", "办事依据", "承办部门", "风险点", "防控措施", "监督方式")
    rows = [
        ("DM-JC-01", "学校发展规划制定", "决策类", "《中小学校章程》", "校长室", "规划制定不征求教职工意见。",
         "规划草案经教代会审议。", "教代会审议"),
        ("DM-JC-02", "中层干部聘任", "决策类", "学校干部管理办法", "校长室", "聘任不经民主推荐。", "竞聘上岗,结果公示。",
         "全体教职工监督"),
        ("DM-ZX-01", "教师职称推荐", "执行类", "职称评审推荐办法", "教导处", "推荐量化赋分不公开。",
         "赋分细则和结果公示五天。", "公示、信访"),
        ("DM-ZX-02", "学生评优推荐", "执行类", "学生评优办法", "教导处", "评优名额向干部子女倾斜。", "评优经班级民主推荐。",
         "家长委员会"),
        ("DM-ZX-03", "教辅资料征订", "执行类", "教辅材料管理规定", "教导处", "强制或变相强制学生征订。",
         "坚持自愿原则,书目公示。", "家长委员会"),
        ("DM-ZX-04", "校服采购", "执行类", "中小学生校服管理意见", "总务处", "指定校服供应商。", "家长代表参与选样和招标。",
         "家长委员会、上级主管部门"),
        ("DM-ZX-05", "校舍维修", "执行类", "学校基建维修管理办法", "总务处", "维修项目虚增工程量。", "维修工程结算送审。",
         "审计"),
        ("DM-JD-01", "食堂食品安全检查", "监督类", "学校食品安全管理规定", "总务处", "检查走过场,隐患不整改。",
         "陪餐制度,检查记录留存。", "家长开放日"),
        ("DM-JD-02", "学生资助对象认定", "监督类", "学生资助管理办法", "德育处", "资助对象认定不准确。",
         "班级评议、学校审核、公示。", "公示"),
    ]  # fmt: skip
    for code, power, kind, basis, dept, point, measures, supervise in rows:
        sh.add(code, power, kind, basis, dept, point, measures, supervise)
        t.point(sh.name, dept, "", "", None, point, [], None)
    sh.add()
    r = sh.add("监督电话:0000-12345678      监督邮箱:jdjb@example.cn", *([None] * 7))
    sh.merge(r, 0, r, 7)
    return _layout(
        "school_power_codes", "https://fx361.cc/page/2019/1205/13518886.shtml",
        "primary school 管理权限清单: rows keyed by 编码 (no 序号), 类型, a 办事依据 column, the department in "
        "承办部门 before the 风险点, 防控措施 then 监督方式 (not measures); no level and no type column; a 监督电话 "
        "line below",
        [sh], t,
    )  # fmt: skip


def town_leader_cards() -> dict:
    unit = "XX县XX镇"
    t = _Truth(unit)
    leaders = [
        ("镇党委书记", "宋建明", 93, 90, "红级", [
            ("重大项目决策搞“一言堂”", "落实党委会议事规则,重大事项票决。", "县纪委监委第二派驻纪检组"),
            ("干部调整中优亲厚友", "干部调整方案报县委组织部备案。", "县委组织部"),
            ("插手村级工程发包", "村级工程进入镇公共资源交易平台。", "县纪委监委第二派驻纪检组"),
            ("亲属利用其影响力经商", "如实报告个人有关事项。", "县委组织部"),
            ("对班子成员失管失察", "每半年开展一次廉政谈话。", "县纪委监委第二派驻纪检组"),
        ]),
        ("镇长", "谭晓东", 88, 85, "黄级", [
            ("财政资金审批把关不严", "资金支出实行会签和月度公开。", "县财政局"),
            ("征地拆迁补偿标准执行随意", "补偿标准和结果逐户公示。", "县纪委监委第二派驻纪检组"),
            ("招商引资承诺违规", "招商协议经合法性审查。", "县司法局"),
            ("安全生产检查流于形式", "检查结果公开,隐患闭环整改。", "县应急管理局"),
            ("违规使用公务用车", "公车使用登记,定位监控。", "县纪委监委第二派驻纪检组"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, name, base, vote, grade, items in leaders:
        sh = _Sheet(post, [6, 30, 30, 22])
        sh.title("领导干部岗位风险防控卡", 4)
        sh.add("姓 名", name, "单位及职务", f"{unit}{post}")
        sh.add("基础分值", base, "民主评议分值", vote)
        sh.add("岗位风险级别", grade, "评定时间", "2023年4月")
        sh.add("序号", "主要风险点", "防控措施", "监督责任人")
        for i, (point, measures, supervisor) in enumerate(items, 1):
            sh.add(i, point, measures, supervisor)
            t.point(sh.name, "", post, name, "leader", point, [], None)
        r = sh.add("注:岗位风险级别分红、黄、橙三级,红级为较高。", None, None, None)
        sh.merge(r, 0, r, 3)
        sh.add("评审小组意见:", None, None, None)
        sh.add(None, None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "town_leader_cards", "https://m.yzwku.com/doc/871083.html",
        "领导干部岗位风险防控卡, one sheet per leader: header pairs 姓名/单位及职务 (unit and post in one cell), "
        "numeric 基础分值/民主评议分值, a post grade 岗位风险级别 红级/黄级 (not a point level) with its legend "
        "line; table 主要风险点/防控措施/监督责任人 (offices, not holders), 评审小组意见 and 年 月 日 below",
        sheets, t,
    )  # fmt: skip


def village_duty_stacked() -> dict:
    unit = "XX乡XX村"
    sh = _Sheet("责任清单", [6, 20, 28, 30, 10, 12])
    t = _Truth(unit)
    header = ("序号", "责任事项", "廉洁风险点", "防控措施", "完成时限", "监督主体")
    sh.title(f"{unit}党风廉政建设责任清单及风险防控表", 6)
    posts = [
        ("一、村党支部书记", "村党支部书记", [
            ("落实“四议两公开”", "重大村务不经党员大会和村民代表会议。", "会议记录完整,决议结果公开。", "长期", "乡纪委"),
            ("集体资产管理", "集体资产出租不公开竞价。", "出租合同经村民代表会议通过。", "长期", "村务监督委员会"),
            ("发展党员", "发展党员搞近亲繁殖。", "发展对象公示,乡党委预审。", "按批次", "乡党委"),
        ]),
        ("二、村委会主任", "村委会主任", [
            ("村级工程建设", "工程发包给亲属承建。", "工程发包实行回避,结果张榜。", "长期", "乡纪委"),
            ("宅基地申请初审", "为不符合条件的农户出具同意意见。", "初审意见村“两委”集体研究。", "随时", "乡国土所"),
            ("征地补偿分配", "补偿款分配不公开,截留克扣。", "分配方案逐户签字,一卡发放。", "项目结束前", "乡纪委"),
        ]),
        ("三、村务监督委员会主任", "村务监督委员会主任", [
            ("村务财务监督", "对不合规票据签字放行。", "每月审核票据,发现问题及时报告。", "每月", "乡纪委"),
            ("民主评议组织", "评议走过场,意见不反馈。", "评议结果公开并报乡党委。", "每年12月", "乡党委"),
        ]),
        ("四、村报账员", "村报账员", [
            ("现金管理", "坐支现金,公款私存。", "现金日清月结,限额管理。", "每月", "乡农经站"),
            ("票据报账", "白条报账,票据不全。", "票据经村务监督委员会审核后报账。", "每月", "乡农经站"),
        ]),
    ]  # fmt: skip
    for caption, post, items in posts:
        sh.add()
        sh.title(caption, 6)
        sh.add(*header)
        for i, (duty, point, measures, when, supervisor) in enumerate(items, 1):
            sh.add(i, duty, point, measures, when, supervisor)
            tier = "leader" if post == "村党支部书记" else "general"
            t.point(sh.name, "", post, "", tier, point, [], None)
    sh.add()
    sh.add("村党支部(盖章)", None, None, "乡党委审核:", None, "年  月  日")
    return _layout(
        "village_duty_stacked",
        "https://www.kflz.gov.cn/sitesources/xxjjjcw/page_pc/gzdt/xsqgz/articlef4e333dee16148aa8f90259e4e80eee4.html",
        "village 责任清单 as four stacked tables, each under a caption naming the post (一、村党支部书记 …) with its "
        "heading repeated and 序号 restarting; 责任事项, 廉洁风险点, 防控措施, 完成时限, 监督主体; no level; a "
        "盖章/审核/年 月 日 line below",
        [sh], t,
    )  # fmt: skip


def side_by_side_units() -> dict:
    unit = "XX区交通局"
    sh = _Sheet("排查表", [12, 28, 8, 28, 3, 12, 28, 8, 28])
    t = _Truth(unit)
    left = ("公路管理站", [
        ("站长", "middle", "养护工程发包暗箱操作", "一级", "养护工程进入区招标平台。"),
        ("站长", "middle", "路政许可审批越权", "一级", "许可事项两级审核,结果公开。"),
        ("养护科长", "middle", "养护工程量签认不实", "二级", "工程量现场测量,监理共同签认。"),
        ("路政员", "general", "路政赔补偿费不开票", "二级", "赔补偿费一律银行代收。"),
        ("财务人员", "general", "养护资金拨付不按进度", "三级", "拨付依据计量单和监理意见。"),
        ("材料员", "general", "养护材料入库数量不实", "三级", "材料入库两人验收,月末盘点。"),
    ])  # fmt: skip
    right = ("运输管理所", [
        ("所长", "middle", "道路运输经营许可把关不严", "高", "许可条件公开,集体审核。"),
        ("稽查员", "general", "对违规营运车辆以罚代管", "高", "罚缴分离,案件定期评查。"),
        ("驾培管理员", "general", "驾校学时核查弄虚作假", "中", "学时数据系统采集,不得手工修改。"),
        ("档案员", "general", "违规查询提供车辆档案", "低", "档案查询登记审批。"),
    ])  # fmt: skip
    lv = {**GRADE, **HML}
    top = sh.add(*([None] * 9))
    sh.add(
        "工作岗位",
        "风险表现",
        "风险级别",
        "防范方法",
        None,
        "工作岗位",
        "风险表现",
        "风险级别",
        "防范方法",
    )
    sh.rows[top][0] = f"{left[0]}关键岗位廉政风险排查表"
    sh.rows[top][5] = f"{right[0]}关键岗位廉政风险排查表"
    sh.merges += [(top, 0, top, 3), (top, 5, top, 8)]
    for i in range(max(len(left[1]), len(right[1]))):
        row = [None] * 9
        for (dept, items), c0 in ((left, 0), (right, 5)):
            if i < len(items):
                post, tier, point, level, measures = items[i]
                row[c0 : c0 + 4] = [post, point, level, measures]
                t.point(sh.name, dept, post, "", tier, point, [], lv[level])
        sh.add(*row)
    first = top + 2
    for c0, items in ((0, left[1]), (5, right[1])):  # the post merged down over its rows
        r = 0
        while r < len(items):
            e = r
            while e + 1 < len(items) and items[e + 1][0] == items[r][0]:
                e += 1
            if e > r:
                for k in range(r + 1, e + 1):
                    sh.rows[first + k][c0] = None
                sh.merge(first + r, c0, first + e, c0)
            r = e + 1
    sh.add()
    r = sh.add(f"{unit}纪检组  2023年5月", *([None] * 8))
    sh.merge(r, 0, r, 8)
    return _layout(
        "side_by_side_units", "https://m.zixin.com.cn/doc/2600812.html",
        "two tables side by side on one sheet, separated by an empty column, each under its own caption naming "
        "the unit (公路管理站 / 运输管理所) and of different lengths; headings 工作岗位/风险表现/风险级别/防范方法; "
        "the left table grades 一级/二级/三级, the right 高/中/低",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    minzheng_power_list(),
    street_flow_tables(),
    finance_ledger(),
    filing_cards(),
    univ_post_grade(),
    six_heads_power_list(),
    town_power_catalogue(),
    transport_units(),
    school_power_codes(),
    town_leader_cards(),
    village_duty_stacked(),
    side_by_side_units(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build``."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "heldout-inbox"))

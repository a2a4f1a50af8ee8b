"""A thirty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: HEADING WORDS that no earlier batch used, as the offices
themselves word them — for the risk text, the level, the measures, the holder and the type —
mixed with words the reader knows, in tables that are otherwise plain. Units: a 教育体育局 and a
教育局, a 医疗保障局, two 税务所, two 审计局 tables, a 乡镇卫生院 and a 检察院:

- a 教体局 股室 一览表: 股室/职务/姓名, ``廉政风险内容``, 风险类别, ``风险评级`` 高/中/低, ``防范对策``;
- a 教育局 校园餐 廉洁风险防控清单 with no names (对岗不对人): 责任股室/岗位, ``风险环节及表现`` (cells
  ``…环节:…``), ``风险程度``, ``管控措施及责任`` (measures ending ``责任人:…``);
- a 医保局 台账 whose holder is in ``岗位名称及人员`` written ``岗位⏎姓名``, ``廉洁风险``, ``风险性质``
  (``…风险``), ``评定等级`` 一级/二级/三级, ``预防措施``;
- a 税务所 税收管理员 个人自查表 (the 所 named in the title after the 局): 工作环节, ``风险隐患``,
  ``表现形式类别``, ``星级`` ★★★/★★/★ with a 注 line, ``防控办法``;
- a 税务所 排查表: 岗位/``在岗人员``, ``问题表现``, 风险类别, 风险程度, ``制度保障`` (measures naming
  the rules: ``执行《…》:…``);
- a 审计局 审计组 防控表: 岗位/``承担人``, a short 风险点 (``回避风险``, ``保密风险``…) beside
  ``可能发生的问题``, 风险等级, 防控措施;
- a 审计局 股室 一览表 with no names: 科室/职务/主要职责, ``可能发生的问题`` the only risk column,
  ``危害程度`` 高/中/低, ``防控办法``;
- a 检察院 一览表: 部门/职务/``承担人``, ``风险源`` the only risk column, ``表现形式类别``, 风险等级
  Ⅰ级/Ⅱ级/Ⅲ级, 防控措施.

One is harder:

- ``health_center_grouped_source``: a 乡镇卫生院 排查表 under a TWO-ROW heading whose groups are
  ``风险识别`` (over ``风险源`` | ``问题表现``), ``风险评估`` (over 风险性质 | 星级) and ``风险防控``
  (over 预防措施 | ``制度保障``); 科室 merged, 岗位/``在岗人员`` merged per person.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 纪检组's meeting on 校园餐, a
city's 校园食品安全 整治, a 医保局's 基金监管 practice, a 税务分局's work, a study of 税务 廉政风险, an
article on 审计组 风险防控点, a 审计局's 审计工作报告, a news item on two 卫生院院长 taking 药品回扣, an
article on 检察机关 廉政风险防控) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch31`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``廉政风险内容``, ``风险环节及表现``, ``廉洁风险``, ``风险隐患``, ``问题表现``, ``风险源`` and
  ``可能发生的问题`` are the risk column when a table has no other; the point is the cell's whole
  text (``食材采购环节:…`` included);
- beside a short 风险点 (or ``风险源``), ``可能发生的问题`` (or ``问题表现``) is the long description
  and the short name is the point;
- ``岗位名称及人员`` written ``稽核岗⏎韩博文`` names the post (first line) and its holder;
  ``承担人`` and ``在岗人员`` name the holder;
- ``风险性质`` and ``表现形式类别`` are the type column (``…风险`` or the bare name); ``风险评级``,
  ``评定等级``, ``风险程度``, ``危害程度`` and ``星级`` the level (★★★ is Ⅰ);
- ``防范对策``, ``管控措施及责任``, ``预防措施``, ``制度保障`` and ``防控办法`` are measures, no points;
  the ``责任人:…`` inside a measures cell names a role, not a holder; under ``风险防控`` both
  预防措施 and 制度保障 are measures;
- the 审计组 named in the title after the 局 is the 科室 of its posts, as a 所 or 中队 is;
- a 主要职责 column is the post's duty, no point; a short ``回避风险`` in a 风险点 column is a point,
  not a type.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, person_rows, types_in
from published.layouts import build as _build

PREFIX = "b31_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
FW = "\u3000"
TIER = {"股长": "middle", "所长": "middle", "主任": "middle", "审计组长": "middle",
        "院长": "leader"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


# --------------------------------------------------------------------------- harder layout


def health_center_grouped_source() -> dict:
    unit = "XX县XX镇卫生院"
    sh = _Sheet("排查表", [5, 10, 10, 9, 20, 30, 12, 7, 26, 24])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险排查表", 10)
    r = sh.add(
        "序号", "科室", "岗位", "在岗人员", "风险识别", None, "风险评估", None, "风险防控", None
    )
    sh.add(None, None, None, None, "风险源", "问题表现", "风险性质", "星级", "预防措施", "制度保障")
    for c in range(4):
        sh.merge(r, c, r + 1, c)
    for c in (4, 6, 8):
        sh.merge(r, c, r, c + 1)
    depts = [
        ("院办公室", [
            ("院长", "许建军", [
                ("药品耗材采购收受回扣", "1.指定配送企业;\n2.按采购量收取回扣;\n3.拆分采购规避集体研究。",
                 "外部环境风险", "★★★", "药品耗材网上集中采购,配送企业院务会集体确定。",
                 "《药品耗材采购管理制度》\n《“三重一大”议事规则》"),
                ("一体化村卫生室药品统配中谋利", "借“六统一”管理掌控村卫生室药品进货渠道,向药商索要好处。",
                 "岗位职责风险", "★★★", "村卫生室药品统一网上采购,配送清单每月公开。",
                 "《乡村卫生服务一体化管理办法》"),
            ]),
            ("会计", "唐小芸", [
                ("公共卫生服务资金虚列支出", "虚报服务人次,套取基本公共卫生服务补助资金。",
                 "制度机制风险", "★★", "资金专账核算,服务数据电话抽查回访。",
                 "《基本公共卫生服务资金管理办法》"),
            ]),
        ]),
        ("药房", [
            ("药剂员", "柏雪", [
                ("药品出入库账实不符", "私自处置过期药品,入库数量与发票不符。",
                 "业务流程风险", "★★", "药品出入库扫码登记,每月盘点。", "《药品管理制度》"),
            ]),
        ]),
        ("医保办", [
            ("医保专干", "范志勇", [
                ("医保报销虚记费用", "挂床住院、串换项目收费,虚记诊疗费用。",
                 "业务流程风险", "★★★", "住院病人床头核查,费用清单患者签字确认。",
                 "《医保基金使用内部管理制度》"),
                ("慢病待遇办理优亲厚友", "为不符合条件的人员办理门诊慢特病待遇。",
                 "思想道德风险", "★", "慢病认定资料双人审核,名单公示。", "《门诊慢特病管理办法》"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, items in people:
            for source, shows, kind, stars, prevent, rules in items:
                n += 1
                recs.append([n, dept, post, who, source, shows, kind, stars, prevent, rules])
                t.point(sh.name, dept, post, who, _tier(post), source, types_in(kind), STARS[stars])
    person_rows(sh, recs, 1, (2, 3))
    r = sh.add("注:星级表示风险等级,★★★为高风险,★★为中风险,★为低风险。", *([None] * 9))
    sh.merge(r, 0, r, 9)
    sh.add("院纪检员:", None, None, None, "院长签字:", None, None, None, "2025年4月", None)
    return _layout(
        "health_center_grouped_source", "https://p2.ttnews.xyz/a/6070fb511f539c429d75cabe",
        "(harder) 乡镇卫生院 岗位廉洁风险排查表 after the source's news item on two 镇卫生院院长 taking 药品回扣 (乡村"
        "一体化, 村卫生室 “六统一” 管理, 卫生院掌控药品进货渠道): a TWO-ROW heading whose groups are 风险识别 over "
        "风险源 | 问题表现, 风险评估 over 风险性质 | 星级, 风险防控 over 预防措施 | 制度保障; 科室 merged, 岗位/在岗"
        "人员 merged per person; 风险源 short beside a long 问题表现; types ``…风险``; ★★★/★★/★ with a 注 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def edu_sports_content_rating() -> dict:
    unit = "XX市教育体育局"
    sh = _Sheet("一览表", [5, 14, 8, 9, 34, 10, 9, 32])
    t = _Truth(unit)
    sh.title(f"{unit}机关股室岗位廉政风险一览表", 8)
    sh.add(f"填报单位:{unit}(盖章)", None, None, None, None, "填报时间:2025年3月", None, None)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险内容", "风险类别", "风险评级", "防范对策")
    depts = [
        ("计划财务股", [
            ("股长", "欧阳帆", [
                ("学生资助资金分配不按标准,优亲厚友", "岗位职责", "高",
                 "资助名单学校公示、股室复核,资金直达学生账户。"),
                ("校园餐膳食经费结余挪作他用", "制度机制", "高", "膳食经费专账核算,每学期公布收支。"),
            ]),
            ("会计", "苏婉清", [
                ("报销凭证审核不严,虚列公用经费", "业务流程", "中", "报销单据经办、审核、审批三签。"),
            ]),
        ]),
        ("基础教育股", [
            ("股长", "孟庆林", [
                ("义务教育招生划片、插班安排受人情干扰", "外部环境", "高",
                 "招生方案和结果网上公开,插班申请集体研究。"),
                ("教辅材料征订中默许学校扩大目录", "思想道德", "中", "征订目录公示,每学期专项检查。"),
            ]),
        ]),
        ("体育卫生艺术股", [
            ("股长", "严可欣", [
                ("学生体育竞赛评优打人情分", "思想道德", "低", "评审人员随机抽取,评比结果公示。"),
                ("校园餐食材配送企业遴选暗箱操作", "业务流程", "中", "配送企业公开招标,驻局纪检监察组全程监督。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, items in people:
            for content, kind, level, measures in items:
                n += 1
                recs.append([n, dept, post, who, content, kind, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), content, types_in(kind), HML[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add(f"股室负责人:{FW * 4}", None, None, None, "驻局纪检监察组审核:", None, None, None)
    return _layout(
        "edu_sports_content_rating", "http://www.tcjjjc.gov.cn/content/detail/69796fc2714418b817000029.html",
        "教体局 机关股室岗位廉政风险一览表 after the source's 驻市教体局纪检监察组 meeting on 校园餐 (膳食经费, 采购配送,"
        " 职能科室督查): 填报单位/填报时间 line; 序号/股室 merged/职务/姓名 merged per person/廉政风险内容/风险类别 "
        "(bare names)/风险评级 高/中/低/防范对策; sign-off line",
        [sh], t,
    )  # fmt: skip


def edu_canteen_link_duty() -> dict:
    unit = "XX市教育局"
    sh = _Sheet("风险清单", [5, 12, 14, 38, 9, 40])
    t = _Truth(unit)
    sh.title(f"{unit}校园食品安全和膳食经费管理廉洁风险防控清单", 6)
    sh.add("序号", "责任股室", "岗位", "风险环节及表现", "风险程度", "管控措施及责任")
    rows = [
        ("后勤保障股", "股长", "食材集中采购环节:指定供应商,收受回扣", "高",
         "1.大宗食材公开招标;\n2.采购价格每月比对公示。\n责任人:后勤保障股股长"),
        ("后勤保障股", "股长", "食堂经营环节:违规将学校食堂对外承包或变相承包", "高",
         "1.学校食堂一律自主经营;\n2.每学期专项检查。\n责任人:后勤保障股股长"),
        ("后勤保障股", "食品安全专干", "食材验收环节:验收走过场,以次充好、短斤少两", "中",
         "1.双人验收、全程留痕;\n2.验收记录每周抽查。\n责任人:食品安全专干"),
        ("计划财务股", "股长", "膳食经费管理环节:挤占挪用、克扣学生伙食费", "高",
         "1.膳食经费专户管理;\n2.收支每月公示。\n责任人:计划财务股股长"),
        ("计划财务股", "股长", "结余处理环节:违规列支教职工奖金福利", "中",
         "食堂结余全部用于改善学生伙食。\n责任人:计划财务股股长"),
        ("教育督导室", "督学", "陪餐督查环节:对教职工免费吃学生餐不纠正", "低",
         "1.落实校长陪餐登记;\n2.随机暗访。\n责任人:督学"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, point, level, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, point, level, measures])
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[level])
    person_rows(sh, recs, 1, (2,))
    sh.add("注:本清单对岗不对人,岗位人员变动的由接任人员履行防控责任。", *([None] * 5))
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 5)
    return _layout(
        "edu_canteen_link_duty", "http://m.ycrmtzx.cn/p/114443.html",
        "教育局 校园食品安全和膳食经费管理 廉洁风险防控清单 after the source's news item on a city's 校园食品安全和膳食"
        "经费管理 专项整治: no names (对岗不对人); 责任股室 merged/岗位 merged per post/风险环节及表现 (cells "
        "``…环节:…``)/风险程度 高/中/低/管控措施及责任 (numbered measures ending ``责任人:…``); 注 line",
        [sh], t,
    )  # fmt: skip


def medical_insurance_post_and_person() -> dict:
    unit = "XX市医疗保障局"
    sh = _Sheet("台账", [5, 14, 14, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险防控台账", 7)
    sh.add("序号", "科室", "岗位名称及人员", "廉洁风险", "风险性质", "评定等级", "预防措施")
    depts = [
        ("医药服务管理科", [
            ("定点评估岗", "吴海燕", [
                ("定点医药机构评估打分受请托干扰", "外部环境风险", "一级", "评估专家随机抽取,评分结果公示。"),
                ("协议签订中降低准入条件", "制度机制风险", "二级", "协议文本全市统一,准入结果集体审定。"),
            ]),
        ]),
        ("基金监管科", [
            ("稽核岗", "韩博文", [
                ("稽核中发现违规线索隐瞒不报", "岗位职责风险", "一级", "稽核线索台账管理,办结销号。"),
                ("约谈、处理定点机构时降格处理", "思想道德风险", "二级", "处理意见科室集体研究,分级审批。"),
            ]),
        ]),
        ("医保费用审核科", [
            ("结算审核岗", "宋雨萱", [
                ("费用审核放宽标准,违规支付医保费用", "业务流程风险", "一级",
                 "智能审核规则刚性运行,人工复审留痕。"),
                ("泄露参保人员就医信息", "岗位职责风险", "三级", "信息查询权限分级,操作日志留存。"),
            ]),
            ("待遇核定岗", "郑一鸣", [
                ("异地就医备案材料把关不严", "业务流程风险", "三级", "备案资料系统核验,按月抽查复核。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, items in people:
            for point, kind, level, measures in items:
                n += 1
                recs.append([n, dept, f"{post}\n{who}", point, kind, level, measures])
                t.point(
                    sh.name, dept, post, who, _tier(post), point, types_in(kind), ORDINAL[level]
                )
    person_rows(sh, recs, 1, (2,))
    sh.add("科室负责人签字:", None, None, "局机关纪委审核:", None, None, None)
    return _layout(
        "medical_insurance_post_and_person", "http://dipsdelectus.com/zbZcfg/Itemebd153a1444917ea.html",
        "医保局 岗位廉洁风险防控台账 after the source's piece on a 市医保局's 基金监管 (定点医药机构 评估、协议管理, "
        "智能审核, 稽核, 约谈): 科室 merged; the holder only in 岗位名称及人员 written ``岗位⏎姓名`` and merged per "
        "person; 廉洁风险; 风险性质 ``…风险``; 评定等级 一级/二级/三级; 预防措施; sign-off line",
        [sh], t,
    )  # fmt: skip


def tax_office_selfcheck_stars() -> dict:
    unit = "国家税务总局XX县税务局"
    office = "城南税务所"
    sh = _Sheet("自查表", [6, 14, 36, 12, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}{office}岗位廉政风险自查表", 6)
    sh.add("姓名", "郑晓峰", None, "职务", "税收管理员", None)
    sh.add("序号", "工作环节", "风险隐患", "表现形式类别", "星级", "防控办法")
    rows = [
        ("户籍管理", "对个体工商户漏管户不按规定纳入管理", "岗位职责", "★★", "漏管户比对清单每月核查销号。"),
        ("定期定额核定", "定额核定时随意调低,人情定税", "业务流程", "★★★", "定额核定双人调查、集体审议并公示。"),
        ("发票管理", "违规为个体户代开发票,收取好处", "外部环境", "★★★", "代开发票系统留痕,所长每周抽查。"),
        ("纳税辅导", "利用辅导之机向纳税人推荐涉税中介", "思想道德", "★", "严禁推荐中介,纳税人满意度回访。"),
        ("欠税清缴", "对欠税户催缴不力,长期挂账", "制度机制", "★★", "欠税台账动态管理,超期通报。"),
    ]  # fmt: skip
    for n, (link, point, kind, stars, measures) in enumerate(rows, 1):
        sh.add(n, link, point, kind, stars, measures)
        t.point(
            sh.name, office, "税收管理员", "郑晓峰", "general", point, types_in(kind), STARS[stars]
        )
    r = sh.add("注:★★★为高风险,★★为中风险,★为低风险。", *([None] * 5))
    sh.merge(r, 0, r, 5)
    sh.add("本人签字:", None, "所长审核:", None, "2025年4月", None)
    return _layout(
        "tax_office_selfcheck_stars",
        "https://www.seridoat.com/article/li-xian-yan-guan-shui-wu-ju-jiao-qun-zhong-ji-nan-chou-pan-wen-ti-tui-dong-ji-ceng-shui-shou-zhi-li.html",
        "税务所 税收管理员 岗位廉政风险自查表 after the source's piece on a 基层税务分局 (辖区个体工商户为主, 纳税人缴费人"
        " 服务, 基层税务人手少): the 所 named in the title after the 局; 姓名/职务 label row; 序号/工作环节/风险隐患/"
        "表现形式类别 (bare type names)/星级 ★★★/★★/★/防控办法; 注 line; 本人签字/所长审核 line",
        [sh], t,
    )  # fmt: skip


def tax_office_problems_rules() -> dict:
    unit = "国家税务总局XX市XX区税务局"
    office = "河口税务所"
    sh = _Sheet("排查表", [5, 12, 9, 34, 14, 9, 38])
    t = _Truth(unit)
    sh.title(f"{unit}{office}岗位廉政风险排查表", 7)
    sh.add("序号", "岗位", "在岗人员", "问题表现", "风险类别", "风险程度", "制度保障")
    people = [
        ("所长", "钟国庆", [
            ("对辖区重点税源企业检查打招呼、走过场", "外部环境风险", "高",
             "执行《重点税源企业监控办法》:检查对象随机抽取,检查结果集体审议。"),
            ("减免税备案把关不严,越权减免", "制度机制风险", "高",
             "执行《减免税管理办法》:备案资料两级审核,每季度复查。"),
        ]),
        ("征收管理岗", "白露", [
            ("执法操作系统口令混用,一人多岗", "业务流程风险", "中",
             "执行《金税系统岗位权限管理规定》:口令实名使用,权限按月核对。"),
            ("违规作废、红冲税票", "岗位职责风险", "高", "执行《税收票证管理办法》:作废须所长审批,系统自动预警。"),
        ]),
        ("税源管理岗", "马文涛", [
            ("纳税评估中选择性评估,人情了结", "思想道德风险", "中",
             "执行《纳税评估管理办法》:案头分析留痕,评估结论复核。"),
            ("泄露纳税人涉税信息", "岗位职责风险", "低", "执行《纳税人涉税保密信息管理暂行办法》:查询审批登记。"),
        ]),
        ("社保费征缴岗", "温婷", [
            ("社保费缴费基数核定随意", "业务流程风险", "低", "执行《社会保险费征缴操作规程》:基数系统比对,异常复核。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for post, who, items in people:
        for point, kind, level, rules in items:
            n += 1
            recs.append([n, post, who, point, kind, level, rules])
            t.point(sh.name, office, post, who, _tier(post), point, types_in(kind), HML[level])
    person_rows(sh, recs, None, (1, 2))
    sh.add()
    sh.add("所长签字:", None, None, "区局纪检组审核:", None, None, "2025年3月")
    return _layout(
        "tax_office_problems_rules", "http://xueshut.com/zhuanyeshuoshi/ggglshuoshi/85596.html",
        "税务所 岗位廉政风险排查表 after the source's study of 税务系统 廉政风险 (思想道德/业务流程/制度机制风险; 一人"
        "多岗, 执法操作系统口令混用; 税收执法岗责体系): the 所 named in the title after the 局; 岗位/在岗人员 merged "
        "per person; 问题表现; 风险类别 ``…风险``; 风险程度 高/中/低; 制度保障 (``执行《…》:…``); sign-off line",
        [sh], t,
    )  # fmt: skip


def audit_team_bearer() -> dict:
    unit = "XX县审计局"
    sh = _Sheet("审计组", [5, 10, 9, 12, 36, 9, 34])
    t = _Truth(unit)
    sh.title(f"{unit}审计组岗位廉政风险防控表", 7)
    sh.add("序号", "岗位", "承担人", "风险点", "可能发生的问题", "风险等级", "防控措施")
    people = [
        ("审计组长", "石振华", [
            ("回避风险", "与被审计单位或审计事项有利害关系,未主动申请回避。", "高",
             "审前签订回避承诺书,组长回避由分管局领导审定。"),
            ("独立风险", "接受被审计单位聘请或参与其经营活动,影响独立审计。", "高",
             "严禁在被审计单位兼职,审计纪律执行情况回访。"),
        ]),
        ("主审", "江雪梅", [
            ("取证风险", "选择性取证,审计证据不充分,隐瞒重大问题线索。", "中",
             "取证单经被审计单位签认,底稿二级复核。"),
            ("定性风险", "审计定性避重就轻,处理处罚畸轻。", "高", "审计定性经审理科审理,业务会议集体研究。"),
        ]),
        ("审计人员", "邹凯", [
            ("保密风险", "不注意场合泄露国家秘密或被审计单位商业秘密。", "中",
             "审计资料专人保管,涉密资料不带离现场。"),
        ]),
        ("审计人员", "林晓", [
            ("纪律风险", "接受被审计单位宴请、礼品,或在被审计单位报销个人费用。", "中",
             "执行审计“四严禁”,廉政回访每项目必做。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for post, who, items in people:
        for point, problem, level, measures in items:
            n += 1
            recs.append([n, post, who, point, problem, level, measures])
            t.point(sh.name, "审计组", post, who, _tier(post), point, [], HML[level])
    person_rows(sh, recs, None, (1, 2))
    sh.add("审计组长签字:", None, None, "局纪检组审核:", None, "2025年5月", None)
    return _layout(
        "audit_team_bearer", "https://moyudoc.com/doc-1255425.html",
        "审计局 审计组岗位廉政风险防控表 after the source's article on 审计组的风险防控点 (实施环节: 回避风险, 保密风险,"
        " 独立风险; 审计组长, 主审): no 科室 column; 岗位/承担人 merged per person; a short 风险点 (``回避风险``…) "
        "beside 可能发生的问题; 风险等级 高/中/低; 防控措施; two 审计人员 one row each; sign-off line",
        [sh], t,
    )  # fmt: skip


def audit_bureau_harm_degree() -> dict:
    unit = "XX区审计局"
    sh = _Sheet("一览表", [5, 16, 8, 24, 34, 9, 32])
    t = _Truth(unit)
    sh.title(f"{unit}股室岗位廉政风险一览表", 7)
    sh.add("序号", "科室", "职务", "主要职责", "可能发生的问题", "危害程度", "防控办法")
    rows = [
        ("财政审计股", "股长", "组织本级预算执行和决算草案审计",
         "对预算执行中的违规问题瞒报、少报", "高", "审计发现问题清单逐条审理,报告集体审定。"),
        ("财政审计股", "股长", "组织本级预算执行和决算草案审计",
         "延伸抽查单位选择受人情干扰", "中", "延伸单位在审计方案中列明,调整须报批。"),
        ("经济责任审计股", "股长", "组织领导干部经济责任审计",
         "审计评价不客观,为被审计领导干部开脱", "高", "评价意见经审计业务会议研究。"),
        ("经济责任审计股", "审计员", "实施经济责任审计现场取证",
         "审计底稿记录不实,隐匿问题线索", "中", "底稿逐级复核,问题线索登记移送。"),
        ("固定资产投资审计股", "股长", "组织政府投资项目结算审计",
         "结算审核中与施工单位串通,虚增审定金额", "高", "结算审核实行复审,中介机构审核结果抽查。"),
        ("办公室", "主任", "公文运转、审计档案管理",
         "审计报告和档案管理中泄露审计信息", "低", "审计档案借阅登记,报告印发前保密审查。"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, duty, problem, level, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, duty, problem, level, measures])
        t.point(sh.name, dept, post, "", _tier(post), problem, [], HML[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("局纪检组审核:", None, None, None, "填报日期:2025年3月", None, None)
    return _layout(
        "audit_bureau_harm_degree",
        "http://www.gdcy.gov.cn/cy/zdlyxxgk/czsjxxgk/sjjggg/content/post_2289418.html",
        "区审计局 股室岗位廉政风险一览表 after the source's 区审计局 审计工作报告 (本级预算执行和决算草案审计, 延伸抽查,"
        " 经济责任, 政府投资项目): no names (对岗不对人); 科室 merged/职务/主要职责 merged per post/可能发生的问题 "
        "the only risk column/危害程度 高/中/低/防控办法; 审核 line",
        [sh], t,
    )  # fmt: skip


def procuratorate_source_bearer() -> dict:
    unit = "XX县人民检察院"
    sh = _Sheet("一览表", [5, 14, 12, 9, 38, 12, 9, 32])
    t = _Truth(unit)
    sh.title(f"{unit}检察人员岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "职务", "承担人", "风险源", "表现形式类别", "风险等级", "防控措施")
    depts = [
        ("第一检察部", [
            ("员额检察官", "邵明辉", [
                ("不批捕、不起诉决定受人情干扰", "外部环境", "Ⅰ级", "不捕不诉案件检察官联席会议讨论,公开审查。"),
                ("退回补充侦查随意,变相超期羁押", "制度机制", "Ⅱ级", "羁押期限系统预警,案管部门流程监控。"),
            ]),
            ("检察官助理", "乔丹丹", [
                ("泄露案件办理进展和证据情况", "岗位职责", "Ⅱ级", "办案信息查阅权限分级,留痕管理。"),
            ]),
        ]),
        ("刑事执行检察部", [
            ("员额检察官", "龙海涛", [
                ("减刑、假释案件检察监督走过场", "岗位职责", "Ⅰ级", "减刑假释案件逐案审查,监督意见书面存档。"),
                ("保外就医病情鉴定监督不严", "业务流程", "Ⅰ级", "病情鉴定全程同步监督,复查随机抽取。"),
            ]),
        ]),
        ("案件管理部", [
            ("案件管理员", "卢静怡", [
                ("律师阅卷、会见安排中收受好处", "思想道德", "Ⅲ级", "律师接待统一登记,预约安排系统派单。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, items in people:
            for source, kind, level, measures in items:
                n += 1
                recs.append([n, dept, post, who, source, kind, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), source, types_in(kind), ROMAN[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add("部门负责人:", None, None, None, "院纪检组审核:", None, None, "2025年2月")
    return _layout(
        "procuratorate_source_bearer", "http://www.71.cn/2014/1128/789783_2.shtml",
        "检察院 检察人员岗位廉政风险防控一览表 after the source's article on 检察机关 廉政风险防控 (不立案、不批捕、不"
        "起诉、减刑、假释、保外就医 关键环节): 部门 merged/职务/承担人 merged per person/风险源 the only risk column/"
        "表现形式类别 (bare type names)/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施; sign-off line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    health_center_grouped_source(),
    edu_sports_content_rating(),
    edu_canteen_link_duty(),
    medical_insurance_post_and_person(),
    tax_office_selfcheck_stars(),
    tax_office_problems_rules(),
    audit_team_bearer(),
    audit_bureau_harm_degree(),
    procuratorate_source_bearer(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b31_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch31-inbox"))

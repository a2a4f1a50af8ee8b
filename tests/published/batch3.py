"""A third batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Each layout imitates the *shape* of a public table (its ``source``) that
neither earlier batch used: heading words, column order, where holder, post and department
are named, how levels are written, what stands above, beside and below. The rows are worded
by us; only heading words are taken from the sources.

Run ``python tests/published/score.py --set batch3`` and do not tune the reader against it,
or it stops being held out.

Conventions this batch leans on, beyond those of ``layouts.py`` and ``heldout.py``:

- a level written in a vocabulary the design does not name is not guessed: A/B/C and the
  colours 红色/橙色/黄色 give ``level`` None (design §3: "anything else is not guessed");
- 高/较高/一般 used as a three-step scale is Ⅰ/Ⅱ/Ⅲ (较高 is Ⅱ in the design, 一般 the lowest);
- a level given only by the group line a row stands under (一、一级风险点) is that level;
  a level given by a tick (√) under one of the columns 一级/二级/三级 is that column's;
  a cell ``风险等级:中`` in the level column is 中;
- scores (发生概率 1–3, 风险度 1–9), 测评 points and money are never levels or points;
- lists that hold no risk points (权力清单, 责任清单, 措施清单, a 监督清单 beside the table,
  a 考核评分 sheet, a 责任人列表 naming offices) give no points, and 责任人 cells that are
  empty labels (``责任人:``) name nobody.

``build(outdir)`` writes every layout as ``<name>.xlsx``, copies the LibreOffice re-saved
copies ``resaved/b3_<name>.*`` (see make_resaved.py) and writes ``truth.json``.
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

PREFIX = "b3_"  # re-saved copies of this batch are named b3_<layout>.<ext>


def village_abc_levels() -> dict:
    unit = "XX镇XX村"
    sh = _Sheet("一览表", [6, 16, 34, 8, 36, 18])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点及防控措施一览表", 6)
    sh.add("序号", "权力名称", "廉政风险点", "风险等级", "防范措施", "责任人")
    groups = [
        ("村级重大事项决策", "党支部书记、村委会主任", [
            ("不按“四议两公开”程序召开会议,个人说了算", "B", "决策前充分调查论证,严格按“四议两公开”程序决策。"),
            ("涉及专业性较强的事项不征求专家意见", "C", "事前征求专业部门和专家意见,做到科学决策。"),
            ("决议执行情况不向村民代表会议报告", "C", "执行情况在村务公开栏公布,接受村务监督委员会监督。"),
        ]),
        ("党务村务公开", "党支部书记、村务监督委员会主任", [
            ("公开内容不全或弄虚作假", "C", "健全公开目录,实行公开前审核签字。"),
            ("群众要求点题公开的不及时受理", "C", "设立意见箱和监督电话,点题事项七日内答复。"),
        ]),
        ("村“两委”换届选举", "党支部书记", [
            ("推荐考察中不按程序操作", "A", "严格按选举流程操作,推荐结果张榜公布。"),
            ("拉票贿选,干扰选举", "A", "签订换届纪律承诺书,设立举报电话和信箱。"),
            ("不按规定推选村民选举委员会", "A", "选举委员会由村民会议推选产生,报镇党委备案。"),
        ]),
        ("村级印章管理", "村委会主任、村文书", [
            ("对需用印材料审核不严", "A", "用印实行登记审批,材料与用途逐项核对。"),
            ("不按规定或为个人目的使用印章", "B", "印章专人保管,外出用印两人以上。"),
        ]),
    ]  # fmt: skip
    n = 0
    for power, who, items in groups:
        recs = []
        for point, level, measures in items:
            n += 1
            recs.append([n, power, point, level, measures, who])
            t.point(sh.name, "", "", "", None, point, [], None)  # A/B/C: not a level we read
        sh.records(recs, merge_cols=(1, 5))
    sh.add()
    r = sh.add("村党支部(盖章)", None, "镇纪委审核意见:", None, "2023年3月15日", None)
    sh.merge(r, 0, r, 1)
    sh.merge(r, 2, r, 3)
    return _layout(
        "village_abc_levels", "https://m.oldu.cn/wenku/rdare/1ZzwB1LDY4",
        "village 一览表: 权力名称 merged down, 廉政风险点, levels written A/B/C (not a vocabulary the design "
        "reads, so no level in the truth), 防范措施, 责任人 naming roles (党支部书记、村委会主任) merged down; "
        "one form for the village; 盖章/审核 line with a date",
        [sh], t,
    )  # fmt: skip


def edu_bureau_catalogue() -> dict:
    unit = "XX市教育局"
    sh = _Sheet("风险目录", [6, 18, 32, 12, 8, 34, 10])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点和风险等级目录", 7)
    r = sh.add("编制:局监察室", None, None, None, None, "2023年4月", None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 6)
    sh.add("序号", "职权名称", "风险点", "责任科室", "责任人", "监控措施", "主管领导")
    sections = [
        ("一、一级风险点(群众普遍关注、发生腐败几率较高)", 1, [
            ("基建工程招投标", "招标条件量身定制,泄露标底", "计划财务科", "周明", "招标文件经法制审核,纪检人员全程监督。", "陈建国"),
            ("大宗物品政府采购", "指定品牌或供应商,收受回扣", "计划财务科", "周明", "采购需求集体研究,验收与采购分离。", "陈建国"),
            ("专项资金分配", "不按因素法分配,向关系学校倾斜", "计划财务科", "吴芳", "分配方案局务会审定并公示。", "陈建国"),
            ("教师公开招聘", "资格审查放宽条件,泄露试题", "人事科", "郑伟", "资格审查两人以上,命题封闭进行。", "刘海燕"),
            ("中考政策性加分", "违规认定加分资格", "基础教育科", "王丽", "加分资格三级审核,名单公示七天。", "刘海燕"),
        ]),
        ("二、二级风险点", 2, [
            ("民办学校设立审批", "降低设立标准,收受好处", "基础教育科", "王丽", "实地评估组集体评议,结果网上公开。", "刘海燕"),
            ("教师职称评审推荐", "推荐条件把关不严,优亲厚友", "人事科", "郑伟", "量化赋分,推荐结果公示。", "刘海燕"),
            ("市级三好学生评选", "评选名额向关系学生倾斜", "基础教育科", "孙强", "评选条件和名单公示,接受举报。", "刘海燕"),
        ]),
        ("三、三级风险点", 3, [
            ("教育行政处罚", "处罚畸轻畸重", "政策法规科", "冯涛", "执行裁量基准,处罚决定集体讨论。", "陈建国"),
            ("学校办学检查指导", "检查走过场,问题不督促整改", "督导室", "何静", "检查结果通报,整改情况回访。", "陈建国"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, level, items in sections:
        sh.title(caption, 7)
        for power, point, dept, who, measures, leader in items:
            n += 1
            sh.add(n, power, point, dept, who, measures, leader)
            t.point(sh.name, dept, "", who, None, point, [], level)
    sh.add()
    r = sh.add(
        "注:本目录按风险等级分三部分排列,各科室责任人对本科室风险点负直接责任。", *([None] * 6)
    )
    sh.merge(r, 0, r, 6)
    return _layout(
        "edu_bureau_catalogue", "https://www.wenmi.com/article/ptf89j04u1tl.html",
        "教育局 风险等级目录 compiled by 监察室: no level column, the level only in group lines "
        "(一、一级风险点… / 二、二级风险点 / 三、三级风险点); 职权名称, 风险点, 责任科室, 责任人 (names, the "
        "holder), measures under 监控措施, a second name column 主管领导 (not the holder); 编制 line with date",
        [sh], t,
    )  # fmt: skip


def civil_affairs_handbook() -> dict:
    unit = "XX省民政厅"
    t = _Truth(unit)
    note = "(风险类别填思想道德、岗位职责、制度机制、外部环境风险;风险等级按高、中、低填写)"
    lead = _Sheet("厅领导", [8, 12, 18, 30, 14, 8, 32])
    lead.title(f"{unit}厅领导廉政风险排查表", 7)
    lead.title(note, 7)
    lead.add("姓名", "职务", "分管范围", "廉政风险点", "风险类别", "风险等级", "防范措施")
    leaders = [
        ("许志刚", "厅长", "主持全面工作,分管人事处、规划财务处", [
            ("干部选拔任用中个人说了算", "制度机制风险", "高", "干部任用经党组会集体研究,全程纪实。"),
            ("大额资金使用不经集体研究", "制度机制风险", "高", "大额资金实行党组会审议制度。"),
            ("亲属利用本人影响谋利", "思想道德风险、外部环境风险", "中", "如实报告个人有关事项,严格回避。"),
        ]),
        ("范丽", "副厅长", "分管救灾处、社会福利和慈善事业促进处", [
            ("救灾款物分配向关系地区倾斜", "岗位职责风险", "高", "分配方案按灾情因素测算并公开。"),
            ("福利彩票公益金项目审批把关不严", "岗位职责风险", "中", "项目评审引入专家,结果网上公示。"),
            ("接受下级单位宴请", "思想道德风险", "低", "落实中央八项规定精神,下基层轻车简从。"),
        ]),
    ]  # fmt: skip
    for name, post, scope, items in leaders:
        recs = []
        for point, kind, level, measures in items:
            recs.append([name, post, scope, point, kind, level, measures])
            t.point(lead.name, "", post, name, "leader", point, types_in(kind), HML[level])
        lead.records(recs, merge_cols=(0, 1, 2))

    sheets = [lead]
    depts = [
        ("办公室", [
            ("主任", "middle", "叶明华", "主持办公室全面工作", [
                ("公务接待超标准,虚开接待费", "岗位职责风险", "中", "接待事前审批,清单按月公示。"),
                ("办公用房分配不按标准", "制度机制风险", "低", "用房按标准核定,调整报厅务会。"),
            ]),
            ("文秘", "general", "董小梅", "负责公文运转和机要", [
                ("泄露未公开文件内容", "思想道德风险", "中", "涉密文件专人专柜保管,借阅登记。"),
            ]),
            ("财务", "general", "邵军", "负责机关经费报销", [
                ("报销票据审核不严", "岗位职责风险", "中", "票据逐张审核,经办、审核、审批分离。"),
                ("坐支现金,公款私存", "思想道德风险", "高", "现金日清月结,每月对账。"),
            ]),
        ]),
        ("救灾处", [
            ("处长", "middle", "易国平", "负责救灾工作组织协调", [
                ("灾情核定弄虚作假", "岗位职责风险", "高", "灾情会商核定,两人以上实地核查。"),
                ("救灾物资采购指定供应商", "外部环境风险", "高", "物资采购进入政府采购平台。"),
            ]),
            ("科员", "general", "常晓", "负责救灾物资台账", [
                ("物资出入库账实不符", "岗位职责风险", "中", "出入库双人签字,季度盘点。"),
            ]),
        ]),
    ]  # fmt: skip
    for dept, posts in depts:
        sh = _Sheet(dept, [10, 18, 30, 14, 8, 32, 10])
        sh.title(f"{dept}廉政风险排查表", 7)
        sh.title(note, 7)
        sh.add("岗位", "岗位职责", "廉政风险点", "风险类别", "风险等级", "防范措施", "岗位人员")
        for post, tier, name, duty, items in posts:
            recs = []
            for point, kind, level, measures in items:
                recs.append([post, duty, point, kind, level, measures, name])
                t.point(sh.name, dept, post, name, tier, point, types_in(kind), HML[level])
            sh.records(recs, merge_cols=(0, 1, 6))
        sh.add()
        sh.add("处室负责人(签字):", None, None, "填表时间:2010年8月", None, None, None)
        sheets.append(sh)
    return _layout(
        "civil_affairs_handbook", "https://www.520zcw.cn/article/vxqkdu",
        "民政厅 handbook as a workbook: a 厅领导 排查表 (姓名, 职务, 分管范围 merged down) and one 排查表 per 处 "
        "(the 处 only in the sheet name and title); a bracketed 填表 note as a second title line; holder "
        "under 岗位人员 in the last column; 风险类别 in full words, one cell naming two types; signature and "
        "填表时间 line",
        sheets, t,
    )  # fmt: skip


def housing_report_grading() -> dict:
    unit = "XX县住房和城乡建设局"
    sh = _Sheet("排查报告", [6, 12, 12, 30, 6, 34, 8])
    t = _Truth(unit)
    sh.title(f"{unit}关于开展廉政风险排查工作的报告", 7)
    paragraphs = [
        "根据上级统一部署,我局在全局范围内开展了廉政风险点排查工作,现将排查情况、风险清单及防控措施报告如下。",
        "一、廉政风险等级划分标准",
        "一级风险:涉及重大经济活动决策权、重要人事任免权、大额资金使用权,或有较大自由裁量权的风险点。",
        "二级风险:涉及一定范围的经济活动、项目管理或资金分配,权力行使较为频繁的风险点。",
        "三级风险:常规性、程序性工作中自由裁量空间较小的风险点。",
        "二、风险清单(风险等级栏填1、2、3,分别对应一级、二级、三级风险)",
    ]
    for text in paragraphs:
        sh.title(text, 7)
    sh.add("序号", "股室", "风险岗位", "风险点", "风险\n等级", "防控措施", "责任人")
    rows = [
        ("建筑市场股", "股长", "middle", "秦立新", "对不符合条件的企业出具资质初审意见", 1, "初审结果集体研究,网上公示。"),
        ("建筑市场股", "股长", "middle", "秦立新", "招投标监督中对违规行为不予纠正", 1, "监督全程留痕,违规线索移送纪检。"),
        ("建筑市场股", "科员", "general", "康宁", "施工许可资料审核放宽", 2, "资料清单化审核,限时办结。"),
        ("质量安全站", "站长", "middle", "贺军", "质量监督检查中降低验收标准", 1, "监督检查两人以上,影像资料存档。"),
        ("质量安全站", "监督员", "general", "龚磊", "安全检查隐患不督促整改", 2, "隐患整改闭环销号。"),
        ("房产管理股", "股长", "middle", "毛丽娟", "商品房预售资金拨付审核不严", 1, "拨付凭监理、银行、住建三方签字。"),
        ("房产管理股", "科员", "general", "尹超", "物业企业考评打人情分", 3, "考评细则公开,业主代表参与。"),
        ("办公室", "主任", "middle", "江涛", "办公用品采购不询价", 3, "询价三家以上,验收双人签字。"),
        ("办公室", "会计", "general", "史晓燕", "报销凭证审核流于形式", 2, "凭证三级审核,每月抽查。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, tier, who, point, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, point, level, measures, who])
        t.point(sh.name, dept, post, who, tier, point, [], level)
    sh.records(recs, merge_cols=(1,))
    sh.title("三、下一步工作:各股室对照清单逐项落实防控措施,每半年开展一次风险再排查。", 7)
    sh.add()
    r = sh.add(None, None, None, None, f"{unit}", None, None)
    sh.merge(r, 4, r, 6)
    r = sh.add(None, None, None, None, "2024年5月10日", None, None)
    sh.merge(r, 4, r, 6)
    return _layout(
        "housing_report_grading", "https://www.gongwk.com/doc/559780.jhtml",
        "住建局 report pasted into a sheet: title and six paragraph lines above the table (the grading "
        "standard, whose lines start 一级风险:/二级风险: and are not points), the table with 股室, 风险岗位, "
        "levels as numbers 1/2/3 under a broken heading 风险\\n等级, 责任人 names last; a closing paragraph and "
        "the unit with a date below",
        [sh], t,
    )  # fmt: skip


def dongguan_color_levels() -> dict:
    unit = "XX市文化广电新闻出版局"
    sh = _Sheet("一岗一预防", [6, 12, 12, 18, 30, 8, 32, 12])
    t = _Truth(unit)
    sh.title(f"{unit}“一岗一预防”廉政风险点登记表", 8)
    sh.add("序号", "科室", "职权类别", "职权名称", "廉政风险点", "风险等级", "防控措施", "涉及岗位")
    rows = [
        ("办公室", "内部管理类", "政府采购", "化整为零规避政府采购", "红色", "采购计划年初编制,超限额一律进平台。", "办公室主任"),
        ("办公室", "内部管理类", "公务接待", "超标准接待,虚列接待费用", "黄色", "接待清单按月公示。", "行政管理员"),
        ("人事科", "内部管理类", "干部选拔任用", "选拔条件因人而设", "红色", "选拔方案集体研究,任前公示。", "人事科科长"),
        ("人事科", "内部管理类", "公务员招考", "资格审查把关不严", "橙色", "资格审查两人以上,结果公示。", "人事科科长"),
        ("文化市场科", "行政许可类", "网吧经营许可", "违规发放经营许可证", "红色", "许可条件公开,集体审核。", "审批员"),
        ("文化市场科", "行政许可类", "演出活动审批", "审批中收受主办方好处", "橙色", "审批流程网上运行,时限预警。", "审批员"),
        ("文化执法大队", "行政执法类", "文化市场检查", "对违法经营选择性查处", "红色", "检查对象随机抽取,全程记录。", "执法队员"),
        ("文化执法大队", "行政执法类", "罚没物品处置", "罚没物品私分或低价处置", "橙色", "罚没物品登记造册,统一处置。", "执法队员"),
        ("文化执法大队", "行政执法类", "行政处罚", "处罚自由裁量畸轻畸重", "黄色", "执行裁量基准,重大案件集体讨论。", "大队长"),
    ]  # fmt: skip
    recs = []
    for i, (dept, kind, power, point, colour, measures, post) in enumerate(rows, 1):
        recs.append([i, dept, kind, power, point, colour, measures, post])
        t.point(sh.name, dept, post, "", None, point, [], None)  # colours: not a level we read
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    r = sh.add("注:风险等级按红色、橙色、黄色三个等级标识。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    r = sh.add("监督举报电话:0769-12345678", *([None] * 7))
    sh.merge(r, 0, r, 7)
    return _layout(
        "dongguan_color_levels",
        "http://guangzhou.baogaosu.com/xinwen/%E5%BB%89%E6%94%BF%E9%A3%8E%E9%99%A9%E7%82%B9%E5%9B%BD%E7%A8%8E%E5%B1%80%E6%9C%80%E5%A4%9A%E5%85%AC%E5%AE%89%E5%B1%80/22827367",
        "“一岗一预防” 登记表: 科室 and 职权类别 merged down, 职权名称, 廉政风险点, levels as colours 红色/橙色/"
        "黄色 (not read: truth level None), 防控措施, the post last under 涉及岗位; colour legend and a "
        "监督举报电话 line below",
        [sh], t,
    )  # fmt: skip


def court_register_cards() -> dict:
    unit = "XX市XX区人民法院"
    t = _Truth(unit)
    judges = [
        ("民事审判一庭", "庭长", "middle", "彭志远", "主持庭务,审理重大疑难民事案件,签发裁判文书", [
            ("案件分配", "违规指定承办法官,搞人情分案", "中", "案件随机分配,特殊分案报分管院长审批。"),
            ("裁判文书签发", "对不当裁判把关不严", "高", "重大案件提交审判委员会讨论。"),
            ("干警监督", "对庭内干警失管失察", "低", "每季度开展廉政谈话。"),
        ]),
        ("民事审判一庭", "审判员", "general", "卢佳", "审理民商事案件", [
            ("庭审", "私下会见当事人及代理人", "高", "严格执行过问案件登记制度。"),
            ("调解", "违背当事人意愿强迫调解", "中", "调解过程录音录像。"),
            ("审限管理", "无故拖延审理期限", "低", "审限系统自动预警。"),
        ]),
        ("执行局", "执行员", "general", "汤伟", "办理执行实施案件", [
            ("财产查控", "选择性查封、拖延执行", "高", "查控措施网上留痕,期限预警。"),
            ("执行款发放", "截留、挪用执行款", "高", "执行款一案一账户,发放两人审核。"),
            ("委托评估拍卖", "指定评估拍卖机构", "中", "机构随机摇号选定。"),
            ("终结本次执行", "未穷尽措施即终本", "中", "终本案件合议庭审查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, tier, name, duty, items in judges:
        sh = _Sheet(name, [6, 14, 30, 8, 34])
        sh.title("个人岗位廉政风险登记表", 5)
        r = sh.add(f"单位:{unit}", None, None, None, None)
        sh.merge(r, 0, r, 4)
        sh.add("姓名", name, "部门", dept, None)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        r = sh.add("职务", post, "岗位职责", duty, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施")
        for i, (point, desc, level, measures) in enumerate(items, 1):
            sh.add(i, point, desc, level, measures)
            t.point(sh.name, dept, post, name, tier, point, [], HML[level])
        sh.add()
        sh.add("本人签名:", None, "庭(局)长审核:", None, "年  月  日")
        sheets.append(sh)
    rating = _Sheet("法官廉政风险测评表", [6, 10, 12, 12, 12, 8, 10])
    rating.title("法官廉政风险测评表(2023年度)", 7)
    rating.add(
        "序号", "姓名", "廉洁自律(30分)", "审判作风(30分)", "群众评议(40分)", "总分", "测评等次"
    )
    for i, (name, a, b, c) in enumerate(
        [("彭志远", 28, 27, 36), ("卢佳", 29, 26, 35), ("汤伟", 27, 28, 33)], 1
    ):
        rating.add(i, name, a, b, c, a + b + c, "优秀" if a + b + c >= 90 else "良好")
    money = _Sheet("大额资金使用明细表", [12, 30, 12, 10, 10])
    money.title("大额资金使用明细表", 5)
    money.add("日期", "事由", "金额(元)", "经办人", "审批人")
    money.add("2023-03-02", "审判法庭维修", 86500, "马超", "彭志远")
    money.add("2023-05-18", "执行指挥中心设备采购", 124000, "汤伟", "院长办公会")
    money.add("2023-09-07", "诉讼服务中心改造", 68000, "马超", "院长办公会")
    return _layout(
        "court_register_cards", "http://mdjml.hljcourt.gov.cn/public/detail.php?id=288",
        "法院 workbook: one 个人岗位廉政风险登记表 per judge (单位 line, 姓名/部门 and 职务/岗位职责 pairs, short "
        "风险点 beside 风险表现, 高/中/低, 本人签名/审核/年 月 日), then a 法官廉政风险测评表 of names and scores "
        "and a 大额资金使用明细表 of amounts, neither holding points",
        [*sheets, rating, money], t,
    )  # fmt: skip


def water_flow_blocks() -> dict:
    unit = "XX市水务局"
    sh = _Sheet("流程图说明", [12, 70])
    t = _Truth(unit)
    lv = {"高": 1, "较高": 2, "一般": 3}
    sh.title(f"{unit}廉政风险防控流程图(文字说明)", 2)
    charts = [
        ("办公室部门固定资产管理廉政风险防控流程图", "办公室",
         "科室申报→财务科审核→分管局领导批示→办理购置并登记固定资产账", [
            ("管理不善,导致国有资产流失", "高", "严格执行新增、报废、毁损、捐赠等程序管理,定期盘点。"),
            ("报废资产未经技术鉴定即处置", "较高", "报废资产由技术人员出具鉴定意见,处置结果公示一周。"),
        ]),
        ("办公室部门政府采购管理廉政风险防控流程图", "办公室",
         "科室填报申请→财务科审核→报市财政局批复→招标或签订合同采购", [
            ("超标或违规采购", "一般", "严格执行政府采购制度规定,超预算不予采购。"),
        ]),
        ("人事科人员调动廉政风险防控流程图", "人事科",
         "个人申请→用人单位审查→人事科审核→分管局长批准→报人社局审批", [
            ("不符合条件违规调动", "高", "调动条件公开,人事科集体审核。"),
            ("调出人员未办理工作移交", "一般", "资产、财务、业务移交清单签字后方可办理。"),
        ]),
        ("财务科专项资金拨付廉政风险防控流程图", "财务科",
         "项目单位申请→财务科审核→局务会研究→拨付→跟踪问效", [
            ("未按项目进度超额拨付", "较高", "按监理确认的进度拨付,留存支付凭证。"),
            ("专项资金被挤占挪用", "高", "专项资金专账核算,年度审计。"),
        ]),
    ]  # fmt: skip
    for caption, dept, flow, risks in charts:
        sh.add()
        sh.title(caption, 2)
        sh.add("流  程:", flow)
        for point, level, measures in risks:
            sh.add("风  险:", point)
            sh.add("风险等级:", level)
            sh.add("措  施:", measures)
            t.point(sh.name, dept, "", "", None, point, [], lv[level])
    return _layout(
        "water_flow_blocks", "https://www.renrendoc.com/p-13271403.html",
        "水务局 flow-chart notes: no table at all; under each caption (办公室部门固定资产管理…流程图) a 流程 "
        "line and, per risk, three label/value lines 风  险:/风险等级:/措  施:; levels 高/较高/一般; the "
        "department only in the caption",
        [sh], t,
    )  # fmt: skip


def water_admin_power_chart() -> dict:
    unit = "XX县水利局"
    t = _Truth(unit)
    lv = {"风险等级:高": 1, "风险等级:中": 2, "风险等级:低": 3}
    powers = [
        ("行政奖励类", "对在水利工作中做出突出贡献的单位或个人进行奖励", [
            ("制定方案、组织推荐", "资格审查不严,有意为特定关系人放宽条件", "风险等级:中",
             "评委随机抽取,评委签署廉政承诺书。"),
            ("评审", "评审时向评委打招呼,影响评审结果", "风险等级:中",
             "评审期间纪检人员全程监督,实行无记名票决。"),
            ("审核公示", "对公示期间反映的问题不认真核查", "风险等级:低",
             "举报问题专人调查,结果书面报告。"),
            ("表彰、奖励", "多拨、少拨或迟延拨付奖金", "风险等级:低",
             "奖金数额由财政局发文确认,凭汇款凭证核对。"),
        ], [("评审", "河湖股", "股长"), ("审核公示", "局办公室", "主任"), ("表彰、奖励", "计财股", "股长")]),
        ("行政检查类", "对水资源费征收及取水许可执行情况进行监督检查", [
            ("制定检查计划", "检查对象选择不公,搞选择性检查", "风险等级:中",
             "检查对象随机抽取,检查计划报局长办公会。"),
            ("现场检查", "接受被检查单位宴请,隐瞒检查问题", "风险等级:高",
             "两人以上检查,检查记录当场签字。"),
            ("处理决定", "对违法取水降格处理", "风险等级:高",
             "处理决定集体研究,执行裁量基准。"),
        ], [("现场检查", "水资办", "主任"), ("处理决定", "水政监察大队", "大队长")]),
    ]  # fmt: skip
    sheets = []
    for kind, power, steps, holders in powers:
        sh = _Sheet(kind, [16, 32, 12, 34, 10])
        sh.title("行政职权廉政风险防控图", 5)
        r = sh.add(f"单位:{unit}", None, f"职权类别:{kind}", None, None)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 4)
        sh.title(f"职权名称:{power}", 5)
        sh.add("运行环节", "风险点", "风险等级", "防控措施", "责任人")
        for step, point, level, measures in steps:
            sh.add(step, point, level, measures, "责任人:")
            t.point(sh.name, "", "", "", None, point, [], lv[level])
        sh.add()
        sh.title("廉政风险防控责任人列表", 5)
        sh.add("风险防控环节", "风险防控岗位", "风险防控责任人", None, None)
        for step, dept, post in holders:
            sh.add(step, dept, post, None, None)
        sheets.append(sh)
    return _layout(
        "water_admin_power_chart", "https://keke.chddh.cn/archives/k0e97j2kvebq9lbr5d3x.html",
        "水利局 行政职权廉政风险防控图, one sheet per 职权类别: 单位/职权类别 line, a merged 职权名称: line, "
        "运行环节/风险点/风险等级/防控措施/责任人 where every level cell reads 风险等级:中 and every 责任人 cell "
        "is an empty label 责任人:, then a 廉政风险防控责任人列表 of offices and roles (no points)",
        sheets, t,
    )  # fmt: skip


def tobacco_four_lists() -> dict:
    unit = "XX卷烟厂"
    t = _Truth(unit)
    lv = {"1级": 1, "2级": 2, "3级": 3}
    powers = _Sheet("权力清单", [8, 24, 12, 36])
    powers.title(f"{unit}权力清单", 4)
    powers.add("编号", "权力事项", "行使部门", "设定依据")
    power_rows = [
        ("QL-01", "物资采购", "物资供应部", "《物资采购管理办法》"),
        ("QL-02", "工程项目管理", "基建办", "《工程建设项目管理规定》"),
        ("QL-03", "卷烟原料验收", "原料部", "《原料质量检验规程》"),
        ("QL-04", "人员招聘", "人力资源部", "《员工招聘管理办法》"),
        ("QL-05", "废旧物资处置", "物资供应部", "《资产处置管理办法》"),
    ]
    for row in power_rows:
        powers.add(*row)
    duties = _Sheet("责任清单", [8, 40, 12, 14])
    duties.title(f"{unit}责任清单", 4)
    duties.add("编号", "责任事项", "责任部门", "责任岗位")
    for row in [
        ("ZR-01", "对采购全过程负监督管理责任", "物资供应部", "部门负责人"),
        ("ZR-02", "对工程项目质量、进度、资金负管理责任", "基建办", "主任"),
        ("ZR-03", "对原料验收结果负直接责任", "原料部", "验收员"),
        ("ZR-04", "对招聘程序合规负组织责任", "人力资源部", "部门负责人"),
    ]:
        duties.add(*row)
    risks = _Sheet("风险清单", [8, 8, 34, 14, 8, 12])
    risks.title(f"{unit}廉洁风险清单", 6)
    risks.add("风险编号", "对应权力", "风险点", "风险类型", "风险级别", "责任部门")
    risk_rows = [
        ("FX-01", "QL-01", "采购需求设置倾向性条款", "岗位职责风险", "1级", "物资供应部"),
        ("FX-02", "QL-01", "与供应商私下接触,收受回扣", "思想道德风险", "1级", "物资供应部"),
        ("FX-03", "QL-02", "工程变更签证不实", "制度机制风险", "1级", "基建办"),
        ("FX-04", "QL-02", "隐蔽工程验收走过场", "岗位职责风险", "2级", "基建办"),
        ("FX-05", "QL-03", "原料等级评定放宽标准", "外部环境风险", "2级", "原料部"),
        ("FX-06", "QL-03", "验收数据人为修改", "岗位职责风险", "2级", "原料部"),
        ("FX-07", "QL-04", "招聘条件因人而设", "制度机制风险", "2级", "人力资源部"),
        ("FX-08", "QL-04", "面试评分打人情分", "思想道德风险", "3级", "人力资源部"),
        ("FX-09", "QL-05", "废旧物资低价处置", "制度机制风险", "3级", "物资供应部"),
    ]
    for code, power, point, kind, level, dept in risk_rows:
        risks.add(code, power, point, kind, level, dept)
        t.point(risks.name, dept, "", "", None, point, types_in(kind), lv[level])
    measures = _Sheet("措施清单", [8, 44, 10, 12])
    measures.title(f"{unit}防控措施清单", 4)
    measures.add("风险编号", "防控措施", "完成时限", "责任人")
    for code, text, when, who in [
        ("FX-01", "采购需求由使用、技术、采购三方会审。", "长期", "部门负责人"),
        ("FX-02", "采购人员签订廉洁承诺,定期轮岗。", "长期", "部门负责人"),
        ("FX-03", "变更签证实行监理、跟踪审计、基建办三方确认。", "长期", "主任"),
        ("FX-04", "隐蔽工程验收留存影像资料。", "长期", "主任"),
        ("FX-05", "原料等级评定实行盲样复检。", "每批次", "部门负责人"),
        ("FX-06", "验收系统数据自动采集,修改留痕。", "2023年底", "部门负责人"),
        ("FX-07", "招聘方案报厂务会审定并公开。", "每次招聘", "部门负责人"),
        ("FX-08", "面试考官随机抽取,评分当场公布。", "每次招聘", "部门负责人"),
        ("FX-09", "废旧物资处置进入产权交易平台。", "长期", "部门负责人"),
    ]:
        measures.add(code, text, when, who)
    return _layout(
        "tobacco_four_lists", "http://www.plammmp.com/wendang/1769.html",
        "卷烟厂 四张清单 in four sheets: 权力清单 and 责任清单 (no points), a 风险清单 keyed by 风险编号 with "
        "对应权力 codes, 风险点, 风险类型, levels 1级/2级/3级 under 风险级别, 责任部门; the measures apart in a "
        "措施清单 sheet joined by 风险编号",
        [powers, duties, risks, measures], t,
    )  # fmt: skip


def school_scoring_pledge() -> dict:
    unit = "XX职业技术学院"
    t = _Truth(unit)
    lv = {"１": 1, "２": 2, "３": 3}
    score = _Sheet("考核评分", [14, 50, 6, 8, 8])
    score.title("单位(部门)党风廉政建设量化考核评分一览表", 5)
    r = score.add("被考核单位:", None, None, "2023年11月30日制", None)
    score.merge(r, 3, r, 4)
    score.add("项目", "考核内容", "分值", "自评分", "核准分")
    items = [
        ("一、组织领导(10分)", "建立健全党风廉政建设工作机构,明确专人负责", 2),
        (None, "与本部门全体教职工签订腐败风险防范责任状", 3),
        ("二、制度建设(15分)", "认真排查腐败风险点,制定相应的防控措施", 3),
        (None, "将党风廉政建设列入本部门年度考核", 3),
        ("三、廉洁自律(24分)", "腐败风险点公开,教职工廉洁从教承诺公开", 4),
        (None, "每年进行述职述廉,有会议记录和个人材料", 4),
    ]
    for item, content, pts in items:
        score.add(item, content, pts, pts, None)
    pledge = _Sheet("风险点公开", [12, 8, 12, 32, 8, 32, 12])
    pledge.title(f"{unit}教职工腐败风险点公开及廉洁承诺一览表", 7)
    pledge.add("部门", "姓名", "岗位", "腐败风险点", "风险等级", "防范措施", "承诺人签字")
    people = [
        ("招生就业处", "阎涛", "处长", "middle", [
            ("招生录取中打招呼、递条子", "１", "录取规则和结果公开,接受纪委监督。"),
            ("就业推荐向关系学生倾斜", "２", "推荐名额和条件公开。"),
        ]),
        ("招生就业处", "房丽", "科员", "general", [
            ("泄露考生个人信息", "２", "信息系统分级授权,操作留痕。"),
        ]),
        ("教务处", "汪敏", "处长", "middle", [
            ("教材选用收受出版商好处", "１", "教材选用经教材委员会集体审定。"),
            ("调停课审批随意", "３", "调停课网上审批,每月通报。"),
        ]),
        ("教务处", "黎阳", "教务员", "general", [
            ("违规修改学生成绩", "１", "成绩修改须任课教师申请、教务处长审批。"),
        ]),
        ("教务处", "丁倩", "教务员", "general", [("无", None, None)]),
        ("后勤处", "邹强", "处长", "middle", [
            ("维修工程虚增工程量", "１", "工程结算送审计处审核。"),
            ("食堂承包商选择不公开", "２", "承包经营权公开招标。"),
        ]),
    ]  # fmt: skip
    recs = []
    for dept, name, post, tier, items in people:
        for point, level, measures in items:
            recs.append([dept, name, post, point, level, measures, None])
            if point != "无":
                t.point(pledge.name, dept, post, name, tier, point, [], lv[level])
    pledge.records(recs, merge_cols=(0, 1, 2))
    pledge.add()
    r = pledge.add("注:风险等级１为高、２为中、３为低。", *([None] * 6))
    pledge.merge(r, 0, r, 6)
    return _layout(
        "school_scoring_pledge", "https://max.book118.com/html/2017/0111/82353035.shtm",
        "college workbook: first a 量化考核评分一览表 (项目/考核内容/分值/自评分, one line reads 认真排查腐败风险点,"
        "制定相应的防控措施; no points), then a 腐败风险点公开及廉洁承诺一览表 with 部门/姓名/岗位 merged down, "
        "levels as full-width digits １/２/３, an empty 承诺人签字 column, a person with only 无",
        [score, pledge], t,
    )  # fmt: skip


def hospital_tick_levels() -> dict:
    unit = "XX市第五人民医院"
    sh = _Sheet("登记表", [6, 12, 32, 6, 6, 6, 34, 10])
    t = _Truth(unit)
    sh.title(f"{unit}风险岗位廉能管理登记表", 8)
    r = sh.add("序号", "风险岗位", "廉能风险点", "风险等级", None, None, "防范措施", "责任人")
    sh.add(None, None, None, "一级", "二级", "三级", None, None)
    sh.merge(r, 3, r, 5)
    for c in (0, 1, 2, 6, 7):
        sh.merge(r, c, r + 1, c)
    groups = [
        ("药剂科", [
            ("科主任", "middle", "侯建平", "新药遴选接受药企宴请", 1, "新药引进经药事委员会集体评审。"),
            ("科主任", "middle", "侯建平", "违规提供医生用药量统计", 1, "处方数据查询分级授权。"),
            ("采购员", "general", "甘小兵", "药品网外采购", 1, "药品全部网上集中采购。"),
            ("库管员", "general", "施琴", "药品出入库账实不符", 2, "每月盘点,账物核对。"),
        ]),
        ("设备科", [
            ("科长", "middle", "牛卫东", "设备论证倾向特定品牌", 1, "论证专家随机抽取。"),
            ("工程师", "general", "左磊", "维修配件虚报数量", 2, "旧件回收登记。"),
            ("工程师", "general", "左磊", "外修单位选择不公开", 3, "外修单位比价选定。"),
        ]),
        ("财务科", [
            ("收费员", "general", "包丽", "挂号、收费款项截留", 2, "日结日清,系统对账。"),
            ("会计", "general", "韦芳", "报销单据审核不严", 3, "报销单据三级审核。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, items in groups:
        sh.title(dept, 8)
        recs = []
        for post, tier, who, point, level, measures in items:
            n += 1
            ticks = ["√" if level == k else None for k in (1, 2, 3)]
            recs.append([n, post, point, *ticks, measures, who])
            t.point(sh.name, dept, post, who, tier, point, [], level)
        sh.records(recs, merge_cols=(1, 7))
    sh.add()
    r = sh.add("说明:在对应风险等级栏内打“√”。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    r = sh.add("科室负责人:", None, None, "院纪委审核:", None, None, "2022年5月", None)
    sh.merge(r, 3, r, 5)
    return _layout(
        "hospital_tick_levels", "http://zhunbian.com/GongZuozj/944978.html",
        "hospital 风险岗位廉能管理登记表: two-row heading where 风险等级 spans 一级/二级/三级 and the level is a "
        "√ in one of them; 科室 only as group lines across the table; 风险岗位 and 责任人 (names, the holder) "
        "merged down; 廉能风险点 as the point heading; a 说明 line and a 科室负责人/审核/date line",
        [sh], t,
    )  # fmt: skip


def community_side_lists() -> dict:
    unit = "XX街道XX社区"
    sh = _Sheet("三张清单", [6, 16, 12, 28, 30, 3, 6, 18, 20])
    t = _Truth(unit)
    top = sh.add(*([None] * 9))
    sh.rows[top][0] = f"{unit}社区事务小微权力清单"
    sh.rows[top][6] = "居监委监督清单"
    sh.merges += [(top, 0, top, 4), (top, 6, top, 8)]
    sh.add(
        "序号", "权力事项", "行使主体", "风险点", "防控措施", None, "序号", "监督事项", "监督方式"
    )
    left = [
        ("社区集体资产出租", "社区书记", "低价出租或不公开招租", "出租方案经居民代表会议通过,公开招租。"),
        ("社区工程项目", "社区书记", "指定施工单位,虚增工程量", "项目实行“四议两公开”,结算送街道审核。"),
        ("低保、救助初审", "社区主任", "入户调查不实,优亲厚友", "入户调查两人以上,评议结果公示。"),
        ("居住证明出具", "社区主任", "为不符合条件人员出具证明", "证明出具登记,核实后签发。"),
        ("社区经费报销", "社区会计", "白条入账,虚列支出", "票据经居监委审核签字后报销。"),
        ("惠民补贴发放", "社区会计", "截留、冒领补贴资金", "补贴直接打卡发放,名单公示。"),
        ("网格信息采集", "网格员", "泄露居民个人信息", "信息采集系统账号专人专用。"),
    ]  # fmt: skip
    right = [
        ("集体资产出租", "列席会议、查看合同"),
        ("工程项目", "全程跟踪、参与验收"),
        ("财务收支", "每月审核票据"),
        ("低保救助", "参与民主评议"),
    ]
    for i in range(max(len(left), len(right))):
        row = [None] * 9
        if i < len(left):
            power, post, point, measures = left[i]
            row[0:5] = [i + 1, power, post, point, measures]
            t.point(sh.name, "", post, "", None, point, [], None)
        if i < len(right):
            row[6:9] = [i + 1, *right[i]]
        sh.add(*row)
    sh.add()
    r = sh.add("监督电话:0571-88888888      廉情谈心室:每周三下午", *([None] * 8))
    sh.merge(r, 0, r, 8)
    return _layout(
        "community_side_lists", "https://hzxcw.hangzhou.com.cn/lzwh/content/2020-09/11/content_9112759.htm",
        "社区 三张清单 sheet: the 小微权力清单 (权力事项, the post under 行使主体, 风险点, 防控措施; no level, no "
        "type) with a 居监委监督清单 side by side after an empty column, its 序号 and rows level with the left "
        "ones but holding no points; a 监督电话 line below",
        [sh], t,
    )  # fmt: skip


def tax_risk_degree() -> dict:
    unit = "XX市国家税务局"
    sh = _Sheet("风险评估", [12, 16, 30, 8, 8, 7, 8, 32, 12])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险识别评估表", 9)
    sh.add("权力类别", "工作事项", "风险点", "发生概率", "危害程度", "风险度", "风险等级", "应对措施",
           "责任岗位")  # fmt: skip
    rows = [
        ("税收执法权", "税务登记", "违规办理注销登记", 2, 2, "税务登记管理员", "注销前清税核查双人负责。"),
        ("税收执法权", "发票管理", "违规超量发售发票", 2, 3, "发票管理员", "发售系统控量,定期核查。"),
        ("税收执法权", "税款征收", "违规批准延期缴纳税款", 1, 3, "征收管理科科长", "延期缴税集体审议,报上级备案。"),
        ("税收执法权", "税务检查", "检查中隐瞒问题、以补代罚", 3, 3, "稽查员", "检查对象随机选取,案件集体审理。"),
        ("税收执法权", "出口退税", "审核不严导致骗取退税", 2, 3, "退税审核员", "退税审核两级复核,疑点核查。"),
        ("行政管理权", "人事管理", "干部考核评价不公", 1, 2, "人事科科长", "考核结果公示。"),
        ("行政管理权", "财务管理", "违规审批费用支出", 1, 2, "财务科科长", "支出分级审批,定期公开。"),
        ("行政管理权", "资产管理", "资产处置低价转让", 1, 1, "资产管理员", "处置资产评估后公开竞价。"),
    ]  # fmt: skip
    recs = []
    for kind, item, point, prob, harm, post, measures in rows:
        degree = prob * harm
        level = "高" if degree >= 6 else "中" if degree >= 3 else "低"
        recs.append([kind, item, point, prob, harm, degree, level, measures, post])
        tier = "middle" if post.endswith("科长") else "general"
        t.point(sh.name, "", post, "", tier, point, [], HML[level])
    sh.records(recs, merge_cols=(0,))
    sh.add()
    r = sh.add("注:发生概率、危害程度按1—3分评定;风险度=发生概率×危害程度,6—9为高,3—4为中,1—2为低。",
               *([None] * 8))  # fmt: skip
    sh.merge(r, 0, r, 8)
    return _layout(
        "tax_risk_degree", "http://m.xjwk.net/gongzuofanwen/120598.html",
        "国税局 廉政风险识别评估表: 权力类别 merged down, 工作事项, 风险点, then three numeric columns 发生概率 "
        "(1–3), 危害程度 (1–3) and 风险度 (their product) before the level 风险等级 高/中/低, measures as 应对"
        "措施, the post last under 责任岗位; a note on the scoring below",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    village_abc_levels(),
    edu_bureau_catalogue(),
    civil_affairs_handbook(),
    housing_report_grading(),
    dongguan_color_levels(),
    court_register_cards(),
    water_flow_blocks(),
    water_admin_power_chart(),
    tobacco_four_lists(),
    school_scoring_pledge(),
    hospital_tick_levels(),
    community_side_lists(),
    tax_risk_degree(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build``."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch3-inbox"))

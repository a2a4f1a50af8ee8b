"""A fifth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Where batch4 went after unusual structures, this batch is the everyday case:
what a district or county office most often publishes or sends back — a 科室/股室 一览表, a
排查表 or 清单, a personal 自查表, a post's 防控卡 — with the ordinary variations: heading words
and column order, names and posts merged down, titles, 填报 lines and sign-off lines, levels as
高/中/低, 一级/二级/三级, Ⅰ/Ⅱ/Ⅲ or 高风险/中风险/低风险, holders named or not, two to four
departments per sheet, several sheets. Each layout imitates the *shape* of a public page (its
``source``) that no earlier batch used; the rows are worded by us.

Run ``python tests/published/score.py --set batch5`` and do not tune the reader against it,
or it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``Ⅰ``/``Ⅱ``/``Ⅲ`` without 级, ``一级风险``, ``高风险``/``中风险``/``低风险`` and ``1级``/``2级``/``3级``
  are the steps Ⅰ/Ⅱ/Ⅲ;
- the holder is the person named under 姓名, 责任人 or 持卡人; a 分管领导 or 监督人 column beside
  it names no holder, and a table with only post names has none (对岗不对人, person "");
- a department named only in the sheet's title (``XX局执法股廉政风险点排查表``) and its tab is
  that sheet's department;
- a personal 自查表 holds its header fields (姓名/科室/职务) in label/value pairs above the
  table; an instructions sheet (填表说明) beside the forms holds no points;
- a cell naming several types (``思想道德、岗位职责``) is one point with those types; a 工作事项
  column (物资采购, 公务接待 …) is no type column: types [];
- columns after the measures (完成时限, 落实情况, 监督人) are not points, holders or levels.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b5_<name>.*`` (see make_resaved.py) and writes ``truth.json``.
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

PREFIX = "b5_"  # re-saved copies of this batch are named b5_<layout>.<ext>
ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
TIER = {"股长": "middle", "科长": "middle", "主任": "middle", "站长": "middle", "所长": "middle"}


def _tier(post: str) -> str:
    return next((v for k, v in TIER.items() if post.endswith(k)), "general")


# --------------------------------------------------------------------------- layouts


def county_build_gushi_yilan() -> dict:
    unit = "XX县住房和城乡建设局"
    sh = _Sheet("一览表", [5, 10, 8, 8, 22, 30, 6, 34])
    t = _Truth(unit)
    sh.title(f"{unit}股室岗位廉政风险点一览表", 8)
    r = sh.add("填报单位(盖章):", None, None, None, None, "填报时间:2024年3月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "岗位职责", "廉政风险点", "风险\n等级", "防控措施")
    groups = [
        ("村镇规划股", [
            ("股长", "庞德胜", "乡村建设规划许可初审", "对不符合规划的建房申请出具同意意见", "高",
             "初审意见经股室集体会审,许可结果公示。"),
            ("股长", "庞德胜", "乡村建设规划许可初审", "故意拖延办理,索要好处", "中", "实行限时办结,超时自动提醒。"),
            ("科员", "晏秋菊", "规划核实现场踏勘", "踏勘走过场,对超面积建设不如实记录", "中",
             "踏勘两人以上,现场照片存档。"),
        ]),
        ("质量安全监督站", [
            ("站长", "鄢国栋", "工程质量监督抽查", "抽查中接受施工单位宴请,降低整改要求", "高",
             "抽查计划随机生成,整改闭环销号。"),
            ("监督员", "柯雪梅", "竣工验收监督", "对未达标项目出具监督合格意见", "高", "验收监督报告由站长复核签字。"),
            ("监督员", "柯雪梅", "竣工验收监督", "验收资料审查不严,资料与现场不符", "低", "资料与现场照片逐项比对。"),
        ]),
        ("房产管理股", [
            ("股长", "阙文华", "商品房合同网签备案", "为不符合条件的房源违规网签", "中", "网签条件系统校验,异常办件复查。"),
            ("科员", "邬婷", "住房保障资格审核", "审核把关不严,为不符合条件者办理保障", "高",
             "资格审核多部门信息比对,名单公示十日。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, items in groups:
        recs = []
        for post, who, duty, point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, duty, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(1, 2, 3, 4))
    sh.add()
    sh.add("制表人:", None, "审核人:", None, "局主要负责人:", None, None, None)
    return _layout(
        "county_build_gushi_yilan", "https://m.777doc.com/doc-3187634.html",
        "县建设局 股室岗位廉政风险点一览表: 填报单位/填报时间 line, 序号/股室/岗位/姓名/岗位职责/廉政风险点/"
        "风险\\n等级/防控措施 with 股室, 岗位, 姓名 and 岗位职责 merged down, 高/中/低; 制表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def edu_selfcheck_sheets() -> dict:
    unit = "XX区教育体育局"
    t = _Truth(unit)
    guide = _Sheet("填表说明", [80])
    guide.add("填表说明")
    guide.add("1.每人填写一张自查表,一人一表,按股室汇总后报局党风廉政建设领导小组办公室。")
    guide.add("2.风险类型填写思想道德、制度机制、岗位职责;风险等级填写一级、二级、三级,一级最高。")
    guide.add("3.请于5月20日前报送电子版和签字扫描件。")
    people = [
        ("计划财务股", "股长", "滕丽君", [
            ("编制部门预算", "预算编制向关系学校倾斜", "制度机制", "二级", "预算分配因素法测算,局务会审定。"),
            ("审核经费支出", "审核报销凭证不严,虚列支出", "岗位职责", "一级", "报销凭证双人复核,大额支出会签。"),
            ("学生资助资金管理", "资助资金截留挪用", "思想道德", "一级", "资助资金直达学生账户,名单公示。"),
        ]),
        ("人事股", "科员", "覃浩然", [
            ("教师招聘报名审核", "放宽报名条件照顾关系人", "岗位职责", "二级", "资格审核两人背靠背,结果公示。"),
            ("职称评审材料初审", "违规受理不符合条件的材料", "制度机制", "三级", "初审标准公开,评委随机抽取。"),
        ]),
        ("体育股", "股长", "詹志远", [
            ("体育赛事组织", "赛事经费虚报冒领", "岗位职责", "二级", "赛事经费专账核算,决算公开。"),
            ("场馆开放管理", "场馆违规出租收费不入账", "思想道德", "三级", "场馆收费统一开票,收入全额上缴。"),
            ("体育器材采购", "器材采购指定品牌", "制度机制", "一级", "采购参数论证,进入政府采购平台。"),
        ]),
    ]  # fmt: skip
    sheets = [guide]
    for dept, post, who, items in people:
        sh = _Sheet(who, [6, 20, 30, 10, 10, 34])
        sh.title("岗位廉政风险自查表", 6)
        r = sh.add(f"单位:{unit}", None, None, None, "2024年度", None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 5)
        sh.add("姓名", who, "股室", dept, "职务", post)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防范措施")
        for i, (duty, point, kind, level, measures) in enumerate(items, 1):
            sh.add(i, duty, point, kind, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), ORDINAL[level])
        r = sh.add("本人签字:", None, None, "股室负责人审核意见:", None, None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 5)
        r = sh.add("年  月  日", None, None, "年  月  日", None, None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 5)
        sheets.append(sh)
    return _layout(
        "edu_selfcheck_sheets", "http://m.myak.cn/wenku/rgsbv/V671Ej1lvL",
        "区教体局 岗位廉政风险自查表, one sheet per person behind a 填表说明 sheet: 单位 line, 姓名/股室/职务 "
        "label/value pairs in one row, 序号/岗位职责/风险点/风险类型/风险等级/防范措施 with bare types and "
        "一级/二级/三级; 本人签字 and 股室负责人审核意见 boxes",
        sheets, t,
    )  # fmt: skip


def heshui_post_cards() -> dict:
    unit = "XX县财政局"
    t = _Truth(unit)
    cards = [
        ("预算股", "预算管理岗", "郜明杰", [
            ("追加预算审核不严,随意调整预算", "Ⅰ", "追加预算经局务会研究,调整事项报人大备案。"),
            ("预算指标下达不及时,人为卡压", "Ⅱ", "指标下达设定时限,超期说明原因。"),
        ]),
        ("国库股", "集中支付岗", "檀小玲", [
            ("违规办理支付,无预算、超预算拨款", "Ⅰ", "支付系统预算控制,无指标不支付。"),
            ("泄露单位账户信息", "Ⅲ", "账户信息分级授权查询。"),
            ("支付凭证审核把关不严", "Ⅱ", "凭证双人审核,日终对账。"),
        ]),
        ("农业股", "涉农资金岗", "莘海波", [
            ("涉农补贴资金拨付优亲厚友", "Ⅱ", "补贴名单乡村两级公示,资金一卡通发放。"),
            ("项目资金验收走过场", "Ⅰ", "项目验收邀请第三方参与,验收资料存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    per_sheet = [cards[:2], cards[2:]]
    for k, group in enumerate(per_sheet, 1):
        sh = _Sheet(f"防控卡{k}", [34, 8, 36, 10])
        for dept, post, who, items in group:
            sh.title(f"{unit}岗位廉政风险防控卡", 4)
            sh.add(f"科室:{dept}", f"岗位名称:{post}", None, f"持卡人:{who}")
            sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 2)
            sh.add("风险点", "风险等级", "防控措施", "监督人")
            for point, level, measures in items:
                sh.add(point, level, measures, "纪检员")
                t.point(sh.name, dept, post, who, None, point, [], ROMAN[level])
            sh.add()
        r = sh.add("注:风险等级Ⅰ为高风险,Ⅱ为中风险,Ⅲ为低风险。", None, None, None)
        sh.merge(r, 0, r, 3)
        sheets.append(sh)
    return _layout(
        "heshui_post_cards", "https://m.777doc.com/doc-5530876.html",
        "县财政局 岗位廉政风险防控卡, two cards stacked on one sheet and a third on another: title, a line "
        "`科室:预算股 | 岗位名称:预算管理岗 | 持卡人:郜明杰` (label and value in one cell), 风险点/风险等级/"
        "防控措施/监督人 (监督人 is no holder), levels bare Ⅰ/Ⅱ/Ⅲ; legend note",
        sheets, t,
    )  # fmt: skip


def maoxian_duty_merged() -> dict:
    unit = "XX县发展和改革局"
    sh = _Sheet("风险防控", [10, 22, 18, 30, 6, 32, 8])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险识别和防控一览表", 7)
    sh.add("科室", "岗位职责", "工作流程", "风 险 点", "风险等级", "防控措施", "责任人")
    groups = [
        ("项目管理股", "负责政府投资项目审批、核准、备案", "邱建平", [
            ("受理申报", "对申报材料不全的项目违规受理", "低", "实行一次性告知和受理登记。"),
            ("审查批复", "降低标准审批项目,为企业规避监管", "高", "重大项目集体会审,批复文件网上公开。"),
            ("稽察检查", "稽察中发现问题不处理、不移交", "中", "稽察报告局务会通报,问题清单销号。"),
        ]),
        ("价格收费股", "负责行政事业性收费和定价成本监审", "殷红梅", [
            ("成本监审", "监审中接受被监审单位请托,虚增成本", "高", "成本监审两人以上,结论集体审定。"),
            ("收费备案", "对超范围收费项目予以备案", "中", "备案目录清单化,定期开展专项检查。"),
        ]),
        ("办公室", "负责机关财务、资产和后勤管理", "喻晓东", [
            ("财务报销", "审核把关不严,报销不合规票据", "中", "报销实行经办、审核、审批三级签字。"),
            ("资产管理", "固定资产处置不按程序,低价处置", "低", "资产处置报财政审批,公开处置。"),
        ]),
    ]  # fmt: skip
    for dept, duty, who, items in groups:
        recs = []
        for flow, point, level, measures in items:
            recs.append([dept, duty, flow, point, level, measures, who])
            t.point(sh.name, dept, "", who, None, point, [], HML[level])
        sh.records(recs, merge_cols=(0, 1, 6))
    sh.add()
    sh.add("注:风险等级分高、中、低三级。", *([None] * 6))
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 6)
    return _layout(
        "maoxian_duty_merged", "https://99xueshu.com/w/anvw1tx2n9js.html",
        "县发改局 岗位廉政风险识别和防控一览表: 科室/岗位职责/工作流程/风 险 点 (spaced)/风险等级/防控措施/"
        "责任人, 科室, 岗位职责 and 责任人 merged down over each 科室's rows, 高/中/低",
        [sh], t,
    )  # fmt: skip


def office_post_noholder() -> dict:
    unit = "XX区人民政府办公室"
    sh = _Sheet("排查表", [5, 10, 12, 12, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "工作事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合科", "后勤管理员", "物资采购", "办公用品采购不比价,虚报价格", "二级", "采购三家比价,验收与采购分离。"),
        ("综合科", "后勤管理员", "资产管理", "库存物资出入库不登记,造成流失", "三级", "物资台账月结月清,年底盘点。"),
        ("综合科", "接待专员", "公务接待", "无公函接待,超标准安排用餐", "二级", "接待清单、公函、发票三单对应。"),
        ("秘书科", "文秘", "公文处理", "泄露未公开文件内容", "三级", "涉密文件专柜保管,借阅登记。"),
        ("秘书科", "科长", "会议安排", "借会议名义列支其他费用", "二级", "会议费按标准据实结算。"),
        ("人事科", "科长", "评优评先", "评优推荐不公开,照顾关系人", "一级", "推荐名额、条件、结果全程公开。"),
        ("人事科", "人事专员", "考勤考核", "考勤记录弄虚作假", "三级", "电子考勤,月度公示。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, item, point, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, item, point, level, measures])
        t.point(sh.name, dept, post, "", _tier(post), point, [], ORDINAL[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    sh.add("填表人:", None, "审核人:", None, "2023年12月", None, None)
    return _layout(
        "office_post_noholder", "https://bbs.qbnews.cn/jxfw/202508/503625.html",
        "区政府办 岗位廉政风险点排查表 of posts without names (对岗不对人): 科室 merged down, 岗位, a 工作事项 "
        "column (物资采购/公务接待 … — no type), 廉政风险点, 一级/二级/三级, 防控措施; 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def wx_office_typed_list() -> dict:
    unit = "XX县司法局"
    sh = _Sheet("风险清单", [5, 32, 12, 8, 32, 10, 8])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "风险点", "风险类型", "风险级别", "防控措施", "科室", "责任人")
    rows = [
        ("法律援助申请审查不严,为不符合条件者提供援助", "岗位职责风险", "Ⅱ级", "经济困难审查实行承诺加抽查。",
         "公共法律服务股", "隗卫东"),
        ("法律援助案件指派向特定律师倾斜", "制度机制风险", "Ⅰ级", "案件指派系统轮派,指派记录公开。",
         "公共法律服务股", "隗卫东"),
        ("社区矫正对象请假审批把关不严", "岗位职责风险", "Ⅰ级", "请假审批分级负责,电子定位核查。",
         "社区矫正股", "甘立新"),
        ("向矫正对象泄露监管信息或接受吃请", "思想道德风险", "Ⅱ级", "开展警示教育,签订廉洁承诺。",
         "社区矫正股", "甘立新"),
        ("人民调解员补贴核发虚报人数", "制度机制风险", "Ⅲ级", "补贴名册与案卷核对后发放。", "基层工作股", "龙翠萍"),
        ("调解卷宗评查打人情分", "思想道德风险", "Ⅲ级", "评查交叉进行,结果通报。", "基层工作股", "龙翠萍"),
    ]  # fmt: skip
    recs = []
    for i, (point, kind, level, measures, dept, who) in enumerate(rows, 1):
        recs.append([i, point, kind, level, measures, dept, who])
        t.point(sh.name, dept, "", who, None, point, types_in(kind), ROMAN[level[0]])
    sh.records(recs, merge_cols=(5, 6))
    sh.add()
    r = sh.add("注:风险级别分Ⅰ级、Ⅱ级、Ⅲ级,Ⅰ级为最高。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "wx_office_typed_list", "http://zixun.wx1990.com/jxfw/202506/243376.html",
        "县司法局 廉政风险防控清单 with the point first: 序号/风险点/风险类型 (…风险 full words)/风险级别 "
        "Ⅰ级/Ⅱ级/Ⅲ级/防控措施, then 科室 and 责任人 last, both merged down; note below",
        [sh], t,
    )  # fmt: skip


def wnwk_gushi_sheets() -> dict:
    unit = "XX县市场监督管理局"
    t = _Truth(unit)
    groups = [
        ("办公室", [
            ("主任", "蔺志强", "公务用车私用,虚报维修费用", "中", "车辆定点维修,出车登记。"),
            ("会计", "苟慧敏", "坐收坐支,公款私存", "高", "收支两条线,银行对账单月核。"),
        ]),
        ("执法稽查股", [
            ("股长", "扈俊峰", "案件查办中违规撤案或降格处理", "高", "案件审核委员会集体审议。"),
            ("执法员", "尉迟强", "检查前通风报信", "高", "检查对象随机抽取,执法人员随机选派。"),
            ("执法员", "尉迟强", "罚没物品处置不登记", "中", "罚没物品入库登记,统一拍卖。"),
        ]),
        ("登记注册股", [
            ("股长", "阚丽", "为材料不全的企业违规登记", "中", "登记材料系统校验,抽查复核。"),
            ("窗口人员", "蓟小龙", "办件推诿拖延,吃拿卡要", "低", "办件评价系统,超时预警。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, items in groups:
        sh = _Sheet(dept, [5, 10, 8, 34, 8, 34])
        sh.title(f"{unit}{dept}廉政风险点排查表", 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        recs = []
        for i, (post, who, point, level, measures) in enumerate(items, 1):
            recs.append([i, post, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(1, 2))
        sh.add()
        sh.add("股室负责人:", None, "分管领导:", None, "日期:", None)
        sheets.append(sh)
    return _layout(
        "wnwk_gushi_sheets", "https://m.wnwk.com/doc/1426084.html",
        "县市场监管局 one sheet per 股室, the 股室 named only in the title (`…执法稽查股廉政风险点排查表`) and the "
        "tab: 序号/岗位/姓名/风险点/风险等级/防控措施, 高/中/低, post and name merged down; sign line below",
        sheets, t,
    )  # fmt: skip


def county_committee_leader_col() -> dict:
    unit = "中共XX县委组织部"
    sh = _Sheet("Sheet1", [10, 10, 16, 30, 8, 30, 8, 8])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险排查登记表", 8)
    sh.add("科室", "岗位", "权力事项", "风险点", "风险等级", "防控措施", "责任人", "分管领导")
    groups = [
        ("干部科", "副科长", "丰建华", "伍部长", [
            ("干部考察", "考察中隐瞒或夸大被考察人情况", "高", "考察组两人以上,考察材料集体审核。"),
            ("干部档案审核", "违规涂改档案信息", "高", "档案查借阅审批登记,专审结果复核。"),
        ]),
        ("组织科", "科长", "祁永红", "伍部长", [
            ("发展党员审核", "对不符合条件的发展对象审核放行", "中", "发展党员全程纪实,公示期受理反映。"),
            ("党费管理", "党费收缴使用不规范", "低", "党费专户管理,年度审计。"),
        ]),
        ("办公室", "主任", "简玉霞", "柴常务", [
            ("经费审核", "虚列会议、培训费用", "中", "费用报销附会议通知、签到表。"),
            ("印章管理", "违规出具组织关系证明", "低", "证明出具审批登记。"),
        ]),
    ]  # fmt: skip
    for dept, post, who, leader, items in groups:
        recs = []
        for power, point, level, measures in items:
            recs.append([dept, post, power, point, level, measures, who, leader])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(0, 1, 6, 7))
    sh.add()
    sh.add("填报人:", None, "填报日期:2024年4月", None, None, None, None, None)
    return _layout(
        "county_committee_leader_col", "https://www.seridoat.com/article/xian-wei-lian-zheng-feng-xian-pai-cha-ru-he-jing-zhun-shi-bie-yin-huan-bing-zhu-lao-fang-xian.html",
        "县委部门 廉政风险排查登记表 on a tab called Sheet1: 科室/岗位/权力事项/风险点/风险等级/防控措施/责任人/"
        "分管领导, 科室, 岗位, 责任人 (the holder) and 分管领导 (no holder) merged down, 高/中/低",
        [sh], t,
    )  # fmt: skip


def school_offices_roman() -> dict:
    unit = "XX市第十二中学"
    sh = _Sheet("处室岗位", [5, 8, 8, 10, 30, 18, 6, 30])
    t = _Truth(unit)
    sh.title(f"{unit}处室岗位廉政风险点及防控措施一览表", 8)
    sh.add("序号", "处室", "姓名", "职务", "风险点", "风险类型", "风险\n等级", "防控措施")
    rows = [
        ("教务处", "温建英", "主任", "排课、监考安排优亲厚友", "岗位职责", "Ⅲ", "排课监考方案公示。"),
        ("教务处", "温建英", "主任", "教辅资料征订收取回扣", "思想道德、制度机制", "Ⅰ", "教辅资料学生自愿征订,不经手钱款。"),
        ("总务处", "景大伟", "主任", "食堂大宗物资采购暗箱操作", "制度机制", "Ⅰ", "大宗物资公开招标,验收三方签字。"),
        ("总务处", "景大伟", "主任", "校舍维修工程虚增工程量", "岗位职责", "Ⅱ", "维修工程先审计后付款。"),
        ("总务处", "卞一鸣", "保管员", "物资出入库不登记", "岗位职责", "Ⅲ", "出入库双人签字,每学期盘点。"),
        ("招生办", "巩晓静", "主任", "违规招收择校生收取费用", "思想道德、岗位职责", "Ⅰ", "招生计划、录取名单公开。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, who, post, point, kind, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, who, post, point, kind, level, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), ROMAN[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("学校纪检委员:", None, None, "校长签字:", None, "年  月  日", None, None)
    return _layout(
        "school_offices_roman", "http://cqygyjs.com/themeArticle/15-758f4bbcb81344c592663d96e5fd8ac6",
        "中学 处室岗位廉政风险点一览表: 处室/姓名/职务 (name before post) merged down, 风险类型 naming one or "
        "two bare types (`思想道德、制度机制`), levels bare Ⅰ/Ⅱ/Ⅲ under 风险\\n等级; sign line",
        [sh], t,
    )  # fmt: skip


def quanzhou_edu_two_sheets() -> dict:
    unit = "XX市教育局"
    t = _Truth(unit)
    lv = {"高风险": 1, "中风险": 2, "低风险": 3}
    sheets_def = [
        ("机关科室", [
            ("基础教育科", "科长", "芮海燕", [
                ("民办学校审批初审降低条件", "高风险", "审批条件公开,现场核查两人以上。"),
                ("学籍变更违规办理", "中风险", "学籍变更系统留痕,月度抽查。"),
            ]),
            ("计划财务科", "科长", "苑卫国", [
                ("专项资金分配不按因素法", "高风险", "资金分配方案局党组审定并公开。"),
                ("政府采购需求设置倾向性参数", "高风险", "采购需求论证,参数公开征求意见。"),
                ("往来款长期挂账不清理", "低风险", "往来款季度清理。"),
            ]),
        ]),
        ("直属单位", [
            ("招生考试中心", "主任", "弓雅琴", [
                ("考务人员选派不回避", "中风险", "考务人员签订回避承诺。"),
                ("试卷保管不严泄露试题", "高风险", "保密室双人双锁,视频监控。"),
            ]),
            ("教师进修学校", "副校长", "栾志刚", [
                ("培训费虚列参训人数", "中风险", "培训签到与人脸识别核对。"),
                ("培训讲课费超标准发放", "低风险", "讲课费按标准发放,银行转账。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for name, groups in sheets_def:
        sh = _Sheet(name, [5, 14, 8, 8, 32, 8, 32])
        sh.title(f"{unit}{name}岗位廉政风险防控登记表", 7)
        sh.add("序号", "科室(单位)", "岗位", "责任人", "风险点", "风险等级", "防控措施")
        n = 0
        for dept, post, who, items in groups:
            recs = []
            for point, level, measures in items:
                n += 1
                recs.append([n, dept, post, who, point, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, [], lv[level])
            sh.records(recs, merge_cols=(1, 2, 3))
        sheets.append(sh)
    return _layout(
        "quanzhou_edu_two_sheets", "http://m.simplymadaboutnails.com/html/1008/2013-03-11/content-1902.html",
        "市教育局 岗位廉政风险防控登记表 on two sheets (机关科室, 直属单位), two departments each: 科室(单位)/岗位/"
        "责任人 merged down, levels 高风险/中风险/低风险",
        sheets, t,
    )  # fmt: skip


def street_rectify_deadline() -> dict:
    unit = "XX区XX街道办事处"
    sh = _Sheet("防控清单", [5, 12, 10, 30, 6, 30, 8, 10, 8])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点防控清单", 9)
    r = sh.add(
        "填报科室:党政办、民政办、城建办",
        None,
        None,
        None,
        "填报人:",
        None,
        "联系电话:",
        None,
        None,
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任人", "完成时限", "落实情况"
    )
    rows = [
        ("党政办", "主任", "申屠亮", "公务接待超标准、无公函接待", "中", "接待审批单、公函、清单三单齐全。",
         "长期坚持", "已落实"),
        ("党政办", "会计", "阎小婉", "零星工程付款审核不严", "高", "付款前核对合同、验收单。", "长期坚持", "已落实"),
        ("民政办", "主任", "郏国平", "低保对象认定优亲厚友", "高", "入户调查两人以上,民主评议并公示。",
         "2024年6月底", "推进中"),
        ("民政办", "专干", "左春梅", "临时救助资金虚报冒领", "中", "救助资金社会化发放,定期回访。", "长期坚持", "已落实"),
        ("城建办", "主任", "沃志勇", "违建拆除选择性执法", "高", "拆违台账公开,拆除决定集体研究。", "2024年9月底",
         "推进中"),
        ("城建办", "网格员", "邰鹏", "巡查发现违建不报告", "低", "巡查轨迹系统记录。", "长期坚持", "已落实"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, who, point, level, measures, due, done) in enumerate(rows, 1):
        recs.append([i, dept, post, point, level, measures, who, due, done])
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    sh.add("审核人:", None, "街道纪工委审核:", None, None, None, "2024年3月", None, None)
    return _layout(
        "street_rectify_deadline", "https://www.renrendoc.com/paper/506429797.html",
        "街道 廉政风险点防控清单: 填报科室/填报人/联系电话 line, 序号/科室/岗位/风险点/风险等级/防控措施/责任人 "
        "then 完成时限 and 落实情况 (not points), 科室 merged down, 高/中/低; sign line",
        [sh], t,
    )  # fmt: skip


def fabiao_personal_stacked() -> dict:
    unit = "XX镇人民政府"
    sh = _Sheet("岗位风险识别", [16, 18, 26, 12, 8, 30])
    t = _Truth(unit)
    lv = {"1级": 1, "2级": 2, "3级": 3}
    forms = [
        ("社会事务办", "科员", "雷明珠", "B", [
            ("医保参保登记", "受理登记", "为不符合条件人员办理参保补贴", "岗位职责类", "2级", "补贴对象与民政数据比对。"),
            ("残疾人补贴初审", "入户核实", "未入户核实即出具初审意见", "制度机制类", "2级", "初审附入户照片。"),
            ("优抚对象年审", "资料审核", "接受优抚对象礼品,降低年审要求", "思想道德类", "3级", "年审结果公示。"),
        ]),
        ("经济发展办", "主任", "计长青", "A", [
            ("项目申报", "材料初审", "帮助企业包装虚假材料申报项目资金", "岗位职责类", "1级", "项目申报集体研究,公示。"),
            ("安全生产检查", "现场检查", "检查走过场,隐患不督促整改", "岗位职责类", "2级", "检查记录上传系统,隐患闭环。"),
            ("统计报表", "数据审核", "授意企业虚报统计数据", "思想道德类", "3级", "统计数据多部门比对。"),
        ]),
    ]  # fmt: skip
    for dept, post, who, grade, items in forms:
        sh.title("一般岗位廉政风险识别和防控表", 6)
        sh.add("单位(盖章):", unit, None, None, None, None)
        sh.add("姓  名", who, "科  室", dept, "职  务", post)
        sh.add("岗位风险等级", grade, None, None, None, None)
        sh.add("岗位职责", "工作流程", "风险点", "风险类别", "风险级别", "防范措施")
        for duty, flow, point, kind, level, measures in items:
            sh.add(duty, flow, point, kind, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), lv[level])
        r = sh.add("科室负责人审查意见:", None, None, "镇纪委审核意见:", None, None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 5)
        r = sh.add("年  月  日", None, None, "年  月  日", None, None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 5)
        sh.add()
    return _layout(
        "fabiao_personal_stacked", "https://www.fabiao.com.cn/haowen/40313.html",
        "镇 一般岗位廉政风险识别和防控表 twice on one sheet: 单位 line, 姓名/科室/职务 split into separate pairs, "
        "岗位风险等级 A/B (a post grade), 风险类别 in …类 words, levels 1级/2级/3级 under 风险级别; review boxes "
        "below each form",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    county_build_gushi_yilan(),
    edu_selfcheck_sheets(),
    heshui_post_cards(),
    maoxian_duty_merged(),
    office_post_noholder(),
    wx_office_typed_list(),
    wnwk_gushi_sheets(),
    county_committee_leader_col(),
    school_offices_roman(),
    quanzhou_edu_two_sheets(),
    street_rectify_deadline(),
    fabiao_personal_stacked(),
]


# --------------------------------------------------------------------------- writing


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build``."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch5-inbox"))

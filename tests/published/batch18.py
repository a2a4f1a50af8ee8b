"""An eighteenth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Eleven layouts from offices earlier batches drew on little — a 镇政府, a 交通运输
执法大队, a 县人民医院, a 社保中心, a 住房公积金中心 (twice), a 村, a 幼儿园, a 中学, a 生态环境分局 and a
城管执法局. Nine are EVERYDAY, each worded the way its office words it:

- a 交通运输执法大队 登记表: 所在中队 merged down, 岗位职务/姓名 merged per person, 廉政风险点/风险程度
  高/中/低/防范措施, a 注 line and a 大队长(签字) line;
- a 县人民医院 职能科室 一览表 under 附件3: 科室/科室负责人 (the holder, a name) merged down, 职权事项 before
  廉洁风险点, 风险等级, 防控措施, and a 分管院领导 column of names merged down (a watcher, as batch5);
- a 住房公积金中心 分中心 排查登记表 whose 风险类型 column holds the centre's OWN kinds (操作风险/资金风险/
  廉政风险/信息安全风险/法律风险), levels 一级…三级, 部门/岗位/责任人 merged down;
- 住房公积金中心 leaders' 防控卡, one sheet per leader with the tab named after him, 姓　名/职　务/分管工作
  written as three label/value pairs on ONE row, 岗位风险点/等级 Ⅰ/Ⅱ/Ⅲ/防控措施, 持卡人/监督人 line;
- a 村 小微权力 清单 grouped by power category rows (``一、重大决策类`` merged across), 权力事项/执行主体
  (the post)/责任人/廉洁风险点/风险等级/防控措施/监督主体, one holder appearing under several categories;
- 幼儿园 个人 自查表, one sheet per person with the tab named after the POST (园长/保健医/食堂管理员),
  姓名/岗位/所在部门 as three pairs on one row, a short 风险点 beside its 具体表现;
- a 中学 教师 排查表: 年级组 merged down, 教师姓名, 任教学科 (a subject, not the post), 担任职务 (the post),
  廉洁风险点/风险等级/防范措施;
- a 生态环境分局 登记表 with types written ``…类`` (``岗位职责类``, ``外部环境类、思想道德类``) under 风险类别,
  a 风险点描述 column, levels 高风险/中风险/低风险;
- a 城管执法局 workbook of two sheets left as ``Sheet1``/``Sheet2``, the 大队 named only in each sheet's
  title line, levels 较高/一般/较低 with a legend.

Two are harder, both shapes the sources describe:

- ``town_duty_two_lists``: a 镇's 权力清单 + 责任清单 + 廉政风险点 in one table (the 两单一点 the source
  counts: 责任事项 953条, 追责情形 1181条, 风险点 754个 高级/中级/低级): 职权类别/职权名称/责任事项/追责情形
  merged over each power's points, then 廉政风险点/风险等级 高级…低级/防控措施/责任机构 — two columns of
  long duty sentences stand left of the point column;
- ``social_insurance_scored``: a 社保中心 经办岗位风险评估表 after the source's 风险评估模型 (综合风险评分,
  风险等级): a two-row heading 风险评估 over 发生可能性 | 影响程度 | 综合评分 | 风险等级, where the first two
  ALSO hold 高/中/低 (a factor, not the level), the third a number, only the fourth the point's level;
  posts without names.

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch used; where
the page describes its subject in prose rather than printing a table, the layout follows that
description. The rows are worded by us.

Run ``python tests/published/score.py --set batch18`` and do not tune the reader against it, or it
stops being held out. Two layouts are also kept as LibreOffice re-saved copies
(``resaved/b18_hospital_keshi_heads.xls``, ``resaved/b18_kindergarten_selfcheck_sheets.ods``, see
make_resaved.py).

Judgement calls this batch leans on, beyond those of the earlier batches:

- in a 镇 两单一点 table the 廉政风险点 cells are the points; the 责任事项 (``1.受理责任:…``) and 追责情形
  (``因不履行或不正确履行…``) cells merged over a power's rows are the power's duties and the cases
  for accountability, never points nor descriptions of one; 职权名称 is no post: the forms are
  per 责任机构 (department), title "" (as layouts.czfj_power_items);
- 发生可能性 and 影响程度 under 风险评估 are the two factors the level is worked out from; written
  高/中/低 they are still no level: the point's level is the 风险等级 cell (a 注 line gives the rule:
  可能性 × 影响程度 = 综合评分, 6分以上为高); the 综合评分 number is no level either;
- a 风险类型 column whose words name none of the five types (操作风险, 资金风险, 廉政风险, 信息安全风险,
  法律风险) is the unit's own grouping: truth types [] (as batch4's 权力运行/作风纪律);
- ``…类`` after a type word (``岗位职责类``) names that type (``types_in``);
- a 科室负责人 column of names is the holder (as 部门负责人); 分管院领导 beside it is a watcher; the
  form's title is "" (as layouts.bozhou_unit_list);
- a category row (``二、财产管理类``) in a 村 清单 groups powers, it names no 科室: the village's forms have
  department "" (the unit); 执行主体 is the post, 责任人 the holder; one holder under several
  categories is one form; 监督主体 (村务监督委员会) is no holder;
- 任教学科 (语文, 数学) is what a teacher teaches, not his post: the post is 担任职务 (班主任, 年级组长,
  科任教师), the 科室 the 年级组;
- a sheet whose tab is left ``Sheet1`` takes its 科室 from its own title line (``…局机动大队岗位廉政
  风险点排查表``); 较高/一般/较低 used as the whole scale is Ⅰ/Ⅱ/Ⅲ (batch12) — on ``Sheet2`` too, which
  happens to use only 较高 and 一般: its own legend line (``注:风险等级分较高、一般、较低三档``) and the
  workbook's ``Sheet1`` state the scale, so 较高 is still Ⅰ and 一般 Ⅱ;
- a leader's card whose tab is his name is his form; department ``领导班子`` (the title says
  领导班子成员), tier ``leader``.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b18_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b18_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
GRADE = {"高级": 1, "中级": 2, "低级": 3}
RISK_WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
FACTOR = {"高": 3, "中": 2, "低": 1}  # the 社保 legend's points for 可能性 and 影响程度
TIER = {"中队长": "middle", "副中队长": "middle", "科长": "middle", "股长": "middle", "园长": "leader",
        "年级组长": "middle", "大队长": "middle", "处长": "middle", "主任": "leader", "副主任": "leader",
        "村党组织书记": "leader", "村委会主任": "leader"}  # fmt: skip
FW = "\u3000"


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _score_level(score: int) -> str:
    """The 社保 legend: 6分以上为高风险,3-4分为中风险,2分以下为低风险."""
    return "高" if score >= 6 else "中" if score >= 3 else "低"


# --------------------------------------------------------------------------- harder layouts


def town_duty_two_lists() -> dict:
    unit = "XX县XX镇人民政府"
    sh = _Sheet("两单一点", [5, 8, 14, 26, 28, 24, 8, 28, 12])
    t = _Truth(unit)
    sh.title(f"{unit}权力清单、责任清单及廉政风险点一览表", 9)
    r = sh.add(f"编制单位:{unit}", None, None, None, None, "公布日期:2023年6月", None, None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "职权类别", "职权名称", "责任事项", "追责情形", "廉政风险点", "风险等级", "防控措施",
           "责任机构")  # fmt: skip
    powers = [
        ("行政处罚", "对农村村民未经批准或违反规划建住宅的处罚",
         "1.立案责任:对发现的违法建房及时立案。\n2.调查责任:两名以上执法人员调查取证。\n"
         "3.决定责任:依法作出处罚决定并送达。",
         "因不履行或不正确履行行政职责,有下列情形的应承担相应责任:1.没有法律和事实依据实施处罚的;"
         "2.擅自改变处罚种类、幅度的;3.违反法定程序实施处罚的。",
         "综合执法办公室", [
             ("调查取证中收受当事人财物,降低处罚标准", "高级", "执法全过程记录,处罚决定集体审议。"),
             ("对违法建房选择性执法,优亲厚友", "中级", "违法建房台账公开,定期交叉检查。"),
         ]),
        ("行政确认", "农村特困人员供养对象审核",
         "1.受理责任:一次性告知申请材料。\n2.审核责任:入户调查、民主评议。\n3.公示责任:审核结果张榜公示。",
         "因不履行或不正确履行审核职责,有下列情形的应承担相应责任:1.对符合条件的不予受理的;"
         "2.将不符合条件的人员纳入供养的;3.未按规定公示的。",
         "社会事务办公室", [
             ("审核把关不严,将不符合条件人员纳入供养", "高级", "入户核查两人以上,评议结果公示七日。"),
             ("供养金发放不及时或截留", "中级", "供养金一卡通直发,每季度对账。"),
         ]),
        ("行政给付", "困难群众临时救助金给付",
         "1.受理责任:受理救助申请并登记。\n2.审批责任:按标准确定救助金额。\n3.发放责任:救助金社会化发放。",
         "因不履行或不正确履行给付职责,有下列情形的应承担相应责任:1.违规确定救助对象或金额的;"
         "2.截留、挪用救助资金的。",
         "社会事务办公室", [
             ("虚报冒领临时救助金", "高级", "救助对象信息比对,发放名单公开。"),
             ("救助对象不评议、不公示", "低级", "救助事项村级评议,镇级公示。"),
         ]),
        ("其他权力", "镇级小型项目工程建设管理",
         "1.立项责任:项目经党政联席会议研究。\n2.实施责任:按规定组织招标或比选。\n3.验收责任:组织竣工验收。",
         "因不履行或不正确履行管理职责,有下列情形的应承担相应责任:1.应招标未招标的;2.验收把关不严"
         "造成损失的。",
         "经济发展办公室", [
             ("化整为零规避招标", "高级", "项目立项集体研究,限额以上进入交易平台。"),
             ("工程量签证不实,虚增工程款", "中级", "签证监理、镇、村三方签字,结算送审计。"),
             ("竣工验收走过场", "低级", "验收邀请纪检人员参加,验收资料存档。"),
         ]),
        ("其他权力", "镇机关公务用车管理",
         "1.派车责任:凭用车单派车。\n2.费用责任:加油维修定点、登记。",
         "因不履行或不正确履行管理职责,有下列情形的应承担相应责任:1.公车私用的;2.虚报车辆费用的。",
         "党政办公室", [
             ("公车私用,节假日不封存", "低级", "节假日公车定点封存,行车轨迹抽查。"),
             ("维修、加油费用虚报", "中级", "维修加油定点,费用按月公示。"),
         ]),
    ]  # fmt: skip
    recs = []
    for i, (kind, power, duties, cases, office, points) in enumerate(powers, 1):
        for point, level, measures in points:
            recs.append([i, kind, power, duties, cases, point, level, measures, office])
            t.point(sh.name, office, "", "", None, point, [], GRADE[level])
    sh.records(recs, merge_cols=(0, 1, 2, 3, 4, 8))
    r = sh.add("注:风险等级分为高级、中级、低级三个等级。", *([None] * 8))
    sh.merge(r, 0, r, 8)
    return _layout(
        "town_duty_two_lists", "http://www.ahjgbzw.gov.cn/content/detail/5a3df16e19121b90b280108b.html",
        "(harder) 镇 权力清单、责任清单及廉政风险点一览表 after the source's 镇级“两单”+廉政风险点 (责任事项、追责情形, "
        "风险点 高级/中级/低级): 序号/职权类别/职权名称/责任事项/追责情形 merged over each power's points, then "
        "廉政风险点/风险等级 高级…低级/防控措施/责任机构 (merged down); 编制单位/公布日期 line, 注 line",
        [sh], t,
    )  # fmt: skip


def social_insurance_scored() -> dict:
    unit = "XX区社会保险事业管理中心"
    sh = _Sheet("经办风险", [5, 12, 12, 30, 8, 8, 8, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}经办岗位风险评估表", 9)
    r = sh.add("序号", "业务科室", "经办岗位", "风险点", "风险评估", None, None, None, "防控措施")
    sh.add(None, None, None, None, "发生可能性", "影响程度", "综合评分", "风险等级", None)
    for c in (0, 1, 2, 3, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 4, r, 7)
    rows = [
        ("参保登记科", "参保受理岗", "为不符合条件人员违规办理参保登记", "中", "高",
         "参保资格系统校验,受理、复核分岗。"),
        ("参保登记科", "参保受理岗", "违规查询、泄露参保人员个人信息", "中", "中",
         "查询权限分级,查询日志月度抽查。"),
        ("待遇审核科", "养老金核定岗", "违规调整缴费年限、视同缴费年限", "高", "高",
         "年限调整双人复核,科长审批。"),
        ("待遇审核科", "养老金核定岗", "死亡人员养老金未及时停发被冒领", "中", "高",
         "与民政、公安殡葬数据每月比对。"),
        ("待遇审核科", "养老金核定岗", "核定数据录入差错", "中", "低", "录入后系统比对,差错当日更正。"),
        ("待遇审核科", "工伤待遇岗", "以伪造的工伤认定材料骗取待遇", "低", "高", "认定文书联网核验。"),
        ("基金财务科", "基金支付岗", "未经审核违规拨付待遇资金", "中", "高", "支付指令经办、审核、审批三分离。"),
        ("基金财务科", "基金支付岗", "银行对账不及时,账实不符", "低", "中", "每月与银行对账,差异当月查明。"),
        ("稽核科", "缴费稽核岗", "稽核中收受单位好处,少核缴费基数", "中", "中",
         "稽核双人进行,稽核结果复查。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, point, likely, impact, measures) in enumerate(rows, 1):
        score = FACTOR[likely] * FACTOR[impact]
        level = _score_level(score)
        recs.append([i, dept, post, point, likely, impact, score, level, measures])
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2))  # 科室 and 岗位 merged down
    r = sh.add("注:发生可能性、影响程度按高(3分)、中(2分)、低(1分)评定,综合评分=发生可能性×影响程度;"
               "6分以上为高风险,3-4分为中风险,2分以下为低风险。", *([None] * 8))  # fmt: skip
    sh.merge(r, 0, r, 8)
    return _layout(
        "social_insurance_scored", "http://www.handmsg.com/page/2019/0124/15663877.shtml",
        "(harder) 社保中心 经办岗位风险评估表 after the source's 事前风险评估 (风险评估模型、综合风险评分、风险等级): "
        "序号/业务科室/经办岗位/风险点 merged over two heading rows, 风险评估 over 发生可能性 高/中/低 | 影响程度 "
        "高/中/低 | 综合评分 (a number) | 风险等级 高/中/低 (the level), 防控措施; posts without names; 注 giving "
        "the scoring rule",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def transport_squadrons() -> dict:
    unit = "XX市交通运输行政执法大队"
    sh = _Sheet("执法中队", [5, 12, 10, 8, 34, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}重点岗位廉政风险防控登记表", 7)
    sh.add("序号", "所在中队", "岗位职务", "姓名", "廉政风险点", "风险程度", "防范措施")
    people = [
        ("路政中队", "中队长", "刁海峰", [
            ("路政许可现场勘验走过场,为关系人放宽条件", "高", "勘验两人以上,勘验照片上传系统。"),
            ("超限运输案件以罚代管、降格处理", "高", "处罚按裁量基准,案件集体审议。"),
        ]),
        ("路政中队", "执法队员", "葛晓东", [
            ("暂扣车辆放行不按程序审批", "中", "放行单中队长签批,台账登记。"),
            ("收受货车司机香烟、红包", "低", "执法记录仪全程开启,公开举报电话。"),
        ]),
        ("运政中队", "中队长", "麦志坚", [
            ("对非法营运车辆选择性执法", "高", "执法任务随机派发,案件线索登记。"),
            ("驾培机构检查中接受宴请", "中", "检查结果公示,廉洁告知书送达被检查单位。"),
        ]),
        ("运政中队", "执法队员", "卜雯雯", [
            ("制作案卷时篡改执法记录", "中", "案卷法制员审核,电子数据留痕。"),
            ("向当事人泄露检查计划", "低", "检查计划临时下达,通讯工具统一保管。"),
        ]),
        ("工程质监中队", "副中队长", "桂永昌", [
            ("工程质量检测数据弄虚作假", "高", "检测委托第三方,数据直传平台。"),
            ("养护工程验收把关不严", "中", "验收邀请业主、监理共同参加。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    r = sh.add("注:风险程度分为高、中、低三个等次。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("大队长(签字):", None, None, None, "填报日期:", None, None)
    return _layout(
        "transport_squadrons",
        "http://www.zjsjw.gov.cn/zhuantizhuanlan/qlzjnwtx/qinglianjiaotong/202210/t20221011_7114060.shtml",
        "交通运输执法大队 重点岗位廉政风险防控登记表 after the source's 执法中队 重点岗位 (工程质量、养护工程、交通运输"
        "执法): 序号/所在中队 merged/岗位职务/姓名 merged per person/廉政风险点/风险程度 高/中/低/防范措施; 注 and "
        "大队长(签字) lines",
        [sh], t,
    )  # fmt: skip


def hospital_keshi_heads() -> dict:
    unit = "XX县人民医院"
    sh = _Sheet("职能科室", [5, 10, 10, 14, 32, 8, 32, 10])
    t = _Truth(unit)
    sh.add("附件3")
    sh.title(f"{unit}职能科室廉洁风险点及防控措施一览表", 8)
    sh.add(
        "序号", "科室", "科室负责人", "职权事项", "廉洁风险点", "风险等级", "防控措施", "分管院领导"
    )
    groups = [
        ("基建科", "孔繁荣", "邹建新", [
            ("基建项目招标", "设置排他性条件,为意向单位量身定制招标文件", "高", "招标文件法律顾问审核,纪检全程监督。"),
            ("工程变更签证", "虚增变更工程量,与施工方串通", "高", "变更签证院务会审议,跟踪审计。"),
            ("零星维修", "零星维修化整为零,指定施工队", "中", "零星维修入围库轮流派单。"),
        ]),
        ("设备科", "钱雨晴", "邹建新", [
            ("医疗设备采购", "参数设置倾向特定品牌,收受供应商回扣", "高", "参数论证专家随机抽取,采购结果公示。"),
            ("耗材验收", "验收不严,以次充好", "中", "验收使用科室参与,扫码入库。"),
            ("设备报废", "报废设备私自处置", "低", "报废鉴定、处置分离,残值入账。"),
        ]),
        ("人事科", "费立群", "屈光明", [
            ("人员招聘", "招聘条件因人设岗", "中", "招聘方案党委会审定,全程公开。"),
            ("职称推荐", "评审推荐优亲厚友", "中", "推荐量化赋分,结果公示。"),
            ("绩效分配", "绩效考核打分不公", "低", "考核细则职代会通过,结果可查询。"),
        ]),
        ("财务科", "柯淑贞", "屈光明", [
            ("资金支付", "未经审批支付大额资金", "高", "大额资金支付集体决策,网银双人操作。"),
            ("收费管理", "违规减免或截留医疗收费", "中", "减免权限分级,收费日报核对。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, head, leader, items in groups:
        for power, point, level, measures in items:
            n += 1
            recs.append([n, dept, head, power, point, level, measures, leader])
            t.point(sh.name, dept, "", head, None, point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 7))
    sh.add()
    sh.add("填报科室(盖章):", None, None, "院纪委审核:", None, "2024年4月", None, None)
    return _layout(
        "hospital_keshi_heads",
        "http://www.zksjjjc.gov.cn/sitesources/lhsjjw/page_pc/gzdt/pzgz/article309762c0c1784261b439f45663a3e4c3.html",
        "县人民医院 职能科室廉洁风险点及防控措施一览表 after the source's 卫生计生系统 重点监控 (决策、基建、采购、人事、"
        "财务): 附件3, 序号/科室/科室负责人 (the holder's name) merged down/职权事项/廉洁风险点/风险等级 高/中/低/"
        "防控措施/分管院领导 (names, merged: a watcher); 盖章/审核 line",
        [sh], t,
    )  # fmt: skip


def hpf_centre_own_kinds() -> dict:
    unit = "XX市住房公积金管理中心XX分中心"
    sh = _Sheet("风险点排查", [5, 10, 10, 8, 12, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险类型", "风险点", "风险等级", "防控措施")
    people = [
        ("归集科", "科长", "芮国栋", [
            ("资金风险", "违规批准单位降低缴存比例或缓缴", "一级", "降比缓缴报管委会审批,结果公示。"),
            ("操作风险", "缴存基数审核不严", "二级", "基数调整系统校验,年度抽查。"),
        ]),
        ("归集科", "经办员", "滕晓雅", [
            ("信息安全风险", "违规查询、泄露职工缴存信息", "二级", "查询留痕,权限分级。"),
            ("操作风险", "账户封存、启封不按规定办理", "三级", "封存启封凭单位申请,复核后办理。"),
        ]),
        ("信贷科", "科长", "甘德明", [
            ("廉政风险", "收受开发商、中介好处,违规发放贷款", "一级", "贷款审批集体审贷,廉洁承诺。"),
            ("法律风险", "抵押手续不全即放款", "二级", "抵押登记办结后放款,法务审核。"),
        ]),
        ("信贷科", "贷后管理员", "邵冰", [
            ("资金风险", "逾期贷款催收不力", "三级", "逾期清单按月通报,催收记录存档。"),
        ]),
        ("提取科", "审核员", "骆晨曦", [
            ("廉政风险", "为中介骗提公积金提供便利", "一级", "异常提取系统预警,可疑业务移交稽核。"),
            ("操作风险", "提取材料审核流于形式", "二级", "材料联网核验,前后台分离。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for kind, point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, kind, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("分中心负责人:", None, None, None, "填表日期:2024年3月", None, None, None)
    return _layout(
        "hpf_centre_own_kinds", "http://zt.longhoo.net/html/gongjijin/",
        "住房公积金分中心 风险点排查登记表 after the source's 全面风险管理办法 (八种风险类型; 排查、识别、评估、防控): "
        "序号/部门/岗位/责任人 merged down/风险类型 holding the centre's own kinds (操作风险, 资金风险, 廉政风险… none "
        "of the five types)/风险点/风险等级 一级…三级/防控措施; 负责人 line",
        [sh], t,
    )  # fmt: skip


def hpf_leader_cards() -> dict:
    unit = "XX市住房公积金管理中心"
    t = _Truth(unit)
    leaders = [
        ("伍建华", "主任", "主持中心全面工作", [
            ("重大事项决策不经集体研究", "Ⅰ", "“三重一大”事项主任办公会集体决策,纪要存档。"),
            ("干部选拔任用中打招呼、搞照顾", "Ⅱ", "选任全程纪实,动议、考察、决定公开。"),
            ("插手委托银行选择", "Ⅰ", "受托银行经管委会决策,公开竞争确定。"),
            ("公务接待超标准", "Ⅲ", "接待审批单、清单、发票三单合一。"),
        ]),
        ("龚丽萍", "副主任", "分管归集、提取工作", [
            ("违规审批单位缓缴公积金", "Ⅱ", "缓缴审批条件公开,报管委会备案。"),
            ("对骗提案件处理失之于宽", "Ⅱ", "骗提案件移交公安,处理结果通报。"),
            ("接受缴存单位宴请", "Ⅲ", "节前廉洁提醒,拒收登记。"),
        ]),
        ("聂广才", "副主任", "分管信贷、财务工作", [
            ("违规审批大额贷款", "Ⅰ", "大额贷款审贷委员会集体审议。"),
            ("增值收益分配不按规定", "Ⅱ", "增值收益分配方案报财政审核、管委会审议。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, area, items in leaders:
        sh = _Sheet(who, [6, 12, 30, 8, 30, 10])
        sh.title(f"{unit}领导班子成员廉政风险防控卡", 6)
        sh.add(f"姓{FW}名", who, f"职{FW}务", post, "分管工作", area)
        r = sh.add("序号", "岗位风险点", None, "等级", "防控措施", None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        for i, (point, level, measures) in enumerate(items, 1):
            r = sh.add(i, point, None, level, measures, None)
            sh.merge(r, 1, r, 2)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, "领导班子", post, who, "leader", point, [], ROMAN[level])
        sh.add()
        sh.add("持卡人:", None, "监督人:", None, "2024年3月", None)
        sheets.append(sh)
    return _layout(
        "hpf_leader_cards", "https://shebao.388g.com/bangzhu/21073.html",
        "住房公积金中心 领导班子成员廉政风险防控卡 after the source's 管委会/管理中心 主任、分管负责人 风险防控责任: one "
        "sheet per leader, tab = his name, 姓　名/职　务/分管工作 as three label/value pairs on one row, 序号/岗位风险点 "
        "(merged over two columns)/等级 Ⅰ/Ⅱ/Ⅲ/防控措施 (merged); 持卡人/监督人 line",
        sheets, t,
    )  # fmt: skip


def village_power_categories() -> dict:
    unit = "XX县XX镇XX村"
    sh = _Sheet("小微权力", [5, 16, 12, 8, 30, 8, 30, 14])
    t = _Truth(unit)
    sh.title(f"{unit}村级小微权力廉洁风险防控清单", 8)
    sh.add(
        "序号", "权力事项", "执行主体", "责任人", "廉洁风险点", "风险等级", "防控措施", "监督主体"
    )
    sections = [
        ("一、重大决策类", [
            ("村级重大事项决策", "村党组织书记", "韦国梁", "不按“四议两公开”程序决策,个人说了算", "高",
             "重大事项村民代表会议表决,决议公开。"),
        ]),
        ("二、财产管理类", [
            ("集体资产资源发包租赁", "村委会主任", "甘宝林", "低价发包集体资源,优亲厚友", "高",
             "发包进入农村产权交易平台,合同公开。"),
            ("村级财务报销", "村报账员", "蒙桂香", "白条入账,虚列开支", "中", "报销凭证村务监督委员会审核盖章。"),
            ("村级财务审批", "村委会主任", "甘宝林", "超范围、超限额审批开支", "中", "开支限额分级审批,季度公开。"),
        ]),
        ("三、事务管理类", [
            ("宅基地申请初审", "村委会主任", "甘宝林", "为不符合条件户出具宅基地初审意见", "中",
             "初审条件公开,村民小组评议。"),
            ("低保对象民主评议", "村党组织书记", "韦国梁", "评议走过场,搞人情保、关系保", "高",
             "评议会议全程记录,结果公示。"),
            ("村级印章管理", "村文书", "覃小燕", "未经审批用印,出具虚假证明", "低", "用印登记,印章专柜保管。"),
        ]),
        ("四、人事管理类", [
            ("村聘人员确定", "村党组织书记", "韦国梁", "村自聘人员优先安排亲属", "中", "村聘岗位公开招聘,回避亲属。"),
            ("公益岗位补贴发放", "村文书", "覃小燕", "公益岗位补贴发放不公开", "低", "补贴名单和金额张榜公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for heading, rows in sections:
        r = sh.add(heading, *([None] * 7))
        sh.merge(r, 0, r, 7)
        for power, post, who, point, level, measures in rows:
            n += 1
            sh.add(n, power, post, who, point, level, measures, "村务监督委员会")
            t.point(sh.name, "", post, who, _tier(post), point, [], HML[level])
    r = sh.add("注:本清单经村民代表会议审议通过,在村务公开栏公示。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    return _layout(
        "village_power_categories", "https://www.entrepreneurdaily.cn/2025-08-11/6/2440583.html",
        "村 小微权力廉洁风险防控清单 after the source's 小微权力 规范 (法规依据、运行范围、执行主体、程序步骤): category rows "
        "一、重大决策类 … 四、人事管理类 merged across, 序号/权力事项/执行主体 (the post)/责任人/廉洁风险点/风险等级 "
        "高/中/低/防控措施/监督主体 (村务监督委员会); one holder under several categories; 注 line",
        [sh], t,
    )  # fmt: skip


def kindergarten_selfcheck_sheets() -> dict:
    unit = "XX区实验幼儿园"
    t = _Truth(unit)
    people = [
        ("卢秀英", "园长", "园务办公室", [
            ("招生录取", "违规招收择园生,收取赞助费", "高", "招生方案报教育局备案,录取名单公示。"),
            ("玩教具采购", "指定供应商采购玩教具,收受回扣", "高", "采购三方比价,家委会代表参与验收。"),
            ("评优评先", "评优名额向亲近人员倾斜", "中", "评优条件公开,教职工民主推荐。"),
        ]),
        ("甄静", "保健医", "保健室", [
            ("药品管理", "违规采购药品,收取好处", "中", "药品定点采购,出入库登记。"),
            ("体检收费", "幼儿体检费用收取不公示", "低", "收费项目和标准在园务公开栏公示。"),
        ]),
        ("翟红军", "食堂管理员", "后勤组", [
            ("食材采购", "食材采购虚报数量、价格", "高", "大宗食材定点采购,价格每周公示。"),
            ("食材验收", "验收把关不严,接受供应商好处", "中", "验收双人签字,留样备查。"),
            ("伙食费管理", "挪用幼儿伙食费", "中", "伙食费专账核算,每月向家长公布。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, items in people:
        sh = _Sheet(post, [6, 14, 32, 8, 30, 4])
        sh.title(f"{unit}岗位廉洁风险点自查表", 6)
        sh.add("姓名", who, "岗位", post, "所在部门", dept)
        r = sh.add("序号", "风险点", "具体表现", "风险等级", "防范措施", None)
        sh.merge(r, 4, r, 5)
        for i, (point, desc, level, measures) in enumerate(items, 1):
            r = sh.add(i, point, desc, level, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, "园长审核:", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "kindergarten_selfcheck_sheets", "http://pharmst.cn/ask/detail/3a1ub7065a.html",
        "幼儿园 岗位廉洁风险点自查表 after the source's 园长岗位主要风险点 (药品保管、食品进园关、收费): one sheet per "
        "person, tab = the POST (园长/保健医/食堂管理员), 姓名/岗位/所在部门 as three pairs on one row, 序号/short "
        "风险点/具体表现/风险等级 高/中/低/防范措施; 签字 line",
        sheets, t,
    )  # fmt: skip


def school_grade_teachers() -> dict:
    unit = "XX县第二中学"
    sh = _Sheet("教师岗位", [5, 10, 10, 8, 10, 32, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}教师岗位廉洁风险点排查表", 8)
    sh.add(
        "序号", "年级组", "教师姓名", "任教学科", "担任职务", "廉洁风险点", "风险等级", "防范措施"
    )
    people = [
        ("七年级组", "解春梅", "语文", "年级组长", [
            ("组织有偿补课或介绍学生到校外机构补课", "高", "签订不办有偿补课承诺书,家长监督。"),
            ("年级评优评先推荐不公", "中", "推荐条件和名单年级公示。"),
        ]),
        ("七年级组", "龙彦", "数学", "班主任", [
            ("收受家长礼品礼金、购物卡", "高", "节前廉洁提醒,拒收登记。"),
            ("班费收支不公开", "低", "班费账目每学期向家长公开。"),
        ]),
        ("八年级组", "巫建平", "物理", "科任教师", [
            ("向学生推销教辅资料收取回扣", "中", "教辅自愿征订,教务处统一管理。"),
            ("考试成绩录入弄虚作假", "低", "成绩双人录入核对。"),
        ]),
        ("八年级组", "谈晓琳", "英语", "班主任", [
            ("座位、班干部安排接受家长请托", "中", "座位定期轮换,班干部民主选举。"),
            ("利用家长资源谋取私利", "中", "家校往来纳入师德考核。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for grade, who, subject, post, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, grade, who, subject, post, point, level, measures])
            t.point(sh.name, grade, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 3, 4))
    sh.add()
    sh.add("年级组长签字:", None, None, None, "学校纪检员审核:", None, None, None)
    return _layout(
        "school_grade_teachers", "https://www.quan360s.com/read-112796.html",
        "中学 教师岗位廉洁风险点排查表 after the source's 教师廉洁风险点 (补课、教辅、礼品、评优): 序号/年级组 merged/教师"
        "姓名/任教学科 (a subject)/担任职务 (the post) merged per teacher/廉洁风险点/风险等级 高/中/低/防范措施; 签字 line",
        [sh], t,
    )  # fmt: skip


def eco_branch_type_suffix() -> dict:
    unit = "XX市生态环境局XX分局"
    sh = _Sheet("廉政风险", [5, 10, 10, 8, 14, 32, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险识别登记表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险类别", "风险点描述", "风险等级", "防控措施")
    people = [
        ("执法监察股", "股长", "柴文斌", [
            ("岗位职责类", "对违法排污企业选择性执法、降格处理", "高风险", "交叉执法,处罚案件集体审议。"),
            ("外部环境类、思想道德类", "接受被检查企业宴请、礼品", "中风险", "向企业发放廉洁执法承诺书。"),
        ]),
        ("执法监察股", "执法人员", "贝晓光", [
            ("业务流程类", "现场检查不足两人,不开启执法记录仪", "中风险", "执法记录仪全程记录,每月抽查。"),
            ("岗位职责类", "向企业透露“双随机”检查计划", "高风险", "检查对象系统随机抽取,临时通知。"),
        ]),
        ("环评审批股", "股长", "穆春燕", [
            ("制度机制类", "环评文件审查降低标准,违规审批", "高风险", "技术评估与审批分离,审批结果公示。"),
            ("外部环境类", "为环评中介机构介绍业务", "中风险", "中介机构信用公开,禁止指定中介。"),
        ]),
        ("监测站", "监测员", "阮志鹏", [
            ("岗位职责类", "篡改、伪造监测数据", "高风险", "数据自动采集直传,质控抽查。"),
            ("思想道德类", "监测样品保管不善被调换", "低风险", "样品双人交接,留样室监控。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for kind, point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, kind, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), RISK_WORDS[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("分局负责人:", None, None, None, "填表人:", None, "2024年5月", None)
    return _layout(
        "eco_branch_type_suffix", "http://www.hjdcxw.com/a/difang/2023/0515/16758.html",
        "生态环境分局 岗位廉政风险识别登记表 after the source's 清廉执法 (交叉执法、双随机、执法承诺、环评中介): 序号/股室/"
        "岗位/责任人 merged down/风险类别 written …类 (岗位职责类, 外部环境类、思想道德类)/风险点描述/风险等级 高风险/"
        "中风险/低风险/防控措施; 负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def cityadmin_sheet_tabs() -> dict:
    unit = "XX市城市管理综合执法局"
    t = _Truth(unit)
    brigades = [
        ("Sheet1", "机动大队", [
            ("大队长", "喻国强", [
                ("对占道经营收受好处后不予查处", "较高", "案件线索登记,查处结果公开。"),
                ("暂扣物品不登记、私自处理", "一般", "暂扣物品入库登记,退还签收。"),
            ]),
            ("执法队员", "苗佳", [
                ("执法中吃拿卡要", "一般", "执法记录仪全程开启,群众回访。"),
                ("执法文书填写不规范、随意更改", "较低", "文书法制审核,错误通报。"),
            ]),
        ]),
        ("Sheet2", "渣土管理处", [
            ("处长", "尚德利", [
                ("渣土运输核准中降低条件", "较高", "核准条件公开,核准结果公示。"),
                ("对违规运输企业罚款裁量不公", "较高", "罚款按裁量基准,集体审议。"),
            ]),
            ("稽查员", "闵思远", [
                ("夜间巡查中放任违规车辆通行", "一般", "巡查轨迹定位,视频抽查。"),
                ("泄露稽查行动信息", "较高", "行动方案临时下达,人员手机集中保管。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, people in brigades:
        sh = _Sheet(tab, [5, 10, 8, 34, 8, 34])
        sh.title(f"{unit}{dept}岗位廉政风险点排查表", 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        recs, n = [], 0
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, post, who, point, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, [], SCALE[level])
        sh.records(recs, merge_cols=(1, 2))
        r = sh.add("注:风险等级分较高、一般、较低三档。", *([None] * 5))
        sh.merge(r, 0, r, 5)
        sheets.append(sh)
    return _layout(
        "cityadmin_sheet_tabs", "http://m.yrrd.cn/wenku/rssag/5e9p2563Zm",
        "城管执法局 岗位廉政风险点排查表 after the source's 城管执法 汇报 (六队一处三中心: 机动大队、渣土管理处): two sheets "
        "left as Sheet1/Sheet2, the 大队 named only in each title line, 序号/岗位/姓名 merged/风险点/风险等级 较高/一般/"
        "较低/防控措施; legend line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    town_duty_two_lists(),
    social_insurance_scored(),
    transport_squadrons(),
    hospital_keshi_heads(),
    hpf_centre_own_kinds(),
    hpf_leader_cards(),
    village_power_categories(),
    kindergarten_selfcheck_sheets(),
    school_grade_teachers(),
    eco_branch_type_suffix(),
    cityadmin_sheet_tabs(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b18_*``)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch18-inbox"))

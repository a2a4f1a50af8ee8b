"""A hundred-and-twentieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES SELDOM USED
BEFORE — a 县图书馆, a 县财政局, a 县国家保密局, a 县档案馆, a 县疾病预防控制中心, a 县光荣院, a 县退役
军人事务局 and a 县医疗保障局 — each handing back its ordinary 一览表, 排查表, 清单 or 自查表 the way its
staff typed it, four of them also kept as LibreOffice re-saves, ``.xls`` AND ``.ods``
(``resaved/b120_<name>.xls``/``.ods``, made by
``PYTHONPATH=tests python tests/published/batch120.py --resave``):

- a 图书馆 自查表 one per sheet (re-saved), tabs the holders' names, the fields above the table in
  one row of pairs ``姓名 | … | 所在部室 | … | 岗位 | …`` and the 本人签名 line below;
- a 财政局 一览表 (re-saved) whose 科室 include two town 财政所 (``汇澜镇财政所``, ``芦泾镇财政所``),
  ``…风险`` types and ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 保密局 清单 对岗不对人 (re-saved) with no 科室 column, the posts as written
  (``保密检查科科长``), 一级/二级/三级, no type column;
- a 档案馆 一览表 (re-saved) whose level column is headed ``风险程度`` (高/中/低), with a
  ``查阅利用部`` and a ``库房管理部`` among the 部室;
- a 疾控中心 排查表 with its 科室 and holders merged per person, ``免疫规划科`` and ``检验科``;
- a 光荣院 排查表 whose columns begin with the holder: ``姓名 | 职务 | 所在股室 | 风险点 …``;
- a 退役军人事务局 一览表 with a ``分管领导`` column naming the 副局长 on every 股室's rows.

One is harder:

- ``medical_insurance_duty_last``: a 医保局 岗位权力行使风险防控一览表 in the source's order —
  ``序号 | 事项名称 | 廉政风险点及描述 | 等级 | 防控措施 | 责任科室 | 责任人`` — where the 责任人 cell
  holds the post and the holder with one space (``股长 昝砚秋``): the post stands nowhere else.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented; every unit is a body of an
invented 启东县 (its towns 汇澜镇 and 芦泾镇 invented too).

Run ``python tests/published/score.py --set batch120`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``股长 昝砚秋`` under 责任人 is the post 股长 and the holder 昝砚秋; with 事项名称 and a 廉政风险点
  column the point is the 廉政风险点 text;
- ``汇澜镇财政所`` and ``芦泾镇财政所`` are 科室 of the 财政局 (a town's name in a 科室 makes it no unit);
- the 退役军人事务局's ``分管领导`` column names no holder of the row's post: the 副局长 has his own
  rows (局领导) and the 股室 rows keep their own holders;
- 局长, 副局长, 馆长, 副馆长, 主任 and 副主任 of the unit, 院长 are leaders; 科长, 股长, 所长, 部主任
  middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch112.write_xlsx``), copies the
re-saved copies ``resaved/b120_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch112 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b120_"
PLACE = "启东县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
SPACE = " "


# --------------------------------------------------------------------------- harder layout


def medical_insurance_duty_last() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("Sheet1", [5, 14, 34, 6, 34, 12, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位权力行使风险防控一览表", 7)
    sh.add("序号", "事项名称", "廉政风险点及描述", "等级", "防控措施", "责任科室", "责任人")
    rows = [
        ("公文处理", "涉密文件传阅不登记,擅自复印外传。", "中", "涉密文件专柜存放,传阅登记签收。",
         "办公室", "主任", "笪禾珥", "middle"),
        ("公务接待", "超标准接待,虚列接待人数报销。", "中", "接待凭公函,菜单、发票、清单三单核对。",
         "办公室", "主任", "笪禾珥", "middle"),
        ("财务报销", "报销单据审核不严,虚假票据入账。", "高", "报销实行经办、审核、审批三签。",
         "办公室", "会计", "仉沐棠", "general"),
        ("定点医药机构协议管理", "降低条件将不合格机构纳入定点。", "高", "申请材料公开评估,结果公示。",
         "医药服务管理股", "股长", "昝砚秋", "middle"),
        ("医保目录执行", "擅自调整支付标准,扩大报销范围。", "中", "严格执行省统一目录,系统自动校验。",
         "医药服务管理股", "股长", "昝砚秋", "middle"),
        ("基金稽核", "稽核中接受定点机构宴请,对违规费用不追回。", "高", "稽核两人以上,追回结果集体研究。",
         "基金监管股", "股长", "蒯澹如", "middle"),
        ("待遇审核", "异地就医报销材料审核不严,重复报销。", "中", "审核、复核分离,按月抽查已结算单据。",
         "待遇保障股", "审核员", "郄芃汐", "general"),
    ]  # fmt: skip
    for n, (item, point, lv, measures, dept, post, who, tier) in enumerate(rows, 1):
        sh.add(n, item, point, lv, measures, dept, f"{post}{SPACE}{who}")
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add()
    sh.add("填报单位(盖章):", None, None, None, "填报时间:2024年9月", None, None)
    return _layout(
        "medical_insurance_duty_last", "https://www.clxzf.gov.cn/single/16/37579.html",
        "(harder) 县医疗保障局 岗位权力行使风险防控一览表 after the source's 医保基金监管 (定点医疗机构, 医保稽核, 经办"
        "机构): 序号/事项名称/廉政风险点及描述/等级 高/中/低/防控措施/责任科室/责任人 — the 责任人 cell holds the post "
        "and the holder with one space (``股长 昝砚秋``), the post written nowhere else; no type column; 填报单位/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def library_pairs_per_sheet() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    people = [
        ("眭筠檀", "采编部", "部主任", "middle", [
            ("图书采购中指定书商,收受回扣", "岗位职责", "高", "采购进入政府采购平台,馆务会确定书目。"),
            ("新书验收不核对清单,数量不足照单付款", "业务流程", "中", "验收两人签字,清单与发票核对。"),
            ("赠书登记不全,私自留存", "思想道德", "低", "赠书统一登记入藏,季度核对。"),
        ]),
        ("阙霁岚", "流通阅览部", "管理员", "general", [
            ("逾期罚款收取不开票、不入账", "制度机制", "中", "罚款统一票据,日清月结。"),
            ("为熟人违规外借珍本、地方文献", "岗位职责", "中", "珍本只阅不借,借阅登记备查。"),
            ("电子阅览室上机收费私收", "外部环境", "低", "免费开放,上机实名登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 30, 10, 8, 30, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "所在部室", dept, "岗位", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名:", None, None, "2024年10月", None, None)
        sheets.append(sh)
    return _layout(
        "library_pairs_per_sheet", "https://loolbook.com/zichabaogao/6457.html",
        "县图书馆 岗位廉政风险自查表 one per sheet after the source's 图书馆 免费开放 自查 (期刊阅览室, 图书外借, 电子阅览"
        "室, 地方文献): tabs the holders' names; one row of pairs ``姓名 | … | 所在部室 | … | 岗位 | …`` above the "
        "header 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/备注 (blank); 本人签名/date below",
        sheets, t,
    )  # fmt: skip


def finance_town_offices() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [5, 14, 10, 10, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "隗砺行", "leader", "财政资金分配不经集体研究,向关系单位倾斜", "制度机制风险", "Ⅰ级",
         "资金分配方案局党组会集体研究,结果公开。"),
        ("预算股", "股长", "乜蘅舟", "middle", "部门预算审核中接受请托,多安排项目经费", "岗位职责风险", "Ⅰ级",
         "预算审核两级复核,项目经费经评审。"),
        ("预算股", "股长", "乜蘅舟", "middle", "预算调整不按程序报批", "业务流程风险", "Ⅱ级",
         "预算调整一律按程序报县政府批准。"),
        ("国库股", "出纳", "扈絮言", "general", "资金拨付不按用款计划,违规支付", "业务流程风险", "Ⅱ级",
         "国库集中支付,系统控制用款额度。"),
        ("汇澜镇财政所", "所长", "逯棠汀", "middle", "惠农补贴发放中虚报冒领", "外部环境风险", "Ⅰ级",
         "补贴一卡通发放,村级公示七天。"),
        ("汇澜镇财政所", "所长", "逯棠汀", "middle", "村级资金代管账目不清", "制度机制风险", "Ⅲ级",
         "村账镇代理,每季度公开。"),
        ("芦泾镇财政所", "会计", "劳韫汐", "general", "收取款项不开票据、坐收坐支", "思想道德风险", "Ⅲ级",
         "票款分离,每日解缴。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "finance_town_offices", "http://www.zhpz66.cn/xxyd/522.html",
        "县财政局 岗位廉政风险点一览表 after the source's 财政局 (预算, 国库, 会计档案, 所属科室): 序号/科室 merged (局领导, "
        "预算股, 国库股, ``汇澜镇财政所``, ``芦泾镇财政所``)/岗位 and 姓名 merged per person/风险点/风险类别 (``…风险``)/"
        "风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def secrecy_bureau_posts() -> dict:
    unit = f"{PLACE}国家保密局"
    sh = _Sheet("清单", [5, 16, 34, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控清单", 5)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局长", "leader", "保密检查结果处理中打招呼、说人情", "一级", "检查结果集体研究,处理意见存档。"),
        ("局长", "leader", "涉密人员审查把关不严", "二级", "审查材料两级审核,定期复审。"),
        ("保密检查科科长", "middle", "检查中对泄密隐患降格处理", "一级", "检查两人以上,隐患清单逐项销号。"),
        ("保密技术服务中心主任", "middle", "保密设备采购指定品牌供应商", "二级", "设备采购按政府采购程序,技术参数公开。"),
        ("保密技术服务中心主任", "middle", "检测服务违规收费", "三级", "收费标准公示,统一开具票据。"),
        ("综合科科员", "general", "涉密载体销毁登记不全", "三级", "销毁双人监销,登记表存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    return _layout(
        "secrecy_bureau_posts", "https://bssbmj.gov.cn/info/1081/2743.htm",
        "县国家保密局 岗位廉政风险防控清单 对岗不对人 after the source's 保密局 (涉密人员管理, 保密检查, 保密提醒): 附件2; "
        "序号/岗位 merged per post, no 科室 column (``保密检查科科长``, ``保密技术服务中心主任`` as written)/廉政风险点/"
        "风险等级 一级/二级/三级/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def archives_degree_column() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("Sheet1", [5, 14, 10, 10, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "部室", "岗位", "责任人", "廉政风险点", "风险类型", "风险程度", "防控措施")
    rows = [
        ("馆领导", "馆长", "帅沅笙", "leader", "档案库房改造项目不按程序确定施工单位", "制度机制", "高",
         "项目按规定招标,馆务会集体决策。"),
        ("馆领导", "副馆长", "盖岫宁", "leader", "档案数字化外包验收把关不严", "岗位职责", "中",
         "外包成果抽检,验收专家签字。"),
        ("查阅利用部", "部主任", "琴蓁遥", "middle", "违规向无关人员提供未开放档案", "岗位职责", "高",
         "查阅实名登记,未开放档案审批后提供。"),
        ("查阅利用部", "查档员", "茹蔚澜", "general", "出具档案证明收取好处费", "思想道德", "中",
         "证明统一编号,查档免费,公开监督电话。"),
        ("库房管理部", "库管员", "妫澄溪", "general", "档案出入库不登记,造成档案遗失", "业务流程", "中",
         "出入库双人登记,每半年清点。"),
        ("库房管理部", "库管员", "妫澄溪", "general", "库房温湿度记录造假", "外部环境", "低",
         "自动监测设备留存数据,部主任每周检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, "2024年11月", None)
    return _layout(
        "archives_degree_column", "http://m.handmsg.com/page/2019/0401/4955426.shtml",
        "县档案馆 廉政风险防控一览表 after the source's 档案馆安全风险评估 (馆库, 档案实体, 开放和利用): 序号/部室 merged "
        "(馆领导, ``查阅利用部``, ``库房管理部``)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short names)/"
        "``风险程度`` 高/中/低/防控措施; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def disease_control_merged() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [5, 14, 10, 10, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("填报科室:中心办公室", None, None, None, None, None, "2024年10月", None)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郜聿川", "leader", "检验设备采购中设置倾向性参数", "制度机制", "高",
         "采购需求论证公开,中心集体研究。"),
        ("免疫规划科", "科长", "蒯芷蘅", "middle", "第二类疫苗采购配送中收受企业好处", "外部环境", "高",
         "疫苗统一在省平台采购,冷链全程追溯。"),
        ("免疫规划科", "科长", "蒯芷蘅", "middle", "预防接种门诊考核走过场", "岗位职责", "低",
         "考核细则公开,结果通报。"),
        ("检验科", "检验员", "乜汀瑜", "general", "出具虚假检验报告", "岗位职责", "高",
         "检验报告双人复核,原始记录留存。"),
        ("检验科", "检验员", "乜汀瑜", "general", "检验试剂领用不登记,挪作私用", "业务流程", "中",
         "试剂出入库登记,每月盘点。"),
        ("健康教育科", "科员", "阙沁禾", "general", "宣传品印制不比价", "制度机制", "中",
         "印制三家比价,科长审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    return _layout(
        "disease_control_merged",
        "http://www.hongshengzhuji.com/zuowendaquan/2022/0405/27883.html",
        "县疾病预防控制中心 岗位廉政风险点排查表 after the source's 疾控体系建设 (实验室, 仪器设备, 免疫规划): a ``填报"
        "科室:中心办公室`` line and the date above the header; 序号/科室 merged (中心领导, 免疫规划科, 检验科, 健康教育"
        "科)/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def honour_home_holder_first() -> dict:
    unit = f"{PLACE}光荣院"
    sh = _Sheet("Sheet1", [5, 10, 10, 12, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "姓名", "职务", "所在股室", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("扈澍宁", "院长", "院领导", "leader", "优抚对象入院审核中优亲厚友", "岗位职责", "高",
         "入院条件公开,审核结果公示。"),
        ("扈澍宁", "院长", "院领导", "leader", "院内维修工程不经集体研究", "制度机制", "中",
         "维修项目院务会研究,资金公开。"),
        ("帅芃言", "护理员", "护理部", "general", "收受入住对象家属财物", "思想道德", "低",
         "签订廉洁承诺,家属监督卡。"),
        ("帅芃言", "护理员", "护理部", "general", "护理记录造假", "岗位职责", "中",
         "护理记录每日核查,部长签字。"),
        ("盖沐禾", "炊事员", "后勤股", "general", "食材采购虚报数量、以次充好", "业务流程", "中",
         "食材定点采购,验收双人签字,伙食账公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, dept, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, who, post, dept, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("院长签字:", None, None, None, "2024年11月", None, None, None)
    return _layout(
        "honour_home_holder_first", "http://jizihe.com/page/2020/0316/18803723.shtml",
        "县光荣院 廉政风险点排查表 after the source's 优抚安置 (优待, 抚恤, 集中供养): the columns begin with the holder — "
        "序号/姓名/职务/所在股室 merged per person (院领导, 护理部, 后勤股)/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; 院长签字/date",
        [sh], t,
    )  # fmt: skip


def veterans_bureau_leader_column() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("一览表", [5, 12, 10, 10, 30, 10, 8, 30, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险一览表", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "分管领导")
    rows = [
        ("局领导", "副局长", "眭澈吟", "leader", "安置岗位分配中打招呼、定岗位", "岗位职责", "高",
         "按量化评分排序选岗,纪检全程监督。", None),
        ("安置就业股", "股长", "郄屿帆", "middle", "安置对象量化评分计算不实", "业务流程", "高",
         "评分结果公示,两人复核。", "眭澈吟"),
        ("安置就业股", "科员", "琴溯萤", "general", "自主就业一次性经济补助发放不及时、截留", "制度机制", "中",
         "补助直达个人账户,台账管理。", "眭澈吟"),
        ("优抚股", "股长", "隗砚清", "middle", "优抚对象资格认定把关不严", "岗位职责", "中",
         "认定材料三级审核,张榜公示。", "眭澈吟"),
        ("优抚股", "股长", "隗砚清", "middle", "定期抚恤补助金冒领", "外部环境", "低",
         "每年开展生存认证,死亡及时停发。", "眭澈吟"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    return _layout(
        "veterans_bureau_leader_column", "https://m.fx361.cc/news/2019/1202/6071273.html",
        "县退役军人事务局 岗位廉政风险一览表 after the source's 退役军人事务管理 (优待抚恤, 退伍安置): 序号/股室 merged "
        "(局领导, 安置就业股, 优抚股)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施/``分管领导`` naming the 副局长 眭澈吟 on every 股室 row (blank on his own)",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    medical_insurance_duty_last(),
    library_pairs_per_sheet(),
    finance_town_offices(),
    secrecy_bureau_posts(),
    archives_degree_column(),
    disease_control_merged(),
    honour_home_holder_first(),
    veterans_bureau_leader_column(),
]

RESAVED = (
    "library_pairs_per_sheet",
    "finance_town_offices",
    "secrecy_bureau_posts",
    "archives_degree_column",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch112.write_xlsx``, its re-saved copies
    ``resaved/b120_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b120_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch120-inbox"))

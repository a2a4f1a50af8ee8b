"""A hundred-and-eighty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies seldom or
never used before — a 区市政设施管理所, a 区社会保险事务中心, a 区经济和信息化委员会, a 区青少年活动
中心, a 区畜牧发展中心, a 镇's 站所, a 区职业教育中心, a 区市场监督管理局's 市场监督管理所 and a 区城市
建设档案馆 — each handing back its ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff
typed it; every unit is a body of an invented 璧山区 (its 荻岚镇 and 蓼岭 invented too):

- a 市政设施管理所 一览表 whose two-character names are padded to three with a full-width space,
  as staff align names (``冼　琤``, ``汝　骁``), under a ``填报单位：…（盖章）　　填报日期：…`` line;
- a 社会保险事务中心 排查表 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the holder under ``责任人`` and a trailing
  ``分管领导`` column of names (one of them also a holder on her own row);
- a 青少年活动中心 清单 对岗不对人 with no 科室 column (``培训部主任``, ``场馆管理员``), a 岗位职责
  column merged per post, ``一级/二级/三级``;
- a 畜牧发展中心 个人廉政风险自查表 one per sheet, ``姓名 | … | 所在科室 | … | 职务 | …`` above the
  table, ``本人签字：`` and ``科室负责人意见：`` under it;
- a 镇's 站所 排查表 (``站所`` column: 农业服务中心, 财政所, 社会保障服务所, 规划建设管理环保办) with
  ``★★★/★★/★`` and the note that reads them;
- a 职业教育中心 一览表 with a short ``风险点`` beside a long ``风险表现``, ``处室`` merged, levels
  ``高风险/中风险/低风险``, no type column;
- a 市场监督管理所's 防控卡 one per sheet (tabs ``所长``, ``副所长``) under ``单位：璧山区市场监督
  管理局蓼岭市场监督管理所`` (the 局 the unit, the 所 the 科室);
- a 城市建设档案馆 一览表 whose 科室 stand only in group rows ``一、馆领导``, ``二、接收指导科`` …,
  levels ``Ⅰ/Ⅱ/Ⅲ`` without 级.

One is harder, a shape the README's "读得懂的表" does not describe:

- ``econ_commission_arrow_levels``: a 经济和信息化委员会 廉政风险点动态调整一览表 whose ``风险等级``
  cell keeps LAST YEAR'S LEVEL AND THIS YEAR'S in one cell with an arrow — ``高→中``, ``中→低``,
  ``低→中`` — where a level was adjusted, and the plain level where it was not; an ``调整说明`` column
  says why, and a note under the table says ``“→”前为上年等级，后为本年调整后等级``. The level is
  the one after the arrow.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 市政管理处's 路灯 and 桥梁, a
社保经办机构's 内部控制, a 廉洁风险防控年 plan with 动态闭环管理, a 区青少年活动中心's 训练室 and 暑假
培训班, 生猪标准化规模养殖场 建设项目, a 镇 and its 社区服务中心, 中职 示范实训基地, a 执法风险 rule, the
重庆市城市建设档案管理办法) and the layout follows their words. Rows worded by us, names invented.

Run ``python tests/published/score.py --set batch188`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b188_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a level cell ``高→中`` is this year's level 中 (the one after the arrow); ``中`` alone was not
  adjusted; the ``调整说明`` text is no point;
- a name padded with a full-width space (``冼　琤``) is the name without it (冼琤);
- a ``分管领导`` column beside ``责任人`` names the one who watches: no holder of those rows;
- a list without a 科室 column keeps each post as written (``培训部主任``), its department "";
- ``单位：璧山区市场监督管理局蓼岭市场监督管理所`` gives the 局 as the unit and the 所 as the 科室;
  a 镇's 站所 (财政所, 农业服务中心) are 科室 of the 镇's 人民政府;
- group rows ``一、馆领导`` set the 科室 of the rows under them;
- 所长 and 副所长 of a 管理所 that is the unit, 主任/副主任 of a 中心 or 委员会, 校长 and 馆长 are
  leaders; 股长, 科长, the head of a 镇's 站所, a 部主任 or 处室主任, and the 所长/副所长 of a 局's 所
  middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b188_"
PLACE = "璧山区"
GAP = "\u3000"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ARROW = "→"


def _padded(name: str) -> str:
    """A two-character name padded to three with a full-width space, as staff align names."""
    return f"{name[0]}{GAP}{name[1]}" if len(name) == 2 else name


def arrow_level(cell: str) -> int:
    """The level of a cell ``高`` or ``高→中`` (this year's: the one after the arrow)."""
    return HML[cell.split(ARROW)[-1]]


# --------------------------------------------------------------------------- harder layout


def econ_commission_arrow_levels() -> dict:
    unit = f"{PLACE}经济和信息化委员会"
    sh = _Sheet("动态调整", [6, 12, 10, 9, 32, 10, 9, 32, 22])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点动态调整一览表（2024年度）", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "调整说明")
    rows = [
        ("委领导", "主任", "长孙既白", "工业发展专项资金分配方案不经集体研究", "制度机制", "高",
         "资金分配方案经主任办公会集体研究,分配结果公示。", None, "leader"),
        ("委领导", "副主任", "钟离沐", "技术改造项目评审中打招呼、说人情", "岗位职责", "高→中",
         "项目评审由第三方专家独立评审,说情打招呼登记报告。", "评审改由第三方专家承担,降级", "leader"),
        ("产业发展科", "科长", "南门知秋", "企业技改补助申报材料审核把关不严", "岗位职责", "中→高",
         "申报材料实行科室初审、专家复审,补助名单公示。", "补助资金规模扩大,升级", "middle"),
        ("产业发展科", "科长", "南门知秋", "工业用地项目准入评估不客观", "业务流程", "中",
         "准入评估由发改、规资、经信联合评审。", None, "middle"),
        ("中小企业科", "科员", "宰父映川", "中小企业纾困资金拨付优亲厚友", "思想道德", "低→中",
         "纾困资金拨付对象按申报顺序审核,拨付结果公开。", "新增纾困资金拨付职能,升级", "general"),
        ("电力能源科", "科长", "东郭怀璞", "有序用电方案编制向关系企业倾斜", "外部环境", "高→中",
         "有序用电方案经委务会审定并向企业公开。", "用电指标紧张缓解,降级", "middle"),
        ("办公室", "主任", "巫马晴川", "公务接待、会议费用超标准列支", "制度机制", "中→低",
         "接待、会议先审批后实施,纳入财务系统管理。", "接待事项纳入系统管理,降级", "middle"),
        ("办公室", "主任", "巫马晴川", "固定资产出借、处置不按规定审批", "制度机制", "中",
         "资产处置报委务会研究并报财政审批。", None, "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), arrow_level(lv))
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：风险等级栏“→”前为上年等级，后为本年调整后等级；调整说明栏空白的为未调整。", 9)
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年12月", None)
    return _layout(
        "econ_commission_arrow_levels",
        "https://www.renrendoc.com/paper/508376330.html",
        "(harder) 区经济和信息化委员会 廉政风险点动态调整一览表（2024年度） after the source's 廉洁风险防控年 工作方案 (全面"
        "排查廉洁风险点, 实施动态闭环管理, 动态风险监控): 序号/科室 merged (委领导, 产业发展科, 中小企业科, 电力能源科, "
        "办公室)/岗位 and 姓名 merged per person (compound surnames 长孙, 钟离, 南门, 宰父, 东郭, 巫马)/风险点/风险类型 "
        "(short names)/风险等级 where an ADJUSTED level keeps last year's and this year's in ONE cell with an arrow — "
        "``高→中``, ``中→高``, ``低→中``, ``中→低`` — and an unadjusted one the plain ``高``/``中``/防控措施/``调整说明`` "
        "(``…,降级``/``…,升级``, blank where unchanged); a merged note under the table ``注：风险等级栏“→”前为上年等级，"
        "后为本年调整后等级；…``; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def municipal_facilities_padded_names() -> dict:
    unit = f"{PLACE}市政设施管理所"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(
        f"填报单位：{unit}（盖章）", None, None, None, None, "填报日期：2024年12月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "禤望川", "市政设施维修工程发包不经所务会集体研究", "制度机制风险", "高",
         "维修工程按限额分别比选或招标,所务会集体研究并留存纪要。", "leader"),
        ("所领导", "所长", "禤望川", "道路挖掘修复费核定随意减免", "岗位职责风险", "高",
         "修复费按标准核定,减免须所务会研究并公示。", "leader"),
        ("所领导", "副所长", "佘映岚", "路灯维护外包服务考核打分不严", "岗位职责风险", "中",
         "考核细则公开,考核结果与服务费支付挂钩。", "leader"),
        ("道路桥梁股", "股长", "冼琤", "桥梁检测报告验收走过场", "岗位职责风险", "中",
         "检测报告组织专家评审,验收资料存档备查。", "middle"),
        ("道路桥梁股", "股长", "冼琤", "道路破损修复工程量签证虚增", "业务流程风险", "高",
         "签证实行现场拍照、双人复核,结算送审计。", "middle"),
        ("路灯照明股", "股长", "莘晏清", "路灯灯具、电缆采购以次充好", "外部环境风险", "中",
         "采购三家以上比价,到货抽检,验收三人签字。", "middle"),
        ("路灯照明股", "电工", "汝骁", "更换下的旧灯具、旧电缆私自变卖", "思想道德风险", "低",
         "旧件交回登记,统一处置,处置收入上缴。", "general"),
        ("综合股", "会计", "逄芊蔚", "维修资金不按合同进度支付", "制度机制风险", "中",
         "支付凭合同、验收单和分管领导审批,按月对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, _padded(who), point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, "联系电话:", None)
    return _layout(
        "municipal_facilities_padded_names",
        "https://ribao.xyxww.com.cn/html/2011-09/19/content_39330.htm",
        "区市政设施管理所 岗位廉政风险点一览表 after the source's account of a 市政管理处 (路灯的安装、检测、维修、养护; "
        "桥梁的检测、维修; 更换路灯、电缆、灯头): a ``填报单位：…（盖章） | 填报日期：2024年12月`` line over 序号/股室 "
        "merged (所领导, 道路桥梁股, 路灯照明股, 综合股)/岗位 and 姓名 merged per person — the TWO-character names padded "
        "to three with a FULL-WIDTH space as staff align them (``冼　琤``, ``汝　骁``)/风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; 单位负责人/填表人/联系电话 labels under it",
        [sh], t,
    )  # fmt: skip


def social_insurance_supervisor_column() -> dict:
    unit = f"{PLACE}社会保险事务中心"
    sh = _Sheet("排查表", [6, 12, 10, 10, 32, 10, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add(
        "序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施", "分管领导"
    )
    rows = [
        ("中心领导", "主任", "亓霁禾", "社会保险基金支出审批把关不严", "制度机制", "Ⅰ级",
         "基金支出实行经办、复核、审批三级审核,大额支出集体研究。", None, "leader"),
        ("中心领导", "副主任", "公冶暮云", "基金收支对账不及时,差错不处理", "业务流程", "Ⅱ级",
         "基金收支按月与财政专户、银行对账,差错限期处理。", "亓霁禾", "leader"),
        ("参保登记科", "科长", "矫星野", "违规办理参保登记和养老保险费补缴", "岗位职责", "Ⅰ级",
         "补缴凭原始工资发放表等资料审核,初审、复核分离。", "公冶暮云", "middle"),
        ("待遇审核科", "审核员", "宗政书禾", "养老待遇核定中虚增视同缴费年限", "岗位职责", "Ⅰ级",
         "视同缴费年限凭档案原件认定,待遇核定结果复核。", "公冶暮云", "general"),
        ("待遇审核科", "审核员", "宗政书禾", "死亡人员冒领养老金核查不力", "外部环境", "Ⅱ级",
         "与公安、民政死亡信息按月比对,疑点数据逐条核查。", "公冶暮云", "general"),
        ("工伤保险科", "科长", "羊舌澄", "工伤医疗费报销审核把关不严", "岗位职责", "Ⅱ级",
         "医疗费按目录和服务标准审核,超标准费用集体研究。", "公冶暮云", "middle"),
        ("基金财务科", "出纳", "漆雕若芷", "待遇发放数据被篡改,资金被截留", "制度机制", "Ⅰ级",
         "发放数据由系统生成,发放前后双人核对。", "亓霁禾", "general"),
        ("基金财务科", "出纳", "漆雕若芷", "银行票据、印鉴保管不善", "思想道德", "Ⅲ级",
         "票据、印鉴分人保管,领用登记。", "亓霁禾", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, boss, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, boss)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年11月", None, None)
    return _layout(
        "social_insurance_supervisor_column",
        "http://www.hrbyongji.com/policy/localpolicy/853",
        "区社会保险事务中心 廉政风险点排查表 after the source's 社会保险经办机构内部控制实施办法 (业务部门负责本业务环节的内部"
        "控制, 稽核部门监督检查, 基金安全): 序号/科室 merged (中心领导, 参保登记科, 待遇审核科, 工伤保险科, 基金财务科)/岗位 "
        "and ``责任人`` merged per person (compound surnames 公冶, 宗政, 羊舌, 漆雕)/风险点/风险类别 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a trailing ``分管领导`` column of names (亓霁禾, 公冶暮云 — she also a holder on her own "
        "row), blank for the 主任; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def youth_center_posts() -> dict:
    unit = f"{PLACE}青少年活动中心"
    sh = _Sheet("清单", [6, 12, 26, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施")
    posts = [
        ("主任", "主持中心全面工作", "leader", [
            ("校外培训合作机构引进不经集体研究", "制度机制", "一级", "合作机构公开遴选,主任办公会集体研究。"),
        ]),
        ("副主任", "分管场馆建设和安全", "leader", [
            ("场馆改造项目验收把关不严", "岗位职责", "二级", "验收邀请专业人员参加,验收资料存档。"),
        ]),
        ("培训部主任", "负责暑假培训班和兴趣班组织", "middle", [
            ("暑假培训班招生收费超出核定标准", "岗位职责", "一级", "收费项目和标准报批并在招生简章公示。"),
            ("违规聘请校外人员授课并收取好处", "思想道德", "二级", "外聘教师经主任办公会研究,课酬据实发放。"),
        ]),
        ("培训教师", "承担兴趣班教学", "general", [
            ("私下招收学员收取培训费", "思想道德", "二级", "学员统一报名缴费,定期核对学员名册。"),
        ]),
        ("场馆管理员", "负责乒乓球训练室、器乐室等场馆管理", "general", [
            ("场馆对外出租收入不入账", "制度机制", "一级", "场馆出租签订合同,租金统一缴入单位账户。"),
        ]),
        ("报账员", "负责经费报账和收入管理", "general", [
            ("培训费收入未及时入账", "业务流程", "二级", "培训费收入日清月结,每月与报名系统核对。"),
            ("报销票据审核不严", "制度机制", "三级", "报销单据经办、证明、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, duty, tier, points in posts:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    sh.add()
    sh.add("单位负责人签字:", None, None, "填报人:", None, "2024年10月", None)
    return _layout(
        "youth_center_posts", "http://www.zzyouth.org.cn/detail.aspx?id=30866",
        "区青少年活动中心 岗位廉政风险防控清单 对岗不对人 after the source's visit to a 区青少年活动中心 (乒乓球训练室, 器乐室, "
        "报告厅; 暑假培训班): NO 科室 column and no names — 序号/岗位 (主任, 副主任, 培训部主任, 培训教师, 场馆管理员, "
        "报账员)/岗位职责, both merged per post/风险点/风险类别 (short names)/风险等级 一级/二级/三级/防控措施; 单位负责人"
        "签字/填报人/date",
        [sh], t,
    )  # fmt: skip


def livestock_selfcheck_sheets() -> dict:
    unit = f"{PLACE}畜牧发展中心"
    t = _Truth(unit)
    people = [
        ("中心领导", "主任", "哈屿澈", "leader", [
            ("生猪标准化规模养殖场建设项目验收不实", "岗位职责", "高", "项目验收由技术人员、财务人员和纪检人员共同参加。"),
            ("畜牧项目资金分配不公开", "制度机制", "高", "资金分配方案集体研究,分配结果公示。"),
            ("接受养殖企业宴请和礼品", "思想道德", "中", "严守廉洁纪律,拒收登记。"),
        ]),
        ("畜禽养殖科", "科长", "归晚澄", "middle", [
            ("养殖场备案审核把关不严", "岗位职责", "中", "备案材料两人审核,现场核查拍照存档。"),
            ("粪污资源化利用项目补助核定不实", "业务流程", "高", "补助按验收工程量核定,结果在村公示。"),
        ]),
        ("饲料兽药科", "科员", "闾丘清越", "general", [
            ("饲料兽药监督抽检前泄露抽检信息", "外部环境", "中", "抽检计划保密,抽检对象随机确定。"),
            ("抽检样品保管不规范", "制度机制", "低", "样品封存双人签字,专柜保管。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (dept, post, who, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [6, 34, 10, 8, 34, 10])
        _line(sh, f"{unit}个人廉政风险自查表", 6)
        sh.add("姓名", who, "所在科室", dept, "职务", post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "备注")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "科室负责人意见：", None, None)
        sh.add(None, None, None, None, "2024年9月", None)
        sheets.append(sh)
    return _layout(
        "livestock_selfcheck_sheets", "https://doczj.com/doc/4216740583.html",
        "区畜牧发展中心 个人廉政风险自查表 after the source's rules for 生猪标准化规模养殖场(小区)建设项目 (建设资金, 项目"
        "选建条件, 验收): THREE sheets ``Sheet1``–``Sheet3``, one person each, the title, then ONE row of pairs ``姓名 | "
        "哈屿澈 | 所在科室 | 中心领导 | 职务 | 主任`` over 序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施/备注 "
        "(empty); ``本人签字： | 科室负责人意见：`` and a date under it",
        sheets, t,
    )  # fmt: skip


def dilan_town_stations() -> dict:
    unit = f"{PLACE}荻岚镇人民政府"
    sh = _Sheet("排查表", [6, 18, 10, 9, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险点排查表", 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("农业服务中心", "主任", "乐正朝露", "耕地地力保护补贴面积核实不实", "★★★",
         "补贴面积村组公示、镇复核,数据与确权面积比对。", "middle"),
        ("农业服务中心", "主任", "乐正朝露", "农机购置补贴机具核验走过场", "★★",
         "机具现场核验拍照,铭牌与发票信息一致。", "middle"),
        ("农业服务中心", "农技员", "濮阳穗", "良种推广物资发放不登记", "★", "物资发放登记造册,农户签字领取。", "general"),
        ("财政所", "所长", "夹谷明澈", "惠农补贴“一卡通”发放信息被篡改", "★★★",
         "发放信息系统比对,发放名单公示,资金直达农户。", "middle"),
        ("财政所", "所长", "夹谷明澈", "村级财务代理记账审核不严", "★★", "村级票据经村务监督委员会审核后记账。", "middle"),
        ("社会保障服务所", "所长", "况冬青", "城乡居民养老保险待遇资格认证不实", "★★",
         "资格认证与死亡信息比对,村社区网格员入户核实。", "middle"),
        ("规划建设管理环保办", "主任", "仇鹿鸣", "农村建房审批把关不严,收受好处", "★★★",
         "建房审批实行联审,审批结果村务公开栏公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 7)
    sh.add("填表人:", None, None, "审核人:", None, "2024年8月", None)
    return _layout(
        "dilan_town_stations", "https://drbdp.com/4-7798463.html",
        "镇人民政府 站所岗位廉政风险点排查表 after the source's account of a 镇 (基层行政区划单位, 下辖村和社区, 社区服务中心 "
        "提供社保、医疗等便民服务): the title names the 镇's 人民政府; 序号/``站所`` merged (农业服务中心, 财政所, 社会保障"
        "服务所, 规划建设管理环保办)/岗位 and 姓名 merged per person (compound surnames 乐正, 濮阳, 夹谷)/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; no type column; a merged note ``注：风险等级★★★为高，★★为中，★为低。``; 填表人/审核人"
        "/date",
        [sh], t,
    )  # fmt: skip


def vocational_center_short_and_long() -> dict:
    unit = f"{PLACE}职业教育中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 14, 32, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "殳云岫", "实训基地建设项目", "实训基地建设项目确定承建单位不经集体研究", "高风险",
         "项目按规定招标,校务会集体决策并公开。", "leader"),
        ("招生就业处", "主任", "鄂星遥", "招生录取", "违规跨区域有偿招生,向中介支付招生费", "高风险",
         "招生计划和录取名单公开,严禁有偿招生。", "middle"),
        ("招生就业处", "主任", "鄂星遥", "顶岗实习安排", "安排学生顶岗实习时收取企业好处费", "高风险",
         "实习单位经校务会研究确定,实习协议公开。", "middle"),
        ("实训处", "主任", "蹇若川", "实训设备采购", "实训设备采购指定品牌,验收不严", "中风险",
         "采购需求论证,验收邀请专业教师参加。", "middle"),
        ("学生处", "资助专干", "牟沁遥", "国家助学金发放", "助学金资助对象认定不实,虚报学生人数", "中风险",
         "资助对象班级评议、学校审核、公示。", "general"),
        ("总务处", "主任", "湛听泉", "食堂食材采购", "食堂食材采购不比价,收受供应商回扣", "高风险",
         "食材定点采购,价格每月公示,验收双人签字。", "middle"),
        ("总务处", "主任", "湛听泉", "校舍零星维修", "零星维修工程量虚报", "低风险",
         "维修前后拍照,工程量由使用部门确认。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年11月", None)
    return _layout(
        "vocational_center_short_and_long",
        "https://jxxfw.com/periodical/788884992093d21112dcfd0e4d3cff13.html",
        "区职业教育中心 岗位廉政风险点一览表 after the source's account of 中等职业(技工)学校 示范实训基地 建设 and its "
        "专项资金: 序号/``处室`` merged (校长室, 招生就业处, 实训处, 学生处, 总务处)/岗位 and 姓名 merged per person/a "
        "short ``风险点`` (实训设备采购, 招生录取) beside a long ``风险表现``/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def market_station_cards() -> dict:
    unit = f"{PLACE}市场监督管理局"
    station = "蓼岭市场监督管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "谯岸舟", [
            ("行政处罚案件自由裁量畸轻畸重", "岗位职责", "高", "处罚按裁量基准执行,重大案件集体讨论。"),
            ("食品经营许可现场核查走过场", "外部环境", "中", "两人以上核查,核查记录拍照存档。"),
            ("所内经费报销审批不严", "制度机制", "低", "报销实行经办、审核、审批分离。"),
        ]),
        ("副所长", "敖汀兰", [
            ("双随机抽查对象、时间提前泄露", "外部环境", "高", "抽查对象系统随机抽取,检查前不得告知。"),
            ("特种设备检查发现隐患不督促整改", "岗位职责", "中", "隐患建立台账,整改销号。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, points in cards:
        sh = _Sheet(post, [6, 34, 10, 8, 34])
        _line(sh, "岗位廉政风险防控卡", 5)
        _line(sh, f"单位：{unit}{station}", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, station, post, who, "middle", point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "market_station_cards", "https://ketldu.cn/tags-71394.html",
        "区市场监督管理局's 市场监督管理所 岗位廉政风险防控卡 after the source's 执法风险管理办法: TWO sheets named by the post "
        "(``所长``, ``副所长``), each a card titled only ``岗位廉政风险防控卡``, a merged line ``单位：璧山区市场监督管理局"
        "蓼岭市场监督管理所`` (the 局 the unit, the 所 the 科室), ``姓名 | 谯岸舟 | 职务 | 所长`` over 序号/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; ``持卡人签字： | 年　月　日`` under it",
        sheets, t,
    )  # fmt: skip


def urban_archives_group_rows() -> dict:
    unit = f"{PLACE}城市建设档案馆"
    sh = _Sheet("Sheet1", [6, 12, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一", "馆领导", [
            ("馆长", "申屠瑾瑜", "leader", "档案数字化外包项目发包不经集体研究", "制度机制", "Ⅰ",
             "外包项目按规定采购,馆务会集体研究。"),
        ]),
        ("二", "接收指导科", [
            ("科长", "邰望舒", "middle", "工程竣工档案预验收降低标准出具认可文件", "岗位职责", "Ⅰ",
             "预验收两人以上,认可文件经分管馆领导审签。"),
            ("科长", "邰望舒", "middle", "不督促建设单位移交档案,收受好处", "外部环境", "Ⅱ",
             "建立报送责任书台账,逾期未移交的按月通报。"),
        ]),
        ("三", "业务科", [
            ("档案管理员", "荆栖梧", "general", "地下管线档案查阅不按规定审批,泄露档案信息", "岗位职责", "Ⅱ",
             "查阅实行登记审批,涉密档案专人专柜管理。"),
            ("档案管理员", "荆栖梧", "general", "档案复制收费不入账", "思想道德", "Ⅲ", "复制收费开具票据,按月对账。"),
        ]),
        ("四", "办公室", [
            ("主任", "鲜于晗", "middle", "档案装具采购不比价", "制度机制", "Ⅱ", "装具采购三家以上比价,验收两人签字。"),
        ]),
    ]  # fmt: skip
    n = 0
    for order, dept, rows in groups:
        _line(sh, f"{order}、{dept}", 7)
        first = len(sh.rows)
        for post, who, tier, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE_ROMAN[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("填表人:", None, "审核人:", None, None, "2024年7月", None)
    return _layout(
        "urban_archives_group_rows",
        "http://www.cqtmjz.cn/wap/index.php?itemid=1320&moduleid=21&page=9",
        "区城市建设档案馆 岗位廉政风险点一览表 after the source's 重庆市城市建设档案管理办法 (工程档案的组卷、竣工图章、档案"
        "装具, 城市建设档案馆(室)接收移交): NO 科室 column — the 科室 stand only in merged group rows ``一、馆领导``, ``二、"
        "接收指导科``, ``三、业务科``, ``四、办公室``; 序号 running through/岗位 and 责任人 merged per person (compound surnames "
        "申屠, 鲜于)/风险点/风险类型 (short names)/风险等级 ``Ⅰ/Ⅱ/Ⅲ`` WITHOUT 级/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    econ_commission_arrow_levels(),
    municipal_facilities_padded_names(),
    social_insurance_supervisor_column(),
    youth_center_posts(),
    livestock_selfcheck_sheets(),
    dilan_town_stations(),
    vocational_center_short_and_long(),
    market_station_cards(),
    urban_archives_group_rows(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch188-inbox"))

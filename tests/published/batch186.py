"""A hundred-and-eighty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person (or per 科室),
the plan's 附件2/附件3/附件4 or an office's own 防控卡, 自查表, 登记表 or 承诺书, filled by the staff of
bodies of 潼南区 that no earlier batch used: the 农业科技园区管理委员会, the 柠檬产业发展中心, the 城市桥梁
隧道管理所, the 托育服务指导中心, the 种畜场, the 生活垃圾填埋场, the 渡口管理站, the 文化艺术团 and the 农村饮水
水质检测中心 (no re-saved copies, prefix ``b186_``):

- the 园区管委会's 附件2 for its two leaders, one a sheet, the tabs named by them: ``姓名 | … | 职务 | … |
  岗位风险等级 | 一级``, 分管工作 merged, ``…风险`` types, the ``“三重一大”方面`` row, the review boxes and 注;
- the 柠檬中心's 附件3 for two 科室, one a sheet, with a ``序号`` column the office put before the
  template's 岗位职责: ``科室 | … | 负责人 | …``, 高/中/低;
- the 桥隧所's 附件4 for two staff (tabs ``Sheet1``, ``Sheet2``) whose pairs take TWO rows — ``姓名 | … |
  所在科室 | … | 职务 | …`` over ``岗位风险等级 | 三级`` — and ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 托育中心's 防控卡 with ``持卡人 | … | 所在科室 | …`` over ``职务 | … | 联系电话 | …``, 一级/二级/三级;
- the 填埋场's 个人廉政风险登记表: a label row ``姓名 | 性别 | 入职时间 | 所在班组 | 工作岗位`` over a row
  of values (班组 ``计量班``, ``渗滤液处理班``), ``…风险`` types;
- the 文化艺术团's 自查表 with the holder's fields stacked DOWN column A (``姓　　名``, ``所在部门``,
  ``职　　务``), each value merged across the rest of the row;
- the 水质检测中心's 排查表 with ``岗位名称 | … | 任职人员 | … | 所在科室 | …`` above, Ⅰ级/Ⅱ级/Ⅲ级.

One is the shape this batch adds to what the README describes — a 承诺书 pasted from Word WITH ITS
UNDERSCORED BLANKS:

- ``ferry_station_pledge_underscores``: the 渡口管理站's 岗位廉政风险防控承诺书, one a sheet, whose only
  line naming the holder is the Word form's blank line filled in over its underscores —
  ``承诺人：___茆屿汀___　　所在股室：___安全监管股___　　岗位：___渡运安全员___`` — and on the 站长's
  sheet the 股室 blank left as underscores (``所在股室：________``); the signature line under the
  table is left blank.

One is harder:

- ``breeding_farm_selfcheck_duties``: the 种畜场's 自查表, one a sheet (tabs ``场长``, ``副场长``,
  ``测定员``), whose ``职务`` value carries what the post looks after in brackets —
  ``副场长（分管种猪生产、动物防疫）``, ``场长（法定代表人）`` — or the 部 before the post
  (``育种技术部测定员``), a ``自查情况`` column (``已落实``, ``正在落实``), no type column.

Each layout imitates the *shape* of such a form after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 农业科技园区 工作专班; 潼南's 柠檬
产业 调研 — 脱毒种苗, 种植基地, 营销; a 区's 桥隧 管护 — 经常性检查, 定期检测, 达标整治; 托育机构 登记和备案;
a 种畜场's 育种技术部 and 性能测定; a 填埋场's 运行管理 — 进场垃圾控制, 计量称重, 渗滤液处理; the rules of
渡口 and 渡船 — 签证, 渡工, 超载; 送戏下乡 惠民演出; a 县's 饮用水 水质采样检测) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented; every unit is a body of 潼南区.

Run ``python tests/published/score.py --set batch186`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 附件3 names the 科室 and its 负责人, no post: the form's title is "" (as batch142, batch182);
- ``承诺人：___茆屿汀___`` is the holder 茆屿汀, ``所在股室：___安全监管股___`` his 股室; a blank left as
  underscores (``所在股室：________``) names no 股室;
- ``副场长（分管种猪生产、动物防疫）`` under 职务 is the post 副场长 (the brackets say what he looks after),
  ``场长（法定代表人）`` the post 场长; ``育种技术部测定员`` is the 部 育种技术部 and the post 测定员;
- a 登记表's ``所在班组`` (``计量班``) is the 科室, its ``工作岗位`` the post;
- 主任/副主任 of a 管委会 or 中心, 场长/副场长, 站长, 团长/副团长 are leaders; 科长, 部长, 副部长, 班长
  and a 附件3's 负责人 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b186_"
PLACE = "潼南区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000\u3000"
BLANK_DATE = "年  月  日"
NOTE = "注:此表一式三份,于6月底前报区纪委监委。"
BLANK = "___"


def _reviews(sh: _Sheet, labels, ncols: int) -> None:
    """The template's review boxes: the label, the opinion merged, the date in the last column."""
    for label in labels:
        r = sh.add(label, *([None] * (ncols - 2)), BLANK_DATE)
        sh.merge(r, 1, r, ncols - 2)


def _filled(value: str) -> str:
    """A Word form's blank filled in over its underscores; an empty value leaves the blank."""
    return f"{BLANK}{value}{BLANK}" if value else BLANK * 3


# --------------------------------------------------------------------------- harder layout


def breeding_farm_selfcheck_duties() -> dict:
    unit = f"{PLACE}种畜场"
    t = _Truth(unit)
    people = [
        ("场长", "麴鹭汀", "", "场长", "场长（法定代表人）", "leader", [
            ("种猪销售价格随意调整,给关系客户低价供种", "高", "种猪销售价格经场务会研究后公示,折价销售须集体审批。",
             "已落实"),
            ("饲料、兽药大宗采购不经集体研究,指定供应商", "高", "大宗采购公开比选,场务会研究,纪要存档。", "已落实"),
            ("场区改扩建工程项目变更签证把关不严", "中", "工程变更经监理、场部、使用班组三方签字后报场务会。",
             "正在落实"),
            ("淘汰种畜处置不公开,低价处置给熟人", "中", "淘汰种畜处置经评估后公开竞价,结果公示。", "已落实"),
        ]),
        ("副场长", "庾苔岑", "", "副场长", "副场长（分管种猪生产、动物防疫）", "leader", [
            ("疫苗、兽药领用审批把关不严,虚报冒领", "高", "疫苗、兽药出入库登记,领用与免疫记录每月核对。",
             "已落实"),
            ("病死猪无害化处理数量虚报,套取补助", "中", "病死猪处理全程拍照,处理数量与存栏报表比对。", "已落实"),
            ("生产统计数据弄虚作假", "低", "存栏、出栏数据每月盘点,场部与生产班组双签。", "正在落实"),
        ]),
        ("测定员", "戈朔言", "育种技术部", "测定员", "育种技术部测定员", "general", [
            ("种猪性能测定数据篡改,为客户出具不实种猪档案", "高", "测定数据实时上传,原始记录两人签字。", "已落实"),
            ("种猪登记信息上报不及时、不真实", "中", "登记信息每周上报,部长抽查核对。", "已落实"),
            ("测定设备外借不登记", "低", "设备专人保管,外借登记并经部长批准。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, duty_cell, tier, points in people:
        sh = _Sheet(tab, [6, 36, 10, 36, 10])
        _line(sh, f"{unit}个人廉政风险自查表", 5)
        r = sh.add("姓名", who, "职务", duty_cell, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for n, (point, lv, measures, done) in enumerate(points, 1):
            sh.add(n, point, lv, measures, done)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("自查人签字：", None, "场长审核：", None, "2024年7月")
        sheets.append(sh)
    return _layout(
        "breeding_farm_selfcheck_duties", "http://m.jizihe.com/page/2013/0827/15612181.shtml",
        "(harder) 区种畜场 个人廉政风险自查表, ONE A SHEET (tabs ``场长``, ``副场长``, ``测定员``), after the source's "
        "account of a 种畜场 and its 育种技术部 (性能测定, 种猪登记, 遗传评估, 推广优质种猪): title, then ``姓名 | 庾苔岑 | "
        "职务 | 副场长（分管种猪生产、动物防疫）`` — the 职务 value carrying what the post looks after in BRACKETS "
        "(``场长（法定代表人）`` on the first sheet) or the 部 run in before the post (``育种技术部测定员``) — then "
        "序号/风险点/风险等级 高/中/低/防控措施/``自查情况`` (``已落实``, ``正在落实``); no type column; 自查人签字/场长审核/date",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the shape the README lacks


def ferry_station_pledge_underscores() -> dict:
    unit = f"{PLACE}渡口管理站"
    t = _Truth(unit)
    people = [
        ("茆屿汀", "安全监管股", "渡运安全员", "general", [
            ("渡船签单发航把关不严,对超载渡船签单放行", "外部环境", "高",
             "签单发航前逐船核对载客人数,签单记录留存备查。"),
            ("渡口安全检查走过场,收受渡工好处后不报告隐患", "思想道德", "高",
             "安全检查两人同行,检查记录当场签字并拍照存档。"),
            ("渡工持证上岗核查不实", "岗位职责", "中", "渡工证书每季度与海事部门数据比对。"),
            ("救生衣等安全设施配发登记不实", "制度机制", "低", "安全设施配发签收登记,每半年清点。"),
        ]),
        ("郇暮川", "", "站长", "leader", [
            ("渡船修理和更新改造项目不经集体研究,指定承修船厂", "制度机制", "高",
             "修理和改造项目经站务会集体研究,按规定比选承修单位。"),
            ("渡口补助资金分配不公开,向关系渡口倾斜", "岗位职责", "中", "补助资金分配方案公示,经站务会研究。"),
            ("渡运繁忙时段值守安排不落实,瞒报安全事故", "外部环境", "中", "节假日值守表公开,事故信息按规定报送。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(post, [6, 36, 10, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控承诺书", 5)
        _line(
            sh, f"承诺人：{_filled(who)}{GAP}所在股室：{_filled(dept)}{GAP}岗位：{_filled(post)}", 5
        )
        _line(
            sh,
            "本人对照岗位职责查找出以下廉政风险,郑重承诺严格落实防控措施,自觉接受组织和群众监督。",
            5,
        )
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("承诺人（签名）：", None, None, BLANK_DATE, None)
        sheets.append(sh)
    return _layout(
        "ferry_station_pledge_underscores", "http://www.fymate.net/html/text/lar/167786/16778686_2.html",
        "区渡口管理站 岗位廉政风险防控承诺书, ONE A SHEET (tabs ``渡运安全员``, ``站长``), after the source's rules of "
        "渡口 and 渡船 (签证, 渡工 人数, 超员 超载, 渡口主管部门 的职责, 渡船修理和更新改造): the title, then the Word "
        "form's blank line pasted in as ONE merged cell and FILLED OVER ITS UNDERSCORES — ``承诺人：___茆屿汀___　　"
        "所在股室：___安全监管股___　　岗位：___渡运安全员___``; on the 站长's sheet the 股室 blank left as underscores "
        "``所在股室：_________`` — then a merged pledge sentence, 序号/风险点/风险类型 short/风险等级 高/中/低/防控措施; "
        "``承诺人（签名）：`` left blank and ``年  月  日`` under it; the holder named nowhere else",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def agri_park_annex2_leaders() -> dict:
    unit = f"{PLACE}农业科技园区管理委员会"
    t = _Truth(unit)
    leaders = [
        ("主任", "邗砚舟", [
            ("主持全面工作,分管财务", "园区建设项目资金拨付不按进度审核,超付、预付", "制度机制风险", "高",
             "项目资金按合同和进度拨付,经办、审核、审批分离。"),
            ("主持全面工作,分管财务", "为亲友承揽园区配套工程提供便利", "思想道德风险", "中",
             "严格执行回避制度,工程发包全程纪检监督。"),
            ("分管招商引资", "入园企业准入审查降低条件,变相给予优惠", "岗位职责风险", "高",
             "入园企业准入经评审委员会集体评审,结果公示。"),
        ], [
            ("重大项目安排", "园区基础设施项目不经主任办公会集体研究即确定建设单位", "制度机制风险", "高",
             "重大项目集体研究,会议纪要存档备查。"),
            ("人事任免", "编外人员招聘中优亲厚友", "岗位职责风险", "中", "招聘条件和结果公示,全程纪检监督。"),
        ]),
        ("副主任", "郜棹声", [
            ("分管科技服务和示范推广", "示范推广项目承担主体遴选不公开", "业务流程风险", "中",
             "遴选条件公开,评审结果公示五个工作日。"),
            ("分管科技服务和示范推广", "科技特派员服务考核弄虚作假", "外部环境风险", "低",
             "考核结合服务记录和农户评价,结果公开。"),
            ("分管土地流转和基地管理", "园区土地流转租金核定中收受业主好处", "思想道德风险", "高",
             "租金按评估价确定,流转合同经法律顾问审核。"),
        ], [
            ("大额资金使用", "基地设施维护资金使用不报集体研究", "制度机制风险", "中", "大额支出会签并报主任办公会。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, duty_rows, big_rows in leaders:
        sh = _Sheet(who, [6, 22, 34, 14, 9, 34])
        sh.add("附件2")
        _line(sh, "领导岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章)：{unit}", 6)
        sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
        sh.add("序号", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (duty, point, typ, lv, measures) in enumerate(duty_rows, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        _line(sh, "“三重一大”方面", 6)
        for n, (duty, point, typ, lv, measures) in enumerate(big_rows, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
        _reviews(sh, ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"), 6)
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "agri_park_annex2_leaders", "https://www.chacewang.com/newsdetail/news50907.html",
        "区农业科技园区管理委员会 附件2 (领导岗位廉政风险识别和防控表) for its TWO leaders, ONE A SHEET, the tabs named by "
        "them (``邗砚舟``, ``郜棹声``), after the source's 农业科技园区 工作专班 (总体规划, 园区认定, 动态管理, 考核): "
        "``附件2``, the template's title, ``单位(盖章)：…``, ``姓名 | 邗砚舟 | 职务 | 主任 | 岗位风险等级 | 一级``, then "
        "序号/分管工作 merged/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施, the merged ``“三重一大”方面`` row over "
        "its own numbered rows, two review boxes and the 注",
        sheets, t,
    )  # fmt: skip


def lemon_center_annex3_depts() -> dict:
    unit = f"{PLACE}柠檬产业发展中心"
    t = _Truth(unit)
    depts = [
        ("技术推广科", "菅岫衡", [
            ("脱毒种苗推广", "供苗主体确定", "脱毒种苗供苗企业确定不公开,指定关系企业", "制度机制", "高",
             "供苗企业公开遴选,遴选结果公示。"),
            ("脱毒种苗推广", "种苗补贴核定", "种苗补贴面积核定不实,虚报冒领", "岗位职责", "高",
             "补贴面积实地丈量,乡镇、村、种植户三方签字。"),
            ("标准化基地建设", "项目验收", "基地建设项目验收走过场", "业务流程", "中", "验收由专家组和财务人员共同参加。"),
            ("技术培训", "培训组织", "培训人数、天数虚报,套取培训经费", "外部环境", "低", "培训签到、照片存档,经费据实报销。"),
        ]),
        ("市场营销科", "郄望川", [
            ("品牌推广", "展会参展", "参展企业名额分配优亲厚友", "思想道德", "中", "参展名额按申报顺序和条件分配,名单公示。"),
            ("品牌推广", "宣传采购", "宣传推广服务采购化整为零,规避比选", "制度机制", "高", "宣传采购按规定比选,合同集体审核。"),
            ("质量追溯", "追溯码发放", "违规向不合格主体发放质量追溯码", "岗位职责", "中", "追溯码按检测结果发放,台账每月核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, who, rows in depts:
        sh = _Sheet(dept, [6, 16, 14, 34, 12, 9, 34])
        sh.add("附件3")
        _line(sh, "中层岗位廉政风险识别和防控表", 7)
        _line(sh, f"单位(盖章)：{unit}", 7)
        r = sh.add("科室", None, dept, "负责人", who, "岗位风险等级", "二级")
        sh.merge(r, 0, r, 1)
        sh.add("序号", "岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
        first = len(sh.rows)
        for n, (duty, flow, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, duty, flow, point, typ, lv, measures)
            t.point(sh.name, dept, "", who, "middle", point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        _reviews(
            sh,
            ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"),
            7,
        )
        _line(sh, NOTE, 7)
        sheets.append(sh)
    return _layout(
        "lemon_center_annex3_depts", "https://kcycs.com/info-155.html",
        "区柠檬产业发展中心 附件3 (中层岗位廉政风险识别和防控表) for TWO 科室, ONE A SHEET (tabs ``技术推广科``, "
        "``市场营销科``), after the source's 调研 of 潼南's 柠檬 industry (柠檬脱毒种苗繁育中心, 种植基地, 加工和销售 "
        "企业, 新型经营主体): ``附件3``, title, ``单位(盖章)：…``, ``科室 | 技术推广科 | 负责人 | 菅岫衡 | 岗位风险等级 | "
        "二级`` (the label merged over two cells), then the template's header WITH A ``序号`` COLUMN the office put "
        "first: 序号/岗位职责 merged/工作流程/风险点/风险类型 short/风险级别 高/中/低/防控措施, three review boxes and the 注",
        sheets, t,
    )  # fmt: skip


def bridge_office_annex4_staff() -> dict:
    unit = f"{PLACE}城市桥梁隧道管理所"
    t = _Truth(unit)
    people = [
        ("殳澄漪", "养护科", "技术员", [
            ("桥隧日常养护", "经常性检查", "经常性检查记录弄虚作假,未到现场即填写检查结果", "岗位职责", "Ⅱ级",
             "检查定位拍照上传,科长每月抽查。"),
            ("桥隧日常养护", "养护工程量确认", "养护工程量签认不实,为施工单位多计工程量", "外部环境", "Ⅰ级",
             "工程量由技术员、监理、科长三方签认,影像资料存档。"),
            ("病害整治", "整治方案", "整治方案编制倾向特定材料供应商", "思想道德", "Ⅲ级", "方案经所技术组会审。"),
        ]),
        ("蓟拾禾", "检测科", "检测员", [
            ("定期检测", "检测单位监管", "对检测单位出具的桥梁技术状况评定结论把关不严", "岗位职责", "Ⅰ级",
             "评定结论经科室集体审核,CD类桥梁结论报所务会。"),
            ("定期检测", "检测费用结算", "检测费用结算与实际检测频次不符", "制度机制", "Ⅱ级",
             "结算凭检测报告和频次台账,财务复核。"),
            ("特殊检测", "数据报送", "暴雨后特殊检测数据迟报、漏报", "业务流程", "Ⅲ级", "特殊检测结果当日报送,科长签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, dept, post, rows) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [18, 14, 34, 12, 9, 34])
        sh.add("附件4")
        _line(sh, "一般岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章)：{unit}", 6)
        sh.add("姓名", who, "所在科室", dept, "职务", post)
        r = sh.add("岗位风险等级", "三级", None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
        first = len(sh.rows)
        for duty, flow, point, typ, lv, measures in rows:
            sh.add(duty, flow, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), ROMAN[lv])
        _merge_down(sh, first, [(0, lambda row: row[0])])
        _reviews(
            sh,
            ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"),
            6,
        )
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "bridge_office_annex4_staff",
        "http://www.jiangjin.gov.cn/bm/qcsglj_69014/dt_81485/202507/t20250704_14778311.html",
        "区城市桥梁隧道管理所 附件4 (一般岗位廉政风险识别和防控表) for TWO staff, tabs left ``Sheet1``, ``Sheet2``, "
        "after the source's 桥隧 管护 (每月经常性检查, 年度定期检测, 特大暴雨后特殊检测, CD类桥梁 达标整治): ``附件4``, "
        "title, ``单位(盖章)：…``, then the pairs on TWO rows — ``姓名 | 殳澄漪 | 所在科室 | 养护科 | 职务 | 技术员`` over "
        "``岗位风险等级 | 三级`` (the value merged across) — then 岗位职责 merged/工作流程/风险点/风险类型 short/风险级别 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, review boxes and the 注",
        sheets, t,
    )  # fmt: skip


def childcare_center_cards() -> dict:
    unit = f"{PLACE}托育服务指导中心"
    t = _Truth(unit)
    cards = [
        ("乜蘅芷", "机构管理科", "科长", "023-44561207", "middle", [
            ("托育机构备案审核把关不严,为不符合条件的机构出具备案回执", "岗位职责", "一级",
             "备案材料两人审核,现场核查拍照存档,备案信息网上公开。"),
            ("普惠托位建设补助核定中虚增托位数", "制度机制", "一级", "托位数实地核查,补助名单公示五个工作日。"),
            ("对托育机构检查中发现的问题不督促整改,收受好处", "外部环境", "二级", "检查结果通报,整改情况跟踪销号。"),
        ]),
        ("佴苇杭", "指导培训科", "科员", "023-44561213", "general", [
            ("保育人员培训考核弄虚作假,违规出具培训合格证明", "思想道德", "二级", "考核试卷和成绩存档,合格名单公示。"),
            ("培训机构确定不公开,培训费用结算不实", "制度机制", "二级", "培训机构比选确定,费用凭签到和课时结算。"),
            ("入户指导服务记录不实", "业务流程", "三级", "入户指导定位打卡,科长每月抽查回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, dept, post, phone, tier, points) in enumerate(cards, 1):
        sh = _Sheet(str(k), [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        r = sh.add("持卡人", who, "所在科室", dept, None)
        sh.merge(r, 3, r, 4)
        r = sh.add("职务", post, "联系电话", phone, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("持卡人签字：", None, "科室负责人签字：", None, "2024年9月")
        sheets.append(sh)
    return _layout(
        "childcare_center_cards", "http://jiangsulong.com/a/2019/0710/0G0T3R019_4.html",
        "区托育服务指导中心 岗位廉政风险防控卡, ONE A SHEET (tabs ``1``, ``2``), after the source's account of the rules "
        "for 托育机构 (登记, 备案, 非营利性 and 营利性 机构, 信息公开 and 监督): title, then pairs on TWO rows — ``持卡人 | "
        "乜蘅芷 | 所在科室 | 机构管理科`` over ``职务 | 科长 | 联系电话 | 023-44561207`` — then 序号/风险点/风险类别 short/"
        "风险等级 一级/二级/三级/防控措施; 持卡人签字/科室负责人签字/date",
        sheets, t,
    )  # fmt: skip


def landfill_register() -> dict:
    unit = f"{PLACE}生活垃圾填埋场"
    t = _Truth(unit)
    people = [
        ("郯汐岚", "女", "2016年3月", "计量班", "称重计量员", "general", [
            ("进场垃圾称重数据篡改,为运输单位多计或少计吨位", "岗位职责风险", "高",
             "称重系统自动采集上传,数据修改须班长审批并留痕。"),
            ("放行来源不明或混有工业垃圾的车辆进场", "外部环境风险", "高", "进场车辆登记来源,可疑车辆拍照并报告场部。"),
            ("称重票据保管不善,私自补开", "制度机制风险", "低", "票据连号使用,作废票据留存核销。"),
        ]),
        ("汲霁帆", "男", "2011年9月", "渗滤液处理班", "班长", "middle", [
            ("渗滤液处理药剂采购验收数量不实", "制度机制风险", "中", "药剂入库两人验收,领用登记与运行记录比对。"),
            ("渗滤液处理运行记录弄虚作假,应付环保检查", "思想道德风险", "高", "运行数据在线监测,记录场部每周抽查。"),
            ("设备维修外包工作量签认把关不严", "业务流程风险", "中", "维修前后拍照,工作量由班长和设备员共同签认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, since, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 14, 12, 36])
        _line(sh, f"{unit}个人廉政风险登记表", 5)
        sh.add("姓名", "性别", "入职时间", "所在班组", "工作岗位")
        sh.add(who, sex, since, dept, post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名：", None, "场部审核：", None, "2024年6月")
        sheets.append(sh)
    return _layout(
        "landfill_register", "http://bhygbaby.com/paper/414375790.html",
        "区生活垃圾填埋场 个人廉政风险登记表, ONE A SHEET (tabs named by the holders), after the source's 填埋场运行管理"
        "服务方案 (进场垃圾控制, 数据计量称重系统, 渗沥液收集处理, 设备维护, 运行记录): title, then a LABEL ROW ``姓名 | "
        "性别 | 入职时间 | 所在班组 | 工作岗位`` over a ROW OF VALUES (``郯汐岚 | 女 | 2016年3月 | 计量班 | 称重计量员``), "
        "then 序号/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 本人签名/场部审核/date",
        sheets, t,
    )  # fmt: skip


def troupe_selfcheck_stacked_fields() -> dict:
    unit = f"{PLACE}文化艺术团"
    t = _Truth(unit)
    people = [
        ("籍枕溪", "演出部", "副部长", "middle", [
            ("送戏下乡演出场次虚报,套取惠民演出补助", "岗位职责风险", "高", "演出场次凭乡镇签章回执和现场照片核定。"),
            ("外聘演员劳务费发放不实", "制度机制风险", "中", "劳务费按合同转账发放,发放名单团内公示。"),
            ("演出服装道具采购中收受商家回扣", "外部环境风险", "中", "采购三家比价,验收两人签字。"),
        ]),
        ("邰蔓箐", "财务室", "出纳", "general", [
            ("现金收支不及时入账,公款私存", "制度机制风险", "高", "现金日清月结,会计每月盘点核对。"),
            ("演出门票收入截留", "思想道德风险", "中", "门票统一印制连号,收入次日存入银行。"),
            ("报销凭证审核不严,重复报销", "业务流程风险", "低", "凭证经会计复核、团长审批后支付。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [10, 36, 14, 10, 36])
        _line(sh, f"{unit}个人廉政风险自查表", 5)
        for label, value in ((f"姓{GAP}名", who), ("所在部门", dept), (f"职{GAP}务", post)):
            r = sh.add(label, value, None, None, None)
            sh.merge(r, 1, r, 4)
        sh.add()
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人签字：", None, "团长签字：", None, "2024年8月")
        sheets.append(sh)
    return _layout(
        "troupe_selfcheck_stacked_fields", "https://sd.news.163.com/19/1210/09/F01BSCDN04378EOB.html",
        "区文化艺术团 个人廉政风险自查表, ONE A SHEET (tabs named by the holders), after the source's 送戏下乡 惠民文艺演出 "
        "(全年四百余场, 行政村全覆盖): title, then the holder's fields STACKED DOWN column A — ``姓　　名``, ``所在部门``, "
        "``职　　务`` (full-width spaces in the labels) — each value merged across the rest of its row, a blank row, "
        "then 序号/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 自查人签字/团长签字/date",
        sheets, t,
    )  # fmt: skip


def water_lab_post_holder_pairs() -> dict:
    unit = f"{PLACE}农村饮水水质检测中心"
    t = _Truth(unit)
    people = [
        ("采样员", "鄂沁禾", "采样室", "general", [
            ("水样采集点位随意变更,不按方案采样", "岗位职责", "Ⅰ级", "采样点位定位拍照,采样记录供水单位签字确认。"),
            ("接受供水单位宴请,提前透露采样时间", "外部环境", "Ⅱ级", "采样时间临时确定,两人同行。"),
            ("水样保存运输不规范,样品调包", "业务流程", "Ⅲ级", "样品封签交接,交接记录双方签字。"),
        ]),
        ("检测室主任", "颛孙栎", "检测室", "middle", [
            ("检测数据篡改,为不达标供水工程出具合格报告", "思想道德", "Ⅰ级", "检测原始记录电子留存,报告三级审核。"),
            ("检测试剂耗材采购验收不严", "制度机制", "Ⅱ级", "试剂按政府采购程序购置,验收两人签字。"),
            ("检测报告签发超越权限", "岗位职责", "Ⅱ级", "报告由授权签字人签发,签发记录存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in people:
        sh = _Sheet(post, [6, 36, 12, 10, 36, 12])
        _line(sh, f"{unit}岗位廉政风险排查表", 6)
        sh.add("岗位名称", post, "任职人员", who, "所在科室", dept)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("填报人：", None, "中心负责人审核：", None, "2024年10月", None)
        sheets.append(sh)
    return _layout(
        "water_lab_post_holder_pairs",
        "https://www.rongjiang.gov.cn/zwgk_5903530/zdlyxxgk/sljs_5903791/202509/t20250901_88548837.html",
        "区农村饮水水质检测中心 岗位廉政风险排查表, ONE A SHEET (tabs named by the posts ``采样员``, ``检测室主任``), after "
        "the source's notice on 丰水期 生活饮用水 水质采样检测 (集中式供水工程, 出厂水, 末梢水, 采样人员, 检测结果): title, "
        "then ``岗位名称 | 采样员 | 任职人员 | 鄂沁禾 | 所在科室 | 采样室`` (the compound surname 颛孙 on the second sheet), "
        "then 序号/风险点/风险类型 short/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``备注`` (empty); 填报人/中心负责人审核/date",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    breeding_farm_selfcheck_duties(),
    ferry_station_pledge_underscores(),
    agri_park_annex2_leaders(),
    lemon_center_annex3_depts(),
    bridge_office_annex4_staff(),
    childcare_center_cards(),
    landfill_register(),
    troupe_selfcheck_stacked_fields(),
    water_lab_post_holder_pairs(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch186-inbox"))

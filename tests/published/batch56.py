"""A fifty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE IN STATE-OWNED ENTERPRISES AND PUBLIC
INSTITUTIONS of kinds the earlier batches hardly met — a 融资担保 group, a 公交 group's 分公司, a
中药材 research institute, a 自来水 company, a 自然博物馆, an 空港 group's 市政 company, a 理工学院's
图书馆, a 高速公路 group's 营运分公司 and a 中心血站 — each publishing or handing back its 岗位廉洁
风险防控表 / 廉洁风险清单 worded and arranged its own way, and three of them also kept as
LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b56_<name>.xls``/``.ods``, see
make_resaved.py):

- a 公交集团 第三分公司's workbook of three sheets by tier — ``领导班子`` (``姓名 | 职务 | 分管工作``),
  ``中层管理人员`` (``部门 | 姓名 | 职务``) and ``关键岗位`` (``部门 | 岗位 | 姓名``), each its own title,
  the columns in a different order on each, levels 一级/二级/三级;
- a 中药材研究所 排查表 (re-saved) whose ``风险等级`` heading stands over three columns ``高 | 中 | 低``
  with a ``√`` in one, under a two-row header; 部门 merged, 岗位/责任人 merged per person, 风险类别;
- a 自来水有限公司 排查表 (re-saved) kept one sheet per 所/队 (``稽查队``, ``营业所``, ``管网所``), the
  科室 only in the tab name, ``Ⅰ级/Ⅱ级/Ⅲ级``, and a ``监督责任人`` column naming the 分管副总经理
  merged down each sheet;
- a 自然博物馆 一览表 对岗不对人: 部门 merged, 岗位 and 主要职责 merged per post, levels in stars
  (``★★★``/``★★``/``★``), 附件2 above;
- an 空港集团 市政工程公司 清单 cut into four parts by section lines (``一、项目决策`` … ``四、从业行为``)
  merged across, ``风险类型`` (``…风险``), 高/中/低, then ``责任部门 | 责任人`` trailing (one person
  in two sections);
- a 理工学院 图书馆's personal 自查表, one per sheet (tabs by post), the holder written as a label
  row ``姓名 | 部门 | 岗位 | 填表日期`` over a value row, then the table and a signature line;
- a 高速公路集团 营运分公司 一览表: 填报单位/填报时间 line, 部门 merged (收费站, 养护工区, 服务区管理部,
  机电信息部), 岗位/姓名 merged per person, a ``小计`` row after each 部门 and a ``合计`` row;
- a 中心血站 科室 一览表 (re-saved): 科室 merged, ``风险类别`` (``…风险``), levels written
  ``高风险``/``中风险``/``低风险``, the holder in a ``科室负责人`` column of names merged per 科室, and a
  ``分管领导`` column of names merged over the two 科室 each oversees.

One is harder:

- ``guarantee_traffic_lights``: a 融资担保集团's 清单 对岗不对人 whose ``风险等级`` is written as the
  group's warning lights — ``红灯``/``黄灯``/``绿灯`` — explained only by the note under the table
  (``注:…红灯为高风险,黄灯为中风险,绿灯为低风险。``); 业务环节 ``保前/保中/保后`` merged, a short
  ``风险点`` beside a long ``风险表现``, then ``责任部门 | 责任岗位`` trailing (the 业务一部 客户经理 holding
  three rows apart).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 融资担保集团's 保前/保中/保后 监督
with 尽调定位打卡, 否决项目重启, 保费核定 and 红黄绿灯 预警, a 公交集团's meeting of its 调度以上管理人员
under its 交投集团, a 药物种植研究所's warning on 科研经费, 仪器设备, 用工 and 票据, a 自来水公司's
供水用水稽查队 with its 营业所 (有户无表, 洗浴行业 突击检查), the 国有博物馆藏品征集规程 on 来源 and
专家集体鉴定, an 空港集团's 阳光工程 for its 市政公司 (项目决策、项目实施、资金运行、从业行为 四规范), a
学院图书馆's 采购风险防控制度 (资源建设部, 馆务会, 初验小组, 实洋结算), a 高速集团's 清廉文化 with its
服务区 and 工程项目 风险点, a 中心血站's 党风廉政建设 meeting with its 科室负责人) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented.

Run ``python tests/published/score.py --set batch56`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a level written as a warning light (``红灯``/``黄灯``/``绿灯``) is the level the note under the table
  gives it (红灯 高 1, 黄灯 中 2, 绿灯 低 3); without the note it would be no level;
- ``高风险``/``中风险``/``低风险`` are 高/中/低; stars ``★★★``/``★★``/``★`` are 1/2/3; a ``√`` under
  ``高 | 中 | 低`` is that level;
- a sheet named after a 所/队 whose table names no 科室 gives its rows that 科室 (the tab name);
- a ``监督责任人`` or ``分管领导`` column of names beside the holder's own column watches, holds nothing;
  a ``科室负责人`` column of names is the holder (title "", no post column);
- a section line ``一、项目决策`` merged across is a part of the table, not a 部门: the 部门 is the
  ``责任部门`` column's;
- a personal sheet's label row ``姓名 | 部门 | 岗位`` over a value row names the holder; the 学院 is the
  unit, the library's 部 (or ``图书馆`` for the 馆长) the department;
- ``小计``/``合计`` rows, the note under a table, 附件N, 填报/签字 lines are no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights), copies the re-saved copies ``resaved/b56_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b56_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
LIGHTS = {"红灯": 1, "黄灯": 2, "绿灯": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _line(sh: _Sheet, text: str, ncols: int) -> int:
    """A row of one text merged across the table."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _merge_down(sh: _Sheet, first: int, specs, last: int | None = None) -> None:
    """For each (col, key) in ``specs`` merge ``col`` over every run of rows ``first``..``last``
    whose ``key(row)`` (on the rows as typed, before any merge) is the same; a blank cell starts no
    run and a blank row ends one."""
    last = len(sh.rows) - 1 if last is None else last
    typed = [list(row) for row in sh.rows]

    def filled(k):
        return any(v is not None for v in typed[k])

    for col, key in specs:
        r = first
        while r <= last:
            e = r
            while (
                e < last
                and typed[r][col] is not None
                and filled(e + 1)
                and key(typed[e + 1]) == key(typed[r])
            ):
                e += 1
            if e > r:
                for k in range(r + 1, e + 1):
                    sh.rows[k][col] = None
                sh.merges.append((r, col, e, col))
            r = e + 1


# --------------------------------------------------------------------------- harder layout


def guarantee_traffic_lights() -> dict:
    unit = "XX市融资担保集团有限公司"
    sh = _Sheet("廉洁风险清单", [6, 8, 16, 36, 8, 36, 12, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 8)
    sh.add("序号", "业务环节", "风险点", "风险表现", "风险等级", "防控措施", "责任部门", "责任岗位")
    rows = [
        ("保前", "违规受理担保申请", "降低准入标准受理关系企业的担保申请,或对符合条件的企业故意拖延受理",
         "黄灯", "受理条件在业务系统中固化,受理时限由系统计时提醒。", "业务一部", "客户经理"),
        ("保前", "尽职调查弄虚作假", "不实地核查企业经营状况,虚构尽调定位打卡记录,隐瞒对企业不利的信息",
         "红灯", "实行双人尽调,现场定位打卡并上传影像资料,业务稽核按比例抽查。", "业务一部", "客户经理"),
        ("保前", "反担保物价值高估", "与评估机构串通高估抵押物价值,反担保措施落实不到位", "黄灯",
         "抵押物由名录内第三方机构评估,评估机构定期轮换。", "业务二部", "客户经理"),
        ("保中", "否决项目违规重启", "已被否决的项目改头换面,未经规定程序重新提交评审", "红灯",
         "否决项目重启须经风险管理部负责人审批,系统设置重启监测点。", "风险管理部", "风控经理"),
        ("保中", "保费违规减免", "擅自降低担保费率或减免保费,收取的费用不入账", "黄灯",
         "保费标准由系统核定,缴费页面弹窗提示收费标准和举报电话。", "财务部", "收费会计"),
        ("保中", "违规出具保函", "银行放款条件尚未落实即出具保函", "黄灯",
         "保函出具前由风控经理复核放款条件并签字。", "风险管理部", "风控经理"),
        ("保后", "保后检查流于形式", "不按期开展保后检查,对企业出现的风险信号隐瞒不报", "黄灯",
         "保后检查报告按季度上传系统,逾期自动预警。", "业务一部", "客户经理"),
        ("保后", "违规审批代偿", "对不符合代偿条件的项目违规审批代偿", "红灯",
         "代偿经评审委员会审议、总经理办公会决策,纪检全程监督。", "风险管理部", "部门经理"),
        ("保后", "追偿资产低价处置", "追偿中与债务人串通,低价处置反担保资产", "红灯",
         "反担保资产处置一律进入产权交易平台公开进行。", "资产保全部", "保全经理"),
        ("保后", "业务档案违规借阅", "擅自借出、涂改担保业务档案", "绿灯",
         "档案借阅登记审批,电子档案按岗位授权查阅。", "综合办公室", "档案管理员"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (stage, point, desc, lv, measures, dept, post) in enumerate(rows, 1):
        sh.add(n, stage, point, desc, lv, measures, dept, post)
        tier = "middle" if post == "部门经理" else "general"
        t.point(sh.name, dept, post, "", tier, point, [], LIGHTS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注:风险等级按“红黄绿灯”标示,红灯为高风险,黄灯为中风险,绿灯为低风险。", 8)
    sh.add("编制:", None, "审核:", None, None, "日期:2025年3月", None, None)
    return _layout(
        "guarantee_traffic_lights", "https://www.hzsrdjt.com/content/content_9152659.html",
        "(harder) 市融资担保集团 廉洁风险防控清单 对岗不对人 after the source's account of a 融资担保集团's 穿透式 "
        "监督 (保前/保中/保后 三道防线, 双人尽调, 尽调定位打卡, 否决项目重启, 风险项目审批, 保费核定 with a 弹窗 of the "
        "收费标准 and 举报电话, 红黄绿灯 预警): 序号/业务环节 ``保前``/``保中``/``保后`` merged/a short 风险点/a long "
        "风险表现/风险等级 written as the LIGHTS ``红灯``/``黄灯``/``绿灯``/防控措施/then ``责任部门 | 责任岗位`` trailing "
        "(the 业务一部 客户经理 on rows 1, 2 and 7, the 风险管理部 风控经理 on rows 4 and 6, a 客户经理 of 业务二部 too); "
        "the lights explained ONLY by the note merged under the table ``注:风险等级按“红黄绿灯”标示,红灯为高风险,"
        "黄灯为中风险,绿灯为低风险。``; 编制/审核/日期 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def bus_branch_three_tiers() -> dict:
    unit = "XX市公共交通集团有限公司第三分公司"
    t = _Truth(unit)
    leaders = _Sheet("领导班子", [6, 9, 9, 24, 36, 8, 36])
    _line(leaders, f"{unit}领导班子成员廉洁风险防控表", 7)
    leaders.add("序号", "姓名", "职务", "分管工作", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("龚建平", "经理", "主持分公司全面工作,分管财务、安全生产", "线路运营补贴申报数据弄虚作假",
         "一级", "补贴申报数据经营运、财务双重核对,报集团审核后上报。"),
        ("龚建平", "经理", "主持分公司全面工作,分管财务、安全生产", "车辆配件采购绕开集团集中采购平台",
         "一级", "配件采购一律通过集团集中采购平台,分公司不自行采购。"),
        ("苗晓梅", "副经理", "分管营运调度、票务营收", "线路调整、班次安排受人请托照顾个别驾驶员",
         "二级", "排班规则公开,排班表每周在车队公示。"),
    ]  # fmt: skip
    first = len(leaders.rows)
    for n, (who, post, duty, point, lv, measures) in enumerate(rows, 1):
        leaders.add(n, who, post, duty, point, lv, measures)
        t.point(leaders.name, "", post, who, "leader", point, [], ORDINAL[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(leaders, first, [(1, per_person), (2, per_person), (3, per_person)])
    leaders.add()
    leaders.add("填报人:", None, "审核人:", None, None, "2024年6月", None)

    middle = _Sheet("中层管理人员", [6, 10, 9, 9, 36, 8, 36])
    _line(middle, f"{unit}中层管理人员廉洁风险防控表", 7)
    middle.add("序号", "部门", "姓名", "职务", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("一车队", "聂国栋", "车队长", "驾驶员评先评优和营运线路分配收受好处", "二级",
         "评先结果车队公示,线路分配按积分排序。"),
        ("调度中心", "宿丽", "主任", "篡改车辆到发班记录,虚报营运里程", "二级",
         "到发班数据由智能调度系统自动采集,人工修改留痕。"),
        ("修理厂", "严志强", "厂长", "外协维修单位选择不公开,虚列修理项目", "一级",
         "外协单位由集团统一招标确定,修理项目逐车建档。"),
    ]  # fmt: skip
    for n, (dept, who, post, point, lv, measures) in enumerate(rows, 1):
        middle.add(n, dept, who, post, point, lv, measures)
        t.point(middle.name, dept, post, who, "middle", point, [], ORDINAL[lv])
    middle.add()
    middle.add("填报人:", None, "审核人:", None, None, "2024年6月", None)

    key = _Sheet("关键岗位", [6, 10, 10, 9, 36, 8, 36])
    _line(key, f"{unit}关键岗位廉洁风险防控表", 7)
    key.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("调度中心", "调度员", "阚思远", "私自为熟人调换班次、安排加班", "三级",
         "调班须经调度中心主任批准,系统记录调班原因。"),
        ("营收管理室", "票款清点员", "訾红", "清点票款时截留现金", "一级",
         "票款清点双人作业,清点室全程视频监控。"),
        ("修理厂", "材料员", "华建", "轮胎、配件出入库不实,以旧充新虚报领用", "二级",
         "旧件交回方可领新件,出入库台账每月盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        key.add(n, dept, post, who, point, lv, measures)
        t.point(key.name, dept, post, who, "general", point, [], ORDINAL[lv])
    key.add()
    key.add("填报人:", None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "bus_branch_three_tiers", "http://www.damienmanier.com/xwdt/gsdt/202110/t20211011_4744942_1.html",
        "市公交集团 第三分公司's workbook after the source's account of a 公交集团 under its 交投集团 (调度以上管理人员大会, "
        "作风建设, 专项整治, ``我是公交啄木鸟``): three sheets by tier, each with its own title naming the 分公司 — "
        "``领导班子`` (序号/姓名/职务/分管工作, the three merged per person/廉洁风险点/风险等级/防控措施), ``中层管理人员`` "
        "(序号/部门/姓名/职务/…) and ``关键岗位`` (序号/部门/岗位/姓名/…): the name BEFORE the post on the first two, "
        "AFTER it on the third; levels 一级/二级/三级; a 填报人/审核人/date line under each",
        [leaders, middle, key], t,
    )  # fmt: skip


def herb_institute_tick_levels() -> dict:
    unit = "XX省中药材研究所"
    sh = _Sheet("风险点排查", [6, 12, 10, 9, 36, 10, 4, 4, 4, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 10)
    top = sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类别", "风险等级", None, None,
                 "防控措施")  # fmt: skip
    sh.add(None, None, None, None, None, None, "高", "中", "低", None)
    sh.merge(top, 6, top, 8)
    for c in (0, 1, 2, 3, 4, 5, 9):
        sh.merge(top, c, top + 1, c)
    rows = [
        ("所领导", "所长", "杭文博", "科研项目立项和经费分配未经所务会集体研究", "制度机制", "高",
         "立项和经费分配方案经所务会研究,结果在所内公开。"),
        ("科研管理科", "科长", "许丽萍", "项目结题验收把关不严,默许项目组虚列支出", "岗位职责", "中",
         "结题验收邀请所外专家,经费决算经财务科审核。"),
        ("中药资源研究室", "课题负责人", "岑立军", "虚构劳务用工、编造劳务费发放名单套取科研经费", "思想道德",
         "高", "劳务费通过银行发放到个人账户,发放名单公示。"),
        ("中药资源研究室", "课题负责人", "岑立军", "在合作单位报销与课题无关的票据", "岗位职责", "中",
         "外拨经费签订合作协议,合作单位报销凭证抽查。"),
        ("分析测试中心", "主任", "殷红霞", "大型仪器对外有偿服务收入不入账", "制度机制", "高",
         "对外服务统一签订合同,收入全部进入所财务账户。"),
        ("分析测试中心", "仪器管理员", "管晓东", "私自使用仪器设备为外单位检测并收取费用", "思想道德", "中",
         "仪器使用实行预约登记,机时与检测报告对账。"),
        ("财务科", "报账员", "符佳", "科研经费报销票据审核不严,接受虚开发票", "业务流程", "中",
         "发票逐张查验真伪,报销实行网上审批。"),
        ("资产管理科", "科长", "邢海", "仪器设备报废处置不按程序评估", "业务流程", "低",
         "报废资产经技术鉴定、评估后按规定报批处置。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"所长": "leader", "科长": "middle", "主任": "middle"}
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        ticks = ["√" if lv == h else None for h in ("高", "中", "低")]
        sh.add(n, dept, post, who, point, typ, *ticks, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注:风险等级在相应栏内打“√”。", 10)
    sh.add("所长签字:", None, None, "纪检委员:", None, None, None, None, None, "2025年4月")
    return _layout(
        "herb_institute_tick_levels", "https://www.cqsywyjs.cn/html/content/25/09/2843.shtml",
        "省中药材研究所 岗位廉洁风险点排查表 after the source's account of a 药物种植研究所's 廉政风险防控 meeting (科研经费 "
        "管理, 仪器设备使用, 科研活动规范, 用工、票据、资产 关键风险点, 科研项目负责人): a two-row header — ``风险等级`` "
        "merged over ``高 | 中 | 低`` with a ``√`` in one of the three, the other headings merged down two rows; "
        "序号/部门 merged (所领导, 科研管理科, 中药资源研究室, 分析测试中心, 财务科, 资产管理科)/岗位 and 责任人 merged per "
        "person/风险点/风险类别 (types without 风险)/the ticks/防控措施; a note ``注:风险等级在相应栏内打“√”。``; "
        "所长/纪检委员 sign-off line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def water_company_dept_tabs() -> dict:
    unit = "XX市自来水有限公司"
    t = _Truth(unit)
    watcher = "钱永利"
    tabs = [
        ("稽查队", [
            ("队长", "崔海峰", "稽查中发现偷盗水、私接管道不依规处理,收受用户好处", "Ⅰ级",
             "稽查实行两人以上同行,现场执法记录仪全程记录。"),
            ("队长", "崔海峰", "对洗浴等特种行业用水突击检查前通风报信", "Ⅰ级",
             "突击检查对象由公司随机抽取,出发前方告知稽查人员。"),
            ("稽查员", "姜宁", "追缴水费和违约金时私下减免金额", "Ⅱ级", "追缴金额系统核定,减免须经公司审批。"),
        ]),
        ("营业所", [
            ("所长", "邵红英", "用水性质变更审核不严,将经营用水按居民用水计价", "Ⅱ级",
             "用水性质变更现场核实,结果由稽查队复核。"),
            ("抄表员", "蔡小军", "估抄、漏抄或人为调整水表读数", "Ⅱ级", "抄表数据手持终端拍照上传,每月随机抽查。"),
            ("收费员", "葛莉", "收取现金水费不及时入账,挪用水费", "Ⅰ级", "现金水费当日解缴银行,日清月结。"),
        ]),
        ("管网所", [
            ("所长", "傅国强", "管网维修材料领用不实,虚报维修工程量", "Ⅱ级", "维修工单与材料领用单逐单核对。"),
            ("装表工", "甘伟", "为有户无表用户私自接水并收取好处", "Ⅲ级", "新装水表信息当日录入系统,与营业所户籍比对。"),
        ]),
    ]  # fmt: skip
    tiers = {"队长": "middle", "所长": "middle"}
    sheets = []
    for tab, rows in tabs:
        sh = _Sheet(tab, [6, 9, 9, 36, 8, 36, 10])
        _line(sh, f"{unit}岗位廉洁风险排查表", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "监督责任人")
        first = len(sh.rows)
        for n, (post, who, point, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures, watcher)
            t.point(sh.name, tab, post, who, tiers.get(post, "general"), point, [], ROMAN[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person), (6, lambda row: row[6])])
        sh.add()
        sh.add("填表人:", None, "负责人签字:", None, "填报日期:2024年9月", None, None)
        sheets.append(sh)
    return _layout(
        "water_company_dept_tabs", "http://zbjq.chinadevelopment.com.cn/ny/2025/0915/1959986.shtml",
        "市自来水有限公司 岗位廉洁风险排查表 after the source's account of a 自来水公司's 供水用水稽查队 (城中村 偷水, "
        "``有户无表`` 排查 with the 营业所, 洗浴行业 突击检查): ONE SHEET PER 所/队 (``稽查队``, ``营业所``, "
        "``管网所``), the same title on each naming only the company, the 科室 nowhere but in the tab name; "
        "序号/岗位 and 姓名 merged per person/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``监督责任人`` (the 分管副总经理's "
        "name, the same on every sheet, merged down each); 填表人/负责人签字/填报日期 line; re-saved as .xls and .ods",
        sheets, t,
    )  # fmt: skip


def museum_posts_stars() -> dict:
    unit = "XX市自然博物馆"
    sh = _Sheet("一览表", [12, 12, 26, 36, 8, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("部门", "岗位", "主要职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "主持全馆工作,负责藏品征集、陈列改造等重大事项", "藏品征集、陈列改造等重大事项不经馆务会集体决策",
         "★★★", "重大事项一律提交馆务会研究,会议纪要存档。"),
        ("典藏部", "藏品征集岗", "负责标本藏品的征集、鉴定组织和入藏手续", "征集来源不明或来源不合法的标本藏品", "★★★",
         "征集前开展来源调查,来源证明材料随藏品档案保存。"),
        ("典藏部", "藏品征集岗", "负责标本藏品的征集、鉴定组织和入藏手续", "购买征集不经专家集体鉴定,虚抬收购价格",
         "★★★", "购买征集实行专家集体鉴定和集体议价,价格报馆务会审定。"),
        ("典藏部", "保管员", "负责库房藏品的保管、出入库和账目", "藏品出入库不登记,私自借出或调换藏品", "★★",
         "出入库双人办理,账、卡、物每半年核对一次。"),
        ("陈列展览部", "展览策划岗", "负责展览策划和布展项目管理", "布展项目指定施工单位,验收把关不严", "★★",
         "布展项目按限额标准公开采购,验收邀请专家参加。"),
        ("社会教育部", "讲解员", "负责展厅讲解和研学活动组织", "收取团队讲解、研学费用不入账", "★",
         "讲解、研学费用统一在售票窗口收取并开票。"),
        ("文创中心", "文创开发岗", "负责文创产品开发和合作方管理", "文创产品合作方选择不公开,收受合作方好处", "★★",
         "合作方公开征集,合作协议经法律顾问审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for dept, post, duty, point, lv, measures in rows:
        sh.add(dept, post, duty, point, lv, measures)
        tier = "leader" if post == "馆长" else "general"
        t.point(sh.name, dept, post, "", tier, point, [], STARS[lv])
    per_post = lambda row: row[0:3]  # noqa: E731
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, per_post), (2, per_post)])
    sh.add()
    sh.add("说明:风险等级★★★为高,★★为中,★为低。", None, None, None, None, None)
    return _layout(
        "museum_posts_stars", "https://art.163.com/21/0625/10/GDB3DSSH009998I0.html",
        "市自然博物馆 岗位廉政风险防控一览表 对岗不对人 after the source's account of the 国有博物馆藏品征集规程 (来源不合法"
        "或来源不明的藏品, 征集调查, 购买征集, 专家集体鉴定): ``附件2`` above the title; NO 序号 column — 部门 merged (馆领导, "
        "典藏部, 陈列展览部, 社会教育部, 文创中心)/岗位 and 主要职责 merged per post (藏品征集岗 over two rows)/风险点/"
        "风险等级 in stars ``★★★``/``★★``/``★``/防控措施; no names; a 说明 line under the table",
        [sh], t,
    )  # fmt: skip


def airport_municipal_sections() -> dict:
    unit = "XX空港集团市政工程有限公司"
    sh = _Sheet("廉洁风险", [6, 36, 12, 8, 36, 12, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}工程建设领域廉洁风险防控清单", 7)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "责任部门", "责任人")
    sections = [
        ("一、项目决策", [
            ("项目立项未经可行性研究和集体决策,先干后批", "制度机制风险", "高",
             "项目立项经总经理办公会、党支部会研究,纪要存档。", "计划经营部", "于海鹏"),
            ("投资估算编制不实,故意压低概算规避审批", "岗位职责风险", "中",
             "投资估算由第三方造价机构复核。", "计划经营部", "于海鹏"),
        ]),
        ("二、项目实施", [
            ("招标文件设置排他性条件,为特定单位量身定做", "业务流程风险", "高",
             "招标文件经法务审核,在公共资源交易平台公开招标。", "招标采购部", "白雪松"),
            ("设计变更、现场签证审核不严,虚增工程量", "岗位职责风险", "高",
             "变更签证实行监理、项目部、公司三级审核。", "工程管理部", "周立群"),
            ("隐蔽工程验收不到场,签字走过场", "岗位职责风险", "中", "隐蔽工程验收拍照留存,监理旁站。",
             "工程管理部", "廖斌"),
        ]),
        ("三、资金运行", [
            ("工程进度款超进度支付", "制度机制风险", "中", "进度款按监理确认的工程量支付。", "财务部",
             "穆春燕"),
            ("农民工工资专户资金挪作他用", "业务流程风险", "中", "工资专户封闭运行,按月与劳务花名册核对。",
             "财务部", "穆春燕"),
        ]),
        ("四、从业行为", [
            ("接受施工、监理单位宴请和礼品礼金", "思想道德风险", "低",
             "签订廉洁守信协议书,作为施工合同附件。", "工程管理部", "周立群"),
            ("领导干部插手干预工程分包和材料采购", "思想道德风险", "高",
             "领导干部插手干预工程建设事项一律登记报告。", "公司领导", "蒋卫东"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, rows in sections:
        _line(sh, caption, 7)
        for point, typ, lv, measures, dept, who in rows:
            n += 1
            sh.add(n, point, typ, lv, measures, dept, who)
            t.point(sh.name, dept, "", who, None, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("公司纪检监察员:", None, None, "编制日期:2021年12月", None, None, None)
    return _layout(
        "airport_municipal_sections", "http://xian.qinfeng.gov.cn/info/1020/25105.htm",
        "空港集团 市政工程公司 工程建设领域廉洁风险防控清单 after the source's account of an 空港集团's ``阳光工程`` for its "
        "市政公司 and 安居置业公司 (项目决策、项目实施、资金运行、从业行为 ``四规范``, 廉洁守信协议书, 领导干部插手干预工程建设): "
        "the table cut into four parts by SECTION LINES merged across (``一、项目决策`` … ``四、从业行为``), numbering running "
        "on; 序号/风险点/风险类型 (``…风险``)/风险等级 高/中/低/防控措施/then ``责任部门 | 责任人`` trailing, names only "
        "(no post column; the 工程管理部's 周立群 in 项目实施 AND 从业行为, a ``公司领导`` row); 纪检监察员/编制日期 line",
        [sh], t,
    )  # fmt: skip


def library_personal_sheets() -> dict:
    unit = "XX理工学院"
    t = _Truth(unit)
    people = [
        ("馆长", "马晓川", "图书馆", "馆长", "middle", [
            ("文献资源采购计划未经馆务会集体研究,个人决定采购品种和供应商", "制度机制", "高",
             "采购计划经馆务会讨论,报主管校领导审批。"),
            ("电子资源数据库续订不论证使用效益,向特定供应商倾斜", "外部环境", "中",
             "续订前统计使用数据,组织学科教师论证。"),
        ]),
        ("资源建设部主任", "叶红梅", "资源建设部", "主任", "middle", [
            ("编制采购技术参数时设置倾向性条款", "岗位职责", "高", "技术参数由三人以上项目组共同研究制定。"),
            ("采购文献初验不按合同清单逐项核对", "业务流程", "中", "成立初验小组,验收清单由资源建设部留存。"),
            ("按码洋而非实洋结算,多付图书货款", "业务流程", "中", "结算经经手人、验收人、馆长三签后报账。"),
        ]),
        ("采访馆员", "路佳", "资源建设部", "采访馆员", "general", [
            ("向书商透露采购预算和馆藏查重信息", "思想道德", "中", "采购信息分级查阅,签订保密承诺。"),
            ("接受书商赠送的购书卡、礼品", "思想道德", "低", "实行拒收登记,节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, items in people:
        sh = _Sheet(tab, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}图书馆岗位廉政风险自查表", 5)
        sh.add("姓名", "部门", "岗位", "填表日期", None)
        sh.add(who, dept, post, "2024年10月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "部门负责人签字:", None, "年  月  日")
        sheets.append(sh)
    return _layout(
        "library_personal_sheets", "http://newlibrary.jzxy.edu.cn/jwzc/content_82633.html",
        "理工学院 图书馆 岗位廉政风险自查表, one per sheet, after the source's 图书馆采购风险防控制度 of a 学院 (采购立项 by "
        "the 馆务会, 资源建设部's 建设方案, a 三人以上 项目组 for the 技术参数, 初验小组, 实洋 结算 signed by 经手人/验收人/"
        "馆长): the title names the 学院 and its 图书馆; under it a LABEL ROW ``姓名 | 部门 | 岗位 | 填表日期`` over a VALUE "
        "row (``马晓川 | 图书馆 | 馆长 | 2024年10月``); 序号/风险点/风险类型/风险等级 高/中/低/防控措施; 本人签字/部门负责人签字 "
        "line. Tabs by post: ``馆长``, ``资源建设部主任``, ``采访馆员``",
        sheets, t,
    )  # fmt: skip


def expressway_subtotals() -> dict:
    unit = "XX高速公路集团有限公司东区营运分公司"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    r = sh.add(f"填报单位:{unit}", None, None, None, "填报时间:2023年9月", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("东城收费站", 2, [
            ("站长", "殷建军", "绿色通道车辆查验把关不严,为关系车辆违规免费放行", "岗位职责", "高",
             "绿通车辆查验拍照上传,站长每日复核查验记录。"),
            ("站长", "殷建军", "特情处置记录弄虚作假", "业务流程", "中", "特情处置全程录像,分公司稽查抽查。"),
            ("收费员", "温晓燕", "私放车辆、截留通行费", "思想道德", "高", "收费亭全程监控,通行费电子支付为主。"),
        ]),
        ("第一养护工区", 2, [
            ("工区主任", "覃志勇", "日常养护工程量计量不实,虚增养护费用", "岗位职责", "高",
             "养护计量由工区、分公司工程部联合确认。"),
            ("材料员", "龙丽", "沥青、融雪剂等物资出入库不实", "制度机制", "中", "物资出入库扫码登记,季度盘点。"),
        ]),
        ("服务区管理部", 1, [
            ("经理", "柯国华", "服务区商铺招租不公开,违规减免租金", "制度机制", "高",
             "商铺招租进入产权交易平台,租金减免报分公司审批。"),
            ("经理", "柯国华", "经营户考核打分优亲厚友", "岗位职责", "低", "考核细则公开,考核结果公示。"),
        ]),
        ("机电信息部", 1, [
            ("工程师", "黎斌", "机电设备维护外包验收走过场", "业务流程", "中", "外包验收两人以上参加,验收单归档。"),
        ]),
    ]  # fmt: skip
    tiers = {"站长": "middle", "工区主任": "middle", "经理": "middle"}
    n = 0
    for dept, nposts, rows in groups:
        first = len(sh.rows)
        for post, who, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ),
                    HML[lv])  # fmt: skip
        per_person = lambda row: row[1:4]  # noqa: E731
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
        r = sh.add("小计", None, f"{nposts}个岗位", None, f"{len(rows)}个风险点", None, None, None)
        sh.merge(r, 0, r, 1)
    r = sh.add("合计", None, "6个岗位", None, f"{n}个风险点", None, None, None)
    sh.merge(r, 0, r, 1)
    sh.add("分公司负责人:", None, None, "填表人:", None, "联系电话:", None, None)
    return _layout(
        "expressway_subtotals", "http://m.knowourkids.com/n2/2023/0915/c367647-40572627.html",
        "高速公路集团 东区营运分公司 岗位廉洁风险防控一览表 after the source's account of a 高速集团's ``一路清廉·一路平安`` "
        "(服务区 清廉文化广场, 工程项目 质量、安全、工期 廉洁风险点, 大宗物资集中采购): 填报单位/填报时间 line; 序号/部门 "
        "merged (东城收费站, 第一养护工区, 服务区管理部, 机电信息部)/岗位 and 姓名 merged per person/风险点/风险类型 (types "
        "without 风险)/风险等级 高/中/低/防控措施; a ``小计 | | N个岗位 | | N个风险点`` row after each 部门 and a ``合计`` "
        "row; 分公司负责人/填表人/联系电话 line",
        [sh], t,
    )  # fmt: skip


def blood_station_dept_heads() -> dict:
    unit = "XX市中心血站"
    sh = _Sheet("科室风险", [10, 36, 12, 9, 36, 9, 9])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}科室廉洁风险防控一览表", 7)
    sh.add("科室", "风险点", "风险类别", "风险等级", "防控措施", "科室负责人", "分管领导")
    rows = [
        ("体采科", "献血纪念品采购以次充好、虚报数量", "岗位职责风险", "中风险",
         "纪念品按政府采购程序采购,入库三人验收。", "邱慧敏", "石建国"),
        ("体采科", "街头采血点设置收受场地方好处", "外部环境风险", "低风险",
         "采血点设置经站务会研究,场地协议公开。", "邱慧敏", "石建国"),
        ("供血科", "血液发放不按临床申请顺序,向特定医院倾斜", "制度机制风险", "中风险",
         "血液发放按系统申请顺序自动排序,调剂须经分管领导批准。", "黎志华", "石建国"),
        ("检验科", "检测试剂采购指定品牌,收受供应商回扣", "外部环境风险", "高风险",
         "试剂采购进入省级集中采购平台,供应商廉洁承诺。", "韦晓光", "唐秀英"),
        ("检验科", "篡改检测结果,放行不合格血液", "岗位职责风险", "高风险",
         "检测结果系统自动判读,人工修改须双人审核留痕。", "韦晓光", "唐秀英"),
        ("质量管理科", "质量体系内审走过场,隐瞒不合格项", "制度机制风险", "低风险",
         "内审报告报站务会,不合格项限期整改销号。", "孟凡", "唐秀英"),
        ("办公室", "采血车、送血车维修加油虚报费用", "业务流程风险", "中风险",
         "车辆定点维修,加油卡一车一卡、每月公示。", "窦红", "卜永强"),
    ]  # fmt: skip
    first = len(sh.rows)
    for dept, point, typ, lv, measures, head, leader in rows:
        sh.add(dept, point, typ, lv, measures, head, leader)
        t.point(sh.name, dept, "", head, "middle", point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (5, lambda row: (row[0], row[5])),
                            (6, lambda row: row[6])])  # fmt: skip
    sh.add()
    sh.add("站长:", None, "纪检员:", None, "填报日期:2024年4月", None, None)
    return _layout(
        "blood_station_dept_heads", "https://www.csbt.org.cn/plus/view.php?aid=113098",
        "市中心血站 科室廉洁风险防控一览表 after the source's account of a 市中心血站's 党风廉政建设工作会 (党总支 with the "
        "各科室负责人, 三重一大 决策制度, 党风廉政建设目标责任书 signed with each 科室负责人, 清廉血站, 血液采供): ``附件`` "
        "above the title; NO 序号 — 科室 merged (体采科, 供血科, 检验科, 质量管理科, 办公室)/风险点/风险类别 (``…风险``)/"
        "风险等级 written ``高风险/中风险/低风险``/防控措施/``科室负责人`` (names, merged per 科室: the holder)/``分管领导`` "
        "(names merged over the two 科室 each 副站长 oversees; the 站长 over 办公室); 站长/纪检员/填报日期 line; re-saved "
        "as .xls and .ods",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    guarantee_traffic_lights(),
    bus_branch_three_tiers(),
    herb_institute_tick_levels(),
    water_company_dept_tabs(),
    museum_posts_stars(),
    airport_municipal_sections(),
    library_personal_sheets(),
    expressway_subtotals(),
    blood_station_dept_heads(),
]

RESAVED = (
    "herb_institute_tick_levels",
    "water_company_dept_tabs",
    "blood_station_dept_heads",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b56_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch56-inbox"))

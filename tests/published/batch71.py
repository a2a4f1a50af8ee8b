"""A seventy-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: STATE-OWNED ENTERPRISES AND FINANCIAL AND UTILITY BODIES
as their files come back — a 农村信用合作联社's 信用社, a 农商银行's 支行, a 市公共交通公司, a 县天然气
公司, a 区国有资产经营公司, a 县城市排水公司 and a 县融资担保公司 — handing back their 岗位廉洁风险
防控清单 / 排查表 / 自查表 the ordinary way of their sector, and two of them SEVERAL FILES FOR ONE
UNIT (the 信用社 its post list and its staff's 自查表; the 公交公司 its 车队 排查表 and its 机务管理部's
own 汇总表):

- a 信用社 清单 对岗不对人: 岗位 and 岗位职责 merged per post (主任 审批岗, 副主任 审查岗, 信贷员 调查岗,
  会计主管, 综合柜员), levels ``一级/二级/三级`` and a 注 saying 一级 is the highest;
- the same 信用社's 自查表, one sheet per person (tab = the holder), ``姓名 | … | 岗位 | … | 所在网点 |
  …`` pairs above, a short 风险点 beside a long 具体表现, a trailing ``自查情况`` (``未发现`` /
  ``已整改``), and a third tab ``填表说明`` of lines only;
- a 公交公司 基层关键岗位 排查表: 部门 merged (第一车队, 第二车队, 保卫部, 票务中心), 岗位/姓名 merged per
  person, 风险类别 short names, 高/中/低, an ``编制:运营管理部`` sign-off;
- the same 公交公司's 机务管理部 汇总表: the 部门 named only in the title after the unit, the 责任人
  written again on every row, the level column headed ``风险程度``, a ``备注`` of ``新增``;
- a 天然气公司 一览表: 部门 merged, 岗位/责任人 merged per person, a short 风险点 beside a long
  风险描述, ``…风险`` types, levels ``重大/较大/一般`` defined by a 注 as three grades;
- a 国有资产经营公司 清单 cut by group rows ``一、资产管理部`` …, the 序号 running through, levels
  ``★★★/★★/★`` with a 说明, a trailing 责任人;
- a 排水公司 排查表: 部门 merged (污水处理厂, 管网维护部), 岗位/姓名 merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  trailing ``检查方式 | 检查频次`` (``数据比对``, ``每日``);
- a 融资担保公司 排查表, one sheet per 部门 (tab = the 部门, no 部门 in the table), 岗位/姓名 merged,
  short types, 高/中/低.

One is harder:

- ``bank_branch_ab_roles``: a 农商银行 支行's 岗位廉洁风险防控表 whose holders stand under a
  two-row heading ``岗位人员`` over ``A角 | B角`` — two named holders per post (the 支行行长's B角
  ``/``), both merged over the post's rows, and a 说明 under the table that the B角 bears the same
  防控责任: each of the two is a holder of every point of the post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 信用社's 审贷分离 and 分级审批 with
its 信贷员, 主任 and 审贷小组; a 信用联社's 信贷管理基本制度 with 调查岗, 审查岗 and 管户信贷员; a 农商银行's
员工行为管理 and 排查机制; a 公交公司's 车队, 调度 and 维修; a 公交集团's 机务管理部 checking its
营运分公司; a 国有燃气企业's 党风廉政 and 中层干部; a 国资集团's 资产招商 专项监督; a 水务公司's 污水处理厂
with its 在线监测 and 污泥处置; a 担保公司's 风险控制部 and 项目调查) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented.

Run ``python tests/published/score.py --set batch71`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b71_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- two files of one unit are two files: each is scored on its own forms, the same unit in both;
- an ``A角 | B角`` pair under ``岗位人员`` names two holders of the post; ``/`` names none;
- ``重大/较大/一般`` defined by the 注 as the three grades are 1/2/3 (``一般`` is the lowest here);
- ``★★★/★★/★`` are 1/2/3; ``Ⅰ级/Ⅱ级/Ⅲ级`` and ``一级/二级/三级`` are 1/2/3;
- a 信用社 (or a 支行) is the unit itself: its 主任/副主任 (行长) are leaders, no 部门; its 网点 named
  in ``所在网点`` is the unit, not a 部门;
- ``自查情况``, ``具体表现``, ``风险描述``, ``检查方式``, ``检查频次``, ``备注`` and ``岗位职责`` are no
  points, no types and no holders; ``编制:运营管理部`` names no 部门 of the rows;
- a title ``<unit>机务管理部…`` names the unit and, after it, the 部门 of every row.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b71_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GRAVITY = {"重大": 1, "较大": 2, "一般": 3}
NOBODY_MARK = "/"

RCC = "XX县农村信用合作联社河西信用社"
BUS = "XX市公共交通有限责任公司"


# --------------------------------------------------------------------------- harder layout


def bank_branch_ab_roles() -> dict:
    unit = "XX农商银行城西支行"
    sh = _Sheet("城西支行", [6, 12, 9, 9, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控表", 7)
    top = sh.add("序号", "岗位", "岗位人员", None, "风险点", "风险等级", "防控措施")
    sh.add(None, None, "A角", "B角", None, None, None)
    sh.merge(top, 2, top, 3)
    for c in (0, 1, 4, 5, 6):
        sh.merge(top, c, top + 1, c)
    posts = [
        ("支行行长", "骆志刚", NOBODY_MARK, "leader", [
            ("违规审批授信,干预客户经理调查结论", "高", "授信业务一律上报总行审批,行长不参与调查环节。"),
            ("员工异常行为排查流于形式", "中", "每季度排查员工账户资金往来,排查结果报总行合规部。"),
        ]),
        ("客户经理", "晏鹏", "詹雨桐", "general", [
            ("贷款营销中收受客户好处费、咨询费", "高", "贷款客户回访全覆盖,设立行风评议箱。"),
            ("与贷款中介串通包装客户资料", "高", "贷款资料交叉核验,与中介往来纳入员工行为监测。"),
        ]),
        ("营业主管", "甘丽萍", "邬晓东", "middle", [
            ("柜面业务授权把关不严", "中", "大额业务远程授权,授权记录每日核查。"),
        ]),
        ("综合柜员", "柏宁", "祁芳", "general", [
            ("代客户保管银行卡、密码或代签字", "低", "严禁代保管,柜面监控每日抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, a, b, tier, points in posts:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, a, b, point, lv, measures)
            for who in (a, b):
                if who != NOBODY_MARK:
                    t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_post = lambda row: row[1]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post), (3, per_post)])
    _line(
        sh,
        "说明:A角为岗位主要责任人,B角为岗位替补责任人,B角顶岗期间承担同等廉洁风险防控责任。",
        7,
    )
    sh.add()
    sh.add("支行行长:", None, "纪检监督员:", None, None, "2025年1月", None)
    return _layout(
        "bank_branch_ab_roles",
        "https://szb.farmer.com.cn/xhb/zgncxyhzb/html/2025/20250415/20250415_11/"
        "zgncxyhzb_20250415_00000_11_01.html",
        "(harder) 农商银行 支行 岗位廉洁风险防控表 after the source's account of a 农商银行's 员工行为管理 (员工行为"
        "管理办法, 排查机制, 员工异常行为, 业务与合规联动): a TWO-ROW heading — 序号/岗位/风险点/风险等级/防控措施 "
        "merged down, ``岗位人员`` merged over ``A角 | B角`` — the post's two holders side by side, both merged over the "
        "post's rows (the 支行行长's B角 ``/``); 高/中/低; a 说明 line ``A角为岗位主要责任人,B角为岗位替补责任人,B角顶岗"
        "期间承担同等廉洁风险防控责任。``; 支行行长/纪检监督员/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def rcc_post_list() -> dict:
    sh = _Sheet("清单", [6, 14, 24, 36, 8, 36])
    t = _Truth(RCC)
    sh.add("附件1")
    _line(sh, f"{RCC}岗位廉洁风险防控清单", 6)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险等级", "防控措施")
    posts = [
        ("主任", "负责全社经营管理,在授权范围内审批贷款", "leader", [
            ("超越审批权限发放贷款,或化整为零规避贷审小组审议", "一级",
             "严格执行分级审批,超权限贷款报联社审批,贷审小组集体审议留存记录。"),
            ("干预信贷员调查结论,为亲友、关系人发放贷款", "一级", "关系人贷款实行回避,联社每季度抽查。"),
        ]),
        ("分管信贷副主任", "负责贷款审查,担任贷审小组副组长", "leader", [
            ("贷款审查流于形式,对保证人资格、抵押物价值把关不严", "二级", "审查意见逐项签注,抵押物实行第三方评估。"),
        ]),
        ("信贷员", "负责贷前调查、贷后检查和贷款清收", "general", [
            ("贷前调查不实,虚报借款人经营和收入情况", "一级", "调查实行双人实地走访,影像资料上传系统。"),
            ("冒名贷款、借名贷款,或以贷收息", "一级", "放款前电话核实借款人本人,联社稽核定期排查。"),
            ("贷后检查不到位,贷款被挪作他用未及时发现", "二级", "按季开展贷后检查,检查报告由副主任审核。"),
        ]),
        ("会计主管", "负责会计核算、业务授权和重要物品管理", "middle", [
            ("重要空白凭证和业务印章保管不严,一人掌管多把钥匙", "二级", "重要物品分人保管、交接登记,每月查库。"),
        ]),
        ("综合柜员", "办理存取款、结算等柜面业务", "general", [
            ("违规为客户代办大额现金支取,或代客户保管存折、密码", "三级", "大额支取核实本人身份,严禁代保管。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, duty, tier, points in posts:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, duty, point, lv, measures)
            t.point(sh.name, "", post, "", tier, point, [], ORDINAL[lv])
    per_post = lambda row: row[1]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    _line(sh, "注:风险等级分为一级、二级、三级,一级为最高。", 6)
    sh.add()
    sh.add("信用社主任(签字):", None, None, "填报日期:2024年10月", None, None)
    return _layout(
        "rcc_post_list", "http://ingsd.com/news/baoliao/2015-09-05/14567_3.html",
        "农村信用合作联社 信用社 岗位廉洁风险防控清单 对岗不对人 after the source's account of a 信用社's 贷时审查 (审贷"
        "分离, 分级审批: 信贷员, 信用社主任, 副主任, 审贷小组 and 联社): ``附件1``, the title naming the 信用社 under its "
        "联社; 序号/岗位 and 岗位职责 merged per post (主任, 分管信贷副主任, 信贷员 over three rows, 会计主管, 综合柜员)/"
        "风险点/风险等级 ``一级/二级/三级``/防控措施; a 注 ``一级为最高``; 信用社主任(签字)/填报日期 line; no names",
        [sh], t,
    )  # fmt: skip


def rcc_staff_selfchecks() -> dict:
    t = _Truth(RCC)
    people = [
        ("韦德明", "信贷员", "general", [
            ("贷前调查不尽职", "未实地走访借款人,调查报告照抄申请资料,虚增经营收入", "一级",
             "坚持双人实地调查,调查影像上传系统。", "未发现"),
            ("收受客户好处", "接受借款人宴请、礼品,或以介绍费名义收取好处", "一级",
             "签订廉洁从业承诺书,贷款客户回访。", "未发现"),
            ("贷后管理不到位", "未按期开展贷后检查,对贷款挪用不报告", "二级",
             "按季贷后检查,检查报告主任审签。", "已整改"),
        ]),
        ("古晓丽", "会计主管", "middle", [
            ("授权把关不严", "对柜员超权限业务未经核实即授权", "二级", "授权前核实原始凭证,授权日志每日核对。",
             "未发现"),
            ("重要物品管理不严", "重要空白凭证、印章、钥匙未分人保管", "二级", "重要物品分人保管、交接登记。",
             "未发现"),
            ("查库流于形式", "未按规定查库,账实不符未上报", "三级", "每月不定期查库,结果报联社会计部。",
             "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 18, 34, 8, 32, 10])
        _line(sh, f"{RCC}岗位廉洁风险自查表", 6)
        sh.add("姓名", who, "岗位", post, "所在网点", "河西信用社")
        sh.add("序号", "风险点", "具体表现", "风险等级", "防控措施", "自查情况")
        for n, (point, shows, lv, measures, found) in enumerate(points, 1):
            sh.add(n, point, shows, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ORDINAL[lv])
        sh.add()
        sh.add("自查人签字:", None, "信用社主任审核:", None, "2024年10月", None)
        sheets.append(sh)
    note = _Sheet("填表说明", [80])
    for line in (
        "填表说明",
        "1.风险点填写本人岗位存在的廉洁风险,具体表现写明风险的表现形式;",
        "2.风险等级分为一级、二级、三级,一级为最高;",
        "3.自查情况填写“未发现”或已整改的情况。",
    ):
        note.add(line)
    sheets.append(note)
    return _layout(
        "rcc_staff_selfchecks", "https://m.wenkunet.com/p-5762526.html",
        "the same 信用社's 岗位廉洁风险自查表, one sheet per person (tabs 韦德明, 古晓丽) after the source's 农村信用合作联社 "
        "信贷管理基本制度 (审贷分离, 信贷业务调查岗 and 审查岗, 管户信贷员, 主任 as 审批岗, 贷审小组): the title naming the "
        "信用社; ONE row of pairs ``姓名 | 韦德明 | 岗位 | 信贷员 | 所在网点 | 河西信用社``; 序号/short 风险点/long 具体表现/"
        "风险等级 ``一级/二级/三级``/防控措施/a trailing ``自查情况`` (``未发现``, ``已整改``); 自查人签字/信用社主任审核/"
        "date line; a third tab ``填表说明`` of four lines, no table",
        sheets, t,
    )  # fmt: skip


def bus_fleet_posts() -> dict:
    sh = _Sheet("Sheet1", [6, 10, 10, 9, 36, 10, 8, 34])
    t = _Truth(BUS)
    _line(sh, f"{BUS}基层关键岗位廉洁风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("第一车队", "车队长", "鲍志强", "排班派车中优亲厚友,收受驾驶员好处安排线路和班次", "岗位职责", "中",
         "排班由调度系统生成,每月在车队公示。"),
        ("第一车队", "车队长", "鲍志强", "处理驾驶员事故、投诉时降格处理,收受好处", "思想道德", "高",
         "事故、投诉处理结果报安全部复核。"),
        ("第一车队", "安全员", "蔺海军", "安全检查走过场,为驾驶员隐瞒违章记录", "岗位职责", "中",
         "违章记录由车载监控自动抓取,安全部抽查。"),
        ("第二车队", "车队长", "庞立新", "驾驶员绩效考核打分不公", "制度机制", "中", "考核细则公开,得分在车队公示。"),
        ("第二车队", "车队长", "庞立新", "车辆充电、加油费用核销不实", "业务流程", "低", "充电、加油数据与营运里程比对。"),
        ("保卫部", "保安队长", "解文斌", "场站车辆、废旧物资出入放行把关不严", "外部环境", "高",
         "出门凭证双人核对,出入监控留存九十天。"),
        ("票务中心", "点钞员", "滕雪梅", "票款清点中私自截留零钞", "思想道德", "中", "点钞全程监控,两人同时作业。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"车队长": "middle"}
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("编制:运营管理部", None, None, None, "审核:", None, "2024年11月", None)
    return _layout(
        "bus_fleet_posts", "https://m.gzjll.com/3/4465571.html",
        "市公共交通有限责任公司 基层关键岗位廉洁风险点排查表 after the source's account of a 国有公交公司 (车队, 调度, "
        "维修, 合同制员工, 智能调度): 序号/部门 merged (第一车队, 第二车队, 保卫部, 票务中心)/岗位 and 姓名 merged per "
        "person (the 车队长s over two rows)/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; ``编制:运营管理部`` "
        "/审核/date line",
        [sh], t,
    )  # fmt: skip


def bus_maintenance_dept() -> dict:
    dept = "机务管理部"
    sh = _Sheet("汇总表", [6, 14, 9, 36, 9, 34, 8])
    t = _Truth(BUS)
    _line(sh, f"{BUS}{dept}岗位廉洁风险自查汇总表", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险程度", "防控措施", "备注")
    rows = [
        ("部长", "房建业", "外修厂家选定不公开,指定关系单位承修", "高", "外修厂家公开比选,每年重新评定。", None),
        ("部长", "房建业", "车辆报废技术鉴定把关不严", "中", "报废鉴定三人以上参加,结果公示。", "新增"),
        ("配件采购员", "尹振", "配件采购不比价,收受供应商回扣", "高", "配件集中采购,询价不少于三家。", None),
        ("配件采购员", "尹振", "虚报采购数量,以次充好", "中", "到货验收由仓库、车间共同签字。", None),
        ("仓库保管员", "寇丽娜", "配件出入库不登记,以旧充新", "中", "出入库扫码登记,旧件回收核销。", None),
        ("维修车间主任", "黎国庆", "虚报维修工时和材料", "中", "维修工单系统派发,工时定额管理。", None),
        ("维修车间主任", "黎国庆", "外修车辆结算审核不严", "低", "外修结算经部长、财务两级审核。", "新增"),
    ]  # fmt: skip
    tiers = {"部长": "middle", "维修车间主任": "middle"}
    for n, (post, who, point, lv, measures, remark) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, remark)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    sh.add()
    sh.add("部门负责人(签字):", None, None, "填报日期:2024年11月", None, None, None)
    return _layout(
        "bus_maintenance_dept", "http://www.ksbus.com.cn/news_detail_5620.htm",
        "the same 公交公司's SECOND file, from its 机务管理部, after the source's account of a 公交集团's 机务管理部 checking "
        "its 营运分公司 (车容车况, 车辆技术状况, 机务检查小组): the 部门 named only in the title after the unit "
        "(``…公共交通有限责任公司机务管理部岗位廉洁风险自查汇总表``); 序号/岗位/责任人 written again on every row (not "
        "merged)/风险点/level headed ``风险程度`` 高/中/低/防控措施/``备注`` (``新增`` on two rows); 部门负责人(签字)/"
        "填报日期 line",
        [sh], t,
    )  # fmt: skip


def gas_company_posts() -> dict:
    unit = "XX县天然气有限责任公司"
    sh = _Sheet("一览表", [6, 10, 10, 9, 12, 32, 12, 7, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("工程部", "经理", "祁振宇", "工程分包", "将庭院管网、户内安装工程指定分包给关系单位",
         "岗位职责风险", "重大", "分包单位从合格名录中比选,结果经理办公会审定。"),
        ("工程部", "经理", "祁振宇", "工程量签证", "隐蔽工程签证不实,虚增管道敷设长度",
         "业务流程风险", "较大", "隐蔽工程拍照留档,监理、跟踪审计共同签证。"),
        ("工程部", "现场代表", "鞠海", "材料验收", "默许施工单位使用不合格管材、阀门",
         "思想道德风险", "较大", "进场材料见证取样,不合格材料清退登记。"),
        ("客户服务部", "安检员", "阙秀兰", "入户安检", "安检中推销指定厂家报警器、软管,收取回扣",
         "外部环境风险", "较大", "安检不得推销产品,用户回访并公布监督电话。"),
        ("客户服务部", "安检员", "阙秀兰", "隐患处置", "对私自改管用户收受好处后不上报",
         "思想道德风险", "一般", "隐患录入系统闭环管理,班长抽查复核。"),
        ("客户服务部", "收费员", "仲晓燕", "气费收缴", "现金气费不及时入账,截留挪用",
         "制度机制风险", "较大", "推行线上缴费,现金日清日结。"),
        ("客户服务部", "收费员", "仲晓燕", "开户收费", "违规减免开户费、接驳费",
         "岗位职责风险", "一般", "收费标准公示,减免须经分管领导审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"经理": "middle"}
    for n, (dept, post, who, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ),
                GRAVITY[lv])  # fmt: skip
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(
        sh,
        "注:1.风险等级按发生概率和危害程度分为重大、较大、一般三级;2.风险类型按思想道德、制度机制、岗位职责、"
        "业务流程、外部环境填写。",
        9,
    )
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2025年2月", None, None)
    return _layout(
        "gas_company_posts", "https://fx361.com/page/2022/0608/10731112.shtml",
        "县天然气有限责任公司 岗位廉洁风险防控一览表 after the source's account of 国有燃气企业 党风廉政建设 (责任清单, "
        "中层干部, 廉洁风险防控机制): 序号/部门 merged (工程部, 客户服务部)/岗位 and 责任人 merged per person/a short "
        "风险点 beside a long 风险描述/风险类型 ``…风险``/风险等级 ``重大/较大/一般``/防控措施; a 注 defining the three "
        "grades 重大、较大、一般 and the five types; 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def asset_company_groups() -> dict:
    unit = "XX区国有资产经营有限公司"
    sh = _Sheet("清单", [6, 12, 38, 9, 36, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险等级", "防控措施", "责任人")
    groups = [
        ("一、资产管理部", [
            ("部长", "邹启明", "middle", "经营性资产出租未进公开平台招租,协议出租给关系人", "★★★",
             "资产出租一律进入产权交易平台公开招租。"),
            ("资产管理员", "容晓", "general", "资产台账登记不全,闲置资产不入账", "★★", "每半年清查资产,账实核对。"),
        ]),
        ("二、招商运营部", [
            ("招商专员", "聂文涛", "general", "招商中承诺超标准减免租金、延长免租期", "★★★",
             "减免租金经总经理办公会研究,结果公示。"),
            ("招商专员", "聂文涛", "general", "对承租人违规转租、改变用途不制止", "★★", "每季度巡查租赁资产,建立巡查台账。"),
        ]),
        ("三、财务部", [
            ("出纳", "苗淑芬", "general", "租金收取不开票、不及时入账", "★★", "租金统一对公收取,每月对账。"),
            ("会计", "凤建", "general", "租金减免核销依据不足", "★", "核销凭审批文件和合同补充协议。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, rows in groups:
        _line(sh, caption, 6)
        dept = caption.split("、", 1)[1]
        first = len(sh.rows)
        for post, who, tier, point, lv, measures in rows:
            n += 1
            sh.add(n, post, point, lv, measures, who)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _merge_down(sh, first, [(1, lambda row: row[1]), (5, lambda row: (row[1], row[5]))])
    _line(sh, "说明:风险等级中★★★为高风险,★★为中风险,★为低风险。", 6)
    sh.add()
    sh.add("公司纪检委员:", None, None, "编制日期:2024年12月", None, None)
    return _layout(
        "asset_company_groups", "https://www.cdrb.com.cn/epaper/cdrbpc/202312/11/c124830.html",
        "区国有资产经营有限公司 廉洁风险防控清单 after the source's account of a 国资集团's 资产招商 专项监督 (资产招商, "
        "二级公司, 审计监察法务部, 纪律检查室): group rows ``一、资产管理部``, ``二、招商运营部``, ``三、财务部`` merged "
        "across, the 序号 running through them; 序号/岗位 merged per post/风险点/风险等级 ``★★★/★★/★``/防控措施/a "
        "trailing 责任人 merged per person; a 说明 defining the stars; 纪检委员/编制日期 line",
        [sh], t,
    )  # fmt: skip


def drainage_company_checks() -> dict:
    unit = "XX县城市排水有限公司"
    sh = _Sheet("排查表", [6, 11, 12, 9, 34, 7, 32, 10, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施", "检查方式", "检查频次")
    rows = [
        ("污水处理厂", "厂长", "宁国栋", "在线监测数据弄虚作假,人为干扰监测设备", "Ⅰ级",
         "在线数据与化验室数据每日比对,异常即时上报。", "数据比对", "每日"),
        ("污水处理厂", "厂长", "宁国栋", "污泥处置单位选择不公开,处置量虚报", "Ⅰ级",
         "污泥处置单位公开比选,转运联单逐车核对。", "合同审查", "每季度"),
        ("污水处理厂", "化验员", "盛婷", "化验数据篡改、编造", "Ⅱ级", "留样复检,原始记录不得涂改。", "抽样复检", "每月"),
        ("污水处理厂", "中控室值班员", "柯永胜", "药剂投加记录不实,药剂虚领", "Ⅲ级", "药剂领用与投加台账核对。",
         "台账核对", "每月"),
        ("管网维护部", "部长", "巫建设", "管网维修工程虚报工程量", "Ⅱ级", "维修前后影像留档,工程量现场复核。", "现场抽查",
         "每季度"),
        ("管网维护部", "部长", "巫建设", "排水接驳审批中吃拿卡要", "Ⅱ级", "接驳办理时限和收费标准公示。", "回访",
         "每半年"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"厂长": "middle", "部长": "middle"}
    for n, (dept, post, who, point, lv, measures, how, often) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, how, often)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("公司纪检监督员:", None, None, None, "填表日期:2025年3月", None, None, None, None)
    return _layout(
        "drainage_company_checks", "http://6-show.cn/news/subsidiary/3514.html",
        "县城市排水有限公司 岗位廉洁风险排查表 after the source's account of a 水务公司's 污水处理厂 under inspection "
        "(在线监测设备, 在线监测数据, 出水水质, 污泥处置, 入河排污口): 序号/部门 merged (污水处理厂, 管网维护部)/岗位 and "
        "姓名 merged per person/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/trailing ``检查方式`` (``数据比对``, ``回访``) "
        "and ``检查频次`` (``每日``, ``每季度``); 纪检监督员/填表日期 line",
        [sh], t,
    )  # fmt: skip


def guarantee_company_tabs() -> dict:
    unit = "XX县中小企业融资担保有限公司"
    t = _Truth(unit)
    depts = [
        ("业务部", [
            ("部门经理", "钮建平", "middle", "项目推荐中打招呼、说情", "外部环境", "中",
             "项目来源登记,推荐人说情记录在案。"),
            ("项目经理", "缪志远", "general", "尽职调查不实,为不符合条件的企业提供担保", "岗位职责", "高",
             "实行AB角双人调查,实地核查原始凭证。"),
            ("项目经理", "缪志远", "general", "收受企业好处费、顾问费", "思想道德", "高", "客户回访,签订廉洁承诺。"),
        ]),
        ("风险控制部", [
            ("评审专员", "包文静", "general", "评审意见受人情干扰,降低反担保要求", "制度机制", "高",
             "评审会集体表决,评审意见书面留存。"),
            ("评审专员", "包文静", "general", "反担保物价值评估不实", "业务流程", "中", "反担保物委托第三方评估。"),
        ]),
        ("综合部", [
            ("出纳", "计春燕", "general", "担保费收取不入账", "制度机制", "中", "担保费对公收取,每月对账。"),
            ("出纳", "计春燕", "general", "保证金退还审核不严", "业务流程", "低", "保证金退还经业务、风控、财务三方签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, rows in depts:
        sh = _Sheet(dept, [6, 10, 9, 36, 10, 8, 34])
        _line(sh, f"{unit}岗位廉洁风险排查表", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add()
        sh.add("部门负责人:", None, None, "填报日期:2025年4月", None, None, None)
        sheets.append(sh)
    return _layout(
        "guarantee_company_tabs", "https://m.777doc.com/doc-7097014.html",
        "县中小企业融资担保有限公司 岗位廉洁风险排查表 after the source's account of a 担保公司's 内部管理制度 and 风险控制部 "
        "(项目调查岗, 合法性审查, 反担保措施, 风险评估, 保后催缴): ONE SHEET PER 部门 (tabs 业务部, 风险控制部, 综合部), "
        "each with the same title and NO 部门 in the table; 序号/岗位 and 姓名 merged per person/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; 部门负责人/填报日期 line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bank_branch_ab_roles(),
    rcc_post_list(),
    rcc_staff_selfchecks(),
    bus_fleet_posts(),
    bus_maintenance_dept(),
    gas_company_posts(),
    asset_company_groups(),
    drainage_company_checks(),
    guarantee_company_tabs(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch71-inbox"))

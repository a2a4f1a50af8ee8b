"""An eightieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES THAT EARLIER
BATCHES HARDLY USED — a 县消防救援大队, a 县看守所, a 县种子管理站, a 县非税收入管理局, a 县邮政
分公司, a 县体育中心, a 县法律援助中心, a 县青少年宫 and a 县财政国库集中支付中心 — each handing
back its ordinary 一览表, 排查表 or personal 登记表/自查表 the way its staff typed it, and five of
them also kept as LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b80_<name>.xls``/``.ods``,
see make_resaved.py):

- a 消防救援大队 一览表 (re-saved) whose ``消防救援衔`` column (``三级指挥长``, ``一级指挥员``…,
  words ending in 长/员 like posts) stands between ``姓名`` and the point; its two 消防救援站 are
  部门 of the 大队;
- a 看守所's 民警 自查表 one per sheet (tab = the holder): the holder block ``姓名 | … | 警号 |
  061523 | 职务 | 管教民警`` over ``所在部门 | 管教中队 | 警衔 | 一级警司 | 填表时间 | …``; a
  trailing ``自查情况`` column;
- a 种子管理站 排查表 对岗不对人 (re-saved) with no 科室 column at all (a small 站), a long
  ``岗位职责`` beside each post;
- a 非税收入管理局 一览表 (re-saved) with a ``人员类别`` column (``公务员``, ``事业编制``, ``编外
  聘用``) beside ``姓名``; levels 一级/二级/三级;
- a 县邮政分公司 排查表 (re-saved) with a ``工号`` column of numbers (``30215``) between ``岗位``
  and ``姓名``; its 支局 and 部 as 部门; no type column;
- a 体育中心 清单 with a two-row header, ``防控措施`` merged over ``制度防控 | 监督防控 | 教育防控``;
- a 法律援助中心's 登记表 one per sheet (re-saved) whose holder block carries real dates
  (``出生年月``, ``参加工作时间``) beside the name and post;
- a 青少年宫 一览表 with TWO ``序号`` columns: one per post (``一``, ``二``…) merged down, one per
  point (``1``, ``2``… restarting under each post).

One is harder:

- ``treasury_center_level_groups``: a 国库集中支付中心's 一览表 sorted by level — no level column,
  the level given by group rows ``一、Ⅰ级风险点（高风险）`` … ``三、Ⅲ级风险点（低风险）`` — so that one
  holder's points lie apart, under two or three groups, his 科室/岗位/姓名 typed again each time.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 消防救援站's 廉政警示 before a
holiday; a 检察院's check of a 看守所's 值班日志, 出入所 and 监区; a 县种子管理站's 市场检查, 种子检验
and 备案; a 非税收入 票据's 领购、发放、核销; a 县邮政局's 分拣 and 投递; a city's count of its 体育
场馆 let out and their 免费低收费开放 money; a 县法律援助中心 and its 工作站; a 青少年宫 living on
铺面出租 and 培训收费; a 国库集中支付's 支付审核, 清算, 动态监控, 印章使用、票据开具) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented.

Run ``python tests/published/score.py --set batch80`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``消防救援衔`` (``三级指挥长``), a ``警衔`` (``一级警司``), a ``人员类别`` (``编外聘用``) and a
  ``工号`` (``30215``) say who the holder is, not which post: the post is the ``岗位``/``职务``;
- a 消防救援大队's 消防救援站 is a 部门 of the 大队 (as a 乡镇's 站/所 is a 科室 of the 乡镇);
- a list with no 科室 column gives its posts no 科室 (department "");
- the 看守所's 自查情况 (``未发现问题``, ``已整改``) is no part of the point;
- a group row ``一、Ⅰ级风险点（高风险）`` gives the level of the rows under it up to the next group
  row; one holder's rows under several groups make one form.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, real dates), copies the re-saved copies ``resaved/b80_<name>.*`` and writes
``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b80_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GROUPS = {"一、Ⅰ级风险点（高风险）": 1, "二、Ⅱ级风险点（中风险）": 2, "三、Ⅲ级风险点（低风险）": 3}
CHINESE = "一二三四五六七八九十"


# --------------------------------------------------------------------------- harder layout


def treasury_center_level_groups() -> dict:
    unit = "XX县财政国库集中支付中心"
    sh = _Sheet("一览表", [6, 12, 12, 9, 36, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "防控措施")
    gong = ("支付审核科", "科长", "龚振宇", "middle")
    ruan = ("支付审核科", "审核员", "阮晓丽", "general")
    ji = ("清算科", "清算员", "计海燕", "general")
    qu = ("综合科", "印鉴管理员", "瞿永康", "general")
    groups = [
        ("一、Ⅰ级风险点（高风险）", [
            (gong, "对不符合预算指标和用款计划的支付申请违规审批", "岗位职责",
             "支付申请与预算指标系统自动校验,超指标申请不能提交。"),
            (ruan, "对无政府采购合同的支付申请放行", "业务流程",
             "政府采购支付必须关联备案合同,系统核验金额和收款人。"),
            (qu, "财政印鉴、支付密钥保管不善,被他人盗用", "制度机制",
             "印鉴、密钥分人保管,使用登记,每月核对使用记录。"),
        ]),
        ("二、Ⅱ级风险点（中风险）", [
            (gong, "为预算单位违规调整用款计划提供便利", "思想道德",
             "用款计划调整须预算科审核,调整记录留痕备查。"),
            (ji, "清算凭证传递不及时,资金在途积压", "业务流程",
             "清算信息当日传递,代理银行日清日结。"),
            (ruan, "动态监控预警信息核查走过场", "岗位职责",
             "预警信息逐条核实反馈,每季度通报核查结果。"),
        ]),
        ("三、Ⅲ级风险点（低风险）", [
            (ji, "与代理银行对账不及时,差错未查明", "制度机制",
             "每月与代理银行、人民银行三方对账,差错限期查明。"),
            (ruan, "泄露预算单位账户和支付信息", "外部环境",
             "系统查询权限分级设置,查询日志定期抽查。"),
        ]),
    ]  # fmt: skip
    n = 0
    for heading, rows in groups:
        _line(sh, heading, 7)
        lv = GROUPS[heading]
        for (dept, post, who, tier), point, typ, measures in rows:
            n += 1
            sh.add(n, dept, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), lv)
    sh.add()
    sh.add("填报人:", None, "中心主任:", None, None, "2024年3月", None)
    return _layout(
        "treasury_center_level_groups", "http://3news.cn/yc/2017/0227/190503.html",
        "(harder) 县财政国库集中支付中心 岗位廉政风险点一览表 after the source's account of a 国库集中支付 centre's work "
        "(集中支付清算, 直接支付审核, 动态监控预警, 印章使用、票据开具 as key points, 代理银行 and 人民银行): SORTED BY "
        "LEVEL — no level column; three merged group rows ``一、Ⅰ级风险点（高风险）``, ``二、Ⅱ级风险点（中风险）``, "
        "``三、Ⅲ级风险点（低风险）`` give the level of the rows under them; 序号 running on through the groups/科室/岗位/"
        "姓名 typed on every row, so one holder's points lie APART under two or three groups (审核员 阮晓丽 under all "
        "three, 科长 龚振宇 under the first two)/风险点/风险类型 short names/防控措施; 填报人/中心主任/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fire_brigade_rank_column() -> dict:
    unit = "XX县消防救援大队"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 11, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "姓名",
        "消防救援衔",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("防火监督科", "科长", "穆振华", "三级指挥长", "监督检查中对火灾隐患降格处理,接受被检查单位宴请",
         "外部环境", "高", "检查两人以上并佩戴执法记录仪,处罚决定集体研究。"),
        ("防火监督科", "科长", "穆振华", "三级指挥长", "向被检查单位指定消防产品和技术服务机构", "思想道德",
         "高", "严禁“三指定”,举报电话在办事大厅公开。"),
        ("防火监督科", "监督员", "卜晓强", "一级指挥员", "火灾事故调查中隐瞒、歪曲事实", "岗位职责", "中",
         "事故认定书经大队集体审议后出具。"),
        ("综合室", "财务助理", "连秀梅", "二级指挥员", "营房修缮经费虚列支出", "制度机制", "中",
         "修缮经费支出经大队党委会审议,票据与合同逐项对应。"),
        ("综合室", "财务助理", "连秀梅", "二级指挥员", "车辆油卡管理不严,公车私用加油", "业务流程", "低",
         "油卡实名登记,每月核对加油量和行驶里程。"),
        ("城关消防救援站", "站长", "郁海军", "四级指挥长", "伙食费采购不入账,私设小金库", "岗位职责", "高",
         "伙食账目每月在站内公开,经济民主小组监督。"),
        ("城关消防救援站", "站长", "郁海军", "四级指挥长", "政府专职消防员招录体能测试打分不公", "制度机制", "中",
         "测试全程录像,成绩当场公布。"),
        ("开发区消防救援站", "站长", "闵立新", "一级指挥员", "器材装备报废处置不规范,变卖不入账", "业务流程",
         "低", "报废装备登记造册,报支队审批后统一处置。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"科长": "middle", "站长": "middle"}
    for n, (dept, post, who, rank, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, rank, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh, first,
        [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)],
    )  # fmt: skip
    sh.add()
    sh.add("大队党委(盖章)", None, None, None, "填报人:", None, None, "2024年5月", None)
    return _layout(
        "fire_brigade_rank_column", "http://sc.china.com.cn/2024/difang/1332/0403/530711.html",
        "县消防救援大队 岗位廉政风险点一览表 after the source's account of a 消防救援大队's 消防救援站 holding its 廉政警示 "
        "before a holiday (执勤战备, “八个严禁”, 站干部): 序号/部门 merged (防火监督科, 综合室, 城关消防救援站, 开发区消防"
        "救援站 — the 大队's own 站 as 部门)/岗位, 姓名 and a ``消防救援衔`` column (``三级指挥长``, ``一级指挥员``, "
        "``二级指挥员``, ``四级指挥长`` — ending in 长/员 like posts) merged per person/廉政风险点/风险类别 short names/"
        "风险等级 高/中/低/防控措施; 大队党委(盖章)/填报人/date line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def detention_center_badge_cards() -> dict:
    unit = "XX县看守所"
    t = _Truth(unit)
    people = [
        ("车建军", "061523", "管教民警", "管教中队", "一级警司", "general", [
            ("为在押人员违规传递信件、物品", "外部环境", "高", "未发现问题",
             "监室物品出入登记,谈话教育两人在场并录音录像。"),
            ("收受在押人员家属财物,违规调整监室", "思想道德", "高", "未发现问题",
             "监室调整由所务会研究,调整理由记录在案。"),
            ("安排在押人员从事私人劳务", "岗位职责", "中", "未发现问题", "严禁使用在押人员从事与羁押无关的劳动。"),
        ]),
        ("殷晓峰", "061507", "中队长", "收押中队", "二级警督", "middle", [
            ("收押检查走过场,放任违禁品入所", "岗位职责", "高", "已整改", "收押检查两人进行,人身检查全程录像。"),
            ("违规为律师以外人员安排会见", "制度机制", "中", "未发现问题", "会见凭手续办理,会见登记每周由所领导审核。"),
            ("出所手续审核不严", "业务流程", "中", "未发现问题", "出所凭法律文书,核对无误后经所领导签批。"),
        ]),
        ("郝丽萍", "061531", "所医", "医务室", "一级警司", "general", [
            ("为在押人员出具不实病情诊断,协助办理保外就医", "岗位职责", "高", "未发现问题",
             "病情诊断报县医院会诊,诊断结论所务会审核。"),
            ("药品采购数量、价格不实", "业务流程", "低", "已整改", "药品统一由公安局装备财务部门采购。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, badge, post, dept, rank, tier, points in people:
        sh = _Sheet(who, [6, 34, 10, 10, 34, 12])
        _line(sh, f"{unit}民警岗位廉政风险自查表", 6)
        sh.add("姓名", who, "警号", badge, "职务", post)
        sh.add("所在部门", dept, "警衔", rank, "填表时间", "2024年6月")
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, found, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "所领导审核:", None, None, None)
        sheets.append(sh)
    return _layout(
        "detention_center_badge_cards", "http://www.nmsuniteyou.jcy.gov.cn/jcyw/202410/t20241021_6692285.shtml",
        "县看守所 民警岗位廉政风险自查表, one per sheet (tab = the holder), after the source's account of a 检察院 and a "
        "旗看守所 checking the 值班日志, 在押人员出入所管理, 监区 and 监室 before a holiday: a holder block of two rows "
        "``姓名 | 车建军 | 警号 | 061523 | 职务 | 管教民警`` over ``所在部门 | 管教中队 | 警衔 | 一级警司 | 填表时间 | "
        "2024年6月`` — the 警号 a string of digits, the 警衔 a rank, NOT the post; 序号/风险点/风险类型 short names/风险等级 "
        "高/中/低/防控措施/a trailing ``自查情况`` (未发现问题, 已整改); 本人签字/所领导审核 line",
        sheets, t,
    )  # fmt: skip


def seed_station_no_department() -> dict:
    unit = "XX县种子管理站"
    sh = _Sheet("排查表", [6, 12, 30, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 6)
    sh.add("序号", "岗位名称", "岗位职责", "风险点", "风险等级", "防控措施")
    duty = {
        "站长": "主持全站工作,负责种子市场监管、经费使用和人员管理。",
        "种子检验员": "承担种子质量抽样、室内检验和田间纯度鉴定。",
        "执法检查员": "开展种子市场检查,查处违法生产经营种子行为。",
        "报账员": "负责站内经费报账、票据管理和资产登记。",
    }
    rows = [
        ("站长", "种子企业备案、品种推广中接受企业宴请和礼金", "高", "备案材料网上审核,推广品种由专家组集体评定。"),
        ("站长", "救灾备荒种子储备任务分配不公", "中", "储备任务按企业产能公开分配,结果公示。"),
        ("种子检验员", "检验数据弄虚作假,出具不实检验报告", "高", "样品编号盲检,检验报告两人签字、留样备查。"),
        ("执法检查员", "市场检查中对违法经营行为不予查处", "高", "检查两人以上,案件线索登记台账,结果集体审议。"),
        ("执法检查员", "罚没种子处置不规范", "中", "罚没物品登记造册,统一公开处置。"),
        ("报账员", "虚开发票套取试验示范经费", "中", "试验经费报账附实施方案和验收单,站长审签。"),
        ("报账员", "固定资产登记不全,账实不符", "低", "每年末盘点固定资产,结果报农业农村局备案。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"站长": "leader"}
    for n, (post, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, duty[post], point, lv, measures)
        t.point(sh.name, "", post, "", tiers.get(post, "general"), point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1])])
    sh.add()
    sh.add("填报单位(盖章):", None, None, "填报时间:2024年4月", None, None)
    return _layout(
        "seed_station_no_department", "http://www.rongk.cn/news/11/news_54822.html",
        "县种子管理站 岗位廉政风险排查表 对岗不对人 after the source's account of a 县种子管理站's year (种子市场巡回检查, "
        "种子质量检验站, 品种备案, 纯度田间鉴定): a small 站 with NO 科室 column — 序号/``岗位名称`` merged per post (站长, "
        "种子检验员, 执法检查员, 报账员)/a long ``岗位职责`` merged per post/风险点/风险等级 高/中/低/防控措施; no names, no "
        "types; 填报单位(盖章)/填报时间 line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def nontax_bureau_staff_category() -> dict:
    unit = "XX县非税收入管理局"
    sh = _Sheet("一览表", [6, 12, 10, 9, 10, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "股室", "岗位", "姓名", "人员类别", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("征收管理股", "股长", "房立平", "公务员", "擅自减免、缓缴非税收入", "岗位职责", "一级",
         "减免缓缴按规定报批,审批结果每季度公开。"),
        ("征收管理股", "股长", "房立平", "公务员", "对执收单位应缴未缴收入不督促", "制度机制", "二级",
         "建立执收单位缴库台账,按月通报。"),
        ("征收管理股", "征收专干", "翁丽君", "事业编制", "收款与开票不同步,延压收入不缴库", "业务流程", "二级",
         "收缴系统自动比对收款和开票信息。"),
        ("票据管理股", "票据管理员", "黎思远", "编外聘用", "票据发放不登记,空白票据流失", "业务流程", "一级",
         "票据领购、发放逐本登记,空白票据双人保管。"),
        ("票据管理股", "票据管理员", "黎思远", "编外聘用", "票据核销审验不严", "岗位职责", "二级",
         "核销实行验旧供新,股长复核。"),
        ("综合股", "会计", "包春燕", "事业编制", "资金清分、划解不及时,截留挪用", "思想道德", "一级",
         "清分划解由系统按比例自动完成,局长审签。"),
        ("综合股", "会计", "包春燕", "事业编制", "银行账户对账不及时", "制度机制", "三级",
         "每月与代理银行对账,编制余额调节表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"股长": "middle"}
    for n, (dept, post, who, kind, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, kind, point, typ, lv, measures)
        t.point(
            sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), GRADES[lv]
        )
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first,
        [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)],
    )  # fmt: skip
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, None, "2024年4月", None)
    return _layout(
        "nontax_bureau_staff_category", "http://www.fsou.com.cn/html/text/lar/173096/17309695_2.html",
        "县非税收入管理局 岗位廉政风险防控一览表 after the source's account of 政府非税收入 management (票据的领购、发放、"
        "核销, 验旧换新, 以票管收, 减免缓征不得擅自办理, 分级划解入库): 序号/股室 merged (征收管理股, 票据管理股, 综合股)/"
        "岗位, 姓名 and a ``人员类别`` column (``公务员``, ``事业编制``, ``编外聘用``) merged per person/风险点/风险类型 "
        "short names/风险等级 一级/二级/三级/防控措施; 单位负责人/填表人/date line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def postal_branch_staff_numbers() -> dict:
    unit = "中国邮政集团有限公司XX县分公司"
    sh = _Sheet("排查表", [6, 12, 10, 8, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 8)
    sh.add("序号", "部门", "岗位", "工号", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("渠道平台部", "经理", 30215, "韩立峰", "网点装修工程不经比选直接发包", "高",
         "装修工程三家以上比选,结果报市分公司审核。"),
        ("渠道平台部", "经理", 30215, "韩立峰", "营销费用虚列支出", "中", "营销费用按活动方案列支,附活动照片和签收单。"),
        ("城关支局", "支局长", 30342, "祝晓梅", "代理金融业务违规揽储、私下“飞单”", "高",
         "代理业务全部系统办理,每月开展客户回访。"),
        ("城关支局", "营业员", 30388, "骆晓燕", "挪用营业款、邮资款", "高", "营业款日终缴存,支局长每日查库。"),
        ("城关支局", "营业员", 30388, "骆晓燕", "违规保管客户证件、密码代办业务", "中", "严禁代客保管证件和密码,违者调离岗位。"),
        ("寄递事业部", "投递员", 30451, "项志强", "私拆、隐匿、毁弃邮件", "中", "投递段道全程监控,妥投信息实时上传。"),
        ("寄递事业部", "投递员", 30451, "项志强", "代收货款截留不交", "低", "代收货款当日交款,系统逐笔核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"经理": "middle", "支局长": "middle"}
    for n, (dept, post, num, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, num, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first,
        [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)],
    )  # fmt: skip
    sh.add()
    sh.add("部门负责人:", None, None, None, "纪检监察员:", None, "2024年5月", None)
    return _layout(
        "postal_branch_staff_numbers", "http://epaper.jzrb.com/rb/html/2012-01/04/content_76934.htm",
        "县邮政分公司 岗位廉洁风险排查表 after the source's account of a 县邮政局's 邮件分拣 and 投递 (封闭作业, 投递段道"
        "全程监控, 私藏邮件, 收发室 and 代投点): 序号/部门 merged (渠道平台部, 城关支局, 寄递事业部)/岗位, a ``工号`` "
        "column of NUMBERS (30215, 30342…) and 姓名 merged per person/风险点/风险等级 高/中/低/防控措施; no type column; "
        "部门负责人/纪检监察员/date line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def sports_center_split_measures() -> dict:
    unit = "XX县体育中心"
    sh = _Sheet("清单", [6, 12, 12, 9, 32, 10, 8, 24, 24, 24])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 10)
    top = sh.add(
        "序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", None, None
    )
    sh.add(None, None, None, None, None, None, None, "制度防控", "监督防控", "教育防控")
    for c in range(7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 7, top, 9)
    rows = [
        ("场馆运营部", "部长", "谭振宇", "场馆对外出租价格随意减免,收取好处", "岗位职责", "高",
         "出租价格按物价部门核定标准执行", "出租合同报中心主任办公会审定", "每年签订廉洁从业承诺书"),
        ("场馆运营部", "部长", "谭振宇", "免费低收费开放补助资金虚报开放时长", "制度机制", "高",
         "开放时长以门禁系统数据为准", "补助资金申报前由财务室复核", "开展专项资金警示教育"),
        ("场馆运营部", "场馆管理员", "冯晓冬", "场地预约插队、私留场地给熟人", "思想道德", "中",
         "场地一律线上预约", "预约记录每周抽查", "岗前廉洁提醒谈话"),
        ("财务室", "出纳", "邬丽华", "场租收入不及时入账", "业务流程", "中",
         "场租收入统一扫码收取", "每日核对收款流水", "学习财经纪律"),
        ("群体活动部", "部长", "樊建伟", "全民健身赛事经费虚列开支", "外部环境", "中",
         "赛事经费按预算列支", "赛事结束十日内公示开支", "剖析赛事经费违纪案例"),
        ("群体活动部", "部长", "樊建伟", "健身器材配送对象选择不公", "岗位职责", "低",
         "配送名单集体研究", "配送结果在网站公示", "纳入年度述廉内容"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"部长": "middle"}
    for n, (dept, post, who, point, typ, lv, *measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, *measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("审核人:", None, None, "制表人:", None, None, None, "制表日期:2024年5月", None, None)
    return _layout(
        "sports_center_split_measures",
        "https://wuhan.baogaosu.com/xinwen/%E4%BD%93%E8%82%B2%E8%AE%BE%E6%96%BD%E4%BD%93%E8%82%B2%E5%9C%BA"
        "%E9%A6%86%E5%9F%BA%E6%9C%AC%E6%83%85%E5%86%B5%E6%91%B8%E5%BA%95/57677547",
        "县体育中心 廉政风险防控清单 after the source's account of a city's count of its 体育场馆 (对外开放项目, 场馆对外"
        "出租, 大型公共体育场馆免费低收费开放专项资金): a TWO-ROW header — 序号, 科室, 岗位, 责任人, 风险点, 风险类型, "
        "风险等级 merged down over both rows, ``防控措施`` merged across ``制度防控 | 监督防控 | 教育防控``; 科室 merged "
        "(场馆运营部, 财务室, 群体活动部)/岗位 and 责任人 merged per person/short types/高/中/低; 审核人/制表人/制表日期 line",
        [sh], t,
    )  # fmt: skip


def legal_aid_dated_forms() -> dict:
    unit = "XX县法律援助中心"
    t = _Truth(unit)
    people = [
        ("甄国华", "男", datetime(1979, 3, 1), "中共党员", datetime(2001, 8, 1), "科长", "受理审查科",
         "middle", [
            ("对不符合经济困难标准的申请违规给予援助", "岗位职责", "高", "经济困难状况实行个人诚信承诺并抽查核实。"),
            ("受理审查中拖延、刁难申请人", "思想道德", "中", "受理审查时限上墙公示,超时系统预警。"),
        ]),
        ("苗玉兰", "女", datetime(1988, 11, 1), "中共党员", datetime(2012, 9, 1), "受理员", "受理审查科",
         "general", [
            ("向申请人推荐特定律师并收取好处", "外部环境", "高", "指派由系统按律师名册轮流进行。"),
            ("泄露受援人个人信息和案情", "岗位职责", "低", "案卷专柜保管,借阅登记。"),
        ]),
        ("廖文斌", "男", datetime(1985, 6, 1), "群众", datetime(2009, 7, 1), "科员", "指派监督科",
         "general", [
            ("办案补贴审核不严,虚报案件套取补贴", "制度机制", "高", "补贴按案件质量评估结果发放,结果公示。"),
            ("案件质量评估打分不公", "业务流程", "中", "评估由同行评估员匿名打分,两人以上评估取平均分。"),
            ("对援助律师服务投诉不及时处理", "岗位职责", "低", "投诉件登记台账,限期办结并回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, party, since, post, dept, tier, points in people:
        sh = _Sheet(who, [8, 34, 12, 10, 34, 14])
        _line(sh, f"{unit}岗位廉政风险防控登记表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("政治面貌", party, "参加工作时间", since, "所在科室", dept)
        sh.add("职务", post, None, None, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "科室负责人意见:", None, "中心主任意见:", None)
        sheets.append(sh)
    return _layout(
        "legal_aid_dated_forms", "http://jlncb.cn/jlncb/pc/paper/c/202007/24/content_70417.html",
        "县法律援助中心 岗位廉政风险防控登记表, one per sheet (tab = the holder), after the source's account of a 县法律援助"
        "中心 and its 工作站 (受援对象信息库, 法律援助案件, 法律咨询): a holder block of three rows ``姓名 | 甄国华 | 性别 | "
        "男 | 出生年月 | <a real date>`` over ``政治面貌 | 中共党员 | 参加工作时间 | <a real date> | 所在科室 | 受理审查科`` "
        "over ``职务 | 科长`` (merged across) — the dates real date cells (``1979年3月1日``); 序号/风险点/风险类型 short "
        "names/风险等级 高/中/低/防控措施 merged over two columns; 本人签字/科室负责人意见/中心主任意见 line; re-saved as "
        ".xls and .ods",
        sheets, t,
    )  # fmt: skip


def youth_palace_two_serials() -> dict:
    unit = "XX县青少年宫"
    sh = _Sheet("Sheet1", [5, 12, 12, 9, 5, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 9)
    sh.add("序号", "科室", "岗位", "责任人", "序号", "风险点", "风险类型", "风险等级", "防控措施")
    posts = [
        ("培训部", "部长", "潘志勇", "middle", [
            ("招收培训学员收取额外费用", "岗位职责", "Ⅰ级", "培训收费标准公示,一律扫码缴费开具票据。"),
            ("外聘培训教师选聘优亲厚友", "思想道德", "Ⅱ级", "外聘教师公开招聘,聘用结果集体研究。"),
            ("培训课时费虚报冒领", "制度机制", "Ⅱ级", "课时以考勤系统记录为准,财务复核后发放。"),
        ]),
        ("培训部", "培训教师", "汤雅琪", "general", [
            ("私下组织有偿补课,引导学员报名", "思想道德", "Ⅱ级", "签订不办有偿培训承诺书,接受家长监督。"),
            ("演出、比赛推荐学员不公", "岗位职责", "Ⅲ级", "推荐条件和名单公示。"),
        ]),
        ("办公室", "主任", "葛立群", "middle", [
            ("临街铺面出租不公开招租,租金随意减免", "制度机制", "Ⅰ级", "铺面出租进入公共资源交易平台公开招租。"),
            ("公益活动经费虚列开支", "业务流程", "Ⅱ级", "活动经费按预算列支,活动结束后公示。"),
        ]),
        ("办公室", "报账员", "韦晓东", "general", [
            ("报账票据审核不严,虚假票据入账", "业务流程", "Ⅲ级", "报账实行经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    for k, (dept, post, who, tier, points) in enumerate(posts):
        first = len(sh.rows)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(CHINESE[k], dept, post, who, n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        per_post = lambda row: row[0]  # noqa: E731
        _merge_down(sh, first, [(0, per_post), (2, per_post), (3, per_post)])
    _merge_down(sh, 2, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报单位(盖章):", None, None, None, None, "填报日期:2024年4月", None, None, None)
    return _layout(
        "youth_palace_two_serials", "http://6chong.cn/news/content/2011-04/22/content_286598_4.htm",
        "县青少年宫 岗位廉政风险点及防控措施一览表 after the source's account of a 区青少年宫 keeping its 公益性活动 going "
        "on 铺面出租 and 培训收费: TWO ``序号`` columns — the first per post (``一``, ``二``, ``三``, ``四``) merged down "
        "with 岗位 and 责任人, the fifth column per point (``1``, ``2``… restarting under each post)/科室 merged (培训部, "
        "办公室)/风险点/风险类型 short names/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施; 填报单位(盖章)/填报日期 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    treasury_center_level_groups(),
    fire_brigade_rank_column(),
    detention_center_badge_cards(),
    seed_station_no_department(),
    nontax_bureau_staff_category(),
    postal_branch_staff_numbers(),
    sports_center_split_measures(),
    legal_aid_dated_forms(),
    youth_palace_two_serials(),
]

RESAVED = (
    "fire_brigade_rank_column",
    "seed_station_no_department",
    "nontax_bureau_staff_category",
    "postal_branch_staff_numbers",
    "legal_aid_dated_forms",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b80_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch80-inbox"))

"""The seven-hundred-and-eighty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's natural
resources and planning bodies, 五台县 (of 忻州市, 山西省) — its 自然资源局, 不动产登记中心, 矿产资源管理所,
自然资源综合行政执法队, 土地收购储备中心, 国土整治服务中心 and 地质环境监测站 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 自然资源局's 一览表 under ``附件1``: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``…风险``
  types, ``一级/二级/三级``;
- the 不动产登记中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and ``所在科室 | …`` label
  rows, 高/中/低, a ``注：`` line and 持卡人（签字）;
- the 矿产资源管理所's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, types, ``高风险/中风险/低风险``; no names;
- the 自然资源综合行政执法队's 清单 under GROUP ROWS ``一、队领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 土地收购储备中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``★★★/★★/★`` read by a ``注：`` line, ``自查情况``;
- the 国土整治服务中心's 一览表 under ``附件3`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, 高/中/低;
- the 地质环境监测站's 一览表 in TWO SHEETS ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``业务股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级风险/二级风险/三级风险``, no type.

One is harder:

- ``wutai_spatial_planning_centre_tab_colours``: the 国土空间规划服务中心's 廉政风险点清单 in THREE SHEETS
  named only ``表1 | 表2 | 表3``, each the same plain list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 |
  防控措施``) with NO LEVEL COLUMN and no level word anywhere in the rows, titles or tab names: the level
  of every row is the COLOUR OF ITS WORKSHEET'S TAB (red, orange, yellow), which a ``说明：`` line on the
  first sheet folds to 一级/二级/三级 (``以工作表标签颜色区分：红色标签为一级风险…``). A holder's points
  stand on several of the sheets. The README's 读得懂的表 knows sheets NAMED by level (``一级风险 | 二级风险``
  tabs or titles), levels as the fill colour of rows or cells, red/blue text colour and colour words
  folded by a note; it does not describe a level carried by the tab colour of neutrally named sheets.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 2015 矿业反腐 report — 涉土涉矿
案件, 矿业权出让; a 涡阳县自然资源和规划局 paper on 不动产登记 提质增效 — 一窗受理, 登记簿; a 规划学会 piece on
国土空间总体规划传导 — 分层分级管控, 规划指标; the 杨先静 案 — 矿业权分立、出让、转让, 估值随意, 越界超采,
违规审批; a 控规 paper on 土地产权关系 — 宗地, 权属, 收储地块; a 国土空间开发利用 review — 建设用地供应,
土地整治, 耕地占补平衡, 高标准农田; a county's 地质灾害防治专项资金 rules — 专户, 项目申报, 搬迁避让) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 戚 and 阙 with rare given names); every unit is a body of
五台县.

Run ``python tests/published/score.py --set batch782`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every row's level is its sheet's tab colour (red 1, orange 2, yellow 3) per
  the ``说明：`` line; one form a holder though his rows stand on two or three sheets (the form's
  sheet is the first he stands on); the 说明 line, titles and the 编制/审核 lines are no points;
- ``局领导``, ``中心领导``, ``所领导``, ``队领导`` (a 股室 cell, a 所在科室 cell, a group row) are the 科室 of
  those leaders; the 监测站's leaders (sheet ``站领导``, no 科室 column) have no 科室;
- every body is a unit of its own (all 县直): 局长, 副局长, 主任, 副主任, 所长, 副所长, 队长, 副队长, 站长,
  副站长 are leaders; 股长, 科长, 部长, 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points; the 矿产资源管理所's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``; the harder file's
tabs coloured afterwards with openpyxl) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b782_"
PLACE = "五台县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
HARDER_NAME = "wutai_spatial_planning_centre_tab_colours"
# tab colour (ARGB) of each sheet of the harder file, and the level it stands for
TAB_COLOURS = {"表1": "FFFF0000", "表2": "FFFFC000", "表3": "FFFFFF00"}
TAB_LEVELS = {"表1": 1, "表2": 2, "表3": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (sheet, 科室, 岗位, 姓名, tier, 廉政风险点, 防控措施)
PLANNING_ROWS = [
    ("表1", "中心领导", "主任", "戚蒨瑱", "leader", "规划条件出具中擅自调整容积率、建筑密度等指标",
     "规划条件经中心主任办公会集体审查，调整事项报县规划委员会审议。"),
    ("表1", "规划编制部", "部长", "阙甯赜", "middle", "村庄规划编制单位比选中设定倾向性条件",
     "编制单位比选进入县公共资源交易平台，比选文件法律顾问审核。"),
    ("表1", "审批服务部", "审核员", "戚珣蔚", "general", "建设工程规划许可审核中对不符合规划的方案放行",
     "方案审核实行初审、复审双人签字，审核意见网上留痕。"),
    ("表2", "中心领导", "主任", "戚蒨瑱", "leader", "国土空间规划编制项目经费支出审批把关不严",
     "项目经费按合同节点支付，支出经财务、审计双审。"),
    ("表2", "规划编制部", "部长", "阙甯赜", "middle", "控制性详细规划修改论证走过场",
     "控规修改召开专家论证会并公示三十日。"),
    ("表2", "审批服务部", "审核员", "戚珣蔚", "general", "规划核实现场测量数据弄虚作假",
     "规划核实两人以上到场，测量成果附现场照片存档。"),
    ("表3", "规划编制部", "部长", "阙甯赜", "middle", "规划成果数据对外提供未履行审批手续",
     "成果数据提供登记审批，涉密数据专机存放。"),
    ("表3", "综合办公室", "会计", "阙玭瀓", "general", "办公经费报销票据审核不严",
     "报销单据经办人、证明人、审批人三签。"),
    ("表3", "综合办公室", "会计", "阙玭瀓", "general", "接受规划设计单位礼品礼金",
     "签订廉洁承诺书，节前开展廉洁提醒。"),
]  # fmt: skip


def wutai_spatial_planning_centre_tab_colours() -> dict:
    unit = f"{PLACE}国土空间规划服务中心"
    t = _Truth(unit)
    sheets = []
    first_sheet: dict[str, str] = {}
    for tab in TAB_COLOURS:
        sh = _Sheet(tab, [6, 12, 9, 9, 42, 40])
        _line(sh, f"{unit}廉政风险点清单", 6)
        if tab == "表1":
            _line(sh, "说明：本清单按风险等级分三张表填写，以工作表标签颜色区分：红色标签为一级风险，"
                      "橙色标签为二级风险，黄色标签为三级风险。", 6)  # fmt: skip
        sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施")
        first = len(sh.rows)
        rows = [r for r in PLANNING_ROWS if r[0] == tab]
        for i, (_tab, dept, post, who, _tier, point, measures) in enumerate(rows, 1):
            sh.add(i, dept, post, who, point, measures)
        _per_person(sh, first, 1, 2, 3)
        sh.add("编制：综合办公室", None, None, "审核：", None, "2025年5月")
        sheets.append(sh)
    # the truth one form a holder, his points in sheet order (form sheet: the first he stands on)
    for row in PLANNING_ROWS:
        first_sheet.setdefault(row[3], row[0])
    for who in first_sheet:
        for tab, dept, post, name, tier, point, _measures in PLANNING_ROWS:
            if name == who:
                t.point(first_sheet[who], dept, post, who, tier, point, [], TAB_LEVELS[tab])
    return _layout(
        HARDER_NAME, "http://www.planning.org.cn/news/view?id=10437",
        "(harder) 县国土空间规划服务中心 廉政风险点清单, after the source's piece on 国土空间总体规划传导 (分层分级管控, "
        "规划指标, 详细规划): THREE SHEETS named only 表1/表2/表3, each a title and the same plain list 序号/科室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/防控措施, NO LEVEL COLUMN: each row's level is its sheet's TAB "
        "COLOUR (red, orange, yellow), folded by a ``说明：`` line on 表1 (红色标签为一级风险…); a holder's points on "
        "two or three sheets; an 编制/审核/date line under each",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wutai_natural_resources_bureau_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 14, 9, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "戚荟琎", "leader", "采矿权出让方案未经局党组集体研究", "制度机制风险", "一级",
         "矿业权出让方案局党组会集体研究，出让结果公示。"),
        ("局领导", "局长", "戚荟琎", "leader", "涉土涉矿违法案件查处中说情打招呼", "外部环境风险", "一级",
         "落实干预案件查处登记报告制度。"),
        ("局领导", "副局长", "阙祎鏊", "leader", "建设用地报批材料审核把关不严", "岗位职责风险", "二级",
         "报批材料股室初审、分管领导复审。"),
        ("耕地保护股", "股长", "戚缃芃", "middle", "耕地占补平衡指标核定弄虚作假", "业务流程风险", "一级",
         "补充耕地项目实地核查，指标入库前公示。"),
        ("耕地保护股", "股员", "阙赟璩", "general", "设施农业用地备案审核不严，放任“大棚房”", "岗位职责风险", "二级",
         "备案材料双人审核，每季度实地抽查。"),
        ("土地利用股", "股长", "戚椿翚", "middle", "国有建设用地供应中为竞买人量身设定条件", "制度机制风险", "一级",
         "出让方案经县土地管理委员会审定，挂牌公告公开。"),
        ("土地利用股", "股长", "戚椿翚", "middle", "土地出让金催缴不力，违规减免", "思想道德风险", "三级",
         "出让金按合同约定催缴，减免一律报县政府审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "wutai_natural_resources_bureau_list", "https://hkcd.com/content/2015-03/03/content_913094.html",
        "县自然资源局 岗位廉政风险防控一览表, after the source's 2015 矿业反腐 report (涉土涉矿 案件, 矿业权出让和交易, "
        "专项整治): ``附件1``, a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wutai_real_estate_registration_cards() -> dict:
    unit = f"{PLACE}不动产登记中心"
    t = _Truth(unit)
    cards = [
        ("戚菀祎", "主任", "中心领导", "leader", [
            ("登记簿更正、注销登记违规审批", "高", "更正、注销登记经中心集体会审。"),
            ("为关系人办理登记开“绿色通道”", "中", "登记业务按受理顺序办理，系统留痕。"),
        ]),
        ("阙琲蒨", "科长", "登记科", "middle", [
            ("审核中对权属来源材料把关不严", "高", "权属来源材料审核后登簿前复核。"),
            ("查封登记未及时办理致财产被转移", "中", "法院查封文书当日录入系统锁定。"),
        ]),
        ("戚瑱沭", "受理员", "一窗受理窗口", "general", [
            ("受理环节吃拿卡要、故意刁难", "中", "一窗受理一次性告知，评价器实时评价。"),
            ("泄露权利人登记信息", "低", "查询实行实名登记，查询记录存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("所在科室", dept, "填卡时间", "2025年6月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _line(sh, "注：风险等级分高、中、低三级。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "wutai_real_estate_registration_cards", "http://47.95.242.172/thesis/view/5697192",
        "县不动产登记中心 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's paper on "
        "不动产登记 提质增效 (一窗受理, 登记簿, 数据整合): a title, label rows ``姓　名 | … | 职　务 | …`` and "
        "``所在科室 | … | 填卡时间 | …``, then 序号/风险点/风险等级 高/中/低/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wutai_mineral_resources_office_posts() -> dict:
    unit = f"{PLACE}矿产资源管理所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "矿业权出让", "矿业权出让中“定向”出让，公告发布后即撤下", "制度机制风险", "高风险",
         "出让公告在省交易平台发布，公告期满方可成交。"),
        ("所领导", "所长", "leader", "矿业权分立转让", "违规同意矿业权分立、转让，为矿主牟利", "外部环境风险", "高风险",
         "分立转让事项集体研究并报上级审查。"),
        ("储量管理股", "股长", "middle", "储量评审备案", "对储量核实报告审查不严，低估资源储量", "岗位职责风险", "中风险",
         "储量报告聘请专家评审，评审意见公开。"),
        ("储量管理股", "技术员", "general", "动态巡查", "发现越界开采、超层越界不报告", "业务流程风险", "高风险",
         "巡查记录双人签字，卫片核查结果复核。"),
        ("储量管理股", "技术员", "general", "开采量统计", "开采量统计数据与实际不符", "业务流程风险", "低风险",
         "开采量与税务、电力数据比对。"),
        ("综合股", "会计", "general", "出让收益征收", "矿业权出让收益催缴不力或擅自缓缴", "思想道德风险", "中风险",
         "出让收益按合同分期征收，逾期书面催缴。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "wutai_mineral_resources_office_posts",
        "http://zqb.cyol.com/html/2014-04/17/nw.D110000zgqnb_20140417_6-01.htm",
        "县矿产资源管理所 岗位廉政风险点排查表 对岗不对人, after the source's report on the 杨先静 案 (矿业权分立、出让、"
        "转让, “定向”出让, 越界超采): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wutai_enforcement_team_group_rows() -> dict:
    unit = f"{PLACE}自然资源综合行政执法队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、队领导", "队领导", [
            ("队长", "阙荟瀓", "leader", [
                ("违法用地案件立案不立、以罚代拆", "Ⅰ级", "案件立案、处罚经集体审理。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "戚甯椿", "middle", [
                ("动态巡查发现违法占地不制止、不上报", "Ⅰ级", "巡查轨迹系统记录，月度通报。"),
                ("无证采砂采石案件查处中收受好处", "Ⅱ级", "查处全程执法记录仪记录。"),
            ]),
            ("执法队员", "阙芃赜", "general", [
                ("调查取证不全，故意遗漏违法事实", "Ⅱ级", "取证材料中队长审核。"),
            ]),
        ]),
        ("三、执法二中队", "执法二中队", [
            ("中队长", "戚琎菀", "middle", [
                ("卫片图斑核查结果弄虚作假", "Ⅰ级", "图斑核查结果抽查复核。"),
            ]),
            ("执法队员", "阙蔚瑱", "general", [
                ("罚没款收缴不开票据", "Ⅲ级", "罚没款一律缴入财政专户。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "wutai_enforcement_team_group_rows", "http://hk.crntt.com/doc/7_0_103134069_2_0417005829.html",
        "县自然资源综合行政执法队 廉政风险防控责任清单, after the source's page on 矿产领域腐败 (违规审批, 违法开采, 越界超采, "
        "收受矿老板贿赂): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、队领导``, ``二、执法一中队``, ``三、执法二中队`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def wutai_land_reserve_centre_selfchecks() -> dict:
    unit = f"{PLACE}土地收购储备中心"
    t = _Truth(unit)
    people = [
        ("戚沭璩", "中心领导", "主任", "leader", [
            ("收储地块补偿标准随意提高", "★★★", "补偿标准按县政府公布标准执行，方案集体研究。", "已落实"),
            ("储备土地临时利用私自出租", "★★", "临时利用方案报县政府批准，收益缴入国库。", "未发现问题"),
        ]),
        ("阙瀓荟", "收储科", "科长", "middle", [
            ("宗地权属调查不实，虚增补偿面积", "★★★", "权属调查双人到场，结果公示。", "已落实"),
            ("收储合同签订前未经法律审查", "★", "合同一律经法律顾问审查。", "已落实"),
        ]),
        ("戚赜蒨", "前期开发科", "科员", "general", [
            ("储备地块前期开发工程量签证不实", "★★", "工程量签证监理、跟踪审计共同确认。", "未发现问题"),
            ("泄露储备地块出让计划信息", "★", "出让计划按规定公开前保密。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wutai_land_reserve_centre_selfchecks", "https://freewechat.com/a/MzA3NTE1MjI5MA==/2650826137/3",
        "县土地收购储备中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "控规 and 土地产权关系 (宗地, 权属, 产权属性): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` line; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def wutai_land_consolidation_centre_list() -> dict:
    unit = f"{PLACE}国土整治服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "阙缃琎", "leader", "土地整治项目施工单位选定暗箱操作", "制度机制", "高",
         "施工单位公开招标，评标专家随机抽取。"),
        ("中心领导", "副主任", "戚玭椿", "leader", "高标准农田建设项目变更设计审批随意", "岗位职责", "中",
         "设计变更经专家论证、集体研究。"),
        ("项目管理科", "科长", "阙翬甯", "middle", "项目竣工验收降低标准", "业务流程", "高",
         "验收邀请县农业农村局、乡镇共同参加。"),
        ("项目管理科", "技术员", "戚翬珣", "general", "新增耕地面积测绘数据造假", "业务流程", "中",
         "测绘成果第三方复核，现场抽测。"),
        ("财务科", "会计", "阙珣芃", "general", "项目资金拨付不按进度", "外部环境", "中",
         "资金按工程进度和监理签证拨付。"),
        ("财务科", "出纳", "戚琲赟", "general", "公款私存、挪用项目资金", "思想道德", "低",
         "银行账户每月对账，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "wutai_land_consolidation_centre_list", "http://zgkjsz.com/page/2019/1108/16072551.shtml",
        "县国土整治服务中心 岗位廉政风险防控一览表, after the source's review of 国土空间开发利用 (建设用地供应, 土地整治, "
        "耕地占补平衡, 高标准农田): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def wutai_geological_monitoring_station_two_sheets() -> dict:
    unit = f"{PLACE}地质环境监测站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 38, 11, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阙鏊蔚", "站长", "主持全面工作", [
            ("地质灾害治理项目承担单位选定搞暗箱操作", "一级风险", "治理项目一律公开招标。"),
            ("地灾防治专项资金挤占挪用", "一级风险", "专项资金设立专户，专款专用。"),
        ]),
        ("戚芃瀓", "副站长", "分管监测预警、搬迁避让", [
            ("搬迁避让对象认定不实", "二级风险", "搬迁对象乡镇初审、站审核、公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("业务股室", [6, 14, 9, 9, 38, 11, 34])
    _line(dept, f"{unit}业务股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("监测预警股", "股长", "阙椿缃", "middle", "群测群防监测员补助发放虚报冒领", "二级风险",
         "补助名单乡镇公示，直接发放到人。"),
        ("监测预警股", "股长", "阙椿缃", "middle", "监测设备采购指定品牌", "一级风险", "设备采购三家以上比价。"),
        ("监测预警股", "监测员", "戚祎琲", "general", "隐患点巡查记录弄虚作假", "三级风险", "巡查定位打卡，记录存档。"),
        ("项目管理股", "股长", "阙蒨翬", "middle", "治理工程验收把关不严", "一级风险", "验收邀请专家和纪检人员参加。"),
        ("项目管理股", "技术员", "戚赟沭", "general", "工程计量签证不实", "二级风险", "计量签证监理、跟踪审计共同确认。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wutai_geological_monitoring_station_two_sheets", "https://baywatch.cn/haowen/213372.html",
        "县地质环境监测站 廉政风险防控一览表 in TWO SHEETS, after the source's 地质灾害防治办法 (县级专项资金, 专户, 搬迁避让, "
        "项目承担单位): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 业务股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wutai_spatial_planning_centre_tab_colours(),
    wutai_natural_resources_bureau_list(),
    wutai_real_estate_registration_cards(),
    wutai_mineral_resources_office_posts(),
    wutai_enforcement_team_group_rows(),
    wutai_land_reserve_centre_selfchecks(),
    wutai_land_consolidation_centre_list(),
    wutai_geological_monitoring_station_two_sheets(),
]

RESAVED: tuple[str, ...] = ()


def write_coloured(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; the harder file's tabs then coloured (openpyxl), as Excel keeps them."""
    write_xlsx(layout, path)
    if layout["name"] == HARDER_NAME:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for tab, colour in TAB_COLOURS.items():
            wb[tab].sheet_properties.tabColor = colour
        wb.save(path)
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (tabs coloured)."""
    return _build(
        outdir,
        LAYOUTS if layouts is None else layouts,
        resaved,
        prefix=PREFIX,
        writer=write_coloured,
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch782-inbox"))

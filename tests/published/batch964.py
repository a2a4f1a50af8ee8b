"""The nine-hundred-and-sixty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 左贡县 (昌都市, 西藏自治区) — its 卫生健康委员会, 人民医院, 藏医院, 疾病预防控制中心,
卫生健康综合行政执法大队, 妇幼保健计划生育服务中心 and two 乡镇卫生院 (旺达镇, 田妥镇) — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``…风险`` types in both,
  ``一级风险/二级风险/三级风险``;
- the 藏医院's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person, short types
  under ``风险类型``, 高/中/低, a ``注：`` line and a sign-off line;
- the 疾病预防控制中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 综合行政执法大队's 防控卡, one sheet a person (tabs named by the person): a label row
  ``姓　名 | 所在中队 | 职　务 | 填卡日期`` over a row of values, ``风险类别`` (short names),
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 妇幼保健计划生育服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 旺达镇卫生院's 自查表, one sheet a person (tabs named by the post): ``姓　名 | … | 岗　位 | …``
  on one row, ``一级/二级/三级``, ``自查情况``, no type column;
- the 田妥镇中心卫生院's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row, short types, 高/中/低.

One is harder:

- ``zuogong_hospital_risk_grid``: the 人民医院's 廉政风险点清单 and its 风险坐标图 — a list (``风险编号
  | 科室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``, 科室 merged, 岗位 and 姓名 merged per person, codes
  ``R01`` … ``R11``) with NO LEVEL COLUMN, and a second sheet ``风险坐标图``: a grid whose rows are
  the 发生可能性 (高/中/低) and columns the 影响程度 (小/中/大), each cell listing the codes that sit
  there (``R05、R09``; ``/`` for none), and a ``注：`` line under the grid grading by zone: 可能性高
  且影响程度大、中, and 可能性中且影响程度大 (the red upper right) 一级; 高×小, 中×中, 低×大 (the yellow
  middle) 二级; the rest (the green lower left) 三级. The list says only ``注：风险等级见《风险坐标图》``.
  The README's 读得懂的表 and docs/layouts.md know levels from a column of a few values a note
  names, a separate 重点 list on another sheet, amounts on another sheet banded by a note, last
  year's list; they do not describe levels read from a likelihood × impact grid of codes on another
  sheet, graded by a note's zones.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 风险矩阵表 — 风险概率, 风险影响,
策略; a 县卫生局's account of 中央补助公共卫生专项 and 基础设施建设 funds; 拉萨's 藏药产业; the 基本职能
of a 县级疾控中心 — 传染病、地方病, 实验室检测, 健康教育; the 人情证、关系证 of 卫生许可证; 计划生育特殊
困难家庭扶助; 左贡县 itself — 旺达镇, the 318 and 214 国道, 茶马古道, 虫草、松茸) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare compound surnames 公仪 and 仉督 with rare given names); every unit is a body of
左贡县.

Run ``python tests/published/score.py --set batch964`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one the grid's ``注：`` line gives the cell its
  ``风险编号`` stands in (高×大, 高×中, 中×大: 1; 高×小, 中×中, 低×大: 2; 中×小, 低×中, 低×小: 3);
  every code stands in exactly one cell; the codes, the grid and its axes are no points, and the
  grid sheet has no form; no type column, so no types;
- ``委领导`` is no 科室 (sheet ``委领导``); ``院领导``, ``中心领导`` and ``大队领导`` (a 科室 cell, a
  group row, a 所在中队 value) are the 科室 of those leaders; a 委's 股, a 院's 科 or 室 and a 中心's
  科 are 科室; a 大队's 中队 is its 科室;
- the 委, the 院, the 中心 and the 大队 are units of their own: 主任, 副主任 (of the 委 or a 中心),
  院长, 副院长 and 大队长 are leaders; 股长, 科长, 科主任, 室主任, 中队长 and 护士长 middle; the rest
  general; a 乡镇卫生院 is a unit of its own (``左贡县旺达镇卫生院``), no 科室;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``填卡日期``, ``自查情况`` are no
  points and name no holder; the 妇幼保健计划生育服务中心's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b964_"
PLACE = "左贡县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

LIKELIHOOD = ("高", "中", "低")  # the grid's rows, top to bottom
IMPACT = ("小", "中", "大")  # the grid's columns, left to right
# the note's zones: (发生可能性, 影响程度) -> level
ZONES = {
    ("高", "大"): 1, ("高", "中"): 1, ("中", "大"): 1,
    ("高", "小"): 2, ("中", "中"): 2, ("低", "大"): 2,
    ("中", "小"): 3, ("低", "中"): 3, ("低", "小"): 3,
}  # fmt: skip
# the grid: (发生可能性, 影响程度) -> the codes in that cell
GRID = {
    ("高", "小"): ("R08",), ("高", "中"): ("R05", "R09"), ("高", "大"): ("R01", "R03"),
    ("中", "小"): ("R06",), ("中", "中"): ("R10",), ("中", "大"): ("R02", "R11"),
    ("低", "小"): (), ("低", "中"): ("R07",), ("低", "大"): ("R04",),
}  # fmt: skip


def grid_level(code: str) -> int:
    """The level the grid's note gives the cell a code stands in (exactly one)."""
    cells = [cell for cell, codes in GRID.items() if code in codes]
    assert len(cells) == 1, (code, cells)
    return ZONES[cells[0]]


# (科室, 岗位, 姓名, tier, [(风险编号, 廉政风险点, 防控措施)])
BY_GRID = [
    ("院领导", "院长", "公仪璆", "leader", [
        ("R01", "大型医疗设备采购论证走过场、指定品牌", "设备采购经院党支部会集体研究，参数论证邀请援藏专家把关。"),
        ("R02", "重大事项和大额资金使用个人说了算", "严格执行“三重一大”集体决策，会议纪要存档。"),
    ]),
    ("院领导", "副院长", "仉督琮", "leader", [
        ("R03", "药品、耗材遴选进院中收受供应商好处", "药事管理与药物治疗学委员会集体遴选，结果院内公示。"),
        ("R04", "职称推荐、评优评先中打招呼", "推荐条件和结果公示，纪检人员全程监督。"),
    ]),
    ("药剂科", "科主任", "公仪瑢", "middle", [
        ("R05", "药品采购计划人为调整，收受回扣", "采购计划按用量测算，超常用量药品每月预警。"),
        ("R06", "藏药、中成药库存管理不严，账实不符", "药库每月盘点，出入库双人签字。"),
    ]),
    ("医务科", "科长", "仉督珝", "middle", [
        ("R07", "医疗纠纷处理中私下调解、隐瞒不报", "纠纷一律登记，调解结果报院办公会。"),
        ("R08", "违规出具诊断证明、病休证明", "诊断证明由科室负责人审签，医务科盖章登记。"),
    ]),
    ("财务科", "会计", "公仪瑒", "general", [
        ("R09", "医保基金结算中虚记费用、套取资金", "医保结算数据每月与医保局对账，智能审核预警。"),
        ("R10", "收费票据管理不严，截留挪用现金", "票据领用核销登记，现金日清日结。"),
    ]),
    ("总务科", "科长", "仉督嵚", "middle", [
        ("R11", "维修工程、后勤物资采购化整为零规避招标", "维修和采购项目年初编制计划，限额以上公开招标。"),
    ]),
]  # fmt: skip


def zuogong_hospital_risk_grid() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    sh = _Sheet("风险清单", [10, 12, 10, 10, 38, 38])
    _line(sh, f"{unit}廉政风险点清单", 6)
    sh.add("风险编号", "科室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    for dept, post, who, tier, points in BY_GRID:
        for code, point, measures in points:
            sh.add(code, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], grid_level(code))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级见《风险坐标图》。", 6)
    sh.add("编制：院办公室", None, None, "审核：", None, "2025年5月")
    grid = _Sheet("风险坐标图", [22, 20, 20, 20])
    _line(grid, f"{unit}廉政风险坐标图", 4)
    grid.add("发生可能性＼影响程度", *IMPACT)
    for row in LIKELIHOOD:
        grid.add(row, *("、".join(GRID[(row, col)]) or "/" for col in IMPACT))
    _line(grid, "注：1.图中编号对应《风险清单》的风险编号。2.风险等级按风险在坐标图中所处区域确定：发生可能性高且"
                "影响程度大、中的，以及发生可能性中且影响程度大的（右上红色区域）为一级风险；发生可能性高且影响程度小、"
                "发生可能性中且影响程度中、发生可能性低且影响程度大的（中间黄色区域）为二级风险；其余（左下绿色区域）"
                "为三级风险。", 4)  # fmt: skip
    return _layout(
        "zuogong_hospital_risk_grid", "https://m.51dongshi.net/tlist-6803130",
        "(harder) 县人民医院 廉政风险点清单 with a 风险坐标图, after the source's 风险矩阵表 (风险概率, 风险影响, 风险管理"
        "策略, 应对措施): sheet 风险清单 with a title, 风险编号 ``R01``…/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "防控措施 and NO LEVEL COLUMN, a ``注：风险等级见《风险坐标图》`` line; sheet 风险坐标图 a 3×3 grid, rows 发生可能性 "
        "高/中/低, columns 影响程度 小/中/大, each cell the codes standing there (``R05、R09``, ``/`` none), and a ``注：`` "
        "line grading by zone (右上红色 一级, 中间黄色 二级, 左下绿色 三级, each zone's cells named); no type column",
        [sh, grid], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zuogong_health_commission_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 20, 36, 12, 11, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("仉督澐", "主任", "主持委全面工作", [
            ("公共卫生专项资金分配个人决定", "制度机制风险", "一级风险", "专项资金分配经委党组会集体研究，分配结果公示。"),
            ("乡镇卫生院基础设施建设项目插手干预", "岗位职责风险", "一级风险", "项目建设全程纪检监督，领导干预登记报告。"),
        ]),
        ("公仪翯", "副主任", "分管医政医管、基层卫生", [
            ("医疗机构执业登记校验把关不严", "岗位职责风险", "二级风险", "校验材料两人审核，结果网上公开。"),
            ("接受医疗机构宴请、礼品礼金", "思想道德风险", "三级风险", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 10, 36, 12, 11, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "仉督峣", "middle", "医师资格、护士执业注册审核放宽条件", "业务流程风险", "一级风险",
         "注册材料网上核验，审核结果股室集体复核。"),
        ("医政医管股", "股长", "仉督峣", "middle", "医疗纠纷调处偏袒一方", "外部环境风险", "二级风险",
         "纠纷调处两人以上参加，调处记录存档。"),
        ("财务股", "会计", "公仪澐", "general", "基本公共卫生服务补助资金拨付不按考核结果", "制度机制风险", "一级风险",
         "补助资金按绩效考核结果拨付，拨付清单公示。"),
        ("财务股", "会计", "公仪澐", "general", "报销票据审核不严，虚列支出", "岗位职责风险", "二级风险",
         "报销实行经办、审核、审批三级签字。"),
        ("公共卫生股", "科员", "仉督湜", "general", "包虫病筛查、地方病防治项目数据虚报", "业务流程风险", "三级风险",
         "项目数据与乡镇卫生院台账逐项核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "zuogong_health_commission_two_sheets", "https://www.taodocs.com/p-403549922.html",
        "县卫生健康委员会 廉政风险防控一览表 in TWO SHEETS, after the source's account of a 县卫生局's 中央补助公共卫生专项项目 "
        "and 基础设施建设项目 funds (项目工作小组, 专项资金, 乡镇卫生院建设): sheet 委领导 with 姓名/职务/分管工作 merged per "
        "leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险类型 ``…风险``, 风险等级 "
        "``一级风险/二级风险/三级风险``, 防控措施",
        [lead, dept], t,
    )  # fmt: skip


def zuogong_tibetan_hospital_list() -> dict:
    unit = f"{PLACE}藏医院"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "公仪崟", "leader", "藏药材收购价格、供货商确定个人说了算", "制度机制", "高",
         "藏药材收购三家比价，价格经院务会确定。"),
        ("院领导", "院长", "公仪崟", "leader", "制剂室改扩建工程变更签证把关不严", "岗位职责", "中",
         "工程变更经监理、院务会审定，资料存档。"),
        ("藏药制剂室", "室主任", "仉督玹", "middle", "虫草、红景天等名贵药材投料不足、以次充好", "业务流程", "高",
         "投料双人复核，每批制剂留样备查。"),
        ("藏药制剂室", "室主任", "仉督玹", "middle", "院内制剂对外私自销售", "思想道德", "中",
         "制剂出库凭处方和调拨单，每月对账。"),
        ("药库", "保管员", "公仪琰", "general", "药材出入库账实不符", "岗位职责", "中",
         "药库每月盘点，保管员与会计双签。"),
        ("门诊部", "收费员", "仉督晅", "general", "收费不开票、截留现金", "外部环境", "低",
         "收费系统实时记账，现金日清日结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：风险类型分为思想道德、制度机制、岗位职责、业务流程、外部环境五类；风险等级分为高、中、低。",
        8,
    )
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None, "2025年5月")
    return _layout(
        "zuogong_tibetan_hospital_list", "https://m.qbook.qq.com/read/1034847728/38",
        "县藏医院 岗位廉政风险防控一览表, after the source's account of 拉萨's 藏药产业 (藏药材, 制剂, 藏药厂, 名贵药材): "
        "``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def zuogong_cdc_group_rows() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("防控清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "仉督昉", "leader", [
                ("检验检测设备、试剂采购指定供应商", "★★★", "采购经中心班子会研究，三家以上询价。"),
                ("突发公共卫生事件应急物资调拨不规范", "★★", "应急物资出入库登记，调拨单主任签字。"),
            ]),
        ]),
        ("二、免疫规划科", "免疫规划科", [
            ("科长", "公仪潆", "middle", [
                ("二类疫苗采购中收受生产企业好处", "★★★", "疫苗通过省级平台采购，采购计划集体研究。"),
            ]),
            ("疫苗管理员", "公仪嶂", "general", [
                ("疫苗出入库登记不实，冷链记录造假", "★★", "疫苗出入库扫码追溯，温度监测自动记录。"),
                ("向接种单位分发疫苗时收取费用", "★", "分发清单乡镇卫生院签收，每季度核对。"),
            ]),
        ]),
        ("三、检验科", "检验科", [
            ("检验员", "仉督溍", "general", [
                ("水质、食品检测数据出具虚假报告", "★★★", "检测报告三级审核，原始记录留存。"),
                ("检测收费不入账", "★", "收费统一由财务开票，检验科不收现金。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 6)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zuogong_cdc_group_rows", "https://m.777doc.com/doc-7096888.html",
        "县疾病预防控制中心 廉政风险防控清单 under GROUP ROWS, after the source's 县级疾病预防控制中心基本职能 (传染病、地方病"
        "防控, 突发公共卫生事件应急处置, 实验室检测分析, 健康教育): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``"
        "/防控措施, group rows ``一、中心领导``, ``二、免疫规划科``, ``三、检验科`` merged across; 岗位 and 姓名 merged per "
        "person; a ``注：`` line reading the stars; no type column",
        [sh], t,
    )  # fmt: skip


def zuogong_health_enforcement_cards() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("公仪翎", "大队领导", "大队长", "leader", [
            ("卫生行政处罚案件降格处理、以罚代刑", "制度机制", "Ⅰ级", "重大案件集体讨论，法制审核把关。"),
            ("为关系人说情、干预案件查处", "思想道德", "Ⅱ级", "干预案件登记报告，每季度通报。"),
        ]),
        ("仉督岏", "公共卫生监督中队", "中队长", "middle", [
            ("公共场所卫生许可发放人情证、关系证", "岗位职责", "Ⅰ级", "许可现场核查两人以上，结果网上公示。"),
            ("监督检查中接受宴请、收受礼品", "外部环境", "Ⅱ级", "检查两人以上，执法记录仪全程记录。"),
        ]),
        ("公仪峄", "医疗卫生监督中队", "执法员", "general", [
            ("非法行医查处不及时、通风报信", "岗位职责", "Ⅰ级", "举报线索登记编号，限时查处。"),
            ("现场检查笔录不实", "业务流程", "Ⅲ级", "笔录当事人签字，照片上传执法系统。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", "所在中队", "职　务", "填卡日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("持卡人签名：", None, "大队长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "zuogong_health_enforcement_cards", "https://jxxfw.com/periodical/14549e3996cb055ed9de08a53863ad82.html",
        "县卫生健康综合行政执法大队 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's paper "
        "on 卫生许可证 (发证质量, 人情证、关系证, 卫生监督): a title, a label row ``姓　名 | 所在中队 | 职　务 | 填卡日期`` over a "
        "row of values, then 序号/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "``持卡人签名： | 大队长审核：``",
        sheets, t,
    )  # fmt: skip


def zuogong_maternal_child_posts() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 16, 38, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "扶助资金审批", "计划生育特殊困难家庭扶助资金审批把关不严", "岗位职责", "高风险",
         "扶助对象经乡镇、县两级审核，名单公示。"),
        ("中心领导", "主任", "leader", "设备采购", "妇幼保健设备采购倾向特定供应商", "制度机制", "中风险",
         "采购经中心集体研究，三家比价。"),
        ("计划生育科", "科长", "middle", "奖励扶助对象确认", "奖励扶助对象资格确认不实、优亲厚友", "业务流程", "高风险",
         "资格信息与户籍、婚育信息比对。"),
        ("计划生育科", "科员", "general", "扶助金发放", "扶助金发放不及时、截留挪用", "岗位职责", "中风险",
         "扶助金一律打卡发放，发放名单公示。"),
        ("妇女保健科", "科员", "general", "孕产妇补助登记", "住院分娩补助登记信息造假", "外部环境", "低风险",
         "补助信息与住院记录核对，随机回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zuogong_maternal_child_posts", "http://www.wxbh.gov.cn/zfxxgk/sqzfxxgkml_1/gyjz/jhsytsknjtfz/index.shtml",
        "县妇幼保健计划生育服务中心 岗位廉政风险点排查表 对岗不对人, after the source's page on 计划生育特殊困难家庭扶助 "
        "(扶助对象, 扶助金, 审核): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zuogong_wangda_clinic_selfchecks() -> dict:
    unit = f"{PLACE}旺达镇卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "仉督瑨", "院长", "leader", [
            ("基本药物采购、配送企业选择个人决定", "一级", "采购通过自治区平台，配送企业经院务会确定。", "已落实"),
            ("乡村医生补助发放优亲厚友", "二级", "补助按考核结果发放，名单在村公示。", "已落实"),
        ]),
        ("药房", "公仪珺", "药剂员", "general", [
            ("药品出入库不登记、私自外卖", "二级", "药品出入库电脑登记，每月盘点。", "未发现问题"),
            ("过期药品处理不规范", "三级", "过期药品登记造册，集中销毁有记录。", "已落实"),
        ]),
        ("公共卫生", "仉督璎", "公卫专干", "general", [
            ("健康档案、随访记录弄虚作假", "一级", "随访电话抽查，档案与诊疗记录比对。", "已落实"),
            ("公共卫生服务补助考核打人情分", "三级", "考核两人以上，结果公示。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, items in cards:
        sh = _Sheet(tab, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", who, "岗　位", post, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(items, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签字：", None, "院长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "zuogong_wangda_clinic_selfchecks", "https://rolseo.com/Tibetzuogongxian_map",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the post), after the source's entry on 左贡县 (县人民政府"
        "驻旺达镇, 318、214国道, 茶马古道, 虫草、松茸): a title, ``姓　名 | … | 岗　位 | …`` on one row, then 序号/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column; ``本人签字： | 院长签字：``",
        sheets, t,
    )  # fmt: skip


def zuogong_tiantuo_clinic_list() -> dict:
    unit = f"{PLACE}田妥镇中心卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院长", "公仪璠", "leader", "医疗设备维修、耗材采购不按程序", "制度机制", "高",
         "采购和维修经院务会研究，验收两人签字。"),
        ("院长", "公仪璠", "leader", "绩效工资分配不公开", "岗位职责", "中",
         "绩效分配方案职工大会通过，结果公示。"),
        ("会计", "仉督琨", "general", "新农合（医保）报销资料审核不严", "业务流程", "高",
         "报销资料双人审核，每月与医保局对账。"),
        ("会计", "仉督琨", "general", "现金收支不及时入账", "岗位职责", "中",
         "现金日清日结，每月盘点库存现金。"),
        ("护士长", "公仪若蘅", "middle", "医用耗材领用登记不实", "外部环境", "低",
         "耗材领用凭单登记，科室每月核对。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "zuogong_tiantuo_clinic_list", "http://zhiqingwang.shzq.org/shzq/3070811398014908356.html",
        "镇中心卫生院 岗位廉政风险防控一览表, after the source's entry on 左贡县 (辖3个镇、7个乡, 县人民政府驻旺达镇, 犏牛背, "
        "茶马古道): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zuogong_hospital_risk_grid(),
    zuogong_health_commission_two_sheets(),
    zuogong_tibetan_hospital_list(),
    zuogong_cdc_group_rows(),
    zuogong_health_enforcement_cards(),
    zuogong_maternal_child_posts(),
    zuogong_wangda_clinic_selfchecks(),
    zuogong_tiantuo_clinic_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch964-inbox"))

"""The six-hundred-and-seventy-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's grain and
reserve bodies, 阿荣旗 (of 呼伦贝尔市, 内蒙古自治区) — its 粮食和物资储备局, 中心粮库, 军粮供应站,
粮油质量检验站, 粮食收储有限公司, 应急物资储备中心, 粮食购销有限责任公司 and the 国家粮食储备库 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 粮食和物资储备局's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``一级/二级/三级``, no type column, a 填表/审核 line;
- the 中心粮库's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 军粮供应站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` label rows, ``★★★/★★/★``
  read by a ``注：`` line;
- the 粮油质量检验站's 责任清单 under GROUP ROWS ``一、站领导`` …, ``岗位 | 姓名`` merged per person,
  ``一级风险/二级风险/三级风险``;
- the 粮食收储有限公司's 自查表, one sheet a person: ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 应急物资储备中心's TWO-SHEET workbook ``领导班子`` / ``科室``, ``高风险/中风险/低风险``;
- the 粮食购销有限责任公司's 登记表 under a 填报单位（盖章） line: ``部门`` merged, ``岗位 | 姓名``
  merged per person, short types, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``arong_grain_reserve_depot_system_export``: the 国家粮食储备库's export from a 廉政风险防控
  信息系统, written as the system's THREE RELATED TABLES, one sheet each, with no title (only an
  ``导出单位：…　导出时间：…`` line over the first): sheet
  ``风险点`` (``风险点编号 | 业务环节 | 风险点 | 风险类别 | 风险等级 | 防控措施``, one row a point, no
  holder), sheet ``人员`` (``人员编号 | 姓名 | 部门 | 岗位``, one row a person, no point) and sheet
  ``责任关系`` — a JUNCTION TABLE ``序号 | 风险点编号 | 人员编号 | 关联时间``, one row a (point, person)
  PAIR, a point paired with one to three people and a person with several points, in the order the
  pairs were entered (not grouped by person). A holder's points are the points paired with his
  number; the table is many-to-many, keyed by IDs on both sides (``FX-07`` ↔ ``RY005``). The
  README's 读得懂的表 knows a list whose 责任人编号 cell holds staff numbers keyed by an ``人员编号 | 姓名 |
  职务`` table, codes like ``S01-1`` resolved by a 岗位代码对照表, a 分工 table naming each holder's point
  numbers or ranges, and a holders grid of point numbers ticked; it does not describe a point list
  with NO holder column at all whose holders come only through a separate link table of ID pairs
  (one pair a row), each side resolved on a sheet of its own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (靠粮吃粮 — 升溢粮, 虚假报支, 售粮
收入少入账, 折斤贴水, 提高水分杂质比例; 粮食系统反腐 — 粮官落马, 粮食购销领域专项整治; 粮站内部管理
混乱 — 收购、储存、销售 一把手说了算; 军粮供应 — 军供粮源、质量, 指定生产厂家进货; 储备粮质量检查
扦样检验 — 扦样, 样品登记, 检验结果真实准确; 用强有力监督筑牢粮食安全防线 — 私设小金库, 挪用私分;
储备玉米 质量问题 — 以劣充好, 索要回扣; 粮油储存安全责任 — 安全储粮, 出入库, 储存) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 贝 and 迟 with rare given names); every unit is a body of
阿荣旗.

Run ``python tests/published/score.py --set batch676`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every row of ``责任关系`` makes the point of its 风险点编号 a point of the person
  of its 人员编号, with the point's level and type from sheet ``风险点``; the person's 部门 and 岗位 come
  from sheet ``人员``; one form a person (sheet ``风险点``, where the points stand), his points in the
  order of the ``风险点`` sheet; ``业务环节`` and ``关联时间`` name no holder and are no points, nor is the 导出 line; a person
  with no pair would have no form (every person here has pairs); 主任 and 副主任 of the 储备库 are
  leaders, a 科's 科长 middle, 保管员, 检斤员, 化验员, 会计 general;
- ``库领导``, ``站领导``, ``中心领导`` (a 科室 cell, a group row) are the 科室 of those leaders, as earlier
  batches had it; the 应急物资储备中心's ``领导班子`` sheet (no 科室 column) and the cards' leaders have
  no 科室; a 局's 股/科, a 库's or 公司's 部/科 and a 站's 室 are 科室;
- every body is a unit of its own: 局长, 副局长, 主任, 副主任, 站长, 副站长, 经理 and 副经理 are leaders;
  股长, 科长, 部长 and a 室's 主任 middle; the rest (股员, 保管员, 检斤员, 化验员, 扦样员, 会计, 出纳,
  业务员, 供应员) general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b676_"
PLACE = "阿荣旗"
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

# 人员: (人员编号, 姓名, 部门, 岗位, tier)
STAFF = [
    ("RY001", "贝翛湄", "库领导", "主任", "leader"),
    ("RY002", "迟沨岫", "库领导", "副主任", "leader"),
    ("RY003", "贝珝翾", "仓储保管科", "科长", "middle"),
    ("RY004", "迟翀蘅", "仓储保管科", "保管员", "general"),
    ("RY005", "贝泠砚", "购销业务科", "检斤员", "general"),
    ("RY006", "迟琤芃", "质量检验室", "化验员", "general"),
    ("RY007", "贝沄栩", "财务科", "会计", "general"),
]

# 风险点: (风险点编号, 业务环节, 风险点, 风险类别, 风险等级, 防控措施)
POINTS = [
    (
        "FX-01",
        "粮食收购",
        "收购时“折斤”“贴水”，多扣少报，克扣售粮农民",
        "业务流程风险",
        "高",
        "检斤、扣量数据系统自动采集，售粮农民当场签字确认。",
    ),
    (
        "FX-02",
        "粮食收购",
        "提高水分、杂质、霉变比例压级压价",
        "岗位职责风险",
        "高",
        "质检结果当场告知，异议样品封存复检。",
    ),
    (
        "FX-03",
        "粮食储存",
        "升溢粮不入账，私自处置",
        "业务流程风险",
        "高",
        "升溢粮每仓核算，出库后三日内入账。",
    ),
    (
        "FX-04",
        "粮食储存",
        "虚报储粮损耗，套取损耗粮",
        "岗位职责风险",
        "中",
        "损耗按定额核销，超定额报库务会研究。",
    ),
    (
        "FX-05",
        "粮食轮换",
        "轮换中以陈顶新、“转圈粮”套取差价",
        "制度机制风险",
        "高",
        "轮换计划上级批复，出入库全程视频监控。",
    ),
    (
        "FX-06",
        "粮食销售",
        "售粮收入少入账，私设小金库",
        "制度机制风险",
        "高",
        "售粮款一律进入基本账户，月度对账。",
    ),
    (
        "FX-07",
        "质量检验",
        "出具不实检验结果，以次充好",
        "岗位职责风险",
        "中",
        "检验留样备查，结果双人复核签字。",
    ),
    (
        "FX-08",
        "财务管理",
        "虚假报支、白条入账",
        "制度机制风险",
        "中",
        "报支凭证三级审核，严禁白条入账。",
    ),
    (
        "FX-09",
        "日常管理",
        "接受粮商宴请、礼品礼金",
        "思想道德风险",
        "低",
        "签订廉洁承诺书，节前廉洁提醒。",
    ),
]

# 责任关系: (风险点编号, 人员编号) in the order the pairs were entered
PAIRS = [
    ("FX-05", "RY001"), ("FX-06", "RY001"), ("FX-01", "RY005"), ("FX-03", "RY003"),
    ("FX-03", "RY004"), ("FX-02", "RY006"), ("FX-02", "RY002"), ("FX-04", "RY004"),
    ("FX-05", "RY002"), ("FX-07", "RY006"), ("FX-08", "RY007"), ("FX-06", "RY007"),
    ("FX-09", "RY005"), ("FX-05", "RY003"),
]  # fmt: skip


def arong_grain_reserve_depot_system_export() -> dict:
    unit = f"{PLACE}国家粮食储备库"
    t = _Truth(unit)
    pts = _Sheet("风险点", [12, 12, 42, 14, 10, 40])
    _line(pts, f"导出单位：{unit}{GAP * 4}导出时间：2025-03-20 16:42", 6)
    pts.add("风险点编号", "业务环节", "风险点", "风险类别", "风险等级", "防控措施")
    for row in POINTS:
        pts.add(*row)
    staff = _Sheet("人员", [12, 10, 14, 10])
    staff.add("人员编号", "姓名", "部门", "岗位")
    for code, who, dept, post, _tier in STAFF:
        staff.add(code, who, dept, post)
    link = _Sheet("责任关系", [6, 12, 12, 20])
    link.add("序号", "风险点编号", "人员编号", "关联时间")
    for i, (fx, ry) in enumerate(PAIRS, 1):
        link.add(i, fx, ry, f"2025-03-{10 + i % 5:02d} 09:{(i * 7) % 60:02d}")
    # the truth: one form a person, in the 人员 order, his points in the 风险点 order
    for code, who, dept, post, tier in STAFF:
        mine = {fx for fx, ry in PAIRS if ry == code}
        for fx, _stage, point, typ, lv, _measures in POINTS:
            if fx in mine:
                t.point(pts.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    return _layout(
        "arong_grain_reserve_depot_system_export", "https://newton.com.tw/wiki/%E9%9D%A0%E7%B3%A7%E5%90%83%E7%B3%A7/60656997",
        "(harder) 国家粮食储备库 廉政风险防控信息系统 export as THREE RELATED TABLES, after the source's 靠糧吃糧 (升溢糧, 虛假"
        "報支, 售糧收入少入賬, 折斤貼水, 提高水分雜質霉變比例): sheet 风险点 ``风险点编号 | 业务环节 | 风险点 | 风险类别 | 风险等级 "
        "(高/中/低) | 防控措施`` with no holder, sheet 人员 ``人员编号 | 姓名 | 部门 | 岗位`` with no point, and sheet 责任关系 a "
        "JUNCTION TABLE ``序号 | 风险点编号 | 人员编号 | 关联时间``, one (point, person) pair a row in entry order, a point "
        "paired with one to three people; no title, only a merged ``导出单位：…　导出时间：…`` line over the 风险点 sheet",
        [pts, staff, link], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def arong_grain_bureau_list() -> dict:
    unit = f"{PLACE}粮食和物资储备局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    sh.add("附件1", None, None, None, None, None, None)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "迟翯榆", "leader", [
            ("地方储备粮承储企业确定个人说了算", "一级", "承储企业确定经局党组会集体研究并公示。"),
            ("粮食仓储设施项目干预招投标", "一级", "项目一律进入旗公共资源交易中心。"),
        ]),
        ("粮食购销监管股", "股长", "贝滢岍", "middle", [
            ("粮食购销领域监督检查发现问题隐瞒不报", "一级", "检查结果集体研判，问题台账报局党组。"),
            ("粮食收购资格备案审核把关不严", "二级", "备案材料清单公开，双人审核。"),
        ]),
        ("粮食购销监管股", "股员", "迟滢杪", "general", [
            ("库存检查中走过场，对账实不符问题放任", "二级", "检查实行交叉互查，拍照留存。"),
        ]),
        ("物资储备股", "股长", "贝曦蘅", "middle", [
            ("救灾物资采购指定供应商", "一级", "物资采购进入政府采购平台。"),
            ("储备物资调拨审批不按程序", "二级", "调拨凭旗应急指挥部指令，登记台账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表：", None, "审核：", None, None, f"{unit}（盖章）", None)
    return _layout(
        "arong_grain_bureau_list", "http://gsdjw.com/news/guonei/306157.html",
        "旗粮食和物资储备局 岗位廉政风险防控一览表, after the source's 粮食系统掀反腐风暴 (粮官落马, 粮食购销收储领域, 自治区"
        "粮食和物资储备局): an ``附件1`` line, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施, no type column; a 填表/审核/盖章 line",
        [sh], t,
    )  # fmt: skip


def arong_central_depot_posts() -> dict:
    unit = f"{PLACE}中心粮库"
    sh = _Sheet("排查表", [6, 14, 12, 36, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("库领导", "主任", "leader", [
            ("粮食收购、销售环节一把手说了算", "制度机制风险", "高", "购销事项库务会集体研究，纪要存档。"),
            ("人事、财务事项不按程序决策", "制度机制风险", "高", "三重一大事项集体决策。"),
        ]),
        ("仓储科", "保管员", "general", [
            ("出入库数量登记不实", "岗位职责风险", "高", "出入库双人计量，单据连号管理。"),
            ("粮情检查记录弄虚作假", "岗位职责风险", "中", "粮情检测数据系统自动上传。"),
        ]),
        ("业务科", "业务员", "general", [
            ("销售合同签订中与粮商串通压价", "业务流程风险", "高", "销售价格集体定价，合同法律审核。"),
            ("接受粮商好处费", "思想道德风险", "低", "签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    return _layout(
        "arong_central_depot_posts", "https://hd.stheadline.com/ncov/news-detail.php?r=1825497&y=2022",
        "中心粮库 岗位廉政风险点排查表 对岗不对人, after the source's 糧食貪腐 (糧站內部管理混亂, 收購、儲存、銷售 一把手說了算): "
        "a title, 序号/部门 merged/岗位 merged/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def arong_army_grain_station_cards() -> dict:
    unit = f"{PLACE}军粮供应站"
    t = _Truth(unit)
    cards = [
        ("站长", "贝昶翎", "主持全面工作", "leader", [
            ("军供粮油供货企业选定暗箱操作", "★★★", "供货企业按上级公布名单比选，结果公示。"),
            ("军粮品种调剂、串换中谋取私利", "★★★", "调剂串换报旗粮食局审批，台账登记。"),
            ("公务接待超标准", "★", "执行接待清单制度，每月公开。"),
        ]),
        ("副站长", "迟芃樾", "分管供应、质量", "leader", [
            ("供应部队粮油质量把关不严，以次充好", "★★", "一批一检一报告，检验报告随货同行。"),
            ("议价粮油价格核定不公", "★★★", "价格参照市场监测价，集体核定。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, work, tier, points in cards:
        sh = _Sheet(who, [6, 38, 10, 36])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("分管工作", work, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "日期：", None)
        sheets.append(sh)
    return _layout(
        "arong_army_grain_station_cards", "https://news.sohu.com/20070723/n251192940.shtml",
        "军粮供应站 领导干部廉政风险防控卡, one sheet a leader, after the source's 军粮供应 (军供粮源、质量, 品种调剂、串换, "
        "议价粮油供应, 指定生产厂家进货): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施, a ``注：`` line reading the stars, a 持卡人签字 line",
        sheets, t,
    )  # fmt: skip


def arong_quality_station_group_rows() -> dict:
    unit = f"{PLACE}粮油质量检验站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "迟曈珩", "leader", [
                ("检验仪器设备采购指定品牌", "一级风险", "设备采购进入政府采购平台。"),
                ("对检验结果异议处理打招呼、说情", "二级风险", "异议复检由站务会指定人员。"),
            ]),
        ]),
        ("二、扦样室", "扦样室", [
            ("主任", "贝晞琰", "middle", [
                ("扦样布点不规范，样品不具代表性", "一级风险", "扦样全程录像，扦样登记表双方签字。"),
            ]),
            ("扦样员", "迟煦岚", "general", [
                ("受承储企业请托调换样品", "一级风险", "样品现场封签，编号盲样流转。"),
                ("接受承储企业宴请", "三级风险", "签订廉洁承诺书。"),
            ]),
        ]),
        ("三、检验室", "检验室", [
            ("化验员", "贝琮翊", "general", [
                ("检验数据随意更改", "二级风险", "检验数据仪器直传，修改留痕。"),
                ("出具不实检验报告", "一级风险", "报告三级审核签发。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("编制：", None, "审核：", None, "2025年3月", None)
    return _layout(
        "arong_quality_station_group_rows",
        "http://fzggw.cq.gov.cn/zwgk/zfxxgkml/zcwj/xzgfxwj/sfzggwxzgfxwj/202209/t20220913_11104865.html",
        "粮油质量检验站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、检验室`` merged across, after the source's "
        "储备粮食质量检查扦样检验管理办法 (扦样, 样品代表性, 检验结果真实准确): 序号/岗位 and 姓名 merged per person/廉政风险点/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; no 科室 column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def arong_grain_storage_company_selfchecks() -> dict:
    unit = f"{PLACE}粮食收储有限公司"
    t = _Truth(unit)
    people = [
        ("财务部", "部长", "迟玥翃", "middle", [
            ("售粮收入不及时入账", "Ⅰ级", "已实行售粮款当日入账"),
            ("私设小金库，挪用私分国有资金", "Ⅰ级", "已开展账户清理"),
            ("费用报销审核不严", "Ⅱ级", "已实行三级审核"),
        ]),
        ("仓储部", "保管员", "贝瑀岚", "general", [
            ("虚增粮食损耗", "Ⅰ级", "按定额核销"),
            ("仓房钥匙管理不严", "Ⅲ级", "已实行双人双锁"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, who, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 4)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间")
        sh.add(who, dept, post, "2025年4月")
        sh.add("序号", "风险点", "风险等级", "自查情况")
        for i, (point, lv, check) in enumerate(points, 1):
            sh.add(i, point, lv, check)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add("本人签字：", None, "部门负责人签字：", None)
        sheets.append(sh)
    return _layout(
        "arong_grain_storage_company_selfchecks", "https://www.hzlz.gov.cn/detail/2022/07/14/53861.html",
        "粮食收储有限公司 岗位廉政风险自查表, one sheet a person, after the source's 用强有力监督筑牢粮食安全防线 (靠粮吃粮, "
        "私设小金库, 挪用私分国有资产, 粮库一把手): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row "
        "of values, 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/自查情况, no type column; a 签字 line",
        sheets, t,
    )  # fmt: skip


def arong_emergency_supplies_two_sheets() -> dict:
    unit = f"{PLACE}应急物资储备中心"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 10, 10, 20, 38, 10, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("迟珩翙", "主任", "主持全面工作", [
            ("储备物资采购个人决断", "高风险", "采购事项主任办公会集体研究。"),
            ("储备库房改造项目干预招标", "高风险", "项目进入公共资源交易中心。"),
        ]),
        ("贝翾禾", "副主任", "分管仓储、调运", [
            ("储备物资轮换处置价格偏低", "中风险", "轮换处置公开竞价。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 10, 10, 38, 10, 34])
    _line(dept, f"{unit}科室岗位廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("仓储管理科", "科长", "迟琰栩", "middle", "储备物资出入库手续不全", "中风险", "出入库凭调拨单办理，双人复核。"),
        ("仓储管理科", "科长", "迟琰栩", "middle", "账实不符问题隐瞒不报", "高风险", "每季度盘点，结果报中心。"),
        ("仓储管理科", "保管员", "贝瑄汀", "general", "私自借用储备物资", "低风险", "物资借用一律登记审批。"),
        ("综合科", "出纳", "迟瑷芃", "general", "现金收支不及时入账", "低风险", "现金日清月结。"),
        ("综合科", "出纳", "迟瑷芃", "general", "公务卡使用公私不分", "中风险", "公务卡消费每月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "arong_emergency_supplies_two_sheets", "http://w2.epochtimes.com.tw/n317681/陸官方糧倉-被爆存有酸臭廢糧.html",
        "应急物资储备中心 廉政风险防控一览表 in TWO SHEETS, after the source's 储备玉米 质量问题 (以劣充好, 索要回扣, 謊報庫存): "
        "``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per "
        "person), ``高风险/中风险/低风险``, no type column",
        [lead, dept], t,
    )  # fmt: skip


def arong_grain_trading_company_register() -> dict:
    unit = f"{PLACE}粮食购销有限责任公司"
    sh = _Sheet("登记表", [6, 14, 10, 10, 38, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("购销部", "经理", "贝皛芸", "middle", [
            ("粮食出库中虚报数量，与粮商串通", "业务流程", "一级", "出库数量检斤、保管、财务三方核对。"),
            ("收购资金拨付不按进度", "制度机制", "二级", "资金拨付按收购进度审批。"),
        ]),
        ("购销部", "检斤员", "迟翯芃", "general", [
            ("检斤时虚增或克扣重量", "岗位职责", "一级", "地磅数据自动采集，视频留存。"),
            ("泄露收购价格信息", "思想道德", "三级", "签订保密承诺书。"),
        ]),
        ("财务部", "出纳", "贝晗樾", "general", [
            ("收购款支付给非售粮人", "岗位职责", "二级", "收购款一卡通直付售粮人。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    return _layout(
        "arong_grain_trading_company_register", "http://m.941808.cn/index.php?id=4394&mod=news_show",
        "粮食购销有限责任公司 廉政风险点排查登记表, after the source's 粮油储存安全责任暂行规定 (安全储粮, 出入库, 责任落实): a "
        "title, a 填报单位（盖章） line, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    arong_grain_reserve_depot_system_export(),
    arong_grain_bureau_list(),
    arong_central_depot_posts(),
    arong_army_grain_station_cards(),
    arong_quality_station_group_rows(),
    arong_grain_storage_company_selfchecks(),
    arong_emergency_supplies_two_sheets(),
    arong_grain_trading_company_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch676-inbox"))

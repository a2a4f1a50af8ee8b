"""The seven-hundred-and-sixty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
grain and material reserve bodies, 灯塔市 (of 辽阳市, 辽宁省) — its 发展和改革局 (粮食股, 物资储备股), 国家
粮食储备库, 粮油质量检测站, 物资储备中心, 国有粮食购销有限公司, 军粮供应站, 柳条寨镇粮食收储站 and 粮食和
物资储备服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or
Excel:

- the 发展和改革局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 粮油质量检测站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低, no names;
- the 物资储备中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 国有粮食购销有限公司's 责任清单 under GROUP ROWS ``一、公司领导`` … ``三、财务部`` merged across (no
  部门 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 军粮供应站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 柳条寨镇粮食收储站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 粮食和物资储备服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``dengta_grain_reserve_depot_same_as_left``: the 国家粮食储备库's 岗位廉政风险排查表, ``序号 | 科室 | 岗位 |
  科室负责人 | 岗位责任人 | 廉政风险点 | 风险等级 | 防控措施``: the ``科室负责人`` column names the 科室's head
  (merged down over ALL the 科室's rows), the ``岗位责任人`` column names each row's own holder (merged per
  person) — and for the head's own rows it says only ``同左``, the name standing in the ``科室负责人`` cell
  at its left (a ``注：`` line says so). So the head's name is written once over rows that are mostly
  his staff's, and the head's own rows carry no name of their own. The README's 读得懂的表 knows
  ``同上``/``〃``/``（下同）`` ditto marks down a column, ``同左``/``不变`` in an ``调整后`` column of a revision
  table, a ``部门负责人`` column as a holder column, ``责任人（分管领导/岗位责任人）`` written ``X/Y``; it does
  not describe a per-row holder column beside a 科室负责人 column where ``同左`` sends the row to the
  head named at its left, while the other rows of that head's merged cell are his staff's.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a case of a 粮库 whose 驻库员 and a
grain dealer faked intake at the 电子磅 and moved grain out unrecorded; the 粮食购销领域腐败问题专项整治
deepened — 体制机制, 轮换, 储备企业; a paper on 粮油质量监测 problems — 扦样, 检测, 考核验收; a county's
救灾物资储备仓库 project — 物资储存, 调运, 发放; the 粮食 “硕鼠” 四术 of a county 国粮公司 — 以旧当新, 虚报损耗,
升溢粮, 小金库; a province's 政策性粮食大清查 质量抽查 — 扦样, 检验, 承检机构; a 基层粮站 站长 case — 虚报
数量, 套取补贴; a region's 大清查 质量检查 — 承检机构 考评, 扦样检验) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 暴 and 满 with rare given names); every unit is a body of 灯塔市.

Run ``python tests/published/score.py --set batch763`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``岗位责任人`` cell is the row's holder; ``同左`` there means the name in the
  ``科室负责人`` cell at its left (the row's post still from ``岗位``); the ``科室负责人`` of the other rows
  supervises them and is not their holder; the ``注：`` line and the 填表/审核 line are no points;
- ``库领导``, ``站领导``, ``中心领导`` (a 科室 cell) and the group row ``一、公司领导`` are the 科室 of those
  leaders; the 发展和改革局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
- 局长, 副局长, 主任, 副主任, 站长, 副站长 and the company's 经理 are leaders; 股长, 科长, 部长 middle;
  the rest (股员, 科员, 保管员, 化验员, 检斤员, 扦样员, 检验员, 会计, 出纳, 样品管理员) general;
- the 粮油质量检测站's list names no person: its forms are posts (对岗不对人); ``分管工作``,
  ``自查情况`` and ``填表时间`` are no points and name no holder;
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

PREFIX = "b763_"
PLACE = "灯塔市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SAME = "同左"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 科室负责人, [(岗位, 岗位责任人 or None for 同左, tier, [(point, 高/中/低, measures)])])
DEPOT = [
    ("库领导", "暴峣澍", [
        ("主任", None, "leader", [
            ("储备粮轮换出入库计划安排不经库务会集体研究", "高", "轮换计划库务会集体研究，报市发展和改革局备案。"),
            ("仓储设施维修改造项目化整为零规避招标", "中", "维修项目按限额标准公开招标或比选。"),
        ]),
        ("副主任", "满翎沅", "leader", [
            ("对驻库监管人员提出的账实不符问题不及时处置", "高", "库存检查问题建立台账，限期整改销号。"),
        ]),
    ]),
    ("仓储科", "满湜峤", [
        ("科长", None, "middle", [
            ("库存粮食数量检查走过场，虚报保管损耗", "高", "每月检查仓储账实，损耗按定额核定并公示。"),
        ]),
        ("保管员", "暴璆岫", "general", [
            ("未凭出库单擅自出库，与粮商内外勾结倒卖储备粮", "高", "出库凭出库单和视频监控双核对，专仓专卡专人。"),
            ("熏蒸药剂领用不登记，账物不符", "低", "药剂双人领用、双人保管，用后登记回收。"),
        ]),
        ("保管员", "满昉淇", "general", [
            ("入库粮食不按仓号堆放登记，以陈顶新", "中", "入库按批次建分仓保管账，质检抽样核对。"),
        ]),
    ]),
    ("质检科", "暴沚琰", [
        ("科长", None, "middle", [
            ("入库粮食质量检验结论审核把关不严", "中", "检验报告科长复核、主任签发，原始记录存档。"),
        ]),
        ("化验员", "满霈岐", "general", [
            ("扦样不按规定点位扦取，调换样品", "高", "扦样全程录像，样品现场封签。"),
            ("降低等级或放宽水分杂质标准", "中", "检验结果当场告知售粮人并签字确认。"),
        ]),
    ]),
    ("购销科", "满澍珣", [
        ("科长", None, "middle", [
            ("粮食销售竞价中向特定买家透露底价", "高", "销售一律进入粮食交易平台公开竞价。"),
        ]),
        ("检斤员", "暴滢岑", "general", [
            ("调整地磅摄像头、手工录入车牌，虚增过磅重量", "高", "地磅自动识别车牌，过磅数据实时上传，禁止手工修改。"),
        ]),
    ]),
]  # fmt: skip


def dengta_grain_reserve_depot_same_as_left() -> dict:
    unit = f"{PLACE}国家粮食储备库"
    sh = _Sheet("排查表", [6, 10, 9, 11, 11, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "科室负责人", "岗位责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, head, posts in DEPOT:
        for post, who, tier, points in posts:
            for point, lv, measures in points:
                n += 1
                sh.add(n, dept, post, head, who or SAME, point, lv, measures)
                t.point(sh.name, dept, post, who or head, tier, point, [], HML[lv])
    _merge_down(
        sh, first,
        [(1, lambda row: row[1]), (3, lambda row: row[1]),
         (2, lambda row: (row[1], row[2], row[4])), (4, lambda row: (row[1], row[2], row[4]))],
    )  # fmt: skip
    _line(sh, "注：岗位责任人即本科室负责人的，填“同左”；风险等级分高、中、低三级。", 8)
    sh.add("填表：", None, "审核：", None, None, "主任（签字）：", None, None)
    return _layout(
        "dengta_grain_reserve_depot_same_as_left",
        "http://www.victorzhang.cn/page/2024/0610/24153157.shtml",
        "(harder) 市国家粮食储备库 岗位廉政风险排查表, after the source's case of a 粮库 whose 驻库员 and a grain dealer "
        "faked intake at the 电子磅 (摄像头 turned, 车牌 typed by hand, loaded trucks weighed twice) and moved grain out: "
        "a title, a merged 填报单位/填报时间 line, then 序号/科室 merged/岗位 merged per person/``科室负责人`` merged over "
        "the WHOLE 科室/``岗位责任人`` merged per person/廉政风险点/风险等级 高/中/低/防控措施; the head's own rows "
        "write ``同左`` under 岗位责任人 (his name stands only in the 科室负责人 cell at its left, which spans his "
        "staff's rows too); a ``注：`` line saying so and a 填表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dengta_development_reform_bureau_two_sheets() -> dict:
    unit = f"{PLACE}发展和改革局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("暴翀屹", "局长", "主持全面工作", [
            ("地方储备粮承储企业确定不经党组会集体研究", "一级", "承储企业按条件公开遴选，结果党组会研究并公示。"),
            ("粮食仓储设施建设补助资金分配优亲厚友", "二级", "补助资金按因素法分配，方案公开。"),
        ]),
        ("满琇湉", "副局长", "分管粮食和物资储备工作", [
            ("储备粮轮换计划审批中接受承储企业请托", "一级", "轮换计划集体会审，轮换过程驻库监管。"),
            ("粮食收购企业备案后监督检查放松要求", "二级", "监督检查“双随机、一公开”，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("粮食股", "股长", "满峣珂", "middle", "地方储备粮轮换价差和保管费用核定不实", "一级",
         "费用核定凭轮换合同和检验报告，股室集体审核。"),
        ("粮食股", "股长", "满峣珂", "middle", "政策性粮食库存检查走过场，发现问题不报告", "二级",
         "库存检查两人以上，检查底稿存档备查。"),
        ("粮食股", "股员", "暴沨璟", "general", "粮食流通统计数据审核把关不严", "三级", "统计数据与企业台账逐项核对。"),
        ("物资储备股", "股长", "暴岍翊", "middle", "应急物资采购需求设定倾向特定供应商", "一级",
         "采购需求经论证后公开采购，验收邀请纪检人员参加。"),
        ("物资储备股", "股员", "满湜珺", "general", "储备物资动用调拨手续不全", "二级", "动用凭调拨令，出库单据逐笔登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "dengta_development_reform_bureau_two_sheets",
        "https://www.tellerreport.com/news/2023-04-18-increase-the-intensity-of-punishment--promote-the-reform-of-institutions-and-mechanisms----the-special-rectification-of-corruption-in-the-field-of-grain-purchase-and-sales-has-continued-to-deepen.Hkld3Zuofn.html",
        "市发展和改革局 廉政风险防控一览表 in TWO SHEETS, after the source's report on the 粮食购销领域腐败问题专项整治 "
        "deepened (体制机制改革, 储备粮轮换, 储备企业, 以案促改): sheet 局领导 with 姓名/职务/分管工作 merged per "
        "leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, "
        "防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dengta_grain_oil_testing_station_posts() -> dict:
    unit = f"{PLACE}粮油质量检测站"
    sh = _Sheet("排查表", [6, 12, 12, 40, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "授意修改检验数据，出具不实检验报告", "岗位职责风险", "高",
         "检验报告三级审核，原始记录不得涂改。"),
        ("站领导", "站长", "leader", "检验仪器设备采购指定品牌", "制度机制风险", "中", "设备采购需求集体论证，公开采购。"),
        ("检验室", "扦样员", "general", "扦样不按规定点位和数量扦取，调换样品", "业务流程风险", "高",
         "扦样两人以上，全程录像，样品现场封签。"),
        ("检验室", "扦样员", "general", "接受被检企业宴请和礼品", "思想道德风险", "中", "签订廉洁承诺书，外出扦样报备。"),
        ("检验室", "检验员", "general", "检验结果受人情干扰，放宽判定标准", "外部环境风险", "高",
         "样品盲样编号检验，结果复检比对。"),
        ("综合室", "样品管理员", "general", "留存样品私自处置、调包", "业务流程风险", "低", "留样双人管理，出入登记，到期集中处置。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dengta_grain_oil_testing_station_posts", "http://www.handmsg.com/page/2021/0110/9288905.shtml",
        "市粮油质量检测站 岗位廉政风险排查表 对岗不对人, after the source's paper on 粮油质量监测 problems (扦样, 检测制度, "
        "监管不到位, 考核验收): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dengta_material_reserve_center_cards() -> dict:
    unit = f"{PLACE}物资储备中心"
    t = _Truth(unit)
    cards = [
        ("主任", "满霂岐", "主任", "主持中心全面工作", "leader", [
            ("救灾物资采购验收不严，以次充好", "★★★", "验收由中心、供应商、监督人员三方签字。"),
            ("储备仓库维修工程化整为零", "★★★", "维修工程按规定程序比选，结果公示。"),
            ("接受供应商礼品礼金", "★", "严格执行中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "暴珣滢", "副主任", "分管仓储管理、物资调运", "leader", [
            ("物资出入库单据审核不严", "★★", "出入库凭调拨单，单据逐笔复核。"),
            ("账实不符、虚报物资损耗", "★★", "每季度盘点，损耗报中心集体研究核销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "dengta_material_reserve_center_cards", "http://www.tmdps.cn/a5/2019051318/17a91861a80dfeef.html",
        "市物资储备中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 县救灾物资储备仓库 project (物资储存, "
        "调运, 发放, 仓库建设): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dengta_grain_trading_company_group_rows() -> dict:
    unit = f"{PLACE}国有粮食购销有限公司"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("经理", "暴瑢岫", "leader", [
                ("储备粮轮换中以陈顶新，套取轮换价差", "一级风险", "轮入粮食逐批检验，轮换价差据实结算。"),
                ("粮食销售串通买家，压低成交价格", "一级风险", "销售进入交易平台公开竞价。"),
            ]),
        ]),
        ("二、业务部", "业务部", [
            ("部长", "满岐沄", "middle", [
                ("收购中压级压价、克扣农民", "二级风险", "收购价格和质量标准挂牌公示。"),
            ]),
            ("检斤员", "暴昶沨", "general", [
                ("虚增过磅重量，虚开收购结算凭证", "一级风险", "过磅数据系统自动采集，结算凭证连号管理。"),
            ]),
        ]),
        ("三、财务部", "财务部", [
            ("会计", "满淏玥", "general", [
                ("升溢粮不入账，私设小金库", "一级风险", "升溢粮据实入账，年终审计。"),
                ("收购资金不按结算凭证拨付", "二级风险", "资金拨付凭结算凭证，直接打卡到售粮人。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "dengta_grain_trading_company_group_rows", "http://www.572831.tw/2020/0804/277187.shtml",
        "市国有粮食购销有限公司 廉政风险防控责任清单, after the source's 县国粮公司 “黑粮四术” (以旧当新, 虚报损耗, 升溢粮, "
        "小金库, 保管员监守自盗): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、公司领导``, ``二、业务部``, ``三、财务部`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def dengta_military_grain_station_selfchecks() -> dict:
    unit = f"{PLACE}军粮供应站"
    t = _Truth(unit)
    people = [
        ("暴翃湄", "站领导", "站长", "leader", [
            ("军供粮油采购指定供货企业", "Ⅰ级", "供货企业公开比选，合同集体研究。", "已落实"),
            ("军粮供应价格执行不到位，变相加价", "Ⅱ级", "供应价格按规定公示，定期对账。", "未发现问题"),
        ]),
        ("满沄翀", "业务室", "保管员", "general", [
            ("以次充好调换军供粮油", "Ⅰ级", "入库出库逐批检验，留样备查。", "已落实"),
            ("军供粮油出入库不登记", "Ⅱ级", "出入库凭单登记，月末盘点。", "已落实"),
        ]),
        ("暴岚珂", "财务室", "出纳", "general", [
            ("军粮差价补贴资金挪用", "Ⅰ级", "补贴资金专账核算，专款专用。", "未发现问题"),
            ("现金收入不及时入账", "Ⅲ级", "现金日清月结，定期盘点。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dengta_military_grain_station_selfchecks",
        "https://lswz.yn.gov.cn/zfxxgk_cn/fdzdgknr/ynslshcbjwj/201903/20190319_4413.html",
        "市军粮供应站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 政策性粮食大清查 "
        "质量抽查实施方案 (扦样, 检验, 承检机构, 结果审核报送): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def dengta_liutiaozhai_grain_station_list() -> dict:
    unit = f"{PLACE}柳条寨镇粮食收储站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "满珂湘", "leader", "虚报收购数量，套取收购资金和补贴", "制度机制", "高风险",
         "收购数量与过磅、入库、结算数据逐笔核对。"),
        ("站领导", "站长", "满珂湘", "leader", "仓储保管费用虚列支出", "岗位职责", "中风险", "费用支出集体研究，票据三签。"),
        ("站领导", "副站长", "暴淇岱", "leader", "收购等级评定放宽，照顾关系户", "业务流程", "中风险", "等级评定结果当场公示。"),
        ("收购组", "检验员", "满琛屹", "general", "水分杂质扣量不按标准执行", "业务流程", "高风险",
         "扣量标准上墙公示，检验单售粮人签字。"),
        ("保管组", "保管员", "暴湉峤", "general", "无出库单私自出库", "外部环境", "高风险", "出库凭单，视频监控全覆盖。"),
        ("保管组", "保管员", "暴湉峤", "general", "熏蒸药剂领用不登记", "思想道德", "低风险", "药剂双人领用登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "dengta_liutiaozhai_grain_station_list", "http://www.victorzhang.cn/page/2021/0823/8789123.shtml",
        "镇粮食收储站 岗位廉政风险防控一览表, after the source's report on 基层粮站 站长 cases (虚报粮食数量, 套取补贴, "
        "购销、储存、供应环节): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def dengta_reserve_service_center_register() -> dict:
    unit = f"{PLACE}粮食和物资储备服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "满璟岑", "leader", [
            ("粮食应急保障企业认定不公", "制度机制", "一级", "认定条件公开，评审结果公示。"),
        ]),
        ("信息科", "科长", "暴翾峋", "middle", [
            ("粮食流通监测数据篡改、迟报", "岗位职责", "二级", "监测数据系统留痕，定期抽查。"),
        ]),
        ("信息科", "科员", "满汧珈", "general", [
            ("粮库智能化升级项目验收不严", "业务流程", "二级", "验收邀请第三方专业人员参加。"),
        ]),
        ("监督检查科", "科长", "暴琤沅", "middle", [
            ("库存检查中通风报信", "思想道德", "一级", "检查任务临时通知，随机抽取检查对象。"),
            ("检查发现问题不移交、不督促整改", "外部环境", "二级", "问题台账管理，整改结果销号。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "dengta_reserve_service_center_register", "http://lsj.nmg.gov.cn/ywpd/zfdc/202101/t20210107_420646.html",
        "市粮食和物资储备服务中心 廉政风险点排查登记表, after the source's 政策性粮食库存大清查 质量检查实施方案 (承检机构 "
        "考评, 统一扦样检验, 清查范围): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dengta_grain_reserve_depot_same_as_left(),
    dengta_development_reform_bureau_two_sheets(),
    dengta_grain_oil_testing_station_posts(),
    dengta_material_reserve_center_cards(),
    dengta_grain_trading_company_group_rows(),
    dengta_military_grain_station_selfchecks(),
    dengta_liutiaozhai_grain_station_list(),
    dengta_reserve_service_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch763-inbox"))

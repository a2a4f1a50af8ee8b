"""The nine-hundred-and-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's grain,
reserve and co-op bodies, 青河县 (阿勒泰地区, 新疆维吾尔自治区) — its 发展和改革委员会 (粮食和物资储备),
粮食收储有限公司, 物资储备库, 供销合作社联合社, 棉麻公司, 农资公司 and two 乡镇供销社 (塔克什肯镇,
阿热勒托别镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or
Excel:

- the 发展和改革委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 物资储备库's 排查表 对岗不对人: ``所室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 供销合作社联合社's 防控卡, one sheet a leader (理事会主任, 监事会主任): ``姓　名 | … | 职　务 | …``
  and a merged 分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 棉麻公司's 清单 under GROUP ROWS ``一、公司领导``, ``二、收购部``, ``三、质检部`` (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 农资公司's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 塔克什肯镇供销合作社's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 阿热勒托别镇供销合作社's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``qinghe_grain_storage_key_flags``: the 粮食收储有限公司's 岗位廉政风险防控一览表, an ordinary list
  (``序号 | 部门 | 岗位 | 姓名 | 廉政风险点 | … | 防控措施``, 部门 merged, 岗位 and 姓名 merged per
  person) with NO LEVEL COLUMN: in its place a column ``是否重点风险点（是/否）`` answers each point
  ``是`` or ``否``, and a ``注：`` line under the table says ``“是否重点风险点”一栏填“是”的为一级风险点，
  填“否”的为二级风险点``. The catalogue (docs/layouts.md) knows ``重点/一般`` as level words (and a
  ``重点风险点 | 一般风险点`` pair of columns as Ⅰ级/Ⅲ级), a 主次 mark combined with a 岗位风险等级
  (``LEVEL_BY_POST_GRADE_AND_MARK``), notes that give unknown level words a meaning (``LEVEL_SCALE``),
  ticked level columns and a ``是否重点岗位`` column (no level at all); it does not describe a level
  given only as a yes/no answer to a ``是否重点风险点`` question, read by a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on a 粮油购销公司 盗卖国家
托市粮 — 稻壳冒充小麦, 伪造票据, 仓储保管费; the 粮食购销领域腐败问题专项整治 — 粮食和物资储备中心,
收储中心, 问题线索; the 救灾物资储备体系 指导意见 — 储备库, 五级储备; an account of 供销合作社 理事会 and
监事会 — 理事会主任, 监事; a report on 棉花加工企业 公证检验; 供销社 “放心农资进万家” — 农资配送中心,
经营门店; a 区供销社's “农家店” — 社有资产改造, 农资、日用品配送; a 市供销社's 农资连锁经营网点 — 庄稼
医院, 开方售药, 测土配方, 举报电话) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 嬴 and 郯 with
rare given names); every unit is a body of 青河县.

Run ``python tests/published/score.py --set batch905`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the note names the scale: ``是`` is 一级 (1), ``否`` 二级 (2); the flag column
  is no point, no duty and no type; the truth is the list as its rows read, one form a holder;
- ``公司领导``, ``社领导``, ``库领导`` (a 部门/所室/股室 cell, a group row) are the 科室 of those leaders; the
  发改委's leaders (sheet ``委领导``) and the cards' leaders have no 科室; a 委's 股, a company's 部, a
  库's 室, a 供销社's 组, 门市, 配送 and 庄稼医院 are 科室; a group row ``二、收购部`` gives the 科室 ``收购部``;
- every company, the 库, the 联合社 and each 镇供销合作社 are units of their own: 主任 and 副主任 of the
  委, the 库 and a 基层社, 理事会主任, 监事会主任, 经理, 总经理 and 副总经理 are leaders; 股长 and 部长 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 物资储备库's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b905_"
PLACE = "青河县"
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

KEY = {"是": 1, "否": 2}

# (部门, 岗位, 姓名, tier, [(廉政风险点, 是否重点风险点, 防控措施)])
FLAGGED = [
    ("公司领导", "总经理", "嬴珣翊", "leader", [
        ("托市粮收购库点安排和仓容分配暗箱操作", "是", "收购库点和仓容分配经经理办公会集体研究，结果公示。"),
        ("储备粮轮换出库销售价格、对象由个人决定", "是", "轮换粮食一律进入粮食交易平台竞价销售。"),
        ("接受粮商宴请、礼品", "否", "严守中央八项规定精神，节前廉洁提醒。"),
    ]),
    ("公司领导", "副总经理", "郯璆昀", "leader", [
        ("仓储保管费、收购费用结算把关不严", "是", "费用结算凭出入库单据，财务部复核。"),
        ("库存检查走过场，账实不符不报告", "否", "每季度库存自查，结果报县发改委。"),
    ]),
    ("仓储部", "部长", "嬴瓅澈", "middle", [
        ("以陈顶新、以次充好，盗卖库存粮食", "是", "出入库粮食逐车扦样检验，保管账与统计账每月核对。"),
        ("熏蒸、通风作业记录弄虚作假", "否", "作业记录双人签字，视频监控留存。"),
    ]),
    ("购销部", "检斤员", "郯玘宸", "general", [
        ("检斤时虚增重量、少扣水杂，为粮商谋利", "是", "检斤数据实时上传，地磅远程监控。"),
        ("虚开收购结算凭证", "是", "结算凭证连号使用，售粮农户身份信息核验。"),
    ]),
    ("财务部", "会计", "嬴琤湉", "general", [
        ("收购资金支付不按结算单，挪用收购款", "是", "收购资金专户管理，支付经部长、总经理审签。"),
        ("费用报销票据审核不严", "否", "报销单据三级审核，大额支出集体研究。"),
    ]),
]  # fmt: skip


def qinghe_grain_storage_key_flags() -> dict:
    unit = f"{PLACE}粮食收储有限公司"
    sh = _Sheet("一览表", [6, 10, 10, 10, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "是否重点风险点（是/否）", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in FLAGGED:
        for point, flag, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, flag, measures)
            t.point(sh.name, dept, post, who, tier, point, [], KEY[flag])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：“是否重点风险点”一栏填“是”的为一级风险点，填“否”的为二级风险点。", 7)
    sh.add("制表：综合办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "qinghe_grain_storage_key_flags", "https://hbsztv.com/news/20160118/423477.html",
        "(harder) 县粮食收储公司 岗位廉政风险防控一览表, after the source's reporting on a 粮油购销公司 盗卖 国家托市粮 "
        "(稻壳冒充小麦, 伪造票据, 骗取购粮款和仓储保管费): a title, 序号/部门 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "``是否重点风险点（是/否）`` — NO LEVEL COLUMN: each point is only flagged ``是``/``否`` and a ``注：`` line under "
        "the table says a ``是`` is 一级 and a ``否`` 二级 — /防控措施; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qinghe_drc_grain_two_sheets() -> dict:
    unit = f"{PLACE}发展和改革委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}委领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郯琇彧", "主任", "主持全面工作", [
            ("地方储备粮规模和轮换计划安排个人说了算", "一级", "储备计划经党组会集体研究，报县政府审定。"),
            ("为亲友承揽粮库维修改造项目打招呼", "一级", "插手干预重大事项记录报告，项目进平台招标。"),
        ]),
        ("嬴璟翾", "副主任", "分管粮食和物资储备", [
            ("粮食购销领域问题线索压案不查", "一级", "问题线索集体研判、台账管理，按期销号。"),
            ("粮食收购资格审核把关不严", "二级", "收购资格审核实行双人审查，结果公示。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("粮食和物资储备股", "股长", "郯翯珉", "middle", "库存数量质量检查走过场、不如实上报", "一级",
         "库存检查随机抽取检查人员和库点，检查结果留档。"),
        ("粮食和物资储备股", "股长", "郯翯珉", "middle", "储备粮轮换费用、保管费用拨付审核不严", "二级",
         "费用拨付凭库存核查结果，财务股复核。"),
        ("粮食和物资储备股", "科员", "嬴婳珂", "general", "粮食统计数据弄虚作假", "二级", "统计数据与库点台账逐月比对。"),
        ("粮食执法监督股", "股长", "郯甯昉", "middle", "粮食流通执法检查选择性执法，降低处罚标准", "一级",
         "执法全过程记录，处罚决定集体审议。"),
        ("财务股", "会计", "嬴珝琮", "general", "粮食风险基金专账核算不规范", "三级", "专项资金专账核算，每年接受审计。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "qinghe_drc_grain_two_sheets", "http://tibet.cn/cn/Instant/domestic/202204/t20220402_7176549.html",
        "县发展和改革委员会 (粮食和物资储备) 廉政风险防控一览表 in TWO SHEETS, after the source's report on 粮食购销领域腐败问题 "
        "专项整治 (粮食和物资储备中心, 收储中心, 问题线索, 库存检查): sheet 委领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def qinghe_reserve_depot_posts() -> dict:
    unit = f"{PLACE}物资储备库"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("库领导", "主任", "leader", "救灾物资采购", "救灾物资采购指定供应商、抬高价格", "制度机制风险", "高",
         "采购按政府采购程序，集体研究采购方案。"),
        ("仓储管理室", "保管员", "general", "物资出入库", "出入库不登记或登记不实，物资流失", "业务流程风险", "高",
         "出入库凭调拨单，保管员与记账员分设。"),
        ("仓储管理室", "保管员", "general", "物资盘点", "盘点不实，掩盖账实不符", "岗位职责风险", "中",
         "每季度盘点，监督人员现场见证。"),
        ("调运室", "调运员", "general", "应急物资调拨", "未按调拨指令发放物资，优亲厚友", "思想道德风险", "中",
         "调拨指令书面下达，发放名单签字留存。"),
        ("调运室", "调运员", "general", "运输车辆安排", "运输费用虚报冒领", "外部环境风险", "低",
         "运输费用按里程核算，凭签收单结算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "qinghe_reserve_depot_posts", "https://rajayuj.com/bmpd/jmsgxhzls/wnfwzhxx/content/post_478310.html",
        "县物资储备库 岗位廉政风险点排查表 对岗不对人, after the source's report on the 救灾物资储备体系 指导意见 (储备库, "
        "储备布局, 中央—省—市—县—乡 五级储备): a title, 序号/所室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qinghe_supply_coop_union_cards() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    t = _Truth(unit)
    cards = [
        ("理事会主任", "郯瑅璠", "理事会主任", "主持联合社理事会全面工作", "leader", [
            ("社有资产处置、出租不经理事会集体研究", "★★★", "社有资产处置经理事会研究，进场公开交易。"),
            ("社有企业负责人选任优亲厚友", "★★", "选任程序公开，考察结果公示。"),
            ("接受社有企业宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("监事会主任", "嬴瑢湛", "监事会主任", "主持监事会工作，分管财务审计", "leader", [
            ("对社有企业财务审计监督不严、隐瞒问题", "★★★", "审计报告报理事会和县纪委监委派驻纪检组。"),
            ("基层社扶持资金监督检查走过场", "★★", "扶持资金使用情况每年检查并公示。"),
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
        "qinghe_supply_coop_union_cards", "https://daowen.com/lilun/1897641.html",
        "县供销合作社联合社 领导干部廉政风险防控卡, one sheet a leader (tabs named by the post), after the source's account of "
        "供销合作社 理事会 and 监事会 (理事会主任, 监事, 违规行为处理): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qinghe_cotton_company_group_rows() -> dict:
    unit = f"{PLACE}棉麻公司"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("经理", "嬴祎翀", "leader", [
                ("籽棉收购价格和收购点设置个人决定", "一级风险", "收购价格和收购点经经理办公会研究并公示。"),
                ("皮棉销售向关系客户低价出售", "一级风险", "皮棉销售进入交易市场公开挂牌。"),
            ]),
        ]),
        ("二、收购部", "收购部", [
            ("部长", "郯昶玥", "middle", [
                ("收购中压级压价或抬级抬价", "二级风险", "收购定级由检验员、收购员、农户三方确认。"),
            ]),
            ("过磅员", "嬴婼琪", "general", [
                ("过磅虚增或克扣重量", "一级风险", "过磅数据实时打印，交售农户签字。"),
                ("收受棉农、棉贩好处费", "三级风险", "签订廉洁承诺书，公布举报电话。"),
            ]),
        ]),
        ("三、质检部", "质检部", [
            ("检验员", "郯旻翃", "general", [
                ("公检取样不按规定，检验结果弄虚作假", "二级风险", "取样全程视频记录，检验数据上传公检系统。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "qinghe_cotton_company_group_rows", "http://m.myagric.com/21/1115/14/C62C6282607F012B_abc.html",
        "县棉麻公司 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 棉花加工企业 公证检验 (加工, 公检, "
        "检验数量): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、公司领导``, ``二、收购部``, ``三、质检部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def qinghe_farm_supplies_selfchecks() -> dict:
    unit = f"{PLACE}农资公司"
    t = _Truth(unit)
    people = [
        ("郯琰璁", "公司领导", "经理", "leader", [
            ("化肥、农药进货指定厂家，收受回扣", "Ⅰ级", "进货厂家经经理办公会比选，合同存档。", "已落实"),
            ("春耕农资储备资金使用不规范", "Ⅱ级", "储备资金专账核算，接受县供销社审计。", "未发现问题"),
        ]),
        ("嬴蘅芷", "配送中心", "配送员", "general", [
            ("配送农资不按订单，私下倒卖紧俏化肥", "Ⅰ级", "配送凭订单和签收单，库存每日核对。", "已落实"),
            ("配送运费虚报", "Ⅲ级", "运费按线路定额结算。", "已落实"),
        ]),
        ("郯韫棽", "门市部", "营业员", "general", [
            ("销售农资不开票、截留货款", "Ⅰ级", "销售一律开具票据，货款当日缴存。", "未发现问题"),
            ("以次充好、销售不合格农资", "Ⅱ级", "农资进货查验登记，质量可追溯。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "经理意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qinghe_farm_supplies_selfchecks", "https://epaper.nfncb.cn/nfnc/content/20080322/Articel11002FM.htm",
        "县农资公司 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on 供销社 "
        "“放心农资进万家” (农资配送中心, 经营门店, 化肥农药供应, 规范经营行为): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 经理意见：``",
        sheets, t,
    )  # fmt: skip


def qinghe_taksheken_coop_list() -> dict:
    unit = f"{PLACE}塔克什肯镇供销合作社"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "嬴芃翾", "leader", "社有门店改造、出租不公开", "制度机制", "高风险",
         "门店出租公开竞价，合同报县联社备案。"),
        ("社领导", "主任", "嬴芃翾", "leader", "农家店加盟审核把关不严", "岗位职责", "中风险",
         "加盟条件公示，审核结果集体研究。"),
        ("农资门市", "营业员", "郯骞翮", "general", "农资销售收入不入账", "业务流程", "高风险",
         "销售收入当日入账，每月对账。"),
        ("农资门市", "营业员", "郯骞翮", "general", "向农户搭售农资", "思想道德", "低风险",
         "明码标价，公布县联社监督电话。"),
        ("日用品配送", "配送员", "嬴淏珽", "general", "配送商品以次充好、虚报损耗", "外部环境", "中风险",
         "配送商品验收签字，损耗报社领导审批。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "qinghe_taksheken_coop_list", "http://www.zh-hz.com/dz/html/2008-04/22/content_10199.htm",
        "镇供销社 岗位廉政风险防控一览表, after the source's report on 区供销社 “农家店” (社有资产改造重组, 门店商场, 农资、日用品"
        "配送中心, 经营网点): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def qinghe_arletobie_coop_register() -> dict:
    unit = f"{PLACE}阿热勒托别镇供销合作社"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "郯槿瑀", "leader", [
            ("庄稼医院农药进货渠道由个人决定", "制度机制", "一级", "进货渠道经社务会研究，供货商备案。"),
            ("农资连锁网点设置向关系户倾斜", "岗位职责", "二级", "网点设置条件公开，结果公示。"),
        ]),
        ("财务组", "会计", "嬴棽琬", "general", [
            ("农资销售货款账外循环", "业务流程", "一级", "货款统一进账户，收据联号使用。"),
        ]),
        ("庄稼医院", "技术员", "郯頔珩", "general", [
            ("开方售药夸大用量，多售农药", "业务流程", "二级", "处方留存备查，定期抽查。"),
            ("测土配方服务收取好处费", "思想道德", "三级", "服务项目和收费标准上墙公示。"),
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
        "qinghe_arletobie_coop_register", "http://wfwb.wfnews.com.cn/content/20120325/Articel08007EL.htm",
        "镇供销社 廉政风险点排查登记表, after the source's report on 供销社 农资连锁经营网点 (统一配送, 庄稼医院 开方售药, "
        "测土配方, 举报电话): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qinghe_grain_storage_key_flags(),
    qinghe_drc_grain_two_sheets(),
    qinghe_reserve_depot_posts(),
    qinghe_supply_coop_union_cards(),
    qinghe_cotton_company_group_rows(),
    qinghe_farm_supplies_selfchecks(),
    qinghe_taksheken_coop_list(),
    qinghe_arletobie_coop_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch905-inbox"))

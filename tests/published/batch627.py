"""The six-hundred-and-twenty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's grain and
materials reserve bodies, 乌审旗 (of 鄂尔多斯市, 内蒙古自治区) — its 粮食和物资储备局, 国家粮食储备库,
粮油质量检测站, 储备粮管理有限公司, 嘎鲁图粮食收储库, 应急物资储备库 and 粮食收储公司 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 粮食和物资储备局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 国家粮食储备库's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 粮油质量检测站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 储备粮管理有限公司's 责任清单 under GROUP ROWS ``一、公司领导`` … merged across (no 部门 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 嘎鲁图粮食收储库's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 应急物资储备库's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 粮食收储公司's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``uxin_central_depot_duty_chain``: the 中心粮库's 业务环节廉政风险防控表, one row a point
  (``序号 | 业务环节 | 廉政风险点 | 风险等级 | 防控措施 | 责任链（经办→审核→审批）``), the last cell of each
  row writing the row's CHAIN OF HOLDERS joined by arrows, each holder's post bracketed after his
  name (``利琤湉（检斤员）→爨霂澍（副主任）→利岍昶（主任）``), two or three links a row (six rows, thirteen holder-points); a ``注：`` line says
  every holder on the chain is a holder of the row's point. So a row is a point of two or three
  holders alike; a holder's points are the rows whose chain names him, wherever on it he stands. The
  README's 读得懂的表 reads an arrow between two names in a holder cell as a HANDOVER (``郗澂翾→宓瀛曈``,
  the one pointed to is the current holder), knows ``经办人 | 复核人 | 审批人`` COLUMNS picked by a 风险环节
  cell, a swim-lane flow chart and a flow strip of steps across; it does not describe one holders
  cell chaining the handling, checking and approving holders (post bracketed after each name) where
  every link is a holder of the row's point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 国家粮食和物资储备局 办法 on 粮食质量
安全风险监测 — 扦样, 检验, 监测数据; a reading of the 政府粮食储备安全风险事项报告 办法 — 数量与质量风险,
储存设施, 迟报谎报瞒报; a report on 国有储备粮库 “硕鼠” — 检斤员 虚增重量, 虚开结算凭证; a piece on
中储粮 腐败案 — 虚报库存, 倒卖储备粮, 出租仓容; a 县 秋粮收购 联合检查 — 验质检斤, 粮款支付, 计量器具;
a 县粮食局's 夏粮收购 专项检查 — 压级压价, 打白条; a 省 地方政府储备粮管理办法 — 计划, 储存, 轮换, 动用;
an 应急物资管理制度 — 采购, 入库验收, 盘点, 调拨审批) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames 爨
and 利 with rare given names); every unit is a body of 乌审旗.

Run ``python tests/published/score.py --set batch627`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every name on a row's 责任链 makes the row's point a point of that holder
  (post from the bracket after his name), with the row's level; one form a holder, no 科室 (the
  table names none); ``业务环节`` and ``防控措施`` name no holder; the ``注：`` line and the 编制/审核
  line are no points;
- ``局领导``, ``公司领导``, ``站领导`` (a 股室 cell, a group row, a 所在科室 cell) are the 科室 of those
  leaders; the 局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a 库's
  or 公司's 部 and 科 and a 局's 股 are 科室; a group row ``二、仓储部`` gives the 科室 ``仓储部``;
- 局长, 副局长, 主任, 副主任, 经理, 副经理, 站长 are leaders; 股长, 部长, 科长 middle; the rest (保管员,
  检斤员, 化验员, 检验员, 会计, 出纳, 统计员, 库管员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 储备库's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b627_"
PLACE = "乌审旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
ARROW = "→"
LEADER_POSTS = {"主任", "副主任"}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (业务环节, 廉政风险点, 风险等级, chain of (name, post), 防控措施)
CHAIN = [
    ("粮食收购", "检斤过磅时虚增重量、虚开收购结算凭证", "高",
     [("利琤湉", "检斤员"), ("爨霂澍", "副主任"), ("利岍昶", "主任")],
     "地磅数据自动采集上传，结算凭证与检斤单逐笔核对。"),
    ("粮食收购", "扦样检验压级压价或抬级抬价，收受粮商好处", "高",
     [("爨琬沨", "化验员"), ("爨霂澍", "副主任")],
     "扦样、检验分岗操作，样品留存备查。"),
    ("储存保管", "储备粮库存账实不符，虚报损耗", "高",
     [("利珣瀚", "保管员"), ("利岍昶", "主任")],
     "每季度账实核对，损耗超标说明原因并报旗粮食和物资储备局。"),
    ("轮换销售", "储备粮轮换以陈顶新、擅自动用", "高",
     [("爨翀淏", "统计员"), ("利岍昶", "主任")],
     "轮换计划报批，出入库数量质量检验并公示。"),
    ("轮换销售", "竞价销售中向买方索要回扣", "中",
     [("爨翀淏", "统计员"), ("爨霂澍", "副主任")],
     "一律进入粮食交易平台竞价，出库单据与成交结果核对。"),
    ("财务管理", "保管费用补贴虚报冒领", "中",
     [("利潆琇", "会计"), ("利岍昶", "主任")], "补贴资金专账核算，按实际库存据实申报。"),
]  # fmt: skip


def _chain_text(chain: list[tuple[str, str]]) -> str:
    return ARROW.join(f"{who}（{post}）" for who, post in chain)


def uxin_central_depot_duty_chain() -> dict:
    unit = f"{PLACE}中心粮库"
    sh = _Sheet("风险防控表", [6, 10, 38, 9, 34, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}业务环节廉政风险防控表", 6)
    _line(sh, f"编制单位：{unit}{GAP * 16}2025年5月", 6)
    sh.add("序号", "业务环节", "廉政风险点", "风险等级", "防控措施", "责任链（经办→审核→审批）")
    first = len(sh.rows)
    for i, (stage, point, lv, chain, measures) in enumerate(CHAIN, 1):
        sh.add(i, stage, point, lv, measures, _chain_text(chain))
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a holder, in order of first appearance on the chains
    holders: list[tuple[str, str]] = []
    for *_x, chain, _m in CHAIN:
        for h in chain:
            if h not in holders:
                holders.append(h)
    for who, post in holders:
        tier = "leader" if post in LEADER_POSTS else "general"
        for _stage, point, lv, chain, _measures in CHAIN:
            if (who, post) in chain:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：责任链按“经办→审核→审批”顺序填写，链上所列人员均为该风险点的责任人，括号内为其岗位。",
        6,
    )
    sh.add("编制：", None, "审核：", None, "主任（签字）：", None)
    return _layout(
        "uxin_central_depot_duty_chain", "https://hk.epochtimes.com/news/2020-10-16/16178502",
        "(harder) 旗中心粮库 业务环节廉政风险防控表, after the source's report on 国有储备粮库 “硕鼠” (检斤员 虚增重量, "
        "虚开结算凭证, 虚构交易): a title, an 编制单位/date line, 序号/业务环节 merged/廉政风险点/风险等级 高/中/低/防控措施 "
        "and a last column ``责任链（经办→审核→审批）`` whose cell chains two or three holders with ``→``, each "
        "``name（post）``; every holder on a chain holds the row's point; a ``注：`` line says so; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def uxin_grain_bureau_two_sheets() -> dict:
    unit = f"{PLACE}粮食和物资储备局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("爨璆澂", "局长", "主持全面工作", [
            ("旗级储备粮规模和承储企业确定中搞利益输送", "一级", "承储企业经局党组会集体研究，结果公开。"),
            ("干预粮食收购资格审核", "二级", "收购资格审核按服务指南办理，不得打招呼。"),
        ]),
        ("利昶瑢", "副局长", "分管储备管理、监督检查", [
            ("库存检查走过场，对账实不符问题瞒报", "一级", "库存检查“双随机”抽取，问题台账销号。"),
            ("储备粮轮换计划审核把关不严", "二级", "轮换计划经局务会研究后报旗政府。"),
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
        ("储备管理股", "股长", "爨湜峣", "middle", "储备粮费用补贴拨付不按实际库存核定", "一级",
         "补贴按月度统计库存核拨，拨付结果公示。"),
        ("储备管理股", "股长", "爨湜峣", "middle", "应急物资入库验收把关不严", "二级", "验收双人签字，影像存档。"),
        ("储备管理股", "股员", "利瀞玙", "general", "储备统计数据弄虚作假", "三级", "统计数据与承储企业台账逐月核对。"),
        ("监督检查股", "股长", "爨珺沄", "middle", "收购市场检查中对违规行为不处罚或少处罚", "一级", "处罚案件集体审理。"),
        ("监督检查股", "股员", "利琮漪", "general", "检查中接受企业宴请", "二级", "检查人员签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "uxin_grain_bureau_two_sheets", "https://m.shagarova.com/law/show-234874.html",
        "旗粮食和物资储备局 廉政风险防控一览表 in TWO SHEETS, after the source's reading of the 政府粮食储备安全风险事项"
        "报告管理办法 (数量与质量风险, 储存设施, 迟报谎报瞒报漏报): sheet 局领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def uxin_reserve_depot_posts() -> dict:
    unit = f"{PLACE}国家粮食储备库"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("库领导", "主任", "leader", "储备粮出库", "擅自动用储备粮或倒卖库存粮", "制度机制风险", "高",
         "出库凭旗粮食和物资储备局出库通知单办理。"),
        ("仓储部", "部长", "middle", "库存管理", "虚报库存数量骗取保管费用", "岗位职责风险", "高",
         "库存数量每月与统计台账核对。"),
        ("仓储部", "保管员", "general", "粮情检查", "粮情检查记录不实，隐瞒发热霉变", "业务流程风险", "中",
         "粮情测控系统数据自动留存。"),
        ("质检部", "检验员", "general", "入库检验", "降低检验标准，以次充好入库", "思想道德风险", "高",
         "样品编码盲检，检验结果复核。"),
        ("财务部", "会计", "general", "费用报销", "仓储维修费用虚列支出", "业务流程风险", "中",
         "维修项目验收后报账。"),
        ("财务部", "出纳", "general", "粮款支付", "收购粮款不直接支付给售粮人", "外部环境风险", "低",
         "粮款一律转账至售粮人本人账户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "uxin_reserve_depot_posts", "http://botanwang.com/node/11002",
        "旗国家粮食储备库 岗位廉政风险点排查表 对岗不对人, after the source's piece on 中储粮 腐败案 (虚报库存, 倒卖储备粮, "
        "出租仓库, 骗取保管费): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def uxin_quality_station_selfchecks() -> dict:
    unit = f"{PLACE}粮油质量检测站"
    t = _Truth(unit)
    people = [
        ("爨峤琰", "站领导", "站长", "leader", [
            ("质量安全风险监测扦样点选定有倾向", "Ⅰ级", "扦样点随机抽取，扦样过程录像。", "已落实"),
            ("检验报告签发把关不严", "Ⅱ级", "报告三级审核后签发。", "未发现问题"),
        ]),
        ("利霈珧", "检验科", "检验员", "general", [
            ("篡改检验数据或出具虚假报告", "Ⅰ级", "检验原始记录不得涂改，仪器数据自动留存。", "已落实"),
            ("接受送检企业礼品礼金", "Ⅲ级", "签订廉洁承诺书。", "已落实"),
        ]),
        ("爨澍玗", "综合科", "会计", "general", [
            ("检验收费不按标准执行", "Ⅱ级", "收费标准公示，票据统一开具。", "未发现问题"),
            ("仪器设备采购未比价", "Ⅲ级", "采购三家比价，集体研究。", "已落实"),
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
        "uxin_quality_station_selfchecks", "http://kirkvacation.com/page.aspx?id=188&classid=57",
        "旗粮油质量检测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 粮食质量安全"
        "风险监测管理暂行办法 (扦样, 检验, 监测数据, 质量安全风险): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def uxin_reserve_company_group_rows() -> dict:
    unit = f"{PLACE}储备粮管理有限公司"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("经理", "利珩湄", "leader", [
                ("旗级储备粮轮换购销不经集体决策", "一级风险", "轮换购销方案经经理办公会研究。"),
                ("仓库维修工程指定施工单位", "一级风险", "工程按规定比选或招标。"),
            ]),
        ]),
        ("二、仓储部", "仓储部", [
            ("部长", "爨琇岍", "middle", [
                ("储备粮出入库数量质量把关不严", "二级风险", "出入库逐车检斤检验，单据双签。"),
            ]),
            ("库管员", "利沨璟", "general", [
                ("库存粮食私自借出或串换", "二级风险", "库存变动凭审批单，每月盘点。"),
                ("仓储器材领用不登记", "三级风险", "器材领用登记，季度盘点。"),
            ]),
        ]),
        ("三、财务部", "财务部", [
            ("部长", "爨珵渟", "middle", [
                ("轮换差价收入不入账", "一级风险", "轮换差价专户核算，审计监督。"),
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
        "uxin_reserve_company_group_rows", "https://newton.com.tw/wiki/%E6%B1%9F%E8%98%87%E7%9C%81%E5%9C%B0%E6%96%B9%E6%94%BF%E5%BA%9C%E5%84%B2%E5%82%99%E7%B3%A7%E7%AE%A1%E7%90%86%E8%BE%A6%E6%B3%95/55563526",
        "旗储备粮管理有限公司 廉政风险防控责任清单, after the source's 地方政府储备粮管理办法 (计划, 储存, 轮换, 动用, "
        "监督管理): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、公司领导``, ``二、仓储部``, ``三、财务部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def uxin_galutu_depot_cards() -> dict:
    unit = f"{PLACE}嘎鲁图粮食收储库"
    t = _Truth(unit)
    cards = [
        ("主任", "利淏翾", "主任", "主持收储库全面工作", "leader", [
            ("秋粮收购中给粮商“开后门”优先收购", "★★★", "收购实行排号制度，过程公开。"),
            ("收购资金挪作他用", "★★★", "收购资金封闭运行，专户管理。"),
            ("接受售粮户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "爨淇昉", "副主任", "分管收购、质检", "leader", [
            ("验质检斤中压级压价，给农民打白条", "★★", "收购价格和质量标准挂牌公示。"),
            ("计量器具未按期检定", "★★", "计量器具按期送检，检定证书公示。"),
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
        "uxin_galutu_depot_cards", "http://qingfengw.com/Reform/info/5520",
        "旗镇粮食收储库 领导干部廉政风险防控卡, one sheet a leader, after the source's 县粮食局 夏粮收购 专项监督检查 "
        "(收购资格, 压级压价, 打白条): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def uxin_emergency_store_list() -> dict:
    unit = f"{PLACE}应急物资储备库"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("库领导", "主任", "利曦璠", "leader", "应急物资采购中量身定制采购需求", "制度机制", "高风险",
         "采购需求集体论证，公开采购。"),
        ("库领导", "主任", "利曦璠", "leader", "应急物资调拨不按指令执行", "岗位职责", "中风险",
         "调拨凭旗应急指挥部指令办理。"),
        ("物资管理科", "科长", "爨璟湘", "middle", "物资入库验收数量质量把关不严", "业务流程", "中风险",
         "验收邀请使用单位参加，双人签字。"),
        ("物资管理科", "库管员", "利峣沅", "general", "储备物资账实不符、私自借用", "外部环境", "高风险",
         "物资出入库登记，每季度盘点。"),
        ("综合科", "会计", "爨璠汧", "general", "物资管护经费支出票据审核不严", "业务流程", "中风险",
         "报账单据经办人、证明人、审批人三签。"),
        ("综合科", "出纳", "利湉琛", "general", "现金坐支", "思想道德", "低风险", "现金日清月结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "uxin_emergency_store_list", "http://www.mjesc.com/jxfw/202506/118791.html",
        "旗应急物资储备库 岗位廉政风险防控一览表, after the source's 应急物资管理制度 (采购需求评估, 供应商选择, 入库验收, 定期盘点, 调拨审批): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def uxin_grain_company_register() -> dict:
    unit = f"{PLACE}粮食收储公司"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "爨琰澈", "leader", [
            ("粮食购销合同签订不经集体研究", "制度机制", "一级", "合同经经理办公会研究并法律审核。"),
            ("亲属经营粮食购销业务", "思想道德", "二级", "亲属经商办企业情况报告。"),
        ]),
        ("业务部", "部长", "利潆昉", "middle", [
            ("收购中违规抬级抬价", "岗位职责", "二级", "定等定价复核，价格公示。"),
        ]),
        ("业务部", "检斤员", "爨朏萦", "general", [
            ("检斤时扣量或虚增重量", "外部环境", "一级", "地磅数据实时上传，售粮人签字确认。"),
            ("使用不合格计量器具", "业务流程", "三级", "计量器具定期检定。"),
        ]),
        ("财务部", "出纳", "利琤岱", "general", [
            ("粮款不及时足额支付", "业务流程", "一级", "粮款转账支付，当日结算。"),
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
        "uxin_grain_company_register", "http://52wig.com/html/DocHtml201711298671994810408.html",
        "旗粮食收储公司 廉政风险点排查登记表, after the source's 县 秋季粮食收购 联合专项检查 (验质检斤, 粮款支付, 计量器具, "
        "弄虚作假): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    uxin_central_depot_duty_chain(),
    uxin_grain_bureau_two_sheets(),
    uxin_reserve_depot_posts(),
    uxin_quality_station_selfchecks(),
    uxin_reserve_company_group_rows(),
    uxin_galutu_depot_cards(),
    uxin_emergency_store_list(),
    uxin_grain_company_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch627-inbox"))

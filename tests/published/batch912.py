"""The nine-hundred-and-twelfth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's commerce and
port bodies, 日土县 (阿里地区, 西藏自治区) — its 商务局, 市场服务中心, 招商引资服务中心, 边境贸易服务中心,
电子商务服务站, 口岸管理办公室 and two 乡商贸服务站 (日松乡, 多玛乡) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 商务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 市场服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 招商引资服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 边境贸易服务中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 电子商务服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 日松乡商贸服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 多玛乡商贸服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``ritu_port_office_changes_sheet``: the 口岸管理办公室's 岗位廉政风险防控清单 in TWO SHEETS that must be
  JOINED AS A LIST AND ITS CHANGES: sheet ``2024年清单`` is the list made in 2024 (an ordinary
  ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, still in force), and sheet ``2025年增减``
  under a 说明 line (``本表只列增减的风险点，未列出的风险点继续执行``) lists ONLY THE CHANGES of 2025:
  ``序号 | 增减 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施 | 增减原因``, ``删除`` rows naming points
  of the 2024 list word for word (taken off: the work moved elsewhere) and ``新增`` rows adding points
  to its holders. The current list is the old one less the 删除 rows plus the 新增 rows. The
  described shapes differ: a repealed old list under (or beside) the current one replaces it whole
  (``SHEET_SET_ASIDE``/``TABLE_SUPERSEDED``); a second list replacing the posts it names replaces a
  post's points whole; a ``修订情况`` column marking ``删除`` rows (``ROW_DELETED``), struck-through rows
  (``ROW_STRUCK``) and 原风险点/调整后风险点 tables change points INSIDE one list; an annual 动态管理台账
  keeps one row a point a year; level- and holder-change tables change no point. Here the old list
  stays in force and a separate list of additions and deletions is laid over it, point by point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市商务局 商务高质量发展专项资金管理办法 —
稳外贸, 促消费, 申报, 审核, 拨付; a note on 农贸市场 摊位费 and 收费公示; a report on 招商引资 以案促改 —
商务局长 受贿, 拉项目充数, 招商奖励; a review of 边民互市 research — 互市贸易点, 交易额度; a paper on 农村电商 —
农产品上行, 物流, 电商培训; a 市经济贸易局 report on 家电下乡 and “万村千乡市场工程” — 补贴, 农家店, 农资配送;
a 露天市场 管理办法 — 收费, 公示, 保洁; a paper on 陆地边境 小额贸易 — 口岸, 通关, 边民互市) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 戎 and 巴 with rare given names); every unit is a body of
日土县.

Run ``python tests/published/score.py --set batch912`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the current list is the 2024 list less each point a ``删除`` row names (same
  holder, same point) plus each ``新增`` row's point, on the holder's one form (the forms keep the
  2024 sheet's name); the ``增减原因`` and the 说明 line are no points; a deleted point is no point of
  the current list, though it still stands in the 2024 sheet;
- ``中心领导``, ``站领导``, ``办领导`` (a 科室/部门/股室 cell, a group row) are the 科室 of those leaders;
  the 商务局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 中心's 室
  or 组, a 站's 组 or 部 and the 乡 stations' ``流通服务``/``统计报送`` 部门 cells are 科室; a group row
  ``二、互市管理组`` gives the 科室 ``互市管理组``;
- every 中心, 站 and the 办公室 and the 局 are units of their own: 局长, 副局长, 主任, 副主任, 站长 are
  leaders; 股长 and a 组's 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 市场服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b912_"
PLACE = "日土县"
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

# the list of 2024, still in force: (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
BASE = [
    ("办领导", "主任", "戎澥岚", "leader", [
        ("口岸基础设施建设项目施工单位选定中打招呼、定向委托", "一级", "项目一律进入公共资源交易平台，办务会集体研究。"),
        ("口岸运行经费安排个人说了算", "一级", "经费安排经办务会集体研究，每季度公开。"),
        ("边贸季节性开放期间接受商户宴请", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("办领导", "副主任", "巴瑀嶙", "leader", [
        ("联检查验设备采购指定品牌", "二级", "采购需求经集体论证，三家以上比价。"),
        ("边贸商户进场资格审核把关不严", "二级", "进场资格联审，名单在口岸公示栏公示。"),
    ]),
    ("协调服务股", "股长", "戎琤峄", "middle", [
        ("通关协调中为亲友商户优先安排查验", "二级", "查验顺序按申报时间排定，系统留痕。"),
        ("边民互市申报材料审核不严", "二级", "申报材料双人审核，抽查复核。"),
    ]),
    ("综合股", "会计", "巴璟漪", "general", [
        ("口岸收费票据管理不规范，收费不入账", "一级", "票据统一领用核销，收费当日缴入财政专户。"),
        ("差旅和接待费用报销审核不严", "三级", "报销单据三级审核，公务接待清单制。"),
    ]),
]  # fmt: skip

# the 2025 list of changes to it: (增减, 股室, 岗位, 姓名, 廉政风险点, 风险等级, 防控措施, 增减原因)
CHANGES = [
    ("删除", "办领导", "主任", "戎澥岚", "口岸基础设施建设项目施工单位选定中打招呼、定向委托", "一级",
     "项目一律进入公共资源交易平台，办务会集体研究。", "口岸建设项目已移交县发展和改革委员会实施"),
    ("新增", "办领导", "主任", "戎澥岚", "边贸市场摊位分配和租金减免不经集体研究", "一级",
     "摊位分配公开抽签，租金减免经办务会研究并公示。", "2025年起边贸市场由本办管理"),
    ("删除", "协调服务股", "股长", "戎琤峄", "边民互市申报材料审核不严", "二级",
     "申报材料双人审核，抽查复核。", "边民互市申报改由县商务局审核"),
    ("新增", "协调服务股", "股长", "戎琤峄", "口岸临时开放期间通行证办理收受好处", "二级",
     "通行证办理一次告知，结果在窗口公示。", "新增通行证办理职责"),
    ("新增", "综合股", "会计", "巴璟漪", "边贸市场租金收缴使用个人账户", "一级",
     "租金一律缴入单位账户，每月对账。", "2025年起边贸市场由本办管理"),
]  # fmt: skip


def ritu_port_office_changes_sheet() -> dict:
    unit = f"{PLACE}口岸管理办公室"
    t = _Truth(unit)
    base = _Sheet("2024年清单", [6, 12, 10, 10, 40, 10, 36])
    _line(base, f"{unit}岗位廉政风险防控清单（2024年3月制定）", 7)
    base.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(base.rows)
    n = 0
    for dept, post, who, _tier, points in BASE:
        for point, lv, measures in points:
            n += 1
            base.add(n, dept, post, who, point, lv, measures)
    _per_person(base, first, 1, 2, 3)
    base.add("制表：综合股", None, None, "审核：", None, "2024年3月", None)
    changes = _Sheet("2025年增减", [6, 8, 12, 10, 10, 38, 10, 32, 26])
    _line(changes, f"{unit}2025年度岗位廉政风险点增减情况表", 9)
    _line(
        changes,
        "说明：2025年度排查在2024年清单基础上进行，本表只列增减的风险点，未列出的风险点继续执行。",
        9,
    )
    changes.add(
        "序号", "增减", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "增减原因"
    )
    for i, row in enumerate(CHANGES, 1):
        changes.add(i, *row)
    changes.add("制表：综合股", None, None, "审核：", None, None, "2025年4月", None, None)
    # the truth: the list of 2024 less the points struck, with the points added, one form a holder
    struck = {(c[3], c[4]) for c in CHANGES if c[0] == "删除"}
    for dept, post, who, tier, points in BASE:
        for point, lv, _ in points:
            if (who, point) not in struck:
                t.point(base.name, dept, post, who, tier, point, [], GRADES[lv])
        for kind, _d, _p, w, point, lv, _, _ in CHANGES:
            if kind == "新增" and w == who:
                t.point(base.name, dept, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "ritu_port_office_changes_sheet", "http://www.hgsanjipian.net/kxdt/140587.htm",
        "(harder) 县口岸管理办公室 岗位廉政风险防控清单 with a SECOND SHEET OF CHANGES, after the source's paper on 陆地边境 "
        "小额贸易 (口岸基础设施, 通关效率, 边民互市, 检验检疫): sheet ``2024年清单`` the list of 2024 (still in force, "
        "``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位/姓名 merged per person, "
        "``一级/二级/三级``), and sheet ``2025年增减`` under a 说明 line (本表只列增减的风险点，未列出的风险点继续执行) "
        "listing only the changes: ``序号 | 增减 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施 | 增减原因`` with "
        "``删除`` rows naming points of the list of 2024 (word for word) and ``新增`` rows adding points to its holders; "
        "the current list is the old one less the 删除 rows plus the 新增 rows",
        [base, changes], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ritu_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("巴珝岚", "局长", "主持全面工作", [
            ("商务发展专项资金分配个人说了算", "一级", "专项资金分配方案经局党组会集体研究，结果公示。"),
            ("为企业申报项目打招呼、说情", "一级", "领导干部插手项目申报登记报告，评审由专家独立进行。"),
        ]),
        ("戎瀣琇", "副局长", "分管外贸、边贸和口岸", [
            ("外贸企业扶持资金审核把关不严", "一级", "申报材料第三方审核，资金拨付前公示。"),
            ("边境小额贸易企业资格认定优亲厚友", "二级", "资格认定联审，名单公开。"),
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
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("市场运行股", "股长", "戎珩澥", "middle", "促消费活动承办企业选定不公开", "一级",
         "承办企业公开比选，结果公示。"),
        ("市场运行股", "股长", "戎珩澥", "middle", "消费券核销数据审核不实", "二级", "核销数据与平台数据逐笔比对。"),
        ("外经贸股", "科员", "巴玕翾", "general", "专项资金申报材料初审走过场", "二级", "初审意见书面记录，股长复核。"),
        ("财务股", "会计", "戎渫瑗", "general", "专项资金拨付不按文件列支", "一级", "拨付凭局党组会纪要，专账核算。"),
        ("财务股", "出纳", "巴璆岫", "general", "公款私存、坐支现金", "二级", "现金日清月结，每月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "ritu_commerce_bureau_two_sheets", "https://dgboc.dg.gov.cn/gkmlpt/content/4/4388/post_4388268.html",
        "县商务局 廉政风险防控一览表 in TWO SHEETS, after the source's 商务高质量发展专项资金管理办法 (稳外贸, 促消费, 资金申报, "
        "审核, 拨付, 绩效): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def ritu_market_service_centre_posts() -> dict:
    unit = f"{PLACE}市场服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "摊位分配", "摊位分配暗箱操作，为亲友预留好摊位", "制度机制风险", "高",
         "摊位分配公开抽签，结果公示。"),
        ("收费室", "收费员", "general", "摊位费收取", "收取摊位费不开票据，截留挪用", "思想道德风险", "高",
         "统一使用财政票据，当日缴入专户。"),
        ("收费室", "收费员", "general", "收费标准执行", "超标准收费或擅自减免摊位费", "业务流程风险", "中",
         "收费项目和标准在市场显著位置公示。"),
        ("市场管理室", "管理员", "general", "经营秩序检查", "对违规经营户吃拿卡要、选择性处理", "岗位职责风险", "中",
         "检查两人以上，检查记录存档。"),
        ("市场管理室", "管理员", "general", "场内设施维修", "维修项目虚报工程量", "外部环境风险", "低",
         "维修前后拍照留存，中心复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "ritu_market_service_centre_posts", "http://crsrw.com/falvjiangtang/14410.html",
        "县市场服务中心 岗位廉政风险点排查表 对岗不对人, after the source's note on 农贸市场 收费 (摊位费, 收费项目, 明码标价, "
        "公示): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def ritu_investment_centre_cards() -> dict:
    unit = f"{PLACE}招商引资服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "巴岏瑢", "主任", "主持中心全面工作", "leader", [
            ("招商引资项目落地中向企业索取好处", "★★★", "项目洽谈两人以上参加，洽谈记录存档。"),
            ("违规承诺税收返还、土地优惠", "★★★", "优惠政策一律按县政府文件执行，不得口头承诺。"),
            ("接受客商宴请、旅游安排", "★", "严守中央八项规定精神，外出招商报备行程。"),
        ]),
        ("副主任", "戎嵚璘", "副主任", "分管项目服务、考核统计", "leader", [
            ("招商引资数据虚报、拉项目充数", "★★", "到位资金凭银行凭证核实，数据逐项复核。"),
            ("招商奖励资金审核不严", "★★", "奖励申报集体审核，结果公示。"),
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
        "ritu_investment_centre_cards", "http://admin.richbox.biz:80/bjcs3.aspx?FF=rfcKu.html",
        "县招商引资服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 招商引资 以案促改 (商务局长 "
        "受贿, 拉项目充数, 招商奖励, “既花公款也花老板”): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def ritu_border_trade_centre_group_rows() -> dict:
    unit = f"{PLACE}边境贸易服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "戎淏璆", "leader", [
                ("边民互市贸易点经营户准入把关不严", "一级风险", "准入条件公开，审核结果公示。"),
                ("边贸扶持资金分配不公", "一级风险", "资金分配经主任办公会集体研究。"),
            ]),
        ]),
        ("二、互市管理组", "互市管理组", [
            ("组长", "巴瀞珧", "middle", [
                ("边民互市交易额度核定弄虚作假", "二级风险", "额度核定双人复核，系统留痕。"),
            ]),
            ("管理员", "戎泚岑", "general", [
                ("为不符合条件的边民代办互市证明", "二级风险", "证明材料逐户核实，组长签字。"),
                ("接受经营户礼品、土特产", "三级风险", "签订廉洁承诺书，定期回访经营户。"),
            ]),
        ]),
        ("三、统计服务组", "统计服务组", [
            ("统计员", "巴琭澈", "general", [
                ("边贸统计数据虚报", "二级风险", "数据与海关、税务数据比对。"),
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
        "ritu_border_trade_centre_group_rows", "https://m.fx361.cc/news/2023/0125/15683225.html",
        "县边境贸易服务中心 廉政风险防控责任清单 under GROUP ROWS, after the source's review of 边民互市 research (互市贸易点, "
        "边民, 交易额度, 管理办法): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group "
        "rows ``一、中心领导``, ``二、互市管理组``, ``三、统计服务组`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def ritu_ecommerce_station_selfchecks() -> dict:
    unit = f"{PLACE}电子商务服务站"
    t = _Truth(unit)
    people = [
        ("戎瑷岿", "站领导", "站长", "leader", [
            ("电商进农村项目资金使用不按实施方案", "Ⅰ级", "资金使用按实施方案列支，县商务局审核。", "已落实"),
            ("村级服务点建设验收把关不严", "Ⅱ级", "服务点验收实地查看，验收组签字。", "未发现问题"),
        ]),
        ("巴砺琮", "运营服务部", "运营专员", "general", [
            ("农产品上行补贴数据弄虚作假", "Ⅰ级", "补贴数据与平台订单逐笔核对。", "已落实"),
            ("电商培训签到代签、虚报人数", "Ⅲ级", "培训签到拍照留存，站长抽查。", "已落实"),
        ]),
        ("戎翙泱", "物流配送部", "配送员", "general", [
            ("快递代收货款不及时交回", "Ⅱ级", "代收货款当日交回，每周对账。", "未发现问题"),
            ("配送补贴里程虚报", "Ⅲ级", "配送里程按系统轨迹核定。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ritu_ecommerce_station_selfchecks", "http://www.victorzhang.cn/page/2021/0502/14784681.shtml",
        "县电子商务服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on 农村电商 "
        "(农产品上行, 物流 “最后一公里”, 电商人才培养, 电商平台): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def ritu_risong_township_station_list() -> dict:
    unit = f"{PLACE}日松乡商贸服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "巴岍瑒", "leader", "农家店建设补助对象确定优亲厚友", "制度机制", "高风险",
         "补助对象经村推荐、站里审核、公示后确定。"),
        ("站领导", "站长", "巴岍瑒", "leader", "家电以旧换新补贴审核不严", "岗位职责", "中风险",
         "补贴申请逐户核实，在村务公开栏公示。"),
        ("流通服务", "业务员", "戎璞嵘", "general", "农资配送网点布点收受好处", "思想道德", "高风险",
         "布点方案集体研究，报县商务局备案。"),
        ("流通服务", "业务员", "戎璞嵘", "general", "补贴资金发放不按时足额", "业务流程", "低风险",
         "补贴资金一卡通发放，不得经手现金。"),
        ("统计报送", "统计员", "巴滢珺", "general", "商贸流通数据虚报", "外部环境", "中风险",
         "数据与销售台账核对，站长签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "ritu_risong_township_station_list", "http://www.yawin.cn/list/news_14452.html",
        "乡商贸服务站 岗位廉政风险防控一览表, after the source's report on 家电下乡 and “万村千乡市场工程” (家电以旧换新, 销售补贴, "
        "农家店, 农资配送中心): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def ritu_duoma_township_station_register() -> dict:
    unit = f"{PLACE}多玛乡商贸服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "戎澔岷", "leader", [
            ("集贸市场摊位使用权拍卖不公开", "制度机制", "一级", "拍卖委托有资质机构，全程公开。"),
            ("市场管理费使用不按专款专用", "岗位职责", "二级", "管理费专账核算，每年公布收支。"),
        ]),
        ("财务组", "报账员", "巴沺琰", "general", [
            ("收费票据不按规定领用核销", "业务流程", "一级", "票据领用登记，按月核销。"),
        ]),
        ("市场管理组", "管理员", "戎瑭嵛", "general", [
            ("对无证经营户收受好处不予制止", "思想道德", "二级", "巡查记录每日上报，站长抽查。"),
            ("市场环境卫生保洁经费虚报", "业务流程", "三级", "保洁人员考勤与经费拨付挂钩。"),
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
        "ritu_duoma_township_station_register", "http://www.fymate.net/html/text/lar/169612/16961220_1.html",
        "乡商贸服务站 廉政风险点排查登记表, after the source's 露天市场 管理办法 (市场管理单位 按规定收费, 收费公示, 经营秩序, "
        "保洁): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ritu_port_office_changes_sheet(),
    ritu_commerce_bureau_two_sheets(),
    ritu_market_service_centre_posts(),
    ritu_investment_centre_cards(),
    ritu_border_trade_centre_group_rows(),
    ritu_ecommerce_station_selfchecks(),
    ritu_risong_township_station_list(),
    ritu_duoma_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch912-inbox"))

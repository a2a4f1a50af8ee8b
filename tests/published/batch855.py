"""The eight-hundred-and-fifty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's border and
commerce bodies, 镇康县 (of 临沧市, 云南省) — its 商务局, 南伞口岸管理办公室, 边民互市管理所, 外事办公室,
边境经济合作区管理委员会, 口岸物流园管理处, 商务综合行政执法大队 and 边境贸易服务中心 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 商务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 南伞口岸管理办公室's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 边民互市管理所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、市场服务股`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 外事办公室's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 边境经济合作区管理委员会's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 口岸物流园管理处's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 商务综合行政执法大队's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zhenkang_border_trade_centre_measures_by_level``: the 边境贸易服务中心's 岗位廉政风险点排查及防控表,
  ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点`` merged down over a TWO-ROW heading whose last cell
  ``风险等级及防控措施`` is merged across three columns ``一级 | 二级 | 三级``; there is NO level column and
  NO measures column of its own: each row writes its 防控措施 under the ONE level column its point is
  graded, the other two blank, and a ``注：`` line says so — the level is WHICH column holds the
  measures. The README's 读得懂的表 knows level columns whose cells are the POINTS (``一级风险点 |
  二级风险点 | 三级风险点``, one filled a row, or a grid of posts × levels with numbered points), a
  measures column to the right of each level column, control-tier columns (``岗位自控 | 股室监控 |
  中心防控``) folded by a note, ticks or votes under ``高 | 中 | 低``; it does not describe a list with
  its own 风险点 column whose MEASURES stand under the level headings, the level given by the column
  the measures are written in.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (中缅、中越 边境治理 — 口岸贸易流量,
边民往来; a paper on 边境经济合作区 转型升级 — 招商引资, 管理体制, 营商软环境; 镇康 口岸新城 — 国门在城中,
甘蔗、农资运输车辆 通关; 南伞 — 中缅边民互市, 每5日一街, 设有海关; 因公临时出国（境）管理 — 出访计划,
团组人数、天数, 因公证照; 中缅边境地区 国家级边境经济合作区 — 跨境合作, 园区建设; 陆地边境口岸的特点 —
人货通行, 物流; 中越边境 口岸型城镇化 — 口岸贸易, 市场秩序) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 字 and 俸 with rare given names); every unit is a body of 镇康县.

Run ``python tests/published/score.py --set batch855`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the heading (``一级``, ``二级``, ``三级``) of the one column under
  ``风险等级及防控措施`` its row fills; the text in that column is the point's measures, no point and no
  type; the blank cells beside it say nothing; the ``注：`` line and the 填表人/审核人 line are no points;
  科室 ``中心领导`` is the 科室 of the 中心's 主任 (a leader), a 股长 middle, a 会计 general;
- ``所领导``, ``大队领导``, ``管委会领导``, ``办领导`` and ``处领导`` (a 科室/部门 cell, a group row, a 所在科室
  cell) are the 科室 of those leaders; the 商务局's leaders (sheet ``局领导``, no 科室 column) and the
  外事办's card holders have no 科室; a 局's 股, an 办's 科, a 所's 股, a 管委会's 局 (规划建设局,
  招商合作局, 财政金融局: its inner bureaus), a 处's 科 and a 大队's 中队 are 科室;
- every body is a unit of its own: 局长, 副局长, 主任, 副主任, 所长, 处长, 大队长 and the 管委会's 主任 are
  leaders; 股长, 科长, 中队长 and the 管委会's inner bureaus' 局长 middle; the rest (股员, 科员, 申报员,
  会计, 执法队员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 口岸管理办's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b855_"
PLACE = "镇康县"
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

# the three level columns under the merged 风险等级及防控措施 heading
LEVEL_HEADS = ["一级", "二级", "三级"]

# (科室, 岗位, 姓名, tier, 廉政风险点, 级别 1–3, 防控措施 written under that level's column)
GRADED = [
    ("中心领导", "主任", "字朏岏", "leader", "边贸企业扶持资金申报材料审核把关不严", 1,
     "扶持资金申报实行股室初审、中心集体审定，名单公示七日。"),
    ("中心领导", "主任", "字朏岏", "leader", "边境贸易展销会承办单位选定不经集体研究", 1,
     "承办单位通过县公共资源交易平台比选产生。"),
    ("中心领导", "主任", "字朏岏", "leader", "接受报关代理企业宴请和土特产礼品", 3,
     "签订廉洁承诺书，节前廉洁提醒。"),
    ("贸易促进股", "股长", "俸翙峣", "middle", "边贸企业统计数据报送弄虚作假、虚增进出口额", 2,
     "统计数据与海关数据逐月比对，差异说明存档。"),
    ("贸易促进股", "股长", "俸翙峣", "middle", "向企业推荐指定报关、运输代理", 2,
     "代理服务由企业自主选择，股室不得推荐。"),
    ("综合股", "会计", "字毖湄", "general", "展位费、会务费收入不入账，私设小金库", 1,
     "展位费统一缴入中心账户，开具财政票据。"),
    ("综合股", "会计", "字毖湄", "general", "差旅、接待费报销票据审核不严", 3,
     "报销单据经办人、证明人、审批人三签。"),
]  # fmt: skip


def zhenkang_border_trade_centre_measures_by_level() -> dict:
    unit = f"{PLACE}边境贸易服务中心"
    n = len(LEVEL_HEADS)
    ncols = 5 + n
    sh = _Sheet("排查表", [6, 12, 9, 9, 36] + [30] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查及防控表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年6月", ncols)
    top = sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级及防控措施", *([None] * (n - 1))
    )
    sh.add(None, None, None, None, None, *LEVEL_HEADS)
    for c in range(5):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 4 + n)
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(GRADED, 1):
        cells = [measures if k == lv else None for k in range(1, n + 1)]
        sh.add(i, dept, post, who, point, *cells)
        t.point(sh.name, dept, post, who, tier, point, [], lv)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：防控措施填写在该风险点所属风险等级一栏内，其余两栏不填。", ncols)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "zhenkang_border_trade_centre_measures_by_level", "https://www.gulingge.com/case/2510.html",
        "(harder) 县边境贸易服务中心 岗位廉政风险点排查及防控表, after the source's piece on 中缅、中越 边境治理 (口岸贸易流量, "
        "边民往来, 小额贸易, 边境秩序): a title, a 填报单位/填报时间 line, then a TWO-ROW heading: 序号/科室/岗位/姓名/"
        "廉政风险点 merged down and ``风险等级及防控措施`` merged across three columns ``一级 | 二级 | 三级``; NO level "
        "column: each row writes its 防控措施 under the ONE level column its point is graded, the other two left blank, "
        "so the level is which column holds the measures; 科室 merged, 岗位/姓名 merged per person; no type column; a "
        "merged ``注：`` line saying so and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhenkang_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("俸崟翀", "局长", "主持全面工作", [
            ("招商引资项目优惠政策兑现个人说了算", "一级", "优惠政策兑现经局党组会集体研究，报县政府审定。"),
            ("商贸流通项目资金分配向关系企业倾斜", "一级", "项目资金分配方案公开征集、集体评审、结果公示。"),
        ]),
        ("字暻沄", "副局长", "分管对外贸易、口岸经济", [
            ("外经贸发展资金申报企业资格审核不严", "二级", "企业资格与海关进出口数据核对，双人审核。"),
            ("接受边贸企业宴请、礼金", "三级", "严守中央八项规定精神，不得参加企业安排的宴请。"),
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
        ("招商服务股", "股长", "字岍翾", "middle", "招商项目洽谈中泄露土地、税收优惠底价", "一级",
         "洽谈实行两人以上参加，洽谈记录存档。"),
        ("招商服务股", "股长", "字岍翾", "middle", "招商引资到位资金统计虚报", "二级", "到位资金凭银行进账单据核实。"),
        ("外贸股", "股员", "俸沄珝", "general", "加工贸易企业备案材料审核走过场", "二级", "备案材料实行初审、复审。"),
        ("市场运行股", "股长", "俸曈皞", "middle", "成品油、再生资源回收经营许可违规审批", "一级",
         "许可事项进政务服务中心窗口，办理结果公开。"),
        ("市场运行股", "股员", "字淏嵘", "general", "商贸企业安全检查发现问题不如实记录", "三级", "检查记录双人签字，问题清单销号管理。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhenkang_commerce_bureau_two_sheets", "https://www.ruanwen8.net/fwsx/jjx/382.html",
        "县商务局 廉政风险防控一览表 in TWO SHEETS, after the source's paper on 边境经济合作区 转型升级 (招商引资, 管理体制, "
        "营商软环境, 边境贸易): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhenkang_nansan_port_office_posts() -> dict:
    unit = f"{PLACE}南伞口岸管理办公室"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "口岸基础设施项目", "查验场地、货场改造项目指定施工单位", "制度机制风险", "高",
         "项目一律进入公共资源交易平台，主任办公会集体研究。"),
        ("通关协调科", "科长", "middle", "通关车辆协调", "对甘蔗、农资运输车辆优先通关收受好处", "岗位职责风险", "高",
         "通关车辆按申报先后排队，协调记录存档。"),
        ("通关协调科", "科长", "middle", "联检单位协调", "协调中为个别企业说情打招呼", "思想道德风险", "中",
         "协调事项书面记录，重大事项报办领导。"),
        ("口岸运行科", "科员", "general", "口岸收费", "口岸场地使用费减免不按标准执行", "业务流程风险", "中",
         "收费标准上墙公示，减免经集体研究。"),
        ("口岸运行科", "科员", "general", "口岸数据统计", "出入境车辆、人员数据统计不实", "业务流程风险", "低",
         "数据与边检、海关数据每月核对。"),
        ("口岸运行科", "科员", "general", "边民通道管理", "为无证人员违规通行提供便利", "外部环境风险", "高",
         "通道实行视频全覆盖，发现问题及时移交边检。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "zhenkang_nansan_port_office_posts", "http://kmguol.com/ditu/zhenkangxianditu/12767.html",
        "县口岸管理办 岗位廉政风险点排查表 对岗不对人, after the source's piece on 镇康 口岸新城 (国门在城中, 甘蔗、农资运输车辆 "
        "依次通关, 口岸综合服务): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhenkang_border_market_office_group_rows() -> dict:
    unit = f"{PLACE}边民互市管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "字瑑岺", "leader", [
                ("互市商品落地加工企业认定暗箱操作", "一级风险", "认定条件公开，所务会集体研究并公示。"),
                ("边民互助组组建和调整违规干预", "二级风险", "互助组组建由村委会推荐，名单公示。"),
            ]),
        ]),
        ("二、申报管理股", "申报管理股", [
            ("股长", "俸琤岷", "middle", [
                ("边民证、互市申报信息审核不严，冒用边民身份", "一级风险", "申报信息与边民证、人脸识别逐一核验。"),
            ]),
            ("申报员", "字翯淇", "general", [
                ("代边民填报申报单时收取好处费", "二级风险", "申报点公示免费服务承诺，设举报电话。"),
                ("互市交易额超限额拆分申报", "三级风险", "系统设置限额提醒，异常交易每日核查。"),
            ]),
        ]),
        ("三、市场服务股", "市场服务股", [
            ("股长", "俸翛湉", "middle", [
                ("交易摊位分配优亲厚友", "二级风险", "摊位分配公开抽签，结果公示。"),
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
        "zhenkang_border_market_office_group_rows", "https://wapiknow.baidu.com/question/625936371964155924.html?qbl=relate_question_3",
        "县边民互市管理所 廉政风险防控责任清单, after the source's answer on 南伞 (中缅边民互市口岸, 每5日一街, 日用百货、土特产品 "
        "交易, 设有海关): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、所领导``, ``二、申报管理股``, ``三、市场服务股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhenkang_foreign_affairs_cards() -> dict:
    unit = f"{PLACE}外事办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "字霈屾", "主任", "主持全面工作", "leader", [
            ("因公出访团组计划外安排照顾性、考察性出访", "★★★", "出访计划报县委外事工作委员会审批，计划外团组专项说明。"),
            ("出访团组人数、天数超标准审核放行", "★★★", "严格执行出访人数、天数限量规定，逐案审核。"),
            ("接受境外邀请单位礼品不登记", "★", "礼品一律登记上交。"),
        ]),
        ("副主任", "俸嵘琇", "副主任", "分管护照证件、涉外接待", "leader", [
            ("因公证照不按时收回，私自保存使用", "★★", "证照集中保管，回国后七日内交回登记。"),
            ("涉外接待超标准安排食宿", "★★", "接待方案事前审批，费用凭清单结算。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 36])
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
        "zhenkang_foreign_affairs_cards", "https://m.qiqiwenku.com/ppt/717868.html",
        "县外事办 领导干部廉政风险防控卡, one sheet a leader, after the source's slides on 因公临时出国（境）管理 (出访计划, "
        "团组人数、天数, 照顾性和考察性出访, 因公证照 交回): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhenkang_border_zone_committee_list() -> dict:
    unit = f"{PLACE}边境经济合作区管理委员会"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("管委会领导", "主任", "字曌岫", "leader", "入园企业准入评审打招呼、定结果", "制度机制", "高风险",
         "入园项目由评审委员会评审，结果公示。"),
        ("管委会领导", "主任", "字曌岫", "leader", "园区标准厂房租金减免个人说了算", "岗位职责", "中风险",
         "租金减免方案经主任办公会研究。"),
        ("规划建设局", "局长", "俸翊湛", "middle", "园区基础设施工程变更签证把关不严", "业务流程", "高风险",
         "工程变更经监理、跟踪审计共同签认。"),
        ("招商合作局", "局长", "字岙澂", "middle", "跨境合作项目引进中收受企业好处", "外部环境", "高风险",
         "招商洽谈两人以上参加，洽谈情况书面报告。"),
        ("招商合作局", "科员", "俸珽瀛", "general", "企业投资协议履约情况跟踪不实", "业务流程", "中风险",
         "履约情况每季度现场核查并登记。"),
        ("财政金融局", "会计", "字澴岚", "general", "园区扶持资金拨付不按协议约定", "思想道德", "低风险",
         "资金拨付凭协议和验收资料，三级审批。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "zhenkang_border_zone_committee_list", "https://fx361.cc/page/2020/0225/17921318.shtml",
        "县边境经济合作区管委会 岗位廉政风险防控一览表, after the source's paper on 中缅边境地区 国家级边境经济合作区 (跨境合作, "
        "沿边开放, 园区建设, 招商): ``附件2``, a title, a 填报单位（盖章）/填报时间 line, ``部门 | 岗位 | 责任人`` written on "
        "EVERY row, short types, 风险等级 ``高风险/中风险/低风险``; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def zhenkang_port_logistics_selfchecks() -> dict:
    unit = f"{PLACE}口岸物流园管理处"
    t = _Truth(unit)
    people = [
        ("俸澈岢", "处领导", "处长", "leader", [
            ("物流园仓储用地出租不公开招租", "Ⅰ级", "出租一律公开招租，租金由评估确定。"),
            ("入驻物流企业考核评分打人情分", "Ⅱ级", "考核由三人以上小组评分，结果公示。"),
        ]),
        ("字翾湲", "运营管理科", "科员", "general", [
            ("货车停车场收费不开票、收费不入账", "Ⅰ级", "停车收费统一扫码缴入管理处账户。"),
            ("冷链仓库使用排期优先熟人企业", "Ⅲ级", "排期按申请先后在系统登记。"),
        ]),
        ("俸琬峤", "运营管理科", "科员", "general", [
            ("园区设施维修零星采购虚开发票", "Ⅱ级", "零星采购三家比价，验收双人签字。"),
            ("物流企业货物滞留费减免不按规定", "Ⅲ级", "减免按标准执行，每月公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "处长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhenkang_port_logistics_selfchecks", "http://www.handmsg.com/page/2020/0302/18170645.shtml",
        "县口岸物流园管理处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on 中国 "
        "陆地边境口岸的特点 (人货通行, 口岸经贸, 物流, 城镇): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 处长意见：``",
        sheets, t,
    )  # fmt: skip


def zhenkang_commerce_enforcement_register() -> dict:
    unit = f"{PLACE}商务综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "俸瀞岍", "leader", [
            ("边境贸易违法案件处罚裁量畸轻畸重", "制度机制", "一级", "处罚按裁量基准执行，重大案件集体讨论。"),
            ("为走私、无证经营商户通风报信", "思想道德", "一级", "执法行动临时通知，全程记录。"),
        ]),
        ("执法一中队", "中队长", "字湉峥", "middle", [
            ("互市商品市场检查选择性执法", "岗位职责", "二级", "检查对象随机抽取，执法人员随机选派。"),
        ]),
        ("执法一中队", "执法队员", "俸岑璟", "general", [
            ("暂扣商品登记不全、私自处置", "业务流程", "二级", "暂扣物品清单当场签字，专库保管。"),
            ("执法过程中吃拿卡要", "外部环境", "三级", "佩戴执法记录仪，公开举报电话。"),
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
        "zhenkang_commerce_enforcement_register", "http://www.ydxbzx.ynu.edu.cn/info/1064/1444.htm",
        "县商务综合行政执法大队 廉政风险点排查登记表, after the source's paper on 中越边境 口岸型城镇化 (口岸贸易, 边民互市, "
        "市场秩序): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenkang_border_trade_centre_measures_by_level(),
    zhenkang_commerce_bureau_two_sheets(),
    zhenkang_nansan_port_office_posts(),
    zhenkang_border_market_office_group_rows(),
    zhenkang_foreign_affairs_cards(),
    zhenkang_border_zone_committee_list(),
    zhenkang_port_logistics_selfchecks(),
    zhenkang_commerce_enforcement_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch855-inbox"))

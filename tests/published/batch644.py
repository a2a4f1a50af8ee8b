"""The six-hundred-and-forty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 城乡供水
bodies, 化德县 (of 乌兰察布市, 内蒙古自治区) — its 自来水公司 and the company's 营业所, the 城区水厂, the
农村饮水安全管理站, the 污水处理厂, the 城乡供水服务中心, the 农村供水水质检测中心 and the 长顺镇供水站 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 自来水公司's 一览表 in TWO SHEETS: ``公司领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``部门`` (``部门`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农村饮水安全管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names;
- the 污水处理厂's 责任清单 under GROUP ROWS ``一、厂领导`` … ``三、运行车间`` merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 城区水厂's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 城乡供水服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, 高/中/低, ``自查情况``, no type column;
- the 农村供水水质检测中心's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``一级风险/二级风险/三级风险``;
- the 长顺镇供水站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``huade_water_business_office_rota``: the 自来水公司营业所's 岗位廉政风险点及轮岗责任表, ONE ROW A POINT
  (``序号 | 岗位 | 廉政风险点 | 风险等级 | … | 防控措施``, 岗位 merged over its rows) and ``责任人（按月轮岗）``
  merged across TWELVE MONTH COLUMNS ``1月 | 2月 | … | 12月`` (a second heading row) — a ROTA DRAWN AS A
  BAR CHART: in each row the months a person holds the post are one cell merged across those months
  with his name in it (the 所长 one bar across all twelve, the 收费员 two bars 1—6月 | 7—12月, the 抄表员
  three bars 1—4月 | 5—8月 | 9—12月), so a point is the point of every person whose bar stands in its
  row. The README's 读得懂的表 knows holders in turn written in one cell with their months
  (``张三（1—6月）⏎李四（7—12月）``) and a ``风险高发时段`` band of months ticked ``●`` (no holder, no
  point); it does not describe a month band whose merged bars carry the holders' names.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 供水公司's 用户须知 — 抄表, 水费缴纳,
违约金, 暂停供水, 用水性质; a 水务集团纪委 on 老旧小区供水设施改造 — 分包单位, 廉洁提醒; a piece on 农村供水
工程管理 — 村级供水站, 管护经费, 水质监测; a proposal on 城镇污水处理监管 — 建设, 运营, 监管机构; a 水务集团
党委书记 at the 水厂 — 日常巡检, 制水工艺, 水源地保护; a paper on 农村供水工程 运行管护 — 管护奖补资金,
县域统管; a county's 农村供水工程 运行管理 — 管护经费补贴, 水质检测, IC卡水表; a 村供水管理办法 — 水表校验,
水费收取, 专户储存) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 喻 and 蒲 with rare given
names); every unit is a body of 化德县.

Run ``python tests/published/score.py --set batch644`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every name in the month band is a holder of the row's post, and the row's
  point is his point with the row's level, whatever months his bar spans; one form a holder (a
  post of three rotating 抄表员 is three forms), no 科室 (the table names none); the months are no
  points and name no level; ``防控措施`` names no holder; the ``注：`` line and the 填表/审核 line are
  no points;
- ``公司领导``, ``厂领导``, ``站领导``, ``中心领导`` (a sheet, a group row, a 股室 or 部门 cell) are the 科室
  of those leaders where a cell says so; the company's leaders (sheet ``公司领导``, no 科室 column) and
  the cards' leaders have no 科室; a 部, 股, 车间 or 室 is a 科室; a group row ``二、综合部`` gives the
  科室 ``综合部`` (its number left off);
- every body is a unit of its own: 经理, 副经理, 所长, 厂长, 副厂长, 站长, 副站长, 主任 and 副主任 of the
  unit are leaders; 部长, 股长, 车间主任 and 室主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 管理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b644_"
PLACE = "化德县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
MONTHS = [f"{m}月" for m in range(1, 13)]


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, tier, rota: [(first month, last month, name)], [(廉政风险点, 风险等级, 防控措施)])
ROTA = [
    ("所长", "leader", [(1, 12, "喻琮翮")], [
        ("水费减免、核销不经集体研究，个人说了算", "高", "减免核销经所务会研究，报公司审批后公示。"),
        ("营业收入不及时足额上缴，坐收坐支", "高", "营业收入日清日缴，财务部每月对账。"),
        ("接受用水大户宴请、礼品", "低", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("收费员", "general", [(1, 6, "蒲霁岫"), (7, 12, "喻昶澐")], [
        ("收取水费不开票据，截留挪用水费", "高", "收费一律出具电子票据，日终双人核对。"),
        ("违约金随意减免，优亲厚友", "中", "违约金减免凭所长签批单办理。"),
    ]),
    ("抄表员", "general", [(1, 4, "蒲瑨岚"), (5, 8, "喻沨璟"), (9, 12, "蒲珩湉")], [
        ("估抄、漏抄水表，人为少计水量", "中", "抄表数据拍照上传，稽查员每月抽查。"),
        ("擅自变更用水性质，按低价水价计费", "低", "用水性质变更经现场核实、所长审批。"),
    ]),
]  # fmt: skip


def huade_water_business_office_rota() -> dict:
    unit = f"{PLACE}自来水公司营业所"
    ncols = 4 + 12 + 1
    sh = _Sheet("轮岗责任表", [6, 10, 36, 8] + [5] * 12 + [34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及轮岗责任表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年度", ncols)
    top = sh.add(
        "序号", "岗位", "廉政风险点", "风险等级", "责任人（按月轮岗）", *([None] * 11), "防控措施"
    )
    sh.add(None, None, None, None, *MONTHS, None)
    for c in (0, 1, 2, 3, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 15)
    n = 0
    for post, tier, rota, points in ROTA:
        first = len(sh.rows)
        for point, lv, measures in points:
            n += 1
            band = [None] * 12
            for m0, _m1, who in rota:
                band[m0 - 1] = who
            r = sh.add(n, post, point, lv, *band, measures)
            for m0, m1, _who in rota:
                if m1 > m0:
                    sh.merge(r, 3 + m0, r, 3 + m1)
        _merge_down(sh, first, [(1, lambda row: row[1])])
        for _m0, _m1, who in rota:
            for point, lv, _measures in points:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：实行轮岗的岗位，在岗月份内填写在岗人员姓名；风险等级分高、中、低三级。", ncols)
    sh.add("填表：", None, None, "审核：", *([None] * 8), "所长（签字）：", None, None, None, None)
    return _layout(
        "huade_water_business_office_rota", "http://m.htsmyxgs.com/index.php/site/service/usernotice/detail/default.html",
        "(harder) 县自来水公司营业所 岗位廉政风险点及轮岗责任表, after the source's 供水公司 用户须知 (抄表, 水费缴纳, 违约金, "
        "暂停供水, 用水性质调整): a title, a merged ``单位：…　2025年度`` line, then a TWO-ROW heading: 序号/岗位/廉政风险点/"
        "风险等级/防控措施 merged down, ``责任人（按月轮岗）`` merged across twelve month columns ``1月 | … | 12月``; ONE ROW "
        "A POINT, 岗位 merged over its rows, and in the month band each holder's months one cell merged across them with his "
        "name (所长 one bar 1—12月, 收费员 1—6月 | 7—12月, 抄表员 1—4月 | 5—8月 | 9—12月), so each row's point is the point "
        "of every person in its band; 高/中/低, no type column; a merged ``注：`` line and a 填表/审核/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huade_water_company_two_sheets() -> dict:
    unit = f"{PLACE}自来水公司"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("喻翯琬", "经理", "主持全面工作", [
            ("老旧小区供水设施改造项目分包不经集体研究", "一级", "分包单位经经理办公会集体研究，结果公示。"),
            ("大额资金支付个人审批", "一级", "大额资金支付实行联签，报县水利局备案。"),
        ]),
        ("蒲岍沄", "副经理", "分管工程、管网", [
            ("管网改造工程量签证把关不严", "一级", "签证经监理、跟踪审计和工程部三方确认。"),
            ("新装用户接水工程指定施工队伍", "二级", "接水工程由公司统一组织，收费标准公开。"),
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
    dept = _Sheet("部门", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}部门廉政风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程部", "部长", "喻澂翀", "middle", "隐蔽工程验收走过场", "一级", "隐蔽工程验收留存影像资料。"),
        ("工程部", "部长", "喻澂翀", "middle", "管材进场验收降低标准", "二级", "管材抽样送检，验收双人签字。"),
        ("工程部", "技术员", "蒲璆泓", "general", "施工日志、工程量记录不实", "三级", "施工记录每周由部长审核。"),
        ("财务部", "部长", "喻琭湘", "middle", "工程款支付不按合同进度", "一级", "工程款按审定进度支付。"),
        ("财务部", "会计", "蒲峤玥", "general", "报销单据审核不严，虚列支出", "二级", "报销单据经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合部", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "huade_water_company_two_sheets", "https://gsbet68.com/c210/content_3082743.html",
        "县自来水公司 廉政风险防控一览表 in TWO SHEETS, after the source's 水务集团纪委 on 老旧小区供水设施改造 (分包单位多, "
        "廉洁提醒谈话, 重点监督): sheet 公司领导 with 姓名/职务/分管工作 merged per leader, sheet 部门 with 部门 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def huade_rural_water_station_posts() -> dict:
    unit = f"{PLACE}农村饮水安全管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "管护经费分配", "村级供水站管护经费分配不公开，向关系村倾斜", "制度机制风险", "高风险",
         "管护经费按工程规模测算，分配结果公示。"),
        ("工程股", "股长", "middle", "维修项目验收", "供水设施维修项目验收不到现场，虚报工程量", "岗位职责风险", "高风险",
         "维修验收现场拍照，乡镇、村两级签字确认。"),
        ("工程股", "股长", "middle", "设备采购", "水处理设备采购指定品牌", "外部环境风险", "中风险",
         "设备采购按政府采购程序进行。"),
        ("水质股", "化验员", "general", "水质抽检", "小型水站水质抽检走过场，检测数据不实", "业务流程风险", "中风险",
         "抽检样品双人采样，检测报告留存备查。"),
        ("水质股", "化验员", "general", "药剂领用", "消毒药剂领用不登记，私自处置", "思想道德风险", "低风险",
         "药剂出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "huade_rural_water_station_posts", "https://www.lanyancloud.com/news/2016950336790622208",
        "县农村饮水安全管理站 岗位廉政风险点排查表 对岗不对人, after the source's piece on 农村供水工程管理 (村级供水站, "
        "管护经费, 水质监测, 用水协会和管水员): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def huade_sewage_plant_group_rows() -> dict:
    unit = f"{PLACE}污水处理厂"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、厂领导", "厂领导", [
            ("厂长", "喻瀛骁", "leader", [
                ("污泥处置服务单位选定暗箱操作", "Ⅰ级", "污泥处置服务公开比选，结果公示。"),
                ("运营考核结果弄虚作假，套取运营补贴", "Ⅰ级", "运营考核数据与在线监测数据比对。"),
            ]),
        ]),
        ("二、综合部", "综合部", [
            ("部长", "蒲琇翙", "middle", [
                ("药剂、配件采购化整为零", "Ⅱ级", "采购计划按月汇总，三家比价。"),
            ]),
            ("会计", "喻澍岷", "general", [
                ("污水处理费结算不及时入账", "Ⅱ级", "处理费结算单与银行回单逐笔核对。"),
            ]),
        ]),
        ("三、运行车间", "运行车间", [
            ("车间主任", "蒲昀琤", "middle", [
                ("出水水质在线监测数据人为干预", "Ⅰ级", "在线监测设备加锁，运维记录存档。"),
                ("设备维修外包工程量虚报", "Ⅲ级", "维修完工由车间、综合部共同验收。"),
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
        "huade_sewage_plant_group_rows", "https://m.iniots.com/info/1029/2272.htm",
        "县污水处理厂 廉政风险防控责任清单, after the source's proposal on 城镇污水处理监管 (建管分离, 运营维护, 监管绩效评价): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、厂领导``, ``二、综合部``, "
        "``三、运行车间`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def huade_city_waterworks_cards() -> dict:
    unit = f"{PLACE}城区水厂"
    t = _Truth(unit)
    cards = [
        ("厂长", "喻珣淏", "厂长", "主持水厂全面工作", "leader", [
            ("水厂大修项目不经集体研究", "★★★", "大修项目经厂务会研究，报公司审批。"),
            ("水源地保护区内违规项目放任不管", "★★", "水源地每周巡查，发现问题及时上报。"),
            ("接受药剂供应商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副厂长", "蒲翊澜", "副厂长", "分管制水、设备", "leader", [
            ("净水药剂验收数量、质量把关不严", "★★★", "药剂批批送检，验收双人签字。"),
            ("设备巡检记录弄虚作假", "★★", "巡检记录与设备运行数据每月比对。"),
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
        "huade_city_waterworks_cards", "https://www.3691k.com/c394/3114.html",
        "县城区水厂 领导干部廉政风险防控卡, one sheet a leader, after the source's 水务集团党委书记 at the 水厂 (日常巡检, "
        "制水工艺流程, 供水保障, 水源地保护): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def huade_supply_service_center_selfchecks() -> dict:
    unit = f"{PLACE}城乡供水服务中心"
    t = _Truth(unit)
    people = [
        ("喻嶂琪", "中心领导", "主任", "leader", [
            ("运行管护奖补资金分配不按考核结果", "高", "奖补资金按考核结果分配，名单公示。", "已落实"),
            ("县域统管运营单位考核走过场", "中", "考核邀请乡镇、用水户代表参加。", "未发现问题"),
        ]),
        ("蒲沅晞", "运管股", "股长", "middle", [
            ("供水工程维修资金申报审核不严", "高", "维修申报现场核查，照片存档。", "已落实"),
            ("管水员补助发放不实", "低", "补助按考勤发放，村委会盖章确认。", "已落实"),
        ]),
        ("喻璐岑", "运管股", "管理员", "general", [
            ("工程巡查记录弄虚作假", "中", "巡查定位打卡，记录每月抽查。", "未发现问题"),
            ("接受施工单位礼品", "低", "签订廉洁承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huade_supply_service_center_selfchecks", "http://www.handmsg.com/page/2025/0424/26935873.shtml",
        "县城乡供水服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "农村供水工程 运行管护 (管护奖补资金, 县域统管, 专业化管护): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def huade_water_quality_center_list() -> dict:
    unit = f"{PLACE}农村供水水质检测中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蒲晞琮", "leader", "检测仪器采购设置倾向性参数", "制度机制", "一级风险",
         "采购参数经专家论证，公开招标。"),
        ("中心领导", "主任", "蒲晞琮", "leader", "委托检测收费标准随意调整", "岗位职责", "二级风险",
         "收费标准报价格部门备案并公示。"),
        ("检测室", "室主任", "喻翀湉", "middle", "检测报告审核签发把关不严", "业务流程", "一级风险",
         "报告实行编制、审核、签发三级。"),
        ("检测室", "检测员", "蒲澐琬", "general", "水样采集不按规定点位，编造数据", "思想道德", "二级风险",
         "采样定位拍照，原始记录留存。"),
        ("检测室", "检测员", "蒲澐琬", "general", "试剂耗材私自带出", "外部环境", "三级风险", "试剂耗材领用登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "huade_water_quality_center_list", "https://fx361.cc/page/2022/0718/10576670.shtml",
        "县农村供水水质检测中心 岗位廉政风险防控一览表, after the source's county piece on 农村供水工程 运行管理 (管护经费补贴, "
        "水质检测, IC卡入户水表, 人员培训): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; "
        "a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def huade_changshun_station_register() -> dict:
    unit = f"{PLACE}长顺镇供水站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "喻湉珖", "leader", [
            ("水费收入不按规定专户储存", "制度机制", "一级", "水费收入全额存入专户，按月公示。"),
            ("用户报装审批优亲厚友", "思想道德", "二级", "报装条件和流程公开，按受理顺序办理。"),
        ]),
        ("营收股", "股长", "蒲琪瀚", "middle", [
            ("水表校验结论不实，多收少收水费", "岗位职责", "二级", "水表校验送法定计量机构。"),
        ]),
        ("营收股", "收费员", "喻岫珺", "general", [
            ("收取滞纳金不入账", "业务流程", "一级", "滞纳金统一开票入账。"),
            ("为无表用户少报人口、少计水量", "外部环境", "三级", "无表用户人口数由村委会核实。"),
        ]),
        ("维修股", "维修工", "蒲沄珈", "general", [
            ("维修材料以旧充新、私自变卖", "业务流程", "二级", "旧材料回收登记，定期处置。"),
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
        "huade_changshun_station_register", "http://www.czwrjyzx.cn/GuiZhangZhiDu/305122-2.html",
        "镇供水站 廉政风险点排查登记表, after the source's 村供水管理办法 (水表校验, 水费收取, 滞纳金, 无表用户按人口计征, "
        "专户储存): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huade_water_business_office_rota(),
    huade_water_company_two_sheets(),
    huade_rural_water_station_posts(),
    huade_sewage_plant_group_rows(),
    huade_city_waterworks_cards(),
    huade_supply_service_center_selfchecks(),
    huade_water_quality_center_list(),
    huade_changshun_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch644-inbox"))

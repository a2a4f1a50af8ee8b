"""The seven-hundred-and-sixty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 殡葬 and
民政服务 bodies, 瓦房店市 (of 大连市, 辽宁省) — its 民政局, 殡仪馆, 殡葬管理所, 婚姻登记处, 公墓管理所,
农村公益性公墓服务中心, 社会救助服务中心 and 殡葬改革服务中心 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 民政局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 殡葬管理所's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 婚姻登记处's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 公墓管理所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、财务股`` merged across (no 股室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 农村公益性公墓服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 社会救助服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 殡葬改革服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``wafangdian_funeral_home_level_sheets``: the 殡仪馆's 廉政风险点分级台账 in THREE SHEETS, one sheet A
  LEVEL — tabs ``一级风险``, ``二级风险``, ``三级风险``, each sheet titled ``瓦房店市殡仪馆一级廉政风险点台账``
  (二级 …, 三级 …) — every sheet the same plain list ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``
  with NO level column: a point's level is only the tab (and the title) of the sheet it stands on,
  and one holder's points are spread over two or three of the sheets. The README's 读得懂的表 knows
  levels in a column, in a cell's words, in footer rows (``以上为一级风险点``), in divider rows with a
  note, in heading lines inside a cell, in level sections nesting holder rows, in fill colours and in
  tier columns (``一级风险点 | 二级风险点``); it does not describe a workbook split by level into sheets,
  the level named only by the sheet's tab and title.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 殡仪馆馆长 被查 — 火化费,
骨灰盒, 采购、维修、劳务, 临时工; a 区民政局党组 on 殡葬领域 巡察整改 — 殡葬改革, 联席会议, 公墓建设,
收费; a 市民政局's 行政检查事项 — 对涉殡葬的监督检查, 擅自兴建殡葬设施, 墓穴占地面积; a 省民政厅 on
婚姻登记 检查 — 登记员, 档案, 颁证; a 县政府 通告 on “活人墓”、大墓、豪华墓 整治; a 殡葬管理办法 — 公益性
公墓 不得经营, 殡仪服务站 审批; a 市民政局 社会救助业务检查 — 低保专项治理, 救助资金发放, 工作台账; a
市民政局党组 on 殡葬专项巡察 整改 — 责任领导、责任科室, 整改台账, 制度修订) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 暨 and 揭 with rare given names); every unit is a body of 瓦房店市.

Run ``python tests/published/score.py --set batch769`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the level its sheet's tab and title name (``一级风险`` → 1,
  ``二级风险`` → 2, ``三级风险`` → 3); a holder on two or three sheets is ONE form (one form a holder,
  as the README's ``FORM_POINT_SHEETS`` reads one person's points over several sheets), written under
  the first sheet he stands on, his 科室 and post the same on each; the ``注：`` and ``填表/审核`` lines
  are no points;
- ``馆领导``, ``所领导``, ``中心领导``, ``处领导`` (a 科室 cell, a group row, a 所在科室 cell) are the 科室 of those leaders; the 民政局's
  leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
- every body is a unit of its own: 局长, 副局长, 馆长, 副馆长, 所长, 副所长, 主任, 副主任 of a 中心 and
  the 婚姻登记处's 主任 are leaders; 科长, 股长 middle; the rest (科员, 业务员, 登记员, 出纳, 会计, 执法员,
  墓区管理员, 救助审核员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 殡葬管理所's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b769_"
PLACE = "瓦房店市"
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

# (科室, 岗位, 姓名, tier)
HOME_STAFF = {
    "馆长": ("馆领导", "馆长", "暨翀岫", "leader"),
    "副馆长": ("馆领导", "副馆长", "揭沣翊", "leader"),
    "业务科长": ("业务科", "科长", "暨琤澜", "middle"),
    "业务员": ("业务科", "业务员", "揭霂菁", "general"),
    "火化主任": ("火化车间", "主任", "暨崟昉", "middle"),
    "出纳": ("财务科", "出纳", "揭璆湉", "general"),
}

# one sheet a level: (tab, level, [(staff key, 廉政风险点, 防控措施)])
LEVEL_SHEETS = [
    ("一级风险", 1, [
        ("馆长", "骨灰盒、寿衣等殡葬用品进馆指定供应商，按件收取回扣",
         "殡葬用品进馆经馆务会集体研究，公开比选供应商，进价售价公示。"),
        ("副馆长", "火化设备维修和劳务外包虚增工程量、虚列支出",
         "维修项目先审价后实施，劳务用工名册与考勤按月核对。"),
        ("业务科长", "擅自上浮选择性服务收费，搞捆绑销售",
         "执行《消费明白卡》制度，服务项目由丧属自选并签字确认。"),
    ]),
    ("二级风险", 2, [
        ("馆长", "临时工招用不公开，优亲厚友", "临时用工公开招聘，名单在馆内公示。"),
        ("业务员", "向殡葬中介泄露逝者及丧属信息，收取介绍费",
         "业务信息系统分级授权，查询留痕，签订保密承诺。"),
        ("火化主任", "不按遗体到馆顺序安排火化，收受丧属好处插队",
         "火化顺序由系统按登记时间自动排定并在大厅屏幕公示。"),
        ("出纳", "火化费、骨灰寄存费收取不开票据，公款私存", "收费一律通过收费系统开具票据，日清日结。"),
    ]),
    ("三级风险", 3, [
        ("副馆长", "接受供应商宴请、节日礼品", "签订廉洁承诺书，节前开展廉洁提醒。"),
        ("业务科长", "告别厅使用安排不按预约顺序，照顾关系户", "告别厅预约登记，安排结果当日公示。"),
        ("火化主任", "骨灰交付核对、签收手续不全", "骨灰交付双人核对身份，丧属签字留存。"),
    ]),
]  # fmt: skip


def wafangdian_funeral_home_level_sheets() -> dict:
    unit = f"{PLACE}殡仪馆"
    t = _Truth(unit)
    sheets = []
    first_sheet: dict[str, str] = {}  # one form a holder, under the first sheet he stands on
    for tab, level, items in LEVEL_SHEETS:
        grade = tab[:2]
        sh = _Sheet(tab, [6, 12, 10, 10, 42, 38])
        _line(sh, f"{unit}{grade}廉政风险点台账", 6)
        _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 6)
        sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施")
        first = len(sh.rows)
        for i, (key, point, measures) in enumerate(items, 1):
            dept, post, who, tier = HOME_STAFF[key]
            sh.add(i, dept, post, who, point, measures)
            home = first_sheet.setdefault(who, sh.name)
            t.point(home, dept, post, who, tier, point, [], level)
        _per_person(sh, first, 1, 2, 3)
        _line(sh, "注：本台账按风险等级分表填报，每张表只列本级风险点。", 6)
        sh.add("填表：", None, "审核：", None, "馆长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "wafangdian_funeral_home_level_sheets", "http://www.infqj.cn/dy/article/K93ADNRE0543V0RV.html",
        "(harder) 市殡仪馆 廉政风险点分级台账, after the source's report on 殡仪馆馆长 被查 (火化费, 骨灰盒, 采购、维修、"
        "劳务, 临时工): THREE SHEETS, one sheet a level, tabs ``一级风险``/``二级风险``/``三级风险``, each titled "
        "``瓦房店市殡仪馆一级廉政风险点台账`` (二级…, 三级…) over a 填报单位/date line and the same plain list "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/防控措施 with NO level column — a point's level is "
        "only its sheet's tab and title; one holder's points spread over two sheets; a ``注：`` line and a "
        "填表/审核/馆长（签字） line on each sheet",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wafangdian_civil_affairs_bureau_two_sheets() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("揭岍珞", "局长", "主持全面工作", [
            ("殡葬设施建设项目干预招投标、指定施工单位", "一级", "项目一律进入公共资源交易平台，局党组集体研究。"),
            ("殡葬改革联席会议议定事项不落实、不跟踪", "二级", "议定事项建立台账，按季度通报进展。"),
        ]),
        ("暨翙岚", "副局长", "分管社会事务、殡葬管理", [
            ("经营性公墓年检和墓穴价格监管放松，收受公墓经营单位好处", "一级", "年检结果公示，会同发改部门联合检查价格。"),
            ("对殡仪馆收费检查走过场，瞒报问题", "二级", "检查实行清单化，问题整改销号管理。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社会事务科", "科长", "揭瑷沨", "middle", "农村公益性公墓建设审核把关不严，默许对外销售墓穴", "一级",
         "审核材料实地核查，建成公墓纳入年度抽查。"),
        ("社会事务科", "科长", "揭瑷沨", "middle", "惠民殡葬补贴审核不严，重复享受", "二级", "补贴名单与火化信息系统比对后发放。"),
        ("社会事务科", "科员", "暨淏峤", "general", "殡葬领域问题线索登记不全、不按时转办", "三级", "线索统一编号登记，办理情况每月回访。"),
        ("规划财务科", "科长", "暨沄翯", "middle", "殡葬事业专项资金拨付不按进度、不按用途", "一级", "专项资金按项目进度审核拨付，接受审计。"),
        ("规划财务科", "会计", "揭峧昶", "general", "报销凭证审核不严，虚列会议、培训费用", "二级", "报销单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "wafangdian_civil_affairs_bureau_two_sheets", "http://www.laiwu.gov.cn/col/col35262/art/2026/art_b1cc6455b8614a5ab50b1fd49fe21fb7.html",
        "市民政局 廉政风险防控一览表 in TWO SHEETS, after the source's 区民政局党组 on 殡葬领域 巡察整改 (殡葬改革, "
        "联席会议, 公墓建设, 收费, 整改台账): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wafangdian_funeral_admin_posts() -> dict:
    unit = f"{PLACE}殡葬管理所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "违建坟墓查处", "对擅自兴建殡葬设施、乱埋乱葬查处不力，说情放过", "岗位职责风险", "高",
         "查处案件集体研究，处理结果公开。"),
        ("执法股", "股长", "middle", "行政处罚裁量", "处罚裁量畸轻畸重，人情执法", "制度机制风险", "高",
         "执行裁量基准，重大处罚法制审核。"),
        ("执法股", "执法员", "general", "现场检查", "检查中收受被检查单位礼品，隐瞒违规问题", "思想道德风险", "中",
         "双人执法，执法记录仪全程记录。"),
        ("执法股", "执法员", "general", "超标墓穴核查", "墓穴占地面积核查不实，出具虚假核查意见", "业务流程风险", "中",
         "核查结果现场丈量、拍照留存。"),
        ("综合股", "股长", "middle", "殡葬用品市场检查", "对销售封建迷信丧葬用品的商户通风报信", "外部环境风险", "低",
         "检查计划临时确定，不提前通知。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "wafangdian_funeral_admin_posts", "http://mzj.ezhou.gov.cn/ztzl/sqxzjcgszl/202502/t20250226_690889.html",
        "市殡葬管理所 岗位廉政风险点排查表 对岗不对人, after the source's 市民政局 行政检查事项 (对涉殡葬的监督检查, 擅自"
        "兴建殡葬设施, 墓穴占地面积, 封建迷信丧葬用品): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a "
        "long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wafangdian_marriage_registry_selfchecks() -> dict:
    unit = f"{PLACE}婚姻登记处"
    t = _Truth(unit)
    people = [
        ("暨瑢溦", "处领导", "主任", "leader", [
            ("对不符合条件的当事人违规办理登记", "Ⅰ级", "登记实行受理、审查、发证分岗，主任抽查。", "已落实"),
            ("颁证服务中变相强制当事人接受照相、摄像服务", "Ⅱ级", "颁证服务免费，收费服务由当事人自愿选择。", "未发现问题"),
        ]),
        ("揭珹翾", "结婚登记室", "登记员", "general", [
            ("声明书填写、监誓签名不规范，违规代签", "Ⅰ级", "声明书当面填写，监誓人、登记员本人签名。", "已落实"),
            ("向当事人推荐婚庆、摄影商家收取好处", "Ⅲ级", "签订廉洁承诺，大厅公布投诉电话。", "已落实"),
        ]),
        ("暨滢岑", "档案室", "档案管理员", "general", [
            ("违规向他人提供婚姻登记档案查询", "Ⅱ级", "查档凭本人身份证件或委托书，查档登记留存。", "未发现问题"),
            ("历史档案补录数据不实", "Ⅲ级", "补录数据双人校核，原始档案扫描留存。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wafangdian_marriage_registry_selfchecks", "https://mzt.qinghai.gov.cn/html/show-6647.html",
        "市婚姻登记处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省民政厅 on "
        "婚姻登记 检查 (登记员, 档案管理, 颁证厅, 历史数据补录): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def wafangdian_cemetery_group_rows() -> dict:
    unit = f"{PLACE}公墓管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "揭皛昀", "leader", [
                ("违规审批超标准墓穴、豪华墓", "一级风险", "墓穴规格按省定标准审批，超标一律不予办理。"),
                ("墓区扩建项目化整为零规避招标", "一级风险", "扩建项目按限额标准报市民政局审批。"),
            ]),
        ]),
        ("二、墓区管理股", "墓区管理股", [
            ("股长", "暨霈琇", "middle", [
                ("对墓区内新建“活人墓”、大墓隐瞒不报", "二级风险", "墓区每月巡查，发现问题当日报告。"),
            ]),
            ("墓区管理员", "揭澂岏", "general", [
                ("私自预留、转让墓穴从中牟利", "二级风险", "墓穴编号登记，销售信息系统留痕。"),
                ("收受丧属好处调换墓位", "三级风险", "墓位按购买顺序安排，调换须书面申请并经所长审批。"),
            ]),
        ]),
        ("三、财务股", "财务股", [
            ("出纳", "暨昫珝", "general", [
                ("墓穴销售收入未进专户，截留坐支", "二级风险", "销售收入全额进专户，每月对账。"),
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
        "wafangdian_cemetery_group_rows", "http://www.xiangyun.gov.cn/xyxrmzf/c106114/202211/581c216930354f078b336f9664627c53.shtml",
        "市公墓管理所 廉政风险防控责任清单, after the source's 县政府 通告 on “活人墓”、大墓、豪华墓 集中整治 (墓穴占地面积, "
        "拆除, 弄虚作假): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、所领导``, ``二、墓区管理股``, ``三、财务股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def wafangdian_public_cemetery_cards() -> dict:
    unit = f"{PLACE}农村公益性公墓服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "揭淯岙", "主任", "主持中心全面工作", "leader", [
            ("公益性公墓违规向本辖区以外人员出售墓穴", "★★★", "墓穴安葬凭户籍和火化证明办理，名单公示。"),
            ("利用公益性公墓从事墓地经营活动", "★★★", "公墓收费执行政府定价，收支纳入财政专户。"),
            ("接受殡葬服务商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "暨翛珉", "副主任", "分管墓区建设、殡仪服务站", "leader", [
            ("殡仪服务站设置审核不严", "★★", "设置申请经实地核查，报市民政局审批。"),
            ("墓区绿化工程验收不严", "★★", "验收邀请财务、纪检人员参加。"),
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
        "wafangdian_public_cemetery_cards", "http://www.fymate.net/html/text/lar/168001/16800155_3.html",
        "市农村公益性公墓服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 殡葬管理办法 (公益性公墓 只"
        "埋葬本乡村人员, 不得从事墓地经营, 殡仪服务站 审批): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wafangdian_social_assistance_list() -> dict:
    unit = f"{PLACE}社会救助服务中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "揭泂翚", "leader", "低保、特困对象审批中优亲厚友", "岗位职责", "高风险",
         "审批结果村（社区）、乡镇、中心三级公示。"),
        ("中心领导", "主任", "揭泂翚", "leader", "临时救助资金审批超权限", "制度机制", "中风险",
         "大额临时救助经集体研究审批。"),
        ("救助审核科", "救助审核员", "暨岜璟", "general", "家庭经济状况核对不实，人情保、关系保", "业务流程", "高风险",
         "经济状况经核对系统比对，入户调查双人进行。"),
        ("救助审核科", "科长", "揭瀞昕", "middle", "低保专项治理问题整改走过场", "岗位职责", "中风险",
         "问题建立台账，整改销号。"),
        ("资金发放科", "会计", "暨琯沩", "general", "救助资金发放不及时或虚报冒领", "业务流程", "高风险",
         "资金社会化发放，发放名单与系统每月比对。"),
        ("资金发放科", "会计", "暨琯沩", "general", "接受救助对象吃请、礼品", "思想道德", "低风险",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "wafangdian_social_assistance_list", "https://mzj.sz.gov.cn/cn/xxgk_mz/gzdt/content/post_2991992.html",
        "市社会救助服务中心 岗位廉政风险防控一览表, after the source's 市民政局 社会救助业务检查 (低保专项治理, 救助资金"
        "发放, 工作台账, 基层民政服务窗口): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def wafangdian_funeral_reform_register() -> dict:
    unit = f"{PLACE}殡葬改革服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "揭昳翃", "leader", [
            ("巡察反馈问题整改责任不落实，虚假销号", "岗位职责", "一级", "整改台账逐项明确责任领导、责任科室和时限。"),
            ("生态安葬奖补资金分配不公开", "制度机制", "二级", "奖补名单公示，资金直达个人账户。"),
        ]),
        ("推广科", "科长", "暨岵瑄", "middle", [
            ("海葬、树葬等节地生态安葬服务外包选定服务商暗箱操作", "外部环境", "一级", "服务商公开比选，合同报中心集体审定。"),
        ]),
        ("推广科", "科员", "揭沨曦", "general", [
            ("生态安葬登记信息弄虚作假，骗取奖补", "业务流程", "二级", "登记信息与火化记录核对，现场影像留存。"),
            ("文明祭扫宣传物资采购虚报数量", "业务流程", "三级", "物资入库验收登记，发放签收。"),
        ]),
        ("综合科", "会计", "暨珮岨", "general", [
            ("殡葬改革工作经费挤占挪用", "思想道德", "一级", "经费专账核算，年度审计。"),
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
        "wafangdian_funeral_reform_register", "http://yhlz.yuhuan.gov.cn/col/col1632016/art/2026/art_c8870891891e419086a8867810022c8a.html",
        "市殡葬改革服务中心 廉政风险点排查登记表, after the source's 市民政局党组 on 殡葬专项巡察 整改 (责任领导、责任科室, "
        "整改台账, 对账销号, 制度修订): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wafangdian_funeral_home_level_sheets(),
    wafangdian_civil_affairs_bureau_two_sheets(),
    wafangdian_funeral_admin_posts(),
    wafangdian_marriage_registry_selfchecks(),
    wafangdian_cemetery_group_rows(),
    wafangdian_public_cemetery_cards(),
    wafangdian_social_assistance_list(),
    wafangdian_funeral_reform_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch769-inbox"))

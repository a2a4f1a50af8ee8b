"""The seven-hundred-and-fifty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's finance and
state-asset bodies, 法库县 (of 沈阳市, 辽宁省) — its 财政局, 国库集中收付中心, 财政投资评审中心,
财政事务服务中心, 会计核算中心, 国有资产服务中心 and two 镇财政所 (秀水河子镇, 大孤家子镇) — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 财政局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 国库集中收付中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 财政投资评审中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 秀水河子镇财政所's 责任清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 大孤家子镇财政所's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 财政事务服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 会计核算中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``faku_state_asset_center_closing_holder_rows``: the 国有资产服务中心's 岗位廉政风险防控清单 with NO
  科室, 岗位 or 责任人 column (``序号 | 廉政风险点 | 风险等级 | 防控措施``): each person's points come
  FIRST, and the row CLOSING his block, merged across, names him with two bare labels,
  ``责任岗位：主任　　责任人：鄢蘅溆`` — no ``以上``, no ``签字``; the first block has no such row above
  it and the table's last row is such a row, so every labelled row closes the points above it (to
  the previous labelled row). The README's 读得懂的表 reads a labelled line ``以下风险点…`` (or any
  line with two labels) as heading the rows UNDER it, and a closing line only when it says ``以上
  风险点…``; it does not describe bare labelled lines that close each person's block.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 行政事业性国有资产处置管理办法 —
无偿划转, 对外捐赠, 转让, 置换, 报废, 损失核销, 评估, 公开进场; a 国库支付中心 财务风险 paper — 支付系统,
零余额账户, 财政代管资金账户, 预算编制; a 财政投资评审 管理办法 — 概预算、决（结）算评审, 现场踏勘,
评审报告; a 县财政局 内部监督检查 of 专项资金 — 限时拨付, 截留挪用, 股室自查; a 镇 警示教育 on 村级
专项资金 挪用 — 专款专用, 擅自变更用途; a 县 乡镇财政资金监管 — 财政所专管员, 资金台账, 公示; a 市
专项资金支出进度巡察 — 支出进度, 结余结转; a 行政事业单位国有资产管理 意见 — 会计统一核算, 资产收益,
非转经) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare surnames 鄢 and 殳 with rare given names);
every unit is a body of 法库县.

Run ``python tests/published/score.py --set batch756`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``责任岗位：…　　责任人：…`` row closes the block of points above it (up to
  the previous such row, or the heading): those points are that person's, one form a person, no
  科室 (the list names none); the labelled rows are no points; the ``注：`` line and the 填表/审核
  line are no points;
- ``局领导``, ``所领导``, ``中心领导`` (a sheet, a group row, a 科室 cell) are the 科室 of those leaders
  where written; the 财政局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have
  no 科室; a 局's 股, a 中心's 科 and a 财政所's 组 are 科室;
- every 中心, 财政所 and the 财政局 are units of their own: 局长, 副局长, 主任, 副主任, 所长 and 副所长
  are leaders; 股长 and 科长 middle; the rest (科员, 会计, 出纳, 审核员, 支付员, 评审员, 专管员,
  资产管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 国库集中收付中心's list names no person: its forms are posts;
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

PREFIX = "b756_"
PLACE = "法库县"
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

# (post, name, tier, [(廉政风险点, 风险等级, 防控措施)])
CLOSED = [
    ("主任", "鄢蘅溆", "leader", [
        ("行政事业单位资产处置审批不经中心集体研究", "高", "处置事项中心办公会集体研究，会议纪要存档。"),
        ("授意评估机构压低资产评估价值", "高", "评估机构从入围名单中随机选取，评估报告复核。"),
    ]),
    ("副主任", "殳蕖漻", "leader", [
        ("闲置资产调剂使用向关系单位倾斜", "中", "调剂方案公示，调剂结果报财政局备案。"),
        ("资产出租不公开招租，协议出租给关系人", "高", "出租一律公开竞价，租金全额缴入国库。"),
    ]),
    ("资产管理员", "鄢芄泺", "general", [
        ("报废车辆、设备未进场公开处置，私下变卖", "中", "报废资产统一进入公共资源交易平台处置。"),
        ("资产卡片登记不实，账实不符", "低", "资产年度清查盘点，卡片与账簿核对。"),
        ("处置收入不及时上缴，坐支截留", "中", "处置收入直接缴入财政专户，每月对账。"),
    ]),
]  # fmt: skip


def faku_state_asset_center_closing_holder_rows() -> dict:
    unit = f"{PLACE}国有资产服务中心"
    sh = _Sheet("防控清单", [6, 42, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 4)
    _line(sh, f"填报单位：{unit}{GAP * 12}2025年5月", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for post, who, tier, points in CLOSED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        _line(sh, f"责任岗位：{post}{GAP * 2}责任人：{who}", 4)
    _line(sh, "注：风险等级分高、中、低三级。", 4)
    sh.add("填表：", None, "审核：", None)
    return _layout(
        "faku_state_asset_center_closing_holder_rows", "http://www.qhcqjy.com.cn/info.do?classCode=5003&id=7011&para=viewcontent",
        "(harder) 县国有资产服务中心 岗位廉政风险防控清单, after the source's 行政事业性国有资产处置管理办法 (无偿划转, 转让, 置换, "
        "报废, 评估, 公开进场): a title, a merged 填报单位 line, then ``序号 | 廉政风险点 | 风险等级 | 防控措施`` with NO 科室, 岗位 "
        "or 责任人 column; each person's points FIRST and then ONE ROW merged across CLOSING his block, "
        "``责任岗位：主任　　责任人：鄢蘅溆`` (no ``以上``, no ``签字``); the first block has no such row above it and the "
        "table ends with one; 高/中/低; a ``注：`` line and a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def faku_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("殳菡瀣", "局长", "主持全面工作", [
            ("专项资金分配方案个人说了算", "一级", "资金分配方案经局党组会集体研究。"),
            ("干预政府采购项目确定供应商", "一级", "领导干部插手干预采购事项登记报告。"),
        ]),
        ("鄢荑湑", "副局长", "分管预算、国库", [
            ("预算追加调整审核把关不严", "一级", "预算追加按程序报县政府审批。"),
            ("专项资金不执行限时拨付", "二级", "专项资金拨付台账管理，逾期说明理由。"),
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
        ("预算股", "股长", "殳茳溦", "middle", "部门预算项目支出审核尺度不一", "一级", "项目支出预算按评审结果安排。"),
        ("预算股", "股长", "殳茳溦", "middle", "向预算单位透露预算安排内部信息", "二级", "严格执行保密纪律。"),
        ("预算股", "科员", "鄢苡沄", "general", "预算指标录入一体化系统错录、漏录", "三级", "指标录入双人复核。"),
        ("农业股", "股长", "鄢蕙澥", "middle", "涉农专项资金截留、挪用", "一级", "涉农资金专账核算，股室自查。"),
        ("农业股", "科员", "殳蓼汊", "general", "惠农补贴一卡通发放名单审核不严", "二级", "发放名单与公示名单逐一比对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "faku_finance_bureau_two_sheets", "http://jizihe.com/page/2012/0815/20199707.shtml",
        "县财政局 廉政风险防控一览表 in TWO SHEETS, after the source's 县财政局 内部监督检查 of 专项资金 (限时拨付, 截留挪用, "
        "股室自查): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def faku_treasury_payment_center_posts() -> dict:
    unit = f"{PLACE}国库集中收付中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "代理银行选定", "代理银行选定暗箱操作，收受银行好处", "制度机制风险", "高",
         "代理银行公开招标确定，结果公示。"),
        ("支付科", "审核员", "general", "支付申请审核", "对无预算、超预算支付申请放行", "岗位职责风险", "高",
         "支付申请系统控制，人工复核留痕。"),
        ("支付科", "审核员", "general", "零余额账户管理", "违规为单位开设零余额账户", "制度机制风险", "中",
         "账户开设经中心集体审批，定期清理。"),
        ("支付科", "支付员", "general", "支付指令发送", "篡改收款人账户信息，套取资金", "业务流程风险", "高",
         "支付指令双人操作，收款信息系统校验。"),
        ("核算科", "会计", "general", "财政代管资金", "代管资金账户资金转出不登记", "业务流程风险", "中",
         "代管资金逐笔登记，每月与银行对账。"),
        ("核算科", "会计", "general", "清算对账", "清算差额不及时查明", "思想道德风险", "低",
         "每日清算，差额当日查明上报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "faku_treasury_payment_center_posts", "http://www.kjlww.com/article-75512.html",
        "县国库集中收付中心 岗位廉政风险点排查表 对岗不对人, after the source's 国库支付中心 财务风险 paper (支付系统, 零余额账户, "
        "财政代管资金账户, 清算): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def faku_investment_review_center_cards() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    t = _Truth(unit)
    cards = [
        ("主任", "殳蘩淯", "主任", "主持中心全面工作", "leader", [
            ("评审项目分配给关系评审人员", "★★★", "评审项目按序轮流分派，登记备查。"),
            ("评审结论审定时授意核增工程造价", "★★★", "评审结论集体会审，复核审批表留存。"),
            ("接受建设单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("评审员", "鄢蘼溱", "评审员", "工程概预算、决（结）算评审", "general", [
            ("现场踏勘走过场，工程量核实不实", "★★", "现场踏勘两人以上，影像资料存档。"),
            ("向施工单位泄露评审初步结论", "★★", "评审资料专人保管，结论按程序送达。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
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
        "faku_investment_review_center_cards", "http://www.fsou.net.cn/html/text/lar/170610/17061074_1.html",
        "县财政投资评审中心 廉政风险防控卡, one sheet a person, after the source's 财政投资评审 管理办法 (概预算、决（结）算评审, "
        "现场踏勘, 评审报告): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def faku_xiushuihezi_finance_office_group_rows() -> dict:
    unit = f"{PLACE}秀水河子镇财政所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "殳萁沭", "leader", [
                ("村级专项资金擅自变更用途", "一级风险", "专项资金专款专用，变更报县财政局审批。"),
                ("镇本级支出审批把关不严", "一级风险", "支出实行经办、审核、审批三级签字。"),
            ]),
        ]),
        ("二、会计组", "会计组", [
            ("会计", "鄢蓿湜", "general", [
                ("村级账务代理记账不及时、不真实", "二级风险", "村账镇代理，每月对账公开。"),
                ("专项资金拨付不按项目进度", "二级风险", "凭项目验收单拨付。"),
            ]),
            ("出纳", "殳菀泖", "general", [
                ("现金坐支、公款私存", "一级风险", "现金日清月结，所长不定期盘点。"),
                ("银行账户印鉴一人保管", "三级风险", "财务印章和个人名章分人保管。"),
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
        "faku_xiushuihezi_finance_office_group_rows", "http://www.jn001.com/zt/jn001/wangping/2021-04/21/content_746302.html",
        "镇财政所 廉政风险防控责任清单, after the source's 镇 警示教育 on 村级专项资金 挪用 (专款专用, 擅自变更用途, 村会计): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、会计组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def faku_dagujiazi_finance_office_selfchecks() -> dict:
    unit = f"{PLACE}大孤家子镇财政所"
    t = _Truth(unit)
    people = [
        ("鄢薷漪", "所领导", "副所长", "leader", [
            ("乡镇财政资金监管流于形式", "Ⅰ级", "建立资金监管台账，逐笔跟踪。", "已落实"),
            ("项目资金公示不及时、不完整", "Ⅱ级", "资金使用情况在村务公开栏公示。", "未发现问题"),
        ]),
        ("殳荪渼", "监管组", "专管员", "general", [
            ("抽查巡查记录弄虚作假", "Ⅱ级", "巡查记录附现场照片。", "已落实"),
            ("对发现的违规使用资金问题隐瞒不报", "Ⅰ级", "问题线索当日报所长。", "已落实"),
            ("资金监管信息传递不及时", "Ⅲ级", "每月向县财政局报送监管信息。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "faku_dagujiazi_finance_office_selfchecks", "https://lzbhld.com/article-55932.html",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 乡镇财政资金监管 "
        "(财政所专管员, 资金台账, 抽查巡查记录, 信息传递): a title, a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def faku_finance_affairs_center_list() -> dict:
    unit = f"{PLACE}财政事务服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鄢蘘沩", "leader", "结余结转资金收回统筹不按规定", "制度机制", "高风险",
         "结余资金清理结果报局党组审定。"),
        ("中心领导", "主任", "鄢蘘沩", "leader", "为支出进度虚列支出", "岗位职责", "中风险",
         "支出进度按实际支付统计。"),
        ("预算执行科", "科长", "殳茱滢", "middle", "专项资金下达不及时，压减支出进度", "业务流程", "中风险",
         "专项资金收到后限时分解下达。"),
        ("预算执行科", "科员", "鄢蒨泫", "general", "支出进度统计数据弄虚作假", "思想道德", "低风险",
         "统计数据与一体化系统核对。"),
        ("票据管理科", "科长", "殳苈澧", "middle", "财政票据领用核销不严", "业务流程", "高风险",
         "票据领用缴销电子化管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "faku_finance_affairs_center_list", "https://czj.zgqingyang.gov.cn/xwzx/gzdt/content_66073",
        "县财政事务服务中心 岗位廉政风险防控一览表, after the source's 市 专项资金支出进度巡察 (支出进度, 结余结转, 财政专户): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def faku_accounting_center_register() -> dict:
    unit = f"{PLACE}会计核算中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "副主任", "殳蘅沚", "leader", [
            ("报账单位超标准支出审核放行", "制度机制", "一级", "开支标准嵌入核算系统控制。"),
        ]),
        ("核算一科", "科长", "鄢菖潾", "middle", [
            ("原始凭证审核不严，虚列支出入账", "岗位职责", "一级", "凭证审核实行复核制。"),
            ("资产收益未按规定入账", "业务流程", "二级", "资产处置、出租收入逐笔对账。"),
        ]),
        ("核算一科", "会计", "殳薇涴", "general", [
            ("为报账单位违规调账", "思想道德", "二级", "调账须经科长审批，留痕备查。"),
            ("会计档案借阅不登记", "业务流程", "三级", "档案借阅登记，按期归还。"),
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
        "faku_accounting_center_register", "http://www.fymate.net/html/text/lar/168077/16807735_2.html",
        "县会计核算中心 廉政风险点排查登记表, after the source's 行政事业单位国有资产管理 意见 (会计统一核算, 资产收益, 处置所得): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    faku_state_asset_center_closing_holder_rows(),
    faku_finance_bureau_two_sheets(),
    faku_treasury_payment_center_posts(),
    faku_investment_review_center_cards(),
    faku_xiushuihezi_finance_office_group_rows(),
    faku_dagujiazi_finance_office_selfchecks(),
    faku_finance_affairs_center_list(),
    faku_accounting_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch756-inbox"))

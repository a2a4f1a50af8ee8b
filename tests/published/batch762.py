"""The seven-hundred-and-sixty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's bodies of
机关事务 and 档案, 辽中区 (of 沈阳市, 辽宁省) — its 机关事务服务中心, 档案馆, 城建档案馆, 公务用车服务中心,
接待服务中心, 机关后勤服务中心, 机关物业管理中心 and 党政机关办公用房管理中心 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 机关事务服务中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 档案馆's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of
  values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 公务用车服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 机关后勤服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、财务室`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 机关物业管理中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 城建档案馆's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 党政机关办公用房管理中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``liaozhong_reception_center_divider_rows``: the 接待服务中心's 廉政风险点清单, ONE ROW A POINT with
  ``科室 | 岗位 | 姓名`` written on every row, NO level column: the rows are sorted from the highest
  level down and the three levels are told apart only by two DIVIDER ROWS (a row of ``————`` merged
  across the table) between them, which a ``注：`` line under the list explains (first divider: above it
  一级, between the two 二级, below the second 三级). The 序号 runs on across the dividers, one holder's
  points stand in several bands. The README's 读得懂的表 knows level group rows (``一、一级风险点``),
  level sub-rows inside holders' blocks (``【高风险】``), level footers (``以上为一级风险点``), a rank note
  with counts (``其中高风险点5个、中风险点6个``) and levels by the 序号's numbering style; it does not
  describe bands of rows cut by blank divider rows whose meaning only a note gives.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 机关事务管理条例 on 资产管理 — 资产配置
计划, 账卡物相符, 公物仓, 办公用房 统一调配; a piece on 档案移交接收 — 进馆范围, 开放审核, 电子档案移交; a 公车
管理系统 — 身份识别, 实时监管, 节假日用车, 公车私用举报; a 公务接待管理制度 — 接待呈批单, 工作餐标准, 陪客;
the 机关食堂 “天价肉” — 采购单价, 收送货记录, 突击报账; a 机关办公楼 物业服务采购 standard — 采购方式,
物业服务机构, 监督管理; a 城市建设档案管理规定 — 竣工档案报送, 预验收, 认可文件; a 办公用房管理办法 —
配置, 维修, 处置, 腾退) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 嵇 and 茅 with rare given
names); every unit is a body of 辽中区.

Run ``python tests/published/score.py --set batch762`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every row's level is the band it stands in, read by the ``注：`` line: rows above
  the first divider 1, between the dividers 2, below the second 3; the divider rows and the note are
  no points; ``科室 | 岗位 | 姓名`` of every row give its holder, one form a holder;
- ``中心领导`` (a 科室 cell, a group row) is the 科室 of those leaders; the 机关事务服务中心's leaders
  (sheet ``中心领导``, no 科室 column) and the cards' leaders have no 科室; 主任, 副主任, 馆长, 副馆长
  are leaders; 科长 and a 队's 队长 middle; the rest (科员, 驾驶员, 会计, 出纳, 保管员, 档案员, 接待员,
  调度员, 管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 公务用车服务中心's list names no person: its forms are posts;
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

PREFIX = "b762_"
PLACE = "辽中区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
DIVIDER = "—" * 40


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# bands from the highest level down: (level, [(科室, 岗位, 姓名, tier, 廉政风险点, 防控措施)])
BANDS = [
    (1, [
        ("中心领导", "主任", "嵇翛澂", "leader", "公务接待不凭公函和接待呈批单安排，先接待后补批",
         "一律凭公函和《公务接待呈批单》安排，无呈批单的不予结算。"),
        ("接待科", "科长", "茅霅岚", "middle", "定点接待酒店选定不经比选，长期固定一家",
         "定点酒店每年比选一次，结果经中心主任办公会研究后公示。"),
        ("财务室", "会计", "嵇玹翮", "general", "接待费用结算不核对接待清单，虚列餐费、住宿费",
         "结算时核对公函、呈批单、接待清单和发票四样，缺一不报。"),
    ]),
    (2, [
        ("中心领导", "主任", "嵇翛澂", "leader", "超标准安排陪餐人员和菜品酒水",
         "陪餐人数按接待对象人数核定，工作餐不上高档菜肴和酒水。"),
        ("接待科", "接待员", "茅峄湫", "general", "接待清单填写不实，虚报接待人数",
         "接待清单由来宾单位签字确认，每月在中心内公示。"),
    ]),
    (3, [
        ("接待科", "科长", "茅霅岚", "middle", "接受定点酒店赠送的消费卡、土特产",
         "签订廉洁接待承诺书，节前开展廉洁提醒。"),
        ("财务室", "会计", "嵇玹翮", "general", "接待费用未按月单独列示，账目不清",
         "接待费单独核算，每季度向区机关事务服务中心报送明细。"),
    ]),
]  # fmt: skip


def liaozhong_reception_center_divider_rows() -> dict:
    unit = f"{PLACE}接待服务中心"
    ncols = 6
    sh = _Sheet("风险点清单", [6, 11, 9, 9, 42, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", ncols)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施")
    n = 0
    for b, (lv, rows) in enumerate(BANDS):
        if b:
            _line(sh, DIVIDER, ncols)
        for dept, post, who, tier, point, measures in rows:
            n += 1
            sh.add(n, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _line(sh, "注：本清单按风险等级由高到低排列，各等级之间以横线行隔开：第一条横线以上为一级风险点，"
          "两条横线之间为二级风险点，第二条横线以下为三级风险点。", ncols)  # fmt: skip
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None)
    return _layout(
        "liaozhong_reception_center_divider_rows", "https://360docs.net/doc/5811285556.html",
        "(harder) 区接待服务中心 廉政风险点清单, after the source's 公务接待管理制度 (接待呈批单, 工作餐标准, 对口陪客, "
        "先请示后接待): a title, a merged ``单位：…　2025年6月`` line, 序号/科室/岗位/姓名 written on EVERY row/廉政风险点/"
        "防控措施 and NO level column: the rows sorted from the highest level down, the three levels parted only by two "
        "DIVIDER ROWS (``————`` merged across) which a closing ``注：`` line explains (above the first 一级, between 二级, "
        "below the second 三级); the 序号 runs on across the dividers, a holder's points in several bands; a 填表/审核/"
        "签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def liaozhong_affairs_center_two_sheets() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("茅璘澔", "主任", "主持全面工作", [
            ("机关资产配置计划审核把关不严，超标准配置", "一级", "配置计划对照通用资产配置标准逐项审核，报区财政局备案。"),
            ("办公用房调剂使用个人说了算", "一级", "办公用房调剂经中心主任办公会集体研究，结果公示。"),
        ]),
        ("嵇翯昉", "副主任", "分管资产管理、公物仓", [
            ("公物仓闲置资产调剂、处置不公开", "二级", "公物仓资产调剂和拍卖处置全程公开，处置收益上缴国库。"),
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
        ("资产管理科", "科长", "茅湜瓒", "middle", "资产账卡物不符，清查盘点走过场", "二级",
         "每年清查盘点一次，盘点表由使用单位和中心双方签字。"),
        ("资产管理科", "科员", "嵇珰潆", "general", "资产入账登记不及时，漏登、错登", "三级",
         "资产验收后五个工作日内登记入账，科长复核。"),
        ("综合科", "科长", "茅昉翀", "middle", "机关节能改造项目验收不严", "二级",
         "验收邀请使用单位和区财政局参加，验收记录存档。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "liaozhong_affairs_center_two_sheets", "https://lawfaq.cn/law/17-1681-2.html",
        "区机关事务服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 机关事务管理条例 on 资产管理 (资产配置计划, "
        "账卡物相符, 公物仓 调剂处置, 办公用房 统一调配): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def liaozhong_archives_selfchecks() -> dict:
    unit = f"{PLACE}档案馆"
    t = _Truth(unit)
    people = [
        ("嵇瑱沇", "馆领导", "馆长", "leader", [
            ("进馆档案范围审定不严，应收未收", "Ⅱ级", "进馆范围经馆务会研究，年度接收计划公开。", "已落实"),
            ("档案数字化外包项目指定加工单位", "Ⅰ级", "外包项目按政府采购程序确定加工单位。", "已落实"),
        ]),
        ("茅昶翾", "接收征集科", "科长", "middle", [
            ("接收档案时降低整理质量要求", "Ⅱ级", "接收时逐卷检查，检查记录双人签字。", "未发现问题"),
            ("征集有偿档案时抬高收购价格", "Ⅰ级", "征集价格经专家鉴定和馆务会研究确定。", "已落实"),
        ]),
        ("嵇湲翀", "利用服务科", "档案员", "general", [
            ("违规提供未开放档案查阅", "Ⅰ级", "未开放档案查阅须经馆长审批并登记。", "已落实"),
            ("查阅复制收费不开票据", "Ⅲ级", "复制收费统一开具票据，收费标准公示。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年4月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "liaozhong_archives_selfchecks", "https://m.jizihe.com/page/2022/0530/22047122.shtml",
        "区档案馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's piece on 档案移交接收 "
        "(进馆范围, 开放审核, 电子档案移交): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def liaozhong_official_car_posts() -> dict:
    unit = f"{PLACE}公务用车服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "节假日用车审批", "节假日用车不经审批或事后补批", "制度机制风险", "高",
         "节假日用车一律事前审批，平台记录每月抽查。"),
        ("调度科", "科长", "middle", "车辆派遣", "派车不按申请顺序，优亲厚友", "岗位职责风险", "中",
         "派车经公车管理平台身份识别，派车记录可查询。"),
        ("调度科", "调度员", "general", "行驶轨迹监管", "发现车辆驶入限定区域不报告", "业务流程风险", "中",
         "越界报警信息当日报送科长，按周汇总通报。"),
        ("车辆保障科", "科长", "middle", "车辆维修", "定点维修厂选定暗箱操作，虚报维修项目", "外部环境风险", "高",
         "定点维修厂比选确定，维修项目两人现场确认。"),
        ("车辆保障科", "驾驶员", "general", "车辆使用", "公车私用，下班后不按规定停放", "思想道德风险", "高",
         "车辆下班后入库停放，平台实时记录。"),
        ("车辆保障科", "驾驶员", "general", "加油卡使用", "加油卡给他人车辆加油", "思想道德风险", "低",
         "一车一卡，按月核对油耗和里程。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "liaozhong_official_car_posts", "https://m.ooffiiccee.com/security/news/201202/49966.html",
        "区公务用车服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 公务用车使用管理信息系统 (身份识别, 实时监管, "
        "区域管理, 节假日用车, 公车私用举报): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def liaozhong_canteen_group_rows() -> dict:
    unit = f"{PLACE}机关后勤服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "茅珩潇", "leader", [
                ("机关食堂食材供应商确定不经集体研究", "一级风险", "食材供应商公开比选，中心主任办公会集体确定。"),
            ]),
        ]),
        ("二、膳食科", "膳食科", [
            ("科长", "嵇沣翊", "middle", [
                ("食材采购单价虚高，与市场价格不符", "一级风险", "每周采集市场价格，采购单价超出的说明理由。"),
                ("收送货记录缺失，验收数量不实", "二级风险", "收货双人验收签字，收送货记录随报账单附后。"),
            ]),
            ("保管员", "茅瑗澍", "general", [
                ("库存食材出入库不登记，账实不符", "二级风险", "出入库逐笔登记，每月盘点。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "嵇岍霂", "general", [
                ("食堂采购累积一月突击报账，不附明细", "二级风险", "采购每日记账，报账附采购明细和收货记录。"),
                ("就餐卡充值款不及时入账", "三级风险", "充值款每日缴存，出纳、会计每周对账。"),
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
        "liaozhong_canteen_group_rows", "https://czjtsc.com/shenlun/20200924/2027467.html",
        "区机关后勤服务中心 廉政风险防控责任清单, after the source's 机关食堂 “天价肉” (采购单价, 收送货记录, 突击报账, 巡察整改): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、膳食科``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def liaozhong_property_cards() -> dict:
    unit = f"{PLACE}机关物业管理中心"
    t = _Truth(unit)
    cards = [
        ("主任", "茅翎湝", "主任", "主持中心全面工作", "leader", [
            ("机关办公楼物业服务采购方式选择不当，规避公开招标", "★★★", "物业服务采购按限额标准确定采购方式。"),
            ("物业服务费用结算不与考核挂钩", "★★", "服务费按季度考核结果结算。"),
            ("接受物业服务机构宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "嵇沂璆", "副主任", "分管维修、绿化", "leader", [
            ("零星维修项目化整为零，指定施工单位", "★★★", "维修项目统一登记，定点单位轮换承接。"),
            ("绿化养护验收走过场", "★★", "验收邀请使用单位参加，验收记录存档。"),
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
        "liaozhong_property_cards", "http://m.jxly88.cn/Standard/db/sxi/202312/5725392.shtml",
        "区机关物业管理中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 机关办公楼（区）物业服务采购 standard "
        "(采购方式和程序, 物业服务机构要求, 监督管理): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def liaozhong_urban_archives_list() -> dict:
    unit = f"{PLACE}城建档案馆"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "茅澔岫", "leader", "工程档案认可文件出具不经集体审核", "制度机制", "高风险",
         "认可文件经馆务会审核后出具，台账备查。"),
        ("业务指导科", "科长", "嵇翃瀞", "middle", "竣工档案预验收降低标准，吃拿卡要", "岗位职责", "高风险",
         "预验收两人以上到场，验收意见书面告知建设单位。"),
        ("业务指导科", "科员", "茅琤澈", "general", "建设单位逾期报送竣工档案不督办", "业务流程", "中风险",
         "建立报送责任书台账，逾期的书面催报。"),
        ("档案管理科", "科长", "嵇昉沄", "middle", "地下管线档案对外提供不登记", "业务流程", "中风险",
         "管线档案利用实行审批登记。"),
        ("档案管理科", "档案员", "茅泓璟", "general", "接受建设单位礼品礼金", "思想道德", "低风险",
         "签订廉洁承诺书，服务对象评议。"),
        ("档案管理科", "档案员", "茅泓璟", "general", "为中介机构代办档案查询谋取私利", "外部环境", "中风险",
         "查询凭单位介绍信和身份证件办理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "馆长（签字）：", None, None)
    return _layout(
        "liaozhong_urban_archives_list", "http://www.fymate.net/html/text/lar/168798/16879875_1.html",
        "区城建档案馆 岗位廉政风险防控一览表, after the source's 城市建设档案管理规定 (竣工档案报送, 预验收, 认可文件, 地下管线档案, "
        "报送责任书): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/馆长（签字） line",
        [sh], t,
    )  # fmt: skip


def liaozhong_office_space_register() -> dict:
    unit = f"{PLACE}党政机关办公用房管理中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "嵇澂岙", "leader", [
            ("超标准核定办公用房面积", "制度机制", "一级", "核定面积对照标准逐人测算，结果公示。"),
            ("腾退办公用房不及时收回", "岗位职责", "二级", "退休调离人员办公用房一月内收回。"),
        ]),
        ("维修科", "科长", "茅沄珝", "middle", [
            ("办公用房维修改造超出批准范围", "业务流程", "一级", "维修项目按批复实施，变更重新报批。"),
        ]),
        ("维修科", "科员", "嵇翾沚", "general", [
            ("维修工程量签证不实", "业务流程", "二级", "工程量签证两人现场确认。"),
        ]),
        ("权属管理科", "科长", "茅岫琮", "middle", [
            ("闲置办公用房出租出借不经审批", "外部环境", "一级", "出租出借经区政府审批，收益上缴国库。"),
            ("权属登记资料审核不严", "思想道德", "三级", "权属资料双人审核。"),
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
        "liaozhong_office_space_register", "https://lwchenxin.com/h/142915.html",
        "区党政机关办公用房管理中心 廉政风险点排查登记表, after the source's 党政机关办公用房管理办法 (配置, 维修, 处置, 腾退, 权属登记): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    liaozhong_reception_center_divider_rows(),
    liaozhong_affairs_center_two_sheets(),
    liaozhong_archives_selfchecks(),
    liaozhong_official_car_posts(),
    liaozhong_canteen_group_rows(),
    liaozhong_property_cards(),
    liaozhong_urban_archives_list(),
    liaozhong_office_space_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch762-inbox"))

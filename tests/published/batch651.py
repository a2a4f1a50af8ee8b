"""The six-hundred-and-fifty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's state-owned
steel bodies, 昆都仑区 (of 包头市, 内蒙古) — its 钢铁公司炼钢厂, 物资采购中心, 产品销售公司, 运输部,
废钢加工配送中心, 计量检验中心, 设备检修公司 and 原燃料供应公司 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel (the same shapes as batch558, worded anew).

One is harder:

- ``kundulun_procurement_receipts``: the 物资采购中心's 岗位廉洁风险告知签收表, ONE ROW A POINT
  (``序号 | 岗位 | 廉洁风险点 | 风险等级 | 防控措施 | 告知人 | 签收人 | 签收日期``): no 姓名 or 责任人 column;
  the 中心主任 who gave the notice stands in ``告知人`` on every row, and the post's staff who signed for
  the notice stand in ``签收人`` (one or two names a cell, one a line), with a date beside. The
  holders are the signers; the 告知人 is no holder. The README's 读得懂的表 knows 被排查人 beside 排查人,
  接收人/谈话对象 on cards, a 告知书 with 告知对象; it does not describe a per-row 告知人 | 签收人 band in a list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (news on 钢企 “靠钢吃钢” cases, 废钢 监装监卸, 矿粉掺假, 合金采购, 钢企 高管受贿),
and follows their words for parts, posts and risks. The rows are worded by us, the names invented
(the rare surnames 裘 and 廉 with rare given names); every unit is a body of 昆都仑区 (the word is in
no earlier unit).

Run ``python tests/published/score.py --set batch651`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: in the harder file each name in a row's ``签收人`` cell makes the row's point a point
of that person on the row's 岗位, one form a holder, no 科室; the ``告知人`` is not a holder. Otherwise as
batch558: leaders' 科室 cells are their 科室; 厂长/经理/主任/部长 and their deputies of a unit are leaders,
科长/作业长 middle, the rest general; ``风险点 | 风险表现`` takes the short 风险点; the 计量检验中心's list
names no person (对岗不对人); all the level words are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b651_"
PLACE = "昆都仑区"
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

NOTIFIER = ("裘昶霁", "中心主任")

# (岗位, tier, 廉洁风险点, 风险等级, 防控措施, 签收人)
ROWS = [
    ("采购计划员", "general", "采购计划编报虚增数量，为供应商增加订货", "中",
     "采购计划按生产消耗定额核定，超定额计划经分管领导审批。", ("廉妘翊",)),
    ("采购计划员", "general", "拆分采购计划规避公开招标", "高", "同类物资按年度合并采购，拆分由系统预警。", ("廉妘翊",)),
    ("合金采购员", "general", "铁合金询比价只邀请关系供应商", "高",
     "询比价供应商由平台随机抽取，不少于三家。", ("裘濬岫", "廉皎澍")),
    ("合金采购员", "general", "收受供应商回扣、礼金", "高", "签订廉洁协议，供应商不良行为记录公开。", ("裘濬岫", "廉皎澍")),
    ("耐材采购员", "general", "耐火材料技术标准量身定制，排斥潜在供应商", "中",
     "技术标准由使用单位和技术中心共同编制。", ("裘湉砚",)),
    ("合同管理员", "general", "合同签订后擅自变更价格和交货条款", "中", "合同变更履行会签程序，留痕备查。", ("廉琮翕",)),
    ("合同管理员", "general", "泄露标底或供应商报价信息", "低", "报价信息加密保存，开标前不得查阅。", ("廉琮翕",)),
]  # fmt: skip


def kundulun_procurement_receipts() -> dict:
    unit = f"{PLACE}钢铁公司物资采购中心"
    sh = _Sheet("告知签收表", [6, 12, 38, 9, 36, 10, 10, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险告知签收表", 8)
    sh.add("序号", "岗位", "廉洁风险点", "风险等级", "防控措施", "告知人", "签收人", "签收日期")
    first = len(sh.rows)
    for i, (post, _tier, point, lv, measures, who) in enumerate(ROWS, 1):
        sh.add(i, post, point, lv, measures, NOTIFIER[0], "\n".join(who), "2025年3月12日")
    _merge_down(sh, first, [(1, lambda row: row[1]), (5, lambda row: row[5])])
    _line(sh, "注：本表由中心主任逐岗告知，岗位人员签收后存档；风险等级分高、中、低三级。", 8)
    # the truth one form a holder, in order of first signing
    order = []
    for post, tier, _point, _lv, _measures, who in ROWS:
        for w in who:
            if (w, post, tier) not in order:
                order.append((w, post, tier))
    for w, post, tier in order:
        for p, _tier, point, lv, _measures, who in ROWS:
            if p == post and w in who:
                t.point(sh.name, "", post, w, tier, point, [], HML[lv])
    return _layout(
        "kundulun_procurement_receipts", "https://cn.apdnews.com/article/fd59bf5",
        "(harder) 钢铁公司物资采购中心 岗位廉洁风险告知签收表, after the source's report on “靠钢吃钢” in 物资采购、验收 "
        "(废钢倒卖, 供应商围猎): a title, 序号/岗位 merged/廉洁风险点/风险等级 高/中/低/防控措施/告知人 (the 中心主任, merged "
        "down)/签收人 (one or two names a cell, one a line)/签收日期; no 姓名 or 责任人 column; a ``注：`` line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kundulun_steelmaking_plant_two_sheets() -> dict:
    unit = f"{PLACE}钢铁公司炼钢厂"
    t = _Truth(unit)
    lead = _Sheet("厂领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("裘泓琛", "厂长", "主持全厂工作", [
            ("炼钢技改项目立项论证走过场，为特定厂家量身定制", "一级", "技改项目经厂务会集体研究，报公司审批。"),
            ("插手干预转炉大修工程招投标", "一级", "工程项目一律进入公司招标平台。"),
        ]),
        ("廉湄岑", "副厂长", "分管设备、备件", [
            ("备件计划审批把关不严，超储积压", "一级", "备件计划按消耗定额审核，库存超限预警。"),
            ("设备外委维修项目指定施工单位", "二级", "外委项目比价确定，结果公示。"),
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
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("生产技术科", "科长", "裘砚汀", "middle", "合金料消耗数据弄虚作假，虚报损耗", "一级",
         "合金消耗日统计、月盘点，偏差分析上报。"),
        ("生产技术科", "科长", "裘砚汀", "middle", "钢种判定和改判不按规定程序", "二级", "改判经质检、技术两方会签。"),
        ("生产技术科", "工艺员", "廉岱璐", "general", "工艺参数记录随意修改", "三级", "参数记录系统自动采集，修改留痕。"),
        ("经营财务科", "科长", "裘沄琪", "middle", "内部结算价格调整不按规定", "一级", "结算价格调整经公司价格委员会审批。"),
        ("经营财务科", "成本核算员", "廉昶瑛", "general", "外委费用结算审核不严，虚列工作量", "二级", "结算工作量现场签证、三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kundulun_steelmaking_plant_two_sheets", "https://nanmuxuan.com/complex/htxoolbqazu.amp",
        "钢铁公司炼钢厂 廉政风险防控一览表 in TWO SHEETS, after the source's report on 钢企 “靠钢吃钢” and 包钢 cases "
        "(建设项目, 改造项目, 内外勾结): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def kundulun_metrology_centre_posts() -> dict:
    unit = f"{PLACE}钢铁公司计量检验中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "计量设备选型", "衡器选型技术参数量身定制，指定品牌", "制度机制风险", "高",
         "选型由技术人员集体论证。"),
        ("衡器计量科", "主任", "middle", "汽车衡计量", "与供应商串通，车辆过磅时少扣皮重", "外部环境风险", "高",
         "过磅全程视频监控，数据自动上传。"),
        ("衡器计量科", "主任", "middle", "计量数据修改", "擅自修改计量数据，为供应商多计重量", "思想道德风险", "中",
         "数据修改须双人审批，系统留痕。"),
        ("质检科", "主任", "middle", "原料取样检验", "矿粉取样不规范，检验结果弄虚作假", "岗位职责风险", "中",
         "取样、制样、化验分离，盲样检验。"),
        ("综合科", "司磅员", "general", "磅单管理", "空白磅单私自出具或重复打印", "业务流程风险", "低",
         "磅单编号管理，作废磅单登记。"),
        ("综合科", "司磅员", "general", "扣杂扣水", "废钢扣杂扣水比例随意确定", "业务流程风险", "中",
         "扣杂比例按标准执行，现场拍照留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "kundulun_metrology_centre_posts", "http://xinghaishibei.com.cn/2/27/2706/Content/2012/0725/270601_790450.shtml",
        "钢铁公司计量检验中心 岗位廉政风险点排查表 对岗不对人, after the source's report on 矿粉掺假 "
        "(质检部门抽样检测, 品位, 拒付货款): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def kundulun_sales_company_selfchecks() -> dict:
    unit = f"{PLACE}钢铁公司产品销售公司"
    t = _Truth(unit)
    people = [
        ("裘煦岚", "公司领导", "主任", "leader", [
            ("钢材销售定价向关系客户倾斜", "Ⅰ级", "价格政策经定价委员会集体确定。", "已落实"),
            ("资源分配向特定经销商倾斜", "Ⅱ级", "资源分配方案公开，按合同量执行。", "未发现问题"),
        ]),
        ("廉淇珩", "板材销售科", "销售员", "general", [
            ("给予客户超标准价格优惠收取好处", "Ⅰ级", "优惠政策统一发布，个人无权议价。", "已落实"),
            ("客户走访虚报差旅费用", "Ⅲ级", "差旅凭行程单和客户签收报销。", "已落实"),
        ]),
        ("裘瑗沨", "棒线材销售科", "销售员", "general", [
            ("客户授信额度审核不严", "Ⅱ级", "授信经风控部门审核。", "未发现问题"),
            ("质量异议处理中虚报理赔金额", "Ⅲ级", "异议理赔经质检部门现场确认。", "已落实"),
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
        sh.add("本人签名：", None, "科长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kundulun_sales_company_selfchecks", "https://www.xuehua.us/a/6088ee558f7bfc2d91e34294?lang=zh-hk",
        "钢铁公司产品销售公司 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on "
        "昆钢 腐败窩案 (授权经销商, 行贿, 廠商銀): a title, a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 科长意见：``",
        sheets, t,
    )  # fmt: skip


def kundulun_transport_dept_group_rows() -> dict:
    unit = f"{PLACE}钢铁公司运输部"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、部领导", "部领导", [
            ("主任", "裘珏岷", "leader", [
                ("铁路运输外委项目不经集体研究", "一级风险", "外委项目经部务会研究决定。"),
                ("线路大修工程化整为零规避招标", "一级风险", "大修工程按限额标准报公司审批。"),
            ]),
        ]),
        ("二、调度室", "调度室", [
            ("主任", "廉峤涟", "middle", [
                ("车辆调配优亲厚友，为外部车辆优先装车", "二级风险", "调车计划系统排定，调度日志存档。"),
            ]),
            ("调度员", "裘翊澂", "general", [
                ("外部车辆入厂放行不登记", "二级风险", "入厂车辆刷卡登记，门岗核对。"),
                ("倒运费结算虚增运量", "三级风险", "运量与计量数据每月核对。"),
            ]),
        ]),
        ("三、车务段", "车务段", [
            ("主任", "廉琬淏", "middle", [
                ("货车装载量记录弄虚作假", "二级风险", "装载记录与轨道衡数据核对。"),
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
        "kundulun_transport_dept_group_rows", "https://money.hangzhou.com.cn/news/content/2015-07/14/content_5844763_2.htm",
        "钢铁公司运输部 廉政风险防控责任清单, after the source's report on 涟钢 贪腐 (装卸工人索拿卡要, 钢板被偷出厂门): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、部领导``, ``二、调度室``, ``三、车务段`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def kundulun_scrap_centre_cards() -> dict:
    unit = f"{PLACE}钢铁公司废钢加工配送中心"
    t = _Truth(unit)
    cards = [
        ("主任", "裘蓁芃", "主任", "主持中心全面工作", "leader", [
            ("废钢供应商准入不经集体研究", "★★★", "供应商准入经中心办公会集体决策。"),
            ("废钢加工外委违规发包", "★★★", "外委加工公开招标，合同公示。"),
            ("接受废钢供应商宴请", "★", "严守中央八项规定精神，签订廉洁承诺。"),
        ]),
        ("副主任", "廉岍昀", "副主任", "分管废钢验收、配送", "leader", [
            ("废钢监装监卸走过场", "★★", "监装监卸两人以上，现场录像。"),
            ("废钢验收等级判定放宽标准", "★★", "验收判级由纪检人员随机抽查。"),
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
        "kundulun_scrap_centre_cards", "http://www.jiejinghe.cn/news/show-36890.html",
        "钢铁公司废钢加工配送中心 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 废钢采购 "
        "(监装监卸制度, 废钢质量, 效能监察): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def kundulun_overhaul_company_list() -> dict:
    unit = f"{PLACE}钢铁公司设备检修公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("部领导", "主任", "廉瑄汐", "leader", "检修外委项目不公开招标", "制度机制", "高风险",
         "外委项目进入公司招标平台。"),
        ("部领导", "主任", "廉瑄汐", "leader", "检修人员绩效分配优亲厚友", "岗位职责", "中风险",
         "绩效方案经职工代表审议。"),
        ("检修作业区", "主任", "裘骞琇", "middle", "检修工时记录弄虚作假", "业务流程", "中风险",
         "工时每日公示，作业票存档。"),
        ("综合科", "主任", "廉曜萦", "middle", "检修备件采购收受回扣", "外部环境", "高风险",
         "采购三家比价，使用单位参与验收。"),
        ("综合科", "成本核算员", "裘湘琤", "general", "检修费用结算票据审核不严", "业务流程", "中风险",
         "结算单据经办人、验收人、审批人三签。"),
        ("综合科", "备件管理员", "廉崟岙", "general", "拆旧备件账实不符", "思想道德", "低风险",
         "拆旧件回收登记，每月盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "经理（签字）：", None, None)
    return _layout(
        "kundulun_overhaul_company_list", "https://m.fx361.cc/news/2015/0910/9539085.html",
        "钢铁公司设备检修公司 岗位廉政风险防控一览表, after the source's report on 马钢 技术专家 受贿 (围猎, 业务往来): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/经理（签字） line",
        [sh], t,
    )  # fmt: skip


def kundulun_fuel_supply_register() -> dict:
    unit = f"{PLACE}钢铁公司原燃料供应公司"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("部领导", "主任", "裘瀚翎", "leader", [
            ("大宗原燃料采购不按程序", "制度机制", "一级", "大宗原燃料按公司集中采购目录采购。"),
            ("领导亲属经商与本公司发生业务", "思想道德", "二级", "亲属经商情况申报，业务回避。"),
        ]),
        ("质检科", "主任", "廉漪朏", "middle", [
            ("焦炭质量验收把关不严", "岗位职责", "二级", "验收记录留存，每月抽检。"),
        ]),
        ("质检科", "采购员", "裘旸湜", "general", [
            ("煤炭采购价格高于市场价收受回扣", "外部环境", "一级", "每周比价，价格公开。"),
            ("到货数量签收不实", "思想道德", "三级", "到货数量与计量数据核对。"),
        ]),
        ("综合科", "调度员", "廉珺沅", "general", [
            ("合同付款不按进度", "业务流程", "一级", "付款经财务、业务双审核。"),
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
        "kundulun_fuel_supply_register", "http://hb.sina.com.cn/news/qy/2015-04-20/detail-ichmifpy8886778-p2.shtml",
        "钢铁公司原燃料供应公司 廉政风险点排查登记表, after the source's report on 鄂钢 总经理 受贿 (特种钢项目, 产品结构调整): a title, "
        "序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kundulun_procurement_receipts(),
    kundulun_steelmaking_plant_two_sheets(),
    kundulun_metrology_centre_posts(),
    kundulun_sales_company_selfchecks(),
    kundulun_transport_dept_group_rows(),
    kundulun_scrap_centre_cards(),
    kundulun_overhaul_company_list(),
    kundulun_fuel_supply_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch651-inbox"))

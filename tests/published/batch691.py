"""The six-hundred-and-ninety-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 商务 and
农产品市场 bodies, 开鲁县 (of 通辽市, 内蒙古) — its 商务局, 红干椒交易市场服务中心, 电子商务服务中心,
粮食购销站 and others — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed:

- the 电子商务服务中心's 一览表 (科室 merged, 岗位/姓名 merged per person, 一级/二级/三级, no type column);
- the 粮食购销站's 排查表 对岗不对人 (no names, 高/中/低, 风险类型);
- the 商务综合执法大队's 自查表 one sheet a person (label row over a value row, Ⅰ级/Ⅱ级/Ⅲ级);
- the 红干椒交易市场服务中心's 清单 under group rows ``一、中心领导`` … (一级风险/二级风险/三级风险);
- the 招商服务中心's 防控卡 one sheet a leader (★★★/★★/★ read by a ``注：`` line);
- the 粮食储备库's 一览表 under ``附件1`` and a 填报单位 line (责任人 on every row, 高风险/中风险/低风险);
- the 商务局's two-sheet workbook ``局领导`` / ``股室`` (一级/二级/三级, a sign-off line).

One is harder:

- ``kailu_commerce_bureau_outline``: the 开鲁县商务局市场运行和消费促进中心's 廉政风险防控分解表 in
  OUTLINE NUMBERING: only ``编号 | 内容 | 风险等级 | 防控措施``; a row ``1`` names a 科室 in 内容, a row
  ``1.1`` names a holder (``岗位　姓名``), and rows ``1.1.1`` … are that holder's points with their
  level and measures; nothing is indented, the hierarchy is only in the dotted numbers. The README's
  读得懂的表 knows an Excel pivot in compact form (科室/岗位/姓名/风险点 INDENTED in one 行标签 column)
  and group rows ``一、…``; it does not describe a one-column outline whose levels are told by
  dotted 编号 (1 / 1.1 / 1.1.1).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages are about 电子商务进农村 项目资金, 集贸市场 摊位费 and 收费公示,
粮食 托市收购, the 开鲁 辣椒指数 and 农贸市场 管理; the rows are worded by us, the names invented
(the rare surnames 咸 and 怀 with rare given names); every unit is a body of 开鲁县.

Judgement calls: in the outline a ``1`` row's 内容 is the 科室 and a ``1.1`` row's 内容 is post and
name; 中心/局 leaders' 科室 is what their ``1`` row says (``中心领导``); every unit is its own; 高/中/低,
一级/二级/三级, 一级风险/…, Ⅰ级/…, ★★★/★★/★ and 高风险/中风险/低风险 are 1/2/3; 自查情况, 分管工作 and
sign-off lines are no points; the 粮食购销站's list names no person: its forms are posts.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b691_"
PLACE = "开鲁县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

OUTLINE = [
    ("中心领导", [
        ("主任", "咸翀翾", "leader", [
            ("消费券发放合作商户遴选暗箱操作", "高", "合作商户公开征集，遴选结果公示。"),
            ("促消费活动经费使用不经集体研究", "高", "活动经费支出经主任办公会研究。"),
        ]),
    ]),
    ("市场运行股", [
        ("股长", "怀曌琰", "middle", [
            ("重要商品储备企业确定优亲厚友", "中", "储备企业比选确定，名单报局党组审定。"),
            ("市场监测数据弄虚作假", "低", "监测数据双人采集，定期抽查核对。"),
        ]),
        ("监测员", "咸璟翊", "general", [
            ("监测补助发放虚报冒领", "中", "补助按监测样本企业名单发放并公示。"),
        ]),
    ]),
    ("消费促进股", [
        ("股长", "怀昶翯", "middle", [
            ("展会补贴申报材料审核不严", "高", "补贴申报实行初审、复审两级把关。"),
            ("接受参展企业宴请和礼品", "低", "签订廉洁承诺书，节前提醒。"),
        ]),
    ]),
]  # fmt: skip


def kailu_commerce_bureau_outline() -> dict:
    unit = f"{PLACE}市场运行和消费促进中心"
    sh = _Sheet("分解表", [9, 44, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控分解表", 4)
    sh.add("编号", "内容", "风险等级", "防控措施")
    for i, (dept, people) in enumerate(OUTLINE, 1):
        sh.add(f"{i}", dept, None, None)
        for j, (post, who, tier, points) in enumerate(people, 1):
            sh.add(f"{i}.{j}", f"{post}{GAP}{who}", None, None)
            for k, (point, lv, measures) in enumerate(points, 1):
                sh.add(f"{i}.{j}.{k}", point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：编号第一级为科室，第二级为岗位及责任人，第三级为风险点。", 4)
    sh.add("制表：", None, "审核：", None)
    return _layout(
        "kailu_commerce_bureau_outline", "http://m.xueshut.com/weiguanjj/157748.html",
        "(harder) 县市场运行和消费促进中心 廉政风险防控分解表 in OUTLINE NUMBERING, after the source's 猪肉市场 价格 "
        "(储备, 宏观调控, 市场监测): ``编号 | 内容 | 风险等级 | 防控措施``; ``1`` rows name a 科室, ``1.1`` rows a holder "
        "(``岗位　姓名``), ``1.1.1`` rows his points with 高/中/低 and measures; no indentation, no type column; a ``注：`` "
        "line explaining the numbering and a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kailu_ecommerce_center_list() -> dict:
    unit = f"{PLACE}电子商务服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "咸彧翚", "leader", "电商进农村项目承办企业选定不公开", "一级", "承办企业公开招标，结果公示。"),
        ("中心领导", "主任", "咸彧翚", "leader", "项目资金拨付不按建设进度", "一级", "资金按验收进度分批拨付。"),
        ("服务站点股", "股长", "怀珝骞", "middle", "村级服务站点验收把关不严", "二级", "站点验收实地核查并留存影像。"),
        ("服务站点股", "股长", "怀珝骞", "middle", "站点运营补贴虚报冒领", "二级", "补贴按运营台账核发并公示。"),
        ("培训股", "干事", "咸霈甯", "general", "电商培训学员名册虚报人数", "三级", "培训签到人脸识别，名册公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "kailu_ecommerce_center_list", "http://cnmyjj.cn/bwyc/2016/0613/291835.html",
        "县电子商务服务中心 岗位廉政风险防控一览表, after the source's 电子商务进农村综合示范项目 (使用计划, 分批拨付, 资金监管): "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def kailu_grain_station_posts() -> dict:
    unit = f"{PLACE}粮食购销站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "托市收购中压级压价、抬级抬价", "岗位职责风险", "高", "收购价格和等级标准上墙公示。"),
        ("站领导", "站长", "leader", "收购资格认定把关不严", "制度机制风险", "中", "资格认定集体研究并公示。"),
        ("业务股", "检验员", "general", "粮食质量检验数据弄虚作假", "业务流程风险", "高", "检验样品留存，复检抽查。"),
        ("业务股", "司磅员", "general", "过磅扣量不如实记录", "业务流程风险", "中", "过磅全程录像，磅单双人签字。"),
        ("财务股", "会计", "general", "收购资金未直接支付到售粮农户", "外部环境风险", "高", "收购款一律打卡发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kailu_grain_station_posts", "https://m.fx361.com/news/2015/0317/18907734.html",
        "县粮食购销站 岗位廉政风险点排查表 对岗不对人, after the source's 统购统销 (定购, 征购, 收购): 序号/股室 merged/"
        "岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def kailu_enforcement_selfchecks() -> dict:
    unit = f"{PLACE}商务综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("怀筠翥", "大队领导", "大队长", "leader", [
            ("成品油市场执法检查选择性执法", "Ⅰ级", "执法检查对象随机抽取。", "已落实"),
            ("行政处罚自由裁量不规范", "Ⅱ级", "严格执行裁量基准。", "未发现问题"),
        ]),
        ("咸瑷翙", "执法一中队", "执法员", "general", [
            ("检查中接受经营户礼品", "Ⅱ级", "两人以上执法，全程记录。", "已落实"),
            ("对举报线索压案不查", "Ⅲ级", "线索登记台账，按时办结。", "已落实"),
            ("罚没物品登记保管不规范", "Ⅲ级", "罚没物品专库存放，登记造册。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kailu_enforcement_selfchecks", "http://www.fymate.net/html/text/lar/168384/16838437_3.html",
        "县商务综合行政执法大队 岗位廉政风险自查表, one sheet a person, after the source's 集贸市场管理办法 (收费许可, "
        "法律责任, 罚款): a label row ``姓　名 | 所在中队 | 岗　位 | 填表时间`` over values, then 序号/风险点/"
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; a 本人签名 line",
        sheets, t,
    )  # fmt: skip


def kailu_pepper_market_group_rows() -> dict:
    unit = f"{PLACE}红干椒交易市场服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "怀翛翀", "leader", [
                ("交易大厅摊位分配优亲厚友", "一级风险", "摊位公开摇号分配，结果公示。"),
                ("市场改扩建项目规避招标", "一级风险", "项目进入县公共资源交易中心。"),
            ]),
        ]),
        ("二、交易管理部", "交易管理部", [
            ("部长", "咸昳翯", "middle", [
                ("收取摊位费不开票据、坐收坐支", "二级风险", "摊位费统一缴入中心账户，开具票据。"),
            ]),
            ("收费员", "怀璎霂", "general", [
                ("擅自减免或变相增加收费项目", "二级风险", "收费项目和标准公示牌公示。"),
                ("辣椒价格指数采价数据不实", "三级风险", "采价双人核对，留存凭证。"),
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
        "kailu_pepper_market_group_rows", "http://www.idx365.com/indexWorld/cont15952.html",
        "县红干椒交易市场服务中心 廉政风险防控责任清单, after the source's 中国·开鲁辣椒指数 (价格指数, 采价, 市场化流通): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、交易管理部`` merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def kailu_investment_center_cards() -> dict:
    unit = f"{PLACE}招商服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "咸翾昶", "主任", "主持全面工作", "leader", [
            ("招商引资优惠政策兑现不按规定", "★★★", "政策兑现经联席会议审定并公示。"),
            ("接受客商宴请和礼品", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "怀霁璠", "副主任", "分管项目服务", "leader", [
            ("招商项目引荐中介收取好处费", "★★", "招商中介备案管理，奖励公示。"),
            ("项目落地服务吃拿卡要", "★★", "服务事项限时办结，企业评议。"),
            ("签约项目数据虚报", "★", "签约项目逐个核实，台账公开。"),
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
        "kailu_investment_center_cards", "http://wubu.gov.cn/zdzl/gjjdzsw/45691.htm",
        "县招商服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 电子商务进农村综合示范县 实施方案 "
        "(政府引导, 企业主体): ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, ``★★★/★★/★``; a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def kailu_grain_reserve_list() -> dict:
    unit = f"{PLACE}粮食储备库"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("库领导", "主任", "咸翥珝", "leader", "储备粮轮换出库价格暗箱操作", "制度机制", "高风险", "轮换竞价交易，结果公示。"),
        ("仓储科", "科长", "怀琰翚", "middle", "储备粮数量账实不符", "业务流程", "高风险", "每季度库存检查，账实核对。"),
        ("仓储科", "保管员", "咸璆霈", "general", "以次充好、虚增损耗", "岗位职责", "中风险", "损耗按定额核定，双人验收。"),
        ("财务科", "会计", "怀翊璇", "general", "烘干补贴资金审核不严", "业务流程", "中风险", "补贴凭烘干台账审核。"),
        ("财务科", "会计", "怀翊璇", "general", "轮换差价收入不入账", "思想道德", "低风险", "差价收入全额入账，审计监督。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "kailu_grain_reserve_list", "http://ws.yn.gov.cn/wsrmzf/c103458/201908/2402722dbfe5459a85234f884e377854.shtml",
        "县粮食储备库 岗位廉政风险防控一览表, after the source's 项目和资金管理办法 (专项资金, 牵头部门): ``附件1``, a title, "
        "a 填报单位（盖章） line, 部门/岗位/责任人 on EVERY row, short types, ``高风险/中风险/低风险``",
        [sh], t,
    )  # fmt: skip


def kailu_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("怀璿翀", "局长", "主持全面工作", [
            ("商贸流通专项资金分配个人说了算", "一级", "资金分配经局党组会集体研究。"),
            ("干部选拔任用搞暗箱操作", "一级", "严格执行干部任用程序。"),
        ]),
        ("咸翙琤", "副局长", "分管电商、粮食", [
            ("电商项目验收降低标准", "二级", "验收邀请第三方参加。"),
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
        ("市场建设股", "股长", "怀瓅翾", "middle", "农贸市场改造补助对象审核不严", "一级", "补助对象公示，实地核查。"),
        ("市场建设股", "股长", "怀瓅翾", "middle", "集贸市场收费监督走过场", "二级", "收费公示牌定期检查。"),
        ("外贸股", "股员", "咸霂璟", "general", "外贸企业补助申报材料把关不严", "三级", "申报材料两级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kailu_commerce_bureau_two_sheets", "http://www.xrnsjh.cn/html/51d54499404.html",
        "县商务局 廉政风险防控一览表 in TWO SHEETS, after the source's 集贸市场摊位费 降低 and 收费公示: sheet 局领导 "
        "(姓名/职务/分管工作 merged per leader), sheet 股室 (股室 merged, 岗位/姓名 merged per person), ``一级/二级/三级``",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kailu_commerce_bureau_outline(),
    kailu_ecommerce_center_list(),
    kailu_grain_station_posts(),
    kailu_enforcement_selfchecks(),
    kailu_pepper_market_group_rows(),
    kailu_investment_center_cards(),
    kailu_grain_reserve_list(),
    kailu_commerce_bureau_two_sheets(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )

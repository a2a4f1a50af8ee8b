"""The seven-hundred-and-twenty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES of one city's 铁路口岸 and 物流 bodies, 图们市
(延边朝鲜族自治州, 吉林省) — its 商务局 (two sheets 局领导/股室, ``一级/二级/三级``), 铁路口岸服务中心 (排查表
对岗不对人, ``…风险`` types, 高/中/低), 跨境电子商务公共服务中心 (自查表 one sheet a person, ``Ⅰ级…``),
国际陆港物流园区管理办公室 (清单 under group rows, ``一级风险…``), 铁路口岸货运代理有限公司 (防控卡 one
sheet a leader, ``★★★…``), 商贸流通服务中心 (一览表 with ``附件2`` and 填报单位, ``高风险…``) and
口岸物流集团有限公司 (登记表, ``一级…``) — and one harder:

- ``tumen_logistics_company_type_level_grid``: the 国际物流有限公司's 岗位廉政风险分布表, a GRID with the
  风险类型 down and ``高风险 | 中风险 | 低风险`` across, each cell listing its points ONE A LINE, every line
  opened by its holder ``岗位　姓名：`` (one holder in several cells), ``无`` for an empty cell; no 序号,
  no 科室/岗位/姓名 columns, no measures. The README's 读得懂的表 knows a type × level cross table with
  NUMBERED points in the cells (and holders elsewhere), and a holder before a colon at the head of a
  point in a list; it does not describe a type × level grid whose cell lines each name their own
  holder.

Judgement calls: in the harder file each line is a point of the holder before the colon, its type
the row's, its level the column's; one form a holder, no 科室 (the grid names none); 总经理 and 副总经理
are leaders, 货代部经理 and 仓储主管 middle, 报关员 general; ``无`` and the ``注：`` line are no points.
Elsewhere as batch558: ``中心领导``, ``公司领导``, ``办公室领导`` are the 科室 of those leaders; the 商务局's
leaders and the cards' leaders have no 科室; ``一级/二级/三级``, ``一级风险…``, ``Ⅰ级…``, ``★★★…``, 高/中/低
and ``高风险…`` are 1/2/3. The rows are worded by us after the pages' words, the people invented (the
rare surnames 琚 and 芈 with rare given names); every unit is a body of 图们市.

Run ``python tests/published/score.py --set batch721`` and do not tune the reader against it.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b721_"
PLACE = "图们市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


GRADEBANDS = ("高", "中", "低")


# --------------------------------------------------------------------------- harder layout

# the grid: types down, 高|中|低 across; each cell lists points one a line, each line `岗位 姓名：point`
HOLDERS = {
    "总经理": ("琚翊骞", "leader", ""),
    "副总经理": ("芈沅翮", "leader", ""),
    "货代部经理": (
        "琚砚秋",
        "middle",
        "货代部",
    ),  # (科室 + post in one word: 科室 货代部, post 经理)
    "报关员": ("芈霁岑", "general", ""),
    "仓储主管": ("芈澈岷", "middle", ""),
}
# (type, level band, [(post, point)])
GRID = [
    ("思想道德风险", "高", [("总经理", "接受货主、承运商宴请和礼金，在运力分配上给予照顾")]),
    ("思想道德风险", "中", [("报关员", "利用报关便利为亲友代理业务收取好处费"),
                          ("仓储主管", "向货主索要“装卸费”“看管费”")]),
    ("制度机制风险", "高", [("总经理", "班列舱位分配不经集体研究，个人决定"),
                          ("副总经理", "铁路运费、场站费结算价格随意调整")]),
    ("制度机制风险", "低", [("副总经理", "公司车辆、叉车使用登记不全")]),
    ("岗位职责风险", "高", [("货代部经理", "与境外代理串通虚报运费，截留差价")]),
    ("岗位职责风险", "中", [("报关员", "申报货物品名、数量与实际不符"),
                          ("货代部经理", "货运代理合同签订不审查资质")]),
    ("岗位职责风险", "低", [("仓储主管", "换装、堆存货物出入库不登记")]),
]  # fmt: skip


def tumen_logistics_company_type_level_grid() -> dict:
    unit = f"{PLACE}国际物流有限公司"
    sh = _Sheet("风险分布", [16, 40, 40, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险分布表", 4)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 4)
    sh.add("风险类型", "高风险", "中风险", "低风险")
    for typ in dict.fromkeys(g[0] for g in GRID):
        cells = []
        for band in GRADEBANDS:
            lines = [f"{post}{GAP}{HOLDERS[post][0]}：{p}" for ty, b, items in GRID if ty == typ and b == band
                     for post, p in items]  # fmt: skip
            cells.append("\n".join(lines) if lines else "无")
        sh.add(typ, *cells)
    for post, (who, tier, dept) in HOLDERS.items():
        for typ, band, items in GRID:
            for p_post, point in items:
                if p_post == post:
                    title = post.removeprefix(
                        dept
                    )  # ('货代部经理': 科室 货代部, post 经理, as batch 613)
                    t.point(sh.name, dept, title, who, tier, point, types_in(typ), HML[band])
    _line(sh, "注：每条风险点前写明责任岗位和责任人；防控措施另见公司廉洁风险防控手册。", 4)
    sh.add("制表：", None, "审核：", "总经理（签字）：")
    return _layout(
        "tumen_logistics_company_type_level_grid", "https://m.fx361.cc/news/2020/1221/14200590.html",
        "(harder) 市国际物流有限公司 岗位廉政风险分布表, after the source's 西部国际陆港 and 中欧班列 (陆港建设, 多式联运, "
        "铁路通道, 货运代理): a title and a 填报单位 line, then a GRID with the 风险类型 down (思想道德风险, 制度机制风险, "
        "岗位职责风险) and ``高风险 | 中风险 | 低风险`` across; each cell lists its points ONE A LINE, every line opened by the "
        "holder ``岗位　姓名：`` (the same holder in several cells and bands), ``无`` for an empty cell; no 序号, no "
        "measures; a ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tumen_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导岗位廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("琚蔚岚", "局长", "主持全面工作", [
            ("外经贸发展专项资金项目确定不经党组集体研究", "一级", "项目申报、评审、公示全程留痕，党组会集体决定。"),
            ("口岸建设项目插手工程招投标", "一级", "口岸项目一律进入公共资源交易平台。"),
        ]),
        ("芈晗璁", "副局长", "分管口岸、对外贸易", [
            ("对俄、对朝边境贸易企业资质审核放宽标准", "二级", "资质审核两人以上，结果网上公示。"),
            ("中欧班列运营补贴核定不实", "一级", "补贴按实际开行列数核定，第三方审计。"),
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
        ("对外贸易股", "股长", "琚岑霈", "middle", "加工贸易企业备案审核走过场", "二级", "备案材料初审、复审两级把关。"),
        ("对外贸易股", "股长", "琚岑霈", "middle", "边民互市贸易落地加工企业认定不严", "一级", "认定标准公开，现场核查留影像。"),
        ("对外贸易股", "科员", "芈湛舟", "general", "外贸统计数据弄虚作假", "三级", "数据与海关统计每月比对。"),
        ("市场运行股", "股长", "琚筠翯", "middle", "商贸流通项目资金拨付不按进度", "二级", "资金拨付凭验收报告，专账核算。"),
        ("市场运行股", "科员", "芈棠溪", "general", "成品油经营企业年检把关不严", "三级", "年检结果公示，接受举报。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "tumen_commerce_bureau_two_sheets", "http://gaxf.apcreports.org.cn/zfzc/news/46492.html",
        "市商务局 岗位廉政风险防控一览表 in TWO SHEETS, after the source's 铁路口岸 report (对俄铁路口岸, 货物通关, 特色专列, "
        "勤务轮换): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per "
        "person; ``一级/二级/三级``, no type column",
        [lead, dept], t,
    )  # fmt: skip


def tumen_rail_port_center_posts() -> dict:
    unit = f"{PLACE}铁路口岸服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "口岸查验场地改造项目指定施工单位", "制度机制风险", "高",
         "项目经主任办公会集体研究，公开招标。"),
        ("通关服务科", "科长", "middle", "通关协调中为个别企业“插队”放行", "岗位职责风险", "高",
         "通关协调按申报先后顺序办理，台账留存。"),
        ("通关服务科", "协调员", "general", "向报关企业透露查验布控信息", "思想道德风险", "中",
         "签订保密承诺书，查验信息专人管理。"),
        ("场站管理科", "科长", "middle", "换装场地、堆场出租价格不公开", "业务流程风险", "中",
         "场地出租价格公示，合同集体审签。"),
        ("场站管理科", "调度员", "general", "车皮调度优亲厚友", "岗位职责风险", "低", "调度计划每日公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "tumen_rail_port_center_posts", "https://m.fx361.cc/news/2022/0518/16488567.html",
        "市铁路口岸服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 中欧班列 study (班列开行, 运输通道, 口岸化, "
        "货物运输): 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def tumen_ecommerce_center_selfchecks() -> dict:
    unit = f"{PLACE}跨境电子商务公共服务中心"
    t = _Truth(unit)
    people = [
        ("琚翙澄", "中心领导", "主任", "leader", [
            ("跨境电商企业入驻扶持资金认定不实", "Ⅰ级", "入驻扶持按办法核定，结果公示。", "已落实"),
            ("公共海外仓租赁合同签订不经集体研究", "Ⅱ级", "合同经主任办公会研究。", "未发现问题"),
        ]),
        ("芈泓岫", "运营服务部", "部长", "middle", [
            ("直播基地场地免费使用对象选定不公", "Ⅱ级", "申请条件公开，排期公示。", "已落实"),
            ("跨境电商培训虚报参训人数", "Ⅲ级", "培训签到拍照存档。", "已落实"),
        ]),
        ("琚霈瑜", "运营服务部", "数据专员", "general", [
            ("跨境电商交易数据虚增", "Ⅰ级", "数据与海关单一窗口比对。", "未发现问题"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tumen_ecommerce_center_selfchecks", "https://xb.sut.edu.cn/sk/fileup/1674-0823/HTML/2021-5-415.shtml",
        "市跨境电子商务公共服务中心 岗位廉政风险自查表, one sheet a person, after the source's 中欧班列贸易 study (进出口, "
        "贸易增长, 运输成本): a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over values, then 序号/风险点/"
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/自查情况; no type column",
        sheets, t,
    )  # fmt: skip


def tumen_land_port_park_group_rows() -> dict:
    unit = f"{PLACE}国际陆港物流园区管理办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [
            ("主任", "芈峤沄", "leader", [
                ("园区入驻企业土地、仓库租金减免不经集体研究", "一级风险", "减免事项经管委会研究并公示。"),
                ("多式联运集疏运项目变更签证把关不严", "一级风险", "变更签证实行联审。"),
            ]),
        ]),
        ("二、招商服务科", "招商服务科", [
            ("科长", "琚璿渟", "middle", [
                ("招商引资奖励兑现审核不严", "二级风险", "奖励兑现材料第三方核查。"),
            ]),
            ("科员", "芈骐岚", "general", [
                ("向企业泄露园区招商底价", "二级风险", "底价信息专人保管。"),
            ]),
        ]),
        ("三、财务科", "财务科", [
            ("会计", "琚琬湄", "general", [
                ("园区物业费收取不开票据", "三级风险", "收费统一入账，票据连号管理。"),
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
        "tumen_land_port_park_group_rows", "https://chinaccia.com/service/detail-15-382.html",
        "市国际陆港物流园区管理办公室 廉政风险防控责任清单, after the source's 内陆港 article (物流园区, 多式联运, 海铁联运, "
        "集疏运): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、办公室领导``, "
        "``二、招商服务科``, ``三、财务科``; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def tumen_freight_agency_cards() -> dict:
    unit = f"{PLACE}铁路口岸货运代理有限公司"
    t = _Truth(unit)
    cards = [
        ("总经理", "芈翀昀", "总经理", "主持公司全面工作", "leader", [
            ("货运代理费率优惠不经集体决策", "★★★", "费率优惠经经理办公会研究。"),
            ("与关联企业开展业务不回避", "★★", "关联交易报备，利害关系回避。"),
            ("接受货主礼品礼金", "★", "签订廉洁承诺书。"),
        ]),
        ("副总经理", "琚嵘澈", "副总经理", "分管单证、结算", "leader", [
            ("代垫铁路运费结算不及时清算，资金体外循环", "★★★", "代垫资金专户管理，按月对账。"),
            ("单证差错赔付金额随意认定", "★★", "赔付金额经财务复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导人员廉洁风险防控卡", 4)
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
        "tumen_freight_agency_cards", "https://ketldu.cn/tags-79019.html",
        "市铁路口岸货运代理有限公司 领导人员廉洁风险防控卡, one sheet a leader, after the source's 仓储商务风险管理 page: "
        "``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, 序号/风险点/``★★★/★★/★``/防控措施; a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def tumen_trade_service_center_list() -> dict:
    unit = f"{PLACE}商贸流通服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "芈漪珩", "leader", "边民互市商品交易市场摊位分配不公开", "制度机制", "高风险",
         "摊位分配公开摇号。"),
        ("业务科", "科长", "琚纾岚", "middle", "互市商品落地加工补贴审核不严", "岗位职责", "高风险",
         "补贴材料两级审核并公示。"),
        ("业务科", "科员", "芈浥尘", "general", "农贸市场检查走过场、收受好处", "思想道德", "中风险",
         "检查两人以上，记录存档。"),
        ("财务科", "会计", "琚珞岷", "general", "市场管理费收入不入账", "业务流程", "中风险", "收费入账，每月对账。"),
        ("财务科", "出纳", "芈霏翎", "general", "备用金借支长期不清", "业务流程", "低风险", "备用金按季清理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "tumen_trade_service_center_list", "https://abg.baidu.com/tags/imwviucbkte4zuvvxlh5p55356yotn7hz7k4nqfzycy6vv54",
        "市商贸流通服务中心 岗位廉政风险防控一览表, after the source's 商业合作伙伴风险评估 page: ``附件2``, a title, a 填报单位"
        "（盖章） line, 部门/岗位/责任人 on EVERY row, short types, ``高风险/中风险/低风险``; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def tumen_logistics_group_register() -> dict:
    unit = f"{PLACE}口岸物流集团有限公司"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "琚渟屿", "leader", [
            ("冷链仓储项目投资决策不经董事会", "制度机制", "一级", "投资项目可研论证、董事会决策。"),
        ]),
        ("采购部", "部长", "芈曦骞", "middle", [
            ("集装箱、篷布采购围标串标", "外部环境", "一级", "采购公开招标，供应商库动态管理。"),
            ("验收数量、质量把关不严", "岗位职责", "二级", "验收两人以上签字。"),
        ]),
        ("运营部", "调度员", "琚沅芷", "general", [
            ("短驳车辆派单收受司机好处", "思想道德", "二级", "派单系统自动分配。"),
            ("运输里程、台班虚报", "业务流程", "三级", "里程凭 GPS 记录核对。"),
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
        "tumen_logistics_group_register", "https://www.zhetiaohe.com/ss/bc15d6c5605615a63e8069153280f850c88b0af63e0e7904cd9b0d3b13e4202e76b83f5dd76c15ca4b2f966881f48b764d1f1df9c35ae2c951fb77a1034121fb.html",
        "市口岸物流集团有限公司 廉洁风险点排查登记表, after the source's 港口行政处罚裁量标准 page: 部门 merged, 岗位/姓名 "
        "merged per person, 风险类别 (short names), ``一级/二级/三级``, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tumen_logistics_company_type_level_grid(),
    tumen_commerce_bureau_two_sheets(),
    tumen_rail_port_center_posts(),
    tumen_ecommerce_center_selfchecks(),
    tumen_land_port_park_group_rows(),
    tumen_freight_agency_cards(),
    tumen_trade_service_center_list(),
    tumen_logistics_group_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch721-inbox"))

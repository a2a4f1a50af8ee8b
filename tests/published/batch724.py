"""The seven-hundred-and-twenty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's graphite
industry and safety-supervision bodies, 萝北县 (of 鹤岗市, 黑龙江省) — its 石墨产业园区管委会, 应急管理局,
矿产资源管理站, 安全生产执法大队, 石墨产业发展服务中心, 工业和信息化局, 石墨产品质量检验检测中心 and
云山石墨园区安全环保监察站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed
in WPS or Excel:

- the 应急管理局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type
  column, an 编制/审核 line;
- the 矿产资源管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低; no
  names;
- the 安全生产执法大队's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` pairs across, a merged
  ``所在中队`` line, ``★★★/★★/★`` read by a ``注：`` line, a 持卡人 line;
- the 石墨产业发展服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 安全环保监察站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 检验检测中心's workbook in TWO SHEETS ``中心领导`` / ``科室``, ``高风险/中风险/低风险``, no type column;
- the 工业和信息化局's 一览表 under ``附件3`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, 高/中/低 and a ``注：`` line.

One is harder:

- ``luobei_graphite_park_paired_lines``: the 石墨产业园区管委会's 廉政风险防控表, ONE ROW A 业务环节
  (``序号 | 业务环节 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``), where the 岗位, 责任人, 廉政风险点 and
  风险等级 cells of a row each hold TWO OR THREE LINES (Alt+Enter), PAIRED BY ORDER: the first line of the
  岗位 cell, the first of the 责任人 cell, the first of the 风险点 cell and the first of the 等级 cell are one
  holder's point; the second lines another holder's DIFFERENT point; the 防控措施 cell (one text) is the
  row's, for all of them. The README's 读得懂的表 knows a SHARED point whose holders stand one a line
  (posts and holders paired) with its level cell one level a line, ``；`` lists split by a heading note,
  ``A岗:周敏⏎B岗:高翔`` two holders of ONE point, and numbered points in one holder's cell; it does not
  describe a row whose point cell holds several DIFFERENT points one a line, each belonging to the holder
  on the same line of the post and holder cells, with its level on the same line of the level cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市政协 视察 of 萝北县石墨产业园区 —
规划布局, 项目建设, 骨干企业, 生态环境保护; a 中国应急管理报 piece on “以罚代管”“罚而不管” — 检查、立案、处罚、
结案、整改闭环, 猫鼠共谋; a provincial notice on 探矿权、采矿权审批 — 越权审批, 资源整合, 储量核查, 补偿费征收;
a piece on 安监执法 problems — 自由裁量权, 消极执法, 以罚代改, 程序违法; a 市长's 常务会议 on 石墨之都 —
招商引资, 甄别投资者, 依法行政; a 安监局's 石墨矿 防治水专项检查 — 应急预案, 限期整改, 停产整顿; a news piece
on 鸡西 石墨产业生态 — 深加工项目, 负极材料, 科技创新; a 林口县 石墨 “探转采” — 领导包项目、部门包任务,
现场办公, 尾矿库) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 檀 and 邝 with rare given names); every
unit is a body of 萝北县.

Run ``python tests/published/score.py --set batch724`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the n-th line of a row's 岗位, 责任人, 廉政风险点 and 风险等级 cells make one point of one
  holder (post, name, point, level); the row's 业务环节 names no holder and is no point; the row's
  防控措施 serves every point of the row; one form a holder, no 科室 (the table names none); the 注：
  line and the 编制/审核 line are no points;
- a group row ``二、招商服务科`` gives the 科室 ``招商服务科``; ``中心领导`` (a group row, a sheet name) is the
  科室 of those leaders in the 清单, the 检验检测中心's leaders (sheet ``中心领导``, no 科室 column) and the
  管委会's holders have none; a card's ``所在中队`` (``大队部``, ``一中队``) is its 科室;
- 主任, 副主任, 局长, 副局长, 站长, 大队长 are leaders; 科长, 股长, 中队长 middle; the rest general;
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

PREFIX = "b724_"
PLACE = "萝北县"
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

# the 管委会's holders: post -> (name, tier)
PARK = {
    "主任": ("檀翯岺", "leader"),
    "副主任": ("邝峣沇", "leader"),
    "项目专员": ("檀沇翚", "general"),
    "安全环保专员": ("邝翚岧", "general"),
}

# (业务环节, [(post, 廉政风险点, 风险等级)], 防控措施) — the lines of a row paired by order
STAGES = [
    ("石墨项目入园评审", [
        ("主任", "对不符合园区规划布局的石墨项目打招呼、放宽入园条件", "高"),
        ("项目专员", "入园评审材料初审把关不严，为企业隐瞒环评、安评缺项", "中"),
    ], "入园项目由评审委员会集体评审，评审意见和结果在园区网站公示。"),
    ("土地和厂房配置", [
        ("副主任", "标准化厂房分配中优亲厚友，变相照顾关系企业", "高"),
        ("项目专员", "厂房租金减免测算不实，多报减免面积", "中"),
    ], "厂房分配按项目投资强度量化打分，租金减免经管委会主任办公会研究。"),
    ("扶持资金申报", [
        ("主任", "石墨精深加工扶持资金分配中干预评审结果", "高"),
        ("副主任", "对骨干企业申报材料审核走过场", "中"),
        ("项目专员", "协助企业虚报设备投资额套取扶持资金", "高"),
    ], "扶持资金申报实行初审、复审、集体审定三级把关，拨付前公示七日。"),
    ("企业安全环保检查", [
        ("副主任", "对石墨提纯企业酸洗工序隐患检查流于形式", "中"),
        ("安全环保专员", "接受企业宴请，检查前通风报信", "高"),
        ("安全环保专员", "尾矿和废酸处置隐患整改验收把关不严", "中"),
    ], "安全环保检查实行“四不两直”，检查记录和整改验收资料存档备查。"),
    ("基础设施工程管理", [
        ("主任", "园区污水处理厂、供热管网工程指定施工单位", "高"),
        ("安全环保专员", "工程隐蔽部分验收签字不到现场", "低"),
    ], "工程项目一律进入县公共资源交易中心，隐蔽工程验收留存影像资料。"),
]  # fmt: skip


def luobei_graphite_park_paired_lines() -> dict:
    unit = f"{PLACE}石墨产业园区管委会"
    sh = _Sheet("风险防控表", [6, 14, 12, 10, 44, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "业务环节", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    for i, (stage, lines, measures) in enumerate(STAGES, 1):
        sh.add(
            i, stage,
            "\n".join(post for post, _p, _l in lines),
            "\n".join(PARK[post][0] for post, _p, _l in lines),
            "\n".join(point for _post, point, _l in lines),
            "\n".join(lv for _post, _p, lv in lines),
            measures,
        )  # fmt: skip
    # the truth one form a holder, in the order of the holders' first lines
    order = []
    for _stage, lines, _m in STAGES:
        for post, _p, _l in lines:
            if post not in order:
                order.append(post)
    for post in order:
        who, tier = PARK[post]
        for _stage, lines, _m in STAGES:
            for p, point, lv in lines:
                if p == post:
                    t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：岗位、责任人、廉政风险点、风险等级各栏按行对应，同一环节的防控措施共用。", 7)
    sh.add("编制：党政办公室", None, None, "审核：", None, "主任（签字）：", None)
    return _layout(
        "luobei_graphite_park_paired_lines", "http://www.activehealthykidswales.net/2021-06/10/content_77558155.htm",
        "(harder) 县石墨产业园区管委会 廉政风险防控表, after the source's 市政协 视察 of the county's 石墨产业园区 (规划布局, "
        "项目建设, 骨干企业倾斜, 精深加工, 生态环境保护): a title, a 填报单位 line, then ONE ROW A 业务环节 "
        "(序号/业务环节/岗位/责任人/廉政风险点/风险等级/防控措施) whose 岗位, 责任人, 廉政风险点 and 风险等级 cells each hold "
        "two or three lines PAIRED BY ORDER — the n-th post, the n-th name, the n-th point and the n-th level are one "
        "holder's point, the points of a row all different — and one 防控措施 text for the row; 高/中/低, no type column; "
        "a ``注：`` line saying the columns pair by line, an 编制/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luobei_emergency_bureau_list() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 42, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "檀峋昪", "leader", "对非煤矿山、石墨加工企业重大隐患挂牌督办打招呼、说情", "一级",
         "重大隐患挂牌督办和销号经局党组会集体研究。"),
        ("局领导", "局长", "檀峋昪", "leader", "行政处罚案件集体讨论走过场，个人说了算", "一级",
         "重大处罚案件集体讨论，讨论记录全程留存。"),
        ("安全生产综合监督管理股", "股长", "邝岏翯", "middle", "执法检查“以罚代管”“罚而不管”，对隐患整改不跟踪", "一级",
         "检查、立案、处罚、结案、整改复查全程闭环，系统留痕。"),
        ("安全生产综合监督管理股", "股长", "邝岏翯", "middle", "执法检查计划随意调整，选择性执法", "二级",
         "年度执法计划报县政府备案，调整须经局务会研究。"),
        ("安全生产综合监督管理股", "科员", "檀翬岏", "general", "检查前向企业通风报信", "二级",
         "执法检查“四不两直”，随机抽取检查对象和检查人员。"),
        ("应急救援和物资保障股", "股长", "邝昪峋", "middle", "应急救援物资采购验收数量、质量把关不严", "二级",
         "物资验收双人签字，入库台账每季度盘点。"),
        ("应急救援和物资保障股", "科员", "檀岺峣", "general", "救灾物资发放登记不实，优亲厚友", "三级",
         "救灾物资发放名单村屯公示，领取签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "luobei_emergency_bureau_list", "http://www.mem.gov.cn/fw/yjpf/pfrd/202012/t20201225_375867.shtml",
        "县应急管理局 岗位廉政风险防控一览表, after the source's 中国应急管理报 piece on “以罚代管”“罚而不管” (检查、立案、处罚、"
        "结案、督促整改闭环, 猫鼠共谋, 执法数据排名): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施; no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def luobei_mineral_station_posts() -> dict:
    unit = f"{PLACE}矿产资源管理站"
    sh = _Sheet("排查表", [6, 14, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "石墨矿采矿权出让方案编制中为意向企业量身设置条件", "制度机制风险", "高",
         "出让方案经县自然资源局集体审定，出让信息统一公开。"),
        ("矿政管理股", "股长", "middle", "采矿权延续登记对超层越界开采问题不核查", "岗位职责风险", "高",
         "延续登记前实地核查，核查记录附卷。"),
        ("矿政管理股", "股长", "middle", "石墨资源整合中违规同意小矿扩大矿区范围", "制度机制风险", "中",
         "资源整合方案报县政府审批，整合结果公示。"),
        ("储量管理股", "技术员", "general", "矿山储量动态核查数据弄虚作假", "业务流程风险", "中",
         "储量核查由第三方机构实施，技术员交叉复核。"),
        ("储量管理股", "技术员", "general", "矿产资源补偿费、权益金核算少算漏算", "业务流程风险", "低",
         "核算结果与税务部门定期比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("填表人：", None, "审核人：", None, None, "2025年3月", None)
    return _layout(
        "luobei_mineral_station_posts", "http://www.fymate.net/html/text/lar/168772/16877277_3.html",
        "县矿产资源管理站 岗位廉政风险点排查表 对岗不对人, after the source's notice on 探矿权、采矿权审批 (越权违规审批, "
        "矿山布局, 资源整合, 储量动态监督, 补偿费征收): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def luobei_enforcement_brigade_cards() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "邝岧峋", "大队长", "大队部", "leader", [
            ("行政处罚自由裁量权滥用，同案不同罚", "★★★", "执行处罚裁量基准，案件法制审核。"),
            ("对停产整顿企业复产验收把关不严", "★★★", "复产验收两人以上现场核查并签字。"),
            ("接受被检查企业礼品礼金", "★", "签订廉洁执法承诺书，接受企业评议。"),
        ]),
        ("一中队中队长", "檀峣翯", "中队长", "一中队", "middle", [
            ("消极执法，对取证难的违法行为不立案", "★★", "案件线索登记台账，定期清理。"),
            ("以罚代改，罚款后不督促整改", "★★", "处罚案件结案前须有整改复查记录。"),
        ]),
        ("执法队员", "邝沇岺", "执法队员", "一中队", "general", [
            ("无执法资格人员参与执法、代签文书", "★★", "执法证件亮证执法，执法记录仪全程记录。"),
            ("未告知当事人陈述申辩权利", "★", "执法文书格式化，告知书当场送达。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, team, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在中队", team, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, team, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "luobei_enforcement_brigade_cards", "https://m.shutu.cn/template/p8694668.html",
        "县安全生产执法大队 岗位廉政风险防控卡, one sheet a person, after the source's piece on 安监执法 (行政干预, 滥用自由"
        "裁量权, 消极执法, 以罚代改, 程序违法): a title, ``姓　名 | … | 职　务 | …`` and a merged 所在中队 line (``大队部`` "
        "for the 大队长), then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def luobei_graphite_center_group_rows() -> dict:
    unit = f"{PLACE}石墨产业发展服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 42, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "檀岘翬", "leader", [
                ("石墨深加工招商项目不甄别投资者实力，盲目承诺优惠政策", "一级风险",
                 "招商项目经尽职调查和集体研究，优惠政策按文件兑现。"),
                ("招商引资奖励兑现中违规认定引荐人", "一级风险", "奖励认定材料公示，经中心会议审定。"),
            ]),
        ]),
        ("二、招商服务科", "招商服务科", [
            ("科长", "邝翯岘", "middle", [
                ("招商洽谈中接受客商宴请和礼品", "二级风险", "洽谈两人以上参加，重要洽谈报备。"),
            ]),
            ("科员", "檀岧沇", "general", [
                ("泄露招商项目底价和谈判信息", "二级风险", "签订保密承诺，项目资料专人保管。"),
            ]),
        ]),
        ("三、产业发展科", "产业发展科", [
            ("科长", "邝峣翬", "middle", [
                ("石墨产业发展专项资金项目储备入库把关不严", "二级风险", "项目入库专家评审，结果公示。"),
                ("企业科技创新认定材料审核走过场", "三级风险", "认定材料实行两级审核。"),
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
        "luobei_graphite_center_group_rows", "http://m.kubikeji.cn/news/8273.html",
        "县石墨产业发展服务中心 廉政风险防控责任清单, after the source's 市政府常务会议 on 打造石墨之都 (石墨深加工战略投资者, "
        "招商引资甄别投资者, 依法行政、按程序办事): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、招商服务科``, ``三、产业发展科`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def luobei_safety_station_selfchecks() -> dict:
    unit = f"{PLACE}云山石墨园区安全环保监察站"
    t = _Truth(unit)
    people = [
        ("檀沇峣", "站领导", "站长", "leader", [
            ("石墨矿防治水专项检查走过场，对排水系统缺陷不责令整改", "Ⅰ级",
             "专项检查制定清单，问题限期整改并复查。", "已落实"),
            ("对应当停产整顿的矿井说情放行", "Ⅰ级", "停产整顿决定集体研究，报应急管理局备案。", "未发现问题"),
        ]),
        ("邝岘岺", "监察一组", "监察员", "general", [
            ("应急预案评审中收受企业好处", "Ⅱ级", "预案评审专家随机抽取，评审意见存档。", "已落实"),
            ("探放水设备配备检查数据不实", "Ⅲ级", "检查拍照留证，数据双人核对。", "已落实"),
        ]),
        ("檀翯峋", "监察二组", "监察员", "general", [
            ("尾矿库巡查记录补记、代签", "Ⅱ级", "巡查定位打卡，记录当日上传。", "未发现问题"),
            ("企业整改报告不到现场核实即销号", "Ⅲ级", "销号前现场核实并留存影像。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 34, 12])
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
        "luobei_safety_station_selfchecks", "http://www.mshnol.net/a/difang/chenzhou/2016/1208/50041.html",
        "县石墨园区安全环保监察站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "安监局 石墨矿 防治水专项检查 (防治水组织机构, 探放水设备, 应急预案, 限期整改, 停产整顿): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def luobei_testing_center_two_sheets() -> dict:
    unit = f"{PLACE}石墨产品质量检验检测中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 40, 10, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邝岺翚", "主任", "主持全面工作", [
            ("检测仪器设备采购指定品牌、参数", "高风险", "采购需求经技术论证，按政府采购程序实施。"),
            ("干预负极材料、石墨烯样品检测结论", "高风险", "检测报告三级审核，授权签字人签发。"),
        ]),
        ("檀峋岧", "副主任", "分管质量管理", [
            ("能力验证和比对结果弄虚作假", "中风险", "比对数据原始记录留存，质量负责人复核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 9, 9, 40, 10, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("检测一室", "室主任", "邝翬峣", "middle", "为送检企业修改碳含量、粒度检测数据", "高风险",
         "检测数据系统自动采集，修改留痕。"),
        ("检测一室", "检测员", "檀岺岘", "general", "样品调包或不按规定留样", "中风险", "样品编码盲样流转，留样登记。"),
        ("综合科", "会计", "邝峋岧", "general", "检测费收取不开票或少开票", "中风险", "检测费统一缴入财政账户，票据连号管理。"),
        ("综合科", "会计", "邝峋岧", "general", "试剂耗材报销单据审核不严", "低风险", "报销单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "luobei_testing_center_two_sheets", "http://hhygw.cn/xw/cycj/20210622/82540.html",
        "县石墨产品质量检验检测中心 廉政风险防控一览表 in TWO SHEETS, after the source's piece on 石墨产业生态 (石墨深加工, "
        "负极材料生产线, 石墨烯粉体, 科技创新): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with "
        "科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``高风险/中风险/低风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def luobei_industry_bureau_list() -> dict:
    unit = f"{PLACE}工业和信息化局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 42, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "檀岏峣", "leader", "石墨“探转采”项目推进中为企业违规协调用地、用林手续", "岗位职责", "高",
         "领导包项目事项清单公开，协调事项会议纪要存档。"),
        ("局领导", "副局长", "邝岧岏", "leader", "现场办公中对企业提出的不合规诉求擅自承诺", "制度机制", "中",
         "现场办公事项逐项登记，答复意见集体研究。"),
        ("工业发展股", "股长", "檀翚岘", "middle", "工业项目备案材料审核把关不严", "业务流程", "中",
         "备案材料一次性告知，审核意见双人签字。"),
        ("工业发展股", "股长", "檀翚岘", "middle", "企业技改补助资金申报中帮助企业虚报投资", "思想道德", "高",
         "补助项目第三方审计，资金拨付公示。"),
        ("节能与综合利用股", "科员", "邝岘岧", "general", "尾矿综合利用项目监管流于形式", "业务流程", "低",
         "项目监管每季度现场检查，检查记录存档。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "luobei_industry_bureau_list", "http://www.bgmic.com/news/42055.html",
        "县工业和信息化局 岗位廉政风险防控一览表, after the source's 县 石墨 “探转采” (领导包项目、部门包任务, 现场办公, 尾矿处理, "
        "石墨初选): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luobei_graphite_park_paired_lines(),
    luobei_emergency_bureau_list(),
    luobei_mineral_station_posts(),
    luobei_enforcement_brigade_cards(),
    luobei_graphite_center_group_rows(),
    luobei_safety_station_selfchecks(),
    luobei_testing_center_two_sheets(),
    luobei_industry_bureau_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch724-inbox"))

"""The six-hundred-and-seventeenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 文旅 and 口岸
bodies, 额济纳旗 (of 阿拉善盟, 内蒙古) — its 文化旅游体育局, 胡杨林景区管理局, 文物保护站, 居延文化博物馆,
居延海景区管理所, 体育运动中心 and 文化市场综合行政执法大队 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 文化旅游体育局's 一览表 in TWO SHEETS ``局领导`` / ``股室``, ``一级/二级/三级``, no type column;
- the 胡杨林景区管理局's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 文物保护站's 自查表, one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 居延文化博物馆's 责任清单 under GROUP ROWS ``一、馆领导``, ``二、保管部``, ``一级风险/二级风险/三级风险``;
- the 居延海景区管理所's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 体育运动中心's 一览表 under ``附件2`` and a 填报单位（盖章） line, short types, ``高风险/中风险/低风险``;
- the 文化市场综合行政执法大队's 排查登记表: ``处室`` merged, ``风险类别`` (short names), ``一级/二级/三级``, a
  ``注：`` line.

One is harder:

- ``ejina_port_office_priorities``: the 口岸管理办公室's 岗位廉政风险点及处置优先级清单, an ordinary list
  (科室 merged, 岗位 and 姓名 merged per person) with NO 风险等级 column: the level is written only as a
  ``处置优先级`` of ``P1/P2/P3``, and a ``注：`` line under the table says P1 is 高风险, P2 中风险, P3
  低风险. The README's 读得懂的表 knows many level words and notes defining symbols (``★``, ``●●●``,
  ``▲▲▲``, ``A/B/C``, colour dots, ``H/M/L``, 监控频次 by a note, control grades 重点防控/一般防控) but not a
  处置优先级 column of ``P1/P2/P3`` defined by a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (额济纳 胡杨林旅游区 通报批评 and 居延海景区
纸质门票; 景区门票优惠政策; 文物保护工程管理办法; a 纪检监察组 on 文物保护 修复费用; 文物保护 专项资金 挪作他用;
拱北口岸 风险防控; 汕头海关 风险控制; a 口岸平安创建工作方案) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 隽 and 禤 with rare given names); every unit is a body of 额济纳旗.

Run ``python tests/published/score.py --set batch617`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``P1/P2/P3`` are the levels 1/2/3 by the ``注：`` line; the 注 line and the
  编制/审核 line are no points; ``办公室领导`` (a 科室 cell) is the 科室 of the 主任 and 副主任;
- ``局领导``, ``站领导``, ``馆领导``, ``中心领导``, ``大队领导`` are the 科室 of those leaders; the bureau's
  sheet ``局领导`` (no 科室 column) and the cards' leaders have no 科室;
- 局长, 副局长, 主任, 副主任 (of the 口岸办 and the 中心), 站长, 馆长, 所长, 副所长, 大队长 are leaders;
  股长, 科长, 中队长 and the 保管部's 主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; the 景区管理局's list names no person: its forms are
  posts (对岗不对人);
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

PREFIX = "b617_"
PLACE = "额济纳旗"
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

PRIORITY = {"P1": 1, "P2": 2, "P3": 3}


def ejina_port_office_priorities() -> dict:
    unit = f"{PLACE}口岸管理办公室"
    sh = _Sheet("风险清单", [6, 12, 10, 10, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及处置优先级清单", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "处置优先级", "防控措施")
    rows = [
        ("办公室领导", "主任", "隽曦沅", "leader", [
            ("口岸基础设施建设项目插手干预招投标", "P1", "项目一律进入盟公共资源交易中心，主任不参与评标。"),
            ("口岸运行经费分配个人说了算", "P1", "经费分配方案经主任办公会集体研究。"),
        ]),
        ("办公室领导", "副主任", "禤翊澂", "leader", [
            ("过货企业通关协调中优亲厚友、收受好处", "P1", "协调事项登记备案，结果向企业公开。"),
            ("边民互市贸易点经营户资格审核打招呼", "P2", "资格审核结果公示，接受边民监督。"),
        ]),
        ("口岸综合科", "科长", "隽岷翾", "middle", [
            ("口岸通关数据统计弄虚作假", "P2", "数据与海关、边检数据每月核对。"),
            ("查验场地使用费减免审核不严", "P1", "减免事项经集体研究，减免名单公示。"),
        ]),
        ("口岸综合科", "科员", "禤沄琰", "general", [
            ("接受过货企业宴请、礼品", "P3", "签订廉洁承诺书，节前廉洁提醒。"),
            ("口岸车辆通行证件违规办理", "P2", "证件办理凭材料审核，办理台账存档。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], PRIORITY[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：处置优先级分三档：P1为最优先处置（高风险），P2为优先处置（中风险），P3为常规处置（低风险）。",
        7,
    )
    sh.add("编制：口岸综合科", None, None, "审核：", None, "主任（签字）：", None)
    return _layout(
        "ejina_port_office_priorities", "https://www.renrendoc.com/paper/507449979.html",
        "(harder) 旗口岸管理办公室 岗位廉政风险点及处置优先级清单, after the source's 口岸平安创建工作方案 (跨境贸易便利化, "
        "跨部门协作, 风险识别, 风险等级评估): a title, a 填报单位 line, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/``处置优先级`` written ``P1/P2/P3``/防控措施; NO 风险等级 column: the level stands only in the "
        "priority column, read by a ``注：`` line below the table (P1 高风险, P2 中风险, P3 低风险); no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ejina_culture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化旅游体育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隽璟岚", "局长", "主持全面工作", [
            ("旅游发展专项资金安排不经党组会研究", "一级", "专项资金安排经局党组会集体研究，结果公开。"),
            ("景区经营权转让、合作开发中插手干预", "一级", "合作开发事项报旗政府审定，全程留痕。"),
        ]),
        ("禤沛珩", "副局长", "分管旅游市场、体育", [
            ("A级景区评定推荐中打招呼、说情", "一级", "评定推荐按标准量化打分，结果公示。"),
            ("节庆活动承办单位选定不公开", "二级", "承办单位公开比选，比选结果公示。"),
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
        ("旅游市场股", "股长", "隽湉珂", "middle", "旅行社质量保证金退还审核把关不严", "一级",
         "保证金退还经股室初审、分管领导审核。"),
        ("旅游市场股", "股长", "隽湉珂", "middle", "景区门票价格备案审核不严", "二级", "门票价格备案材料双人审核。"),
        ("旅游市场股", "股员", "禤昕琤", "general", "导游证年审走过场", "三级", "年审材料登记存档，随机抽查。"),
        ("财务股", "股长", "隽屿泠", "middle", "文化惠民资金拨付不按进度", "一级", "资金拨付与项目进度挂钩，按月公示。"),
        ("财务股", "会计", "禤澈滢", "general", "报账票据审核不严，虚列支出", "二级", "报账单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "ejina_culture_bureau_two_sheets", "https://freewechat.com/a/MTY0MjI1ODIwMQ==/2650756859/1",
        "旗文化旅游体育局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 额济纳 胡杨林旅游区 通报批评 and "
        "居延海景区 纸质门票 处罚 (文旅部门备案, 门票式样审核, 旅游市场检查): sheet 局领导 with 姓名/职务/分管工作 merged "
        "per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def ejina_huyang_scenic_posts() -> dict:
    unit = f"{PLACE}胡杨林景区管理局"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "摆渡车运营委托", "摆渡车运营单位指定，收受好处", "制度机制风险", "高",
         "运营单位公开招标，合同经集体研究。"),
        ("票务科", "科长", "middle", "门票核销", "纸质门票私自印制、截留票款", "业务流程风险", "高",
         "全部线上实名预约，票款每日对账。"),
        ("票务科", "科长", "middle", "免票审核", "免票人员资格审核不严，人情放行", "岗位职责风险", "中",
         "免票凭证登记存档，每月抽查。"),
        ("经营管理科", "科长", "middle", "商铺摊位出租", "摊位出租暗箱操作，租金减免随意", "外部环境风险", "中",
         "摊位公开竞租，租金减免集体研究。"),
        ("经营管理科", "管理员", "general", "胡杨林保护巡查", "巡查中发现违规经营不报告", "思想道德风险", "低",
         "巡查记录存档，违规经营问题登记报告。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "ejina_huyang_scenic_posts", "http://oa9158.com/tags/山西省景区门票优惠政策管理办法解读.html",
        "旗胡杨林景区管理局 岗位廉政风险点排查表 对岗不对人, after the source's 景区门票优惠政策管理办法 (门票优惠, 免票对象, "
        "景区管理): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def ejina_relics_station_selfchecks() -> dict:
    unit = f"{PLACE}文物保护站"
    t = _Truth(unit)
    people = [
        ("隽泓翙", "站领导", "站长", "leader", [
            ("文物保护修缮工程设计、施工单位选定不公开", "Ⅰ级", "工程单位按规定公开选定，资质审核存档。", "已落实"),
            ("文物保护专项资金挪作他用", "Ⅰ级", "专项资金专账核算，接受审计。", "未发现问题"),
        ]),
        ("禤溱珝", "业务组", "文物保护员", "general", [
            ("不可移动文物巡查记录不实", "Ⅱ级", "巡查记录附照片定位，每月抽查。", "已落实"),
            ("建设项目文物影响评估中收受好处", "Ⅰ级", "评估意见两人以上共同签署。", "已落实"),
        ]),
        ("隽琮瀞", "业务组", "文物管理员", "general", [
            ("馆藏文物出入库登记不全", "Ⅱ级", "出入库双人登记，定期盘点。", "未发现问题"),
            ("修缮工程验收把关不严", "Ⅲ级", "验收邀请专家参加，验收意见存档。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ejina_relics_station_selfchecks", "https://lanyancloud.com/news/1999582366900838400",
        "旗文物保护站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "文物保护工程管理办法 (设计、施工单位资质, 工程验收, 质量控制): a title, a label row ``姓　名 | 所在组室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def ejina_museum_group_rows() -> dict:
    unit = f"{PLACE}居延文化博物馆"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "禤璇翀", "leader", [
                ("展陈提升项目化整为零规避招标", "一级风险", "项目按限额标准报旗文旅局审批。"),
                ("文创产品开发合作单位选定不经集体研究", "二级风险", "合作单位比选，馆务会集体研究。"),
            ]),
        ]),
        ("二、保管部", "保管部", [
            ("主任", "隽珣淇", "middle", [
                ("藏品征集定价不公，虚报价格", "一级风险", "征集藏品经专家组鉴定评估。"),
            ]),
            ("保管员", "禤湲琛", "general", [
                ("藏品借展手续不全", "二级风险", "借展协议报批，出入库双人核对。"),
                ("库房钥匙管理不严", "三级风险", "钥匙双人分管，出入登记。"),
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
        "ejina_museum_group_rows", "https://fx361.cc/page/2024/1218/24907269.shtml",
        "旗博物馆 廉政风险防控责任清单, after the source's 纪检监察组 on 文物保护 (修复费用, 清单定额, 审计): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、馆领导``, "
        "``二、保管部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def ejina_juyanhai_cards() -> dict:
    unit = f"{PLACE}居延海景区管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "隽瑢翮", "所长", "主持全面工作", "leader", [
            ("门票式样印制不报备，私设纸质门票", "★★★", "门票全部线上销售，式样报旗文旅局备案。"),
            ("景区维修项目不按程序发包", "★★★", "维修项目集体研究，按限额比选。"),
            ("接受经营户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副所长", "禤珂翯", "副所长", "分管经营、安全", "leader", [
            ("观鸟平台经营承包违规发包", "★★", "承包经营公开招租，合同公示。"),
            ("游客投诉处理偏袒经营户", "★★", "投诉处理登记，结果回访。"),
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
        "ejina_juyanhai_cards", "http://www.phoer.net/thread-671112-1-120.html",
        "旗景区管理所 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 文物保护 专项资金 挪作他用 "
        "(消防工程, 修缮工程, 资金下拨): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def ejina_sports_center_list() -> dict:
    unit = f"{PLACE}体育运动中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "禤昶瑜", "leader", "赛事承办经费使用不公开", "制度机制", "高风险",
         "赛事经费预算经集体研究，决算公示。"),
        ("中心领导", "主任", "禤昶瑜", "leader", "体育场馆免费开放补助资金虚报", "岗位职责", "中风险",
         "开放人次系统统计，补助资金按实申报。"),
        ("训练科", "科长", "隽珮潆", "middle", "运动员选拔推荐优亲厚友", "业务流程", "中风险",
         "选拔成绩公开，推荐名单公示。"),
        ("场馆科", "科长", "禤瑷淓", "middle", "场馆对外出租收费不入账", "外部环境", "高风险",
         "出租收入统一缴入中心账户，开具票据。"),
        ("场馆科", "管理员", "隽涴玹", "general", "健身器材采购验收不严", "思想道德", "低风险",
         "器材验收双人签字，资产登记入账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "ejina_sports_center_list", "https://www.hkyyi.com/html/gong-bei-kou-an-jie-mi-feng-xian-fang-kong-gong-lve-an-quan-tong-xing-wu-you.html",
        "旗体育运动中心 岗位廉政风险防控一览表, after the source's 口岸 风险防控 (人流量, 查验通道, 设施管理) read for a "
        "public venue's 场馆 and 开放: ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def ejina_culture_law_team_register() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "隽翾澍", "leader", [
            ("景区违规售票案件处罚裁量畸轻畸重", "制度机制", "一级", "严格执行裁量基准，案件集体审议。"),
            ("对执法对象说情打招呼", "思想道德", "二级", "说情打招呼事项登记报告。"),
        ]),
        ("执法一中队", "中队长", "禤潇珺", "middle", [
            ("旅游市场检查选择性执法", "岗位职责", "二级", "检查对象双随机抽取，结果公开。"),
        ]),
        ("执法一中队", "执法队员", "隽淏瑭", "general", [
            ("检查中接受经营户宴请", "外部环境", "一级", "执法全程记录，两人以上执法。"),
            ("罚没物品登记保管不规范", "业务流程", "三级", "罚没物品登记造册，定期移交。"),
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
        "ejina_culture_law_team_register", "https://bkwk.cn/article/jmsthgjmfxkzjdzhfx-a16947446.html",
        "旗文化市场综合行政执法大队 廉政风险点排查登记表, after the source's 海关 风险控制 (风险监测, 查验, 风险应对): a "
        "title, 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ejina_port_office_priorities(),
    ejina_culture_bureau_two_sheets(),
    ejina_huyang_scenic_posts(),
    ejina_relics_station_selfchecks(),
    ejina_museum_group_rows(),
    ejina_juyanhai_cards(),
    ejina_sports_center_list(),
    ejina_culture_law_team_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch617-inbox"))

"""The nine-hundred-and-seventy-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政府工作部门,
闽清县 (福州市, 福建省) — its 住房和城乡建设局, 卫生健康局, 文体和旅游局, 市场监督管理局, 交通运输局,
人力资源和社会保障局, 水利局 and 统计局 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 卫生健康局's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低 and
  a ``注：`` line;
- the 文体和旅游局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 市场监督管理局's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and a merged 岗位职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 交通运输局's 清单 under GROUP ROWS ``一、局领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 人力资源和社会保障局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 职　务 | 自查时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查情况``, no type column;
- the 水利局's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``, short
  types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 统计局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY row, short
  types, ``一级/二级/三级``.

One is harder:

- ``minqing_housing_actual_posts``: the 住房和城乡建设局's 岗位廉政风险防控一览表, an ordinary list whose
  holders are named once each (``姓名`` merged per person) but whose post is written TWICE: the post
  of the establishment (``编制股室 | 编制岗位``) and the post the person actually holds (``实际股室 |
  实际岗位``), because several staff are lent from one 股室 to another (a 城市建设股 科员 working as
  the 办公室's 文秘, a 房地产管理股 科员 in the 建筑市场监管股 …); the risk points are those of the post
  actually held; where the person works in his post of the establishment the actual cells are
  blank (the whole pair, or only the 股室 where he moved within his own 股室), and a ``注：`` line
  says so. Bureaus short of hands lend staff between their parts and write both posts into the
  list they hand in. The README's 读得懂的表 and docs/layouts.md know a 岗位 cell with a move
  written inside it (``统计员→副股长``, ``会计（原出纳）``), a 轮岗 register of ``原岗位 | 现岗位`` under
  a list naming no one, a roster whose ``在岗情况`` says who is lent out, and a profile's ``现任``;
  they do not describe a list naming its holders with TWO POST COLUMNS, one of the establishment
  and one of the post actually held, the second to be taken and the first set aside (falling back
  to it row by row where the actual cell is blank).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (违规借调 and the "借而不调" of
staff; a 县卫健委's duties — 疾病预防控制, 卫生监督, 医疗救治; a 县文广新旅局's year of 公共文化服务 and
党风廉政建设; a 县市场监管局's duties — 价格监管, 食品安全, 特种设备; a 公路局's 养护 and 路政; a 县人社局's
治理欠薪 冬季行动; a 农业水利站站长's duties and challenges; 经济普查 数据造假 in two counties) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare compound surnames 北堂 and 叔孙 with rare given names); every
unit is a body of 闽清县.

Run ``python tests/published/score.py --set batch978`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each form's 科室 and post are the ACTUAL ones (``实际股室``, ``实际岗位``), each
  falling back to the establishment's (``编制股室``, ``编制岗位``) where its actual cell is blank;
  the establishment's post of a person lent elsewhere is no form and no 科室 of his; his tier is
  that of the post he actually holds;
- ``局领导`` (a 股室 or 科室 cell, a group row, a 所在股室 value) is the 科室 of those leaders, and no
  科室 on the sheet ``局领导``; a 局's 股, 室, 站 and 所 are 科室;
- the 局 are units of their own: 局长, 副局长 and 党组书记 are leaders; 股长, 办公室主任, 站长 and 所长
  middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``自查情况`` and
  ``自查时间`` are no points and name no holder; the 水利局's list names no person: its forms are
  posts;
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

PREFIX = "b978_"
PLACE = "闽清县"
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

# (姓名, 编制股室, 编制岗位, 实际股室, 实际岗位, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)]);
# a None actual cell: the person works where the establishment puts him
ACTUAL = [
    ("北堂翙澄", "局领导", "局长", None, None, "leader", [
        ("重大建设项目、大额资金使用不经党组会集体研究", "制度机制", "高",
         "严格执行“三重一大”集体决策，会议纪要存档备查。"),
        ("插手干预工程招标投标、指定施工单位", "思想道德", "高",
         "领导干部插手干预工程建设登记报告，纪检全程监督。"),
    ]),
    ("叔孙湛", "城市建设股", "科员", "办公室", "文秘", "general", [
        ("公务接待超标准、虚列接待费用", "业务流程", "中", "接待实行公函制度，清单与发票逐项核对。"),
        ("印章使用登记不全，违规用印", "岗位职责", "低", "用印一事一登记，经分管领导审签。"),
    ]),
    ("北堂琰", "村镇建设股", "股长", None, None, "middle", [
        ("农村危房改造对象认定把关不严、优亲厚友", "岗位职责", "高", "对象认定实行村评议、镇审核、县复核，结果公示。"),
        ("危房改造补助资金拨付不按验收结果", "业务流程", "中", "补助资金凭验收单拨付，直补到户。"),
    ]),
    ("叔孙玥霏", "房地产管理股", "科员", "建筑市场监管股", "市场监管员", "general", [
        ("建筑市场执法检查中接受施工企业宴请", "外部环境", "高", "执法检查两人以上，执行廉洁纪律“八不准”。"),
        ("对违法分包、转包行为查处避重就轻", "岗位职责", "中", "处罚案件集体讨论，处罚结果网上公示。"),
    ]),
    ("北堂霂", "建设工程质量安全监督站", "监督员", "行政审批股", "审批员", "general", [
        ("施工许可申报材料审查不严，为不符合条件的项目办证", "岗位职责", "高",
         "实行初审、复审两级审核，办理结果公开。"),
        ("故意拖延办理、吃拿卡要", "思想道德", "中", "办理时限公开，超时自动预警。"),
    ]),
    ("叔孙澍", "住房保障股", "科员", None, "保障房审核员", "general", [
        ("保障性住房申请家庭收入、住房状况审核不实", "岗位职责", "高", "部门信息联审，审核结果公示十五天。"),
        ("公租房配租摇号暗箱操作", "制度机制", "中", "配租摇号全程录像，公证人员现场监督。"),
    ]),
]  # fmt: skip


def minqing_housing_actual_posts() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 10, 16, 10, 16, 12, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    sh.add("序号", "姓名", "编制股室", "编制岗位", "实际股室", "实际岗位", "廉政风险点", "风险类型",
           "风险等级", "防控措施")  # fmt: skip
    first = len(sh.rows)
    n = 0
    for who, dept, post, real_dept, real_post, tier, points in ACTUAL:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, who, dept, post, real_dept, real_post, point, typ, lv, measures)
            t.point(sh.name, real_dept or dept, real_post or post, who, tier, point,
                    types_in(typ), HML[lv])  # fmt: skip
    person = lambda row: row[1]  # noqa: E731
    _merge_down(sh, first, [(c, person) for c in (1, 2, 3, 4, 5)])
    _line(
        sh,
        "注：借用到其他股室工作的人员按实际股室、实际岗位查找风险点；“实际股室”“实际岗位”空白的，"
        "与编制股室、编制岗位相同。",
        10,
    )
    sh.add("填表：办公室", None, None, "审核：", None, None, None, None, "2025年4月", None)
    return _layout(
        "minqing_housing_actual_posts", "http://m.handmsg.com/page/2022/0806/10654940.shtml",
        "(harder) 县住房和城乡建设局 岗位廉政风险防控一览表, after the source's account of 违规借调 (借而不调, "
        "staff lent to other bodies and parts for years, their posts on paper and in fact apart): a "
        "title, 序号/姓名 merged per person/``编制股室 | 编制岗位`` (the post of the establishment)/``实际股室 | "
        "实际岗位`` (the post actually held, blank where the same; the 股室 alone blank for a move within "
        "one 股室)/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line saying the points "
        "are the actual post's",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def minqing_health_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "叔孙翎", "leader", "医疗卫生项目资金分配个人说了算", "制度机制风险", "高",
         "资金分配经党组会集体研究，分配结果公示。"),
        ("局领导", "局长", "叔孙翎", "leader", "医疗设备采购中为供应商打招呼", "思想道德风险", "高",
         "采购项目公开招标，领导干部插手干预登记报告。"),
        ("医政医管股", "股长", "北堂泷", "middle", "医疗机构校验、评审打人情分", "岗位职责风险", "中",
         "校验结果集体评议，结果网上公开。"),
        ("医政医管股", "股长", "北堂泷", "middle", "医疗纠纷调处偏袒一方", "外部环境风险", "低",
         "纠纷调处两人以上，调处记录存档。"),
        ("综合监督股", "卫生监督员", "叔孙岑", "general", "卫生监督检查中收受被检查单位财物", "外部环境风险", "高",
         "检查两人以上，执法全过程记录。"),
        ("综合监督股", "卫生监督员", "叔孙岑", "general", "对无证行医查处不力、以罚代管", "业务流程风险", "中",
         "处罚案件法制审核，结果公示。"),
        ("基层卫生股", "科员", "北堂璠", "general", "基本公共卫生服务项目考核数据失真", "业务流程风险", "中",
         "考核现场抽查核实，与系统数据比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "minqing_health_list",
        "https://www.paxyq.com/t/jie-mi-xian-wei-jian-wei-shou-hu-jian-kang-hu-hang-min-sheng-de-guan-jian-bu-men-zhi-ze-quan-jie-xi.html",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's account of a 县卫健委's duties (疾病预防控制, 卫生监督, "
        "医疗救治, 医疗机构监督管理): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def minqing_culture_two_sheets() -> dict:
    unit = f"{PLACE}文体和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 11, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("北堂峤", "局长", "主持全面工作", [
            ("文化惠民项目资金分配不经集体研究", "一级", "项目资金分配经党组会研究并公示。"),
            ("文艺演出、体育赛事承办单位由个人指定", "一级", "承办单位公开比选，纪检全程监督。"),
        ]),
        ("叔孙珞", "副局长", "分管文化市场、旅游行业管理", [
            ("文化市场执法检查中说情打招呼", "二级", "执法检查随机抽取人员和对象。"),
            ("旅游星级评定中收受企业好处", "二级", "评定专家库抽取，结果公示。"),
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
    dept = _Sheet("股室", [6, 14, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("公共文化股", "股长", "北堂晗", "middle", "农家书屋图书采购以次充好", "一级", "采购统一招标，到货验收两人签字。"),
        ("公共文化股", "股长", "北堂晗", "middle", "送戏下乡场次虚报补贴", "二级", "演出场次影像留存，补贴按实结算。"),
        ("文物保护股", "科员", "叔孙晔", "general", "文物保护工程验收走过场", "二级", "验收邀请专家参加，资料存档。"),
        ("体育股", "干事", "北堂骞", "general", "全民健身器材分配优亲厚友", "三级", "分配方案公示，接受群众监督。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "minqing_culture_two_sheets", "https://777doc.com/doc-9823766.html",
        "县文体和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's report of a 县文化和旅游局's half year "
        "(公共文化设施, 文化活动, 文旅产业, 非遗保护): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no "
        "type column",
        [lead, dept], t,
    )  # fmt: skip


def minqing_market_cards() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    cards = [
        ("局长", "叔孙漪", "局长", "主持局全面工作", "leader", [
            ("行政处罚案件处理结果个人拍板", "★★★", "重大案件经案审委员会集体审议。"),
            ("市场主体监管中为企业说情", "★★★", "领导干部插手干预登记报告，定期通报。"),
        ]),
        ("副局长", "北堂昶", "副局长", "分管食品安全、特种设备安全监管", "leader", [
            ("食品生产许可现场核查放宽标准", "★★", "核查组两人以上，核查结果复核。"),
            ("特种设备事故调查中瞒报、降格处理", "★★", "事故调查报告经局务会审定。"),
        ]),
        ("价格监督检查员", "叔孙璨", "价格监督检查员", "价格监督检查和反不正当竞争执法", "general", [
            ("价格违法案件查处中收受好处、减免罚款", "★★", "罚款按裁量基准执行，法制审核。"),
            ("举报线索登记不全、压案不办", "★", "举报线索统一登记，限时办结。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "minqing_market_cards",
        "https://www.paxyq.com/t/jie-mi-xian-shi-chang-jian-guan-ju-shou-hu-shi-chang-zhi-xu-bao-zhang-min-sheng-an-quan-de-zhi-ze-sh.html",
        "县市场监督管理局 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's account "
        "of a 县市场监管局's duties (价格监管, 商标广告, 食品药品安全, 特种设备, 反不正当竞争): a title, ``姓　名 | … | "
        "职　务 | …`` and a merged 岗位职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line "
        "and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def minqing_transport_group_rows() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "北堂瀚", "leader", [
                ("农村公路建设项目招标中打招呼、定中标人", "一级风险", "招标全流程进入公共资源交易平台。"),
                ("公路养护资金安排个人说了算", "一级风险", "养护资金计划经党组会研究。"),
            ]),
        ]),
        ("二、公路股", "公路股", [
            ("股长", "叔孙祎", "middle", [
                ("公路养护工程计量签证虚增工程量", "一级风险", "计量实行监理、业主、施工三方签认。"),
                ("交工验收把关不严", "二级风险", "验收邀请第三方检测机构参加。"),
            ]),
            ("科员", "北堂琮", "general", [
                ("养护巡查记录弄虚作假", "三级风险", "巡查定位打卡，记录每月抽查。"),
            ]),
        ]),
        ("三、运输管理股", "运输管理股", [
            ("路政员", "叔孙昉", "general", [
                ("超限超载车辆查处中以罚代管、收受好处", "二级风险", "执法全程记录仪，罚没款票款分离。"),
                ("道路运输经营许可资料审核不严", "二级风险", "许可材料两人审核，结果网上公开。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "minqing_transport_group_rows", "https://drbdp.com/4-9117638.html",
        "县交通运输局 廉政风险防控责任清单 under GROUP ROWS, after the source's account of a 县级公路局 (公路养护, 路政执法, "
        "工程建设, 养护资金): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group "
        "rows ``一、局领导``, ``二、公路股``, ``三、运输管理股`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def minqing_hrss_selfchecks() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    people = [
        ("北堂洵", "局领导", "副局长", "leader", [
            ("根治欠薪案件处理中偏袒欠薪企业", "Ⅰ级", "欠薪案件集体研究，处理结果报治欠办。", "已落实"),
            ("农民工工资保证金返还审批把关不严", "Ⅱ级", "保证金返还核查项目无欠薪后审批。", "已落实"),
        ]),
        ("叔孙熠", "劳动保障监察股", "股长", "middle", [
            ("劳动保障监察执法中收受用人单位礼品", "Ⅰ级", "执法两人以上，签订廉洁承诺书。", "未发现问题"),
        ]),
        ("北堂鹄", "就业股", "科员", "general", [
            ("就业补贴申报材料审核不严，虚报冒领", "Ⅱ级", "补贴名单公示，资金直达个人账户。", "已落实"),
            ("公益性岗位人员安置优亲厚友", "Ⅲ级", "安置对象公开遴选，结果公示。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "股室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "minqing_hrss_selfchecks", "http://www.longxian.gov.cn/art/2024/11/21/art_4228_1806638.html",
        "县人力资源和社会保障局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "report of a 县人社局's 治理欠薪冬季行动 (工程建设领域, 农民工工资支付条例, 属地管理和监管责任): a title, a label "
        "row ``姓　名 | 所在股室 | 职　务 | 自查时间`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/``自查情况``; no type column; ``本人签名： | 股室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def minqing_water_posts() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("排查表", [6, 12, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "middle", "水利工程验收", "小型水利工程验收不到现场，签字放行", "岗位职责", "高风险",
         "验收现场拍照留痕，验收组三人以上。"),
        ("站长", "middle", "灌溉用水调度", "灌溉用水调度中为关系户优先放水", "思想道德", "中风险",
         "用水计划公示，调度记录存档。"),
        ("水利员", "general", "水库巡查", "小型水库巡查记录造假、险情不报", "业务流程", "高风险",
         "巡查定位打卡，汛期日报。"),
        ("水利员", "general", "设施维修", "渠道、泵站维修虚报材料和工时", "业务流程", "中风险",
         "维修凭验收单结算，材料出入库登记。"),
        ("水利员", "general", "纠纷调处", "用水纠纷调处中收受当事人好处", "外部环境", "低风险",
         "调处两人以上，结果签字确认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：工程管理股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "minqing_water_posts",
        "https://www.08gf.com/news/jie-mi-nong-ye-shui-li-zhan-zhan-zhang-jie-mi-shui-li-zhan-zhan-zhang-ji-bie-bei-hou-de-zhi-ze-yu-ti.html",
        "县水利局 岗位廉政风险点排查表 对岗不对人, after the source's account of a 农业水利站站长's duties and challenges "
        "(水资源管理, 灌溉调度, 水利工程建设与维护, 灾害防治): a title, 序号/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def minqing_statistics_list() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局长", "叔孙淏", "leader", "授意、指使企业按指定数据填报统计报表", "思想道德", "一级",
         "统计数据质量终身负责制，干预统计登记报告。"),
        ("局长", "叔孙淏", "leader", "统计执法检查结果处理降格", "制度机制", "二级",
         "执法检查结果经局务会研究，报上级统计局备案。"),
        ("副局长", "北堂沄", "leader", "经济普查经费使用不规范", "业务流程", "一级",
         "普查经费专账核算，支出经集体审批。"),
        ("统计员", "叔孙瑄", "general", "代填代报企业统计数据", "岗位职责", "二级",
         "联网直报由企业自行报送，数据逐项核查。"),
        ("统计员", "叔孙瑄", "general", "统计调查对象名录库维护不实", "外部环境", "三级",
         "名录库每季度与市场监管数据比对。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "minqing_statistics_list", "https://pttnews.cc/162bdcc1fa",
        "县统计局 岗位廉政风险防控一览表, after the source's report of 经济普查数据严重失实 in two counties (指使、授意企业按 "
        "指定数据填报, 代填代报, 阻碍统计执法监督检查): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a "
        "填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    minqing_housing_actual_posts(),
    minqing_health_list(),
    minqing_culture_two_sheets(),
    minqing_market_cards(),
    minqing_transport_group_rows(),
    minqing_hrss_selfchecks(),
    minqing_water_posts(),
    minqing_statistics_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch978-inbox"))

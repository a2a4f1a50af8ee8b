"""The eight-hundred-and-sixty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 医保 and
药材 bodies, 靖州苗族侗族自治县 (of 怀化市, 湖南省) — its 医疗保障局, 医疗保险服务中心, 茯苓产业发展中心,
中医医院, 药品耗材采购监管办公室, 中药材产业发展办公室 and two 乡镇医保经办站 (甘棠镇, 藕团乡) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 医疗保障局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 茯苓产业发展中心's 防控卡, one sheet a person: ``姓　名 | … | 岗　位 | …`` and a ``所在科室`` line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 中医医院's 责任清单 under GROUP ROWS ``一、医院领导`` … merged across (no 科室 column), ``岗位 |
  姓名`` merged per person, ``风险类型`` (``…风险``), ``一级风险/二级风险/三级风险``;
- the 药品耗材采购监管办公室's 排查表 对岗不对人 under ``附件3``: ``科室`` and ``岗位`` merged, a short
  ``风险点`` beside a long ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 甘棠镇医保经办站's 自查表 under a 填报单位 line: ``岗位 | 姓名`` on EVERY row, short types,
  ``高风险/中风险/低风险``, ``自查情况``, a sign-off line;
- the 中药材产业发展办公室's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``一级/二级/三级``, no type column, a ``注：`` line and a sign-off line;
- the 藕团乡医保经办站's 排查登记表: ``岗位 | 姓名`` merged per person (no 科室), ``风险类别`` (short
  names), 高/中/低, a ``注：`` line.

One is harder:

- ``jingzhou_insurance_service_roster_status``: the 医疗保险服务中心's 岗位廉政风险点清单 names NO
  person (``序号 | 股室 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``); its holders stand only in a second
  sheet ``人员名单`` (``序号 | 姓名 | 股室 | 岗位 | 在岗情况``), where a post may list two or three people
  and the ``在岗情况`` column says who really holds it: ``在岗``, ``在岗（县中医医院借调）`` (lent IN: a
  holder), ``借调县医疗保障局`` (lent OUT: no holder), ``长期病休`` (no holder), with a ``注：`` line saying
  that staff lent to other units or on long sick leave bear none of the centre's points. The
  README's 读得懂的表 knows a post-only list filled from a staff roster (``序号 | 姓名 | 科室 | 职务``),
  a roster with ``兼`` posts, a roster folded across, a 轮岗交流 table of moves, a vacant post's
  ``空缺（由…代管）``, a retired-but-rehired ``退休返聘``; it does not describe a roster whose status
  column takes some of a post's listed staff out of it (or keeps a borrowed one in).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a note on 医保支付资格 记分 for
医保医师 and 执业药师; a survey of a county's 茯苓 industry — 菌种, 产业园, 加工交易中心, 集散地; news of
医药回扣 — 心脏支架, 中药配方颗粒 返点, 集采; the same news in traditional characters; a 区 医保
基金 检查稽核 plan — 假病人 假病情 假票据, 分解住院, 串换项目; a 中药材 industry plan — 基地, 种苗 补贴,
收购托底; a county 医保局's 控费 setback — 打击欺诈骗保, 协议管理; a 医保基金 自查 plan — 基金筹集、
拨付、稽核, 内控制度) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 储 and 邝 with rare
given names); every unit is a body of 靖州苗族侗族自治县.

Run ``python tests/published/score.py --set batch864`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each post's holders are the 人员名单 rows of that 股室 and 岗位 whose
  ``在岗情况`` keeps them in the post (``在岗``, ``在岗（…借调）``); ``借调…`` (lent out) and ``长期病休``
  rows hold nothing (the ``注：`` line says so); two 在岗 稽核员 are two forms, each with all the
  稽核员 rows; the roster itself is no point;
- the 局领导 sheet and the two 经办站 name no 科室 (their forms have none); ``中心领导``, ``办领导`` (a 股室
  or 科室 cell, a card's 所在科室 line) and the group row ``一、医院领导`` are the 科室 of those leaders; a
  局's 股, a 医院's 科 and 办, a 中心's 股 and an 办's 科 are 科室;
- 局长, 副局长, 主任/副主任 of a 中心 or 办, 院长, 副院长, 站长 are leaders; 股长, 科长, 部长, 科主任 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` are no points and name no
  holder; the 采购监管办's list names no person (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and
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

PREFIX = "b864_"
PLACE = "靖州苗族侗族自治县"
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

# (股室, 岗位, tier, [(廉政风险点, 风险等级, 防控措施)])
SERVICE_POSTS = [
    ("中心领导", "主任", "leader", [
        ("医保基金拨付审批把关不严，违规签批大额费用", "一级", "大额拨付经中心主任办公会集体研究，留存会议记录。"),
        ("定点医药机构协议考核打招呼、降低考核标准", "一级", "协议考核结果经县医疗保障局复核后公示。"),
    ]),
    ("中心领导", "副主任", "leader", [
        ("分管经办业务时默许违规办理待遇", "二级", "经办业务实行初审、复核两级，每月抽查。"),
    ]),
    ("稽核股", "股长", "middle", [
        ("稽核线索选择性处理，对熟人机构查处从轻", "一级", "稽核线索登记编号，处理结果集体审定。"),
    ]),
    ("稽核股", "稽核员", "general", [
        ("现场稽核时接受定点机构宴请、礼品", "二级", "现场稽核两人以上同行，签订廉洁承诺。"),
        ("对分解住院、串换项目等疑点数据核查走过场", "一级", "疑点数据逐条核查，核查记录存档备查。"),
    ]),
    ("待遇审核股", "审核员", "general", [
        ("异地就医、门诊慢特病待遇审核把关不严", "二级", "审核材料双人复核，系统留痕。"),
        ("为亲友违规办理医保待遇", "二级", "经办人员亲属业务回避，定期比对。"),
    ]),
    ("基金结算股", "会计", "general", [
        ("医保基金结算数据与银行对账不及时", "三级", "基金收支每月对账，差异当月查清。"),
    ]),
]  # fmt: skip

# (姓名, 股室, 岗位, 在岗情况, holds the post)
SERVICE_STAFF = [
    ("储翾澄", "中心领导", "主任", "在岗", True),
    ("邝暄棪", "中心领导", "副主任", "在岗", True),
    ("储栩淼", "稽核股", "股长", "在岗", True),
    ("邝朏琰", "稽核股", "稽核员", "在岗", True),
    ("储璟渼", "稽核股", "稽核员", "借调县医疗保障局", False),
    ("邝湉燊", "稽核股", "稽核员", "在岗（县中医医院借调）", True),
    ("储琬濛", "待遇审核股", "审核员", "在岗", True),
    ("邝浛翙", "待遇审核股", "审核员", "长期病休", False),
    ("储珣岫", "基金结算股", "会计", "在岗", True),
]  # fmt: skip


def jingzhou_insurance_service_roster_status() -> dict:
    unit = f"{PLACE}医疗保险服务中心"
    t = _Truth(unit)
    sh = _Sheet("风险点清单", [6, 12, 10, 40, 9, 36])
    _line(sh, f"{unit}岗位廉政风险点清单", 6)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, _tier, points in SERVICE_POSTS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, "2025年6月", None)
    roster = _Sheet("人员名单", [6, 10, 12, 10, 26])
    _line(roster, f"{unit}在编在岗人员名单", 5)
    roster.add("序号", "姓名", "股室", "岗位", "在岗情况")
    for i, (who, dept, post, status, _holds) in enumerate(SERVICE_STAFF, 1):
        roster.add(i, who, dept, post, status)
    _line(
        roster,
        "注：借调外单位、长期病休人员不承担本中心岗位廉政风险点，其岗位风险点由该岗位在岗人员承担。",
        5,
    )
    # the truth one form a holder, in the roster's order
    for who, dept, post, _status, holds in SERVICE_STAFF:
        if not holds:
            continue
        ((tier, points),) = [(tr, p) for d, ps, tr, p in SERVICE_POSTS if (d, ps) == (dept, post)]
        for point, lv, _measures in points:
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "jingzhou_insurance_service_roster_status", "https://max.book118.com/html/2026/0127/8060035025010041.shtm",
        "(harder) 县医疗保险服务中心 岗位廉政风险点清单, after the source's 基本医疗保险基金 自查工作方案 (基金筹集、拨付、使用, "
        "稽核, 内控制度, 经办): sheet 风险点清单 names NO person (序号/股室 merged/岗位 merged/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施, no type column); sheet 人员名单 ``序号 | 姓名 | 股室 | 岗位 | 在岗情况`` lists the "
        "staff, two or three to a post, with ``在岗``, ``在岗（县中医医院借调）``, ``借调县医疗保障局``, ``长期病休``, and a "
        "``注：`` line: staff lent out or on long sick leave bear none of the points — so a post's holders are only its "
        "在岗 staff (two 稽核员 of three, one 审核员 of two)",
        [sh, roster], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingzhou_healthcare_bureau_two_sheets() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邝翀珝", "局长", "主持全面工作", [
            ("定点医药机构准入评估中干预评估结果", "高", "准入评估由第三方和专家组实施，结果局党组会研究。"),
            ("医保基金监管行政处罚案件说情打招呼", "高", "处罚案件集体审议，干预过问登记报告。"),
        ]),
        ("储曦翯", "副局长", "分管基金监管、医药价格", [
            ("医保医师、执业药师支付资格记分从轻", "中", "记分标准公开，记分结果经股室会审。"),
            ("医疗服务价格项目审核把关不严", "中", "价格项目对照省目录逐项审核，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("基金监管股", "股长", "邝岑珧", "middle", "飞行检查、专项检查前泄露检查安排", "高", "检查对象随机抽取，检查人员临时组队。"),
        ("基金监管股", "股长", "邝岑珧", "middle", "对欺诈骗保线索不移交、不立案", "高", "线索台账专人管理，定期向局党组报告。"),
        ("基金监管股", "股员", "储湛翊", "general", "违规暂停或恢复医保医师支付资格", "中", "资格变更两人审核，系统留痕。"),
        ("医药服务管理股", "股长", "邝淏璘", "middle", "药品挂网、价格调整中收受企业好处", "中", "价格调整依据上级文件，调整记录存档。"),
        ("医药服务管理股", "股员", "储芃岚", "general", "集采药品使用量考核数据核对不实", "低", "考核数据与平台数据逐月比对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jingzhou_healthcare_bureau_two_sheets", "https://chyyyygl.com/yiguangonglue/8609.html",
        "县医疗保障局 廉政风险防控一览表 in TWO SHEETS, after the source's note on 医保支付资格 管理 (医保医师、执业药师 记分, "
        "暂停、终止支付资格, 定点医药机构): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jingzhou_poria_centre_cards() -> dict:
    unit = f"{PLACE}茯苓产业发展中心"
    t = _Truth(unit)
    cards = [
        ("主任", "邝霁琮", "中心领导", "主任", "leader", [
            ("茯苓产业园项目建设招投标中指定施工单位", "★★★", "项目一律进入县公共资源交易中心公开招标。"),
            ("产业扶持资金分配向关系企业倾斜", "★★★", "扶持对象按评分排序，结果公示七日。"),
            ("接受茯苓加工企业宴请、礼金", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("产业股", "储珺翛", "产业发展股", "股长", "middle", [
            ("茯苓菌种补贴对象审核不实、虚报面积", "★★", "补贴面积实地丈量，村组公示。"),
            ("茯苓价格指数信息采集弄虚作假", "★★", "价格信息两人采集、交叉核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "岗　位", post)
        r = sh.add("所在科室", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "jingzhou_poria_centre_cards", "https://laobiganer.com/gongwen/80162.html",
        "县茯苓产业发展中心 岗位廉政风险防控卡, one sheet a person, after the source's 茯苓产业发展情况 调查报告 (菌种, 茯苓科技"
        "产业园, 加工交易中心, 茯苓价格指数, 集散地): a title, ``姓　名 | … | 岗　位 | …`` and a merged 所在科室 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jingzhou_tcm_hospital_group_rows() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、医院领导", "医院领导", [
            ("院长", "邝璆沄", "leader", [
                ("药品耗材遴选进院中收受供应商好处", "制度机制风险", "一级风险", "遴选经药事管理委员会集体票决。"),
                ("院内基建维修项目化整为零规避招标", "制度机制风险", "一级风险", "维修项目按限额标准报批，全程留痕。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("科主任", "储岍霈", "middle", [
                ("中药配方颗粒按开药金额向医生返点", "外部环境风险", "一级风险", "配方颗粒用量异常月度预警，约谈处方医生。"),
            ]),
            ("中药饮片验收员", "邝淯琛", "general", [
                ("中药饮片验收以次充好、数量不符", "岗位职责风险", "二级风险", "饮片验收双人签字，留样备查。"),
                ("饮片库存账实不符", "业务流程风险", "三级风险", "库存每月盘点，账物核对。"),
            ]),
        ]),
        ("三、医保办", "医保办", [
            ("主任", "储晗琇", "middle", [
                ("协助科室串换项目、分解住院套取医保基金", "思想道德风险", "一级风险", "医保结算数据每月自查，违规费用追回。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "jingzhou_tcm_hospital_group_rows", "http://qayy.cn/news.php?action=detail&id=564",
        "县中医医院 廉洁风险防控责任清单, after the source's news of 医药回扣 (心脏支架 回扣, 中药配方颗粒 按开药金额返点, "
        "科室集体分赃, 集采): a title, 序号/岗位/姓名/廉洁风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、医院领导``, ``二、药剂科``, ``三、医保办`` merged across; 岗位 and 姓名 merged per "
        "person",
        [sh], t,
    )  # fmt: skip


def jingzhou_procurement_office_posts() -> dict:
    unit = f"{PLACE}药品耗材采购监管办公室"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "集采落地监督", "对医院未完成集采约定采购量睁一只眼闭一只眼", "Ⅰ级",
         "约定采购量完成情况按月通报，未完成的约谈。"),
        ("办领导", "主任", "leader", "企业约谈", "私下接触医药企业，泄露监测信息", "Ⅰ级", "约谈企业两人以上在场，记录存档。"),
        ("采购监测科", "科长", "middle", "挂网采购监测", "对高值耗材异常采购数据不预警", "Ⅱ级", "异常数据系统自动预警，专人跟踪。"),
        ("采购监测科", "监测员", "general", "回款监测", "医院药款回款超期不报告", "Ⅱ级", "回款情况每月汇总上报。"),
        ("采购监测科", "监测员", "general", "数据报送", "采购数据统计报送弄虚作假", "Ⅲ级", "数据报送双人复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "jingzhou_procurement_office_posts", "http://m.digipub.cc/dy/article/KGTTGJ5D0553Q1S1.html?spss=dy_author",
        "县药品耗材采购监管办公室 岗位廉政风险点排查表 对岗不对人, after the source's news (in traditional characters) of 医药"
        "回扣 and 集采 (高值耗材, 带量采购, 买断处方权): ``附件3``, a title, 序号/科室 merged/岗位 merged per post/a short "
        "风险点/a long 风险表现/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jingzhou_gantang_station_selfcheck() -> dict:
    unit = f"{PLACE}甘棠镇医保经办站"
    sh = _Sheet("自查表", [6, 10, 10, 40, 11, 11, 30, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点自查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施", "自查情况")
    rows = [
        ("站长", "储翃澍", "leader", "为定点卫生院虚构医疗服务、伪造票据提供便利", "外部环境", "高风险",
         "结算单据逐份核对，疑点上报县医保局。", "未发现问题"),
        ("站长", "储翃澍", "leader", "城乡居民医保参保缴费资金截留挪用", "制度机制", "高风险",
         "缴费资金当日缴入财政专户。", "已落实"),
        ("经办员", "邝钰沨", "general", "为冒名就医人员办理报销", "岗位职责", "中风险",
         "报销凭身份证件和电子凭证双核验。", "已落实"),
        ("经办员", "邝钰沨", "general", "医疗救助对象认定把关不严", "业务流程", "中风险",
         "救助对象经村评议、站审核、公示。", "未发现问题"),
        ("经办员", "储沁珝", "general", "慢特病待遇资料受理审核走过场", "业务流程", "低风险",
         "受理材料一次性告知，资料存档。", "已落实"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures, found) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures, found)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "jingzhou_gantang_station_selfcheck", "http://tez.gov.cn/zwgk/zwgkzt/zcjdzl/wzjd/202109/t20210906_1464989.html",
        "镇医保经办站 廉政风险点自查表, after the source's 区 医保基金 检查稽核 plan (假病人、假病情、假票据, 冒名就医, "
        "虚构医药服务, 分解住院): a title, a merged 填报单位/填报时间 line, then 序号/岗位/姓名 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; a 填表人/审核人/站长"
        "（签字） line",
        [sh], t,
    )  # fmt: skip


def jingzhou_herb_office_list() -> dict:
    unit = f"{PLACE}中药材产业发展办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "储霂珵", "leader", [
            ("中药材示范基地认定中优亲厚友", "一级", "基地认定经专家评审、集体研究、公示。"),
            ("中药材收购托底资金拨付不按程序", "一级", "托底资金按收购凭证拨付，财政监督。"),
        ]),
        ("基地建设科", "科长", "邝屾翎", "middle", [
            ("种苗补贴验收把关不严、虚报冒领", "二级", "补贴验收乡镇、村组、农户三方签字。"),
        ]),
        ("基地建设科", "技术员", "储玗澂", "general", [
            ("推荐指定种苗、农资供应商", "二级", "严禁推荐供应商，签订承诺书。"),
            ("技术服务中收取农户好处", "三级", "服务记录由农户签字确认。"),
        ]),
        ("综合科", "会计", "邝琤翡", "general", [
            ("专项资金报账票据审核不严", "二级", "报账单据经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "主任（签字）：", None, "2025年5月")
    return _layout(
        "jingzhou_herb_office_list", "https://m.zyctd.com/zixun/204/11285.html",
        "县中药材产业发展办公室 岗位廉政风险防控一览表, after the source's 中药材 industry plan (示范基地, 种苗补贴, 龙头企业, "
        "收购托底政策): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; a ``注：`` line and an 编制人/审核人/主任（签字）/date line",
        [sh], t,
    )  # fmt: skip


def jingzhou_outuan_station_register() -> dict:
    unit = f"{PLACE}藕团乡医保经办站"
    sh = _Sheet("登记表", [6, 10, 10, 38, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "邝澈岚", "leader", [
            ("对村卫生室违规刷卡问题瞒报不报", "外部环境", "高", "村卫生室结算数据每月抽查，问题如实上报。"),
            ("医保政策宣传经费虚报冒领", "制度机制", "中", "宣传经费凭实物和照片报账。"),
        ]),
        ("经办员", "储昀翾", "general", [
            ("参保信息变更不核实身份", "岗位职责", "中", "变更业务本人办理或凭委托书办理。"),
            ("协议管理中向村卫生室索要好处", "思想道德", "高", "协议管理两人办理，公开举报电话。"),
            ("医保档案资料保管不善、丢失", "业务流程", "低", "档案专柜上锁，借阅登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分高、中、低三级。", 7)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "jingzhou_outuan_station_register", "http://bbs.jhmqc.com/showtopic-13723.aspx",
        "乡医保经办站 廉政风险点排查登记表, after the source's story of a county 医保局's 控费 setback (打击欺诈骗保, 协议管理, "
        "执法决定, 基层医疗机构): a title, 序号/岗位 and 姓名 merged per person (no 科室)/风险点/风险类别 (short names)/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingzhou_insurance_service_roster_status(),
    jingzhou_healthcare_bureau_two_sheets(),
    jingzhou_poria_centre_cards(),
    jingzhou_tcm_hospital_group_rows(),
    jingzhou_procurement_office_posts(),
    jingzhou_gantang_station_selfcheck(),
    jingzhou_herb_office_list(),
    jingzhou_outuan_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch864-inbox"))

"""The two-hundred-and-forty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county, 金川县 — its
局, 委 and 办 (the 教育局, the 卫生健康局, the 林业和草原局, the 县委机构编制委员会办公室), its schools (the
勒乌镇中心小学, the 县中学) and its hospitals (the 人民医院, the 中医医院) each handing back the 一览表,
清单, 排查表, 防控卡 or 自查表 such a body really sends, the rows about 招生, 教辅, 营养餐, 校外培训, 药品
耗材 and 设备 采购, 统方, 供应商代表, 审批, 采伐, 护林员 and 机构编制:

- the 教育局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　…　填报时间：…`` line: 股室 merged (局领导,
  基础教育股, 计划财务股, 校外培训监管股, 人事股), 岗位 and 姓名 merged per person, ``…风险`` types,
  高/中/低, 填表人/审核人/局长签字 below;
- the 人民医院's 科室廉洁风险排查表, one sheet a 科室 (药剂科, 设备科, 总务科): a ``填报科室：…　填报时间：…``
  line, 岗位 and 姓名 merged per person, ``一级/二级/三级``, no type column, an empty ``备注`` column,
  ``科室负责人（签字）：`` and ``年　月　日`` below;
- the 中医医院's 一览表 under group rows ``一、院领导``, ``二、药剂科`` … merged across (no 科室 column), 岗位
  and ``责任人`` merged per person, a short ``风险点`` beside a long ``表现形式``, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by
  a ``注：`` line, no type column;
- the 卫生健康局's 责任清单 对岗不对人: ``业务事项`` first, short types, ``★★★/★★/★`` read by a ``注：`` line,
  and ``责任股室 | 责任岗位`` last (股室 merged), an 编制/审核 line;
- the 县委编办's 防控卡, one sheet a holder: ``持卡人 | … | 所在股室 | … | 职　务 | …`` in one row, a merged
  ``岗位职责`` line, ``…风险`` types, ``高风险/中风险/低风险``, ``监督电话：`` and ``持卡人签字：`` below;
- the 林业和草原局's 排查表 under ``单位（盖章）：…　排查时间：…``: ``股室（站、队）`` merged (局领导, 林政资源股,
  林业工作站, 林业综合行政执法大队), 岗位 and 姓名 merged per person, short types, 高/中/低, a ``备注``
  column saying ``2024年新增`` on two rows, a ``注：`` line;
- the 勒乌镇中心小学's two sheets: ``学校领导`` with 姓名, 职务 and ``分管工作`` merged per leader, and
  ``中层及其他岗位`` with 处室 merged, 岗位, 姓名; ``一级/二级/三级``, no type column.

One is harder:

- ``school_self_check_yes_no``: the 县中学's 教职工廉洁从教风险点自查表, one sheet a person, filled in on a
  LIST THE 教育局 HANDED DOWN: every sheet carries the same ten pre-printed risk points, each with its
  type, its level and its measure already typed in, and the person answers each row in a column
  ``本岗位是否存在`` with ``是`` or ``否``; a ``填表说明：`` line above the table says so. Only the rows
  answered ``是`` are the person's risk points; the rows answered ``否`` are the rest of the list, kept
  on the sheet, every cell of them filled like any risk row. The README's 读得懂的表 knows rows that are
  no points by a mark in their own cells or columns — ``修订情况`` saying ``删除``, ``示例`` in the 序号,
  a row saying only ``无``, ``/`` in a post's column, a ``√`` picking a post, a level or a type — but
  not a pre-printed checklist whose rows are kept or dropped by a 是/否 answer column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区教育局's 派驻纪检监察组 and its
机关科室 — 成职教科, 学生事务部, 校外培训机构管理, 校园食堂服务商评估遴选, 廉政风险排查; a 市人民医院's
耗材供销合同面签会 — 廉洁购销承诺书, 三定三有, 合同签订和货款支付由专人办理, 药品、耗材、设备及工程建设
采购; a 市第一人民医院's 供应商代表接待管理办法 — 定时定点定人, 有预约有流程有记录, 招投标中心, 药学部,
总务处; a 市卫生健康委's 公立医院医用耗材及设备招标采购专项审计整改 — 问题清单, 整改台账, 重要岗位、重点
人员、关键环节; a 市委编办's 机构编制事项审核 — 登记受理, 专题论证, 对比分析, 室务会议, 提请编委审批; a
县林业局's 森林资源保护 — 森林防火保证金, 采伐审批“一批三抄告”, 林站现场勘验, 执法大队落实处罚, 林政监督
审核, 生态修复资金专户; a 县's 清廉学校建设 — 三重一大, 阳光招生, 收支审批, 资产管理, 礼品礼金, 有偿补课,
食堂, 津贴补贴; a 教辅材料违规征订 自查自纠情况汇总表 — ``问题具体表现 | 是否存在问题（是填1，否填0）``
over a pre-printed list of 是否存在… items) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 金川县.

Run ``python tests/published/score.py --set batch246`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table a row answered ``否`` under ``本岗位是否存在`` is no point (the person says the
  risk of the list is not his post's); a row answered ``是`` is a point with the list's type, level
  and measure; every person answers ``是`` to some rows, so every sheet has its form; the
  ``填表说明：`` line, the 姓名/处室/岗位 row and the sign-off are no points;
- ``局领导``, ``院领导`` and ``办领导`` (in a 股室 column, a group row or a card's ``所在股室``) are the
  科室 of those leaders; the 小学's ``学校领导`` sheet has no 科室 column: department "";
- the 卫生健康局's ``卫生健康综合监督执法大队`` and the 林业和草原局's ``林业综合行政执法大队`` and
  ``林业工作站`` stand as 股室 of their 局: 科室, their 大队长 and 站长 middle;
- ``业务事项``, ``表现形式``, ``岗位职责``, ``分管工作`` and ``备注`` are no points; ``风险点 | 表现形式``: the
  point is the short 风险点;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and ``高风险/中风险/低风险`` are 1/2/3;
- 局长, 副局长, 院长, 副院长, 校长, 副校长 and the 编办's 主任/副主任 are leaders; 股长, 科主任, 科长, 站长, the
  大队长 of a 局's 大队, 教导主任 and 总务主任 middle; the rest (会计, 采购员, 工程师, 保管员, 收费员, 科员,
  执法人员, 执法队员, 报账员, 班主任) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b246_"
PLACE = "金川县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
YES, NO = "是", "否"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the list the 教育局 handed down: (风险点, 风险类型, 风险等级, 防控措施)
CHECKLIST = [
    ("收受学生及家长礼品礼金、消费卡", "思想道德风险", "高",
     "签订廉洁从教承诺书，教师节、春节等节点开展廉洁提醒。"),
    ("组织、参与有偿补课或向校外培训机构介绍生源", "思想道德风险", "高",
     "每学期开展有偿补课专项排查，公布举报电话。"),
    ("向学生推荐、推销教辅资料和学习用品", "外部环境风险", "中",
     "教辅征订坚持自愿原则，严禁教师推荐推销。"),
    ("教辅资料、校服征订中收受回扣", "外部环境风险", "高",
     "征订书目和校服采购结果公示，家长委员会全程参与。"),
    ("评优评先、学生资助对象推荐不公", "岗位职责风险", "中",
     "推荐条件和结果公示，资助对象班级评议、学校审核。"),
    ("营养改善计划食材采购验收把关不严", "业务流程风险", "高",
     "食材定点采购，验收双人签字，膳食委员会监督。"),
    ("学生食堂账目不公开，伙食费挤占挪用", "制度机制风险", "中",
     "食堂账目单独核算，每月公示收支情况。"),
    ("校舍维修、物资采购化整为零，规避采购程序", "制度机制风险", "中",
     "维修和采购项目按限额标准报批，限额以上公开采购。"),
    ("报账票据审核不严，虚列支出", "岗位职责风险", "中",
     "报销单据经手人、证明人、审批人三签，县教育局核算中心复核。"),
    ("公物私用，固定资产登记不全", "岗位职责风险", "低",
     "固定资产建账建卡，每学年清查盘点。"),
]  # fmt: skip

# (tab, 姓名, 所在处室, 岗位, tier, the rows of CHECKLIST answered 是)
ANSWERS = [
    ("副校长", "贲琬卿", "校长室", "副校长", "leader", {3, 5, 6, 7}),
    ("总务主任", "沃岫菱", "总务处", "总务主任", "middle", {5, 6, 7, 9}),
    ("班主任", "权蔚岚", "政教处", "班主任", "general", {0, 1, 2, 4}),
    ("报账员", "谈芊蔚", "总务处", "报账员", "general", {6, 8, 9}),
]


def school_self_check_yes_no() -> dict:
    unit = f"{PLACE}中学"
    t = _Truth(unit)
    sheets = []
    for tab, who, dept, post, tier, yes in ANSWERS:
        sh = _Sheet(tab, [6, 36, 13, 9, 12, 38])
        _line(sh, f"{unit}教职工廉洁从教风险点自查表", 6)
        sh.add("姓　名", who, "所在处室", dept, "岗　位", post)
        _line(sh, "填表说明：下列风险点由县教育局统一梳理下发，请对照本人岗位逐项自查，在“本岗位是否存在”栏内填"
                  "“是”或“否”。", 6)  # fmt: skip
        sh.add("序号", "风险点", "风险类型", "风险等级", "本岗位是否存在", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(CHECKLIST):
            answer = YES if i in yes else NO
            sh.add(i + 1, point, typ, lv, answer, measures)
            if answer == YES:
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人（签字）：", None, "处室负责人审核：", None, "2024年10月", None)
        sheets.append(sh)
    return _layout(
        "school_self_check_yes_no", "http://www.360doc.com/document/25/0513/07/47492315_1153244295.shtml",
        "(harder) 县中学 教职工廉洁从教风险点自查表, one sheet a person (tabs 副校长, 总务主任, 班主任, 报账员), after the "
        "source's 中小学教辅材料违规征订问题 自查自纠情况汇总表 (a pre-printed list of ``是否存在…`` items and a column "
        "``是否存在问题（是填1，否填0）``): a title, ``姓　名 | … | 所在处室 | … | 岗　位 | …`` in one row, a merged "
        "``填表说明：下列风险点由县教育局统一梳理下发…在“本岗位是否存在”栏内填“是”或“否”。`` line, then 序号/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/``本岗位是否存在``/防控措施 — the SAME ten pre-printed rows on every sheet, each "
        "answered ``是`` (the person's points: 3 or 4 a sheet) or ``否`` (no point, the row otherwise as full as any); "
        "自查人签字/处室负责人审核/date below",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def edu_bureau_staff_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 38, 13, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2024年10月15日", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("局领导", "局长", "庹峄阳", "leader", [
            ("中小学校长、幼儿园园长选任个人说了算", "思想道德风险", "高", "校长选任经党组会集体研究，考察情况全程纪实。"),
            ("教育项目资金分配不经集体研究", "制度机制风险", "高", "项目资金分配方案经局党组会审定并公开。"),
        ]),
        ("局领导", "副局长", "厍澧兰", "leader", [
            ("学校食堂服务商遴选中打招呼、定人选", "外部环境风险", "高", "服务商评估遴选由第三方组织，结果公示。"),
            ("为违规办学的校外培训机构说情", "思想道德风险", "中", "检查结果集体研判，说情干预如实登记。"),
        ]),
        ("基础教育股", "股长", "茆浥尘", "middle", [
            ("义务教育招生划片、插班生审核不公", "岗位职责风险", "高", "招生方案和结果公开，插班生集体审核。"),
            ("教辅资料推荐目录审核走过场", "业务流程风险", "中", "推荐目录经评议委员会审定并公示。"),
        ]),
        ("计划财务股", "股长", "綦崧岚", "middle", [
            ("学校公用经费拨付厚此薄彼", "岗位职责风险", "中", "公用经费按生均标准拨付，拨付表公开。"),
            ("营养改善计划资金监管不到位", "制度机制风险", "高", "营养餐资金专账核算，每学期专项检查。"),
        ]),
        ("计划财务股", "会计", "蒯汀葭", "general", [
            ("会计凭证审核不严，虚列支出", "业务流程风险", "中", "凭证经会计、股长两级审核，内审抽查。"),
        ]),
        ("校外培训监管股", "股长", "夔砚辞", "middle", [
            ("校外培训机构审批降低条件", "岗位职责风险", "高", "审批条件公开，现场核查两人以上。"),
            ("检查中接受培训机构宴请、购物卡", "外部环境风险", "低", "签订廉洁承诺书，检查记录存档。"),
        ]),
        ("人事股", "股长", "郇蘩若", "middle", [
            ("教师招聘资格审查把关不严", "岗位职责风险", "中", "资格审查两人以上，结果公示。"),
            ("教师交流轮岗、借调暗箱操作", "制度机制风险", "低", "交流轮岗方案经党组会研究并公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "edu_bureau_staff_list", "https://www.jiading.gov.cn/jiaoyu/jydj/content_894967",
        "县教育局 岗位廉政风险防控一览表, after the source's 区教育局 机关科室 and their 派驻纪检监察组 (成职教科 on 校外培训机构管理, "
        "学生事务部 on 校园食堂服务商评估遴选, 廉政风险排查和防范): ``附件1``, a title, a merged ``填报单位（盖章）：…　…　填报时间："
        "2024年10月15日`` line, then 序号/股室 merged (局领导, 基础教育股, 计划财务股, 校外培训监管股, 人事股)/岗位 and 姓名 "
        "merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a blank row and a 填表人/审核人/局长签字 line",
        [sh], t,
    )  # fmt: skip


def county_hospital_dept_sheets() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    tiers = {"科主任": "middle", "科长": "middle"}
    depts = [
        ("药剂科", [
            ("科主任", "邴璆然", [
                ("私下接待药企供应商代表推介新药", "一级", "供应商代表接待“三定三有”，新药引进经药事会集体评审。"),
                ("向医药代表提供医生用药量统计", "一级", "处方数据查询权限分级管理，查询留痕。"),
                ("科室二次绩效分配不公开", "三级", "分配方案经科务会讨论并公示。"),
            ]),
            ("采购员", "酆芃野", [
                ("药品临时采购不走线上平台", "二级", "药品一律在省平台线上采购，临时采购报分管院长审批。"),
                ("与配送企业串通虚增采购数量", "一级", "采购计划与库存联动，采购、验收分离。"),
            ]),
        ]),
        ("设备科", [
            ("科长", "缑岫白", [
                ("设备采购参数设置倾向特定品牌", "一级", "技术参数经专家论证，采购进入公共资源交易平台。"),
                ("耗材供销合同条款擅自变更", "二级", "合同签订、货款支付由专人办理，合同变更经院长办公会研究。"),
            ]),
            ("工程师", "鞠翊川", [
                ("设备验收走过场，以次充好", "二级", "验收由使用科室、设备科、审计科三方签字。"),
                ("维修配件虚报数量", "三级", "更换配件旧件回收登记。"),
            ]),
        ]),
        ("总务科", [
            ("科长", "芮萦禾", [
                ("院内零星工程化整为零，规避招标", "一级", "限额以上工程进入公共资源交易平台，结算送审。"),
                ("后勤服务外包单位选择不公开", "二级", "外包单位公开比选，合同期满重新比选。"),
            ]),
            ("保管员", "甄棠溪", [
                ("物资出入库账实不符", "二级", "每月盘点，账物核对。"),
                ("接受供货商礼品、宴请", "三级", "签订《廉洁购销承诺书》，礼品礼金拒收登记。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, people in depts:
        sh = _Sheet(dept, [6, 10, 9, 38, 9, 40, 10])
        _line(sh, f"{unit}科室廉洁风险排查表", 7)
        _line(sh, f"填报科室：{dept}{GAP * 14}填报时间：2024年9月", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
        first = len(sh.rows)
        n = 0
        for post, who, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures, None)
                t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
        sh.add()
        sh.add("科室负责人（签字）：", None, None, None, "年　月　日", None, None)
        sheets.append(sh)
    return _layout(
        "county_hospital_dept_sheets", "https://www.hunantoday.cn/news/xhn/202505/29574017.html",
        "县人民医院 科室廉洁风险排查表, one sheet a 科室 (药剂科, 设备科, 总务科), after the source's 市人民医院 医用耗材供销合同"
        "面签会 (廉洁购销承诺书, 三定三有, 合同签订和货款支付由医院专人办理, 药品、耗材、设备及工程建设采购, 线上采购): a title, "
        "a merged ``填报科室：…　…　填报时间：2024年9月`` line, then 序号/岗位 and 姓名 merged per person/风险点/风险等级 "
        "``一级/二级/三级``/防控措施/an empty ``备注``, no type column; a blank row and ``科室负责人（签字）：`` with "
        "``年　月　日``",
        sheets, t,
    )  # fmt: skip


def tcm_hospital_groups() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("一览表", [6, 10, 9, 22, 38, 8, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "表现形式", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "郯岳琛", "leader", [
                ("重大事项个人决定", "“三重一大”事项不经院党支部会、院长办公会集体研究，个人拍板。", "Ⅰ级",
                 "严格执行“三重一大”集体决策制度，会议纪要存档。"),
                ("插手药品耗材采购", "向采购部门推荐供应商，干预遴选结果。", "Ⅰ级",
                 "落实领导干部插手干预重大事项记录报告制度。"),
            ]),
            ("副院长", "乐正沅芷", "leader", [
                ("医疗设备论证把关不严", "大型设备购置论证流于形式，配置超出实际需要。", "Ⅱ级",
                 "大型设备购置经专家论证、院长办公会研究。"),
                ("私下接待供应商代表", "在非工作场所接待供应商代表，接受宴请和礼品。", "Ⅱ级",
                 "供应商代表接待定时、定点、定人，有预约、有流程、有记录。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("科主任", "蒲荇舟", "middle", [
                ("新药引进不规范", "未经药事管理与药物治疗学委员会评审引进新药。", "Ⅰ级",
                 "新药引进一律经药事会集体评审，投票结果存档。"),
                ("违规统方", "为医药代表统计医生处方量、用药量。", "Ⅰ级", "统方权限分级管理，查询留痕。"),
            ]),
            ("采购员", "车蕤之", "general", [
                ("中药饮片采购收受回扣", "中药饮片、中成药采购中收受供应商回扣。", "Ⅰ级",
                 "中药饮片定点采购，采购与验收分离。"),
            ]),
        ]),
        ("三、医学装备科", "医学装备科", [
            ("科长", "栾崧石", "middle", [
                ("耗材遴选暗箱操作", "高值耗材遴选不公开，倾向特定品牌。", "Ⅰ级", "高值耗材遴选经院耗材管理委员会集体研究。"),
                ("维保合同续签不比价", "设备维保合同到期后直接续签，不比价。", "Ⅲ级", "维保服务公开比选，合同期不超过三年。"),
            ]),
        ]),
        ("四、财务科", "财务科", [
            ("科长", "靳澹宁", "middle", [
                ("货款支付不按合同", "对关系供应商提前支付、超额支付货款。", "Ⅱ级", "货款支付与合同、验收单、发票核对一致。"),
            ]),
            ("收费员", "幸琬瑶", "general", [
                ("收费不开票、截留现金", "收取患者现金不开具票据，挪作他用。", "Ⅱ级", "收费日清日结，与财务科每日对账。"),
                ("违规减免医疗费用", "为熟人违规减免检查、治疗费用。", "Ⅲ级", "费用减免须院领导审批并登记。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）三级。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None)
    return _layout(
        "tcm_hospital_groups", "https://www.hfyy.cn/col18/8000",
        "县中医医院 岗位廉洁风险防控一览表, after the source's 市第一人民医院 供应商代表接待管理办法 (定时定点定人, 有预约有流程有"
        "记录, 廉洁诚信承诺书; 招投标中心, 物流中心, 药学部, 总务处): a title, then 序号/岗位/``责任人``/short 风险点/long "
        "``表现形式``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under group rows ``一、院领导``, ``二、药剂科``, ``三、医学装备科``, "
        "``四、财务科`` merged across (no 科室 column), 岗位 and 责任人 merged per person, no type column; a ``注：`` line on "
        "the levels and a 填表人/审核人/院长签字 line",
        [sh], t,
    )  # fmt: skip


def health_bureau_duty_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("责任清单", [6, 16, 36, 10, 8, 36, 16, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "业务事项", "风险点", "风险类型", "风险等级", "防控措施", "责任股室", "责任岗位")
    team = "卫生健康综合监督执法大队"
    rows = [
        ("重大事项决策", "重大事项、大额资金使用不经党组集体研究", "制度机制", "★★★",
         "落实“三重一大”决策制度，会议纪要存档。", "局领导", "局长", "leader"),
        ("医用耗材和设备采购监管", "对公立医院耗材和设备招标采购监管不力", "岗位职责", "★★★",
         "开展专项审计，问题清单、整改台账逐条对账销号。", "局领导", "副局长", "leader"),
        ("医疗机构设置审批", "为不符合条件的医疗机构办理设置审批", "岗位职责", "★★★",
         "审批条件公开，现场核查两人以上。", "医政医管股", "股长", "middle"),
        ("医疗纠纷调处", "调处医疗纠纷中偏袒一方", "思想道德", "★★", "引入人民调解，调处过程记录存档。",
         "医政医管股", "科员", "general"),
        ("项目资金分配", "基本公共卫生服务项目资金不按考核结果分配", "制度机制", "★★",
         "资金分配与绩效考核结果挂钩，分配结果公开。", "规划财务股", "股长", "middle"),
        ("财务报销", "报销票据审核不严，虚列支出", "业务流程", "★★", "报销实行经办、审核、审批分离。",
         "规划财务股", "会计", "general"),
        ("基层医疗机构考核", "考核打分随意，优亲厚友", "岗位职责", "★", "考核细则公开，考核结果公示。",
         "基层卫生股", "股长", "middle"),
        ("公共场所卫生监督检查", "检查中接受被检查单位宴请", "外部环境", "★★", "检查两人以上，执法全过程记录。",
         team, "大队长", "middle"),
        ("行政处罚", "处罚自由裁量不规范，降格处理", "业务流程", "★★★", "处罚适用裁量基准，案件经法制审核。",
         team, "执法人员", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (matter, point, typ, lv, measures, dept, post, tier) in enumerate(rows, 1):
        sh.add(n, matter, point, typ, lv, measures, dept, post)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), STARS[lv])
    _merge_down(sh, first, [(6, lambda row: row[6])])
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("编制：", None, None, "审核：", None, "2024年9月", None, None)
    return _layout(
        "health_bureau_duty_list", "http://ws.sanya.gov.cn/wjwsite/gzdt/202408/c3d0f941a80647b6a6fb1527251cb452.shtml",
        "县卫生健康局 廉政风险防控责任清单 对岗不对人, after the source's 市卫生健康委 公立医院医用耗材及设备招标采购专项审计整改 "
        "(问题清单, 整改台账, 逐条对账销号; 重要岗位、重点人员、关键环节的廉政风险点): a title, then 序号/``业务事项``/风险点/"
        "风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施/``责任股室`` merged (局领导, 医政医管股, 规划财务股, 基层卫生股, "
        "卫生健康综合监督执法大队)/``责任岗位`` LAST, no names; a ``注：`` legend and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def staffing_office_cards() -> dict:
    unit = f"中共{PLACE}委机构编制委员会办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "居芷汀", "办领导", "主任", "leader",
         "主持县委编办全面工作，负责机构编制事项室务会议审核和提请县委编委审批。", [
            ("机构编制事项不经室务会议集体审核，个人决定", "制度机制风险", "高风险",
             "机构编制事项一律经室务会议集体审核，按程序提请县委编委审批。"),
            ("为部门超职数配备领导干部开口子", "思想道德风险", "高风险", "领导职数核定严格执行上级规定，调整情况报市委编办备案。"),
            ("接受部门请托，违规增设内设机构", "外部环境风险", "中风险", "请托事项如实登记报告，增设机构开展调研论证。"),
        ]),
        ("副主任", "桓嶷舟", "办领导", "副主任", "leader", "协助主任工作，分管机构编制股、实名制管理股。", [
            ("机构编制申请事项专题论证走过场", "岗位职责风险", "中风险", "重大申请事项邀请相关部门和专家论证，开展风险评估。"),
            ("对比分析不充分，审核意见失实", "业务流程风险", "低风险", "纵向、横向对比分析情况形成书面材料存档。"),
        ]),
        ("实名制管理股", "步霁棠", "实名制管理股", "股长", "middle", "负责机构编制实名制信息系统维护和上编、下编审核。", [
            ("违规办理上编手续", "岗位职责风险", "高风险", "上编严格核对编制空缺和用人计划，经分管领导审签。"),
            ("人员信息更新不及时，台账不实", "制度机制风险", "中风险",
             "人员信息变动5个工作日内完成系统更新，每季度与组织、人社、财政部门比对。"),
            ("泄露拟调整的机构编制信息", "思想道德风险", "低风险", "涉密文件专人管理，查阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 34, 14, 10, 18, 22])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在股室", dept, "职　务", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("监督电话：0837-2352388", None, None, "持卡人签字：", None, "年　月　日")
        sheets.append(sh)
    return _layout(
        "staffing_office_cards", "http://qingyang.gsjgbz.gov.cn/qy_gzdt/202410/t20241010_240753.html",
        "县委机构编制委员会办公室 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 副主任, 实名制管理股), after the source's 市委"
        "编办 机构编制事项审核 (登记受理, 专题论证, 对比分析, 室务会议集体审核, 提请编委审批, 领导职数): a title, ``持卡人 | … | "
        "所在股室 | … | 职　务 | …`` in one row, a merged ``岗位职责`` line, then 序号/风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施 (merged over two columns); ``监督电话：…``, 持卡人签字 and 年 月 日 below",
        sheets, t,
    )  # fmt: skip


def forestry_bureau_checklist() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 16, 10, 9, 36, 10, 8, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    _line(sh, f"单位（盖章）：{unit}{GAP * 16}排查时间：2024年8月", 9)
    sh.add(
        "序号",
        "股室（站、队）",
        "岗位",
        "姓名",
        "风险点",
        "风险类别",
        "风险等级",
        "防控措施",
        "备注",
    )
    team = "林业综合行政执法大队"
    people = [
        ("局领导", "局长", "姬岚峤", "leader", [
            ("林木采伐指标分配不公开", "制度机制", "高", "采伐指标分配方案经党组会研究并公示。", None),
            ("生态修复资金使用不经集体研究", "制度机制", "中", "生态修复资金专户管理，支出经党组会审定。", "2024年新增"),
        ]),
        ("局领导", "副局长", "淳于蕴川", "leader", [
            ("森林防火保证金奖惩不按考核结果兑现", "岗位职责", "中", "奖惩按乡镇森林火灾发生情况和考核结果兑现并公示。", None),
        ]),
        ("林政资源股", "股长", "嵇荻帆", "middle", [
            ("采伐许可证核发后不按规定抄告", "业务流程", "高", "落实采伐审批“一批三抄告”，抄送森林公安、乡镇和村。", None),
            ("使用林地审核把关不严", "岗位职责", "高", "使用林地现场查验两人以上，审核意见集体研究。", None),
        ]),
        ("林业工作站", "站长", "禄杉亭", "middle", [
            ("现场勘验不实，为违法当事人开脱", "思想道德", "高", "现场勘验拍照存档，勘验报告双人签字。", None),
            ("生态护林员选聘优亲厚友", "外部环境", "中", "护林员选聘经村评议、乡镇审核、县局公示。", "2024年新增"),
        ]),
        (team, "大队长", "伏樾澄", "middle", [
            ("涉林案件降格处理、以罚代刑", "岗位职责", "高", "案件处罚经林政监督审核，涉嫌犯罪的一律移送。", None),
        ]),
        (team, "执法队员", "戎屹恒", "general", [
            ("查扣木材私自放行", "思想道德", "中", "查扣木材登记入库，放行经大队长审批。", None),
            ("执法中接受当事人宴请", "外部环境", "低", "执法记录仪全程记录，两人以上执法。", None),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in people:
        for point, typ, lv, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：风险等级分高、中、低三级；风险类别分思想道德、制度机制、岗位职责、业务流程、外部环境五类。",
        9,
    )
    sh.add("填表人：", None, None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "forestry_bureau_checklist",
        "http://jxlytech.cn/sf_0F7889D7CB5944BBA412B9F0C89A073F_250_9512CB13241.html",
        "县林业和草原局 廉政风险点排查表, after the source's 县林业局 森林资源保护 (森林防火保证金, 采伐审批“一批三抄告”, 林站现场"
        "勘验, 执法大队落实处罚, 林政监督审核, 生态修复资金专户): a title, a merged ``单位（盖章）：…　…　排查时间：2024年8月`` "
        "line, then 序号/``股室（站、队）`` merged (局领导, 林政资源股, 林业工作站, 林业综合行政执法大队)/岗位 and 姓名 merged per "
        "person/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施/``备注`` (``2024年新增`` on two rows); a ``注：`` line "
        "and a 填表人/审核人/局长签字 line",
        [sh], t,
    )  # fmt: skip


def primary_school_two_sheets() -> dict:
    unit = f"{PLACE}勒乌镇中心小学"
    t = _Truth(unit)
    lead = _Sheet("学校领导", [6, 9, 8, 20, 36, 8, 36])
    _line(lead, f"{unit}学校领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("邝蕖芳", "校长", "主持学校全面工作", [
            ("学校“三重一大”事项个人说了算", "一级", "重大事项经校务会集体研究，会议记录存档。"),
            ("收支审批把关不严，白条入账", "二级", "收支审批与校务公开相结合，每学期公开财务。"),
        ]),
        ("弓曜宁", "副校长", "分管后勤、食堂和学生资助", [
            ("营养改善计划食材采购与供应商串通", "一级", "食材定点采购，验收双人签字，膳食委员会监督。"),
            ("学生资助对象认定不公", "二级", "资助对象班级评议、学校审核、公示。"),
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
    staff = _Sheet("中层及其他岗位", [6, 10, 10, 9, 36, 8, 36])
    _line(staff, f"{unit}中层及其他岗位廉政风险防控表", 7)
    staff.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    people = [
        ("教导处", "教导主任", "粟霈川", "middle", [
            ("阳光招生执行不到位，违规接收择校生", "一级", "招生方案和录取名单公示。"),
            ("教辅资料征订超出推荐目录", "二级", "教辅征订坚持自愿，一科一辅，书目公示。"),
        ]),
        ("总务处", "总务主任", "汲筠溪", "middle", [
            ("校舍维修化整为零规避采购程序", "一级", "维修项目报县教育局审批，限额以上公开采购。"),
            ("固定资产处置不按规定审批", "三级", "资产处置经校务会研究并报县教育局审批。"),
        ]),
        ("总务处", "报账员", "佴晓帆", "general", [
            ("票据审核不严，虚列支出", "二级", "报销单据经手人、证明人、审批人三签。"),
            ("违规发放津贴补贴", "二级", "津贴补贴按政策发放并公示。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in people:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add()
    staff.add("填表人：", None, None, "校长（签字）：", None, "2024年10月", None)
    return _layout(
        "primary_school_two_sheets", "https://sanyuan.qinfeng.gov.cn/info/1004/11896.htm",
        "镇中心小学 廉政风险防控表 in two sheets, after the source's 县 清廉学校建设 (管理权限清单, 三重一大, 阳光招生, 收支审批, "
        "内部控制, 财务公开, 资产管理; 礼品礼金, 有偿补课, 食堂, 滥发津贴补贴): ``学校领导`` with 姓名, 职务 and ``分管工作`` "
        "merged per leader (no 科室 column), and ``中层及其他岗位`` with 处室 merged (教导处, 总务处), 岗位 and 姓名 merged per "
        "person; both 风险点/风险等级 ``一级/二级/三级``/防控措施, no type column; a 填表人/校长签字/date line under the second",
        [lead, staff], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    school_self_check_yes_no(),
    edu_bureau_staff_list(),
    county_hospital_dept_sheets(),
    tcm_hospital_groups(),
    health_bureau_duty_list(),
    staffing_office_cards(),
    forestry_bureau_checklist(),
    primary_school_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch246-inbox"))

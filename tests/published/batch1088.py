"""The one-thousand-and-eighty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 林草, 医保, 卫生院, 学校 and 文旅 bodies of one
county, 耿马县 (耿马傣族佤族自治县, 临沧市, 云南省) — its 耿马镇人民政府, the 孟定镇人民政府, the 孟定镇城关
村民委员会, the 林业和草原局, the 医疗保障局, the 孟定镇中心卫生院, the 孟定中学 and the 文化和旅游局 —
each handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 耿马镇人民政府's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 孟定镇人民政府's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 城关村民委员会's 清单: ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 林业和草原局's 排查表: ``股室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 医疗保障局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 孟定镇中心卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、临床科室``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 孟定中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``gengma_culture_tourism_two_duties``: the 文化和旅游局's 清单 with TWO DUTY-LIKE COLUMNS side by
  side: ``序号 | 股室 | 岗位 | 姓名 | 岗位职责 | 具体事项 | 风险表现 | 风险等级 | 防控措施`` — the post's
  duty (``岗位职责``, merged per person) and, right of it, the matter of that duty each point arises
  in (``具体事项``: ``行政处罚审批``, ``经费报销审核``; merged over its points where a matter has two,
  written once a row where it has one); the risk itself is written under ``风险表现``. The second
  duty column is a matter, not the point: the point is the ``风险表现`` cell. The assigned kind was
  probed first, with ``python -m xlproc collect`` on small workbooks: ``岗位职责 | 主要职权事项 |
  风险点``, ``工作职责 | 业务环节 | 风险点描述``, ``职责 | 权力事项 | 廉政风险点``, ``主要职责 | 职权名称
  | 风险点``, ``岗位职责 | 工作内容 | 风险点``, ``岗位职责 | 工作事项 | 风险表现``, ``岗位职责 | 职权事项
  | 风险表现形式``, ``岗位职责 | 主要职权 | 可能存在的风险`` and ``岗位职责 | 业务流程 | 风险点`` all
  read right; a second duty column under a heading the reader does not know (``具体事项``,
  ``具体业务``, ``重点事项``) beside a risk column headed as how the risk shows (``风险表现``,
  ``廉政风险表现``, ``风险描述``) was taken for the point wherever its cell was not merged (the risk
  read as its description), so that shape of the assigned kind was taken.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 耿马 could be found: the pages are of the county, its 孟定镇
and the 孟定 port on the border with 缅甸, and its tourism); the rows are worded by us, the names
invented (the rare compound surnames 苏农 and 贺鲁); every unit is a body of 临沧市耿马县.

Run ``python tests/published/score.py --set batch1088`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``具体事项`` column names the matter a point arises in (a second duty
  column, as ``职权事项`` is), never the point; the point is the ``风险表现`` cell of the row;
- ``局领导``, ``院领导`` are the 科室 of the leaders; the 镇's and the 村's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室 教务处;
  镇长, 副镇长, 局长, 副局长, 党委书记, 村党总支书记, 院长, 校长 are leaders; 股长, 大队长, 主任 of a 科室
  the middle; the rest (the 村委会主任 too, as earlier batches have him) general;
- the 医疗保障局's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no
  points;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1088_"
PLACE = "临沧市耿马县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
# the headings of the harder file: two duty-like columns side by side
CULTURE_HEADS = (
    "序号",
    "股室",
    "岗位",
    "姓名",
    "岗位职责",
    "具体事项",
    "风险表现",
    "风险等级",
    "防控措施",
)


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, 岗位职责, [(具体事项, [(风险表现, 风险等级, 防控措施)])])
CULTURE = [
    ("局领导", "局长", "苏农珩", "leader", "主持局全面工作，负责重大事项决策", [
        ("重大事项决策", [("“三重一大”事项未经集体研究个人拍板", "一级", "严格执行党组会议事规则，集体决策留痕。")]),
        ("干部选拔任用", [("干部推荐考察中搞亲疏远近", "二级", "推荐、考察全程纪实，结果公示。")]),
    ]),
    ("局领导", "副局长", "贺鲁澜", "leader", "分管文化市场综合执法和旅游市场监管", [
        ("行政处罚审批", [
            ("对违法经营行为降格处罚或以罚代管", "一级", "重大处罚案件集体讨论，法制审核。"),
            ("为说情人减免罚款", "一级", "说情干预登记报告，处罚结果公开。"),
        ]),
        ("A级景区评定", [("评定打分中收受景区好处", "二级", "专家评审，评分结果公示。")]),
    ]),
    ("文化市场综合执法大队", "大队长", "苏农琰", "middle", "负责文化旅游市场日常执法检查", [
        ("娱乐场所检查", [("检查前向经营者通风报信", "一级", "双随机抽查，执法全程记录。")]),
        ("网吧执法检查", [("发现接纳未成年人不予查处", "二级", "检查结果录入平台，定期复查。")]),
    ]),
    ("办公室", "会计", "贺鲁琪", "general", "负责单位财务核算和专项资金管理", [
        ("经费报销审核", [("审核不严，虚列差旅费、会议费", "二级", "报销经办、审核、审批三级把关。")]),
        ("非遗保护资金拨付", [("资金拨付未按项目进度，先拨后审", "三级", "按进度拨付，资金使用跟踪检查。")]),
    ]),
]  # fmt: skip


def gengma_culture_tourism_two_duties() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("清单", [6, 14, 10, 10, 24, 14, 36, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", len(CULTURE_HEADS))
    sh.add(*CULTURE_HEADS)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, duty, matters in CULTURE:
        for matter, points in matters:
            for point, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, duty, matter, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    person = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [
        (1, lambda row: row[1]), (2, person), (3, person), (4, person),
        (5, lambda row: (*person(row), row[5])),
    ])  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "gengma_culture_tourism_two_duties", "http://www.jizihe.com/page/2015/0727/12183495.shtml",
        "(harder) 县文化和旅游局 岗位廉政风险防控清单 with TWO DUTY-LIKE COLUMNS side by side, after the "
        "source's page on touring 耿马 (the 弄抗河 valley, the 石佛洞 neolithic cave, the 洞景佛寺 of 孟定, "
        "the 泼水节; no page of its 文化和旅游局 could be found): a title, 序号/股室 merged/岗位, 姓名 and "
        "岗位职责 merged per person/具体事项 (the matter: merged over its two points or once a row)/风险表现 "
        "(the point)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gengma_town_list() -> dict:
    unit = f"{PLACE}耿马镇人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "贺鲁瀚", "leader", "集镇提升项目指定施工方", "思想道德风险", "高",
         "项目公开比选，党委会集体研究。"),
        ("镇领导", "党委书记", "贺鲁瀚", "leader", "村级后备干部推荐不公开", "制度机制风险", "中",
         "推荐条件和结果公示。"),
        ("党政综合办公室", "主任", "苏农瑶", "middle", "公务用车私用", "岗位职责风险", "中",
         "车辆派车登记，定点停放。"),
        ("经济发展办公室", "工作人员", "贺鲁沅", "general", "甘蔗种植补贴面积核实不实", "外部环境风险",
         "高", "面积逐户丈量，结果公示。"),
        ("经济发展办公室", "工作人员", "贺鲁沅", "general", "产业项目台账登记不全", "业务流程风险",
         "低", "台账每季度核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "gengma_town_list", "http://jjcou.com/jjcou/6981398547035384832.html",
        "镇人民政府 岗位廉政风险防控一览表, after the source's page on 耿马傣族佤族自治县 (its place in 临沧, "
        "the county seat 耿马镇, its sugar cane, rubber and tea; no page of 耿马镇 itself could be found): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def mengding_town_list() -> dict:
    unit = f"{PLACE}孟定镇人民政府"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("镇长", "苏农璟", "leader", "边境贸易扶持资金对象指定", "一级", "扶持对象集体研究并公示。"),
        ("镇长", "苏农璟", "leader", "镇级工程结算个人说了算", "一级", "结算经审计后党委会研究。"),
        ("副镇长", "贺鲁珂", "leader", "橡胶产业补助发放不按规定", "二级", "发放名单张榜公示。"),
        ("农业农村服务中心工作人员", "苏农琛", "general", "农机购置补贴登记不实", "二级", "补贴对象公示，签字领取。"),
        ("农业农村服务中心工作人员", "苏农琛", "general", "接受种植大户宴请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "mengding_town_list", "http://www.51kouyi.org/gonglve/16955",
        "镇人民政府 岗位廉政风险防控清单, after the source's page on 孟定镇 by the 南汀河 (the border town of "
        "耿马, its 23 村 from 城关村 to 大水井村, the first-class port): a title, 序号/职务/姓名 on every "
        "row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 镇纪委意见 line",
        [sh], t,
    )  # fmt: skip


def mengding_chengguan_village_list() -> dict:
    unit = f"{PLACE}孟定镇城关村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "贺鲁渝", "leader", "村集体土地流转不公开", "外部环境", "Ⅰ级",
         "流转经村民代表会议决定，结果公示。"),
        ("村党总支书记", "贺鲁渝", "leader", "村级项目验收走过场", "制度机制", "Ⅰ级", "验收邀请村务监督委员会参加。"),
        ("村委会主任", "苏农瑜", "general", "低保评议优亲厚友", "思想道德", "Ⅱ级", "评议结果张榜公示。"),
        ("村委会主任", "苏农瑜", "general", "边民补助申报不实", "业务流程", "Ⅱ级", "申报材料逐户核实。"),
        ("报账员", "贺鲁琳", "general", "村级报账票据不规范", "岗位职责", "Ⅲ级", "票据经村务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "mengding_chengguan_village_list", "https://kaifadou.com/citiao/169898904560570.html",
        "村民委员会 岗位廉政风险防控清单, after the source's entry on 孟定镇 (the 32-stringed harp of its "
        "name, the 孟定路 of 1289, its rice and rubber, the border trade; no page of the 城关村 itself could "
        "be found): a title, 序号/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def gengma_forestry_bureau_screening() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "苏农瑛", "leader", "林木采伐指标分配不公", "一级风险", "指标分配集体研究，结果公示。"),
        ("森林资源管理股", "股长", "贺鲁琇", "middle", "采伐许可现场核查不实", "一级风险", "核查两人以上，影像留存。"),
        ("森林资源管理股", "股长", "贺鲁琇", "middle", "使用林地审核降低标准", "二级风险", "审核意见集体会审。"),
        ("计划财务股", "会计", "苏农玟", "general", "生态护林员工资发放不实", "二级风险", "工资打卡发放，名单公示。"),
        ("计划财务股", "会计", "苏农玟", "general", "财务资料外泄", "三级风险", "资料查阅登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "gengma_forestry_bureau_screening", "https://dili.chazidian.com/baike-51615",
        "县林业和草原局 廉政风险点排查表, after the source's gazetteer entry on 耿马县 (the 耿 of 傣 speech, its "
        "9 乡镇 and 3 农场, 石佛洞 and 南汀河; no page of the bureau could be found): a title, "
        "序号/股室/岗位/责任人 on EVERY row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type "
        "column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def gengma_medical_insurance_posts() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("待遇保障股", "报销审核岗", "general", "异地就医报销审核不严", "岗位职责风险", "高风险",
         "报销材料两人审核。"),
        ("待遇保障股", "报销审核岗", "general", "为参保人指定代办人员", "思想道德风险", "高风险", "办事流程公开。"),
        ("基金监管股", "稽核员", "general", "定点医院稽核通风报信", "制度机制风险", "中风险",
         "稽核对象随机抽取，检查留痕。"),
        ("基金监管股", "稽核员", "general", "接受定点药店宴请", "外部环境风险", "中风险", "签订廉洁承诺书。"),
        ("医保服务中心", "窗口岗", "general", "参保登记资料不全即办理", "业务流程风险", "低风险",
         "一次性告知，资料复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "gengma_medical_insurance_posts", "http://7-yn.cn/yunnantianqi/lushui/120638.html",
        "县医疗保障局 岗位廉政风险防控清单 对岗不对人, after the source's page comparing 耿马's county seat "
        "with 孟定镇 (its size, its people, the 临清 highway; no page of the bureau could be found): a "
        "title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/"
        "低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def mengding_clinic_group_rows() -> dict:
    unit = f"{PLACE}孟定镇中心卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "贺鲁瑄", "leader", [
                ("医疗设备采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("绩效工资分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、临床科室", "临床科室", [
            ("医师", "苏农琳", "general", [
                ("开具大处方收受回扣", "中", "处方点评，超常预警。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "贺鲁玳", "general", [
                ("收费不开具票据", "中", "票据统一管理，日清日结。"),
                ("退费审核不严", "低", "退费经科室负责人签字。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "mengding_clinic_group_rows", "https://www.lemuzhi.com/csiwd/202507/302715.html",
        "镇中心卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on where 孟定 lies (临沧市, "
        "耿马县, by the border with 缅甸; no page of its 卫生院 could be found): a title, 序号/岗位/姓名/"
        "廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、院领导``, ``二、临床科室``, ``三、收费室`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def mengding_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}孟定中学"
    t = _Truth(unit)
    people = [
        ("苏农瑾", "", "校长", "leader", [
            ("食堂大宗物资采购指定供应商", "一级", "物资公开招标，家委会参与验收。", "已落实"),
            ("校舍维修指定施工方", "二级", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("贺鲁瑭", "教务处", "干事", "general", [
            ("教辅资料征订收受回扣", "二级", "征订自愿，书目公开。", "未发现问题"),
            ("学籍信息变更审核不严", "三级", "变更材料双人复核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "mengding_middle_school_selfchecks", "https://www.jjsx.com.cn/jxuwd/202601/2034790.html",
        "中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "孟定 (its port, its 傣 and 佤 people, the roads to 临沧; no page of a 孟定 school could be found): "
        "a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gengma_culture_tourism_two_duties(),
    gengma_town_list(),
    mengding_town_list(),
    mengding_chengguan_village_list(),
    gengma_forestry_bureau_screening(),
    gengma_medical_insurance_posts(),
    mengding_clinic_group_rows(),
    mengding_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1088-inbox"))

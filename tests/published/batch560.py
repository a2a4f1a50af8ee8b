"""The five-hundred-and-sixtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's natural
resources bodies, 兴海县 (of 海南藏族自治州, 青海) — its 自然资源局, 不动产登记中心, 土地收购储备中心,
测绘队, 自然资源执法监察大队 and 地质环境监测站 and its 镇 自然资源所 (子科滩镇, 河卡镇) — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 不动产登记中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室`` merged, ``岗位 | 姓名``
  merged per person, ``…风险`` types, 高/中/低;
- the 土地收购储备中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``一级/二级/三级``, no type column; no names;
- the 测绘队's 责任清单 under GROUP ROWS ``一、队领导`` … ``四、质量检查组`` merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 执法监察大队's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and ``所在中队 | … | 持卡时间 |
  …`` label pairs, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 子科滩镇自然资源所's 自查表, one sheet a person: a label row ``姓　名 | 岗　位 | 填表时间`` over a
  row of values, ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 河卡镇自然资源所's 排查登记表: no 科室 column, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级风险/二级风险/三级风险``, a ``注：`` line;
- the 地质环境监测站's 一览表 in TWO SHEETS: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column.

One is harder:

- ``xinghai_bureau_measures_by_holder``: the 自然资源局's 领导班子廉政风险防控责任分解表, ONE ROW A
  POINT (``序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``) whose ``防控措施（按班子成员分工落实）``
  heading is MERGED ACROSS FOUR COLUMNS, ONE A HOLDER: the second heading row names each column's
  holder as ``局长⏎钭彧翀``, ``副局长⏎郦暄珝`` … (post, Alt+Enter, name). Each row writes, in the column
  of EVERY holder whose point it is, THAT holder's OWN measures for it (a sentence, different from
  column to column), and ``/`` where the holder has no part; one to four holders a row. A merged
  ``注：`` line says so: ``注：班子成员按分工在本人栏内填写防控措施，“/”表示不涉及。`` So one row is a
  point of several holders, a holder's points are the rows whose cell under him holds measures, and
  the three 副局长 are told apart only by their names. The shape is about WHERE THE HOLDERS OF A
  SHARED POINT ARE GIVEN: as the sub-columns of the MEASURES heading, each with its own measures.
  The README's 读得懂的表 knows sub-columns under ``防控措施`` that are parts of the measures
  (``制度措施 | 监督措施``, ``事前 | 事中 | 事后``, ``岗位自控 | 股室监控 | 站级防控`` — batch 362: sub-heads
  naming a post or a 科室 that still hold only measures of the row's own holder), ``分级防控措施``
  over ``一级风险 | 二级风险 | 三级风险``, holder columns under ``廉政风险点`` (each cell a POINT), under
  ``各单位责任人`` (each cell a NAME), under ``各岗位风险等级`` (each cell a LEVEL), a ``责任岗位`` tick
  column, a ``●主责　○配合`` matrix and batch 558's ``责任人`` matrix with ``√`` ticks; it does not
  describe holder columns under the ``防控措施`` heading where a filled cell (measures) makes the
  row's point that holder's and ``/`` says he has none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 国土资源系统 腐败 —
行政审核、审批、处置、确权、登记、发证 and 案件查处, a 局长 drawn in by 房地产商, a 矿山监察大队, a 镇
土地所所长; a piece on 不动产登记 difficulties — 宅基地 “一户多宅”, 历史遗留无证房, 公共配套设施 产权;
a 县 plan on 闲置土地 — 批而未征、征而未供、供而未用, 招拍挂, 工业用地最低价; a note on 工程测绘 验收 —
野外作业, 数据处理, 自检, 质量检查, 验收记录; 自然资源部's 通报 of 土地违法案件 — 立案调查, 责令改正,
恢复耕地种植条件, 移送司法机关; a 省 list of 违法违规用地 cases — 动态巡查, a 村委会 turning 集体土地
into 宅基地, 责令停止; a report on ten years of 国土资源 执法监察 — 防范在先、发现及时、制止有效、查处
到位; a 省财政厅's 整改 report on 地质灾害防治专项资金 — 投资估算虚高, 结余, 项目验收) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 钭 and 郦 with rare given names); every unit is a body of 兴海县.

Run ``python tests/published/score.py --set batch560`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every cell under a holder that holds measures makes the row's point a point of
  that holder (post and name from the second heading row's ``post⏎name``), with the row's type and
  level; ``/`` makes none; one form a holder, no 科室 (the table names none); a point four holders
  fill is four holders' point; the ``注：`` line and the 填表/审核 line are no points;
- the 镇 自然资源所 are the 镇's (README: 站所的约定): their unit is the 镇 (``兴海县子科滩镇``,
  ``兴海县河卡镇``), their 科室 ``自然资源所``, their 所长 and 副所长 middle; the 县's 中心, 队, 大队 and 站
  are units of their own: 局长, 副局长, 主任 (of the 中心), 队长, 大队长, 站长 and 副站长 are leaders;
  股长, 组长 and 中队长 middle; the rest general;
- ``中心领导``, ``大队领导`` (a 科室 cell, a 所在中队 cell) are the 科室 of those leaders; a group row
  ``二、外业作业组`` gives the 科室 ``外业作业组`` (its number left off); the 站's leaders (sheet
  ``站领导``, no 科室 column) have no 科室;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况``, ``持卡时间`` and ``填表时间``
  are no points and name no holder; the 土地收购储备中心's list names no person: its forms are posts
  (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b560_"
PLACE = "兴海县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 班子成员 across, under 防控措施: (post, name)
LEADERS = [("局长", "钭彧翀"), ("副局长", "郦暄珝"), ("副局长", "钭琰澍"), ("副局长", "郦曜岷")]

# (廉政风险点, 风险类型, 风险等级, each leader's measures or NONE)
SHARED = [
    ("国有建设用地使用权出让方案和底价确定中个人说了算", "制度机制", "高", (
        "出让方案和底价提交局党组会集体研究，会议纪要存档备查。",
        "利用股按规划条件拟定方案，底价会前封存，不得事先透露。",
        NONE, NONE)),
    ("为房地产开发企业打招呼，插手干预土地招拍挂", "外部环境", "高", (
        "落实领导干部插手干预重大事项记录报告制度，每季度报告。",
        "招拍挂全程进入县公共资源交易中心，竞买资格网上审查。",
        NONE, NONE)),
    ("违法用地案件查处中降格处理、以罚代拆", "岗位职责", "高", (
        "重大案件处罚决定经局案件审理委员会集体审议。",
        NONE, NONE,
        "立案、调查、审理分离，处罚决定在县政府网站公开。")),
    ("不动产登记“加塞”办理或违规办理登记", "业务流程", "中", (
        NONE, NONE,
        "受理、审核、登簿分岗办理，登记系统全程留痕，每月抽查。",
        NONE)),
    ("补充耕地项目验收把关不严，占补平衡指标弄虚作假", "岗位职责", "中", (
        NONE,
        "补充耕地项目由县级联合验收组实地核查，验收结果公示。",
        NONE,
        "执法大队对补充耕地地块开展后期巡查，撂荒地块及时上报。")),
    ("矿山开采监管不严，对越界开采不制止、不查处", "外部环境", "中", (
        NONE, NONE, NONE,
        "矿山动态巡查每季度不少于一次，巡查记录双人签字。")),
    ("接受管理服务对象宴请、礼品礼金", "思想道德", "低", (
        "带头签订廉洁承诺书，严守中央八项规定精神。",
        "分管股室节前开展廉洁提醒谈话。",
        "对登记窗口开展明察暗访，公开监督电话。",
        "执法人员不得单独接触当事人，谢绝宴请。")),
]  # fmt: skip


def xinghai_bureau_measures_by_holder() -> dict:
    unit = f"{PLACE}自然资源局"
    n = len(LEADERS)
    ncols = 4 + n
    sh = _Sheet("班子成员", [6, 36, 10, 8] + [30] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子廉政风险防控责任分解表", ncols)
    _line(sh, f"单位：{unit}{GAP * 24}2025年6月", ncols)
    top = sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施（按班子成员分工落实）",
                 *([None] * (n - 1)))  # fmt: skip
    sh.add(None, None, None, None, *[f"{post}\n{who}" for post, who in LEADERS])
    for c in range(4):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 3 + n)
    for i, (point, typ, lv, measures) in enumerate(SHARED, 1):
        sh.add(i, point, typ, lv, *measures)
    # the truth one form a holder, in the holders' order
    for j, (post, who) in enumerate(LEADERS):
        for point, typ, lv, measures in SHARED:
            if measures[j] != NONE:
                t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _line(sh, "注：班子成员按分工在本人栏内填写防控措施，“/”表示不涉及。", ncols)
    sh.add("填表：办公室", None, None, None, "审核：", None, "局长（签字）：", None)
    return _layout(
        "xinghai_bureau_measures_by_holder", "http://orisbrush.com/shyf/fazhishishi/2012-10-23/77396_4.html",
        "(harder) 县自然资源局 领导班子廉政风险防控责任分解表, after the source's report on 国土资源系统 腐败 (审核、审批、处置、"
        "确权、登记、发证, 案件查处, a 局长 drawn in by 房地产商, a 矿山监察大队): a title, a merged ``单位：…　2025年6月`` "
        "line, then a TWO-ROW heading: 序号/廉政风险点/风险类型/风险等级 merged down, ``防控措施（按班子成员分工落实）`` "
        "merged across four holder columns, under it ``局长⏎钭彧翀``, ``副局长⏎郦暄珝``, ``副局长⏎钭琰澍``, "
        "``副局长⏎郦曜岷``; ONE ROW A POINT whose cell under EVERY holder whose point it is holds that holder's own "
        "measures and ``/`` under the others (one to four holders a row); short types, 高/中/低; a merged ``注：`` "
        "line saying so and a 填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xinghai_registration_center_list() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("一览表", [6, 12, 11, 9, 38, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "钭湜璘", "leader", "历史遗留无证房登记中擅自放宽办理条件", "制度机制风险", "高",
         "历史遗留问题逐宗提交县专题会议研究，处理意见公示。"),
        ("中心领导", "主任", "钭湜璘", "leader", "小区公共配套设施产权登记中偏向开发企业", "外部环境风险", "中",
         "配套设施登记按规划核实意见办理，业主可查询。"),
        ("登记审核股", "股长", "郦淏珞", "middle", "农村宅基地“一户多宅”审核把关不严", "岗位职责风险", "高",
         "宅基地登记与审批档案逐户比对，实行二级审核。"),
        ("登记审核股", "股长", "郦淏珞", "middle", "登簿前不核查查封、抵押信息", "业务流程风险", "中",
         "登簿前系统自动比对查封、抵押信息，异常锁定。"),
        ("登记审核股", "审核员", "钭瑗岑", "general", "补正材料不一次性告知，故意拖延办理", "思想道德风险", "低",
         "实行一次性告知和办结时限提醒。"),
        ("窗口受理股", "受理员", "郦蔚翎", "general", "身份核验走过场，冒名办理登记", "业务流程风险", "高",
         "人脸识别核验身份，受理过程录音录像。"),
        ("窗口受理股", "受理员", "郦蔚翎", "general", "与中介人员串通优先办理、代办收费", "外部环境风险", "中",
         "取号排队办理，严禁中介进入受理区。"),
        ("档案信息股", "档案管理员", "钭泓嶷", "general", "违规查询、泄露不动产登记信息", "岗位职责风险", "中",
         "查询凭证件登记，查询记录定期核查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "xinghai_registration_center_list", "https://www.duzhe.de/read/26877/217.html",
        "县不动产登记中心 岗位廉政风险防控一览表, after the source's piece on 不动产登记 difficulties (宅基地 “一户多宅”, "
        "历史遗留无证房, 公共配套设施 产权): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室 "
        "merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def xinghai_land_reserve_posts() -> dict:
    unit = f"{PLACE}土地收购储备中心"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "收储计划编制", "收储地块选择受开发企业左右，优亲厚友", "一级",
         "年度收储计划报县土地储备工作领导小组审定。"),
        ("中心领导", "主任", "leader", "储备土地供应", "已储备地块违规协议出让或压低出让价格", "一级",
         "供应一律进入招拍挂，工业用地不低于最低价标准。"),
        ("收储业务股", "股长", "middle", "收储补偿测算", "补偿面积、地上附着物虚增多算", "一级",
         "委托第三方评估，测算结果在村组公示。"),
        ("收储业务股", "业务员", "general", "闲置土地清查", "对供而未用、圈而不建地块隐瞒不报", "二级",
         "闲置土地台账每季度与变更调查成果比对。"),
        ("储备地管护股", "管护员", "general", "储备地临时利用", "私自出租储备地，租金不入账", "二级",
         "临时利用经中心办公会研究，租金全额上缴财政。"),
        ("财务股", "出纳", "general", "收款票据管理", "收款票据领用、核销不登记", "三级",
         "票据领用登记，每月与会计对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xinghai_land_reserve_posts", "https://m.shutu.cn/template/p8852043.html",
        "县土地收购储备中心 岗位廉政风险点排查表 对岗不对人, after the source's 县 plan on 闲置土地 (批而未征、征而未供、"
        "供而未用, 招拍挂, 工业用地最低价, 批后监管): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/"
        "a long 风险表现/风险等级 ``一级/二级/三级``/防控措施; no names, no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xinghai_survey_team_group_rows() -> dict:
    unit = f"{PLACE}测绘队"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、队领导", "队领导", [
            ("队长", "钭昱潼", "leader", [
                ("测绘项目承接中指定合作单位，收受好处", "Ⅰ级", "合作单位比选结果经队务会研究并公示。"),
                ("测绘仪器设备采购化整为零规避招标", "Ⅰ级", "设备采购按政府采购目录执行。"),
            ]),
        ]),
        ("二、外业作业组", "外业作业组", [
            ("组长", "郦崟瑛", "middle", [
                ("野外实测中按当事人意愿调整界址点", "Ⅰ级", "界址点现场指认，四邻签字确认。"),
                ("外业补助、车辆油费虚报冒领", "Ⅱ级", "外业补助按作业日志核发，油卡专人管理。"),
            ]),
        ]),
        ("三、内业数据组", "内业数据组", [
            ("数据处理员", "钭璟翾", "general", [
                ("擅自修改面积测算数据", "Ⅰ级", "成果数据修改须经组长审批并留痕。"),
                ("违规向外提供涉密测绘成果", "Ⅱ级", "涉密成果专机存放，提供须经审批登记。"),
            ]),
        ]),
        ("四、质量检查组", "质量检查组", [
            ("质检员", "郦澍崧", "general", [
                ("成果自检、质量检查走过场", "Ⅱ级", "检查按比例抽样，检查记录存档。"),
                ("验收记录事后补填", "Ⅲ级", "验收记录当场填写，参加人员签字。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "xinghai_survey_team_group_rows", "https://www.tdivf.com/resources/251084.html",
        "县测绘队 廉政风险防控责任清单, after the source's note on 工程测绘 验收 (测量方案, 野外作业, 数据处理, 自检与整改, "
        "质量检查, 验收记录): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、队领导``, ``二、外业作业组``, ``三、内业数据组``, ``四、质量检查组`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def xinghai_enforcement_cards() -> dict:
    unit = f"{PLACE}自然资源执法监察大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "钭晗珽", "大队长", "大队领导", "leader", [
            ("违法用地案件立案后压案不办、久拖不结", "★★★", "案件办理时限系统提醒，超期说明。"),
            ("涉嫌犯罪案件不移送，以罚代刑", "★★★", "案件移送经集体研究，移送情况报局党组。"),
        ]),
        ("中队长", "郦颋渼", "中队长", "一中队", "middle", [
            ("动态巡查发现违法占地瞒报漏报", "★★★", "巡查轨迹和照片上传监管平台。"),
            ("责令改正后拆除复耕验收走过场", "★★", "复耕验收会同乡镇和农业农村部门现场核实。"),
        ]),
        ("执法队员", "钭旻璠", "执法队员", "二中队", "general", [
            ("现场勘查笔录记录不实", "★★", "勘查两人以上，笔录当事人签字。"),
            ("接受当事人宴请、说情", "★", "执法全过程记录，严禁单独接触当事人。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, squad, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("所在中队", squad, "持卡时间", "2025年5月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, squad, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "xinghai_enforcement_cards", "http://whqqly.com/credit/4/2023-03-29/7046675978109915535.html",
        "县自然资源执法监察大队 岗位廉政风险防控卡, one sheet a holder (tabs named by the post), after the source's "
        "自然资源部 通报 of 土地违法案件 (立案调查, 责令改正, 恢复耕地种植条件, 移送司法机关): a title, "
        "``姓　名 | … | 职　务 | …`` and ``所在中队 | … | 持卡时间 | …`` label pairs, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xinghai_ziketan_selfchecks() -> dict:
    town = f"{PLACE}子科滩镇"
    t = _Truth(town)
    people = [
        ("钭滢翊", "所长", "middle", [
            ("农村宅基地申请初审把关不严，超面积报批", "高风险", "初审实行所务会集体研究，申请和批准结果村内公示。", "已落实"),
            ("对辖区违法占地报告不及时", "中风险", "发现违法占地当日报镇政府和县局。", "未发现问题"),
        ]),
        ("郦沨岫", "国土资源协管员", "general", [
            ("宅基地现场踏勘丈量不实", "高风险", "踏勘两人以上，丈量结果当场签字。", "已落实"),
            ("利用政策咨询收受群众好处", "低风险", "办事指南公开上墙，公开监督电话。", "未发现问题"),
        ]),
        ("钭邈澄", "土地执法巡查员", "general", [
            ("发现村委会擅自推填集体土地不制止、不上报", "高风险", "巡查发现问题拍照取证，当日报告。", "已落实"),
            ("动态巡查台账记录不实", "中风险", "巡查台账每周由所长抽查签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{town}自然资源所岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "自然资源所", post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xinghai_ziketan_selfchecks", "https://qianinfo.com/index/34/50/4481308.html",
        "镇自然资源所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省 list of "
        "违法违规用地 cases (动态巡查, a 村委会 turning 集体土地 into 宅基地, 责令停止土地违法行为): a title, a label "
        "row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def xinghai_heka_register() -> dict:
    town = f"{PLACE}河卡镇"
    sh = _Sheet("登记表", [6, 14, 10, 38, 12, 11, 34])
    t = _Truth(town)
    _line(sh, f"{town}自然资源所廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", "郦琤嵛", "middle", [
            ("集体经营性建设用地入市审核中优亲厚友", "制度机制", "一级风险", "入市方案经村民代表会议表决并公示。"),
            ("土地执法巡查发现问题不制止", "岗位职责", "二级风险", "巡查发现问题当日制止、当日报告。"),
        ]),
        ("副所长", "钭熠珈", "middle", [
            ("设施农业用地备案把关不严", "业务流程", "二级风险", "备案材料与实地核查结果一致方可备案。"),
        ]),
        ("登记服务员", "郦霖岵", "general", [
            ("农房确权登记资料审核不严", "业务流程", "二级风险", "资料审核实行初审、复核两级。"),
            ("代办登记收取费用", "思想道德", "三级风险", "代办服务一律免费，收费公示。"),
        ]),
        ("地质灾害监测员", "钭峤琮", "general", [
            ("隐患点巡查记录弄虚作假", "岗位职责", "二级风险", "巡查记录与定位照片同步上传。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "自然资源所", post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "xinghai_heka_register", "http://m.jizihe.com/page/2012/0408/20208414.shtml",
        "镇自然资源所 廉政风险点排查登记表, after the source's report on ten years of 国土资源 执法监察 (防范在先、发现及时、"
        "制止有效、查处到位, 动态巡查): a title, 序号/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; no 科室 column; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xinghai_geo_station_two_sheets() -> dict:
    unit = f"{PLACE}地质环境监测站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("钭岍琳", "站长", "主持全面工作", [
            ("地质灾害治理项目立项不经集体研究", "一级", "项目立项经站务会研究，报县自然资源局审核。"),
            ("治理工程施工单位选定中打招呼", "一级", "施工单位一律通过公开招标确定。"),
        ]),
        ("郦璐昶", "副站长", "分管地质灾害防治项目", [
            ("项目可研和预算编制投资估算虚高", "一级", "可研和预算委托第三方评审。"),
            ("治理工程竣工验收把关不严", "二级", "验收邀请县财政、审计部门参加。"),
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
        ("项目管理股", "股长", "郦瀞萱", "middle", "治理工程量签证不实", "一级", "工程量签证现场核实，监理、施工、站方三方签字。"),
        ("项目管理股", "股长", "郦瀞萱", "middle", "项目结余资金不按规定清理", "二级", "项目完工后三个月内清理结余资金。"),
        ("监测预警股", "监测员", "钭甯澈", "general", "群测群防员补助发放不实", "二级", "补助名单在乡镇公示，打卡发放。"),
        ("监测预警股", "监测员", "钭甯澈", "general", "隐患点核销资料弄虚作假", "二级", "核销前现场核查，资料存档备查。"),
        ("综合股", "会计", "郦玙岚", "general", "专项资金报销票据审核不严", "三级", "报销单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xinghai_geo_station_two_sheets", "https://czt.guizhou.gov.cn/xwzx/tzgg/201911/t20191120_64859517.html",
        "县地质环境监测站 廉政风险防控一览表 in TWO SHEETS, after the source's 省财政厅 整改 report on 地质灾害防治专项资金 "
        "(项目预算编制不合理, 投资估算虚高, 结余资金, 监管薄弱): sheet 站领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xinghai_bureau_measures_by_holder(),
    xinghai_registration_center_list(),
    xinghai_land_reserve_posts(),
    xinghai_survey_team_group_rows(),
    xinghai_enforcement_cards(),
    xinghai_ziketan_selfchecks(),
    xinghai_heka_register(),
    xinghai_geo_station_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch560-inbox"))

"""The two-hundred-and-ninety-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 局/委/办,
平昌县 (a hill county of 巴中 where the 巴河 and the 通河 meet at 江口, its staff Han) — its
应急管理局, 住房和城乡建设局, 自然资源和规划局, 退役军人事务局, 信访局, 水利局 and 医疗保障局, and its
交通运输局 — each handing back the 一览表, 防控表, 排查表, 防控卡, 自查表 or 责任清单 its staff typed in
WPS or Excel:

- the 应急管理局's 一览表 under a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged (局领导,
  救灾和物资保障股, 安全生产综合监管股, 办公室), ``岗位`` and ``姓名`` merged per person, short types,
  高/中/低, a 填表人/审核人/局长（签字） line;
- the 住房和城乡建设局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``一级/二级/三级``;
- the 自然资源和规划局's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``高风险/中风险/低风险``, no names, no types; an 编制/审核/date line;
- the 退役军人事务局's 防控卡, one sheet a holder (tabs 局长, 优抚褒扬股, 移交安置股): ``姓　名 | … |
  职　务 | …`` and ``所在股室 | … | 分管工作 | …`` above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``,
  ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 信访局's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 股　室 | … | 职　务 | …``
  in one row and a merged ``自查时间`` line above ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … | 局长意见：``;
- the 水利局's 防控表 under GROUP ROWS ``一、局领导`` … ``四、计划财务股`` merged across (no 股室 column):
  ``岗位 | 姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``;
- the 医疗保障局's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项`` before
  the ``廉政风险点``, 高/中/低, no type column, and a last ``责任领导`` column.

One is harder:

- ``pingchang_transport_level_in_point``: the 交通运输局's 岗位廉政风险防控一览表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施``, ``股室`` merged down, ``岗位`` and
  ``姓名`` merged per person, short types, a 填报单位 line above and a 填表人/审核人 line below) with NO
  LEVEL COLUMN: EACH POINT'S LEVEL IS WRITTEN AT THE END OF ITS OWN ``廉政风险点`` CELL, in full-width
  brackets — ``客运班线经营许可审批把关不严，为不符合条件的企业发放许可（Ⅰ级）``, ``…（Ⅱ级）``,
  ``…（Ⅲ级）`` — and a ``注：`` line under the table says that the bracket after each point is its
  level (Ⅰ级 high, Ⅱ级 middle, Ⅲ级 low). The header over the points is the plain ``廉政风险点``, not
  a joined ``风险点及等级``. The README's 读得懂的表 knows a level in brackets after a point
  (``违规审批(高)``, ``【一级】…``) only under a header joined by 及 (``风险点及等级``), a level cell
  written in brackets (``（高）``, ``【低】``), marks BEFORE a point (``★``/``☆``) defined by a note when
  there is no level column, group rows ``一、一级风险点`` grading the rows under them, and levels
  in their own column in every other spelling; it does not describe a plain ``廉政风险点`` column
  whose every cell ENDS with its own level in brackets, the table having no level column and the
  header saying nothing of levels, so that the level must be cut off the end of the point's text
  (and the point is the text before it).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县交通运输局's 运输市场整治年 —
客运市场, 无证营运, 错峰巡查, 维修市场 拉网式检查, 驾培 抽查; a 县应急管理局's 督查 of the 乡镇
应急物资储备 — 账实相符, 库存数量, 使用台账, 领用管理; a 市住房城乡建设局's 巡察整改 — 问题清单,
任务清单, 责任清单, 整改措施, 挂图作战, 销号管理; a 座谈 on 土地储备机构 — 收购, 前期开发 公开招标,
一级市场, 与下属开发企业脱钩; a 市退役军人事务局's 专项资金使用管理制度 — 优抚对象抚恤补助, 残疾
抚恤, 定期生活补助, 60周岁以上农村籍退役士兵老年生活补助, 社会化发放; a collection on 信访
风险防控 — 社会稳定风险, 走访, 诉求, 信访维稳; a 区水利局's 廉政约谈 of a 翻水站 project's 参建
单位 — 设计变更, 现场签证, 资金拨付, 工程验收, 工程结算, 廉政合同; 医疗保障 经办 rules — 服务协议,
日常审核, 智能审核, 核查检查, 结算拨付, 拒付, 追回违规费用) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
surnames of the 百家姓 with rare given names, three characters each); every unit is a body of
平昌县.

Run ``python tests/published/score.py --set batch294`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``廉政风险点`` cell ``…（Ⅱ级）`` is ONE point: the point is the text before
  the last full-width bracket, the level the ``Ⅰ级/Ⅱ级/Ⅲ级`` in it (1/2/3, as the ``注：`` line says),
  as the README's 及 headers and ``LEVEL_MARKS`` take a level written beside a point; the holder is
  the row's ``姓名``, the post its ``岗位``, the 科室 its ``股室``; the 注 line is no point;
- every 局 here is a unit of its own, its 股 and 办公室 its 科室; ``局领导`` (a 股室 cell, a card's 所在股室,
  a group row, the sheet ``局领导`` of the 住建局) is the 科室 of the leaders; a group row
  ``二、水利工程建设管理股`` gives the 科室 ``水利工程建设管理股`` (its number left off);
- 局长 and 副局长 are leaders; 股长 middle; the rest (科员, 会计, 出纳, 经办员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 自然资源和规划局's list names no person: its forms are posts
  (对岗不对人); in the 医疗保障局's list the last column ``责任领导`` names the leader who supervises,
  the holder is ``责任人``;
- ``高/中/低``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``★★★/★★/★``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b294_"
PLACE = "平昌县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
LEAD = "局领导"


# --------------------------------------------------------------------------- harder layout

LEVEL_NOTE = (
    "注：廉政风险点后括号内标注的是该风险点的风险等级，Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。"
)

# (股室, 岗位, 姓名, tier, [(风险点, 类型, 等级, 防控措施)]) — the level goes into the point's cell
TRANSPORT = [
    (LEAD, "局长", "鄢漪岷", "leader", [
        ("交通建设项目发包、大额资金安排不经党组会集体研究，个人说了算", "制度机制", "Ⅰ级",
         "“三重一大”事项党组会集体研究，会议纪要存档。"),
        ("为亲友承揽农村公路建设、养护工程打招呼、插手干预", "思想道德", "Ⅰ级",
         "插手干预重大事项如实记录，按季度报告。"),
    ]),
    (LEAD, "副局长", "濮霁葳", "leader", [
        ("道路运输企业质量信誉考核打人情分", "岗位职责", "Ⅱ级", "考核结果集体评定，在局网站公示。"),
        ("运输市场专项整治中为违规企业说情、减轻处理", "外部环境", "Ⅱ级", "说情打招呼事项一律登记。"),
    ]),
    ("运输管理股", "股长", "糜楚沨", "middle", [
        ("客运班线经营许可审批把关不严，为不符合条件的企业发放许可", "业务流程", "Ⅰ级",
         "许可条件和结果网上公开，实行初审、复审两级审核。"),
        ("对巡查发现的无证营运线索不移交执法大队查处", "岗位职责", "Ⅱ级", "巡查线索登记台账，移交情况每月通报。"),
    ]),
    ("运输管理股", "科员", "檀芷澔", "general", [
        ("驾培机构教学抽查走过场，接受驾校宴请", "思想道德", "Ⅱ级", "抽查两人以上，抽查记录驾校签字确认。"),
        ("维修企业拉网式检查中对不达标企业不下达整改通知", "岗位职责", "Ⅲ级", "检查结果逐户登记，整改通知书编号管理。"),
    ]),
    ("建设管理股", "股长", "谈岫淇", "middle", [
        ("农村公路工程设计变更审核不严，虚增工程量", "业务流程", "Ⅰ级", "设计变更经监理、跟踪审计和局三方会签。"),
        ("交工验收降低标准，质量问题未整改即签字", "岗位职责", "Ⅱ级", "交工验收邀请质监机构参加，问题清单销号。"),
    ]),
    ("计划财务股", "会计", "宓翀涟", "general", [
        ("车购税补助和养护资金不按进度拨付，截留挪用", "制度机制", "Ⅰ级", "资金按进度报表和审批单拨付，专账核算。"),
        ("报销票据审核不严，虚列会议、培训支出", "业务流程", "Ⅲ级", "报销实行经办、审核、审批三签。"),
    ]),
]  # fmt: skip


def with_level(point: str, level: str) -> str:
    """The cell as the 交通运输局 typed it: the point, then its level in full-width brackets."""
    return f"{point}（{level}）"


def pingchang_transport_level_in_point() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 12, 8, 9, 46, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in TRANSPORT:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, with_level(point, lv), typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, LEVEL_NOTE, 7)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "pingchang_transport_level_in_point", "https://m.shzx.org/a/58-10449-0.html",
        "(harder) 县交通运输局 岗位廉政风险防控一览表, after the source's 县交通运输局 运输市场整治年 (客运市场, 无证营运, 错峰"
        "巡查, 维修市场 拉网式检查, 驾培 抽查): a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/"
        "股室 merged (局领导, 运输管理股, 建设管理股, 计划财务股)/岗位 and 姓名 merged per person/``廉政风险点``/风险类型 (short "
        "names)/防控措施 — NO LEVEL COLUMN: each 廉政风险点 cell ENDS with its level in full-width brackets ``…（Ⅰ级）``, "
        "``…（Ⅱ级）``, ``…（Ⅲ级）``, and a merged ``注：`` line under the table says the bracket is the point's level (Ⅰ级 高, "
        "Ⅱ级 中, Ⅲ级 低); a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pingchang_emergency_list() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("一览表", [6, 16, 8, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 14}填报时间：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        (LEAD, "局长", "薄湛峤", "leader", [
            ("应急物资采购不经集体研究，指定供应商", "制度机制", "高", "物资采购按限额标准执行，局务会集体研究。"),
            ("安全生产行政处罚案件审批中降格处理", "岗位职责", "高", "重大处罚案件集体讨论，结果公开。"),
        ]),
        ("救灾和物资保障股", "股长", "郄珞汀", "middle", [
            ("救灾物资、资金分配优亲厚友，虚报受灾人口", "思想道德", "高", "分配方案集体研究，受助名单在村务公开栏公示。"),
            ("应急物资储备账实不符，领用后不及时补充", "业务流程", "中", "储备物资每季度盘点，领用登记、用后补充。"),
        ]),
        ("救灾和物资保障股", "科员", "鞠溯霖", "general", [
            ("应急物资出入库台账不及时更新", "业务流程", "低", "出入库当日登记，股长每月核对。"),
            ("乡镇应急物资储备督查走过场，问题不反馈", "岗位职责", "中", "督查问题逐一反馈，实行“回头看”。"),
        ]),
        ("安全生产综合监管股", "股长", "眭沛霆", "middle", [
            ("执法检查前向企业通风报信", "外部环境", "高", "检查对象“双随机”抽取，出发前临时告知。"),
            ("重大事故隐患整改验收不到现场即销号", "岗位职责", "中", "隐患销号附现场影像资料。"),
        ]),
        ("办公室", "出纳", "缑怡滢", "general", [
            ("现金收支不及时入账，公款私存", "业务流程", "低", "现金日清月结，银行账户定期对账。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "pingchang_emergency_list", "http://m.fqjz1.com/gongkai/show/20200116160154-27820-00-000.html",
        "县应急管理局 岗位廉政风险防控一览表, after the source's 县应急管理局 督查 of the 乡镇 应急物资储备 (账实相符, 库存数量, "
        "使用台账, 领用管理, 回头看): a title, a merged ``填报单位（盖章）：…　填报时间：2025年5月`` line, then 序号/股室 merged "
        "(局领导, 救灾和物资保障股, 安全生产综合监管股, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def pingchang_housing_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet(LEAD, [6, 9, 8, 20, 38, 13, 8, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("阙峥淼", "局长", "主持全面工作，分管财务、人事", [
            ("重大项目资金安排不经党组会研究，个人决定", "制度机制风险", "一级", "“三重一大”事项党组会集体研究。"),
            ("巡察反馈问题整改敷衍，清单销号不实", "岗位职责风险", "二级", "整改清单逐项销号，佐证材料存档备查。"),
        ]),
        ("璩翊湉", "副局长", "分管建筑市场、工程质量安全", [
            ("插手工程招投标，为特定企业谋利", "外部环境风险", "一级", "招投标全部进入公共资源交易平台。"),
            ("对工程质量安全违法行为说情、打招呼", "思想道德风险", "二级", "说情打招呼事项一律登记报告。"),
        ]),
        ("隗汐骞", "副局长", "分管住房保障、房地产市场", [
            ("保障性住房分配审核把关不严", "岗位职责风险", "一级", "分配对象三级审核，名单公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, LEAD, post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    dept = _Sheet("股室", [6, 16, 8, 9, 38, 13, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("建筑市场监管股", "股长", "郈蕴琛", "middle", [
            ("施工许可审查降低条件，违规发放许可", "岗位职责风险", "一级", "许可条件一次性告知，初审、复审分离。"),
            ("建筑企业资质动态核查走过场", "业务流程风险", "二级", "核查结果复核并随机抽查。"),
        ]),
        ("质量安全监管股", "科员", "籍淞棠", "general", [
            ("质量监督抽检记录弄虚作假", "岗位职责风险", "二级", "抽检全程记录，样品双人封存。"),
            ("接受施工单位宴请、礼品", "思想道德风险", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("住房保障股", "股长", "夔澄旸", "middle", [
            ("公租房承租资格年度复核不严，不符合条件的人员继续承租", "业务流程风险", "二级",
             "复核与民政、不动产登记数据比对。"),
            ("租金减免审批优亲厚友", "思想道德风险", "三级", "减免对象集体评定并公示。"),
        ]),
        ("计划财务股", "会计", "暨沐珣", "general", [
            ("老旧小区改造专项资金挤占挪用", "制度机制风险", "一级", "专项资金专账核算，按进度拨付。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "pingchang_housing_two_sheets", "http://fangchan.com/credit/2/2021-02-23/6769838705764274402.html",
        "县住房和城乡建设局 廉政风险防控表 in two sheets, after the source's 市住房城乡建设局 巡察整改 (问题清单, 任务清单, "
        "责任清单, 整改措施, 挂图作战, 销号管理): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/"
        "风险类别 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 "
        "merged (建筑市场监管股, 质量安全监管股, 住房保障股, 计划财务股)/岗位 and 姓名 merged per person/…; a 填表人/审核人/"
        "局长（签字） line)",
        [lead, dept], t,
    )  # fmt: skip


def pingchang_land_posts() -> dict:
    unit = f"{PLACE}自然资源和规划局"
    sh = _Sheet("排查表", [6, 16, 8, 14, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    plan, use, keep = "国土空间规划股", "自然资源开发利用股", "耕地保护监督股"
    rows = [
        (LEAD, "局长", "leader", "土地出让", "土地出让方案不经集体研究，违规降低出让底价", "高风险",
         "出让方案局党组会研究，底价集体决定。"),
        (LEAD, "副局长", "leader", "规划条件调整", "违规调整容积率等规划条件，为开发企业谋利", "高风险",
         "规划条件调整经规委会审议并公示。"),
        (plan, "股长", "middle", "规划许可", "建设工程规划许可审查不严，违规核发", "高风险",
         "许可审查实行经办、复核、审批分离。"),
        (plan, "科员", "general", "规划核实", "规划核实走过场，对超面积建设不纠正", "中风险",
         "规划核实两人以上到场，测绘成果存档。"),
        (use, "股长", "middle", "土地收储", "收储土地评估价格不实，多付补偿", "高风险",
         "评估机构随机抽取，评估报告集体审核。"),
        (use, "股长", "middle", "前期开发", "土地前期开发不公开招标，指定关联企业实施", "中风险",
         "前期开发一律公开招标，收储机构与企业脱钩。"),
        (keep, "科员", "general", "占补平衡", "补充耕地项目验收把关不严，数量质量不实", "中风险",
         "验收邀请乡镇和村组参加，影像留存。"),
        (keep, "科员", "general", "违法用地巡查", "巡查发现违法用地不上报、不制止", "低风险",
         "巡查记录每周上报，卫片图斑逐一核查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：局办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "pingchang_land_posts", "https://gzshengchen.com/lfsgt/banshi/zhengcejiedu/101534292724939",
        "县自然资源和规划局 廉政风险点排查表 对岗不对人, after the source's 座谈 on 土地储备机构 (收购, 前期开发 公开招标, "
        "一级市场, 与下属开发企业脱钩): a title, then 序号/股室 merged (局领导, 国土空间规划股, 自然资源开发利用股, 耕地保护"
        "监督股)/岗位 merged per post/a short 风险点/a long 风险表现/风险等级 ``高风险/中风险/低风险``/防控措施; no names, no "
        "type column; an ``编制：局办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def pingchang_veterans_cards() -> dict:
    unit = f"{PLACE}退役军人事务局"
    t = _Truth(unit)
    cards = [
        ("局长", "鄂霈澜", "局长", LEAD, "leader", "主持全面工作，分管财务、人事", [
            ("优抚对象抚恤补助资金分配不经集体研究", "制度机制风险", "★★★", "资金分配方案局党组会研究。"),
            ("退役士兵安置岗位分配中打招呼、优亲厚友", "思想道德风险", "★★★", "安置岗位公开选岗，结果公示。"),
            ("光荣院改造项目插手干预", "外部环境风险", "★★", "项目发包进入公共资源交易平台。"),
        ]),
        ("优抚褒扬股", "宦淙翎", "股长", "优抚褒扬股", "middle", "负责优抚、褒扬和抚恤补助资金审核", [
            ("残疾等级评定材料审核不严", "岗位职责风险", "★★★", "评定材料两人审核，结果公示。"),
            ("定期抚恤对象死亡后不及时停发，造成冒领", "业务流程风险", "★★", "每月与民政、公安数据比对。"),
        ]),
        ("移交安置股", "阚濯汐", "科员", "移交安置股", "general", "负责退役士兵接收和老年生活补助认定", [
            ("60周岁以上农村籍退役士兵老年生活补助认定不实", "业务流程风险", "★★", "认定材料乡镇、县两级审核。"),
            ("接受安置对象礼品礼金", "思想道德风险", "★", "拒收登记，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, work, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("所在股室", dept, "分管工作", work, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人签字：", None, "监督电话：0827-12388", None, None)
        sheets.append(sh)
    return _layout(
        "pingchang_veterans_cards", "http://m.ob665.com/21502/35991/36001/content_1526315.html",
        "县退役军人事务局 岗位廉政风险防控卡, one sheet a holder (tabs 局长, 优抚褒扬股, 移交安置股), after the source's 市退役"
        "军人事务局 专项资金使用管理制度 (优抚对象抚恤补助, 残疾抚恤, 定期生活补助, 60周岁以上农村籍退役士兵老年生活补助, "
        "社会化发放): a title, ``姓　名 | … | 职　务 | …``, ``所在股室 | … | 分管工作 | …``, then 序号/风险点/风险类别 ``…风险``/"
        "风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def pingchang_petition_selfchecks() -> dict:
    unit = f"{PLACE}信访局"
    t = _Truth(unit)
    people = [
        ("邰蓁汐", LEAD, "副局长", "leader", [
            ("信访事项交办督办不力，积案长期不化解", "Ⅰ级", "积案实行领导包案，按月通报化解进度。", "已落实"),
            ("接受信访人或利害关系人宴请、礼品", "Ⅱ级", "严守廉洁纪律，拒收登记。", "未发现问题"),
        ]),
        ("胥屹涓", "来访接待股", "股长", "middle", [
            ("来访登记不全，选择性受理", "Ⅱ级", "来访一律登记录入系统，受理告知书当场出具。", "已整改"),
            ("泄露信访人信息和举报材料", "Ⅰ级", "信访材料专人保管，查阅审批留痕。", "未发现问题"),
        ]),
        ("蒲翚涓", "网上信访办理股", "科员", "general", [
            ("网上信访件转办超期、答复意见不实", "Ⅱ级", "转办时限系统预警，答复意见股长审核。", "已落实"),
            ("群众满意度评价弄虚作假", "Ⅲ级", "满意度回访电话随机抽查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 32, 12, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"股{GAP}室", dept, f"职{GAP}务", post)
        r = sh.add("自查时间", "2025年6月", None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况", None)
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found, None)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "局长意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "pingchang_petition_selfchecks", "https://www.qiying88.com/yiqingfangkong/57406.html",
        "县信访局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's collection on 信访风险"
        "防控 (社会稳定风险, 走访, 诉求, 信访维稳): a title, ``姓　名 | … | 股　室 | … | 职　务 | …`` in one row, a merged "
        "``自查时间 | 2025年6月`` line, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; a "
        "blank row and ``本人签名： | 局长意见：``",
        sheets, t,
    )  # fmt: skip


def pingchang_water_group_rows() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("防控表", [6, 10, 9, 40, 10, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、局领导", LEAD, [
            ("局长", "钮淇岳", "leader", [
                ("水利工程建设项目招标中插手干预", "外部环境", "一级风险", "招标全部进入公共资源交易平台。"),
                ("工程建设重大设计变更不经集体研究", "制度机制", "一级风险", "重大变更局党组会研究并报审批。"),
            ]),
        ]),
        ("二、水利工程建设管理股", "水利工程建设管理股", [
            ("股长", "滑峋澜", "middle", [
                ("设计变更审核把关不严，增加投资", "业务流程", "一级风险", "变更经设计、监理、业主三方会签。"),
                ("现场签证工程量与实际不符", "岗位职责", "二级风险", "签证附影像资料，跟踪审计复核。"),
            ]),
            ("科员", "巢沚渟", "general", [
                ("工程验收降低标准，问题未整改即验收", "岗位职责", "二级风险", "验收问题清单销号后再签字。"),
                ("《建设工程施工廉政合同》签订后不检查落实", "制度机制", "三级风险", "廉政合同履行情况每季度检查。"),
            ]),
        ]),
        ("三、农村水利股", "农村水利股", [
            ("股长", "阴翾澜", "middle", [
                ("农村供水工程维修养护资金分配优亲厚友", "思想道德", "二级风险", "分配方案集体研究并公示。"),
            ]),
        ]),
        ("四、计划财务股", "计划财务股", [
            ("会计", "曲瀞岑", "general", [
                ("工程款不按合同和进度支付", "业务流程", "一级风险", "支付凭合同、计量单和审批单办理。"),
                ("资金拨付审批手续不全即支付", "制度机制", "三级风险", "拨付手续不全的一律退回。"),
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
    sh.add("制表：局办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "pingchang_water_group_rows", "http://huibaish.com/html/jsnews/around/11006401_1.html",
        "县水利局 廉政风险防控表, after the source's 区水利局 廉政约谈 of a 翻水站 更新改造工程's 参建单位 (设计变更, 现场签证, "
        "资金拨付, 工程验收, 工程结算, 廉政合同): a title, 序号/岗位/姓名/风险点/风险类别 (short names)/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、局领导``, ``二、水利工程建设管理股``, ``三、农村水利股``, "
        "``四、计划财务股`` merged across (no 股室 column); 岗位 and 姓名 merged per person; a ``制表：局办公室 | 审核： | "
        "2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def pingchang_medical_security_duties() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("责任清单", [6, 14, 9, 9, 14, 36, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    chief, deputy = "竺湜岚", "沃屿澂"
    party = "局党组"
    rows = [
        (LEAD, "局长", chief, "leader", "基金监管", "对定点医药机构违规使用基金行为降格处理", "高",
         "处理决定局党组会集体研究。", party),
        (LEAD, "局长", chief, "leader", "人员管理", "经办审核等关键岗位长期不轮岗", "中",
         "关键岗位五年轮岗。", party),
        (LEAD, "副局长", deputy, "leader", "协议管理", "定点医药机构准入评估中打招呼", "高",
         "评估专家随机抽取，结果公示。", chief),
        ("医药服务管理股", "股长", "厉淼琮", "middle", "协议考核", "定点医药机构年度考核打人情分", "中",
         "考核细则公开，考核结果集体评定。", deputy),
        ("医药服务管理股", "股长", "厉淼琮", "middle", "核查检查", "核查发现的违规费用不追回", "高",
         "核查问题建立台账，追回情况按月通报。", deputy),
        ("待遇保障股", "经办员", "晁靖涟", "general", "费用审核", "智能审核疑点不核实即结算", "高",
         "疑点费用逐条核实，留痕备查。", deputy),
        ("待遇保障股", "经办员", "晁靖涟", "general", "异地就医备案", "异地就医备案材料审核不严", "低",
         "备案材料清单化审核。", deputy),
        ("基金财务股", "会计", "揭濯汀", "general", "结算拨付", "不按服务协议约定及时结算拨付", "中",
         "结算时限系统预警，拨付凭审核单办理。", chief),
        ("基金财务股", "会计", "揭濯汀", "general", "拒付费用", "应拒付的费用照常支付", "中",
         "拒付清单与支付清单逐月核对。", chief),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, duty, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "局长：", None, None, None)
    return _layout(
        "pingchang_medical_security_duties", "http://admin.cairuijun.com/Mobile/MArticles/jjsy.html",
        "县医疗保障局 廉政风险防控责任清单, after the source's 医疗保障 经办 rules (服务协议, 日常审核, 智能审核, 核查检查, 结算"
        "拨付, 拒付, 追回违规费用): a title, 序号/股室 merged (局领导, 医药服务管理股, 待遇保障股, 基金财务股)/岗位 and 责任人 "
        "merged per person/``职责事项``/廉政风险点/风险等级 高/中/低/防控措施/a last ``责任领导`` column (a leader's name or "
        "局党组); no type column; a blank row and a 填报人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pingchang_transport_level_in_point(),
    pingchang_emergency_list(),
    pingchang_housing_two_sheets(),
    pingchang_land_posts(),
    pingchang_veterans_cards(),
    pingchang_petition_selfchecks(),
    pingchang_water_group_rows(),
    pingchang_medical_security_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch294-inbox"))

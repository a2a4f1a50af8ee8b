"""The three-hundred-and-eighteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 教育 bodies,
峨眉山市 (a county-level city of 乐山, its staff Han) — its 教育局, its 第一中学 and 第二中学, its
实验小学 and 第三小学, its 第一幼儿园, its 职业技术学校 and its 教师进修学校 — each handing back the
一览表, 防控卡, 自查表, 排查表, 责任清单 or 防控表 its staff typed in WPS or Excel:

- the 教育局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column, a
  填表人/审核人/date line on each;
- the 第一中学's 廉政风险防控卡, one sheet a holder (tabs 校长, 副校长, 总务处主任): ``姓　名 | … |
  职　务 | …`` and ``所在处室 | … | 分管工作 | …`` in two rows of pairs above ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人（签字）： | … |
  监督电话：…``;
- the 实验小学's 自查表, one sheet a person (tabs named by the person): a label row ``姓　名 | 所在部门 |
  职　务 | 填表时间`` over a row of values, then ``序号 | 廉政风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 校长意见：``;
- the 第一幼儿园's 排查表 对岗不对人: NO 科室 column, ``岗位`` merged per post, a ``工作环节`` before the
  ``风险点``, ``…风险`` types, 高/中/低, no names; a 制表/审核/date line;
- the 教师进修学校's 防控表 under GROUP ROWS ``一、校领导`` … ``四、办公室`` merged across (no 部门
  column): ``岗位 | 姓名`` merged per person, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 第二中学's 责任清单 under ``附件2``: ``处室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉洁风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, an ``编制： |
  审核： | 2025年9月`` line;
- the 第三小学's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``处室`` merged,
  ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``, short types,
  bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``emeishan_vocational_types_by_number``: the 职业技术学校's 岗位廉政风险防控一览表, an ordinary
  一览表 in every other way (a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, ``序号 |
  处室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, ``处室`` merged, ``岗位`` and ``姓名`` merged
  per person, 高/中/低), that has NO TYPE COLUMN: the RISK TYPE of every point is given in a merged
  ``注：`` line below the table BY ITS 序号 — ``注：1.风险类型（因版面所限未单列）：第1、5、11项为
  思想道德风险；第2、7—8项为制度机制风险；第3、6、13项为岗位职责风险；第4、9、12项为业务流程风险；
  第10、14项为外部环境风险。2.风险等级分高、中、低三级。`` — single numbers and ranges ``第7—8项``
  mixed, each of the 14 points named once. The README's 读得懂的表 knows a type column (short names,
  ``…风险``, ``同上``, merged down), type sub-columns ticked ``√`` or the level written in the type's
  column, ``□思想道德 ☑制度机制``, type codes (``A``, ``甲``, digits) read by a 填表说明, a type code in a
  ``风险编码`` (``ZD-01``), sheets split by type, group rows ``二、岗位职责风险``, the type in brackets
  after the point or before a level (``岗位职责/中``, ``业务流程（高）``), a ``思想道德风险：…`` prefix,
  ``思想道德+外部环境``, and ``廉政风险点`` split into type columns; it knows a note that gives LEVELS
  by 序号 (``第1、2、4项为高风险…``, ``LEVEL_BY_NUMBER``) and one that gives HOLDERS by 序号 (``责任分工：
  第1—3项 …``). It does not describe a note that gives the TYPES by 序号, the table itself having no
  type column at all.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省教育厅's 巡视整改 — 教辅资料征订,
工程建设, 实验设备用品采购, 入学招生 收受贿赂, a 基建廉政风险防控流程 of 决策, 立项审批, 工程招标, 合同履行,
资金拨付; a 廉政校园 建设方案 — 制度保障, 监督约束, 风险点识别; a 纪检监察组's 专项检查 of a 中心小学's
营养餐补助, handed out to nearly every pupil in cash, two 校长 punished; a 幼儿园's 清廉 activities —
廉洁儿歌, 师德, 家园共建; a history of 中小学教师培训政策 — 轮训, 教师进修学校, 继续教育; a 实训室建设
方案 — 设备配置, 选址布局, 资金, 运营机制; a 师生廉政建设 方案 — 师德师风, 学生廉洁教育, 廉政风险防控机制;
a study of 高职 校企合作 and 产教融合 — 合作沟通机制, 利益平衡, 顶岗实习, 行业协会) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body of
峨眉山市.

Run ``python tests/published/score.py --set batch318`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the type of a point is the one the ``注：`` line gives its 序号 (``第7—8项`` is
  7 and 8), as a short name (``思想道德风险`` → ``思想道德``), one type a point; the ``注：`` line is no
  point, and neither is the sign-off line; the level is the row's 高/中/低;
- ``局领导`` (the 教育局's sheet and its title), ``校领导`` (a card's 所在处室, a group row, a 处室 cell)
  are the 科室 of those leaders; a 局's 股 and 室, a school's 处 and 室 (教务处, 总务处, 教研室, 办公室,
  培训部) are 科室; a group row ``二、培训部`` gives the 科室 ``培训部`` (its number left off); the
  幼儿园 writes no 科室: its forms have none; the 第一中学's card on the tab ``总务处主任`` names the post
  ``主任`` (its ``职　务``) and the 科室 ``总务处`` (its ``所在处室``);
- every 局 and school here is a unit of its own: 局长, 副局长, 校长, 副校长 and 园长 are leaders; 股长,
  a 处's or 室's 主任 and a 部's 部长 middle; the rest (会计, 出纳, 报账员, 保育员, 保健医生, 食堂管理员,
  财务人员, 教研员, 培训干事, 招生干事, 实训管理员, 班主任, 资助专干, 教师, 文印员) general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``工作环节``, ``分管工作`` and
  ``自查情况`` are no points and name no holder; the 幼儿园's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``高风险/中风险/低风险``, ``高/中/低``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 第三小学's note) are
  1/2/3.

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

PREFIX = "b318_"
PLACE = "峨眉山市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

NUMBER_HEAD = ("序号", "处室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
# the note's order of types and the 序号 each names (a pair is a range ``第a—b项``)
TYPE_NUMBERS = [
    ("思想道德", [1, 5, 11]),
    ("制度机制", [2, (7, 8)]),
    ("岗位职责", [3, 6, 13]),
    ("业务流程", [4, 9, 12]),
    ("外部环境", [10, 14]),
]


def _numbers(items) -> str:
    return "、".join(f"{i[0]}—{i[1]}" if isinstance(i, tuple) else str(i) for i in items)


TYPE_NOTE = (
    "注：1.风险类型（因版面所限未单列）："
    + "；".join(f"第{_numbers(items)}项为{typ}风险" for typ, items in TYPE_NUMBERS)
    + "。2.风险等级分高、中、低三级。"
)


def type_of_number() -> dict[int, str]:
    """序号 -> the type the note gives it."""
    out = {}
    for typ, items in TYPE_NUMBERS:
        for i in items:
            for n in range(i[0], i[1] + 1) if isinstance(i, tuple) else (i,):
                assert n not in out, n
                out[n] = typ
    return out


# (处室, 岗位, 姓名, tier, [(廉政风险点, 等级, 防控措施)]) — the types come from the note, by 序号
VOCATIONAL = [
    ("校领导", "校长", "郗沅澍", "leader", [
        ("在校企合作协议签订中为关系企业谋取利益", "高", "校企合作协议经校务会集体研究，法律顾问审核。"),
        ("实训基地建设项目不经集体决策，个人拍板", "高", "“三重一大”事项党组织会议前置研究、校务会决策。"),
    ]),
    ("校领导", "副校长", "蔺琤岫", "leader", [
        ("分管的招生工作中违规承诺或变相收取费用", "中", "招生政策、计划和录取结果全部公开。"),
        ("顶岗实习单位安排不经集体研究，指定合作企业", "高", "实习单位由招生就业处提出、校务会审定并公示。"),
    ]),
    ("实训处", "主任", "亓昶湉", "middle", [
        ("接受设备供应商宴请、礼品，在验收中放宽标准", "高", "验收小组三人以上，验收报告附测试记录。"),
        ("实训耗材采购计划虚报数量", "中", "耗材计划按专业课时核定，采购与保管分离。"),
    ]),
    ("实训处", "实训管理员", "缑珝岚", "general", [
        ("实训设备外借、报废不履行审批手续", "中", "设备外借和报废经处室审核、分管校领导审批。"),
        ("实训耗材出入库登记不实，账物不符", "低", "出入库双人签字，每学期盘点。"),
    ]),
    ("招生就业处", "主任", "隗澔蘅", "middle", [
        ("向中介或个人支付“生源费”，有偿招生", "高", "严禁有偿招生，招生经费支出逐笔审核。"),
        ("合作企业以实习报酬名义向个人输送好处", "中", "实习报酬直接发放给学生，学校不经手。"),
        ("学生资助对象认定不实，优亲厚友", "中", "资助对象班级评议、学校审核、公示五个工作日。"),
    ]),
    ("总务处", "报账员", "阙瀞屾", "general", [
        ("报销票据审核不严，虚列实训经费支出", "中", "报销实行经办、审核、审批三签，凭证存档。"),
        ("代收费用不及时入账", "低", "代收费项目公示，收入当日入账。"),
        ("行业协会、合作企业赞助款物不入账", "中", "赞助款物统一登记入账，使用情况公开。"),
    ]),
]  # fmt: skip


def emeishan_vocational_types_by_number() -> dict:
    unit = f"{PLACE}职业技术学校"
    ncols = len(NUMBER_HEAD)
    sh = _Sheet("一览表", [6, 12, 11, 9, 44, 9, 40])
    t = _Truth(unit)
    types = type_of_number()
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    sh.add(*NUMBER_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in VOCATIONAL:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [types[n]], HML[lv])
    assert n == len(types)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, TYPE_NOTE, ncols)
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "emeishan_vocational_types_by_number", "https://m.fx361.cc/news/2019/0923/8251933.html",
        "(harder) 市职业技术学校 岗位廉政风险防控一览表, after the source's 高职 校企合作 and 产教融合 (合作沟通机制, 利益平衡, "
        "顶岗实习, 行业协会): a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/处室 merged (校领导, "
        "实训处, 招生就业处, 总务处)/岗位 and 姓名 merged per person/廉政风险点/风险等级 高/中/低/防控措施 with NO TYPE COLUMN; "
        "a merged ``注：`` line below gives every point's RISK TYPE BY ITS 序号 (``第1、5、11项为思想道德风险；第2、7—8项为制度"
        "机制风险；…``) and the grades; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def emeishan_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("璩泫翀", "局长", "主持全面工作，分管人事、计划财务", [
            ("重大项目安排和大额资金使用不经党组会集体研究", "一级", "“三重一大”事项党组会集体研究，会议纪要存档。"),
            ("校长和中层干部调整中搞个人意志", "一级", "干部调整全程纪实，任前公示。"),
            ("对分管股室和学校负责人廉政提醒不到位", "三级", "每学期开展一次廉政谈话。"),
        ]),
        ("菅沨珺", "副局长", "分管基础教育、教育装备和基建", [
            ("教辅资料征订中暗示学校选用特定版本", "一级", "教辅征订实行市、县两级审核，学生自愿征订。"),
            ("学校基建工程和实验设备采购中插手干预", "一级", "工程和设备采购全部进入公共资源交易平台。"),
            ("义务教育招生划片和入学审核中为人情开口子", "二级", "招生方案每年5月前公布，入学名单公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("股室", [6, 14, 10, 9, 38, 9, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("计划财务股", "股长", "蓟渟骞", "middle", [
            ("教育经费分配向关系学校倾斜", "一级", "经费分配方案按生均标准测算，局党组审定。"),
            ("学校工程结算审核把关不严", "二级", "工程结算一律送审计部门或第三方审核。"),
        ]),
        ("计划财务股", "会计", "檀晗岷", "general", [
            ("营养改善计划资金拨付不按实有学生数核定", "二级", "资金按学籍系统人数核拨，逐校对账。"),
        ]),
        ("基础教育股", "股长", "逄珣沄", "middle", [
            ("择校生审批中收受家长财物", "一级", "入学审核两人以上，结果公开。"),
            ("教辅资料征订目录审核走过场", "二级", "征订目录集体审核并在网站公布。"),
        ]),
        ("人事股", "股长", "佘霂洺", "middle", [
            ("教师招聘资格审查不严，优亲厚友", "一级", "资格审查结果公示，纪检全程监督。"),
            ("教师调动和职称推荐暗箱操作", "二级", "调动和推荐条件公开，量化赋分。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "emeishan_bureau_two_sheets", "http://www.413629.com/edu/focus/807492.html",
        "市教育局 廉政风险防控表 in two sheets, after the source's 省教育厅 巡视整改 (教辅资料征订, 工程建设, 实验设备用品采购, 入学招生, "
        "基建廉政风险防控流程): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged (计划财务股, 基础教育股, "
        "人事股)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def emeishan_middle_school_cards() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    cards = [
        ("校长", "谌杼澜", "校领导", "leader", "主持学校全面工作，分管财务、人事", [
            ("学校发展重大决策不经校务会研究，个人说了算", "制度机制", "★★★", "重大事项校务会集体研究，教代会审议。"),
            ("评优评先和职称推荐中优亲厚友", "岗位职责", "★★", "推荐条件和结果公示，接受教职工监督。"),
            ("收受教辅、校服供应商礼品礼金", "思想道德", "★★★", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("副校长", "鞠玹滢", "校领导", "leader", "分管后勤、食堂和安全", [
            ("食堂大宗食材采购中与供应商私下接触", "外部环境", "★★★", "大宗食材公开招标，定点采购，验收双人签字。"),
            ("校舍维修工程化整为零，规避招标", "业务流程", "★★", "维修项目按限额标准招标，结算送审。"),
        ]),
        ("总务处主任", "宿曦洢", "总务处", "middle", "负责校产、采购和后勤保障", [
            ("办公用品和教学设备采购不询价，虚开发票", "业务流程", "★★", "采购三家比价，票据逐张审核。"),
            ("固定资产出借、处置不按规定审批", "制度机制", "★", "资产处置经校务会研究并报市教育局审批。"),
            ("食堂伙食费账目不公开", "岗位职责", "★★", "伙食费收支每月向家长公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, work, points in cards:
        post = "主任" if tab.endswith("处主任") else tab
        sh = _Sheet(tab, [6, 36, 10, 9, 34])
        _line(sh, f"{unit}廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("所在处室", dept, "分管工作", work, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, None, "监督电话：0833-5522388", None)
        sheets.append(sh)
    return _layout(
        "emeishan_middle_school_cards", "https://www.renrendoc.com/paper/508200422.html",
        "市第一中学 廉政风险防控卡, one sheet a holder (tabs 校长, 副校长, 总务处主任), after the source's 廉政校园 建设方案 "
        "(制度保障, 监督约束, 风险点识别): a title, ``姓　名 | … | 职　务 | …`` and ``所在处室 | … | 分管工作 | …`` in two rows "
        "of pairs, then 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars "
        "and ``持卡人（签字）： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def emeishan_primary_selfchecks() -> dict:
    unit = f"{PLACE}实验小学"
    t = _Truth(unit)
    people = [
        ("郦翀湄", "教导处", "主任", "middle", [
            ("教师绩效考核打分不公，照顾关系", "中风险", "考核细则公开，结果公示。", "已落实"),
            ("课后服务费用收取和使用不规范", "高风险", "收费项目报批并公示，专款专用。", "未发现问题"),
        ]),
        ("晏珞沣", "总务处", "食堂管理员", "general", [
            ("营养餐食材验收不严，数量短缺", "高风险", "食材验收双人签字，每日公示菜谱和用量。", "已整改"),
            ("截留学生餐优质食材自用", "高风险", "食材出入库登记，留样备查。", "未发现问题"),
            ("食堂结余资金不滚动用于学生伙食", "中风险", "食堂账目单独核算，每学期公开。", "已落实"),
        ]),
        ("訾骞霏", "总务处", "资助专干", "general", [
            ("营养餐补助以现金普发，扩大资助范围", "高风险", "补助以等值食品发放，资助名单公示。", "已整改"),
            ("资助档案资料不全，对象认定不实", "低风险", "资助档案一生一档，定期核查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", "所在部门", f"职{GAP}务", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "emeishan_primary_selfchecks", "https://ttnews.xyz/a/5e678f9cdc9b5e0de6ebb6ce",
        "市实验小学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 纪检监察组 专项检查 of a "
        "中心小学's 营养餐补助 (handed out in cash to nearly every pupil, two 校长 punished): a title, a label row "
        "``姓　名 | 所在部门 | 职　务 | 填表时间`` over a row of values, then 序号/廉政风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def emeishan_kindergarten_posts() -> dict:
    unit = f"{PLACE}第一幼儿园"
    sh = _Sheet("排查表", [6, 12, 14, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
    posts = [
        ("园长", "leader", [
            ("重大事项决策", "园务重大事项不经园务会研究", "制度机制风险", "高", "重大事项园务会集体研究，结果公开。"),
            ("幼儿招生", "招生中收取赞助费、择园费", "思想道德风险", "高", "招生方案和名单公示，严禁收取赞助费。"),
        ]),
        ("保健医生", "general", [
            ("食品安全", "食材验收把关不严，接受供应商好处", "外部环境风险", "中", "食材定点采购，验收留样双人签字。"),
        ]),
        ("保育员", "general", [
            ("家园沟通", "收受幼儿家长礼品、礼金或宴请", "思想道德风险", "中", "签订师德承诺书，开展廉洁家访。"),
            ("幼儿用品", "向家长推销或指定购买幼儿用品", "岗位职责风险", "低", "幼儿用品由园统一管理，不得推销。"),
        ]),
        ("会计", "general", [
            ("保教费管理", "保教费收取不开票，收入不入账", "业务流程风险", "中", "保教费统一线上缴纳，收支公示。"),
            ("伙食费核算", "伙食费挪作他用，师幼伙食不分账", "制度机制风险", "高", "伙食费单独核算，每月向家长公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in posts:
        for step, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, step, point, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, "2025年9月", None, None)
    return _layout(
        "emeishan_kindergarten_posts", "https://www.panan.gov.cn/art/2023/4/19/art_1229169763_59325083.html",
        "市第一幼儿园 岗位廉政风险点排查表 对岗不对人, after the source's 幼儿园 清廉 activities (廉洁儿歌, 师德, 家园共建): a title, "
        "then 序号/岗位 merged per post/工作环节/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; NO 科室 column, no names; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def emeishan_teacher_school_groups() -> dict:
    unit = f"{PLACE}教师进修学校"
    sh = _Sheet("防控表", [6, 10, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("校长", "甄澧晞", "leader", [
                ("培训项目承办单位选择不经集体研究", "制度机制", "Ⅰ级", "培训项目承办单位比选确定，校务会审议。"),
                ("收受培训机构礼品礼金", "思想道德", "Ⅱ级", "严守中央八项规定精神，拒收登记。"),
            ]),
        ]),
        ("二、培训部", "培训部", [
            ("部长", "莘岍沄", "middle", [
                ("教师轮训学员名单和学时认定弄虚作假", "岗位职责", "Ⅰ级", "学时登记系统自动采集，名单公示。"),
                ("外聘专家讲课费标准执行不严", "业务流程", "Ⅱ级", "讲课费按标准核定，银行转账发放。"),
            ]),
            ("培训干事", "谯昀澍", "general", [
                ("培训班食宿安排中接受宾馆宴请", "外部环境", "Ⅲ级", "食宿定点比价，结算凭签到表办理。"),
            ]),
        ]),
        ("三、教研室", "教研室", [
            ("主任", "酆琬岫", "middle", [
                ("继续教育学分审核把关不严", "岗位职责", "Ⅱ级", "学分审核两人以上，结果公示。"),
                ("教辅资料推荐中收受出版发行单位好处", "外部环境", "Ⅰ级", "教辅推荐目录集体研究，不得指定版本。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("出纳", "郏瀚汐", "general", [
                ("坐支现金，公款私存", "业务流程", "Ⅱ级", "现金日清月结，每月与银行对账。"),
                ("培训费收入不及时入账", "思想道德", "Ⅲ级", "培训费统一对公收取，当日入账。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表人：", None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "emeishan_teacher_school_groups", "https://www.hdsiyan.com/cet/2019/1205_77.html",
        "市教师进修学校 岗位廉政风险防控表, after the source's history of 中小学教师培训政策 (轮训, 教师进修学校, 继续教育): a title, "
        "then 序号/岗位/姓名 (merged per person)/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP "
        "ROWS ``一、校领导``, ``二、培训部``, ``三、教研室``, ``四、办公室`` merged across (no 部门 column); a "
        "``制表人： | 审核人： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def emeishan_middle_school_duties() -> dict:
    unit = f"{PLACE}第二中学"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉洁风险防控责任清单", 9)
    sh.add(
        "序号",
        "处室",
        "岗位",
        "责任人",
        "职责事项",
        "廉洁风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("校领导", "校长", "巫泠岨", "leader", [
            ("实验室建设", "实验室建设项目设备配置脱离教学实际，为供应商定制参数", "业务流程风险", "一级风险",
             "设备配置方案经学科教师论证，校务会审定。"),
        ]),
        ("教务处", "主任", "鄂淏珵", "middle", [
            ("考试管理", "考试命题、阅卷中泄密或人情加分", "岗位职责风险", "二级风险", "命题阅卷封闭管理，成绩复核。"),
            ("教材征订", "教辅资料征订违反“一科一辅”，搭车征订", "外部环境风险", "一级风险", "征订目录公示，家长自愿。"),
        ]),
        ("教务处", "实验员", "庹湉翊", "general", [
            ("仪器管理", "实验仪器和危化品出入库登记不实", "制度机制风险", "三级风险", "出入库双人登记，每学期盘点。"),
        ]),
        ("总务处", "主任", "禚沄珝", "middle", [
            ("实验室装修", "装修工程验收不严，多计工程量", "业务流程风险", "一级风险", "验收邀请审计人员参加，结算送审。"),
            ("校服采购", "校服选用不经家长委员会，收受回扣", "思想道德风险", "一级风险", "校服选用组织家长参与，公开招标。"),
        ]),
        ("总务处", "出纳", "笪屹澜", "general", [
            ("资金支付", "网银U盾和密码一人保管，违规支付", "制度机制风险", "二级风险", "U盾和密码分人保管，支付双人复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None, None)
    return _layout(
        "emeishan_middle_school_duties", "http://www.boteman.cn/paper/506662431.html",
        "市第二中学 廉洁风险防控责任清单, after the source's 实训室建设方案 (设备配置, 选址布局, 资金, 运营机制): ``附件2``, a title, "
        "then 序号/处室 merged (校领导, 教务处, 总务处)/岗位 and ``责任人`` merged per person/``职责事项``/廉洁风险点/风险类别 "
        "``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def emeishan_primary_desc() -> dict:
    unit = f"{PLACE}第三小学"
    sh = _Sheet("一览表", [6, 10, 10, 9, 22, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 9)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "邰渼翀", "leader", "师德师风监管", "对教师有偿补课、收受家长礼品问题失察失管",
         "岗位职责", "Ⅰ", "师德问题“一票否决”，设立举报信箱。"),
        ("校领导", "校长", "邰渼翀", "leader", "经费使用", "公用经费使用不经行政会研究",
         "制度机制", "Ⅰ", "公用经费预算经行政会审议，定期公开。"),
        ("德育处", "主任", "舒珣湉", "middle", "评优评先", "“三好学生”等评选不公开，照顾关系",
         "思想道德", "Ⅱ", "评选条件和结果班级公示。"),
        ("德育处", "班主任", "羊汧岫", "general", "家校联系", "暗示家长送礼，或组织有偿补课",
         "思想道德", "Ⅱ", "签订师德承诺书，家长评议。"),
        ("德育处", "班主任", "羊汧岫", "general", "班费管理", "班费收支不公开，挪作他用",
         "业务流程", "Ⅲ", "班费由家委会管理，每学期公开。"),
        ("总务处", "报账员", "糜滢霁", "general", "报销审核", "报销凭证审核不严，虚列支出",
         "业务流程", "Ⅱ", "报销经办、证明、审批三签。"),
        ("总务处", "报账员", "糜滢霁", "general", "物资验收", "教学物资验收与供应商串通",
         "外部环境", "Ⅲ", "验收两人以上，验收单存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None, None)
    return _layout(
        "emeishan_primary_desc", "https://www.renrendoc.com/paper/508020177.html",
        "市第三小学 岗位廉政风险防控一览表, after the source's 师生廉政建设 方案 (师德师风, 学生廉洁教育, 廉政风险防控机制): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/处室 merged (校领导, 德育处, "
        "总务处)/岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/"
        "防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    emeishan_vocational_types_by_number(),
    emeishan_bureau_two_sheets(),
    emeishan_middle_school_cards(),
    emeishan_primary_selfchecks(),
    emeishan_kindergarten_posts(),
    emeishan_teacher_school_groups(),
    emeishan_middle_school_duties(),
    emeishan_primary_desc(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch318-inbox"))

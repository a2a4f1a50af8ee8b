"""The three-hundred-and-twenty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 自然资源 and
生态环境 bodies, 雁江区 (the district of 资阳, its staff Han) — its 自然资源局 and three of the 局's
自然资源所 (临江, 保和, 中和), its 生态环境分局, its 林业站 and the 丹山林业站, and its 不动产登记中心 —
each handing back the 一览表, 防控卡, 自查表, 排查表 or 责任清单 its staff typed in WPS or Excel:

- the 自然资源局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a
  填表人/审核人/date line on each;
- the 临江自然资源所's 廉政风险防控卡, one sheet a holder (tabs 所长, 执法监察员, 用地管理员):
  ``姓　名 | … | 职　务 | …`` and a merged ``岗位职责 | …`` line above ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人（签字）： | … |
  监督电话：…``;
- the 保和自然资源所's 自查表, one sheet a person (tabs named by the person): ``姓名 | … | 职务 | … |
  填表时间 | …`` in ONE ROW OF PAIRS, then ``序号 | 廉政风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 所长意见：``;
- the 中和自然资源所's 一览表 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line: NO 股室
  column (a 所 has none), ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long
  ``风险描述``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 林业站's 一览表 under GROUP ROWS ``一、站领导`` … ``三、营林股`` merged across (no 股室 column):
  ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``, a ``制表人： | 审核人： |
  2025年9月`` line;
- the 丹山林业站's 排查表 对岗不对人: NO 股室 column, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, 高/中/低, no names; a 制表/审核/date line;
- the 不动产登记中心's 责任清单 under ``附件1``: ``科室`` merged, ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, an
  ``编制： | 审核： | 2025年9月`` line.

One is harder:

- ``yanjiang_ecology_levels_once_a_run``: the 生态环境分局's 岗位廉政风险防控一览表, an ordinary
  一览表 in every other way (a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, ``序号 |
  股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``股室`` merged, ``岗位`` and
  ``姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/局长（签字） line), whose LEVEL IS
  WRITTEN ONLY ONCE A RUN: each holder's points are listed from high to low, and the ``风险等级``
  cell is filled ONLY on the FIRST point of each run of equal levels within the holder's rows; the
  cells below it, down to the next written level or the holder's last row, are LEFT BLANK — NOT
  merged, not ``同上``, not ``〃``. A merged ``注：`` line under the table says so: ``注：1.各岗位风险点
  按风险等级由高到低排列，同一岗位连续几项风险等级相同的，只在第一项填写等级，其余各项留空。2.风险等级分
  高、中、低三级。`` Of the 16 points 10 have a written level and 6 a blank cell; every holder's
  first row is written (a run never crosses from one holder to the next), and two holders (the
  大队长 and the 环评股's 股长) have a single run (all their points one level, one cell written). The README's 读得懂的表 knows a level
  cell MERGED down over several points (each point takes it), ``同上`` (the cell above), a 科室,
  岗位 or 姓名 written only on a person's first row (and, for holders, a note that a post's holder
  is written only where it first appears), and it says a missing level is an error for every
  point; it does not describe a LEVEL written only at the head of a run of equal levels with the
  cells below it left empty by rule, so that a blank level cell means the level above it within
  the same holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 国土资源部 通报 of four cases —
a 区政府 that 骗取批地 by passing new land off as 百日行动 违法用地, a 电网 company's 违法占地, 盗采稀土矿
and 越界采矿; a 镇国土资源所's 动态巡查 along the 国道 and 省道 against 乱搭乱建 and 改变用途; a
report on a 镇国土资源所 that itself took 基本农田 for its office and for villas, 划分宅基地出售 by
村干部, and a 国土局 that 以罚代管; the provincial 验收 of a 基本农田整理项目 — 土地平整, 道路和水利配套,
工程质量, 资金使用, 档案管理, 新增耕地; a 林业工作站's study of 林木采伐许可 and 采伐限额 — 样地,
蓄积量, 限额 编制 and 使用; a note on who manages 防护林 — 护林员 巡查, 防火, 病虫害防治; a paper on the
不动产登记机构's 损害赔偿 — 欺诈登记, 虚假证明材料, 登记错误; a review of 生态环境执法 — 随意检查,
``一刀切``, 运动式执法, 执法寻租, 程序不严格, 基层执法力量薄弱) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names, three characters each); every unit is a body of 雁江区.

Run ``python tests/published/score.py --set batch323`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a blank ``风险等级`` cell has the level of the nearest written level above it
  within the SAME holder's rows (the note's rule); every holder's first point has its level
  written, so no blank is ever read from another holder; the ``注：`` line is no point;
- ``局领导`` (the 自然资源局's first sheet), ``站领导`` (a group row) and ``分局领导`` (a 股室 cell) are
  the 科室 of those leaders; ``中心领导`` (a 科室 cell) likewise; a 局's 股 and 大队, a 站's 股, a
  中心's 科 are 科室; a group row ``二、林政资源股`` gives the 科室 ``林政资源股`` (its number left off);
  a 自然资源所 and a 林业站 are units of their own with no 科室: their forms have the 科室 ""
  (the 丹山林业站's list and the 中和所's list have no 科室 column; the 临江所's cards and the 保和所's
  自查表 name none);
- tiers: 局长, 副局长, 站长, 副站长, 所长, 副所长, a 中心's 主任 and 副主任 are leaders (each heads or
  deputises for a unit of its own); 股长, 大队长 and 科长 middle; the rest (执法队员, 执法监察员,
  用地管理员, 宅基地管理员, 耕地保护专干, 项目管理员, 报账员, 测量员, 资源调查员, 采伐审核员, 护林员管理员,
  森林防火专干, 林政员, 病虫害测报员, 受理员, 审核员, 权籍调查员, 档案管理员, 监测员, 科员) general;
- ``风险点 | 风险描述`` and ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``,
  ``岗位职责``, ``职责事项`` and ``自查情况`` are no points and name no holder; the 丹山林业站's list
  names no person: its forms are posts (对岗不对人);
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``, bare
  ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中和所's note), ``一级/二级/三级``, 高/中/低 and
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

PREFIX = "b323_"
PLACE = "雁江区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

ECOLOGY_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
ECOLOGY_NOTE = (
    "注：1.各岗位风险点按风险等级由高到低排列，同一岗位连续几项风险等级相同的，只在第一项填写等级，"
    "其余各项留空。2.风险等级分高、中、低三级。"
)
# (股室, 岗位, 姓名, tier, [(廉政风险点, 类型, 等级, 防控措施)]); the levels as they ARE (the file
# writes each only on the first point of a run within the holder)
ECOLOGY = [
    ("分局领导", "局长", "鞠翯川", "leader", [
        ("重大环境违法案件处理不经集体审议，个人决定从轻处罚", "制度机制", "高",
         "重大案件经案审委员会集体审议，审议记录存档。"),
        ("为企业打招呼，干预环境执法检查和案件查处", "外部环境", "高",
         "插手干预执法事项一律登记报告。"),
        ("专项资金项目申报把关不严，虚报项目套取资金", "业务流程", "中",
         "项目申报材料现场核实，资金拨付经集体研究。"),
    ]),
    ("分局领导", "副局长", "仉澜漪", "leader", [
        ("建设项目环评审批降低标准，为不符合准入条件的项目开绿灯", "岗位职责", "高",
         "环评审批实行技术评估和集体审查，审批结果公开。"),
        ("环境监测数据异常不追查，默许企业干扰自动监测设施", "岗位职责", "中",
         "在线监测数据异常自动预警，预警处置情况按月通报。"),
        ("接受管理对象宴请和礼品礼金", "思想道德", "中", "节前廉洁提醒，拒收登记。"),
    ]),
    ("执法大队", "大队长", "亢昶屿", "middle", [
        ("执法检查随意、重复，对企业“一刀切”停产", "制度机制", "高",
         "执法检查计划统一制定，“双随机”抽查，停产措施经集体研究。"),
        ("自由裁量权行使不规范，同案不同罚", "岗位职责", "高", "严格执行自由裁量基准，处罚决定法制审核。"),
    ]),
    ("执法大队", "执法队员", "郏璞岑", "general", [
        ("收受企业好处，对偷排、超标排放等违法行为视而不见", "思想道德", "高",
         "执法全过程记录，执法人员两人以上并定期轮岗。"),
        ("现场检查前向企业通风报信", "外部环境", "中", "检查对象随机抽取，检查前不得通知企业。"),
        ("调查取证不规范，证据缺失或文书不全", "业务流程", "中", "执法文书统一格式，案卷按季度评查。"),
    ]),
    ("环评股", "股长", "晏蕤汀", "middle", [
        ("环评文件技术审查走过场，质量问题不报告", "岗位职责", "中", "环评文件复核抽查，问题文件通报。"),
        ("向环评编制单位泄露审查意见或为其介绍业务", "思想道德", "中", "审查人员与编制单位签订回避承诺。"),
    ]),
    ("监测站", "监测员", "柴濯芊", "general", [
        ("采样、分析过程中篡改或伪造监测数据", "思想道德", "高", "监测数据三级审核，原始记录存档备查。"),
        ("现场采样点位随意变更，样品不按规定保存", "岗位职责", "高", "采样全程记录定位，样品交接双人签字。"),
        ("委托监测收费不按标准执行", "业务流程", "低", "收费标准公示，收费开具票据。"),
    ]),
]  # fmt: skip


def _written_once_a_run(points: list[tuple]) -> list[str | None]:
    """The level cells as the file writes them: a level only on the first point of each run."""
    shown, before = [], None
    for _point, _typ, lv, _measures in points:
        shown.append(lv if lv != before else None)
        before = lv
    return shown


def yanjiang_ecology_levels_once_a_run() -> dict:
    unit = f"{PLACE}生态环境分局"
    ncols = len(ECOLOGY_HEAD)
    sh = _Sheet("一览表", [6, 10, 9, 9, 40, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    sh.add(*ECOLOGY_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ECOLOGY:
        for (point, typ, lv, measures), shown in zip(
            points, _written_once_a_run(points), strict=True
        ):
            n += 1
            sh.add(n, dept, post, who, point, typ, shown, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, ECOLOGY_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "yanjiang_ecology_levels_once_a_run", "https://www.5ol.com/atta/202509/30/a328e0430850fda49562f8141cd98a64.html",
        "(harder) 区生态环境分局 岗位廉政风险防控一览表, after the source's review of 生态环境执法 (随意检查, 一刀切, 运动式执法, "
        "执法寻租, 程序不严格, 基层执法力量薄弱): a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/股室 "
        "merged (分局领导, 执法大队, 环评股, 监测站)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低 "
        "WRITTEN ONLY ON THE FIRST POINT OF EACH RUN of equal levels within a holder (each holder's points high to low), the "
        "cells below LEFT BLANK, not merged/防控措施; a merged ``注：`` line saying so and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yanjiang_natural_resources_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 8, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("茹铎骞", "局长", "主持全面工作，分管人事、财务和国土空间规划", [
            ("用地报批中默许将新增用地包装成历史违法用地补办手续", "Ⅰ级", "用地报批材料逐宗核实，报批前局务会集体研究。"),
            ("干部选拔任用和股室负责人调整个人说了算", "Ⅰ级", "干部调整经党组会研究，全程纪实。"),
        ]),
        ("宦棽岚", "副局长", "分管矿产资源管理和执法监察", [
            ("对越界开采、盗采矿产资源不查处或降格处理", "Ⅰ级", "矿山动态巡查，查处结果向社会公开。"),
            ("采矿权延续审查把关不严", "Ⅱ级", "延续申请材料双人审查，实地核查。"),
        ]),
        ("鱼旻澈", "副局长", "分管耕地保护和不动产登记", [
            ("耕地占补平衡指标核定不实", "Ⅱ级", "补充耕地项目验收现场核查，指标使用台账公开。"),
            ("接受管理服务对象宴请", "Ⅲ级", "严守中央八项规定精神，廉政谈话提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("股室", [6, 14, 10, 9, 38, 8, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("耕地保护股", "股长", "容翀湉", "middle", [
            ("建设占用耕地踏勘论证走过场", "Ⅱ级", "踏勘论证两人以上，现场影像存档。"),
            ("违法占用耕地线索不移交、不处理", "Ⅰ级", "线索登记编号，移交情况按月通报。"),
        ]),
        ("执法监察大队", "大队长", "慎峣筠", "middle", [
            ("违法用地案件以罚代拆、只罚不管", "Ⅰ级", "处罚决定执行情况跟踪督办，结案前现场复核。"),
        ]),
        ("执法监察大队", "执法队员", "戈懋沄", "general", [
            ("动态巡查发现违法占地不制止、不上报", "Ⅱ级", "巡查轨迹系统记录，巡查台账每周抽查。"),
            ("案件调查中泄露举报人信息", "Ⅲ级", "举报人信息专人保管，查阅登记。"),
        ]),
        ("矿产资源股", "科员", "庾蘅屿", "general", [
            ("矿山储量核实资料审查不严", "Ⅱ级", "储量核实报告专家评审，审查意见存档。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "yanjiang_natural_resources_two_sheets", "https://house.zynews.cn/newsku/qy/2014-04-08/29051.html",
        "区自然资源局 廉政风险防控表 in two sheets, after the source's 国土资源部 通报 of four cases (骗取批地 by passing new land off "
        "as 百日行动 违法用地, 违法占地, 盗采稀土矿, 越界采矿): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged (耕地保护股, 执法监察大队, "
        "矿产资源股)/岗位 and 姓名 merged per person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def yanjiang_linjiang_resources_cards() -> dict:
    unit = f"{PLACE}自然资源局临江自然资源所"
    t = _Truth(unit)
    cards = [
        ("所长", "终璟澜", "leader", "主持所全面工作，负责辖区耕地保护、用地审核和执法巡查", [
            ("对国道、省道两侧乱搭乱建不制止、不报告", "岗位职责", "★★★", "动态巡查全覆盖，发现问题当日上报。"),
            ("农村建房用地审核中优亲厚友", "思想道德", "★★", "审核结果在村务公开栏公示。"),
            ("违法用地制止后放任继续施工", "业务流程", "★★★", "制止通知书送达留痕，复查记录存档。"),
        ]),
        ("执法监察员", "居樾湄", "general", "负责辖区动态巡查和违法用地制止", [
            ("巡查不到位，漏报违法用地", "岗位职责", "★★", "巡查轨迹上传系统，所长每周抽查。"),
            ("收受当事人好处，对改变土地用途不制止", "外部环境", "★★★", "巡查两人同行，制止过程拍照取证。"),
        ]),
        ("用地管理员", "步瑷珩", "general", "负责农村建房用地受理、踏勘和放线", [
            ("踏勘放线与批准面积不符", "业务流程", "★★", "放线由两人实施，放线结果农户签字确认。"),
            ("受理资料不全仍办理，或故意拖延", "制度机制", "★", "一次性告知，办理时限公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [6, 36, 10, 9, 34])
        _line(sh, f"{unit}廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, None, "监督电话：028-26122388", None)
        sheets.append(sh)
    return _layout(
        "yanjiang_linjiang_resources_cards", "https://shuishanshu.org.cn/a70-1.html",
        "区自然资源局 临江自然资源所 廉政风险防控卡, one sheet a holder (tabs 所长, 执法监察员, 用地管理员), after the source's 镇国土资源所 "
        "动态巡查 along the 国道 and 省道 (乱搭乱建, 改变用途, 制止): a title, ``姓　名 | … | 职　务 | …`` and a merged ``岗位职责 | …`` "
        "line above 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def yanjiang_baohe_resources_selfchecks() -> dict:
    unit = f"{PLACE}自然资源局保和自然资源所"
    t = _Truth(unit)
    people = [
        ("禄澂翎", "副所长", "leader", [
            ("对基本农田上违法建房处理不力，以罚代管", "高风险", "违法建房处理结果跟踪复查，未整改的报局执法监察大队。", "未发现问题"),
            ("宅基地审核中为不符合“一户一宅”的农户出具同意意见", "高风险", "审核意见经所务会研究，结果公示。", "已整改"),
            ("所内办公用房违规扩建、占地", "低风险", "用房建设按规定报批。", "未发现问题"),
        ]),
        ("巩湜菲", "宅基地管理员", "general", [
            ("村干部划分宅基地出售，知情不报", "中风险", "宅基地分配方案村民代表会议讨论，所里备案。", "未发现问题"),
            ("宅基地面积丈量不实", "中风险", "丈量两人实施，数据农户签字确认。", "未发现问题"),
        ]),
        ("晁泷岷", "耕地保护专干", "general", [
            ("耕地“非农化”“非粮化”问题台账造假", "高风险", "台账与卫片比对，所长每月核对。", "未发现问题"),
            ("耕地保护补偿资金发放名单不核实", "中风险", "发放名单村级公示七日。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "职务", post, "填表时间", "2025年9月")
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况", None)
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found, None)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "yanjiang_baohe_resources_selfchecks", "http://fuzhouhuadun.com/fangchan/news/40816.html",
        "区自然资源局 保和自然资源所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on a "
        "镇国土资源所 that took 基本农田 for itself, 村干部 划分宅基地出售 and a 国土局 that 以罚代管: a title, ``姓名 | … | 职务 | … | "
        "填表时间 | …`` in ONE ROW of pairs, then 序号/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type "
        "column; a blank row and ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def yanjiang_zhonghe_resources_desc() -> dict:
    unit = f"{PLACE}自然资源局中和自然资源所"
    sh = _Sheet("一览表", [6, 14, 9, 18, 38, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "敖霈笙", "leader", "整理项目验收", "基本农田整理项目未按设计完工即签署验收意见",
         "岗位职责", "Ⅰ", "验收由局、所、村三方共同参与，验收意见集体研究。"),
        ("所长", "敖霈笙", "leader", "新增耕地核定", "新增耕地面积虚报，骗取占补平衡指标",
         "制度机制", "Ⅰ", "新增耕地实测实量，成果报局复核。"),
        ("项目管理员", "阚潆翊", "general", "工程质量监督", "土地平整、田间道路和水利配套工程质量把关不严",
         "业务流程", "Ⅱ", "隐蔽工程留存影像资料，监理签字确认。"),
        ("项目管理员", "阚潆翊", "general", "工程量签证", "与施工单位串通多签工程量",
         "外部环境", "Ⅰ", "签证实行监理、所、村三方会签。"),
        ("报账员", "那曦琮", "general", "项目资金报账", "项目资金报账凭证不全，挤占挪用",
         "岗位职责", "Ⅱ", "资金专账核算，凭证逐笔审核。"),
        ("报账员", "那曦琮", "general", "档案资料管理", "项目档案资料缺失或事后补做",
         "思想道德", "Ⅲ", "档案随工程进度归档，年度检查。"),
        ("测量员", "饶沨荞", "general", "竣工测量", "竣工测量数据随意修改",
         "思想道德", "Ⅱ", "测量数据原始记录存档，成果两人复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "yanjiang_zhonghe_resources_desc", "http://m.nxhuan.com/xjyw/p/492967.html",
        "区自然资源局 中和自然资源所 岗位廉政风险防控一览表, after the source's 验收 of a 基本农田整理项目 (土地平整, 道路和水利配套, "
        "工程质量, 资金使用, 档案管理, 新增耕地): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then "
        "序号/岗位 and 姓名 merged per person (no 股室 column)/a short 风险点/a long 风险描述/风险类型 (short names)/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def yanjiang_forestry_station_groups() -> dict:
    unit = f"{PLACE}林业站"
    sh = _Sheet("一览表", [6, 12, 9, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "毋蔼澜", "leader", [
                ("采伐限额分配不公开，向关系户倾斜", "制度机制风险", "一级", "限额分配方案站务会研究并公示。"),
                ("林业项目资金使用不经集体研究", "制度机制风险", "二级", "项目资金使用集体研究，专账核算。"),
            ]),
            ("副站长", "养湫岑", "leader", [
                ("林木采伐许可审核把关不严，超限额审核", "岗位职责风险", "一级", "采伐许可网上审核，限额使用台账实时更新。"),
            ]),
        ]),
        ("二、林政资源股", "林政资源股", [
            ("股长", "须瀚蓁", "middle", [
                ("伐区调查设计蓄积量虚报，多批采伐量", "业务流程风险", "一级", "伐区设计复核抽查，样地数据留存。"),
                ("采伐迹地检查走过场", "岗位职责风险", "二级", "伐后检查两人以上，检查结果存档。"),
            ]),
            ("采伐审核员", "丰霄棣", "general", [
                ("收受林农好处，为不符合条件的申请出具审核意见", "思想道德风险", "一级", "审核意见双人签字，审核结果公示。"),
                ("故意拖延办理采伐许可", "思想道德风险", "三级", "办理时限公开，超时说明。"),
            ]),
        ]),
        ("三、营林股", "营林股", [
            ("股长", "查泓翕", "middle", [
                ("造林项目验收面积虚报", "业务流程风险", "二级", "造林验收实测面积，结果公示。"),
            ]),
            ("资源调查员", "游澹芸", "general", [
                ("森林资源调查样地数据编造", "岗位职责风险", "二级", "样地数据拍照定位上传，股长抽查。"),
                ("苗木采购验收数量不实", "外部环境风险", "三级", "苗木验收三方签字。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表人：", None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "yanjiang_forestry_station_groups", "http://www.handmsg.com/page/2022/0825/11029414.shtml",
        "区林业站 岗位廉政风险防控一览表, after the source's 林业工作站 study of 林木采伐许可 and 采伐限额 (样地, 蓄积量, 限额 编制 and "
        "使用): a title, then 序号/岗位/姓名 (merged per person)/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施 under "
        "GROUP ROWS ``一、站领导``, ``二、林政资源股``, ``三、营林股`` merged across (no 股室 column); a ``制表人： | 审核人： | "
        "2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def yanjiang_danshan_forestry_posts() -> dict:
    unit = f"{PLACE}丹山林业站"
    sh = _Sheet("排查表", [6, 14, 24, 40, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", "护林员选聘", "生态护林员选聘优亲厚友，不按条件评定",
         "思想道德", "高", "选聘条件和结果村级公示。"),
        ("站长", "leader", "防护林管护经费", "管护经费拨付不按考核结果，平均发放",
         "制度机制", "中", "经费按巡查考核结果拨付，公示到村。"),
        ("护林员管理员", "general", "巡护考勤", "护林员巡护考勤弄虚作假，虚报巡护天数",
         "岗位职责", "中", "巡护轨迹系统记录，每月核对。"),
        ("森林防火专干", "general", "防火物资管理", "防火物资采购虚报数量，出入库不登记",
         "业务流程", "中", "物资出入库登记，每季度盘点。"),
        ("森林防火专干", "general", "野外用火审批", "违规批准野外用火",
         "岗位职责", "高", "用火审批站长签字，高火险期一律不批。"),
        ("林政员", "general", "乱砍滥伐查处", "发现乱砍滥伐不报告，私了处理",
         "外部环境", "高", "案件线索登记报县局，处理结果公开。"),
        ("病虫害测报员", "general", "病虫害监测", "病虫害监测数据不实，防治药剂虚报",
         "业务流程", "低", "监测数据拍照上传，药剂领用登记。"),
        ("报账员", "general", "经费报账", "报账凭证审核不严，虚列支出",
         "岗位职责", "中", "凭证经站长审签，定期公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "yanjiang_danshan_forestry_posts", "https://m.gzjll.com/3/5628418.html",
        "区丹山林业站 岗位廉政风险点排查表 对岗不对人, after the source's note on who manages 防护林 (护林员 巡查, 防火, 病虫害防治): a "
        "title, then 序号/岗位 merged per post (no 股室 column)/a short 风险点/a long 风险表现/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yanjiang_realestate_registry_duties() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 12, 10, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("中心领导", "主任", "缑霭沅", "leader", [
            ("登记事项审批", "对欺诈登记线索不追查，放任登记错误", "制度机制风险", "一级风险", "疑难登记集体会审，线索移交公安。"),
        ]),
        ("中心领导", "副主任", "琴湛翾", "leader", [
            ("更正登记审批", "更正登记不经调查即批准，损害真实权利人", "岗位职责风险", "一级风险", "更正登记实地调查，公告后办理。"),
        ]),
        ("登记受理科", "受理员", "归滢岐", "general", [
            ("申请受理", "对虚假证明材料不核验即受理", "岗位职责风险", "二级风险", "身份信息联网核验，材料原件比对。"),
            ("窗口服务", "与中介人员勾连，插队办理、收取好处", "外部环境风险", "一级风险", "窗口全程录音录像，中介人员登记管理。"),
        ]),
        ("登记审核科", "科长", "晋洹蕖", "middle", [
            ("登簿审核", "审核把关不严，登簿信息错误", "业务流程风险", "二级风险", "登簿前双人复核，差错率纳入考核。"),
        ]),
        ("登记审核科", "审核员", "涂漻芷", "general", [
            ("抵押登记审核", "为重复抵押办理抵押登记", "业务流程风险", "一级风险", "系统自动比对抵押状态，审核留痕。"),
            ("查封登记办理", "接到查封文书后拖延办理，为当事人转移财产留出时间", "思想道德风险", "二级风险", "查封文书即收即办，办理时间系统记录。"),
        ]),
        ("权籍调查科", "权籍调查员", "钦瀞岱", "general", [
            ("地籍测绘", "权籍调查中界址、面积数据造假", "思想道德风险", "二级风险", "测绘成果抽检，界址由相邻权利人签字确认。"),
        ]),
        ("档案信息科", "档案管理员", "佘璎湍", "general", [
            ("登记信息查询", "违规查询、泄露登记信息", "岗位职责风险", "三级风险", "查询实行授权，查询日志每月审查。"),
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
        "yanjiang_realestate_registry_duties", "https://fx361.cc/page/2009/0209/16716890.shtml",
        "区不动产登记中心 廉政风险防控责任清单, after the source's paper on the 不动产登记机构's 损害赔偿 (欺诈登记, 虚假证明材料, "
        "登记错误): ``附件1``, a title, 序号/科室 merged (中心领导, 登记受理科, 登记审核科, 权籍调查科, 档案信息科)/岗位 and 责任人 merged "
        "per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; an ``编制： | 审核： | "
        "2025年9月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yanjiang_ecology_levels_once_a_run(),
    yanjiang_natural_resources_two_sheets(),
    yanjiang_linjiang_resources_cards(),
    yanjiang_baohe_resources_selfchecks(),
    yanjiang_zhonghe_resources_desc(),
    yanjiang_forestry_station_groups(),
    yanjiang_danshan_forestry_posts(),
    yanjiang_realestate_registry_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch323-inbox"))

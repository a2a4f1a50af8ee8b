"""The four-hundred-and-thirty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源
bodies, 定边县 (a county of 榆林 on the edge of the Mu Us sands, its staff Han) — the 县自然资源局,
the 县国土资源执法监察大队, the 县土地储备中心, the 县测绘队 and the 自然资源所 of four of its towns
(安边镇, 砖井镇, 白泥井镇, 堆子梁镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表
its staff made in WPS or Excel:

- the 自然资源局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  a 制表/审核/date line under each;
- the 国土资源执法监察大队's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … |
  职　务 | …`` over ``所在中队 | … | 执法证号 | …`` above ``序号 | 巡查环节 | 廉政风险点 | 风险等级 |
  防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … |
  大队长（签字）：``;
- the 测绘队's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 | …`` over
  ``所在组室 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 | 自查情况``
  (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … | 队长审核：``;
- the 安边镇自然资源所's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``岗位``
  and ``姓名`` merged per person (no 科室 column), a short ``廉政风险点`` beside a long ``风险描述``,
  short types, 高/中/低, a 填表人/审核人/date line;
- the 砖井镇自然资源所's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 白泥井镇自然资源所's 责任清单 under GROUP ROWS ``一、所领导``, ``二、用地管理组``,
  ``三、执法巡查组`` merged across (no 组 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 堆子梁镇自然资源所's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written
  out on EVERY row (nothing merged): ``岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级 | 防控措施`` —
  the TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``dingbian_land_reserve_names_by_roster``: the 土地储备中心's 一览表 whose TABLE NAMES ONLY THE
  HOLDER — its heading is ``序号 | 责任人 | 风险点 | 风险类型 | 风险等级 | 防控措施`` (``责任人`` merged
  per person, a bare name), with no 股室, 岗位 or 职务 column, field or group row anywhere in or
  beside it — while EACH HOLDER'S POST AND 股室 STAND ONLY IN THE 中心's ``一、中心人员及分工`` lines
  above the table, one merged line a person, written NAME FIRST as a 分工 is published
  (``匡煦湄　主任，主持中心全面工作，分管综合股。``, ``从琰澍　土地收储股股长，负责…``,
  ``暨玥渟　综合股会计，负责…``), the 股 and the post run together in one word and followed by the
  person's duties; ``二、廉政风险点`` then heads the table. So the reader must look each name of the
  table up in the lines above to learn its post, its tier and its 股 (``分管综合股`` is the
  leader's charge, not his 股). The shape is about WHERE THE POST IS GIVEN: the README's 读得懂的表
  knows rosters in the OTHER direction — a table that names POSTS ONLY whose holders a roster
  gives (``表上方列出“谁担任哪个岗位”…表里只写岗位的``, ``岗　位 | 所长 | … / 姓　名 | …`` above, a
  ``岗位人员：部长　禤朗川；…`` line below, a list beside it ``按科室和岗位查出责任人``, a 人员配备表
  below, ``POST_CODES``, a ``目录`` sheet by 表号) and a name list used to complete a SURNAME
  (``蓟副院长``) — but not a table that names PERSONS ONLY whose posts and 股室 a roster above gives,
  keyed by the name. The earlier batches with such 人员分工 lines (batch75, batch144, batch368:
  ``grep -l '人员分工\\|人员及分工' tests/published/batch*.py``, read one by one) all write the post
  in the table and give the holder in the roster; none writes the name in the table and the post
  in the roster.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省纪委's 指导意见 on 国土资源领域
廉政风险防控 — 土地市场, 矿业权市场, 土地整治, 规划调整, 登记; a 巡查工作规范 for 国土资源执法监察 —
巡查范围, 现场巡查, 遥感监测, 举报核查, 巡查记录, 违法行为处理; a 大地测量队's 中队 leaving for the
field — 组长, 安全员, 司机, 作业指导书, 成果质量, 财务要求; a 市's 土地执法巡查 — 分局(所), 片区包干,
责任到人, 动态巡查; a question on the rank of a 镇 国土所所长; a 盟's 国土资源 执法 — 动态巡查,
无人机, 遥感影像, 专项执法检查; a note on 耕地保护 policy — 分类处置, 合理过渡; a note on 领导班子成员
— 分工协作, 主持全面工作, 分管, AB岗) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with
rare given names, three characters each); every unit is a body of 定边县, named with the county's
name (no earlier unit holds ``定边县``; 安边镇, 砖井镇, 白泥井镇 and 堆子梁镇 are towns of the county).

Run ``python tests/published/score.py --set batch431`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``责任人`` of the table holds the post and 股 its line in
  ``一、中心人员及分工`` gives: ``土地收储股股长`` is 股 ``土地收储股`` and post ``股长``,
  ``土地收储股工作人员`` 股 ``土地收储股`` and post ``工作人员``, ``综合股会计`` 股 ``综合股`` and post
  ``会计``; ``主任`` and ``副主任`` are the 中心's own leaders with no 股 (their 科室 is ""), the
  ``分管…`` after them their charge; the roster lines and the two section lines are no points and
  the duties after each post no post;
- ``局领导`` (the 自然资源局's sheet of its leaders, named so by its tab and title), ``大队领导``
  (the 大队长's card's ``所在中队``) and ``所领导`` (a group row) are the 科室 of those leaders; a 局's
  股, a 大队's 中队, a 队's 组 and a 所's 组 are 科室; a group row ``二、用地管理组`` gives the 科室
  ``用地管理组`` (its number left off); the 安边镇, 砖井镇 and 堆子梁镇 所's forms name no 科室: their
  科室 is "";
- 局长, 副局长, 大队长, a 中心's 主任 and 副主任, 所长 and 副所长 are leaders; 股长, 中队长 and a 组's
  组长 middle; the rest (科员, 登记员, 执法队员, 司机, 质检员, 土地管理员, 巡查员, 工作人员, 会计)
  general;
- ``廉政风险点 | 风险描述`` (the 安边镇所's list) and ``风险点 | 风险表现`` (the 砖井镇所's): the point is
  the short one; ``分管工作``, ``巡查环节``, ``工作职责``, ``职责事项``, ``执法证号`` and ``自查情况`` are
  no points and name no holder; the 砖井镇所's list names no person: its forms are posts
  (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the cards' note),
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 堆子梁镇所's note)
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch426).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b431_"
PLACE = "定边县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年11月"


# --------------------------------------------------------------------------- harder layout

ROSTER_NAME = "dingbian_land_reserve_names_by_roster"
ROSTER_UNIT = f"{PLACE}土地储备中心"
ROSTER_TAB = "一览表"
ROSTER_HEAD = ("序号", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
ROSTER_TITLE = "一、中心人员及分工"
POINTS_TITLE = "二、廉政风险点"

# (姓名, 股室, 岗位, tier, the roster's words after the name, [(风险点, 类型, 等级, 措施)])
ROSTER = [
    ("匡煦湄", "", "主任", "leader", "主任，主持中心全面工作，分管综合股。", [
        ("年度土地收储计划不经中心班子集体研究", "制度机制", "高", "收储计划经班子会研究，报县自然资源局审定。"),
        ("对收储补偿标准说情打招呼", "外部环境", "中", "补偿标准按评估结果执行，说情打招呼登记报告。"),
    ]),
    ("牟璨渼", "", "副主任", "leader", "副主任，分管土地收储股、土地供应股。", [
        ("储备土地前期开发工程指定施工单位", "岗位职责", "高", "前期开发工程按限额标准公开采购，过程留痕。"),
    ]),
    ("从琰澍", "土地收储股", "股长", "middle", "土地收储股股长，负责年度收储计划编制、收储项目前期调查和补偿测算。", [
        ("收储地块地上附着物补偿测算不实", "业务流程", "高", "补偿测算两人复核，测算结果在村组公示。"),
        ("收储协议条款擅自变更", "制度机制", "中", "协议文本经法律顾问审核，变更须班子会研究。"),
    ]),
    ("沃珏淞", "土地收储股", "工作人员", "general", "土地收储股工作人员，负责储备土地巡查管护和地上附着物登记。", [
        ("储备土地被临时占用不制止、不报告", "岗位职责", "中", "巡查每月不少于两次，巡查记录股长签字。"),
        ("附着物登记中接受被收储人好处", "思想道德", "低", "登记两人以上到场，登记表由权利人签字确认。"),
    ]),
    ("羿瑗澈", "土地供应股", "股长", "middle", "土地供应股股长，负责储备土地供应前期开发和出让方案拟订。", [
        ("拟订出让方案时为特定竞买人设置条件", "外部环境", "高", "出让方案经县自然资源局集体审定，竞买条件公开。"),
    ]),
    ("暨玥渟", "综合股", "会计", "general", "综合股会计，负责收储资金核算和支付。", [
        ("收储资金不按协议进度支付", "业务流程", "中", "资金支付凭协议和验收单，主任审签。"),
        ("收储资金专户往来款长期挂账", "岗位职责", "低", "专户每季度对账，挂账情况报班子会。"),
    ]),
]  # fmt: skip


def dingbian_land_reserve_names_by_roster() -> dict:
    t = _Truth(ROSTER_UNIT)
    sh = _Sheet(ROSTER_TAB, [6, 10, 36, 10, 9, 36])
    ncols = len(ROSTER_HEAD)
    _line(sh, f"{ROSTER_UNIT}廉政风险防控一览表", ncols)
    _line(sh, ROSTER_TITLE, ncols)
    for who, _dept, _post, _tier, words, _points in ROSTER:
        _line(sh, f"{who}{GAP}{words}", ncols)
    _line(sh, POINTS_TITLE, ncols)
    sh.add(*ROSTER_HEAD)
    first = len(sh.rows)
    n = 0
    for who, dept, post, tier, _words, points in ROSTER:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：", None, "审核：", None, DATE, None)
    return _layout(
        ROSTER_NAME, "https://www.dzcq99.cn/health/6792.html",
        "(harder) 县土地储备中心 廉政风险防控一览表 after the source's note on 领导班子成员 分工 (主持全面工作, 分管, AB岗): a "
        "title, a merged ``一、中心人员及分工`` and ONE MERGED LINE A PERSON written NAME FIRST (``匡煦湄　主任，主持中心全面工作，"
        "分管综合股。``, ``从琰澍　土地收储股股长，负责…``), then ``二、廉政风险点`` over a table ``序号 | 责任人 | 风险点 | "
        "风险类型 | 风险等级 | 防控措施`` whose ``责任人`` (merged per person) is a BARE NAME: no 股室, 岗位 or 职务 column — "
        "each holder's post and 股 stand only in the roster above; short types, 高/中/低; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dingbian_bureau_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郄翀珣", "局长", "主持全面工作", [
            ("国有建设用地出让方案不经局党组集体研究", "一级", "出让方案党组会研究，会议纪要存档。"),
            ("干预土地招拍挂、为特定竞买人设定条件", "一级", "出让全部进入公共资源交易平台，过问插手登记。"),
        ]),
        ("茆昶璆", "副局长", "分管耕地保护、国土空间规划", [
            ("违规调整国土空间规划用途和容积率", "一级", "规划调整经规委会审议并公示。"),
            ("耕地占补平衡指标调剂暗箱操作", "二级", "指标调剂按程序报批，结果公开。"),
        ]),
        ("逯铎翯", "副局长", "分管不动产登记、执法监察", [
            ("对违法用地案件说情打招呼、降格处理", "二级", "案件处理集体审议，说情打招呼登记报告。"),
            ("接受开发企业宴请和礼品", "三级", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 9, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("耕地保护股", "股长", "眭瓒湉", "middle", [
            ("补充耕地项目验收把关不严", "一级", "验收组由技术人员和村组代表组成，结果公示。"),
            ("设施农业用地备案审核走过场", "二级", "备案材料清单化审核，实地核查留影。"),
        ]),
        ("耕地保护股", "科员", "禚颢婳", "general", [
            ("耕地地力保护补贴核定台账不实", "三级", "台账与三调图斑比对，股长复核。"),
        ]),
        ("国土空间规划股", "股长", "笪骞晞", "middle", [
            ("建设项目规划条件核定优亲厚友", "二级", "规划条件经股室会审，核定结果公开。"),
        ]),
        ("不动产登记股", "登记员", "厍曜玹", "general", [
            ("为权属有争议的不动产违规办理登记", "一级", "登记实行初审、复审两级审核。"),
            ("违规查询、泄露登记资料", "三级", "查询凭证件办理，系统查询留痕。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "dingbian_bureau_two_sheets", "https://www.inrrp.com.cn/html/508228f6d4b2cdba.html",
        "县自然资源局 file in two sheets after the source's 指导意见 on 国土资源领域廉政风险防控 (土地市场, 矿业权, 土地整治, 规划调整, "
        "登记): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` (a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no type column; a "
        "制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def dingbian_enforcement_cards() -> dict:
    unit = f"{PLACE}国土资源执法监察大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "昝煦琮", "leader", "大队领导", "61082501", [
            ("立案", "对应立案的违法用地案件压案不查", "★★★", "巡查发现的违法线索登记编号，立案情况每月通报。"),
            ("处罚决定", "处罚决定不经集体审议、随意减免罚款", "★★★", "重大案件集体审议，处罚结果网上公开。"),
            ("队伍管理", "执法车辆和经费管理不规范", "★", "车辆派遣登记，经费支出按季度公开。"),
        ]),
        ("中队长", "钭璠翊", "middle", "一中队", "61082507", [
            ("动态巡查", "巡查发现违法用地不制止、不上报", "★★★", "巡查轨迹系统记录，发现问题当日上报。"),
            ("案件调查", "调查取证选择性取证、弱化违法事实", "★★", "调查两人以上，取证全程记录。"),
        ]),
        ("执法队员", "蒯淏珝", "general", "一中队", "61082512", [
            ("现场检查", "现场检查中接受当事人宴请、礼品", "★★", "执法全过程记录仪记录，签订廉洁承诺。"),
            ("举报核查", "泄露举报人信息", "★", "举报件专人登记，举报人信息保密。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, cert, points in cards:
        sh = _Sheet(post, [6, 12, 34, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在中队", dept, "执法证号", cert, None)
        sh.add("序号", "巡查环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人（签字）：", None, "大队长（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "dingbian_enforcement_cards", "http://www.jutaobang.com/catshuimianliangfang/arar5pAH88.html",
        "县国土资源执法监察大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 中队长, 执法队员), after the source's 巡查工作规范 "
        "(巡查范围, 现场巡查, 遥感监测, 举报核查, 违法行为处理): a title, ``姓　名 | … | 职　务 | …`` over ``所在中队 | … | 执法证号 | "
        "…``, then 序号/``巡查环节``/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the "
        "stars and ``持卡人（签字）： | 大队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def dingbian_survey_team_selfchecks() -> dict:
    unit = f"{PLACE}测绘队"
    t = _Truth(unit)
    people = [
        ("宦翙沄", "组长", "middle", "外业组", [
            ("负责外业组测量任务安排和成果初检", [
                ("外业测量数据按委托方要求修改", "Ⅰ级", "原始观测数据自动存储，修改须队长批准并记录。", "已落实"),
                ("外业补助和车辆油费虚报", "Ⅱ级", "补助按出测天数核定，油费凭行车记录报销。", "已落实"),
            ]),
        ]),
        ("佘琇岷", "司机", "general", "外业组", [
            ("负责外业车辆驾驶和维护", [
                ("车辆维修虚列项目", "Ⅲ级", "维修项目组长核定，旧件交回登记。", "已落实"),
                ("公车私用", "Ⅱ级", "出车登记，行车轨迹每月核对。", "正在整改"),
            ]),
        ]),
        ("桓琯澜", "质检员", "general", "内业组", [
            ("负责测绘成果内业检查和资料归档", [
                ("成果质量检查走过场、出具虚假合格意见", "Ⅰ级", "检查记录逐项签字，队长抽查一成。", "已落实"),
                ("违规向外提供涉密测绘成果", "Ⅱ级", "涉密成果专人保管，提供须审批登记。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("所在组室", dept, None, "填表时间", DATE, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "队长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "dingbian_survey_team_selfchecks", "http://www.shagis.com/content/?1602.html",
        "县测绘队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 大地测量队 中队 leaving for "
        "the field (组长, 安全员, 司机, 作业指导书, 成果质量, 财务要求): a title, the pairs ``姓　名 | … | 职　务 | …`` over "
        "``所在组室 | … | 填表时间 | …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; a blank row and ``本人签名： | 队长审核：``",
        sheets, t,
    )  # fmt: skip


def dingbian_anbian_office_list() -> dict:
    unit = f"{PLACE}安边镇自然资源所"
    sh = _Sheet("一览表", [6, 11, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "阚湝霁", "leader", [
            ("宅基地审核", "对不符合一户一宅条件的宅基地申请出具同意意见", "岗位职责", "高",
             "宅基地审核村镇两级公示，所务会集体研究。"),
            ("片区巡查包干", "对包干片区违法占地问题隐瞒不报", "思想道德", "中", "巡查台账每周上报，镇纪委抽查。"),
        ]),
        ("副所长", "殳珩渟", "leader", [
            ("临时用地初审", "临时用地初审降低复垦条件", "业务流程", "高", "复垦方案经县局审定，到期复垦验收。"),
        ]),
        ("土地管理员", "戈昀潆", "general", [
            ("动态巡查", "巡查记录补记、代签，发现问题不报告", "制度机制", "中", "巡查轨迹系统记录，所长每周检查。"),
            ("信访调处", "土地纠纷调处偏袒一方", "外部环境", "低", "调处过程记录，结果当事人签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "dingbian_anbian_office_list", "http://www.gwyoo.com/Article/shuzhibaogao/dwgzyj/201308/556041.html",
        "镇自然资源所 岗位廉政风险防控一览表 after the source's 土地执法巡查 (分局(所), 片区包干, 责任到人, 动态巡查): a title, a "
        "merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/岗位 and 姓名 merged per person (no 科室 column)/a short "
        "``廉政风险点``/a long ``风险描述``/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dingbian_zhuanjing_office_posts() -> dict:
    unit = f"{PLACE}砖井镇自然资源所"
    sh = _Sheet("排查表", [6, 11, 16, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "leader", [
            ("用地报批", "农村建设用地报批材料把关不严，为关系人打招呼", "思想道德风险", "高风险",
             "报批材料所务会审核，打招呼登记报告。"),
            ("所务管理", "所内经费支出不经集体研究", "制度机制风险", "中风险", "经费支出按程序审批，每季度公开。"),
        ]),
        ("副所长", "leader", [
            ("违法用地制止", "对违法用地制止不力、以罚代管", "岗位职责风险", "高风险", "违法用地台账管理，整改情况复查销号。"),
        ]),
        ("土地管理员", "general", [
            ("地籍资料管理", "地籍档案资料涂改、违规外借", "业务流程风险", "中风险", "档案借阅登记，所长审批。"),
            ("宅基地测量", "测量面积随意多测少测", "岗位职责风险", "低风险", "测量两人以上，结果户主签字。"),
        ]),
        ("巡查员", "general", [
            ("日常巡查", "巡查中接受当事人财物、通风报信", "外部环境风险", "中风险", "巡查两人同行，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "dingbian_zhuanjing_office_posts",
        "https://www.zhetiaohe.com/ss/aa51df83a34d68fd2587b115b5e5cdf0ac37cec70d247fb5e22de192d9a16a6d72160787885e4110979d0e1dba830073.html",
        "镇自然资源所 岗位廉政风险点排查表 对岗不对人, after the source's question on the rank of a 镇 国土所所长: a title, "
        "序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "no names, no 科室 column; an ``编制： | 审核： | 2025年11月`` line",
        [sh], t,
    )  # fmt: skip


def dingbian_bainijing_office_group_rows() -> dict:
    unit = f"{PLACE}白泥井镇自然资源所"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "綦瑷淳", "leader", [
                ("专项执法检查", "专项执法检查中选择性检查、放任违法", "岗位职责风险", "一级风险", "检查对象随机抽取，检查结果公开。"),
                ("所务决策", "重要事项不经所务会研究", "制度机制风险", "二级风险", "所务会议事规则上墙，会议记录存档。"),
            ]),
        ]),
        ("二、用地管理组", "用地管理组", [
            ("组长", "邰珲湘", "middle", [
                ("设施农业用地", "设施农业用地备案审核不严，放任大棚房", "业务流程风险", "一级风险", "备案前实地核查，备案结果公示。"),
                ("用地咨询", "利用用地咨询向群众索要好处", "思想道德风险", "三级风险", "咨询事项登记，服务承诺公开。"),
            ]),
            ("工作人员", "酆瑢沐", "general", [
                ("图斑核实", "遥感图斑核实弄虚作假", "岗位职责风险", "二级风险", "核实结果附现场照片，组长复核。"),
            ]),
        ]),
        ("三、执法巡查组", "执法巡查组", [
            ("组长", "冼璘朔", "middle", [
                ("无人机巡查", "无人机巡查发现问题不移交", "业务流程风险", "二级风险", "巡查影像存档，问题清单移交留痕。"),
                ("违法线索", "对违法线索通风报信", "外部环境风险", "三级风险", "线索专人登记，处理情况复核。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "dingbian_bainijing_office_group_rows", "https://shpncyq.com/html/.gzdtzsdwdt.201805t20180510_745600.html",
        "镇自然资源所 廉政风险防控责任清单 under GROUP ROWS ``一、所领导`` … ``三、执法巡查组`` merged across (no 组 column), after "
        "the source's 国土资源 执法 (动态巡查, 无人机, 遥感影像, 专项执法检查): a title, then 序号/岗位 and ``责任人`` merged per "
        "person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def dingbian_duiziliang_office_every_row() -> dict:
    unit = f"{PLACE}堆子梁镇自然资源所"
    sh = _Sheet("一览表", [6, 11, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "乜珺澈", "leader", "制度机制", "耕地违法问题分类处置不经集体研究", "Ⅰ", "处置意见所务会研究，报县局备案。"),
        ("所长", "乜珺澈", "leader", "外部环境", "对过渡期内违法用地说情打招呼", "Ⅱ", "说情打招呼登记报告。"),
        ("副所长", "巩瑨漪", "leader", "岗位职责", "耕地恢复整改验收降低标准", "Ⅱ", "验收两人以上，整改前后影像存档。"),
        ("土地管理员", "暴琛沅", "general", "业务流程", "农户建房用地初审材料不全即上报", "Ⅰ", "初审材料清单化，所长复核。"),
        ("土地管理员", "暴琛沅", "general", "思想道德", "接受建房户宴请、礼品", "Ⅲ", "签订廉洁承诺，节前提醒。"),
        ("巡查员", "褚璆潾", "general", "岗位职责", "巡查台账补记、涂改", "Ⅲ", "台账当日登记，所长每周检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "dingbian_duiziliang_office_every_row", "https://www.outputnews.com/2025/huanqiu/news_2025_06_20_5616028",
        "镇自然资源所 岗位廉政风险防控一览表, after the source's note on 耕地保护 policy (分类处置, 合理过渡): ``附件1``, a title, a "
        "merged ``填报单位（盖章）：…　填报时间：2025年11月`` line, then 序号/岗位/姓名 written out on EVERY row (nothing merged, no "
        "组 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades "
        "and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dingbian_land_reserve_names_by_roster(),
    dingbian_bureau_two_sheets(),
    dingbian_enforcement_cards(),
    dingbian_survey_team_selfchecks(),
    dingbian_anbian_office_list(),
    dingbian_zhuanjing_office_posts(),
    dingbian_bainijing_office_group_rows(),
    dingbian_duiziliang_office_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch431-inbox"))

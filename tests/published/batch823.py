"""The eight-hundred-and-twenty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's statistics
bodies, 绩溪县 (of 宣城市, 安徽省) — its 统计局, 普查中心, 社情民意调查中心, 统计执法队, 统计信息中心,
the 国家统计局绩溪调查队 and the 统计站 of 华阳镇 and 扬溪镇 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 普查中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (short names),
  高/中/低, an ``附件1`` line and a 填报单位 line;
- the 社情民意调查中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``Ⅰ级/Ⅱ级/Ⅲ级``, no names,
  no type column, a ``注：`` line;
- the 统计执法队's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line,
  ``★★★/★★/★`` read by a ``注：`` line, a 持卡人（签字） line;
- the 调查队's 责任清单 under GROUP ROWS ``一、队领导`` … ``三、住户调查组`` (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 华阳镇统计站's 自查表, one sheet a person: a label row ``姓　名 | 所在单位 | 岗　位 | 填表时间``
  over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 统计信息中心's 一览表 with ``部门 | 岗位 | 责任人`` on EVERY row, ``…风险`` types, ``一级/二级/三级``,
  a sign-off line;
- the 扬溪镇统计站's workbook in TWO SHEETS ``站领导`` / ``工作人员``, ``一级/二级/三级``, no type
  column.

One is harder:

- ``jixi_stats_bureau_common_sheet``: the 统计局's workbook of TWO SHEETS — ``共性风险点``, a list of
  points common to ALL the bureau's staff (``序号 | 共性廉政风险点 | 风险等级 | 防控措施``, NO holder
  column, no number column on the other sheet claiming them), closed by a ``注：`` line saying they
  apply to every cadre named on the other sheet; and ``岗位风险点``, an ordinary list
  (``股室 | 岗位 | 姓名``) of each person's own points. Every person of the second sheet holds every
  common point besides his own. The README's 读得懂的表 knows a 共性 sheet whose points the holders
  CLAIM by number (``涉及共性风险点（序号）``) — unclaimed ones read as nobody's — and a holder cell
  naming a collective (``各科室主任``, ``本岗位全体人员``); it does not describe a common list with no
  claim and no holder cell at all, applied by a note to every holder of another sheet.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (全国人大常委会 on 统计法 执法检查 —
干预统计数据, 层层加码, 代填虚假数据; a 上海 人口普查 report — 普查员/普查指导员 选聘, 证件, 入户; a
滨州 社情民意调查中心 — CATI 访问座席, 拒访, 委托调查; 安徽省统计局 统计执法 “双随机” 抽查 — 抽查对象,
原始记录, 台账; a 山东 志 on 农产量抽样调查 — 抽选调查点, 实割实测; a report on 满意度调查 诱导
“标准答案”; a 瞭望 piece on 民调公信力 — 包办民意, 作秀; 国家统计局 on 数据提前泄露 — 保密期数据,
涉密人员) and each layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 訾 and 逄 with rare given
names); every unit is a body of 绩溪县.

Run ``python tests/published/score.py --set batch823`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every person of sheet ``岗位风险点`` holds every point of sheet ``共性风险点``
  with its level there, besides his own points; the common points are recorded in each person's
  form of sheet ``岗位风险点`` (one form a holder); the ``注：`` line and the sign-off lines are no
  points;
- ``局领导``, ``队领导``, ``中心领导`` (a 科室 cell or a group row) are the 科室 of those leaders; the
  cards' and the 扬溪镇 站领导 sheet's leaders have no 科室; a 局's 股, a 中心's 科/部 and a 调查队's 组
  are 科室; a group row ``二、农业调查组`` gives the 科室 ``农业调查组``;
- 局长, 副局长, 队长, 副队长, 主任, 副主任 (of a 中心), 站长 are leaders; 股长, 科长, 组长 middle; the
  rest (统计员, 调查员, 执法人员, 访问员, 督导员, 会计) general; a 统计站's 站长 is a leader of the 站;
- the 社情民意调查中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b823_"
PLACE = "绩溪县"
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

# (共性廉政风险点, 风险等级, 防控措施): every person of sheet 岗位风险点 holds them
COMMON = [
    ("受人情干扰或领导授意，违规干预统计调查对象填报数据", "一级",
     "落实防范和惩治统计造假责任制，干预行为如实记录、报告。"),
    ("泄露统计调查对象的商业秘密和个人信息", "二级", "统计资料专人保管，涉密数据不出内网。"),
    ("利用统计工作之便接受企业宴请、礼品礼金", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
]  # fmt: skip

# (股室, 岗位, 姓名, tier, [(岗位廉政风险点, 风险等级, 防控措施)])
OWN = [
    ("局领导", "局长", "訾翛湲", "leader", [
        ("统计执法检查对象确定不经集体研究，选择性执法", "一级", "执法对象“双随机”抽取，结果局务会研究。"),
        ("统计专项经费使用审批把关不严", "二级", "经费支出实行局务会审议和会签。"),
    ]),
    ("综合股", "股长", "逄觌珣", "middle", [
        ("统计数据发布前擅自对外提供", "一级", "数据发布实行审批制，发布前登记知悉人员。"),
        ("名录库单位增减审核不严，违规入库退库", "二级", "入库退库材料双人核实，按月公示变动。"),
    ]),
    ("专业股", "统计员", "訾舣甡", "general", [
        ("对企业报送数据审核走过场，对异常数据不查询核实", "二级", "异常数据逐户查询，查询记录留档。"),
    ]),
]  # fmt: skip


def jixi_stats_bureau_common_sheet() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    common = _Sheet("共性风险点", [6, 46, 10, 40])
    _line(common, f"{unit}干部职工共性廉政风险点", 4)
    common.add("序号", "共性廉政风险点", "风险等级", "防控措施")
    for i, (point, lv, measures) in enumerate(COMMON, 1):
        common.add(i, point, lv, measures)
    _line(common, "注：以上共性廉政风险点适用于本局全体干部职工（即“岗位风险点”表所列人员），"
                  "各人岗位风险点见“岗位风险点”表。", 4)  # fmt: skip
    own = _Sheet("岗位风险点", [6, 10, 9, 9, 44, 9, 38])
    _line(own, f"{unit}岗位廉政风险点一览表", 7)
    own.add("序号", "股室", "岗位", "姓名", "岗位廉政风险点", "风险等级", "防控措施")
    first = len(own.rows)
    n = 0
    for dept, post, who, tier, points in OWN:
        for point, lv, measures in points:
            n += 1
            own.add(n, dept, post, who, point, lv, measures)
            t.point(own.name, dept, post, who, tier, point, [], GRADES[lv])
        for point, lv, _measures in COMMON:
            t.point(own.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(own, first, 1, 2, 3)
    own.add("填表人：", None, None, "审核人：", None, "2025年5月", None)
    return _layout(
        "jixi_stats_bureau_common_sheet", "https://whb.cn/zhuzhan/sz/20180620/201363.html",
        "(harder) 县统计局 workbook of TWO SHEETS, after the source's 全国人大常委会 统计法执法检查报告 (干预统计数据, "
        "层层加码, 代替企业报送虚假数据): sheet 共性风险点 lists the points common to ALL staff (序号/共性廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施, NO holder column) under a title and over a ``注：`` line saying they apply "
        "to every person listed on the other sheet; sheet 岗位风险点 is an ordinary 一览表 (股室 merged, 岗位/姓名 merged "
        "per person) of each person's own points; no column anywhere claims the common points by number, so every "
        "holder of the second sheet holds all of the first sheet's points besides his own",
        [common, own], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jixi_census_center_list() -> dict:
    unit = f"{PLACE}普查中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报日期：2025年4月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "逄旻湉", "leader", [
            ("普查员、普查指导员选聘中优亲厚友", "制度机制", "高", "选聘条件和名单在社区公示，集体研究确定。"),
            ("普查专项经费和两员补助挤占挪用", "业务流程", "高", "补助按登记户数核算，专账管理、按时发放。"),
        ]),
        ("普查科", "科长", "訾祎崟", "middle", [
            ("普查小区划分和任务分配随意调整", "岗位职责", "中", "小区划分图存档，调整须书面报批。"),
            ("普查登记数据漏登、重登不核查", "业务流程", "中", "开展事后质量抽查，比对行政记录。"),
        ]),
        ("普查科", "统计员", "逄翯棨", "general", [
            ("普查证件发放登记不全，证件被冒用", "岗位职责", "低", "证件编号登记，普查结束统一收回。"),
            ("普查对象个人信息外传", "思想道德", "中", "采集设备专人管理，签订保密承诺书。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "主要负责人（签字）：", None, None)
    return _layout(
        "jixi_census_center_list", "http://so.sh.cn/html/202010/20/161224978.htm",
        "县普查中心 岗位廉政风险防控一览表, after the source's 人口普查 report (普查员和普查指导员 选聘, 证件, 入户, 数据采集): "
        "``附件1``, a title, a merged 填报单位/填报日期 line, then 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a sign-off line",
        [sh], t,
    )  # fmt: skip


def jixi_opinion_survey_posts() -> dict:
    unit = f"{PLACE}社情民意调查中心"
    sh = _Sheet("排查表", [6, 12, 10, 44, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "受委托单位请托，修改调查结果或满意度排名", "Ⅰ级",
         "调查结果经集体审核后报送，原始数据留存备查。"),
        ("中心领导", "主任", "leader", "委托调查项目合同签订不按程序", "Ⅱ级", "合同经中心会议研究，法律顾问审核。"),
        ("调查部", "督导员", "general", "电话访问录音抽查走过场，放任访问员诱导回答", "Ⅰ级",
         "按比例抽听录音，抽查结果登记。"),
        ("调查部", "访问员", "general", "编造访问记录或代答问卷", "Ⅱ级", "系统自动拨号，访问全程录音。"),
        ("调查部", "访问员", "general", "泄露受访者电话号码和回答内容", "Ⅲ级", "访问座席不得带入手机，签订保密协议。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 6)
    return _layout(
        "jixi_opinion_survey_posts", "http://actcn.net/thread-55669-1-1.html",
        "县社情民意调查中心 岗位廉政风险点排查表 对岗不对人, after the source's 市社情民意调查中心 成立 (计算机辅助电话调查 "
        "CATI, 访问座席, 拒访, 委托调查): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def jixi_enforcement_cards() -> dict:
    unit = f"{PLACE}统计执法队"
    t = _Truth(unit)
    cards = [
        ("队长", "逄燊邃", "队长", "主持执法队全面工作，组织统计执法检查", "leader", [
            ("“双随机”抽查对象抽取不公开，人为指定检查对象", "★★★", "抽取过程全程录像，结果公示。"),
            ("对统计违法行为降格处理、以罚代改", "★★★", "处罚决定经集体讨论，重大案件法制审核。"),
            ("执法检查中接受被检查企业宴请", "★", "检查期间严格执行中央八项规定精神。"),
        ]),
        ("执法人员", "訾暻蓂", "执法人员", "承办统计执法检查和案件调查", "general", [
            ("检查原始记录、统计台账不认真，检查走过场", "★★", "检查情况逐项记录，双人签字。"),
            ("向被检查单位透露检查安排", "★★", "检查方案发放范围登记，违者追责。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 40, 12, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "jixi_enforcement_cards", "http://tjj.ah.gov.cn/public/6981/145125901.html",
        "县统计执法队 岗位廉政风险防控卡, one sheet a person, after the source's 省统计局 统计执法 “双随机” 抽查通知 "
        "(抽查对象, 统计数据质量, 依法查处): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jixi_survey_team_group_rows() -> dict:
    unit = f"国家统计局{PLACE}调查队"
    sh = _Sheet("责任清单", [6, 10, 10, 42, 11, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、队领导", "队领导", [
            ("队长", "訾犇霁", "leader", [
                ("调查网点抽选和调整不按方案执行", "一级风险", "网点抽选按方案等距抽样，调整报上级队审批。"),
            ]),
        ]),
        ("二、农业调查组", "农业调查组", [
            ("组长", "逄澔骐", "middle", [
                ("农产量实割实测样本地块人为选择", "一级风险", "样本地块随机抽取，实测现场拍照留存。"),
                ("实测数据审核把关不严", "二级风险", "实测表双人复核签字。"),
            ]),
        ]),
        ("三、住户调查组", "住户调查组", [
            ("调查员", "訾甯泓", "general", [
                ("记账户补贴发放不实，虚列调查户", "二级风险", "补贴按记账月份发放，名单抽查回访。"),
                ("辅助调查员代记、补记收支账", "三级风险", "定期入户检查记账情况。"),
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
        "jixi_survey_team_group_rows",
        "https://shandong-chorography.org/database/a/section/57/article/152/",
        "县调查队 廉政风险防控责任清单, after the source's 志 on 农产量抽样调查 (抽选调查点, 样本地块, 实割实测, 调查户): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、队领导``, ``二、农业调查组``, ``三、住户调查组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jixi_huayang_station_selfchecks() -> dict:
    unit = f"{PLACE}华阳镇统计站"
    t = _Truth(unit)
    people = [
        ("逄骎鸾", "统计站", "站长", "leader", [
            ("按镇领导授意调整规上企业上报数据", "高风险", "拒绝干预并如实记录，向县统计局报告。", "未发现问题"),
            ("组织群众按“标准答案”应对满意度电话调查", "高风险", "严禁发放答案、集中培训应答。", "已落实"),
            ("村级统计员报酬发放不透明", "低风险", "报酬按村公示，凭签收表发放。", "已落实"),
        ]),
        ("訾瀞昳", "统计站", "统计员", "general", [
            ("企业统计台账不核对即录入联网直报平台", "中风险", "录入前核对原始记录和台账。", "已落实"),
            ("为完成任务代企业填报数据", "高风险", "企业自行报送，站内只作指导。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在单位", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jixi_huayang_station_selfchecks", "https://movement.gzstv.com/news/detail/97ByD",
        "镇统计站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on 满意度调查 "
        "诱导造假 (“标准答案”, 电话调查, 宣传措施不严谨): a title, a label row ``姓　名 | 所在单位 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 镇分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def jixi_information_center_list() -> dict:
    unit = f"{PLACE}统计信息中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 42, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "逄昶璆", "leader", "数据发布前向无关人员透露保密期数据", "思想道德风险", "一级",
         "缩小涉密数据知悉范围，发布前登记知悉人员。"),
        ("中心领导", "主任", "逄昶璆", "leader", "信息化设备采购指定品牌", "制度机制风险", "二级", "采购需求集体论证，三家比价。"),
        ("数据处理科", "科长", "訾琮翾", "middle", "数据处理程序被擅自修改", "业务流程风险", "一级",
         "程序修改审批登记，系统日志留存。"),
        ("数据处理科", "科员", "逄珂嵚", "general", "服务器和数据库账号口令外借", "岗位职责风险", "二级",
         "账号实名管理，口令定期更换。"),
        ("数据处理科", "科员", "逄珂嵚", "general", "涉密统计资料未按规定销毁", "岗位职责风险", "三级",
         "涉密资料销毁登记，双人监销。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, None, "审核人：", None, "中心负责人（签字）：", None, None)
    return _layout(
        "jixi_information_center_list", "http://msn.finance.sina.com.cn/cjyw/20110415/105545435.html",
        "县统计信息中心 廉政风险防控一览表, after the source's 国家统计局 on 经济数据提前泄露 (保密期数据, 涉密人员和范围, "
        "发布制度): a title, 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/中心负责人（签字） line",
        [sh], t,
    )  # fmt: skip


def jixi_yangxi_station_two_sheets() -> dict:
    unit = f"{PLACE}扬溪镇统计站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 40, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("訾淏翀", "站长", "主持统计站全面工作", [
            ("民意调查前组织干部“包办民意”、粉饰数据", "一级", "民调工作只作宣传，不得干预受访群众。"),
            ("统计站办公经费报销不规范", "二级", "经费报销经镇分管领导审核。"),
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
    staff = _Sheet("工作人员", [6, 10, 9, 42, 9, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 6)
    staff.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("统计员", "逄渟昉", "规下企业和个体户抽样名单不按要求抽取", "二级", "抽样名单由县统计局下发，不得自行替换。"),
        ("统计员", "逄渟昉", "村级统计报表汇总时随意修改数据", "一级", "修改须有村级书面说明并留档。"),
        ("村级统计辅助员", "訾霂旸", "入户调查不到位，凭印象填报", "三级", "站里按比例电话回访。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (post, who, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, post, who, point, lv, measures)
        t.point(staff.name, "", post, who, "general", point, [], GRADES[lv])
    _per_person(staff, first, None, 1, 2)
    staff.add("制表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "jixi_yangxi_station_two_sheets",
        "http://big5.cctv.com/gate/big5/news.cntv.cn/china/20100816/103564.shtml",
        "镇统计站 廉政风险防控一览表 in TWO SHEETS, after the source's 瞭望 piece on 民调公信力 (包办民意, 粉饰太平, "
        "政绩工具): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 工作人员 with 岗位/姓名 merged per person; "
        "廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, staff], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jixi_stats_bureau_common_sheet(),
    jixi_census_center_list(),
    jixi_opinion_survey_posts(),
    jixi_enforcement_cards(),
    jixi_survey_team_group_rows(),
    jixi_huayang_station_selfchecks(),
    jixi_information_center_list(),
    jixi_yangxi_station_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch823-inbox"))

"""The nine-hundred-and-thirty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's audit and
statistics bodies, 琼结县 (山南市, 西藏自治区) — its 审计局, 经济责任审计中心, 政府投资审计中心, 统计局,
普查中心, 农村社会经济调查队 and two 乡统计站 (下水乡, 加麻乡) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 审计局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 经济责任审计中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 政府投资审计中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 普查中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 农村社会经济调查队's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 下水乡统计站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 加麻乡统计站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``qiongjie_statistics_bureau_post_arrows``: the 统计局's 岗位廉政风险点一览表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per
  person) drawn up after a reshuffle inside the 局: for two holders who stayed in their 股室 but
  moved up, the 岗位 cell is written ``统计员→副股长`` / ``副股长→股长`` (the old post, an arrow, the
  present post), and a ``注：`` line under the table says the post after the arrow is the present
  one and the points were gone over again for it. The README's 读得懂的表 knows a HOLDER cell
  written ``原任→现任`` (two names: the one the arrow points to holds the post; arrows whose two
  sides are not both names are read as written), ``原岗位 | 现岗位`` columns of a separate 轮岗交流
  登记表 beside a list that names no one, and ``现：…⏎原：…`` holder cells; it does not describe a
  POST cell carrying the old post and the present one joined by an arrow (one holder, the same
  股室), the present post being the form's post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 农村基础设施 绩效审计 —
专项资金, 工程款, 审计组; the 内部审计具体准则 on 经济责任审计 — 任中、离任审计, 审计档案; a 政府投资
项目审计办法 — 竣工决算审计, 工程价款结算, 预留工程款; a 县统计局 统计数据质量管理工作制度 — 数据采集,
审核, 执法检查, 数据质量领导小组; a 镇's notice on 选调 人口普查指导员和普查员 — 普查区, 选调条件, 培训; a 调查队
长's article on 防治统计造假 — 调查数据质量, 统计执法, 辅助调查员; a 县's paper on 乡镇统计规范化建设 —
统计员, 统计台账, 统计津贴; a paper on 乡镇基层农业统计 — 农业产值, 基层报表, 村级统计) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 解 and 花 with rare given names); every unit is a
body of 琼结县.

Run ``python tests/published/score.py --set batch934`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 岗位 cell ``旧岗位→新岗位`` names the form's post after the arrow (the note
  says so; the holder and the 股室 are unchanged); its tier is that of the present post;
- ``中心领导``, ``站领导``, ``队领导`` (a 科室/部门 cell, a group row) are the 科室 of those leaders; the
  审计局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 中心's 股 or 组,
  a 站's 组 and a 队's 组 are 科室; a group row ``二、普查业务股`` gives the 科室 ``普查业务股``;
- every 中心, the 调查队, the 局 and each 乡统计站 are units of their own (as batch890's 乡水管站):
  局长, 副局长, 主任, 副主任, 队长, 副队长 and 站长 are leaders; 股长, 副股长 and 组长 middle; the rest
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 政府投资审计中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b934_"
PLACE = "琼结县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
ARROW = "→"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位 as written, present post, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
MOVED = [
    ("局领导", "局长", "局长", "解琮岿", "leader", [
        ("授意、指使下级统计机构篡改统计数据", "一级", "主要统计数据经数据质量领导小组联审，联审记录存档。"),
        ("统计执法案件查处中打招呼、说情", "一级", "执法案件集体审理，领导干部干预登记报告。"),
    ]),
    ("局领导", "副局长", "副局长", "花琤曦", "leader", [
        ("统计调查项目经费使用审批把关不严", "二级", "调查经费按项目预算列支，报销附调查明细。"),
        ("对报送单位奇异数据不核实即签发", "一级", "奇异值、极大值逐项核实，签发前双人复核。"),
    ]),
    ("综合股", f"统计员{ARROW}副股长", "副股长", "解岫漪", "middle", [
        ("统计资料对外提供未经审批，泄露未公布数据", "二级", "对外提供资料登记审批，严守统计资料保密规定。"),
        ("统计档案归档不全，原始记录随意销毁", "三级", "统计档案按年度整理归档，销毁须经领导小组批准。"),
    ]),
    ("统计执法股", f"副股长{ARROW}股长", "股长", "花澈翾", "middle", [
        ("双随机执法检查对象选择性抽取", "一级", "检查对象和执法人员在平台随机抽取，结果公示。"),
        ("检查中发现虚报、瞒报不移交、不立案", "二级", "检查发现问题建立台账，股务会逐件研究。"),
    ]),
    ("专业统计股", "统计员", "统计员", "解瀚昀", "general", [
        ("审核基层报表时擅自修改调查对象数据", "一级", "数据订正须经调查对象同意并签字，调查员不得擅改。"),
        ("接受报送企业宴请，放松数据审核", "三级", "签订廉洁承诺书，审核记录留痕备查。"),
    ]),
]  # fmt: skip


def qiongjie_statistics_bureau_post_arrows() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [6, 12, 16, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, shown, post, who, tier, points in MOVED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, shown, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：2025年3月局内岗位调整，“岗位”栏“→”前为原岗位、后为现岗位，风险点已按现岗位重新排查。",
        7,
    )
    sh.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "qiongjie_statistics_bureau_post_arrows", "http://www.jnbd5.com/zuowenfanwen/2022/0701/82702.html",
        "(harder) 县统计局 岗位廉政风险点一览表, after the source's 县统计局 统计数据质量管理工作制度 (数据采集 “五字法”, 审核, "
        "奇异值核实, 执法检查, 数据质量领导小组): a title, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, "
        "股室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``; for two holders moved up within their 股室 the "
        "岗位 cell reads OLD POST → PRESENT POST (``统计员→副股长``, ``副股长→股长``), a ``注：`` line saying the post "
        "after the arrow is the present one; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qiongjie_audit_bureau_two_sheets() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("解昶岺", "局长", "主持全面工作", [
            ("审计计划安排受人情干扰，选择性确定审计对象", "一级", "年度审计计划经区委审计委员会审定后执行。"),
            ("审计发现问题定性处理个人说了算", "一级", "审计报告和处理决定经审计业务会议集体审定。"),
        ]),
        ("花翯峤", "副局长", "分管农业农村审计、绩效审计", [
            ("扶贫项目绩效审计中对虚报工程量不予揭示", "一级", "工程量现场复核，审计底稿两级复核。"),
            ("对被审计单位整改情况检查走过场", "二级", "整改情况逐项销号，结果报县委审计办。"),
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
        ("农业农村审计股", "股长", "解澂瑀", "middle", "专项资金审计中对另作他用资金隐瞒不报", "一级",
         "审计发现问题全部列入底稿，主审和股长双签。"),
        ("农业农村审计股", "股长", "解澂瑀", "middle", "接受被审计单位安排的食宿和宴请", "二级", "严格执行审计“八不准”纪律，外勤经费自理。"),
        ("农业农村审计股", "审计员", "花沄翃", "general", "审计取证不全、证据与事实不符", "二级", "取证材料由被审计单位签字确认，复核把关。"),
        ("办公室", "会计", "解淏岚", "general", "审计外勤经费报销审核不严", "三级", "外勤经费凭审计通知书和行程单据报销。"),
        ("办公室", "主任", "花岘昉", "middle", "审计档案借阅不登记，资料外泄", "三级", "审计档案借阅登记审批，按期归还。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "qiongjie_audit_bureau_two_sheets", "https://fx361.cc/page/2020/0116/15026575.shtml",
        "县审计局 廉政风险防控一览表 in TWO SHEETS, after the source's paper on 贫困地区 农村基础设施 绩效审计 (专项资金 另作他用, "
        "高估工程款, 重复建设, 审计整改): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qiongjie_economic_audit_center_cards() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    t = _Truth(unit)
    cards = [
        ("主任", "花峣昉", "主任", "主持中心全面工作", "leader", [
            ("经济责任审计评价中对领导干部定责失之于宽", "★★★", "审计评价和定责经中心集体审议，报审计局审定。"),
            ("离任审计中接受被审计领导干部请托", "★★★", "审计组实行回避制度，请托事项登记报告。"),
            ("审计档案整理移交不及时", "★", "审计项目结束后按时立卷归档。"),
        ]),
        ("副主任", "解翀澴", "副主任", "分管任中审计、审计档案", "leader", [
            ("任中审计发现的问题线索不按规定移送", "★★", "问题线索移送经集体研究，移送台账存档。"),
            ("审计报告征求意见后随意删减问题", "★★", "审计报告修改稿与征求意见稿对照存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "qiongjie_economic_audit_center_cards", "http://www.tzsjczs.com/show/id/6205.html",
        "县经济责任审计中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 内部审计具体准则 on 经济责任审计 "
        "(任中、离任审计, 审计评价, 责任界定, 审计档案工作): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qiongjie_investment_audit_center_posts() -> dict:
    unit = f"{PLACE}政府投资审计中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "竣工决算审计安排", "授意审计人员对特定项目审减放水", "制度机制风险", "高",
         "审计项目安排经中心集体研究，审定结果公示。"),
        ("工程审计组", "组长", "middle", "工程价款结算审核", "结算审核中与施工单位串通高估冒算", "岗位职责风险", "高",
         "结算审核实行初审、复审两级，复审换人。"),
        ("工程审计组", "审计员", "general", "设计变更签证核实", "对虚假变更签证不核实即认可", "业务流程风险", "中",
         "变更签证现场核实，照片和记录附底稿。"),
        ("工程审计组", "审计员", "general", "预留工程款审核", "违规同意提前支付预留工程款", "外部环境风险", "中",
         "预留款支付以审计报告为依据，不得提前出具意见。"),
        ("综合组", "档案员", "general", "审计资料管理", "泄露工程造价审计资料", "思想道德风险", "低",
         "审计资料专柜保管，借阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "qiongjie_investment_audit_center_posts", "http://www.fymate.net/html/text/lar/169877/16987771_2.html",
        "县政府投资审计中心 岗位廉政风险点排查表 对岗不对人, after the source's 政府投资项目审计办法 (竣工决算审计, 工程价款结算, "
        "设计变更签证单, 预留15%-20%工程款): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qiongjie_census_center_group_rows() -> dict:
    unit = f"{PLACE}普查中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "花岢淏", "leader", [
                ("普查经费分配和使用不按预算执行", "一级风险", "普查经费专款专用，支出经中心集体研究。"),
                ("选聘普查指导员、普查员优亲厚友", "二级风险", "选聘条件和结果在乡镇公示。"),
            ]),
        ]),
        ("二、普查业务股", "普查业务股", [
            ("股长", "解湉岍", "middle", [
                ("普查数据审核验收中对虚报数据放行", "一级风险", "数据审核验收留痕，问题数据退回重报。"),
            ]),
            ("普查员", "花瑷峋", "general", [
                ("入户登记弄虚作假，编造普查对象信息", "一级风险", "登记数据抽样复查，普查对象签字确认。"),
                ("泄露普查对象的单个资料", "二级风险", "签订保密承诺书，资料专机处理。"),
            ]),
        ]),
        ("三、数据处理组", "数据处理组", [
            ("数据处理员", "解霂岐", "general", [
                ("普查数据处理设备和账号管理混乱", "三级风险", "处理设备专人管理，账号一人一号。"),
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
        "qiongjie_census_center_group_rows", "http://www.nbxinxi.com/a/chengzhoushi/20210603/232786.html",
        "县普查中心 廉政风险防控责任清单 under GROUP ROWS, after the source's 镇政府 notice on 选调 普查指导员和普查员 (普查区, "
        "普查小区, 选调条件, 村报账员兼任, 培训): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、中心领导``, ``二、普查业务股``, ``三、数据处理组`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def qiongjie_survey_team_selfchecks() -> dict:
    unit = f"{PLACE}农村社会经济调查队"
    t = _Truth(unit)
    people = [
        ("解滢峄", "队领导", "队长", "leader", [
            ("住户调查样本轮换不按规定，人为指定调查户", "Ⅰ级", "样本轮换按方案随机抽选，结果报市调查队备案。", "已落实"),
            ("调查经费发放辅助调查员报酬不实", "Ⅱ级", "报酬按工作量核定，名单公示后发放。", "未发现问题"),
        ]),
        ("花漪岘", "住户调查组", "调查员", "general", [
            ("记账户账本审核不严，代填代记", "Ⅰ级", "账本逐户审核，抽查回访记账户。", "已落实"),
            ("价格调查数据采集不到点，估报价格", "Ⅱ级", "价格采集定位拍照上传。", "已落实"),
        ]),
        ("解霈峦", "农业调查组", "调查员", "general", [
            ("农产品产量抽样调查实割实测走过场", "Ⅰ级", "实割实测两人以上同行，记录签字。", "未发现问题"),
            ("接受调查对象吃请、礼品", "Ⅲ级", "遵守调查纪律，节前廉洁提醒。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qiongjie_survey_team_selfchecks", "http://szb.jsw.com.cn/ZJRB/PC/content/202312/08/content_286214.html",
        "县农村社会经济调查队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 调查队长 "
        "article on 防治统计造假 (调查数据质量, 统计执法, 依法统计, 普法): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 队长意见：``",
        sheets, t,
    )  # fmt: skip


def qiongjie_xiashui_station_list() -> dict:
    unit = f"{PLACE}下水乡统计站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "花昳潆", "leader", "统计津贴和办公经费使用不公开", "制度机制", "中风险",
         "经费实报实销，每年在站内公开。"),
        ("站领导", "站长", "花昳潆", "leader", "按乡里要求调整上报数据", "岗位职责", "高风险",
         "上报数据经站长、统计员签字，数出有据。"),
        ("统计业务", "统计员", "解浛峪", "general", "统计台账不全，上报数据无原始记录", "业务流程", "高风险",
         "建立乡、村两级统计台账，每季度自查。"),
        ("统计业务", "统计员", "解浛峪", "general", "村级报表代填代报", "思想道德", "低风险",
         "村级报表由村统计员填报签字。"),
        ("统计业务", "统计员", "花澍岍", "general", "统计资料随意对外提供", "外部环境", "中风险",
         "对外提供资料经站长审批登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "qiongjie_xiashui_station_list", "http://xueshut.com/guominjj/85675.html",
        "乡统计站 岗位廉政风险防控一览表, after the source's 县 paper on 乡镇统计规范化建设 (统计站, 统计员, 统计台账, 统计津贴, "
        "办公经费实报实销): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def qiongjie_jiama_station_register() -> dict:
    unit = f"{PLACE}加麻乡统计站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "解洺嵘", "leader", [
            ("农林牧渔业总产值测算随意调整", "制度机制", "一级", "产值测算底稿留存，报县统计局评估。"),
            ("村级统计员补贴分配不公", "岗位职责", "二级", "补贴按报表任务量分配，结果公示。"),
        ]),
        ("农业统计组", "统计员", "花淯昕", "general", [
            ("播种面积、产量调查不到村组，估算上报", "业务流程", "一级", "调查到村组，村干部签字确认。"),
        ]),
        ("综合统计组", "统计员", "解岨澜", "general", [
            ("农村住户基本情况报表数据前后矛盾不核实", "业务流程", "二级", "报表逻辑审核，异常数据回访核实。"),
            ("利用统计资料为亲友谋取补助", "思想道德", "三级", "统计资料使用登记，每季度核查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "qiongjie_jiama_station_register", "http://www.handmsg.com/page/2023/0322/19261048.shtml",
        "乡统计站 廉政风险点排查登记表, after the source's paper on 乡镇基层农业统计 (农村基层组织, 农业生产条件, 农村经济收入, "
        "基层报表, 统计人员): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qiongjie_statistics_bureau_post_arrows(),
    qiongjie_audit_bureau_two_sheets(),
    qiongjie_economic_audit_center_cards(),
    qiongjie_investment_audit_center_posts(),
    qiongjie_census_center_group_rows(),
    qiongjie_survey_team_selfchecks(),
    qiongjie_xiashui_station_list(),
    qiongjie_jiama_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch934-inbox"))

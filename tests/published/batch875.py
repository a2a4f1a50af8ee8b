"""The eight-hundred-and-seventy-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's statistics
and audit bodies, 尉犁县 (of 巴音郭楞蒙古自治州, 新疆) — its 统计局, 审计局, 政府投资审计中心, 普查中心
and 社会经济调查队 and its 乡/镇 统计站 (尉犁镇, 团结乡, 兴平乡) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 统计局's 一览表 under ``附件1`` and a 填报单位 line: ``科室`` merged, ``岗位 | 姓名`` merged per
  person, short ``风险类型``, ``一级/二级/三级``, a ``注：`` line and a sign-off line;
- the 政府投资审计中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a ``主要职责`` cell merged per
  post, ``风险点``, 高/中/低, no type column, no names;
- the 普查中心's 自查表, one sheet a person: a label row ``姓　名 | 科　室 | 岗　位 | 自查时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``…风险`` types, ``自查结果``;
- the 社会经济调查队's 清单 under GROUP ROWS ``一、队领导`` … ``三、价格调查组`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 尉犁镇统计站's 防控卡, one sheet a person: ``姓　名 | … | 岗　位 | …`` and a merged 工作职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 团结乡统计站's 一览表: ``岗位 | 责任人`` on EVERY row (no 部门 column), short types,
  ``高风险/中风险/低风险``;
- the 兴平乡统计站's 登记表: ``岗位 | 姓名`` merged per person, ``风险类别`` (short names), 高/中/低,
  a 站长 sign-off line.

One is harder:

- ``weili_audit_bureau_point_library``: the 审计局's 岗位廉政风险点确认表 in TWO SHEETS. Sheet
  ``岗位风险点`` lists each person's points, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点（从风险点库选择）``
  (股室 merged, 岗位 and 姓名 merged per person), and NOTHING ELSE: no level, no type, no measures —
  a 填表说明 line says the points are picked from the 风险点库 and that their type, level and
  measures are the library's. Sheet ``风险点库`` is that library, ``库编号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, eight points with no holder; each library point is picked by one to three
  people, and the holders' sheet gives the point by its TEXT only (the same words, as a 下拉
  selection types them), never by its 库编号. The README's 读得懂的表 knows a sheet of common points
  claimed by NUMBER from a per-person column (``涉及共性风险点（序号）``), a second sheet of measures
  keyed by ``对应风险编号``, two sheets of one list joined by 序号 (``（续表）``), levels given by a note
  that quotes points by name, and codes in a 下拉提示; it does not describe a holders' list whose
  points carry no level and whose level, type and measures stand only in a library sheet matched
  by the point's own words.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县审计局's rules for 中介机构
参与政府投资项目审计 — 中介机构目录库, 筛选, 审核报告; a 市审计局's 跟踪审计 of 重大项目 — 事前参与、
事中监控、事后评价; a 县统计局 meeting on 四上企业 预备库, 催报, 统计考核; an article on 依法普查 —
普查人员, 不得篡改普查资料; a 住户调查 访户 report — 记账户, 访户, 核查; a 统计基层基础建设 调查制度 —
乡镇统计员, 联网直报; a note on 统计报表 网上直报 in 乡镇统计站; a report on 普查“两员” 选聘) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 籍 and 酆 with rare given names); every unit is a
body of 尉犁县.

Run ``python tests/published/score.py --set batch875`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row of ``岗位风险点`` is a point of the row's person, its type, level
  and measures those of the library point of the same words; the library sheet itself is no
  form (it names no holder) and its 库编号 are no points; the 填表说明 line is no point;
- ``局领导``, ``中心领导``, ``队领导`` (a 股室 cell, a 科室 cell, a group row) are the 科室 of those
  leaders; a 局's 股, a 中心's 科/组, a 队's 组 are 科室; a group row ``二、住户调查组`` gives the
  科室 ``住户调查组``; a 乡镇 统计站 is a unit of its own here (named with its 乡镇), its 站长 a
  leader and its 统计员 and 普查员 general; the 统计站's cards and lists name no 科室;
- 局长, 副局长, 主任, 副主任, 队长, 副队长 and 站长 are leaders; 股长 and a 组's 组长 middle; the rest
  (统计员, 审计员, 普查员, 调查员, 价格采集员, 会计) general;
- ``主要职责``, ``自查结果`` and ``工作职责`` are no points and name no holder; the 政府投资审计中心's
  list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
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

PREFIX = "b875_"
PLACE = "尉犁县"
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

# the 风险点库: 库编号 -> (风险点, 风险类型, 风险等级, 防控措施)
LIBRARY = {
    "K01": ("年度审计项目计划安排受人情干扰，选择性立项或搁置审计", "制度机制", "一级",
            "审计项目计划经局党组会集体研究，报县委审计委员会审定后执行。"),
    "K02": ("审计报告定性和处理处罚意见避重就轻", "岗位职责", "一级",
            "审计报告经审理、局业务会议集体审定，定性依据逐条列明。"),
    "K03": ("参与政府投资项目审计的中介机构筛选不公，指定或变相指定", "业务流程", "一级",
            "中介机构从县政府投资项目中介机构目录库中随机抽取，抽取过程全程留痕。"),
    "K04": ("对中介机构出具的结算审核报告复核把关不严", "岗位职责", "二级",
            "审核报告实行审计组、股室两级复核，重大核减事项集体研究。"),
    "K05": ("审计现场接受被审计单位宴请、礼品礼金", "思想道德", "二级",
            "进点公示审计纪律和举报电话，审计结束后开展廉政回访。"),
    "K06": ("泄露审计工作秘密或被审计单位商业秘密", "思想道德", "二级",
            "签订保密承诺书，审计资料专人保管、按规定归档。"),
    "K07": ("审计取证不充分，工作底稿记录不实", "业务流程", "三级",
            "工作底稿实行主审复核、审计组长审核。"),
    "K08": ("审计发现的问题线索不按规定移送", "制度机制", "二级",
            "问题线索移送经局长办公会研究，建立移送台账。"),
}  # fmt: skip

# (股室, 岗位, 姓名, tier, the 库编号 of the points he picked)
PICKS = [
    ("局领导", "局长", "籍缃漪", "leader", ("K01", "K02", "K08")),
    ("局领导", "副局长", "酆翥岷", "leader", ("K02", "K03")),
    ("经济责任审计股", "股长", "籍楸岚", "middle", ("K02", "K05", "K07")),
    ("经济责任审计股", "审计员", "酆棹汀", "general", ("K05", "K06", "K07")),
    ("投资审计股", "股长", "籍弢翯", "middle", ("K03", "K04", "K06")),
]


def weili_audit_bureau_point_library() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    sh = _Sheet("岗位风险点", [6, 16, 10, 10, 52])
    _line(sh, f"{unit}岗位廉政风险点确认表", 5)
    _line(
        sh,
        "填表说明：廉政风险点从《风险点库》中下拉选择，风险类型、风险等级和防控措施以风险点库为准，本表不再填写。",
        5,
    )
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点（从风险点库选择）")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, keys in PICKS:
        for key in keys:
            n += 1
            point, typ, lv, _measures = LIBRARY[key]
            sh.add(n, dept, post, who, point)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年4月")
    lib = _Sheet("风险点库", [8, 48, 12, 10, 44])
    _line(lib, f"{unit}廉政风险点库", 5)
    lib.add("库编号", "风险点", "风险类型", "风险等级", "防控措施")
    for key, (point, typ, lv, measures) in LIBRARY.items():
        lib.add(key, point, typ, lv, measures)
    _line(lib, "注：风险等级分为一级、二级、三级，一级最高。", 5)
    return _layout(
        "weili_audit_bureau_point_library", "https://paper.cuduwang.com/Html/2015-05-08/17076.html",
        "(harder) 县审计局 岗位廉政风险点确认表 in TWO SHEETS, after the source's 县审计局 rules for 社会中介机构参与政府投资"
        "建设项目审计 (中介机构目录库, 筛选, 审核报告, 审计风险): sheet 岗位风险点 ``序号 | 股室 | 岗位 | 姓名 | "
        "廉政风险点（从风险点库选择）`` with 股室 merged and 岗位/姓名 merged per person and NO level, type or measures, a "
        "填表说明 line saying they are the library's; sheet 风险点库 ``库编号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, "
        "eight points with no holder, each picked (by its words, not its number) by one to three people; ``一级/二级/三级``",
        [sh, lib], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def weili_statistics_bureau_list() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报日期：2025年3月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "酆缇珩", "leader", [
            ("授意、默许统计人员修改统计数据", "思想道德", "一级", "严格执行防范和惩治统计造假责任制，数据审定集体研究。"),
            ("统计考核办法制定中照顾个别乡镇", "制度机制", "二级", "考核办法征求各乡镇意见，经局党组会通过后公布。"),
        ]),
        ("综合核算股", "股长", "籍麟翥", "middle", [
            ("“四上”企业预备库入库审核把关不严，违规纳统", "业务流程", "一级", "入库企业实地核查，佐证资料留档备查。"),
            ("年度统计考核打分随意", "岗位职责", "二级", "考核评分两人打分、结果公示。"),
        ]),
        ("专业统计股", "统计员", "酆蕙洄", "general", [
            ("催报中向企业暗示填报数据", "思想道德", "二级", "催报只催进度不提数据要求，催报记录存档。"),
            ("企业原始记录和统计台账检查走过场", "业务流程", "三级", "检查清单逐项核对，检查人员签字。"),
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
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高等级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主要负责人（签字）：", None, None)
    return _layout(
        "weili_statistics_bureau_list", "http://m.news.wmxa.cn/n/201606/336406.html",
        "县统计局 岗位廉政风险防控一览表, after the source's 县统计局 学习会 (“四上”企业预备库, 名录资料分解到镇, 催报机制, "
        "统计考核办法): ``附件1``, a title, a merged 填报单位（盖章）/填报日期 line, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


def weili_investment_audit_center_posts() -> dict:
    unit = f"{PLACE}政府投资审计中心"
    sh = _Sheet("排查表", [6, 12, 10, 26, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "主要职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "主持中心全面工作", "跟踪审计项目安排受领导干部打招呼影响", "高",
         "跟踪审计项目由中心集体研究确定，报县审计局备案。"),
        ("中心领导", "主任", "leader", "主持中心全面工作", "审计结论签发前不经复核", "中",
         "审计结论实行三级复核后签发。"),
        ("跟踪审计科", "科长", "middle", "组织重大项目跟踪审计", "事中监控发现的问题不及时预警", "高",
         "问题清单每月报送建设单位和主管部门。"),
        ("跟踪审计科", "审计员", "general", "现场计量、隐蔽工程核查", "隐蔽工程现场核查不到位，签证失实", "高",
         "隐蔽工程核查双人到场、影像留存。"),
        ("跟踪审计科", "审计员", "general", "现场计量、隐蔽工程核查", "与施工单位私下接触、接受吃请", "中",
         "执行审计纪律“八不准”，进点公示举报电话。"),
        ("综合科", "会计", "general", "中心财务和资料管理", "审计资料借阅不登记，资料外泄", "低",
         "资料借阅登记、专柜保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key), (3, key)])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "weili_investment_audit_center_posts", "http://qzjjjc.gov.cn/x/?d=3427&l=61",
        "县政府投资审计中心 岗位廉政风险排查表 对岗不对人, after the source's 市审计局 跟踪审计 of 重大项目 (事前参与、事中监控、"
        "事后评价, 隐患问题预警): a title, 序号/科室 merged/岗位 merged per post/主要职责 merged per post/风险点/风险等级 "
        "高/中/低/防控措施; no names, no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def weili_census_center_selfchecks() -> dict:
    unit = f"{PLACE}普查中心"
    t = _Truth(unit)
    people = [
        ("籍檀溯", "中心领导", "主任", "leader", [
            ("普查数据审核验收中授意修改普查资料", "思想道德风险", "Ⅰ级", "普查数据验收集体审定，修改留痕。", "未发现问题"),
            ("普查经费使用不按预算执行", "制度机制风险", "Ⅱ级", "经费专账核算，支出经集体研究。", "已落实"),
        ]),
        ("酆檩涧", "业务组", "组长", "middle", [
            ("普查员劳务报酬核定不实", "业务流程风险", "Ⅱ级", "报酬按完成户数核定并公示。", "已落实"),
            ("普查对象名单、商业秘密泄露", "岗位职责风险", "Ⅰ级", "普查资料专人管理，签订保密承诺。", "已落实"),
        ]),
        ("籍菁漻", "业务组", "普查员", "general", [
            ("入户登记不实，编造普查数据", "岗位职责风险", "Ⅰ级", "登记数据随机回访复查。", "未发现问题"),
            ("借普查之机向普查对象索取好处", "思想道德风险", "Ⅲ级", "普查员佩证上岗，公布监督电话。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 14, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", "科　室", "岗　位", "自查时间", None, None)
        sh.add(who, dept, post, "2025年4月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查结果")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "中心主任意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "weili_census_center_selfchecks", "http://www.stats.gov.cn/zgjjpc/mtjj/t20050104_402220315.htm",
        "县普查中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's article on 依法普查 "
        "(普查机构和普查人员, 不得自行修改普查资料, 保密义务, 如实申报): a title, a label row ``姓　名 | 科　室 | 岗　位 | "
        "自查时间`` over a row of values, then 序号/风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查结果``; ``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def weili_survey_team_group_rows() -> dict:
    unit = f"{PLACE}社会经济调查队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、队领导", "队领导", [
            ("队长", "酆篁溟", "leader", [
                ("住户调查样本轮换中人为调换记账户", "一级风险", "样本轮换按方案抽选，结果报上级调查队审核。"),
                ("调查数据发布前擅自对外提供", "二级风险", "数据发布严格执行发布日程。"),
            ]),
        ]),
        ("二、住户调查组", "住户调查组", [
            ("组长", "籍瑄蘅", "middle", [
                ("记账户补贴发放不及时、不足额", "二级风险", "补贴通过银行卡发放，按季公示。"),
            ]),
            ("调查员", "酆骐滢", "general", [
                ("访户检查走过场，账页漏记、错记不核实", "二级风险", "访户记录逐户留存，组长抽查。"),
                ("代替记账户记账、编造收支", "一级风险", "电子记账数据与访户记录比对。"),
            ]),
        ]),
        ("三、价格调查组", "价格调查组", [
            ("价格采集员", "籍祎湍", "general", [
                ("价格采集点选定与商户存在利益关系", "三级风险", "采集点定期轮换，采集员回避。"),
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
        "weili_survey_team_group_rows", "http://zjzd.stats.gov.cn/hz/zwgk/xxgkml/dcgz/qxgz/202207/t20220707_105474.shtml",
        "县社会经济调查队 廉政风险防控责任清单, after the source's 住户调查 访户 report (访户计划, 查看记账情况, 与记账户沟通, "
        "核查家庭情况): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、队领导``, ``二、住户调查组``, ``三、价格调查组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def weili_town_station_cards() -> dict:
    unit = f"{PLACE}尉犁镇统计站"
    t = _Truth(unit)
    cards = [
        ("站长", "籍艽峥", "站长", "负责全镇统计工作，审核上报统计报表", "leader", [
            ("审核镇级统计报表时按镇领导要求调整数据", "★★★", "报表数据以企业原始记录为准，调整须有依据并留痕。"),
            ("统计站办公经费报销不规范", "★", "报销凭证经手人、审核人签字。"),
            ("联网直报企业统计人员培训流于形式", "★★", "培训签到、考试记录存档。"),
        ]),
        ("统计员", "酆芫湍", "统计员", "负责联网直报企业催报、统计台账管理", "general", [
            ("替企业代填代报统计数据", "★★★", "严禁代填代报，企业报表由企业统计人员本人报送。"),
            ("统计台账建立不规范，数出无据", "★★", "台账按月建立，镇统计站每季度检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duty, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "岗　位", post)
        r = sh.add("工作职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "weili_town_station_cards", "https://www.gy.gov.cn/Jcsd/show/2450704.html",
        "镇统计站 岗位廉政风险防控卡, one sheet a person, after the source's 统计基层基础建设情况调查制度 (乡镇政府统计基础, "
        "人员状况, 联网直报企业统计能力): a title, ``姓　名 | … | 岗　位 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def weili_tuanjie_station_list() -> dict:
    unit = f"{PLACE}团结乡统计站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "酆钤岫", "leader", "网上直报数据审核不严，放任异常数据上报", "岗位职责", "高风险",
         "直报数据按审核公式逐条审核，异常数据核实后上报。"),
        ("站长", "酆钤岫", "leader", "村级统计员选聘优亲厚友", "制度机制", "中风险",
         "选聘条件公开，乡党委会研究确定。"),
        ("统计员", "籍燊翊", "general", "农业统计报表估报、推算代替调查", "业务流程", "高风险",
         "主要农作物产量实割实测，调查表存档。"),
        ("统计员", "籍燊翊", "general", "统计调查中接受调查对象吃请", "思想道德", "低风险",
         "签订廉洁承诺，公开举报电话。"),
        ("统计员", "籍燊翊", "general", "统计资料保管不善造成泄露", "外部环境", "中风险",
         "统计资料专柜存放，电子数据加密。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, "审核人：", None, "乡分管领导（签字）：", None, None)
    return _layout(
        "weili_tuanjie_station_list", "https://www.360wenmi.com/f/qdj5d2c68iiu.html",
        "乡统计站 廉政风险点一览表, after the source's note on 统计报表 网上直报 (乡镇统计站, 行政村, 审核公式, 源头数据质量): "
        "a title, 序号/岗位/责任人 written on EVERY row (no 部门 column)/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/乡分管领导（签字） line",
        [sh], t,
    )  # fmt: skip


def weili_xingping_station_register() -> dict:
    unit = f"{PLACE}兴平乡统计站"
    sh = _Sheet("登记表", [6, 10, 10, 40, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "籍鹂筠", "leader", [
            ("普查“两员”选聘把关不严，安排不符合条件人员", "制度机制", "高", "“两员”选聘条件和名单公示。"),
            ("普查补助经费发放不按标准", "业务流程", "中", "补助按标准造册发放，本人签领。"),
        ]),
        ("普查员", "酆璇漾", "general", [
            ("单位清查中漏查、重查不核实", "岗位职责", "中", "清查底册逐户核对，指导员抽查。"),
            ("向个体经营户泄露其他经营户信息", "思想道德", "低", "普查资料保密，违者追责。"),
            ("普查登记中收取调查对象财物", "思想道德", "高", "普查员佩证入户，公开监督电话。"),
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
    sh.add("登记人：", None, None, "站长（签字）：", None, "2025年6月", None)
    return _layout(
        "weili_xingping_station_register", "https://fjrb.fjdaily.com/pc/con/202308/16/content_297836.html",
        "乡统计站 岗位廉政风险点登记表, after the source's report on 普查“两员” 选聘 (普查指导员, 普查员, 登记工作): a title, "
        "序号/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a 登记人/站长（签字）"
        "/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    weili_audit_bureau_point_library(),
    weili_statistics_bureau_list(),
    weili_investment_audit_center_posts(),
    weili_census_center_selfchecks(),
    weili_survey_team_group_rows(),
    weili_town_station_cards(),
    weili_tuanjie_station_list(),
    weili_xingping_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch875-inbox"))

"""The nine-hundred-and-forty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's housing,
construction and city-management bodies, 乃东区 (山南市, 西藏自治区) — its 住房和城乡建设局, 城市管理综合
执法大队, 建设工程质量安全监督站, 房产管理所, 市政设施维护中心, 环境卫生管理所 and two 乡镇规划建设办
(昌珠镇, 结巴乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS
or Excel:

- the 住房和城乡建设局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 城市管理综合执法大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 建设工程质量安全监督站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 房产管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 市政设施维护中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 环境卫生管理所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 昌珠镇规划建设办's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``naidong_jieba_planning_office_csv_guards``: the 结巴乡规划建设办's 岗位廉政风险点一览表 as it came
  out of a reporting system's CSV export and was opened in WPS with every column imported as 文本:
  the exporter wrote every value as an Excel text guard ``="…"`` (so that Excel keeps ``001`` and
  long numbers as typed), and the 文本 import kept the guard as literal text, so each cell under the
  plain heading row (``序号 | 单位名称 | 科室 | 岗位 | 姓名 | …``) reads ``="1"``,
  ``="乃东区结巴乡规划建设办"``, ``="规划管理组"``, ``="主任"``, ``="纪翀"``, ``="…point…"``,
  ``="二级"``; one sheet named like the export file, no title, no merges. docs/layouts.md and the
  README's 读得懂的表 know formulas saved without their result (``=IF(…)``, ``=ROW()-3``, computed,
  ``FORMULAS_COMPUTED``), ``_x000D_`` escapes (``CELLS_X_ESCAPES``), raw HTML in cells, CSV text
  pasted into one column (``ROWS_DELIMITED_IN_ONE_CELL``) and lists sent as ``.csv`` files; they do
  not describe the ``="…"`` guard left as text around every value (not a formula: a string cell).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (山南市 住房和城乡建设 “十三五” —
标准化工地, 扬尘治理, 住房保障; a county's 城市管理 执法 公开 list — 燃气经营, 市政公用 处罚; 西藏
城镇建设 — 市政道路, 自来水厂, 绿地; 西藏 城市居住环境 — 住房分配, 住区; 西藏 城镇基础设施投资 —
供水, 市政道路, 污水垃圾处理; 城市环卫外包服务监督 — 外包, 考核, 监管; 西藏 城乡人居环境 — 农村
生活垃圾, 厕所革命, 供暖; the same 城镇基础设施 report in another paper — 特色小城镇) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 纪 and 汤 with rare given names); every unit is a body of
乃东区.

Run ``python tests/published/score.py --set batch941`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each cell's value is the text inside the ``="…"`` guard (``="二级"`` is the
  level 二级, ``="纪翀"`` the holder 纪翀); the truth is the list as its rows read, one form a holder;
- ``所领导``, ``中心领导``, ``大队领导``, ``办领导`` (a 科室/部门 cell, a group row) are the 科室 of those
  leaders; the 住建局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a
  站's or 所's 股, a 中心's 科, a 办's 组 and a 大队's 中队 are 科室; a group row ``二、执法一中队``
  gives the 科室 ``执法一中队``;
- every 站, 所, 中心, 办, the 大队 and the 局 are units of their own: 局长, 副局长, 站长, 副站长, 所长,
  主任 of a 中心 or 办, 大队长 are leaders; 股长, 科长, 组长 and 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 市政设施维护中心's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``, strings kept as
strings: the guards are text cells, not formulas) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b941_"
PLACE = "乃东区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def guard(value) -> str:
    """A value as the CSV exporter wrote it: an Excel text guard ``="…"``."""
    return f'="{value}"'


def unguard(cell: str) -> str:
    """The value inside a ``="…"`` guard."""
    assert cell.startswith('="') and cell.endswith('"'), cell
    return cell[2:-1]


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

CSV_HEADING = ["序号", "单位名称", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
GUARDED = [
    ("办领导", "主任", "纪翀", "leader", [
        ("特色小城镇建设项目施工单位选定中打招呼、递条子", "一级", "项目进区公共资源交易平台招标，办内不得指定施工单位。"),
        ("乡村建设项目变更签证未经集体研究", "一级", "变更签证经乡党委会集体研究，报区住建局备案。"),
    ]),
    ("规划管理组", "组长", "汤璆", "middle", [
        ("农牧民建房规划许可审查放宽条件", "二级", "建房申请村级公示，规划许可两人审查。"),
        ("对违法建设查处不及时、选择性查处", "二级", "违建巡查台账每月上报，乡纪委抽查。"),
    ]),
    ("农房建设组", "技术员", "纪湉珰", "general", [
        ("农房抗震改造补助对象核查不实", "一级", "补助对象入户核查，乡村两级公示。"),
        ("农房竣工验收签字走过场", "三级", "验收附现场照片，组长复核签字。"),
    ]),
    ("农房建设组", "资料员", "汤琇岚", "general", [
        ("补助资金拨付资料代签、补签", "二级", "资金拨付凭农户本人签字和一卡通账号。"),
    ]),
]  # fmt: skip


def naidong_jieba_planning_office_csv_guards() -> dict:
    unit = f"{PLACE}结巴乡规划建设办"
    sh = _Sheet("廉政风险点导出_20250612", [8, 24, 16, 12, 12, 46, 12, 42])
    t = _Truth(unit)
    sh.add(*CSV_HEADING)
    n = 0
    for dept, post, who, tier, points in GUARDED:
        for point, lv, measures in points:
            n += 1
            sh.add(*(guard(v) for v in (n, unit, dept, post, who, point, lv, measures)))
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "naidong_jieba_planning_office_csv_guards", "http://www.cinic.org.cn/xy/gdcj/1021745.html",
        "(harder) 乡规划建设办 岗位廉政风险点一览表 from a reporting system's CSV export opened in WPS with every column "
        "imported as 文本, after the source's report on 西藏 城镇基础设施 and 特色小城镇 建设: a plain heading row "
        "``序号 | 单位名称 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` over rows whose EVERY cell is the exporter's "
        "Excel text guard kept as literal text, ``=\"1\" | =\"乃东区结巴乡规划建设办\" | =\"办领导\" | =\"主任\" | =\"纪翀\" | =\"…\" | =\"一级\" | =\"…\"`` (string cells, "
        "not formulas); one sheet named like the export file, no title, no merges, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def naidong_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("汤珝崟", "局长", "主持全面工作", [
            ("城镇基础设施项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，会议纪要存档。"),
            ("插手房屋建筑工程招标，为亲友承揽工程打招呼", "一级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("纪琤岫", "副局长", "分管住房保障、建筑市场", [
            ("保障性住房分配审核把关不严", "一级", "分配对象三级审核、两次公示，结果报区纪委监委备案。"),
            ("建筑市场检查中对违规企业说情、放水", "二级", "检查两人以上，处理意见集体研究。"),
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
        ("建筑业管理股", "股长", "纪璠峋", "middle", "标准化工地评选标准执行不一，优亲厚友", "二级",
         "评选结果集体研究并在局网站公示。"),
        ("建筑业管理股", "股长", "纪璠峋", "middle", "扬尘治理检查发现问题不督促整改", "二级", "检查问题建立台账，整改销号管理。"),
        ("住房保障股", "科员", "汤珧岿", "general", "公租房租金收缴不及时入账", "一级", "租金统一缴入财政专户，每月对账。"),
        ("住房保障股", "科员", "汤珧岿", "general", "公租房入住资格年审走过场", "三级", "年审入户核查，名单公示。"),
        ("财务股", "会计", "纪瑢嶙", "general", "城镇建设专项资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "naidong_housing_bureau_two_sheets", "http://hamasdt.com/cn/fp/202012/t20201209_6916185.html",
        "区住房和城乡建设局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 山南市 住房和城乡建设 “十三五” "
        "(标准化工地, 扬尘治理, 住房保障, 城镇基础设施): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def naidong_city_enforcement_group_rows() -> dict:
    unit = f"{PLACE}城市管理综合执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "汤玙峣", "leader", [
                ("违法建设案件查处中说情、干预，降低处罚标准", "一级风险", "重大案件集体审议，处罚决定公开。"),
                ("燃气经营违法行为选择性执法", "一级风险", "执法检查全程记录，定期轮换检查片区。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "纪瑊岚", "middle", [
                ("占道经营、户外广告案件调查取证不全", "二级风险", "调查取证两人以上，执法记录仪全程录像。"),
            ]),
            ("队员", "汤瑀崧", "general", [
                ("巡查发现违法行为不制止、不报告", "二级风险", "巡查日志每日上报，大队抽查。"),
                ("接受当事人宴请，泄露执法信息", "三级风险", "签订廉洁执法承诺书。"),
            ]),
        ]),
        ("三、法制审核组", "法制审核组", [
            ("审核员", "纪琇嵘", "general", [
                ("处罚案卷法制审核走过场", "二级风险", "案卷审核实行初审、复审两级。"),
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
        "naidong_city_enforcement_group_rows", "http://www.gdsx.gov.cn/zwgk/zwgkmu/xjml/content/post_1892324.html",
        "区城市管理综合执法大队 廉政风险防控责任清单 under GROUP ROWS, after the source's 城市管理 行政执法 公开 list "
        "(市政公用管理, 燃气经营 违法行为, 处罚决定, 执法人员): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、大队领导``, ``二、执法一中队``, ``三、法制审核组`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def naidong_quality_station_cards() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    t = _Truth(unit)
    cards = [
        ("站长", "汤璘岍", "站长", "主持监督站全面工作", "leader", [
            ("市政道路工程质量监督中接受施工单位好处", "★★★", "监督计划书面下达，监督记录存档备查。"),
            ("竣工验收监督降低标准，放任不合格工程交付", "★★★", "竣工验收监督两人以上，问题整改闭合后签认。"),
            ("接受施工企业宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "纪瑗峤", "副站长", "分管安全监督、检测管理", "leader", [
            ("施工安全检查发现隐患不下达整改通知", "★★", "隐患整改通知单编号管理，复查销号。"),
            ("指定或暗示使用特定检测机构", "★★", "检测机构由建设单位自主委托，站内不得推荐。"),
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
        "naidong_quality_station_cards", "http://www.landscape.cn/news/7369.html",
        "区建设工程质量安全监督站 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 西藏 城镇建设 "
        "(市政道路, 自来水厂, 绿地, 城镇体系): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def naidong_housing_office_selfchecks() -> dict:
    unit = f"{PLACE}房产管理所"
    t = _Truth(unit)
    people = [
        ("汤瑆岑", "所领导", "所长", "leader", [
            ("公有住房分配、调换向关系户倾斜", "Ⅰ级", "分配调换方案所务会研究，结果公示。", "已落实"),
            ("住区配套设施维修项目化整为零规避采购", "Ⅱ级", "维修项目按限额标准报区住建局审批。", "未发现问题"),
        ]),
        ("纪璟岈", "产权管理股", "登记员", "general", [
            ("房屋权属资料审核不严，违规办理", "Ⅰ级", "审核实行初审、复审，资料双人签字。", "已落实"),
            ("泄露产权人信息", "Ⅲ级", "档案查阅登记，信息系统分级授权。", "已落实"),
        ]),
        ("汤琬嵚", "物业管理股", "科员", "general", [
            ("住宅专项维修资金使用审核不实", "Ⅰ级", "维修资金使用经业主表决并公示。", "未发现问题"),
            ("物业服务企业考核打人情分", "Ⅱ级", "考核结果两人以上评定，公开通报。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "naidong_housing_office_selfchecks", "http://www.victorzhang.cn/page/2023/0429/28194182.shtml",
        "区房产管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on 西藏 "
        "城市居住环境 治理 (住房分配制度, 住区, 配套设施): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def naidong_municipal_center_posts() -> dict:
    unit = f"{PLACE}市政设施维护中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "市政道路维修项目", "维修项目施工单位选定暗箱操作", "制度机制风险", "高",
         "项目招标进平台，中心集体研究实施方案。"),
        ("道路设施科", "科长", "middle", "道路挖掘许可审核", "道路挖掘审核不按规定，收受好处放行", "岗位职责风险", "高",
         "挖掘许可两人审核，结果公示。"),
        ("道路设施科", "巡查员", "general", "设施损坏巡查", "巡查发现损坏不上报，代施工方隐瞒", "业务流程风险", "中",
         "巡查定位打卡，问题当日录入平台。"),
        ("供排水科", "技术员", "general", "污水管网维护", "管网维护工程量虚报，冒领维护经费", "业务流程风险", "高",
         "维护前后拍照留存，科长签字确认。"),
        ("供排水科", "技术员", "general", "供水接入", "为亲友违规接入市政供水管网", "思想道德风险", "中",
         "接入申请登记编号，每季度核查。"),
        ("路灯管理科", "电工", "general", "路灯材料领用", "路灯维修材料虚领、私拿", "外部环境风险", "低",
         "材料出入库登记，领用附维修单。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "naidong_municipal_center_posts", "http://m.njpanjin.com/cn/news/zx/202101/t20210121_6941611.html",
        "区市政设施维护中心 岗位廉政风险点排查表 对岗不对人, after the source's report on 西藏 城镇基础设施投资 (供水厂, 市政道路, "
        "污水垃圾处理设施): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def naidong_sanitation_office_list() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "汤瑄嶂", "leader", "环卫保洁服务外包招标设置倾向性条件", "制度机制", "高风险",
         "外包项目进平台公开招标，评标专家随机抽取。"),
        ("所领导", "所长", "汤瑄嶂", "leader", "外包服务考核扣款说情减免", "岗位职责", "中风险",
         "考核扣款经所务会研究，结果公示。"),
        ("作业监管股", "监管员", "纪珺岷", "general", "保洁作业考核打分弄虚作假", "业务流程", "高风险",
         "考核两人以上，现场照片留存。"),
        ("作业监管股", "监管员", "纪珺岷", "general", "垃圾清运量签认不实", "思想道德", "低风险",
         "清运量以称重记录为准，每月核对。"),
        ("设备管理股", "管理员", "汤璐岌", "general", "环卫车辆维修、加油费用虚报", "外部环境", "中风险",
         "车辆一车一档，维修加油定点并公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "naidong_sanitation_office_list", "https://www.mffb.com.cn/news/show-525181.html",
        "区环境卫生管理所 岗位廉政风险防控一览表, after the source's analysis of 城市环卫外包服务监督 (外包, 考核, 监管, "
        "服务质量): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def naidong_changzhu_planning_office_register() -> dict:
    unit = f"{PLACE}昌珠镇规划建设办"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "纪瑀岩", "leader", [
            ("农村厕所改造项目验收不严", "制度机制", "一级", "验收组由镇、村和农户代表组成。"),
            ("农村生活垃圾收运经费分配不按收运量", "岗位职责", "二级", "经费按收运量测算，结果公示。"),
        ]),
        ("村镇建设组", "会计", "汤琭嵛", "general", [
            ("人居环境整治项目报账票据不实", "业务流程", "一级", "材料出入库登记，报账附领用单。"),
        ]),
        ("村镇建设组", "技术员", "纪琰峦", "general", [
            ("农房建设现场指导收受好处", "思想道德", "二级", "现场指导两人同行，签订廉洁承诺书。"),
            ("供暖改造入户核查登记不实", "业务流程", "三级", "入户核查拍照留存，每季度抽查。"),
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
        "naidong_changzhu_planning_office_register", "http://news.fjsen.com/2022-10/10/content_31150002.htm",
        "镇规划建设办 廉政风险点排查登记表, after the source's report on 西藏 城乡人居环境 (农村生活垃圾收运, 厕所革命, 供暖, "
        "农牧民住房): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    naidong_jieba_planning_office_csv_guards(),
    naidong_housing_bureau_two_sheets(),
    naidong_city_enforcement_group_rows(),
    naidong_quality_station_cards(),
    naidong_housing_office_selfchecks(),
    naidong_municipal_center_posts(),
    naidong_sanitation_office_list(),
    naidong_changzhu_planning_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch941-inbox"))

"""The nine-hundredth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's emergency
management bodies, 托里县 (塔城地区, 新疆维吾尔自治区) — its 应急管理局, 安全生产执法大队, 森林草原防火办公室,
救灾物资储备库, 矿山安全监管站, 地震局 and two 镇应急管理站 (铁厂沟镇, 庙尔沟镇) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 应急管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 安全生产执法大队's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 矿山安全监管站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 森林草原防火办公室's 清单 under GROUP ROWS ``一、办公室领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 救灾物资储备库's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 铁厂沟镇应急管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 庙尔沟镇应急管理站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``tuoli_earthquake_bureau_print_labels``: the 地震局's 岗位廉政风险点一览表, an ordinary list (a title,
  ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per
  person, a 制表/审核 line) sent back as the Excel of a PDF printed with 打印行号列标 on: the PRINTED
  SHEET LABELS came back as cells AROUND the table — a first row of column letters ``A | B | … | G``
  (over an empty corner) and a first column of the sheet's row numbers ``1, 2, 3 …`` down the left of
  every row, the title's and the heading's too, so the real 序号 stands in the second column beside a
  column of larger numbers. The README's 读得懂的表 knows a margin column left of 序号 holding LEVELS
  (or types, notes, a second 序号 of a heading), a note naming holders by the sheet's own row numbers
  (``第4—6行为…``), 栏次 rows ``甲 | 乙 | 1 | 2`` under a heading, and a heading row shifted one column;
  it does not describe the print's row and column labels captured as a row and a column of cells.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县 “十四五” 应急管理体系 规划 —
一岗双责, 救灾物资, 应急指挥; a 区应急管理局 that hired 廉政监察员 to watch 行政执法; a 应急部 press
release on 森林草原防灭火 — 野外火源, 护林员 巡护; a 省 救灾物资储备库管理办法 — 出入库, 台账, 验收; a
区 乡镇应急消防管理站 report — 物资储备库, 值班值守; a 区 村级应急管理站 挂牌 report — “五有”
“五个一”; a 市应急管理局's 非煤矿山 典型案例 — 执法检查, 重大事故隐患, 处罚; a 市地震局's entry —
地震监测, 抗震设防, 地震安全性评价) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 苑 and 郈 with
rare given names); every unit is a body of 托里县.

Run ``python tests/published/score.py --set batch900`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the first row (column letters) and the first column (printed row numbers) are
  no part of the table: the truth is the list as its own columns read (股室, 岗位, 姓名, point,
  level), one form a holder; the title and the sign-off line are, as ever, no points;
- ``局领导`` is the 科室 of the 地震局's 局长 (it stands in the 股室 cell) and no 科室 of the 应急管理局's leaders
  (sheet ``局领导`` has no 科室 cell); ``站领导``, ``办公室领导`` (a 部门/股室 cell, a
  group row) are the 科室 of those leaders; the cards' leaders have no 科室; a 局's 股, a 站's 组, a
  大队's 中队 and a 库's 组 are 科室; a group row ``二、防火督查组`` gives the 科室 ``防火督查组``;
- every station, the 大队, the 办公室, the 库 and the 局 are units of their own: 局长, 副局长, 大队长, 主任,
  副主任, 站长, 副站长 and 库主任 are leaders; 股长, 中队长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 执法大队's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b900_"
PLACE = "托里县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
LETTERS = "ABCDEFGHIJ"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def _with_print_labels(sh: _Sheet) -> _Sheet:
    """The sheet as a PDF printed with 行号列标 comes back: a row of column letters over an empty
    corner, then every row behind its printed row number; merges move one row down, one right."""
    ncols = max(len(row) for row in sh.rows)
    out = _Sheet(sh.name, [5] + list(sh.widths or [10] * ncols))
    out.add(None, *LETTERS[:ncols])
    for i, row in enumerate(sh.rows, 1):
        out.add(i, *(list(row) + [None] * (ncols - len(row))))
    out.merges = [(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for r0, c0, r1, c1 in sh.merges]
    return out


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
LABELLED = [
    ("局领导", "局长", "苑翯珩", "leader", [
        ("地震安全性评价项目委托中指定评价单位", "一级", "安评项目委托经局务会集体研究，结果公示。"),
        ("防震减灾专项资金安排个人说了算", "一级", "专项资金安排报县财政局备案，年底公开使用情况。"),
    ]),
    ("监测预报股", "股长", "郈淏岿", "middle", [
        ("地震监测台站运维采购不比价", "二级", "运维采购三家比价，股室集体签字。"),
        ("宏观观测员补助发放不实", "二级", "补助按观测记录核发，名单在乡镇公示。"),
    ]),
    ("震害防御股", "股长", "苑溦昶", "middle", [
        ("建设工程抗震设防要求审核把关不严", "一级", "抗震设防要求审核两人以上，结论书面存档。"),
        ("接受建设单位宴请，降低审核标准", "三级", "签订廉洁承诺书，审核全程留痕。"),
    ]),
    ("震害防御股", "科员", "郈瀛翀", "general", [
        ("农居抗震改造补助对象审核不严", "二级", "补助对象逐户核实，在村务公开栏公示。"),
    ]),
]  # fmt: skip


def tuoli_earthquake_bureau_print_labels() -> dict:
    unit = f"{PLACE}地震局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in LABELLED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "tuoli_earthquake_bureau_print_labels", "http://cnenc.net/b4076799.html",
        "(harder) 县地震局 岗位廉政风险点一览表, after the source's 市地震局 entry (地震监测, 抗震设防, 地震安全性评价, "
        "综合处/防震减灾管理处/科技监测处): an ordinary list (a title, 序号/股室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施, a 制表/审核/date line) come back from a PDF printed with "
        "打印行号列标: a FIRST ROW OF COLUMN LETTERS ``A | B | … | G`` over an empty corner and a FIRST COLUMN OF THE "
        "PRINTED ROW NUMBERS 1, 2, 3 … beside every row (title, heading and sign-off too), the real 序号 in column B",
        [_with_print_labels(sh)], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tuoli_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郈珺嵘", "局长", "主持全面工作", [
            ("应急物资采购项目个人说了算", "一级", "采购项目经局党组会集体研究，全程进平台。"),
            ("安全生产“一岗双责”考核打招呼、说人情", "二级", "考核结果经考核组集体评定，公示后运用。"),
        ]),
        ("苑沄翾", "副局长", "分管安全生产监管、行政执法", [
            ("重大事故隐患挂牌督办销号把关不严", "一级", "销号须现场核查，两名以上人员签字。"),
            ("为企业说情减轻行政处罚", "一级", "处罚案件集体审议，领导干预登记报告。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("救灾和物资保障股", "股长", "郈昳沣", "middle", "救灾资金分配不按灾情核定，优亲厚友", "一级",
         "救灾资金按灾情评估分配，受助名单公示。"),
        ("救灾和物资保障股", "股长", "郈昳沣", "middle", "救灾物资调拨手续不全，账实不符", "二级", "调拨凭指令出库，每季度盘点对账。"),
        ("应急指挥股", "科员", "苑琤岷", "general", "应急预案编制委托不比选", "三级", "预案编制委托三家比选，结果公示。"),
        ("财务股", "会计", "郈翃湄", "general", "专项资金报账审核不严，虚列支出", "二级", "报账单据三级审核，专账核算。"),
        ("危化品监管股", "股长", "苑澂岫", "middle", "危险化学品经营许可审查走过场", "一级", "许可审查两人以上现场核查，结果公开。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "tuoli_emergency_bureau_two_sheets",
        "http://gaotai.gov.cn/zfxxgk/zfwj_6432/zfwj_9419/agwzlfl/gzbf/202212/t20221208_953114.html",
        "县应急管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 县 “十四五” 应急管理体系建设规划 (一岗双责, "
        "防汛抗旱, 救灾物资管理, 应急指挥, 安全生产监管): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tuoli_safety_enforcement_brigade_posts() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "执法检查计划", "执法检查计划随意调整，对关系企业少查不查", "制度机制风险", "高",
         "年度执法计划集体研究，报县应急管理局备案。"),
        ("执法一中队", "中队长", "middle", "行政处罚裁量", "处罚裁量畸轻畸重，收受企业好处", "岗位职责风险", "高",
         "严格执行裁量基准，案件法制审核。"),
        ("执法一中队", "执法队员", "general", "现场检查", "现场检查走过场，隐患不记录", "业务流程风险", "中",
         "执法记录仪全程记录，检查表双人签字。"),
        ("执法二中队", "执法队员", "general", "隐患整改复查", "整改复查不到现场，出具虚假复查意见", "思想道德风险", "中",
         "复查照片存档，大队抽查复核。"),
        ("执法二中队", "执法队员", "general", "执法信息", "泄露检查时间和线索，为企业通风报信", "外部环境风险", "低",
         "检查任务临时下达，“双随机”抽取。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "tuoli_safety_enforcement_brigade_posts", "http://m.zxjzcbc.cn/news/fj_yjzc/2022/2022-07-06/505542.html",
        "县安全生产执法大队 岗位廉政风险点排查表 对岗不对人, after the source's 区应急管理局 report (廉政监察员 了解企业对 "
        "行政执法的意见, 应急救援机动队伍): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def tuoli_mine_safety_station_cards() -> dict:
    unit = f"{PLACE}矿山安全监管站"
    t = _Truth(unit)
    cards = [
        ("站长", "苑岍澍", "站长", "主持全站工作", "leader", [
            ("非煤矿山重大事故隐患认定从轻处理", "★★★", "重大隐患认定经站务会集体研究，报县应急管理局。"),
            ("对超能力生产的矿山有案不查", "★★★", "检查结果录入执法系统，县局抽查。"),
            ("接受矿山企业宴请和礼品", "★", "节前廉洁提醒，检查不在企业就餐。"),
        ]),
        ("副站长", "郈璆沅", "副站长", "分管尾矿库和外包工程监管", "leader", [
            ("外包单位安全资质审查不严", "★★", "资质审查两人以上，材料存档。"),
            ("尾矿库隐患整改验收走过场", "★★", "整改验收现场核查，拍照留存。"),
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
        "tuoli_mine_safety_station_cards", "https://yjglj.jiaozuo.gov.cn/2025/09-26/579486.html",
        "县矿山安全监管站 领导干部廉政风险防控卡, one sheet a leader, after the source's 非煤矿山 典型案例 (执法检查, 重大事故"
        "隐患, 外包单位, 超设计能力生产, 经济处罚): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tuoli_fire_prevention_office_group_rows() -> dict:
    unit = f"{PLACE}森林草原防火办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [
            ("主任", "苑霂峤", "leader", [
                ("防火物资和扑火装备采购指定供应商", "一级风险", "采购进县公共资源交易平台，验收三人以上。"),
                ("防火隔离带工程验收把关不严", "一级风险", "工程验收邀请乡镇和护林员代表参加。"),
            ]),
        ]),
        ("二、防火督查组", "防火督查组", [
            ("组长", "郈澹旼", "middle", [
                ("野外违规用火案件查处说情、放任", "二级风险", "案件移交林草执法部门，结果通报。"),
            ]),
            ("督查员", "苑瀚昕", "general", [
                ("护林员巡护补助审核不实", "二级风险", "巡护补助按巡护轨迹核发，每月公示。"),
                ("接受被督查单位宴请", "三级风险", "督查不接受宴请，签订廉洁承诺书。"),
            ]),
        ]),
        ("三、值班调度组", "值班调度组", [
            ("调度员", "郈峣沛", "general", [
                ("火情信息迟报、瞒报", "二级风险", "火情信息按规定时限逐级报告，值班记录存档。"),
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
        "tuoli_fire_prevention_office_group_rows", "https://imlaibai.cn/post/2294.html",
        "县森林草原防火办公室 廉政风险防控责任清单 under GROUP ROWS, after the source's 应急管理部 森林草原防灭火 发布会 "
        "(野外火源, 祭祀用火, 护林员 巡护, 雷击火): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施, group rows ``一、办公室领导``, ``二、防火督查组``, ``三、值班调度组`` merged across; 岗位 and "
        "姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tuoli_relief_depot_selfchecks() -> dict:
    unit = f"{PLACE}救灾物资储备库"
    t = _Truth(unit)
    people = [
        ("苑湉岑", "库领导", "库主任", "leader", [
            ("储备物资轮换处置低价变卖", "Ⅰ级", "轮换处置经评估、公开处置，报县应急管理局审批。", "已落实"),
            ("储备库维修项目化整为零", "Ⅱ级", "维修项目按限额报批，集体研究。", "未发现问题"),
        ]),
        ("郈曦濛", "仓储组", "保管员", "general", [
            ("物资入库验收不按合同，以次充好", "Ⅰ级", "入库凭合同和质检报告验收，两人签字。", "已落实"),
            ("出库不凭调拨指令，私自借用物资", "Ⅱ级", "出库凭调拨单，台账日清月结。", "已落实"),
        ]),
        ("苑淼珥", "财务组", "会计", "general", [
            ("储备管理费支出票据不实", "Ⅱ级", "支出票据三级审核，年度审计。", "未发现问题"),
            ("库存账与实物账长期不对", "Ⅲ级", "每季度账实核对，差异书面说明。", "已落实"),
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
        sh.add("本人签名：", None, "库主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tuoli_relief_depot_selfchecks", "http://law.lawtime.cn/d705489710583.html",
        "县救灾物资储备库 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省 救灾物资储备库"
        "管理办法 (出入库 凭证, 台账, 验收, 账物相符, 管理经费): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 库主任意见：``",
        sheets, t,
    )  # fmt: skip


def tuoli_tiechanggou_station_list() -> dict:
    unit = f"{PLACE}铁厂沟镇应急管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "郈泠岵", "leader", "应急消防站装备采购不公开", "制度机制", "高风险",
         "装备采购报镇党委会研究，公开比价。"),
        ("站领导", "站长", "郈泠岵", "leader", "值班值守补助发放不实", "岗位职责", "中风险",
         "补助按值班记录核发，每月公示。"),
        ("物资管理", "物资管理员", "苑燊潼", "general", "应急物资出入库不登记，挪作他用", "业务流程", "高风险",
         "物资出入库登记，镇纪委每季度抽查。"),
        ("物资管理", "物资管理员", "苑燊潼", "general", "接受供货商好处，验收放水", "思想道德", "低风险",
         "验收两人以上，签订廉洁承诺。"),
        ("安全检查", "安全员", "郈岧瑢", "general", "小企业安全检查收受好处，隐患不上报", "外部环境", "中风险",
         "检查情况录入系统，站长抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "tuoli_tiechanggou_station_list", "https://m.163.com/local/article/KIHI1SN50514CFC7.html",
        "镇应急管理站 岗位廉政风险防控一览表, after the source's 区 乡镇应急消防管理站 report (消防车库, 物资储备库, 24小时"
        "值班值守, 村级应急救援队伍): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/"
        "审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def tuoli_miaoergou_station_register() -> dict:
    unit = f"{PLACE}庙尔沟镇应急管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "苑潺翊", "leader", [
            ("村级应急管理站经费分配不公开", "制度机制", "一级", "经费按村分配方案公示，镇财政所监督。"),
            ("应急救援队伍队员选用优亲厚友", "岗位职责", "二级", "队员由村推荐、站里考核、公示后聘用。"),
        ]),
        ("综合组", "会计", "郈凇昉", "general", [
            ("应急演练经费报账票据不实", "业务流程", "一级", "演练经费凭方案和照片报账。"),
        ]),
        ("防灾减灾组", "灾害信息员", "苑瀞岚", "general", [
            ("灾情核报虚报冒领救助", "业务流程", "二级", "灾情逐户核查，村务公开栏公示。"),
            ("避灾安置场所物资私自借用", "思想道德", "三级", "物资借用登记，每季度核查。"),
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
        "tuoli_miaoergou_station_register", "http://ysyy.syyunyang.cn/p/14588.html",
        "镇应急管理站 廉政风险点排查登记表, after the source's 村级应急管理站 挂牌 report (“五有” “五个一”: 工作班子, 应急"
        "救援队伍, 物资仓库, 避灾安置场所, 预案; 经费): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/"
        "风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tuoli_earthquake_bureau_print_labels(),
    tuoli_emergency_bureau_two_sheets(),
    tuoli_safety_enforcement_brigade_posts(),
    tuoli_mine_safety_station_cards(),
    tuoli_fire_prevention_office_group_rows(),
    tuoli_relief_depot_selfchecks(),
    tuoli_tiechanggou_station_list(),
    tuoli_miaoergou_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch900-inbox"))

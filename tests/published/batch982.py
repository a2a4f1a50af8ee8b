"""The nine-hundred-and-eighty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政府工作部门,
their 事业单位 and a 镇, 高青县 (淄博市, 山东省) — its 住房和城乡建设局, 发展和改革局, 卫生健康局,
文化和旅游局, 博物馆, 常家镇人民政府, 县委组织部 and 统计局 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 发展和改革局's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``一级/二级/三级`` and a ``注：`` line;
- the 卫生健康局's 防控卡, one sheet a person (tabs named by the person): ``姓名 | … | 岗位 | …`` and a
  merged 岗位职责 line, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 文化和旅游局's 排查表: ``股室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a
  long ``具体表现``, short types under ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 博物馆's 清单 对岗不对人: ``岗位`` merged, ``高风险/中风险/低风险``, no type column; no names;
- the 常家镇人民政府's 清单 under GROUP ROWS ``一、镇领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 县委组织部's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 职　务 | 自查日期`` over a
  row of values, 高/中/低, ``防范措施 | 自查情况``, no type column;
- the 统计局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``股室 | 岗位 | 责任人`` on EVERY row,
  ``一级/二级/三级``, no type column.

One is harder:

- ``gaoqing_housing_handover_after_filing``: the 住房和城乡建设局's 岗位廉政风险防控一览表（2025年度）, an
  ordinary list (``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``; 科室 merged; 岗位 and
  责任人 merged per person; ``一级/二级/三级``) filled in at the start of the year and NOT EDITED when
  three posts changed hands later: under the list a caption line ``岗位交接登记（本表填报后岗位人员
  变动情况）`` and one numbered line per handover, each merged across the table and naming the post (with
  or without its 科室) and its successor, a date and sometimes the one who left: ``1.2025年7月起，副局长
  岗位由公休珩谧接任（公上岫芃调县城市管理局）。``, ``2.2025年8月起，房地产市场监管股股长岗由公休湛接任。``,
  ``3.2025年9月起，财务室出纳岗由公上璆接替，原出纳公上沨调局综合股。``. The successors are in no row
  of the list. So those three posts' points are the successors' now (each his own form, the 科室, the
  post and the level the list gives the post), the old holders none. The README's 读得懂的表 and
  docs/layouts.md know a 人员变动表 / 调整表 with a pair of columns ``原任 | 现任`` (``原责任人 | 接任人``,
  ``交接人 | 接替人``) under the list or on a sheet of its own (HOLDERS_CHANGED), a ``备注`` cell of the
  row naming the successor (``该岗位由蒯昉湄接任``), ``现：…⏎原：…`` in the holder cell, several holders in
  turn (HOLDERS_IN_TURN), a note moving NUMBERED items to another holder IN the list
  (POINTS_REASSIGNED_BY_NOTE) and a note saying two people named in the list swapped posts; they do
  not describe a handover RECORD WRITTEN AS LINES (no 原任/现任 columns, no cell on the post's rows)
  that names a POST and a successor the list does not have.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 住房和城乡建设局's rules for the
轮换 of its key posts — 财务, 出纳, 工程项目管理, 行政审批; 高青县's 2020 政府工作报告 — 新旧动能转换, 技改,
重点项目; a 纪检监察组's watch over 院长 交接 in a 卫健委's units — 离任交接, 财务资料, 公共财物; the 大芦湖
风景名胜区 of 高青县 — 艾李天鹅湖, 黄河风情, 文昌阁; a travel piece on 高青 — 齐文化博物馆, 黄河湿地; 高青县
as a gazetteer writes it — its 镇, 黄河, 大芦湖; a paper on 干部交流 and its 廉政风险; a wiki's 高青縣 —
人口普查, 地区生产总值, 三次产业) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare compound surnames 公休 and
公上 with rare given names); every unit is a body of 高青县.

Run ``python tests/published/score.py --set batch982`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a post the 岗位交接登记 lines name is its successor's (his own form, the list's 科室,
  post and levels), the one the list names holds nothing of it; the lines are no points, the caption
  no point, the dates nothing;
- ``局领导``, ``镇领导`` (a 科室 cell, a group row) are the 科室 of those leaders; a 局's 股, 室 and 科 are
  科室; the 博物馆's list names no 科室; ``班子成员`` is no 科室;
- the 局, the 镇, the 部 and the 馆 are units of their own: 局长, 副局长, 党委书记, 镇长, 副镇长, 部长,
  副部长, 馆长 and 副馆长 are leaders; 股长, 科长, 室主任 and 主任 (of a 镇's 办) middle; the rest general;
- ``风险点 | 具体表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``自查日期`` are no
  points and name no holder; the 博物馆's list names no person: its forms are posts;
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

PREFIX = "b982_"
PLACE = "高青县"
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


# (科室, 岗位, 责任人 in the list, tier, [(廉政风险点, 风险等级, 防控措施)])
HANDED = [
    ("局领导", "局长", "公休翊澂", "leader", [
        ("重大建设项目资金安排个人说了算", "一级", "项目资金安排经党组会集体研究，结果公开。"),
        ("干部轮岗交流中优亲厚友", "二级", "轮岗方案经党组会研究，轮岗结果公示。"),
    ]),
    ("局领导", "副局长", "公上岫芃", "leader", [
        ("施工许可审批中为关系企业开“绿灯”", "一级", "施工许可网上办理，审批全程留痕。"),
        ("工程质量安全检查中降低标准", "二级", "检查两人以上，问题清单限期整改。"),
    ]),
    ("建筑市场监管股", "股长", "公休玹", "middle", [
        ("建筑企业资质核查把关不严", "二级", "资质核查材料交叉复核，结果公示。"),
        ("招投标投诉处理偏袒一方", "二级", "投诉处理集体研究，处理意见存档。"),
    ]),
    ("房地产市场监管股", "股长", "公上霈", "middle", [
        ("商品房预售许可审核不严", "一级", "预售许可经局务会研究，许可信息公开。"),
        ("预售资金监管账户拨付把关不严", "一级", "资金拨付按工程进度，双人审核。"),
    ]),
    ("财务室", "会计", "公休湉", "general", [
        ("虚列支出、报销不合规票据", "二级", "票据审核、复核分岗，每月对账。"),
    ]),
    ("财务室", "出纳", "公上沨", "general", [
        ("利用保管现金之便挪用公款", "一级", "现金日清月结，不定期盘点。"),
        ("印鉴、密钥一人保管", "二级", "印鉴与密钥分人保管，登记使用。"),
    ]),
    ("物业管理股", "科员", "公休瑷", "general", [
        ("物业专项维修资金使用审核不严", "二级", "维修资金使用公示，业主签字确认。"),
        ("老旧小区改造项目验收走过场", "三级", "验收组现场核查，影像资料存档。"),
    ]),
]  # fmt: skip

# the 岗位交接登记 lines: (科室, 岗位, the list's holder, successor, line as written)
HANDOVERS = [
    ("局领导", "副局长", "公上岫芃", "公休珩谧",
     "1.2025年7月起，副局长岗位由公休珩谧接任（公上岫芃调县城市管理局）。"),
    ("房地产市场监管股", "股长", "公上霈", "公休湛",
     "2.2025年8月起，房地产市场监管股股长岗由公休湛接任。"),
    ("财务室", "出纳", "公上沨", "公上璆",
     "3.2025年9月起，财务室出纳岗由公上璆接替，原出纳公上沨调局综合股。"),
]  # fmt: skip


def holder_now(dept: str, post: str, listed: str) -> str:
    """The one who holds a post of the harder list now: its successor where a line names it."""
    for d, p, was, now, _line_text in HANDOVERS:
        if (d, p, was) == (dept, post, listed):
            return now
    return listed


def gaoqing_housing_handover_after_filing() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 16, 9, 10, 38, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表（2025年度）", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in HANDED:
        now = holder_now(dept, post, who)
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, now, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    _line(sh, "岗位交接登记（本表填报后岗位人员变动情况）", 7)
    for *_x, text in HANDOVERS:
        _line(sh, text, 7)
    sh.add("填表：办公室", None, None, "审核：", None, None, "2025年10月")
    return _layout(
        "gaoqing_housing_handover_after_filing", "https://m.yzwku.com/doc/322480.html",
        "(harder) 县住房和城乡建设局 岗位廉政风险防控一览表（2025年度）, after the source's rules for the 轮换 of a 住建局's key "
        "posts (财务, 出纳, 工程项目管理, 行政审批, 同一岗位满5年): a title, 序号/科室 merged/岗位 and 责任人 merged per "
        "person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line, then a caption ``岗位交接登记（本表填报后"
        "岗位人员变动情况）`` and three numbered lines each handing a post to a successor the list does not name (``1.2025年"
        "7月起，副局长岗位由公休珩谧接任（…）。``), the list left as filed",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gaoqing_development_reform_list() -> dict:
    unit = f"{PLACE}发展和改革局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "公上瀛翀", "leader", "重点项目申报推荐个人说了算", "制度机制风险", "一级",
         "项目推荐经局党组会集体研究，结果公示。"),
        ("局领导", "局长", "公上瀛翀", "leader", "为企业争取技改资金打招呼", "思想道德风险", "二级",
         "领导干部插手干预登记报告。"),
        ("项目管理科", "科长", "公休璟", "middle", "固定资产投资项目核准审核把关不严", "岗位职责风险", "一级",
         "核准事项网上办理，审核意见留痕。"),
        ("项目管理科", "科长", "公休璟", "middle", "重点项目调度数据弄虚作假", "业务流程风险", "二级",
         "项目数据与统计、税务数据比对。"),
        ("价格管理科", "科员", "公上翮", "general", "价格成本监审中接受被监审单位宴请", "外部环境风险", "二级",
         "监审两人以上，签订廉洁承诺书。"),
        ("价格管理科", "科员", "公上翮", "general", "价格认定结论出具不规范", "业务流程风险", "三级",
         "认定结论经科务会审核。"),
        ("新旧动能转换科", "科员", "公休澈岚", "general", "新旧动能转换项目入库审核不严", "岗位职责风险", "二级",
         "入库标准公开，初审复审分离。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "gaoqing_development_reform_list",
        "http://www.gaoqing.gov.cn/gongkai/site_gqxrmzfbgs/channel_c_5f9f6c84b9dfe9bfb0a8c85b_n_1605684363.1567/doc_5ff8081c0bc96f587911318e.html",
        "县发展和改革局 岗位廉政风险防控一览表, after the county's 2020 政府工作报告 (新旧动能转换, 骨干企业倍增, 技改项目, "
        "重点项目): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def gaoqing_health_cards() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    cards = [
        ("公休瀚", "局长", "主持全局工作，负责卫生健康重大事项和资金管理", "leader", [
            ("医疗机构负责人离任交接中违规突击发放奖金", "★★★", "离任交接纪检监察组现场监督，资料书面移交。"),
            ("卫生项目建设中插手工程发包", "★★★", "工程发包进入公共资源交易平台。"),
        ]),
        ("公上峋", "副局长", "分管医政医管、基层卫生", "leader", [
            ("医疗机构校验中降低标准", "★★", "校验结果集体研究，公开公示。"),
            ("接受医药企业宴请、礼品", "★★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("公休翾", "财务科科员", "局机关及所属单位财务资料审核", "general", [
            ("所属单位财务资料审核不严", "★★", "财务资料双人审核，问题台账管理。"),
            ("公共财物登记、移交不清", "★", "资产登记入账，交接清单双方签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        dept, title = ("财务科", "科员") if post == "财务科科员" else ("", post)
        sh = _Sheet(who, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓名", who, "岗位", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, title, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签名：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "gaoqing_health_cards", "https://rcwkj.com/dfzf/p/1573.html",
        "县卫生健康局 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's account of a "
        "纪检监察组 watching the 交接 of 院长 in a 卫健委's units (离任交接, 突击发放奖金, 财务资料, 公共财物): a title, "
        "``姓名 | … | 岗位 | …`` (``财务科科员``) and a merged 岗位职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line and 持卡人签名; no type column",
        sheets, t,
    )  # fmt: skip


def gaoqing_culture_tourism_short_points() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 16, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "具体表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "公上瀞", "leader", "项目决策", "大芦湖风景名胜区提升项目不经集体研究", "制度机制", "Ⅰ级",
         "项目决策经党组会研究，结果公示。"),
        ("局领导", "副局长", "公休岍", "leader", "资金拨付", "文物保护专项资金拨付审核不严", "岗位职责", "Ⅰ级",
         "资金拨付按进度，财务股复核。"),
        ("局领导", "副局长", "公休岍", "leader", "执法检查", "文化市场执法检查中降格处理", "外部环境", "Ⅱ级",
         "执法全过程记录，处罚结果公开。"),
        ("文物保护股", "股长", "公上琤", "middle", "工程验收", "文昌阁修缮工程验收走过场", "业务流程", "Ⅰ级",
         "验收组现场核查，集体签字。"),
        ("文物保护股", "股长", "公上琤", "middle", "考古勘探", "建设项目考古勘探收费不规范", "岗位职责", "Ⅱ级",
         "收费标准公开，票据统一管理。"),
        ("旅游发展股", "科员", "公休瑗", "general", "评定推荐", "A级景区评定推荐中优亲厚友", "思想道德", "Ⅱ级",
         "评定标准公开，推荐结果公示。"),
        ("旅游发展股", "科员", "公休瑗", "general", "资料保管", "景区评定档案资料保管不善", "业务流程", "Ⅲ级",
         "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年5月", None)
    return _layout(
        "gaoqing_culture_tourism_short_points",
        "https://jendow.com.tw/wiki/%E5%A4%A7%E8%98%86%E6%B9%96%E9%A2%A8%E6%99%AF%E5%90%8D%E5%8B%9D%E5%8D%80",
        "县文化和旅游局 廉政风险点排查表, after the source's account of 高青县's 大芦湖风景名胜区 (艾李天鹅湖, 黄河风情景区, "
        "文昌阁, 袞龙桥): a title, 序号/股室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``具体表现``/"
        "风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def gaoqing_museum_posts() -> dict:
    unit = f"{PLACE}博物馆"
    sh = _Sheet("清单", [6, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 5)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("馆长", "leader", "馆藏文物征集定价个人说了算", "高风险", "征集定价经专家组评估、馆务会研究。"),
        ("馆长", "leader", "陈列布展项目指定施工单位", "高风险", "布展项目按规定比选，结果公示。"),
        ("副馆长", "leader", "齐文化展览外借文物审批不严", "中风险", "外借文物报上级文物部门备案。"),
        ("保管员", "general", "文物出入库登记不全", "中风险", "出入库双人经办，账物每季度核对。"),
        ("保管员", "general", "私自复制、出借文物资料", "低风险", "文物资料借阅审批登记。"),
        ("讲解员", "general", "有偿讲解、收受游客财物", "低风险", "讲解服务公开承诺，接受游客监督。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, "审核：", "2025年3月", None)
    return _layout(
        "gaoqing_museum_posts", "http://kzjscorporation.cn/post/13966.html",
        "县博物馆 岗位廉政风险防控清单 对岗不对人, after the source's travel piece on 高青 (齐文化博物馆, 孝文化, 黄河湿地, "
        "文物): a title, 序号/岗位 merged per post/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施; no names, no type "
        "column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def gaoqing_changjia_town_group_rows() -> dict:
    unit = f"{PLACE}常家镇人民政府"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 14, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "公上翰", "leader", [
                ("黄河滩区迁建项目资金安排不经集体研究", "制度机制风险", "一级风险", "项目资金安排经党委会研究并公开。"),
                ("为亲友承揽村级工程打招呼", "思想道德风险", "二级风险", "领导干部插手工程登记报告。"),
            ]),
        ]),
        ("二、社会事务办", "社会事务办", [
            ("主任", "公休滢", "middle", [
                ("低保、特困对象审核不严", "岗位职责风险", "一级风险", "入户核查两人以上，结果村级公示。"),
            ]),
            ("工作人员", "公上琪", "general", [
                ("高龄津贴名单录入不核实", "业务流程风险", "二级风险", "名单与户籍数据每月比对。"),
                ("接受申请人请托违规办理", "外部环境风险", "三级风险", "业务办理一次告知，结果公开。"),
            ]),
        ]),
        ("三、财政所", "财政所", [
            ("会计", "公休霖", "general", [
                ("惠农补贴资金发放与银行回单不符", "业务流程风险", "二级风险", "每季度与代理银行对账。"),
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
    sh.add("填表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "gaoqing_changjia_town_group_rows", "http://gogaja.com/shandong/zibo/11720.shtml",
        "常家镇人民政府 廉政风险防控责任清单 under GROUP ROWS, after the source's gazetteer of 高青县 (its 镇 — 常家镇 among "
        "them —, 黄河 过境, 大芦湖, 建置沿革): a title, 序号/岗位/姓名/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/"
        "二级风险/三级风险``/防控措施, group rows ``一、镇领导``, ``二、社会事务办``, ``三、财政所`` merged across; 岗位 and "
        "姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def gaoqing_organization_selfchecks() -> dict:
    unit = f"{PLACE}委组织部"
    t = _Truth(unit)
    people = [
        ("公休璆", "部领导", "副部长", "leader", [
            ("干部交流轮岗方案制定中掺杂个人意图", "高", "交流方案经部务会集体研究，报县委审定。", "未发现问题"),
            ("干部考察中泄露考察情况", "高", "考察组两人以上，考察材料专柜保管。", "已整改"),
        ]),
        ("公上珝", "干部科", "科长", "middle", [
            ("干部任职回避审核不严", "中", "任职回避情况逐人核查，登记备案。", "未发现问题"),
            ("干部档案专项审核走过场", "中", "档案审核交叉复核，疑点逐项核实。", "未发现问题"),
        ]),
        ("公休沄", "组织科", "科员", "general", [
            ("党员发展材料审核不严", "中", "发展党员全程纪实，预审结果公示。", "未发现问题"),
            ("党费收缴台账登记差错", "低", "党费收缴双人核对，每半年公示。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"中共{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "职　务", "自查日期", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "部领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gaoqing_organization_selfchecks",
        "https://www.chezhans1.com/news/gan-bu-jiao-liu-ru-he-you-xiao-fang-fan-zhi-chang-feng-xian-yu-tiao-zhan.html",
        "县委组织部 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on the risks of "
        "干部交流 (廉政风险, 工作衔接, 交接制度, 廉政教育): a title, a label row ``姓　名 | 所在科室 | 职　务 | 自查日期`` over a "
        "row of values, then 序号/廉政风险点/风险等级 高/中/低/防范措施/``自查情况``; no type column; ``本人签名： | 部领导意见：``",
        sheets, t,
    )  # fmt: skip


def gaoqing_statistics_list() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "公上瀛", "leader", "统计数据审核中授意修改数据", "一级",
         "数据审核留痕，防范和惩治统计造假责任制。"),
        ("局领导", "局长", "公上瀛", "leader", "统计调查项目委托第三方不公开", "二级",
         "委托事项按规定比选，结果公示。"),
        ("综合核算股", "股长", "公休岚珈", "middle", "地区生产总值核算基础资料把关不严", "一级",
         "基础资料部门会审，异常数据逐项核实。"),
        ("综合核算股", "股长", "公休岚珈", "middle", "核算结果提前泄露", "二级",
         "核算结果按规定时间发布，签订保密承诺。"),
        ("普查中心", "普查员", "公上玥", "general", "人口普查入户登记弄虚作假", "二级",
         "入户登记抽查复核，质量检查留档。"),
        ("普查中心", "普查员", "公上玥", "general", "普查对象个人信息泄露", "三级",
         "普查资料专人保管，查阅登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "gaoqing_statistics_list", "https://xtjys.com/wiki/%E9%AB%98%E9%9D%92%E7%B8%A3/140479",
        "县统计局 岗位廉政风险防控一览表, after the source's wiki entry for 高青縣 (第七次人口普查 常住人口, 地区生产总值, 三次"
        "产业之比): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/责任人 on EVERY row/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gaoqing_housing_handover_after_filing(),
    gaoqing_development_reform_list(),
    gaoqing_health_cards(),
    gaoqing_culture_tourism_short_points(),
    gaoqing_museum_posts(),
    gaoqing_changjia_town_group_rows(),
    gaoqing_organization_selfchecks(),
    gaoqing_statistics_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch982-inbox"))

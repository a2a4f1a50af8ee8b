"""The nine-hundred-and-eighty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政府工作部门 and
their 事业单位, 资中县 (内江市, 四川省) — its 交通运输局, 血橙产业发展中心, 水务局, 应急管理局,
文化广播电视和旅游局, 市场监督管理局, 农业农村局 and 住房和城乡建设局 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表: ``科室`` merged — ``局领导``, ``规划建设股``, ``运输管理股`` and the 局's
  ``交通运输综合行政执法大队`` written as a 科室 —, ``职务 | 姓名`` merged per person, ``…风险`` types under
  ``风险类别``, ``一级/二级/三级``;
- the 血橙产业发展中心's 防控卡, one sheet a person (tabs named by the person): ``姓名 | … | 岗位 | …`` and
  a merged 岗位职责 line, short types under ``风险类型``, 高/中/低;
- the 水务局's 排查表: ``股室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点名称`` beside a
  long ``风险表现形式``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 应急管理局's 清单 对岗不对人: ``岗位`` merged, short types under ``风险类别``,
  ``高风险/中风险/低风险``; no names;
- the 文化广播电视和旅游局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 职　务 | 填表日期``
  over a row of values, ``★★★/★★/★`` read by a ``注：`` line, ``防范措施 | 自查情况``, no type column;
- the 市场监督管理局's 清单 under GROUP ROWS ``一、局领导`` … (no 科室 column; a 市场监督管理所 one of
  the groups), ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 农业农村局's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``股室 | 岗位 | 责任人`` on EVERY
  row, ``一级/二级/三级``, no type column.

One is harder:

- ``zizhong_housing_levels_by_annex_index``: the 住房和城乡建设局's 岗位廉政风险点清单, an ordinary list
  (``序号 | 科室 | 岗位 | 姓名 | 风险点编号 | 廉政风险点 | 防控措施``; 科室 merged; 岗位 and 姓名 merged
  per person; a code per point ``ZJ-BGS-01``, ``ZJ-ZFBZ-02`` …) with NO level column and no type
  column; its ``注：`` line says the levels are in an annex: ``注：风险等级见附件2《廉政风险点等级索引表》。``;
  a second sheet ``附件2`` (``附件2``, a title ``廉政风险点等级索引表``, ``风险点编号 | 风险等级``) lists
  every code with its level, 高/中/低, in ANOTHER ORDER (by level, then by code), and closes with a
  ``合计 | 13项`` row. The README's 读得懂的表 and docs/layouts.md know levels (and types) joined by code
  from a ``分类定级表`` (``风险编号 | 风险类型 | 风险等级 | 定级依据``), levels by a 统计表 naming 序号, by an
  older list, by a 重点清单 and by a 定级 table of 事项; they do not describe a list whose NOTE names an
  annex index sheet (``附件2``) that gives only each code's level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县住建局 checking its 老旧小区改造
works; what a 县交通局 does for roads and buses; 资中's 血橙 grown into an industry; a 县水务局's half
year — 河长制, 灌区节水, 城乡供水; a district 应急管理局's 执法大队 and its work; a 县 setting up its 文物局
inside its 文化和旅游局; where a 食品经营许可 is applied for — the county's 市场监督管理局 and its
监督管理所; 资中's 血橙营销大会 as its 农业农村局 reports it) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
compound surnames 即墨 and 公坚 with rare given names); every unit is a body of 资中县.

Run ``python tests/published/score.py --set batch981`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point takes the level its ``风险点编号`` has in the ``附件2`` index; the index
  is no point, its ``合计`` row nothing; the code is no point and no 序号; no type column, so no types;
- the ``交通运输综合行政执法大队`` written in the 交通运输局's ``科室`` column is a 科室 of the 局 (as
  batch980 took a 派出所 in its 公安局's column), its 大队长 middle, its 执法队员 general; the
  ``城区市场监督管理所`` of a group row is a 科室 of the 市场监督管理局, its 所长 middle;
- ``局领导`` (a 科室 cell, a group row) is the 科室 of the 局's leaders; a 局's 股, 室, 站 and 所 are
  科室; the 血橙产业发展中心's cards and the 应急管理局's list name no 科室;
- the 局 and the 中心 are units of their own: 局长, 副局长, 主任 and 副主任 (of the 中心) are leaders;
  股长, 室主任, 站长 (of the 局's 站), 大队长 and 所长 middle; the rest general;
- ``风险点名称 | 风险表现形式``: the point is the short 风险点名称; ``岗位职责``, ``自查情况`` and ``填表日期``
  are no points and name no holder; the 应急管理局's list names no person: its forms are posts;
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

PREFIX = "b981_"
PLACE = "资中县"
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

# (科室, 岗位, 姓名, tier, [(风险点编号, 廉政风险点, 防控措施, 风险等级 in the index)])
BY_ANNEX = [
    ("局领导", "局长", "即墨翊沄", "leader", [
        ("ZJ-JLD-01", "老旧小区改造项目安排个人说了算", "改造项目经党组会集体研究，名单公示。", "高"),
        ("ZJ-JLD-02", "插手工程招投标为亲友承揽工程", "领导干部插手干预工程建设登记报告。", "高"),
    ]),
    ("局领导", "副局长", "公坚岫璘", "leader", [
        ("ZJ-JLD-03", "建筑市场违法违规行为查处降格处理", "处罚案件经案审会集体审议。", "中"),
        ("ZJ-JLD-04", "接受施工企业宴请、礼品", "签订廉洁承诺书，节前廉洁提醒。", "中"),
    ]),
    ("办公室", "主任", "即墨湛", "middle", [
        ("ZJ-BGS-01", "办公用品采购不按规定询价", "采购三家以上询价，验收两人签字。", "中"),
        ("ZJ-BGS-02", "公务用车使用登记不全", "用车一事一登记，每月公示。", "低"),
    ]),
    ("住房保障股", "股长", "公坚霈", "middle", [
        ("ZJ-ZFBZ-01", "公租房配租资格审核把关不严", "资格联审，配租结果公示。", "高"),
        ("ZJ-ZFBZ-02", "租赁补贴发放对象弄虚作假未发现", "补贴对象与民政、不动产数据比对。", "中"),
    ]),
    ("建筑管理股", "科员", "即墨沨", "general", [
        ("ZJ-JZGL-01", "施工许可审查中降低条件", "审查要件清单公开，限时办结。", "中"),
        ("ZJ-JZGL-02", "农民工工资保证金退还审核不严", "退还经股室集体审核，台账备查。", "低"),
    ]),
    ("质量安全监督站", "站长", "公坚璆", "middle", [
        ("ZJ-ZAZ-01", "老旧小区改造工程质量监督走过场", "监督检查两人以上，影像资料存档。", "高"),
        ("ZJ-ZAZ-02", "竣工验收监督中对质量问题放行", "验收问题清单化，整改后复查。", "中"),
        ("ZJ-ZAZ-03", "燃气安全检查发现隐患不督促整改", "隐患台账销号管理，限期复查。", "低"),
    ]),
]  # fmt: skip
INDEX_LEVELS = HML


def index_rows() -> list[tuple[str, str]]:
    """The 附件2 index: every code and its level, by level and then by code."""
    rows = [(code, lv) for *_, points in BY_ANNEX for code, _p, _m, lv in points]
    return sorted(rows, key=lambda r: (INDEX_LEVELS[r[1]], r[0]))


def zizhong_housing_levels_by_annex_index() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("风险点清单", [6, 14, 9, 10, 12, 38, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点清单", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点编号", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_ANNEX:
        for code, point, measures, lv in points:
            n += 1
            sh.add(n, dept, post, who, code, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], INDEX_LEVELS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级见附件2《廉政风险点等级索引表》。", 7)
    sh.add("制表：办公室", None, "审核：", None, None, "2025年6月", None)
    index = _Sheet("附件2", [16, 12])
    index.add("附件2", None)
    _line(index, "廉政风险点等级索引表", 2)
    index.add("风险点编号", "风险等级")
    for code, lv in index_rows():
        index.add(code, lv)
    index.add("合计", f"{n}项")
    return _layout(
        "zizhong_housing_levels_by_annex_index", "https://xmnhj.com/h/241664.html",
        "(harder) 县住房和城乡建设局 岗位廉政风险点清单, after the source's account of a 县住建局 checking its 老旧小区改造 "
        "works (实地督导, 工程进度, 水电气路, 工程质量监管): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "``风险点编号`` (``ZJ-BGS-01`` …)/廉政风险点/防控措施, NO level and NO type column; a ``注：风险等级见附件2"
        "《廉政风险点等级索引表》。`` line; a second sheet ``附件2`` (``附件2``, the title ``廉政风险点等级索引表``, "
        "``风险点编号 | 风险等级``) listing every code with its level 高/中/低 in another order (by level) and a "
        "``合计 | 13项`` row",
        [sh, index], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zizhong_transport_enforcement_as_department() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 20, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "公坚瀛翀", "leader", "农村公路建设项目资金安排个人说了算", "制度机制风险", "一级",
         "项目资金安排经党组会集体研究，结果公开。"),
        ("局领导", "局长", "公坚瀛翀", "leader", "为亲友承揽公路养护工程打招呼", "思想道德风险", "二级",
         "领导干部插手干预工程登记报告，实行回避。"),
        ("规划建设股", "股长", "即墨翮", "middle", "公路工程计量支付审核不严", "岗位职责风险", "一级",
         "计量支付经监理、股室、分管领导三级审核。"),
        ("规划建设股", "股长", "即墨翮", "middle", "交工验收降低标准", "业务流程风险", "二级",
         "验收组现场检测，验收资料存档。"),
        ("运输管理股", "科员", "公坚霁", "general", "城乡客运线路经营许可审查不严", "业务流程风险", "二级",
         "许可审查要件公开，审查结果公示。"),
        ("交通运输综合行政执法大队", "大队长", "即墨澈岚", "middle", "超限超载查处以罚代管、降格处理",
         "岗位职责风险", "一级", "执法全过程记录，处罚结果公开。"),
        ("交通运输综合行政执法大队", "大队长", "即墨澈岚", "middle", "暂扣车辆放行不按程序", "业务流程风险",
         "二级", "放行经大队集体审核，登记备查。"),
        ("交通运输综合行政执法大队", "执法队员", "公坚珝", "general", "与客运经营者不正当交往", "外部环境风险",
         "三级", "执法两人以上，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "zizhong_transport_enforcement_as_department", "http://m.qdcygd.com/yxwd/202506/225925.html",
        "县交通运输局 岗位廉政风险防控一览表, after the source's account of what a 县交通局 does (公路、桥梁建设和维护, "
        "乡村道路硬化, 交通安全, 城乡公交线路): a title, 序号/科室 merged (局领导, 规划建设股, 运输管理股 and the 局's "
        "``交通运输综合行政执法大队``)/职务 and 姓名 merged per person/廉政风险点/风险类别 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zizhong_blood_orange_centre_cards() -> dict:
    unit = f"{PLACE}血橙产业发展中心"
    t = _Truth(unit)
    cards = [
        ("即墨峋", "主任", "主持中心全面工作，负责血橙产业项目和资金管理", "leader", [
            ("血橙良种繁育补助对象确定不公", "制度机制", "高", "补助对象经中心办公会研究并公示。"),
            ("血橙营销推介活动承办单位指定", "外部环境", "高", "承办单位按规定比选，结果公开。"),
        ]),
        ("公坚岚珈", "副主任", "分管标准化种植、老果园改造", "leader", [
            ("老果园改造面积核验虚报", "业务流程", "中", "改造面积实地丈量，名单公示。"),
            ("技术培训经费虚列支出", "岗位职责", "中", "培训凭签到、影像资料报账。"),
        ]),
        ("即墨湉", "技术员", "品种推广、果品质量检测", "general", [
            ("果品质量检测中接受种销企业好处", "思想道德", "中", "检测两人以上，结果当场签字确认。"),
            ("苗木发放登记不全", "业务流程", "低", "苗木发放登记签收，每季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "岗位", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add("持卡人签名：", None, "主任签名：", None, None)
        sheets.append(sh)
    return _layout(
        "zizhong_blood_orange_centre_cards", "https://td.fyun.cc/detail/25fa29fd7b550ad82d6cce0e5f8ad19aab136e70.html",
        "县血橙产业发展中心 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's account "
        "of 资中's 血橙 grown into an industry (塔罗科血橙, 3个体系9个品种, 果渔双循环, 融合发展示范园): a title, "
        "``姓名 | … | 岗位 | …`` and a merged 岗位职责 line, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; 持卡人签名/主任签名",
        sheets, t,
    )  # fmt: skip


def zizhong_water_short_points() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("排查表", [6, 12, 9, 10, 18, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点名称", "风险表现形式", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "公坚瀚", "leader", "项目安排", "灌区节水改造项目安排不经集体研究", "Ⅰ级",
         "项目安排经党组会研究，结果公示。"),
        ("局领导", "副局长", "即墨岍", "leader", "河湖管护", "河道采砂监管中默许超范围开采", "Ⅰ级",
         "采砂现场视频监控，巡查记录存档。"),
        ("局领导", "副局长", "即墨岍", "leader", "执法检查", "水事违法案件查处中降格处理", "Ⅱ级",
         "执法全过程记录，处罚结果公开。"),
        ("工程建设股", "股长", "公坚翾", "middle", "工程验收", "城乡供水管网工程验收走过场", "Ⅰ级",
         "验收实行实地检测，验收组集体签字。"),
        ("工程建设股", "股长", "公坚翾", "middle", "变更签证", "工程变更签证不经审核", "Ⅱ级",
         "变更经监理、业主、设计三方会签。"),
        ("水资源股", "科员", "即墨瑗", "general", "取水许可", "取水许可审查降低条件", "Ⅱ级",
         "许可审查两人以上，结果公示。"),
        ("水资源股", "科员", "即墨瑗", "general", "资料保管", "取水计量档案保管不善、遗失", "Ⅲ级",
         "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "zizhong_water_short_points", "https://www.gwyoo.com/Article/shuzhibaogao/bannian/202109/747464.html",
        "县水务局 廉政风险点排查表, after the source's account of a 县水务局's half year (重点工程, 灌区农业节水, 河长制, "
        "美丽河湖, 城乡供水一体化): a title, 序号/股室 merged/岗位 and 姓名 merged per person/a short ``风险点名称``/"
        "a long ``风险表现形式``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zizhong_emergency_posts() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("清单", [6, 12, 40, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局长", "leader", "安全生产执法计划制定个人说了算", "制度机制", "高风险", "执法计划经局务会研究并公开。"),
        ("局长", "leader", "事故调查处理中说情打招呼", "思想道德", "高风险", "事故调查组集体研究，结果公开。"),
        ("副局长", "leader", "危险化学品经营许可审查把关不严", "岗位职责", "中风险", "许可审查两人以上现场核查。"),
        ("执法队员", "general", "执法检查发现隐患不下达整改指令", "业务流程", "中风险", "检查结果录入执法系统，抽查复核。"),
        ("执法队员", "general", "接受被检查企业宴请", "外部环境", "低风险", "签订廉洁承诺书，执法两人以上。"),
        ("救灾物资管理员", "general", "救灾物资出入库登记不实", "业务流程", "中风险", "物资出入库双人签字，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：综合股", None, "审核：", None, "2025年3月", None)
    return _layout(
        "zizhong_emergency_posts", "https://www.bkwk.cn/article/jmjtyjgljzfddshpadjsll.html",
        "县应急管理局 岗位廉政风险防控清单 对岗不对人, after the source's account of an 应急管理局's 执法大队 (应急预案, "
        "安全生产检查, 隐患排查, 事故调查, 责令整改): a title, 序号/岗位 merged per post/廉政风险点/风险类别 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zizhong_culture_tourism_selfchecks() -> dict:
    unit = f"{PLACE}文化广播电视和旅游局"
    t = _Truth(unit)
    people = [
        ("公坚璟湘", "局领导", "局长", "leader", [
            ("文物保护维修项目安排个人说了算", "★★★", "维修项目经局务会集体研究，结果公示。", "未发现问题"),
            ("旅游发展资金分配不公", "★★★", "资金分配方案报县政府审定。", "已整改"),
        ]),
        ("即墨珩", "文物股", "股长", "middle", [
            ("文物保护单位巡查走过场、巡查记录不实", "★★", "巡查两人以上，记录本人签字。", "未发现问题"),
            ("建设工程文物影响评估审查不严", "★★", "评估审查经专家论证。", "已整改"),
        ]),
        ("公坚沄", "文化市场股", "科员", "general", [
            ("娱乐场所许可审查降低条件", "★★", "许可要件清单公开，结果公示。", "未发现问题"),
            ("文化市场检查记录填报差错", "★", "检查记录两人复核，存档备查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查情况")
        for i, (point, stars, measures, found) in enumerate(points, 1):
            sh.add(i, point, stars, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 5)
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zizhong_culture_tourism_selfchecks", "http://m.cnwest.com/xianyang/a/2021/07/20/19817849.html",
        "县文化广播电视和旅游局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "report of a 县 setting up its 文物局 inside its 文化和旅游局 (文物保护单位, 巡查保护, 文物安全责任): a title, a "
        "label row ``姓　名 | 所在股室 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防范措施/``自查情况``; a ``注：`` line; no type column; ``本人签名： | 分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def zizhong_market_supervision_group_rows() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 14, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("副局长", "即墨翰", "leader", [
                ("行政处罚案件审批把关不严", "制度机制风险", "一级风险", "重大案件经案审会集体审议，结果公开。"),
                ("为他人办理食品经营许可说情", "思想道德风险", "二级风险", "许可结果公示，说情登记报告。"),
            ]),
        ]),
        ("二、食品安全监督管理股", "食品安全监督管理股", [
            ("股长", "公坚滢", "middle", [
                ("食品抽检不合格结果处置不及时", "业务流程风险", "一级风险", "抽检结果系统流转，限时处置。"),
            ]),
            ("科员", "即墨琪", "general", [
                ("食品经营许可现场核查走过场", "岗位职责风险", "二级风险", "现场核查两人以上，拍照留存。"),
                ("接受经营户请托放宽整改期限", "外部环境风险", "三级风险", "整改期限按规定确定，定期抽查。"),
            ]),
        ]),
        ("三、城区市场监督管理所", "城区市场监督管理所", [
            ("所长", "公坚霖", "middle", [
                ("日常检查中对违法经营行为不立案", "岗位职责风险", "二级风险", "检查记录录入系统，局股室每月抽查。"),
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
        "zizhong_market_supervision_group_rows", "https://www.youxi-huatu.com/343.html",
        "县市场监督管理局 廉政风险防控责任清单 under GROUP ROWS, after the source's account of where a 食品经营许可 is "
        "applied for (县级市场监督管理局, 派驻乡镇的监督管理所, 告知承诺制, 属地管辖): a title, 序号/岗位/姓名/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows ``一、局领导``, "
        "``二、食品安全监督管理股``, ``三、城区市场监督管理所`` merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def zizhong_agriculture_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "即墨瀞", "leader", "血橙产业项目实施主体确定不公开", "一级",
         "项目实施主体按规定公开比选。"),
        ("局领导", "局长", "即墨瀞", "leader", "营销大会承办费用审批把关不严", "二级",
         "费用支出经局务会集体研究。"),
        ("种植业股", "股长", "公坚岍", "middle", "标准化种植基地补助面积核定不实", "一级",
         "补助面积实地丈量，结果公示。"),
        ("种植业股", "股长", "公坚岍", "middle", "良种苗木验收不到现场", "二级",
         "苗木验收两人以上，拍照留存。"),
        ("农产品质量安全股", "技术员", "即墨玥", "general", "农药残留抽检样品调换", "二级",
         "抽样双人封样，全程记录。"),
        ("农产品质量安全股", "技术员", "即墨玥", "general", "抽检结果通报避重就轻", "三级",
         "抽检结果经股室审核后通报。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "zizhong_agriculture_list", "https://www.zizhongxuecheng.com/article/40.html",
        "县农业农村局 岗位廉政风险防控一览表, after the source's report of 资中's 血橙营销大会 (种销企业签约, 3个体系11个"
        "品种, 着色难, 标准化种植): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/"
        "责任人 on EVERY row/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zizhong_housing_levels_by_annex_index(),
    zizhong_transport_enforcement_as_department(),
    zizhong_blood_orange_centre_cards(),
    zizhong_water_short_points(),
    zizhong_emergency_posts(),
    zizhong_culture_tourism_selfchecks(),
    zizhong_market_supervision_group_rows(),
    zizhong_agriculture_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch981-inbox"))

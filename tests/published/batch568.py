"""The five-hundred-and-sixty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 生态环境 and
自然保护地 bodies, 玛多县 (of 果洛藏族自治州, 青海) — its 生态环境局, 环境监测站, 生态环境综合行政执法大队,
湿地保护站 and 鄂陵湖保护管理站 and the 生态管护站 of 扎陵湖乡, 黄河乡 and 花石峡镇 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 生态环境局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 环境监测站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 生态环境综合行政执法大队's 自查表, one sheet a person: a label row ``姓　名 | 所在中队 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 湿地保护站's 责任清单 under GROUP ROWS ``一、站领导`` … ``三、综合组`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 扎陵湖乡生态管护站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 黄河乡生态管护站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 花石峡镇生态管护站's 排查登记表: ``组室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``maduo_eling_lake_station_month_band``: the 鄂陵湖保护管理站's 岗位廉政风险防控表, ONE ROW A POINT
  (``序号 | 岗位 | 责任人 | 廉政风险点 | … | 风险等级 | 防控措施``, 岗位 and 责任人 merged per person)
  with a BAND OF TWELVE MONTH COLUMNS between the point and its level: a heading ``风险高发时段`` merged
  across twelve columns over a second heading row ``1月 | 2月 | … | 12月``, and in each row a ``●``
  under every month in which the risk runs high (the 管护员 选聘 in January and February, the 巡护 and
  the 放牧 checks from May to October, the quarterly 考核 and 工资 months, ``●`` under all twelve for
  a risk of the whole year), a merged ``注：`` line saying what ``●`` means. The months are a
  calendar of when to watch, not points, levels, types or holders; the row's point, level and
  holder are the ordinary columns either side of the band. The README's 读得懂的表 knows tick
  columns under a ``风险等级`` heading (``一级 | 二级 | 三级``, ``高 | 中 | 低``), under a ``风险类型``
  heading, under ``责任岗位`` (posts) and under ``责任人`` (holders), and score columns
  (``1 | 2 | 3 | 4 | 5``) read as levels; it does not describe a band of month (time) columns ticked
  with ``●`` that say when a risk runs high and are none of these.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper calling the 环评 the
“最大权力” of the 环保部门 and a channel of 利益输送 — 环评审批, 环评机构; a report of a 区
监测站's 空气采样器 stuffed with cotton by its own officials — 数据造假, 钥匙, 监控电脑密码; a paper on
国家公园 综合行政执法 — 执法主体, 资源保护类执法, 属地政府; a 国家湿地公园's 保护管理站 — 巡查制度,
督办制度, 考核制度, 监控; a paper on 青海 林草生态管护员 — 等级评价, 选用聘用, 定期督导; a feature
on 三江源国家公园 — 生态管护公益岗位, 核心保育区; a 省生态环境厅 check of a county — “绿盾” 自然保护区
监督检查, 整改; a report from 玛多县's 黄河源园区 — 过度放牧, 草场减负, 管护员 巡查 by 摩托 and 无人机)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 皇甫 and 沃 with rare given names); every unit
is a body of 玛多县.

Run ``python tests/published/score.py --set batch568`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is one point of the holder on its row (岗位 and 责任人 merged over
  his rows), with the level of its ``风险等级`` cell; the ``●`` under the months name no holder,
  level or type and are no points; ``风险高发时段`` is no heading of a point; one form a holder, no
  科室 (the station names none); the ``注：`` line and the 填表/审核 line are no points;
- ``局领导`` (a sheet with no 科室 column) and the cards' leaders have no 科室; ``站领导`` and
  ``大队领导`` (a 科室 cell, a 所在中队 cell, a group row) are the 科室 of those leaders; a 局's 股, a
  监测站's 室, a 大队's 中队 and a 管护站's 组 are 科室; a group row ``二、巡护管理组`` gives the 科室
  ``巡护管理组`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 站长, 副站长, 大队长 are leaders; 股长, 主任 of a
  室, 中队长, 组长 and the 巡护队长 middle; the rest (股员, 采样员, 分析员, 执法队员, 巡护员, 管护员,
  会计, 出纳, 报账员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 环境监测站's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b568_"
PLACE = "玛多县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
DOT = "●"
MONTHS = [f"{m}月" for m in range(1, 13)]
YEAR = tuple(range(1, 13))


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, 责任人, tier, [(廉政风险点, months it runs high, 风险等级, 防控措施)])
BAND = [
    ("站长", "皇甫珝漪", "leader", [
        ("生态管护员选聘不按程序，优亲厚友", (1, 2), "一级",
         "选聘方案经站务会研究，村（牧）委会推荐、公示后聘用。"),
        ("保护站基础设施维修项目化整为零、规避招标", (5, 6, 7, 8, 9), "二级",
         "维修项目按限额报县林草局审批，验收邀请纪检人员参加。"),
        ("野生动物救护、疫源疫病监测经费挤占挪用", YEAR, "二级", "经费专款专用，每季度公开支出。"),
    ]),
    ("副站长", "沃琮瀛", "leader", [
        ("生态管护员考核打分不实，管护工资照发", (3, 6, 9, 12), "一级",
         "考核结合巡护轨迹和无人机抽查，结果在村（牧）委会公示。"),
        ("对园区内违规放牧、采挖行为查处不严，收受好处", (5, 6, 7, 8, 9, 10), "一级",
         "查处两人以上同行，处理结果集体研究并登记。"),
    ]),
    ("巡护队长", "沃湉翊", "middle", [
        ("巡护记录、监测数据弄虚作假", (5, 6, 7, 8, 9, 10), "二级", "巡护轨迹与记录每月比对，站领导抽查。"),
        ("巡护装备、摩托车领用不登记，私自处置", (4, 5), "三级", "装备领用登记，每半年盘点一次。"),
    ]),
    ("会计", "皇甫玹翀", "general", [
        ("管护员工资、补助发放不及时，截留克扣", (1, 4, 7, 10), "一级",
         "工资一卡通直发到人，发放名册公示。"),
        ("巡护车辆加油、维修费用虚报冒领", YEAR, "三级", "一车一卡加油，维修实行定点和审批。"),
    ]),
]  # fmt: skip


def maduo_eling_lake_station_month_band() -> dict:
    unit = f"{PLACE}鄂陵湖保护管理站"
    band = 4  # the first month column
    ncols = band + len(MONTHS) + 2
    sh = _Sheet("防控表", [6, 10, 10, 36] + [4.5] * len(MONTHS) + [9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", ncols)
    _line(sh, f"单位：{unit}{GAP * 24}2025年4月", ncols)
    top = sh.add("序号", "岗位", "责任人", "廉政风险点", "风险高发时段", *([None] * (len(MONTHS) - 1)),
                 "风险等级", "防控措施")  # fmt: skip
    sh.add(None, None, None, None, *MONTHS, None, None)
    for c in (0, 1, 2, 3, ncols - 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, band, top, band + len(MONTHS) - 1)
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in BAND:
        for point, months, lv, measures in points:
            n += 1
            ticks = [DOT if m in months else None for m in range(1, 13)]
            sh.add(n, post, who, point, *ticks, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：“●”表示该风险点的高发月份，届时开展重点提醒和监督检查；风险等级分一级（高）、"
              "二级（中）、三级（低）。", ncols)  # fmt: skip
    sh.add("填表：", None, None, "审核：", *([None] * 8), "站长（签字）：", *([None] * 5))
    return _layout(
        "maduo_eling_lake_station_month_band", "http://www.9k8cc.com/cn/ecology/202311/t20231117_7524653.html",
        "(harder) 县保护管理站 岗位廉政风险防控表, after the source's report from 三江源国家公园 黄河源园区 in 玛多县 "
        "(过度放牧, 草场减负, 管护员 巡查 by 步行、骑马、摩托、无人机): a title, a merged ``单位：…　2025年4月`` line, "
        "then a TWO-ROW heading: 序号/岗位/责任人/廉政风险点/风险等级/防控措施 merged down and ``风险高发时段`` merged "
        "across TWELVE month columns ``1月 | … | 12月``; ONE ROW A POINT, 岗位 and 责任人 merged per person, a ``●`` "
        "under every month in which the row's risk runs high (two to twelve a row), 风险等级 ``一级/二级/三级`` "
        "right of the band; no type column; a merged ``注：`` line saying what ``●`` means and a 填表/审核/站长（签字） "
        "line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def maduo_ecology_bureau_two_sheets() -> dict:
    unit = f"{PLACE}生态环境局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("皇甫瑄澂", "局长", "主持全面工作", [
            ("干预建设项目环评审批，为特定企业打招呼", "一级", "环评审批事项全程网上办理，领导干预登记报告。"),
            ("生态环境保护专项资金项目安排不经集体研究", "一级", "专项资金项目经局党组会研究，分配结果公开。"),
        ]),
        ("沃玥珽", "副局长", "分管环评、排污许可", [
            ("环评文件技术审查走过场，降低审批标准", "一级", "环评文件委托技术评估，审查意见存档。"),
            ("排污许可证核发时限不落实，刁难企业", "二级", "核发时限网上公开，超时自动预警。"),
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
    dept = _Sheet("股室", [6, 16, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("环境影响评价股", "股长", "皇甫琤瀚", "middle", "对环评机构编制质量问题隐瞒不报、包庇", "一级",
         "环评文件按比例抽查复核，结果通报。"),
        ("环境影响评价股", "股长", "皇甫琤瀚", "middle", "向建设单位推荐指定环评机构", "二级", "严禁推荐环评机构，签订承诺书。"),
        ("环境影响评价股", "股员", "沃璟岷", "general", "受理材料把关不严，接收不全材料", "三级", "一次性告知，受理清单公开。"),
        ("污染防治股", "股长", "沃瑷湄", "middle", "中央环保督察反馈问题整改销号弄虚作假", "一级",
         "整改销号现场核查，资料存档备查。"),
        ("污染防治股", "股员", "皇甫翊沣", "general", "农村环境整治项目验收把关不严", "二级", "验收邀请乡镇和群众代表参加。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "maduo_ecology_bureau_two_sheets", "http://zghjgl.ijournal.cn/html/zghjgl/2015/3/20150702006.htm",
        "县生态环境局 廉政风险防控一览表 in TWO SHEETS, after the source's paper calling the 环评 the “最大权力” of the "
        "环保部门 and a channel of 利益输送 (环评审批, 环评机构, 源头预防): sheet 局领导 with 姓名/职务/分管工作 merged per "
        "leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, "
        "防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def maduo_monitoring_station_posts() -> dict:
    unit = f"{PLACE}环境监测站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "监测数据审核签发", "授意篡改、伪造监测数据，干预监测结果", "岗位职责风险", "高",
         "监测数据三级审核，签发记录存档，干预行为登记报告。"),
        ("站领导", "站长", "leader", "仪器设备采购", "采购需求指定品牌，收受供应商回扣", "制度机制风险", "高",
         "采购需求集体论证，按政府采购程序办理。"),
        ("现场监测室", "采样员", "general", "现场采样", "接受企业请托，选择性采样或干扰采样器", "外部环境风险", "高",
         "采样全程记录影像，两人以上同行。"),
        ("现场监测室", "采样员", "general", "自动监测站点运维", "私配站房钥匙、泄露监控电脑密码", "业务流程风险", "中",
         "站房钥匙、密码专人管理，出入登记。"),
        ("实验分析室", "分析员", "general", "样品分析", "分析记录不完整，修改原始数据", "思想道德风险", "中",
         "原始记录不得涂改，实行复核签字。"),
        ("质量管理室", "主任", "middle", "质控核查", "质控考核走过场，对问题数据不纠正", "岗位职责风险", "低",
         "质控结果每季度通报，问题数据追溯。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "maduo_monitoring_station_posts", "http://mnlz.cn/info/show-htm-itemid-6702.html",
        "县环境监测站 岗位廉政风险点排查表 对岗不对人, after the source's report of a 区 监测站's 空气采样器 stuffed "
        "with cotton by its own officials (数据造假, 偷配钥匙, 监控电脑密码, 监测数据专项检查): a title, 序号/科室 merged/"
        "岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def maduo_enforcement_brigade_selfchecks() -> dict:
    unit = f"{PLACE}生态环境综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("沃珩湉", "大队领导", "大队长", "leader", [
            ("对环境违法案件降格处理、以罚代刑", "Ⅰ级", "案件处理集体审议，涉刑案件依法移送。", "已落实"),
            ("执法检查前向企业通风报信", "Ⅰ级", "检查计划保密，“双随机、一公开”抽取。", "未发现问题"),
        ]),
        ("皇甫沄琦", "执法一中队", "中队长", "middle", [
            ("自然保护地违法建设查处不到位", "Ⅱ级", "查处情况台账管理，定期回访。", "已落实"),
            ("行政处罚自由裁量权滥用", "Ⅰ级", "严格执行裁量基准，案件法制审核。", "已落实"),
        ]),
        ("沃翀璘", "执法一中队", "执法队员", "general", [
            ("现场检查笔录记录不实", "Ⅱ级", "执法记录仪全程记录，笔录当事人签字。", "未发现问题"),
            ("接受检查对象宴请、礼品", "Ⅲ级", "签订廉洁执法承诺书，节前提醒。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "大队意见：", None, None)
        sheets.append(sh)
    return _layout(
        "maduo_enforcement_brigade_selfchecks", "http://hubaogy.cn/index/news/show/id/3956.html",
        "县生态环境综合行政执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "paper on 国家公园 综合行政执法 (执法主体, 资源保护类执法, 属地政府, 执法队伍): a title, a label row "
        "``姓　名 | 所在中队 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 大队意见：``",
        sheets, t,
    )  # fmt: skip


def maduo_wetland_station_group_rows() -> dict:
    unit = f"{PLACE}湿地保护站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "沃昳澂", "leader", [
                ("湿地保护修复项目验收把关不严", "一级风险", "项目验收邀请县林草局、乡镇参加，结果公示。"),
                ("视频监控系统建设采购暗箱操作", "一级风险", "采购按政府采购程序，需求论证公开。"),
            ]),
        ]),
        ("二、巡护管理组", "巡护管理组", [
            ("组长", "皇甫琬峤", "middle", [
                ("巡查发现的违法问题不上报、不督办", "二级风险", "巡查问题建立台账，督办销号。"),
            ]),
            ("巡护员", "沃岍淇", "general", [
                ("巡护日志虚填、漏填", "二级风险", "巡护轨迹每月核对。"),
                ("对湿地内违规捕捞、挖沙行为收受好处放任", "一级风险", "巡护人员交叉换岗，举报电话公开。"),
            ]),
        ]),
        ("三、综合组", "综合组", [
            ("出纳", "皇甫璠沄", "general", [
                ("湿地生态效益补偿资金发放不按名册", "二级风险", "补偿资金一卡通发放，名册公示。"),
                ("现金收付不及时入账", "三级风险", "现金日清月结，定期对账。"),
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
        "maduo_wetland_station_group_rows", "http://yutian86.com/gonglve/132762954637508608",
        "县湿地保护站 廉政风险防控责任清单, after the source's 国家湿地公园 保护管理站 (巡查制度, 督办制度, 考核制度, "
        "监控): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、巡护管理组``, ``三、综合组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def maduo_zhalinghu_station_cards() -> dict:
    unit = f"{PLACE}扎陵湖乡生态管护站"
    t = _Truth(unit)
    cards = [
        ("站长", "皇甫淏瑜", "站长", "主持管护站全面工作", "leader", [
            ("生态管护员选聘、续聘中优亲厚友", "★★★", "选聘条件、名单在村（牧）委会公示。"),
            ("管护员等级评价打分不公", "★★★", "评价由乡、村、站三方参加，结果公示。"),
            ("接受管护员宴请、礼品", "★", "严守中央八项规定精神。"),
        ]),
        ("副站长", "沃澜琇", "副站长", "分管管护员督导、巡护考勤", "leader", [
            ("管护员巡护考勤弄虚作假", "★★", "巡护考勤以巡护终端轨迹为准。"),
            ("管护员违规放牧、采挖不处理", "★★", "发现问题当月处理，处理结果报乡政府。"),
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
        "maduo_zhalinghu_station_cards", "http://www.jizihe.com/page/2022/0522/10413547.shtml",
        "乡生态管护站 领导干部廉政风险防控卡, one sheet a leader, after the source's paper on 青海 林草生态管护员 "
        "(等级评价, 选用聘用, 定期督导, 强化管理): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def maduo_huanghe_station_list() -> dict:
    unit = f"{PLACE}黄河乡生态管护站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "沃瑀澈", "leader", "生态管护公益岗位名额分配不公开", "制度机制", "高风险",
         "名额分配方案经乡党委研究，按村公示。"),
        ("站领导", "站长", "沃瑀澈", "leader", "管护站物资采购不比价", "岗位职责", "中风险", "采购三家比价，验收双人签字。"),
        ("管护组", "组长", "皇甫琮岫", "middle", "核心保育区管护网格巡查走过场", "业务流程", "中风险",
         "网格巡查记录每周汇总，站领导抽查。"),
        ("管护组", "管护员", "沃湜璎", "general", "为违规进入核心保育区人员放行", "外部环境", "高风险",
         "卡点登记，违规进入一律上报。"),
        ("综合组", "报账员", "皇甫沨瑗", "general", "管护员工资报账资料审核不严", "业务流程", "中风险",
         "报账单据经办人、审核人、审批人三签。"),
        ("综合组", "报账员", "皇甫沨瑗", "general", "办公经费报销中虚开票据", "思想道德", "低风险", "票据真伪网上查验。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "maduo_huanghe_station_list", "http://www.xibujuece.com/2022/1013/138176.html",
        "乡生态管护站 岗位廉政风险防控一览表, after the source's feature on 三江源国家公园 (中华水塔, 国家公园体制试点, "
        "生态管护公益岗位, 核心保育区): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def maduo_huashixia_station_register() -> dict:
    unit = f"{PLACE}花石峡镇生态管护站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "组室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "皇甫瀞珝", "leader", [
            ("“绿盾”专项检查问题整改虚报", "岗位职责", "一级", "整改情况现场复核，资料存档。"),
            ("草原围栏维护项目指定施工队", "制度机制", "二级", "项目实施方案经站务会研究，公开比选。"),
        ]),
        ("管护组", "组长", "沃岚翯", "middle", [
            ("管护员考勤汇总弄虚作假", "业务流程", "二级", "考勤表与巡护终端数据核对。"),
        ]),
        ("管护组", "管护员", "皇甫涴琪", "general", [
            ("巡护中发现违法采砂不报告", "外部环境", "一级", "违法线索当日报告，举报电话公开。"),
            ("管护装备挪作私用", "思想道德", "三级", "装备登记造册，每半年清查。"),
        ]),
        ("综合组", "出纳", "沃翾瑢", "general", [
            ("管护资金现金支付、坐支", "业务流程", "一级", "资金一律转账支付，定期对账。"),
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
        "maduo_huashixia_station_register", "http://sthj.gnzrmzf.gov.cn/info/1075/8224.htm",
        "镇生态管护站 廉政风险点排查登记表, after the source's 省生态环境厅 check of a county (“绿盾” 自然保护区 监督检查, "
        "中央环境保护督察 整改, 污染防治攻坚): a title, 序号/组室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    maduo_eling_lake_station_month_band(),
    maduo_ecology_bureau_two_sheets(),
    maduo_monitoring_station_posts(),
    maduo_enforcement_brigade_selfchecks(),
    maduo_wetland_station_group_rows(),
    maduo_zhalinghu_station_cards(),
    maduo_huanghe_station_list(),
    maduo_huashixia_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch568-inbox"))

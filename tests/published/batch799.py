"""The seven-hundred-and-ninety-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's forestry
bodies, 卢氏县 (of 三门峡市, 河南省) — its 林业局, 东湾林场, 林业技术推广站, 森林病虫害防治检疫站,
野生动植物保护站, 官道口镇林业站 and 林业综合执法大队 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 林业局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 东湾林场's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 林业技术推广站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 森林病虫害防治检疫站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types, 高/中/低;
  no names;
- the 野生动植物保护站's 清单 under GROUP ROWS ``一、站领导`` … merged across, ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``, no type column;
- the 官道口镇林业站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 林业综合执法大队's 排查登记表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``lushi_fire_office_marked_grades``: the 森林防火指挥部办公室's 岗位廉政风险点排查表, an ordinary
  list (``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 岗位 and 姓名 merged per person) whose
  ``风险等级`` cell prints on EVERY row the same three grades ``高　中　低`` (a pre-printed form): the
  grade the row is given is only MARKED — that one word written bold and red (Excel rich text), the
  other two plain; a ``注：`` line says the bold red grade is the one assessed. So every level cell
  reads the same text, and the level is the one emphasised run inside it. The README's 读得懂的表
  knows levels by a cell's fill or font colour or typeface (the WHOLE point cell bold, underlined,
  red), ``□高 ☑中 □低`` boxes, 高|中|低 tick columns, bold LINES of a holders cell marking the row's
  holders and struck-through lines leaving holders out; it does not describe a level cell printing
  every grade with the assessed one marked by its own run's font.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (嵩县林业概况 — 营林股, 天保办, 林政股,
防火办, 木材检查站, 林木种子站; 卢氏县 天然林保护工程 — 19个乡镇和2个国营林场, 停止采伐, 森林覆盖率;
卢氏县 植树造林、封山育林; 松材线虫病 — 检疫, 清理病死木, 疫木定点加工; 道县 野生动物执法 — 收缴,
放生, 行政案件; 生态护林员 选聘公告 — 申报和初审, 考察评定, 公示, 补助打卡发放; 占用征用林地 —
使用林地申请, 林木补偿, 森林植被恢复费; 巴州区 生态护林员 选聘 — 申报、审核、公示、聘用) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 禚 and 蔺 with rare given names); every unit is a body
of 卢氏县.

Run ``python tests/published/score.py --set batch799`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a row is the ONE grade of ``高　中　低`` written bold and red in
  its 风险等级 cell; the two plain grades are no level; the ``注：`` line and the sign-off line are
  no points; the 防火办 list names no 科室 (its forms have none);
- ``局领导`` (a sheet without 科室 column) and the cards' leaders have no 科室; ``站领导``,
  ``大队领导``, ``场领导`` (a group row or a 股室 cell) are the 科室 of those leaders; a 局's 股, a
  站's 股 or 组, a 大队's 中队 and a 镇's 林业站 parts (``站领导``, ``护林管理组``) are 科室; a group
  row ``二、救护繁育股`` gives the 科室 ``救护繁育股`` (its number left off);
- 局长, 副局长, 场长, 副场长, 站长, 副站长, 大队长, 副大队长 and the 防火办's 主任, 副主任 are
  leaders; 股长, 中队长 and a 组's 组长 middle; the rest (技术员, 检疫员, 护林员管理员, 会计, 出纳,
  执法队员, 物资保管员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 检疫站's list names
  no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44``'s look
plus Excel rich text, the marked runs bold and red) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b799_"
PLACE = "卢氏县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
PRINTED = ("高", "中", "低")  # the grades pre-printed in every 风险等级 cell of the harder file


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (post, name, tier, [(廉政风险点, the marked grade, 防控措施)])
FIRE_OFFICE = [
    ("主任", "禚峤柘", "leader", [
        ("生态护林员选聘中为亲友打招呼、定人选", "高", "选聘经乡镇初审、林业站考察评定、公示七日后聘用。"),
        ("防火物资采购指定供应商，收受回扣", "高", "物资采购按政府采购程序进行，验收由纪检人员参加。"),
        ("森林火灾案件调查中瞒报、少报过火面积", "中", "火情报告实行双人核实，卫星热点逐一反馈。"),
    ]),
    ("副主任", "蔺泷翊", "leader", [
        ("护林员补助发放审核把关不严，冒领虚报", "高", "补助由财政部门打卡发放，名单每季度公示。"),
        ("护林员年度考核走过场，优亲厚友", "中", "考核以巡护轨迹和日志为依据，结果公示。"),
    ]),
    ("物资保管员", "禚翕岚", "general", [
        ("扑火机具、油料出入库不登记，私自借用", "中", "出入库双人登记，每月盘点，账物相符。"),
        ("过期防火物资报废处置不公开", "低", "报废经集体研究，处置结果公示。"),
    ]),
    ("护林员管理员", "蔺琮漪", "general", [
        ("护林员巡护记录弄虚作假不报告", "中", "巡护记录与定位系统数据每月比对。"),
        ("接受护林员宴请、礼品", "低", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
]  # fmt: skip


def lushi_fire_office_marked_grades() -> dict:
    unit = f"{PLACE}森林防火指挥部办公室"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年3月", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    rich = []
    n = 0
    for post, who, tier, points in FIRE_OFFICE:
        for point, grade, measures in points:
            n += 1
            r = sh.add(n, post, who, point, GAP.join(PRINTED), measures)
            runs = []
            for i, g in enumerate(PRINTED):
                if i:
                    runs.append((GAP, False))
                runs.append((g, g == grade))
            rich.append((r, 4, runs))
            t.point(sh.name, "", post, who, tier, point, [], HML[grade])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级栏中加粗标红的等级为本风险点的评定等级。", 6)
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None)
    lay = _layout(
        "lushi_fire_office_marked_grades", "http://sdjs.apcreports.org.cn/sdjs/news/12410.html",
        "(harder) 县森林防火指挥部办公室 岗位廉政风险点排查表, after the source's 生态护林员 选聘 (申报、审核、公示、聘用, "
        "护林员 增收): a title, a 填报单位/date line, then 序号/岗位 and 姓名 merged per person/廉政风险点/风险等级/防控措施 "
        "whose 风险等级 cell prints on EVERY row the same ``高　中　低``, the assessed grade only MARKED bold and red "
        "(Excel rich text), the other two plain; a ``注：`` line saying so and a 填表人/审核人/主任（签字） line; no type "
        "column, no 科室",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["rich"] = rich
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def lushi_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蔺旻澈", "局长", "主持全面工作", [
            ("林业重点工程项目安排和资金分配个人说了算", "一级", "项目和资金分配经局党组会集体研究，结果公开。"),
            ("干部选拔任用和二级机构人员调整违反程序", "一级", "严格执行干部任用程序，全程纪实。"),
        ]),
        ("禚樾珣", "副局长", "分管营林、天保工程", [
            ("天保工程森林管护面积核定不实，套取管护资金", "一级", "管护面积以二类调查数据为准，乡镇交叉核查。"),
            ("造林绿化工程检查验收降低标准", "二级", "验收实行随机抽取小班，验收结果公示。"),
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
        ("林政资源股", "股长", "蔺昳琤", "middle", "林木采伐指标分配不公开，向关系户倾斜", "一级",
         "采伐指标分配方案公示，接受监督。"),
        ("林政资源股", "股长", "蔺昳琤", "middle", "使用林地现场查验走过场，面积核定不实", "一级",
         "现场查验两人以上，影像资料存档。"),
        ("林政资源股", "股员", "禚湉岵", "general", "木材运输证开具把关不严", "二级", "运输证网上开具，全程留痕。"),
        ("营林股", "股长", "蔺彧珩", "middle", "造林苗木采购以次充好、虚报数量", "二级",
         "苗木凭“两证一签”进场，验收双人签字。"),
        ("办公室", "会计", "禚珺泓", "general", "天保工程资金报账票据审核不严", "二级", "报账单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "lushi_forestry_bureau_two_sheets", "http://www.360doc.com/content/11/0728/09/1835276_136272132.shtml",
        "县林业局 廉政风险防控一览表 in TWO SHEETS, after the source's 县林业概况 (内设 营林股, 天保办, 林政股, 防火办; "
        "木材检查站, 林木种子站, 林场): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def lushi_dongwan_forest_farm_cards() -> dict:
    unit = f"{PLACE}东湾林场"
    t = _Truth(unit)
    cards = [
        ("场长", "蔺澪岱", "场长", "主持林场全面工作", "leader", [
            ("天然林停伐后违规安排抚育采伐，变相商业采伐", "★★★", "抚育作业设计报县林业局审批，伐前公示。"),
            ("林场职工岗位聘用和临时用工优亲厚友", "★★★", "用工计划经场务会研究，公开招聘。"),
            ("接受木材经营户宴请", "★", "严守中央八项规定精神，签订廉洁承诺书。"),
        ]),
        ("副场长", "禚昉瑑", "副场长", "分管森林管护、护林防火", "leader", [
            ("管护站管护人员考勤不实，虚报管护工资", "★★", "管护人员考勤每月公示，巡护轨迹抽查。"),
            ("林区道路维修工程验收不严", "★★", "工程验收邀请县林业局计财股参加。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "lushi_dongwan_forest_farm_cards", "http://finance.hnr.cn/201904/11/6168.html",
        "县国有林场 领导干部廉政风险防控卡, one sheet a leader, after the source's 卢氏县 天然林保护工程 (19个乡镇和2个国营林场, "
        "停止采伐, 森林管护): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def lushi_extension_station_selfchecks() -> dict:
    unit = f"{PLACE}林业技术推广站"
    t = _Truth(unit)
    people = [
        ("蔺峄霁", "站领导", "站长", "leader", [
            ("造林技术服务项目委托第三方不经比选", "Ⅰ级", "服务项目三家以上比选，结果公示。"),
            ("封山育林项目作业设计面积虚增", "Ⅱ级", "作业设计图斑与遥感影像比对。"),
        ]),
        ("禚漪棠", "营造林技术股", "技术员", "general", [
            ("造林成活率核查数据弄虚作假", "Ⅰ级", "核查样地随机布设，原始记录存档。"),
            ("接受造林大户宴请、礼品", "Ⅲ级", "签订廉洁承诺书。"),
        ]),
        ("蔺瑀淞", "良种推广股", "技术员", "general", [
            ("良种苗木补贴对象认定不实", "Ⅱ级", "补贴对象村级公示、站内复核。"),
            ("推广示范基地物资私自处置", "Ⅲ级", "物资领用登记，每季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年4月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i == 1 else "未发现问题")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lushi_extension_station_selfchecks", "http://m.qiansihui.com/content-10-57845-1.html",
        "县林业技术推广站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 卢氏县 "
        "植树造林、封山育林 (森林覆盖率, 南部山区): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def lushi_quarantine_station_posts() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "松材线虫病疫木除治项目发包不公开", "制度机制风险", "高",
         "除治项目公开招标，除治质量第三方核查。"),
        ("检疫股", "股长", "middle", "疫木定点加工企业认定把关不严", "岗位职责风险", "高",
         "定点企业实地核查，名单公示。"),
        ("检疫股", "检疫员", "general", "调运检疫不查验即出具检疫证书", "业务流程风险", "中",
         "检疫证书网上开具，查验照片上传。"),
        ("检疫股", "检疫员", "general", "对外来松木及制品检查放松，收受好处", "思想道德风险", "中",
         "检查站双人值守，检查记录存档。"),
        ("测报股", "技术员", "general", "疫情监测数据迟报、瞒报", "岗位职责风险", "中", "监测数据按月报送，站长复核。"),
        ("测报股", "技术员", "general", "防治药剂领用不登记", "外部环境风险", "低", "药剂出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "lushi_quarantine_station_posts", "https://www.gl-zj.com/news/202302/7709.html",
        "县森林病虫害防治检疫站 岗位廉政风险点排查表 对岗不对人, after the source's 松材线虫病 (检疫, 清理病死木, 疫木定点加工): "
        "a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def lushi_wildlife_station_group_rows() -> dict:
    unit = f"{PLACE}野生动植物保护站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "禚岑翮", "leader", [
                ("野生动物致害补偿核定中优亲厚友", "一级风险", "补偿核定现场勘查两人以上，结果公示。"),
                ("人工繁育许可初审降低条件", "一级风险", "初审材料集体研究，审核意见留痕。"),
            ]),
        ]),
        ("二、救护繁育股", "救护繁育股", [
            ("股长", "蔺砚璘", "middle", [
                ("收缴的野生动物及制品私自处置", "二级风险", "收缴物品登记造册，放生、移交全程录像。"),
            ]),
            ("饲养员", "禚翾澍", "general", [
                ("救护饲料采购虚报数量", "二级风险", "饲料采购比价，出入库登记。"),
                ("救护动物死亡不报告，尸体私自处理", "三级风险", "死亡动物登记，无害化处理两人签字。"),
            ]),
        ]),
        ("三、资源监测股", "资源监测股", [
            ("股长", "蔺泚岚", "middle", [
                ("花鸟市场、餐馆执法巡查走过场", "二级风险", "巡查记录上传，随机抽查复核。"),
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
    sh.add("制表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "lushi_wildlife_station_group_rows", "http://lyj.hunan.gov.cn/lyj/xxgk_71167/gzdt/xlkb/xsqxx/201801/t20180118_4928127.html",
        "县野生动植物保护站 廉政风险防控责任清单, after the source's 县 野生动物执法行动 (执法巡查, 收缴, 放生, 行政案件): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、救护繁育股``, ``三、资源监测股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def lushi_guandaokou_station_list() -> dict:
    unit = f"{PLACE}官道口镇林业站"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "蔺晗玙", "leader", "生态护林员选聘初审中不按条件把关", "岗位职责", "高风险",
         "选聘条件公告，初审结果村内公示。"),
        ("站领导", "站长", "蔺晗玙", "leader", "村民自用材采伐申请初审收受好处", "思想道德", "中风险",
         "采伐申请凭村民代表会议记录受理。"),
        ("护林管理组", "组长", "禚晗玙", "middle", "护林员管护面积和考核分数登记不实", "业务流程", "中风险",
         "考核分数每月张榜公示。"),
        ("护林管理组", "护林员管理员", "蔺琇峣", "general", "护林员补助发放名单与实际人员不符", "制度机制", "高风险",
         "补助由财政打卡发放，名单与身份信息比对。"),
        ("护林管理组", "护林员管理员", "蔺琇峣", "general", "护林员请假、顶岗不登记", "业务流程", "低风险",
         "请假顶岗报站长批准并登记。"),
        ("站领导", "会计", "禚沣璟", "general", "造林补贴资金发放明细与验收结果不符", "外部环境", "中风险",
         "发放明细经村、镇签字盖章后公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "lushi_guandaokou_station_list", "https://sydwgwy.com/anhui/anqing/29517.html",
        "镇林业站 岗位廉政风险防控一览表, after the source's 选聘生态护林员公告 (申报和初审, 考察和评定, 公示和聘用, 补助打卡发放): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def lushi_enforcement_brigade_register() -> dict:
    unit = f"{PLACE}林业综合执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "蔺霡岫", "leader", [
            ("非法占用林地案件查处中以罚代刑", "制度机制", "一级", "涉嫌犯罪案件一律移送，移送情况备案。"),
            ("行政处罚自由裁量不按基准执行", "岗位职责", "二级", "处罚决定集体讨论，裁量理由写入决定书。"),
        ]),
        ("一中队", "中队长", "禚璆澜", "middle", [
            ("森林植被恢复费应收未收、少收", "业务流程", "一级", "收费按标准核定，票据专人管理。"),
        ]),
        ("一中队", "执法队员", "蔺骞沄", "general", [
            ("现场勘验中隐瞒滥伐株数", "思想道德", "二级", "勘验两人以上，检尺数据现场签字确认。"),
            ("罚没木材登记不全，私自变卖", "外部环境", "一级", "罚没木材登记造册，统一拍卖处置。"),
        ]),
        ("二中队", "执法队员", "禚瀞峦", "general", [
            ("接受违法当事人说情、宴请", "思想道德", "三级", "执法全过程记录，回避制度。"),
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
        "lushi_enforcement_brigade_register", "http://fsou.com/html/text/lar/172413/17241353_3.html",
        "县林业综合执法大队 廉政风险点排查登记表, after the source's 占用征用林地 (使用林地申请, 林木补偿, 森林植被恢复费 "
        "征收): a title, 序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lushi_fire_office_marked_grades(),
    lushi_forestry_bureau_two_sheets(),
    lushi_dongwan_forest_farm_cards(),
    lushi_extension_station_selfchecks(),
    lushi_quarantine_station_posts(),
    lushi_wildlife_station_group_rows(),
    lushi_guandaokou_station_list(),
    lushi_enforcement_brigade_register(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``'s look (borders, 宋体 10, taller rows for wrapped cells) plus the cells
    a sheet lists under ``rich``, written in Excel rich text: (text, marked) runs, the marked ones
    bold and red."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 3, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    plain = wb.add_format({"font_name": "宋体", "font_size": 10})
    marked = wb.add_format(
        {"font_name": "宋体", "font_size": 10, "bold": True, "font_color": "#FF0000"}
    )

    def put(ws, r: int, c: int, v, rich: dict) -> None:
        if (r, c) in rich:
            parts = []
            for text, mark in rich[(r, c)]:
                parts += [marked if mark else plain, text]
            ws.write_rich_string(r, c, *parts, fmt)
        else:
            _put(ws, (fmt, date_fmt), r, c, v)

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        rich = {(r, c): parts for r, c, parts in sheet.get("rich", [])}
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                put(ws, r, c, v, rich)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                put(ws, r0, c0, v, rich)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch799-inbox"))

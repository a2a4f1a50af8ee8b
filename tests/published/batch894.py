"""The eight-hundred-and-ninety-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's land and
forestry bodies, 乌什县 (阿克苏地区, 新疆维吾尔自治区) — its 自然资源局, 不动产登记中心, 国有林场,
林业工作站, 地质环境监测站, 土地储备中心, 测绘队 and 亚科瑞克乡自然资源所 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 自然资源局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 不动产登记中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 国有林场's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 林业工作站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 地质环境监测站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 土地储备中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 测绘队's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``wushi_yakeruike_land_office_hidden_level_column``: the 亚科瑞克乡自然资源所's 岗位廉政风险点一览表,
  an ordinary list (``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 风险等级 | 防控措施``, 岗位 and 姓名
  merged per person) whose FIFTH COLUMN IS HIDDEN (Excel 隐藏列, width kept, ``hidden="1"``): it is
  last year's 风险等级 column, kept out of sight when the 所 re-graded its points and typed the new
  grades into a copy of it beside it, under the same heading; the two differ on half the rows. On
  screen and on paper the table has ONE 风险等级 column, the shown one. docs/layouts.md and the
  README's 读得懂的表 describe hidden SHEETS (an old draft set aside), hidden ROWS (a note saying they
  are closed points; rows folded by 分级显示 under summary rows; an 自动筛选 that only hides other
  股室's rows) and two level columns both meant (``本人自评 | 站务会核定``, per-staff-class level
  columns); they never describe a hidden COLUMN (隐藏列), nor a hidden stale copy of a column
  beside the shown one under the same heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市国土资源 report on 地质环境治理,
矿山复绿 and 地质灾害防治 项目 — 招标, 截留挪用 项目资金; a study of 不动产登记机关 and its 责任 —
审查, 登记错误, 查询; a 县林业局 notice on 退耕还林 生态林抚育补助 — 申报表册, 一卡通, 兑现; a 县
自然资源和规划局 case on 无证采伐 and a 木材加工厂 — 凭证采伐, 执法, 鉴定; a 地质灾害隐患点 常态化
监测及预警制度 — 专业监测, 简易监测, 巡查, 记录; a 县国土资源局's year report on 乡镇国土站所 —
耕地, 土地综合整治, 土地储备, 征购价款; a paper on 农村土地确权测绘 质量 — 权属界线, 外业, 检查;
地质灾害网格化管理十项制度 — 乡级自然资源所 群测群防, 明白卡, 值班, 速报) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 晋 and 冷 with rare given names); every unit is a body of 乌什县.

Run ``python tests/published/score.py --set batch894`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the SHOWN 风险等级 column (the sixth), the one the 所 sees, prints
  and signs; the hidden fifth column is a stale copy, read for no level and no point; the truth is
  the list as it shows (岗位, 姓名, point, shown level), one form a holder, no 科室 (the 所 is the unit);
- ``站领导`` (a group row), ``中心领导`` (a 部门 cell), ``队领导`` and ``科室`` cells are the 科室 of
  those leaders where the sheet writes them; the 自然资源局's leaders (sheet ``局领导``) and the
  林场's card holders have no 科室; a 局's 股, a 中心's 科/组 and a 队's 股 are 科室;
- every body is a unit of its own: 局长, 副局长, 主任 and 副主任 of a 中心, 场长, 副场长, 站长, 队长 and
  所长 are leaders; 股长 and 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``分管工作``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 不动产登记中心's list names no person: its
  forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``; the harder file's
hidden column then set ``hidden="1"`` in its sheet XML, as Excel stores a hidden column) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b894_"
PLACE = "乌什县"
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

HIDDEN_COL = 4  # the stale 风险等级 column (E), hidden
# (岗位, 姓名, tier, [(廉政风险点, 旧等级 (hidden), 风险等级 (shown), 防控措施)])
HIDDEN = [
    ("所长", "晋玹翊", "leader", [
        ("群测群防监测员选聘优亲厚友", "中", "高", "监测员由村推荐、所务会研究，名单在村务公开栏公示。"),
        ("农村建房用地审核现场踏勘走过场", "高", "高", "踏勘两人以上同行，现场照片和界址草图存档。"),
    ]),
    ("副所长", "冷琸岍", "leader", [
        ("地质灾害隐患点监测补助发放不按考核结果", "低", "中", "补助按巡查记录和考核结果发放，张榜公示。"),
        ("土地卫片图斑核查结果弄虚作假", "中", "高", "图斑核查结果与村委会共同签字，县局抽查。"),
    ]),
    ("国土管理员", "晋琰翀", "general", [
        ("发现违法占地不制止、不上报", "高", "中", "巡查日志每日记录，发现违法用地当日报告。"),
        ("接受建房户宴请，放宽建房面积", "低", "低", "签订廉洁承诺书，建房面积以批准文件为准。"),
    ]),
    ("值班员", "冷玥岑", "general", [
        ("汛期值班脱岗，迟报、漏报险情", "中", "中", "值班表上墙，县局随机电话抽查。"),
        ("防灾明白卡发放签收代签", "中", "中", "明白卡逐户发放，户主本人签收。"),
    ]),
]  # fmt: skip


def wushi_yakeruike_land_office_hidden_level_column() -> dict:
    unit = f"{PLACE}亚科瑞克乡自然资源所"
    sh = _Sheet("一览表", [6, 12, 10, 40, 8, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in HIDDEN:
        for point, old, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, old, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, None, "2025年6月", None)
    lay = _layout(
        "wushi_yakeruike_land_office_hidden_level_column", "http://bhygbaby.com/paper/239661696.html",
        "(harder) 乡自然资源所 岗位廉政风险点一览表, after the source's 地质灾害网格化管理十项制度 (乡级自然资源所 承担 "
        "群测群防, 监测, 防灾明白卡, 汛期值班, 速报): a title, ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 风险等级 | "
        "防控措施`` with the FIRST 风险等级 column (E) HIDDEN — last year's grades, kept out of sight when the points "
        "were re-graded in the shown copy beside it (F); 高/中/低, the two differing on half the rows; 岗位/姓名 "
        "merged per person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["hidden_columns"] = [HIDDEN_COL]
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def wushi_natural_resources_bureau_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("冷璟翥", "局长", "主持全面工作", [
            ("矿山地质环境治理项目资金分配个人说了算", "一级", "项目资金安排经局党组会集体研究，会议纪要存档。"),
            ("插手矿山复绿工程招标，为特定企业打招呼", "一级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("晋珏翃", "副局长", "分管耕地保护、地质灾害防治", [
            ("地质灾害治理项目申报把关不严，虚报治理规模", "一级", "申报项目经专家现场核查，结果公示。"),
            ("耕地占补平衡指标核定向关系企业倾斜", "二级", "指标核定按规程集体审核，台账公开。"),
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
        ("矿产资源股", "股长", "冷瑢岘", "middle", "采矿权延续审查降低条件", "一级", "延续申请对照开发利用方案逐项审查，股室会审。"),
        ("矿产资源股", "股长", "冷瑢岘", "middle", "矿山复绿验收不到现场", "二级", "复绿验收现场核查，拍照和测量数据存档。"),
        ("财务股", "会计", "晋瑄昶", "general", "治理项目资金截留挪用", "一级", "项目资金专账核算，按进度拨付。"),
        ("财务股", "出纳", "冷珂屹", "general", "现金收支不及时入账", "二级", "现金日清月结，每月对账。"),
        ("执法监察股", "股长", "晋璠岳", "middle", "违法用地查处选择性执法", "二级", "案件集体审议，处罚决定公开。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wushi_natural_resources_bureau_two_sheets",
        "http://www.tengzhou.gov.cn/xwzx/jrtz/201404/t20140415_1060998.html",
        "县自然资源局 廉政风险防控一览表 in TWO SHEETS, after the source's 市国土资源 report (地质遗迹保护, 地质环境治理, "
        "矿山复绿, 地质灾害防治项目, 截留挪用项目资金, 不按规定招标): sheet 局领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def wushi_real_estate_registration_posts() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "登记事项审批", "对材料不全的登记申请打招呼放行", "制度机制风险", "高",
         "登记审批实行受理、审核、登簿分离。"),
        ("登记科", "受理员", "general", "窗口受理", "与中介串通，插队办理、不按号受理", "外部环境风险", "高",
         "窗口叫号全程留痕，政务大厅视频监控。"),
        ("登记科", "审核员", "general", "权属审核", "权属审查不严，造成登记错误", "岗位职责风险", "中",
         "审核意见逐项填写，疑难件集体会审。"),
        ("权籍调查科", "调查员", "general", "权籍调查", "界址调查数据弄虚作假", "业务流程风险", "中",
         "界址点四邻指界签字，成果抽检。"),
        ("信息档案科", "档案管理员", "general", "登记资料查询", "违规向他人提供登记信息", "思想道德风险", "低",
         "查询凭有效证件登记，查询记录留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "wushi_real_estate_registration_posts", "https://www.renrendoc.com/paper/507836385.html",
        "县不动产登记中心 岗位廉政风险点排查表 对岗不对人, after the source's study of 不动产登记机关 and its 责任体系 "
        "(登记审查, 登记错误, 权籍, 信息查询): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wushi_state_forest_farm_cards() -> dict:
    unit = f"{PLACE}国有林场"
    t = _Truth(unit)
    cards = [
        ("场长", "冷琰峥", "场长", "主持林场全面工作", "leader", [
            ("森林抚育补助申报面积虚报", "★★★", "抚育面积实地核验，申报表册场务会审定。"),
            ("林木采伐指标安排向关系户倾斜", "★★★", "采伐指标集体研究并公示。"),
            ("接受木材经营户宴请和礼品", "★", "节前廉洁提醒，严守中央八项规定精神。"),
        ]),
        ("副场长", "晋瑗峋", "副场长", "分管营造林、护林防火", "leader", [
            ("造林苗木验收把关不严", "★★", "苗木验收三人以上，质检合格后入库。"),
            ("护林员考核补助不按考核结果兑现", "★★", "考核结果公示后通过一卡通兑现。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "wushi_state_forest_farm_cards",
        "https://www.cqfj.gov.cn/bm_168/lyj/zwgk_61867/zfxxgkml/hmhn/btyj/202311/t20231127_12615690.html",
        "县国有林场 领导干部廉政风险防控卡, one sheet a leader, after the source's 县林业局 notice on 退耕还林 生态林抚育补助 "
        "(申报表册, 一卡通, 兑现): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wushi_forestry_station_group_rows() -> dict:
    unit = f"{PLACE}林业工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "晋瑧岱", "leader", [
                ("林木采伐许可审核中说情放行", "一级风险", "采伐许可申请集体审核，结果公示。"),
                ("无证采伐案件查处降格处理", "一级风险", "案件移送和处罚决定集体研究。"),
            ]),
        ]),
        ("二、资源管理组", "资源管理组", [
            ("技术员", "冷玠崧", "general", [
                ("伐区设计蓄积量虚增", "二级风险", "伐区设计成果抽查复核。"),
                ("木材加工厂检查走过场", "二级风险", "检查两人以上同行，台账核对存档。"),
            ]),
        ]),
        ("三、林政执法组", "林政执法组", [
            ("执法员", "晋瑀嵘", "general", [
                ("接受木材经营者好处，放任违法收购", "二级风险", "签订廉洁执法承诺书，执法全程记录。"),
                ("涉案木材处置不规范", "三级风险", "涉案木材登记造册，公开处置。"),
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
        "wushi_forestry_station_group_rows", "https://nanbutc.cn/article-322-1.html",
        "县林业工作站 廉政风险防控责任清单 under GROUP ROWS, after the source's 县自然资源和规划局 case (凭证采伐, 无证采伐, "
        "木材加工厂, 执法监察, 林木鉴定): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、站领导``, ``二、资源管理组``, ``三、林政执法组`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def wushi_geo_monitoring_selfchecks() -> dict:
    unit = f"{PLACE}地质环境监测站"
    t = _Truth(unit)
    people = [
        ("冷瑜岷", "站领导", "站长", "leader", [
            ("监测设备采购指定供应商", "Ⅰ级", "设备采购三家比价，验收后入库。", "已落实"),
            ("专业监测费用报销审核不严", "Ⅱ级", "费用报销凭监测记录，两级审核。", "未发现问题"),
        ]),
        ("晋瑭峤", "监测股", "监测员", "general", [
            ("隐患点监测数据补记、编造", "Ⅰ级", "监测数据实时上传，站里每周抽查。", "已落实"),
            ("巡查发现异常不及时报告", "Ⅱ级", "异常情况当日报告，记录存档。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wushi_geo_monitoring_selfchecks", "https://www.renrendoc.com/paper/507668000.html",
        "县地质环境监测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 地质灾害隐患点 "
        "常态化监测及预警制度 (专业监测, 简易监测, 巡查, 记录, 报告): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def wushi_land_reserve_center_list() -> dict:
    unit = f"{PLACE}土地储备中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "冷璘峦", "leader", "土地收储计划安排受人情干扰", "制度机制", "高风险",
         "收储计划报县政府审定，集体研究。"),
        ("中心领导", "主任", "冷璘峦", "leader", "征购价款拨付不按协议进度", "岗位职责", "中风险",
         "价款拨付凭协议和验收单，财务复核。"),
        ("收储科", "科员", "晋琮岚", "general", "地上附着物清点虚增数量", "业务流程", "高风险",
         "清点两人以上，权利人签字确认。"),
        ("收储科", "科员", "晋琮岚", "general", "泄露收储地块信息", "思想道德", "低风险",
         "收储信息按程序公开，签订保密承诺。"),
        ("土地整治科", "科长", "冷瑾峪", "middle", "土地综合整治项目验收面积不实", "外部环境", "中风险",
         "验收实地测量，乡镇和村代表签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "wushi_land_reserve_center_list", "https://yn.zizhicanmou.com/ynchzz-13772.html",
        "县土地储备中心 岗位廉政风险防控一览表, after the source's 县国土资源局 year report (乡镇国土站所, 耕地红线, 土地综合"
        "整治项目 验收, 土地储备任务, 征购价款 发放): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def wushi_survey_team_register() -> dict:
    unit = f"{PLACE}测绘队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "晋璩岢", "leader", [
            ("确权测绘项目分包不经集体研究", "制度机制", "一级", "分包事项队务会研究，合同存档。"),
            ("测绘成果质量检查放松", "岗位职责", "二级", "成果两级检查，检查记录签字。"),
        ]),
        ("外业股", "测量员", "冷瑆岩", "general", [
            ("权属界线测量受请托改动", "外部环境", "一级", "界址四邻指界，测量原始数据存档。"),
        ]),
        ("内业股", "制图员", "晋瑒峄", "general", [
            ("宗地面积计算数据篡改", "业务流程", "二级", "面积计算双人复核，软件日志留存。"),
            ("违规向他人提供测绘成果", "思想道德", "三级", "成果提供登记审批，签订保密承诺。"),
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
        "wushi_survey_team_register", "https://fx361.cc/page/2017/0426/1636599.shtml",
        "县测绘队 廉政风险点排查登记表, after the source's paper on 农村土地确权测绘 质量保障 (权属界线, 外业调查, 内业, "
        "质量检查): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wushi_yakeruike_land_office_hidden_level_column(),
    wushi_natural_resources_bureau_two_sheets(),
    wushi_real_estate_registration_posts(),
    wushi_state_forest_farm_cards(),
    wushi_forestry_station_group_rows(),
    wushi_geo_monitoring_selfchecks(),
    wushi_land_reserve_center_list(),
    wushi_survey_team_register(),
]

RESAVED: tuple[str, ...] = ()


def _hide_columns(path: Path, sheet_index: int, columns: list[int]) -> None:
    """Set ``hidden="1"`` on the given (0-based) columns of one sheet, as Excel stores 隐藏列."""
    name = f"xl/worksheets/sheet{sheet_index + 1}.xml"
    with zipfile.ZipFile(path) as z:
        parts = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == name:
                xml = data.decode("utf-8")
                for c in columns:
                    tag = f'<col min="{c + 1}" max="{c + 1}" '
                    assert tag in xml, (path, c)
                    xml = xml.replace(tag, tag + 'hidden="1" ')
                data = xml.encode("utf-8")
            z.writestr(info, data)


def _write(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``, then the layout's hidden columns hidden."""
    out = write_xlsx(layout, path)
    for i, sheet in enumerate(layout["sheets"]):
        if sheet.get("hidden_columns"):
            _hide_columns(Path(out), i, sheet["hidden_columns"])
    return out


def hidden_columns(path: Path, sheet: str) -> set[int]:
    """The 0-based columns hidden on a sheet of a built file (read from its XML)."""
    import openpyxl

    ws = openpyxl.load_workbook(path)[sheet]
    from openpyxl.utils import column_index_from_string

    return {column_index_from_string(k) - 1 for k, d in ws.column_dimensions.items() if d.hidden}


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (hidden columns set)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=_write
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch894-inbox"))

"""The nine-hundred-and-fifty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's farming and
herding bodies, 聂荣县 (那曲市, 西藏自治区) — its 农业农村局, 畜牧兽医站, 草原站, 动物卫生监督所, 农机站,
农牧综合服务中心 and two 乡镇农牧综合服务中心 (色庆乡, 白雄乡) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 畜牧兽医站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 草原站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 动物卫生监督所's 清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 农机站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 农牧综合服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 色庆乡农牧综合服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``nierong_baixiong_centre_village_holders``: the 白雄乡农牧综合服务中心's 岗位廉政风险防控一览表, an
  ordinary list (``序号 | 部门 | 岗位 | 责任人（包村） | 廉政风险点 | 风险等级 | 防控措施``, 部门 merged,
  岗位 and 责任人 merged per post) whose HOLDER CELL names each holder WITH THE VILLAGES HE IS
  ASSIGNED TO (包村) in brackets after his name, several holders of one post in one cell joined
  by ``、`` and their villages joined by ``、`` inside the brackets too:
  ``钱珝（包巴麦村、江雄村）、夏玹（包洛嘎村、嘎确村）``; the leader's cell ``夏旸翀（包点：达嘎村）``. The
  README's 读得懂的表 knows several holders in one cell, a scope written BEFORE each name with a
  separate scope column saying which row is whose (``东片：某某⏎西片：某某``, HOLDERS_BY_SCOPE_TAG),
  ``负责片区`` columns that are no 科室, and bracketed remarks after a name (``（兼）``, ``（已调离）``,
  借调); it does not describe a 包村 list in brackets after each holder, with the same ``、`` inside
  the brackets as between the holders, and no row saying which village a point is of: every
  holder of the post holds every point of the post, the villages are nobody.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 新华社 report on 西藏's 草原生态保护
奖励补助 — 禁牧补助, 草畜平衡奖励, 牧草良种补贴, 生产资料补贴; a note on 特聘动物防疫专员 in 乡镇; a
paper on the 草奖 policy's effect on 西藏 农牧民 income — 纯牧区, 草畜平衡; the 农业农村部 notice on
动物检疫出证 — 检疫专用章, 动物检疫合格证明; a 农机监理 page — 驾驶人 复训, 证件查验, 场地考试; a
paper on 肉牛牦牛 产业 — 散户放牧, 联户放牧, 合作社; a book chapter on 草场保护 — 草原承包, 禁牧,
围栏, 鼠虫害防治; a 镇's 春季动物防疫 — 村级监测员, 防控专班, 逐村逐户) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 钱 and 夏 with rare given names); every unit is a body of
聂荣县.

Run ``python tests/published/score.py --set batch954`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder is the name before each bracket; the bracketed ``包…村、…村`` (or
  ``包点：…村``) is his assignment and names nobody; a post with two or three holders gives each a
  form with every point of the post (no row names a village); 部门 ``中心领导`` is the 科室 of the
  中心's 主任, ``畜牧兽医组``, ``草原生态组`` are 科室;
- ``局领导`` is no 科室 (sheet tab only): the 局's leaders and the cards' leaders have no 科室;
  ``站领导``, ``所领导``, ``中心领导`` written in a 股室/部门 cell or a group row are the 科室 of those
  leaders; a 局's or 站's 股, a 中心's 室/部/组 are 科室; a group row ``二、检疫股`` gives ``检疫股``;
- every 站, 所 and 中心 and the 局 are units of their own: 局长, 副局长, 站长, 副站长, 所长, 主任 are
  leaders; 股长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 畜牧兽医站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b954_"
PLACE = "聂荣县"
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

# (部门, 岗位, holder cell, [(holder, tier)], [(廉政风险点, 风险等级, 防控措施)])
VILLAGES = [
    ("中心领导", "主任", "夏旸翀（包点：达嘎村）", [("夏旸翀", "leader")], [
        ("强制免疫、草原补奖等项目资金分配不经集体研究", "一级", "资金分配经中心班子会集体研究，结果在乡政务公开栏公示。"),
        ("默许工作人员在补贴核查中优亲厚友", "二级", "核查名单由乡纪委抽查，群众举报件件核实。"),
    ]),
    ("畜牧兽医组", "动物防疫员", "钱珝（包巴麦村、江雄村）、夏玹（包洛嘎村、嘎确村）",
     [("钱珝", "general"), ("夏玹", "general")], [
        ("逐村逐户免疫时虚报免疫数量、多领疫苗", "一级", "免疫档案逐户登记，疫苗领用与空瓶回收对账。"),
        ("牲畜耳标佩戴、防疫证明收取费用", "二级", "免疫和耳标免费，收费标准上墙公示。"),
    ]),
    ("草原生态组", "草原管护监督员", "钱瓅（包查曲村、索布村、下嘎村）", [("钱瓅", "general")], [
        ("禁牧、草畜平衡核查面积和牲畜数量不实", "一级", "核查结果由村委会和牧户代表签字，乡里抽查复核。"),
        ("草原管护员考勤和补助发放弄虚作假", "二级", "管护员巡查定位打卡，补助按考核结果发放。"),
        ("接受牧户宴请，对超载放牧不制止", "三级", "签订廉洁承诺书，超载情况按月上报。"),
    ]),
]  # fmt: skip


def nierong_baixiong_centre_village_holders() -> dict:
    unit = f"{PLACE}白雄乡农牧综合服务中心"
    sh = _Sheet("一览表", [6, 12, 14, 30, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "部门", "岗位", "责任人（包村）", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, cell, holders, points in VILLAGES:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, cell, point, lv, measures)
            for who, tier in holders:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：责任人后括号内为其包村（包点）范围。", 7)
    sh.add("制表：综合办", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "nierong_baixiong_centre_village_holders", "http://tianmen.cjyun.org/p/41923.html",
        "(harder) 乡农牧综合服务中心 岗位廉政风险防控一览表, after the source's 镇 春季动物防疫 (村级监测员, 防控专班, 逐村逐户 "
        "免疫): a title, 序号/部门 merged/岗位/``责任人（包村）``/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, 岗位 and 责任人 "
        "merged per post; each HOLDER CELL names the holders WITH THEIR 包村 VILLAGES in brackets, holders and villages "
        "alike joined by ``、`` (``钱珝（包巴麦村、江雄村）、夏玹（包洛嘎村、嘎确村）``); no row names a village; a ``注：`` "
        "line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def nierong_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("钱翙岚", "局长", "主持全面工作", [
            ("草原生态保护奖励补助资金安排个人说了算", "一级", "补奖资金分配方案经局党组会集体研究，报县政府审定。"),
            ("插手农牧业项目招标，为亲友承揽工程", "一级", "领导干部插手工程项目登记报告，项目招标全程进平台。"),
        ]),
        ("夏篁", "副局长", "分管畜牧、草原", [
            ("禁牧补助、草畜平衡奖励面积审核把关不严", "一级", "补奖面积以草原承包确权数据为准，逐乡复核。"),
            ("牧草良种补贴种子采购指定供应商", "二级", "良种采购公开招标，到货抽检。"),
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
        ("计划财务股", "股长", "钱韫峤", "middle", "惠农补贴资金拨付不按公示名册", "一级", "补贴资金通过一卡通直接发放到户，财务股复核。"),
        ("计划财务股", "股长", "钱韫峤", "middle", "项目资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
        ("计划财务股", "会计", "夏珣", "general", "生产资料补贴发放台账与名册不符", "二级", "台账与乡镇名册逐户核对，每季度对账。"),
        ("农牧业发展股", "股长", "钱霂", "middle", "农牧业项目验收走过场", "一级", "项目验收邀请乡镇和牧户代表参加，现场核查。"),
        ("农牧业发展股", "股长", "钱霂", "middle", "项目申报材料把关不严，帮助虚报", "三级", "申报材料公示，接受群众监督。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "nierong_agri_bureau_two_sheets", "http://m.nakedoat.com/xinwen/2014-04/28/content_2667871.htm",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 西藏 草原生态保护奖励补助 (禁牧补助, "
        "草畜平衡奖励, 牧草良种补贴, 生产资料补贴): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def nierong_husbandry_station_posts() -> dict:
    unit = f"{PLACE}畜牧兽医站"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "特聘动物防疫专员选聘", "特聘防疫专员选聘优亲厚友、不按条件", "制度机制风险", "高",
         "选聘条件和结果公示，经站务会集体研究。"),
        ("防疫股", "防疫员", "general", "强制免疫疫苗发放", "疫苗分发不按存栏数，虚报损耗", "业务流程风险", "高",
         "疫苗出入库登记，按乡镇存栏数核定。"),
        ("防疫股", "防疫员", "general", "疫病监测采样", "监测样品以少报多，检测结果造假", "岗位职责风险", "中",
         "采样记录双人签字，县动物疫病预防控制中心复检。"),
        ("技术推广股", "技术员", "general", "牦牛良种推广", "良种牦牛调配向关系户倾斜", "思想道德风险", "中",
         "调配名单经乡村公示。"),
        ("技术推广股", "技术员", "general", "养殖技术培训", "培训人数、天数虚报，套取培训经费", "外部环境风险", "低",
         "培训签到留影，经费按实报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "nierong_husbandry_station_posts", "https://scholarmate.com/S/inbqLg",
        "县畜牧兽医站 岗位廉政风险点排查表 对岗不对人, after the source's note on 乡镇 特聘动物防疫专员 (基层动物防疫力量, "
        "重大动物疫病防控): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def nierong_grassland_station_cards() -> dict:
    unit = f"{PLACE}草原站"
    t = _Truth(unit)
    cards = [
        ("站长", "夏棨", "站长", "主持全面工作，分管草原补奖", "leader", [
            ("草原补奖资金核定面积弄虚作假", "★★★", "补奖面积按承包合同和遥感数据核定，逐户公示。"),
            ("草原围栏建设项目指定施工队", "★★★", "围栏项目公开招标，验收邀请牧户代表。"),
            ("接受牧户和施工方礼品", "★", "节前廉洁提醒，严守中央八项规定精神。"),
        ]),
        ("副站长", "钱旻旸", "副站长", "分管草原监测、鼠虫害防治", "leader", [
            ("鼠虫害防治药物采购数量不实", "★★", "药物入库验收，发放到乡登记。"),
            ("草原监测数据随意更改", "★★", "监测数据双人录入，原始记录存档。"),
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
        "nierong_grassland_station_cards", "http://ar114.com.cn/news/show-82544.html",
        "县草原站 领导干部廉政风险防控卡, one sheet a leader, after the source's report on the 草原生态保护补助奖励 "
        "(草原奖补, 禁牧, 草畜平衡): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def nierong_animal_health_group_rows() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "夏濯", "leader", [
                ("动物检疫专用章管理不严，违规出借", "一级风险", "专用章专人专柜保管，用章登记。"),
                ("违法案件查处中说情、降低处罚标准", "一级风险", "重大案件集体审议，处罚结果公开。"),
            ]),
        ]),
        ("二、检疫股", "检疫股", [
            ("股长", "钱莒", "middle", [
                ("产地检疫不到现场，隔山开证", "一级风险", "检疫申报点公示，检疫现场拍照上传。"),
            ]),
            ("官方兽医", "夏萩", "general", [
                ("动物检疫合格证明“一证多车”、空白出证", "二级风险", "电子出证，一车一证，每月核查。"),
                ("收取检疫费用或接受货主宴请", "三级风险", "检疫不收费，签订廉洁承诺书。"),
            ]),
        ]),
        ("三、执法股", "执法股", [
            ("执法员", "钱昶翎", "general", [
                ("对无证运输牲畜选择性执法", "二级风险", "执法全程记录，案件卷宗法制审核。"),
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
        "nierong_animal_health_group_rows", "https://m.nongjx.com/news/detail/73121.html",
        "县动物卫生监督所 廉政风险防控责任清单 under GROUP ROWS, after the source's 农业农村部 notice on 动物检疫出证 (动物检疫专用章, "
        "动物检疫合格证明): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、所领导``, ``二、检疫股``, ``三、执法股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def nierong_farm_machinery_selfchecks() -> dict:
    unit = f"{PLACE}农机站"
    t = _Truth(unit)
    people = [
        ("钱彧", "站领导", "站长", "leader", [
            ("农机购置补贴机具核验把关不严", "Ⅰ级", "补贴机具逐台核验，人机合影存档。", "已落实"),
            ("与农机经销商私下往来", "Ⅱ级", "不与经销商私下接触，不推荐产品。", "未发现问题"),
        ]),
        ("夏絜", "监理股", "监理员", "general", [
            ("拖拉机年检不上线检验即发合格标志", "Ⅰ级", "年检全程录像，检验记录双人签字。", "已落实"),
            ("驾驶人考试降低标准、代考", "Ⅱ级", "场地考试人脸核验，考试录像存档。", "已落实"),
        ]),
        ("钱暻", "推广股", "技术员", "general", [
            ("农机作业补助面积虚报", "Ⅱ级", "作业面积村委会确认，站里抽查。", "未发现问题"),
            ("农机手培训签到代签", "Ⅲ级", "培训签到核对身份证。", "已落实"),
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
        "nierong_farm_machinery_selfchecks", "http://jhd68.com/831/832/834/2012-04-26/23430.html",
        "县农机站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 农机监理 page (驾驶操作人员 "
        "复训, 查验证件, 拖拉机手 场地考试): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def nierong_service_centre_list() -> dict:
    unit = f"{PLACE}农牧综合服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "夏瑀", "leader", "牦牛养殖合作社扶持资金分配不公", "制度机制", "高风险",
         "扶持资金按合作社考核结果分配，结果公示。"),
        ("中心领导", "主任", "夏瑀", "leader", "联户放牧示范项目验收不严", "岗位职责", "中风险",
         "项目验收由中心班子和牧户代表共同参加。"),
        ("财务室", "会计", "钱燊", "general", "项目资金报账票据不实", "业务流程", "高风险",
         "报账附验收单和发放名册，中心主任审签。"),
        ("财务室", "会计", "钱燊", "general", "现金收支不入账", "思想道德", "低风险", "现金日清月结，每月对账。"),
        ("技术服务部", "技术员", "夏篪", "general", "饲草料发放向关系户倾斜", "外部环境", "中风险",
         "发放名单经村委会公示，领取签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "nierong_service_centre_list", "https://p2.ttnews.xyz/a/5e4fc5bedc9b5e6b9e772804",
        "县农牧综合服务中心 岗位廉政风险防控一览表, after the source's paper on 肉牛牦牛 产业 (散户放牧, 联户放牧, 专业合作社): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def nierong_seqing_centre_register() -> dict:
    unit = f"{PLACE}色庆乡农牧综合服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "钱骞翊", "leader", [
            ("草原承包经营权调整中优亲厚友", "制度机制", "一级", "承包调整方案经村民大会讨论，结果公示。"),
            ("禁牧区围栏维修经费使用不公开", "岗位职责", "二级", "维修经费专账核算，年底公布。"),
        ]),
        ("农经组", "会计", "夏翚", "general", [
            ("草原补奖资金发放名册与一卡通不符", "业务流程", "一级", "名册与银行发放清单逐户核对。"),
        ]),
        ("草原管护组", "管护员", "钱淏", "general", [
            ("鼠虫害防治面积虚报", "业务流程", "二级", "防治前后拍照定位，中心抽查。"),
            ("对偷牧、超载不制止、不报告", "思想道德", "三级", "巡查日志每周上报，中心核查。"),
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
        "nierong_seqing_centre_register", "https://m.shuoxu.com/book/chapter/175499/30.html",
        "乡农牧综合服务中心 廉政风险点排查登记表, after the source's chapter on 草场保护和建设 (草原承包经营责任制, 禁牧, 围栏, "
        "鼠虫害防治): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    nierong_baixiong_centre_village_holders(),
    nierong_agri_bureau_two_sheets(),
    nierong_husbandry_station_posts(),
    nierong_grassland_station_cards(),
    nierong_animal_health_group_rows(),
    nierong_farm_machinery_selfchecks(),
    nierong_service_centre_list(),
    nierong_seqing_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch954-inbox"))

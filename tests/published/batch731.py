"""The seven-hundred-and-thirty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's education
bodies, 孙吴县 (of 黑河市, 黑龙江省) — its 教育局, 第一中学, 实验小学, 教师进修学校, 职业技术教育中心,
幼儿园 and two 乡/镇中心学校 (沿江满族达斡尔族乡, 辰清镇) — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed:

- the 教育局's 一览表 in TWO SHEETS ``局领导`` / ``股室``, ``一级/二级/三级``, no type column;
- the 实验小学's 一览表, 处室/岗位/姓名 merged, 高/中/低, a 风险类型 column;
- the 教师进修学校's 自查表 one sheet a person (label row over values), ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 职业技术教育中心's 排查表 对岗不对人 (no names), ``…风险`` types, ``高风险/中风险/低风险``;
- the 沿江满族达斡尔族乡中心学校's 清单 under group rows ``一、学校领导`` …, ``一级风险/二级风险/三级风险``;
- the 辰清镇中心学校's 防控卡 one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 幼儿园's 一览表 under ``附件3`` and a 填报单位 line, 部门/岗位/责任人 on every row, 高/中/低.

One is harder:

- ``sunwu_first_middle_school_calendar_grid``: the 第一中学's 岗位廉政风险 学期工作日历, ONE ROW A
  HOLDER (``处室 | 岗位 | 姓名``) and the columns the stages of the school year (``开学初（2—3月） |
  学期中（4—5月） | 期末（6—7月） | 暑期（7—8月）``); each cell is the holder's point in that stage, ending
  in its level in brackets (``…（一级）``), ``/`` where the holder has none in that stage. The README's
  读得懂的表 knows holders down × RISK TYPES across (the column headings are types) and level columns
  whose cells hold points; it does not describe columns that are TIMES of the year (neither type
  nor level), each cell a point with its own level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 侴 and 麴 with
rare given names); every unit is a body of 孙吴县.

Run ``python tests/published/score.py --set batch731`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: in the harder file each non-``/`` stage cell is one point of the row's holder,
its level the bracket, the stage no part of the point; ``校领导``, ``学校领导`` are the 科室 of those
leaders, the 教育局's and the cards' leaders have no 科室; 局长, 校长, 副校长, 园长 are leaders, 股长
and a 处's 主任 middle, the rest general; every level word here is 1/2/3 highest first.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b731_"
PLACE = "孙吴县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

STAGES = ["开学初（2—3月）", "学期中（4—5月）", "期末（6—7月）", "暑期（7—8月）"]

# (处室, 岗位, 姓名, tier, [cell per stage: (point, level word) or None])
CALENDAR = [
    ("校领导", "校长", "侴黉翚", "leader", [
        ("春季教辅资料、校服征订指定供应商", "一级"), None,
        ("毕业年级评优评先名额分配暗箱操作", "二级"), ("暑期校舍维修工程化整为零、直接发包", "一级")]),
    ("校领导", "副校长", "麴蘅沚", "leader", [
        ("插班生、转学生接收不按招生计划", "一级"), ("教师职称推荐赋分打招呼、改分数", "二级"),
        None, ("高一新生分班中点班、点老师收受好处", "二级")]),
    ("总务处", "主任", "侴邃沅", "middle", [
        ("学期初办公用品、教学耗材采购不比价", "二级"), ("食堂大宗食材验收数量把关不严", "二级"),
        ("期末固定资产盘点走过场", "三级"), None]),
    ("教务处", "主任", "麴荇泠", "middle", [
        None, ("期中考试试卷保管不严、泄露试题", "二级"), ("期末教师绩效考核量化打分不公", "二级"), None]),
    ("政教处", "会计", "侴蓼汀", "general", [
        ("代收学生保险费、住宿费不开票据", "二级"), None, None, ("暑期补助资金发放虚报冒领", "一级")]),
]  # fmt: skip


def sunwu_first_middle_school_calendar_grid() -> dict:
    unit = f"{PLACE}第一中学"
    ncols = 4 + len(STAGES)
    sh = _Sheet("学期工作日历", [6, 10, 10, 10] + [30] * len(STAGES))
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险学期工作日历（2025年春季学期）", ncols)
    top = sh.add(
        "序号",
        "处室",
        "岗位",
        "姓名",
        "风险时段及风险点（括号内为风险等级）",
        *([None] * (len(STAGES) - 1)),
    )
    sh.merge(top, 4, top, ncols - 1)
    sh.add(None, None, None, None, *STAGES)
    for c in range(4):
        sh.merge(top, c, top + 1, c)
    for i, (dept, post, who, tier, cells) in enumerate(CALENDAR, 1):
        shown = [f"{p}（{lv}）" if p else NONE for p, lv in (c or (None, None) for c in cells)]
        sh.add(i, dept, post, who, *shown)
        for c in cells:
            if c:
                t.point(sh.name, dept, post, who, tier, c[0], [], GRADES[c[1]])
    _merge_down(sh, top + 2, [(1, lambda row: row[1])])
    _line(sh, "注：各时段写本岗位在该时段的廉政风险点，括号内为风险等级，“/”为该时段无。", ncols)
    sh.add("制表：校长办公室", None, None, None, "审核：", None, "2025年2月", None)
    return _layout(
        "sunwu_first_middle_school_calendar_grid", "https://abg.baidu.com/tags/27xnbqrsgayttvwq2cq5dj6ru7ikhrvyzdhnnrwkwxfktn55wc4mji5q4u16",
        "(harder) 县第一中学 岗位廉政风险学期工作日历, after the source's 中小学学校聘任制实施方案 (岗位设置, 聘任, 考核): a "
        "two-row heading, 序号/处室/岗位/姓名 merged down, ``风险时段及风险点（括号内为风险等级）`` merged over four "
        "STAGE columns of the school year; ONE ROW A HOLDER, each stage cell one point ending in ``（一级）``, ``/`` "
        "for none; a ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def sunwu_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("侴隽澧", "局长", "主持全面工作", [
            ("学校绩效工资分配方案审定不经党组集体研究", "一级", "分配方案党组会研究，报县人社、财政部门备案。"),
            ("校长选拔任用中搞个人说了算", "一级", "干部选任严格履行民主推荐、考察、公示程序。"),
        ]),
        ("麴澹岚", "副局长", "分管计财、基建", [
            ("教育项目资金分配向关系学校倾斜", "一级", "资金按因素法分配，结果在系统内公开。"),
            ("农村学校校舍改造工程验收把关不严", "二级", "验收邀请审计、住建部门共同参加。"),
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
        ("人事股", "股长", "侴璘汀", "middle", "教师绩效考核结果审核不严、优亲厚友", "一级", "考核结果校内公示，局人事股抽查复核。"),
        ("人事股", "股长", "侴璘汀", "middle", "教师交流轮岗名单临时调换", "二级", "交流名单局党组会研究后公布。"),
        ("人事股", "股员", "麴筠洄", "general", "教师工资晋级材料审核走过场", "三级", "晋级材料初审、复审两级把关。"),
        ("计划财务股", "股长", "侴邈澂", "middle", "学生资助资金审核拨付不及时、不足额", "一级", "资助资金专账管理，名单逐级公示。"),
        ("计划财务股", "会计", "麴芷汀", "general", "学校报账票据审核不严", "二级", "报账实行会计审核、股长复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "sunwu_education_bureau_two_sheets", "http://35331.cn/lhs_i6ni1yk0pikop2hk08ijprwkpabkl4g7asp9k3dklk_1.html",
        "县教育局 廉政风险防控一览表 in TWO SHEETS, after the source's 小学教师绩效工资考核分配方案 (绩效工资, 考核, 分配): "
        "sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per "
        "person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def sunwu_experimental_primary_list() -> dict:
    unit = f"{PLACE}实验小学"
    sh = _Sheet("一览表", [6, 10, 10, 10, 38, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "麴翯澄", "leader", "班主任津贴考核分配不经教代会", "制度机制", "高", "考核方案经教代会通过，结果公示。"),
        ("校领导", "校长", "麴翯澄", "leader", "课后服务收费标准擅自提高", "岗位职责", "高", "收费按县物价部门批复执行。"),
        ("教导处", "主任", "侴琮湉", "middle", "班主任工作考评打分不公", "岗位职责", "中", "考评细则量化，打分小组集体评议。"),
        ("教导处", "主任", "侴琮湉", "middle", "学生评优名额向个别班级倾斜", "思想道德", "中", "名额按班级人数分配并公示。"),
        ("总务处", "保管员", "麴泠岈", "general", "教学仪器出入库登记不实", "业务流程", "低", "出入库双人签字，每学期盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "sunwu_experimental_primary_list", "https://abg.baidu.com/tags/zk25biji2gt5bizjwdqnn56iz242jv7xx66mnqfq5s32q13",
        "县实验小学 岗位廉政风险点一览表, after the source's 实小 班主任工作考评办法 (考评, 津贴, 评优): 序号/处室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a sign-off line",
        [sh], t,
    )  # fmt: skip


def sunwu_teacher_training_selfchecks() -> dict:
    unit = f"{PLACE}教师进修学校"
    t = _Truth(unit)
    people = [
        ("侴霁汧", "培训部", "主任", "middle", [
            ("培训机构选定不经比选", "Ⅰ级", "培训机构按检查评估细则比选并公示。", "已落实"),
            ("培训学时证明虚开", "Ⅱ级", "学时凭签到和考核记录认定。", "未发现问题"),
        ]),
        ("麴岫澴", "教研部", "教研员", "general", [
            ("送课下乡虚报差旅、讲课费", "Ⅱ级", "讲课费按标准发放，差旅凭行程报销。", "已落实"),
            ("向学校推荐指定教辅和培训资料", "Ⅰ级", "严禁推荐教辅，签订廉洁承诺书。", "已落实"),
            ("骨干教师评选评审打招呼", "Ⅲ级", "评委随机抽取，结果公示。", "未发现问题"),
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
        sh.add("本人签名：", None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "sunwu_teacher_training_selfchecks", "https://abg.baidu.com/tags/yxqndnn37k43sibaec6ozmxjy3altqgpxdkpe13",
        "县教师进修学校 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 培训机构 "
        "检查评估细则: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/自查情况; no type column",
        sheets, t,
    )  # fmt: skip


def sunwu_vocational_center_posts() -> dict:
    unit = f"{PLACE}职业技术教育中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "实训设备采购需求设置排他性条件", "制度机制风险", "高风险", "采购需求专家论证，进入公共资源交易平台。"),
        ("招生就业处", "处长", "middle", "招生中向中介支付生源费", "外部环境风险", "高风险", "严禁有偿招生，招生经费专账核算。"),
        ("招生就业处", "处长", "middle", "顶岗实习单位安排收取返利", "岗位职责风险", "中风险", "实习单位集体研究，三方协议签订。"),
        ("实训处", "管理员", "general", "实训耗材领用不登记", "业务流程风险", "低风险", "耗材领用登记，每月盘点。"),
        ("学生处", "资助专干", "general", "国家助学金评审优亲厚友", "思想道德风险", "中风险", "班级评议、学校审核、公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "sunwu_vocational_center_posts", "https://www.doczj.com/doc/ae19020183.html",
        "县职业技术教育中心 岗位廉政风险点排查表 对岗不对人, after the source's article on 职业教育的缺失 and 教育治理 "
        "(资源分配, 职教): 序号/科室 merged/岗位 merged/风险点/风险类型 ``…风险``/``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def sunwu_yanjiang_school_group_rows() -> dict:
    unit = f"{PLACE}沿江满族达斡尔族乡中心学校"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "侴邺澜", "leader", [
                ("午托、寄宿服务收费不经审批", "一级风险", "收费项目报县教育局审批并公示。"),
                ("寄宿生宿舍维修项目直接指定施工队", "一级风险", "维修项目按限额报批、比选。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "麴淼岍", "middle", [
                ("寄宿生伙食费收支不公开", "二级风险", "伙食费单独核算，每月公示。"),
            ]),
            ("保管员", "侴砚溆", "general", [
                ("食材入库验收不称重、不签字", "二级风险", "验收称重，双人签字。"),
                ("库存物资账实不符", "三级风险", "每学期盘点，账实核对。"),
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
        "sunwu_yanjiang_school_group_rows", "https://abg.baidu.com/tags/23inbioru7e7vufdzxrm3ufz3s57vonzedhoptoqec72vmhmwhvnppa11",
        "乡中心学校 廉政风险防控责任清单, after the source's 午托 开办标准 (午托, 寄宿, 收费, 食品): 序号/岗位/姓名/"
        "廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、学校领导``, ``二、总务处``; no type column",
        [sh], t,
    )  # fmt: skip


def sunwu_chenqing_school_cards() -> dict:
    unit = f"{PLACE}辰清镇中心学校"
    t = _Truth(unit)
    cards = [
        ("校长", "麴澍岚", "校长", "主持学校全面工作", "leader", [
            ("班主任津贴考核方案不经教代会", "★★★", "方案经教代会表决通过。"),
            ("校园安保服务外包违规发包", "★★★", "外包按政府采购程序办理。"),
            ("接受家长宴请、礼品", "★", "签订廉洁从教承诺书。"),
        ]),
        ("副校长", "侴沣翊", "副校长", "分管教学、德育", "leader", [
            ("班主任聘任不公开", "★★", "聘任条件和结果公示。"),
            ("学生综合素质评价弄虚作假", "★★", "评价材料班级公示，学校抽查。"),
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
        "sunwu_chenqing_school_cards", "https://abg.baidu.com/tags/2cq5dj5q4dlppsgoxxzmz6n7xs5mxsvvzku3ppnqxa16",
        "镇中心学校 领导干部廉政风险防控卡, one sheet a leader, after the source's 小学班主任津贴考核实施方案: "
        "``姓　名 | … | 职　务 | …``, a merged 分管工作 line, 序号/风险点/风险等级 ``★★★/★★/★``/防控措施, a ``注：`` "
        "line and a 持卡人 line",
        sheets, t,
    )  # fmt: skip


def sunwu_kindergarten_list() -> dict:
    unit = f"{PLACE}幼儿园"
    sh = _Sheet("Sheet1", [6, 10, 10, 10, 38, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, "附件3", 8)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("园领导", "园长", "侴芃湜", "leader", "保教费、伙食费收取超出核定标准", "制度机制", "高", "收费标准公示，接受家长监督。"),
        ("园领导", "园长", "侴芃湜", "leader", "保育员聘用不公开招聘", "岗位职责", "中", "聘用人员公开招聘、公示。"),
        ("保教部", "主任", "麴沄珩", "middle", "教玩具采购指定厂家", "外部环境", "中", "采购比价，验收小组验收。"),
        ("后勤部", "会计", "侴澧芸", "general", "伙食费结余不按规定退还", "业务流程", "高", "伙食费每月公示，学期末结算清退。"),
        ("后勤部", "保健医", "麴岚湲", "general", "晨检、留样记录补记造假", "思想道德", "低", "留样记录园长每周检查。"),
    ]  # fmt: skip
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "sunwu_kindergarten_list", "http://www.thewallstreetmoneymachine.com/industry/202001/829527.html",
        "县幼儿园 岗位廉政风险点一览表 under ``附件3`` and a 填报单位（盖章） line, after the source's article on 教师培训政策 "
        "(国培, 幼儿园 and 特殊教育 teachers): 部门/岗位/责任人 on EVERY row, short types, 高/中/低",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    sunwu_first_middle_school_calendar_grid(),
    sunwu_education_bureau_two_sheets(),
    sunwu_experimental_primary_list(),
    sunwu_teacher_training_selfchecks(),
    sunwu_vocational_center_posts(),
    sunwu_yanjiang_school_group_rows(),
    sunwu_chenqing_school_cards(),
    sunwu_kindergarten_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch731-inbox"))

"""The eight-hundred-and-sixteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's sports
bodies, 安福县 (of 吉安市, 江西省) — its 体育局, 体育中心, 全民健身服务中心, 业余体育学校, 体育彩票管理站,
社会体育指导中心, 体育馆 and 游泳馆 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 体育局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 业余体育学校's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 社会体育指导中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 全民健身服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 体育彩票管理站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 体育馆's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 游泳馆's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``anfu_sports_centre_holder_columns``: the 体育中心's 领导班子和中层干部廉政风险点公示表, laid out as the
  wall board is: ONE COLUMN A HOLDER and NO COLUMN FOR THE POINT. Under a three-row heading — the 科室
  (``中心领导`` merged over two columns, ``场馆运营部`` over two, ``财务室``), under it each holder's post,
  under that his name, ``序号`` merged down the three rows on the left — each holder's points run DOWN
  HIS OWN COLUMN, one point a cell, its level in a closing bracket (``…（一级）``); a holder with fewer
  points has ``/`` in the rest of his column; there is no level row, no type row, no label column, no
  measures; a ``注：`` line says each column is one holder's points and the bracket their level. The
  README's 读得懂的表 (docs/layouts.md) knows holders across with a LEVEL column on the left (grid cells
  numbered, ``GRID_HOLDERS``), a TYPE column on the left (``风险类型`` down, bracketed levels), a 公示牌
  whose LABEL column repeats ``廉政风险点（一） | 风险等级 | 防控措施`` down, a ``高风险 | 中风险 | 低风险``
  band a row, and ``廉政风险点`` merged over post columns with the level and measures of the row; it does
  not describe holder columns whose cells are each a point with nothing to key the rows but a
  running 序号.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省政协委员 on 公益性体育场馆 —
免费时段, 外包经营, 展会和演出; a study of 学校体育场馆 向社会开放 — 第三方参与管理, 风险; a report on
青少年羽毛球锦标赛 外省选手 — 运动员等级证书, 户口迁入; a study of 社会体育指导员 — 资格证书, 政府购买服务;
a study of 全民健身公共服务 — 健身站点监管, 社会体育组织; a 国家体育总局体育彩票管理中心 声明 — 代销证,
仿造彩票, 兑奖; a study of 大型体育场馆服务 制度失效; a report on 市民健身场所 闸机收费 — 合理定价) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 钮 and 龚 with rare given names); every unit is
a body of 安福县.

Run ``python tests/published/score.py --set batch816`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every cell under a holder's column (科室, post, name from the three heading
  rows) that is not ``/`` is one point of that holder, its level the bracket closing it (taken off
  the point); the running 序号 keys no row to anybody; one form a holder; the ``注：`` line and the
  填表/审核 line are no points; no type, no measures;
- ``局领导``, ``中心领导``, ``校领导``, ``站领导``, ``馆领导`` (a 科室 cell, a group row, a 所在科室 cell,
  a heading band) are the 科室 of those leaders; the 体育局's sheet ``局领导`` (no 科室 column) and the
  彩票管理站's cards have no 科室; a 局's 股, a 中心's or 馆's 部 and 室, a 学校's 科 are 科室;
- 局长, 副局长, 主任 and 副主任 of a 中心, 校长, 副校长, 站长, 副站长, 馆长 and 副馆长 are leaders; 股长,
  部长, 科长 middle; the rest (股员, 会计, 出纳, 教练员, 票务员, 救生员, 专管员, 指导员…) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 业余体育学校's list names no person: its forms are posts;
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

PREFIX = "b816_"
PLACE = "安福县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# one column a holder: (科室, post, name, tier, [(point, level)])
COLUMNS = [
    ("中心领导", "主任", "钮翯霈", "leader", [
        ("体育场整体外包经营不经中心班子集体研究", "一级"),
        ("场馆冠名权、广告经营权出让暗箱操作", "一级"),
        ("承办赛事的赞助费收支不公开", "二级"),
    ]),
    ("中心领导", "副主任", "龚沄翊", "leader", [
        ("场馆维修改造工程化整为零规避招标", "一级"),
        ("健身器材采购验收把关不严", "二级"),
        ("接受承租商户宴请和礼品", "三级"),
    ]),
    ("场馆运营部", "部长", "钮岍澔", "middle", [
        ("免费开放时段被挪作商业演出、展会", "二级"),
        ("场地预约优先安排关系户", "二级"),
    ]),
    ("场馆运营部", "票务员", "龚琤湲", "general", [
        ("门票和场地费现金收取不入账", "一级"),
        ("免费开放时段违规收费", "二级"),
    ]),
    ("财务室", "会计", "钮淏瑷", "general", [
        ("场地租金应收未收，减免不经审批", "一级"),
        ("体彩公益金补助资金挪作他用", "二级"),
    ]),
]  # fmt: skip
HOLDER_NOTE = (
    "注：每列为一名责任人的廉政风险点，括号内为风险等级（一级最高，三级最低）；“/”表示无。"
)


def anfu_sports_centre_holder_columns() -> dict:
    unit = f"{PLACE}体育中心"
    n = len(COLUMNS)
    ncols = 1 + n
    sh = _Sheet("公示表", [6] + [24] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子和中层干部廉政风险点公示表", ncols)
    _line(sh, f"单位：{unit}{GAP * 12}2025年6月", ncols)
    band = [
        dept if j == 0 or COLUMNS[j - 1][0] != dept else None
        for j, (dept, *_) in enumerate(COLUMNS)
    ]
    top = sh.add("序号", *band)
    sh.add(None, *[post for _, post, *_ in COLUMNS])
    sh.add(None, *[who for _, _, who, *_ in COLUMNS])
    sh.merge(top, 0, top + 2, 0)
    j = 0
    while j < n:
        k = j
        while k + 1 < n and COLUMNS[k + 1][0] == COLUMNS[j][0]:
            k += 1
        if k > j:
            sh.merge(top, j + 1, top, k + 1)
        j = k + 1
    depth = max(len(points) for *_, points in COLUMNS)
    for i in range(depth):
        cells = []
        for *_, points in COLUMNS:
            cells.append(f"{points[i][0]}（{points[i][1]}）" if i < len(points) else NONE)
        sh.add(i + 1, *cells)
    for dept, post, who, tier, points in COLUMNS:
        for point, lv in points:
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, HOLDER_NOTE, ncols)
    sh.add("填表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "anfu_sports_centre_holder_columns", "http://www.changguan.cn/news_view_16373.html",
        "(harder) 县体育中心 领导班子和中层干部廉政风险点公示表, after the source's 省政协委员 on 公益性体育场馆 (免费时段, 外包经营, "
        "展会和演出 淡化体育功能): a title, a merged ``单位：…　2025年6月`` line, then a THREE-ROW heading — 科室 (``中心领导`` and "
        "``场馆运营部`` merged over two columns each, ``财务室``), posts, names — with ``序号`` merged down on the left; ONE "
        "COLUMN A HOLDER, each cell under him one point with its level in a closing bracket ``（一级）``, ``/`` where he has "
        "no more; no point column, no level column or row, no type, no measures; a ``注：`` line and a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def anfu_sports_bureau_two_sheets() -> dict:
    unit = f"{PLACE}体育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("钮昶樾", "局长", "主持全面工作", [
            ("学校体育场馆向社会开放的第三方管理单位选定个人说了算", "一级",
             "第三方管理单位通过公开比选确定，结果经局党组会研究。"),
            ("县级体育赛事承办单位确定不公开", "二级", "赛事承办单位公开征集，评审结果公示。"),
        ]),
        ("龚澈昀", "副局长", "分管群众体育、体育产业", [
            ("体育产业扶持资金分配向关系企业倾斜", "一级", "扶持资金按因素法分配，名单公示。"),
            ("开放场馆补助资金审核不严", "二级", "补助资金按开放时段和人次核定，第三方核查。"),
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
        ("群众体育股", "股长", "钮瑀澂", "middle", "全民健身活动经费虚列开支", "一级",
         "活动经费按预算执行，凭签到表和照片报账。"),
        ("群众体育股", "股长", "钮瑀澂", "middle", "学校场馆开放安全责任险采购指定保险公司", "二级",
         "保险采购三家比选，结果局务会审定。"),
        ("群众体育股", "股员", "龚翾澜", "general", "场馆开放人次统计弄虚作假", "三级", "人次以门禁系统数据为准，每月核对。"),
        ("竞技体育股", "股长", "钮泓旻", "middle", "运动员注册和代表资格审核把关不严", "一级",
         "注册材料双人审核，代表资格名单公示。"),
        ("竞技体育股", "股员", "龚霂岑", "general", "比赛裁判员选派不回避", "二级", "裁判员随机抽取，执行回避制度。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "anfu_sports_bureau_two_sheets", "https://lw33.cn/article/8087453e10618f61475a763b.html",
        "县体育局 廉政风险防控一览表 in TWO SHEETS, after the source's study of 学校体育场馆 向社会开放 (第三方参与管理, 开放困境, "
        "安全风险): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def anfu_sports_school_posts() -> dict:
    unit = f"{PLACE}业余体育学校"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "leader", "运动员选材招生", "招收外地选手迁入户口代表本县参赛", "制度机制风险", "高",
         "招生名单和户籍信息经招生小组审核并公示。"),
        ("训练科", "科长", "middle", "参赛报名", "为不符合条件的运动员报名参赛，骗取等级证书", "岗位职责风险", "高",
         "参赛名单与注册信息逐一核对，科长、校长双签。"),
        ("训练科", "教练员", "general", "运动员等级申报", "等级证书申报材料弄虚作假", "业务流程风险", "中",
         "成绩证明材料复核存档，申报名单公示。"),
        ("训练科", "教练员", "general", "集训安排", "向学生家长收受礼金或有偿加训", "思想道德风险", "中",
         "签订廉洁执教承诺书，公开举报电话。"),
        ("后勤保障科", "保管员", "general", "训练器材管理", "器材出入库不登记，私自外借", "业务流程风险", "低",
         "器材领用登记，每学期盘点。"),
        ("后勤保障科", "保管员", "general", "运动员伙食", "伙食补助虚报人数", "外部环境风险", "中",
         "伙食补助按考勤发放，每月公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "anfu_sports_school_posts", "https://topfreebook.com/post/24225.html",
        "县业余体育学校 岗位廉政风险点排查表 对岗不对人, after the source's report on 青少年羽毛球锦标赛 外省选手 (户口迁入, "
        "代表地州市参赛, 运动员等级证书, 教练): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def anfu_guidance_centre_selfchecks() -> dict:
    unit = f"{PLACE}社会体育指导中心"
    t = _Truth(unit)
    people = [
        ("钮澍岚", "中心领导", "主任", "leader", [
            ("政府购买社会体育指导服务的承接组织选定不公开", "Ⅰ级", "承接组织公开征集，评审结果公示。", "已落实"),
            ("社会体育指导员评优推荐优亲厚友", "Ⅱ级", "推荐条件量化打分，结果公示。", "未发现问题"),
        ]),
        ("龚瑢沚", "培训部", "指导员", "general", [
            ("社会体育指导员资格培训考核放水", "Ⅰ级", "考核双人评分，成绩存档备查。", "已落实"),
            ("培训补助按虚报人数申领", "Ⅱ级", "补助凭签到表和培训照片核发。", "已落实"),
        ]),
        ("钮昕翀", "站点管理部", "部长", "middle", [
            ("健身站点考核评星走过场", "Ⅱ级", "站点考核邀请群众代表参加。", "未发现问题"),
            ("站点器材发放不按分配方案", "Ⅲ级", "器材分配方案公示，签收登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "anfu_guidance_centre_selfchecks", "https://www.baywatch.cn/jianshenkangfupeixun/",
        "县社会体育指导中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "社会体育指导员 (资格证书, 市场准入, 政府购买专业化服务, 培训专项基金): a title, a label row ``姓　名 | 所在科室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def anfu_fitness_centre_group_rows() -> dict:
    unit = f"{PLACE}全民健身服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "龚砚澧", "leader", [
                ("健身路径器材采购指定供应商", "一级风险", "器材采购进入县公共资源交易平台。"),
                ("体育社会组织评估结果打招呼", "二级风险", "评估委托第三方，结果公示。"),
            ]),
        ]),
        ("二、活动部", "活动部", [
            ("部长", "钮璟沄", "middle", [
                ("全民健身赛事奖品采购虚高报价", "二级风险", "奖品采购询价三家，验收双人签字。"),
            ]),
            ("干事", "龚昀霄", "general", [
                ("健身站点活动补贴虚报人次", "二级风险", "补贴凭站点签到和现场抽查核发。"),
                ("接受健身团队负责人礼品", "三级风险", "签订廉洁承诺书，节前提醒。"),
            ]),
        ]),
        ("三、设施管理部", "设施管理部", [
            ("部长", "钮霈珩", "middle", [
                ("健身器材维修验收不到现场", "一级风险", "维修验收拍照留存，乡镇签字确认。"),
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
        "anfu_fitness_centre_group_rows", "http://tg.hepec.edu.cn/hbtyxyxb/article/html/20150501",
        "县全民健身服务中心 廉政风险防控责任清单, after the source's study of 全民健身公共服务 (社会体育组织, 基层健身站点管理, "
        "规范健身站点监管): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、活动部``, ``三、设施管理部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def anfu_lottery_station_cards() -> dict:
    unit = f"{PLACE}体育彩票管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "钮彧澜", "站长", "主持管理站全面工作", "leader", [
            ("代销者招募和实体店布点不公开", "★★★", "代销者招募公告发布，评审结果公示。"),
            ("代销证发放、变更违规操作", "★★★", "代销证办理经站务会研究，档案留存。"),
            ("接受代销者宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("专管员", "龚湉珝", "专管员", "负责城区实体店巡查", "general", [
            ("巡查中发现销售仿造彩票隐瞒不报", "★★", "巡查记录双人签字，问题实体店限期整改。"),
            ("兑奖审核不严，违规代兑大额奖金", "★★", "大额兑奖按规定流程办理，全程留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "anfu_lottery_station_cards", "https://www.163.com/dy/article/KCSVKO9905566UAG.html",
        "县体育彩票管理站 岗位廉政风险防控卡, one sheet a person, after the source's 国家体育总局体育彩票管理中心 声明 (体彩实体店, "
        "代销证, 仿造彩票, 兑奖, 取消代销资格): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def anfu_gymnasium_list() -> dict:
    unit = f"{PLACE}体育馆"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "龚澂玥", "leader", "场馆服务项目外包不经集体研究", "制度机制", "高风险",
         "外包项目经馆务会研究，合同报体育局备案。"),
        ("馆领导", "馆长", "龚澂玥", "leader", "场馆服务考核评价走过场", "岗位职责", "中风险",
         "引入群众满意度评价，考核结果公开。"),
        ("综合部", "部长", "钮霁翃", "middle", "场馆设施日常维护费用虚报", "业务流程", "中风险",
         "维护项目先报批后实施，验收留存影像。"),
        ("综合部", "出纳", "龚珣沨", "general", "场地出租收入坐支", "业务流程", "高风险",
         "收入全额缴入单位账户，日清月结。"),
        ("服务部", "部长", "钮瀚霏", "middle", "大型活动场地安排收受好处", "外部环境", "高风险",
         "场地安排按申请先后排期并公示。"),
        ("服务部", "管理员", "龚昉琬", "general", "器材借用不登记，私自出借", "思想道德", "低风险",
         "器材借用登记，每月盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "馆长（签字）：", None, None)
    return _layout(
        "anfu_gymnasium_list", "http://m.fx361.com/news/2020/0302/6414067.html",
        "县体育馆 岗位廉政风险防控一览表, after the source's study of 大型体育场馆服务 制度失效 (纵向管理制度, 横向管理制度, "
        "日常管理制度, 制度执行): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/馆长（签字） line",
        [sh], t,
    )  # fmt: skip


def anfu_swimming_hall_register() -> dict:
    unit = f"{PLACE}游泳馆"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "钮翊沣", "leader", [
            ("收费标准调整不经集体研究、不报价格部门", "制度机制", "一级", "收费标准经馆务会研究并公示。"),
            ("闸机改造项目指定施工单位", "外部环境", "一级", "改造项目按规定比选，结果公示。"),
        ]),
        ("票务部", "收银员", "龚岫瑄", "general", [
            ("现金收费不开票、不入账", "业务流程", "一级", "推行扫码收费，每日对账。"),
            ("年卡、次卡违规打折或赠送", "岗位职责", "二级", "优惠办卡须经部门负责人审批。"),
        ]),
        ("安全救护部", "救生员", "钮璠淇", "general", [
            ("私自开办游泳培训班收费", "思想道德", "二级", "培训班由馆统一开办，严禁私办。"),
            ("水质检测记录弄虚作假", "岗位职责", "三级", "检测记录每日公示，随机抽检。"),
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
        "anfu_swimming_hall_register", "http://m.jiangsulong.com/a/2020/0918/1600387225_3.html",
        "县游泳馆 廉政风险点排查登记表, after the source's report on 市民健身场所 安装闸机收费 (公益体育设施, 专门管理, 收费, 合理定价): "
        "a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    anfu_sports_centre_holder_columns(),
    anfu_sports_bureau_two_sheets(),
    anfu_sports_school_posts(),
    anfu_guidance_centre_selfchecks(),
    anfu_fitness_centre_group_rows(),
    anfu_lottery_station_cards(),
    anfu_gymnasium_list(),
    anfu_swimming_hall_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch816-inbox"))

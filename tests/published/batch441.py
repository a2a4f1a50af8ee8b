"""The four-hundred-and-forty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育 bodies,
宁强县 (a mountain county of 汉中 on the upper 汉江, its staff Han) — the 县教育体育局, the 县第一中学, the
天津高级中学, the 县实验小学 and the 中心学校 of four of its 镇 (大安镇, 阳平关镇, 胡家坝镇, 燕子砭镇) — each handing back the
一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 教育体育局's 一览表: ``股室`` merged, ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short
  types, 高/中/低, the measures;
- the 第一中学's 防控表 under GROUP ROWS ``一、校级领导``, ``二、教务处``, ``三、总务处`` merged across (no 处室
  column): ``岗位 | 姓名`` merged per person, ``廉政风险点``, ``一级/二级/三级``, no type column;
- the 燕子砭镇中心学校's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` over ``所在部门 | … |
  填卡时间 | …`` above ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column,
  ``持卡人（签字）： | … | 校长（签字）：``;
- the 实验小学's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line; no names;
- the 大安镇中心学校's 自查表, one sheet a person: a label row ``姓　名 | 部　门 | 岗　位 | 填表时间``
  over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``, ``高风险/中风险/低风险``;
- the 阳平关镇中心学校's 责任清单: ``部门`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``一级风险/二级风险/三级风险``, and a LAST ``责任领导`` column
  naming the 校长 on every row;
- the 胡家坝镇中心学校's file in two sheets ``学校领导`` (``姓名 | 职务`` merged per leader) and ``处室``
  (``处室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, ``…风险`` types.

One is harder:

- ``ningqiang_tianjin_high_names_with_ranks``: the 天津高级中学's
  一览表 ``序号 | 处室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` whose ``姓名`` cell
  writes each holder WITH HIS PROFESSIONAL GRADE IN BRACKETS — ``郗沅朔（正高级教师）``,
  ``蒯砚汀（一级教师）``, ``眭泠霁（二级教师）``, ``豆箬川（会计师）`` — as schools list their staff; the
  post is in its own ``岗位`` column, so the bracket is a 职称 (a rank of the holder), neither the post
  nor a level, though ``一级教师`` and ``二级教师`` begin with the level words ``一级``/``二级`` that the
  ``风险等级`` column itself uses. The README's 读得懂的表 knows a bracket after a name that IS the post
  (``蓝建峰(所长)``, ``民政专干(高丽)``), a bracket of status (``（现任）``, ``退休返聘``, a seconded
  holder's home unit), and a ``职称`` in a COLUMN of its own (batch 111, 126, 131, 275 — batch 275's
  ``一级教师`` column); it does not describe a 职称 bracketed inside the holder's cell beside a post
  column. ``grep -l '（一级教师）\\|（高级教师）' tests/published/batch*.py`` finds none (checked in the
  time given).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (宁强县's 教育管理体制改革 — 教育集团,
城乡 结对共建, 教师校园长轮岗交流; 宁强县's 教育 history — 中学, 完全小学, 教学点, 远程教育; 宁强's 危房
改造 and 普九; a 中学's 收费项目公开制度 — 教务处、财务室、总务处, 代收费, 大宗物资采购; an 审计 survey of
中小学收费 — 帐外循环, 捐资助学, 代收费; a 学校's 治理教育乱收费 制度 — 申报单,
总务处统一购买, 入库, 申领; a 县's 教育 综述 — 校长负责制, 校(园)长聘任; a 廉洁校园 建设方案 — 制度
执行, 监督问责) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (rare Han surnames with rare given names); every unit
is a body of 宁强县, named with the county's name.

Run ``python tests/published/score.py --set batch441`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the name before the bracket; the bracketed 职称 is no post, no
  person and no level; the post is the ``岗位`` cell;
- ``校级领导``, ``学校领导``, ``局领导`` (a group row, a sheet, a 股室 cell) are the 科室 of those leaders;
  a 局's 股 and 室, a school's 处, 室 and 办公室 are 科室; a group row ``二、教务处`` gives ``教务处``;
  on the card the ``所在部门`` is the 科室, on the 自查表 the ``部　门``;
- every 局, school and 中心学校 is a unit of its own: 局长, 副局长, 校长, 副校长 and 书记 are leaders;
  股长, a 处's or 室's 主任 and 副主任, 年级组长 middle; the rest (会计, 出纳, 报账员, 招生干事, 教师,
  班主任, 保管员, 资助专干, 校医, 采购员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项`` and ``自查情况`` are no points; the
  实验小学's list names no person: its forms are posts (对岗不对人); the LAST ``责任领导`` column names
  a supervisor, the holder is ``责任人``;
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级/二级/三级``, ``高/中/低``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b441_"
PLACE = "宁强县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGH = {"高风险": 1, "中风险": 2, "低风险": 3}
LEADERS = ("局长", "副局长", "校长", "副校长", "书记")
GENERAL = (
    "会计",
    "出纳",
    "报账员",
    "招生干事",
    "教师",
    "班主任",
    "保管员",
    "资助专干",
    "校医",
    "采购员",
)


def tier(post: str) -> str:
    if post in LEADERS:
        return "leader"
    return "general" if post in GENERAL else "middle"


def _per_person(sh, first, dept, post, *people) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

RANKED = [
    ("校级领导", "校长", "郗沅朔", "正高级教师", [
        ("重大事项不经校务会集体研究，个人决定", "制度机制", "一级"),
        ("教师职称推荐、评优评先中优亲厚友", "思想道德", "二级"),
    ]),
    ("教务处", "主任", "蒯砚汀", "一级教师", [
        ("高一新生分班中接受家长请托编排重点班", "岗位职责", "一级"),
        ("学籍转入转出把关不严，违规办理借读", "业务流程", "二级"),
    ]),
    ("教务处", "教师", "眭泠霁", "二级教师", [
        ("向学生推销教辅资料收取回扣", "思想道德", "二级"),
        ("有偿补课或介绍学生到校外培训机构", "外部环境", "三级"),
    ]),
    ("总务处", "报账员", "豆箬川", "会计师", [
        ("食堂采购票据审核不严，虚列支出", "岗位职责", "一级"),
        ("代收费收支不公示、不及时结算退还", "制度机制", "二级"),
    ]),
]  # fmt: skip


def ningqiang_tianjin_high_names_with_ranks() -> dict:
    unit = f"{PLACE}天津高级中学"
    sh = _Sheet("一览表", [6, 10, 10, 20, 34, 10, 9, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first, n = len(sh.rows), 0
    for dept, post, name, rank, points in RANKED:
        for point, typ, lv in points:
            n += 1
            sh.add(
                n,
                dept,
                post,
                f"{name}（{rank}）",
                point,
                typ,
                lv,
                "按制度办理，结果公示，接受监督。",
            )
            t.point(sh.name, dept, post, name, tier(post), point, [typ], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, None, "审核人：", None, "2024年4月", None)
    return _layout(
        "ningqiang_tianjin_high_names_with_ranks",
        "http://www.sxjybk.com/2018/0309/26011.html",
        "(harder) 县 高级中学 一览表: 处室 merged, 岗位 and 姓名 merged per person, the 姓名 cell with the holder's "
        "职称 bracketed (``郗沅朔（正高级教师）``, ``蒯砚汀（一级教师）``), short types, 一级/二级/三级",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ningqiang_edu_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    sh.title(f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    recs = [
        ("局领导", "局长", "佴霁川", "学校布局调整和基建项目安排个人说了算", "制度机制", "高"),
        ("局领导", "副局长", "笪禾砚", "教师交流轮岗人选确定不公", "岗位职责", "中"),
        ("人事股", "股长", "訾澜蘅", "特岗教师招聘资格审查把关不严", "业务流程", "高"),
        ("人事股", "股长", "訾澜蘅", "校长聘任考察中受人请托", "外部环境", "中"),
        ("计财股", "出纳", "仉沁禾", "生均公用经费拨付不及时，截留挪用", "岗位职责", "中"),
        ("计财股", "会计", "缑砚晞", "营养改善计划资金核算不实", "业务流程", "低"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, name, point, typ, lv) in enumerate(recs, 1):
        sh.add(i, dept, post, name, point, typ, lv, "集体研究，全程留痕，结果公开。")
        t.point(sh.name, dept, post, name, tier(post), point, [typ], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "ningqiang_edu_bureau_list", "https://77.wendadaohang.com/zd/8NGIqN3NYYGWvvGpvW.html",
        "县 教育体育局 一览表 under 附件1: 股室 merged, 岗位/姓名 merged per person, short types, 高/中/低",
        [sh], t,
    )  # fmt: skip


def ningqiang_no1_middle_group_rows() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("防控表", [6, 10, 10, 36, 9, 36])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、校级领导", "校级领导", [
            ("校长", "闾朔澜", "大宗物资采购不经集体研究", "一级"),
            ("副校长", "琚泠筠", "招生计划外违规录取择校生", "一级"),
        ]),
        ("二、教务处", "教务处", [
            ("主任", "雒蘅汐", "考试命题、阅卷中泄题或改分", "二级"),
            ("主任", "雒蘅汐", "评优评先推荐名额分配不公", "三级"),
        ]),
        ("三、总务处", "总务处", [
            ("主任", "郇岫澄", "校舍维修工程验收走过场", "二级"),
            ("保管员", "厍筠戟", "物资入库不验收、出库无申领单", "三级"),
        ]),
    ]  # fmt: skip
    n = 0
    for label, dept, recs in groups:
        _line(sh, label, 6)
        first = len(sh.rows)
        for post, name, point, lv in recs:
            n += 1
            sh.add(n, post, name, point, lv, "严格执行制度，实行公示和监督。")
            t.point(sh.name, dept, post, name, tier(post), point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    return _layout(
        "ningqiang_no1_middle_group_rows", "http://16fw.com//showinfo-78-27695-0.html",
        "县 第一中学 防控表 under group rows 一、校级领导…三、总务处: 岗位/姓名 merged per person, "
        "一级/二级/三级, no type column",
        [sh], t,
    )  # fmt: skip


CARDS = [
    ("校长", "隗岷澈", "学校领导", [
        ("营养餐食材供应商选定不公开", "Ⅰ级"),
        ("教师绩效工资分配个人决定", "Ⅱ级"),
        ("寄宿生生活补助审核不严", "Ⅱ级"),
    ]),
    ("资助专干", "逯筱潆", "办公室", [
        ("家庭经济困难学生认定优亲厚友", "Ⅰ级"),
        ("资助资金发放不及时、不到户", "Ⅱ级"),
        ("受助学生名单不公示", "Ⅲ级"),
    ]),
]  # fmt: skip


def ningqiang_yanziban_school_cards() -> dict:
    unit = f"{PLACE}燕子砭镇中心学校"
    t = _Truth(unit)
    sheets = []
    for post, name, dept, points in CARDS:
        sh = _Sheet(name, [6, 36, 10, 36])
        sh.title(f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", name, "职　务", post)
        sh.add("所在部门", dept, "填卡时间", "2024年3月")
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv) in enumerate(points, 1):
            sh.add(i, point, lv, "公开程序，集体审核，接受监督。")
            t.point(sh.name, dept, post, name, tier(post), point, [], ROMAN[lv])
        sh.add("持卡人（签字）：", None, "校长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "ningqiang_yanziban_school_cards", "https://jxxfw.com/periodical/af482531804d41970d7d542bd011c93b.html",
        "镇 中心学校 防控卡 one sheet a holder: 姓名/职务 and 所在部门/填卡时间 pairs, Ⅰ级/Ⅱ级/Ⅲ级, no type",
        sheets, t,
    )  # fmt: skip


def ningqiang_experimental_primary_posts() -> dict:
    unit = f"{PLACE}实验小学"
    sh = _Sheet("排查表", [6, 10, 10, 24, 34, 12, 9, 30])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    recs = [
        ("校长室", "副校长", "新生入学", "为不符合划片条件的学生违规办理入学", "岗位职责风险", "★★★"),
        ("校长室", "副校长", "教辅征订", "统一征订教辅资料，收受书商好处", "外部环境风险", "★★"),
        ("德育处", "班主任", "班费管理", "班费收支不公开，挪作他用", "思想道德风险", "★★"),
        ("总务处", "采购员", "办公用品采购", "采购价格高于市场价，虚开发票", "业务流程风险", "★★★"),
        ("总务处", "校医", "晨检药品领用", "药品领用无登记，私自带出", "制度机制风险", "★"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, point, desc, typ, lv) in enumerate(recs, 1):
        sh.add(i, dept, post, point, desc, typ, lv, "建立台账，定期公示，校务委员会监督。")
        t.point(sh.name, dept, post, "", tier(post), point, types_in(typ), STARS[lv])
    _merge_down(sh, first, [(1, lambda r: r[1]), (2, lambda r: (r[1], r[2]))])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    return _layout(
        "ningqiang_experimental_primary_posts", "http://m.dybbs8.com/excel/220720.html",
        "县 实验小学 排查表 对岗不对人: 处室/岗位 merged, short 风险点 beside 风险表现, …风险 types, "
        "★★★/★★/★ read by a 注 line",
        [sh], t,
    )  # fmt: skip


SELF = [
    ("昝沐澂", "教务处", "主任", [("期末考试成绩统计弄虚作假", "中风险"), ("教师课时量核定不实", "高风险")]),
    ("酆晗蔚", "总务处", "出纳", [("现金收付不及时入账", "高风险"), ("公务卡报销票据审核不严", "中风险"),
                               ("学生代收费退费不及时", "低风险")]),
]  # fmt: skip


def ningqiang_daan_school_selfchecks() -> dict:
    unit = f"{PLACE}大安镇中心学校"
    t = _Truth(unit)
    sheets = []
    for name, dept, post, points in SELF:
        sh = _Sheet(name, [6, 34, 10, 30, 12])
        sh.title(f"{unit}个人廉政风险自查表", 5)
        sh.add("姓　名", "部　门", "岗　位", "填表时间", None)
        sh.add(name, dept, post, "2024年3月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv) in enumerate(points, 1):
            sh.add(i, point, lv, "严格执行财务和教学管理制度。", "未发现问题")
            t.point(sh.name, dept, post, name, tier(post), point, [], HIGH[lv])
        sh.add("本人签名：", None, "校长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "ningqiang_daan_school_selfchecks", "https://soolun.net/periodical/02fabe6e0e08b7ad66034aca1da66a96.html",
        "镇 中心学校 自查表 one sheet a person: label row over value row, 高风险/中风险/低风险, 自查情况",
        sheets, t,
    )  # fmt: skip


def ningqiang_yangpingguan_school_duties() -> dict:
    unit = f"{PLACE}阳平关镇中心学校"
    sh = _Sheet("责任清单", [6, 10, 10, 10, 20, 32, 10, 30, 10])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控责任清单", 9)
    head = (
        "序号",
        "部门",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    sh.add(*head)
    boss = "帅岑泓"
    recs = [
        ("学校领导", "校长", boss, "全面工作", "教学点撤并和校舍建设项目决策不民主", "一级风险"),
        ("办公室", "主任", "楚禛岚", "教师考勤", "考勤记录弄虚作假，为他人代签", "三级风险"),
        ("办公室", "主任", "楚禛岚", "公章管理", "违规使用公章出具证明", "二级风险"),
        ("总务处", "年级组长", "满汐珩", "寄宿管理", "寄宿生名单虚报冒领补助", "一级风险"),
        ("总务处", "保管员", "桓芩渺", "仓库管理", "食堂食材出入库账实不符", "二级风险"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, name, duty, point, lv) in enumerate(recs, 1):
        sh.add(i, dept, post, name, duty, point, lv, "实行台账管理，定期核查公示。", boss)
        t.point(sh.name, dept, post, name, tier(post), point, [], RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2024年4月", None, None)
    return _layout(
        "ningqiang_yangpingguan_school_duties", "https://www.lijiang.cn/article/154258.html",
        "镇 中心学校 责任清单: 部门 merged, 岗位/责任人 merged per person, 职责事项, 一级风险/二级风险/三级风险, "
        "a LAST 责任领导 column naming the 校长",
        [sh], t,
    )  # fmt: skip


def ningqiang_hujiaba_school_two_sheets() -> dict:
    unit = f"{PLACE}胡家坝镇中心学校"
    t = _Truth(unit)
    lead = _Sheet("学校领导", [6, 10, 10, 34, 12, 8, 30])
    lead.title(f"{unit}学校领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险类型", "风险等级", "防控措施")
    recs = [
        ("蔺晞渊", "校长", "基建维修项目指定施工单位", "制度机制风险", "高"),
        ("蔺晞渊", "校长", "学校账外设账", "岗位职责风险", "中"),
        ("冼苡棠", "副校长", "教师评优评先暗箱操作", "思想道德风险", "中"),
    ]  # fmt: skip
    first = len(lead.rows)
    for i, (name, post, point, typ, lv) in enumerate(recs, 1):
        lead.add(i, name, post, point, typ, lv, "集体决策，公开公示。")
        t.point(lead.name, "学校领导", post, name, tier(post), point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(1, lambda r: r[1]), (2, lambda r: r[1])])
    dep = _Sheet("处室", [6, 10, 10, 10, 34, 12, 8, 30])
    dep.title(f"{unit}处室岗位廉政风险防控表", 8)
    dep.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    recs = [
        ("教导处", "主任", "毋澄霈", "学生学籍信息虚报", "业务流程风险", "中"),
        ("教导处", "主任", "毋澄霈", "教学质量检测成绩不实", "岗位职责风险", "低"),
        ("总务处", "报账员", "蒉珂潼", "报账票据不真实、不合规", "业务流程风险", "高"),
    ]  # fmt: skip
    first = len(dep.rows)
    for i, (dept, post, name, point, typ, lv) in enumerate(recs, 1):
        dep.add(i, dept, post, name, point, typ, lv, "严格审核，定期公示。")
        t.point(dep.name, dept, post, name, tier(post), point, types_in(typ), HML[lv])
    _per_person(dep, first, 1, 2, 3)
    return _layout(
        "ningqiang_hujiaba_school_two_sheets", "https://www.renrendoc.com/paper/506664150.html",
        "镇 中心学校 file in two sheets 学校领导 (姓名/职务 merged) and 处室, …风险 types, 高/中/低",
        [lead, dep], t,
    )  # fmt: skip


LAYOUTS = [
    ningqiang_tianjin_high_names_with_ranks(),
    ningqiang_edu_bureau_list(),
    ningqiang_no1_middle_group_rows(),
    ningqiang_yanziban_school_cards(),
    ningqiang_experimental_primary_posts(),
    ningqiang_daan_school_selfchecks(),
    ningqiang_yangpingguan_school_duties(),
    ningqiang_hujiaba_school_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch441-inbox"))

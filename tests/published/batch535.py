"""The five-hundred-and-thirty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育 and
卫生 bodies, 东乡族自治县 (临夏州, 甘肃) — the 教育局, the 卫生健康局, the 县民族中学, the 县人民医院 and
the 中心学校 of four 乡/镇 (百和乡, 关卜乡, 春台乡, 那勒寺镇) — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 教育局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 卫生健康局's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 县人民医院's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 百和乡中心学校's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 关卜乡中心学校's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 春台乡中心学校's 责任清单 under GROUP ROWS ``一、学校领导`` / ``二、总务处`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 那勒寺镇中心学校's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``dongxiang_minzu_school_campus_column``: the 县民族中学's 一览表 of a school with TWO CAMPUSES,
  its heading ``序号 | 校区 | 处室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``: a
  ``校区`` column merged down the left over each campus's rows (``本部``, ``新校区``), then the
  ``处室`` merged within the campus, the ``岗位`` and ``责任人`` merged per person; short types,
  高/中/低. The same 处室 and the same post stand under both campuses with DIFFERENT holders
  (``教务处 | 主任`` is 圉瑄琤 under 本部 and 甯瑔翙 under 新校区; ``总务处 | 主任`` is 酆玭璟 and
  閤珣昳), so the
  holder of a post is told only by the campus the row stands under; the 校领导 rows stand in the
  本部 run. The shape is about WHERE THE HOLDER'S PLACE IN THE UNIT IS GIVEN (a grouping above the
  处室 that is neither the unit nor a 科室). The README's 读得懂的表 and the earlier batches know a
  ``科室类别`` column BESIDE the 科室 (batch135), a 部门 written as a directory path through a
  grouping (batch423: ``…医院/医技科室/药剂科``), a ``所在站所``/``条线`` column, a unit column of
  several units, and a 分院 named in a second title line (batch127, batch195); no batch and no
  README line writes a ``校区`` (or ``院区``) column: ``grep -l '校区\\|院区' tests/published/batch*.py``
  finds none holding one (only a 院区 in a measure's wording, batch164). Here the campus column is a
  place inside the one unit, set left of the 科室 column like a 科室 would be, and the 科室 column
  repeats the same names under each campus.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county 教育局's plan naming 分
校区 and 新校区 and 教学点; a 民族中学's page on its 学生公寓, 食堂 and 民族团结; a 教育局's speech on 公用
经费, 寄宿生补助, 营养餐 and 周转房; a 卫生局's half-year report on 医改 and 公共卫生; a note on a
hospital's 院长 and its 管理; a paper on managing 教学点 under a 中心学校 — 经费, 管理力量; an article on
乡村学校 教育质量 — 教师, 培训, 校长; a paper on 义务教育均衡 — 教师配置, 经费, 办学条件) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names); every unit is a body of 东乡族自治县
(``unit_words=("东乡族自治县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch535`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the 科室 of a form is the ``处室`` cell (``教务处``, ``总务处``, ``校领导``); the
  ``校区`` cell is no part of the 科室 and no unit (the school is one unit, as batch423 leaves its
  grouping ``医技科室`` out of the 科室): the two ``教务处 | 主任`` forms are two forms, told apart by
  their holders; the unit of every form is ``东乡族自治县民族中学``;
- ``局领导``, ``校领导`` and ``学校领导`` are the 科室 of those leaders; a 局's 股, a 医院's 科, a
  school's 处 or 室 are 科室; a group row ``一、学校领导`` gives the 科室 ``学校领导``, ``二、总务处``
  the 科室 ``总务处`` (its number left off), as batch 280 and 533 did; the 百和乡 cards and the
  那勒寺镇 list name a 科室 only where a cell does (they name none); the 关卜乡 sheets write
  ``中心学校`` in ``所在科室`` and that is their 科室 (as batch533's ``文化站``);
- every body is a unit of its own: a 局's 局长 and 副局长, a 医院's 院长 and 副院长, a school's 校长 and
  副校长 are leaders; 股长, 科长, 科主任 and a 处's 主任 are middle; the rest (科员, 会计, 出纳, 报账员,
  药剂师, 教师 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 县人民医院's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b535_"
PLACE = "东乡族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None, lead: tuple[int, ...] = ()) -> None:  # fmt: skip
    """Merge the ``lead`` and 科室 columns over their runs and the post (and holder) columns over
    each person's (a run never crosses a change in the columns left of it)."""
    outer = (*lead, *(() if dept is None else (dept,)))
    specs = [
        (c, lambda row, k=outer[: i + 1]: tuple(row[j] for j in k)) for i, c in enumerate(outer)
    ]
    key = lambda row: (*(row[j] for j in outer), row[post], *(row[c] for c in people))  # noqa: E731
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (校区, 处室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
CAMPUSES = [
    ("本部", "校领导", "校长", "鄐琇翀", "leader", [
        ("新校区建设项目变更签证把关不严", "制度机制", "高", "变更签证经校务会集体研究，邀请造价审计。"),
        ("教职工职称推荐暗箱操作", "岗位职责", "中", "推荐条件和结果全校公示，教代会监督。"),
    ]),
    ("本部", "教务处", "主任", "圉瑄琤", "middle", [
        ("教辅资料征订收取回扣", "思想道德", "高", "教辅资料自愿征订，费用公开，纪检抽查。"),
        ("考试成绩录入随意更改", "业务流程", "低", "成绩双人录入，更改须校长审签留痕。"),
    ]),
    ("本部", "总务处", "主任", "酆玭璟", "middle", [
        ("学生公寓床上用品采购指定商家", "外部环境", "中", "大宗物品比价采购，结果公示。"),
    ]),
    ("新校区", "教务处", "主任", "甯瑔翙", "middle", [
        ("新生分班照顾关系学生", "岗位职责", "中", "分班按电脑随机，结果当场公布。"),
        ("课后服务费收取不规范", "制度机制", "高", "课后服务自愿参加，收费标准公示。"),
    ]),
    ("新校区", "总务处", "主任", "閤珣昳", "middle", [
        ("学生食堂食材验收把关不严", "业务流程", "高", "食材验收双人签字，家长代表参与抽查。"),
    ]),
    ("新校区", "总务处", "报账员", "亓瑊玥", "general", [
        ("营养餐补助资金账目不清", "思想道德", "低", "营养餐资金专账核算，每学期公示。"),
    ]),
]  # fmt: skip


def dongxiang_minzu_school_campus_column() -> dict:
    unit = f"{PLACE}民族中学"
    sh = _Sheet("一览表", [6, 9, 10, 9, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "校区", "处室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施"
    )
    first = len(sh.rows)
    n = 0
    for campus, dept, post, who, tier, points in CAMPUSES:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, campus, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 2, 3, 4, lead=(1,))
    sh.add("填表人：", None, "审核人：", None, None, None, None, "2025年9月", None)
    return _layout(
        "dongxiang_minzu_school_campus_column",
        "http://mswk.cn/Article/ShowArticle.asp?ArticleID=123256",
        "(harder) 县民族中学 岗位廉政风险防控一览表 of a school with TWO CAMPUSES, after the source's plan of a 县教育局 "
        "(分校区, 新校区, 教学点, 布局调整): 序号/a ``校区`` column merged over each campus's rows (``本部``, ``新校区``)/"
        "处室 merged within the campus (``教务处`` and ``总务处`` under BOTH campuses, other holders)/岗位 and 责任人 "
        "merged per person/廉政风险点/short types/高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dongxiang_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邶瑧翯", "局长", "主持全面工作", [
            ("校舍维修改造资金分配个人说了算", "一级", "资金分配方案局党组集体研究，结果公开。"),
            ("校长选拔任用把关不严", "二级", "严格执行选任程序，纪检全程监督。"),
        ]),
        ("郯珝昕", "副局长", "分管学生资助和营养改善计划", [
            ("寄宿生生活补助审核不实", "一级", "补助名单逐校公示，打卡发放。"),
            ("营养餐供餐企业准入降低标准", "二级", "供餐企业公开招标，资质年审。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("计划财务股", "股长", "鄢琚翾", "middle", "公用经费拨付优亲厚友", "一级", "经费按生均标准拨付，拨付表公开。"),
        ("计划财务股", "股长", "鄢琚翾", "middle", "教师周转房分配不公", "二级", "分配条件公示，集体研究确定。"),
        ("人事股", "科员", "郈璇昉", "general", "特岗教师招聘资格审查不严", "三级", "资格审查双人复核，结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "dongxiang_education_bureau_two_sheets",
        "http://m.35331.cn/mlhdl_9fws33m4a54i6jo0x1m776vac3ljqt012c6.html",
        "县教育局's file in two sheets, after the source's speech of a 县教育局 (公用经费, 寄宿生补助, 营养餐, 教师周转房): "
        "``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def dongxiang_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "郦璩玚", "leader", "基本公共卫生项目资金分配不公", "制度机制风险", "高",
         "资金按服务人口和考核结果分配，局务会审定。"),
        ("局领导", "副局长", "郦璩玚", "leader", "医疗机构设置审批降低标准", "岗位职责风险", "中",
         "审批条件公开，现场核验两人以上。"),
        ("医政医管股", "股长", "邿琰翃", "middle", "医疗质量检查走过场", "业务流程风险", "中",
         "检查随机抽取对象，结果通报。"),
        ("综合监督股", "科员", "鄣瑷昶", "general", "卫生监督执法接受宴请", "思想道德风险", "低",
         "执法全过程记录，案件集体审理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "dongxiang_health_bureau_list",
        "https://guanlizhe.com/zongjie/bannianzongjie/169960793316170.html",
        "县卫生健康局 廉政风险防控一览表, after the source's half-year report of a 卫生局 (医改, 基本公共卫生, 卫生民生工程): "
        "序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; "
        "填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def dongxiang_hospital_posts() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "院领导", "药剂科", "医务科"
    rows = [
        (a, "副院长", "leader", "医疗设备采购", "采购参数设置倾向特定品牌", "制度机制", "Ⅰ级",
         "设备采购论证会集体论证，参数公开征求意见。"),
        (b, "科主任", "middle", "药品遴选进院", "收受医药代表好处推荐药品进院", "外部环境", "Ⅰ级",
         "药事委员会票决，遴选结果公示。"),
        (b, "药剂师", "general", "处方点评", "点评走过场，对超常处方不上报", "岗位职责", "Ⅲ级",
         "处方点评结果每月通报。"),
        (c, "科长", "middle", "医疗纠纷处理", "收受好处偏袒一方", "思想道德", "Ⅱ级",
         "纠纷处理两人以上，结果存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：纪检监察室", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "dongxiang_hospital_posts",
        "https://laruise.com/tags-138.html",
        "县人民医院 廉政风险点排查表 对岗不对人, after the source's note on a hospital's 院长 and its 管理 (院长负责制, "
        "医疗 and 运营): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def dongxiang_baihe_school_cards() -> dict:
    unit = f"{PLACE}百和乡中心学校"
    t = _Truth(unit)
    cards = [
        ("校长", "郚瑫翛", "leader", [
            ("教学点公用经费统筹截留", "★★★", "经费按教学点人数下拨，账目公开。"),
            ("教学点教师调配照顾关系", "★★", "调配方案校务会研究并公示。"),
        ]),
        ("会计", "酂琤昀", "general", [
            ("报销凭证审核不严", "★★", "凭证经校长、会计双签，按月对账。"),
            ("现金支付不入账", "★", "现金支付登记，每月盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "dongxiang_baihe_school_cards",
        "http://soolun.net/periodical/601f2c60b165ddb44a1b80dba056e5fc.html",
        "乡中心学校 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 会计), after the source's paper on managing 教学点 "
        "under a 中心学校 (经费, 管理力量): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; "
        "a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def dongxiang_guanbu_school_selfchecks() -> dict:
    unit = f"{PLACE}关卜乡中心学校"
    t = _Truth(unit)
    people = [
        ("郪璆晗", "副校长", "leader", "中心学校", [
            ("教师培训名额分配不公", "高风险", "名额分配方案公示，轮流参训。"),
            ("乡村教师生活补助核定不实", "中风险", "补助按在岗天数核定，公示五日。"),
        ]),
        ("鄤瑸珺", "出纳", "general", "中心学校", [
            ("学生资助资金代领代发", "中风险", "资助资金一律打卡发放。"),
            ("票据保管不善", "低风险", "票据专人保管，领用登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "学校意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dongxiang_guanbu_school_selfchecks",
        "https://m.fx361.cc/news/2023/0924/23668221.html",
        "乡中心学校 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's article on 乡村学校 "
        "教育质量 (教师负担, 培训, 校长): a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 学校意见：``",
        sheets, t,
    )  # fmt: skip


def dongxiang_chuntai_school_group_rows() -> dict:
    unit = f"{PLACE}春台乡中心学校"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "郰瑀昪", "leader", [
                ("薄弱学校改造项目指定施工队", "一级风险", "项目比选确定，乡纪委监督。"),
                ("教师绩效考核打分不公", "二级风险", "考核细则公开，结果公示。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "鄫琦翚", "middle", [
                ("课桌凳等设备验收不严", "一级风险", "验收两人以上，拍照留存。"),
                ("校产出租收入不入账", "三级风险", "出租合同公开，收入缴入学校账户。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "dongxiang_chuntai_school_group_rows",
        "https://bdocx.com/doc/17217269.html",
        "乡中心学校 廉政风险防控责任清单, after the source's paper on 义务教育均衡发展 (教师配置, 经费, 基础设施): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、学校领导``, "
        "``二、总务处`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dongxiang_nalesi_school_duty_list() -> dict:
    unit = f"{PLACE}那勒寺镇中心学校"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("校长", "鄅瑢旻", "leader", "控辍保学", "劝返学生数字虚报", "二级", "劝返台账逐人核对，镇上抽查。"),
        ("校长", "鄅瑢旻", "leader", "学校食堂管理", "食堂承包指定亲属", "一级", "食堂承包公开招标，纪检监督。"),
        ("教师", "邙珧曦", "general", "学生作业和教辅", "向学生推销教辅资料", "二级", "严禁推销，家长监督电话公开。"),
        ("教师", "邙珧曦", "general", "评优评先推荐", "推荐评优照顾关系", "三级", "评优条件公开，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "dongxiang_nalesi_school_duty_list",
        "https://zs114.cn/ubjsmzzx/news/11359.html",
        "镇中心学校 廉政风险防控责任清单, after the source's page on a 民族中学 (学生公寓, 食堂 保本经营, 民族团结教育): "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dongxiang_minzu_school_campus_column(),
    dongxiang_education_bureau_two_sheets(),
    dongxiang_health_bureau_list(),
    dongxiang_hospital_posts(),
    dongxiang_baihe_school_cards(),
    dongxiang_guanbu_school_selfchecks(),
    dongxiang_chuntai_school_group_rows(),
    dongxiang_nalesi_school_duty_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch535-inbox"))

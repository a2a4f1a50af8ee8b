"""The five-hundred-and-twentieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育 bodies,
会宁县 (a county of 白银市, 甘肃) — its 教育局, 县第一中学, 职业教育中心, 学生资助管理中心 and four
镇中心小学 (郭城驿镇, 河畔镇, 甘沟驿镇, 中川镇 — towns of the county) — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 教育局's 一览表: ``股室 | 职权内容 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 岗位 | 责任人``
  written on every row, short types, 高/中/低;
- the 县第一中学's file in two sheets ``学校领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``处室`` (``处室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 职业教育中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 学生资助管理中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 郭城驿镇中心小学's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在处室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 河畔镇中心小学's 责任清单 under GROUP ROWS ``一、学校领导`` / ``二、后勤处`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 甘沟驿镇中心小学's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``huining_zhongchuan_type_level_code``: the 中川镇中心小学's 一览表 gives each point's TYPE AND
  LEVEL TOGETHER AS ONE TWO-CHARACTER CODE in a single column headed ``风险代码``: the first
  character is the type's first character, the second a Roman numeral for the level — ``制Ⅰ``,
  ``岗Ⅱ``, ``思Ⅲ``, ``流Ⅱ``, ``外Ⅰ``. A merged line ABOVE the heading explains both halves:
  ``风险代码说明：首字为风险类型（思—思想道德风险，制—制度机制风险，岗—岗位职责风险，流—业务流程风险，
  外—外部环境风险），后接风险等级（Ⅰ—一级，Ⅱ—二级，Ⅲ—三级）。`` The heading is
  ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险代码 | 防控措施``: there is no ``风险类型`` and no ``风险等级``
  column. The shape is about HOW THE LEVEL AND THE TYPE ARE WRITTEN. The README's 读得懂的表 and the
  earlier batches know a type column of codes a note explains (``A—思想道德风险``), level codes
  (``A—高风险``, ``甲类``, ``Ⅰ-01`` in a 编号), a type code opening a 风险编码 (``SX-01``, batch
  298), a type column of one character a cell (``思 | 制 | 岗``), a type and a level written out in
  one cell (``岗位职责/中``), and type and level codes looked up on a second sheet; none is ONE
  short code in a column of its own whose two halves are the type and the level, explained by one
  note. Read as the known shapes are, the column is neither a type nor a level column, so the
  points come out with no type and no level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county 教育局's 纪委 watching a
教师招聘 from 报名审核 to 试卷保密; a 教师招聘 written exam held at a county's 第一中学 under the
纪检 office's eye; a province's notice on 中职 学籍 (唯一学籍), 顶岗实习 and the 国家助学金 and
免学费; a college's 家庭经济困难学生认定 flow — 评议, 审核, 公示, 建档; a 镇中心小学's 后勤管理制度 —
收费公示, 校长审批, 两人同行采购; an essay on a 学校午餐工程 — 食材安全, 配餐, 成本; a 农村小学's
后勤管理制度 — 财务公开, 物品登记验收, 财产保管; a school's 政府采购 training on 采购文件 and the
risks of each step of a purchase) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 会宁县 (``unit_words=("会宁县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch520`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a code's first character is the type (思 思想道德, 制 制度机制, 岗 岗位职责,
  流 业务流程, 外 外部环境; one type a point) and its Roman numeral the level (Ⅰ 1, Ⅱ 2, Ⅲ 3), as
  the note above the heading says; the note and the codes are no points;
- ``学校领导`` (the 县第一中学's leaders' sheet) is the 科室 of those leaders; a 局's 股, a 学校's
  处 (教务处, 总务处, 后勤处), a 中心's 科 are 科室; a group row ``一、学校领导`` gives the 科室
  ``学校领导``, ``二、后勤处`` the 科室 ``后勤处`` (its number left off), as batch 280, 507 and 517
  did; the 学生资助管理中心's cards and the 中心小学's lists name a 科室 only where a cell does
  (``所在处室``; a leader's self-check writes ``学校领导`` there);
- every body is a unit of its own: 局长, 副局长, a 学校's 校长 and 副校长, a 中心's 主任 and 副主任
  are leaders; 股长, a 处's 主任, a 中心's 科长 middle; the rest (科员, 会计, 出纳, 报账员, 资助专干,
  实训管理员, 食堂管理员, 保管员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职权内容``, ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 职业教育中心's list names no person: its forms
  are posts (对岗不对人);
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

PREFIX = "b520_"
PLACE = "会宁县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
CODE_TYPES = {
    "思": "思想道德",
    "制": "制度机制",
    "岗": "岗位职责",
    "流": "业务流程",
    "外": "外部环境",
}
CODE_LEVELS = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
CODE_NOTE = (
    "风险代码说明：首字为风险类型（思—思想道德风险，制—制度机制风险，岗—岗位职责风险，"
    "流—业务流程风险，外—外部环境风险），后接风险等级（Ⅰ—一级，Ⅱ—二级，Ⅲ—三级）。"
)


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(廉政风险点, 风险代码, 防控措施)])
CODED = [
    ("校长", "笪珩涴", "leader", [
        ("校舍维修工程化整为零规避采购程序", "制Ⅰ", "维修项目按限额报批，校务会集体研究。"),
        ("教辅资料征订暗示学生购买", "外Ⅱ", "征订书目报县教育局审核，家长自愿。"),
    ]),
    ("总务主任", "乜湝玶", "middle", [
        ("办公用品采购只找一家询价", "流Ⅱ", "百元以上两人同行采购，询价留存。"),
        ("食堂食材验收与供货商串通", "岗Ⅰ", "验收教师轮值，台账每周公示。"),
    ]),
    ("报账员", "佴瑑祎", "general", [
        ("报销凭证审核不严、虚列开支", "思Ⅲ", "凭证经手人、证明人、审批人三签。"),
    ]),
]  # fmt: skip


def huining_zhongchuan_type_level_code() -> dict:
    unit = f"{PLACE}中川镇中心小学"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    _line(sh, CODE_NOTE, 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险代码", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in CODED:
        for point, code, measures in points:
            n += 1
            sh.add(n, post, who, point, code, measures)
            t.point(
                sh.name, "", post, who, tier, point, [CODE_TYPES[code[0]]], CODE_LEVELS[code[1]]
            )
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None)
    return _layout(
        "huining_zhongchuan_type_level_code",
        "https://www.jscfa.edu.cn/xww/2025/0620/c13a36740/page.htm",
        "(harder) 镇中心小学 岗位廉政风险防控一览表, after the source's 政府采购 training (采购文件, the risks of each "
        "step of a purchase): 序号/岗位 and 姓名 merged per person/廉政风险点/``风险代码`` whose cells hold ONE "
        "CODE OF TYPE AND LEVEL (``制Ⅰ``, ``岗Ⅱ``: type's first character + Roman level), a merged note "
        "above the heading explaining both halves; no 风险类型 and no 风险等级 column/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huining_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 14, 14, 34, 10, 8, 32, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add(
        "序号", "股室", "职权内容", "风险点", "风险类型", "风险等级", "防控措施", "岗位", "责任人"
    )
    rows = [
        ("人事股", "教师公开招聘", "资格审查把关不严，为不符合条件的考生放行", "岗位职责", "高",
         "资格审查两人以上，纪委全程监督。", "股长", "璩翀昕", "middle"),
        ("人事股", "职称评审推荐", "推荐量化赋分优亲厚友", "思想道德", "中",
         "赋分细则公开，推荐结果公示。", "股长", "璩翀昕", "middle"),
        ("计划财务股", "学校经费拨付", "经费拨付不按预算，厚此薄彼", "制度机制", "高",
         "拨付方案局务会研究，按月公开。", "会计", "缑懋珣", "general"),
        ("基础教育股", "义务教育招生", "违规办理择校、插班", "外部环境", "中",
         "招生计划和录取名单公开。", "科员", "昝洺旸", "general"),
        ("基础教育股", "办学水平评估", "评估打分走过场", "业务流程", "低",
         "评估组随机抽取，结果公示。", "科员", "昝洺旸", "general"),
    ]  # fmt: skip
    for n, (dept, work, point, typ, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, dept, work, point, typ, lv, measures, post, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None, None)
    return _layout(
        "huining_bureau_list",
        "https://runmo.com/article/ps5vy403rd9l.html",
        "县教育局 廉政风险防控一览表, after the source's note on a 教育局 纪委 watching a 教师招聘 (报名审核, 试卷保密): "
        "序号/股室/``职权内容``/风险点/风险类型 (short)/高/中/低/防控措施/岗位/责任人 on EVERY row; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def huining_no1_school_two_sheets() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    lead = _Sheet("学校领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}学校领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("暨琇瑀", "校长", "主持全面工作", [
            ("重大事项不经校务会集体决策", "一级", "落实“三重一大”制度，会议纪要存档。"),
            ("中层干部选任搞个人说了算", "二级", "选任方案公开，民主推荐。"),
        ]),
        ("谯曦沄", "副校长", "分管后勤、基建", [
            ("食堂承包经营者选定暗箱操作", "一级", "承包公开招标，合同报县教育局备案。"),
            ("校园维修工程验收把关不严", "三级", "验收邀请教师代表参加。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "学校领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("处室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}处室岗位廉政风险防控表", 7)
    dept.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("教务处", "主任", "邰瓅暄", "middle", "考试成绩录入和排名弄虚作假", "一级",
         "成绩两人录入核对，排名不公开。"),
        ("总务处", "保管员", "斛霈珺", "general", "物品出入库登记不实", "二级", "出入库凭单领用，每学期盘点。"),
        ("总务处", "保管员", "斛霈珺", "general", "报废资产私自处置", "三级", "报废经校务会审批。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "huining_no1_school_two_sheets",
        "http://weixiaozhuxue.com/shxw1330/p/685610.html",
        "县第一中学's file in two sheets, after the source's note on a 教师招聘 written exam held at a county's 第一中学: "
        "``学校领导`` with 姓名/职务/分管工作 merged per person; ``处室`` with 处室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def huining_vocational_posts() -> dict:
    unit = f"{PLACE}职业教育中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    stu, train = "学生科", "实训科"
    rows = [
        (stu, "学籍管理员", "general", "学籍注册", "虚报学籍套取免学费和国家助学金", "岗位职责风险", "Ⅰ级",
         "学籍与在校生逐人核对，县资助中心抽查。"),
        (stu, "资助专干", "general", "助学金评审", "评审优亲厚友，名单不公示", "制度机制风险", "Ⅱ级",
         "班级评议、学校审核、公示五日。"),
        (train, "实训管理员", "general", "顶岗实习安排", "收受企业好处安排学生实习", "外部环境风险", "Ⅰ级",
         "实习单位集体研究确定，签订三方协议。"),
        (train, "实训管理员", "general", "实训耗材领用", "耗材领用不登记，私自挪用", "业务流程风险", "Ⅲ级",
         "耗材按课领用，月底核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "huining_vocational_posts",
        "https://chuzhong.eol.cn/hb/hbcz/201109/t20110908_681268.shtml",
        "县职业教育中心 廉政风险点排查表 对岗不对人, after the source's notice on 中职 学籍 (唯一学籍), 顶岗实习 and the "
        "国家助学金/免学费: 科室 merged/岗位 merged/a short 风险点/a long 风险表现/``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def huining_aid_cards() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    t = _Truth(unit)
    cards = [
        ("主任", "眭昀翙", "leader", [
            ("资助资金分配向关系学校倾斜", "★★★", "分配方案按学生人数测算，集体研究。"),
            ("资助对象抽查走过场", "★★", "抽查学校随机确定，结果通报。"),
        ]),
        ("资助专干", "郦翾淏", "general", [
            ("家庭经济困难学生信息审核不严", "★★", "信息与民政数据比对。"),
            ("泄露受助学生个人信息", "★", "信息专人管理，查询留痕。"),
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
        sh.add("持卡人（签字）：", None, "中心负责人（签字）：", None)
        sheets.append(sh)
    return _layout(
        "huining_aid_cards",
        "https://xgc.hnbemc.edu.cn/channel/303/2017/0629/detail-13377.html",
        "县学生资助管理中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 资助专干), after the source's 家庭经济困难学生"
        "认定 flow (评议, 审核, 公示, 建档): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a "
        "``注：`` line; 持卡人/中心负责人 签字",
        sheets, t,
    )  # fmt: skip


def huining_guochengyi_selfchecks() -> dict:
    unit = f"{PLACE}郭城驿镇中心小学"
    t = _Truth(unit)
    people = [
        ("禚泓玙", "副校长", "leader", "", [
            ("学生营养餐食材采购指定供货商", "高风险", "食材定点采购，价格每月公示。"),
            ("课后服务费收支不公开", "中风险", "收支每学期向家长公开。"),
        ]),
        ("逯珈沨", "出纳", "general", "后勤处", [
            ("现金收取不及时入账", "中风险", "收费日清月结，开具正式票据。"),
            ("私自借出学校资金", "低风险", "资金外借一律禁止，定期对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在处室", None, None)
        sh.add(who, post, dept or "学校领导", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept or "学校领导", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "学校意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huining_guochengyi_selfchecks",
        "http://school.aedu.cn/qcydxx/news/6C6D08CA-6CCB-4497-8C73-DFC8DA599E2A.html",
        "镇中心小学 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's 镇中心小学 后勤管理制度 "
        "(收费公示, 校长审批, 两人同行采购): a label row ``姓　名 | 岗　位 | 所在处室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 学校意见：``",
        sheets, t,
    )  # fmt: skip


def huining_hepan_group_rows() -> dict:
    unit = f"{PLACE}河畔镇中心小学"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "檀翊滢", "leader", [
                ("午餐配送企业选定不经集体研究", "一级风险", "配送企业公开比选，家长代表参与。"),
                ("教师绩效分配不公", "三级风险", "分配方案教代会通过并公示。"),
            ]),
        ]),
        ("二、后勤处", "后勤处", [
            ("食堂管理员", "鄢玹翯", "general", [
                ("食材出入库数量虚报", "一级风险", "出入库过秤登记，陪餐教师签字。"),
                ("伙食成本核算不实", "二级风险", "成本每月公示，账目接受监督。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "huining_hepan_group_rows",
        "https://www.renrendoc.com/paper/507087415.html",
        "镇中心小学 廉政风险防控责任清单, after the source's essay on a 学校午餐工程 (食材安全, 配餐, 成本): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、学校领导``, "
        "``二、后勤处`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def huining_gangouyi_duty_list() -> dict:
    unit = f"{PLACE}甘沟驿镇中心小学"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("校长", "巩昶淏", "leader", "经费审批", "大额开支一支笔审批不经集体研究", "一级", "千元以上开支班子集体审批。"),
        ("校长", "巩昶淏", "leader", "财务公开", "收支情况不按期公开", "二级", "每学期向教师公开收支。"),
        ("报账员", "殳璟妍", "general", "物品登记验收", "购进物品不及时入账", "二级", "采购、验收、入账分人办理。"),
        ("报账员", "殳璟妍", "general", "财产保管", "学校财产丢失不报告", "三级", "财产专人保管，每学期清查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "huining_gangouyi_duty_list",
        "https://oh100.com/ahsrst/a/202311/1632547.html",
        "镇中心小学 廉政风险防控责任清单, after the source's 农村小学 后勤管理制度 (财务公开, 物品登记验收, 财产保管): "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huining_zhongchuan_type_level_code(),
    huining_bureau_list(),
    huining_no1_school_two_sheets(),
    huining_vocational_posts(),
    huining_aid_cards(),
    huining_guochengyi_selfchecks(),
    huining_hepan_group_rows(),
    huining_gangouyi_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch520-inbox"))

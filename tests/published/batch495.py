"""The four-hundred-and-ninety-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育
bodies, 泾川县 — its 第一中学, 职业教育中心, 教育资助管理中心, four 镇中心小学 (城关, 玉都, 高平, 荔堡 —
the county's own 镇) and, in the harder file, its 教育局 — each handing back the 一览表, 排查表,
防控卡, 自查表 or 清单 its staff typed:

- the 县第一中学's file in two sheets ``校领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``处室`` (``处室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 职业教育中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 教育资助管理中心's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the
  risk, short types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 城关镇中心小学's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 玉都镇中心小学's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 高平镇中心小学's 责任清单 under GROUP ROWS ``一、学校领导`` / ``二、教职工`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 荔堡镇中心小学's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``jingchuan_bureau_chained_holder``: the 教育局's 岗位廉政风险防控一览表 whose ONLY holder column is
  headed ``责任主体（股室-岗位-姓名）`` and gives, in ONE cell merged down each holder's rows, the
  股室, the post and the name CHAINED BY ASCII HYPHENS, ``人事股-股长-鄄翃沚`` — the way an office
  system prints an 组织机构 path (``局领导-局长-…``, ``计划财务股-会计-…``); there is NO other
  股室, 岗位 or 姓名 column; then ``廉政风险点 | 风险类型 | 风险等级 | 防控措施``, short types,
  ``一级/二级/三级``. The README's 读得懂的表 knows a ``科室/岗位（责任人）`` column (slash and
  bracket), a 部门 written as a directory path (``XX医院/医技科室/药剂科``: the 部门 only, no post
  or name), ``责任主体`` cells of labelled lines (``部门：…⏎岗位：…⏎姓名：…``), ``岗位及责任人`` with
  a full-width space between post and name, a post typed onto the name (``局长嵇淏岷``,
  ``厍翊沣局长``) and a post with its 科室 bracketed after it; it does not describe ONE unlabelled
  cell holding 股室, 岗位 and 姓名 in that order, parted by hyphens, as the heading's bracket spells
  out. ``grep -P '[一-龥]{2,8}[-－—][一-龥]{2,6}[-－—][一-龥]{2,4}'`` over the earlier batches finds
  only flows of work steps (``制定方案—组织实施—检查验收``), no holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 农村义务教育学生营养改善计划
bought by 招投标; a Beijing school's 校服选用 方案 — 领导小组, 选用委员会 of 姓名 | 职务; a 中等职业学校's
实习管理办法 — 顶岗实习, 实习单位, 安全; how 家庭经济困难学生 are 认定 — 申请, 评议, 公示; a 镇中心小学's
“1+X” 管理 of its 完小; the managing of 村小校长 by a 中心小学; a 中心校 balancing 经费 and 师资 over its
村小; a school's 校服公示会 with the 家长委员会) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names); every unit is a body of 泾川县 (``unit_words=("泾川县",)``: no earlier unit
holds it).

Run ``python tests/published/score.py --set batch495`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``责任主体（股室-岗位-姓名）`` cell is read by its heading: before the first
  hyphen the 股室, between the hyphens the post, after the second the holder; ``局领导`` is the
  股室 of the 局长, as in earlier batches;
- ``局领导``, ``校领导`` (the leaders' sheet) are the 科室 of those leaders; a 局's 股, a 中学's 处
  (教务处, 总务处), a 中心's 科 are 科室; a 镇中心小学's card, 自查表 and lists name no 科室 (the 小学
  is the unit); the group rows ``一、学校领导``, ``二、教职工`` give no 科室 (they repeat the post's
  kind);
- every body is a unit of its own: 局长, 校长, 副校长, a 中心's 主任 and 副主任 are leaders; 股长, 科长
  and a 处's 主任 middle; the rest (会计, 干事, 教师, 报账员, 资助专干, 实训管理员, 总务干事) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 职业教育中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b495_"
PLACE = "泾川县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CHAIN_HEAD = "责任主体（股室-岗位-姓名）"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "郗澐翥", "leader", [
        ("营养改善计划供餐企业选定个人说了算", "制度机制", "一级", "供餐企业公开招标，党组会集体研究。"),
        ("插手学校工程和采购", "思想道德", "二级", "领导干部插手工程登记报告。"),
    ]),
    ("人事股", "股长", "鄄翃沚", "middle", [
        ("教师招聘资格审查把关不严", "岗位职责", "一级", "资格审查两人以上，结果公示。"),
        ("职称推荐材料审核放水", "业务流程", "二级", "推荐材料评审组集体审核。"),
    ]),
    ("计划财务股", "会计", "汲沄翚", "general", [
        ("营养餐专项资金拨付不按进度", "业务流程", "二级", "资金拨付股长复核、局长审签。"),
        ("接受供货商礼品", "外部环境", "三级", "签订廉洁承诺书，拒收登记。"),
    ]),
]  # fmt: skip


def jingchuan_bureau_chained_holder() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 26, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", CHAIN_HEAD, "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, f"{dept}-{post}-{who}", point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("制表：办公室", None, "审核：", None, "2025年6月", None)
    return _layout(
        "jingchuan_bureau_chained_holder",
        "http://t517.com/news/detail/462/84817.html",
        "(harder) 县教育局 岗位廉政风险防控一览表, after the source's account of a county's 农村义务教育学生营养改善计划 "
        "bought by 招投标 (供餐, 全覆盖): a title, 序号/ONE holder column headed ``责任主体（股室-岗位-姓名）`` whose cell, "
        "merged per holder, chains 股室, post and name by hyphens (``人事股-股长-…``) — no other 股室/岗位/姓名 column — "
        "then 廉政风险点/风险类型 (short)/``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingchuan_first_middle_two_sheets() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    lead = _Sheet("校领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}校领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("厍沣翊", "校长", "主持全面工作", [
            ("校服选用采购未经集体决策", "一级", "校服选用纳入“三重一大”，会议纪要公开。"),
            ("干部推荐任用程序不规范", "二级", "推荐人选民主测评并公示。"),
        ]),
        ("隗澂岚", "副校长", "分管后勤、安全", [
            ("食堂大宗物资采购倾向特定供应商", "一级", "大宗物资公开询价，三人以上验收。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "校领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("处室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}处室岗位廉政风险防控表", 7)
    dept.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("教务处", "主任", "蒯湉珝", "middle", "教辅资料违规征订", "一级", "教辅征订家长自愿，结果公示。"),
        ("总务处", "总务干事", "祁濛翀", "general", "校服样衣确认走过场", "二级", "家委会代表参与确认，全程记录。"),
        ("总务处", "总务干事", "祁濛翀", "general", "物资入库验收不实", "三级", "入库双人验收，台账月核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "jingchuan_first_middle_two_sheets",
        "http://222.249.159.90/dtxw/cwgk/5d793dc3ea824bb087b2936a4e3a502d.htm",
        "县第一中学's file in two sheets, after the source's 校服管理 方案 (校服工作领导小组, 选用委员会 of 姓名 | 职务, "
        "家长代表): ``校领导`` with 姓名/职务/分管工作 merged per person; ``处室`` with 处室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jingchuan_vocational_posts() -> dict:
    unit = f"{PLACE}职业教育中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    intern, train = "实习就业科", "实训科"
    rows = [
        (intern, "科长", "middle", "顶岗实习单位选定", "经中介安排实习并收取好处", "岗位职责风险", "Ⅰ级",
         "实习单位集体研究确定，协议公开。"),
        (intern, "科长", "middle", "实习报酬发放", "截留克扣学生实习报酬", "制度机制风险", "Ⅱ级",
         "报酬由实习单位直接打卡发放。"),
        (train, "实训管理员", "general", "实训耗材采购", "虚报耗材数量，以次充好", "业务流程风险", "Ⅰ级",
         "耗材按计划采购，领用登记。"),
        (train, "实训管理员", "general", "实训设备处置", "设备私自出借、变卖", "思想道德风险", "Ⅲ级",
         "设备处置报批，年终盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "jingchuan_vocational_posts",
        "http://m.cqtzb.org.cn/jxfw/202506/264373.html",
        "县职业教育中心 廉政风险点排查表 对岗不对人, after the source's 中等职业学校 实习管理办法 (顶岗实习, 实习单位, 安全 "
        "保障, 考核): a title, 序号/科室 merged (实习就业科, 实训科)/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def jingchuan_aid_centre_list() -> dict:
    unit = f"{PLACE}教育资助管理中心"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "亓翾岫", "leader", [
            ("资助名额分配不公开", "制度机制", "高", "名额分配中心会议集体研究并公示。"),
            ("为亲友说情认定困难学生", "思想道德", "中", "说情打招呼登记报告。"),
        ]),
        ("资助管理科", "资助专干", "佘澍翎", "general", [
            ("家庭经济困难学生认定审核不实", "岗位职责", "高", "认定材料学校评议、中心复核、公示。"),
            ("助学金发放信息泄露", "外部环境", "低", "学生信息专人管理，查询留痕。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "jingchuan_aid_centre_list",
        "http://fengdujob.net/go/家庭经济困难学生认定流程遵循.html",
        "县教育资助管理中心 岗位廉政风险防控一览表, after the source's account of how 家庭经济困难学生 are 认定 (申请, "
        "评议, 公示): a title, 序号/科室 merged (中心领导, 资助管理科)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jingchuan_chengguan_cards() -> dict:
    unit = f"{PLACE}城关镇中心小学"
    t = _Truth(unit)
    cards = [
        ("校长", "禚岍澔", "leader", [
            ("完小经费统筹分配不公", "★★★", "经费分配方案校务会研究，公开。"),
            ("完小校长考核打人情分", "★★", "考核细则公开，结果公示。"),
        ]),
        ("报账员", "逯沨珽", "general", [
            ("完小报账票据审核不严", "★★", "票据双人审核，校长审签。"),
            ("现金收支不入账", "★", "现金日清月结，定期盘点。"),
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
        sh.add("持卡人（签字）：", None, "监督人（签字）：", None)
        sheets.append(sh)
    return _layout(
        "jingchuan_chengguan_cards",
        "https://jxxfw.com/periodical/a34b4df118ac255251c7c53c34baddd9.html",
        "县城关镇中心小学 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 报账员), after the source's paper on a 镇中心小学's "
        "“1+X” 管理 of its 8 所完小 (中心校, 完小, 管理效能): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 监督人（签字）：``",
        sheets, t,
    )  # fmt: skip


def jingchuan_yudu_selfchecks() -> dict:
    unit = f"{PLACE}玉都镇中心小学"
    t = _Truth(unit)
    people = [
        ("訾湉翃", "校长", "leader", [
            ("村小校长选用凭个人意见", "高风险", "村小校长人选集体研究，公示。"),
            ("村小维修工程指定施工方", "中风险", "维修工程比价选择，验收公示。"),
        ]),
        ("缑翎澂", "教师", "general", [
            ("违规有偿补课", "中风险", "签订承诺书，接受家长监督。"),
            ("收受家长礼品礼金", "低风险", "节日廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jingchuan_yudu_selfchecks",
        "https://www.ppdoc.com/periodical/5afa57deabcac1b388fb7bbc4741dc93.html",
        "县玉都镇中心小学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on a "
        "镇中心小学 managing its 村小校长 (选好村小校长, 中心小学校长负责制): a title, a label row ``姓　名 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def jingchuan_gaoping_group_rows() -> dict:
    unit = f"{PLACE}高平镇中心小学"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", [
            ("副校长", "眭珩沄", "leader", [
                ("村小师资调配优亲厚友", "一级风险", "调配方案校务会研究并公示。"),
                ("公用经费审批把关不严", "二级风险", "经费支出两人审核。"),
            ]),
        ]),
        ("二、教职工", [
            ("干事", "阚沚翯", "general", [
                ("营养餐学生人数虚报", "一级风险", "就餐人数每日登记，班主任签字。"),
                ("营养餐食材验收不严", "三级风险", "食材验收三人在场，留样。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "jingchuan_gaoping_group_rows",
        "https://soolun.net/periodical/f26a8e299e74d5065134acec6d1ede0f.html",
        "县高平镇中心小学 廉政风险防控责任清单, after the source's paper on a 中心校 balancing 办学条件, 经费, 师资调配 over "
        "its 村小: a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、学校领导``, ``二、教职工`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def jingchuan_libao_list() -> dict:
    unit = f"{PLACE}荔堡镇中心小学"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校长", "蔺翚沅", "leader", "校服款式价格未经家委会商定", "制度机制", "高", "家委会代表参与选定，公示。"),
        ("校长", "蔺翚沅", "leader", "接受校服供货商宴请", "思想道德", "中", "与供货商接触两人以上。"),
        ("会计", "郜澴岫", "general", "校服费代收代付不入账", "业务流程", "中", "代收费用专户管理，按月公开。"),
        ("会计", "郜澴岫", "general", "会计档案管理不规范", "岗位职责", "低", "档案专人管理，查阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "jingchuan_libao_list",
        "https://qujiangyizhong.com/info/1014/5822.htm",
        "县荔堡镇中心小学 廉政风险防控一览表, after the source's account of a school's 校服公示会 with the 家长委员会 "
        "(面料, 款式, 价格): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingchuan_bureau_chained_holder(),
    jingchuan_first_middle_two_sheets(),
    jingchuan_vocational_posts(),
    jingchuan_aid_centre_list(),
    jingchuan_chengguan_cards(),
    jingchuan_yudu_selfchecks(),
    jingchuan_gaoping_group_rows(),
    jingchuan_libao_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch495-inbox"))

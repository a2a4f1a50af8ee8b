"""The five-hundred-and-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 城市管理
and 住建 bodies, 凉州区 (the district of 武威, 甘肃) — its 城市管理综合执法局, 住房和城乡建设局,
环境卫生服务中心, 园林绿化中心 and four 街道城建办 (东大街街道, 西大街街道, 火车站街道, 荣华街道 —
streets of the district) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 城市管理综合执法局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 环境卫生服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 园林绿化中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、养护管理科`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 东大街街道城建办's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 西大街街道城建办's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 火车站街道城建办's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低;
- the 荣华街道城建办's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``liangzhou_housing_point_sentence``: the 住房和城乡建设局's 岗位廉政风险防控一览表 writes THE
  POINT AND HOW IT SHOWS AS TWO SENTENCES IN ONE CELL, PARTED ONLY BY A FULL STOP: the heading is
  ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点及表现形式 | 风险类型 | 风险等级 | 防控措施`` (no separate
  description column) and every cell of the fifth column is written on ONE LINE
  ``保障房资格审核不严。对收入、住房情况核查不实，为不符合条件的家庭办理。`` — first the short point
  closed by ``。``, then the description, closed by ``。`` too (no line break, no label such as
  ``表现形式：`` or ``对策：``, no colon, no dash, no arrow, no bracket, no connective such as
  ``主要表现为``, no run of spaces, no bold run). ``科室`` is merged over its rows, ``岗位`` and
  ``责任人`` over the person's; short types; 高/中/低; an 编制人/审核人/date line. The shape is about
  HOW THE POINT AND ITS DESCRIPTION ARE JOINED. The README's 读得懂的表 and the notes of the earlier
  batches know a point and its description parted by a line break (a label ``表现形式：`` opening the
  second paragraph, numbered 表现 lines), by typed spaces, by a colon (``短名：表现``), by a dash, by an
  arrow, by a closing bracket the heading names, by a bold run (batch 399: a bold first sentence), by
  the words that say so (``，主要表现为`` …, batch 497), a point then ``。对策：`` and its measure
  (batch 296), or by two rows; none describes a plain-typed cell of two sentences whose FIRST is the
  point and whose second is how it shows, told apart by nothing but the full stop. Read whole, the
  point swallows the description; read by a known separator, nothing parts them.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区住建局 住房保障科's 行走设计 of a
year's 老旧小区改造 with the 设计单位 and the 街道; a 城市管理执法局's 联合执法 pulling down 跨街 户外广告
and going on to 墙体广告 and 店招; a 环卫所's 道路清扫, 垃圾收集 and 公厕保洁; a 苗木种植施工方案 — 起苗,
土坨, 运输, 栽植; a 街办城建科 and 执法中队 巡查 of 违法建设 — 定期巡查, 入村调查, 拆了再建; three 街道
accounts of 老旧小区改造 — 拆除违法建筑, 污水管网, 电动车充电棚, 单元门, 信报箱, 居民意见) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames with rare given names); every unit is a body of 凉州区
(``unit_words=("凉州区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch501`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the FIRST SENTENCE of the cell without its full stop (the short
  name); the second sentence is its description, no point and no second point; the cell is one
  point;
- ``局领导`` (the 城市管理综合执法局's leaders' sheet, the 住建局's 科室 cell) is the 科室 of those
  leaders; a 局's 科, a 中心's 股 are 科室; a group row ``一、中心领导`` gives the 科室 ``中心领导``,
  ``二、养护管理科`` the 科室 ``养护管理科`` (its number left off), as batch 280 did; a 街道城建办's card,
  自查表 and lists name no 科室 (the 城建办 is the unit);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and a 城建办's 主任 and 副主任 are
  leaders; 科长 and 股长 middle; the rest (科员, 管理员, 技术员, 巡查员, 干事, 工作人员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 环境卫生服务中心's list names no person: its forms are posts
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

PREFIX = "b501_"
PLACE = "凉州区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STOP = "。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(风险点, 表现形式, 风险类型, 风险等级, 防控措施)])
HOUSING = [
    ("局领导", "局长", "禚沺翯", "leader", [
        ("老旧小区改造项目安排个人说了算", "改造小区名单未经党组会集体研究，凭关系先后排序",
         "制度机制", "高", "改造计划党组会集体研究，名单公示。"),
        ("插手改造工程发包", "为关系企业打招呼，指定施工单位", "思想道德", "中",
         "领导干部插手工程建设登记报告。"),
    ]),
    ("住房保障科", "科长", "厍翙漪", "middle", [
        ("保障房资格审核不严", "对收入、住房情况核查不实，为不符合条件的家庭办理", "岗位职责", "高",
         "资格审核街道、区两级联审，结果公示。"),
        ("改造设计变更把关不严", "随意增加改造内容，抬高工程造价", "业务流程", "中",
         "设计变更经行走设计小组会审。"),
    ]),
    ("建筑市场监管科", "科员", "訾沨璆", "general", [
        ("施工许可办理拖延", "故意设置障碍，借机吃拿卡要", "外部环境", "中",
         "许可事项网上办理，时限公开。"),
        ("执法检查降格处理", "对违法违规行为以罚代管、应罚不罚", "岗位职责", "低",
         "处罚决定集体审议，结果公开。"),
    ]),
]  # fmt: skip


def liangzhou_housing_point_sentence() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 14, 8, 10, 50, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(
        "序号", "科室", "岗位", "责任人", "廉政风险点及表现形式", "风险类型", "风险等级", "防控措施"
    )
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in HOUSING:
        for point, shows, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, f"{point}{STOP}{shows}{STOP}", typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "liangzhou_housing_point_sentence",
        "http://xzr.ahnews.com.cn/news/2024/01/09/c_461019.htm",
        "(harder) 区住建局 岗位廉政风险防控一览表, after the source's account of a 区住建局 住房保障科's 老旧小区改造 "
        "行走设计 (改造小区, 设计单位, 居民意见): a title, 序号/科室 merged (局领导, 住房保障科, 建筑市场监管科)/岗位 "
        "and 责任人 merged per person/ONE column ``廉政风险点及表现形式`` whose every cell is TWO SENTENCES on one "
        "line ``<point>。<description>。`` (the short point closed by a full stop, then how it shows; no line "
        "break, no label, no colon, dash, bracket, connective or spaces)/风险类型 (short)/高/中/低/防控措施; an "
        "编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def liangzhou_urban_two_sheets() -> dict:
    unit = f"{PLACE}城市管理综合执法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亓澂翾", "局长", "主持全面工作", [
            ("户外广告设置审批个人说了算", "一级", "广告设置审批局务会集体研究。"),
            ("干预执法大队案件查处", "二级", "插手执法案件登记报告。"),
        ]),
        ("逯瀞珣", "副局长", "分管执法大队", [
            ("拆除违法广告选择性执法", "一级", "整治清单公开，联合执法全程记录。"),
            ("接受广告业主宴请", "三级", "节前廉洁提醒，拒收登记。"),
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
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("市容管理科", "科长", "茆澴玙", "middle", "户外广告备案审核不严", "一级", "备案材料两人审核，结果公示。"),
        ("执法监督科", "科员", "缑瀼珈", "general", "案件审核降低处罚标准", "二级", "自由裁量基准公开，案件复核。"),
        ("执法监督科", "科员", "缑瀼珈", "general", "泄露举报人信息", "三级", "举报件专人登记，信息保密。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "liangzhou_urban_two_sheets",
        "http://tianmen.cjyun.org/p/124779.html",
        "区城市管理综合执法局's file in two sheets, after the source's account of a 城市管理执法局 拆除跨街 户外广告 "
        "(联合执法, 墙体广告, 店招 整治): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with "
        "科室/岗位/姓名 merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def liangzhou_sanitation_posts() -> dict:
    unit = f"{PLACE}环境卫生服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    clean, toilet = "清扫保洁股", "公厕管理股"
    rows = [
        (clean, "股长", "middle", "保洁作业考核", "考核打分凭印象，为关系人员多报出勤", "岗位职责风险", "Ⅰ级",
         "考核结果每月公示，抽查复核。"),
        (clean, "股长", "middle", "清扫工具采购", "采购不比价，虚报采购数量", "制度机制风险", "Ⅱ级",
         "采购三家比价，验收双人签字。"),
        (toilet, "管理员", "general", "公厕维修费用", "维修项目虚列，费用不实", "业务流程风险", "Ⅱ级",
         "维修前后拍照，费用审核。"),
        (toilet, "管理员", "general", "保洁物资领用", "物资私领私用", "思想道德风险", "Ⅲ级",
         "领用登记，按月盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "liangzhou_sanitation_posts",
        "https://bkwk.cn/article/jmhssdhwsjmcsqjbhdshz-a17739610.html",
        "区环境卫生服务中心 廉政风险点排查表 对岗不对人, after the source's account of a 环卫所's work (道路清扫, "
        "垃圾收集, 公厕保洁): a title, 序号/股室 merged (清扫保洁股, 公厕管理股)/岗位 merged per post/a short 风险点/a "
        "long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | "
        "2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def liangzhou_greening_group_rows() -> dict:
    unit = f"{PLACE}园林绿化中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "笪潆玥", "leader", [
                ("苗木采购供应商指定", "一级风险", "苗木采购进入交易平台。"),
                ("绿化工程验收把关不严", "二级风险", "验收邀请审计、使用单位参加。"),
            ]),
        ]),
        ("二、养护管理科", "养护管理科", [
            ("技术员", "郏澔璟", "general", [
                ("苗木规格验收放水", "一级风险", "土坨、胸径逐株抽检，拍照存档。"),
                ("养护工程量虚报", "三级风险", "养护台账按月核对。"),
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
        "liangzhou_greening_group_rows",
        "https://bdocx.com/doc/21030371.html",
        "区园林绿化中心 廉政风险防控责任清单, after the source's 苗木种植施工方案 (起苗, 土坨, 运输, 栽植): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、养护管理科`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def liangzhou_dongdajie_cards() -> dict:
    unit = f"{PLACE}东大街街道城建办"
    t = _Truth(unit)
    cards = [
        ("主任", "仉澜珺", "leader", [
            ("违法建设查处瞒报漏报", "★★★", "巡查台账逐日登记，街道抽查。"),
            ("拆违补偿审核不严", "★★", "补偿方案集体研究，公示。"),
        ]),
        ("巡查员", "鄢潍翊", "general", [
            ("发现违建不制止不上报", "★★", "巡查定位留痕，发现即报。"),
            ("收受当事人好处", "★", "签订廉洁承诺书。"),
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
        "liangzhou_dongdajie_cards",
        "http://m.news.wmxa.cn/n/201507/257375.html",
        "区东大街街道城建办 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 巡查员), after the source's account of a "
        "街办城建科 and 执法中队 巡查 违法建设 (定期巡查, 入村调查, 拆了再建): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def liangzhou_xidajie_selfchecks() -> dict:
    unit = f"{PLACE}西大街街道城建办"
    t = _Truth(unit)
    people = [
        ("佴瀚玮", "主任", "leader", [
            ("老旧小区改造居民意见走过场", "高风险", "改造方案入户征求意见，签字留存。"),
            ("配合拆违时优亲厚友", "中风险", "拆违清单公示。"),
        ]),
        ("隗湉璐", "科员", "general", [
            ("施工现场签证不实", "中风险", "签证两人到场，拍照存档。"),
            ("改造资料归档不全", "低风险", "资料清单化归档。"),
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
        sh.add("本人签名：", None, "街道意见：", None, None)
        sheets.append(sh)
    return _layout(
        "liangzhou_xidajie_selfchecks",
        "https://dgxww.gov.cn/portal/article/index.html?id=11829325",
        "区西大街街道城建办 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "account of a 街道's 老旧小区改旧 (拆除违法建筑, 污水管网, 居民意见): a title, a label row "
        "``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 街道意见：``",
        sheets, t,
    )  # fmt: skip


def liangzhou_huochezhan_list() -> dict:
    unit = f"{PLACE}火车站街道城建办"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "蒉沄翃", "leader", "改造项目结算审核不严", "岗位职责", "高", "结算送审，街道班子审定。"),
        ("主任", "蒉沄翃", "leader", "接受施工单位宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("干事", "琚澍珧", "general", "充电桩安装点位私下调整", "业务流程", "中", "点位方案公示，居民议定。"),
        ("干事", "琚澍珧", "general", "改造材料验收不实", "制度机制", "低", "材料进场三方验收。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "liangzhou_huochezhan_list",
        "https://www.huiji.gov.cn/bmdt/7843762.jhtml",
        "区火车站街道城建办 廉政风险防控一览表, after the source's account of a 街道's 老旧小区 改造 项目 (排水管网, "
        "电动车充电棚, 拆除违法建设): a title, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def liangzhou_ronghua_duty_list() -> dict:
    unit = f"{PLACE}荣华街道城建办"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副主任", "厍澧玟", "leader", "小区改造组织", "改造内容随意增减", "一级", "一小区一方案，变更报批。"),
        ("副主任", "厍澧玟", "leader", "居民意见征求", "意见征求不实，代签代填", "二级", "入户征求，签字拍照。"),
        ("工作人员", "禤瀞璘", "general", "单元门更换", "更换数量虚报", "二级", "逐栋核对，居民签认。"),
        ("工作人员", "禤瀞璘", "general", "信报箱安装", "接受供货商礼品", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "liangzhou_ronghua_duty_list",
        "http://acwmw.com/chuangjian/wenming/202209274735.html",
        "区荣华街道城建办 廉政风险防控责任清单, after the source's account of a 街道办's five 老旧小区 改造 (单元门, "
        "雨污管网, 信报箱, 充电桩): a title, 序号/岗位 and 姓名 merged per person/``职责事项`` before the "
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    liangzhou_housing_point_sentence(),
    liangzhou_urban_two_sheets(),
    liangzhou_sanitation_posts(),
    liangzhou_greening_group_rows(),
    liangzhou_dongdajie_cards(),
    liangzhou_xidajie_selfchecks(),
    liangzhou_huochezhan_list(),
    liangzhou_ronghua_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch501-inbox"))

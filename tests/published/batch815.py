"""The eight-hundred-and-fifteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's archives
and local-history bodies, 秭归县 (of 宜昌市, 湖北省) — its 档案馆, 档案局 (档案执法监督股), 地方志编纂中心,
县委党史研究室 and 城市建设档案馆, and the 档案室 of three of its towns (茅坪镇, 郭家坝镇, 屈原镇) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 地方志编纂中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short types,
  ``一级/二级/三级``;
- the 党史研究室's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 档案局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 城市建设档案馆's 一览表 in TWO SHEETS ``馆领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 茅坪镇's 清单 under ``附件1`` and GROUP ROWS ``一、镇领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 郭家坝镇's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 屈原镇's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row, short
  types, ``较高/一般/较低`` (all three used, and a ``注：`` line naming the three grades).

One is harder:

- ``zigui_archives_hall_pairs_spilled``: the 档案馆's 岗位廉政风险点排查表 on the county's template,
  ONE ROW A PERSON (``序号 | 科室 | 岗位 | 姓名``) with TWO headed point pairs ``廉政风险点（一） | 风险等级 |
  廉政风险点（二） | 风险等级``; a person with more than two points went on typing his third and fourth
  ``point | level`` pairs RIGHTWARDS INTO UNHEADED COLUMNS past the heading (I–L), as the ``注：`` line
  under the table tells them to (``超过两个的，在右侧空白列依次续填风险点和风险等级``); a person with one
  point leaves the second pair blank. The README's 读得懂的表 knows several headed pairs in one row
  (``风险点1 | 风险等级 | 风险点2 | 风险等级``) and MEASURES typed on into unheaded columns
  (``MEASURES_ACROSS_COLUMNS``); it does not describe points and their levels continued pair by pair
  into unheaded columns beyond the template's heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an article on 档案造假 — 篡改、伪造、
涂改、隐匿档案, 档案审核; a 县 on 年鉴 与 志书 — 供稿单位, 审定, 篇目; a 市委党史研究室 on 口述资料征集 —
访谈对象, 录音录像, 整理报送; a 省档案局 survey of 档案行政执法 — 执法检查, 处罚, 调研表; the
《城市建设档案管理暂行规定》 — 接收、登记、保管, 保密, 工程竣工档案; a 市 on 乡镇档案 规范化管理 —
标准化库房, 归档文件; a 乡镇机关档案室建设验收标准 — 库房, 设备, 借阅销毁流程; a 档案管理办法 —
开放档案利用, 未开放档案批准, 有偿服务 and 复制工本费) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 尉 and 汲 with rare given names); every unit is a body of 秭归县.

Run ``python tests/published/score.py --set batch815`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every ``point | level`` pair of a person's row is a point of that row's person
  with that level, in the headed columns and in the unheaded ones right of them alike; a blank pair
  is none; the ``注：`` line and the 填表/审核 line are no points;
- ``馆领导``, ``中心领导``, ``局领导`` and a group row ``一、镇领导`` are the 科室 of those leaders; the
  党史研究室's cards' leaders and the 城建档案馆's sheet ``馆领导`` (no 科室 column) have no 科室; a
  馆's or 中心's 科, a 局's 股 and a 镇's 办 or 中心 are 科室; a group row ``二、党政综合办公室`` gives the
  科室 ``党政综合办公室`` (its number left off);
- 馆长, 副馆长, 局长, 主任 and 副主任 of a 中心 or 研究室, 镇长 and 副镇长 are leaders; 科长, 股长 and an
  办's 主任 middle; the rest (档案员, 编辑, 会计, 执法人员, 系统管理员, 利用服务员…) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 档案局's list names
  no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低, ``高风险/中风险/低风险``
  and (a table using all three) ``较高/一般/较低`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b815_"
PLACE = "秭归县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEADED = 2  # point pairs the template's heading covers
SPILL = 2  # further pairs typed on into unheaded columns

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级), …]) — one row a person
PAIRS = [
    ("馆领导", "馆长", "尉珝澂", "leader", [
        ("档案馆库改造项目干预招标、指定施工单位", "高"),
        ("档案数字化外包服务商选定不经集体研究", "高"),
        ("馆藏档案销毁鉴定意见未经鉴定小组审查即签批", "中"),
        ("接受服务商宴请或礼品礼金", "低"),
    ]),
    ("馆领导", "副馆长", "汲翾璆", "leader", [
        ("批准利用未开放档案不按规定程序", "高"),
        ("档案编研书稿印制费用审核把关不严", "中"),
        ("为亲友查档出具证明材料打招呼", "中"),
    ]),
    ("保管利用科", "科长", "尉漪珣", "middle", [
        ("出具与档案原始记录不符的证明材料", "高"),
        ("档案出入库交接登记不全，档案丢失损毁", "中"),
    ]),
    ("保管利用科", "利用服务员", "汲沨琬", "general", [
        ("复制档案超标准收费或收费不开票据", "中"),
    ]),
    ("征集编研科", "科长", "汲璟翙", "middle", [
        ("征集档案资料时虚报征集费、误工补贴", "中"),
    ]),
    ("信息技术科", "系统管理员", "尉岑瑢", "general", [
        ("违规给数字化外包人员开通档案系统账号和权限", "高"),
        ("擅自拷贝、留存数字化档案信息", "高"),
        ("电子档案备份介质管理混乱", "低"),
    ]),
]  # fmt: skip


def zigui_archives_hall_pairs_spilled() -> dict:
    unit = f"{PLACE}档案馆"
    head = 4 + 2 * HEADED
    ncols = head + 2 * SPILL
    sh = _Sheet("排查表", [6, 12, 11, 9] + [30, 8] * HEADED + [30, 8] * SPILL)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", head)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年6月", head)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "姓名",
        "廉政风险点（一）",
        "风险等级",
        "廉政风险点（二）",
        "风险等级",
    )
    for n, (dept, post, who, tier, items) in enumerate(PAIRS, 1):
        cells = [n, dept, post, who]
        for point, lv in items:
            cells += [point, lv]
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        # a person with one point leaves the second headed pair blank; none past the last point
        while len(cells) < head:
            cells.append(None)
        sh.add(*cells)
    _line(
        sh,
        "注：风险等级分高、中、低三级；每人风险点超过两个的，在右侧空白列依次续填风险点和风险等级。",
        head,
    )
    sh.add("填表人：", None, None, "审核人：", None, None, "馆长（签字）：", None)
    assert max(len(r) for r in sh.rows) == ncols
    return _layout(
        "zigui_archives_hall_pairs_spilled", "https://fx361.cc/page/2023/0530/21943712.shtml",
        "(harder) 县档案馆 岗位廉政风险点排查表, after the source's article on 档案造假 (篡改、伪造、涂改、隐匿档案, 档案审核, "
        "出具证明): a title, a merged 填报单位/填报时间 line, then ONE ROW A PERSON ``序号 | 科室 | 岗位 | 姓名`` with the "
        "template's TWO headed pairs ``廉政风险点（一） | 风险等级 | 廉政风险点（二） | 风险等级``; a person with three or four "
        "points typed the further ``point | level`` pairs on RIGHTWARDS INTO UNHEADED COLUMNS (I–L) past the heading, as "
        "the ``注：`` line under the table says (``超过两个的，在右侧空白列依次续填``); one point leaves the second pair blank; "
        "高/中/低, no type or measures column; a 填表人/审核人/馆长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zigui_gazetteer_center_list() -> dict:
    unit = f"{PLACE}地方志编纂中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "尉瑑岍", "leader", [
            ("志书、年鉴承印单位选定不经集体研究", "制度机制", "一级", "承印单位按政府采购程序确定，结果公示。"),
            ("志稿终审把关不严，为供稿单位拔高业绩", "岗位职责", "二级", "志稿实行三审制，终审意见存档。"),
        ]),
        ("志书编纂科", "科长", "汲霂珽", "middle", [
            ("篇目设置和入志人物收录优亲厚友", "思想道德", "一级", "入志人物标准公开，编委会集体审定。"),
        ]),
        ("志书编纂科", "编辑", "尉璘涴", "general", [
            ("接受供稿单位请托，删改不利记述", "外部环境", "二级", "稿件修改留痕，重大删改报科长审核。"),
            ("资料征集费、审稿费虚报冒领", "业务流程", "三级", "费用凭签收单据报销，按月公示。"),
        ]),
        ("年鉴编辑科", "科长", "汲砚翯", "middle", [
            ("年鉴供稿单位撰稿费发放不按标准", "业务流程", "二级", "撰稿费按统一标准核发，经主任审批。"),
        ]),
        ("办公室", "会计", "尉湉璐", "general", [
            ("编纂经费报账单据审核不严", "业务流程", "二级", "报账单据经办人、证明人、审批人三签。"),
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
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "zigui_gazetteer_center_list", "http://jhwsw.com/zzdzb/ShowArticle.asp?ArticleID=981",
        "县地方志编纂中心 岗位廉政风险防控一览表, after the source's piece on 年鉴 与 志书 接轨 (供稿单位, 审定, 篇目, "
        "立传人物标准): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zigui_party_history_cards() -> dict:
    unit = f"中共{PLACE}委党史研究室"
    t = _Truth(unit)
    cards = [
        ("主任", "汲翊澴", "主任", "主持全面工作", "leader", [
            ("口述史访谈对象确定不经室务会研究", "★★", "访谈对象室务会集体确定，名单存档。"),
            ("党史书籍出版经费使用不规范", "★★★", "出版经费专款专用，接受审计。"),
            ("接受采访对象或出版单位宴请", "★", "严守中央八项规定精神，节前提醒。"),
        ]),
        ("副主任", "尉琮岖", "副主任", "分管资料征集、宣传教育", "leader", [
            ("征集党史资料私自留存、擅自公布", "★★★", "征集资料登记入库，公布须经审批。"),
            ("宣传教育活动场地和物资采购化整为零", "★★", "采购按限额标准集体决定，三方比价。"),
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
        "zigui_party_history_cards", "http://www.testdetective.com/2023-1/29/756-131-11856.htm",
        "县委党史研究室 领导干部廉政风险防控卡, one sheet a leader, after the source's 市委党史研究室 on 口述资料征集 "
        "(访谈对象, 录音录像, 整理报送, 工作领导小组): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zigui_archives_bureau_posts() -> dict:
    unit = f"{PLACE}档案局"
    sh = _Sheet("排查表", [6, 16, 10, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "档案行政处罚案件说情干预、降格处理", "岗位职责风险", "高",
         "处罚案件集体审议，说情干预登记报告。"),
        ("档案执法监督股", "股长", "middle", "执法检查中发现违法线索不移送、不立案", "岗位职责风险", "高",
         "检查情况记录在案，线索台账每月核查。"),
        ("档案执法监督股", "股长", "middle", "行政处罚自由裁量不按基准执行", "制度机制风险", "中",
         "严格执行裁量基准，处罚决定法制审核。"),
        ("档案执法监督股", "执法人员", "general", "执法检查接受被检查单位宴请、礼品", "思想道德风险", "中",
         "检查前签订廉洁承诺，两人以上同行。"),
        ("业务指导股", "股长", "middle", "机关档案工作评价打分不实", "业务流程风险", "中",
         "评价结果复核公示，评分表存档。"),
        ("业务指导股", "股长", "middle", "向被指导单位推销档案装具、软件", "外部环境风险", "低",
         "严禁推荐供应商，开展专项排查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "zigui_archives_bureau_posts", "http://m.zgkjsz.com/page/2015/0423/1284131.shtml",
        "县档案局 岗位廉政风险点排查表 对岗不对人, after the source's 省档案局 survey of 档案行政执法 (执法检查, 处分规定, "
        "调研表, 行政处罚): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zigui_urban_archives_two_sheets() -> dict:
    unit = f"{PLACE}城市建设档案馆"
    t = _Truth(unit)
    lead = _Sheet("馆领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}馆领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("尉泠翚", "馆长", "主持全面工作", [
            ("工程竣工档案验收意见签署把关不严", "Ⅰ级", "验收意见经业务科初审、馆务会审定。"),
            ("档案库房设备采购指定品牌", "Ⅱ级", "采购需求集体论证，按政府采购程序实施。"),
        ]),
        ("汲珹岫", "副馆长", "分管接收、利用", [
            ("涉密工程档案违规提供利用", "Ⅰ级", "涉密档案利用报馆长审批，登记备查。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 10, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("业务指导科", "科长", "尉澍瑭", "middle", "建设单位未移交档案即出具移交证明", "Ⅰ级",
         "移交证明凭接收登记簿出具，双人核对。"),
        ("业务指导科", "科长", "尉澍瑭", "middle", "竣工图补测补绘要求随意降低", "Ⅱ级", "补测补绘要求书面告知，存档备查。"),
        ("业务指导科", "档案员", "汲瑢岺", "general", "接收档案登记整理不及时，造成散失", "Ⅲ级",
         "接收档案当日登记，每季度清点。"),
        ("查询利用科", "科长", "尉峤琤", "middle", "查询利用收费不按标准", "Ⅱ级", "收费标准上墙公示，统一开票。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "zigui_urban_archives_two_sheets", "http://ahjjxx.com/item/2022/0902/544.html",
        "县城市建设档案馆 廉政风险防控一览表 in TWO SHEETS, after the source's 《城市建设档案管理暂行规定》 (接收、登记、整理, "
        "保密规定, 工程竣工档案, 专用库房): sheet 馆领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zigui_maoping_group_rows() -> dict:
    unit = f"{PLACE}茅坪镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}档案工作廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("副镇长", "汲瑆澐", "leader", [
                ("档案库房标准化改造项目化整为零规避招标", "一级风险", "改造项目按限额标准报镇党委会研究。"),
            ]),
        ]),
        ("二、党政综合办公室", "党政综合办公室", [
            ("主任", "尉翀溦", "middle", [
                ("归档文件整理外包验收走过场", "二级风险", "外包成果逐件抽检，验收记录存档。"),
            ]),
            ("档案员", "汲璩岚", "general", [
                ("擅自出借、复制土地承包档案", "一级风险", "档案借阅登记，复制经主任审批。"),
                ("到期档案销毁不经鉴定、不造册", "二级风险", "销毁清册经鉴定小组审核，监销人签字。"),
            ]),
        ]),
        ("三、便民服务中心", "便民服务中心", [
            ("主任", "尉沄翎", "middle", [
                ("民生档案查询出具证明收取好处", "二级风险", "查询证明统一编号登记，免费出具。"),
                ("婚姻、户籍档案信息泄露", "三级风险", "查询人员实名登记，信息保密承诺。"),
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
        "zigui_maoping_group_rows", "https://jda.cq.gov.cn/xwzx/hyxx/content_2651",
        "镇人民政府 档案工作廉政风险防控清单, after the source's 乡镇档案 规范化管理 (标准化档案库房, 归档文件, 提供利用): "
        "``附件1``, a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、镇领导``, ``二、党政综合办公室``, ``三、便民服务中心`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def zigui_guojiaba_selfchecks() -> dict:
    unit = f"{PLACE}郭家坝镇人民政府"
    t = _Truth(unit)
    people = [
        ("汲峋瑗", "党政综合办公室", "档案员", "general", [
            ("档案借阅不登记、逾期不催还", "中风险", "借阅登记，每月清理逾期档案。", "已落实"),
            ("档案库房钥匙交由他人保管", "低风险", "库房钥匙双人保管，进出登记。", "已落实"),
            ("为他人涂改、抽换档案材料", "高风险", "档案材料编页装订，查阅全程在场。", "未发现问题"),
        ]),
        ("尉珞湲", "党政综合办公室", "主任", "middle", [
            ("档案室设备采购不按程序", "中风险", "采购经镇政府常务会研究。", "未发现问题"),
            ("年度归档检查打分不实", "低风险", "检查结果在机关内公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}档案工作岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zigui_guojiaba_selfchecks", "http://bbs.tynfd.cn/jxfw/202507/233318.html",
        "镇人民政府 档案工作岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "乡镇机关档案室建设验收标准 (独立库房, 设备配置, 借阅销毁流程, 定期检查): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def zigui_quyuan_list() -> dict:
    unit = f"{PLACE}屈原镇人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 11, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}档案工作岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "尉淏璠", "leader", "批准利用未开放档案不经审批程序", "制度机制", "较高",
         "未开放档案利用一律报县档案馆审批。"),
        ("党政综合办公室", "主任", "汲琬峣", "middle", "档案复制收费不开票据、私设小账", "业务流程", "较高",
         "收费统一开具票据，按月缴入财政。"),
        ("党政综合办公室", "档案员", "尉翙沅", "general", "利用自己形成的档案时违规收取费用", "岗位职责", "一般",
         "本单位形成的档案只收复制工本费。"),
        ("党政综合办公室", "档案员", "尉翙沅", "general", "向外单位透露档案信息谋取私利", "思想道德", "较高",
         "签订保密承诺书，档案信息分级授权。"),
        ("社会事务办", "主任", "汲澂璎", "middle", "寄存档案未经寄存者同意擅自公布", "外部环境", "较低",
         "寄存档案公布须取得书面同意。"),
        ("社会事务办", "主任", "汲澂璎", "middle", "移民档案查询出具证明把关不严", "业务流程", "一般",
         "查询证明与原始记录逐项核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), SCALE[lv])
    _line(sh, "注：风险等级分较高、一般、较低三档。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "镇长（签字）：", None, None)
    return _layout(
        "zigui_quyuan_list", "http://www.fymate.net/html/text/lar/168017/16801725_4.html",
        "镇人民政府 档案工作岗位廉政风险防控一览表, after the source's 档案管理办法 (开放档案利用, 未开放档案须经馆长批准, "
        "寄存档案, 有偿服务, 复制工本费): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``较高/一般/较低``/防控措施; a ``注：`` line "
        "naming the three grades and a 填表人/审核人/镇长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zigui_archives_hall_pairs_spilled(),
    zigui_gazetteer_center_list(),
    zigui_party_history_cards(),
    zigui_archives_bureau_posts(),
    zigui_urban_archives_two_sheets(),
    zigui_maoping_group_rows(),
    zigui_guojiaba_selfchecks(),
    zigui_quyuan_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch815-inbox"))

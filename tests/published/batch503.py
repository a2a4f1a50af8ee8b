"""The five-hundred-and-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文化和旅游
bodies, 古浪县 (a county of 武威, 甘肃) — its 文化和旅游局, 图书馆, 文化馆, 博物馆, 景区管理中心,
文物保护中心, 非物质文化遗产保护中心 and 文化市场综合行政执法队 — each handing back the 一览表, 排查表,
防控卡, 自查表 or 清单 its staff typed:

- the 图书馆's file in two sheets ``馆领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``部室`` (``部室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 博物馆's 排查表 对岗不对人: ``部室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 文化馆's 责任清单 under GROUP ROWS ``一、馆领导`` / ``二、群文辅导部`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 景区管理中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 文物保护中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 非物质文化遗产保护中心's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低;
- the 文化市场综合行政执法队's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``gulang_bureau_handover_arrow``: the 文化和旅游局's 岗位廉政风险防控一览表 writes A POST WHOSE HOLDER
  CHANGED AS THE OLD AND THE NEW HOLDER'S NAMES JOINED BY AN ARROW in the one ``责任人`` cell:
  ``郗澂翾→宓瀛曈`` (the post was handed from the first to the second; the second holds it now). The
  heading is ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``; ``科室`` is
  merged over its rows, ``岗位`` and ``责任人`` over the person's; two of the four posts carry an arrow
  cell (局长, 文物股 股长), the other two a plain name; a ``注：`` line under the table says
  ``责任人栏“甲→乙”为年内岗位调整，乙为现任责任人。``; short types; 高/中/低; an 编制人/审核人/date line.
  The shape is about WHO HOLDS THE POST. The README's 读得懂的表 and the notes of the earlier
  batches know a present and a former holder told by LABELS (``现：…⏎原：…``, ``（现任）`` /
  ``（原…，已调出）``), a successor named in the 备注 (``该岗位由…接任``), a holder's arrival date
  bracketed after the name, two holders of one post (``A岗:…⏎B岗:…``, ``经办员（…、…）``), a post with
  its 科室 bracketed, a supervisor bracketed, and an arrow only between a point and its measures
  (``…→…``) or between an old and a new LEVEL (``高→中``); none describes a holder cell of two names
  joined by ``→``, old first, new last, with no label, no bracket and no line break. Read as one
  name the cell is no person; read as two, the first (former) holder gets the post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 肃南县 account of a year's
文化旅游 work — 送文化下乡, 文旅市场 检查, 基础设施 projects; a study of 图书政府采购 in 陕西's
colleges — 公开招标, 供应商, 馆藏质量; a 县文化馆's 文化惠民乡村行 — 演出, 走访群众, 节目调整; a
博物馆文物保护管理制度 — 征集, 登记, 入库, 修复, 借展; an account of a 景区's 门票收入 and its 分成;
a note on a 县文物保护中心 — 普查, 巡查, 专项经费; the 非遗 补助 rules — 传承人 申请, 公示, 补助发放; a
文化市场综合执法支队's 中考前 检查 of 网吧 and 娱乐场所) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 古浪县 (``unit_words=("古浪县",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch503`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``甲→乙`` holder cell names ONE holder, ``乙`` (the one after the arrow, the
  present holder, as the note says); ``甲`` holds no post here and is no person of any form; the
  post is one form (one 科室 + 岗位 + 乙), not two;
- ``局领导`` (the 局's leaders' 科室 cell), ``馆领导`` (the 图书馆's leaders' sheet) are the 科室 of
  those leaders; a 局's 股 and 办公室, a 馆's 部 are 科室; a group row ``一、馆领导`` gives the 科室
  ``馆领导``, ``二、群文辅导部`` the 科室 ``群文辅导部`` (its number left off), as batch 280 did; the
  中心's cards, 自查表 and lists and the 执法队's list name no 科室;
- every body is a unit of its own: 局长, a 馆's 馆长 and 副馆长, a 中心's 主任 and 副主任, a 队's 队长
  are leaders; 股长, 办公室主任, 部主任 middle; the rest (科员, 馆员, 讲解员, 保管员, 售票员, 干事,
  执法队员, 工作人员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 博物馆's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b503_"
PLACE = "古浪县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ARROW = "→"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, former holder or None, present holder, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "郗澂翾", "宓瀛曈", "leader", [
        ("文旅项目资金安排个人说了算", "制度机制", "高", "项目资金安排党组会集体研究，结果公开。"),
        ("插手文旅基础设施工程发包", "思想道德", "中", "领导干部插手工程建设登记报告。"),
    ]),
    ("办公室", "主任", None, "眭翙澪", "middle", [
        ("公务接待超标准", "业务流程", "中", "接待先审批，清单按月公示。"),
        ("办公用品采购不比价", "岗位职责", "低", "三家比价，验收双人签字。"),
    ]),
    ("文物股", "股长", "酆霂璠", "璩蕤珝", "middle", [
        ("文物保护工程验收把关不严", "岗位职责", "高", "验收邀请专家和审计参加。"),
        ("文物安全巡查走过场", "外部环境", "中", "巡查定位留痕，台账按月抽查。"),
    ]),
    ("文化旅游股", "科员", None, "邴湦琤", "general", [
        ("送文化下乡场次虚报", "业务流程", "中", "演出照片、签到表存档备查。"),
        ("旅游市场检查收受好处", "思想道德", "低", "检查两人以上，签订廉洁承诺。"),
    ]),
]  # fmt: skip
NOTE = "注：责任人栏“甲→乙”为年内岗位调整，乙为现任责任人。"


def gulang_bureau_handover_arrow() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("一览表", [6, 12, 8, 18, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, old, who, tier, points in BUREAU:
        cell = who if old is None else f"{old}{ARROW}{who}"
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, cell, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, 8)
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "gulang_bureau_handover_arrow",
        "http://zgzyw.com.cn/zgzyw/system/2023/01/28/030241577.shtml",
        "(harder) 县文化和旅游局 岗位廉政风险防控一览表, after the source's account of a 县's year of 文化旅游 work "
        "(送文化下乡, 文旅市场 检查, 基础设施 projects): a title, 序号/科室 merged (局领导, 办公室, 文物股, 文化旅游股)/"
        "岗位 and 责任人 merged per person, the 责任人 of two posts written ``old→new`` (``郗澂翾→宓瀛曈``: the "
        "post handed over, the second holds it now)/廉政风险点/风险类型 (short)/高/中/低/防控措施; a ``注：`` line "
        "on the arrow; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gulang_library_two_sheets() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    lead = _Sheet("馆领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("麹瑢骞", "馆长", "主持全面工作", [
            ("图书采购供应商内定", "一级", "图书采购进入政府采购平台公开招标。"),
            ("馆藏经费使用不经集体研究", "二级", "经费使用馆务会集体研究。"),
        ]),
        ("甯暻玹", "副馆长", "分管采编部", [
            ("采购书目验收放水", "一级", "验收清单逐册核对，采编部与办公室共同验收。"),
            ("接受书商宴请", "三级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "馆领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("部室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}部室岗位廉政风险防控表", 7)
    dept.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("采编部", "部主任", "郇潇翀", "middle", "采购需求设置倾向性条件", "一级", "采购需求集体论证。"),
        ("借阅部", "馆员", "冼沄璪", "general", "损毁图书赔偿款不入账", "二级", "赔偿款开具票据，按月对账。"),
        ("借阅部", "馆员", "冼沄璪", "general", "读者证押金私自收取", "三级", "押金统一收取，公示标准。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "gulang_library_two_sheets",
        "https://sax.zhiliaobiaoxun.com/article/65348736",
        "县图书馆's file in two sheets, after the source's study of 图书政府采购 (公开招标, 供应商, 馆藏质量): "
        "``馆领导`` with 姓名/职务/分管工作 merged per person; ``部室`` with 部室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gulang_museum_posts() -> dict:
    unit = f"{PLACE}博物馆"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    keep, show = "藏品保管部", "陈列展览部"
    rows = [
        (keep, "部主任", "middle", "藏品征集定价", "征集价格不经评估，抬高收购价", "岗位职责风险", "Ⅰ级",
         "征集价格专家评估，馆务会审定。"),
        (keep, "部主任", "middle", "藏品出入库", "出入库手续不全，藏品外借不登记", "制度机制风险", "Ⅱ级",
         "出入库双人签字，账物定期核对。"),
        (show, "讲解员", "general", "讲解服务收费", "私自收取团队讲解费", "思想道德风险", "Ⅱ级",
         "讲解服务免费，公示监督电话。"),
        (show, "讲解员", "general", "展陈物资领用", "展陈物资私领私用", "业务流程风险", "Ⅲ级",
         "领用登记，按季盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "gulang_museum_posts",
        "https://www.renrendoc.com/paper/514658223.html",
        "县博物馆 廉政风险点排查表 对岗不对人, after the source's 博物馆文物保护管理制度 (征集, 登记, 入库, 修复, "
        "借展): a title, 序号/部室 merged (藏品保管部, 陈列展览部)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | "
        "2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def gulang_culture_center_group_rows() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "扈澧琮", "leader", [
                ("惠民演出承办团体指定", "一级风险", "演出承办团体公开遴选。"),
                ("演出经费结算审核不严", "二级风险", "结算附场次照片，财务复核。"),
            ]),
        ]),
        ("二、群文辅导部", "群文辅导部", [
            ("干事", "昝瀣珣", "general", [
                ("辅导培训人次虚报", "一级风险", "培训签到表、照片存档备查。"),
                ("演出服装道具私借", "三级风险", "借用登记，按季盘点。"),
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
        "gulang_culture_center_group_rows",
        "http://nxhuan.com/shxw1330/p/940391.html",
        "县文化馆 廉政风险防控责任清单, after the source's account of a 县文化馆's 文化惠民乡村行 (演出, 走访群众, "
        "节目调整): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、馆领导``, ``二、群文辅导部`` merged across; 岗位 and 姓名 merged per person; no type column; "
        "制表/审核/date",
        [sh], t,
    )  # fmt: skip


def gulang_scenic_cards() -> dict:
    unit = f"{PLACE}景区管理中心"
    t = _Truth(unit)
    cards = [
        ("主任", "蔺澴翯", "leader", [
            ("门票收入分成不按规定", "★★★", "门票收入全额上缴财政专户。"),
            ("景区经营项目私下发包", "★★", "经营项目公开招租。"),
        ]),
        ("售票员", "殳沨璘", "general", [
            ("门票收入截留", "★★", "电子票务系统售票，日清日结。"),
            ("违规减免门票", "★", "减免凭证登记，按月核对。"),
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
        "gulang_scenic_cards",
        "http://stlouistrafficticketlawfirm.com/news/content/2016-02/21/content_2834311_2.htm",
        "县景区管理中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 售票员), after the source's account of "
        "景区 门票收入 and its 分成: a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def gulang_relics_selfchecks() -> dict:
    unit = f"{PLACE}文物保护中心"
    t = _Truth(unit)
    people = [
        ("濮霈琬", "副主任", "leader", [
            ("文物保护专项经费挪用", "高风险", "专项经费专账核算，审计跟踪。"),
            ("文物普查数据弄虚作假", "中风险", "普查数据抽样复核。"),
        ]),
        ("笪澪璇", "保管员", "general", [
            ("文物巡查记录不实", "中风险", "巡查拍照定位，台账存档。"),
            ("修复工具私用", "低风险", "工具领用登记。"),
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
        sh.add("本人签名：", None, "中心意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gulang_relics_selfchecks",
        "https://m.sboyo.com/1/1067557.html",
        "县文物保护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on "
        "a 县文物保护中心 (普查, 巡查, 专项经费, 修复): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 中心意见：``",
        sheets, t,
    )  # fmt: skip


def gulang_heritage_list() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "阚潆琤", "leader", "传承人认定优亲厚友", "岗位职责", "高", "认定结果专家评审，公示。"),
        ("主任", "阚潆琤", "leader", "接受申报人礼品", "思想道德", "中", "签订廉洁承诺书。"),
        ("干事", "蒯澍璟", "general", "传承人补助虚报冒领", "业务流程", "中", "补助名单公示，直接打卡发放。"),
        ("干事", "蒯澍璟", "general", "申报材料审核不实", "制度机制", "低", "材料两人审核，留痕备查。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "gulang_heritage_list",
        "http://tal-lighting.com/post/5559.html",
        "县非物质文化遗产保护中心 廉政风险防控一览表, after the source's 非遗 补助 rules (传承人 申请, 公示, 补助发放): "
        "a title, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def gulang_enforcement_duty_list() -> dict:
    unit = f"{PLACE}文化市场综合行政执法队"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("队长", "嵇瀞曈", "leader", "执法检查组织", "检查前通风报信", "一级", "检查计划保密，随机抽取对象。"),
        ("队长", "嵇瀞曈", "leader", "行政处罚审批", "降格处罚，以罚代管", "二级", "处罚案件集体审议。"),
        ("执法队员", "缪湉琇", "general", "网吧娱乐场所检查", "发现违规接纳未成年人不查处", "二级", "执法记录仪全程记录。"),
        ("执法队员", "缪湉琇", "general", "罚没物品管理", "罚没物品私自处理", "三级", "罚没物品登记入库。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "gulang_enforcement_duty_list",
        "https://www.yuhaojiang.com/redian/924289.html",
        "县文化市场综合行政执法队 廉政风险防控责任清单, after the source's account of a 文化市场综合执法支队's 中考前 "
        "检查 (网吧, 娱乐场所, 未成年人): a title, 序号/岗位 and 姓名 merged per person/``职责事项`` before the "
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gulang_bureau_handover_arrow(),
    gulang_library_two_sheets(),
    gulang_museum_posts(),
    gulang_culture_center_group_rows(),
    gulang_scenic_cards(),
    gulang_relics_selfchecks(),
    gulang_heritage_list(),
    gulang_enforcement_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch503-inbox"))

"""The nine-hundred-and-twenty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's media
centre and broadcasting bodies, 江孜县 (日喀则市, 西藏自治区) — its 融媒体中心, 广播电视台, the
融媒体中心's 新闻采编部 and 新媒体运营部, the 广电网络站, the 电影放映队 and two 乡广播站 (年堆乡,
紫金乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 广播电视台's 一览表 in TWO SHEETS: ``台领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 新闻采编部's 排查表 对岗不对人: ``所在组`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 新媒体运营部's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 广电网络站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 电影放映队's 自查表, one sheet a person: a label row ``姓　名 | 所在组 | 岗　位 | 填表时间``
  over a row of values, ``一级/二级/三级``, ``自查情况``, no type column;
- the 年堆乡广播站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 紫金乡广播站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line.

One is harder:

- ``jiangzi_media_centre_print_area``: the 融媒体中心's 岗位廉政风险点一览表, an ordinary list
  (``序号 | 部门 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 部门 merged, 岗位 and 姓名 merged per
  person) whose sheet ALSO HOLDS, one empty column to its right and level with it, THE COMPILER'S
  EARLIER COPY of the same list (the same title and heading, before the 中心 changed one holder,
  reworded and re-levelled some points and dropped one) — with NO word telling the two apart: only
  the sheet's PRINT AREA (``_xlnm.Print_Area``, 页面布局 → 打印区域 → 设置打印区域) covers the current list,
  so the copy beside it was never printed, signed or sealed. The README's 读得懂的表 knows a list
  repeated two-up under one heading row (read in row order as ONE list), a repealed or superseded
  list named so by its caption or title, 初稿/定稿 sheets, hidden columns and rows, and a reference
  catalogue labelled 供参考; it does not describe two unlabelled versions of one list side by side
  told apart only by the print area.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county 融媒体中心's founding —
指挥调度部, 记者部, 编辑部, 新媒体部, 舆情监测室, 综合保障部; a visit to 西藏电视台 — 藏汉双语 节目,
译制, 播出; a paper on 采编与经营分开 — 有偿新闻, 广告, 赞助, 摊派创收; a note on 融媒体 三审三校 — 责任
编辑, 部门主任, 总编辑, 签发; a forum post on 村村通 and 打击非法电视台 — 有线电视, 户户通; a city's
农村电影放映 补助资金 — 场次补贴, 放映场次; a 镇's 应急广播 “村村响” 排查 — 台账, 机房专人管理, 播放
登记; a county's 应急广播 体系 巡检 — 播出信息登记本, 领导审批本, 设备维护) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 幸 and 芦 with rare given names); every unit is a body of 江孜县.

Run ``python tests/published/score.py --set batch927`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the list INSIDE THE PRINT AREA is the file's list; the copy to its right,
  outside the print area, is the compiler's earlier working copy and holds no point (its holder
  ``芦沄琤``, its wording and levels and its dropped point are not in the truth);
- the 融媒体中心's 新闻采编部 and 新媒体运营部 are units of their own here (each sent its own file, its
  own unit name): their 主任 and 副主任 are leaders, a 组长 middle, the rest general; in the 融媒体中心's
  own list ``中心领导`` (a 部门 cell) is the 科室 of its 主任 and 副主任, and the 部/室 are 科室 whose
  主任 are middle; the 广播电视台's leaders (sheet ``台领导``) and the cards' leaders have no 科室;
  ``站领导``, ``队领导`` (a 部门/组 cell, a group row) are the 科室 of those leaders; a group row
  ``二、工程维护组`` gives the 科室 ``工程维护组``; 台长, 副台长, 站长, 副站长 and 队长 are leaders,
  科室 主任 and 组长 middle;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 新闻采编部's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``; for a sheet with
a ``print_area`` the workbook's ``_xlnm.Print_Area`` name is added afterwards) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b927_"
PLACE = "江孜县"
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


def _col(c: int) -> str:
    return chr(ord("A") + c)


def write_with_print_area(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``, then each sheet's ``print_area`` (r0, c0, r1, c1; 0-based) written
    into ``xl/workbook.xml`` as its ``_xlnm.Print_Area`` defined name, as 设置打印区域 leaves it."""
    write_xlsx(layout, path)
    names = []
    for i, sheet in enumerate(layout["sheets"]):
        area = sheet.get("print_area")
        if area:
            r0, c0, r1, c1 = area
            ref = f"'{sheet['name']}'!${_col(c0)}${r0 + 1}:${_col(c1)}${r1 + 1}"
            names.append(
                f'<definedName name="_xlnm.Print_Area" localSheetId="{i}">{ref}</definedName>'
            )
    if not names:
        return path
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    book = parts["xl/workbook.xml"].decode("utf-8")
    assert "<definedNames>" not in book
    book = book.replace(
        "</sheets>", "</sheets><definedNames>" + "".join(names) + "</definedNames>", 1
    )
    parts["xl/workbook.xml"] = book.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return path


# --------------------------------------------------------------------------- harder layout

# (部门, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)]) — the current list, inside the print area
CURRENT = [
    ("中心领导", "主任", "幸珩澈", "leader", [
        ("融媒体中心设备采购、演播室改造项目干预招标", "一级", "项目进县公共资源交易平台，中心班子集体研究。"),
        ("广告经营合同签订个人说了算", "一级", "广告合同经中心办公会研究，合同报宣传部备案。"),
    ]),
    ("中心领导", "副主任", "芦琬岫", "leader", [
        ("重大稿件终审把关不严、违规签发", "二级", "落实三审三校，终审签发留痕。"),
        ("记者部采访经费审批不严", "二级", "采访经费凭派车单、采访单据报销。"),
    ]),
    ("指挥调度部", "主任", "幸骞涴", "middle", [
        ("选题和采访任务分派向关系单位倾斜", "二级", "选题会集体确定，派单记录存档。"),
        ("收受被采访单位宴请、礼品", "三级", "签订廉洁采访承诺书，节前廉洁提醒。"),
    ]),
    ("新媒体部", "编辑", "芦蘅昳", "general", [
        ("借发布政务信息收取好处", "二级", "政务信息发布凭单位公函，不收任何费用。"),
        ("擅自删帖、撤稿谋取私利", "一级", "删帖撤稿须部门主任和分管领导双签。"),
    ]),
]  # fmt: skip

# the compiler's earlier copy, kept beside the list and outside the print area: the 新媒体部 编辑
# was still 芦沄琤, two levels differ, one point is worded otherwise and one was dropped later
DRAFT = [
    ("中心领导", "主任", "幸珩澈", [
        ("融媒体中心设备采购、演播室改造项目干预招标", "一级", "项目进县公共资源交易平台，中心班子集体研究。"),
        ("广告经营合同签订个人说了算", "二级", "广告合同经中心办公会研究。"),
    ]),
    ("中心领导", "副主任", "芦琬岫", [
        ("重大稿件终审把关不严", "二级", "落实三审三校。"),
        ("记者部采访经费审批不严", "二级", "采访经费凭单据报销。"),
        ("公务用车私用", "三级", "车辆派车单管理。"),
    ]),
    ("指挥调度部", "主任", "幸骞涴", [
        ("选题和采访任务分派向关系单位倾斜", "三级", "选题会集体确定。"),
        ("收受被采访单位宴请、礼品", "三级", "签订廉洁采访承诺书。"),
    ]),
    ("新媒体部", "编辑", "芦沄琤", [
        ("借发布政务信息收取好处", "二级", "政务信息发布凭单位公函。"),
        ("擅自删帖、撤稿谋取私利", "一级", "删帖撤稿须双签。"),
    ]),
]  # fmt: skip

WIDTH = 7  # columns of each copy; the copy starts at column WIDTH + 1, one empty column between


def jiangzi_media_centre_print_area() -> dict:
    unit = f"{PLACE}融媒体中心"
    w = [6, 10, 8, 8, 34, 8, 30]
    sh = _Sheet("一览表", w + [3] + w)
    t = _Truth(unit)
    title = f"{unit}岗位廉政风险点一览表"
    head = ["序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    cur = [(d, p, who, pt, lv, m) for d, p, who, tier, pts in CURRENT for pt, lv, m in pts]
    old = [(d, p, who, pt, lv, m) for d, p, who, pts in DRAFT for pt, lv, m in pts]
    sh.add(title, *[None] * (WIDTH - 1), None, title, *[None] * (WIDTH - 1))
    sh.merge(0, 0, 0, WIDTH - 1)
    sh.merge(0, WIDTH + 1, 0, 2 * WIDTH)
    sh.add(*head, None, *head)
    first = len(sh.rows)
    for i in range(max(len(cur), len(old))):
        left = [i + 1, *cur[i]] if i < len(cur) else [None] * WIDTH
        right = [i + 1, *old[i]] if i < len(old) else [None] * WIDTH
        sh.add(*left, None, *right)
    for d, p, who, tier, pts in CURRENT:
        for pt, lv, _m in pts:
            t.point(sh.name, d, p, who, tier, pt, [], GRADES[lv])
    last_cur = first + len(cur) - 1
    # merges: 部门 over its runs, 岗位 and 姓名 over each person's rows, in each copy
    kept = [list(row) for row in sh.rows]  # the values before any merge blanks them
    for off, n in ((0, len(cur)), (WIDTH + 1, len(old))):
        rows = range(first, first + n)
        for col, key in ((off + 1, lambda r, o=off: kept[r][o + 1]),
                         (off + 2, lambda r, o=off: tuple(kept[r][o + 1 : o + 4])),
                         (off + 3, lambda r, o=off: tuple(kept[r][o + 1 : o + 4]))):  # fmt: skip
            r = rows.start
            while r < rows.stop:
                e = r
                while e + 1 < rows.stop and key(e + 1) == key(r):
                    e += 1
                if e > r:
                    for k in range(r + 1, e + 1):
                        sh.rows[k][col] = None
                    sh.merge(r, col, e, col)
                r = e + 1
    sign = sh.add("制表：综合保障部", None, None, "审核：", None, "2025年6月", None)
    data = sh.data()
    data["print_area"] = (0, 0, sign, WIDTH - 1)
    assert last_cur < sign
    lay = _layout(
        "jiangzi_media_centre_print_area", "http://www.33pp.com/guona/806127.html",
        "(harder) 县融媒体中心 岗位廉政风险点一览表, after the source's report on a county 融媒体中心's founding (指挥调度部, "
        "记者部, 编辑部, 新媒体部, 舆情监测室, 综合保障部): the current list ``序号 | 部门 | 岗位 | 姓名 | 廉政风险点 | "
        "风险等级 | 防控措施`` (部门 merged, 岗位/姓名 merged per person, ``一级/二级/三级``) in A:G with a 制表/审核/date "
        "line, and one empty column to its right, level with it, the compiler's EARLIER COPY of the same list "
        "(same title and heading; one holder since changed, two levels, two measures and one point worded "
        "otherwise, one point later dropped) with no word telling them apart; only the sheet's PRINT AREA "
        "(``_xlnm.Print_Area`` = A1:G12) covers the current list",
        [], t,
    )  # fmt: skip
    lay["sheets"] = [data]
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def jiangzi_tv_station_two_sheets() -> dict:
    unit = f"{PLACE}广播电视台"
    t = _Truth(unit)
    lead = _Sheet("台领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}台领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("幸翊淙", "台长", "主持全面工作", [
            ("播出设备、发射机更新采购指定品牌", "高", "设备采购按政府采购程序，台务会集体研究。"),
            ("广告时段安排和价格优惠个人决定", "高", "广告刊例价公开，优惠须台务会研究。"),
        ]),
        ("芦茝瑀", "副台长", "分管藏语译制、播出", [
            ("译制节目外包项目选定承接方不公开", "中", "外包项目三家比选，结果公示。"),
            ("译制稿酬、配音费发放审核不严", "中", "稿酬按标准核定，每月公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("藏语译制部", "主任", "幸溆璠", "middle", "译制任务分配优亲厚友，虚报译制时长", "中",
         "译制任务按工作量登记，月底核对播出记录。"),
        ("藏语译制部", "主任", "幸溆璠", "middle", "临聘翻译人员招用不公开", "高", "临聘人员公开招聘，考试择优。"),
        ("汉语新闻部", "记者", "芦荇曦", "general", "采访中收受红包、车马费", "高", "严禁有偿新闻，红包一律上交登记。"),
        ("汉语新闻部", "记者", "芦荇曦", "general", "以批评报道相要挟谋取私利", "中", "批评报道须部门主任和分管领导审核。"),
        ("播出部", "值机员", "幸嶂玙", "general", "擅自插播、停播节目收取好处", "低", "播出单经审签，值机双人值守并记录。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jiangzi_tv_station_two_sheets", "http://www.chinanews.com.cn/2001-05-10/26/90395.html",
        "县广播电视台 廉政风险防控一览表 in TWO SHEETS, after the source's visit to 西藏电视台 (藏汉双语 节目, 藏语 译制, "
        "播出, 广告): sheet 台领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jiangzi_news_desk_posts() -> dict:
    unit = f"{PLACE}融媒体中心新闻采编部"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所在组", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("部领导", "主任", "leader", "稿件刊播审核", "收受好处后安排软文、变相广告以新闻形式播发", "岗位职责风险", "Ⅰ级",
         "新闻与广告严格分开，稿件三审留痕。"),
        ("采访组", "记者", "general", "新闻采访", "向采访对象索要车马费、红包", "思想道德风险", "Ⅰ级",
         "签订拒绝有偿新闻承诺书，公布举报电话。"),
        ("采访组", "记者", "general", "新闻线索处置", "利用批评报道线索要挟采访对象", "外部环境风险", "Ⅱ级",
         "批评报道线索登记，部领导审核后采访。"),
        ("采访组", "记者", "general", "拉赞助", "借采访报道拉取赞助、摊派发行", "制度机制风险", "Ⅱ级",
         "采编人员不得从事经营活动，赞助统一由经营部门管理。"),
        ("编辑组", "编辑", "general", "稿件编发", "编发稿件收取发稿费、版面费", "业务流程风险", "Ⅱ级",
         "发稿不收任何费用，编发记录存档。"),
        ("编辑组", "编辑", "general", "稿酬核算", "虚报稿件数量冒领稿酬", "业务流程风险", "Ⅲ级",
         "稿酬按刊播记录核算，每月公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：新闻采编部", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "jiangzi_news_desk_posts", "http://www.ixinwenjie.com/index.php?m=content&c=index&a=show&catid=9&id=126",
        "融媒体中心新闻采编部 岗位廉政风险点排查表 对岗不对人, after the source's paper on 采编与经营分开 (有偿新闻, 软文广告, "
        "赞助, 摊派发行): a title, 序号/所在组 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jiangzi_new_media_cards() -> dict:
    unit = f"{PLACE}融媒体中心新媒体运营部"
    t = _Truth(unit)
    cards = [
        ("主任", "幸崧漪", "主任", "主持新媒体运营全面工作，终审签发", "leader", [
            ("终审签发把关不严，为关系人发布推广内容", "★★★", "落实三审三校，终审签字（电子签批）留痕。"),
            ("公众号、客户端推广合作违规收费", "★★★", "推广合作签订合同，费用统一入中心账户。"),
            ("接受合作单位礼品、礼金", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "芦苡璟", "副主任", "分管内容审核、短视频制作", "leader", [
            ("复审把关不严，放行商业推广内容", "★★", "复审查导向、查合规，推广内容一律标明广告。"),
            ("短视频外包制作费用结算不实", "★★", "外包费用按验收单结算，两人以上验收。"),
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
        "jiangzi_new_media_cards", "https://www.163.com/dy/article/KJ7THQ490556DLY2.html",
        "融媒体中心新媒体运营部 领导干部廉政风险防控卡, one sheet a leader, after the source's note on 融媒体 三审三校 (责任编辑 "
        "初审, 部门主任 复审, 总编辑 终审签发, 商业推广): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jiangzi_cable_station_group_rows() -> dict:
    unit = f"{PLACE}广电网络站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "幸赟沅", "leader", [
                ("户户通、村村通设备分配优亲厚友", "一级风险", "设备分配名单由乡村核实并公示。"),
                ("有线网络改造工程验收把关不严", "一级风险", "工程验收邀请乡镇和群众代表参加。"),
            ]),
        ]),
        ("二、工程维护组", "工程维护组", [
            ("组长", "芦蘩珂", "middle", [
                ("维修材料领用不登记、虚报用量", "二级风险", "材料出入库登记，维修单用户签字。"),
            ]),
            ("维护员", "幸濯翎", "general", [
                ("上门维修向用户收取费用", "二级风险", "维修收费标准公示，一律开具票据。"),
                ("私装有线信号、默许非法卫星接收设施", "三级风险", "巡查发现违规接收设施立即报告。"),
            ]),
        ]),
        ("三、营业收费组", "营业收费组", [
            ("收费员", "芦湉嵋", "general", [
                ("收视维护费收取不开票、截留挪用", "一级风险", "收费一律开具票据，当日缴存专户。"),
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
        "jiangzi_cable_station_group_rows", "https://bbslixin.com/forum.php?goto=lastpost&mod=redirect&tid=2",
        "县广电网络站 廉政风险防控责任清单 under GROUP ROWS, after the source's forum post on 广播电视村村通 and 打击非法电视台 "
        "(有线电视, 户户通, 村村通 工程): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、站领导``, ``二、工程维护组``, ``三、营业收费组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def jiangzi_film_team_selfchecks() -> dict:
    unit = f"{PLACE}电影放映队"
    t = _Truth(unit)
    people = [
        ("幸瑛骁", "队领导", "队长", "leader", [
            ("农村公益电影放映场次虚报，套取场次补贴", "一级", "放映场次凭村委会签章回执和GPS记录核报。", "已落实"),
            ("放映设备维修费用报销不实", "二级", "维修费用附维修单，两人验收。", "未发现问题"),
        ]),
        ("芦瑱淯", "放映一组", "放映员", "general", [
            ("放映回执代签、补签", "一级", "回执由村干部当场签章，队里抽查回访。", "已落实"),
            ("下乡放映接受村里宴请", "三级", "下乡放映自带干粮，严禁接受宴请。", "已落实"),
        ]),
        ("幸琯岈", "放映二组", "放映员", "general", [
            ("私自放映商业影片收取费用", "二级", "放映片目按院线订购清单执行。", "未发现问题"),
            ("放映车辆私用", "三级", "车辆出车登记，节假日封存。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, "队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jiangzi_film_team_selfchecks", "http://czj.jiaozuo.gov.cn/article/10123.html",
        "县电影放映队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on a city's "
        "农村电影放映 补助资金 (每村每月一场, 场次补贴, 放映场次): a title, a label row ``姓　名 | 所在组 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 队长意见：``",
        sheets, t,
    )  # fmt: skip


def jiangzi_niandui_station_list() -> dict:
    unit = f"{PLACE}年堆乡广播站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "幸泠珝", "leader", "应急广播播出信息未经审批即播出", "制度机制", "高风险",
         "播出信息履行领导审批，登记本逐条登记。"),
        ("站领导", "站长", "幸泠珝", "leader", "村级应急广播设备维护经费使用不公开", "岗位职责", "中风险",
         "维护经费专账核算，年底张榜公布。"),
        ("播音室", "播音员", "芦岜瑗", "general", "收取好处费插播商业广告", "思想道德", "高风险",
         "应急广播不得插播任何广告，播放记录存档。"),
        ("设备维护", "管理员", "幸澍", "general", "机房设备丢失、损坏不报告", "业务流程", "中风险",
         "机房专人管理，设备台账每季度盘点。"),
        ("设备维护", "管理员", "幸澍", "general", "巡检记录弄虚作假", "外部环境", "低风险",
         "巡检拍照留存，站长抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "jiangzi_niandui_station_list", "http://gd-fz.org.cn/show-15094.html",
        "乡广播站 岗位廉政风险防控一览表, after the source's report on a 镇's 应急广播 “村村响” 排查 (台账, 机房专人管理, 播放使用"
        "登记, 设备运行): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def jiangzi_zijin_station_register() -> dict:
    unit = f"{PLACE}紫金乡广播站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "芦淼骅", "leader", [
            ("应急广播适配器、音柱安装点位安排优亲厚友", "制度机制", "Ⅰ级", "安装点位经乡党委研究并公示。"),
            ("播出信息领导审批流于形式", "岗位职责", "Ⅱ级", "审批本逐条签字，县里巡检抽查。"),
        ]),
        ("播出组", "播音员", "幸嵚璎", "general", [
            ("擅自中断转播上级节目", "业务流程", "Ⅱ级", "转播时段表上墙，播出日志逐日记录。"),
        ]),
        ("设备维护组", "维护员", "芦琇岍", "general", [
            ("设备维修虚报配件", "业务流程", "Ⅰ级", "配件领用登记，旧件交回。"),
            ("设备防盗、防潮管理不到位造成损失", "外部环境", "Ⅲ级", "机房加锁，每月检查防潮设施。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "jiangzi_zijin_station_register", "http://bbs.fugongzx.com/showtopic-12744.aspx",
        "乡广播站 廉政风险点排查登记表, after the source's report on a county's 应急广播 体系 巡检 (适配器, 音柱, 播出信息登记本, "
        "领导审批本, 设备防盗防潮): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiangzi_media_centre_print_area(),
    jiangzi_tv_station_two_sheets(),
    jiangzi_news_desk_posts(),
    jiangzi_new_media_cards(),
    jiangzi_cable_station_group_rows(),
    jiangzi_film_team_selfchecks(),
    jiangzi_niandui_station_list(),
    jiangzi_zijin_station_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (plus the print area)."""
    return _build(
        outdir,
        LAYOUTS if layouts is None else layouts,
        resaved,
        prefix=PREFIX,
        writer=write_with_print_area,
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch927-inbox"))

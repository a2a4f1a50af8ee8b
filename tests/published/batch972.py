"""The nine-hundred-and-seventy-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES AS STAFF HAND THEM BACK, of one county's
乡镇人民政府 and their 站所, 波密县 (林芝市, 西藏自治区) — the 扎木镇, 倾多镇, 易贡乡 and 康玉乡
人民政府, the 松宗镇农牧综合服务中心, the 古乡财政所, the 玉普乡林业站 and the 多吉乡综合文化站 — each
returning the 一览表, 防控卡, 排查表, 清单 or 自查表 it was sent, typed over in WPS, Excel or
LibreOffice, with what such editing leaves in a file:

- the 扎木镇人民政府's 一览表: ``科室`` merged (the 镇's 财政所 and 社会事务办 among its 科室), ``职务 |
  姓名`` merged per person, ``…风险`` types, 高/中/低, the template's ``填表说明：…`` line left above
  the heading, a ``注：`` line and a 制表/审核 line;
- the 倾多镇人民政府's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``站所`` (``站所`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no
  type column, the template's ``（样表）`` left in the second sheet's title;
- the 松宗镇农牧综合服务中心's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … |
  职　务 | …`` and a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 易贡乡人民政府's 清单 under GROUP ROWS ``一、乡领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 古乡财政所's 自查表, one sheet a person (tabs named by the person): a label row ``姓　名 |
  所在单位 | 职　务 | 自查时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查结果``, no
  type column;
- the 玉普乡林业站's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``,
  short types under ``风险类别``, ``高风险/中风险/低风险``, the template's example row (序号 ``示例``)
  left under the heading; no names;
- the 多吉乡综合文化站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row, short types, ``一级/二级/三级``, and under its 填表人 line a ``补充风险点（…）：`` line with one
  more row added after the sign-off.

One is harder:

- ``bomi_kangyu_township_merges_keep_old_cells``: the 康玉乡人民政府's 岗位廉政风险防控一览表
  (2025年修订), an ordinary list (``序号 | 科室 | 职务 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``,
  ``…风险`` types, ``一级/二级/三级``) as the 党政综合办公室 made it from last year's copy, on which
  科室, 职务 and 姓名 had been typed on every row. In LibreOffice Calc the staffer merged the 科室
  cells of each 科室 and the 职务 and 姓名 cells of each person, answering the 合并单元格 question
  with ``保留隐藏单元格的内容`` (keep the contents of the hidden cells), and then typed this year's
  changes into the merged cells, which write only their top-left cell: the new 副乡长 over last
  year's, the 科室's new name ``乡村振兴办`` over ``农业农村办``; and, to make a 所长's two points
  both 一级, merged their two 风险等级 cells too. The sheet shows this year's list; underneath, each
  covered cell of those merges still holds what it held: mostly the same words as its merge's
  top-left cell, but last year's 副乡长 in one 姓名 cell, ``农业农村办`` in three 科室 cells and
  ``二级`` in one 风险等级 cell. The README's 读得懂的表 and docs/layouts.md know merged cells (the
  value of the merge read for every row it covers, a level or type merged down over several
  points given to each), hidden columns and sheets (``COLUMN_HIDDEN_SET_ASIDE``,
  ``SHEET_HIDDEN_SET_ASIDE``), WPS's 拆分并填充内容 that unmerged a sheet, struck-through words, print
  areas and an old draft beside the list; they do not describe MERGES WHOSE COVERED CELLS STILL HOLD VALUES OF
  THEIR OWN, unseen on the screen and in print, some of them stale (last year's holder, a 科室's
  old name, a level changed since).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (扎木镇, the county seat on the
318国道 and the old capital of 波密; 波密县's 3 镇 and 7 乡 — 倾多镇, 易贡乡, 玉普乡, 康玉乡, 多吉乡 —; 松宗镇's
耕地, 林地 and 草场; 易贡茶场 and its 茶园; 古乡's villages along the 帕隆藏布; 西藏's 生态管护员 paid to
patrol forest and grassland; 西藏's 乡镇综合文化站, 文艺队 and 文化专干; for the harder file, how a
merge in a spreadsheet file can keep the values of the cells it covers while showing only its
top-left one) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the compound surnames 斛律 and 尔朱 with rare
given names); every unit is a body of 波密县.

Run ``python tests/published/score.py --set batch972`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every field is what the sheet SHOWS: each row's 科室, 职务, 姓名 and 风险等级 the
  value of the merged cell it lies in (its top-left cell), whatever the covered cell underneath
  holds; last year's 副乡长 (``斛律沄``), ``农业农村办`` and the covered ``二级`` are no holder, no
  科室 and no level; the merges of equal words are merges like any other;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``镇领导`` and ``乡领导`` (a 科室 cell, a group row) are the
  科室 of those leaders; in a 镇's or a 乡's own list its 党政综合办公室, 经济发展办公室, 社会事务办,
  乡村振兴办 and the 站所 it lists (财政所, 农牧综合服务中心, 综合文化站) are its 科室;
- a 镇 or 乡人民政府 is a unit: its 党委书记, 镇长, 乡长 and 副乡长 are leaders, the head of a 办 or of a
  站所 it lists (主任, 所长, 站长) middle, the rest general; a 站所 handing in its own file is a unit of
  its own (``波密县古乡财政所``, no 科室; the score takes both writings): its 所长, 站长 or 主任 middle,
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查结果``,
  ``自查时间`` and ``所在单位`` are no points and name no holder; the 玉普乡林业站's list names no
  person: its forms are posts, and its ``示例`` row is the template's, no point; the row under the
  多吉乡综合文化站's ``补充风险点`` line is a point like those above it;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``; the harder file's
covered cells by ``write_xlsx`` here) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published import batch44
from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b972_"
PLACE = "波密县"
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


# --------------------------------------------------------------------------- the writer


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; a layout whose sheets keep values in covered cells (a sheet's
    ``kept``: [(row, col, value)], 0-based, each inside one of its merges) the same look, those
    values then written into the covered cells as LibreOffice's 保留隐藏单元格的内容 leaves them."""
    if not any(sheet.get("kept") for sheet in layout["sheets"]):
        return batch44.write_xlsx(layout, path)
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 3, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        for r, c, v in sheet.get("kept") or ():
            assert (r, c) in covered and sheet["rows"][r][c] is None, (sheet["name"], r, c)
            _put(ws, (fmt, date_fmt), r, c, v)
    wb.close()
    return path


# --------------------------------------------------------------------------- harder layout

# (科室 shown, 职务, 姓名 shown, tier, [(廉政风险点, 风险类型, 风险等级 shown, 防控措施)])
KEPT_LIST = [
    ("乡领导", "乡长", "斛律昉岚", "leader", [
        ("草原生态保护补助奖励资金分配方案个人说了算", "制度机制风险", "一级",
         "分配方案经乡党委会集体研究，在各村公示七天。"),
        ("村级公益性项目发包中为亲友打招呼", "思想道德风险", "一级",
         "项目发包一律进入县公共资源交易平台，领导干部插手干预登记报告。"),
        ("乡机关办公用房维修工程验收走过场", "业务流程风险", "二级",
         "工程验收由党政综合办公室、财政所和纪委共同参加，验收资料存档。"),
    ]),
    ("乡领导", "副乡长", "尔朱霁", "leader", [
        ("松茸、虫草采集点管理中收受采集户好处", "外部环境风险", "一级",
         "采集证发放名单张榜公示，采集期间乡纪委随机抽查。"),
        ("防灾救灾物资调拨不登记、不公开", "业务流程风险", "二级",
         "物资调拨凭分管领导签字的调拨单，台账每季度公开。"),
    ]),
    ("党政综合办公室", "主任", "尔朱珝", "middle", [
        ("公务接待、会议费用超标准列支", "业务流程风险", "二级",
         "接待执行公函和清单制度，费用凭审批单报销。"),
        ("印章使用登记不全、违规出具证明", "岗位职责风险", "三级",
         "用印逐次登记，出具证明须经分管领导审签。"),
    ]),
    ("财政所", "所长", "斛律璠", "middle", [
        ("村级转移支付资金拨付不按程序", "制度机制风险", "一级",
         "拨付凭村民代表会议决议和乡党委会纪要，每季度公开。"),
        ("惠农补贴“一卡通”发放信息审核不严", "岗位职责风险", "一级",
         "补贴信息与农牧、民政数据比对，发放名册双人复核。"),
    ]),
    ("乡村振兴办", "主任", "尔朱琯", "middle", [
        ("衔接资金项目申报、验收把关不严", "岗位职责风险", "一级",
         "项目验收邀请村民代表参加，验收报告报县乡村振兴局备案。"),
        ("防返贫监测对象识别中优亲厚友", "思想道德风险", "二级",
         "监测对象经村民代表评议、乡审核，结果公示。"),
    ]),
    ("乡村振兴办", "专干", "斛律霈", "general", [
        ("产业奖补对象信息录入不实", "业务流程风险", "二级",
         "奖补信息录入后由主任复核，每半年抽查入户。"),
        ("扶贫项目资产台账登记不全", "制度机制风险", "三级",
         "资产台账按项目逐项登记，每年与村集体核对一次。"),
    ]),
]  # fmt: skip

# what the covered cells still hold where it is not their merge's shown value: last year's words
# (姓名 shown → 姓名 in its covered cells; 科室 shown → 科室 in its covered cells; the 所长's level)
STALE_HOLDER = {"尔朱霁": "斛律沄"}
STALE_DEPT = {"乡村振兴办": "农业农村办"}
LEVEL_MERGED_FOR = "斛律璠"  # whose two 风险等级 cells were merged: shown 一级, covered 二级
STALE_LEVEL = "二级"


def bomi_kangyu_township_merges_keep_old_cells() -> dict:
    unit = f"{PLACE}康玉乡人民政府"
    sh = _Sheet("一览表", [6, 14, 9, 10, 38, 13, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表（2025年修订）", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    stale_level_rows = []
    for dept, post, who, tier, points in KEPT_LIST:
        for point, typ, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
            if who == LEVEL_MERGED_FOR:
                stale_level_rows.append(r)
    last = len(sh.rows) - 1
    typed = [list(row) for row in sh.rows]  # (every cell as last year's copy had it, bar the level)
    _per_person(sh, first, 1, 2, 3)
    r0, r1 = stale_level_rows
    assert typed[r0][6] == typed[r1][6] == "一级"
    sh.rows[r1][6] = None
    sh.merge(r0, 6, r1, 6)
    kept = []
    for a, c, b, _c1 in sh.merges:
        if a < first or b > last or a == b:
            continue
        for r in range(a + 1, b + 1):
            value = typed[r][c]
            if c == 3:
                value = STALE_HOLDER.get(value, value)
            elif c == 1:
                value = STALE_DEPT.get(value, value)
            elif c == 6:
                value = STALE_LEVEL
            kept.append((r, c, value))
    _line(sh, "注：本表在2024年版基础上修订，人员按2025年4月在岗情况填写；风险等级分为一级、二级、三级，"
              "一级为最高。", 8)  # fmt: skip
    sh.add("制表：党政综合办公室", None, None, "审核：", None, None, "2025年4月", None)
    lay = _layout(
        "bomi_kangyu_township_merges_keep_old_cells", "https://blog.gitcode.com/e8213afb9bb89ad68dc483c6448fd7e4.html",
        "(harder) 乡人民政府 岗位廉政风险防控一览表（2025年修订）, after the source's account of a merge that keeps the "
        "values of the cells it covers (合并后只显示左上角单元格的值, 其余单元格的值不会被清除, 取消合并后重新显示): "
        "序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级`` (one "
        "person's two merged)/防控措施, a ``注：`` line and a 制表/审核/date line; the merges made in LibreOffice over "
        "last year's copy with 保留隐藏单元格的内容, so each covered cell still holds a value: the shown one mostly, "
        "but last year's 副乡长 in one 姓名 cell, the 科室's old name ``农业农村办`` in three and ``二级`` under a merged "
        "``一级``",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["kept"] = kept
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def bomi_zhamu_town_list() -> dict:
    unit = f"{PLACE}扎木镇人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, "填表说明：1.按科室、岗位逐人填写；2.风险类型填写思想道德、制度机制、岗位职责、业务流程、外部环境"
              "风险之一；3.风险等级填写高、中、低。", 8)  # fmt: skip
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "斛律晗瑛", "leader", "镇级“三重一大”事项、重点项目资金安排个人说了算", "制度机制风险", "高",
         "“三重一大”事项经镇党委会集体研究，会议纪要存档备查。"),
        ("镇领导", "镇长", "斛律晗瑛", "leader", "插手村级工程发包，为亲友承揽工程打招呼", "思想道德风险", "中",
         "村级工程一律公开比选，领导干部插手干预登记报告。"),
        ("党政综合办公室", "主任", "尔朱翯", "middle", "公务接待超标准、虚列接待费用", "业务流程风险", "中",
         "接待凭公函和接待清单报销，每季度公开。"),
        ("党政综合办公室", "主任", "尔朱翯", "middle", "公务用车登记不实、私车公养", "岗位职责风险", "低",
         "用车逐次登记，加油卡定车使用。"),
        ("财政所", "所长", "斛律珂", "middle", "惠农补贴“一卡通”发放审核不严，出现冒领", "岗位职责风险", "高",
         "发放名册与户籍、低保数据比对，发放结果在村公示。"),
        ("财政所", "所长", "斛律珂", "middle", "村级财务代理记账中白条入账", "制度机制风险", "中",
         "村级报账凭合规票据，所长每月复核。"),
        ("社会事务办", "民政专干", "尔朱栩岑", "general", "低保、特困供养对象评议中优亲厚友", "外部环境风险", "高",
         "评议由包村干部主持，结果在村务公开栏公示七天。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：党政综合办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "bomi_zhamu_town_list", "https://zh.wikipedia.org/wiki/?oldid=62313937&title=%E6%89%8E%E6%9C%A8%E9%95%87",
        "镇人民政府 岗位廉政风险防控一览表, after the source's entry on 扎木镇 (波密县 县政府驻地 on the 318国道, the "
        "old seat of 波密's rulers, 人口, 气候): a title, the template's ``填表说明：…`` line left above the heading, "
        "序号/科室 merged (镇领导, 党政综合办公室, 财政所, 社会事务办)/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def bomi_qingduo_town_two_sheets() -> dict:
    unit = f"{PLACE}倾多镇人民政府"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 10, 18, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("斛律峋", "党委书记", "主持党委全面工作", [
            ("村“两委”人选酝酿、干部推荐中打招呼", "一级", "人选酝酿经党委会集体研究，全程纪实。"),
            ("镇级资金“一支笔”审批，不经集体研究", "一级", "大额资金支出经党委会研究，实行联签。"),
        ]),
        ("尔朱曦", "镇长", "主持政府全面工作", [
            ("农村人居环境整治项目发包中干预选定施工方", "一级", "项目发包公开比选，结果公示。"),
            ("接受项目施工方宴请、礼品", "二级", "签订廉洁承诺书，节前廉洁提醒。"),
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
    dept = _Sheet("站所", [6, 14, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}站所廉政风险防控一览表（样表）", 7)
    dept.add("序号", "站所", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("财政所", "会计", "斛律潆", "general", "村级“三资”代理记账不及时、账实不符", "二级", "代理记账按月结账，每季度与村集体对账。"),
        ("财政所", "会计", "斛律潆", "general", "草原生态保护补助奖励资金核发数据审核不实", "一级", "核发数据与草场承包台账逐户比对。"),
        ("农牧综合服务中心", "主任", "尔朱翚", "middle", "良种、农机购置补贴申报把关不严", "二级", "补贴申报实地核验，名单公示。"),
        ("综合文化站", "站长", "斛律澈", "middle", "文化活动经费虚列演出场次", "三级", "演出活动拍照留存，经费凭活动记录报销。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：党政综合办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "bomi_qingduo_town_two_sheets", "https://dm.hkzww.com/xizang/bomixian.html",
        "镇人民政府 廉政风险防控一览表 in TWO SHEETS, after the source's page on 波密县 (区划代码, 3个镇、7个乡: 扎木镇, "
        "倾多镇 — 曾名曲多、波堆 —, 松宗镇, 易贡乡, 玉普乡, 康玉乡, 多吉乡 …): sheet 班子成员 with 姓名/职务/分管工作 merged per "
        "leader, sheet 站所 (its title still ``（样表）``) with 站所 merged and 岗位/姓名 merged per person; 廉政风险点, "
        "风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def bomi_songzong_service_center_cards() -> dict:
    unit = f"{PLACE}松宗镇农牧综合服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "尔朱珺", "主任", "主持中心全面工作", "middle", [
            ("农机购置补贴、良种补贴申报审核不严", "★★★", "申报材料实地核验，补贴名单在村公示。"),
            ("动物防疫物资采购指定供应商", "★★", "防疫物资由县农业农村局统一配送，不自行采购。"),
        ]),
        ("农技员", "斛律畹", "农技员", "耕地地力保护补贴面积核实、农技推广", "general", [
            ("耕地面积核实不实、虚报补贴面积", "★★★", "面积核实两人以上，与确权数据比对。"),
            ("化肥、种子发放中优亲厚友", "★★", "发放名单公示，领取人本人签字。"),
        ]),
        ("防疫员", "尔朱琤", "防疫员", "动物防疫、产地检疫", "general", [
            ("产地检疫不到位、出具虚假检疫证明", "★★", "检疫证明电子出证，抽查复核。"),
            ("疫苗出入库登记不实", "★", "疫苗出入库双人登记，每月盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "bomi_songzong_service_center_cards", "http://m.gethgdk.com/hebeideji/3814414241285157499.html",
        "镇农牧综合服务中心 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's entry on "
        "松宗镇 (318国道旁, 历史沿革, 耕地4863.15亩, 林地, 草场面积, 9个村民委员会): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def bomi_yigong_township_group_rows() -> dict:
    unit = f"{PLACE}易贡乡人民政府"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、乡领导", "乡领导", [
            ("乡长", "斛律昀", "leader", [
                ("茶产业扶持资金安排个人决定", "一级风险", "扶持资金安排经乡党委会研究，结果公示。"),
                ("茶园周边土地流转协调中谋取私利", "二级风险", "土地流转合同经村民代表会议通过，乡纪委备案。"),
            ]),
        ]),
        ("二、党政综合办公室", "党政综合办公室", [
            ("主任", "尔朱嶷", "middle", [
                ("干部考勤、休假审批把关不严", "三级风险", "考勤每月公示，休假按规定逐级审批。"),
            ]),
            ("报账员", "斛律泓", "general", [
                ("报销凭证审核不严、虚开票据入账", "二级风险", "报销凭证经主任、分管领导审签，票据网上查验。"),
            ]),
        ]),
        ("三、经济发展办公室", "经济发展办公室", [
            ("主任", "尔朱瑗", "middle", [
                ("茶园、林下资源承包合同签订不规范", "一级风险", "承包合同统一文本，经法律顾问审核。"),
                ("以工代赈劳务报酬发放截留", "二级风险", "劳务报酬直接打卡到群众个人账户。"),
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
        "bomi_yigong_township_group_rows", "https://www.chinahospitalitynews.com/cn/2021/08/02/123077/",
        "乡人民政府 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 易贡茶场 (茶园规模, 投产茶园, 绿茶、"
        "红茶和黑茶, 援藏帮扶, 采茶工人的收入): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、乡领导``, ``二、党政综合办公室``, ``三、经济发展办公室`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def bomi_guxiang_finance_office_selfchecks() -> dict:
    unit = f"{PLACE}古乡财政所"
    t = _Truth(unit)
    people = [
        ("斛律翎", "所长", "middle", [
            ("村级转移支付资金拨付不按程序", "Ⅰ级", "拨付凭村民代表会议决议，所长、分管领导联签。", "已落实"),
            ("乡级公用经费支出审批把关不严", "Ⅱ级", "公用经费支出逐笔登记，每季度向乡党委报告。", "已落实"),
        ]),
        ("尔朱湄", "会计", "general", [
            ("原始票据不全即入账", "Ⅱ级", "凭证审核清单逐项核对，不全的退回补正。", "未发现问题"),
            ("惠民补贴“一卡通”数据录入后未复核", "Ⅰ级", "录入数据由所长复核，发放前在村公示。", "已落实"),
        ]),
        ("斛律泷", "出纳", "general", [
            ("现金坐支、公款私存", "Ⅰ级", "现金收入当日存入银行，库存现金每月盘点。", "未发现问题"),
            ("银行存款对账不及时", "Ⅲ级", "每月末编制银行存款余额调节表，会计复核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在单位", "职　务", "自查时间", None)
        sh.add(who, "古乡财政所", post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "bomi_guxiang_finance_office_selfchecks", "http://sandpitts.com/list/1/bomixianguxianggecunshequqingkuangjieshao.html",
        "乡财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of 古乡's "
        "villages (古村, 嘎朗村 and its 文明生态村 creation, 索通村 along the 帕隆藏布, 村民小组, 人口, 318国道): a title, a "
        "label row ``姓　名 | 所在单位 | 职　务 | 自查时间`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/``自查结果``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def bomi_yupu_forestry_station_posts() -> dict:
    unit = f"{PLACE}玉普乡林业站"
    sh = _Sheet("排查表", [6, 14, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    sh.add(
        "示例",
        "某岗位",
        "公务用车管理",
        "公车私用、虚报油耗",
        "岗位职责",
        "中风险",
        "建立用车登记和油耗台账。",
    )
    rows = [
        ("站长", "middle", "公益林补偿面积核定", "虚报生态公益林补偿面积", "制度机制", "高风险",
         "补偿面积与林地一张图比对，结果在村公示。"),
        ("站长", "middle", "林木采伐初审", "为不符合条件的采伐申请出具初审意见", "岗位职责", "中风险",
         "初审实地查验，两人签字。"),
        ("林业技术员", "general", "生态护林员考勤", "护林员考勤造假、虚报巡护天数", "业务流程", "高风险",
         "巡护轨迹由手机终端记录，每月抽查。"),
        ("林业技术员", "general", "造林苗木验收", "苗木数量、成活率验收不实", "岗位职责", "中风险",
         "验收邀请村民代表参加，拍照留存。"),
        ("森林防火专干", "general", "防火物资管理", "防火物资出入库不登记、私自挪用", "业务流程", "低风险",
         "物资出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：林业站", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "bomi_yupu_forestry_station_posts", "https://www.xizang.me/post/538.html",
        "乡林业站 岗位廉政风险点排查表 对岗不对人, after the source's report on 西藏's 10万个环保公益岗位 (牧民领薪当生态管护员: "
        "巡查草原、森林, 保护野生动物, 植树造林, 培训, 薪酬): a title, the template's example row (序号 ``示例``, ``某岗位``) "
        "left under the heading, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def bomi_duoji_culture_station_list() -> dict:
    unit = f"{PLACE}多吉乡综合文化站"
    sh = _Sheet("一览表", [6, 14, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "尔朱岍", "middle", "文化惠民演出场次、观众人数虚报", "制度机制", "一级",
         "演出活动拍照录像，场次报县文化和旅游局核验。"),
        ("站长", "尔朱岍", "middle", "文艺队服装道具采购中收受回扣", "思想道德", "二级",
         "采购三家比价，验收入库两人签字。"),
        ("文化专干", "斛律滢", "general", "农家书屋图书配送签收不实", "岗位职责", "二级",
         "图书配送逐村清点，村管理员签收。"),
        ("文化专干", "斛律滢", "general", "文化站场地出租收入不入账", "业务流程", "一级",
         "场地出租签订合同，收入全额上缴乡财政所。"),
        ("广播电视管理员", "尔朱沂", "general", "户户通设备发放登记不实", "外部环境", "三级",
         "设备发放登记到户，领取人签字确认。"),
    ]  # fmt: skip
    n = 0
    for post, who, tier, point, typ, lv, measures in rows:
        n += 1
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    _line(sh, "补充风险点（2025年6月站内自查后增补）：", 7)
    added = ("文化专干", "斛律滢", "general", "非遗传承人补助资格审核把关不严", "业务流程", "二级",
             "补助对象经乡审核，名单报县文化和旅游局并公示。")  # fmt: skip
    post, who, tier, point, typ, lv, measures = added
    n += 1
    sh.add(n, post, who, point, typ, lv, measures)
    t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    return _layout(
        "bomi_duoji_culture_station_list", "http://www.tyjgjz.com/cn/news/zx/202312/t20231229_7547703.html",
        "乡综合文化站 岗位廉政风险防控一览表, after the source's report on 西藏's 基层文艺队伍 (政府扶持组建的文艺队6114个, "
        "乡镇文化专干3400余人, 乡镇有综合文化站, 文化惠民活动): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/"
        "审核人/站长（签字） line, and under it a ``补充风险点（…）：`` line and one more numbered row",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bomi_kangyu_township_merges_keep_old_cells(),
    bomi_zhamu_town_list(),
    bomi_qingduo_town_two_sheets(),
    bomi_songzong_service_center_cards(),
    bomi_yigong_township_group_rows(),
    bomi_guxiang_finance_office_selfchecks(),
    bomi_yupu_forestry_station_posts(),
    bomi_duoji_culture_station_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch972-inbox"))

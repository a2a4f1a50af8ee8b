"""The four-hundred-and-eighty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 林业和草原
bodies, 秦州区 (a district of 天水市, 甘肃) — its 国有林场, 森林病虫害防治检疫站 and 林业工作站, the
林业站 of four of its towns (皂郊镇, 关子镇, 齐寿镇, 中梁镇) and, in the harder file, its 林业和草原局 —
each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 林业工作站's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 国有林场's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 森林病虫害防治检疫站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 皂郊镇林业站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 关子镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 齐寿镇 one's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 中梁镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``qinzhou_bureau_holder_at_foot``: the 林业和草原局's 一览表, ``序号 | 股室 | 岗位 | 责任人 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``, one point a row, NOTHING MERGED and NO BLANK ROW
  between holders — and each holder's ``股室``, ``岗位`` and ``责任人`` are typed ONCE, on the LAST
  row of that holder's run (the cells above them in the run are empty), each run closed by a
  medium bottom border. The table's first rows therefore stand with empty holder cells, and the
  name stands UNDER the points it answers for, not over them: the way a report generator prints
  a group's label in the group FOOTER, or a typist who "bottom-aligns" a block by typing into its
  last cell instead of merging. Read by filling down (the usual reading of unmerged blank cells),
  every run's points would go to the holder above it and the first run to nobody. The README's
  读得懂的表 knows values merged over their run, written on every row, written on the first row
  and left blank below, and (line ``不合并单元格、而把科室岗位姓名写在每组(空行隔开)中间一行的``)
  written in the MIDDLE row of groups parted by BLANK ROWS; it knows a signature line
  ``岗位责任人（签字）：…`` on a row of its own under each post's rows. It does not describe the
  holder typed in the holder's own columns on the LAST row of an unparted run (no blank row, no
  merge, only a border closes a run). No earlier batch writes it (``grep -in "foot\\|last row of"
  tests/published/batch*.py`` finds only signature and unit lines at a table's foot, a row cut
  by a page break and the halves of a 分栏 list — no holder typed on a run's last row).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (秦州's 南北两山 greening, 营造林 and
the 秦岭镇/关子镇/齐寿镇 herb and tree crops; 秦州区's 中梁林业站 and its 北山月季生态园; a county
林业局's 松材线虫病 control by 检疫 of pine wood; what a 护林员 does on a 国有林场; 天水市林草局's
草原法 training and 生态护林员 courses; a 松材线虫病 秋季普查 of 天水; a 联合检疫执法 of pine timber;
how a 林业站 handles 林权证 and 采伐许可 applications) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 秦州区.

Run ``python tests/published/score.py --set batch482`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder's run is the rows from just under the previous border-closed run
  (or the heading) down to and including the row bearing the holder's 股室/岗位/责任人; every
  point of the run is that holder's, with its own row's type and level; empty holder cells above
  a name do NOT belong to the holder above them;
- ``局领导``, ``站领导`` (a 股室/科室 cell or the leaders' sheet) are the 科室 of those leaders; a 局's
  or 站's 股, a 林场's or 检疫站's 科/室 are 科室; a 镇林业站 has no 科室: its group rows
  ``一、站领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, 场长, 副场长, a 站's 站长 and 副站长 are leaders;
  股长 and 科长 middle; the rest (科员, 护林员, 检疫员, 技术员, 林业员, 会计) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 国有林场's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: thin borders, a
medium bottom border under the rows a sheet lists in ``closes``) and ``truth.json``; no re-saved
copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b482_"
PLACE = "秦州区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


def write_xlsx(layout: dict, path: Path) -> Path:
    """Every cell thin-bordered; the rows a sheet lists in ``closes`` get a medium bottom border."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 6, 20, 9, 0, 0), "author": "Administrator"})
    base = {"text_wrap": True, "valign": "vcenter", "font_name": "宋体", "font_size": 10,
            "border": 1}  # fmt: skip
    fmt, closing = wb.add_format(base), wb.add_format({**base, "bottom": 2})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        closes = set(sheet.get("closes") or ())
        width = max(len(row) for row in sheet["rows"])
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            f = closing if r in closes else fmt
            for c in range(width):
                v = row[c] if c < len(row) else None
                if (r, c) in covered:
                    continue
                if v is None:
                    if r in closes:
                        ws.write_blank(r, c, None, f)
                elif isinstance(v, int | float):
                    ws.write_number(r, c, v, f)
                else:
                    ws.write_string(r, c, v, f)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "" if v is None else v, fmt)
    wb.close()
    return path


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "禚昈澔", "leader", [
        ("造林绿化工程中标单位个人说了算", "制度机制", "高", "造林工程一律进区公共资源交易中心招标。"),
        ("退化林修复资金安排照顾关系乡镇", "思想道德", "中", "资金按任务面积分配并在局网站公示。"),
    ]),
    ("资源管理股", "股长", "郏翀滢", "middle", [
        ("林木采伐许可超限额审批", "岗位职责", "高", "采伐指标台账公开，许可实行初审、复审两级把关。"),
        ("使用林地审核现场查验走过场", "业务流程", "中", "现场查验两人以上并拍照留存。"),
        ("为关系人办理林权变更说情", "外部环境", "低", "说情干预登记报告。"),
    ]),
    ("森林防火股", "科员", "綦玥潆", "general", [
        ("防火物资采购验收不严", "业务流程", "中", "物资验收三人签字，入库台账月核。"),
        ("扑火队员补助虚报冒领", "制度机制", "高", "补助发放到个人账户并公示。"),
    ]),
    ("规划财务股", "会计", "逄昶沩", "general", [
        ("生态护林员工资代发截留", "岗位职责", "高", "工资由银行代发，名单在村务公开栏公示。"),
        ("项目资金报账票据不实", "业务流程", "中", "报账凭验收单和正式票据，股长复核。"),
    ]),
]  # fmt: skip


def qinzhou_bureau_holder_at_foot() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 12, 8, 8, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    closes = []
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for k, (point, typ, lv, measures) in enumerate(points, 1):
            n += 1
            at_foot = k == len(points)
            sh.add(n, *((dept, post, who) if at_foot else (None, None, None)), point, typ, lv,
                   measures)  # fmt: skip
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        closes.append(len(sh.rows) - 1)
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None, None)
    lay = _layout(
        "qinzhou_bureau_holder_at_foot",
        "https://gansu.gansudaily.com.cn/system/2025/12/17/031293984.shtml",
        "(harder) 区林业和草原局 岗位廉政风险防控一览表, after the source's report of 秦州's greening (南北两山, 营造林, 退化林修复, "
        "封山育林, 秦岭镇/关子镇/齐寿镇 crops): 序号/股室/岗位/责任人/廉政风险点/风险类型 (short)/高/中/低/防控措施, "
        "NOTHING MERGED, no blank rows: each holder's 股室, 岗位 and 责任人 typed ONCE on the LAST row of the holder's "
        "run (empty above), each run closed by a medium bottom border; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["closes"] = closes
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def qinzhou_forestry_station_list() -> dict:
    unit = f"{PLACE}林业工作站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "郦翯泷", "leader", [
            ("林权纠纷调处偏袒一方", "思想道德", "高", "调处意见集体研究，结果书面告知双方。"),
            ("标准化林业站建设经费使用不实", "制度机制", "中", "建设经费专账核算，年终审计。"),
        ]),
        ("林政股", "股长", "郜旻湉", "middle", [
            ("采伐伐区调查设计数据不实", "业务流程", "高", "伐区设计抽查复核，设计书公示。"),
        ]),
        ("林政股", "林业员", "阚玙澈", "general", [
            ("木材运输检查放行不合规车辆", "外部环境", "中", "检查记录双人签字。"),
            ("林业统计数据弄虚作假", "岗位职责", "低", "统计数据逐级审核。"),
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
        "qinzhou_forestry_station_list",
        "http://www.c29tqzr.cn/20241215/1/639705",
        "区林业工作站 岗位廉政风险防控一览表, after the source's account of how 林权证 and 伐木许可 are applied for through the "
        "林业站 (实地勘察, 审核): a title, 序号/股室 merged (站领导, 林政股)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def qinzhou_forest_farm_posts() -> dict:
    unit = f"{PLACE}李子园国有林场"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    res, prot = "营林科", "管护科"
    rows = [
        (res, "科长", "middle", "抚育间伐作业验收", "对未达标的抚育作业签字验收", "业务流程风险", "Ⅰ级",
         "验收小组现场抽查，结果公示。"),
        (res, "科长", "middle", "苗木采购", "采购价格高于市场价、收受回扣", "思想道德风险", "Ⅱ级",
         "苗木采购三家比价，集体研究。"),
        (prot, "护林员", "general", "林区巡护", "巡护不到位、对盗伐行为不报告", "岗位职责风险", "Ⅰ级",
         "巡护轨迹APP实时上传。"),
        (prot, "护林员", "general", "林下放牧管理", "收受好处默许林区放牧", "外部环境风险", "Ⅲ级",
         "放牧问题台账月报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "qinzhou_forest_farm_posts", "https://cftzxs.com/592436810.html",
        "区国有林场 廉政风险点排查表 对岗不对人, after the source's account of a 护林员's work on a 国有林场 (巡护森林, 报告火情, "
        "制止乱采滥挖, 封山育林区 不放牧): a title, 序号/科室 merged (营林科, 管护科)/岗位 merged per post/a short 风险点/a "
        "long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | "
        "2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def qinzhou_pest_station_two_sheets() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("酆翾泠", "站长", "主持全面工作", [
            ("松材线虫病防治药剂采购指定供应商", "一级", "药剂采购进政府采购平台。"),
            ("疫木除治工程量核定不实", "二级", "除治工程量第三方核查。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("检疫室", "科长", "盖昉沨", "middle", "调运检疫证明未检即开", "一级", "检疫证明凭检疫记录签发。"),
        ("检疫室", "检疫员", "猗翊漳", "general", "复检时收受货主好处", "二级", "复检两人以上，结果登记。"),
        ("检疫室", "检疫员", "猗翊漳", "general", "疫情普查数据漏报", "三级", "普查数据抽查核实。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "qinzhou_pest_station_two_sheets",
        "https://fx361.cc/page/2020/0216/17379934.shtml",
        "区森林病虫害防治检疫站's file in two sheets, after the source's account of 松材线虫病 control (检疫, 疫木, 除治): "
        "``站领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qinzhou_zaojiao_station_cards() -> dict:
    unit = f"{PLACE}皂郊镇林业站"
    t = _Truth(unit)
    cards = [
        ("站长", "滕昳潇", "leader", [
            ("花椒产业扶持苗木分配不公", "★★★", "分配名单村镇两级公示。"),
            ("站内办公经费报销不实", "★★", "报销票据两人审核。"),
        ]),
        ("林业员", "郗旸漪", "general", [
            ("生态护林员考勤不实", "★★", "考勤以巡护APP记录为准。"),
            ("接受林农土特产", "★", "节前廉洁提醒，拒收登记。"),
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
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "qinzhou_zaojiao_station_cards",
        "http://www.wushan.gov.cn/zfxxgk/zfbmxxgk/lcj/gzxx/14.htm",
        "镇林业站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 林业员), after the source's 天水 notes (松材线虫病 秋季普查, "
        "林草种质资源普查, 生态护林员 培训): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def qinzhou_guanzi_station_selfchecks() -> dict:
    unit = f"{PLACE}关子镇林业站"
    t = _Truth(unit)
    people = [
        ("阙翙沄", "副站长", "leader", [
            ("退耕还林补助面积核实不严", "高风险", "补助面积逐户核实并公示。", "已落实"),
            ("森林火情隐患排查不报告", "中风险", "隐患台账报区林草局。", "未发现问题"),
        ]),
        ("郝昀漠", "会计", "general", [
            ("造林补助资金白条入账", "中风险", "凭正式票据报账。", "已落实"),
            ("代管林农资金公款私存", "低风险", "资金进镇财政所专户。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qinzhou_guanzi_station_selfchecks", "http://www.wushan.gov.cn/zfxxgk/zfbmxxgk/lcj/gzxx.htm",
        "镇林业站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 天水市林草局 notes (草原法 "
        "培训, 森林草原防火督查): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def qinzhou_qishou_station_group_rows() -> dict:
    unit = f"{PLACE}齐寿镇林业站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "訾旼澜", "leader", [
                ("义务植树基地苗木验收把关不严", "一级风险", "苗木验收请区林草局参加。"),
                ("公务用车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("技术员", "厍昱渼", "general", [
                ("艾草种植补贴面积虚报", "一级风险", "补贴面积实地丈量、村委会签章。"),
                ("林业技术培训签到造假", "二级风险", "培训签到拍照存档。"),
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
        "qinzhou_qishou_station_group_rows",
        "https://epaper.lnd.com.cn/lnrbepaper/pc/con/202601/27/content_315440.html",
        "镇林业站 廉政风险防控责任清单, after the source's report of a 联合检疫执法 of pine timber (松材线虫病疫木, 木材集散地, "
        "检疫): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def qinzhou_zhongliang_station_list() -> dict:
    unit = f"{PLACE}中梁镇林业站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "邝翎湛", "leader", "月季生态园管护合同指定承包人", "制度机制", "高", "管护合同公开发包。"),
        ("站长", "邝翎湛", "leader", "为关系人员办理林地占用说情", "思想道德", "中", "说情干预登记报告。"),
        ("林业员", "蒯昕滢", "general", "绿化苗木栽植数量虚报", "业务流程", "高", "栽植数量抽查核实。"),
        ("林业员", "蒯昕滢", "general", "林业档案保管不善丢失", "岗位职责", "低", "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "qinzhou_zhongliang_station_list",
        "http://taiwan-kolin-service.com.tw/%e5%a4%a9%e6%b0%b4%e5%b8%82%e7%a7%a6%e5%b7%9e%e5%8d%80%ef%bc%9a"
        "%e6%9e%97%e7%b6%a0%e8%9e%8d%e6%9c%83%e5%b1%95%e5%b0%b1%e7%94%9f%e6%85%8b%e6%89%be%e4%b9%9d%e5%ae%ae"
        "%e6%a0%bc%e6%9c%83%e8%ad%b0%e5%ae%a4/",
        "镇林业站 廉政风险防控一览表, after the source's report of 秦州区 greening naming the 中梁林业站 and its 北山月季生态园: a "
        "title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qinzhou_bureau_holder_at_foot(),
    qinzhou_forestry_station_list(),
    qinzhou_forest_farm_posts(),
    qinzhou_pest_station_two_sheets(),
    qinzhou_zaojiao_station_cards(),
    qinzhou_guanzi_station_selfchecks(),
    qinzhou_qishou_station_group_rows(),
    qinzhou_zhongliang_station_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch482-inbox"))

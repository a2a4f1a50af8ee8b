"""The five-hundred-and-twenty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 公安 and
司法 bodies, 永登县 (a county of 兰州市, 甘肃) — its 公安局, 司法局, 看守所, 公证处 and four 司法所
(城关镇, 红城镇, 中堡镇, 河桥镇 — towns of the county) — each handing back the 一览表, 排查表, 防控卡, 自查表
or 清单 its staff typed:

- the 公安局's 一览表: ``科室 | 职权内容 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 岗位 | 责任人``
  written on every row, short types, 高/中/低;
- the 司法局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 公证处's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 城关镇司法所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 红城镇司法所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 中堡镇司法所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、调解矫正组`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 河桥镇司法所's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``yongdeng_detention_csv``: the 看守所's 一览表 handed back NOT AS A WORKBOOK BUT AS A CSV FILE
  (``yongdeng_detention_csv.csv``), as Excel writes it on a Chinese Windows with ``另存为 → CSV
  (逗号分隔)(*.csv)``: GBK-encoded, no byte-order mark, CRLF line ends, one line a row, every row
  as wide as the widest (the title line ``永登县看守所岗位廉政风险防控一览表,,,,,,``), a merged
  cell's value only in its top-left field (so ``岗位`` and ``姓名`` stand on each holder's first
  line and the lines below leave them empty), fields holding a comma quoted (``"…，…"`` only where
  an ASCII comma is; the measures here use Chinese punctuation, so none is), the heading
  ``序号,岗位,姓名,廉政风险点,风险类型,风险等级,防控措施`` and a closing ``填表人：,,审核人：,,,2025年7月,``
  line. Such files come out of the 公安 intranet's export (``导出CSV``) and are re-saved by hand;
  offices send them as they are. The shape is about THE FILE ITSELF: the table is an ordinary
  one, the container is text. The README's 读得懂的表 and the earlier batches know ``.xlsx``,
  ``.xls``, ``.ods``, strict Open XML, a streaming writer's ``.xlsx``, and name as unusable a
  renamed Word or TEXT file, a web page saved as ``.xls`` and WPS's ``.et``; the roster may be a
  ``.csv`` (UTF-8 or GBK), but no batch sends a FORM as a ``.csv``, and no line of 读得懂的表 says
  what is done with one (``其他非表格文件跳过并注明``). The truth reads it as the workbook it was
  saved from.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 监管支队's account of warning
education for its 监管 police; a plan for a 司法局's part in 基层治理 — 人民调解, 社区矫正, 法律援助,
公共法律服务; a 司法行政 body's rule on 政务公开 — 公证员执业, 公证投诉, 法律援助 conditions; a
piece on a 司法所's daily work — 纠纷调解, 法律咨询, 法律援助; a note on a 乡镇司法所's 社区矫正 —
接收, 矫正方案, 走访; a 司法局's quarterly summary — 人民调解 以案定补, 安置帮教, 法治宣传; a report of a
province's 司法所 work — 合法性审核, 法治宣传, 纠纷调处, 刑释解矫 帮扶;
a day at a city's 看守所 — 点名, 交接班, 管教, 提审, 会见, 伙房) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
Han surnames with rare given names); every unit is a body of 永登县 (``unit_words=("永登县",)``:
no earlier unit holds it).

Run ``python tests/published/score.py --set batch522`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- the CSV file is read as the sheet it was saved from: its fields are the cells, an empty
  ``岗位``/``姓名`` field under a filled one is the merged cell's lower part (the holder of the
  line above), the title line names the unit; the truth's ``sheet`` for it is ``一览表`` (the tab
  it was saved from; a CSV keeps no tab name, and the scorer does not match sheets);
- ``局领导`` (the 司法局's leaders' sheet) is the 科室 of those leaders; a 局's 股 and 办公室, a
  公安局's 大队 and 室, a 公证处's 科 and a 司法所's 组 are 科室; a group row ``一、所领导`` gives the
  科室 ``所领导``, ``二、调解矫正组`` the 科室 ``调解矫正组`` (its number left off), as batch 280 and
  517 did; the 城关镇司法所's cards and the 红城镇司法所's 自查表 name a 科室 only where a cell
  does (``所在科室``);
- every body is a unit of its own (a 司法所 as the 司法局's 派出机构 in the 镇: the unit
  ``永登县城关镇司法所``, no 科室; the scorer counts the 镇 + 科室 reading the same): 局长, 副局长,
  a 所's 所长 and 副所长, a 处's 主任 are leaders; 大队长, 股长, 科长, 主任 of a 局's
  办公室, 组长 middle; the rest (民警, 管教民警, 收押民警, 科员, 会计, 公证员, 公证员助理, 调解员, 矫正专干,
  司法助理员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职权内容``, ``分管工作`` and ``自查情况``
  are no points and name no holder; the 公证处's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders), then
the harder one as ``yongdeng_detention_csv.csv`` in its stead (``write_csv``; its truth's file is
renamed in ``truth.json``); ``build(outdir, csv=False)`` keeps its ``.xlsx`` (the checks of the
truth read that); no re-saved copies.
"""

from __future__ import annotations

import json
from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b522_"
PLACE = "永登县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
CSV_LAYOUT = "yongdeng_detention_csv"
ENCODING = "gbk"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
DETENTION = [
    ("所长", "厍翾淏", "leader", [
        ("违规批准在押人员会见、通信", "岗位职责", "一级", "会见审批两人签字，会见全程录像。"),
        ("伙房采购指定供应商、虚报价格", "制度机制", "二级", "食品采购询价三家，账目每月公开。"),
    ]),
    ("管教民警", "雒琮翀", "general", [
        ("为在押人员传递信息、物品", "思想道德", "一级", "监区谈话双人进行，物品入所登记检查。"),
        ("监室调整收受家属好处", "外部环境", "二级", "监室调整所务会研究，结果登记备查。"),
    ]),
    ("收押民警", "郗珩湜", "general", [
        ("入所物品清点不实、私自截留", "业务流程", "三级", "物品清点两人在场，清单本人签字。"),
    ]),
]  # fmt: skip


def yongdeng_detention_csv() -> dict:
    unit = f"{PLACE}看守所"
    sh = _Sheet("一览表", [6, 10, 10, 36, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in DETENTION:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        CSV_LAYOUT,
        "http://www.pikaerdan.info/news/2023-12-05/2159004.html",
        "(harder) 县看守所 岗位廉政风险防控一览表 SENT AS A CSV FILE (Excel's ``CSV (逗号分隔)``: GBK, CRLF, "
        "a merged cell's value only on its first line), after the source's day at a city's 看守所 (点名, "
        "交接班, 管教, 收押, 会见, 伙房): title line/序号/岗位 and 姓名 on each holder's first line/廉政风险点/"
        "short types/``一级/二级/三级``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def csv_text(layout: dict) -> str:
    """The layout's one sheet as Excel saves it to CSV: every row as wide as the widest, a
    merged cell's value in its top-left field only, a field with ``,`` ``"`` or a line break
    quoted, CRLF line ends."""
    (sheet,) = layout["sheets"]
    width = max(len(row) for row in sheet["rows"])

    def field(v) -> str:
        s = "" if v is None else str(v)
        if any(ch in s for ch in ',"\r\n'):
            s = '"' + s.replace('"', '""') + '"'
        return s

    lines = [",".join(field(v) for v in row + [None] * (width - len(row))) for row in sheet["rows"]]
    return "\r\n".join(lines) + "\r\n"


def write_csv(layout: dict, path: Path) -> None:
    path.write_bytes(csv_text(layout).encode(ENCODING))


# --------------------------------------------------------------------------- ordinary layouts


def yongdeng_police_bureau_list() -> dict:
    unit = f"{PLACE}公安局"
    sh = _Sheet("一览表", [6, 14, 14, 34, 10, 8, 32, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add(
        "序号", "科室", "职权内容", "风险点", "风险类型", "风险等级", "防控措施", "岗位", "责任人"
    )
    rows = [
        ("警务保障室", "装备物资采购", "采购中倾向特定供应商，验收走过场", "制度机制", "高",
         "采购按程序公开，验收三人以上。", "主任", "鄢翯琮", "middle"),
        ("法制大队", "行政案件审核", "案件审核把关不严，降格处理", "岗位职责", "高",
         "重大案件集体审核，案卷按季评查。", "大队长", "隰湜琬", "middle"),
        ("治安管理大队", "特种行业许可", "为不符合条件的旅馆业办理许可", "外部环境", "中",
         "受理、审核分岗，许可结果网上公示。", "民警", "蒯璟翊", "general"),
        ("治安管理大队", "治安罚款收缴", "罚没款不开票据、截留坐支", "业务流程", "中",
         "罚缴分离，票据按月核对。", "民警", "蒯璟翊", "general"),
        ("交通管理大队", "事故车辆停放", "指定停车场收费、收受好处", "思想道德", "低",
         "停车场公开选定，收费标准公示。", "大队长", "仉翀沨", "middle"),
    ]  # fmt: skip
    for n, (dept, work, point, typ, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, dept, work, point, typ, lv, measures, post, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None, None)
    return _layout(
        "yongdeng_police_bureau_list",
        "https://www.mingyanjiaju.org/fanwen/shijicailiao/1151301172317944_2.htm",
        "县公安局 廉政风险防控一览表, after the source's account of a 监管支队's warning education for its police: "
        "序号/科室/``职权内容``/风险点/风险类型 (short)/高/中/低/防控措施/岗位/责任人 on EVERY row; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def yongdeng_justice_two_sheets() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("綦琬翾", "局长", "主持全面工作", [
            ("政府购买法律服务项目指定承接机构", "一级", "项目公开招标，局党组集体研究。"),
            ("干部选拔任用中搞亲疏", "二级", "严格执行选任程序，结果公示。"),
        ]),
        ("浦沨珺", "副局长", "分管社区矫正和人民调解", [
            ("社区矫正对象请假外出审批放宽", "一级", "请假审批两级把关，系统留痕。"),
            ("人民调解以案定补资金虚报", "三级", "以案定补逐案核对，名单公示。"),
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
    dept = _Sheet("股室", [6, 16, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("法律援助股", "股长", "阚璆湉", "middle", "法律援助经济困难审查不严", "一级",
         "审查材料存档，每月抽查。"),
        ("律师公证管理股", "科员", "钭翙珣", "general", "律师执业投诉处理拖延", "二级",
         "投诉限时办结，结果回告。"),
        ("律师公证管理股", "科员", "钭翙珣", "general", "接受律师事务所宴请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "yongdeng_justice_two_sheets",
        "https://www.seridoat.com/article/si-fa-ju-she-hui-zhi-li-shi-shi-fang-an-po-jie-ji-ceng-zhi-li-nan-ti-yu-ti-sheng-gong-gong-fu-wu-xia.html",
        "县司法局's file in two sheets, after the source's plan for a 司法局's part in 基层治理 (人民调解, 社区矫正, "
        "法律援助): ``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def yongdeng_notary_posts() -> dict:
    unit = f"{PLACE}公证处"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    work, office = "业务科", "综合科"
    rows = [
        (work, "公证员", "general", "公证事项审查", "对申请材料审查不严，出具虚假公证书", "岗位职责风险", "Ⅰ级",
         "实行审批签发制，疑难事项集体讨论。"),
        (work, "公证员", "general", "公证收费", "超标准收费或减免收费不登记", "业务流程风险", "Ⅱ级",
         "收费标准公示，票据统一开具。"),
        (work, "公证员助理", "general", "调查核实", "核实走过场，接受当事人请托", "外部环境风险", "Ⅱ级",
         "核实两人进行，记录存档。"),
        (office, "会计", "general", "公证费入账", "公证费未及时入账", "制度机制风险", "Ⅲ级", "收费与入账每日核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "yongdeng_notary_posts",
        "http://khyelat.com/info/1435/6693.html",
        "县公证处 廉政风险点排查表 对岗不对人, after the source's 司法行政 rule on 政务公开 (公证员执业, 公证投诉, "
        "法律援助 conditions): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yongdeng_chengguan_cards() -> dict:
    unit = f"{PLACE}城关镇司法所"
    t = _Truth(unit)
    cards = [
        ("所长", "莘璆沅", "leader", [
            ("人民调解协议履行中偏袒一方", "★★★", "调解协议所务会审查，当事人回访。"),
            ("法律服务所收费监管不力", "★★", "收费标准公示，每季度检查。"),
        ]),
        ("调解员", "糜翊淏", "general", [
            ("调解中收受当事人财物", "★★", "调解两人以上，公开举报电话。"),
            ("调解卷宗记录不实", "★", "卷宗所长审核，按季评查。"),
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
        "yongdeng_chengguan_cards",
        "https://www.paxyq.com/t/jie-mi-si-fa-suo-shou-hu-zheng-yi-de-mu-hou-ying-xiong-ri-chang-gong-zuo-jie-mi.html",
        "镇司法所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 调解员), after the source's piece on a 司法所's "
        "daily work (纠纷调解, 法律咨询, 法律援助): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/"
        "防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def yongdeng_hongcheng_selfchecks() -> dict:
    unit = f"{PLACE}红城镇司法所"
    t = _Truth(unit)
    people = [
        ("羿沅珣", "副所长", "leader", "", [
            ("社区矫正对象走访记录弄虚作假", "高风险", "走访定位打卡，所长抽查。"),
            ("公务用车私用", "中风险", "派车登记，节假日封存。"),
        ]),
        ("怀翙琬", "矫正专干", "general", "调解矫正组", [
            ("矫正对象违规未及时报告", "中风险", "违规情况当日上报系统。"),
            ("收受矫正对象家属礼品", "低风险", "开展警示教育，公开举报电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept or "所领导", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept or "所领导", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yongdeng_hongcheng_selfchecks",
        "http://zixun.sqedu.cn/jxfw/202505/260157.html",
        "镇司法所 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's note on a "
        "乡镇司法所's 社区矫正 (接收, 矫正方案, 走访): a label row ``姓　名 | 岗　位 | 所在科室`` over values, "
        "序号/风险点/``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 所意见：``",
        sheets, t,
    )  # fmt: skip


def yongdeng_zhongbao_group_rows() -> dict:
    unit = f"{PLACE}中堡镇司法所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "晁琮沨", "leader", [
                ("法律援助案件指派优亲厚友", "一级风险", "案件指派轮流进行，名单公示。"),
                ("办公经费报销不实", "三级风险", "报销凭证所务会审核。"),
            ]),
        ]),
        ("二、调解矫正组", "调解矫正组", [
            ("组长", "冼璟湉", "middle", [
                ("矛盾纠纷排查漏报瞒报", "一级风险", "排查台账每周上报，镇综治中心核对。"),
                ("安置帮教对象帮扶资金虚报", "二级风险", "帮扶名单公示，资金直接到人。"),
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
        "yongdeng_zhongbao_group_rows",
        "https://zhaozongjie.com/fanwen/jidu/35297.html",
        "镇司法所 廉政风险防控责任清单, after the source's quarterly summary of a 司法局 (人民调解 以案定补, 安置帮教, "
        "法治宣传): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、调解矫正组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yongdeng_heqiao_duty_list() -> dict:
    unit = f"{PLACE}河桥镇司法所"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "瞿翾琤", "leader", "人民调解指导", "以案定补材料审核把关不严", "一级", "以案定补逐案复核，名单公示。"),
        ("所长", "瞿翾琤", "leader", "合法性审查", "审查意见受人情干扰", "二级", "审查意见存档，局里抽查。"),
        ("司法助理员", "郇沨璟", "general", "法治宣传", "普法活动经费虚报", "二级", "活动照片存档，经费凭票报销。"),
        ("司法助理员", "郇沨璟", "general", "刑释人员帮教", "帮教记录不实", "三级", "帮教走访留痕，所长审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "yongdeng_heqiao_duty_list",
        "http://www.renrenlv.net/news_view.aspx?typeid=5&id=1742&fid=t2:5:2",
        "镇司法所 廉政风险防控责任清单, after the source's report of a province's 司法所 work (合法性审核, 法治宣传, "
        "矛盾纠纷调处, 刑释解矫 帮扶): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/"
        "防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yongdeng_detention_csv(),
    yongdeng_police_bureau_list(),
    yongdeng_justice_two_sheets(),
    yongdeng_notary_posts(),
    yongdeng_chengguan_cards(),
    yongdeng_hongcheng_selfchecks(),
    yongdeng_zhongbao_group_rows(),
    yongdeng_heqiao_duty_list(),
]
RESAVED: tuple[str, ...] = ()


def build(
    outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True, csv: bool = True
) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders); with
    ``csv``, the harder layout then as ``<name>.csv`` in place of its ``.xlsx``."""
    out = _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )
    lay = next((x for x in (layouts or LAYOUTS) if x["name"] == CSV_LAYOUT), None)
    if csv and lay is not None:
        (out / f"{CSV_LAYOUT}.xlsx").unlink()
        write_csv(lay, out / f"{CSV_LAYOUT}.csv")
        truth = json.loads((out / "truth.json").read_text(encoding="utf-8"))
        for f in truth["forms"]:
            if f["file"] == f"{CSV_LAYOUT}.xlsx":
                f["file"] = f"{CSV_LAYOUT}.csv"
        (out / "truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return out


def build_workbooks(outdir: str | Path) -> Path:
    """Every layout as ``.xlsx``, the harder one too (what the checks of the truth read)."""
    return build(outdir, csv=False)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch522-inbox"))

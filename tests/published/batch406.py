"""The four-hundred-and-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫健 and 疾控
bodies, 洛南县 (a county of 商洛 on the upper 洛河, its staff Han) — the 县卫生健康局, the 县医院, the
县卫生监督所, the 景村镇中心卫生院, the 石门镇卫生院, the 县中医医院, the 古城镇卫生院 and the
县疾病预防控制中心 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in
WPS or Excel:

- the 卫生健康局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 县医院's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``科室`` merged
  (``院领导``, ``药剂科``, ``设备科``, ``医务科``, ``财务科``), ``姓名`` BEFORE ``职务``, both merged
  per person, short types, 高/中/低, a 填表人/审核人/date line;
- the 卫生监督所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在科室 | … | 执法证号 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 所长（签字）：``;
- the 景村镇中心卫生院's 自查表, one sheet a person (tabs named by the holder): a row of labels
  ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of their values, then ``序号 | 工作职责 |
  风险点 | 风险类型 | 风险等级 | 防控措施`` (``工作职责`` merged over its points), ``…风险`` types,
  ``一级风险/二级风险/三级风险``, ``本人签名： | … | 院长审核：``;
- the 石门镇卫生院's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 中医医院's 责任清单 under GROUP ROWS ``一、院领导``, ``二、药剂科``, ``三、医务科``,
  ``四、总务科`` merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, 高/中/低;
- the 古城镇卫生院's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out on
  EVERY row (nothing merged): ``科室 | 岗位 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 责任人`` with the
  holder in a LAST ``责任人`` column, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``luonan_cdc_with_chart_sheet``: the 疾病预防控制中心's ordinary 一览表 (a title, a merged
  ``填报单位：…　填报时间：…`` line, ``科室`` merged, ``岗位`` and ``姓名`` merged per person, ``…风险``
  types, ``Ⅰ级/Ⅱ级/Ⅲ级``, a 填表人/审核人/date line) on the tab ``一览表``, in a WORKBOOK WHOSE FIRST
  SHEET IS A CHART SHEET: ``风险分布图``, an Excel 图表工作表 (a sheet that is a chart and nothing else
  — no cells, no rows, no columns: ``xl/chartsheets/sheet1.xml``, what F11 or 移动图表→新工作表 makes),
  a clustered column chart ``洛南县疾病预防控制中心廉政风险点分布（按科室、等级）`` of the count of
  points by 科室 and level; the workbook opens on it (it is the active, first tab). Its data stand on a
  third sheet ``统计``: ``科室 | Ⅰ级 | Ⅱ级 | Ⅲ级 | 合计`` a row a 科室 and a ``合计`` row — counts,
  no point. The shape is about the FILE: one of its sheets is not a worksheet at all, and the one
  that is opened first. The README's 读得懂的表 knows a workbook's other sheets — a 封面, a ``目录``, a
  ``填表说明``, a ``填报示例``, a blank ``模板``, a ``下拉选项`` list sheet, hidden sheets, a roster,
  a ``汇总（公示）`` sheet, sheets set aside as ``作废``/``上年`` — and a count table beside a list
  (``风险点一列写的是个数的汇总表``, ``TABLE_OTHER``), text boxes and pictures drawn over cells; it does
  not describe a chart, neither a chart sheet nor a chart drawn on a sheet: README.md holds neither
  ``图表`` nor ``chart``, and ``grep -l 'add_chart\\|chartsheet'`` over tests/published/*.py finds no
  earlier batch that writes a chart object of any kind (the word ``chart`` there names only a 风险防控图,
  a 流程图 or a 公示栏 typed INTO CELLS: batch3, batch11, batch226, batch353).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省卫生健康委's 工作规则 — 委党组,
处室, 集体决策, 公文, 会议, 廉政; a paper on 紧密型县域医共体 — the 县医院 as the 牵头医院, 人财物 统一管理,
药品耗材 统一采购, 医防融合; a 市疾控中心's 收费项目分类表 — 水质, 化妆品, 餐饮具, 公共场所 检测 and their
收费标准; a paper on 公共场所卫生 监督 — 卫生监督员, 三级监督, 监督权限; the 门诊处方管理办法 — 处方权, 处方
点评, 药品 调剂; a note on 医院各类人员配备标准 — 卫生技术人员, 行政 and 工勤 posts; a note on the share of
中医非药物疗法 in a 公立县级中医医院 — 针灸, 推拿, 中药饮片, 考核; a note on 村医补助 — 基本药物 补助, 基本
公共卫生 补助, 发放标准) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 洛南县, named with the county's name (no earlier unit
holds ``洛南县``; the 镇 — 景村镇, 石门镇, 古城镇 — are towns of the county).

Run ``python tests/published/score.py --set batch406`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- the harder file's forms are the 一览表's only: the chart sheet ``风险分布图`` and the ``统计`` sheet
  hold no point and no form (its ``科室 | Ⅰ级 | Ⅱ级 | Ⅲ级 | 合计`` rows are counts; ``合计`` no 科室);
- ``局领导`` (the 卫健局's sheet of its leaders, named so by its tab and title), ``院领导`` (the 县医院's
  and the 石门镇卫生院's 科室 cell, the 中医医院's group row, the 景村镇中心卫生院's 所在科室),
  ``所领导`` (the 卫生监督所's 所在科室 of its 所长) and ``中心领导`` (the 疾控中心's 科室 cell) are the
  科室 of those leaders; a 局's 股 and 办公室, a hospital's 科, a 卫生院's 科, 室 and 药房, a 所's 科 are
  科室; a group row ``二、药剂科`` gives the 科室 ``药剂科`` (its number left off); the 古城镇卫生院's
  ``院领导`` likewise;
- a 镇卫生院 is a unit of its own (the county 卫健局's body in the 镇, not a part of the 镇 government),
  named ``洛南县景村镇中心卫生院`` and so on;
- 局长, 副局长, a hospital's or 卫生院's 院长 and 副院长, the 所长 of the 卫生监督所, the 疾控中心's 主任 and
  副主任 are leaders; 股长, 办公室主任, a 科's 科长 or 主任 (科主任), 护士长 and 药房负责人 middle; the rest
  (科员, 会计, 出纳, 药师, 药剂员, 采购员, 收费员, 检验员, 疫苗管理员, 卫生监督员, 防保员, 医师, 库管员)
  general;
- ``风险点 | 风险表现`` (the 石门镇卫生院's list): the point is the short 风险点; ``分管工作``,
  ``工作职责``, ``职责事项`` and ``执法证号`` are no points and name no holder; the 石门镇卫生院's list
  names no person: its forms are posts (对岗不对人); the 古城镇卫生院's last ``责任人`` column is the
  holder of the post on its row;
- ``一级/二级/三级``, 高/中/低, ``★★★/★★/★`` (read by the cards' note), ``一级风险/二级风险/三级风险``,
  ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 古城镇卫生院's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder file by ``write_xlsx`` here, which adds its chart sheet) and
``truth.json``; no re-saved copies (as batch280 and batch402).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch44 import write_xlsx as _write_xlsx44
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b406_"
PLACE = "洛南县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年8月"


# --------------------------------------------------------------------------- harder layout

CHART_NAME = "luonan_cdc_with_chart_sheet"
CHART_UNIT = f"{PLACE}疾病预防控制中心"
CHART_TAB = "风险分布图"
CHART_TITLE = f"{CHART_UNIT}廉政风险点分布（按科室、等级）"
LIST_TAB = "一览表"
COUNT_TAB = "统计"
COUNT_HEAD = ("科室", "Ⅰ级", "Ⅱ级", "Ⅲ级", "合计")
CDC_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])
CDC_ROWS = [
    ("中心领导", "主任", "蔺翮澂", "leader", [
        ("检验检测设备和试剂采购不经中心办公会集体研究", "制度机制风险", "Ⅰ级",
         "大宗设备和试剂采购经中心办公会研究，按政府采购程序进行。"),
        ("干部选任和绩效分配中搞“一言堂”", "思想道德风险", "Ⅱ级", "选任和分配方案集体研究，结果公示。"),
    ]),
    ("中心领导", "副主任", "琚璆岫", "leader", [
        ("技术服务收费项目和标准擅自调整", "业务流程风险", "Ⅰ级", "收费项目和标准按物价批复执行，在服务大厅公示。"),
    ]),
    ("免疫规划科", "科长", "鄂棨涔", "middle", [
        ("疫苗分发不按计划，向接种单位搭售非免疫规划疫苗", "岗位职责风险", "Ⅰ级", "疫苗按需求计划分发，出入库系统全程追溯。"),
        ("接种单位考核打分照顾关系单位", "外部环境风险", "Ⅲ级", "考核细则公开，考核组随机抽取成员。"),
    ]),
    ("免疫规划科", "疫苗管理员", "糜砚漪", "general", [
        ("疫苗出入库登记不实，冷链温度记录补记", "业务流程风险", "Ⅱ级", "出入库双人核对，冷链温度自动监测留痕。"),
    ]),
    ("检验科", "科长", "綦觐瑭", "middle", [
        ("水质、公共场所检测报告出具不实", "岗位职责风险", "Ⅰ级", "检测报告三级审核，原始记录存档备查。"),
        ("检测样品优先受理、加急收取额外费用", "外部环境风险", "Ⅱ级", "样品按受理顺序检测，加急服务按公示标准收费。"),
    ]),
    ("检验科", "检验员", "宦翊沅", "general", [
        ("收受送检单位财物，篡改检测数据", "思想道德风险", "Ⅱ级", "检测数据实验室信息系统直接生成，定期比对复核。"),
    ]),
    ("办公室", "会计", "鞠澂岚", "general", [
        ("技术服务收入不及时入账，私设小金库", "制度机制风险", "Ⅰ级", "收费统一开具票据，每日对账，每季度内审。"),
        ("差旅、培训费报销票据审核不严", "业务流程风险", "Ⅲ级", "报销单据逐张审核，超标准支出不予报销。"),
    ]),
]  # fmt: skip


def luonan_cdc_with_chart_sheet() -> dict:
    unit = CHART_UNIT
    t = _Truth(unit)
    sh = _Sheet(LIST_TAB, [6, 12, 11, 9, 36, 13, 9, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*CDC_HEAD)
    first = len(sh.rows)
    n = 0
    counts: dict[str, list[int]] = {}
    for dept, post, who, tier, points in CDC_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
            counts.setdefault(dept, [0, 0, 0])[ROMAN[lv] - 1] += 1
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    stats = _Sheet(COUNT_TAB, [14, 8, 8, 8, 8])
    _line(stats, f"{unit}廉政风险点统计", 5)
    stats.add(*COUNT_HEAD)
    for dept, (a, b, c) in counts.items():
        stats.add(dept, a, b, c, a + b + c)
    totals = [sum(v[i] for v in counts.values()) for i in range(3)]
    stats.add("合计", *totals, sum(totals))
    lay = _layout(
        CHART_NAME, "https://cdc.fuzhou.gov.cn/zz/wsbs/bszn/202405/t20240531_4833929.htm",
        "(harder) 县疾病预防控制中心 岗位廉政风险防控一览表, after the source's 市疾控中心 收费项目分类表 (水质, 化妆品, 餐饮具, "
        "公共场所 检测, 收费标准, 时限): an ordinary list on the tab ``一览表`` (a title, a merged ``填报单位：…　填报时间："
        "2025年8月`` line, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, a 填表人/审核人/date line) in a WORKBOOK WHOSE FIRST AND ACTIVE SHEET IS A CHART SHEET "
        "``风险分布图`` (an Excel 图表工作表: a clustered column chart of the points by 科室 and level, no cells), drawn "
        "from a third sheet ``统计`` (``科室 | Ⅰ级 | Ⅱ级 | Ⅲ级 | 合计`` counts and a ``合计`` row)",
        [sh, stats], t,
    )  # fmt: skip
    lay["chart_sheet"] = {"name": CHART_TAB, "title": CHART_TITLE, "data": COUNT_TAB,
                          "rows": len(counts)}  # fmt: skip
    return lay


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; the harder layout with its chart sheet first and active, its chart
    drawn from the ``统计`` sheet's counts."""
    chart = layout.get("chart_sheet")
    if chart is None:
        return _write_xlsx44(layout, path)
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 8, 12, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    fmts = (fmt, wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'}))
    cs = wb.add_chartsheet(chart["name"])
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
                if v is not None and (r, c) not in covered:
                    _put(ws, fmts, r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            v = sheet["rows"][r0][c0] if c0 < len(sheet["rows"][r0]) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                _put(ws, fmts, r0, c0, v)
    # the counts: heading on row 2 (Excel row 2), a row a 科室 from row 3 on
    data, last = chart["data"], 2 + chart["rows"]
    col = wb.add_chart({"type": "column"})
    for c, letter in ((1, "B"), (2, "C"), (3, "D")):
        col.add_series({
            "name": [data, 1, c],
            "categories": f"='{data}'!$A$3:$A${last}",
            "values": f"='{data}'!${letter}$3:${letter}${last}",
            "data_labels": {"value": True},
        })  # fmt: skip
    col.set_title({"name": chart["title"]})
    col.set_x_axis({"name": "科室"})
    col.set_y_axis({"name": "风险点（个）", "major_unit": 1})
    col.set_legend({"position": "bottom"})
    cs.set_chart(col)
    cs.activate()
    wb.close()
    return path


# --------------------------------------------------------------------------- ordinary layouts


def luonan_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("訾琭溦", "局长", "主持全面工作", [
            ("卫生健康项目资金安排不经党组会集体研究", "一级", "项目资金安排经党组会研究，会议纪要存档。"),
            ("医疗机构负责人选任中打招呼、搞照顾", "一级", "选任按程序动议、考察、公示，全程纪实。"),
        ]),
        ("荆翀瀚", "副局长", "分管医政医管、医疗机构审批", [
            ("医疗机构设置审批降低条件", "一级", "审批材料两级审核，现场核查两人以上。"),
            ("医疗纠纷调处偏袒一方", "二级", "调处过程记录在案，结果书面告知双方。"),
        ]),
        ("雍霈琮", "副局长", "分管财务审计、基本公共卫生", [
            ("基本公共卫生服务资金拨付审核把关不严", "二级", "资金按考核结果拨付，拨付结果公开。"),
            ("基层医疗机构基建项目插手干预", "三级", "过问插手登记报告，项目一律进场交易。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "漆洺瑗", "middle", [
            ("医师执业注册材料审核不严", "一级", "注册材料网上核验，办理结果公示。"),
            ("医疗质量检查走过场，对问题隐瞒不报", "二级", "检查组随机组成，问题清单限期整改销号。"),
        ]),
        ("医政医管股", "科员", "蓬澈珣", "general", [
            ("泄露投诉举报人信息", "三级", "举报件登记编号，举报人信息专人保管。"),
        ]),
        ("财务审计股", "股长", "鄢珝岑", "middle", [
            ("村医补助资金分配不按标准核定", "一级", "补助按考核结果核定，名单在村卫生室公示。"),
            ("下属单位内部审计发现的问题不报告", "二级", "审计报告局务会通报，整改情况跟踪督办。"),
        ]),
        ("财务审计股", "会计", "晁泓璟", "general", [
            ("报销凭证审核不严，虚列支出", "二级", "报销单据逐张审核，每季度内审抽查。"),
        ]),
        ("办公室", "办公室主任", "庹淇瑀", "middle", [
            ("公务接待超标准，公车私用", "三级", "接待事前审批，派车单按月核对。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "luonan_health_bureau_two_sheets", "http://law.foodmate.net/show-204085.html",
        "县卫生健康局 file in two sheets after the source's 省卫生健康委 工作规则 (委党组, 处室, 集体决策, 会议, 廉政): "
        "``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` (a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no type column; "
        "a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def luonan_county_hospital_list() -> dict:
    unit = f"{PLACE}医院"
    sh = _Sheet("一览表", [6, 10, 9, 10, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "姓名", "职务", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "芮璘瀛", "院长", "leader", [
            ("医共体内人财物统一调配不经集体研究", "制度机制", "高", "统一调配方案经院党委会研究，向分院公开。"),
            ("大型医疗设备购置论证走过场", "岗位职责", "高", "购置论证邀请院外专家，论证意见存档。"),
        ]),
        ("院领导", "缪湜琛", "副院长", "leader", [
            ("分院药品耗材统一采购中指定配送企业", "外部环境", "中", "配送企业按平台结果确定，院纪委全程监督。"),
        ]),
        ("药剂科", "靳澐玳", "科主任", "middle", [
            ("新进药品遴选中收受药企好处", "思想道德", "高", "新药遴选经药事委员会集体投票，结果公示。"),
            ("为医药代表提供科室用药数据（统方）", "岗位职责", "高", "信息系统统方权限分级管理，查询全程留痕。"),
        ]),
        ("设备科", "巴澍珂", "科长", "middle", [
            ("设备验收不按合同核对配置参数", "业务流程", "中", "验收小组三人以上，使用科室共同签字。"),
        ]),
        ("医务科", "卜沄瑾", "科长", "middle", [
            ("医师处方权授予把关不严", "制度机制", "中", "处方权授予经医务科考核、分管院长审批。"),
        ]),
        ("财务科", "禹潆岐", "收费员", "general", [
            ("收费时多收、漏收，截留现金", "业务流程", "中", "收费日结日清，系统与现金每日核对。"),
            ("退费审核不严，虚假退费", "岗位职责", "低", "退费凭科室证明和患者签字办理，每月抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, who, post, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, who, post, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "luonan_county_hospital_list", "https://m.fx361.cc/news/2022/0301/18710637.html",
        "县医院 岗位廉洁风险防控一览表 after the source's paper on the 紧密型县域医共体 (the 县医院 as 牵头医院, 人财物 统一管理, "
        "药品耗材 统一采购, 医防融合): a title, a merged ``填报单位：…　填报时间：2025年8月`` line, then 序号/科室 merged "
        "(院领导, 药剂科, 设备科, 医务科, 财务科)/``姓名`` BEFORE ``职务``, both merged per person/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def luonan_health_inspection_cards() -> dict:
    unit = f"{PLACE}卫生监督所"
    t = _Truth(unit)
    cards = [
        ("所长", "从淏琰", "所领导", "leader", "61102100301", [
            ("重大案件处罚不经集体讨论", "★★★", "重大案件集体讨论，讨论记录归档。"),
            ("对非法行医、医疗美容违法行为说情放纵", "★★★", "过问案件登记报告，办案全程记录。"),
            ("执法车辆、快检设备使用不规范", "★", "车辆派车登记，设备使用台账按月核对。"),
        ]),
        ("监督一科科长", "苍洄瑜", "监督一科", "middle", "61102100314", [
            ("公共场所卫生许可现场审查降低标准", "★★", "现场审查两人以上，审查记录拍照存档。"),
            ("量化分级评定照顾关系单位", "★★★", "评定结果公示，接受投诉复核。"),
        ]),
        ("卫生监督员", "戚璠湄", "监督二科", "general", "61102100327", [
            ("检查中接受经营者宴请、礼品", "★★", "执法记录仪全程记录，签订廉洁承诺书。"),
            ("生活饮用水监督抽检提前透露信息", "★★", "抽检计划保密，随机抽取检查对象。"),
            ("监督意见书下达后不跟踪整改", "★", "整改情况复查，结果录入监督信息平台。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, card_no, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在科室", dept, "执法证号", card_no)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "luonan_health_inspection_cards", "https://jxxfw.com/periodical/224a65913545d8d686631ff40cf70be6.html",
        "县卫生监督所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 监督一科科长, 卫生监督员), after the source's paper on "
        "公共场所卫生 监督 (卫生监督员, 三级监督, 监督权限): a title, ``姓　名 | … | 职　务 | …`` over ``所在科室 | … | 执法证号 "
        "| …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def luonan_jingcun_health_center_selfchecks() -> dict:
    unit = f"{PLACE}景村镇中心卫生院"
    t = _Truth(unit)
    people = [
        ("冼翊璇", "院领导", "院长", "leader", [
            ("主持卫生院全面工作", [
                ("药品耗材采购计划不经院务会研究", "制度机制风险", "一级风险", "采购计划经院务会研究，按平台集中采购。"),
                ("绩效工资分配向个人和亲近人员倾斜", "思想道德风险", "二级风险", "分配方案职工大会通过，结果公示。"),
            ]),
        ]),
        ("郄泠瑶", "药房", "药房负责人", "middle", [
            ("负责药品调剂、处方审核和药品保管", [
                ("对超常处方、大处方不审核不报告", "岗位职责风险", "一级风险", "处方每月点评，超常处方报医务组。"),
                ("药品盘点不实，过期药品私自处理", "业务流程风险", "二级风险", "药品每月盘点，过期药品登记销毁。"),
            ]),
        ]),
        ("厍滢琬", "财务室", "会计", "general", [
            ("负责卫生院及村卫生室账务核算", [
                ("村卫生室补助资金核算不实", "岗位职责风险", "一级风险", "补助按考核结果核算，院长审批后发放。"),
                ("接受供货单位宴请、礼品", "外部环境风险", "三级风险", "签订廉洁承诺书，举报电话公开。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, duties in people:
        sh = _Sheet(who, [6, 22, 36, 14, 11, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", "所在科室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, DATE, None, None)
        sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "院长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "luonan_jingcun_health_center_selfchecks",
        "https://www.zhetiaohe.com/ss/f41c4abd470ea838891853fde0ff6b2d286c7279f6106012cf2c48c6c200a768d98b1e92ffd94fecaa39cb7c8443f1d6.html",
        "镇中心卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 门诊处方管理办法 "
        "(处方权, 处方点评, 药品调剂): a title, a row of labels ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of their "
        "values, then 序号/``工作职责`` merged over its points/风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a blank row and ``本人签名： | 院长审核：``",
        sheets, t,
    )  # fmt: skip


def luonan_shimen_health_center_posts() -> dict:
    unit = f"{PLACE}石门镇卫生院"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", [
            ("卫生院基建维修", "基建维修项目不经院务会研究，指定施工单位", "制度机制", "高风险", "项目经院务会研究，按规定比选。"),
            ("人员招聘", "临聘人员招聘不公开，优亲厚友", "思想道德", "中风险", "招聘公告、考核和结果全程公开。"),
        ]),
        ("公共卫生科", "科长", "middle", [
            ("基本公共卫生服务考核", "考核村卫生室服务数量弄虚作假", "岗位职责", "高风险", "考核入户抽查回访，结果公示。"),
            ("家庭医生签约", "签约服务虚报签约人数", "业务流程", "中风险", "签约信息系统核验，电话随机回访。"),
        ]),
        ("公共卫生科", "防保员", "general", [
            ("预防接种服务", "接种非免疫规划疫苗时推荐特定产品收取好处", "外部环境", "中风险", "疫苗价格公示，知情自愿签字。"),
        ]),
        ("药房", "药剂员", "general", [
            ("药品出入库", "药品出入库不登记，账物不符", "业务流程", "低风险", "出入库系统登记，每月盘点。"),
        ]),
        ("财务室", "出纳", "general", [
            ("现金管理", "收费现金不及时存行，挪用公款", "岗位职责", "高风险", "现金日清日存，会计每周盘点。"),
            ("票据管理", "收费票据领用不登记，作废票据不留存", "制度机制", "低风险", "票据专人领用核销，作废票据全联留存。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "luonan_shimen_health_center_posts",
        "https://abg.baidu.com/tags/z3jlt6wsxxklvohxydqmrs6uwhc6jmnywhvnppa11",
        "镇卫生院 岗位廉政风险点排查表 对岗不对人, after the source's note on 医院各类人员配备标准 (卫生技术人员, 行政 and "
        "工勤 posts): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def luonan_tcm_hospital_duties() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "勾潋瑭", "leader", [
                ("重大事项决策", "中医特色专科建设资金安排不经集体研究", "制度机制风险", "高", "资金安排经院党委会研究，结果公开。"),
            ]),
            ("副院长", "仝漪珩", "leader", [
                ("医疗质量管理", "对医疗纠纷、差错隐瞒不报", "岗位职责风险", "中", "纠纷差错登记上报，季度通报。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("科主任", "闾淼琨", "middle", [
                ("中药饮片采购", "中药饮片采购指定供货商，以次充好", "外部环境风险", "高", "饮片按平台采购，验收抽检留样。"),
                ("院内制剂管理", "院内制剂配制记录不实", "业务流程风险", "中", "配制记录双人复核，成品逐批检验。"),
            ]),
            ("采购员", "弥澹琳", "general", [
                ("药品采购计划", "采购计划虚增数量，收受回扣", "思想道德风险", "高", "采购计划科室提出、药事会审定。"),
            ]),
        ]),
        ("三、医务科", "医务科", [
            ("科长", "鲜潍璎", "middle", [
                ("中医非药物疗法考核", "针灸推拿治疗人次统计弄虚作假", "岗位职责风险", "中", "治疗人次系统统计，每月抽查病历。"),
            ]),
        ]),
        ("四、总务科", "总务科", [
            ("库管员", "迟滟瑄", "general", [
                ("物资出入库", "物资出入库不登记，账物不符", "业务流程风险", "低", "出入库登记，每季度盘点。"),
                ("后勤物资验收", "验收时接受供货商好处，放宽标准", "外部环境风险", "低", "验收两人以上，验收单存档。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "luonan_tcm_hospital_duties",
        "https://www.zhetiaohe.com/ss/84e6520446a6536a799ffd900990de0b81ad978e97f0cc1ca15d0bd3293261d9b9bdfdd1e08c47aaa7af82fe520b98d30afefbb0280a108dffa4d9723acedfaac75550d52e2e4475b48d15c7ac24a143.html",
        "县中医医院 廉政风险防控责任清单 under GROUP ROWS ``一、院领导`` … ``四、总务科`` merged across (no 科室 column), "
        "after the source's note on 中医非药物疗法 in a 公立县级中医医院 (针灸, 推拿, 中药饮片, 考核): a title, then 序号/岗位 "
        "and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def luonan_gucheng_health_center_every_row() -> dict:
    unit = f"{PLACE}古城镇卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 38, 10, 9, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("院领导", "院长", "郜湲瑀", "leader", "村医基本药物补助核定不按考核结果", "制度机制", "Ⅰ",
         "补助按季度考核结果核定，名单公示。"),
        ("院领导", "院长", "郜湲瑀", "leader", "设备采购不询价、不比选", "外部环境", "Ⅱ", "采购三家以上询价，采购与验收分离。"),
        ("院领导", "副院长", "乜涓琪", "leader", "乡村医生考核打分不公", "岗位职责", "Ⅱ", "考核细则公开，考核结果公示。"),
        ("医疗组", "医师", "佘泓琳", "general", "开具大处方、人情处方", "思想道德", "Ⅲ", "处方每月点评，超常处方约谈。"),
        ("公共卫生科", "科长", "邰沐瑗", "middle", "基本公共卫生补助资金分配不实", "业务流程", "Ⅰ",
         "资金按服务数量和质量分配，公示五天。"),
        ("财务室", "会计", "殷澂琦", "general", "村医补助发放不按标准，截留克扣", "岗位职责", "Ⅱ", "补助直接打卡发放，发放清单存档。"),
        ("财务室", "会计", "殷澂琦", "general", "医疗收入不及时入账", "业务流程", "Ⅲ", "收入日结，系统与银行每月对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "luonan_gucheng_health_center_every_row",
        "https://www.zhetiaohe.com/ss/f225b4264a2b9e553d7dfb34ad64227c6487743fcd86c2f8e1e3b04244ecf9f9.html",
        "镇卫生院 岗位廉政风险防控一览表, after the source's note on 村医补助 (基本药物 补助, 基本公共卫生 补助, 发放标准): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年8月`` line, then 序号/科室/岗位 written out on "
        "EVERY row (nothing merged)/风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任人`` column "
        "written on every row; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luonan_cdc_with_chart_sheet(),
    luonan_health_bureau_two_sheets(),
    luonan_county_hospital_list(),
    luonan_health_inspection_cards(),
    luonan_jingcun_health_center_selfchecks(),
    luonan_shimen_health_center_posts(),
    luonan_tcm_hospital_duties(),
    luonan_gucheng_health_center_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch406-inbox"))

"""The eight-hundred-and-eighty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 气象 and
防灾 bodies, 疏附县 (喀什地区, 新疆维吾尔自治区) — its 气象局, 防灾减灾服务中心, 地震局, 地震监测中心,
水文监测站 and two 乡/镇气象信息服务站 (吾库萨克镇, 塔什米里克乡) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 气象局's 一览表 in TWO SHEETS ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 防灾减灾服务中心's 一览表 under ``附件2`` and a 填报单位 line: ``科室`` merged, ``岗位 | 姓名``
  merged per person, short types, 高/中/低;
- the 地震局's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 地震监测中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names;
- the 水文监测站's 清单 under GROUP ROWS ``一、站领导`` … ``三、综合科`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 吾库萨克镇气象信息服务站's 自查表, one sheet a person: a label row ``姓　名 | 岗　位 |
  填表时间`` over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 塔什米里克乡气象信息服务站's 一览表: ``岗位 | 责任人`` written on EVERY row, no type column,
  高/中/低, a ``注：`` line and a sign-off line.

One is harder:

- ``shufu_weather_modification_office_counts_with_comments``: the 人工影响天气办公室's
  岗位廉政风险点排查汇总表, ONE ROW A HOLDER (``序号 | 岗位 | 姓名 | 排查风险点（项） | 其中 | 备注``,
  ``其中`` merged over ``一级 | 二级 | 三级``, a two-row heading), each row giving only the holder's
  COUNTS of points (all, and per grade) and ``详见批注`` in 备注, and a 合计 row; THE POINTS
  THEMSELVES ARE WRITTEN ONLY IN A CELL COMMENT (批注) ON THE HOLDER'S ``排查风险点（项）`` CELL, one
  numbered line a point with its grade in a closing bracket (``Administrator:⏎1.人影作业装备和弹药采购
  不经集体研究（一级）⏎2.…（二级）``), as a ``注：`` line under the table says. The README's 读得懂的表
  knows a level, a holder or the measures in a comment (on a point's or a post's cell), and count
  tables (a 汇总 row a holder over his points, a count table beside a list, per-holder counts
  merged beside his block); it does not describe a table that is ONLY a count roster whose points
  (and their levels) stand in comments on the count cells.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 旗 气象局's report on 人影 and
气象防灾减灾 经费 and an 人工影响天气与气象灾害防御指挥部; a 州 气象局's meeting on 项目建设, 预算执行,
人影管理, 财经纪律 and 装备保障; a 市 气象局's 部门项目情况表 — 防雷减灾管理和行政审批技术支撑, 区域自动
气象站, 预警发布系统; a 县 地震局's 宏观观测站 建设 — 牌匾, 观测员手册, 培训; a 县 地震监测中心's check
of 宏观观测点 — 养殖场, 观测员在岗记录, 报灾 APP; a 县 水文中心's 汛期 测流 and 巡测; a 县's 镇气象
工作站 — 站长, 信息传播, 灾害调查上报; a 镇 气象信息服务站 — 信息员队伍, 大喇叭, 显示屏) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 申 and 闵 with rare given names); every unit is a body of
疏附县.

Run ``python tests/published/score.py --set batch883`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered line of a comment on a holder's ``排查风险点（项）`` cell is one
  point of that holder (the row's 岗位 and 姓名; no 科室, the table names none), its level the
  closing ``（一级）/（二级）/（三级）``, which is no part of the point; ``Administrator`` (the author) is
  nobody; the counts, the ``详见批注`` in 备注, the 合计 row, the ``注：`` line and the 填表/审核 line are
  no points and name no holder;
- ``局领导``, ``中心领导``, ``站领导`` (a 科室 cell or a group row) are the 科室 of those leaders; the
  气象局's leaders (sheet ``局领导``, no 科室 column), the 地震局's cards' leaders, the 气象信息服务站s'
  people (no 科室 column) have none; a 局's 股 and a 中心's or 站's 科 are 科室; a group row
  ``二、测验科`` gives the 科室 ``测验科`` (its number left off);
- every body named is a unit of its own: 局长, 副局长, a 中心's 主任, a 站's 站长 and 副站长 and the
  人影办's 主任 and 副主任 are leaders; 股长, 科长 and a 股's 主任 middle; the rest (会计, 技术员, 科员,
  测验员, 气象信息员, 作业指挥员, 弹药库管员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 地震监测中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders and
cell comments) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import COMMENT_AUTHOR, write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b883_"
PLACE = "疏附县"
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


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(廉政风险点, level word in the comment)])
COUNTED = [
    ("主任", "申璟翀", "leader", [
        ("人影作业装备和弹药采购不经集体研究", "一级"),
        ("人影专项经费挤占挪用", "一级"),
        ("作业点标准化建设项目验收走过场", "二级"),
    ]),
    ("副主任", "闵琰沨", "leader", [
        ("作业人员聘用和补贴发放优亲厚友", "二级"),
        ("作业效果评估报告弄虚作假", "三级"),
    ]),
    ("作业指挥员", "申翊琮", "general", [
        ("虚报作业次数和用弹量", "一级"),
        ("作业空域申请记录事后补填", "三级"),
    ]),
    ("弹药库管员", "闵淏珺", "general", [
        ("弹药出入库登记不实，私自处置火箭弹残骸", "一级"),
        ("过期弹药报废处置不按规定", "二级"),
    ]),
    ("会计", "申沄霈", "general", [
        ("作业人员误工补贴冒领虚报", "二级"),
        ("人影经费报销票据审核不严", "三级"),
    ]),
]  # fmt: skip
COUNT_HEAD = "排查风险点（项）"
COMMENT_NOTE = "注：各岗位风险点具体内容及风险等级以批注形式标注在“排查风险点（项）”栏，鼠标移至单元格即可查看。"


def shufu_weather_modification_office_counts_with_comments() -> dict:
    unit = f"{PLACE}人工影响天气办公室"
    sh = _Sheet("汇总表", [6, 12, 10, 12, 8, 8, 8, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查汇总表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 8)
    top = sh.add("序号", "岗位", "姓名", COUNT_HEAD, "其中", None, None, "备注")
    sh.add(None, None, None, None, "一级", "二级", "三级", None)
    for c in (0, 1, 2, 3, 7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 6)
    comments = {}
    totals = [0, 0, 0, 0]
    for i, (post, who, tier, points) in enumerate(COUNTED, 1):
        lines = [f"{k}.{point}（{lv}）" for k, (point, lv) in enumerate(points, 1)]
        comments[(len(sh.rows), 3)] = f"{COMMENT_AUTHOR}:\n" + "\n".join(lines)
        per = [sum(1 for _, lv in points if GRADES[lv] == g) for g in (1, 2, 3)]
        sh.add(i, post, who, len(points), *per, "详见批注")
        totals = [a + b for a, b in zip(totals, [len(points), *per], strict=True)]
        for point, lv in points:
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    r = sh.add("合计", None, None, *totals, None)
    sh.merge(r, 0, r, 2)
    _line(sh, COMMENT_NOTE, 8)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    lay = _layout(
        "shufu_weather_modification_office_counts_with_comments",
        "https://www.0bqq9pftro.com/bbxinwenzhognxin/95.html",
        "(harder) 县人工影响天气办公室 岗位廉政风险点排查汇总表, after the source's report of a 旗 气象局 (人影与气象防灾减灾"
        "经费, 人工影响天气与气象灾害防御指挥部): a title, a 填报单位/date line, a TWO-ROW heading ``序号 | 岗位 | 姓名 | "
        "排查风险点（项） | 其中 | 备注`` with ``其中`` merged over ``一级 | 二级 | 三级``; ONE ROW A HOLDER giving only his "
        "COUNTS and ``详见批注``; a 合计 row; the POINTS are written ONLY in a cell comment (批注) on each holder's "
        "``排查风险点（项）`` cell, one numbered line a point ending in its grade ``（一级）``, as a merged ``注：`` line "
        "says; 填表人/审核人/主任（签字）",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["comments"] = comments
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def shufu_meteorological_bureau_two_sheets() -> dict:
    unit = f"{PLACE}气象局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("申湛珣", "局长", "主持全面工作，分管财务、项目建设", [
            ("气象现代化建设项目招标中打招呼、定中标人", "一级", "项目一律进入县公共资源交易中心，局党组集体研究。"),
            ("年度预算执行中“三重一大”事项个人决定", "一级", "“三重一大”事项党组会集体决策，纪要存档。"),
        ]),
        ("闵沛瑄", "副局长", "分管业务、人工影响天气、防雷安全", [
            ("防雷装置设计审核和竣工验收降低标准", "一级", "审核验收两人以上，结果在政务服务平台公开。"),
            ("气象探测环境保护审查中收受建设单位好处", "二级", "审查意见经局务会研究，书面告知并存档。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "申珞骞", "middle", "公务接待和公务用车超标准、超范围", "二级", "接待清单、派车单逐笔登记，每季度公示。"),
        ("办公室", "会计", "闵珩霁", "general", "项目资金支付凭证审核不严", "二级", "支付实行经办、审核、审批三签。"),
        ("业务股", "股长", "申瑷淇", "middle", "气象资料对外提供违规收费", "二级", "资料提供登记备案，收费按标准开票入账。"),
        ("业务股", "股长", "申瑷淇", "middle", "区域自动气象站维护外包验收不严", "三级", "维护验收由业务股和办公室共同签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "shufu_meteorological_bureau_two_sheets", "http://m.runtun.cn/html/xw/jjgz/34807.html",
        "县气象局 廉政风险防控一览表 in TWO SHEETS, after the source's 州 气象局 meeting (项目建设, 预算执行, 人影管理, "
        "依法行政, 财经纪律, 装备保障): ``局领导`` (序号/姓名/职务/分管工作 merged per leader/廉政风险点/风险等级/防控措施) "
        "and ``股室`` (序号/股室 merged/岗位 and 姓名 merged per person/…); ``一级/二级/三级``, no type column; a 制表/审核/"
        "date line",
        [lead, dept], t,
    )  # fmt: skip


def shufu_disaster_reduction_center_list() -> dict:
    unit = f"{PLACE}防灾减灾服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "申昶琬", "leader", [
            ("预警信息发布系统运维服务采购指定供应商", "制度机制", "高", "运维服务公开比选，结果公示。"),
            ("气象灾害防御服务经费分配不公", "岗位职责", "中", "经费分配方案经中心会议集体研究。"),
        ]),
        ("技术服务科", "科长", "闵璟湉", "middle", [
            ("雷电灾害风险评估报告出具把关不严", "岗位职责", "高", "评估报告实行编制、校核、审定三级把关。"),
            ("技术服务收费不入账、设小金库", "业务流程", "高", "收费统一开具票据，全额缴入单位账户。"),
        ]),
        ("技术服务科", "技术员", "申霂岷", "general", [
            ("防雷检测数据篡改、出具虚假检测报告", "思想道德", "中", "检测数据现场拍照上传平台，随机抽查复核。"),
        ]),
        ("预警信息科", "科员", "闵瀚岍", "general", [
            ("乡村预警大喇叭、电子显示屏维修费用虚报", "业务流程", "中", "维修凭乡镇签收单和照片报账。"),
            ("接受设备厂家宴请和礼品", "外部环境", "低", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, measures)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "shufu_disaster_reduction_center_list", "https://www.chuzhou.gov.cn/public/2681553/558092939.html",
        "县防灾减灾服务中心 岗位廉政风险防控一览表, after the source's 市 气象局 部门项目情况表 (气象灾害防御和服务经费: "
        "防雷减灾管理和行政审批技术支撑, 区域自动气象站, 突发事件预警发布系统): ``附件2``, a title, a merged 填报单位/"
        "填报时间 line, then 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def shufu_earthquake_bureau_cards() -> dict:
    unit = f"{PLACE}地震局"
    t = _Truth(unit)
    cards = [
        ("局长", "申琭澐", "局长", "主持全面工作，分管财务", "leader", [
            ("地震宏观观测站建设补助资金分配不公开", "★★★", "补助资金分配方案局务会研究，结果公示。"),
            ("建设工程抗震设防要求审查中打招呼、放宽标准", "★★★", "审查意见两人以上会签，按规定公开。"),
            ("接受建设单位宴请和礼品礼金", "★", "严守中央八项规定精神，签订廉洁承诺书。"),
        ]),
        ("副局长", "闵澍琦", "副局长", "分管监测预报、震害防御和科普宣传", "leader", [
            ("宏观观测员补贴虚报冒领", "★★", "补贴按观测员在岗记录核发，本人签领。"),
            ("防震减灾科普宣传品采购化整为零", "★★", "宣传品采购纳入年度采购计划，集中采购。"),
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
        "shufu_earthquake_bureau_cards", "http://www.hubdzj.gov.cn/info/1005/9831.htm",
        "县地震局 领导干部廉政风险防控卡, one sheet a leader, after the source's 县 地震局 宏观观测站 建设 (新建观测站, 牌匾, "
        "观测员手册, 业务培训): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def shufu_seismic_monitoring_center_posts() -> dict:
    unit = f"{PLACE}地震监测中心"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "观测点选址", "宏观观测点选址倾向关系户养殖场", "制度机制风险", "高风险",
         "选址经实地勘察、集体研究，报上级地震部门审批。"),
        ("综合科", "会计", "general", "观测点补助发放", "补助不按花名册发放，现金发放无签收", "业务流程风险", "高风险",
         "补助通过银行卡发放，花名册公示。"),
        ("监测科", "科长", "middle", "在岗记录核查", "核查观测员在岗记录走过场，为其虚报补贴", "岗位职责风险", "中风险",
         "在岗记录每月抽查，抽查结果存档。"),
        ("监测科", "技术员", "general", "台站设备维修", "维修配件以次充好，虚开维修发票", "业务流程风险", "中风险",
         "维修配件验收双人签字，旧件登记回收。"),
        ("监测科", "技术员", "general", "宏观异常核实", "收受好处瞒报、迟报宏观异常核实结果", "思想道德风险", "低风险",
         "异常信息经报灾APP即时上报，留痕可查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "shufu_seismic_monitoring_center_posts", "https://www.wuhe.gov.cn/xwzx/bmdt/81276720.html",
        "县地震监测中心 岗位廉政风险点排查表 对岗不对人, after the source's 县 地震监测中心 check of 地震宏观观测点 (养殖场, "
        "观测员在岗记录, 报灾 APP): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shufu_hydrology_station_group_rows() -> dict:
    unit = f"{PLACE}水文监测站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "申峤霏", "leader", [
                ("水文测验设备采购指定品牌", "Ⅰ级", "设备采购参数集体论证，公开采购。"),
                ("水文监测资料对外提供违规收费", "Ⅱ级", "资料提供履行审批，收费开票入账。"),
            ]),
        ]),
        ("二、测验科", "测验科", [
            ("科长", "闵翀瑢", "middle", [
                ("测验断面整治工程验收不严", "Ⅰ级", "验收邀请水利局派员参加，资料归档。"),
                ("汛期巡测用车和外业补助虚报", "Ⅱ级", "巡测任务单、行车记录与补助核对。"),
            ]),
            ("测验员", "申琇沣", "general", [
                ("流量测验数据编造、补录", "Ⅱ级", "测验原始记录当场签字，科长抽查。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("会计", "闵崧璎", "general", [
                ("报汛通信费用虚列支出", "Ⅲ级", "通信费按合同和账单支付，每季度核对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for label, dept, people in groups:
        _line(sh, label, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 6)
    sh.add("填表人：", None, "审核人：", None, "2025年7月", None)
    return _layout(
        "shufu_hydrology_station_group_rows", "http://www.sxxxg.com.cn/news/newssx2427.html",
        "县水文监测站 廉政风险防控责任清单, after the source's 县 水文中心 汛期 测报 (测流, 巡测, 测验断面, 流量测验): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、站领导``, ``二、测验科``, "
        "``三、综合科`` merged across, 岗位 and 姓名 merged per person; no type column; a ``注：`` line and a 填表人/审核人/"
        "date line",
        [sh], t,
    )  # fmt: skip


def shufu_wukusake_weather_station_selfchecks() -> dict:
    unit = f"{PLACE}吾库萨克镇气象信息服务站"
    t = _Truth(unit)
    people = [
        ("申骞璐", "站长", "leader", [
            ("气象灾情调查上报弄虚作假，虚报灾损", "一级风险", "灾情调查两人以上，照片和村委会证明留存。", "已落实"),
            ("站点运行经费使用不规范", "二级风险", "经费使用镇财政所报账，每半年公开。", "未发现问题"),
            ("接受农户、种植大户吃请", "三级风险", "签订廉洁承诺书。", "已落实"),
        ]),
        ("闵霁瑗", "气象信息员", "general", [
            ("灾情收集中优亲厚友，为亲友多报受灾面积", "一级风险", "受灾面积村级公示，站长复核。", "已落实"),
            ("信息员误工补贴虚报", "二级风险", "补贴按工作记录核发，本人签领。", "未发现问题"),
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
            t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shufu_wukusake_weather_station_selfchecks", "https://www.hanyin.gov.cn/Content-603251.html",
        "镇气象信息服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 镇气象工作站 "
        "建设 (站长1名, 工作人员2—3名, 信息传播, 灾害调查及上报): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def shufu_tashimilike_weather_station_list() -> dict:
    unit = f"{PLACE}塔什米里克乡气象信息服务站"
    sh = _Sheet("一览表", [6, 12, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 6)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "申澂瑀", "leader", "气象信息员选聘推荐亲友", "高", "信息员选聘村委会推荐、乡党委审定。"),
        ("站长", "申澂瑀", "leader", "预警大喇叭、显示屏运维经费报账不实", "中", "运维凭设备巡检记录报账。"),
        ("副站长", "闵泠翔", "leader", "农业气象服务中收受种植大户好处", "中", "服务对象和内容登记，公开服务电话。"),
        ("气象信息员", "申蕤珂", "general", "灾情信息上报中虚报、瞒报", "高", "灾情信息经村委会核实后上报。"),
        ("气象信息员", "申蕤珂", "general", "信息员补贴代签代领", "低", "补贴打卡发放，本人签领。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险等级按高、中、低填写。", 6)
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None)
    return _layout(
        "shufu_tashimilike_weather_station_list", "http://zq719.com/ins.asp?i=2622&s=12",
        "乡气象信息服务站 岗位廉政风险点一览表, after the source's 镇 气象信息服务站 (气象信息员队伍管理, 大喇叭, 电子显示屏, "
        "预警信息传递): a title, 序号/岗位/责任人 written on EVERY row/风险点/风险等级 高/中/低/防控措施; no type column; "
        "a ``注：`` line and a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shufu_weather_modification_office_counts_with_comments(),
    shufu_meteorological_bureau_two_sheets(),
    shufu_disaster_reduction_center_list(),
    shufu_earthquake_bureau_cards(),
    shufu_seismic_monitoring_center_posts(),
    shufu_hydrology_station_group_rows(),
    shufu_wukusake_weather_station_selfchecks(),
    shufu_tashimilike_weather_station_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders, comments)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch883-inbox"))

"""The four-hundred-and-ninetieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 城市管理
bodies, 西峰区 — its 城市管理局, 环境卫生管理所, 市政设施管理所, 园林绿化中心, 路灯管理所, 垃圾处理场,
数字化城市管理指挥中心 and, in the harder file, its 城管执法大队 — each handing back the 一览表, 排查表,
防控卡, 自查表 or 清单 its staff typed:

- the 城市管理局's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 环境卫生管理所's file in two sheets ``所领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 市政设施管理所's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 园林绿化中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 路灯管理所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 垃圾处理场's 责任清单 under GROUP ROWS ``一、场领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 数字化城市管理指挥中心's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``xifeng_enforcement_brigade_pdf_grid``: the 城管执法大队's 一览表 ``序号 | 中队 | 岗位 | 姓名 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施`` as the Excel a PDF of it became (PDF→Excel): the
  converter laid a grid of NARROW COLUMNS that does not match the table's fields, so EVERY FIELD
  SPANS ONE TO THREE GRID COLUMNS — 序号 one (A), 中队 two (B:C), 岗位 two (D:E), 姓名 one (F),
  廉政风险点 three (G:I), 风险类型 two (J:K), 风险等级 one (L), 防控措施 three (M:O) — and EVERY CELL
  OF THE HEADING AND OF EVERY ROW IS A HORIZONTAL MERGE over its field's grid columns (the value in
  the merge's left column, the others empty), the title and the 填报单位 line merged over all
  fifteen; 中队, 岗位 and 姓名 merged per person are BLOCKS two columns wide and several rows tall.
  So the heading row holds 8 fields in 15 columns, 7 of them covered blanks, and no field's column
  is the one the next field's count would put it in. The README's 读得懂的表 knows a heading merged
  over ONE empty column (``防控措施`` 跨两列、右边一列空着), ``廉政风险点`` merged over two FILLED
  columns, cells merged down, a PDF→Excel file cut at its page ends (batch343), narrow columns
  typed one character a line; it does not describe a whole table whose every field, heading and
  value alike, is merged across its own number of grid columns. ``grep -il 'grid columns'
  tests/published/batch*.py`` finds crossings of a grid, no PDF grid; batch343's PDF file keeps
  one column a field.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区城管局's night drive on 占道经营 and 流动摊点 — its
执法大队, 暂扣违法经营工具, 批评教育; who approves a 高位广告牌 — 城管部门, 审批科室, 现场勘察, 许可证;
the 环卫 trade — 清扫街道, 清运垃圾, 公共厕所; a city's 市政工程 rules — 占用道路, 占路费, 挖掘道路,
掘路计划; who keeps which street lights — 市政部门, 街道办事处, 园林局; what a 园林绿化中心 is — 公园,
树木养护, 审批绿化工程, 监督施工单位; a paper on 填埋场 after closing — 封场, 渗沥液处理, 监测; a 数字城管
信息采集员's day — 巡查, 拍照上传, 指挥中心 派遣案件) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 西峰区 (``unit_words=("西峰区",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch490`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each field is the merge over its grid columns; a covered blank is no field,
  no point and no holder; the file is read as the plain 一览表 it was: one form a person (中队,
  岗位, 姓名), its points the ``廉政风险点`` cells, short types, 高/中/低;
- ``局领导``, ``所领导``, ``中心领导``, ``大队领导`` (a 科室/股室/中队 cell or the leaders' sheet) are
  the 科室 of those leaders; a 局's 科, a 所's 股, a 大队's 中队 are 科室; a 园林绿化中心's card names no
  科室; a 垃圾处理场's group rows ``一、场领导``, ``二、工作人员`` give no 科室 (they repeat the post's
  kind);
- every body is a unit of its own: 局长, 副局长, 所长, 副所长, a 中心's 主任 and 副主任, 场长,
  大队长 and 副大队长 are leaders; 科长, 股长 and 中队长 middle; the rest (执法队员, 科员, 会计,
  技术员, 养护员, 电工, 过磅员, 监督员, 受理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 市政设施管理所's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b490_"
PLACE = "西峰区"
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


# --------------------------------------------------------------------------- harder layout

HEADING = ("序号", "中队", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
SPANS = (1, 2, 2, 1, 3, 2, 1, 3)  # grid columns a field takes
STARTS = tuple(sum(SPANS[:k]) for k in range(len(SPANS)))  # 0, 1, 3, 5, 6, 9, 11, 12
WIDTH = sum(SPANS)  # 15

# (中队, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BRIGADE = [
    ("大队领导", "大队长", "乜澂岍", "leader", [
        ("违法建设案件处罚自由裁量畸轻畸重", "岗位职责", "高", "处罚裁量基准公开，重大案件集体讨论。"),
        ("干预中队案件办理", "思想道德", "中", "领导干部插手案件登记报告。"),
    ]),
    ("一中队", "中队长", "仉翯湉", "middle", [
        ("占道经营整治选择性执法", "业务流程", "高", "执法全程记录仪记录，随机派单。"),
        ("暂扣物品处置不登记", "制度机制", "中", "暂扣物品入库登记，定期清点公示。"),
    ]),
    ("一中队", "执法队员", "殳沨珝", "general", [
        ("接受摊贩、商户吃请", "外部环境", "中", "签订廉洁执法承诺，接受群众举报。"),
        ("违法广告查处降格处理", "岗位职责", "低", "案件经中队长审核、法制员复核。"),
    ]),
]  # fmt: skip


def _grid_row(sh: _Sheet, values) -> int:
    """One row of the converted table: each field's value in its first grid column, merged across
    the field's grid columns (a field of one column is no merge)."""
    row = [None] * WIDTH
    for start, value in zip(STARTS, values, strict=True):
        row[start] = value
    return sh.add(*row)


def xifeng_enforcement_brigade_pdf_grid() -> dict:
    unit = f"{PLACE}城管执法大队"
    sh = _Sheet("Table 1", [4] * WIDTH)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 8}填报时间：2025年6月", WIDTH)
    head = _grid_row(sh, HEADING)
    first = len(sh.rows)
    n = 0
    for squad, post, who, tier, points in BRIGADE:
        for point, typ, lv, measures in points:
            n += 1
            _grid_row(sh, (n, squad, post, who, point, typ, lv, measures))
            t.point(sh.name, squad, post, who, tier, point, types_in(typ), HML[lv])
    last = len(sh.rows) - 1
    # 中队 over its runs, 岗位 and 姓名 over each person's rows: blocks as wide as their field
    runs: dict[int, list[tuple[int, int]]] = {1: [], 2: [], 3: []}
    for field, key in ((1, lambda r: sh.rows[r][STARTS[1]]),
                       (2, lambda r: tuple(sh.rows[r][STARTS[k]] for k in (1, 2, 3))),
                       (3, lambda r: tuple(sh.rows[r][STARTS[k]] for k in (1, 2, 3)))):  # fmt: skip
        r = first
        while r <= last:
            e = r
            while e < last and key(e + 1) == key(r):
                e += 1
            runs[field].append((r, e))
            r = e + 1
    for field in (1, 2, 3):
        c0, c1 = STARTS[field], STARTS[field] + SPANS[field] - 1
        for r, e in runs[field]:
            for k in range(r + 1, e + 1):
                sh.rows[k][c0] = None
            if (r, e, c0, c1) != (r, r, c0, c0):
                sh.merge(r, c0, e, c1)
    for r in range(head, last + 1):
        for field in (0, 4, 5, 6, 7):
            c0 = STARTS[field]
            if SPANS[field] > 1:
                sh.merge(r, c0, r, c0 + SPANS[field] - 1)
        if r == head:
            for field in (1, 2, 3):
                if SPANS[field] > 1:
                    sh.merge(r, STARTS[field], r, STARTS[field] + SPANS[field] - 1)
    sign = [None] * WIDTH
    sign[0], sign[5], sign[11] = "填表人：", "审核人：", "大队长（签字）："
    sh.add(*sign)
    return _layout(
        "xifeng_enforcement_brigade_pdf_grid",
        "https://meipian.cn/1csq3veg",
        "(harder) 区城管执法大队 岗位廉政风险防控一览表 as the Excel a PDF of it became, after the source's account of a "
        "区城管局's night drive on 占道经营 and 流动摊点 (执法大队, 暂扣违法经营工具, 批评教育): a sheet ``Table 1`` of FIFTEEN NARROW GRID "
        "COLUMNS, each field merged across its own 1–3 of them, heading and rows alike (序号 A, 中队 B:C, 岗位 D:E, 姓名 F, "
        "廉政风险点 G:I, 风险类型 J:K, 风险等级 L, 防控措施 M:O); 中队/岗位/姓名 merged per person as two-column blocks; "
        "short types, 高/中/低; title and 填报单位 line over all fifteen; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xifeng_bureau_list() -> dict:
    unit = f"{PLACE}城市管理局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "鞠翀岚", "leader", [
            ("精品街道建设项目资金分配不公开", "制度机制", "高", "资金分配方案党组会集体研究并公示。"),
            ("插手菜市场改造工程发包", "思想道德", "中", "领导干部插手工程登记报告。"),
        ]),
        ("市容管理科", "科长", "逯湜翾", "middle", [
            ("户外广告设置审批把关不严", "岗位职责", "高", "审批材料两人审核，现场核查留痕。"),
        ]),
        ("环境卫生管理科", "科员", "隗沄珽", "general", [
            ("环卫作业考核打分随意", "业务流程", "中", "考核细则公开，考核结果集体审定。"),
            ("接受保洁公司礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
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
        "xifeng_bureau_list",
        "https://whggw.com.cn/post/26ejhq4o.html",
        "区城市管理局 岗位廉政风险防控一览表, after the source's account of who approves a 高位广告牌 (城管部门, 广告牌审批科室, "
        "现场勘察, 签发许可证): a title, 序号/科室 merged (局领导, 市容管理科, 环境卫生管理科)/岗位 and 责任人 merged per person/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xifeng_sanitation_two_sheets() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("糜翙岫", "所长", "主持全面工作", [
            ("环卫车辆采购指定品牌", "一级", "采购需求集体研究，依法公开招标。"),
            ("临时保洁员招用优亲厚友", "二级", "招用条件和结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "所领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("作业管理股", "股长", "汲潆珩", "middle", "道路保洁作业量虚报", "一级", "作业量按月抽查、台账核对。"),
        ("财务股", "会计", "邴昶澐", "general", "环卫工人工资发放不实", "二级", "工资直接发放到个人账户。"),
        ("财务股", "会计", "邴昶澐", "general", "环卫设施维修费白条入账", "三级", "凭正式票据报账，所长审签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "xifeng_sanitation_two_sheets",
        "https://www.kfkhr.com/1/1842286.html",
        "区环境卫生管理所's file in two sheets, after the source's account of the 环卫 trade (清扫街道, 收集垃圾, 清运废弃物, "
        "公共厕所, 设备投入): ``所领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xifeng_municipal_posts() -> dict:
    unit = f"{PLACE}市政设施管理所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    road, drain = "道路养护股", "排水防汛股"
    rows = [
        (road, "股长", "middle", "道路维修工程量核定", "虚增维修面积，多计工程款", "岗位职责风险", "Ⅰ级",
         "工程量现场双人丈量，照片存档。"),
        (road, "股长", "middle", "挖掘占道审批", "为关系单位降低修复保证金", "制度机制风险", "Ⅱ级",
         "审批标准公开，保证金统一入账。"),
        (drain, "技术员", "general", "防汛物资采购", "与供应商串通，抬高采购价格", "业务流程风险", "Ⅰ级",
         "物资采购询价三家以上。"),
        (drain, "技术员", "general", "管网疏通验收", "验收走过场，接受施工方宴请", "思想道德风险", "Ⅲ级",
         "验收邀请监理共同参加。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "xifeng_municipal_posts",
        "http://www.fymate.net/html/text/lar/168384/16838460_2.html",
        "区市政设施管理所 廉政风险点排查表 对岗不对人, after the source's 市政工程 rules (占用道路 手续, 占路费, 挖掘道路, "
        "掘路计划, 恢复原状 验收): a title, 序号/股室 merged (道路养护股, 排水防汛股)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def xifeng_greening_cards() -> dict:
    unit = f"{PLACE}园林绿化中心"
    t = _Truth(unit)
    cards = [
        ("主任", "钮翾沚", "leader", [
            ("绿化工程施工单位选定随意", "★★★", "工程发包依法招标，中心会议集体研究。"),
            ("苗木验收数量不实", "★★", "苗木进场双人清点，监理签字。"),
        ]),
        ("养护员", "郗濛岑", "general", [
            ("养护用药剂出库不登记", "★★", "药剂出入库登记，按月盘点。"),
            ("修剪枝条私自变卖", "★", "枝条统一处置，收入入账。"),
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
        "xifeng_greening_cards",
        "https://m.gzjll.com/3/5678366.html",
        "区园林绿化中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 养护员), after the source's account of a "
        "园林绿化中心 (公园, 树木养护, 审批绿化工程, 监督施工单位): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def xifeng_streetlight_selfchecks() -> dict:
    unit = f"{PLACE}路灯管理所"
    t = _Truth(unit)
    people = [
        ("蒯翊澂", "副所长", "leader", [
            ("路灯改造LED灯具验收不严", "高风险", "灯具抽检送检，验收集体签字。"),
            ("路灯电费核对不实", "中风险", "电费按月与供电部门对账。"),
        ]),
        ("仝昶沨", "电工", "general", [
            ("更换下的旧灯具私自处置", "中风险", "旧灯具回收登记入库。"),
            ("报修工单虚报完成", "低风险", "工单完成拍照上传、回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(
            [(*p, s) for p, s in zip(points, ("已落实", "未发现问题"), strict=True)], 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xifeng_streetlight_selfchecks",
        "https://www.fqmxn.com/1/1888453.html",
        "区路灯管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of "
        "who keeps which street lights (市政部门, 街道办事处, 园林局, 城管局): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def xifeng_landfill_group_rows() -> dict:
    unit = f"{PLACE}垃圾处理场"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、场领导", [
            ("场长", "阚翚澍", "leader", [
                ("渗滤液处理外包单位选定不公", "一级风险", "外包依法比选，结果公示。"),
                ("公车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("过磅员", "糜湉翙", "general", [
                ("垃圾进场称重数据篡改", "一级风险", "称重数据系统自动上传。"),
                ("收受运输车辆好处少计吨位", "二级风险", "过磅监控录像保存三个月。"),
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
        "xifeng_landfill_group_rows",
        "https://www.lw53.com/hjws/36188.html",
        "区垃圾处理场 廉政风险防控责任清单, after the source's paper on 填埋场 after closing (封场, 渗沥液处理, "
        "监测, 无人监管): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、场领导``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def xifeng_digital_center_list() -> dict:
    unit = f"{PLACE}数字化城市管理指挥中心"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "铙澔岚", "leader", "信息采集外包服务考核放水", "制度机制", "高", "考核结果中心会议审定并公示。"),
        ("主任", "铙澔岚", "leader", "接受外包公司宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("受理员", "璩沄翯", "general", "案件派遣后擅自结案", "业务流程", "中", "结案须经核查员现场核查。"),
        ("受理员", "璩沄翯", "general", "泄露举报人信息", "岗位职责", "低", "举报信息保密，系统留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "xifeng_digital_center_list",
        "https://www.meipian.cn/4rvnwsz6",
        "区数字化城市管理指挥中心 廉政风险防控一览表, after the source's account of a 数字城管 信息采集员's day "
        "(沿街巡查, 拍照上传, 指挥中心 派遣案件, 责任单位): a title, a merged "
        "``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/"
        "防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xifeng_enforcement_brigade_pdf_grid(),
    xifeng_bureau_list(),
    xifeng_sanitation_two_sheets(),
    xifeng_municipal_posts(),
    xifeng_greening_cards(),
    xifeng_streetlight_selfchecks(),
    xifeng_landfill_group_rows(),
    xifeng_digital_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch490-inbox"))

"""The three-hundred-and-ninety-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政 and 税务
bodies, 淳化县 (a county of 咸阳 on the 冶峪河, north of the 泾河, its staff Han) — the 国家税务总局
淳化县税务局, the 县财政局, the 县国库支付中心, the 县税务局城关税务分局, the 润镇财政所, the
县财政投资评审中心, the 县非税收入管理中心 and the 县国有资产服务中心 — each handing back the 一览表,
防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 财政局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type
  column, a 制表/审核/date line under each;
- the 国库支付中心's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names;
- the 城关税务分局's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and a merged ``分管工作`` (``工作职责``) line above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 分局长（签字）：``;
- the 润镇财政所's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, short types, 高/中/低, ``本人签名： | … | 所长审核：``;
- the 财政投资评审中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、评审一股``, ``三、综合股``
  merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 非税收入管理中心's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``,
  short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 国有资产服务中心's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``股室`` merged, ``岗位`` merged per post, short types, ``一级/二级/三级``, and the holder in a
  LAST ``责任人`` column (after the measures) merged per person.

One is harder:

- ``chunhua_tax_bureau_strict_ooxml``: the 税务局's 岗位廉政风险防控一览表, an ordinary list
  (``股室`` merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低) — but the FILE is
  an Excel workbook SAVED AS ``Strict Open XML 电子表格 (*.xlsx)``, the ISO/IEC 29500 STRICT
  conformance class that Excel 2013 and later offer in 另存为 right under ``Excel 工作簿 (*.xlsx)``,
  with the same extension. The package is laid out as every .xlsx is (the same part names, the
  same ``[Content_Types].xml``, the same OPC layer), but every SpreadsheetML, relationship and
  DrawingML name is in the strict namespace family: ``<workbook conformance="strict"
  xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"
  xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">``, the worksheet, styles and
  shared strings in ``http://purl.oclc.org/ooxml/spreadsheetml/main``, the theme in
  ``http://purl.oclc.org/ooxml/drawingml/main``, ``docProps/app.xml`` in
  ``http://purl.oclc.org/ooxml/officeDocument/extendedProperties``, and every relationship TYPE
  (the package's ``officeDocument``, the workbook's ``worksheet``, ``styles``, ``theme``,
  ``sharedStrings``, ``extendedProperties``) under ``http://purl.oclc.org/ooxml/officeDocument/
  relationships/`` instead of ``http://schemas.openxmlformats.org/officeDocument/2006/
  relationships/`` (the core properties keep their OPC type, as Excel writes them). A reader that
  finds its parts by the transitional names sees a workbook with no sheet at all (openpyxl 3.1
  loads it with an empty ``sheetnames``; several readers' trackers carry the same report:
  ExcelDataReader#498, EPPlus#134, QXlsx#68). The README's 读得懂的表 names the FILES it reads and
  those it refuses — ``.xlsx``, ``.xls``, ``.ods``, re-saved copies, WPS's ``.et`` (refused),
  password-protected workbooks, web pages saved as “xls”, renamed Word or text files, packages that
  unpack too big or are damaged, sheets whose used range is too large — and says nothing of the
  strict conformance class of .xlsx; no earlier batch writes one (``grep -il 'purl.oclc\\|strict
  open\\|conformance' tests/published/*.py`` finds none: every earlier .xlsx is transitional, as
  xlsxwriter and LibreOffice write it). The shape is about the FILE, not its cells: the sheet is the
  plain case.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 税收风险管理 cycle — 风险分析识别,
风险等级排序, 风险应对, 税源管理; 税收精细化管理 at the base — 岗责体系, 税收管理员, 户籍和税源管理,
明确职责分工; a 区财政局's 国有资产处置 and 房屋出租 rules — 评估, 公开招租, 审批权限, 收入上缴; a
代理银行's manual for the 财政一体化 system — 国库股, 支付凭证, 额度, 清算; a 财政局's 涉农惠民专项资金
自查 — 资金规模, 来源, 流向, 整改; 财政评审 in 政府采购 — 预算编制, 采购需求, 评审结论, 履约验收; a
非税收入管理系统 manual for 执收单位 — 开票, 缴款, 票据领用核销, 对账; 行政事业资产 rules — 购建,
处置, 出租出借, 收益上缴) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names, three characters each); every unit is a body of 淳化县, named with the county's name.

Run ``python tests/published/score.py --set batch398`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- the harder file's conformance class changes nothing in the truth: its sheet, cells and merges are
  those of the same list saved as an ordinary workbook; the unit is the title's
  ``国家税务总局淳化县税务局`` (the 税务局's own name, as the tax system writes it);
- ``局领导`` (the 税务局's 股室 cell, the 财政局's sheet of its leaders, named so by its tab and
  title) and ``中心领导`` (the 国库支付中心's 股室 cell, a group row of the 评审中心, the 非税收入
  管理中心's 科室 cell, the 国有资产服务中心's 股室 cell) are the 科室 of those leaders; a 局's or
  中心's 股, 室 and 办公室 are 科室; a group row ``二、评审一股`` gives the 科室 ``评审一股`` (its number
  left off);
- the 城关税务分局 and the 润镇财政所 are units of their own (as batch351's 街道财政所): their cards
  and self-checks name no 科室, and their heads (分局长, 副分局长, 所长) are leaders;
- 局长, 副局长, 纪检组长, a 中心's 主任 and 副主任 are leaders; 股长 and 办公室主任 middle; the rest
  (科员, 会计, 出纳, 税收管理员, 支付审核员, 评审员, 票据管理员, 收缴核对员, 资产管理员,
  惠农资金专管员) general;
- ``风险点 | 风险表现`` (the 国库支付中心's list): the point is the short 风险点; ``分管工作``,
  ``工作职责``, ``职责事项`` and ``自查情况`` are no points and name no holder; the 国库支付中心's list
  names no person: its forms are posts (对岗不对人); the 国有资产服务中心's last ``责任人`` column is
  the holder of the post on its rows;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 非税收入
  管理中心's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder one then turned into the strict conformance class as Excel saves
it) and ``truth.json``; no re-saved copies (as batch280 and batch394).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from published.batch44 import write_xlsx as _write_plain
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b398_"
PLACE = "淳化县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年7月"


# --------------------------------------------------------------------------- harder layout

STRICT_NAME = "chunhua_tax_bureau_strict_ooxml"
STRICT_UNIT = f"国家税务总局{PLACE}税务局"
STRICT_TAB = "一览表"
STRICT_HEAD = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")

# transitional → strict (ISO/IEC 29500-1 strict), the specific names before their prefixes
STRICT_NAMES = (
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
     "http://purl.oclc.org/ooxml/spreadsheetml/main"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main",
     "http://purl.oclc.org/ooxml/drawingml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
     "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
)  # fmt: skip
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships"

# (股室, 岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
STRICT_ROWS = [
    ("局领导", "局长", "缑澍岷", "leader", [
        ("税收执法重大事项不经集体审理，个人说了算", "制度机制", "高", "重大税务案件和大额退抵税事项经重大案件审理委员会集体审理。"),
        ("为特定纳税人违规减免、缓缴税款打招呼", "思想道德", "高", "过问插手税收执法事项一律登记报告。"),
    ]),
    ("局领导", "纪检组长", "隗沄琤", "leader", [
        ("对税收执法督察发现的问题处置失之于宽", "岗位职责", "中", "督察问题清单化管理，处置结果向党委会报告。"),
    ]),
    ("征收管理股", "股长", "郗湜霁", "middle", [
        ("风险应对任务推送有选择，避重就轻", "业务流程", "高", "风险任务由系统统一推送，应对结果抽查复核。"),
        ("非正常户认定和解除不按规定办理", "岗位职责", "中", "认定和解除经股长审核，系统全程留痕。"),
    ]),
    ("征收管理股", "税收管理员", "禚翀渟", "general", [
        ("户籍巡查走过场，漏管户不如实上报", "岗位职责", "中", "巡查记录附现场影像，片区定期轮换。"),
        ("接受管户纳税人宴请和礼品", "外部环境", "低", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("社会保险费和非税收入股", "股长", "厍峤澜", "middle", [
        ("社会保险费缓缴、退费审核把关不严", "业务流程", "中", "退费实行经办、审核、审批三岗分离。"),
    ]),
    ("办公室", "会计", "逯昶溆", "general", [
        ("办案经费、差旅费报销票据审核不严", "制度机制", "低", "报销单据逐张审核，每季度内审抽查。"),
    ]),
]  # fmt: skip


def chunhua_tax_bureau_strict_ooxml() -> dict:
    unit = STRICT_UNIT
    sh = _Sheet(STRICT_TAB, [6, 16, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*STRICT_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in STRICT_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        STRICT_NAME, "http://jizihe.com/page/2018/0926/12411780.shtml",
        "(harder) 国家税务总局淳化县税务局 岗位廉政风险防控一览表 SAVED AS ``Strict Open XML 电子表格`` (the ISO/IEC 29500 strict "
        "conformance class of .xlsx: ``conformance=\"strict\"``, every SpreadsheetML, DrawingML and relationship name under "
        "``http://purl.oclc.org/ooxml/…``), after the source's account of 税收风险管理 (风险分析识别, 风险等级排序, 风险应对): a "
        "title, a merged ``填报单位：…　填报时间：2025年7月`` line, then 序号/股室 merged (局领导, 征收管理股, 社会保险费和非税收入股, "
        "办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chunhua_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("甯濯岫", "局长", "主持全面工作", [
            ("预算安排和资金分配搞“一支笔”", "Ⅰ级", "预算安排和大额资金分配经党组会集体研究，会议纪要存档。"),
            ("干部选拔任用、交流轮岗中优亲厚友", "Ⅰ级", "严格执行干部任用程序，全程纪实。"),
        ]),
        ("蒯潆珂", "副局长", "分管资产管理、政府采购监管", [
            ("行政事业单位资产处置审批不经评估", "Ⅰ级", "处置资产先评估、后公开处置，审批结果公示。"),
            ("政府采购投诉处理偏袒一方", "Ⅱ级", "投诉处理两人以上办理，处理决定集体审核。"),
        ]),
        ("笪沨峣", "副局长", "分管国库、非税收入", [
            ("国库资金调度不按用款计划", "Ⅱ级", "资金调度按月计划执行，调度单双人审签。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], ROMAN[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("预算股", "股长", "佴瀛琨", "middle", [
            ("部门预算审核中人为调增调减", "Ⅰ级", "预算审核结果股室会商，调整事项报局领导审批。"),
            ("追加预算审核把关不严", "Ⅱ级", "追加事项逐项说明依据，按月汇总公开。"),
        ]),
        ("国库股", "股长", "谯沅翯", "middle", [
            ("财政专户资金存放收受银行好处", "Ⅰ级", "专户开设和资金存放竞争性选择，结果公开。"),
        ]),
        ("国库股", "出纳", "仉淏珺", "general", [
            ("支付凭证与印鉴管理不分离", "Ⅲ级", "支付凭证和印鉴分人保管，每日对账。"),
        ]),
        ("资产管理股", "股长", "璩泠岚", "middle", [
            ("行政事业单位房屋出租不公开招租", "Ⅱ级", "出租按规定进场公开招租，租金全额上缴。"),
            ("资产配置标准执行不严", "Ⅲ级", "配置预算与资产存量挂钩，超标准配置一律不批。"),
        ]),
        ("办公室", "办公室主任", "昝翊澂", "middle", [
            ("公务接待和公务用车超标准", "Ⅲ级", "接待事前审批，派车单按月核对。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "chunhua_finance_bureau_two_sheets", "https://www.hanbin.gov.cn/Content-2641014.html",
        "县财政局 file in two sheets after the source's 区财政局 rules on 行政事业单位国有资产处置 and 房屋出租 (评估, 公开招租, "
        "审批权限, 收入上缴): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) "
        "and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``Ⅰ级/Ⅱ级/Ⅲ级``; "
        "no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def chunhua_treasury_center_posts() -> dict:
    unit = f"{PLACE}国库支付中心"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("代理银行选择", "代理银行选定不经集体研究，接受银行好处", "制度机制风险", "高风险",
             "代理银行以竞争性方式选定，结果报局党组审定。"),
            ("大额资金支付审批", "对不符合规定的大额支付签批放行", "岗位职责风险", "高风险", "大额支付实行会签，支付信息每月公开。"),
        ]),
        ("支付审核股", "股长", "middle", [
            ("用款额度下达", "额度下达向关系单位倾斜或故意拖延", "业务流程风险", "中风险", "额度按批复预算和用款计划下达，系统控制。"),
        ]),
        ("支付审核股", "支付审核员", "general", [
            ("直接支付申请审核", "审核不严，为无预算、超预算支付开具凭证", "岗位职责风险", "高风险",
             "支付申请与预算指标系统比对，审核记录留痕。"),
            ("支付信息传递", "向供应商泄露支付进度信息谋利", "思想道德风险", "低风险", "支付信息按权限查询，签订保密承诺。"),
        ]),
        ("会计核算股", "会计", "general", [
            ("国库资金清算对账", "清算数据与人民银行、代理银行对账不及时，掩盖差错", "业务流程风险", "中风险",
             "每日清算、每月对账，差异限期查明。"),
        ]),
        ("综合股", "股长", "middle", [
            ("动态监控预警处理", "对预警疑点不核实即解除", "外部环境风险", "低风险", "预警解除须附核实材料，股长复核。"),
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
        "chunhua_treasury_center_posts",
        "http://32336.cn/lhs_rvmjzzfeofo3geufs1j1roorp27fkzmx2tfaqx8jwtfocjezg3wh6liojpep_3.html",
        "县国库支付中心 岗位廉政风险点排查表 对岗不对人, after the source's 财政一体化 system manual for 代理银行 and the 国库股 "
        "(支付凭证, 额度, 清算): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 "
        "``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def chunhua_tax_branch_cards() -> dict:
    unit = f"国家税务总局{PLACE}税务局城关税务分局"
    t = _Truth(unit)
    cards = [
        ("分局长", "郜洇峰", "leader", "分管工作", "主持分局全面工作，负责税收执法和队伍管理", [
            ("核定征收户定额调整不经集体审核", "★★★", "定额调整经分局集体审核，结果公示。"),
            ("对辖区欠税追缴不力，放任欠税", "★★", "欠税清单按月通报，追缴情况报县局。"),
        ]),
        ("副分局长", "亓澧琦", "leader", "分管工作", "分管纳税服务和发票管理", [
            ("发票领用增量审批降低条件", "★★★", "增量审批实地核查，审批结果系统留痕。"),
            ("办税服务厅窗口“冷硬横推”、吃拿卡要", "★★", "窗口服务评价公开，投诉一律核查。"),
        ]),
        ("税收管理员", "阚溦岍", "general", "工作职责", "负责城关片区个体工商户户籍和税源管理", [
            ("定期定额户核定调查不实", "★★", "核定调查两人同行，调查表户主签字确认。"),
            ("为管户纳税人代办涉税事项收取好处", "★★★", "严禁代办涉税事项，违者一律追责。"),
            ("节日期间收受管户礼品", "★", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, label, work, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add(label, work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "分局长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "chunhua_tax_branch_cards", "https://xiexiebang.com/a9/2019051419/915157fd44ff354c.html",
        "县税务局城关税务分局 岗位廉政风险防控卡, one sheet a holder (tabs 分局长, 副分局长, 税收管理员), after the source's "
        "税收精细化管理 (岗责体系, 税收管理员, 户籍和税源管理, 明确职责分工): a title, ``姓　名 | … | 职　务 | …``, a merged "
        "``分管工作``/``工作职责`` line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` "
        "line on the stars and ``持卡人（签字）： | 分局长（签字）：``",
        sheets, t,
    )  # fmt: skip


def chunhua_runzhen_finance_office_selfchecks() -> dict:
    unit = f"{PLACE}润镇财政所"
    t = _Truth(unit)
    people = [
        ("暨湲珣", "所长", "leader", [
            ("涉农补贴资金发放名单审核把关不严", "岗位职责", "高", "发放名单村组公示、所务会审核。", "已落实"),
            ("村级资金报账审批“一支笔”", "制度机制", "中", "报账实行村、镇两级审核，大额支出集体研究。", "已落实"),
        ]),
        ("巩沇芃", "惠农资金专管员", "general", [
            ("“一卡通”发放信息录入不实", "业务流程", "高", "录入信息与村级公示表逐户比对。", "未发现问题"),
            ("入户核查走过场", "思想道德", "中", "核查入户留影像，所长随机抽查。", "已落实"),
            ("接受申领农户、合作社好处", "外部环境", "低", "签订廉洁承诺，举报电话公开。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None, None)
        sh.add(who, post, DATE, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名：", None, None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "chunhua_runzhen_finance_office_selfchecks", "https://caizheng.puyang.gov.cn/m/fwzx.asp?a=newsview-1981",
        "润镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 财政局 涉农惠民专项资金 "
        "自查 (资金规模, 来源, 流向, 整改): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``自查情况``; a blank row and ``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def chunhua_review_center_duties() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "訾潾峦", "leader", [
                ("评审结论审定", "对审减额较大的项目打招呼调整评审结论", "思想道德风险", "一级风险",
                 "评审结论经中心集体会审，调整事项书面说明。"),
                ("委托中介机构选定", "指定中介机构承接评审业务", "制度机制风险", "一级风险", "中介机构随机抽取，委托结果公开。"),
            ]),
        ]),
        ("二、评审一股", "评审一股", [
            ("股长", "冼沺琇", "middle", [
                ("预算评审复核", "复核走过场，认可虚高的工程量", "岗位职责风险", "一级风险", "复核实行交叉复核，复核意见存档。"),
            ]),
            ("评审员", "俟昉渼", "general", [
                ("现场踏勘", "踏勘时接受建设单位、施工单位宴请", "外部环境风险", "二级风险", "踏勘两人以上，签订廉洁承诺书。"),
                ("结算审核", "与施工单位串通，核增不实工程款", "业务流程风险", "二级风险", "结算审核全过程留痕，异常核增集体研究。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("股长", "蓟浛琰", "middle", [
                ("评审资料收发", "评审资料收发不登记，泄露评审信息", "业务流程风险", "三级风险", "资料收发登记，评审信息按权限查阅。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "chunhua_review_center_duties",
        "https://www.hkyyi.com/html/cai-zheng-ping-shen-ru-he-bao-zhang-zheng-fu-cai-gou-gong-ping-tou-ming-cong-yu-suan-"
        "bian-zhi-dao-lv.html",
        "县财政投资评审中心 廉政风险防控责任清单 under GROUP ROWS ``一、中心领导`` … ``三、综合股`` merged across (no 股室 column), "
        "after the source's account of 财政评审 in 政府采购 (预算编制, 采购需求, 评审结论, 履约验收): a title, then 序号/岗位 and "
        "``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def chunhua_nontax_center_every_row() -> dict:
    unit = f"{PLACE}非税收入管理中心"
    sh = _Sheet("一览表", [6, 12, 12, 9, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "酆澈峤", "leader", "非税收入减免、缓缴审批不按程序", "制度机制", "Ⅰ",
         "减免缓缴事项集体研究，审批结果公开。"),
        ("中心领导", "主任", "酆澈峤", "leader", "对执收单位应缴未缴收入督缴不力", "岗位职责", "Ⅱ", "应缴未缴清单按季通报。"),
        ("票据管理股", "票据管理员", "贲滢岑", "general", "财政票据发放、核销不登记，票据流失", "业务流程", "Ⅰ",
         "票据领用核销全程在系统办理，每季盘点。"),
        ("票据管理股", "票据管理员", "贲滢岑", "general", "为执收单位超范围领用票据提供方便", "外部环境", "Ⅲ", "领用范围与收费项目核对。"),
        ("收缴管理股", "收缴核对员", "邰浥珩", "general", "汇缴结算账户资金未按时划解入库", "岗位职责", "Ⅱ", "划解情况每日对账，延迟说明理由。"),
        ("收缴管理股", "收缴核对员", "邰浥珩", "general", "对账差异不如实处理", "思想道德", "Ⅲ", "差异处理双人签字，股长复核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "chunhua_nontax_center_every_row", "http://www.doczj.com/doc/e916378093.html",
        "县非税收入管理中心 岗位廉政风险防控一览表, after the source's 非税收入管理系统 manual for 执收单位 (开票, 缴款, 票据领用核销, "
        "对账): a title, then 序号/科室/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 (short names)/风险等级 "
        "bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def chunhua_state_assets_center_list() -> dict:
    unit = f"{PLACE}国有资产服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 38, 10, 9, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("中心领导", "主任", "濮沣璟", "leader", [
            ("公物仓调剂资产分配照顾关系单位", "思想道德", "一级", "调剂方案中心办公会研究，结果公示。"),
            ("资产评估机构选定不公开", "制度机制", "一级", "评估机构随机抽取，选定结果公开。"),
        ]),
        ("资产处置股", "股长", "衡湉翯", "middle", [
            ("报废车辆、设备处置不进场交易", "业务流程", "一级", "处置一律进入公共资源交易平台。"),
            ("处置收入不及时上缴", "岗位职责", "二级", "处置收入按月对账，全额上缴国库。"),
        ]),
        ("资产处置股", "资产管理员", "殳瀞岵", "general", [
            ("资产卡片登记不实，账实不符", "岗位职责", "二级", "资产卡片与实物每年清查核对。"),
        ]),
        ("出租出借管理股", "股长", "於沄珈", "middle", [
            ("经营性房产出租租金定价偏低", "外部环境", "二级", "租金经评估确定，公开竞价招租。"),
            ("租赁合同到期不收回、不续签", "业务流程", "三级", "合同台账到期前三月提示，收回情况报中心。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, typ, lv, measures, who)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 7)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "chunhua_state_assets_center_list", "http://www.fymate.net/html/text/lar/169260/16926095_1.html",
        "县国有资产服务中心 岗位廉政风险防控一览表, after the source's 行政事业资产 rules (购建, 处置, 出租出借, 收益上缴): ``附件1``, "
        "a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/股室 merged (中心领导, 资产处置股, "
        "出租出借管理股)/岗位 merged per post/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施/a LAST ``责任人`` "
        "column merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chunhua_tax_bureau_strict_ooxml(),
    chunhua_finance_bureau_two_sheets(),
    chunhua_treasury_center_posts(),
    chunhua_tax_branch_cards(),
    chunhua_runzhen_finance_office_selfchecks(),
    chunhua_review_center_duties(),
    chunhua_nontax_center_every_row(),
    chunhua_state_assets_center_list(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def to_strict(path: Path) -> Path:
    """Turn a transitional .xlsx (as xlsxwriter writes it) into the strict conformance class as
    Excel's ``Strict Open XML 电子表格`` saves it: the same parts, their SpreadsheetML, DrawingML,
    extended-properties and relationship names (namespaces and relationship types) strict, the
    workbook marked ``conformance="strict"``; the OPC layer (content types, core properties) as it
    was."""
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename.endswith((".xml", ".rels")):
                text = data.decode("utf-8")
                for old, new in STRICT_NAMES:
                    text = text.replace(old, new)
                if info.filename == "xl/workbook.xml":
                    text = text.replace("<workbook ", '<workbook conformance="strict" ', 1)
                data = text.encode("utf-8")
            z.writestr(zipfile.ZipInfo(info.filename, (2025, 7, 8, 9, 0, 0)), data,
                       zipfile.ZIP_DEFLATED)  # fmt: skip
    return path


def write_xlsx(layout: dict, path: Path) -> Path:
    """Each layout as ``batch44.write_xlsx`` writes it; the harder one then saved as strict."""
    _write_plain(layout, path)
    return to_strict(path) if layout["name"] == STRICT_NAME else path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch398-inbox"))

"""The three-hundred-and-eighty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 发改 and 统计
bodies, 渭城区 (the district of 咸阳 on the north bank of the 渭河, its staff Han) — the
区发展和改革局, the 区统计局, the 区粮食和物资储备中心, the 区价格认证中心, the 区统计普查中心, the
区应急物资储备库 (kept by the 粮食和物资储备中心), the 区重点项目服务中心 (a body of the 发改局) and the
区社会经济调查中心 (a body of the 统计局) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or
自查表 its staff typed in WPS or Excel:

- the 发展和改革局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column, a
  制表/审核/date line under each;
- the 统计局's 责任清单 under GROUP ROWS ``一、局领导``, ``二、综合股``, ``三、统计执法监督股``,
  ``四、国民经济核算股`` merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``;
- the 粮食和物资储备中心's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级`` read by a
  ``注：`` line, a 填表人/审核人/中心主任（签字） line;
- the 统计普查中心's 自查表, one sheet a person (tabs named by the holder): a merged ``单位：…`` line,
  pairs ``姓　名 | … | 职　务 | …`` above ``序号 | 工作环节 | 风险点 | 风险类型 | 风险等级 | 防控措施``,
  short types, ``高风险/中风险/低风险``, ``本人签名： | … | 主任审核：``; no 科室;
- the 应急物资储备库's 防控卡, one sheet a holder (tabs named by the post): pairs ``持卡人 | … | 职　务 |
  …`` and ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, no type
  column, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 库主任签字：``;
- the 重点项目服务中心's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``主要表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date
  line;
- the 社会经济调查中心's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``weicheng_price_center_wingdings_boxes``: the 价格认证中心's 岗位廉政风险点排查表, an ordinary list
  in every other way (a title, a ``填报单位：…　填报时间：…`` line, ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点
  | 风险类型 | 风险等级 | 防控措施``, 科室 merged, 岗位 and 姓名 merged per person, a 填表说明 line and a
  填表人/审核人/date line) whose TYPE AND LEVEL ARE TICK BOXES MADE WITH THE WINGDINGS 2 FONT: the
  two-row heading splits ``风险类型`` into ``思想道德 | 制度机制 | 岗位职责 | 业务流程 | 外部环境`` and
  ``风险等级`` into ``高 | 中 | 低``, and every one of these eight cells of every row holds ONE LETTER
  in the font ``Wingdings 2`` — ``R``, which that font draws as a ticked box ☑, in the one type and
  the one level of the point, and ``£``, drawn as an empty box ☐, in the seven others — the widely
  copied Excel and WPS tip (输入大写 R、字体设为 Wingdings 2 即得 ☑，输入 £ 得 ☐) by which a template gets
  boxes that print as boxes, here with a 数据验证 list ``R,£`` on the box cells so that a clerk
  picks a box from a drop-down. The file opens and prints a grid of ☑ and ☐; the cells hold the
  letters ``R`` and ``£``, and nothing on the sheet names the font's letters (the 填表说明 says only
  ``在对应栏内勾选``). The README's 读得懂的表 knows a level or type column split into its words with a
  ``√`` in the right one (``风险等级`` over ``一级 | 二级 | 三级``, ``风险类型`` over ``思想道德 | 制度机制 |
  …``), ``☑``/``□`` ticked before a point or a type (``□思想道德 ☑制度机制``, ``高☑　中□　低□``),
  ``■□□`` and ``★★☆`` as levels, a level stored as a number and shown as a word by a NUMBER FORMAT
  (batch385), levels by fill or font COLOUR, by strikethrough, in a header comment and in a text box;
  it does not describe boxes whose tick is a LETTER SHOWN AS A GLYPH BY A SYMBOL FONT, so that every
  box — ticked or not — is a non-empty cell, and the ticked one differs from the others only by
  being ``R`` where they are ``£``. No earlier batch writes a symbol font (``grep -il wingding
  tests/published/*.py`` finds none before this one).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's rules for 政府投资项目
前期工作 — 项目库, 年度投资计划草案, 前期费, 可行性研究报告审批, 项目建议书; a 区's 统计执法检查
工作总结 — 催报通知书, 责令改正通知书, 统计台帐, 原始记录, 持证上岗, 执法检查评分表; the national
粮食库存数量和质量大清查 — 政策性粮食, 地方储备粮, 账实相符, 承储企业内部管控; 经济普查 入户清查 —
普查员, 普查区示意图, 逐门逐户, 不重不漏; a province's 应急救灾物资储备管理规范 — 接收检验, 储存
管理, 物资出库, 监督检查, 承储库; a 区's 项目服务活动督查方案 — 重点项目, 督查通报, 项目动态信息,
区发改委 协调调度; a 县's 城乡住户调查管理办法 — 乡镇调查员, 辅助调查员, 记账户, 访户检查, 账页
审核; a province's 涉案物品价格鉴定操作规程 — 价格认证中心, 委托机关, 勘验, 测算, 鉴定结论书, 复核
裁定) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 渭城区, named with the district's name (no earlier unit holds
``渭城区``).

Run ``python tests/published/score.py --set batch388`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a box IS WHAT ITS FONT DRAWS: ``R`` in Wingdings 2 is a ticked box ☑, ``£`` an
  empty box ☐; a point's type is the heading of its ticked type box (one a row here) and its level
  the heading of its ticked level box, ``高/中/低`` → 1/2/3; the letters themselves are no level, no
  type and no point; the 填表说明 line is no point;
- ``局领导`` (the 发改局's sheet of its leaders, named so by its tab and title; a group row of the
  统计局), ``中心领导`` (a 科室 cell of the 粮食和物资储备中心's, the 社会经济调查中心's and the 价格认证
  中心's lists; a 股室 cell of the 重点项目服务中心's list) and ``库领导`` (the 储备库 card's
  ``所在科室``) are the 科室 of those leaders; a 局's, a 中心's and a 库's 股 and 办公室 are 科室; a group
  row ``三、统计执法监督股`` gives the 科室 ``统计执法监督股`` (its number left off);
- the 统计普查中心's 自查表 names no 科室, so its forms have none;
- 局长, 副局长, a 中心's 主任 and 副主任 and the 库主任 are leaders; 股长 middle; the rest (科员, 会计,
  出纳, 执法人员, 业务员, 保管员, 专干, 调查员, 采价员, 认定员, 档案管理员) general;
- ``风险点 | 主要表现`` (the 重点项目服务中心's list): the point is the short 风险点; ``分管工作``,
  ``职责事项``, ``工作环节`` and ``持卡时间`` are no points and name no holder; the 重点项目服务中心's
  list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级风险/二级风险/三级风险``, ``一级/二级/三级`` (read by the 中心's note),
  ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级`` and bare
  ``Ⅰ/Ⅱ/Ⅲ`` (read by the 调查中心's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus a sheet's ``boxes`` — cells written in the font Wingdings 2 — and its ``validations``, a
数据验证 list on a range) and ``truth.json``; no re-saved copies (as batch280 and batch386).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b388_"
PLACE = "渭城区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年6月"


# --------------------------------------------------------------------------- harder layout

BOXED_UNIT = f"{PLACE}价格认证中心"
BOXED_TAB = "排查表"
BOX_FONT = "Wingdings 2"
TICKED = "R"  # Wingdings 2 draws it as a ticked box ☑
EMPTY = "£"  # Wingdings 2 draws it as an empty box ☐
BOX_TYPES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
BOX_LEVELS = ("高", "中", "低")
BOXED_TOP = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", None, None, None, None,
             "风险等级", None, None, "防控措施")  # fmt: skip
BOXED_SUB = (None, None, None, None, None, *BOX_TYPES, *BOX_LEVELS, None)
FIRST_BOX = 5  # column F: 思想道德 … column M: 低
NCOLS = len(BOXED_TOP)
BOXED_NOTE = "填表说明：风险类型、风险等级在对应栏内勾选，每个风险点各选一项。"
# (科室, [(岗位, 姓名, tier, [(廉政风险点, 类型, 等级, 防控措施)])])
BOXED_ROWS = [
    ("中心领导", [
        ("主任", "訾岫弢", "leader", [
            ("价格认定结论书不经集体审议即签发", "制度机制", "高", "结论书签发前经内部审核和集体审议，审议意见存档。"),
            ("对委托机关或当事人的打招呼、说情不登记不报告", "思想道德", "高", "干预、过问价格认定事项一律登记，按月报告。"),
        ]),
    ]),
    ("认定一股", [
        ("股长", "戢霂澂", "middle", [
            ("涉案物品勘验走过场，按委托机关意图认定", "岗位职责", "高", "勘验两人以上，现场拍照、笔录双签字。"),
            ("价格认定基准日、价格内涵随意调整", "业务流程", "中", "基准日和价格内涵以协助书为准，变更须书面确认。"),
        ]),
        ("认定员", "郏沅琰", "general", [
            ("与案件当事人私下接触，泄露认定结论", "外部环境", "高", "实行回避和保密承诺，结论送达前不对外透露。"),
            ("市场调查只询一家，测算依据不充分", "业务流程", "中", "市场询价不少于三家，测算底稿存档备查。"),
        ]),
    ]),
    ("认定二股", [
        ("股长", "钭澂岚", "middle", [
            ("涉税财物价格认定受人请托压低价格", "思想道德", "中", "涉税认定实行复核，复核人与承办人分离。"),
            ("补充材料通知书不按时限发出，拖延办理", "制度机制", "低", "办理时限系统提醒，超期说明原因。"),
        ]),
    ]),
    ("综合股", [
        ("档案管理员", "虢淏菁", "general", [
            ("价格认定档案随意借阅、复制外传", "制度机制", "低", "档案借阅登记审批，复制须经主任同意。"),
        ]),
        ("会计", "汲翾沄", "general", [
            ("差旅费、勘验用车费用报销虚列支出", "岗位职责", "中", "报销凭证逐张审核，勘验用车与派车单核对。"),
        ]),
    ]),
]  # fmt: skip


def _boxes(choice: str, options: tuple[str, ...]) -> list[str]:
    """One box a heading: ``R`` (☑) under the chosen one, ``£`` (☐) under the others."""
    assert choice in options, choice
    return [TICKED if o == choice else EMPTY for o in options]


def weicheng_price_center_wingdings_boxes() -> dict:
    unit = BOXED_UNIT
    sh = _Sheet(BOXED_TAB, [5, 10, 9, 8, 32, 5, 5, 5, 5, 5, 4, 4, 4, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", NCOLS)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：{DATE}", NCOLS)
    top = sh.add(*BOXED_TOP)
    sh.add(*BOXED_SUB)
    for c in (0, 1, 2, 3, 4, 13):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 9)
    sh.merge(top, 10, top, 12)
    first = len(sh.rows)
    n = 0
    for dept, people in BOXED_ROWS:
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                boxes = _boxes(typ, BOX_TYPES) + _boxes(lv, BOX_LEVELS)
                sh.add(n, dept, post, who, point, *boxes, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    last = len(sh.rows) - 1
    _per_person(sh, first, 1, 2, 3)
    _line(sh, BOXED_NOTE, NCOLS)
    sh.add("填表人：", None, None, "审核人：", None, None, None, None, None, None, None, None, None,
           DATE)  # fmt: skip
    lay = _layout(
        "weicheng_price_center_wingdings_boxes",
        "https://daodoc.com/fanwen/qitafanwen/3975005.html",
        "(harder) 区价格认证中心 岗位廉政风险点排查表, after the source's 涉案物品价格鉴定操作规程 (价格认证中心, 委托机关, 勘验, "
        "测算, 鉴定结论书, 复核裁定): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, a two-row heading 序号/科室 "
        "merged/岗位 and 姓名 merged per person/廉政风险点/``风险类型`` over 思想道德 | 制度机制 | 岗位职责 | 业务流程 | 外部环境/"
        "``风险等级`` over 高 | 中 | 低/防控措施, a 填表说明 line and a 填表人/审核人/date line — every type and level cell a "
        "BOX MADE WITH THE FONT WINGDINGS 2: ``R`` (drawn ☑) in the point's one type and one level, ``£`` (drawn ☐) in "
        "the seven others, with a 数据验证 list ``R,£`` on the boxes",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["boxes"] = [
        (r, c) for r in range(first, last + 1) for c in range(FIRST_BOX, FIRST_BOX + 8)
    ]
    lay["sheets"][0]["validations"] = [(first, FIRST_BOX, last, FIRST_BOX + 7, [TICKED, EMPTY])]
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def weicheng_drc_two_sheets() -> dict:
    unit = f"{PLACE}发展和改革局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("璩岷翕", "局长", "主持全面工作", [
            ("年度政府投资计划安排不经党组会集体研究", "高", "年度投资计划草案经党组会研究，报区政府审定后下达。"),
            ("为特定企业争取上级预算内投资打招呼", "高", "领导干部插手干预项目资金安排如实登记报告。"),
        ]),
        ("邰湜沣", "副局长", "分管投资、项目前期工作", [
            ("可行性研究报告审批降低标准", "高", "可研报告实行专家评审，审批意见集体研究。"),
            ("项目前期费安排向关系项目倾斜", "中", "前期费按项目成熟度排序安排，安排结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("投资股", "股长", "厍晗琤", "middle", [
            ("企业投资项目备案不按规定核查", "中", "备案信息网上核验，每季度随机抽查。"),
            ("项目库入库把关不严，虚报储备项目", "中", "入库项目实地核查，项目库动态清理。"),
        ]),
        ("投资股", "科员", "逄翊漪", "general", [
            ("受理项目申报材料时索要好处", "低", "申报材料网上受理，受理时限公开。"),
        ]),
        ("价格股", "股长", "蔺霄淏", "middle", [
            ("成本监审中采信虚假成本资料", "高", "成本监审两人以上，监审报告集体审核。"),
        ]),
        ("办公室", "出纳", "顼湄珺", "general", [
            ("现金管理不规范，公款私存", "低", "现金日清月结，银行账户定期对账。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "weicheng_drc_two_sheets", "http://www.fsou.net.cn/html/text/lar/172154/17215471_2.html",
        "区发展和改革局 file in two sheets after the source's rules for 政府投资项目前期工作 (项目库, 年度投资计划草案, 前期费, "
        "可行性研究报告审批): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``股室`` (a title, 序号/股室 merged (投资股, 价格股, 办公室)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "高/中/低; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def weicheng_statistics_bureau_duties() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 10, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "郄湛岷", "leader", [
                ("统计数据审核发布", "授意或默许统计人员修改统计数据", "制度机制", "一级风险",
                 "数据审核发布实行集体评估，修改数据留痕备查。"),
                ("统计调查项目管理", "干预调查对象如实填报统计资料", "思想道德", "一级风险", "领导干部干预统计工作记录报告。"),
            ]),
        ]),
        ("二、综合股", "综合股", [
            ("会计", "綦沚萦", "general", [
                ("经费报销", "统计调查经费虚列支出", "岗位职责", "二级风险", "调查经费专账核算，报销凭证三级审核。"),
            ]),
        ]),
        ("三、统计执法监督股", "统计执法监督股", [
            ("股长", "蒉瀚翀", "middle", [
                ("统计执法检查", "对企业虚报、瞒报统计数据降格处理", "外部环境", "一级风险", "检查结果集体研究，案件处理报局务会。"),
                ("立案处罚", "处罚裁量不按基准，随意减免", "业务流程", "二级风险", "对照裁量基准逐案审核，处罚决定公开。"),
            ]),
            ("执法人员", "邗沄珏", "general", [
                ("双随机抽查", "抽查对象不随机，人为指定", "业务流程", "二级风险", "抽查对象系统随机抽取，抽查结果公示。"),
            ]),
        ]),
        ("四、国民经济核算股", "国民经济核算股", [
            ("股长", "鄂淼琨", "middle", [
                ("地区生产总值核算", "核算中人为调整基础数据", "岗位职责", "一级风险", "核算基础数据来源存档，上级统计局评估。"),
                ("部门数据收集", "接受部门请托调整指标数据", "外部环境", "三级风险", "部门数据书面报送，异常数据书面核实。"),
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
        "weicheng_statistics_bureau_duties",
        "https://xiexiebang.com/a13/2019051421/2080585520b25787.html",
        "区统计局 廉政风险防控责任清单 under GROUP ROWS ``一、局领导`` … ``四、国民经济核算股`` merged across (no 股室 column), "
        "after the source's 统计执法检查工作总结 (催报通知书, 责令改正通知书, 统计台帐, 原始记录, 持证上岗): a title, then "
        "序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def weicheng_grain_reserve_center_list() -> dict:
    unit = f"{PLACE}粮食和物资储备中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "茆澍岍", "leader", [
            ("地方储备粮轮换计划擅自调整", "制度机制风险", "一级", "轮换计划经中心班子会研究，报区发改局批准。"),
            ("储备粮承储企业选定不公开", "岗位职责风险", "一级", "承储企业公开遴选，遴选结果公示。"),
        ]),
        ("储备管理股", "股长", "遆沄翚", "middle", [
            ("库存检查走过场，账实不符不报告", "岗位职责风险", "一级", "库存检查逐仓核对，检查结果书面报告。"),
            ("轮换粮食出入库数量、质量验收不严", "业务流程风险", "二级", "出入库检斤检质双人签字，样品留存。"),
        ]),
        ("储备管理股", "科员", "揭霈湜", "general", [
            ("粮食库存统计台账弄虚作假", "业务流程风险", "二级", "台账与承储企业保管账每月核对。"),
        ]),
        ("物资储备股", "股长", "邴翀滢", "middle", [
            ("应急物资采购指定供应商", "制度机制风险", "二级", "采购进入公共资源交易平台或三家以上比选。"),
            ("物资调拨不按调令执行", "外部环境风险", "三级", "调拨凭调令出库，调拨台账按月报送。"),
        ]),
        ("财务股", "会计", "濮岑霈", "general", [
            ("储备粮利息费用补贴审核不严", "思想道德风险", "三级", "补贴按库存数量核定，拨付前公示。"),
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
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "weicheng_grain_reserve_center_list", "http://dashoubi.org.cn/news/shwx/2020-05-13/130182.html",
        "区粮食和物资储备中心 岗位廉政风险防控一览表, after the source's 粮食库存数量和质量大清查 (政策性粮食, 地方储备粮, 账实相符, "
        "承储企业内部管控): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/科室 merged "
        "(中心领导, 储备管理股, 物资储备股, 财务股)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def weicheng_census_center_selfchecks() -> dict:
    unit = f"{PLACE}统计普查中心"
    t = _Truth(unit)
    people = [
        ("主任", "钮漪翯", "leader", [
            ("普查人员选聘", "普查指导员、普查员选聘优亲厚友", "思想道德", "高风险", "选聘条件公开，选聘结果公示。"),
            ("普查经费管理", "普查经费挤占挪用", "岗位职责", "高风险", "普查经费专款专用，支出经中心班子研究。"),
        ]),
        ("业务员", "厉湜霙", "general", [
            ("单位清查", "清查中漏登、重登，不如实更正底册", "业务流程", "中风险", "清查底册与部门名录比对，差异逐户核实。"),
            ("普查数据审核", "受普查对象请托修改普查数据", "外部环境", "中风险", "数据修改须有原始凭证，修改记录留痕。"),
            ("普查资料保管", "泄露普查对象的单个资料", "制度机制", "低风险", "普查资料专人专柜保管，查阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in people:
        sh = _Sheet(who, [6, 16, 36, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"单位：{unit}", None, None, None, None, None)
        sh.merge(r, 0, r, 5)
        sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "主任审核：", None, None)
        sheets.append(sh)
    return _layout(
        "weicheng_census_center_selfchecks", "http://finance.sina.com.cn/g/20040801/1907917314.shtml",
        "区统计普查中心 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 经济普查 入户清查 "
        "(普查员, 普查区示意图, 逐门逐户, 不重不漏): a title, a merged ``单位：…`` line, PAIRS ``姓　名 | … | | 职　务 | …``, then "
        "序号/``工作环节``/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no 科室; a blank row and "
        "``本人签名： | 主任审核：``",
        sheets, t,
    )  # fmt: skip


def weicheng_emergency_depot_cards() -> dict:
    unit = f"{PLACE}应急物资储备库"
    t = _Truth(unit)
    cards = [
        ("库主任", "暨沚岚", "leader", "库领导", [
            ("储备物资采购验收把关不严", "★★★", "采购验收由使用、仓储、财务三方参与并签字。"),
            ("物资报废处置不经审批", "★★★", "报废物资经鉴定、审批后公开处置。"),
            ("库区维修工程发包不规范", "★★", "维修工程按限额标准比选，比选结果公示。"),
        ]),
        ("股长", "桓翯沅", "middle", "仓储股", [
            ("物资盘点结果不如实上报", "★★", "每季度盘点，盘点表双人签字报库主任。"),
            ("接受供应商宴请、礼品", "★", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("保管员", "储澜翙", "general", "仓储股", [
            ("物资出入库不登记，账物不符", "★★", "出入库凭单办理，台账日清。"),
            ("私自出借储备物资", "★★★", "物资出借须经库主任审批并登记。"),
            ("值班巡查记录弄虚作假", "★", "巡查打卡定位，记录每周抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in cards:
        sh = _Sheet(post, [6, 38, 10, 14, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        sh.add("所在科室", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "库主任签字：", None)
        sheets.append(sh)
    return _layout(
        "weicheng_emergency_depot_cards",
        "https://lcj.ln.gov.cn/lswzcb/zfxxgk/zc/2024061408453831087/index.shtml",
        "区应急物资储备库 岗位廉政风险防控卡, one sheet a holder (tabs 库主任, 股长, 保管员), after the source's 应急救灾物资储备"
        "管理规范 (接收检验, 储存管理, 物资出库, 监督检查, 承储库): a title, PAIRS ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | "
        "持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars "
        "and ``持卡人签字： | 库主任签字：``",
        sheets, t,
    )  # fmt: skip


def weicheng_project_center_posts() -> dict:
    unit = f"{PLACE}重点项目服务中心"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("重点项目考核", "重点项目考核打分照顾关系单位", "制度机制风险", "Ⅰ级", "考核细则公开，考核结果集体研究并通报。"),
            ("代建单位选定", "代建单位选定不公开，指定关系企业", "岗位职责风险", "Ⅰ级", "代建单位公开比选，比选全程记录。"),
        ]),
        ("项目推进股", "股长", "middle", [
            ("投资进度统计", "虚报项目完成投资，督查通报失实", "业务流程风险", "Ⅱ级", "投资进度与统计部门数据比对，现场核实。"),
            ("协调服务", "协调项目建设问题时收受企业好处", "外部环境风险", "Ⅰ级", "协调事项登记办理，办结情况回访企业。"),
        ]),
        ("项目推进股", "专干", "general", [
            ("现场督查", "现场督查走过场，项目动态信息不实", "岗位职责风险", "Ⅲ级", "督查照片定位上传，信息报送股长审核。"),
        ]),
        ("项目前期股", "股长", "middle", [
            ("前期工作推进", "前期工作经费使用不按计划", "岗位职责风险", "Ⅱ级", "经费按项目建账，支出报中心审批。"),
        ]),
        ("综合股", "出纳", "general", [
            ("现金管理", "公款私存，坐支现金", "思想道德风险", "Ⅲ级", "现金日清月结，定期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "weicheng_project_center_posts",
        "https://gwyoo.com/article/xzgaoshou/gongzhuo/201205/520084.html",
        "区重点项目服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 项目服务活动督查方案 (重点项目, 督查通报, 项目动态"
        "信息, 区发改委 协调调度): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``主要表现``/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def weicheng_survey_center_every_row() -> dict:
    unit = f"{PLACE}社会经济调查中心"
    sh = _Sheet("一览表", [6, 11, 9, 9, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "冀澂翊", "leader", "住户调查样本轮换中擅自更换调查户", "制度机制风险", "Ⅰ",
         "更换调查户须书面申请，报市调查部门批准。"),
        ("中心领导", "主任", "冀澂翊", "leader", "调查数据上报前授意修改", "思想道德风险", "Ⅰ", "数据修改须有原始账页依据，修改留痕。"),
        ("住户调查股", "调查员", "麦沄湜", "general", "记账补贴发放虚报冒领", "岗位职责风险", "Ⅰ",
         "记账补贴打卡发放，发放名单公示。"),
        ("住户调查股", "调查员", "麦沄湜", "general", "访户检查记录弄虚作假", "业务流程风险", "Ⅱ", "访户记录每月抽查，电话回访调查户。"),
        ("价格调查股", "采价员", "查翎澧", "general", "采价点价格不实地采集，照抄上期", "业务流程风险", "Ⅱ",
         "采价定位拍照上传，采价点轮换核查。"),
        ("综合股", "出纳", "沃霁沅", "general", "辅助调查员劳务费发放不及时、不透明", "外部环境风险", "Ⅲ",
         "劳务费按月发放，发放明细公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "weicheng_survey_center_every_row",
        "http://www.ay.gov.cn/ayxxxgk/ay1712/201902/40475529b2aa492da4e8feef8158f0d7.shtml",
        "区社会经济调查中心 岗位廉政风险防控一览表, after the source's 城乡住户调查管理办法 (乡镇调查员, 辅助调查员, 记账户, 访户"
        "检查, 账页审核): a title, then 序号/科室/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 "
        "``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    weicheng_price_center_wingdings_boxes(),
    weicheng_drc_two_sheets(),
    weicheng_statistics_bureau_duties(),
    weicheng_grain_reserve_center_list(),
    weicheng_census_center_selfchecks(),
    weicheng_emergency_depot_cards(),
    weicheng_project_center_posts(),
    weicheng_survey_center_every_row(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` with borders, plus a sheet's ``boxes`` (cells written in the font
    Wingdings 2, as a template's tick boxes are) and its ``validations`` (a 数据验证 list on a
    range: (r0, c0, r1, c1, values))."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 6, 20, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    box_fmt = wb.add_format({**base, "font_name": BOX_FONT, "font_size": 12, "align": "center"})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        boxes = set(sheet.get("boxes") or ())
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
                if (r, c) in boxes:
                    ws.write_string(r, c, v, box_fmt)
                else:
                    _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        for r0, c0, r1, c1, values in sheet.get("validations") or ():
            ws.data_validation(r0, c0, r1, c1, {"validate": "list", "source": list(values)})
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch388-inbox"))

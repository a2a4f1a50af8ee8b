"""The four-hundred-and-thirty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 供销 and 粮食
bodies, 吴堡县 (a county of 榆林 on the Yellow River, its staff Han) — the 县粮食和物资储备局, the
县供销合作社联合社, the 县粮食储备库, the 县农资公司, the 县粮油购销公司 and the 供销社 of three of its
towns (辛家沟镇, 郭家沟镇, 张家山镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表
its staff typed in WPS or Excel:

- the 粮食和物资储备局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  an 编制/审核/date line under each;
- the 供销合作社联合社's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``科室`` merged (``联合社领导``, ``综合办公室``, ``财务审计科``, ``合作发展科``), ``岗位`` and ``姓名`` merged
  per person, ``廉政风险点``, short types, 高/中/低, a 填表人/审核人/date line;
- the 粮食储备库's 排查表 对岗不对人: ``部门`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 农资公司's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …`` over
  ``所在部门 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``持卡人（签字）： | … | 经理（签字）：``;
- the 辛家沟镇供销社's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 主任审核：``;
- the 郭家沟镇供销社's 责任清单 under GROUP ROWS ``一、社领导``, ``二、农资经营组``, ``三、财务组`` merged
  across (no 组 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 张家山镇供销社's 一览表 under ``附件2``, a title and a ``填报单位（盖章）：…`` line, written out on
  EVERY row (nothing merged below the title): ``岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级 | 防控措施``
  — the type before the point — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``wubu_grain_company_three_part_cells``: the 粮油购销公司's 岗位廉洁风险防控一览表 keeps THE POINT,
  HOW IT SHOWS AND ITS MEASURES IN ONE CELL, THREE PARAGRAPHS: under a title and a merged
  ``填报单位：…　填报时间：2025年11月`` line the heading is ``序号 | 部门 | 岗位 | 姓名 |
  廉洁风险点、表现形式及防控措施 | 风险类型 | 风险等级`` — NO measures column and NO description column
  — and every cell of the fifth column is written (Alt+Enter between the parts)
  ``粮食收购检斤定等⏎表现形式：收购时压级压价、扣量扣价，或为关系人提级提价⏎防控措施：1.…；2.…。``: first
  the SHORT POINT, unlabelled, unnumbered, with no closing stop; then ONE paragraph opened by the label
  ``表现形式：``, how it shows (a sentence longer than the point); then ONE paragraph opened by the
  label ``防控措施：``, the measures numbered inline on that line. ``部门`` is merged over its rows,
  ``岗位`` and ``姓名`` over the person's; short types; ``一级/二级/三级``. A merged ``注：`` line under
  the table says that in that column the first paragraph is the point, the one after ``表现形式：``
  how it shows and the one after ``防控措施：`` the measures. The shape is about HOW THE POINT, ITS
  DESCRIPTION AND ITS MEASURES ARE JOINED: three parts in one cell, the point the only unlabelled one,
  the description BETWEEN the point and the measures. The README's 读得懂的表 knows two parts in one
  cell — ``风险点：…⏎防控措施：…`` (both labelled), a ``风险点及防控措施`` cell whose point is followed by
  numbered measure lines or one ``防控措施：…`` line (the point being ALL that stands before it), a
  ``风险点及表现形式`` cell whose point is followed by numbered 表现 lines, ``职责：…⏎风险点：…``,
  ``风险点——表现形式``, a point and its description parted by typed spaces, by a bold run (rich text) or
  by a closing bracket the heading names, ``风险点。对策：…`` — and a point and its manifestation split
  into two ROWS by a Word paste (batch389); it does not describe a cell of THREE parts whose middle,
  labelled ``表现形式：``, is the description: read by the known ``防控措施：`` rule the point would
  swallow the description. No earlier batch writes one: ``grep -l '表现形式：\\|主要表现：'
  tests/published/batch*.py`` finds none, nor ``grep -l '表现形式及防控措施'``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省粮食和物资储备局's 政策性粮食库存
数量和质量大清查 — 有仓必到、有粮必查、有账必核, 牵头负责制, 责任追究; a 市供销总社 on rebuilding 基层社
— 联合社有企业 农资公司, 新型基层为农服务组织, 合署办公; a 市纪委监委 watching 夏粮收购 — 收购资金, 轮换,
检斤过磅, 质量检测, 台账资料, 仓储管理; a 市's 化肥储备 through a 农资公司 — 财政补贴, 组织货源, 订货会,
连锁网点; a 省供销社 on 改造基层社 — 庄稼医院, 农资, 村级综合服务社; a 区 rebuilding 镇街供销社 — 闲置
资产划拨, 农资超市, 专业合作社; a 区供销社 in 春耕 — 农资储备点, 货源, 销售网点; a report on 粮食
购销公司 and 基层粮站 corruption — 升溢粮, 转圈粮, 损耗粮, 挪用公款) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 吴堡县, named with the
county's name (no earlier unit holds ``吴堡县``; 辛家沟镇, 郭家沟镇 and 张家山镇 are towns of the county).

Run ``python tests/published/score.py --set batch435`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the FIRST PARAGRAPH of the ``廉洁风险点、表现形式及防控措施`` cell (the
  short name, without the paragraphs after it); the ``表现形式：`` paragraph is its description and the
  ``防控措施：`` paragraph its measures, neither part of the point; the ``注：`` line is no point;
- ``局领导`` (the 粮食和物资储备局's sheet of its leaders, named so by its tab and title), ``联合社领导``,
  ``库领导`` (部门 cells), ``公司领导`` (a 部门 cell, a card's ``所在部门``) and ``社领导`` (a group row)
  are the 科室 of those leaders; a 局's 股 and 办公室, a 联合社's 科 and 办公室, a 库's and a 社's 组,
  a company's 部 are 科室; a group row ``二、农资经营组`` gives the 科室 ``农资经营组`` (its number left
  off); the 辛家沟镇 and 张家山镇 供销社's sheets name no 科室: their 科室 is "";
- every 库, company and 镇供销社 here is a unit of its own: 局长, 副局长, a 联合社's and a 供销社's
  主任 and 副主任, 主任 of the 库, 经理, 副经理, 总经理 and 副总经理 are leaders; 股长, 科长, the
  办公室's 主任, 部长 and 组长 middle; the rest (科员, 会计, 出纳, 保管员, 质检员, 检斤员, 采购员, 营业员,
  统计员) general;
- ``风险点 | 风险表现`` (the 储备库's list): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 储备库's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 张家山镇 list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10
and taller rows for cells wrapped with Alt+Enter) and ``truth.json``; no re-saved copies (as batch280
and batch432).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b435_"
PLACE = "吴堡县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年11月"


# --------------------------------------------------------------------------- harder layout

CELL_NAME = "wubu_grain_company_three_part_cells"
CELL_TAB = "一览表"
CELL_HEAD = (
    "序号",
    "部门",
    "岗位",
    "姓名",
    "廉洁风险点、表现形式及防控措施",
    "风险类型",
    "风险等级",
)
CELL_COL = 4
SHOWS = "表现形式："
MEASURES = "防控措施："
CELL_NOTE = (
    "注：“廉洁风险点、表现形式及防控措施”一栏，第一段为风险点，“表现形式：”后为该风险点的主要表现，"
    "“防控措施：”后为防控措施。"
)

# (部门, 岗位, 姓名, tier, [(风险点, 表现形式, 防控措施, 风险类型, 等级)])
CELL_ROWS = [
    ("公司领导", "总经理", "扈澹珣", "leader", [
        ("地方储备粮轮换方案决定", "轮换时机、数量和价格个人说了算，轮入时以陈顶新赚取差价",
         "1.轮换方案经总经理办公会集体研究并报县粮食和物资储备局批复；2.轮换价格在交易平台公开竞价形成。",
         "制度机制", "一级"),
        ("收购资金调度使用", "收购资金挪作他用或出借关系企业",
         "1.收购资金专户管理、封闭运行；2.大额资金支付实行会签。", "岗位职责", "一级"),
    ]),
    ("公司领导", "副总经理", "冼旻湛", "leader", [
        ("粮食销售客户确定", "绕开公开竞价，向关系客户定向低价销售",
         "1.销售一律进入粮食交易平台；2.销售结果在公司内部公示。", "外部环境", "二级"),
    ]),
    ("购销业务部", "部长", "缑溦璠", "middle", [
        ("收购计划和收购点安排", "收购点设置和收购进度安排照顾关系经纪人",
         "1.收购计划报公司审定后公开；2.收购点设置和开秤时间公告。", "业务流程", "二级"),
        ("虚购虚销", "编造收购、销售凭证，虚增收购数量套取费用补贴",
         "1.收购凭证与入库单、结算单逐笔核对；2.县粮食和物资储备局每季度抽查。", "业务流程", "一级"),
    ]),
    ("购销业务部", "检斤员", "郏潼菀", "general", [
        ("粮食收购检斤过磅", "收购时扣量扣价，或为关系人虚增重量",
         "1.地磅数据联网自动采集；2.检斤、结算岗位分离，售粮人签字确认。", "岗位职责", "二级"),
    ]),
    ("购销业务部", "质检员", "宓槿澂", "general", [
        ("粮食质量定等", "收购时压级压价，或为关系人提级提价",
         "1.扦样、检验、定等分离；2.质量标准和收购价格挂牌公示。", "思想道德", "二级"),
        ("出入库质量检验报告出具", "检验数据不实，出具虚假检验报告",
         "1.检验原始记录留存备查；2.每批次留样复检。", "岗位职责", "三级"),
    ]),
    ("仓储部", "保管员", "瞿沩翎", "general", [
        ("粮食出入库和损耗核销", "虚报保管损耗，升溢粮不入账，账实不符",
         "1.出入库双人验收；2.损耗核销报公司审批，每月账实核对。", "业务流程", "二级"),
        ("仓储设施维修", "维修项目虚报工程量", "1.维修项目三家比价；2.完工后联合验收。", "制度机制", "三级"),
    ]),
    ("财务部", "会计", "阚泱琰", "general", [
        ("收购款结算支付", "不按结算单付款，截留、挪用售粮款",
         "1.售粮款通过银行直接转入售粮人账户；2.结算单、付款凭证每日核对。", "岗位职责", "二级"),
        ("费用报销审核", "审核不严，虚列仓储、运输费用", "1.报销票据逐张审核；2.每季度内部审计。", "制度机制", "三级"),
    ]),
]  # fmt: skip


def cell_text(point: str, shows: str, measures: str) -> str:
    """The harder list's cell: the point, then its 表现形式 and its 防控措施, one paragraph each."""
    return f"{point}\n{SHOWS}{shows}\n{MEASURES}{measures}"


def wubu_grain_company_three_part_cells() -> dict:
    unit = f"{PLACE}粮油购销公司"
    sh = _Sheet(CELL_TAB, [6, 12, 10, 9, 60, 10, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add(*CELL_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CELL_ROWS:
        for point, shows, measures, typ, lv in points:
            n += 1
            sh.add(n, dept, post, who, cell_text(point, shows, measures), typ, lv)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, CELL_NOTE, 7)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        CELL_NAME, "https://c.m.163.com/news/a/GUJ0P79U05199NPP.html",
        "(harder) 县粮油购销公司 岗位廉洁风险防控一览表, after the source's report on 粮食购销公司 and 基层粮站 corruption "
        "(升溢粮, 转圈粮, 损耗粮, 挪用公款): a title, a merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/部门 merged "
        "(公司领导, 购销业务部, 仓储部, 财务部)/岗位 and 姓名 merged per person/``廉洁风险点、表现形式及防控措施``/风险类型 (short "
        "names)/风险等级 ``一级/二级/三级``, NO measures column: each cell of the fifth column is THREE PARAGRAPHS — the short "
        "point, unlabelled, then ``表现形式：…``, then ``防控措施：1.…；2.…。`` — as a merged ``注：`` line under the table "
        "says; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wubu_grain_bureau_two_sheets() -> dict:
    unit = f"{PLACE}粮食和物资储备局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("厍珩翊", "局长", "主持全面工作，分管人事、财务", [
            ("地方储备粮规模和轮换计划安排个人说了算", "一级", "轮换计划经局党组会集体研究，报县政府审定。"),
            ("粮食库存检查发现的问题压案不报", "一级", "检查问题清单化管理，整改情况向县纪委监委通报。"),
        ]),
        ("甪澂岚", "副局长", "分管粮食储备、物资储备", [
            ("储备粮库存检查走过场，账实不符不追究", "二级", "库存检查有仓必到、有账必核，检查人员签字负责。"),
            ("应急物资采购指定供应商", "二级", "应急物资按程序公开采购，验收双人签字。"),
            ("接受粮食企业宴请、礼品", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
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
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "仉沨黛", "middle", [
            ("公务用车和接待费用超标准列支", "三级", "用车和接待事前审批，费用每季度公开。"),
        ]),
        ("办公室", "会计", "郄璟汶", "general", [
            ("储备粮保管费用和利息补贴拨付不按库存核定", "二级", "补贴按核定库存和审计结果拨付，拨付前会签。"),
            ("报销票据审核不严，虚列支出", "三级", "报销凭证三级审核，每季度内审。"),
        ]),
        ("粮食储备股", "股长", "綦砚泠", "middle", [
            ("储备粮轮换验收把关不严，以陈顶新", "一级", "轮入粮食逐仓扦样检验，验收结果报局审定。"),
            ("库存数量和质量检查数据不实", "二级", "检查数据两人核对，随机抽查复核。"),
        ]),
        ("粮食储备股", "科员", "谯渟曦", "general", [
            ("储备粮统计台账弄虚作假", "三级", "统计台账与企业保管账每月核对。"),
        ]),
        ("行业管理股", "股长", "隗珞棠", "middle", [
            ("粮食收购资格备案审核不严", "二级", "备案材料清单化审核，结果网上公示。"),
            ("粮食流通监督检查选择性执法", "一级", "检查对象随机抽取，检查结果公开。"),
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
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "wubu_grain_bureau_two_sheets",
        "http://lshwzcbj.hunan.gov.cn/xxgk/tzgg/201903/t20190313_5294722.html",
        "县粮食和物资储备局 廉政风险防控表 in two sheets, after the source's 省粮食和物资储备局 on the 政策性粮食库存数量和质量"
        "大清查 (有仓必到、有粮必查、有账必核, 牵头负责制, 责任追究): ``局领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per "
        "leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and ``股室`` (a title, 序号/股室 merged (办公室, 粮食储备股, 行业管理股)/"
        "岗位 and 姓名 merged per person/风险点/风险等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def wubu_supply_coop_union_list() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("联合社领导", "主任", "乜潆岫", "leader", [
            ("社有资产出租、处置不经集体研究", "制度机制", "高", "社有资产处置经理事会研究，公开招租。"),
            ("基层社恢复重建项目资金分配不公", "岗位职责", "高", "项目资金分配方案公示，按验收结果拨付。"),
        ]),
        ("联合社领导", "副主任", "蒉昶霏", "leader", [
            ("社有企业负责人考核打招呼、走过场", "思想道德", "中", "考核指标年初公开，考核结果经理事会审定。"),
        ]),
        ("综合办公室", "主任", "糜湲翀", "middle", [
            ("办公用品采购不比价", "业务流程", "低", "采购三家比价，验收入库登记。"),
        ]),
        ("财务审计科", "会计", "郜沄霁", "general", [
            ("社有企业上缴收益核算不实", "岗位职责", "中", "上缴收益按审计报告核定，每年对账。"),
            ("专项资金拨付不按进度", "制度机制", "中", "专项资金凭进度报表和审批单拨付。"),
        ]),
        ("合作发展科", "科长", "暨曈筠", "middle", [
            ("农民专业合作社示范社推荐优亲厚友", "外部环境", "高", "推荐条件公开，实地核查，结果公示。"),
        ]),
        ("合作发展科", "科员", "麴漪杼", "general", [
            ("村级综合服务社补助资料审核不严", "业务流程", "低", "补助资料逐项核实，抽查回访。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "wubu_supply_coop_union_list",
        "https://gxhzs.changzhou.gov.cn/html/gxhzs/2013/DMPBMALN_1230/27839.html",
        "县供销合作社联合社 岗位廉政风险防控一览表, after the source's 市供销总社 on rebuilding 基层社 (联合社有企业 农资公司, 新型基层"
        "为农服务组织, 合署办公): ``附件1``, a title, a merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/科室 merged "
        "(联合社领导, 综合办公室, 财务审计科, 合作发展科)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wubu_grain_depot_posts() -> dict:
    unit = f"{PLACE}粮食储备库"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("库领导", "主任", "leader", [
            ("储备粮轮换出库", "轮出时升溢粮不入账，私下销售", "制度机制风险", "Ⅰ级", "轮换出库全程视频监控，升溢粮当月入账。"),
            ("仓储设施改造项目", "改造项目不按规定发包", "业务流程风险", "Ⅰ级", "项目按限额进场交易，全程留痕。"),
        ]),
        ("仓储保管组", "保管员", "general", [
            ("粮食出入库计量", "出入库过磅数据人为修改，虚增损耗", "岗位职责风险", "Ⅰ级", "地磅数据自动采集，双人复核。"),
            ("仓内粮情检查", "粮情记录补写造假，隐瞒发热霉变", "岗位职责风险", "Ⅱ级", "粮情测温数据联网，组长每周抽查。"),
        ]),
        ("仓储保管组", "组长", "middle", [
            ("保管损耗核定", "损耗核定随意，为保管员多报损耗", "思想道德风险", "Ⅱ级", "损耗按标准核定，报库领导审批。"),
        ]),
        ("质量检验组", "质检员", "general", [
            ("入库粮食扦样检验", "调换样品，提高入库等级", "外部环境风险", "Ⅰ级", "扦样、制样、检验分离，样品双人封存。"),
            ("检验仪器使用和校准", "仪器不按期校准，检验数据失真", "制度机制风险", "Ⅲ级", "仪器定期送检，校准记录存档。"),
        ]),
        ("财务室", "出纳", "general", [
            ("轮换价款收付", "轮换价款坐支、公款私存", "业务流程风险", "Ⅱ级", "价款全部通过对公账户收付，每月对账。"),
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
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "wubu_grain_depot_posts", "https://gb.crntt.com/doc/7_0_106478414_1.html",
        "县粮食储备库 岗位廉政风险点排查表 对岗不对人, after the source's 市纪委监委 watching 夏粮收购 (收购资金, 轮换, 检斤过磅, "
        "质量检测, 台账资料, 仓储管理): a title, then 序号/部门 merged (库领导, 仓储保管组, 质量检验组, 财务室)/岗位 merged per post/"
        "a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wubu_agri_supplies_cards() -> dict:
    unit = f"{PLACE}农资公司"
    t = _Truth(unit)
    cards = [
        ("经理", "酆颀澜", "公司领导", "leader", [
            ("政府化肥储备承储资格和补贴申报不实", "★★★", "储备数量按月盘点，补贴申报材料经县供销合作社联合社审核。"),
            ("订货会上接受厂家回扣", "★★★", "订货合同集体研究，厂家签订廉洁协议。"),
            ("连锁网点加盟审核打招呼", "★", "加盟条件公开，审核结果公示。"),
        ]),
        ("副经理", "佴曜汀", "公司领导", "leader", [
            ("农资商品定价随意，为关系客户让利", "★★", "价格由公司价格小组集体确定并公示。"),
            ("赊销审批把关不严，形成呆账", "★★★", "赊销额度分级审批，每季度清理。"),
        ]),
        ("采购员", "弭筠澈", "采购部", "general", [
            ("化肥、农药组织货源时指定供应商", "★★", "货源采购三家以上比价，采购记录留存。"),
            ("购进假劣农资以次充好", "★", "每批农资查验合格证明，抽样送检。"),
        ]),
        ("保管员", "笪澴婷", "仓储部", "general", [
            ("储备化肥出入库不登记、账实不符", "★★", "出入库逐笔登记，每月盘点。"),
            ("私自外借、变卖库存农资", "★★★", "库房双人双锁，出库凭审批单。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在部门", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "经理（签字）：", None)
        sheets.append(sh)
    return _layout(
        "wubu_agri_supplies_cards", "https://qingdaonews.com/content/2010-12/16/content_8602502.htm",
        "县农资公司 岗位廉政风险防控卡, one sheet a holder (tabs 经理, 副经理, 采购员, 保管员), after the source's 市 化肥储备 "
        "through a 农资公司 (财政补贴, 组织货源, 订货会, 连锁网点): a title, ``姓　名 | … | 职　务 | …`` over ``所在部门 | … | "
        "持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars "
        "and ``持卡人（签字）： | 经理（签字）：``",
        sheets, t,
    )  # fmt: skip


def wubu_xinjiagou_coop_selfchecks() -> dict:
    unit = f"{PLACE}辛家沟镇供销社"
    t = _Truth(unit)
    people = [
        ("钭翀岚", "主任", "leader", [
            ("庄稼医院农药进货不比价、收受回扣", "高风险", "进货三家比价，进货单经镇供销社集体签批。", "已落实"),
            ("门面房出租收入不入账", "高风险", "租赁合同统一签订，租金直接转入社账户。", "未发现问题"),
            ("为农服务中心补助资金申报不实", "中风险", "申报材料经县供销合作社联合社审核。", "已落实"),
        ]),
        ("虢泠玥", "会计", "general", [
            ("农资销售款坐支、挪用", "中风险", "销售款当日入账，每周对账。", "未发现问题"),
            ("票据保管不善、空白票据外借", "低风险", "票据专人保管，领用登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任审核：", None, None)
        sheets.append(sh)
    return _layout(
        "wubu_xinjiagou_coop_selfchecks",
        "https://ln.cri.cn/20180730/f81f7b95-f428-49cb-11a0-4fc183f1c4b0.html",
        "镇供销社 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 省供销社 on 改造基层社 (庄稼"
        "医院, 农资, 村级综合服务社): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 主任审核：``",
        sheets, t,
    )  # fmt: skip


def wubu_guojiagou_coop_group_rows() -> dict:
    unit = f"{PLACE}郭家沟镇供销社"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、社领导", "社领导", [
            ("主任", "嵇澶杉", "leader", [
                ("闲置资产盘活", "闲置资产低价出租给关系人", "制度机制风险", "一级风险", "资产出租公开招租，合同报县联合社备案。"),
                ("农资超市经营决策", "经营事项不经社务会研究", "岗位职责风险", "二级风险", "重大经营事项社务会集体研究。"),
            ]),
        ]),
        ("二、农资经营组", "农资经营组", [
            ("组长", "璩汭琪", "middle", [
                ("农资进货", "进货时收受厂家好处，以次充好", "外部环境风险", "一级风险", "进货比价，每批查验合格证明。"),
            ]),
            ("营业员", "逯檀萦", "general", [
                ("农资销售", "销售时缺斤短两、售价不按标价", "思想道德风险", "三级风险", "明码标价，群众监督电话公开。"),
            ]),
        ]),
        ("三、财务组", "财务组", [
            ("会计", "衡瀞岱", "general", [
                ("专业合作社入股资金管理", "入股资金账目不清，挪作他用", "业务流程风险", "二级风险", "入股资金专账核算，年终公开。"),
                ("费用报销", "报销凭证审核不严", "制度机制风险", "三级风险", "报销经办、审核、审批三签。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "wubu_guojiagou_coop_group_rows", "http://chinafarmernet.com/index.php?c=show&id=33581",
        "镇供销社 廉政风险防控责任清单, after the source's 区 rebuilding 镇街供销社 (闲置资产划拨, 农资超市, 专业合作社): a title, "
        "序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、社领导``, ``二、农资经营组``, ``三、财务组`` merged across (no 组 column); 岗位 and 责任人 merged per person; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wubu_zhangjiashan_coop_every_row() -> dict:
    unit = f"{PLACE}张家山镇供销社"
    sh = _Sheet("一览表", [6, 10, 9, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "栾沂翯", "leader", "制度机制", "农资储备点建设项目不经社务会研究", "Ⅰ", "项目建设社务会研究，报县联合社审批。"),
        ("主任", "栾沂翯", "leader", "外部环境", "接受农资经销商礼品礼金", "Ⅲ", "签订廉洁承诺书，拒收登记。"),
        ("营业员", "蔺沚蘅", "general", "岗位职责", "春耕旺季囤积农资、加价销售", "Ⅰ", "销售价格每日公示，镇纪委抽查。"),
        ("营业员", "蔺沚蘅", "general", "业务流程", "销售台账记录不全、私收现金", "Ⅱ", "销售一律扫码收款，台账日清。"),
        ("会计", "晁溆棻", "general", "岗位职责", "货款结算不及时，为供应商提前付款", "Ⅱ", "货款按合同约定结算，主任审批。"),
        ("会计", "晁溆棻", "general", "制度机制", "库存农资盘点走过场", "Ⅲ", "每季度会同县联合社盘点。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        "wubu_zhangjiashan_coop_every_row",
        "https://yaliqi.com/new/33be7acca4e1fc203c2e06f42c24d140",
        "镇供销社 岗位廉政风险防控一览表, after the source's 区供销社 in 春耕 (农资储备点, 货源, 销售网点): ``附件2``, a title, a "
        "merged ``填报单位（盖章）：…`` line, then 序号/岗位/姓名 written out on EVERY row (nothing merged)/风险类型 BEFORE the point "
        "(short names)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the numerals and a 填表人/审核人/date "
        "line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wubu_grain_company_three_part_cells(),
    wubu_grain_bureau_two_sheets(),
    wubu_supply_coop_union_list(),
    wubu_grain_depot_posts(),
    wubu_agri_supplies_cards(),
    wubu_xinjiagou_coop_selfchecks(),
    wubu_guojiagou_coop_group_rows(),
    wubu_zhangjiashan_coop_every_row(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch435-inbox"))

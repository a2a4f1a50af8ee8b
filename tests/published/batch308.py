"""The three-hundred-and-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's
state-owned companies and 事业单位, 罗江区 (a district of 德阳, its staff Han) — its
国有资本投资运营集团有限公司, 城市建设投资有限公司, 国有资产经营管理有限公司, 自来水有限责任公司 and
文化旅游发展有限公司, its 公共资源交易服务中心, 机关事务服务中心 and 融媒体中心 — each handing back the
一览表, 防控卡, 自查表, 清单, 排查表 or 防控表 its staff typed in WPS or Excel:

- the 城市建设投资有限公司's 一览表 under GROUP ROWS ``一、公司领导`` … ``四、财务部`` merged across (no
  部门 column): ``岗位 | 姓名`` merged per person, ``…风险`` types, ``高风险/中风险/低风险``, a
  ``制表： | 审核： | 2025年6月`` line;
- the 国有资产经营管理有限公司's 责任清单 under ``附件2``: ``部门`` merged, ``岗位`` and ``责任人`` merged
  per person, ``职责事项`` before the ``廉洁风险点``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, the measures, an
  ``编制： | 审核： | 2025年6月`` line;
- the 公共资源交易服务中心's 廉政风险防控卡, one sheet a holder (tabs 主任, 副主任, 交易服务股股长):
  ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 分管工作 | …`` above ``序号 | 风险点 | 风险等级 |
  防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人签字： | … | 监督电话：…``;
- the 机关事务服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``主要表现``, ``…风险`` types, ``一级/二级/三级``; no names; a 制表/审核/date line;
- the 自来水有限责任公司's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line,
  ``部门 | 岗位 | 责任人`` written on EVERY row (no merges), short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a
  ``注：`` line;
- the 文化旅游发展有限公司's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person),
  ``一级风险/二级风险/三级风险``, no type column;
- the 融媒体中心's 自查表, one sheet a person (tabs named by the person): a merged ``单位：…　自查时间：…``
  line, ``姓　名 | … | 所在部门 | … | 职　务 | …`` in ONE row of three pairs, then ``序号 | 风险点 |
  风险等级 | 防控措施 | 自查情况``, 高/中/低, no type column, ``本人签字： | … | 部门负责人签字：``.

One is harder:

- ``luojiang_capital_group_status_marks``: the 国有资本投资运营集团有限公司's ``2025年度岗位廉洁风险点
  动态调整清单``, an ordinary 清单 in every other way (``部门`` merged, ``岗位`` and ``责任人`` merged per
  person, ``廉洁风险点 | 风险类别 | 风险等级 | 防控措施``, short types, ``一级/二级/三级``), whose POINT
  CELLS CARRY THIS YEAR'S STATUS OF THE POINT AS A SUFFIX IN FULL-WIDTH BRACKETS: ``…（新增）`` for a
  point found this year, ``…（修订）`` for a point carried over with its wording revised, and NO
  suffix for a point carried over unchanged (of 14 points 6 end ``（新增）``, 4 ``（修订）``, 4 have no
  suffix; one point keeps a bracket of its own in the middle, ``对外担保（含为参股企业担保）不经董事会
  审议（新增）``). Two merged ``注：`` lines below say what the marks mean and that the points dropped
  this year are no longer listed. The README's 读得懂的表 knows what a bracket at the END of a point
  cell says when it is a LEVEL (``违规审批（高）``, ``【一级】…``), a TYPE (``…（制度机制）``) or a HOLDER
  (``…（鄢璟琤）``, batch 297–300), and it knows the revisions of a list written in COLUMNS of their
  own (``原风险点 | 调整后风险点``, a ``修订情况`` column saying ``删除``, ``调整后等级``), struck-through
  rows and ``是否存在`` answers; it does not describe a STATUS WORD (``新增``/``修订``) in brackets at
  the end of the point itself, which is none of level, type or holder and is no part of the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省 opinion on 国有企业廉洁风险防控
with its five 配套制度 — 风险点 排查, 风险等级 评定, 动态管理, 窝案串案, 商业贿赂, 领导人员廉洁从业; a
市纪委监委 on 国有平台公司 whose managers paid “资金掮客” high 财务顾问费 and 中介费 for 融资 — 融资发债,
虚构交易环节, 内外勾结; a 市国资委's rules on 国有企业物业出租 — 出租方案, 评估, 公开招租, 租金, 台账,
转租, 减免租金; a 省 公共资源交易 reform — 进场交易, “四个一律”, 黑名单, 网上监察系统, 中介服务机构,
评标; a 区机关事务中心's 检查, with the 区纪委监委, of 办公用房 — 实地测量, 超标, 违规占用多处, 未经批准租借用,
分配台账; a
供水公司's 稽查队 — 偷盗水, 私接管道, 私开消防栓, 改装计费水表, 逐户清查; a 德阳 景区 built by a 旅游
开发公司 that occupied 农用地 and left 工程款 and 融资款 unpaid — 规划, 投资, 闭园; a 县融媒体中心's
巡察整改 — 意识形态, 选人用人, 制度, 问题清单, 责任领导, 销号) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
Han surnames with rare given names, three characters each); every unit is a body of 罗江区.

Run ``python tests/published/score.py --set batch308`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the ``廉洁风险点`` cell's text WITHOUT a trailing ``（新增）`` or
  ``（修订）`` (a bracket in the middle of the text stays); a new or revised point is a point like any
  other, of the row's 部门, 岗位 and 责任人, with the row's type and level; the marks add nothing else
  (no level, no type); the ``注：`` lines are no points;
- ``集团领导``, ``公司领导``, ``中心领导`` (a 部门/股室 cell, a group row, a card's 所在股室) and
  ``领导班子`` (the 文旅 company's sheet, its title) are the 科室 of those leaders; a company's 部, 所
  and 队, a 中心's 股 and 部 and the 综合办公室 are 科室; a group row ``二、融资管理部`` gives the 科室
  ``融资管理部`` (its number left off); the 交易中心's card for the tab ``交易服务股股长`` names the post
  ``股长`` (its ``职　务``) and the 科室 ``交易服务股`` (its ``所在股室``);
- every company and 中心 here is a unit of its own: 董事长, 总经理, 副总经理, a 中心's 主任 and 副主任 are
  leaders; 部长, 经理, 所长, 队长, 股长 and the 综合办公室主任 middle; the rest (投资专员, 融资专员,
  造价员, 出纳, 会计, 资产管理员, 收费员, 抄表员, 稽查员, 维修工, 驾驶员, 调度员, 维修管理员, 售票员,
  工程管理员, 记者, 编辑) general;
- ``风险点 | 主要表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 机关事务服务中心's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by
  the 自来水公司's note), ``一级风险/二级风险/三级风险`` and ``高/中/低`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b308_"
PLACE = "罗江区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

MARKS = ("新增", "修订")
MARK_NOTES = (
    "注：1.风险点后标注“（新增）”的为本年度新增风险点，标注“（修订）”的为对上年风险点表述作了修订，"
    "未标注的为沿用上年的风险点；2.上年清单中经评估已不存在的风险点，本年度不再列入。",
    "3.风险等级分为一级、二级、三级，一级为最高。",
)
STATUS_HEAD = ("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险类别", "风险等级", "防控措施")

# (部门, 岗位, 责任人, tier, [(风险点, mark or None, 类别, 等级, 防控措施)])
CAPITAL = [
    ("集团领导", "董事长", "禤珝岚", "leader", [
        ("“三重一大”事项会前不充分酝酿，决策由个人拍板", None, "制度机制", "一级",
         "“三重一大”事项党委会前置研究，会议纪要存档备查。"),
        ("对外担保（含为参股企业担保）不经董事会审议", "新增", "制度机制", "一级",
         "对外担保一律经董事会审议并报区国资办备案。"),
        ("为亲属或特定关系人承揽子公司业务打招呼", "修订", "思想道德", "二级",
         "插手干预重大事项如实记录，按季度报告。"),
    ]),
    ("集团领导", "总经理", "酆沅澍", "leader", [
        ("融资中介机构选定不经比选，支付高额财务顾问费", "新增", "业务流程", "一级",
         "融资中介服务公开比选，费用标准集体研究。"),
        ("子公司负责人经营业绩考核打分不公", None, "岗位职责", "二级", "考核指标年初公布，结果公示。"),
    ]),
    ("投资发展部", "部长", "璩瑧岷", "middle", [
        ("投资项目尽职调查走过场，可研报告结论迁就投资意向", "修订", "业务流程", "一级",
         "尽职调查聘请第三方，可研报告经专家论证。"),
        ("向合作方泄露投资底价和谈判方案", "新增", "外部环境", "一级", "谈判方案定密管理，参与人员签订保密承诺。"),
    ]),
    ("投资发展部", "投资专员", "濮燊禾", "general", [
        ("股权投资后续跟踪不到位，被投企业经营异常不报告", "新增", "岗位职责", "二级",
         "投后管理按季度形成报告，异常情况即时上报。"),
    ]),
    ("资产运营部", "部长", "郗湉岫", "middle", [
        ("经营性资产出租不公开招租，低价租给关系人", None, "外部环境", "一级", "资产出租进入公共资源交易平台公开招租。"),
        ("闲置资产盘活处置不评估即协议转让", "修订", "制度机制", "二级", "资产处置先评估后进场，结果公示。"),
    ]),
    ("资产运营部", "资产管理员", "甯琇骞", "general", [
        ("资产台账登记不全，账外资产长期无人管理", "新增", "岗位职责", "三级", "资产台账每半年清查核对，账实相符。"),
    ]),
    ("财务部", "出纳", "钭霡澄", "general", [
        ("银行U盾和支付密码一人保管，违规支付资金", None, "岗位职责", "一级", "U盾和密码分人保管，支付双人复核。"),
        ("融资资金到账后不按用途划转，挪作他用", "新增", "业务流程", "二级", "融资资金专户管理，按合同用途支付。"),
    ]),
    ("综合办公室", "主任", "嵇沨玥", "middle", [
        ("公务接待和办公用品采购虚开发票", "修订", "思想道德", "三级", "接待事前审批，采购三家比价，清单存档。"),
    ]),
]  # fmt: skip


def marked(point: str, mark: str | None) -> str:
    """A point cell of the harder file: the point, then this year's status in brackets, if any."""
    return point if mark is None else f"{point}（{mark}）"


def luojiang_capital_group_status_marks() -> dict:
    unit = f"{PLACE}国有资本投资运营集团有限公司"
    ncols = len(STATUS_HEAD)
    sh = _Sheet("动态调整清单", [6, 12, 10, 9, 42, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}2025年度岗位廉洁风险点动态调整清单", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", ncols)
    sh.add(*STATUS_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CAPITAL:
        for point, mark, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, marked(point, mark), typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    for note in MARK_NOTES:
        _line(sh, note, ncols)
    sh.add("编制：", None, None, "审核：", None, "党委书记（签字）：", None, None)
    return _layout(
        "luojiang_capital_group_status_marks", "https://desk33.com/d-500182.html",
        "(harder) 区国有资本投资运营集团有限公司 2025年度岗位廉洁风险点动态调整清单, after the source's 省 opinion on 国有企业廉洁"
        "风险防控 (风险点 排查, 风险等级, 动态管理, 五个配套制度): a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` "
        "line, then 序号/部门 merged/岗位 and 责任人 merged per person/廉洁风险点/风险类别 (short names)/风险等级 ``一级/二级/"
        "三级``/防控措施, the POINT CELLS ENDING WITH THIS YEAR'S STATUS IN BRACKETS, ``（新增）`` or ``（修订）``, or with none "
        "for a point carried over; two merged ``注：`` lines saying what the marks mean, and an 编制/审核/党委书记（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luojiang_urban_investment_groups() -> dict:
    unit = f"{PLACE}城市建设投资有限公司"
    sh = _Sheet("一览表", [6, 10, 9, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("董事长", "佘骎岚", "leader", [
                ("融资方案不经董事会集体研究，个人决定融资渠道和成本", "制度机制风险", "高风险",
                 "融资方案经党支部前置研究、董事会决策，报区国资办备案。"),
                ("授意下属向“资金掮客”支付中介费", "思想道德风险", "高风险", "融资费用据实列支，严禁支付无合同依据的中介费。"),
            ]),
            ("总经理", "亓旸澜", "leader", [
                ("代建项目招标中为关系企业打招呼", "外部环境风险", "中风险", "招标全流程进场交易，打招呼事项登记报告。"),
            ]),
        ]),
        ("二、融资管理部", "融资管理部", [
            ("部长", "阙珩湄", "middle", [
                ("虚构交易环节串通作假，抬高融资成本", "业务流程风险", "高风险", "融资成本与同期市场利率比对，异常报告。"),
                ("与金融机构人员私下往来，收受好处", "外部环境风险", "中风险", "与金融机构洽谈两人以上，洽谈记录存档。"),
            ]),
            ("融资专员", "虢湛骁", "general", [
                ("发债申报材料数据不实", "岗位职责风险", "中风险", "申报材料经财务部、法律顾问复核。"),
            ]),
        ]),
        ("三、工程管理部", "工程管理部", [
            ("经理", "郦晞潆", "middle", [
                ("设计变更、现场签证把关不严，虚增工程量", "业务流程风险", "高风险", "变更签证经监理、跟踪审计、公司三方会签。"),
            ]),
            ("造价员", "笪屺瑶", "general", [
                ("工程结算审核收受施工单位好处，高估冒算", "思想道德风险", "中风险", "结算送区审计局或第三方复审。"),
                ("工程量计量不到现场核实", "岗位职责风险", "低风险", "计量附现场照片，双人签字。"),
            ]),
        ]),
        ("四、财务部", "财务部", [
            ("出纳", "冼浥岑", "general", [
                ("融资资金划转不按审批单办理", "制度机制风险", "中风险", "资金划转凭审批单办理，银行回单每日核对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "luojiang_urban_investment_groups", "http://m.zydflz.com/h-nd-843.html",
        "区城市建设投资有限公司 岗位廉洁风险防控一览表, after the source's 国有平台公司 whose managers paid “资金掮客” high 财务顾问费 "
        "and 中介费 for 融资 (融资发债, 虚构交易环节, 内外勾结): a title, then 序号/岗位/姓名 (merged per person)/廉洁风险点/风险类型 "
        "``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS ``一、公司领导``, ``二、融资管理部``, "
        "``三、工程管理部``, ``四、财务部`` merged across (no 部门 column); a ``制表： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def luojiang_asset_company_duties() -> dict:
    unit = f"{PLACE}国有资产经营管理有限公司"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉洁风险防控责任清单", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "责任人",
        "职责事项",
        "廉洁风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("公司领导", "总经理", "庹鋆澈", "leader", [
            ("物业出租决策", "物业出租方案不经集体研究，擅自减免租金", "制度机制", "Ⅰ级", "减免租金经总经理办公会研究并报国资办审批。"),
            ("选人用人", "招聘物业服务人员优亲厚友", "思想道德", "Ⅱ级", "招聘公开发布，笔试面试全程记录。"),
        ]),
        ("资产管理部", "部长", "隗翀漪", "middle", [
            ("出租方案编制", "不经评估即确定租金底价", "业务流程", "Ⅰ级", "租金底价委托评估机构评估。"),
            ("招租组织", "应公开招租的物业私下协议出租", "外部环境", "Ⅰ级", "物业出租一律公开招租，结果公示。"),
        ]),
        ("资产管理部", "资产管理员", "逯淏芷", "general", [
            ("租赁台账", "物业出租台账不全，承租人违规转租不报告", "岗位职责", "Ⅱ级", "台账每月更新，每季度实地巡查。"),
        ]),
        ("物业服务部", "经理", "靳岍沅", "middle", [
            ("维修工程", "物业维修项目指定施工单位", "外部环境", "Ⅱ级", "维修项目三家比价，验收双人签字。"),
        ]),
        ("物业服务部", "收费员", "菅旻湉", "general", [
            ("租金收缴", "收取租金不入账或延迟入账", "岗位职责", "Ⅰ级", "租金统一缴入公司账户，票据连号使用。"),
            ("欠租催收", "为承租人隐瞒欠租，不催收", "业务流程", "Ⅲ级", "欠租情况每月通报，逾期发函催收。"),
        ]),
        ("财务部", "会计", "檀琀渺", "general", [
            ("收入核算", "租金收入核算不实，设立账外账", "制度机制", "Ⅱ级", "租金收入与租赁台账每月核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年6月", None, None)
    return _layout(
        "luojiang_asset_company_duties", "https://sthys.net/news/8888078381073581",
        "区国有资产经营管理有限公司 廉洁风险防控责任清单, after the source's 市国资委 rules on 国有企业物业出租 (出租方案, 评估, "
        "公开招租, 租金, 台账, 转租, 减免租金): ``附件2``, a title, 序号/部门 merged (公司领导, 资产管理部, 物业服务部, 财务部)/"
        "岗位 and 责任人 merged per person/``职责事项``/廉洁风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "an ``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def luojiang_trading_center_cards() -> dict:
    unit = f"{PLACE}公共资源交易服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "乜洺皓", "中心领导", "leader", "主持全面工作，分管财务和综合股", [
            ("对应进场交易的项目场外交易不制止、不报告", "★★★", "应进必进，场外交易线索一律移交监管部门。"),
            ("干预评标专家抽取和评标活动", "★★★", "评标专家系统随机抽取，全程录音录像。"),
            ("中心经费支出不经集体研究", "★★", "大额支出中心会议研究，会议纪要存档。"),
        ]),
        ("副主任", "邗玥霆", "中心领导", "leader", "分管交易服务股和信息股", [
            ("向投标人泄露潜在投标人名称和数量", "★★★", "投标报名网上进行，信息系统权限分级。"),
            ("对中介服务机构违规行为不记录、不上报", "★★", "中介机构不良行为按季度通报，纳入黑名单管理。"),
        ]),
        ("交易服务股股长", "蒯濯岑", "交易服务股", "middle", "负责交易项目受理、场地安排和开评标见证", [
            ("交易项目受理中对资料不全的项目违规受理", "★★", "受理清单公开，一次性告知。"),
            ("开评标见证不到位，对现场违规行为不记录", "★★★", "见证记录与视频同步存档。"),
            ("接受代理机构宴请和礼品", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, work, points in cards:
        post = "股长" if tab.endswith("股长") else tab
        sh = _Sheet(tab, [6, 36, 12, 9, 34])
        _line(sh, f"{unit}廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("所在股室", dept, "分管工作", work, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险等级", "防控措施", None)
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：0838-3212388", None, None)
        sheets.append(sh)
    return _layout(
        "luojiang_trading_center_cards",
        "https://www.spprec.com/sczwweb/zwfwnew/027001/027001004/20200821/4258b329-fbfe-4196-bb50-f01458650055.html",
        "区公共资源交易服务中心 廉政风险防控卡, one sheet a holder (tabs 主任, 副主任, 交易服务股股长), after the source's 省 公共资源"
        "交易 reform (进场交易, “四个一律”, 黑名单, 网上监察系统, 中介服务机构, 评标): a title, ``姓　名 | … | 职　务 | …`` and "
        "``所在股室 | … | 分管工作 | …`` (分管工作 merged across D–E) in two rows of pairs, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def luojiang_affairs_center_posts() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("排查表", [6, 14, 11, 18, 36, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合办公室", "主任", "middle", [
            ("经费报销", "以会议、培训名义虚列支出", "制度机制风险", "二级", "报销凭证附通知、签到表，逐项审核。"),
        ]),
        ("房产管理股", "股长", "middle", [
            ("办公用房调配", "为单位超标准调配办公用房", "岗位职责风险", "一级", "调配方案按标准核定，经中心会议研究并公示。"),
            ("闲置用房处置", "闲置办公用房私下出租，收益不入账", "外部环境风险", "一级", "闲置用房统一公开出租，收益缴入财政。"),
        ]),
        ("房产管理股", "维修管理员", "general", [
            ("维修项目验收", "维修工程验收不到现场，虚报工程量", "业务流程风险", "二级", "验收附影像资料，使用单位共同签字。"),
        ]),
        ("公务用车服务股", "股长", "middle", [
            ("车辆维修保养", "不在定点厂维修，虚报维修费用", "业务流程风险", "一级", "定点维修，维修单经股长和使用单位签字。"),
            ("长租车管理", "违规长期借用、租用车辆给下属单位", "制度机制风险", "二级", "车辆调度全部通过平台派单，每月通报。"),
        ]),
        ("公务用车服务股", "驾驶员", "general", [
            ("节假日用车", "节假日私驾公车，不按规定停放", "思想道德风险", "二级", "节假日定点封存，轨迹监控抽查。"),
            ("加油管理", "油卡给私车加油", "思想道德风险", "三级", "一车一卡，油耗每月统计分析。"),
        ]),
        ("公务用车服务股", "调度员", "general", [
            ("派车调度", "不按申请派车，优亲厚友", "岗位职责风险", "三级", "派车记录系统留痕，每月公布。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2)
    sh.add("制表：综合办公室", None, None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "luojiang_affairs_center_posts",
        "http://www.hubin.gov.cn/25113/617128128/2028970.html",
        "区机关事务服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 区机关事务中心 and 区纪委监委 检查 of 办公用房 (实地测量, "
        "超标, 违规占用多处, 未经批准租借用, 分配台账; the 中心's 公务用车 beside it): a title, then 序号/股室 merged/岗位 merged per post/a short 风险点/a long 主要表现/风险类型 "
        "``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; a ``制表：综合办公室 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def luojiang_water_company_every_row() -> dict:
    unit = f"{PLACE}自来水有限责任公司"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "贲瀞岚", "leader", "管网改造工程发包不按规定程序", "制度机制", "Ⅰ",
         "工程发包经总经理办公会研究，公开招标。"),
        ("公司领导", "副总经理", "厍沄翊", "leader", "对偷盗水查处说情，降低补缴水费", "思想道德", "Ⅰ",
         "查处结果集体审定，补缴标准公开。"),
        ("营业所", "所长", "扈淼钰", "middle", "用户报装审批吃拿卡要，故意拖延", "岗位职责", "Ⅱ", "报装条件和时限公开，网上办理。"),
        ("营业所", "抄表员", "戢湲昀", "general", "估抄、漏抄，为熟人少计水量", "业务流程", "Ⅱ", "抄表照片上传系统，营业所按月抽查。"),
        ("供水稽查队", "队长", "羿渟沐", "middle", "对私接管道、私开消防栓的行为不立案", "岗位职责", "Ⅰ",
         "稽查线索登记编号，办理情况每月通报。"),
        ("供水稽查队", "稽查员", "昝岱汐", "general", "发现改装计费水表收受好处不报告", "外部环境", "Ⅰ",
         "稽查两人以上，现场取证拍照存档。"),
        ("供水稽查队", "稽查员", "昝岱汐", "general", "逐户清查时漏登用水户信息", "业务流程", "Ⅲ", "清查登记表当场由用户签字确认。"),
        ("管网所", "维修工", "仉澴宁", "general", "维修材料虚报用量，私自为用户接水", "外部环境", "Ⅱ", "材料领用登记，接水一律经营业所受理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "luojiang_water_company_every_row",
        "http://www.ybqysw.com/index.php?m=content&c=index&a=show&catid=23&id=3716",
        "区自来水有限责任公司 岗位廉洁风险防控一览表, after the source's 供水公司 稽查队 (偷盗水, 私接管道, 私开消防栓, 改装计费水表, "
        "逐户清查): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/部门/岗位/责任人 written "
        "on EVERY row (no merges; 公司领导, 营业所, 供水稽查队, 管网所)/风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/"
        "防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


def luojiang_tourism_two_sheets() -> dict:
    unit = f"{PLACE}文化旅游发展有限公司"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 9, 20, 36, 10, 32])
    _line(lead, f"{unit}领导班子廉洁风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郜渼珂", "董事长", "主持全面工作，分管项目投资", [
            ("景区开发项目用地不履行报批程序，擅自占用农用地", "一级风险", "项目用地先报批后建设，法律顾问审核。"),
            ("项目投资规模随意追加，不经论证和集体研究", "一级风险", "追加投资经董事会研究并报区国资办。"),
        ]),
        ("巫翛然", "总经理", "负责日常经营，分管财务", [
            ("融资款使用不按合同约定，挪作他用", "二级风险", "融资资金专户管理，支付凭合同和审批单。"),
            ("工程款支付厚此薄彼，拖欠中小施工单位款项", "二级风险", "工程款按进度和合同支付，每月公示支付情况。"),
        ]),
        ("糜淙澜", "副总经理", "分管景区运营和营销", [
            ("景区经营项目发包给关系人", "一级风险", "经营项目公开招商，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    dept = _Sheet("部门", [6, 12, 11, 9, 36, 10, 32])
    _line(dept, f"{unit}部门岗位廉洁风险防控表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("项目建设部", "部长", "邴昭洄", "middle", [
            ("景区改造工程设计变更频繁，变更不经审核", "一级风险", "设计变更经监理、跟踪审计和公司三方会签。"),
        ]),
        ("项目建设部", "工程管理员", "弓祎沄", "general", [
            ("隐蔽工程验收不到场即签字", "二级风险", "隐蔽工程验收影像资料上传，双人签字。"),
            ("接受施工单位宴请、礼品", "三级风险", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("景区运营部", "经理", "伏琰溥", "middle", [
            ("门票优惠、免票审批把关不严", "二级风险", "优惠免票政策公示，审批单逐张存档。"),
        ]),
        ("景区运营部", "售票员", "桓晔澍", "general", [
            ("收取现金不出票，截留门票款", "一级风险", "门票全部电子出票，票款日清日结。"),
        ]),
        ("财务部", "会计", "宓岚昱", "general", [
            ("费用报销审核不严，虚列支出", "二级风险", "报销实行经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None)
    return _layout(
        "luojiang_tourism_two_sheets", "http://www.agustinmoreno.com/c/2024-04-28/8237527.shtml",
        "区文化旅游发展有限公司 廉洁风险防控表 in two sheets, after the source's 德阳 景区 built by a 旅游开发公司 that occupied 农用地 "
        "and left 工程款 and 融资款 unpaid (规划, 投资 追加, 闭园): ``领导班子`` (a title, 序号/姓名, 职务 and 分管工作 merged per "
        "leader/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/date line) and ``部门`` (a title, 序号/部门 "
        "merged (项目建设部, 景区运营部, 财务部)/岗位 and 姓名 merged per person/…; a 填表人/审核人/董事长（签字） line); no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def luojiang_media_center_selfchecks() -> dict:
    unit = f"{PLACE}融媒体中心"
    t = _Truth(unit)
    people = [
        ("鄂澍岚", "中心领导", "副主任", "leader", [
            ("分管的广告经营合同不经集体研究即签订", "高", "广告合同经中心会议研究，法律顾问审核。", "已落实"),
            ("选人用人中为身边人打招呼", "中", "干部选任严格执行程序，全程纪实。", "未发现问题"),
        ]),
        ("浦沂瑶", "广告经营部", "部长", "middle", [
            ("广告刊播价格随意打折，收取客户回扣", "高", "刊例价公开，折扣经分管领导审批。", "已整改"),
            ("广告款由个人代收，不及时入账", "中", "广告款一律对公转账，每月对账。", "已落实"),
        ]),
        ("暨漪澄", "新闻采编部", "记者", "general", [
            ("采访中收受被采访单位红包、礼品", "中", "签订新闻采编廉洁承诺书，拒收登记。", "未发现问题"),
            ("搞有偿新闻，以稿谋私", "高", "稿件三审三校，有偿新闻一经查实严肃处理。", "未发现问题"),
        ]),
        ("荀岷湉", "财务室", "会计", "general", [
            ("专项资金支出审核不严，虚列采购费用", "中", "采购凭合同、验收单、发票三单核对。", "已落实"),
            ("公用经费超范围列支", "低", "公用经费支出逐笔审核，每季度公示。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 9, 34, 12, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        _line(sh, f"单位：{unit}{GAP * 8}自查时间：2025年6月", 6)
        sh.add(f"姓{GAP}名", who, "所在部门", dept, f"职{GAP}务", post)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况", None)
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found, None)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签字：", None, "部门负责人签字：", None, None, None)
        sheets.append(sh)
    return _layout(
        "luojiang_media_center_selfchecks", "http://www.yuanhaizheng.cn/xzygdw/xgbdst/zwgk/content/post_5333031.html",
        "区融媒体中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县融媒体中心 巡察整改 "
        "(意识形态, 选人用人, 制度, 问题清单, 责任领导, 销号): a title, a merged ``单位：…　自查时间：2025年6月`` line, "
        "``姓　名 | … | 所在部门 | … | 职　务 | …`` in ONE row of three pairs, then 序号/风险点/风险等级 高/中/低/防控措施/"
        "``自查情况``; no type column; a blank row and ``本人签字： | 部门负责人签字：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luojiang_capital_group_status_marks(),
    luojiang_urban_investment_groups(),
    luojiang_asset_company_duties(),
    luojiang_trading_center_cards(),
    luojiang_affairs_center_posts(),
    luojiang_water_company_every_row(),
    luojiang_tourism_two_sheets(),
    luojiang_media_center_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch308-inbox"))

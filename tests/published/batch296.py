"""The two-hundred-and-ninety-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's state-owned
companies and 事业单位, 巴州区 (the city district of 巴中, its staff Han) — its 城市建设投资集团有限公司,
交通建设投资有限公司, 文化旅游发展集团有限公司, 国有粮油购销有限公司, 公共交通有限公司, 供排水有限公司
and 国有资产运营有限公司, and its 城乡供水服务中心 (a 事业单位) — each handing back the 一览表, 防控卡,
自查表, 排查表, 清单 or 防控表 its staff typed in WPS or Excel:

- the 城市建设投资集团's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门``
  merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/董事长（签字） line;
- the 文化旅游发展集团's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``高风险/中风险/低风险``;
- the 国有粮油购销有限公司's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 |
  …`` and ``所在部门 | … | 填表时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``本人签名： | … | 公司意见：``;
- the 公共交通有限公司's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``,
  a merged ``所在部门 | …`` and a merged ``主要职责 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人签字： | … | 监督电话：…``;
- the 供排水有限公司's 排查表 对岗不对人: ``部门`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``一级风险/二级风险/三级风险``, no names, an
  编制/审核/date line;
- the 国有资产运营有限公司's 防控表 under GROUP ROWS ``一、公司领导`` … ``四、财务部`` merged across (no
  部门 column): ``岗位 | 姓名 | 主要职责`` merged per person, bare ``Ⅰ/Ⅱ/Ⅲ``, no type column;
- the 城乡供水服务中心's 责任清单 written on EVERY row (no merges): ``股室 | 岗位 | 责任人 | 职责事项 |
  廉政风险点 | 风险类别 | 风险等级 | 防控措施``, short types, 高/中/低.

One is harder:

- ``bazhou_transport_investment_countermeasures``: the 交通建设投资有限公司's 防控表, an ordinary list
  (``序号 | 部门 | 岗位 | 姓名 | 廉洁风险点 | 风险等级 | 防控措施``, 部门 merged, 岗位 and 姓名 merged per
  person, ``一级/二级/三级``) whose ``廉洁风险点`` cells were PASTED FROM LAST YEAR'S 「风险点及对策」 list:
  most of them hold the point, a full stop and then, ON THE SAME LINE, the measure after the label
  ``对策：`` — ``设计变更审核不严，虚增工程量。对策：设计变更经监理、跟踪审计、公司三方会签…`` — while the
  ``防控措施`` cell of the same row says that measure again, word for word. The points added this year
  were typed fresh and hold the point only (three of the twelve rows). So the point is the text
  BEFORE ``。对策：``; the rest of the cell is no part of it (it is the row's measure, already in its
  own column). The README's 读得懂的表 knows ``风险点：…⏎防控措施：…`` written in one cell (both labelled,
  on two lines) — and says explicitly that such a cell is NOT split when the measures column holds
  something of its own —, ``风险点1：…⏎防控措施1：…⏎风险点2：…`` in one cell, ``风险点——表现形式`` split at
  the dash, ``风险点及等级`` with the level in brackets and a type after the point in brackets, and a
  point run on into the next row after a trailing comma; it does not describe a point cell whose
  text carries an UNLABELLED point and, on the same line after ``对策：``, a copy of the row's own
  measures, where the cell must be cut at ``对策：`` although the measures column is filled.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县交通运输局 纪委 checking the
``七公开`` of ``社社通`` 水泥路 — 建设计划, 补助政策, 招投标, 施工管理, 质量监管, 资金使用, 工程验收, 施工场地
公示牌; a 区城投集团's ``清廉工地`` — 人员到岗, 安全生产, 施工监理流程, 项目主管, 开工必开廉政课; a
市纪委's checks of 文旅场所 — 客流, 安全, 项目资金拨付, 票务公司, 文化惠民卡, 项目劳务费, 招投标, 合同
签订; the 基层粮站站长 and a 县国粮公司 窝案 — 虚报粮食数量, 稻谷轮换, 油库保管员 监守自盗, 账本; an
审计局 at a 市公交集团 — 公交车 资产 使用, 保管, 报废, 账实相符, 停放场地; a 市纪委 at a 农村集中供水厂
— 出厂水卫生检疫, 供水主管道, 老旧管网, 消毒设施, 日常管护, 水质监测, 水源保护, 吃拿卡要; a guide to
国有企业资产出租 — 权属, 清产核资, 资产台账, 评估, 决策审批, 公开招租, 租金; a 市纪委 on 农村供水 — 管网
改造, 项目资金, 蓄水池, 加压泵站, 应急送水, 三级管护, 城乡供水一体化) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 巴州区.

Run ``python tests/published/score.py --set batch296`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``廉洁风险点`` cell holding ``。对策：`` is cut there: the point is the text before
  ``。对策：`` (without the full stop), the text after it is the row's measure (the same as its
  ``防控措施`` cell) and no point; a cell without ``对策：`` is a point as it stands (the whole cell);
  every other column reads as in an ordinary list;
- ``公司领导`` (a 部门 cell, a group row, a card's or a self-check's 所在部门) and the sheet ``领导班子``
  (its tab and its title ``…领导班子成员廉洁风险防控表``) are the 科室 of those leaders; a company's 部,
  中心, 车队 and 厂 and its 粮库 (``城北粮库``, a 库点, as the README takes 库点) are 科室; a 中心's 股 and
  its ``中心领导`` are 科室; a group row ``二、资产管理部`` gives the 科室 ``资产管理部`` (its number left
  off);
- every company and the 中心 here is a unit of its own: 董事长, 总经理, 副总经理 and a 中心's 主任 and
  副主任 are leaders; 部长, 经理, 主任 of a 粮库, 厂长 of a 厂, 车队长 and 股长 middle; the rest
  (现场管理员, 项目主管, 出纳, 会计, 票务员, 保管员, 调度员, 水质化验员, 抄表员, 管网维修工, 资产管理员,
  技术员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``主要职责``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 供排水有限公司's list names no person: its forms are
  posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``,
  ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` are 1/2/3.

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

PREFIX = "b296_"
PLACE = "巴州区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
COUNTER = "。对策："


# --------------------------------------------------------------------------- harder layout

# (部门, 岗位, 姓名, tier, [(风险点, 等级, 防控措施, pasted with its 对策)])
COUNTER_POSTS = [
    ("公司领导", "董事长", "仉珽澍", "leader", [
        ("农村公路年度建设计划不经集体研究，向关系乡镇倾斜", "一级",
         "年度建设计划经董事会集体研究，建设计划和补助政策对外公开。", True),
        ("插手干预“社社通”水泥路项目招投标", "一级",
         "项目一律进场交易，领导干部插手干预事项如实登记报告。", True),
    ]),
    ("公司领导", "副总经理", "鄂旸岍", "leader", [
        ("施工管理中默许施工单位转包、违法分包", "二级",
         "项目部管理人员到岗情况每周抽查，发现转包立即约谈并报告。", True),
        ("工程验收把关不严，未完工路段提前签字验收", "一级",
         "交工验收由建设、监理、质监三方现场核验，验收结果公示。", False),
    ]),
    ("工程建设部", "部长", "邰瑀淏", "middle", [
        ("设计变更审核不严，虚增工程量", "一级",
         "设计变更经监理、跟踪审计、公司三方会签，超合同价5%的报董事会研究。", True),
        ("质量监管走过场，路面厚度、强度抽检弄虚作假", "二级",
         "质量抽检委托第三方检测，检测结果在施工场地公示牌公开。", True),
    ]),
    ("工程建设部", "现场管理员", "逄柘湉", "general", [
        ("隐蔽工程不到场验收即签字", "二级", "隐蔽工程验收影像资料上传，验收单双人签字。", True),
        ("接受施工单位宴请、礼品礼金", "三级", "签订《廉洁从业承诺书》，节前开展廉洁提醒。", False),
    ]),
    ("计划合约部", "部长", "缑琤昶", "middle", [
        ("招标文件设置倾向性条件，排斥潜在投标人", "一级",
         "招标文件经法律顾问审核，在公共资源交易平台公开发布。", True),
        ("合同签订后擅自变更实质性条款", "二级", "合同变更经法务审核并报总经理办公会研究。", True),
    ]),
    ("财务部", "会计", "揭婠芃", "general", [
        ("工程款不按合同和计量支付，资金使用不公开", "二级",
         "工程款凭合同、计量单、审批单支付，资金使用情况按季度公开。", True),
        ("上级补助资金拨付台账登记不全", "三级", "补助资金专账核算，拨付台账逐笔登记、每月核对。", False),
    ]),
]  # fmt: skip


def bazhou_transport_investment_countermeasures() -> dict:
    unit = f"{PLACE}交通建设投资有限公司"
    sh = _Sheet("防控表", [6, 12, 11, 10, 58, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", 7)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in COUNTER_POSTS:
        for point, lv, measures, pasted in points:
            n += 1
            cell = f"{point}{COUNTER}{measures}" if pasted else point
            sh.add(n, dept, post, who, cell, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 7)
    sh.add("填表人：", None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "bazhou_transport_investment_countermeasures", "https://m.yybnet.net/luzhou/luxian/201710/6648381.html",
        "(harder) 区交通建设投资有限公司 岗位廉洁风险防控表, after the source's 县交通运输局 纪委 checking the ``七公开`` of "
        "``社社通`` 水泥路 (建设计划, 补助政策, 招投标, 施工管理, 质量监管, 资金使用, 工程验收, 施工场地公示牌): a title, a merged "
        "``填报单位（盖章）：…　填报时间：2025年6月`` line, 序号/部门 merged (公司领导, 工程建设部, 计划合约部, 财务部)/岗位 and 姓名 "
        "merged per person/``廉洁风险点``/风险等级 ``一级/二级/三级``/防控措施; most 廉洁风险点 cells PASTED from a 风险点及对策 "
        "list as ``风险点。对策：…`` on one line, the text after ``对策：`` the same as the row's 防控措施 cell; three cells typed "
        "fresh hold the point only; no type column; a merged ``注：`` line on the levels and a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def bazhou_urban_investment_list() -> dict:
    unit = f"{PLACE}城市建设投资集团有限公司"
    sh = _Sheet("一览表", [6, 12, 11, 10, 40, 10, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "昝棽翀", "leader", [
            ("城市更新项目投资决策不经“三重一大”集体研究", "制度机制", "高",
             "重大投资事项党委前置研究、董事会集体决策。"),
            ("为特定关系人承揽公司工程打招呼", "思想道德", "高", "插手干预事项一律登记报告。"),
        ]),
        ("公司领导", "总经理", "濮玓彧", "leader", [
            ("对项目施工、监理单位履约不到位不督促整改", "岗位职责", "中", "项目建设、施工、监理三方例会每月召开。"),
        ]),
        ("项目管理部", "部长", "笪杺骊", "middle", [
            ("对施工、监理人员不到岗不处理", "岗位职责", "中", "项目管理人员到岗情况每周抽查通报。"),
            ("工程进度款审核把关不严", "业务流程", "高", "进度款经现场计量、监理审核、部门复核后支付。"),
        ]),
        ("项目管理部", "项目主管", "竺珞钤", "general", [
            ("现场签证与实际不符，虚增工程量", "业务流程", "高", "签证附影像资料，双人到场签字。"),
            ("接受施工单位宴请、礼品", "外部环境", "低", "开工必开廉政课，签订廉洁承诺书。"),
        ]),
        ("安全质量部", "部长", "郈滢岷", "middle", [
            ("安全生产检查走过场，隐患整改不跟踪", "岗位职责", "中", "隐患整改清单限期销号，结果通报。"),
        ]),
        ("财务部", "出纳", "羿琬沣", "general", [
            ("不按审批单据支付资金，公款私存", "制度机制", "中", "网银制单、复核分离，每月银行对账。"),
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
    sh.add("填表人：", None, "审核人：", None, "董事长（签字）：", None, None, None)
    return _layout(
        "bazhou_urban_investment_list", "http://magazine.zjdj.com.cn/ffbdk/2021/2021nbfh/files/basic-html/page70.html",
        "区城市建设投资集团 岗位廉洁风险防控一览表, after the source's 区城投集团 ``清廉工地`` (人员到岗, 安全生产, 施工监理流程, "
        "项目主管, 开工必开廉政课): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年5月`` line, then 序号/部门 "
        "merged (公司领导, 项目管理部, 安全质量部, 财务部)/岗位 and 姓名 merged per person/廉洁风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


def bazhou_culture_tourism_two_sheets() -> dict:
    unit = f"{PLACE}文化旅游发展集团有限公司"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 9, 18, 36, 13, 9, 32])
    _line(lead, f"{unit}领导班子成员廉洁风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("亓焜璩", "董事长", "主持全面工作，分管财务、投资", [
            ("景区提升项目资金拨付不经集体研究", "制度机制风险", "高风险", "项目资金拨付董事会集体研究，纪委列席。"),
            ("文旅项目招投标中打招呼、递条子", "思想道德风险", "高风险", "招投标全部进入公共资源交易平台。"),
        ]),
        ("蒯泠晞", "副总经理", "分管景区运营、票务和安全", [
            ("票务系统门票核销数据不核对", "岗位职责风险", "中风险", "门票售出与核销数据每日比对。"),
            ("节假日客流和安全检查不到位，弄虚作假", "业务流程风险", "中风险", "客流数据实时上报，安全检查留痕。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), BANDS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    dept = _Sheet("部门", [6, 12, 10, 9, 36, 13, 9, 32])
    _line(dept, f"{unit}部门岗位廉洁风险防控表", 8)
    dept.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("景区运营部", "经理", "阚瑷岑", "middle", [
            ("演艺服务外包不比选，指定合作方", "制度机制风险", "高风险", "外包项目三家以上比选，结果公示。"),
            ("项目劳务费发放标准不一，虚报人数", "业务流程风险", "中风险", "劳务费按标准发放，名单公示。"),
        ]),
        ("票务中心", "票务员", "郗骞沅", "general", [
            ("收取现金不出票，截留票款", "岗位职责风险", "高风险", "票款日清日结，现金当日解缴。"),
            ("违规为亲友办理免票、优惠票", "思想道德风险", "低风险", "免票、优惠票凭证登记，每月抽查。"),
        ]),
        ("工程部", "部长", "庹槿翊", "middle", [
            ("游客中心改造合同签订不经法务审核", "制度机制风险", "中风险", "合同签订前法律顾问审核。"),
        ]),
        ("财务部", "会计", "隗淼棠", "general", [
            ("文化惠民卡补贴资金核算不实", "岗位职责风险", "中风险", "补贴资金专账核算，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "bazhou_culture_tourism_two_sheets", "http://www.template-city.com/2025-07/25/content_32360.html",
        "区文化旅游发展集团 廉洁风险防控表 in two sheets, after the source's 市纪委 checks of 文旅场所 (客流, 安全, 项目资金拨付, "
        "票务公司, 文化惠民卡, 项目劳务费, 招投标, 合同签订): ``领导班子`` (a title ``…领导班子成员廉洁风险防控表``, 序号/姓名, 职务 "
        "and 分管工作 merged per leader/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/date "
        "line) and ``部门`` (a title, 序号/部门 merged (景区运营部, 票务中心, 工程部, 财务部)/岗位 and 姓名 merged per person/…; a "
        "填表人/审核人/董事长（签字） line)",
        [lead, dept], t,
    )  # fmt: skip


def bazhou_grain_oil_selfchecks() -> dict:
    unit = f"{PLACE}国有粮油购销有限公司"
    t = _Truth(unit)
    people = [
        ("酆炜岚", "公司领导", "总经理", "leader", [
            ("稻谷轮换业务中虚报轮换数量，套取差价", "制度机制", "Ⅰ级", "轮换计划和结果报区粮食部门审核并公示。", "未发现问题"),
            ("财务账簿不全，账外设账", "思想道德", "Ⅰ级", "全部收支纳入公司账簿，年度审计。", "已落实"),
        ]),
        ("郜昶骅", "城北粮库", "主任", "middle", [
            ("粮食收购中虚增重量、虚开结算凭证", "业务流程", "Ⅰ级", "检斤、结算分离，结算凭证逐车核对。", "已整改"),
            ("库存粮油数量不实，账实不符", "岗位职责", "Ⅱ级", "每季度库存盘点，账、卡、实物核对。", "未发现问题"),
        ]),
        ("乜澈杉", "城北粮库", "保管员", "general", [
            ("油罐、仓房钥匙管理不严，监守自盗", "岗位职责", "Ⅰ级", "钥匙双人分管，出入库视频监控。", "已落实"),
            ("出入库记录补记、漏记", "业务流程", "Ⅲ级", "出入库单据日清，保管账每日登记。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None, None)
        sh.add("所在部门", dept, "填表时间", "2025年6月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "公司意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "bazhou_grain_oil_selfchecks", "https://shanxishangren.com/b2b/news/show.php?itemid=58038",
        "区国有粮油购销有限公司 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's 基层粮站站长 "
        "and 县国粮公司 窝案 (虚报粮食数量, 稻谷轮换, 油库保管员 监守自盗, 账本): a title, ``姓　名 | … | 职　务 | …`` and ``所在部门 | "
        "… | 填表时间 | 2025年6月`` in two rows, then 序号/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "自查情况; a blank row and ``本人签名： | 公司意见：``",
        sheets, t,
    )  # fmt: skip


def bazhou_bus_company_cards() -> dict:
    unit = f"{PLACE}公共交通有限公司"
    t = _Truth(unit)
    cards = [
        ("副总经理", "厍燚珲", "公司领导", "leader", "分管车辆资产、维修和安全",
         [("公交车报废处置不经评估，低价处置", "★★★", "车辆报废经评估并公开处置，处置收入全额入账。"),
          ("新能源公交车采购设置倾向性参数", "★★★", "采购需求集体研究，参数论证专家随机抽取。"),
          ("车辆维修厂选择不公开", "★★", "维修厂比选确定，名单公示。")]),
        ("车队长", "訾珽屹", "第一车队", "middle", "负责车队驾驶员排班、车辆保管和考核",
         [("排班和线路分配优亲厚友", "★★", "排班表每周公示，驾驶员轮换线路。"),
          ("车辆使用保管不当，私自调用公交车", "★★", "车辆出入场登记，停放场地视频监控。"),
          ("驾驶员考核打分不公", "★", "考核细则公开，结果公示。")]),
        ("调度员", "佘滢翊", "运营调度中心", "general", "负责线路调度、发车记录和运营数据",
         [("篡改发车记录，虚报运营班次", "★★★", "发车数据系统自动采集，每日核对。"),
          ("接受驾驶员好处调整班次", "★", "班次调整经调度主管审批并留痕。")]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 9, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", tab)
        r = sh.add("所在部门", dept, None, None)
        sh.merge(r, 1, r, 3)
        r = sh.add("主要职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, tab, who, tier, point, [], STARS[lv])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人签字：", None, "监督电话：0827-5261234", None)
        sheets.append(sh)
    return _layout(
        "bazhou_bus_company_cards", "http://sjj.huangshi.gov.cn/sjxw/tpxw/202311/t20231109_1068050.html",
        "区公共交通有限公司 岗位廉洁风险防控卡, one sheet a holder (tabs 副总经理, 车队长, 调度员), after the source's 审计局 at a "
        "市公交集团 (公交车 资产 使用, 保管, 报废, 账实相符, 停放场地): a title, ``姓　名 | … | 职　务 | …``, a merged ``所在部门 | "
        "…`` and a merged ``主要职责 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars "
        "and ``持卡人签字： | 监督电话：…``; no type column",
        sheets, t,
    )  # fmt: skip


def bazhou_water_company_posts() -> dict:
    unit = f"{PLACE}供排水有限公司"
    sh = _Sheet("排查表", [6, 12, 11, 18, 38, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, plant, net, fee, sewage = "公司领导", "制水厂", "管网管理部", "营业收费部", "污水处理厂"
    rows = [
        (lead, "总经理", "leader", "老旧管网改造发包", "管网改造工程化整为零，规避公开招标", "制度机制风险",
         "一级风险", "工程发包按限额标准公开招标，总经理办公会研究。"),
        (lead, "副总经理", "leader", "消毒设施采购", "消毒设备、药剂采购指定供应商", "外部环境风险", "二级风险",
         "采购三家以上比价，验收与采购分离。"),
        (plant, "水质化验员", "general", "出厂水检测", "出厂水检测数据补记、篡改", "岗位职责风险", "一级风险",
         "检测数据实时上传，原始记录存档。"),
        (plant, "水质化验员", "general", "水源巡查", "水源保护区巡查记录不实", "业务流程风险", "三级风险",
         "巡查定位打卡，影像留存。"),
        (net, "管网维修工", "general", "维修施工", "维修中向用户吃拿卡要", "思想道德风险", "二级风险",
         "维修回访，监督电话公开。"),
        (net, "管网维修工", "general", "维修材料", "维修材料虚报用量", "业务流程风险", "二级风险",
         "材料领用登记，旧件回收。"),
        (fee, "抄表员", "general", "抄表计量", "估抄漏抄，为熟人少计水量", "岗位职责风险", "二级风险",
         "抄表照片上传，营业收费部按月抽查。"),
        (sewage, "厂长", "middle", "污泥处置", "污泥转运联单不实，私自处置", "制度机制风险", "一级风险",
         "转运联单逐车核对，每月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "bazhou_water_company_posts", "http://www.yiyang.gov.cn/yiyang/2/3/74/content_2101101.html",
        "区供排水有限公司 廉洁风险点排查表 对岗不对人, after the source's 市纪委 at a 农村集中供水厂 (出厂水卫生检疫, 供水主管道, "
        "老旧管网, 消毒设施, 日常管护, 水质监测, 水源保护, 吃拿卡要): a title, then 序号/部门 merged (公司领导, 制水厂, 管网管理部, "
        "营业收费部, 污水处理厂)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no names; an ``编制：综合办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def bazhou_state_assets_groups() -> dict:
    unit = f"{PLACE}国有资产运营有限公司"
    sh = _Sheet("防控表", [6, 10, 9, 22, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "主要职责", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "牟瀚琰", "leader", "主持公司全面工作", [
                ("资产出租不经集体研究，个人决定承租人", "Ⅰ", "资产出租方案总经理办公会集体研究。"),
                ("清产核资走过场，资产底数不清", "Ⅱ", "清产核资委托第三方，结果报区国资部门。"),
            ]),
            ("副总经理", "须岫珺", "leader", "分管资产管理、投资发展", [
                ("资产评估机构选择不公开", "Ⅱ", "评估机构随机抽取，评估报告备案。"),
            ]),
        ]),
        ("二、资产管理部", "资产管理部", [
            ("部长", "甄砚淇", "middle", "负责资产台账、出租和处置", [
                ("不公开招租，协议出租给关系人", "Ⅰ", "出租一律公开招租，结果公示。"),
                ("租金减免审核不严", "Ⅱ", "租金减免集体研究，报区国资部门备案。"),
            ]),
            ("资产管理员", "卜芃珈", "general", "负责资产台账登记和租金催收", [
                ("资产台账登记不全，权属不清", "Ⅲ", "资产台账每季度更新，权属资料归档。"),
                ("租金催收不力，放任拖欠", "Ⅱ", "租金到期前提醒，欠租按月通报。"),
            ]),
        ]),
        ("三、投资发展部", "投资发展部", [
            ("部长", "苍晞璠", "middle", "负责投资项目论证", [
                ("投资项目可行性论证不充分", "Ⅰ", "论证报告经专家评审，重大投资报区政府审批。"),
            ]),
        ]),
        ("四、财务部", "财务部", [
            ("会计", "戢琮澪", "general", "负责会计核算和租金入账", [
                ("租金收入不及时入账，形成账外资金", "Ⅰ", "租金统一缴入公司账户，每月对账。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, duty, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], BARE_ROMAN[lv])
        _per_person(sh, first, None, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "bazhou_state_assets_groups", "https://www.jiaoyuwenda.cn/a372692",
        "区国有资产运营有限公司 岗位廉洁风险防控表, after the source's guide to 国有企业资产出租 (权属, 清产核资, 资产台账, 评估, "
        "决策审批, 公开招租, 租金): a title, 序号/岗位/姓名/主要职责/廉洁风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施 under GROUP ROWS "
        "``一、公司领导``, ``二、资产管理部``, ``三、投资发展部``, ``四、财务部`` merged across (no 部门 column); 岗位, 姓名 and 主要职责 "
        "merged per person; no type column; a merged ``注：`` line on the levels and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def bazhou_water_supply_center_duties() -> dict:
    unit = f"{PLACE}城乡供水服务中心"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("中心领导", "主任", "桓沅翥", "leader", "项目资金", "管网改造项目资金分配不经集体研究", "制度机制", "高",
         "项目资金分配中心办公会集体研究。"),
        ("中心领导", "主任", "桓沅翥", "leader", "水厂整合", "水厂资源整合中资产清点不实", "岗位职责", "中",
         "资产清点两人以上，清单签字确认。"),
        ("中心领导", "副主任", "邴璎汐", "leader", "应急保供", "应急送水费用结算虚报车次", "业务流程", "中",
         "送水车次登记，村组签字确认。"),
        ("工程股", "股长", "钭岚湜", "middle", "工程建设", "加压泵站、蓄水池工程验收把关不严", "岗位职责", "高",
         "验收由中心、监理、乡镇三方签字。"),
        ("工程股", "技术员", "闵淇峣", "general", "管网巡查", "管护巡查记录弄虚作假", "思想道德", "低",
         "巡查定位打卡，每月抽查。"),
        ("财务股", "会计", "戢澧瑶", "general", "资金核算", "管护经费挤占挪用", "制度机制", "中",
         "管护经费专账核算，年度审计。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填报人：", None, None, "审核人：", None, "主任（签字）：", None, None, None)
    return _layout(
        "bazhou_water_supply_center_duties", "https://www.scjgdj.gov.cn/wwqzbss/202509/122224.html",
        "区城乡供水服务中心 廉政风险防控责任清单 written on EVERY row (no merges), after the source's 市纪委 on 农村供水 (管网改造, "
        "项目资金, 蓄水池, 加压泵站, 应急送水, 三级管护, 城乡供水一体化, 水厂整合): a title, then 序号/股室/岗位/责任人/``职责事项``/"
        "廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a 填报人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bazhou_transport_investment_countermeasures(),
    bazhou_urban_investment_list(),
    bazhou_culture_tourism_two_sheets(),
    bazhou_grain_oil_selfchecks(),
    bazhou_bus_company_cards(),
    bazhou_water_company_posts(),
    bazhou_state_assets_groups(),
    bazhou_water_supply_center_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch296-inbox"))

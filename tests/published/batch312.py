"""The three-hundred-and-twelfth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's state-owned
companies and 事业单位, 西充县 (a hill county of 南充, its staff Han) — its 城市建设投资有限公司,
粮油购销有限责任公司, 自来水有限责任公司, 交通建设投资有限公司 and 国有资产投资经营有限责任公司, its
殡仪馆, 职业技术学校 and 融媒体中心 — each handing back the 一览表, 防控卡, 排查表, 防控表, 责任清单,
自查表 or 清单 its staff typed in WPS or Excel:

- the 城市建设投资有限公司's 一览表 under GROUP ROWS ``一、公司领导`` … ``四、财务部`` merged across (no
  部门 column): ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``, a
  ``制表人： | 审核人： | 2025年7月`` line;
- the 粮油购销有限责任公司's 廉洁风险防控卡, one sheet a holder (tabs 总经理, 副总经理, 仓储部经理):
  ``持卡人 | … | 职　务 | … | 所在部门 | …`` in ONE row of three pairs and a merged ``岗位职责：…`` line
  above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short types, ``★★★/★★/★`` read by a
  ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 殡仪馆's 排查表 对岗不对人: NO 科室 column, ``岗位`` merged per post, a ``工作环节`` before the
  ``廉政风险点``, 高/中/低, no type column, no names; a 制表/审核/date line;
- the 职业技术学校's file in two sheets: ``校领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``处室`` (``处室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级风险/二级风险/三级风险``, no
  type column;
- the 自来水有限责任公司's 责任清单 under ``附件2``: ``部门`` merged, ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉洁风险点``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, an ``编制： | 审核： |
  2025年7月`` line;
- the 融媒体中心's 自查表, one sheet a person (tabs named by the person): ``单　位 | … | 部　门 | …``
  and ``姓　名 | … | 职　务 | …`` in two rows of pairs above ``序号 | 廉政风险点 | 风险等级 |
  防控措施 | 自查情况``, ``高风险/中风险/低风险``, no type column, ``自查人（签名）： | … | 主任审核：``;
- the 交通建设投资有限公司's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``部门`` merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long
  ``风险描述``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``xichong_state_assets_old_and_new_wording``: the 国有资产投资经营有限责任公司's ``2025年度岗位廉洁
  风险点清单（动态调整）``, an ordinary 清单 in every other way (a title, a merged ``填报单位（盖章）：…
  填报时间：2025年7月`` line, ``序号 | 部门 | 岗位 | 姓名 | 廉洁风险点 | 风险类型 | 风险等级 | 防控措施``,
  ``部门`` merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低), whose POINT CELLS
  HOLD, for a point whose wording was revised this year, BOTH WORDINGS IN ONE CELL: ``原：`` and last
  year's wording on the first line, ``现：`` and this year's wording on the second (Alt+Enter between
  them) — ``原：工程款支付把关不严⏎现：不按合同约定和工程进度审核，超付、提前支付工程款``; a point
  carried over unchanged, or new this year, is written plain (of 14 points 6 are written ``原：…⏎现：…``,
  8 plain). A merged ``注：`` line below says that a revised point keeps last year's wording after
  ``原：`` and this year's after ``现：``, the latter to be followed, and that the level and measures
  are this year's. The README's 读得懂的表 knows the two wordings of a revised point in COLUMNS of
  their own (``原风险点 | 调整后风险点``, with ``同左``/``不变``), a ``修订情况`` column saying ``删除``,
  ``调整后等级`` and a level cell ``高→中``/``二级调整为三级``, struck-through rows, and a NAME cell
  ``现：苑岷樵⏎原：荀篁音（…调离）`` holding the present and the former holder; it knows a point cell
  that ends with a status ``（新增）``/``（修订）`` (batch 308, generalised), and cells holding a point
  with its description (``风险点——表现形式``) or its measures (``风险点：…⏎防控措施：…``,
  ``风险点。对策：…``). It does not describe a POINT cell that holds the point's OLD and NEW wording
  labelled ``原：`` and ``现：``, where the point is only the text after ``现：`` and the text after
  ``原：`` is no point at all (neither a second point, nor a description, nor a measure).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区's 国企纪委 after three 国企 staff
took 管理服务对象 宴请, watching 工程项目建设 and 投融资管理, a 融资成本 that should be the 综合成本利率
and an 对外担保审批表; 河南's 粮食系统, 小麦 that would not sell at the state price, a 中储粮 直属库
主任 taken away and another 携款潜逃; the 殡葬业's 职务腐败 — 骨灰盒 sold at a 毛利率 above 50%, 殡葬用品
采购 回扣, 火化工 and 运尸工 working together, 丧户 forbidden to bring their own 骨灰盒, the
选择性服务; a 职业教育 实训设备采购 plan — 设备 out of step with the 产业, 采购流程不规范, 维护与更新
missing, 校企合作; a 自来水公司's 稽察大队 opening a 水表房 with the 镇政府, a 水表 whose 铅封 was gone
and whose 叶轮 had been taken out; a 市审计局's 专项审计 of a 融媒体中心's 520万元 建设项目, its 合同条款
and 项目结算; a 清廉国企 检查 plan — 制度执行 漏洞, 监督盲区, 关键岗位人员 廉洁风险; a 国企's
党风廉政建设 — ``三重一大``, 风险排查机制 for 采购 and 招投标, 业务流程留痕, 虚拟交易 and 数据篡改, 制度
执行 ``层层衰减``) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 西充县.

Run ``python tests/published/score.py --set batch312`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``廉洁风险点`` cell ``原：…⏎现：…`` is ONE point of the row's 部门, 岗位 and 姓名:
  the point is the text after ``现：`` (to the end of the cell); the text after ``原：`` is last
  year's wording and no point, no description and no measure; the row's type, level and measures
  are this year's, of the ``现：`` point; a plain cell is the point as it stands; the ``注：`` line
  and the sign-off line are no points;
- ``公司领导`` (a group row, a 部门 cell, a card's 所在部门), ``校领导`` (the 职业技术学校's sheet, its
  title) and ``中心领导`` (the 融媒体中心's 部　门 cell) are the 科室 of those leaders; a company's 部
  and 队, a school's 处 and a 中心's 部 are 科室; a group row ``二、工程管理部`` gives the 科室
  ``工程管理部`` (its number left off); the 殡仪馆 writes no 科室: its forms have none; the
  粮油购销公司's card on the tab ``仓储部经理`` names the post ``经理`` (its ``职　务``) and the 科室
  ``仓储部`` (its ``所在部门``);
- every company, 馆, school and 中心 here is a unit of its own: 董事长, 总经理, 副总经理, 馆长, 副馆长,
  校长, 副校长, a 中心's 主任 and 副主任 are leaders; 部长, 经理, 队长, a 处's 主任 and the 综合办公室主任
  middle; the rest (造价员, 融资专员, 会计, 出纳, 保管员, 抄表员, 稽查员, 维修工, 报账员, 记者, 编辑,
  征迁专员, 资产管理员, 投资专员, 业务员, 收费员, 火化工, 遗体接运员) general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``工作环节``, ``分管工作``, the card's
  ``岗位职责`` line and ``自查情况`` are no points and name no holder; the 殡仪馆's list names no person:
  its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险``,
  ``高/中/低``, ``★★★/★★/★`` (read by the card's note) and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 交通建投's
  note) are 1/2/3.

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

PREFIX = "b312_"
PLACE = "西充县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

OLD, NEW = "原：", "现："
WORDING_NOTE = (
    "注：1.本年度对上年风险点表述作了调整的，在同一格内先写“原：”及上年表述，再写“现：”及调整后的表述，"
    "以“现：”后的表述为准；未作调整的和本年度新增的风险点直接填写；2.风险等级、风险类型和防控措施均为"
    "本年度评定；3.风险等级分为高、中、低三级。"
)
WORDING_HEAD = ("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")

# (部门, 岗位, 姓名, tier, [(this year's point, last year's wording or None, 类型, 等级, 防控措施)])
ASSETS = [
    ("公司领导", "董事长", "甄泷岱", "leader", [
        ("“三重一大”事项以碰头会代替党委会前置研究，个人拍板", "“三重一大”事项不集体研究", "制度机制", "高",
         "“三重一大”事项党委会前置研究、董事会决策，会议纪要存档备查。"),
        ("对子公司负责人廉洁从业规范落实不检查、不过问", None, "岗位职责", "中",
         "每年对子公司负责人开展廉洁谈话和专项检查。"),
    ]),
    ("公司领导", "总经理", "荀峤滢", "leader", [
        ("大额资金调度不经资金管理委员会审议，由个人审批", "大额资金使用把关不严", "制度机制", "高",
         "大额资金调度经资金管理委员会审议，支付双签。"),
        ("借用资金、虚构交易环节为关联企业输送利益", None, "外部环境", "高",
         "关联交易事前审查并报县国资办备案。"),
    ]),
    ("投资发展部", "部长", "饶渼垚", "middle", [
        ("投资项目可研论证迁就领导意图，风险评估流于形式", "投资项目论证不充分", "业务流程", "高",
         "可研报告委托第三方编制，专家论证意见存档。"),
        ("向合作方泄露谈判底线和投资底价", None, "外部环境", "中", "谈判方案定密管理，参与人员签订保密承诺。"),
    ]),
    ("投资发展部", "投资专员", "慎瀞岚", "general", [
        ("投后跟踪报告数据不实，被投企业异常情况瞒报", None, "岗位职责", "低",
         "投后报告按季度报送，数据与被投企业财务报表核对。"),
    ]),
    ("资产经营部", "部长", "符珞湍", "middle", [
        ("经营性资产不进场公开招租，以协议方式低价出租给关系人", "资产出租不规范", "业务流程", "高",
         "资产出租一律进入公共资源交易平台公开招租。"),
        ("资产处置评估价值明显偏低，评估机构由个人指定", None, "外部环境", "中",
         "评估机构从备选库随机抽取，评估结果集体审定。"),
    ]),
    ("资产经营部", "资产管理员", "巩琤淇", "general", [
        ("资产台账与实物长期不符，账外资产不报告", "资产台账登记不及时", "岗位职责", "中",
         "资产台账每半年清查一次，清查结果报公司审定。"),
    ]),
    ("财务部", "会计", "容霁淼", "general", [
        ("在财务系统中篡改数据，虚列成本费用", None, "思想道德", "中", "财务系统操作留痕，修改记录按月审查。"),
        ("融资资金不按合同用途使用，挪作他用", "融资资金使用不规范", "业务流程", "高",
         "融资资金专户管理，按合同用途支付并留存凭证。"),
    ]),
    ("综合办公室", "主任", "匡昀沄", "middle", [
        ("办公用品和公务接待采购不询价，虚开发票", None, "思想道德", "低", "采购三家比价，接待事前审批，清单存档。"),
        ("公务用车加油、维修费用审核不严", None, "业务流程", "低", "一车一卡，维修定点，费用每季度公示。"),
    ]),
]  # fmt: skip


def worded(point: str, old: str | None) -> str:
    """A point cell of the harder file: the point as it stands, or last year's wording after ``原：``
    and this year's after ``现：`` on the next line."""
    return point if old is None else f"{OLD}{old}\n{NEW}{point}"


def xichong_state_assets_old_and_new_wording() -> dict:
    unit = f"{PLACE}国有资产投资经营有限责任公司"
    ncols = len(WORDING_HEAD)
    sh = _Sheet("风险点清单", [6, 12, 10, 9, 46, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}2025年度岗位廉洁风险点清单（动态调整）", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", ncols)
    sh.add(*WORDING_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ASSETS:
        for point, old, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, worded(point, old), typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, WORDING_NOTE, ncols)
    sh.add("编制：", None, None, "审核：", None, "董事长（签字）：", None, None)
    return _layout(
        "xichong_state_assets_old_and_new_wording", "http://www.thearxiv.net/2025/37/c538202537274.html",
        "(harder) 县国有资产投资经营有限责任公司 2025年度岗位廉洁风险点清单（动态调整）, after the source's 国企 党风廉政建设 "
        "(“三重一大”, 风险排查机制 for 采购 and 招投标, 业务流程留痕, 虚拟交易 and 数据篡改, 制度执行 “层层衰减”): a title, a merged "
        "``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/部门 merged/岗位 and 姓名 merged per person/廉洁风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施, where a REVISED point's cell holds BOTH WORDINGS — ``原：`` and last year's "
        "wording, Alt+Enter, ``现：`` and this year's (6 of 14 cells); the other points plain; a merged ``注：`` line saying the "
        "text after ``现：`` is to be followed, and an 编制/审核/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xichong_urban_investment_groups() -> dict:
    unit = f"{PLACE}城市建设投资有限公司"
    sh = _Sheet("一览表", [6, 10, 9, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("董事长", "巩霂川", "leader", [
                ("融资方案不经董事会集体研究，融资成本不按综合成本利率核算", "制度机制风险", "一级",
                 "融资方案经董事会审议，综合融资成本报县国资办备案。"),
                ("接受管理服务对象宴请，出入娱乐场所", "思想道德风险", "二级", "落实中央八项规定精神，节前廉洁提醒。"),
            ]),
            ("总经理", "钮皛岚", "leader", [
                ("对外担保审批表内容不实即签批", "岗位职责风险", "一级", "对外担保经董事会审议，担保审批表逐项核对。"),
            ]),
        ]),
        ("二、工程管理部", "工程管理部", [
            ("部长", "邴澔瑛", "middle", [
                ("工程项目招标设置倾向性条件，为关系企业量身定制", "外部环境风险", "一级",
                 "招标文件经法律顾问审核，全流程进场交易。"),
                ("隐蔽工程验收不到现场即签字", "岗位职责风险", "二级", "隐蔽工程验收留存影像资料，监理、公司双签。"),
            ]),
            ("造价员", "汲檀嫣", "general", [
                ("工程结算审核中收受施工单位好处，高估冒算", "思想道德风险", "一级", "结算送第三方复审，审减情况公示。"),
            ]),
        ]),
        ("三、融资部", "融资部", [
            ("部长", "栾昉湛", "middle", [
                ("与金融机构人员私下往来，接受礼品礼金", "外部环境风险", "二级", "与金融机构洽谈两人以上，记录存档。"),
            ]),
            ("融资专员", "隆淏岑", "general", [
                ("融资申报材料数据不实", "业务流程风险", "三级", "申报材料经财务部和法律顾问复核。"),
                ("泄露公司融资计划和授信信息", "岗位职责风险", "三级", "融资资料专人保管，查阅登记。"),
            ]),
        ]),
        ("四、财务部", "财务部", [
            ("会计", "衡湜玥", "general", [
                ("工程款支付凭证审核不严，超进度付款", "业务流程风险", "二级", "工程款凭监理、审计意见支付，双人复核。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表人：", None, "审核人：", None, "2025年7月", None, None)
    return _layout(
        "xichong_urban_investment_groups",
        "http://www.zjsjw.gov.cn/yixiankuaixun/202007/t20200711_2618690_ext.html",
        "县城市建设投资有限公司 岗位廉洁风险防控一览表, after the source's 区 国企纪委 after three 国企 staff took 管理服务对象 宴请 "
        "(工程项目建设, 投融资管理, 融资成本 as 综合成本利率, 对外担保审批表): a title, then 序号/岗位/姓名 (merged per person)/"
        "廉洁风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS ``一、公司领导``, ``二、工程管理部``, "
        "``三、融资部``, ``四、财务部`` merged across (no 部门 column); a ``制表人： | 审核人： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def xichong_grain_company_cards() -> dict:
    unit = f"{PLACE}粮油购销有限责任公司"
    t = _Truth(unit)
    cards = [
        ("总经理", "祖岍洛", "公司领导", "leader", "主持公司全面工作，分管财务和粮食购销", [
            ("粮食收购中压级压价，或为粮商“转圈粮”开绿灯", "外部环境", "★★★", "收购价格和质量标准挂牌公示，收购台账日清。"),
            ("储备粮轮换出入库时机和价格由个人决定", "制度机制", "★★★", "轮换方案经总经理办公会研究并报县发改局审批。"),
            ("收受粮商礼品礼金", "思想道德", "★★", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("副总经理", "蔚炅汐", "公司领导", "leader", "分管仓储、质检和安全生产", [
            ("对库存粮食数量、质量检查走过场", "岗位职责", "★★", "库存检查实行交叉检查，结果报县发改局。"),
            ("虚报保管损耗，套取储备粮费用补贴", "业务流程", "★★★", "损耗核定按标准计算，集体审核。"),
        ]),
        ("仓储部经理", "庾沺樾", "仓储部", "middle", "负责粮食出入库、保管和仓储设施维护", [
            ("出入库检斤、扣量不实，以次充好", "业务流程", "★★★", "检斤、化验、结算分离，数据系统自动采集。"),
            ("仓储设施维修项目指定施工队伍", "外部环境", "★★", "维修项目三家比价，验收双人签字。"),
            ("保管账与实物不符，不及时报告", "岗位职责", "★", "每月盘点，账实核对结果签字存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, duties, points in cards:
        post = "经理" if tab.endswith("部经理") else tab
        sh = _Sheet(tab, [6, 36, 10, 9, 34, 10])
        _line(sh, f"{unit}廉洁风险防控卡", 6)
        sh.add("持卡人", who, f"职{GAP}务", post, "所在部门", dept)
        _line(sh, f"岗位职责：{duties}", 6)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "监督电话：0817-4222388", None, None)
        sheets.append(sh)
    return _layout(
        "xichong_grain_company_cards", "http://www.iincn.com/plus/view.php?aid=49610",
        "县粮油购销有限责任公司 廉洁风险防控卡, one sheet a holder (tabs 总经理, 副总经理, 仓储部经理), after the source's 粮食系统 "
        "(小麦收购, 国家规定的价格, 直属库 主任 taken away, 携款潜逃): a title, ``持卡人 | … | 职　务 | … | 所在部门 | …`` in ONE "
        "row of three pairs, a merged ``岗位职责：…`` line, then 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/"
        "防控措施 (merged E–F); a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def xichong_funeral_home_posts() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("排查表", [6, 12, 16, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "工作环节", "廉政风险点", "风险等级", "防控措施")
    posts = [
        ("馆长", "leader", [
            ("殡葬用品采购", "骨灰盒等殡葬用品进馆不经集体研究，收受供应商回扣", "高",
             "殡葬用品公开招标采购，进馆目录集体研究并公示。"),
            ("服务收费", "擅自提高选择性服务收费标准", "高", "收费项目和标准按核定价格公示，不得擅自调整。"),
        ]),
        ("副馆长", "leader", [
            ("服务管理", "默许限制丧户自带骨灰盒等殡葬用品", "中", "丧户自带用品不设限制，服务项目自愿选择。"),
        ]),
        ("业务员", "general", [
            ("业务洽谈", "诱导丧户选购高价殡葬用品，按件收取提成", "高", "洽谈全程录音，销售价格明码标示。"),
            ("单据开具", "开具服务单据漏项或多项", "低", "单据与收费系统自动核对。"),
        ]),
        ("收费员", "general", [
            ("费用收取", "收取现金不入账，截留服务费", "中", "收费日清日结，票据连号使用。"),
        ]),
        ("火化工", "general", [
            ("遗体火化", "向丧户索要“红包”或私自收取加急费", "中", "火化工作实行排号，收费公示，设意见箱。"),
        ]),
        ("遗体接运员", "general", [
            ("遗体接运", "与外部殡葬中介勾结，私自揽接遗体收取好处", "中", "接运任务由调度统一派单，轨迹留痕。"),
            ("车辆使用", "接运车辆私用，虚报里程", "低", "车辆GPS定位，里程每月核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in posts:
        for step, point, lv, measures in points:
            n += 1
            sh.add(n, post, step, point, lv, measures)
            t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "xichong_funeral_home_posts", "http://huasons.nownews.com/20150402-48058/",
        "县殡仪馆 岗位廉政风险点排查表 对岗不对人, after the source's 殡葬业 职务腐败 (骨灰盒 毛利率, 殡葬用品采购 回扣, 火化工 and "
        "运尸工 working together, 丧户 forbidden to bring their own 骨灰盒, 选择性服务): a title, then 序号/岗位 merged per post/"
        "工作环节/廉政风险点/风险等级 高/中/低/防控措施; NO 科室 column, no names, no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xichong_vocational_school_two_sheets() -> dict:
    unit = f"{PLACE}职业技术学校"
    t = _Truth(unit)
    lead = _Sheet("校领导", [6, 9, 9, 22, 36, 10, 32])
    _line(lead, f"{unit}校领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("阚漳屹", "校长", "主持学校全面工作，分管人事、财务", [
            ("实训设备采购项目不经校务会研究，个人决定", "一级风险", "采购项目校务会集体研究，按政府采购程序执行。"),
            ("教师招聘和职称推荐中优亲厚友", "二级风险", "招聘和推荐方案公示，全程纪实。"),
        ]),
        ("戎琬泓", "副校长", "分管实训、招生就业和校企合作", [
            ("实训设备参数脱离教学和产业需求，为供应商量身定制", "一级风险", "设备参数经专业教师和行业专家论证。"),
            ("校企合作项目中收受合作企业好处", "二级风险", "合作协议经法律顾问审核，收益纳入学校账户。"),
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
    lead.add("填表人：", None, None, "审核人：", None, "2025年7月", None)
    dept = _Sheet("处室", [6, 12, 10, 9, 36, 10, 32])
    _line(dept, f"{unit}处室岗位廉政风险防控表", 7)
    dept.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("实训处", "主任", "终翃澜", "middle", [
            ("实训设备验收走过场，以次充好", "一级风险", "验收小组三人以上，验收报告附测试记录。"),
            ("实训设备维护外包指定服务商", "二级风险", "维护服务比选确定，合同集体审定。"),
        ]),
        ("实训处", "保管员", "宿溦岷", "general", [
            ("实训耗材领用登记不实，私自外借设备", "三级风险", "耗材领用签字登记，设备外借经处室审批。"),
        ]),
        ("招生就业处", "主任", "闻湑桐", "middle", [
            ("招生中向中介支付“生源费”", "一级风险", "招生计划和政策公开，严禁有偿招生。"),
            ("顶岗实习单位安排收受企业好处", "二级风险", "实习单位集体研究确定，学生自愿选择。"),
        ]),
        ("总务处", "报账员", "寿淯芃", "general", [
            ("报销票据审核不严，虚列支出", "二级风险", "报销实行经办、审核、审批三签。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None)
    return _layout(
        "xichong_vocational_school_two_sheets", "https://www.renrendoc.com/paper/477296890.html",
        "县职业技术学校 廉政风险防控表 in two sheets, after the source's 职业教育 实训设备采购 plan (设备 out of step with the 产业, "
        "采购流程不规范, 维护与更新 missing, 校企合作): ``校领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/date line) and ``处室`` (a title, 序号/处室 merged "
        "(实训处, 招生就业处, 总务处)/岗位 and 姓名 merged per person/…; a 填表人/审核人/校长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def xichong_water_company_duties() -> dict:
    unit = f"{PLACE}自来水有限责任公司"
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
        ("公司领导", "总经理", "步珵瀚", "leader", [
            ("管网改造", "管网改造工程发包不按程序，指定施工单位", "制度机制", "Ⅰ级", "工程发包经总经理办公会研究，公开招标。"),
            ("水费减免", "擅自减免大用户水费", "岗位职责", "Ⅱ级", "水费减免经集体研究，按月公示。"),
        ]),
        ("营业部", "部长", "劳汧漪", "middle", [
            ("用户报装", "报装审批故意拖延，吃拿卡要", "岗位职责", "Ⅱ级", "报装条件和时限公开，网上办理。"),
        ]),
        ("营业部", "抄表员", "郏渫翎", "general", [
            ("抄表计量", "估抄、漏抄，为熟人少计水量", "业务流程", "Ⅱ级", "抄表照片上传系统，营业部按月抽查。"),
            ("水费收缴", "代收水费不及时交回", "思想道德", "Ⅲ级", "水费一律线上缴纳，现金当日交回。"),
        ]),
        ("稽查队", "队长", "柴瀛岨", "middle", [
            ("偷水查处", "对水表铅封缺失、叶轮被拆的偷水行为不立案", "岗位职责", "Ⅰ级", "稽查线索登记编号，查处结果每月通报。"),
        ]),
        ("稽查队", "稽查员", "芮沨晞", "general", [
            ("现场检查", "发现私接管道收受好处，不报告", "外部环境", "Ⅰ级", "稽查两人以上，现场拍照取证。"),
        ]),
        ("管网部", "维修工", "莘泖晔", "general", [
            ("维修作业", "维修材料虚报用量，私自为用户接水", "外部环境", "Ⅱ级", "材料领用登记，接水一律经营业部受理。"),
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
    sh.add("编制：", None, None, "审核：", None, None, "2025年7月", None, None)
    return _layout(
        "xichong_water_company_duties", "http://www.gyxmad.com/newdetail-233574.html",
        "县自来水有限责任公司 廉洁风险防控责任清单, after the source's 自来水公司 稽察大队 opening a 水表房 with the 镇政府 (水表 铅封 "
        "gone, 叶轮 taken out, 偷水): ``附件2``, a title, 序号/部门 merged (公司领导, 营业部, 稽查队, 管网部)/岗位 and 责任人 merged "
        "per person/``职责事项``/廉洁风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; an ``编制： | 审核： | "
        "2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def xichong_media_center_selfchecks() -> dict:
    unit = f"{PLACE}融媒体中心"
    t = _Truth(unit)
    people = [
        ("逄霈昕", "中心领导", "副主任", "leader", [
            ("建设项目合同条款不经法律审核即签订", "高风险", "合同经法律顾问审核、中心会议研究。", "已落实"),
            ("项目结算不经审计即支付尾款", "中风险", "项目结算送审后支付，审计意见存档。", "已整改"),
        ]),
        ("扈沄澈", "广告部", "部长", "middle", [
            ("广告刊播价格随意打折，收取客户回扣", "高风险", "刊例价公开，折扣经分管领导审批。", "未发现问题"),
            ("广告款由个人代收，延迟入账", "中风险", "广告款一律对公转账，每月对账。", "已落实"),
            ("为关系客户免费刊播广告", "低风险", "免费刊播事项登记，经中心会议研究。", "未发现问题"),
        ]),
        ("禄洺桦", "新闻部", "编辑", "general", [
            ("以稿谋私，刊发有偿新闻", "中风险", "稿件三审三校，有偿新闻一经查实严肃处理。", "未发现问题"),
            ("接受被报道单位礼品、宴请", "低风险", "签订采编人员廉洁承诺书。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"单{GAP}位", unit, f"部{GAP}门", dept, None)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, "主任审核：", None, "2025年7月")
        sheets.append(sh)
    return _layout(
        "xichong_media_center_selfchecks", "http://macheng.com.cn/index/news/article/id/78812.html",
        "县融媒体中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市审计局 专项审计 of a "
        "融媒体中心's 520万元 建设项目 (合同条款, 项目结算): a title, ``单　位 | … | 部　门 | …`` and ``姓　名 | … | 职　务 | …`` in "
        "two rows of pairs, then 序号/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank "
        "row and ``自查人（签名）： | 主任审核： | 2025年7月``",
        sheets, t,
    )  # fmt: skip


def xichong_transport_invest_desc() -> dict:
    unit = f"{PLACE}交通建设投资有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 9, 18, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "燕翯岷", "leader", "制度执行层层衰减", "对公司重大制度执行情况不检查，监督存在盲区",
         "制度机制", "Ⅱ", "每年开展制度执行情况检查，问题清单销号管理。"),
        ("公司领导", "董事长", "燕翯岷", "leader", "插手工程发包", "为关系企业承揽道路工程打招呼、递条子",
         "外部环境", "Ⅰ", "插手干预重大事项记录报告。"),
        ("公司领导", "副总经理", "冀淇屾", "leader", "设计变更审批", "道路工程设计变更审批把关不严，变相增加投资",
         "业务流程", "Ⅰ", "设计变更经专家论证和董事会审议。"),
        ("工程部", "部长", "蒲潇翊", "middle", "现场签证", "虚增签证工程量，与施工单位串通",
         "业务流程", "Ⅰ", "签证实行监理、跟踪审计、公司三方会签。"),
        ("工程部", "部长", "蒲潇翊", "middle", "质量验收", "路基路面质量验收不严，降低标准通过",
         "岗位职责", "Ⅱ", "验收抽检委托第三方检测。"),
        ("征迁协调部", "征迁专员", "雍澍萤", "general", "征迁补偿", "虚报征迁面积和附着物数量，套取补偿款",
         "思想道德", "Ⅰ", "丈量登记两人以上，补偿名单公示。"),
        ("财务部", "出纳", "秋朏岚", "general", "资金支付", "U盾和支付密码一人保管，违规支付",
         "岗位职责", "Ⅱ", "U盾和密码分人保管，支付双人复核。"),
        ("财务部", "出纳", "秋朏岚", "general", "现金管理", "坐支现金，公款私存",
         "思想道德", "Ⅲ", "现金日清月结，每月与银行对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None, None)
    return _layout(
        "xichong_transport_invest_desc", "https://www.renrendoc.com/paper/507607042.html",
        "县交通建设投资有限公司 岗位廉洁风险防控一览表, after the source's 清廉国企 检查 plan (制度执行 漏洞, 监督盲区, 关键岗位人员 "
        "廉洁风险): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/部门 merged (公司领导, "
        "工程部, 征迁协调部, 财务部)/岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/风险类型 (short names)/风险等级 "
        "bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xichong_state_assets_old_and_new_wording(),
    xichong_urban_investment_groups(),
    xichong_grain_company_cards(),
    xichong_funeral_home_posts(),
    xichong_vocational_school_two_sheets(),
    xichong_water_company_duties(),
    xichong_media_center_selfchecks(),
    xichong_transport_invest_desc(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch312-inbox"))

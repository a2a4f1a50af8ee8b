"""The two-hundred-and-forty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY FILES OF ONE COUNTY'S COMPANIES, PUBLIC-SERVICE
AND ENFORCEMENT BODIES, 黑水县 — its 国有资产投资经营有限责任公司, the 供排水有限责任公司, the 燃气有限责任公司,
the 汽车客运站, the 殡仪馆, the 交通运输综合行政执法大队 and the 市场监督管理局 — each handing back the plain
一览表, 排查表, 清单, 自查表 or 防控卡 its staff typed in WPS or Excel (merged cells, blank rows, a
填报 line, sign-offs and notes), the rows about 抄表, 收费, 安检, 售票, 火化, 治超 and 计量:

- the 供排水有限责任公司's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: 部门 merged
  (公司领导, 营业所, 稽查队, 管网维修所), 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低, and a
  last ``责任领导`` column of the two leaders' names (watchers on other persons' rows, no holders);
- the 燃气有限责任公司's 自查表, one sheet a person (tabs 所长, 安检员, 抄表收费员): a row of labels
  ``姓名 | 性别 | 所在部门 | 职务`` over the row of values, a short ``风险点`` beside a long ``具体表现``,
  ``一级/二级/三级``, no type column, a ``自查情况`` column, ``本人签字： | 部门负责人审核：`` below;
- the 汽车客运站's 排查表: no 科室 column, 岗位 and 姓名 merged per person, a ``工作环节`` column
  before the 风险点, short types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line;
- the 殡仪馆's 一览表: group rows ``一、馆领导``, ``二、殡仪服务科``, ``三、火化车间``, ``四、财务室`` merged
  across (no 科室 column), 岗位 and 姓名 merged per person, short types, ``★★★/★★/★`` read by a
  ``注：`` line, and a 火化工 whose row says only 无;
- the 交通运输综合行政执法大队's 防控卡, one sheet a holder (tabs 大队长, 路政中队, 运政中队): ``单位 | …``
  and ``姓名 | … | 职务 | … | 所在中队 | …`` above, ``高风险/中风险/低风险``, no type column,
  ``监督电话：…`` and ``持卡人签字：`` below;
- the 市场监督管理局's 责任清单 对岗不对人 in two sheets (``局机关股室``, ``所队``): 股室 merged, 岗位,
  a ``职权事项`` column, ``…风险`` types, 高/中/低, a last ``责任人`` column holding a role
  (``股室负责人``), not a name.

One is harder:

- ``state_assets_struck_rows``: the 国有资产投资经营有限责任公司's 2024年度 动态调整一览表, the previous
  year's list carried over and EDITED IN PLACE the way WPS users mark a revision: the points dropped
  this year are still there, their cells (序号, 风险点, 风险类型, 风险等级, 防控措施) set in STRIKETHROUGH
  font, and the points added this year in RED font; a ``注：`` line under the table says
  ``…加删除线的为本次删除的风险点…，红色字体为本次新增的风险点…``. There is no 调整情况 / 修订情况
  column and no word in the struck rows saying they are gone. The README's 读得懂的表 knows a
  ``修订情况`` column saying ``删除`` (ROW_DELETED), ``原风险点 | 调整后风险点`` tables, ``降为Ⅲ级`` in
  an ``调整后等级`` column, sheets marked ``作废`` or older by year, and (since batch240) a level
  carried by a cell's fill; not a row struck out by its FONT alone.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市国控投资集团's 纪委 watching its
招投标 — 评标委员会, 招标文件, 执行结果, 廉洁风险防控机制; a 四川 临港 自来水公司's 稽查小组 — 日常巡视, 夜间
稽查, 突击稽查, 违章用水, 大口径水表, 抄表准确率, 消防栓 偷盗水; a 市燃气公司's 维修所 and its 入户安检 —
隐患, 整改通知书, 预约安检; the functions of a 城乡汽车客运站 — 售票, 行李寄存, 停车场, 安全管理; the
corruption found in 殡仪馆 — 采购回扣, 骨灰盒 提成, 礼金, 虚列支出, 擅自提高收费标准; a 市交通运输综合
行政执法支队 — 两客一危, 超限超载, 路域环境, 出租车, 联合执法; a 县市场监管局's 计量科, 基层市场监管所 and
局执法大队 checking 强制检定计量器具) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 黑水县 (its 芦花镇 the county seat).

Run ``python tests/published/score.py --set batch244`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table a row whose cells are struck through is no point (the note says it was
  deleted this year); a red row is a point like any other; the struck rows are all of persons who
  keep other points, so every person there has a form; the ``注：`` line and the sign-off are no
  points;
- ``公司领导`` and ``馆领导`` (a 部门 cell or a group row) are the 科室 of those leaders, as batch237 kept
  ``校长室``; a company's 营业所, 稽查队, 管网维修所, 维修所 and 客户服务部 are its 科室;
- the 供排水公司's ``责任领导`` column holds watchers, not holders; the 市场监督管理局's ``责任人`` column
  holds a role (``股室负责人``, ``所长``, ``大队长``): its forms name no person (对岗不对人);
- the 汽车客运站 is a unit of its own, its list has no 科室 column: its forms keep the posts as
  written with department "";
- the 交通运输综合行政执法大队 is a unit of its own (its 大队长 leader); a card's ``所在中队`` (大队领导,
  路政中队, 运政中队) is the 科室; the 市场监督管理局's ``综合行政执法大队`` stands in its 股室 column: a 科室
  of the 局, its 大队长 middle, as batch240 kept a 局's 水政监察大队;
- ``工作环节``, ``职权事项``, ``具体表现``, ``自查情况`` and ``责任领导`` are no points; ``风险点 | 具体表现``:
  the point is the short 风险点; a row saying only 无 is no point and gives no form;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and ``高风险/中风险/低风险`` are 1/2/3;
- 董事长, 总经理, 副总经理, 站长, 馆长, 副馆长, 大队长 of a 大队 that is its own unit are leaders; 部长, 所长
  of a company's 所 or of a 市场监管所, 队长 of a company's 稽查队, 科长, 车间主任, 中队长, 股长 and the 大队长
  of a 大队 inside a 局 middle; the rest (会计, 出纳, 专员, 抄表员, 收费员, 稽查员, 维修工, 安检员, 售票员,
  例检员, 检票员, 行包员, 接运驾驶员, 火化工, 营业员, 执法队员, 科员, 计量检定员, 执法人员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44``'s, plus
a cell's font — struck through or red — where a sheet names one) and ``truth.json``; no re-saved
copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b244_"
PLACE = "黑水县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
GAP = "\u3000"


class _Marked(_Sheet):
    """A sheet some of whose cells are set in a font of their own: ``struck`` and ``red`` hold
    (row, col)."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.struck: list[tuple[int, int]] = []
        self.red: list[tuple[int, int]] = []

    def data(self) -> dict:
        return {**super().data(), "struck": list(self.struck), "red": list(self.red)}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (部门, 岗位, 姓名, tier, [(风险点, 风险类型, 等级, 防控措施, mark)]); mark: "" kept from last year,
# "new" added this year (red), "cut" deleted this year (struck through)
REVISED = [
    ("公司领导", "董事长", "郤望峤", "leader", [
        ("“三重一大”事项会前不充分酝酿，临时动议、个人拍板", "制度机制风险", "高",
         "严格执行“三重一大”决策制度，议题提前送达，会议纪要存档。", ""),
        ("对县属子公司负责人履职监督缺位", "岗位职责风险", "中", "每半年听取子公司负责人述职述廉。", "cut"),
        ("以公司名义为他人融资提供担保不经集体决策", "制度机制风险", "高",
         "对外担保一律报县国资监管机构审核，经董事会集体决策。", "new"),
    ]),
    ("公司领导", "总经理", "訾汀蘅", "leader", [
        ("工程项目招标中为特定投标人量身设置资格条件", "外部环境风险", "高",
         "招标文件经法务审核和纪检监察室会审，评标专家随机抽取。", ""),
        ("大额资金调度审批把关不严", "业务流程风险", "中", "大额资金支付实行总经理、董事长会签。", ""),
        ("公司印章使用登记不全，违规用印", "制度机制风险", "低", "用印审批登记，印章专人保管。", "cut"),
    ]),
    ("综合部", "部长", "蒿映岑", "middle", [
        ("公务用车和加油卡管理混乱，公车私用", "制度机制风险", "低", "车辆定位管理，加油卡专车专用，按月公示。", ""),
        ("员工招聘中降低条件录用关系人员", "思想道德风险", "高", "招聘方案和结果公示，面试考官随机抽取。", "new"),
        ("办公用品采购不比价", "业务流程风险", "低", "办公用品定点采购，按季度比价。", "cut"),
    ]),
    ("财务融资部", "部长", "庾棠樾", "middle", [
        ("融资中介机构选择不公开，收受中介好处费", "外部环境风险", "高",
         "中介机构比选确定，融资方案经董事会审议。", ""),
        ("专项债券资金未按项目用途使用", "岗位职责风险", "高", "专户管理，按项目进度拨付，按月对账。", "new"),
    ]),
    ("财务融资部", "会计", "扈苕宁", "general", [
        ("记账凭证审核不严，虚列成本费用", "岗位职责风险", "中", "凭证经会计、部长两级审核，内审抽查。", ""),
    ]),
    ("财务融资部", "出纳", "郜漱玉", "general", [
        ("网银U盾一人保管，违规转出资金", "制度机制风险", "高", "网银制单、复核U盾分人保管。", ""),
        ("现金收支不及时入账", "业务流程风险", "中", "现金日清月结，部长不定期盘点。", "cut"),
    ]),
    ("工程管理部", "部长", "鄂砚汀", "middle", [
        ("工程变更签证把关不严，虚增工程量", "岗位职责风险", "高",
         "变更签证经监理、跟踪审计和部门三方签字。", ""),
        ("隐蔽工程验收走过场", "业务流程风险", "中", "隐蔽工程验收留存影像资料。", ""),
        ("施工单位农民工工资专户监管不到位", "岗位职责风险", "中", "工资专户按月核查，发放情况公示。", "new"),
    ]),
    ("工程管理部", "造价专员", "竺昙岫", "general", [
        ("预算编制中故意抬高工程造价", "思想道德风险", "中", "预算经第三方造价咨询复核。", ""),
        ("结算审核与施工单位串通", "外部环境风险", "高", "结算送县审计局审计，审定后支付。", "new"),
    ]),
    ("投资发展部", "部长", "敖霁岚", "middle", [
        ("国有资产出租不公开招租，低价出租给关系人", "外部环境风险", "高",
         "资产出租进入公共资源交易平台公开招租。", ""),
        ("投资项目可行性论证不充分", "岗位职责风险", "中", "投资项目委托第三方论证，经董事会决策。", ""),
    ]),
]  # fmt: skip


def state_assets_struck_rows() -> dict:
    unit = f"{PLACE}国有资产投资经营有限责任公司"
    sh = _Marked("动态调整一览表", [6, 12, 10, 9, 40, 13, 8, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}2024年度廉洁风险点动态调整一览表", 8)
    _line(sh, f"填报时间：2024年4月{GAP * 20}单位：{unit}（盖章）", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in REVISED:
        for point, typ, lv, measures, mark in points:
            n += 1
            r = sh.add(n, dept, post, who, point, typ, lv, measures)
            if mark == "cut":
                sh.struck += [(r, c) for c in (0, 4, 5, 6, 7)]
            else:
                if mark == "new":
                    sh.red += [(r, c) for c in (0, 4, 5, 6, 7)]
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：1.本表在2023年度风险点的基础上动态调整；2.加删除线的为本次删除的风险点（岗位职责调整或风险已消除），"
              "红色字体为本次新增的风险点；3.风险等级分高、中、低三级。", 8)  # fmt: skip
    sh.add("审核人：", None, None, None, "董事长（签字）：", None, None, None)
    return _layout(
        "state_assets_struck_rows", "http://www.bq2c.com/index/detail/id/3318.html",
        "(harder) 县国有资产投资经营有限责任公司 2024年度廉洁风险点动态调整一览表, after the source's 市国控投资集团 纪委 "
        "watching 招投标 (招标文件, 评标委员会, 参与招标单位, 执行结果, 廉洁风险防控机制): a title, a merged "
        "``填报时间：2024年4月　…　单位：…（盖章）`` line, then 序号/部门 merged (公司领导, 综合部, 财务融资部, 工程管理部, "
        "投资发展部)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施 — last year's list "
        "EDITED IN PLACE: four rows dropped this year still stand with their cells in STRIKETHROUGH font, five rows added "
        "this year in RED font, no 调整情况 column; a ``注：…加删除线的为本次删除的风险点…，红色字体为本次新增的风险点…`` line "
        "and a 审核人/董事长签字 line below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def water_supply_list() -> dict:
    unit = f"{PLACE}供排水有限责任公司"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 13, 8, 36, 9])
    t = _Truth(unit)
    boss, deputy = "浦岫川", "晁檀溪"
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年5月20日", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "责任领导")
    rows = [
        ("公司领导", "总经理", boss, "leader", boss, [
            ("供水工程和管材采购不经集体研究，指定供应商", "制度机制风险", "高",
             "采购事项经总经理办公会研究，限额以上进入公共资源交易平台。"),
            ("水价调整、减免水费个人决定", "岗位职责风险", "中", "水费减免报县发改局核准并公示。"),
        ]),
        ("公司领导", "副总经理", deputy, "leader", boss, [
            ("对稽查队查处的违章用水案件说情、降格处理", "思想道德风险", "高", "违章用水处理结果集体审定并存档。"),
            ("新建小区供水配套工程验收把关不严", "业务流程风险", "中", "验收邀请住建、监理等单位参加，验收资料存档。"),
        ]),
        ("营业所", "所长", "滑蔚汀", "middle", deputy, [
            ("擅自变更用水性质，商业用水按居民水价收费", "岗位职责风险", "高", "用水性质变更须现场核实，经分管领导审批。"),
            ("报装接水中收受用户好处，违规插队办理", "外部环境风险", "中", "报装按受理顺序办理，办理进度网上可查。"),
        ]),
        ("营业所", "抄表员", "勾芷澜", "general", deputy, [
            ("估表、漏抄，人情抄表少计水量", "思想道德风险", "中", "抄表数据拍照上传，营业所按月抽查。"),
            ("大口径水表抄表数据不如实上报", "业务流程风险", "高", "大口径水表实行远传计量，抄表员定期轮换片区。"),
        ]),
        ("营业所", "收费员", "郗沅芷", "general", deputy, [
            ("收取水费不开票、截留水费", "制度机制风险", "高", "收费系统开票，日清日结，财务部每日对账。"),
        ]),
        ("稽查队", "队长", "蓟鸣皋", "middle", deputy, [
            ("夜间稽查、突击稽查前走漏消息", "思想道德风险", "中", "稽查任务出发前临时告知，稽查人员混编。"),
            ("对偷盗水用户少追缴水费、以罚代管", "外部环境风险", "高", "追缴水费按标准计算，处理结果集体审定。"),
        ]),
        ("稽查队", "稽查员", "暨沚涵", "general", deputy, [
            ("发现私接管道、私启消防栓不上报", "岗位职责风险", "中", "稽查记录每日上报，队长每周复核。"),
        ]),
        ("管网维修所", "所长", "糜砺峰", "middle", deputy, [
            ("维修材料领用数量与实际不符，虚报冒领", "业务流程风险", "中", "维修材料凭工单领用，旧件回收登记。"),
            ("管网抢修外包队伍选择不公开", "制度机制风险", "低", "外包队伍比选确定，结果公示。"),
        ]),
        ("管网维修所", "维修工", "甯泊舟", "general", deputy, [
            ("为用户私自改装计费水表收取好处", "思想道德风险", "高", "水表铅封登记，拆装水表须营业所派单。"),
            ("维修中向用户索要材料费、辛苦费", "外部环境风险", "低", "维修收费标准上墙公示，回访用户。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "water_supply_list", "http://m.gfcollectibles.com/show-8-3283-1.html",
        "县供排水有限责任公司 岗位廉洁风险防控一览表, after the source's 临港自来水公司 稽查小组 (日常巡视, 夜间稽查, 突击稽查; "
        "违章用水, 水量猛增猛减, 大口径水表, 抄表准确率, 用水性质, 消防栓偷盗水, 追缴水费): ``附件1``, a title, a merged "
        "``填报单位（盖章）：…　…　填报时间：2024年5月20日`` line, then 序号/部门 merged (公司领导, 营业所, 稽查队, 管网维修所)/"
        "岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/``责任领导`` (the 总经理's or "
        "副总经理's name on other persons' rows); a blank row and a 填表人/审核人/总经理签字 line",
        [sh], t,
    )  # fmt: skip


def gas_self_check() -> dict:
    unit = f"{PLACE}燃气有限责任公司"
    t = _Truth(unit)
    people = [
        ("所长", "逯琢玉", "男", "维修所", "所长", "middle", [
            ("入户安检计划执行不到位", "安检计划未按片区落实，居民用户安检周期超过十二个月，安检记录补填。", "二级",
             "按月下达安检计划，安检率纳入考核。", "已落实"),
            ("隐患整改跟踪不力", "对发出整改通知书的隐患用户不跟踪复查，整改情况虚报。", "一级",
             "隐患台账销号管理，复查照片存档。", "正在整改"),
            ("维修配件采购指定商家", "燃气表具、阀门、软管等配件采购不比价，指定关系商家供货。", "一级",
             "配件统一由公司物资部比价采购。", "已落实"),
        ]),
        ("安检员", "禚映溪", "女", "客户服务部", "安检员", "general", [
            ("入户安检中推销燃气器具", "安检时向用户推销报警器、软管等器具并收取提成。", "一级",
             "安检时不得推销任何产品，公布投诉电话。", "已落实"),
            ("安检记录弄虚作假", "未入户称已入户，用户签字代签。", "二级", "安检工单拍照上传，客户服务部电话回访。",
             "已落实"),
            ("接受用户宴请、礼品", "为用户隐瞒私改燃气管道问题，接受用户宴请或礼品。", "三级",
             "签订廉洁服务承诺书。", "已落实"),
        ]),
        ("抄表收费员", "阚槿言", "女", "客户服务部", "抄表收费员", "general", [
            ("抄表数据不实", "少抄、估抄用户用气量，人情抄表。", "二级", "抄表数据拍照上传，班长抽查。", "已落实"),
            ("挪用截留燃气费", "收取的燃气费不及时交存，挪作他用。", "一级", "收费日清日结，与财务部每日对账。", "已落实"),
            ("违规办理开户、过户", "开户、过户材料不全即予办理，收取“加急费”。", "三级",
             "开户过户材料清单公示，系统留痕。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 20, 36, 8, 30, 10])
        _line(sh, f"{unit}员工廉洁风险自查表", 6)
        sh.add("姓名", "性别", "所在部门", "职务", None, None)
        sh.add(who, sex, dept, post, None, None)
        sh.add("序号", "风险点", "具体表现", "风险等级", "防控措施", "自查情况")
        for i, (point, desc, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, desc, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签字：", None, "部门负责人审核：", None, "2024年6月", None)
        sheets.append(sh)
    return _layout(
        "gas_self_check", "http://www.qzcns.com/qznews/2017/0406/481612_2.html",
        "县燃气有限责任公司 员工廉洁风险自查表, one sheet a person (tabs 所长, 安检员, 抄表收费员), after the source's 市燃气公司 "
        "维修所 入户安检 (每年一检, 吃闭门羹, 隐患, 整改通知书, 预约安检): a title, a row of labels ``姓名 | 性别 | 所在部门 | 职务`` "
        "with the values in the row under it, then 序号/short ``风险点``/long ``具体表现``/风险等级 ``一级/二级/三级``/防控措施/"
        "``自查情况``, no type column; ``本人签字： | 部门负责人审核：`` and a date below",
        sheets, t,
    )  # fmt: skip


def bus_station_checklist() -> dict:
    unit = f"{PLACE}汽车客运站"
    sh = _Sheet("排查表", [6, 10, 9, 12, 38, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 8)
    sh.add("序号", "岗位", "姓名", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "佘霁川", "leader", [
            ("进站经营班线审核", "为不符合条件的客运车辆违规办理进站经营", "岗位职责", "Ⅰ级",
             "进站经营协议经站务会研究，资料报县交通运输局备案。"),
            ("站务费收取", "擅自减免或提高站务费、代理费", "制度机制", "Ⅰ级", "收费标准上墙公示，减免经集体研究。"),
            ("停车场经营", "停车场对外承包不公开，收受承包人好处", "外部环境", "Ⅱ级", "承包经营公开招租，合同报上级备案。"),
        ]),
        ("售票员", "相泠月", "general", [
            ("售票", "倒卖车票、私留票源，收取“好处费”", "思想道德", "Ⅱ级", "实名售票，票额系统分配，视频监控全覆盖。"),
            ("退票", "违规办理退票、截留退票手续费", "业务流程", "Ⅲ级", "退票系统留痕，每日与财务对账。"),
        ]),
        ("安全例检员", "冀楠樾", "general", [
            ("车辆安全例检", "不按项目例检，为不合格客车签发例检合格单", "岗位职责", "Ⅰ级",
             "例检过程拍照上传，站长不定期抽查。"),
            ("出站检查", "对超员客车、驾驶员资质不符的客车放行出站", "外部环境", "Ⅰ级", "落实“三不进站、六不出站”，出站登记双签字。"),
        ]),
        ("检票员", "麴苇杭", "general", [
            ("检票", "放无票人员上车，收取现金不入账", "思想道德", "Ⅱ级", "检票口视频监控，驾驶员与检票员双签路单。"),
        ]),
        ("行包员", "菅蔚然", "general", [
            ("行李寄存", "寄存费不开票，私收私存", "制度机制", "Ⅲ级", "寄存收费开具票据，每日交款。"),
            ("行包托运", "托运物品不开包检查，违规托运收取好处", "业务流程", "Ⅱ级", "行包安检登记，危险品一律不收运。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for step, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, step, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    sh.add("填表人：", None, None, "站长（签字）：", None, "日期：", None, None)
    return _layout(
        "bus_station_checklist", "https://www.1000da.com.cn/nd.jsp?id=426",
        "县汽车客运站 岗位廉洁风险排查表, after the source's account of what a 城乡汽车客运站 does (售票服务, 客运信息发布, 候车室, "
        "行李寄存, 停车场, 安全管理): a title, then 序号/岗位 and 姓名 merged per person (站长, 售票员, 安全例检员, 检票员, "
        "行包员; no 科室 column)/``工作环节``/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line on "
        "the levels and a 填表人/站长签字/日期 line",
        [sh], t,
    )  # fmt: skip


def funeral_home_groups() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("一览表", [6, 12, 9, 40, 10, 8, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "殳岑樾", "leader", [
                ("殡葬设备、骨灰盒等大宗物资采购收受回扣", "外部环境", "★★★", "大宗物资按政府采购程序办理，验收三人以上。"),
                ("擅自提高基本殡葬服务收费标准", "制度机制", "★★★", "收费项目和标准报县发改局核定，上墙公示。"),
                ("虚列支出发放津补贴", "岗位职责", "★★", "津补贴发放经馆务会研究，报主管部门备案。"),
            ]),
            ("副馆长", "钮芰荷", "leader", [
                ("殡葬用品供应商引进不公开", "业务流程", "★★", "供应商公开比选，合同期满重新比选。"),
                ("节日期间收受供应商礼金", "思想道德", "★", "节前廉洁提醒，礼品礼金拒收登记。"),
            ]),
        ]),
        ("二、殡仪服务科", "殡仪服务科", [
            ("科长", "虢沁篁", "middle", [
                ("捆绑销售殡葬用品、强制消费", "思想道德", "★★★", "服务项目由丧属自愿选择，签订服务确认单。"),
                ("对困难群众基本殡葬服务费减免审核不严", "岗位职责", "★★", "减免对象凭民政部门证明办理，按月公示。"),
            ]),
            ("接运驾驶员", "戈澹川", "general", [
                ("遗体接运中向丧属索要红包", "外部环境", "★★", "接运车辆安装定位，服务后电话回访。"),
            ]),
        ]),
        ("三、火化车间", "火化车间", [
            ("车间主任", "仉砚秋", "middle", [
                ("火化顺序安排收受丧属好处", "思想道德", "★★", "火化按登记顺序安排，调整须登记原因。"),
                ("燃油、火化用品领用不实", "业务流程", "★", "燃油按炉次登记，每月盘点。"),
            ]),
            ("火化工", "厉潇棠", "general", [
                ("火化时向丧属索要“辛苦费”", "外部环境", "★★", "火化间公示禁止索要财物，设意见箱。"),
            ]),
            ("火化工", "呼延晞", None, []),
        ]),
        ("四、财务室", "财务室", [
            ("会计", "於苡棠", "general", [
                ("殡葬服务收费不开票、收入不入账", "制度机制", "★★★", "收费系统开票，每日收入与票据核对。"),
                ("骨灰寄存费长期挂账不清理", "岗位职责", "★", "寄存费台账按季度清理，报馆务会。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            if not points:  # nothing to declare: a row saying only 无
                n += 1
                sh.add(n, post, who, "无", None, None, None)
                continue
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 7)
    sh.add("填表人：", None, None, "馆长（签字）：", None, "2024年5月", None)
    return _layout(
        "funeral_home_groups", "http://njzyyy.cn/news/11252/5fca1bb03c4159cddc872027484c60bc.shtml",
        "县殡仪馆 岗位廉政风险防控一览表, after the source's account of corruption in 殡仪馆 (馆长负责制; 设备采购回扣, 骨灰盒、"
        "尸体袋 按件提成, 节日礼金, 虚列支出发放绩效, 擅自提高骨灰深埋费): a title, then 序号/岗位/姓名/风险点/风险类型 (short "
        "names)/风险等级 ``★★★/★★/★``/防控措施 under group rows ``一、馆领导``, ``二、殡仪服务科``, ``三、火化车间``, "
        "``四、财务室`` merged across (no 科室 column), 岗位 and 姓名 merged per person; a 火化工 whose row says only 无; a "
        "``注：`` legend and a 填表人/馆长签字 line",
        [sh], t,
    )  # fmt: skip


def transport_enforcement_cards() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "狄屿棠", "大队领导", "大队长", "leader", [
            ("重大行政处罚案件不经集体讨论", "高风险", "重大案件提交案件审理委员会集体讨论。"),
            ("为超限超载车辆说情、干预案件查处", "高风险", "落实干预插手案件记录报告制度。"),
            ("执法装备、执法车辆采购不按程序", "中风险", "采购按政府采购程序办理，验收三人以上。"),
        ]),
        ("路政中队", "况沐川", "路政中队", "中队长", "middle", [
            ("路域环境整治中对违法占道、堆物选择性执法", "中风险", "整治对象清单化，整治前后拍照存档。"),
            ("超限运输车辆处罚降低标准", "高风险", "处罚适用裁量基准，案件经法制审核。"),
            ("路产损坏赔偿费收取不开票", "中风险", "赔偿费全额缴入财政专户，票据专人管理。"),
        ]),
        ("运政中队", "昌漪澜", "运政中队", "执法队员", "general", [
            ("“两客一危”车辆检查走过场", "中风险", "检查清单化，检查记录上传执法系统。"),
            ("查扣非法营运车辆后私自放行", "高风险", "查扣车辆登记入场，放行经中队长审批。"),
            ("出租车检查中接受驾驶员宴请", "低风险", "两人以上执法，执法记录仪全程记录。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in cards:
        sh = _Sheet(tab, [6, 10, 30, 10, 30, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        r = sh.add("单位", unit, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("姓名", who, "职务", post, "所在中队", dept)
        r = sh.add("序号", "风险点", None, "风险等级", "防控措施", None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, None, lv, measures, None)
            sh.merge(r, 1, r, 2)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add("监督电话：0837-12328", None, None, "持卡人签字：", None, "年　月　日")
        sheets.append(sh)
    return _layout(
        "transport_enforcement_cards", "http://m.changanyouth.cn/redian/shaanxi/47154.html",
        "县交通运输综合行政执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 路政中队, 运政中队), after the source's 市"
        "交通运输综合行政执法支队 (两客一危, 公路水路运营, 超限超载治理, 路域环境综合整治, 出租车, 联合执法): a title, a merged "
        "``单位 | …`` row, ``姓名 | … | 职务 | … | 所在中队 | …`` in one row, then 序号/风险点 (merged over two columns)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施 (merged over two columns), no type column; ``监督电话：…``, 持卡人签字 and "
        "年 月 日 below",
        sheets, t,
    )  # fmt: skip


def market_duty_two_sheets() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    header = (
        "序号",
        "股室（所、队）",
        "岗位",
        "职权事项",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任人",
    )
    sheets_rows = [
        ("局机关股室", "局机关股室", [
            ("计量股", "股长", "middle", "强制检定计量器具监管", "对集贸市场、加油站计量器具作弊线索不移交查处",
             "岗位职责风险", "高", "线索登记移交，办理结果按月通报。", "股室负责人"),
            ("计量股", "股长", "middle", "计量器具检定机构监督", "对检定机构超范围检定监督不力", "制度机制风险", "中",
             "每年开展检定机构专项检查。", "股室负责人"),
            ("计量股", "计量检定员", "general", "计量器具检定", "检定数据弄虚作假，出具不实检定证书", "业务流程风险", "高",
             "检定原始记录存档，证书双人核验。", "股室负责人"),
            ("特种设备安全监察股", "股长", "middle", "特种设备使用登记", "对不符合条件的电梯、锅炉违规办理使用登记",
             "岗位职责风险", "高", "登记材料清单化审核，现场核查拍照。", "股室负责人"),
            ("特种设备安全监察股", "科员", "general", "特种设备安全检查", "检查中接受使用单位宴请，隐患不督促整改",
             "外部环境风险", "中", "检查两人以上，隐患整改闭环销号。", "股室负责人"),
        ]),
        ("所队", "基层所、执法大队", [
            ("芦花市场监督管理所", "所长", "middle", "辖区日常监管", "对辖区经营户检查对象、频次随意确定", "制度机制风险",
             "中", "检查对象“双随机”抽取，检查计划报局备案。", "所长"),
            ("芦花市场监督管理所", "所长", "middle", "投诉举报处理", "压案不办，泄露投诉举报人信息", "岗位职责风险", "高",
             "投诉件登记编号，举报人信息保密。", "所长"),
            ("芦花市场监督管理所", "执法人员", "general", "食品安全检查", "对小餐饮、小作坊违法行为以罚代管", "思想道德风险",
             "中", "处罚适用裁量基准，处罚结果公开。", "所长"),
            ("综合行政执法大队", "大队长", "middle", "行政处罚案件办理", "案件调查取证不全，降格处理", "业务流程风险", "高",
             "案件经法制审核，重大案件集体讨论。", "大队长"),
            ("综合行政执法大队", "执法人员", "general", "罚没物品处置", "罚没物品登记不全、私自处理", "制度机制风险", "低",
             "罚没物品登记入库，处置经集体研究。", "大队长"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, caption, rows in sheets_rows:
        sh = _Sheet(tab, [6, 18, 10, 16, 36, 13, 8, 32, 10])
        _line(sh, f"{unit}廉政风险防控责任清单（{caption}）", 9)
        sh.add(*header)
        first = len(sh.rows)
        for i, (dept, post, tier, power, point, typ, lv, measures, duty) in enumerate(rows, 1):
            sh.add(i, dept, post, power, point, typ, lv, measures, duty)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, 1, 2, None)
        sh.add()
        sh.add("编制：", None, None, "审核：", None, None, "2024年5月", None, None)
        sheets.append(sh)
    return _layout(
        "market_duty_two_sheets", "https://www.cqazjl.com/plus/view-16283-1.html",
        "县市场监督管理局 廉政风险防控责任清单 对岗不对人 in two sheets (``局机关股室``, ``所队``), after the source's 县市场监管局 "
        "安全计量 推进会 (计量科, 基层市场监管所 and 局执法大队 by 分工 and 监管区域, 强检器具档案, 监督检查): a title naming the "
        "sheet's part, then 序号/``股室（所、队）`` merged (计量股, 特种设备安全监察股; 芦花市场监督管理所, 综合行政执法大队)/岗位 "
        "merged per post/``职权事项``/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/``责任人`` holding a role "
        "(股室负责人, 所长, 大队长); a blank row and an 编制/审核/date line",
        sheets, t,
    )  # fmt: skip


def construction_bid_checklist() -> dict:
    unit = f"{PLACE}城乡建设发展有限公司"
    sh = _Sheet("排查表", [6, 14, 38, 8, 34, 12, 12, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}工程项目招投标全流程廉洁风险点排查表", 8)
    _line(sh, "排查时间：2024年6月", 8)
    sh.add("序号", "流程环节", "风险点", "风险等级", "防控措施", "责任部门", "责任岗位", "责任人")
    tiers = {"总经理": "leader", "副总经理": "leader", "部长": "middle", "合同管理员": "general",
             "招标专员": "general", "现场代表": "general"}  # fmt: skip
    lead, works, plan = "公司领导", "工程部", "招标采购部"
    rows = [
        ("招标方式确定", "应公开招标的项目化整为零，规避招标", "A级", "项目招标方式经总经理办公会研究。",
         lead, "总经理", "璩澄砚"),
        ("招标文件编制", "设置倾向性资格条件、评分标准量身定制", "A级", "招标文件经法务和纪检会审后发布。",
         plan, "部长", "柏沄舟"),
        ("招标代理机构管理", "指定招标代理机构，对代理机构违规行为不追究", "B级", "代理机构从名录库中比选，年度考评。",
         plan, "招标专员", "羊屿禾"),
        ("开标评标", "向投标人泄露评标专家名单、标底", "A级", "评标专家开标前随机抽取，全程录像。",
         plan, "部长", "柏沄舟"),
        ("合同签订", "合同实质性条款与招标文件不一致", "B级", "合同签订前经法律顾问审核。",
         works, "合同管理员", "邰菁蔚"),
        ("合同签订", "签订“阴阳合同”，另行约定让利条款", "A级", "合同文本统一范本，补充协议须集体研究。",
         lead, "副总经理", "蹇漪桐"),
        ("施工过程管理", "默许中标单位违法转包、分包", "A级", "项目经理到岗履职每月考勤，分包报批备案。",
         works, "部长", "巩澈岚"),
        ("施工过程管理", "现场签证与实际不符，为施工单位多计工程量", "B级", "签证实行现场代表、监理、跟踪审计三方签字。",
         works, "现场代表", "郦湛秋"),
        ("竣工结算", "结算审核降低标准，多付工程款", "C级", "结算经审计部门审定后支付。",
         lead, "副总经理", "蹇漪桐"),
    ]  # fmt: skip
    for n, (step, point, lv, measures, dept, post, who) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures, dept, post, who)
        t.point(sh.name, dept, post, who, tiers[post], point, [], LETTERS[lv])
    _merge_down(sh, 3, [(1, lambda row: row[1])])
    _line(sh, "说明：风险等级分A、B、C三级，A级为高风险，B级为中风险，C级为低风险。", 8)
    sh.add("排查人：", None, None, None, "总经理（签字）：", None, None, None)
    return _layout(
        "construction_bid_checklist", "https://www.zhengguannews.cn/zghnews/333503.html",
        "县城乡建设发展有限公司 工程项目招投标全流程廉洁风险点排查表, after the source's 园林水务局 《工程项目招投标领域全流程"
        "风险点排查表》 (招标文件编制, 代理机构管理, 合同签订; 围标串标, 弄虚作假; 一环节一标准、一风险一对策): a title, a "
        "merged ``排查时间：2024年6月`` line, then 序号/``流程环节`` merged/风险点/风险等级 ``A级/B级/C级``/防控措施 and the "
        "holder LAST in ``责任部门 | 责任岗位 | 责任人``, rows in the order of the 环节 (a person's rows apart), no type "
        "column; a ``说明：`` line giving the letters their levels and an 排查人/总经理签字 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    state_assets_struck_rows(),
    water_supply_list(),
    gas_self_check(),
    bus_station_checklist(),
    funeral_home_groups(),
    transport_enforcement_cards(),
    market_duty_two_sheets(),
    construction_bid_checklist(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus a cell's font
    where its sheet names one: struck through (``struck``) or red (``red``)."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 5, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    formats: dict[str, object] = {"": wb.add_format(base)}

    def fmt(mark: str):
        if mark not in formats:
            extra = {"font_strikeout": True} if mark == "struck" else {"font_color": "#FF0000"}
            formats[mark] = wb.add_format({**base, **extra})
        return formats[mark]

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        marks = {rc: "red" for rc in map(tuple, sheet.get("red", []))}
        marks.update({rc: "struck" for rc in map(tuple, sheet.get("struck", []))})
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
                _put(ws, fmt(marks.get((r, c), "")), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            f = fmt(marks.get((r0, c0), ""))
            ws.merge_range(r0, c0, r1, c1, "", f)
            if v is not None:
                _put(ws, f, r0, c0, v)
    wb.close()
    return path


def _put(ws, fmt, r: int, c: int, v) -> None:
    if isinstance(v, int | float):
        ws.write_number(r, c, v, fmt)
    else:
        ws.write_string(r, c, v, fmt)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch244-inbox"))

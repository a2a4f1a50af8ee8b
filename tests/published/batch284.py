"""The two-hundred-and-eighty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's
state-owned companies and 园区/开发区 bodies, 游仙区 (a district of 绵阳, its staff Han) — its
投资控股集团有限公司 and the group's 城市建设工程有限公司, its 水务投资有限公司, its 城乡公共交通有限公司,
its 园区建设开发有限公司 (the 开发区's platform company), its 高新技术产业园区管理委员会 and 产业园区企业
服务中心, and its 经济开发区管理委员会 — each handing back the 一览表, 防控卡, 排查表, 清单, 自查表 or
防控表 its staff typed in WPS or Excel:

- the 投资控股集团有限公司's 一览表: ``部门`` merged (集团领导, 投资发展部, 工程管理部, 财务融资部), ``岗位`` and
  ``姓名`` merged per person, the risk, SHORT types (``思想道德``, ``制度机制`` …), ``一级/二级/三级``, the
  measures, a ``注：`` line and an 编制人/审核人/date line;
- the 水务投资有限公司's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 部　门 | …``
  and ``岗　位 | … | 填表日期 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 部门负责人意见：``;
- the 城乡公共交通有限公司's 防控卡, one sheet a holder (tabs named by the post): ``持卡人 | … | 职　务 | …``
  and ``所在部门 | … | 填卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, ``…风险``
  types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：12388``;
- the 园区建设开发有限公司's 防控表 under GROUP ROWS ``一、公司领导`` … ``四、资产管理部`` merged across (no
  部门 column): ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``,
  ``一级风险/二级风险/三级风险``, no type column;
- the 高新技术产业园区管理委员会's file in two sheets: ``管委会领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader, title ``…园区管委会领导班子廉政风险防控表`` over a ``填报单位：…`` line naming the 管理委员会) and
  ``内设机构`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``★★★/★★/★`` read by a ``注：`` line on each sheet, no type column;
- the 产业园区企业服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险点``, ``…风险`` types,
  高/中/低, the measures; no names; an 编制/审核/date line;
- the 城市建设工程有限公司's 责任清单 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``部门 | 岗位 | 责任人`` written on EVERY row (no merges), ``职责事项`` before the ``廉洁风险点``,
  ``高级/中级/低级``, the measures.

One is harder:

- ``youxian_devzone_numbered_pairs``: the 经济开发区管理委员会's 一览表 whose risk column is headed
  ``风险点及防控措施`` and holds, for each ``职责事项`` row, the points AND their measures NUMBERED
  TOGETHER IN ONE CELL, one per line: ``风险点1：…⏎防控措施1：…⏎风险点2：…⏎防控措施2：…`` (up to three
  pairs; some cells hold one pair only), the numbering starting again at 1 in every cell; there is no
  separate measures column; one ``风险等级`` (高/中/低) stands for the row and is the level of every
  point of its cell; ``部门`` merged, ``岗位 | 姓名`` merged per person. The README's 读得懂的表 knows
  ``风险点：…⏎防控措施：…`` in one cell split into a point and a measure — but says it does NOT split a
  cell that holds two points; it knows points numbered in one cell with their levels numbered alike in
  the cell beside (``1.高⏎2.中``), measures typed one a row and joined to the point above, and a point
  opening with its type (``思想道德风险：…``); it does not describe a cell in which several points
  and their measures alternate under numbered labels, so that each ``风险点N：`` line is a point of
  its own and each ``防控措施N：`` line the measure of the point with the same number.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on why 经开区 breed graft —
项目审批, 规划审批和变更, a 管委会主任's 借款付息; a 房投集团 under its 城建控股集团's 工程建设招标 专项巡察 —
内部招标、采购管理办法, 合同审查; a 供水稽查 guide — 管道巡查, 阀门, 水表读数, 用户用水稽查, 违规用水; an
经开公交 company's 车辆隐患排查 — 例保, 轮胎, 轮毂螺栓, 运营部; a 开发区's ``管委会+公司`` model — 平台公司,
招商引资, 项目建设, 园区运营, 企业帮包; a 市纪委监委's 开发区 专项整治 — 项目审批, 征地拆迁, 工程建设,
国有资本管理使用, ``三资``监管, 征地补偿款, 分户评估; a note on 园区管理模式 — 园区服务, 入驻项目 备选项目库,
专家团队 论证, 筛选评估; a 集团公司纪委's 招投标风险防控 调研 — 工程、物资采购, 项目承包, 分包, 内部议标)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names); every unit is a body
of 游仙区.

Run ``python tests/published/score.py --set batch284`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``风险点N：`` line of a ``风险点及防控措施`` cell is a point of its own: the point
  is the text after ``风险点N：`` (label and number left off, as batch107 left off a ``制度机制风险：``
  prefix), the ``防控措施N：`` lines are measures, no points; the row's ``风险等级`` is the level of every
  point in its cell; the holder is the row's ``姓名``; ``职责事项`` is no point;
- ``集团领导``, ``公司领导``, ``管委会领导`` and ``中心领导`` (a 部门/股室 cell, a card's or a self-check's
  所在部门, a group row ``一、公司领导``, a sheet ``管委会领导`` whose title names ``…管委会领导班子``) are
  the 科室 of those leaders; a company's 部, 所, 车队 and 车间, a 管委会's 科 and 办公室, a 中心's 股 are
  科室; a group row ``二、招商运营部`` gives the 科室 ``招商运营部`` (its number left off);
- every company, 管委会 and 中心 here is a unit of its own (the 城市建设工程有限公司 too, though the
  投资控股集团 owns it): 董事长, 总经理, 副总经理, a 管委会's 主任 and 副主任 and a 中心's 主任 are leaders;
  部长, 经理 (of a 部), 科长, 股长, 车队长, a 车间's 主任 and a 办公室's 主任 middle; the rest (投资专员,
  造价工程师, 会计, 出纳, 抄表员, 巡线员, 调度员, 招商专员, 资产管理员, 科员, 项目专员, 施工员, 采购员) general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no points
  and name no holder; the 产业园区企业服务中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险``,
  ``★★★/★★/★`` and ``高级/中级/低级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b284_"
PLACE = "游仙区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
TIERED = {"高级": 1, "中级": 2, "低级": 3}
GAP = "\u3000"
POINT_LABEL = "风险点"
MEASURE_LABEL = "防控措施"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout


def pairs_cell(pairs: list[tuple[str, str]]) -> str:
    """``风险点1：…⏎防控措施1：…⏎风险点2：…`` — the points and their measures numbered together."""
    lines = []
    for i, (point, measure) in enumerate(pairs, 1):
        lines += [f"{POINT_LABEL}{i}：{point}", f"{MEASURE_LABEL}{i}：{measure}"]
    return "\n".join(lines)


# (部门, 岗位, 姓名, tier, [(职责事项, [(风险点, 防控措施)], 风险等级)])
DEVZONE = [
    ("管委会领导", "主任", "阚砚澍", "leader", [
        ("重大项目入园决策", [
            ("重大招商项目入园不经党工委会集体研究，个人拍板", "重大项目入园一律提交党工委会集体决策，会议纪要存档。"),
            ("为特定关系人承揽园区工程打招呼、递条子", "领导干部插手干预工程建设事项如实记录，按季度报告。"),
        ], "高"),
        ("规划条件调整审核", [
            ("违规同意调整地块容积率等规划条件，为企业输送利益", "规划条件调整经专家论证、集体审议，报区自然资源局审批。"),
        ], "高"),
    ]),
    ("管委会领导", "副主任", "郏霁珩", "leader", [
        ("招商引资政策兑现", [
            ("擅自承诺超出政策规定的土地、税收优惠", "招商协议条款经法律顾问和财政金融科会审。"),
            ("企业奖补资金兑现审核把关不严", "奖补资金兑现实行科室初审、联席会议审定、结果公示。"),
        ], "中"),
    ]),
    ("投资促进科", "科长", "薄峤沅", "middle", [
        ("项目引进洽谈", [
            ("洽谈中接受企业宴请、礼品礼金", "招商洽谈两人以上参加，洽谈情况登记备案。"),
            ("泄露园区土地出让底价等招商信息", "底价信息限定知悉范围，经办人员签订保密承诺。"),
        ], "中"),
        ("项目履约监管", [
            ("对未达到约定投资强度的入园企业不督促整改", "项目履约情况按季度核查，结果报主任办公会。"),
        ], "低"),
    ]),
    ("规划建设科", "科长", "巢湍沣", "middle", [
        ("基础设施工程建设管理", [
            ("道路管网工程设计变更审核不严，增加投资", "设计变更按金额分级审批，重大变更集体研究。"),
            ("隐蔽工程验收不到场即签字", "隐蔽工程验收留存影像资料，验收单双人签字。"),
            ("向施工单位指定分包单位或材料供应商", "管委会人员不得推荐分包单位和供应商，发现即报告。"),
        ], "高"),
    ]),
    ("企业服务科", "科员", "鞠芷澜", "general", [
        ("入园企业代办服务", [
            ("代办审批手续时向企业吃拿卡要", "代办事项清单和办理时限公开，企业评价纳入考核。"),
        ], "低"),
    ]),
    ("财政金融科", "会计", "庾沐蘅", "general", [
        ("资金支付审核", [
            ("工程款不按合同约定和审批手续支付", "支付凭合同、计量单、审批单办理，U盾与密码分人保管。"),
            ("平台公司融资资金使用审核流于形式", "融资资金专户管理，按月对账。"),
        ], "中"),
    ]),
]  # fmt: skip


def youxian_devzone_numbered_pairs() -> dict:
    unit = f"{PLACE}经济开发区管理委员会"
    sh = _Sheet("一览表", [6, 12, 8, 10, 16, 56, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 7)
    sh.add("序号", "部门", "岗位", "姓名", "职责事项", "风险点及防控措施", "风险等级")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, items in DEVZONE:
        for duty, pairs, lv in items:
            n += 1
            sh.add(n, dept, post, who, duty, pairs_cell(pairs), lv)
            for point, _measure in pairs:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：“风险点及防控措施”栏内风险点与防控措施按编号一一对应；风险等级分高、中、低三级，为该职责事项各风险点的等级。",
          7)  # fmt: skip
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None)
    return _layout(
        "youxian_devzone_numbered_pairs", "http://sdyjkjfhq.cn/yjgs/909.html",
        "(harder) 区经济开发区管理委员会 岗位廉政风险点及防控措施一览表, after the source's report on 经开区 graft (项目审批, "
        "规划审批和变更, 管委会主任): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, then 序号/部门 merged "
        "(管委会领导, 投资促进科, 规划建设科, 企业服务科, 财政金融科)/岗位 and 姓名 merged per person/``职责事项``/ONE column "
        "``风险点及防控措施`` whose cell holds the points AND measures numbered together, one a line "
        "(``风险点1：…⏎防控措施1：…⏎风险点2：…⏎防控措施2：…``, one to three pairs, numbering again from 1 in each cell)/"
        "风险等级 高/中/低 for the row; no measures column, no type column; a merged ``注：`` line and a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def youxian_investment_group_list() -> dict:
    unit = f"{PLACE}投资控股集团有限公司"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("集团领导", "董事长", "濮峻岐", "leader", [
            ("对外投资、担保事项不经“三重一大”集体决策", "制度机制", "一级",
             "重大投资、担保事项党委前置研究、董事会集体决策。"),
            ("干预集团内部招标、采购，为关系人谋利", "思想道德", "一级", "插手干预事项如实登记，按季度报告区纪委监委。"),
        ]),
        ("集团领导", "总经理", "扈霖岫", "leader", [
            ("大额资金调度审批把关不严", "岗位职责", "二级", "大额资金调度实行总经理办公会集体审议。"),
        ]),
        ("投资发展部", "部长", "晏珂潇", "middle", [
            ("投资项目尽职调查走过场，隐瞒项目风险", "业务流程", "一级", "尽职调查委托第三方机构，报告提交投委会审议。"),
        ]),
        ("投资发展部", "投资专员", "瞿沄桐", "general", [
            ("泄露投资项目估值和谈判底线", "岗位职责", "三级", "涉密资料专人保管，经办人员签订保密承诺。"),
        ]),
        ("工程管理部", "部长", "冀岱澂", "middle", [
            ("内部招标文件设置倾向性条件", "制度机制", "一级", "招标文件经法务和纪检审核后发布。"),
            ("合同签订前不按规定进行合同审查", "业务流程", "二级", "合同会签制度，重大合同法律顾问审查。"),
        ]),
        ("工程管理部", "造价工程师", "宦澧芊", "general", [
            ("工程结算审核中高估冒算", "外部环境", "二级", "结算审核报告复核，委托第三方抽审。"),
        ]),
        ("财务融资部", "会计", "匡湄珞", "general", [
            ("融资费用支付不按合同约定", "业务流程", "二级", "融资费用支付凭合同和审批单，按月对账。"),
            ("费用报销票据审核不严", "岗位职责", "三级", "报销票据逐张查验真伪。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "youxian_investment_group_list", "http://lygcjjt.com/artinfo?id=7304",
        "区投资控股集团有限公司 岗位廉洁风险防控一览表, after the source's 房投集团 under its 城建控股集团's 工程建设招标 专项巡察 "
        "(内部招标、采购管理办法, 合同审查): a title, then 序号/部门 merged (集团领导, 投资发展部, 工程管理部, 财务融资部)/岗位 and "
        "姓名 merged per person/廉洁风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an "
        "编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def youxian_water_selfchecks() -> dict:
    unit = f"{PLACE}水务投资有限公司"
    t = _Truth(unit)
    people = [
        ("衡嵘湛", "公司领导", "总经理", "leader", [
            ("供水管网改造工程发包不按规定程序", "高风险", "工程发包经总经理办公会研究，公开招标。", "已落实"),
            ("水费减免审批把关不严", "中风险", "减免事项集体研究，按月公示。", "未发现问题"),
        ]),
        ("寇澜琇", "供水稽查部", "部长", "middle", [
            ("对偷盗水、违规用水行为查处不力，以罚代管", "高风险", "稽查结果集体审核，处理情况公开。", "已整改"),
            ("稽查中接受用户宴请、礼品", "中风险", "稽查两人以上，签订廉洁承诺书。", "未发现问题"),
            ("追补水费核算不实", "低风险", "追补水量按规定公式核算，双人复核。", "已落实"),
        ]),
        ("阙沁瑶", "营业所", "抄表员", "general", [
            ("水表读数估抄、漏抄，为熟人少计水量", "中风险", "抄表照片上传系统，营业所按月抽查。", "未发现问题"),
            ("私自为用户更换、移装水表收取费用", "中风险", "水表拆装一律经营业所受理登记。", "已落实"),
        ]),
        ("殳岷澈", "管网所", "巡线员", "general", [
            ("管道巡查记录不实，隐瞒泄漏点", "低风险", "巡查轨迹定位，巡查记录每日上传。", "已落实"),
            ("阀门、消防栓被私开用水不报告", "中风险", "发现私开阀门、消防栓即时上报稽查部。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add("姓　名", who, "部　门", dept, None)
        sh.add("岗　位", post, "填表日期", "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "部门负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "youxian_water_selfchecks",
        "https://www.seridoat.com/article/po-jie-gong-shui-ji-cha-nan-ti-jie-mi-gong-zuo-zhong-dian-yu-gao-xiao-guan-li-zhi-dao.html",
        "区水务投资有限公司 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's 供水稽查 guide "
        "(管道巡查, 阀门检查, 水表读数, 用户用水稽查, 违规用水): a title, ``姓　名 | … | 部　门 | …`` and ``岗　位 | … | 填表日期 | …`` "
        "pairs, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 部门负责人意见：``",
        sheets, t,
    )  # fmt: skip


def youxian_bus_cards() -> dict:
    unit = f"{PLACE}城乡公共交通有限公司"
    t = _Truth(unit)
    cards = [
        ("副总经理", "沃岑翊", "副总经理", "公司领导", "leader", [
            ("新能源公交车辆采购参数设置带有倾向性", "制度机制风险", "Ⅰ级", "采购参数经技术、运营、纪检三方论证。"),
            ("公交场站建设项目插手干预", "思想道德风险", "Ⅰ级", "场站建设项目进入公共资源交易平台。"),
        ]),
        ("第一车队", "蔚峤宸", "车队长", "第一车队", "middle", [
            ("排班派车优亲厚友，收受驾驶员好处", "岗位职责风险", "Ⅱ级", "排班表每周公示，调整须经运营部审批。"),
            ("驾驶员违章处理降格、瞒报", "业务流程风险", "Ⅱ级", "违章处理结果每月通报。"),
            ("车辆例保检查走过场", "岗位职责风险", "Ⅲ级", "例保记录拍照留存，运营部抽查。"),
        ]),
        ("维修车间", "夔澍霖", "主任", "维修车间", "middle", [
            ("轮胎、轮毂螺栓等配件虚报更换数量", "业务流程风险", "Ⅱ级", "配件领用登记，旧件交回核销。"),
            ("外修厂家选择不公开", "外部环境风险", "Ⅱ级", "外修厂家比价选定并公示。"),
        ]),
        ("调度员", "巩筠漪", "调度员", "运营调度中心", "general", [
            ("擅自调整发车班次，虚报运营里程", "岗位职责风险", "Ⅲ级", "智能调度系统留痕，里程按月核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 8, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 5)
        sh.add("持卡人", who, "职　务", post, None)
        sh.add("所在部门", dept, "填卡时间", "2025年5月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为高风险，Ⅲ级为低风险。", 5)
        sh.add("持卡人签字：", None, None, "监督电话：12388", None)
        sheets.append(sh)
    return _layout(
        "youxian_bus_cards", "http://www.hfjkbus.com/info/2/11/163.html",
        "区城乡公共交通有限公司 岗位廉洁风险防控卡, one sheet a holder (tabs 副总经理, 第一车队, 维修车间, 调度员), after the "
        "source's 经开公交 车辆隐患排查 (例保, 轮胎更换, 轮辋螺栓, 运营部): a title, ``持卡人 | … | 职　务 | …`` and ``所在部门 | … "
        "| 填卡时间 | …``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a merged ``注：`` line and "
        "``持卡人签字： | 监督电话：12388``",
        sheets, t,
    )  # fmt: skip


def youxian_park_platform_groups() -> dict:
    unit = f"{PLACE}园区建设开发有限公司"
    sh = _Sheet("防控表", [6, 10, 10, 22, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "晁屹濛", "leader", [
                ("园区项目投资决策", "园区标准厂房投资不经董事会集体决策", "一级风险", "投资项目可研论证，董事会集体决策。"),
                ("企业帮包服务", "借帮包服务之机向企业推荐合作伙伴谋利", "一级风险", "帮包事项登记台账，定期报告。"),
            ]),
        ]),
        ("二、招商运营部", "招商运营部", [
            ("经理", "勾霏岚", "middle", [
                ("厂房租金减免", "违规给予入驻企业租金减免", "二级风险", "租金减免按政策集体审核，结果公示。"),
            ]),
            ("招商专员", "敖沣苒", "general", [
                ("招商信息", "向中介泄露园区招商项目信息收取好处", "二级风险", "招商信息分级管理，中介服务费公开。"),
                ("入驻合同", "入驻合同条款随意变更", "三级风险", "合同变更经法务审核。"),
            ]),
        ]),
        ("三、工程建设部", "工程建设部", [
            ("经理", "融岢澄", "middle", [
                ("基础设施建设", "园区道路、雨污管道工程量签证不实", "一级风险", "签证经监理、跟踪审计、公司三方会签。"),
                ("工程进度款", "未按进度审核工程款", "二级风险", "进度款凭监理计量和审计意见拨付。"),
            ]),
        ]),
        ("四、资产管理部", "资产管理部", [
            ("资产管理员", "冷璎澍", "general", [
                ("厂房出租", "闲置厂房私下出租，租金不入账", "二级风险", "资产台账动态更新，租金统一收缴。"),
                ("资产盘点", "资产盘点账实不符不报告", "三级风险", "每年两次全面盘点，差异专项说明。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：综合部", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "youxian_park_platform_groups", "http://te-ch.tech/news/show-59259.html",
        "区园区建设开发有限公司 (开发区平台公司) 廉洁风险防控表, after the source's ``管委会+公司`` model (平台公司, 招商引资, 项目建设, "
        "园区运营, 基础设施建设, 企业帮包): a title, 序号/岗位/姓名/a short 风险点/a long 风险描述/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、公司领导``, ``二、招商运营部``, ``三、工程建设部``, ``四、资产管理部`` merged across "
        "(no 部门 column); 岗位 and 姓名 merged per person; no type column; a ``制表：综合部 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def youxian_hitech_park_two_sheets() -> dict:
    unit = f"{PLACE}高新技术产业园区管理委员会"
    t = _Truth(unit)
    note = "注：风险等级★★★为高风险，★★为中风险，★为低风险。"
    lead = _Sheet("管委会领导", [6, 10, 8, 18, 34, 10, 32])
    _line(lead, f"{PLACE}高新技术产业园区管委会领导班子廉政风险防控表", 7)
    _line(lead, f"填报单位：{unit}{GAP * 10}填报时间：2025年5月", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("辛嶙渺", "主任", "主持全面工作", [
            ("入园项目审批搞“一言堂”", "★★★", "入园项目联审会集体审议。"),
            ("国有资本投资决策不规范", "★★★", "国有资本投资事项报区国资部门备案。"),
        ]),
        ("简芮溥", "副主任", "分管征地拆迁、工程建设", [
            ("征地补偿款拨付审批把关不严", "★★★", "补偿款按户直接拨付，拨付清单公示。"),
            ("工程建设项目干预招投标", "★★", "工程项目进入公共资源交易平台。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "管委会领导", post, who, "leader", point, [], STARS[lv])
    _per_person(lead, first, None, 2, 1, 3)
    _line(lead, note, 7)
    dept = _Sheet("内设机构", [6, 14, 8, 10, 34, 10, 32])
    _line(dept, f"{unit}内设机构廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("征地拆迁办公室", "主任", "饶岙沨", "middle", [
            ("分户评估结果不实，虚增补偿面积", "★★★", "评估机构随机选定，评估结果入户公示。"),
            ("补偿安置信息不公开", "★★", "补偿安置方案和结果在村（社区）公开。"),
        ]),
        ("征地拆迁办公室", "科员", "须漪棠", "general", [
            ("入户丈量登记弄虚作假", "★★", "丈量登记两人以上，户主签字确认。"),
        ]),
        ("项目服务科", "科长", "沙峒渟", "middle", [
            ("项目审批材料把关不严", "★★", "审批材料清单化审核。"),
            ("为未批先建项目说情放行", "★★★", "未批先建项目一律报管委会研究处理。"),
        ]),
        ("国资监管科", "科员", "荆珣汀", "general", [
            ("“三资”台账登记不全", "★", "“三资”台账按月更新，年度审计。"),
            ("国有资产出租收益核对不及时", "★", "出租收益按季度核对入账。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], STARS[lv])
    _per_person(dept, first, 1, 2, 3)
    _line(dept, note, 7)
    return _layout(
        "youxian_hitech_park_two_sheets", "http://cqtresearch.com/news/jujiao/2022/0226/105943.html",
        "区高新技术产业园区管理委员会 workbook in two sheets, after the source's 开发区 专项整治 (项目审批, 征地拆迁, 工程建设, "
        "国有资本管理使用, ``三资``监管, 征地补偿款, 分户评估, 补偿安置信息公开): ``管委会领导`` — a title ``…园区管委会领导班子廉政风险防控表`` and a "
        "``填报单位：…　填报时间：…`` line, "
        "序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级/防控措施; ``内设机构`` — 序号/科室 merged (征地拆迁办公室, "
        "项目服务科, 国资监管科)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施; ``★★★/★★/★`` read by a ``注：`` line "
        "on each sheet; no type column",
        [lead, dept], t,
    )  # fmt: skip


def youxian_park_service_center_posts() -> dict:
    unit = f"{PLACE}产业园区企业服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    lead, proj, land, office = "中心领导", "项目服务股", "要素保障股", "综合股"
    rows = [
        (lead, "主任", "leader", "入驻项目筛选评估不经专家论证", "制度机制风险", "高",
         "入驻项目经内外部专家团队论证，结果集体研究。"),
        (lead, "主任", "leader", "为关系企业入驻园区打招呼", "思想道德风险", "高", "说情打招呼事项一律登记报告。"),
        (proj, "股长", "middle", "备选项目库入库把关不严", "岗位职责风险", "中", "入库标准公开，入库名单公示。"),
        (proj, "项目专员", "general", "向企业泄露评估打分情况", "岗位职责风险", "中", "评估资料专人保管，评估结果统一发布。"),
        (proj, "项目专员", "general", "企业服务中收受礼品礼金", "外部环境风险", "低", "签订廉洁服务承诺书，拒收登记。"),
        (land, "股长", "middle", "用水用电等要素协调优亲厚友", "业务流程风险", "中", "要素保障按申请先后顺序办理并公开。"),
        (office, "会计", "general", "服务经费报销不合规", "业务流程风险", "低", "报销实行经办、审核、审批分离。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, point, typ, lv, measures)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "youxian_park_service_center_posts", "http://www.alss2i.com/information/443.html",
        "区产业园区企业服务中心 廉政风险点排查表 对岗不对人, after the source's note on 园区管理模式 (园区服务专业化, 入驻项目 备选项目库, "
        "内外部专家团队 论证, 筛选评估): a title, then 序号/股室 merged (中心领导, 项目服务股, 要素保障股, 综合股)/岗位 merged per post/"
        "风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an ``编制：综合股 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def youxian_construction_duty_list() -> dict:
    unit = f"{PLACE}城市建设工程有限公司"
    sh = _Sheet("责任清单", [6, 12, 10, 10, 16, 36, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉洁风险防控责任清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "职责事项", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "桓澈岚", "leader", "项目承包", "以内部议标代替公开招标，将项目承包给关系单位", "高级",
         "内部议标严格限定范围，议标结果报集团备案。"),
        ("公司领导", "总经理", "桓澈岚", "leader", "工程分包", "违规同意工程转包、违法分包", "高级",
         "分包事项报集团工程管理部审批。"),
        ("工程部", "部长", "蒯屾桐", "middle", "工程施工管理", "对施工质量问题不督促整改", "中级",
         "质量问题整改闭环管理。"),
        ("工程部", "施工员", "逯芃溪", "general", "现场签证", "现场签证工程量与实际不符", "中级",
         "签证两人以上现场核实。"),
        ("物资采购部", "部长", "竺岚沣", "middle", "物资采购", "采购询价对象少于三家或虚假询价", "高级",
         "询价记录留存，采购结果公示。"),
        ("物资采购部", "采购员", "訾漪岑", "general", "物资验收", "钢材、水泥验收不严，以次充好", "中级",
         "验收三方参与并签字，抽样送检。"),
        ("财务部", "出纳", "暨澹琪", "general", "资金收付", "收取投标保证金不及时退还", "低级",
         "保证金台账管理，开标后按时退还。"),
    ]  # fmt: skip
    for n, (d, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, who, duty, point, lv, measures)
        t.point(sh.name, d, post, who, tier, point, [], TIERED[lv])
    _line(sh, "注：风险等级分高级、中级、低级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "youxian_construction_duty_list", "http://naju.cc/index/article/article_show?id=1229",
        "区城市建设工程有限公司 廉洁风险防控责任清单, after the source's 集团公司纪委 招投标风险防控 调研 (工程、物资采购, 招投标, "
        "项目承包, 工程施工, 分包, 内部议标): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then "
        "序号/部门/岗位/``责任人`` written on EVERY row (no merges)/``职责事项``/廉洁风险点/风险等级 ``高级/中级/低级``/防控措施; "
        "no type column; a merged ``注：`` line and a 填表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    youxian_devzone_numbered_pairs(),
    youxian_investment_group_list(),
    youxian_water_selfchecks(),
    youxian_bus_cards(),
    youxian_park_platform_groups(),
    youxian_hitech_park_two_sheets(),
    youxian_park_service_center_posts(),
    youxian_construction_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch284-inbox"))

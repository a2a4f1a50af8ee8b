"""The eight-hundred-and-twenty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's market
supervision bodies, 偏关县 (of 忻州市, 山西省) — its 市场监督管理局, its 乡镇市场监管所 (新关, 老营,
天峰坪), its 特种设备检验所, 食品检验检测站, 计量检定所 and 消费者协会 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 市场监督管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 特种设备检验所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险类型 | 风险等级``,
  ``…风险`` types, 高/中/低; no names;
- the 食品检验检测站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 老营市场监管所's 责任清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 天峰坪市场监管所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 消费者协会's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 计量检定所's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``pianguan_xinguan_station_holders_by_year``: the 新关市场监管所's 岗位廉政风险点动态管理台账
  (2023—2025年度), kept over three years because the 所's 执法 posts rotate (重要岗位定期轮岗): ONE
  ROW A POINT, ``岗位`` merged per post, and ``责任人`` merged across THREE YEAR COLUMNS ``2023年 |
  2024年 | 2025年`` (a two-row heading), each cell the post's holder in that year, merged down over
  the post's rows; a closing ``注：`` says the holder is the one of the current year (2025年). Two
  执法 posts swapped holders in 2024 (so a name stands in two posts' blocks, in different years), the
  所长 and the 登记注册员 changed in 2025 (the old holders, gone from the 所, stand only in the
  earlier columns), the 副所长 is the same in all three. The holder of a post's points is the name
  in the 2025年 column only. It was meant as a shape docs/layouts.md (读得懂的表) does not describe; it is
  not: the grep before building looked for other words (现/原 in one cell, 原→现, 轮岗 registers,
  yearly ledgers), and only the measurement showed that docs/layouts.md already says a ``责任人``
  merged over ``2024年 | 2025年`` (``上年 | 本年``, ``原任 | 现任``) is read by its latest column
  (``COLUMN_LATEST_YEAR``, tests/test_holders_by_year.py, after batch448's harder file). Kept as
  measured (three year columns, not two; a rotated holder standing in two posts' blocks; a ``注：``
  naming the current year), it is a variant of a known shape.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city 工商局's 农贸市场 整治 —
驻守市场, 分片包干, 机关干部到一线工商所轮岗; a 市场监管局 and 财政局's 举报奖励 办法 — 重大违法行为,
举报核实, 奖励标准; the 特种设备 评审 rules — 失实评审报告, 索要额外钱物, 从事经营性活动; a 食品
智能抽检 study — 均衡抽检, 抽样, 数据平台; a 旗市场监管局's 乡村集市 计量器具 检查检定 — 检定周期,
计量作弊, 合格标志; a 区市场监管局's 集贸市场 计量器具 免费检定 — 作弊秤 就地没收; the 3·15 宣传咨询
— 消协, 现场接受投诉, 挽回经济损失; a 开发区 市监局's 节前 “计量诚信” 检查 — 加油机, 检定证书,
铅封) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare surnames 昝 and 逯 with rare given names);
every unit is a body of 偏关县.

Run ``python tests/published/score.py --set batch829`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each post's points are the points of the name in its ``2025年`` cell, with
  the row's level; the ``2023年`` and ``2024年`` names are former holders and hold nothing (one of
  them, rotated, holds the OTHER post's points through its own 2025年 cell); a 市场监管所 is a unit of
  its own, its 所长 and 副所长 leaders, the rest general, no 科室 (the table names none); the ``注：``
  line and the 填表/审核 line are no points;
- ``局领导``, ``所领导``, ``站领导``, ``协会领导`` (a 股室 cell, a group row, a 所在科室 cell) are the 科室
  of those leaders; the 局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股,
  a 所's 组/室/窗口, a 站's 室/组 and the 消协's 部 are 科室; a group row ``二、综合执法组`` gives the
  科室 ``综合执法组`` (its number left off);
- 局长, 副局长, 所长, 副所长, 站长 and the 消协's 秘书长 are leaders; 股长 and a 部's 部长 middle; the
  rest (股员, 检验员, 检定员, 抽样员, 执法队员, 调解员, 干事, 收费员, 窗口人员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 特种设备检验所's
  list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b829_"
PLACE = "偏关县"
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

YEARS = ("2023年", "2024年", "2025年")

# (岗位, tier, holders by YEARS, [(廉政风险点, 风险等级, 防控措施)])
ROTATED = [
    ("所长", "leader", ("昝骞湉", "昝骞湉", "逯彧澂"), [
        ("案件查办中说情打招呼，擅自降低处罚额度", "一级", "案件处理由所务会集体讨论，处罚决定报局法制股审核。"),
        ("农贸市场整治中对关系户违规经营放任不管", "二级", "整治情况每周通报，投诉举报件件登记、限时办结。"),
    ]),
    ("副所长", "leader", ("逯鸾筠", "逯鸾筠", "逯鸾筠"), [
        ("行政处罚案件审核把关不严，证据不足即作决定", "一级", "案件审核实行承办、审核、决定三分离，全程留痕。"),
        ("分片包干的网格日常巡查走过场", "二级", "巡查记录上传监管平台，所长每月抽查。"),
    ]),
    ("食品安全监管员", "general", ("昝珝苒", "逯琮霂", "逯琮霂"), [
        ("食品经营许可现场核查降低标准", "一级", "现场核查两人以上进行，核查表由经营者签字确认。"),
        ("农贸市场食品快检不合格结果瞒报、漏报", "二级", "快检结果当日录入系统并在市场公示栏公示。"),
    ]),
    ("市场监管员（执法）", "general", ("逯琮霂", "昝珝苒", "昝珝苒"), [
        ("驻守市场执法中吃拿卡要、收受商户财物", "一级", "执法全程佩戴执法记录仪，公开监督电话。"),
        ("纠正违法违章行为时选择性执法", "二级", "检查对象随机抽取，处理结果公开。"),
        ("罚没物品登记保管不规范", "三级", "罚没物品专库存放，出入库双人登记。"),
    ]),
    ("登记注册员", "general", ("昝棣岚", "昝棣岚", "逯菡荪"), [
        ("市场主体登记材料审核把关不严", "二级", "登记材料实行受理、核准两级把关。"),
        ("为中介代办人员“开绿灯”，违规提前办理", "三级", "窗口按取号顺序办理，中介代办登记备查。"),
    ]),
]  # fmt: skip


def pianguan_xinguan_station_holders_by_year() -> dict:
    unit = f"{PLACE}市场监督管理局新关市场监管所"
    n = len(YEARS)
    ncols = 2 + n + 3
    sh = _Sheet("动态台账", [6, 16] + [9] * n + [40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点动态管理台账（2023—2025年度）", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 20}填报时间：2025年6月", ncols)
    top = sh.add(
        "序号", "岗位", "责任人", *([None] * (n - 1)), "廉政风险点", "风险等级", "防控措施"
    )
    sh.add(None, None, *YEARS, None, None, None)
    for c in (0, 1, ncols - 3, ncols - 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 2, top, 1 + n)
    first = len(sh.rows)
    i = 0
    for post, tier, holders, points in ROTATED:
        start = len(sh.rows)
        for k, (point, lv, measures) in enumerate(points):
            i += 1
            shown = (post, *holders) if k == 0 else (None,) * (1 + n)
            sh.add(i, *shown, point, lv, measures)
            t.point(sh.name, "", post, holders[-1], tier, point, [], GRADES[lv])
        if len(points) > 1:
            for c in range(1, 2 + n):
                sh.merge(start, c, len(sh.rows) - 1, c)
    assert first < len(sh.rows)
    _line(
        sh,
        "注：按照重要岗位定期轮岗交流要求，责任人按年度登记；当年岗位风险点的责任人以本年度（2025年）一栏为准。",
        ncols,
    )
    sh.add("填表：", None, None, "审核：", None, None, "所长（签字）：", None)
    return _layout(
        "pianguan_xinguan_station_holders_by_year", "http://13422222222.com/gongshangyejie/20140415_22721.html",
        "(harder) 县市场监管所 岗位廉政风险点动态管理台账 (2023—2025年度), after the source's city 工商局 on 农贸市场 整治 (驻守市场, "
        "网格监管, 分片包干, 机关干部到一线工商所轮岗): a title, a merged 填报单位/填报时间 line, then a TWO-ROW heading: "
        "序号/岗位/廉政风险点/风险等级/防控措施 merged down, ``责任人`` merged across THREE YEAR COLUMNS ``2023年 | 2024年 | "
        "2025年``; ONE ROW A POINT, 岗位 and each year's holder merged down over the post's rows; two 执法 posts swapped "
        "holders in 2024, the 所长 and the 登记注册员 changed in 2025, the 副所长 the same throughout; a ``注：`` line says the "
        "holder is the current year's (2025年); ``一级/二级/三级``, no type column; a 填表/审核/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pianguan_amr_bureau_two_sheets() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("逯湛晞", "局长", "主持全面工作", [
            ("重大违法案件处理意见个人说了算", "一级", "重大案件一律提交局案审委员会集体审议。"),
            ("举报奖励审批中擅自提高奖励标准", "一级", "举报奖励按办法分级审批，奖励结果报财政局备案。"),
        ]),
        ("昝珩琬", "副局长", "分管执法稽查、消费者权益保护", [
            ("为被查处企业说情，干预案件查办", "一级", "领导干部插手干预案件一律登记报告。"),
            ("消费投诉举报分派处理中偏袒被投诉方", "二级", "投诉举报分派留痕，办结情况定期回访。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("执法稽查股", "股长", "逯旻溆", "middle", "重大违法行为举报线索核实不及时、不彻底", "一级",
         "举报线索登记编号，核实结果限期反馈。"),
        ("执法稽查股", "股长", "逯旻溆", "middle", "涉案财物扣押、解除不按程序办理", "二级", "扣押财物清单双人签字，定期盘点。"),
        ("执法稽查股", "股员", "昝淼珣", "general", "泄露举报人信息", "一级", "举报人信息专人保管，严格保密。"),
        ("消费者权益保护股", "股长", "逯槿蘅", "middle", "举报奖励金额核定不实", "二级", "奖励金额按违法所得比例测算，股务会复核。"),
        ("消费者权益保护股", "股长", "逯槿蘅", "middle", "投诉调解中接受被投诉方宴请", "三级", "调解工作两人以上参加，签订廉洁承诺。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "pianguan_amr_bureau_two_sheets", "http://m.www-555510.com/zwgk/xxgk/scjdglj/gkml/gwfg/202312/t20231214_7723771.shtml",
        "县市场监督管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 市场监管局 and 财政局 举报奖励 办法 (重大违法行为, "
        "举报核实, 奖励标准, 举报人保密): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def pianguan_special_equipment_posts() -> dict:
    unit = f"{PLACE}特种设备检验所"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "检验机构承揽特种设备维保等经营性业务", "制度机制风险", "高",
         "严禁从事特种设备经营性活动，所务会每季度自查。"),
        ("检验室", "检验员", "general", "电梯定期检验不到现场，出具失实检验报告", "岗位职责风险", "高",
         "检验现场拍照上传，报告与原始记录逐项核对。"),
        ("检验室", "检验员", "general", "向使用单位索要额外钱物", "思想道德风险", "中",
         "检验收费统一开票，公开监督电话。"),
        ("检验室", "报告审核员", "general", "检验报告审核签发把关不严", "业务流程风险", "中",
         "报告实行编制、审核、批准三级签字。"),
        ("综合室", "收费员", "general", "检验费收取不开票据或擅自减免", "业务流程风险", "低",
         "收费按标准公示，票据逐月核销。"),
        ("综合室", "收费员", "general", "泄露受检单位商业秘密", "外部环境风险", "低", "签订保密承诺，资料专柜保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "pianguan_special_equipment_posts", "http://shengyiso.com/company477787985-b4158746992",
        "县特种设备检验所 岗位廉政风险点排查表 对岗不对人, after the source's 特种设备 评审 rules (失实评审报告, 索要额外钱物, "
        "泄露商业秘密, 从事经营性活动): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pianguan_food_lab_selfchecks() -> dict:
    unit = f"{PLACE}食品检验检测站"
    t = _Truth(unit)
    people = [
        ("昝峤岚", "站领导", "站长", "leader", [
            ("抽检计划安排不均衡，有意避开关系企业", "Ⅰ级", "抽检计划经站务会研究，按区域、品种均衡安排。", "已落实"),
            ("检验仪器设备采购指定品牌", "Ⅱ级", "设备采购按政府采购程序执行。", "未发现问题"),
        ]),
        ("逯昶翙", "抽样组", "抽样员", "general", [
            ("抽样时提前告知被抽样单位", "Ⅰ级", "抽样任务当日派发，不得提前透露。", "已落实"),
            ("样品封存、传递不规范，调换样品", "Ⅱ级", "样品现场封样，双人签字交接。", "已落实"),
        ]),
        ("逯芷潆", "理化检验室", "检验员", "general", [
            ("篡改检验数据或出具虚假检验结果", "Ⅰ级", "原始数据自动上传平台，复核人逐项复核。", "未发现问题"),
            ("不合格检验结果未及时上报", "Ⅲ级", "不合格结果24小时内报送。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pianguan_food_lab_selfchecks", "http://m.jizihe.com/page/2023/1115/22705710.shtml",
        "县食品检验检测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 食品 智能抽检 "
        "study (均衡抽检, 抽样, 经营主体, 数据统计分析平台): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def pianguan_laoying_station_group_rows() -> dict:
    unit = f"{PLACE}市场监督管理局老营市场监管所"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "昝隽翊", "leader", [
                ("集市计量器具检查中对熟人商户网开一面", "一级风险", "检查对象随机确定，检查结果在集市公示。"),
                ("行政处罚自由裁量权使用不当", "一级风险", "严格执行裁量基准，处罚决定集体讨论。"),
            ]),
        ]),
        ("二、综合执法组", "综合执法组", [
            ("执法队员", "逯芮溦", "general", [
                ("对超周期使用计量器具不责令停用", "二级风险", "检查记录逐户登记，复查情况留档。"),
                ("查扣作弊计量器具后私自处置", "二级风险", "查扣器具登记造册，统一销毁。"),
            ]),
            ("计量监管员", "昝蔚葳", "general", [
                ("计量器具登记备案审核不严", "三级风险", "备案资料逐项核对，定期抽查。"),
            ]),
        ]),
        ("三、登记服务窗口", "登记服务窗口", [
            ("窗口人员", "逯筠瀚", "general", [
                ("个体工商户登记中刁难群众、吃拿卡要", "二级风险", "一次性告知，办事群众满意度评价。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "pianguan_laoying_station_group_rows", "https://shtyjl.com/plus/view-892-1.html",
        "县乡镇市场监管所 廉政风险防控责任清单, after the source's 旗市场监管局 on 乡村集市 计量器具 检查检定 (检定周期, 计量作弊, "
        "合格标志, 当场校正): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、所领导``, ``二、综合执法组``, ``三、登记服务窗口`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def pianguan_tianfengping_station_cards() -> dict:
    unit = f"{PLACE}市场监督管理局天峰坪市场监管所"
    t = _Truth(unit)
    cards = [
        ("所长", "昝翕沅", "所长", "主持全所工作，分管执法办案", "leader", [
            ("集贸市场作弊秤查处不到位，就地没收走过场", "★★★", "查处情况登记造册，没收器具统一销毁。"),
            ("执法办案中以罚代管", "★★★", "案件处理集体讨论，结果公开。"),
            ("接受市场开办者宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副所长", "逯毓珧", "副所长", "分管食品安全、特种设备", "leader", [
            ("餐饮单位监督检查流于形式", "★★", "检查表逐项填写，检查结果量化分级。"),
            ("特种设备隐患整改验收不严", "★★", "整改验收两人以上，留存影像资料。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "pianguan_tianfengping_station_cards", "http://digpreneur.com/system/2019/08/29/030147332.shtml",
        "县乡镇市场监管所 领导干部廉政风险防控卡, one sheet a leader, after the source's 区市场监管局 on 集贸市场 计量器具 免费检定 "
        "(作弊秤 就地没收, 强制检定合格 标志, 登记备案): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def pianguan_consumer_association_list() -> dict:
    unit = f"{PLACE}消费者协会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("协会领导", "秘书长", "昝岫霁", "leader", "“3·15”宣传活动经费使用不规范", "制度机制", "高风险",
         "活动经费预算经会长办公会审定，支出公示。"),
        ("协会领导", "秘书长", "昝岫霁", "leader", "比较试验、消费调查委托机构暗箱操作", "岗位职责", "中风险",
         "委托机构比选确定，结果公开。"),
        ("投诉部", "部长", "逯珮蓁", "middle", "投诉受理选择性受理、拖延不办", "业务流程", "中风险",
         "投诉登记编号，限时办结，定期回访。"),
        ("投诉部", "调解员", "昝瑗蘅", "general", "调解中偏袒经营者，收受其好处", "思想道德", "高风险",
         "调解两人以上参加，调解书双方签字。"),
        ("投诉部", "调解员", "昝瑗蘅", "general", "虚报挽回经济损失数据", "业务流程", "低风险", "挽损数据凭调解书统计，逐月核对。"),
        ("宣传部", "干事", "逯霁樯", "general", "为商家有偿宣传、变相背书", "外部环境", "中风险", "宣传内容经秘书长审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "秘书长（签字）：", None, None)
    return _layout(
        "pianguan_consumer_association_list", "http://www.afdelivr.top/jrzg/2010-03/15/content_1555996_5.htm",
        "县消费者协会 岗位廉政风险防控一览表, after the source's 3·15 宣传咨询服务活动 (工商、消协、质监, 现场接受投诉, 义务维权, "
        "挽回经济损失): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/秘书长（签字） line",
        [sh], t,
    )  # fmt: skip


def pianguan_metrology_institute_register() -> dict:
    unit = f"{PLACE}计量检定所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "昝颀珂", "leader", [
            ("计量标准器具采购不按程序", "制度机制", "一级", "采购按政府采购目录执行。"),
            ("检定收费标准擅自调整", "岗位职责", "二级", "收费标准公示，接受物价监督。"),
        ]),
        ("检定室", "检定员", "逯浥尘", "general", [
            ("加油机检定不到现场即出具检定证书", "岗位职责", "一级", "现场检定拍照，证书与原始记录核对。"),
            ("检定后铅封管理不严，为偷换主板留空子", "业务流程", "一级", "铅封编号登记，定期抽查。"),
        ]),
        ("检定室", "检定员", "昝澍岩", "general", [
            ("电子秤强制检定中收受商户好处", "思想道德", "二级", "检定结果当场告知，公开监督电话。"),
        ]),
        ("综合室", "收费员", "逯觐川", "general", [
            ("检定费收取不入账", "业务流程", "三级", "收费统一开票，日清月结。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "pianguan_metrology_institute_register", "http://jkq.changzhou.gov.cn/html/jkq/2022/LABCQJOH_0921/27590.html",
        "县计量检定所 廉政风险点排查登记表, after the source's 开发区 市监局 on 节前 “计量诚信” 检查 (加油机 检定证书, 铅封, "
        "计量芯片, 电子秤, 强制检定合格标志): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pianguan_xinguan_station_holders_by_year(),
    pianguan_amr_bureau_two_sheets(),
    pianguan_special_equipment_posts(),
    pianguan_food_lab_selfchecks(),
    pianguan_laoying_station_group_rows(),
    pianguan_tianfengping_station_cards(),
    pianguan_consumer_association_list(),
    pianguan_metrology_institute_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch829-inbox"))

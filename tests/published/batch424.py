"""The four-hundred-and-twenty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 水务 bodies,
富县 (a county of 延安 on the 洛河, in the gullies of the 黄土高原, its staff Han) — the 县水务局, the
县水土保持工作站, the 县水利工作队, the 县防汛抗旱服务中心 and the 水利站 of four of its towns (羊泉镇,
张村驿镇, 直罗镇, 交道镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff
typed in WPS or Excel:

- the 水务局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` 对岗不对人 (``股室`` merged, ``岗位`` merged per post, no names), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 水土保持工作站's 防控表 under GROUP ROWS ``一、站领导``, ``二、监督执法股``, ``三、综合治理股``
  merged across (no 股室 column): ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 水利工作队's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …`` over
  ``所在组 | … | 持卡时间 | …`` above ``序号 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 队长（签字）：``;
- the 羊泉镇水利站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, 高/中/低, ``本人签名： | … | 站长审核：``;
- the 张村驿镇水利站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names, no 股室 (the 站 has none); an
  编制/审核/date line;
- the 直罗镇水利站's 一览表 under ``附件2``, a title and a merged ``填报单位（盖章）：…　填报时间：…``
  line, written out on EVERY row (nothing merged below the title lines): ``岗位 | 姓名 | 廉政风险点 |
  风险类别 | 风险等级 | 防控措施``, short types, ``一级风险/二级风险/三级风险``, a ``注：`` line;
- the 交道镇水利站's 责任清单: ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, 高/中/低, the measures and a LAST column ``分管领导`` naming the town's 副镇长 on every
  row (a supervisor, no holder); no type column.

One is harder:

- ``fuxian_flood_drought_center_high_risk_flag``: the 防汛抗旱服务中心's 岗位廉政风险点排查表, an
  ordinary list in every other way (a title, a merged ``填报单位：…　填报时间：2025年10月`` line, then
  ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 是否为高风险点 | 防控措施``, ``股室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types typed in their cells, the measures, a merged
  ``注：`` line and a 填表人/审核人/date line) — but its LEVEL IS WRITTEN AS A YES/NO ANSWER. There is
  no ``风险等级`` column and no level word in any row: the only column about the level is headed as a
  QUESTION, ``是否为高风险点``, and every cell under it holds ``是`` or ``否``; the ``注：“是否为高风险点”
  一栏填“是”的为高风险点（一级风险），填“否”的为一般风险点（二级风险）。`` line under the table says
  what the answers mean. So the level is a two-step scale given by a flag whose header carries the
  level word (``高风险点``) and whose cells carry none; ``否`` is not "no risk" but the lower step.
  The shape is about HOW A POINT'S LEVEL IS WRITTEN. The README's 读得懂的表 knows level words
  (高/中/低, 一级…, Ⅰ…, ★…, ``较高/一般/较低`` with the ``LEVEL_SCALE`` hint), codes and symbols read
  by a legend (A/B/C, ●●●, colours, scores, ``①②③`` marks, ``Ⅰ-01`` codes), ``√`` under ``一级 | 二级
  | 三级`` sub-columns, boxes ticked in a cell (``☑高　□中　□低``, ``■□□``), form-control check boxes,
  a point column whose HEADING names the level (``高风险点``, ``二级风险点``), marks before the point
  (``★``/``☆``, ``未标注的为三级``) and levels given by group rows, sheets, titles, notes by number or
  name; of ``是/否`` columns it knows only those that ask whether the row APPLIES (``本岗位是否存在``,
  ``本村是否涉及``: a ``否`` row is no point) and says that a column asking something else
  (``是否涉及“三重一大”事项``) filters no row; batches 109, 141 and 144 have a ``是否重点岗位`` column
  of ``是/否`` that is no level at all (the POST's grade). It does not describe a point's level given
  as ``是/否`` under a ``是否为高风险点`` heading. ``grep -l '是否高风险\\|是否为高' tests/published/batch*.py``
  finds nothing before this module.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 河务局's 清仓查库 of its 防汛物资 —
账、表、卡、物四相符, 防洪备石, 发电机组, 仓库管理; a 省水利厅 on 水利工程建设 廉政风险点 — 8 方面 20 个重点
环节, 薄弱环节, 清廉工地, 设计变更, 资金拨付; a 流域机构's 水土保持重点工程 督查 — 措施图斑 复核, 变更过大,
配套资金未足额到位, 资金支付率低; a 调研 of 淤地坝 建设与运行管理 — 建、管、用, 责、权、利, 坝系, 除险
加固; a 乡's 干旱灾害应急预案 — 抗旱服务, 应急送水, 水源, 分级响应; an article on the 农业水利站站长's
work — 灌溉, 设施维护, 防洪排涝, 技术指导; a 坡耕地水土流失综合治理试点工程 督促检查 — 公示, 招投标,
合同, 直补农户报账制度; a 县's 抗旱应急预案 — 抗旱服务队, 机井, 水源工程, 物资) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body of
富县, named with the county's name (no earlier unit holds ``富县``; the 镇 — 羊泉镇, 张村驿镇, 直罗镇,
交道镇 — are towns of the county).

Run ``python tests/published/score.py --set batch424`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is read by the note under the table: ``是`` under ``是否为高风险点`` is
  level 1 (``高风险点（一级风险）``), ``否`` is level 2 (``一般风险点（二级风险）``) — a point answered ``否``
  is still a point, of the lower step; the ``是否为高风险点`` column is no point, names no holder and
  gives no type; the point is the ``廉政风险点`` cell;
- ``局领导`` (the 水务局's sheet of its leaders, named so by its tab and title), ``站领导`` (a group row),
  ``队领导`` (a card's 所在组) and ``中心领导`` (a 股室 cell) are the 科室 of those leaders; a 局's 股 and
  办公室, a 站's 股, a 队's 组 and a 中心's 股 are 科室; a group row ``二、监督执法股`` gives the 科室
  ``监督执法股`` (its number left off); the four 镇水利站 name no 科室 (no field, no column): their
  科室 is "";
- every 局, 站, 队 and 中心 here is a unit of its own: 局长, 副局长, 站长, 副站长, 队长 and the 中心's 主任
  and 副主任 are leaders; 股长, the 办公室's 主任 and a 队's 组长 middle; the rest (会计, 出纳, 科员,
  监督员, 技术员, 材料员, 保管员, 管护员, 报账员, 水管员) general;
- ``风险点 | 风险表现`` (the 水土保持工作站's and the 张村驿镇 station's lists): the point is the short
  风险点; ``分管工作``, ``工作环节``, ``职责事项`` and ``自查情况`` are no points and name no holder; the
  水务局's ``股室`` sheet and the 张村驿镇 station's list name no person: their forms are posts
  (对岗不对人); in the 交道镇 station's list the LAST column ``分管领导`` names a supervisor, the holder
  is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), 高/中/低,
  ``高风险/中风险/低风险`` and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch418).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b424_"
PLACE = "富县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

FLAG_NAME = "fuxian_flood_drought_center_high_risk_flag"
FLAG_UNIT = f"{PLACE}防汛抗旱服务中心"
FLAG_TAB = "排查表"
FLAG_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "是否为高风险点", "防控措施")
FLAG_COL = FLAG_HEAD.index("是否为高风险点")
FLAG = {"是": 1, "否": 2}  # by the note under the table
FLAG_NOTE = (
    "注：“是否为高风险点”一栏填“是”的为高风险点（一级风险），填“否”的为一般风险点（二级风险）；"
    "风险类型按思想道德、制度机制、岗位职责、业务流程、外部环境填写。"
)

# 股室 -> [(岗位, 姓名, tier, [(廉政风险点, 风险类型, 是/否, 防控措施)])]
FLAG_ROWS = [
    ("中心领导", [
        ("主任", "巢镕澍", "leader", [
            ("防汛抢险物资采购不经中心会议集体研究，指定供应商", "制度机制", "是",
             "采购计划中心会议集体研究，按政府采购程序实施，结果公开。"),
            ("汛期应急度汛工程费用结算审核把关不严", "岗位职责", "是", "结算资料送县审计局或第三方审核后支付。"),
        ]),
        ("副主任", "茹芷霈", "leader", [
            ("防汛物资调拨不按防指调令，向关系单位调拨", "业务流程", "是", "调拨凭县防指调令办理，调拨单存档备查。"),
            ("接受物资供应商宴请、礼品", "思想道德", "否", "签订廉洁承诺书，节前廉洁提醒，拒收登记。"),
        ]),
    ]),
    ("综合股", [
        ("股长", "訾铎崧", "middle", [
            ("防汛值班补助和抢险人员劳务费发放不实", "制度机制", "否", "值班记录与发放清单逐项核对，按月公示。"),
        ]),
        ("会计", "邝嶙沄", "general", [
            ("防汛专项经费挤占挪用", "岗位职责", "是", "专项经费专账核算，每季度向中心会议报告。"),
            ("报销票据审核不严，虚列防汛会议和培训支出", "业务流程", "否", "报销经办、审核、审批三签，凭签到表报销。"),
        ]),
    ]),
    ("物资储备股", [
        ("股长", "宦昉潆", "middle", [
            ("防汛物资验收不严，以次充好、数量短缺", "岗位职责", "是", "验收小组三人以上，抽样送检，验收单签字存档。"),
            ("储备物资报废更新不经鉴定、审批", "制度机制", "否", "报废物资技术鉴定，报县财政局审批后处置。"),
        ]),
        ("保管员", "缑岫泠", "general", [
            ("物资出入库登记不实，账、表、卡、物不符", "业务流程", "否", "出入库凭单据办理，每季度清仓查库。"),
            ("私自出借、处置编织袋、防洪备石等储备物资", "思想道德", "是", "储备物资未经调令一律不出库，仓库监控全覆盖。"),
        ]),
    ]),
    ("抢险技术股", [
        ("技术员", "佴琮霈", "general", [
            ("受抢险施工队伍请托，现场签证虚增工程量", "外部环境", "否", "现场签证两人以上，附影像资料，股长复核。"),
        ]),
    ]),
]  # fmt: skip


def fuxian_flood_drought_center_high_risk_flag() -> dict:
    unit = FLAG_UNIT
    t = _Truth(unit)
    sh = _Sheet(FLAG_TAB, [6, 11, 9, 9, 38, 10, 10, 34])
    ncols = len(FLAG_HEAD)
    _line(sh, f"{unit}岗位廉政风险点排查表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：{DATE}", ncols)
    sh.add(*FLAG_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, people in FLAG_ROWS:
        for post, who, tier, points in people:
            for point, typ, flag, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, typ, flag, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), FLAG[flag])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, FLAG_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        FLAG_NAME, "http://shuiyw.cn/news/202103156624.html",
        "(harder) 县防汛抗旱服务中心 岗位廉政风险点排查表, after the source's 河务局 清仓查库 of its 防汛物资 (账、表、卡、物"
        "四相符, 防洪备石, 发电机组, 仓库管理): a title, a merged ``填报单位：…　填报时间：2025年10月`` line, then 序号/股室 "
        "merged (中心领导, 综合股, 物资储备股, 抢险技术股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/"
        "a column headed as a QUESTION ``是否为高风险点`` holding only ``是`` or ``否`` — NO 风险等级 column, no level word in "
        "any row — /防控措施; a merged ``注：`` line saying ``是`` is 高风险点（一级风险） and ``否`` 一般风险点（二级风险）, and a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fuxian_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("勾溟璠", "局长", "主持全面工作，分管人事、财务", [
            ("水利建设项目安排和资金分配不经党组会集体研究", "一级", "项目安排和资金分配经党组会研究，会议纪要存档。"),
            ("干部选拔任用和评优评先中搞“一言堂”", "二级", "选任按程序动议、考察、公示，评优结果公示。"),
        ]),
        ("郜蘅樾", "副局长", "分管工程建设、河湖管理", [
            ("插手干预水利工程招标投标", "一级", "过问插手登记报告，工程项目进场公开交易。"),
            ("河道采砂许可审批降低条件，照顾关系人", "一级", "采砂许可公开招标出让，结果网上公示。"),
            ("工程设计变更审批把关不严，增加投资", "二级", "重大设计变更经专家论证、党组会研究后报批。"),
        ]),
        ("暨锷沄", "副局长", "分管水资源、水土保持", [
            ("取水许可审批降低条件，水资源费核定不实", "二级", "取水许可集体审核，水资源税费核定表公开。"),
            ("水土保持补偿费减免不按规定", "二级", "减免事项集体研究，按季度报县财政局备案。"),
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
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 10, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 6)
    staff.add("序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "middle", "公务接待、公车使用超标准", "三级", "接待事前审批，公车使用登记，按月公示。"),
        ("计划财务股", "股长", "middle", "水利项目资金不按合同和进度拨付", "一级", "拨付凭合同、计量单、审批单，资金拨付台账按月核对。"),
        ("计划财务股", "会计", "general", "报销票据审核不严，虚列支出", "二级", "报销经办、审核、审批三签，每季度内审。"),
        ("计划财务股", "出纳", "general", "公款私存、挪用备用金", "一级", "现金日清月结，银行对账由会计完成。"),
        ("建设管理股", "股长", "middle", "工程质量检查走过场，验收把关不严", "一级", "验收由建设、监理、质监三方参加，验收资料存档。"),
        ("建设管理股", "科员", "general", "接受施工单位宴请、礼品", "三级", "签订廉洁承诺书，检查两人以上。"),
        ("水资源管理股", "股长", "middle", "取水计量设施监督检查不到位，放任超量取水", "二级", "取水计量数据在线监控，每季度现场抽查。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, dept, post, point, lv, measures)
        t.point(staff.name, dept, post, "", tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2)
    staff.add("制表：", None, "审核：", None, DATE, None)
    return _layout(
        "fuxian_water_bureau_two_sheets", "http://taihang881.com/html/gundong/20221008/1041031.htm",
        "县水务局 file in two sheets after the source's 省水利厅 on 水利工程建设 廉政风险点 (8 方面 20 个重点环节, 薄弱环节, "
        "清廉工地, 设计变更, 资金拨付): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级/"
        "防控措施) and ``股室`` 对岗不对人 (a title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险等级/防控措施, no "
        "names); ``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def fuxian_soil_conservation_group_rows() -> dict:
    unit = f"{PLACE}水土保持工作站"
    sh = _Sheet("防控表", [6, 9, 9, 16, 36, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 8)
    sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "仉楠霁", "leader", [
                ("项目安排", "国家水土保持重点工程项目区和措施安排不经集体研究", "制度机制风险", "Ⅰ级",
                 "项目区和措施安排站务会研究，报县水务局审定并公示。"),
                ("工程变更", "治理措施变更过大不按程序报批", "业务流程风险", "Ⅱ级", "变更方案经设计单位论证，报原审批部门批准。"),
            ]),
            ("副站长", "鞠潆琨", "leader", [
                ("配套资金", "项目配套资金拨付不及时，支付凭证不全", "岗位职责风险", "Ⅱ级", "资金拨付凭验收单和审批单，每月通报支付率。"),
            ]),
        ]),
        ("二、监督执法股", "监督执法股", [
            ("股长", "桓曜铎", "middle", [
                ("方案审查", "生产建设项目水土保持方案技术审查把关不严", "岗位职责风险", "Ⅰ级", "技术审查专家随机抽取，审查意见集体研究。"),
                ("补偿费征收", "水土保持补偿费少征、缓征不按规定", "制度机制风险", "Ⅰ级", "征收台账与审批项目逐项核对，征收结果公开。"),
            ]),
            ("监督员", "冉瓒泠", "general", [
                ("监督检查", "监督检查前向建设单位透露检查信息，检查走过场", "外部环境风险", "Ⅱ级",
                 "检查对象“双随机”抽取，检查记录拍照存档。"),
            ]),
        ]),
        ("三、综合治理股", "综合治理股", [
            ("股长", "芮炜澐", "middle", [
                ("图斑核查", "措施图斑核查不实，虚报治理面积", "业务流程风险", "Ⅰ级", "图斑无人机复核，核查结果上传管理信息系统。"),
            ]),
            ("技术员", "祁樾淏", "general", [
                ("工程验收", "接受施工单位好处，淤地坝、坡改梯工程验收降低标准", "思想道德风险", "Ⅲ级",
                 "验收小组三人以上，验收资料和影像存档。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "fuxian_soil_conservation_group_rows", "http://swcc.org.cn/sbyw/2018-10-30/58039.html",
        "县水土保持工作站 岗位廉政风险防控表, after the source's 流域机构 水土保持重点工程 督查 (措施图斑 复核, 变更过大, 配套资金"
        "未足额到位, 资金支付率低): a title, 序号/岗位/姓名/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、站领导``, ``二、监督执法股``, ``三、综合治理股`` merged across (no "
        "股室 column); 岗位 and 姓名 merged per person; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def fuxian_water_works_team_cards() -> dict:
    unit = f"{PLACE}水利工作队"
    t = _Truth(unit)
    cards = [
        ("队长", "单霂琰", "队长", "队领导", "leader", [
            ("工程承揽", "淤地坝除险加固工程承揽中接受请托、收受好处", "★★★", "承揽项目队务会集体研究，结果报县水务局。"),
            ("机械租赁", "挖掘机、压路机租赁不比价，虚报台班", "★★", "租赁三家比价，台班记录现场签认。"),
            ("用工管理", "临时用工工资虚报冒领", "★★★", "用工花名册公示，工资打卡发放。"),
        ]),
        ("组长", "滑濛瑀", "组长", "施工技术组", "middle", [
            ("质量自检", "坝体碾压质量自检数据弄虚作假", "★★", "自检数据随报随签，监理抽检复核。"),
            ("工程计量", "完成工程量计量不实，多计工程量", "★★★", "计量两人以上，附测量原始记录。"),
        ]),
        ("材料员", "逄钖潆", "材料员", "材料设备组", "general", [
            ("材料采购", "水泥、管材采购不询价，收受回扣", "★★★", "采购三家以上询价，询价记录存档。"),
            ("材料领用", "材料领用登记不实，私自处置剩余材料", "★", "领用凭单据，剩余材料退库登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [6, 12, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在组", dept, "持卡时间", DATE, None)
        sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(items, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, None, "队长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "fuxian_water_works_team_cards", "https://m.ibooks.qq.com/read/1048672625/6",
        "县水利工作队 岗位廉政风险防控卡, one sheet a holder (tabs named by the post), after the source's 调研 of 淤地坝 建设与"
        "运行管理 (建、管、用, 责、权、利, 坝系, 除险加固): a title, ``姓　名 | … | 职　务 | …`` over ``所在组 | … | 持卡时间 | "
        "…``, then 序号/``工作环节``/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the "
        "stars and ``持卡人（签字）： | … | 队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def fuxian_yangquan_station_selfchecks() -> dict:
    unit = f"{PLACE}羊泉镇水利站"
    t = _Truth(unit)
    people = [
        ("闵棽沄", "站长", "leader", [
            ("抗旱应急送水车辆租用和油料费用虚报", "业务流程", "高", "送水记录村组签字，费用凭记录结算。", "已落实"),
            ("农村供水工程维修项目发包不公开", "制度机制", "中", "维修项目镇班子会研究，比选结果公示。", "已落实"),
            ("村级水管员补助核定不实", "岗位职责", "低", "补助按考核结果核定，名单公示。", "未发现问题"),
        ]),
        ("牟岍霖", "技术员", "general", [
            ("抗旱打井、应急水源工程验收不严", "岗位职责", "高", "验收两人以上，出水量现场测定并拍照。", "已落实"),
            ("接受施工队宴请、礼品", "思想道德", "低", "严守廉洁纪律，拒收登记。", "未发现问题"),
        ]),
        ("濮钖岑", "管护员", "general", [
            ("供水设施巡查记录弄虚作假", "岗位职责", "中", "巡查定位打卡，站长每月抽查。", "已落实"),
            ("私自为群众接水收取费用", "外部环境", "中", "接水一律由站里受理，收费开具票据。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None, None)
        sh.add(who, post, DATE, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "fuxian_yangquan_station_selfchecks",
        "http://www.rongan.gov.cn/xxgk/zcwj/xzwj/202112/t20211217_2976327.shtml",
        "镇水利站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 乡 干旱灾害应急预案 "
        "(抗旱服务, 应急送水, 水源, 分级响应): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``自查情况``; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def fuxian_zhangcunyi_station_posts() -> dict:
    unit = f"{PLACE}张村驿镇水利站"
    sh = _Sheet("排查表", [6, 10, 14, 38, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("项目申报", "小型农田水利项目申报中虚报工程量和受益面积", "岗位职责风险", "高风险",
             "申报材料实地核实，受益村组签字确认。"),
            ("工程发包", "村级水利工程发包化整为零，规避比选", "制度机制风险", "高风险", "按限额标准比选，结果在村务公开栏公示。"),
        ]),
        ("副站长", "leader", [
            ("汛前检查", "汛前检查走过场，水毁隐患不登记上报", "岗位职责风险", "中风险", "检查记录逐点拍照，隐患台账报镇防汛办。"),
        ]),
        ("技术员", "general", [
            ("灌溉调度", "灌溉用水调度优亲厚友", "思想道德风险", "中风险", "灌溉轮次张榜公布，接受群众监督。"),
            ("技术指导", "为施工队伍出具虚假技术意见", "外部环境风险", "低风险", "技术意见站长审核签字。"),
        ]),
        ("报账员", "general", [
            ("资金报账", "水利项目资金报账凭证不全，虚列支出", "业务流程风险", "高风险", "报账凭证镇财政所审核，每季度对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "fuxian_zhangcunyi_station_posts",
        "https://www.zlipz.com/news/jie-mi-nong-ye-shui-li-zhan-zhan-zhang-zhang-duo-nong-tian-shui-li-hu-hang-feng-shou-zhi-dao.html",
        "镇水利站 岗位廉政风险点排查表 对岗不对人, after the source's article on the 农业水利站站长's work (灌溉, 设施维护, 防洪"
        "排涝, 技术指导): a title, 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names, no 股室; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def fuxian_zhiluo_station_every_row() -> dict:
    unit = f"{PLACE}直罗镇水利站"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 11, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "庾晞澹", "leader", "坡耕地治理项目直补农户资金发放不公开", "制度机制", "一级风险",
         "直补名单和金额村组公示，资金打卡发放。"),
        ("站长", "庾晞澹", "leader", "项目区田间道路、蓄水池验收把关不严", "岗位职责", "二级风险", "验收邀请村民代表参加，验收单签字存档。"),
        ("副站长", "綦晞瑀", "leader", "坡改梯工程面积丈量不实", "业务流程", "一级风险", "丈量两人以上，与图斑数据比对。"),
        ("技术员", "邰崧澐", "general", "施工放样和图斑核实中接受农户请托", "外部环境", "二级风险", "放样结果现场公示，站长抽查。"),
        ("技术员", "邰崧澐", "general", "补做、编造施工技术资料", "思想道德", "三级风险", "技术资料随工程进度形成，按月归档。"),
        ("报账员", "郗锷琰", "general", "项目资金报账票据审核不严", "业务流程", "二级风险", "报账票据镇财政所复核，每季度对账。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), RISKS[lv])
    _line(sh, "注：风险等级分一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        "fuxian_zhiluo_station_every_row", "http://www.aymzpjg.cn/sbyw/2010-12-28/50275.html",
        "镇水利站 岗位廉政风险防控一览表, after the source's 坡耕地水土流失综合治理试点工程 督促检查 (公示, 招投标, 合同, 直补农户"
        "报账制度): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/岗位/姓名 written "
        "on EVERY row (no merges)/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a merged "
        "``注：`` line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def fuxian_jiaodao_station_duties() -> dict:
    unit = f"{PLACE}交道镇水利站"
    sh = _Sheet("责任清单", [6, 9, 9, 14, 36, 8, 32, 10])
    t = _Truth(unit)
    chief = "阚铎霂"  # the town's 副镇长: a supervisor, no holder
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施", "分管领导")
    rows = [
        ("站长", "禚蘅岍", "leader", [
            ("抗旱服务队管理", "抗旱服务队设备租用费用虚报", "高", "设备租用登记，费用凭作业记录结算。"),
            ("机井建设", "机井选址照顾关系户", "中", "选址村民代表会议讨论，结果公示。"),
            ("抗旱物资发放", "抗旱物资发放不公开，优亲厚友", "高", "发放名单村组公示，领取人签字。"),
        ]),
        ("技术员", "靳濛琰", "general", [
            ("水源工程", "小型水源工程验收不严", "中", "验收两人以上，验收资料存档。"),
            ("灌溉管理", "农田灌溉用水计量不实", "低", "计量数据每月公示，站长抽查。"),
        ]),
        ("水管员", "笪曜潆", "general", [
            ("水费收缴", "农村饮水水费收缴不入账", "高", "水费开具票据，当日交站报账员入账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures, chief)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("制表：", None, "审核：", None, None, DATE, None, None)
    return _layout(
        "fuxian_jiaodao_station_duties", "http://zgqx.gov.cn/index.php/News/view/id/1308.html",
        "镇水利站 廉政风险防控责任清单, after the source's 县 抗旱应急预案 (抗旱服务队, 机井, 水源工程, 物资): a title, then "
        "序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险等级 高/中/低/防控措施/a LAST ``分管领导`` column "
        "naming the town's 副镇长 on every row; no type column, no 股室; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fuxian_flood_drought_center_high_risk_flag(),
    fuxian_water_bureau_two_sheets(),
    fuxian_soil_conservation_group_rows(),
    fuxian_water_works_team_cards(),
    fuxian_yangquan_station_selfchecks(),
    fuxian_zhangcunyi_station_posts(),
    fuxian_zhiluo_station_every_row(),
    fuxian_jiaodao_station_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch424-inbox"))

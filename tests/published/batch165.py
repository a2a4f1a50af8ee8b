"""A hundred-and-sixty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — 县直部门, a 县委 body, a 群团 and
事业单位 that earlier batches used seldom or never: the 信访局, the 县委巡察办, the 县政府办公室, the
劳动人事争议仲裁院, the 归国华侨联合会, the 120急救指挥中心, the 水土保持站, the 国库集中支付中心 and the
非税收入征收管理局 — each handing back its 一览表, 排查表, 清单, 防控卡 or 自查表 the way its staff typed
it (no re-saved copies this time). Every unit is a body of 宜宾县:

- the 信访局's 一览表 under ``填报单位：…（盖章） | 填报时间：…``, its header labels typed with spaces to
  fill the cell (``股  室``, ``岗  位``, ``姓  名``), 股室 merged, 岗位 and 姓名 merged per person, ``…风险``
  types, 高/中/低;
- the 县委巡察办's 清单 对岗不对人 with NO 科室 column: the posts as written (``综合股股长``, ``巡察组组长``,
  ``巡察组副组长``), 岗位 and 主要职责 merged per post, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a 注 under it, no types;
- the 县政府办公室's 排查表 SORTED BY LEVEL (a line ``（按风险等级由高到低排列）`` under the title): every
  row written out in full (no merges), so one holder's rows stand apart — the 主任's first and sixth
  rows, the 行政科 科长's second and eighth — ``Ⅰ级/Ⅱ级/Ⅲ级``, short types;
- the 归国华侨联合会's 一览表 with a short ``风险点`` beside a long ``风险表现形式`` and the holder under
  ``责任人`` in the LAST column, 一级/二级/三级;
- the 120急救指挥中心's 排查表 parted by group rows ``一、中心领导``, ``二、调度科`` … (no 科室 column), 岗位
  and 姓名 merged per person, short types, 高/中/低;
- the 国库集中支付中心's 一览表 with ``姓名`` FIRST after 序号 (``姓名 | 股室 | 职务 | 岗位职责 | …``),
  ``★★★/★★/★`` read by a 注;
- the 非税收入征收管理局's 自查表 one per sheet (tabs the holders' names), the pairs ``姓名 | … | 所在股室
  | … | 职务 | …`` and a ``岗位职责`` line above the table, 一级/二级/三级.

Two shapes no earlier batch used, one of them harder:

- ``soil_station_measures_sheet``: the 水土保持站's 一览表 keeps NO 防控措施 column — its points are
  numbered ``SB-01`` … under a ``风险编号`` column, a 注 says the measures are on the sheet
  ``防控措施``, and that second sheet lists ``风险编号 | 防控措施 | 责任股室 | 完成时限`` row by row (a
  wide list split in two, as offices do to print it);
- ``arbitration_cards_signed`` (harder): the 仲裁院's 防控卡 STACKED on one sheet, each card opened by
  a pair row ``所在科室 | … | 岗位 | …`` (no 姓名 field) and closed by its own signature line
  ``持卡人（签字）：帅拂衣 | 日期：…`` — the holder named ONLY in the signature line under his card.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 信访举报受理 流程图: 登记, 受理,
交办, 督办, 答复, 归档; a 巡察工作办公室's 职责; a 县政府办公室's 科室 (综合一科, 机要室, 行政科, 督查室,
财务科) and its 制度; a 劳动仲裁 procedure (申请, 受理, 开庭, 调解, 裁决, 送达); a 侨务 visit to 困难归侨
(扶持贫困归侨专项资金, 助学金, 临时补助); an 急救调度中心 建设方案 (调度员, 急救车辆, 质控); the 水土保持
方案 监管 and 补偿费; a 国库集中支付中心's 部门决算 (会计集中核算, 国库集中支付); a 非税收入 regulation
(票据, 汇缴结算账户, 划解国库)) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch165`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b165_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- on stacked cards the signature line under a card (``持卡人（签字）：帅拂衣``) names that card's holder;
  the ``所在科室 | … | 岗位 | …`` pair row over the card gives its 科室 and post;
- a list sorted by level is still one list: the rows of one holder, wherever they stand, are one form;
- a list whose measures stand on another sheet keyed by 风险编号 is one list: the points are on the
  ``风险点`` sheet; the ``防控措施`` sheet's rows (a measure, a 责任股室, a 完成时限) are no points and
  no forms, and its ``责任股室`` names no 科室 of any post;
- ``股  室``, ``岗  位``, ``姓  名`` (spaces typed to fill the cell) are 股室, 岗位, 姓名;
- a list with no 科室 column keeps its posts as written (``综合股股长``, ``巡察组组长``; department "");
- bare ``Ⅰ/Ⅱ/Ⅲ`` are Ⅰ级/Ⅱ级/Ⅲ级 (the 注 says so), ``★★★/★★/★`` 高/中/低 by the 注;
- 局长, 副局长, 主任/副主任 of the 巡察办, the 县政府办公室 and the 中心, 院长, 站长, the 侨联's 专职副主席
  are leaders; 股长, 科长, 室主任, 办公室主任, 部长, the 巡察组组长 and 副组长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b165_"
PLACE = "宜宾县"
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}


def _per_person(sh: _Sheet, first: int, group: int | None, cols: tuple[int, ...]) -> None:
    """Merge ``group`` over each run of one group and ``cols`` over each person's rows."""
    specs = [] if group is None else [(group, lambda row: row[group])]
    key = (lambda row: tuple(row[c] for c in (group, *cols))) if group is not None else (
        lambda row: tuple(row[c] for c in cols))  # fmt: skip
    _merge_down(sh, first, specs + [(c, key) for c in cols])


# --------------------------------------------------------------------------- harder layout


def arbitration_cards_signed() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    sh = _Sheet("防控卡", [8, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 5)
    cards = [
        ("院领导", "院长", "帅拂衣", "leader", [
            ("仲裁庭组成、案件分配中指定关系仲裁员", "制度机制", "高",
             "案件按仲裁员名册轮流分配,仲裁庭组成情况书面告知当事人。"),
            ("重大疑难案件不提交仲裁委员会集体讨论,个人决定裁决结果", "岗位职责", "高",
             "重大疑难案件一律提交仲裁委员会讨论,讨论记录归档。"),
        ]),
        ("立案科", "科长", "漆照夜", "middle", [
            ("对符合受理条件的仲裁申请拖延立案或不予受理", "岗位职责", "中",
             "申请材料当场审查,五日内作出受理决定并书面告知。"),
            ("立案时向一方当事人泄露对方证据和申请内容", "外部环境", "中",
             "立案材料专人保管,查阅案卷登记审批。"),
        ]),
        ("仲裁科", "仲裁员", "谯鸣珂", "general", [
            ("庭审中偏袒一方当事人,私下会见当事人或代理人", "思想道德", "高",
             "严格执行回避制度,私下会见当事人一律报告,庭审全程录音录像。"),
            ("调解书、裁决书送达不及时,超审限结案", "业务流程", "低",
             "建立审限预警台账,送达回证当日归卷。"),
        ]),
        ("办公室", "书记员", "晏归鸿", "general", [
            ("庭审笔录记录不实,擅自改动笔录内容", "业务流程", "中",
             "笔录当庭由当事人阅看签字,改动处须当事人捺印。"),
            ("案卷归档不全,丢失证据材料", "制度机制", "低", "结案后十五日内立卷归档,档案移交双人签字。"),
        ]),
    ]  # fmt: skip
    for k, (dept, post, who, tier, points) in enumerate(cards):
        if k:
            sh.add()
        r = sh.add("所在科室", dept, None, "岗位", post)
        sh.merge(r, 1, r, 2)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        r = sh.add(f"持卡人（签字）：{who}", None, None, "日期：2024年3月20日", None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 4)
    return _layout(
        "arbitration_cards_signed", "http://www.gilt360.cn/fb3ccC2pQVgRWAlY.html",
        "(harder) 县劳动人事争议仲裁院 岗位廉政风险防控卡, after the source's account of a 劳动仲裁's steps (申请仲裁, 受理, "
        "开庭审理, 先行调解, 裁决; 调解书 and 裁决书 送达): FOUR CARDS STACKED on one sheet under one title, each opened "
        "by a pair row ``所在科室 | 立案科 | 岗位 | 科长`` (院领导/院长, 立案科/科长, 仲裁科/仲裁员, 办公室/书记员) over its "
        "own 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 header and CLOSED by its own signature line "
        "``持卡人（签字）：帅拂衣 | 日期：2024年3月20日`` — the holder named ONLY there (漆照夜, 谯鸣珂, 晏归鸿 under "
        "the others); a blank row between cards; no 姓名 field anywhere",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- a new shape


def soil_station_measures_sheet() -> dict:
    unit = f"{PLACE}水土保持站"
    points_sheet = _Sheet("风险点", [9, 10, 10, 9, 40, 10, 9])
    measures_sheet = _Sheet("防控措施", [9, 48, 12, 12])
    t = _Truth(unit)
    _line(points_sheet, f"{unit}岗位廉政风险点一览表", 7)
    points_sheet.add("风险编号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级")
    rows = [
        ("站领导", "站长", "衡沚兰", "leader", "水土保持方案技术评审专家由个人指定,对评审意见打招呼", "岗位职责", "高",
         "评审专家从专家库随机抽取,评审意见当场形成并存档。", "站领导"),
        ("站领导", "站长", "衡沚兰", "leader", "水土保持补偿费减免、缓缴审核不经集体研究", "制度机制", "高",
         "减免、缓缴一律经站务会研究,结果按季度公开。", "站领导"),
        ("监督股", "股长", "殷潮生", "middle", "生产建设项目监督检查走过场,对违法行为不予制止", "岗位职责", "高",
         "监督检查两人以上,检查意见书面下达并跟踪整改。", "监督股"),
        ("监督股", "股长", "殷潮生", "middle", "接受生产建设单位宴请、礼金", "思想道德", "中",
         "签订廉洁承诺书,检查期间不接受被检查单位安排食宿。", "监督股"),
        ("监督股", "监督员", "旷南浦", "general", "水土保持设施自主验收报备核查不实", "业务流程", "中",
         "报备材料逐项核查,现场抽查比例不低于三成。", "监督股"),
        ("治理股", "技术员", "蹇松筠", "general", "坡耕地治理、淤地坝工程计量签证虚增工程量", "业务流程", "高",
         "工程计量监理、施工、建设三方签字,隐蔽工程影像留存。", "治理股"),
        ("治理股", "技术员", "蹇松筠", "general", "治理项目苗木、材料验收以次充好", "外部环境", "低",
         "苗木、材料进场验收留样,验收单三人签字。", "治理股"),
        ("办公室", "会计", "阮拾遗", "general", "补偿费入账不及时,收费票据管理不规范", "制度机制", "低",
         "补偿费当日入账,票据专人领用、核销登记。", "办公室"),
    ]  # fmt: skip
    first = len(points_sheet.rows)
    _line(measures_sheet, f"{unit}廉政风险防控措施表", 4)
    measures_sheet.add("风险编号", "防控措施", "责任股室", "完成时限")
    for n, (dept, post, who, tier, point, typ, lv, measures, owner) in enumerate(rows, 1):
        code = f"SB-{n:02d}"
        points_sheet.add(code, dept, post, who, point, typ, lv)
        t.point(points_sheet.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        measures_sheet.add(code, measures, owner, "长期坚持")
    _per_person(points_sheet, first, 1, (2, 3))
    _line(points_sheet, "注：各风险点的防控措施见“防控措施”工作表，按风险编号对应。", 7)
    points_sheet.add("填表人：", None, None, "审核人：", None, "2024年4月", None)
    measures_sheet.add("填表人：", None, "审核人：", None)
    return _layout(
        "soil_station_measures_sheet", "http://m.huangye88.com/sell/e129b3k1a846ed.html",
        "县水土保持站 岗位廉政风险点一览表 after the source's account of 水土保持方案 监管 (方案编制, 技术评审, 监测, "
        "监理, 验收; the 水土保持设施补偿费 and the 监督检查 of 生产建设单位): a wide list SPLIT IN TWO SHEETS — ``风险点`` "
        "holds 风险编号 ``SB-01``…``SB-08``/股室 merged (站领导, 监督股, 治理股, 办公室)/岗位 and 姓名 merged per person/"
        "风险点/风险类型 (short names)/风险等级 高/中/低 and NO 防控措施 column, a merged 注 ``注：各风险点的防控措施见"
        "“防控措施”工作表，按风险编号对应。`` under it and 填表人/审核人/date; the second sheet ``防控措施`` lists "
        "``风险编号 | 防控措施 | 责任股室 | 完成时限`` (``长期坚持``) row by row under its own title",
        [points_sheet, measures_sheet], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def petition_bureau_spaced_heads() -> dict:
    unit = f"{PLACE}信访局"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 36, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(
        f"填报单位：{unit}（盖章）", None, None, None, None, "填报时间：2024年3月12日", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股  室", "岗  位", "姓  名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "谯栖梧", "leader", "信访事项办理中为关系人打招呼、说情,干预依法处理", "思想道德风险", "高",
         "严格执行领导干部插手干预信访事项记录报告制度。"),
        ("局领导", "局长", "谯栖梧", "leader", "重大信访事项、信访积案化解方案不经集体研究", "制度机制风险", "高",
         "重大事项经局务会集体研究,会议纪要存档备查。"),
        ("局领导", "副局长", "敬听澜", "leader", "信访事项复查复核意见审核把关不严", "岗位职责风险", "中",
         "复查复核意见实行承办人、股长、分管领导三级审核。"),
        ("来访接待股", "股长", "帅砚舟", "middle", "对来访群众推诿敷衍,应登记不登记、应受理不受理", "岗位职责风险", "中",
         "来访一律当场登记录入系统,受理告知书当日出具。"),
        ("来访接待股", "股长", "帅砚舟", "middle", "接访中向被反映单位或个人泄露来访人信息", "外部环境风险", "高",
         "来访人信息专人管理,严禁将举报材料转给被举报人。"),
        ("来访接待股", "接访员", "漆素弦", "general", "接受来访人或被反映单位宴请、礼品", "思想道德风险", "低",
         "签订廉洁接访承诺书,接访室全程录音录像。"),
        ("办信股", "股长", "卿知遥", "middle", "来信转送、交办不及时,选择性登记录入信访信息系统", "业务流程风险", "中",
         "来信三日内登记转送,转送情况系统内可查、每月通报。"),
        ("督查督办股", "股长", "幸鹤汀", "middle", "督查督办走过场,对办理不到位的信访事项出具办结意见", "岗位职责风险", "中",
         "办结意见经回访信访人核实后出具,回访记录存档。"),
        ("督查督办股", "股长", "幸鹤汀", "middle", "信访工作责任追究建议避重就轻", "制度机制风险", "低",
         "责任追究建议经局务会研究后报县纪委监委。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：", None, None, None, None)
    return _layout(
        "petition_bureau_spaced_heads", "https://jw.nytdc.edu.cn/bslc/list.htm",
        "县信访局 岗位廉政风险防控一览表 after the source's 信访举报受理工作流程图 (登记, 受理, 交办, 督办, 答复, 归档): "
        "title, then ``填报单位：宜宾县信访局（盖章） | 填报时间：2024年3月12日``, then a header whose labels are typed "
        "WITH SPACES to fill the cell (``股  室``, ``岗  位``, ``姓  名``) beside ``廉政风险点``; 序号/股室 merged (局领导, "
        "来访接待股, 办信股, 督查督办股)/岗位 and 姓名 merged per person/廉政风险点/风险类别 ``…风险``/风险等级 高/中/低/"
        "防控措施; 单位负责人/填表人 labels under it",
        [sh], t,
    )  # fmt: skip


def inspection_office_posts() -> dict:
    unit = f"中共{PLACE}委巡察工作领导小组办公室"
    sh = _Sheet("清单", [6, 14, 30, 36, 8, 36])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险点清单", 6)
    sh.add("序号", "岗位", "主要职责", "廉政风险点", "风险等级", "防控措施")
    posts = [
        ("主任", "leader", "主持巡察办全面工作,拟定巡察工作计划和方案", [
            ("巡察工作计划安排中为被巡察单位说情,调整巡察对象和时间", "Ⅰ",
             "巡察计划经巡察工作领导小组审定,调整须书面报批。"),
            ("巡察发现问题线索处置不经集体研究", "Ⅰ", "问题线索集体研判,移交情况登记台账、按月对账。"),
        ]),
        ("副主任", "leader", "协助主任工作,负责巡察组统筹协调和业务指导", [
            ("巡察报告审核中对发现的问题降格、删减", "Ⅱ", "巡察报告实行组长、副主任、主任三级审核,底稿存档。"),
        ]),
        ("综合股股长", "middle", "负责文件起草、巡察人员库管理和后勤保障", [
            ("巡察人员抽调、培训中照顾关系人", "Ⅱ", "巡察人员从人才库随机抽调,抽调结果公示。"),
        ]),
        ("巡察组组长", "middle", "带队开展巡察,主持巡察组工作", [
            ("巡察期间接受被巡察单位宴请、礼品,对问题避重就轻", "Ⅰ",
             "巡察组实行组长负责和纪律报告制度,工作餐按标准付费。"),
            ("向被巡察单位泄露问题线索和举报人信息", "Ⅰ", "举报材料专人保管,巡察组成员签订保密承诺书。"),
        ]),
        ("巡察组副组长", "middle", "协助组长工作,负责谈话和问题核实", [
            ("个别谈话记录不完整,选择性记录反映的问题", "Ⅱ", "谈话实行两人以上参加,谈话记录当场核对签字。"),
        ]),
        ("巡察组工作人员", "general", "负责查阅资料、调取账目和记录", [
            ("调阅的账目、资料保管不善,遗失或外传", "Ⅲ", "调阅资料登记清单,巡察结束逐项清退。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, duty, points in posts:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, duty, point, lv, measures)
            t.point(sh.name, "", post, "", tier, point, [], BARE[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填报人：", None, "审核人：", None, "2024年5月", None)
    return _layout(
        "inspection_office_posts", "https://dwxcb.qdu.edu.cn/jggk/xcgzbgs.htm",
        "县委巡察办 岗位廉政风险点清单 对岗不对人 after the source's 巡察工作办公室 职责 (传达贯彻领导小组的决策, 拟定巡察"
        "工作计划和方案, 对巡察组统筹协调、业务指导, 巡察工作人员的培训、考核和管理, 督促整改): ``附件3`` above the title; "
        "序号/岗位/主要职责 — the two merged per post — /廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; NO 科室 column and no "
        "names: the posts as written (主任, 副主任, ``综合股股长``, ``巡察组组长``, ``巡察组副组长``, ``巡察组工作人员``); "
        "no type column; a merged 注 ``注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。`` and 填报人/审核人/date under it",
        [sh], t,
    )  # fmt: skip


def gov_office_sorted_by_level() -> dict:
    unit = f"{PLACE}人民政府办公室"
    sh = _Sheet("排查表", [6, 12, 10, 9, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    _line(sh, "（按风险等级由高到低排列）", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "昝见山", "leader", "政府常务会议议题安排、领导批示件转办中为请托单位打招呼", "岗位职责", "Ⅰ级",
         "议题由县政府领导审定,转办件全程登记、限时办结。"),
        ("行政科", "科长", "揭寄北", "middle", "会务服务、办公用品采购指定供应商,验收不严", "制度机制", "Ⅰ级",
         "采购按政府采购目录执行,验收两人以上签字。"),
        ("财务科", "会计", "都问渠", "general", "虚列公务接待、会议费用,套取资金", "业务流程", "Ⅰ级",
         "接待、会议费用凭审批单、清单和发票报销,按月公开。"),
        ("办领导", "副主任", "旷怀璞", "leader", "分管的政务服务事项协调中接受企业请托", "外部环境", "Ⅱ级",
         "协调事项书面记录,重大事项报主任办公会。"),
        ("督查室", "主任", "竺蕴玉", "middle", "督查通报避重就轻,对落实不力的单位不如实反映", "岗位职责", "Ⅱ级",
         "督查结果实行实地核查,通报稿经分管副主任审核。"),
        ("办领导", "主任", "昝见山", "leader", "办公室年度预算安排和大额支出不经主任办公会研究", "制度机制", "Ⅱ级",
         "预算和五万元以上支出经主任办公会研究,纪要存档。"),
        ("综合一科", "科长", "衡叙白", "middle", "以文稿起草、材料把关为由向基层单位索要好处", "思想道德", "Ⅱ级",
         "文稿材料按程序报送审核,严禁向基层单位收取任何费用。"),
        ("行政科", "科长", "揭寄北", "middle", "公务用车派车随意,车辆维修、加油费用审核不严", "制度机制", "Ⅱ级",
         "派车单审批,维修、加油定点并按季度公示。"),
        ("机要室", "机要员", "甯棠溪", "general", "涉密文件传阅、清退登记不全,泄露文件内容", "岗位职责", "Ⅲ级",
         "涉密文件逐件登记、限时清退,机要室视频监控。"),
        ("督查室", "主任", "竺蕴玉", "middle", "督查中接受被督查单位宴请", "思想道德", "Ⅲ级",
         "督查不打招呼、不搞陪同,工作餐按标准付费。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年3月", None)
    return _layout(
        "gov_office_sorted_by_level", "https://www.92read.com/fanwen/glzd/eq9zko.html",
        "县人民政府办公室 岗位廉政风险点排查表 after the source's 各科室职能及工作制度 of a 县政府办公室 (综合一科, 机要室, "
        "行政科, 督查室, 财务科; 公文办理, 政务值班, 印章管理): a merged line ``（按风险等级由高到低排列）`` under the title; "
        "序号/科室/岗位/姓名/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 with the rows SORTED BY LEVEL "
        "and every row written out in full (no merges) — so one holder's rows stand apart: the 主任 昝见山's on rows 1 "
        "and 6, the 行政科 科长's on 2 and 8, the 督查室 主任's on 5 and 10; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def overseas_chinese_holder_last() -> dict:
    unit = f"{PLACE}归国华侨联合会"
    sh = _Sheet("Sheet1", [6, 12, 12, 16, 34, 12, 8, 34, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add(
        "序号",
        "部门",
        "职务",
        "风险点",
        "风险表现形式",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任人",
    )
    rows = [
        ("领导班子", "专职副主席", "蹇溯川", "leader", "困难归侨帮扶资金分配",
         "扶持贫困归侨侨眷专项资金分配不经集体研究,向熟人倾斜", "制度机制风险", "一级",
         "帮扶对象经乡镇侨联核实,分配方案经主席办公会研究并公示。"),
        ("领导班子", "专职副主席", "蹇溯川", "leader", "侨界人士推荐",
         "推荐侨界人大代表、政协委员人选时优亲厚友", "思想道德风险", "二级", "推荐人选经集体酝酿,考察意见存档。"),
        ("办公室", "主任", "青疏影", "middle", "公务接待", "侨胞来访接待超标准,接待费用虚报", "制度机制风险", "二级",
         "接待事前审批,费用凭接待清单报销。"),
        ("办公室", "主任", "青疏影", "middle", "会务采购", "侨代会会务服务采购不比价", "业务流程风险", "三级",
         "会务采购三家以上比价,比价记录存档。"),
        ("办公室", "出纳", "但晚棠", "general", "慰问金发放", "慰问金现金发放无签收,截留慰问金", "业务流程风险", "一级",
         "慰问金一律转账发放,发放名册由受助人签收。"),
        ("联络部", "部长", "庹镜湖", "middle", "海外联谊活动", "以联谊考察为名公款出国(境)或变相旅游", "外部环境风险",
         "二级", "出访计划报县委外事工作委员会审批,出访报告公开。"),
        ("权益保障部", "干事", "勾拾穗", "general", "侨眷子女助学金审核",
         "助学金申请材料审核不实,为不符合条件者申报", "岗位职责风险", "一级", "申请材料双人审核,资助名单公示七日。"),
        ("权益保障部", "干事", "勾拾穗", "general", "侨益维护", "受理侨界信访时收受当事人好处", "思想道德风险", "三级",
         "侨界信访登记受理,办理结果向信访人反馈。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, (2, 8))
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, "2024年4月", None, None)
    return _layout(
        "overseas_chinese_holder_last", "https://johnnytowncar.com/zgqj/2012/04-16/3822771.shtml",
        "县归国华侨联合会 岗位廉政风险点一览表 after the source's report of a 侨务 visit to 困难归侨 (扶持贫困归侨专项资金, "
        "在读困难归侨子女 助学金, 临时补助, 登记造册): 序号/部门 merged (领导班子, 办公室, 联络部, 权益保障部)/职务/a short "
        "``风险点`` beside a long ``风险表现形式``/风险类型 ``…风险``/风险等级 一级/二级/三级/防控措施 and the holder under "
        "``责任人`` in the LAST column (职务 and 责任人 merged per person); 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def emergency_center_group_rows() -> dict:
    unit = f"{PLACE}120急救指挥中心"
    sh = _Sheet("排查表", [6, 10, 9, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "冉青萝", "leader", "急救网络医院准入、急救站点设置审核中接受医院请托", "岗位职责", "高",
             "准入和站点设置经中心集体研究并报县卫健局审定。"),
            ("主任", "冉青萝", "leader", "急救车辆及车载设备采购不按规定程序", "制度机制", "高",
             "车辆设备按政府采购程序购置,验收三人以上签字。"),
        ]),
        ("二、调度科", "调度科", [
            ("科长", "敖观澜", "middle", "调度规则执行不严,按关系指派急救站点", "岗位职责", "中",
             "按就近、就急、满足专业需要原则调度,调度记录每周抽查。"),
            ("调度员", "卿漱玉", "general", "向殡葬、医疗中介泄露呼救人信息谋利", "外部环境", "高",
             "呼救信息分级授权查看,调度系统操作留痕。"),
            ("调度员", "卿漱玉", "general", "调度录音、记录擅自删改", "业务流程", "中", "录音、记录自动备份,删改须审批。"),
        ]),
        ("三、质控科", "质控科", [
            ("科长", "喻檀心", "middle", "院前急救病历质控打分不客观,考核走过场", "思想道德", "低",
             "质控结果双人复核,考核结果在网络医院通报。"),
        ]),
        ("四、车辆保障科", "车辆保障科", [
            ("车辆管理员", "苟稚川", "general", "急救车辆维修、加油费用虚报", "业务流程", "中",
             "维修定点、加油卡专车专用,费用按月核对公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, (1, 2))
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "2024年6月", None)
    return _layout(
        "emergency_center_group_rows", "https://www.renrendoc.com/paper/507270997.html",
        "县120急救指挥中心 廉政风险点排查表 after the source's 急救调度中心建设方案 (调度响应, 急救资源配置, 调度员, 急救车辆"
        "和设备, 质量控制): 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 with NO 科室 column — "
        "the 科室 given by merged group rows ``一、中心领导``, ``二、调度科``, ``三、质控科``, ``四、车辆保障科`` inside "
        "the table; 岗位 and 姓名 merged per person; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def treasury_center_name_first() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("一览表", [6, 9, 12, 10, 26, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "姓名", "股室", "职务", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("尧还真", "中心领导", "主任", "leader", "主持中心全面工作,负责国库集中支付和会计集中核算管理", [
            ("支付审核规则调整、大额资金支付不经集体研究", "制度机制", "★★★",
             "大额支付和规则调整经中心主任办公会研究。"),
            ("为预算单位违规调整用款计划打招呼", "岗位职责", "★★", "用款计划调整须预算单位书面申请、财政业务股室审核。"),
        ]),
        ("隆岷生", "支付审核股", "股长", "middle", "负责财政直接支付和授权支付申请的审核", [
            ("对无预算、超预算支付申请审核放行", "岗位职责", "★★★", "支付系统预算指标自动控制,超指标支付一律退回。"),
            ("审核中故意拖延,向预算单位索要好处", "思想道德", "★★", "审核时限公开,超时办理系统预警。"),
        ]),
        ("税南枝", "支付审核股", "审核员", "general", "负责支付凭证要素审核", [
            ("支付凭证要素审核不严,错付、重付", "业务流程", "★★", "凭证要素系统校验,每日与代理银行对账。"),
        ]),
        ("母沅芷", "会计核算股", "会计", "general", "负责代管单位会计核算", [
            ("代管单位会计核算中违规调账,掩盖挤占挪用", "业务流程", "★★★", "调账须单位申请、股长审核,调账凭证存档。"),
        ]),
        ("补听松", "综合股", "股长", "middle", "负责银行账户、会计档案和综合事务", [
            ("银行账户开设、代理银行选择中接受银行请托", "外部环境", "★★", "代理银行公开招标选择,账户开设按规定审批。"),
            ("会计档案借阅、销毁登记不全", "制度机制", "★", "档案借阅审批登记,销毁经监销人签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for who, dept, post, tier, duty, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, who, dept, post, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(c, per_person) for c in (1, 2, 3, 4)])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 9)
    sh.add("单位负责人：", None, None, "填表人：", None, None, None, "2024年4月", None)
    return _layout(
        "treasury_center_name_first", "https://snzs.gov.cn/html/zwgk/czysjs/118394.html",
        "县国库集中支付中心 岗位廉政风险点一览表 after the source's 部门决算 of a 县国库集中支付中心 (会计集中核算: 统一核算"
        "各单位的财务活动, 管理银行存款总户; 国库集中支付: 支付审核, 用款计划): 序号/``姓名`` FIRST/股室/职务/岗位职责 — "
        "the four merged per person (中心领导, 支付审核股, 会计核算股, 综合股) — /风险点/风险类型 (short names)/风险等级 "
        "``★★★/★★/★``/防控措施; a merged 注 ``注：★★★为高风险，★★为中风险，★为低风险。`` and 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def nontax_bureau_self_checks() -> dict:
    unit = f"{PLACE}非税收入征收管理局"
    t = _Truth(unit)
    people = [
        ("粟映岚", "票据管理股", "股长", "middle", "负责非税收入票据的印制计划、发放、核销和稽核", [
            ("非税收入票据发放、核销把关不严,票据流失", "制度机制", "一级", "票据按“限量发放、验旧领新”办理,核销逐本审核。"),
            ("为执收单位违规调剂、转借票据", "岗位职责", "二级", "严禁票据转借调剂,发现一律收回并通报。"),
        ]),
        ("荀朗清", "征收稽查股", "稽查员", "general", "负责执收单位非税收入征缴情况的检查", [
            ("稽查中对执收单位少收、缓收、坐收坐支行为不予处理", "岗位职责", "一级",
             "稽查两人以上,稽查底稿和处理意见经股室集体审核。"),
            ("接受执收单位宴请、礼品", "思想道德", "三级", "签订廉洁承诺书,稽查期间不接受执收单位安排。"),
        ]),
        ("郄停云", "局领导", "副局长", "leader", "分管征收稽查股和汇缴结算账户管理", [
            ("非税收入减免、缓缴审批不按规定程序", "制度机制", "一级", "减免、缓缴按法定权限审批,审批结果按季度公开。"),
            ("汇缴结算账户资金划解国库不及时", "业务流程", "二级", "汇缴资金按旬划解国库,与人民银行按月对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, duty, points in people:
        sh = _Sheet(who, [8, 36, 12, 10, 36, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "所在股室", dept, "职务", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("本人签字：", None, None, "2024年5月", None, None)
        sheets.append(sh)
    return _layout(
        "nontax_bureau_self_checks", "http://www.fymate.net/html/text/lar/168693/16869322_3.html",
        "县非税收入征收管理局 岗位廉政风险自查表 after the source's 非税收入管理 regulation (执收单位 按规定足额征缴, "
        "汇缴结算账户 定期划解国库, 票据 统一印制和管理): THREE sheets, tabs the holders' names (粟映岚, 荀朗清, 郄停云), "
        "each with the pairs ``姓名 | … | 所在股室 | … | 职务 | …`` and a ``岗位职责 | …`` line above 序号/风险点/风险类型 "
        "(short names)/风险等级 一级/二级/三级/防控措施 (merged over two columns); ``本人签字：`` and a date under it",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    arbitration_cards_signed(),
    soil_station_measures_sheet(),
    petition_bureau_spaced_heads(),
    inspection_office_posts(),
    gov_office_sorted_by_level(),
    overseas_chinese_holder_last(),
    emergency_center_group_rows(),
    treasury_center_name_first(),
    nontax_bureau_self_checks(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch165-inbox"))

"""The seven-hundred-and-seventy-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
应急管理 and 矿山安全 bodies, 武安市 (of 邯郸市, 河北省) — its 应急管理局, 安全生产执法大队, 非煤矿山安全服务中心,
地震服务中心, 防汛抗旱服务中心, 应急救援指挥中心 and 安全生产技术服务中心 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 应急管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 安全生产执法大队's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``中队 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 非煤矿山安全服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 地震服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 防汛抗旱服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、物资保障股`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 应急救援指挥中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 安全生产技术服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``wuan_mine_station_post_descriptions``: the 矿山安全监管站's 岗位廉政风险点一览表 lists its points by POST
  ONLY (``序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``, 岗位 merged, no 股室 or name column); a ``注：``
  line says the holders and their 股室 are in the 岗位说明书 that follow, and the workbook carries one
  岗位说明书 SHEET A POST (tabs ``说明书-站长`` …), each a label card (``岗位名称 | … | 岗位编号 | …``,
  ``所在股室 | … | 直接上级 | …``, ``任职者 | … | 任职时间 | …``, merged 岗位职责 and 任职条件 lines) with no
  points. A point's holder is the 任职者 of the card whose 岗位名称 is the row's post, his 股室 the card's
  所在股室. The README's 读得懂的表 knows a 岗位说明书 card carrying its own points (its 任职者 the holder),
  post-only lists resolved by a roster TABLE (``岗位 | 姓名``, a 人员名单, a post-code register), and a
  list keyed by a code with a register sheet; it does not describe a post-only list whose holders
  stand only in per-post label cards on other sheets, one card a post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省应急管理厅 专家组 复核 of a 武安
铁矿's 安全生产许可证 延期 — 五职矿长, 安全生产岗位责任制, 档案查阅; 李毅中 on 官煤勾结 — 入股, 审批权, 纵容
包庇; 应急管理部 on 安全生产执法 “宽松软” and 零处罚; 邯郸市应急管理局 督导 武安 尾矿库 闭库 and 隐蔽致灾因素
普查; a wiki page on 中国地震台网中心 — 地震速报, 台网运行; 晋中市 非煤矿山 防汛备汛 — 值班值守, 应急物资
储备; a page on 应急信息系统 五大中心 — 指挥调度, 物资保障, 演练培训; 检察日报 on 五种渎职 引发矿难 — 超强度
开采, 安全整改 流于形式) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 鞠 and 茹 with rare given
names); every unit is a body of 武安市.

Run ``python tests/published/score.py --set batch775`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point belongs to the 任职者 of the 岗位说明书 whose 岗位名称 is the row's 岗位,
  his 股室 the card's 所在股室 (``站领导`` for the 站长 and 副站长), one form a post; the cards' 岗位编号,
  直接上级, 任职时间, 岗位职责 and 任职条件 are no points, nor is the ``注：`` line;
- ``局领导`` (sheet, no 科室 column) and the cards' leaders have no 科室; ``中心领导``, ``站领导``,
  ``大队领导`` (a group row, a 科室/中队 cell, a 所在股室) are the 科室 of those leaders; 科, 股, 中队 and 室
  are 科室;
- 局长, 副局长, 主任, 副主任, 站长, 副站长, 大队长 are leaders; 科长, 股长, 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points;
  the 非煤矿山安全服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b775_"
PLACE = "武安市"
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

# one 岗位说明书 a post: (岗位名称, 岗位编号, 所在股室, 直接上级, 任职者, 任职时间, tier, 岗位职责, 任职条件)
CARDS = [
    ("站长", "KS-01", "站领导", "市应急管理局分管副局长", "鞠骕蘩", "2022年4月", "leader",
     "主持监管站全面工作，组织非煤矿山安全生产许可证延期现场核查和重大隐患挂牌督办。",
     "注册安全工程师，从事矿山安全工作八年以上。"),
    ("副站长", "KS-02", "站领导", "站长", "茹蘩湜", "2023年7月", "leader",
     "协助站长工作，分管井下安全检查、五职矿长配备核查和安全评价报告审查。",
     "采矿或安全工程专业，从事矿山安全工作五年以上。"),
    ("股长", "KS-03", "监管股", "副站长", "鞠蕤骢", "2021年9月", "middle",
     "负责矿山安全生产岗位责任制落实检查、档案查阅和执法文书审核。", "从事矿山安全监管三年以上。"),
    ("监管员", "KS-04", "监管股", "股长", "茹骢蘅", "2024年2月", "general",
     "负责提升运输、通风、排水、供配电系统现场检查和整改复查。", "持行政执法证，熟悉井下作业规程。"),
]  # fmt: skip

# (岗位, 廉政风险点, 风险等级, 防控措施)
POST_POINTS = [
    ("站长", "安全生产许可证延期核查中对不具备条件的矿山打招呼放行", "高",
     "延期核查意见由专家组出具，站务会集体研究，结果公示。"),
    ("站长", "重大事故隐患挂牌督办降格处理", "高", "挂牌、摘牌均报市应急管理局审定。"),
    ("副站长", "五职矿长配备核查走过场，默许挂名任职", "高", "核查人员持证到岗逐一比对，照片留档。"),
    ("副站长", "安全现状评价报告审查中为关系机构开绿灯", "中", "评价机构随机抽取，审查意见双人签字。"),
    ("股长", "执法文书审核不严，罚款裁量畸轻", "中", "按裁量基准逐条审核，重大案件法制审核。"),
    ("股长", "档案查阅中发现问题隐瞒不报", "低", "查阅记录逐项填写，股长签字后存档。"),
    ("监管员", "井下检查接受矿方宴请，检查前通风报信", "中", "检查计划保密，两人以上同行，执法记录仪全程记录。"),
    ("监管员", "整改复查不下井即出具合格意见", "高", "复查须附井下影像资料，站长随机抽查。"),
]  # fmt: skip


def wuan_mine_station_post_descriptions() -> dict:
    unit = f"{PLACE}矿山安全监管站"
    t = _Truth(unit)
    main = _Sheet("风险点一览表", [6, 10, 44, 10, 40])
    _line(main, f"{unit}岗位廉政风险点一览表", 5)
    _line(main, f"填报单位：{unit}{GAP * 12}2025年6月", 5)
    main.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    first = len(main.rows)
    for i, (post, point, lv, measures) in enumerate(POST_POINTS, 1):
        main.add(i, post, point, lv, measures)
    _merge_down(main, first, [(1, lambda row: row[1])])
    _line(main, "注：各岗位任职人员及所在股室见后附岗位说明书。", 5)
    sheets = [main]
    for post, code, dept, boss, who, since, tier, duty, need in CARDS:
        sh = _Sheet(f"说明书-{post}", [12, 16, 12, 20])
        _line(sh, f"{unit}岗位说明书", 4)
        sh.add("岗位名称", post, "岗位编号", code)
        sh.add("所在股室", dept, "直接上级", boss)
        sh.add("任职者", who, "任职时间", since)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        r = sh.add("任职条件", need, None, None)
        sh.merge(r, 1, r, 3)
        sheets.append(sh)
        for p, point, lv, _measures in POST_POINTS:
            if p == post:
                t.point(main.name, dept, post, who, tier, point, [], HML[lv])
    return _layout(
        "wuan_mine_station_post_descriptions", "https://wenansteelgroup.com/?a=view&p=65&r=333",
        "(harder) 市矿山安全监管站 岗位廉政风险点一览表, after the source's 省应急管理厅 专家组 复核 of a 武安 铁矿's "
        "安全生产许可证 延期 (五职矿长, 安全现状评价报告, 档案查阅, 安全生产岗位责任制, 提升装置/通风/排水/供配电): a title, a "
        "填报单位 line, then 序号/岗位 merged/廉政风险点/风险等级 高/中/低/防控措施 with NO 股室 or name column; a ``注：`` "
        "line points to the 岗位说明书 that follow, and the workbook carries ONE 岗位说明书 SHEET A POST (tabs "
        "``说明书-站长`` …), each a label card 岗位名称/岗位编号, 所在股室/直接上级, 任职者/任职时间 and merged 岗位职责/"
        "任职条件 lines, no points; each point's holder is the 任职者 of the card whose 岗位名称 is the row's post",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wuan_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鞠菂岙", "局长", "主持全面工作", [
            ("干预非煤矿山安全生产许可审批，为亲友矿山说情", "一级", "许可审批全程留痕，领导干部插手干预一律登记报告。"),
            ("在辖区矿山企业入股、拿干股", "一级", "每年签订不入股承诺，纪检组抽查核实。"),
        ]),
        ("茹苡骕", "副局长", "分管安全生产执法、非煤矿山监管", [
            ("对超能力、超强度开采的矿山查处不力", "一级", "超能力开采线索建台账，查处结果报局党组。"),
            ("重大事故隐患治理验收降低标准", "二级", "验收邀请专家参加，验收结论集体签署。"),
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
    dept = _Sheet("科室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室岗位廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("行政审批科", "科长", "鞠棨蕤", "middle", "危险化学品经营许可现场核查不到位即发证", "一级",
         "现场核查两人以上，核查记录附照片。"),
        ("行政审批科", "科长", "鞠棨蕤", "middle", "许可申请材料缺项时变通受理", "二级", "材料清单公开，一次性告知。"),
        ("行政审批科", "科员", "茹棨岙", "general", "办理许可吃拿卡要、故意拖延", "三级", "办理时限上墙，群众评价。"),
        ("规划财务科", "科长", "茹菂蕤", "middle", "安全生产专项资金分配不公", "一级", "资金分配方案局党组集体研究并公示。"),
        ("规划财务科", "会计", "鞠骞蘩", "general", "报销凭证审核把关不严", "二级", "报销经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "wuan_emergency_bureau_two_sheets", "http://92880.cn//news/2005/2005-11-02/8/645843.shtml",
        "市应急管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 李毅中 on 官煤勾结 (官员 入股 小煤矿, 违规 "
        "滥用审批权, 纵容包庇 违法生产, 安全生产许可证): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wuan_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "中队", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "茹蕤苡", "leader", "以责令限期改正代替行政处罚", "制度机制", "高风险",
         "案件审议会逐案审查，零处罚检查说明理由。"),
        ("大队领导", "大队长", "茹蕤苡", "leader", "选择性执法，对关系企业只检查不处罚", "外部环境", "高风险",
         "检查对象双随机抽取，结果公开。"),
        ("执法一中队", "中队长", "鞠苡棨", "middle", "处罚裁量“宽松软”，顶格违法低额处罚", "岗位职责", "中风险",
         "按裁量基准确定罚款，中队集体讨论。"),
        ("执法一中队", "执法队员", "茹骕棨", "general", "现场检查收受企业礼品、接受宴请", "思想道德", "中风险",
         "执法记录仪全程记录，廉洁告知书随检查送达。"),
        ("执法二中队", "执法队员", "鞠蘩岙", "general", "检查发现的隐患不录入执法信息系统", "业务流程", "中风险",
         "检查结果当日录入系统，中队长核对。"),
        ("执法二中队", "执法队员", "鞠蘩岙", "general", "泄露执法检查计划", "思想道德", "低风险",
         "检查计划出发前告知，通讯工具统一管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "wuan_enforcement_brigade_list", "http://isa-hsse.com/index.php?a=show&catid=187&id=52147",
        "市安全生产执法大队 岗位廉政风险防控一览表, after the source's 应急管理部 关于加强安全生产执法工作的意见 (执法 "
        "“宽松软”, 只检查不处罚 零处罚, 选择性执法, 以责令限期改正代替行政处罚, 执法信息化): ``附件1``, a title, a merged "
        "填报单位（盖章）/填报时间 line, then 序号/中队/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def wuan_nonmetal_mine_service_posts() -> dict:
    unit = f"{PLACE}非煤矿山安全服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "尾矿库闭库销号", "闭库论证未完成即同意销号", "制度机制风险", "高",
         "闭库销号经专家论证、集体研究。"),
        ("中心领导", "主任", "leader", "技术服务机构选用", "指定关系机构承担隐蔽致灾因素普查", "外部环境风险", "高",
         "服务机构公开比选，结果公示。"),
        ("尾矿库股", "股长", "middle", "尾矿库汛期巡查", "巡查记录造假，雨后检查不到坝体现场", "岗位职责风险", "中",
         "巡查定位打卡，坝体照片留存。"),
        ("尾矿库股", "技术员", "general", "干滩长度和调洪库容核查", "收受企业好处，核查数据照抄企业报表", "思想道德风险", "中",
         "核查数据现场实测，双人签字。"),
        ("普查治理股", "技术员", "general", "隐蔽致灾因素普查验收", "普查成果验收走过场", "业务流程风险", "中",
         "验收按清单逐项核对，资料归档。"),
        ("普查治理股", "技术员", "general", "隐患整改资料审核", "整改资料不实仍予通过", "业务流程风险", "低",
         "整改资料与现场复查结果比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "wuan_nonmetal_mine_service_posts", "https://jianpian.cn/a/qixw28e",
        "市非煤矿山安全服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 邯郸市应急管理局 督导 武安 非煤矿山 (尾矿库 "
        "闭库销号, 闭库论证, 隐蔽致灾因素普查治理, 重大事故隐患排查整治, 汛期巡查): a title, 序号/股室 merged/岗位 merged per "
        "post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wuan_seismic_center_cards() -> dict:
    unit = f"{PLACE}地震服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "鞠骢菂", "主任", "主持中心全面工作", "leader", [
            ("地震监测台站建设项目指定施工单位", "★★★", "台站建设项目公开招标，结果公示。"),
            ("防震减灾专项经费挪作他用", "★★", "专项经费专账核算，每季度报局审核。"),
            ("接受仪器供应商宴请、礼品", "★", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
        ("副主任", "茹岙蘩", "副主任", "分管台网运行、地震速报", "leader", [
            ("台网运维费用结算不核对实际运维记录", "★★★", "运维费按月核对运维日志后支付。"),
            ("地震宏观观测点补助发放不实", "★★", "补助名单公示，转账发放。"),
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
        "wuan_seismic_center_cards", "https://twwiki.net/wiki/gxvxkgjlq42rmrw.html",
        "市地震服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's page on 中国地震台网中心 (地震监测, "
        "地震速报, 数字地震台站, 台网运行与管理): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wuan_flood_center_group_rows() -> dict:
    unit = f"{PLACE}防汛抗旱服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "茹骢苡", "leader", [
                ("防汛物资采购化整为零、规避招标", "一级风险", "物资采购计划年初公开，按限额招标。"),
                ("汛期值班补助虚报人数", "二级风险", "值班表与补助名单逐月核对。"),
            ]),
        ]),
        ("二、防汛调度股", "防汛调度股", [
            ("股长", "鞠岙骕", "middle", [
                ("抢险队伍调用费用结算不实", "一级风险", "调用记录、签到表与结算单三方核对。"),
            ]),
            ("调度员", "茹蘅菂", "general", [
                ("雨情水情信息迟报、漏报后补记录", "二级风险", "值班记录系统自动留痕。"),
            ]),
        ]),
        ("三、物资保障股", "物资保障股", [
            ("保管员", "鞠蕤棨", "general", [
                ("防汛物资出入库不登记，私自借出", "二级风险", "出入库双人签字，每季度盘点。"),
                ("过期物资报废处置不评估", "三级风险", "报废经评估审批，残值上缴。"),
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
        "wuan_flood_center_group_rows", "http://yjglj.sxjz.gov.cn/awhdt/content_270090",
        "市防汛抗旱服务中心 廉政风险防控责任清单, after the source's 晋中市应急管理局 部署 非煤矿山 防汛备汛 (汛期 24小时 "
        "值班值守, 巡查, 应急物资储备, 截洪沟 排洪渠): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、防汛调度股``, ``三、物资保障股`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def wuan_rescue_command_selfchecks() -> dict:
    unit = f"{PLACE}应急救援指挥中心"
    t = _Truth(unit)
    people = [
        ("茹棨骢", "中心领导", "主任", "leader", [
            ("指挥调度平台建设项目需求设置倾向性条款", "Ⅰ级", "需求论证邀请局机关和专家参加。", "已落实"),
            ("应急演练经费虚列支出", "Ⅱ级", "演练方案、签到、影像资料与支出核对。", "未发现问题"),
        ]),
        ("鞠菂苡", "指挥调度科", "调度员", "general", [
            ("救援队伍调派记录事后补写", "Ⅱ级", "调派指令系统留痕，科长每日核对。", "已落实"),
            ("泄露灾情、救援信息谋取私利", "Ⅱ级", "信息发布统一审核，涉密资料专柜存放。", "已落实"),
        ]),
        ("茹苡菂", "培训演练科", "科员", "general", [
            ("应急培训班学员签到造假", "Ⅲ级", "培训签到刷脸，结业考试留档。", "未发现问题"),
            ("培训教材印制不比价", "Ⅲ级", "印制三家比价，结果公示。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wuan_rescue_command_selfchecks", "http://depponfx.com/zhi/549141.html",
        "市应急救援指挥中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "应急信息系统 五大中心 (应急指挥中心 调度资源, 物资保障中心, 通信与联络中心, 演练与培训中心): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def wuan_safety_tech_center_register() -> dict:
    unit = f"{PLACE}安全生产技术服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鞠棨骕", "leader", [
            ("矿山核定产能复核中默许超能力开采", "外部环境", "一级", "复核数据现场核实，集体研究。"),
            ("技术服务项目委托不比选", "制度机制", "一级", "技术服务项目公开比选。"),
        ]),
        ("技术咨询科", "科长", "茹蕤岙", "middle", [
            ("安全整改方案审查流于形式", "业务流程", "二级", "整改方案专家会审，意见存档。"),
        ]),
        ("技术咨询科", "工程师", "鞠蘩苡", "general", [
            ("为企业出具不实技术意见收取好处", "思想道德", "二级", "技术意见双人复核，科长签发。"),
            ("检测数据随意修改", "岗位职责", "三级", "检测数据系统上传，修改留痕。"),
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
        "wuan_safety_tech_center_register", "http://www.jiuxingjy.com//news/2006/2006-04-12/8/715879.shtml",
        "市安全生产技术服务中心 廉政风险点排查登记表, after the source's 检察日报 on 五种渎职 引发矿难 (纵容超强度开采, 为非法"
        "生产披上合法外衣, 疏于监管 安全整改流于形式, 核定产量): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wuan_mine_station_post_descriptions(),
    wuan_emergency_bureau_two_sheets(),
    wuan_enforcement_brigade_list(),
    wuan_nonmetal_mine_service_posts(),
    wuan_seismic_center_cards(),
    wuan_flood_center_group_rows(),
    wuan_rescue_command_selfchecks(),
    wuan_safety_tech_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch775-inbox"))

"""The nine-hundred-and-seventy-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源、生态环境
and 林业和草原 bodies, 察隅县 (林芝市, 西藏自治区) — its 林业和草原局, 生态环境分局, 自然资源局,
慈巴沟自然保护区管理站, 林业和草原行政执法大队, 草原工作站 and two 乡镇林业工作站 (下察隅镇,
上察隅镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 生态环境分局's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 自然资源局's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a ``注：`` line;
- the 慈巴沟自然保护区管理站's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` and a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 林业和草原行政执法大队's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 职　务 |
  自查时间`` over a row of values, ``一级风险/二级风险/三级风险``, ``防范措施``, ``自查结果``;
- the 草原工作站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``A/B/C`` read by a ``注：`` line;
- the 下察隅镇林业工作站's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 上察隅镇林业工作站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row, short types, 高/中/低.

One is harder:

- ``chayu_forestry_bureau_case_annex``: the 林业和草原局's 岗位廉政风险防控一览表, an ordinary list
  (``序号 | 股室 | 职务 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, 股室 merged, 职务 and 姓名
  merged per person, ``…风险`` types, 高/中/低, a ``注：`` line) with, ON THE SAME SHEET under it and
  above the 制表 line, the 警示教育 annex offices add since 以案促改: a merged line
  ``附：林草系统违规违纪典型案例（警示教育用）`` and a second numbered table on the list's own grid
  (``序号 | 典型案例 | 对应风险点 | 涉及岗位 | 处理结果``, the case merged over the list's 股室/职务/姓名
  columns, ``对应风险点`` standing under ``廉政风险点`` and citing, word for word or nearly, a point of
  the list, ``涉及岗位`` under ``风险类型`` naming a post — 股长, 会计, 生态护林员 — and the
  ``处理结果`` merged under ``风险等级 | 防控措施``). The cases happened elsewhere (``某县``, ``某乡``):
  none is a point of this 局, none names a holder. The README's 读得懂的表 and docs/layouts.md know a
  ``典型案例：…`` or ``【以案说险】…`` line inside a point's cell (cut off the point), a table after the
  list with no point column (``TABLE_OTHER``), a 问题整改台账 with no level or type column, a list of
  outside parties' own risks; they do not describe a CASE TABLE UNDER THE LIST WHOSE COLUMNS ECHO A
  RISK TABLE's — a ``对应风险点`` column of the list's own points and a ``涉及岗位`` column of posts —
  where the risk table ends at the annex's title line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 乡 that paid 村主职干部 as
``兼职护林员`` for five years until an 审计 found it; 环评审批 as a 办事指南 lays it out — 受理, 审查,
批复; 国土资源管理所 and their 动态巡查 reports; 慈巴沟 in 察隅县 and its forests; 林芝's 野生动植物
执法 — 天网行动, 市场检查; a 林草局's 巡护 across 羌塘 and its 管护站 督导; 察隅 itself, 下察隅 and
its villages; a 生态护林员 at a 管护站 named 最美护林员) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
compound surnames 乞伏 and 纥奚 with rare given names); every unit is a body of 察隅县.

Run ``python tests/published/score.py --set batch973`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the annex's rows are no points: not the ``典型案例``, not the ``对应风险点``
  (even where it repeats a point of the list word for word), not the ``涉及岗位`` (no form, no holder,
  no type) and not the ``处理结果`` (no level, no measure); the list's points are the eight rows above
  the ``注：`` line, as they are;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``局领导``, ``站领导``, ``大队领导`` (a 股室 cell, a group row,
  a 所在部门 value) are the 科室 of those leaders; a 局's or a 分局's 股, its 监测站 and 执法监察大队, a
  站's 股 and a 大队's 中队 are 科室;
- the 局, the 分局, the 站 and the 大队 are units of their own: 局长, 副局长, 站长 (of a county
  站) and 大队长 are leaders; 股长, 中队长 and the 站长 of a 分局's 监测站 middle; the rest general;
  a 乡镇林业工作站 handing in its own file is a unit of its own (``察隅县下察隅镇林业工作站``, no 科室; the
  score takes both writings): its 站长 is middle;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查结果`` and ``自查时间``
  are no points and name no holder; the 下察隅镇林业工作站's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``A/B/C`` (by its note), 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b973_"
PLACE = "察隅县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
LETTERS = {"A": 1, "B": 2, "C": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 职务, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "乞伏岷峤", "leader", [
        ("林木采伐限额分配、使用林地审核中为关系人打招呼", "制度机制风险", "高",
         "采伐限额分配、使用林地审核经局党组会集体研究，结果公示。"),
        ("生态护林员选聘名额分配个人说了算", "思想道德风险", "中",
         "选聘名额按管护面积分配到乡镇，村级评议、乡镇审核、县级公示。"),
    ]),
    ("资源管理股", "股长", "纥奚砚舟", "middle", [
        ("林木采伐许可审核把关不严、超限额发证", "岗位职责风险", "高",
         "采伐许可网上办理，伐区调查设计两人以上现场核实。"),
        ("使用林地现场查验走过场", "业务流程风险", "中", "现场查验拍照定位，查验记录双签字。"),
    ]),
    ("生态保护修复股", "股长", "乞伏澜汐", "middle", [
        ("退化林修复、植树造林项目验收弄虚作假", "业务流程风险", "高",
         "项目验收邀请第三方参加，成活率抽样复核。"),
        ("生态护林员考核打分优亲厚友", "岗位职责风险", "低", "考核细则公开，考核结果在村务公开栏公示。"),
    ]),
    ("办公室", "会计", "纥奚琬", "general", [
        ("生态护林员补助、管护经费发放虚报冒领", "岗位职责风险", "高",
         "补助按考核结果打卡发放，发放清单与选聘名册逐人比对。"),
        ("公务用车燃油、维修费用报销审核不严", "制度机制风险", "低", "车辆定点维修、加油卡专车专用，每月公示。"),
    ]),
]  # fmt: skip

# (典型案例, 对应风险点, 涉及岗位, 处理结果): cases of other places, no points of this 局
CASES = [
    ("某乡以“兼职护林员”名义向村主职干部违规发放护林员补贴，五年共计近20万元，审计抽查时发现",
     "生态护林员补助、管护经费发放虚报冒领", "会计", "记过1人、警告2人、诫勉谈话3人，违规补贴全部清退"),
    ("某县林业局资源股原股长为亲友违规办理林木采伐许可证，收受好处费",
     "林木采伐许可审核把关不严、超限额发证", "股长", "开除党籍、开除公职，移送检察机关依法审查起诉"),
    ("某村天保护林员未办理采伐手续，在村民责任林内滥伐杉木自用",
     "护林员巡护不到位、监守自盗", "生态护林员", "解除聘用，依法追究刑事责任"),
    ("某县造林项目验收人员接受施工方宴请，对成活率不达标的造林地出具合格意见",
     "植树造林项目验收把关不严", "股长", "党内严重警告处分，追回多付工程款"),
]  # fmt: skip


def chayu_forestry_bureau_case_annex() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 12, 8, 10, 36, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    _line(sh, "附：林草系统违规违纪典型案例（警示教育用）", 8)
    r = sh.add("序号", "典型案例", None, None, "对应风险点", "涉及岗位", "处理结果", None)
    sh.merge(r, 1, r, 3)
    sh.merge(r, 6, r, 7)
    for i, (case, point, post, outcome) in enumerate(CASES, 1):
        r = sh.add(i, case, None, None, point, post, outcome, None)
        sh.merge(r, 1, r, 3)
        sh.merge(r, 6, r, 7)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "chayu_forestry_bureau_case_annex", "http://wxhengyou.com/Detail_30_1882.aspx",
        "(harder) 县林业和草原局 岗位廉政风险防控一览表 with a 警示案例 annex, after the source's account of a 乡 that paid "
        "村主职干部 as ``兼职护林员`` for five years (审计抽查, 问责, 清退, 警示教育大会): a title, 序号/股室 merged/职务 and "
        "姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施, a ``注：`` line, then ON THE SAME "
        "GRID a merged ``附：林草系统违规违纪典型案例（警示教育用）`` line and a numbered case table ``序号 | 典型案例 (merged "
        "over three columns) | 对应风险点 | 涉及岗位 | 处理结果 (merged over two)``, 对应风险点 under 廉政风险点 citing the "
        "list's points; a 制表/审核/date line under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chayu_ecology_branch_two_sheets() -> dict:
    unit = "林芝市生态环境局察隅县分局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("纥奚崧", "局长", "主持全面工作", [
            ("建设项目环评审批中为关系企业打招呼、降低准入要求", "一级", "环评审批经分局审批委员会集体审查，结果网上公开。"),
            ("生态环境保护专项资金分配个人决定", "二级", "专项资金分配经局务会研究并公示。"),
        ]),
        ("乞伏鹭", "副局长", "分管环评与排污许可、监测", [
            ("排污许可核发审查不严、未批先建不查处", "一级", "核发审查两人以上，现场核查留存影像。"),
            ("监测数据审核签发受人情干扰", "二级", "监测报告三级审核，原始记录存档备查。"),
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
    dept = _Sheet("股室", [6, 14, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("环评与排污许可股", "股长", "纥奚瑨", "middle", "环评文件技术审查走过场、替企业修改数据", "一级",
         "技术审查意见书面留档，审批系统全程留痕。"),
        ("环评与排污许可股", "股长", "纥奚瑨", "middle", "环境影响登记表备案不核查", "三级", "每季度随机抽查备案项目。"),
        ("生态环境监测站", "站长", "乞伏沂", "middle", "监测采样点位、频次随意变更", "二级", "采样全程记录仪记录，点位坐标上传。"),
        ("综合股", "会计", "纥奚婠", "general", "执法车辆燃油、差旅费虚报", "二级", "费用报销附行车记录和审批单。"),
        ("综合股", "会计", "纥奚婠", "general", "办公用品采购不比价", "三级", "采购三家比价，验收两人签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "chayu_ecology_branch_two_sheets", "http://kmsfdsb.cn/htmlbpzn/409.html",
        "县生态环境分局 廉政风险防控一览表 in TWO SHEETS, after the source's 办事指南 for 建设项目环境影响评价审批 (适用范围, "
        "前审后批, 报告书/报告表/登记表 分类管理): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def chayu_natural_resources_bureau_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乞伏峣", "leader", "土地出让、规划条件调整中干预插手", "制度机制", "Ⅰ级",
         "出让方案和规划调整经局党组会集体研究，纪检全程监督。"),
        ("局领导", "局长", "乞伏峣", "leader", "违法用地查处中说情打招呼", "思想道德", "Ⅱ级",
         "领导干部插手干预登记报告，查处结果公开。"),
        ("国土空间规划股", "股长", "纥奚珺瑶", "middle", "建设项目用地预审与选址意见把关不严", "岗位职责", "Ⅰ级",
         "预审材料两人审核，选址意见附现场踏勘记录。"),
        ("国土空间规划股", "股长", "纥奚珺瑶", "middle", "规划核实测量数据不实", "业务流程", "Ⅱ级",
         "测量由第三方完成，核实结果公示。"),
        ("执法监察大队", "执法队员", "乞伏澈", "general", "动态巡查发现违法占地不报告、不制止", "岗位职责", "Ⅰ级",
         "巡查轨迹上传，违法图斑按月比对。"),
        ("执法监察大队", "执法队员", "乞伏澈", "general", "违法用地案件降格处理", "业务流程", "Ⅱ级",
         "案件处理经法制审核、集体讨论。"),
        ("执法监察大队", "执法队员", "乞伏澈", "general", "接受当事人吃请", "外部环境", "Ⅲ级",
         "执法两人以上，签订廉洁执法承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "chayu_natural_resources_bureau_list", "http://www.fymate.net/html/text/lar/174190/17419058_2.html",
        "县自然资源局 岗位廉政风险防控一览表, after the source's account of 国土资源管理所 and their 动态巡查 (早发现、早制止、"
        "早查处, 巡查报表, 违法违规用地月报): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def chayu_cibagou_reserve_cards() -> dict:
    unit = f"{PLACE}慈巴沟自然保护区管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "纥奚巘", "站长", "主持管理站全面工作", "leader", [
            ("保护区内建设项目准入审核中打招呼", "★★★", "准入审核报县林业和草原局集体研究。"),
            ("管护经费、巡护补助分配不公", "★★", "分配方案站务会研究，张榜公示。"),
        ]),
        ("巡护员", "乞伏濯", "巡护员", "保护区日常巡护、野生动植物资源看护", "general", [
            ("巡护记录造假、虚报巡护天数", "★★", "巡护轨迹手机终端上传，每月核对。"),
            ("发现盗伐、盗猎不报告", "★★★", "发现问题两小时内报站，站里每周抽查。"),
        ]),
        ("资源监测员", "纥奚箬", "资源监测员", "红外相机布设、样地监测", "general", [
            ("监测设备领用不登记、私用", "★", "设备领用登记，季度盘点。"),
            ("监测数据随意修改", "★★", "原始数据双备份，修改留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "chayu_cibagou_reserve_cards", "https://zh-two.iwiki.icu/wiki/%E6%85%88%E5%B7%B4%E6%BA%9D",
        "县慈巴沟自然保护区管理站 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's entry on "
        "慈巴沟 in 察隅县 (阿扎冰川, 桑曲, 森林覆盖率, 云南红豆杉, 国家一级保护动物): a title, ``姓　名 | … | 职　务 | …`` and "
        "a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def chayu_forest_enforcement_selfchecks() -> dict:
    unit = f"{PLACE}林业和草原行政执法大队"
    t = _Truth(unit)
    people = [
        ("乞伏峘", "大队领导", "大队长", "leader", [
            ("涉野生动物案件查处中说情、压案不查", "一级风险", "案件办理集体研究，结果报局党组。", "已落实"),
            ("罚没物品处置不规范", "二级风险", "罚没物品登记入库，统一移交处置。", "已落实"),
        ]),
        ("纥奚翮", "一中队", "执法队员", "general", [
            ("农贸市场、餐馆检查中接受吃请", "二级风险", "检查两人以上，执法记录仪全程记录。", "未发现问题"),
            ("发现违法经营野生动物不立案", "一级风险", "线索一律登记编号，限时核查。", "已落实"),
        ]),
        ("乞伏潆", "二中队", "中队长", "middle", [
            ("滥伐林木案件现场勘验不实", "一级风险", "勘验两人以上，照片定位上传。", "已落实"),
            ("执法文书填写不规范、补做文书", "三级风险", "文书当场制作，法制员每月评查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chayu_forest_enforcement_selfchecks", "http://hamasdt.com/cn/ecology/202007/t20200710_6816217.html",
        "县林业和草原行政执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report "
        "on 林芝's 野生动植物保护 (天网行动、利剑行动, 农贸市场、餐馆、土特产店检查, 市县联动执法): a title, a label row "
        "``姓　名 | 所在部门 | 职　务 | 自查时间`` over a row of values, then 序号/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防范措施/``自查结果``; no type column; ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def chayu_grassland_station_group_rows() -> dict:
    unit = f"{PLACE}草原工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "纥奚嶂", "leader", [
                ("草原生态保护补助奖励资金分配中优亲厚友", "A", "补奖资金分配方案站务会研究，到户公示。"),
            ]),
        ]),
        ("二、草原监理股", "草原监理股", [
            ("股长", "乞伏蘅", "middle", [
                ("禁牧、草畜平衡核查走过场", "A", "核查两人以上，核查表牧户签字确认。"),
                ("草原征占用审核把关不严", "B", "审核材料报站领导复核，现场踏勘留影像。"),
            ]),
            ("监理员", "纥奚沨", "general", [
                ("超载过牧不制止、收受好处", "B", "巡查记录上传，每季度抽查。"),
            ]),
        ]),
        ("三、技术推广股", "技术推广股", [
            ("技术员", "乞伏棠", "general", [
                ("草种、围栏物资验收不严", "B", "物资验收两人签字，抽样送检。"),
                ("人工种草面积虚报", "C", "面积卫星影像核对，乡村两级签字。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], LETTERS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级A为高风险，B为中风险，C为低风险。", 6)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "chayu_grassland_station_group_rows", "http://7baotech.com/cn/news/yc/202101/t20210105_6931326.html",
        "县草原工作站 廉政风险防控责任清单 under GROUP ROWS, after the source's report on a 林业和草原局's 冬巡 across 羌塘 "
        "(巡护人员, 管护站日常巡护督导, 查处破坏草原和野生动植物资源): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``A/B/C``/"
        "防控措施, group rows ``一、站领导``, ``二、草原监理股``, ``三、技术推广股`` merged across; 岗位 and 姓名 merged per "
        "person; a ``注：`` line reading A/B/C; no type column",
        [sh], t,
    )  # fmt: skip


def chayu_xiachayu_forestry_station_posts() -> dict:
    unit = f"{PLACE}下察隅镇林业工作站"
    sh = _Sheet("排查表", [6, 12, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "middle", "生态护林员考核", "护林员考核打人情分，考核结果不公示", "思想道德", "高风险",
         "考核结果在村务公开栏公示七天。"),
        ("站长", "middle", "采伐申请初审", "为不符合条件的农户出具采伐初审意见", "岗位职责", "中风险",
         "初审意见两人现场核实后签署。"),
        ("林政员", "general", "木材运输检查", "对无证运输木材放行、收受好处", "外部环境", "高风险",
         "检查登记台账，每月报县局核对。"),
        ("林政员", "general", "林地纠纷调处", "调处中偏袒一方", "制度机制", "低风险", "调处由镇村干部共同参加，记录存档。"),
        ("营林员", "general", "造林苗木发放", "苗木发放登记不实，截留苗木", "业务流程", "中风险",
         "苗木发放到户签字，村委会复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：林业工作站", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "chayu_xiachayu_forestry_station_posts", "https://tftnews.com/news72824",
        "镇林业工作站 岗位廉政风险点排查表 对岗不对人, after the source's account of 察隅 (雪域小江南, 沙马, 下察隅 沙琼村, "
        "原始森林和野生树种): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def chayu_shangchayu_forestry_station_list() -> dict:
    unit = f"{PLACE}上察隅镇林业工作站"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "纥奚霁", "middle", "管护站护林员补助发放截留", "岗位职责", "高",
         "补助直接打卡到护林员个人账户，镇纪委每季度抽查。"),
        ("站长", "纥奚霁", "middle", "护林员选聘中优亲厚友", "思想道德", "中", "选聘村级推荐、镇级审核、县级公示。"),
        ("林政员", "乞伏苒", "general", "林木采伐伐前调查不实", "业务流程", "高", "伐前调查两人以上，附照片和坐标。"),
        ("护林员管理员", "纥奚瓒", "general", "护林员巡护考勤造假", "制度机制", "中", "巡护考勤手机签到，每月抽查。"),
        ("护林员管理员", "纥奚瓒", "general", "巡护装备发放登记不全", "外部环境", "低", "装备发放登记，领取人签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "chayu_shangchayu_forestry_station_list", "http://xzly.gov.cn/article/6446",
        "镇林业工作站 岗位廉政风险防控一览表, after the source's note on a 生态护林员 at a 林业局 管护站 named 最美护林员 "
        "(村推荐, 管护站, 24小时值守): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chayu_forestry_bureau_case_annex(),
    chayu_ecology_branch_two_sheets(),
    chayu_natural_resources_bureau_list(),
    chayu_cibagou_reserve_cards(),
    chayu_forest_enforcement_selfchecks(),
    chayu_grassland_station_group_rows(),
    chayu_xiachayu_forestry_station_posts(),
    chayu_shangchayu_forestry_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch973-inbox"))

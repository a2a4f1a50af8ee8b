"""The nine-hundred-and-sixty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政 and
经济综合 bodies, 芒康县 (昌都市, 西藏自治区) — its 财政局, 发展和改革委员会, 审计局, 统计局, 财政国库集中支付中心
and three 乡镇财政所 (纳西民族乡, 曲孜卡乡, 如美镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 发改委's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低 and a
  ``注：`` line;
- the 审计局's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 统计局's 自查表, one sheet a person (tabs named by the person): a label row ``姓　名 | 所在股室 |
  职　务 | 自查时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查结果``, no type column;
- the 国库集中支付中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 纳西民族乡财政所's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``,
  short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 曲孜卡乡财政所's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row, short types, ``一级/二级/三级``;
- the 如美镇财政所's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 | …`` and
  a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line.

One is harder:

- ``markam_finance_bureau_levels_by_rank``: the 财政局's 岗位廉政风险点排查表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per person)
  with NO LEVEL COLUMN: a ``注：`` line grades every point by its HOLDER'S RANK (``职务层次（职级）``:
  县级领导干部 一级, 科级干部和主任科员 二级, 科员及其他人员 三级) and says the ranks are in
  ``《干部花名册》``, a SECOND SHEET ``干部花名册`` (``序号 | 姓名 | 性别 | 出生年月 | 职务 | 职务层次``,
  one row a cadre, in its own order, two cadres the list does not name) — the rank is nowhere on the
  list. The README's 读得懂的表 and docs/layouts.md know levels from a column of the list read by a
  note, levels per item joined from another sheet by the item's value (an amount banded, membership
  of a key list, last year's list); they do not describe levels graded by the RANK OF EACH POINT'S
  HOLDER found on a roster sheet by the holder's name.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 财政厅's 廉政风险 rules — 分级负责
by 厅长, 厅领导, 处领导, 一岗双责、下管一级, 轮岗; a county's 以工代赈中央预算内投资计划 公示 — 村民自建,
项目理事会, 劳务报酬; a 区审计局's 进场会 and the 审计“四严禁”“八不准”; 国家统计局's 通报 of 经济普查 data
faked at a county's behest; the 国库集中支付 rules — 直接支付, 授权支付额度, 退票, 财政支付中心; 纳西民族乡
— 盐田, 4个村, 葡萄; 曲孜卡乡's 温泉小镇 and its building money; the 茶马古道 through 芒康 and 如美镇's
竹卡大桥) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare compound surnames 达奚 and 褚师 with rare given
names); every unit is a body of 芒康县.

Run ``python tests/published/score.py --set batch965`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one the ``注：`` line gives its holder's
  ``职务层次`` on the ``干部花名册`` sheet, found by the holder's name (every holder of the list is
  there, once): a rank holding ``县级`` (副县级) 1; holding ``科级`` (正科级, 副科级) or ``主任科员``
  (四级主任科员) 2; ``科员`` (一级科员, 二级科员) and anything else 3 — ``主任科员`` before ``科员``, the
  longer word first; the roster is no points and no forms and names no holder of a point by itself
  (its two cadres the list does not name hold nothing); no type column, so no types;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``局领导``, ``委领导``, ``中心领导`` (a 股室 cell, a group row,
  a 所在股室 value) are the 科室 of those leaders; a 局's 股, a 委's 股 and a 中心's 股 are 科室;
- the 局, the 委 and the 中心 are units of their own: 局长, 副局长, 主任 (of the 委 and of the 中心) are
  leaders; 股长 middle; the rest general; a 乡镇财政所 is a unit of its own (``芒康县纳西民族乡财政所``,
  no 科室; the score takes both writings): its 所长 is middle, 会计, 出纳 and 报账员 general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查结果`` and
  ``自查时间`` are no points and name no holder; the 纳西民族乡财政所's list names no person: its
  forms are posts;
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

PREFIX = "b965_"
PLACE = "芒康县"
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


def rank_level(rank: str) -> int:
    """The level the harder file's ``注：`` line gives a holder's 职务层次 (县级领导干部 一级; 科级干部和
    主任科员 二级; 科员及其他人员 三级 — ``主任科员`` looked for before ``科员``)."""
    if "县级" in rank:
        return 1
    if "科级" in rank or "主任科员" in rank:
        return 2
    return 3


# the second sheet: (姓名, 性别, 出生年月, 职务, 职务层次), in its own order
ROSTER = [
    ("达奚珝", "男", "1974.08", "党组书记、局长", "副县级"),
    ("褚师蕤", "女", "1978.11", "党组成员、副局长", "正科级"),
    ("达奚翯", "男", "1983.02", "预算股股长", "副科级"),
    ("褚师萱", "女", "1986.07", "办公室主任", "四级主任科员"),
    ("褚师芃", "男", "1985.04", "国库股股长", "四级主任科员"),
    ("褚师蘅", "女", "1996.09", "政府采购股工作人员", "二级科员"),
    ("达奚昳", "男", "1992.12", "国库股科员", "一级科员"),
    ("达奚旻", "男", "1980.05", "驾驶员", "工勤技能岗"),
]  # fmt: skip
RANK = {who: rank for who, _, _, _, rank in ROSTER}

# (股室, 岗位, 姓名, tier, [(廉政风险点, 防控措施)])
BY_RANK = [
    ("局领导", "局长", "达奚珝", "leader", [
        ("财政资金分配、预算追加审批个人说了算", "预算追加一律经局党组会集体研究，会议纪要存档。"),
        ("为亲友承揽的政府投资项目打招呼、提前拨付资金", "项目资金按进度拨付，领导干部插手干预登记报告。"),
    ]),
    ("局领导", "副局长", "褚师蕤", "leader", [
        ("分管的惠农惠牧补贴资金审核把关不严", "补贴发放名单与乡镇公示名单逐一比对。"),
        ("政府采购方式变更审批中指定供应商", "采购方式变更经局务会研究，结果在政府采购网公开。"),
    ]),
    ("预算股", "股长", "达奚翯", "middle", [
        ("部门预算编制中为个别单位多列项目经费", "预算按定额标准测算，股室集体会审。"),
        ("预算指标选择性下达、拖延下达", "指标下达时限纳入股室考核，一体化系统留痕。"),
    ]),
    ("国库股", "股长", "褚师芃", "middle", [
        ("财政专户资金存放银行选择中收受好处", "专户存放银行经竞争性选择，结果公示。"),
    ]),
    ("国库股", "科员", "达奚昳", "general", [
        ("支付凭证审核不严，违规支付", "支付凭证双人审核，大额支付股长复核。"),
        ("利用库款调度便利挪用资金", "库款调度审批单存档，月末与人民银行对账。"),
    ]),
    ("政府采购股", "工作人员", "褚师蘅", "general", [
        ("采购文件设置倾向性条款", "采购文件经股室集体审核，质疑投诉公开处理。"),
    ]),
]  # fmt: skip


def markam_finance_bureau_levels_by_rank() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("风险点", [6, 12, 10, 10, 40, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_RANK:
        for point, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], rank_level(RANK[who]))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：1.本表不另设风险等级栏，风险等级按责任人职务层次（职级）确定：县级领导干部为一级风险；"
              "科级干部和主任科员为二级风险；科员及其他人员为三级风险。2.责任人职务层次以《干部花名册》为准。", 6)  # fmt: skip
    sh.add("填表：办公室", None, None, "审核：", None, "2025年6月")
    roster = _Sheet("干部花名册", [6, 10, 6, 10, 22, 14])
    _line(roster, f"{unit}干部花名册", 6)
    roster.add("序号", "姓名", "性别", "出生年月", "职务", "职务层次")
    for i, row in enumerate(ROSTER, 1):
        roster.add(i, *row)
    roster.add("制表：办公室", None, None, None, "2025年6月", None)
    return _layout(
        "markam_finance_bureau_levels_by_rank", "https://www.gaodun.com/diqu/344789.html",
        "(harder) 县财政局 岗位廉政风险点排查表, after the source's account of a 财政厅's 廉政风险 rules (分级负责 by 厅长, "
        "厅领导 and 处领导, 一岗双责、下管一级, 轮岗): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "防控措施 with NO LEVEL COLUMN, a ``注：`` line grading every point by its HOLDER'S RANK (县级领导干部 一级; 科级干部和"
        "主任科员 二级; 科员及其他人员 三级) whose ranks stand on a SECOND SHEET ``干部花名册`` (序号/姓名/性别/出生年月/职务/"
        "``职务层次``, one row a cadre in its own order, two cadres the list does not name); no type column",
        [sh, roster], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def markam_development_reform_list() -> dict:
    unit = f"{PLACE}发展和改革委员会"
    sh = _Sheet("一览表", [6, 12, 11, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("委领导", "主任", "褚师芷", "leader", "中央预算内投资项目申报、安排个人说了算", "制度机制风险", "高",
         "投资计划安排经委党组会集体研究，计划下达后公示。"),
        ("委领导", "主任", "褚师芷", "leader", "以工代赈项目选址向关系户所在村倾斜", "思想道德风险", "中",
         "项目选址经乡镇推荐、现场踏勘和集体研究。"),
        ("投资股", "股长", "达奚赟", "middle", "项目可研批复把关不严、降低审批标准", "岗位职责风险", "高",
         "可研批复前组织专家评审，意见存档。"),
        ("投资股", "股长", "达奚赟", "middle", "以工代赈劳务报酬发放监督不到位", "业务流程风险", "中",
         "劳务报酬按月直接发放到务工群众本人账户。"),
        ("价格股", "价格认定员", "褚师菡", "general", "涉案财物价格认定受人情干扰", "岗位职责风险", "中",
         "价格认定两人以上承办，结论经股室集体审议。"),
        ("价格股", "价格认定员", "褚师菡", "general", "收费检查中接受被检查单位吃请", "外部环境风险", "低",
         "检查前签订廉洁承诺，检查结果公开。"),
        ("综合股", "科员", "达奚琇", "general", "项目储备库资料报送中弄虚作假", "业务流程风险", "低",
         "入库资料股长复核，随机抽查项目现场。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三等。", 8)
    sh.add("制表：综合股", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "markam_development_reform_list", "https://www.qianlima.com/bid-565204550.html",
        "县发展和改革委员会 岗位廉政风险防控一览表, after the source's 以工代赈中央预算内投资计划 公示 (项目安排, 村民自建, "
        "项目理事会, 劳务报酬 paid to the workers, 务工群众): a title, 序号/股室 merged/职务 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def markam_audit_bureau_two_sheets() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("达奚璠", "局长", "主持全面工作", [
            ("审计项目计划安排受干扰、选择性审计", "一级", "年度审计计划经县委审计委员会审定后执行。"),
            ("审计发现的问题线索压案不移", "一级", "问题线索移送台账每季度报县纪委监委。"),
        ]),
        ("褚师葳", "副局长", "分管经济责任审计、投资审计", [
            ("经济责任审计中降格处理、隐瞒问题", "一级", "审计报告经审理股审理、局业务会审定。"),
            ("接受被审计单位宴请、礼品", "二级", "审计组进点时公开廉政纪律和举报电话。"),
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
        ("经济责任审计股", "股长", "达奚湝", "middle", "审计取证不充分、审计底稿不实", "二级", "审计底稿逐级复核，取证资料签字确认。"),
        ("经济责任审计股", "股长", "达奚湝", "middle", "向被审计单位推荐中介机构", "一级", "审计人员利益冲突事项每年申报。"),
        ("投资审计股", "审计员", "褚师蓁", "general", "工程结算审计审减不实，与施工方串通", "一级", "结算审计两人复核，审减结果告知建设单位。"),
        ("投资审计股", "审计员", "褚师蓁", "general", "利用审计结果向施工单位索要好处", "二级", "同一项目审计人员定期轮换。"),
        ("法规审理股", "审理员", "达奚暄", "general", "审计报告审理走过场", "三级", "审理意见书面记录，随审计档案归档。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "markam_audit_bureau_two_sheets", "https://www.zljnews.cn/content/6295c02868aac",
        "县审计局 廉政风险防控一览表 in TWO SHEETS, after the source's report on a 区审计局's 进场会 for two 任期经济责任审计 "
        "(审计通知书, 审计纪律 read out, 同责同审, 审计“四严禁”工作要求和“八不准”工作纪律, 廉洁从审): sheet 班子成员 "
        "with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def markam_statistics_bureau_selfchecks() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    people = [
        ("褚师荃", "局领导", "局长", "leader", [
            ("干预统计调查对象独立报送统计资料", "Ⅰ级", "统计数据审核、评估、发布全程留痕。", "已落实"),
            ("统计执法检查结果处理不公", "Ⅰ级", "执法检查结果经局务会研究，处理决定公开。", "已落实"),
        ]),
        ("达奚玙", "综合统计股", "股长", "middle", [
            ("规模以上企业入库审核把关不严", "Ⅰ级", "入库资料逐项核对，现场核查企业生产经营。", "已落实"),
            ("统计数据评估中迁就乡镇、部门要求", "Ⅱ级", "数据评估意见书面记录，报局长审定。", "未发现问题"),
        ]),
        ("褚师筠", "统计执法股", "执法员", "general", [
            ("普查员选聘、劳务费发放不规范", "Ⅱ级", "普查员选聘公开进行，劳务费打卡发放。", "已落实"),
            ("执法检查中接受被检查企业吃请", "Ⅲ级", "执法检查两人以上，执法记录仪全程记录。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "markam_statistics_bureau_selfchecks", "http://news.tzgcjie.com/chanye/59223.html",
        "县统计局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on 国家统计局's "
        "通报 of a county's 经济普查 data faked (规模以上工业 and 固定资产投资 数据严重失实, 指使企业按指定数据填报, 阻碍统计执法检查): "
        "a title, a label row ``姓　名 | 所在股室 | 职　务 | 自查时间`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/``自查结果``; no type column; ``本人签名： | 局长意见：``",
        sheets, t,
    )  # fmt: skip


def markam_treasury_centre_group_rows() -> dict:
    unit = f"{PLACE}财政国库集中支付中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "达奚珺", "leader", [
                ("违规审批超用款计划支付", "一级风险", "超计划支付一律退回，确需支付的报局党组研究。"),
                ("支付系统操作权限分配随意", "二级风险", "系统权限按岗位分设，变更登记备案。"),
            ]),
        ]),
        ("二、支付审核股", "支付审核股", [
            ("股长", "褚师箬", "middle", [
                ("直接支付申请凭证要素不全即予支付", "一级风险", "支付申请逐项核对合同、发票和用款计划。"),
            ]),
            ("审核员", "达奚昉", "general", [
                ("授权支付额度下达中收受预算单位好处", "二级风险", "额度按月批复下达，系统自动校验。"),
                ("退票处理不规范，资金重复支付", "三级风险", "退票资金当日登记，重新支付前与预算单位核实。"),
            ]),
        ]),
        ("三、会计核算股", "会计核算股", [
            ("会计", "褚师笙", "general", [
                ("国库单一账户清算对账不及时、账实不符", "二级风险", "每日与代理银行、人民银行对账，月末出具对账单。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "markam_treasury_centre_group_rows", "http://fsou.com/html/text/lar/172500/17250058_6.html",
        "县财政国库集中支付中心 廉政风险防控责任清单 under GROUP ROWS, after the source's 国库集中支付 rules (政府采购支出直接支付的"
        "凭证, 授权支付额度按月下达, 退票和重新支付, 代理银行, 财政支付中心 对账): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、中心领导``, ``二、支付审核股``, ``三、会计核算股`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def markam_naxi_finance_office_posts() -> dict:
    unit = f"{PLACE}纳西民族乡财政所"
    sh = _Sheet("排查表", [6, 10, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", "middle", "惠农惠牧补贴发放", "补贴对象审核不严，优亲厚友", "制度机制", "高风险",
         "补贴名单在村务公开栏公示七天，乡纪委抽查。"),
        ("所长", "middle", "衔接资金报账", "乡村振兴衔接资金报账凭证审核不严", "岗位职责", "中风险",
         "报账凭证所长、分管领导双签。"),
        ("会计", "general", "村级财务代理", "代理村级账务中违规列支", "业务流程", "高风险",
         "村级支出经村务监督委员会签字后方可入账。"),
        ("会计", "general", "盐田补助核拨", "盐田维护补助核拨不及时、截留", "业务流程", "中风险",
         "补助资金到账后十个工作日内打卡发放。"),
        ("出纳", "general", "现金管理", "坐支、挪用现金，公款私存", "岗位职责", "低风险",
         "现金日清月结，所长每月盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：财政所", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "markam_naxi_finance_office_posts", "http://www.shijianmoli.com/content-19-40418-0.html",
        "乡财政所 岗位廉政风险点排查表 对岗不对人, after the source's entry on 芒康县纳西族乡 (214国道, 4个村民委员会, 耕地, 藏盐, "
        "葡萄酒, 盐井中学): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def markam_quzika_finance_office_list() -> dict:
    unit = f"{PLACE}曲孜卡乡财政所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", "达奚晗", "middle", "特色小城镇建设项目资金拨付审核不严", "制度机制", "一级",
         "项目资金按监理确认的进度拨付，乡党委会研究。"),
        ("所长", "达奚晗", "middle", "温泉景区公益性岗位补贴发放中截留", "思想道德", "二级",
         "补贴直接打卡到个人，乡纪委每季度抽查。"),
        ("会计", "褚师茝", "general", "乡级公务接待费用报销把关不严", "业务流程", "二级",
         "接待费凭公函、接待清单和发票报销。"),
        ("会计", "褚师茝", "general", "固定资产登记不全、账实不符", "岗位职责", "三级",
         "每年末全面盘点固定资产，盘点表存档。"),
        ("报账员", "达奚炜", "general", "村级一事一议资金报账弄虚作假", "外部环境", "二级",
         "报账资料与村务公开内容核对一致后报账。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "markam_quzika_finance_office_list", "http://www.tibet.cn/cn/zt2018/bright/original/201806/t20180605_5913786.html",
        "乡财政所 岗位廉政风险防控一览表, after the source's report on 曲孜卡乡 (温泉, 214、318国道, 特色小城镇建设 工程总投资12亿元, "
        "农牧民参与旅游业): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def markam_rumei_finance_office_cards() -> dict:
    unit = f"{PLACE}如美镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "褚师蘩", "所长", "主持财政所全面工作", "middle", [
            ("镇级财政资金支付审批把关不严", "★★★", "支付审批按权限分级签字，大额支付镇党委会研究。"),
            ("竹卡村安置点建设资金拨付中收受好处", "★★★", "工程款按进度和审计结论拨付，资料存档。"),
            ("接受服务对象礼品礼金", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("会计", "达奚韫", "会计", "镇级和村级会计核算", "general", [
            ("会计凭证审核不严、虚列支出", "★★", "凭证附件齐全方可入账，所长复核。"),
            ("村级资金代管账户违规转账", "★★", "代管账户转账经村务监督委员会签字。"),
        ]),
        ("出纳", "褚师苒", "出纳", "现金、票据和银行账户管理", "general", [
            ("现金、票据保管不善，公款私存", "★★", "现金当日存行，票据领用登记。"),
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
        "markam_rumei_finance_office_cards", "http://m.368tea.com/tea/view_3.php?id=10212&p=MTA0MjEzNQ%3D%3D",
        "镇财政所 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's account of the 茶马古道 "
        "through 芒康 (马帮 线路 via 嘎托镇 and 如美镇, 如美镇的竹卡大桥 over the 澜沧江, 318、214国道): a title, "
        "``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a "
        "``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    markam_finance_bureau_levels_by_rank(),
    markam_development_reform_list(),
    markam_audit_bureau_two_sheets(),
    markam_statistics_bureau_selfchecks(),
    markam_treasury_centre_group_rows(),
    markam_naxi_finance_office_posts(),
    markam_quzika_finance_office_list(),
    markam_rumei_finance_office_cards(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch965-inbox"))

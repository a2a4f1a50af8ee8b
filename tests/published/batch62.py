"""A sixty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as the
staff of two county and township bodies no earlier batch drew on (a 县残疾人联合会 with its 康复部
and 教育就业部; a 县梅岭镇人民政府 with its 社会事务办 and 退役军人服务站) hand back the 附件2 领导岗位 /
附件3 中层岗位 / 附件4 一般岗位廉政风险识别和防控表 (``workbook_templates/forms.toml``) or their own
office's 自查表 / 防控卡: several files per unit, ordinary filling habits. Seven are EVERYDAY:

- the 残联 理事长's 附件2: 分管工作 merged over each of two groups, 高/中/低, and a 注 under the
  table that spells the levels out (``注:风险级别按高、中、低三级填写。``);
- the 残联's 康复部 附件3 by its 部长: ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``, and the column headings printed AGAIN
  in the middle of the table (a page break, 打印标题行 typed in by hand);
- the 残联's 教育就业部 workbook of two 附件4 by its two 干事, the second a copy of the first sheet with
  Excel's own tab name (``附件4``, ``附件4 (2)``);
- the 康复部 办证员's 个人岗位廉政风险自查表 with each label and its value in ONE cell
  (``姓名:苏晓红`` | ``科室:康复部`` | ``岗位:办证员``), 序号/风险点/风险类型/风险等级/防控措施;
- the 镇 分管副镇长's 附件2: the name typed PADDED with spaces (``杜  鹏``), a type cell of two types on
  two lines (``岗位职责风险\\n制度机制风险``), ``一级``/``二级``/``三级``;
- the 镇 社会事务办 低保经办员's 附件4 in a workbook whose FIRST tab is a 填表说明 sheet (prose on
  how to fill the form, naming 高/中/低 and the types), the form on the second tab ``附件4``;
- the 镇 社会事务办 附件3 by its 主任: levels written ``高风险``/``中风险``/``低风险``.

One is harder:

- ``township_veterans_card_holder_at_foot``: the 退役军人服务站 信息员's 岗位廉政风险防控卡 with NO 姓名
  row at the top (``单位 | … | 科室 | 退役军人服务站 | 岗位 | 信息员``); the holder stands only in the
  SIGNED foot line, ``持卡人签字: | 吴国栋 | 站长签字: | 任志远`` — and the 站长 beside him is no holder.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a county's monthly 两项补贴 data comparison between 残联, 民政 and 低保
data, the 残疾人证 办理 steps and 补贴标准, the 残疾人证 办理条件 and 材料, a paper on 按比例安排残疾人就业
and 残保金, a city's 临时救助 rules on 资金筹集和管理, the 低保初审 材料 and 程序, a Q&A on the 临时救助
受理和审批, a 镇 that built its 退役军人服务站 and hired a 专职信息员) and the layout follows their words.
The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch62`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b62_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own 自查表 / 防控卡 follows the post (办证员/信息员 general);
- a 注 line naming 高、中、低 is no point; a repeated heading row is no point;
- tabs ``附件4``/``附件4 (2)`` each with its own 姓名 are two forms; a 填表说明 tab is no form;
- ``姓名:苏晓红`` in one cell names the holder 苏晓红 (likewise 科室, 岗位);
- a name padded with spaces (``杜  鹏``) is the name without them (杜鹏);
- two types on two lines of one cell are both types, in order;
- ``高风险``/``中风险``/``低风险`` are 1/2/3;
- a signed ``持卡人签字:`` foot line names the holder; the 站长签字 beside it names no form.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b62_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDED = {"高风险": 1, "中风险": 2, "低风险": 3}
DATE = "年  月  日"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
LEADER_REVIEWS = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE_COUNTY = "注:此表一式三份,于6月底前报县纪委。"
LEVEL_NOTE = "注:风险级别按高、中、低三级填写。"
TITLE = {"leader": "领导岗位廉政风险识别和防控表", "middle": "中层岗位廉政风险识别和防控表",
         "general": "一般岗位廉政风险识别和防控表"}  # fmt: skip
SELF_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
CARD_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
CDPF = "XX县残疾人联合会"
TOWN = "XX县梅岭镇人民政府"
GUIDE_TAB = "填表说明"


def _line(sh: _Sheet, text: str, ncols: int = 6) -> int:
    """A row of one text merged across the form."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _top(sh: _Sheet, annex: str, tier: str, unit: str) -> None:
    sh.add(annex)
    _line(sh, TITLE[tier])
    _line(sh, f"单位(盖章):{unit}")


def _reviews(sh: _Sheet) -> None:
    for label in REVIEWS:
        r = sh.add(label, None, None, None, None, DATE)
        sh.merge(r, 1, r, 4)


def _leader_reviews(sh: _Sheet) -> None:
    for label in LEADER_REVIEWS:
        r = sh.add(label, None, None, None, None, DATE)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 4)


def _merge_down(sh: _Sheet, first: int, last: int, col: int) -> None:
    """Merge each value in ``col`` over the None cells under it (rows ``first``…``last``)."""
    r = first
    while r <= last:
        e = r
        while e < last and sh.rows[e + 1][col] is None and sh.rows[r][col] is not None:
            e += 1
        if e > r:
            sh.merge(r, col, e, col)
        r = e + 1


def _official_rows(sh, t, rows, who, dept, post, tier, levels) -> None:
    """附件3/附件4 rows (岗位职责 None under a duty = the duty goes on, merged)."""
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(kind), levels[level])
    _merge_down(sh, first, len(sh.rows) - 1, 0)


def _leader_groups(sh, t, groups, who, post, levels) -> None:
    n = 0
    for area, points in groups:
        first = len(sh.rows)
        for k, (point, kind, level, measures) in enumerate(points):
            n += 1
            sh.add(n, area if k == 0 else None, point, kind, level, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), levels[level])
        if len(points) > 1:
            sh.merge(first, 1, len(sh.rows) - 1, 1)


# --------------------------------------------------------------------------- harder layout


def township_veterans_card_holder_at_foot() -> dict:
    unit = TOWN
    who, dept, post = "吴国栋", "退役军人服务站", "信息员"
    sh = _Sheet("防控卡", [6, 36, 12, 9, 36])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控卡", 5)
    sh.add("单位", unit, "科室", dept, None)
    sh.add("岗位", post, "岗位风险等级", "低", None)
    sh.add(*CARD_HEAD)
    rows = [
        ("采集退役军人信息时为不符合条件人员录入优待对象", "岗位职责", "高",
         "信息采集凭退役证件原件,录入结果由站长复核。"),
        ("优待证申领材料审核把关不严,代他人冒领", "业务流程", "中",
         "申领本人到场或凭委托书办理,发放台账逐人签字。"),
        ("走访慰问物资登记不全,私自截留", "制度机制", "中", "慰问物资出入库登记,发放名单在村服务室公示。"),
        ("接受服务对象礼品、宴请", "外部环境", "低", "不收受服务对象礼品,有请托如实登记报告。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("持卡人签字:", who, "站长签字:", "任志远", "2024年7月2日")
    return _layout(
        "township_veterans_card_holder_at_foot", "http://www.studioretreats.com/xznews/zhangcun/19142.html",
        "(harder) 县 梅岭镇 退役军人服务站 信息员's 岗位廉政风险防控卡 (tab 防控卡) after the source's 镇 that built its "
        "退役军人服务站 (按编制定岗, 一名专职信息员, 入户走访, 接访和走访慰问制度): NO 姓名 row — ``单位 | XX县梅岭镇"
        "人民政府 | 科室 | 退役军人服务站`` and ``岗位 | 信息员 | 岗位风险等级 | 低`` at the top; 序号/风险点/风险类型 "
        "(without 风险)/风险等级 高/中/低/防控措施; a blank row and a SIGNED foot line ``持卡人签字: | 吴国栋 | 站长"
        "签字: | 任志远 | 2024年7月2日`` — the holder only there, the 站长 beside him no holder",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县残疾人联合会


def cdpf_chair_level_note() -> dict:
    unit = CDPF
    who, post = "蒋文彬", "理事长"
    sh = _Sheet("附件2", [6, 18, 36, 16, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "高")
    sh.add(*LEADER_HEAD)
    groups = [
        ("主持县残联全面工作", [
            ("残疾人事业专项资金安排不经理事会集体研究", "制度机制风险", "高",
             "专项资金分配方案经理事会研究,结果在县残联网站公示。"),
            ("对各部室执行两项补贴政策监管失察", "岗位职责风险", "中", "每月与县民政局比对补贴数据,问题清单限期整改。"),
        ]),
        ("分管财务和康复工作", [
            ("审批康复救助项目时为熟人打招呼", "思想道德风险", "高", "康复救助对象经康复部初审、理事会审定并公示。"),
            ("辅助器具集中采购中指定供应商", "业务流程风险", "中", "辅具采购进入县政府采购平台,验收三人以上。"),
            ("接受康复定点机构宴请", "外部环境风险", "低", "不参加定点机构宴请,定点机构年度考评公开。"),
        ]),
    ]  # fmt: skip
    _leader_groups(sh, t, groups, who, post, HML)
    _line(sh, LEVEL_NOTE)
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "cdpf_chair_level_note", "https://www.pengxi.gov.cn/gongkai/show/9e6e579816333022c1f04f730249ab21.html",
        "县残疾人联合会 理事长's 附件2 (tab ``附件2``) after the source's county 两项补贴 work (县民政局按月将县残联残疾人"
        "数据与低保数据及两项补贴数据比对, 应享未享人员, 困难残疾人生活补贴, 重度残疾人护理补贴): 姓名/职务 ``理事长``/"
        "岗位风险等级 ``高``; 分管工作 merged over each of two groups, 高/中/低 in the 风险级别 column, types …风险; "
        "a 注 under the table naming the levels (``注:风险级别按高、中、低三级填写。``); review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def cdpf_rehab_head_repeated_heading() -> dict:
    unit = CDPF
    who, dept = "邵丽华", "康复部"
    sh = _Sheet("附件3", [24, 12, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅱ级")
    sh.add(*HEAD)
    rows = [
        ("负责残疾人证办理", "受理", "对申请人身份、照片核对不严,代他人办证", "岗位职责风险", "Ⅱ级",
         "受理时核对身份证、户口簿原件,申请人本人到场。"),
        (None, "评定", "与评定医生串通,提高残疾等级", "思想道德风险", "Ⅰ级",
         "评定医生随机指派,评定结果抽查复评。"),
        (None, "发证", "为不符合标准人员发放残疾人证", "制度机制风险", "Ⅰ级",
         "发证前在乡镇公示,部长审核签字。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", ROMAN)
    sh.add(*HEAD)  # printed again at the top of page 2
    rows = [
        ("负责康复救助项目", "对象确定", "康复救助对象优亲厚友", "外部环境风险", "Ⅱ级",
         "救助对象名单公示七天,接受举报。"),
        (None, "资金拨付", "康复服务费审核不实,多拨定点机构", "业务流程风险", "Ⅲ级",
         "凭服务记录和家属签字拨付,财务复核。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", ROMAN)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "cdpf_rehab_head_repeated_heading", "https://110ask.com/zhishi/827592526929385855.html",
        "县残疾人联合会 康复部 附件3 (tab ``附件3``) by its 部长 after the source's note on 残疾人证 (申请, 受理 — 核对申请人、"
        "照片、身份证、户口本, 评定, 重度残疾人护理补贴标准): 科室 ``康复部``/负责人 ``邵丽华``/岗位风险等级 Ⅱ级; 岗位职责 "
        "merged, 工作流程 filled, ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``, types …风险; the heading row printed AGAIN after the third "
        "risk (a page break), the table going on under it; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def cdpf_employment_copied_tab() -> dict:
    unit = CDPF
    dept, post = "教育就业部", "干事"
    t = _Truth(unit)
    people = [
        ("附件4", "龚小军", [
            ("负责按比例就业审核", "年审", "对用人单位安排残疾人就业人数审核不实", "岗位职责", "高",
             "审核残疾职工劳动合同和社保缴费记录,结果公示。"),
            (None, "认定", "为挂名“假就业”人员出具认定意见", "思想道德", "高", "认定结果随机回访,部长复核。"),
            ("负责残疾人职业技能培训", "培训组织", "虚报培训人数和课时,套取培训补贴", "业务流程", "中",
             "培训签到和影像资料存档,补贴按实到人数结算。"),
        ]),
        ("附件4 (2)", "颜秋菊", [
            ("负责盲人按摩和辅助性就业扶持", "扶持资金", "扶持资金申报材料把关不严", "制度机制", "中",
             "申报材料经部内集体审核,资金拨付前公示。"),
            (None, "实地核查", "核查走过场,接受申报单位礼品", "外部环境", "低", "核查两人以上,核查表双签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, rows in people:
        sh = _Sheet(tab, [22, 12, 34, 12, 8, 30])
        _top(sh, "附件4", "general", unit)
        sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "中")
        sh.add(*HEAD)
        _official_rows(sh, t, rows, who, dept, post, "general", HML)
        _reviews(sh)
        _line(sh, NOTE_COUNTY)
        sheets.append(sh)
    return _layout(
        "cdpf_employment_copied_tab", "http://www.hanspub.org/journal/PaperInformation?paperID=85158",
        "县残疾人联合会 教育就业部 workbook of two 附件4 by its two 干事 after the source's paper on 残疾人按比例就业 (残疾人"
        "可持续就业性差, 奖惩机制不足, 监管缺失, 残保金政策): the second sheet a copy of the first with Excel's tab name "
        "(``附件4``, ``附件4 (2)``); 所在科室及职务 run together (``教育就业部干事``); 岗位职责 merged, 高/中/低 in "
        "the 风险级别 column, types without 风险; review boxes empty, 注",
        sheets, t,
    )  # fmt: skip


def cdpf_clerk_selfcheck_label_in_cell() -> dict:
    unit = CDPF
    who, dept, post = "苏晓红", "康复部", "办证员"
    sh = _Sheet("自查表", [6, 36, 12, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险自查表", 5)
    sh.add(f"姓名:{who}", None, f"科室:{dept}", f"岗位:{post}", None)
    sh.merge(1, 0, 1, 1)
    sh.merge(1, 3, 1, 4)
    sh.add(*SELF_HEAD)
    rows = [
        ("办证材料不全时违规先行办理", "岗位职责", "中", "实行一次性告知,材料齐全方可录入。"),
        ("遗失补办不按规定刊登遗失声明", "制度机制", "低", "补办须附遗失声明,满一个月后办理。"),
        ("在系统中擅自修改残疾类别和等级", "业务流程", "高", "系统修改留痕,每月由部长导出核对。"),
        ("收受申请人家属财物", "思想道德", "高", "签订廉洁承诺书,办证窗口公开监督电话。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("本人签字:", None, "部门负责人签字:", None, DATE)
    return _layout(
        "cdpf_clerk_selfcheck_label_in_cell", "http://wlmq.bendibao.com/live/canjizheng",
        "县残疾人联合会 康复部 办证员's 个人岗位廉政风险自查表 (tab ``自查表``) after the source's 残疾人证 办理 page "
        "(办理条件 by 残疾类别, 办理材料, 遗失补办, 户口所在地县级残联): title with the unit; each label and its value in "
        "ONE cell (``姓名:苏晓红`` merged A:B, ``科室:康复部``, ``岗位:办证员`` merged D:E); 序号/风险点/风险类型 "
        "(without 风险)/风险等级 高/中/低/防控措施; an unsigned 本人签字/部门负责人签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县梅岭镇人民政府


def township_deputy_padded_name() -> dict:
    unit = TOWN
    who, post = "杜鹏", "副镇长"
    sh = _Sheet("附件2", [6, 18, 36, 16, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", "杜  鹏", "职务", post, "岗位风险等级", "二级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("分管民政、社会救助", [
            ("审批临时救助时超出乡镇审批权限", "岗位职责风险\n制度机制风险", "一级",
             "镇级审批限额内办理,超限额报县民政局审批。"),
            ("临时救助资金不入专账,挪作他用", "制度机制风险", "一级", "救助资金专账管理,每季度公布使用情况。"),
            ("为亲友申请救助打招呼", "思想道德风险", "二级", "救助对象经村评议、镇审核并张榜公示。"),
        ]),
        ("分管退役军人事务", [
            ("走访慰问对象确定不公,重复慰问", "业务流程风险", "三级", "慰问名单由服务站提出,镇党政办公会研究。"),
            ("接受服务对象宴请", "外部环境风险", "二级", "不参加服务对象宴请,有请托登记报告。"),
        ]),
    ]  # fmt: skip
    _leader_groups(sh, t, groups, who, post, ORDINAL)
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "township_deputy_padded_name", "http://ask.fsou.com/html/text/lar/172868/17286837_2.html",
        "县 梅岭镇 分管副镇长's 附件2 (tab ``附件2``) after the source's city rules on 临时救助 (乡镇入户核查走访, 县级民政"
        "部门审批, 资金筹集, 财政专户或专帐, 定期公布): the name typed PADDED (``杜  鹏``); 职务 ``副镇长``/岗位风险等级 "
        "``二级``; 分管工作 merged over each of two groups; one type cell of two types on two lines "
        "(``岗位职责风险\\n制度机制风险``); ``一级``/``二级``/``三级``; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def township_caseworker_guide_tab() -> dict:
    unit = TOWN
    who, dept, post = "覃海燕", "社会事务办", "低保经办员"
    t = _Truth(unit)
    guide = _Sheet(GUIDE_TAB, [90])
    guide.add("填表说明")
    guide.add("1.风险点:对照本人岗位职责和工作流程,查找可能发生的廉政风险。")
    guide.add(
        "2.风险类型:分为思想道德风险、制度机制风险、岗位职责风险、业务流程风险、外部环境风险。"
    )
    guide.add("3.风险级别:分为高、中、低三级,高风险指可能造成严重后果的风险。")
    guide.add("4.防控措施:针对每个风险点逐条填写,措施要具体可行。")
    sh = _Sheet("附件4", [22, 12, 34, 14, 8, 30])
    _top(sh, "附件4", "general", unit)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "中")
    sh.add(*HEAD)
    rows = [
        ("负责低保申请受理和初审", "受理", "对材料不全的申请先行受理,事后补材料", "业务流程风险", "中",
         "材料清单一次性告知,缺件不予受理。"),
        (None, "入户调查", "入户调查不实,隐瞒申请人家庭财产", "岗位职责风险", "高",
         "入户调查两人以上,调查表申请人签字。"),
        (None, "民主评议", "评议前向评议人员打招呼", "思想道德风险", "高", "评议由镇干部主持,评议结论当场签字。"),
        ("负责低保档案管理", "建档", "家庭经济状况核对授权书缺失", "制度机制风险", "低", "一户一档,每半年自查。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, post, "general", HML)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "township_caseworker_guide_tab", "http://uianet.net/dictionary/b14550789.html",
        "县 梅岭镇 社会事务办 低保经办员's 附件4 after the source's 城乡最低生活保障初审 (申请书, 入户调查表, 民主评议记录"
        "表, 家庭经济状况核对授权声明, 10日内调查核实, 5个工作日内民主评议): the FIRST tab a 填表说明 sheet (four prose "
        "lines naming the types and 高、中、低), the form on the second tab ``附件4``; 所在科室及职务 "
        "``社会事务办低保经办员``; 岗位职责 merged, 高/中/低, types …风险; review boxes empty, 注",
        [guide, sh], t,
    )  # fmt: skip


def township_office_head_worded_levels() -> dict:
    unit = TOWN
    who, dept = "龙建平", "社会事务办"
    sh = _Sheet("附件3", [24, 12, 34, 14, 10, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "高风险")
    sh.add(*HEAD)
    rows = [
        ("负责临时救助审核", "调查核实", "会同村委会调查走过场,评议公示流于形式", "岗位职责风险", "中风险",
         "调查评议全程留痕,公示照片存档。"),
        (None, "镇级审批", "拆分救助金额规避县级审批", "制度机制风险", "高风险", "同一事由只救助一次,台账月报县民政局。"),
        ("负责特困供养和残疾人补贴初审", "初审", "为不符合条件人员出具初审意见", "岗位职责风险", "高风险",
         "初审结果办内集体研究,报分管领导审签。"),
        (None, "资金发放", "补贴资金发放不及时,拖延发放", "业务流程风险", "低风险", "资金通过“一卡通”按月发放到户。"),
        ("负责救灾物资管理", "物资发放", "救灾物资优亲厚友发放", "外部环境风险", "中风险", "发放名单村内公示,领取人签字。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", WORDED)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "township_office_head_worded_levels",
        "http://szggzy.bcjgmy8.com/bjfw/shjzhfl/cjwt/202308/t20230831_550090.shtml",
        "县 梅岭镇 社会事务办 附件3 (tab ``附件3``) by its 主任 after the source's Q&A on 临时救助 (乡镇会同村委会调查、核实、"
        "评议并公示, 乡镇每次审批金额不超过500元, 同一事由只救助一次): 科室 ``社会事务办``/负责人 ``龙建平``/岗位风险"
        "等级 ``高风险``; 岗位职责 merged, 工作流程 filled, levels written ``高风险``/``中风险``/``低风险``, types "
        "…风险; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    township_veterans_card_holder_at_foot(),
    cdpf_chair_level_note(),
    cdpf_rehab_head_repeated_heading(),
    cdpf_employment_copied_tab(),
    cdpf_clerk_selfcheck_label_in_cell(),
    township_deputy_padded_name(),
    township_caseworker_guide_tab(),
    township_office_head_worded_levels(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b62_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch62-inbox"))

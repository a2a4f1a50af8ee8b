"""A fifty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as the
staff of two county and township bodies no earlier batch drew on (a 县国有青山林场 with its 营林区,
资源管护科 and 营林科; a 县桐木乡人民政府 with its 财政所 and 村镇建设办) hand back the 附件2 领导岗位 /
附件3 中层岗位 / 附件4 一般岗位廉政风险识别和防控表 (``workbook_templates/forms.toml``) or their own
office's 自查表 / 防控卡 / 登记表: several files per unit, three workbooks with a sheet per person,
ordinary filling habits. Seven are EVERYDAY:

- the 林场 场长's 附件2: 分管工作 merged over each of two groups, levels ``一级``/``二级``/``三级``, the
  “三重一大”方面 line over one risk numbered on, the first review box signed ``同意`` with a date;
- the 林场's 塔岭营林区 附件3 by its 主任: levels written as BARE Roman numerals (``Ⅰ``, ``Ⅱ``,
  ``Ⅲ``, no 级), and a last duty row whose 风险点 says only ``无`` (type, level, measures empty);
- the 林场's 资源管护科 workbook of two 附件4 by its two 护林员, tabs named for the person,
  所在科室及职务 typed with a space (``资源管护科 护林员``), 高/中/低, one 岗位风险等级 left blank;
- the 乡's 分管副乡长's 附件2: two 分管工作 groups merged, 高/中/低 in the 风险级别 column, the second
  review box filled (``情况属实``) and the first left empty;
- the 乡's 财政所 附件3 by its 所长: the 工作流程 column left EMPTY on every row, 防控措施 numbered
  on several lines (``1.…\\n2.…``), 一级/二级/三级;
- the 财政所's workbook of two 个人岗位廉政风险自查表 on tabs left as ``Sheet1``/``Sheet2``: a row of
  labels (``姓名 | 科室 | 岗位 | 填表日期``) over a row of values, 序号/风险点/风险类型/风险等级/防控措施;
- the 乡's 村镇建设办 登记表 by its 规划建设员: ``姓名 | … | 所在办站所 | 村镇建设办 | 职务 | …``, a
  工作环节 column, 高/中/低, an unsigned 本人签字 line and a 分管领导意见 row.

One is harder:

- ``forest_card_holder_in_title``: the 营林科 技术员's 岗位廉政风险防控卡 with NO 姓名 row: the holder,
  科室 and post stand only in the title's brackets (``…岗位廉政风险防控卡（营林科技术员　韩立新）``), over a
  merged 岗位职责 line, 序号/风险点/风险类型/风险等级/防控措施, 高/中/低, an unsigned 持卡人签字 line.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a paper on a county's 千岛湖林场 with its 科室 and 林区, a county's five
国有林场 and their 营林区, a 林场's 森林抚育安全生产会议 with its 安全员 and 技术员, a paper on 国有林场
树木管理 — 采伐数量 and 珍贵树种, a county's 统筹整合使用财政涉农资金 rules, a note on 乡(镇)财政 duties, a
财政国库集中支付会计核算办法, a province's 村镇规划建设管理条例) and the layout follows their words.
The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch58`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b58_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own 自查表 / 防控卡 / 登记表 follows the post (会计/出纳/技术员/规划建设员 general);
- bare ``Ⅰ``/``Ⅱ``/``Ⅲ`` are 1/2/3 like ``Ⅰ级``…; a row whose 风险点 is only ``无`` is no point;
- ``资源管护科 护林员`` in 所在科室及职务 is 科室 资源管护科 and post 护林员; a blank 岗位风险等级 is no
  matter for the points;
- an empty 工作流程 column is no matter; numbered lines in one 防控措施 cell are one measure;
- tabs ``Sheet1``/``Sheet2`` each with its own 姓名 are two forms; labels in one row over values in
  the next give holder, 科室 and post; a 填表日期 names nothing;
- ``所在办站所 | 村镇建设办`` gives the 科室;
- a title ending ``（营林科技术员　韩立新）`` names the 科室 营林科, post 技术员 and holder 韩立新.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b58_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
DATE = "年  月  日"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
LEADER_REVIEWS = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE_COUNTY = "注:此表一式三份,于6月底前报县纪委。"
TITLE = {"leader": "领导岗位廉政风险识别和防控表", "middle": "中层岗位廉政风险识别和防控表",
         "general": "一般岗位廉政风险识别和防控表"}  # fmt: skip
MAJOR = "“三重一大”方面"
CARD_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
SELF_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
REGISTER_HEAD = ("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
FOREST = "XX县国有青山林场"
TOWNSHIP = "XX县桐木乡人民政府"
FULL_SPACE = "\u3000"


def _line(sh: _Sheet, text: str, ncols: int = 6) -> int:
    """A row of one text merged across the form."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _top(sh: _Sheet, annex: str, tier: str, unit_line: str) -> None:
    sh.add(annex)
    _line(sh, TITLE[tier])
    _line(sh, unit_line)


def _reviews(sh: _Sheet) -> None:
    for label in REVIEWS:
        r = sh.add(label, None, None, None, None, DATE)
        sh.merge(r, 1, r, 4)


def _leader_reviews(sh: _Sheet, filled: dict | None = None) -> None:
    """A leader form's boxes: label A:B, opinion C:E, date F; ``filled`` maps label → (opinion, date)."""
    filled = filled or {}
    for label in LEADER_REVIEWS:
        opinion, date = filled.get(label, (None, DATE))
        r = sh.add(label, None, opinion, None, None, date)
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


def _official_rows(sh, t, rows, who, dept, post, tier, levels, last=None) -> None:
    """附件3/附件4 rows (岗位职责 None under a duty = the duty goes on, merged); ``last`` is a
    row that is no point (a 风险点 ``无``), merged with nothing."""
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(kind), levels[level])
    _merge_down(sh, first, len(sh.rows) - 1, 0)
    if last:
        sh.add(*last)


def _leader_groups(sh, t, groups, who, post, levels) -> int:
    n = 0
    for area, points in groups:
        first = len(sh.rows)
        for k, (point, kind, level, measures) in enumerate(points):
            n += 1
            sh.add(n, area if k == 0 else None, point, kind, level, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), levels[level])
        if len(points) > 1:
            sh.merge(first, 1, len(sh.rows) - 1, 1)
    return n


# --------------------------------------------------------------------------- harder layout


def forest_card_holder_in_title() -> dict:
    unit = FOREST
    who, dept, post = "韩立新", "营林科", "技术员"
    sh = _Sheet("防控卡", [6, 38, 12, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡（{dept}{post}{FULL_SPACE}{who}）", 5)
    r = sh.add(
        "岗位职责",
        "负责森林抚育作业设计和现场技术指导,向作业人员讲解抚育技术要求,参与抚育质量自查和作业量验收。",
        None,
        None,
        None,
    )
    sh.merge(r, 1, r, 4)
    sh.add(*CARD_HEAD)
    rows = [
        ("抚育作业设计中多划抚育面积,为虚报作业量留出余地", "岗位职责", "高",
         "作业设计经营林科复核、场务会审定,设计小班落图存档。"),
        ("验收作业量时降低标准,对未按技术要求清理的小班签字合格", "业务流程", "高",
         "验收两人以上,按小班拍照留存,验收表由作业队负责人签字。"),
        ("接受作业队负责人宴请,放松现场技术监管", "外部环境", "中", "不参加作业队宴请,有请托如实登记报告。"),
        ("抚育剩余物处理不按规定,默许变卖", "制度机制", "低", "剩余物就地处理,变卖须经场部批准并入账。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("持卡人签字:", None, "科室负责人签字:", None, DATE)
    return _layout(
        "forest_card_holder_in_title", "https://meipian.cn/41dx4f4h",
        "(harder) 县国有青山林场 营林科 技术员's 岗位廉政风险防控卡 (tab 防控卡) after the source's 林场 森林抚育安全"
        "生产会议 (副场长主持, 安全员讲安全技术操作规程, 技术员讲森林抚育技术要求, 油锯手持证上岗, 作业人员签订安全"
        "协议): NO 姓名 row — the 科室, post and holder stand only in the title's full-width brackets "
        "(``…岗位廉政风险防控卡（营林科技术员　韩立新）``, 科室 and post run together, an ideographic space before "
        "the name); a merged 岗位职责 line; 序号/风险点/风险类型 (without 风险)/风险等级 高/中/低/防控措施; a blank "
        "row and an unsigned 持卡人签字/科室负责人签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县国有青山林场


def forest_director_ordinal_levels() -> dict:
    unit = FOREST
    who, post = "苗振华", "场长"
    sh = _Sheet("附件2", [6, 18, 36, 18, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", f"单位(盖章):{unit}")
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("主持林场全面工作", [
            ("林场内设科室负责人和林区主任调整不经场务会研究", "制度机制风险", "二级",
             "中层岗位调整经场务会集体研究,结果在场内公示。"),
            ("对林区护林员管护考核失察,默许虚报巡山天数", "岗位职责风险", "三级", "管护考核结果每季度公示,巡护轨迹抽查。"),
        ]),
        ("分管财务和林木采伐", [
            ("审批年度采伐作业时突破采伐限额,多采少报", "岗位职责风险、制度机制风险", "一级",
             "采伐作业设计按限额编制,伐区验收由资源管护科和营林科联合进行。"),
            ("木材销售不公开竞价,低价卖给熟人", "思想道德风险", "一级", "木材销售进入县公共资源交易平台公开竞价。"),
            ("场部办公经费和职工福利费超标准列支", "业务流程风险", "二级", "经费支出执行“一支笔”审批加场务会备案。"),
        ]),
    ]  # fmt: skip
    n = _leader_groups(sh, t, groups, who, post, ORDINAL)
    _line(sh, MAJOR)
    sh.add(n + 1, "林区道路和管护用房建设", "林区道路和管护用房建设项目不经集体决策直接发包", "制度机制风险", "一级",
           "按“三重一大”制度提交场务会集体决策,会议纪要存档。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", "林区道路和管护用房建设项目不经集体决策直接发包",
            ["制度机制"], 1)  # fmt: skip
    _leader_reviews(sh, {LEADER_REVIEWS[0]: ("同意", "2024年6月20日")})
    _line(sh, NOTE_COUNTY)
    return _layout(
        "forest_director_ordinal_levels", "https://fx361.cc/page/2020/0828/7580451.shtml",
        "县国有青山林场 场长's 附件2 (tab ``附件2``) after the source's paper on a county's 千岛湖林场 (隶属县林业局, 下设"
        "五个科室四个林区, 山林经营总面积, 公益林, 活立木蓄积, 职工人数): 姓名/职务 ``场长``/岗位风险等级 ``一级``; 分管"
        "工作 merged over each of two groups (``主持林场全面工作``, ``分管财务和林木采伐``), levels ``一级``/``二级``/"
        "``三级``, types …风险 (one cell of two joined by ``、``); the “三重一大”方面 line over one risk numbered on (6); "
        "the first review box ``同意`` dated ``2024年6月20日``, 注",
        [sh], t,
    )  # fmt: skip


def forest_district_head_bare_roman() -> dict:
    unit = FOREST
    who, dept = "孔德胜", "塔岭营林区"
    sh = _Sheet(dept, [24, 12, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", f"单位(盖章):{unit}")
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅱ级")
    sh.add(*HEAD)
    rows = [
        ("负责营林区造林和森林抚育", "作业安排", "安排抚育作业时照顾亲友组建的作业队", "思想道德风险", "Ⅱ",
         "作业队由场部统一招标确定,营林区不得指定。"),
        (None, "作业验收", "对造林成活率、抚育质量初验不实", "岗位职责风险", "Ⅰ",
         "初验结果由营林科抽查复核,抽查比例不低于三成。"),
        ("负责营林区森林资源管护", "林木管护", "对区内盗伐滥伐林木不制止、不上报", "岗位职责风险", "Ⅰ",
         "发现盗伐当日报告场部,巡护记录每周上交。"),
        (None, "林地管理", "默许周边村民侵占林地种植经济作物", "外部环境风险", "Ⅱ",
         "林地界桩定期巡查,侵占情况书面报告。"),
        ("负责营林区苗圃管理", "苗木出圃", "苗木出圃不登记,私自赠送或出售", "制度机制风险", "Ⅲ",
         "苗木出圃凭场部调拨单,出圃台账月报。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", BARE_ROMAN,
                   last=("负责营林区森林防火巡查", "巡查", "无", None, None, None))  # fmt: skip
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "forest_district_head_bare_roman", "http://www.victorzhang.cn/page/2021/1206/12498290.shtml",
        "县国有青山林场 塔岭营林区 附件3 (tab = the 营林区) by its 主任 after the source's account of a county's five 国有"
        "林场 (生态公益林确权面积, 有林地面积, 活立木蓄积, 各管辖若干营林区, 苗圃): 科室 ``塔岭营林区``/负责人 ``孔德胜``/"
        "岗位风险等级 Ⅱ级; 岗位职责 merged over two rows, 工作流程 filled, types …风险; levels written as BARE Roman "
        "numerals ``Ⅰ``/``Ⅱ``/``Ⅲ`` (no 级); a last duty row ``负责营林区森林防火巡查 | 巡查 | 无`` with type, "
        "level and measures empty; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def forest_rangers_annex_name_tabs() -> dict:
    unit = FOREST
    dept, post = "资源管护科", "护林员"
    t = _Truth(unit)
    people = [
        ("包玉梅", "低", [
            ("负责责任区巡山护林", "日常巡护", "巡护不到位,巡护日志补记、代记", "岗位职责", "中",
             "巡护轨迹由手机终端记录,日志与轨迹每月比对。"),
            (None, "案件报告", "发现盗伐、滥伐林木收受好处后隐瞒不报", "思想道德", "高",
             "发现案件两小时内报告科室,瞒报一经查实调离岗位。"),
            ("负责珍贵树种看护", "看护登记", "珍贵树种挂牌登记不全,死亡、丢失不报告", "制度机制", "中",
             "珍贵树种一树一档,每季度清点。"),
        ]),
        ("马骏", None, [
            ("负责责任区巡山护林", "日常巡护", "为村民私自上山采挖林下资源放行", "外部环境", "中",
             "采挖须持场部许可,巡护中发现逐次登记。"),
            ("负责伐区现场看管", "伐区看管", "看管伐区时默许超范围采伐,多出木材私下变卖", "岗位职责", "高",
             "伐区四至界线标桩,采伐结束由资源管护科验收。"),
            (None, "木材运输", "为无运输证明的木材出场放行", "业务流程", "低",
             "木材出场凭场部出场单,出场登记每日上报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, grade, rows in people:
        sh = _Sheet(who, [22, 12, 34, 12, 8, 30])
        _top(sh, "附件4", "general", f"单位(盖章):{unit}")
        sh.add("姓名", who, "所在科室及职务", f"{dept} {post}", "岗位风险等级", grade)
        sh.add(*HEAD)
        _official_rows(sh, t, rows, who, dept, post, "general", HML)
        _reviews(sh)
        _line(sh, NOTE_COUNTY)
        sheets.append(sh)
    return _layout(
        "forest_rangers_annex_name_tabs", "http://www.handmsg.com/page/2018/0121/2753837.shtml",
        "县国有青山林场 资源管护科 workbook of two 附件4 by its two 护林员 after the source's paper on 国有林场树木管理 "
        "(采伐数量和养育数量不均衡, 珍贵树种养护, 个别管理人员追逐私利): tabs named for the person (``包玉梅``, "
        "``马骏``); 所在科室及职务 typed WITH a space (``资源管护科 护林员``); 岗位风险等级 ``低`` on one, left BLANK on "
        "the other; 岗位职责 merged over two rows, 高/中/低 in the 风险级别 column, types without 风险; review "
        "boxes empty, 注",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县桐木乡人民政府


def township_deputy_second_review_filled() -> dict:
    unit = TOWNSHIP
    who, post = "田永康", "副乡长"
    sh = _Sheet("附件2", [6, 18, 36, 16, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", f"单位(盖章):{unit}")
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("分管财政、审计", [
            ("审签涉农整合资金拨付时不核对项目验收资料", "岗位职责风险", "高",
             "整合资金凭项目验收单、公示照片拨付,财政所初审后再审签。"),
            ("对财政所代管的村级资金挪用失察", "制度机制风险", "中", "村级资金每半年审计一次,审计结果在村务公开栏公示。"),
            ("为请托人在项目资金安排上打招呼", "思想道德风险", "高", "项目资金安排经乡党委会研究,说情一律登记。"),
        ]),
        ("分管村镇建设、自然资源", [
            ("审批农村建房时对超面积、未批先建默许放行", "岗位职责风险", "中",
             "农村建房审批实行村、办、乡三级审核,结果公示。"),
            ("接受施工单位宴请,为小型工程验收开绿灯", "外部环境风险", "低", "不参加管理服务对象宴请,工程验收集体参加。"),
        ]),
    ]  # fmt: skip
    _leader_groups(sh, t, groups, who, post, HML)
    _line(sh, MAJOR)
    sh.add(None, None, None, None, None, None)
    _leader_reviews(sh, {LEADER_REVIEWS[1]: ("情况属实", "2024年6月25日")})
    _line(sh, NOTE_COUNTY)
    return _layout(
        "township_deputy_second_review_filled", "https://taoees.cn/zhuantifanwen/gongwenfanwen/52540.html",
        "县 桐木乡 分管副乡长's 附件2 (tab ``附件2``) after the source's county rules on 统筹整合使用财政涉农资金 (责任单位, "
        "项目库, 资金拨付, 县级报账, 绩效评价, 公告公示): 姓名/职务 ``副乡长``/岗位风险等级 ``一级``; 分管工作 merged "
        "over each of two groups (``分管财政、审计``, ``分管村镇建设、自然资源``), 高/中/低 in the 风险级别 column, types "
        "…风险; the “三重一大”方面 line over one empty row; the FIRST review box empty and the SECOND filled "
        "``情况属实`` dated ``2024年6月25日``, 注",
        [sh], t,
    )  # fmt: skip


def township_finance_head_numbered_measures() -> dict:
    unit = TOWNSHIP
    who, dept = "罗晓燕", "财政所"
    sh = _Sheet("附件3", [24, 10, 34, 14, 8, 36])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", f"单位(盖章):{unit}")
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "一级")
    sh.add(*HEAD)
    rows = [
        ("负责编制乡级预决算和执行", None, "预算执行中擅自调整支出科目", "制度机制风险", "二级",
         "1.预算调整报乡党委会研究;\n2.按期向乡人大报告预算执行情况。"),
        (None, None, "年终突击花钱,虚列支出", "业务流程风险", "二级",
         "1.严格执行预算;\n2.年终支出逐笔审核,附件不全不予列支。"),
        ("负责惠农补贴资金发放", None, "补贴对象核实不严,冒领、多领补贴", "岗位职责风险", "一级",
         "1.补贴名册经村、乡两级公示;\n2.资金通过“一卡通”直接发放到户;\n3.每年抽查核对。"),
        ("负责村级资金代管", None, "代管的村级资金借给个人或企业", "思想道德风险", "一级",
         "1.村级资金专户存储;\n2.出借一律禁止,每月对账。"),
        ("负责乡自筹资金管理", None, "自筹资金另立小钱柜,不入账核算", "制度机制风险", "三级",
         "1.自筹资金全部纳入乡财政统一管理;\n2.分别记账和核算。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", ORDINAL)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "township_finance_head_numbered_measures",
        "http://www.fymate.net/html/text/lar/168111/16811182_1.html",
        "县 桐木乡 财政所 附件3 (tab ``附件3``) by its 所长 after the source's note on 乡(镇)财政 (自筹资金的筹集和管理, "
        "财政监督, 预决算向乡人大报告, 国家预算内资金/预算外资金/自筹资金分别记帐, 不准另立小钱柜): 科室 ``财政所``/"
        "负责人 ``罗晓燕``/岗位风险等级 一级; the 工作流程 column left EMPTY on every row; 岗位职责 merged over two "
        "rows; 防控措施 numbered on several lines in one cell (``1.…\\n2.…``); levels ``一级``/``二级``/``三级``, "
        "types …风险; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def township_finance_selfcheck_default_tabs() -> dict:
    unit = TOWNSHIP
    dept = "财政所"
    t = _Truth(unit)
    people = [
        ("彭丽", "会计", "2024年6月3日", [
            ("审核报账凭证不严,不合规票据入账", "岗位职责", "高", "凭证逐张审核,不合规票据退回经办人。"),
            ("未经批准办理国库集中支付", "制度机制", "高", "支付申请须经所长审核、分管领导审批。"),
            ("会计档案保管不善,丢失原始凭证", "业务流程", "低", "会计档案按年装订,专柜存放。"),
        ]),
        ("汪建军", "出纳", "2024年6月4日", [
            ("现金收入不及时入账,坐支现金", "制度机制", "中", "现金当日存入银行,不得坐支。"),
            ("利用网银支付权限转出公款", "岗位职责", "高", "网银制单、复核分设两人,U盾分开保管。"),
            ("受人请托提前或加急支付款项", "外部环境", "中", "支付按审批顺序办理,加急须所长签批。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, (who, post, day, rows) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{tab}", [6, 36, 12, 9, 36])
        _line(sh, f"{unit}个人岗位廉政风险自查表", 5)
        sh.add("姓名", "科室", "岗位", "填表日期", None)
        sh.add(who, dept, post, day, None)
        sh.add(*SELF_HEAD)
        for n, (point, kind, level, measures) in enumerate(rows, 1):
            sh.add(n, point, kind, level, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
        sh.add()
        sh.add("本人签字:", None, "所长签字:", None, None)
        sheets.append(sh)
    return _layout(
        "township_finance_selfcheck_default_tabs",
        "http://35331.cn/lhs_rvmjzzh6liojts6ffxjzjfkofmirkxkl4oevgbilhx_3.html",
        "县 桐木乡 财政所 workbook of two 个人岗位廉政风险自查表 (会计, 出纳) after the source's 财政国库集中支付会计"
        "核算办法 (支付申请, 授权支付, 银行对账, 会计凭证): tabs left as ``Sheet1``/``Sheet2``; each a title with the "
        "乡, a row of labels ``姓名 | 科室 | 岗位 | 填表日期`` over a row of values; 序号/风险点/风险类型 (without 风险)/"
        "风险等级 高/中/低/防控措施; an unsigned 本人签字/所长签字 line",
        sheets, t,
    )  # fmt: skip


def township_building_office_register() -> dict:
    unit = TOWNSHIP
    who, dept, post = "何光辉", "村镇建设办", "规划建设员"
    sh = _Sheet("登记表", [6, 12, 36, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, "桐木乡干部岗位廉政风险登记表")
    r = sh.add(f"填报单位:{unit}", None, None, None, "填报时间:2024年6月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("姓名", who, "所在办站所", dept, "职务", post)
    sh.add(*REGISTER_HEAD)
    rows = [
        ("建房申请受理", "对不符合“一户一宅”条件的申请予以受理上报", "岗位职责风险", "高",
         "受理前核查宅基地和户籍信息,受理结果村内公示。"),
        ("规划放线", "放线时擅自改变批准的位置和面积", "业务流程风险", "中", "放线两人以上到场,放线图由建房户签字。"),
        ("建房巡查", "对未批先建、超面积建房不制止、不上报", "岗位职责风险", "中", "巡查每周不少于一次,违建当日上报。"),
        ("竣工核查", "收受建房户财物后出具核查合格意见", "思想道德风险", "高", "竣工核查由办主任带队,结果公示。"),
    ]  # fmt: skip
    for n, (step, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, step, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("本人签字:", None, "办负责人签字:", None, None, None)
    r = sh.add("分管领导意见", None, None, None, None, DATE)
    sh.merge(r, 1, r, 4)
    return _layout(
        "township_building_office_register", "http://m.jianbiaoku.com/webarbs/book/20356.shtml",
        "县 桐木乡 村镇建设办 干部岗位廉政风险登记表 (tab ``登记表``) by its 规划建设员 after the source's province-wide "
        "村镇规划建设管理条例 (村镇规划, 农村村民住宅建设申请审批, 放线, 竣工验收, 违法建设查处): title with the 乡, a "
        "填报单位 line merged A:D beside a 填报时间 cell; ``姓名 | … | 所在办站所 | 村镇建设办 | 职务 | 规划建设员``; "
        "序号/工作环节/风险点/风险类型 (…风险)/风险等级 高/中/低/防控措施; a blank row, an unsigned 本人签字/办负责人"
        "签字 line and an empty 分管领导意见 row",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    forest_card_holder_in_title(),
    forest_director_ordinal_levels(),
    forest_district_head_bare_roman(),
    forest_rangers_annex_name_tabs(),
    township_deputy_second_review_filled(),
    township_finance_head_numbered_measures(),
    township_finance_selfcheck_default_tabs(),
    township_building_office_register(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b58_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch58-inbox"))

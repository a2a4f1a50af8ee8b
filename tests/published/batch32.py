"""A thirty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE OFFICIAL PERSONAL FORMS — 附件2 领导岗位, 附件3 中层岗位
and 附件4 一般岗位廉政风险识别和防控表 (``workbook_templates/forms.toml``, ``../shared/DESIGN.md`` §2)
— as staff of a 区政府办, a 发改局, a 财政局 and a 民政局 really fill and change them. Eight are
EVERYDAY:

- a 区政府办 秘书科 机要员's 附件4 whose header labels were re-worded (``填表人`` for 姓名, ``现任岗位``
  for 所在科室及职务), two rows INSERTED inside the table (one inside a merged 岗位职责, extending the
  merge, one below a duty with 岗位职责 and 工作流程 left blank), levels typed 一级/二级/三级;
- a 区政府办 副主任's 附件2 whose point levels are written ``A``/``B``/``C`` — the letters of the post
  grade — with a 注 legend under the table (``A为Ⅰ级(高)…``), the post grade itself ``A``;
- a 发改局 投资科 附件3 with levels typed ``1级``/``2级``/``3级`` and a 个人廉政承诺 paragraph merged
  across the form below the table, with a 承诺人 line naming the holder, above the review boxes;
- a 发改局 评估督导科 科员's 附件4 whose 防控措施 heading was merged over TWO columns and the measures
  typed in both (no sub-heading), the right one sometimes empty;
- a 财政局 国库科 sheet holding TWO people's 附件4 SIDE BY SIDE (A–F and H–M, a narrow empty column
  between), the right one typing levels ``Ⅰ``/``Ⅱ`` and types without 风险;
- a 民政局 社会救助股 低保审核员's 附件4 running over TWO PAGES pasted one under the other: page two
  repeats the title and the column heading (not the 姓名 row) and its first row continues the last
  岗位职责 of page one (blank);
- a 民政局 婚姻登记处 sheet with the 主任's 附件3 and a 登记员's 附件4 stacked, each with its own 附件N,
  title, 单位 line, header row, review boxes and 注;
- a 区政府办 机关事务科 驾驶员's 附件4 whose header fields were typed into ONE merged cell
  (``姓名:葛振宇　　所在科室及职务:机关事务科驾驶员　　岗位风险等级:C``).

One is harder:

- ``finance_general_sideways``: a 财政局 政府采购监督管理科 科员's 附件4 LAID ON ITS SIDE: the header
  block as usual, then the labels 岗位职责/工作流程/风险点/风险类型/风险级别/防控措施 down column A
  and one point per column (岗位职责 merged across the columns of its points), review boxes and 注
  below.

Each layout imitates the *shape* of the official form and takes its unit, posts and risks from a
public page (its ``source``) that no earlier batch cited; most of these pages describe their subject
in prose (a 实施方案, a news item of a 驻委纪检组, a 抽查事项 list, a 内控制度, a 研判报告, a 管理制度), and
the layout follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch32`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b32_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a form's header fields name its holder whatever the label's words: ``填表人`` on a form is the 姓名
  (not a sign-off line), ``现任岗位`` is 所在科室及职务 (``秘书科机要员`` = 科室 秘书科, post 机要员);
  fields typed into one cell (``姓名:…　所在科室及职务:…　岗位风险等级:…``) are the same fields;
- the tier follows the annex (附件2 leader, 附件3 middle, 附件4 general); a 附件3 names no post (title
  ""); a leader's department is "" (as batch24);
- ``A``/``B``/``C`` in the 风险级别 column are the levels the 注 under the table gives them (A Ⅰ级, B Ⅱ级,
  C Ⅲ级), not post grades; ``1级``, ``一级``, ``Ⅰ`` are Ⅰ级;
- a row inserted into the table with 岗位职责/工作流程 blank belongs to the duty above it; it is a point;
- a 个人廉政承诺 paragraph and its 承诺人 line are no points and name no other holder;
- two forms side by side or stacked on one sheet are two forms; a form's second page (title and
  heading repeated, no 姓名 row) is the same form, its rows the same holder's points;
- a form laid on its side is read by columns: each column under the labels is one point.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b32_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ARABIC = {"1级": 1, "2级": 2, "3级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
LETTER = {"A": 1, "B": 2, "C": 3}  # as the leader form's 注 defines them
FW = "\u3000"
DATE = "年  月  日"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
LEADER_REVIEWS = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE_MIDDLE = "注:此表一式三份,于6月底前报区纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。"
TITLE = {"leader": "领导岗位廉政风险识别和防控表", "middle": "中层岗位廉政风险识别和防控表",
         "general": "一般岗位廉政风险识别和防控表"}  # fmt: skip


def _line(sh: _Sheet, text: str, ncols: int = 6, c0: int = 0) -> int:
    """A row of one text merged across the form (columns ``c0``…``c0+ncols-1``)."""
    r = sh.add(*([None] * c0), text, *([None] * (ncols - 1)))
    sh.merge(r, c0, r, c0 + ncols - 1)
    return r


def _reviews(sh: _Sheet, labels=REVIEWS) -> None:
    """The review boxes under a form: label, opinion merged B:E, date."""
    for label in labels:
        r = sh.add(label, None, None, None, None, DATE)
        sh.merge(r, 1, r, 4)


def _merge_down(sh: _Sheet, first: int, col: int) -> None:
    """Merge each value in ``col`` over the blank cells under it (rows ``first``…end)."""
    r, last = first, len(sh.rows) - 1
    while r <= last:
        e = r
        while e < last and sh.rows[e + 1][col] is None and sh.rows[r][col] is not None:
            e += 1
        if e > r:
            sh.merge(r, col, e, col)
        r = e + 1


def _top(sh: _Sheet, annex: str, tier: str, unit: str) -> None:
    sh.add(annex)
    _line(sh, TITLE[tier])
    _line(sh, f"单位(盖章):{unit}")


# --------------------------------------------------------------------------- harder layout


def finance_general_sideways() -> dict:
    unit = "XX区财政局"
    who, dept, post = "曹文静", "政府采购监督管理科", "科员"
    sh = _Sheet(who, [14, 24, 24, 24, 24, 24])
    t = _Truth(unit)
    _top(sh, "附件4", "general", unit)
    sh.add("姓名", who, "所在科室及职务", f"{dept} {post}", "岗位风险等级", "A")
    duties = [
        ("负责政府采购项目备案审核", 2),
        ("负责政府采购投诉处理", 2),
        ("负责评审专家抽取和管理", 1),
    ]
    points = [
        ("采购方式审核", "对应当公开招标的项目违规批准采用非招标方式", "制度机制风险", "Ⅰ级",
         "采购方式变更经科室集体研究、分管领导审批,结果公示。"),
        ("采购文件备案", "对采购文件中的倾向性、排他性条款不予纠正", "岗位职责风险", "Ⅰ级",
         "采购文件备案实行双人审核,重点条款逐项核对。"),
        ("投诉受理", "对投诉供应商设置障碍,拖延受理", "思想道德风险", "Ⅲ级", "投诉受理登记编号,受理时限网上可查。"),
        ("调查处理", "投诉处理中偏袒被投诉供应商,处理意见不公", "外部环境风险", "Ⅱ级",
         "投诉处理决定经法制审核、集体研究,依法公告。"),
        ("专家抽取", "泄露评审专家抽取名单,或指定专家参加评审", "岗位职责风险", "Ⅰ级",
         "专家由系统随机抽取,名单密封至评审开始前。"),
    ]  # fmt: skip
    r = sh.add("岗位职责", *([None] * 5))
    c = 1
    for duty, width in duties:
        sh.rows[r][c] = duty
        if width > 1:
            sh.merge(r, c, r, c + width - 1)
        c += width
    labels = ("工作流程", "风险点", "风险类型", "风险级别", "防控措施")
    for k, label in enumerate(labels):
        sh.add(label, *(p[k] for p in points))
    for _flow, point, kind, level, _measures in points:
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), ROMAN[level])
    _reviews(sh)
    _line(sh, NOTE_GENERAL)
    return _layout(
        "finance_general_sideways", "https://jinan.jiangongdata.com/urbanhubnewsdetail/384955.html",
        "(harder) 财政局 政府采购监督管理科 科员's 附件4 LAID ON ITS SIDE after the source's 政府采购廉政风险排查 (采购"
        "权力过于集中, 采购程序不规范, 内部控制, 风险点梳理): 附件4/title/单位 lines and the 姓名/所在科室及职务 "
        "(``政府采购监督管理科 科员``)/岗位风险等级 row as usual, then the labels 岗位职责/工作流程/风险点/风险类型/"
        "风险级别/防控措施 down column A with one point per column B–F (岗位职责 merged across the columns of its "
        "points), Ⅰ级…Ⅲ级; three review boxes and 注 below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def govoffice_general_relabelled() -> dict:
    unit = "XX区人民政府办公室"
    who, dept, post = "韩雪", "秘书科", "机要员"
    sh = _Sheet(who, [22, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件4", "general", unit)
    sh.add("填表人", who, "现任岗位", f"{dept}{post}", "岗位风险等级", "B级")
    sh.add(*HEAD)
    rows = [
        ("负责公文收发、登记和流转", "收文登记、分送", "来文登记、分送不及时,压件拖办", "岗位职责风险", "三级",
         "收文当日登记分送,办理时限系统提醒。"),
        # inserted inside the merged 岗位职责: the merge grew over it, its 工作流程 left blank
        (None, None, "为他人打探、泄露尚未公开的文件内容", "思想道德风险", "二级",
         "签订保密承诺书,文件传阅登记。"),
        (None, "发文核稿、印制", "擅自改动已签发的文稿内容", "制度机制风险", "二级", "签发稿与印制稿双人校对,底稿存档。"),
        ("负责机要文件和涉密载体管理", "借阅、清退", "违规借阅、复印涉密文件,涉密载体清退不彻底", "制度机制风险", "一级",
         "涉密文件借阅审批,按期清退销号。"),
        # inserted below a one-row duty: 岗位职责 and 工作流程 left blank, not merged
        ("", "", "私自携带涉密文件外出,或用互联网传输涉密信息", "岗位职责风险", "一级",
         "涉密计算机专机专用,定期保密检查。"),
        ("负责印章使用管理", "用印审批、登记", "未经审批擅自用印,为他人出具虚假证明", "制度机制风险", "一级",
         "先审批后用印,用印登记逐项填写。"),
        (None, "印章保管", "印章外借不登记,用印登记不全", "岗位职责风险", "三级", "印章专柜保管,原则上不外借。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty or None, flow or None, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), ORDINAL[level])
    sh.merge(first, 0, first + 2, 0)  # the first duty, grown over the inserted row
    sh.merge(first + 5, 0, first + 6, 0)
    _reviews(sh)
    _line(sh, NOTE_GENERAL)
    return _layout(
        "govoffice_general_relabelled", "http://bbs.qdcygd.com/jxfw/202506/229054.html",
        "区政府办 秘书科 机要员's 附件4 after the source's 政府办公室岗位职责 (文秘: 公文处理, 档案管理; 行政助理, 信息"
        "管理员): header labels re-worded — ``填表人`` for 姓名, ``现任岗位`` for 所在科室及职务 (``秘书科机要员``), "
        "grade ``B级``; official headings; two rows INSERTED (one inside the merged 岗位职责, the merge grown over "
        "it and its 工作流程 blank; one under a one-row duty with 岗位职责 and 工作流程 blank); levels 一级/二级/三级",
        [sh], t,
    )  # fmt: skip


def govoffice_leader_letter_levels() -> dict:
    unit = "XX区人民政府办公室"
    who, post = "卢永康", "副主任"
    sh = _Sheet(who, [6, 20, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A")
    sh.add(*LEADER_HEAD)
    sections = [
        (None, [
            ("分管综合科、财务科", [
                ("审批财务支出把关不严,同意无依据、超标准开支", "制度机制风险", "A",
                 "财务支出实行科室审核、分管领导审签、主任审批,大额支出集体研究。"),
                ("对分管科室人员违规违纪苗头失察失管", "岗位职责风险", "B", "落实“一岗双责”,每季度与分管科室人员谈心谈话。"),
            ]),
            ("分管政务服务和督查工作", [
                ("督查中对问题隐瞒不报、避重就轻", "岗位职责风险", "B", "督查结果书面通报,问题清单销号管理。"),
                ("利用协调政务服务事项之便为亲友办事提供便利", "思想道德风险", "C", "严格执行回避制度,亲属事项主动报告。"),
            ]),
        ]),
        ("“三重一大”方面", [
            ("重大事项决策", [
                ("以个人意见代替集体研究,搞“一言堂”", "制度机制风险", "A", "重大事项经主任办公会集体研究,会议纪要存档。"),
            ]),
            ("大额资金使用", [
                ("大额资金使用未按规定提交主任办公会研究", "制度机制风险", "A", "大额资金支付事前报批,执行情况定期通报。"),
            ]),
            ("干部推荐", [
                ("干部推荐考察中打招呼、递条子", "思想道德风险", "B", "推荐考察全程纪实,严格执行干部选拔任用程序。"),
            ]),
        ]),
    ]  # fmt: skip
    for caption, areas in sections:
        if caption:
            _line(sh, caption)
        n = 0
        for area, items in areas:
            first = len(sh.rows)
            for k, (point, kind, level, measures) in enumerate(items):
                n += 1
                sh.add(n, area if k == 0 else None, point, kind, level, measures)
                t.point(sh.name, "", post, who, "leader", point, types_in(kind), LETTER[level])
            if len(items) > 1:
                sh.merge(first, 1, len(sh.rows) - 1, 1)
    _line(sh, "注:风险级别栏中,A为Ⅰ级(高),B为Ⅱ级(中),C为Ⅲ级(低)。")
    for label in LEADER_REVIEWS:
        r = sh.add(label, None, None, None, None, DATE)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 4)
    _line(sh, NOTE_MIDDLE)
    return _layout(
        "govoffice_leader_letter_levels", "https://360docs.net/doc/0020300814.html",
        "区政府办 副主任's 附件2 after the source's 区政府办公室岗位廉政风险防范管理工作实施方案 (领导岗位重点查找“三重"
        "一大”, Ⅰ级/Ⅱ级/Ⅲ级 and A/B/C 岗位): 姓名/职务/岗位风险等级 ``A`` row, 序号/分管工作 (merged per area)/风险点/"
        "风险类型/风险级别/防控措施, a “三重一大”方面 section numbered from 1 again; the point levels written "
        "``A``/``B``/``C`` with a 注 legend under the table ``A为Ⅰ级(高),B为Ⅱ级(中),C为Ⅲ级(低)``; two review boxes, 注",
        [sh], t,
    )  # fmt: skip


def ndrc_middle_commitment() -> dict:
    unit = "XX区发展和改革局"
    dept, head = "投资科", "雷振华"
    sh = _Sheet(dept, [22, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", head, "岗位风险等级", "A")
    sh.add(*HEAD)
    rows = [
        ("负责政府投资项目审批", "可研、初设审批", "对项目申报材料把关不严,为不符合条件的项目办理审批", "岗位职责风险",
         "1级", "审批要件清单公开,实行经办、审核、签发三级把关。"),
        (None, None, "接受项目单位请托,降低审批标准或压缩论证环节", "思想道德风险", "1级",
         "重大项目审批前组织专家评审,评审意见存档。"),
        (None, "办理时限", "故意拖延审批,吃拿卡要", "岗位职责风险", "2级", "审批时限在线监管,超时自动预警。"),
        ("负责中央预算内投资项目申报", "项目储备、申报", "申报项目时优亲厚友,向关系单位倾斜", "制度机制风险", "1级",
         "申报项目从项目库择优筛选,经局党组会研究。"),
        (None, "资金计划下达", "资金下达计划不按程序集体研究", "制度机制风险", "2级", "资金计划下达前集体研究并公示。"),
        ("负责投资项目监督检查", "现场检查", "检查走过场,对发现的问题不督促整改", "岗位职责风险", "3级",
         "检查问题建立台账,整改情况跟踪销号。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, "", head, "middle", point, types_in(kind), ARABIC[level])
    _merge_down(sh, first, 0)
    _merge_down(sh, first, 1)
    _line(sh, "个人廉政承诺")
    r = sh.add("本人对以上廉政风险点已逐项查找确认,承诺严格落实各项防控措施,不利用项目审批、资金申报之权谋取私利,"
               "不接受项目单位宴请和礼品礼金,自觉接受组织和群众监督。如有违反,愿承担相应责任。", *([None] * 5))  # fmt: skip
    sh.add(*([None] * 6))
    sh.merge(r, 0, r + 1, 5)
    r = sh.add(f"承诺人(签字):{head}", None, None, "2024年5月20日", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    _reviews(sh)
    _line(sh, NOTE_MIDDLE)
    return _layout(
        "ndrc_middle_commitment", "https://www.aqjjjc.gov.cn/html/2024/bumenxinxi_0408/35542.html",
        "发改局 投资科 附件3 after the source's 驻市发改委纪检监察组 项目审批廉政风险分析 (政府投资项目审批制, 国家资金"
        "补助项目, 审批流程各环节的风险): 科室/负责人/岗位风险等级 row, official headings, 岗位职责 and 工作流程 merged; "
        "levels typed ``1级``/``2级``/``3级``; below the table a ``个人廉政承诺`` line and a paragraph merged across the "
        "form over two rows, a ``承诺人(签字):雷振华`` line with a date; three review boxes, 注",
        [sh], t,
    )  # fmt: skip


def ndrc_general_measures_two_cols() -> dict:
    unit = "XX区发展和改革局"
    who, dept, post = "邱丽萍", "评估督导科", "科员"
    sh = _Sheet(who, [20, 14, 32, 14, 8, 24, 24])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, TITLE["general"], 7)
    _line(sh, f"单位(盖章):{unit}", 7)
    r = sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "B", None)
    sh.merge(r, 5, r, 6)
    r = sh.add(*HEAD, None)
    sh.merge(r, 5, r, 6)  # the staff widened 防控措施 over two columns and typed in both
    rows = [
        ("负责企业投资核准、备案项目检查", "在线监测", "对在线平台报送信息不实的项目不予纠正", "岗位职责风险", "Ⅱ级",
         "在线监测异常信息按周汇总。", "科长每月抽查处理结果。"),
        (None, "现场检查", "现场检查中接受企业宴请、礼品,检查意见避重就轻", "思想道德风险", "Ⅰ级",
         "现场检查两人以上并签订廉洁承诺。", "检查记录拍照存档,随机回访企业。"),
        ("负责政府投资项目监督管理", "建设内容核查", "对擅自变更建设规模、建设内容的项目隐瞒不报", "岗位职责风险", "Ⅰ级",
         "核查结果集体审定。", "重大变更报局党组研究。"),
        ("负责招标投标监督检查", "开评标监督", "开评标监督中对围标串标线索视而不见", "外部环境风险", "Ⅰ级",
         "监督人员随机确定。", "异常线索及时移交驻局纪检组。"),
        (None, "投诉处理", "投诉处理偏袒一方,拖延办理", "制度机制风险", "Ⅱ级", "投诉受理登记,限时办结。", None),
        ("负责稽察资料管理", "立卷归档", "稽察资料泄露或遗失", "岗位职责风险", "Ⅲ级", "资料专人保管,借阅登记。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, m1, m2 in rows:
        sh.add(duty, flow, point, kind, level, m1, m2)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), ROMAN[level])
    _merge_down(sh, first, 0)
    for label in REVIEWS:
        r = sh.add(label, None, None, None, None, DATE, None)
        sh.merge(r, 1, r, 4)
        sh.merge(r, 5, r, 6)
    _line(sh, NOTE_GENERAL, 7)
    return _layout(
        "ndrc_general_measures_two_cols",
        "http://www.shizhong.gov.cn/gongkai/site_shizhongquqfzhggjc/channel_6389a159375991828263436a/"
        "doc_67d3c9112d042cf632632ebc.html",
        "发改局 评估督导科 科员's 附件4 after the source's 发展和改革局 抽查事项清单 (对已开工企业投资核准、备案项目的行政"
        "检查, 在线监测、现场检查, 政府投资项目监督管理, 招标投标监督检查): the 防控措施 heading MERGED over two columns "
        "(F:G, no sub-heading) and the measures typed in both, G empty on two rows; grade cell and review dates merged "
        "F:G too; 岗位职责 merged; Ⅰ级…Ⅲ级",
        [sh], t,
    )  # fmt: skip


def _general_block(sh: _Sheet, c0: int, unit, who, dept, post, grade, rows, t, levels) -> None:
    """One 附件4 written from column ``c0`` on rows that may already exist (side by side)."""

    def put(r: int, values) -> None:
        while len(sh.rows) <= r:
            sh.rows.append([])
        row = sh.rows[r]
        row.extend([None] * (c0 + len(values) - len(row)))
        for k, v in enumerate(values):
            row[c0 + k] = v

    r = 0
    put(r, ["附件4"])
    put(r + 1, [TITLE["general"], None, None, None, None, None])
    sh.merge(r + 1, c0, r + 1, c0 + 5)
    put(r + 2, [f"单位(盖章):{unit}", None, None, None, None, None])
    sh.merge(r + 2, c0, r + 2, c0 + 5)
    put(r + 3, ["姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", grade])
    put(r + 4, list(HEAD))
    r = 5
    first = r
    for duty, flow, point, kind, level, measures in rows:
        put(r, [duty, flow, point, kind, level, measures])
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), levels[level])
        r += 1
    # 岗位职责 merged over the blank cells under it
    k = first
    while k < r:
        e = k
        while e + 1 < r and sh.rows[e + 1][c0] is None and sh.rows[k][c0] is not None:
            e += 1
        if e > k:
            sh.merge(k, c0, e, c0)
        k = e + 1
    for label in REVIEWS:
        put(r, [label, None, None, None, None, DATE])
        sh.merge(r, c0 + 1, r, c0 + 4)
        r += 1
    put(r, [NOTE_GENERAL, None, None, None, None, None])
    sh.merge(r, c0, r, c0 + 5)


def finance_two_side_by_side() -> dict:
    unit = "XX区财政局"
    dept = "国库科"
    sh = _Sheet(dept, [18, 12, 28, 12, 7, 26, 3, 18, 12, 28, 12, 7, 26])
    t = _Truth(unit)
    left = [
        ("负责国库集中支付审核", "支付申请审核", "对无预算、超预算的支付申请审核放行", "制度机制风险", "Ⅰ级",
         "支付申请与预算指标系统校验,人工复核。"),
        (None, "支付凭证复核", "优先为关系单位办理支付,故意拖延其他单位", "思想道德风险", "Ⅱ级",
         "支付按受理顺序办理,办理时限公开。"),
        ("负责公务卡还款审核", "还款核对", "公务卡还款与消费记录核对不严", "岗位职责风险", "Ⅲ级", "还款逐笔核对消费明细。"),
    ]  # fmt: skip
    right = [
        ("负责总预算会计核算", "记账、对账", "财政专户资金对账不及时,账实不符", "岗位职责", "Ⅱ",
         "每月与开户银行对账,编制余额调节表。"),
        (None, "暂付款清理", "违规办理财政暂付款,长期挂账不清理", "制度机制", "Ⅰ", "暂付款逐笔报批,按季度清理。"),
        ("负责财政专户管理", "资金存放", "专户资金存放银行不经竞争性选择,收受银行好处", "外部环境", "Ⅰ",
         "资金存放实行竞争性选择,结果集体研究并公开。"),
    ]  # fmt: skip
    _general_block(sh, 0, unit, "孔祥瑞", dept, "支付审核员", "A", left, t, ROMAN)
    _general_block(sh, 7, unit, "蒋丽华", dept, "总预算会计", "A", right, t, BARE)
    width = 13
    for row in sh.rows:
        row.extend([None] * (width - len(row)))
    return _layout(
        "finance_two_side_by_side", "https://www.ja.gov.cn/public/6601951/24118892.html",
        "财政局 国库科 sheet after the source's 区财政局内部控制基本制度 (分事行权、分岗设权, 国库集中支付, 财政专户, "
        "暂付款): TWO people's 附件4 SIDE BY SIDE — A–F (支付审核员, Ⅰ级…Ⅲ级) and H–M (总预算会计, levels typed "
        "``Ⅰ``/``Ⅱ`` without 级, types without 风险 ``岗位职责``) with a narrow empty column G between; each with its "
        "附件4/title/单位 lines, 姓名/所在科室及职务/岗位风险等级 row, official headings, review boxes and 注",
        [sh], t,
    )  # fmt: skip


def civil_general_second_page() -> dict:
    unit = "XX区民政局"
    who, dept, post = "文晓燕", "社会救助股", "低保审核员"
    sh = _Sheet(who, [22, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件4", "general", unit)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "A")
    sh.add(*HEAD)
    page1 = [
        ("负责城乡低保申请审核", "入户调查", "入户调查走过场,调查结论与实际不符", "岗位职责风险", "Ⅱ级",
         "入户调查两人以上,调查表当事人签字。"),
        (None, "家庭经济状况核对", "对申请人隐瞒收入、财产的情况不核实", "岗位职责风险", "Ⅰ级",
         "经济状况信息系统比对,疑点逐户核查。"),
        (None, "审核确认", "优亲厚友,将不符合条件的亲友纳入低保", "思想道德风险", "Ⅰ级",
         "经办人员近亲属享受低保的单独登记备案。"),
        ("负责特困人员供养审核", "供养认定", "降低标准认定特困供养人员", "制度机制风险", "Ⅰ级", "认定结果在村(居)务公开栏公示。"),
        (None, "资金发放", "虚报冒领、截留供养资金", "制度机制风险", "Ⅰ级", "供养资金社会化发放,直达个人账户。"),
    ]  # fmt: skip
    page2 = [
        (None, "动态管理", "对死亡、服刑的供养对象未及时停发", "岗位职责风险", "Ⅱ级", "每月与公安、殡葬数据比对。"),
        ("负责临时救助审核", "急难救助", "临时救助审批超标准、超范围", "制度机制风险", "Ⅱ级", "救助标准公开,超限额集体研究。"),
        (None, "档案管理", "泄露救助对象个人信息", "岗位职责风险", "Ⅲ级", "救助档案专柜保管,查阅登记。"),
    ]  # fmt: skip
    for k, rows in enumerate((page1, page2)):
        if k:
            sh.add()
            _line(sh, TITLE["general"])  # page two: title and heading repeated
            sh.add(*HEAD)
        first = len(sh.rows)
        for duty, flow, point, kind, level, measures in rows:
            sh.add(duty, flow, point, kind, level, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(kind), ROMAN[level])
        _merge_down(sh, first, 0)
    _reviews(sh)
    _line(sh, NOTE_GENERAL)
    return _layout(
        "civil_general_second_page", "https://qiantufanwen.com/47611.html",
        "民政局 社会救助股 低保审核员's 附件4 after the source's 县民政局 风险隐患研判报告 (低保兜底, 临时救助, 特困供养): "
        "the form runs over TWO PAGES pasted one under the other — after a blank row page two repeats the title and "
        "the column heading (not the 姓名 row), its first row's 岗位职责 blank (the last duty of page one goes on); "
        "岗位职责 merged on each page; Ⅰ级…Ⅲ级; review boxes and 注 after page two",
        [sh], t,
    )  # fmt: skip


def civil_middle_general_stacked() -> dict:
    unit = "XX区民政局"
    dept = "婚姻登记处"
    head, clerk, post = "贺建平", "邵雨婷", "登记员"
    sh = _Sheet(dept, [22, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", head, "岗位风险等级", "B")
    sh.add(*HEAD)
    rows = [
        ("负责婚姻登记工作管理", "登记审核签发", "对证件材料不全的当事人违规签发结婚证", "岗位职责风险", "Ⅰ级",
         "登记审核签发双人复核,登记系统比对身份信息。"),
        (None, "补发登记", "违规补发婚姻登记证件", "制度机制风险", "Ⅱ级", "补发登记核查原始档案,主任审签。"),
        ("负责登记处经费和收费管理", "收费", "擅自增加收费项目或搭车收费", "制度机制风险", "Ⅱ级", "收费项目和标准上墙公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, "", head, "middle", point, types_in(kind), ROMAN[level])
    _merge_down(sh, first, 0)
    _reviews(sh)
    _line(sh, NOTE_MIDDLE)
    sh.add()
    _top(sh, "附件4", "general", unit)
    sh.add("姓名", clerk, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "C")
    sh.add(*HEAD)
    rows = [
        ("负责结婚、离婚登记受理", "材料审查", "审查身份证件、户口簿不认真,为冒名顶替者办理登记", "岗位职责风险", "Ⅰ级",
         "人证比对,当事人现场签名按指纹。"),
        (None, "颁证", "对当事人故意刁难,索要好处", "思想道德风险", "Ⅲ级", "颁证现场服务评价,公开监督电话。"),
        ("负责婚姻登记档案管理", "档案查询", "违规向他人提供婚姻登记档案信息", "制度机制风险", "Ⅱ级",
         "档案查询凭本人证件或法定文书,查询登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, clerk, "general", point, types_in(kind), ROMAN[level])
    _merge_down(sh, first, 0)
    _reviews(sh)
    _line(sh, NOTE_GENERAL)
    return _layout(
        "civil_middle_general_stacked", "https://360docs.net/doc/674769007.html",
        "民政局 婚姻登记处 sheet after the source's 婚姻登记处员工管理制度 (严格执行婚姻登记程序, 准确填写登记材料, 廉洁"
        "自律): the 主任's 附件3 (科室/负责人/岗位风险等级) and a 登记员's 附件4 (姓名/所在科室及职务 ``婚姻登记处登记员``) "
        "STACKED on one sheet, each with its own 附件N line, title, 单位 line, official headings, review boxes and 注, a "
        "blank row between; 岗位职责 merged; Ⅰ级…Ⅲ级",
        [sh], t,
    )  # fmt: skip


def govoffice_general_header_one_cell() -> dict:
    unit = "XX区人民政府办公室"
    who, dept, post = "葛振宇", "机关事务科", "驾驶员"
    sh = _Sheet("Sheet1", [22, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件4", "general", unit)
    _line(sh, f"姓名:{who}{FW * 2}所在科室及职务:{dept}{post}{FW * 2}岗位风险等级:C")
    sh.add(*HEAD)
    rows = [
        ("负责公务车辆驾驶", "出车", "未经派车审批私自出车,公车私用", "思想道德风险", "Ⅱ级",
         "凭派车单出车,车辆定位轨迹每周核对。"),
        (None, "加油", "虚报加油量,用油卡为私车加油", "制度机制风险", "Ⅱ级", "一车一卡,油耗按月统计分析。"),
        ("负责车辆日常维护", "送修", "虚报维修项目,与修理厂串通抬高费用", "外部环境风险", "Ⅱ级",
         "定点维修,维修项目事前审批、事后验收。"),
        (None, "保险、年检", "车辆保险、年检费用报销不实", "岗位职责风险", "Ⅲ级", "保险年检票据与车辆台账核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), ROMAN[level])
    _merge_down(sh, first, 0)
    _reviews(sh)
    _line(sh, NOTE_GENERAL)
    return _layout(
        "govoffice_general_header_one_cell", "http://che.qc188.com/news/201303/27458.html",
        "区政府办 机关事务科 驾驶员's 附件4 (tab Sheet1) after the source's 公务接待和公务用车管理 (集中统一调度, 使用登记, "
        "定点维修, 加强办公经费管理): the header fields typed into ONE cell merged A:F — ``姓名:葛振宇　　所在科室及职务:"
        "机关事务科驾驶员　　岗位风险等级:C`` —; official headings, 岗位职责 merged, Ⅱ级/Ⅲ级, review boxes, 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    finance_general_sideways(),
    govoffice_general_relabelled(),
    govoffice_leader_letter_levels(),
    ndrc_middle_commitment(),
    ndrc_general_measures_two_cols(),
    finance_two_side_by_side(),
    civil_general_second_page(),
    civil_middle_general_stacked(),
    govoffice_general_header_one_cell(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b32_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch32-inbox"))

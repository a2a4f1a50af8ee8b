"""A twenty-fourth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the coordinator's OWN forms — 附件2 领导岗位, 附件3 中层岗位
and 附件4 一般岗位廉政风险识别和防控表 (``xlproc templates``, ``workbook_templates/forms.toml``) — as
staff really send them back after reworking them, mixed with the lists offices already had.
Nine are EVERYDAY:

- a 审计局 副局长's 附件2 RETYPED by hand in WPS (tab ``Sheet1``): the title reworded
  (``…领导岗位廉政风险点识别与防控登记表``), full-width ``单位（盖章）：``, ``姓  名``/``职  务`` spaced,
  headings reworded (分管领域, 廉政风险点, 风险类别, 风险等级, 防范措施), levels typed 一级/二级/三级,
  types typed without 风险 (``制度机制``), the sections renamed ``一、分管工作`` / ``二、“三重一大”方面``,
  the 分管领域 merged over each area's rows, the review boxes reworded;
- a 财政局 国库科 科员's generated 附件4 with the 工作流程 column DELETED (the table's cells shifted
  left, the header and review rows left as they were), a 备注 column ADDED after 防控措施, three
  unused rows left blank, the 填表说明 sheet (with its 填写示例 row) and the hidden metadata column
  kept;
- a 文化馆 会计's 附件4 whose 岗位职责 cell is ONE paragraph merged over all the rows, 工作流程 merged
  over two rows here and there;
- a 医保服务中心 审核员's 附件4 where the staff member wrote TWO risks in one 风险点 cell numbered
  ``1.…;`` / ``2.…`` (and two types in the 风险类型 cell, numbered measures);
- a 住建局 质量安全监督站's 附件3 whose 风险类型 column is filled with the staff's own words
  (廉洁风险, 履职风险, 作风风险) — none of the five types;
- a 水利局 水政监察股 that sent its existing 一览表 instead of the forms: the 股 only in the title
  after the unit, 岗位/姓名 merged per person, 高/中/低, a 备注 column, a 填报人/股长审核 line;
- a 教育局's leaders' 防控卡, one sheet per leader (tab = name): the 附件2 turned into a card — 姓名/
  职务/岗位风险等级 row, a 分管工作 line merged across, no 分管工作 column, the two sections kept,
  本人签字 below;
- a 市场监管局 登记注册股's 附件3 with a 科室职责 paragraph row added above the heading and review
  boxes filled in: ``科室负责人(签字)`` with the holder's own name and a date, ``分管领导审查意见`` saying
  ``同意。邵建华`` (a watcher's name);
- a 农业农村局 农机股 workbook mixing both: the 股长's 附件3 on one sheet and the 股's old 一般岗位
  一览表 (岗位/姓名 merged, 高/中/低, title naming the unit and the 股) on another.

Two are harder, both what people really do with the forms:

- ``realty_forms_stacked``: a 不动产登记中心 sheet holding THREE people's 附件4 one under the
  other: only the first has the 附件4 line, the title and the 单位 line; the second and third start
  straight with their 姓名/所在科室及职务/岗位风险等级 row (the third's grade left blank), each with its
  heading, rows and review boxes, a blank row between;
- ``hrss_middle_responsible``: a 人社局 社会保险股's 附件3 filled by the 股长 for the whole 股, with an
  added 责任人 column naming who holds each row — the 股长 himself (the 负责人 above) on three rows,
  two staff members on the others.

Each layout imitates the *shape* of the form it reworks and takes its unit, posts and risks from a
public page (its ``source``) that no earlier batch cited; most of these pages describe their subject
in prose (a news report, an office's 机构职能, a 实施方案, a case), and the layout follows their words.
The rows are worded by us.

Run ``python tests/published/score.py --set batch24`` and do not tune the reader against it, or it
stops being held out. Two layouts are also kept as LibreOffice re-saved copies
(``resaved/b24_audit_leader_retyped.xls``, ``resaved/b24_zhijian_middle_own_types.ods``, see
make_resaved.py).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a form's header fields name its holder: 姓名 on 附件2/附件4, 负责人 on 附件3; ``所在科室及职务``
  written ``国库科科员`` or ``登记受理科 窗口受理员`` is the 科室 and the post; a 附件3 names no post (its
  科室 and 负责人 only): its title is ""; the tier follows the annex (附件2 leader, 附件3 middle,
  附件4 general);
- 岗位风险等级 (A级, B, …) grades the POST, never a point: each point's level is its 风险级别 /
  风险等级 cell (Ⅰ级…, 一级…, 高/中/低);
- section rows (``一、分管工作``, ``“三重一大”方面``), 分管领域/分管工作/岗位职责/科室职责/工作流程 cells
  (merged or not), review boxes and what is written in them (``同意。邵建华``, a signature), 备注
  cells, 注 lines and the 填表说明 sheet with its 填写示例 row are no points and name no holder;
- a 风险点 cell holding two numbered risks (``1.…;`` ``2.…``) is ONE point, the cell's whole text
  (as layouts.baoan_duty_list); its 风险类型 cell naming two types gives both;
- a 风险类型 column in the unit's own words (廉洁风险, 履职风险, 作风风险) names none of the five
  types: truth types [] (as batch18);
- forms stacked on one sheet: each 姓名/所在科室及职务 row opens a holder's form; the 单位 line above
  the first holds for all of them;
- a 责任人 column added to a 附件3 names each row's holder: the 股长's rows are his (the 负责人 of
  the header), the others' are theirs — department the 股, title "" (the sheet names no post for
  them), tier None;
- a 股 named in a list's title after the unit (``XX县水利局水政监察股…一览表``) is the department of
  every row (as batch20's 填报科室 line, batch22's 中队);
- the hidden metadata column of a generated form, kept when the staff edited it, agrees with the
  sheet (the same unit, 科室, post and holder).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch4.write_xlsx``, which hides the
columns a sheet lists as ``hidden``; otherwise ``layouts.write_xlsx``), copies the LibreOffice
re-saved copies ``resaved/b24_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from published.batch4 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b24_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
OWN_TYPES = ("廉洁风险", "履职风险", "作风风险")
TIER = {"副局长": "leader", "股长": "middle"}  # fmt: skip
DATE = "年  月  日"
META = "xlproc:"
INSTRUCTIONS = [
    "填表说明",
    "一、什么是岗位廉政风险",
    "岗位廉政风险是指机关工作人员在行使权力、履行职责过程中存在可能发生不廉洁行为的风险。请围绕本岗位权力"
    "运行的全过程,逐项查找风险点,每个风险点填写一行。",
    "二、风险类型",
    "思想道德风险:因自身权力观、政绩观、利益观不正确以及因生活圈和社交圈对个人的不利影响等情节,可能造成不廉洁"
    "行为的风险。",
    "制度机制风险:由于缺乏工作制度的明确覆盖、工作程序的明确规定,个人自由裁量空间较大,缺乏有效制衡和监督制约,"
    "可能造成不廉洁行为的风险。",
    "岗位职责风险:由于岗位职责的特殊性及存在思想道德和制度机制等方面的实际风险,可能造成不正确履行职责或不作为,"
    "构成失职渎职、以权谋私等问题的风险。",
    "本单位还使用:业务流程风险、外部环境风险(见下拉列表)。",
    "三、风险点级别(Ⅰ/Ⅱ/Ⅲ级)",
    "Ⅰ级:潜在廉政风险大、发生问题危害程度严重;Ⅱ级:潜在廉政风险较大、危害程度较重;Ⅲ级:潜在廉政风险较小、"
    "危害程度较轻。",
    "四、岗位风险等级(A/B/C级)",
    "A级:负责分管或直接行使行政执法、行政许可、行政处罚及人事管理、财务管理、物资采购供应等重要权力的岗位。",
    "B级:直接行使部分A级风险岗位权力和具有建议、审核、监督、执行等职责的岗位。",
    "C级:基本没有行政执法、行政许可、行政处罚职责,较少或基本不掌握人、财、物管理权的岗位。",
    "五、填写示例(一行一个风险点)",
]
EXAMPLE_HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
EXAMPLE_ROW = ("负责办公用品及设备采购", "需求汇总、询价、验收", "采购中不按规定程序,与供应商私下接触",
               "制度机制风险", "Ⅰ级", "实行政府采购公开招标,验收两人以上在场")  # fmt: skip
NOTES = [
    "六、注意事项",
    "1. 请在本人姓名的工作表中填写;风险类型、风险级别、岗位风险等级请从下拉列表中选择。",
    "2. 行数不够时,请在表格中间右键“插入”行;不要改动表头文字,不要删除或重命名工作表。",
    "3. 审查意见由科室负责人、分管领导和派驻纪检组填写;表格一式三份,经审查后报区纪委。",
    "4. 请于6月底前将本工作簿(.xlsx 格式)发回经办人。",
]
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")


def _tier(post: str, default: str = "general") -> str:
    return TIER.get(post, default)


def _meta(**fields) -> str:
    return META + json.dumps({**fields, "version": "2026.1"}, ensure_ascii=False, sort_keys=True)


def _line(sh: _Sheet, text: str, ncols: int = 6) -> int:
    """A row of one text merged across the form."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _reviews(sh: _Sheet, filled: dict | None = None, labels=REVIEWS) -> None:
    """The review boxes under a form: label, opinion merged B:E, date."""
    filled = filled or {}
    for label in labels:
        r = sh.add(label, filled.get(label), None, None, None, DATE)
        sh.merge(r, 1, r, 4)


def _merge_runs(sh: _Sheet, first: int, col: int) -> None:
    """Merge each run of a value in ``col`` followed by blank cells (rows ``first``…end)."""
    r, last = first, len(sh.rows) - 1
    while r <= last:
        e = r
        while e < last and sh.rows[e + 1][col] is None and sh.rows[r][col] is not None:
            e += 1
        if e > r:
            sh.merge(r, col, e, col)
        r = e + 1


def _instructions_sheet() -> _Sheet:
    """The generated workbook's 填表说明 sheet, as the staff left it."""
    sh = _Sheet("填表说明", [16, 20, 20, 20, 20, 20, 2, 2])
    for k, text in enumerate(INSTRUCTIONS):
        r = sh.add(text, None, None, None, None, None, None, None)
        sh.merge(r, 0, r, 5)
        if k == 0:
            sh.rows[r][7] = _meta(form="instructions")
    sh.add(*EXAMPLE_HEAD)
    sh.add(*EXAMPLE_ROW)
    for text in NOTES:
        _line(sh, text)
    return sh


# --------------------------------------------------------------------------- harder layouts


def realty_forms_stacked() -> dict:
    unit = "XX县不动产登记中心"
    sh = _Sheet("一般岗位", [20, 16, 32, 14, 8, 32])
    t = _Truth(unit)
    people = [
        ("蒲海燕", "登记受理科", "窗口受理员", "B", [
            ("负责不动产登记申请受理", "查验材料、收件", "受理时对申请材料把关不严,为材料不全者违规受理",
             "岗位职责风险", "Ⅱ级", "执行一次性告知和收件清单,材料不全不予受理。"),
            (None, "叫号、办理", "接受中介“打招呼”,为其插队办理", "外部环境风险", "Ⅱ级",
             "窗口叫号系统排队,中介代办业务登记备查。"),
            ("负责登记信息查询", "查询、打印", "泄露权利人登记信息", "岗位职责风险", "Ⅲ级",
             "凭有效证件查询,查询记录系统留痕。"),
        ]),
        ("邝志军", "审核登簿科", "审核员", "A", [
            ("负责登记审核和登簿", "审核、登簿", "审核不严导致错登、重复抵押", "岗位职责风险", "Ⅰ级",
             "实行初审、复审两级审核,登簿前系统比对。"),
            (None, None, "收受好处为不符合条件的房产办理登记", "思想道德风险", "Ⅰ级",
             "签订廉洁承诺,疑难件集体研究。"),
            ("负责更正登记、异议登记", "审核、公告", "更正登记不按程序办理", "制度机制风险", "Ⅱ级",
             "更正登记经科长审核、中心主任审批。"),
        ]),
        ("仇丽娟", "档案信息科", "档案管理员", None, [
            ("负责登记档案管理和查询", "调档、复制", "违规为他人查询、复制登记档案", "制度机制风险", "Ⅱ级",
             "查档凭审批单,复制件加盖查询专用章。"),
            (None, "归档、保管", "登记档案丢失、涂改", "岗位职责风险", "Ⅲ级", "档案入库清点,借阅登记销号。"),
            ("负责信息系统账号管理", "账号分配", "查询系统账号密码借给他人使用", "制度机制风险", "Ⅲ级",
             "账号实名使用,每季度核查权限。"),
        ]),
    ]  # fmt: skip
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表")
    _line(sh, f"单位(盖章):{unit}")
    for k, (who, dept, post, grade, items) in enumerate(people):
        if k:
            sh.add()  # a blank row between the pasted forms
        sh.add("姓名", who, "所在科室及职务", f"{dept} {post}", "岗位风险等级", grade)
        sh.add(*EXAMPLE_HEAD)
        first = len(sh.rows)
        for duty, flow, point, kind, level, measures in items:
            sh.add(duty, flow, point, kind, level, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(kind), ROMAN[level])
        _merge_runs(sh, first, 0)
        _merge_runs(sh, first, 1)
        _reviews(sh)
    _line(sh, "注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。")
    return _layout(
        "realty_forms_stacked", "https://www.38xs.com/436799/147137711_6.html",
        "(harder) 不动产登记中心 THREE 附件4 forms stacked on one sheet after the source's 不动产登记 社会监督 "
        "(登记信息查询, 异议登记、更正登记, 登记大厅窗口): only the first has 附件4, title and 单位(盖章) line; "
        "each form starts with its 姓名/所在科室及职务 (``登记受理科 窗口受理员``)/岗位风险等级 row (the third's "
        "grade blank), the official heading 岗位职责/工作流程/风险点/风险类型/风险级别/防控措施, rows with 岗位职责 "
        "and 工作流程 merged, three review boxes; a blank row between forms; one 注 line at the end",
        [sh], t,
    )  # fmt: skip


def hrss_middle_responsible() -> dict:
    unit = "XX县人力资源和社会保障局"
    dept, head = "社会保险股", "卜文斌"
    sh = _Sheet("社会保险股", [18, 14, 32, 14, 8, 30, 10])
    t = _Truth(unit)
    sh.add("附件3", None, None, None, None, None, None)
    r = sh.add("中层岗位廉政风险识别和防控表", *([None] * 6))
    sh.merge(r, 0, r, 6)
    r = sh.add(f"单位(盖章):{unit}", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("科室", dept, "负责人", head, "岗位风险等级", "A", None)
    sh.add(*EXAMPLE_HEAD, "责任人")
    rows = [
        ("负责养老保险待遇核定", "资格审核、核定", "养老保险待遇核定把关不严,违规办理提前退休", "制度机制风险",
         "Ⅰ级", "特殊工种提前退休公示,股室集体审核。", head),
        (None, "支付审批", "社保基金支付审批不严,重复支付、冒领", "岗位职责风险", "Ⅰ级",
         "支付数据与死亡、服刑人员信息比对。", head),
        ("负责参保登记和补缴", "登记、补缴", "为不符合条件人员违规办理补缴", "岗位职责风险", "Ⅰ级",
         "补缴材料两人审核,补缴名单按月公示。", "甘露"),
        (None, "信息维护", "泄露参保人员个人信息", "岗位职责风险", "Ⅲ级", "信息查询权限分级,查询留痕。", "甘露"),
        ("负责工伤认定和待遇", "调查核实", "工伤认定调查不实,偏袒一方", "外部环境风险", "Ⅱ级",
         "调查两人以上,认定结论集体研究。", "洪卫国"),
        (None, "待遇支付", "工伤保险待遇重复支付", "业务流程风险", "Ⅱ级", "待遇支付系统校验,按月对账。", "洪卫国"),
        ("负责股室内部管理", "岗位分工", "股室人员业务系统权限分配随意,不相容岗位未分离", "制度机制风险", "Ⅱ级",
         "经办、复核、审批岗位分离,权限调整报分管领导审批。", head),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures, who in rows:
        sh.add(duty, flow, point, kind, level, measures, who)
        tier = "middle" if who == head else None
        t.point(sh.name, dept, "", who, tier, point, types_in(kind), ROMAN[level])
    _merge_runs(sh, first, 0)
    for label in REVIEWS:
        r = sh.add(label, None, None, None, None, DATE, None)
        sh.merge(r, 1, r, 4)
        sh.merge(r, 5, r, 6)
    r = sh.add("注:此表一式三份,于6月底前报区纪委。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "hrss_middle_responsible", "http://www.handmsg.com/page/2021/0415/21465064.shtml",
        "(harder) 人社局 社会保险股 附件3 after the source's 社保基金监督 (基金风险防控, 提前退休专项核查, 待遇支付"
        "风险): the 股长 filled ONE form for the whole 股 and ADDED a 责任人 column (names): his own name on three "
        "rows, two staff members' on the others; 科室/负责人/岗位风险等级 row; 岗位职责 merged; review boxes, 注",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def audit_leader_retyped() -> dict:
    unit = "XX县审计局"
    who, post = "龚立新", "副局长"
    sh = _Sheet("Sheet1", [6, 18, 32, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}领导岗位廉政风险点识别与防控登记表")
    _line(sh, f"单位（盖章）：{unit}")
    sh.add("姓  名", who, "职  务", post, "岗位风险等级", "A级")
    sh.add("序号", "分管领域", "廉政风险点", "风险类别", "风险等级", "防范措施")
    sections = [
        ("一、分管工作", [
            ("分管经济责任审计", [
                ("审计中发现问题线索不移送、不报告,为被审计领导干部说情", "岗位职责", "一级",
                 "问题线索移送实行审理把关,移送情况报局党组。"),
                ("接受被审计单位宴请、礼品或由其报销费用", "思想道德", "二级",
                 "审计组进点公示廉政纪律,设立举报电话。"),
                ("审计报告征求意见阶段擅自删改审计发现的问题", "制度机制", "一级",
                 "审计报告三级复核,修改留痕。"),
            ]),
            ("分管审理科、法规科", [
                ("审理把关不严,审计定性和处理处罚意见畸轻畸重", "岗位职责", "二级",
                 "执行审计处理处罚裁量基准,重大事项审计业务会审定。"),
                ("审计结果公告前泄露审计发现的问题", "制度机制", "三级", "审计资料专人保管,公告前保密审查。"),
            ]),
        ]),
        ("二、“三重一大”方面", [
            ("参与局党组“三重一大”决策", [
                ("审计项目计划安排受人情干扰,随意增减审计对象", "制度机制", "一级",
                 "年度审计项目计划经局党组会研究,报县委审计委员会批准。"),
                ("政府投资审计中介机构选用不经集体研究", "业务流程", "二级", "中介机构从名录库随机抽取。"),
                ("大额经费支出不经局党组会研究", "制度机制", "二级", "大额支出事前集体研究,会议纪要存档。"),
            ]),
        ]),
    ]  # fmt: skip
    for caption, areas in sections:
        _line(sh, caption)
        n = 0
        for area, items in areas:
            first = len(sh.rows)
            for k, (point, kind, level, measures) in enumerate(items):
                n += 1
                sh.add(n, area if k == 0 else None, point, kind, level, measures)
                t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
            sh.merge(first, 1, len(sh.rows) - 1, 1)
    for label in ("局党组审查意见:", "派驻纪检监察组审核意见:"):
        r = sh.add(label, None, None, None, None, DATE)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 4)
    _line(sh, "注:此表一式三份。")
    return _layout(
        "audit_leader_retyped", "http://aflg.cn/baike/dlssjjshry7319561",
        "审计局 副局长's 附件2 RETYPED in WPS (tab Sheet1) after the source's 审计局 局领导 and 处室 (审理处, 法规计划处: "
        "审计业务事项的审理, 向社会公布审计结果): title reworded (…识别与防控登记表), full-width 单位（盖章）：, "
        "姓  名/职  务/岗位风险等级 A级 row; headings reworded 序号/分管领域/廉政风险点/风险类别/风险等级/防范措施; "
        "sections 一、分管工作 and 二、“三重一大”方面 numbered from 1 each; 分管领域 merged per area; levels 一级…"
        "三级; types without 风险 (制度机制); two review boxes reworded; 注",
        [sh], t,
    )  # fmt: skip


def treasury_general_cols_edited() -> dict:
    unit = "XX区财政局"
    who, dept, post = "柯晓雯", "国库科", "科员"
    guide = _instructions_sheet()
    sh = _Sheet(who, [22, 32, 14, 10, 32, 14, 20, 2])
    t = _Truth(unit)
    marker = _meta(
        department=dept, form="general", person=who, roster_row=12, title=post, unit=unit
    )
    sh.add("附件4", None, None, None, None, None, None, marker)
    _line(sh, "一般岗位廉政风险识别和防控表")
    _line(sh, f"单位(盖章):{unit}")
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "B级")
    # the 工作流程 cells deleted (shift left), 备注 typed in the freed column
    sh.add("岗位职责", "风险点", "风险类型", "风险级别", "防控措施", "备注")
    rows = [
        ("负责国库集中支付审核和资金拨付", "支付申请审核不严,对无预算、超预算支付予以拨付", "制度机制风险", "Ⅰ级",
         "支付申请与预算指标系统校验,人工复核。", "系统已设预算控制"),
        (None, "拨付资金时优先为关系单位办理,故意拖延其他单位支付", "岗位职责风险", "Ⅱ级",
         "支付按受理顺序办理,办理时限公开。", None),
        ("负责预算单位银行账户管理", "违规为预算单位开设、变更银行账户", "制度机制风险", "Ⅱ级",
         "开户变更经科长审核、分管领导审批。", "2023年已整改"),
        (None, "泄露预算单位资金支付信息", "岗位职责风险", "Ⅲ级", "支付数据查询权限分级。", None),
        (None, "接受预算单位、代理银行宴请或礼品", "思想道德风险", "Ⅲ级", "签订廉洁承诺书,节前廉洁提醒。",
         "每季度自查"),
    ]  # fmt: skip
    for duty, point, kind, level, measures, remark in rows:
        sh.add(duty, point, kind, level, measures, remark)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), ROMAN[level])
    for _ in range(3):
        sh.add()  # unused rows of the form, left blank
    _reviews(sh, {"单位主管领导审查意见": "同意"})
    _line(sh, "注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。")
    lay = _layout(
        "treasury_general_cols_edited", "http://wlls-world.com/article-58514.html",
        "财政局 国库科 科员's generated 附件4 after the source's 国库集中支付制度改革 (国库单一账户, 支付到供应商或用款"
        "单位, 财政资金监管): the 工作流程 column DELETED from the table (cells shifted left; header and review rows "
        "untouched), a 备注 column ADDED after 防控措施 (已整改, 每季度自查), 岗位职责 written on the first row of each "
        "duty only, three unused rows left blank; the 填表说明 sheet (填写示例 row) and the hidden metadata column kept",
        [guide, sh], t,
    )  # fmt: skip
    for sheet in lay["sheets"]:
        sheet["hidden"] = [7]
    return lay


def culture_duty_merged() -> dict:
    unit = "XX县文化馆"
    who, dept, post = "殷晓梅", "办公室", "会计"
    sh = _Sheet(who, [24, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表")
    _line(sh, f"单位(盖章):{unit}")
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "B")
    sh.add(*EXAMPLE_HEAD)
    duty = "负责馆内财务核算和报账,管理免费开放专项资金,办理政府采购和固定资产账务。"
    rows = [
        ("免费开放资金使用", "免费开放专项资金挤占挪用,用于发放福利", "制度机制风险", "Ⅰ级",
         "专项资金专账核算,使用情况年终公开。"),
        (None, "虚列活动经费,套取专项资金", "岗位职责风险", "Ⅰ级", "活动经费凭活动记录、签到表报账。"),
        ("报账审核", "报销票据审核不严,白条入账", "岗位职责风险", "Ⅱ级", "票据经手人、证明人、审批人三签。"),
        ("政府采购", "采购设备不询价,与供应商串通抬价", "外部环境风险", "Ⅱ级", "三家以上询价,采购与验收分离。"),
        (None, "化整为零规避政府采购", "制度机制风险", "Ⅱ级", "年度采购计划集体研究,按限额标准采购。"),
        ("固定资产", "固定资产处置不报批,账实不符", "岗位职责风险", "Ⅲ级", "资产每年盘点,处置报主管部门审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for k, (flow, point, kind, level, measures) in enumerate(rows):
        sh.add(duty if k == 0 else None, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), ROMAN[level])
    sh.merge(first, 0, len(sh.rows) - 1, 0)  # one duty paragraph over every row
    _merge_runs(sh, first, 1)
    _reviews(sh)
    _line(sh, "注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。")
    return _layout(
        "culture_duty_merged",
        "http://www.mof.gov.cn/zhengwuxinxi/xinwenlianbo/yunnancaizhengxinxilianbo/201402/t20140221_1045435.htm",
        "文化馆 会计's 附件4 after the source's 公共图书馆、文化馆(站)免费开放经费 (专项用于免费开放后正常运转, 县级馆"
        "每个补助16万元): the 岗位职责 cell ONE paragraph merged over all six rows, 工作流程 merged over two rows "
        "twice, official headings, Ⅰ级…Ⅲ级, grade B; review boxes, 注",
        [sh], t,
    )  # fmt: skip


def medicare_numbered_points() -> dict:
    unit = "XX县医疗保障服务中心"
    who, dept, post = "滕国强", "待遇审核股", "审核员"
    sh = _Sheet(who, [22, 14, 36, 16, 8, 30])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表")
    _line(sh, f"单位(盖章):{unit}")
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "A级")
    sh.add(*EXAMPLE_HEAD)
    rows = [
        ("负责住院、门诊慢特病医疗费用审核", "材料受理、初审",
         "1.审核把关不严,对虚假票据、冒名就医材料予以报销;\n2.对不符合规定的费用违规审核同意。",
         "岗位职责风险、制度机制风险", "Ⅰ级", "1.实行初审、复审两级审核;\n2.大额费用集体会审。"),
        (None, "费用结算", "1.利用审核权向参保人员索要好处;\n2.与定点医药机构内外勾结套取医保基金。",
         "思想道德风险、外部环境风险", "Ⅰ级", "1.审核结果网上可查;\n2.定点机构结算数据智能监控。"),
        (None, "目录外费用", "违规调整医保目录外费用报销比例", "制度机制风险", "Ⅱ级", "报销比例系统固化,不得人工修改。"),
        ("负责异地就医备案", "备案办理", "为不符合条件人员违规办理异地就医备案", "制度机制风险", "Ⅱ级",
         "备案条件公开,备案材料留存备查。"),
        (None, "档案管理", "1.泄露参保人员就医信息;\n2.审核资料遗失。", "岗位职责风险", "Ⅲ级",
         "1.就医信息查询留痕;\n2.审核资料按月归档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), ROMAN[level])
    _merge_runs(sh, first, 0)
    _reviews(sh)
    _line(sh, "注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。")
    return _layout(
        "medicare_numbered_points", "https://fx361.cc/page/2017/0919/14709191.shtml",
        "医保服务中心 审核员's 附件4 after the source's 新农合 审核员 案例 (明知不符合规定仍然审核同意, 受理负责制): "
        "three 风险点 cells each hold TWO risks numbered 1./2. with a line break (one point, the whole cell), two "
        "types in a 风险类型 cell (``岗位职责风险、制度机制风险``), numbered measures; 岗位职责 merged; Ⅰ级…Ⅲ级",
        [sh], t,
    )  # fmt: skip


def zhijian_middle_own_types() -> dict:
    unit = "XX县住房和城乡建设局"
    dept, head = "建设工程质量安全监督站", "芦建伟"
    sh = _Sheet(dept, [22, 14, 32, 12, 8, 30])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表")
    _line(sh, f"单位(盖章):{unit}")
    sh.add("科室", dept, "负责人", head, "岗位风险等级", "A")
    sh.add(*EXAMPLE_HEAD)
    rows = [
        ("负责全县房建、市政工程质量安全监督", "监督检查", "监督检查中接受施工单位宴请、红包", "廉洁风险", "Ⅰ级",
         "监督人员签订廉洁承诺,项目公示举报电话。"),
        (None, "隐患处理", "对质量安全隐患不下整改通知,降低处理标准", "履职风险", "Ⅰ级",
         "隐患整改闭环管理,整改通知系统留痕。"),
        (None, "竣工验收监督", "竣工验收监督走过场,为不合格工程出具监督报告", "履职风险", "Ⅰ级",
         "竣工验收监督两人以上,监督报告站长审签。"),
        ("负责监督员管理和站内事务", "项目分配", "监督员长期固定监督同一项目,形成利益关系", "廉洁风险", "Ⅱ级",
         "监督项目随机分配,监督员定期轮换。"),
        (None, "抽检送检", "监督抽检样品送检时调换样品", "廉洁风险", "Ⅱ级", "样品现场封样,送检全程记录。"),
        (None, "作风督查", "工作时间到项目部吃喝、接受娱乐活动安排", "作风风险", "Ⅲ级",
         "“双随机”作风督查,回访建设、施工、监理单位。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, "", head, "middle", point, types_in(kind), ROMAN[level])
    _merge_runs(sh, first, 0)
    _reviews(sh)
    _line(sh, "注:此表一式三份,于6月底前报区纪委。")
    return _layout(
        "zhijian_middle_own_types", "http://www.gpfu.cn/news/show-99.html",
        "住建局 质量安全监督站 附件3 after the source's 质监站 一线监督员作风建设和履职情况督查 (廉政风险高危岗位, "
        "“双随机”督查, 回访建设、施工、监理三方): 科室/负责人/岗位风险等级 row, official headings, the 风险类型 "
        "column filled with the staff's own words 廉洁风险/履职风险/作风风险 (none of the five), Ⅰ级…Ⅲ级",
        [sh], t,
    )  # fmt: skip


def water_keshi_yilan() -> dict:
    unit, dept = "XX县水利局", "水政监察股"
    sh = _Sheet("水政股", [5, 12, 8, 34, 8, 30, 16])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
    people = [
        ("股长", "尚志远", [
            ("河道采砂许可审查把关不严,为不符合条件者出具审查意见", "高", "许可审查两人以上,审查意见局务会研究。",
             None),
            ("查处非法采砂案件时降格处理、以罚代刑", "高", "案件移送标准公开,处罚决定法制审核。", None),
            ("案件处罚不经集体讨论", "中", "重大处罚集体讨论,会议记录存档。", None),
        ]),
        ("执法员", "詹晓峰", [
            ("巡查发现非法采砂不制止、不报告", "高", "巡查轨迹上传,巡查记录股长复核。", "交界水域联合巡查"),
            ("向采砂业主通风报信", "中", "巡查时间、路线临时确定。", None),
        ]),
        ("执法员", "麦海涛", [
            ("暂扣采砂船只、机具保管不善或私自放行", "中", "暂扣物品登记入库,放行凭审批单。", None),
            ("执法文书补签、代签", "低", "文书现场制作,案卷月度抽查。", None),
        ]),
    ]  # fmt: skip
    n = 0
    for post, who, items in people:
        first = len(sh.rows)
        for k, (point, level, measures, remark) in enumerate(items):
            n += 1
            sh.add(
                n, post if k == 0 else None, who if k == 0 else None, point, level, measures, remark
            )
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.merge(first, 1, len(sh.rows) - 1, 1)
        sh.merge(first, 2, len(sh.rows) - 1, 2)
    sh.add()
    sh.add("填报人:", None, "詹晓峰", "股长审核:", None, "2024年5月", None)
    return _layout(
        "water_keshi_yilan", "http://www.yingzhounews.net/cms/show-176728.html",
        "水利局 水政监察股 sends its existing 一览表 instead of the forms, after the source's 河道采砂联合巡查 (交界水域, "
        "打击非法采砂): the 股 only in the title after the unit (tab 水政股), 序号/岗位/姓名 merged per person/风险点/"
        "风险等级 高/中/低/防控措施/备注; 填报人 (one of the holders)/股长审核 line",
        [sh], t,
    )  # fmt: skip


def edu_leader_cards() -> dict:
    unit = "XX县教育局"
    t = _Truth(unit)
    leaders = [
        ("吕振华", "分管人事股、教师招聘和职称评审工作", [
            ("一、分管工作方面", [
                ("教师招聘资格审查中优亲厚友", "制度机制风险", "一级", "招聘方案、资格审查结果公示。"),
                ("职称评审推荐暗箱操作", "岗位职责风险", "一级", "评审量化赋分,结果公示。"),
                ("教师调动、借调违规审批", "岗位职责风险", "二级", "调动条件公开,局党组会研究。"),
            ]),
            ("二、“三重一大”方面", [
                ("干部推荐中搞个人意图", "制度机制风险", "一级", "民主推荐、集体研究。"),
            ]),
        ]),
        ("莫永清", "分管基建办、招生办和学校安全工作", [
            ("一、分管工作方面", [
                ("校舍建设项目干预招投标", "外部环境风险", "一级", "项目进入公共资源交易平台,领导干预登记报告。"),
                ("招生中违规择校、收受家长好处", "思想道德风险", "一级", "招生计划和录取结果公开。"),
                ("工程变更签证审批把关不严", "业务流程风险", "二级", "变更签证集体研究,结算送审。"),
            ]),
            ("二、“三重一大”方面", [
                ("大额资金使用不经集体研究", "制度机制风险", "二级", "大额资金局党组会研究,纪要存档。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, work, sections in leaders:
        sh = _Sheet(who, [8, 34, 14, 10, 14, 30])
        sh.title(f"{unit}领导干部廉政风险防控卡", 6)
        sh.add("姓名", who, "职务", "副局长", "岗位风险等级", "A级")
        r = sh.add("分管工作", work, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险类型", "风险级别", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for caption, items in sections:
            _line(sh, caption)
            for i, (point, kind, level, measures) in enumerate(items, 1):
                r = sh.add(i, point, kind, level, measures, None)
                sh.merge(r, 4, r, 5)
                t.point(sh.name, "", "副局长", who, "leader", point, types_in(kind), ORDINAL[level])
        sh.add()
        sh.add("本人签字:", None, None, "监督电话:12388", None, DATE)
        sheets.append(sh)
    return _layout(
        "edu_leader_cards", "http://www.lianzhou.gov.cn/wlwz/zxft/ftzbhg/content/post_1226555.html",
        "教育局 leaders' 防控卡 after the source's 教育局 政风行风热线 (特岗教师的招聘, 城区小学、幼儿园招生, 教师交流): "
        "the 附件2 turned into a card, one sheet per 副局长 (tab = name): 姓名/职务/岗位风险等级 row, a 分管工作 line "
        "merged across (no 分管工作 column), 序号/风险点/风险类型/风险级别/防控措施, the two sections 一、分管工作方面 "
        "and 二、“三重一大”方面 numbered from 1 each, levels 一级/二级; 本人签字/监督电话 line",
        sheets, t,
    )  # fmt: skip


def market_middle_keshi_duty() -> dict:
    unit = "XX县市场监督管理局"
    dept, head = "登记注册股", "童卫东"
    sh = _Sheet(dept, [22, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表")
    _line(sh, f"单位(盖章):{unit}")
    sh.add("科室", dept, "负责人", head, "岗位风险等级", "B级")
    r = sh.add("科室职责", "负责实施、指导个体工商户和企业的登记注册工作;建立市场主体信息公示和共享机制,依法公示和"
               "共享有关信息;负责经营异常名录管理。", None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 5)
    sh.add(*EXAMPLE_HEAD)
    rows = [
        ("负责市场主体登记注册", "受理、核准", "对材料不全或不实的申请违规核准登记", "岗位职责风险", "Ⅰ级",
         "实行审核、核准分离,核准结果网上公示。"),
        (None, "代办业务", "为中介代办机构提供便利,收取好处", "外部环境风险", "Ⅱ级", "代办业务登记,窗口评价器实时评价。"),
        ("负责经营异常名录管理", "移出审核", "经营异常名录移出不核查整改情况", "制度机制风险", "Ⅱ级",
         "移出前核查,移出决定集体审核。"),
        ("负责信息公示和共享", "信息查询", "违规查询、泄露企业登记信息", "岗位职责风险", "Ⅲ级", "查询权限分级,查询日志留存。"),
        ("负责股室内部管理", "考勤考核", "股室人员考勤、评优不公", "制度机制风险", "Ⅲ级", "考勤、评优结果股室内公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, "", head, "middle", point, types_in(kind), ROMAN[level])
    _merge_runs(sh, first, 0)
    r = sh.add("科室负责人(签字)", head, None, None, None, "2024年5月8日")
    sh.merge(r, 1, r, 4)
    _reviews(sh, {"分管领导审查意见": "同意。邵建华"}, ("分管领导审查意见",) + REVIEWS[1:])
    _line(sh, "注:此表一式三份,于6月底前报区纪委。")
    return _layout(
        "market_middle_keshi_duty", "https://95ye.com/shop/48152.html",
        "市场监管局 登记注册股 附件3 after the source's 市场监督管理局机构设置和职能 (负责实施、指导个体工商户的登记注册, "
        "市场主体信息公示和共享): a 科室职责 paragraph row added above the heading, official headings, 岗位职责 merged; "
        "review boxes filled: 科室负责人(签字) with the holder's own name and a date, 分管领导审查意见 ``同意。邵建华``",
        [sh], t,
    )  # fmt: skip


def farm_form_and_list() -> dict:
    unit, dept = "XX县农业农村局", "农机股"
    head = "樊国庆"
    t = _Truth(unit)
    form = _Sheet("附件3", [22, 16, 32, 14, 8, 30])
    form.add("附件3")
    _line(form, "中层岗位廉政风险识别和防控表")
    _line(form, f"单位(盖章):{unit}")
    form.add("科室", dept, "负责人", head, "岗位风险等级", "A")
    form.add(*EXAMPLE_HEAD)
    rows = [
        ("负责农机购置补贴组织实施", "申请审核", "农机购置补贴申请审核不严,为套购补贴者办理", "岗位职责风险", "Ⅰ级",
         "补贴申请系统比对,疑点逐一核查。"),
        (None, "机具核验", "对补贴机具不核验“人机合影”和出厂编号", "制度机制风险", "Ⅰ级", "核验照片上传系统,随机抽查。"),
        (None, "经销商管理", "指定或推荐经销商,收受好处", "外部环境风险", "Ⅱ级", "购机者自主选择经销商,公开举报电话。"),
        (None, "资金兑付", "补贴资金兑付名单不公示", "制度机制风险", "Ⅲ级", "兑付名单在政府网站公示。"),
    ]  # fmt: skip
    first = len(form.rows)
    for duty, flow, point, kind, level, measures in rows:
        form.add(duty, flow, point, kind, level, measures)
        t.point(form.name, dept, "", head, "middle", point, types_in(kind), ROMAN[level])
    _merge_runs(form, first, 0)
    _reviews(form, {"单位主管领导审查意见": "同意"})
    _line(form, "注:此表一式三份,于6月底前报区纪委。")
    lst = _Sheet("一般岗位", [5, 14, 8, 34, 8, 30])
    lst.title(f"{unit}{dept}一般岗位廉政风险点一览表", 6)
    lst.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    people = [
        ("农机推广员", "阮志明", [
            ("补贴机具现场核验走过场", "高", "核验两人以上,现场拍照。"),
            ("农机作业补助面积虚报", "中", "作业面积卫星定位核实。"),
        ]),
        ("农机安全监理员", "戚晓丽", [
            ("拖拉机驾驶证考试放宽标准", "中", "考试全程录像,考官随机抽取。"),
            ("农机年检不到场检验", "中", "年检现场拍照上传。"),
            ("收取规定外费用", "低", "收费标准上墙公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for post, who, items in people:
        first = len(lst.rows)
        for k, (point, level, measures) in enumerate(items):
            n += 1
            lst.add(n, post if k == 0 else None, who if k == 0 else None, point, level, measures)
            t.point(lst.name, dept, post, who, "general", point, [], HML[level])
        lst.merge(first, 1, len(lst.rows) - 1, 1)
        lst.merge(first, 2, len(lst.rows) - 1, 2)
    return _layout(
        "farm_form_and_list", "http://hikebeverages.com/news/show-5547130.html",
        "农业农村局 农机股 workbook after the source's 农机购置与应用补贴实施方案 (补贴对象, 购机者自主选择, 人机合影"
        "核验): sheet 附件3 = the 股长's 中层 form (科室/负责人/岗位风险等级, official headings, review boxes) and sheet "
        "一般岗位 = the 股's old 一般岗位 一览表 (title naming unit and 股, 岗位/姓名 merged, 高/中/低) for its staff",
        [form, lst], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    realty_forms_stacked(),
    hrss_middle_responsible(),
    audit_leader_retyped(),
    treasury_general_cols_edited(),
    culture_duty_merged(),
    medicare_numbered_points(),
    zhijian_middle_own_types(),
    water_keshi_yilan(),
    edu_leader_cards(),
    market_middle_keshi_duty(),
    farm_form_and_list(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch4.write_xlsx`` (hidden columns), its
    re-saved copies ``resaved/b24_*``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch24-inbox"))

"""A forty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as the
staff of five city, county and township bodies hand back the 附件2 领导岗位 / 附件3 中层岗位 /
附件4 一般岗位廉政风险识别和防控表 (``workbook_templates/forms.toml``) or their own office's
自查表 / 防控卡 / 登记表: several files per unit, one workbook with a sheet per person, ordinary
filling habits, nothing exotic. Eight are EVERYDAY:

- a 县乡村振兴局 副局长's 附件2 whose 职务 carries his rank in brackets (``副局长（正科级）``), the
  分管工作 one cell of two lines merged over the whole first section, and one 风险级别 left blank;
- the same 局's 项目股 附件3 by its 股长, with a ``科室成员`` row listing the 股's three members
  (the 负责人 among them) between the 科室/负责人 row and the heading, one review box signed;
- the 项目股 科员's 附件4 (tab = name) with levels typed in Arabic digits (``1级``/``2级``/``3级``),
  a duty whose 风险点 says only ``无``, and a ``Sheet2`` holding the 股's duties pasted from the
  “三定” plan (a title line and four numbered lines, no table);
- a 县人大常委会办公室 行政科 科员's own 干部职工个人岗位廉政风险自查表: 姓名/所在科室/职务 row, a
  岗位职责 paragraph, types without 风险, 高/中/低, then a ``责任人`` column reading ``本人`` on
  every row and a ``监督人`` column (``行政科科长``, merged down);
- the same 办公室's 财务科 会计's 岗位廉政风险防控卡 with NO level column: only 序号/风险点/防控措施/
  监督方式, the post's ``岗位风险等级`` ``二级`` in the header block (it grades the post, no point);
- a 区 镇's 退役军人服务站 workbook of three 登记表, one sheet per person with the tab named for
  the POST (``站长``, ``优抚专干``, ``就业专干``): a 填报单位 line, a 姓名/性别/出生年月 block with
  ``出生年月`` and ``参加工作时间`` typed as numbers (``1979.11``), a ``照片`` cell merged down the
  block, the post in a ``工作岗位`` field, a short 风险点 beside a long 风险表现, a 备注 column;
- a 县烟草专卖局 稽查大队 大队长's 岗位廉洁风险识别登记表: labels in one row (``姓名 | 部门 | 职务 |
  分管局领导 | 填表日期``) and values in the next — TWO names in that row, the holder's and his
  分管局领导's — then two tables (``一、履职风险``, ``二、廉洁自律风险``) each under its own heading
  with a short 风险点 and a long 风险描述, and a 填表人/审核人 line naming both men again;
- a 县委宣传部 文艺科 科员's 个人廉政风险点查找表 whose field row (``单位 | … | 科室 | … | 姓名 |
  … | 职务 | …``) runs over eight columns above a five-column table with no type column, a 廉洁
  承诺 paragraph and a signed line.

One is harder:

- ``tobacco_card_holder_in_title``: a 县烟草专卖局 专卖管理股 市场管理员's 防控卡 whose holder is
  named ONLY in its title (``周立新同志岗位廉政风险防控卡``), under a line with the unit alone; the
  部门 and 岗位 on one line in one cell (``所在部门:专卖管理股    岗位:市场管理员    填卡时间:…``),
  an empty 持卡人签字 line and a 监督电话 line.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a county's 涉农资金项目立项审批 rules, a county's 衔接资金 allocation
notice, a city's 衔接推进乡村振兴专项资金 rules, a 市人大 机关's 公务接待 rules and a 人大常委会 机关's
公务接待 measures, a 镇 退役军人服务站 report, a 市烟草局's 真烟非法流通 专项治理, an explainer on a
烟草专卖稽查大队长, a 宣传部长's 廉政党课 on the “软权力” of 宣传 work), and the layout follows their
words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch42`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b42_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle, 附件4 general); an office's own
  自查表 / 防控卡 / 登记表 follows the post (站长 and 大队长 middle, 科员/会计/专干/市场管理员 general);
- a rank in brackets after the post (``副局长（正科级）``) is no part of the post: the title is ``副局长``;
- a blank 风险级别 cell is level None; a form with no level column has every level None, and its
  ``岗位风险等级`` (``二级``) grades the post, never a point;
- a 附件3 with only 科室/负责人 names no post: the holder is the 负责人, the title ""; a ``科室成员``
  row names the 股's staff, who hold nothing on that form;
- ``本人`` in a 责任人 column is the form's own holder, no name; a ``监督人`` column of posts watches;
- a ``工作岗位`` field is the post; a 镇's ``…镇退役军人服务站…登记表`` has the 服务站 as 科室 and the
  镇 government (named in the 填报单位 line) as unit; 性别/出生年月/政治面貌/参加工作时间/学历/是否
  退役军人/联系电话 and the ``照片`` cell name nothing;
- of the names in a labels row and a values row, the one under ``姓名`` holds the form; the one
  under ``分管局领导`` watches it; two tables of one holder on one sheet are one form;
- a 防控卡 titled ``周立新同志岗位廉政风险防控卡`` is 周立新's: the name in the title is the holder;
- ``1级``/``2级``/``3级`` are Ⅰ级/Ⅱ级/Ⅲ级; a row whose 风险点 is ``无`` is no point; text pasted on
  another sheet without a table is no point.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b42_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
DIGIT = {"1级": 1, "2级": 2, "3级": 3}
DATE = "年  月  日"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
LEADER_REVIEWS = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE_MIDDLE = "注:此表一式三份,于6月底前报县纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报县纪委及所在派驻纪检组、监察室。"
TITLE = {"leader": "领导岗位廉政风险识别和防控表", "middle": "中层岗位廉政风险识别和防控表",
         "general": "一般岗位廉政风险识别和防控表"}  # fmt: skip
TIER = {"站长": "middle", "大队长": "middle"}
NOTHING = "无"
DUTIES = {
    "站长": "主持服务站全面工作,负责优抚对象资格初审、走访慰问和信访接待,管理服务站工作经费。",
    "优抚专干": "负责退役军人和其他优抚对象信息采集、抚恤补助发放核对和档案移交。",
    "就业专干": "负责退役军人就业岗位推荐、创业补贴申报初审和技能培训报名组织。",
}


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _line(sh: _Sheet, text: str, ncols: int = 6) -> int:
    """A row of one text merged across the form."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _top(sh: _Sheet, annex: str, tier: str, unit: str) -> None:
    sh.add(annex)
    _line(sh, TITLE[tier])
    _line(sh, f"单位(盖章):{unit}")


def _reviews(sh: _Sheet, filled=(), labels=REVIEWS) -> None:
    """The review boxes: label, opinion merged B:E, date; ``filled`` gives (opinion, date) pairs."""
    filled = list(filled) + [(None, DATE)] * (len(labels) - len(filled))
    for label, (opinion, date) in zip(labels, filled, strict=True):
        r = sh.add(label, opinion, None, None, None, date)
        sh.merge(r, 1, r, 4)


def _leader_reviews(sh: _Sheet) -> None:
    """A leader form's boxes: the label over A:B (序号 is narrow), opinion C:E, date F."""
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


# --------------------------------------------------------------------------- harder layout


def tobacco_card_holder_in_title() -> dict:
    unit = "XX县烟草专卖局"
    who, dept, post = "周立新", "专卖管理股", "市场管理员"
    sh = _Sheet("防控卡", [6, 36, 16, 9, 36])
    t = _Truth(unit)
    _line(sh, unit, 5)
    _line(sh, f"{who}同志岗位廉政风险防控卡", 5)
    _line(sh, f"所在部门:{dept}        岗位:{post}        填卡时间:2024年3月", 5)
    sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("市场检查中对无证经营、违规经营户通风报信", "思想道德风险", "高",
         "检查任务临时分派,检查两人以上同行,执法记录仪全程开启。"),
        ("零售许可证延续、变更的实地核查走过场", "岗位职责风险", "中", "核查现场拍照上传系统,股长每月抽查。"),
        ("发现真烟非法流通线索不登记、不上报", "岗位职责风险、外部环境风险", "高",
         "线索统一登记编号,按期报专卖管理股,外流案件倒查责任。"),
        ("先行登记保存的卷烟登记不全,私自处理", "制度机制风险", "高", "当场开具登记清单,入库双人签字。"),
        ("接受零售客户宴请、礼品或购物卡", "思想道德风险", "中", "与零售客户签订廉洁承诺,拒收登记。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
    sh.add()
    sh.add("持卡人签字:", None, "部门负责人签字:", None, DATE)
    _line(sh, "监督电话:县纪委监委派驻纪检监察组 0000-12345678", 5)
    return _layout(
        "tobacco_card_holder_in_title", "https://tobaccochina.com.cn/html/sypd/shichang/478513.shtml",
        "(harder) 县烟草专卖局 专卖管理股 市场管理员's 岗位廉政风险防控卡 after the source's 打击真烟非法流通 "
        "专项治理 (专卖管理部门, 信息收集、排查, 查获案件上报专卖管理科, 卷烟外流倒查): the holder named ONLY in "
        "the title ``周立新同志岗位廉政风险防控卡`` under a line with the unit alone; 所在部门/岗位/填卡时间 on one "
        "line in one merged cell; 序号/风险点/风险类别/风险等级 高/中/低/防控措施; an empty 持卡人签字/部门负责人"
        "签字 line and a 监督电话 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县乡村振兴局


def rural_deputy_rank_blank_level() -> dict:
    unit = "XX县乡村振兴局"
    who, post = "许国栋", "副局长"
    sh = _Sheet(who, [6, 20, 34, 16, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", f"{post}（正科级）", "岗位风险等级", "A")
    sh.add(*LEADER_HEAD)
    area = "分管项目股、规划财务股\n联系城关镇、河口乡"
    rows = [
        ("项目库入库审核把关不严,为不符合条件的项目说情入库", "岗位职责风险、思想道德风险", "Ⅰ级",
         "入库项目经专家评审和局党组会研究,入库结果公示。"),
        ("干预项目专家评审,指定评审专家或暗示评审结果", "思想道德风险", "Ⅰ级",
         "评审专家随机抽取,领导干部插手项目评审一律登记报告。"),
        ("衔接资金安排方案向关系乡镇、村倾斜", "制度机制风险", "Ⅱ级", "资金按因素法分配,安排方案报领导小组审定后公开。"),
        ("同意项目实施方案随意调整变更", "业务流程风险", None, "项目变更按原程序重新报批,变更情况备案。"),
        ("项目档案资料审核把关不到位,以补代审", "岗位职责风险", "Ⅲ级", "项目档案按季度检查,问题限期整改。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(str(n), area if n == 1 else None, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN.get(level))
    sh.merge(first, 1, len(sh.rows) - 1, 1)
    _line(sh, "“三重一大”方面")
    point = "参与局党组研究资金分配时不坚持集体决策原则"
    sh.add(
        "1",
        "重大事项决策",
        point,
        "制度机制风险",
        "Ⅰ级",
        "大额资金分配一律提交党组会集体研究,会议记录存档。",
    )
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _leader_reviews(sh)
    _line(sh, NOTE_MIDDLE)
    return _layout(
        "rural_deputy_rank_blank_level", "https://www.chacewang.com/newsdetail/news434558.html",
        "县乡村振兴局 副局长's 附件2 (tab = name) after the source's 涉农资金项目立项审批管理办法 (项目库, 专家评审, "
        "实施方案审查, 资金安排方案, 项目档案): 职务 ``副局长（正科级）`` with the rank in brackets; the 分管工作 "
        "ONE cell of two lines (``分管项目股、规划财务股⏎联系城关镇、河口乡``) merged over the whole first section; "
        "the 风险级别 of one row left blank; a “三重一大”方面 section; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def rural_project_head_members_row() -> dict:
    unit = "XX县乡村振兴局"
    dept, head = "项目股", "王建设"
    sh = _Sheet(dept, [22, 16, 32, 16, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", head, "岗位风险等级", "A")
    r = sh.add("科室成员", f"{head}、陈立华、赵敏", None, None, None, None)
    sh.merge(r, 1, r, 5)
    sh.add(*HEAD)
    rows = [
        ("负责衔接资金项目计划管理", "项目计划下达", "对项目实施单位的申报材料把关不严,项目未经论证即下达计划",
         "岗位职责风险", "Ⅰ级", "项目计划经股室集体审核,报分管领导审签。"),
        (None, "计划调整", "未经批准擅自调整项目或改变资金用途", "制度机制风险", "Ⅰ级",
         "调整、变更按规定重新报批,调整结果公告。"),
        ("负责项目资金拨付审核", "资金拨付", "不按项目进度和验收结果审核拨付,提前拨付资金", "业务流程风险", "Ⅰ级",
         "拨付凭进度报告和验收单,财务股复核。"),
        ("负责项目公告公示和绩效管理", "公告公示", "项目和资金安排不按规定公告公示", "制度机制风险", "Ⅱ级",
         "资金项目计划在政府网站公开,乡村两级张榜公示。"),
        ("负责项目竣工验收和资产移交", "竣工验收", "竣工验收走过场,接受项目实施单位宴请", "思想道德风险、岗位职责风险",
         "Ⅱ级", "验收邀请乡镇、村民代表参加,验收结论集体签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, "", head, "middle", point, types_in(kind), ROMAN[level])
    _merge_down(sh, first, len(sh.rows) - 1, 0)
    _reviews(sh, [("同意。", "2024年5月20日")])
    _line(sh, NOTE_MIDDLE)
    return _layout(
        "rural_project_head_members_row",
        "http://xxgk.qinshui.gov.cn/xzf/qsnyncj/fdzdgknr/fply/fpxm_35/202408/t20240809_2018780.shtml",
        "县乡村振兴局 项目股's 附件3 (tab 项目股) by its 股长 after the source's 衔接资金 安排 notice (项目实施单位, "
        "公告公示, 绩效跟踪, 不得擅自调整或变更, 竣工验收, 产权归属和管护): 科室/负责人/岗位风险等级 row, then a "
        "``科室成员`` row ``王建设、陈立华、赵敏`` (the 负责人 among the 股's members) merged B:F above the official "
        "heading; 岗位职责 merged over two rows, Ⅰ级/Ⅱ级, one point with two types; the first review box "
        "``同意。`` with a date, the others empty; 注",
        [sh], t,
    )  # fmt: skip


def rural_clerk_digits_pasted_duties() -> dict:
    unit = "XX县乡村振兴局"
    who, dept, post = "陈立华", "项目股", "科员"
    sh = _Sheet(who, [22, 16, 32, 16, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件4", "general", unit)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "B")
    sh.add(*HEAD)
    rows = [
        ("负责项目库日常管理", "项目信息录入", "项目库信息录入不实,为未论证的项目补录资料", "岗位职责风险", "2级",
         "入库信息与评审意见逐项核对,股长复核。"),
        ("负责项目资金报账资料初审", "报账审核", "报账资料初审不严,虚假票据入账", "制度机制风险", "1级",
         "报账资料实行初审、复核两道关口,票据逐张查验。"),
        (None, "公示核对", "未核对项目公告公示情况即提交报账", "业务流程风险", "2级", "报账必附公示照片和公示期满证明。"),
        ("负责项目资产登记", "资产确权登记", "项目资产登记不全,资产闲置流失", "岗位职责风险", "3级",
         "项目资产建账登记,每年与乡镇对账。"),
        ("负责项目档案整理", "档案归档", NOTHING, None, None, None),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        if point != NOTHING:
            t.point(sh.name, dept, post, who, "general", point, types_in(kind), DIGIT[level])
    _merge_down(sh, first, len(sh.rows) - 1, 0)
    _reviews(sh)
    _line(sh, NOTE_GENERAL)
    notes = _Sheet("Sheet2", [90])
    notes.add("项目股主要职责(摘自“三定”方案):")
    for line in ("1.负责巩固拓展脱贫攻坚成果和乡村振兴项目库建设管理;",
                 "2.负责衔接资金项目计划的编制、下达和调整;",
                 "3.负责项目实施的监督检查和竣工验收;",
                 "4.负责项目资产管理和项目档案管理。"):  # fmt: skip
        notes.add(line)
    return _layout(
        "rural_clerk_digits_pasted_duties", "https://szkjd.com/companynews/2006.html",
        "县乡村振兴局 项目股 科员's 附件4 (tab = name) after the source's 衔接推进乡村振兴专项资金管理办法 (项目储备"
        "和入库, 做实项目, 资金拨付, 规范管理, 绩效): 所在科室及职务 ``项目股科员``; levels typed with Arabic digits "
        "``1级``/``2级``/``3级``; the last duty's 风险点 says only ``无`` (its other cells empty); review boxes empty, "
        "注; a second sheet ``Sheet2`` holding the 股's duties pasted from the “三定” plan — a title line and "
        "four numbered lines, no table",
        [sh, notes], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县人大常委会办公室


def renda_reception_selfcheck_benren() -> dict:
    unit = "XX县人大常委会办公室"
    who, dept, post = "罗静", "行政科", "科员"
    sh = _Sheet("自查表", [6, 34, 12, 9, 32, 8, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}干部职工个人岗位廉政风险自查表", 7)
    sh.add("姓名", who, "所在科室", dept, "职务", post, None)
    r = sh.add("岗位职责", "负责机关公务接待的安排、接待清单填写和接待费用初审;负责机关会议服务和会务用品采购。",
               *([None] * 5))  # fmt: skip
    sh.merge(r, 1, r, 6)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "责任人", "监督人")
    rows = [
        ("无公函安排公务接待", "制度机制", "中", "坚持“先审批、后接待”,无公函的公务活动一律不予接待。"),
        ("接待清单填写不实,虚增接待人数和费用", "岗位职责", "高", "接待清单如实填写,由相关负责人审签后报销。"),
        ("以招商引资名义变相安排公务接待", "外部环境", "中", "招商引资接待按程序单独审批,费用单独列支。"),
        ("同城公务活动违规安排接待用餐", "思想道德", "低", "同城公务活动一律不安排接待用餐。"),
        ("会议服务定点宾馆选择中收受好处", "思想道德、外部环境", "中", "定点宾馆按政府采购确定,会议费用公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures, "本人", "行政科科长" if n == 1 else None)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
    sh.merge(first, 6, len(sh.rows) - 1, 6)
    sh.add("本人签名:", None, None, "科室负责人意见:", None, None, None)
    sh.add("办公室审核意见:", None, None, None, DATE, None, None)
    return _layout(
        "renda_reception_selfcheck_benren", "http://m.aqjjjc.gov.cn/html/2024/bumenxinxi_1010/38099.html",
        "县人大常委会办公室 行政科 科员's 干部职工个人岗位廉政风险自查表 (tab 自查表) after the source's 人大机关 "
        "公务接待 (公函制度, 接待清单由负责人审签, 同城不安排用餐, 以招商引资名义变相接待, 接待经费管理): title with "
        "the unit, 姓名/所在科室/职务 row, a 岗位职责 paragraph merged; 序号/风险点/风险类型 (types without 风险)/"
        "风险等级 高/中/低/防控措施, then a ``责任人`` column reading ``本人`` on every row and a ``监督人`` column "
        "``行政科科长`` merged down; 本人签名/科室负责人意见 and 办公室审核意见 lines, unsigned",
        [sh], t,
    )  # fmt: skip


def renda_accountant_card_no_levels() -> dict:
    unit = "XX县人大常委会办公室"
    who, dept, post = "钟晓梅", "财务科", "会计"
    sh = _Sheet("防控卡", [6, 36, 36, 18])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 4)
    sh.add("持卡人", who, "科室", dept)
    sh.add("岗位", post, "岗位风险等级", "二级")
    sh.add("监督责任人", "财务科科长", None, None)
    sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
    sh.add("序号", "风险点", "防控措施", "监督方式")
    rows = [
        ("接待费报销不附公函、接待审批单和接待清单", "报销“三单”不全一律退回,不予报销。", "每半年公开接待情况"),
        ("会计凭证审核不严,虚列会议费、培训费", "会议、培训费凭通知、签到表和明细单报销。", "科长复核"),
        ("违规借用财务印鉴或代领导签批", "财务印鉴分人保管,用印登记。", "办公室每季度检查"),
        ("公务卡消费记录与报销单据不核对", "公务卡报销逐笔核对消费记录。", "科长复核"),
    ]  # fmt: skip
    for n, (point, measures, watch) in enumerate(rows, 1):
        sh.add(n, point, measures, watch)
        t.point(sh.name, dept, post, who, _tier(post), point, [], None)
    sh.add()
    sh.add("持卡人签字:", None, "监督责任人签字:", None)
    return _layout(
        "renda_accountant_card_no_levels", "http://renda.zunyi.gov.cn/gzzd/zdml/201509/t20150901_8957948.html",
        "县人大常委会办公室 财务科 会计's 岗位廉政风险防控卡 (tab 防控卡) after the source's 人大常委会机关公务接待"
        "管理办法 (行政科 接待审批单, 财务科 每半年公开接待情况, 无公函不予报销): title with the unit, a header block "
        "持卡人/科室, 岗位/岗位风险等级 ``二级``, 监督责任人 ``财务科科长``; a table of 序号/风险点/防控措施/监督方式 "
        "with NO level and no type column; 持卡人/监督责任人签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 区 镇 退役军人服务站


def town_veterans_station_post_tabs() -> dict:
    unit = "XX区XX镇人民政府"
    dept = "退役军人服务站"
    t = _Truth(unit)
    people = [
        ("站长", "谭志军", "男", 1979.11, 1998.12, "大专", "是", "13907340001", [
            ("优抚对象审核", "审核优抚对象资格把关不严,为不符合条件的人员申报优抚待遇", "岗位职责", "高",
             "资格审核实行站内初审、民政办复核,名单公示。"),
            ("慰问金发放", "走访慰问对象优亲厚友,虚报冒领慰问金", "思想道德", "高", "慰问名单村级公示,慰问金打卡发放。"),
            ("信访接待", "对退役军人信访诉求推诿拖延,接受当事人请托", "外部环境", "中", "信访件登记编号,限期办结回访。"),
            ("站务经费", "服务站工作经费使用不规范,超范围列支", "制度机制", "中", "经费支出经镇分管领导审批,年终公开。"),
        ]),
        ("优抚专干", "何丽萍", "女", 1990.04, 2013.07, "本科", "否", "13907340002", [
            ("信息采集", "退役军人信息采集不实,泄露个人信息", "岗位职责", "中", "信息采集本人签字确认,系统查询留痕。"),
            ("抚恤补助发放", "抚恤补助金发放名册与实际享受人员不符", "制度机制", "高", "发放名册每季度与民政、公安信息比对。"),
            ("档案移交", "档案移交登记不全,随意借阅", "制度机制", "低", "档案移交清单双方签字,借阅登记。"),
        ]),
        ("就业专干", "贺建新", "男", 1993.08, 2016.03, "大专", "是", "13907340003", [
            ("就业推荐", "就业岗位推荐不公开,优先推荐熟人", "思想道德", "中", "岗位信息在服务站公开栏和微信群发布。"),
            ("创业补贴申报", "创业补贴申报材料审核不严,帮助虚报", "岗位职责", "高", "申报材料实地核查,结果公示。"),
            ("技能培训报名", "技能培训报名弄虚作假,套取培训补贴", "外部环境", "中", "培训签到与人脸识别核对,补贴直达个人。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, sex, born, joined, school, veteran, phone, items in people:
        sh = _Sheet(post, [6, 14, 32, 10, 8, 30, 12])
        _line(sh, f"XX区XX镇{dept}工作人员廉政风险点登记表", 7)
        r = sh.add(f"填报单位(盖章):{unit}", None, None, None, "填报时间:", "2024年4月", None)
        sh.merge(r, 0, r, 3)
        top = sh.add("姓名", who, "性别", sex, "出生年月", born, "照片")
        sh.add("政治面貌", "中共党员", "参加工作时间", joined, "学历", school, None)
        sh.add("工作岗位", post, "是否退役军人", veteran, "联系电话", phone, None)
        sh.merge(top, 6, top + 2, 6)
        r = sh.add("岗位职责", DUTIES[post], *([None] * 5))
        sh.merge(r, 1, r, 6)
        sh.add("序号", "风险点", "风险表现", "风险类别", "风险等级", "防控措施", "备注")
        for n, (point, shows, kind, level, measures) in enumerate(items, 1):
            sh.add(n, point, shows, kind, level, measures, None)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
        r = sh.add("本人承诺:以上风险点系本人认真查找,本人将严格落实防控措施,自觉接受组织和群众监督。",
                   *([None] * 6))  # fmt: skip
        sh.merge(r, 0, r, 6)
        sh.add("本人签名:", None, None, "服务站负责人审核:", None, "镇纪委审核:", None)
        sheets.append(sh)
    return _layout(
        "town_veterans_station_post_tabs", "http://sdjs.apcreports.org.cn/sdjs/news/11194.html",
        "区 镇 退役军人服务站 workbook after the source's report on a 镇退役军人服务站 (3 名工作人员, 就业创业、优抚"
        "帮扶、走访慰问、信访接待、档案移交): a 工作人员廉政风险点登记表 per person, tabs named for the POST (``站长``, "
        "``优抚专干``, ``就业专干``); title naming the 镇 and its 服务站, 填报单位(盖章)/填报时间 line; a block of "
        "姓名/性别/出生年月 (``1979.11`` typed as a number), 政治面貌/参加工作时间/学历, 工作岗位/是否退役军人/联系"
        "电话, a ``照片`` cell merged down the block; a 岗位职责 line; 序号/short 风险点/long 风险表现/风险类别 "
        "(types without 风险)/风险等级 高/中/低/防控措施/备注 (empty); 本人承诺 line, unsigned review line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县烟草专卖局


def tobacco_captain_two_tables_leader_named() -> dict:
    unit = "XX县烟草专卖局"
    who, dept, post = "郑国华", "稽查大队", "大队长"
    leader = "邵明远"
    sh = _Sheet("登记表", [6, 16, 36, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险识别登记表")
    sh.add("姓名", "部门", "职务", "分管局领导", "填表日期", None)
    sh.add(who, dept, post, leader, "2024.3.15", None)
    head = ("序号", "风险点", "风险描述", "风险类别", "风险等级", "防控措施")
    sections = [
        ("一、履职风险", [
            ("案件降格处理", "对非法经营卷烟案件降格处理,以罚代刑,不按规定移送公安机关", "岗位职责风险", "高",
             "案件定性和移送由案审会集体研究,移送情况每季度通报。"),
            ("行动信息泄露", "专项行动前泄露检查时间、路线和对象", "思想道德风险", "高",
             "行动方案保密,出发前集中收缴通讯工具。"),
            ("涉案卷烟处置", "涉案卷烟保管、移交不规范,调换或私分", "制度机制风险", "高",
             "涉案卷烟入库双人签字,移交全程录像。"),
        ]),
        ("二、廉洁自律风险", [
            ("说情打招呼", "为违法当事人说情、打招呼,干预案件查处", "思想道德风险", "中",
             "插手干预案件一律登记报告。"),
            ("亲属经商", "亲属从事卷烟零售,利用职务之便提供方便", "外部环境风险", "中",
             "亲属从业情况每年报告,涉及亲属的案件主动回避。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, items in sections:
        _line(sh, caption)
        sh.add(*head)
        for point, desc, kind, level, measures in items:
            n += 1
            sh.add(n, point, desc, kind, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
    sh.add()
    sh.add("填表人:", who, None, "审核人:", leader, None)
    return _layout(
        "tobacco_captain_two_tables_leader_named",
        "https://www.seridoat.com/article/jie-mi-yan-cao-zhuan-mai-ji-cha-da-dui-zhang-ru-he-shou-hu-shi-chang-zhi-xu-yu-gong-zhong-jian-kang.html",
        "县烟草专卖局 稽查大队 大队长's 岗位廉洁风险识别登记表 (tab 登记表) after the source's explainer on a 烟草专卖"
        "稽查大队长 (稽查行动, 专项行动, 与公安机关合作, 市场巡查): labels in one row ``姓名 | 部门 | 职务 | 分管局领导 | "
        "填表日期`` and values in the next — the holder's name AND his 分管局领导's; then ``一、履职风险`` and ``二、"
        "廉洁自律风险``, each under its own heading 序号/short 风险点/long 风险描述/风险类别/风险等级 高/中/低/防控"
        "措施, 序号 running on; a 填表人/审核人 line naming both again",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县委宣传部


def xuanchuan_fields_over_eight_columns() -> dict:
    unit = "中共XX县委宣传部"
    who, dept, post = "李晓", "文艺科", "科员"
    sh = _Sheet("查找表", [6, 16, 34, 9, 34, 8, 8, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}干部个人廉政风险点查找表", 8)
    sh.add("单位", unit, "科室", dept, "姓名", who, "职务", post)
    sh.add("序号", "工作事项", "风险点", "风险等级", "防控措施", None, None, None)
    rows = [
        ("文化惠民项目评审", "参与项目评审时打人情分,为熟悉的文艺团体争取项目", "中",
         "评审打分表签名存档,评审结果公示。"),
        ("文艺活动经费", "文艺演出活动经费报销虚列演职人员劳务费", "高", "劳务费按实名发放,演出活动影像存档备查。"),
        ("公益广告发布", "公益广告发布选择合作媒体不公开,借机利益输送", "中", "合作媒体集体研究确定,发布费用公开。"),
        ("文艺评奖推荐", "文艺作品评奖推荐优亲厚友", "低", "推荐名单经部务会研究并公示。"),
    ]  # fmt: skip
    for n, (item, point, level, measures) in enumerate(rows, 1):
        sh.add(n, item, point, level, measures, None, None, None)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    r = sh.add("廉洁承诺:本人将严格遵守廉洁自律各项规定,认真落实以上防控措施,自觉接受组织和群众监督。",
               *([None] * 7))  # fmt: skip
    sh.merge(r, 0, r, 7)
    sh.add("本人签名:", who, None, "科室负责人:", None, "分管领导:", None, None)
    return _layout(
        "xuanchuan_fields_over_eight_columns", "https://www.wentop.com/wen/50/98831.html",
        "县委宣传部 文艺科 科员's 干部个人廉政风险点查找表 (tab 查找表) after the source's 宣传系统 廉政党课 (文化"
        "惠民工程 阳光操作, 项目评审, 文化活动评审权, 公益广告发布权): a field row ``单位 | 中共XX县委宣传部 | 科室 | "
        "文艺科 | 姓名 | 李晓 | 职务 | 科员`` over EIGHT columns above a five-column table 序号/工作事项/风险点/风险"
        "等级 高/中/低/防控措施 with no type column; a 廉洁承诺 paragraph merged across; 本人签名 (the holder) / "
        "科室负责人 / 分管领导 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tobacco_card_holder_in_title(),
    rural_deputy_rank_blank_level(),
    rural_project_head_members_row(),
    rural_clerk_digits_pasted_duties(),
    renda_reception_selfcheck_benren(),
    renda_accountant_card_no_levels(),
    town_veterans_station_post_tabs(),
    tobacco_captain_two_tables_leader_named(),
    xuanchuan_fields_over_eight_columns(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b42_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch42-inbox"))

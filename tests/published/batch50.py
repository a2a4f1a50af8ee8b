"""A fiftieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as the
staff of three city, county and township bodies no earlier batch drew on (a 市劳动人事争议仲裁院,
a 县水库移民事务中心, a 镇's 移民工作办公室 and its 分管副镇长) hand back the 附件2 领导岗位 /
附件3 中层岗位 / 附件4 一般岗位廉政风险识别和防控表 (``workbook_templates/forms.toml``) or their
own office's 自查表 / 防控卡 / 登记表: several files per unit, two workbooks with a sheet per
person, ordinary filling habits, nothing exotic. Nine are EVERYDAY:

- a 市劳动人事争议仲裁院 副院长's 附件2 whose levels are typed with Latin capitals the way people
  type them without a Roman-numeral key (``I级``, ``II级``, ``III级``, the 岗位风险等级 ``I级``
  too), two 分管工作 groups merged down and the “三重一大” rows;
- the 院's 立案科 附件3 by its 科长, who left the whole 工作流程 column EMPTY, typed two types in one
  cell on two lines (``岗位职责⏎外部环境``) and had the first review box filled (``同意。``, a
  date typed ``2024.6.4``);
- the 院's own 干部个人廉政风险点自查表 of a 仲裁一庭 专职仲裁员: a labels row
  (``姓名 | 所在部门 | 职务 | 职级 | 填表日期``) over a values row, the 职级 ``一级主任科员`` a rank
  beside the post, a short 风险点 beside a ``主要表现`` column, 高/中/低, no type column, a
  承诺 paragraph and a signed line;
- a 县水库移民事务中心 主任's 附件2 on ``Sheet1`` with Excel's untouched ``Sheet2`` and ``Sheet3``
  left in the workbook, the 单位 line sharing its row with a ``填表时间`` cell, levels
  一级/二级/三级 and one 分管工作 cell merged over a whole section;
- the 中心's 后期扶持股 附件3 whose 负责人 cell holds the post BEFORE the name with a space
  (``股长 刘洪波``);
- the 中心's 资金管理股 workbook of three 岗位廉政风险防控卡 on tabs named the way Excel names a
  copied sheet (``Sheet1``, ``Sheet1 (2)``, ``Sheet1 (3)``), each card with its own 持卡人;
- a 镇's 分管副镇长's 领导干部廉政风险防控卡: 姓名/职务 row, a 分管工作 line, levels written
  ``高风险``/``中风险``/``低风险``, a trailing ``监督责任人`` column of a post merged down, no
  type column;
- the 镇's 移民工作办公室 附件3 by its 主任, 岗位职责 cells numbered ``1.``/``2.``/``3.``, and the
  template's three unfilled risk rows left EMPTY above the review boxes;
- the 镇's 移民办 workbook of two 干部岗位廉政风险登记表 on tabs named for the person, the 科室
  under the township label ``所在站办`` and written short (``移民办``), 一级/二级/三级.

One is harder:

- ``arbitration_clerk_card_type_groups``: the 仲裁院's 仲裁二庭 书记员's 防控卡 with NO type
  column: the risks stand under group lines merged across the table (``一、思想道德风险``,
  ``二、岗位职责风险``, ``三、业务流程风险``, ``四、外部环境风险``), which give each point its type.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a piece on the duties of 劳动争议仲裁员 and their 责任, a Q&A on what an
applicant hands in for 劳动仲裁, a piece on how a 仲裁庭 is made up, a note on the 仲裁员's
ethics, a 移民工作站's functions, a 市's 水库移民工作方案, a county's 库区移民后期扶持 report, a
paper on 移民稽察文件 and who answers for them, a 镇移民管理办公室 staff member's paper on 后期扶持
项目管理, a city's 后期扶持政策监测评估), and the layout follows their words. The rows are worded by
us, the names invented.

Run ``python tests/published/score.py --set batch50`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b50_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle, 附件4 general); an office's own
  自查表 / 防控卡 / 登记表 follows the post (副镇长 leader; 仲裁员/书记员/会计/出纳/审核员/专干/报账员
  general);
- ``I级``/``II级``/``III级`` in Latin capitals are Ⅰ级/Ⅱ级/Ⅲ级; ``高风险``/``中风险``/``低风险`` are
  高/中/低; a date typed ``2024.6.4`` in a review box is no level;
- an empty 工作流程 column takes nothing from the risk; ``岗位职责⏎外部环境`` in one cell is two types;
- a ``职级`` (``一级主任科员``) is a rank and names no post: the post is the 职务 ``专职仲裁员``;
  a ``主要表现`` column is the description beside the short 风险点, which is the point;
- empty ``Sheet2``/``Sheet3`` hold nothing; a ``填表时间`` cell beside the 单位 line names no unit;
- ``股长 刘洪波`` in a 附件3's 负责人 cell is the holder 刘洪波 and the post 股长 (the form's title);
  a 附件3 with only a 负责人 named (``马振华``) has the title "";
- tabs ``Sheet1``, ``Sheet1 (2)``, ``Sheet1 (3)`` each with its own 持卡人 are three forms, none a
  continuation of another;
- a ``监督责任人`` column of a post (``镇纪委书记``) watches; a ``分管工作`` line names no 科室;
- template rows left empty under the filled rows are no points;
- ``所在站办`` is the 科室 label of a township form; ``移民办`` there is the 科室 as written;
- group lines ``一、思想道德风险`` … over a table with no type column give the type of each point
  under them (and are no points themselves).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b50_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
LATIN = {"I级": 1, "II级": 2, "III级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
HML_RISK = {"高风险": 1, "中风险": 2, "低风险": 3}
DATE = "年  月  日"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
LEADER_REVIEWS = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE_CITY = "注:此表一式三份,于6月底前报市纪委。"
NOTE_COUNTY = "注:此表一式三份,于6月底前报县纪委。"
TITLE = {"leader": "领导岗位廉政风险识别和防控表", "middle": "中层岗位廉政风险识别和防控表",
         "general": "一般岗位廉政风险识别和防控表"}  # fmt: skip
TIER = {"股长": "middle", "主任": "leader", "副院长": "leader", "副镇长": "leader"}
CARD_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
ARBITRATION = "XX市劳动人事争议仲裁院"
RESERVOIR = "XX县水库移民事务中心"
TOWN = "XX县XX镇人民政府"
TYPE_GROUPS = ("一、思想道德风险", "二、岗位职责风险", "三、业务流程风险", "四、外部环境风险")


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _line(sh: _Sheet, text: str, ncols: int = 6) -> int:
    """A row of one text merged across the form."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _top(sh: _Sheet, annex: str, tier: str, unit_line: str) -> None:
    sh.add(annex)
    _line(sh, TITLE[tier])
    _line(sh, unit_line)


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


def _official_rows(sh: _Sheet, t: _Truth, rows, who, dept, post, tier, levels) -> None:
    """附件3/附件4 rows (岗位职责 None under a duty = the duty goes on, merged)."""
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(kind), levels[level])
    _merge_down(sh, first, len(sh.rows) - 1, 0)


# --------------------------------------------------------------------------- harder layout


def arbitration_clerk_card_type_groups() -> dict:
    unit = ARBITRATION
    who, dept, post = "韩晓雪", "仲裁二庭", "书记员"
    head = ("序号", "风险点", "风险等级", "防控措施")
    sh = _Sheet("防控卡", [6, 38, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 4)
    sh.add("持卡人", who, "所在部门", dept)
    sh.add("岗位", post, "填卡时间", "2024年6月")
    r = sh.add(
        "岗位职责",
        "负责庭审记录、仲裁文书送达、案卷整理归档和当事人查阅案卷的接待登记。",
        None,
        None,
    )
    sh.merge(r, 1, r, 3)
    sh.add(*head)
    groups = [
        ("思想道德风险", [
            ("接受当事人或其代理人吃请、礼品,为其打探案情", "高",
             "签订廉洁办案承诺书,与当事人接触一律在院内并两人以上。"),
        ]),
        ("岗位职责风险", [
            ("庭审笔录记录不完整、不准确,事后改动笔录内容", "高",
             "庭审同步录音录像,笔录当庭交当事人核对签字。"),
            ("仲裁文书送达不及时,送达回证填写不实", "中", "送达实行登记台账,邮寄送达留存回执。"),
        ]),
        ("业务流程风险", [
            ("案卷材料整理归档不及时,遗失或抽换证据材料", "中", "结案后30日内归档,移交档案室时逐页核对。"),
            ("当事人查阅、复制案卷不登记、不审批", "低", "查阅复制须经庭长批准并登记。"),
        ]),
        ("外部环境风险", [
            ("向律师或用人单位泄露合议庭评议意见", "高", "评议笔录封存,书记员签订保密承诺。"),
            ("受亲友请托为当事人引荐仲裁员", "低", "亲友请托事项一律登记报告。"),
        ]),
    ]  # fmt: skip
    n = 0
    for (kind, rows), caption in zip(groups, TYPE_GROUPS, strict=True):
        _line(sh, caption, 4)
        for point, level, measures in rows:
            n += 1
            sh.add(n, point, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
    sh.add()
    sh.add("持卡人签字:", None, "部门负责人签字:", None)
    _line(sh, "监督电话:0000-12388", 4)
    return _layout(
        "arbitration_clerk_card_type_groups", "http://020wed.cn/108754.html",
        "(harder) 市劳动人事争议仲裁院 仲裁二庭 书记员's 岗位廉政风险防控卡 after the source's note on the 劳动"
        "仲裁员 (受理、调查、审理和裁决, 送达裁决书, 公正廉洁, 保守当事人商业秘密和个人隐私, 监督和管理): "
        "持卡人/所在部门 and 岗位/填卡时间 rows, a merged 岗位职责 line, a four-column table 序号/风险点/风险等级 "
        "高/中/低/防控措施 with NO type column: the risks stand under group lines merged across the table "
        "(``一、思想道德风险``, ``二、岗位职责风险``, ``三、业务流程风险``, ``四、外部环境风险``) which give their "
        "type, numbering running on 1–8 through the groups; 持卡人签字/部门负责人签字 line and 监督电话",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 市劳动人事争议仲裁院


def arbitration_deputy_latin_levels() -> dict:
    unit = ARBITRATION
    who, post = "孟庆华", "副院长"
    sh = _Sheet("附件2", [6, 20, 34, 16, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", f"单位(盖章):{unit}")
    sh.add("姓名", who, "职务", post, "岗位风险等级", "I级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("分管仲裁一庭、仲裁二庭", [
            ("指定仲裁员组庭时为请托人安排“关系仲裁员”", "岗位职责风险、思想道德风险", "I级",
             "组庭按案件类型轮流指定,指定情况登记备查。"),
            ("审批仲裁裁决书时对明显不当的裁决不纠正", "岗位职责风险", "I级",
             "重大疑难案件提交仲裁委员会集体讨论决定。"),
            ("干预仲裁员独立办案,过问具体案件", "制度机制风险", "II级",
             "领导干部过问案件一律记录在案,每季度通报。"),
        ]),
        ("分管立案和调解", [
            ("对超过申请仲裁时效的案件违规受理", "业务流程风险", "II级", "不予受理决定经立案科集体审查。"),
            ("调解中偏袒用人单位,压低劳动者诉求", "外部环境风险", "III级", "调解协议当场向劳动者释明权利。"),
        ]),
    ]  # fmt: skip
    n = 0
    for area, points in groups:
        first = len(sh.rows)
        for k, (point, kind, level, measures) in enumerate(points):
            n += 1
            sh.add(n, area if k == 0 else None, point, kind, level, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), LATIN[level])
        sh.merge(first, 1, len(sh.rows) - 1, 1)
    _line(sh, "“三重一大”方面")
    major = [
        (6, "大额资金使用", "仲裁庭审场所改造资金使用不经院务会研究", "制度机制风险", "II级",
         "大额资金支出提交院务会集体研究,会议纪要存档。"),
    ]  # fmt: skip
    for num, area, point, kind, level, measures in major:
        sh.add(num, area, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), LATIN[level])
    _leader_reviews(sh)
    _line(sh, NOTE_CITY)
    return _layout(
        "arbitration_deputy_latin_levels", "https://law.idocdown.com/app/articles/blogs/detail/8615",
        "市劳动人事争议仲裁院 副院长's 附件2 (tab ``附件2``) after the source's piece on 劳动争议仲裁中的仲裁员"
        "责任 (索贿受贿、徇私舞弊、枉法裁决, 仲裁委员会解聘, 内部考核监督, 暂停办案资格): levels typed with Latin "
        "capitals ``I级``/``II级``/``III级`` (the 岗位风险等级 ``I级`` too), the 分管工作 merged over each of two "
        "groups (``分管仲裁一庭、仲裁二庭``, ``分管立案和调解``), 序号 as numbers running on into the “三重一大” "
        "row (6); review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def arbitration_filing_head_blank_workflow() -> dict:
    unit = ARBITRATION
    who, dept = "宋佳宁", "立案科"
    sh = _Sheet(dept, [22, 12, 34, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", f"单位(盖章):{unit}")
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅱ级")
    sh.add(*HEAD)
    rows = [
        ("负责仲裁申请的审查受理", None, "对符合受理条件的申请拖延不立案,或对不符合条件的申请违规立案", "岗位职责",
         "Ⅰ级", "受理审查实行首问负责和限时办结,不予受理须书面说明理由。"),
        (None, None, "未一次性告知申请人应提交的申请书、证据材料清单和授权委托书", "业务流程", "Ⅲ级",
         "立案窗口公示申请材料清单,一次性书面告知。"),
        ("负责案件分流和先行调解", None, "分流调解中为一方当事人说情,诱导劳动者撤回申请", "岗位职责\n外部环境",
         "Ⅱ级", "调解全程记录,撤回申请当面核实本人意愿。"),
        (None, None, "对集体争议案件不核实员工代表名单,不按规定报告", "制度机制", "Ⅱ级",
         "集体争议案件核对员工代表推举材料,受理当日报院领导。"),
        ("负责立案信息登记", None, "泄露申请人、被申请人信息或案件进展", "思想道德", "Ⅲ级",
         "办案系统分级授权,查询记录留痕。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", ROMAN)
    _reviews(sh, [("同意。", "2024.6.4")])
    _line(sh, NOTE_CITY)
    return _layout(
        "arbitration_filing_head_blank_workflow", "https://110ask.com/zhishi/5589056386030083796.html",
        "市劳动人事争议仲裁院 立案科 科长's 附件3 (tab = the 科) after the source's answer on what to hand in for "
        "劳动仲裁 (仲裁申请书一式两份, 身份证明, 授权委托书, 被申请人工商注册信息, 劳动关系证明材料, 提交证据材料"
        "清单, 集体争议的员工代表名单): 科室/负责人 ``宋佳宁``/岗位风险等级 Ⅱ级, the 工作流程 column left EMPTY on every row, 岗位职责 "
        "merged over two rows, types without 风险 and one cell holding two on two lines (``岗位职责⏎外部环境``), "
        "Ⅰ级/Ⅱ级/Ⅲ级; the first review box filled ``同意。`` with a date typed ``2024.6.4``, 注",
        [sh], t,
    )  # fmt: skip


def arbitrator_selfcheck_rank_field() -> dict:
    unit = ARBITRATION
    who, dept, post, rank = "郭志远", "仲裁一庭", "专职仲裁员", "一级主任科员"
    sh = _Sheet("自查表", [6, 30, 34, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}干部个人廉政风险点自查表", 5)
    sh.add("姓名", "所在部门", "职务", "职级", "填表日期")
    sh.add(who, dept, post, rank, "2024年6月3日")
    sh.add("序号", "风险点", "主要表现", "风险等级", "防控措施")
    rows = [
        ("开庭审理不公", "庭审中对一方当事人态度偏向,限制另一方举证、质证和辩论", "高",
         "严格执行庭审规则,庭审全程录音录像。"),
        ("私下会见当事人", "在非办公场所会见当事人及其代理人,接受宴请", "高", "会见当事人须在调解室,书记员在场记录。"),
        ("应当回避不回避", "与当事人或代理人有利害关系不主动申请回避", "中", "组庭后书面申报回避事项,当事人可申请回避。"),
        ("拖延结案", "无正当理由超过审理期限,不按规定延期审批", "中", "审限届满前十日系统预警。"),
        ("裁决书制作不规范", "裁决书说理不充分,笔误不及时更正", "低", "裁决书实行庭长、分管副院长两级审核。"),
    ]  # fmt: skip
    for n, (point, shows, level, measures) in enumerate(rows, 1):
        sh.add(n, point, shows, level, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    _line(
        sh,
        "本人承诺:以上风险点为本人对照岗位职责逐项查找,将严格落实防控措施,自觉接受组织和群众监督。",
        5,
    )
    sh.add("签名:", who, None, "日期:", "2024年6月3日")
    return _layout(
        "arbitrator_selfcheck_rank_field", "http://www.sjz-hk.cn/hyxw/14459.html",
        "市劳动人事争议仲裁院 仲裁一庭 专职仲裁员's 干部个人廉政风险点自查表 (tab 自查表) after the source's piece on "
        "the 劳动争议仲裁庭 (一案一庭, 首席仲裁员与两名仲裁员, 独任审理, 独立行使裁决权, 书记员, 调查取证—庭审辩论): "
        "title with the 院, a labels row ``姓名 | 所在部门 | 职务 | 职级 | 填表日期`` over a values row, the 职级 "
        "``一级主任科员`` a rank beside the post ``专职仲裁员``; 序号/风险点 (short)/主要表现 (long)/风险等级 "
        "高/中/低/防控措施, NO type column; a 本人承诺 paragraph merged across and a ``签名: | 郭志远`` line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县水库移民事务中心


def reservoir_director_default_tabs() -> dict:
    unit = RESERVOIR
    who, post = "陈卫东", "主任"
    sh = _Sheet("Sheet1", [6, 18, 34, 16, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, TITLE["leader"])
    r = sh.add(f"单位(盖章):{unit}", None, None, "填表时间:2024年6月10日", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add(*LEADER_HEAD)
    first = len(sh.rows)
    rows = [
        ("审定移民后期扶持项目计划时听取意见不充分,个人决定项目安排", "制度机制风险", "一级",
         "年度项目计划经中心班子会集体研究,报县移民工作领导小组审定。"),
        ("后期扶持人口动态调整把关不严,默许虚增扶持人口", "岗位职责风险", "一级",
         "扶持人口变动逐户核实,核定结果张榜公示。"),
        ("插手后期扶持工程建设项目招标、分包", "外部环境风险", "一级", "工程项目全部进入公共资源交易中心交易。"),
        ("移民技能培训机构选定不公开", "业务流程风险", "二级", "培训机构比选结果在中心网站公示。"),
        ("对下属股室落实廉政风险防控措施督促不力", "岗位职责风险", "三级", "每半年听取一次股室防控措施落实情况。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, "主持全面工作" if n == 1 else None, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
    sh.merge(first, 1, len(sh.rows) - 1, 1)
    _line(sh, "“三重一大”方面")
    major = [
        (1, "重要干部任免", "股室负责人调整前不经班子会研究", "制度机制风险", "二级",
         "干部调整经中心党支部和班子会研究,报主管部门备案。"),
    ]  # fmt: skip
    for num, area, point, kind, level, measures in major:
        sh.add(num, area, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    blank = [_Sheet("Sheet2"), _Sheet("Sheet3")]
    return _layout(
        "reservoir_director_default_tabs", "https://zsywlkj.com/shijiebei/40689.html",
        "县水库移民事务中心 主任's 附件2 after the source's account of a 水利移民工作站 (后期扶持工程建设, 项目资金"
        "管理, 移民政策宣传, 动态监测移民人口变动, 生产技能培训): on ``Sheet1`` with Excel's untouched ``Sheet2`` "
        "and ``Sheet3`` left in the workbook; the 单位(盖章) line merged A:C sharing its row with "
        "``填表时间:2024年6月10日`` merged D:F; 岗位风险等级 ``一级``; ``主持全面工作`` merged over the whole first "
        "section; levels 一级/二级/三级, types …风险; a “三重一大” row numbered 1; review boxes empty, 注",
        [sh, *blank], t,
    )  # fmt: skip


def reservoir_support_head_post_before_name() -> dict:
    unit = RESERVOIR
    who, post, dept = "刘洪波", "股长", "后期扶持股"
    sh = _Sheet(dept, [22, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", f"单位(盖章):{unit}")
    sh.add("科室", dept, "负责人", f"{post} {who}", "岗位风险等级", "Ⅰ级")
    sh.add(*HEAD)
    rows = [
        ("负责后期扶持人口核定登记", "村级申报", "对村组上报的扶持人口不核实,把非移民纳入扶持范围", "岗位职责风险",
         "Ⅰ级", "实行村、乡镇、县三级审核,每级公示不少于7天。"),
        (None, "县级审核", "人口自然变动不及时核减,继续发放已死亡人员扶持资金", "制度机制风险", "Ⅰ级",
         "每年与公安户籍、民政殡葬数据比对。"),
        ("负责后期扶持项目管理", "项目申报", "项目申报审核中优亲厚友,向关系村倾斜", "思想道德风险", "Ⅱ级",
         "项目按规划入库,按评分排序安排。"),
        (None, "竣工验收", "项目验收走过场,工程量不实仍签字验收", "业务流程风险", "Ⅰ级",
         "验收组由中心、乡镇、村民代表组成,验收资料归档。"),
        (None, "资金拨付", "不按工程进度审核拨付项目资金", "业务流程风险", "Ⅱ级", "资金拨付凭验收单和监理意见。"),
        ("负责移民信访接待", "信访处理", "对移民反映的问题推诿拖延,激化矛盾", "外部环境风险", "Ⅲ级",
         "信访件登记编号,限期办结回复。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, post, "middle", ROMAN)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "reservoir_support_head_post_before_name", "https://zsywlkj.com/shijiebei/27506.html",
        "县水库移民事务中心 后期扶持股 附件3 (tab = the 股) after the source's 水库移民工作方案 (后期扶持人口核定登记, "
        "三审三公示, 户籍复审, 后期扶持项目, 招投标, 验收): the 负责人 cell holds the post BEFORE the name with one "
        "space (``股长 刘洪波``), 岗位风险等级 Ⅰ级; 岗位职责 merged over two and three rows, 工作流程 filled, "
        "Ⅰ级/Ⅱ级/Ⅲ级, types …风险; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def reservoir_fund_cards_copied_tabs() -> dict:
    unit = RESERVOIR
    dept = "资金管理股"
    t = _Truth(unit)
    people = [
        ("孔令芳", "会计", "二级", "负责移民后期扶持资金和中心经费的会计核算、报表编制和凭证审核。", [
            ("审核报销凭证不严,虚列支出套取后期扶持资金", "制度机制", "高", "报销凭证经办、审核、审批三签,月末对账。"),
            ("直补资金发放清册与核定人口不一致", "岗位职责", "高", "直补清册与人口核定数据逐户比对后发放。"),
            ("会计档案保管不善,凭证缺失", "业务流程", "低", "会计档案按年装订,专柜保管。"),
        ]),
        ("杨帆", "出纳", "二级", "负责资金收付、银行账户日常管理和“一卡通”直补资金代发。", [
            ("挪用库存现金或公款私存", "思想道德", "高", "现金日清月结,不定期盘点。"),
            ("“一卡通”代发退回资金不及时入账", "制度机制", "中", "退回资金当日登记,次月重新发放。"),
            ("网银密钥与支付密码由一人保管", "岗位职责", "中", "密钥与密码分人保管,大额支付双人复核。"),
        ]),
        ("罗志勇", "项目资金审核员", "三级", "负责后期扶持项目资金拨付前的资料审核和项目资金台账登记。", [
            ("项目拨款资料不全仍予审核通过", "岗位职责", "中", "拨款资料清单化审核,缺项退回。"),
            ("接受施工单位请托,提前拨付工程款", "外部环境", "高", "拨款进度与验收进度挂钩,超进度拨款须集体研究。"),
            ("项目资金台账登记不及时、不完整", "业务流程", "低", "台账每月与会计账核对。"),
        ]),
    ]  # fmt: skip
    tabs = ("Sheet1", "Sheet1 (2)", "Sheet1 (3)")
    sheets = []
    for tab, (who, post, grade, duty, rows) in zip(tabs, people, strict=True):
        sh = _Sheet(tab, [6, 36, 12, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "所在股室", dept, None)
        sh.add("岗位", post, "岗位风险等级", grade, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add(*CARD_HEAD)
        for n, (point, kind, level, measures) in enumerate(rows, 1):
            sh.add(n, point, kind, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
        sh.add()
        sh.add("持卡人签字:", None, "股室负责人签字:", None, DATE)
        sheets.append(sh)
    return _layout(
        "reservoir_fund_cards_copied_tabs", "https://m.guanlizhe.com/baogao/471246.html",
        "县水库移民事务中心 资金管理股 workbook of three 岗位廉政风险防控卡 after the source's 库区移民后期扶持工作调研"
        "报告 (后期扶持资金能够发放给移民个人的尽量发放给个人, 项目扶持, 扶持方式决定受益程度): tabs named the way "
        "Excel names a copied sheet (``Sheet1``, ``Sheet1 (2)``, ``Sheet1 (3)``), each card with its own 持卡人/"
        "所在股室 and 岗位/岗位风险等级 (二级/三级) rows and a merged 岗位职责 line; 序号/风险点/风险类型 (without "
        "风险)/风险等级 高/中/低/防控措施; 持卡人签字/股室负责人签字 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县 镇人民政府 移民工作办公室


def town_deputy_card_risk_words() -> dict:
    unit = TOWN
    who, post = "吴建国", "副镇长"
    sh = _Sheet("防控卡", [6, 38, 10, 34, 12])
    t = _Truth(unit)
    _line(sh, "XX镇领导干部廉政风险防控卡", 5)
    _line(sh, f"单位:{unit}", 5)
    sh.add("姓名", who, "职务", post, None)
    r = sh.add(
        "分管工作", "移民、水利、农业农村工作,联系移民工作办公室和水利站。", None, None, None
    )
    sh.merge(r, 1, r, 4)
    sh.add("序号", "风险点", "风险等级", "防控措施", "监督责任人")
    first = len(sh.rows)
    rows = [
        ("转发上级移民稽察整改文件不及时,整改任务不分解、不跟踪", "中风险", "整改任务建立清单,逐项明确责任人和时限。"),
        ("在移民后期扶持项目选址、施工单位确定中打招呼", "高风险", "项目安排经镇党委会研究,插手干预一律登记报告。"),
        ("审签移民资金报账时把关不严", "高风险", "报账资料经移民办、财政所初审后再审签。"),
        ("对移民办、水利站工作人员廉政教育管理不到位", "低风险", "每季度开展一次分管站办廉政谈话。"),
        ("接受工程施工单位宴请和礼品", "中风险", "严守中央八项规定精神,拒收登记。"),
    ]  # fmt: skip
    for n, (point, level, measures) in enumerate(rows, 1):
        sh.add(n, point, level, measures, "镇纪委书记" if n == 1 else None)
        t.point(sh.name, "", post, who, "leader", point, [], HML_RISK[level])
    sh.merge(first, 4, len(sh.rows) - 1, 4)
    sh.add()
    sh.add("本人签字:", None, "镇党委书记签字:", None, DATE)
    return _layout(
        "town_deputy_card_risk_words",
        "https://www.76hw.com/news/shui-ku-yi-min-ji-cha-wen-jian-zhuan-fa-zhong-de-ze-ren-gui-shu-yu-zhi-xing-nan-ti-ru-he-que-bao-zhe.html",
        "县 镇's 分管副镇长's 领导干部廉政风险防控卡 (tab 防控卡) after the source's piece on 水库移民稽察文件转发中的"
        "责任归属 (省、市、县、乡镇各级责任主体, 文件转发和整改, 政策落地不走样): title with the 镇, a ``单位:`` line, "
        "姓名/职务 row, a ``分管工作`` line merged; 序号/风险点/风险等级 written ``高风险``/``中风险``/``低风险``/"
        "防控措施/监督责任人 (a post, ``镇纪委书记``, merged down), NO type column; 本人签字/镇党委书记签字 line",
        [sh], t,
    )  # fmt: skip


def town_migrant_office_head_empty_rows() -> dict:
    unit = TOWN
    who, dept = "马振华", "移民工作办公室"
    sh = _Sheet("附件3", [24, 14, 32, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", f"单位(盖章):{unit}")
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅱ级")
    sh.add(*HEAD)
    rows = [
        ("1.负责本镇移民后期扶持政策宣传和释疑", "政策宣传", "对不符合扶持条件的群众作出违规承诺", "岗位职责风险", "Ⅲ级",
         "政策解释以县级文件为准,解释口径统一。"),
        ("2.负责移民后期扶持项目的申报和实施管理", "项目申报", "项目申报不经村民代表会议讨论,由少数人决定", "制度机制风险",
         "Ⅱ级", "项目申报须附村民代表会议记录和公示照片。"),
        (None, "项目实施", "项目实施中默许施工方降低标准、偷工减料", "业务流程风险", "Ⅰ级",
         "实行移民监督员现场监督,隐蔽工程拍照留存。"),
        ("3.负责移民矛盾纠纷排查化解", "纠纷调处", "调处移民与原住村民资源纠纷时偏袒一方", "外部环境风险", "Ⅱ级",
         "纠纷调处邀请村两委和司法所共同参加。"),
        (None, "信息报送", "隐瞒不报移民群体性上访苗头", "岗位职责风险", "Ⅱ级", "矛盾排查情况每月报镇党委。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", ROMAN)
    for _ in range(3):  # the template's unfilled risk rows
        sh.add(None, None, None, None, None, None)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "town_migrant_office_head_empty_rows", "http://ch.qikanchina.com/thesis/view/3627786",
        "县 镇's 移民工作办公室 附件3 (tab ``附件3``) by its 主任 after the source's paper by a 镇移民管理办公室's "
        "staff member on 大中型水库移民后期扶持项目管理 (政策释疑难, 矛盾化解难, 移民与原住村民, 项目扶持): 单位(盖章) "
        "the 镇人民政府, 科室 ``移民工作办公室``, 负责人 ``马振华``, 岗位风险等级 Ⅱ级; 岗位职责 cells numbered "
        "``1.``/``2.``/``3.`` merged over two rows, Ⅰ级/Ⅱ级/Ⅲ级, types …风险; three unfilled template rows left "
        "EMPTY above the review boxes; 注",
        [sh], t,
    )  # fmt: skip


def town_migrant_staff_registers() -> dict:
    unit = TOWN
    dept = "移民办"
    t = _Truth(unit)
    people = [
        ("谢春梅", "移民专干", "2024年6月12日", [
            ("人口核定", "入户核实移民人口变动不认真,照抄上年名册", "岗位职责", "一级",
             "逐户核实并由户主签字,变动情况村内公示。"),
            ("资金发放", "代领、冒领移民直补资金不制止、不报告", "外部环境", "一级",
             "直补资金一律打卡发放,发放名册村内公示。"),
            ("监测评估", "配合监测评估时提供虚假的移民收入数据", "业务流程", "二级", "监测数据由户主签字确认,移民办留存底册。"),
            ("档案管理", "移民档案借阅不登记,档案材料缺失", "制度机制", "三级", "档案借阅登记,专柜存放。"),
        ]),
        ("蒋立平", "报账员", "2024年6月12日", [
            ("项目报账", "报账资料不全或与实际不符仍予报账", "岗位职责", "一级", "报账资料清单化审核,缺项退回。"),
            ("票据管理", "使用白条或不合规票据入账", "制度机制", "二级", "一律使用合规票据,报账前财政所复核。"),
            ("资金结算", "为施工单位提前结算工程款收取好处", "思想道德", "一级", "结算凭验收单,报分管副镇长审签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, date, rows in people:
        sh = _Sheet(who, [6, 12, 36, 12, 8, 32])
        _line(sh, "XX镇干部岗位廉政风险登记表")
        r = sh.add(f"填报单位:{unit}", None, None, None, f"填报时间:{date}", None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 5)
        sh.add("姓名", who, "所在站办", dept, "岗位", post)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (step, point, kind, level, measures) in enumerate(rows, 1):
            sh.add(n, step, point, kind, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), ORDINAL[level])
        sh.add()
        sh.add("本人签字:", None, "站办负责人签字:", None, "分管领导签字:", None)
        sheets.append(sh)
    return _layout(
        "town_migrant_staff_registers", "https://fx361.cc/page/2020/0731/15129791.shtml",
        "县 镇's 移民办 workbook of two 干部岗位廉政风险登记表, a tab named for each person (``谢春梅``, ``蒋立平``), "
        "after the source's note on 水库移民后期扶持政策监测评估 (移民人口, 安置村, 后期扶持政策落实, 监测评估工作): "
        "title with the 镇, a 填报单位 line merged A:D beside a 填报时间 cell; ``姓名 | … | 所在站办 | 移民办 | 岗位 | …`` "
        "(the township label ``所在站办``, the 科室 written short); 序号/工作环节/风险点/风险类型 (without 风险)/风险"
        "等级 一级/二级/三级/防控措施; a 本人/站办负责人/分管领导签字 line, unsigned",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    arbitration_clerk_card_type_groups(),
    arbitration_deputy_latin_levels(),
    arbitration_filing_head_blank_workflow(),
    arbitrator_selfcheck_rank_field(),
    reservoir_director_default_tabs(),
    reservoir_support_head_post_before_name(),
    reservoir_fund_cards_copied_tabs(),
    town_deputy_card_risk_words(),
    town_migrant_office_head_empty_rows(),
    town_migrant_staff_registers(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b50_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch50-inbox"))

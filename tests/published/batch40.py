"""A fortieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as the
staff of five county bodies hand back the 附件2 领导岗位 / 附件3 中层岗位 / 附件4 一般岗位廉政风险识别和
防控表 (``workbook_templates/forms.toml``) or their own office's 自查表 / 防控卡: several files per
unit, a few workbooks with a sheet per person, nothing exotic. Nine are EVERYDAY:

- a 县自然资源局 执法监察大队 巡查员's 附件4 (tab = name) with the template's three unused rows left
  blank under the filled ones, the review boxes filled in (``经核实,风险点查找准确,同意。`` and dates);
- the same 局's 副局长's 附件2 whose unused template rows keep their printed 序号 (``6``–``8``,
  ``3``–``4``) and nothing else, and a ``以下空白`` row under the last point of the “三重一大” section;
- a 县 镇's 镇长's 附件2 (职务 ``党委副书记、镇长``) with the 分管工作 typed on every row (not merged),
  the “三重一大” rows numbered on from the first section (``6``), levels typed 一级/二级, the unused
  rows deleted;
- the 镇 财政所's 附件3 whose 负责人 cell reads ``蓝建峰（所长）``, 岗位风险等级 ``A级``, 工作流程 left
  blank on two rows;
- the 镇's own 干部职工个人岗位廉政风险自查表 of the 财政所 会计: a 填报单位/填报时间 line, 姓名/性别/
  政治面貌 and 所在站所/职务(岗位)/岗位风险等级 rows, a 岗位主要职责 paragraph, ``查找的风险点``/``风险
  类别`` (types without 风险)/高·中·低/防控措施 merged over two columns, an 本人承诺 paragraph and
  sign-off lines naming the 站所负责人 (``同意。蓝建峰``);
- the 镇's 防控卡 of the 农村三资代理服务中心's 代理会计: 持卡人/所在部门/岗位, a 岗位职责 paragraph,
  levels 一级/二级/三级, a 监督责任人 column holding the 中心主任's name merged down (a watcher);
- a 县公安局 派出所 workbook of three 附件4, one per person, on the WPS copies of the first sheet
  with their tabs never renamed: ``附件4``, ``附件4 (2)``, ``附件4 (3)`` — each with its own 姓名 row;
- a 区审计局 审计员's 附件4 on a retyped copy (tab ``Sheet1``, the empty ``Sheet2``/``Sheet3`` kept):
  工作流程 left blank on every row, levels typed with Latin letters ``I级``/``II级``/``III级``, types
  typed without 风险 (``岗位职责``), the review boxes unfilled;
- the same 局's 办公室 出纳's 附件4 with 所在科室及职务 ``办公室/出纳`` and the review boxes filled with an
  opinion and the reviewer's name (``情况属实,同意。马国庆``), a 填表人 line under the 注.

One is harder:

- ``chengguan_copied_sheets``: a 县城市管理综合行政执法局 中队 workbook of 防控卡, one sheet per
  person (tab = name): the 中队长's, and two 执法队员's whose rows are the SAME — the second copied
  the first's sheet and changed only the name — each a form of its own.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a 县自然资源局's 违法用地 巡查, a 市自然资源局's 巡察整改, a 镇长's 政府
工作报告, a county's 乡镇财政管理, a 镇's 基层财政廉政风险防控, a case of a 村报账员, a 城管廉政风险
analysis, a 社区警务工作规范, an 审计局's 考核办法, an 出纳's 岗位风险), and the layout follows their
words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch40`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b40_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle, 附件4 general); an office's own
  自查表 / 防控卡 follows the post (中队长 middle, 会计/代理会计/执法队员 general);
- unused template rows — blank, or holding only their printed 序号 — and a ``以下空白`` row are no
  points;
- ``蓝建峰（所长）`` in a 附件3's 负责人 cell is the holder 蓝建峰 and the post 所长 (the form's title);
- ``党委副书记、镇长`` in a 职务 cell is ONE post (the cell's text); the 分管工作 typed on every row,
  or the “三重一大” rows numbered on, change nothing;
- 性别 and 政治面貌 fields name no holder and no post; ``职务(岗位)`` is the post and ``所在站所`` the
  科室; ``所在科室及职务`` ``办公室/出纳`` is 科室 办公室 and post 出纳;
- names in the review boxes and in sign-off lines (``同意。蓝建峰``, ``情况属实,同意。马国庆``) hold
  no form there; a 监督责任人 column of names watches the card's holder;
- a WPS copy of a sheet (``附件4 (2)``) with its own 姓名 row is another person's form, not the
  first form continued; two sheets with the same rows and different holders are two forms;
- ``I级``/``II级``/``III级`` typed with Latin letters are Ⅰ级/Ⅱ级/Ⅲ级; ``一级``…, ``高``… as usual;
  ``岗位职责`` without 风险 is 岗位职责风险.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b40_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
LATIN = {"I级": 1, "II级": 2, "III级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
BLANK_TAIL = "以下空白"
DATE = "年  月  日"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
LEADER_REVIEWS = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE_MIDDLE = "注:此表一式三份,于6月底前报区纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。"
TITLE = {"leader": "领导岗位廉政风险识别和防控表", "middle": "中层岗位廉政风险识别和防控表",
         "general": "一般岗位廉政风险识别和防控表"}  # fmt: skip
TIER = {"中队长": "middle"}


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


def _general_rows(sh: _Sheet, t: _Truth, rows, who, dept, post, levels) -> None:
    """Official 附件4/附件3 rows (岗位职责 None under a duty = the duty goes on, merged)."""
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), levels[level])
    _merge_down(sh, first, len(sh.rows) - 1, 0)


# --------------------------------------------------------------------------- harder layout


def chengguan_copied_sheets() -> dict:
    unit = "XX县城市管理综合行政执法局"
    squad = "城区一中队"
    t = _Truth(unit)
    leader = ("何卫东", "中队长", [
        ("违建查处", "对违法建设查处降格处理,以罚代拆", "岗位职责、外部环境", "高",
         "违建查处意见中队集体研究,拆除结果拍照存档。"),
        ("案件初审", "行政处罚案件初审把关不严,自由裁量随意", "制度机制", "高",
         "执行处罚裁量基准,案卷由法制科复审。"),
        ("队伍管理", "执法队员考勤、考核打人情分", "思想道德", "低", "考勤考核结果每月在中队公示。"),
    ])  # fmt: skip
    member_rows = [
        ("占道经营整治", "收受占道经营商户好处,放任不管", "思想道德、外部环境", "中",
         "巡查两人同行,执法记录仪全程开启。"),
        ("暂扣物品管理", "暂扣物品登记不全,私自处理暂扣物品", "制度机制", "高",
         "暂扣物品当场开具清单,入库双人签字。"),
        ("渣土运输巡查", "对渣土车抛洒滴漏选择性查处", "岗位职责", "中", "查处信息录入数字城管平台,每周抽查。"),
    ]  # fmt: skip
    people = [leader, ("钟立强", "执法队员", member_rows), ("彭宇航", "执法队员", member_rows)]
    sheets = []
    for who, post, items in people:  # the second 执法队员 copied the first's sheet, name changed
        sh = _Sheet(who, [6, 14, 32, 16, 9, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡")
        sh.add("姓名", who, "所在中队", squad, "职务", post)
        sh.add("序号", "工作事项", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (item, point, kind, level, measures) in enumerate(items, 1):
            sh.add(n, item, point, kind, level, measures)
            t.point(sh.name, squad, post, who, _tier(post), point, types_in(kind), HML[level])
        sh.add()
        sh.add("本人签字:", None, "中队长签字:", None, DATE, None)
        sheets.append(sh)
    return _layout(
        "chengguan_copied_sheets", "http://m.nayishi.com/zongjie/huibaocailiao/0181fb494f4524da.html",
        "(harder) 县城管执法局 中队 workbook after the source's 城管廉政风险防范分析材料 (城管执法岗位 a 廉政高风险"
        "岗位, 主观风险/客观风险, 执法人员): a 岗位廉政风险防控卡 per person, tab = name — the 中队长's and two "
        "执法队员's whose rows are IDENTICAL (the second copied the first's sheet and changed only the name); "
        "title with the unit, 姓名/所在中队/职务 row, 序号/工作事项/风险点/风险类型 (types without 风险)/风险等级 "
        "高/中/低/防控措施; 本人签字/中队长签字 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县自然资源局


def zrj_patrol_blank_rows() -> dict:
    unit = "XX县自然资源局"
    who, dept, post = "祁海波", "执法监察大队", "巡查员"
    sh = _Sheet(who, [22, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件4", "general", unit)
    sh.add("姓名", who, "所在科室及职务", f"{dept} {post}", "岗位风险等级", "B")
    sh.add(*HEAD)
    rows = [
        ("负责辖区动态巡查", "日常巡查", "巡查发现违法占地不制止、不上报", "岗位职责风险", "Ⅰ级",
         "巡查轨迹实时上传,执法巡查台账按月报送。"),
        (None, "卫片图斑核查", "卫片监测图斑核查走过场,将违法图斑认定为合法", "制度机制风险", "Ⅰ级",
         "图斑核查结果两人签字,大队长抽查复核。"),
        ("负责违法用地线索登记和移交", "线索登记", "对群众举报线索压案不报,或向当事人通风报信", "思想道德风险",
         "Ⅱ级", "举报线索统一编号登记,办理情况限期反馈。"),
        (None, "移交立案", "对熟人违法用地选择性移交,不予立案", "岗位职责风险、思想道德风险", "Ⅱ级",
         "线索移交与立案信息系统比对,每季度通报。"),
        ("负责巡查资料整理", "资料归档", "巡查记录、影像资料缺失或事后补记", "岗位职责风险", "Ⅲ级",
         "巡查资料当日归档,大队每月检查。"),
    ]  # fmt: skip
    _general_rows(sh, t, rows, who, dept, post, ROMAN)
    for _ in range(3):  # the template's unused rows, left as they came
        sh.add("", "", "", "", "", "")
    _reviews(sh, [("经核实,风险点查找准确,同意。", "2024年6月18日"),
                  ("同意。", "2024年6月20日")])  # fmt: skip
    _line(sh, NOTE_GENERAL)
    return _layout(
        "zrj_patrol_blank_rows", "http://www.imaomimi.com/content/202407/05/c350808.html",
        "县自然资源局 执法监察大队 巡查员's 附件4 (tab = name) after the source's “零容忍”遏制新增违法用地 (执法巡查"
        "台账按月报送, 群众举报/卫片监测线索, 早发现、早制止、严查处): official form, 岗位职责 merged, Ⅰ级…Ⅲ级, "
        "one point with two types; the template's three unused rows left blank under the points; two review "
        "boxes filled (``经核实,风险点查找准确,同意。``, dates), the third empty; 注",
        [sh], t,
    )  # fmt: skip


def zrj_deputy_numbered_blanks() -> dict:
    unit = "XX县自然资源局"
    who, post = "褚建华", "副局长"
    sh = _Sheet(who, [6, 20, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A")
    sh.add(*LEADER_HEAD)
    areas = [
        ("分管耕地保护和执法监察工作", [
            ("对违法占用耕地案件说情打招呼,干预查处", "思想道德风险", "Ⅰ级",
             "领导干部干预案件查处一律登记报告,案件查处集体研究。"),
            ("耕地占补平衡项目验收把关不严", "岗位职责风险", "Ⅱ级", "验收实行联合验收,结果公示。"),
        ]),
        ("分管不动产登记和确权工作", [
            ("为亲友违规办理不动产登记或加快办理", "思想道德风险", "Ⅱ级", "登记按受理顺序办理,领导干预登记备案。"),
            ("历史遗留问题登记处置不经集体研究", "制度机制风险", "Ⅰ级", "历史遗留问题逐件报局党组会研究。"),
        ]),
        ("分管矿产资源管理", [
            ("矿业权出让中向特定企业透露信息", "外部环境风险", "Ⅰ级", "矿业权一律网上公开出让,全程留痕。"),
        ]),
    ]  # fmt: skip
    n = 0
    for area, items in areas:
        start = len(sh.rows)
        for k, (point, kind, level, measures) in enumerate(items):
            n += 1
            sh.add(str(n), area if k == 0 else None, point, kind, level, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN[level])
        if len(items) > 1:
            sh.merge(start, 1, len(sh.rows) - 1, 1)
    for k in range(n + 1, 9):  # the printed 序号 of the unused rows
        sh.add(str(k), "", "", "", "", "")
    _line(sh, "“三重一大”方面")
    point = "参与局党组集体决策时不充分发表意见,附和个人意见"
    sh.add("1", "重大事项决策", point, "制度机制风险", "Ⅱ级", "会前充分调研,表决时逐一表态并记录。")
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 2)
    sh.add("2", "", BLANK_TAIL, "", "", "")
    for k in (3, 4):
        sh.add(str(k), "", "", "", "", "")
    _leader_reviews(sh)
    _line(sh, NOTE_MIDDLE)
    return _layout(
        "zrj_deputy_numbered_blanks", "http://www.ptcdi.gov.cn/xxgk/xcgz/202508/t20250808_2010140.htm",
        "县自然资源局 副局长's 附件2 after the source's 市自然资源局党组 巡察整改情况 (局党组, 班子成员“一岗双责”, "
        "分管领域): 姓名/职务/岗位风险等级 row, 序号/分管工作 (merged per area)/风险点/风险类型/风险级别/防控措施; "
        "the unused template rows keep their printed 序号 ``6``–``8`` and nothing else; in the “三重一大”方面 "
        "section one point, then ``2`` with ``以下空白`` in 风险点, then ``3``/``4`` empty; two review boxes, 注",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县 XX镇


def town_mayor_leader_renumbered() -> dict:
    unit = "XX县XX镇人民政府"
    who, post = "邹建民", "党委副书记、镇长"
    sh = _Sheet(who, [6, 20, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A")
    sh.add(*LEADER_HEAD)
    rows = [
        ("主持镇政府全面工作", "重点项目推进中干预工程发包,指定施工队伍", "外部环境风险、岗位职责风险", "一级",
         "工程发包按规定进入交易平台,领导干预登记报告。"),
        ("分管征地拆迁和棚户区改造", "征地拆迁补偿标准执行不一,优亲厚友多补多占", "岗位职责风险", "一级",
         "补偿方案和补偿结果张榜公示,纪委全程监督。"),
        ("分管征地拆迁和棚户区改造", "安置房源分配不公开", "制度机制风险", "二级", "安置房源公开摇号分配。"),
        ("分管财政工作", "财政资金拨付审批随意,先支后批", "制度机制风险", "一级", "资金拨付实行联签,先审批后支付。"),
        ("分管农网改造和产业基地建设协调", "项目协调中接受企业宴请、礼品", "思想道德风险", "二级",
         "与企业交往守住底线,收受礼品一律登记上交。"),
    ]  # fmt: skip
    n = 0
    for area, point, kind, level, measures in rows:  # 分管工作 typed on every row, not merged
        n += 1
        sh.add(str(n), area, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
    _line(sh, "“三重一大”方面")
    point = "大额资金使用个人说了算,未经党政联席会议研究"
    sh.add(
        str(n + 1),
        "大额资金使用",
        point,
        "制度机制风险",
        "一级",
        "大额资金使用提交党政联席会议集体研究。",
    )
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _leader_reviews(sh)
    _line(sh, NOTE_MIDDLE)
    return _layout(
        "town_mayor_leader_renumbered", "https://gcs66.com/document_detail/42099.html",
        "镇 镇长's 附件2 after the source's 镇政府工作报告 (重点项目, 棚改房屋拆除, 征地, 农网改造, 产业基地, 财政"
        "收入): 职务 ``党委副书记、镇长``; the 分管工作 typed on EVERY row (two rows of one area, not merged); the "
        "“三重一大”方面 row numbered on (``6``, not ``1``); levels typed 一级/二级; the unused rows deleted; "
        "review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def town_caizheng_middle_head_post() -> dict:
    unit = "XX县XX镇人民政府"
    dept, head, post = "财政所", "蓝建峰", "所长"
    sh = _Sheet(dept, [22, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", f"{head}（{post}）", "岗位风险等级", "A级")
    sh.add(*HEAD)
    rows = [
        ("负责乡镇预决算编制和执行", "预算编制、调整", "预算追加调整不经党政联席会议研究", "制度机制风险", "Ⅰ级",
         "预算调整方案报党政联席会议审议,结果公开。"),
        ("负责非税收入管理", "", "非税收入不及时缴库,坐收坐支", "岗位职责风险", "Ⅰ级",
         "非税收入全部通过非税系统收缴,每月对账。"),
        ("负责惠农补助资金发放", "名单审核、一卡通发放", "补助对象审核把关不严,虚报冒领", "岗位职责风险", "Ⅰ级",
         "补助名单村组公示七天,资金一卡通直达农户。"),
        ("负责一事一议财政奖补项目", "", "项目验收不实,提前拨付奖补资金", "业务流程风险", "Ⅱ级",
         "验收邀请村民代表参加,按验收结果拨付。"),
        ("负责镇属国有资产管理", "资产处置", "资产处置不评估、不公开", "制度机制风险", "Ⅱ级",
         "资产处置评估后公开处置,报县财政局备案。"),
    ]  # fmt: skip
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, head, "middle", point, types_in(kind), ROMAN[level])
    _reviews(sh)
    _line(sh, NOTE_MIDDLE)
    return _layout(
        "town_caizheng_middle_head_post", "http://m.handmsg.com/page/2023/0928/22607430.shtml",
        "镇 财政所's 附件3 (tab 财政所) after the source's 乡镇财政管理 (预(决)算, 非税收入, 一事一议财政奖补, 补助性"
        "资金, 国有资产): 科室/负责人/岗位风险等级 row with the 负责人 cell ``蓝建峰（所长）`` and grade ``A级``; "
        "official headings, a duty per row, 工作流程 left blank on two rows; Ⅰ级/Ⅱ级; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def town_accountant_selfcheck() -> dict:
    unit = "XX县XX镇人民政府"
    who, dept, post = "雷晓燕", "财政所", "会计"
    sh = _Sheet("自查表", [6, 32, 12, 9, 20, 20])
    t = _Truth(unit)
    _line(sh, "XX县XX镇干部职工个人岗位廉政风险自查表")
    sh.add("填报单位", unit, None, None, "填报时间", "2024年5月10日")
    sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
    sh.add("姓名", who, "性别", "女", "政治面貌", "中共党员")
    sh.add("所在站所", dept, "职务(岗位)", post, "岗位风险等级", "二级")
    r = sh.add("岗位主要职责", "负责镇本级及所属单位会计核算,编制会计报表;审核原始凭证;登记惠农补贴资金发放台账。",
               None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 5)
    r = sh.add("序号", "查找的风险点", "风险类别", "风险等级", "防控措施", None)
    sh.merge(r, 4, r, 5)
    rows = [
        ("审核原始凭证不严,白条、不合规票据入账", "岗位职责", "高", "坚持“见票审核”,不合规票据一律退回。"),
        ("惠农补贴发放台账与实际发放不符,虚报冒领", "制度机制", "高", "台账与银行发放清单逐笔核对,张榜公示。"),
        ("利用做账之便为亲友报销不合规费用", "思想道德", "中", "报销经所长审核、分管领导审批。"),
        ("会计档案保管不善,随意借阅", "制度机制", "低", "会计档案专柜存放,借阅登记。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        r = sh.add(n, point, kind, level, measures, None)
        sh.merge(r, 4, r, 5)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    r = sh.add("本人承诺:以上风险点系本人对照岗位职责认真查找,本人将严格落实防控措施,自觉接受组织和群众监督。",
               *([None] * 5))  # fmt: skip
    sh.merge(r, 0, r, 5)
    sh.add("本人签字:", who, None, "站所负责人意见:", "同意。蓝建峰", None)
    sh.add("镇纪委审核意见:", None, None, None, DATE, None)
    return _layout(
        "town_accountant_selfcheck", "http://www.chinaetax.com.cn/articles_18763_7.shtml",
        "镇 财政所 会计's 干部职工个人岗位廉政风险自查表 (the 镇's own form, tab 自查表) after the source's 基层财政"
        "廉政风险防控机制 (石井镇 走访调研, 财政支农资金, 惠民政策 阳光操作, 乡村财政财务管理): 填报单位/填报时间 line; "
        "姓名/性别/政治面貌 and 所在站所/职务(岗位)/岗位风险等级 ``二级`` rows; a 岗位主要职责 paragraph merged; "
        "序号/查找的风险点/风险类别 (types without 风险)/风险等级 高/中/低/防控措施 merged over two columns; an 本人"
        "承诺 line, 本人签字 (the holder) and 站所负责人意见 ``同意。蓝建峰`` and 镇纪委审核 lines",
        [sh], t,
    )  # fmt: skip


def town_agent_card_watcher() -> dict:
    unit = "XX县XX镇人民政府"
    who, dept, post = "史丽君", "农村三资代理服务中心", "代理会计"
    watcher = "郑海林"
    sh = _Sheet("防控卡", [6, 34, 9, 18, 18, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡")
    sh.add("持卡人", who, "所在部门", dept, "岗位", post)
    r = sh.add("岗位职责", "受托代理辖区12个村集体经济组织的会计核算和资金收付,审核村报账员报送的原始凭证,按季度"
               "公开村级财务。", None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 5)
    r = sh.add("序号", "风险点", "风险等级", "防控措施", None, "监督责任人")
    sh.merge(r, 3, r, 4)
    rows = [
        ("审核村报账员凭证不严,涂改凭证、虚构发放对象套取资金", "一级", "凭证逐笔审核,发放对象与花名册比对。"),
        ("村集体土地补偿费发放不按公示名单、面积核对", "一级", "补偿费发放前核对公示名单和丈量面积。"),
        ("村级票据领用、核销登记不全,票据流失", "二级", "票据领销登记,按月核销。"),
        ("村级财务公开不及时、不完整", "三级", "每季度首月公开,镇纪委抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, level, measures) in enumerate(rows, 1):
        r = sh.add(n, point, level, measures, None, watcher if n == 1 else None)
        sh.merge(r, 3, r, 4)
        t.point(sh.name, dept, post, who, "general", point, [], ORDINAL[level])
    sh.merge(first, 5, len(sh.rows) - 1, 5)
    sh.add()
    sh.add("持卡人签字:", None, "监督责任人签字:", None, "镇纪委(盖章)", None)
    return _layout(
        "town_agent_card_watcher", "http://journal.crnews.net/nccwhj/2016n/dbq/913992_20160804022810.html",
        "镇 农村三资代理服务中心 代理会计's 岗位廉政风险防控卡 (tab 防控卡) after the source's piece on a 村报账员's "
        "套取 (村账乡管, 涂改凭证、虚构发放对象、虚增征地面积, 票据领销, 乡镇会计代理中心): title with the unit, "
        "持卡人/所在部门/岗位 row, a 岗位职责 paragraph, 序号/风险点/风险等级 一级/二级/三级/防控措施 (merged over two "
        "columns)/监督责任人 (the 中心主任's name merged down: a watcher); 持卡人/监督责任人签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县公安局 派出所


def police_copies_unrenamed() -> dict:
    unit = "XX县公安局河西派出所"
    t = _Truth(unit)
    people = [
        ("附件4", "龙海涛", "社区警务队", "社区民警", "B", [
            ("负责实有人口管理", "暂住人口登记", "为不符合条件人员违规办理居住登记", "岗位职责风险", "Ⅱ级",
             "居住登记材料所领导审核,系统留痕。"),
            (None, "信息采集", "违规查询、泄露居民个人信息", "制度机制风险", "Ⅰ级", "查询权限分级,查询日志每月抽查。"),
            ("负责矛盾纠纷调解", "纠纷调处", "调解中偏袒一方,收受当事人财物", "思想道德风险", "Ⅱ级",
             "调解在调解室进行,全程录音录像。"),
        ]),
        ("附件4 (2)", "孙晓辉", "社区警务队", "社区民警", "B", [
            ("负责辖区安全防范检查", "九小场所检查", "对存在隐患的场所检查走过场,收受好处", "外部环境风险",
             "Ⅱ级", "检查两人以上,检查记录双签字。"),
            ("负责社情民意收集", "入户走访", "走访记录弄虚作假", "岗位职责风险", "Ⅲ级", "走访记录所领导随机回访核对。"),
            ("负责辖区治安秩序维护", "治安问题处置", "对辖区黄赌问题通风报信", "思想道德风险", "Ⅰ级",
             "查处行动统一指挥,行动前集中收缴通讯工具。"),
        ]),
        ("附件4 (3)", "姚雪梅", "综合指挥室", "内勤", "C", [
            ("负责接处警登记", "警情录入", "警情录入不全,压案不报", "岗位职责风险", "Ⅱ级", "警情与110系统每日比对。"),
            ("负责档案和印章管理", "用印登记", "违规使用公章出具证明", "制度机制风险", "Ⅰ级", "先审批后用印,用印逐项登记。"),
            (None, "档案借阅", "违规借阅、复印户籍和案件档案", "制度机制风险", "Ⅲ级", "档案借阅审批登记,定期清查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for (
        tab,
        who,
        dept,
        post,
        grade,
        rows,
    ) in people:  # WPS copies of the first sheet, tabs never renamed
        sh = _Sheet(tab, [22, 16, 32, 14, 8, 30])
        _top(sh, "附件4", "general", unit)
        sh.add("姓名", who, "所在科室及职务", f"{dept} {post}", "岗位风险等级", grade)
        sh.add(*HEAD)
        _general_rows(sh, t, rows, who, dept, post, ROMAN)
        _reviews(sh)
        _line(sh, NOTE_GENERAL)
        sheets.append(sh)
    return _layout(
        "police_copies_unrenamed", "https://m.happymerchs.com/gaj/zwgk/zcfg/fg/10141232.shtml",
        "县公安局 派出所 workbook after the source's 社区警务工作规范 (社区民警: 管理实有人口、掌握社情民意、组织安全"
        "防范、维护社区秩序; “两队一室”): three people's 附件4 on WPS copies of the first sheet, tabs never renamed "
        "— ``附件4``, ``附件4 (2)``, ``附件4 (3)`` — each with its own 附件4/title/单位 lines, 姓名/所在科室及职务 "
        "(``社区警务队 社区民警``, ``综合指挥室 内勤``)/岗位风险等级 row, official headings, 岗位职责 merged, Ⅰ级…Ⅲ级, "
        "review boxes and 注",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 区审计局


def audit_latin_levels_no_flow() -> dict:
    unit = "XX区审计局"
    who, dept, post = "闫立新", "财政金融审计科", "科员"
    sh = _Sheet("Sheet1", [22, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件4", "general", unit)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "B")
    sh.add(*HEAD)
    rows = [
        ("负责审计现场取证", None, "取证不充分,审计证据与事实不符", "岗位职责", "II级",
         "取证单经被审计单位签字确认,主审复核。"),
        (None, None, "现场审计期间接受被审计单位宴请、礼品", "思想道德", "I级", "签订审计廉政承诺,发放廉政监督卡。"),
        ("负责审计工作底稿和报告初稿编写", None, "对发现的问题隐瞒不报或避重就轻", "岗位职责", "I级",
         "底稿实行主审、科长、法规科三级复核。"),
        ("参与审计整改跟踪检查", None, "整改检查走过场,虚报整改结果", "业务流程", "II级", "整改结果实地核实,销号管理。"),
        ("负责审计资料归档", None, "审计档案归档不及时,资料缺失", "制度机制", "III级", "项目结束一月内归档,年底检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), LATIN[level])
    _merge_down(
        sh, first, first + 1, 0
    )  # the first duty over its two rows only: 工作流程 stays blank
    _reviews(sh)
    _line(sh, NOTE_GENERAL)
    return _layout(
        "audit_latin_levels_no_flow", "https://m.bidcenter.com.cn/news-32-131992220.html",
        "区审计局 审计员's 附件4 on a retyped copy (tab ``Sheet1``, empty ``Sheet2``/``Sheet3`` kept) after the "
        "source's 审计局 年度综合考核办法 (审计项目 取证有据可依、报告准确详实、档案资料完备且归档及时, 文明廉洁审计, "
        "被审计单位反馈): 工作流程 left blank on EVERY row; levels typed with Latin letters ``I级``/``II级``/"
        "``III级``; types typed without 风险 (``岗位职责``, ``业务流程``); review boxes unfilled, 注",
        [sh, _Sheet("Sheet2"), _Sheet("Sheet3")], t,
    )  # fmt: skip


def audit_cashier_slash_reviews() -> dict:
    unit = "XX区审计局"
    who, dept, post = "庞雅琴", "办公室", "出纳"
    sh = _Sheet(who, [22, 16, 32, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件4", "general", unit)
    sh.add("姓名", who, "所在科室及职务", f"{dept}/{post}", "岗位风险等级", "A")
    sh.add(*HEAD)
    rows = [
        ("负责现金收付和保管", "现金收支", "库存现金超限额,“白条”抵库", "制度机制风险", "Ⅱ级",
         "库存现金不超限额,每月由办公室主任盘点。"),
        (None, "现金借支", "随意借支、挪用公款", "思想道德风险", "Ⅰ级", "借支须有审批单,出纳不得自批自借。"),
        ("负责银行结算", "支票签发", "空白支票与财务印鉴未分开保管", "制度机制风险", "Ⅰ级",
         "支票与印鉴分人保管,签发支票逐笔登记。"),
        ("负责现金和银行日记账登记", "对账", "只核对余额不核对发生额,差错长期挂账", "岗位职责风险", "Ⅲ级",
         "每月编制银行存款余额调节表,会计复核。"),
    ]  # fmt: skip
    _general_rows(sh, t, rows, who, dept, post, ROMAN)
    _reviews(sh, [("情况属实,同意。马国庆", "2024年6月14日"), ("同意。", "2024年6月17日"),
                  ("已审核。", "2024年6月21日")])  # fmt: skip
    _line(sh, NOTE_GENERAL)
    sh.add("填表人:", who, None, None, "填表日期:", "2024年6月12日")
    return _layout(
        "audit_cashier_slash_reviews", "http://taximeter.com.cn/147208606239165016165.html",
        "区审计局 办公室 出纳's 附件4 (tab = name) after the source's 出纳的岗位职责风险 (库存现金超限额, “白条”抵库, "
        "随意借支、非法挪用现金, 银行支票与印鉴未分开保管, 对账只核对余额): 所在科室及职务 ``办公室/出纳`` with a "
        "slash; official headings, 岗位职责 merged, Ⅰ级…Ⅲ级; all three review boxes filled (``情况属实,同意。"
        "马国庆``, ``同意。``, ``已审核。`` and dates); 注, then a 填表人/填表日期 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chengguan_copied_sheets(),
    zrj_patrol_blank_rows(),
    zrj_deputy_numbered_blanks(),
    town_mayor_leader_renumbered(),
    town_caizheng_middle_head_post(),
    town_accountant_selfcheck(),
    town_agent_card_watcher(),
    police_copies_unrenamed(),
    audit_latin_levels_no_flow(),
    audit_cashier_slash_reviews(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b40_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch40-inbox"))

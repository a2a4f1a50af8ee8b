"""A sixty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as the
staff of three county bodies no earlier batch drew on (a 县房屋管理处 with its 物业科; a 新疆 county's
托万克乡人民政府 with its 综合行政执法队 and 畜牧兽医站; a 县青少年业余体育学校 with its 训练科 and
办公室) hand back the 附件2 领导岗位 / 附件3 中层岗位 / 附件4 一般岗位廉政风险识别和防控表
(``workbook_templates/forms.toml``) or their own office's 防控卡 / 承诺书: three files per unit, two
workbooks with a sheet per person, ordinary filling habits. Eight are EVERYDAY:

- the 房屋管理处's acting head's 附件2: 职务 ``副处长（主持工作）`` (who runs the 处 without the full
  post), two 分管工作 groups merged, and every level typed with its meaning in brackets the way the
  notice explained it (``Ⅰ级（高）``, ``Ⅱ级（中）``, ``Ⅲ级（低）``), the “三重一大”方面 row numbered on;
- the 处's 物业科 附件3 by its 科长, whose 科室 field carries the unit in front
  (``XX县房屋管理处物业科``), 工作流程 filled, types without 风险, 高/中/低, the first review box signed
  with a real date cell;
- the 物业科's workbook of two 附件4 on tabs named for the person, 所在科室及职务 run together
  (``物业科维修资金核算员``), types …风险, 高/中/低;
- the 乡's 副乡长's 附件2 whose holder has a Uyghur name written with the middle dot
  (``艾尼瓦尔·吾斯曼``), 一级/二级/三级, two 分管工作 groups and a “三重一大” row;
- the 乡's 综合行政执法队 workbook of two 岗位廉政风险防控卡, tabs named for the person (one of them a
  dotted name, ``古丽米拉·阿不都``): 持卡人/所在单位 and 所在科室/职务/岗位风险等级 rows, a trailing
  ``监督人`` column naming the 队长 (merged down), an unsigned foot line;
- the 乡's 畜牧兽医站 附件3 by its 站长: types written ``…类`` (``岗位职责类``), ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``,
  two unfilled template rows left above the review boxes;
- the 体校's 办公室 会计's 附件4 on ``Sheet1`` (``Sheet2``/``Sheet3`` left empty): 风险点 cells broken
  with Alt+Enter in mid-sentence, two types in one cell joined by a slash (``岗位职责/业务流程``),
  ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``;
- the 体校's 训练科 附件3 by its 科长 with a second field row under the template's one: ``联系电话`` typed
  as a NUMBER and ``填表日期`` as a real date cell.

One is harder:

- ``sports_coach_pledge_name_in_sentence``: the 体校 田径教练员's 岗位廉政风险防控承诺书 with NO 姓名
  field (``所在科室 | 训练科 | 岗位 | 田径教练员``): the holder is named only in the opening sentence
  merged across the page (``本人樊志鹏,在训练科田径教练员岗位上,……郑重承诺:``), and the
  ``承诺人(签字):`` foot line is left unsigned; 序号/廉政风险点/风险等级/防控措施, no type column.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (烂尾楼 behind which lay 违规审批 and 监管不力, a 县房屋管理处 物业科科长 who
had 物业专项维修资金 paid into his own account, how 维修基金 gets 挪用, a 区's 草原生态保护补助奖励 plan
for its 乡镇 and 牧户, the set-up and work of a 乡镇综合执法大队, the 乡镇 动物防疫 system of a 新疆
地区 and its 村级防疫员, a 市体校's 试训 of young athletes with their 补贴 and 食宿, a paper on 资助 for
少体校 students, a 一级运动员 title revoked for a 冠军赛 the holder never played) and the layout follows
their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch66`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b66_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own 防控卡 / 承诺书 follows the post (执法队员, 内勤, 田径教练员 general);
- ``副处长（主持工作）`` is the post 副处长: the bracket says who runs the 处, no part of the post;
- ``Ⅰ级（高）`` is Ⅰ级 (the bracket repeats the level in words); ``…类`` types are the type;
- a 科室 field ``XX县房屋管理处物业科`` names the 科室 物业科 of the unit XX县房屋管理处;
- a name written with the middle dot (``艾尼瓦尔·吾斯曼``) is the whole name, dot and all;
- two types joined by ``/`` are both types, in order; a 风险点 broken over lines is one point;
- ``本人樊志鹏,…`` opening a 承诺书 without a 姓名 field names its holder;
- a ``监督人`` column naming the 队长 watches the card, it holds none;
- ``联系电话`` and ``填表日期`` fields name nothing; empty template rows and empty tabs are no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: real date cells)
and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b66_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
PAIRED = {"Ⅰ级（高）": 1, "Ⅱ级（中）": 2, "Ⅲ级（低）": 3}
DATE = "年  月  日"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
CARD_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施", "监督人")
PLEDGE_HEAD = ("序号", "廉政风险点", "风险等级", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
LEADER_REVIEWS = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE_COUNTY = "注:此表一式三份,于6月底前报县纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报县纪委及所在派驻纪检组、监察室。"
TITLE = {"leader": "领导岗位廉政风险识别和防控表", "middle": "中层岗位廉政风险识别和防控表",
         "general": "一般岗位廉政风险识别和防控表"}  # fmt: skip
HOUSING = "XX县房屋管理处"
TOWNSHIP = "XX县托万克乡人民政府"
SPORTS = "XX县青少年业余体育学校"


def _line(sh: _Sheet, text: str, ncols: int = 6) -> int:
    """A row of one text merged across the form."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _top(sh: _Sheet, annex: str, tier: str, unit: str) -> None:
    sh.add(annex)
    _line(sh, TITLE[tier])
    _line(sh, f"单位(盖章):{unit}")


def _reviews(sh: _Sheet, filled=()) -> None:
    """The review boxes: label, opinion merged B:E, date; ``filled`` gives (opinion, date) pairs."""
    filled = list(filled) + [(None, DATE)] * (len(REVIEWS) - len(filled))
    for label, (opinion, date) in zip(REVIEWS, filled, strict=True):
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


def _official_rows(sh, t, rows, who, dept, post, tier, levels) -> None:
    """附件3/附件4 rows (岗位职责 None under a duty = the duty goes on, merged)."""
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(kind), levels[level])
    _merge_down(sh, first, len(sh.rows) - 1, 0)


def _leader_groups(sh, t, groups, who, post, levels) -> int:
    """附件2 rows: 分管工作 merged over each group, numbered on; returns the last number."""
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


def sports_coach_pledge_name_in_sentence() -> dict:
    unit = SPORTS
    who, dept, post = "樊志鹏", "训练科", "田径教练员"
    sh = _Sheet("承诺书", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控承诺书", 4)
    sh.add("所在科室", dept, "岗位", post)
    _line(
        sh,
        f"本人{who},在{dept}{post}岗位上,对照岗位职责查找出以下廉政风险点,"
        "并郑重承诺严格落实各项防控措施,自觉接受学校和学生家长的监督:",
        4,
    )
    sh.add(*PLEDGE_HEAD)
    rows = [
        ("试训队员选拔时收受家长财物,降低选材标准", "高", "试训选材按测试成绩排序,入选名单在校内公示五天。"),
        ("虚报训练人数和集中训练天数,多领训练伙食补助", "高", "训练考勤每日拍照上传,补助按考勤表核发。"),
        ("比赛报名中弄虚作假,冒名顶替或虚报年龄", "中", "报名材料经训练科复核,骨龄检测结果存档备查。"),
        ("向队员和家长推销运动装备、营养品从中获利", "低", "不向队员及家长推销任何商品,有请托如实报告。"),
    ]  # fmt: skip
    for n, (point, level, measures) in enumerate(rows, 1):
        sh.add(n, point, level, measures)
        t.point(sh.name, dept, post, who, "general", point, [], HML[level])
    sh.add()
    _line(sh, "如有违反,本人自愿接受组织处理。", 4)
    sh.add("承诺人(签字):", None, "日期:", DATE)
    return _layout(
        "sports_coach_pledge_name_in_sentence", "http://m.bkw8.com/content/2014-04/13/content_138124.htm",
        "(harder) 县青少年业余体育学校 训练科 田径教练员's 岗位廉政风险防控承诺书 (tab 承诺书) after the source's 市体校 "
        "训练基地 (体育苗子选拔, 三个月试训, 考核合格方可入选, 分类补贴, 训练、食宿集中): NO 姓名 field — only "
        "``所在科室 | 训练科 | 岗位 | 田径教练员`` under the title; the holder named ONLY in the opening sentence "
        "merged across the page (``本人樊志鹏,在训练科田径教练员岗位上,……郑重承诺……:``); 序号/廉政风险点/风险等级 "
        "高/中/低/防控措施, no type column; a ``如有违反`` line and an UNSIGNED ``承诺人(签字): | | 日期: | 年 月 日`` line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县房屋管理处


def housing_acting_head_paired_levels() -> dict:
    unit = HOUSING
    who, post = "龙振华", "副处长"
    sh = _Sheet("附件2", [6, 18, 36, 16, 11, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", f"{post}（主持工作）", "岗位风险等级", "Ⅰ级（高）")
    sh.add(*LEADER_HEAD)
    groups = [
        ("主持处全面工作\n分管办公室、财务室", [
            ("处务会研究事项会前个人定调,集体决策流于形式", "制度机制风险", "Ⅰ级（高）",
             "重大事项提前发放议题,处务会逐人发表意见并记录在案。"),
            ("大额资金支出不经处务会研究即签批", "制度机制风险", "Ⅰ级（高）",
             "五万元以上支出一律上会研究,财务室凭会议纪要支付。"),
            ("干部选用、评优推荐中优亲厚友", "思想道德风险", "Ⅱ级（中）", "推荐人选经民主测评,结果在处内公示。"),
        ]),
        ("分管产权交易科、物业科", [
            ("为开发企业打招呼,对预售资金超进度拨付签字同意", "岗位职责风险", "Ⅰ级（高）",
             "预售资金拨付以监理进度报告为据,经办、复核、分管领导三级签批。"),
            ("对物业科维修资金归集使用监管失察", "岗位职责风险", "Ⅱ级（中）",
             "每季度听取维修资金专户对账情况,年终委托审计。"),
            ("接受房地产开发企业宴请、礼品", "外部环境风险", "Ⅲ级（低）", "与开发企业只在办公场所公务往来,礼品拒收登记。"),
        ]),
    ]  # fmt: skip
    n = _leader_groups(sh, t, groups, who, post, PAIRED)
    _line(sh, "“三重一大”方面")
    point = "老旧小区改造项目安排未经集体研究"
    sh.add(n + 1, "重大项目安排", point, "制度机制风险", "Ⅰ级（高）",
           "项目安排经处务会研究后报县住建局审定,结果公开。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "housing_acting_head_paired_levels", "https://qinfeng.gov.cn/info/1022/187518.htm",
        "县房屋管理处 acting head's 附件2 (tab ``附件2``) after the source's account of 烂尾楼 and the 违规审批、监管不力、"
        "权钱交易 behind them (开发商资金链断裂, 预售, 责任部门履职): 姓名/职务 ``副处长（主持工作）``/岗位风险等级 "
        "``Ⅰ级（高）``; 分管工作 merged over each of two groups (the first one cell of two lines), every level typed "
        "with its meaning in brackets ``Ⅰ级（高）``/``Ⅱ级（中）``/``Ⅲ级（低）``, types …风险; a “三重一大”方面 line over "
        "one row numbered on (7); review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def housing_property_head_unit_in_dept() -> dict:
    unit = HOUSING
    who, dept = "向春林", "物业科"
    sh = _Sheet("附件3", [22, 12, 34, 12, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", f"{unit}{dept}", "负责人", who, "岗位风险等级", "高")
    sh.add(*HEAD)
    rows = [
        ("负责物业专项维修资金归集", "收取", "让交存单位把维修资金转入个人账户或非专户账户", "岗位职责", "高",
         "维修资金一律通过银行专户缴存,科室不收现金、不开手写收据。"),
        (None, "开票", "开具的专用票据与实际到账金额不符", "制度机制", "高",
         "专用票据由财务室统一领用核销,每月与银行到账逐笔核对。"),
        ("负责维修资金使用审核", "申请审核", "对业主表决结果和维修预算审核不严", "业务流程", "中",
         "使用申请须附业主签字表决和预算审核意见,科务会集体审核。"),
        (None, "现场核查", "接受物业企业、施工单位请托,核查走过场", "外部环境", "中",
         "现场核查两人以上,拍照留档并邀请业主代表参加。"),
        ("负责物业企业监督考核", "考核评分", "物业企业考核打分优亲厚友", "思想道德", "低",
         "考核细则公开,考核结果在小区公示栏公示。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", HML)
    _reviews(sh, [("同意。", datetime(2024, 6, 14))])
    _line(sh, NOTE_COUNTY)
    return _layout(
        "housing_property_head_unit_in_dept", "http://m.fang85.com/cunwei/127226.html",
        "县房屋管理处 物业科 附件3 (tab ``附件3``) by its 科长 after the source's account of a 县房屋管理处 物业科科长 who "
        "had a developer pay the 物业专项维修资金 into his own account and wrote out 专用收据 for it: the 科室 field "
        "typed with the unit in front (``XX县房屋管理处物业科``), 负责人/岗位风险等级 ``高``; 岗位职责 merged, 工作流程 "
        "filled, types without 风险, 高/中/低; the first review box ``同意。`` with a REAL date cell, the others empty; 注",
        [sh], t,
    )  # fmt: skip


def housing_property_staff_tabs() -> dict:
    unit = HOUSING
    dept = "物业科"
    t = _Truth(unit)
    people = [
        ("黎小燕", "维修资金核算员", [
            ("负责维修资金分户账核算", "分户记账", "分户账记录不全,业主交存、使用金额对不上", "岗位职责风险", "中",
             "分户账按月结转,业主可凭房号查询本户余额。"),
            (None, "收益分摊", "增值收益不按规定分摊到户", "制度机制风险", "低",
             "增值收益分摊方案经科务会审核后公示。"),
            ("负责维修资金划拨", "划拨支付", "未见审核意见即向施工单位划款", "业务流程风险", "高",
             "划拨凭科长、分管领导签批的使用审核表办理,网银双人操作。"),
        ]),
        ("覃海波", "物业监管员", [
            ("负责物业服务项目日常巡查", "巡查", "发现物业企业挪用公共收益不报告", "岗位职责风险", "中",
             "巡查记录上传监管平台,科长每月抽查。"),
            (None, "投诉处理", "对业主投诉推诿拖延,偏袒物业企业", "外部环境风险", "中", "投诉登记编号,限时办结并回访。"),
            ("负责业主大会成立指导", "筹备指导", "在业主委员会选举中暗中操纵人选", "思想道德风险", "高",
             "选举全过程由街道、社区共同监督,结果公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, rows in people:
        sh = _Sheet(who, [22, 12, 34, 14, 8, 32])
        _top(sh, "附件4", "general", unit)
        sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "中")
        sh.add(*HEAD)
        _official_rows(sh, t, rows, who, dept, post, "general", HML)
        _reviews(sh)
        _line(sh, NOTE_GENERAL)
        sheets.append(sh)
    return _layout(
        "housing_property_staff_tabs", "https://www.3425.com.cn/114535.html",
        "县房屋管理处 物业科 workbook of two 附件4 after the source's piece on 物业维修基金 被挪用 (房产行政主管部门代管, "
        "银行专户, 业主所有, 共有部位大中修, 公共收益, 业主委员会): one sheet per person, tabs named for the person "
        "(``黎小燕``, ``覃海波``); 所在科室及职务 run together (``物业科维修资金核算员``, ``物业科物业监管员``); 岗位职责 "
        "merged, 工作流程 filled, types …风险, 高/中/低; review boxes empty, 注",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 托万克乡人民政府


def township_deputy_dotted_name() -> dict:
    unit = TOWNSHIP
    who, post = "艾尼瓦尔·吾斯曼", "副乡长"
    sh = _Sheet("附件2", [6, 18, 36, 16, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("分管农业、草原和畜牧兽医站", [
            ("草原补奖面积和牧户底数核实不严,为非牧户、公职人员亲属登记享受补奖", "岗位职责风险", "一级",
             "补奖底册经村、乡两级公示,与公职人员信息比对。"),
            ("禁牧和草畜平衡检查走过场,补奖资金照发", "制度机制风险", "二级",
             "补奖资金发放与履责检查结果挂钩,检查记录存档。"),
            ("草原管护员选聘中优亲厚友", "思想道德风险", "二级", "管护员公开选聘,名单在村务公开栏公示。"),
        ]),
        ("分管综合行政执法队", [
            ("对违法建设案件打招呼、说情,降低处罚", "外部环境风险", "一级", "案件处理经乡集体审议,领导干预登记报告。"),
            ("罚没物品处置不经集体研究", "业务流程风险", "三级", "罚没物品登记入库,处置结果公示。"),
        ]),
    ]  # fmt: skip
    n = _leader_groups(sh, t, groups, who, post, ORDINAL)
    _line(sh, "“三重一大”方面")
    point = "乡级草原建设项目资金安排个人说了算"
    sh.add(
        n + 1,
        "大额资金使用",
        point,
        "制度机制风险",
        "一级",
        "项目资金安排经乡党委会研究,会议纪要存档。",
    )
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "township_deputy_dotted_name",
        "http://gcq.tlf.gov.cn/gcq/c105951/202309/94a6a677d5474edfb4c45280345e8d1f.shtml",
        "新疆 county's 托万克乡 副乡长's 附件2 (tab ``附件2``) after the source's 区 plan for 草原生态保护补助奖励 (补奖政策"
        "落实到牧户, 禁牧, 草畜平衡, 各乡镇人民政府): the holder's Uyghur name written with the MIDDLE DOT "
        "(``艾尼瓦尔·吾斯曼``) in the 姓名 field, 职务 ``副乡长``, 岗位风险等级 ``一级``; 分管工作 merged over each of "
        "two groups, levels 一级/二级/三级, types …风险; a “三重一大”方面 row numbered on; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def township_enforcement_cards_tabs() -> dict:
    unit = TOWNSHIP
    dept, captain = "综合行政执法队", "周国庆"
    t = _Truth(unit)
    people = [
        ("古丽米拉·阿不都", "执法队员", "中", [
            ("现场检查前向检查对象通风报信", "岗位职责", "高", "检查任务出发前分派,执法记录仪全程记录。"),
            ("调查取证不全,选择性执法", "业务流程", "中", "取证清单化,案件经法制审核员审核。"),
            ("收受当事人财物,减免罚款", "思想道德", "高", "罚款统一缴入财政专户,执法人员不收现金。"),
        ]),
        ("贺建军", "内勤", "低", [
            ("案卷归档不及时,随意抽换案卷材料", "制度机制", "中", "案卷结案后十日内归档,借阅登记。"),
            ("暂扣物品登记不全,私自处理", "岗位职责", "高", "暂扣物品当场开具清单,入库双人签字。"),
            ("泄露举报人信息", "外部环境", "低", "举报件专人登记保管,举报人信息保密。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, grade, rows in people:
        sh = _Sheet(who, [6, 36, 10, 9, 34, 9])
        _line(sh, "岗位廉政风险防控卡", 6)
        r = sh.add("持卡人", who, "所在单位", unit, None, None)
        sh.merge(r, 3, r, 5)
        sh.add("所在科室", dept, "职务", post, "岗位风险等级", grade)
        sh.add(*CARD_HEAD)
        first = len(sh.rows)
        for n, (point, kind, level, measures) in enumerate(rows, 1):
            sh.add(n, point, kind, level, measures, captain if n == 1 else None)
            t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
        _merge_down(sh, first, len(sh.rows) - 1, 5)
        sh.add()
        sh.add("持卡人签字:", None, "队长签字:", None, DATE, None)
        sheets.append(sh)
    return _layout(
        "township_enforcement_cards_tabs",
        "https://www.oryoy.com/news/jie-mi-xiang-zhen-zong-he-zhi-fa-da-dui-jia-gou-jie-mi-yu-shi-zhan-jie-xi.html",
        "托万克乡 综合行政执法队 workbook of two 岗位廉政风险防控卡 after the source's account of a 乡镇综合执法大队 (综合执法"
        "办公室 and 执法队, 接到投诉举报, 调查取证, 审查决定, 执行处罚): one sheet per person, tabs named for the person "
        "(``古丽米拉·阿不都`` — a dotted name — and ``贺建军``); ``持卡人 | … | 所在单位 | XX县托万克乡人民政府`` and "
        "``所在科室 | 综合行政执法队 | 职务 | … | 岗位风险等级 | …`` rows; 序号/风险点/风险类型 (without 风险)/风险等级 "
        "高/中/低/防控措施/a trailing ``监督人`` naming the 队长 周国庆, merged down; an unsigned 持卡人签字/队长签字 line",
        sheets, t,
    )  # fmt: skip


def township_vet_station_class_types() -> dict:
    unit = TOWNSHIP
    who, dept = "马占林", "畜牧兽医站"
    sh = _Sheet("附件3", [22, 14, 34, 12, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅱ级")
    sh.add(*HEAD)
    rows = [
        ("负责全乡动物强制免疫", "疫苗领用", "疫苗领用、发放登记不实,倒卖疫苗", "岗位职责类", "Ⅰ级",
         "疫苗出入库台账逐瓶登记,空瓶回收核对。"),
        (None, "防疫员报酬核发", "虚报村级防疫员工作量,套取防疫报酬", "制度机制类", "Ⅱ级",
         "防疫员报酬按免疫档案核定,在村务公开栏公示。"),
        ("负责产地检疫", "检疫出证", "不到现场检疫即出具检疫证明", "业务流程类", "Ⅰ级",
         "检疫出证现场定位拍照,站长每周抽查。"),
        (None, "检疫收费", "超标准收取检疫费用或索要好处", "思想道德类", "Ⅱ级", "检疫收费标准上墙公示,不收现金。"),
        ("负责畜牧兽医社会化服务", "有偿服务", "向养殖户推销指定兽药", "外部环境类", "Ⅲ级",
         "兽药由养殖户自主选购,站内不代售兽药。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", ROMAN)
    sh.add(None, None, None, None, None, None)  # the template's unfilled rows
    sh.add(None, None, None, None, None, None)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "township_vet_station_class_types", "http://m.zgkjsz.com/page/2022/1207/12595508.shtml",
        "托万克乡 畜牧兽医站 附件3 (tab ``附件3``) by its 站长 after the source's paper on the 乡镇 动物防疫 system of a 新疆"
        "地区 (乡镇兽医站, 村级动物防疫员 and their pay, 强制免疫, 检疫, 有偿服务 标准不一): 科室/负责人/岗位风险等级 "
        "``Ⅱ级``; 岗位职责 merged, 工作流程 filled, types written ``…类`` (``岗位职责类``), ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``; two "
        "EMPTY template rows left above the review boxes; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县青少年业余体育学校


def sports_accountant_wrapped_cells() -> dict:
    unit = SPORTS
    who, dept, post = "韦丽娟", "办公室", "会计"
    sh = _Sheet("Sheet1", [22, 12, 30, 18, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件4", "general", unit)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "Ⅱ级")
    sh.add(*HEAD)
    rows = [
        ("负责学生运动员资助资金发放", "名单核对", "资助对象名单与训练\n在册名单不核对,\n重复发放", "岗位职责/业务流程",
         "Ⅰ级", "资助名单由训练科、办公室双方签字确认后发放。"),
        (None, "资金发放", "资助资金以现金形式\n发放,不留签领记录", "制度机制", "Ⅰ级",
         "资助资金一律打卡发放,发放明细存档。"),
        ("负责学校日常经费报销", "票据审核", "报销票据审核不严,\n接受虚开的比赛交通、\n住宿票据", "岗位职责/制度机制",
         "Ⅱ级", "比赛经费凭参赛通知、成绩册报销,票据逐张查验。"),
        ("负责学生食堂伙食账目", "伙食核算", "伙食费收支不入账,\n私设小金库", "思想道德", "Ⅲ级",
         "伙食费纳入学校账户统一核算,每月公布收支。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, post, "general", ROMAN)
    _reviews(sh)
    _line(sh, NOTE_GENERAL)
    return _layout(
        "sports_accountant_wrapped_cells",
        "http://218.28.6.71:81/Qikan/Article/Detail?id=74708489504849564851484956",
        "县青少年业余体育学校 办公室 会计's 附件4 on ``Sheet1`` (``Sheet2``, ``Sheet3`` left EMPTY) after the source's paper "
        "on 资助 for 少体校 students (体校贫困生, 资助途径, 按比赛训练成绩资助或奖励): 所在科室及职务 ``办公室会计``; "
        "风险点 cells broken with Alt+Enter in MID-SENTENCE (``资助对象名单与训练⏎在册名单不核对,⏎重复发放``), two types "
        "in one cell joined by a SLASH (``岗位职责/业务流程``), ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``; review boxes empty, 注",
        [sh, _Sheet("Sheet2"), _Sheet("Sheet3")], t,
    )  # fmt: skip


def sports_training_head_phone_field() -> dict:
    unit = SPORTS
    who, dept = "包志强", "训练科"
    sh = _Sheet("训练科", [22, 14, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅰ级")
    sh.add("联系电话", 13907761234, "填表日期", datetime(2024, 5, 20), None, None)
    sh.add(*HEAD)
    rows = [
        ("负责运动员技术等级称号申报", "材料初审", "为未达标准、未实际出场比赛的队员出具申报材料", "岗位职责风险", "高",
         "申报材料与比赛成绩册、出场名单逐项核对,结果公示。"),
        (None, "公示上报", "对公示期间的举报不核查即上报", "业务流程风险", "中", "举报线索登记,核查结果书面报校长办公会。"),
        ("负责向上级运动队输送队员", "推荐输送", "输送推荐中收受家长好处,优亲厚友", "思想道德风险", "高",
         "输送人选按测试成绩排序,集体研究确定。"),
        ("负责训练器材管理", "器材验收", "训练器材验收不严,以次充好", "制度机制风险", "低",
         "器材采购按学校采购制度比价,验收两人以上。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", HML)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "sports_training_head_phone_field", "http://cyjjw.net/news/jiaoyu/2019-01-13/41949.html",
        "县青少年业余体育学校 训练科 附件3 (tab ``训练科``) by its 科长 after the source's account of a 一级运动员 title "
        "revoked because the holder never played the 冠军赛 it was claimed for (申报材料, 审核、审批, 公示, 高水平运动队"
        "招生): the template's 科室/负责人/岗位风险等级 row, then a SECOND field row ``联系电话 | 13907761234 | 填表日期 | "
        "2024年5月20日`` — the phone typed as a NUMBER, the date a real date cell; 岗位职责 merged, 工作流程 filled, "
        "types …风险, 高/中/低; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    sports_coach_pledge_name_in_sentence(),
    housing_acting_head_paired_levels(),
    housing_property_head_unit_in_dept(),
    housing_property_staff_tabs(),
    township_deputy_dotted_name(),
    township_enforcement_cards_tabs(),
    township_vet_station_class_types(),
    sports_accountant_wrapped_cells(),
    sports_training_head_phone_field(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch66-inbox"))

"""A seventy-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE as staff really fill it — one form
per person, as the staff of three bodies no earlier batch drew on (a 县财政投资评审中心 with its 评审一股
and 评审二股; a 县青杠乡人民政府 with its 林业站, 乡村振兴办 and 综治中心; a 县农产品质量安全检验检测站 with
its 检测室) hand back the 附件2 领导岗位 / 附件3 中层岗位 / 附件4 一般岗位廉政风险识别和防控表
(``workbook_templates/forms.toml``) or their own office's 防控卡 / 自查表 / 登记表: two to four files per unit,
one workbook with a sheet per person, the others one file per person, fields where staff put them,
their own words for levels and types. Eight are EVERYDAY:

- the 评审中心 主任's 附件2: types written the way the notice worded them, ``思想道德方面``, ``制度机制方面``,
  ``岗位职责方面``, ``外部环境方面``; ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``; two 分管工作 groups merged and a “三重一大” row
  numbered on;
- the 评审一股 附件3 by its 股长: every level typed with its grade after it in brackets, ``高（Ⅰ级）``,
  ``中（Ⅱ级）``, ``低（Ⅲ级）`` (the notice's ``高（Ⅰ级）、中（Ⅱ级）、低（Ⅲ级）`` copied), 岗位风险等级 ``A级``,
  a 工作流程 cell saying ``同上``, rows inserted beyond the template's eight (nine in all);
- the 评审二股 workbook of three 附件4 on tabs named for the person — the coordinator named the tabs, and
  the third, the 资料管理员, left her ``姓名`` cell EMPTY (the tab carries her name), the other two filled it;
- the 乡 副乡长's 附件2 whose 职务 carries what he oversees in brackets, ``副乡长（分管林业、乡村振兴）``,
  一级/二级/三级, two 分管工作 groups and a “三重一大” row;
- the 乡 乡村振兴办 专干's own 个人岗位廉政风险自查表, one file, made from a Word form: each 风险等级 cell holds
  the three choices with a box ticked, ``高□　中☑　低□``;
- the 乡 综治中心 网格管理员's 岗位廉政风险登记表, one file: ``工作事项`` merged down, a ``风险程度`` column in
  his own words ``高``/``较高``/``一般`` (never 低), types …风险;
- the 检测站 站长's own 领导干部廉政风险登记表, one file: a ``主要职责:…`` line under the fields, and the
  measures in TWO columns, ``个人防控措施 | 单位防控措施``;
- the 检测站 检测室 检测员's 个人岗位廉政风险防控表 on the 站's own template, whose 风险类型 and 风险等级 cells
  print ``请选择`` (the drop-down's prompt): she filled four rows and left the template's rows 5 and 6 with
  only their 序号 and ``请选择``.

One is harder:

- ``forestry_station_card_two_sides``: the 乡 林业站 站长's 岗位廉政风险防控卡 laid out for printing on
  the two sides of a card, on two tabs ``正面`` and ``背面``: the FRONT holds the title, the fields
  (``持卡人 | 向德贵 | 职务 | 站长 | 岗位风险等级 | 高``, ``所在单位 | … | 所在站所 | 林业站``), a 岗位职责
  paragraph and a 监督电话 line; the BACK holds only a heading line and the table
  (``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``) with a signing line — no name on it.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (how much a 财政评审中心 decides — 预算审核, 结算审定, 选定第三方造价机构,
评审进度; a 区财政局's 三簿三单九表 for 评审 — 现场勘查外派簿, 会商记录簿, 评审资料受审单, 送达回执表; a 区's
评审管理办法 and 操作规程; a 天保护林员 who felled his own village's trees and the 乡林站's 采伐许可证; a 镇
whose 护林员 are chosen by the 乡镇 and set to work by the 林业站; a 乡镇项目办 guarding the 乡村振兴 money;
a 镇综治中心 taking in 矛盾纠纷 at one door; a 县级 农产品质量安全检验检测站 short of staff and 参数; a 县's
检验检测 system of 县 中心 and 乡镇 质检 points) and the layout follows their words. The rows are worded
by us, the names invented.

Run ``python tests/published/score.py --set batch74`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b74_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own form follows the post (the 站长 heading a county 站 a leader with 科室 ""; a 乡's 站长 middle;
  专干, 网格管理员, 检测员 general);
- a 乡's own 林业站, 乡村振兴办 and 综治中心 are 科室 of the 乡 (batches 4, 35, 38, 51, 55, 63, 65, 72);
- ``思想道德方面`` and the like name the type before ``方面``;
- ``高（Ⅰ级）`` is 1, ``中（Ⅱ级）`` 2, ``低（Ⅲ级）`` 3 (the bracket restates the word);
- a level cell ``高□　中☑　低□`` is the ticked word's level;
- a column whose only level words are ``高``/``较高``/``一般`` runs 1/2/3 (the vocabulary agrees);
- ``副乡长（分管林业、乡村振兴）`` is the post 副乡长: the bracket says what he oversees, no part of the
  post and no 科室 of his;
- a sheet whose ``姓名`` cell is empty, on a tab named for a person in a workbook of one sheet per
  person, is that person's;
- a card on two tabs ``正面``/``背面`` is one form: the holder of the front holds the table of the back
  (the truth's ``sheet`` is ``背面``, where the points are);
- a template row holding only its 序号 and ``请选择`` is no point;
- ``个人防控措施`` and ``单位防控措施`` are both measures, no point; a ``主要职责:…`` line is no point;
- ``岗位风险等级`` (``A级``, ``高``) grades the post, never a point; ``同上`` in 工作流程 is no point.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch66 import (
    HEAD,
    LEADER_HEAD,
    NOTE_COUNTY,
    NOTE_GENERAL,
    _leader_groups,
    _leader_reviews,
    _line,
    _official_rows,
    _reviews,
    _top,
)
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b74_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BRACKETED = {"高（Ⅰ级）": 1, "中（Ⅱ级）": 2, "低（Ⅲ级）": 3}
HIGHER = {"高": 1, "较高": 2, "一般": 3}
TICKS = {"高☑　中□　低□": 1, "高□　中☑　低□": 2, "高□　中□　低☑": 3}
PROMPT = "请选择"
CARD_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
SELFCHECK_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
REGISTER_HEAD = ("序号", "工作事项", "风险点", "风险类别", "风险程度", "防控措施")
LEADER_REGISTER_HEAD = ("序号", "风险点", "风险类型", "风险等级", "个人防控措施", "单位防控措施")
REVIEW = "XX县财政投资评审中心"
TOWNSHIP = "XX县青杠乡人民政府"
TESTING = "XX县农产品质量安全检验检测站"


def _tick(word: str) -> str:
    """The Word form's level cell with the box after ``word`` ticked."""
    return next(cell for cell, level in TICKS.items() if level == HML[word])


# --------------------------------------------------------------------------- harder layout


def forestry_station_card_two_sides() -> dict:
    unit = TOWNSHIP
    who, dept, post = "向德贵", "林业站", "站长"
    t = _Truth(unit)
    front = _Sheet("正面", [12, 16, 12, 16, 14, 12])
    _line(front, "青杠乡林业站岗位廉政风险防控卡", 6)
    front.add("持卡人", who, "职务", post, "岗位风险等级", "高")
    r = front.add("所在单位", unit, None, "所在站所", dept, None)
    front.merge(r, 1, r, 2)
    front.merge(r, 4, r, 5)
    _line(front, "岗位职责", 6)
    _line(
        front,
        "主持林业站工作;负责全乡林木采伐许可初审、林地征占用初审;负责护林员的日常管理和巡护考核;"
        "负责公益林补偿面积核实和造林苗木发放;协助查处滥伐盗伐林木行为。",
        6,
    )
    front.add()
    _line(front, "监督举报电话:12388", 6)
    back = _Sheet("背面", [6, 36, 12, 10, 34])
    _line(back, "岗位廉政风险点及防控措施", 5)
    back.add(*CARD_HEAD)
    rows = [
        ("林木采伐许可初审不实地查验,出具虚假初审意见", "岗位职责", "高",
         "采伐初审一律实地查验并拍照,初审意见站内两人签字。"),
        ("护林员选聘中优亲厚友", "思想道德", "中", "护林员公开报名,村推荐、乡审核,结果公示。"),
        ("对辖区滥伐林木发现不制止、不上报", "岗位职责", "高", "巡山发现问题当日报乡政府和县林业局。"),
        ("公益林补偿面积核实不准,虚报冒领补偿资金", "业务流程", "中",
         "补偿面积以林权档案为准,资金通过一卡通发放到户。"),
        ("造林苗木发放登记不实,私自截留", "制度机制", "低", "苗木发放登记到户,签字领取,名单公示。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        back.add(n, point, kind, level, measures)
        t.point(back.name, dept, post, who, "middle", point, types_in(kind), HML[level])
    back.add()
    back.add("持卡人签字:", None, "分管领导签字:", None, None)
    return _layout(
        "forestry_station_card_two_sides", "http://www.szketai.com/politics/2020-10/19/c_1126627519.htm",
        "(harder) 乡 林业站 站长's 岗位廉政风险防控卡 after the source's account of a 镇 whose 护林员 did not stop a "
        "滥伐 (护林员 chosen by the 乡镇, set to work by the 镇林业站; the 站长 answering for them; 林业主管部门 审批): "
        "laid out for the two sides of a printed card on TWO tabs — ``正面``: the title, ``持卡人 | 向德贵 | 职务 | 站长 | "
        "岗位风险等级 | 高``, ``所在单位 | XX县青杠乡人民政府 | 所在站所 | 林业站``, a ``岗位职责`` line over a paragraph, a "
        "监督电话 line; ``背面``: a heading line ``岗位廉政风险点及防控措施`` and the table 序号/风险点/风险类型 (short)/"
        "风险等级 高/中/低/防控措施 with an unsigned 持卡人/分管领导 line — NO name on the back",
        [front, back], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县财政投资评审中心


def review_director_aspect_types() -> dict:
    unit = REVIEW
    who, post = "庹建林", "主任"
    sh = _Sheet("附件2", [6, 18, 36, 14, 8, 34])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "Ⅰ级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("主持中心全面工作\n分管评审一股、评审二股", [
            ("评审项目分配个人说了算,向熟悉的协审机构倾斜", "制度机制方面", "Ⅰ级",
             "协审机构从名录库轮候抽取,分配结果每季度在中心内公示。"),
            ("评审结论审签把关不严,默许随意核增核减", "岗位职责方面", "Ⅰ级",
             "评审结论经办、复核、主任三级审签,核减率异常的项目集体会审。"),
        ]),
        ("分管综合股、财务", [
            ("协审费用不按合同约定标准结算", "制度机制方面", "Ⅱ级", "协审费按合同和考核结果结算,报县财政局备案。"),
            ("接受建设单位、施工企业宴请和礼品", "思想道德方面", "Ⅱ级", "拒收登记,节前集中廉洁提醒。"),
            ("工作人员亲属从事造价咨询业务未要求回避", "外部环境方面", "Ⅲ级",
             "建立从业亲属报告和回避台账,每年更新一次。"),
        ]),
    ]  # fmt: skip
    n = _leader_groups(sh, t, groups, who, post, ROMAN)
    _line(sh, "“三重一大”方面")
    point = "中心年度协审经费安排未经集体研究"
    sh.add(
        n + 1, "大额资金使用", point, "制度机制方面", "Ⅰ级", "经费安排经中心班子会研究,纪要存档。"
    )
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "review_director_aspect_types", "https://www.fudaoke.com/exam/2867737.html",
        "县财政投资评审中心 主任's 附件2 (tab ``附件2``) after the source's answer on how much a 财政评审中心 decides (预算审核, "
        "结算审定, 招标控制价; 选定第三方造价机构 and 主导评审复核; 评审进度; a head's 亲属公司): 姓名/职务 ``主任``/岗位风险"
        "等级 ``Ⅰ级``; 分管工作 merged over two groups (the first two lines in one cell); types in the notice's own words "
        "``制度机制方面``/``岗位职责方面``/``思想道德方面``/``外部环境方面``; ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``; a “三重一大”方面 row "
        "numbered on (6); review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def review_section_head_bracketed_levels() -> dict:
    unit = REVIEW
    who, dept = "隗晓东", "评审一股"
    sh = _Sheet("附件3", [22, 14, 34, 14, 12, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "A级")
    sh.add(*HEAD)
    rows = [
        ("负责政府投资项目预算评审", "资料受审", "评审资料不全即受理,事后补资料", "制度机制风险", "中（Ⅱ级）",
         "实行评审资料受审单,资料不全一次性告知,不予受理。"),
        (None, "现场勘查", "现场勘查走过场,按建设单位口径确认工程量", "岗位职责风险", "高（Ⅰ级）",
         "勘查两人以上,填写现场勘查外派簿,照片存档。"),
        (None, "同上", "向建设单位透露评审控制价", "思想道德风险", "高（Ⅰ级）", "控制价定稿前保密,知悉范围登记。"),
        ("负责竣工结算评审", "核对会商", "与施工单位私下会商,默许高估冒算", "外部环境风险", "高（Ⅰ级）",
         "会商在中心会商室进行,三方签字并记入会商记录簿。"),
        (None, "结论出具", "评审结论出具拖延,借机索要好处", "业务流程风险", "中（Ⅱ级）",
         "评审时限写入受理告知单,超期书面说明原因。"),
        (None, "复核审批", "复核审批表事后补签", "制度机制风险", "低（Ⅲ级）", "复核审批表随评审报告同时签发。"),
        ("负责评审档案管理", "资料归档", "评审底稿和会商记录不及时归档,事后改动", "制度机制风险", "低（Ⅲ级）",
         "评审资料收发登记,项目办结十日内归档。"),
        (None, "档案查阅", "为无关人员查阅评审档案提供方便", "外部环境风险", "中（Ⅱ级）", "档案查阅经主任批准并登记。"),
        ("负责股内人员管理", "任务分派", "评审任务分派不均,把大项目留给关系好的人", "岗位职责风险", "中（Ⅱ级）",
         "任务分派按轮序进行,分派台账股内公开。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", BRACKETED)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "review_section_head_bracketed_levels",
        "https://cerealdays.com/news/show/20210819090610792.html",
        "县财政投资评审中心 评审一股 附件3 (tab ``附件3``) by its 股长 after the source's account of a 区财政局's 三簿三单九表 "
        "for 财政投资评审 (现场勘查外派簿, 会商记录簿, 受理告知单, 评审资料受审单, 评审结论表, 复核审批表, 送达回执表): 科室/"
        "负责人 ``隗晓东``/岗位风险等级 ``A级``; NINE rows (one inserted beyond the template's eight), 岗位职责 merged over "
        "each duty's rows, a 工作流程 cell ``同上``, types …风险, every level typed with its grade in brackets "
        "``高（Ⅰ级）``/``中（Ⅱ级）``/``低（Ⅲ级）``; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def review_staff_sheets_blank_name() -> dict:
    unit = REVIEW
    dept = "评审二股"
    t = _Truth(unit)
    people = [
        ("佘文娟", "评审员", "B", True, [
            ("负责市政道路项目预算评审", "工程量计算", "工程量故意多算,为建设单位虚增预算", "岗位职责风险", "高",
             "工程量计算书经复核人逐项复核签字。"),
            (None, "定额套用", "定额套用和材料价格取定偏高", "业务流程风险", "中",
             "材料价格按当期信息价取定,偏离的附询价记录。"),
            ("负责评审意见征求", "意见反馈", "反馈意见前私下告知施工单位核减情况", "思想道德风险", "中",
             "征求意见表由股长签发,不单独对外联系。"),
        ]),
        ("郜立峰", "评审员", "B", True, [
            ("负责水利、农业项目结算评审", "现场核查", "隐蔽工程不核查,按签证单照单全收", "岗位职责风险", "高",
             "隐蔽工程核对影像资料,必要时开挖复核。"),
            (None, "核减核增", "随意调减核减金额,收受好处", "思想道德风险", "高", "核减核增幅度超过5%的提交股内会审。"),
            ("负责协审机构成果复核", "成果复核", "对协审机构成果复核走过场", "制度机制风险", "低",
             "复核按清单逐项进行,复核意见留痕。"),
        ]),
        ("阙敏", "资料管理员", "C", False, [
            ("负责评审资料收发", "资料登记", "评审资料收发不登记,遗失或被调换", "制度机制风险", "中",
             "资料收发逐件登记,交接双方签字。"),
            ("负责评审报告送达", "报告送达", "评审报告未经审签先行送出", "业务流程风险", "低",
             "送达前核对审签单,填写送达回执表。"),
            (None, "档案借阅", "违规借阅、复制评审档案,泄露评审信息", "外部环境风险", "中",
             "档案借阅经股长批准,借阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, grade, named, rows in people:
        sh = _Sheet(who, [22, 12, 34, 14, 8, 32])
        _top(sh, "附件4", "general", unit)
        sh.add(
            "姓名",
            who if named else None,
            "所在科室及职务",
            f"{dept} {post}",
            "岗位风险等级",
            grade,
        )
        sh.add(*HEAD)
        _official_rows(sh, t, rows, who, dept, post, "general", HML)
        _reviews(sh)
        _line(sh, NOTE_GENERAL)
        sheets.append(sh)
    return _layout(
        "review_staff_sheets_blank_name",
        "http://fl.gov.cn/bm/czj/zwgk_46264/fdzdgknr_46266/lzyj_46267/xzgfxwj_46268/202310/t20231027_12482680.html",
        "县财政投资评审中心 评审二股 workbook of three 附件4 after the source's 区 财政投资评审管理办法 and 操作规程 (预算、"
        "竣工决(结)算 评审, 委托社会中介机构, 现场踏勘, 征求意见, 评审报告送达, 档案): ONE SHEET PER PERSON, tabs named "
        "for the person by the coordinator (``佘文娟``, ``郜立峰``, ``阙敏``); 所在科室及职务 typed with a space "
        "(``评审二股 评审员``); the third, the 资料管理员, left her ``姓名`` cell EMPTY (``阙敏!B4``) — only the tab names "
        "her; 岗位职责 merged, types …风险, 高/中/低; review boxes empty, 注",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县青杠乡人民政府


def township_deputy_oversees_in_brackets() -> dict:
    unit = TOWNSHIP
    who, post = "冉茂林", "副乡长"
    sh = _Sheet("附件2", [6, 16, 36, 14, 8, 34])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", f"{post}（分管林业、乡村振兴）", "岗位风险等级", "一级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("分管林业工作", [
            ("林木采伐指标分配时向亲友倾斜", "岗位职责风险", "一级",
             "采伐指标分配方案经乡党政联席会研究,分配结果在村公示。"),
            ("对护林员巡护考核监督不力,默许虚报巡护天数", "制度机制风险", "二级",
             "护林员巡护轨迹每月抽查,劳务补助按考核结果发放。"),
        ]),
        ("分管乡村振兴工作", [
            ("衔接资金项目入库时打招呼、定项目", "外部环境风险", "一级", "项目由村申报、乡审核、县审定,全程公示。"),
            ("产业项目验收时降低标准", "业务流程风险", "二级", "验收邀请村务监督委员会参加,验收资料存档。"),
            ("接受项目承建方宴请", "思想道德风险", "三级", "不单独与承建方接触,项目关键节点廉洁提醒。"),
        ]),
    ]  # fmt: skip
    n = _leader_groups(sh, t, groups, who, post, ORDINAL)
    _line(sh, "“三重一大”方面")
    point = "生态护林员选聘名额分配未经集体研究"
    sh.add(
        n + 1, "重大事项决策", point, "制度机制风险", "一级", "名额按村分配,经乡党委会研究后公示。"
    )
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "township_deputy_oversees_in_brackets",
        "http://fanfu.people.com.cn/BIG5/n1/2019/0410/c64371-31022569.html",
        "县 青杠乡 副乡长's 附件2 (tab ``附件2``) after the source's report on a 天保护林员 and 村支书 who felled trees in his "
        "own village (林木采伐许可证, the 乡林站, 责任林, 县纪委 调查): 姓名/职务 typed ``副乡长（分管林业、乡村振兴）`` (the "
        "bracket what he oversees — no part of the post, no 科室)/岗位风险等级 ``一级``; 分管工作 merged over two groups, "
        "一级/二级/三级, types …风险; a “三重一大”方面 row numbered on; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def revival_office_selfcheck_ticked_boxes() -> dict:
    unit = TOWNSHIP
    who, dept, post = "龙春梅", "乡村振兴办", "乡村振兴专干"
    sh = _Sheet("Sheet1", [6, 36, 12, 22, 34])
    t = _Truth(unit)
    _line(sh, "青杠乡干部个人岗位廉政风险自查表", 5)
    r = sh.add(f"单位:{unit}", None, None, "填表日期:2024年5月", None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 4)
    r = sh.add("姓名", who, "所在办站所", dept, None)
    sh.merge(r, 3, r, 4)
    r = sh.add("职务", post, "岗位风险等级", "中", None)
    sh.merge(r, 3, r, 4)
    sh.add(*SELFCHECK_HEAD)
    rows = [
        ("脱贫户、监测户信息采集录入不实", "岗位职责", "高", "信息采集入户核实,录入数据由村干部签字确认。"),
        ("衔接资金项目公示走过场,公示照片摆拍", "业务流程", "中", "公示照片带时间水印,乡纪委随机抽查。"),
        ("小额信贷贴息资料审核把关不严", "制度机制", "中", "贴息资料与银行放贷数据比对,两人审核。"),
        ("为亲友违规纳入防返贫监测对象", "思想道德", "高", "监测对象经村民代表评议和公示,本人亲属回避。"),
        ("接受帮扶企业请托,安排公益性岗位", "外部环境", "低", "公益性岗位公开招聘,结果公示。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, _tick(level), measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("本人签字:", None, "办负责人签字:", None, None)
    return _layout(
        "revival_office_selfcheck_ticked_boxes",
        "https://www.sthtlaw.com/news/jie-mi-xiang-zhen-xiang-mu-ban-feng-xian-fang-fan-ru-he-shou-hu-xiang-cun-zhen-xing-de-qian-dai-zi.html",
        "县 青杠乡 乡村振兴办 专干's own 个人岗位廉政风险自查表 (one file, tab ``Sheet1``) after the source's piece on a 乡镇项目办 "
        "guarding the 乡村振兴 money (资金管理风险, 项目实施风险, 政策执行风险; 公示, 审计): made from a WORD form — a "
        "``单位:… | 填表日期:…`` line, ``姓名 | 龙春梅 | 所在办站所 | 乡村振兴办`` over ``职务 | 乡村振兴专干 | 岗位风险等级 | "
        "中``, then 序号/风险点/风险类型 (without 风险)/风险等级/防控措施 where EVERY level cell holds the three choices with "
        "one box ticked (``高☑　中□　低□``, ``高□　中☑　低□``, ``高□　中□　低☑``); an unsigned 本人/办负责人 line",
        [sh], t,
    )  # fmt: skip


def grid_officer_register_higher_words() -> dict:
    unit = TOWNSHIP
    who, dept, post = "麻国庆", "综治中心", "网格管理员"
    sh = _Sheet("登记表", [6, 14, 34, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表", 6)
    sh.add("姓名", who, "所在站所", dept, "职务", post)
    sh.add(*REGISTER_HEAD)
    rows = [
        ("矛盾纠纷调处", "调解中偏袒一方,收受当事人财物", "思想道德风险", "高",
         "调解两人以上参加,调解协议当事人签字存档。"),
        ("矛盾纠纷调处", "对排查出的矛盾纠纷隐瞒不报", "岗位职责风险", "较高", "纠纷排查台账每周上报,中心主任审核。"),
        ("网格员管理", "网格员考核打分不实,虚报巡查次数", "制度机制风险", "较高", "巡查轨迹平台留痕,考核结果公示。"),
        ("网格员管理", "网格员补贴不按考核结果发放", "业务流程风险", "一般", "补贴按月考核结果发放,名单公示。"),
        ("平安建设", "泄露举报人和重点人员信息", "外部环境风险", "高", "信息系统账号专人专用,查询记录留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, item, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HIGHER[level])
    r = first
    while r < len(sh.rows):
        e = r
        while e + 1 < len(sh.rows) and sh.rows[e + 1][1] == sh.rows[r][1]:
            e += 1
        if e > r:
            for k in range(r + 1, e + 1):
                sh.rows[k][1] = None
            sh.merge(r, 1, e, 1)
        r = e + 1
    sh.add()
    sh.add("填表人:", who, None, "中心负责人审核:", None, "2024年5月")
    return _layout(
        "grid_officer_register_higher_words", "https://www.ndcaw.net/pinganningde/15264.html",
        "县 青杠乡 综治中心 网格管理员's 岗位廉政风险登记表 (one file, tab ``登记表``) after the source's account of a 镇综治中心 "
        "in the 便民服务中心 (信访纠纷受理 at one door, 4+N 联动化解, 平安办, 网格): a title naming the 乡人民政府, ``姓名 | 麻国庆 | 所在站所 | "
        "综治中心 | 职务 | 网格管理员``, then 序号/``工作事项`` merged down/风险点/风险类别 …风险/``风险程度`` in his own "
        "words ``高``/``较高``/``一般`` (never 低)/防控措施; a ``填表人: | 麻国庆`` line with a date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县农产品质量安全检验检测站


def testing_head_register_two_measures() -> dict:
    unit = TESTING
    who, post = "扈志明", "站长"
    sh = _Sheet("登记表", [6, 34, 14, 8, 28, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}领导干部廉政风险登记表", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A")
    _line(sh, "主要职责:主持全站工作,负责检测任务安排、检测报告签发、仪器设备采购和经费管理。", 6)
    sh.add(*LEADER_REGISTER_HEAD)
    rows = [
        ("检测任务和抽样计划个人决定,为企业提前透露抽检信息", "岗位职责风险", "Ⅰ级",
         "本人不单独接触受检企业。", "抽样计划经站务会研究,抽样前不对外发布。"),
        ("检测报告签发前授意修改检测数据", "思想道德风险", "Ⅰ级", "报告签发以原始记录为准,不口头授意修改。",
         "检测数据系统留痕,修改须经技术负责人审批。"),
        ("仪器设备和试剂采购指定供应商", "制度机制风险", "Ⅱ级", "不参与供应商选择,不接受供应商宴请。",
         "采购按政府采购规定执行,验收三人以上。"),
        ("委托检测收费随意减免", "业务流程风险", "Ⅲ级", "减免事项不个人决定。", "收费标准公示,减免经站务会研究。"),
    ]  # fmt: skip
    for n, (point, kind, level, own, unit_measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, own, unit_measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN[level])
    sh.add()
    sh.add("本人签字:", None, "县农业农村局审核意见:", None, None, None)
    return _layout(
        "testing_head_register_two_measures", "http://m.handmsg.com/page/2022/1216/13003835.shtml",
        "县农产品质量安全检验检测站 站长's own 领导干部廉政风险登记表 (one file, tab ``登记表``) after the source's paper on "
        "县级 农产品质量安全检验检测 (检测机构 规模小、能力弱, 双认证, 检测参数少, 仪器老旧, 人员流动): a title naming the "
        "unit, ``姓名 | 扈志明 | 职务 | 站长 | 岗位风险等级 | A``, a ``主要职责:…`` line merged across, then 序号/风险点/"
        "风险类型 …风险/风险等级 ``Ⅰ级``/``Ⅱ级``/``Ⅲ级`` and the measures in TWO columns ``个人防控措施 | 单位防控措施``; "
        "an unsigned 本人签字/审核意见 line",
        [sh], t,
    )  # fmt: skip


def testing_analyst_prompt_rows() -> dict:
    unit = TESTING
    who, dept, post = "籍丽华", "检测室", "检测员"
    sh = _Sheet("防控表", [6, 36, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险防控表", 5)
    sh.add("姓名", who, "科室", dept, None)
    sh.add("岗位", post, "填表日期", "2024年6月", None)
    sh.add(*CARD_HEAD)
    rows = [
        ("样品接收登记不规范,样品被调换", "业务流程风险", "高", "样品接收双人核对,编码盲样流转。"),
        ("受企业请托,对检测结果作出有利判定", "思想道德风险", "高", "检测结果经复核人复核,异常结果复检。"),
        ("检测原始记录事后补记、涂改", "岗位职责风险", "中", "原始记录当场填写,修改处划改签名。"),
        ("检测试剂领用不登记,私自带出", "制度机制风险", "低", "试剂领用登记,每月盘点。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    for n in (5, 6):  # the template's rows she did not need: 序号 and the drop-down prompt only
        sh.add(n, None, PROMPT, PROMPT, None)
    sh.add("填表人签字:", None, "科室负责人签字:", None, None)
    return _layout(
        "testing_analyst_prompt_rows", "http://m.handmsg.com/page/2019/0325/19492445.shtml",
        "县农产品质量安全检验检测站 检测室 检测员's 个人岗位廉政风险防控表 (one file, tab ``防控表``) on the 站's own template, "
        "after the source's account of a 县 农产品质量检验检测 system (县级 检测中心, 乡镇 质检中心, 抽样, 农残检测): a title, "
        "``姓名 | 籍丽华 | 科室 | 检测室`` over ``岗位 | 检测员 | 填表日期 | 2024年6月``, 序号/风险点/风险类型/风险等级/防控措施 "
        "whose type and level cells print the drop-down's prompt ``请选择``: four rows filled (…风险, 高/中/低), the "
        "template's rows ``5`` and ``6`` left with their 序号 and ``请选择 | 请选择`` only; an unsigned 签字 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    forestry_station_card_two_sides(),
    review_director_aspect_types(),
    review_section_head_bracketed_levels(),
    review_staff_sheets_blank_name(),
    township_deputy_oversees_in_brackets(),
    revival_office_selfcheck_ticked_boxes(),
    grid_officer_register_higher_words(),
    testing_head_register_two_measures(),
    testing_analyst_prompt_rows(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch74-inbox"))

"""The five-hundred-and-twenty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 科技 and
工信 bodies, 安宁区 — its 科学技术局, 工业和信息化局, 科技创新服务中心, 中小企业服务中心, 生产力促进中心,
工业经济运行监测中心 and two 园区管委会 (工业园区, 高新技术产业园区) — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 科学技术局's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 科技创新服务中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 中小企业服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside
  a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 工业园区管理委员会's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 高新技术产业园区管理委员会's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 生产力促进中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、技术服务部`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 工业经济运行监测中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``anning_industry_list_and_print_copy``: the 工业和信息化局's workbook holds ONE LIST TWICE, on
  TWO SHOWN SHEETS: the tab ``清单`` (the working sheet: ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施``, 科室 merged over its rows, 岗位 and 责任人 merged per person, short
  types, 高/中/低, a 填表人/审核人 line) and the tab ``打印版`` right after it, the same title, heading
  and rows typed out again for printing with NOTHING MERGED (every row repeats its 科室, 岗位 and
  责任人) and the same closing line. Neither tab is hidden, neither says 作废, 上年 or 旧表, both
  carry the same title and year, and no note says which is the copy. The shape is about THE FILE
  (how its sheets are arranged): a shown duplicate sheet. The README's 读得懂的表 and the earlier
  batches know a HIDDEN sheet repeating a shown one's posts (set aside, ``SHEET_HIDDEN_SET_ASIDE``),
  sheets set aside for ``作废``/``上年``/``旧表`` or an older year, a blank ``模板`` beside a filled
  sheet, a sheet named ``邓建华 (2)`` continuing ``邓建华``, ``续表`` sheets, a list split over sheets
  by level or type (one post in several, ``仍是一张表``), another sheet repeating the points only to
  add types and measures (``SHEET_DETAILS``), a card printed twice side by side on ONE sheet (存根 |
  持卡人联) and a table's columns cut over two sheets; none is a whole list shown a second time on
  a sheet of its own, unmerged, with every field the same. ``grep -l '打印版' tests/published/batch*.py``
  finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a district 工信局's 操作规程 for
高品质产业空间 — 高标准厂房, 园区专业化运营, 租赁补贴; a city's 制造业高质量发展 方案 with its 财政支持措施;
a call for clues on 减轻企业负担 and 促进中小企业发展 — 涉企乱收费, 拖欠中小企业账款, 专精特新; a
city 工信局's 中小企业数字化转型 试点 and 智能制造 奖补; a city's plan for 开发区 改革 — 管委会, 招商,
园区功能; the 督查 notice's 附件 of 督查重点 (新型工业化, 减负, 中小企业); the tax rules for 科技企业孵化器,
大学科技园 and 众创空间; a city 科技局's 科技计划项目 监督 暂行办法 — 立项, 评审专家, 验收) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names); every unit is a body of 安宁区
(``unit_words=("安宁区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch526`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the points are those of the tab ``清单`` once: ``打印版`` is a copy of the same
  list and adds no post, holder or point (a post read on both tabs is one form, its points counted
  once); the truth names the forms on ``清单``;
- ``中心领导`` (the 科技创新服务中心's leaders' sheet) is the 科室 of those leaders; a 局's 科, a
  中心's 科 or 部, a 管委会's 局 or 科 are 科室; a group row ``一、中心领导`` gives the 科室 ``中心领导``,
  ``二、技术服务部`` the 科室 ``技术服务部`` (its number left off), as batch 280, 517 and 521 did;
  the 工业园区管理委员会's cards and the 监测中心's list name a 科室 only where a cell does; the
  高新区管委会's 主任 sheet writes ``管委会领导`` in ``所在科室`` and that is his 科室;
- every body is a unit of its own: 局长, 副局长, a 中心's or 管委会's 主任 and 副主任 are leaders;
  科长, 部长 middle; the rest (科员, 项目管理员, 统计员, 招商专员, 服务专员, 会计 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况``
  are no points and name no holder; the 中小企业服务中心's list names no person: its forms are
  posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b526_"
PLACE = "安宁区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SHOWN, COPY = "清单", "打印版"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
# (科室, 岗位, 责任人, tier, 廉政风险点, 风险类型, 风险等级, 防控措施)
LISTED = [
    ("局领导", "副局长", "隗骎珩", "leader", "工业企业技术改造项目推荐时优亲厚友", "岗位职责", "高",
     "项目推荐局务会集体研究，推荐名单公示。"),
    ("局领导", "副局长", "隗骎珩", "leader", "插手高标准厂房建设补助评审", "思想道德", "中",
     "评审专家随机抽取，领导干预登记报告。"),
    ("中小企业科", "科长", "蒯翊湝", "middle", "专精特新企业认定材料审核把关不严", "制度机制", "高",
     "材料双人审核，认定结果公示。"),
    ("中小企业科", "科长", "蒯翊湝", "middle", "清理拖欠中小企业账款选择性督办", "业务流程", "中",
     "拖欠线索建立台账，逐条销号。"),
    ("中小企业科", "科员", "沃玥铖", "general", "向企业泄露扶持资金申报评审信息", "外部环境", "低",
     "评审信息保密承诺，评审期间不与申报企业单独接触。"),
]  # fmt: skip


def _industry_sheet(name: str, merged: bool) -> _Sheet:
    unit = f"{PLACE}工业和信息化局"
    sh = _Sheet(name, [6, 12, 9, 9, 36, 10, 8, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表（2025年）", 8)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, _tier, point, typ, lv, measures) in enumerate(LISTED, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
    if merged:
        _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年9月", None)
    return sh


def anning_industry_list_and_print_copy() -> dict:
    t = _Truth(f"{PLACE}工业和信息化局")
    for dept, post, who, tier, point, typ, lv, _m in LISTED:
        t.point(SHOWN, dept, post, who, tier, point, types_in(typ), HML[lv])
    return _layout(
        "anning_industry_list_and_print_copy",
        "http://kt180.com/html/zzxm/szqj/gmq/2022/1230/15059.html",
        "(harder) 区工信局 岗位廉政风险防控一览表, after the source's 操作规程 for 高品质产业空间 (高标准厂房, 园区"
        "运营, 租赁补贴), the ONE LIST ON TWO SHOWN SHEETS: ``清单`` (序号/科室 merged/岗位 and 责任人 merged per "
        "person/廉政风险点/short types/高/中/低/防控措施; 填表人/审核人/date) and ``打印版`` right after it, the "
        "same title, heading and rows with NOTHING MERGED",
        [_industry_sheet(SHOWN, True), _industry_sheet(COPY, False)], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def anning_science_bureau_list() -> dict:
    unit = f"{PLACE}科学技术局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("科技计划科", "科长", "郤昶璘", "middle", "科技计划项目立项评审打招呼", "岗位职责风险", "高",
         "评审专家库随机抽取，评审结果公示。"),
        ("科技计划科", "科长", "郤昶璘", "middle", "项目验收降低标准、走过场", "制度机制风险", "中",
         "验收专家组现场核查，验收意见存档。"),
        ("科技计划科", "项目管理员", "钭翾琪", "general", "项目经费拨付不按进度审核", "业务流程风险", "中",
         "经费按合同节点拨付，科长复核。"),
        ("高新技术科", "科员", "郗珞昀", "general", "收受申报高企企业礼品礼金", "思想道德风险", "低",
         "申报辅导公开进行，廉洁承诺书存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "anning_science_bureau_list",
        "https://abg.baidu.com/tags/xlrnd5gk2c74npf4x3ll7rv4xs6mno5oz7xmjp544c3l3vg52dilb3fxva16",
        "区科技局 廉政风险防控一览表, after the source's 科技计划项目 监督 办法 (立项, 评审专家, 验收): 序号/科室 "
        "merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def anning_innovation_center_two_sheets() -> dict:
    unit = f"{PLACE}科技创新服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("甯骁翀", "主任", "主持全面工作", [
            ("孵化器入驻企业遴选个人说了算", "一级", "入驻企业评审委员会集体评定。"),
            ("众创空间运营补助核定不实", "二级", "补助按绩效评价结果核定，公示无异议后拨付。"),
        ]),
        ("乜湜珺", "副主任", "分管技术转移和成果转化", [
            ("技术合同认定登记把关不严", "一级", "合同登记双人审核，抽查复核。"),
            ("成果转化奖励对象审核不细", "三级", "奖励名单中心会议审定并公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("孵化服务科", "服务专员", "妫瑨翎", "general", "为在孵企业虚报孵化服务绩效", "一级",
         "绩效材料逐项核对，科长审签。"),
        ("孵化服务科", "服务专员", "妫瑨翎", "general", "场地租金减免审核不严", "二级", "减免按合同和政策清单核定。"),
        ("综合科", "科长", "厍骊昶", "middle", "办公用品采购不询价", "三级", "采购三家比价，定期公开。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "anning_innovation_center_two_sheets",
        "http://www.fusiontax.cn/index.php/特殊:移动版差异/46797",
        "区科技创新服务中心's file in two sheets, after the source's tax rules for 科技企业孵化器, 大学科技园 and "
        "众创空间: ``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def anning_sme_center_posts() -> dict:
    unit = f"{PLACE}中小企业服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "企业服务科", "融资服务科"
    rows = [
        (a, "服务专员", "general", "涉企收费问题受理", "对企业反映的乱收费线索压案不办", "业务流程", "Ⅱ级",
         "线索登记编号，限时办结回访。"),
        (a, "服务专员", "general", "专精特新培育推荐", "收受企业好处，推荐不符合条件的企业", "思想道德", "Ⅰ级",
         "推荐条件公开，推荐名单公示。"),
        (b, "科长", "middle", "转贷资金使用审核", "为关系企业违规安排转贷资金", "制度机制", "Ⅰ级",
         "转贷申请集体审核，资金专户管理。"),
        (b, "服务专员", "general", "银企对接活动组织", "接受合作金融机构宴请", "外部环境", "Ⅲ级",
         "对接活动公开报名，费用据实列支。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "anning_sme_center_posts",
        "http://www.zgmh.net/Article_show.aspx?chid=1&id=62207",
        "区中小企业服务中心 廉政风险点排查表 对岗不对人, after the source's call for clues on 减轻企业负担 and "
        "促进中小企业发展 (乱收费, 拖欠账款, 专精特新, 融资): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/"
        "short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def anning_industrial_park_cards() -> dict:
    unit = f"{PLACE}工业园区管理委员会"
    t = _Truth(unit)
    cards = [
        ("副主任", "郯骞昉", "leader", [
            ("入园项目准入评审打招呼", "★★★", "准入评审会集体研究，结果公示。"),
            ("园区基础设施工程变更签证把关不严", "★★", "变更签证监理、跟审、业主三方会签。"),
        ]),
        ("招商专员", "眭翀湉", "general", [
            ("招商引资优惠政策许诺超出标准", "★★", "优惠政策按清单执行，协议法律审核。"),
            ("接受客商礼品礼金", "★", "招商活动两人以上，礼品登记上交。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "anning_industrial_park_cards",
        "http://cni.top/html/2017/pioneerpolicy_1028/26711.html",
        "区工业园区管委会 岗位廉政风险防控卡, one sheet a holder (tabs 副主任, 招商专员), after the source's plan for "
        "开发区 改革 (管委会, 招商, 园区功能): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a "
        "``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def anning_hightech_park_selfchecks() -> dict:
    unit = f"{PLACE}高新技术产业园区管理委员会"
    t = _Truth(unit)
    people = [
        ("逯璟翯", "主任", "leader", "管委会领导", [
            ("园区企业扶持资金分配不经集体研究", "高风险", "资金分配主任办公会研究，分配结果公开。"),
            ("干预园区企业用地指标安排", "中风险", "用地指标按评价排序安排，全程留痕。"),
        ]),
        ("仉昀骐", "统计员", "general", "经济发展局", [
            ("规上企业统计数据把关不严，虚报数据", "中风险", "统计数据双人核对，企业签字确认。"),
            ("泄露企业经营数据", "低风险", "统计资料专人保管，查阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "anning_hightech_park_selfchecks",
        "http://www.kaifeng.gov.cn/kfsrmzfwz/szfbgswj202303312215/pc/content/content_1765918279767756800.html",
        "区高新区管委会 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's 制造业高质量发展 "
        "方案 and its 财政支持措施: a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def anning_productivity_center_group_rows() -> dict:
    unit = f"{PLACE}生产力促进中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("副主任", "酆翊琮", "leader", [
                ("数字化转型诊断服务机构选定暗箱操作", "一级风险", "服务机构公开征集，专家评审。"),
                ("智能制造奖补初审打招呼", "三级风险", "初审意见集体会商。"),
            ]),
        ]),
        ("二、技术服务部", "技术服务部", [
            ("部长", "佴骢珝", "middle", [
                ("诊断服务费用核定虚高", "一级风险", "费用按服务清单核定，企业确认。"),
                ("诊断报告弄虚作假", "二级风险", "报告抽查复核，问题追责。"),
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
    sh.add("制表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "anning_productivity_center_group_rows",
        "http://bridgesen.cn/news/776.html",
        "区生产力促进中心 廉政风险防控责任清单, after the source's 中小企业数字化转型 试点 and 智能制造 奖补: 序号/岗位/"
        "姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, ``二、技术服务部`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def anning_monitoring_center_duty_list() -> dict:
    unit = f"{PLACE}工业经济运行监测中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "胥湝翀", "leader", "运行监测调度", "对企业减负督查问题不纠正", "一级", "问题建立台账，限期整改。"),
        ("主任", "胥湝翀", "leader", "监测经费管理", "监测经费超范围使用", "二级", "经费按预算执行，中心会议研究。"),
        ("会计", "鞠璠昳", "general", "报销凭证审核", "审核不严，虚列支出", "二级", "凭证经手、审核、审批三签。"),
        ("会计", "鞠璠昳", "general", "账务公开", "公开内容不全、不及时", "三级", "按季公开，接受监督。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "anning_monitoring_center_duty_list",
        "https://moderninvestingnewsletters.com/AAFqDLawls/article_3784.html",
        "区工业经济运行监测中心 廉政风险防控责任清单, after the 督查 notice's 附件 of 督查重点 (新型工业化, 减负, "
        "中小企业): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    anning_industry_list_and_print_copy(),
    anning_science_bureau_list(),
    anning_innovation_center_two_sheets(),
    anning_sme_center_posts(),
    anning_industrial_park_cards(),
    anning_hightech_park_selfchecks(),
    anning_productivity_center_group_rows(),
    anning_monitoring_center_duty_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch526-inbox"))

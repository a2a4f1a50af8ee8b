"""The seven-hundred-and-ninety-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's judicial
administration (司法行政) bodies, 陵川县 (of 晋城市, 山西省) — its 司法局, 法律援助中心, 社区矫正管理局,
人民调解委员会, 礼义镇司法所, 公共法律服务中心, 矛盾纠纷多元化解中心 and 公证处 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 司法局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 法律援助中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 社区矫正管理局's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 人民调解委员会's 责任清单 under GROUP ROWS ``一、调委会领导``, ``二、调解室`` merged across, ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 礼义镇司法所's 排查登记表 under ``附件3``: no 科室, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 公共法律服务中心's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 矛盾纠纷多元化解中心's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column.

One is harder:

- ``lingchuan_notary_office_duty_lines``: the 公证处's 岗位职责与廉政风险点对照表, ONE ROW A PERSON
  (``序号 | 科室 | 岗位 | 姓名 | 岗位职责及廉政风险点 | 防控措施``), the one ``岗位职责及廉政风险点`` cell listing
  the person's NUMBERED DUTIES ``1.负责…。`` with, under some of them, an indented line ``　风险点：…（一级）``
  naming that duty's risk point and closing with its level in brackets; duties with no risk stand
  bare; no level column, no type column; a ``注：`` line says so. docs/layouts.md (读得懂的表) reads a
  ``岗位职责及廉政风险点`` cell of ONE ``职责：…⏎风险点：…`` pair and numbered points in one cell; it does not
  describe a cell of several numbered duties interleaved with labelled risk lines, where the
  numbered lines are NOT points and only the ``风险点：`` lines are, each with its own bracketed level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (公证体制机制改革, 统一收费 and 审批出证;
司法局 “两率一度”; 法律援助 审查程序; 社区矫正 外出 and 变更居住地 审批; 大调解工作格局; 人民调解 规范化 and
经费保障; 公证执业 投诉; 矛盾纠纷调处) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 弓 and 束
with rare given names); every unit is a body of 陵川县.

Run ``python tests/published/score.py --set batch792`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``风险点：…`` line is one point of the row's person, its level the closing
  ``（一级）/（二级）/（三级）`` (not part of the point); the numbered duty lines are no points, and a duty
  with no risk line adds none; the ``注：`` line is no point;
- ``局领导``, ``中心领导``, ``处领导``, ``调委会领导`` (a 科室 cell, a group row) are the 科室 of those leaders;
  the 局's leaders on sheet ``局领导``, the cards' leaders and the 司法所's staff have no 科室; a 股,
  组, 室 or 厅 is a 科室;
- 局长, 副局长, 主任, 所长 are leaders; 股长 middle; the rest (公证员, 调解员, 窗口人员 …) general;
- the 法律援助中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b792_"
PLACE = "陵川县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
BRACKET = {"（一级）": 1, "（二级）": 2, "（三级）": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(岗位职责, 廉政风险点 or None, level)], 防控措施)
DUTIES = [
    ("处领导", "主任", "弓韫翀", "leader", [
        ("主持公证处全面工作，负责公证书的审批出证", "审批自己或近亲属经办的公证书，违规签发", 1),
        ("负责公证处财务和收费管理", "不按收费标准收取公证费，私设收费项目", 1),
        ("负责公证员执业培训和考核", None, None),
        ("负责重大、疑难公证事项集体讨论的召集", "重大疑难事项不经集体讨论个人拍板", 2),
    ], "1.审批出证实行回避，本人经办的公证书由副主任审批。2.收费标准上墙公示，统一收费、统一开票。"
       "3.集体讨论记录附卷备查。"),
    ("公证业务股", "公证员", "束璟骘", "general", [
        ("负责公证申请的受理、登记", "对不符合条件的申请违规受理，或对符合条件的推诿不受理", 2),
        ("负责公证事项的审查、核实", "审查核实走过场，为不真实、不合法的事项出具公证书", 1),
        ("负责公证书的拟制和送达", None, None),
        ("负责联系当事人补正材料", "向当事人索要财物或接受宴请", 2),
    ], "1.受理条件和所需材料一次性告知。2.核实情况全程留痕，重要事项双人核实。3.签订廉洁执业承诺书。"),
    ("公证业务股", "公证员助理", "弓笃琮", "general", [
        ("协助公证员接待当事人、收取申请材料", "收取材料时私下收取“加急费”", 2),
        ("负责公证档案的整理、立卷归档", "擅自抽换、涂改公证档案材料", 3),
        ("负责办证数据的统计上报", None, None),
    ], "1.办证窗口公开监督电话。2.档案查阅、借阅登记审批，每季度清点。"),
]  # fmt: skip


def _duty_cell(items) -> str:
    lines = []
    for i, (duty, point, level) in enumerate(items, 1):
        lines.append(f"{i}.{duty}。")
        if point:
            lines.append(f"　风险点：{point}（{'一二三'[level - 1]}级）")
    return "\n".join(lines)


def lingchuan_notary_office_duty_lines() -> dict:
    unit = f"{PLACE}公证处"
    sh = _Sheet("对照表", [6, 12, 11, 9, 62, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位职责与廉政风险点对照表", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 6)
    sh.add("序号", "科室", "岗位", "姓名", "岗位职责及廉政风险点", "防控措施")
    for n, (dept, post, who, tier, items, measures) in enumerate(DUTIES, 1):
        sh.add(n, dept, post, who, _duty_cell(items), measures)
        for _duty, point, level in items:
            if point:
                t.point(sh.name, dept, post, who, tier, point, [], level)
    _line(sh, "注：岗位职责逐条列出，职责下“风险点”为该项职责的廉政风险点，括号内为风险等级；未列风险点的职责经排查"
          "未发现廉政风险。", 6)  # fmt: skip
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "lingchuan_notary_office_duty_lines", "http://sft.yn.gov.cn:80/dczj/373128.jhtml",
        "(harder) 县公证处 岗位职责与廉政风险点对照表, after the source's 公证体制机制改革 方案 (统一收费、统一出证, 审批出证, "
        "执业监管, 质量): one row a person, 序号/科室/岗位/姓名/``岗位职责及廉政风险点``/防控措施; the one cell lists the "
        "person's NUMBERED DUTIES ``1.…。``, some followed by an indented line ``　风险点：…（二级）`` naming that duty's "
        "point and its level in a closing bracket, others by none; a ``注：`` line saying so; no level or type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lingchuan_justice_bureau_two_sheets() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("束翀澹", "局长", "主持全面工作", [
            ("“两率一度”测评等专项经费使用不经局党组研究", "一级", "专项经费支出局党组会研究，凭据报账。"),
            ("干部选拔任用、司法所长调整搞个人说了算", "一级", "干部任用严格执行民主推荐、集体研究程序。"),
        ]),
        ("弓昉泷", "副局长", "分管社区矫正、人民调解", [
            ("社区矫正对象调查评估意见受人请托出具", "一级", "调查评估由两名以上工作人员进行，意见集体研究。"),
            ("人民调解个案补贴审核把关不严", "二级", "个案补贴按卷宗逐件审核，名单公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("普法与依法治理股", "股长", "束昶沨", "middle", "普法宣传品采购指定供应商", "二级",
         "宣传品采购三家比价，办公室参与验收。"),
        ("普法与依法治理股", "股长", "束昶沨", "middle", "“法治示范村”评审打分不公", "二级", "评审实行百分制考核，结果公示。"),
        ("律师公证工作股", "股员", "弓砺瑄", "general", "律师事务所年度检查考核走过场", "三级",
         "年度检查按清单逐项核查，检查意见存档。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "lingchuan_justice_bureau_two_sheets", "http://35331.cn/lhs_gl4lhxi806ccffomtjfeoip26cdlkrgbsk3dklk_3.html",
        "县司法局 廉政风险防控一览表 in TWO SHEETS, after the source's 司法局 “两率一度” 活动方案 (知晓率, 满意度, 普法, "
        "法律服务): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def lingchuan_legal_aid_posts() -> dict:
    unit = f"{PLACE}法律援助中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "对经济困难证明审查不严，违规给予法律援助", "岗位职责风险", "高",
         "经济困难状况核查留痕，七个工作日内作出决定。"),
        ("中心领导", "主任", "leader", "办案补贴发放不按结案材料审核", "制度机制风险", "高",
         "结案材料齐全后方可发放补贴，财务复核。"),
        ("受理审查股", "受理员", "general", "应受理的申请推诿不受理", "业务流程风险", "中",
         "申请材料一次性告知补正，不予受理书面说明理由。"),
        ("受理审查股", "受理员", "general", "向申请人推荐特定律师并收取好处", "思想道德风险", "中",
         "指派律师按轮流名册确定，不得由受理人员推荐。"),
        ("案件管理股", "案件管理员", "general", "援助案件质量评查打人情分", "岗位职责风险", "低",
         "质量评查实行交叉评查，结果通报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "lingchuan_legal_aid_posts", "http://crsrw.com/falvjiangtang/33577.html",
        "县法律援助中心 岗位廉政风险点排查表 对岗不对人, after the source's 法律援助案件办理程序 (经济困难, 受理, 七个工作日内"
        "审查, 补充材料): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def lingchuan_correction_bureau_cards() -> dict:
    unit = f"{PLACE}社区矫正管理局"
    t = _Truth(unit)
    cards = [
        ("局长", "弓湜琨", "局长", "主持社区矫正执法全面工作", "leader", [
            ("社区矫正对象外出、变更居住地审批违规放宽", "★★★", "超过七日的外出由局务会研究审批，全程留痕。"),
            ("提请撤销缓刑、假释受人请托压案不报", "★★★", "提请事项集体研究，检察机关同步监督。"),
            ("矫正对象分类管理级别随意调整", "★★", "分类调整依据考核结果，审批表存档。"),
        ]),
        ("副局长", "束珉鹓", "副局长", "分管监督管理、教育帮扶", "leader", [
            ("电子定位装置使用审批不严", "★★", "电子定位使用按规定条件和程序审批。"),
            ("教育帮扶经费套取挪用", "★", "帮扶经费专款专用，帮扶对象签字确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "lingchuan_correction_bureau_cards", "http://crsrw.com/falvjiangtang/63420.html",
        "县社区矫正管理局 领导干部廉政风险防控卡, one sheet a leader, after the source's 社区矫正实施办法 (外出请假七日, "
        "变更居住地, 审批): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def lingchuan_mediation_committee_group_rows() -> dict:
    unit = f"{PLACE}人民调解委员会"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、调委会领导", "调委会领导", [
            ("主任", "弓雩澈", "leader", [
                ("重大矛盾纠纷调解中偏袒一方当事人", "一级风险", "重大纠纷由三名以上调解员共同调解。"),
                ("专职调解员聘任不公开", "二级风险", "聘任条件和结果公示。"),
            ]),
        ]),
        ("二、调解室", "调解室", [
            ("专职调解员", "束瑄岺", "general", [
                ("收受当事人财物或接受宴请", "二级风险", "调解室公开监督电话，签订廉洁调解承诺。"),
                ("调解协议书内容违反法律规定", "一级风险", "协议书由主任审核后送达。"),
            ]),
            ("专职调解员", "弓骞珝", "general", [
                ("调解卷宗虚报案件数量套取补贴", "二级风险", "卷宗按季度抽查，回访当事人。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "lingchuan_mediation_committee_group_rows", "https://m.fx361.cc/news/2023/0108/14393442.html",
        "县人民调解委员会 廉政风险防控责任清单, after the source's 大调解工作格局 (人民调解组织网络, 专职调解员, 衔接联动): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、调委会领导``, ``二、调解室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def lingchuan_liyi_office_register() -> dict:
    unit = f"{PLACE}礼义镇司法所"
    sh = _Sheet("登记表", [6, 10, 10, 38, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", "束骥沄", "leader", [
            ("村（居）调委会工作补贴发放审核不严", "制度机制", "Ⅰ级", "补贴按调解台账核发，名单公示。"),
            ("社区矫正对象七日内外出请假违规批准", "岗位职责", "Ⅰ级", "请假审批集体研究，定位核查。"),
        ]),
        ("司法助理员", "弓翊潆", "general", [
            ("矫正对象日常报到、走访记录造假", "业务流程", "Ⅱ级", "报到走访记录与系统定位比对。"),
            ("人民调解卷宗装订归档不规范", "业务流程", "Ⅲ级", "卷宗统一格式装订，季度检查。"),
            ("接受矫正对象家属宴请", "思想道德", "Ⅱ级", "严禁与矫正对象及家属有利益往来。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "lingchuan_liyi_office_register", "http://fsou.net/html/text/lar/170182/17018225_2.html",
        "镇司法所 廉政风险点排查登记表, after the source's 人民调解 规范化 and 经费保障 (调解场所, 协议书, 工作补贴, 个案补贴): "
        "``附件3``, a title, 序号/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no 科室; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lingchuan_legal_service_center_list() -> dict:
    unit = f"{PLACE}公共法律服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "束霑璠", "leader", "对公证、律师服务投诉压案不查", "岗位职责", "高风险",
         "投诉件登记编号，限期办结并反馈投诉人。"),
        ("中心领导", "主任", "束霑璠", "leader", "入驻窗口的法律服务机构选定不公开", "制度机制", "中风险",
         "入驻机构公开遴选，结果公示。"),
        ("服务大厅", "窗口人员", "弓赟翮", "general", "引导群众到指定律所、收取介绍费", "思想道德", "高风险",
         "大厅公示服务禁令，设置评价器。"),
        ("服务大厅", "窗口人员", "弓赟翮", "general", "法律咨询登记不全、推诿不答", "业务流程", "低风险",
         "咨询一人一登记，每月抽查回访。"),
        ("综合组", "会计", "束溥琎", "general", "值班律师补贴核算不准", "业务流程", "中风险", "补贴按值班记录核算，双人复核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "lingchuan_legal_service_center_list", "http://www.lightcatch.net/content/1972.html",
        "县公共法律服务中心 岗位廉政风险防控一览表, after the source's news of 公证执业 投诉处理 规定 (争揽业务, 回扣, 收费, "
        "投诉): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def lingchuan_dispute_center_selfchecks() -> dict:
    unit = f"{PLACE}矛盾纠纷多元化解中心"
    t = _Truth(unit)
    people = [
        ("弓韬玙", "中心领导", "主任", "leader", [
            ("疑难纠纷分流交办不按职责，优亲厚友", "Ⅰ级", "分流交办依据职责清单，交办单存档。", "已落实"),
            ("中心运行经费报销审批不严", "Ⅱ级", "报销单据经办人、证明人、主任三签。", "未发现问题"),
        ]),
        ("束玹湉", "调处组", "调处员", "general", [
            ("调处过程中泄露当事人隐私", "Ⅱ级", "调处材料专柜保管，查阅登记。", "已落实"),
            ("为当事人介绍律师、鉴定机构谋利", "Ⅲ级", "签订廉洁承诺书。", "已落实"),
            ("纠纷化解数据弄虚作假", "Ⅰ级", "化解数据与台账逐件核对。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lingchuan_dispute_center_selfchecks", "http://m.handmsg.com/page/2012/0124/15969018.shtml",
        "县矛盾纠纷多元化解中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account "
        "of a 司法局's 社会矛盾纠纷调处 (大调解, 类型多样化, 调处中心): a title, a label row ``姓　名 | 所在组室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lingchuan_notary_office_duty_lines(),
    lingchuan_justice_bureau_two_sheets(),
    lingchuan_legal_aid_posts(),
    lingchuan_correction_bureau_cards(),
    lingchuan_mediation_committee_group_rows(),
    lingchuan_liyi_office_register(),
    lingchuan_legal_service_center_list(),
    lingchuan_dispute_center_selfchecks(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch792-inbox"))

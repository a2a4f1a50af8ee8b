"""The eight-hundred-and-ninety-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's justice
bodies, 轮台县 (巴音郭楞蒙古自治州, 新疆维吾尔自治区) — its 司法局, 社区矫正管理局, 公证处, 法律援助中心,
法治宣传中心, 人民调解委员会办公室 and two 司法所 (阳霞镇, 轮南镇) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 司法局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 社区矫正管理局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 公证处's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 法律援助中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 法治宣传中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 阳霞镇司法所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 轮南镇司法所's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``luntai_mediation_office_pinyin_initials``: the 人民调解委员会办公室's 岗位廉政风险防控一览表, an
  ordinary list (``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``) whose ``责任人`` cells
  hold only each holder's PINYIN INITIALS (``ZYH``, ``YSL`` …, merged per person), the full names
  given in a ``注：`` line under the table (``责任人栏按姓名汉语拼音首字母填写：ZYH—展昀翯，YSL—仰澍岚，…``).
  Chosen as new after grepping docs/layouts.md and the README for 代号-like holder keys (工号,
  编号对照表, 通讯录, 岗位简称, 姓加职务); that grep missed that docs/layouts.md (holder sections,
  ``HOLDER_CODES``) already describes exactly this: ``责任人一栏只填姓名拼音首字母 … 表下或表上有首字母说明
  (一行 注：XYL—邢某某…)``. So it is NOT an undescribed shape; found only when measuring, said here
  and in tests/test_batch899.py, and the layout was left as measured.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a provincial 司法厅's report on
基层法治建设 and 司法所; a 市司法局 调研 on 司法所 职能 — 社区矫正, 人民调解, 安置帮教; a 社评 on a
公证处主任's pay and 公证收费; a 司法厅 课题 on 法律援助 社会化 — 经费, 指派, 案件质量; an article on
“谁执法谁普法” 普法责任制; a paper on 西部地区 法律援助 by a 县司法局 author; the text of the
法律援助法 — 受理, 审查, 指派, 补贴; a 中院's paper on 特邀调解 — 调解员, 调解经费) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 展 and 仰 with rare given names); every unit is a body of 轮台县.

Run ``python tests/published/score.py --set batch899`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the person the note's legend gives for the initials in the
  ``责任人`` cell (the initials are no name of their own); 股室 and 岗位 as the row writes them;
- ``所领导``, ``中心领导``, ``局领导`` written in a 股室/部门 cell or a group row are the 科室 of those leaders; the
  司法局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 所's 组 and a
  中心's 组 are 科室; a group row ``二、受理审查组`` gives the 科室 ``受理审查组``;
- every 所, 中心, 处, the 办公室 and the 局 are units of their own: 局长, 副局长, 主任, 副主任, 所长, 副所长
  are leaders; 股长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 社区矫正管理局's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b899_"
PLACE = "轮台县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, 拼音首字母, tier, [(廉政风险点, 风险等级, 防控措施)])
INITIALS = [
    ("办公室领导", "主任", "展昀翯", "ZYH", "leader", [
        ("特邀调解员选聘不按条件，优亲厚友", "一级", "调解员选聘条件和结果在县司法局网站公示。"),
        ("调解经费以案定补时虚报案件数", "一级", "以案定补台账与调解卷宗逐件核对，季度通报。"),
    ]),
    ("办公室领导", "副主任", "仰澍岚", "YSL", "leader", [
        ("重大矛盾纠纷调解中收受当事人财物", "二级", "重大纠纷调解两人以上参加，全程记录。"),
    ]),
    ("调解指导股", "股长", "展璟淏", "ZJH", "middle", [
        ("调解协议书审查把关不严，损害一方权益", "二级", "调解协议书经股长、主任两级审查。"),
        ("为亲友介绍律师、鉴定机构谋取好处", "三级", "严禁推荐律师、鉴定机构，违者追责。"),
    ]),
    ("调解指导股", "专职调解员", "仰霂晗", "YMH", "general", [
        ("调解中偏袒一方，接受宴请", "二级", "签订廉洁调解承诺书，当事人评价回访。"),
        ("调解卷宗补写、代签", "三级", "卷宗当场制作，当事人当场签字。"),
    ]),
]  # fmt: skip


def luntai_mediation_office_pinyin_initials() -> dict:
    unit = f"{PLACE}人民调解委员会办公室"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, code, tier, points in INITIALS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, code, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    legend = "，".join(f"{code}—{who}" for _, _, who, code, _, _ in INITIALS)
    _line(sh, f"注：责任人栏按姓名汉语拼音首字母填写：{legend}。", 7)
    sh.add("制表：综合股", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "luntai_mediation_office_pinyin_initials", "http://lsszy.scssfw.gov.cn/article/detail/2023/01/id/7104541.shtml",
        "(harder) 县人民调解委员会办公室 岗位廉政风险防控一览表, after the source's 中院 paper on 特邀调解 (调解员 准入, "
        "调解经费 计算, 监督机制): a title, ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, "
        "岗位/责任人 merged per person, the ``责任人`` cells holding only PINYIN INITIALS (``ZYH``, ``YSL`` …) and a "
        "``注：`` line giving each initials' full name; ``一级/二级/三级``, no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luntai_justice_bureau_two_sheets() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("展崧翊", "局长", "主持全面工作", [
            ("干部选拔任用、司法所人员调配个人说了算", "一级", "干部任用经局党组会集体研究，按程序公示。"),
            ("政府采购和公共法律服务项目定向委托", "一级", "采购项目进县公共资源交易平台，集体决策。"),
        ]),
        ("仰沇瑄", "副局长", "分管基层工作、人民调解", [
            ("以案定补资金审核不严", "二级", "补贴资金按卷宗核定，在全县司法所通报。"),
            ("司法所建设经费分配不公", "二级", "经费按标准测算，局务会研究决定。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("基层工作股", "股长", "展翀湉", "middle", "司法所考核评比弄虚作假", "二级", "考核结果经局务会审定并公示。"),
        ("基层工作股", "股长", "展翀湉", "middle", "人民调解员补贴发放不核实", "一级", "补贴发放名单逐人核实，银行代发。"),
        ("行政执法监督股", "科员", "仰岫霈", "general", "行政执法案卷评查走过场", "二级", "案卷评查两人交叉，结果通报。"),
        ("办公室", "会计", "展沄璠", "general", "报销票据审核不严，虚列支出", "一级", "报账单据三级审核，每月对账。"),
        ("办公室", "出纳", "仰珣岱", "general", "现金不及时入账", "三级", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "luntai_justice_bureau_two_sheets", "http://www.handmsg.com/page/2019/0126/15855484.shtml",
        "县司法局 廉政风险防控一览表 in TWO SHEETS, after the source's 司法厅 report on 基层法治建设 (司法所, 人民调解员, "
        "依法行政, 执法监督): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def luntai_correction_bureau_posts() -> dict:
    unit = f"{PLACE}社区矫正管理局"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "调查评估意见", "授意出具不实的社区矫正调查评估意见", "岗位职责风险", "高",
         "调查评估意见经集体评议，报县司法局审定。"),
        ("矫正执行股", "股长", "middle", "请假外出审批", "违规批准社区矫正对象请假外出", "制度机制风险", "高",
         "请假审批按权限分级，系统留痕。"),
        ("矫正执行股", "矫正专干", "general", "日常监管", "收受矫正对象财物，放松监管", "思想道德风险", "中",
         "定位监管与走访结合，局里抽查。"),
        ("矫正执行股", "矫正专干", "general", "考核奖惩", "考核记分弄虚作假", "业务流程风险", "中",
         "考核记分公示，矫正对象签字确认。"),
        ("教育帮扶股", "科员", "general", "帮扶资金", "帮困扶助资金发放不实", "外部环境风险", "低",
         "帮扶名单经司法所核实，资金直接发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "luntai_correction_bureau_posts", "http://m.zgkjsz.com/page/2019/0126/15854195.shtml",
        "县社区矫正管理局 岗位廉政风险点排查表 对岗不对人, after the source's 市司法局 调研 on 司法所 职能 (社区矫正, "
        "安置帮教, 人民调解): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def luntai_notary_office_cards() -> dict:
    unit = f"{PLACE}公证处"
    t = _Truth(unit)
    cards = [
        ("主任", "展霁峋", "主任", "主持公证处全面工作", "leader", [
            ("公证收费不按标准，违规减免或多收", "★★★", "收费标准上墙公示，统一开票、统一入账。"),
            ("重大复杂公证事项个人决定出证", "★★★", "重大复杂事项集体讨论，讨论记录附卷。"),
            ("接受当事人宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "仰淏昶", "副主任", "分管公证质量、档案", "leader", [
            ("审批自己办理的公证书", "★★", "公证书审批实行回避，系统限制。"),
            ("公证档案借阅不登记，泄露当事人信息", "★★", "档案借阅登记审批，定期检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "luntai_notary_office_cards", "https://fx361.cc/page/2013/1115/13226802.shtml",
        "县公证处 领导干部廉政风险防控卡, one sheet a leader, after the source's 社评 on a 公证处主任's pay (公证收费 按受益额, "
        "效益工资, 审计): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def luntai_legal_aid_group_rows() -> dict:
    unit = f"{PLACE}法律援助中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "展琤岷", "leader", [
                ("法律援助案件指派向特定律师事务所倾斜", "一级风险", "案件指派按轮流顺序，系统随机。"),
                ("办案补贴审批不严", "一级风险", "补贴按案件质量评估结果核定。"),
            ]),
        ]),
        ("二、受理审查组", "受理审查组", [
            ("组长", "仰漪珩", "middle", [
                ("经济困难审查把关不严", "二级风险", "经济困难证明逐项核实，告知承诺存档。"),
            ]),
            ("受理员", "展屹澂", "general", [
                ("符合条件的申请不予受理、推诿", "二级风险", "首问负责，一次性告知。"),
                ("向受援人收取费用", "三级风险", "公开监督电话，回访受援人。"),
            ]),
        ]),
        ("三、案件管理组", "案件管理组", [
            ("案件管理员", "仰翾沛", "general", [
                ("案件质量评估走过场", "二级风险", "案卷评估实行同行评估和回访。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "luntai_legal_aid_group_rows", "https://m.ibooks.qq.com/read/1000689777/15",
        "县法律援助中心 廉政风险防控责任清单 under GROUP ROWS, after the source's 司法厅 课题 on 法律援助 社会化 (经费, 指派, "
        "律师 义务, 案件质量): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group "
        "rows ``一、中心领导``, ``二、受理审查组``, ``三、案件管理组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def luntai_legal_publicity_selfchecks() -> dict:
    unit = f"{PLACE}法治宣传中心"
    t = _Truth(unit)
    people = [
        ("展湛岍", "中心领导", "主任", "leader", [
            ("普法宣传品采购指定供应商", "Ⅰ级", "宣传品采购三家比价，集体研究。", "已落实"),
            ("普法经费挪作他用", "Ⅱ级", "普法经费专款专用，年底公开。", "未发现问题"),
        ]),
        ("仰璎涔", "宣传教育组", "宣传员", "general", [
            ("普法活动场次、人数虚报", "Ⅰ级", "活动照片和签到表留存，抽查核实。", "已落实"),
            ("法治文艺演出劳务费发放不实", "Ⅲ级", "劳务费按名单转账发放。", "已落实"),
        ]),
        ("展岢霆", "宣传教育组", "组长", "middle", [
            ("“谁执法谁普法”考评打分不公", "Ⅱ级", "考评打分两人以上，结果公示。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "luntai_legal_publicity_selfchecks", "https://m.fx361.cc/news/2017/0307/18446787.html",
        "县法治宣传中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's article on "
        "“谁执法谁普法” 普法责任制 (普法清单, 考评, 经费保障): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def luntai_yangxia_justice_station_list() -> dict:
    unit = f"{PLACE}阳霞镇司法所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "仰沣瑀", "leader", "法律援助申请初审把关不严", "岗位职责", "高风险",
         "初审材料逐项核对，报县法律援助中心复核。"),
        ("所领导", "所长", "仰沣瑀", "leader", "社区矫正对象走访记录造假", "制度机制", "中风险",
         "走访定位打卡，县局抽查。"),
        ("人民调解", "调解员", "展皓泺", "general", "调解中收受当事人财物", "思想道德", "高风险",
         "签订廉洁承诺，当事人回访。"),
        ("人民调解", "调解员", "展皓泺", "general", "以案定补卷宗虚报", "业务流程", "低风险",
         "卷宗逐件登记，县局核查。"),
        ("安置帮教", "专干", "仰珈峦", "general", "刑满释放人员帮扶资金发放不实", "外部环境", "中风险",
         "帮扶名单村务公开，资金直接发放。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "luntai_yangxia_justice_station_list", "https://fx361.cc/page/2020/0915/7029724.shtml",
        "镇司法所 岗位廉政风险防控一览表, after the source's paper on 西部地区 法律援助 (县司法局, 受援人, 经费, 立法): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def luntai_lunnan_justice_station_register() -> dict:
    unit = f"{PLACE}轮南镇司法所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "展濯昕", "leader", [
            ("法律援助指派前擅自承诺代理结果", "制度机制", "一级", "指派由县法律援助中心统一办理。"),
            ("司法所办公经费使用不公开", "岗位职责", "二级", "经费专账核算，年底公开。"),
        ]),
        ("法律服务组", "法律服务工作者", "仰泠岌", "general", [
            ("有偿代理与法律援助混同收费", "业务流程", "一级", "收费项目公示，法律援助一律免费。"),
            ("泄露当事人隐私", "思想道德", "三级", "卷宗专柜保管，借阅登记。"),
        ]),
        ("社区矫正组", "矫正专干", "展澧皙", "general", [
            ("矫正对象报到登记不及时，脱管漏管", "岗位职责", "二级", "报到登记当日录入系统，所长核查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "luntai_lunnan_justice_station_register", "https://blh1888.com/i1010/18792.html",
        "镇司法所 廉政风险点排查登记表, after the source's text of the 法律援助法 (受理, 审查, 指派, 法律援助人员, 收费 "
        "禁止): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luntai_mediation_office_pinyin_initials(),
    luntai_justice_bureau_two_sheets(),
    luntai_correction_bureau_posts(),
    luntai_notary_office_cards(),
    luntai_legal_aid_group_rows(),
    luntai_legal_publicity_selfchecks(),
    luntai_yangxia_justice_station_list(),
    luntai_lunnan_justice_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch899-inbox"))

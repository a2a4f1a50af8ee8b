"""The six-hundred-and-eighty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 信访 and 司法
bodies, 科尔沁右翼前旗 (of 兴安盟, 内蒙古自治区) — its 信访局, 人民来访接待中心, 司法局 (机关), 法律援助
中心, 公证处 and the 司法所 in its 镇 (科尔沁, 归流河, 索伦) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 信访局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 人民来访接待中心's 排查表 对岗不对人: ``岗位`` merged per post, no names, ``一级/二级/三级``,
  short types, a ``注：`` line;
- the 司法局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务`` merged per leader) and ``股室`` (``股室``
  merged, ``岗位 | 姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 法律援助中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` label rows,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 科尔沁镇司法所's 清单 under GROUP ROWS ``一、所领导`` … merged across (no 科室 column),
  ``高风险/中风险/低风险``, no type column;
- the 归流河司法所's 自查表, one sheet a person: a label row ``姓　名 | 岗　位 | 填表时间`` over a row
  of values, ``一级风险/二级风险/三级风险``, ``自查情况``;
- the 公证处's 一览表 under ``附件3`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row, short
  types, ``一级/二级/三级``, a 填表人/审核人 line.

One is harder:

- ``keyouqianqi_suolun_office_holder_in_measures``: the 索伦司法所's 排查表 has ``股室 | 岗位`` (merged
  per person) but NO 姓名 column; each row's ``防控措施`` cell holds the numbered measures and, on its
  LAST LINE, ``责任人：<name>`` — the row's holder written only inside the measures cell. Two 人民
  调解员's blocks are told apart only by those lines. The README's 读得懂的表 knows a holder in a
  labelled bracket closing the POINT (``（责任人：副部长　某某）``), in a heading's bracket, in a
  comment on the post cell, in foot rows closing a block; it does not describe the holder named
  only on the closing line of each row's measures cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 信访考核办法; a piece on 信访工作
特点; a 司法行政系统 廉政风险防控 实施方案; a paper on 法律援助 and 社会治理; a 司法局's answer on 人民调解员
队伍建设; a thesis on 社区矫正 监督 — 调查评估, 奖惩, 请假, 档案; a 司法局's 双随机 抽查工作指引 for
公证机构; a 人民调解 工作经费保障 意见 — 个案补贴, 瞒报虚报) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 羿 and 酆 with rare given names); every unit is a body of 科尔沁右翼前旗.

Run ``python tests/published/score.py --set batch686`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each person (the ``责任人：`` line of his rows' measures cells) is one form, his
  post and 股室 from the row; the ``责任人：…`` line is no measure and the measures no point;
- ``局领导``, ``所领导``, ``中心领导`` (a sheet, a group row, a 科室 cell) are the 科室 of those
  leaders; the 司法局's leaders (sheet ``局领导``, no 科室 column) and the cards' people have no 科室;
  a group row ``二、人民调解组`` gives the 科室 ``人民调解组`` (its number left off);
- every 司法所, the 信访局, the 接待中心, the 法律援助中心, the 公证处 and the 司法局 are units of their
  own: 局长, 副局长, 主任, 副主任, 所长 are leaders; 股长, 科长 and 组长 middle; the rest general;
- the 接待中心's list names no person: its forms are posts (对岗不对人); ``自查情况`` and ``填表时间``
  are no points;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低, ``高风险/中风险/低风险`` are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b686_"
PLACE = "科尔沁右翼前旗"
JUSTICE = f"{PLACE}司法局"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
HOLDER = "责任人："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, post, holder, tier, [(point, level, [measures])]) — the holder only on the measures' last line
SUOLUN = [
    ("所领导", "所长", "羿翾澂", "leader", [
        ("人民调解个案补贴审核把关不严，虚报调解案件套取补贴", "高", [
            "个案补贴按卷宗逐件审核，调解协议与回访记录对应", "补贴发放名单在村（嘎查）公示"]),
        ("社区矫正对象调查评估意见受人情干扰", "高", [
            "调查评估两人以上实施，评估意见集体研究"]),
    ]),
    ("人民调解组", "组长", "酆珝岚", "middle", [
        ("矛盾纠纷排查台账不实，瞒报、漏报纠纷", "中", [
            "排查台账按月与嘎查村调委会核对", "重大纠纷24小时内报告"]),
    ]),
    ("人民调解组", "人民调解员", "羿沨琰", "general", [
        ("调解中偏袒一方当事人，收受当事人财物", "高", [
            "调解实行回避制度", "调解结束回访当事人"]),
        ("调解卷宗弄虚作假、补做材料", "低", ["卷宗每季度交叉评查"]),
    ]),
    ("人民调解组", "人民调解员", "酆瑀湉", "general", [
        ("为纠纷当事人介绍律师、法律服务工作者并从中获利", "中", [
            "严禁介绍、推荐法律服务人员", "公开监督电话"]),
    ]),
    ("社区矫正组", "社区矫正专干", "羿岍瑗", "general", [
        ("违规批准社区矫正对象请假外出", "高", ["请假审批按权限报批，系统留痕"]),
        ("矫正对象奖惩建议不按规定提出", "中", ["奖惩建议经所务会集体研究后上报"]),
        ("矫正档案材料缺失、事后补录", "低", ["档案一人一档，定期检查"]),
    ]),
]  # fmt: skip


def _measures_cell(measures: list[str], who: str) -> str:
    lines = [f"{i}.{m}；" for i, m in enumerate(measures, 1)]
    lines[-1] = lines[-1][:-1] + "。"
    return "\n".join([*lines, f"{HOLDER}{who}"])


def keyouqianqi_suolun_office_holder_in_measures() -> dict:
    unit = f"{JUSTICE}索伦司法所"
    sh = _Sheet("排查表", [6, 12, 13, 40, 9, 42])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 6)
    sh.add("序号", "股室", "岗位", "风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in SUOLUN:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, lv, _measures_cell(measures, who))
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    # the 股室 merged over its runs, the post over each person's rows (told apart by the holder)
    holder = lambda row: row[5].rsplit(HOLDER, 1)[1]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2], holder(row)))]
    )
    sh.add("所长（签字）：", None, None, "填表日期：2025年5月", None, None)
    return _layout(
        "keyouqianqi_suolun_office_holder_in_measures", "http://sft.jl.gov.cn/ywxx/jcgz/201601/t20160125_4576343.html",
        "(harder) 旗司法局 镇司法所 岗位廉政风险排查表, after the source's 人民调解 工作经费保障 意见 (个案补贴, 瞒报虚报, "
        "调解员队伍): a title, ``序号 | 股室 | 岗位 | 风险点 | 风险等级 | 防控措施`` with 股室 merged and 岗位 merged per "
        "person, NO 姓名 column; each ``防控措施`` cell numbered measures one a line and, on its LAST LINE, "
        "``责任人：<name>`` — the row's holder written only there (the two 人民调解员 told apart only by it); 高/中/低; "
        "no type column; a 所长（签字）/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def keyouqianqi_petition_bureau_list() -> dict:
    unit = f"{PLACE}信访局"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "酆沅翀", "leader", [
            ("信访工作考核评分受人情干扰，随意加减分", "制度机制风险", "高", "考核评分集体评议，结果公示。"),
            ("对重点信访事项交办督办打招呼、说情", "思想道德风险", "中", "交办督办事项全程登记，领导干预记录报告。"),
        ]),
        ("办信科", "科长", "羿琤沚", "middle", [
            ("来信登记不全，有意压件不转", "岗位职责风险", "高", "来信当日登记录入系统，转送情况每周核对。"),
        ]),
        ("办信科", "科员", "酆湄翎", "general", [
            ("泄露信访人信息或举报材料", "思想道德风险", "高", "举报材料专柜保管，严禁转给被举报人。"),
            ("网上信访答复超期、敷衍答复", "业务流程风险", "低", "网上信访限时答复，超期自动预警。"),
        ]),
        ("督查科", "科长", "羿淏珺", "middle", [
            ("督查督办走过场，推诿扯皮不追责", "岗位职责风险", "中", "督办件实行销号管理，结果通报。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "keyouqianqi_petition_bureau_list", "https://www.ituiya.com/k/xinfangkaohebanfa/",
        "旗信访局 岗位廉政风险防控一览表, after the source's 信访考核办法 (考核评分, 交办督办, 办理时限): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def keyouqianqi_reception_centre_posts() -> dict:
    unit = f"{PLACE}人民来访接待中心"
    sh = _Sheet("排查表", [6, 14, 40, 12, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心主任", "leader", "接访处置中对信访人区别对待、优亲厚友", "思想道德", "一级", "接访全程录音录像，处置意见集体研究。"),
        ("中心主任", "leader", "联合接访部门协调不力，推诿信访事项", "岗位职责", "二级", "联合接访轮值表公开，首接负责。"),
        ("接访员", "general", "来访登记不实，故意漏登重复访", "业务流程", "二级", "来访一律录入信息系统，双人核对。"),
        ("接访员", "general", "接受信访人或被反映单位吃请、礼品", "外部环境", "一级", "签订廉洁承诺，公开投诉电话。"),
        ("接访员", "general", "对群众来访态度生硬、推诿", "岗位职责", "三级", "开展满意度回访，结果纳入考核。"),
        ("网上信访员", "general", "擅自修改网上信访办理结果", "制度机制", "二级", "系统修改权限分级，操作留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 6)
    return _layout(
        "keyouqianqi_reception_centre_posts", "http://fengdujob.net/go/信访工作特点.html",
        "旗人民来访接待中心 岗位廉政风险点排查表 对岗不对人, after the source's piece on 信访工作特点 (群众来访, 联合接访, "
        "首接负责): a title, 序号/岗位 merged per post/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "no names; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def keyouqianqi_justice_bureau_two_sheets() -> dict:
    unit = JUSTICE
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 10, 40, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("羿岙霂", "局长", [
            ("干部选拔任用、评先评优个人说了算", "Ⅰ级", "干部任用经党组会集体研究，结果公示。"),
            ("司法所建设经费分配不按规定", "Ⅱ级", "经费分配方案局务会审议，定期公开。"),
        ]),
        ("酆琇岷", "副局长", [
            ("对律师事务所年度考核打招呼", "Ⅰ级", "年度考核由考核小组集体评定，结果公示。"),
            ("法治宣传经费使用不规范", "Ⅲ级", "宣传经费专款专用，报销三签。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社区矫正管理股", "股长", "酆澍珩", "middle", "社区矫正对象进入特定区域审批把关不严", "Ⅰ级",
         "审批按权限报批，事后核查。"),
        ("社区矫正管理股", "科员", "羿渟翯", "general", "矫正对象电子定位监管不到位、隐瞒脱管", "Ⅱ级",
         "定位信息每日核查，脱管即时报告。"),
        ("公共法律服务管理股", "股长", "酆霈璆", "middle", "律师投诉查处不及时、压案不办", "Ⅱ级",
         "投诉登记台账，限时办结。"),
        ("行政复议股", "股长", "羿沄岑", "middle", "行政复议案件审理受人情干扰", "Ⅰ级",
         "复议案件集体讨论，审理意见书面留存。"),
        ("办公室", "会计", "酆珂瑗", "general", "经费报销审核不严，虚列支出", "Ⅲ级", "报销单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "keyouqianqi_justice_bureau_two_sheets", "https://fw.chazidian.com/fanwen203263/",
        "旗司法局 廉政风险防控一览表 in TWO SHEETS, after the source's 司法行政系统 廉政风险防控 实施方案 (法律保障, 法制宣传, "
        "法律服务, 各股室 司法所): sheet 局领导 with 姓名/职务 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def keyouqianqi_legal_aid_cards() -> dict:
    unit = f"{PLACE}法律援助中心"
    t = _Truth(unit)
    cards = [
        ("主任", "羿琰翀", "主任", "leader", [
            ("法律援助申请审查把关不严，为不符合条件者批准援助", "★★★", "经济困难审查材料存档，审批结果公示。"),
            ("指派律师不按顺序轮流，照顾关系律师", "★★★", "指派按名册轮流，指派记录每月公开。"),
            ("办案补贴发放审核不严", "★★", "补贴按结案评估等级核发，财务复核。"),
        ]),
        ("援助律师", "酆翊岚", "援助律师", "general", [
            ("向受援人收取费用或财物", "★★★", "签订廉洁办案承诺，受援人回访。"),
            ("办理援助案件敷衍，损害受援人利益", "★★", "案件质量评估，卷宗抽查。"),
            ("泄露受援人个人信息", "★", "援助档案专人保管，调阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, items in cards:
        sh = _Sheet(tab, [8, 40, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "keyouqianqi_legal_aid_cards", "https://fx361.cc/page/2019/0913/15847745.shtml",
        "旗法律援助中心 岗位廉政风险防控卡, one sheet a person, after the source's paper on 法律援助 and 社会治理 (政府责任, "
        "财政投入, 供需矛盾, 社会律师): a title, ``姓　名 | … | 职　务 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def keyouqianqi_horqin_office_group_rows() -> dict:
    unit = f"{JUSTICE}科尔沁镇司法所"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "酆淏翎", "leader", [
                ("人民调解员选聘不公开，安排亲友", "高风险", "调解员选聘公开报名、集体研究。"),
                ("对所内人员违规行为失察", "中风险", "每季度开展廉政谈话。"),
            ]),
        ]),
        ("二、人民调解组", "人民调解组", [
            ("组长", "羿湘岫", "middle", [
                ("调解协议书内容违法或显失公平", "中风险", "协议书经所长审核后出具。"),
            ]),
            ("人民调解员", "酆沚珣", "general", [
                ("调解中吃拿卡要，收受好处", "高风险", "调解实行回避，当事人评议。"),
            ]),
        ]),
        ("三、安置帮教组", "安置帮教组", [
            ("帮教专干", "羿珺澴", "general", [
                ("刑满释放人员帮扶资金发放不实", "高风险", "帮扶资金发放名单公示，打卡发放。"),
                ("帮教档案弄虚作假", "低风险", "帮教档案定期检查。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "keyouqianqi_horqin_office_group_rows",
        "http://sfj.xianning.gov.cn/xxgk/xxgkml/qtzdgknr/tayabjxx/202110/t20211013_2409581.shtml",
        "旗司法局 镇司法所 廉政风险防控责任清单, after the source's answer on 人民调解员 队伍建设 (调解组织, 专业能力, 保障"
        "水平): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、人民调解组``, ``三、安置帮教组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def keyouqianqi_guiliuhe_office_selfchecks() -> dict:
    unit = f"{JUSTICE}归流河司法所"
    t = _Truth(unit)
    people = [
        ("酆岚昉", "所长", "leader", [
            ("社区矫正调查评估意见不实", "一级风险", "调查评估两人实施，集体研究。", "已落实"),
            ("对矫正对象违规行为不提请处罚", "二级风险", "违规情形逐条登记，按规定提请。", "未发现问题"),
        ]),
        ("羿瑀汀", "社区矫正专干", "general", [
            ("接受社区矫正对象宴请、财物", "一级风险", "签订廉洁承诺，公开举报电话。", "已落实"),
            ("社区矫正档案补做、篡改", "三级风险", "档案材料即时归档。", "已落实"),
            ("请假、外出审批不按权限", "二级风险", "请假审批系统留痕。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(post, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "keyouqianqi_guiliuhe_office_selfchecks", "https://globethesis.com/?t=2556307097486484",
        "旗司法局 镇司法所 岗位廉政风险自查表, one sheet a person (tabs named by the post), after the source's thesis on "
        "社区矫正 监督 (调查评估, 奖惩, 请假, 档案管理): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def keyouqianqi_notary_office_list() -> dict:
    unit = f"{PLACE}公证处"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "主任", "羿翎沨", "leader", "违规收取公证费或减免不按规定", "制度机制", "一级",
         "收费标准公示，减免集体审批。"),
        ("处领导", "主任", "羿翎沨", "leader", "为本人近亲属办理有利害关系的公证", "思想道德", "二级",
         "严格执行回避制度。"),
        ("公证业务科", "公证员", "酆璆澂", "general", "为不真实、不合法的事项出具公证书", "岗位职责", "一级",
         "公证书审批实行两级审核。"),
        ("公证业务科", "公证员", "酆璆澂", "general", "以支付回扣等方式争揽公证业务", "外部环境", "二级",
         "业务来源登记，定期抽查。"),
        ("公证业务科", "公证员助理", "羿霂琤", "general", "私自出具公证书或泄露当事人信息", "业务流程", "一级",
         "公证专用章专人保管，用印登记。"),
        ("综合科", "出纳", "酆岫珩", "general", "挪用、截留公证费", "业务流程", "二级", "公证费当日入账，按月对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "keyouqianqi_notary_office_list",
        "http://hbdaye.gov.cn/zfxxgk/fdgknr/qtzdgknr/2020ssj/202304/t20230425_1009602.html",
        "旗公证处 岗位廉政风险防控一览表, after the source's 双随机 抽查工作指引 for 公证机构和公证员 (收费, 回避, 争揽业务, "
        "出具公证书): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    keyouqianqi_suolun_office_holder_in_measures(),
    keyouqianqi_petition_bureau_list(),
    keyouqianqi_reception_centre_posts(),
    keyouqianqi_justice_bureau_two_sheets(),
    keyouqianqi_legal_aid_cards(),
    keyouqianqi_horqin_office_group_rows(),
    keyouqianqi_guiliuhe_office_selfchecks(),
    keyouqianqi_notary_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch686-inbox"))

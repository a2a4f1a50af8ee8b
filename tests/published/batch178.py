"""A hundred-and-seventy-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the annexes
附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表 or 承诺书, filled by staff of
bodies no earlier batch used, with ordinary habits. Every unit is a body of an invented 江阳区 (its
镇 an invented 沱湾镇):

- the 禁毒委员会办公室 专职副主任's 附件2 with a SEVENTH column the office added to the template,
  ``完成时限`` (``长期坚持``, ``每季度``, ``2024年9月前``), 分管工作 merged, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` and the ``“三重一大”方面`` row merged across the table;
- the 卫生职业技术学校's 自查表 of three teachers, one a sheet (tabs their names), ``职称 | 讲师`` and
  ``性别`` among the pairs beside ``所在部门``/``职务`` and a date cell, 高/中/低, short types;
- the 教育科学研究室's two 附件3, one a sheet, the tabs named for the 部 (``小学教研部``,
  ``中学教研部``), one typed 一级/二级/三级 and the other 高/中/低 under the template's ``风险级别``;
- the 工伤保险服务中心's 防控卡 of two people, one a sheet, the 序号 typed as circled numbers
  (``①``, ``②``, ``③``), ``★★★/★★/★`` with the note, a ``监督人`` column holding the post ``股长``;
- the 复退军人医院's 登记表 of two people, a row of labels (``姓名 | 性别 | 出生年月 | 科室 | 职务 |
  职称``) over a row of values, 一级/二级/三级, ``…风险`` types;
- the 纤维检验所 检验员's 承诺书: ``承诺人 | … | 所在科室 | … | 岗位 | …``, a ``工作环节`` column, the
  measures under ``承诺措施``, no type column, ``承诺人（签字）：…`` under the pledge;
- the 营商环境服务中心's 自查自纠表 of two people: the district's PRINTED check items (``是否存在…``)
  in a ``自查内容`` column, a ``是否存在`` column answered ``是``/``否``, and the person's own finding
  under ``查找出的风险点`` — ``无`` (with ``/`` for level and measures) where the answer is ``否``;
- the 沱湾镇's two 附件4 of staff of its 站所, tabs their names, ``所在科室及职务 | 财政所报账员`` and
  ``农业综合服务中心农技员``.

The shape this batch adds to what the README describes, a personal form offices split over sheets:

- ``social_org_center_info_sheet``: the 社会组织服务中心 评估督导股 股长's 登记材料 typed from a Word form
  of three parts, one part a SHEET: ``基本情况`` (the title with the unit, ``一、基本情况``, the pairs
  ``姓名``, ``性别``, ``出生年月``, ``政治面貌``, ``所在股室``, ``职务``, ``岗位风险等级`` and a 岗位职责
  paragraph), ``风险点`` (``二、岗位廉政风险点及防控措施`` and the table — no name, 股室 or post on
  this sheet) and ``承诺`` (``三、廉政承诺``, the pledge, ``承诺人（签字）：`` left blank). The holder,
  股室 and post stand only on the first sheet.

One is harder:

- ``taxi_office_two_up_cards``: the 出租汽车管理所's 防控卡 of two people laid out TWO UP on one sheet,
  as a landscape page prints two cards side by side: card A in columns A–E, an empty column F, card
  B in G–K, each with its own title, ``持卡人 | … | 所在股室 | …`` over ``岗位 | … | 持卡时间 | …``, its
  own header and rows (card B one row shorter, its last row blank) and its own ``持卡人签字：`` line.
  The rows of the two cards stand side by side in the same sheet rows.

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; the pages describe their subject in prose (a
city's 禁毒法 实施意见 — 禁毒经费, 禁毒社工, 社区戒毒 and 尿检; what a 卫生学校 teaches and its 实训基地 and
就业; the 教研室 and 教研员 of a county; a 工伤保险 经办 chain — 经办人初审, 科长复核, 基金稽核 复核; a
复退军人医院 for 优抚对象 with mental illness; the 国储棉 公证检验 — 逐批抽样, 验讫印章; a city's
营商环境 监督投诉 office with its 监测点 and 特邀监测员; the 惠农补贴 一卡通 and the 乡镇财政所 and
站所; a 社会组织 培育 centre, 直接登记 and 评估等级; the 出租汽车 从业资格 注册 and 服务质量信誉考核) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented.

Run ``python tests/published/score.py --set batch178`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b178_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (a school's 处长, a 护士长 and a 股长 middle; the rest general);
- a ``完成时限`` column, a ``监督人`` column holding a post, ``职称``, ``性别``, ``出生年月``,
  ``政治面貌``, ``岗位风险等级``, the star note and the pledge lines are no points, holders or posts;
- a circled number (``①``) in 序号 is a row number;
- in a 自查自纠表 the point is the person's finding under ``查找出的风险点``; the printed
  ``自查内容`` (``是否存在…``) is the item checked, no point; a row answered ``否`` with ``无`` is no
  point;
- a 镇's 站所 (财政所, 农业综合服务中心) is a 科室 of the 镇 (unit ``江阳区沱湾镇人民政府``);
- a personal form split over sheets is ONE form: its holder, 股室 and post are those the
  ``基本情况`` sheet names, its points the rows of the ``风险点`` sheet;
- two cards printed side by side are two forms, each with the holder its own pairs name.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch138 import HEAD, REVIEWS, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b178_"
PLACE = "江阳区"
TOWN = "沱湾镇"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
CIRCLED = "①②③④⑤⑥"
NOTE = "注:此表一式三份,于6月底前报区纪委监委。"
RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- harder layout


def taxi_office_two_up_cards() -> dict:
    unit = f"{PLACE}出租汽车管理所"
    sh = _Sheet("防控卡", [6, 30, 10, 8, 30, 3, 6, 30, 10, 8, 30])
    t = _Truth(unit)
    cards = [
        ("祁鹭汀", "营运管理股", "营运证管理员", "2024年3月", [
            ("营运证过户、变更审核中收受经营者好处，放宽审核条件", "岗位职责", "高",
             "过户、变更材料两人审核，审核结果在服务大厅公示。"),
            ("车辆更新审核不严，为车龄、车况不达标车辆办理更新", "业务流程", "中",
             "更新车辆现场查验拍照，查验记录存档备查。"),
            ("泄露经营权指标投放、车辆更新计划等信息", "制度机制", "中",
             "指标投放信息由所务会确定后统一发布，经办人员签订保密承诺。"),
            ("服务质量信誉考核加分不按标准，为关系企业多加分", "思想道德", "低",
             "加分事项凭证明材料逐项录入系统，考核结果公示。"),
        ]),
        ("晏栩梧", "稽查股", "稽查队员", "2024年3月", [
            ("稽查中对违规经营选择性执法，接受请托不予查处", "岗位职责", "高",
             "稽查全程佩戴执法记录仪，案件线索登记编号跟踪。"),
            ("现场收取罚款不开票据，截留罚没款", "制度机制", "高", "罚款一律通过银行代收，严禁现场收取现金。"),
            ("接受出租汽车企业宴请，透露稽查时间和路线", "外部环境", "中",
             "稽查时间、路线当日临时确定，两人以上同行。"),
        ]),
    ]  # fmt: skip
    width, gap = 5, 1
    blocks = []
    for who, dept, post, since, points in cards:
        block = [[f"{unit}岗位廉政风险防控卡", None, None, None, None]]
        block.append(["持卡人", who, "所在股室", dept, None])
        block.append(["岗位", post, "持卡时间", since, None])
        block.append(["序号", "风险点", "风险类型", "风险等级", "防控措施"])
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            block.append([n, point, typ, lv, measures])
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
        blocks.append(block)
    longest = max(len(b) for b in blocks)
    for b in blocks:
        while len(b) < longest:
            b.append([None] * width)
        b.append([None] * width)
        b.append(["持卡人签字：", None, None, "年  月  日", None])
    for left, right in zip(*blocks, strict=True):
        sh.add(*left, *([None] * gap), *right)
    for k in range(2):
        c0 = k * (width + gap)
        sh.merge(0, c0, 0, c0 + width - 1)
        for r in (1, 2):
            sh.merge(r, c0 + 3, r, c0 + 4)
    return _layout(
        "taxi_office_two_up_cards", "http://m.jsyzj.com/czc/m105829",
        "(harder) 区出租汽车管理所's 岗位廉政风险防控卡 of two people after the source's questions on the 出租汽车驾驶员 "
        "从业资格 (注册 and 注销 at the 道路运输管理机构, 撤销, 服务质量信誉考核 and its points): the two cards printed TWO "
        "UP on one sheet ``防控卡`` — card A in columns A–E, column F empty, card B in G–K — each with its own title "
        "``江阳区出租汽车管理所岗位廉政风险防控卡`` merged over its five columns, ``持卡人 | 祁鹭汀 | 所在股室 | 营运管理股`` "
        "over ``岗位 | 营运证管理员 | 持卡时间 | 2024年3月`` (晏栩梧 of the 稽查股 on card B, in the SAME rows), its own "
        "header 序号/风险点/风险类型 short/风险等级 高/中/低/防控措施 and rows side by side (card B's fourth row blank), "
        "then ``持卡人签字： | 年 月 日`` under each card",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the shape this batch adds


def social_org_center_info_sheet() -> dict:
    unit = f"{PLACE}社会组织服务中心"
    who, dept, post = "那楚萸", "评估督导股", "股长"
    t = _Truth(unit)
    info = _Sheet("基本情况", [14, 16, 14, 16, 14, 16])
    _line(info, f"{unit}干部职工岗位廉政风险防控登记表", 6)
    _line(info, "一、基本情况", 6)
    info.add("姓名", who, "性别", "女", "出生年月", "1989.09")
    info.add("政治面貌", "中共党员", "参加工作时间", "2012.08", "学历", "大学本科")
    info.add("所在股室", dept, "职务", post, "岗位风险等级", "B级")
    r = info.add(
        "岗位职责",
        "负责全区社会组织等级评估的组织实施和结果运用；负责社会组织年度检查、抽查审计和日常督导；"
        "协助开展公益创投项目评审和社会组织孵化基地入驻评审。",
        None, None, None, None,
    )  # fmt: skip
    info.merge(r, 1, r, 5)
    risks = _Sheet("风险点", [6, 22, 34, 14, 9, 34])
    _line(risks, "二、岗位廉政风险点及防控措施", 6)
    risks.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社会组织等级评估", "评估打分不按评估指标，为关系组织提高等级", "岗位职责风险", "高",
         "评估由第三方专家打分，评估结果经中心主任办公会审定后公示。"),
        ("社会组织等级评估", "评估前向参评组织透露评估专家名单", "制度机制风险", "中",
         "专家名单评估当日随机抽取，经办人员签订保密承诺。"),
        ("年度检查和日常督导", "年检中对财务违规问题不指出、不报告，收受好处", "思想道德风险", "高",
         "年检实行两人审核，发现问题书面报告并录入监管系统。"),
        ("公益创投项目评审", "评审中为熟人推荐的项目打高分", "外部环境风险", "中",
         "评审实行回避制度，评审打分表留存备查，评审结果公示。"),
        ("孵化基地入驻评审", "入驻条件把关不严，为不符合条件的组织提供场地", "业务流程风险", "低",
         "入驻条件公开，入驻名单经中心集体研究。"),
    ]  # fmt: skip
    first = len(risks.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        risks.add(n, duty, point, typ, lv, measures)
        t.point(risks.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    _merge_down(risks, first, [(1, lambda row: row[1])])
    pledge = _Sheet("承诺", [14, 16, 14, 16, 14, 16])
    _line(pledge, "三、廉政承诺", 6)
    _line(pledge, "本人郑重承诺：严格落实上述防控措施，不利用职务便利为社会组织谋取不正当利益，"
                  "不接受服务对象宴请和礼品礼金，自觉接受组织和群众监督。", 6)  # fmt: skip
    pledge.add()
    pledge.add(None, None, None, "承诺人（签字）：", None, None)
    pledge.add(None, None, None, "年  月  日", None, None)
    return _layout(
        "social_org_center_info_sheet",
        "https://mzj.changzhou.gov.cn/html/czmzj/2015/FQBBNQQK_0907/33695.html",
        "区社会组织服务中心 评估督导股 股长's 岗位廉政风险防控登记表 after the source's account of a city's 社会组织 "
        "(直接登记, the 社会组织培育发展中心 and its first 入驻 organisations, 公益创投, 评估等级): a Word form of three "
        "parts typed as THREE SHEETS — ``基本情况`` (the title with the unit, ``一、基本情况``, then ``姓名 | 那楚萸 | 性别 | "
        "女 | 出生年月 | 1989.09``, ``政治面貌 | … | 参加工作时间 | … | 学历 | …``, ``所在股室 | 评估督导股 | 职务 | 股长 | "
        "岗位风险等级 | B级`` and a merged 岗位职责 paragraph), ``风险点`` (``二、岗位廉政风险点及防控措施`` over 序号/岗位职责 "
        "merged/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施 — no name, 股室 or post on this sheet) and ``承诺`` "
        "(``三、廉政承诺``, the pledge, ``承诺人（签字）：`` blank, ``年 月 日``)",
        [info, risks, pledge], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def drug_office_annex2_deadline() -> dict:
    unit = f"{PLACE}禁毒委员会办公室"
    who, post = "蹇嘉澍", "专职副主任"
    sh = _Sheet("Sheet1", [6, 22, 32, 14, 9, 32, 12])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 7)
    _line(sh, f"单位(盖章)：{unit}", 7)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A级", None)
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施", "完成时限")
    rows = [
        ("负责禁毒专项经费预算编制和使用管理", "禁毒专项经费不按预算用途使用，挤占挪用", "制度机制风险", "Ⅰ级",
         "专项经费专款专用，支出经主任办公会研究，每半年公开一次。", "长期坚持"),
        ("负责禁毒专项经费预算编制和使用管理", "禁毒宣传品采购不询价，指定供应商", "业务流程风险", "Ⅱ级",
         "宣传品采购三家以上询价，验收两人签字。", "2024年9月前"),
        ("负责社区戒毒（康复）工作督导和禁毒社工管理", "禁毒社工考核打分不按细则，优亲厚友", "岗位职责风险", "Ⅱ级",
         "考核细则公开，考核结果在各街道（镇）公示。", "每季度"),
        ("负责社区戒毒（康复）工作督导和禁毒社工管理", "尿检、毛发检测经费按虚报人次结算", "岗位职责风险", "Ⅰ级",
         "检测人次与管控系统记录逐月核对，结算单附检测名单。", "每月"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures, due) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures, due)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "“三重一大”方面", 7)
    point = "禁毒教育基地改造项目不经集体研究即确定施工单位"
    sh.add(1, "禁毒教育基地改造项目", point, "制度机制风险", "Ⅰ级",
           "项目按规定比选，主任办公会集体决策并留存会议纪要。", "长期坚持")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _reviews(sh, REVIEWS[1:], 7, {REVIEWS[1]: ("同意。", "2024年6月18日")})
    _line(sh, NOTE, 7)
    return _layout(
        "drug_office_annex2_deadline", "http://www.fsou.net/html/text/lar/170098/17009894_3.html",
        "区禁毒委员会办公室 专职副主任's 附件2 after the source's 禁毒法 实施意见 (禁毒委员会 and its 办事机构, 禁毒经费 "
        "列入预算, 禁毒社工, 社区戒毒（康复）, 尿检 经费): ``附件2``, the template's title, ``单位(盖章)：…``, ``姓名 | "
        "蹇嘉澍 | 职务 | 专职副主任 | 岗位风险等级 | A级``, then the template's header with a SEVENTH column the office "
        "added, ``完成时限`` (``长期坚持``, ``2024年9月前``, ``每季度``, ``每月``); 分管工作 merged, ``…风险`` types, "
        "``Ⅰ级/Ⅱ级/Ⅲ级`` (Ⅲ级 unused), the ``“三重一大”方面`` row merged across the table and one row under it numbered "
        "1; two review boxes (the first signed ``同意。``), the 注 line",
        [sh], t,
    )  # fmt: skip


def health_school_three_tabs() -> dict:
    unit = f"{PLACE}卫生职业技术学校"
    t = _Truth(unit)
    people = [
        ("禤砚秾", "女", "副教授", "招生就业处", "处长", "middle", datetime(2024, 6, 12), [
            ("负责招生计划分配和招生宣传", "委托中介机构招生并按人头支付费用，从中收取回扣", "外部环境", "高",
             "严禁委托中介招生，招生宣传经费按预算列支并公开。"),
            ("负责顶岗实习单位推荐", "推荐顶岗实习单位时收受医院、药企好处", "思想道德", "中",
             "实习单位由学校实习工作领导小组集体确定，名单公示。"),
            ("负责毕业生就业统计", "虚报毕业生就业率和对口就业人数", "岗位职责", "中",
             "就业数据逐人核实，附劳动合同或用人单位证明备查。"),
        ]),
        ("恽溪桐", "男", "实验师", "实训中心", "实训室管理员", "general", datetime(2024, 6, 13), [
            ("负责护理、药剂实训耗材申购和验收", "实训耗材验收不清点，数量短缺不报告", "业务流程", "中",
             "耗材验收两人以上清点签字，验收单附送货清单。"),
            ("负责实训设备管理", "实训设备私自外借或用于校外有偿培训", "制度机制", "中",
             "设备借用经实训中心主任审批，借还登记。"),
            ("负责实训耗材领用登记", "耗材领用登记不全，账实不符", "岗位职责", "低", "耗材领用实行台账管理，每学期盘点一次。"),
        ]),
        ("劳芷蘅", "女", "讲师", "护理系", "班主任", "general", datetime(2024, 6, 14), [
            ("负责班级国家助学金评定推荐", "助学金评定中优亲厚友，推荐不符合条件的学生", "岗位职责", "高",
             "评定经班级评议小组评议，推荐名单在班级公示五个工作日。"),
            ("负责学生日常管理", "收受学生家长礼品礼金", "思想道德", "低", "签订师德承诺书，拒收礼品登记报告。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, rank, dept, post, tier, date, points in people:
        sh = _Sheet(who, [10, 22, 34, 12, 10, 32])
        _line(sh, f"{unit}教职工廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "职称", rank)
        sh.add("所在部门", dept, "职务", post, "填表日期", date)
        sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防范措施")
        first = len(sh.rows)
        for n, (duty, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        sh.add()
        sh.add("本人签字：", None, None, "部门负责人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "health_school_three_tabs", "https://www.xhlnet.com/weisheng/196965.html",
        "区卫生职业技术学校 教职工廉政风险自查表 of three teachers after the source's account of what a 卫生学校 does "
        "(护理、药剂、医学检验 专业, 实训基地 with 仿真 rooms, 对口就业率, 校企合作): one sheet a person, the tabs their "
        "names; the title, then ``姓名 | … | 性别 | … | 职称 | 副教授/实验师/讲师`` over ``所在部门 | … | 职务 | … | "
        "填表日期 | <a date cell>`` (招生就业处 处长, 实训中心 实训室管理员, 护理系 班主任); 序号/工作职责/风险点/风险类型 "
        "short/风险等级 高/中/低/防范措施; ``本人签字： | 部门负责人签字：`` under it",
        sheets, t,
    )  # fmt: skip


def research_office_annex3_tabs() -> dict:
    unit = f"{PLACE}教育科学研究室"
    t = _Truth(unit)
    forms = [
        ("小学教研部", "冉泠玥", GRADES, [
            ("负责小学学科优质课、教学能手评选", "评选前确定评委→现场听课打分→结果公示",
             "评选打分不按标准，为熟人所在学校教师打高分", "岗位职责风险", "一级",
             "评委随机抽取，打分表当场封存，结果公示五个工作日。"),
            ("负责小学教学质量监测", "命题→印制→施测→阅卷→分析",
             "监测试题在施测前泄露", "制度机制风险", "一级", "命题人员集中封闭命题，试卷专人保管、专车运送。"),
            ("负责小学教学质量监测", "命题→印制→施测→阅卷→分析",
             "阅卷评分标准执行不一，随意调整学校成绩", "业务流程风险", "二级", "网上阅卷双评，误差超限三评。"),
            ("负责教辅资料推荐", "征求意见→集体审定→公布目录",
             "向学校推荐教辅资料时收受出版发行单位回扣", "外部环境风险", "三级",
             "教辅目录经室务会集体审定，严禁教研员个人推荐。"),
        ]),
        ("中学教研部", "卞澈衡", HML, [
            ("负责初中学业水平考试命题组织", "遴选命题人员→入闱命题→审题→交付印制",
             "命题人员遴选不按条件，安排关系人员入闱", "制度机制风险", "高",
             "命题人员从命题库随机抽取，名单报教育局审定。"),
            ("负责初中学业水平考试命题组织", "遴选命题人员→入闱命题→审题→交付印制",
             "入闱期间违规携带通讯工具，泄露试题", "岗位职责风险", "高", "入闱人员统一封存通讯工具，全程视频监控。"),
            ("负责中学教育科研课题管理", "申报→评审→立项→结题",
             "课题立项、结题评审搞人情票", "思想道德风险", "中", "评审专家回避本校课题，评审结果公示。"),
            ("负责送教下乡活动", "制定计划→组织送教→补助发放",
             "送教下乡补助按虚报人次、天数发放", "业务流程风险", "低", "补助凭签到表和活动照片发放，按学期公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, who, scale, rows in forms:
        sh = _Sheet(dept, [22, 24, 32, 14, 9, 32])
        sh.add("附件3")
        _line(sh, "中层岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章)：{unit}", 6)
        sh.add("科室", dept, "负责人", who, "岗位风险等级", "B级")
        sh.add(*HEAD)
        first = len(sh.rows)
        for duty, flow, point, typ, lv, measures in rows:
            sh.add(duty, flow, point, typ, lv, measures)
            t.point(sh.name, dept, "", who, "middle", point, types_in(typ), scale[lv])
        _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
        _reviews(sh, REVIEWS, 6)
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "research_office_annex3_tabs",
        "http://jszywz.com/forum.php?goto=nextnewset&mod=redirect&tid=74857",
        "区教育科学研究室's two 附件3 after the source's article on the 教研制度 (教研室 and 教研员 from the 省 down to the "
        "县, 教学指导, 质量监测, 考试命题): one sheet a 部, the TABS named for the 部 (``小学教研部``, ``中学教研部``), each "
        "``附件3``, the template's title, ``单位(盖章)：…``, ``科室 | 小学教研部 | 负责人 | 冉泠玥 | 岗位风险等级 | B级``, "
        "the template's header, 岗位职责 and 工作流程 (steps with arrows) merged per duty, ``…风险`` types, the 风险级别 "
        "typed ``一级/二级/三级`` on the first sheet and ``高/中/低`` on the second; three unsigned review boxes, the 注 line",
        sheets, t,
    )  # fmt: skip


def injury_center_cards_circled() -> dict:
    unit = f"{PLACE}工伤保险服务中心"
    t = _Truth(unit)
    cards = [
        ("粟知渺", "待遇审核股", "待遇审核员",
         "负责工伤医疗费、伤残津贴、一次性伤残补助金等待遇的受理和初审，录入社会保险信息系统。", [
            ("医疗费用票据审核不严，为虚假、重复票据报销", "★★★", "票据逐张核验真伪，与定点医院结算数据比对。", "股长"),
            ("伤残津贴计算错算、多算，造成基金损失", "★★", "待遇计算实行系统自动核算、复核人员复算。", "股长"),
            ("收受参保单位好处，优先办理或放宽材料要求", "★★", "待遇受理按登记顺序办理，材料清单一次性告知。", "股长"),
        ]),
        ("雍岱川", "基金稽核股", "稽核员",
         "负责工伤保险待遇支付的稽核复核和参保单位缴费稽核，核查骗保线索。", [
            ("稽核复核走过场，对不符合条件的待遇支付不予纠正", "★★★", "稽核意见书面记录，稽核差错按月通报。", "股长"),
            ("稽核前向参保单位透露稽核时间和重点", "★★", "稽核对象随机抽取，稽核方案经中心主任审定。", "股长"),
            ("发现骗取工伤保险待遇线索不移交、不报告", "★", "骗保线索登记台账，移交情况每季度报中心。", "股长"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, dept, post, duty, points) in enumerate(cards, 1):
        sh = _Sheet(f"Sheet{k}", [8, 36, 10, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "所在股室", dept, None)
        sh.add("岗位", post, "持卡时间", "2024年5月", None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险等级", "防控措施", "监督人")
        for n, (point, stars, measures, boss) in enumerate(points):
            sh.add(CIRCLED[n], point, stars, measures, boss)
            t.point(sh.name, dept, post, who, "general", point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        _line(sh, "监督举报电话：0830-3122388", 5)
        sheets.append(sh)
    return _layout(
        "injury_center_cards_circled", "http://lyls.gov.cn/info/1690/59017.htm",
        "区工伤保险服务中心's 岗位廉政风险防控卡 of two people after the source's account of a 工伤保险 经办 (待遇领取资格认证, "
        "报销材料明白纸, the chain 经办人初审→科长复核→基金稽核科复核→基金管理科核对→分管领导复审→负责人审批, 归档): one "
        "sheet a person (``Sheet1``, ``Sheet2``), the title, ``持卡人 | … | 所在股室 | …`` over ``岗位 | … | 持卡时间 | …``, "
        "a merged 岗位职责 line, then 序号 typed as CIRCLED numbers (``①``, ``②``, ``③``)/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施/``监督人`` holding the post ``股长`` on every row; no type column; the star note and a 监督举报电话 line",
        sheets, t,
    )  # fmt: skip


def veterans_hospital_label_rows() -> dict:
    unit = f"{PLACE}复退军人医院"
    t = _Truth(unit)
    people = [
        ("戢沅芷", "女", "1984.03", "精神康复科", "护士长", "主管护师", "middle", [
            ("负责病区床位安排", "优抚对象住院床位安排优亲厚友，为非优抚对象占用优抚床位", "岗位职责风险", "一级",
             "床位安排按入院登记顺序，优抚床位使用情况每月报医务科。"),
            ("负责住院病人生活管理", "住院病人伙食费结算虚报人数、天数", "制度机制风险", "二级",
             "伙食费按系统在院人数结算，结算单由病区和财务双签。"),
            ("负责护理耗材申领", "护理耗材多领少用，私自带出病区", "思想道德风险", "三级",
             "耗材按基数申领，每月盘点，盘点结果公示。"),
            ("负责护理人员排班和考核", "排班、考核不公，夜班补助分配随意", "业务流程风险", "三级",
             "排班表提前一周公示，考核结果与补助分配公开。"),
        ]),
        ("莘云栖", "男", "1991.07", "药剂科", "药库管理员", "药师", "general", [
            ("负责药品入库验收", "药品验收不核对批号、效期，以次充好", "业务流程风险", "二级",
             "验收两人以上核对，验收记录逐批登记。"),
            ("负责精神类药品保管", "第二类精神药品管理不严，账物不符", "制度机制风险", "一级",
             "精神药品专柜双人双锁，每日清点交接。"),
            ("负责近效期药品处置", "近效期药品私自处置、变卖", "思想道德风险", "三级",
             "近效期药品报科室和院领导审批，集中销毁留影像。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, dept, post, title, tier, points in people:
        sh = _Sheet(dept, [8, 20, 34, 14, 10, 32])
        _line(sh, f"{unit}岗位廉政风险登记表", 6)
        sh.add("姓名", "性别", "出生年月", "科室", "职务", "职称")
        sh.add(who, sex, born, dept, post, title)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (duty, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("科室负责人审核：", None, None, "登记日期：", datetime(2024, 7, 2), None)
        sheets.append(sh)
    return _layout(
        "veterans_hospital_label_rows",
        "http://soolun.net/conference/bffc73112c8caf16898c44b1e58db054.html",
        "区复退军人医院 (优抚医院) 岗位廉政风险登记表 of two people after the source's account of a 复退军人医院 (民政 "
        "优抚医院 for 复员退伍军人 with mental illness, also 社会“三无” patients): one sheet a 科室 (``精神康复科``, ``药剂科``), "
        "the title, a ROW OF LABELS ``姓名 | 性别 | 出生年月 | 科室 | 职务 | 职称`` over a row of values (``戢沅芷 | 女 | "
        "1984.03 | 精神康复科 | 护士长 | 主管护师``), 序号/岗位职责/风险点/风险类型 ``…风险``/风险等级 一级/二级/三级/"
        "防控措施; ``科室负责人审核： | 登记日期： | <a date cell>`` under it",
        sheets, t,
    )  # fmt: skip


def fiber_inspection_pledge() -> dict:
    unit = f"{PLACE}纤维检验所"
    who, dept, post = "扶晓蘅", "公证检验室", "检验员"
    sh = _Sheet("Sheet1", [6, 16, 34, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控承诺书", 5)
    sh.add("承诺人", who, "所在科室", dept, None)
    sh.add("岗位", post, "填写日期", "2024年7月", None)
    _line(sh, "为切实做好本岗位廉政风险防控工作，本人对照岗位职责查找风险点并承诺如下：", 5)
    sh.add("序号", "工作环节", "风险点", "风险等级", "承诺措施")
    rows = [
        ("现场抽样", "抽样时不按规定逐批抽取，由加工企业自行送样", "高",
         "坚持现场逐批抽样，样品当场封存并由企业人员签字确认。"),
        ("实验室检验", "篡改颜色级、长度等检验数据", "高", "检验数据由仪器自动采集上传，不得手工修改。"),
        ("出具公证检验证书", "证书审核把关不严，与检验结果不符", "中", "证书实行检验、审核、签发三级把关。"),
        ("日常工作", "接受加工企业、承储仓库宴请和礼品", "低", "严守廉洁纪律，拒收礼品登记报告。"),
    ]  # fmt: skip
    for n, (step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    _line(sh, "本人将严格落实上述承诺措施，自觉接受组织和群众监督，如有违反，愿承担相应责任。", 5)
    sh.add()
    sh.add(None, None, f"承诺人（签字）：{who}", None, "2024年7月8日")
    for r, row in enumerate(sh.rows):
        if row[:1] in (["承诺人"], ["岗位"]):
            sh.merge(r, 3, r, 4)
    return _layout(
        "fiber_inspection_pledge", "http://finance.china.com.cn/consume/20150714/3228547.shtml",
        "区纤维检验所 公证检验室 检验员's 岗位廉政风险防控承诺书 after the source's news of the 国储棉 出库公证检验 办法 "
        "(专业纤维检验机构, 逐批抽样, 颜色级/轧工质量, 加盖验讫印章, 承储仓库): the title, ``承诺人 | 扶晓蘅 | 所在科室 | "
        "公证检验室`` over ``岗位 | 检验员 | 填写日期 | 2024年7月``, a merged intro line, then 序号/``工作环节``/风险点/"
        "风险等级 高/中/低/``承诺措施``; no type column; a merged pledge line and ``承诺人（签字）：扶晓蘅`` with a date",
        [sh], t,
    )  # fmt: skip


def business_env_selfcheck_items() -> dict:
    unit = f"{PLACE}营商环境服务中心"
    t = _Truth(unit)
    items = [
        "是否存在利用职务便利为亲友经商办企业提供帮助",
        "是否存在办理企业投诉时吃拿卡要、收受礼品礼金",
        "是否存在泄露投诉人信息或企业商业秘密",
        "是否存在违规插手涉企检查、行政审批",
        "是否存在投诉办理拖延推诿、不按时限办结",
        "是否存在营商环境监测点、特邀监测员管理不规范",
    ]
    people = [
        ("帅岑歌", "投诉受理股", "股长", "middle", {
            1: ("投诉核查中接受被投诉单位宴请，降格处理投诉", "高", "核查两人以上，处理意见经中心集体研究。"),
            2: ("投诉人身份信息保管不严，被转给被投诉单位", "中", "投诉人信息专人保管，转办单隐去个人信息。"),
            4: ("投诉件超时限办理，不如实填写办结情况", "中", "办理时限系统预警，办结后电话回访。"),
        }),
        ("全砚溪", "监测评价股", "科员", "general", {
            3: ("陪同涉企检查时为熟识企业通风报信", "中", "检查计划由牵头部门确定，陪同人员不得提前透露。"),
            5: ("特邀监测员补贴不按实际履职情况发放", "低", "补贴凭履职记录发放，发放名单公示。"),
        }),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, found in people:
        sh = _Sheet(who, [6, 36, 8, 34, 9, 32])
        _line(sh, f"{unit}干部职工廉政风险自查自纠表", 6)
        sh.add("姓名", who, "股室", dept, "职务", post)
        sh.add("序号", "自查内容", "是否存在", "查找出的风险点", "风险等级", "防控措施")
        for n, item in enumerate(items):
            if n in found:
                point, lv, measures = found[n]
                sh.add(n + 1, item, "是", point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
            else:
                sh.add(n + 1, item, "否", "无", "/", "/")
        sh.add()
        sh.add("本人签字：", None, None, "股室负责人：", None, "2024年8月")
        sheets.append(sh)
    return _layout(
        "business_env_selfcheck_items", "https://siseiken.net/News/show/1415696.html",
        "区营商环境服务中心's 干部职工廉政风险自查自纠表 of two people after the source's account of a city's 营商环境 监督 "
        "(营商环境监督投诉办公室, 监测中心/监测站/监测点/特邀监测员, 企业投诉 受理 and 回访, 问责办法): one sheet a person "
        "(tabs their names), the title, ``姓名 | … | 股室 | … | 职务 | …``, then 序号/``自查内容`` — the district's SIX "
        "PRINTED items ``是否存在…``, the same on both sheets —/``是否存在`` answered ``是``/``否``/``查找出的风险点`` (the "
        "person's own finding where ``是``, ``无`` where ``否``)/风险等级 高/中/低 (``/`` where ``否``)/防控措施 (``/`` "
        "where ``否``); no type column; 本人签字/股室负责人/date",
        sheets, t,
    )  # fmt: skip


def town_annex4_stations() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    t = _Truth(unit)
    people = [
        ("蒉屿澄", "财政所", "报账员", [
            ("负责惠农补贴“一卡通”发放", "补贴信息录入→站所审核→财政所复核→银行发放",
             "补贴信息录入不核对身份证号、账号，冒名或重复发放", "业务流程风险", "二级",
             "补贴名册经村公示、站所和财政所双人核对后上机，发放结果公示。"),
            ("负责村级财务代理记账", "村级报账→票据审核→记账→公开",
             "村级报账票据审核不严，为白条入账", "岗位职责风险", "一级",
             "不合规票据一律退回，报账单经村务监督委员会签字。"),
            ("负责镇机关现金管理", "提取→保管→支付→对账", "坐支现金，公款私存", "思想道德风险", "一级",
             "现金日清月结，所长每月盘点库存现金。"),
        ]),
        ("邝沅汐", "农业综合服务中心", "农技员", [
            ("负责耕地地力保护补贴面积核实", "农户申报→村组核实→中心复核→公示",
             "补贴面积核实不到田块，虚报种植面积", "岗位职责风险", "一级",
             "面积核实到户到田，核实结果在村组公示七天。"),
            ("负责救灾种子、农资发放", "制定方案→发放登记→公示",
             "救灾种子、农资发放优亲厚友", "思想道德风险", "二级", "发放对象经村民代表评议，发放清单公示。"),
            ("负责农作物病虫害统防统治服务", "确定服务组织→作业→验收",
             "统防统治作业面积验收不实", "制度机制风险", "三级", "验收由镇、村、服务组织三方签字确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, rows in people:
        sh = _Sheet(who, [22, 24, 32, 14, 9, 32])
        sh.add("附件4")
        _line(sh, "一般岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章)：{unit}", 6)
        sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "B级")
        sh.add(*HEAD)
        first = len(sh.rows)
        for duty, flow, point, typ, lv, measures in rows:
            sh.add(duty, flow, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), GRADES[lv])
        _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
        _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("情况属实，同意。", "2024年6月20日")})
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "town_annex4_stations", "http://m.sdfengxin.cn/article/lidaojianhua/zfjs/201204/735227.html",
        "沱湾镇's two 附件4 of staff of its 站所 after the source's notice on the 财政惠农补贴资金 ``一卡通`` (业务主管部门, "
        "乡镇站（所）采集农户信息, 乡镇财政所 加盖公章 and 上机, 资金拨付流程): one sheet a person (tabs their names), "
        "``附件4``, the template's title, ``单位(盖章)：江阳区沱湾镇人民政府``, ``姓名 | … | 所在科室及职务 | "
        "财政所报账员`` (``农业综合服务中心农技员`` on the other) ``| 岗位风险等级 | B级``, the template's header, 岗位职责 "
        "and 工作流程 (steps with arrows) merged per duty, ``…风险`` types, 一级/二级/三级; three review boxes (the first "
        "signed), the 注 line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    taxi_office_two_up_cards(),
    social_org_center_info_sheet(),
    drug_office_annex2_deadline(),
    health_school_three_tabs(),
    research_office_annex3_tabs(),
    injury_center_cards_circled(),
    veterans_hospital_label_rows(),
    fiber_inspection_pledge(),
    business_env_selfcheck_items(),
    town_annex4_stations(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch178-inbox"))

"""A hundred-and-seventieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表, 承诺书 or 告知书,
filled by staff of bodies no earlier batch used, with ordinary habits. Every unit is a body of
长宁县 (its 箐岚镇 and the 竹韵中学 of a family member's line invented):

- a 劳动保障监察大队 副大队长's 附件2 whose ``职务`` cell carries the rank in brackets
  (``副大队长（副科级）``), 分管工作 merged (``分管一中队：…``), ``…风险`` types, 高/中/低, a ``“三重一大”
  方面`` row;
- an 环境卫生管理所 清扫保洁股's 附件3 whose pair labels are ``科室名称 | … | 科室负责人 | …``, the duties
  numbered (``1.负责…``), 工作流程 with arrows, ``Ⅰ级/Ⅱ级/Ⅲ级``, one row with two types
  (``思想道德、外部环境``);
- an 农村经营管理站 审计员's 附件4, ``所在科室及职务 | 审计股 审计员`` (a space between), 一级/二级/三级;
- a 镇 财政所 报账员's 自查表 titled ``长宁县箐岚镇财政所…`` (the 镇 the unit, its 所 the 科室), two rows of
  personal pairs (``性别``, ``出生年月 | 1991.07``, ``所在站所``, ``参加工作时间``) and a trailing ``自查情况``
  column (``无此类问题`` / ``已整改`` / ``正在整改``);
- a 公共资源交易服务中心 见证员's 承诺书 titled only ``岗位廉洁承诺书``: the unit, 股, post and holder stand
  in its opening sentence, the name in a blank padded with full-width spaces (``本人　逄沐言　，系长宁县
  公共资源交易服务中心交易服务股见证员。…``), the risks under ``廉政风险``, the measures under ``承诺内容``;
- a 中医医院 中药调剂员's 登记表, ``科室 | 药剂科 | 岗位 | 中药调剂员 | 工号 | 0317`` over ``姓名 | … |
  岗位风险等级 | Ⅱ级 | 登记日期 | <a date cell>``, a trailing ``监督人`` column holding the role ``科主任``;
- a 图书馆 采编员's 登记表 whose ``一、岗位职责`` table (``序号 | 职责内容 | 工作标准``, three rows, no risk)
  stands ABOVE its ``二、廉政风险点及防控措施`` table;
- a 医疗保障事务中心 稽核员's 告知书: the holder under ``告知对象``, an intro line, ``告知人（签字）： |
  被告知人（签字）：`` and a date cell below.

The shape this batch adds to what the README describes, a form offices really file for their
科级 leaders:

- ``veterans_center_clean_file``: a 退役军人服务中心 主任's 廉政档案 sheet — ``一、基本情况`` pairs (``姓名``,
  ``性别``, ``出生年月``, ``民族``, ``政治面貌``, ``学历``, and ``工作单位及职务 | 长宁县退役军人服务中心主任 |
  任现职时间 | …``), then ``二、家庭成员及主要社会关系``, a table ``称谓 | 姓名 | 出生年月 | 政治面貌 | 工作
  单位及职务`` of his wife, daughter, parents and brother (names in a 姓名 column, and a brother working
  as ``长宁县交通运输局科员``), then ``三、岗位廉政风险点及防控措施`` — the only risk table — and a
  ``四、个人有关事项报告情况`` line; the title ``长宁县科级领导干部廉政档案`` names no unit of his.

One is harder:

- ``city_mgmt_info_column``: a 城市管理综合执法大队's 防控卡 (two sheets, two people) whose holder, 中队
  and post stand ONLY in the first column, headed ``持卡人信息`` and merged down beside every risk row, as
  one cell of three lines (``姓名：冼牧野⏎所在中队：二中队⏎职务：中队长``); no pair row above the table.

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; the rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch170`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b170_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (主任 of a county 中心 leader; 中队长 middle; 报账员, 见证员, 中药调剂员,
  采编员, 稽核员, 执法队员 general);
- ``副大队长（副科级）`` is the post 副大队长 with its rank in brackets;
- ``审计股 审计员`` under ``所在科室及职务`` is the 科室 审计股 and the post 审计员;
- a 镇's ``…镇财政所`` in the title: the 镇 is the unit, 财政所 the 科室; ``自查情况`` answers
  (``无此类问题``, ``已整改``, ``正在整改``) are no points; ``性别``, ``出生年月``, ``参加工作时间`` no fields;
- in the 廉政档案 the family members are no holders and their ``工作单位及职务`` no unit or post of the
  form: the form is the 主任's alone, his unit and post those of ``工作单位及职务`` under ``一、基本情况``;
  the ``个人有关事项报告情况`` line is no point;
- the 承诺书's opening sentence (``本人　…　，系<unit><股><post>。``) gives the holder, unit, 科室 and post;
  ``如有违反，本人自愿接受组织处理。`` is no point;
- ``工号``, ``岗位风险等级`` and a ``监督人`` column holding ``科主任`` are no holder, post or point;
- a ``一、岗位职责`` table above the risk table holds no point;
- ``告知对象`` names the holder; ``告知人``/``被告知人`` are sign-off labels;
- a multi-line cell merged down a ``持卡人信息`` column names the card's holder, 中队 and post.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch138 import HEAD, NOTE, REVIEWS, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b170_"
PLACE = "长宁县"
TOWN = "箐岚镇"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- harder layout


def city_mgmt_info_column() -> dict:
    unit = f"{PLACE}城市管理综合执法大队"
    t = _Truth(unit)
    people = [
        ("Sheet1", "冼牧野", "二中队", "中队长", "middle", [
            ("占道经营查处", "对占道经营、流动摊贩选择性执法，收受摊主好处后不予查处", "高",
             "执法全程佩戴执法记录仪，查处情况每日报大队法制股备案。"),
            ("户外广告设置审查", "户外广告、店招店牌设置现场审查把关不严，为不符合规范的设置出具同意意见", "中",
             "现场审查两人以上，审查意见拍照存档，结果在中队公示。"),
            ("建筑垃圾运输管理", "对渣土车辆抛洒滴漏、无证运输处罚降格处理", "高",
             "处罚按裁量基准执行，罚没款全额上缴，处罚决定网上公开。"),
            ("暂扣物品管理", "暂扣物品登记不全，私自处置暂扣物品", "中", "暂扣物品当场开具清单，统一入库登记，处置经大队审批。"),
        ]),
        ("Sheet2", "帅青岑", "二中队", "执法队员", "general", [
            ("日常巡查", "巡查中发现违法建设、占道经营不制止、不报告", "中", "巡查轨迹和发现的问题实时上传数字城管平台。"),
            ("日常巡查", "接受沿街商户吃请、购物卡", "低", "签订廉洁执法承诺，节前开展廉洁提醒。"),
            ("暂扣物品管理", "暂扣物品移交不及时，私自使用暂扣物品", "中", "暂扣物品二十四小时内移交入库，移交单双人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, rows in people:
        sh = _Sheet(tab, [18, 6, 14, 34, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人信息", "序号", "风险环节", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        info = f"姓名：{who}\n所在中队：{dept}\n职务：{post}"
        for n, (step, point, lv, measures) in enumerate(rows, 1):
            sh.add(info, n, step, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _merge_down(sh, first, [(0, lambda row: row[0]), (2, lambda row: row[2])])
        sh.add()
        sh.add("持卡人签字：", None, None, "大队长签字：", None, "年  月  日")
        sheets.append(sh)
    return _layout(
        "city_mgmt_info_column", "http://shddsc.com/zongjie/guizhangzhidu/449954.html",
        "(harder) 县城市管理综合执法大队 岗位廉政风险防控卡, two sheets (a 中队长 and an 执法队员), after the source's "
        "城市管理行政执法条例 (占道设摊经营, 户外广告设施, 建筑垃圾和渣土, 暂扣物品, 执法权限): the holder, 中队 and post "
        "stand ONLY in the FIRST column, headed ``持卡人信息``, as one cell of three lines merged down beside every risk "
        "row — ``姓名：冼牧野⏎所在中队：二中队⏎职务：中队长`` — then 序号/风险环节 merged/风险点/风险等级 高/中/低/防控措施; "
        "no pair row, no 姓名 cell, no type column; 持卡人签字/大队长签字/date",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the shape this batch adds


def veterans_center_clean_file() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    who, post = "亓官朔川", "主任"
    sh = _Sheet("廉政档案", [10, 12, 14, 12, 16, 30])
    t = _Truth(unit)
    _line(sh, f"{PLACE}科级领导干部廉政档案", 6)
    _line(sh, "一、基本情况", 6)
    sh.add("姓名", who, "性别", "男", "出生年月", "1980.11")
    sh.add("民族", "汉族", "政治面貌", "中共党员", "学历", "大学")
    r = sh.add("工作单位及职务", f"{unit}{post}", None, None, "任现职时间", "2021.06")
    sh.merge(r, 1, r, 3)
    _line(sh, "二、家庭成员及主要社会关系", 6)
    r = sh.add("称谓", "姓名", "出生年月", "政治面貌", "工作单位及职务", None)
    sh.merge(r, 4, r, 5)
    family = [
        ("妻子", "濮语棠", "1982.03", "中共党员", f"{PLACE}{TOWN}中心小学教师"),
        ("女儿", "亓官沐禾", "2008.09", "共青团员", f"{PLACE}竹韵中学学生"),
        ("父亲", "亓官守拙", "1953.02", "中共党员", "退休"),
        ("母亲", "郦素娥", "1955.10", "群众", "无"),
        ("弟弟", "亓官朔野", "1984.05", "中共党员", f"{PLACE}交通运输局科员"),
    ]
    for rel, name, born, party, work in family:
        r = sh.add(rel, name, born, party, work, None)
        sh.merge(r, 4, r, 5)
    _line(sh, "三、岗位廉政风险点及防控措施", 6)
    r = sh.add("序号", "风险点", None, "风险类型", "风险等级", "防控措施")
    sh.merge(r, 1, r, 2)
    rows = [
        ("退役军人创业扶持资金、帮扶援助资金分配方案不经集体研究", "制度机制", "高",
         "分配方案经中心主任办公会集体研究，分配结果在服务站公示。"),
        ("为不符合条件的人员出具退役军人就业创业服务证明", "岗位职责", "高",
         "证明出具两人审核，凭退役证件和信息系统比对。"),
        ("退役军人适应性培训承训机构选定中接受请托", "外部环境", "中",
         "承训机构按政府采购程序确定，培训效果委托第三方评估。"),
        ("困难退役军人帮扶对象认定优亲厚友", "思想道德", "中",
         "帮扶对象经村（社区）退役军人服务站初审、中心复核并公示。"),
        ("镇村退役军人服务站建设经费拨付审核把关不严", "业务流程", "低",
         "建设经费凭验收资料拨付，每年开展一次专项检查。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        r = sh.add(n, point, None, typ, lv, measures)
        sh.merge(r, 1, r, 2)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _line(sh, "四、个人有关事项报告情况", 6)
    _line(sh, "2024年1月已按规定如实报告个人有关事项，无隐瞒不报情况。", 6)
    sh.add()
    sh.add("本人签字：", None, None, "填表日期：", "2024年3月", None)
    return _layout(
        "veterans_center_clean_file", "http://qdubb.cn/html/2019/zuzhijianshe_1118/76499.html",
        "县退役军人服务中心 主任's 廉政档案 sheet after the source's account of a 市's 领导干部廉政档案 (副科级以上, 本人提供, "
        "基础信息和廉政信息两个部分, 每年更新): the title ``长宁县科级领导干部廉政档案`` (no unit of his), ``一、基本情况`` pairs "
        "(姓名/性别/出生年月, 民族/政治面貌/学历, ``工作单位及职务 | 长宁县退役军人服务中心主任`` merged | 任现职时间), "
        "``二、家庭成员及主要社会关系`` — ``称谓 | 姓名 | 出生年月 | 政治面貌 | 工作单位及职务`` with five relatives, a brother "
        "``长宁县交通运输局科员`` among them — then ``三、岗位廉政风险点及防控措施``: 序号/风险点 merged over two columns/"
        "风险类型 short/风险等级 高/中/低/防控措施, ``四、个人有关事项报告情况`` and its line, 本人签字/填表日期",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def labour_inspection_annex2() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    who, post = "缑岚舟", "副大队长"
    sh = _Sheet("Sheet1", [6, 24, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "职务", f"{post}（副科级）", "岗位风险等级", "一级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    duties = [
        ("分管一中队：用人单位工资支付、劳动合同签订情况日常巡视检查", [
            ("日常巡查中对用人单位拖欠工资、未签劳动合同等问题发现不报、查处不力", "岗位职责风险", "高",
             "巡查实行网格化分片包干，巡查记录每周汇总，问题线索全部登记交办。"),
            ("接受用人单位宴请、礼品，检查前为其通风报信", "思想道德风险", "中",
             "检查两人以上同行，检查对象随机确定，执法人员签订廉洁执法承诺。"),
        ]),
        ("分管二中队：举报投诉受理、欠薪案件调查和行政处罚", [
            ("对举报投诉案件压案不办、拖延办理，泄露举报人信息", "制度机制风险", "高",
             "举报投诉统一登记编号，办理时限系统预警，举报人信息专人保管。"),
            ("欠薪案件调查取证不全面，处罚裁量畸轻畸重", "业务流程风险", "中",
             "严格执行行政处罚裁量基准，重大案件法制审核并集体讨论。"),
            ("违规将用人单位移出拖欠农民工工资“黑名单”", "外部环境风险", "中",
             "黑名单列入、移出经大队集体研究并报县人社局审定，结果公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for duty, points in duties:
        first = len(sh.rows)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "“三重一大”方面", 6)
    sh.add(1, "大额资金使用", "农民工工资保证金返还审核不经集体研究，个人说了算", "制度机制风险", "高",
           "保证金返还凭工程竣工和无欠薪证明，经大队会议集体研究后报县人社局审批。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", "农民工工资保证金返还审核不经集体研究，个人说了算",
            ["制度机制"], 1)  # fmt: skip
    _reviews(sh, REVIEWS[1:], 6, {REVIEWS[1]: ("同意。", "2024年4月2日")}, label_cols=2)
    _line(sh, NOTE, 6)
    return _layout(
        "labour_inspection_annex2", "http://www.fsou.net/html/text/lar/170181/17018109_2.html",
        "县劳动保障监察大队 副大队长's 附件2 after the source's account of 劳动保障监察 (日常巡视检查, 网格化 分片包干, 举报"
        "投诉, 查处拖欠工资): ``附件2``, the template's title, ``单位(盖章)：…``, ``姓名 | 缑岚舟 | 职务 | 副大队长（副科级） | "
        "岗位风险等级 | 一级`` — the rank in brackets after the post — 序号/分管工作 merged (``分管一中队：…``, ``分管二中队：…``)/"
        "风险点/风险类型 ``…风险``/风险级别 高/中/低/防控措施, the ``“三重一大”方面`` row and one row under it numbered from "
        "1 again, two review boxes (the first signed), the 注 line",
        [sh], t,
    )  # fmt: skip


def sanitation_section_annex3() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    who, dept = "郄晏清", "清扫保洁股"
    sh = _Sheet("Sheet1", [24, 22, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("科室名称", dept, "科室负责人", who, "岗位风险等级", "二级")
    sh.add(*HEAD)
    rows = [
        ("1.负责城区道路清扫保洁作业质量考核", "每日巡查→每月考核打分→考核结果报所务会",
         "考核打分不按标准，为保洁作业公司“放水”", "岗位职责", "Ⅰ级",
         "考核实行双人打分，巡查照片上传平台，考核结果每月公示。"),
        ("1.负责城区道路清扫保洁作业质量考核", "每日巡查→每月考核打分→考核结果报所务会",
         "接受保洁作业公司宴请、礼金，对应扣分问题不予追究", "思想道德、外部环境", "Ⅰ级",
         "签订廉洁承诺，扣分情况每月通报并与服务费支付挂钩。"),
        ("2.负责保洁作业服务费核算", "考核结果→核算服务费→所长审批→财务支付",
         "服务费核算不按考核结果扣减，多算多付", "业务流程", "Ⅱ级",
         "服务费核算经股室复核、财务审核，附考核结果备查。"),
        ("3.负责环卫工具、劳保用品申购和发放", "提出申购→询价→验收→登记发放",
         "劳保用品申购中指定供应商，验收数量与合同不符", "制度机制", "Ⅱ级",
         "三家以上询价，验收两人以上签字，发放逐人签领。"),
        ("3.负责环卫工具、劳保用品申购和发放", "提出申购→询价→验收→登记发放",
         "临时保洁用工人数、出勤天数虚报，套取劳务费", "制度机制", "Ⅲ级",
         "临时用工实名登记，考勤表每月在班组公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年4月15日")})
    _line(sh, NOTE, 6)
    return _layout(
        "sanitation_section_annex3", "http://www.boteman.cn/paper/508154677.html",
        "县环境卫生管理所 清扫保洁股's 附件3 after the source's 政府环境卫生制度 (清扫保洁, 环卫设施, 考核, 经费保障): "
        "``附件3``, the template's title, ``单位(盖章)：…``, the pair labels ``科室名称 | 清扫保洁股 | 科室负责人 | 郄晏清 | "
        "岗位风险等级 | 二级``, the template's header with 岗位职责 (numbered ``1.负责…``) and 工作流程 (arrows) merged per "
        "duty/风险点/风险类型 short (one row ``思想道德、外部环境``)/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, three review boxes "
        "(the first signed), the 注 line",
        [sh], t,
    )  # fmt: skip


def rural_econ_auditor_annex4() -> dict:
    unit = f"{PLACE}农村经营管理站"
    who, dept, post = "蒉雨湄", "审计股", "审计员"
    sh = _Sheet("Sheet1", [22, 22, 34, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept} {post}", "岗位风险等级", "三级")
    sh.add(*HEAD)
    rows = [
        ("负责村级集体经济组织财务收支审计", "制定方案→进村审计→出具报告→结果公开",
         "审计中发现村干部违规问题隐瞒不报，出具不实审计报告", "岗位职责", "一级",
         "审计报告经股室集体复核，问题线索按规定移交镇纪委。"),
        ("负责村级集体经济组织财务收支审计", "制定方案→进村审计→出具报告→结果公开",
         "接受被审计村组宴请、土特产", "思想道德", "二级", "严格执行审计纪律，审计期间不在村组就餐、不收礼品。"),
        ("负责村干部任期和离任经济责任审计", "进点→查账→征求意见→出具报告",
         "离任审计走过场，对集体资金去向不明的不深查", "业务流程", "一级",
         "离任审计实行交叉审计，审计报告在村务公开栏公示。"),
        ("参与农村集体资产清产核资和经济合同清理", "清查→登记→核实→公示",
         "清查中对价格明显偏低的集体资源发包合同不报告", "制度机制", "二级",
         "合同清理结果逐村公示，偏低合同建立台账限期纠正。"),
        ("参与农村集体资产清产核资和经济合同清理", "清查→登记→核实→公示",
         "向承包方泄露集体资产评估和发包底价", "外部环境", "三级", "评估资料专人保管，发包底价集体研究后密封。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("情况属实。", "2024年5月9日")})
    _line(sh, NOTE, 6)
    return _layout(
        "rural_econ_auditor_annex4", "http://uhdz.gov.cn/zfxxgk/fdzdgknr/sgs/nyncj/content_15421",
        "县农村经营管理站 审计股 审计员's 附件4 after the source's 农村集体“三资”管理办法 (集体资金、资产、资源, 清产核资, "
        "承包费和租金, 审计监督): ``附件4``, the template's title, ``单位(盖章)：…``, ``姓名 | 蒉雨湄 | 所在科室及职务 | 审计股 "
        "审计员 | 岗位风险等级 | 三级`` (科室 and post parted by a space), the template's header with 岗位职责 and 工作流程 "
        "merged/风险点/风险类型 short/风险级别 一级/二级/三级/防控措施, three review boxes (the first signed), the 注 line",
        [sh], t,
    )  # fmt: skip


def township_finance_selfcheck() -> dict:
    unit = f"{PLACE}{TOWN}"
    who, dept, post = "仉芷汀", "财政所", "报账员"
    sh = _Sheet("Sheet1", [6, 36, 14, 10, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险自查表", 6)
    sh.add("姓名", who, "性别", "女", "出生年月", "1991.07")
    sh.add("所在站所", dept, "职务", post, "参加工作时间", "2013.08")
    sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "自查情况")
    rows = [
        ("惠民惠农补贴“一卡通”发放数据录入不核对，错发、重发补贴", "岗位职责风险", "高",
         "补贴数据与业务部门花名册逐人核对，发放清册经所长复核。", "无此类问题"),
        ("村级报账中接受不合规票据，虚列支出", "制度机制风险", "高",
         "村级报账票据逐张审核，不合规票据一律退回。", "已整改"),
        ("为亲友代领、冒领补贴资金提供便利", "思想道德风险", "中",
         "补贴资金直接打卡发放，严禁代领，发放结果张榜公示。", "无此类问题"),
        ("“一卡通”账户信息变更不按程序审核", "业务流程风险", "中",
         "账户变更凭本人申请和身份证明，两人审核并登记。", "正在整改"),
        ("向村组透露补贴资金拨付时间和金额，从中收受好处", "外部环境风险", "低",
         "拨付信息按规定统一公开，不私下透露。", "无此类问题"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, answer) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, answer)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("自查人签名：", None, "所长审核意见：", None, None, "年  月  日")
    return _layout(
        "township_finance_selfcheck", "http://www.71498.cn/21126/22482/37617/content_1580383.html",
        "镇财政所 报账员's 岗位廉政风险自查表 after the source's 惠农补贴“一卡通”发放 duties (镇场街道站、办、所 上报数据, "
        "“五个严禁”“四个不准”: 扣押存折, 截留挪用, 虚报冒领): the title ``长宁县箐岚镇财政所岗位廉政风险自查表`` (the 镇 "
        "the unit, its 所 the 科室), two rows of personal pairs (``姓名 | … | 性别 | 女 | 出生年月 | 1991.07``, ``所在站所 | "
        "财政所 | 职务 | 报账员 | 参加工作时间 | 2013.08``), 序号/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施 and a "
        "trailing ``自查情况`` column of answers (``无此类问题``, ``已整改``, ``正在整改``); 自查人签名/所长审核意见/date",
        [sh], t,
    )  # fmt: skip


def trading_center_pledge() -> dict:
    unit = f"{PLACE}公共资源交易服务中心"
    who, dept, post = "逄沐言", "交易服务股", "见证员"
    sh = _Sheet("承诺书", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, "岗位廉洁承诺书", 4)
    _line(
        sh,
        f"本人{GAP}{who}{GAP}，系{unit}{dept}{post}。为规范交易见证行为，防范岗位廉政风险，"
        "结合本岗位排查出的风险点，郑重承诺如下：",
        4,
    )
    sh.add("序号", "廉政风险", "风险等级", "承诺内容")
    rows = [
        ("向投标人泄露评标专家名单和投标人名称、数量等应当保密的信息", "高",
         "严守保密纪律，开标前不查询、不打听、不泄露专家和投标人信息。"),
        ("见证开标、评标过程不认真，对评标专家违规评审不制止、不记录", "高",
         "全程在场见证，发现违规评审行为当场制止并如实记录、报告。"),
        ("专家抽取时违规操作，人为指定或更换评标专家", "中", "专家抽取通过系统随机进行，加密推送，全程录像。"),
        ("接受交易主体宴请、礼金礼品和购物卡", "中", "不参加交易主体的宴请和娱乐活动，拒收的礼品礼金登记上交。"),
        ("交易资料归档不及时，擅自借阅、复制交易档案", "低", "项目结束后及时归档，借阅经股长审批并登记。"),
    ]  # fmt: skip
    for n, (point, lv, pledge) in enumerate(rows, 1):
        sh.add(n, point, lv, pledge)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    _line(sh, "如有违反，本人自愿接受组织处理。", 4)
    sh.add()
    sh.add("承诺人（签字）：", None, None, "2024年3月8日")
    return _layout(
        "trading_center_pledge", "http://www.ku911.com/Article/ArticleDetail?id=194852",
        "县公共资源交易服务中心 见证员's 岗位廉洁承诺书 after the source's note on a 县公共资源交易中心's 专家抽取 (加密编码, "
        "开标时获取专家名单, 杜绝风险): titled only ``岗位廉洁承诺书``; the unit, 股, post and holder stand ONLY in the "
        "merged opening sentence, the name in a blank padded with full-width spaces — ``本人　逄沐言　，系长宁县公共资源交易"
        "服务中心交易服务股见证员。为…，郑重承诺如下：`` — over 序号/``廉政风险``/风险等级 高/中/低/``承诺内容``; no type "
        "column; a merged ``如有违反，本人自愿接受组织处理。`` line, 承诺人（签字）and the date",
        [sh], t,
    )  # fmt: skip


def tcm_hospital_register() -> dict:
    unit = f"{PLACE}中医医院"
    who, dept, post = "谯若芷", "药剂科", "中药调剂员"
    sh = _Sheet("登记表", [6, 34, 12, 10, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险登记表", 6)
    sh.add("科室", dept, "岗位", post, "工号", "0317")
    sh.add("姓名", who, "岗位风险等级", "Ⅱ级", "登记日期", datetime(2024, 4, 16))
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "监督人")
    rows = [
        ("中药饮片调剂时以次充好、缺斤少两", "岗位职责", "Ⅰ级", "调剂后复核称量，处方调剂、复核双人签字，科室定期抽查。"),
        ("为医药代表统计医生中药处方用量", "外部环境", "Ⅰ级", "处方统计权限分级管理，查询操作全程留痕。"),
        ("贵细药材出入库不登记，私自带出", "制度机制", "Ⅱ级", "贵细药材专柜双锁管理，出入库逐笔登记，每月盘点。"),
        ("代煎中药收费不开票或多收费", "业务流程", "Ⅲ级", "代煎费用统一由收费处收取并开具票据，收费标准公示。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, "科主任")
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), ROMAN[lv])
    sh.add()
    sh.add("本人签名：", None, "科主任签名：", None, "年  月  日", None)
    return _layout(
        "tcm_hospital_register",
        "http://nanchang.baogaosu.com/yongyu/%E5%8C%BB%E9%99%A2%E4%B8%AD%E8%8D%AF%E6%88%BF%E5%9F%BA%E6%9C%AC%E6%A0%87%E5%87%86/3154542",
        "县中医医院 药剂科 中药调剂员's 岗位廉洁风险登记表 after the source's 医院中药房基本标准 (中药饮片调剂, 煎药室, 贵细"
        "药材, 人员): ``科室 | 药剂科 | 岗位 | 中药调剂员 | 工号 | 0317`` over ``姓名 | 谯若芷 | 岗位风险等级 | Ⅱ级 | 登记日期 | "
        "<a date cell>``, then 序号/风险点/风险类型 short/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``监督人`` holding the role "
        "``科主任`` on every row; 本人签名/科主任签名/date",
        [sh], t,
    )  # fmt: skip


def library_duties_then_risks() -> dict:
    unit = f"{PLACE}图书馆"
    who, dept, post = "隆栖梧", "采编部", "采编员"
    sh = _Sheet("Sheet1", [6, 30, 12, 14, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控登记表", 6)
    sh.add("姓名", who, "部门", dept, "岗位", post)
    _line(sh, "一、岗位职责", 6)
    r = sh.add("序号", "职责内容", None, None, "工作标准", None)
    sh.merge(r, 1, r, 3)
    sh.merge(r, 4, r, 5)
    duties = [
        ("负责图书、报刊和数字资源选购计划的编制和采购", "按年度经费和馆藏结构编制，报馆务会审定"),
        ("负责新书验收、分类编目和加工", "验收与采购分离，编目差错率不高于1%"),
        ("负责地方文献征集和赠书登记", "赠书当日登记，地方文献专库保存"),
    ]
    for n, (duty, standard) in enumerate(duties, 1):
        r = sh.add(n, duty, None, None, standard, None)
        sh.merge(r, 1, r, 3)
        sh.merge(r, 4, r, 5)
    _line(sh, "二、廉政风险点及防控措施", 6)
    r = sh.add("序号", "风险点", None, "风险类型", "风险等级", "防控措施")
    sh.merge(r, 1, r, 2)
    rows = [
        ("图书采购中指定书商，收受书商回扣或赠品", "外部环境", "高", "图书采购按政府采购程序进行，采购书目经采编部集体审定。"),
        ("新书验收不认真，对复本超量、盗版图书予以验收", "岗位职责", "中", "验收与采购分人负责，验收单据双人签字。"),
        ("采购经费结算时虚报册数、码洋", "制度机制", "中", "结算凭验收清单和馆藏系统数据逐项核对。"),
        ("地方文献和赠书私自截留、转赠他人", "思想道德", "低", "赠书登记入藏，每年清点一次并公示。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        r = sh.add(n, point, None, typ, lv, measures)
        sh.merge(r, 1, r, 2)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签字：", None, "部门负责人签字：", None, "年  月  日", None)
    return _layout(
        "library_duties_then_risks",
        "https://www.wzhuitong.com/html/htmlzwztyqgmzjxzfyjfk20180266393.html",
        "县图书馆 采编部 采编员's 岗位廉政风险防控登记表 after the source's reply on a 县图书馆 (免费开放, 文献外借, 总分馆制, "
        "图书流通点): ``姓名 | 隆栖梧 | 部门 | 采编部 | 岗位 | 采编员`` over TWO tables — ``一、岗位职责`` with ``序号 | 职责内容 "
        "| 工作标准`` (three duties, no risk) ABOVE ``二、廉政风险点及防控措施`` with 序号/风险点 merged over two columns/"
        "风险类型 short/风险等级 高/中/低/防控措施; 本人签字/部门负责人签字/date",
        [sh], t,
    )  # fmt: skip


def medical_insurance_notice() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    who, dept, post = "巴沅芷", "稽核股", "稽核员"
    sh = _Sheet("告知书", [6, 16, 34, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险告知书", 6)
    sh.add("告知对象", who, "所在股室", dept, "岗位", post)
    _line(
        sh,
        "根据中心岗位廉政风险排查结果，现将你所在岗位的廉政风险点及防控措施告知如下，请对照落实。",
        6,
    )
    sh.add("序号", "稽核环节", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("定点医药机构日常稽核", "稽核前向定点医药机构透露检查时间和检查重点", "岗位职责", "高",
         "稽核对象随机抽取，检查通知不提前下达。"),
        ("定点医药机构日常稽核", "对分解住院、串换药品等违规行为不认定、少认定", "岗位职责", "高",
         "稽核结论两人以上签字，违规认定经股室集体审核。"),
        ("违规费用追回", "违规费用追回金额随意调减", "制度机制", "中", "追回金额按服务协议和系统数据计算，调整须经中心审批。"),
        ("外伤调查", "外伤调查不实，为应由第三方负担的外伤办理医保报销", "业务流程", "中",
         "外伤调查实地走访并留存询问笔录，调查结果复核。"),
        ("廉洁自律", "接受定点医药机构宴请、购物卡", "思想道德", "低", "签订廉洁承诺书，节前开展廉洁提醒。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add(
        "告知人（签字）：", None, "被告知人（签字）：", None, "告知日期：", datetime(2024, 4, 10)
    )
    return _layout(
        "medical_insurance_notice", "https://www.yybnet.net/chengdu/chongzhou/201505/4639341.html",
        "县医疗保障事务中心 稽核股 稽核员's 岗位廉政风险告知书 after the source's account of 医保“两定监管” (定点医疗机构和"
        "定点药店 抽检, 违规套取医保基金, 监管): the holder under ``告知对象`` (``告知对象 | 巴沅芷 | 所在股室 | 稽核股 | 岗位 | "
        "稽核员``), a merged intro line, 序号/稽核环节 merged/风险点/风险类型 short/风险等级 高/中/低/防控措施, and "
        "``告知人（签字）： | 被告知人（签字）： | 告知日期： | <a date cell>`` below",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    city_mgmt_info_column(),
    veterans_center_clean_file(),
    labour_inspection_annex2(),
    sanitation_section_annex3(),
    rural_econ_auditor_annex4(),
    township_finance_selfcheck(),
    trading_center_pledge(),
    tcm_hospital_register(),
    library_duties_then_risks(),
    medical_insurance_notice(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch170-inbox"))

"""A hundred-and-fifty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表 or 承诺书, filled by
staff of bodies no earlier batch used, with ordinary habits. Every unit is a body of an invented
峨边县 (its 乡 阿觉乡 invented too); 峨边 being a 彝族 county, several holders bear Yi names of four
characters (``沙马阿呷``, ``吉木子洛``, ``瓦扎尔布``, ``勒格日哈``, ``马海阿支``, ``曲木伍各``,
``俄木石者``, ``阿衣伍牛``), as its staff lists really do:

- a 社会保险事业管理局 副局长's 附件2 with the template's numbered rows left in where nothing was
  filled (``6``, ``7``, ``8`` and ``3``, ``4`` under ``“三重一大”方面``), the 分管工作 typed only on the
  first row of each duty (no merge), ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 民族中学 总务处's 附件3 whose 负责人 is ``吉木子洛``, 岗位职责 merged, 工作流程 with arrows, the levels
  typed 一级/二级/三级 and three empty template rows left above the review boxes;
- a 竹产业发展服务中心 技术员's 附件4 on a tab renamed for her, the unit typed into the TITLE and the
  ``单位(盖章)：`` line left blank, ``所在科室及职务 | 产业发展股技术员``, two review boxes signed;
- a 森林草原专业扑火队's 自查表 one tab per holder, two rows of pairs (``姓名 | … | 性别 | … | 民族 | 彝族``
  over ``所在中队 | 第一中队 | 职务 | 中队长 | 入队时间 | …``), ``高风险/中风险/低风险``, a ``自查情况``
  column;
- the 电力有限责任公司's 员工廉洁风险防控卡 with ``员工编号`` and ``所在供电所 | 沙溪供电所`` among the
  fields, a merged ``业务环节`` column, a ``监督人`` column holding the post ``所长``;
- a 粮油购销有限责任公司's two 防控卡 stacked on one sheet under one title, each opened by
  ``持卡人 | … | 部门 | …`` over ``岗位 | … | 持卡时间 | …``, ``★★★/★★/★`` read by the note under them;
- an 乡's 林业站 站长's 自查表 under ``填报单位：峨边县阿觉乡人民政府``, ``所在站办 | 林业站``, a merged
  ``岗位职责`` column, 一级/二级/三级;
- a 彝族文化研究中心 研究部主任's 承诺书: a row of labels over a row of values, the pledge and
  ``承诺人：阿衣伍牛`` under the table;
- a 水电移民服务中心 副股长's 登记表 with ``岗位风险等级 | 二级`` and a date cell among the fields and a
  ``分管领导`` column naming the 副主任 on every row (a supervisor, not the holder).

One is harder, a shape offices send that no earlier batch had:

- ``geohazard_post_spec_cards``: a 地质灾害防治服务中心's 岗位廉政风险说明书, one a sheet, laid out as
  a 岗位说明书 (job description): ``岗位名称 | … | 岗位编号 | DZ-JC-03 | 更新日期 | …`` over ``所属部门 |
  … | 直属上级 | 股长 | 在岗人员 | 沙马阿呷``, a merged ``岗位职责`` paragraph, then the table. The holder
  stands only under ``在岗人员``; ``直属上级`` names the post ABOVE hers, not her own.

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; the rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch158`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b158_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (中队长, 股长, 副股长, a 乡's 站长, 研究部主任 middle; 隐患巡查员, 技术员,
  物资管理员, 抄表收费员, 保管员, 化验员 general);
- ``岗位名称`` is the post and ``在岗人员`` the holder of a 岗位说明书; ``直属上级``, ``岗位编号`` and
  ``更新日期`` are no post, holder or point;
- a template row holding only its number (``6``) is no point;
- a 公司's 供电所 is a 科室 of the 公司, as a 局's 所 is of the 局; ``员工编号`` is no holder;
- an 乡's own 林业站 is a 科室 of the 乡 (unit ``峨边县阿觉乡人民政府``);
- ``民族 | 彝族``, ``性别``, ``入队时间``, ``自查情况`` and the pledge are no points, holders or posts;
- a name under ``分管领导`` on every row of a personal form is the supervising leader, not the
  holder (the form's holder is its ``姓名``).

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

PREFIX = "b158_"
PLACE = "峨边县"
TOWN = "阿觉乡"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- harder layout


def geohazard_post_spec_cards() -> dict:
    unit = f"{PLACE}地质灾害防治服务中心"
    t = _Truth(unit)
    cards = [
        ("Sheet1", "隐患巡查员", "DZ-JC-03", "监测预警股", "股长", "沙马阿呷", "general",
         "负责辖区地质灾害隐患点汛前排查、汛中巡查和汛后核查，指导群测群防监测员开展监测，"
         "汇总上报巡查记录，协助核发监测员补助。", [
            ("隐患点巡查记录不实，未到现场即填报巡查结果", "岗位职责", "高",
             "巡查使用“地灾智防”App定位打卡，记录附现场照片，股长每月抽查。"),
            ("群测群防监测员补助核发时虚报人数、天数", "制度机制", "高",
             "补助凭监测记录和乡镇签认表核发，名单在村务公开栏公示。"),
            ("接受建设单位请托，对切坡建房隐患瞒报、少报", "外部环境", "中",
             "隐患点新增、核销经股室集体研判，结果报中心备案。"),
            ("巡查用车、油料报销虚列里程", "思想道德", "低", "派车单与行车记录仪里程比对，按月公示。"),
        ]),
        ("Sheet2", "股长", "DZ-ZL-01", "治理工程股", "副主任", "税砚秋", "middle",
         "负责地质灾害治理工程项目的前期勘查设计管理、施工现场监管、计量签证和竣工初验，"
         "组织搬迁避让对象核实。", [
            ("治理工程勘查设计单位选定不按规定比选", "制度机制", "高",
             "勘查设计单位按规定公开比选，比选结果经中心主任办公会研究。"),
            ("计量签证把关不严，虚增治理工程量", "岗位职责", "高", "计量签证实行监理、股室、财务三方会签。"),
            ("搬迁避让对象核实中优亲厚友", "业务流程", "中", "避让对象入户核实两人以上，名单乡村两级公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, post, code, dept, boss, who, tier, duty, points in cards:
        sh = _Sheet(tab, [10, 18, 34, 12, 10, 34])
        _line(sh, f"{unit}岗位廉政风险说明书", 6)
        sh.add("岗位名称", post, "岗位编号", code, "更新日期", "2024年9月")
        sh.add("所属部门", dept, "直属上级", boss, "在岗人员", who)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "工作事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, None, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        first = len(sh.rows) - len(points)
        sh.rows[first][1] = "隐患巡查和监测" if post != "股长" else "治理工程和避让"
        sh.merge(first, 1, len(sh.rows) - 1, 1)
        sh.add()
        sh.add("在岗人员签字：", None, None, "直属上级签字：", None, None)
        sheets.append(sh)
    return _layout(
        "geohazard_post_spec_cards", "https://365docx.com/view/2f9a490e73.html",
        "(harder) 县地质灾害防治服务中心 岗位廉政风险说明书, one a sheet (``Sheet1``, ``Sheet2``), laid out after the "
        "source's 岗位说明书编写说明 (岗位名称, 岗位编号 ``XKC-01-001``, 直属上级 ``the one who gives direct orders``, 所属部门, "
        "更新日期): the title, then ``岗位名称 | 隐患巡查员 | 岗位编号 | DZ-JC-03 | 更新日期 | 2024年9月`` over ``所属部门 | "
        "监测预警股 | 直属上级 | 股长 | 在岗人员 | 沙马阿呷`` (a Yi name) — the holder ONLY under ``在岗人员``, and ``直属上级`` "
        "naming the post above hers (股长; 副主任 on the 股长's own sheet) — a merged ``岗位职责`` paragraph, then 序号/工作事项 "
        "merged/廉政风险点/风险类型 short/风险等级 高/中/低/防控措施; ``在岗人员签字：| 直属上级签字：`` under it",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def social_insurance_annex2_blank_rows() -> dict:
    unit = f"{PLACE}社会保险事业管理局"
    who, post = "母霁棠", "副局长"
    sh = _Sheet("领导岗位", [6, 22, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    sections = [
        (None, 8, [
            ("分管待遇审核股、基金财务股", "养老保险待遇核定把关不严，违规提高缴费年限或待遇标准", "岗位职责风险", "Ⅰ级",
             "待遇核定实行经办、复核两级审核，系统自动校验缴费记录。"),
            (None, "审批一次性补缴养老保险费时放宽条件", "制度机制风险", "Ⅰ级",
             "补缴凭原始工资发放表审核，补缴三年以上由本人签订承诺并报市局审批。"),
            (None, "社保基金支付审批不严，超范围支付", "业务流程风险", "Ⅱ级", "基金支付实行双人复核、分管领导审签。"),
            ("分管稽核内控股", "对冒领养老金问题查处不力，接受请托减免追缴", "外部环境风险", "Ⅱ级",
             "冒领案件集体研究处理，追缴情况每季度通报。"),
            (None, "领取资格认证走过场", "思想道德风险", "Ⅲ级", "认证数据与死亡、服刑信息定期比对。"),
        ]),
        ("“三重一大”方面", 4, [
            ("大额资金使用", "社保基金大额支付不经局务会集体研究", "制度机制风险", "Ⅰ级",
             "大额支付经局务会研究，会议纪要存档，支付结果报财政、人社部门备案。"),
            ("信息系统建设", "经办信息系统运维项目指定服务商", "岗位职责风险", "Ⅱ级", "运维项目按规定政府采购，验收三人以上参加。"),
        ]),
    ]  # fmt: skip
    for caption, rows_in_template, rows in sections:
        if caption:
            _line(sh, caption, 6)
        for n in range(1, rows_in_template + 1):
            if n <= len(rows):
                duty, point, typ, lv, measures = rows[n - 1]
                sh.add(str(n), duty, point, typ, lv, measures)
                t.point(sh.name, "", post, who, "leader", point, types_in(typ), ROMAN[lv])
            else:  # the template's row, its number left, nothing filled
                sh.add(str(n), None, None, None, None, None)
    _reviews(sh, REVIEWS[1:], 6, {REVIEWS[1]: ("同意。", "2024年6月20日")}, label_cols=2)
    _line(sh, NOTE, 6)
    return _layout(
        "social_insurance_annex2_blank_rows", "http://m.jizihe.com/page/2022/0927/14436717.shtml",
        "县社会保险事业管理局 副局长's 附件2 after the source's article on 社保经办风险防控 (人防、制防、技防、群防 “四防协同”, "
        "风控措施进系统, 数据稽核, 存量风险 and 增量风险, 经办内控): ``附件2``, the template's title, ``单位(盖章)：…``, "
        "``姓名 | 母霁棠 | 职务 | 副局长 | 岗位风险等级 | A级``, 序号/分管工作/风险点/风险类型 ``…风险``/风险级别 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 — the 序号 typed as TEXT as the template has them, the 分管工作 typed only on the first "
        "row of each duty (no merge), and the template's unfilled numbered rows LEFT IN (``6``–``8``, and ``3``–``4`` "
        "under the ``“三重一大”方面`` row); two review boxes, the first signed ``同意。``; the 注 line",
        [sh], t,
    )  # fmt: skip


def ethnic_school_annex3() -> dict:
    unit = f"{PLACE}民族中学"
    who, dept = "吉木子洛", "总务处"
    sh = _Sheet("中层岗位", [22, 22, 32, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "A级")
    sh.add(*HEAD)
    rows = [
        ("负责学校食堂大宗食材和办公用品采购", "需求申报→询价比价→验收入库→报账",
         "小额零星采购不询价，指定供应商并收受好处", "制度机制风险", "一级",
         "零星采购三家询价并留存记录，采购与验收分人负责。"),
        ("负责学校食堂大宗食材和办公用品采购", "需求申报→询价比价→验收入库→报账",
         "食材验收不严，缺斤少两、以次充好", "岗位职责风险", "一级", "食材验收由总务、食堂管理员、教师代表三人签字。"),
        ("负责校舍维修和设施设备维护", "申报→审批→施工→验收", "小型维修工程化整为零，规避审批",
         "业务流程风险", "二级", "维修项目按限额报校务会审批，结算送审。"),
        ("负责学校资产和仓库管理", "登记→领用→盘点→处置", "资产出借、报废不按规定审批", "制度机制风险", "二级",
         "资产处置经校务会研究并报教育局审批，每学期盘点。"),
        ("负责学校资产和仓库管理", "登记→领用→盘点→处置", "利用寄宿生物资发放便利向学生推销商品", "思想道德风险",
         "三级", "学生物资按教育局统一标准发放，严禁推销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    for _ in range(3):  # the template's empty rows left under the filled ones
        sh.add(*([""] * 6))
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年5月28日")})
    _line(sh, NOTE, 6)
    return _layout(
        "ethnic_school_annex3", "http://mswk.cn/Article/ShowArticle.asp?ArticleID=196212",
        "县民族中学 总务处's 附件3 after the source's 学校食堂采购问题自查自纠报告 (大宗物资定点采购, 零星采购 经总务、分管后勤"
        "校长审批, 食堂管理员、仓库保管员 的台账, 食材验收): ``附件3``, title, ``单位(盖章)：峨边县民族中学``, ``科室 | 总务处 | "
        "负责人 | 吉木子洛 | 岗位风险等级 | A级`` (a Yi name), the template's header 岗位职责 merged/工作流程 with arrows merged/"
        "风险点/风险类型 ``…风险``/风险级别 typed ``一级/二级/三级``/防控措施, THREE empty template rows (empty strings) left "
        "under the five filled ones, three review boxes (the first signed), the 注 line",
        [sh], t,
    )  # fmt: skip


def bamboo_center_annex4() -> dict:
    unit = f"{PLACE}竹产业发展服务中心"
    who, dept, post = "瓦扎尔布", "产业发展股", "技术员"
    sh = _Sheet(who, [22, 22, 32, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, f"{unit}一般岗位廉政风险识别和防控表", 6)
    _line(sh, "单位(盖章)：", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "B级")
    sh.add(*HEAD)
    rows = [
        ("负责竹林基地建设项目申报材料初审和现场核查", "受理→初审→现场核查→上报",
         "现场核查不到位，为面积不达标的基地出具合格意见", "岗位职责", "Ⅰ级",
         "现场核查两人以上，核查结果附GPS测量图和照片。"),
        ("负责竹林基地建设项目申报材料初审和现场核查", "受理→初审→现场核查→上报",
         "向申报主体透露评审信息并收受好处", "思想道德", "Ⅱ级", "评审信息保密，签订廉洁承诺书。"),
        ("参与竹笋加工企业设备补助验收", "企业申报→县级验收→公示→拨付",
         "验收走过场，对虚报设备购置金额的企业通过验收", "业务流程", "Ⅰ级",
         "设备验收核对发票、合同和实物，验收组三人以上签字。"),
        ("参与竹笋加工企业设备补助验收", "企业申报→县级验收→公示→拨付",
         "验收结果未按规定公示即报送拨付", "制度机制", "Ⅱ级", "补助名单在政府网站公示七天，无异议后拨付。"),
        ("负责竹产业技术培训组织", "计划→通知→培训→报账", "培训人数、天数虚报，套取培训经费", "制度机制", "Ⅲ级",
         "培训凭签到表和现场照片报账，按季公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("情况属实。", "2024年10月9日"),
                              REVIEWS[1]: ("同意。", "2024年10月12日")})  # fmt: skip
    _line(sh, "注:此表一式三份,务于6月底前报县纪委监委及所在派驻纪检组、监察室。", 6)
    return _layout(
        "bamboo_center_annex4", "http://news.yuanlin.com/detail/2024630/1091219.htm",
        "县竹产业发展服务中心 技术员's 附件4 after the source's 竹产业高质量发展资金补助实施方案 (毛竹示范基地, 笋竹加工企业"
        "设备更新, 经营主体自愿申报、县级验收、核查审定, 直接奖补): the tab renamed for the holder (``瓦扎尔布``, a Yi name), "
        "the unit typed INTO the title (``峨边县竹产业发展服务中心一般岗位廉政风险识别和防控表``) and the ``单位(盖章)：`` line "
        "left blank, ``姓名 | 瓦扎尔布 | 所在科室及职务 | 产业发展股技术员 | 岗位风险等级 | B级``, the template's header, "
        "岗位职责 and 工作流程 merged, 风险类型 short, ``Ⅰ级/Ⅱ级/Ⅲ级``, two review boxes signed, the 注 line",
        [sh], t,
    )  # fmt: skip


def fire_team_selfcheck_minzu() -> dict:
    unit = f"{PLACE}森林草原专业扑火队"
    t = _Truth(unit)
    forms = [
        ("勒格日哈", "男", "彝族", "第一中队", "中队长", "2016年4月", "middle", [
            ("防火期值班备勤安排不公，为关系队员调班、虚报出勤", "岗位职责", "高风险", "已落实",
             "值班表提前公示，出勤以指纹考勤为准，每月公开。"),
            ("火场补助、误餐补助发放虚列人员", "制度机制", "高风险", "已落实",
             "补助凭扑火出动记录和签到表核发，队部复核后打卡发放。"),
            ("队员招录体能测试打人情分", "思想道德", "中风险", "已落实", "体能测试全程录像，成绩当场公布。"),
            ("巡山护林中接受林区群众宴请", "外部环境", "低风险", "已落实", "严格执行八项规定，巡护两人以上同行。"),
        ]),
        ("蹇临溪", "女", "汉族", "综合保障组", "物资管理员", "2019年7月", "general", [
            ("风力灭火机、油料等扑火物资入库验收不严", "业务流程", "高风险", "已落实",
             "物资入库按采购清单逐件清点，两人签字验收。"),
            ("扑火物资出库不登记，私自外借", "制度机制", "中风险", "已落实", "出库凭队长签批的领用单，台账每月核对。"),
            ("过期油料、报废机具处置不按规定报批", "岗位职责", "低风险", "正在整改", "处置方案报应急管理局审批，处置收入上缴。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, nation, dept, post, since, tier, points in forms:
        sh = _Sheet(who, [6, 34, 10, 10, 34, 10])
        _line(sh, f"{unit}队员廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "民族", nation)
        sh.add("所在中队", dept, "职务", post, "入队时间", since)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, state, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
        sh.add()
        sh.add("自查人签字：", None, None, "中队负责人审核：", None, None)
        sheets.append(sh)
    return _layout(
        "fire_team_selfcheck_minzu", "https://m.fx361.cc/news/2019/1129/12175952.html",
        "县森林草原专业扑火队 队员廉政风险自查表, one tab per holder named for him or her, after the source's account of a "
        "县's 森林扑火队伍 (专业扑火队, 半专业队, 扑火经费, 风力灭火机 and 扑火机具, 培训): the title, then TWO rows of pairs "
        "``姓名 | 勒格日哈 | 性别 | 男 | 民族 | 彝族`` over ``所在中队 | 第一中队 | 职务 | 中队长 | 入队时间 | 2016年4月``, "
        "then 序号/风险点/风险类别 short/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况`` (``已落实``, ``正在整改``); "
        "自查人签字/中队负责人审核 under it",
        sheets, t,
    )  # fmt: skip


def power_station_card() -> dict:
    unit = f"{PLACE}电力有限责任公司"
    who, dept, post = "马海阿支", "沙溪供电所", "抄表收费员"
    sh = _Sheet("防控卡", [6, 12, 34, 9, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}员工廉洁风险防控卡", 6)
    sh.add("姓名", who, "员工编号", "EB0317", "所在供电所", dept)
    r = sh.add("岗位", post, "填卡时间", "2024年10月", None, None)
    sh.merge(r, 3, r, 5)
    sh.add("序号", "业务环节", "廉洁风险点", "风险等级", "防控措施", "监督人")
    rows = [
        ("抄表", "估抄、漏抄，人为调整电能表指数", "高", "实行阳光抄表，每月抽取用户现场鉴证。"),
        ("抄表", "为亲友、熟人少抄电量，搞“人情电”", "高", "直系亲属用电纳入首位公示，所内交叉核查。"),
        ("核算收费", "收取电费不开票、截留电费", "高", "电费一律通过收费系统出票，日清日结。"),
        ("核算收费", "违规减免违约金", "中", "违约金减免须所长审批并登记备查。"),
        ("换表", "换表中不核对表计序号和指数，为用户窃电提供便利", "中", "换表单由客户和两名营销人员现场签字鉴证。"),
        ("业扩报装", "报装时向客户推荐指定施工队伍", "低", "报装流程网上公开，客户自主选择施工单位。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures, "所长")
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("持卡人签字：", None, None, "供电所所长签字：", None, None)
    return _layout(
        "power_station_card", "http://duoleka.com/hyzx/trade/electric/48388.html",
        "县电力有限责任公司 员工廉洁风险防控卡 of a 供电所's 抄表收费员, after the source's account of a 供电所's rules (阳光"
        "抄表 and 现场鉴证, 换表鉴证制, 营业大普查, 电费首位公开): the title, ``姓名 | 马海阿支 | 员工编号 | EB0317 | 所在供电所 "
        "| 沙溪供电所`` (a Yi name; the company's own label for its 所) over ``岗位 | 抄表收费员 | 填卡时间 | 2024年10月``, then "
        "序号/业务环节 merged/廉洁风险点/风险等级 高/中/低/防控措施/监督人 (``所长`` on every row); no type column; "
        "持卡人签字/供电所所长签字",
        [sh], t,
    )  # fmt: skip


def grain_company_stacked_cards() -> dict:
    unit = f"{PLACE}粮油购销有限责任公司"
    sh = _Sheet("Sheet1", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控卡", 4)
    cards = [
        ("庹书筠", "仓储部", "保管员", [
            ("粮食入库数量、质量把关不严，与售粮人串通虚增入库数", "★★★", "入库检斤、检质分岗，数据系统自动采集。"),
            ("保管损耗虚报，账实不符", "★★★", "每季度库存自查，损耗超定额报公司集体研究。"),
            ("出库时以次充好、调换粮食", "★★", "出库扦样留存，双人监督装车。"),
            ("仓库钥匙、熏蒸药剂管理不规范", "★", "钥匙双人分管，药剂领用登记。"),
        ]),
        ("曲木伍各", "质检部", "化验员", [
            ("扦样不按规程，人为挑选样品", "★★★", "扦样全程录像，样品双人封存。"),
            ("化验结果受请托，提高等级、降低杂质水分", "★★★", "化验结果系统留痕，复检比例不低于10%。"),
            ("留存样品私自处理", "★", "样品台账专人管理，保存期满集中处理。"),
        ]),
    ]  # fmt: skip
    for k, (who, dept, post, points) in enumerate(cards):
        if k:
            sh.add()
        sh.add("持卡人", who, "部门", dept)
        sh.add("岗位", post, "持卡时间", "2024年8月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (point, stars, measures) in enumerate(points, 1):
            sh.add(n, point, stars, measures)
            t.point(sh.name, dept, post, who, "general", point, [], STARS[stars])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
    sh.add("填报日期：2024年8月", None, "公司纪检审核：", None)
    return _layout(
        "grain_company_stacked_cards", "https://360docs.net/doc/0420463240.html",
        "县粮油购销有限责任公司 岗位廉洁风险防控卡 — TWO cards stacked on one sheet under one title, after the source's "
        "粮油保管员应知应会手册 (储备粮 数量真实、质量良好, 扦样, 检斤, 熏蒸, 出入库): each card of four columns opened by two "
        "rows of pairs ``持卡人 | 庹书筠 | 部门 | 仓储部`` and ``岗位 | 保管员 | 持卡时间 | 2024年8月`` (the second card's holder "
        "``曲木伍各``, a Yi name) over its own 序号/风险点/风险等级/防控措施 header, ``★★★/★★/★``, no type column; a blank "
        "row between the cards; the note "
        "``注：★★★为高风险，★★为中风险，★为低风险。`` and a 填报日期 line under both",
        [sh], t,
    )  # fmt: skip


def township_forestry_station() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    who, dept, post = "俄木石者", "林业站", "站长"
    sh = _Sheet("Sheet1", [6, 22, 34, 10, 34])
    t = _Truth(unit)
    _line(sh, "乡镇站所负责人廉政风险自查表", 5)
    r = sh.add(f"填报单位：{unit}", None, None, "填报时间：2024年7月", None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 4)
    sh.add("姓名", who, "所在站办", dept, None)
    sh.add("职务", post, "联系电话", "0833-5123406", None)
    sh.add("序号", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("配合做好林木采伐伐区调查设计和伐区验收", "伐区调查设计中多算、少算蓄积，为采伐户多开采伐量", "一级",
         "伐区设计两人以上现场调查，设计结果在村公示。"),
        ("配合做好林木采伐伐区调查设计和伐区验收", "伐区验收走过场，对超限额采伐不报告", "一级",
         "验收结果报县林业局复核，超采情况一律移交查处。"),
        ("负责乡村护林员队伍管理", "护林员选聘优亲厚友，补助发放虚列人员", "二级",
         "护林员选聘经村民代表推荐、乡政府审定并公示，补助打卡发放。"),
        ("负责公益林补偿资金核实", "公益林面积核实不实，补偿资金发放不到户", "二级",
         "补偿面积以区划界定数据为准，发放名单村组公示。"),
        ("协助查处破坏森林资源案件", "对毁林案件隐瞒不报或降格处理", "三级", "案件线索登记台账，按月报县林业局。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("本人签字：", None, None, "分管领导审核：", None)
    return _layout(
        "township_forestry_station", "http://xzly.gov.cn/article/572",
        "乡 林业站 站长's 乡镇站所负责人廉政风险自查表 after the source's 林业工作站管理办法 (伐区调查设计 and 伐区验收, 乡村护林"
        "网络, 森林防火, 查处破坏森林资源案件; 林业站 under 县林业局 and the 乡镇): a title naming no unit, ``填报单位：峨边县"
        "阿觉乡人民政府 | 填报时间：2024年7月``, pairs ``姓名 | 俄木石者 | 所在站办 | 林业站`` (a Yi name) and ``职务 | 站长 | "
        "联系电话 | 0833-…``, then 序号/岗位职责 merged/风险点/风险等级 一级/二级/三级/防控措施; no type column; 本人签字/分管"
        "领导审核",
        [sh], t,
    )  # fmt: skip


def yi_culture_center_pledge() -> dict:
    unit = f"{PLACE}彝族文化研究中心"
    who, dept, post = "阿衣伍牛", "研究部", "研究部主任"
    sh = _Sheet("承诺书", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控承诺书", 5)
    sh.add("姓名", "所在部门", "职务", "填写日期", None)
    sh.add(who, dept, post, "2024年3月", None)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    points = [
        ("课题经费报销中虚列田野调查差旅费、劳务费", "制度机制风险", "高",
         "调查差旅凭行程和签到表报销，劳务费打卡发放，课题经费专账核算。"),
        ("课题立项评审中为关系人打高分", "思想道德风险", "中", "评审专家回避制度，评审结果公示。"),
        ("彝文古籍整理出版印刷项目指定印刷厂", "岗位职责风险", "高", "印刷项目按规定比选，中心集体研究确定。"),
        ("征集民间古籍、服饰等藏品时价格评估不实", "业务流程风险", "中", "征集价格由三人以上评估，报中心主任办公会审定。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    _line(
        sh, "本人承诺：严格遵守廉洁自律各项规定，认真落实上述防控措施，自觉接受组织和群众监督。", 5
    )
    sh.add()
    sh.add(None, f"承诺人：{who}", None, "2024年3月", None)
    return _layout(
        "yi_culture_center_pledge", "https://huoophd.cn/dao-jia-gu-shi/605274.html",
        "县彝族文化研究中心 研究部主任's 岗位廉政风险防控承诺书 after the source's account of a 彝族文化研究中心 (田野考察, 课题, "
        "调查资料, 彝学研讨会, 运行费 from local government): the title, a row of LABELS ``姓名 | 所在部门 | 职务 | 填写日期`` "
        "over the row of their values ``阿衣伍牛 | 研究部 | 研究部主任 | 2024年3月`` (a Yi name), then 序号/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施, a merged pledge sentence and ``承诺人：阿衣伍牛`` with the date under it",
        [sh], t,
    )  # fmt: skip


def resettlement_register_leader_col() -> dict:
    unit = f"{PLACE}水电移民服务中心"
    who, dept, post = "谌若渔", "后期扶持股", "副股长"
    sh = _Sheet("登记表", [6, 34, 10, 10, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}个人廉政风险点登记表", 6)
    sh.add("科室", dept, "姓名", who, "职务", post)
    sh.add("岗位风险等级", "二级", "填表日期", datetime(2024, 11, 5), None, None)
    sh.merge(2, 3, 2, 5)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "分管领导")
    points = [
        ("后期扶持人口核定中违规增报、漏核减死亡和服刑人员", "岗位职责", "Ⅰ级",
         "核定人口与公安、民政数据比对，核减核增结果村组公示。"),
        ("直补资金发放不及时或截留挪用", "制度机制", "Ⅰ级", "直补资金通过“一卡通”直接发放到户，按季公开。"),
        ("移民后扶项目验收中接受施工方请托", "外部环境", "Ⅱ级", "项目验收由中心、乡镇、移民代表共同参加。"),
        ("后扶项目申报材料审核把关不严", "业务流程", "Ⅲ级", "申报材料两人审核，审核意见签字留存。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures, "吉伍阿果")
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), ROMAN[lv])
    sh.add()
    sh.add("本人签字：", None, None, "股室负责人签字：", None, None)
    return _layout(
        "resettlement_register_leader_col", "http://gxcounty.com/news/jjyw/20160325/122792.html",
        "县水电移民服务中心 副股长's 个人廉政风险点登记表 after the source's report on 水库移民后期扶持直补资金 (定期发放, 资金"
        "拨付到县, 纳入后期扶持范围的移民 核定): the title, ``科室 | 后期扶持股 | 姓名 | 谌若渔 | 职务 | 副股长`` over "
        "``岗位风险等级 | 二级 | 填表日期 | <a DATE cell>``, then 序号/风险点/风险类型 short/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``分管领导`` — the 中心's 副主任 ``吉伍阿果`` (a Yi name) on EVERY row, the supervising leader, not the holder; "
        "本人签字/股室负责人签字",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    geohazard_post_spec_cards(),
    social_insurance_annex2_blank_rows(),
    ethnic_school_annex3(),
    bamboo_center_annex4(),
    fire_team_selfcheck_minzu(),
    power_station_card(),
    grain_company_stacked_cards(),
    township_forestry_station(),
    yi_culture_center_pledge(),
    resettlement_register_leader_col(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch158-inbox"))

"""A hundred-and-forty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表 or 承诺书, filled by
staff of bodies no earlier batch used, with ordinary habits. Every unit is a body of an invented
射阳县 (its towns 鹤湾镇 and 蒿滩镇 invented too):

- a 人才服务中心 档案管理员's 防控卡 whose one field ``所在部门及岗位`` reads ``人事代理科档案管理员``
  (the 科室 and the post run together), the ``填卡日期`` a real date cell, a ``工作事项`` column
  merged over its points;
- an 农业综合开发办公室 项目管理科's 附件3 whose staff DELETED the template's 工作流程 column and put a
  ``序号`` in front, the 岗位职责 typed again on EVERY row of its group (no merge), ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, the first review box signed;
- a 镇's 综合文化站 站长's 登记表 under ``单位 | 射阳县鹤湾镇综合文化站`` — the 镇 and its own 站 in one
  value — ``姓名 | … | 职务 | 站长``, 一级/二级/三级;
- a 医疗纠纷人民调解委员会 专职人民调解员's 承诺书: ``所在单位 | …`` over ``姓名 | … | 岗位 | …``, a merged
  sentence introducing the table, ``序号 | 廉洁风险点 | 风险等级 | 防控措施`` (no type column), the
  pledge under it and ``承诺人（签名）： | 暨晚岚``;
- a 建筑设计院 结构工程师's 员工廉洁风险防控卡 (``员工姓名``, ``所在部门``, ``岗位``, ``职称``) with a
  ``可能造成的后果`` column between the 风险点 and its level, levels ``★★★/★★/★`` with no note;
- a 镇 农经站 审计员's 附件4 (``所在科室及职务 | 农经站审计员``) whose 岗位风险等级 is ticked in one
  cell ``□一级 ☑二级 □三级``, 工作流程 typed as numbered lines in one cell, ``…风险`` types, 高/中/低;
- a 园艺技术指导站's 附件2 filled by its ``党支部书记、站长`` in the workbook as it came: the blank
  ``附件3`` and ``附件4`` sheets left in after it, one point typed with TWO types
  (``思想道德、外部环境``), the ``“三重一大”方面`` rows, 一级/二级/三级;
- a 中等专业学校 招生干事's 自查表 whose field labels carry their colons in their own cells
  (``姓名： | 嵇澄岚 | 处室： | 招生就业处 | 岗位： | 招生干事``), the points headed ``岗位风险点``, the level
  ``风险⏎等级`` typed over two lines, a ``自查情况`` column (``未发现问题``).

One is harder:

- ``ship_inspection_section_column``: a 渔业船舶检验站 验船师's 个人廉政风险防控登记表 laid out as a
  Word form: column A holds merged SECTION labels running down the form — ``基本情况`` over the two
  rows of pairs (``姓名 | … | 性别 | 男 | 出生年月 | …`` and ``所在股室 | 检验股 | 职务 | 验船师 | 参加工作
  时间 | …``), ``岗位职责`` beside a merged paragraph, ``廉政风险点及防控措施`` merged down beside the
  header AND every risk row, then ``本人承诺`` and ``单位审核意见`` — so the table's header and rows
  start in column B.

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; the rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch142`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b142_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (a 镇 站's 站长 middle; 验船师, 档案管理员, 专职人民调解员, 结构工程师,
  招生干事 general);
- ``人事代理科档案管理员`` under ``所在部门及岗位`` is the 科室 人事代理科 and the post 档案管理员, as
  ``所在科室及职务`` is read; ``农经站审计员`` under ``所在科室及职务`` the 科室 农经站 and the post 审计员;
- a 镇's own 站 is a 科室 of the 镇: ``单位 | 射阳县鹤湾镇综合文化站`` gives the unit 射阳县鹤湾镇 (as
  batch134's title of a 镇's 所 does) and the 科室 综合文化站;
- a leader's post typed ``党支部书记、站长`` is kept whole, as the lists of earlier batches keep
  ``党组书记、局长``;
- a post with no 科室 on the form (the 调解委员会's 专职人民调解员) has 科室 "";
- the blank 附件3 and 附件4 sheets of the 园艺站's workbook hold no form; a merged section label in
  column A (``廉政风险点及防控措施``, ``基本情况``) is no point, no 科室, post or holder;
- ``可能造成的后果``, ``自查情况``, ``工作事项``, ``职称``, ``性别``, ``出生年月``, ``参加工作时间``, the pledge,
  the sentence above the 调解员's table, review boxes and sign-off lines are no points;
- ``★★★/★★/★`` with no note are Ⅰ/Ⅱ/Ⅲ; ``思想道德、外部环境`` names two types.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch138 import HEAD, NOTE, REVIEWS, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b142_"
PLACE = "射阳县"
TOWNS = ("鹤湾镇", "蒿滩镇")
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}


# --------------------------------------------------------------------------- harder layout


def ship_inspection_section_column() -> dict:
    unit = f"{PLACE}渔业船舶检验站"
    who, dept, post = "甯澜渚", "检验股", "验船师"
    sh = _Sheet("登记表", [6, 8, 34, 12, 10, 14, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}个人廉政风险防控登记表", 7)
    top = sh.add("基本情况", "姓名", who, "性别", "男", "出生年月", "1987年9月")
    sh.add(None, "所在股室", dept, "职务", post, "参加工作时间", "2010年7月")
    sh.merge(top, 0, top + 1, 0)
    r = sh.add("岗位职责", "负责辖区渔业船舶建造检验、营运检验和船用产品检验，签发渔业船舶检验证书，参与渔业船舶"
               "水上安全事故的技术调查。", None, None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 6)
    head = sh.add(
        "廉政风险点及防控措施", "序号", "风险点", "风险类型", "风险等级", "防控措施", None
    )
    sh.merge(head, 5, head, 6)
    rows = [
        ("建造检验中对船体结构、主尺度与审图不符的情况不予纠正，照常出具检验报告", "岗位职责", "高",
         "建造检验分阶段到场并拍照上传系统，检验报告经站长复核后签发。"),
        ("营运检验走过场，未登船检验即签发检验证书", "岗位职责", "高",
         "检验须登船并留存定位照片，证书签发与检验记录在系统中关联。"),
        ("收受船东、船厂礼品礼金，放宽救生、消防设备配备要求", "外部环境", "高",
         "签订廉洁承诺，检验结论当场告知船东，公开举报电话。"),
        ("为“三无”船舶或拼装船舶出具检验证明", "制度机制", "中", "船舶身份与建造档案比对，疑点船舶经站务会研究。"),
        ("检验收费不按标准执行，多收、少收或收费不开票", "业务流程", "中",
         "收费标准公示，统一使用财政票据，每月核对收费与检验记录。"),
        ("参与渔船事故技术调查时偏袒一方", "思想道德", "低", "事故调查实行回避，调查报告集体审定。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        r = sh.add(None, n, point, typ, lv, measures, None)
        sh.merge(r, 5, r, 6)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.merge(head, 0, len(sh.rows) - 1, 0)
    r = sh.add("本人承诺", "本人将严格落实上述防控措施，依法依规开展检验，不接受船东、船厂任何形式的宴请和馈赠，"
               "自觉接受组织和群众监督。　　　　签名：", None, None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 6)
    r = sh.add("单位审核意见", "经站务会审核，情况属实。　　　　（盖章）　　2024年6月20日", None, None, None, None,
               None)  # fmt: skip
    sh.merge(r, 1, r, 6)
    return _layout(
        "ship_inspection_section_column", "http://lbs-xndq.com/html/.60znq.201709t20170926_296892.html",
        "(harder) 县渔业船舶检验站 验船师's 个人廉政风险防控登记表 after the source's account of sixty years of 渔船检验 "
        "(建造检验, 营运检验, 检验证书, 救生 and 消防 设施, 船证不符, the 渔船检验机构): a form laid out as in Word — "
        "COLUMN A holds merged SECTION LABELS running down the sheet: ``基本情况`` merged over two rows of pairs "
        "(``姓名 | 甯澜渚 | 性别 | 男 | 出生年月 | 1987年9月``, ``所在股室 | 检验股 | 职务 | 验船师 | 参加工作时间 | "
        "2010年7月``), ``岗位职责`` beside a merged paragraph, ``廉政风险点及防控措施`` merged down beside the header "
        "(序号/风险点/风险类型 short/风险等级 高/中/低/防控措施 merged over two columns) AND all six risk rows, then "
        "``本人承诺`` and ``单位审核意见`` beside merged texts — the table starts in column B",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def talent_center_dept_and_post_field() -> dict:
    unit = f"{PLACE}人才服务中心"
    who, dept, post = "莘映雪", "人事代理科", "档案管理员"
    sh = _Sheet("防控卡", [6, 14, 34, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("姓名", who, "所在部门及岗位", f"{dept}{post}", "填卡日期", datetime(2024, 5, 16))
    sh.add("序号", "工作事项", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("档案接收", "接收材料不全、来源不清的档案，为他人“带档”“补档”", "岗位职责", "高",
         "档案凭转递通知单和密封档案袋接收，材料逐份登记核对。"),
        ("档案接收", "收受好处，将涂改、伪造的学历、履历材料归入档案", "思想道德", "高",
         "归档材料两人审核签字，疑点材料向出具单位函询核实。"),
        ("档案查（借）阅", "违规向无关人员提供档案查阅、复制", "制度机制", "中",
         "查阅凭单位介绍信和审批单，全程登记、两人在场。"),
        ("出具证明", "依据档案出具工龄、身份等证明时内容不实", "业务流程", "中",
         "证明内容与档案原件核对，经科长审核后加盖公章。"),
        ("档案转递", "档案转递不走机要通道，私自交由本人携带", "业务流程", "低",
         "档案一律通过机要交通或专人送达，回执存档。"),
        ("档案保管", "库房管理不善，档案材料丢失、损毁", "制度机制", "低", "落实库房“八防”措施，每季度清点一次。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, item, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("持卡人签字：", None, None, "科长签字：", None, None)
    return _layout(
        "talent_center_dept_and_post_field", "https://gdchrc.com/byspt/index_about_id_34.html",
        "县人才服务中心 档案管理员's 岗位廉政风险防控卡 after the source's 人事代理服务指南 (档案代管, 人档分离, 流动人员人事"
        "档案, 出具证明, 转递 by 机要): ONE row of fields ``姓名 | 莘映雪 | 所在部门及岗位 | 人事代理科档案管理员 | 填卡日期 | "
        "<a real DATE cell 2024-05-16>`` — the 科室 and the post run together under a label no template uses — then "
        "序号/``工作事项`` merged (档案接收 over two rows)/风险点/风险类型 short/风险等级 高/中/低/防控措施; "
        "持卡人签字/科长签字",
        [sh], t,
    )  # fmt: skip


def agri_dev_annex3_duty_each_row() -> dict:
    unit = f"{PLACE}农业综合开发办公室"
    who, dept = "冼铎川", "项目管理科"
    sh = _Sheet("附件3", [6, 22, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "一级")
    sh.add("序号", "岗位职责", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("项目申报评审和立项", "对项目申报材料审核把关不严，为不符合条件的项目立项", "岗位职责风险", "Ⅰ级",
         "申报材料初审、复审两级把关，立项经办公室主任办公会研究。"),
        ("项目申报评审和立项", "评审专家抽取不随机，评审前泄露项目评审信息", "制度机制风险", "Ⅱ级",
         "评审专家从专家库随机抽取，评审信息保密，评审过程录音。"),
        ("项目实施监管和竣工验收", "对施工单位偷工减料、擅自变更设计监管不力", "岗位职责风险", "Ⅰ级",
         "实行项目监理制和工程公示制，设计变更经集体研究后报批。"),
        ("项目实施监管和竣工验收", "竣工验收走过场，工程量、工程质量不实的项目通过验收", "业务流程风险", "Ⅰ级",
         "验收组由财政、审计和乡镇人员组成，验收结果公示。"),
        ("项目实施监管和竣工验收", "接受施工单位宴请、礼品礼金", "思想道德风险", "Ⅱ级",
         "签订廉洁承诺，项目现场公开监督电话。"),
        ("项目资金报账", "报账凭证审核不严，超进度拨付工程款", "业务流程风险", "Ⅱ级",
         "实行县级报账制，报账凭监理签字和阶段验收单据。"),
        ("项目资金报账", "拖延拨付项目资金，向项目实施单位索要好处", "外部环境风险", "Ⅲ级",
         "资金拨付时限公开，拨付情况每季度通报。"),
    ]  # fmt: skip
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)  # the duty typed again on every row, no merge
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), ROMAN[lv])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年6月14日")})
    _line(sh, NOTE, 6)
    return _layout(
        "agri_dev_annex3_duty_each_row", "http://law.lawtime.cn/d702782707876.html",
        "县农业综合开发办公室 项目管理科's 附件3 after the source's 农业综合开发条例 (项目 申报、评审、立项, 项目法人制、"
        "招标投标制、工程监理制、公示制, 竣工验收, 县级报账制): ``附件3``, the template's title, ``单位(盖章)：射阳县农业"
        "综合开发办公室``, ``科室 | 项目管理科 | 负责人 | 冼铎川 | 岗位风险等级 | 一级``, then the template's header with "
        "its 工作流程 column DELETED and a ``序号`` put in front — 序号/岗位职责/风险点/风险类型 ``…风险``/风险级别 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 — the 岗位职责 typed AGAIN on every row of its group (no merge); the 主管领导 box "
        "signed ``同意。``, the others blank; 注",
        [sh], t,
    )  # fmt: skip


def culture_station_town_unit_line() -> dict:
    town = f"{PLACE}{TOWNS[0]}"
    who, dept, post = "帅鸣筝", "综合文化站", "站长"
    sh = _Sheet("Sheet1", [6, 36, 12, 12, 36])
    t = _Truth(town)
    _line(sh, "岗位廉政风险登记表", 5)
    r = sh.add("单位", f"{town}{dept}", None, "填表日期", "2024年4月")
    sh.merge(r, 1, r, 2)
    r = sh.add("姓名", who, None, "职务", post)
    sh.merge(r, 1, r, 2)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("文化活动经费虚列支出，套取活动经费", "制度机制", "一级", "活动经费按预算使用，凭活动照片、签到表报销。"),
        ("农家书屋图书、文体器材采购指定供应商", "岗位职责", "一级", "采购按镇政府采购规定比价，验收两人以上签字。"),
        ("公益电影放映场次虚报", "业务流程", "二级", "放映场次由村（居）签字确认，镇文体服务中心定期抽查。"),
        ("文化市场巡查中收受经营业主好处，对违规经营不予制止", "外部环境", "二级",
         "巡查两人同行，巡查记录存档，发现问题报县文化执法部门。"),
        ("文化站场地、设施出租收入不入账", "思想道德", "三级", "场地使用登记，收入统一缴入镇财政。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), GRADES[lv])
    sh.add()
    sh.add("本人签字：", None, "分管领导签字：", None, None)
    return _layout(
        "culture_station_town_unit_line", "https://jxxfw.com/periodical/3290bcada7226d6053c0ddd28210fff9.html",
        "镇 综合文化站 站长's 岗位廉政风险登记表 after the source's account of 乡镇综合文化站 (建在基层, 多功能、综合性, "
        "“有设施、有产品、有载体、有活力”): under a bare title, ``单位 | 射阳县鹤湾镇综合文化站 | 填表日期 | 2024年4月`` — "
        "the 镇 and its OWN 站 in one value — over ``姓名 | 帅鸣筝 | 职务 | 站长`` (values merged over two columns), then "
        "序号/风险点/风险类型 short/风险等级 一级/二级/三级/防控措施; 本人签字/分管领导签字",
        [sh], t,
    )  # fmt: skip


def mediation_pledge_intro_line() -> dict:
    unit = f"{PLACE}医疗纠纷人民调解委员会"
    who, post = "暨晚岚", "专职人民调解员"
    sh = _Sheet("承诺书", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, "岗位廉洁承诺书", 4)
    r = sh.add("所在单位", unit, None, None)
    sh.merge(r, 1, r, 3)
    sh.add("姓名", who, "岗位", post)
    _line(sh, "本人对照岗位职责，查找出以下廉洁风险点，并承诺落实相应防控措施：", 4)
    sh.add("序号", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("接受医患一方宴请、礼品或财物，调解中偏袒一方", "高", "签订廉洁承诺，调解结束向医患双方发放监督卡。"),
        ("与当事人存在利害关系不主动回避", "高", "调解前告知回避权利，调解员书面声明与双方无利害关系。"),
        ("泄露患者隐私或医疗机构商业秘密", "中", "调解卷宗专柜保管，查阅登记。"),
        ("向当事人推荐律师、鉴定机构或理赔中介，从中获利", "中", "严禁推荐中介服务，发现即调离调解岗位。"),
        ("违规收取调解费用或变相收费", "低", "调解一律免费，收费举报电话公开。"),
    ]  # fmt: skip
    for n, (point, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, lv, measures)
        t.point(sh.name, "", post, who, "general", point, [], HML[lv])
    _line(sh, "本人承诺：坚持依法、自愿、公正调解，严守调解纪律和保密义务，不利用调解工作谋取私利，自觉接受"
              "医患双方和社会监督。如有违反，愿承担相应责任。", 4)  # fmt: skip
    sh.add(None, None, "承诺人（签名）：", who)
    sh.add(None, None, None, "2024年3月28日")
    return _layout(
        "mediation_pledge_intro_line", "https://78911.com.cn/ZhengCeGaiGe/605132-7.html",
        "县医疗纠纷人民调解委员会 专职人民调解员's 岗位廉洁承诺书 after the source's rules on 医调委 (人民调解员 为人公道、"
        "保密义务, 回避, 受理审查 三个工作日, 专家库, 调解 免费): the title, ``所在单位 | 射阳县医疗纠纷人民调解委员会`` "
        "(merged), ``姓名 | 暨晚岚 | 岗位 | 专职人民调解员`` (no 科室 anywhere), a merged sentence ``本人对照岗位职责，"
        "查找出以下廉洁风险点…：`` introducing the table, 序号/廉洁风险点/风险等级 高/中/低/防控措施 (no type column), "
        "the merged pledge under it, ``承诺人（签名）： | 暨晚岚`` and the date",
        [sh], t,
    )  # fmt: skip


def design_institute_consequence_column() -> dict:
    unit = f"{PLACE}建筑设计院"
    who, dept, post = "揭雁桥", "结构设计所", "结构工程师"
    sh = _Sheet("防控卡", [6, 34, 24, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}员工廉洁风险防控卡", 5)
    sh.add("员工姓名", who, "所在部门", dept, None)
    sh.add("岗位", post, "职称", "高级工程师", None)
    sh.add("序号", "风险点", "可能造成的后果", "风险等级", "防控措施")
    rows = [
        ("私接设计业务，借用院资质出图", "院承担设计质量责任，造成经济和声誉损失", "★★★",
         "图签、出图章专人保管，出图登记与合同台账核对。"),
        ("按建设单位要求降低结构安全标准，减少配筋", "工程留下结构安全隐患", "★★★",
         "计算书校对、审核、审定三级签字，施工图送审查机构审查。"),
        ("随意出具设计变更，配合施工单位增加工程量", "造成国有资金损失", "★★",
         "设计变更须建设、监理单位会签，重大变更经院总工审定。"),
        ("在设计文件中指定材料、设备品牌，收取供应商回扣", "排斥公平竞争，损害院的形象", "★★",
         "设计文件不指定品牌，确需参照的注明“或相当于”。"),
        ("施工现场服务中接受施工单位宴请", "违反廉洁从业规定", "★", "现场服务两人以上同行，服务记录存档。"),
    ]  # fmt: skip
    for n, (point, effect, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, effect, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, [], STARS[lv])
    sh.add()
    sh.add("持卡人签字：", None, "部门负责人签字：", None, None)
    return _layout(
        "design_institute_consequence_column",
        "http://35331.cn/lhs_lrdijiikiireocxijpo3vrlqrkxgk8kc4of5mx2k8yqx8gbilhx00wlrdirejgg02j01e01c01c01l02l01e01dgl3_4.html",
        "县建筑设计院 结构工程师's 员工廉洁风险防控卡 after the source's 建筑工程设计变更管理暂行办法 (设计变更 by the 原设计"
        "单位, 重大变更 送原施工图审查机构, 建设、监理单位 会签): ``员工姓名 | 揭雁桥 | 所在部门 | 结构设计所`` over ``岗位 | "
        "结构工程师 | 职称 | 高级工程师``, then 序号/风险点/``可能造成的后果`` (a column of consequences, shorter than "
        "the points on most rows)/风险等级 ``★★★/★★/★`` with NO note/防控措施; no type column; 持卡人签字/部门负责人签字",
        [sh], t,
    )  # fmt: skip


def farm_econ_annex4_ticked_grade() -> dict:
    town = f"{PLACE}{TOWNS[1]}人民政府"
    who, dept, post = "於菁漪", "农经站", "审计员"
    sh = _Sheet("附件4", [18, 20, 32, 14, 9, 32])
    t = _Truth(town)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{town}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "□一级 ☑二级 □三级")
    sh.add(*HEAD)
    rows = [
        ("村级财务审计", "1.制定审计计划\n2.进村审计\n3.出具审计报告", "审计中发现村干部违规问题隐瞒不报",
         "岗位职责风险", "高", "审计报告经站务会讨论，审计结果在村务公开栏公布。"),
        ("村级财务审计", "1.制定审计计划\n2.进村审计\n3.出具审计报告", "接受被审计村宴请、礼品，降低审计标准",
         "思想道德风险", "中", "审计组两人以上，严格执行中央八项规定精神。"),
        ("村干部离任经济责任审计", "1.下达审计通知\n2.资料交接\n3.审计评价", "离任审计评价不客观，出具不实审计结论",
         "岗位职责风险", "高", "审计评价报镇纪委备案，实行审计质量复核。"),
        ("村干部离任经济责任审计", "1.下达审计通知\n2.资料交接\n3.审计评价", "审计资料保管不严，泄露审计信息",
         "制度机制风险", "低", "审计档案按村立卷，专柜保管。"),
        ("征地补偿费等专项审计", "1.核对补偿清册\n2.抽查发放到户\n3.出具专项意见",
         "补偿费发放核对不实，对虚报冒领不予揭示", "业务流程风险", "高",
         "补偿清册与银行发放记录逐户比对，入户抽查不少于两成。"),
        ("征地补偿费等专项审计", "1.核对补偿清册\n2.抽查发放到户\n3.出具专项意见",
         "出具专项意见前与被审计对象私下沟通", "外部环境风险", "中", "审计意见集体研究，沟通情况记录在案。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE, 6)
    return _layout(
        "farm_econ_annex4_ticked_grade", "http://www.fymate.net/html/text/lar/167838/16783812_1.html",
        "镇 农经站 审计员's 附件4 after the source's rules on 农村集体经济审核 (镇 审核机构 audits the 村 every two years, "
        "离任经济责任, 征用土地补偿费 收支, 审核人员 上岗证书): ``附件4``, the template's title, ``单位(盖章)：射阳县蒿滩镇"
        "人民政府``, ``姓名 | 於菁漪 | 所在科室及职务 | 农经站审计员 | 岗位风险等级 | □一级 ☑二级 □三级`` (the grade "
        "TICKED in one cell), the template's header, 岗位职责 merged, 工作流程 typed as NUMBERED LINES in one cell "
        "(``1.制定审计计划⏎2.进村审计⏎3.出具审计报告``) and merged, 风险点/风险类型 ``…风险``/风险级别 高/中/低/防控措施; "
        "blank review boxes; 注",
        [sh], t,
    )  # fmt: skip


def _blank_annex(annex: str, title: str, fields: tuple, head: tuple, reviews) -> _Sheet:
    """An annex of the plan's workbook left as it came: labels, header, numbered rows, boxes."""
    sh = _Sheet(annex, [18, 20, 32, 14, 9, 32])
    sh.add(annex)
    _line(sh, title, 6)
    _line(sh, "单位(盖章)：", 6)
    sh.add(fields[0], None, fields[1], None, "岗位风险等级", None)
    sh.add(*head)
    for _ in range(6):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, reviews, 6)
    _line(sh, NOTE, 6)
    return sh


def horticulture_annex2_blank_annexes() -> dict:
    unit = f"{PLACE}园艺技术指导站"
    who, post = "蹇松岑", "党支部书记、站长"
    sh = _Sheet("附件2", [6, 22, 34, 16, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("主持全面工作，分管财务和项目资金", "果蔬、花卉产业扶持资金分配不经集体研究，个人说了算", "制度机制", "一级",
         "扶持资金分配方案经站务会集体研究，分配结果公示。"),
        ("主持全面工作，分管财务和项目资金", "财务支出审批把关不严，虚列会议、培训费用", "岗位职责", "一级",
         "支出实行经办、审核、审批分离，每季度公开财务收支。"),
        ("分管新品种引进和示范园建设", "新品种引进、苗木采购中收受供应商好处", "思想道德、外部环境", "二级",
         "苗木采购比价并集体验收，与供应商签订廉洁协议。"),
        ("分管新品种引进和示范园建设", "示范园建设验收不严，虚增建设面积", "业务流程", "二级",
         "建设面积实地丈量，验收结果在村组公示。"),
        ("分管新品种引进和示范园建设", "技术培训人数、天数虚报", "岗位职责", "三级", "培训签到、照片存档，经费据实报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "“三重一大”方面", 6)
    big = [
        ("干部推荐和人员招聘", "职工招聘、职称推荐中优亲厚友", "制度机制", "二级",
         "招聘、推荐条件和结果公示，站务会集体研究。"),
        ("大额资金使用", "大额资金使用不经站务会集体研究", "制度机制", "一级", "大额资金使用集体研究、会签，纪要存档。"),
    ]  # fmt: skip
    for n, (duty, point, typ, lv, measures) in enumerate(big, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), GRADES[lv])
    _reviews(sh, REVIEWS[1:], 6, label_cols=2)
    _line(sh, NOTE, 6)
    blank3 = _blank_annex(
        "附件3", "中层岗位廉政风险识别和防控表", ("科室", "负责人"), HEAD, REVIEWS
    )
    blank4 = _blank_annex(
        "附件4", "一般岗位廉政风险识别和防控表", ("姓名", "所在科室及职务"), HEAD, REVIEWS
    )
    return _layout(
        "horticulture_annex2_blank_annexes", "https://www9599116.com/ns_news/399155185874180",
        "县园艺技术指导站's 附件2 after the source's report on a 市园艺站 (花卉、果树、茶叶 产业, 新品种 and 绿色防控 技术"
        "示范推广, 园艺 考察交流): the workbook of the plan AS IT CAME — sheet ``附件2`` filled (``单位(盖章)：射阳县园艺技术"
        "指导站``, ``姓名 | 蹇松岑 | 职务 | 党支部书记、站长 | 岗位风险等级 | 一级``, 序号/分管工作 merged over two groups/"
        "风险点/风险类型 short, one point typed with TWO types ``思想道德、外部环境``/风险级别 一级/二级/三级/防控措施, "
        "the merged ``“三重一大”方面`` row over two numbered rows, two review boxes, 注) — and AFTER it the BLANK "
        "``附件3`` and ``附件4`` sheets of the template left in (their labels, header, six empty rows, review boxes, 注)",
        [sh, blank3, blank4], t,
    )  # fmt: skip


def vocational_school_colon_labels() -> dict:
    unit = f"{PLACE}中等专业学校"
    who, dept, post = "嵇澄岚", "招生就业处", "招生干事"
    sh = _Sheet("Sheet1", [6, 34, 12, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}教职工廉政风险自查表", 6)
    sh.add("姓名：", who, "处室：", dept, "岗位：", post)
    sh.add("序号", "岗位风险点", "风险类型", "风险\n等级", "防控措施", "自查情况")
    rows = [
        ("有偿招生，向初中学校、教师支付生源费", "制度机制", "高", "招生宣传经费按学校预算列支，严禁支付生源费。"),
        ("录取中违规为关系学生调换专业", "岗位职责", "高", "专业录取按志愿和成绩排序，录取结果公示。"),
        ("虚报在校学生人数，套取国家助学金和免学费资金", "业务流程", "高", "学籍与资助系统数据比对，资助名单公示。"),
        ("推荐学生顶岗实习时收受企业或中介好处", "外部环境", "中", "实习单位经学校集体研究确定，签订三方协议。"),
        ("毕业生就业情况统计弄虚作假", "思想道德", "低", "就业数据由学校抽查回访核实。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, "未发现问题")
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("自查人签名：", None, "处室负责人签名：", None, "填表日期：2024年5月", None)
    return _layout(
        "vocational_school_colon_labels", "https://www.xhlnet.com/other/219000.html",
        "县中等专业学校 招生干事's 教职工廉政风险自查表 after the source's account of 中职学校 招生 and 就业 (生源, 招生渠道, "
        "专业设置, 就业指导 and 就业率): one row of fields whose labels carry their COLONS in their own cells — "
        "``姓名： | 嵇澄岚 | 处室： | 招生就业处 | 岗位： | 招生干事`` — then 序号/``岗位风险点``/风险类型 short/"
        "``风险⏎等级`` (typed over two lines) 高/中/低/防控措施/``自查情况`` (``未发现问题``); 自查人签名/处室负责人签名/"
        "``填表日期：2024年5月``",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ship_inspection_section_column(),
    talent_center_dept_and_post_field(),
    agri_dev_annex3_duty_each_row(),
    culture_station_town_unit_line(),
    mediation_pledge_intro_line(),
    design_institute_consequence_column(),
    farm_econ_annex4_ticked_grade(),
    horticulture_annex2_blank_annexes(),
    vocational_school_colon_labels(),
]

RESAVED: tuple[str, ...] = ()  # none kept as .xls/.ods in this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch142-inbox"))

"""A hundred-and-eighty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the plan's
附件2/附件3/附件4 or an office's own 防控卡, 自查表, 登记表 or 承诺表, filled by the staff of bodies of
永川区 that earlier batches used seldom or never: the 社会保险事务中心, the 人才交流服务中心, the 医疗保障
事务中心, the 公共就业服务中心, the 残疾人联合会, the 退役军人服务中心, the 机关事务服务中心, the 湿地公园管理
中心 and the 科技馆 (no re-saved copies):

- the 社保中心's 附件2 for its two leaders, one a sheet (tabs ``主任``, ``副主任``): ``姓名 | … | 职务 | … |
  岗位风险等级 | …``, 分管工作 merged, the ``“三重一大”方面`` row, two review boxes and the 注;
- the 人才交流服务中心's 附件3 for two 科室, one a sheet: ``科室 | … | 负责人 | … | 岗位风险等级 | …``,
  岗位职责 and 工作流程 merged, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 医保事务中心's 附件4 for three staff, the tabs named by them: ``姓名 | … | 所在科室及职务 |
  待遇审核科审核员 | 岗位风险等级 | 三级`` (科室 and post run together);
- the 就业服务中心's 防控卡, one a sheet: ``持卡人 | … | 所在科室 | … | 职务 | …`` over the table;
- the 残联's 自查表 with ``部门：康复部　　职务：部长`` above the table and the holder only in
  ``自查人（签名）：蹇栖霞`` under it;
- the 退役军人服务中心's 登记表: a label row ``姓名 | 性别 | 出生年月 | 政治面貌 | 所在股室 | 职务`` over a
  row of values, 一级/二级/三级;
- the 湿地公园管理中心's 防控卡 whose title names the 科室, the post and the holder
  (``…生态保护科科长冼砚秋岗位廉政风险防控卡``), the tabs by the holders.

One is the shape this batch adds to what the README describes — a 承诺表 SIGNED ROW BY ROW:

- ``admin_affairs_pledge_signed_rows``: the 机关事务服务中心's 廉政风险防控承诺表, one a sheet, with
  ``科室 | … | 岗位 | …`` above (no 姓名 field) and a last column ``本人签字确认`` in which the holder's
  name is typed on EVERY risk row (the offices' e-signature habit), no other place naming him.

One is harder:

- ``science_museum_post_description``: the 科技馆's 岗位说明书 with a 廉政风险 part, one a sheet: pairs
  ``岗位名称 | 讲解员 | 所属部门 | 展教部`` and ``任职人 | 鲜于晴岚 | 直接上级 | 展教部主任库清源`` — the
  ``直接上级`` names ANOTHER person (with his post run in), no holder of this file — then the 岗位职责
  text merged, then a ``二、廉政风险防控`` line over 序号/风险点/风险等级/防控措施.

Each layout imitates the *shape* of such a form after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 社会保险经办 规范 — 登记, 权益记录,
待遇核定支付, 稽核; a 流动人员人事档案 服务规范; a study of 医保基金 欺诈; a 失业保险 经办 PPT; a 残联's 评残
廉政谈话; the 退役士兵 服现役表现量化评分办法; a 区机关事务服务中心's 公车 专项检查; a 国家湿地公园管理中心's
职责; a 博物馆 展教部's 工作职责) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented; every unit is a body of 永川区.

Run ``python tests/published/score.py --set batch182`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 附件3 names the 科室 and its 负责人, no post: the form's title is "" (as batch142);
- ``所在科室及职务 | 待遇审核科审核员`` is the 科室 待遇审核科 and the post 审核员;
- a name typed in a ``本人签字确认`` column on every row is the holder;
- the ``直接上级`` of a 岗位说明书 is no holder; the ``任职人`` is;
- 主任/副主任 of a 中心 are leaders; 科长, 部长, 股长 and a 附件3's 负责人 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b182_"
PLACE = "永川区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000\u3000"
BLANK_DATE = "年  月  日"
NOTE = "注:此表一式三份,于6月底前报区纪委监委。"


def _reviews(sh: _Sheet, labels, ncols: int) -> None:
    """The template's review boxes: the label, the opinion merged, the date in the last column."""
    for label in labels:
        r = sh.add(label, *([None] * (ncols - 2)), BLANK_DATE)
        sh.merge(r, 1, r, ncols - 2)


# --------------------------------------------------------------------------- harder layout


def science_museum_post_description() -> dict:
    unit = f"{PLACE}科技馆"
    t = _Truth(unit)
    people = [
        ("鲜于晴岚", "讲解员", "展教部", "展教部主任库清源",
         "1.负责展厅讲解、接待和预约团队参观;2.参与科普进校园、进社区活动;3.负责志愿者讲解员的日常带教。", [
            ("团队参观预约中优先安排关系单位,收受好处", "中", "预约通过网上平台按时间顺序办理,预约记录每月公开。"),
            ("科普进校园活动中向学校推销科普读物、器材并收取回扣", "高", "严禁推销商品,活动经费由馆统一列支。"),
            ("志愿者服务时长记录弄虚作假", "低", "服务时长系统签到签退,展教部每月核对。"),
        ]),
        ("竺望秋", "技术员", "展品技术部", "展品技术部部长鄂晓帆",
         "1.负责展品日常维护保养和故障维修;2.参与展品更新改造项目的验收;3.管理维修备品备件。", [
            ("展品维修外包中虚报维修项目和费用", "高", "维修项目先报部长审核,维修前后拍照存档,费用按合同结算。"),
            ("展品更新改造验收把关不严,以次充好", "中", "验收由展品技术部、展教部和财务三方参加,签字存档。"),
            ("备品备件领用不登记,私自外借、变卖", "低", "备品备件入库、领用登记,每季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, boss, duties, points in people:
        sh = _Sheet(post, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位说明书", 4)
        sh.add("岗位名称", post, "所属部门", dept)
        sh.add("任职人", who, "直接上级", boss)
        r = sh.add("岗位职责", duties, None, None)
        sh.merge(r, 1, r, 3)
        _line(sh, "二、廉政风险防控", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
        sh.add()
        sh.add("任职人签字：", None, "直接上级签字：", None)
        sheets.append(sh)
    return _layout(
        "science_museum_post_description", "https://www.scuec.edu.cn/bwg/info/1019/1008.htm",
        "(harder) 区科技馆 岗位说明书 with a 廉政风险 part, ONE A SHEET (tabs ``讲解员``, ``技术员``), after the source's "
        "工作职责 of a 博物馆's 展教部 (讲解、接待, 志愿者讲解员 招募、培训, 进校园 and 巡展 activities, 布展): the title "
        "``永川区科技馆岗位说明书``, then PAIRS ``岗位名称 | 讲解员 | 所属部门 | 展教部`` over ``任职人 | 鲜于晴岚 | 直接上级 | "
        "展教部主任库清源`` — the ``直接上级`` naming ANOTHER person, his post run in, who has no form here — then "
        "``岗位职责`` with the duties merged across, a merged ``二、廉政风险防控`` line, then 序号/风险点/风险等级 高/中/低/"
        "防控措施; no type column; ``任职人签字： | 直接上级签字：`` under it",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the shape the README lacks


def admin_affairs_pledge_signed_rows() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    t = _Truth(unit)
    people = [
        ("戢晓岚", "公务用车管理科", "科长", "middle", [
            ("公务用车派遣不按审批单派车,为私事派车", "高", "派车凭审批单,派车记录与平台轨迹每月比对。"),
            ("车辆定点维修、加油审核把关不严,虚报费用", "高", "维修、加油定点并一车一卡,费用每月公示。"),
            ("车辆节假日封存停放检查走过场", "中", "节前封存登记,节后与平台轨迹核对,结果通报。"),
            ("接受维修厂商宴请、礼品", "低", "与定点厂商签订廉洁协议,公开监督电话。"),
        ]),
        ("宰父青禾", "公务用车管理科", "驾驶员", "general", [
            ("公车私用,节假日私自驾车外出", "高", "车辆统一停放,钥匙交科室管理,行驶轨迹实时监控。"),
            ("虚报出车里程、过路费和加油费", "中", "出车登记里程,票据与平台数据核对后报销。"),
            ("出车途中接受用车单位宴请", "低", "严格执行出车纪律,用车单位评价结果纳入考核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(post, [6, 36, 9, 36, 14])
        _line(sh, f"{unit}岗位廉政风险防控承诺表", 5)
        r = sh.add("科室", dept, "岗位", post, None)
        sh.merge(r, 3, r, 4)
        _line(
            sh,
            "本人对照岗位职责查找出以下廉政风险,承诺严格落实防控措施,自觉接受组织和群众监督。",
            5,
        )
        sh.add("序号", "风险点", "风险等级", "防控措施", "本人签字确认")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures, who)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("科室负责人审核：", None, None, "2024年5月", None)
        sheets.append(sh)
    return _layout(
        "admin_affairs_pledge_signed_rows",
        "http://jgswj.shiyan.gov.cn/gzdt_24241/202409/t20240930_4606179.shtml",
        "区机关事务服务中心 岗位廉政风险防控承诺表, ONE A SHEET (tabs ``科长``, ``驾驶员``), after the source's 公车专项检查 "
        "(派车台账, 定点维修, 一车一卡油卡, 节假日停放, 线上监管平台 轨迹): title, then ``科室 | 公务用车管理科 | 岗位 | 科长`` "
        "(NO 姓名 field), a merged pledge sentence, then 序号/风险点/风险等级 高/中/低/防控措施/``本人签字确认`` — the "
        "holder's NAME typed in that last column on EVERY risk row (``戢晓岚``, ``宰父青禾``: the compound surname 宰父), "
        "nowhere else; ``科室负责人审核：`` and the date under it; no type column",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def social_insurance_annex2_leaders() -> dict:
    unit = f"{PLACE}社会保险事务中心"
    t = _Truth(unit)
    leaders = [
        ("主任", "禤鹤汀", "一级", [
            ("主持全面工作,分管财务", "社保基金支出审批把关不严,违规拨付", "制度机制", "高",
             "基金支出经办、复核、审批分离,大额支出集体研究。"),
            ("主持全面工作,分管财务", "为亲友违规办理社保待遇提供便利", "思想道德", "中",
             "严格执行回避制度,待遇办理全程系统留痕。"),
        ], [
            ("大额资金使用", "大额资金使用不经主任办公会集体研究", "制度机制", "高", "大额资金使用集体研究、会签,纪要存档。"),
            ("干部人事", "编外人员招聘中优亲厚友", "岗位职责", "中", "招聘方案、条件和结果公示,全程纪检监督。"),
        ]),
        ("副主任", "粟映桥", "一级", [
            ("分管养老保险待遇核定和稽核", "养老保险待遇核定中违规认定视同缴费年限", "岗位职责", "高",
             "视同缴费年限认定凭原始档案,初审、复核两级把关。"),
            ("分管养老保险待遇核定和稽核", "稽核中发现的冒领待遇问题不追回、不移交", "外部环境", "中",
             "稽核问题台账管理,追回情况每季度通报。"),
            ("分管社会保险登记", "违规为不符合条件人员办理补缴和参保登记", "业务流程", "中",
             "补缴凭工资发放原始凭证,补缴三年以上报中心集体研究。"),
        ], [
            ("重要项目安排", "信息系统运维服务采购指定供应商", "制度机制", "低", "运维服务按政府采购程序,验收三人以上签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, grade, duty_rows, big_rows in leaders:
        sh = _Sheet(post, [6, 22, 34, 12, 9, 34])
        sh.add("附件2")
        _line(sh, "领导岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章)：{unit}", 6)
        sh.add("姓名", who, "职务", post, "岗位风险等级", grade)
        sh.add("序号", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (duty, point, typ, lv, measures) in enumerate(duty_rows, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        _line(sh, "“三重一大”方面", 6)
        for n, (duty, point, typ, lv, measures) in enumerate(big_rows, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
        _reviews(sh, ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"), 6)
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "social_insurance_annex2_leaders", "http://hhqthc.com/zhiduyanjiu/2018/11-19/16049-2.html",
        "区社会保险事务中心 附件2 (领导岗位廉政风险识别和防控表) for its TWO leaders, ONE A SHEET (tabs ``主任``, ``副主任``), "
        "after the source's 社会保险经办规范 (登记, 个人权益记录, 待遇核定和支付, 基金管理, 稽核): ``附件2``, the template's "
        "title, ``单位(盖章)：永川区社会保险事务中心``, ``姓名 | 禤鹤汀 | 职务 | 主任 | 岗位风险等级 | 一级``, then 序号/"
        "分管工作 merged/风险点/风险类型 short/风险等级 高/中/低/防控措施, the merged ``“三重一大”方面`` row over its own "
        "numbered rows, two review boxes (``年  月  日``) and the 注",
        sheets, t,
    )  # fmt: skip


def talent_center_annex3_depts() -> dict:
    unit = f"{PLACE}人才交流服务中心"
    t = _Truth(unit)
    depts = [
        ("档案管理科", "逄沐禾", "二级", [
            ("流动人员人事档案接收", "审核接收材料", "接收来源不清、材料涂改的档案,为他人“补档”", "岗位职责", "Ⅰ级",
             "档案凭调档函和密封档案袋接收,材料逐份登记核对。"),
            ("流动人员人事档案接收", "登记入库", "接收后不及时登记入库,档案材料遗失", "制度机制", "Ⅲ级",
             "接收当日登记入库,库房每季度清点。"),
            ("档案查阅和出具证明", "审批、查阅、出证", "违规向无关人员提供档案查阅、复制", "制度机制", "Ⅱ级",
             "查阅凭介绍信和审批单,两人在场并登记。"),
            ("档案查阅和出具证明", "审批、查阅、出证", "依据档案出具证明时收受好处,证明内容不实", "思想道德", "Ⅰ级",
             "证明内容与档案原件核对,科长审核后盖章。"),
        ]),
        ("人才服务科", "阙知遥", "二级", [
            ("人才招聘会组织", "场地安排、展位分配", "招聘会展位分配优亲厚友,收取额外费用", "业务流程", "Ⅱ级",
             "展位按报名顺序网上分配,收费标准公示。"),
            ("人才引进补贴初审", "材料受理、初审", "补贴初审把关不严,为不符合条件人员出具初审意见", "岗位职责", "Ⅰ级",
             "初审两人交叉审核,初审名单公示。"),
            ("人事代理服务", "协议签订、费用收取", "人事代理费收取不开票、不入账", "外部环境", "Ⅲ级",
             "代理费统一银行缴费,票据专人管理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, who, grade, rows in depts:
        sh = _Sheet(dept, [20, 16, 34, 12, 9, 34])
        sh.add("附件3")
        _line(sh, "中层岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章)：{unit}", 6)
        sh.add("科室", dept, "负责人", who, "岗位风险等级", grade)
        sh.add("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
        first = len(sh.rows)
        for duty, flow, point, typ, lv, measures in rows:
            sh.add(duty, flow, point, typ, lv, measures)
            t.point(sh.name, dept, "", who, "middle", point, types_in(typ), ROMAN[lv])
        _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
        _reviews(
            sh,
            ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"),
            6,
        )
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "talent_center_annex3_depts", "http://ctcrc.com.cn/Article/file/x/910.html",
        "区人才交流服务中心 附件3 (中层岗位廉政风险识别和防控表) for TWO 科室, ONE A SHEET (tabs ``档案管理科``, ``人才服务科``), "
        "after the source's 流动人员人事档案工作服务规范 (调档函, 接收、审核, 查阅, 出具证明, 转递): ``附件3``, title, "
        "``单位(盖章)：…``, ``科室 | 档案管理科 | 负责人 | 逄沐禾 | 岗位风险等级 | 二级``, then the template's own header "
        "岗位职责 merged/工作流程 merged/风险点/风险类型 short/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 (no 序号), three review "
        "boxes and the 注",
        sheets, t,
    )  # fmt: skip


def medical_security_annex4_staff() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    t = _Truth(unit)
    people = [
        ("沃屿笙", "待遇审核科", "审核员", [
            ("住院费用审核", "初审", "对定点医院分解住院、挂床住院的费用审核不严", "岗位职责", "高",
             "审核规则嵌入系统,疑点病例两人复审。"),
            ("住院费用审核", "复审", "收受定点医院好处,放宽审核标准", "思想道德", "高", "审核岗位定期轮换,审核结果抽查。"),
            ("异地就医备案", "受理", "为不符合条件人员办理异地就医备案", "业务流程", "低", "备案条件公开,系统校验参保状态。"),
        ]),
        ("昝岫云", "基金结算科", "会计", [
            ("医保基金结算", "拨付", "未按审核结果拨付定点机构结算款,多拨、错拨", "制度机制", "中",
             "结算款凭审核结果拨付,拨付与审核岗位分离。"),
            ("医保基金结算", "对账", "银行对账不及时,账实不符", "业务流程", "低", "每月银行对账,对账单科长签字。"),
            ("票据管理", "领用核销", "收费票据保管不善,遗失不报", "制度机制", "低", "票据专人保管,领用核销登记。"),
        ]),
        ("漆霁禾", "稽核科", "稽核员", [
            ("定点机构稽核", "现场检查", "现场检查中接受定点药店宴请、购物卡", "外部环境", "高",
             "检查两人以上,检查记录当场签字,廉洁提醒告知。"),
            ("定点机构稽核", "问题处理", "对欺诈骗保行为降格处理,不移交", "岗位职责", "中", "处理意见集体研究,移交情况台账管理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, rows in people:
        sh = _Sheet(who, [18, 12, 34, 12, 9, 34])
        sh.add("附件4")
        _line(sh, "一般岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章)：{unit}", 6)
        sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "三级")
        sh.add("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
        first = len(sh.rows)
        for duty, flow, point, typ, lv, measures in rows:
            sh.add(duty, flow, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(0, lambda row: row[0])])
        _reviews(
            sh,
            ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"),
            6,
        )
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "medical_security_annex4_staff", "https://m.fx361.cc/news/2022/0830/14458596.html",
        "区医疗保障事务中心 附件4 (一般岗位廉政风险识别和防控表) for THREE staff, ONE A SHEET, the tabs named by them, after "
        "the source's study of 医保基金 欺诈 (分解住院, 挂床住院, 定点医药机构, 监管 and 移交): ``附件4``, title, ``单位(盖章)："
        "…``, ``姓名 | 沃屿笙 | 所在科室及职务 | 待遇审核科审核员 | 岗位风险等级 | 三级`` (科室 and post run together), then "
        "岗位职责 merged/工作流程/风险点/风险类型 short/风险级别 高/中/低/防控措施, review boxes and the 注",
        sheets, t,
    )  # fmt: skip


def employment_center_cards() -> dict:
    unit = f"{PLACE}公共就业服务中心"
    t = _Truth(unit)
    cards = [
        ("巫马晏清", "失业保险科", "科长", "middle", [
            ("失业保险金申领审核把关不严,为已就业人员发放失业保险金", "岗位职责", "高",
             "申领信息与社保缴费、工商登记数据比对,发放名单公示。"),
            ("稳岗返还资金审核中为关系企业放宽条件", "制度机制", "高", "返还名单经中心集体研究,公示五个工作日。"),
            ("技能提升补贴申请材料审核走过场", "业务流程", "中", "证书信息网上核验,补贴名单按月公开。"),
        ]),
        ("亢晚舟", "就业创业科", "科员", "general", [
            ("创业担保贷款推荐中收受申请人好处", "外部环境", "高", "推荐条件公开,推荐名单经科室集体审核。"),
            ("公益性岗位人员考勤弄虚作假,虚报补贴", "思想道德", "中", "考勤由用人单位签字确认,每月抽查。"),
            ("职业培训机构培训人数核查不实", "岗位职责", "低", "培训现场随机抽查,签到与人脸识别记录比对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in cards:
        sh = _Sheet(who, [6, 36, 12, 10, 36, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在科室", dept, "职务", post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", None)
        r = len(sh.rows) - 1
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, "科室负责人签字：", None, "2024年6月", None)
        sheets.append(sh)
    return _layout(
        "employment_center_cards", "https://m.99ppt.com/P_144880.html",
        "区公共就业服务中心 岗位廉政风险防控卡, ONE A SHEET (tabs named by the holders), after the source's 失业保险制度与"
        "业务经办程序 (失业保险金 申领, 稳岗返还, 技能提升补贴): title, then ONE ROW of pairs ``持卡人 | 巫马晏清 | 所在科室 | "
        "失业保险科 | 职务 | 科长`` (the compound surname 巫马), then 序号/风险点/风险类别 short/风险等级 高/中/低/防控措施 "
        "(merged over the last two columns); 持卡人签字/科室负责人签字/date",
        sheets, t,
    )  # fmt: skip


def disability_fed_selfcheck_signed() -> dict:
    unit = f"{PLACE}残疾人联合会"
    t = _Truth(unit)
    people = [
        ("蹇栖霞", "康复部", "部长", "middle", [
            ("残疾评定中为不符合条件人员评残或提高等级", "思想道德", "高", "评残由两名以上评定医生共同签字,结果公示。"),
            ("残疾儿童康复救助定点机构确定不公开", "制度机制", "中", "定点机构公开遴选,遴选结果公示。"),
            ("辅助器具适配发放台账不实,虚报发放数量", "业务流程", "中", "发放签收登记,每半年入户抽查。"),
            ("康复服务补贴结算审核不严", "岗位职责", "低", "补贴凭服务记录结算,科室两人审核。"),
        ]),
        ("佘砚池", "教育就业部", "干事", "general", [
            ("残疾人就业补贴申报材料审核走过场", "岗位职责", "中", "补贴材料与社保缴费记录比对,名单公示。"),
            ("残疾学生助学金发放对象认定不实", "业务流程", "中", "助学对象经学校、乡镇残联两级核实。"),
            ("职业技能培训人数虚报", "外部环境", "低", "培训签到、照片存档,经费据实报销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(dept, [6, 36, 12, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        _line(sh, f"部门：{dept}{GAP}职务：{post}", 6)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add(f"自查人（签名）：{who}", None, None, None, "2024年4月", None)
        sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 3)
        sheets.append(sh)
    return _layout(
        "disability_fed_selfcheck_signed",
        "http://canlian.taixing.cn/html/2023/dangjiangongzuo_0221/989.html",
        "区残疾人联合会 岗位廉政风险自查表, ONE A SHEET (tabs named by the 部: ``康复部``, ``教育就业部``), after the source's "
        "集体廉政谈话 with a 残联's 评残委员会 (残疾评定, 秉公评残, 惠残政策): title, a merged line ``部门：康复部　　职务：部长`` "
        "(no name), then 序号/风险点/风险类型 short/风险等级 高/中/低/防控措施/``自查情况`` (``已落实``); the holder ONLY in "
        "the line UNDER the table ``自查人（签名）：蹇栖霞`` (merged over four columns) beside the date",
        sheets, t,
    )  # fmt: skip


def veterans_center_register() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    t = _Truth(unit)
    people = [
        ("邰翊川", "男", "1984.03", "中共党员", "优抚股", "股长", "middle", [
            ("优抚对象抚恤补助资格认定把关不严", "岗位职责风险", "一级", "资格认定凭档案和部队证明,初审复核两级把关。"),
            ("退役士兵服现役表现量化评分中弄虚作假", "思想道德风险", "一级", "评分细则公开,评分结果公示并接受监督。"),
            ("优待证办理中收取额外费用", "外部环境风险", "三级", "办理流程和收费标准公开,窗口监督电话上墙。"),
        ]),
        ("爨望川", "男", "1995.10", "共青团员", "服务保障股", "科员", "general", [
            ("困难退役军人帮扶对象核查不实", "业务流程风险", "二级", "帮扶对象入户核查,村、镇两级签字确认。"),
            ("帮扶慰问物资发放不登记", "制度机制风险", "二级", "物资发放签收登记,台账每季度核对。"),
            ("安置岗位信息泄露,为他人谋利", "思想道德风险", "三级", "安置岗位信息统一发布,经办人员签订保密承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, party, dept, post, tier, points in people:
        sh = _Sheet(who, [12, 34, 14, 10, 34, 10])
        _line(sh, f"{unit}岗位廉政风险登记表", 6)
        sh.add("姓名", "性别", "出生年月", "政治面貌", "所在股室", "职务")
        sh.add(who, sex, born, party, dept, post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", None)
        r = len(sh.rows) - 1
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("本人签字：", None, "股室负责人签字：", None, "2024年5月", None)
        sheets.append(sh)
    return _layout(
        "veterans_center_register",
        "http://parking-friend.com/jiedu/zcjd/202308/t20230822_86743.html",
        "区退役军人服务中心 岗位廉政风险登记表, ONE A SHEET (tabs named by the holders), after the source's 解读 of the "
        "安排工作退役军士和义务兵服现役表现量化评分办法 (军衔和服现役年限计分, 奖励和表彰计分, 减分情形, 工作要求及责任): title, "
        "a LABEL ROW ``姓名 | 性别 | 出生年月 | 政治面貌 | 所在股室 | 职务`` over a row of values (``爨望川 | 男 | 1995.10 | "
        "共青团员 | 服务保障股 | 科员``), then 序号/风险点/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施 (merged over the "
        "last two columns); 本人签字/股室负责人签字/date",
        sheets, t,
    )  # fmt: skip


def wetland_center_title_cards() -> dict:
    unit = f"{PLACE}湿地公园管理中心"
    t = _Truth(unit)
    cards = [
        ("冼砚秋", "生态保护科", "科长", "middle", [
            ("湿地生态修复工程验收把关不严,虚增修复面积", "岗位职责", "高", "修复面积实地测量,验收三方签字并公示。"),
            ("水生植物采购中指定供应商", "制度机制", "高", "采购按政府采购程序,验收两人以上签字。"),
            ("湿地巡护外包服务考核走过场", "业务流程", "中", "巡护轨迹系统记录,考核结果与服务费挂钩。"),
        ]),
        ("仝若溪", "科普宣教科", "科员", "general", [
            ("科普宣教活动经费虚报参加人数", "思想道德", "中", "活动签到、照片存档,经费据实报销。"),
            ("宣教资料印制不比价,收受印刷厂回扣", "外部环境", "低", "印制三家比价,验收登记入库。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in cards:
        sh = _Sheet(who, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}{dept}{post}{who}岗位廉政风险防控卡", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, None, "中心负责人签字：", None)
        sheets.append(sh)
    return _layout(
        "wetland_center_title_cards",
        "https://m.shuidi.cn/company-cd4ac02c1edf1bd5a09e04382c8f5101.html",
        "区湿地公园管理中心 岗位廉政风险防控卡, ONE A SHEET (tabs named by the holders), after the source's 职责 of a 国家"
        "湿地公园管理中心 (规划编制, 勘界立标, 水环境、水生植物 修复工程, 科研监测, 科普宣教): the title naming the unit, the "
        "科室, the post AND the holder in one string (``永川区湿地公园管理中心生态保护科科长冼砚秋岗位廉政风险防控卡``), no "
        "field above the header; 序号/风险点/风险类型 short/风险等级 高/中/低/防控措施; 持卡人签字/中心负责人签字",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    science_museum_post_description(),
    admin_affairs_pledge_signed_rows(),
    social_insurance_annex2_leaders(),
    talent_center_annex3_depts(),
    medical_security_annex4_staff(),
    employment_center_cards(),
    disability_fed_selfcheck_signed(),
    veterans_center_register(),
    wetland_center_title_cards(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch182-inbox"))

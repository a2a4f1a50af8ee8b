"""A hundred-and-thirty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表 or 承诺书, filled by
staff of bodies no earlier batch used, with ordinary habits. Every unit is a body of an invented
大丰县 (its town 潮垦镇 invented too):

- a 职业技能鉴定中心 考务员's 自查表 with a ``风险成因`` column (short causes) between the 风险点 and
  its type, the fields in one row, ``填表日期`` and a phone number on the next;
- a 城市节约用水办公室 计划用水科's 附件3 whose fields are typed label and value IN ONE CELL
  (``科室：计划用水科``, ``负责人：司寇照雪``), the tab renamed for the 科 and ``附件3：`` typed with a
  colon, 工作流程 with arrows, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``, the first review box signed;
- a 固体废物管理中心 科员's 附件4 of eight points running onto a second printed page, its header
  typed AGAIN before the rows of page two, ``所在科室及职务 | 危险废物管理科科员``, 一级/二级/三级;
- a 蔬菜技术指导站 副站长's 附件2, 分管工作 merged over two groups, the types typed now ``…风险`` and
  now short (``制度机制风险`` beside ``岗位职责``), the ``“三重一大”方面`` row, 高/中/低;
- a 种猪场 种猪销售员's 登记表 with ``入职时间`` and ``岗位风险等级 | ★★`` among the fields, levels
  ``★★★/★★/★`` read by the note under the table;
- a 滩涂开发管理站's two 防控卡 on the tabs Excel named (``Sheet1``, ``Sheet2``; an empty ``Sheet3``
  left in), ``持卡人 | … | 所在股室 | … | 职务 | …``, 一级/二级/三级;
- a county 棉麻有限公司 检验员's 员工廉洁风险防控卡: ``工号 | 0419`` (typed as text), a ``业务环节``
  column merged, ``高风险/中风险/低风险``, no type column;
- a 镇's 三资委托代理服务中心 审核会计's 廉洁承诺书 under ``单位：大丰县潮垦镇人民政府``, ``序号 |
  廉政风险点 | 风险等级 | 防控措施`` (no type column), a merged pledge and ``承诺人：乐羊砚禾``.

One is harder:

- ``occ_hospital_rotation_fields``: a 职业病防治院's 自查表 filled after a 轮岗: the fields name the
  holder's FORMER 科室 and post first (``原科室 | 职业健康检查科 | 原岗位 | 体检登记员 | 轮岗时间 |
  2024年3月``) and her present ones on the row under them (``现科室 | 财务科 | 现岗位 | 门诊收费员``);
  the points are the present post's (a 说明 under the table says so).

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; the rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch138`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b138_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (a county 站's 副站长 leader; 股长 middle; 考务员, 种猪销售员,
  技术员, 检验员, 审核会计, 门诊收费员 general);
- after a 轮岗 the form is the holder's PRESENT post: ``现科室``/``现岗位`` give the 科室 and the post,
  ``原科室``/``原岗位`` (and ``轮岗时间``) are history, no field of the form;
- ``科室：计划用水科`` and ``负责人：司寇照雪`` typed in one cell each are the 科室 and the holder;
- a 镇's own 三资委托代理服务中心 is a 科室 of the 镇 (unit ``大丰县潮垦镇人民政府``);
- a repeated header, ``风险成因`` (the cause, not the point), ``工号``, ``入职时间``, ``岗位风险等级``,
  ``业务环节``, ``自查情况`` answers, the pledge, notes, review boxes and sign-off lines are no points,
  no 科室, post or holder;
- ``★★★/★★/★`` with the note ``★★★为高风险，★★为中风险，★为低风险`` are Ⅰ/Ⅱ/Ⅲ.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b138_"
PLACE = "大丰县"
TOWN = "潮垦镇"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
BLANK_DATE = "年  月  日"
NOTE = "注:此表一式三份,于6月底前报县纪委监委。"


def _reviews(sh: _Sheet, labels, ncols: int, filled=None, label_cols: int = 1) -> None:
    """The template's review boxes: the label (over ``label_cols`` columns), the opinion merged up
    to the last column but one, the date in the last; ``filled`` maps a label to (opinion, date)."""
    filled = filled or {}
    for label in labels:
        opinion, date = filled.get(label, (None, BLANK_DATE))
        r = sh.add(label, *([None] * (label_cols - 1)), opinion, *([None] * (ncols - label_cols - 2)),
                   date)  # fmt: skip
        if label_cols > 1:
            sh.merge(r, 0, r, label_cols - 1)
        sh.merge(r, label_cols, r, ncols - 2)


# --------------------------------------------------------------------------- harder layout


def occ_hospital_rotation_fields() -> dict:
    unit = f"{PLACE}职业病防治院"
    who, dept, post = "公良如晦", "财务科", "门诊收费员"
    sh = _Sheet("Sheet1", [6, 36, 12, 10, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险自查表", 6)
    sh.add("姓名", who, "性别", "女", "填表日期", "2024年5月")
    sh.add("原科室", "职业健康检查科", "原岗位", "体检登记员", "轮岗时间", "2024年3月")
    sh.add("现科室", dept, "现岗位", post, "岗位风险等级", "二级")
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施", "自查情况")
    rows = [
        ("收取现金不开具票据或少开票据，截留职业健康检查费", "制度机制", "高",
         "收费一律通过收费系统出具票据，日结时票款核对，财务科长每周抽查。"),
        ("为熟人、关系单位减免或少收体检、诊断费用", "岗位职责", "高",
         "减免须持院领导审批单，减免明细每月在院内公示。"),
        ("退费审核不严，虚构退费套取现金", "业务流程", "中", "退费凭原始票据和科室证明办理，退费单经科长复核签字。"),
        ("备用金、空白票据保管不善，挪用备用金", "制度机制", "中", "备用金定额管理，空白票据专柜存放、领用登记。"),
        ("收受用人单位好处，为其安排插队或默许拖欠体检费", "外部环境", "低",
         "团体体检按预约顺序安排，欠费单位名单报财务科备案。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, "未发现")
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _line(sh, "说明：轮岗交流人员按现岗位填写风险点，原岗位的风险点已在轮岗前移交。", 6)
    sh.add()
    sh.add("本人签字：", None, "科室负责人签字：", None, None, None)
    return _layout(
        "occ_hospital_rotation_fields", "https://www.jiusongjiankang.com/health/news/6464210.html",
        "(harder) 县职业病防治院 岗位廉政风险自查表 filled AFTER A 轮岗, after the source's account of a 职业病医院's "
        "职能 (职业病危害检测与评价, 职业健康检查与诊断, 治疗与康复): under the title three rows of pairs — ``姓名 | 公良如晦 | "
        "性别 | 女 | 填表日期 | 2024年5月``, then the FORMER place ``原科室 | 职业健康检查科 | 原岗位 | 体检登记员 | "
        "轮岗时间 | 2024年3月``, then the PRESENT one ``现科室 | 财务科 | 现岗位 | 门诊收费员 | 岗位风险等级 | 二级`` — then "
        "序号/廉政风险点/风险类型 short/风险等级 高/中/低/防控措施/自查情况 (``未发现``); a merged 说明 under the table "
        "(``轮岗交流人员按现岗位填写风险点…``); 本人签字/科室负责人签字",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def skills_center_cause_column() -> dict:
    unit = f"{PLACE}职业技能鉴定中心"
    who, dept, post = "太史苇杭", "考务科", "考务员"
    sh = _Sheet("自查表", [6, 32, 18, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉政风险自查表", 6)
    sh.add("姓名", who, "科室", dept, "岗位", post)
    sh.add("填表日期", "2024年6月", "联系电话", "0515-83217640", None, None)
    sh.add("序号", "风险点", "风险成因", "风险类型", "风险等级", "防控措施")
    rows = [
        ("考前泄露理论知识试卷或操作考核题目", "试卷保管环节多", "岗位职责", "高",
         "试卷由保密室双人双锁保管，领取、拆封全程录像。"),
        ("核对考生身份不严，默许替考", "责任心不强", "岗位职责", "高", "考生身份证、准考证、人脸识别三核对。"),
        ("为不符合申报条件的人员办理报名", "审核标准不统一", "业务流程", "中",
         "申报材料初审、复审两级审核，报名名单公示。"),
        ("考评员安排不回避，安排亲友所在考点", "回避制度落实不到位", "制度机制", "中",
         "考评员由系统随机抽取，签订回避承诺。"),
        ("收受培训机构好处，为其学员提供考场便利", "外部诱惑多", "外部环境", "中",
         "考场全程视频监控，考务人员与培训机构不得私下往来。"),
        ("证书发放登记不全，代领、冒领证书", "制度不健全", "制度机制", "低", "证书凭本人身份证领取，代领须书面委托。"),
    ]  # fmt: skip
    for n, (point, cause, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, cause, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("自查人签字：", None, "科室负责人签字：", None, None, None)
    return _layout(
        "skills_center_cause_column", "http://hebeiedu.org/content/?99.html",
        "县职业技能鉴定中心 考务员's 工作人员廉政风险自查表 after the source's 考评员和考务员守则 (考务员: 办理报考手续, 核对"
        "考生证件, 布置考场, 准备考卷, 办理领取证书手续; 考评员 亲属回避): ``姓名 | 太史苇杭 | 科室 | 考务科 | 岗位 | 考务员`` "
        "over ``填表日期 | 2024年6月 | 联系电话 | 0515-83217640``, then 序号/风险点/a ``风险成因`` column of SHORT causes "
        "(``责任心不强``, ``制度不健全``) — shorter than the points — /风险类型 short/风险等级 高/中/低/防控措施; "
        "自查人签字/科室负责人签字",
        [sh], t,
    )  # fmt: skip


def water_saving_annex3_fields_in_cells() -> dict:
    unit = f"{PLACE}城市节约用水办公室"
    who, dept = "司寇照雪", "计划用水科"
    sh = _Sheet(dept, [18, 20, 32, 12, 9, 32])
    t = _Truth(unit)
    sh.add("附件3：")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    r = sh.add(f"科室：{dept}", None, f"负责人：{who}", None, "岗位风险等级：二级", None)
    for c in (0, 2, 4):
        sh.merge(r, c, r, c + 1)
    sh.add(*HEAD)
    rows = [
        ("核定下达计划用水单位年度用水计划", "申报→核定→审批→下达",
         "为关系单位多核用水指标，规避超计划加价", "岗位职责风险", "Ⅰ级",
         "用水指标按行业用水定额核定，核定结果经办公室集体审定并公布。"),
        ("核定下达计划用水单位年度用水计划", "申报→核定→审批→下达",
         "计划调整申请审查不严，随意追加用水计划", "制度机制风险", "Ⅱ级", "计划调整须书面申请并附用水台账，十日内书面答复。"),
        ("超计划累进加价水费核算征收", "抄表数据核对→加价水费核算→开具缴款通知",
         "少算、免收累进加价水费，收受用水单位好处", "外部环境风险", "Ⅰ级",
         "加价水费按供水企业报送的水量系统自动核算，减免须报局审批。"),
        ("超计划累进加价水费核算征收", "抄表数据核对→加价水费核算→开具缴款通知",
         "加价水费收缴不及时，未全额缴入财政专户", "业务流程风险", "Ⅱ级", "收缴情况按月与财政专户对账。"),
        ("节水设施“三同时”审查和用水单位检查", "审查→现场核查→出具意见",
         "节水设施未同时建成即出具审查意见", "岗位职责风险", "Ⅱ级", "现场核查拍照存档，审查意见两人签字。"),
        ("节水设施“三同时”审查和用水单位检查", "审查→现场核查→出具意见",
         "检查中接受宴请，放松节水要求", "思想道德风险", "Ⅲ级", "检查两人以上同行，严格执行八项规定。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("情况属实，同意。", "2024年6月18日")})
    _line(sh, NOTE, 6)
    return _layout(
        "water_saving_annex3_fields_in_cells",
        "http://www.fsou.com.cn/html/text/lar/171440/17144016_2.html",
        "县城市节约用水办公室 计划用水科's 附件3 after the source's rules on 节约用水管理机构 (核定下达计划用水单位用水计划, "
        "计划调整申请十日内答复, 超计划累进加价水费 由节约用水管理机构收取、全额上缴财政专户): the tab renamed ``计划用水科``, "
        "``附件3：`` typed with a colon, the template's title, ``单位(盖章)：大丰县城市节约用水办公室``, then the fields typed "
        "label AND value in ONE merged cell each — ``科室：计划用水科 | 负责人：司寇照雪 | 岗位风险等级：二级`` — then the "
        "template's header, 岗位职责 and 工作流程 (arrows) merged, 风险点/风险类型 ``…风险``/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; the 主管领导 box signed, the others blank; 注",
        [sh], t,
    )  # fmt: skip


def solid_waste_annex4_second_page() -> dict:
    unit = f"{PLACE}固体废物管理中心"
    who, dept, post = "仲孙砚秋", "危险废物管理科", "科员"
    sh = _Sheet("附件4", [18, 18, 32, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "二级")
    sh.add(*HEAD)
    rows = [
        ("危险废物管理计划备案和申报登记审核", "受理→审核→备案", "对申报种类、产生量明显不实的备案材料不予核实",
         "岗位职责风险", "一级", "申报数据与环评、排污许可数据比对，异常单位现场核查。"),
        ("危险废物管理计划备案和申报登记审核", "受理→审核→备案", "为关系企业简化程序、提前办结", "思想道德风险", "三级",
         "备案按受理顺序办理，办理时限系统留痕。"),
        ("危险废物转移联单运行监管", "联单生成→运输跟踪→接收核对", "对联单填报数量与实际转移量不符的情况不予查处",
         "业务流程风险", "一级", "联单数据与车辆轨迹、接收单位过磅记录比对。"),
        ("危险废物转移联单运行监管", "联单生成→运输跟踪→接收核对", "泄露企业转移计划和接收单位信息", "制度机制风险",
         "二级", "系统账号专人使用，查询操作留痕。"),
        ("危险废物规范化管理考核", "抽取企业→现场考核→打分→公布", "考核打分不公，对关系企业降低标准", "岗位职责风险",
         "一级", "考核企业随机抽取，打分两人以上，结果公示。"),
        ("危险废物规范化管理考核", "抽取企业→现场考核→打分→公布", "考核中接受企业宴请、礼品", "外部环境风险", "二级",
         "考核组签订廉洁承诺，接受企业监督。"),
        ("医疗废物收集处置监管", "检查→记录→督促整改", "对医疗机构医疗废物交接记录缺失问题放任不管", "岗位职责风险",
         "二级", "检查记录上传系统，整改情况复查销号。"),
        ("医疗废物收集处置监管", "检查→记录→督促整改", "向处置单位推荐关系人承揽运输业务", "外部环境风险", "三级",
         "严禁干预处置单位经营活动，发现即按规定处理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for k, (duty, flow, point, typ, lv, measures) in enumerate(rows):
        if k == 5:  # page two: the header typed again
            _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
            sh.add(*HEAD)
            first = len(sh.rows)
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE, 6)
    return _layout(
        "solid_waste_annex4_second_page",
        "https://nanning.baogaosu.com/xinwen/%E5%BA%9F%E7%89%A9%E7%AE%A1%E7%90%86%E4%B8%AD%E5%BF%83%E5%8F%82%E5%8A%A0/51618577",
        "县固体废物管理中心 科员's 附件4 after the source's report on a 市固体废物管理中心 in the 危险废物规范化管理督查考核 "
        "(危险废物产生单位 and 经营单位 抽查考核): ``附件4``, the template's title, ``单位(盖章)：大丰县固体废物管理中心``, "
        "``姓名 | 仲孙砚秋 | 所在科室及职务 | 危险废物管理科科员 | 岗位风险等级 | 二级``, the template's header, 岗位职责 "
        "and 工作流程 (arrows) merged, 风险点/风险类型 ``…风险``/风险级别 一级/二级/三级/防控措施 — EIGHT points running "
        "onto a second printed page, the header typed AGAIN before the rows of page two (points 6–8, the 规范化管理考核 "
        "group cut by it); blank review boxes; 注",
        [sh], t,
    )  # fmt: skip


def vegetable_station_annex2_mixed_types() -> dict:
    unit = f"{PLACE}蔬菜技术指导站"
    who, post = "左丘汀岸", "副站长"
    sh = _Sheet("附件2", [6, 20, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("分管设施蔬菜基地建设和大棚补贴", "设施大棚建设补贴面积核查不实，为关系户多报面积", "岗位职责", "高",
         "补贴面积实地丈量、拍照定位，乡镇、村、站三方签字，名单公示。"),
        ("分管设施蔬菜基地建设和大棚补贴", "示范基地承建主体确定不经集体研究", "制度机制风险", "高",
         "承建主体公开遴选，结果经站务会研究并公示。"),
        ("分管设施蔬菜基地建设和大棚补贴", "收受大棚建设企业礼品礼金", "思想道德风险", "中",
         "与建设企业签订廉洁协议，节前廉洁提醒。"),
        ("分管蔬菜育苗和技术培训", "育苗物资采购指定供应商，验收不严", "外部环境", "中",
         "物资按程序比价采购，验收两人以上签字。"),
        ("分管蔬菜育苗和技术培训", "培训人数、天数虚报，套取培训经费", "业务流程风险", "低",
         "培训签到、照片存档，经费据实报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "“三重一大”方面", 6)
    sh.add(1, "大额资金使用", "蔬菜产业项目资金支付不经站务会集体研究", "制度机制", "高",
           "大额资金支付经站务会集体研究、会签，纪要存档。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", "蔬菜产业项目资金支付不经站务会集体研究", ["制度机制"],
            1)  # fmt: skip
    sh.add(2, None, None, None, None, None)
    _reviews(sh, REVIEWS[1:], 6, label_cols=2)
    _line(sh, NOTE, 6)
    return _layout(
        "vegetable_station_annex2_mixed_types", "http://0916001.com/forum.php?goto=lastpost&mod=redirect&tid=18545",
        "县蔬菜技术指导站 副站长's 附件2 after the source's account of a 区's 蔬菜产业 plan (设施蔬菜基地, 装配式大棚 扶持 per 亩, "
        "育苗点, 蔬菜产业发展资金): ``附件2``, the template's title, ``单位(盖章)：大丰县蔬菜技术指导站``, ``姓名 | 左丘汀岸 | "
        "职务 | 副站长 | 岗位风险等级 | 一级``, 序号/分管工作 merged over two groups/风险点/风险类型 typed INCONSISTENTLY — "
        "``岗位职责``, ``制度机制风险``, ``外部环境``, ``业务流程风险`` — /风险级别 高/中/低/防控措施, the merged "
        "``“三重一大”方面`` row over one filled row and one printed number; two blank review boxes; 注",
        [sh], t,
    )  # fmt: skip


def pig_farm_register_stars() -> dict:
    unit = f"{PLACE}种猪场"
    who, dept, post = "轩辕棠樾", "销售科", "种猪销售员"
    sh = _Sheet("登记表", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表", 5)
    sh.add("姓名", who, "部门", dept, None)
    sh.add("岗位", post, "入职时间", "2015年3月", None)
    sh.add("岗位风险等级", "★★", "填表日期", "2024年7月", None)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("擅自降低种猪销售价格，或以优惠价向亲友出售种猪", "岗位职责", "★★★",
         "种猪价格按场务会确定的价目表执行，折让须场长审批。"),
        ("收受客户好处，为其挑选性能测定成绩好的种猪", "外部环境", "★★★", "种猪按性能测定结果分级定价，选猪两人在场。"),
        ("种猪销售货款不及时交财务，坐支、截留", "制度机制", "★★", "货款当日交财务入账，销售单与出场单逐笔核对。"),
        ("以商品猪冒充种猪出售，种猪系谱证明出具不实", "业务流程", "★★", "系谱证明由育种技术员出具，销售科不得自行开具。"),
        ("淘汰种猪处置价格偏低，变相输送利益", "思想道德", "★", "淘汰种猪集中公开处置，处置价格经场务会研究。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), STARS[lv])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
    sh.add()
    sh.add("本人签字：", None, "科长签字：", None, None)
    return _layout(
        "pig_farm_register_stars", "http://www.pig66.com/YZJS/yichuanyuzhong/2017/0312/16770681.html",
        "县种猪场 种猪销售员's 岗位廉政风险登记表 after the source's reflections on 猪育种工作 (种猪 性能测定, 遗传改良, 种猪场 "
        "and 育种 organisation): three rows of pairs ``姓名 | 轩辕棠樾 | 部门 | 销售科``, ``岗位 | 种猪销售员 | 入职时间 | "
        "2015年3月``, ``岗位风险等级 | ★★ | 填表日期 | 2024年7月``, then 序号/风险点/风险类型 short/风险等级 ``★★★/★★/★``/"
        "防控措施, a merged note ``注：★★★为高风险，★★为中风险，★为低风险。`` under it; 本人签字/科长签字",
        [sh], t,
    )  # fmt: skip


def tideland_station_default_tabs() -> dict:
    unit = f"{PLACE}滩涂开发管理站"
    t = _Truth(unit)
    people = [
        ("Sheet1", "诸葛晴岚", "承包管理股", "股长", "middle", [
            ("滩涂承包经营权发包不公开，为关系人预留地块", "制度机制", "一级",
             "发包方案经站务会研究，公开竞价，结果公示。"),
            ("承包费减免、缓缴审批随意", "岗位职责", "一级", "减免、缓缴须书面申请，经站务会集体研究。"),
            ("承包合同到期不收回、擅自续签", "业务流程", "二级", "建立合同到期预警台账，续签按发包程序办理。"),
            ("收受承包户礼品礼金", "思想道德", "三级", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
        ("Sheet2", "相里鹤汀", "工程股", "技术员", "general", [
            ("围垦配套工程验收把关不严，虚增工程量", "岗位职责", "一级", "隐蔽工程全程影像记录，验收三方签字。"),
            ("与施工单位串通，变更设计抬高造价", "外部环境", "二级", "设计变更经站务会研究并送审计复核。"),
            ("工程材料进场检验走过场", "业务流程", "三级", "材料进场见证取样送检，检验报告存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "所在股室", dept, None)
        sh.add("职务", post, "填卡日期", "2024年4月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("持卡人签字：", None, "站长签字：", None, None)
        sheets.append(sh)
    sheets.append(_Sheet("Sheet3"))
    return _layout(
        "tideland_station_default_tabs", "https://www.360docs.net/doc/7315767347.html",
        "县滩涂开发管理站's two 岗位廉政风险防控卡 after the source's study of 江苏沿海滩涂 管理 and 开发 (省级滩涂管理机构, "
        "围垦, 滩涂 承包 for 养殖 and 种植): one card a tab on the tabs Excel named — ``Sheet1`` (承包管理股 股长), ``Sheet2`` "
        "(工程股 技术员) — and an EMPTY ``Sheet3`` left in; each ``持卡人 | … | 所在股室 | …`` over ``职务 | … | 填卡日期 | "
        "2024年4月``, then 序号/风险点/风险类型 short/风险等级 一级/二级/三级/防控措施; 持卡人签字/站长签字",
        sheets, t,
    )  # fmt: skip


def cotton_company_staff_card() -> dict:
    unit = f"{PLACE}棉麻有限公司"
    who, dept, post = "微生沐川", "棉花收购部", "检验员"
    sh = _Sheet("防控卡", [6, 12, 34, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}员工廉洁风险防控卡", 5)
    sh.add("姓名", who, "部门", dept, None)
    sh.add("岗位", post, "工号", "0419", None)
    sh.add("序号", "业务环节", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("籽棉检验", "检验回潮率、衣分时为熟人抬级抬价", "高风险", "检验结果当场公示，复检由第二名检验员进行。"),
        ("籽棉检验", "对售棉户压级压价，收取好处后再提级", "高风险", "执行“一试五定”，检验结果与收购价格系统自动对应。"),
        ("过磅计量", "与司磅员串通虚增重量、扣杂不实", "中风险", "过磅与检验分设，磅单三联由售棉户签字。"),
        ("皮棉出库", "出库检验放宽“三丝”要求，以次充好", "中风险", "出库批次抽检，检验记录随货同行。"),
        ("样品管理", "检验样品私自带出变卖", "低风险", "样品登记编号，定期集中处置并入账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, [], WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("持卡人签字：", None, "部门经理签字：", None, None)
    return _layout(
        "cotton_company_staff_card", "http://m.jinbaonet.com/dzb/yaowen/2022/1123/100082158.html",
        "county 棉麻有限公司 检验员's 员工廉洁风险防控卡 after the source's report on a 棉花收购加工企业 at harvest (进厂、检验、"
        "过磅, “一试五定”, 不打白条): ``姓名 | 微生沐川 | 部门 | 棉花收购部`` over ``岗位 | 检验员 | 工号 | 0419`` (the "
        "number typed as TEXT with its leading zero), then 序号/``业务环节`` merged (籽棉检验 over two rows)/``廉洁风险点``/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no type column; 持卡人签字/部门经理签字",
        [sh], t,
    )  # fmt: skip


def town_assets_center_pledge() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    who, dept, post = "乐羊砚禾", "三资委托代理服务中心", "审核会计"
    sh = _Sheet("承诺书", [6, 38, 10, 38])
    t = _Truth(unit)
    _line(sh, "岗位廉洁承诺书", 4)
    _line(sh, f"单位：{unit}", 4)
    sh.add("姓名", who, "所在站所", dept)
    sh.add("职务", post, "承诺日期", "2024年3月")
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("审核村级报账凭证不严，对不合规支出予以入账", "高", "严格执行“联签会审”，不合规票据一律退回。"),
        ("代管村级资金时违规出借、挪用", "高", "村级资金统一在农商行分村设账，支付须村、中心双签。"),
        ("为村干部虚列补贴、报销提供便利", "中", "村干部补贴直达个人账户，发放明细每季度公开。"),
        ("村集体资产资源处置登记备案把关不严", "中", "处置方案须附村民代表会议决议，登记备案留痕。"),
        ("会计档案保管不善，凭证遗失或被抽换", "低", "会计档案按村分册装订，专柜保管，借阅登记。"),
    ]  # fmt: skip
    for n, (point, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    _line(sh, "本人郑重承诺：严格遵守廉洁自律各项规定，认真落实上述防控措施，坚持“代管不越权”，不利用代理记账之便"
              "谋取私利，自觉接受组织和群众监督。如有违反，愿承担相应责任。", 4)  # fmt: skip
    sh.add(None, None, "承诺人：", who)
    sh.add(None, None, None, "2024年3月15日")
    return _layout(
        "town_assets_center_pledge", "https://xiexiebang.com/a14/2019051423/413c059220cb338e.html",
        "镇 三资委托代理服务中心 审核会计's 岗位廉洁承诺书 after the source's 乡“三资”代理服务中心工作制度 (主任负责制, "
        "审核会计、统管会计、资金会计 岗位, 代理服务 reported to the 乡 each quarter, 持证上岗): the title, ``单位：大丰县潮垦镇人民"
        "政府``, ``姓名 | 乐羊砚禾 | 所在站所 | 三资委托代理服务中心`` over ``职务 | 审核会计 | 承诺日期 | 2024年3月``, then "
        "序号/廉政风险点/风险等级 高/中/低/防控措施 (no type column), a merged pledge paragraph under it, ``承诺人： | 乐羊砚禾`` "
        "and the date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    occ_hospital_rotation_fields(),
    skills_center_cause_column(),
    water_saving_annex3_fields_in_cells(),
    solid_waste_annex4_second_page(),
    vegetable_station_annex2_mixed_types(),
    pig_farm_register_stars(),
    tideland_station_default_tabs(),
    cotton_company_staff_card(),
    town_assets_center_pledge(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch138-inbox"))

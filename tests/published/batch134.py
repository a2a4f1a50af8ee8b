"""A hundred-and-thirty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表 or 登记表, filled by staff of
bodies no earlier batch used, with ordinary habits. Every unit is a body of an invented 泗阳县
(its town 榆堤镇 invented too):

- a 蚕桑技术指导站 站长's 附件2 whose ``单位(盖章)：…`` and ``填表日期：…`` are typed into ONE merged
  cell, parted by a run of full-width spaces, 分管工作 merged over two groups, the ``“三重一大”方面``
  section, ``…风险`` types, 高/中/低;
- an insurer's county branch (``中国人寿保险股份有限公司泗阳县支公司``) 理赔查勘员's 员工廉洁风险自查表:
  ``员工工号`` typed as a number, ``入司时间``, a date cell, a ``业务环节`` column, a ``自查情况``
  column (``未发现``), levels ``A级/B级/C级`` read by the note under the table;
- an 经济开发区管理委员会's 附件4 whose ``所在科室及职务`` reads ``园区发展局项目专员`` — a 局 of the
  管委会 as the 科室, run together with the post;
- a 镇's 劳动保障所 所长's 防控卡 whose post stands only in the TITLE
  (``泗阳县榆堤镇劳动保障所所长廉政风险防控卡``), the fields above the table naming only the
  ``持卡人``, a phone number and a date;
- a 国营苗圃 苗木销售员's 登记表 with the template's EXAMPLE row left in under the header, numbered
  ``例`` (its text the template's, no point of hers);
- an 眼科医院 视光中心 验光师's 防控卡 with ``职称 | 主管技师`` among the fields, a short 风险点 beside a
  ``风险描述``, the rows cut by merged SECTION rows (``一、验光检查``, ``二、配镜服务``, ``三、耗材管理``);
- a 港口管理服务中心 安全监管科's 附件3 followed by a second sheet ``填表说明`` (the types, the levels
  and the deadline, no form), 工作流程 with arrows, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 老龄工作委员会办公室's two 自查表, one tab per holder, the 风险等级 column standing BEFORE the
  ``廉政风险点`` and a trailing ``制度依据`` column.

One is harder:

- ``socialist_academy_prose_holder``: a 社会主义学院's 个人岗位廉政风险自查表 with NO field above the
  table: the holder, his 科室 and his post stand only in a merged sentence under the title —
  ``本人公西瑾年，现任教务科科长，负责……。对照岗位职责，现将查找的廉政风险点及防控措施报告如下：`` —
  and the ``自查人（签名）：`` under the table is left blank.

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; the rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch134`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b134_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (a county 站's 站长 leader; 科长 and a 镇 所's 所长 middle;
  理赔查勘员, 项目专员, 苗木销售员, 验光师, 科员 general);
- ``单位(盖章)：泗阳县蚕桑技术指导站　　　…　填表日期：2024年6月20日`` in one cell names the unit; the
  date is no part of it;
- ``园区发展局项目专员`` under ``所在科室及职务`` of a 管委会 is the 科室 园区发展局 (a 局 of the 管委会,
  not a unit) and the post 项目专员;
- a 镇's own 劳动保障所 is a 科室 of the 镇: the title ``泗阳县榆堤镇劳动保障所所长…防控卡`` gives the
  unit ``泗阳县榆堤镇`` (as batch131's title of a 镇's 中心 does), the 科室 劳动保障所 and the post 所长;
  the ``持卡人`` is the holder;
- a row numbered ``例`` under the header is the template's example, no point;
- ``A级/B级/C级`` with the note ``A级为高风险，B级为中风险，C级为低风险`` are Ⅰ/Ⅱ/Ⅲ;
- ``职称``, ``员工工号``, ``入司时间``, ``联系电话``, ``自查情况`` (``未发现``), ``制度依据`` and the
  section rows of the 眼科医院's card are no 科室, post, holder or point; the ``填表说明`` sheet holds
  no form;
- a sentence ``本人<name>，现任<科室><post>，…`` under the title of a form with no field names its
  holder, 科室 and post.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b134_"
PLACE = "泗阳县"
TOWN = "榆堤镇"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
GAP = "\u3000"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
BLANK_DATE = "年  月  日"


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


def socialist_academy_prose_holder() -> dict:
    unit = f"{PLACE}社会主义学院"
    who, dept, post = "公西瑾年", "教务科", "科长"
    sh = _Sheet("自查表", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险自查表", 5)
    _line(sh, f"本人{who}，现任{dept}{post}，负责培训班次计划编排、教学安排、师资选聘和现场教学点管理工作。"
              "对照岗位职责，现将查找的廉政风险点及防控措施报告如下：", 5)  # fmt: skip
    sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("选聘兼职教师时优亲厚友，为关系人安排授课并提高课酬标准", "岗位职责", "高",
         "兼职教师从师资库中选聘，课酬按标准核定，选聘结果经院务会研究。"),
        ("现场教学点确定不经集体研究，接受教学点单位宴请、礼品", "外部环境", "高",
         "现场教学点由院务会集体确定，签订廉洁协议，教学活动两人以上带队。"),
        ("培训班食宿、考察费用超标准列支", "制度机制", "中", "培训费用按定额标准执行，结算清单经分管院领导审核。"),
        ("学员考勤、结业考核把关不严，为未达要求的学员办理结业", "业务流程", "中",
         "考勤使用签到系统，结业名单公示后报院领导审签。"),
        ("利用培训组织之便拉关系、谋私利", "思想道德", "低", "定期开展警示教育，培训期间严禁收受学员礼品。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("自查人（签名）：", None, None, "科室负责人（签名）：", None)
    sh.add(None, None, None, BLANK_DATE, None)
    return _layout(
        "socialist_academy_prose_holder", "https://fx361.cc/page/2021/1110/9391620.shtml",
        "(harder) 县社会主义学院 个人岗位廉政风险自查表 after the source's account of a 社会主义学院's 教育培训 (现场教学, "
        "教学点, 师资力量, 培训班): NO field above the table — under the title ``泗阳县社会主义学院个人岗位廉政风险自查表`` a "
        "merged SENTENCE ``本人公西瑾年，现任教务科科长，负责……工作。对照岗位职责，现将查找的廉政风险点及防控措施报告如下：`` "
        "is the only place that names the holder, his 科室 and his post; then 序号/风险点/风险类别 short/风险等级 高/中/低/"
        "防控措施; under it ``自查人（签名）：`` and ``科室负责人（签名）：`` left BLANK and a blank date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def sericulture_station_annex2_unit_date() -> dict:
    unit = f"{PLACE}蚕桑技术指导站"
    who, post = "巫马听溪", "站长"
    sh = _Sheet("Sheet1", [6, 18, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}{GAP * 10}填表日期：2024年6月20日", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("主持全站工作，分管蚕种供应和财务", "蚕种供应单位确定不经集体研究，指定供种单位", "制度机制风险", "高",
         "供种单位按程序比选，结果经站务会研究并公示。"),
        ("主持全站工作，分管蚕种供应和财务", "蚕种发放数量与养蚕户实际饲养量不符，虚报冒领蚕种补贴", "岗位职责风险", "高",
         "蚕种发放到户登记，乡镇、村、站三方核对签字，补贴名单公示。"),
        ("主持全站工作，分管蚕种供应和财务", "收受蚕药、蚕具经销商礼品礼金", "思想道德风险", "中",
         "与经销商签订廉洁协议，节前廉洁提醒，拒收登记。"),
        ("蚕茧收购技术指导和大棚养蚕补贴", "茧站评茧定级中为关系户抬级抬价", "外部环境风险", "中",
         "评茧定级两人以上共同进行，定级标准上墙公示，接受蚕农监督。"),
        ("蚕茧收购技术指导和大棚养蚕补贴", "养蚕大棚建设补贴面积核查不实", "业务流程风险", "低",
         "补贴面积实地丈量、拍照定位，验收结果在村组公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "“三重一大”方面", 6)
    rows = [
        ("大额资金使用", "桑园改造项目资金支付不经站务会集体研究", "制度机制风险", "高",
         "大额资金支付经站务会集体研究、会签，纪要存档。"),
    ]  # fmt: skip
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    for n in (2, 3):
        sh.add(n, None, None, None, None, None)
    _reviews(sh, REVIEWS[1:], 6, label_cols=2)
    _line(sh, "注:此表一式三份,于6月底前报县纪委监委。", 6)
    return _layout(
        "sericulture_station_annex2_unit_date",
        "https://shandong-chorography.org/database/cg5/section/5/article/67/",
        "县蚕桑技术指导站 站长's 附件2 after the source's account of a county's 桑蚕业 (蚕茧站/指导站 in the 植桑乡镇, 蚕茧"
        "收购, 大棚养蚕 and its 补贴, 桑园): ``附件2``, the template's title, then ONE merged cell holding the unit AND the "
        "date parted by ten full-width spaces — ``单位(盖章)：泗阳县蚕桑技术指导站　…　填表日期：2024年6月20日`` — the "
        "fields ``姓名 | 巫马听溪 | 职务 | 站长 | 岗位风险等级 | 一级``, 序号/分管工作 merged over two groups/风险点/风险类型 "
        "``…风险``/风险级别 高/中/低/防控措施, the merged ``“三重一大”方面`` row over one filled row and two printed numbers; "
        "two blank review boxes; 注",
        [sh], t,
    )  # fmt: skip


def life_insurer_claims_letter_levels() -> dict:
    unit = f"中国人寿保险股份有限公司{PLACE}支公司"
    who, dept, post = "梁丘晏清", "理赔服务部", "理赔查勘员"
    sh = _Sheet("自查表", [6, 14, 34, 9, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}员工廉洁风险自查表", 6)
    sh.add("姓名", who, "部门", dept, "岗位", post)
    sh.add("员工工号", 32132307, "入司时间", "2016年9月", "填表日期", datetime(2024, 8, 12))
    sh.add("序号", "业务环节", "廉洁风险点", "风险等级", "防控措施", "自查情况")
    rows = [
        ("现场查勘", "查勘时与报案人串通，虚构或扩大保险事故损失", "A级",
         "查勘全程拍照定位上传系统，大额案件双人查勘。"),
        ("现场查勘", "接受报案人或修理厂宴请、红包，出具不实查勘报告", "A级",
         "签订员工廉洁承诺书，查勘报告由理赔复核岗抽查回访。"),
        ("医疗费用审核", "对明显不合理的医疗费用票据审核把关不严", "B级", "医疗票据联网核验，异常案件提交调查。"),
        ("理赔资料管理", "泄露客户个人信息和理赔资料", "B级", "理赔资料系统权限管理，查询留痕。"),
        ("小额快赔", "小额案件拆分报案，规避审批权限", "C级", "同一客户多次报案系统自动预警，按月抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures, "未发现")
        t.point(sh.name, dept, post, who, "general", point, [], LETTERS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分A、B、C三级，A级为高风险，B级为中风险，C级为低风险。", 6)
    sh.add()
    sh.add("员工签字：", None, "部门经理签字：", None, None, None)
    return _layout(
        "life_insurer_claims_letter_levels", "https://cbgc.scol.com.cn/news/7152975",
        "insurer's county branch 员工廉洁风险自查表 of a 理赔查勘员 after the source's report on 保险理赔 and 骗保 (虚构保险事故, "
        "伪造材料, 保险公司 as the 第一道防线): the title naming ``中国人寿保险股份有限公司泗阳县支公司``, ``姓名 | 梁丘晏清 | "
        "部门 | 理赔服务部 | 岗位 | 理赔查勘员`` over ``员工工号 | 32132307 (a number) | 入司时间 | 2016年9月 | 填表日期 | "
        "<a date cell>``, then 序号/``业务环节`` merged/``廉洁风险点``/风险等级 ``A级/B级/C级``/防控措施/``自查情况`` "
        "(``未发现`` on every row); no type column; a merged note ``注：风险等级分A、B、C三级，A级为高风险，B级为中风险，"
        "C级为低风险。`` under the table; 员工签字/部门经理签字",
        [sh], t,
    )  # fmt: skip


def dev_zone_annex4_bureau_dept() -> dict:
    unit = f"{PLACE}经济开发区管理委员会"
    who, dept, post = "乐正柯岩", "园区发展局", "项目专员"
    sh = _Sheet("附件4", [18, 18, 32, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "二级")
    sh.add(*HEAD)
    rows = [
        ("园区项目开发建设协调", "收集项目信息—现场踏勘—协调推进—报送进度",
         "协调项目用地、用电等事项时收受企业好处", "外部环境风险", "Ⅰ级",
         "协调事项书面记录并报局务会，严禁单独接受企业安排的活动。"),
        ("园区项目开发建设协调", "收集项目信息—现场踏勘—协调推进—报送进度",
         "向企业泄露尚未公开的园区规划和用地信息", "岗位职责风险", "Ⅱ级", "规划和用地信息按保密规定管理，查阅登记。"),
        ("“一区多园”数据统计和考核评价", "数据采集—审核汇总—报送",
         "统计数据弄虚作假，为园区考核评价虚报投资额", "业务流程风险", "Ⅰ级", "统计数据与税务、用电数据比对，报送前经局长审核。"),
        ("“一区多园”数据统计和考核评价", "数据采集—审核汇总—报送",
         "考核打分标准执行不一，对关系园区倾斜", "制度机制风险", "Ⅱ级", "考核细则公开，打分两人以上，结果公示。"),
        ("“一区多园”数据统计和考核评价", "数据采集—审核汇总—报送",
         "放松学习，工作中吃拿卡要", "思想道德风险", "Ⅲ级", "参加警示教育，每季度开展谈心谈话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6)
    _line(sh, "注:此表一式三份,务于6月底前报县纪委监委及所在派驻纪检组、监察室。", 6)
    return _layout(
        "dev_zone_annex4_bureau_dept",
        "http://www.zc.gov.cn/tz/zcjjjskfq/nsjg/yqfzj/content/post_8897408.html",
        "县经济开发区管理委员会 附件4 of a 项目专员 after the source's 机构职能 of an 经济技术开发区's 园区发展局 (统筹“一区多园”"
        "发展, 推动各园区开发建设, 数据统计, 综合发展水平评价考核): ``附件4``, the template's title, ``单位(盖章)：泗阳县经济"
        "开发区管理委员会``, ``姓名 | 乐正柯岩 | 所在科室及职务 | 园区发展局项目专员 | 岗位风险等级 | 二级`` — the 管委会's 局 "
        "and the post RUN TOGETHER — then the template's header, 岗位职责 and 工作流程 (dashes) merged, 风险点/风险类型 "
        "``…风险``/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; three blank review boxes; 注",
        [sh], t,
    )  # fmt: skip


def town_labour_office_post_in_title() -> dict:
    unit = f"{PLACE}{TOWN}"
    who, dept, post = "谯望岑", "劳动保障所", "所长"
    sh = _Sheet("防控卡", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}{post}廉政风险防控卡", 5)
    sh.add("持卡人", who, "联系电话", "13905247316", "填卡日期：2024年5月")
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("城乡居民养老保险待遇领取资格认证走过场，为已死亡人员继续发放待遇", "岗位职责", "一级",
         "资格认证与公安、民政死亡信息每月比对，村级协办员入户核实。"),
        ("为不符合条件的人员办理参保登记、补缴", "业务流程", "一级", "参保、补缴材料双人审核，办理结果系统留痕。"),
        ("公益性岗位人员安置优亲厚友", "思想道德", "二级", "安置对象条件公开、名单公示，经镇党委会研究。"),
        ("欠薪投诉调处中收受用人单位好处，偏袒一方", "外部环境", "二级", "调处两人以上参加，调处结果书面告知投诉人。"),
        ("就业培训补贴申报台账不全，虚报培训人数", "制度机制", "三级", "培训签到、照片存档，补贴直接拨付到人。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), GRADES[lv])
    sh.add()
    sh.add("持卡人签字：", None, "镇纪委监督电话：0527-85312207", None, None)
    source = ("http://changsha.baogaosu.com/yongyu/%E5%9F%8E%E4%B9%A1%E5%B1%85%E6%B0%91%E5%9F%BA%E6%9C%AC"
              "%E5%85%BB%E8%80%81%E4%BF%9D%E9%99%A9%E7%BB%8F%E5%8A%9E%E8%A7%84%E7%A8%8B/3876435/")  # fmt: skip
    return _layout(
        "town_labour_office_post_in_title", source,
        "镇 劳动保障所 所长's 廉政风险防控卡 after the source's 城乡居民基本养老保险经办规程 (乡镇（街道）事务所 and 村协办员: "
        "参保登记, 补缴, 待遇领取资格认证, 死亡人员待遇停发): the title ``泗阳县榆堤镇劳动保障所所长廉政风险防控卡`` is the ONLY "
        "place naming the post (and the 所); the one row of fields names only ``持卡人 | 谯望岑 | 联系电话 | 13905247316 | "
        "填卡日期：2024年5月`` — no 职务, 岗位 or 科室 field; then 序号/风险点/风险类型 short/风险等级 一级/二级/三级/防控措施; "
        "``持卡人签字：`` and a ``镇纪委监督电话：…`` cell under it",
        [sh], t,
    )  # fmt: skip


def nursery_register_example_row() -> dict:
    unit = f"{PLACE}国营苗圃"
    who, dept, post = "佘雨蕉", "生产经营股", "苗木销售员"
    sh = _Sheet("登记表", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表", 5)
    sh.add("姓名", who, "所在股室", dept, None)
    sh.add("岗位", post, "填表日期", "2024年6月", None)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    sh.add("例", "利用职务便利收受服务对象财物", "思想道德", "高", "加强廉洁教育，签订廉洁承诺书")
    rows = [
        ("苗木销售中擅自降价或以优惠价向亲友出售苗木", "岗位职责", "高", "销售价格按圃务会确定的价目表执行，折让须圃长审批。"),
        ("销售货款不及时交财务，坐支、截留苗木款", "制度机制", "高", "货款当日交财务入账，销售单与出圃单逐笔核对。"),
        ("出圃苗木数量、规格与销售单不符，多出少记", "业务流程", "中", "出圃苗木两人清点，门卫凭出圃单放行。"),
        ("接受绿化工程承包商请托，以次充好供应苗木", "外部环境", "中", "苗木规格现场抽检，购苗单位验收签字。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签字：", None, "股长签字：", None, None)
    return _layout(
        "nursery_register_example_row", "https://www.ppdoc.com/periodical/0b9d3b048abacbfdf4e67fe384252fc7.html",
        "县国营苗圃 苗木销售员's 岗位廉政风险登记表 after the source's account of 国有林场苗圃 (育苗 for 造林, 苗木销售的市场化, "
        "就地取苗): the title, two rows of pairs ``姓名 | 佘雨蕉 | 所在股室 | 生产经营股`` and ``岗位 | 苗木销售员 | 填表日期 | "
        "2024年6月``, then 序号/风险点/风险类型 short/风险等级 高/中/低/防控措施 with the template's EXAMPLE row left in right "
        "under the header — ``例 | 利用职务便利收受服务对象财物 | 思想道德 | 高 | 加强廉洁教育，签订廉洁承诺书`` — before "
        "her own rows numbered 1–4; 本人签字/股长签字",
        [sh], t,
    )  # fmt: skip


def eye_hospital_card_sections() -> dict:
    unit = f"{PLACE}眼科医院"
    who, dept, post = "况清芷", "视光中心", "验光师"
    sh = _Sheet("防控卡", [6, 20, 34, 10, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控卡", 6)
    sh.add("姓名", who, "科室", dept, "岗位", post)
    sh.add("职称", "主管技师", "岗位风险等级", "中", "填卡日期", "2024年7月")
    sh.add("序号", "风险点", "风险描述", "风险等级", "防控措施", None)
    sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
    sections = [
        ("一、验光检查", [
            ("虚报验光度数", "为推销高价镜片，故意拔高近视度数或夸大近视进展", "高",
             "验光结果由第二名验光师抽检复核，复诊度数变化大的病例科室讨论。"),
            ("简化验光流程", "高峰时段省略散瞳、主觉验光等步骤，草率出具处方", "中", "执行医学验光操作规范，验光时长系统记录。"),
        ]),
        ("二、配镜服务", [
            ("开单提成", "验光开单量与个人收入挂钩，诱导患者购买功能性镜片", "高",
             "镜片推荐按处方适应证，严禁开单提成，价格公示。"),
            ("外转配镜", "将患者介绍到院外眼镜店配镜，收取介绍费", "中", "严禁向院外机构介绍患者，设立投诉电话。"),
        ]),
        ("三、耗材管理", [
            ("镜片镜架出入库", "镜片、镜架出入库不登记，账实不符", "低", "出入库扫码登记，每月盘点，账实核对。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, points in sections:
        _line(sh, caption, 6)
        for point, desc, lv, measures in points:
            n += 1
            r = sh.add(n, point, desc, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    sh.add()
    sh.add("持卡人签字：", None, "科主任签字：", None, None, None)
    return _layout(
        "eye_hospital_card_sections", "https://www.zhuipen.com/article/qOfeYqbKDuFwXIDv.html",
        "县眼科医院 视光中心 验光师's 廉洁风险防控卡 after the source's report on 近视度数虚报 (高价功能性镜片, 验光师的开单量和"
        "客单价与收入挂钩, 省略的验光步骤): ``姓名 | 况清芷 | 科室 | 视光中心 | 岗位 | 验光师`` over ``职称 | 主管技师 | "
        "岗位风险等级 | 中 | 填卡日期 | 2024年7月``, then 序号/a short 风险点/a long 风险描述/风险等级 高/中/低/防控措施 (merged "
        "over two columns), the rows cut by merged SECTION rows ``一、验光检查``, ``二、配镜服务``, ``三、耗材管理`` (points "
        "numbered 1–5 through them); no type column; 持卡人签字/科主任签字",
        [sh], t,
    )  # fmt: skip


def port_center_annex3_notes_sheet() -> dict:
    unit = f"{PLACE}港口管理服务中心"
    who, dept = "夹谷衡川", "安全监管科"
    sh = _Sheet("附件3", [18, 18, 32, 12, 9, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "二级")
    sh.add(*HEAD)
    rows = [
        ("港口危险货物作业报告审核", "受理→审核→决定→通报海事", "对危险货物作业报告审核把关不严，违规同意作业",
         "岗位职责", "Ⅰ级", "作业报告两人审核，决定通报海事管理机构并存档。"),
        ("港口危险货物作业报告审核", "受理→审核→决定→通报海事", "收受港口经营人好处，对未报告作业不予查处",
         "外部环境", "Ⅰ级", "执法检查全程记录，查处结果中心集体审定。"),
        ("港口安全生产监督检查", "制定计划→现场检查→整改复查", "检查计划随意，选择性检查码头",
         "制度机制", "Ⅱ级", "检查对象随机抽取，检查结果网上公开。"),
        ("港口安全生产监督检查", "制定计划→现场检查→整改复查", "隐患整改复查走过场，未整改即销号",
         "业务流程", "Ⅱ级", "整改销号附现场照片，科长复核。"),
        ("港口安全生产监督检查", "制定计划→现场检查→整改复查", "检查中接受码头企业宴请", "思想道德", "Ⅲ级",
         "严格执行八项规定，检查人员签订廉洁承诺。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年6月14日")})
    _line(sh, "注:此表一式三份,于6月底前报县纪委监委。", 6)
    notes = _Sheet("填表说明", [90])
    notes.add("填表说明")
    notes.add(
        "1.风险类型分为思想道德、制度机制、岗位职责、业务流程、外部环境五类，每个风险点选填一类。"
    )
    notes.add("2.风险级别分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。")
    notes.add("3.科室负责人填写本表，经单位主管领导审查后，于6月底前报送。")
    return _layout(
        "port_center_annex3_notes_sheet", "https://drbdp.com/4-6060629.html",
        "县港口管理服务中心 安全监管科's 附件3 after the source's account of a 港口管理局 (港口设施安全, 船舶, 货物装卸, 执法权): "
        "``附件3``, the template's title, ``单位(盖章)：泗阳县港口管理服务中心``, ``科室 | 安全监管科 | 负责人 | 夹谷衡川 | "
        "岗位风险等级 | 二级``, the template's header, 岗位职责 and 工作流程 (arrows) merged, 风险点/风险类型 short/风险级别 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; the 主管领导 box signed ``同意。`` with a date, the others blank; 注; and a SECOND sheet "
        "``填表说明`` of four lines in column A (the types, the levels, who fills it in) — no form",
        [sh, notes], t,
    )  # fmt: skip


def ageing_office_level_first() -> dict:
    unit = f"{PLACE}老龄工作委员会办公室"
    t = _Truth(unit)
    people = [
        ("商阙言", "综合科", "科员", [
            ("高", "老龄工作专项经费报销审核不严，虚列会议、培训支出", "制度机制", "经费支出凭审批单和会议签到报销，按季度公开。",
             "《财务管理制度》"),
            ("中", "公务接待超标准，陪餐人数超规定", "制度机制", "执行接待审批和清单制度。", "《公务接待管理规定》"),
            ("低", "利用文件收发之便泄露未公开的政策信息", "岗位职责", "文件收发登记，涉密文件专人管理。",
             "《公文处理办法》"),
        ]),
        ("谷梁采薇", "老龄事业科", "科员", [
            ("高", "高龄津贴发放对象审核不严，为不符合年龄条件者申报", "岗位职责", "申报对象与户籍信息比对，名单在村（社区）公示。",
             "《高龄津贴发放管理办法》"),
            ("高", "对已去世老人未及时停发高龄津贴", "业务流程", "每月与民政、公安死亡信息比对，停发情况留档。",
             "《高龄津贴发放管理办法》"),
            ("中", "敬老月慰问物资采购指定供应商，收受回扣", "外部环境", "慰问物资比价采购，验收两人签字。",
             "《政府采购管理制度》"),
            ("低", "评选敬老模范、孝亲家庭优亲厚友", "思想道德", "评选标准公开，推荐对象公示。", "《评选表彰办法》"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, points in people:
        sh = _Sheet(who, [6, 9, 34, 12, 34, 18])
        _line(sh, f"{unit}个人廉政风险自查表", 6)
        sh.add("姓名", who, "科室", dept, "职务", post)
        sh.add("序号", "风险等级", "廉政风险点", "风险类别", "防控措施", "制度依据")
        for n, (lv, point, typ, measures, basis) in enumerate(points, 1):
            sh.add(n, lv, point, typ, measures, basis)
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "科室负责人签字：", None, "2024年6月", None)
        sheets.append(sh)
    return _layout(
        "ageing_office_level_first", "https://baiwen2.com/tips/304399.html",
        "县老龄工作委员会办公室's two 个人廉政风险自查表 after the source's 老龄工作委员会办公室 职责 (办理老龄委决定的事项, "
        "督促检查, 联系协调成员单位), the county's 高龄津贴 and 敬老月 added: one tab per holder (``商阙言``, ``谷梁采薇``), "
        "each under the title and ``姓名 | … | 科室 | … | 职务 | 科员``; the columns in an unusual ORDER — 序号/风险等级 "
        "高/中/低 FIRST/``廉政风险点``/风险类别 short/防控措施/a trailing ``制度依据`` (the rule each measure rests on); "
        "本人签字/科室负责人签字/date",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    socialist_academy_prose_holder(),
    sericulture_station_annex2_unit_date(),
    life_insurer_claims_letter_levels(),
    dev_zone_annex4_bureau_dept(),
    town_labour_office_post_in_title(),
    nursery_register_example_row(),
    eye_hospital_card_sections(),
    port_center_annex3_notes_sheet(),
    ageing_office_level_first(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch134-inbox"))

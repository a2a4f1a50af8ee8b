"""A sixty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: PUBLIC INSTITUTIONS OF HEALTH AND EDUCATION — a 县中西医结合
医院, a 镇中心卫生院, a 县职业教育中心 and a 县教育技术装备中心 under the 教育局 — handing back their
岗位廉政风险点及防控措施一览表 / 清单 / 防控卡, several files per unit, each 科室 or 处室 filling the
unit's template its own way. Eight are EVERYDAY:

- the 医院's 药剂科 一览表: a ``科室:药剂科 | 填报时间:…`` line over the heading, 岗位/姓名 merged per
  person, 风险类别 short names, 高/中/低, a signature line under it;
- the 医院's 医学装备科 排查表: the 科室 ONLY in the title (``XX县中西医结合医院医学装备科…``),
  岗位/责任人/岗位职责 merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, a trailing ``监督责任人`` naming the
  分管副院长 merged down the table, and the two empty tabs ``Sheet2``/``Sheet3`` Excel left;
- the 卫生院's 一览表 in four parts, each begun by a row merged across (``一、院领导``, ``二、财务室``,
  ``三、药房``, ``四、公共卫生科``), the running number going on, no type column;
- the 卫生院's 乡村医生 防控卡, one sheet per 村卫生室 (tabs ``柳湾村``, ``石桥村``), the holder above the
  table as ``姓名 | … | 村卫生室 | 柳湾村卫生室 | 岗位 | 乡村医生``, a ``工作环节`` column and an empty
  ``备注``, a signed foot line;
- the 职业教育中心's 招生就业处 一览表: the 处室 only in the title, ``责任人`` names, ``…风险`` types,
  ``一级/二级/三级``, a trailing ``分管领导`` naming one 副校长 merged down;
- the 职业教育中心's 重点岗位 清单 对岗不对人: a ``说明:`` line over the heading, 处室 merged, a short
  ``风险点`` beside a long ``主要表现形式``, 高/中/低;
- the 教育技术装备中心's 一览表: 股室 merged, one post held by TWO people named in one cell
  (``彭晓、邢伟``), short types, 高/中/低;
- the 教育技术装备中心's 电化教育股 附件3 (the official 中层岗位 form) by its 股长.

One is harder:

- ``tcm_hospital_leaders_name_and_post``: the 医院's 领导班子 一览表 whose holder column is
  ``姓名及职务``, each cell the name, a line break and the post — a post naming two offices joined
  by 、 (``党委书记、院长``, ``党委委员、副院长``), one post, not two — merged per person beside
  ``分管工作`` naming the 科室 he oversees (no 科室 of his).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县人民医院's 清廉医院 work with its
高、中、低 risk levels, 药占比 and 耗占比; a 医院设备采购管理制度 with its 论证报告, 政府采购 and 验收; a
医学装备管理委员会 of 院长, 主管副院长 and 科室主任; a 乡镇卫生院院长 who took public money; a 镇卫生院's
家庭医生签约服务费; the 中等职业学校国家助学金管理办法; a 县职教中心's 招生 and 委培; an 教育局's 教育
装备采购招标方案; 贫困县域教育信息化) and the layout follows their words. The rows are worded by us,
the names invented.

Run ``python tests/published/score.py --set batch67`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b67_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a title naming a 科室 or 处室 after the unit (``XX县职业教育中心招生就业处…``) gives the 科室 of every
  row, when the table has no 科室 column;
- a ``姓名及职务`` cell ``闵国强⏎党委书记、院长`` is the holder 闵国强 in the post ``党委书记、院长`` (one post:
  offices joined by 、 are held together); a leader's form has no 科室 (``分管工作`` is what he oversees);
- a row merged across the table (``二、财务室``) is the 科室 of the rows under it and no point; the
  rows under ``一、院领导`` are leaders, with no 科室;
- ``彭晓、邢伟`` in one 姓名 cell are two holders of the post, each with its points;
- a label ``村卫生室`` above the card gives the 科室 (the 村卫生室 is the 卫生院's part);
- a ``监督责任人`` / ``分管领导`` column naming one leader on every row names no holder;
- a short ``风险点`` beside a long ``主要表现形式``: the point is the short one;
- ``工作环节``, ``岗位职责``, ``分管工作``, ``主要表现形式``, ``备注`` are no points and no types;
- a 院长, 副院长, 党委书记 are leaders; a 科主任, 科长, 处室 主任, 股长 middle; the rest general; the
  official 附件3 is its 负责人's, with no post.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b67_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
HOSPITAL = "XX县中西医结合医院"
HEALTH_CENTRE = "XX县青龙镇中心卫生院"
VOCATIONAL = "XX县职业教育中心"
EQUIPMENT = "XX县教育技术装备中心"
TIER = {"科主任": "middle", "科长": "middle", "主任": "middle", "股长": "middle", "药房负责人": "middle",
        "院长": "leader", "副院长": "leader", "党委书记、院长": "leader",
        "党委委员、副院长": "leader"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


# --------------------------------------------------------------------------- harder layout


def tcm_hospital_leaders_name_and_post() -> dict:
    unit = HOSPITAL
    sh = _Sheet("领导班子", [6, 16, 22, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子成员廉政风险点及防控措施一览表", 7)
    sh.add("序号", "姓名及职务", "分管工作", "风险点", "风险类别", "风险等级", "防控措施")
    people = [
        ("闵国强", "党委书记、院长", "主持医院全面工作,分管人事科、财务科", [
            ("重大事项、大额资金使用不经党委会集体研究", "制度机制风险", "高",
             "严格执行“三重一大”决策制度,议题会前送达,会议纪要存档。"),
            ("公开招聘、职称聘任中为亲友打招呼", "思想道德风险", "高",
             "招聘方案报县卫健局备案,面试全程录像,结果公示。"),
            ("对班子成员和中层干部廉洁情况失察", "岗位职责风险", "中",
             "每年与分管领导、科主任签订党风廉政建设责任书,开展廉政谈话。"),
        ]),
        ("魏淑芬", "党委委员、副院长", "分管医学装备科、药剂科、总务科", [
            ("大型医用设备采购前论证不充分,为特定厂家设置参数", "业务流程风险", "高",
             "设备购置经医学装备管理委员会论证,参数由三名以上专家共同确定。"),
            ("药品耗材遴选中接受企业请托", "外部环境风险", "中", "新药、新耗材引进由药事会票决,不单独接触企业人员。"),
        ]),
        ("章立新", "副院长", "分管医务科、护理部、医保办", [
            ("对科室不合理用药、过度检查监管不力", "岗位职责风险", "中", "每月通报药占比、耗占比,超标科室约谈。"),
            ("医保基金使用审核把关不严,默许科室违规收费", "制度机制风险", "低",
             "医保办每月抽查病历,违规费用追回并扣减绩效。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for who, post, duty, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, f"{who}\n{post}", duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    per_person = lambda row: row[1]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, lambda row: (row[1], row[2]))])
    sh.add()
    sh.add("填报人:", None, "审核:院党委", None, None, "2024年4月", None)
    return _layout(
        "tcm_hospital_leaders_name_and_post", "https://www.360docs.net/doc/1d5279676.html",
        "(harder) 县中西医结合医院 领导班子成员廉政风险点及防控措施一览表 (tab ``领导班子``) after the source's 医学装备"
        "管理委员会 (院长, 医学装备主管副院长, 质控科、护理部、财务科、设备科主任; 可行性论证, 报废): the holder column "
        "headed ``姓名及职务``, each cell the NAME, a line break and the POST (``闵国强⏎党委书记、院长``, ``魏淑芬⏎党委"
        "委员、副院长``, ``章立新⏎副院长``) — two offices joined by 、 are one post — merged per person; ``分管工作`` "
        "merged per person naming the 科室 overseen (no 科室 of his); 风险点/风险类别 ``…风险``/风险等级 高/中/低/"
        "防控措施; a 填报人/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县中西医结合医院


def tcm_hospital_pharmacy_list() -> dict:
    unit = HOSPITAL
    dept = "药剂科"
    sh = _Sheet(dept, [6, 12, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 7)
    r = sh.add(f"科室:{dept}", None, None, None, "填报时间:2024年4月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("科主任", "梁文清", "新药遴选、引进中接受药企请托", "思想道德", "高",
         "新药引进经药事管理与药物治疗学委员会票决,结果院内公示。"),
        ("科主任", "梁文清", "临床用药监测发现异常不报告、不干预", "岗位职责", "中",
         "每月统计药品用量排名,异常增长品种报院部并约谈处方医生。"),
        ("药品采购员", "邝海燕", "在省集中采购平台外采购药品,或拆分采购", "制度机制", "高",
         "药品一律平台采购,平台外采购须经院长办公会批准。"),
        ("药品采购员", "邝海燕", "向配送企业透露其他企业的报价和用量", "业务流程", "中",
         "采购数据专人专机管理,与配送企业签订廉洁购销协议。"),
        ("药库保管员", "欧阳晓", "药品出入库账实不符,私自处理近效期药品", "岗位职责", "中",
         "每月盘点,近效期药品报损经科主任、财务科共同确认。"),
        ("中药房调剂员", "佘玉兰", "中药饮片验收放宽标准,以次充好", "外部环境", "低",
         "饮片验收双人进行,每批留样,定期送检。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("科室负责人(签字):", None, None, "分管院领导(签字):", None, None, None)
    return _layout(
        "tcm_hospital_pharmacy_list",
        "http://enerteksolarenergy.com/xqzc/syx/2023-09-02/1421006.html",
        "县中西医结合医院 药剂科's copy of the hospital's 岗位廉政风险点及防控措施一览表 (tab ``药剂科``) after the "
        "source's 县人民医院 清廉医院 work (廉洁风险 按高、中、低 定层次, 权责清单, 药占比、耗占比 monitored, 药品耗材使用 "
        "通报): a line ``科室:药剂科 | 填报时间:2024年4月`` (two merged cells) over the heading; 序号/岗位 and 姓名 "
        "merged per person (科主任, 药品采购员 over two rows each)/风险点/风险类别 short names/风险等级 高/中/低/防控"
        "措施; an unsigned 科室负责人/分管院领导 line",
        [sh], t,
    )  # fmt: skip


def tcm_hospital_equipment_roman() -> dict:
    unit = HOSPITAL
    dept = "医学装备科"
    sh = _Sheet(dept, [6, 10, 9, 22, 34, 8, 32, 10])
    t = _Truth(unit)
    supervisor = "魏淑芬"
    _line(sh, f"{unit}{dept}岗位廉政风险排查表", 8)
    sh.add("序号", "岗位", "责任人", "岗位职责", "风险点", "风险等级", "防控措施", "监督责任人")
    rows = [
        ("科长", "石振宇", "负责全院医学装备规划、论证和采购组织",
         "大型设备可行性论证走过场,为特定品牌设置技术参数", "Ⅰ级",
         "论证报告经医学装备管理委员会审议,参数征求三家以上意见。"),
        ("科长", "石振宇", "负责全院医学装备规划、论证和采购组织", "设备验收不认真,实际配置与合同不符",
         "Ⅱ级", "验收由使用科室、装备科、纪检人员共同签字。"),
        ("采购员", "傅雅琴", "办理设备、耗材采购和合同签订", "限额以下设备询价不足三家", "Ⅱ级",
         "询价记录附采购审批单,每季度抽查。"),
        ("维修工程师", "罗启航", "负责设备维修保养和报废鉴定", "虚报维修配件,外送维修指定厂家", "Ⅱ级",
         "维修配件以旧换新,外送维修经科长审批。"),
        ("维修工程师", "罗启航", "负责设备维修保养和报废鉴定", "设备报废技术鉴定不实", "Ⅲ级",
         "报废鉴定两人以上,残值处置报院部审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures, supervisor)
        t.point(sh.name, dept, post, who, _tier(post), point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person),
                            (7, lambda row: row[7])])  # fmt: skip
    blank2, blank3 = _Sheet("Sheet2"), _Sheet("Sheet3")
    return _layout(
        "tcm_hospital_equipment_roman", "http://www.doczj.com/doc/8812903605.html",
        "县中西医结合医院 医学装备科's 岗位廉政风险排查表 after the source's 医院设备采购管理制度 (科室论证报告, 设备科论证, "
        "政府采购中心, 按合同验收入库, 设备科科长、分管院长、院长签字后付款): the 科室 ONLY in the title "
        "(``XX县中西医结合医院医学装备科岗位廉政风险排查表``); 序号/岗位, 责任人 and 岗位职责 merged per person/风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a trailing ``监督责任人`` naming the 分管副院长 魏淑芬 merged down the whole "
        "table (no holder); no type column; the workbook keeps Excel's two empty tabs ``Sheet2`` and ``Sheet3``",
        [sh, blank2, blank3], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 青龙镇中心卫生院


def health_centre_four_parts() -> dict:
    unit = HEALTH_CENTRE
    sh = _Sheet("一览表", [6, 12, 9, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    parts = [
        ("一、院领导", "", [
            ("院长", "侯振宇", "大额支出“一支笔”审批,不经院务会研究", "高",
             "5000元以上支出经院务会研究,每季度在院内公开收支。"),
            ("院长", "侯振宇", "从家庭医生签约服务费中违规提取经费", "高",
             "签约服务费按考核结果足额发放到团队,发放表公示。"),
            ("副院长", "严鹏飞", "医疗设备和卫生材料采购指定供应商", "中", "采购实行询价比价,验收三人以上签字。"),
        ]),
        ("二、财务室", "财务室", [
            ("会计", "陶晓敏", "无原始凭证列支,账外设账", "高", "凭证逐笔审核,县卫健局每年审计一次。"),
            ("出纳", "俞丹", "门诊、住院现金收入不及时存入银行", "中", "收入日清日结,会计每周抽查现金。"),
        ]),
        ("三、药房", "药房", [
            ("药房负责人", "柯建平", "基本药物目录外药品违规采购", "中", "目录外药品采购报院长审批,每月统计。"),
        ]),
        ("四、公共卫生科", "公共卫生科", [
            ("公卫专干", "骆晓芸", "虚增健康档案和随访记录,套取项目资金", "高",
             "县疾控中心季度抽查,入户电话回访核实。"),
            ("公卫专干", "骆晓芸", "村医公卫补助考核打分不实", "低", "考核结果在村卫生室张贴公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in parts:
        _line(sh, caption, 6)
        first = len(sh.rows)
        for post, who, point, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("填表人:", None, "院长签字:", None, "2024年5月", None)
    return _layout(
        "health_centre_four_parts", "https://sintof.com/post/32670.html",
        "镇中心卫生院 岗位廉政风险防控一览表 after the source's account of a 乡镇卫生院院长 who took public money (财务"
        "监管不到位, 院长随意支配公款, 日常运营、设备购置、员工福利 funds, 审计形同虚设): ONE table in four parts, each "
        "begun by a row merged across (``一、院领导``, ``二、财务室``, ``三、药房``, ``四、公共卫生科``), the running "
        "number going on; 序号/岗位 and 姓名 merged per person/风险点/风险等级 高/中/低/防控措施; no type and no 科室 "
        "column; 填表人/院长签字/date line",
        [sh], t,
    )  # fmt: skip


def health_centre_village_doctor_cards() -> dict:
    unit = HEALTH_CENTRE
    t = _Truth(unit)
    cards = [
        ("柳湾村", "祁建明", [
            ("家庭医生签约", "未经本人同意虚假签约,冒领签约服务费", "高",
             "签约协议本人签字,卫生院按10%比例电话回访。"),
            ("基本药物使用", "私自购进和销售目录外药品", "中", "药品由卫生院统一配送,每季度盘点。"),
            ("一般诊疗费", "重复收取一般诊疗费", "低", "收费通过信息系统录入,每月核对。"),
        ]),
        ("石桥村", "柴秀英", [
            ("公共卫生服务", "编造老年人体检和慢病随访记录", "高", "体检结果信息系统上传,卫生院抽查复核。"),
            ("家庭医生签约", "签约服务费分配不公开", "中", "团队内分配方案公示,团队成员签字确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for village, who, rows in cards:
        dept = f"{village}卫生室"
        sh = _Sheet(village, [6, 14, 36, 8, 34, 10])
        _line(sh, f"{unit}乡村医生岗位廉政风险防控卡", 6)
        sh.add("姓名", who, "村卫生室", dept, "岗位", "乡村医生")
        sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "备注")
        for n, (step, point, lv, measures) in enumerate(rows, 1):
            sh.add(n, step, point, lv, measures, None)
            t.point(sh.name, dept, "乡村医生", who, "general", point, [], HML[lv])
        sh.add()
        sh.add("持卡人签字:", who, "卫生院审核:", None, "2024年5月", None)
        sheets.append(sh)
    return _layout(
        "health_centre_village_doctor_cards", "http://jjfz.org.cn/show-88066.html",
        "镇中心卫生院 乡村医生岗位廉政风险防控卡, one sheet per 村卫生室 (tabs ``柳湾村``, ``石桥村``), after the source's "
        "镇卫生院 家庭医生签约服务费 case (团队长, 从已发经费中提取, 院会计, 开支明细未公开): the holder above the table "
        "as ``姓名 | 祁建明 | 村卫生室 | 柳湾村卫生室 | 岗位 | 乡村医生``; 序号/``工作环节``/风险点/风险等级 高/中/低/"
        "防控措施/an empty ``备注``; a signed foot ``持卡人签字: | 祁建明 | 卫生院审核: | | 2024年5月``",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县职业教育中心


def vocational_enrolment_office() -> dict:
    unit = VOCATIONAL
    dept = "招生就业处"
    sh = _Sheet("Sheet1", [6, 10, 9, 34, 14, 8, 34, 10])
    t = _Truth(unit)
    leader = "韦正国"
    _line(sh, f"{unit}{dept}岗位廉政风险点及防控措施一览表", 8)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "分管领导")
    rows = [
        ("主任", "黎建华", "招生计划外违规录取,或收取择校费用", "制度机制风险", "一级",
         "招生计划和录取名单在校园网公示,录取经招生领导小组审定。"),
        ("主任", "黎建华", "向初中学校、中介支付生源“介绍费”", "外部环境风险", "一级",
         "严禁有偿招生,招生宣传费用据实报销并公开。"),
        ("招生干事", "何倩", "虚报在籍学生人数,骗取免学费补助", "岗位职责风险", "二级",
         "学籍信息与实际在校人数每学期比对,资助中心复核。"),
        ("资助专干", "覃春燕", "国家助学金评审不公,优亲厚友", "思想道德风险", "二级",
         "班级评议、学校审核、公示五个工作日后发放。"),
        ("资助专干", "覃春燕", "助学金不按时足额发放到学生资助卡", "业务流程风险", "三级",
         "助学金通过银行直接发放,发放名单存档备查。"),
        ("就业干事", "潘志刚", "顶岗实习单位安排收取企业好处费", "外部环境风险", "二级",
         "实习单位经学校集体研究确定,签订三方协议。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), ORDINAL[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (7, lambda row: row[7])])
    sh.add()
    sh.add("处室负责人:", None, "填报日期:2024年3月", None, None, None, None, None)
    return _layout(
        "vocational_enrolment_office",
        "http://czj.shuozhou.gov.cn/yjsbg/fpzj/201904/t20190415_238594.html",
        "县职业教育中心 招生就业处 岗位廉政风险点及防控措施一览表 (tab ``Sheet1``) after the source's 中等职业学校国家助学金"
        "管理办法 (资助对象, 评审, 公示, 按时足额发放, 学籍信息): the 处室 ONLY in the title; 序号/岗位 and 责任人 merged "
        "per person/风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施/a trailing ``分管领导`` naming the one "
        "副校长 韦正国 merged down the whole table (no holder); 处室负责人/填报日期 line",
        [sh], t,
    )  # fmt: skip


def vocational_key_posts_described() -> dict:
    unit = VOCATIONAL
    sh = _Sheet("重点岗位", [6, 10, 12, 22, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}重点岗位廉政风险防控清单", 7)
    _line(sh, "说明:本清单对岗不对人,人员调整时随岗位移交;风险等级分高、中、低三级。", 7)
    sh.add("序号", "处室", "岗位", "风险点", "主要表现形式", "风险等级", "防控措施")
    rows = [
        ("教务处", "主任", "教师课时量核定不实", "1.虚报代课、兼课课时;2.课时津贴计算向个别教师倾斜。", "中",
         "课时量按课表和考勤统计,每月公示。"),
        ("教务处", "主任", "技能证书考核放松要求", "1.考前泄露考核内容;2.替考、代考不制止。", "高",
         "考核由县人社部门派员监考,考务人员回避。"),
        ("实训处", "实训耗材管理员", "实训耗材采购虚报数量", "1.采购数量超过实训计划;2.剩余耗材不入库。", "高",
         "耗材按实训计划申领,剩余耗材回收登记。"),
        ("实训处", "实训耗材管理员", "实训设备私自外借", "1.设备借给校外单位使用并收费;2.借用不登记。", "低",
         "设备外借须经校长审批,收入上交学校财务。"),
        ("实训处", "培训负责人", "社会培训虚报人数", "1.委托培训签到造假;2.套取培训补贴。", "高",
         "培训全程影像记录,补贴凭实到人数结算。"),
        ("总务处", "主任", "校舍维修工程化整为零", "1.拆分项目规避招标;2.工程量签证不实。", "中",
         "维修项目按限额招标,结算送县财政评审。"),
        ("总务处", "食堂管理员", "食材验收把关不严", "1.以次充好、缺斤少两;2.验收单事后补签。", "中",
         "食材验收双人签字,家长代表每月参与验收。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("学校纪检委员:", None, None, "2024年3月", None, None, None)
    return _layout(
        "vocational_key_posts_described", "http://boxin315.cn/zxzxw/henan/277281.html",
        "县职业教育中心 重点岗位廉政风险防控清单 对岗不对人 after the source's account of a 县职教中心 (职高 and 五高 merged "
        "in, 实习工厂, 实训楼, 招生压力, 企业委托的培训): title, then a ``说明:`` line merged across (对岗不对人, levels "
        "高、中、低); 序号/处室 merged (教务处, 实训处, 总务处)/岗位 merged per post/a short ``风险点`` beside a long "
        "``主要表现形式`` of numbered items/风险等级 高/中/低/防控措施; no names; 纪检委员/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县教育技术装备中心


def equipment_centre_shared_post() -> dict:
    unit = EQUIPMENT
    sh = _Sheet("一览表", [6, 12, 12, 12, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("装备股", "股长", "戴明远", "教学仪器采购需求按供应商产品编制", "业务流程", "高",
         "采购需求由学校、学科教研员共同提出,经中心集体审定。"),
        ("装备股", "股长", "戴明远", "到校验收只签字不核对", "岗位职责", "中", "验收抽查不少于三分之一学校,验收单拍照存档。"),
        ("装备股", "仓库保管员", "彭晓、邢伟", "调拨物资出入库手续不全", "制度机制", "中",
         "调拨单一式三联,每半年与学校账卡核对。"),
        ("装备股", "仓库保管员", "彭晓、邢伟", "收受供货单位礼品,放宽到货检查", "思想道德", "低",
         "签订廉洁承诺书,到货检查两人同时在场。"),
        ("综合股", "会计", "焦丽华", "装备专项资金挪作他用", "制度机制", "高", "专项资金专账核算,拨付凭验收单。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, names, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, names, point, typ, lv, measures)
        for who in names.split("、"):
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, "中心主任:", None, None, "2024年6月", None, None)
    return _layout(
        "equipment_centre_shared_post", "http://f.tikuw.cn/f/item?id=1847956416301206",
        "县教育技术装备中心 (under the 教育局) 岗位廉政风险点一览表 after the source's 教育局教育装备采购招标方案 (教学仪器设备, "
        "信息化设备, 领导小组, 下属各学校, 公开透明): 序号/股室 merged (装备股, 综合股)/岗位 and 姓名 merged per person/"
        "风险点/风险类型 short names/风险等级 高/中/低/防控措施; ONE post (仓库保管员) held by TWO people named in one "
        "cell ``彭晓、邢伟`` over two rows — both hold those points; 填报人/中心主任/date line",
        [sh], t,
    )  # fmt: skip


def equipment_centre_annex3_av_section() -> dict:
    unit = EQUIPMENT
    dept, who = "电化教育股", "沈立群"
    sh = _Sheet("附件3", [24, 12, 34, 14, 8, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "中")
    sh.add("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("负责全县学校信息化项目实施", "项目申报", "按关系远近分配学校信息化项目", "思想道德风险", "中",
         "项目分配方案经中心主任办公会研究,在教育局网站公示。"),
        (None, "建设监管", "默许施工单位减少点位、降低配置", "岗位职责风险", "高",
         "项目完工逐校核对点位清单,第三方检测。"),
        (None, "竣工验收", "验收走过场,为供应商出具合格意见", "业务流程风险", "高", "验收组由学校、中心、纪检人员组成。"),
        ("负责电教设备维修", "维修派单", "维修服务长期交给一家公司,不比选", "制度机制风险", "低",
         "维修服务每年比选一次,维修单由学校签字确认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), HML[lv])
    last = len(sh.rows) - 1
    r = first
    while r <= last:  # 岗位职责 merged over the rows under it
        e = r
        while e < last and sh.rows[e + 1][0] is None:
            e += 1
        if e > r:
            sh.merge(r, 0, e, 0)
        r = e + 1
    for label in ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"):
        r = sh.add(label, None, None, None, None, "年  月  日")
        sh.merge(r, 1, r, 4)
    _line(sh, "注:此表一式三份,于6月底前报县纪委。", 6)
    return _layout(
        "equipment_centre_annex3_av_section", "http://www.caigou.com.cn/news/2017010349.shtml",
        "县教育技术装备中心 电化教育股 附件3 (tab ``附件3``) by its 股长 after the source's study of 贫困县域教育信息化 "
        "(信息化建设投入, 学校网络和多媒体, 县级统筹, 运维): the official 中层岗位廉政风险识别和防控表 — ``单位(盖章):…``, "
        "``科室 | 电化教育股 | 负责人 | 沈立群 | 岗位风险等级 | 中``; 岗位职责 merged, 工作流程 filled, 风险类型 "
        "``…风险``, 风险级别 高/中/低; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tcm_hospital_leaders_name_and_post(),
    tcm_hospital_pharmacy_list(),
    tcm_hospital_equipment_roman(),
    health_centre_four_parts(),
    health_centre_village_doctor_cards(),
    vocational_enrolment_office(),
    vocational_key_posts_described(),
    equipment_centre_shared_post(),
    equipment_centre_annex3_av_section(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch67-inbox"))

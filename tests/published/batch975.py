"""The nine-hundred-and-seventy-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 国有企业
and 事业单位, 沙雅县 (阿克苏地区, 新疆维吾尔自治区) — its 城市建设投资有限公司, 供排水有限责任公司,
人民医院, 维吾尔医医院, 职业技术学校, 市政工程建设有限公司, 职业技能培训中心 and 国有资产投资经营有限责任公司 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 供排水公司's 一览表: ``部门`` merged (公司领导, 营业所, 管网所, 污水处理厂), ``职务 | 姓名`` merged
  per person, ``…风险`` types, 高/中/低 and a ``注：`` line;
- the 人民医院's 一览表 in TWO SHEETS: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 维吾尔医医院's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 职业技术学校's 清单 under GROUP ROWS ``一、校领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 市政工程建设公司's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 职　务 | 自查时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查结果``, no type column;
- the 职业技能培训中心's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 国有资产投资经营公司's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on
  EVERY row, short types, ``一级/二级/三级``.

One is harder:

- ``shaya_urban_investment_own_categories``: the 城投公司's 岗位廉洁风险防控一览表, an ordinary list
  (``序号 | 部门 | 岗位 | 姓名 | 廉洁风险点 | 风险类别 | 风险等级 | 防控措施``, 部门 merged, 岗位 and 姓名
  merged per person, 高/中/低) whose ``风险类别`` column is filled in the COMPANY'S OWN CATEGORIES, those
  of its 内部控制体系 (``决策类``, ``执行类``, ``监管类``, ``作风类``, ``外部类``), not the five the county's
  template asks for, and a ``注：`` line under the table maps each of them onto one of the five
  (``决策类对应制度机制风险，执行类对应业务流程风险，监管类对应岗位职责风险，作风类对应思想道德风险，
  外部类对应外部环境风险``). State-owned companies keep their own risk taxonomy and hand it in on
  the government's form. The README's 读得懂的表 and docs/layouts.md know types written as the
  five names (whole or by their initials), as codes (``A``, ``甲``) a 填表说明 spells out, as
  colours, marks, numbers or tags; they do not describe types written as WORDS OF A BODY'S OWN
  CLASSIFICATION that a note maps one by one onto the five.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (工程廉政管理 — 围标串标, 虚报工程量,
违规分包; who runs 污水处理厂 and how 水务集团 manage 供水、排水; a hospital's 九不准 and the 九项准则
for 医疗机构工作人员; 职业学校收费乱象 and a 技工学校's 违规收费; 排水管道 建设 and its 管材; a
混合所有制改革 guide for state firms) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare compound
surnames 乞伏 and 公山 with rare given names: 夹谷, 段干, 百里 and 东门, first offered, were all
taken by earlier batches); every unit is a body of 沙雅县.

Run ``python tests/published/score.py --set batch975`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's types are the one of the five the ``注：`` line maps its
  ``风险类别`` cell onto (决策类 制度机制, 执行类 业务流程, 监管类 岗位职责, 作风类 思想道德, 外部类 外部环境);
  its levels are the 高/中/低 of the 风险等级 column;
- ``院领导`` is no 科室 (sheet ``院领导``); ``公司领导``, ``校领导`` (a 部门 cell, a group row, a 所在部门
  value) are the 科室 of those leaders; a company's 部, 所 and 厂, a hospital's 科 and 处, a school's
  处 and 中心 are 科室;
- the companies, the hospitals, the school and the 中心 are units of their own: 董事长, 总经理,
  副总经理, 院长, 副院长, 校长 and 主任 (of a 中心) are leaders; 部长, 所长, 厂长, 科主任, 护士长,
  制剂室主任 and 主任 (of a 处) middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查结果`` and
  ``自查时间`` are no points and name no holder; the 职业技能培训中心's list names no person: its
  forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b975_"
PLACE = "沙雅县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
# the 城投公司's own categories of risk and the five types its note says each one is
OWN_CATEGORIES = {
    "决策类": "制度机制",
    "执行类": "业务流程",
    "监管类": "岗位职责",
    "作风类": "思想道德",
    "外部类": "外部环境",
}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


# (部门, 岗位, 姓名, tier, [(廉洁风险点, 风险类别, 风险等级, 防控措施)])
BY_OWN_CATEGORY = [
    ("公司领导", "董事长", "乞伏琮", "leader", [
        ("“三重一大”事项未经董事会、党支部会议集体研究，个人拍板", "决策类", "高",
         "“三重一大”事项清单化管理，会议纪要报县国资委备案。"),
        ("对外融资、担保事项超越授权审批", "决策类", "高", "融资、担保事项报县国资委审批，按季度报告。"),
    ]),
    ("公司领导", "副总经理", "公山珩野", "leader", [
        ("插手工程项目招标，为特定投标人量身设置资格条件", "作风类", "高",
         "招标文件经法律顾问审查，分管领导不参与评标。"),
        ("接受施工单位宴请、礼品礼金", "外部类", "中", "签订廉洁承诺书，节前集中开展廉洁提醒。"),
    ]),
    ("工程管理部", "部长", "乞伏湜岚", "middle", [
        ("工程变更、现场签证把关不严，虚增工程量", "执行类", "高",
         "变更签证实行监理、跟踪审计、公司三方会签。"),
        ("对施工单位违法分包、转包监管不力", "监管类", "中", "每月核查项目部主要管理人员到岗情况。"),
    ]),
    ("财务融资部", "会计", "公山璟", "general", [
        ("工程进度款未按合同节点审核即拨付", "执行类", "中", "进度款凭监理签认的计量单支付，出纳、会计分离。"),
        ("专项债券资金挪作他用", "监管类", "高", "专项债资金专户核算，按月与财政对账。"),
    ]),
    ("综合部", "资产管理员", "乞伏瑑", "general", [
        ("经营性资产低价出租给关系人", "作风类", "中", "资产出租一律公开招租，租金标准集体研究。"),
        ("资产出租台账登记不全、租金催缴不力", "执行类", "低", "建立租金台账，欠租情况每季度通报。"),
    ]),
]  # fmt: skip


def shaya_urban_investment_own_categories() -> dict:
    unit = f"{PLACE}城市建设投资有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类别", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_OWN_CATEGORY:
        for point, cat, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, cat, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [OWN_CATEGORIES[cat]], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：1.风险类别按公司内部控制体系的分类填写，与县纪委监委统一模板的五类风险对应如下：决策类对应制度机制风险，"
              "执行类对应业务流程风险，监管类对应岗位职责风险，作风类对应思想道德风险，外部类对应外部环境风险。"
              "2.风险等级分高、中、低三级。", 8)  # fmt: skip
    sh.add("填报：综合部", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "shaya_urban_investment_own_categories", "https://www.zhemaiyun.com/news/2014472969102979072",
        "(harder) 县城投公司 岗位廉洁风险防控一览表, after the source's essay on 工程廉政管理 (围标串标, 虚报工程量, 违规分包, "
        "制度执行不到位, 监督机制不健全): a title, 序号/部门 merged/岗位 and 姓名 merged per person/廉洁风险点/风险类别 in the "
        "COMPANY'S OWN CATEGORIES (决策类/执行类/监管类/作风类/外部类, none of the five names)/风险等级 高/中/低/防控措施, and a "
        "``注：`` line mapping each category onto one of the five types (决策类对应制度机制风险 …); a 填报/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shaya_water_supply_company_list() -> dict:
    unit = f"{PLACE}供排水有限责任公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "部门", "职务", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "公山沄若", "leader", "管网改造项目施工单位选定中个人说了算", "制度机制风险", "高",
         "项目施工单位公开招标，结果经经理办公会研究。"),
        ("公司领导", "总经理", "公山沄若", "leader", "为亲友违规减免水费、优先接水", "思想道德风险", "中",
         "水费减免一律按政策执行并公示。"),
        ("营业所", "所长", "乞伏霁禾", "middle", "抄表数据审核不严，估抄、漏抄造成水费流失", "岗位职责风险", "高",
         "抄表数据系统比对，异常用户每月复核。"),
        ("营业所", "所长", "乞伏霁禾", "middle", "用水性质核定不实，商业用水按居民水价收费", "业务流程风险", "中",
         "用水性质变更经两人现场核查并留存照片。"),
        ("营业所", "收费员", "公山瑱", "general", "代收水费不及时入账、截留挪用", "岗位职责风险", "高",
         "水费一律线上缴纳或当日解缴银行。"),
        ("管网所", "维修工", "乞伏珝", "general", "接受用户吃请后私自接管、违规开通供水", "外部环境风险", "中",
         "接水工单由营业所派发，完工照片上传系统。"),
        ("污水处理厂", "厂长", "公山晏清", "middle", "絮凝剂、消毒剂等药剂采购数量和单价虚高", "业务流程风险", "高",
         "药剂按季度询价采购，入库由化验员和库管员共同验收。"),
        ("污水处理厂", "厂长", "公山晏清", "middle", "污泥外运处置量虚报，多结运输费用", "制度机制风险", "低",
         "污泥转运实行联单管理，过磅记录留存备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：综合办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "shaya_water_supply_company_list", "https://drbdp.com/4-7903826.html",
        "县供排水公司 岗位廉洁风险防控一览表, after the source's account of who runs 污水处理厂 and how 水务集团 manage 供水、"
        "排水 as one (运营, 监督, 特许经营): a title, 序号/部门 merged (公司领导, 营业所, 管网所, 污水处理厂)/职务 and 姓名 merged "
        "per person/廉洁风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def shaya_people_hospital_two_sheets() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}院领导廉洁风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉洁风险点", "风险等级", "防控措施")
    leaders = [
        ("乞伏泠玥", "院长", "主持医院全面工作", [
            ("大型医用设备购置论证走过场，指定品牌", "一级", "设备购置经专家论证和院党委会集体研究。"),
            ("基建项目招标中为关系人打招呼", "一级", "基建项目进县公共资源交易中心公开招标。"),
        ]),
        ("公山骥", "副院长", "分管医务、药事", [
            ("新药引进中接受医药代表好处", "一级", "新药引进经药事委员会无记名投票。"),
            ("对科室开单提成、违规统方失察", "二级", "处方点评每月通报，统方权限专人管理。"),
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
    dept = _Sheet("科室", [6, 12, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}科室廉洁风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("药剂科", "科主任", "乞伏璆", "middle", "药品、耗材出入库账实不符", "一级", "药品每月盘点，账实差异书面说明。"),
        ("药剂科", "科主任", "乞伏璆", "middle", "为医药代表提供科室用药数据", "一级", "药品信息系统分级授权，查询留痕。"),
        ("外科", "护士长", "公山蘅芷", "middle", "高值耗材使用登记不全，串换收费", "二级", "高值耗材扫码使用，收费与使用记录核对。"),
        ("收费处", "收费员", "乞伏砚秋", "general", "违规减免、退费，截留现金", "二级", "退费经科室主任和财务科双签。"),
        ("收费处", "收费员", "乞伏砚秋", "general", "收受患者“红包”后优先办理", "三级", "公开收费标准，设立投诉电话。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：纪检监察室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "shaya_people_hospital_two_sheets", "https://qhyy.org/yuanwu/715.html",
        "县人民医院 廉洁风险防控一览表 in TWO SHEETS, after the source's 院务公开 page on the 九不准 (开单提成, 违规收费, "
        "为商业目的统方, 收受回扣, 收受患者红包): sheet 院领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with "
        "科室 merged and 岗位/姓名 merged per person; 廉洁风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def shaya_uyghur_medicine_hospital_cards() -> dict:
    unit = f"{PLACE}维吾尔医医院"
    t = _Truth(unit)
    cards = [
        ("院长", "公山璿", "院长", "主持医院全面工作", "leader", [
            ("维吾尔医药制剂原料采购指定供应商", "★★★", "原料采购三家比价，院办公会审定。"),
            ("医院绩效分配向个人和亲近科室倾斜", "★★", "绩效方案经职工代表大会通过并公示。"),
        ]),
        ("制剂室主任", "乞伏骞", "制剂室主任", "制剂生产和质量管理", "middle", [
            ("制剂原料验收把关不严、以次充好", "★★★", "原料验收两人签字，留样备查。"),
            ("制剂出库数量与处方用量不符", "★★", "制剂出库与处方系统每月核对。"),
        ]),
        ("医保办科员", "公山淼", "科员", "医保费用审核和结算", "general", [
            ("协助患者虚增住院天数、套取医保基金", "★★★", "住院病历抽查，医保智能审核。"),
            ("接受患者家属礼品", "★", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "shaya_uyghur_medicine_hospital_cards", "http://www.pkucnooch.com/system/2023/08/17/030117414.shtml",
        "县维吾尔医医院 岗位廉洁风险防控卡, one sheet a person (tabs named by the post), after the source's page on the 医疗机构"
        "工作人员廉洁从业九项准则 (不接受商业提成, 不参与欺诈骗保, 不收受红包, 不收受回扣): a title, ``姓　名 | … | 职　务 | …`` "
        "and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def shaya_vocational_school_group_rows() -> dict:
    unit = f"{PLACE}职业技术学校"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("校长", "公山昱衡", "leader", [
                ("实训设备采购中指定品牌、化整为零规避招标", "一级风险", "实训设备采购纳入政府采购，校务会集体研究。"),
                ("教师职称评审推荐中优亲厚友", "二级风险", "推荐名额和结果在校内公示五个工作日。"),
            ]),
        ]),
        ("二、招生就业处", "招生就业处", [
            ("主任", "乞伏芷汀", "middle", [
                ("招生中虚假宣传、收取“介绍费”", "一级风险", "招生简章报县教育局审核，严禁有偿招生。"),
                ("顶岗实习单位安排中收受企业好处", "二级风险", "实习单位经学校集体考察确定，实习协议三方签订。"),
            ]),
        ]),
        ("三、学生资助中心", "学生资助中心", [
            ("资助专干", "公山琬", "general", [
                ("免学费、国家助学金对象认定不实，虚报学籍套取资金", "一级风险", "学籍与资助系统每学期比对，名单公示。"),
                ("助学金发放不及时、截留", "三级风险", "助学金直接打入学生银行卡。"),
            ]),
            ("会计", "乞伏嶷", "general", [
                ("实习期间违规收取住宿、伙食费用", "二级风险", "收费项目和标准报物价部门备案并公示。"),
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
        "shaya_vocational_school_group_rows", "https://daydaynews.cc/zh-sg/education/1492179.html",
        "县职业技术学校 廉洁风险防控责任清单 under GROUP ROWS, after the source's report on 职业学校收费乱象 (毕业证收费, 实习期间"
        "收住宿费、伙食费, 招生陷阱, 私吞补助): a title, 序号/岗位/姓名/廉洁风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、校领导``, ``二、招生就业处``, ``三、学生资助中心`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def shaya_municipal_works_company_selfchecks() -> dict:
    unit = f"{PLACE}市政工程建设有限公司"
    t = _Truth(unit)
    people = [
        ("乞伏漪澜", "公司领导", "总经理", "leader", [
            ("排水管网工程招标中默许围标串标", "Ⅰ级", "招标全流程进县公共资源交易平台，纪检全程监督。", "已落实"),
            ("工程结算审核中授意多计工程量", "Ⅰ级", "工程结算一律经第三方审计。", "已落实"),
        ]),
        ("公山铎", "工程部", "质检员", "general", [
            ("管材进场验收走过场，收受供货商好处", "Ⅱ级", "管材进场见证取样送检，验收两人签字。", "未发现问题"),
            ("隐蔽工程验收记录不实", "Ⅲ级", "隐蔽工程验收全程拍照留存。", "已落实"),
        ]),
        ("乞伏琇莹", "物资部", "部长", "middle", [
            ("砂石料采购数量虚报、价格虚高", "Ⅰ级", "大宗材料采购询价不少于三家，结果公示。", "已落实"),
            ("废旧管材处置不入账", "Ⅲ级", "废旧物资处置经公司集体研究，收入入账。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add("姓　名", "所在部门", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉洁风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "部门负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shaya_municipal_works_company_selfchecks", "https://bbs.co188.com/thread-9326788-1-1.html",
        "县市政工程建设公司 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's thread on "
        "排水管道 建设 (施工招标的恶性竞争, 施工单位包管材, 管材质量, 沟槽回填): a title, a label row ``姓　名 | 所在部门 | "
        "职　务 | 自查时间`` over a row of values, then 序号/廉洁风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/``自查结果``; no "
        "type column; ``本人签名： | 部门负责人意见：``",
        sheets, t,
    )  # fmt: skip


def shaya_skills_training_center_posts() -> dict:
    unit = f"{PLACE}职业技能培训中心"
    sh = _Sheet("排查表", [6, 12, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", "培训机构遴选", "遴选标准因人而设，定点培训机构内定", "制度机制", "高风险",
         "培训机构公开遴选，评审专家随机抽取。"),
        ("主任", "leader", "培训补贴审批", "补贴审批不看签到记录，按申报人数拨付", "岗位职责", "中风险",
         "补贴按人脸识别签到人数核拨。"),
        ("培训管理员", "general", "学员签到", "代签到、虚报培训人数", "业务流程", "高风险",
         "培训全程视频记录，随机抽查学员。"),
        ("培训管理员", "general", "培训收费", "自立名目收取教材费、考证费", "思想道德", "中风险",
         "收费项目公示，严禁向学员收取额外费用。"),
        ("鉴定考务员", "general", "技能鉴定考务", "考前泄露试题、替考", "外部环境", "低风险",
         "试卷密封保管，考场全程监控。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "shaya_skills_training_center_posts", "http://goggeous.com/20241126/1/51436",
        "县职业技能培训中心 岗位廉洁风险点排查表 对岗不对人, after the source's report on a 技工学校's 违规收费 (实习期间交伙食费、"
        "住宿费, 超标准收费, 擅自设立项目收费, 退费不及时): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shaya_state_assets_company_list() -> dict:
    unit = f"{PLACE}国有资产投资经营有限责任公司"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉洁风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("总经理", "公山霈然", "leader", "混改引入战略投资者时低估国有资产", "制度机制", "一级",
         "混改方案经审计评估，报县人民政府审批。"),
        ("总经理", "公山霈然", "leader", "对外投资未经可行性论证", "岗位职责", "二级",
         "对外投资经董事会审议并报县国资委备案。"),
        ("投资发展部部长", "乞伏翯", "middle", "投资项目尽职调查不实，隐瞒风险", "业务流程", "一级",
         "尽职调查委托第三方机构，报告存档。"),
        ("投资发展部部长", "乞伏翯", "middle", "与合作方私下约定利益输送", "思想道德", "二级",
         "重大合作事项两人以上参与谈判，纪要存档。"),
        ("出纳", "公山瑄", "general", "公款私存、挪用资金", "外部环境", "三级",
         "银行账户按月对账，财务负责人复核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "shaya_state_assets_company_list", "https://zjpse.com/xkt/detail/5274.html",
        "县国有资产投资经营公司 岗位廉洁风险防控一览表, after the source's 省属企业混合所有制改革操作指引 (审计评估, 引进战略投资者, "
        "方案决策程序, 集团本级与所属企业): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on "
        "EVERY row/廉洁风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shaya_urban_investment_own_categories(),
    shaya_water_supply_company_list(),
    shaya_people_hospital_two_sheets(),
    shaya_uyghur_medicine_hospital_cards(),
    shaya_vocational_school_group_rows(),
    shaya_municipal_works_company_selfchecks(),
    shaya_skills_training_center_posts(),
    shaya_state_assets_company_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch975-inbox"))

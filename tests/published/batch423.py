"""The four-hundred-and-twenty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 黄陵县 (a county of 延安 on the 沮河, its staff Han) — the 县卫生健康局, the 县人民医院, the
县中医医院, the 县妇幼保健院 and the 卫生院 of four of its towns (店头镇, 隆坊镇, 田庄镇, 阿党镇) — each
handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 中医医院's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 妇幼保健院's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``部门`` merged
  (``院领导``, ``孕产保健部``, ``儿童保健部``, ``药剂科``), ``姓名`` BEFORE ``职务``, both merged per
  person, a short ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date
  line;
- the 店头镇中心卫生院's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` over ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 院长（签字）：``;
- the 隆坊镇中心卫生院's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务
  | …`` over ``工作单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 |
  自查情况`` (``工作职责`` merged over its points), ``高风险/中风险/低风险``, no type column, ``本人签名：
  | … | 院长审核：``;
- the 田庄镇卫生院's 责任清单 under GROUP ROWS ``一、院领导``, ``二、公共卫生科``, ``三、药房`` merged
  across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 阿党镇卫生院's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out on
  EVERY row (nothing merged) and with no 科室 column: ``岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级
  | 防控措施`` — the TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``huangling_county_hospital_org_paths``: the 县人民医院's 岗位廉政风险点汇总表 as its office
  exported it from the staff's answers in the OA address book: no title, the heading in the first
  row, ``序号 | 姓名 | 工号 | 部门 | 职位 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施 | 提交时间``, one row
  a point, everything written out on every row (nothing merged, no group rows), short types,
  高/中/低. The holder is the ``姓名`` cell and the post the ``职位`` cell, as usual — but the ``部门``
  cell is the holder's place in the ADDRESS BOOK'S TREE, written as its WHOLE PATH parted by ``/``:
  the unit first, then (for most) a 科室类别 the hospital files its 科室 under, then the 科室
  (``黄陵县人民医院/职能科室/医务科``, ``黄陵县人民医院/医技科室/药剂科``,
  ``黄陵县人民医院/临床科室/外科``), and for the leaders only two parts (``黄陵县人民医院/院领导``). So
  one cell gives the UNIT, a grouping that is no 科室, and the 科室, by position in a path and by
  nothing else (no label, no ``科室：``, no bracket), and the depth differs from row to row. The shape
  is about WHERE THE UNIT AND THE DEPARTMENT ARE GIVEN. The README's 读得懂的表 splits ``财务科-出纳``
  (科室 and post) and ``办公室/出纳`` (科室 and 职务) in a post or holder cell, a labelled
  ``部门：…⏎岗位：…⏎姓名：…`` 责任主体 cell, ``鲤湾镇财政所`` and ``XX大学经济管理学院…`` (a unit name
  holding its part), ``科室／岗位／姓名`` as a HEADING merged over two or three columns, a
  ``科室类别`` column BESIDE the 科室 column (batch135) and the coded tree ``编码 | 部门／岗位／廉政风险点``
  whose levels are rows; it does not describe a 部门 cell that is a path from the unit down to the
  科室 through a grouping level, whose LAST part is the 科室 and whose FIRST part is the unit. No
  earlier batch writes one: ``grep -l '职能科室/\\|医技科室/\\|临床科室/\\|院/院领导'
  tests/published/batch*.py`` finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page on exporting a 钉钉 address
book — 姓名, 手机, 职称, 部门, 工号, ``包含子部门``; a report on the 医药领域腐败问题集中整治 — 医药购销,
工程建设, 物资采购, 耗材供应; a 中药材饮片验收岗位 标准操作规程; a province's 妇幼安康工程 — 住院分娩
补助, 宫颈癌筛查, 孕前优生健康检查, 新生儿疾病筛查; a newspaper note on 医院采购药品器械 回扣 and 医院
建楼; a 计生 note on 基本生育免费服务 — 住院分娩补助, 免费婚检, 叶酸, 孕期保健, 预防接种; a city's
免费孕前优生健康检查; a history of 医疗反腐 — 院长, 检验科 and 药剂科 主任, 两票制, 带量采购) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names, three characters each); every
unit is a body of 黄陵县, named with the county's name (no earlier unit holds ``黄陵县``; 店头镇,
隆坊镇, 田庄镇 and 阿党镇 are towns of the county).

Run ``python tests/published/score.py --set batch423`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the unit is the FIRST part of the ``部门`` path (``黄陵县人民医院``, the unit of
  every row), the 科室 its LAST part (``医务科``, ``药剂科``, ``外科`` …; ``院领导`` for the leaders), the
  middle part (``职能科室``, ``医技科室``, ``临床科室``) a grouping and no 科室; the post is the ``职位``
  cell, the holder the ``姓名`` cell, ``工号`` and ``提交时间`` no holder and no point;
- ``局领导`` (the 卫健局's sheet of its leaders, named so by its tab and title) and ``院领导`` (a 部门
  cell, a group row, a card's 所在科室, the harder file's path) are the 科室 of those leaders; a 局's
  股 and 办公室, a 院's 科, 部, 室 and 药房 are 科室; a group row ``二、公共卫生科`` gives the 科室
  ``公共卫生科`` (its number left off); the 隆坊镇 and 阿党镇 卫生院's forms name no 科室 (no field, no
  column): their 科室 is "";
- 局长, 副局长, 院长 and 副院长 are leaders; 股长, a 科's 科长 and 科主任, a 部's and the 中药房's 主任, 护士长 and the
  药房's 负责人 (``药房负责人``) middle; the rest (科员, 会计, 出纳, 药师, 药库管理员, 检验师, 收费员,
  公卫医生, 保健医生, 防保员, 采购员, 乡村医生管理员) general;
- ``廉政风险点 | 风险描述`` (the 妇幼保健院's list) and ``风险点 | 风险表现`` (the 中医医院's): the point
  is the short one; ``分管工作``, ``工作职责``, ``职责事项`` and ``自查情况`` are no points and name no
  holder; the 中医医院's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, 高/中/低, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 阿党镇
  卫生院's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder file by ``layouts.write_xlsx``, plain as an export leaves it) and
``truth.json``; no re-saved copies (as batch280 and batch418).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx as _write_xlsx44
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import write_xlsx as _write_plain

PREFIX = "b423_"
PLACE = "黄陵县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

PATH_NAME = "huangling_county_hospital_org_paths"
PATH_UNIT = f"{PLACE}人民医院"
PATH_TAB = "Sheet1"
PATH_HEAD = ("序号", "姓名", "工号", "部门", "职位", "廉政风险点", "风险类型", "风险等级", "防控措施",
             "提交时间")  # fmt: skip
GROUPINGS = ("职能科室", "医技科室", "临床科室")

# (部门 path, 职位, 姓名, 工号, tier, [(廉政风险点, 风险类型, 等级, 防控措施)], 提交时间)
PEOPLE = [
    (f"{PATH_UNIT}/院领导", "院长", "厍湜琮", "0001", "leader", [
        ("大型医用设备购置和基建项目不经院党委会集体研究", "制度机制", "高",
         "“三重一大”事项院党委会集体研究，会议纪要存档备查。"),
        ("在药品耗材遴选中为特定企业打招呼", "外部环境", "高", "插手干预事项登记报告，遴选由药事委员会集体评审。"),
    ], "2025-10-13 16:02"),
    (f"{PATH_UNIT}/院领导", "副院长", "鄢沣璠", "0003", "leader", [
        ("医用耗材带量采购执行不到位，违规采购非中选产品", "业务流程", "中",
         "非中选产品采购需专项审批，每月通报采购执行情况。"),
    ], "2025-10-13 17:25"),
    (f"{PATH_UNIT}/职能科室/医务科", "科长", "闾珮滢", "0112", "middle", [
        ("医疗纠纷处理中违规私了、擅自赔付", "制度机制", "中", "纠纷赔付经院务会研究，引入第三方调解。"),
        ("新技术新项目准入把关不严", "岗位职责", "低", "准入经医疗技术管理委员会评审并公示。"),
    ], "2025-10-14 09:11"),
    (f"{PATH_UNIT}/职能科室/财务科", "会计", "蒯琇沄", "0135", "general", [
        ("报销票据审核不严，虚列会议培训费用", "业务流程", "中", "报销实行经办、审核、审批三签，每季度内审。"),
    ], "2025-10-14 10:40"),
    (f"{PATH_UNIT}/医技科室/药剂科", "科主任", "郏璆淏", "0207", "middle", [
        ("向医药代表提供医生处方量等统方数据", "思想道德", "高", "统方权限分级管理，查询日志每月审计。"),
        ("临时采购药品不经药事委员会审批", "制度机制", "中", "临时采购一药一审，结果报院纪委备案。"),
    ], "2025-10-14 11:06"),
    (f"{PATH_UNIT}/医技科室/药剂科", "药库管理员", "訾沅珑", "0219", "general", [
        ("药品出入库账实不符，近效期药品处置不登记", "岗位职责", "低", "每月盘点，报损药品经科室和分管院长审批。"),
    ], "2025-10-14 15:47"),
    (f"{PATH_UNIT}/医技科室/检验科", "科主任", "仉瑱澍", "0231", "middle", [
        ("检验试剂采购中指定品牌、收受回扣", "外部环境", "高", "试剂遴选集体评审，采购与使用分离。"),
    ], "2025-10-15 08:58"),
    (f"{PATH_UNIT}/临床科室/外科", "护士长", "暨琬潆", "0408", "middle", [
        ("高值耗材使用登记不实，多记收费", "业务流程", "中", "高值耗材扫码使用，收费与使用记录每月核对。"),
        ("科室二次分配不公开", "制度机制", "低", "二次分配方案科务会通过并在科内公示。"),
    ], "2025-10-15 10:20"),
]  # fmt: skip


def huangling_county_hospital_org_paths() -> dict:
    unit = PATH_UNIT
    t = _Truth(unit)
    sh = _Sheet(PATH_TAB, [6, 9, 7, 30, 11, 40, 10, 9, 38, 17])
    sh.add(*PATH_HEAD)
    n = 0
    for path, post, who, number, tier, points, stamp in PEOPLE:
        dept = path.split("/")[-1]
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, who, number, path, post, point, typ, lv, measures, stamp)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    return _layout(
        PATH_NAME, "https://www.dingtalk-global.com/zh/news/explain/bie-zai-shou-dong-fu-zhi-tie-shang-260210",
        "(harder) 县人民医院 岗位廉政风险点汇总表 exported from the staff's answers in the OA address book, after the "
        "source's account of exporting a 钉钉 address book (姓名, 手机, 职称, 部门, 工号, 包含子部门): no title, the "
        "heading in row 1 ``序号 | 姓名 | 工号 | 部门 | 职位 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施 | 提交时间``, "
        "one row a point, nothing merged; the ``部门`` cell is the WHOLE ADDRESS-BOOK PATH parted by ``/`` — the UNIT, "
        "a 科室类别 grouping (职能科室, 医技科室, 临床科室) and the 科室 (``黄陵县人民医院/医技科室/药剂科``), or only the "
        "unit and ``院领导`` for the leaders; short types, 高/中/低",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huangling_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("禚翯沇", "局长", "主持全面工作", [
            ("卫生健康项目专项债资金安排不经党组会集体研究", "一级", "资金安排经党组会研究，分配结果公开。"),
            ("医疗机构负责人选任中搞“一言堂”", "二级", "选任按程序动议、考察、公示，全程纪实。"),
        ]),
        ("笪璟湉", "副局长", "分管医政医管、医药领域集中整治", [
            ("医药领域腐败问题线索压案不查、降格处理", "一级", "线索台账管理，处置结果向党组报告。"),
            ("医疗机构执业校验中放宽条件", "二级", "校验材料两人审核，结果网上公示。"),
        ]),
        ("亓瑢淯", "副局长", "分管基层卫生、疾病预防控制", [
            ("基本公共卫生服务资金绩效考核打分不实", "二级", "考核抽查交叉进行，评分结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 18, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "郦琤湲", "middle", [
            ("医疗机构设置审批和执业登记把关不严", "一级", "审批实行初审、复审两级，结果公示。"),
            ("医疗质量检查前向医院透露检查内容", "二级", "检查对象和时间随机确定，检查计划保密。"),
        ]),
        ("规划财务股", "会计", "濮洧珺", "general", [
            ("专项资金拨付不按绩效考核结果", "二级", "拨付凭考核结果和审批单办理，按季度对账。"),
            ("往来款项长期挂账不清理", "三级", "往来款项每季度清理，情况报局务会。"),
        ]),
        ("基层卫生股", "股长", "蔺沨璁", "middle", [
            ("乡村医生补助核定不实，虚报在岗人数", "二级", "补助名单镇村两级公示，不定期抽查在岗。"),
        ]),
        ("疾病预防控制股", "科员", "郤湛琳", "general", [
            ("疫苗冷链设备采购验收不严", "三级", "验收小组三人签字，设备资料归档。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "huangling_health_bureau_two_sheets", "http://www.handmsg.com/page/2023/1014/22659147.shtml",
        "县卫生健康局 file in two sheets after the source's report on the 医药领域腐败问题集中整治 (医药购销, 工程建设, 物资采购, "
        "耗材供应): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` "
        "(a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no type "
        "column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def huangling_tcm_hospital_posts() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", [
            ("中药饮片供应商遴选", "饮片供应商遴选不经集体研究，向关系企业倾斜", "制度机制", "Ⅰ级",
             "遴选经药事委员会集体评审，结果院内公示。"),
            ("中医馆建设项目", "中医馆改造工程化整为零，规避招标", "业务流程", "Ⅰ级", "工程按限额标准招标，结算送审。"),
        ]),
        ("中药房", "主任", "middle", [
            ("饮片验收", "验收中对以次充好、掺杂使假的饮片放行", "岗位职责", "Ⅰ级", "验收双人进行，抽样送检并留样备查。"),
            ("饮片养护", "霉变虫蛀饮片不报损，混入调剂", "思想道德", "Ⅱ级", "养护记录每日填写，报损经科室和院领导审批。"),
        ]),
        ("中药房", "药师", "general", [
            ("处方调剂", "调剂时减少贵细药材用量，私自截留", "思想道德", "Ⅱ级", "贵细药材专柜双人管理，调剂复核。"),
        ]),
        ("医保办", "科员", "general", [
            ("医保结算", "针灸理疗项目串换收费，套取医保基金", "外部环境", "Ⅱ级", "收费项目每月抽查，与治疗记录比对。"),
        ]),
        ("财务科", "收费员", "general", [
            ("门诊收费", "收费不开票据，退费不经审批", "业务流程", "Ⅲ级", "退费凭审批单办理，日清日结。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "huangling_tcm_hospital_posts", "http://35331.cn/lhs_ffxpynkeoub2mknuj0jzqiaffnxkjrg5ijwtfocr7oo3v_4.html",
        "县中医医院 岗位廉政风险点排查表 对岗不对人, after the source's 中药材饮片验收岗位 标准操作规程 (验收, 抽样, 养护, 报损): a "
        "title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def huangling_maternal_child_list() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("一览表", [6, 11, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "部门", "姓名", "职务", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("院领导", "酆璿沅", "院长", "leader", [
            ("项目资金统筹", "妇幼重大公共卫生项目资金统筹使用不经集体研究", "制度机制", "高",
             "项目资金专账核算，使用方案院务会研究。"),
            ("设备采购", "彩超等设备采购参数设置倾向特定品牌", "外部环境", "高", "参数论证专家随机抽取，采购文件公开。"),
        ]),
        ("孕产保健部", "瞿玹潇", "主任", "middle", [
            ("住院分娩补助", "住院分娩补助审核不严，虚报冒领", "岗位职责", "中", "补助对象凭出院记录审核，名单公示。"),
            ("孕前优生检查", "孕前优生健康检查人数虚报，套取项目资金", "业务流程", "中", "检查结果系统录入，按月抽查回访。"),
        ]),
        ("儿童保健部", "邗琸湄", "保健医生", "general", [
            ("新生儿疾病筛查", "筛查采血卡登记不实，补录数据", "业务流程", "低", "采血卡与分娩登记逐条核对。"),
        ]),
        ("药剂科", "闵洺瑗", "采购员", "general", [
            ("叶酸等免费药品发放", "免费叶酸发放登记不实，私自倒卖", "思想道德", "中", "发放凭身份证登记签字，每季度盘点。"),
            ("药品采购", "线下采购不询价，接受供应商宴请", "外部环境", "低", "采购平台下单，线下采购三家询价。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, who, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, who, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "huangling_maternal_child_list", "http://healinghandsltd.com/dfpd/sx/2015-02/10/content_19544588.htm",
        "县妇幼保健院 岗位廉政风险防控一览表 after the source's 妇幼安康工程 (住院分娩补助, 宫颈癌筛查, 孕前优生健康检查, 新生儿"
        "疾病筛查, 叶酸): a title, a merged ``填报单位：…　填报时间：2025年10月`` line, then 序号/``部门`` merged (院领导, "
        "孕产保健部, 儿童保健部, 药剂科)/``姓名`` BEFORE ``职务``, both merged per person/a short ``廉政风险点``/a long "
        "``风险描述``/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huangling_diantou_clinic_cards() -> dict:
    unit = f"{PLACE}店头镇中心卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "仝翾琦", "院领导", "leader", [
            ("药品器械采购不经院务会研究，收受回扣", "★★★", "采购计划院务会研究，平台采购，验收与采购分离。"),
            ("业务用房改扩建工程插手发包", "★★★", "工程进入公共资源交易平台，院长不参与评标。"),
            ("职工绩效分配搞亲疏远近", "★★", "绩效方案职工大会通过，分配结果公示。"),
        ]),
        ("科长", "逯琨澂", "公共卫生科", "middle", [
            ("基本公共卫生服务档案造假，虚报服务量", "★★★", "档案随机电话回访，数据与系统比对。"),
            ("村卫生室公卫补助分配不按考核结果", "★★", "补助按考核得分核定，分配名单公示。"),
        ]),
        ("出纳", "郗沛琇", "财务室", "general", [
            ("现金收入不及时入账，公款私存", "★★", "现金日清月结，账户定期对账。"),
            ("支票、印鉴一人保管", "★", "支票与印鉴分人保管，使用登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在科室", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "院长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "huangling_diantou_clinic_cards", "http://news.hsw.cn/system/2015/0209/218353.shtml",
        "镇中心卫生院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 科长, 出纳), after the source's note on 医院采购药品器械 "
        "回扣 and 医院建楼: a title, ``姓　名 | … | 职　务 | …`` over ``所在科室 | … | 持卡时间 | …``, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | 院长（签字）：``",
        sheets, t,
    )  # fmt: skip


def huangling_longfang_clinic_selfchecks() -> dict:
    unit = f"{PLACE}隆坊镇中心卫生院"
    t = _Truth(unit)
    people = [
        ("扈瑧沄", "副院长", "leader", [
            ("分管公共卫生和计划免疫工作", [
                ("疫苗出入库登记不实，过期疫苗处置不规范", "高风险", "疫苗扫码出入库，过期疫苗登记销毁。", "已落实"),
                ("孕期保健免费项目服务人次虚报", "中风险", "服务记录与系统数据每月核对。", "已落实"),
            ]),
        ]),
        ("岑琰滉", "防保员", "general", [
            ("负责预防接种和儿童健康管理", [
                ("接种收费项目超范围收费", "中风险", "收费项目公示，一类疫苗免费接种。", "已落实"),
                ("儿童健康体检记录补录、代签", "低风险", "体检当场录入，家长签字确认。", "正在整改"),
            ]),
        ]),
        ("宓璈淳", "乡村医生管理员", "general", [
            ("负责村卫生室和乡村医生管理", [
                ("乡村医生考核打分照顾关系", "中风险", "考核两人以上，结果镇村公示。", "已落实"),
                ("村卫生室药品配送不按计划，私自调剂", "低风险", "配送清单村医签收，每季度盘点。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("工作单位", unit, None, "填表时间", DATE, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "院长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "huangling_longfang_clinic_selfchecks", "http://m.yaozui.com/p/300653",
        "镇中心卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on 基本生育免费"
        "服务 (住院分娩补助, 免费婚检, 叶酸, 孕期保健, 预防接种): a title, the pairs ``姓　名 | … | 职　务 | …`` over ``工作单位 "
        "| … | 填表时间 | …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; no type column, no 科室 field; a blank row and ``本人签名： | 院长审核：``",
        sheets, t,
    )  # fmt: skip


def huangling_tianzhuang_clinic_group_rows() -> dict:
    unit = f"{PLACE}田庄镇卫生院"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "邴珝澴", "leader", [
                ("大额资金使用", "大额资金支出不经院务会研究，个人审批", "制度机制风险", "一级风险",
                 "大额支出院务会研究，报镇纪委备案。"),
                ("孕前优生检查项目", "免费孕前优生健康检查对象虚报，套取项目资金", "业务流程风险", "一级风险",
                 "检查对象身份核验，名单公示并抽查回访。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科长", "昝璘汭", "middle", [
                ("慢病随访管理", "高血压、糖尿病随访记录造假", "岗位职责风险", "二级风险", "随访记录电话抽查，每季度通报。"),
            ]),
            ("公卫医生", "荀瑀沁", "general", [
                ("健康体检", "老年人体检项目少做多报", "思想道德风险", "二级风险", "体检报告与检验记录逐项核对。"),
                ("健康教育", "健康教育活动资料补做、虚报", "制度机制风险", "三级风险", "活动留存影像和签到表，镇卫生院审核。"),
            ]),
        ]),
        ("三、药房", "药房", [
            ("药房负责人", "庾琮沛", "middle", [
                ("基本药物配备", "基本药物配备使用比例不达标，私自采购非基药", "外部环境风险", "二级风险",
                 "药品全部平台采购，非基药使用事前审批。"),
                ("药品报损", "药品报损不经审批，账物不符", "业务流程风险", "三级风险", "报损经院长审批，每月盘点。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "huangling_tianzhuang_clinic_group_rows", "https://akcjnk999.com/yaowen/2013-08-15/27522.html",
        "镇卫生院 廉政风险防控责任清单 under GROUP ROWS ``一、院领导`` … ``三、药房`` merged across (no 科室 column), after the "
        "source's note on 免费孕前优生健康检查: a title, then 序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def huangling_adang_clinic_every_row() -> dict:
    unit = f"{PLACE}阿党镇卫生院"
    sh = _Sheet("一览表", [6, 11, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("院长", "栾瑆淙", "leader", "制度机制", "药品耗材带量采购执行不到位，违规线下采购", "Ⅰ", "采购全部上平台，线下采购院务会审批。"),
        ("院长", "栾瑆淙", "leader", "外部环境", "接受医药企业宴请、礼品礼金", "Ⅰ", "签订廉洁承诺书，拒收登记。"),
        ("副院长", "祁珽沣", "leader", "岗位职责", "检验项目外送机构选择不公开", "Ⅱ", "外送机构比价确定，合同公开。"),
        ("检验师", "厉璪滔", "general", "业务流程", "检验试剂出入库登记不实", "Ⅱ", "试剂出入库扫码登记，每月盘点。"),
        ("收费员", "冉琂淏", "general", "思想道德", "挂号、检查收费多收少记", "Ⅱ", "收费日清日结，票据连号使用。"),
        ("会计", "曲璩沄", "general", "业务流程", "医保结算数据上传不实，虚记诊疗项目", "Ⅲ", "医保结算每月自查，与病历比对。"),
        ("会计", "曲璩沄", "general", "制度机制", "固定资产账实不符", "Ⅲ", "固定资产每年盘点，处置经院务会审批。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "huangling_adang_clinic_every_row", "https://hkx.eu/mins/437722.html",
        "镇卫生院 岗位廉政风险防控一览表, after the source's history of 医疗反腐 (院长, 检验科 and 药剂科 主任, 两票制, 带量采购): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/岗位/姓名 written out on EVERY "
        "row (nothing merged, no 科室 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a "
        "``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huangling_county_hospital_org_paths(),
    huangling_health_bureau_two_sheets(),
    huangling_tcm_hospital_posts(),
    huangling_maternal_child_list(),
    huangling_diantou_clinic_cards(),
    huangling_longfang_clinic_selfchecks(),
    huangling_tianzhuang_clinic_group_rows(),
    huangling_adang_clinic_every_row(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; the harder layout by ``layouts.write_xlsx`` (no borders, no taller
    rows), plain as an export leaves it."""
    if layout["name"] == PATH_NAME:
        return _write_plain(layout, path)
    return _write_xlsx44(layout, path)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch423-inbox"))

"""The two-hundred-and-thirty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE HOSPITALS AND HEALTH BODIES of one county, 乡城县 — its
人民医院 with its 临床医技科室, the 中藏医院, a 镇中心卫生院, the 疾病预防控制中心, the 卫生健康局, the
医疗保障事务中心, the 妇幼保健计划生育服务中心 and the 卫生健康综合行政执法大队 — each handing back its
ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it, the rows about 药品耗材,
医保, 设备采购, 处方, 收费 and 检验:

- the 中藏医院's 排查表 under ``附件2`` and a merged ``填报单位：…　填报时间：…`` line: ``部门`` merged
  (院领导, 藏药制剂室, 藏药浴科, 药剂科, 财务科), 岗位 and 姓名 merged per person, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, a last ``监督责任人`` column of posts and bodies (watchers),
  a ``填表人： | 审核人： | 院长（签字）：`` line;
- the 卫生健康局's 一览表 cut by merged group rows ``一、局领导`` … ``四、基层卫生与疾病预防控制股`` (the
  科室), ``岗位 | 责任人`` merged per person, short types, ``一级/二级/三级``;
- the 疾控中心's 责任清单 对岗不对人 under ``附件1``: 科室 merged, 岗位 and ``岗位职责`` merged per post,
  short types, ``高风险/中风险/低风险``, a last ``责任人`` column holding roles (``科室负责人``), no name;
- the 青德镇中心卫生院's 自查表, one sheet a person (tabs 院长, 公卫科, 药房): ``姓　名 | … | 职　务 | …``
  and ``所在科室 | … | 填表日期 | …`` in pairs above, short types, 高/中/低, a ``自查情况`` column,
  ``本人签字： | 单位负责人签字：`` below;
- the 医疗保障事务中心's 一览表: ``股室`` merged, 岗位 and 姓名 merged per person, an ``经办事项`` column
  before the 廉政风险点, ``…风险`` types, ``★★★/★★/★`` read by a legend;
- the 妇幼保健计划生育服务中心's 防控卡, one sheet a holder: ``单位名称 / 所在科室 / 岗　　位 / 姓　　名``
  stacked down the left (values merged across), no type column, ``一级风险/二级风险/三级风险``, a
  ``监督人`` column of posts, ``持卡人签字：`` below;
- the 执法大队's 排查表: ``部门`` merged, a short ``风险名称`` beside a long ``风险表现``, 高/中/低, no type
  column, and the holder LAST in a ``责任人`` column of names merged per person.

One is harder:

- ``county_hospital_two_heads``: the 人民医院's 临床医技科室廉洁风险防控一览表, typed the way a hospital
  lists its 科室 with their two heads: ``科室 | 科主任 | 护士长`` — the two post words ARE THE HEADINGS
  of two name columns, each name merged down the 科室's rows (``/`` under 护士长 where a 医技科室 has
  none) — and a LAST column ``责任岗位`` saying for each row which of the two answers for it
  (``科主任``, ``护士长`` or ``科主任、护士长``), a ``注：`` line under the table saying the last means
  both together. The README's 读得懂的表 knows a post-word heading over names (``站所长``), one name
  column beside a 岗位 column, a ``责任人`` column of post words (对岗不对人) and a
  ``科室：…　科主任：…　护士长：…`` line over 岗位 rows; here two post-named name columns stand side
  by side and a row's post is picked by another column, its holder the name under THAT post's
  column — the 护士长's rows are not the 科主任's, and a row for both is a point of each.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省人民医院's 部门预算 with its 临床
医技科室; a 藏医院 with its 藏药浴科, 藏医 specialties and 藏药; a 县卫生健康局's 部门预算 duties — 公立
医院改革, 基本药物, 疾病预防控制, 基层卫生; a 县疾控中心's 内设科室 — 办公室, 财务股, 传染病防控科,
免疫规划, 检验; a 镇卫生院's 单位预算 — 公共卫生, 计划免疫, 孕产妇和儿童保健, 城乡居民医疗保险, 村卫生室;
a 区医疗保障局's duties — 两定机构协议, 费用审核结算, 异地就医, 门诊慢特病, 医疗救助; a 县妇幼保健院's
预算 — 两癌筛查, 孕产妇和儿童保健, 出生医学证明; a 卫生健康领域政务公开目录 — 许可, 监督检查, 行政处罚)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (Han names with rare surnames and given names); every unit is a
body of 乡城县.

Run ``python tests/published/score.py --set batch238`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table the headings ``科主任`` and ``护士长`` are the posts of the names under them; a
  row's form is the 科室's post that its ``责任岗位`` names, the holder the name under that post's
  column; ``科主任、护士长`` makes the row a point of both (one point each, the same risk); ``/`` under
  ``护士长`` is no holder and the 科室 has no 护士长 form (none of its rows names one); ``责任岗位`` and
  the ``注：`` line are no points;
- ``院领导``, ``局领导`` (a group row ``一、局领导``), ``中心领导`` written where the table names the 科室 (a
  card's ``所在科室``) are the 科室 of those leaders, as batch233 kept ``局领导``;
- ``监督责任人`` (posts and bodies: ``分管副院长``, ``县卫生健康局``) and ``监督人`` name watchers, no
  holder; the 疾控中心's ``责任人`` column of roles (``科室负责人``, ``中心主任``) names no holder (对岗不对人);
- ``经办事项``, ``岗位职责``, ``自查情况``, ``风险表现`` are no points; ``风险名称 | 风险表现``: the point
  is the short 风险名称;
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``★★★/★★/★``, ``一级风险/二级风险/三级风险``
  are 1/2/3;
- the heads of the units — 院长/副院长 of a hospital or 卫生院, 局长/副局长, the 主任/副主任 of a 中心 that is
  its own unit, 大队长 — are leaders; 科主任, 护士长, 科长, 股长, 中队长, the 主任 of a 室 inside a unit
  middle; the rest (药剂师, 药剂员, 收费员, 会计, 经办员, 稽核员, 出纳, 疫苗管理员, 检验员, 医师, 执法人员,
  法制员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b238_"
PLACE = "乡城县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISK_GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
NONE = "/"
BOTH = "科主任、护士长"
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 科主任, 护士长 or "/", [(风险点, 类型, 等级, 防控措施, 责任岗位)])
WARDS = [
    ("心血管内科", "亓韫舟", "甘棠絮", [
        ("冠脉支架、球囊等介入耗材使用中接受供应商回扣", "思想道德", "高",
         "高值耗材扫码使用，医生月度用量排名在院内公示。", "科主任"),
        ("违规统计医生处方量、耗材用量提供给医药代表", "岗位职责", "高",
         "处方和耗材数据查询权限分级管理，查询留痕。", "科主任"),
        ("病区二级库耗材出入库登记不实，串换收费", "业务流程", "中",
         "二级库耗材每月盘点，收费记录与使用记录逐项核对。", "护士长"),
        ("收受患者及家属红包、礼品", "外部环境", "中", "签订医德医风承诺书，出院患者满意度回访。", BOTH),
    ]),
    ("普外科", "勾怀瑾", "郁檀音", [
        ("手术排程优亲厚友，借安排手术收取好处", "岗位职责", "中",
         "择期手术排程由科室集体确定，在科内公示。", "科主任"),
        ("引导患者到院外购买药品、耗材", "思想道德", "高", "院外购药购材情况纳入处方点评，每月通报。", "科主任"),
        ("护理项目多记、虚记，分解收费", "制度机制", "中", "护理收费每日核对，医保科每月抽查病历。", "护士长"),
        ("代管住院患者押金、财物不登记", "业务流程", "低", "代管财物两人登记签字，出院当面清点。", "护士长"),
    ]),
    ("妇产科", "琴筱蘅", "巩沁禾", [
        ("出生医学证明签发把关不严，违规补发、换发", "岗位职责", "高",
         "出生医学证明专人专柜管理，签发逐份登记。", "科主任"),
        ("诱导产妇选择剖宫产等收费较高的分娩方式", "思想道德", "中", "剖宫产指征每月由质控小组评审。", "科主任"),
        ("与母婴用品商家串通，在病区推销牟利", "外部环境", "低", "病区禁止商家进入，发现即通报。", BOTH),
    ]),
    ("检验科", "厍沐岑", NONE, [
        ("检验试剂采购指定品牌，接受试剂商回扣", "外部环境", "高",
         "试剂由医院统一遴选采购，科室只提需求。", "科主任"),
        ("受人之托篡改检验结果，出具虚假报告", "岗位职责", "中", "检验报告双人审核签发，系统留痕不可修改。", "科主任"),
    ]),
    ("手术麻醉科", "钭岳峙", "暴兰汀", [
        ("麻醉药品、第一类精神药品管理不严，造成流失", "制度机制", "高",
         "麻精药品专柜双人双锁，处方专册登记。", "科主任"),
        ("手术耗材计费与实际使用不符", "业务流程", "中", "耗材条码随手术记录归档，计费逐台核对。", "护士长"),
        ("接受器械跟台人员宴请和好处", "外部环境", "低", "跟台人员登记备案，严禁私下接触。", BOTH),
    ]),
]  # fmt: skip


def county_hospital_two_heads() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 12, 9, 9, 36, 10, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}临床医技科室廉洁风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2024年11月", 9)
    sh.add(
        "序号", "科室", "科主任", "护士长", "风险点", "风险类型", "风险等级", "防控措施", "责任岗位"
    )
    first = len(sh.rows)
    n = 0
    for ward, chief, nurse, points in WARDS:
        for point, typ, lv, measures, duty in points:
            n += 1
            sh.add(n, ward, chief, nurse, point, typ, lv, measures, duty)
            for post, who in (("科主任", chief), ("护士长", nurse)):
                if post in duty:
                    assert who != NONE, (ward, point)
                    t.point(sh.name, ward, post, who, "middle", point, types_in(typ), HML[lv])
    key = lambda row: row[1]  # noqa: E731
    _merge_down(sh, first, [(1, key), (2, key), (3, key)])
    _line(sh, "注：责任岗位为“科主任、护士长”的，由科主任、护士长共同负责。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "院长（签字）：", None, None)
    return _layout(
        "county_hospital_two_heads",
        "http://wjw.hubei.gov.cn/zfxxgk/fdzdgknr/czzj/czyjs/202103/t20210315_3401117.shtml",
        "(harder) 县人民医院 临床医技科室廉洁风险防控一览表, after the source's 省人民医院 部门预算 (临床医技科室, 药品和"
        "耗材, 医疗设备, 医疗服务收费): a title, a merged ``填报单位：乡城县人民医院（盖章）　…　填报时间：2024年11月`` "
        "line, then 序号/科室 merged/``科主任`` and ``护士长`` — two post words as the HEADINGS of two name columns, "
        "each name merged down its 科室 (``/`` under 护士长 for 检验科)/风险点/风险类型 (short names)/风险等级 高/中/"
        "低/防控措施/a LAST ``责任岗位`` column saying which post answers for the row (``科主任``, ``护士长`` or "
        "``科主任、护士长``); a ``注：`` line saying the last means both, a 填表人/审核人/院长签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tibetan_hospital_checklist() -> dict:
    unit = f"{PLACE}中藏医院"
    sh = _Sheet("排查表", [6, 12, 9, 9, 36, 14, 8, 34, 12])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2024年10月", 9)
    sh.add(
        "序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "监督责任人"
    )
    rows = [
        ("院领导", "院长", "闵霜樾", "leader", "藏药材、药品大宗采购不经院务会集体研究，个人决定",
         "制度机制风险", "Ⅰ级", "大宗药材和药品采购经院务会研究，会议纪要存档。", "县卫生健康局"),
        ("院领导", "院长", "闵霜樾", "leader", "插手基建维修项目，指定施工单位", "思想道德风险", "Ⅰ级",
         "维修项目按限额比选或公开招标，结果公示。", "县卫生健康局"),
        ("院领导", "副院长", "隗澄心", "leader", "医疗设备购置论证倾向特定品牌", "岗位职责风险", "Ⅱ级",
         "设备论证专家随机抽取，论证意见存档。", "院长"),
        ("藏药制剂室", "主任", "仝砚秋", "middle", "藏药制剂原料验收把关不严，以次充好", "业务流程风险", "Ⅰ级",
         "原料验收双人签字，每批留样备查。", "分管副院长"),
        ("藏药制剂室", "主任", "仝砚秋", "middle", "制剂产量、出库数量登记不实，私自外售", "制度机制风险",
         "Ⅱ级", "制剂出入库台账每月盘点，与产量记录核对。", "分管副院长"),
        ("藏药浴科", "科主任", "鞠霁蓝", "middle", "药浴疗程多记、虚记，分解收费", "业务流程风险", "Ⅱ级",
         "疗程登记与收费系统每日核对。", "分管副院长"),
        ("藏药浴科", "科主任", "鞠霁蓝", "middle", "收受患者及家属红包、礼品", "思想道德风险", "Ⅲ级",
         "签订拒收红包承诺书，患者回访。", "分管副院长"),
        ("药剂科", "药剂师", "那朝岫", "general", "违规统计处方量提供给医药代表", "岗位职责风险", "Ⅰ级",
         "处方统计权限专人专管，查询留痕。", "分管副院长"),
        ("财务科", "收费员", "钮晚樨", "general", "收费时多收、少收或截留现金", "岗位职责风险", "Ⅱ级",
         "收费日结日清，票款每日核对。", "分管副院长"),
        ("财务科", "收费员", "钮晚樨", "general", "退费不按程序审批", "制度机制风险", "Ⅲ级",
         "退费经科室、财务科两级审批，凭原始票据办理。", "分管副院长"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, watch)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "院长（签字）：", None, None)
    return _layout(
        "tibetan_hospital_checklist",
        "https://zyj.beijing.gov.cn/ylfw/zyyy/201912/t20191219_1314497.html",
        "县中藏医院 廉政风险点排查表 after the source's account of a 藏医院 (临床 and 医技科室, 藏药浴科 and other 藏医 "
        "specialties, 藏药, 医疗设备): ``附件2``, a title, a merged ``填报单位：…　…　填报时间：2024年10月`` line, then "
        "序号/``部门`` merged (院领导, 藏药制剂室, 藏药浴科, 药剂科, 财务科)/岗位 and 姓名 merged per person/风险点/"
        "风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``监督责任人`` LAST (posts and bodies, watchers); a "
        "``注：`` line on the levels, 填表人/审核人/院长签字",
        [sh], t,
    )  # fmt: skip


def health_bureau_sections() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 10, 10, 38, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    sections = [
        ("一、局领导", "局领导", [
            ("局长", "郏南乔", "leader", "医疗卫生单位负责人选任个人说了算，不经集体研究", "制度机制", "一级",
             "选任经党组会集体研究，全程纪实。"),
            ("局长", "郏南乔", "leader", "插手下属医院药品耗材、医疗设备采购", "思想道德", "一级",
             "落实领导干部插手干预重大事项记录报告制度。"),
            ("副局长", "汲雨棠", "leader", "医疗机构执业登记、校验审批把关不严", "岗位职责", "二级",
             "审批材料两人审核，结果网上公开。"),
            ("副局长", "汲雨棠", "leader", "接受医疗机构、医药企业宴请和礼品", "外部环境", "三级",
             "节前廉洁提醒，拒收登记上交。"),
        ]),
        ("二、医政医管股", "医政医管股", [
            ("股长", "殳映川", "middle", "医疗纠纷调处偏袒一方，收受好处", "岗位职责", "二级",
             "引入医疗纠纷人民调解委员会第三方调解。"),
            ("股长", "殳映川", "middle", "医师执业注册、变更注册审核不严", "业务流程", "二级",
             "注册材料网上核验，办理结果公开。"),
        ]),
        ("三、规划财务股", "规划财务股", [
            ("股长", "亢砚笙", "middle", "卫生项目资金分配不按因素法，向关系单位倾斜", "制度机制", "一级",
             "资金分配方案经局务会研究并公示。"),
            ("会计", "茆予宁", "general", "虚列支出，套取专项资金", "业务流程", "二级", "支出凭证三级审核，专项资金专账核算。"),
        ]),
        ("四、基层卫生与疾病预防控制股", "基层卫生与疾病预防控制股", [
            ("股长", "苌蕴璞", "middle", "基本公共卫生服务项目考核弄虚作假，人情打分", "岗位职责", "二级",
             "考核随机抽取、交叉检查，考核结果公示。"),
            ("股长", "苌蕴璞", "middle", "乡村医生补助资金审核不严、发放不到位", "业务流程", "三级",
             "补助资金直接发放到村医个人账户，名单公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in sections:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, "2024年10月")
    return _layout(
        "health_bureau_sections",
        "http://www.zitong.gov.cn/zwgk/zdgk/yjsxxgk/bmys/bmys/43896343.html",
        "县卫生健康局 岗位廉政风险防控一览表 after the source's 县卫生健康局 部门预算 duties (医药卫生体制改革, 公立医院, "
        "基本药物制度, 疾病预防控制, 基层卫生, 资金): a title, 序号/岗位/责任人/廉政风险点/风险类型 (short names)/风险"
        "等级 ``一级/二级/三级``/防控措施, the table cut by merged group rows ``一、局领导``, ``二、医政医管股``, "
        "``三、规划财务股``, ``四、基层卫生与疾病预防控制股`` (the 科室), 岗位 and 责任人 merged per person; "
        "填表人/审核人/局长签字/date line",
        [sh], t,
    )  # fmt: skip


def cdc_duty_list() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("责任清单", [6, 12, 10, 20, 34, 10, 9, 32, 10])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "岗位职责",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任人",
    )
    rows = [
        ("中心领导", "主任", "leader", "主持中心全面工作", "大额资金使用、检测设备采购不经集体研究",
         "制度机制", "高风险", "严格执行“三重一大”集体决策，纪要存档。", "中心主任"),
        ("中心领导", "主任", "leader", "主持中心全面工作", "对科室负责人廉政提醒和日常监督不到位",
         "思想道德", "低风险", "每半年与科室负责人开展一次廉政谈话。", "中心主任"),
        ("办公室", "主任", "middle", "负责文秘、车辆和物资采购保管", "物资采购询价不充分，与供应商串通抬价",
         "业务流程", "中风险", "三家以上询价，采购与验收分离。", "科室负责人"),
        ("办公室", "主任", "middle", "负责文秘、车辆和物资采购保管", "公务用车私用，虚报油料、维修费用",
         "岗位职责", "低风险", "车辆定点维修加油，费用每月公示。", "科室负责人"),
        ("免疫规划科", "疫苗管理员", "general", "负责疫苗出入库和冷链管理", "疫苗出入库登记不实，账物不符",
         "制度机制", "高风险", "疫苗全程信息化追溯，每月盘点。", "科室负责人"),
        ("免疫规划科", "疫苗管理员", "general", "负责疫苗出入库和冷链管理",
         "向接种单位分配非免疫规划疫苗时优亲厚友、索取好处", "思想道德", "中风险",
         "疫苗分配按接种单位需求计划，分配结果公开。", "科室负责人"),
        ("传染病防控科", "科长", "middle", "负责传染病监测和疫情处置", "疫情处置物资调拨不登记，私自挪用",
         "业务流程", "中风险", "应急物资出入库登记，专账管理。", "科室负责人"),
        ("检验科", "检验员", "general", "负责样品检测、出具检验报告", "受委托方请托出具不实检验报告",
         "外部环境", "高风险", "检验报告三级审核签发，原始记录留存。", "科室负责人"),
        ("检验科", "检验员", "general", "负责样品检测、出具检验报告", "委托检测收费不按标准执行", "岗位职责",
         "低风险", "收费项目和标准在服务大厅公示。", "科室负责人"),
        ("财务股", "会计", "general", "负责财务核算和票据管理", "收费票据使用管理不严，截留收入", "制度机制",
         "中风险", "票据领用核销登记，每季度核查。", "科室负责人"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, typ, lv, measures, role) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, typ, lv, measures, role)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    key = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key), (3, key)])
    sh.add()
    sh.add("填报人：", None, None, "中心主任（签字）：", None, None, None, "2024年9月", None)
    return _layout(
        "cdc_duty_list",
        "https://www.taoyuan.gov.cn/zwgk/public/6616339/1133315531.html",
        "县疾病预防控制中心 廉政风险防控责任清单 对岗不对人 after the source's 县疾控中心 年报 and its 内设科室 (办公室 with "
        "物资设备采购, 财务股 with 收费 and 票据, 质量管理科 with 检测报告, 传染病防控科, 免疫规划): ``附件1``, a title, "
        "then 序号/科室 merged/岗位 and ``岗位职责`` merged per post/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``责任人`` holding roles (``中心主任``, ``科室负责人``), no name; "
        "填报人/中心主任签字/date line",
        [sh], t,
    )  # fmt: skip


def township_hospital_selfcheck() -> dict:
    unit = f"{PLACE}青德镇中心卫生院"
    t = _Truth(unit)
    people = [
        ("院长", "逄溪岚", "院领导", "院长", "leader", [
            ("药品耗材不在集中采购平台采购，线下采购", "制度机制", "高",
             "药品耗材全部网上集中采购，临时采购报县卫生健康局备案。", "已落实"),
            ("基本公共卫生服务绩效考核、分配不公", "岗位职责", "中", "考核结果和分配方案经院务会研究并公示。",
             "已落实"),
            ("村卫生室补助资金拨付截留、拖延", "业务流程", "中", "补助资金按季度直接拨付村医账户。", "正在整改"),
        ]),
        ("公卫科", "芮绮川", "公共卫生科", "科长", "middle", [
            ("家庭医生签约、慢病随访数据弄虚作假", "岗位职责", "高", "签约和随访电话抽查，数据与系统核对。",
             "已落实"),
            ("孕产妇、儿童保健补助对象审核不严", "业务流程", "中", "补助对象村、院两级审核并公示。", "已落实"),
        ]),
        ("药房", "笪映溪", "药房", "药剂员", "general", [
            ("药品出入库账实不符，近效期药品私自处理", "制度机制", "中", "每月盘点，报损经院长审批。", "已落实"),
            ("违规向医药代表提供处方统计数据", "思想道德", "低", "处方数据专人管理，查询留痕。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 36, 12, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", who, "职　务", post, None, None)
        sh.add("所在科室", dept, "填表日期", "2024年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "单位负责人签字：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "township_hospital_selfcheck",
        "https://cncx.gov.cn/news/show/20220402101816941.html",
        "镇中心卫生院 岗位廉政风险自查表, one sheet a person (tabs 院长, 公卫科, 药房), after the source's 镇卫生院 单位预算 "
        "(公共卫生服务, 计划免疫, 孕产妇和儿童保健, 城乡居民医疗保险, 村卫生室管理): a title, ``姓　名 | … | 职　务 | …`` and "
        "``所在科室 | … | 填表日期 | …`` in pairs above, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/"
        "``自查情况`` (已落实, 正在整改); 本人签字/单位负责人签字/年 月 日 line",
        sheets, t,
    )  # fmt: skip


def insurance_center_list() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 16, 34, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "经办事项", "廉政风险点", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "主任", "璩惟清", "leader", "两定机构管理", "定点医药机构准入、协议签订把关不严，接受请托",
         "外部环境风险", "★★★", "准入评估集体研究，协议签订结果公示。"),
        ("中心领导", "主任", "璩惟清", "leader", "基金拨付", "医保基金大额拨付不经集体研究", "制度机制风险", "★★★",
         "大额拨付会签，每月与财政专户对账。"),
        ("待遇审核股", "股长", "雍昭宁", "middle", "门诊慢特病认定", "门诊慢特病待遇认定降低标准，人情认定",
         "岗位职责风险", "★★", "认定专家随机抽取，认定名单公示。"),
        ("待遇审核股", "股长", "雍昭宁", "middle", "费用审核", "住院费用审核走过场，对违规费用不扣减",
         "业务流程风险", "★★", "智能审核加人工复核，扣减结果反馈医院。"),
        ("待遇审核股", "经办员", "佴歆柠", "general", "零星报销", "异地就医零星报销材料审核不严，重复报销",
         "业务流程风险", "★★", "报销信息系统比对，一人一档。"),
        ("基金稽核股", "稽核员", "乜澜生", "general", "稽核检查", "稽核中隐瞒、淡化定点机构违规问题",
         "思想道德风险", "★★★", "稽核两人以上，稽核结果集体审定。"),
        ("基金稽核股", "稽核员", "乜澜生", "general", "专项检查", "泄露飞行检查、专项检查时间和对象", "岗位职责风险",
         "★", "检查计划保密，检查对象随机抽取。"),
        ("财务股", "出纳", "巢葭月", "general", "医疗救助", "医疗救助资金发放不及时、不足额", "制度机制风险", "★",
         "救助资金直接打卡发放，名单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, matter, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, matter, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None, None)
    return _layout(
        "insurance_center_list",
        "http://xialuqu.gov.cn/czzj2/ybj/202503/t20250303_1199770.html",
        "县医疗保障事务中心 岗位廉政风险防控一览表 after the source's 区医疗保障局 duties (医保经办, 两定机构协议, 费用审核"
        "结算, 异地就医, 门诊慢特病, 医疗救助, 基金监督): a title, then 序号/``股室`` merged (中心领导, 待遇审核股, 基金稽核"
        "股, 财务股)/岗位 and 姓名 merged per person/``经办事项``/廉政风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``"
        "/防控措施; a ``注：`` legend line, 填表人/审核人/主任签字",
        [sh], t,
    )  # fmt: skip


def maternal_child_cards() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    cards = [
        ("副主任", "栾映竹", "中心领导", "副主任", "leader", [
            ("两癌筛查项目经费使用不规范，虚列支出", "一级风险", "项目经费专账核算，按季度公开。", "主任"),
            ("出生医学证明管理不严，违规签发、补发", "一级风险", "证件专人专柜保管，签发逐份登记。", "主任"),
            ("接受医用耗材供应商宴请", "三级风险", "严守八项规定，拒收登记。", "主任"),
        ]),
        ("妇女保健科", "缑素衿", "妇女保健科", "科长", "middle", [
            ("免费孕前优生健康检查虚报检查人数", "一级风险", "检查对象电话抽查，名单与系统核对。", "分管副主任"),
            ("婚前医学检查结果出具不实", "二级风险", "检查报告双人审签。", "分管副主任"),
        ]),
        ("儿童保健科", "弓兰芷", "儿童保健科", "医师", "general", [
            ("儿童健康体检中收取额外费用", "二级风险", "收费项目公示，统一到收费处缴费。", "科长"),
            ("新生儿疾病筛查样本登记不全、数据不实", "三级风险", "样本登记与检测结果逐一核对。", "科长"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in cards:
        sh = _Sheet(tab, [10, 36, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        for label, value in (
            ("单位名称", unit),
            ("所在科室", dept),
            ("岗　　位", post),
            ("姓　　名", who),
        ):
            r = sh.add(label, value, None, None, None)
            sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险等级", "防控措施", "监督人")
        for n, (point, lv, measures, watch) in enumerate(points, 1):
            sh.add(n, point, lv, measures, watch)
            t.point(sh.name, dept, post, who, tier, point, [], RISK_GRADES[lv])
        sh.add()
        sh.add("持卡人签字：", None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "maternal_child_cards",
        "http://www.shuangjiang.gov.cn/info/1207/97488.htm",
        "县妇幼保健计划生育服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 副主任, 妇女保健科, 儿童保健科), after the "
        "source's 县妇幼保健院 预算 (两癌筛查, 孕产妇和儿童保健, 出生医学证明, 婚前和孕前检查, 新生儿疾病筛查): a title, "
        "``单位名称 / 所在科室 / 岗　　位 / 姓　　名`` stacked down the left (values merged across), then 序号/风险点/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施/``监督人`` (posts); no type column; 持卡人签字/年 月 日 line",
        sheets, t,
    )  # fmt: skip


def health_enforcement_register() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    sh = _Sheet("排查表", [6, 14, 10, 20, 36, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险名称", "风险表现", "风险等级", "防控措施", "责任人")
    rows = [
        ("大队领导", "大队长", "桓知远", "leader", "案件查处说情干预",
         "对医疗机构违法案件打招呼，降格处理或以罚代管", "高", "重大案件集体讨论，过问案件记录报告。"),
        ("大队领导", "大队长", "桓知远", "leader", "检查对象选择不公",
         "检查对象不随机抽取，对关系单位少查、不查", "中", "执行“双随机、一公开”，检查计划报局备案。"),
        ("医疗卫生监督中队", "中队长", "敖晚汀", "middle", "医疗机构监督检查走过场",
         "发现非法行医、超范围执业不依法查处", "高", "检查两人以上，执法记录仪全程记录。"),
        ("医疗卫生监督中队", "中队长", "敖晚汀", "middle", "泄露举报人信息",
         "处理投诉举报时泄露举报人信息，压案不办", "中", "举报件登记编号，限时办结。"),
        ("公共卫生监督中队", "执法人员", "融星迟", "general", "卫生许可现场审查不严",
         "对不符合条件的公共场所出具合格审查意见", "中", "现场审查两人签字，审查结果公示。"),
        ("公共卫生监督中队", "执法人员", "融星迟", "general", "接受管理对象宴请",
         "检查中接受宾馆、游泳场所宴请和消费卡", "低", "签订廉洁承诺书，违者追责。"),
        ("法制稽查股", "法制员", "简南枝", "general", "法制审核把关不严",
         "对事实不清、证据不足的处罚案件审核通过，自由裁量不当", "中", "按裁量基准审核，审核意见存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, name, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, name, desc, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, name, [], HML[lv])
    key = lambda row: (row[1], row[2], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key), (7, key)])
    sh.add()
    sh.add("填报人：", None, "审核人：", None, "大队长（签字）：", None, "2024年10月", None)
    return _layout(
        "health_enforcement_register",
        "http://www.zjpy.gov.cn/art/2020/9/4/art_1229460738_58996833.html",
        "县卫生健康综合行政执法大队 廉政风险点排查表 after the source's 卫生健康领域基层政务公开标准目录 (行政许可, 监督检查, "
        "行政处罚, 投诉举报): a title, then 序号/``部门`` merged (大队领导, 医疗卫生监督中队, 公共卫生监督中队, 法制稽查股)/"
        "岗位 merged per person/a short ``风险名称`` beside a long ``风险表现``/风险等级 高/中/低/防控措施/the holder "
        "LAST in ``责任人`` (names merged per person); no type column; 填报人/审核人/大队长签字/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    county_hospital_two_heads(),
    tibetan_hospital_checklist(),
    health_bureau_sections(),
    cdc_duty_list(),
    township_hospital_selfcheck(),
    insurance_center_list(),
    maternal_child_cards(),
    health_enforcement_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch238-inbox"))

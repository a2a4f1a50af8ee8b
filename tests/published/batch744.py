"""The seven-hundred-and-forty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's health and
medical-insurance bodies, 新宾满族自治县 (of 抚顺市, 辽宁) — its 卫生健康局, 医疗保障局, 疾病预防控制中心,
人民医院, 医疗保障事务服务中心 and its 镇卫生院 (永陵镇中心卫生院, 旺清门镇卫生院) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's 一览表 under ``附件1``: ``股室`` merged (``局领导`` the leaders' 科室), ``岗位 | 姓名``
  merged per person, ``风险类型`` (``…风险``), ``一级/二级/三级``;
- the 医疗保障局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险点 | 风险等级 | 防控措施``, 高/中/低,
  no type column, no names, a ``注：`` line;
- the 疾病预防控制中心's 自查表, one sheet a person: ``姓　名 | … | 所在科室 | … | 岗　位 | …`` in pairs,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 人民医院's 责任清单 under GROUP ROWS ``一、院领导`` … ``四、财务科`` merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``;
- the 永陵镇中心卫生院's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 旺清门镇卫生院's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 医疗保障事务服务中心's 一览表 in TWO SHEETS ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``业务科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column.

One is harder:

- ``xinbin_tcm_hospital_team_names``: the 中医院's 临床诊疗组廉洁风险排查表, ``序号 | 科室 | 诊疗组 |
  廉洁风险点 | 风险等级 | 防控措施``, ``科室`` merged down, ``诊疗组`` merged over each group's rows — and the
  groups NAMED AFTER THEIR LEADERS, as hospitals name their 主诊组/医疗组/治疗组 (``郏翯筠主诊组``,
  ``乜湉珩主诊组``, ``郏祎翀治疗组``, ``乜峤溪医疗组``); the table has no 岗位, 姓名 or 责任人 column, and a
  ``注：`` line says the leader named in the group's name holds the group's points. The holder is
  written only INSIDE A GROUP'S NAME. The README's 读得懂的表 knows names in 姓名/责任人 columns, group
  rows ``一、出纳岗(责任人:李明)``, a 责任主体 naming groups resolved by a roster, and ``民政专干(高丽)``
  split into post and holder; it does not describe a group label that is the holder's name plus a
  group word (``某某主诊组``), with no holder column at all.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 卫生健康系统警示教育大会 speech —
医药购销领域 集中整治, 纠正不正之风; a note on 医保专项检查 — 住院病历, 慢性病鉴定, 外配处方, 费用结算; a
区疾控中心's check of 预防接种门诊 — 公示, 人员配置, 疫苗和冷链管理; a 医疗行业反腐败 case report — 设备采购,
药品引进, 基建工程, 学术赞助; a 县卫生局's 计划免疫检查 — 接种率调查, 防保站; a note on 公立医院高质量发展
示范医院 and 先锋科室 (急诊急救); a note on 异地就医报销 standards; a page on 诊疗小组 set by 床位、工作量、
医师的资质层次) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 郏 and 乜 with rare given names);
every unit is a body of 新宾满族自治县.

Run ``python tests/published/score.py --set batch744`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each 诊疗组's points are its leader's: the person is the name before the group
  word (``郏翯筠主诊组`` → 郏翯筠), the post ``组长`` (the ``注：`` line's word for him, whatever the
  group word), the 科室 the merged ``科室`` cell; one form a leader; the ``注：`` line and the
  医务科/审核 line are no points;
- ``局领导``, ``中心领导`` and a group row ``一、院领导`` are the 科室 of those leaders where the table gives
  one; the 中心's sheet ``中心领导`` (no 科室 column) and the cards' leaders have no 科室; a 局's or
  中心's 股/科 and a hospital's 科 are 科室; a group row ``二、药剂科`` gives the 科室 ``药剂科``;
- 局长, 副局长, 主任 and 副主任 of a 中心, 院长, 副院长 are leaders; 股长, a 科's 科长 or 主任 middle; the
  rest (科员, 会计, 药师, 采购员, 经办员, 稽核员, 接种医生, 防保员) general;
- ``自查情况`` and ``分管工作`` are no points and name no holder; the 医疗保障局's list names no person:
  its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b744_"
PLACE = "新宾满族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, leader, group word, [(廉洁风险点, 风险等级, 防控措施)])
TEAMS = [
    ("内科", "郏翯筠", "主诊组", [
        ("中药饮片处方超剂量、开大处方", "高", "中药饮片处方每月点评，超常处方约谈主诊医师。"),
        ("诱导参保患者住院或挂床住院", "高", "住院指征由科主任每周抽查，医保办在院核查。"),
        ("接受药品企业宴请、学术赞助", "中", "医药代表院内接待实行登记预约，不得进入诊室。"),
    ]),
    ("内科", "乜湉珩", "主诊组", [
        ("向患者推销自制膏方、院外保健品", "中", "膏方只开具院内制剂，严禁院外推销。"),
        ("出院带药超量，串换药品", "低", "出院带药不超过规定天数，药剂科复核。"),
    ]),
    ("针灸推拿科", "郏祎翀", "治疗组", [
        ("针灸、推拿项目重复收费、分解收费", "高", "治疗项目按次登记，收费与治疗单每日核对。"),
        ("中医适宜技术虚记治疗次数套取医保基金", "中", "治疗记录患者签字确认，医保办每月抽查。"),
    ]),
    ("骨伤科", "乜峤溪", "医疗组", [
        ("骨科内固定耗材指定品牌，收受回扣", "高", "高值耗材在省平台采购，使用情况按月公示。"),
        ("小夹板、支具外购推荐并收取好处", "低", "外购器具一律不推荐，签订廉洁承诺。"),
    ]),
]  # fmt: skip


def xinbin_tcm_hospital_team_names() -> dict:
    unit = f"{PLACE}中医院"
    sh = _Sheet("诊疗组", [6, 12, 16, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}临床诊疗组廉洁风险排查表", 6)
    _line(sh, f"填报科室：医务科{GAP * 16}2025年6月", 6)
    sh.add("序号", "科室", "诊疗组", "廉洁风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, who, word, points in TEAMS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, f"{who}{word}", point, lv, measures)
            t.point(sh.name, dept, "组长", who, "middle", point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(
        sh,
        "注：诊疗组以组长姓名命名，组长为本组廉洁风险点的第一责任人；风险等级分高、中、低三级。",
        6,
    )
    sh.add("医务科（盖章）", None, "审核：", None, "2025年6月", None)
    return _layout(
        "xinbin_tcm_hospital_team_names",
        "https://www.zhetiaohe.com/ss/4ec8db3618fa106216a68789dbcaaa85addf419a51c4872d3c0c368335f0e1c69fa43f467ba63faab88420fa236251bbf2c1aafd7ca42f10c18236141b3f59a0f2eef48ec4e43d7b.html",
        "(harder) 县中医院 临床诊疗组廉洁风险排查表, after the source's page on 诊疗小组 (根据床位、工作量、医师的资质层次分成"
        "诊疗小组): a title, a merged ``填报科室：医务科　2025年6月`` line, then 序号/科室 merged/诊疗组 merged per group/"
        "廉洁风险点/风险等级 高/中/低/防控措施 with NO 岗位, 姓名 or 责任人 column: each group is NAMED AFTER ITS LEADER "
        "(``郏翯筠主诊组``, ``乜湉珩主诊组``, ``郏祎翀治疗组``, ``乜峤溪医疗组``) and a ``注：`` line says the leader named in "
        "the group's name holds its points; a 医务科（盖章）/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xinbin_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郏璟翾", "leader", [
            ("乡镇卫生院基建和设备项目插手招投标", "制度机制风险", "一级",
             "项目一律进入县公共资源交易中心，局党组集体研究。"),
            ("医疗卫生系统干部选拔任用搞“一言堂”", "思想道德风险", "二级", "干部任用经党组会集体研究，按程序公示。"),
        ]),
        ("局领导", "副局长", "乜漪澍", "leader", [
            ("医药购销领域整治走过场，对问题线索压案不查", "岗位职责风险", "一级", "问题线索台账管理，按月向党组报告。"),
        ]),
        ("医政医管股", "股长", "郏骞霂", "middle", [
            ("医疗机构设置审批和执业校验降低标准", "业务流程风险", "一级", "审批实行现场核查两人以上，结果公开。"),
            ("医疗纠纷调处中偏袒一方", "外部环境风险", "二级", "纠纷调处引入第三方人民调解。"),
        ]),
        ("医政医管股", "科员", "乜昶翊", "general", [
            ("医师、护士执业注册材料审核不严", "业务流程风险", "三级", "注册材料初审、复审分岗办理。"),
        ]),
        ("规划财务股", "股长", "郏濛璇", "middle", [
            ("基本公共卫生服务补助资金分配不按绩效考核结果", "制度机制风险", "一级",
             "资金按考核结果分配，分配方案公示。"),
            ("卫生院报账资料审核不严，虚列支出", "岗位职责风险", "二级", "报账单据经办、审核、审批三级签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "2025年5月", None, None)
    return _layout(
        "xinbin_health_bureau_list", "https://www.wengaopai.com/doc/245919.html",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's 卫生健康系统警示教育大会 speech (医药领域腐败问题集中整治, "
        "纠正医药购销领域和医疗服务中不正之风): ``附件1``, a title, 序号/股室 merged (``局领导``)/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xinbin_medical_security_bureau_posts() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("排查表", [6, 14, 10, 42, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "股室", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "定点医药机构协议管理中打招呼、说情", "高", "定点准入评估集体研究，结果公示。"),
        ("基金监管股", "股长", "middle", "专项检查发现的违规问题降格处理、以罚代管", "高",
         "处理意见经局务会审定，案件全部录入监管系统。"),
        ("基金监管股", "稽核员", "general", "现场检查时接受被检查机构宴请、礼品", "中",
         "检查实行双人以上，检查纪律书面告知被检查机构。"),
        ("基金监管股", "稽核员", "general", "住院病历抽查走过场，漏查挂床住院", "中", "病历抽查随机选取，复核比例不低于10%。"),
        ("待遇保障股", "股长", "middle", "慢性病鉴定把关不严，违规认定待遇", "中", "慢性病鉴定专家随机抽取，结果公示。"),
        ("待遇保障股", "科员", "general", "外配处方审核不严，违规结算", "低", "外配处方系统比对，每月抽审。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：本表按岗位排查，风险等级分高、中、低三级。", 6)
    sh.add("编制：办公室", None, "审核：", None, "2025年4月", None)
    return _layout(
        "xinbin_medical_security_bureau_posts", "https://m.jiusongjiankang.com/health/news/7691656.html",
        "县医疗保障局 岗位廉政风险点排查表 对岗不对人, after the source's note on 医保专项检查 (数据核查, 现场稽查, 病历抽查: "
        "住院病历, 慢性病鉴定, 外配处方, 费用结算): a title, 序号/股室 merged/岗位 merged per post/风险点/风险等级 高/中/低/"
        "防控措施; no names, no type column; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xinbin_cdc_selfchecks() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    people = [
        ("乜珣岫", "中心领导", "主任", "leader", [
            ("疫苗和冷链设备采购中倾向特定供应商", "Ⅰ级", "采购需求集体论证，按政府采购程序办理。", "已落实"),
            ("预防接种门诊考核验收降低标准", "Ⅱ级", "考核验收两人以上，结果报县卫生健康局。", "未发现问题"),
        ]),
        ("郏樾淇", "免疫规划科", "科长", "middle", [
            ("第二类疫苗出入库不登记，私自调拨", "Ⅰ级", "疫苗出入库扫码登记，每月盘点。", "已落实"),
            ("接种率调查数据弄虚作假", "Ⅱ级", "接种率调查随机抽样，复核留痕。", "已落实"),
        ]),
        ("乜钰骢", "检验科", "检验员", "general", [
            ("检测报告出具中收受送检单位好处", "Ⅱ级", "检测报告双人复核签发。", "未发现问题"),
            ("检测试剂领用不登记", "Ⅲ级", "试剂领用登记，按月核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", who, "所在科室", dept, "岗　位", post)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况", None)
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found, None)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "科室负责人意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "xinbin_cdc_selfchecks", "https://www.wj.gov.cn/html/czwj/2021/FAOKPMFH_0908/386784.html",
        "县疾病预防控制中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区疾控中心 "
        "check of 预防接种门诊 (设置要求, 公示, 人员配置, 疫苗和冷链管理, 免规科): a title, a label row in pairs "
        "``姓　名 | … | 所在科室 | … | 岗　位 | …``, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 科室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def xinbin_peoples_hospital_group_rows() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 12, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "郏岚翥", "leader", [
                ("新院区建设中指定施工单位", "制度机制", "一级风险", "基建项目公开招标，院党委会集体决策。"),
                ("以学术赞助名义收受医药企业财物", "思想道德", "一级风险", "学术会议赞助统一由医院账户接收。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("主任", "乜沺晔", "middle", [
                ("新药引进遴选中倾向特定企业", "岗位职责", "一级风险", "新药引进经药事管理委员会无记名投票。"),
                ("违规提供统方数据", "业务流程", "二级风险", "统方权限分级设置，查询留痕。"),
            ]),
        ]),
        ("三、设备科", "设备科", [
            ("科长", "郏熠澂", "middle", [
                ("医疗设备采购参数设置倾向性", "制度机制", "一级风险", "采购参数经临床、设备、纪检三方论证。"),
            ]),
            ("采购员", "乜朏湲", "general", [
                ("低值耗材零星采购不比价", "业务流程", "三级风险", "零星采购三家比价，记录存档。"),
            ]),
        ]),
        ("四、财务科", "财务科", [
            ("会计", "郏桉喆", "general", [
                ("医疗收费票据管理不严，截留收入", "岗位职责", "二级风险", "票据领用核销登记，每日对账。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：纪检监察室", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "xinbin_peoples_hospital_group_rows", "https://www.renrendoc.com/paper/506022108.html",
        "县人民医院 廉洁风险防控责任清单, after the source's 医疗行业反腐败 case report (院长受贿: 设备采购, 药品引进, 基建工程, "
        "学术赞助, 科研合作): a title, 序号/岗位/姓名/廉洁风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、院领导`` … ``四、财务科`` merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def xinbin_yongling_health_center_cards() -> dict:
    unit = f"{PLACE}永陵镇中心卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "乜瑀熙", "院长", "主持卫生院全面工作", "leader", [
            ("村卫生室基本药物补助分配不公", "★★★", "补助按服务量核定，在村务公开栏公示。"),
            ("卫生院维修工程化整为零规避审批", "★★★", "工程项目按限额报县卫生健康局审批。"),
            ("接受医药企业人员宴请", "★", "严守中央八项规定精神，签订廉洁承诺。"),
        ]),
        ("防保员", "郏滢峣", "防保员", "负责计划免疫和防保站工作", "general", [
            ("接种率数据虚报，冒领公共卫生补助", "★★", "接种数据与信息系统比对，每季度抽查。"),
            ("预防接种证补办收取费用", "★★", "补证免费，收费标准上墙公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "xinbin_yongling_health_center_cards", "http://nashvilleexperiencecamp.com/article/13148.html",
        "镇中心卫生院 廉政风险防控卡, one sheet a person, after the source's 县卫生局 计划免疫检查暨接种率调查 (防保站, "
        "接种率调查, 规范化门诊): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xinbin_wangqingmen_health_center_list() -> dict:
    unit = f"{PLACE}旺清门镇卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "乜灏屺", "leader", "急诊急救设备购置不经集体研究", "制度机制", "高风险",
         "设备购置经院务会研究，报县卫生健康局备案。"),
        ("院领导", "院长", "乜灏屺", "leader", "医务人员绩效工资分配不公开", "岗位职责", "中风险",
         "分配方案经职工代表大会通过后公示。"),
        ("药房", "药剂员", "郏筱霈", "general", "药品出入库账实不符，私自处置过期药品", "业务流程", "高风险",
         "药品每月盘点，过期药品集中销毁登记。"),
        ("收费室", "收费员", "乜昊漪", "general", "收费不开票据，截留现金", "思想道德", "中风险",
         "收费系统日结，票据与系统每日核对。"),
        ("公共卫生科", "科长", "郏钤沄", "middle", "家庭医生签约服务虚假签约", "外部环境", "中风险",
         "签约居民电话回访，每季度抽查。"),
        ("公共卫生科", "科长", "郏钤沄", "middle", "慢病随访记录弄虚作假", "业务流程", "低风险",
         "随访记录系统留痕，与就诊记录比对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "xinbin_wangqingmen_health_center_list", "https://www.crhealthcare.com.hk/zzry/2023-12-04/487022.html",
        "镇卫生院 岗位廉政风险防控一览表, after the source's note on 公立医院高质量发展 示范医院 and 先锋科室 (急诊急救中心, "
        "影像中心): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def xinbin_medical_security_center_two_sheets() -> dict:
    unit = f"{PLACE}医疗保障事务服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("乜晞琮", "主任", "主持全面工作", [
            ("医保基金拨付审批把关不严", "高", "基金拨付经中心主任办公会研究，按月公示。"),
            ("经办系统权限违规授予", "中", "系统权限分级审批，每季度清理。"),
        ]),
        ("郏瀚琬", "副主任", "分管结算、异地就医", [
            ("异地就医备案和报销审核中优亲厚友", "高", "备案和报销审核双人办理，结果可查询。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("业务科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}业务科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("结算科", "科长", "乜铖岍", "middle", "定点医疗机构费用结算审核不严，违规支付", "高",
         "结算数据智能审核，疑点逐条复核。"),
        ("结算科", "经办员", "郏珞霁", "general", "手工报销材料审核不严，重复报销", "中", "手工报销票据联网查重。"),
        ("结算科", "经办员", "郏珞霁", "general", "医疗救助对象身份审核不实", "低", "救助对象与民政数据比对。"),
        ("参保服务科", "经办员", "乜甯璘", "general", "参保登记信息违规修改", "中", "信息修改须经科长审核，系统留痕。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xinbin_medical_security_center_two_sheets", "http://fengdujob.net/go/异地就医报销按照哪里标准.html",
        "县医疗保障事务服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's note on 异地就医报销 standards (参保地, "
        "就医地目录, 备案, 报销比例): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 业务科室 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xinbin_tcm_hospital_team_names(),
    xinbin_health_bureau_list(),
    xinbin_medical_security_bureau_posts(),
    xinbin_cdc_selfchecks(),
    xinbin_peoples_hospital_group_rows(),
    xinbin_yongling_health_center_cards(),
    xinbin_wangqingmen_health_center_list(),
    xinbin_medical_security_center_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch744-inbox"))

"""The two-hundred-and-forty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE SCHOOLS, HOSPITALS AND PUBLIC SERVICE UNITS of one
county, 松潘县 — its 人民医院, 中医医院 and 川主寺镇中心卫生院, its 县中学, 职业技术学校 and 幼儿园, its
疾病预防控制中心 and 图书馆 — each handing back its ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the
plain way such bodies type them, the rows about 药品, 耗材, 收费, 医保, 食堂, 招生, 资助 and 采购:

- the 中医医院's 排查表 under ``填报单位（盖章）：…　填报时间：…``: 科室 merged (院领导, 医务科, 药剂科,
  针灸推拿科, 财务科), 岗位 and 姓名 merged per person, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a
  ``注：`` line, a 填表人/审核人/院长签字 line;
- the 川主寺镇中心卫生院's 排查登记表, one sheet a 科室 (院领导, 药房, 公共卫生科): ``填报科室：…`` and
  ``填报时间：…`` above, 岗位 and 姓名 merged, ``风险内容``, short types, 高/中/低, a ``备注`` column, a
  药剂员 whose row says only 无, ``科室负责人签字：`` below;
- the 职业技术学校's 防控卡, one sheet a holder (tabs 副校长, 校企合作办, 学生资助): ``持卡人 | … | 所在处室
  | …`` and ``职　务 | … | 任职时间 | …`` above a merged ``岗位职责`` line, no type column,
  ``一级/二级/三级`` read by a ``注：`` line, ``监督电话：12388``, 持卡人签字 and 年 月 日 below;
- the 县中学's 一览表 under ``附件1``: 处室 merged (校长室, 教务处, 总务处, 学生食堂), 岗位 and ``责任人``
  merged per person, a short ``风险点`` beside a long ``风险描述``, ``…风险`` types, 高/中/低, a
  ``填报单位（盖章）`` / 校长签字 line below;
- the 幼儿园's 自查表, one sheet a person (tabs 园长, 保教主任, 会计): two rows of pairs above
  (``姓　名 | … | 性　别 | …``, ``所在部门 | … | 岗　位 | …``), ``自查出的风险点``, ``…风险`` types,
  ``高级/中级/低级``, ``本人签字： | 园长审核：`` and a date below;
- the 疾病预防控制中心's 责任清单 对岗不对人 under ``编制日期：…``: 科室 merged (中心领导, 办公室, 财务科,
  免疫规划科, 检验科), 岗位 merged per post, a ``职权事项`` column before the 风险点, ``一级/二级/三级``
  read by a ``说明：`` line, no type column and no holder;
- the 图书馆's 一览表 with no 科室 column: 岗位, 姓名 and ``主要职责`` merged per person, short types,
  ``★★★/★★/★`` read by a ``注：`` line, and the 馆's name and a date as the 落款 below.

One is harder:

- ``people_hospital_levels_by_item``: the 人民医院's 一览表 with NO LEVEL COLUMN: 序号/科室/岗位/姓名/
  廉政风险点/风险类型/防控措施 only, and the levels given ONCE, under the table, BY THE ITEMS' NUMBERS:
  ``注：以上风险点等级经院党委会集体评定：第1、2、4、6、10项为高风险，第5、7、8、11、12、14项为中风险，
  其余为低风险。`` — the way an office that assessed the levels after the list was typed writes the
  result in a sentence instead of going back to add a column. The README's 读得懂的表 knows a level
  column in any of its words, a legend giving level WORDS, colours, stars or marks in or before the
  text their level, levels taken from a sheet's name, a title or a group row; not a note that
  names the 序号 of the points of each level (and leaves the rest to ``其余``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市人民医院's 药品回扣 case — the
院长 and 党委书记, the 副院长 分管药品采购, the 财务科主任兼会计, the 体检科主任, 医政; a 区中医院's 清廉医院
— 小微权力, 医廉码 监管平台, 行风建设; a 镇卫生院's 全体职工会议 on the 出租承包科室 专项整治 and 自查自纠;
a 职业高级中学's “清廉12计” — 招生, 食堂管理, 校企合作, 实习管理, 教师招聘, 社会培训, 学生资助, 大宗采购;
a 县纪委's 学校 集中整治 — 校园食品安全, 小金库, 津补贴, 后勤 违规承包, 提前招生 and 超计划招生; a 市场
监管局's 幼儿园收费 检查 — 收费公示, 代办费, 退费, 伙食费 按月公布 and 单独建账; a 市疾控中心's 党风廉政
会议 — 基建, 招标采购, 学会管理, 医药采购, 工程建设; a 市图书馆's 纪检 调研 — 三重一大, 采购 上电子卖场,
作风纪律) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names); every unit is
a body of 松潘县 (川主寺镇 is one of its 镇).

Run ``python tests/published/score.py --set batch243`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table a point's level is the one the ``注：`` line gives its 序号: items 1, 2, 4, 6,
  10 are 1, items 5, 7, 8, 11, 12, 14 are 2, ``其余`` (items 3, 9, 13, 15) are 3; the ``注：`` line,
  the ``填报单位`` line and the sign-off are no points;
- ``院领导``, ``校长室``, ``中心领导`` written in a 科室/处室 column (or ``填报科室：院领导`` above a sheet,
  ``所在处室 | 校长室`` on a card, ``所在部门 | 园领导`` on a 自查表) are the 科室 of those leaders, as
  batch240 kept ``大队领导``; ``学生食堂`` a 科室 of the school (batch226, batch237);
- the 图书馆's list has no 科室 column: its posts stay as written (``采编部主任``, ``借阅部管理员``) with
  department "", as the batches keep ``综治办主任``;
- ``风险点 | 风险描述``: the point is the short 风险点; ``职权事项``, ``主要职责``, ``岗位职责``, ``任职时间``
  and ``备注`` are no points; a row saying only 无 is no point and gives no form;
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``高级/中级/低级`` and ``★★★/★★/★`` are 1/2/3;
- the heads of the units — 院长/副院长, 校长/副校长, 园长, the 主任/副主任 of the 疾控中心, 馆长/副馆长 —
  are leaders; 科长, 科主任, 处室主任 (教务处, 总务处), the 卫生院's 药房负责人, the 校企合作办公室主任, the
  幼儿园's 保教主任, the 疾控中心's 办公室主任 and the 图书馆's 采编部主任 middle; the rest (药库管理员,
  中药调剂员, 会计, 药剂员, 公卫专干, 资助专干, 报账员, 食堂管理员, 检验员, 借阅部管理员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b243_"
PLACE = "松潘县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RANKS = {"高级": 1, "中级": 2, "低级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HOSPITAL = [
    ("院领导", "院长", "邴砚澄", "leader", [
        ("药品、耗材遴选进院不经药事管理与药物治疗学委员会集体研究，个人说了算", "制度机制", 1,
         "新药、新耗材进院一律经药事会集体票决，会议纪要存档。"),
        ("对医务人员收受药品回扣问题失察，压案不查", "岗位职责", 1,
         "落实党委主体责任，回扣问题线索一律登记并移交纪检。"),
        ("职工福利费、工会经费使用审批把关不严", "业务流程", 3, "福利费、工会经费支出经院务会研究，年终公开。"),
    ]),
    ("院领导", "副院长", "郗沐恒", "leader", [
        ("药品采购中与药商私下接触，为特定品种进院打招呼", "外部环境", 1,
         "药品一律在省平台集中采购，与药商接触须两人以上并登记。"),
        ("医疗纠纷处理中选择性提交病历、鉴定材料", "岗位职责", 2, "纠纷处理由医务科、纪检室共同参与，材料封存。"),
    ]),
    ("药剂科", "科主任", "糜芷汀", "middle", [
        ("违规统计医生处方用药量并提供给医药代表", "思想道德", 1, "处方数据查询权限分级，查询留痕，定期抽查。"),
        ("临时采购药品不履行审批，化整为零", "业务流程", 2, "临时采购须分管院长审批，按月汇总公示。"),
    ]),
    ("药剂科", "药库管理员", "鄢禾穗", "general", [
        ("药品入库验收不严，账实不符", "岗位职责", 2, "验收双人签字，每月盘点，账物核对。"),
        ("近效期、过期药品报损处置不规范", "制度机制", 3, "报损经科室、分管院长审批，集中销毁留影像。"),
    ]),
    ("财务科", "科长", "仉思迩", "middle", [
        ("医药企业货款不按合同进度支付，优先支付关系企业", "外部环境", 1,
         "货款按合同约定和到货验收顺序支付，支付计划院务会审定。"),
        ("收费票据、退费管理不严，截留医疗收入", "制度机制", 2, "票据专人领用核销，退费须科室和财务双签。"),
    ]),
    ("体检科", "科主任", "逯汀兰", "middle", [
        ("团体体检项目和价格由个人与单位私下商定", "岗位职责", 2, "团体体检合同经院务会审定，价格按物价标准执行。"),
        ("体检结论把关不严，出具不实体检报告", "思想道德", 3, "体检报告主检医师复核签字，定期抽查。"),
    ]),
    ("医务科", "科长", "扈霁野", "middle", [
        ("医师职称晋升、执业注册材料审核把关不严", "岗位职责", 2, "申报材料两人审核，结果院内公示。"),
        ("新技术、新项目准入审核走过场", "业务流程", 3, "新技术准入经医疗技术管理委员会论证。"),
    ]),
]  # fmt: skip


def _items_of(level: int) -> list[int]:
    n, out = 0, []
    for *_, points in HOSPITAL:
        for point in points:
            n += 1
            if point[2] == level:
                out.append(n)
    return out


def _numbers(items: list[int]) -> str:
    return "、".join(str(i) for i in items)


def people_hospital_levels_by_item() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 10, 11, 9, 42, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2024年10月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in HOSPITAL:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), lv)
    _per_person(sh, first, 1, 2, 3)
    note = (f"注：以上风险点等级经院党委会集体评定：第{_numbers(_items_of(1))}项为高风险，"
            f"第{_numbers(_items_of(2))}项为中风险，其余为低风险。")  # fmt: skip
    _line(sh, note, 7)
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "people_hospital_levels_by_item", "http://hkwb.net/news/content/2013-04/24/content_1167601.htm",
        "(harder) 县人民医院 岗位廉政风险防控一览表, after the source's account of a 市人民医院's 药品回扣 case (the 院长 "
        "and 党委书记, the 副院长 分管药品采购, the 财务科主任兼会计, the 体检科主任, 医政; 药商, 回扣款): a title, a merged "
        "``填报单位：…（盖章）　…　填报时间：2024年10月`` line, then 序号/科室 merged (院领导, 药剂科, 财务科, 体检科, 医务科)"
        "/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/防控措施 — NO LEVEL COLUMN: the levels are "
        "given once, under the table, by the items' 序号: ``注：以上风险点等级经院党委会集体评定：第1、2、4、6、10项为高"
        "风险，第5、7、8、11、12、14项为中风险，其余为低风险。``; a 填表人/审核人/院长签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tcm_hospital_checklist() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("排查表", [6, 12, 10, 9, 40, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2024年9月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "甄岫岚", "leader", [
            ("中药饮片、中成药供应商遴选不经院务会集体研究", "制度机制风险", "Ⅰ级",
             "供应商遴选实行院务会集体决策，结果院内公示。"),
            ("插手医院基建维修、设备购置项目", "思想道德风险", "Ⅰ级", "项目一律进入公共资源交易平台，领导干部不得插手。"),
        ]),
        ("院领导", "副院长", "阚澈之", "leader", [
            ("中医适宜技术收费自立名目、重复收费", "业务流程风险", "Ⅱ级", "收费项目对照目录逐项清理，每季度自查。"),
            ("对科室小微权力运行监督不力", "岗位职责风险", "Ⅲ级", "小微权力清单上墙公示，运行情况纳入“医廉码”监管。"),
        ]),
        ("医务科", "科长", "璩墨林", "middle", [
            ("医疗纠纷调解中偏袒一方，收受当事人好处", "外部环境风险", "Ⅱ级", "纠纷调解两人以上参与，引入第三方调解。"),
            ("进修、外出学习人员选派优亲厚友", "思想道德风险", "Ⅲ级", "选派条件和结果院内公示。"),
        ]),
        ("药剂科", "科主任", "眭苓修", "middle", [
            ("中药饮片验收不严，以次充好、以假充真", "岗位职责风险", "Ⅰ级", "饮片验收双人签字，定期送检抽验。"),
            ("接受饮片企业宴请、回扣", "外部环境风险", "Ⅰ级", "签订廉洁购销承诺书，拒收登记。"),
        ]),
        ("药剂科", "中药调剂员", "郜蘅芷", "general", [
            ("调剂时缺斤少两，私自调换饮片", "岗位职责风险", "Ⅱ级", "调剂称量复核，处方调配双签。"),
        ]),
        ("针灸推拿科", "科主任", "庾棠溪", "middle", [
            ("诱导患者接受非必要的理疗、推拿项目", "业务流程风险", "Ⅱ级", "诊疗项目知情同意，医务科每月抽查病历。"),
            ("科室绩效二次分配不公开", "制度机制风险", "Ⅲ级", "二次分配方案经科务会讨论并公示。"),
        ]),
        ("财务科", "会计", "檀映霁", "general", [
            ("医保基金结算虚记诊疗项目", "业务流程风险", "Ⅰ级", "结算数据与医嘱、病历逐项核对，配合医保飞行检查。"),
            ("报销票据审核不严", "制度机制风险", "Ⅲ级", "报销实行经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "tcm_hospital_checklist", "http://lcslxqzyyy.com/xinwendongtai/meitijujiao/1133.html",
        "县中医医院 岗位廉政风险点排查表, after the source's 区中医院 清廉医院 建设 (小微权力, “医廉码”监管平台, 行风建设, "
        "中医药 规律): a title, a merged ``填报单位（盖章）：…　…　填报时间：2024年9月`` line, then 序号/科室 merged (院领导, "
        "医务科, 药剂科, 针灸推拿科, 财务科)/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line on the levels and a 填表人/审核人/院长签字 line",
        [sh], t,
    )  # fmt: skip


def health_center_register() -> dict:
    unit = f"{PLACE}川主寺镇中心卫生院"
    t = _Truth(unit)
    tiers = {"院长": "leader", "副院长": "leader", "药房负责人": "middle", "科长": "middle"}
    depts = [
        ("院领导", "2024年9月10日", [
            [("院长", "訾怀澹", "将科室出租、承包给社会人员经营", "制度机制", "高",
              "科室一律由卫生院自主经营，合作项目报县卫健局审批。"),
             ("院长", "訾怀澹", "医疗设备、药品采购不经院务会研究", "业务流程", "高", "采购事项院务会集体研究，纪要存档。"),
             ("院长", "訾怀澹", "职工绩效考核分配不公", "岗位职责", "低", "考核方案经职工会讨论，结果公示。")],
            [("副院长", "冀疏桐", "对村卫生室一体化管理督查走过场", "岗位职责", "中", "每季度逐村督查，督查记录存档。"),
             ("副院长", "冀疏桐", "乡村医生补助资金审核把关不严", "业务流程", "中", "补助按考核结果发放，发放名单公示。")],
        ]),
        ("药房", "2024年9月11日", [
            [("药房负责人", "覃若蘅", "在网上集中采购之外私自采购药品", "制度机制", "高", "药品一律网上集中采购，按月核对。"),
             ("药房负责人", "覃若蘅", "接受药品配送企业礼品、回扣", "外部环境", "中", "签订廉洁协议，礼品拒收登记。")],
            [("药剂员", "钮瑾言", "药品出入库登记不全，账物不符", "岗位职责", "中", "出入库逐笔登记，每月盘点。")],
            [("药剂员", "喻曼青", "无", None, None, None)],
        ]),
        ("公共卫生科", "2024年9月12日", [
            [("科长", "郦渚清", "基本公共卫生服务数据造假，虚报服务人次", "业务流程", "高",
              "服务数据电话回访核实，按比例抽查。"),
             ("科长", "郦渚清", "家庭医生签约服务考核打分不实", "岗位职责", "中", "考核两人以上，结果公示。")],
            [("公卫专干", "靳雨霏", "居民健康档案录入弄虚作假", "岗位职责", "中", "档案录入与随访记录核对，科长抽查。"),
             ("公卫专干", "靳雨霏", "预防接种疫苗出入库记录不全", "制度机制", "低", "疫苗出入库扫码登记，每日核对。")],
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, date, groups in depts:
        sh = _Sheet(dept, [6, 12, 9, 36, 12, 8, 34, 10])
        _line(sh, f"{unit}科室廉洁风险排查登记表", 8)
        r = sh.add(f"填报科室：{dept}", None, None, None, f"填报时间：{date}", None, None, None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 7)
        sh.add("序号", "岗位", "姓名", "风险内容", "风险类型", "风险等级", "防控措施", "备注")
        first = len(sh.rows)
        n = 0
        for group in groups:
            for post, who, point, typ, lv, measures in group:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures, None)
                if point != "无":
                    t.point(sh.name, dept, post, who, tiers.get(post, "general"), point,
                            types_in(typ), HML[lv])  # fmt: skip
        _per_person(sh, first, None, 1, 2)
        sh.add()
        sh.add("科室负责人签字：", None, None, None, None, "年　月　日", None, None)
        sheets.append(sh)
    return _layout(
        "health_center_register", "http://106.14.199.10/forum.php?mod=viewthread&tid=96584",
        "镇中心卫生院 科室廉洁风险排查登记表, one sheet a 科室 (院领导, 药房, 公共卫生科), after the source's 镇卫生院 全体职工"
        "会议 on the 出租承包科室 专项整治 (自查自纠, 宣传引导): a title, ``填报科室：… | 填报时间：…`` (two merged cells), "
        "then 序号/岗位 and 姓名 merged per person/``风险内容``/风险类型 (short names)/风险等级 高/中/低/防控措施/``备注``; "
        "a 药剂员 whose row says only 无 (no point, no form); a blank row and ``科室负责人签字：`` with 年 月 日 below",
        sheets, t,
    )  # fmt: skip


def vocational_enterprise_cards() -> dict:
    unit = f"{PLACE}职业技术学校"
    t = _Truth(unit)
    cards = [
        ("副校长", "芮临溪", "校长室", "副校长", "leader", "2021年8月",
         "协助校长工作，分管招生就业、社会培训和校企合作。", [
            ("计划外招收学生并收取费用", "一级", "招生计划、录取名单网上公示，计划外一律不录。"),
            ("社会培训收费不入学校账户", "一级", "培训收费统一票据，全额缴入学校账户。"),
            ("教师招聘面试评分接受请托", "二级", "面试考官随机抽取，评分当场公布。"),
        ]),
        ("校企合作办", "蔺知蘅", "校企合作办公室", "主任", "middle", "2022年3月",
         "负责合作企业遴选、学生实习安排和实习管理。", [
            ("合作企业遴选不公开，收受企业好处", "一级", "合作企业经校务会研究，合作协议公开。"),
            ("顶岗实习安排向中介收取费用", "一级", "实习单位由学校直接对接，严禁中介参与。"),
            ("实习报酬发放不及时、不足额", "二级", "实习报酬直接发放到学生本人账户，按月核对。"),
            ("校企合作项目资金使用不透明", "三级", "项目资金专账核算，年度审计。"),
        ]),
        ("学生资助", "储沅芷", "学生资助管理办公室", "资助专干", "general", "2020年9月",
         "负责国家助学金、免学费的申报、审核和发放。", [
            ("助学金受助学生认定不准，优亲厚友", "二级", "班级评议、学校审核、名单公示三个环节不少。"),
            ("免学费、助学金虚报学生人数", "一级", "学籍系统比对，资助名单与在校学生核对。"),
            ("泄露受助学生家庭信息", "三级", "公示不含身份证号、家庭住址等信息。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, since, duty, points in cards:
        sh = _Sheet(tab, [6, 40, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "所在处室", dept)
        sh.add("职　务", post, "任职时间", since)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _line(sh, "注：一级为高风险，二级为中风险，三级为低风险。", 4)
        sh.add("监督电话：12388", "持卡人签字：", None, "年　月　日")
        sheets.append(sh)
    return _layout(
        "vocational_enterprise_cards", "http://jyj.ningbo.gov.cn/art/2025/3/28/art_1229165918_58920889.html",
        "县职业技术学校 岗位廉政风险防控卡, one sheet a holder (tabs 副校长, 校企合作办, 学生资助), after the source's 职业高级"
        "中学 “清廉12计” (招生, 校企合作, 实习管理, 教师招聘, 社会培训, 学生资助, 小微权力运行图): a title, ``持卡人 | … | 所在"
        "处室 | …`` and ``职　务 | … | 任职时间 | …`` above, a merged ``岗位职责`` line, then 序号/风险点/风险等级 "
        "``一级/二级/三级``/防控措施, no type column; a ``注：`` line on the levels, ``监督电话：12388``, 持卡人签字 and "
        "年 月 日 below",
        sheets, t,
    )  # fmt: skip


def county_school_list() -> dict:
    unit = f"{PLACE}中学"
    sh = _Sheet("一览表", [6, 10, 10, 9, 18, 36, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "处室", "岗位", "责任人", "风险点", "风险描述", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("校长室", "校长", "竺涵川", "leader", [
            ("“三重一大”事项个人决定", "重大决策、大额资金使用不经校务会集体研究，个人说了算。", "制度机制风险", "高",
             "严格执行“三重一大”集体决策制度，会议记录存档。"),
            ("后勤项目违规承包", "食堂、小卖部等后勤项目不经公开比选，指定关系人承包经营。", "外部环境风险", "高",
             "后勤承包项目公开比选，合同报教育局备案。"),
        ]),
        ("校长室", "副校长", "鞠澹宁", "leader", [
            ("提前招生、超计划招生", "义务教育阶段提前组织招生，超计划招收学生或招收“高价生”。", "岗位职责风险", "高",
             "招生计划、招生结果按规定公示，接受教育局监督。"),
            ("评优评先不公", "教师评优评先、职称推荐条件把关不严，优亲厚友。", "思想道德风险", "中",
             "评优条件、推荐结果全校公示。"),
        ]),
        ("教务处", "主任", "晁砚汐", "middle", [
            ("教辅资料违规征订", "统一征订教辅资料，收受书商回扣。", "外部环境风险", "中", "教辅资料坚持自愿征订，书目集体研究。"),
            ("考试成绩管理不严", "篡改学生成绩，为升学加分材料造假。", "岗位职责风险", "低", "成绩录入双人复核，加分材料公示。"),
        ]),
        ("总务处", "主任", "麻若竹", "middle", [
            ("私设小金库", "房屋出租、废旧物资变卖收入不入账，形成账外资金。", "制度机制风险", "高",
             "各项收入全额纳入学校账户，年度专项审计。"),
            ("物资采购暗箱操作", "大宗物资采购不按规定询价比价，与供应商串通抬价。", "业务流程风险", "中",
             "大宗物资定点采购，询价不少于三家。"),
        ]),
        ("总务处", "报账员", "薄青禾", "general", [
            ("违规发放津补贴", "以加班费、课时费等名义违规发放津贴补贴。", "制度机制风险", "中", "津补贴发放依据文件，发放表公示。"),
        ]),
        ("学生食堂", "食堂管理员", "瞿雪沅", "general", [
            ("食材验收不严", "食材进货不索证索票，验收时以次充好、缺斤少两。", "岗位职责风险", "高",
             "食材验收由管理员、教师代表共同签字。"),
            ("伙食账目不清", "食堂收支账目不公开，克扣学生伙食费。", "业务流程风险", "中", "食堂收支每月公示，结余用于改善伙食。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add(
        f"填报单位（盖章）：{unit}",
        None,
        None,
        None,
        None,
        "校长（签字）：",
        None,
        "2024年9月",
        None,
    )
    return _layout(
        "county_school_list", "http://laikespa.com/info/1436/33007.htm",
        "县中学 岗位廉政风险防控一览表, after the source's 学校 集中整治 (校园食品安全, 财务管理 — 小金库, 滥发津补贴 — 后勤 "
        "暗箱操作 and 违规承包, 提前招生, 超计划招生, 招高价生): ``附件1``, a title, then 序号/处室 merged (校长室, 教务处, "
        "总务处, 学生食堂)/岗位 and ``责任人`` merged per person/a short ``风险点`` beside a long ``风险描述``/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施; a blank row and ``填报单位（盖章）：… | 校长（签字）： | 2024年9月`` below",
        [sh], t,
    )  # fmt: skip


def kindergarten_fee_self_check() -> dict:
    unit = f"{PLACE}幼儿园"
    t = _Truth(unit)
    people = [
        ("园长", "匡沁漪", "女", "园领导", "园长", "leader", "教育局分管领导审核：", [
            ("保教费收费标准未经批准擅自调整", "制度机制风险", "高级", "收费标准按物价部门核定执行，收费公示上墙。"),
            ("收取住宿费、兴趣班费等未备案项目", "业务流程风险", "高级", "收费项目事先备案，未备案一律不收。"),
            ("教职工绩效考核分配不公", "思想道德风险", "低级", "考核方案经教职工大会通过。"),
        ]),
        ("保教主任", "虞攸宁", "女", "保教部", "保教主任", "middle", "园长审核：", [
            ("园服、被褥等代办费多收不退", "业务流程风险", "中级", "代办费按实结算，学期末向家长公布并退还结余。"),
            ("新生入园、分班接受家长请托和礼品", "外部环境风险", "中级", "入园、分班规则公开，拒收登记。"),
        ]),
        ("会计", "帅若葭", "女", "财务室", "会计", "general", "园长审核：", [
            ("伙食费未单独建账，教职工伙食与幼儿伙食混账", "制度机制风险", "高级", "幼儿伙食费单独建账、单独核算。"),
            ("伙食费收支未按月公布，结余不退还家长", "岗位职责风险", "中级", "伙食费收支每月公布，学期结余全部退还。"),
            ("收费不开具统一票据", "业务流程风险", "低级", "收费一律开具税务统一票据。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, dept, post, tier, review, points in people:
        sh = _Sheet(tab, [6, 40, 14, 10, 36])
        _line(sh, f"{unit}教职工廉政风险自查表", 5)
        sh.add("姓　名", who, "性　别", sex, None)
        sh.add("所在部门", dept, "岗　位", post, None)
        sh.add("序号", "自查出的风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RANKS[lv])
        sh.add()
        sh.add("本人签字：", None, review, None, "2024年10月8日")
        sheets.append(sh)
    return _layout(
        "kindergarten_fee_self_check", "http://m.bjjht.com/2020-01/13/content_30127621.htm",
        "县幼儿园 教职工廉政风险自查表, one sheet a person (tabs 园长, 保教主任, 会计), after the source's 幼儿园收费 专项检查 "
        "(收费公示, 代办费收支, 退费, 伙食费 按月公布, 单独建账, 教师伙食费 混账): a title, two rows of pairs above "
        "(``姓　名 | … | 性　别 | …``, ``所在部门 | … | 岗　位 | …``), then 序号/``自查出的风险点``/风险类型 ``…风险``/"
        "风险等级 ``高级/中级/低级``/防控措施; a blank row and ``本人签字： | 园长审核：`` (the 园长's own: ``教育局分管领导"
        "审核：``) and a date below",
        sheets, t,
    )  # fmt: skip


def cdc_posts_duty_list() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("责任清单", [6, 12, 10, 14, 40, 8, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    _line(sh, "编制日期：2024年8月", 7)
    sh.add("序号", "科室", "岗位", "职权事项", "风险点", "风险等级", "防控措施")
    tiers = {"主任": "leader", "副主任": "leader", "科长": "middle", "办公室主任": "middle"}
    rows = [
        ("中心领导", "主任", "工程建设", "业务用房改造项目未按规定招标，化整为零", "一级",
         "工程项目进入公共资源交易平台，纪检全程监督。"),
        ("中心领导", "主任", "人事管理", "职称聘任、绩效分配不经集体研究", "二级", "方案经中心班子会研究，结果公示。"),
        ("中心领导", "副主任", "物资采购", "检测试剂、仪器设备采购设置倾向性参数", "一级", "采购需求由使用科室和采购小组共同论证。"),
        ("办公室", "办公室主任", "公务接待", "超标准接待，虚列接待费用", "三级", "接待先审批后接待，清单随报销凭证。"),
        ("办公室", "办公室主任", "学会管理", "以学会名义收取会费、培训费不入账", "二级", "学会收支纳入中心财务统一管理。"),
        ("财务科", "科长", "资金支付", "专项资金挤占挪用", "一级", "专项资金专账核算，支付须分管领导审批。"),
        ("财务科", "会计", "报销审核", "审核不严，虚开发票报销", "二级", "发票查验真伪，报销三级审核。"),
        ("免疫规划科", "科长", "疫苗管理", "非免疫规划疫苗采购中与疫苗企业私下接触", "一级",
         "非免疫规划疫苗集中比选，比选全程录像。"),
        ("免疫规划科", "科长", "接种单位考核", "接种单位考核打分不实", "三级", "考核两人以上，考核结果通报。"),
        ("检验科", "检验员", "检测报告出具", "篡改检验检测数据，出具不实报告", "一级", "检测报告三级审签，原始记录留存。"),
        ("检验科", "检验员", "样品管理", "检测样品私自处理", "三级", "样品登记流转，处置双人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, matter, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, matter, point, lv, measures)
        t.point(sh.name, dept, post, "", tiers.get(post, "general"), point, [], GRADES[lv])
    key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key)])
    _line(sh, "说明：风险等级分一级（高）、二级（中）、三级（低）。", 7)
    sh.add("中心主任（签字）：", None, None, None, None, None, None)
    return _layout(
        "cdc_posts_duty_list", "https://jzcdc.cn/xinwendongtai/gongzuodongtai/1650.html",
        "县疾病预防控制中心 廉政风险防控责任清单 对岗不对人, after the source's 市疾控中心 党建和党风廉政建设 会议 (重点岗位和"
        "重点人员, 基建和招标采购, 学会管理, 医药采购, 工程建设 专项整治): a title, a merged ``编制日期：2024年8月`` line, then "
        "序号/科室 merged (中心领导, 办公室, 财务科, 免疫规划科, 检验科)/岗位 merged per post/``职权事项``/风险点/风险等级 "
        "``一级/二级/三级``/防控措施, no type column, no holder; a ``说明：`` line on the levels and a 中心主任签字 line",
        [sh], t,
    )  # fmt: skip


def library_no_dept_list() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("Sheet1", [6, 12, 9, 22, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "岗位", "姓名", "主要职责", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆长", "嵇野舟", "leader", "主持全馆工作", [
            ("“三重一大”事项不经馆务会集体研究", "制度机制", "★★★", "重大事项馆务会集体研究，会议纪要存档。"),
            ("馆舍维修工程指定施工单位", "外部环境", "★★★", "维修工程按规定比选，结果公示。"),
        ]),
        ("副馆长", "宗澜汐", "leader", "分管采编、财务", [
            ("图书采购不上政府采购电子卖场，指定书商", "业务流程", "★★★", "图书采购一律通过电子卖场，采购清单公开。"),
            ("接受书商赠书、回扣", "思想道德", "★★", "签订廉洁协议，赠书登记入藏。"),
        ]),
        ("采编部主任", "祁晚枫", "middle", "负责图书采选、编目、验收", [
            ("图书验收不严，复本超量、以次充好", "岗位职责", "★★", "验收两人以上，复本比例按制度执行。"),
            ("捐赠图书登记不全，私自处置", "制度机制", "★", "捐赠图书逐册登记，处置经馆务会审批。"),
        ]),
        ("报账员", "蒲栖云", "general", "负责经费报账", [
            ("购书发票虚开、虚增项目套取资金", "业务流程", "★★", "发票与采购清单、入藏记录逐项核对。"),
        ]),
        ("借阅部管理员", "井筱禾", "general", "负责借阅服务、押金管理", [
            ("逾期罚款、借书押金收取不入账", "制度机制", "★", "收费开具票据，每月与财务对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, duty, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, None, 1, 2, 3)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add()
    sh.add(None, None, None, None, None, unit, None, None)
    sh.add(None, None, None, None, None, "2024年10月", None, None)
    return _layout(
        "library_no_dept_list", "http://www.yystsg.com:8096/information/222",
        "县图书馆 岗位廉政风险点一览表 (tab ``Sheet1``), after the source's 市图书馆 纪检 调研 (党风廉政建设, 作风纪律, 民主"
        "集中制, 三重一大, 采购制度 上电子卖场): a title, then 序号/岗位, 姓名 and ``主要职责`` merged per person (no 科室 "
        "column: 馆长, 副馆长, 采编部主任, 报账员, 借阅部管理员)/廉政风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` legend, a blank row and the 馆's name and ``2024年10月`` as the 落款 on the right",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    people_hospital_levels_by_item(),
    tcm_hospital_checklist(),
    health_center_register(),
    vocational_enterprise_cards(),
    county_school_list(),
    kindergarten_fee_self_check(),
    cdc_posts_duty_list(),
    library_no_dept_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch243-inbox"))

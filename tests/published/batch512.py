"""The five-hundred-and-twelfth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 瓜州县 (a county of 酒泉, 甘肃) — its 卫生健康局, 人民医院, 疾病预防控制中心, 妇幼保健院 and four
乡镇卫生院 (渊泉镇, 柳园镇, 三道沟镇, 西湖镇 — towns of the county) — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 卫生健康局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 妇幼保健院's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above ``序号 | 廉政风险点 |
  风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 渊泉镇卫生院's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column;
- the 柳园镇卫生院's 责任清单 under GROUP ROWS ``一、院领导`` / ``二、公共卫生科`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 三道沟镇卫生院's 自查表, one sheet a person (tab = the person): a label row ``姓　名 | 岗　位 |
  填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 西湖镇卫生院's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``guazhou_hospital_capital_levels``: the 人民医院's 岗位廉政风险防控一览表 is a plain list (``序号 |
  科室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, 科室 merged over its rows, 岗位 and
  责任人 over the person's, short types, a 填表人/审核人/date line) whose LEVELS ARE WRITTEN IN CAPITAL
  NUMERALS, the 大写数字 of accounts: ``壹级/贰级/叁级`` — no note explains them, no other level word
  stands in the file, the heading is the plain ``风险等级``. The shape is about HOW THE LEVEL IS
  WRITTEN. The README's 读得懂的表 knows ``高/中/低``, ``一级/二级/三级``, ``Ⅰ/Ⅱ/Ⅲ``, ``★``, ``较高/一般/
  较低``, ``高级/中级/低级``, ``一级腐败风险``, ``Ⅱ级风险点``, ``★★☆``, codes (``A/B/C``, ``甲类``, ``Ⅰ-01``)
  and words a note explains, an inverted scale a note states, numbers, colours, typefaces and
  marks; none describes the capital numerals ``壹/贰/叁`` (``grep -l -E '壹级|贰级|叁级'
  tests/published/batch*.py`` finds none, nor does the README). They need no note: ``壹级`` is
  ``一级`` written as a cheque writes it (a 财务科 habit), so a reader of the plain ``一级`` scale
  should read them 1/2/3; the question is whether it does, or calls them unreadable.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's 公立医疗机构医用耗材集中
采购和交易管理办法 — 遴选, 带量采购, 临时采购, 回款; where a 卫健委 stands in government — its 股室 and
duties over 医疗机构; a 国家疫苗接种技术指南 — 疫苗储存, 出入库, 接种, 检验; a 疑难危重孕产妇救治与转诊
工作方案 — 设备, 项目资金, 收费; the 中成药集中采购 policy — 基本药物, 药房, 出入库; a 预防接种副反应和
事故应急预案 — 公共卫生服务, 考核; a 预防接种门诊规范管理文件 — 门诊, 处方; a note on how long 疫苗销毁
记录 are kept — 处置登记, 后勤) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names);
every unit is a body of 瓜州县 (``unit_words=("瓜州县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch512`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``壹级/贰级/叁级`` are 1/2/3, as ``一级/二级/三级`` are (the capital numerals are the same numbers);
- ``院领导`` (the 人民医院's 科室 cell and the 柳园镇卫生院's group row) and ``局领导`` (the 卫生健康局's
  leaders' sheet) are the 科室 of those leaders; a 局's 股, a hospital's or 疾控中心's 科 and the
  卫生院's ``公共卫生科`` are 科室; a group row ``一、院领导`` gives the 科室 ``院领导``, ``二、公共卫生科``
  the 科室 ``公共卫生科`` (its number left off), as batch 280 did; the 妇幼保健院's cards and a
  卫生院's duty list, 自查表 and list name no 科室 (the body is the unit);
- every body is a unit of its own: 局长, 副局长, 院长 are leaders; 股长, a 科's 科主任/科长 middle;
  the rest (会计, 疫苗管理员, 检验员, 收费员, 药房药剂员, 门诊医生, 总务) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 疾控中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险`` and ``壹级/贰级/叁级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b512_"
PLACE = "瓜州县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
CAPITAL = {"壹级": 1, "贰级": 2, "叁级": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级 in capital numerals, 防控措施)])
HOSPITAL = [
    ("院领导", "院长", "闵鋆翚", "leader", [
        ("药品耗材遴选个人说了算", "制度机制", "壹级", "药事管理委员会集体遴选，会议纪要存档。"),
        ("接受供应商请托", "思想道德", "贰级", "领导干部插手登记报告，廉洁谈话。"),
    ]),
    ("药剂科", "科主任", "郜璟澐", "middle", [
        ("药品带量采购执行不到位", "业务流程", "壹级", "按集中采购约定量采购，每月通报执行进度。"),
        ("临时采购药品把关不严", "岗位职责", "贰级", "临时采购一品一审，报药事会备案。"),
    ]),
    ("财务科", "会计", "酆湲珞", "general", [
        ("药款支付不按合同约定", "岗位职责", "贰级", "付款凭合同、入库单两人复核。"),
        ("收受回款好处", "外部环境", "叁级", "签订廉洁承诺书，回款对公转账。"),
    ]),
]  # fmt: skip


def guazhou_hospital_capital_levels() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 10, 8, 10, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in HOSPITAL:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), CAPITAL[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年7月", None, None, None)
    return _layout(
        "guazhou_hospital_capital_levels",
        "https://abg.baidu.com/tags/zhxnxwwk2c42xqnc2k64drv37k43tuv52pb3vrfsys6k7vwqwle3tov2zw63xuwxxhomb3nq5s32qkgk2tinaki11",
        "(harder) 县人民医院 岗位廉政风险防控一览表, after the source's 医用耗材集中采购和交易管理办法 "
        "(遴选, 带量采购, 临时采购, 回款): a title, 序号/科室 merged (院领导, 药剂科, 财务科)/岗位 and 责任人 merged "
        "per person/廉政风险点/风险类型 (short)/风险等级 written in CAPITAL NUMERALS ``壹级/贰级/叁级`` (大写数字, "
        "no note, no other level word in the file)/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def guazhou_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}局领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("冼珝潆", "局长", "主持全面工作", [
            ("重大项目不经集体决策", "一级", "纳入“三重一大”，党组会集体研究。"),
            ("干预医疗机构设备采购", "二级", "领导干部插手登记报告制度。"),
        ]),
        ("鄢琸淏", "副局长", "分管医政", [
            ("绩效考核打分不公", "一级", "考核细则公开，结果公示。"),
            ("接受医疗机构宴请", "三级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "亓瑢沄", "middle", "医疗机构校验走过场", "一级", "校验两人现场核查，结果公示。"),
        ("规划财务股", "会计", "宦珺漪", "general", "专项资金拨付不及时", "二级", "资金拨付台账，按月对账。"),
        ("规划财务股", "会计", "宦珺漪", "general", "票据审核把关不严", "三级", "票据初审、复核分离。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "guazhou_bureau_two_sheets",
        "https://www.jrssaishi.com/tagdetail/卫健委归政府管吗.html",
        "县卫生健康局's file in two sheets, after the source's note on where a 卫健委 stands in government "
        "(股室, duties over 医疗机构): ``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 "
        "merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def guazhou_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    emer, lab = "免疫规划科", "检验科"
    rows = [
        (emer, "疫苗管理员", "general", "疫苗入库验收", "疫苗入库不查冷链记录，验收走过场", "岗位职责风险", "Ⅰ级",
         "入库两人验收，冷链记录存档。"),
        (emer, "疫苗管理员", "general", "疫苗调拨分发", "调拨不登记，疫苗流失", "制度机制风险", "Ⅱ级",
         "调拨凭审批单，定期盘点。"),
        (lab, "检验员", "general", "检测报告出具", "出具不实检测报告", "业务流程风险", "Ⅱ级",
         "报告三级审核，原始记录存档。"),
        (lab, "检验员", "general", "试剂耗材领用", "试剂多领少用，私自带出", "思想道德风险", "Ⅲ级",
         "领用登记，按月核对用量。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "guazhou_cdc_posts",
        "https://oa9158.com/tags/国家疫苗接种技术指南.html",
        "县疾病预防控制中心 廉政风险点排查表 对岗不对人, after the source's 国家疫苗接种技术指南 "
        "(疫苗储存, 出入库, 检验): a title, 序号/科室 merged (免疫规划科, 检验科)/岗位 merged per post/a "
        "short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制："
        "办公室 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def guazhou_maternal_cards() -> dict:
    unit = f"{PLACE}妇幼保健院"
    t = _Truth(unit)
    cards = [
        ("院长", "靳琰潼", "leader", [
            ("公共卫生科设备采购定向", "★★★", "采购需求集体论证，参数公开。"),
            ("项目资金使用不规范", "★★", "专项资金专账核算，年终审计。"),
        ]),
        ("收费员", "桓沛玥", "general", [
            ("收费不开票据", "★★", "收费一律开具票据，日清日结。"),
            ("私自减免费用", "★", "减免须审批，每月核查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "院长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "guazhou_maternal_cards",
        "https://abg.baidu.com/tags/xl7mjt6kuhjmtrgrz2r5nwgu2czpvof6x3enntwt5pl2vvppxgsnp55xxwylqmrqgeza14",
        "县妇幼保健院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 收费员), after the source's 疑难危重孕产妇救治与转诊工作方案 "
        "(设备, 项目资金, 收费): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line; ``持卡人（签字）： | 院长（签字）：``",
        sheets, t,
    )  # fmt: skip


def guazhou_yuanquan_duty_list() -> dict:
    unit = f"{PLACE}渊泉镇卫生院"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("院长", "雒珣滢", "leader", "绩效考核", "绩效分配不公开", "一级", "分配方案职工会讨论，结果公示。"),
        ("院长", "雒珣滢", "leader", "基本药物配备", "超范围采购非基本药物", "二级", "采购目录公开，药事小组审核。"),
        ("药房药剂员", "缪澈瑗", "general", "药品出入库", "药品账实不符", "二级", "出入库双人签字，按月盘点。"),
        ("药房药剂员", "缪澈瑗", "general", "过期药品处置", "过期药品处置不登记", "三级", "处置报批，登记销毁。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "guazhou_yuanquan_duty_list",
        "https://fengdujob.net/go/中成药集中采购政策文件有哪些内容.html",
        "镇卫生院 廉政风险防控责任清单, after the source's 中成药集中采购 policy (基本药物, 药房, 出入库): a "
        "title, 序号/岗位 and 姓名 merged per person/``职责事项`` before the 廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def guazhou_liuyuan_group_rows() -> dict:
    unit = f"{PLACE}柳园镇卫生院"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "覃瑷沨", "leader", [
                ("年终考核走过场", "一级风险", "考核细则公开，考核结果存档。"),
                ("设备维修费用不审核", "二级风险", "维修报批，完工验收签字。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科长", "郏琇湉", "middle", [
                ("公卫服务数据造假", "一级风险", "随机电话回访，抽查核实。"),
                ("补助资金发放不到位", "三级风险", "发放名单公示，村医签收。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "guazhou_liuyuan_group_rows",
        "https://abg.baidu.com/tags/2sslpqf52plnnofrw62nhjv2zxfmfook2otlzmouusylq13",
        "镇卫生院 廉政风险防控责任清单, after the source's 预防接种副反应和事故应急预案 (公共卫生服务, 考核): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、院领导``, ``二、公共卫生科`` merged across; 岗位 and 姓名 merged per person; no type column; "
        "制表/审核/date",
        [sh], t,
    )  # fmt: skip


def guazhou_sandaogou_selfchecks() -> dict:
    unit = f"{PLACE}三道沟镇卫生院"
    t = _Truth(unit)
    people = [
        ("晁珈澍", "院长", "leader", [
            ("处方点评流于形式", "高风险", "每月处方点评，结果通报。"),
            ("默许大处方", "中风险", "处方金额超限预警。"),
        ]),
        ("瞿沅璐", "门诊医生", "general", [
            ("开具人情处方", "中风险", "处方权限管理，抽查处方。"),
            ("收受药品回扣", "低风险", "签订廉洁行医承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "guazhou_sandaogou_selfchecks",
        "http://fengdujob.net/go/湖南省预防接种门诊规范管理文件.html",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 预防接种门诊"
        "规范管理文件 (门诊, 处方): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def guazhou_xihu_list() -> dict:
    unit = f"{PLACE}西湖镇卫生院"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院长", "隗琬沣", "leader", "科室考核奖惩不公", "岗位职责", "高", "奖惩标准公开，集体研究。"),
        ("院长", "隗琬沣", "leader", "接受医药代表宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("总务", "赧璎淙", "general", "后勤物资采购不比价", "业务流程", "中", "三家比价，采购留痕。"),
        ("总务", "赧璎淙", "general", "废旧物资处置不登记", "制度机制", "低", "处置审批，登记留存。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "guazhou_xihu_list",
        "https://www.zhetiaohe.com/ss/dfb47413a063fc0e8fc3da906a5dcaabd3171c9d13ca053f03d047c36b18e96b14a2b460c66e9d53c2e8cb05bbbd5d6c.html",
        "镇卫生院 廉政风险防控一览表, after the source's note on keeping 疫苗销毁记录 (处置登记, 后勤): a title, 序号/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    guazhou_hospital_capital_levels(),
    guazhou_bureau_two_sheets(),
    guazhou_cdc_posts(),
    guazhou_maternal_cards(),
    guazhou_yuanquan_duty_list(),
    guazhou_liuyuan_group_rows(),
    guazhou_sandaogou_selfchecks(),
    guazhou_xihu_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch512-inbox"))

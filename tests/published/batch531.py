"""The five-hundred-and-thirty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 林业 and
草原 bodies, 康乐县 (临夏回族自治州, 甘肃) — the 林业和草原局, two 国有林场 (莲麓, 八松), the
森林公安派出所, the 林业技术推广站 and the 林业站 of three 镇 (莲麓镇, 景古镇, 胭脂镇) — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 莲麓国有林场's file in two sheets ``场领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 森林公安派出所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 林业技术推广站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 莲麓镇林业站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在股室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 景古镇林业站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、资源管护组`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 胭脂镇林业站's 一览表: ``股室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 八松国有林场's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``kangle_forestry_bureau_holder_nation``: the 林业和草原局's 一览表 (``序号 | 股室 | 岗位 | 责任人 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``, 股室 merged, 岗位 and 责任人 merged per person, short
  types, 高/中/低) writes in every ``责任人`` cell THE HOLDER'S NAME WITH HIS NATIONALITY (民族)
  BRACKETED AFTER IT, as a 临夏 office asked to note it: ``鄦昶翾（回族）``, ``邗珝琤（东乡族）``,
  ``茆璟翊（汉族）``, ``亢曦沅（保安族）``. No note explains the bracket; the heading says only
  ``责任人``. The shape is about HOW THE HOLDER IS WRITTEN. The README's 读得懂的表 and the earlier
  batches know a bracket after the holder naming how the post is held (``（兼）``, ``（主持工作）``,
  ``（由所长兼任）``), the holder's 科室 or post, a seconded holder's home unit, his supervisor,
  his arrival date, his sex (``…（女）``), a 工号 or 警号 in a column or heading
  (``姓名（工号）``), personal details joined to the name in a HEADING (``姓名及政治面貌``); none
  is a bracket of the holder's 民族 after the name in a plain ``责任人`` column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (康乐县's 2015 造林 — 荒山造林,
退耕还林, 天保工程, 森林案件 and 林业行政案件; 康乐县's 育苗产业 — 以奖代补, 育苗协会; a 林场's check
of its 营林档案, 造林抚育 and 间伐抚育; a 森林派出所's daily work — 打击非法伐木, 防火巡查; a
林木采伐管理办法 — 采伐许可证, 更新造林; a 林业局's 苗木质量 检测 and 圃地 登记; the 莲花山
保护区's paper on 林业经济 in 临夏; a province's 造林种苗质量检查) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 康乐县
(``unit_words=("康乐县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch531`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the name BEFORE the closing ``（…族）`` bracket; the 民族 is a
  personal detail, no part of the name (as ``…（女）`` and ``姓名及政治面貌`` are read);
- ``场领导`` (the 林场's leaders' sheet) is the 科室 of those leaders, ``局领导`` that of the 局's;
  a 局's 股 or 室, a 林场's 股, a 站's 股 or 组 are 科室; a group row ``一、站领导`` gives the 科室
  ``站领导``, ``二、资源管护组`` the 科室 ``资源管护组`` (its number left off), as batches 280 and
  529 did; the 派出所's cards and the 八松国有林场's list name a 科室 only where a cell does (they
  name none); the 莲麓镇 站长's sheet writes ``林业站`` in ``所在股室`` and that is his 科室;
- every body is a unit of its own: a 局's 局长 and 副局长, a 林场's 场长 and 副场长, a 派出所's
  所长 and 教导员, a 站's 站长 and 副站长 are leaders; 股长 and 组长 are middle; the rest (技术员,
  护林员, 民警, 会计, 资源管理员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 推广站's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b531_"
PLACE = "康乐县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, 民族, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
NATIONS = [
    ("局领导", "副局长", "鄦昶翾", "回族", "leader", [
        ("退耕还林补助资金分配不公", "岗位职责", "高", "补助面积逐户核实，乡村两级公示。"),
        ("天保工程项目安排个人说了算", "制度机制", "中", "项目安排经局党组会议集体研究。"),
    ]),
    ("资源管理股", "股长", "邗珝琤", "东乡族", "middle", [
        ("林木采伐许可违规核发", "业务流程", "高", "采伐申请现地核实，股长、分管局长两级审签。"),
        ("征占用林地审核把关不严", "外部环境", "中", "审核材料清单化，结果网上公开。"),
    ]),
    ("资源管理股", "技术员", "茆璟翊", "汉族", "general", [
        ("伐区调查设计数据不实", "思想道德", "中", "设计成果抽样复核，签字存档。"),
    ]),
    ("草原站", "技术员", "亢曦沅", "保安族", "general", [
        ("草原补奖面积核定不准", "岗位职责", "低", "核定面积与确权数据比对，村级公示。"),
    ]),
]  # fmt: skip


def kangle_forestry_bureau_holder_nation() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 12, 9, 16, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, nation, tier, points in NATIONS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, f"{who}（{nation}）", point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年8月", None)
    return _layout(
        "kangle_forestry_bureau_holder_nation",
        "https://m.yybnet.net/linxia/kangle/201601/4089282.html",
        "(harder) 县林业和草原局 岗位廉政风险防控一览表, after the source's report on 康乐县's 造林 (荒山造林, 退耕还林, "
        "天保工程, 森林案件): 序号/股室 merged/岗位 and 责任人 merged per person, each 责任人 cell THE NAME WITH THE "
        "HOLDER'S 民族 BRACKETED AFTER IT ``鄦昶翾（回族）``/廉政风险点/short types/高/中/低/防控措施; no note; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kangle_lianlu_forest_farm_two_sheets() -> dict:
    unit = f"{PLACE}莲麓国有林场"
    t = _Truth(unit)
    lead = _Sheet("场领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("綦翊澂", "场长", "主持全面工作", [
            ("营造林工程发包定向委托", "一级", "工程发包进场交易，场务会研究。"),
            ("林场经费支出一支笔审批", "二级", "大额支出集体研究，县林草局备案。"),
        ]),
        ("於瑱翾", "副场长", "分管营林和护林防火", [
            ("抚育间伐作业验收走过场", "一级", "验收实行小班抽查，结果公示。"),
            ("防火物资采购虚报数量", "三级", "采购验收两人签字，入库登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "场领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("营林股", "股长", "郯珽璠", "middle", "造林档案记录与实际不符", "二级", "营林档案逐宗核查，场长审签。"),
        ("营林股", "股长", "郯珽璠", "middle", "苗木调运验收不严", "三级", "苗木到场两人清点，签字存档。"),
        ("财务股", "会计", "冼瑒翙", "general", "木材销售收入不入账", "一级", "销售票据连号使用，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "kangle_lianlu_forest_farm_two_sheets",
        "https://www.jxjaw.cn/viewnews-26629.html",
        "国有林场's file in two sheets, after the source's 林场 check of 营林档案, 造林抚育 and 间伐抚育: "
        "``场领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def kangle_forest_police_cards() -> dict:
    unit = f"{PLACE}森林公安派出所"
    t = _Truth(unit)
    cards = [
        ("所长", "缑曜琮", "leader", [
            ("涉林案件立案不立、以罚代刑", "★★★", "案件受立案网上流转，法制员审核。"),
            ("罚没木材处置不规范", "★★", "罚没物资登记造册，公开拍卖。"),
        ]),
        ("民警", "宓璆翀", "general", [
            ("防火巡查中收受好处放任野外用火", "★★", "巡查两人以上，执法记录仪全程记录。"),
            ("案件信息泄露给当事人", "★", "案件信息分级授权，定期检查。"),
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
        sh.add("持卡人（签字）：", None, "所领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "kangle_forest_police_cards",
        "https://www.bkwk.cn/article/jmnaslpcsshlsjydshz.html",
        "森林公安派出所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 民警), after the source's page on a "
        "森林派出所's daily work (打击非法伐木, 防火巡查): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/所领导 签字",
        sheets, t,
    )  # fmt: skip


def kangle_extension_station_posts() -> dict:
    unit = f"{PLACE}林业技术推广站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "种苗股", "推广股"
    rows = [
        (a, "技术员", "general", "育苗补助核查", "虚报育苗面积，套取以奖代补资金", "岗位职责", "Ⅰ级",
         "育苗面积实地丈量，村级公示。"),
        (a, "技术员", "general", "苗木质量检验", "降低标准出具合格证", "业务流程", "Ⅱ级",
         "检验样品双人封存，结果复核。"),
        (b, "股长", "middle", "培训经费使用", "虚列培训人数，套取培训经费", "制度机制", "Ⅰ级",
         "培训签到与影像资料存档，站务会审核。"),
        (b, "技术员", "general", "示范基地选定", "接受育苗大户宴请，优先安排示范", "外部环境", "Ⅲ级",
         "基地选定条件公开，集体研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：推广股", None, None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "kangle_extension_station_posts",
        "https://597mm.com/news/show.php?itemid=17721",
        "县林业技术推广站 廉政风险点排查表 对岗不对人, after the source's report on 康乐县's 育苗产业 (以奖代补, "
        "育苗协会): 股室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def kangle_lianlu_town_selfchecks() -> dict:
    unit = f"{PLACE}莲麓镇林业站"
    t = _Truth(unit)
    people = [
        ("雍珣璟", "站长", "leader", "林业站", [
            ("集体林木采伐初审放宽条件", "高风险", "初审结果村级公示，县局复核。"),
            ("更新造林检查验收不实", "中风险", "验收两人以上，影像存档。"),
        ]),
        ("桑璈翮", "护林员", "general", "资源管护组", [
            ("巡护发现盗伐不报告", "中风险", "巡护记录每日上传，站长抽查。"),
            ("护林员补助考核打人情分", "低风险", "考核结果公示，群众评议。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在股室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kangle_lianlu_town_selfchecks",
        "http://www.xyjlt.com/jslyzz-30424.html",
        "镇林业站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's 林木采伐管理办法 "
        "(采伐许可证, 更新造林): a label row ``姓　名 | 岗　位 | 所在股室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 镇意见：``",
        sheets, t,
    )  # fmt: skip


def kangle_jinggu_town_group_rows() -> dict:
    unit = f"{PLACE}景古镇林业站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("副站长", "逄翯璁", "leader", [
                ("苗圃登记数量弄虚作假", "一级风险", "苗圃登记册按季核对，县站复查。"),
                ("林地纠纷调处偏袒一方", "三级风险", "调处过程记录，村组干部参加。"),
            ]),
        ]),
        ("二、资源管护组", "资源管护组", [
            ("组长", "晏璘翥", "middle", [
                ("公益林管护面积核定不实", "一级风险", "管护面积与小班数据比对，公示。"),
                ("管护合同签订照顾亲友", "二级风险", "管护人员选聘公开，站务会研究。"),
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
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "kangle_jinggu_town_group_rows",
        "http://haywardtinfu.com/news/show.php?itemid=51390",
        "镇林业站 廉政风险防控责任清单, after the source's report on a 林业局's 苗木质量 检测 and 圃地 登记: "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、资源管护组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def kangle_yanzhi_town_list() -> dict:
    unit = f"{PLACE}胭脂镇林业站"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合股", "股长", "禤翾璨", "middle", "林业项目资金拨付审核不严", "制度机制风险", "中",
         "资金拨付凭验收单，站长审签。"),
        ("综合股", "股长", "禤翾璨", "middle", "办公经费报销虚开票据", "岗位职责风险", "低",
         "报销票据逐张审核，按季公开。"),
        ("资源股", "资源管理员", "郦琨翯", "general", "林下经济项目申报优亲厚友", "思想道德风险", "高",
         "申报名单村级公示，集体评审。"),
        ("资源股", "资源管理员", "郦琨翯", "general", "非法占用林地巡查不报", "外部环境风险", "中",
         "巡查记录上传，县局抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "站长（签字）：", None, None)
    return _layout(
        "kangle_yanzhi_town_list",
        "http://www.victorzhang.cn/page/2023/0415/23474679.shtml",
        "镇林业站 廉政风险防控一览表, after the source's paper on 林业经济 in 临夏 (莲花山保护区): 序号/股室 merged/"
        "岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; 填表人/审核人/站长 line",
        [sh], t,
    )  # fmt: skip


def kangle_basong_forest_farm_duty_list() -> dict:
    unit = f"{PLACE}八松国有林场"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副场长", "暨璠珩", "leader", "造林种苗采购", "指定供应商采购不合格苗木", "一级",
         "苗木采购比选，种苗质量抽检。"),
        ("副场长", "暨璠珩", "leader", "营林作业设计", "作业设计量身定做", "二级", "设计方案专家评审。"),
        ("护林员", "芈瑧翎", "general", "管护巡查", "巡查记录代签补记", "二级", "巡查轨迹定位，按月核对。"),
        ("护林员", "芈瑧翎", "general", "火源管控", "收受好处放任野外用火", "三级", "火源检查两人以上。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "kangle_basong_forest_farm_duty_list",
        "http://ccpef.org.cn/page177.html?article_id=1383",
        "国有林场 廉政风险防控责任清单, after the source's report on a province's 造林种苗质量检查: 序号/岗位 and 姓名 "
        "merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kangle_forestry_bureau_holder_nation(),
    kangle_lianlu_forest_farm_two_sheets(),
    kangle_forest_police_cards(),
    kangle_extension_station_posts(),
    kangle_lianlu_town_selfchecks(),
    kangle_jinggu_town_group_rows(),
    kangle_yanzhi_town_list(),
    kangle_basong_forest_farm_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch531-inbox"))

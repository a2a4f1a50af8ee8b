"""The four-hundred-and-ninety-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业农村
bodies, 静宁县 — its 农业农村局, 农业技术推广中心, 畜牧兽医中心, four 镇农业综合服务中心 (威戎镇, 城川镇,
仁大镇, 界石铺镇 — the county's own 镇) and, in the harder file, its 农村经营管理站 — each handing back
the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 农业农村局's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 农业技术推广中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 畜牧兽医中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 威戎镇农业综合服务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 城川镇农业综合服务中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 仁大镇农业综合服务中心's 责任清单 under GROUP ROWS ``一、领导岗位`` / ``二、工作人员`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 界石铺镇农业综合服务中心's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``jingning_jingguan_station_long_export``: the 农村经营管理站's 廉政风险点台账 as a system's
  LONG ("key | field | value") EXPORT: under a merged title and a ``填报单位`` line, ONE heading row
  ``记录编号 | 项　目 | 内　容`` (the heading names no field of a point: its middle column holds the
  field names, its last column their values); then every point is SEVEN CONSECUTIVE ROWS sharing
  one ``记录编号`` (``JG-01`` … written on EVERY row, not merged), the 项目 column running
  ``科室 | 岗位 | 责任人 | 风险点 | 风险类型 | 风险等级 | 防控措施`` and the 内容 column the values;
  no empty row between records, the record boundary told only by the change of 记录编号. So a
  record is a run of rows of one key, its fields going down, several holders on one sheet. The
  README's 读得懂的表 knows a 横放的表 (labels down one column, each 环节 a column across), a card's
  stacked ``label | value`` rows above a table, labelled lines inside one cell, a 数据透视表, a
  database export with field-code headings explained by a 数据字典, and (listed as known) a sheet of
  stacked labelled blocks of a point each with the value merged across and an empty row between
  blocks under no heading row (batch494); it does not describe a long export whose one heading row is
  ``记录编号 | 项目 | 内容`` — field names as DATA in a column under a heading, the record key
  repeated on each row, no separating empty rows. ``grep -il '记录编号\\|项　目\\|long export'
  tests/published/batch*.py`` finds none. (It is the nearest kin of batch494's blocks; the brief's
  time allowed no longer search for a shape further from the known ones, and that is said here.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 农村土地承包 rules —
承包方案 公示, 合同管理, 征地补偿; 静宁苹果 — 苗木, 新品种引进, 新技术推广; the 静宁苹果
采摘 season — 取袋, 储存, 销售信息; a paper on 基层畜牧兽医 动物防疫 and 检疫; a paper on 动物防疫条件审查
评估 — 选址, 养殖场; a paper on 农村集体经济审计 — 审计站, 集体资产; a paper on 承包地经营权 收益 —
流转, 村委会, 收益分配; a paper on 宅基地制度改革 — 确权, 有偿使用) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 静宁县
(``unit_words=("静宁县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch498`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each 记录编号 is one point: its ``科室``, ``岗位``, ``责任人`` rows are the point's
  holder, the records of one 科室 + 岗位 + 责任人 are one form; the ``风险点`` row's 内容 is the point,
  ``风险类型`` short types, ``风险等级`` 一级/二级/三级; the 记录编号, the 项目 names and the heading row
  are no points;
- ``局领导``, ``中心领导``, ``站领导`` (a 科室 cell or the leaders' sheet) are the 科室 of those leaders; a
  局's 股, a 中心's 股 and a 站's 股 are 科室; a 镇农业综合服务中心's card, 自查表 and lists name no 科室
  (the 中心 is the unit); the group rows ``一、领导岗位``, ``二、工作人员`` give no 科室 (they repeat the
  post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, 站长 are leaders; 股长
  middle; the rest (科员, 农技员, 防疫员, 检疫员, 会计, 审计员, 办事员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 畜牧兽医中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b498_"
PLACE = "静宁县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

HEADING = ("记录编号", "项　目", "内　容")
FIELDS = ("科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")

# (科室, 岗位, 责任人, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
STATION = [
    ("站领导", "站长", "郗曈蘅", "leader", [
        ("村级审计项目安排由个人决定", "制度机制", "一级", "审计计划站务会集体研究并公开。"),
        ("干预审计结论", "思想道德", "二级", "领导干部插手审计事项登记报告。"),
    ]),
    ("审计股", "股长", "璩沄翮", "middle", [
        ("村级财务审计走过场", "岗位职责", "一级", "审计两人以上，底稿股务会复核。"),
        ("接受村组宴请", "外部环境", "二级", "签订廉洁承诺书，拒收登记。"),
    ]),
    ("合同管理股", "办事员", "粟滟琚", "general", [
        ("土地承包合同鉴证把关不严", "业务流程", "二级", "鉴证材料股长复核，系统留痕。"),
        ("泄露承包纠纷当事人信息", "岗位职责", "三级", "纠纷档案专人保管，查阅登记。"),
    ]),
]  # fmt: skip


def jingning_jingguan_station_long_export() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("台账", [12, 12, 44])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点台账", 3)
    _line(sh, f"填报单位：{unit}{GAP * 2}导出时间：2025年6月", 3)
    sh.add(*HEADING)
    n = 0
    for dept, post, who, tier, points in STATION:
        for point, typ, lv, measures in points:
            n += 1
            values = (dept, post, who, point, typ, lv, measures)
            for field, value in zip(FIELDS, values, strict=True):
                sh.add(f"JG-{n:02d}", field, value)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    return _layout(
        "jingning_jingguan_station_long_export",
        "http://cuoac.com/legalconsultationfreepatform/ramjdwzrfe.html",
        "(harder) 县农村经营管理站 廉政风险点台账, after the source's 农村土地承包 rules (承包方案 公示, 合同管理, "
        "征地补偿): a title and a 填报单位 line, ONE heading row ``记录编号 | 项　目 | 内　容``, then a LONG export: "
        "SEVEN ROWS PER POINT sharing one 记录编号 (JG-01 … on every row), 项目 科室/岗位/责任人/风险点/风险类型 (short)/"
        "风险等级 ``一级/二级/三级``/防控措施 and their values in 内容; no empty rows between records",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingning_bureau_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "隗昉翛", "leader", [
            ("苹果产业扶持项目安排不公开", "制度机制", "高", "扶持项目党组会集体研究并公示。"),
            ("插手果园基地建设发包", "思想道德", "中", "领导干部插手工程登记报告。"),
        ]),
        ("种植业管理股", "股长", "滕霁湲", "middle", [
            ("苗木补贴对象审核把关不严", "岗位职责", "高", "补贴对象两人审核，结果村组公示。"),
        ]),
        ("产业发展股", "科员", "庹翙沅", "general", [
            ("新品种示范园验收不实", "业务流程", "中", "验收现场双人核定，照片存档。"),
            ("接受龙头企业礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "jingning_bureau_list",
        "https://gansuci.cn/2024/1018/446963.shtml",
        "县农业农村局 岗位廉政风险防控一览表, after the source's account of 静宁苹果 (苗木, 新品种引进, 新技术推广, "
        "基地): a title, 序号/科室 merged (局领导, 种植业管理股, 产业发展股)/岗位 and 责任人 merged per person/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jingning_extension_two_sheets() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯翎湝", "主任", "主持全面工作", [
            ("技术推广项目资金违规审批", "一级", "资金拨付双人审核、中心会议审定。"),
            ("示范户评选优亲厚友", "二级", "评选细则和结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("果树技术股", "股长", "甄沩昶", "middle", "取袋技术培训虚报人数", "一级", "培训签到拍照上传，股长复核。"),
        ("财务股", "会计", "濮沅翯", "general", "储存设施补助审核不实", "二级", "补助清单公示，双人审核。"),
        ("财务股", "会计", "濮沅翯", "general", "资金票据白条入账", "三级", "凭正式票据报账，主任审签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "jingning_extension_two_sheets",
        "http://m.guofenmi.net/wz/260917.html",
        "县农业技术推广中心's file in two sheets, after the source's account of the 静宁苹果 采摘 season (取袋, 储存, 销售信息): "
        "``中心领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jingning_animal_husbandry_posts() -> dict:
    unit = f"{PLACE}畜牧兽医中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    audit, rent = "动物防疫股", "检疫监督股"
    rows = [
        (audit, "股长", "middle", "防疫条件审查", "为选址不合规的养殖场出具审查意见", "岗位职责风险", "Ⅰ级",
         "审查结果两级审核并公示。"),
        (audit, "股长", "middle", "疫苗分发", "疫苗分发台账不实，优亲厚友", "制度机制风险", "Ⅱ级",
         "疫苗出入库系统登记。"),
        (rent, "检疫员", "general", "产地检疫出证", "不检疫即出具检疫证明", "业务流程风险", "Ⅰ级",
         "出证电子化，全程留痕。"),
        (rent, "检疫员", "general", "无害化处理核查", "接受养殖户好处虚报处理数量", "思想道德风险", "Ⅲ级",
         "处理现场拍照，定期抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "jingning_animal_husbandry_posts",
        "https://scholarmate.com/S/punhQF",
        "县畜牧兽医中心 廉政风险点排查表 对岗不对人, after the source's paper on 基层畜牧兽医 动物防疫 (检疫, "
        "养殖场区): a title, 序号/股室 merged (动物防疫股, 检疫监督股)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def jingning_weirong_cards() -> dict:
    unit = f"{PLACE}威戎镇农业综合服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "詹翥沨", "leader", [
            ("养殖场防疫条件初审放水", "★★★", "初审意见中心会议集体研究。"),
            ("动物防疫补助核定不实", "★★", "补助数量双人核定，村组签字。"),
        ]),
        ("防疫员", "邰翯沕", "general", [
            ("免疫记录补填造假", "★★", "免疫记录每日上传，定期抽查。"),
            ("收受养殖户好处通风报信", "★", "签订廉洁承诺，接受举报。"),
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
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "jingning_weirong_cards",
        "https://scholarmate.com/S/3raRJx",
        "镇农业综合服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 防疫员), after the source's paper on "
        "动物防疫条件审查评估 (选址, 养殖场, 风险评估): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def jingning_chengchuan_selfchecks() -> dict:
    unit = f"{PLACE}城川镇农业综合服务中心"
    t = _Truth(unit)
    people = [
        ("鄢翛湄", "主任", "leader", [
            ("村集体资源发包监督缺位", "高风险", "发包结果公示，回头看。"),
            ("三资清查数据不实", "中风险", "清查结果经审计，镇上审签。"),
        ]),
        ("鞠濯昀", "办事员", "general", [
            ("集体资产台账登记不全", "中风险", "台账两人核对，登记留痕。"),
            ("泄露举报人信息", "低风险", "举报信息保密，专人管理。"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jingning_chengchuan_selfchecks",
        "http://www.handmsg.com/page/2021/1214/12929616.shtml",
        "镇农业综合服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "paper on 农村集体经济审计 (审计站, 集体资产): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def jingning_renda_group_rows() -> dict:
    unit = f"{PLACE}仁大镇农业综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、领导岗位", [
            ("主任", "闫翮澂", "leader", [
                ("集体资产处置未经五议两公开", "一级风险", "处置事项村民代表会议表决并公示。"),
                ("公车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("会计", "殳沄翙", "general", [
                ("村级账务代理记账不实", "一级风险", "凭证两人复核，系统留痕。"),
                ("集体收益分配资金发放不及时", "二级风险", "分配资金直接拨付到户。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "jingning_renda_group_rows",
        "https://fx361.cc/page/2019/0312/15996837.shtml",
        "镇农业综合服务中心 廉政风险防控责任清单, after the source's paper on 承包地经营权 收益 (流转, 村委会, 收益分配): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、领导岗位``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def jingning_jieshipu_list() -> dict:
    unit = f"{PLACE}界石铺镇农业综合服务中心"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "蒍澍岍", "leader", "宅基地申请初审把关不严", "岗位职责", "高", "初审意见两人复核并公示。"),
        ("主任", "蒍澍岍", "leader", "接受施工方宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("农技员", "禤翀沚", "general", "宅基地确权面积擅改", "业务流程", "中", "确权面积村组公示。"),
        ("农技员", "禤翀沚", "general", "确权档案管理不规范", "制度机制", "低", "档案专人管理，查阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "jingning_jieshipu_list",
        "https://m.fx361.cc/news/2018/0307/3114940.html",
        "镇农业综合服务中心 廉政风险防控一览表, after the source's paper on 宅基地制度改革 (确权, 有偿使用, 民主管理): a title, "
        "a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingning_jingguan_station_long_export(),
    jingning_bureau_list(),
    jingning_extension_two_sheets(),
    jingning_animal_husbandry_posts(),
    jingning_weirong_cards(),
    jingning_chengchuan_selfchecks(),
    jingning_renda_group_rows(),
    jingning_jieshipu_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch498-inbox"))

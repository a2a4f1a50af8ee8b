"""The four-hundred-and-sixty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政 bodies,
卓尼县 (a county of 甘南) — its 社会福利中心, 殡仪服务站 and 救助管理站, the 民政所 of four of its
towns (柳林镇, 木耳镇, 扎古录镇, 纳浪镇) and, in the harder file, its 民政局 — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 社会福利中心's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 殡仪服务站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 救助管理站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 柳林镇民政所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 木耳镇民政所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 扎古录镇民政所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 纳浪镇民政所's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``zhuoni_civil_bureau_one_cell``: the 民政局's 一览表 PASTED WHOLE INTO ONE CELL. Someone copied the
  table (from Word or another workbook) and pasted it while the cell was in edit mode (double-click,
  or into the formula bar), so Excel/WPS put ALL OF IT, heading included, into the single cell A2:
  the lines of the table are parted by line breaks and the fields of each line by TAB characters
  (``序号⇥科室⇥岗位⇥责任人⇥廉政风险点⇥风险类型⇥风险等级⇥防控措施`` then one line a point; the 科室,
  post and holder written on every line as a copied grid gives them). The cell is merged across
  A2:H2 and made tall; A1 holds the title, A3 a 编制人/审核人/date line. So the sheet has no grid of
  cells at all: every field of every point stands inside one cell. The README's 读得懂的表 knows a
  table typed ONE LINE A CELL with fields parted by typed spaces, a Word record pasted over several
  rows under a merged 序号, points and measures parted inside a cell (numbered, ``；``, arrows,
  ``风险点1：…⏎防控措施1：…``), and a PDF turned to Excel; it does not describe a whole table, heading
  and all rows, in ONE cell with tab-parted fields.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市民政局's 殡葬系统 摸排整改 —
超范围经营, 遗体运送, 殡葬服务机构; a 市's 城乡低保与特困救助 — 特困供养, 低保审核; a 县's 殡仪馆
自查 — 遗体接运, 死亡证明, 火化手续, 信息化; a 市救助管理站 in 春运 — 返乡车票, 骗票, 遇困人员; a 镇
民政科's 入户调查 — 低保, 低边, 特困, 应保尽保, 应退尽退; a 县's 农村公益性公墓 — 镇级公墓, 收费标准;
a 县's 殡葬改革 — 乡镇殡葬服务站, 遗体接送, 火化补贴; 低边 standards and 殡葬服务 free of charge)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names); every unit is a body of
卓尼县.

Run ``python tests/published/score.py --set batch466`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each line of cell A2 after the heading line is one record read as the grid
  row it was copied from: the point is its ``廉政风险点`` field, the 科室, post and holder its own
  fields, the type and level its ``风险类型`` and ``风险等级`` fields; the heading line, the title in A1
  and the 编制人 line in A3 are no points; the forms are on sheet ``一览表``;
- ``局领导``, ``中心领导``, ``站领导`` (a 科室/股室 cell or the leaders' sheet) are the 科室 of those
  leaders; a 局's 股, a 中心's 部 and 股, a 站's 股 are 科室; a 民政所 has no 科室: its group rows
  ``一、所领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, 站长, 副站长, 所长 and
  副所长 are leaders; 股长 and 部长 middle; the rest (会计, 出纳, 护理员, 接运员, 火化工, 救助员,
  经办员, 民政干事, 协理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 殡仪服务站's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b466_"
PLACE = "卓尼县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TAB = "\t"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

ONE_CELL_HEAD = ("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")

# (科室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "厍翾湝", "leader", [
        ("殡葬服务机构监管中对超范围经营不查处", "岗位职责", "高", "殡葬服务机构每季度联合检查，结果通报。"),
        ("民政资金分配不经党组集体研究", "制度机制", "高", "资金分配方案党组会研究，纪要存档。"),
    ]),
    ("局领导", "副局长", "貟沄珝", "leader", [
        ("社会组织年检中打招呼、说情", "思想道德", "中", "年检结果网上公示，接受举报。"),
    ]),
    ("社会救助股", "股长", "沃浛琤", "middle", [
        ("低保审核确认优亲厚友、人情保", "外部环境", "高", "审核结果村、镇、县三级公示。"),
        ("特困人员认定把关不严", "业务流程", "中", "认定材料双人审核，入户核查留影像。"),
    ]),
    ("财务股", "会计", "郏滢玥", "general", [
        ("救助资金不按时足额发放", "业务流程", "中", "资金通过一卡通直达，按月对账。"),
        ("票据审核不严，虚列支出", "岗位职责", "低", "报销票据逐张审核，股长复签。"),
    ]),
]  # fmt: skip


def one_cell_text() -> str:
    """The whole table as it stands in cell A2: lines parted by line breaks, fields by tabs."""
    lines = [TAB.join(ONE_CELL_HEAD)]
    n = 0
    for dept, post, who, _tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            lines.append(TAB.join((str(n), dept, post, who, point, typ, lv, measures)))
    return "\n".join(lines)


def zhuoni_civil_bureau_one_cell() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [8, 12, 10, 10, 36, 10, 8, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, one_cell_text(), 8)
    for dept, post, who, tier, points in BUREAU:
        for point, typ, lv, _measures in points:
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "zhuoni_civil_bureau_one_cell",
        "https://21eluxury.com/html/.mzjgzdtgzjb.201806t20180626_723653.shtml.html",
        "(harder) 县民政局 岗位廉政风险防控一览表, after the source's 殡葬系统 摸排整改 (殡葬服务机构, 超范围经营, 遗体运送): "
        "the WHOLE TABLE PASTED INTO ONE CELL (A2, merged across A2:H2): its lines parted by line breaks, the fields "
        "of each line by TAB characters — the heading 序号/科室/岗位/责任人/廉政风险点/风险类型/风险等级/防控措施, then "
        "one line a point with 科室 (局领导, 社会救助股, 财务股), post and holder on every line, short types, 高/中/低; "
        "a title in A1 and an 编制人/审核人/date line in A3",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhuoni_welfare_center_list() -> dict:
    unit = f"{PLACE}社会福利中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "禚湉峤", "leader", [
            ("特困供养对象入住审批不按程序", "制度机制", "高", "入住名单主任办公会研究并公示。"),
            ("护理服务外包选择关系单位", "思想道德", "中", "外包服务公开比选。"),
        ]),
        ("供养部", "部长", "蒯珺沨", "middle", [
            ("供养对象伙食费克扣挪用", "岗位职责", "高", "伙食账目每月公示，老人代表监督。"),
        ]),
        ("供养部", "护理员", "祁沚琰", "general", [
            ("收受供养对象亲属财物", "外部环境", "中", "护理员签订廉洁承诺书。"),
            ("护理记录补记、虚记", "业务流程", "低", "护理记录当班填写，部长抽查。"),
        ]),
        ("财务股", "出纳", "晁滢翙", "general", [
            ("供养金发放不按名册", "业务流程", "中", "发放名册与低保系统比对。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "zhuoni_welfare_center_list", "http://www.nanan.gov.cn/zwgk/zfxxgkzdgz/shjzhshfl/cxdbytkjz/",
        "县社会福利中心 岗位廉政风险防控一览表, after the source's 城乡低保与特困救助 (特困供养, 供养金): a title, 序号/科室 "
        "merged (中心领导, 供养部, 财务股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/高/中/低/防控措施; "
        "an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhuoni_funeral_station_posts() -> dict:
    unit = f"{PLACE}殡仪服务站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, carry, fire = "站领导", "接运股", "火化股"
    rows = [
        (lead, "站长", "leader", "殡葬用品采购", "殡葬用品采购指定供应商，价格虚高", "制度机制风险", "Ⅰ级",
         "用品采购三家比价，价格公示。"),
        (lead, "站长", "leader", "收费项目管理", "擅自增设收费项目、捆绑收费", "岗位职责风险", "Ⅱ级",
         "收费项目和标准上墙公示。"),
        (carry, "接运员", "general", "遗体接运", "不按受理顺序派车，向丧属索要好处", "外部环境风险", "Ⅰ级",
         "派车按登记顺序，一车一单。"),
        (carry, "接运员", "general", "死亡证明查验", "死亡证明查验不严即接运", "业务流程风险", "Ⅲ级",
         "接运前核对死亡证明并留存复印件。"),
        (fire, "火化工", "general", "火化顺序安排", "私自调整火化顺序收受好处", "思想道德风险", "Ⅱ级",
         "火化顺序电子排号，丧属签字确认。"),
        (fire, "火化工", "general", "骨灰交接", "骨灰交接不登记", "业务流程风险", "Ⅲ级",
         "骨灰实名编号领取。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhuoni_funeral_station_posts", "https://www.ahjinzhai.gov.cn/public/6596371/27625921.html",
        "县殡仪服务站 廉政风险点排查表 对岗不对人, after the source's 殡仪馆 自查 (遗体接运, 死亡证明, 火化手续): a title, "
        "序号/股室 merged (站领导, 接运股, 火化股)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：综合股 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def zhuoni_rescue_station_two_sheets() -> dict:
    unit = f"{PLACE}救助管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宓翀沅", "站长", "主持全面工作", [
            ("救助经费使用不经集体研究", "一级", "经费支出站务会研究。"),
            ("受助人员生活物资采购不比价", "二级", "物资采购三家比价。"),
        ]),
        ("逯涴璘", "副站长", "分管救助业务", [
            ("返乡车票发放把关不严、被骗票", "一级", "车票实名购买，发放登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("救助股", "股长", "冼滟翀", "middle", "受助人员登记信息不实", "二级", "入站登记核对身份信息。"),
        ("救助股", "救助员", "庹沨珈", "general", "救助物品私自截留", "二级", "物品发放受助人签字。"),
        ("综合股", "会计", "邴湜瑗", "general", "救助资金报销票据不实", "一级", "票据逐张审核，按月对账。"),
        ("综合股", "会计", "邴湜瑗", "general", "现金管理不规范", "三级", "现金日清月结。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "zhuoni_rescue_station_two_sheets", "http://news.big5.enorth.com.cn/system/2018/02/02/034982733.shtml",
        "县救助管理站's file in two sheets, after the source's 救助管理站 in 春运 (返乡车票, 骗票, 遇困人员): ``站领导`` "
        "with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; levels ``一级/二级/三级``; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhuoni_liulin_office_cards() -> dict:
    unit = f"{PLACE}柳林镇民政所"
    t = _Truth(unit)
    cards = [
        ("所长", "訾翯湲", "leader", [
            ("低保入户调查走过场", "★★★", "入户调查两人以上，留存影像。"),
            ("临时救助审批随意", "★★", "临时救助所务会研究并公示。"),
        ]),
        ("民政干事", "麴澂玥", "general", [
            ("低边家庭信息录入不实", "★★", "录入信息与核对报告比对。"),
            ("应退未退低保对象不上报", "★", "动态管理台账每月更新。"),
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
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "zhuoni_liulin_office_cards", "http://www.tzzx.net/1/189269/2023/10/28505268.html",
        "镇民政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 民政干事), after the source's 镇民政科 入户调查 (低保, "
        "低边, 特困, 应保尽保, 应退尽退): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def zhuoni_muer_office_selfchecks() -> dict:
    unit = f"{PLACE}木耳镇民政所"
    t = _Truth(unit)
    people = [
        ("戢沛琮", "副所长", "leader", [
            ("镇级公墓墓穴安排照顾关系户", "高风险", "墓穴按顺序安排，结果公示。", "已落实"),
            ("公墓收费超标准", "中风险", "收费标准上墙公示。", "未发现问题"),
        ]),
        ("仉湄璇", "经办员", "general", [
            ("特困供养金发放名册虚列人员", "中风险", "名册村委会签字确认。", "已落实"),
            ("救助档案整理不及时", "低风险", "档案按月归档。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhuoni_muer_office_selfchecks", "http://www.kmyl.gov.cn/c/2020-03-16/4107381.shtml",
        "镇民政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 农村公益性公墓 "
        "(镇级公墓, 收费标准): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def zhuoni_zhagulu_office_group_rows() -> dict:
    unit = f"{PLACE}扎古录镇民政所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", [
            ("所长", "亓湝翎", "leader", [
                ("火化补贴审核不严、重复发放", "一级风险", "补贴发放与火化证明逐一核对。"),
                ("殡葬服务站运行经费使用不规范", "二级风险", "经费支出镇财政所审核。"),
            ]),
        ]),
        ("二、工作人员", [
            ("协理员", "仵澜珩", "general", [
                ("遗体接送登记弄虚作假", "一级风险", "接送登记与殡仪服务站台账比对。"),
                ("殡改宣传物资私自挪用", "三级风险", "宣传物资领用登记。"),
            ]),
            ("协理员", "鄢沁玶", "general", [
                ("散埋乱葬排查漏报", "二级风险", "排查台账所长签字。"),
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
        "zhuoni_zhagulu_office_group_rows", "https://m.sboyo.com/1/1381686.html",
        "镇民政所 廉政风险防控责任清单, after the source's 殡葬改革 (乡镇殡葬服务站, 遗体接送, 火化补贴): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhuoni_nalang_office_list() -> dict:
    unit = f"{PLACE}纳浪镇民政所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "郦翊湫", "leader", "低边家庭认定打招呼", "思想道德", "中", "认定结果公示七天。"),
        ("所长", "郦翊湫", "leader", "救灾物资分配不公", "制度机制", "高", "物资分配方案所务会研究。"),
        ("经办员", "阙沅璆", "general", "低保金发放数据篡改", "岗位职责", "高", "发放数据与银行每月核对。"),
        ("经办员", "阙沅璆", "general", "殡葬惠民补贴虚报冒领", "业务流程", "中", "补贴名册村委会签字确认。"),
        ("协理员", "劭滢珖", "general", "入户核查不实", "外部环境", "低", "核查两人以上，影像存档。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "zhuoni_nalang_office_list", "https://hztv.hangzhou.com.cn/detail/41741.html",
        "镇民政所 廉政风险防控一览表, after the source's 低边 standards and 殡葬服务 free of charge: a title, a merged "
        "``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhuoni_civil_bureau_one_cell(),
    zhuoni_welfare_center_list(),
    zhuoni_funeral_station_posts(),
    zhuoni_rescue_station_two_sheets(),
    zhuoni_liulin_office_cards(),
    zhuoni_muer_office_selfchecks(),
    zhuoni_zhagulu_office_group_rows(),
    zhuoni_nalang_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch466-inbox"))

"""The four-hundred-and-seventy-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 水务
bodies, 麦积区 (a district of 天水) — its 河湖长制工作中心, 水土保持工作站 and 农村供水管理站, the 水利管理站
of four of its towns (甘泉镇, 社棠镇, 花牛镇, 中滩镇) and, in the harder file, its 水务局 — each handing
back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 河湖长制工作中心's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk,
  short types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 水土保持工作站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 农村供水管理站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 甘泉镇水利管理站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 社棠镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 花牛镇 one's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 中滩镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``maiji_bureau_holder_headings``: the 水务局's 一览表, ONE BLOCK A HOLDER, EACH BLOCK OPENED BY ITS OWN
  COPY OF THE HEADING ROW IN WHICH THE TWO HEADING CELLS OVER THE POST AND HOLDER COLUMNS ARE OVERTYPED
  WITH THAT HOLDER'S POST AND NAME: ``序号 | 副局长 | 厍昶翀 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``,
  then the holder's point rows (序号 1, 2 … starting again in every block) with those two columns
  left empty. No row of the sheet says ``岗位`` or ``责任人``: the columns' meaning is given only by
  their place under the holder's post and name inside a heading row that is otherwise the usual
  one (what an office gets when it copies the heading over each person's block and types the
  person into it). The README's 读得懂的表 knows a heading typed again mid-table (pasted page by
  page, 续表, each business item repeating it — the heading always naming its fields), group rows
  above each holder's rows (``一、主任　禚铭远``, ``社会救助股　股长：眭绮云``, merged across or in the
  first cells, with no heading words in them), a post and name written in each group's middle row,
  cards stacked one under another each with a ``姓名 | … | 职务 | …`` line above its own heading,
  a column heading naming a post and its holder in a table of one column a post (``村文书⏎漆语桐``);
  it does not describe a heading row that is at once the heading of the table's fields and the
  holder line of the rows under it (field names and a post and a name side by side in one row,
  again for every holder). ``grep -li overtyp tests/published/batch*.py`` finds only this
  batch.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an inspection of 麦积区's own
水利水保 works — 节水灌溉, 梯田, 农村饮水安全, 渭惠渠; the 河长制 and its 虚假巡河; the steps of a 水土保持方案's
审批 and 后续监管; the 水费 of 农村供水 works; the 县、乡、村 duties for 农村饮水安全 works; a city's 河长制
工作方案; a survey of 农村供水 works' 建设 and 运行管护; a 天水 county 水务局's year — 小流域, 巡河, 堤防) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names); every unit is a body
of 麦积区.

Run ``python tests/published/score.py --set batch478`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each heading row's post and name cells name the holder of the point rows
  under it, up to the next heading row; the heading rows themselves are no points; the 水务局's
  list has no 科室 column and gives no 科室;
- ``中心领导``, ``站领导`` (a 科室 cell or the leaders' sheet) are the 科室 of those leaders; a 中心's
  or 站's 室/股 are 科室; a 镇水利管理站 has no 科室: its group rows ``一、站领导``, ``二、工作人员``
  give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任, a 站's 站长 and 副站长 are leaders; 科长
  middle; the rest (科员, 会计, 水政监察员, 监督员, 检测员, 水管员, 水利员, 技术员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 水土保持工作站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b478_"
PLACE = "麦积区"
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

# (岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局长", "郗翯沄", "leader", [
        ("水利项目资金安排个人说了算", "制度机制", "高", "资金安排方案经局党组会集体研究。"),
        ("插手渭河堤防工程招标", "岗位职责", "高", "领导干预插手工程登记报告。"),
    ]),
    ("副局长", "厍昶翀", "leader", [
        ("梯田建设验收把关不严", "业务流程", "高", "验收实行区、镇、村三方签字。"),
        ("饮水安全工程变更签证随意", "业务流程", "中", "变更签证经监理和设计复核。"),
        ("接受施工企业宴请", "思想道德", "低", "节前廉洁提醒，拒收登记。"),
    ]),
    ("会计", "戚翾珖", "general", [
        ("工程款支付不凭进度单", "岗位职责", "中", "支付凭监理进度单和股室意见。"),
        ("专项资金混用挪用", "制度机制", "高", "专项资金专账核算，按月对账。"),
    ]),
    ("水政监察员", "仉湉翃", "general", [
        ("河道采砂违法查处降格处理", "外部环境", "中", "处罚决定集体审理，结果公开。"),
    ]),
]  # fmt: skip

HEAD = ("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")


def maiji_bureau_holder_headings() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("一览表", [6, 10, 10, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    for post, who, tier, points in BUREAU:
        # the block's heading: the 岗位 and 责任人 heading cells overtyped by the holder's post and name
        sh.add(HEAD[0], post, who, *HEAD[3:])
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, None, None, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "maiji_bureau_holder_headings",
        "http://yhg994208.cn/news/mj/2008110315045570310.htm",
        "(harder) 区水务局 岗位廉政风险防控一览表, after the source's 观摩 of 麦积区's 水利水保 works (节水灌溉, 梯田, "
        "农村饮水安全, 渭惠渠 and 防洪 works, 水利资金): a title, then one block a holder, each OPENED BY ITS OWN COPY OF "
        "THE HEADING ROW whose 岗位 and 责任人 cells are overtyped with the holder's post and name (``序号 | 副局长 | "
        "厍昶翀 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``); the point rows below (序号 1, 2 … again in each "
        "block) leave those two columns empty; short types, 高/中/低; no heading row names 岗位 or 责任人 anywhere; "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def maiji_river_center_list() -> dict:
    unit = f"{PLACE}河湖长制工作中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蔺翙洺", "leader", [
            ("河湖长履职考核打分照顾关系", "制度机制", "高", "考核细则公开，结果集体审定。"),
            ("河道保洁经费分配不公", "岗位职责", "中", "经费分配方案公示。"),
        ]),
        ("督查室", "科长", "滕珝沣", "middle", [
            ("巡河记录核查走过场，虚假巡河不报告", "业务流程", "高", "巡河轨迹系统比对，问题清单销号。"),
        ]),
        ("督查室", "科员", "缑昉珩", "general", [
            ("暗访中泄露督办线索", "思想道德", "中", "督办线索专人登记保管。"),
            ("四乱问题整改验收放宽标准", "外部环境", "低", "整改验收拍照留存，两人签字。"),
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
        "maiji_river_center_list",
        "https://fx361.cc/page/2023/0310/23025589.shtml",
        "区河湖长制工作中心 岗位廉政风险防控一览表, after the source's account of 河长制 (河长履职, 虚假巡河, 谎报少报, 主管部门 "
        "协同): a title, 序号/科室 merged (中心领导, 督查室)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def maiji_soil_station_posts() -> dict:
    unit = f"{PLACE}水土保持工作站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, sup = "站领导", "监督股"
    rows = [
        (lead, "站长", "leader", "水土保持方案技术审查", "组织专家审查时打招呼，为不合格方案放行", "制度机制风险", "Ⅰ级",
         "审查专家随机抽取，意见全文存档。"),
        (lead, "站长", "leader", "小流域治理项目安排", "治理项目向关系村倾斜", "岗位职责风险", "Ⅱ级",
         "项目安排经站务会研究并公示。"),
        (sup, "监督员", "general", "生产建设项目监督检查", "检查中对弃渣乱倒睁一只眼闭一只眼", "业务流程风险", "Ⅰ级",
         "检查两人以上，现场拍照留痕。"),
        (sup, "监督员", "general", "水土保持设施验收核查", "收受好处为未达标设施出具核查意见", "思想道德风险", "Ⅱ级",
         "核查意见股室复核。"),
        (sup, "监督员", "general", "补偿费征收台账", "台账登记不全，少征漏征", "业务流程风险", "Ⅲ级",
         "征收台账与审批清单按月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "maiji_soil_station_posts",
        "http://hebeixinshihe.cn/html/product/gonggongchangsuoweis/show_179.html",
        "区水土保持工作站 廉政风险点排查表 对岗不对人, after the source's steps of a 水土保持方案's 审批 (受理审查, 专家 "
        "技术审查, 审批决定, 后续监管): a title, 序号/科室 merged (站领导, 监督股)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def maiji_supply_station_two_sheets() -> dict:
    unit = f"{PLACE}农村供水管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("甯翊渼", "站长", "主持全面工作", [
            ("供水工程维修养护项目指定施工方", "一级", "维修项目比选，结果公示。"),
            ("水费减免审批照顾关系户", "二级", "减免名单村级公示、站务会审定。"),
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
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("水费管理室", "科长", "逄翀昀", "middle", "水费收缴截留坐支", "一级", "水费进专户，票据连号管理。"),
        ("水质检测室", "检测员", "佴湝翎", "general", "水质检测数据造假", "二级", "检测原始记录双人签字。"),
        ("水质检测室", "检测员", "佴湝翎", "general", "检测试剂采购收取回扣", "三级", "试剂采购三家询价。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "maiji_supply_station_two_sheets",
        "http://www.gcylw.com/news/196.html",
        "区农村供水管理站's file in two sheets, after the source's 农村供水 水费 (水费收缴, 特殊群体补助, 运行管护): "
        "``站领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def maiji_ganquan_station_cards() -> dict:
    unit = f"{PLACE}甘泉镇水利管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "訾翃澈", "leader", [
            ("集雨节灌工程验收签字不到场", "★★★", "验收现场拍照，镇村两级签字。"),
            ("站办公经费报销不实", "★★", "报销票据两人审核。"),
        ]),
        ("水管员", "隗昀泷", "general", [
            ("灌溉用水分配优亲厚友", "★★", "配水计划村级公示。"),
            ("接受用水户土特产", "★", "节前廉洁提醒，拒收登记。"),
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
        "maiji_ganquan_station_cards",
        "https://www.zhemaiyun.com/news/2005948460171419648",
        "镇水利管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 水管员), after the source's 县、乡、村 三级 "
        "duties for 农村饮水安全 works (乡镇 组织协调 and 质量监管, 村 管护): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def maiji_shetang_station_selfchecks() -> dict:
    unit = f"{PLACE}社棠镇水利管理站"
    t = _Truth(unit)
    people = [
        ("亓翮瀛", "副站长", "leader", [
            ("防汛物资发放不登记", "高风险", "物资出入库台账，领用人签字。"),
            ("山洪灾害预警值班脱岗", "中风险", "值班记录镇纪委抽查。"),
        ]),
        ("芮沄翯", "水利员", "general", [
            ("渠道清淤工程量虚报", "中风险", "清淤前后拍照比对。"),
            ("向农户收取放水费", "低风险", "收费政策张贴公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "maiji_shetang_station_selfchecks",
        "http://www.jilintou.com/news/newsshow654.aspx",
        "镇水利管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's city 河长制 "
        "工作方案 (乡镇 河长, 河湖日常管护, 防洪, 考核): a title, a label row "
        "``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def maiji_huaniu_station_group_rows() -> dict:
    unit = f"{PLACE}花牛镇水利管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "鄂翛澂", "leader", [
                ("提灌工程维修资金拨付不按程序", "一级风险", "拨付经镇财政所和站长两签。"),
                ("公务车辆私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("技术员", "笪翾淏", "general", [
                ("节水灌溉工程计量签证虚增", "一级风险", "计量签证监理、村、站三方签字。"),
                ("泄露工程标底", "二级风险", "标底资料专人保管。"),
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
        "maiji_huaniu_station_group_rows",
        "https://fx361.cc/page/2018/0831/17547988.shtml",
        "镇水利管理站 廉政风险防控责任清单, after the source's survey of 农村供水 works (四制, 竣工验收, 运行管护, 水费收取率): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def maiji_zhongtan_station_list() -> dict:
    unit = f"{PLACE}中滩镇水利管理站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "谯翀渫", "leader", "河道清障工程发包不比选", "岗位职责", "中", "发包事项站务会研究并公示。"),
        ("站长", "谯翀渫", "leader", "巡河补助名单虚报", "思想道德", "高", "补助名单与巡河记录核对。"),
        ("会计", "昝昫湘", "general", "代管村级水利资金挪用", "业务流程", "高", "资金进镇代管账户，按月对账。"),
        ("会计", "昝昫湘", "general", "会计档案保管不善丢失", "制度机制", "低", "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "maiji_zhongtan_station_list",
        "http://www.hjtengyue.cn/html/1651/2025-10-24/content-629731.html",
        "镇水利管理站 廉政风险防控一览表, after the source's account of a 天水 county 水务局's year (小流域治理, 河湖长 巡河, "
        "堤防, 农村供水): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    maiji_bureau_holder_headings(),
    maiji_river_center_list(),
    maiji_soil_station_posts(),
    maiji_supply_station_two_sheets(),
    maiji_ganquan_station_cards(),
    maiji_shetang_station_selfchecks(),
    maiji_huaniu_station_group_rows(),
    maiji_zhongtan_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch478-inbox"))

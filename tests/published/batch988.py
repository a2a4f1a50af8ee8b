"""The nine-hundred-and-eighty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES of one county's TOWNS, their 站所 and their
VILLAGES, and one 县直 department, 安远县 (赣州市, 江西省) — the 孔田镇林业工作站, the 鹤子镇财政所, the
版石镇水利站, the 镇岗乡老围村's 村级小微权力清单, the 三百山镇虎岗村's 村干部廉政风险点, the 龙布镇合心村's
村干部自查表, the 县农业农村局 and the 欣山镇人民政府's 站所 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 孔田镇林业工作站's 一览表: ``岗位 | 姓名`` merged per person, ``…风险`` types,
  ``高风险/中风险/低风险`` and a ``注：`` line; no 科室;
- the 鹤子镇财政所's 防控卡, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 | …``
  and a merged 岗位职责 line, short types under ``风险类别``, ``一级/二级/三级``;
- the 版石镇水利站's 排查表: ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long
  ``风险表现``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 镇岗乡老围村's 村级小微权力廉政风险防控清单: ``权力事项 | 责任岗位 | 责任人 | 廉政风险点 | 风险等级
  | 防控措施 | 监督主体``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column; the 监督主体 (``村务监督委员会``) names no
  holder;
- the 三百山镇虎岗村's 村干部廉政风险点一览表: ``职务 | 姓名`` merged per person, ``…类`` types under
  ``风险类别``, ``一级风险/二级风险/三级风险``;
- the 龙布镇合心村's 村干部廉政风险自查表, one sheet a person: a label row ``姓　名 | 职　务 | 自查日期``
  over a row of values, 高/中/低, ``防控措施 | 自查情况``, no type column;
- the 县农业农村局's 一览表 under a 填报单位（盖章） line: ``股室`` merged, ``职务 | 姓名`` merged per
  person, ``…风险`` types, ``一级/二级/三级``.

One is harder:

- ``anyuan_xinshan_levels_in_measures``: the 欣山镇人民政府's 站所岗位廉政风险防控一览表 (``序号 | 站所 |
  岗位 | 姓名 | 廉政风险点 | 风险类别 | 防控措施``) has NO LEVEL COLUMN: each row's level is said only
  IN THE WORDS OF ITS ``防控措施`` cell, as a clause of the sentence, not a bracketed tag — ``…，列为
  重点防控事项。``, ``实行重点防控：…``, ``…，按一般防控管理。``, ``…，纳入一般防控。``, ``…；作为常规防控点。``,
  after numbered measures (``1.…⏎2.…⏎此项列为重点防控。``) — and a ``注：`` line says the 防控等级 is
  written in the measures. docs/layouts.md knows a level in a bracketed TAG opening or closing every
  measures cell (``【重点防控】…``, LEVEL_TAGS), a level in a REMARKS column a note points to (LEVEL_IN_REMARKS),
  a level column of its own under an unusual heading, and a level told by who supervises or how often
  (a column of its own, by a note); it does not describe a level written as a clause INSIDE the
  measures sentence, with no brackets, at the end, at the start or after a numbered list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇林业管理站's duties and service
pledges; the financing of 农田水利 by 财政; a 市's 小农水重点县 acceptance; a 县's 农村廉政工作站 stopping a
村 selling its land without a tender; a 县's 农村基层党风廉政建设 in its villages; a paper on how 村干部
corruption arises; a 高标准农田 project store; a paper on building 廉洁乡村 (三资, 征地拆迁, 惠农资金,
窗口)) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare compound surnames 郁久 and 有琴 with rare given
names); every unit is a body of 安远县.

Run ``python tests/published/score.py --set batch988`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's level is the one level its 防控措施 cell names in a clause
  (``重点防控`` 1, ``一般防控`` 2, ``常规防控`` 3); the clause stays part of the measures; the ``注：``
  line is no point;
- ``镇领导`` (a 站所 cell) is the 科室 of the 镇's leaders; the 镇's 所, 站 and 中心 are 科室; the
  农业农村局's 股 are 科室;
- the 站, the 所, the 村 and the 局 of the other files are units of their own, naming no 科室 (the 局's
  股 aside): 站长, 所长, 村党支部书记, 村党组织书记, 村委会主任, 局长 and 副局长 (and the 镇's 镇长 and
  副镇长) are leaders; 股长 and, in the 镇, 所长, 站长 and the 中心's 主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``权力事项``, ``监督主体``, ``自查情况``
  and ``自查日期`` are no points and name no holder;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级风险/…`` and ``高风险/中风险/低风险``
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

PREFIX = "b988_"
PLACE = "安远县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GUARDS = {"重点防控": 1, "一般防控": 2, "常规防控": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def guard_said(measures: str) -> str:
    """The one 防控 word a measures cell of the harder file names ('…，列为重点防控事项。' -> 重点防控)."""
    said = [w for w in GUARDS if w in measures]
    assert len(said) == 1, measures
    return said[0]


# --------------------------------------------------------------------------- harder layout

# (站所, 岗位, 姓名, tier, 廉政风险点, 风险类别, 防控措施 naming its level in a clause)
IN_MEASURES = [
    ("镇领导", "镇长", "郁久翯", "leader", "镇级项目资金使用个人说了算", "制度机制",
     "项目资金使用经镇党政联席会议集体研究，列为重点防控事项。"),
    ("镇领导", "镇长", "郁久翯", "leader", "为亲友承揽村级工程打招呼", "思想道德",
     "实行重点防控：插手干预工程一律登记报告，镇纪委专项监督。"),
    ("镇领导", "副镇长", "有琴沅澧", "leader", "分管站所惠民资金审核把关不严", "岗位职责",
     "惠民资金实行站所初审、分管领导复核，按一般防控管理。"),
    ("财政所", "所长", "有琴璆", "middle", "村级财务代理记账凭证审核不严", "岗位职责",
     "1.记账凭证两人审核；\n2.每季度抽查村账一次。\n此项列为重点防控。"),
    ("财政所", "所长", "有琴璆", "middle", "惠农补贴“一卡通”发放名单比对不实", "业务流程",
     "发放名单与户籍、殡葬数据比对，纳入一般防控。"),
    ("财政所", "报账员", "郁久湉", "general", "报账票据审核签字不规范", "业务流程",
     "票据审核逐张签字留痕；作为常规防控点。"),
    ("农业农村综合服务中心", "主任", "郁久岍", "middle", "耕地地力保护补贴面积核实不实", "岗位职责",
     "补贴面积入户核实并张榜公示，按一般防控管理。"),
    ("农业农村综合服务中心", "主任", "郁久岍", "middle", "接受农资经营户宴请", "外部环境",
     "签订廉洁承诺书，按常规防控管理。"),
    ("社会保障服务所", "所长", "有琴翙", "middle", "低保入户调查走过场、优亲厚友", "思想道德",
     "入户调查两人以上，民主评议全程录像；列为重点防控事项。"),
    ("社会保障服务所", "协理员", "郁久璠", "general", "城乡居保待遇资格认证把关不严", "岗位职责",
     "认证结果所、村两级复核，纳入一般防控。"),
    ("林业工作站", "站长", "有琴瀞", "middle", "林木采伐审核中收受好处", "外部环境",
     "实行重点防控：采伐审核结果公示，县林业局季度抽查。"),
    ("林业工作站", "站长", "有琴瀞", "middle", "生态护林员考勤弄虚作假", "制度机制",
     "护林员巡护轨迹系统考勤，按常规防控管理。"),
]  # fmt: skip


def anyuan_xinshan_levels_in_measures() -> dict:
    unit = f"{PLACE}欣山镇人民政府"
    sh = _Sheet("一览表", [6, 20, 9, 10, 36, 11, 46])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险防控一览表", 7)
    sh.add("序号", "站所", "岗位", "姓名", "廉政风险点", "风险类别", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, measures) in enumerate(IN_MEASURES, 1):
        sh.add(n, dept, post, who, point, typ, measures)
        t.point(sh.name, dept, post, who, tier, point, [typ], GUARDS[guard_said(measures)])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：各风险点的防控等级（重点防控、一般防控、常规防控）在防控措施中注明，重点防控事项由镇纪委每季度专项检查。",
        7,
    )
    sh.add("填表：党政综合办", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "anyuan_xinshan_levels_in_measures", "http://m.jizihe.com/page/2020/0730/14496231.shtml",
        "(harder) 镇人民政府 站所岗位廉政风险防控一览表, after the source's paper on building 廉洁乡村 (农村“三资”, 征地"
        "拆迁, 惠农资金, 窗口 服务): a title, 序号/站所 merged/岗位 and 姓名 merged per person/廉政风险点/风险类别/防控措施, "
        "NO LEVEL COLUMN: each row's level said only in the words of its 防控措施 cell, as a clause (``…，列为重点防控事项。``, "
        "``实行重点防控：…``, ``…，按一般防控管理。``, ``…；作为常规防控点。``, after numbered measures); a ``注：`` line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def anyuan_kongtian_forestry_list() -> dict:
    unit = f"{PLACE}孔田镇林业工作站"
    sh = _Sheet("一览表", [6, 10, 10, 38, 14, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "有琴昶", "leader", "林木采伐许可初审把关不严", "岗位职责风险", "高风险",
         "采伐初审现场核实，结果报县林业局。"),
        ("站长", "有琴昶", "leader", "造林补助资金验收面积虚报", "制度机制风险", "高风险",
         "造林验收两人以上，面积卫星图斑比对。"),
        ("副站长", "郁久琰", "leader", "森林防火物资采购中收受回扣", "思想道德风险", "中风险",
         "物资采购比质比价，结果公示。"),
        ("资源林政员", "郁久沄", "general", "林地占用现场查验走过场", "业务流程风险", "中风险",
         "查验影像留存，站长复核。"),
        ("资源林政员", "郁久沄", "general", "接受木材经营户宴请", "外部环境风险", "低风险",
         "执行工作纪律，公开监督电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为高风险、中风险、低风险三个等级。", 7)
    sh.add("制表：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "anyuan_kongtian_forestry_list", "http://szwmw.cn/article-1966-1.html",
        "镇林业工作站 岗位廉政风险防控一览表, after the source's account of a 镇林业管理站's duties (植树造林, 森林资源管理, "
        "森林防火) and its service pledges (依法行政, 杜绝吃拿卡要): a title, 序号/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def anyuan_hezi_finance_cards() -> dict:
    unit = f"{PLACE}鹤子镇财政所"
    t = _Truth(unit)
    cards = [
        ("有琴湛", "所长", "主持财政所全面工作，负责涉农资金拨付审核", "leader", [
            ("涉农资金拨付审核把关不严", "岗位职责", "一级", "拨付凭证两人审核，大额资金报镇党委研究。"),
            ("农田水利项目资金截留挪用", "制度机制", "一级", "项目资金专账核算，按进度拨付。"),
        ]),
        ("郁久珝", "会计", "负责村级财务代理记账", "general", [
            ("代理记账中白条入账", "业务流程", "二级", "原始凭证审核签字，白条一律退回。"),
            ("为村干部虚列支出提供方便", "思想道德", "二级", "每季度村账抽查，公开监督电话。"),
        ]),
        ("有琴霈", "出纳", "负责现金和银行存款收付", "general", [
            ("公款私存、坐支现金", "岗位职责", "二级", "日清月结，月末对账。"),
            ("收受往来单位好处费", "外部环境", "三级", "签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("持卡人签名：", None, "镇分管领导签名：", None, None)
        sheets.append(sh)
    return _layout(
        "anyuan_hezi_finance_cards", "http://www.handmsg.com/page/2011/0403/20240040.shtml",
        "镇财政所 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's paper on how 财政 "
        "finances 农田水利 (资金来源多样, 专项转移支付, 使用分散): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 "
        "line, then 序号/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; 持卡人签名/镇分管领导签名",
        sheets, t,
    )  # fmt: skip


def anyuan_banshi_water_screening() -> dict:
    unit = f"{PLACE}版石镇水利站"
    sh = _Sheet("排查表", [6, 10, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("站长", "郁久澂", "leader", "小农水项目验收", "小型农田水利工程验收降低标准", "★★★",
         "验收组集体验收，影像资料存档。"),
        ("站长", "郁久澂", "leader", "工程量签证", "渠道清淤工程量签证虚增", "★★★",
         "工程量现场计量，监理、村代表签字。"),
        ("技术员", "有琴珣", "general", "山塘巡查", "山塘水库巡查记录补记造假", "★★",
         "巡查定位打卡，站长每月抽查。"),
        ("技术员", "有琴珣", "general", "材料进场", "渠系配套材料进场把关不严", "★",
         "材料进场抽检登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, desc, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 7)
    sh.add("填表人：", None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "anyuan_banshi_water_screening", "http://jn720.com/news/show.php?itemid=70449",
        "镇水利站 廉政风险点排查表, after the source's account of a 市's 小农水重点县 three-year acceptance (外业 实地查看, 内业 "
        "台账、审价、决算): a title, 序号/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; no type column",
        [sh], t,
    )  # fmt: skip


def anyuan_zhengang_village_power_list() -> dict:
    unit = f"{PLACE}镇岗乡老围村"
    sh = _Sheet("清单", [6, 18, 14, 10, 36, 10, 32, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}村级小微权力廉政风险防控清单", 8)
    sh.add(
        "序号", "权力事项", "责任岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "监督主体"
    )
    rows = [
        ("集体资产资源处置", "村党组织书记", "有琴珈", "leader", "集体土地、房屋出租出售不公开招标", "Ⅰ级",
         "“四议两公开”，进镇公共资源交易平台。"),
        ("村级工程项目", "村党组织书记", "有琴珈", "leader", "为亲友承揽村级工程提供便利", "Ⅰ级",
         "村干部近亲属承揽工程回避并公示。"),
        ("低保、特困初评", "村委会主任", "郁久岫", "leader", "低保民主评议优亲厚友", "Ⅱ级",
         "评议结果张榜公示七天。"),
        ("村级财务收支", "村报账员", "有琴璟", "general", "报账单据不经村务监督委员会审核", "Ⅱ级",
         "单据经村监委会审核盖章后报账。"),
        ("村级财务收支", "村报账员", "有琴璟", "general", "收取款项不及时入账", "Ⅲ级",
         "收款三日内交镇代理中心入账。"),
    ]  # fmt: skip
    for n, (duty, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, post, who, point, lv, measures, "村务监督委员会")
        t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    sh.add("制表：村“两委”", None, None, "审核：镇纪委", None, None, "2025年3月", None)
    return _layout(
        "anyuan_zhengang_village_power_list", "http://www.chinanews.com/df/2013/08-06/5130836.shtml",
        "村 村级小微权力廉政风险防控清单, after the source's account of a 县's 农村廉政工作站 stopping a 村委 selling its "
        "land without a tender (公开拍卖, 廉情监督员): a title, 序号/权力事项/责任岗位/责任人 on every row/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/监督主体 ``村务监督委员会``; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def anyuan_sanbaishan_village_cadres() -> dict:
    unit = f"{PLACE}三百山镇虎岗村"
    sh = _Sheet("一览表", [6, 14, 10, 38, 12, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部廉政风险点一览表", 7)
    sh.add("序号", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "有琴澍", "leader", "村级重大事项不经“四议两公开”决策", "制度机制类", "一级风险",
         "重大事项会议记录存档，镇包村干部列席。"),
        ("村党支部书记", "有琴澍", "leader", "征地补偿款分配中优亲厚友", "思想道德类", "一级风险",
         "补偿方案公示，村民代表会议表决。"),
        ("村委会副主任", "郁久滢", "general", "惠农补贴申报信息核实不实", "岗位职责类", "二级风险",
         "申报信息入户核实，村监委会复核。"),
        ("村妇联主席", "有琴璎", "general", "困难妇女救助名单推荐不公", "业务流程类", "三级风险",
         "推荐名单村内公示。"),
        ("村报账员", "郁久瑗", "general", "替村干部报销个人费用", "外部环境类", "二级风险",
         "报销单据村监委会逐笔审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "anyuan_sanbaishan_village_cadres", "https://www.hzlz.gov.cn/articles/4932.html",
        "村 村干部廉政风险点一览表, after the source's account of a 县's 农村基层党风廉政建设 (进村入户, 村干部廉政教育, 村务"
        "监督): a title, 序号/职务 and 姓名 merged per person/风险点/风险类别 ``…类``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


def anyuan_longbu_village_selfchecks() -> dict:
    unit = f"{PLACE}龙布镇合心村"
    t = _Truth(unit)
    people = [
        ("郁久霁", "村委会主任", "leader", [
            ("集体经济项目收益分配不公开", "高", "收益分配方案村民代表会议表决。", "已落实"),
            ("村级工程变更签证不经集体研究", "高", "工程变更村“两委”集体研究。", "已落实"),
            ("代办事项收取好处", "中", "代办事项登记，公开监督电话。", "未发现问题"),
        ]),
        ("有琴涟", "村务监督委员会主任", "general", [
            ("村务监督审核签字走过场", "中", "监督审核逐笔签署意见。", "已落实"),
            ("发现问题不报告镇纪委", "低", "监督情况每季度向镇纪委报告。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}村干部廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "镇包村领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "anyuan_longbu_village_selfchecks", "https://www.fx361.cc/page/2020/0108/14387538.shtml",
        "村 村干部廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on how 村干部 "
        "corruption arises (三重代理人, 集体经济, 监督缺位): a title, a label row ``姓　名 | 职　务 | 自查日期`` over a row of "
        "values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; ``本人签名： | 镇包村领导意见：``",
        sheets, t,
    )  # fmt: skip


def anyuan_agriculture_bureau_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 16, 9, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郁久璘", "leader", "高标准农田项目入库安排个人说了算", "制度机制风险", "一级",
         "项目入库经局党组会集体研究。"),
        ("局领导", "副局长", "有琴翎", "leader", "项目竣工验收中为施工企业说情", "外部环境风险", "一级",
         "验收过问一律登记报告。"),
        ("农田建设管理股", "股长", "郁久湜", "middle", "项目库储备项目审核把关不严", "岗位职责风险", "二级",
         "储备项目现场踏勘，集体审核。"),
        ("农田建设管理股", "股长", "郁久湜", "middle", "工程变更审批不按程序", "业务流程风险", "二级",
         "变更事项按程序报批，资料存档。"),
        ("计划财务股", "科员", "有琴瑀", "general", "项目资金拨付凭证审核不严", "岗位职责风险", "二级",
         "资金拨付凭证双人复核。"),
        ("计划财务股", "科员", "有琴瑀", "general", "接受施工企业礼品", "思想道德风险", "三级",
         "签订廉洁承诺书，节前提醒。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "anyuan_agriculture_bureau_list", "https://ziliao.co188.com/p63291185.html",
        "县农业农村局 岗位廉政风险防控一览表, after the source's note on a 高标准农田建设 project store (项目储备, “五统一”, 田土"
        "水路林电技管): a title, a merged 填报单位（盖章）/填报时间 line, 序号/股室 merged/职务 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    anyuan_xinshan_levels_in_measures(),
    anyuan_kongtian_forestry_list(),
    anyuan_hezi_finance_cards(),
    anyuan_banshi_water_screening(),
    anyuan_zhengang_village_power_list(),
    anyuan_sanbaishan_village_cadres(),
    anyuan_longbu_village_selfchecks(),
    anyuan_agriculture_bureau_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch988-inbox"))

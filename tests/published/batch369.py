"""The three-hundred-and-sixty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 林业 and
生态 bodies, 周至县 (a county of 西安 under the 秦岭, its staff Han) — the 县林业局, two 国有林场 (九峰
and 板房子), two 自然保护区管理站 (黑河湿地 and 老县城), the 县林业工作站, the 哑柏镇林业站 and the
县森林病虫害防治检疫站 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff
typed in WPS or Excel:

- the 国有九峰林场's 防控卡, one sheet a holder (tabs 场长, 林政股股长, 护林员): two rows of pairs
  ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 持卡时间 | …``, then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | …
  林场纪检监察员：``;
- the 黑河湿地自然保护区管理站's 一览表 under GROUP ROWS ``一、站领导``, ``二、资源管护股``,
  ``三、科研宣教股``, ``四、综合股`` merged across (no 股室 column): ``岗位 | 姓名`` merged per person,
  short types, 高/中/低, a 填表人/审核人/date line;
- the 县林业工作站's 自查表, one sheet a person (tabs named by the holder): ONE ROW OF THREE PAIRS
  ``姓　名 | … | 所在股室 | … | 岗　位 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 站长意见：``;
- the 哑柏镇林业站's 排查表 对岗不对人: ``岗位`` merged per post (no 股室: the 站 is three posts), a
  short ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an
  编制/审核/date line;
- the 国有板房子林场's file in two sheets: ``场领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 老县城自然保护区管理站's 责任清单: ``责任股室`` merged, ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, the
  measures and a LAST ``责任领导`` column naming the 站长 on every row;
- the 森林病虫害防治检疫站's 一览表 under ``附件1``: ``股室 | 岗位 | 责任人`` written out on EVERY row,
  nothing merged, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``zhouzhi_forestry_bureau_levels_named_in_note``: the 县林业局's 岗位廉政风险防控一览表 WITH NO
  LEVEL COLUMN, whose levels are given in ONE NOTE UNDER THE TABLE THAT NAMES THE POINTS: ``注：经局
  党组会议研究评定，“征占用林地审核”“生态公益林补偿资金兑付”“林木采伐许可审核”“天然林保护工程
  项目验收”为一级风险点；“造林苗木采购”“林业项目资金分配”“野生动物人工繁育许可初审”“森林防火
  物资采购”为二级风险点；其余为三级风险点。`` Each quoted name is a whole ``风险点`` cell (the short
  name; a long ``风险表现`` stands beside it), in the note in another order than the table's; the
  points the note does not name are 三级 by its ``其余``. Above it ``股室`` is merged, ``岗位 | 姓名``
  merged per person, and a ``风险类型`` column holds the short types as usual. The README's 读得懂的表
  knows a level given by a note BY 序号 (``第1、2、4项为高风险，第5项为中风险，其余为低风险``,
  LEVEL_BY_NUMBER), BY RANK (``按风险等级由高到低排列，其中高风险点5个…``, LEVEL_BY_RANK), by
  quoted LEVEL WORDS (``“高压线”为一级风险``: the column holding those words is the level column),
  by marks before the point (``★``/``☆``, LEVEL_MARKS), by codes (``Ⅰ-01``, LEVEL_CODES), by
  colours, and by group rows, sheets, columns or a ``（风险等级：高）`` group-row ending; it does not
  describe a note that grades the points BY QUOTING THE POINTS THEMSELVES (the quoted words are the
  ``风险点`` cells, not level words; read as level words they would make the point column the level
  column), with ``其余`` for the unnamed ones — the way an office writes the levels its 党组 set
  after the list was typed, as its report names them (``确定一级风险点4个：…``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 林业局's 党风廉政建设 note — 征占用
林地审批, 森林公安 and 木材检查站 执法, 退耕还林补助, 生态公益林补偿, 天然林保护; a 林长制 护林员管理办法 —
日常巡护, 巡护记录, 野外用火, 有害生物, 破坏林草资源; a 湿地和鸟类自然保护区's 巡护员 — 候鸟迁徙, 水域,
巡护; the 标准化林业工作站 — 政策宣传, 资源管理和保护, 生产组织, 林业行政执法, 科技推广, 社会化服务; a
city's 林业站 — 乡级林业站 的 林业员 and 护林员, 资源管理, 森林防火, 林政管理 (林地, 木材采伐, 木材运输);
a 区's 国有林场改革 — 三个国有林场, 改革实施方案, 科学经营森林, 森林质量; a 保护区管理站's 职责
— 宣传, 森林防火, 查处林业行政案件, 生物监测, 防火通讯; a 森林病虫防治检疫站's 职责 — 调运检疫, 产地
检疫, 植物检疫证书, 松材线虫病, 疫木定点加工, 预测预报) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 周至县, named with
the county's name.

Run ``python tests/published/score.py --set batch369`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a point is the one the note gives the quoted name that is its
  whole ``风险点`` cell (``一级风险点`` 1, ``二级风险点`` 2), and ``其余为三级风险点`` gives 3 to every
  point it does not name; the note is no point; the short ``风险点`` is the point, the long
  ``风险表现`` its description (as in any ``风险点 | 风险表现`` list);
- ``局领导``, ``场领导`` (the 板房子林场's sheet of its leaders, named so by its tab and title, and a
  card's 所在股室), ``站领导`` (a group row, a 自查表's 股室, a 责任股室 cell) are the 科室 of those
  leaders; a 局's, a 林场's and a 站's 股, the 局's 森林防火办公室 and the 管理站's 综合股 are 科室; a
  group row ``二、资源管护股`` gives the 科室 ``资源管护股`` (its number left off); the 哑柏镇林业站's
  list has no 股室: its posts stand without a 科室;
- every 局, 林场, 管理站 and 站 here is a unit of its own (the 镇林业站 too, named ``周至县哑柏镇林业站``):
  局长, 副局长, 场长, 副场长, a 站's 站长 and 副站长 are leaders; 股长 and the 防火办's 主任 middle; the
  rest (科员, 会计, 出纳, 护林员, 巡护员, 监测员, 技术员, 林业员, 检疫员, 测报员, 执法员) general;
- ``风险点 | 风险表现`` (the 林业局's and the 镇林业站's lists): the point is the short 风险点;
  ``分管工作``, ``职责事项``, ``持卡时间`` and ``自查情况`` are no points and name no holder; the
  老县城 管理站's LAST ``责任领导`` column names a supervisor (the holder is ``责任人``); the
  镇林业站's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``一级/二级/三级``, ``一级风险/二级风险/
  三级风险``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 检疫站's note)
  and the harder note's ``一级风险点/二级风险点/其余为三级风险点`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b369_"
PLACE = "周至县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

NOTE_UNIT = f"{PLACE}林业局"
NOTE_HEAD = ("序号", "股室", "岗位", "姓名", "风险点", "风险表现", "风险类型", "防控措施")
# (股室, 岗位, 姓名, tier, [(风险点, 风险表现, 风险类型, 防控措施)])
NOTE_ROWS = [
    ("局领导", "局长", "鄢翀澍", "leader", [
        ("林业项目资金分配", "天保、退耕还林等林业项目资金分配不经党组会集体研究，个人说了算", "制度机制",
         "项目资金分配方案经党组会研究，分配结果公示。"),
        ("干部选拔任用", "干部推荐、考察中亲疏有别，搞“带病提拔”", "思想道德", "严格执行干部选拔任用程序，全程纪实。"),
    ]),
    ("局领导", "副局长", "隗翊沣", "leader", [
        ("征占用林地审核", "为不符合条件的建设项目出具同意使用林地的审核意见", "岗位职责",
         "使用林地现场查验两人以上，审核意见集体会审。"),
        ("天然林保护工程项目验收", "验收走过场，对虚报管护面积、管护人员不到岗不予纠正", "业务流程",
         "验收实行交叉检查，验收结果公示。"),
    ]),
    ("林政资源股", "股长", "郄澧岚", "middle", [
        ("林木采伐许可审核", "超限额、超范围核发林木采伐许可证，收受申请人好处", "岗位职责",
         "采伐许可网上办理，限额执行情况按月通报。"),
        ("木材运输监管", "对无证运输木材不查处或降格处理", "外部环境", "检查记录当日录入，处理结果股内复核。"),
    ]),
    ("林政资源股", "科员", "仇珞珩", "general", [
        ("伐区调查设计复核", "伐区调查设计数据不实，虚增采伐蓄积", "业务流程", "伐区设计抽样复核，复核记录存档。"),
    ]),
    ("野生动植物保护股", "股长", "逯溱芸", "middle", [
        ("野生动物人工繁育许可初审", "对繁育场所、技术条件初审把关不严", "岗位职责", "初审实行清单核对，现场核查拍照留存。"),
        ("古树名木移植审核", "古树名木移植申请审核不严，为关系人开口子", "外部环境", "移植申请经专家论证并公示。"),
    ]),
    ("生态修复股", "股长", "庹霁峣", "middle", [
        ("造林苗木采购", "指定苗木供应商，苗木质量等级以次充好", "外部环境", "苗木采购公开招标，到货苗木抽检。"),
        ("造林检查验收", "造林面积、成活率验收不实，为施工方多算工程量", "业务流程", "验收采用卫星图斑比对，验收组随机组成。"),
    ]),
    ("计划财务股", "会计", "钭涴宁", "general", [
        ("生态公益林补偿资金兑付", "补偿资金兑付中虚报冒领、截留挪用", "制度机制", "补偿资金“一卡通”直达农户，兑付名单公示。"),
    ]),
    ("森林防火办公室", "主任", "糜璟渊", "middle", [
        ("森林防火物资采购", "以应急为由不比价采购扑火物资", "业务流程", "应急采购三日内补办审批，价格复核。"),
    ]),
]  # fmt: skip
NOTE_FIRST = (
    "征占用林地审核",
    "生态公益林补偿资金兑付",
    "林木采伐许可审核",
    "天然林保护工程项目验收",
)
NOTE_SECOND = ("造林苗木采购", "林业项目资金分配", "野生动物人工繁育许可初审", "森林防火物资采购")


def _quoted(names) -> str:
    return "".join(f"“{n}”" for n in names)


NOTE = (
    f"注：经局党组会议研究评定，{_quoted(NOTE_FIRST)}为一级风险点；{_quoted(NOTE_SECOND)}为二级风险点；"
    "其余为三级风险点。"
)


def _note_level(point: str) -> int:
    return 1 if point in NOTE_FIRST else 2 if point in NOTE_SECOND else 3


def zhouzhi_forestry_bureau_levels_named_in_note() -> dict:
    unit = NOTE_UNIT
    sh = _Sheet("一览表", [6, 14, 8, 9, 18, 36, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(*NOTE_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in NOTE_ROWS:
        for point, desc, typ, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), _note_level(point))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "zhouzhi_forestry_bureau_levels_named_in_note", "https://fx361.cc/page/2018/0307/18420917.shtml",
        "(harder) 县林业局 岗位廉政风险防控一览表, after the source's 林业局 党风廉政建设 note (征占用林地审批, 木材检查站 执法, "
        "退耕还林补助, 生态公益林补偿, 天然林保护): a title, 序号/股室 merged/岗位 and 姓名 merged per person/a short 风险点/a long "
        "风险表现/风险类型 (short names)/防控措施 and NO LEVEL COLUMN; a merged ``注：`` line under the table GRADES THE POINTS "
        "BY QUOTING THEIR 风险点 (``“征占用林地审核”…为一级风险点；“造林苗木采购”…为二级风险点；其余为三级风险点。``, in "
        "another order than the table's); a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhouzhi_jiufeng_forest_farm_cards() -> dict:
    unit = f"{PLACE}国有九峰林场"
    t = _Truth(unit)
    cards = [
        ("场长", "宦砚峄", "场长", "场领导", "leader", [
            ("森林抚育和低效林改造项目不经场务会研究确定施工队伍", "制度机制风险", "★★★",
             "项目发包经场务会集体研究，公开比选。"),
            ("林场木材销售价格和对象个人说了算", "岗位职责风险", "★★★", "木材销售公开竞价，结果场内公示。"),
            ("护林员聘用优亲厚友", "思想道德风险", "★★", "护林员聘用条件和结果公示。"),
        ]),
        ("林政股股长", "蔚澂楠", "股长", "林政股", "middle", [
            ("护林巡查发现的林木被盗案件不报告、私了", "外部环境风险", "★★★", "案件线索登记编号，按周向场长报告。"),
            ("护林员到岗情况考核弄虚作假", "业务流程风险", "★★", "巡护轨迹系统考核，考核结果公示。"),
        ]),
        ("护林员", "揭沚岑", "护林员", "资源管护股", "general", [
            ("巡护中发现盗伐、滥伐不制止不上报", "岗位职责风险", "★★", "巡护日志每日填写，发现问题即时上报。"),
            ("收受群众好处默许林区内违规用火", "思想道德风险", "★", "签订廉洁承诺书，防火期严查野外用火。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 13, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在股室", dept, "持卡时间", "2025年9月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "林场纪检监察员：", None, None)
        sheets.append(sh)
    return _layout(
        "zhouzhi_jiufeng_forest_farm_cards", "https://www.chaofangu.com/shcf/xinli/y8gjww.html",
        "县国有林场 岗位廉政风险防控卡, one sheet a holder (tabs 场长, 林政股股长, 护林员), after the source's 林长制 护林员管理办法 "
        "(日常巡护, 巡护记录, 野外用火, 有害生物, 破坏林草资源): a title, PAIRS ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 林场纪检监察员：``",
        sheets, t,
    )  # fmt: skip


def zhouzhi_heihe_wetland_station_group_rows() -> dict:
    unit = f"{PLACE}黑河湿地自然保护区管理站"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "牟澜岱", "leader", [
                ("保护区内建设项目准入审查中打招呼放行", "外部环境", "高", "建设项目准入由站务会集体审查，意见存档。"),
                ("管护设施建设项目发包不按规定程序", "制度机制", "高", "项目发包按限额标准公开招标。"),
            ]),
            ("副站长", "靳峋珮", "leader", [
                ("生态旅游和多种经营项目合作方选择不公开", "制度机制", "中", "合作项目公开征集，合同经法律审核。"),
            ]),
        ]),
        ("二、资源管护股", "资源管护股", [
            ("股长", "缪沄槿", "middle", [
                ("对核心区、缓冲区内违规活动查处不力", "岗位职责", "高", "巡护发现问题登记台账，限期处理并复查。"),
            ]),
            ("巡护员", "巫瑷桐", "general", [
                ("巡护记录弄虚作假，虚报巡护里程", "业务流程", "中", "巡护轨迹实时上传，每月抽查。"),
                ("默许社区群众在保护区内放牧、采挖", "思想道德", "低", "社区共管协议公示，违规行为即时上报。"),
            ]),
        ]),
        ("三、科研宣教股", "科研宣教股", [
            ("监测员", "桑澈岷", "general", [
                ("候鸟和水鸟监测数据随意修改", "岗位职责", "中", "监测原始记录双人签字，数据不得涂改。"),
            ]),
        ]),
        ("四、综合股", "综合股", [
            ("出纳", "敖汐苒", "general", [
                ("管护经费报销票据审核不严", "业务流程", "中", "报销票据经办、审核、审批三签。"),
                ("坐支现金，公款私存", "思想道德", "低", "现金日清月结，定期盘点。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "zhouzhi_heihe_wetland_station_group_rows",
        "http://bzlm.cvcai.com/jujiao/59370.html",
        "县湿地自然保护区管理站 岗位廉政风险防控一览表, after the source's 湿地和鸟类自然保护区 巡护员 (候鸟迁徙, 水域, 巡护, "
        "生态守护): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 "
        "under GROUP ROWS ``一、站领导``, ``二、资源管护股``, ``三、科研宣教股``, ``四、综合股`` merged across (no 股室 column); "
        "岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhouzhi_forestry_workstation_selfchecks() -> dict:
    unit = f"{PLACE}林业工作站"
    t = _Truth(unit)
    people = [
        ("雒峻熙", "站领导", "站长", "leader", [
            ("标准化林业工作站建设资金使用不经集体研究", "制度机制", "高风险", "建设资金使用经站务会研究，按月公开。", "已落实"),
            ("林业科技推广项目示范户确定优亲厚友", "思想道德", "中风险", "示范户条件和名单公示。", "已落实"),
        ]),
        ("卞澄芃", "资源管理股", "股长", "middle", [
            ("森林资源调查数据汇总时随意调整", "岗位职责", "高风险", "调查数据复核留痕，异常数据说明原因。", "正在整改"),
            ("林业行政执法中对违法行为降格处理", "外部环境", "中风险", "执法全过程记录，处理结果集体审核。", "已落实"),
            ("林权流转服务中收取不合理费用", "业务流程", "低风险", "服务事项和收费标准公示。", "已落实"),
        ]),
        ("莘岚溦", "科技推广股", "技术员", "general", [
            ("林业社会化服务中接受服务对象宴请", "思想道德", "中风险", "签订廉洁承诺书，服务情况回访。", "已落实"),
            ("良种补贴苗木数量核实不准", "业务流程", "低风险", "苗木数量现场清点，农户签字确认。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, "所在股室", dept, f"岗{GAP}位", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhouzhi_forestry_workstation_selfchecks", "http://www.ar7y.com/aelxw/3417.html",
        "县林业工作站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 标准化林业工作站 (政策宣传, "
        "资源管理和保护, 生产组织, 林业行政执法, 科技推广, 社会化服务): a title, ONE ROW OF THREE PAIRS ``姓　名 | … | 所在股室 | … | "
        "岗　位 | …``, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; a blank row and "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def zhouzhi_yabai_town_forestry_station_posts() -> dict:
    unit = f"{PLACE}哑柏镇林业站"
    sh = _Sheet("排查表", [6, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("林木采伐初审", "对不符合条件的采伐申请出具同意意见", "岗位职责风险", "Ⅰ级", "初审现场查验，初审意见报镇分管领导签批。"),
            ("伐区验收", "伐区验收走过场，对超采不予纠正", "业务流程风险", "Ⅱ级", "伐区验收两人以上，验收记录拍照存档。"),
        ]),
        ("林业技术员", "general", [
            ("造林检查验收", "造林面积和成活率数据虚报", "业务流程风险", "Ⅰ级", "验收数据与图斑核对，村组签字确认。"),
            ("伐区调查设计", "为关系户多设计采伐蓄积", "思想道德风险", "Ⅱ级", "调查设计成果由县林业局抽查复核。"),
        ]),
        ("林业员", "general", [
            ("护林员考勤", "护林员考勤弄虚作假，虚报护林补助", "制度机制风险", "Ⅱ级", "考勤与巡护轨迹比对，补助名单公示。"),
            ("林权争议调处", "调处中偏袒一方，收受当事人财物", "外部环境风险", "Ⅲ级", "调处过程记录，调处意见经站务会研究。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "zhouzhi_yabai_town_forestry_station_posts",
        "https://bkwk.cn/article/jmptlyzdmmslyfb-a19737680.html",
        "镇林业站 岗位廉政风险点排查表 对岗不对人, after the source's 林业站 分布与职能 (乡级林业站 林业员, 护林员, 资源管理, 森林"
        "防火, 林政管理 林地 木材采伐 木材运输): a title, 序号/岗位 merged per post (no 股室)/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def zhouzhi_banfangzi_forest_farm_two_sheets() -> dict:
    unit = f"{PLACE}国有板房子林场"
    t = _Truth(unit)
    lead = _Sheet("场领导", [6, 9, 9, 26, 36, 9, 32])
    _line(lead, f"{unit}场领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("场长", "湛珣岳", "主持全面工作，分管财务股", [
            ("国家级公益林管护经费使用搞个人说了算", "一级", "管护经费使用经场务会集体研究，年度审计。"),
            ("林场基础设施建设项目插手干预", "一级", "项目建设全部进入公共资源交易平台。"),
        ]),
        ("副场长", "麻峥沅", "分管营林生产股和资源管护股", [
            ("低效林改造作业设计审批把关不严", "二级", "作业设计经技术人员会审，审批意见留痕。"),
            ("接受施工队伍宴请和礼品", "三级", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("股室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("营林生产股", "股长", "扶沁霖", "middle", [
            ("森林抚育作业验收面积核定不实", "一级", "验收采用实测和图斑比对，验收结果公示。"),
            ("苗圃苗木出圃数量登记不实", "三级", "出圃苗木双人清点，台账按月核对。"),
        ]),
        ("资源管护股", "护林员", "蓬峤苡", "general", [
            ("对林区内毁林开垦行为隐瞒不报", "二级", "巡护发现问题当日上报，股长每周抽查。"),
        ]),
        ("财务股", "会计", "厉曦岚", "general", [
            ("虚列营林生产支出套取资金", "二级", "支出凭证经办、复核、审批三签。"),
            ("林场经营收入不及时入账", "三级", "收入当日入账，每月与销售台账核对。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "zhouzhi_banfangzi_forest_farm_two_sheets", "https://fx361.cc/page/2019/1129/12031082.shtml",
        "县国有林场 廉政风险防控表 in two sheets, after the source's 国有林场改革 (三个国有林场, 改革实施方案, 科学经营森林, 森林质量, 经营机制): "
        "``场领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a "
        "制表/审核/date line) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/…; the same line); no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def zhouzhi_laoxiancheng_reserve_station_duties() -> dict:
    unit = f"{PLACE}老县城自然保护区管理站"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 16, 34, 13, 10, 30, 9])
    t = _Truth(unit)
    chief = "甯崧朗"
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "责任股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    rows = [
        ("站领导", "站长", chief, "leader", [
            ("站务决策", "管护站点建设和大额经费支出不经站务会研究", "制度机制风险", "一级风险",
             "“三重一大”事项站务会集体决策，纪要存档。"),
        ]),
        ("站领导", "副站长", "詹屿澄", "leader", [
            ("林业行政案件查处", "对破坏自然资源的案件说情、压案不查", "外部环境风险", "一级风险", "案件登记编号，处理结果集体审核。"),
        ]),
        ("保护管理股", "股长", "钮澍桐", "middle", [
            ("生物监测", "大熊猫等监测数据弄虚作假", "岗位职责风险", "二级风险", "监测数据实时上传，原始记录留存。"),
            ("界桩和管护设施维护", "虚报维护工程量", "业务流程风险", "二级风险", "维护项目验收拍照存档，结算审核。"),
        ]),
        ("保护管理股", "巡护监测员", "戈湘蘅", "general", [
            ("森林防火巡护", "防火期巡护不到位，防火通讯记录不实", "岗位职责风险", "三级风险", "巡护轨迹考核，通讯记录每日核对。"),
        ]),
        ("执法股", "执法员", "蒙峦霏", "general", [
            ("行政处罚", "处罚裁量畸轻畸重，接受当事人宴请", "思想道德风险", "一级风险", "裁量基准公开，执法全过程记录。"),
            ("法律宣传", "宣传经费虚列支出", "业务流程风险", "三级风险", "宣传活动影像存档，经费据实报销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年9月", None, None)
    return _layout(
        "zhouzhi_laoxiancheng_reserve_station_duties",
        "http://jgj.xianning.gov.cn/zwxx_116/jgsz/201505/t20150527_1901426.shtml",
        "县自然保护区管理站 廉政风险防控责任清单, after the source's 保护区管理站 职责 (宣传, 森林防火, 查处林业行政案件, 生物监测, 防火"
        "通讯): a title, then 序号/责任股室 merged (站领导, 保护管理股, 执法股)/岗位 and ``责任人`` merged per person/``职责事项``/"
        "廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``责任领导`` column naming the 站长 on "
        "every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhouzhi_forest_pest_station_every_row() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "竺澜峤", "leader", "林业有害生物防治药剂和器械采购不经集体研究", "Ⅰ", "采购经站务会研究，公开比价。"),
        ("检疫股", "股长", "危洺葭", "middle", "对松材线虫病疫木定点加工单位审核把关不严", "Ⅰ", "审核现场核查两人以上，结果公示。"),
        ("检疫股", "检疫员", "阳泷岚", "general", "调运检疫不查验即签发植物检疫证书", "Ⅰ", "检疫证书网上签发，查验照片上传。"),
        ("检疫股", "检疫员", "阳泷岚", "general", "产地检疫中收受苗圃好处放宽标准", "Ⅱ", "产地检疫结果抽查复核。"),
        ("测报股", "测报员", "寿屺桦", "general", "病虫害预测预报数据不实", "Ⅱ", "监测数据按周上报，原始记录留存。"),
        ("测报股", "测报员", "寿屺桦", "general", "防治作业面积核定时多报", "Ⅲ", "防治面积以作业图斑为准，村组签字。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "zhouzhi_forest_pest_station_every_row",
        "https://newton.com.tw/wiki/%E7%B4%B9%E8%88%88%E5%B8%82%E6%A3%AE%E6%9E%97%E7%97%85%E8%9F%B2%E9%98%B2"
        "%E6%B2%BB%E6%AA%A2%E7%96%AB%E7%AB%99",
        "县森林病虫害防治检疫站 岗位廉政风险防控一览表, after the source's 森林病虫防治检疫站 职责 (调运检疫, 产地检疫, 植物检疫证书, "
        "松材线虫病, 疫木定点加工, 预测预报): ``附件1``, a title, 序号/股室/岗位/责任人 written out on EVERY row (nothing merged)/"
        "风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhouzhi_forestry_bureau_levels_named_in_note(),
    zhouzhi_jiufeng_forest_farm_cards(),
    zhouzhi_heihe_wetland_station_group_rows(),
    zhouzhi_forestry_workstation_selfchecks(),
    zhouzhi_yabai_town_forestry_station_posts(),
    zhouzhi_banfangzi_forest_farm_two_sheets(),
    zhouzhi_laoxiancheng_reserve_station_duties(),
    zhouzhi_forest_pest_station_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch369-inbox"))

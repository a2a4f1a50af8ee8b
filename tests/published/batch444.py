"""The four-hundred-and-forty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文旅 bodies,
留坝县 (汉中, in the 秦岭) — the 县文化和旅游广电局, the 张良庙景区管理处, the 紫柏山景区服务中心, the
县图书馆, the 县文化馆 and the 综合文化站 of three of its 镇 (留侯镇, 马道镇, 江口镇) — each handing back
the 一览表, 防控卡, 排查表, 责任清单, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文化和旅游广电局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 张良庙景区管理处's 责任清单 under GROUP ROWS ``一、处领导``, ``二、文物保护科``, ``三、游客服务科``
  merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 紫柏山景区服务中心's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read
  by a ``注：`` line, no type column, ``持卡人（签字）： | … | 中心主任（签字）：``;
- the 留侯镇综合文化站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 马道镇综合文化站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 站长审核：``;
- the 江口镇综合文化站's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施 | 责任领导`` — a LAST ``责任领导`` column naming the 站长 on every row — bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 文化馆's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line: ``部室``
  merged (``馆领导``, ``群文部``, ``非遗部``, ``办公室``), ``岗位`` and ``姓名`` merged per person,
  ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``liuba_library_rows_in_one_cell``: the 县图书馆's 岗位廉政风险防控一览表 PASTED AS TEXT AND NEVER
  SPLIT INTO COLUMNS (Excel's 分列 never run): under a title the heading ``序号　　岗位　　姓名
  廉政风险点　　风险类型　　风险等级　　防控措施`` and every record below it sit each in ONE cell of
  column A (a wide column, nothing else on the row), the fields parted by two ideographic spaces
  (``1　　馆长　　訾芃翕　　图书采购…　　制度机制　　高　　图书采购…``). The office copied the list out
  of a text file or a chat message; each line went into one cell. So the sheet has ONE column; the
  table's columns exist only inside the cells. The README's 读得懂的表 knows a heading in one or
  two or three rows of cells, a point and its description parted by typed spaces INSIDE the 风险点
  cell (known, not in the README), ``风险点：…``/``风险等级：…`` lines one a row read as items, and
  cards of ``风险点1：…　风险等级：一级`` lines merged across; it does not describe a whole table —
  heading and records — each row typed into a single cell with its fields parted by spaces. No
  earlier batch writes one: ``grep -il "分列\\|one cell a row\\|whole row in one cell"
  tests/published/batch*.py`` finds only the word 分列 in two notes of other meaning (batch 241,
  260), checked by eye in the time given.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县文旅局 政府信息公开 年报 — 图书馆、文化馆、博物馆,
公众号, 信息发布 审核; a 景区环境检查工作方案; the 职能职责 of a 风景名胜区管理机构 — 保护、规划、开发,
文物、古建筑; a 景区规章管理制度 on 消防 and 防火检查; a 乡镇综合文化站 年度工作总结 — 文艺骨干 培训,
节日文化活动; a 综合文化站 专项治理 自查 — 功能室, 免费开放, 音响设备, 设施 不得出租; a 县文化广电旅游体育局's
法治报告 — 执法股, 娱乐场所, 网吧; a 乡镇文化站工作总结 — 农家书屋, 非物质文化遗产 普查, 文艺演出) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body of
留坝县, named with the county's name (the 文化馆 added to the brief's list to give eight units, as
``is_apart`` wants one unit a layout; it is one of the county's 文旅 bodies).

Run ``python tests/published/score.py --set batch444`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each one-cell line is a record with the fields the one-cell heading names;
  the 图书馆 has no 科室 there (""); 馆长 and 副馆长 are leaders, 采编员 and 会计 general;
- ``局领导`` (a sheet of the 局's leaders, named so by its tab and title), ``处领导`` (a group row)
  and ``馆领导`` (部室 cells) are the 科室 of those leaders; a 局's 股, a 处's 科, a 馆's 部 and
  办公室 are 科室; a group row ``二、文物保护科`` gives the 科室 ``文物保护科`` (its number left off);
  the 紫柏山 cards and the three 文化站 files name no 科室 (the cards' ``所在单位`` is the 中心; a
  镇综合文化站 is a unit of its own here, written with its 镇): their 科室 is "";
- 局长, 副局长, 处长, 副处长, 主任 and 副主任 of the 中心, 馆长 and 副馆长 are leaders; 股长, 科长, a
  部's 主任, an 办公室's 主任 and a 文化站's 站长 middle; the rest (科员, 讲解员, 售票员, 文物保护员,
  会计, 出纳, 采编员, 辅导员, 管理员, 文化专干) general;
- ``风险点 | 风险表现`` (the 留侯镇 list): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 留侯镇 list names no person: its forms are posts
  (对岗不对人); in the 江口镇 list the LAST column ``责任领导`` names a supervisor (the 站长, holder of
  his own rows only), the holder is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch440).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b444_"
PLACE = "留坝县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
SEP = GAP * 2
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

ONECELL_NAME = "liuba_library_rows_in_one_cell"
ONECELL_UNIT = f"{PLACE}图书馆"
ONECELL_TAB = "Sheet1"
ONECELL_HEAD = ("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")

# (岗位, tier, 姓名, [(廉政风险点, 风险类型, 等级, 防控措施)])
ONECELL_ROWS = [
    ("馆长", "leader", "訾芃翕", [
        ("图书采购指定供应商", "制度机制", "高", "图书采购公开比选，馆务会集体研究。"),
        ("临聘人员招聘把关不严、优亲厚友", "思想道德", "中", "招聘公开报名，结果公示。"),
    ]),
    ("副馆长", "leader", "昝翊湉", [
        ("防盗和自助借还设备采购参数带倾向", "外部环境", "中", "采购需求集体审定，公开招标。"),
    ]),
    ("采编员", "general", "郜泖琇", [
        ("验收图书以次充好、复本超量", "岗位职责", "中", "到书逐批验收，两人签字。"),
        ("剔旧图书私自处置", "业务流程", "低", "剔旧清单报批，处置结果公示。"),
    ]),
    ("会计", "general", "厉湛珂", [
        ("免费开放补助资金挪作他用", "制度机制", "高", "专项资金专账核算，年度审计。"),
    ]),
]  # fmt: skip


def liuba_library_rows_in_one_cell() -> dict:
    unit = ONECELL_UNIT
    sh = _Sheet(ONECELL_TAB, [150])
    t = _Truth(unit)
    sh.add(f"{unit}岗位廉政风险防控一览表")
    sh.add(SEP.join(ONECELL_HEAD))
    n = 0
    for post, tier, who, points in ONECELL_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(SEP.join((str(n), post, who, point, typ, lv, measures)))
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add(f"制表：{GAP * 6}审核：{GAP * 6}{DATE}")
    return _layout(
        ONECELL_NAME, "https://www.jordynalvidrez.com/gk/zwgk/2021zfxxgknb/2024/xjbm/1623177.htm",
        "(harder) 县图书馆 岗位廉政风险防控一览表 PASTED AS TEXT, NEVER SPLIT INTO COLUMNS, after the source's 县文旅局 政府信息公开 年报 "
        "(图书馆、文化馆、博物馆 公众号, 信息发布 层层审核): a title, then the heading 序号/岗位/姓名/廉政风险点/风险类型/风险等级/防控措施 "
        "and every record each in ONE cell of column A, the fields parted by two ideographic spaces; types short names, "
        "levels 高/中/低; a 制表/审核/date line, also in one cell",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def liuba_culture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化和旅游广电局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("宓邗璘", "局长", "主持全面工作，分管财务", [
            ("文旅项目资金分配不经集体研究", "一级", "资金分配方案局党组会集体研究，结果公开。"),
            ("干部选拔中打招呼", "二级", "选拔程序公开，全程纪实。"),
        ]),
        ("佴沭玑", "副局长", "分管文化市场、广播电视", [
            ("娱乐场所审批中为关系人开绿灯", "一级", "审批材料网上公开，分管领导不直接经办。"),
            ("网吧违规案件说情降格处理", "二级", "处罚裁量基准公开，降格处理集体研究。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("执法股", "股长", "逄泫珺", "middle", [
            ("检查娱乐场所时收受经营者财物", "一级", "检查两人以上，执法记录仪全程记录。"),
        ]),
        ("执法股", "科员", "缑汨琤", "general", [
            ("对无证网吧查处不力", "二级", "举报线索登记，办结销号。"),
            ("向经营者透露检查安排", "三级", "检查计划保密，随机抽查。"),
        ]),
        ("旅游股", "股长", "阚沩璐", "middle", [
            ("旅游发展资金项目申报审核不实", "一级", "申报材料现场核查，结果公示。"),
            ("星级评定中接受宴请", "二级", "评定专家随机抽取，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "liuba_culture_bureau_two_sheets",
        "http://www.xuwen.gov.cn/zfxxgk/zjsxwxwhgdlytyj/content/post_1711679.html",
        "县文化和旅游广电局 廉政风险防控表 in two sheets, after the source's 文化广电旅游体育局 法治政府建设 报告 (执法股, 娱乐场所, "
        "网吧 管理): ``局领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) "
        "and ``股室`` (a title, 序号/股室 merged (执法股, 旅游股)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); no type "
        "column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def liuba_zhangliang_temple_group_rows() -> dict:
    unit = f"{PLACE}张良庙景区管理处"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、处领导", "处领导", [
            ("处长", "蒯澴琪", "leader", [
                ("古建筑修缮工程", "修缮工程发包不经集体研究", "制度机制风险", "一级风险", "工程按规定进场交易，处务会集体研究。"),
                ("门票收入管理", "门票收入不及时上缴", "业务流程风险", "二级风险", "门票收入日清日结，每月对账。"),
            ]),
        ]),
        ("二、文物保护科", "文物保护科", [
            ("科长", "隗浟瑱", "middle", [
                ("文物修缮验收", "降低修缮验收标准", "岗位职责风险", "一级风险", "验收请专家参加，结果存档。"),
            ]),
            ("文物保护员", "楚湄玹", "general", [
                ("文物保管", "馆藏文物出入库不登记", "业务流程风险", "三级风险", "出入库双人登记，定期盘点。"),
            ]),
        ]),
        ("三、游客服务科", "游客服务科", [
            ("科长", "邰泠琬", "middle", [
                ("讲解服务外包", "讲解服务单位选定搞暗箱操作", "外部环境风险", "二级风险", "外包公开比选，结果公示。"),
            ]),
            ("售票员", "蔺汭琰", "general", [
                ("门票销售", "收钱不出票、重复使用门票", "思想道德风险", "一级风险", "电子票务系统售检，监控全覆盖。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "liuba_zhangliang_temple_group_rows", "https://top.drbdp.com/2-505560.html",
        "县张良庙景区管理处 廉政风险防控责任清单, after the source's 风景名胜区管理机构的职能职责 (保护、规划、开发与利用, 文物、古建筑, "
        "财务管理): a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、处领导``, ``二、文物保护科``, ``三、游客服务科`` merged across (no 科室 column); 岗位 and 责任人 merged "
        "per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def liuba_zibaishan_center_cards() -> dict:
    unit = f"{PLACE}紫柏山景区服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "栾涴瑀", "leader", [
            ("景区设施维护工程指定施工单位", "★★★", "工程按规定发包，中心会议集体研究。"),
            ("景区经营户入驻打招呼", "★★", "入驻条件公开，集体研究确定。"),
            ("接受经营户宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副主任", "亓濛珩", "leader", [
            ("消防器材采购验收以次充好", "★★★", "器材进场验收，型号逐件核对。"),
            ("防火检查走过场", "★★", "检查记录留痕，中心抽查。"),
        ]),
        ("出纳", "晁沄璠", "general", [
            ("景区停车费现金收入截留", "★★", "收费票据连号，每日对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "中心主任（签字）：", None)
        sheets.append(sh)
    return _layout(
        "liuba_zibaishan_center_cards", "https://www.doczj.com/doc/6d4944738.html",
        "县紫柏山景区服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 副主任, 出纳), after the source's 景区规章管理制度 "
        "(消防, 防火检查, 景区建设): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | "
        "中心主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def liuba_liuhou_station_posts() -> dict:
    unit = f"{PLACE}留侯镇综合文化站"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "middle", [
            ("功能室管理", "活动室出租、挪作他用收取费用", "制度机制风险", "Ⅰ级", "功能室免费开放，使用登记公示。"),
            ("音响设备配发", "配发设备优亲厚友", "思想道德风险", "Ⅱ级", "配发方案公开，村级签收。"),
        ]),
        ("文化专干", "general", [
            ("活动经费报销", "虚报文化活动场次套取经费", "业务流程风险", "Ⅰ级", "活动照片、签到表存档，抽查核实。"),
            ("农家书屋图书配送", "图书配送签收不实", "岗位职责风险", "Ⅲ级", "配送清单村级签字，定期核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "liuba_liuhou_station_posts", "https://www.xinyuwenchuang.cn/doc/17569.html",
        "镇综合文化站 岗位廉政风险点排查表 对岗不对人, after the source's 综合文化站 专项治理 自查 (功能室, 免费开放, 音响设备 配发, "
        "设施 不得出租、挪作他用): a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def liuba_madao_station_selfchecks() -> dict:
    unit = f"{PLACE}马道镇综合文化站"
    t = _Truth(unit)
    people = [
        ("鄢溱璟", "站长", "middle", [
            ("文艺骨干培训补助发放不实", "高风险", "补助名单公示，银行代发。", "已落实"),
            ("节日文化活动采购不比价", "中风险", "采购三家比价，结果公示。", "未发现问题"),
        ]),
        ("覃沚玥", "辅导员", "general", [
            ("演出服装道具私自外借", "中风险", "外借登记，站长审批。", "已落实"),
            ("接受演出团体吃请", "低风险", "签订廉洁承诺书。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "liuba_madao_station_selfchecks", "http://gerenjianli.cn/fwdq/zongjie/10475257.html",
        "镇综合文化站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 乡镇年度综合文化站工作总结 "
        "(文艺骨干 培训, 节日文化活动): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def liuba_jiangkou_station_every_row() -> dict:
    unit = f"{PLACE}江口镇综合文化站"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "眭潆玳"
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("站长", chief, "middle", "景区周边文化经营户检查中收受好处", "Ⅰ", "检查结果上报县局，定期回访。"),
        ("站长", chief, "middle", "文化站维修工程不比价", "Ⅱ", "维修项目三家比价，镇党委会研究。"),
        ("管理员", "郏沂璇", "general", "电子阅览室设备私自带回家使用", "Ⅲ", "设备登记台账，定期盘点。"),
        ("管理员", "郏沂璇", "general", "借阅押金收取不入账", "Ⅱ", "押金开具收据，每月对账。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, chief)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "liuba_jiangkou_station_every_row", "https://www.renrendoc.com/paper/508020116.html",
        "镇综合文化站 廉政风险防控清单, after the source's 景区环境检查工作方案 (检查频次, 设施维护, 监督考核): a title, then 序号/岗位/"
        "``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任领导`` column "
        "naming the 站长 on every row; no type column, no 科室 column; a merged ``注：`` line on the numerals and a 填表人/审核人/date "
        "line",
        [sh], t,
    )  # fmt: skip


def liuba_culture_hall_list() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "靳渼瑄", "leader", [
            ("文艺演出承办单位选定不公开", "制度机制", "高", "承办单位公开比选，馆务会集体研究。"),
            ("职称推荐打招呼", "思想道德", "中", "推荐条件公开，结果公示。"),
        ]),
        ("群文部", "主任", "芮沣瑗", "middle", [
            ("群众文艺比赛评审打人情分", "岗位职责", "高", "评委随机抽取，评分当场公布。"),
        ]),
        ("非遗部", "主任", "戚滢琮", "middle", [
            ("非遗传承人补助申报审核不实", "业务流程", "中", "申报材料入户核查，名单公示。"),
        ]),
        ("办公室", "会计", "滕汐瑜", "general", [
            ("公共文化服务经费报销票据不实", "制度机制", "低", "报销三级审核，每季度内审。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "liuba_culture_hall_list", "https://caizhika.com/gzzongjie/j4v4p.html",
        "县文化馆 岗位廉政风险防控一览表, after the source's 乡镇文化站工作总结 (农家书屋, 非物质文化遗产 普查, 文艺演出): "
        "``附件1``, a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/部室 merged (馆领导, 群文部, 非遗部, 办公室)/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    liuba_library_rows_in_one_cell(),
    liuba_culture_bureau_two_sheets(),
    liuba_zhangliang_temple_group_rows(),
    liuba_zibaishan_center_cards(),
    liuba_liuhou_station_posts(),
    liuba_madao_station_selfchecks(),
    liuba_jiangkou_station_every_row(),
    liuba_culture_hall_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch444-inbox"))

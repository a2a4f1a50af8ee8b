"""The four-hundred-and-ninety-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政 and
退役军人 bodies, 合水县 — its 民政局, 退役军人事务局, 退役军人服务中心, 社会福利院, 光荣院, 烈士陵园管理所,
殡葬管理所 and, in the harder file, its 殡仪馆 — each handing back the 一览表, 排查表, 防控卡, 自查表 or
清单 its staff typed:

- the 民政局's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 退役军人事务局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 退役军人服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 社会福利院's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 光荣院's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 烈士陵园管理所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 殡葬管理所's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``heshui_funeral_home_bullets``: the 殡仪馆's 一览表 ``序号 | 科室 | 岗位 | 责任人 | 风险点及防控措施 |
  风险类型 | 风险等级`` with NO measures column: each ``风险点及防控措施`` cell holds the POINT on its
  first line and then its measures, EACH ON A LINE OF ITS OWN OPENED BY A BULLET ``●`` (Word's
  项目符号 typed into the cell: ``●…；`` lines, the last ending ``。``), one to three of them; no
  number, no ``防控措施：`` label, no arrow parts the point from the measures. The README's 读得懂的表
  knows a ``风险点及防控措施`` cell whose measures below the point are NUMBERED (``（1）…``, ``①…``,
  ``一是…``) or come on one ``防控措施：…`` line, a point and measures parted by an arrow, ``风险点：…⏎
  防控措施：…`` labelled lines, a point with its numbered measures below it in one cell, measures on
  rows below the point; it does not describe measures told from the point only by a BULLET mark at
  the start of each line. ``grep -l '●' tests/published/batch*.py`` finds ``●`` only as a level
  (``●●●``), a tick under ``高 | 中 | 低`` and a 主责 mark in a post matrix, never opening a measure.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or in a price table (a city's
临时救助 rules — 民政局救助机构 审批、发放, 专账管理, 救助档案; a town's welcome of returning 退役士兵 —
档案接收, 优待证办理, 就业创业政策; a 驻外退役军人服务站 — 就业指导, 技能培训, 慰问; a county's new
城区福利院 — 床位, 集中供养孤寡老人和孤残儿童; a 退役军人服务站 caring for 子弟兵 — 拥军优属, 生活服务;
a 烈士陵园's 文明祭扫须知 — 登记入园, 团体预约, 管理所 预审; a city's 殡仪馆 charges — 火化, 接尸, 骨灰寄存;
a 殡仪馆's price notice — 基本服务, 选择性服务项目 家属自愿选择) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
Han surnames with rare given names); every unit is a body of 合水县 (``unit_words=("合水县",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch493`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the cell's FIRST LINE only; the ``●`` lines are its measures,
  no points of their own and no part of the point; one row is one point; types short, 高/中/低;
- ``局领导`` (the leaders' sheet), ``馆领导`` (a 科室 cell) are the 科室 of those leaders; a 局's 股,
  a 中心's 股, a 馆's 科 and 车间 are 科室; a 福利院's card, a 光荣院's 自查表 and a 殡葬管理所's list name
  no 科室; a 陵园管理所's group rows ``一、所领导``, ``二、工作人员`` give no 科室 (they repeat the
  post's kind);
- every body is a unit of its own: 局长, 馆长, 院长, 副院长 and 所长 are leaders; 股长 and 科长
  middle; the rest (科员, 会计, 工作人员, 护理员, 炊事员, 讲解员, 稽查员, 火化工) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 退役军人服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b493_"
PLACE = "合水县"
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

BULLET = "●"
# (科室, 岗位, 责任人, tier, [(风险点, [measures], 风险类型, 风险等级)])
FUNERAL = [
    ("馆领导", "馆长", "骞玮潾", "leader", [
        ("殡葬用品进货指定供应商", ["进货实行三家比价，馆务会集体研究", "供应商名单和进价在馆内公示"],
         "制度机制", "高"),
        ("火化炉维修费用审批把关不严", ["维修项目事前报备，完工验收两人签字"], "岗位职责", "中"),
    ]),
    ("业务科", "科长", "桓珏湫", "middle", [
        ("向丧属推销高价骨灰盒、寿衣", ["基本服务项目和收费标准上墙公示", "丧属自愿选购，签字确认",
                                "开通投诉电话，每月回访"], "外部环境", "高"),
        ("选择性服务项目多收费、不开票", ["收费一律开具票据，系统留痕"], "业务流程", "中"),
    ]),
    ("火化车间", "火化工", "佴琚淏", "general", [
        ("收受丧属“红包”安排优先火化", ["火化按登记先后排号，排号表公开", "签订拒收红包承诺书"],
         "思想道德", "中"),
        ("骨灰寄存格位私下调换收费", ["寄存格位系统分配，调换须业务科审批"], "岗位职责", "低"),
    ]),
]  # fmt: skip


def _with_bullets(point: str, measures: list[str]) -> str:
    """The point on the first line, then each measure on a line of its own opened by a bullet."""
    return "\n".join(
        [point, *(f"{BULLET}{m}；" for m in measures[:-1]), f"{BULLET}{measures[-1]}。"]
    )


def heshui_funeral_home_bullets() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("一览表", [6, 10, 10, 10, 52, 12, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 8}2025年7月", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点及防控措施", "风险类型", "风险等级")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in FUNERAL:
        for point, measures, typ, lv in points:
            n += 1
            sh.add(n, dept, post, who, _with_bullets(point, measures), typ, lv)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "馆长（签字）：", None, None)
    return _layout(
        "heshui_funeral_home_bullets",
        "https://m.bidcenter.com.cn/news-17-328745940.html",
        "(harder) 县殡仪馆 岗位廉政风险防控一览表, after the source's price notice of a 殡仪馆 (遗体火化, 遗体接运, 遗体冷藏, "
        "骨灰寄存, 选择性服务项目 家属自愿选择): 序号/科室 merged (馆领导, 业务科, 火化车间)/岗位 and 责任人 merged per person/ONE "
        "column ``风险点及防控措施`` (no measures column) whose every cell is the POINT on its first line, then its "
        "measures each on a line of its own OPENED BY A BULLET ``●`` (no number, no ``防控措施：`` label)/风险类型 (short)/"
        "高/中/低; a 填报单位 line; 填表人/审核人/馆长（签字）",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def heshui_civil_affairs_list() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "禚珣澧", "leader", [
            ("福利彩票公益金项目安排不经集体研究", "制度机制", "高", "公益金项目党组会研究，结果公开。"),
            ("插手养老机构建设项目发包", "思想道德", "中", "领导干部插手工程登记报告。"),
        ]),
        ("社会救助股", "股长", "笪翃湄", "middle", [
            ("临时救助审批优亲厚友", "岗位职责", "高", "救助对象入户核查，审批结果公示。"),
            ("低保对象动态退出不及时", "业务流程", "中", "按季度比对信息，逐户复核。"),
        ]),
        ("社会事务股", "科员", "郄璆沅", "general", [
            ("高龄补贴人员信息录入不实", "岗位职责", "中", "录入信息双人核对。"),
            ("接受服务对象礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "heshui_civil_affairs_list",
        "http://ask.fsou.com/html/text/lar/171538/17153884_2.html",
        "县民政局 岗位廉政风险防控一览表, after the source's 临时救助 rules (民政局救助机构 审批发放, 专账管理, 救助档案, "
        "定期公布): a title, 序号/股室 merged (局领导, 社会救助股, 社会事务股)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def heshui_veterans_two_sheets() -> dict:
    unit = f"{PLACE}退役军人事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("綦昉湍", "局长", "主持全面工作", [
            ("退役士兵安置岗位分配不公", "一级", "安置岗位公开选岗，全程录像。"),
            ("自主就业一次性经济补助核定随意", "二级", "补助标准公开，局务会审定。"),
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
        ("优抚安置股", "股长", "亓霂珩", "middle", "优抚对象抚恤金核发不实", "一级", "抚恤金发放名册逐人核对、公示。"),
        ("优抚安置股", "股长", "亓霂珩", "middle", "伤残等级评定材料把关不严", "二级", "评定材料集体审核。"),
        ("财务股", "会计", "鄢琤沩", "general", "优待证制作经费支出不规范", "三级", "凭合同和票据报账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "heshui_veterans_two_sheets",
        "https://www.qdnsb.gov.cn/zfbm_1/tyjrswj/zfxxgk/fdzdgknr/tyjrsw/202403/t20240311_83910471.html",
        "县退役军人事务局's file in two sheets, after the source's account of a town's welcome of returning 退役士兵 "
        "(档案接收, 优待证办理, 就业创业政策): ``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/"
        "姓名 merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def heshui_service_center_posts() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    job, aid = "就业创业股", "帮扶援助股"
    rows = [
        (job, "股长", "middle", "技能培训机构选定", "指定关系机构承办培训，虚报培训人数", "业务流程风险", "Ⅰ级",
         "培训机构公开比选，培训签到核查。"),
        (job, "股长", "middle", "招聘会场地费用结算", "虚增场地和布展费用", "制度机制风险", "Ⅱ级",
         "费用结算凭合同、发票，两人审核。"),
        (aid, "工作人员", "general", "困难退役军人帮扶金发放", "帮扶对象认定不实，优亲厚友", "岗位职责风险", "Ⅰ级",
         "帮扶对象入户核实，名单公示。"),
        (aid, "工作人员", "general", "慰问品采购发放", "慰问品以次充好、截留私分", "思想道德风险", "Ⅲ级",
         "慰问品验收登记，发放签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "heshui_service_center_posts",
        "http://cn.office369.com/news/show-2591650.html",
        "县退役军人服务中心 廉政风险点排查表 对岗不对人, after the source's account of a 驻外退役军人服务站 (就业指导, 政策咨询, "
        "技能培训, 慰问品): a title, 序号/股室 merged (就业创业股, 帮扶援助股)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：综合股 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def heshui_welfare_home_cards() -> dict:
    unit = f"{PLACE}社会福利院"
    t = _Truth(unit)
    cards = [
        ("院长", "眭翥漪", "leader", [
            ("入院老人审核把关不严", "★★★", "入院条件公开，院务会集体审定。"),
            ("伙食物资采购价格虚高", "★★", "物资定点采购，每周询价公示。"),
        ]),
        ("护理员", "钭珮澴", "general", [
            ("侵占供养老人财物", "★★", "老人财物登记造册，家属签字。"),
            ("护理等级评估弄虚作假", "★", "护理等级两人评估，院长复核。"),
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
        "heshui_welfare_home_cards",
        "https://www.ppdoc.com/periodical/c2d3b245f2173a49943ee898a89ac1d0.html",
        "县社会福利院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 护理员), after the source's note on a county's new "
        "城区福利院 (床位, 集中供养孤寡老人和孤残儿童): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def heshui_honour_home_selfchecks() -> dict:
    unit = f"{PLACE}光荣院"
    t = _Truth(unit)
    people = [
        ("庹瑗沭", "副院长", "leader", [
            ("优抚对象入院审核不严", "高风险", "入院对象名单公示，局里复核。"),
            ("院内维修工程结算不实", "中风险", "工程量现场核实，结算审计。"),
        ]),
        ("訾玥潆", "炊事员", "general", [
            ("食材验收短斤少两", "中风险", "食材验收两人过秤，登记台账。"),
            ("剩余物资私自带走", "低风险", "物资出入库登记，月底盘点。"),
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
        "heshui_honour_home_selfchecks",
        "http://jewelry.mbahome.com/jujiao/2023/0522/3394.html",
        "县光荣院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of a "
        "退役军人服务站 caring for 子弟兵 and 退役军人 (拥军优属, 救助, 生活服务): a title, a label row "
        "``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def heshui_cemetery_group_rows() -> dict:
    unit = f"{PLACE}烈士陵园管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", [
            ("所长", "戈琰湲", "leader", [
                ("纪念设施修缮工程发包不公", "一级风险", "修缮工程依法比选，结果公示。"),
                ("公务接待超标准", "三级风险", "接待实行公函和清单制度。"),
            ]),
        ]),
        ("二、工作人员", [
            ("讲解员", "暨琇涞", "general", [
                ("团体祭扫预约收取好处费", "二级风险", "预约平台登记，免费讲解公示。"),
                ("祭扫用品代售私收现金", "二级风险", "代售用品统一扫码收款。"),
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
        "heshui_cemetery_group_rows",
        "http://ysxlsly.com",
        "县烈士陵园管理所 廉政风险防控责任清单, after the source's 文明祭扫须知 of a 烈士陵园 (登记入园, 团体预约, "
        "烈士陵园管理所 预审 祭文): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、所领导``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def heshui_funeral_admin_list() -> dict:
    unit = f"{PLACE}殡葬管理所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "宓璐澶", "leader", "公墓年检走过场", "岗位职责", "高", "年检邀请纪检人员参加，结果公示。"),
        ("所长", "宓璐澶", "leader", "接受经营性公墓宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("稽查员", "羿琬涔", "general", "殡葬服务收费检查降格处理", "业务流程", "中", "检查两人以上，处理集体研究。"),
        ("稽查员", "羿琬涔", "general", "泄露举报人信息", "外部环境", "低", "举报信息专人保管。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "heshui_funeral_admin_list",
        "https://mzj.sh.gov.cn/MZ_zhuzhan34_0-2-6/20200519/MZ_zhuzhan34_44240.html",
        "县殡葬管理所 廉政风险防控一览表, after the source's table of a city's 殡仪馆 charges (尸体火化, 接尸, 骨灰寄存, "
        "丧家自愿选择): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    heshui_funeral_home_bullets(),
    heshui_civil_affairs_list(),
    heshui_veterans_two_sheets(),
    heshui_service_center_posts(),
    heshui_welfare_home_cards(),
    heshui_honour_home_selfchecks(),
    heshui_cemetery_group_rows(),
    heshui_funeral_admin_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch493-inbox"))

"""The four-hundred-and-twenty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文化旅游
bodies, 宜川县 (a county of 延安 on the 黄河 at the 壶口瀑布, its staff Han) — the 县文化和旅游局, the
县壶口景区服务中心, the 县图书馆, the 县文化馆 and the 综合文化站 of four of its towns (秋林镇, 云岩镇,
集义镇, 壶口镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单, 防控表 or 自查表 its staff typed
in WPS or Excel:

- the 文化和旅游局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column,
  a 制表/审核/date line under each;
- the 壶口景区服务中心's 防控表 under GROUP ROWS ``一、中心领导``, ``二、票务科``, ``三、安全保卫科``
  merged across (no 科室 column): ``岗位 | 姓名`` merged per person, ``…风险`` types,
  ``一级风险/二级风险/三级风险``;
- the 文化馆's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点`` beside
  a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 秋林镇综合文化站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read
  by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 云岩镇综合文化站's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 | …``
  over ``工作单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况`` (``工作职责`` merged over its points), short types, 高/中/低, ``本人签名： | … | 站长审核：``;
- the 集义镇综合文化站's 责任清单 under ``附件1`` and a title: ``岗位 | 责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column;
- the 壶口镇综合文化站's 一览表 under a title and a merged ``填报单位（盖章）：…　填报时间：…`` line, written
  out on EVERY row (nothing merged): ``岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``,
  ``…风险`` types, 高/中/低.

One is harder:

- ``yichuan_library_point_per_measure_row``: the 图书馆's 岗位廉政风险防控一览表 kept ONE ROW A
  MEASURE. Under a title and a merged ``填报单位：…　填报时间：2025年10月`` line, the header is
  ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 措施序号 | 防控措施``; a point with three
  measures stands on three rows, and on each of them its 序号 (the POINT's number, the same on all
  three), its 岗位, 姓名, the point's WHOLE TEXT, its short type and its ``一级/二级/三级`` are written
  out AGAIN; only the ``措施序号`` (1, 2, 3, counting the point's measures and starting at 1 again
  under the next point) and the measure differ. Nothing is merged (the typist filled the cells so the
  sheet can be filtered and sorted, as a system export also leaves it). A merged ``注：防控措施一条一行，
  同一风险点有几条措施的，风险点及其岗位、姓名、类型、等级逐行重复填写，序号相同。`` line and a
  填表人/审核人/date line close it. The shape is about how a point and its MEASURES ARE SPLIT: the
  measures one a row, and the point not merged down over them nor left blank under its first row
  but typed again on every one of them. The README's 读得懂的表 knows measures one a row under a
  point whose cell is merged down over them (batch184: "a risk whose cells are merged down over two
  or three rows, one measure a row, is ONE point") or left EMPTY below its first row
  (``措施一行一条、不合并单元格、编着号往下写的,接到上面的风险点``), numbered measures under the point in
  its own cell or column (``（1）…``), one ``防控措施：…`` row under a person's points, a measures
  table keyed by the points' numbers (``MEASURES_BY_NUMBER``), measures written as codes of a
  catalogue, a labelled point line merged across with its measures one a row under it (batch409), a
  short point merged down over several 表现 rows each with ITS OWN level (each row a point), and
  科室, 岗位 and 姓名 written out again on every row (batch255, batch259); it does not describe a point
  written out again, word for word with the same 序号, type and level, on each row of its measures.
  No earlier batch has one: over every layout of tests/published/batch*.py no truth point stands in
  the same column of two consecutive rows unmerged (a scan of the modules' rows), and
  ``grep -l '措施序号' tests/published/batch*.py`` finds only the notes of batch370 (防控措施序号
  matching the numbered points of one cell) and batch413 (measure numbers in a point's closing
  bracket), neither a column of its own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page on 图书馆防控风险点 — 馆藏安全, 防盗设施,
读者安全, 网络安全, each with the measures against it; 宜川县's 县情 page — 文化旅游兴县, 壶口瀑布,
文旅产业; a page on 壶口瀑布's 门票 — 票价, 观光车, 淡旺季, 优惠群体 and 免票, 凌汛期 观景平台; a page on
“文出宜川” — the 县文化和旅游局 and 文化馆, the 工作简报, the 艺术馆; a page on 文化站的主要工作 — 图书阅览, 展览, 培训,
文体活动, 文化市场管理, and its 经费 and 设施 problems; a 综合文化站运行管理情况专项整治方案 — 运行经费 列入预算, 功能室,
免费开放; a 文化站规章制度 — 考勤签到, 卫生保洁; a 乡镇综合文化站 建设标准 — 多功能活动厅, 图书室, 培训
教室, 电子阅览室) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 宜川县, named with the county's name (no earlier unit
holds ``宜川县``; 秋林镇, 云岩镇, 集义镇 and 壶口镇 are towns of the county).

Run ``python tests/published/score.py --set batch421`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point is one ``序号`` with its text: the rows that repeat it (same 序号, same
  岗位, 姓名, point, type and level, ``措施序号`` 1, 2, 3 …) are its measures, ONE point of its holder
  in the truth, not two or three; the ``措施序号`` and ``防控措施`` cells are no points; the file names
  no 科室 (no column, no field): its 科室 is "";
- ``局领导`` (the 文化和旅游局's sheet of its leaders, named so by its tab and title) and ``中心领导`` (a
  group row) and ``馆领导`` (a 部室 cell of the 文化馆's list) are the 科室 of those leaders; a 局's 股 and 办公室, a 中心's 科, a 馆's 部 and 办公室 are
  科室; a group row ``二、票务科`` gives the 科室 ``票务科`` (its number left off); the 图书馆's list and
  the four 综合文化站' files name no 科室 (no field, no column; ``所在单位`` and ``工作单位`` name the
  unit): their 科室 is "";
- 局长, 副局长, the 中心's 主任 and 副主任, 馆长, 副馆长, 站长 and 副站长 are leaders; 股长, 科长 and the
  文化馆's 部主任 middle; the rest (科员, 会计, 出纳, 售票员, 干事, 采编员, 报账员, 文化专干, 管理员,
  图书管理员) general;
- ``风险点 | 风险表现`` (the 文化馆's list): the point is the short one; ``分管工作``, ``工作职责``,
  ``职责事项`` and ``自查情况`` are no points and name no holder; the 文化馆's list names no person: its
  forms are posts (对岗不对人);
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the
  cards' note), 高/中/低, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 集义镇 station's note) and ``一级/二级/三级`` are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch418).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b421_"
PLACE = "宜川县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

ROWS_NAME = "yichuan_library_point_per_measure_row"
ROWS_UNIT = f"{PLACE}图书馆"
ROWS_TAB = "一览表"
ROWS_HEAD = ("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "措施序号", "防控措施")
ROWS_NOTE = "注：防控措施一条一行，同一风险点有几条措施的，风险点及其岗位、姓名、类型、等级逐行重复填写，序号相同。"

# (岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, [防控措施, …])])
ROWS = [
    ("馆长", "逯翾珣", "leader", [
        ("图书采购项目不经馆务会集体研究，指定供应商", "制度机制", "一级", [
            "年度图书采购计划经馆务会研究并报县文化和旅游局审核。",
            "采购按政府采购程序实施，供应商不少于三家比选。",
            "采购结果在馆内公示栏公示五个工作日。",
        ]),
        ("职称推荐和绩效分配中优亲厚友", "思想道德", "二级", [
            "推荐条件和量化评分标准提前公布。",
            "绩效分配方案经职工会议讨论通过。",
        ]),
    ]),
    ("副馆长", "庾淏瑧", "leader", [
        ("总分馆建设和流动图书车配送经费虚列支出", "业务流程", "一级", [
            "配送计划与乡镇分馆签收单逐次核对。",
            "经费支出经馆长审批，每季度内部审计。",
        ]),
        ("阅读推广活动委托第三方不比价", "外部环境", "二级", [
            "委托事项三家以上询价并留存记录。",
            "活动结束后按实际场次和人数结算。",
        ]),
    ]),
    ("采编员", "苌翯沄", "general", [
        ("新书验收不严，以复本、低价书充抵", "岗位职责", "二级", [
            "验收两人以上，逐单核对书目、复本数和码洋。",
            "验收单由采编员、库管员和分管副馆长签字。",
        ]),
        ("受赠图书登记不全，私自处置", "制度机制", "三级", [
            "受赠图书当日登记入账并出具受赠证明。",
            "剔旧、处置图书经馆务会研究并造册备查。",
        ]),
    ]),
    ("报账员", "宓澴琤", "general", [
        ("读者押金、复印收入不及时入账", "业务流程", "二级", [
            "收费开具票据，当日登记、每周缴存。",
            "押金台账每月与银行账户核对。",
            "收入情况每季度向馆务会报告。",
        ]),
        ("报销票据审核不严，虚列办公耗材支出", "岗位职责", "三级", [
            "报销单经办人、验收人、审批人三签。",
            "耗材出入库登记，每半年盘点。",
        ]),
    ]),
]  # fmt: skip


def yichuan_library_point_per_measure_row() -> dict:
    unit = ROWS_UNIT
    t = _Truth(unit)
    sh = _Sheet(ROWS_TAB, [6, 9, 9, 34, 10, 9, 9, 40])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*ROWS_HEAD)
    n = 0
    for post, who, tier, points in ROWS:
        for point, typ, lv, measures in points:
            n += 1
            for k, measure in enumerate(measures, 1):
                sh.add(n, post, who, point, typ, lv, k, measure)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, ROWS_NOTE, 8)
    sh.add("填表人：", None, "审核人：", None, None, None, DATE, None)
    return _layout(
        ROWS_NAME, "http://i4napps.com/post/102759.html",
        "(harder) 县图书馆 岗位廉政风险防控一览表, after the source's page on 图书馆防控风险点 (馆藏安全, 防盗设施, 读者安全, "
        "网络安全, each with its measures): a title, a merged ``填报单位：…　填报时间：2025年10月`` line, ``序号 | 岗位 | 姓名 | 廉政风险点 | "
        "风险类型 | 风险等级 | 措施序号 | 防控措施``, ONE ROW A MEASURE: a point with three measures stands on three rows, its "
        "序号, 岗位, 姓名, point, short type and ``一级/二级/三级`` written out AGAIN on each, the 措施序号 1, 2, 3 counting its "
        "measures; nothing merged; a merged ``注：`` line saying so and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yichuan_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("辜翊澂", "局长", "主持全面工作", [
            ("文化旅游重点项目安排不经党组会集体研究", "Ⅰ级", "项目安排经党组会研究，会议纪要存档，结果公开。"),
            ("干部选任和年度考核中搞“一言堂”", "Ⅱ级", "选任按程序动议、考察、公示，考核结果公示。"),
        ]),
        ("蒯瑒潾", "副局长", "分管旅游发展、A级景区管理", [
            ("旅游发展专项资金分配向关系企业倾斜", "Ⅰ级", "资金分配方案集体研究，分配结果网上公开。"),
            ("A级景区复核中降低标准、打招呼", "Ⅱ级", "复核实行交叉检查，复核意见集体审定。"),
        ]),
        ("亢璟淏", "副局长", "分管公共文化服务、文物保护", [
            ("文物保护工程项目验收把关不严", "Ⅰ级", "验收邀请第三方参加，验收资料归档备查。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], ROMAN[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("文化艺术股", "股长", "隗昶琪", "middle", [
            ("群众文化活动和送戏下乡演出场次虚报", "Ⅱ级", "演出场次凭乡镇签收单和影像资料核定。"),
            ("文艺作品评奖中暗箱操作", "Ⅱ级", "评委随机抽取，评选结果公示。"),
        ]),
        ("旅游发展股", "股长", "覃熠瀛", "middle", [
            ("旅行社和民宿奖补资金审核不严", "Ⅰ级", "奖补对象实地核查，名单公示后拨付。"),
        ]),
        ("旅游发展股", "科员", "綦珮湝", "general", [
            ("节会活动承办单位选定不比价", "Ⅱ级", "承办单位三家以上比选，结果报局务会。"),
        ]),
        ("办公室", "会计", "栾琰沨", "general", [
            ("报销票据审核不严，虚列会议培训费", "Ⅲ级", "报销经办、审核、审批三签，每季度内审。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yichuan_culture_tourism_bureau_two_sheets",
        "http://www.wangshangshaanxi.cn/yanan/pro_info.asp?id=1183&big=49&small=180",
        "县文化和旅游局 file in two sheets after the source's 宜川县情 page (文化旅游兴县, 壶口瀑布, 文旅产业突破发展): ``局领导`` (a "
        "title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` (a title, 序号/股室 merged/"
        "岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``Ⅰ级/Ⅱ级/Ⅲ级``; no type column; a 制表/审核/date line "
        "under each",
        [lead, staff], t,
    )  # fmt: skip


def yichuan_hukou_scenic_center_group_rows() -> dict:
    unit = f"{PLACE}壶口景区服务中心"
    sh = _Sheet("防控表", [6, 10, 9, 38, 13, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "冉璩泓", "leader", [
                ("景区基础设施项目不经集体研究，插手工程发包", "制度机制风险", "一级风险",
                 "项目经主任办公会研究，进场公开交易。"),
                ("旺季临时用工招录中照顾关系人", "思想道德风险", "二级风险", "招录条件和名单公示。"),
            ]),
            ("副主任", "蔺瑄澈", "leader", [
                ("观光车运营承包合同条款明显有利于对方", "外部环境风险", "一级风险", "合同经法律顾问审查，会签后签订。"),
            ]),
        ]),
        ("二、票务科", "票务科", [
            ("科长", "郦曈渌", "middle", [
                ("门票优惠和免票审核不严，放“人情票”", "岗位职责风险", "一级风险",
                 "免票、半价凭证件实名登记，系统留痕，每日核对。"),
            ]),
            ("售票员", "嵇珂潆", "general", [
                ("票款收入截留、延迟缴存", "业务流程风险", "二级风险", "票款日清日结，双人缴存，系统数据与银行到账核对。"),
                ("淡旺季票价执行不一，私自收费", "制度机制风险", "三级风险", "票价公示，投诉电话公开。"),
            ]),
        ]),
        ("三、安全保卫科", "安全保卫科", [
            ("科长", "矫琮淇", "middle", [
                ("景区商户摊位安排中收受好处", "外部环境风险", "二级风险", "摊位安排公开抽签，结果公示。"),
                ("汛期观景平台封闭管理执行不严", "岗位职责风险", "三级风险", "封闭时段公告，巡查记录每日上报。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yichuan_hukou_scenic_center_group_rows", "https://jydfmetal.cn/post/12113.html",
        "景区服务中心 廉政风险防控表 under GROUP ROWS ``一、中心领导``, ``二、票务科``, ``三、安全保卫科`` merged across (no 科室 "
        "column), after the source's page on 壶口瀑布 门票 (票价, 观光车, 淡旺季, 优惠群体, 凌汛期 观景平台): a title, then "
        "序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yichuan_cultural_center_posts() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", [
            ("展演经费管理", "群众文化展演活动经费预算虚高、结报不实", "制度机制", "高风险",
             "展演活动事前预审、事后结报，票据逐项核对。"),
            ("艺术馆运行", "艺术馆场地出借不经集体研究，收入不入账", "业务流程", "中风险", "场地出借登记审批，收入统一入账。"),
        ]),
        ("群众文化部", "部主任", "middle", [
            ("文艺培训", "公益培训班变相收费，学员名单虚报", "思想道德", "高风险", "培训免费开放，学员签到和影像存档。"),
            ("演出评选", "群众文艺演出评选中打招呼、凭关系", "外部环境", "中风险", "评委随机抽取，评选结果公示。"),
        ]),
        ("非遗保护部", "干事", "general", [
            ("传承人补助", "非遗传承人补助申报材料把关不严", "岗位职责", "高风险", "补助对象评审、公示后发放。"),
            ("资料征集", "民间文艺资料征集费用虚报", "业务流程", "低风险", "征集资料登记入档，费用按件核定。"),
        ]),
        ("办公室", "出纳", "general", [
            ("现金管理", "简报印制等费用现金支付不入账", "制度机制", "低风险", "现金日清月结，支出凭证三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "yichuan_cultural_center_posts", "https://sxggwhy.com/act/detail?id=6531f379bc754c2aa9b9857c",
        "县文化馆 岗位廉政风险点排查表 对岗不对人, after the source's page on “文出宜川” (县文化馆's 工作简报, 艺术馆, 群众文化艺术): "
        "a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def yichuan_qiulin_station_cards() -> dict:
    unit = f"{PLACE}秋林镇综合文化站"
    t = _Truth(unit)
    cards = [
        ("站长", "晁翙琎", "leader", [
            ("文化站免费开放经费不按规定使用", "★★★", "经费专款专用，支出经镇党委会研究。"),
            ("村文化室设备配送中截留、调换", "★★", "配送清单村级签收，镇纪委抽查。"),
            ("文体器材采购指定供应商", "★★★", "采购三家以上询价，验收两人签字。"),
        ]),
        ("文化专干", "戚澍玥", "general", [
            ("群众文化活动场次、人数虚报", "★★", "活动签到和影像资料存档，每月上报。"),
            ("广播电视设施维护费用虚列", "★", "维护记录与票据核对，站长审核。"),
        ]),
        ("管理员", "禤珽滢", "general", [
            ("图书室图书资料借出不登记、丢失不报告", "★★", "借阅登记，每半年盘点。"),
            ("体育器材私自出借", "★", "器材出入登记，损坏照价赔偿。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "yichuan_qiulin_station_cards", "https://www.tui18edu.com/big5/fangan_678901",
        "镇综合文化站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 文化专干, 管理员), after the source's page on 文化站的"
        "主要工作 (图书阅览, 展览和培训, 文体活动, 文化市场管理; its 经费 and 设施 problems): a title, ``姓　名 | … | 职　务 | …`` over "
        "``所在单位 | … | 持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` "
        "line on the stars and ``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def yichuan_yunyan_station_selfchecks() -> dict:
    unit = f"{PLACE}云岩镇综合文化站"
    t = _Truth(unit)
    people = [
        ("巫璘溪", "站长", "leader", "主持站全面工作，负责经费和设施管理", [
            ("综合文化站运行经费挪作他用", "制度机制", "高", "经费列入镇财政预算，专款专用。", "已落实"),
            ("功能室被挤占出租，租金不入账", "岗位职责", "中", "功能室挂牌管理，不得出租出借。", "已落实"),
        ]),
        ("阚曦珵", "文化专干", "general", "负责文体活动组织和文化志愿服务", [
            ("活动记录补记，虚报开放时间", "思想道德", "中", "开放时间公示，活动记录当日填写。", "已落实"),
            ("志愿者补贴发放不实", "业务流程", "低", "补贴名单公示，打卡发放。", "正在整改"),
        ]),
        ("卞瑀涵", "图书管理员", "general", "负责图书室和电子阅览室管理", [
            ("图书剔旧处置不登记", "业务流程", "中", "剔旧清单站长审核，造册备查。", "已落实"),
            ("电子阅览室设备私用", "外部环境", "低", "设备使用登记，定期检查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duty, points in people:
        sh = _Sheet(who, [6, 20, 34, 10, 9, 30, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 7)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 6)
        r = sh.add("工作单位", unit, None, "填表时间", DATE, None, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 6)
        sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, duty, point, typ, lv, measures, state)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None, None)
        sheets.append(sh)
    return _layout(
        "yichuan_yunyan_station_selfchecks", "https://m.bdocx.com/doc/18550158.html",
        "镇综合文化站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 综合文化站运行管理情况"
        "专项整治方案 (运行经费 列入预算, 功能室, 免费开放, 活动记录): a title, the pairs ``姓　名 | … | 职　务 | …`` over ``工作单位 "
        "| … | 填表时间 | …``, then 序号/``工作职责`` merged over its points/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施/``自查情况``; no 科室 field; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def yichuan_jiyi_station_duty_list() -> dict:
    unit = f"{PLACE}集义镇综合文化站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "詹翀瑢", "leader", [
            ("考勤管理", "考勤签到代签、补签，奖惩兑现不公", "Ⅱ", "考勤每周统计，结果公示。"),
            ("设施建设", "文化广场维修工程化整为零", "Ⅰ", "维修项目按限额标准采购，结算送审。"),
        ]),
        ("副站长", "冼琇澜", "leader", [
            ("文化市场协管", "协助检查网吧、演出场所时接受宴请", "Ⅰ", "检查两人以上，签订廉洁承诺。"),
        ]),
        ("文化专干", "郗瑆渝", "general", [
            ("文艺队伍辅导", "民间文艺队伍扶持资金分配不公", "Ⅱ", "扶持对象评议、公示。"),
            ("活动物资", "活动服装道具领用不登记", "Ⅲ", "物资出入库登记，每季度盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "yichuan_jiyi_station_duty_list", "https://xiexiebang.com/qiye/zhidu/139ab2dffdcba662.html",
        "镇综合文化站 廉政风险防控责任清单, after the source's 文化站规章制度 (考勤, 卫生保洁, 活动文明公约, 服务道德规范): ``附件1``, "
        "a title, then 序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no "
        "type column; a merged ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yichuan_hukou_town_station_every_row() -> dict:
    unit = f"{PLACE}壶口镇综合文化站"
    sh = _Sheet("一览表", [6, 11, 9, 38, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "厍曜潼", "leader", "多功能活动厅设备采购不询价", "制度机制风险", "高", "采购三家询价，镇党委会审定。"),
        ("站长", "厍曜潼", "leader", "胸鼓表演队外出演出收入不入账", "业务流程风险", "高", "演出收入统一入账，按季度公示。"),
        ("文化专干", "殳瑞沣", "general", "培训教室使用登记不实、虚报培训人次", "岗位职责风险", "中", "培训签到与影像资料核对。"),
        ("文化专干", "殳瑞沣", "general", "民俗文化活动奖品发放不登记", "思想道德风险", "低", "奖品发放签字领取，名单公示。"),
        ("管理员", "訾琬渃", "general", "电子阅览室上网收费", "外部环境风险", "中", "免费开放，收费举报电话公开。"),
        ("管理员", "訾琬渃", "general", "图书报刊订阅数量虚报", "制度机制风险", "低", "订阅清单与到馆登记逐月核对。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "yichuan_hukou_town_station_every_row", "https://zjtcn.com/zhishi/whzsjt",
        "镇综合文化站 岗位廉政风险防控一览表, after the source's 乡镇综合文化站 建设标准 (多功能活动厅, 图书室, 培训教室, 电子阅览室, "
        "设备配置): a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/岗位/姓名 written out on EVERY "
        "row (nothing merged)/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yichuan_library_point_per_measure_row(),
    yichuan_culture_tourism_bureau_two_sheets(),
    yichuan_hukou_scenic_center_group_rows(),
    yichuan_cultural_center_posts(),
    yichuan_qiulin_station_cards(),
    yichuan_yunyan_station_selfchecks(),
    yichuan_jiyi_station_duty_list(),
    yichuan_hukou_town_station_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch421-inbox"))

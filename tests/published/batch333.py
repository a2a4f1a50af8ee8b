"""The three-hundred-and-thirty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文旅, 体育 and
广电 bodies, 大邑县 (the county of 成都 west of the city, under 西岭雪山, its staff Han) — its
文化体育和旅游局 with the 局's 安仁古镇景区管理局, 图书馆, 文化馆, 体育中心 and 刘氏庄园博物馆, and its
广播电视台 and 融媒体中心 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff
typed in WPS or Excel:

- the 安仁古镇景区管理局's file in two sheets: ``局领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no
  type column;
- the 图书馆's 岗位廉政风险防控卡, one sheet a holder (tabs 馆长, 采编部主任, 会计): ``姓　名 | … |
  职　务 | …`` and ``所在部门 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 文化馆's 自查表, one sheet a person (tabs named by the person): ONE ROW OF PAIRS ``姓　名 | … |
  部　门 | … | 职　务 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 馆长意见：``;
- the 体育中心's 排查表 对岗不对人: ``科室`` merged, ``岗位`` merged per post, a short ``风险点`` beside a
  long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 广播电视台's 责任清单 under GROUP ROWS ``一、台领导`` … ``三、广告经营部`` merged across (no 部门
  column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no
  type column, a ``注：`` line and a 制表/审核/date line;
- the 刘氏庄园博物馆's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门``
  merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a ``填表人： | 审核人： |
  馆长（签字）：`` line;
- the 融媒体中心's 一览表: ``部门`` written on EVERY row (no merges), ``岗位 | 责任人``, ``…风险`` types,
  bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line.

One is harder:

- ``dayi_culture_bureau_coded_levels``: the 文化体育和旅游局's 岗位廉政风险防控一览表, an ordinary
  一览表 in its columns (a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, ``风险编号 |
  股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per person,
  short types) with NO LEVEL COLUMN AND NO LEVEL WORD IN ANY RISK ROW BUT THE CODE: the first column
  is a RISK CODE, not a running number, made of the GRADE AS A ROMAN NUMERAL AND A RUNNING NUMBER
  KEPT APART FOR EACH GRADE — ``Ⅰ-01`` … ``Ⅰ-06``, ``Ⅱ-01`` … ``Ⅱ-06``, ``Ⅲ-01`` … ``Ⅲ-03`` — so that,
  the rows standing by 股室 and holder as usual, the codes of the three grades interleave down the
  table (``Ⅰ-01, Ⅰ-02, Ⅱ-01, Ⅰ-03, Ⅱ-02, …``); a merged ``注：`` line under the table says what the
  code is (``注：1.风险编号由风险等级代码和顺序号组成，“Ⅰ”为一级风险（高），“Ⅱ”为二级风险（中），“Ⅲ”为
  三级风险（低），顺序号按等级分别编排。2.风险等级以风险编号为准，本表不另设风险等级栏。``). So the level of a
  point is the part of its code before the hyphen. The README's 读得懂的表 knows a level in a level
  column (however worded, with or without a note, ``Ⅰ/Ⅱ/Ⅲ`` bare too), a group row or caption that
  grades the rows under it, sheets or titles named by a level, a level in brackets at the end of a
  point cell or a type cell, a mark before a point (``★``/``☆``) or a circled footnote number after it
  (``①②③``) read by a note, a level given by row numbers in a note (``第1、2、4项为高风险``), levels
  from another sheet keyed by a risk number, colours; and it knows a CODE in the numbering column
  that carries the 科室 (``DZB-01``, ``DZB—党政综合办公室``) and a ``风险编码`` whose letters carry the
  TYPE (``ZD-01``, ``SX—思想道德风险``); it does not describe a LEVEL carried only as the first segment
  of the row's own risk code, numbered afresh within each grade.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市文化和旅游局's 部门整体支出绩效
自评报告 — its ten 科室, 办公室, 财务股, 政工人事股, 体育股, 文化艺术股, 市场管理股, 旅游股, 产业股, 广播电视股,
文物股, and its duties over 文化, 旅游, 广播电视 and 体育; 安仁古镇 becoming a 文博小镇 — its 公馆, 民国风情街,
文创 shops and the 文旅集团; 政府采购 and the 采编 of a 公共图书馆 — 订购方式, 采购周期, 供应商, 文献配置;
a 文化馆概述 — 展览, 讲座, 培训, 流动文化服务, 群众文艺团队, 非物质文化遗产, 共享工程; a 市体育中心's
免费或低收费开放 方案 — 体育馆, 游泳馆, 体育场, 室外球场, 全民健身广场; a 地区广播电视台's 安全播出 —
监控, 消防, 三审三校, 引进电视剧, 贴片广告, 虚假药品广告; 安仁古镇's 27座公馆 and the 刘氏庄园博物馆; a
市广播电视局 checking a 区融媒体中心's 安全播出, 网络安全, 应急演练 and 值班记录) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body
of 大邑县.

Run ``python tests/published/score.py --set batch333`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a point is the roman numeral that opens its ``风险编号``
  (``Ⅰ-`` → 1, ``Ⅱ-`` → 2, ``Ⅲ-`` → 3), as the ``注：`` line says; the codes are no points and no
  科室 (every grade's codes run over several 股室); ``局领导`` in a ``股室`` cell is the 科室 of the 局长
  and the 副局长;
- ``局领导`` (the 景区管理局's sheet, whose title names it), ``馆领导`` (a card's 所在部门, a 部门 cell, a
  自查表's 部门), ``中心领导`` (a 科室 or 部门 cell) and ``台领导`` (a group row) are the 科室 of those
  leaders; a group row ``二、新闻部`` gives the 科室 ``新闻部`` (its number left off); a 局's 股, a 馆's
  部 and 室, a 中心's 部 and 科, a 台's 部 are 科室;
- every 局, 馆, 中心 and 台 here is a unit of its own: 局长, 副局长, a 馆's 馆长 and 副馆长, a 中心's 主任
  and 副主任, a 台's 台长 and 副台长 are leaders; 股长, a 部's 部长 or 主任, a 科's 科长 and the 局's
  办公室主任 middle; the rest (科员, 会计, 出纳, 采编员, 辅导员, 场馆管理员, 编辑, 记者, 广告业务员, 讲解员, 保管员,
  技术员, 值班员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 体育中心's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 融媒体中心's note)
  and the ``Ⅰ-``/``Ⅱ-``/``Ⅲ-`` of a code (read by the 文体旅局's note) are 1/2/3.

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

PREFIX = "b333_"
PLACE = "大邑县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

CODE_HEAD = ("风险编号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
# (股室, 岗位, 姓名, tier, [(grade Ⅰ/Ⅱ/Ⅲ, 风险点, 类型, 防控措施)]) in the table's order
CODED = [
    ("局领导", "局长", "訾岱峤", "leader", [
        ("Ⅰ", "重大文体旅游项目安排和大额资金使用不经党组会集体研究", "制度机制",
         "“三重一大”事项党组会集体研究，会议纪要存档备查。"),
        ("Ⅰ", "干部选拔任用和职称推荐中个人说了算", "岗位职责", "严格执行干部任用程序，推荐结果全局公示。"),
        ("Ⅱ", "对局属图书馆、文化馆、体育中心监督管理不到位", "岗位职责",
         "每年听取局属单位党风廉政建设情况汇报，开展廉政谈话。"),
    ]),
    ("局领导", "副局长", "郄霈岚", "leader", [
        ("Ⅰ", "A级旅游景区评定推荐中为关系单位打招呼", "外部环境", "景区评定推荐集体研究，打招呼事项登记报告。"),
        ("Ⅱ", "文物保护工程项目验收把关不严", "业务流程", "验收邀请文物专家和纪检人员参加，验收资料存档。"),
    ]),
    ("局领导", "副局长", "亓翊澄", "leader", [
        ("Ⅰ", "全民健身器材采购指定品牌和供应商", "外部环境", "采购进入公共资源交易平台，技术参数集体论证。"),
        ("Ⅲ", "体育赛事承办单位选择不公开", "制度机制", "承办单位公开比选，比选结果公示。"),
    ]),
    ("办公室", "主任", "谯蓁瑗", "middle", [
        ("Ⅱ", "公务接待超标准，无公函接待", "制度机制", "接待事前审批，接待清单按月公示。"),
        ("Ⅲ", "办公用品采购不比价，验收走过场", "业务流程", "采购三家比价，验收双人签字。"),
    ]),
    ("文化艺术和广播电视股", "股长", "庹澈舟", "middle", [
        ("Ⅰ", "公共文化服务专项资金分配不按因素测算，优亲厚友", "岗位职责",
         "分配方案按因素测算，局务会研究并公示。"),
        ("Ⅱ", "送戏下乡演出场次和观众人数核验不实", "业务流程", "演出现场拍照定位，乡镇文化站签字确认。"),
    ]),
    ("旅游发展股", "科员", "雎琰晞", "general", [
        ("Ⅱ", "旅游发展专项资金申报材料审核不严", "岗位职责", "申报材料清单化审核，股长复核。"),
    ]),
    ("市场管理股", "股长", "璩昳嵘", "middle", [
        ("Ⅰ", "营业性演出、娱乐场所许可违规审批", "岗位职责", "许可条件公开，初审、复审两级审核，结果网上公示。"),
        ("Ⅱ", "文化市场日常检查前向经营单位透露检查信息", "外部环境", "检查对象“双随机”抽取，检查前不通知。"),
        ("Ⅲ", "接受文化经营单位宴请、礼品", "思想道德", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
]  # fmt: skip
CODE_NOTE = (
    "注：1.风险编号由风险等级代码和顺序号组成，“Ⅰ”为一级风险（高），“Ⅱ”为二级风险（中），“Ⅲ”为三级风险（低），"
    "顺序号按等级分别编排。2.风险等级以风险编号为准，本表不另设风险等级栏。"
)


def codes() -> list[str]:
    """The risk codes in the table's order: each grade numbered on its own (``Ⅰ-01`` …)."""
    seen: dict[str, int] = {}
    out = []
    for _dept, _post, _who, _tier, points in CODED:
        for grade, *_ in points:
            seen[grade] = seen.get(grade, 0) + 1
            out.append(f"{grade}-{seen[grade]:02d}")
    return out


def dayi_culture_bureau_coded_levels() -> dict:
    unit = f"{PLACE}文化体育和旅游局"
    sh = _Sheet("一览表", [10, 14, 9, 9, 40, 10, 36])
    t = _Truth(unit)
    ncols = len(CODE_HEAD)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    sh.add(*CODE_HEAD)
    first = len(sh.rows)
    code = iter(codes())
    for dept, post, who, tier, points in CODED:
        for grade, point, typ, measures in points:
            sh.add(next(code), dept, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[grade])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, CODE_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "dayi_culture_bureau_coded_levels", "https://www.3haojob.com/ad/16607518038578.html",
        "(harder) 县文化体育和旅游局 岗位廉政风险防控一览表, after the source's 市文化和旅游局 部门整体支出绩效自评报告 (ten 科室: "
        "办公室, 财务股, 体育股, 文化艺术股, 市场管理股, 旅游股, 广播电视股, 文物股 …; duties over 文化, 旅游, 广播电视, 体育): a "
        "title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, ``风险编号``/股室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 (short names)/防控措施 with NO LEVEL COLUMN: the first column a RISK CODE made of the "
        "GRADE AS A ROMAN NUMERAL and a number RUN APART FOR EACH GRADE (``Ⅰ-01`` … ``Ⅰ-06``, ``Ⅱ-01`` … ``Ⅱ-06``, "
        "``Ⅲ-01`` … ``Ⅲ-03``, interleaved down the table), a merged ``注：`` line saying the code's numeral is the "
        "grade and the table has no level column; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dayi_anren_scenic_bureau_two_sheets() -> dict:
    unit = f"{PLACE}安仁古镇景区管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("禤樾琮", "局长", "主持全面工作，分管财务、人事和景区门票收入", [
            ("景区门票收入和分成款不按规定入账，设立“小金库”", "一级", "门票收入每日解缴财政专户，年度审计。"),
            ("公馆修缮和街区改造项目不经集体研究，个人定项目", "一级", "项目安排局务会集体研究，会议纪要存档。"),
        ]),
        ("靳溆宁", "副局长", "分管景区经营、招商和民国风情街商铺管理", [
            ("景区商铺招租中为关系人压低租金、优先安排", "一级", "商铺招租公开竞价，结果公示。"),
            ("文创企业入驻审核中接受请托", "二级", "入驻条件公开，审核结果集体研究。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("科室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("经营管理科", "科长", "郏祎琮", "middle", [
            ("景区经营项目承包合同签订不规范，擅自变更承包费", "一级", "承包合同经法律顾问审核，变更集体研究。"),
            ("游客投诉处理偏袒经营户", "三级", "投诉登记编号，处理结果回访。"),
        ]),
        ("经营管理科", "票务员", "邰湉漪", "general", [
            ("门票、观光车票重复使用或不出票收费", "二级", "电子票务系统售检票，每日对账。"),
        ]),
        ("规划建设科", "科长", "濮峣瑀", "middle", [
            ("公馆修缮工程现场签证把关不严，虚增工程量", "一级", "签证双人复核，跟踪审计参与。"),
            ("街区风貌审查中为违规建设开口子", "二级", "审查意见集体研究，结果公开。"),
        ]),
        ("综合办公室", "会计", "檀珂钰", "general", [
            ("报销票据审核不严，以虚假票据报账", "二级", "报销票据逐张审核，经办人、审核人、审批人三签。"),
            ("现金收入不及时存入银行", "三级", "现金日清月结，定期盘点。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "dayi_anren_scenic_bureau_two_sheets", "http://news.chengdu.cn/2016/0527/1789541.shtml",
        "县安仁古镇景区管理局 廉政风险防控表 in two sheets, after the source's 安仁古镇 turning into a 文博小镇 (公馆, 民国风情街, "
        "文创 shops, the 文旅集团): ``局领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged (经营管理科, 规划建设科, "
        "综合办公室)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def dayi_library_cards() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "芮蘅若", "馆领导", "leader", [
            ("图书采购中指定供应商，接受书商回扣", "思想道德风险", "★★★", "图书采购按政府采购程序执行，结果公示。"),
            ("免费开放经费挤占挪用", "制度机制风险", "★★★", "免费开放经费专账核算，年度审计。"),
            ("馆藏文献剔旧处置不经集体研究", "岗位职责风险", "★★", "剔旧清单馆务会研究，处置结果公示。"),
        ]),
        ("采编部主任", "帅琤珮", "采编部", "middle", [
            ("采购书目向特定出版商倾斜，复本量虚高", "业务流程风险", "★★", "书目经读者需求统计和集体审定。"),
            ("到馆图书验收不严，以次充好", "岗位职责风险", "★★", "验收清单逐册核对，双人签字。"),
        ]),
        ("会计", "仝筠汐", "办公室", "general", [
            ("采购款支付不按合同进度", "业务流程风险", "★★", "支付凭合同、验收单和审批单办理。"),
            ("读者押金、复印收费不入账", "岗位职责风险", "★★★", "收费开具票据，每月对账。"),
            ("接受供应商宴请、礼品", "外部环境风险", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", tab, None)
        sh.add("所在部门", dept, "持卡时间", "2025年9月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-12388", None, None)
        sheets.append(sh)
    return _layout(
        "dayi_library_cards", "http://m.handmsg.com/page/2021/0327/19661644.shtml",
        "县图书馆 岗位廉政风险防控卡, one sheet a holder (tabs 馆长, 采编部主任, 会计), after the source's paper on 政府采购 and the "
        "采编 of a 公共图书馆 (订购方式, 采购周期, 供应商, 文献配置): a title, the pairs ``姓　名 | … | 职　务 | …`` and ``所在部门 | "
        "… | 持卡时间 | 2025年9月``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line "
        "on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def dayi_culture_center_selfchecks() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    people = [
        ("冉暻瑄", "馆领导", "馆长", "leader", [
            ("文艺演出、展览经费预算虚高，结报不实", "一级风险", "展演活动事前预审、事后结报。", "已落实"),
            ("群众文艺团队扶持资金分配不公", "二级风险", "扶持对象和金额馆务会研究并公示。", "已落实"),
        ]),
        ("敖霁岫", "群文辅导部", "主任", "middle", [
            ("公益培训班学员人数、课时虚报", "一级风险", "培训签到拍照，课时记录按月抽查。", "正在整改"),
            ("流动文化服务场次虚报", "二级风险", "服务现场照片和接收单位签字存档。", "已落实"),
            ("辅导中向学员推销教材、收取费用", "三级风险", "公益培训一律免费，设立投诉电话。", "未发现问题"),
        ]),
        ("嵇翀霖", "非遗保护部", "辅导员", "general", [
            ("非遗传承人补助申报材料审核不实", "一级风险", "申报材料实地核查，结果公示。", "已落实"),
            ("非遗展演道具、服装采购不比价", "三级风险", "采购三家比价，验收双人签字。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"部{GAP}门", dept, f"职{GAP}务", post)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况", None)
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found, None)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "馆长意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "dayi_culture_center_selfchecks", "http://dywhg.org.cn/file_read.aspx?id=368",
        "县文化馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 文化馆概述 (展览, 讲座, "
        "培训, 流动文化服务, 群众文艺团队, 非物质文化遗产, 共享工程): a title, ONE ROW OF PAIRS ``姓　名 | … | 部　门 | … | "
        "职　务 | …``, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; a blank "
        "row and ``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def dayi_sports_center_posts() -> dict:
    unit = f"{PLACE}体育中心"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("场馆委托运营", "场馆委托第三方运营不公开比选，为关系企业开口子", "外部环境", "高风险",
             "委托运营公开比选，合同经集体研究。"),
            ("低收费开放定价", "擅自提高开放收费标准或取消免费时段", "制度机制", "中风险",
             "收费标准报批并在场馆公示。"),
        ]),
        ("场馆运营部", "场馆管理员", "general", [
            ("场地预约", "利用预约系统为熟人预留场地，收取好处", "思想道德", "中风险", "预约全部网上办理，记录可查。"),
            ("游泳馆收费", "现金收费不开票，截留收入", "岗位职责", "高风险", "推行扫码收费，每日对账。"),
        ]),
        ("场馆运营部", "部长", "middle", [
            ("设施维修", "维修项目化整为零，虚报维修费用", "业务流程", "中风险", "维修项目事前审批，完工验收。"),
        ]),
        ("财务科", "出纳", "general", [
            ("门票和场租收入", "收入不及时入账，公款私存", "岗位职责", "高风险", "收入日清月结，定期盘点。"),
            ("票据管理", "票据领用不登记，作废票据不留存", "业务流程", "低风险", "票据领用登记，作废联全部留存。"),
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
    sh.add("编制：综合办公室", None, None, "审核：", None, "2025年9月", None, None)
    return _layout(
        "dayi_sports_center_posts", "https://www.jamoxi.com/thread/20151215/3502101.html",
        "县体育中心 岗位廉政风险点排查表 对岗不对人, after the source's 市体育中心 免费或低收费开放 方案 (体育馆, 游泳馆, 体育场, "
        "室外球场, 全民健身广场): a title, then 序号/科室 merged (中心领导, 场馆运营部, 财务科)/岗位 merged per post/a short "
        "风险点/a long ``风险表现``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an "
        "``编制：… | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def dayi_tv_station_groups() -> dict:
    unit = f"{PLACE}广播电视台"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、台领导", "台领导", [
            ("台长", "宓朏然", "leader", [
                ("节目采购", "引进电视剧、节目采购价格不经集体研究", "Ⅰ级", "采购价格台务会研究，合同存档。"),
                ("设备采购", "播出设备采购指定品牌", "Ⅰ级", "技术参数集体论证，进入交易平台。"),
            ]),
            ("副台长", "滑璟骁", "leader", [
                ("节目终审", "终审把关不严，为关系单位安排有偿新闻", "Ⅱ级", "严格执行三审三校，有偿新闻零容忍。"),
            ]),
        ]),
        ("二、新闻部", "新闻部", [
            ("主任", "钮黛筠", "middle", [
                ("新闻选题", "以新闻报道为条件向单位索要赞助", "Ⅰ级", "选题集体确定，报道与经营分开。"),
            ]),
            ("记者", "蓟勍珩", "general", [
                ("采访报道", "接受采访对象红包、礼品", "Ⅱ级", "采访两人以上，拒收登记。"),
            ]),
        ]),
        ("三、广告经营部", "广告经营部", [
            ("主任", "枚宸翎", "middle", [
                ("广告审查", "对虚假医疗、药品广告审查放行", "Ⅰ级", "广告播前审查，审查记录存档。"),
            ]),
            ("广告业务员", "郦潆渟", "general", [
                ("广告收费", "擅自给予客户折扣，收取回扣", "Ⅱ级", "折扣标准公开，合同统一审批。"),
                ("合同管理", "广告合同不及时归档", "Ⅲ级", "合同按月登记归档。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "dayi_tv_station_groups", "https://www.hljszw.org.cn/home/book/info/get_id/378506.html",
        "县广播电视台 廉政风险防控责任清单, after the source's 地区广播电视台 安全播出 (监控, 消防, 三审三校, 引进电视剧, 贴片广告, "
        "虚假药品广告): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、台领导``, ``二、新闻部``, ``三、广告经营部`` merged across (no 部门 column); 岗位 and 姓名 merged per person; no "
        "type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def dayi_manor_museum_list() -> dict:
    unit = f"{PLACE}刘氏庄园博物馆"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "刁璞岩", "leader", [
            ("文物征集中接受出让人请托，抬高征集价格", "外部环境", "高", "征集价格经鉴定委员会评估，集体研究。"),
            ("公馆修缮工程发包不公开", "制度机制", "高", "工程发包进入公共资源交易平台。"),
        ]),
        ("保管部", "主任", "巩晙熙", "middle", [
            ("藏品出入库手续不全，账物不符", "岗位职责", "高", "出入库双人办理，每年清点核对。"),
            ("藏品借展审批把关不严", "业务流程", "中", "借展报主管部门审批，协议存档。"),
        ]),
        ("保管部", "保管员", "桓蕖沅", "general", [
            ("库房钥匙管理不严，私自带人进入库房", "岗位职责", "中", "库房实行双人双锁，进出登记。"),
        ]),
        ("陈列展览部", "讲解员", "靖颀朗", "general", [
            ("讲解服务私自收费", "思想道德", "低", "讲解收费标准公示，统一开票。"),
            ("文创产品代销款不入账", "业务流程", "中", "代销款统一收取，每月对账。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "馆长（签字）：", None, None)
    return _layout(
        "dayi_manor_museum_list", "http://www.cdrx.net/m/article-26209-2.htm",
        "县刘氏庄园博物馆 岗位廉政风险防控一览表, after the source's 安仁古镇 and its 27座公馆 (保护 and 利用, the 刘氏庄园博物馆's "
        "馆长): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/部门 merged (馆领导, 保管部, "
        "陈列展览部)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/馆长（签字） line",
        [sh], t,
    )  # fmt: skip


def dayi_media_center_list() -> dict:
    unit = f"{PLACE}融媒体中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "伏晔澜", "leader", "融媒体平台建设项目不经集体研究", "制度机制风险", "Ⅰ",
         "项目建设中心党组会研究，全程审计。"),
        ("中心领导", "主任", "伏晔澜", "leader", "干部职工绩效分配中优亲厚友", "岗位职责风险", "Ⅱ",
         "绩效方案职工大会通过并公示。"),
        ("技术保障部", "技术员", "苍翾飏", "general", "播出设备维修外包虚报费用", "业务流程风险", "Ⅱ",
         "维修外包比价，维修记录存档。"),
        ("技术保障部", "值班员", "粟锳珞", "general", "安全播出值班记录造假", "岗位职责风险", "Ⅲ",
         "值班记录系统留痕，部门每周抽查。"),
        ("全媒体编辑部", "编辑", "昝熠骞", "general", "有偿发稿，收取稿件费用", "思想道德风险", "Ⅰ",
         "稿件三审三校，编辑签订承诺书。"),
        ("综合部", "会计", "韶淏川", "general", "广告收入不入账，设立账外账", "岗位职责风险", "Ⅰ",
         "广告收入统一入账，每月对账。"),
        ("综合部", "会计", "韶淏川", "general", "接受合作单位宴请、礼品", "外部环境风险", "Ⅲ",
         "签订廉洁承诺书，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dayi_media_center_list", "https://csglxh.com/gdjcsglxhcom/zwxx/gzdt/201904/t20190415_5677.htm",
        "县融媒体中心 岗位廉政风险防控一览表, after the source's 市广播电视局 checking a 区融媒体中心 (安全播出, 网络安全, 应急演练, "
        "值班记录): a title, then 序号/部门/岗位/``责任人`` written on EVERY row (no merges)/廉政风险点/风险类型 ``…风险``/风险等级 "
        "bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dayi_culture_bureau_coded_levels(),
    dayi_anren_scenic_bureau_two_sheets(),
    dayi_library_cards(),
    dayi_culture_center_selfchecks(),
    dayi_sports_center_posts(),
    dayi_tv_station_groups(),
    dayi_manor_museum_list(),
    dayi_media_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch333-inbox"))

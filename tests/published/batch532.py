"""The five-hundred-and-thirty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 市场 and
商贸 bodies, 广河县 (a county of 临夏回族自治州, 甘肃) — the 市场监督管理局, the 商务局, the
皮毛交易市场管理中心, the 消费者协会 and four 市场监管所 of the 局 (城关, 三甲集, 庄窠集,
买家巷) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 商务局's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 | 风险等级 |
  防控措施``, ``…风险`` types, 高/中/低;
- the 皮毛交易市场管理中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 消费者协会's file in two sheets ``协会领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``部室`` (``部室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 城关市场监管所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above ``序号 |
  廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 三甲集市场监管所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 庄窠集市场监管所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、综合监管组`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 买家巷市场监管所's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``guanghe_market_bureau_score_ticks``: the 市场监督管理局's 一览表 gives NO level word at all: a
  heading ``风险程度评分`` is merged over five sub-columns headed by the scores ``1 | 2 | 3 | 4 | 5``
  (typed as numbers), and each point's row has ONE ``●`` under its score; a note under the table
  turns scores into levels by bands: ``注：风险程度由低到高按1—5分评定，在相应分值栏内打“●”；4—5分为高
  风险，3分为中风险，1—2分为低风险。`` The rest is plain (``序号 | 股室 | 岗位 | 责任人 | 风险点 |
  风险类型 | 风险程度评分 | 防控措施``, 股室 merged, 岗位 and 责任人 merged per person, short types, the
  other heading cells merged down the two heading rows). The shape is about WHERE AND HOW A POINT'S
  LEVEL IS GIVEN. The README's 读得懂的表 and the earlier batches know ticks under LEVEL sub-columns
  (``风险等级`` over ``一级 | 二级 | 三级``, ``高 | 中 | 低``), ``■□□``/``○●○`` boxes ticked by
  position, a score or 风险值 in a column of its own banded by a note (``风险值6—9为高风险``, LEC,
  发生可能性 × 危害程度, a rank and its bands), digits written under TYPE columns and a note
  giving them levels; none is a tick under one of FIVE SCORE columns whose headings are the
  numbers, a note banding the scores into three levels (the level is the heading of the ticked
  column, read through the note).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 公平竞争 抽查 notice; a
page on the rank of a county 市场监督管理局's branches; a gazetteer note on a county 商业局; a news
item on a 毛皮交易市场 — 办公区, 交易区, 客商; a page on what body a 区消费者协会 is; a page on a
计量监督员's duties; a magazine report on 计量 in markets — 检定, 衡器; a page on 特种设备检验机构
辅助执法; a page on the rank of a 区市场监督管理局) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 广河县 (``unit_words=("广河县",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch532`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is read from the score column its ``●`` stands in, through
  the note: 4 or 5 → 1, 3 → 2, 1 or 2 → 3; the score headings are no points and no levels of their
  own; the note is no point;
- ``协会领导`` (the 消费者协会's leaders' sheet) is the 科室 of those leaders; a 局's 股, a 中心's 科,
  a 协会's 部, a 所's 组 are 科室; a group row ``一、所领导`` gives the 科室 ``所领导``,
  ``二、综合监管组`` the 科室 ``综合监管组`` (its number left off), as batch 280, 507, 517, 521 and 529
  did; the 城关所's cards and the 买家巷所's list name a 科室 only where a cell does (they name
  none); the 三甲集所 所长's sheet writes ``所领导`` in ``所在科室`` and that is his 科室;
- every body is a unit of its own, a 市场监管所 too (named ``广河县市场监督管理局…市场监管所``, the
  局's own branch, not a 乡镇's station): a 局's 局长 and 副局长, a 中心's 主任 and 副主任, a
  协会's 会长 and 秘书长, a 所's 所长 and 副所长 are leaders; 股长, 科长, 部长, 组长 and an office's
  主任 (written ``主任`` under its 科室 ``办公室``) are middle; the rest (科员, 监管员, 收费员, 调解员,
  执法员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 皮毛交易市场管理中心's list names no person: its forms are posts
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

PREFIX = "b532_"
PLACE = "广河县"
BUREAU = f"{PLACE}市场监督管理局"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SCORES = {5: 1, 4: 1, 3: 2, 2: 3, 1: 3}
SCORE_NOTE = "注：风险程度由低到高按1—5分评定，在相应分值栏内打“●”；4—5分为高风险，3分为中风险，1—2分为低风险。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(风险点, 风险类型, score 1–5, 防控措施)])
SCORED = [
    ("局领导", "副局长", "鞠翯琬", "leader", [
        ("公平竞争审查走过场", "制度机制", 5, "审查意见经法规股复核，局务会研究。"),
        ("行政处罚案件说情打招呼", "外部环境", 4, "干预案件情况登记报告，按季通报。"),
    ]),
    ("登记注册股", "股长", "冶珞玹", "middle", [
        ("市场主体登记放宽条件", "岗位职责", 3, "登记材料一次性告知，股长复核。"),
        ("企业年报抽查选择性处理", "业务流程", 2, "抽查名单系统随机产生，结果公示。"),
    ]),
    ("登记注册股", "科员", "亢珝曦", "general", [
        ("接受申请人宴请礼品", "思想道德", 1, "签订廉洁承诺，窗口视频监控。"),
    ]),
]  # fmt: skip


def guanghe_market_bureau_score_ticks() -> dict:
    unit = BUREAU
    sh = _Sheet("一览表", [6, 12, 9, 9, 30, 10, 5, 5, 5, 5, 5, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 12)
    top = sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险程度评分",
                 None, None, None, None, "防控措施")  # fmt: skip
    sh.add(None, None, None, None, None, None, 1, 2, 3, 4, 5, None)
    sh.merge(top, 6, top, 10)
    for c in (0, 1, 2, 3, 4, 5, 11):
        sh.merge(top, c, top + 1, c)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in SCORED:
        for point, typ, score, measures in points:
            n += 1
            ticks = ["●" if s == score else None for s in range(1, 6)]
            sh.add(n, dept, post, who, point, typ, *ticks, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), SCORES[score])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, SCORE_NOTE, 12)
    sh.add(
        "填表人：", None, "审核人：", None, None, None, None, None, None, "2025年8月", None, None
    )
    return _layout(
        "guanghe_market_bureau_score_ticks",
        "https://www.zhetiaohe.com/ss/c4dce5aca61a735ddd1ebd5d463adf201c3e3d98b069ead9ff05146905b7438a18176ded81775140bca02d5b79a0eb832685525eae1cd4b0.html",
        "(harder) 县市场监督管理局 岗位廉政风险防控一览表, after the source's notice on 公平竞争 抽查: 序号/股室 merged/"
        "岗位 and 责任人 merged per person/风险点/short types/``风险程度评分`` merged over five score columns "
        "``1 | 2 | 3 | 4 | 5`` with ONE ``●`` a row, NO level column/防控措施; a ``注：`` line banding the "
        "scores (4—5 高, 3 中, 1—2 低); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def guanghe_commerce_list() -> dict:
    unit = f"{PLACE}商务局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "覃昉璇", "middle", "公务用车私用", "制度机制风险", "中",
         "用车登记审批，每月公示里程。"),
        ("办公室", "主任", "覃昉璇", "middle", "会议费报销票据不实", "岗位职责风险", "低",
         "报销凭会议通知和签到表，两人审核。"),
        ("商贸流通股", "股长", "闫翙珏", "middle", "商贸项目资金申报审核不严", "业务流程风险", "高",
         "项目实地核查，资金拨付局务会研究。"),
        ("商贸流通股", "科员", "斛玙昕", "general", "接受流通企业请托", "外部环境风险", "中",
         "企业申报材料网上受理，办理结果公开。"),
        ("对外贸易股", "科员", "郏翊瑭", "general", "外贸企业备案收受好处", "思想道德风险", "低",
         "备案条件公开，限时办结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "guanghe_commerce_list", "http://cnenc.net/b3307090.html",
        "县商务局 廉政风险防控一览表, after the source's gazetteer note on a county 商业局: 序号/科室 merged/"
        "岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def guanghe_fur_market_posts() -> dict:
    unit = f"{PLACE}皮毛交易市场管理中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "交易管理科", "综合科"
    rows = [
        (a, "收费员", "general", "交易服务费收取", "少收、不收关系客商的服务费，收费不开票", "岗位职责", "Ⅰ级",
         "收费一律开票，按日对账。"),
        (a, "收费员", "general", "摊位安排", "把好摊位留给送礼的客商", "思想道德", "Ⅱ级",
         "摊位抽签分配，结果张贴公示。"),
        (b, "科长", "middle", "交易区维修工程", "指定施工单位，虚增工程量", "制度机制", "Ⅰ级",
         "工程比选确定，中心会议研究。"),
        (b, "科员", "general", "客商入驻审核", "接受外地客商请托，违规办理入驻", "外部环境", "Ⅲ级",
         "入驻条件公开，审核两人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "guanghe_fur_market_posts",
        "http://msn.finance.sina.com.cn/gdxw/20111021/0947368327.html",
        "县皮毛交易市场管理中心 廉政风险点排查表 对岗不对人, after the source's news item on a 毛皮交易市场 (办公区, "
        "交易区, 客商): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def guanghe_consumer_association_two_sheets() -> dict:
    unit = f"{PLACE}消费者协会"
    t = _Truth(unit)
    lead = _Sheet("协会领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("綦瑷琨", "会长", "主持全面工作", [
            ("重大消费纠纷调解结果受人情干扰", "一级", "重大纠纷集体研究，调解书存档。"),
            ("协会经费支出审批随意", "二级", "经费支出会长、秘书长双签。"),
        ]),
        ("暴珺翮", "秘书长", "分管投诉和宣传", [
            ("消费维权宣传活动费用虚报", "二级", "活动费用凭清单和照片报销。"),
            ("比较试验结果泄露", "一级", "试验结果发布前保密，两人以上经办。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "协会领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("部室", [6, 14, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}部室岗位廉政风险防控表", 7)
    dept.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("投诉部", "部长", "middle", "宓瑄翀", "投诉件压案不转", "一级", "投诉件登记编号，限时办结。"),
        ("投诉部", "调解员", "general", "麴昶珞", "调解中偏袒经营者", "二级", "调解两人以上，当事人回访。"),
        ("投诉部", "调解员", "general", "麴昶珞", "收受当事人财物", "三级", "签订廉洁承诺，公开举报电话。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, tier, who, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "guanghe_consumer_association_two_sheets",
        "https://www.zhetiaohe.com/ss/54a38c476f503d1500ed353ff41927d3d5a29268249f941d6811f8cc8eeac7dc682324483d690169.html",
        "县消费者协会's file in two sheets, after the source's page on what body a 区消费者协会 is: ``协会领导`` with "
        "姓名/职务/分管工作 merged per person; ``部室`` with 部室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def guanghe_chengguan_station_cards() -> dict:
    unit = f"{BUREAU}城关市场监管所"
    t = _Truth(unit)
    cards = [
        ("所长", "郦晗璟", "leader", [
            ("计量器具检定结果说情", "★★★", "检定结果两人签字，所务会抽查。"),
            ("日常巡查选择性执法", "★★", "巡查对象随机抽取，记录存档。"),
        ]),
        ("监管员", "昝琇翾", "general", [
            ("市场衡器检查走过场", "★★", "检查拍照留存，所长复核。"),
            ("经营户信息随意外传", "★", "信息系统分级授权，定期检查。"),
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
        "guanghe_chengguan_station_cards",
        "https://www.zhetiaohe.com/ss/e20ac706e7e983b5eca429416fb6d70b57a51e1c9af015f08c4c62addcf00d5055b1e588a3bafd15.html",
        "市场监管所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 监管员), after the source's page on a "
        "计量监督员's duties: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` line; "
        "持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def guanghe_sanjiaji_station_selfchecks() -> dict:
    unit = f"{BUREAU}三甲集市场监管所"
    t = _Truth(unit)
    people = [
        ("笪璠翊", "所长", "leader", "所领导", [
            ("皮毛市场经营户处罚畸轻畸重", "高风险", "处罚案件集体讨论，结果公示。"),
            ("食品经营许可现场核查放水", "中风险", "核查两人以上，核查表双签。"),
        ]),
        ("逯翚珈", "执法员", "general", "综合监管组", [
            ("检查中接受经营户宴请", "中风险", "签订廉洁承诺，检查全程记录。"),
            ("扣押物品保管不当", "低风险", "扣押物品登记造册，专人保管。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "guanghe_sanjiaji_station_selfchecks",
        "https://fx361.cc/page/2019/0127/15907910.shtml",
        "市场监管所 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's report on 计量 in "
        "markets (检定, 衡器): a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def guanghe_zhuangkeji_station_group_rows() -> dict:
    unit = f"{BUREAU}庄窠集市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("副所长", "仉翾珩", "leader", [
                ("特种设备检查隐患不责令整改", "一级风险", "检查记录和整改通知存档，复查留痕。"),
                ("案件移送不及时", "三级风险", "案件移送登记，所务会通报。"),
            ]),
        ]),
        ("二、综合监管组", "综合监管组", [
            ("组长", "郗瑭昉", "middle", [
                ("电梯维保单位检查走过场", "一级风险", "检查对象随机抽取，两人以上检查。"),
                ("监管台账记录不实", "二级风险", "台账按月核对，所长抽查。"),
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
        "guanghe_zhuangkeji_station_group_rows",
        "https://www.zhetiaohe.com/ss/378dd77b65f3ba92e94dfc3be6f66d7b85d2eb7be0c782db09d1dea38121e09aa59dbb47601cde8465531f8e66f994e3a04ec9fb29ace53d.html",
        "市场监管所 廉政风险防控责任清单, after the source's page on 特种设备检验机构 辅助执法: "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、综合监管组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def guanghe_maijiaxiang_station_duty_list() -> dict:
    unit = f"{BUREAU}买家巷市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "隗昕璐", "leader", "个体工商户登记", "为不符合条件的经营者办理登记", "一级",
         "登记材料网上核验，结果公示。"),
        ("所长", "隗昕璐", "leader", "投诉举报处理", "压案不办，泄露举报人信息", "二级", "举报件编号跟踪，举报人信息保密。"),
        ("监管员", "鄂珣翎", "general", "农贸市场日常巡查", "巡查中收受经营户财物", "二级",
         "巡查两人以上，记录拍照存档。"),
        ("监管员", "鄂珣翎", "general", "价格监测", "监测数据不实", "三级", "数据所长复核，按月上报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "guanghe_maijiaxiang_station_duty_list",
        "http://jltd56.com/tags/区市场监督管理局是什么级别.html",
        "市场监管所 廉政风险防控责任清单, after the source's page on the rank of a 区市场监督管理局: 序号/岗位 and "
        "姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    guanghe_market_bureau_score_ticks(),
    guanghe_commerce_list(),
    guanghe_fur_market_posts(),
    guanghe_consumer_association_two_sheets(),
    guanghe_chengguan_station_cards(),
    guanghe_sanjiaji_station_selfchecks(),
    guanghe_zhuangkeji_station_group_rows(),
    guanghe_maijiaxiang_station_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch532-inbox"))

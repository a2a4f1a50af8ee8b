"""The eight-hundred-and-thirty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's finance
bodies, 孟连傣族拉祜族佤族自治县 (of 普洱市, 云南) — its 财政局, 国库集中支付中心, 财政投资评审中心,
政府采购管理办, 非税收入管理局 and the 财政所 of its 镇 (娜允镇, 勐马镇, 芒信镇) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 国库集中支付中心's 一览表 under ``附件1`` and a 填报单位 line: ``科室`` merged, ``岗位 | 姓名`` merged
  per person, ``风险类型`` (``…风险``), ``一级/二级/三级``;
- the 财政投资评审中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged ``所在科室``
  line, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 政府采购管理办's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``具体表现``,
  short types, 高/中/低; no names;
- the 非税收入管理局's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 娜允镇财政所's 自查表, one sheet a person: a label row ``姓　名 | 所在单位 | 岗　位 | 填表时间``
  over a row of values, ``一级/二级/三级``, ``自查情况``, no type column;
- the 勐马镇财政所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、惠农资金组`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``高风险/中风险/低风险``;
- the 芒信镇财政所's 一览表 in TWO SHEETS ``所长`` (``姓名 | 职务 | 分管工作`` merged) and ``工作人员``
  (``岗位 | 姓名`` on every row), ``一级风险/二级风险/三级风险``, no type column.

One is harder:

- ``menglian_finance_bureau_post_grades``: the 财政局's 岗位廉政风险点排查表 with NO level column for the
  points: each person's block carries a ``岗位风险等级`` (``一级/二级/三级``, merged down his rows with
  his 股室, 岗位 and 姓名) and each row a ``风险主次`` cell (``主要`` / ``次要``); a ``注：`` under the
  table says how the two make the point's level — an 一级 post's 主要 points are 一级 and its 次要
  points 二级, a 二级 post's 主要 points 二级 and 次要 points 三级, a 三级 post's points all 三级. So
  neither the post's grade nor the 主次 mark alone is the level. The README's 读得懂的表 knows a
  ``岗位风险等级`` that only grades the post (and gives no point a level), levels taken from a post
  grading table (LEVEL_BY_POST_GRADING), ``重点/一般`` as level words, and 3×3 matrices of
  ``发生可能性 | 影响程度``; it does not describe a point level composed, through a note, from the
  holder's post grade and a per-row 主要/次要 mark.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a comment on 财政系统 党风廉政建设 —
资金分配、拨付、使用 环节 贪污、挪用、截留; a 区财政局 办法 on 财政专户资金存放 — 竞争性存放, 廉政风险; an
article on 财政投资评审 风险 — 第三方评审机构, 评审质量, 久拖不决; a 市级 政府采购工作规程 — 采购人, 代理机构,
集中采购目录, 限额标准; a 省 教材 on 非税收入收缴 — 财政汇缴专户, 票据, 执收单位; a 纪委 report on a
街道财政所 出纳 — 延迟发放征地拆迁款, 私刻印章, 空白支票; a report on a 镇财政所 副所长 and ``一卡通``
专管员 — 截留粮食补贴, 发放失败的补贴款; a report on 镇财政所 乱象 — 虚列招待费, 挪用, 截留补偿款) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 刁 and 晏 with rare given names); every unit is a body
of 孟连傣族拉祜族佤族自治县.

Run ``python tests/published/score.py --set batch835`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one the ``注：`` gives for the holder's
  ``岗位风险等级`` and the row's ``风险主次``; the post grade itself is no point's level, the 主次
  cell no level word and no type; one form a holder, his 股室 the 科室 (``局领导`` for the 局长 and
  副局长);
- ``所领导``, ``局领导``, ``中心领导`` (a group row, a 股室 cell) are the 科室 of those leaders; a 所's
  ``惠农资金组`` (a group row) is a 科室; the other 财政所 files name no 科室; a 所's 所长 and
  副所长, a 中心's 主任 and 副主任, a 局's 局长 and 副局长 are leaders; 股长, 科长 and a 办's 主任
  middle; the rest (会计, 出纳, 专管员, 评审员, 监管员, 票据管理员 …) general;
- ``风险点 | 具体表现``: the point is the short 风险点; ``分管工作``, ``所在科室`` (a card's label),
  ``自查情况`` and ``填表时间`` are no points; the 政府采购管理办's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b835_"
PLACE = "孟连傣族拉祜族佤族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
# the harder file's note: (post grade, 主次) -> the point's level
COMPOSED = {
    ("一级", "主要"): 1, ("一级", "次要"): 2,
    ("二级", "主要"): 2, ("二级", "次要"): 3,
    ("三级", "主要"): 3, ("三级", "次要"): 3,
}  # fmt: skip


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, 岗位风险等级, [(廉政风险点, 风险主次, 防控措施)])
GRADED = [
    ("局领导", "局长", "刁翚岄", "leader", "一级", [
        ("预算资金分配个人说了算，不经局党组集体研究", "主要", "资金分配方案经局党组会集体研究，会议纪要存档。"),
        ("干预财政投资评审结论，为项目单位说情", "次要", "评审结论由评审中心独立出具，领导干预登记报告。"),
    ]),
    ("局领导", "副局长", "晏骙沩", "leader", "一级", [
        ("专项资金拨付不按项目进度，向关系单位倾斜", "主要", "拨付依据项目进度和绩效目标，拨付清单公开。"),
        ("政府采购活动中向采购人推荐供应商", "次要", "严格执行采购回避制度，节前廉洁提醒。"),
    ]),
    ("预算股", "股长", "刁珣峄", "middle", "二级", [
        ("部门预算编制审核把关不严，虚列项目支出", "主要", "预算项目入库评审，支出标准统一。"),
        ("预算调整追加不按程序报批", "次要", "预算调整一律报县政府审批并报人大备案。"),
    ]),
    ("经济建设股", "股长", "晏旸泷", "middle", "二级", [
        ("基本建设资金拨付凭证审核不严，超进度拨款", "主要", "按监理确认的进度拨款，双人复核。"),
        ("接受项目单位宴请和礼品", "次要", "签订廉洁承诺书，接受驻局纪检组监督。"),
    ]),
    ("农业股", "股员", "刁岍旻", "general", "三级", [
        ("惠农补贴资金拨付清册审核走过场", "主要", "清册与乡镇公示名单逐户比对。"),
        ("涉农项目资料归档不全，事后补签", "次要", "资料随办随归档，年终检查。"),
    ]),
]  # fmt: skip


def menglian_finance_bureau_post_grades() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("排查表", [6, 12, 9, 9, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "岗位风险等级", "廉政风险点", "风险主次", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, grade, points in GRADED:
        for point, rank, measures in points:
            n += 1
            sh.add(n, dept, post, who, grade, point, rank, measures)
            t.point(sh.name, dept, post, who, tier, point, [], COMPOSED[(grade, rank)])
    key = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1])] + [(c, key) for c in (2, 3, 4)])
    _line(sh, "注：1.岗位风险等级按岗位职权大小评定为一级、二级、三级。2.风险点等级由岗位风险等级和风险主次"
              "确定：一级岗位的主要风险点为一级风险点，次要风险点为二级风险点；二级岗位的主要风险点为二级风险点，"
              "次要风险点为三级风险点；三级岗位的风险点均为三级风险点。", 8)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "menglian_finance_bureau_post_grades", "https://m.voc.com.cn/xhn/news/202508/30141212.html",
        "(harder) 县财政局 岗位廉政风险点排查表, after the source's comment on 财政系统 党风廉政建设 (资金分配、拨付、使用 "
        "环节 贪污、挪用、截留, 专款专用): a title, a 填报单位 line, then 序号/股室 merged/岗位, 姓名 and ``岗位风险等级`` "
        "(一级/二级/三级) merged per person/廉政风险点/``风险主次`` (主要/次要)/防控措施 and NO level column for the "
        "points; a ``注：`` under the table composes the point's level from the post grade and the 主次 mark (一级 post: "
        "主要 一级, 次要 二级; 二级 post: 主要 二级, 次要 三级; 三级 post: all 三级); a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def menglian_treasury_center_list() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "晏沬翾", "leader", [
            ("财政专户资金存放银行不经竞争性选择，指定存放", "制度机制风险", "一级",
             "专户资金存放实行竞争性选择，评审结果经局党组会审定并公示。"),
            ("利用资金存放向银行索要好处或安排亲属", "思想道德风险", "一级",
             "落实亲属从业回避报告，存放过程纪检组全程监督。"),
        ]),
        ("支付科", "科长", "刁昉涓", "middle", [
            ("直接支付申请审核不严，无预算、超预算支付", "岗位职责风险", "一级",
             "支付申请与预算指标系统自动校验，人工复核留痕。"),
            ("用款额度下达不及时，故意拖延刁难预算单位", "业务流程风险", "二级",
             "额度下达限时办结，超时说明原因。"),
        ]),
        ("支付科", "审核员", "晏祎岈", "general", [
            ("支付凭证要素与合同、发票不符仍予通过", "岗位职责风险", "二级", "凭证要素逐项核对，双人复核签字。"),
        ]),
        ("清算科", "清算员", "刁淏屾", "general", [
            ("与代理银行清算对账不及时，掩盖资金差错", "业务流程风险", "二级", "每日对账，差错当日查明上报。"),
            ("支付系统密钥、印鉴保管不善，一人兼管", "制度机制风险", "三级", "密钥、印鉴分人保管，交接登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "menglian_treasury_center_list", "http://www.yuhang.gov.cn/art/2024/3/13/art_1229176023_1841204.html",
        "县国库集中支付中心 岗位廉政风险防控一览表, after the source's 区财政局 办法 on 财政专户资金存放 (竞争性存放, "
        "资金存放安全风险和廉政风险, 银行): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室 "
        "merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def menglian_review_center_cards() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    t = _Truth(unit)
    cards = [
        ("副主任", "晏瑱沄", "副主任", "中心领导", "leader", [
            ("第三方评审机构选用不按政府采购规定，指定机构", "★★★", "第三方机构通过政府采购确定，名单公开。"),
            ("评审项目久拖不决，借机吃拿卡要", "★★", "评审实行限时办结，超期项目逐一说明。"),
            ("评审报告复核流于形式", "★★", "评审报告三级复核，复核意见留存。"),
        ]),
        ("评审员", "刁峣昶", "评审员", "工程评审科", "general", [
            ("结算审核中故意多计工程量，审减不实", "★★★", "工程量现场核对，建设单位、施工单位三方签字。"),
            ("向项目单位泄露评审情况", "★★", "签订保密承诺，评审资料专人保管。"),
            ("接受施工单位宴请、礼金", "★", "严守中央八项规定精神，节前提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在科室", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "menglian_review_center_cards", "https://fx361.cc/page/2023/0208/22937871.shtml",
        "县财政投资评审中心 岗位廉政风险防控卡, one sheet a person, after the source's article on 财政投资评审 风险 "
        "(第三方评审机构选用, 评审质量, 久拖不决, 结算金额): a title, ``姓　名 | … | 职　务 | …`` and a merged 所在科室 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def menglian_procurement_office_posts() -> dict:
    unit = f"{PLACE}政府采购管理办"
    sh = _Sheet("排查表", [6, 10, 18, 38, 11, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "具体表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", "采购方式审批", "违规批准单一来源、竞争性谈判，规避公开招标", "制度机制", "高",
         "变更采购方式经集体研究，审批结果公示。"),
        ("主任", "leader", "投诉处理", "处理供应商投诉偏袒一方，压案不办", "岗位职责", "中",
         "投诉处理限时办结，处理决定公开。"),
        ("监管员", "general", "采购计划备案", "对超出集中采购目录、限额标准的项目不予纠正", "岗位职责", "中",
         "备案信息系统比对，超限额项目自动预警。"),
        ("监管员", "general", "评审专家抽取", "泄露评审专家名单，人为指定专家", "业务流程", "高",
         "专家由系统随机抽取，名单开标前密封。"),
        ("监管员", "general", "代理机构监督", "对代理机构违规收费、倾向性评审不查处", "外部环境", "中",
         "代理机构年度考核，考核结果公开。"),
        ("合同备案员", "general", "合同备案", "采购合同与中标结果不一致仍予备案", "业务流程", "低",
         "合同备案与中标公告逐项核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "menglian_procurement_office_posts", "http://caigou2003.com/jdgl/fgzd/2015-03-02/14627.html",
        "县政府采购管理办 岗位廉政风险点排查表 对岗不对人, after the source's 市级 政府采购工作规程 (采购人, 采购代理机构, "
        "集中采购目录, 限额标准, 采购方式): a title, 序号/岗位 merged/a short 风险点/a long 具体表现/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def menglian_nontax_bureau_register() -> dict:
    unit = f"{PLACE}非税收入管理局"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "晏湉翃", "leader", [
            ("擅自批准减征、免征、缓征非税收入", "制度机制", "Ⅰ级", "减免缓事项按审批权限报批，结果公示。"),
        ]),
        ("征收管理股", "股长", "刁珝岚", "middle", [
            ("执收单位应缴未缴非税收入不催缴", "岗位职责", "Ⅰ级", "汇缴结算户每月对账，欠缴清单通报。"),
            ("非税收入划解国库拖延、滞压", "业务流程", "Ⅱ级", "按收入级次定期划解，系统留痕。"),
        ]),
        ("票据管理股", "票据管理员", "晏泐暄", "general", [
            ("非税收入票据发放不登记，未验旧供新", "业务流程", "Ⅱ级", "票据领购凭证登记，验旧供新。"),
            ("作废票据不收回核销", "岗位职责", "Ⅲ级", "作废票据全联收回，定期核销。"),
            ("向执收单位索要好处", "思想道德", "Ⅲ级", "廉洁承诺，公开监督电话。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "menglian_nontax_bureau_register", "https://www.360docs.net/doc/0611875027.html",
        "县非税收入管理局 廉政风险点排查登记表, after the source's 省 教材 on 非税收入收缴 (财政汇缴专户, 直接缴库, "
        "集中汇缴, 票据监管, 执收单位): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def menglian_nayun_office_selfchecks() -> dict:
    unit = f"{PLACE}娜允镇财政所"
    t = _Truth(unit)
    people = [
        ("刁翯岘", "所长", "leader", [
            ("征地补偿款延迟发放，资金在所内滞留", "一级", "补偿款到账后限期发放，发放情况公示。", "已落实"),
            ("单位空白支票、印章管理失控", "一级", "支票、印章分人保管，使用登记。", "已落实"),
        ]),
        ("晏琭沨", "出纳", "general", [
            ("挪用公款用于个人炒股、消费", "一级", "现金日清月结，所长每月盘点。", "未发现问题"),
            ("银行对账单不及时取回核对", "二级", "对账单由会计直接取回核对。", "已落实"),
            ("私刻印章伪造付款资料", "三级", "印鉴备案，付款资料双人复核。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在单位", "岗　位", "填表时间", None)
        sh.add(who, unit, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "menglian_nayun_office_selfchecks", "https://wjlzw.gov.cn/show.html?id=ae84b75358332752bb34647d3ed292b7",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 纪委 report on a "
        "街道财政所 出纳 (延迟发放征地拆迁款, 私刻印章, 空白支票, 制度空转): a title, a label row ``姓　名 | 所在单位 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def menglian_mengma_office_group_rows() -> dict:
    unit = f"{PLACE}勐马镇财政所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "晏霈峤", "leader", [
                ("惠农补贴发放清册审核不严，虚报冒领", "高风险", "清册与村级公示名单逐户核对。"),
                ("发放失败的补贴款长期挂账不处理", "中风险", "发放失败款项逐笔登记，限期重新发放。"),
            ]),
            ("副所长", "刁暾沅", "leader", [
                ("补贴资金发放中截留、克扣", "高风险", "补贴通过“一卡通”直接到户，发放结果公示。"),
            ]),
        ]),
        ("二、惠农资金组", "惠农资金组", [
            ("“一卡通”专管员", "晏岵琛", "general", [
                ("擅自修改补贴对象银行账户信息", "高风险", "账户变更凭本人申请，系统留痕。"),
                ("补贴标准调整不向群众公开，借机搪塞", "低风险", "补贴标准在村务公开栏公示。"),
            ]),
            ("会计", "刁璆昳", "general", [
                ("做假账掩盖资金去向", "中风险", "账务由县财政局每年抽审。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "menglian_mengma_office_group_rows",
        "http://nanchang.baogaosu.com/xinwen/%25E8%259A%2582%25E8%259A%2581%25E6%2590%25AC%25E5%25AE%25B6%25E5%25BC%258F%25E8%25B4%25AA%25E6%25B1%25A1%25E4%25B8%25BA%25E4%25BD%2595%25E4%25B8%2580%25E6%2590%25AC%25E5%25B0%25B1%25E6%2598%25AF/34991845",
        "镇财政所 廉政风险防控责任清单, after the source's report on a 镇财政所 副所长 and ``一卡通`` 专管员 (截留粮食补贴, "
        "发放失败的补贴款, 做假账): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under "
        "GROUP ROWS ``一、所领导``, ``二、惠农资金组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def menglian_mangxin_office_two_sheets() -> dict:
    unit = f"{PLACE}芒信镇财政所"
    t = _Truth(unit)
    lead = _Sheet("所长", [6, 9, 9, 18, 38, 10, 34])
    _line(lead, f"{unit}所领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("晏湜岢", "所长", "主持全面工作", [
            ("以会议费等名义虚列公务接待支出", "一级风险", "接待凭公函和清单报销，每季度公开。"),
            ("擅自挪用镇财政资金出借", "一级风险", "资金出借一律经镇党委会研究。"),
        ]),
        ("刁瀞翀", "副所长", "分管村级财务代理", [
            ("村级补偿款不入账，账外开支", "二级风险", "补偿款全额入村级账户，村务公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    staff = _Sheet("工作人员", [6, 12, 9, 38, 10, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 6)
    staff.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("会计", "晏曈岈", "general", "原始凭证审核不严，白条入账", "二级风险", "凭证三签，白条一律退回。"),
        ("会计", "晏曈岈", "general", "代理记账中为村干部隐瞒问题", "三级风险", "代理账目年度审计。"),
        ("出纳", "刁沕瑄", "general", "现金坐支、公款私存", "一级风险", "现金日清月结，所长不定期盘点。"),
        ("出纳", "刁沕瑄", "general", "购买土特产等支出以办公用品名义报销", "二级风险", "报销附明细清单，定期抽查。"),
    ]  # fmt: skip
    for i, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, post, who, point, lv, measures)
        t.point(staff.name, "", post, who, tier, point, [], RISKS[lv])
    staff.add("制表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "menglian_mangxin_office_two_sheets", "https://news.sohu.com/20141226/n407300688.shtml",
        "镇财政所 廉政风险防控一览表 in TWO SHEETS, after the source's report on 镇财政所 乱象 (虚列招待费, 购买土特产, "
        "挪用财政性资金, 截留补偿款): sheet 所长 with 姓名/职务/分管工作 merged per leader, sheet 工作人员 with 岗位 | 姓名 "
        "written on EVERY row; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, staff], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    menglian_finance_bureau_post_grades(),
    menglian_treasury_center_list(),
    menglian_review_center_cards(),
    menglian_procurement_office_posts(),
    menglian_nontax_bureau_register(),
    menglian_nayun_office_selfchecks(),
    menglian_mengma_office_group_rows(),
    menglian_mangxin_office_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch835-inbox"))

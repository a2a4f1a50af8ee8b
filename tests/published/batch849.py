"""The eight-hundred-and-forty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one border county's
border and port bodies, 那坡县 (of 百色市, 广西壮族自治区, on the border with Viet Nam) — its 边境贸易管理局,
平孟边民互市点管理所, 外事办公室, 边境管理大队, 边海防委员会办公室 (边防委办), 口岸管理委员会办公室 and
边境旅游服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or
Excel:

- the 边境贸易管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 平孟边民互市点管理所's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型`` (``…风险``),
  高/中/低; no names;
- the 外事办公室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 边境管理大队's 清单 under GROUP ROWS ``一、大队领导`` … merged across (no 科室 column),
  ``职务 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 边海防委员会办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 口岸管理委员会办公室's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 边境旅游服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``napo_port_service_centre_measures_by_holder``: the 口岸服务中心's 廉政风险防控措施分解表, ONE ROW A
  POINT (``序号 | 业务事项 | 廉政风险点 | 风险等级 | 防控措施（分解到人）``) with NO 科室, 岗位 or 姓名
  column: the holders stand only in the measures cell, one line a holder, each line opening with the
  holder's 科室, post and name and a colon (``通关协调股　股长　凌琭蘅：…``) and going on with HIS OWN
  measure; one to three lines a row, so a row's point belongs to every holder who opens a line of
  its measures cell, with the row's level. The README's 读得懂的表 knows holder COLUMNS under a merged
  ``防控措施（按班子成员分工落实）`` heading each with his own measures, lines of POINTS opening with
  ``岗位　姓名：`` in a type × level grid, a ``责任人：…`` or ``（落实责任人：…）`` closing the measures
  and a ``【责任人：…】`` bracket opening them; it does not describe a measures cell split into
  ``岗位　姓名：measure`` lines, one a holder, as the only place the row's holders are written.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 口岸协会 note on a 海关's 旅检现场
风险管理 — 查验, 查获率, 重点旅客; a page on 边民互市贸易 policy — 设立条件, 交易规范, 货币兑换, 市场监管;
a paper on 边民互市贸易区 — 配套设施, 开展模式, 交易额度; a 人民日报海外版 page on 因公出国管理体制 —
出国任务审批, 出国人员审批, 因公护照集中管理; a report on an 边境检查站's 国庆安保 — 执勤卡点, 集市商铺,
边境法规宣传; a paper on 边境安全治理 — 强边固防, 五位一体, 周边协调机制; a paper on 陆地边境口岸 — 口岸
类型, 通关, 联检; a paper on 边境旅游 — 跨境旅游合作区, 国家安全) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 凌 and 梁 with rare given names); every unit is a body of 那坡县.

Run ``python tests/published/score.py --set batch849`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every line of a measures cell that opens with ``科室　岗位　姓名：`` (or ``岗位　姓名：``)
  makes the row's point a point of that holder, with the row's level; his 科室 and post are those the
  line writes (``中心主任`` and ``副主任`` no 科室); the ``业务事项`` is no point and the ``注：`` line and
  the 填表/审核 line are no points;
- ``大队领导`` (a group row) is the 科室 of those leaders; the 局领导 (sheet ``局领导``, no 科室 column) and
  the cards' holders have no 科室; a 局's 股, a 所's 股, a 大队's 室 or 中队 and a 中心's 部 are 科室;
- 局长, 副局长, 主任 (of an 办 or a 中心), 副主任, 所长, 大队长, 教导员 and 副大队长 are leaders; 股长 and a
  中队's 中队长 middle; the rest general;
- the 互市点管理所's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
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

PREFIX = "b849_"
PLACE = "那坡县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the holders the measures cells name: (科室, post, name, tier)
HOLDERS = [
    ("", "中心主任", "凌甯羲", "leader"),
    ("", "副主任", "梁翊珖", "leader"),
    ("通关协调股", "股长", "凌琭蘅", "middle"),
    ("通关协调股", "协调员", "梁斐珝", "general"),
    ("综合股", "股长", "梁芃瑄", "middle"),
    ("综合股", "会计", "凌瑑岚", "general"),
]

# (业务事项, 廉政风险点, 风险等级, [(holder index, his own measure)])
BY_HOLDER = [
    ("查验设施维护", "口岸查验设施维护项目化整为零、规避招标", "高", [
        (0, "每季度听取维护项目进展，超过限额的项目提交主任办公会集体研究。"),
        (4, "按限额标准编制年度采购计划，项目一律进入县公共资源交易平台。"),
    ]),
    ("通关协调", "为报关企业、货主“打招呼”插队通关，收受好处", "高", [
        (1, "每月抽查通关协调记录，发现插队通关的约谈相关人员。"),
        (2, "协调事项登记台账，按申报先后顺序办理。"),
        (3, "协调事项一事一登记，不单独接触货主和报关员。"),
    ]),
    ("车辆通行", "互市货运车辆通行证核发不按条件，优亲厚友", "中", [
        (2, "核发条件上墙公示，发放名单每月在服务大厅公开。"),
        (3, "受理材料双人核对，台账留存备查。"),
    ]),
    ("口岸收费", "场地使用费、停车费收取不开票据，截留挪用", "中", [
        (5, "收费一律使用财政票据，日清月结，按时上缴国库。"),
        (4, "每月核对票据存根与入账金额，发现差异当即报告。"),
    ]),
    ("外事接待", "接待越方口岸会晤人员超标准，虚报接待费用", "中", [
        (0, "接待方案事前报批，接待清单、公函和发票“三单”齐全方可报账。"),
        (1, "陪同人数和用餐标准按县外事接待规定执行。"),
    ]),
    ("物资采购", "查验耗材和办公用品采购不比价，收受回扣", "低", [
        (4, "采购三家比价，比价记录存档。"),
        (5, "报账凭证经办人、验收人、审批人三签。"),
    ]),
    ("夜间值守", "值班期间擅离岗位，对夜间通关车辆放任不管", "低", [
        (3, "值班签到和交接班记录每日上交，视频巡查抽看。"),
    ]),
]  # fmt: skip


def _holder_line(j: int, measure: str) -> str:
    dept, post, who, _tier = HOLDERS[j]
    return GAP.join(x for x in (dept, post, who) if x) + "：" + measure


def napo_port_service_centre_measures_by_holder() -> dict:
    unit = f"{PLACE}口岸服务中心"
    sh = _Sheet("分解表", [6, 14, 36, 9, 64])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控措施分解表", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 5)
    sh.add("序号", "业务事项", "廉政风险点", "风险等级", "防控措施（分解到人）")
    for i, (matter, point, lv, lines) in enumerate(BY_HOLDER, 1):
        sh.add(i, matter, point, lv, "\n".join(_holder_line(j, m) for j, m in lines))
    # the truth one form a holder, in the holders' order
    for j, (dept, post, who, tier) in enumerate(HOLDERS):
        for _matter, point, lv, lines in BY_HOLDER:
            if any(k == j for k, _m in lines):
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：防控措施按责任人分解，每行冒号前为该项措施的落实责任人；风险等级分高、中、低三级。",
        5,
    )
    sh.add("填表：", None, "审核：", None, "中心主任（签字）：")
    return _layout(
        "napo_port_service_centre_measures_by_holder", "https://www.caop.org.cn/xinwenzixun/zonghexinwen/2019-02-27/22173.html",
        "(harder) 县口岸服务中心 廉政风险防控措施分解表, after the source's 口岸协会 note on a 海关's 旅检现场 风险管理 (查验, "
        "查获率, 重点旅客): a title, a merged 填报单位 line, then ONE ROW A POINT ``序号 | 业务事项 | 廉政风险点 | 风险等级 | "
        "防控措施（分解到人）`` with NO 科室, 岗位 or 姓名 column: each measures cell holds one line a holder, the line "
        "opening with ``科室　岗位　姓名：`` (``中心主任　姓名：`` for the leaders) and going on with his own measure, one "
        "to three lines a row; 高/中/低, no type column; a merged ``注：`` line and a 填表/审核/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def napo_border_trade_bureau_two_sheets() -> dict:
    unit = f"{PLACE}边境贸易管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导岗位廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("凌旻璆", "局长", "主持全面工作", [
            ("边民互市点设立、调整方案论证不充分，为特定企业留口子", "一级", "方案经局党组会研究，征求海关、边检意见后报批。"),
            ("边贸扶持资金分配由个人决定", "一级", "资金分配按因素法测算，结果公示。"),
        ]),
        ("梁霂菁", "副局长", "分管互市贸易、落地加工", [
            ("互市商品落地加工企业认定把关不严", "二级", "认定实行股室初审、集体复审，名单公开。"),
            ("接受互市商品收购企业宴请、礼金", "二级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("互市贸易股", "股长", "凌峤筠", "middle", "边民互市交易额度核定不实，帮助超额交易", "一级",
         "额度核定数据与海关系统每日比对。"),
        ("互市贸易股", "股长", "凌峤筠", "middle", "边民互助组备案审核走过场", "二级", "备案材料两人审核，每季度抽查。"),
        ("互市贸易股", "股员", "梁琰澂", "general", "代边民填报申报单，收取“代办费”", "二级", "申报由边民本人刷卡确认。"),
        ("计划财务股", "股长", "凌瀞葳", "middle", "边贸补助资金拨付不按进度", "二级", "拨付凭验收报告，资金流向季度核查。"),
        ("计划财务股", "会计", "梁翯岑", "general", "报账原始凭证审核不严", "三级", "凭证实行会计初审、股长复审。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "napo_border_trade_bureau_two_sheets", "http://m.daedelus.net/news/tuolingyun/2362.html",
        "县边境贸易管理局 廉政风险防控一览表 in TWO SHEETS, after the source's page on 边民互市贸易 policy (设立条件, 交易规范, "
        "货币兑换, 市场监管): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def napo_pingmeng_market_posts() -> dict:
    unit = f"{PLACE}平孟边民互市点管理所"
    sh = _Sheet("排查表", [6, 12, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "互市摊位分配暗箱操作，向商户索要好处", "制度机制风险", "高",
         "摊位分配公开抽签，结果现场公布。"),
        ("市场管理股", "股长", "middle", "对违规收购互市商品的商户罚款随意减免", "岗位职责风险", "高",
         "减免事项集体研究，处理结果公开。"),
        ("市场管理股", "市场管理员", "general", "对商户占道经营、私设摊位视而不见", "思想道德风险", "中",
         "巡查记录每日上报，所领导随机复查。"),
        ("结算服务股", "结算员", "general", "互市交易结算资金滞留、挪用", "业务流程风险", "高",
         "结算资金专户管理，每日对账。"),
        ("结算服务股", "结算员", "general", "为非边民人员违规出具交易凭证", "业务流程风险", "中",
         "凭证系统自动生成，人工不得修改。"),
        ("综合股", "保管员", "general", "收缴的违规商品登记不全，私自处置", "外部环境风险", "低",
         "收缴物品当场登记拍照，定期移交。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "napo_pingmeng_market_posts", "https://m.fx361.cc/news/2021/0507/8310697.html",
        "县边民互市点管理所 岗位廉政风险点排查表 对岗不对人, after the source's paper on 边民互市贸易区 (配套设施, 开展模式, "
        "交易额度): a title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def napo_foreign_affairs_cards() -> dict:
    unit = f"{PLACE}外事办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "凌珣蓁", "主任", "主持全面工作，审核因公出国（境）任务", "leader", [
            ("因公出国（境）团组人员和天数不按规定审批", "★★★", "出国任务一事一报，严格执行天数和人数规定。"),
            ("借边境会晤之机变相公款旅游", "★★★", "会晤行程事前报批，回国后报告行程。"),
            ("接受涉外企业礼品礼金", "★", "严守中央八项规定精神。"),
        ]),
        ("护照管理员", "梁昶璘", "护照管理员", "负责因公护照、通行证的集中保管", "general", [
            ("因公护照、出入境通行证未按时收缴，私自交还个人", "★★", "回国后7日内收缴，借用登记签字。"),
            ("为不符合条件人员出具出境证明", "★★", "证明经主任审核后出具，存根备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "napo_foreign_affairs_cards", "https://news.sohu.com/20060610/n243655142.shtml",
        "县外事办公室 岗位廉政风险防控卡, one sheet a person, after the source's page on 因公出国管理体制 (出国任务审批, "
        "出国人员审批, 因公护照集中管理): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def napo_border_brigade_group_rows() -> dict:
    unit = f"{PLACE}边境管理大队"
    sh = _Sheet("责任清单", [6, 11, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "梁澔崟", "leader", [
                ("边境管控专项经费使用不经党委会研究", "一级风险", "专项经费使用一律经大队党委会研究。"),
                ("执勤卡点警力调配优亲厚友", "二级风险", "警力调配方案公开，轮换登记。"),
            ]),
            ("教导员", "凌玹翙", "leader", [
                ("民警评先评优、晋职推荐不公", "二级风险", "推荐条件量化赋分，结果公示。"),
            ]),
        ]),
        ("二、勤务指挥室", "勤务指挥室", [
            ("主任", "梁筠霑", "leader", [
                ("边境通行证件查验指令随意变更，对特定车辆放行", "一级风险", "查验指令留痕，变更须经大队长批准。"),
            ]),
        ]),
        ("三、执勤中队", "执勤中队", [
            ("中队长", "凌湉琤", "middle", [
                ("卡点查验中对走私冻品车辆“放水”", "一级风险", "查验全程执法记录仪录像，视频抽查。"),
                ("暂扣物品不登记、私自处置", "二级风险", "暂扣物品当场开具清单，专库保管。"),
            ]),
            ("民警", "梁樾琂", "general", [
                ("接受过境货车司机“好处费”", "三级风险", "双人执勤，不得单独查验。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "napo_border_brigade_group_rows", "http://www.cswbszb.com/jjdb/content/2025-09/29/content_10047579.html",
        "县边境管理大队 廉政风险防控责任清单, after the source's report on an 边境检查站's 国庆安保 (执勤卡点, 集市商铺, "
        "边境法规宣传): a title, 序号/职务/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、大队领导``, ``二、勤务指挥室``, ``三、执勤中队`` merged across; 职务 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def napo_border_defence_office_selfchecks() -> dict:
    unit = f"{PLACE}边海防委员会办公室"
    t = _Truth(unit)
    people = [
        ("凌翾芃", "办领导", "主任", "leader", [
            ("边境防控设施建设项目验收把关不严", "Ⅰ级", "验收邀请财政、审计部门参加。", "已落实"),
            ("护边员选聘中打招呼、定人选", "Ⅱ级", "选聘公开报名、村级推荐、公示。", "未发现问题"),
        ]),
        ("梁珞汧", "综合科", "科员", "general", [
            ("护边员补助发放虚报冒领", "Ⅰ级", "补助按巡边记录核发，打卡到人。", "已落实"),
            ("边防设施维护物资出入库不登记", "Ⅲ级", "物资领用登记，每季度盘点。", "已落实"),
        ]),
        ("凌岫昉", "管控科", "科员", "general", [
            ("边境巡查记录弄虚作假", "Ⅱ级", "巡查轨迹定位留存，随机抽查。", "未发现问题"),
            ("边境地区群防群治经费报销不实", "Ⅲ级", "报销附活动照片和签到表。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "napo_border_defence_office_selfchecks", "https://aisixiang.com/data/157456.html",
        "县边海防委员会办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "边境安全治理 (强边固防, 五位一体, 周边安全协调机制): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def napo_port_committee_office_list() -> dict:
    unit = f"{PLACE}口岸管理委员会办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "梁璠沄", "leader", "口岸建设项目立项论证走过场", "制度机制", "高风险",
         "项目立项经口岸管委会集体研究，专家论证。"),
        ("办领导", "主任", "梁璠沄", "leader", "在联检单位协调中为亲友企业通关提供便利", "思想道德", "中风险",
         "协调事项书面记录，亲属经商报告。"),
        ("规划建设科", "科长", "凌晞璆", "middle", "口岸货场建设工程变更签证把关不严", "业务流程", "高风险",
         "变更签证经监理、跟踪审计和科室三方签字。"),
        ("规划建设科", "科员", "凌萱翎", "general", "工程计量资料审核不细", "岗位职责", "中风险",
         "计量资料双人复核。"),
        ("通关服务科", "科长", "梁崟瀚", "middle", "口岸开放时间临时延长审批不按程序", "业务流程", "中风险",
         "延时申请书面报批，结果告知联检单位。"),
        ("通关服务科", "科员", "凌沨琚", "general", "泄露企业通关数据", "外部环境", "低风险",
         "数据查询权限分级，查询留痕。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "napo_port_committee_office_list", "http://fx361.cc/page/2020/0302/18170645.shtml",
        "县口岸管理委员会办公室 岗位廉政风险防控一览表, after the source's paper on 陆地边境口岸 (口岸类型, 通关, 联检): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def napo_border_tourism_register() -> dict:
    unit = f"{PLACE}边境旅游服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "梁璩昀", "leader", [
            ("跨境旅游线路经营单位选定不公开", "制度机制", "一级", "经营单位公开遴选，结果公示。"),
            ("边境旅游宣传推介经费使用不规范", "岗位职责", "二级", "经费使用事前预算、事后审计。"),
        ]),
        ("证件服务部", "部长", "凌燊珧", "middle", [
            ("为不符合条件的游客违规代办边境旅游通行证", "业务流程", "一级", "代办材料逐项核对，系统留痕。"),
        ]),
        ("证件服务部", "办事员", "梁姞蘅", "general", [
            ("收取游客代办“加急费”", "思想道德", "二级", "收费项目上墙公示。"),
            ("游客身份信息泄露", "外部环境", "三级", "信息系统专人专账号使用。"),
        ]),
        ("综合部", "会计", "凌琀澍", "general", [
            ("旅游服务收入不入账", "业务流程", "一级", "收入日结日缴，票据连号使用。"),
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
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "napo_border_tourism_register", "https://m.fx361.cc/news/2022/0326/10186274.html",
        "县边境旅游服务中心 廉政风险点排查登记表, after the source's paper on 边境旅游 and 国家安全 (跨境旅游合作区, 边境旅游 "
        "管控): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    napo_port_service_centre_measures_by_holder(),
    napo_border_trade_bureau_two_sheets(),
    napo_pingmeng_market_posts(),
    napo_foreign_affairs_cards(),
    napo_border_brigade_group_rows(),
    napo_border_defence_office_selfchecks(),
    napo_port_committee_office_list(),
    napo_border_tourism_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch849-inbox"))

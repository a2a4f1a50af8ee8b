"""The five-hundred-and-eightieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 体育 and
青少年 bodies, 合作市 (甘南藏族自治州, 甘肃) — its 文体广电和旅游局, 全民健身中心, 体育场馆管理所,
青少年活动中心, 业余体育学校, the 共青团合作市委员会 and the 文体站 of one 街道 (当周街道) and of one
镇 (勒秀镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or
Excel:

- the 全民健身中心's file in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 体育场馆管理所's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 青少年活动中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 共青团合作市委员会's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 职　务 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 业余体育学校's 责任清单 under GROUP ROWS ``一、学校领导`` … ``三、总务科`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 当周街道文体站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 勒秀镇文体站's 排查登记表: no 科室 column, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line and a sign-off line.

One is harder:

- ``hezuo_sports_bureau_swimlane_flow``: the 文体广电和旅游局's 经营高危险性体育项目许可 权力运行流程图
  (廉政风险防控), drawn in cells as a SWIMLANE chart: under a ``办　理　流　程`` heading merged across
  six LANE columns — the first the applicant's (``申请人``, no holder), then one a post, the lanes'
  股室 on a heading row (``行政审批股 | 群众体育股`` merged over two lanes ``| 局领导`` merged over
  two) and ``post⏎name`` cells under it — every STEP of the procedure is a row whose step box
  (``受理：…``, ``现场核查：…``) stands in the LANE OF THE POST THAT DOES IT, and the step's risk is
  written at the right in ``廉政风险点 | 风险等级 | 防控措施``; between the steps ARROW ROWS (``↓`` in the
  lane of the next step, nothing else); a joint step's box is MERGED ACROSS the lanes of the posts
  that do it together (现场核查 over 科员 and 股长, 集体研究 over 副局长 and 局长); the applicant's
  steps (开始, 结束) and a step without risk (公示) carry no point. So a row's point belongs to the
  holder(s) whose lane its step box fills, and nothing in the row names him but the box's column.
  The README's 读得懂的表 knows ``责任岗位`` post columns with ONE ``√`` a row, holders as columns under
  ``责任人`` with ``√`` ticks (several a row), holder columns under a merged ``防控措施（按班子成员分工落实）``
  each with his own measures, ``廉政风险点`` merged over post columns each cell a point, a list keyed by
  ``执法环节`` whose holders stand in a stage legend or a flow strip of steps across, a horizontal
  权力运行 map with 运行环节 as columns, and a flow chart of ``风险点：… | 风险等级：…`` boxes with the
  holder's box at the LEFT of each row; it does not describe a swimlane chart, where the holder is
  given only by WHICH LANE the step's box (text, not a tick) stands in, merged over two lanes for a
  joint step, with arrow rows between and an applicant's lane that is nobody's.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县行政审批局's 经营高危险性体育项目许可
事项要素 — 受理条件, 主办科室, 勘测(踏勘), 办理流程 受理—审核—现场勘验—审批—办结; a 省体育局's page on
体育彩票 风险防控 — 公益金, 实体店, 日常监督管理; a page on the 大型体育场馆免费低收费开放补助资金管理办法 —
补贴资金, 奖励资金, 开放时间; news of a 县's 青少年课外活动中心 creation checks — 青少年宫, 校外活动场所,
公益宣传; a 团区委's 希望工程1+1 助学金 — 申报材料核查, 层层审查, 发放仪式; a 体操学校 in a small
city — 集中训练、学习和生活, 输送, 教练; a 市体育局's 健身器材发放 — 发放方案, 发放对象, 安装; a 市's
全民健身场地设施 — 一乡一站、一村一场, 健身路径, 补助项目) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 邬 and 郇 with rare given names); every unit is a body of 合作市. 合作市 itself is not new to
the corpus (batch472's 住房和城乡建设 bodies are of it), so ``unit_words`` names what no earlier unit
holds instead: ``合作市`` with each body's kind (``合作市文体``, ``合作市全民健身``, ``合作市体育``,
``合作市青少年``, ``共青团合作市``, ``合作市业余体育``, ``合作市当周``) and ``文体站``.

Run ``python tests/published/score.py --set batch580`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a step row's point is the point of the holder whose lane holds the row's
  step box (post and name from the lane's ``post⏎name`` cell, 科室 from the lane's 股室 cell above
  it), with the row's level; a box merged over two lanes makes the point both holders'; the
  ``申请人`` lane is nobody's and its rows, the ``↓`` rows and the 公示 step (no risk written) are no
  points; the step's words (``受理：…``) are no part of the point; ``承办股室`` above the chart, the
  ``注：`` line and the 监督电话 line name no holder;
- ``中心领导``, ``学校领导``, ``团市委领导`` and ``站领导`` (a 科室 cell, a group row, a 所在部门 cell, a 部门
  cell) are the 科室 of those leaders; the 全民健身中心's leaders (sheet ``中心领导``, no 科室
  column), the cards' leaders and the 勒秀镇文体站's people (no 科室 column) have no 科室; a 中心's
  室 and 部, a 学校's 科, a 团市委's 办公室 and 部 and a 文体站's 组 are 科室;
- every body is a unit of its own: 局长, 副局长, 主任 and 副主任 of a 中心, 校长, 书记, 副书记 and a
  文体站's 站长 are leaders; 股长, 科长, 部长 and an 办公室主任 middle; the rest (受理员, 科员, 会计,
  出纳, 教练员, 干事, 社会体育指导员, 文体专干, 管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 体育场馆管理所's list names no person: its forms are posts;
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

PREFIX = "b580_"
PLACE = "合作市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
ARROW = "↓"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the lanes after the applicant's: (股室, post, name, tier)
LANES = [
    ("行政审批股", "受理员", "郇璟沨", "general"),
    ("群众体育股", "科员", "邬翀澈", "general"),
    ("群众体育股", "股长", "郇岷琰", "middle"),
    ("局领导", "副局长", "邬昶珺", "leader"),
    ("局领导", "局长", "郇澍霆", "leader"),
]
APPLICANT = "申请人"

# the steps in order: (first lane, last lane (the box merged over them), step box, point, level,
# measures); lane 0 is the applicant's, 1.. the LANES; a step without risk has point None
STEPS = [
    (0, 0, "开始：提交申请书、体育设施符合国家标准的说明、救生员和社会体育指导员资格证明", None, None, None),
    (1, 1, "受理：审查申请材料，作出受理或不予受理决定",
     "对材料不全的申请违规受理，或对符合条件的申请故意刁难、拖延受理", "中",
     "一次性告知所需材料，受理、不予受理均出具书面凭证。"),
    (2, 3, "现场核查：两人以上实地核查场地、设施和救生员配备",
     "实地核查走过场，对设施不达标、救生员配备不足的场所出具合格意见", "高",
     "核查不少于两人，核查记录拍照存档、双人签字。"),
    (3, 3, "审核：提出审核意见，报分管领导",
     "审核中降低许可条件，接受申请人宴请、礼品", "高",
     "审核意见写明依据，股室集体会审。"),
    (4, 4, "审查：分管副局长审查签署意见",
     "为关系企业说情打招呼，干预审核结果", "中",
     "领导干部插手干预情况如实记录报告。"),
    (4, 5, "集体研究：局务会研究是否批准",
     "不经局务会集体研究，个人决定是否许可", "高",
     "许可事项一律上局务会研究，会议纪要存档。"),
    (5, 5, "决定：局长签发许可决定",
     "超过三十日作出决定，不予批准的不书面说明理由", "低",
     "办理时限网上可查，不予批准的书面告知理由。"),
    (1, 1, "送达：制作并送达《经营高危险性体育项目许可证》",
     "许可证制作送达拖延，借机索取好处", "低",
     "许可证办结即通知领取，送达回执存档。"),
    (2, 2, "公示：许可结果在局门户网站公示", None, None, None),
    (2, 2, "事后监管：开展日常监督检查",
     "检查中对无证经营、救生员不在岗不予查处，以罚代管", "高",
     "检查人员随机抽取，检查结果公开。"),
    (0, 0, "结束：申请人领取许可证，依法办理登记", None, None, None),
]  # fmt: skip


def hezuo_sports_bureau_swimlane_flow() -> dict:
    unit = f"{PLACE}文体广电和旅游局"
    nlanes = 1 + len(LANES)
    ncols = nlanes + 3
    sh = _Sheet("流程图", [16] + [14] * len(LANES) + [34, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}经营高危险性体育项目许可权力运行流程图（廉政风险防控）", ncols)
    _line(
        sh,
        f"承办股室：群众体育股{GAP * 4}法定办结时限：30日{GAP * 4}承诺办结时限：5个工作日",
        ncols,
    )
    top = sh.add("办　理　流　程", *([None] * (nlanes - 1)), "廉政风险点", "风险等级", "防控措施")
    depts = [APPLICANT] + [d for d, _, _, _ in LANES]
    sh.add(*[d if c == 0 or depts[c] != depts[c - 1] else None for c, d in enumerate(depts)],
           None, None, None)  # fmt: skip
    sh.add(None, *[f"{post}\n{who}" for _, post, who, _ in LANES], None, None, None)
    sh.merge(top, 0, top, nlanes - 1)
    for c in range(nlanes, ncols):
        sh.merge(top, c, top + 2, c)
    sh.merge(top + 1, 0, top + 2, 0)
    c = 1
    while c < nlanes:
        e = c
        while e + 1 < nlanes and depts[e + 1] == depts[c]:
            e += 1
        if e > c:
            sh.merge(top + 1, c, top + 1, e)
        c = e + 1
    for i, (c0, c1, box, point, lv, measures) in enumerate(STEPS):
        if i:  # an arrow row: ↓ in the lane of the step it leads to
            sh.add(*[ARROW if c == c0 else None for c in range(nlanes)], None, None, None)
        cells = [box if c == c0 else None for c in range(nlanes)]
        r = sh.add(*cells, point, lv, measures)
        if c1 > c0:
            sh.merge(r, c0, r, c1)
        if point is None:
            continue
        for lane in range(c0, c1 + 1):
            dept, post, who, tier = LANES[lane - 1]
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：各办理环节写在承办岗位所在栏内，跨栏的环节由所跨岗位共同承办；“↓”为办理流向。",
        ncols,
    )
    _line(sh, "监督电话：0941-8212345", ncols)
    return _layout(
        "hezuo_sports_bureau_swimlane_flow", "http://www.weixian.gov.cn/article/26/27926.html",
        "(harder) 市文体广电和旅游局 经营高危险性体育项目许可 权力运行流程图, after the source's 县行政审批局 事项要素 (受理条件, "
        "主办科室, 勘测(踏勘), 办理流程 受理—审核—现场勘验—审批—办结): a title, a merged 承办股室/办结时限 line, then a "
        "SWIMLANE chart: ``办　理　流　程`` merged over six lane columns (``申请人`` and five posts), the lanes' 股室 on a "
        "heading row (群众体育股 and 局领导 merged over two lanes each) and ``post⏎name`` cells under it; ``廉政风险点 | "
        "风险等级 | 防控措施`` merged down the three heading rows at the right; ONE ROW A STEP whose box (``受理：…``) stands "
        "in the lane of the post that does it, a joint step's box merged over two lanes, ``↓`` arrow rows between the "
        "steps, the applicant's steps and a 公示 step with no risk; 高/中/低; a ``注：`` line and a 监督电话 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hezuo_fitness_center_two_sheets() -> dict:
    unit = f"{PLACE}全民健身中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邬珩湉", "主任", "主持全面工作", [
            ("体育彩票公益金项目安排不经集体研究", "一级", "公益金项目计划经主任办公会研究，报市文体广电和旅游局审核。"),
            ("全民健身工程器材采购指定供应商", "一级", "器材采购进入市公共资源交易平台。"),
        ]),
        ("郇沛琮", "副主任", "分管场馆运营、健身指导", [
            ("场馆对外出租不签合同、收入不入账", "一级", "出租一律签订合同，租金统一缴入中心账户。"),
            ("全民健身活动承办单位选定优亲厚友", "二级", "承办单位比选确定，结果公示。"),
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
    dept = _Sheet("科室", [6, 14, 14, 9, 38, 9, 34])
    _line(dept, f"{unit}科室岗位廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "邬霁岺", "middle", "公务接待超标准、无公函接待", "二级", "接待实行审批单制度，按月公示。"),
        ("财务室", "会计", "郇琬洙", "general", "公益金项目资金支付审核不严", "一级", "支付凭证经办、审核、审批三签。"),
        ("财务室", "会计", "郇琬洙", "general", "收费票据管理混乱，截留场馆收入", "二级", "票据领用登记，每月核销。"),
        ("场馆运营部", "部长", "邬炜瑄", "middle", "免费低收费开放时段私自收费", "一级", "开放时间和收费标准公示，接受群众监督。"),
        ("场馆运营部", "部长", "邬炜瑄", "middle", "场馆维修项目虚报工程量", "二级", "维修验收双人签字，结算送审。"),
        ("健身指导部", "社会体育指导员", "郇瑷淇", "general", "国民体质监测数据弄虚作假", "三级", "监测数据系统录入，随机抽查复测。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "hezuo_fitness_center_two_sheets", "https://tyj.gd.gov.cn/sjzw_zwdt/content/post_3912737.html",
        "市全民健身中心 廉政风险防控一览表 in TWO SHEETS, after the source's 省体育局 page on 体育彩票 风险防控 (公益金, 实体店, "
        "日常监督管理, 主体责任): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hezuo_stadium_office_posts() -> dict:
    unit = f"{PLACE}体育场馆管理所"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "补助资金使用", "免费低收费开放补助资金挪作他用", "制度机制风险", "高",
         "补助资金专账核算，使用情况每年公示。"),
        ("所领导", "所长", "leader", "场馆经营合作", "场馆合作经营不公开招租，低价出租给关系人", "外部环境风险", "高",
         "合作经营项目公开招租，合同经法律顾问审核。"),
        ("开放服务部", "部长", "middle", "开放时间统计", "虚报开放时间和接待人次，套取奖励资金", "岗位职责风险", "中",
         "开放人次系统记录，每月与门禁数据核对。"),
        ("开放服务部", "售票员", "general", "门票收费", "收费不出票、少报收入", "业务流程风险", "中",
         "门票电子售票，日清日结。"),
        ("设施维护部", "维修员", "general", "器材维修", "虚列维修材料，以次充好", "业务流程风险", "低",
         "维修材料领用登记，旧件回收。"),
        ("设施维护部", "部长", "middle", "设备采购", "健身器材采购中收受供应商好处", "思想道德风险", "中",
         "采购三家比价，验收由使用部门参与。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "hezuo_stadium_office_posts", "http://xhc-byd.com/news/hyxw/36.html",
        "市体育场馆管理所 岗位廉政风险点排查表 对岗不对人, after the source's page on the 大型体育场馆免费低收费开放补助资金管理办法 "
        "(补贴资金, 奖励资金, 免费低收费开放, 公共体育服务): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/"
        "a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hezuo_youth_center_cards() -> dict:
    unit = f"{PLACE}青少年活动中心"
    t = _Truth(unit)
    cards = [
        ("主任", "邬骐湛", "主任", "主持中心全面工作", "leader", [
            ("校外培训项目合作单位选定暗箱操作", "★★★", "合作单位公开征集，主任办公会集体研究。"),
            ("青少年活动经费支出不按预算", "★★", "经费支出按预算执行，大额支出集体研究。"),
            ("接受合作机构宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "郇璞瑭", "副主任", "分管培训、场地管理", "leader", [
            ("公益培训班名额分配优亲厚友", "★★★", "报名摇号确定，名单公示。"),
            ("活动场地对外出借收费不入账", "★★", "场地出借签订协议，费用统一缴入中心账户。"),
        ]),
        ("会计", "邬筠漪", "会计", "负责中心财务核算", "general", [
            ("培训收费票据开具不规范", "★★", "收费统一开具财政票据，每月核对。"),
            ("库存现金超限额存放", "★", "现金日清月结，超限额及时送存银行。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "hezuo_youth_center_cards", "http://gov.lcxgzs.cn/gov/Detail.aspx?bid=77&id=5643",
        "市青少年活动中心 岗位廉政风险防控卡, one sheet a holder, after the source's news of a 县's 青少年课外活动中心 checks "
        "(青少年宫, 校外活动场所, 公益宣传, 周边环境管理): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hezuo_youth_league_selfchecks() -> dict:
    unit = f"共青团{PLACE}委员会"
    t = _Truth(unit)
    people = [
        ("郇瀚曦", "团市委领导", "书记", "leader", [
            ("希望工程助学金资助对象确定不经集体研究", "Ⅰ级", "资助名单经书记办公会研究，在受助学校公示。", "已落实"),
            ("青少年发展基金会项目资金拨付审核不严", "Ⅱ级", "项目资金按进度拨付，拨付前核查。", "未发现问题"),
        ]),
        ("邬婳琦", "团市委领导", "副书记", "leader", [
            ("优秀共青团员、团干部推荐评选打招呼", "Ⅰ级", "评选条件和结果公示五个工作日。", "已落实"),
            ("志愿服务活动经费虚报冒领", "Ⅲ级", "活动经费凭签到表、照片报销。", "已落实"),
        ]),
        ("郇珲淏", "办公室", "干事", "general", [
            ("助学金申报材料审查走过场", "Ⅱ级", "申报材料逐份核查，建档立卡信息与民政比对。", "未发现问题"),
            ("助学金发放不及时、截留", "Ⅲ级", "助学金直接打入受助学生账户。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "职　务", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "书记意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hezuo_youth_league_selfchecks", "http://www.4w68.com/news/20220628/1611033.shtml",
        "共青团市委员会 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 团区委 on the "
        "希望工程1+1 助学金 (申报材料收集核查, 层层审查, 受资助学生, 发放仪式): a title, a label row ``姓　名 | 所在部门 | "
        "职　务 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 书记意见：``",
        sheets, t,
    )  # fmt: skip


def hezuo_sports_school_group_rows() -> dict:
    unit = f"{PLACE}业余体育学校"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "邬璠翊", "leader", [
                ("向上级运动队输送运动员时收受家长财物", "一级风险", "输送名单经教练组推荐、校务会研究并公示。"),
                ("运动员伙食补助资金挤占挪用", "一级风险", "伙食补助专账核算，每月公示收支。"),
            ]),
        ]),
        ("二、训练科", "训练科", [
            ("科长", "郇琛曜", "middle", [
                ("招收新队员测试打分不公", "二级风险", "测试由三名以上教练员打分，成绩当场公布。"),
            ]),
            ("教练员", "邬浚琪", "general", [
                ("比赛报名弄虚作假，以大打小", "一级风险", "报名材料与学籍、户籍核对。"),
                ("向队员推销运动装备", "三级风险", "签订廉洁从教承诺书，家长监督电话公开。"),
            ]),
        ]),
        ("三、总务科", "总务科", [
            ("会计", "郇琇煊", "general", [
                ("训练器材采购报账审核不严", "二级风险", "报账单据三级审核，器材入库登记。"),
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
        "hezuo_sports_school_group_rows", "http://jjckb.xinhuanet.com/invest/2011-03/21/content_295159.htm",
        "市业余体育学校 廉政风险防控责任清单, after the source's page on a small city's 体操学校 (集中训练、学习和生活, 输送, "
        "教练, 比赛): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、学校领导``, ``二、训练科``, ``三、总务科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hezuo_dangzhou_station_list() -> dict:
    unit = f"{PLACE}当周街道文体站"
    sh = _Sheet("一览表", [6, 12, 14, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "郇萁岫", "leader", "社区健身器材发放对象确定不公开", "制度机制", "高风险",
         "发放方案经街道党工委研究，发放名单公示。"),
        ("站领导", "站长", "郇萁岫", "leader", "全民健身活动经费使用不经集体研究", "岗位职责", "中风险",
         "活动经费预算公开，大额支出集体研究。"),
        ("体育组", "文体专干", "邬瑗琤", "general", "健身器材验收数量、质量把关不严", "业务流程", "高风险",
         "器材验收社区代表参与，验收单双人签字。"),
        ("体育组", "社会体育指导员", "郇晞珞", "general", "健身活动参加人员虚报，多领补贴", "思想道德", "中风险",
         "活动签到拍照留存，补贴按实际人数发放。"),
        ("文化组", "管理员", "邬筱燊", "general", "文体活动室物品私自外借", "业务流程", "低风险",
         "物品出借登记，每季度盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "hezuo_dangzhou_station_list", "https://airc.cn/politics/10489.html",
        "街道文体站 岗位廉政风险防控一览表, after the source's 市体育局 健身器材发放 (发放方案, 发放对象, 器材安装, 村级体育总会): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def hezuo_lexiu_station_register() -> dict:
    unit = f"{PLACE}勒秀镇文体站"
    sh = _Sheet("登记表", [6, 14, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "邬岑璘", "leader", [
            ("乡村健身路径建设点选定优亲厚友", "制度机制", "一级", "建设点由镇党委会研究确定，结果公示。"),
            ("体育彩票公益金补助项目虚报", "思想道德", "二级", "补助项目逐村核实，资料存档备查。"),
        ]),
        ("文体专干", "郇甦沅", "general", [
            ("农民运动会奖品采购不比价", "业务流程", "二级", "奖品采购三家比价，验收登记。"),
            ("锅庄舞培训补贴发放不实", "岗位职责", "一级", "补贴按签到名单发放，村委会盖章确认。"),
        ]),
        ("管理员", "邬荪琰", "general", [
            ("健身器材维修费用虚列", "业务流程", "三级", "维修前后拍照，费用凭票报销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "hezuo_lexiu_station_register", "https://m.tftnews.com/news2038892",
        "镇文体站 廉政风险点排查登记表, after the source's 市 全民健身场地设施 page (一乡一站、一村一场, 健身路径, 公益金补助项目): "
        "a title, 序号/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "no 科室 column; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hezuo_sports_bureau_swimlane_flow(),
    hezuo_fitness_center_two_sheets(),
    hezuo_stadium_office_posts(),
    hezuo_youth_center_cards(),
    hezuo_youth_league_selfchecks(),
    hezuo_sports_school_group_rows(),
    hezuo_dangzhou_station_list(),
    hezuo_lexiu_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch580-inbox"))

"""The four-hundred-and-thirteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政 and 审计
bodies, 岚皋县 (a mountain county of 安康 in the 大巴山, its staff Han) — the 县财政局, the
县国库集中支付中心, the 县审计局, the 县统计局 and the 财政所 of four of its 镇 (城关镇, 佐龙镇, 蔺河镇,
南宫山镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 财政局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column, a
  制表/审核/date line under each;
- the 国库集中支付中心's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``科室``
  merged (``中心领导``, ``支付审核股``, ``会计核算股``, ``综合股``), ``岗位`` and ``姓名`` merged per
  person, a short ``风险点`` beside a long ``风险描述``, short types, ``高风险/中风险/低风险``;
- the 统计局's 责任清单 under GROUP ROWS ``一、局领导``, ``二、综合统计股``, ``三、统计执法监督股``,
  ``四、普查中心`` merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 城关镇财政所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and a merged ``岗位职责：…`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by
  a ``注：`` line, no type column, ``持卡人（签字）： | … | 镇分管领导（签字）：``;
- the 佐龙镇财政所's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … | 所长意见：``;
- the 蔺河镇财政所's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line; no names, no 股室;
- the 南宫山镇财政所's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out
  on EVERY row (nothing merged): ``姓名 | 岗位`` — the NAME BEFORE THE POST — then ``风险类型 |
  廉政风险点`` (the type before the point), short types, ``一级/二级/三级``.

One is harder:

- ``langao_audit_bureau_measure_refs``: the 审计局's 岗位廉政风险防控一览表, an ordinary list in every
  other way (a title, a merged ``填报单位：…　填报时间：2025年10月`` line, ``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``股室`` merged, ``岗位`` and ``姓名`` merged per person,
  short types, 高/中/低, a merged ``注：`` line and a 填表人/审核人/date line) — but ITS MEASURES
  ARE WRITTEN ONCE A PERSON AND ITS POINTS POINT AT THEM BY NUMBER: the ``防控措施`` cell is MERGED
  DOWN OVER ALL OF A HOLDER'S POINTS and holds that holder's measures as one numbered list
  (``1.…⏎2.…⏎3.…``), and every ``廉政风险点`` cell ends with a bracket naming the measures of that
  list that answer it — ``审计结果定性和处理处罚不经审计业务会议集体研究（对应措施2、3）`` — so one
  measure may serve two points of the holder and a point may have two measures, and the note says
  so (``注：防控措施按人员合并填写，风险点后括号内为对应的防控措施序号。``). The point is the text BEFORE the
  bracket; the bracket is a cross-reference from the point into the holder's measure list, no part of
  the risk. The shape is about how the point and its measures are JOINED: not side by side on a row,
  not in one cell, but by numbers the point carries. The README's 读得懂的表 knows measures written in
  the point's cell (``风险点：…⏎防控措施：…``, numbered lines under the point), measures one a row
  under the point, a measures table under the list that names the POINTS' numbers
  (``序号 | 对应风险点 | 防控措施``, ``MEASURES_BY_NUMBER``), a ``防控措施：…`` row under each person's
  points, numbered measures matched line by line to numbered points in one cell
  (``高风险点：⏎1.…``) and to ``1.…⏎2.…`` point lines beside ``1.高⏎2.中`` (batch133); and of a
  point's trailing bracket it knows the level (``（高）``, ``（Ⅱ级）``), the type (``（制度机制）``),
  the holder (``（鄢璟琤）``), this year's state (``（新增）``/``（修订）``) and, when the heading asks
  for it, how the point shows (``（括号内注明主要表现）``). It does not describe a point carrying the
  NUMBERS OF ITS MEASURES in a bracket, the measures merged once over a person's points: ``grep -l
  '对应措施\\|措施序号' tests/published/batch*.py`` finds only batch370, whose note says that
  numbered measures follow the numbered points of one cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 项目资金分配管理办法 范文 — 财政专项资金
分人分账 by the 业务科室, 专家评审, 招投标, ``三专`` 管理, 涉农补贴 ``一折通``; a 国库集中支付 操作流程 — 直接支付
申请 and its 原始凭证, 财政直接支付凭证, 代理银行, 清算, 授权支付 额度 and 用款计划; a note on what a 审计局 is
— 财政金融审计科, 行政事业审计科, 经贸审计科, 干审科, 审计程序 from 项目计划 to 审计终结; a 小康 piece on
统计造假 — 执法检查, 虚报, 授意编造, 企业数据失实, 考核压力; a 镇财政所 on 涉农补贴 发放 — 补贴清册,
计税耕地面积, 公示; a 县财政局's 督查 of a 镇's 一事一议 财政奖补 — 资金拨付到村, 账务处理, 票据; a 区's
小麦 种植面积 核定 — 自报告, 村初核, 镇街审核, 两级公示, 复核, ``一本通`` 发放; a 县财政局's 一事一议
验收合格 项目 — 镇财政账户, 工程资金结算, 后续管护) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 岚皋县, named with the county's
name (no earlier unit holds ``岚皋县``; the 镇 — 城关镇, 佐龙镇, 蔺河镇, 南宫山镇 — are towns of the county).

Run ``python tests/published/score.py --set batch413`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point is the ``廉政风险点`` cell's text before its closing bracket
  ``（对应措施…）``; the bracket (measure numbers) is no part of the point, and neither the numbered
  measures nor the ``注：`` line is a point or names a holder; the holder is the ``姓名`` cell, the
  股室 the ``股室`` cell, the types the ``风险类型`` cell, the level the ``风险等级`` cell, as in an
  ordinary list;
- ``局领导`` (the 财政局's sheet of its leaders, named so by its tab and title; the 审计局's 股室 cell; the
  统计局's group row) and ``中心领导`` (the 国库中心's 科室 cell) are the 科室 of those leaders; a 局's 股
  and the 国库中心's 股 are 科室, and so is the 统计局's ``普查中心`` (a group row among its 股); a group
  row ``二、综合统计股`` gives the 科室 ``综合统计股`` (its number left off); a 镇财政所 is a unit of its
  own with NO 科室: its cards, 自查表, 排查表 and list name none, and every form of theirs has the 科室
  "" (the scorer takes ``XX镇财政所`` with no 科室 and ``XX镇`` with the 科室 ``财政所`` alike);
- 局长, 副局长, the 国库中心's 主任 and 副主任, a 财政所's 所长 and 副所长 are leaders; 股长 and the 普查中心's
  主任 middle; the rest (科员, 会计, 出纳, 审核员, 审计员, 报账员, 惠民补贴专管员) general;
- ``风险点 | 风险描述`` (the 国库中心's list) and ``风险点 | 风险表现`` (the 蔺河镇财政所's): the point is
  the short one; ``分管工作``, ``岗位职责``, ``职责事项`` and ``自查情况`` are no points and name no holder;
  the 蔺河镇财政所's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by
  the cards' note), ``高风险/中风险/低风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 蔺河镇财政所's note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch410).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b413_"
PLACE = "岚皋县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

REFS_NAME = "langao_audit_bureau_measure_refs"
REFS_UNIT = f"{PLACE}审计局"
REFS_TAB = "一览表"
REFS_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
REFS_NOTE = "注：防控措施按人员合并填写，风险点后括号内为对应的防控措施序号。"
REFS_OPEN = "（对应措施"
REFS_WIDTHS = [6, 14, 9, 9, 44, 10, 9, 44]

# (股室, 岗位, 姓名, tier, [(廉政风险点, [measure numbers], 风险类型, 等级)], [防控措施])
REFS_ROWS = [
    ("局领导", "局长", "栾璇琮", "leader", [
        ("审计项目计划安排受人情干扰，对特定单位不安排或推迟审计", [1], "外部环境", "高"),
        ("审计结果定性和处理处罚不经审计业务会议集体研究", [2, 3], "制度机制", "高"),
        ("为被审计单位说情打招呼，降低问题定性", [1, 3], "思想道德", "中"),
    ], [
        "年度审计项目计划报县委审计委员会审定，执行情况公开。",
        "审计报告和审计决定一律经审计业务会议集体审定。",
        "说情打招呼事项登记报告，纳入个人廉政档案。",
    ]),
    ("局领导", "副局长", "昝沅泠", "leader", [
        ("对审计组违反“八不准”纪律的行为不制止、不报告", [1], "岗位职责", "中"),
        ("复核审理走过场，对审计底稿和取证材料把关不严", [2], "业务流程", "中"),
    ], [
        "审计组进点时公示审计纪律和举报电话，项目结束后开展廉政回访。",
        "实行审计组、业务股室、审理复核三级复核。",
    ]),
    ("财政金融审计股", "股长", "禚渟澈", "middle", [
        ("预算执行审计中选择性延伸，对重点专项资金不延伸审计", [1, 2], "业务流程", "高"),
        ("对审计发现的问题线索隐瞒不报、不按规定移送", [2], "岗位职责", "高"),
    ], [
        "延伸审计单位由审计组集体确定，审计实施方案报分管领导审批。",
        "问题线索实行台账管理，移送事项经局务会研究。",
    ]),
    ("财政金融审计股", "审计员", "仇鋆峤", "general", [
        ("接受被审计单位宴请和礼品、消费卡", [1], "思想道德", "中"),
        ("泄露审计工作秘密和被审计单位商业秘密", [2], "岗位职责", "低"),
    ], [
        "签订廉洁从审承诺书，审计外勤经费自理。",
        "审计资料专人保管，电子数据加密存储。",
    ]),
    ("经济责任审计股", "股长", "璩葳砾", "middle", [
        ("经济责任审计评价不客观，对领导干部责任界定随意", [1], "制度机制", "中"),
        ("审计结果运用中为被审计领导干部开脱责任", [1, 2], "外部环境", "高"),
    ], [
        "审计评价依据审计证据逐项说明，报告经审理复核。",
        "审计结果按规定报送县委组织部和县纪委监委。",
    ]),
    ("投资审计股", "审计员", "訾瑀沄", "general", [
        ("工程结算审计中与施工单位串通，少核减或多计工程量", [1, 2], "业务流程", "高"),
        ("向被审计单位推荐中介机构或介绍业务", [3], "外部环境", "低"),
    ], [
        "结算审计实行双人现场计量，计量记录存档。",
        "审定结果由建设单位、施工单位和审计组三方签字确认。",
        "严禁推荐中介机构、介绍业务，发现一律严肃处理。",
    ]),
]  # fmt: skip


def _refs(numbers: list[int]) -> str:
    """The bracket a point carries: the numbers of its measures, ``（对应措施1、3）``."""
    return f"{REFS_OPEN}{'、'.join(str(n) for n in numbers)}）"


def _numbered(measures: list[str]) -> str:
    """A holder's measures as one numbered list in one cell."""
    return "\n".join(f"{i}.{m}" for i, m in enumerate(measures, 1))


def langao_audit_bureau_measure_refs() -> dict:
    unit = REFS_UNIT
    t = _Truth(unit)
    sh = _Sheet(REFS_TAB, REFS_WIDTHS)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*REFS_HEAD)
    first = len(sh.rows)
    n = 0
    blocks = []  # (first row, last row) of each holder's points
    for dept, post, who, tier, points, measures in REFS_ROWS:
        assert sorted({m for _, ms, _, _ in points for m in ms}) == list(
            range(1, len(measures) + 1)
        )
        top = len(sh.rows)
        for i, (point, numbers, typ, lv) in enumerate(points):
            n += 1
            cell = _numbered(measures) if i == 0 else None
            sh.add(n, dept, post, who, f"{point}{_refs(numbers)}", typ, lv, cell)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        blocks.append((top, len(sh.rows) - 1))
    _per_person(sh, first, 1, 2, 3)
    for top, bottom in blocks:
        if bottom > top:
            sh.merge(top, 7, bottom, 7)
    _line(sh, REFS_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        REFS_NAME, "http://m.ddtbk.com/shenghuo/23112.html",
        "(harder) 县审计局 岗位廉政风险防控一览表, after the source's note on what a 审计局 is (财政金融审计科, 行政事业审计科, "
        "经贸审计科, 干审科; 审计程序 from 项目计划 to 审计终结): an ordinary list (a title, a merged ``填报单位：…　填报时间："
        "2025年10月`` line, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 short names/风险等级 高/中/低/"
        "防控措施, a merged ``注：`` line and a 填表人/审核人/date line) whose MEASURES ARE WRITTEN ONCE A PERSON — the "
        "``防控措施`` cell merged down over all of a holder's points, a numbered list ``1.…⏎2.…`` — and whose every point "
        "ENDS WITH THE NUMBERS OF ITS MEASURES in a bracket ``（对应措施2、3）``",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def langao_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 40, 9, 36])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("冼湉璟", "局长", "主持局全面工作", [
            ("财政专项资金分配方案不经局党组集体研究，个人决定资金投向", "一级",
             "专项资金分配方案经局党组会集体研究，分配结果公开。"),
            ("干部选拔任用和评优评先中搞亲亲疏疏", "二级", "严格执行干部选拔任用程序，任前公示。"),
        ]),
        ("浦瀞堃", "副局长", "分管预算股、国库股", [
            ("追加预算审批不按程序，为关系单位打招呼", "一级", "追加预算按程序报县政府审批，审批结果留痕。"),
            ("财政资金调度中优亲厚友，先拨后审", "二级", "资金调度按用款计划排序，每月通报调度情况。"),
        ]),
        ("蒯杳翯", "副局长", "分管农业农村股、政府采购管理股", [
            ("涉农补贴资金“一折通”发放审核把关不严", "二级", "补贴清册乡镇、股室两级审核，发放信息公开。"),
            ("干预政府采购代理机构选定和评审", "一级", "插手干预政府采购事项一律登记报告。"),
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
    lead.add("制表：", None, "审核：", None, None, DATE, None)

    staff = _Sheet("股室", [6, 14, 9, 9, 40, 9, 36])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("预算股", "股长", "颛璆煦", "middle", [
            ("部门预算编制中随意调整项目支出标准", "一级", "支出标准统一测算，预算草案集体审核。"),
            ("项目专家评审中专家不随机抽取，评审流于形式", "二级", "评审专家从专家库随机抽取，评审意见存档。"),
        ]),
        ("国库股", "股长", "韶翯璇", "middle", [
            ("库款调度不按用款计划，违规对外借出财政资金", "一级", "库款调度双人审核，严禁对外借款。"),
            ("财政专户资金存放不按规定竞争性选择银行", "二级", "资金存放银行公开竞争选定，结果公示。"),
        ]),
        ("国库股", "会计", "靳翊澈", "general", [
            ("总预算会计账务处理不及时，账实不符", "三级", "每月与人民银行国库对账，差异限期查明。"),
        ]),
        ("农业农村股", "股长", "钭骞煦", "middle", [
            ("涉农项目申报审核流于形式，虚报项目套取资金", "二级", "项目申报实地核查，资金分配集体研究。"),
            ("涉农资金“三专”管理不落实，挤占挪用", "三级", "专户存储、专账核算、专人管理，每季度检查。"),
        ]),
        ("政府采购管理股", "科员", "扈珺璇", "general", [
            ("采购文件备案审查不严，放任设置倾向性条件", "二级", "采购文件备案两人审查，审查意见留痕。"),
            ("质疑投诉处理拖延、偏袒一方", "三级", "质疑投诉限时办结，处理结果公开。"),
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
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "langao_finance_bureau_two_sheets", "http://m.saumg.com/haowen/173840.html",
        "县财政局 file in two sheets after the source's 项目资金分配管理办法 范文 (财政专项资金 分人分账 by the 业务科室, 专家评审, "
        "招投标, ``三专`` 管理, 涉农补贴 ``一折通``): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/"
        "风险等级/防控措施) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def langao_treasury_center_list() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("一览表", [6, 11, 9, 9, 14, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郦湉蘅", "leader", [
            ("大额支付签批", "对不符合预算和用款计划的大额支付签批放行", "制度机制", "高风险",
             "大额支付实行主任、分管副主任双签，按月通报。"),
            ("代理银行考核", "代理银行考核中接受银行宴请和赞助", "外部环境", "中风险", "代理银行考核集体打分，结果公示。"),
        ]),
        ("中心领导", "副主任", "隗葳璟", "leader", [
            ("授权支付额度下达", "不按批复的用款计划下达授权支付额度，人为调剂", "业务流程", "中风险",
             "额度下达与用款计划系统比对，超计划不予下达。"),
        ]),
        ("支付审核股", "股长", "詹洧芃", "middle", [
            ("直接支付审核", "对原始凭证和政府采购合同审核不严，虚假列支通过审核", "岗位职责", "高风险",
             "支付申请与预算指标、采购合同系统校验，人工复核留痕。"),
            ("退回资金处理", "支付退回资金不及时核实重新支付，资金滞留", "业务流程", "低风险", "退回资金建立台账，三日内处理。"),
        ]),
        ("支付审核股", "审核员", "甄翯璟", "general", [
            ("支付申请受理", "故意拖延受理预算单位支付申请，吃拿卡要", "思想道德", "中风险", "支付申请限时办结，超时自动提醒。"),
        ]),
        ("会计核算股", "会计", "仇璆澈", "general", [
            ("资金清算对账", "与人民银行、代理银行清算对账不及时，差错不纠正", "岗位职责", "中风险", "每日清算、每月对账，差错限期纠正。"),
            ("支付凭证和印鉴管理", "财政直接支付凭证和印鉴保管不善，被他人冒用", "制度机制", "高风险",
             "凭证和印鉴分人保管，使用登记。"),
        ]),
        ("综合股", "出纳", "庹珺昶", "general", [
            ("现金管理", "坐支现金，公款私存", "业务流程", "低风险", "现金日清月结，会计每周盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "langao_treasury_center_list", "https://m.qiqiwenku.com/docx/477787.html",
        "县国库集中支付中心 岗位廉政风险防控一览表 after the source's 国库集中支付 操作流程 (直接支付 申请 and its 原始凭证, 财政直接"
        "支付凭证, 代理银行, 清算, 授权支付 额度 and 用款计划): a title, a merged ``填报单位：…　填报时间：2025年10月`` line, then "
        "序号/``科室`` merged (中心领导, 支付审核股, 会计核算股, 综合股)/岗位 and 姓名 merged per person/a short ``风险点``/a long "
        "``风险描述``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def langao_statistics_bureau_duty_list() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("责任清单", [6, 9, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "郦琰彧", "leader", [
                ("统计数据审核发布", "迫于考核压力授意、默许修改统计数据", "制度机制风险", "一级风险",
                 "统计数据按程序审核发布，领导干部干预统计工作登记报告。"),
            ]),
            ("副局长", "仉淼琰", "leader", [
                ("统计执法检查", "执法检查中对企业虚报、瞒报降格处理", "外部环境风险", "一级风险", "执法检查双随机，处理决定集体研究。"),
            ]),
        ]),
        ("二、综合统计股", "综合统计股", [
            ("股长", "阚翊峤", "middle", [
                ("数据质量审核", "对规模以上企业数据异常不核查，照单上报", "岗位职责风险", "二级风险", "异常数据逐条核查，核查记录存档。"),
                ("名录库管理", "违规将不达标企业纳入或保留在“四上”名录库", "业务流程风险", "一级风险", "入库退库材料两人审核，结果公示。"),
            ]),
        ]),
        ("三、统计执法监督股", "统计执法监督股", [
            ("股长", "眭苒骞", "middle", [
                ("违法案件查办", "统计违法案件压案不查，应移送不移送", "岗位职责风险", "一级风险", "案件办理全程记录，移送事项集体研究。"),
                ("举报受理", "泄露举报人信息", "思想道德风险", "二级风险", "举报件专人登记，举报人信息保密。"),
            ]),
            ("科员", "厍峤洧", "general", [
                ("调查对象核查", "入企核查时接受企业宴请和礼品", "思想道德风险", "三级风险", "核查两人以上，签订廉洁承诺书。"),
            ]),
        ]),
        ("四、普查中心", "普查中心", [
            ("主任", "鞠岫峤", "middle", [
                ("普查经费使用", "普查员劳务费虚报冒领", "业务流程风险", "二级风险", "劳务费按工作量核发，名单公示。"),
                ("普查员选聘", "普查员选聘中优亲厚友", "制度机制风险", "三级风险", "选聘条件公开，选聘结果公示。"),
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
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "langao_statistics_bureau_duty_list", "https://m.fx361.cc/news/2022/0815/10684946.html",
        "县统计局 廉政风险防控责任清单 under GROUP ROWS ``一、局领导`` … ``四、普查中心`` merged across (no 股室 column), after the "
        "source's 小康 piece on 统计造假 (执法检查, 虚报, 授意编造, 企业数据失实, 考核压力): a title, then 序号/岗位 and ``责任人`` "
        "merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def langao_chengguan_finance_office_cards() -> dict:
    unit = f"{PLACE}城关镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "酆澈潆", "leader", "主持财政所全面工作，负责镇级预算执行和涉农补贴资金监管", [
            ("涉农补贴清册审核不严，为不符合条件的对象发放补贴", "★★★", "补贴清册村、所两级审核，张榜公示无异议后发放。"),
            ("镇级大额资金支付不经镇党委会研究即签批", "★★★", "大额支付经镇党委会研究，会议纪要附支付凭证。"),
            ("村级公益项目资金拨付前不实地查验", "★★", "拨付前实地查验，查验记录存档。"),
        ]),
        ("会计", "逄岫湉", "general", "负责镇本级会计核算和补贴资金账务", [
            ("补贴发放明细与代发银行数据不核对", "★★", "每批补贴发放后与代发银行逐户核对。"),
            ("会计凭证附件不全即入账", "★", "凭证审核实行会计、所长两签。"),
        ]),
        ("报账员", "鞠淼苒", "general", "负责村级报账和票据管理", [
            ("村级报账票据审核不严，白条入账", "★★", "报账票据逐张审核，白条一律退回。"),
            ("收款收据领用核销不登记", "★", "收据专人领用核销，作废收据全联留存。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        _line(sh, f"岗位职责：{duty}", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "langao_chengguan_finance_office_cards",
        "https://www.jintan.gov.cn/html/czjt/2019/IJMJQALL_0620/120244.html",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 会计, 报账员), after the source's 镇财政所 on 涉农补贴 发放 "
        "(补贴范围 and 对象, 补贴清册, 计税耕地面积, 公示): a title, ``姓　名 | … | 职　务 | …``, a merged ``岗位职责：…`` line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column, no 科室; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def langao_zuolong_finance_office_selfchecks() -> dict:
    unit = f"{PLACE}佐龙镇财政所"
    t = _Truth(unit)
    people = [
        ("甄沅葳", "所长", "leader", [
            ("一事一议财政奖补项目申报审核不严，虚报受益人口和工程量", "Ⅰ级", "申报材料实地核实，村民代表签字确认。", "已落实"),
            ("奖补资金不按验收结果拨付，提前拨付", "Ⅱ级", "凭验收合格报告拨付，拨付情况公示。", "已落实"),
        ]),
        ("浦琇苒", "副所长", "leader", [
            ("项目竣工验收走过场，验收签字不到场", "Ⅱ级", "验收组三人以上到场，验收照片存档。", "已落实"),
            ("惠民补贴政策和发放结果公示不及时", "Ⅲ级", "补贴发放后五个工作日内在村务公开栏公示。", "正在整改"),
        ]),
        ("仇鋆鹤", "出纳", "general", [
            ("奖补资金不及时拨付到村，截留滞留", "Ⅰ级", "资金到账后十日内拨付到村，每月对账。", "已落实"),
            ("现金日记账登记不及时，账款不符", "Ⅲ级", "现金日清月结，所长不定期盘点。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", None, "填表时间", None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 2)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        sh.add(who, post, None, DATE, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 2)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, lv, measures, state)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "langao_zuolong_finance_office_selfchecks", "http://zt.ldnews.cn/content/201508/441084.shtml",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县财政局 督查 of a 镇's "
        "一事一议 财政奖补 (资金拨付到村, 账务处理, 票据, 项目申报): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column, no 科室; a blank row "
        "and ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def langao_linhe_finance_office_posts() -> dict:
    unit = f"{PLACE}蔺河镇财政所"
    sh = _Sheet("排查表", [6, 14, 16, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "leader", [
            ("补贴面积审核", "对村上报的种植面积不实地抽查，照单审核", "岗位职责风险", "Ⅰ", "每村抽查不少于一成农户，抽查记录存档。"),
            ("补贴公示", "镇、村两级公示走过场，公示期未满即上报", "业务流程风险", "Ⅱ", "公示照片存档，公示期满无异议方可上报。"),
        ]),
        ("惠民补贴专管员", "general", [
            ("补贴信息录入", "录入“一本通”系统时篡改补贴对象和金额", "岗位职责风险", "Ⅰ", "录入与复核分离，系统数据与清册逐户比对。"),
            ("群众异议处理", "对群众提出的异议不登记、不核实", "思想道德风险", "Ⅲ", "异议登记台账，限期核实回复。"),
        ]),
        ("会计", "general", [
            ("资金对账", "补贴资金发放后不与代发银行对账，退回资金不处理", "制度机制风险", "Ⅱ", "每批发放后对账，退回资金查明原因重新发放。"),
        ]),
        ("出纳", "general", [
            ("票据和印鉴保管", "空白票据和财务印鉴由一人保管", "制度机制风险", "Ⅱ", "票据和印鉴分人保管，使用登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, None, 1)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "langao_linhe_finance_office_posts",
        "http://www.jimo.gov.cn/xwzx/rdhy/202304/t20230428_7164530.shtml",
        "镇财政所 岗位廉政风险点排查表 对岗不对人, after the source's 区 小麦 种植面积 核定 (自报告, 村初核, 镇街审核, 两级公示, 复核, "
        "``一本通`` 发放): a title, 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; no names, no 股室; a ``注：`` line on the grades and an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def langao_nangongshan_finance_office_every_row() -> dict:
    unit = f"{PLACE}南宫山镇财政所"
    sh = _Sheet("一览表", [6, 9, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "姓名", "岗位", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("郤琮琰", "所长", "leader", "制度机制", "镇财政账户工程资金结算不凭验收合格文件", "一级", "结算凭验收合格文件和审计报告办理。"),
        ("郤琮琰", "所长", "leader", "外部环境", "接受工程承包方请托，提前结算工程款", "一级", "请托事项登记报告，结算进度公开。"),
        ("闾琇淼", "副所长", "leader", "岗位职责", "村级公益项目后续管护资金拨付不审核", "二级", "管护资金按管护协议考核后拨付。"),
        ("栾沅邈", "会计", "general", "业务流程", "专项资金不按项目分别核算，挤占挪用", "二级", "专项资金分项目核算，每季度自查。"),
        ("栾沅邈", "会计", "general", "制度机制", "会计档案借阅不登记", "三级", "档案借阅审批登记，按期归还。"),
        ("仉琮沣", "出纳", "general", "业务流程", "网银支付制单与复核由一人操作", "一级", "制单、复核分设U盾，分人保管。"),
        ("仉琮沣", "出纳", "general", "思想道德", "利用保管现金之便挪用公款", "二级", "现金日清月结，所长不定期盘点。"),
    ]  # fmt: skip
    for n, (who, post, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, who, post, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        "langao_nangongshan_finance_office_every_row",
        "http://www.zjpy.gov.cn/art/2023/1/10/art_1251056_59077357.html",
        "镇财政所 岗位廉政风险防控一览表, after the source's 县财政局 一事一议 验收合格 项目 (镇财政账户, 工程资金结算, 后续管护, "
        "专款专用): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/``姓名`` BEFORE "
        "``岗位``, written out on EVERY row (nothing merged)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    langao_audit_bureau_measure_refs(),
    langao_finance_bureau_two_sheets(),
    langao_treasury_center_list(),
    langao_statistics_bureau_duty_list(),
    langao_chengguan_finance_office_cards(),
    langao_zuolong_finance_office_selfchecks(),
    langao_linhe_finance_office_posts(),
    langao_nangongshan_finance_office_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch413-inbox"))

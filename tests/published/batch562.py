"""The five-hundred-and-sixty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政 and 国资
bodies, 玛沁县 (of 果洛藏族自治州, 青海) — its 财政局, 国库集中支付中心, 政府采购中心, 国有资产服务中心
and 财政投资评审中心 and the 财政所 of its towns and 乡 (大武镇, 拉加镇, 当洛乡) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 财政局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 国库集中支付中心's 一览表: ``科室`` merged, ``岗位 | 责任人`` merged per person, ``…风险`` types,
  ``高风险/中风险/低风险``;
- the 政府采购中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 国有资产服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 大武镇财政所's 自查表, one sheet a person: a label row ``姓　名 | 岗　位 | 填表时间`` over a row
  of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 拉加镇财政所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、资金监管组`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 当洛乡财政所's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``一级/二级/三级`` and a ``注：`` line.

One is harder:

- ``maqin_investment_review_centre_risk_matrix``: the 财政投资评审中心's 廉政风险评估表 has NO LEVEL
  COLUMN: each row grades its point twice, ``发生可能性`` and ``影响程度``, both written 高/中/低, and a
  small ``风险等级判定矩阵`` printed UNDER the list (a corner cell ``发生可能性＼影响程度``, the columns
  ``高 | 中 | 低`` of 影响程度, the rows ``高 / 中 / 低`` of 发生可能性, each cell ``一级``, ``二级`` or
  ``三级``) gives the level of every pair; a ``注：`` line says the level is looked up in the matrix
  and not written in the list. So a point's level is neither of its two 高/中/低 cells but the
  matrix cell where they meet (高 and 中 → 一级, 中 and 中 → 二级, 低 and 高 → 二级, 中 and 低 → 三级 …).
  The README's 读得懂的表 knows ``发生可能性 | 影响程度`` beside a ``风险等级`` column (that column the
  level), factors SCORED in numbers with a note giving the bands of their PRODUCT (``LEVEL_BY_FACTORS``),
  a 分值 ticked under ``1 | 2 | 3 | 4 | 5`` with a note's bands, and grids whose cells hold POINTS
  (types by levels, posts by levels); it does not describe a list without any level column whose
  level is looked up, pair by pair, in a printed matrix of two word-graded factors.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 国库资金 taken by
预算拨款凭证 stamped with the 印鉴 of a 国库股 clerk and a 财政局 会计员; 网上银行 and 国库支付系统 used to
套取 public money by 虚列开支 and 伪造工资清单; 政府采购 risks in 委托代理机构, 采购需求, 采购文件编制,
组织评审, 采购合同 and 采购档案; the 经营性国有资产 of 行政事业单位 — 所办企业, 国有资本收益上缴, 产权登记;
a 镇 公路站's 虚假列支 found when its 会计 报支 at the 镇财政; a 接待员's 虚假报账 with forged 领导签名 at a
会计核算中心; the 草原生态保护补助奖励 funds — 禁牧补助, 草畜平衡奖励, 牧民生产资料综合补贴, 一卡通; a
city's 财政投资项目评审操作规程 — 评审机构, 送审, 审定, 复核) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 乜 and 佴 with rare given names); every unit is a body of 玛沁县.

Run ``python tests/published/score.py --set batch562`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a point is the ``风险等级判定矩阵`` cell in the row of its
  ``发生可能性`` and the column of its ``影响程度`` (一级/二级/三级 → 1/2/3); ``发生可能性`` and
  ``影响程度`` are no levels; the matrix, its heading line and the ``注：`` line are no points and name
  no holder; ``科室 | 岗位 | 姓名`` give the form as usual; no type column;
- ``局领导``, ``中心领导``, ``所领导`` (a cell, a group row) are the 科室 of those leaders; the
  财政局's leaders (sheet ``局领导``, no 科室 column), the 国资 cards' leaders and the 大武镇 self-checks
  have no 科室; a 局's 股, a 中心's 科 and a 所's 组 are 科室; a group row ``二、会计核算组`` gives the
  科室 ``会计核算组`` (its number left off);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任 and a 所's 所长 and 副所长 are
  leaders; 股长 and 科长 middle; the rest (会计, 出纳, 审核员, 经办员, 报账员, 监管员, 评审员, 档案管理员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 政府采购中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b562_"
PLACE = "玛沁县"
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

# the 风险等级判定矩阵: MATRIX[发生可能性][影响程度] is the level word
SCALE = ("高", "中", "低")
MATRIX = {
    "高": {"高": "一级", "中": "一级", "低": "二级"},
    "中": {"高": "一级", "中": "二级", "低": "三级"},
    "低": {"高": "二级", "中": "三级", "低": "三级"},
}
CORNER = "发生可能性＼影响程度"

# (科室, 岗位, 姓名, tier, 廉政风险点, 发生可能性, 影响程度, 防控措施)
ASSESSED = [
    ("中心领导", "主任", "乜岍昉", "leader", "评审机构选定不按规定程序，指定关系中介", "中", "高",
     "评审机构从入库中介中随机抽取，抽取过程录像。"),
    ("中心领导", "主任", "乜岍昉", "leader", "重大项目评审结论不经集体审定", "低", "高",
     "送审金额较大的项目评审结论经中心会议集体审定。"),
    ("预算评审科", "科长", "佴沨琰", "middle", "预算评审中授意压低或抬高审定金额", "高", "中",
     "评审底稿留存，审定金额与送审金额差异说明归档。"),
    ("预算评审科", "科长", "佴沨琰", "middle", "评审资料受理登记不全，积压拖延送审项目", "中", "低",
     "资料受理当日登记，按受理顺序安排评审。"),
    ("结算评审科", "评审员", "乜璟峄", "general", "现场踏勘走过场，接受建设单位宴请", "中", "中",
     "踏勘不少于两人，填写踏勘记录并由建设单位签字。"),
    ("结算评审科", "评审员", "乜璟峄", "general", "结算审核中对工程量虚增不予核减", "高", "低",
     "工程量抽查复核，核减情况书面告知建设单位。"),
    ("综合科", "档案管理员", "佴翀岫", "general", "评审报告和底稿擅自外借、泄露", "低", "中",
     "报告借阅登记审批，电子底稿设置查阅权限。"),
]  # fmt: skip


def maqin_investment_review_centre_risk_matrix() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    ncols = 8
    sh = _Sheet("评估表", [6, 12, 10, 9, 38, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险评估表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年5月", ncols)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "发生可能性", "影响程度", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, odds, harm, measures) in enumerate(ASSESSED, 1):
        sh.add(n, dept, post, who, point, odds, harm, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[MATRIX[odds][harm]])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    _line(sh, "风险等级判定矩阵", ncols)
    sh.add(None, CORNER, *SCALE, None, None, None)
    for odds in SCALE:
        sh.add(None, odds, *[MATRIX[odds][harm] for harm in SCALE], None, None, None)
    _line(sh, "注：本表不另列风险等级，各风险点的风险等级按其发生可能性和影响程度在上面的判定矩阵中查定，"
          "一级为最高。", ncols)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "maqin_investment_review_centre_risk_matrix", "http://linqu114.cn/news/1765.html",
        "(harder) 县财政投资评审中心 廉政风险评估表, after the source's 市级财政投资项目评审操作规程 (评审机构, 送审, 评审依据, "
        "现场踏勘, 审定, 复核): a title, a merged 填报单位/填报时间 line, then 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/``发生可能性`` and ``影响程度`` BOTH written 高/中/低/防控措施 and NO 风险等级 column; under "
        "the list, after a blank row, a merged ``风险等级判定矩阵`` line and a 3×3 matrix in columns B–E (corner "
        "``发生可能性＼影响程度``, columns 高/中/低 of 影响程度, rows 高/中/低 of 发生可能性, cells 一级/二级/三级); a "
        "merged ``注：本表不另列风险等级…在上面的判定矩阵中查定…`` line and a 填表人/审核人/主任（签字） line; the level "
        "of each point is the matrix cell its two grades meet in, neither of its own cells",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def maqin_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("乜澂玥", "局长", "主持全面工作", [
            ("预算资金分配不经局党组集体研究，个人说了算", "一级", "预算分配方案经局党组会研究，会议纪要存档。"),
            ("干预下属股室办理预算拨款", "一级", "拨款按预算指标和用款计划办理，领导不得批条子。"),
        ]),
        ("佴昀珩", "副局长", "分管国库、会计核算", [
            ("预算拨款凭证审批把关不严", "一级", "拨款凭证经股室审核、分管领导审批两道签字。"),
            ("财政专户资金存放银行选择不公开", "二级", "专户开设和存放银行竞争性选择，结果公示。"),
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
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("国库股", "股长", "乜霂湉", "middle", "擅自在预算拨款凭证上加盖印鉴", "一级",
         "印鉴分人保管，用印登记，每月核对拨款凭证。"),
        ("国库股", "股长", "乜霂湉", "middle", "与代理银行清算对账不及时，资金去向不明", "二级",
         "国库资金每日对账，月末与人民银行核对余额。"),
        ("国库股", "会计", "佴琇岚", "general", "私自填写拨款凭证，将国库资金转入无关账户", "一级",
         "拨款凭证由系统生成，收款账户与预算单位核对。"),
        ("预算股", "股长", "乜淏岙", "middle", "部门预算审核中随意调增调减项目", "二级", "预算调整按程序报批并备案。"),
        ("预算股", "股长", "乜淏岙", "middle", "向预算单位泄露预算安排信息，收受好处", "三级", "预算信息按规定公开，严守保密纪律。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "maqin_finance_bureau_two_sheets", "http://finance.sina.com.cn/roll/20060313/0806592069.shtml",
        "县财政局 廉政风险防控一览表 in TWO SHEETS, after the source's 县 国库资金 案 (预算拨款凭证, 拨款审核印鉴, 国库股 "
        "办事员, 财政局 会计员, 机关事务管理局 取现): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type "
        "column; a 制表/审核/date line",
        [lead, dept], t,
    )  # fmt: skip


def maqin_treasury_payment_centre_list() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "佴珵沄", "leader", "网上银行支付密钥和复核权限集于一人", "制度机制风险", "高风险",
         "支付密钥与复核密钥分人保管，定期更换。"),
        ("中心领导", "主任", "佴珵沄", "leader", "支付系统异常预警信息不处理", "岗位职责风险", "中风险",
         "预警信息每日查看，处理结果登记。"),
        ("支付科", "科长", "乜翾嵘", "middle", "直接支付申请审核不严，虚列开支获批", "业务流程风险", "高风险",
         "支付申请与预算指标、合同、发票逐项核对。"),
        ("支付科", "审核员", "佴湜珂", "general", "伪造工资清单，多支付工资", "思想道德风险", "高风险",
         "工资清单与人事部门核定数据比对，差异书面说明。"),
        ("支付科", "审核员", "佴湜珂", "general", "收款人账户信息擅自修改", "业务流程风险", "中风险",
         "账户变更需预算单位书面申请，双人复核。"),
        ("清算科", "清算员", "乜峣琤", "general", "清算数据与代理银行核对不及时", "外部环境风险", "低风险",
         "每日与代理银行清算对账，差异当日查明。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "maqin_treasury_payment_centre_list", "https://djckb.com/inspire/20221213/48532.html",
        "县国库集中支付中心 岗位廉政风险防控一览表, after the source's 网络套取公款 (国库支付系统, 网上银行平台, 虚列开支, "
        "伪造工资清单, 财务负责人): a title, 序号/科室 merged/岗位 and 责任人 merged per person/风险点/风险类型 "
        "``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def maqin_procurement_centre_posts() -> dict:
    unit = f"{PLACE}政府采购中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "代理机构委托", "委托采购代理机构不按规定选择，与代理机构利益往来",
         "制度机制风险", "高", "代理机构从名录中择优选定，选定理由存档。"),
        ("采购业务科", "科长", "middle", "采购文件编制", "采购文件设置倾向性条款，排斥潜在供应商",
         "业务流程风险", "高", "采购文件经科室会审，技术参数不少于三个品牌满足。"),
        ("采购业务科", "科长", "middle", "评审专家抽取", "评审专家抽取信息提前泄露",
         "岗位职责风险", "中", "专家在系统中随机抽取，名单开标前保密。"),
        ("采购业务科", "经办员", "general", "组织评审", "评审现场放任采购人代表倾向性发言",
         "外部环境风险", "中", "评审全程录音录像，采购人代表不得发表倾向性意见。"),
        ("综合科", "档案管理员", "general", "采购档案管理", "采购档案不完整，擅自抽换资料",
         "业务流程风险", "低", "档案按项目立卷，移交清单双方签字。"),
        ("综合科", "档案管理员", "general", "质疑投诉答复", "质疑答复拖延或偏向一方供应商",
         "思想道德风险", "中", "质疑答复经集体研究，按期书面答复。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "maqin_procurement_centre_posts", "http://www.jizihe.com/page/2022/0923/16531206.shtml",
        "县政府采购中心 岗位廉政风险点排查表 对岗不对人, after the source's 政府采购风险防范与管理 (委托代理机构, 采购需求, "
        "采购文件编制, 组织评审活动, 采购合同, 采购档案): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/"
        "a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def maqin_state_assets_centre_cards() -> dict:
    unit = f"{PLACE}国有资产服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "乜芃曦", "主任", "主持中心全面工作", "leader", [
            ("所办企业清理中低价转让国有股权", "★★★", "股权转让进场交易，事前资产评估。"),
            ("国有资本收益应收未收、少收", "★★★", "收益上缴按年核定，结果报县财政局备案。"),
            ("接受监管企业宴请", "★", "严格执行中央八项规定精神。"),
        ]),
        ("副主任", "佴沅璆", "副主任", "分管产权登记、资产处置", "leader", [
            ("国有资产产权登记审核不严", "★★", "产权登记资料两人审核，登记信息入库。"),
            ("行政事业单位资产处置评估价格偏低", "★★", "处置评估机构随机选定，评估结果公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
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
        "maqin_state_assets_centre_cards", "http://www.yuxionggs.com/html/news/gongsixinwen/74.html",
        "县国有资产服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 行政事业单位经营性国有资产监管 "
        "(所办企业, 国有资本收益上缴, 产权登记, 企业脱钩): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def maqin_dawu_town_finance_selfchecks() -> dict:
    unit = f"{PLACE}大武镇财政所"
    t = _Truth(unit)
    people = [
        ("乜琬淇", "所长", "leader", [
            ("镇属站所报支材料审核把关不严", "Ⅰ级", "报支凭证与业务协议、付款记录逐笔核对。", "已落实"),
            ("涉农项目资金未按进度拨付", "Ⅱ级", "项目资金凭验收资料按进度拨付。", "未发现问题"),
        ]),
        ("佴崧汐", "会计", "general", [
            ("代替报支单位补做发票和协议", "Ⅰ级", "报支材料由报支单位自行提供，会计只审核不代办。", "已落实"),
            ("会计账簿记录与银行对账单不符", "Ⅱ级", "每月编制银行存款余额调节表。", "已落实"),
        ]),
        ("乜璠岷", "报账员", "general", [
            ("承包协议收款人资质不核查", "Ⅱ级", "收款人资质与承包事项核对，存疑的报所长。", "未发现问题"),
            ("报账单据传递中遗失、调换", "Ⅲ级", "单据交接登记签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "maqin_dawu_town_finance_selfchecks",
        "http://www.bhxjw.gov.cn/detailed/stonehills/2020-01-06/15782724643421.html",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇公路站 虚假列支 "
        "(养护资金 报支, 支出凭证, 会计 “弄” 材料, 承包协议, 打款记录): a title, a label row ``姓　名 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def maqin_lajia_town_finance_group_rows() -> dict:
    unit = f"{PLACE}拉加镇财政所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "佴湘朏", "leader", [
                ("报销单审批只看领导签名，不核业务真实性", "一级风险", "报销单核对事由、附件和经办人，签名逐一比对。"),
                ("镇机关公务接待费超标准报销", "一级风险", "接待费凭公函、接待清单报销，按标准审核。"),
            ]),
        ]),
        ("二、会计核算组", "会计核算组", [
            ("会计", "乜澍萦", "general", [
                ("涂改报账凭证金额", "一级风险", "报账凭证金额大写小写一致，涂改的退回重填。"),
                ("现金支票签发不登记", "二级风险", "支票领用登记，作废支票留存。"),
            ]),
            ("出纳", "佴昉霈", "general", [
                ("现金坐支、公款私存", "二级风险", "现金日清月结，所长不定期盘点。"),
            ]),
        ]),
        ("三、资金监管组", "资金监管组", [
            ("监管员", "乜珈岍", "general", [
                ("惠农补贴发放名册审核不严，虚报冒领", "二级风险", "名册与村级公示、一卡通发放记录比对。"),
                ("入户核查走过场", "三级风险", "入户核查留存照片和签字记录。"),
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
        "maqin_lajia_town_finance_group_rows", "https://www.chinalegalblog.com/2010/08/19/15236/",
        "镇财政所 廉政风险防控责任清单, after the source's 接待员 虚假报账 (冒充领导签名, 涂改报账凭证, 经费报销单, "
        "会计核算中心, 现金支票): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、所领导``, ``二、会计核算组``, ``三、资金监管组`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def maqin_dangluo_township_finance_list() -> dict:
    unit = f"{PLACE}当洛乡财政所"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "佴泠琰", "leader", "草原补奖资金拨付不经集体研究", "制度机制", "一级",
         "补奖资金拨付方案经乡党委会研究。"),
        ("所领导", "所长", "佴泠琰", "leader", "优亲厚友，为亲属虚增禁牧面积", "思想道德", "一级",
         "禁牧面积以草原承包台账为准，亲属回避。"),
        ("资金监管组", "资金监管员", "乜屹潆", "general", "草畜平衡奖励发放对象审核不实", "岗位职责", "二级",
         "发放对象村级公示七日，无异议后上报。"),
        ("资金监管组", "资金监管员", "乜屹潆", "general", "一卡通发放信息录入错误不更正", "业务流程", "三级",
         "录入信息双人核对，错误及时更正并登记。"),
        ("会计核算组", "会计", "佴璇淏", "general", "补奖资金未专账核算，挪作他用", "业务流程", "一级",
         "补奖资金专账管理、专项核算。"),
        ("会计核算组", "报账员", "乜旻沣", "general", "牧草良种补贴票据审核不严", "外部环境", "二级",
         "良种补贴凭购种票据和验收记录报账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "maqin_dangluo_township_finance_list", "http://fsou.com/html/text/chl/1682/168269_1.html",
        "乡财政所 岗位廉政风险防控一览表, after the source's 中央财政草原生态保护补助奖励资金管理暂行办法 (禁牧补助, "
        "草畜平衡奖励, 牧民生产资料综合补贴, 牧草良种补贴, 专账管理): ``附件2``, a title, a merged 填报单位（盖章）/"
        "填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    maqin_investment_review_centre_risk_matrix(),
    maqin_finance_bureau_two_sheets(),
    maqin_treasury_payment_centre_list(),
    maqin_procurement_centre_posts(),
    maqin_state_assets_centre_cards(),
    maqin_dawu_town_finance_selfchecks(),
    maqin_lajia_town_finance_group_rows(),
    maqin_dangluo_township_finance_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch562-inbox"))

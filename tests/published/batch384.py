"""The three-hundred-and-eighty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政 and 审计
bodies, 岐山县 (a county of 宝鸡 on the 周原, north of the 渭河, its staff Han) — the 县财政局, the
县审计局, the 县国库集中支付中心, the 县财政票据管理所, the 县财政投资评审中心, the 县政府投资审计中心
and the 财政所 of two of its 镇 (蔡家坡镇, 青化镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单
or 自查表 its staff typed in WPS or Excel:

- the 财政局's 一览表 under GROUP ROWS ``一、局领导``, ``二、预算股``, ``三、国库股``, ``四、农业股`` merged
  across (no 股室 column): ``岗位 | 姓名`` merged per person, ``…风险`` types,
  ``一级风险/二级风险/三级风险``, a 填表人/审核人/date line;
- the 国库集中支付中心's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 财政票据管理所's 防控卡, one sheet a holder (tabs named by the holder): pairs ``持卡人 | … |
  职　务 | …`` and ``所在股室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 所长签字：``;
- the 蔡家坡镇财政所's 自查表, one sheet a person (tabs 所长, 会计, 惠民补贴管理员): a label row
  ``姓　名 | 单　位 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 工作环节 | 风险点 |
  风险等级 | 防控措施 | 自查情况``, ``高风险/中风险/低风险``, no type column, ``本人签名： | … |
  所长意见：``;
- the 财政投资评审中心's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, the
  measures and a LAST ``责任领导`` column naming the 主任 or the 副主任 who oversees the 股室;
- the 政府投资审计中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column, a
  制表/审核/date line under each;
- the 青化镇财政所's 一览表 under ``附件1``: ``岗位 | 责任人`` written out on EVERY row, nothing merged
  (no 科室 column: the 所 is the unit), a ``主要职责`` column before the point, ``…风险`` types,
  ``一级/二级/三级`` read by a ``注：`` line.

One is harder:

- ``qishan_audit_bureau_hidden_names``: the 审计局's 岗位廉政风险防控一览表, an ordinary list (a title,
  a ``填报单位：…　填报时间：…`` line, ``序号 | 股室 | 岗位 | 姓名 | 风险点 | 风险类型 | 风险等级 |
  防控措施`` with ``股室`` merged and ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a
  填表人/审核人/date line) whose WHOLE ``姓名`` COLUMN (D: its heading and every holder's name) is
  HIDDEN — Excel's 隐藏 on the column (``<col … hidden="1">``), as staff hide it to print the 公示
  copy 对岗不对人 and then send the same workbook. On screen and on paper the list shows only
  ``股室 | 岗位``; the holders stand in the hidden cells and NOWHERE ELSE (no 持卡人 line, no signature
  with a name, no roster, no note, no comment; the 填表人/审核人 labels are left blank). The README's
  读得懂的表 knows many places a holder stands (a column, pairs or labels above the table, a side
  panel, a line or a roster below, a footer, the tab, the title, a heading, a group row, the point's
  bracket …) and it knows hidden ROWS (set aside with a note ``已销号``, read under a filter) and
  hidden TABS (a draft, set aside); earlier batches hide helper COLUMNS — batch4's 科所代码 and 分值,
  batch12's 岗位编码 and 上年风险等级, batch24's metadata column, none of them naming a holder the
  shown cells do not, and those are "not read as levels, points or people". It does not describe
  a list whose holders are given ONLY in a hidden column — its own ``姓名`` column, heading and all.
  (``grep`` over tests/published/batch*.py for ``hidden``: the only hidden columns are those three
  batches' helpers; no batch hides a 姓名, 责任人 or 岗位 column.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by their titles (a piece on 审计
干部 — 忠诚干净担当, 财政金融, 国有企业, 地方政府债务 风险, 审计纪律; a 省财政厅's 反腐倡廉建设考评 of its
市县 — 强农惠农资金 专项检查, 产业项目, 行风热线, 乡镇财政所; what a 国库支付中心 does — 支付审核与拨付,
国库集中支付系统, 财政与银行的结算; a 财政票据登记管理制度 — 领取登记, 使用保管, 核销归档, 监督; a 区's
乡镇财政财务管理办法 — 所长, 会计, 出纳员, 惠民补贴管理员, 票据管理员, 财政资金监管员; 基建投资 and its
财政资金 in a 区 — 政府性基金, 专项债券, 学校医院, 道路桥梁; a 区审计评估中心 — 全过程资金监控, 事前
预防, 事中控制, 事后追踪; 财政部乡镇补贴标准) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 岐山县, named with the
county's name.

Run ``python tests/published/score.py --set batch384`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the HIDDEN ``姓名`` column is the list's own holder column: hiding a column is
  a view, as a filter (batch373) and a folded outline (batch382) are — it withdraws nothing, and no
  note says the names are withdrawn, so every row's holder is the hidden name beside it (merged per
  person as the visible 岗位 is), one form a holder; the 股室 and 岗位 are the shown cells; the list is
  not 对岗不对人 for being printed so;
- ``局领导`` (a group row of the 财政局's list, a 股室 cell of the 审计局's), ``中心领导`` (a 科室 cell of
  the 国库中心's list, a 股室 cell of the 评审中心's, the 投资审计中心's sheet of its leaders, named so
  by its tab and title) and ``所领导`` (the 票据所 card's ``所在股室``) are the 科室 of those leaders; a
  局's 股 and 办公室, a 中心's and a 所's 股 are 科室; a group row ``二、预算股`` gives the 科室 ``预算股``
  (its number left off); a 镇财政所 is a unit of its own (``岐山县蔡家坡镇财政所``), with no 科室 (the
  自查表's ``单　位`` cell names the 所 itself);
- 局长, 副局长, a 中心's 主任 and 副主任, 所长 are leaders; 股长 and 办公室主任 middle; the rest (审计员,
  科员, 审核员, 清算员, 会计, 票据管理员, 稽查员, 惠民补贴管理员, 评审员, 档案管理员, 出纳, 财政资金监管员,
  国有资产管理员) general;
- ``风险点 | 风险表现`` (the 国库中心's list): the point is the short 风险点; ``分管工作``, ``职责事项``,
  ``主要职责``, ``工作环节``, ``自查情况`` and ``持卡时间`` are no points and name no holder; the 评审中心's
  LAST ``责任领导`` column names a supervisor (the holder is ``责任人``), so the 副主任 is the holder of
  his own row only; the 国库中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards'
  note), ``高风险/中风险/低风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 评审中心's note) and ``一级/二级/三级``
  (read by the 青化镇财政所's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus a sheet's ``hidden_cols``, hidden with xlsxwriter's ``set_column(…, {"hidden": True})``) and
``truth.json``; no re-saved copies (as batch280 and batch382).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b384_"
PLACE = "岐山县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

HIDDEN_UNIT = f"{PLACE}审计局"
HIDDEN_TAB = "一览表"
HIDDEN_HEAD = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
HIDDEN_COL = HIDDEN_HEAD.index("姓名")
# (股室, 岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
HIDDEN_ROWS = [
    ("局领导", "局长", "缑峤湄", "leader", [
        ("年度审计项目计划安排照顾关系单位，该审未审", "制度机制", "高",
         "审计项目计划经局党组会集体研究，报县委审计委员会审定。"),
        ("对审计发现的重大问题线索压案不移", "岗位职责", "高", "问题线索移送集体研究，移送情况登记备查。"),
    ]),
    ("局领导", "副局长", "郏蓥川", "leader", [
        ("审计报告审定中随意降低问题定性、减少处理金额", "业务流程", "高",
         "审计报告经审计业务会议审定，审定意见全程留痕。"),
        ("为被审计单位向审计组说情打招呼", "思想道德", "中", "说情打招呼事项如实登记，按季度报告。"),
    ]),
    ("办公室", "办公室主任", "隗砚翎", "middle", [
        ("审计外勤经费报销把关不严", "制度机制", "低", "外勤经费凭审计通知书和行程单报销，按月公开。"),
    ]),
    ("财政金融审计股", "股长", "酆屺桉", "middle", [
        ("审计组成员与被审计单位有利害关系而未回避", "制度机制", "中",
         "审计人员进点前签署回避承诺，利益冲突事项如实申报。"),
        ("审计取证不充分即作出审计结论", "业务流程", "中", "审计证据经主审和股长两级复核。"),
    ]),
    ("财政金融审计股", "审计员", "钭莞澄", "general", [
        ("接受被审计单位宴请、礼品，参加其安排的娱乐活动", "外部环境", "中",
         "严守审计纪律“八不准”，进点时张贴审计纪律公示。"),
        ("泄露审计工作秘密和被审计单位商业秘密", "岗位职责", "低", "审计资料专人保管，签订保密承诺书。"),
    ]),
    ("经济责任审计股", "股长", "冼鸿祎", "middle", [
        ("经济责任审计评价避重就轻，对领导干部履职问题不如实反映", "岗位职责", "高",
         "评价意见经审计业务会议集体审定。"),
    ]),
    ("固定资产投资审计股", "审计员", "暴蓁涵", "general", [
        ("工程结算审计中与施工单位串通，少审减或多审增", "外部环境", "高",
         "重大项目审减审增金额复核，审计组成员定期轮换。"),
    ]),
    ("法规审理股", "股长", "阚珞舟", "middle", [
        ("审理把关流于形式，对定性处理不当的不提出意见", "业务流程", "中",
         "审理意见书面出具，重大分歧提交审计业务会议。"),
    ]),
]  # fmt: skip


def qishan_audit_bureau_hidden_names() -> dict:
    unit = HIDDEN_UNIT
    ncols = len(HIDDEN_HEAD)
    sh = _Sheet(HIDDEN_TAB, [6, 14, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    sh.add(*HIDDEN_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in HIDDEN_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, HIDDEN_COL)
    sh.add("填表人：", None, "审核人：", None, None, "2025年6月", None, None)
    lay = _layout(
        "qishan_audit_bureau_hidden_names",
        "https://www.seridoat.com/article/shen-ji-gan-bu-zhu-lao-li-xiang-xin-nian-gen-ji-yi-zhong-cheng-gan-jing-dan-dang-shou-hu-guo-jia-jin.html",
        "(harder) 县审计局 岗位廉政风险防控一览表, after the source's piece on 审计干部 (忠诚干净担当, 财政金融, 国有企业, 地方政府"
        "债务 风险, 审计纪律): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/股室 merged (局领导, 办公室, "
        "财政金融审计股, 经济责任审计股, 固定资产投资审计股, 法规审理股)/岗位 and 姓名 merged per person/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施 — the WHOLE 姓名 COLUMN (D, heading and names) HIDDEN, so the list shows and prints "
        "股室 | 岗位 only, and the holders stand nowhere else; no note; a blank 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["hidden_cols"] = [HIDDEN_COL]
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def qishan_finance_bureau_group_rows() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 10, 9, 38, 13, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "宦濯芊", "leader", [
                ("财政资金分配不经党组会集体研究，个人决定", "制度机制风险", "一级风险",
                 "资金分配方案经局党组会集体研究，会议纪要存档。"),
                ("插手干预政府采购和财政投资项目", "思想道德风险", "一级风险", "领导干部插手干预事项如实记录报告。"),
            ]),
            ("副局长", "仉枨瑗", "leader", [
                ("强农惠农资金分配审核把关不严", "岗位职责风险", "二级风险", "资金分配因素法测算，分配结果公开。"),
            ]),
        ]),
        ("二、预算股", "预算股", [
            ("股长", "斛旭箬", "middle", [
                ("部门预算编制中随意调整单位预算指标", "岗位职责风险", "一级风险", "预算指标调整经局务会研究，报县政府审定。"),
                ("预算追加审核不严，违规追加支出", "业务流程风险", "二级风险", "追加预算实行初审、复审两级审核。"),
            ]),
            ("科员", "揭彧霆", "general", [
                ("向预算单位泄露预算安排信息谋取好处", "思想道德风险", "三级风险", "预算信息按规定时限公开，签订保密承诺。"),
            ]),
        ]),
        ("三、国库股", "国库股", [
            ("股长", "苍霂柠", "middle", [
                ("财政专户资金存放银行的选择暗箱操作", "制度机制风险", "一级风险", "资金存放银行竞争性选定，结果公示。"),
                ("违规调度国库资金、借出财政资金", "业务流程风险", "一级风险", "资金调度经分管局长审批，按月对账。"),
            ]),
        ]),
        ("四、农业股", "农业股", [
            ("股长", "毋珺崟", "middle", [
                ("涉农专项资金不按项目进度拨付", "业务流程风险", "二级风险", "资金拨付凭项目进度报表和验收单办理。"),
            ]),
            ("科员", "糜绾汐", "general", [
                ("产业项目资金申报材料审核走过场", "岗位职责风险", "二级风险", "申报材料实地核查，审核记录存档。"),
                ("对强农惠农资金专项检查发现的问题隐瞒不报", "外部环境风险", "三级风险", "检查问题清单化管理，整改情况通报。"),
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
    sh.add("填表人：", None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "qishan_finance_bureau_group_rows", "http://ask.fsou.com/html/text/lar/174166/17416660_1.html",
        "县财政局 岗位廉政风险防控一览表, after the source's 省财政厅 反腐倡廉建设考评 of its 市县 (强农惠农资金 专项检查, 产业项目, "
        "行风热线, 乡镇财政所): a title, 序号/岗位/姓名/风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、局领导``, ``二、预算股``, ``三、国库股``, ``四、农业股`` merged across (no 股室 column); 岗位 and "
        "姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def qishan_treasury_payment_center_posts() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("大额支付签批", "对大额直接支付申请不按规定审核即签批", "制度机制", "Ⅰ级", "大额支付实行分级审批，签批记录留痕。"),
            ("代理银行选定", "代理银行选定中接受银行好处", "外部环境", "Ⅰ级", "代理银行公开招标确定，结果公示。"),
        ]),
        ("中心领导", "副主任", "leader", [
            ("动态监控预警处理", "对支付预警信息不核实即放行", "岗位职责", "Ⅱ级", "预警信息逐条核实，处理结果记录备查。"),
        ]),
        ("支付审核股", "审核员", "general", [
            ("直接支付申请审核", "对无预算、超预算或手续不全的支付申请予以支付", "业务流程", "Ⅰ级",
             "支付申请对照指标和用款计划审核，经办与复核分离。"),
            ("授权支付额度下达", "违规下达或提前下达授权支付额度", "岗位职责", "Ⅱ级", "额度下达经股长复核。"),
        ]),
        ("清算核算股", "清算员", "general", [
            ("资金清算", "与代理银行清算数据不符而不及时处理", "业务流程", "Ⅱ级", "每日与人民银行、代理银行对账。"),
        ]),
        ("清算核算股", "会计", "general", [
            ("会计核算", "集中支付会计核算不及时，账实不符", "制度机制", "Ⅲ级", "按月编制会计报表，股长复核。"),
            ("印章和U盾管理", "支付印章和U盾由一人保管使用", "岗位职责", "Ⅰ级", "印章与U盾分人保管，使用登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, "2025年6月", None)
    return _layout(
        "qishan_treasury_payment_center_posts", "http://m.shuyang.tv/zxwd/202509/512554.html",
        "县国库集中支付中心 岗位廉政风险点排查表 对岗不对人, after the source's account of what a 国库支付中心 does (支付审核与拨付, "
        "国库集中支付系统, 财政与银行之间的资金结算, 监督财政资金使用): a title, 序号/科室 merged (中心领导, 支付审核股, 清算核算股)/"
        "岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no "
        "names; an ``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def qishan_bill_office_cards() -> dict:
    unit = f"{PLACE}财政票据管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "邸婠沣", "leader", "所领导", [
            ("票据印制和领购计划审批不严", "制度机制", "★★★", "领购计划按上年用量核定，所务会集体审批。"),
            ("对执收单位违规使用票据的问题不查处", "岗位职责", "★★", "违规用票问题建立台账，处理结果通报。"),
            ("接受用票单位宴请、礼品", "思想道德", "★", "节前廉洁提醒，拒收登记。"),
        ]),
        ("票据管理员", "牧湛旻", "general", "票据管理股", [
            ("票据发放不登记或登记不全", "业务流程", "★★", "票据发放逐本登记票号，领用人签字。"),
            ("未缴旧领新，超量发放票据", "制度机制", "★★★", "严格执行缴旧领新，系统控制发放数量。"),
        ]),
        ("稽查员", "麦翯桐", "general", "票据稽查股", [
            ("票据核销审验走过场", "业务流程", "★★", "核销逐本审验存根，审验记录存档。"),
            ("对作废、遗失票据不按规定处理", "岗位职责", "★", "作废票据全联保存，遗失票据登报声明。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in cards:
        sh = _Sheet(who, [6, 38, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        sh.add("所在股室", dept, "持卡时间", "2025年6月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "所长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "qishan_bill_office_cards", "https://bbs.qbnews.cn/jxfw/202508/508903.html",
        "县财政票据管理所 岗位廉政风险防控卡, one sheet a holder (tabs named by the holder), after the source's 财政票据登记管理"
        "制度 (领取与登记, 使用与保管, 核销与归档, 监督与责任追究): a title, PAIRS ``持卡人 | … | 职　务 | …`` and ``所在股室 | … | "
        "持卡时间 | …``, then 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the "
        "stars and ``持卡人签字： | 所长签字：``",
        sheets, t,
    )  # fmt: skip


def qishan_caijiapo_finance_office_selfchecks() -> dict:
    unit = f"{PLACE}蔡家坡镇财政所"
    t = _Truth(unit)
    people = [
        ("所长", "衡澋岷", "leader", [
            ("预算执行", "镇级预算调整不按程序报批", "高风险", "预算调整经镇人大审议，报县财政局备案。", "已落实"),
            ("资金审批", "财政资金支出审批把关不严，“一支笔”个人说了算", "高风险",
             "支出实行镇、所两级审批，大额支出集体研究。", "未发现问题"),
        ]),
        ("会计", "巩陟霄", "general", [
            ("会计核算", "虚列支出，白条入账", "中风险", "原始凭证逐张审核，所长复核。", "已落实"),
            ("票据管理", "财政票据不按规定领用核销", "低风险", "票据领用登记，缴旧领新。", "已落实"),
        ]),
        ("惠民补贴管理员", "栾芃涓", "general", [
            ("补贴发放", "惠民惠农补贴虚报冒领，优亲厚友", "高风险", "补贴对象村、镇两级公示，资金“一卡通”直达。",
             "未发现问题"),
            ("一卡通管理", "代领代管群众“一卡通”", "中风险", "一卡通由群众本人保管，定期抽查回访。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in people:
        sh = _Sheet(post, [6, 14, 36, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"单{GAP}位", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, "蔡家坡镇财政所", post, "2025年6月", None, None)
        sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (step, point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "qishan_caijiapo_finance_office_selfchecks", "https://777doc.com/doc-2734416.html",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tabs 所长, 会计, 惠民补贴管理员), after the source's 乡镇财政财务管理办法 "
        "(所长, 会计, 出纳员, 惠民补贴管理员, 票据管理员, 财政资金监管员): a title, a label row ``姓　名 | 单　位 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/``工作环节``/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "no type column; a blank row and ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def qishan_investment_review_center_duties() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 14, 36, 9, 8, 30, 10])
    t = _Truth(unit)
    chief, deputy = "储鋆蘅", "漆溆棣"
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    rows = [
        ("中心领导", "主任", chief, "leader", chief, [
            ("评审任务分配", "评审任务分配照顾关系，指定评审人员", "制度机制", "Ⅰ", "评审任务按项目类别轮流分派，分派记录存档。"),
            ("评审报告签发", "对审减率异常的评审报告不复核即签发", "岗位职责", "Ⅱ", "审减率异常的报告集体复核后签发。"),
        ]),
        ("中心领导", "副主任", deputy, "leader", chief, [
            ("委托中介机构", "选定社会中介机构不公开、不比选", "制度机制", "Ⅰ", "中介机构从备选库随机抽取，考核结果公开。"),
        ]),
        ("预算评审股", "股长", "蒙鋆泽", "middle", deputy, [
            ("预算评审", "预算评审中高估冒算，审核不严", "业务流程", "Ⅱ", "预算评审实行一审、二审、复核三级审核。"),
            ("现场踏勘", "现场踏勘时接受建设单位宴请", "外部环境", "Ⅲ", "踏勘两人以上，签订廉洁承诺书。"),
        ]),
        ("预算评审股", "评审员", "靖笙荇", "general", deputy, [
            ("工程量核定", "与送审单位串通，多计工程量", "思想道德", "Ⅰ", "工程量计算书留存，股长抽查复核。"),
        ]),
        ("结算评审股", "股长", "邝璆湄", "middle", chief, [
            ("结算评审", "结算评审审减金额随意调整", "业务流程", "Ⅰ", "审减金额调整须书面说明理由，中心集体审定。"),
            ("评审资料管理", "评审底稿不归档，随意涂改", "制度机制", "Ⅲ", "评审底稿按项目归档，借阅登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 10)
    sh.add("制表：", None, None, "审核：", None, None, None, "2025年6月", None, None)
    return _layout(
        "qishan_investment_review_center_duties", "http://zgkjsz.com/page/2023/1023/22660452.shtml",
        "县财政投资评审中心 廉政风险防控责任清单, after the source's account of 基建投资 and its 财政资金 in a 区 (政府性基金, "
        "一般公共预算, 专项债券, 学校医院, 道路桥梁): a title, then 序号/股室 merged (中心领导, 预算评审股, 结算评审股)/岗位 and "
        "``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST "
        "``责任领导`` column naming the 主任 or the 副主任 (the 副主任 also the 责任人 of his own row); a ``注：`` line on the "
        "grades and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def qishan_investment_audit_center_two_sheets() -> dict:
    unit = f"{PLACE}政府投资审计中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 20, 38, 9, 32])
    _line(lead, f"{unit}中心领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("宓槿峣", "主任", "主持全面工作", [
            ("政府投资审计项目安排不经集体研究", "高", "审计项目计划经中心办公会集体研究，报县审计局审定。"),
            ("对跟踪审计发现的问题压而不报", "高", "问题线索登记台账，按月向县审计局报告。"),
        ]),
        ("贲琯潆", "副主任", "分管跟踪审计、结算审计", [
            ("结算审计报告审核把关不严", "中", "结算审计报告实行三级复核。"),
            ("为施工单位说情打招呼", "中", "说情打招呼事项如实登记报告。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, "2025年6月", None)
    staff = _Sheet("股室", [6, 12, 11, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("跟踪审计股", "股长", "郦浔岷", "middle", [
            ("跟踪审计中现场签证审核不严", "中", "现场签证附影像资料，股长复核签字。"),
        ]),
        ("跟踪审计股", "审计员", "郜璐霏", "general", [
            ("接受施工单位好处，隐瞒工程变更问题", "高", "工程变更逐项登记，审计组成员定期轮换。"),
            ("审计底稿记录不实", "低", "审计底稿由主审复核。"),
        ]),
        ("综合股", "档案管理员", "佘旸涟", "general", [
            ("审计档案随意借阅、泄露", "低", "档案借阅登记审批，原件不外借。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "qishan_investment_audit_center_two_sheets",
        "https://www.seridoat.com/article/shen-zhen-bao-an-qu-shen-ji-ping-gu-zhong-xin-ru-he-shou-hu-gong-gong-zi-jin-an-quan-bing-ti-sheng-z.html",
        "县政府投资审计中心 file in two sheets after the source's 区审计评估中心 (全过程资金监控, 事前预防, 事中控制, 事后追踪, "
        "绩效审计): ``中心领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` "
        "(a title, 序号/股室 merged (跟踪审计股, 综合股)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); 高/中/低; no "
        "type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def qishan_qinghua_finance_office_every_row() -> dict:
    unit = f"{PLACE}青化镇财政所"
    sh = _Sheet("一览表", [6, 12, 9, 22, 36, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "岗位", "责任人", "主要职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "檀昕曌", "leader", "主持全所工作，审核镇级财政支出",
         "镇村项目资金拨付不按合同和进度审核", "业务流程风险", "一级", "资金拨付凭合同、验收单和审批单办理。"),
        ("所长", "檀昕曌", "leader", "主持全所工作，审核镇级财政支出",
         "为亲友承揽镇村工程项目打招呼", "思想道德风险", "一级", "领导干部亲属经商办企业情况如实报告。"),
        ("出纳", "卞瑀柘", "general", "现金和银行存款收付",
         "坐支现金，公款私存", "制度机制风险", "二级", "现金日清月结，所长不定期盘点。"),
        ("财政资金监管员", "戎砚竹", "general", "镇村项目资金监管",
         "对项目资金挤占挪用问题监管不力", "岗位职责风险", "二级", "监管情况按季度报县财政局。"),
        ("财政资金监管员", "戎砚竹", "general", "镇村项目资金监管",
         "接受项目实施单位好处，出具虚假监管意见", "外部环境风险", "一级", "监管意见两人签字，结果公示。"),
        ("国有资产管理员", "奚泖芸", "general", "镇属国有资产登记和处置",
         "国有资产处置不按规定评估、公开", "制度机制风险", "二级", "资产处置经评估并公开进行。"),
        ("国有资产管理员", "奚泖芸", "general", "镇属国有资产登记和处置",
         "资产出租收入不入账", "业务流程风险", "三级", "出租收入全额缴入财政专户。"),
    ]  # fmt: skip
    for n, (post, who, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, "审核人：", None, None, "2025年6月", None, None)
    return _layout(
        "qishan_qinghua_finance_office_every_row", "https://um.sanwen.net/special/gjqvkf.html",
        "镇财政所 岗位廉政风险防控一览表, after the source's 财政部乡镇补贴标准 (what a 镇 gets and pays through its 财政所): "
        "``附件1``, a title, then 序号/岗位/``责任人`` written out on EVERY row (nothing merged; no 科室 column)/``主要职责``/"
        "风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a merged ``注：`` line on the grades and a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qishan_audit_bureau_hidden_names(),
    qishan_finance_bureau_group_rows(),
    qishan_treasury_payment_center_posts(),
    qishan_bill_office_cards(),
    qishan_caijiapo_finance_office_selfchecks(),
    qishan_investment_review_center_duties(),
    qishan_investment_audit_center_two_sheets(),
    qishan_qinghua_finance_office_every_row(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` plus a sheet's ``hidden_cols``: those columns hidden (Excel's 隐藏 on
    the column: ``<col … hidden="1">``), their cells written as any other."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 6, 20, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        hidden = set(sheet.get("hidden_cols") or ())
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w, None, {"hidden": True} if c in hidden else {})
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch384-inbox"))

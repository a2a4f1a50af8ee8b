"""The nine-hundred-and-forty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: WHO HOLDS IT, among the finance bodies of one county,
尼木县 (拉萨市, 西藏自治区) — its 财政局, 政府采购中心, 财政投资评审中心, 非税收入征收管理局, 会计核算
中心, 国库集中支付中心 and two 乡镇财政所 (塔荣镇, 吞巴乡) — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel. Seven are ordinary:

- the 财政局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 政府采购中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 财政投资评审中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 非税收入征收管理局's 清单 under GROUP ROWS ``一、局领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 会计核算中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 塔荣镇财政所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 吞巴乡财政所's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``nimu_treasury_payment_centre_ukey_holders``: the 国库集中支付中心's 岗位廉政风险点清单, one row a
  point by 业务环节 (``序号 | 业务环节 | 廉政风险点 | 风险等级 | 使用数字证书 | 防控措施``) with NO 科室,
  岗位 or 姓名 column: each row names only the DIGITAL CERTIFICATE (UKey) the step is signed with
  (``录入证书（01号）``, ``审核证书（02号）``, ``审批证书（03号）``, ``清算证书（04号）``), and under the list a
  ``数字证书（UKey）保管登记`` block (``证书名称 | 证书编号 | 持有人 | 职务 | 所在股室 | 领用日期``) says who
  keeps each certificate, with a ``注：`` line that the holder of the certificate a step uses answers
  for its points. The README's 读得懂的表 knows personal numbers resolved by a 人员编号 对照表
  (``HOLDER_CODES``), a role on an object resolved by a 账号 × 角色 responsibility table, a 岗位权限
  grid by 办理环节 (``HOLDER_BY_PERMISSION_GRID``) and ``@姓名`` mentions with a member list; it does
  not describe a row keyed only by the signing certificate (a thing kept, not a person's number, a
  role or a step) resolved through a certificate custody register below the list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 财政国库支付中心 内控管理制度 —
印章 分管, 支票, 系统授权, 操作密码; a paper on 财政管理 in history — 加派, 费用开支无度, 贪赃;
a 政府采购代理机构 合规 guide — 采购需求, 倾向性条款, 评审现场; a 市财政局's 投资评审 report — 中介机构,
三级复核, 廉政承诺; a paper on 非税收入改革 — 收费项目, 预算外资金, 票据; a paper on 财务集中核算 —
集中资金, 统一核算, 报销制度; an abstract on 乡镇财政资金监管 — 惠农资金, 监管职责; a paper on 村级
财务 审计 — 村财镇管, 公款私存, 虚假支出) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 俞 and
费 with rare given names); every unit is a body of 尼木县.

Run ``python tests/published/score.py --set batch944`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's holder is the keeper the 保管登记 names for the certificate the row
  uses; his 岗位 is the register's ``职务`` and his 科室 its ``所在股室`` (``中心领导`` written in that
  科室 cell is the 主任's 科室); the register rows, their heading, ``领用日期`` and the ``注：`` line are
  no points; one form a holder;
- ``局领导``, ``中心领导``, ``所领导`` (a 科室/部门 cell, a group row) are the 科室 of those leaders; the
  财政局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 中心's 股 or 组
  and a 所's 组 are 科室; a group row ``二、征收股`` gives the 科室 ``征收股``;
- every 中心, 局 and 所 is a unit of its own: 局长, 副局长, 主任, 副主任 and 所长 are leaders; 股长
  middle; the rest general;
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

PREFIX = "b944_"
PLACE = "尼木县"
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

# 证书名称 -> (证书编号, 持有人, 职务, 所在股室, tier, 领用日期)
UKEYS = {
    "录入证书": ("01号", "俞沅翯", "经办员", "支付股", "general", "2025年1月6日"),
    "审核证书": ("02号", "费湛峒", "股长", "支付股", "middle", "2025年1月6日"),
    "审批证书": ("03号", "俞璇岌", "主任", "中心领导", "leader", "2025年1月6日"),
    "清算证书": ("04号", "费澍岨", "会计", "清算股", "general", "2025年1月8日"),
}
# (业务环节, 廉政风险点, 风险等级, 使用证书, 防控措施)
UKEY_ROWS = [
    ("支付申请受理", "受理预算单位支付申请不审核用途，随意录入支付信息", "中", "录入证书",
     "支付信息录入后系统比对预算指标，超指标自动拦截。"),
    ("支付申请受理", "为关系单位插队办理、提前录入未到期支付", "低", "录入证书",
     "支付申请按受理顺序办理，受理登记簿每日核对。"),
    ("支付审核", "对无预算、超预算支付审核放行", "高", "审核证书",
     "审核要素逐项勾选，动态监控预警信息必须处理后方可通过。"),
    ("支付审核", "审核时收受预算单位好处，放松票据真实性审查", "中", "审核证书",
     "大额支付附原始凭证复印件，股内交叉抽查。"),
    ("支付审批", "大额资金支付个人说了算，未经集体研究即签批", "高", "审批证书",
     "单笔50万元以上支付经中心会议研究，会议纪要存档。"),
    ("支付审批", "向私人账户划拨财政资金审批把关不严", "高", "审批证书",
     "收款人为个人的支付一律附审批依据，系统提示二次确认。"),
    ("资金清算", "与代理银行对账不及时，清算差额长期挂账", "中", "清算证书",
     "每日与代理银行、人民银行对账，差额当日查明。"),
    ("资金清算", "清算资金划转中截留、挪用", "高", "清算证书",
     "清算凭证双人复核，月末由中心领导抽查清算记录。"),
]  # fmt: skip


def nimu_treasury_payment_centre_ukey_holders() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("风险点清单", [6, 14, 40, 9, 18, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点清单", 6)
    sh.add("序号", "业务环节", "廉政风险点", "风险等级", "使用数字证书", "防控措施")
    first = len(sh.rows)
    for n, (stage, point, lv, key, measures) in enumerate(UKEY_ROWS, 1):
        number, who, post, dept, tier, _ = UKEYS[key]
        sh.add(n, stage, point, lv, f"{key}（{number}）", measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    _line(sh, "数字证书（UKey）保管登记", 6)
    sh.add("证书名称", "证书编号", "持有人", "职务", "所在股室", "领用日期")
    for key, (number, who, post, dept, _tier, day) in UKEYS.items():
        sh.add(key, number, who, post, dept, day)
    _line(sh, "注：各环节的廉政风险由使用该数字证书的持有人负责；证书专人专用，不得转借、代签。", 6)
    sh.add("制表：综合股", None, "审核：", None, "2025年3月", None)
    return _layout(
        "nimu_treasury_payment_centre_ukey_holders", "https://www.bigxun.com/view/1896834184711868418",
        "(harder) 县国库集中支付中心 岗位廉政风险点清单, after the source's 财政国库支付中心 内控管理制度 (印章 分管, "
        "支票 登记, 按岗位分工进行系统授权, 操作密码保密): a title, ``序号 | 业务环节 | 廉政风险点 | 风险等级 | "
        "使用数字证书 | 防控措施`` with NO 科室/岗位/姓名 column, 业务环节 merged, 高/中/低, each row naming only "
        "the UKey it is signed with (``录入证书（01号）`` …); below the list a ``数字证书（UKey）保管登记`` block "
        "``证书名称 | 证书编号 | 持有人 | 职务 | 所在股室 | 领用日期`` and a ``注：`` line that the keeper of a "
        "step's certificate answers for its risks; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def nimu_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("俞璟翊", "局长", "主持全面工作", [
            ("预算资金分配个人说了算，向关系单位倾斜", "一级", "预算分配方案经局党组会集体研究，会议纪要存档。"),
            ("插手政府采购和财政投资项目，为亲友打招呼", "一级", "领导干部插手干预重大事项记录报告，项目全程进平台。"),
        ]),
        ("费淏嵚", "副局长", "分管预算、国库", [
            ("追加预算审核把关不严，变相增加部门经费", "一级", "追加预算按程序报县政府审批，结果在局内公示。"),
            ("专项资金拨付不按进度，延压或提前拨付", "二级", "专项资金拨付凭项目进度和主管部门意见办理。"),
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
        ("预算股", "股长", "俞瑷岫", "middle", "部门预算编制中人为调整支出标准", "一级",
         "支出标准按县定额执行，预算草案经局务会审定。"),
        ("预算股", "股长", "俞瑷岫", "middle", "预算调剂未按程序报批", "二级", "预算调剂一律书面报批，调剂台账按月核对。"),
        ("国库股", "股长", "费珝澂", "middle", "财政专户资金存放选择银行暗箱操作", "一级", "专户资金存放经集体研究，竞争性选择银行。"),
        ("国库股", "股长", "费珝澂", "middle", "库款调度不按计划，向个别单位优先拨款", "二级", "库款调度按用款计划，月末公开拨款进度。"),
        ("综合股", "出纳", "俞旸翥", "general", "机关经费现金收支不及时入账", "二级", "现金日清月结，每月与会计对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "nimu_finance_bureau_two_sheets",
        "https://www.baywatch.cn/a/lunwenziliao/jingjilunwen/caizhengshuishou/2012/0530/5776.html",
        "县财政局 廉政风险防控一览表 in TWO SHEETS, after the source's paper on 财政管理 and 民主建设 (田赋加派, 费用开支无度, "
        "官吏贪赃, 窃之国 取于民): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def nimu_procurement_centre_posts() -> dict:
    unit = f"{PLACE}政府采购中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "采购方式确定", "应公开招标的项目违规改用竞争性谈判", "制度机制风险", "高",
         "采购方式变更报县财政局审批并公示。"),
        ("采购业务股", "股长", "middle", "采购文件编制", "设置倾向性条款，指定品牌或限定供应商注册地", "岗位职责风险", "高",
         "采购文件经合规性预审，股内集体会审。"),
        ("采购业务股", "项目经办员", "general", "采购需求审核", "对采购人提出的排他性需求不提出意见", "业务流程风险", "中",
         "采购需求审核意见书面留存。"),
        ("评审组织股", "评审组织员", "general", "评审现场管理", "评审期间泄露评审专家名单和评审情况", "思想道德风险", "高",
         "评审区、通讯保管区分离，全程录音录像。"),
        ("评审组织股", "评审组织员", "general", "供应商质疑", "收受供应商好处，质疑答复偏袒一方", "外部环境风险", "中",
         "质疑答复经股长、主任两级审核。"),
        ("综合股", "档案管理员", "general", "采购档案管理", "采购档案缺失、事后补签", "业务流程风险", "低",
         "项目结束即归档，年度抽查档案完整性。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "nimu_procurement_centre_posts", "https://www.ygjgzb.cn/hyxg/072e764",
        "县政府采购中心 岗位廉政风险点排查表 对岗不对人, after the source's 政府采购代理机构 合规运营 guide (采购方式, 采购需求, "
        "倾向性条款, 评审场地 三区分离, 质疑): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def nimu_investment_review_cards() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    t = _Truth(unit)
    cards = [
        ("主任", "费翀岿", "主任", "主持中心全面工作", "leader", [
            ("评审项目分配给指定的协审中介机构", "★★★", "协审机构随机抽取，抽取过程留存记录。"),
            ("干预评审结论，授意调增或调减审定金额", "★★★", "评审结论实行三级复核，复核意见书面签署。"),
            ("接受建设单位、中介机构宴请", "★", "严守中央八项规定精神，签订廉政承诺书。"),
        ]),
        ("副主任", "俞瀞岚", "副主任", "分管工程预算、结算评审", "leader", [
            ("现场踏勘走过场，工程量核定不实", "★★", "现场踏勘两人以上，影像资料存档。"),
            ("对中介机构评审质量考核不严", "★★", "中介机构年度考核结果公示，不达标暂停协审。"),
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
        "nimu_investment_review_cards", "http://www.yyjw.gov.cn/2107/2132/content_1700429.html",
        "县财政投资评审中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 市财政局 report on 公正评审 "
        "(中介机构 协审 考核, 三级复核, 廉政承诺书, 风险点21条): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def nimu_nontax_bureau_group_rows() -> dict:
    unit = f"{PLACE}非税收入征收管理局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "俞澪翃", "leader", [
                ("擅自批准减免、缓缴行政事业性收费", "一级风险", "减免缓缴事项集体研究，按政策报批并公示。"),
                ("非税收入划解国库不及时，滞压资金", "一级风险", "汇缴结算账户资金按月划解，余额每月通报。"),
            ]),
        ]),
        ("二、征收股", "征收股", [
            ("股长", "费淼岍", "middle", [
                ("对执收单位应缴未缴收入督缴不力", "二级风险", "建立执收单位收缴台账，逐月对账。"),
            ]),
            ("征收员", "俞湉峋", "general", [
                ("收取罚没款、收费不开具票据", "二级风险", "以票控收，收款必须开具非税收入票据。"),
                ("征收中接受缴款人吃请、礼金", "三级风险", "签订廉洁征收承诺书。"),
            ]),
        ]),
        ("三、票据管理股", "票据管理股", [
            ("票据管理员", "费沄翙", "general", [
                ("票据发放不验旧、核销不及时", "二级风险", "票据领用实行验旧供新，每季度盘点。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "nimu_nontax_bureau_group_rows", "http://m.ishare.iask.sina.com.cn/f/7466011.html",
        "县非税收入征收管理局 廉政风险防控责任清单 under GROUP ROWS, after the source's paper on 非税收入改革 (预算外资金, "
        "收费项目, 收支两条线, 票据): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、局领导``, ``二、征收股``, ``三、票据管理股`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def nimu_accounting_centre_selfchecks() -> dict:
    unit = f"{PLACE}会计核算中心"
    t = _Truth(unit)
    people = [
        ("俞珺澔", "中心领导", "主任", "leader", [
            ("报账单位超标准报销签字放行", "Ⅰ级", "报销标准对照表上墙，超标准一律退回。", "已落实"),
            ("会计人员岗位长期不轮换", "Ⅱ级", "核算岗位三年一轮换。", "已落实"),
        ]),
        ("费漪珵", "核算一组", "会计", "general", [
            ("审核原始凭证不严，虚假发票入账", "Ⅰ级", "发票网上查验，凭证附查验截图。", "未发现问题"),
            ("随意变更会计科目，调节支出", "Ⅲ级", "科目调整经组长审核并留痕。", "已落实"),
        ]),
        ("俞滢翚", "核算二组", "出纳", "general", [
            ("公款私存、坐支现金", "Ⅰ级", "现金限额管理，每日盘点，银行对账由会计完成。", "已落实"),
            ("支票、印鉴由一人保管", "Ⅱ级", "支票与印鉴分人保管，领用登记。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "nimu_accounting_centre_selfchecks", "https://baywatch.cn/haowen/209776.html",
        "县会计核算中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "财务集中核算 (集中资金, 统一核算制度, 报销制度, 成本配比): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def nimu_tarong_finance_office_list() -> dict:
    unit = f"{PLACE}塔荣镇财政所"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "费瀛岑", "leader", "镇本级资金支出审批把关不严", "制度机制", "高风险",
         "支出实行所长审核、分管镇领导审批，大额支出集体研究。"),
        ("所领导", "所长", "费瀛岑", "leader", "上级补助资金未纳入监管范围", "岗位职责", "中风险",
         "各类补助资金建立监管台账，逐项跟踪。"),
        ("资金监管", "惠农补贴专管员", "俞澧昶", "general", "惠农补贴资金虚报冒领、优亲厚友", "业务流程", "高风险",
         "补贴名单入户核查，在村务公开栏公示。"),
        ("资金监管", "惠农补贴专管员", "俞澧昶", "general", "补贴发放不及时、不足额", "思想道德", "低风险",
         "通过一卡通直接发放，每季度抽查到户。"),
        ("会计核算", "会计", "费滟岐", "general", "收受报账单位好处，违规报销", "外部环境", "中风险",
         "报账凭证所长复核，年度接受审计。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "nimu_tarong_finance_office_list", "https://scholarmate.com/S/uov7J0",
        "镇财政所 岗位廉政风险防控一览表, after the source's abstract on 乡镇财政资金监管 (精准扶贫 乡村振兴 资金, 监管职责, "
        "资金安全): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def nimu_tunba_finance_office_register() -> dict:
    unit = f"{PLACE}吞巴乡财政所"
    sh = _Sheet("登记表", [6, 14, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "俞峤瀚", "leader", [
            ("村财乡管账户资金审批不严，套取村级资金", "制度机制", "一级", "村级大额支出经村民代表会议和乡财政所双审。"),
            ("专项资金未拨付到村账户，支付到个人账户", "岗位职责", "二级", "专项资金一律拨入村财乡管账户。"),
        ]),
        ("村级财务组", "报账员", "费澈翎", "general", [
            ("村级报账虚假支出、白条入账", "业务流程", "一级", "报账凭证逐笔审核，白条一律退回。"),
        ]),
        ("村级财务组", "村级财务监管员", "俞涓岵", "general", [
            ("村干部公款私存不制止、不报告", "思想道德", "二级", "每季度核对村级账户余额，异常情况报所长。"),
            ("村级收入未全额入账不督促", "业务流程", "三级", "村级收入票据统一领用，定期核销。"),
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
        "nimu_tunba_finance_office_register", "http://zgkjsz.com/page/2018/0322/3308982.shtml",
        "乡财政所 廉政风险点排查登记表, after the source's paper on 村级财务 审计调查 (村财镇管 账户, 公款私存, 支出项目虚假, "
        "空套资金): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    nimu_treasury_payment_centre_ukey_holders(),
    nimu_finance_bureau_two_sheets(),
    nimu_procurement_centre_posts(),
    nimu_investment_review_cards(),
    nimu_nontax_bureau_group_rows(),
    nimu_accounting_centre_selfchecks(),
    nimu_tarong_finance_office_list(),
    nimu_tunba_finance_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch944-inbox"))

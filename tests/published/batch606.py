"""The six-hundred-and-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 科技 and
工业信息化 bodies, 大武口区 (of 石嘴山市, 宁夏) — its 科学技术局, 工业和信息化局, 工业园区管理委员会,
中小企业服务中心, 生产力促进中心, 节能监察大队, 投资促进中心 and 工业项目服务中心 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 科学技术局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 工业园区管理委员会's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 中小企业服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 生产力促进中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 节能监察大队's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 投资促进中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 工业项目服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``dawukou_industry_bureau_matters``: the 工业和信息化局's 权力运行廉政风险点清单, ONE ROW A POINT keyed by
  the BUSINESS MATTER it belongs to (``序号 | 业务事项 | 廉政风险点 | 风险等级 | 防控措施``, the
  ``业务事项`` merged down over its points) and no 科室, 岗位 or 姓名 column; the holders stand only in a
  second table under it, ``附：承办人员分工`` — ``序号 | 姓名 | 所在股室 | 职务 | 承办业务事项`` — one row a
  person whose last cell NAMES the matters he handles (``技术改造项目申报、工业企业纾困资金兑现``), one
  matter named by two people. A point belongs to everyone whose 承办业务事项 names its row's matter.
  The README's 读得懂的表 knows holders keyed by 执法环节/办理环节 (a legend line, a flow strip or an
  ``环节 | 责任人`` table, one holder a 环节), by group names in a 责任主体 column, by point numbers
  (``负责风险点序号``), by codes, staff numbers and ranges; it does not describe a person-by-person
  分工 table whose cells list the 业务事项 by NAME, several matters a person and several persons a
  matter, joined to the list's 业务事项 column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市工信局党组's 巡察整改 report —
整改领导小组, 专项问题, 党组会议; a Q&A on 高新技术企业 申报 — 地市科技部门 核查, 推荐意见, 知识产权,
研发组织; a county's 工业园区 管理办法 — 园区办, 项目准入, 扶持资金, 土地出让金; a 工业和信息化专项资金
管理办法 — 项目申报, 评审, 资金分配方案, 跟踪服务; 科技部's 示范生产力促进中心 认定管理办法 — 技术咨询,
科技成果转化, 孵化; a 市工信局's 政府信息公开年报 — 双随机抽查, 重点用能单位 节能监察; a 示范区's
招商引资项目联审会制度 — 联审办, 投资强度, 保密纪律; a 市经信局's 工业发展资金 申报通知 — 真实性审查,
重复申报, 审核推荐意见) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 谯 and 沃 with rare given
names); every unit is a body of 大武口区.

Run ``python tests/published/score.py --set batch606`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point is a point of every person whose ``承办业务事项`` cell names the row's
  ``业务事项`` (matters split at ``、``), his 科室 the ``所在股室``, his post the ``职务``; a matter named by
  two people is each one's point (one point each, the same risk); the 分工 table, its caption and
  the ``注：`` line are no points; ``业务事项`` is no point;
- ``局领导``, ``中心领导``, ``大队领导`` (a sheet, a group row) are the 科室 of those leaders where the table
  gives one; the 科学技术局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no
  科室; a 局's 股, a 中心's 部 or 科 are 科室; a group row ``二、技术服务部`` gives the 科室 ``技术服务部``;
- 局长, 副局长, 主任, 副主任, 大队长, 副大队长 of the unit are leaders; 股长, 部长, 科长 middle; the rest
  (科员, 专干, 会计, 出纳, 监察员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 管委会's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b606_"
PLACE = "大武口区"
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

# (业务事项, [(廉政风险点, 风险等级, 防控措施)])
MATTERS = [
    ("技术改造项目申报", [
        ("项目申报材料审核把关不严，帮助企业包装项目", "高", "申报材料初审、复审两级把关，现场核查投资凭证。"),
        ("向申报企业推荐指定中介机构代写材料", "中", "严禁推荐中介，申报指南明确企业自主申报。"),
    ]),
    ("工业企业纾困资金兑现", [
        ("纾困资金兑现名单不公示，优亲厚友", "高", "兑现名单经局党组会研究，公示七个工作日。"),
    ]),
    ("规上工业企业统计监测", [
        ("授意企业虚报产值和用电数据", "中", "产值与税务、电力数据交叉比对。"),
    ]),
    ("信息化项目验收", [
        ("验收走过场，未完成建设内容通过验收", "高", "验收邀请第三方专家参加，逐项对照合同。"),
        ("接受承建企业宴请和礼品", "低", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("两化融合贯标推荐", [
        ("推荐企业名单不经集体研究", "中", "推荐名单局务会研究，结果公开。"),
    ]),
    ("重点用能单位节能监察", [
        ("对违规用能企业选择性执法、以罚代管", "高", "监察对象双随机抽取，处罚决定法制审核。"),
        ("检查前向企业通风报信", "中", "检查计划保密，执法全过程记录。"),
    ]),
    ("固定资产投资项目节能审查", [
        ("节能审查降低标准、超时限办理", "中", "审查意见集体会审，办理时限网上公开。"),
    ]),
]  # fmt: skip

# (姓名, 所在股室, 职务, tier, 承办业务事项)
HANDLERS = [
    ("谯琎岚", "工业发展股", "股长", "middle", ("技术改造项目申报", "工业企业纾困资金兑现")),
    ("沃翾柘", "工业发展股", "科员", "general", ("技术改造项目申报", "规上工业企业统计监测")),
    ("谯昶珣", "信息化股", "股长", "middle", ("信息化项目验收", "两化融合贯标推荐")),
    ("沃璟岍", "节能与综合利用股", "股长", "middle", ("重点用能单位节能监察", "固定资产投资项目节能审查")),
]  # fmt: skip


def dawukou_industry_bureau_matters() -> dict:
    unit = f"{PLACE}工业和信息化局"
    sh = _Sheet("风险点清单", [6, 20, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}权力运行廉政风险点清单", 5)
    sh.add("序号", "业务事项", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for matter, points in MATTERS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, matter, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a handler, in the 分工 table's order
    for who, dept, post, tier, matters in HANDLERS:
        for matter, points in MATTERS:
            if matter in matters:
                for point, lv, _measures in points:
                    t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：各业务事项的廉政风险点由承办该事项的人员负责防控；一个事项由两人承办的，两人共同负责。",
        5,
    )
    sh.add()
    _line(sh, "附：承办人员分工", 5)
    sh.add("序号", "姓名", "所在股室", "职务", "承办业务事项")
    for i, (who, dept, post, _tier, matters) in enumerate(HANDLERS, 1):
        sh.add(i, who, dept, post, "、".join(matters))
    sh.add("制表：办公室", None, "审核：", None, "2025年5月")
    return _layout(
        "dawukou_industry_bureau_matters", "http://at0312.cn/news/dgetb/101405.html",
        "(harder) 区工业和信息化局 权力运行廉政风险点清单, after the source's 市工信局党组 巡察整改 report (整改领导小组, "
        "专项问题, 党组会议, 各科室负责人): a title, ``序号 | 业务事项 | 廉政风险点 | 风险等级 | 防控措施`` ONE ROW A POINT, "
        "``业务事项`` merged down over its points, 高/中/低, no 科室/岗位/姓名 column; a ``注：`` line, then a second "
        "table ``附：承办人员分工`` — ``序号 | 姓名 | 所在股室 | 职务 | 承办业务事项`` — whose last cell names each "
        "person's matters joined by ``、`` (one matter named by two people): a point is every handler's whose cell "
        "names its matter; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dawukou_science_bureau_two_sheets() -> dict:
    unit = f"{PLACE}科学技术局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("谯翊湛", "局长", "主持全面工作", [
            ("科技计划项目立项不经集体研究", "一级", "立项方案经局党组会研究，结果公示。"),
            ("干预高新技术企业推荐名单", "一级", "推荐名单按核查结果排序，局务会审定。"),
        ]),
        ("沃曦峣", "副局长", "分管科技项目、成果转化", [
            ("评审专家选取不回避", "一级", "专家从库中随机抽取，利害关系人回避。"),
            ("科技成果登记把关不严", "二级", "成果登记材料专人复核。"),
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
        ("科技项目股", "股长", "谯湲玥", "middle", "高企申报材料核查走过场", "一级",
         "核查研发组织、知识产权和汇算清缴数据，留存记录。"),
        ("科技项目股", "股长", "谯湲玥", "middle", "项目中期检查和验收降低标准", "二级", "验收邀请财务专家，逐项对照任务书。"),
        ("科技项目股", "科员", "沃岫霖", "general", "向企业泄露评审信息", "二级", "评审信息专人保管，签订保密承诺。"),
        ("综合股", "股长", "沃珣澈", "middle", "科技创新券兑付审核不严", "一级", "兑付凭证双人审核，按季度公示。"),
        ("综合股", "会计", "谯沨琪", "general", "项目资金拨付不按进度", "三级", "资金按合同节点拨付，台账管理。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dawukou_science_bureau_two_sheets", "https://m.zhongqijt.com/ask/1723975490.html",
        "区科学技术局 廉政风险防控一览表 in TWO SHEETS, after the source's Q&A on 高新技术企业 申报 (地市科技部门核查, "
        "推荐意见, 知识产权, 研发组织, 汇算清缴数据): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dawukou_park_committee_posts() -> dict:
    unit = f"{PLACE}工业园区管理委员会"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("管委会领导", "主任", "leader", "项目准入", "对不符合准入标准的项目打招呼放行", "制度机制风险", "高",
         "项目准入经联审会集体研究。"),
        ("招商服务部", "部长", "middle", "招商优惠政策兑现", "超出政策范围许诺优惠条件", "岗位职责风险", "高",
         "优惠条件按政策文件执行，合同经法律顾问审核。"),
        ("招商服务部", "部长", "middle", "客商接待", "接受客商宴请、礼品", "思想道德风险", "中",
         "接待按标准执行，礼品登记上交。"),
        ("规划建设部", "部长", "middle", "园区基础设施工程", "工程变更签证不实", "业务流程风险", "高",
         "变更经监理、跟踪审计共同签认。"),
        ("规划建设部", "专干", "general", "标准厂房分配", "厂房分配不按排序", "外部环境风险", "中",
         "厂房分配方案公开，结果公示。"),
        ("财务部", "会计", "general", "扶持资金拨付", "园区扶持资金拨付手续不全", "业务流程风险", "低",
         "拨付凭审批单据，按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：党政办", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "dawukou_park_committee_posts", "http://www.fsou.net/html/text/lar/173595/17359578_1.html",
        "区工业园区管理委员会 岗位廉政风险点排查表 对岗不对人, after the source's 工业园区 管理办法 (园区办, 项目准入, "
        "招商引资协调服务, 扶持资金, 标准厂房): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dawukou_sme_centre_selfchecks() -> dict:
    unit = f"{PLACE}中小企业服务中心"
    t = _Truth(unit)
    people = [
        ("谯霂珩", "中心领导", "主任", "leader", [
            ("专精特新企业推荐不按评分排序", "Ⅰ级", "推荐名单按评分排序，主任办公会研究。", "已落实"),
            ("中小企业发展资金分配方案不公开", "Ⅰ级", "分配方案和结果公开。", "未发现问题"),
        ]),
        ("沃泠瑄", "企业服务科", "科长", "middle", [
            ("为企业申报项目收取服务费", "Ⅰ级", "严禁有偿服务，服务事项公开。", "已落实"),
            ("融资对接中向企业推荐关系人", "Ⅱ级", "融资对接名单公开，双人参加。", "已落实"),
        ]),
        ("谯芃溦", "企业服务科", "专干", "general", [
            ("企业培训签到和补贴核对不实", "Ⅱ级", "签到与人脸核验记录比对。", "未发现问题"),
            ("泄露企业申报资料", "Ⅲ级", "申报资料专柜保管。", "已落实"),
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
        "dawukou_sme_centre_selfchecks", "http://freekaoyan.com/wm/06/005/2018/01-13/1515836216848600.shtml",
        "区中小企业服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "工业和信息化专项资金管理办法 (项目申报和评审, 资金分配方案, 跟踪服务, 绩效评价): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def dawukou_productivity_centre_group_rows() -> dict:
    unit = f"{PLACE}生产力促进中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "沃琤岙", "leader", [
                ("孵化场地入驻企业筛选不公开", "一级风险", "入驻企业评审打分，结果公示。"),
                ("技术服务合同定价随意", "二级风险", "服务收费按公示标准执行。"),
            ]),
        ]),
        ("二、技术服务部", "技术服务部", [
            ("部长", "谯晗沚", "middle", [
                ("科技成果转化对接中收受好处", "一级风险", "对接过程留痕，双人参加。"),
                ("技术咨询报告抄袭拼凑", "三级风险", "报告实行内部审核。"),
            ]),
        ]),
        ("三、综合部", "综合部", [
            ("出纳", "沃湝玙", "general", [
                ("服务收入不入账", "一级风险", "收入开具票据，及时入账。"),
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
        "dawukou_productivity_centre_group_rows",
        "http://big5.www.gov.cn/gate/big5/www.gov.cn/govweb/gzdt/2011-06/16/content_1885582.htm",
        "区生产力促进中心 廉政风险防控责任清单, after the source's 示范生产力促进中心 认定管理办法 (研发设计, 技术交易, "
        "咨询诊断, 科技成果转移转化, 孵化): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、技术服务部``, ``三、综合部`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dawukou_energy_inspection_cards() -> dict:
    unit = f"{PLACE}节能监察大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "谯潆昉", "大队长", "主持大队全面工作", "leader", [
            ("节能监察计划不按双随机抽取", "★★★", "检查对象系统随机抽取，结果公开。"),
            ("对重点用能单位违法行为降格处理", "★★★", "处罚决定集体讨论。"),
            ("接受被检查企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副大队长", "沃翀瑷", "副大队长", "分管监察执法、能源计量", "leader", [
            ("能源利用状况报告审核走过场", "★★", "报告抽查复核，留存记录。"),
            ("监察文书制作不规范", "★★", "文书法制审核。"),
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
        "dawukou_energy_inspection_cards",
        "http://www.cdlgssw.com/zgfzzt/sjxw/zfxxgkzl/ndbg/202601/t20260113_5270382.htm",
        "区节能监察大队 领导干部廉政风险防控卡, one sheet a leader, after the source's 市工信局 政府信息公开年报 (双随机"
        "一公开, 重点用能单位 能源利用状况, 节能措施, 监督检查): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dawukou_investment_centre_list() -> dict:
    unit = f"{PLACE}投资促进中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "沃琰淇", "leader", "招商项目联审前泄露评审信息", "制度机制", "高风险",
         "联审材料专人保管，参会人员签订保密承诺。"),
        ("中心领导", "主任", "沃琰淇", "leader", "签约项目投资强度审核放松", "岗位职责", "中风险",
         "投资强度按联审意见核定。"),
        ("项目推进科", "科长", "谯峤湄", "middle", "项目投资方实力和信誉核查不实", "业务流程", "高风险",
         "委托第三方核查投资方资信。"),
        ("项目推进科", "科员", "沃沄琚", "general", "招商中介奖励认定不实", "外部环境", "中风险",
         "中介奖励按引资到位凭证认定。"),
        ("综合科", "科长", "谯瑀岫", "middle", "招商经费报销超标准", "业务流程", "中风险",
         "经费报销凭审批单和行程单。"),
        ("综合科", "出纳", "沃珞澂", "general", "现金管理不规范", "思想道德", "低风险", "现金日清月结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dawukou_investment_centre_list", "https://ljt.als.gov.cn/art/2025/8/19/art_3126_520996.html",
        "区投资促进中心 岗位廉政风险防控一览表, after the source's 招商引资项目联审会制度 (联审办, 投资方实力和信誉, "
        "投资强度, 保密纪律): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def dawukou_project_centre_register() -> dict:
    unit = f"{PLACE}工业项目服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "谯淏珈", "leader", [
            ("工业发展资金项目推荐意见不实", "制度机制", "一级", "推荐意见经主任办公会研究。"),
            ("干预项目评审", "思想道德", "二级", "评审专家随机抽取。"),
        ]),
        ("项目审核科", "科长", "沃岚琬", "middle", [
            ("项目真实性审查走过场", "岗位职责", "一级", "现场核查建设内容和已投入资金。"),
            ("对重复申报项目不予甄别", "业务流程", "二级", "申报项目与历年库比对。"),
        ]),
        ("项目审核科", "科员", "谯瀛珝", "general", [
            ("申报材料受理不一次性告知", "业务流程", "三级", "实行一次性告知制度。"),
        ]),
        ("综合科", "会计", "沃澍昀", "general", [
            ("项目资金拨付不按审批", "外部环境", "二级", "拨付凭下达文件和审批单。"),
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
        "dawukou_project_centre_register", "http://sc.ruichuangshe.cn/jbzc_2020/deyang/gyfzzj_1737.html",
        "区工业项目服务中心 廉政风险点排查登记表, after the source's 工业发展资金 申报通知 (严格审核把关, 真实性审查, "
        "重复申报, 审核推荐意见): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dawukou_industry_bureau_matters(),
    dawukou_science_bureau_two_sheets(),
    dawukou_park_committee_posts(),
    dawukou_sme_centre_selfchecks(),
    dawukou_productivity_centre_group_rows(),
    dawukou_energy_inspection_cards(),
    dawukou_investment_centre_list(),
    dawukou_project_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch606-inbox"))

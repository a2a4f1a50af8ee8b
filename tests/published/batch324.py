"""The three-hundred-and-twenty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 财政, 审计
and 统计 bodies, 东坡区 (the district of 眉山 that holds the city, its staff Han) — its 财政局 with
the 财政局's 国库集中支付中心, 财政投资评审中心 and 非税收入征收管理中心, its 审计局 with the
审计局's 政府投资审计中心, its 统计局 with the 统计局's 统计普查中心 — each handing back the 一览表,
防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 国库集中支付中心's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date
  line;
- the 审计局's 领导干部和重点岗位 廉政风险防控卡, one sheet a holder (tabs 局长, 股长, 审计员):
  ``姓　名 | … | 职　务 | …`` and ``所在股室 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 政府投资审计中心's 责任清单 under ``附件1``: ``股室`` merged, ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, short types, ``一级/二级/三级``, an ``编制： | 审核： |
  2025年9月`` line;
- the 统计局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``高风险/中风险/低风险``, no type
  column;
- the 统计普查中心's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 |
  股　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 |
  自查情况``, 高/中/低, no type column, ``本人签名： | … | 中心主任意见：``;
- the 财政投资评审中心's 一览表 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室``
  merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 非税收入征收管理中心's 一览表 under GROUP ROWS ``一、中心领导`` … ``三、票据管理股`` merged across
  (no 股室 column): ``岗位 | 姓名`` merged per person, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：``
  line, a ``制表人： | 审核人： | 2025年9月`` line.

One is harder:

- ``dongpo_finance_bureau_outline_tree``: the 财政局's 廉政风险防控清单 as its 廉政风险防控管理系统
  EXPORTS it — a TREE WRITTEN AS AN OUTLINE IN ONE COLUMN. Under a title and a merged
  ``填报单位：…　导出时间：…`` line, the header is ``编码 | 部门／岗位／廉政风险点 | 风险类型 | 风险等级 |
  防控措施``. Every node of the tree is ONE ROW, and what a row IS is told only by the DEPTH OF ITS
  DOTTED CODE in the first column: a code of one part (``1``, ``2`` …) is a 股室 (``局领导``,
  ``预算股``, ``国库股``, ``政府采购监督管理股``), written in the second column with the other cells
  blank; a code of two parts (``2.1``) is a post with its holder in brackets (``股长（仉昶霭）``),
  written in the SAME second column, the other cells blank; a code of three parts (``2.1.1``) is a
  risk point of that post, in the same column again, with its type, level and measures. Nothing is
  merged, nothing is indented, no row is set apart by a number word (``一、``) or a bracketed
  number (``（一）``), and the 股室 and post rows do not reach across the table: they are blank
  cells of a risk table's row. A merged ``注：`` line under the tree says what the three depths
  are. The README's 读得懂的表 knows group rows ``一、办公室`` that set the 科室 of the rows under
  them, ``一、出纳岗(责任人:李明)`` that set a post and holder, a row naming a post, holder and duty
  in their own columns over the points ``1-1``, ``1-2`` of that post, lone rows ``2.预算编制`` or
  ``(三)采购管理`` that are section titles (the export's ``section``), and a post written
  ``民政专干(高丽)`` in a 岗位 column; it does not describe a table with NO 科室 and NO 岗位 column
  whose 科室, posts and points all stand in one column as the nodes of an outline, their kind given
  only by how many parts their code has (so ``1`` is a 科室 row, ``1.1`` a post row and ``1.1.1`` a
  point — a ``2.预算编制``-like row that is NOT a section title but the 科室 of what follows, and a
  second kind of lone row, a post with its holder, under it).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 预算执行动态监控 article — the
动态监控系统 as 监测器 and 警示器, 线上全面监控 and 线下重点监督核查, 事前、事中、事后, 问责; a 国库集中支付
动态监控 note — 19条监控规则: 三公经费预警, 向个人账户大额转款, 公用经费与人员经费混用, 频繁提现, 拦截并
退回 违规支付; the 审计署's 八项审计纪律 — no 住宿费、餐费 paid by the 被审计单位, no 宴请、礼品、消费卡, no
报销, no 推销, no use of its 商业秘密; a 审计局 on 代建制下跟踪审计 — 投、建、管、用分离, 代建单位, 进度、质量、
投资 control, 三超; a 市统计局's 统计执法“双随机”抽查 办法 — 随机抽取检查对象和执法检查人员, 原始记录,
统计台账, 统计资料; a note on 统计造假专项治理 — 自查自纠, 数据核查, 重点执法, 统计督察, 一案双查; a 区's
财政投资评审 work — 评审信息反馈, 评审联席会议, 建设单位, 绩效考评; a paper on 非税收入收缴模式 — 执收单位,
代理银行, 财政专户, 直接缴库 and 集中汇缴, 票据) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 东坡区.

Run ``python tests/published/score.py --set batch324`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a one-part code's row is the 科室 of every row under it down to the next
  one-part code (``局领导`` is the 科室 of the 局长 and 副局长, as ``公司领导`` was in earlier batches),
  a two-part code's row ``股长（仉昶霭）`` is the post ``股长`` held by ``仉昶霭`` for every three-part
  row under it, and only the three-part rows are points, each with its own 风险类型 and 风险等级;
  the 科室 and post rows are no points, the ``注：`` line is none, and the file holds one form a
  post (seven), not one form for the 局;
- ``局领导`` (a node of the tree, a card's 所在股室, the 统计局's sheet), ``中心领导`` (a 股室 cell, a
  group row, a self-check's 股　室) are the 科室 of those leaders; a 局's and a 中心's 股 are 科室; a
  group row ``二、征收管理股`` gives the 科室 ``征收管理股`` (its number left off);
- the 国库集中支付中心, 财政投资评审中心, 非税收入征收管理中心, 政府投资审计中心 and 统计普查中心 are units of
  their own (each 中心 files its own list), not 科室 of the 局 over them; 局长, 副局长, a 中心's 主任
  and 副主任 are leaders; 股长 middle; the rest (科员, 会计, 审计员, 统计员, 统计执法检查员, 数据审核员,
  审核员, 清算员, 监控员, 评审员, 协审管理员, 征收员, 票据管理员) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``,
  ``分管工作`` and ``自查情况`` are no points and name no holder; the 国库集中支付中心's list names no
  person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the card's note), ``一级/二级/三级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 非税中心's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b324_"
PLACE = "东坡区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

TREE_SHEET = "风险防控清单"
TREE_HEAD = ("编码", "部门／岗位／廉政风险点", "风险类型", "风险等级", "防控措施")
TREE_NOTE = (
    "注：本表由廉政风险防控管理系统导出。编码为一级的是股室，二级的是岗位（括号内为责任人），"
    "三级的是该岗位的廉政风险点；风险等级分高、中、低三级。"
)

# (股室, [(岗位, 责任人, tier, [(廉政风险点, 类型, 等级, 防控措施)])])
TREE = [
    ("局领导", [
        ("局长", "缑祎灏", "leader", [
            ("年度预算安排和大额资金调度不经党组会集体研究", "制度机制", "高",
             "预算安排和大额资金调度一律提交局党组会集体研究，会议纪要存档。"),
            ("对动态监控发现的违规支付不督促核查、不追责", "岗位职责", "中",
             "动态监控核查结果每季度在局党组会通报，违规问题按规定问责。"),
        ]),
        ("副局长", "嵇蓁瑀", "leader", [
            ("为关系单位追加预算、改变资金用途打招呼", "思想道德", "高",
             "追加预算和调整用途事项全程留痕，插手干预事项如实登记报告。"),
        ]),
    ]),
    ("预算股", [
        ("股长", "仉昶霭", "middle", [
            ("部门预算不按定额标准核定，人为调增项目支出", "业务流程", "高",
             "项目支出按定额标准和项目库评审结果核定，核定结果局务会审定。"),
            ("预算调剂审核把关不严，调剂理由不实", "制度机制", "中", "预算调剂经股室初审、分管领导审核、局长审批。"),
        ]),
        ("科员", "郈霂笙", "general", [
            ("在一体化系统中擅自修改已下达的预算指标", "岗位职责", "中", "指标修改系统留痕，每月与批复文件核对。"),
        ]),
    ]),
    ("国库股", [
        ("股长", "佘翯岚", "middle", [
            ("动态监控预警信息不核查即放行", "岗位职责", "高", "预警信息逐笔核查，核查意见双人签字。"),
            ("财政专户资金存放不按竞争性存放办法办理", "外部环境", "高", "专户资金竞争性存放方案集体研究，结果公示。"),
        ]),
        ("会计", "漆禛悦", "general", [
            ("国库资金调度凭证审核不严，违规划转资金", "业务流程", "中", "调度凭证经会计、股长、分管领导三级审核。"),
            ("总预算会计账务处理不及时，账实不符", "岗位职责", "低", "总预算会计账与国库对账单每月核对。"),
        ]),
    ]),
    ("政府采购监督管理股", [
        ("股长", "貊珣蔚", "middle", [
            ("采购方式变更审批把关不严，变相规避公开招标", "制度机制", "中", "采购方式变更经专家论证并公示。"),
            ("处理供应商质疑投诉时偏袒一方", "思想道德", "低", "投诉处理两人以上办理，处理决定公开。"),
        ]),
    ]),
]  # fmt: skip


def dongpo_finance_bureau_outline_tree() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    ncols = len(TREE_HEAD)
    sh = _Sheet(TREE_SHEET, [10, 46, 10, 9, 40])
    _line(sh, f"{unit}廉政风险防控清单", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 12}导出时间：2025年9月3日", ncols)
    sh.add(*TREE_HEAD)
    for d, (dept, posts) in enumerate(TREE, 1):
        sh.add(f"{d}", dept, None, None, None)
        for p, (post, who, tier, points) in enumerate(posts, 1):
            sh.add(f"{d}.{p}", f"{post}（{who}）", None, None, None)
            for k, (point, typ, lv, measures) in enumerate(points, 1):
                sh.add(f"{d}.{p}.{k}", point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, TREE_NOTE, ncols)
    return _layout(
        "dongpo_finance_bureau_outline_tree", "https://fx361.cc/page/2023/1226/22807918.shtml",
        "(harder) 区财政局 廉政风险防控清单 as a 廉政风险防控管理系统 exports it, after the source's 预算执行动态监控 (监控系统 "
        "as 监测器 and 警示器, 线上监控 and 线下核查, 事前、事中、事后, 问责): a title, a merged ``填报单位：…　导出时间：2025年9月3日`` "
        "line, then ``编码 | 部门／岗位／廉政风险点 | 风险类型 | 风险等级 | 防控措施`` and A TREE AS AN OUTLINE IN ONE COLUMN — a "
        "one-part code ``1`` a 股室 row (局领导, 预算股, 国库股, 政府采购监督管理股), a two-part code ``1.1`` a post row "
        "``局长（缑祎灏）`` in the same column, a three-part code ``1.1.1`` a point with its short type, 高/中/低 and measures; "
        "nothing merged, the 股室 and post rows blank beyond the second column; a merged ``注：`` line on the three depths",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dongpo_treasury_payment_posts() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("排查表", [6, 12, 10, 24, 40, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "支付业务审批", "对不符合用款计划的大额支付签批放行",
         "岗位职责风险", "Ⅰ级", "大额支付实行主任、分管局领导双签。"),
        ("中心领导", "副主任", "leader", "代理银行考核", "代理银行考核打人情分，接受银行宴请",
         "外部环境风险", "Ⅱ级", "考核指标量化，考核结果报局党组审定。"),
        ("支付审核股", "股长", "middle", "直接支付审核", "对无合同、无验收的直接支付申请审核通过",
         "业务流程风险", "Ⅰ级", "直接支付凭合同、发票、验收单审核，缺一不付。"),
        ("支付审核股", "审核员", "general", "授权支付审核", "对向个人账户大额转款、频繁提现不审核",
         "岗位职责风险", "Ⅰ级", "向个人账户转款逐笔核实用途，提现超限额报股长审核。"),
        ("支付审核股", "审核员", "general", "公务卡报销", "公务卡还款审核走过场，公用与人员经费混用",
         "制度机制风险", "Ⅱ级", "公务卡消费明细与报销凭证逐笔比对。"),
        ("清算股", "清算员", "general", "资金清算", "清算信息与支付凭证不一致不纠正，延误清算",
         "业务流程风险", "Ⅱ级", "清算日终对账，差异当日处理并登记。"),
        ("清算股", "清算员", "general", "支付凭证管理", "支付凭证和印章一人保管，擅自开具凭证",
         "制度机制风险", "Ⅰ级", "凭证和印章分人保管，使用登记。"),
        ("动态监控股", "监控员", "general", "预警信息处理", "对“三公”经费超标预警不核查即解除",
         "思想道德风险", "Ⅱ级", "预警解除须附核查材料，股长复核。"),
        ("动态监控股", "监控员", "general", "监控规则维护", "擅自修改、停用监控规则为违规支付开口子",
         "岗位职责风险", "Ⅲ级", "监控规则调整经中心集体研究，系统留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("制表：", None, "审核：", None, None, "2025年9月", None, None)
    return _layout(
        "dongpo_treasury_payment_posts", "https://investchn.com/home/news/detail/id/21545.html",
        "区国库集中支付中心 岗位廉政风险点排查表 对岗不对人, after the source's 国库集中支付动态监控 (19条监控规则: 三公经费预警, "
        "向个人账户大额转款, 公用经费与人员经费混用, 频繁提现; 拦截并退回): a title, then 序号/股室 merged/岗位 merged per post/a short "
        "风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def dongpo_audit_bureau_cards() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    cards = [
        ("局长", "庹甦琰", "局长", "局领导", "leader", [
            ("审计计划安排照顾关系单位，应审未审", "制度机制", "★★★", "年度审计计划经局党组会研究，报区委审计委员会审定。"),
            ("对审计发现的重大问题线索不移送", "岗位职责", "★★★", "问题线索移送集体研究，移送情况登记备查。"),
            ("为被审计单位说情，干预审计定性处理", "思想道德", "★★", "说情打招呼事项一律登记报告。"),
        ]),
        ("股长", "綦曜珺", "股长", "财政金融审计股", "middle", [
            ("审计组在被审计单位报销费用、接受宴请", "外部环境", "★★★", "审计外勤经费自理，进点公示审计纪律和举报电话。"),
            ("审计取证不全，审计报告避重就轻", "业务流程", "★★", "审计报告经复核、审理两道把关。"),
            ("泄露被审计单位商业秘密和内部信息", "思想道德", "★", "审计资料专人保管，签订保密承诺。"),
        ]),
        ("审计员", "阚玥珩", "审计员", "经济责任审计股", "general", [
            ("接受被审计单位礼品、消费卡", "思想道德", "★★", "审计结束开展廉政回访。"),
            ("审计底稿与事实不符，选择性记录", "岗位职责", "★★", "底稿经主审和审计组长逐项复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 10, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在股室", dept, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, None, "监督电话：028-38122388", None)
        sheets.append(sh)
    return _layout(
        "dongpo_audit_bureau_cards", "http://www.palm-bulk.com/kpssjj/dwgk/zdjz/content/post_520059.html",
        "区审计局 岗位廉政风险防控卡, one sheet a holder (tabs 局长, 股长, 审计员), after the source's 审计署 八项审计纪律 (住宿费、"
        "餐费 not paid by the 被审计单位, no 宴请、礼品、消费卡, no 报销, no 推销, no use of its 商业秘密): a title, ``姓　名 | … | "
        "职　务 | …`` and ``所在股室 | …`` above 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def dongpo_investment_audit_center_duties() -> dict:
    unit = f"{PLACE}政府投资审计中心"
    sh = _Sheet("责任清单", [6, 13, 10, 9, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("中心领导", "主任", "衡湜霈", "leader", [
            ("审计项目安排", "跟踪审计项目分派照顾关系人，指定审计人员", "制度机制", "一级", "项目分派集体研究，审计人员随机确定。"),
            ("审定结论签发", "对代建单位多计工程款的结论降格签发", "岗位职责", "一级", "审定结论经中心业务会审议。"),
        ]),
        ("工程审计一股", "股长", "芮頔瑭", "middle", [
            ("跟踪审计现场", "对施工、代建单位“三超”问题不揭示、不报告", "岗位职责", "一级", "“三超”问题一律写入跟踪审计报告。"),
            ("工程变更审核", "对虚假变更签证审核放行", "业务流程", "二级", "变更签证现场复核，影像资料存档。"),
        ]),
        ("工程审计一股", "审计员", "揭钖萦", "general", [
            ("工程量核对", "与施工单位串通，少审减或不审减", "思想道德", "二级", "工程量双人核对，审减情况复核抽查。"),
        ]),
        ("工程审计二股", "审计员", "浑昀樨", "general", [
            ("中介机构监督", "对外聘中介机构审计质量不复核", "业务流程", "二级", "中介机构审计成果百分之百复核。"),
            ("审计资料管理", "泄露工程审计资料和审定金额", "外部环境", "三级", "审计资料专柜存放，借阅登记。"),
        ]),
        ("综合股", "会计", "雒翾澐", "general", [
            ("中介服务费支付", "中介服务费不按合同和考核结果支付", "制度机制", "三级", "服务费凭考核结果和审批单支付。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None, None)
    return _layout(
        "dongpo_investment_audit_center_duties", "https://www.audit.gov.cn/n6/n1558/c112282/content.html",
        "区政府投资审计中心 廉政风险防控责任清单, after the source's 代建制下跟踪审计 (投、建、管、用分离, 代建单位, 进度、质量、投资 "
        "control, 三超): ``附件1``, a title, then 序号/股室 merged (中心领导, 工程审计一股, 工程审计二股, 综合股)/岗位 and 责任人 "
        "merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dongpo_statistics_bureau_two_sheets() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 10, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("寿珮燊", "局长", "主持全面工作，分管综合股", [
            ("对下级统计机构虚报数据的问题不查处、不问责", "高风险", "统计数据质量问题一律移送，查处结果通报。"),
            ("以考核、评比为由授意调整统计数据", "高风险", "统计数据审核发布集体研究，留存审核记录。"),
        ]),
        ("沃翀谧", "副局长", "分管统计执法监督股、国民经济综合统计股", [
            ("统计执法检查对象不随机抽取，照顾关系企业", "中风险", "检查对象和执法人员“双随机”抽取，结果公开。"),
            ("对企业统计违法行为降格处理", "高风险", "处罚决定经局务会集体讨论。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], BANDS[lv])
    _per_person(lead, first, None, 1, 2, 3)
    dept = _Sheet("股室", [6, 16, 12, 9, 36, 10, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("综合股", "股长", "薄琬霁", "middle", [
            ("办公用品和印刷采购不比价，虚开发票", "低风险", "采购三家比价，发票逐张查验。"),
        ]),
        ("统计执法监督股", "股长", "戈熠瑄", "middle", [
            ("统计执法检查前向被检查单位通风报信", "高风险", "检查计划保密，检查对象临时抽取。"),
            ("立案调查不按程序，以罚代改", "中风险", "立案、调查、处罚分离，案卷评查。"),
        ]),
        ("统计执法监督股", "统计执法检查员", "豆霁骐", "general", [
            ("检查中对原始记录、统计台账缺失不如实记录", "中风险", "检查记录当场由被检查单位签字确认。"),
            ("接受被检查单位宴请、礼品", "低风险", "检查人员签订廉洁承诺，拒收登记。"),
        ]),
        ("国民经济综合统计股", "统计员", "栾砚蓁", "general", [
            ("审核企业联网直报数据时擅自修改", "高风险", "数据修改须企业书面确认，系统留痕。"),
            ("提前泄露未发布的统计数据", "中风险", "数据发布前严格保密，接触人员登记。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], BANDS[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "dongpo_statistics_bureau_two_sheets", "http://casz.cn/gi_news/561174236723712",
        "区统计局 廉政风险防控表 in two sheets, after the source's 市统计局 统计执法“双随机”抽查 办法 (随机抽取检查对象和执法检查人员, "
        "原始记录, 统计台账, 统计资料): ``局领导`` (title, 序号/姓名/职务/分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``股室`` (title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); levels "
        "``高风险/中风险/低风险``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dongpo_census_center_selfchecks() -> dict:
    unit = f"{PLACE}统计普查中心"
    t = _Truth(unit)
    people = [
        ("竺泠茉", "中心领导", "主任", "leader", [
            ("普查经费使用不经集体研究", "高", "经费支出经中心会议研究，按季度公开。", "已落实"),
            ("授意普查员按指定数值填报", "高", "普查数据严格按实填报，一案双查。", "未发现问题"),
            ("普查员选聘优亲厚友", "中", "选聘条件和结果公示。", "未发现问题"),
        ]),
        ("麻昱璘", "普查业务股", "股长", "middle", [
            ("数据核查走过场，对异常数据不追查", "中", "异常数据逐条核查，核查记录存档。", "已整改"),
            ("普查员劳务补助虚报冒领", "中", "补助按工作量核定，名单公示。", "未发现问题"),
        ]),
        ("凌筠潆", "数据处理股", "数据审核员", "general", [
            ("审核中擅自修改普查对象填报的数据", "高", "数据修改经普查对象确认，系统留痕。", "未发现问题"),
            ("泄露普查对象的单项调查资料", "低", "单项资料专人管理，查询登记。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"股{GAP}室", f"岗{GAP}位", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dongpo_census_center_selfchecks", "https://www.fudaoke.com/exam/3111407.html",
        "区统计普查中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 统计造假专项治理 "
        "(自查自纠, 数据核查, 重点执法, 统计督察, 一案双查): a title, a LABEL ROW ``姓　名 | 股　室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | "
        "中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def dongpo_review_center_list() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 20, 38, 13, 10, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鄢琛岱", "leader", "评审结论审定", "对评审分歧不经联席会议，个人拍板审定",
         "制度机制风险", "一级风险", "评审分歧提交评审联席会议集体讨论。"),
        ("中心领导", "副主任", "隆韫瑨", "leader", "协作单位选用", "委托评审的协作单位不按规定选取，指定关系单位",
         "外部环境风险", "一级风险", "协作单位从名录库随机抽取，委托情况公示。"),
        ("评审一股", "股长", "晏璟旻", "middle", "预算评审", "与建设单位串通，高估冒算评审预算",
         "岗位职责风险", "一级风险", "评审报告交叉复核，重点项目聘请项目监督员。"),
        ("评审一股", "股长", "晏璟旻", "middle", "评审进度", "故意拖延评审，向建设单位索要好处",
         "思想道德风险", "二级风险", "评审时限公开，超期预警。"),
        ("评审一股", "评审员", "覃芷霖", "general", "现场勘查", "现场勘查不到位，勘查记录与实际不符",
         "业务流程风险", "二级风险", "勘查两人以上，勘查记录由建设单位签字确认。"),
        ("评审一股", "评审员", "覃芷霖", "general", "工程量核对", "核对中接受施工单位宴请，少审减",
         "思想道德风险", "二级风险", "工程量核对表双人签字，审减结果复核。"),
        ("综合股", "协审管理员", "蔺沨瑗", "general", "协作单位考评", "对协作单位绩效考评打人情分",
         "业务流程风险", "三级风险", "考评指标量化，考评结果公示。"),
        ("综合股", "协审管理员", "蔺沨瑗", "general", "评审资料收发", "评审资料收发不登记，泄露送审金额",
         "岗位职责风险", "三级风险", "资料收发登记，送审金额保密。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None, None)
    return _layout(
        "dongpo_review_center_list",
        "http://www.shanhaiguan.gov.cn/home/details?code=YnVtZW5kb25ndGFp&id=100006",
        "区财政投资评审中心 岗位廉政风险防控一览表, after the source's 区 财政投资评审 work (评审信息反馈, 评审联席会议, 建设单位, "
        "委托评审单位, 绩效考评): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/股室 merged "
        "(中心领导, 评审一股, 综合股)/岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def dongpo_nontax_center_groups() -> dict:
    unit = f"{PLACE}非税收入征收管理中心"
    sh = _Sheet("一览表", [6, 10, 9, 40, 11, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "亓琛霂", "leader", [
                ("非税收入汇缴结算户资金不按时划解国库", "制度机制", "Ⅰ", "汇缴结算户资金按规定时限划解，每月对账。"),
                ("代理银行选定不经集体研究", "外部环境", "Ⅰ", "代理银行公开比选，结果报局党组审定。"),
            ]),
        ]),
        ("二、征收管理股", "征收管理股", [
            ("股长", "昝颀翾", "middle", [
                ("擅自减免、缓征非税收入", "岗位职责", "Ⅰ", "减免缓征按规定审批并公示。"),
            ]),
            ("征收员", "冼韵澧", "general", [
                ("执收单位应缴未缴不催缴", "岗位职责", "Ⅱ", "应缴未缴清单按月通报执收单位。"),
                ("收缴数据与银行到账不核对", "业务流程", "Ⅲ", "收缴数据每日与代理银行核对。"),
            ]),
        ]),
        ("三、票据管理股", "票据管理股", [
            ("票据管理员", "訾蓁屺", "general", [
                ("财政票据发放不登记，违规发放空白票据", "业务流程", "Ⅱ", "票据领用凭购领证登记，核旧领新。"),
                ("票据核销审核不严", "制度机制", "Ⅱ", "票据核销逐本审核，作废票据全联收回。"),
            ]),
            ("会计", "眭蓼沅", "general", [
                ("非税收入退付审核把关不严", "思想道德", "Ⅲ", "退付凭原始票据和审批单办理。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 7)
    sh.add("制表人：", None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "dongpo_nontax_center_groups", "https://qikantianxia.com/a/key4zc7nx750.html",
        "区非税收入征收管理中心 岗位廉政风险防控一览表, after the source's 非税收入收缴模式 (执收单位, 代理银行, 财政专户, 直接缴库 and "
        "集中汇缴, 票据): a title, 序号/岗位/姓名 (merged per person)/廉政风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、征收管理股``, ``三、票据管理股`` merged across (no 股室 column); a merged "
        "``注：`` line on the grades and a ``制表人： | 审核人： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dongpo_finance_bureau_outline_tree(),
    dongpo_treasury_payment_posts(),
    dongpo_audit_bureau_cards(),
    dongpo_investment_audit_center_duties(),
    dongpo_statistics_bureau_two_sheets(),
    dongpo_census_center_selfchecks(),
    dongpo_review_center_list(),
    dongpo_nontax_center_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch324-inbox"))

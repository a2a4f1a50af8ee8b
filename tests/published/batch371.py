"""The three-hundred-and-seventy-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 财政 and
税费 bodies, 临渭区 (the district of 渭南 on the 渭河, its staff Han) — the 区财政局, its 国库集中支付
中心, 政府采购中心, 非税收入管理中心 and 财政投资评审中心, two 镇财政所 (故市 and 下邽) and the district's
税务局 (国家税务总局渭南市临渭区税务局) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or
自查表 its staff typed in WPS or Excel:

- the 国库集中支付中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、支付审核股``, ``三、清算核算股``,
  ``四、综合股`` merged across (no 股室 column): ``岗位 | 姓名`` merged per person, short types,
  ``一级/二级/三级``, a 填表人/审核人/date line;
- the 政府采购中心's 防控卡, one sheet a holder (tabs 主任, 采购业务股股长, 项目经办人): two rows of pairs
  ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 持卡时间 | …``, then ``序号 | 工作环节 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line,
  ``持卡人签字： | … | 中心纪检监督员：``;
- the 非税收入管理中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 故市镇财政所's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 职　务 | 填表时间`` over a row of values (no 股室: the 所 is a few posts), then
  ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``, ``高风险/中风险/低风险``, no type column,
  ``本人签名： | … | 所长意见：``;
- the 下邽镇财政所's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``岗位 |
  责任人`` written out on EVERY row (nothing merged, no 股室), short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by
  a ``注：`` line;
- the 税务局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged — 股 and 税务分局 —, ``岗位`` and ``姓名`` merged per person),
  ``一级风险/二级风险/三级风险``, no type column, a 制表/审核/date line under each;
- the 财政投资评审中心's 责任清单: ``股室`` merged, ``岗位`` and ``姓名`` merged per person,
  ``职责事项`` before the ``廉政风险点``, short types in ``风险类别``, 高/中/低, an 编制人/审核人/date
  line.

One is harder:

- ``linwei_finance_bureau_three_tier_holders``: the 区财政局's 廉政风险防控责任清单 whose holders
  are given by THREE NAME COLUMNS AFTER THE MEASURES, the 党风廉政建设责任制's chain of
  responsibility: ``第一责任人 | 直接责任人 | 具体责任人``. ``第一责任人`` names the 局长 on every row
  (merged down the whole table); ``直接责任人`` names the 分管副局长 of the row's 股室 (merged over the
  rows of the 股室 he oversees, the same man over two 股室); ``具体责任人`` names the holder of the
  row's post (merged per person; a 股长 and a 科员 of one 股室 have different ones). A ``注：`` line
  under the table says so: ``局长为第一责任人，分管副局长为直接责任人，股室负责人和岗位工作人员为具体
  责任人``. Before them ``股室`` is merged, ``岗位`` merged per person, ``职责事项`` stands before the
  ``廉政风险点``, levels 高/中/低, no type column. The README's 读得懂的表 takes ``直接责任人`` as a
  holder column (``责任人可以在 … 直接责任人 … 等列``), knows ``直接责任人 | 领导责任人`` as
  sub-columns (the direct one holds the post), ``直接责任人：X⏎分管领导：Y`` in one cell, a
  ``责任领导``/``分管领导`` column as a supervisor's, ``责任人（分管领导/岗位责任人）`` written
  ``X/Y``, and ``本人签字 | 科室负责人签字`` columns; it does not describe a three-tier chain in
  which ``直接责任人`` is the 分管领导 (the README's holder word naming a supervisor, one man over
  several 股室 and posts) and the holder is the ``具体责任人`` — the way a 局 writes the 责任制's
  words (主要负责人 第一责任人, 班子成员 一岗双责, 股室负责人 对职责范围内负责) into its 清单.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市财政局's 落实党风廉政建设
“两个责任” 实施办法 — 党组主体责任, 主要负责人 第一责任人, 班子成员 一岗双责, 各科室（单位）负责人,
驻局纪检组 监督责任; a 区国库支付中心's 资金支付风险防控 — 预算指标, 用款计划, 直接支付 and 授权支付,
印鉴保管 by two people, 不相容岗位 分离, 审核、复审、支付、清算 四道; a 政府采购评审专家管理 essay —
评审专家 抽取, 评审权, 采购人 and 供应商 串通, 专家库; a province's 非税收入管理条例 — 执收单位, 减缴、
免缴、缓缴 申请, 退付, 坐支, 过渡性账户; a 市财政局's 乡镇 法治财政 督导 — 乡镇财政所, 小微权力, 内控
制度, 三资 管理; a 镇财政所's 涉农资金 管理 — 台账, 公开公示, 专户管理, 项目 验收; a 省国税局's
工作规则 — 局长负责制, 副局长 分管, 纪检组长, AB角 交叉分管, 局务会议; a piece on the 财政部
财政投资评审中心 — 项目评审, 预算 and 结算 审核, 现场勘查, 资金监管, 评审报告) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames with rare given names, three characters each); every unit is a
body of 临渭区, named with the district's name.

Run ``python tests/published/score.py --set batch371`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder of a row is its ``具体责任人``; ``第一责任人`` (the 局长) and
  ``直接责任人`` (the 分管副局长) are supervisors, holders of their own rows only (on a leader's row
  all the names that are his are the same man); the note is no point; ``职责事项`` is no point and
  names no holder;
- ``局领导`` (a 股室 cell, the 税务局's sheet of its leaders, named so by its tab and title) and
  ``中心领导`` (a group row, a card's 所在股室, a 股室 cell) are the 科室 of those leaders; a 局's and a
  中心's 股 and the 税务局's 税务分局 are 科室; a group row ``二、支付审核股`` gives the 科室
  ``支付审核股`` (its number left off); the two 镇财政所's files have no 股室: their posts stand
  without a 科室;
- every 局, 中心 and 所 here is a unit of its own (a 镇财政所 named ``临渭区故市镇财政所``): 局长, 副局长,
  纪检组长, a 中心's 主任 and 副主任, a 所's 所长 and 副所长 are leaders; 股长 and 分局长 middle; the
  rest (科员, 会计, 出纳, 支付审核员, 清算员, 印鉴管理员, 项目经办人, 票据管理员, 对账员, 总预算会计,
  惠农资金专管员, 村级财务代理会计, 税收管理员, 评审员, 档案管理员) general;
- ``风险点 | 风险表现`` (the 非税收入管理中心's list): the point is the short 风险点; ``工作环节``,
  ``职责事项``, ``分管工作``, ``持卡时间`` and ``自查情况`` are no points and name no holder; the
  非税收入管理中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 下邽镇财政所's note) and ``一级风险/二级风险/
  三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b371_"
PLACE = "临渭区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

CHAIN_UNIT = f"{PLACE}财政局"
CHAIN_HEAD = ("序号", "股室", "岗位", "职责事项", "廉政风险点", "风险等级", "防控措施",
              "第一责任人", "直接责任人", "具体责任人")  # fmt: skip
CHIEF = "隗璆澧"  # 局长: 第一责任人 on every row
DEPUTY_A = "冼珣沨"  # 副局长 over 预算股 and 国库股
DEPUTY_B = "阚琤岵"  # 副局长 over 政府采购监督管理股 and 农业农村股
# (股室, 岗位, 具体责任人, tier, 直接责任人, [(职责事项, 廉政风险点, 等级, 防控措施)])
CHAIN_ROWS = [
    ("局领导", "局长", CHIEF, "leader", CHIEF, [
        ("预算安排", "年度预算安排和大额资金调度不经党组会集体研究", "高",
         "“三重一大”事项党组会集体决策，会议纪要存档。"),
        ("干部选任", "股室负责人调整中搞个人意志、亲疏有别", "中", "干部调整经党组会研究，全程纪实。"),
    ]),
    ("局领导", "副局长", DEPUTY_A, "leader", DEPUTY_A, [
        ("专项资金分配", "为特定单位争取、多分专项资金，收受好处", "高", "专项资金分配方案集体研究并公开。"),
    ]),
    ("局领导", "副局长", DEPUTY_B, "leader", DEPUTY_B, [
        ("采购监管", "对分管领域政府采购项目打招呼、插手干预", "高", "插手干预事项如实登记，按季度报告驻局纪检组。"),
    ]),
    ("预算股", "股长", "郜沚樾", "middle", DEPUTY_A, [
        ("部门预算审核", "部门预算审核中放宽标准，为关系单位多安排项目资金", "高", "预算审核实行初审、会审两道程序。"),
        ("预算追加调整", "预算追加、调整审核把关不严", "中", "追加调整事项报局务会研究。"),
    ]),
    ("预算股", "科员", "殳湉峤", "general", DEPUTY_A, [
        ("预算指标录入", "预算指标录入一体化系统时随意改动数据", "低", "指标录入双人复核，系统留痕。"),
    ]),
    ("国库股", "股长", "仉濛珺", "middle", DEPUTY_A, [
        ("库款调度", "违规调度库款、出借财政资金", "高", "库款调度经分管领导和局长审批。"),
        ("公款竞争性存放", "公款存放银行选择中收受银行好处", "高", "存放银行经竞争性评审确定，结果公示。"),
    ]),
    ("国库股", "会计", "羿湝琮", "general", DEPUTY_A, [
        ("总预算会计核算", "总预算会计账务处理不及时、随意调账", "中", "每月对账，调账事项书面审批。"),
    ]),
    ("政府采购监督管理股", "股长", "邰澂岫", "middle", DEPUTY_B, [
        ("采购方式审批", "违规批准单一来源采购或变更采购方式", "高", "采购方式变更经专家论证并公示。"),
        ("投诉处理", "政府采购投诉处理偏袒一方", "中", "投诉处理集体研究，结果书面答复。"),
    ]),
    ("农业农村股", "股长", "宓瀞岑", "middle", DEPUTY_B, [
        ("涉农资金分配", "涉农整合资金分配不按因素法测算", "中", "分配因素和测算结果公开。"),
        ("惠农补贴监管", "对镇财政所惠农补贴发放监管不力", "低", "每年抽查镇财政所惠农补贴发放台账。"),
    ]),
]  # fmt: skip
CHAIN_NOTE = (
    "注：按照党风廉政建设责任制，局长为第一责任人，分管副局长为直接责任人，股室负责人和岗位工作人员为"
    "具体责任人。风险等级分高、中、低三级。"
)


def linwei_finance_bureau_three_tier_holders() -> dict:
    unit = CHAIN_UNIT
    ncols = len(CHAIN_HEAD)
    sh = _Sheet("责任清单", [6, 12, 8, 14, 34, 8, 30, 10, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 20}填报时间：2025年3月", ncols)
    sh.add(*CHAIN_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, direct, points in CHAIN_ROWS:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, duty, point, lv, measures, CHIEF, direct, who)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 9)
    _merge_down(sh, first, [(7, lambda row: row[7]), (8, lambda row: row[8])])
    _line(sh, CHAIN_NOTE, ncols)
    sh.add("填报人：", None, None, "审核人：", None, None, None, "2025年3月", None, None)
    return _layout(
        "linwei_finance_bureau_three_tier_holders", "http://czj.jiaozuo.gov.cn/article/14859.html",
        "(harder) 区财政局 廉政风险防控责任清单, after the source's 市财政局 落实党风廉政建设“两个责任”实施办法 (主要负责人 "
        "第一责任人, 班子成员 一岗双责, 各科室负责人 对职责范围内负责): a title, a merged ``填报单位：…　填报时间：2025年3月`` "
        "line, then 序号/股室 merged/岗位 merged per person/职责事项/廉政风险点/风险等级 高/中/低/防控措施 and THREE NAME "
        "COLUMNS ``第一责任人 | 直接责任人 | 具体责任人``: the 局长 merged down every row, the 分管副局长 merged over the "
        "股室 he oversees, and the post's own holder merged per person (the holder); a merged ``注：`` line naming "
        "the chain (局长 第一责任人, 分管副局长 直接责任人, 股室负责人和岗位工作人员 具体责任人) and a 填报人/审核人/date "
        "line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def linwei_treasury_payment_center_group_rows() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "谯沨珂", "leader", [
                ("大额直接支付审批不经集体研究，个人说了算", "制度机制", "一级", "大额支付实行中心办公会集体审定。"),
                ("为预算单位违规办理无指标、超计划支付打招呼", "思想道德", "一级", "支付审批全程留痕，按月报局党组。"),
            ]),
            ("副主任", "阙泠琇", "leader", [
                ("授权支付额度下达审核把关不严", "岗位职责", "二级", "额度下达与用款计划逐笔核对。"),
            ]),
        ]),
        ("二、支付审核股", "支付审核股", [
            ("股长", "厍濯珈", "middle", [
                ("支付凭证复审走过场，对疑点支付放行", "岗位职责", "一级", "疑点支付暂停办理，书面说明后复审。"),
            ]),
            ("支付审核员", "昝湄岍", "general", [
                ("接受预算单位宴请，优先或违规审核支付", "外部环境", "二级", "审核按受理顺序办理，签订廉洁承诺。"),
                ("对不符合规定的支付申请不退回", "业务流程", "二级", "拒付情形清单化，拒付登记台账。"),
            ]),
        ]),
        ("三、清算核算股", "清算核算股", [
            ("清算员", "訾岚澔", "general", [
                ("与代理银行清算数据不符不及时查明", "业务流程", "二级", "每日与代理银行、人民银行对账。"),
            ]),
            ("会计", "郗琬沄", "general", [
                ("会计核算中随意调整科目、虚列支出", "岗位职责", "三级", "凭证三级审核，月末对账。"),
            ]),
        ]),
        ("四、综合股", "综合股", [
            ("印鉴管理员", "暨湲峥", "general", [
                ("单位印鉴、负责人印鉴一人保管或违规借出", "制度机制", "一级", "两枚印鉴分人专柜保管，人离章收。"),
                ("业务系统口令、证书外借他人操作", "思想道德", "三级", "口令定期更换，证书使用登记。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年3月", None)
    return _layout(
        "linwei_treasury_payment_center_group_rows", "http://www.ydnews.net/cms/show-56991.html",
        "区国库集中支付中心 岗位廉政风险防控一览表, after the source's 区国库支付中心 资金支付风险防控 (预算指标, 用款计划, 直接支付 "
        "and 授权支付, 印鉴 two people 专柜保管, 不相容岗位 分离, 审核、复审、支付、清算 四道): a title, 序号/岗位/姓名/风险点/"
        "风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS ``一、中心领导``, ``二、支付审核股``, "
        "``三、清算核算股``, ``四、综合股`` merged across (no 股室 column); 岗位 and 姓名 merged per person; a 填表人/审核人/"
        "date line",
        [sh], t,
    )  # fmt: skip


def linwei_procurement_center_cards() -> dict:
    unit = f"{PLACE}政府采购中心"
    t = _Truth(unit)
    cards = [
        ("主任", "濮珞澂", "主任", "中心领导", "leader", [
            ("采购文件审定", "对采购需求中的倾向性条款不予纠正", "岗位职责风险", "★★★", "采购文件经内部会审，法律顾问审核。"),
            ("评审专家管理", "干预评审专家抽取或向供应商泄露专家名单", "制度机制风险", "★★★", "专家随机抽取，名单开标前保密。"),
            ("质疑答复", "对供应商质疑答复拖延、偏袒", "思想道德风险", "★★", "质疑答复集体研究，限时办结。"),
        ]),
        ("采购业务股股长", "蔺泓璟", "股长", "采购业务股", "middle", [
            ("开标组织", "开标时放任投标人串通，记录不实", "业务流程风险", "★★", "开标全程录音录像，记录双人签字。"),
            ("采购合同备案", "合同条款与采购文件不一致不予纠正", "岗位职责风险", "★", "合同备案逐项比对采购文件。"),
        ]),
        ("项目经办人", "晏沄璠", "项目经办人", "采购业务股", "general", [
            ("采购公告发布", "延迟发布或缩短公告期限，限制供应商参与", "业务流程风险", "★★★", "公告发布系统自动计时，股长复核。"),
            ("评审现场服务", "接受供应商宴请、礼品，私下接触评审专家", "外部环境风险", "★★", "评审区封闭管理，通讯工具集中保管。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 14, 36, 13, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None, None)
        sh.add("所在股室", dept, "持卡时间", "2025年4月", None, None)
        sh.add("序号", "工作环节", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "中心纪检监督员：", None, None)
        sheets.append(sh)
    return _layout(
        "linwei_procurement_center_cards", "http://scshapp.com/info/detail/20150514_1506350.html",
        "区政府采购中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 采购业务股股长, 项目经办人), after the source's 政府采购"
        "评审专家管理 essay (评审专家 抽取, 评审权, 采购人 and 供应商 串通, 专家库): a title, PAIRS ``姓　名 | … | 职　务 | …`` and "
        "``所在股室 | … | 持卡时间 | …``, then 序号/``工作环节``/廉政风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; "
        "a merged ``注：`` line on the stars and ``持卡人签字： | 中心纪检监督员：``",
        sheets, t,
    )  # fmt: skip


def linwei_nontax_center_posts() -> dict:
    unit = f"{PLACE}非税收入管理中心"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 12, 9, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("减缴免缓审核", "对执收单位报送的减缴、免缴、缓缴申请审核把关不严，为关系人开口子", "岗位职责风险", "Ⅰ级",
             "减免缓事项集体审核，按月公开。"),
            ("征管经费安排", "征管经费安排不经集体研究", "制度机制风险", "Ⅱ级", "经费安排经中心办公会研究。"),
        ]),
        ("票据管理股", "股长", "middle", [
            ("票据发放", "向不符合条件的单位发放非税收入票据", "岗位职责风险", "Ⅱ级", "票据领购资格审核留档。"),
            ("票据核销", "票据核销走过场，对缺号、作废票据不查明", "业务流程风险", "Ⅱ级", "核销逐本逐号比对系统数据。"),
        ]),
        ("票据管理股", "票据管理员", "general", [
            ("票据保管", "空白票据保管不善、私自出借", "思想道德风险", "Ⅲ级", "空白票据专柜保管，出入库登记。"),
        ]),
        ("收入征管股", "股长", "middle", [
            ("非税收入退付", "对不符合条件的退付申请审核同意", "岗位职责风险", "Ⅰ级", "退付事项逐笔核实、分管领导审批。"),
            ("执收检查", "对执收单位坐支、截留非税收入的问题不查处", "外部环境风险", "Ⅰ级", "检查结果通报，问题移交处理。"),
        ]),
        ("收入征管股", "对账员", "general", [
            ("汇缴结算账户对账", "汇缴结算账户资金不及时划解国库，滞压资金", "业务流程风险", "Ⅱ级",
             "每日与代收银行对账，按期划解。"),
            ("收缴数据统计", "收缴数据统计不实，虚增或瞒报收入", "岗位职责风险", "Ⅲ级", "统计数据与国库数据核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "linwei_nontax_center_posts", "https://code.fabao365.com/law_563541_2.html",
        "区非税收入管理中心 岗位廉政风险点排查表 对岗不对人, after the source's 非税收入管理条例 (执收单位, 减缴、免缴、缓缴 申请, "
        "退付, 坐支, 过渡性账户, 代理银行): a title, 序号/股室 merged/岗位 merged/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def linwei_gushi_finance_office_selfchecks() -> dict:
    unit = f"{PLACE}故市镇财政所"
    t = _Truth(unit)
    people = [
        ("芮峣湉", "所长", "leader", [
            ("镇级财政资金拨付审核把关不严，先拨后补手续", "高风险", "拨付凭预算指标和审批单办理。", "已落实"),
            ("所内公用经费开支不经所务会研究", "中风险", "开支按额度分级审批，所务会公开。", "已落实"),
        ]),
        ("缑沐琰", "总预算会计", "general", [
            ("镇级总预算会计账务随意调整", "中风险", "调账事项书面说明，所长审批。", "正在整改"),
            ("村级代理账务报账单据审核不严", "高风险", "报账单据村、镇两级签字后入账。", "已落实"),
            ("财务档案管理不善，凭证缺失", "低风险", "档案按年装订归档，专柜保管。", "已落实"),
        ]),
        ("逯湛琪", "惠农资金专管员", "general", [
            ("惠农补贴资金发放名单审核不严，虚报冒领", "高风险", "发放名单村级公示、镇级复核。", "已落实"),
            ("通过“一卡通”发放补贴时延迟发放或截留", "中风险", "发放结果逐户核对，按季公开。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"职{GAP}务", "填表时间", None, None)
        sh.add(who, post, "2025年4月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "linwei_gushi_finance_office_selfchecks", "http://ezhou.cjyun.org/p/102168.html",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市财政局 乡镇 法治财政 "
        "督导 (乡镇财政所, 小微权力, 内控制度, 三资 管理, 村级): a title, a label row ``姓　名 | 职　务 | 填表时间`` over a row "
        "of values (no 股室), then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a "
        "blank row and ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def linwei_xiagui_finance_office_every_row() -> dict:
    unit = f"{PLACE}下邽镇财政所"
    sh = _Sheet("一览表", [6, 16, 10, 38, 10, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年4月", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "檀岷湘", "leader", "涉农整合资金项目验收不到场即签字拨款", "岗位职责", "Ⅰ",
         "项目验收所长带队到场，验收资料存档。"),
        ("所长", "檀岷湘", "leader", "涉农资金专户资金违规转出", "制度机制", "Ⅰ", "专户资金支出经镇政府联审。"),
        ("副所长", "亓霂琤", "leader", "涉农资金台账登记不全，项目去向不清", "业务流程", "Ⅱ", "台账按资金名称、来源、去向逐项登记。"),
        ("出纳", "鄂沛瑜", "general", "坐支现金、公款私存", "思想道德", "Ⅰ", "现金日清月结，所长不定期盘点。"),
        ("出纳", "鄂沛瑜", "general", "银行票据、网银U盾一人保管", "制度机制", "Ⅱ", "票据、U盾分人保管。"),
        ("村级财务代理会计", "钭汭琼", "general", "为村级虚假票据入账，套取集体资金", "外部环境", "Ⅰ",
         "村级报账单据逐张审核，大额支出核实。"),
        ("村级财务代理会计", "钭汭琼", "general", "村级财务收支公开不及时、不全面", "岗位职责", "Ⅲ", "每季度张榜公开，资料留存。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "2025年4月", None)
    source = (
        "http://kunming.baogaosu.com/xinwen/%E8%B4%A2%E6%94%BF%E6%89%80%E5%9B%9B%E9%A1%B9%E4%B8%BE%E6%8E%AA"
        "%E5%BC%BA%E5%8C%96%E6%B6%89%E5%86%9C%E8%B5%84%E9%87%91%E7%AE%A1%E7%90%86/36235093/"
    )
    return _layout(
        "linwei_xiagui_finance_office_every_row", source,
        "镇财政所 岗位廉政风险防控一览表, after the source's 镇财政所 涉农资金 管理 (台账, 公开公示, 专户管理, 专人负责, 项目 "
        "检查验收): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年4月`` line, then 序号/岗位/责任人 written "
        "out on EVERY row (nothing merged, no 股室)/风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged "
        "``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def linwei_tax_bureau_two_sheets() -> dict:
    unit = f"国家税务总局渭南市{PLACE}税务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 36, 10, 30])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "酆湛璐", "主持全面工作", [
            ("重大事项不经局务会议集体讨论决定", "一级风险", "重大事项局务会议决定，纪要存档。"),
            ("干部选拔任用中打招呼、搞平衡", "一级风险", "选任程序全程纪实，结果公示。"),
        ]),
        ("副局长", "沃琨泷", "分管征收管理、纳税服务", [
            ("对企业欠税、减免税事项说情打招呼", "一级风险", "减免税事项集体审议，说情登记报告。"),
            ("纳税服务中违规向中介机构推荐业务", "二级风险", "办税服务厅不得推荐中介，设举报电话。"),
        ]),
        ("纪检组长", "乜珩溆", "负责纪检监督", [
            ("对问题线索压案不查、选择性处置", "二级风险", "问题线索集体排查，处置情况向上级报告。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, items in leaders:
        for point, lv, measures in items:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], RISKS[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, None, "审核：", None, "2025年4月", None)
    dept = _Sheet("股室", [6, 18, 11, 9, 36, 10, 30])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("征收管理股", "股长", "仝渌岷", "middle", [
            ("非正常户认定和解除审核不严", "二级风险", "认定解除实行两级复核。"),
            ("发票领用额度违规调增", "一级风险", "额度调整经风险评估，系统留痕。"),
        ]),
        ("社会保险费和非税收入股", "股长", "闵澴琪", "middle", [
            ("社保费缓缴、减免审核不严", "二级风险", "缓缴减免按政策清单审核，结果公开。"),
        ]),
        ("第一税务分局", "分局长", "佴琦沣", "middle", [
            ("对辖区企业税务检查降格处理、以补代罚", "一级风险", "检查结论集体审理，处理结果复核。"),
        ]),
        ("第一税务分局", "税收管理员", "郏湜岚", "general", [
            ("接受纳税人宴请、礼品，对涉税问题放任不管", "二级风险", "定期轮岗，管户情况随机抽查。"),
            ("核定定额时人情定税", "三级风险", "定额核定集体评议，公示五个工作日。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, items in rows:
        for point, lv, measures in items:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "linwei_tax_bureau_two_sheets",
        "https://xiexiebang.com/a5/2019051318/507fda6cfa0923d1.html",
        "区税务局 廉政风险防控表 in two sheets, after the source's 省国税局 工作规则 (局长负责制, 副局长 分管, 纪检组长, AB角 交叉"
        "分管, 局务会议): ``局领导`` (a title, 序号/职务/姓名/分管工作 merged per leader/廉政风险点/风险等级/防控措施) and ``股室`` "
        "(a title, 序号/股室 merged — 股 and 第一税务分局 —/岗位 and 姓名 merged per person/廉政风险点/风险等级/防控措施); "
        "levels ``一级风险/二级风险/三级风险``; no type column; a 制表/审核/date line under each",
        [lead, dept], t,
    )  # fmt: skip


def linwei_investment_review_center_duties() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 10, 9, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "职责事项", "廉政风险点", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "主任", "禤泠峋", "leader", [
            ("评审结论审定", "对审减额度大的项目评审结论随意调整", "制度机制", "高", "评审结论集体会审，调整说明存档。"),
            ("协审机构选用", "指定或轮空协审机构，收受好处", "思想道德", "高", "协审机构随机选取，分配情况公开。"),
        ]),
        ("中心领导", "副主任", "蒯洵瑶", "leader", [
            ("评审进度管理", "故意拖延评审进度，向建设单位施压", "岗位职责", "中", "评审时限公开，超时说明。"),
        ]),
        ("评审一股", "股长", "濮沣瑾", "middle", [
            ("预算评审", "预算评审中虚增工程量和单价", "业务流程", "高", "评审底稿复核，工程量抽查。"),
            ("结算评审", "结算评审接受施工单位请托，审减不实", "外部环境", "中", "结算评审与跟踪审计结果比对。"),
        ]),
        ("评审一股", "评审员", "扈涟岍", "general", [
            ("现场勘查", "现场勘查不到位，凭资料出具意见", "岗位职责", "中", "勘查两人以上，影像资料存档。"),
            ("评审资料", "泄露评审资料和评审结果", "思想道德", "低", "评审资料专人管理，借阅登记。"),
        ]),
        ("综合股", "档案管理员", "阙澜瑄", "general", [
            ("评审档案", "评审档案缺失、事后补签", "业务流程", "低", "档案按项目立卷，限期归档。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, d, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, None, "审核人：", None, None, "2025年4月", None, None)
    return _layout(
        "linwei_investment_review_center_duties",
        "https://www.rjut.cn/mark/jmczbcztzpszxjmcztzdmmwq.html",
        "区财政投资评审中心 廉政风险防控责任清单, after the source's piece on the 财政投资评审中心 (项目评审, 预算 and 结算 审核, 现场"
        "检查, 资金监管, 评审报告): a title, then 序号/股室 merged (中心领导, 评审一股, 综合股)/岗位 and 姓名 merged per person/"
        "``职责事项``/廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linwei_finance_bureau_three_tier_holders(),
    linwei_treasury_payment_center_group_rows(),
    linwei_procurement_center_cards(),
    linwei_nontax_center_posts(),
    linwei_gushi_finance_office_selfchecks(),
    linwei_xiagui_finance_office_every_row(),
    linwei_tax_bureau_two_sheets(),
    linwei_investment_review_center_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch371-inbox"))

"""The six-hundred-and-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 供销合作社
and 国有资产 bodies, 永宁县 (of 银川市, 宁夏) — its 供销合作社联合社, 农业生产资料有限公司, 供销资产经营
有限公司, 国有资本投资运营有限公司, 望洪供销合作社 (a 基层社), 供销农资配送中心 and 国有资产监督管理
办公室 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 供销合作社联合社's 一览表 in TWO SHEETS: ``社领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农业生产资料有限公司's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 供销资产经营有限公司's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 国有资本投资运营有限公司's 责任清单 under GROUP ROWS ``一、公司领导`` … ``三、风控法务部`` merged
  across (no 部门 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 望洪供销合作社's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 供销农资配送中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 国有资产监督管理办公室's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yongning_urban_investment_mind_map``: the 城市建设投资有限公司's 廉洁风险防控 MIND MAP as XMind (or
  WPS 思维导图) exports it to Excel: no title, one heading row ``中心主题 | 分支主题 | 子主题 | 子主题 |
  子主题 | 子主题`` naming only the TREE DEPTH, one row a leaf; each node written once, on the first row
  of its subtree, the rows below left blank (nothing merged); depth 1 the map's title, depth 2 the
  部门 (``公司领导``, ``工程管理部`` …), depth 3 the holder ``部长　邴湉珝`` (post, a full-width space,
  name), depth 4 the risk point, depth 5 ``风险等级：高`` and depth 6 ``防控措施：…``. The README's
  读得懂的表 knows trees in ONE column (``编码 | 部门／岗位／廉政风险点``, ``科室／岗位／风险点`` by
  indent, ``编号 | 上级编号`` nodes, pivot 行标签) and headings it can read by content; it does not
  describe a tree spread ACROSS columns by depth under headings that say only 中心主题/分支主题/子主题,
  where the level and the measures are child nodes written with their labels.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市城投集团 that appoints 一线监督员
for 清廉国企 — 内控管理, 廉洁风险, 管理漏洞; an article on 深化供销合作社综合改革 — 联合社治理机制,
基层社改革, 社有资产; a reader's letter on 化肥供应中的“后门” — 关系户, 县社供销部门 扣留化肥; a
供销合作社社有资产监督管理办法 送审稿 — 社有出资企业, 保值增值; a 县 的 县属国有企业监督管理 and
国有资本运营公司管理 暂行办法 — 经营业绩考核, 负责人薪酬; a 市供销社 化肥淡季储备 — 承储企业,
储备计划, 承储协议; a 区供销联社 农资公司 化肥储备 — 仓库, 农资直销店, 配送; a 县 企业国有资产
监督管理暂行办法 — 县国资局, 出资人职责, 产权) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 邴 and 郗 with rare given names); every unit is a body of 永宁县.

Run ``python tests/published/score.py --set batch601`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a depth-4 node is a risk point of the holder above it (depth 3: post before
  the full-width space, name after it) in the 部门 above that (depth 2), its level the depth-5
  node below it (``风险等级：中`` is 2) and its measures the depth-6 node; the depth-1 node (the
  map's title) is no point; ``公司领导`` is the 部门 of the 董事长 and 总经理 (as a 处室 cell
  ``校领导`` is in earlier batches);
- ``社领导``, ``公司领导``, ``中心领导``, ``办公室领导`` (a sheet, a group row, a 部门 cell, a 股室 cell)
  are the 部门 of those leaders; the 联合社's leaders (sheet ``社领导``, no 科室 column) and the
  cards' leaders have no 部门; a company's 部, a 联合社's 科, a 中心's 部/室 and an 办公室's 股 are 部门;
  a group row ``二、投资发展部`` gives the 部门 ``投资发展部`` (its number left off);
- 理事会主任, 理事会副主任, 董事长, 总经理, 副总经理, a 基层社's 主任/副主任, a 中心's and an 办公室's
  主任 are leaders; 科长, 股长, 部长 middle; the rest (会计, 出纳, 科员, 业务员, 保管员, 管理员, 项目
  管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 农资公司's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低, ``风险等级：高`` and
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

PREFIX = "b601_"
PLACE = "永宁县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
LEVEL_NODE = "风险等级："
MEASURES_NODE = "防控措施："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 部门 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the map's branches: (部门, [(post, name, tier, [(point, 高/中/低, measures)])])
BRANCHES = [
    ("公司领导", [
        ("董事长", "邴翀澍", "leader", [
            ("“三重一大”事项会前未经党支部前置研究", "高", "重大事项清单化管理，党支部会议前置研究并留存纪要。"),
            ("干预工程发包，向施工单位打招呼", "高", "领导干部插手工程项目登记报告，发包结果公示。"),
        ]),
        ("总经理", "郗昶霁", "leader", [
            ("融资中介机构选定不经比选", "高", "融资中介服务机构三家以上比选，董事会审议。"),
            ("公司车辆、办公用房超标配置", "低", "资产配置按标准执行，每年自查。"),
        ]),
    ]),
    ("工程管理部", [
        ("部长", "邴湉珝", "middle", [
            ("设计变更、工程签证把关不严，虚增工程量", "高", "变更签证分级审批，跟踪审计单位现场复核。"),
            ("隐蔽工程验收走过场", "中", "隐蔽工程验收留存影像资料，监理、跟踪审计共同签字。"),
        ]),
        ("项目管理员", "郗琮滢", "general", [
            ("接受施工单位宴请和礼品", "中", "签订廉洁承诺书，设立廉洁监督联系卡。"),
        ]),
    ]),
    ("融资财务部", [
        ("部长", "邴瑀岑", "middle", [
            ("违规对外出借资金或提供担保", "高", "对外借款、担保一律经董事会审议并报县国资办备案。"),
            ("工程款拨付不按合同进度", "中", "工程款凭监理、跟踪审计确认的进度支付。"),
        ]),
        ("出纳", "郗沨瑶", "general", [
            ("网银密钥、印鉴一人保管", "中", "财务印鉴和网银密钥分人保管，月末盘点。"),
        ]),
    ]),
    ("资产运营部", [
        ("部长", "邴霆璐", "middle", [
            ("经营性房产低价出租或长期欠租不催收", "高", "资产出租公开招租，建立租金收缴台账。"),
            ("闲置资产处置不评估、不公开", "中", "资产处置先评估、后进场交易。"),
        ]),
    ]),
]  # fmt: skip

MAP_HEADING = ["中心主题", "分支主题", "子主题", "子主题", "子主题", "子主题"]


def yongning_urban_investment_mind_map() -> dict:
    unit = f"{PLACE}城市建设投资有限公司"
    sh = _Sheet("风险防控导图", [26, 12, 18, 40, 14, 42])
    t = _Truth(unit)
    sh.add(*MAP_HEADING)
    centre = f"{unit}廉洁风险防控图"
    first_row = True
    for dept, people in BRANCHES:
        first_dept = True
        for post, who, tier, points in people:
            first_person = True
            for point, lv, measures in points:
                sh.add(centre if first_row else None, dept if first_dept else None,
                       f"{post}{GAP}{who}" if first_person else None, point,
                       f"{LEVEL_NODE}{lv}", f"{MEASURES_NODE}{measures}")  # fmt: skip
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
                first_row = first_dept = first_person = False
    return _layout(
        "yongning_urban_investment_mind_map", "https://hzlz.hangzhou.com.cn/articles/16423.html",
        "(harder) 县城投公司 廉洁风险防控 思维导图 exported to Excel, after the source's 市城投集团 一线监督员 for 清廉国企 "
        "(内控管理体系, 廉洁风险, 管理漏洞, 制度短板): no title, ONE heading row ``中心主题 | 分支主题 | 子主题 | 子主题 | "
        "子主题 | 子主题`` naming only the tree depth; one row a leaf, each node written once on the first row of its "
        "subtree and the rows below blank (nothing merged): depth 1 the map's title, depth 2 the 部门, depth 3 "
        "``部长　邴湉珝`` (post, full-width space, name), depth 4 the risk point, depth 5 ``风险等级：高/中/低``, depth 6 "
        "``防控措施：…``; no type",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yongning_supply_federation_two_sheets() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    t = _Truth(unit)
    lead = _Sheet("社领导", [6, 9, 12, 20, 38, 9, 34])
    _line(lead, f"{unit}社领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邴嶙珏", "理事会主任", "主持全面工作", [
            ("社有资产处置、对外投资不经理事会集体决策", "一级", "社有资产处置和对外投资经理事会研究，报县政府备案。"),
            ("基层社恢复重建项目选址、建设干预插手", "一级", "重建项目按程序公开招标，资金专账核算。"),
        ]),
        ("郗澈琰", "理事会副主任", "分管财务审计、社有企业", [
            ("社有企业负责人考核打分不实", "二级", "考核指标量化，考核结果在系统内公示。"),
            ("项目扶持资金分配优亲厚友", "一级", "扶持资金分配方案集体研究，结果公示七天。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("财务审计科", "科长", "邴泷瑄", "middle", "社有企业财务审计走过场，问题不报告", "一级",
         "审计报告报理事会，问题整改跟踪销号。"),
        ("财务审计科", "科长", "邴泷瑄", "middle", "社员股金清理核对不认真", "二级", "股金台账逐户核对，年度公示。"),
        ("财务审计科", "会计", "郗淼璇", "general", "报销票据审核不严，虚列会议费", "二级", "会议费凭通知、签到、清单报销。"),
        ("合作指导科", "科长", "邴崇湛", "middle", "农民合作社示范社评定把关不严", "二级", "评定实地核查，名单公示。"),
        ("合作指导科", "科长", "邴崇湛", "middle", "为农服务中心建设补助申报审核不实", "三级", "补助申报材料两人审核，现场验收。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "yongning_supply_federation_two_sheets", "https://m.fx361.cc/news/2017/0328/19713229.html",
        "县供销合作社联合社 廉政风险防控一览表 in TWO SHEETS, after the source's article on 深化供销合作社综合改革 "
        "(联合社治理机制, 基层社改革, 社有资产): sheet 社领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with "
        "科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yongning_farm_supplies_company_posts() -> dict:
    unit = f"{PLACE}农业生产资料有限公司"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "leader", "化肥调拨分配", "紧俏化肥优先调给关系户，截留转卖", "岗位职责风险", "高",
         "调拨计划经经理办公会研究，分配去向公示。"),
        ("业务部", "部长", "middle", "进货渠道选择", "指定供货厂家，收受返利", "外部环境风险", "高",
         "供货厂家比选确定，返利全部入账。"),
        ("业务部", "部长", "middle", "淡季储备承储", "虚报储备数量，套取储备补贴", "制度机制风险", "中",
         "储备化肥由县供销社和财政局联合抽查。"),
        ("仓储部", "保管员", "general", "出入库管理", "出入库单据不全，以次充好", "业务流程风险", "中",
         "出入库双人签字，每月盘点。"),
        ("仓储部", "保管员", "general", "残次品处理", "残次化肥私自低价处理", "思想道德风险", "低",
         "残次品处理经集体研究，处置收入入账。"),
        ("门市部", "营业员", "general", "零售收款", "收款不开票，坐支现金", "业务流程风险", "中",
         "统一使用收银系统，日清日结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "yongning_farm_supplies_company_posts", "https://rmrb.online/read-htm-tid-598186-fpage-3.html",
        "县农业生产资料有限公司 岗位廉政风险点排查表 对岗不对人, after the source's reader's letter 堵住化肥供应中的“后门” "
        "(关系户, 县社供销部门 扣下化肥, 私人关系): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yongning_supply_assets_company_selfchecks() -> dict:
    unit = f"{PLACE}供销资产经营有限公司"
    t = _Truth(unit)
    people = [
        ("郗岫霈", "公司领导", "总经理", "leader", [
            ("社有门面房出租不公开招租", "Ⅰ级", "门面房出租进县公共资源交易平台公开招租。", "已落实"),
            ("对外合作项目不经可行性论证", "Ⅱ级", "合作项目论证报告报县供销社理事会审定。", "已落实"),
        ]),
        ("邴琨汐", "资产管理部", "管理员", "general", [
            ("资产台账登记不全，账实不符", "Ⅱ级", "资产台账年度清查，账实核对。", "未发现问题"),
            ("租金减免不按规定报批", "Ⅰ级", "租金减免经总经理办公会研究并报县供销社。", "已落实"),
        ]),
        ("郗澜珣", "财务部", "会计", "general", [
            ("租金收入未及时入账", "Ⅱ级", "租金统一对公收取，按月对账。", "已落实"),
            ("往来款长期挂账不清理", "Ⅲ级", "往来款每季度清理，逾期催收。", "未发现问题"),
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
        sh.add("本人签名：", None, "负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yongning_supply_assets_company_selfchecks", "http://m.51dongshi.net/eedfrcchsarcs.html",
        "县供销资产经营有限公司 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "供销合作社社有资产监督管理办法 送审稿 (社有出资企业, 保值增值, 社有资产): a title, a label row ``姓　名 | 所在部门 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 负责人意见：``",
        sheets, t,
    )  # fmt: skip


def yongning_state_capital_company_group_rows() -> dict:
    unit = f"{PLACE}国有资本投资运营有限公司"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("董事长", "邴峤璇", "leader", [
                ("公司负责人薪酬自定、超标准发放", "一级风险", "薪酬按县国资办核定的考核结果兑现。"),
                ("股权投资项目尽职调查走过场", "一级风险", "投资项目委托第三方尽调，董事会集体决策。"),
            ]),
        ]),
        ("二、投资发展部", "投资发展部", [
            ("部长", "郗砚澂", "middle", [
                ("投资项目可行性研究报告数据失真", "二级风险", "可研报告经专家评审，数据来源留档。"),
            ]),
            ("业务员", "邴泓霏", "general", [
                ("向合作方泄露投资底价", "二级风险", "涉密资料专人保管，签订保密承诺。"),
                ("投后管理报表不及时报送", "三级风险", "投后管理按季度报告，逾期通报。"),
            ]),
        ]),
        ("三、风控法务部", "风控法务部", [
            ("部长", "郗瑷岚", "middle", [
                ("合同法律审核流于形式", "二级风险", "重大合同法律顾问出具书面意见。"),
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
        "yongning_state_capital_company_group_rows",
        "http://www.shanghe.gov.cn/gongkai/site_shanghexianxzfbgsb/channel_63899ef7375991828262ec27/doc_63b02b27a117fcaf81c8f86b.html",
        "县国有资本投资运营有限公司 廉洁风险防控责任清单, after the source's 县属国有企业监督管理 and 国有资本运营公司管理、"
        "负责人经营业绩考核与薪酬管理 暂行办法: a title, 序号/岗位/姓名/廉洁风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、公司领导``, ``二、投资发展部``, ``三、风控法务部`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yongning_wanghong_coop_cards() -> dict:
    unit = f"{PLACE}望洪供销合作社"
    t = _Truth(unit)
    cards = [
        ("主任", "邴潍琛", "主任", "主持基层社全面工作", "leader", [
            ("承储化肥数量虚报，套取淡储补贴", "★★★", "承储数量由县供销社联合社现场核查。"),
            ("基层社门店承包经营费不按合同收取", "★★★", "承包合同公开，承包费对公收取。"),
            ("接受农资厂家宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "郗霓璟", "副主任", "分管农资经营、为农服务", "leader", [
            ("农资赊销不经审批，形成呆账", "★★", "赊销实行额度审批，逐户登记。"),
            ("土地托管服务费收取不公开", "★★", "托管服务价格上墙公示。"),
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
        "yongning_wanghong_coop_cards", "http://chinaccm.com/31/20210825/Sub/228153_7290990.txt",
        "县乡镇基层供销合作社 领导干部廉政风险防控卡, one sheet a leader, after the source's 市供销社 化肥淡季储备 "
        "(承储企业, 储备计划, 承储协议, 货源充足): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yongning_farm_supplies_distribution_list() -> dict:
    unit = f"{PLACE}供销农资配送中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郗翮琪", "leader", "农资直销店加盟审核不严，收受加盟费", "制度机制", "高风险",
         "加盟条件公开，审核结果公示。"),
        ("中心领导", "主任", "郗翮琪", "leader", "配送车辆、仓库租赁不经比价", "岗位职责", "中风险",
         "租赁事项三家比价，经主任办公会研究。"),
        ("仓储部", "部长", "邴湛珈", "middle", "储备化肥质量抽检走过场", "业务流程", "中风险",
         "每批次留样送检，检验报告存档。"),
        ("仓储部", "保管员", "郗芃瑗", "general", "仓库化肥短少不报告", "思想道德", "低风险",
         "每月盘点，盘亏追责。"),
        ("配送部", "业务员", "邴崧珮", "general", "配送价格随意加价", "外部环境", "高风险",
         "配送价格统一标价，直销店上墙公示。"),
        ("财务室", "出纳", "郗昀澧", "general", "货款回笼不及时入账", "业务流程", "中风险",
         "货款对公结算，日清月结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "yongning_farm_supplies_distribution_list", "http://www.cndojo.cn/news/detail/85809.asp",
        "县供销农资配送中心 岗位廉政风险防控一览表, after the source's 区供销联社 农资公司 化肥储备 (储备仓库, 农资直销店, "
        "配送网络): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def yongning_state_assets_office_register() -> dict:
    unit = f"{PLACE}国有资产监督管理办公室"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "邴瑭沅", "leader", [
            ("县属国有企业负责人考核结果打招呼、改分数", "制度机制", "一级", "考核结果经县国资委会议审定并公示。"),
            ("插手国有企业工程发包和物资采购", "思想道德", "一级", "领导干部插手干预重大事项记录报告。"),
        ]),
        ("产权管理股", "股长", "郗骐潆", "middle", [
            ("国有产权转让不进场交易", "岗位职责", "一级", "产权转让一律进场公开交易。"),
            ("产权登记审核把关不严", "业务流程", "二级", "产权登记资料两人审核。"),
        ]),
        ("企业监管股", "科员", "邴瑢澍", "general", [
            ("企业财务快报审核走过场", "岗位职责", "三级", "快报数据与账表比对，异常核实。"),
        ]),
        ("企业监管股", "科员", "郗峥琳", "general", [
            ("泄露企业经营和考核信息", "外部环境", "二级", "签订保密承诺书，资料专柜存放。"),
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
        "yongning_state_assets_office_register",
        "http://sxshilou.gov.cn/slxzw/zwgk/zfwj/202204/t20220426_1644964.shtml",
        "县国有资产监督管理办公室 廉政风险点排查登记表, after the source's 县 企业国有资产监督管理暂行办法 (县国资局, "
        "出资人职责, 产权, 保值增值): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yongning_urban_investment_mind_map(),
    yongning_supply_federation_two_sheets(),
    yongning_farm_supplies_company_posts(),
    yongning_supply_assets_company_selfchecks(),
    yongning_state_capital_company_group_rows(),
    yongning_wanghong_coop_cards(),
    yongning_farm_supplies_distribution_list(),
    yongning_state_assets_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch601-inbox"))

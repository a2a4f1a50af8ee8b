"""The seven-hundred-and-sixty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 供销合作
bodies, 义县 (of 锦州市, 辽宁) — its 供销合作社联合社, the 联合社's companies (农业生产资料有限公司,
再生资源回收利用有限公司, 为农服务中心) and its 基层供销社 (七里河, 稍户营子, 大榆树堡, 九道岭) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 联合社's 一览表 in TWO SHEETS: ``社领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农资公司's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 再生资源公司's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 七里河供销社's 责任清单 under GROUP ROWS ``一、社领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 稍户营子供销社's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 大榆树堡供销社's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 九道岭供销社's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yixian_service_center_business_ticks``: the 为农服务中心's 廉政风险防控清单 keyed by BUSINESS, not by
  person: ``序号 | 经营业务 | 廉政风险点 | 风险等级 | 防控措施`` with ``经营业务`` (农资配送, 农业托管服务,
  农产品收购, 冷链仓储) merged over its points, and no 岗位 or 姓名 column; under it, after a blank row
  and a caption, a ``业务分工表`` — ``岗位 | 姓名 | 农资配送 | 农业托管服务 | 农产品收购 | 冷链仓储``, one
  row a person, ``√`` under every business he runs — MANY TO MANY: a person runs up to two businesses,
  a business is run by two persons; each point belongs to every person ticked under its
  business. The README's 读得懂的表 knows a 责任主体 column of groups resolved by a roster listing the
  members of each group, an (object, role) list with an object × role roster of names, a business ×
  post permission grid whose cells name STAGES (and says a grid of mere ``√`` is not read so), and a
  ``姓名 | 股长 | 科员`` tick table under a list read as TABLE_OTHER; it does not describe a list keyed
  by business whose holders stand only in a persons × businesses tick grid.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (供销社 “补网强网用网”, 集采集配中心,
农资团购, 庄稼医生; the question of how to supervise the rebuilt 供销社; 基层供销社 恢复 and 农资供应,
农产品收购, 仓储, 再生资源回收; a 市供销社再生资源公司 collecting 公共机构 废旧商品, 固定资产报废; a 农村
社区综合服务中心 with 农资超市, 日用品超市; 供销社 腐败 in 土地出租, 工程建设, 融资担保, 资产处置; a
供销社 社有企业 founding a 再生资源 company with outside firms; a county's 再生资源回收 网点 统一管理)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 笪 and 郤 with rare given names); every unit is a
body of 义县.

Run ``python tests/published/score.py --set batch765`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every ``√`` in the 业务分工表 makes every point of that business a point of
  the person on that row (post and name from his row), with the point's level; one form a person,
  no 科室 (the table names none; ``经营业务`` is the business, not a 科室); the 分工表 itself, its
  caption, the ``注：`` line and the sign-off line are no points;
- ``社领导`` (a sheet with no 科室 column), ``社领导`` as a group row, and the cards' leaders: the
  联合社's and the cards' leaders have no 科室, a group row ``一、社领导`` gives the 科室 ``社领导``;
  a company's 部 and a 联合社's 科 are 科室;
- 主任, 副主任, 理事会主任, 监事会主任, 经理, 副经理 are leaders; 科长, 部长 and 部门经理 middle; the rest
  (科员, 会计, 出纳, 保管员, 收购员, 过磅员, 营业员, 业务员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 农资公司's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
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

PREFIX = "b765_"
PLACE = "义县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

BUSINESSES = ["农资配送", "农业托管服务", "农产品收购", "冷链仓储"]

# the 业务分工表: (post, name, tier, businesses ticked)
STAFF = [
    ("主任", "郤翯骞", "leader", ("农资配送", "农产品收购")),
    ("副主任", "笪璩泓", "leader", ("农业托管服务", "冷链仓储")),
    ("业务主管", "郤沣旻", "middle", ("农资配送", "农业托管服务")),
    ("收购员", "笪皛翎", "general", ("农产品收购",)),
    ("保管员", "郤珣岏", "general", ("冷链仓储",)),
]

# (经营业务, 廉政风险点, 风险等级, 防控措施)
BUSINESS_POINTS = [
    ("农资配送", "化肥、农药集中采购指定供应商，收受回扣", "高", "集采供应商比选确定，采购价格在中心公示栏公示。"),
    ("农资配送", "农资配送到村不按公示价结算，加价销售", "中", "配送单一式三联，村级服务社签收核对价格。"),
    ("农业托管服务", "托管服务面积虚报，冒领作业补助", "高", "托管面积经村委会确认、乡镇核查后申报。"),
    ("农业托管服务", "农机作业服务费收取不入账", "中", "服务费统一开票入账，每月对账。"),
    ("农产品收购", "收购中压级压价、收购“人情粮”", "高", "收购标准、价格上墙公示，质检员与收购员分设。"),
    ("农产品收购", "收购款打白条或拖延支付", "中", "收购款通过银行转账直接支付到户。"),
    ("冷链仓储", "冷库对外出租优亲厚友，租金不入账", "中", "出租经主任办公会研究，合同报联合社备案。"),
]  # fmt: skip


def yixian_service_center_business_ticks() -> dict:
    unit = f"{PLACE}供销社为农服务中心"
    sh = _Sheet("防控清单", [6, 14, 40, 9, 9, 36])
    t = _Truth(unit)
    ncols = 6
    _line(sh, f"{unit}廉政风险防控清单", ncols)
    sh.add("序号", "经营业务", "廉政风险点", "风险等级", "防控措施", None)
    sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
    first = len(sh.rows)
    for i, (biz, point, lv, measures) in enumerate(BUSINESS_POINTS, 1):
        r = sh.add(i, biz, point, lv, measures, None)
        sh.merge(r, 4, r, 5)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    _line(sh, "业务分工表（在本人分管或经办的业务下打“√”）", ncols)
    sh.add("岗位", "姓名", *BUSINESSES)
    for post, who, _tier, ticked in STAFF:
        sh.add(post, who, *[TICK if b in ticked else None for b in BUSINESSES])
    _line(sh, "注：各项业务的廉政风险点由业务分工表中打“√”的人员负责防控。", ncols)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    # the truth one form a person, in the 分工表's order
    for post, who, tier, ticked in STAFF:
        for biz, point, lv, _measures in BUSINESS_POINTS:
            if biz in ticked:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    return _layout(
        "yixian_service_center_business_ticks", "https://lara-s.com/xt/2024-08/28/content_945103.htm",
        "(harder) 县供销社为农服务中心 廉政风险防控清单, after the source's 供销合作社 “补网强网用网” (集采集配中心, 农资团购, "
        "庄稼医生上门, 县级综合服务中心): a title, ``序号 | 经营业务 | 廉政风险点 | 风险等级 | 防控措施`` with 经营业务 merged "
        "over its points and NO 岗位 or 姓名 column; under it a blank row, a caption and a ``业务分工表`` ``岗位 | 姓名 | "
        "农资配送 | 农业托管服务 | 农产品收购 | 冷链仓储``, one row a person, ``√`` under every business he runs (many to "
        "many); each point belongs to every person ticked under its business; 高/中/低, no type column; a ``注：`` line "
        "and a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yixian_union_two_sheets() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    t = _Truth(unit)
    lead = _Sheet("社领导", [6, 9, 12, 20, 38, 9, 34])
    _line(lead, f"{unit}社领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("笪鋆崧", "理事会主任", "主持全面工作", [
            ("社有资产出租、处置不经集体研究", "一级", "资产出租处置经党组会研究，进场公开交易。"),
            ("社有企业重大投资项目论证走过场", "一级", "重大投资项目聘请第三方评估，报县政府备案。"),
        ]),
        ("郤曈岍", "监事会主任", "分管监事会、财务审计", [
            ("对社有企业经营监督流于形式", "二级", "每年对社有企业开展一次专项审计。"),
            ("审计发现问题整改督办不力", "二级", "整改台账销号管理，结果报党组会。"),
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
        ("业务科", "科长", "笪竑珈", "middle", "基层社恢复重建扶持资金分配不公", "一级", "扶持项目评审打分，结果公示。"),
        ("业务科", "科长", "笪竑珈", "middle", "项目验收把关不严，虚报建设内容", "二级", "验收邀请财政、审计人员参加。"),
        ("业务科", "科员", "郤澴芃", "general", "农资储备承储企业监督检查走过场", "三级", "储备库存按季度实地抽查。"),
        ("财务审计科", "科长", "郤篁湜", "middle", "社有企业财务报表审核不严", "二级", "报表审核实行初审、复审两级。"),
        ("财务审计科", "会计", "笪昱霑", "general", "报销单据审核不严，虚列支出", "二级", "报销单据三级审签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yixian_union_two_sheets", "http://learnwithfaith.com/article/8320472.html",
        "县供销合作社联合社 廉政风险防控一览表 in TWO SHEETS, after the source's 重建供销社 定位 and 监管 (基层社 恢复, "
        "社有企业, 监事会 监督): sheet 社领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yixian_agri_materials_posts() -> dict:
    unit = f"{PLACE}农业生产资料有限公司"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "leader", "化肥采购", "化肥采购不比价，向关联厂家倾斜", "制度机制风险", "高",
         "大宗化肥采购三家以上比价，经理办公会研究。"),
        ("业务部", "部门经理", "middle", "春耕农资调运", "调运计划优先照顾关系户，变相加价", "岗位职责风险", "中",
         "调运计划按网点需求编制，公开分配结果。"),
        ("业务部", "业务员", "general", "农资店加盟", "加盟标准化农资店收取好处费", "思想道德风险", "中",
         "加盟条件和审批结果在公司网站公示。"),
        ("业务部", "业务员", "general", "农药经营", "违规销售限制使用农药", "外部环境风险", "高",
         "限制使用农药实名购买，台账留存。"),
        ("储运部", "保管员", "general", "仓库收发", "出入库不登记，以次充好", "业务流程风险", "低",
         "出入库单据连号管理，每月盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "yixian_agri_materials_posts", "https://www.163.com/dy/article/KM5NSHUD055682OL.html",
        "县农业生产资料有限公司 岗位廉政风险点排查表 对岗不对人, after the source's 基层供销社 恢复 (种子、化肥、农药 "
        "供应, 标准化农资店, 区域仓储, 终端配送): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yixian_recycling_cards() -> dict:
    unit = f"{PLACE}再生资源回收利用有限公司"
    t = _Truth(unit)
    cards = [
        ("经理", "郤晞琤", "经理", "主持公司全面工作", "leader", [
            ("公共机构废旧商品回收定价暗箱操作", "★★★", "回收价格参照市场行情集体议定，结果公示。"),
            ("回收网点承包经营违规发包", "★★★", "网点承包公开招标，合同报联合社备案。"),
            ("接受废品经营户宴请", "★", "严守中央八项规定精神，签订廉洁承诺书。"),
        ]),
        ("副经理", "笪翾湉", "副经理", "分管分拣中心、安全", "leader", [
            ("报废固定资产称重计价弄虚作假", "★★", "过磅全程录像，移交单位现场签字。"),
            ("涉密载体回收处置不按规定销毁", "★★", "涉密载体专人押运、集中销毁、登记备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}领导人员廉政风险防控卡", 4)
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
        "yixian_recycling_cards", "http://www.e6d8.com/gxs/789.html",
        "县再生资源回收利用有限公司 领导人员廉政风险防控卡, one sheet a leader, after the source's 市供销社再生资源公司 "
        "(公共机构 废旧商品回收, 固定资产报废, 涉密资料处置, 分类运输): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yixian_qilihe_group_rows() -> dict:
    unit = f"{PLACE}七里河供销合作社"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、社领导", "社领导", [
            ("主任", "笪琪甯", "leader", [
                ("综合服务中心门店出租不公开", "一级风险", "门店出租公开竞价，合同期满收回重租。"),
                ("农资超市进货指定供货商", "一级风险", "进货由县农资公司统一配送，价格公示。"),
            ]),
        ]),
        ("二、经营部", "经营部", [
            ("部长", "郤泠翊", "middle", [
                ("日用品超市临期商品处理不入账", "二级风险", "临期商品处理登记，收入当日入账。"),
            ]),
            ("营业员", "笪棽珥", "general", [
                ("销售货款截留挪用", "二级风险", "收款一律通过收银系统，日清日结。"),
                ("向农户推销假劣农资", "三级风险", "农资进货查验三证，销售台账留存。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "郤湝琰", "general", [
                ("社员股金分红核算不实", "二级风险", "分红方案社员代表大会通过并公示。"),
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
        "yixian_qilihe_group_rows", "https://cfqhcj.com/html/channelsch00020201201736e8a53-7b94-4a73-88b2-8b7952b39eb7.html",
        "县乡镇供销合作社 廉政风险防控责任清单, after the source's 农村社区综合服务中心 (农资超市, 日用品超市, 供销社 经营网点): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、社领导``, ``二、经营部``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yixian_shaohuyingzi_selfchecks() -> dict:
    unit = f"{PLACE}稍户营子供销合作社"
    t = _Truth(unit)
    people = [
        ("郤璆皞", "社领导", "主任", "leader", [
            ("社有土地、门市房出租不经社员代表大会", "Ⅰ级", "出租方案经社员代表大会通过，进场交易。", "已落实"),
            ("以社有资产为他人融资提供担保", "Ⅰ级", "严禁对外担保，确需担保报联合社审批。", "未发现问题"),
        ]),
        ("笪岷霙", "财务室", "出纳", "general", [
            ("现金坐支、公款私存", "Ⅱ级", "现金日清月结，联合社不定期盘点。", "已落实"),
            ("租金收取不开票据", "Ⅲ级", "租金统一转账收取，开具票据。", "已落实"),
        ]),
        ("郤翀霂", "经营部", "部长", "middle", [
            ("门市房维修工程化整为零", "Ⅱ级", "维修项目按限额报联合社审批。", "未发现问题"),
            ("废旧物资回收过磅作弊", "Ⅲ级", "过磅单双人签字，每日汇总。", "已落实"),
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
        "yixian_shaohuyingzi_selfchecks", "http://gsdjw.com/news/fazhi/207305_5.html",
        "县乡镇供销合作社 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 供销社 "
        "腐败 (土地出租, 工程建设, 融资担保, 集体资产处理): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def yixian_dayushubao_list() -> dict:
    unit = f"{PLACE}大榆树堡供销合作社"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "笪翙琳", "leader", "与社外企业合作成立公司，隐瞒关联关系", "制度机制", "高风险",
         "合作项目可行性论证，报联合社审批。"),
        ("社领导", "主任", "笪翙琳", "leader", "合作公司分红收益不入社账", "岗位职责", "中风险",
         "投资收益专户核算，年度审计。"),
        ("经营部", "部长", "郤岱瑾", "middle", "回收站点设置收受好处", "外部环境", "中风险",
         "站点布局经社务会研究并公示。"),
        ("经营部", "过磅员", "笪霂澂", "general", "废旧物资过磅虚增数量", "业务流程", "高风险",
         "过磅数据系统留存，抽磅复核。"),
        ("财务室", "会计", "郤琬昶", "general", "往来款长期挂账不清理", "业务流程", "中风险",
         "往来款每季度清理，账龄分析报社务会。"),
        ("财务室", "会计", "郤琬昶", "general", "收受供货单位礼品礼金", "思想道德", "低风险",
         "节前廉洁提醒，签订承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "yixian_dayushubao_list", "http://gxs.wuhai.gov.cn/whsgxshzslhs/1096934/1096939/2189367/index.html",
        "县乡镇供销合作社 岗位廉政风险防控一览表, after the source's 市供销社 社有企业 与系统外企业 合作成立 再生资源公司 "
        "(开放办社, 回收网络, 注册资本): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def yixian_jiudaoling_register() -> dict:
    unit = f"{PLACE}九道岭供销合作社"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "郤燊璠", "leader", [
            ("回收网点经营权私下转让", "制度机制", "一级", "网点经营权统一管理，转让报社务会。"),
            ("基层社改造项目指定施工队", "思想道德", "二级", "改造项目公开比选施工单位。"),
        ]),
        ("回收站", "站长", "笪曦岺", "middle", [
            ("收购来源不明的废旧金属", "外部环境", "一级", "收购实名登记，可疑物品报告公安机关。"),
        ]),
        ("回收站", "收购员", "郤璁翱", "general", [
            ("收购价格随意调整，截留差价", "业务流程", "二级", "收购价格每日公示，凭单结算。"),
            ("分拣后物资私自变卖", "岗位职责", "三级", "分拣物资入库登记，每周盘点。"),
        ]),
        ("财务室", "出纳", "笪玙翚", "general", [
            ("收购现金支付不取得收据", "业务流程", "二级", "现金支付凭过磅单和收据办理。"),
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
        "yixian_jiudaoling_register", "http://468.zgfeipin.cn/news/4503.html",
        "县乡镇供销合作社 廉政风险点排查登记表, after the source's 县 再生资源回收利用协会 统一管理 回收网点 (分类分拣, "
        "堵住销赃渠道, 报废零部件): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yixian_service_center_business_ticks(),
    yixian_union_two_sheets(),
    yixian_agri_materials_posts(),
    yixian_recycling_cards(),
    yixian_qilihe_group_rows(),
    yixian_shaohuyingzi_selfchecks(),
    yixian_dayushubao_list(),
    yixian_jiudaoling_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch765-inbox"))

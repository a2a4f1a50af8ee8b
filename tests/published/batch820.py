"""The eight-hundred-and-twentieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 供销合作
bodies, 桑植县 (of 张家界市, 湖南) — its 供销合作社联合社, 农业生产资料有限公司, 再生资源回收有限公司,
供销电子商务服务中心, 供销合作社资产经营有限公司, the 利福塔 and 陈家河 基层供销社 and the 瑞塔铺
农产品收购站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or
Excel:

- the 农资公司's 一览表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (``…风险``),
  ``一级/二级/三级``;
- the 再生资源回收公司's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, short types, 高/中/低; no names;
- the 电商服务中心's 防控卡, one sheet a person: ``姓　名 | … | 岗　位 | …`` and a merged 主要职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 利福塔供销社's 责任清单 under GROUP ROWS ``一、社领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 陈家河供销社's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 瑞塔铺农产品收购站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``, a ``注：`` line;
- the 资产经营公司's 一览表 in TWO SHEETS: ``公司领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``部门`` (``部门`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column.

One is harder:

- ``sangzhi_union_org_chart``: the 县联社's 岗位廉政风险排查表, a post-only list (``序号 | 科室 | 岗位 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``, no name column) whose holders stand ONLY in an
  ORGANISATION CHART drawn in cells above it under ``一、本社组织架构及岗位人员``: a top row of the
  leaders' boxes (``理事会主任⏎晁翕岷`` …), a row of ``│`` connectors, a row of 科室 boxes (``办公室 |
  财务审计科 | 业务发展科 | 合作指导科``) and under each 科室 box its staff's boxes (``科长⏎…``,
  ``会计⏎…``) one a row; three 科室 have a ``科长``, told apart only by the 科室 box above them, and
  the list's ``科室 | 岗位`` pick the box. A ``注：各岗位责任人见上方组织架构图。`` line under the
  list. The README's 读得懂的表 knows rosters (``岗位 | 姓名`` tables, ``岗　位 | …`` over ``姓　名 |
  …`` rows, ``馆长　…；副馆长　…`` lines, 科室 × post grids, outlet × post staffing grids, a floor
  plan of windows keyed by the list's 窗口 column, a mind map, a swim-lane chart); it does not
  describe an organisation chart of boxes — leaders on top, 科室 boxes under connectors, each 科室's
  post⏎name boxes stacked under it — naming the holders of a post-only list keyed by 科室 and 岗位.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 供销系统 腐败 report — 一把手
“一言堂”, 企业监管失责, 债权处置; a 市供销社 notice on 农资经营 — 假劣农药, 农资产品质量检查; a page on
再生资源 风险 — 非法回收, 环境污染, 资源浪费; an interview on “网上供销社” — 代购代销, 村级综合服务社;
a 市供销社 项目检查 — 项目申报, 招投标, 资金拨付, 验收; a page on 再生资源回收 — 流动收购人员, 绿色回收站;
a piece on 订单农业 — 农户, 收购, 产业结构; a 县供销社 社有资产租赁办法 — 询价, 评估, 集体讨论, 招租底价)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 晁 and 荆 with rare given names); every unit is
a body of 桑植县.

Run ``python tests/published/score.py --set batch820`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each list row's holder is the person in the chart's box of the row's post
  under the row's 科室 box (the leaders' boxes for ``社领导``); the chart is no table and its boxes
  no points; the ``注：`` line and the sign-off line are no points;
- ``社领导``, ``公司领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the 资产经营公司's
  leaders (sheet ``公司领导``, no 部门 column) and the cards' holders have no 科室 but the card's
  own ``所在部门``; a 部 or 科 is a 科室, a group row ``二、财务部`` gives the 科室 ``财务部``;
- every body is a unit of its own: 理事会主任, 理事会副主任, 监事会主任, 总经理, 副总经理, 主任 of a
  供销社 or 中心, 站长 are leaders; a 科 or 部's 科长, 经理 or 主任 middle; the rest (会计, 出纳, 保管员,
  业务员, 收购员, 检斤员, 运营专员, 客服专员) general;
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

PREFIX = "b820_"
PLACE = "桑植县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
LEADS = "社领导"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the chart: the leaders' boxes on top, then each 科室 box with its staff (post, name) under it
CHART_LEADERS = [("理事会主任", "晁翕岷"), ("理事会副主任", "荆昶澐"), ("监事会主任", "晁骞濡")]
CHART_DEPTS = [
    ("办公室", [("主任", "荆湛岢")]),
    ("财务审计科", [("科长", "晁燊琦"), ("会计", "荆璇玑")]),
    ("业务发展科", [("科长", "晁蔺涵"), ("业务员", "荆霄翥")]),
    ("合作指导科", [("科长", "晁暄翀")]),
]
TIERS = {"理事会主任": "leader", "理事会副主任": "leader", "监事会主任": "leader",
         "主任": "middle", "科长": "middle", "会计": "general", "业务员": "general"}  # fmt: skip

# (科室, 岗位, 廉政风险点, 风险类型, 风险等级, 防控措施)
UNION_ROWS = [
    (LEADS, "理事会主任", "“三重一大”事项个人说了算，搞“一言堂”", "制度机制风险", "一级",
     "重大事项党组会、理事会集体研究，会议纪要存档。"),
    (LEADS, "理事会主任", "为社有企业承揽工程、对外担保打招呼", "思想道德风险", "一级",
     "社有企业对外担保一律报理事会审议，严禁领导干部插手。"),
    (LEADS, "理事会副主任", "社有企业债权清收、核销把关不严", "岗位职责风险", "二级",
     "债权核销经审计、评估后集体研究，结果在系统内公示。"),
    (LEADS, "监事会主任", "对社有企业监督走过场，发现问题不报告", "岗位职责风险", "二级",
     "监事会每年对社有企业开展专项检查，检查报告报理事会。"),
    ("办公室", "主任", "公务接待、公车使用超标准", "制度机制风险", "三级",
     "接待凭公函、清单报账，公车使用登记。"),
    ("财务审计科", "科长", "社有企业财务审计避重就轻", "岗位职责风险", "一级",
     "审计发现问题清单化整改，审计报告经主任办公会审定。"),
    ("财务审计科", "会计", "资金结算不按合同支付，违规预付款项", "业务流程风险", "二级",
     "资金支付凭合同、验收单，经办、审核、审批三签。"),
    ("业务发展科", "科长", "项目申报材料弄虚作假，套取扶持资金", "制度机制风险", "一级",
     "项目申报材料实地核查，扶持资金专账核算。"),
    ("业务发展科", "科长", "项目验收不到现场，验收意见照抄", "业务流程风险", "二级",
     "验收邀请财务、纪检人员参加，现场拍照留档。"),
    ("业务发展科", "业务员", "农资储备台账与库存不符", "业务流程风险", "三级",
     "储备化肥每季度盘点，账实核对。"),
    ("合作指导科", "科长", "基层社、专业合作社考评优亲厚友", "外部环境风险", "二级",
     "考评指标量化打分，结果公示五个工作日。"),
]  # fmt: skip


def _holder(dept: str, post: str) -> str:
    if dept == LEADS:
        return dict(CHART_LEADERS)[post]
    return dict(dict(CHART_DEPTS)[dept])[post]


def sangzhi_union_org_chart() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    ncols = 7
    sh = _Sheet("排查表", [6, 14, 14, 40, 14, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", ncols)
    _line(sh, "一、本社组织架构及岗位人员", ncols)
    # the leaders' boxes over the middle columns
    sh.add(None, None, *[f"{post}\n{who}" for post, who in CHART_LEADERS], None, None)
    sh.add(None, *(["│"] * len(CHART_DEPTS)), None, None)
    sh.add(None, *[d for d, _ in CHART_DEPTS], None, None)
    depth = max(len(staff) for _, staff in CHART_DEPTS)
    for k in range(depth):
        boxes = [
            f"{staff[k][0]}\n{staff[k][1]}" if k < len(staff) else None for _, staff in CHART_DEPTS
        ]
        sh.add(None, *boxes, None, None)
    sh.add()
    _line(sh, "二、岗位廉政风险点排查表", ncols)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures) in enumerate(UNION_ROWS, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(
            sh.name, dept, post, _holder(dept, post), TIERS[post], point, types_in(typ), GRADES[lv]
        )
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：各岗位责任人见上方组织架构图；风险等级分为一级、二级、三级，一级为最高。", ncols)
    sh.add("填表人：", None, "审核人：", None, "理事会主任（签字）：", None, "2025年5月")
    return _layout(
        "sangzhi_union_org_chart", "http://gsdjw.com/news/fazhi/207305_3.html",
        "(harder) 县供销合作社联合社 岗位廉政风险排查表, after the source's report on 供销系统 腐败 (一把手 “一言堂”, "
        "对企业监管失责失察, 债权处理不力, 班子内部监督制衡): a title, ``一、本社组织架构及岗位人员`` and an "
        "ORGANISATION CHART drawn in cells — a row of the leaders' boxes ``理事会主任⏎name`` …, a row of ``│``, a "
        "row of 科室 boxes, under each its staff's ``post⏎name`` boxes one a row (three 科室 have a 科长) — then "
        "``二、岗位廉政风险点排查表``: 序号/科室 merged/岗位 merged/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施, NO name column; the holders stand only in the chart, found by 科室 and 岗位; "
        "a ``注：各岗位责任人见上方组织架构图…`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def sangzhi_farm_supplies_list() -> dict:
    unit = f"{PLACE}农业生产资料有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "荆璞岑", "leader", [
            ("化肥、农药进货渠道个人指定，收受厂家回扣", "思想道德风险", "一级",
             "供货厂家经经理办公会比选确定，合同集体审定。"),
            ("冬春农资储备计划和储备补贴申报不实", "制度机制风险", "一级", "储备计划报县联社审核，补贴据实申报。"),
        ]),
        ("经营部", "经理", "晁沅芷", "middle", [
            ("购进农药未查验登记证、检验报告，假劣农资入库", "岗位职责风险", "一级",
             "每批农资入库查验“三证”，留样备查。"),
            ("对网点批发价格随意让利，优亲厚友", "业务流程风险", "二级", "批发价格由经理办公会定价，价格表公示。"),
        ]),
        ("经营部", "保管员", "荆岷湜", "general", [
            ("化肥出入库不登记，以次充好", "业务流程风险", "二级", "出入库单据双人签字，每月盘点。"),
        ]),
        ("财务部", "会计", "晁澈翾", "general", [
            ("网点货款回收不及时，挪用货款", "岗位职责风险", "二级", "货款每周对账，逾期催收台账管理。"),
            ("费用报销审核不严，虚开发票入账", "业务流程风险", "三级", "报销凭证经办、证明、审批三签。"),
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
    sh.add("制表：综合部", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "sangzhi_farm_supplies_list", "https://www.yyh998.com/zwgk/zfjg/sgxs/zfxxgkml/bmwj/content/post_547260.html",
        "县农资公司 岗位廉政风险防控一览表, after the source's 市供销社 notice on 农资经营管理 (不合格农药, 农资产品质量"
        "检查, 进货渠道): a title, 序号/部门 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def sangzhi_recycling_posts() -> dict:
    unit = f"{PLACE}再生资源回收有限公司"
    sh = _Sheet("排查表", [6, 12, 12, 40, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "leader", "废旧物资处置不经集体研究，低价卖给关系户", "制度机制", "高",
         "处置价格询价不少于三家，经理办公会集体定价。"),
        ("回收业务部", "经理", "middle", "向无资质的个体回收户收购，默许非法拆解", "外部环境", "高",
         "只与登记备案的回收户交易，建立回收户名录。"),
        ("回收业务部", "经理", "middle", "回收站点建设补助申报虚报站点数量", "制度机制", "中",
         "站点数量实地核验，补助申报材料公示。"),
        ("回收业务部", "检斤员", "general", "过磅时虚增重量或压级压价，从中谋利", "岗位职责", "中",
         "地磅视频监控，磅单一式三联。"),
        ("回收业务部", "检斤员", "general", "废旧电池、废塑料等分类不清，混入一般废品", "业务流程", "低",
         "分类存放、分类登记，每月抽查。"),
        ("财务部", "出纳", "general", "收购款现金支付不留凭证", "业务流程", "中",
         "收购款原则上转账支付，现金支付附签字凭证。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "sangzhi_recycling_posts", "https://www.rluk.cn/news/jie-mi-zai-sheng-zi-yuan-ru-he-you-xiao-guan-kong-qian-zai-feng-xian-bao-zhang-ke-chi-xu-fa-zhan.html",
        "县再生资源回收公司 岗位廉政风险点排查表 对岗不对人, after the source's page on 再生资源 风险 (非法回收, 环境"
        "污染, 废电池、废塑料, 资源浪费): a title, 序号/部门 merged/岗位 merged per post/风险点/风险类别 (short names)/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def sangzhi_ecommerce_cards() -> dict:
    unit = f"{PLACE}供销电子商务服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "荆翮澜", "中心领导", "主任", "主持中心全面工作", "leader", [
            ("电商平台运营服务商选定暗箱操作", "★★★", "服务商经比选确定，比选结果公示。"),
            ("村级电商服务站建设补助分配不公", "★★★", "补助对象按验收结果确定，名单公示。"),
            ("接受入驻商户宴请、礼品", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("运营专员", "晁岚翥", "运营部", "运营专员", "负责网上供销社代购代销和商品上架", "general", [
            ("优先为亲友商户上架、推荐商品", "★★", "商品上架按审核顺序，推荐位轮换。"),
            ("代购代销资金结算拖延、截留", "★★", "结算记录每周对账，商户可在线查询。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "岗　位", post)
        sh.add("所在部门", dept, "填卡时间", "2025年5月")
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "sangzhi_ecommerce_cards", "https://fjxc.fjsen.com/2015-04/14/content_15947105.htm",
        "县供销电子商务服务中心 岗位廉政风险防控卡, one sheet a person, after the source's interview on “网上供销社” "
        "(县级供销社 电商主体作用, 村级综合服务社, 网上代购代销): a title, ``姓　名 | … | 岗　位 | …`` and "
        "``所在部门 | … | 填卡时间 | …`` label pairs, a merged 主要职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def sangzhi_lifuta_coop_group_rows() -> dict:
    unit = f"{PLACE}利福塔供销合作社"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、社领导", LEADS, [
            ("主任", "荆珏琅", "leader", [
                ("为农服务中心项目招投标中指定施工队伍", "一级风险", "项目进入县公共资源交易平台招标。"),
                ("项目扶持资金挪作他用", "一级风险", "扶持资金专户管理，按进度拨付。"),
            ]),
        ]),
        ("二、业务部", "业务部", [
            ("经理", "晁骊岑", "middle", [
                ("项目申报材料虚报建设规模", "二级风险", "申报前实地核查，材料经社务会审定。"),
                ("项目验收签字不到现场", "二级风险", "验收现场拍照，验收组集体签字。"),
            ]),
        ]),
        ("三、财务部", "财务部", [
            ("会计", "荆淼珂", "general", [
                ("工程款拨付不按合同进度", "二级风险", "拨付凭验收单和合同，报县联社备案。"),
            ]),
            ("出纳", "晁瑭岱", "general", [
                ("门面租金收取不入账", "三级风险", "租金统一转账，收据连号管理。"),
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
        "sangzhi_lifuta_coop_group_rows", "http://www.tianshui.gov.cn/gxls/info/1562/22982.htm",
        "基层供销社 廉政风险防控责任清单, after the source's 省供销联社 项目检查 (项目规划、申报、审批、招投标、资金拨付、"
        "建设、验收): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、社领导``, ``二、业务部``, ``三、财务部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def sangzhi_chenjiahe_coop_selfchecks() -> dict:
    unit = f"{PLACE}陈家河供销合作社"
    t = _Truth(unit)
    people = [
        ("荆窈湲", "社领导", "主任", "leader", [
            ("绿色回收站点承包给亲友经营", "Ⅰ级", "站点承包经社务会研究，公开招租。", "已落实"),
            ("流动收购人员登记发证把关不严", "Ⅱ级", "收购人员实名登记，证件年审。", "未发现问题"),
        ]),
        ("晁楙淇", "回收站", "收购员", "general", [
            ("收购废旧物资不开票据，收入不入账", "Ⅰ级", "每笔收购开具票据，日清日结。", "已落实"),
            ("收购价格随意调整，压价收购", "Ⅱ级", "收购价格每周公示。", "已落实"),
            ("废旧物资私自变卖", "Ⅲ级", "库存每月盘点，变卖经主任审批。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "sangzhi_chenjiahe_coop_selfchecks", "http://netcom.cn5135.com/Offer/ShowBigImage-90224903.html",
        "基层供销社 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "再生资源回收 (流动收购人员 管理, 绿色回收站): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def sangzhi_ruitapu_station_list() -> dict:
    unit = f"{PLACE}瑞塔铺农产品收购站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "荆琊沚", "leader", "订单农业收购合同签订优亲厚友", "思想道德", "高风险",
         "订单合同统一文本，签订名单公示。"),
        ("站领导", "站长", "荆琊沚", "leader", "收购资金调度不经集体研究", "制度机制", "中风险",
         "收购资金使用计划站务会研究。"),
        ("收购部", "主任", "晁崧翯", "middle", "收购等级评定标准执行不一，压级压价", "岗位职责", "高风险",
         "等级标准上墙，评级双人复核。"),
        ("收购部", "收购员", "荆潇翊", "general", "虚列农户姓名套取收购款", "业务流程", "高风险",
         "收购款直接打入农户账户，定期回访。"),
        ("收购部", "收购员", "荆潇翊", "general", "接受农户、经纪人吃请", "外部环境", "低风险",
         "签订廉洁承诺书，公开举报电话。"),
        ("财务部", "会计", "晁穰川", "general", "收购台账与付款凭证不符", "业务流程", "中风险",
         "台账与凭证每月核对，县联社年度审计。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _line(sh, "注：风险等级分高风险、中风险、低风险三个等级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "sangzhi_ruitapu_station_list", "https://www.gwyoo.com/article/zuixinshisi/xeth/200811/151466.html",
        "农产品收购站 岗位廉政风险防控一览表, after the source's piece on 订单农业 (农户, 农产品收购, 产业结构调整): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line and a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def sangzhi_assets_company_two_sheets() -> dict:
    unit = f"{PLACE}供销合作社资产经营有限公司"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 9, 10, 18, 38, 9, 34])
    _line(lead, f"{unit}公司领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("荆甯澜", "总经理", "主持全面工作", [
            ("重大资产租赁方案不经县社党委集体讨论", "高", "重大租赁项目报县社党委集体讨论。"),
            ("社有房产长期低价租给关系人", "高", "租赁到期一律公开招租。"),
        ]),
        ("晁颀琨", "副总经理", "分管资产管理", [
            ("招租底价不询价、不评估，随意确定", "高", "年租金3万元以上委托评估机构评估。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("部门", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}部门廉政风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("资产管理部", "经理", "荆崟澍", "middle", "市场询价只找一家、询价记录不签字", "中",
         "询价不少于2人参与、比较实例不少于2个。"),
        ("资产管理部", "经理", "荆崟澍", "middle", "租赁合同到期不收回，默许转租", "中", "合同到期前三个月书面通知，禁止转租。"),
        ("资产管理部", "资产管理员", "晁猗岚", "general", "闲置设备、仓库出租不登记", "低", "资产台账实时更新，每半年清查。"),
        ("财务部", "会计", "荆邈沄", "general", "租金减免不按程序审批", "中", "租金减免报总经理办公会审批。"),
        ("财务部", "出纳", "晁溥霁", "general", "租金、押金收取不及时入账", "低", "租金押金统一转账，收据连号。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合部", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "sangzhi_assets_company_two_sheets", "http://www.zjpy.gov.cn/art/2025/5/15/art_1229519550_2039166.html",
        "县供销社资产经营公司 廉政风险防控一览表 in TWO SHEETS, after the source's 县供销社 社有资产租赁管理办法 (租赁方案, "
        "市场询价, 评估, 县社党委集体讨论, 招租底价): sheet 公司领导 with 姓名/职务/分管工作 merged per leader, sheet 部门 "
        "with 部门 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    sangzhi_union_org_chart(),
    sangzhi_farm_supplies_list(),
    sangzhi_recycling_posts(),
    sangzhi_ecommerce_cards(),
    sangzhi_lifuta_coop_group_rows(),
    sangzhi_chenjiahe_coop_selfchecks(),
    sangzhi_ruitapu_station_list(),
    sangzhi_assets_company_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch820-inbox"))

"""The five-hundred-and-fifty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 商务 and
粮食 bodies, 海晏县 (海北藏族自治州, 青海) — the 商务局, the 粮食和物资储备局, the 粮油购销公司, the
粮食储备库, the 粮油质量检验站, the 商贸流通服务中心 and the 商贸服务站 of its two towns (西海镇,
三角城镇) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 商务局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 粮食和物资储备局's 一览表: ``股室 | 岗位 | 责任人`` merged per person before ``风险点 |
  风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 粮油购销公司's 责任清单 under GROUP ROWS ``一、公司领导`` / ``二、购销部`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 西海镇商贸服务站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 三角城镇商贸服务站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在部门`` over a row of values, 高/中/低, ``自查情况``;
- the 粮食储备库's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 粮油质量检验站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``haiyan_trade_center_dept_after_name``: the 商贸流通服务中心's 一览表 has NO 科室 column
  (``序号 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``); each holder's OWN 科室 of the
  centre is written in a full-width bracket straight after the name in the ``责任人`` cell
  (``鄂琤淏（市场运行科）``, the leader ``骞璟澂（中心领导）``), merged per person. The bracket is
  neither a label (no ``科室：``), nor a post, nor a person; the heading does not say what it holds
  (not ``责任人（科室）``); no note explains it. The shape is about WHERE THE 科室 OF THE HOLDER IS
  GIVEN, as when the staff who typed it had no 科室 column in the county's template and put the
  科室 where the reader of a name list expects it. The README's 读得懂的表 knows, bracketed after a
  NAME, the holder's ethnicity, sex, party, age (read only the name), a supervisor, an arrival
  date, a post (``…（局长）``, batch 187), a rank, and a seconded holder's HOME UNIT on a line of
  its own under the name (another body, not a 科室 of this unit); it knows a 科室 bracketed after
  a POST (``股长（应急指挥股）``) and a 科室 chained with post and name by a symbol the heading
  names (``股室-岗位-姓名``). None a 科室 of this unit bracketed after the NAME on the same line
  with no 科室 column (a grep of the earlier batches for ``{who}（{dept}）``-like cells finds the
  post, rank, code, supervisor, ethnicity, arrival, home unit, never the 科室).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city 商务局 with its towns
building 农村集贸市场 and a 农村商务信息 platform; a provincial 成品油市场管理 实施细则; a notice on
supervising policy grain purchases — 定点, 收购验收, 空仓验收; an economics paper on 粮食托市收购 —
最低收购价, 临时收储, 顺价销售; rules on reporting 政府粮食储备 safety risks — 数量、质量、储存管理; a
service guide on 粮食收购资格; a district's 成品油 专项整治 — 证照, 抽检, 台账; a town's drive against
非法经营成品油 — 日常巡查, 投诉举报, 抽检) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names); every unit is a body of 海晏县 (``unit_words=("海晏县",)``: no earlier unit
holds it).

Run ``python tests/published/score.py --set batch555`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the name before the bracket (``鄂琤淏``); the bracket is his
  科室 (``市场运行科``, ``中心领导`` for the 主任), no part of the name and no post; the
  post is the ``岗位`` cell; the level is the ``风险等级`` column's (高/中/低 → 1/2/3); no type;
- ``局领导``, ``公司领导`` and ``站领导`` are the 科室 of those leaders; a 局's 股室, a 公司's 部, a
  库's 组 (``部门``) are 科室; a group row ``一、公司领导`` gives the 科室 ``公司领导``, ``二、购销部``
  the 科室 ``购销部`` (its number left off), as batch 280, 546 and 553 did; the 西海镇 cards and the
  检验站 list name a 科室 only where a cell does (they name none); the 三角城镇 sheets write
  ``站领导`` / ``业务组`` in ``所在部门`` and that is their 科室;
- every body is a unit of its own: a 局's 局长 and 副局长, a 公司's 经理, a 中心's 主任,
  a 库's 主任, a 站's 站长 are leaders; 股长, 科长 and 部长 are middle; the rest (科员, 保管员,
  检验员, 业务员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 储备库 list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b555_"
PLACE = "海晏县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室 bracketed after the name, 岗位, 责任人, tier, [(廉政风险点, 风险等级, 防控措施)])
BRACKETED = [
    ("中心领导", "主任", "骞璟澂", "leader", [
        ("商贸流通项目资金分配个人说了算", "高", "项目资金分配经中心办公会集体研究，结果公示。"),
        ("承办展销活动指定服务商", "中", "服务商比选不少于三家，比选记录存档。"),
    ]),
    ("市场运行科", "科长", "鄂琤淏", "middle", [
        ("重要商品监测数据随意改动", "中", "监测数据系统直报，改动留痕并报分管领导。"),
        ("农村集贸市场改造项目验收走过场", "高", "验收组三人以上，现场拍照存档。"),
    ]),
    ("流通服务科", "科员", "骞翊渟", "general", [
        ("电商服务站补助对象审核不严", "中", "补助对象实地核查，名单公示七天。"),
        ("接受商户宴请和礼品", "低", "廉洁提醒，拒收登记。"),
    ]),
]  # fmt: skip


def haiyan_trade_center_dept_after_name() -> dict:
    unit = f"{PLACE}商贸流通服务中心"
    sh = _Sheet("一览表", [6, 9, 22, 36, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BRACKETED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, f"{who}（{dept}）", point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "2025年9月", None)
    return _layout(
        "haiyan_trade_center_dept_after_name",
        "http://paper.jrqzw.net/Newspapernews.aspx?b=203&nid=1331",
        "(harder) 县商贸流通服务中心 岗位廉政风险防控一览表, after the source's report of a city 商务局 and its towns "
        "building 农村集贸市场 and a 农村商务信息 platform: 序号/岗位 and 责任人 merged per person/廉政风险点/"
        "高/中/低/防控措施, NO 科室 column: each 责任人 cell is the name with the holder's own 科室 in a "
        "full-width bracket straight after it (``鄂琤淏（市场运行科）``, ``骞璟澂（中心领导）``); no type",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def haiyan_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鄂沄琰", "局长", "主持全面工作", [
            ("商贸项目申报干预评审", "一级", "项目评审邀请第三方，评审结果公示。"),
            ("招商引资优惠条件随意承诺", "二级", "优惠政策按规定执行，协议经法律顾问审查。"),
        ]),
        ("骞瀚玥", "副局长", "分管市场秩序", [
            ("成品油经营许可初审放宽条件", "二级", "初审材料两人核对，现场踏勘留影。"),
            ("商务执法检查降格处理", "三级", "处理意见集体讨论，结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("市场建设股", "股长", "鄂珺湉", "middle", "集贸市场建设补助资金审核不实", "一级", "补助资金按验收结果拨付，公示名单。"),
        ("市场建设股", "股长", "鄂珺湉", "middle", "家政服务企业评定打分不公", "三级", "评分细则公开，评定结果公示。"),
        ("对外贸易股", "科员", "骞沨璐", "general", "外贸企业奖励资料审核把关不严", "二级", "申报资料逐项核对，抽查复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "haiyan_commerce_bureau_two_sheets",
        "https://abg.baidu.com/tags/2xr33lokugz4trvx2pg4vuftug45zqhnzk24vkopxdkpex6v4pe4ztxrzhglpivbwizdamjqugztenbqxlcq14",
        "县商务局's file in two sheets, after the source's provincial 成品油市场管理 实施细则 (经营许可, 监督检查): "
        "``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def haiyan_grain_bureau_list() -> dict:
    unit = f"{PLACE}粮食和物资储备局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "鄂玹潾", "leader", "政策性粮食收储库点确定暗箱操作", "制度机制风险", "高风险",
         "收储库点经局务会研究确定，名单公开。"),
        ("局领导", "局长", "鄂玹潾", "leader", "储备粮轮换计划调整随意", "岗位职责风险", "中风险",
         "轮换计划报县政府批准，执行情况通报。"),
        ("仓储监管股", "股长", "骞琬淇", "middle", "储备粮库存检查账实不符不报", "岗位职责风险", "高风险",
         "库存检查逐仓核对，检查记录签字存档。"),
        ("物资储备股", "科员", "鄂翀瑗", "general", "应急物资出入库登记不实", "业务流程风险", "低风险",
         "出入库双人签字，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "haiyan_grain_bureau_list",
        "https://open.pkulaw.com/hwchl/1818be7c81b26e04bdfb.html",
        "县粮食和物资储备局 廉政风险防控一览表, after the source's rules on reporting 政府粮食储备 safety risks "
        "(数量、质量、储存管理): 序号/股室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/"
        "``高风险/中风险/低风险``/防控措施; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def haiyan_grain_company_group_rows() -> dict:
    unit = f"{PLACE}粮油购销公司"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("经理", "骞珞沺", "leader", [
                ("粮食销售价格擅自下浮", "一级风险", "销售价格经公司会议研究，竞价销售。"),
                ("仓房维修工程指定施工队", "二级风险", "维修工程比选，结果公示。"),
            ]),
        ]),
        ("二、购销部", "购销部", [
            ("部长", "鄂瑄渼", "middle", [
                ("收购时压级压价、克扣农民", "一级风险", "收购价格和质量标准挂牌公示，检斤检质分开。"),
                ("以陈顶新套取收购资金", "三级风险", "收购入库逐车登记，库存抽查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "haiyan_grain_company_group_rows",
        "https://m.fx361.com/news/2011/0727/17560591.html",
        "县粮油购销公司 廉洁风险防控责任清单, after the source's paper on 粮食托市收购 (最低收购价, 临时收储, "
        "顺价销售): 序号/岗位/姓名/廉洁风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、公司领导``, ``二、购销部`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def haiyan_xihai_station_cards() -> dict:
    unit = f"{PLACE}西海镇商贸服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "鄂琮滢", "leader", [
            ("农村商业网点补助申报把关不严", "★★★", "补助申报实地核查，镇分管领导审签。"),
            ("服务站经费报销不实", "★★", "经费报销按季公开。"),
        ]),
        ("业务员", "骞瑷洺", "general", [
            ("成品油经营网点巡查走过场", "★★", "巡查两人同行，巡查记录拍照。"),
            ("接受经营户好处透露检查信息", "★", "检查计划保密，廉洁承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "haiyan_xihai_station_cards",
        "http://tl.wenming.cn/wmcj/wmcz/202106/t20210604_7151242.html",
        "西海镇商贸服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 业务员), after the source's town drive "
        "against 非法经营成品油 (日常巡查, 投诉举报, 抽检): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def haiyan_sanjiaocheng_station_selfchecks() -> dict:
    unit = f"{PLACE}三角城镇商贸服务站"
    t = _Truth(unit)
    people = [
        ("骞琨溆", "站长", "leader", "站领导", [
            ("集贸市场摊位分配优亲厚友", "高", "摊位分配抽签，结果公示。"),
            ("服务站设备私自出借", "中", "设备登记入账，出借报批。"),
        ]),
        ("鄂瀞珣", "业务员", "general", "业务组", [
            ("商贸企业统计数据代填代报", "中", "企业自行填报，代填登记备查。"),
            ("家电以旧换新补贴核验不实", "低", "补贴凭证逐张核验，站长抽核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在部门", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站意见：", None, None)
        sheets.append(sh)
    return _layout(
        "haiyan_sanjiaocheng_station_selfchecks",
        "http://scjgj.huainan.gov.cn/xwdt/jcdt/551542200.html",
        "三角城镇商贸服务站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's district "
        "成品油 专项整治 (证照, 抽样检查, 台账): a label row ``姓　名 | 岗　位 | 所在部门`` over values, "
        "序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 站意见：``",
        sheets, t,
    )  # fmt: skip


def haiyan_grain_depot_posts() -> dict:
    unit = f"{PLACE}粮食储备库"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "库领导", "仓储组"
    rows = [
        (a, "主任", "leader", "空仓验收", "未经空仓验收即安排入库", "制度机制", "Ⅰ级",
         "空仓验收报县局，验收单存档。"),
        (b, "保管员", "general", "入库检斤", "虚增入库数量套取费用", "岗位职责", "Ⅰ级",
         "地磅数据联网，检斤双人。"),
        (b, "保管员", "general", "储粮保管", "隐瞒储粮发热霉变", "业务流程", "Ⅱ级",
         "粮情每日测温，异常即报。"),
        (b, "化验员", "general", "质量检验", "收受好处调高等级", "思想道德", "Ⅲ级",
         "样品盲样编号，复检抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：库领导", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "haiyan_grain_depot_posts",
        "https://www.tellerreport.com/news/2022-05-30-my-country-strengthens-supervision-over-policy-grain-purchases.ryUx5c-_c.html",
        "县粮食储备库 廉政风险点排查表 对岗不对人, after the source's notice on supervising policy grain "
        "purchases (定点, 收购验收, 空仓验收): 部门 merged/岗位 merged/a short 风险点/a long 风险表现/short "
        "types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def haiyan_grain_lab_duty_list() -> dict:
    unit = f"{PLACE}粮油质量检验站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "鄂璠泷", "leader", "检验报告签发", "签发未经复核的检验报告", "一级",
         "报告三级审核，签发记录存档。"),
        ("站长", "鄂璠泷", "leader", "仪器设备采购", "采购指定品牌", "二级", "采购需求集体确定，比选采购。"),
        ("检验员", "骞玓漪", "general", "粮食收购资格核查", "核查材料不实照签", "二级",
         "核查材料两人复核。"),
        ("检验员", "骞玓漪", "general", "样品管理", "样品擅自调换", "三级", "样品封存双人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "haiyan_grain_lab_duty_list",
        "http://fengdujob.net/go/粮食收购资格认定服务指南解读最新.html",
        "县粮油质量检验站 廉政风险防控责任清单, after the source's service guide on 粮食收购资格 (核查, 认定): "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    haiyan_trade_center_dept_after_name(),
    haiyan_commerce_bureau_two_sheets(),
    haiyan_grain_bureau_list(),
    haiyan_grain_company_group_rows(),
    haiyan_xihai_station_cards(),
    haiyan_sanjiaocheng_station_selfchecks(),
    haiyan_grain_depot_posts(),
    haiyan_grain_lab_duty_list(),
]


RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch555-inbox"))

"""The six-hundred-and-forty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡村振兴
bodies, 清水河县 (of 呼和浩特市, 内蒙古自治区) — its 乡村振兴局, 易地扶贫搬迁安置点管理站, 驻村工作队,
扶贫开发公司, 扶贫资产管理中心, 防返贫监测中心 and 衔接资金项目办 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 乡村振兴局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 安置点管理站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, short types, 高/中/低; no names;
- the 驻村工作队's 自查表, one sheet a person: a label row ``姓　名 | 所驻村 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 扶贫资产管理中心's 清单 under GROUP ROWS ``一、中心领导`` …, ``一级风险/二级风险/三级风险``;
- the 扶贫开发公司's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 防返贫监测中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 衔接资金项目办's 登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``,
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``qingshuihe_rural_bureau_two_bands``: the 乡村振兴局 班子成员 “一岗双责” 廉政风险点表, ONE ROW A
  LEADER BLOCK LINE with TWO POINT BANDS side by side: ``本人岗位廉政风险 | 等级`` and ``分管领域廉政风险 |
  等级`` (each band under a merged group heading ``个人岗位风险`` / ``分管领域风险``), the leader's 姓名/职务/
  分管工作 merged down his block; the bands are of unequal length (a band's cells blank on the
  leader's last rows), and BOTH bands' points are the leader's, each with its own band's level.
  The README's 读得懂的表 knows a tier of points per column and bands of holders across; it does
  not describe two point bands by SCOPE (本人岗位 | 分管领域) for the same holder on one row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (乡村振兴资金 使用监管, 易地扶贫搬迁
安置点 选址风险排查, 搬迁社区治理, 第一书记 选派, 乡村振兴专项资金 管理漏洞, 扶贫资产 管理, 防返贫
监测 入户核查, “扶贫公司”) and the layout follows their words. The rows are worded by us, the names
invented (the rare surnames 祝 and 鲍 with rare given names); every unit is a body of 清水河县.

Run ``python tests/published/score.py --set batch641`` and do not tune the reader against it.

Judgement calls: in the harder file both bands' points are the leader's (one form a leader, no
科室), each with its band's level; 分管工作 and 防控措施 name no holder. 局长, 副局长, 站长, 队长
(第一书记), 主任 of a 中心, 总经理 and 副总经理 are leaders; 股长 and a 科's 科长 middle; the rest
general. The 安置点管理站's list names no person: its forms are posts (对岗不对人). All the level
words are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b641_"
PLACE = "清水河县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (姓名, 职务, 分管工作, [(本人岗位风险, 等级)], [(分管领域风险, 等级)], 防控措施)
BANDS = [
    ("祝翯岚", "局长", "主持全面工作", [
        ("衔接资金项目库入库审核搞“打招呼”", "高"),
        ("干部选拔任用个人说了算", "中"),
    ], [
        ("驻村工作队轮换考核走过场", "中"),
        ("扶贫开发公司重大投资未经集体决策", "高"),
        ("安置点后续扶持项目验收把关不严", "中"),
    ], "重大事项局党组会集体研究，项目库公开公示。"),
    ("鲍湉岐", "副局长", "分管项目资金、扶贫资产", [
        ("收受项目实施企业礼品礼金", "中"),
    ], [
        ("衔接资金拨付不按项目进度", "高"),
        ("扶贫资产确权登记不实，资产流失", "中"),
    ], "资金拨付凭进度报告和监理意见，资产台账每年清查。"),
    ("祝沄珩", "副局长", "分管防返贫监测", [
        ("监测对象认定中优亲厚友", "高"),
        ("入户核查数据弄虚作假", "中"),
    ], [
        ("雨露计划补助发放审核不严", "低"),
    ], "监测对象村级评议、乡镇审核、县级审定，结果公示。"),
]  # fmt: skip


def qingshuihe_rural_bureau_two_bands() -> dict:
    unit = f"{PLACE}乡村振兴局"
    sh = _Sheet("班子成员", [6, 9, 9, 16, 34, 7, 34, 7, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子成员“一岗双责”廉政风险点表", 9)
    _line(sh, f"单位：{unit}{GAP * 20}2025年5月", 9)
    top = sh.add(
        "序号", "姓名", "职务", "分管工作", "个人岗位风险", None, "分管领域风险", None, "防控措施"
    )
    sh.add(None, None, None, None, "本人岗位廉政风险", "等级", "分管领域廉政风险", "等级", None)
    for c in (0, 1, 2, 3, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 5)
    sh.merge(top, 6, top, 7)
    for i, (who, post, work, own, led, measures) in enumerate(BANDS, 1):
        first = len(sh.rows)
        for k in range(max(len(own), len(led))):
            a = own[k] if k < len(own) else (None, None)
            b = led[k] if k < len(led) else (None, None)
            head = (i, who, post, work) if k == 0 else (None,) * 4
            sh.add(*head, a[0], a[1], b[0], b[1], measures if k == 0 else None)
        last = len(sh.rows) - 1
        if last > first:
            for c in (0, 1, 2, 3, 8):
                sh.merge(first, c, last, c)
        for point, lv in own + led:
            t.point(sh.name, "", post, who, "leader", point, [], HML[lv])
    _line(
        sh,
        "注：风险等级分高、中、低三级；“分管领域廉政风险”为班子成员履行“一岗双责”应当防控的风险。",
        9,
    )
    sh.add("填表：", None, None, "审核：", None, None, "局长（签字）：", None, None)
    return _layout(
        "qingshuihe_rural_bureau_two_bands", "http://39.103.169.235/p/00d91fc0e081",
        "(harder) 县乡村振兴局 领导班子成员“一岗双责”廉政风险点表, after the source on 乡村振兴资金 使用监管 (衔接资金, "
        "涉农整合资金, 定点帮扶资金, 村集体经济): a title, a ``单位：…`` line, a TWO-ROW heading: 序号/姓名/职务/分管工作/"
        "防控措施 merged down, ``个人岗位风险`` merged over ``本人岗位廉政风险 | 等级`` and ``分管领域风险`` over "
        "``分管领域廉政风险 | 等级``; one block a leader, merged down, the two bands side by side of unequal length, "
        "BOTH bands the leader's points with their own levels; 高/中/低; a ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qingshuihe_rural_office_two_sheets() -> dict:
    unit = f"{PLACE}乡村振兴服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鲍翀璟", "主任", [
            ("乡村振兴示范村评选暗箱操作", "一级", "评选方案公开，结果公示七天。"),
            ("东西部协作资金安排随意调整", "一级", "资金安排经领导小组审定。"),
        ]),
        ("祝岍瑗", "副主任", [
            ("帮扶车间租金减免审批不规范", "二级", "减免按标准集体研究。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划股", "股长", "祝琤岙", "middle", "乡村振兴规划编制委托中介不比选", "一级", "委托事项三家比选。"),
        ("规划股", "股长", "祝琤岙", "middle", "项目可行性论证走过场", "二级", "论证邀请行业专家参加。"),
        ("规划股", "股员", "鲍沨琰", "general", "项目申报材料审核不细", "三级", "材料初审、复审两级。"),
        ("财务股", "会计", "鲍湜芃", "general", "报账凭证审核不严，虚列支出", "二级", "凭证经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "qingshuihe_rural_office_two_sheets", "https://www.hanspub.org/journal/paperinformation?paperid=51372",
        "县乡村振兴服务中心 廉政风险防控一览表 in TWO SHEETS, after the source on 乡村振兴专项资金 管理漏洞 (资金分配管理混乱, "
        "部门职能交叉, 审核拖沓, 挪用): sheet 中心领导 with 姓名/职务 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qingshuihe_resettlement_station_posts() -> dict:
    unit = f"{PLACE}易地扶贫搬迁安置点管理站"
    sh = _Sheet("排查表", [6, 12, 10, 38, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "安置房分配不按抽签顺序", "制度机制", "高", "分房现场抽签，全程录像。"),
        ("站领导", "站长", "leader", "安置点配套工程变更签证不实", "业务流程", "高", "变更经设计、监理、站务会确认。"),
        ("社区服务科", "科长", "middle", "公益性岗位人员安排优亲厚友", "岗位职责", "中", "岗位人员公开招聘、公示。"),
        ("社区服务科", "科员", "general", "搬迁户后续补助发放冒领", "业务流程", "中", "补助一卡通发放，每季核对。"),
        ("物业管理科", "科员", "general", "物业费、水电费代收不入账", "思想道德", "低", "收费开具票据，日清月结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "qingshuihe_resettlement_station_posts", "http://cnshxw.com/tudi/nongyejingji/2017-04-21/12478.html",
        "县易地扶贫搬迁安置点管理站 岗位廉政风险点排查表 对岗不对人, after the source on 安置点 选址风险隐患排查 (规划选址, "
        "工程建设, 监管): 序号/科室 merged/岗位 merged per post/风险点/风险类型 (short)/高中低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def qingshuihe_village_team_selfchecks() -> dict:
    unit = f"{PLACE}驻村工作队"
    t = _Truth(unit)
    people = [
        ("祝湘璇", "韭菜庄村", "第一书记", "leader", [
            ("村集体经济项目选定不经“四议两公开”", "Ⅰ级", "项目选定严格执行“四议两公开”。", "已落实"),
            ("驻村工作经费列支不规范", "Ⅱ级", "经费凭票报销，派出单位审核。", "未发现问题"),
        ]),
        ("鲍峣琇", "韭菜庄村", "队员", "general", [
            ("帮扶物资发放不登记", "Ⅱ级", "物资发放登记签字，张榜公布。", "已落实"),
            ("代村民办理补贴时收取好处", "Ⅲ级", "代办事项登记，群众签字确认。", "已落实"),
            ("村级公益性岗位推荐人选不公", "Ⅱ级", "人选村民代表会议推荐并公示。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}队员廉政风险自查表", 5)
        sh.add("姓　名", "所驻村", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qingshuihe_village_team_selfchecks", "https://xiexiebang.com/a5/201905137/85d28b40179be75c.html",
        "县驻村工作队 队员廉政风险自查表, one sheet a person, after the source on 第一书记 选派 (建强基层组织, 推动精准扶贫): "
        "a label row ``姓　名 | 所驻村 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/自查情况; no type column",
        sheets, t,
    )  # fmt: skip


def qingshuihe_asset_centre_group_rows() -> dict:
    unit = f"{PLACE}扶贫资产管理中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "鲍玥澂", "leader", [
                ("经营性扶贫资产出租不公开竞价", "一级风险", "出租进入农村产权交易平台。"),
                ("资产收益分配方案个人决定", "一级风险", "收益分配方案经村民代表会议通过。"),
            ]),
        ]),
        ("二、资产管理股", "资产管理股", [
            ("股长", "祝砚翎", "middle", [
                ("资产登记台账与实物不符", "二级风险", "台账每年清查，账实核对。"),
            ]),
            ("股员", "鲍澍岷", "general", [
                ("资产处置评估不实", "三级风险", "处置委托评估机构，结果公示。"),
                ("光伏电站收益台账登记不及时", "二级风险", "收益到账即登记，每月对账。"),
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
        "qingshuihe_asset_centre_group_rows", "https://nongjiao.com/news/read-23652.html",
        "县扶贫资产管理中心 廉政风险防控责任清单, after the source's 扶贫资产管理 指导意见 (闲置, 浪费, 流失, 权属不清, "
        "产权交易): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS; no type column",
        [sh], t,
    )  # fmt: skip


def qingshuihe_development_company_cards() -> dict:
    unit = f"{PLACE}扶贫开发有限公司"
    t = _Truth(unit)
    cards = [
        ("总经理", "祝淏琬", "总经理", "主持公司全面工作", "leader", [
            ("产业帮扶项目合作方选择不公开", "★★★", "合作方公开比选，董事会决策。"),
            ("公司资金违规出借", "★★★", "资金出借一律禁止，银行账户受监管。"),
            ("接受合作企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副总经理", "鲍淇岱", "副总经理", "分管工程、采购", "leader", [
            ("扶贫车间建设工程分包把关不严", "★★", "分包须经发包方同意并备案。"),
            ("农资采购以次充好", "★★", "采购验收邀请受益村代表参加。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "qingshuihe_development_company_cards", "https://fx361.cc/page/2021/0527/12129370.shtml",
        "县扶贫开发公司 领导人员廉政风险防控卡, one sheet a leader, after the source on “扶贫公司” (可持续的贫困治理, "
        "市场机制, 政府主导): ``姓　名 | … | 职　务 | …`` and a 分管工作 line, then 序号/风险点/``★★★/★★/★``/"
        "防控措施; a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def qingshuihe_monitoring_centre_list() -> dict:
    unit = f"{PLACE}防返贫监测中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鲍曦沅", "leader", "监测对象纳入、风险消除审定把关不严", "制度机制", "高风险",
         "审定会集体研究，名单公示。"),
        ("监测股", "股长", "祝璆汐", "middle", "入户核查走过场、电话填表", "岗位职责", "中风险", "入户核查留存影像。"),
        ("监测股", "股员", "鲍崧芃", "general", "监测数据录入弄虚作假", "业务流程", "中风险", "数据录入双人复核。"),
        ("帮扶股", "股员", "祝璠岚", "general", "帮扶措施落实台账虚填", "思想道德", "低风险", "台账与农户核对签字。"),
        ("帮扶股", "股员", "祝璠岚", "general", "产业奖补资金申报审核不实", "业务流程", "中风险", "奖补对象实地核验。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "qingshuihe_monitoring_centre_list", "https://www.bssjw.gov.cn/info/1132/36441.htm",
        "县防返贫监测中心 岗位廉政风险防控一览表, after the source on 防止返贫监测帮扶 集中排查 (挂包干部入户, 电话填表, "
        "分析研判, 民主评议): ``附件3``, a 填报单位（盖章） line, 部门/岗位/责任人 on EVERY row, short types, "
        "``高风险/中风险/低风险``",
        [sh], t,
    )  # fmt: skip


def qingshuihe_project_office_register() -> dict:
    unit = f"{PLACE}搬迁社区服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "祝琰湄", "leader", [
            ("社区治理经费使用不公开", "制度机制", "一级", "经费收支每季公开。"),
            ("就业帮扶车间入驻企业选定违规", "外部环境", "二级", "入驻企业公开招引。"),
        ]),
        ("就业服务科", "科长", "鲍潆翎", "middle", [
            ("搬迁群众就业补贴审核不严", "岗位职责", "二级", "补贴名单公示，抽查核实。"),
        ]),
        ("就业服务科", "科员", "祝朏岑", "general", [
            ("技能培训签到造假套取补贴", "业务流程", "一级", "培训签到人脸识别。"),
            ("收受群众礼品", "思想道德", "三级", "签订廉洁承诺书。"),
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
        "qingshuihe_project_office_register", "http://www.fx361.com/page/2021/1105/9061799.shtml",
        "县搬迁社区服务中心 廉政风险点排查登记表, after the source on 易地扶贫搬迁 后续社区治理与社会融入 (就业, 社区治理): "
        "科室 merged, 岗位/姓名 merged per person, 风险类别 (short), ``一级/二级/三级``, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qingshuihe_rural_bureau_two_bands(),
    qingshuihe_rural_office_two_sheets(),
    qingshuihe_resettlement_station_posts(),
    qingshuihe_village_team_selfchecks(),
    qingshuihe_asset_centre_group_rows(),
    qingshuihe_development_company_cards(),
    qingshuihe_monitoring_centre_list(),
    qingshuihe_project_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch641-inbox"))

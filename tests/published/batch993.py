"""The nine-hundred-and-ninety-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 执法 bodies and
its 窗口, 岳西县 (安庆市, 安徽省) — its 城市管理综合行政执法局, 交通运输综合行政执法大队, the 市场监督管理局's
天堂市场监管所, the 政务服务中心, the 不动产登记中心, the 县税务局 and its 店前税务分局 and the 医疗保险经办中心 —
each handing back the 一览表, 排查表, 防控卡, 清单 or 自查表 its staff typed in WPS or Excel:

- the 城市管理综合行政执法局's 一览表: ``科室`` merged (``局领导``, ``执法一中队``, ``法制审核股``), ``职务 |
  姓名`` merged per person, ``…风险`` types, 高/中/低 and a ``注：`` line;
- the 交通运输综合行政执法大队's 排查表 under ``附件3``: ``中队 | 岗位 | 姓名`` on EVERY row, short types
  under ``风险类别``, ``一级/二级/三级``;
- the 天堂市场监管所's 防控卡, one sheet a person (tabs named by the post): ``持卡人 | … | 职　务 | …`` and a
  merged 主要职责 line, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 不动产登记中心's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``一级风险/二级风险/三级风险``;
  no names;
- the 县税务局's 责任清单: ``部门 | 岗位 | 责任人`` on every row, short types, ``高风险/中风险/低风险``;
- the 店前税务分局's 自查表, one sheet a person: a label row ``姓　名 | 股　室 | 职　务 | 填表日期`` over a row
  of values, 高/中/低, ``防控措施 | 自查情况``, no type column;
- the 医疗保险经办中心's 清单 under GROUP ROWS ``一、待遇审核股``, ``二、基金稽核股`` (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``…风险`` types.

One is harder:

- ``yuexi_service_centre_post_numbers``: the 政务服务中心's list in TWO SHEETS. The first, ``岗位设置``, is the
  centre's roster of window posts: ``序号 | 窗口 | 岗位 | 工作人员``, numbered 1–5 (one post worked by two, its
  cell ``秃发…、可朱浑…``). The second, ``风险点``, lists the points with NO 科室, 岗位 or 姓名 column: ``序号 |
  岗位序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, where ``岗位序号`` is the NUMBER of the post's row
  in the first sheet (plain 1, 3, 2 …, the points not in post order), and a ``注：`` line says so
  (``“岗位序号”即《岗位设置》表中的序号``). The README's 读得懂的表 and docs/layouts.md know such a key when it
  is a CODE (``GW01`` in a ``岗位编号`` column or a tab's name, a 风险编码's prefix ``S01-``, a ``人员编号``
  ``SJ2501``) or when the risk table writes the post's NAME (a roster above the table); they do not
  describe a risk sheet keyed to the roster sheet by the roster's own running 序号, a bare number, which
  must give each point to the holder(s) of that row (科室 and 岗位 from it).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a commentary on 城管 "以罚代管" and
罚款 taken without a 决定书; a 路政 and 高速 joint 治超 action at the motorway exits; a primer on a 市场监管所's
parts and its 执法; a 省 standard for the 政务服务 综合窗口 and its 人员分类及岗位职责; a 不动产登记 procedure
受理、扫描、审查、审定、登簿; a study of 税收执法风险 (越权, 侵权); a 县国税系统's plan against 职务犯罪 in
征管 and 发票; a 市医保局's five 欺诈骗保 cases found by 稽核) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
compound surnames 秃发 and 可朱浑 with rare given names); every unit is a body of 岳西县.

Run ``python tests/published/score.py --set batch993`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's holder is the person (or each of the people) of the ``岗位设置`` row whose
  序号 its ``岗位序号`` names, his 科室 that row's ``窗口``, his post its ``岗位``; the two who work one window
  post each have its points (their own copies); the roster's rows are no points, the ``注：`` line none;
- ``局领导``, ``中心领导`` are the 科室 of the leaders, ``所领导`` none (the 所's cards name no 科室); a 局's
  中队, 股 and 窗口, a 中心's 股 and 窗口 are 科室; a 税务局's 股 and 分局's 股 too;
- the 局, the 大队, the 所, the 中心 and the 分局 are units of their own: 局长, 副局长, 大队长, 所长, 主任, 副主任,
  分局长 are leaders; 中队长, 股长 and 窗口负责人 middle; the rest general;
- ``主要职责``, ``自查情况`` and ``填表日期`` are no points and name no holder; the 不动产登记中心's list names
  no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``★★★/★★/★``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级``
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

PREFIX = "b993_"
PLACE = "岳西县"
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

# (序号, 窗口, 岗位, tier, people)
ROSTER = [
    (1, "中心领导", "主任", "leader", ["秃发翛湛"]),
    (2, "综合受理窗口", "窗口负责人", "middle", ["可朱浑霈珩"]),
    (3, "综合受理窗口", "综合窗口受理员", "general", ["秃发琇沄", "可朱浑翙"]),
    (4, "工程建设项目审批窗口", "审批专员", "general", ["可朱浑澍瑗"]),
    (5, "投诉与监督股", "效能监督员", "general", ["秃发岚翯"]),
]  # fmt: skip
# (岗位序号, 风险点, 风险类型, 风险等级, 防控措施) — not in post order
KEYED_POINTS = [
    (1, "进驻事项调整、窗口人员考核个人说了算", "制度机制风险", "高", "事项调整、考核结果经主任办公会研究并公示。"),
    (3, "对申请材料“选择性”一次性告知，故意刁难", "岗位职责风险", "中", "一次性告知单留存，“好差评”逐件回访。"),
    (2, "为熟人、中介插队或“绿色通道”违规加塞", "思想道德风险", "中", "叫号系统全程留痕，窗口负责人每日抽查。"),
    (4, "工程项目审批中收受建设单位财物", "思想道德风险", "高", "联合审批集体会商，审批时限系统预警。"),
    (3, "泄露企业、群众申报信息", "岗位职责风险", "低", "系统权限分级管理，调阅登记。"),
    (1, "大厅运维、设备采购指定供应商", "业务流程风险", "高", "采购按程序公开比选，纪检全程监督。"),
    (5, "效能投诉调查偏袒窗口人员", "外部环境风险", "中", "投诉件办结回访，调查报告集体审核。"),
    (4, "容缺受理后不跟踪补正材料", "业务流程风险", "中", "容缺事项台账管理，到期未补正预警。"),
]  # fmt: skip


def yuexi_service_centre_post_numbers() -> dict:
    unit = f"{PLACE}政务服务中心"
    t = _Truth(unit)
    roster = _Sheet("岗位设置", [6, 20, 18, 24])
    _line(roster, f"{unit}窗口岗位设置表", 4)
    roster.add("序号", "窗口", "岗位", "工作人员")
    for n, window, post, _tier, people in ROSTER:
        roster.add(n, window, post, "、".join(people))
    roster.add("制表：综合股", None, "2025年4月", None)
    risks = _Sheet("风险点", [6, 10, 40, 14, 10, 36])
    _line(risks, f"{unit}岗位廉政风险点及防控措施", 6)
    risks.add("序号", "岗位序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    by_number = {row[0]: row for row in ROSTER}
    for i, (n, point, typ, lv, measures) in enumerate(KEYED_POINTS, 1):
        risks.add(i, n, point, typ, lv, measures)
        _n, window, post, tier, people = by_number[n]
        for person in people:
            t.point(risks.name, window, post, person, tier, point, types_in(typ), HML[lv])
    _line(risks, "注：“岗位序号”即《岗位设置》表中的序号，风险点由该岗位工作人员承担。", 6)
    risks.add("填表人：", None, "审核人：", None, "2025年4月", None)
    return _layout(
        "yuexi_service_centre_post_numbers", "https://www.duodown.com/biaozhun/53257584.html",
        "(harder) 县政务服务中心 list in TWO SHEETS, after the source's 省 standard for the 政务服务 综合窗口 (人员分类及"
        "岗位职责, 服务要求, 监督考核): a first sheet ``岗位设置`` ``序号 | 窗口 | 岗位 | 工作人员`` (1–5, one post of two "
        "``甲、乙``) and a second ``风险点`` with NO 科室/岗位/姓名 column: ``序号 | 岗位序号 | 廉政风险点 | 风险类型 | "
        "风险等级 | 防控措施``, ``岗位序号`` the NUMBER of the post's row in the first sheet (not in post order); a "
        "``注：`` line saying so; ``…风险`` types, 高/中/低",
        [roster, risks], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuexi_urban_enforcement_list() -> dict:
    unit = f"{PLACE}城市管理综合行政执法局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "可朱浑翀澈", "leader", "重大案件处罚意见为当事人说情", "思想道德风险", "高",
         "重大案件集体讨论，过问情况登记报告。"),
        ("局领导", "副局长", "可朱浑翀澈", "leader", "执法车辆、装备采购指定品牌", "制度机制风险", "高",
         "采购按政府采购程序，结果公示。"),
        ("执法一中队", "中队长", "秃发湉珺", "middle", "罚款不开具决定书、以罚代管", "岗位职责风险", "高",
         "当场处罚使用统一编号决定书，罚缴分离。"),
        ("执法一中队", "中队长", "秃发湉珺", "middle", "暂扣物品处置不登记、私分", "业务流程风险", "中",
         "暂扣物品登记造册，统一入库，定期清点。"),
        ("执法一中队", "执法队员", "可朱浑沄翊", "general", "巡查中吃拿商贩财物", "外部环境风险", "中",
         "执法记录仪全程记录，公开举报电话。"),
        ("法制审核股", "股长", "秃发澂瑀", "middle", "法制审核走过场、降低标准", "岗位职责风险", "中",
         "审核意见留痕，疑难案件集体研究。"),
        ("法制审核股", "股长", "秃发澂瑀", "middle", "自由裁量不按基准执行", "制度机制风险", "低",
         "裁量基准上网公开，案卷季度评查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "yuexi_urban_enforcement_list", "https://v.huatu.com/beikao/20131029/80814.html",
        "县城市管理综合行政执法局 岗位廉政风险防控一览表, after the source's commentary on 城管 ``以罚代管`` (罚款 without "
        "a 处罚决定书, 扣东西, 罚缴分离): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yuexi_transport_enforcement_screening() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("排查表", [6, 14, 12, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2025年5月", 8)
    sh.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "秃发霂翾", "leader", "超限车辆处罚中为亲友说情", "思想道德", "一级",
         "处罚案件法制审核，过问登记。"),
        ("大队领导", "大队长", "秃发霂翾", "leader", "治超站点建设工程指定施工单位", "制度机制", "一级",
         "工程项目公开招标，全程监督。"),
        ("路政治超中队", "中队长", "可朱浑瀞岚", "middle", "超限车辆卸载不到位即违规放行", "岗位职责", "一级",
         "卸载过程视频留存，复检后放行。"),
        ("路政治超中队", "中队长", "可朱浑瀞岚", "middle", "联合执法中向货运业主通风报信", "外部环境", "二级",
         "行动前统一收缴通讯工具。"),
        ("运政稽查中队", "稽查员", "秃发瑗沨", "general", "非法营运车辆查扣后私自放车", "业务流程", "二级",
         "查扣车辆进停车场登记，两人放车。"),
        ("运政稽查中队", "稽查员", "秃发瑗沨", "general", "接受客运企业吃请", "思想道德", "三级",
         "签订廉洁承诺书，公开监督电话。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "大队长（签字）：", None, None, None)
    return _layout(
        "yuexi_transport_enforcement_screening", "https://www.huigongju.com/show_124435",
        "县交通运输综合行政执法大队 廉政风险点排查表, after the source's report of a 路政 and 高速公路路政大队 joint 治超 "
        "action at the motorway exits (固定稽查, 流动稽查, 超限车辆查处): ``附件3``, a title, a merged 填报单位/填报日期 "
        "line, then 序号/中队/岗位/姓名 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def yuexi_tiantang_market_station_cards() -> dict:
    unit = f"{PLACE}市场监督管理局天堂市场监管所"
    t = _Truth(unit)
    cards = [
        ("所长", "可朱浑璆翎", "主持所内全面工作，负责案件审核", "leader", [
            ("行政处罚案件中说情减免罚款", "★★★", "案件经所务会集体审议，罚没款直缴国库。"),
            ("辖区企业检查计划个人决定", "★★", "检查对象“双随机”抽取，结果公示。"),
        ]),
        ("食品安全监管员", "秃发泠翮", "食品经营许可现场核查、日常检查", "general", [
            ("许可现场核查降低标准", "★★", "核查两人以上，照片存档。"),
            ("检查中收受餐饮店主礼品", "★★★", "签订廉洁承诺，执法记录仪全程记录。"),
            ("抽检样品选择性送检", "★", "抽检计划上级下达，样品编号盲送。"),
        ]),
        ("登记注册员", "可朱浑沚", "个体工商户登记、年报", "general", [
            ("登记材料审核不严、代办人代签", "★★", "材料实名核验，疑点上报所长。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, duty, tier, items in cards:
        sh = _Sheet(post, [8, 38, 12, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        r = sh.add("主要职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签名：", None, "所长签名：", None)
        sheets.append(sh)
    return _layout(
        "yuexi_tiantang_market_station_cards",
        "https://www.hkyyi.com/html/xi-po-po-shi-chang-jian-guan-ju-suo.html",
        "乡镇 市场监管所 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's primer on a "
        "市场监管所's parts (办公室, 执法, 监督检查, 消费者权益保护) and its 执法: a title, ``持卡人 | … | 职　务 | …`` and a "
        "merged 主要职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line reading the stars; "
        "no type column; 持卡人签名/所长签名",
        sheets, t,
    )  # fmt: skip


def yuexi_realestate_posts() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("受理窗口", "受理岗", "general", "对不符合条件的申请违规受理", "岗位职责风险", "二级风险",
         "受理要件清单化，系统校验。"),
        ("受理窗口", "受理岗", "general", "与中介勾连，为“黄牛”提前取号", "外部环境风险", "一级风险",
         "实名预约取号，大厅视频监控。"),
        ("登记审核股", "审核岗", "general", "审查把关不严、登记错误", "业务流程风险", "一级风险",
         "审查、审定分人办理，错登追责。"),
        ("登记审核股", "登簿岗", "general", "违规更改登记簿记载事项", "制度机制风险", "一级风险",
         "登簿权限专人专码，修改留痕。"),
        ("发证窗口", "缮证岗", "general", "证书印制、发放不登记，冒领证书", "业务流程风险", "三级风险",
         "证书编号管理，领证核验身份。"),
        ("发证窗口", "缮证岗", "general", "违规查询、泄露登记信息", "思想道德风险", "二级风险",
         "查询凭证件，系统记录查询日志。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：登记审核股", None, "审核：", None, "2025年3月", None, None)
    return _layout(
        "yuexi_realestate_posts", "http://17gsgoj.icu/phplb",
        "县不动产登记中心 岗位廉政风险防控清单 对岗不对人, after the source's 不动产登记 procedure (受理, 扫描, 审查, 审定, "
        "登簿, 缮证): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yuexi_tax_bureau_duty_list() -> dict:
    unit = f"{PLACE}税务局"
    sh = _Sheet("责任清单", [6, 16, 12, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "秃发琛澹", "leader", "干预税务稽查案件定性处理", "思想道德", "高风险",
         "过问干预登记报告，稽查案件审理委员会审理。"),
        ("税政股", "股长", "可朱浑珈翃", "middle", "减免税审核放宽条件", "岗位职责", "高风险",
         "减免税审核两级复核，定期抽查。"),
        ("税政股", "股长", "可朱浑珈翃", "middle", "越权批准延期缴纳税款", "制度机制", "中风险",
         "延期缴纳严格按权限报批。"),
        ("征收管理股", "科员", "秃发沅霁", "general", "非正常户认定、解除随意", "业务流程", "中风险",
         "认定、解除系统留痕，月度核查。"),
        ("征收管理股", "科员", "秃发沅霁", "general", "选择性执法、人情执法", "外部环境", "低风险",
         "执法全过程记录，执法质量考评。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "yuexi_tax_bureau_duty_list", "http://zgkjsz.com/page/2016/1229/13662962.shtml",
        "县税务局 廉政风险防控责任清单, after the source's study of 税收执法风险 (越权型, 侵权型执法, 执法队伍): a title, "
        "序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def yuexi_dianqian_tax_branch_selfchecks() -> dict:
    unit = f"{PLACE}税务局店前税务分局"
    t = _Truth(unit)
    people = [
        ("秃发璇沚", "分局领导", "分局长", "leader", [
            ("个体户定额核定中优亲厚友", "高", "定额核定集体评议，结果公示。", "已落实"),
            ("分局经费报销把关不严", "中", "报销两人审核，按月公开。", "未发现问题"),
        ]),
        ("可朱浑淏", "税源管理股", "税收管理员", "general", [
            ("发票领用审核不严、违规增量", "高", "增量申请系统审批，异常预警。", "已落实"),
            ("接受纳税人宴请、礼品", "中", "签订廉洁承诺，定期回访纳税人。", "已落实"),
            ("漏征漏管户清理走过场", "低", "清理结果股室复核，抽查回访。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "股　室", "职　务", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yuexi_dianqian_tax_branch_selfchecks", "https://wenshuyi.com/a/filetqck9454.html",
        "乡镇 税务分局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县国税系统 plan "
        "against 职务犯罪 (税收执法权, 征管改革, 发票): a title, a label row ``姓　名 | 股　室 | 职　务 | 填表日期`` over "
        "a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; "
        "``本人签名： | 分局长意见：``",
        sheets, t,
    )  # fmt: skip


def yuexi_medical_insurance_group_rows() -> dict:
    unit = f"{PLACE}医疗保险经办中心"
    sh = _Sheet("清单", [6, 12, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "可朱浑琰翀", "leader", [
                ("定点医药机构协议管理中打招呼", "思想道德风险", "Ⅰ级", "协议签订集体研究，名单公示。"),
            ]),
        ]),
        ("二、待遇审核股", "待遇审核股", [
            ("股长", "秃发瀛珝", "middle", [
                ("慢特病待遇认定放宽标准", "岗位职责风险", "Ⅰ级", "认定专家评审，结果公示。"),
                ("异地就医零星报销审核不严", "业务流程风险", "Ⅱ级", "报销资料两人审核，抽查复核。"),
            ]),
            ("审核员", "可朱浑翊", "general", [
                ("伪造票据报销审核未发现", "业务流程风险", "Ⅱ级", "票据真伪系统查验。"),
            ]),
        ]),
        ("三、基金稽核股", "基金稽核股", [
            ("稽核员", "秃发汐琤", "general", [
                ("稽核中发现分解住院不报告", "岗位职责风险", "Ⅰ级", "稽核结果集体审定，问题台账管理。"),
                ("接受定点药店财物，放松检查", "外部环境风险", "Ⅱ级", "稽核两人以上，随机派单。"),
                ("追回基金台账登记不实", "制度机制风险", "Ⅲ级", "追回款项与财务对账。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, staff in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in staff:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "yuexi_medical_insurance_group_rows", "http://119.100.56.21/contents/143/14073.html",
        "县医疗保险经办中心 岗位廉政风险防控清单 under GROUP ROWS, after the source's account of a 市医保局's five "
        "欺诈骗保 cases found by 稽核 (分解住院, 非定点药店结算, 串用, 伪造票据): a title, 序号/岗位/姓名/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, group rows ``一、中心领导``, ``二、待遇审核股``, "
        "``三、基金稽核股`` merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuexi_service_centre_post_numbers(),
    yuexi_urban_enforcement_list(),
    yuexi_transport_enforcement_screening(),
    yuexi_tiantang_market_station_cards(),
    yuexi_realestate_posts(),
    yuexi_tax_bureau_duty_list(),
    yuexi_dianqian_tax_branch_selfchecks(),
    yuexi_medical_insurance_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch993-inbox"))

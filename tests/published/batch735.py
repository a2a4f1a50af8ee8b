"""The seven-hundred-and-thirty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's water and
scenic-area bodies, 辉南县 (of 通化市, 吉林省) — its 水利局, 水政监察大队, 河湖管理站, 杉松岗水库管理站
and 农村饮水安全管理站, and the bodies of the 龙湾 scenic area (龙湾景区管理中心, 龙湾景区游客服务中心,
龙湾景区票务中心) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed:

- the 水利局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 水政监察大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, ``风险类型`` ``…风险``, 高/中/低; no
  names;
- the 河湖管理站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 农村饮水安全管理站's 责任清单 under GROUP ROWS ``一、站领导`` … (no 股室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 杉松岗水库管理站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 龙湾景区游客服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 龙湾景区票务中心's 登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``huinan_longwan_centre_first_mention``: the 龙湾景区管理中心's 岗位廉政风险排查表, ONE ROW A POINT,
  the rows ordered BY BUSINESS (``业务类别`` merged down: 门票收入管理, 工程项目建设, 经营项目管理,
  资源保护执法), not by holder, so one post's rows stand apart in several businesses; ``责任岗位`` is
  written on EVERY row, but ``责任人`` only on the FIRST row where a post appears — the later rows of
  that post leave it blank, and a ``注：`` line says so (``同一岗位的责任人只在该岗位首次出现时填写``).
  A blank 责任人 is therefore the holder of the SAME POST named higher up, not the person on the row
  above. The README's 读得懂的表 knows a name merged down over a person's rows, a name written on every
  row (blank = no holder), ``（下同）`` over blank cells, group rows naming the members, a roster line
  giving a post's holder; it does not describe a list ordered by business whose name cell is filled
  only at each post's first appearance.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 青龙湾 管委会 调研 — 游客接待中心,
环湖公路, 景区公司化运营, 水源安全, 执法; a 水利局 工作总结 — 农村饮水安全, 维修养护经费, 水质监管; a
采砂规划 实施评估 — 采砂许可, 监管; 河道采砂管理 问题及对策 — 非法采砂, 水政执法; 河道砂石 属性 —
清淤, 砂石资源; 病险水库除险加固 — 责任书, 除险加固; 龙湾海滨景区 — 价格投诉, 巡逻, 救生, 失物;
景区门票 — 门票收入分成, 收支管理) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 琚 and 邝 with
rare given names); every unit is a body of 辉南县.

Run ``python tests/published/score.py --set batch735`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a blank ``责任人`` is the holder written at the first row of the same
  ``责任岗位``; one form a holder, no 科室 (the table names none; ``业务类别`` is no 科室); the ``注：``
  line and the 填表/审核 line are no points;
- ``局领导``, ``站领导`` (a group row) and the cards' posts: 局长, 副局长, 主任, 副主任, 站长, 副站长 and
  大队长 are leaders; 股长, 中队长, 科长 and 部长 middle; the rest general;
- the 水政监察大队's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b735_"
PLACE = "辉南县"
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

# the holders: post -> (name, tier)
HOLDERS = {
    "主任": ("琚翕岚", "leader"),
    "副主任": ("邝湝岵", "leader"),
    "票务主管": ("琚蘩沚", "general"),
    "会计": ("邝澥珣", "general"),
    "工程管理员": ("琚飏霂", "general"),
    "执法队长": ("邝舣涔", "middle"),
}

# (业务类别, 责任岗位, 廉政风险点, 风险等级, 防控措施), ordered by business
BY_BUSINESS = [
    ("门票收入管理", "票务主管", "门票收入不按日解缴，截留挪用", "一级", "门票收入当日解缴财政专户，日清日结。"),
    ("门票收入管理", "会计", "门票票据领用核销不严，票据重复使用", "二级", "票据专人保管，领用核销登记。"),
    ("门票收入管理", "副主任", "擅自扩大免票、优惠票范围，人情放行", "二级", "免票优惠政策上墙公示，逐笔登记。"),
    ("工程项目建设", "主任", "环湖公路等基础设施项目插手干预招投标", "一级", "项目一律进入公共资源交易平台。"),
    ("工程项目建设", "副主任", "游步道、栈道维修工程验收把关不严", "二级", "验收邀请县水利局、审计部门参加。"),
    ("工程项目建设", "工程管理员", "工程量签证虚增，多计工程款", "一级", "签证须监理、跟踪审计共同签字。"),
    ("经营项目管理", "主任", "景区游船、摊位经营项目发包暗箱操作", "一级", "经营项目公开竞价，结果公示。"),
    ("经营项目管理", "票务主管", "旅行社团队门票结算违规给予返利", "二级", "团队结算按协议价执行，按月对账。"),
    ("经营项目管理", "会计", "经营户租金、保证金收取不入账", "二级", "租金保证金统一开具票据入账。"),
    ("资源保护执法", "执法队长", "对违规占用水源保护区查处不力，以罚代管", "二级", "执法全程记录，处罚集体审议。"),
    ("资源保护执法", "工程管理员", "水面保洁、林木管护外包验收走过场", "三级", "外包服务按月考核，考核表存档。"),
    ("资源保护执法", "执法队长", "接受经营户吃请，选择性执法", "三级", "签订廉洁执法承诺书，公开举报电话。"),
]  # fmt: skip


def huinan_longwan_centre_first_mention() -> dict:
    unit = f"{PLACE}龙湾景区管理中心"
    sh = _Sheet("排查表", [6, 14, 12, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "业务类别", "责任岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    seen: set[str] = set()
    for i, (biz, post, point, lv, measures) in enumerate(BY_BUSINESS, 1):
        who, _tier = HOLDERS[post]
        shown = None if post in seen else who
        seen.add(post)
        sh.add(i, biz, post, shown, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a holder, in the order of first appearance
    order = list(dict.fromkeys(post for _b, post, *_ in BY_BUSINESS))
    for post in order:
        who, tier = HOLDERS[post]
        for _biz, p, point, lv, _m in BY_BUSINESS:
            if p == post:
                t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：同一岗位的责任人只在该岗位首次出现时填写，以下不再重复；风险等级分一级、二级、三级。",
        7,
    )
    sh.add("填表：", None, "审核：", None, None, "主任（签字）：", None)
    return _layout(
        "huinan_longwan_centre_first_mention", "https://ngzx.gov.cn/html/main/news/show-1303.html",
        "(harder) 县景区管理中心 岗位廉政风险排查表, after the source's 青龙湾管委会 调研 (游客接待中心, 环湖公路, 景区"
        "公司化运营, 水源安全, 执法): a title, a merged 填报单位/date line, 序号/业务类别 merged down/责任岗位 on every "
        "row/责任人/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; the rows ORDERED BY BUSINESS so one post's rows "
        "stand apart, and 责任人 written ONLY at each post's FIRST row, blank at its later rows (a ``注：`` line says "
        "so); no type column; a 填表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huinan_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水利局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("琚澄岐", "局长", "主持全面工作", [
            ("水利项目立项和资金安排个人说了算", "一级", "项目和资金安排经局党组会集体研究。"),
            ("干预河道采砂许可，为特定企业打招呼", "一级", "采砂许可按规划公开招标拍卖。"),
        ]),
        ("邝蘩岫", "副局长", "分管河湖管理、水政执法", [
            ("采砂规划实施监管不到位，默许超范围开采", "一级", "采砂现场视频监控，定期联合检查。"),
            ("河道管理范围内建设项目审查把关不严", "二级", "涉河项目审查专家论证，意见公开。"),
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
        ("行政审批股", "股长", "琚霙沄", "middle", "取水许可审批超时限或降低条件", "一级", "审批事项限时办结，网上公开进度。"),
        ("行政审批股", "股长", "琚霙沄", "middle", "水土保持方案审批收受好处", "二级", "方案技术审查与行政审批分离。"),
        ("规划计划股", "股长", "邝飏澍", "middle", "项目申报材料弄虚作假，套取上级资金", "一级", "申报材料实地核查，集体审定。"),
        ("规划计划股", "科员", "琚甯澂", "general", "项目库信息录入不实", "三级", "项目库信息双人复核。"),
        ("财务股", "会计", "邝灏璘", "general", "维修养护经费拨付审核不严", "二级", "拨付凭验收单和审批单。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "huinan_water_bureau_two_sheets", "https://fx361.cc/page/2022/0416/10254607.shtml",
        "县水利局 廉政风险防控一览表 in TWO SHEETS, after the source's 河道采砂规划 实施评估 (采砂许可, 采砂监管, "
        "规划实施): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def huinan_water_inspection_posts() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "中队", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "非法采砂案件查处中说情、压案不办", "制度机制风险", "高",
         "重大案件集体审议，办案全程留痕。"),
        ("执法一中队", "中队长", "middle", "对非法采砂船只、机具扣押后私自放行", "岗位职责风险", "高",
         "扣押物品登记造册，放行须大队长审批。"),
        ("执法一中队", "中队长", "middle", "巡查中发现问题不记录、不上报", "业务流程风险", "中",
         "巡查轨迹和记录上传执法平台。"),
        ("执法一中队", "执法队员", "general", "罚款收缴不开具票据", "业务流程风险", "中",
         "罚缴分离，罚款直接缴入指定账户。"),
        ("执法二中队", "执法队员", "general", "接受采砂业主宴请、礼品", "思想道德风险", "低",
         "签订廉洁执法承诺书，节前提醒。"),
        ("执法二中队", "执法队员", "general", "向采砂业主通风报信，泄露检查计划", "外部环境风险", "高",
         "联合检查临时确定路线，执法记录仪全程开启。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "huinan_water_inspection_posts", "http://m.jizihe.com/page/2017/0120/15242534.shtml",
        "县水政监察大队 岗位廉政风险点排查表 对岗不对人, after the source's 河道采砂管理 问题及对策 (非法采砂, 水政执法, "
        "监管): a title, 序号/中队 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def huinan_river_station_selfchecks() -> dict:
    unit = f"{PLACE}河湖管理站"
    t = _Truth(unit)
    people = [
        ("琚朏璘", "站领导", "站长", "leader", [
            ("河道清淤疏浚项目砂石处置不公开，私自变卖", "Ⅰ级", "清淤砂石统一处置，收入上缴财政。", "已落实"),
            ("河湖“清四乱”整治中对违建从轻处理", "Ⅱ级", "整治台账销号管理，结果公示。", "未发现问题"),
        ]),
        ("邝翕琮", "河道管理股", "股长", "middle", [
            ("涉河建设项目现场监管走过场", "Ⅱ级", "监管记录存档，定期抽查。", "已落实"),
            ("河道岸线利用审查收受好处", "Ⅰ级", "岸线利用审查集体会审。", "已落实"),
        ]),
        ("琚沺翙", "河道管理股", "巡河员", "general", [
            ("巡河记录弄虚作假", "Ⅲ级", "巡河轨迹APP上传，随机核查。", "未发现问题"),
            ("发现乱采乱挖隐瞒不报", "Ⅱ级", "发现问题两小时内报告。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huinan_river_station_selfchecks", "http://www.handmsg.com/page/2021/0914/15271487.shtml",
        "县河湖管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 河道砂石 "
        "(清淤, 砂石资源, 采砂活动): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def huinan_rural_water_group_rows() -> dict:
    unit = f"{PLACE}农村饮水安全管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "邝甯翾", "leader", [
                ("饮水安全巩固提升项目确定施工队伍不按程序", "一级风险", "项目按规定招标或比选，结果公示。"),
                ("维修养护资金安排厚此薄彼", "二级风险", "维修养护资金按工程台账分配，集体研究。"),
            ]),
        ]),
        ("二、工程管理股", "工程管理股", [
            ("股长", "琚灏岐", "middle", [
                ("饮水工程验收降低标准", "一级风险", "验收邀请乡镇和受益村代表参加。"),
            ]),
            ("技术员", "邝霙岱", "general", [
                ("管网延伸工程量核定不实", "二级风险", "工程量现场双人核定。"),
            ]),
        ]),
        ("三、水质检测室", "水质检测室", [
            ("检测员", "琚璘湑", "general", [
                ("水质检测数据弄虚作假", "二级风险", "检测原始记录留存，定期比对。"),
                ("检测试剂采购收受回扣", "三级风险", "试剂采购三家比价。"),
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
        "huinan_rural_water_group_rows", "http://www.hstdqc.com/scxxxgk/sljjhzj/202209/34977d8592594f549f713578d88fd5e9.shtml",
        "县农村饮水安全管理站 廉政风险防控责任清单, after the source's 水利局 工作总结 (农村饮水安全 巩固提升, 维修养护"
        "经费, 水质监管): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、站领导``, ``二、工程管理股``, ``三、水质检测室`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def huinan_reservoir_station_cards() -> dict:
    unit = f"{PLACE}杉松岗水库管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "邝瑀汐", "站长", "主持全面工作，负责除险加固项目", "leader", [
            ("除险加固项目资金挤占挪用", "★★★", "项目资金专账核算，接受审计。"),
            ("除险加固工程设计变更不经论证", "★★★", "设计变更报县水利局审批。"),
            ("接受施工单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副站长", "琚洵蘅", "副站长", "分管大坝巡查、防汛", "leader", [
            ("防汛物资采购、储备账实不符", "★★", "防汛物资入库验收，汛前汛后盘点。"),
            ("水库管理范围内违规养殖、垂钓不制止", "★★", "管理范围公告，巡查记录存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "huinan_reservoir_station_cards", "https://m.fx361.cc/news/2010/0425/17105448.html",
        "县水库管理站 廉政风险防控卡, one sheet a person, after the source's 病险水库除险加固 部署 (除险加固, 责任书, "
        "防汛): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def huinan_longwan_visitor_list() -> dict:
    unit = f"{PLACE}龙湾景区游客服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "琚舣澜", "leader", "价格投诉处理偏袒经营户", "岗位职责", "中风险",
         "投诉处理结果回访游客，登记备查。"),
        ("中心领导", "主任", "琚舣澜", "leader", "景区观光车、讲解服务定价不经集体研究", "制度机制", "高风险",
         "服务定价报物价部门备案并公示。"),
        ("综合部", "部长", "邝洵芃", "middle", "游客中心物资采购不比价", "业务流程", "中风险",
         "物资采购三家比价，验收双人签字。"),
        ("巡逻救生队", "队长", "琚澥岑", "middle", "救生员排班和加班补助虚报", "业务流程", "中风险",
         "排班表公示，补助按考勤发放。"),
        ("巡逻救生队", "巡逻员", "邝澍翯", "general", "拾得游客财物不登记、私自处置", "思想道德", "低风险",
         "失物登记招领，定期公示。"),
        ("巡逻救生队", "巡逻员", "邝澍翯", "general", "收受商贩好处，放任违规揽客", "外部环境", "高风险",
         "巡逻路线随机调整，设立举报箱。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "huinan_longwan_visitor_list", "http://lnhld.wenming.cn/wmbb/201808/t20180806_5368270.shtml",
        "县景区游客服务中心 岗位廉政风险防控一览表, after the source's 龙湾海滨景区 (价格投诉, 巡逻, 救生, 失物找回): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def huinan_longwan_ticket_register() -> dict:
    unit = f"{PLACE}龙湾景区票务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "邝蔚璘", "leader", [
            ("门票收入分成比例调整不经集体研究", "制度机制", "一级", "分成方案经主任办公会研究并报县财政局。"),
            ("违规批条免票", "思想道德", "二级", "免票一律按政策执行，批条无效。"),
        ]),
        ("售票科", "科长", "琚霂珝", "middle", [
            ("售票系统数据被人为修改", "业务流程", "一级", "系统操作日志每日核查。"),
        ]),
        ("售票科", "售票员", "邝翕湉", "general", [
            ("收现不出票、倒卖回收门票", "岗位职责", "一级", "验票闸机联网，现金日清日结。"),
            ("向游客多收少找", "外部环境", "三级", "售票窗口公示票价，设置监督电话。"),
        ]),
        ("财务科", "出纳", "琚沚翾", "general", [
            ("门票款未及时存入专户", "业务流程", "二级", "票款当日存入专户，定期对账。"),
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
        "huinan_longwan_ticket_register", "http://ih-mag.com/xwzx/PoliticsNews/201604/t20160405_11426488.htm",
        "县景区票务中心 廉政风险点排查登记表, after the source's 景区门票 (门票收入分成, 收支管理规范, 违规提价): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huinan_longwan_centre_first_mention(),
    huinan_water_bureau_two_sheets(),
    huinan_water_inspection_posts(),
    huinan_river_station_selfchecks(),
    huinan_rural_water_group_rows(),
    huinan_reservoir_station_cards(),
    huinan_longwan_visitor_list(),
    huinan_longwan_ticket_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch735-inbox"))

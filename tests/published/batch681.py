"""The six-hundred-and-eighty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's market
supervision and quality bodies, 新巴尔虎右旗 (of 呼伦贝尔市, 内蒙古自治区) — its 市场监督管理局 and three
of its 市场监管所 (呼伦镇, 贝尔, 阿拉坦额莫勒), its 计量检定所, 检验检测中心 and 消费者协会:

- the 市场监督管理局's 一览表 in TWO SHEETS ``局领导``/``股室``, ``一级/二级/三级``, no type column;
- the 呼伦镇市场监管所's 排查表 对岗不对人 (``风险点 | 风险表现``, ``…风险`` types, 高/中/低, no names);
- the 计量检定所's 自查表, one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 贝尔市场监管所's 责任清单 under GROUP ROWS ``一、所领导`` …, ``一级风险/二级风险/三级风险``;
- the 消费者协会's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 阿拉坦额莫勒市场监管所's 一览表 under ``附件3`` and a 填报单位（盖章） line, ``高风险/中风险/低风险``;
- the 检验检测中心's 排查登记表, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xinyou_bayan_ditto_rows``: the 宝格德乌拉市场监管所's 岗位廉政风险点登记表, ONE ROW A HOLDER'S POINT with
  岗位 and 姓名 on every row; a point several holders share is written once, and the rows of the other
  holders that share it write DITTO MARKS ``〃`` in 廉政风险点, 风险等级 and 防控措施 (no ``同上``, no
  merging), a ``注：`` line saying ``〃`` repeats the row above. The README's 读得懂的表 knows ``同上`` cells
  and points merged down over posts' rows; it does not name the ditto mark ``〃`` standing for the point
  of the row above, so each ditto row is another holder's copy of the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a comment on a 县市场监管局's 执法人员
索要红包; a 特种设备安全监督检查办法 — 检查人员, 监察指令, 检查记录; a note on 风险监测 and 监督抽检; 计量检定人员's
duties — 检定规程, 数据真实, 商业秘密; a 食品抽检 通告 — 不合格样品 核查处置; a 消费者协会 投诉热线 page; a
计量检定中心's 计量标准装置检定) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 厍 and 暨 with rare
given names); every unit is a body of 新巴尔虎右旗.

Run ``python tests/published/score.py --set batch681`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose 廉政风险点 is ``〃`` is the point (with level) of the nearest row above
  that writes a point, held by the row's own 岗位 and 姓名; one form a holder, no 科室; ``〃`` is never a
  point's text; the ``注：`` line and the 填表人 line are no points;
- ``所领导``, ``中心领导`` (a 处室 or group row) are 科室; the 局's leaders and the cards' leaders have no 科室;
  a 股, 组, 室 is a 科室; every 所, the 局, the 中心 and the 消协 are units of their own; 局长, 副局长, 所长,
  副所长, 主任 (of the 中心), 秘书长, 副秘书长 are leaders; 股长, 组长, 室主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; the 呼伦镇 list names no person (forms are posts);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/…``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b681_"
PLACE = "新巴尔虎右旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
DITTO = "〃"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, 风险点 or DITTO, 风险等级 or DITTO, 防控措施 or DITTO): one row a holder's point; a row whose
# point is 〃 repeats the point (and its level and measures) of the row above for another holder
DITTO_ROWS = [
    (
        "所长",
        "厍翾甯",
        "特种设备监督检查走过场，对事故隐患不责令整改",
        "高",
        "检查两人以上，隐患清单闭环销号。",
    ),
    ("副所长", "暨沨琂", DITTO, DITTO, DITTO),
    ("执法员", "厍澪珉", DITTO, DITTO, DITTO),
    (
        "所长",
        "厍翾甯",
        "行政处罚自由裁量不规范，同案不同罚",
        "高",
        "按裁量基准处罚，案件集体讨论。",
    ),
    ("副所长", "暨沨琂", DITTO, DITTO, DITTO),
    ("副所长", "暨沨琂", "食品经营许可现场核查把关不严", "中", "核查记录拍照留存，双人签字。"),
    ("执法员", "厍澪珉", DITTO, DITTO, DITTO),
    ("执法员", "厍澪珉", "接受被检查商户宴请、红包", "中", "执法全程记录仪，廉政回访。"),
    ("执法员", "暨昳岍", DITTO, DITTO, DITTO),
    ("执法员", "暨昳岍", "投诉举报处理拖延、推诿", "低", "投诉举报限时办结，逐件回访。"),
]

TIERS = {"所长": "leader", "副所长": "leader", "执法员": "general"}


def xinyou_bayan_ditto_rows() -> dict:
    unit = f"{PLACE}市场监督管理局宝格德乌拉市场监管所"
    sh = _Sheet("风险点", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点登记表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    last = None
    for n, (post, who, point, lv, measures) in enumerate(DITTO_ROWS, 1):
        sh.add(n, post, who, point, lv, measures)
        if point != DITTO:
            last = (point, lv)
        t.point(sh.name, "", post, who, TIERS[post], last[0], [], HML[last[1]])
    _line(sh, "注：“〃”表示与上一行相同，即同一风险点由本行人员共同承担。", 6)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None)
    return _layout(
        "xinyou_bayan_ditto_rows", "http://www.digipub.cc/dy/article/KGTFBKN505486EVF.html?spss=dy_author",
        "(harder) 旗市场监管所 岗位廉政风险点登记表, after the source's comment on a 县市场监管局's 执法人员 索要红包礼金 in "
        "执法环节 (餐饮业, 服务业, 小微企业, 吃拿卡要): a title, 序号/岗位/姓名/廉政风险点/风险等级/防控措施 with 岗位 and "
        "姓名 on EVERY row (one row a holder's point), and a point shared by several holders written ONCE, the next "
        "holders' rows writing DITTO MARKS ``〃`` in 廉政风险点, 风险等级 and 防控措施 (no 同上, no merging); 高/中/低; a "
        "``注：`` line saying 〃 repeats the row above; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xinyou_bureau_two_sheets() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("暨曦鞍", "局长", "主持全面工作", [
            ("“双随机、一公开”抽查名单人为干预", "一级", "抽查对象系统随机抽取，结果公示。"),
            ("重大行政处罚案件不经集体讨论", "一级", "重大案件提交案审会集体讨论。"),
        ]),
        ("厍霁珣", "副局长", "分管食品安全、特种设备", [
            ("食品安全监督抽检样品选取打招呼", "一级", "抽检计划公开，抽样人员随机组合。"),
            ("特种设备安全监察指令执行不到位", "二级", "监察指令跟踪督办，逾期通报。"),
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
        ("登记注册股", "股长", "厍昶璘", "middle", "市场主体登记材料审查放宽条件", "二级", "登记材料一审一核。"),
        ("登记注册股", "科员", "暨瑱岚", "general", "为中介代办登记开“绿色通道”", "二级", "窗口办件按序受理，监控全覆盖。"),
        ("执法稽查股", "股长", "暨珧湉", "middle", "案件线索压案不查、选择性执法", "一级", "案源登记台账，定期清理。"),
        ("执法稽查股", "股长", "暨珧湉", "middle", "涉案财物处置不规范", "二级", "涉案财物专库保管，处置公开。"),
        ("执法稽查股", "科员", "厍沄玗", "general", "调查取证不全面，证据灭失", "三级", "取证两人以上，全程记录。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xinyou_bureau_two_sheets", "http://www.andestensor.com/page178?article_id=372&pagenum=3",
        "旗市场监督管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 特种设备安全监督检查办法 (二名以上检查人员, "
        "监察指令, 检查记录签字): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xinyou_hulun_office_posts() -> dict:
    unit = f"{PLACE}市场监督管理局呼伦镇市场监管所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "日常监管检查", "对辖区商户检查选择性执法、厚此薄彼", "岗位职责风险", "高",
         "检查对象随机抽取，检查结果公示。"),
        ("所领导", "所长", "leader", "简易程序处罚", "当场处罚不开票据，截留罚没款", "制度机制风险", "高",
         "罚没款一律通过银行缴纳。"),
        ("综合组", "执法员", "general", "食品抽样", "抽样时向商户透露抽检信息", "思想道德风险", "中",
         "抽样信息保密，抽样全程记录。"),
        ("综合组", "执法员", "general", "投诉处理", "投诉调解偏袒一方", "外部环境风险", "中", "调解两人以上，调解书双方签字。"),
        ("综合组", "协管员", "general", "巡查登记", "巡查记录弄虚作假", "业务流程风险", "低", "巡查定位打卡，所长抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "xinyou_hulun_office_posts", "https://www.zhetiaohe.com/ss/65ae3d349b1251fc0968afa9ee7fd68861774edbfb0fe056e45ac2b1d559d1a10db9da7e7b799f12.html",
        "镇市场监管所 岗位廉政风险点排查表 对岗不对人, after the source's note on 风险监测 (不作为处罚依据, 监督抽检): a title, "
        "序号/处室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def xinyou_metrology_selfchecks() -> dict:
    unit = f"{PLACE}计量检定所"
    t = _Truth(unit)
    people = [
        ("厍璆屾", "所领导", "所长", "leader", [
            ("计量标准考核材料弄虚作假", "Ⅰ级", "考核材料逐项复核，存档备查。", "已落实"),
            ("检定收费不按标准，多收少收", "Ⅱ级", "收费标准公示，票据统一开具。", "未发现问题"),
        ]),
        ("暨漻瑄", "检定室", "检定员", "general", [
            ("出具虚假检定证书", "Ⅰ级", "检定证书检定员、核验员、批准人三签。", "已落实"),
            ("强制检定计量器具漏检、不检", "Ⅱ级", "强检台账每月核对。", "已落实"),
        ]),
        ("厍翯玥", "检定室", "核验员", "general", [
            ("核验原始记录把关不严", "Ⅱ级", "原始记录与证书逐项核对。", "未发现问题"),
            ("泄露受检单位商业秘密", "Ⅲ级", "签订保密承诺书。", "已落实"),
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
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xinyou_metrology_selfchecks", "https://w.sf024.com/info/552874550.html",
        "旗计量检定所 岗位廉政风险自查表, one sheet a person, after the source's 计量检定人员 义务 (检定规程, 检定数据真实, "
        "计量基准, 商业秘密): a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/自查情况; no type column",
        sheets, t,
    )  # fmt: skip


def xinyou_beier_office_group_rows() -> dict:
    unit = f"{PLACE}市场监督管理局贝尔市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "暨翙琰", "leader", [
                ("边境口岸商户监管降低标准", "一级风险", "监管清单公开，每季度交叉检查。"),
            ]),
        ]),
        ("二、食品安全组", "食品安全组", [
            ("组长", "厍霈璟", "middle", [
                ("小作坊登记审核不严", "二级风险", "现场核查双人签字。"),
                ("不合格食品核查处置不到位", "一级风险", "核查处置限时办结，结果公开。"),
            ]),
            ("执法员", "暨岫瑗", "general", [
                ("节日市场检查收受礼品", "二级风险", "节前廉政提醒，执法记录仪全程录像。"),
            ]),
        ]),
        ("三、综合执法组", "综合执法组", [
            ("执法员", "厍玙滢", "general", [
                ("价格检查对违法行为不予立案", "二级风险", "检查记录当场确认，案源登记。"),
                ("计量器具检查走过场", "三级风险", "检查台账定期抽查。"),
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
        "xinyou_beier_office_group_rows", "http://www.ecbht.com/shipinanquandongtai/54.html",
        "镇市场监管所 廉政风险防控责任清单, after the source's 食品抽检 通告 (25个大类, 不合格样品核查处置, 封存召回): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导`` … merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xinyou_consumer_association_cards() -> dict:
    unit = f"{PLACE}消费者协会"
    t = _Truth(unit)
    cards = [
        ("秘书长", "厍琇岷", "秘书长", "主持消协日常工作", "leader", [
            ("投诉调解中接受经营者宴请", "★★★", "调解两人以上，回避亲友案件。"),
            ("消费维权经费使用不规范", "★★", "经费专账核算，年度公开。"),
        ]),
        ("副秘书长", "暨霂玹", "副秘书长", "分管投诉受理、比较试验", "leader", [
            ("比较试验样品选取倾向特定企业", "★★★", "样品随机购买，结果集体审定。"),
            ("投诉受理登记不全、选择性受理", "★★", "投诉全部登记，限时办结。"),
            ("消费警示发布前泄露信息", "★", "发布前保密审查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
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
        "xinyou_consumer_association_cards", "http://fengdujob.net/go/消费者协会投诉热线是多少号码.html",
        "旗消费者协会 廉政风险防控卡, one sheet a leader, after the source's page on 消费者协会 投诉热线 (投诉受理, 调解): "
        "``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/``★★★/★★/★``/防控措施; a ``注：`` line "
        "and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xinyou_aletan_office_list() -> dict:
    unit = f"{PLACE}市场监督管理局阿拉坦额莫勒市场监管所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "暨璈湄", "leader", "查封扣押财物不登记、不入库", "制度机制", "高风险", "查扣财物清单当场签字，入库登记。"),
        ("所领导", "副所长", "厍翊澂", "leader", "个体工商户年报抽查打招呼", "岗位职责", "中风险", "抽查结果集体审定，公示。"),
        ("监管组", "组长", "暨岚琤", "middle", "药店监督检查流于形式", "业务流程", "中风险", "检查要点清单化，留存影像。"),
        ("监管组", "执法员", "厍泓瑀", "general", "向商户推销指定计量器具", "外部环境", "高风险", "严禁推荐产品，公开举报电话。"),
        ("监管组", "执法员", "厍泓瑀", "general", "执法文书填写不规范", "业务流程", "低风险", "文书由法制员审核。"),
        ("监管组", "协管员", "暨澐珞", "general", "为商户通风报信", "思想道德", "中风险", "检查计划保密，事前不告知。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "xinyou_aletan_office_list", "http://www.jianbiaoku.com/webarbs/book/171330/4856636.shtml",
        "镇市场监管所 岗位廉政风险防控一览表, after the source's 特种设备 监督检查程序 (检查记录, 监察指令, 限期改正): "
        "``附件3``, a title, a 填报单位（盖章）/填报时间 line, 序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 "
        "(short)/``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def xinyou_inspection_center_register() -> dict:
    unit = f"{PLACE}检验检测中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "厍珺岱", "leader", [
            ("检测设备采购指定品牌", "制度机制", "一级", "采购需求集体论证，进入公共资源交易平台。"),
            ("检测报告签发不审核", "岗位职责", "二级", "报告签发实行三级审核。"),
        ]),
        ("检测室", "室主任", "暨沅璁", "middle", [
            ("检测数据人为修改", "业务流程", "一级", "原始数据系统自动上传，不得修改。"),
        ]),
        ("检测室", "检测员", "厍湲玭", "general", [
            ("样品调包或未检出具报告", "思想道德", "一级", "样品盲样编号，流转登记。"),
            ("收受送检单位礼品", "外部环境", "三级", "签订廉洁承诺，公开举报电话。"),
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
        "xinyou_inspection_center_register", "http://cyhaotaitai.cn/article/36236",
        "旗检验检测中心 廉政风险点排查登记表, after the source's news on 计量检定中心 计量标准装置检定 (建标, 授权考核, "
        "检定技术人员): 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short)/``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xinyou_bayan_ditto_rows(),
    xinyou_bureau_two_sheets(),
    xinyou_hulun_office_posts(),
    xinyou_metrology_selfchecks(),
    xinyou_beier_office_group_rows(),
    xinyou_consumer_association_cards(),
    xinyou_aletan_office_list(),
    xinyou_inspection_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch681-inbox"))

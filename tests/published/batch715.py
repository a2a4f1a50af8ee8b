"""The seven-hundred-and-fifteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
lake-tourism and fishery bodies, 密山市 (of 鸡西市, 黑龙江) — its 文化广电和旅游局, 兴凯湖景区管理处,
渔业管理站, 水产技术推广站, 渔政执法大队, 兴凯湖游船服务有限公司, 兴凯湖景区游客服务中心 and 兴凯湖渔场 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文化广电和旅游局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 渔业管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 水产技术推广站's 清单 under GROUP ROWS ``一、站领导`` … merged across (no 股室 column), ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 渔政执法大队's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 游船服务有限公司's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 游客服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 兴凯湖渔场's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``mishan_xingkaihu_scenic_level_sheets``: the 兴凯湖景区管理处's 岗位廉政风险点清单 filed as THREE
  SHEETS BY LEVEL, the tabs named ``一级风险点``, ``二级风险点``, ``三级风险点``; every sheet carries the
  same title and the same heading ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施`` — NO level
  column and no level word in any cell: a point's level is the tab it stands on, and one holder's
  points are spread over two or three sheets. A ``注：`` line says only that the list is filed by
  level, one sheet a level. The README's 读得懂的表 knows a level column in all its spellings, level
  group rows, level footers (``以上为一级风险点``), a tier of points per column and levels as fills,
  comments or codes; it does not describe a level given only by the sheet's tab name.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (文化和旅游部 on 放管服, 审批事项,
市场监管, 公共服务; a 市 on 文化和旅游市场综合监管, 旅游执法; a page on 禁渔期 执法 — 船回港, 网封存,
证集中, 巡航检查; a 县 增殖放流 实施方案 — 苗种采购, 检验检疫, 补助资金; 伏季休渔 专项执法 — 涉渔
“三无”船舶, 进出港报告; a page on 景区 票务系统 — 线上售票, 闸机, 票务中心; a report on 景区 “黄牛”
倒票 and 预约; a study of 休渔制度 — 渔船, 捕捞强度, 执法) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 乐正 and 暨 with rare given names); every unit is a body of 密山市.

Run ``python tests/published/score.py --set batch715`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is its sheet's: ``一级风险点`` 1, ``二级风险点`` 2, ``三级风险点``
  3; a form is one holder (one post and person) across the three sheets — his points from every
  tab in one form, filed under the first tab he stands on (as the README's 相邻几张工作表 合为一张表);
  the ``注：`` line and the sign-off line are no points;
- ``局领导``, ``站领导``, ``场领导``, ``公司领导`` (a 股室 cell, a group row, a 部门 cell) are the 科室 of
  those leaders; the 局's leaders (sheet ``局领导``, no 科室 column) and the cards' holders have no 科室;
- 局长, 副局长, 主任 and 副主任 of the 管理处, 站长, 副站长, 大队长, 总经理, 场长 are leaders; 股长, 科长,
  中队长, 部门经理 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points;
  the 渔业管理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b715_"
PLACE = "密山市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
TABS = {"一级风险点": 1, "二级风险点": 2, "三级风险点": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# tab -> rows (科室, 岗位, 姓名, tier, 廉政风险点, 风险类型, 防控措施)
BY_LEVEL = {
    "一级风险点": [
        ("处领导", "主任", "乐正澈岚", "leader", "景区经营项目特许经营权出让不经集体研究", "制度机制",
         "特许经营项目经主任办公会研究，公开招标确定经营者。"),
        ("处领导", "主任", "乐正澈岚", "leader", "景区基础设施建设项目插手干预招投标", "岗位职责",
         "工程项目一律进入市公共资源交易中心。"),
        ("财务科", "科长", "暨沨璐", "middle", "门票和游船票款收入不及时足额上缴，形成“小金库”", "业务流程",
         "票款每日解缴专户，票务系统数据与银行到账逐日核对。"),
        ("经营管理科", "科长", "乐正珣湄", "middle", "向旅行社违规给予门票折扣、返利", "外部环境",
         "旅行社团队票价格公开，折扣政策经主任办公会确定。"),
    ],
    "二级风险点": [
        ("处领导", "主任", "乐正澈岚", "leader", "景区门票优惠、免票政策执行中优亲厚友", "思想道德",
         "免票名单登记备查，每季度抽查。"),
        ("处领导", "副主任", "暨翊澄", "leader", "湖滨浴场、摊位租赁合同到期不招租、低价续租", "制度机制",
         "摊位租赁公开竞价，合同到期前一个月公告。"),
        ("财务科", "科长", "暨沨璐", "middle", "景区维护经费支出审核不严", "业务流程", "支出单据经办、审核、审批三签。"),
        ("综合执法科", "科员", "暨岍瑭", "general", "对景区内违规摆摊、非法揽客以罚代管", "岗位职责",
         "执法全程记录仪记录，罚没款统一缴入财政。"),
    ],
    "三级风险点": [
        ("处领导", "副主任", "暨翊澄", "leader", "接受景区商户宴请、礼品", "思想道德", "签订廉洁承诺书，节前廉洁提醒。"),
        ("经营管理科", "科长", "乐正珣湄", "middle", "景区宣传推介活动费用虚报冒领", "业务流程",
         "推介活动事前报批，费用凭合同和发票结算。"),
        ("综合执法科", "科员", "暨岍瑭", "general", "游客投诉处理推诿拖延、偏袒商户", "岗位职责", "投诉登记台账，限时办结并回访。"),
    ],
}  # fmt: skip


def mishan_xingkaihu_scenic_level_sheets() -> dict:
    unit = f"{PLACE}兴凯湖景区管理处"
    t = _Truth(unit)
    sheets = []
    first_tab: dict[str, str] = {}  # one form a holder, filed under the first tab he stands on
    for tab, rows in BY_LEVEL.items():
        sh = _Sheet(tab, [6, 12, 9, 9, 40, 11, 36])
        _line(sh, f"{unit}岗位廉政风险点清单", 7)
        _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
        sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
        first = len(sh.rows)
        for n, (dept, post, who, tier, point, typ, measures) in enumerate(rows, 1):
            sh.add(n, dept, post, who, point, typ, measures)
            home = first_tab.setdefault(who, tab)
            t.point(home, dept, post, who, tier, point, types_in(typ), TABS[tab])
        _per_person(sh, first, 1, 2, 3)
        _line(sh, "注：本清单按风险等级分表填报，每个等级一张工作表。", 7)
        sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
        sheets.append(sh)
    return _layout(
        "mishan_xingkaihu_scenic_level_sheets", "https://ppfocus.com/0/trbf1cb81.html",
        "(harder) 市 兴凯湖景区管理处 岗位廉政风险点清单 filed as THREE SHEETS BY LEVEL, after the source's 文化和旅游部 "
        "report (放管服, 审批事项, 市场监管, 旅游服务质量): tabs ``一级风险点``, ``二级风险点``, ``三级风险点``, each with the "
        "same title, a 填报单位 line and the heading 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型/"
        "防控措施 — NO level column and no level word in any cell: the level is the tab's; one holder's points stand on two or "
        "three sheets; a ``注：`` line saying the list is filed one sheet a level and a 填表人/审核人/主任（签字） line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def mishan_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化广电和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("乐正霂汀", "局长", "主持全面工作", [
            ("全域旅游专项资金分配不经党组会集体研究", "一级", "资金分配方案经党组会研究，结果公开。"),
            ("旅游节庆活动承办单位选定暗箱操作", "一级", "承办单位通过政府采购确定。"),
        ]),
        ("暨琤沅", "副局长", "分管文化市场、旅游行业管理", [
            ("旅行社、星级饭店等级评定把关不严", "二级", "评定实行专家评审，结果公示。"),
            ("为违规经营的娱乐场所说情打招呼", "一级", "插手干预执法事项一律登记报告。"),
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
        ("行政审批股", "股长", "乐正瑀澄", "middle", "营业性演出、娱乐场所审批不按法定条件办理", "一级",
         "审批要件清单公开，审批结果网上公示。"),
        ("行政审批股", "股员", "暨湉岫", "general", "审批材料受理时吃拿卡要", "二级", "一次性告知，限时办结。"),
        ("旅游发展股", "股长", "暨砚澍", "middle", "A级景区创建补助资金审核不实", "一级", "补助资金现场核查，公示后拨付。"),
        ("旅游发展股", "股员", "乐正沄瑭", "general", "旅游投诉调解偏袒经营者", "三级", "投诉受理登记，调解结果回访。"),
        ("计划财务股", "股长", "暨珂澂", "middle", "专项资金拨付不按预算执行", "二级", "资金拨付按预算和进度执行，接受审计。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "mishan_culture_tourism_bureau_two_sheets",
        "http://swglj.cngy.gov.cn/New/show/0f55ffb0-8e28-45e6-857c-1cdb5ae74cc5.html",
        "市 文化广电和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's 文化和旅游市场综合监管 (工作机制, 监管职责, "
        "执法): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per "
        "person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def mishan_fishery_station_posts() -> dict:
    unit = f"{PLACE}渔业管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "禁渔期执法检查", "禁渔期对熟人渔船网开一面，放任偷捕", "思想道德风险", "高",
         "禁渔期巡查两人以上，执法记录仪全程记录。"),
        ("站领导", "站长", "leader", "捕捞许可证核发", "为不符合条件的渔船核发捕捞许可证", "制度机制风险", "高",
         "许可条件公开，审核结果公示。"),
        ("资源保护股", "股长", "middle", "渔具封存管理", "禁渔期收缴封存的网具私自发还", "业务流程风险", "中",
         "网具封存登记造册，发还经站务会研究。"),
        ("资源保护股", "股长", "middle", "渔船进出港检查", "对渔船进出港报告审核走过场", "岗位职责风险", "低",
         "进出港报告每日汇总，定期抽查。"),
        ("综合股", "会计", "general", "渔船燃油补贴审核", "渔船燃油补贴对象和数额审核不实", "业务流程风险", "中",
         "补贴名单村屯公示，资金打卡发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "mishan_fishery_station_posts", "https://shangzhifan.com/shenghuo/xinli/8ojne7.html",
        "市 渔业管理站 岗位廉政风险点排查表 对岗不对人, after the source's page on 禁渔期执法 (船回港、网封存、证集中, "
        "巡航检查, 夜间巡逻): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def mishan_aquatic_station_group_rows() -> dict:
    unit = f"{PLACE}水产技术推广站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "暨澴琰", "leader", [
                ("增殖放流苗种采购不按规定程序确定供苗单位", "一级风险", "供苗单位公开招标，资质公示。"),
                ("增殖放流补助资金挤占挪用", "一级风险", "补助资金专账核算，接受审计。"),
            ]),
        ]),
        ("二、技术推广股", "技术推广股", [
            ("股长", "乐正岷沣", "middle", [
                ("放流苗种规格、数量验收不严", "二级风险", "验收邀请纪检人员和群众代表现场监督，全程录像。"),
            ]),
            ("技术员", "暨璩湄", "general", [
                ("苗种检验检疫结果把关不严", "二级风险", "苗种凭检疫合格证明放流。"),
                ("养殖技术培训虚报参训人数", "三级风险", "培训签到、照片存档备查。"),
            ]),
        ]),
        ("三、办公室", "办公室", [
            ("出纳", "乐正汀璋", "general", [
                ("现金收支不及时入账", "二级风险", "现金日清月结，定期盘点。"),
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
        "mishan_aquatic_station_group_rows", "https://52xueshu.com/w/dochbd3ejke8.html",
        "市 水产技术推广站 廉政风险防控责任清单, after the source's 增殖放流实施方案 (放流苗种, 检验检疫, 苗种采购方式, "
        "补助资金): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、技术推广股``, ``三、办公室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def mishan_fishery_enforcement_cards() -> dict:
    unit = f"{PLACE}渔政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "乐正翾澍", "大队长", "主持大队全面工作", "leader", [
            ("涉渔“三无”船舶查处中降格处理", "★★★", "处罚决定经集体讨论，案卷定期评查。"),
            ("执法船艇燃油、维修费用虚报", "★★", "船艇油耗按航行日志核定。"),
            ("接受渔民、渔商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("中队长", "暨瀞珣", "中队长", "负责兴凯湖水域巡航执法", "middle", [
            ("巡航检查中收受好处，通风报信", "★★★", "巡航路线临时确定，两人以上执法。"),
            ("罚没渔获物处置不登记", "★★", "罚没物品登记造册，统一拍卖。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}执法人员廉政风险防控卡", 4)
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
        "mishan_fishery_enforcement_cards", "https://www.52ocean.cn/forum.php?mod=viewthread&tid=107851",
        "市 渔政执法大队 执法人员廉政风险防控卡, one sheet a person, after the source's 伏季休渔专项执法行动 (涉渔违法, "
        "“三无”船舶, 进出港报告, 执法协作): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def mishan_cruise_company_list() -> dict:
    unit = f"{PLACE}兴凯湖游船服务有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "暨霈琮", "leader", "游船购置、大修项目不经集体决策", "制度机制", "高风险",
         "大额支出经总经理办公会研究，报主管部门备案。"),
        ("公司领导", "总经理", "暨霈琮", "leader", "与旅行社签订分成协议时收受回扣", "外部环境", "高风险",
         "分成比例统一公开，协议法律顾问审核。"),
        ("票务中心", "部门经理", "乐正昉澧", "middle", "线上售票平台退改签款项截留", "业务流程", "中风险",
         "退款原路返回，票务系统数据每日对账。"),
        ("票务中心", "售票员", "暨沄璈", "general", "收取现金不出票、重复使用船票", "岗位职责", "高风险",
         "闸机验票，现金票款当班解缴。"),
        ("船务部", "部门经理", "乐正屿湉", "middle", "船员招聘、排班中优亲厚友", "思想道德", "低风险",
         "招聘条件公开，排班表公示。"),
        ("船务部", "材料员", "暨淏瑄", "general", "游船配件采购以次充好", "业务流程", "中风险", "配件入库双人验收。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "mishan_cruise_company_list", "https://m.fqmxn.com/1/2360652.html",
        "市 兴凯湖游船服务有限公司 岗位廉政风险防控一览表, after the source's page on 景区票务系统 (线上售票平台, 闸机, "
        "票务中心, 价格调整): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


def mishan_visitor_center_selfchecks() -> dict:
    unit = f"{PLACE}兴凯湖景区游客服务中心"
    t = _Truth(unit)
    people = [
        ("乐正琰汀", "中心领导", "主任", "leader", [
            ("预约门票放票规则暗中向“黄牛”倾斜", "Ⅰ级", "放票时间、数量公开，异常预约实名核查。", "已落实"),
            ("讲解服务外包单位选定不公开", "Ⅱ级", "外包单位比选确定，结果公示。", "未发现问题"),
        ]),
        ("暨璐岍", "票务组", "票务员", "general", [
            ("内部人员票、招待票违规发放", "Ⅰ级", "招待票审批登记，每月核对。", "已落实"),
            ("预约名额私下转让牟利", "Ⅲ级", "实名预约，入园核验身份。", "已落实"),
        ]),
        ("乐正湄沅", "服务组", "讲解员", "general", [
            ("诱导游客到指定商户消费收取提成", "Ⅱ级", "讲解路线固定，游客评价回访。", "未发现问题"),
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
        "mishan_visitor_center_selfchecks", "http://wmlr8.com/sh/2024/08-13/10267980.shtml",
        "市 兴凯湖景区游客服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report "
        "on 景区 “黄牛” 倒票 (预约, 放票, 讲解服务): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def mishan_xingkaihu_fish_farm_register() -> dict:
    unit = f"{PLACE}兴凯湖渔场"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "乐正澧翃", "leader", [
            ("冬捕、春捕承包经营权发包不公开", "制度机制", "一级", "承包经营权公开竞价发包。"),
            ("渔获物销售价格个人说了算", "岗位职责", "二级", "销售价格经场务会研究，随行就市公开。"),
        ]),
        ("生产科", "科长", "暨琮沨", "middle", [
            ("捕捞渔获物过磅计量弄虚作假", "业务流程", "一级", "过磅两人在场，磅单当日汇总。"),
        ]),
        ("生产科", "统计员", "乐正璈岫", "general", [
            ("捕捞产量统计不实", "岗位职责", "二级", "产量与销售台账每月核对。"),
            ("休渔期私自放行捕捞船只", "思想道德", "三级", "休渔期船只集中停泊，钥匙统一保管。"),
        ]),
        ("财务科", "会计", "暨湲瑭", "general", [
            ("渔获物销售款坐支", "业务流程", "一级", "销售款全额入账，严禁坐支。"),
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
        "mishan_xingkaihu_fish_farm_register", "https://fx361.com/page/2019/0708/5291519.shtml",
        "市 兴凯湖渔场 廉政风险点排查登记表, after the source's study of 伏季休渔制度 (捕捞强度, 渔船, 执法, 渔业资源): a "
        "title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mishan_xingkaihu_scenic_level_sheets(),
    mishan_culture_tourism_bureau_two_sheets(),
    mishan_fishery_station_posts(),
    mishan_aquatic_station_group_rows(),
    mishan_fishery_enforcement_cards(),
    mishan_cruise_company_list(),
    mishan_visitor_center_selfchecks(),
    mishan_xingkaihu_fish_farm_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch715-inbox"))

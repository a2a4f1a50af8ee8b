"""The eight-hundred-and-fifty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's forestry
and 南山 bodies, 城步苗族自治县 (of 邵阳市, 湖南) — its 林业局, 南山国家公园管理处, 国有林场, 儒林镇林业站,
森林防火办公室, 南山牧场管理中心, 金童山自然保护区管理站 and 林木种苗站 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 儒林镇林业站's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``,
  ``…风险`` types, 高/中/低; no names;
- the 国有林场's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 森林防火办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 南山牧场管理中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 金童山自然保护区管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 林木种苗站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``chengbu_nanshan_park_office_keyword_note``: the 南山国家公园管理处's 廉政风险点清单, ONE ROW A POINT
  (``序号 | 廉政风险点 | 风险等级 | 防控措施``) with NO 科室, 岗位 or 责任人 column and no column naming a
  business or stage either; the holders stand only in a closing ``注：`` paragraph that hands the
  points out BY WHAT THEY ARE ABOUT: ``涉及生态管护员选聘、巡护考核的，由生态保护科科长 肖…负责；涉及
  资金、票据、采购的，由财务科会计 戴…负责；涉及特许经营、访客管理的，由社区发展科科长 肖…负责；其余
  由管理处主任 戴…负责`` — so a row's holder is the one whose words its point contains, and the rows
  whose point contains none of them are the 主任's. The README's 读得懂的表 knows a list keyed by a
  COLUMN (``分管科室``, ``执法环节``, ``工作事项``, an 组别) whose values a prose line or roster resolves,
  a note naming point NAMES for LEVELS (``“征占用林地审核”…为一级``), a note by 序号, by row number,
  by the 序号's style and ``以上3项由…负责``; it does not describe holders given by a note that matches
  words inside the point text itself (no key column, no numbers), with an ``其余由…`` catch-all.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (南山国家公园 智慧管理 and 巡山管护人员,
朱鹮 and 资源冷杉; a 县林业局 selling 木材运输证 and 育林基金; a 乡 公益林 with 护林员 and a 林业工作站 of
two; a 护林员 who did not patrol and a 林业站站长 who hid the loss; a 市林业局's 森林防火经费 for a 森林消防
驻防站; 南山牧场's 草山, 奶牛 and 种畜牧草良种繁殖场; the 试点区 that joined 金童山 保护区, 两江峡谷
森林公园 and 白云湖 湿地公园; 资源冷杉 and the park's protected plants) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 肖 and 戴 with rare given names); every unit is a body of 城步苗族自治县.

Run ``python tests/published/score.py --set batch859`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's point is the point of the ONE holder whose words (as the note
  writes them) the point contains, with the row's level; a point containing none of them is the
  主任's (``其余由…负责``); no point contains the words of two holders; the 科室 is the one the note
  writes before the post (生态保护科, 财务科, 社区发展科), the 主任 has none; the note itself, the
  填表/审核 line and the title are no points;
- ``局领导``, ``中心领导``, ``站领导`` (a sheet, a group row, a 部门 cell) are the 科室 of those leaders;
  the 林业局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a 局's
  股, a 牧场's 科/分场 and a 站's 组 are 科室; a group row ``二、畜牧科`` gives the 科室 ``畜牧科``;
- every body is a unit of its own: 局长, 副局长, 主任, 副主任, 场长, 副场长, 站长 are leaders; 股长, a
  科's 科长 and a 分场's 场长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 林业站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b859_"
PLACE = "城步苗族自治县"
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

# the note's share-out, in its order: (words the point contains, 科室, post, name, tier); the
# last, with no words, takes the rest (其余由…负责)
SHARE = [
    (("生态管护员", "巡护"), "生态保护科", "科长", "肖翊洵", "middle"),
    (("资金", "票据", "采购"), "财务科", "会计", "戴珩琰", "general"),
    (("特许经营", "访客"), "社区发展科", "科长", "肖湄岑", "middle"),
    ((), "", "主任", "戴璟泫", "leader"),
]

# (廉政风险点, 风险等级, 防控措施)
PARK_POINTS = [
    ("生态管护员选聘中优亲厚友，聘用不符合条件人员", "高", "选聘条件和结果在村务公开栏公示，管理处集体研究。"),
    ("违规审批核心保护区内建设活动", "高", "核心保护区内项目一律报省管理局审批，班子集体研究。"),
    ("生态补偿资金发放对象、面积核实不实", "高", "补偿面积以落界数据为准，发放名单张榜公示。"),
    ("巡护考核走过场，巡护轨迹造假套取补助", "中", "巡护轨迹由智慧管理平台自动统计，每月抽查。"),
    ("特许经营项目招商暗箱操作、量身定制条件", "高", "特许经营项目公开招募，评审专家随机抽取。"),
    ("报销票据审核不严，虚列会议费、差旅费", "中", "票据经办、审核、审批三签，每季度内审。"),
    ("监测设备政府采购化整为零规避招标", "中", "达到限额的设备一律进入公共资源交易平台采购。"),
    ("访客预约名额违规预留、倒卖", "低", "访客预约全部在线办理，名额使用情况每周公开。"),
    ("科研合作单位选定中接受请托", "低", "科研合作单位经学术委员会评议，结果公示。"),
]  # fmt: skip


def holder_of(point: str) -> tuple:
    """The note's holder of a point: the one whose words it contains, else the last (其余)."""
    hits = [s for s in SHARE[:-1] if any(w in point for w in s[0])]
    assert len(hits) <= 1, point
    return hits[0] if hits else SHARE[-1]


def chengbu_nanshan_park_office_keyword_note() -> dict:
    unit = f"{PLACE}南山国家公园管理处"
    sh = _Sheet("风险点清单", [6, 44, 10, 44])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单", 4)
    _line(sh, f"填报单位：{unit}{GAP * 12}2025年6月", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    for i, (point, lv, measures) in enumerate(PARK_POINTS, 1):
        sh.add(i, point, lv, measures)
    # the truth one form a holder, in the note's order
    for _words, dept, post, who, tier in SHARE:
        for point, lv, _measures in PARK_POINTS:
            if holder_of(point)[3] == who:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    parts = []
    for words, dept, post, who, _tier in SHARE[:-1]:
        parts.append(f"涉及{'、'.join(words)}的，由{dept}{post}{GAP}{who}负责")
    _d, _dept, post, who, _tier = SHARE[-1]
    note = ("注：1.风险等级分高、中、低三级。2.以上风险点按业务分工落实到人：" + "；".join(parts)
            + f"；其余由管理处{post}{GAP}{who}负责。")  # fmt: skip
    _line(sh, note, 4)
    sh.add("填表：", None, "审核：", None)
    return _layout(
        "chengbu_nanshan_park_office_keyword_note", "http://www.syxwnet.com/jzzl/p/309245.html",
        "(harder) 县南山国家公园管理处 廉政风险点清单, after the source's report on the 南山国家公园 (智慧管理平台, 巡山管护"
        "人员, 朱鹮 监测, 生态保护处): a title, a merged 填报单位 line, then ONE ROW A POINT ``序号 | 廉政风险点 | 风险等级 | "
        "防控措施`` with NO 科室/岗位/责任人 column and no business or stage column; the holders only in a closing merged "
        "``注：`` paragraph that hands the points out by the WORDS they contain (``涉及生态管护员、巡护的，由生态保护科科长"
        "　某某负责；涉及资金、票据、采购的，由财务科会计　某某负责；…；其余由管理处主任　某某负责``); 高/中/低, no type "
        "column; a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chengbu_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("肖砚翙", "局长", "主持全面工作", [
            ("林木采伐限额分配向关系户倾斜", "一级", "采伐限额分配方案经局党组会研究并公示。"),
            ("育林基金、森林植被恢复费减免违规", "一级", "减免一律报县政府审定，结果公开。"),
        ]),
        ("戴岚沨", "副局长", "分管林政资源、森林公安协调", [
            ("征占用林地审核中降低标准、先占后批", "一级", "现场查验双人进行，审核意见集体会审。"),
            ("木材运输证签发监管不严", "二级", "运输证网上开具，每月核对采伐量与运输量。"),
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
        ("林政资源股", "股长", "肖琮霁", "middle", "伐前设计审核把关不严，虚增采伐蓄积", "一级",
         "伐前设计抽查复核比例不低于20%。"),
        ("林政资源股", "股长", "肖琮霁", "middle", "采伐许可证超范围、超限额核发", "一级", "许可证核发系统留痕，每季度公开。"),
        ("林政资源股", "股员", "戴沅昕", "general", "伐区验收走过场", "二级", "伐区验收由股长带队、两人以上参加。"),
        ("计划财务股", "股长", "肖霈珣", "middle", "造林补贴资金拨付不按验收结果", "一级", "补贴凭检查验收报告拨付，名单公示。"),
        ("计划财务股", "会计", "戴峤楹", "general", "育林基金收缴不开票据、截留坐支", "二级", "收缴统一使用财政票据，收支两条线。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "chengbu_forestry_bureau_two_sheets",
        "https://news.fznews.com.cn/fujian/2006-3-12/2006312rm-yl_rFih161928.shtml",
        "县林业局 廉政风险防控一览表 in TWO SHEETS, after the source's report on a 县林业局 selling 木材运输证 (虚假砍伐点, "
        "育林基金, 更新改造基金, 采伐申请): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def chengbu_rulin_forestry_station_posts() -> dict:
    unit = f"{PLACE}儒林镇林业站"
    sh = _Sheet("排查表", [6, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", "毁林案件报告", "接到毁林报告后瞒报、迟报，包庇违法采伐", "岗位职责风险", "高",
         "毁林线索登记台账，24小时内报县林业局。"),
        ("站长", "leader", "护林员考核", "护林员考核打人情分，放任不巡山", "制度机制风险", "中",
         "考核以巡护记录为准，结果在村公示。"),
        ("林政员", "general", "采伐申请受理", "采伐申请资料不全即受理，替申请人代办收费", "业务流程风险", "高",
         "受理一次性告知，不得代办收费。"),
        ("林政员", "general", "公益林界桩核查", "公益林面积核查不实，虚报补偿面积", "思想道德风险", "中",
         "核查结果由村组、林农签字确认。"),
        ("护林员管理员", "general", "护林员补助发放", "虚报护林员人数，冒领护林补助", "外部环境风险", "中",
         "补助直接打卡发放，花名册公示。"),
        ("护林员管理员", "general", "巡山记录", "巡山记录补填、代签", "业务流程风险", "低", "巡山记录与定位轨迹比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "chengbu_rulin_forestry_station_posts", "http://hkwb.net/news/content/2014-04/07/content_2196807.htm",
        "镇林业站 岗位廉政风险点排查表 对岗不对人, after the source's 市纪委 通报 (护林员 怠于巡山, 林业站站长 瞒报毁林, "
        "公益林 被滥伐): a title, 序号/岗位 merged/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no 科室 and no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def chengbu_state_forest_farm_cards() -> dict:
    unit = f"{PLACE}国有林场"
    t = _Truth(unit)
    cards = [
        ("场长", "肖澈琪", "场长", "主持林场全面工作", "leader", [
            ("林场抚育间伐项目发包不公开", "★★★", "间伐项目公开招标，合同经场务会审定。"),
            ("场部基建工程虚增工程量", "★★★", "工程量由第三方审计结算。"),
            ("接受木材经销商宴请", "★", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
        ("副场长", "戴昶岫", "副场长", "分管营林生产、森林管护", "leader", [
            ("造林苗木验收数量、质量把关不严", "★★", "苗木验收三人以上，抽检记录存档。"),
            ("公益林管护人员聘用优亲厚友", "★★", "管护人员公开选聘，名单公示。"),
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
        "chengbu_state_forest_farm_cards", "http://www.handmsg.com/page/2012/0815/13623715.shtml",
        "县国有林场 领导干部廉政风险防控卡, one sheet a leader, after the source's paper on a 乡 生态公益林 (公益林 管护, "
        "护林人员 配备, 林业工作站 人员, 乱砍滥伐): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def chengbu_fire_prevention_office_selfchecks() -> dict:
    unit = f"{PLACE}森林防火办公室"
    t = _Truth(unit)
    people = [
        ("肖珞泱", "防火办领导", "主任", "leader", [
            ("森林防火经费不按预算专款专用", "Ⅰ级", "防火经费专账核算，接受财政、审计监督。"),
            ("防火驻防站建设项目指定施工单位", "Ⅰ级", "项目进入公共资源交易中心招标。"),
        ]),
        ("戴翀澜", "综合股", "物资保管员", "general", [
            ("扑火机具、风力灭火机出入库不登记", "Ⅱ级", "物资出入库登记，每季度盘点。"),
            ("防火物资采购验收不严", "Ⅱ级", "验收由两人以上共同进行并签字。"),
        ]),
        ("肖璘岳", "调度股", "调度员", "general", [
            ("火情信息迟报、漏报", "Ⅲ级", "火情信息实行值班长复核制度。"),
            ("半专业扑火队补助核发不实", "Ⅱ级", "补助按出勤记录核发并公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chengbu_fire_prevention_office_selfchecks",
        "http://xxgk.sxgp.gov.cn/gzbm/gplyj/fdzdgknr/zcjd_gpslyj/202401/t20240118_1921410.shtml",
        "县森林防火办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 政策解读 of a "
        "林业局 拨付 森林防火经费 (森林消防大队, 靠前驻防站项目, 专款专用): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def chengbu_nanshan_ranch_group_rows() -> dict:
    unit = f"{PLACE}南山牧场管理中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "肖煦琬", "leader", [
                ("草山承包经营权流转不公开", "一级风险", "草山流转进入农村产权交易平台。"),
                ("人工草场改良项目验收降低标准", "一级风险", "项目验收邀请县农业农村局参加。"),
            ]),
        ]),
        ("二、畜牧科", "畜牧科", [
            ("科长", "戴韫岑", "middle", [
                ("奶牛良种补贴对象审核不实", "二级风险", "补贴对象现场核验，名单公示。"),
            ]),
            ("防疫员", "肖湛珏", "general", [
                ("动物免疫证明违规出具", "二级风险", "免疫证明凭免疫记录出具，专人登记。"),
                ("疫苗领用不登记、私自处置", "三级风险", "疫苗领用双人登记，每月盘点。"),
            ]),
        ]),
        ("三、草原管护科", "草原管护科", [
            ("科长", "戴皙岚", "middle", [
                ("草原禁牧补助发放不实", "二级风险", "禁牧面积与补助清册逐户核对。"),
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
        "chengbu_nanshan_ranch_group_rows", "https://tftnews.com/news8427811",
        "县南山牧场管理中心 廉政风险防控责任清单, after the source's page on 南山牧场 (天然草山, 种畜牧草良种繁殖场, 种草养畜): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、畜牧科``, ``三、草原管护科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def chengbu_jintongshan_reserve_list() -> dict:
    unit = f"{PLACE}金童山自然保护区管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "肖骞沐", "leader", "保护区内违规项目放行，执法检查走过场", "岗位职责", "高风险",
         "执法检查双人以上，检查记录存档。"),
        ("站领导", "站长", "肖骞沐", "leader", "保护区基础设施项目干预招投标", "制度机制", "高风险",
         "项目招投标全程进入交易平台。"),
        ("资源保护组", "组长", "戴琇峤", "middle", "野生植物资源采集许可审核不严", "业务流程", "中风险",
         "采集许可实行初审、复审两级。"),
        ("资源保护组", "监测员", "肖沁瑀", "general", "资源冷杉监测数据造假", "思想道德", "低风险",
         "监测数据双人采集、交叉复核。"),
        ("综合组", "会计", "戴旻瑢", "general", "管护经费报账审核不严", "业务流程", "中风险",
         "报账单据经办人、证明人、审批人三签。"),
        ("综合组", "会计", "戴旻瑢", "general", "接受施工单位礼品礼金", "外部环境", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "chengbu_jintongshan_reserve_list", "http://hao543.cn/htm/2017/0829/263436.html",
        "县自然保护区管理站 岗位廉政风险防控一览表, after the source's 国家公园体制试点区 掠影 (金童山 国家级自然保护区, 两江峡谷 "
        "森林公园, 白云湖 湿地公园, 资源冷杉 人工繁育): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def chengbu_seedling_station_register() -> dict:
    unit = f"{PLACE}林木种苗站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "肖澍岐", "leader", [
            ("良种采穗圃建设项目不按程序实施", "制度机制", "一级", "项目实施方案经站务会研究并报批。"),
            ("珍稀树种苗木调拨中优亲厚友", "思想道德", "二级", "调拨计划公开，调拨单两人签字。"),
        ]),
        ("种苗管理股", "股长", "戴曦琰", "middle", [
            ("林木种子生产经营许可审核不严", "岗位职责", "一级", "许可审核实行现场核查。"),
        ]),
        ("种苗管理股", "检验员", "肖琬岱", "general", [
            ("苗木质量检验报告弄虚作假", "业务流程", "一级", "抽样、检验分人负责，报告复核。"),
            ("收取育苗户好处费", "外部环境", "三级", "公开投诉电话，开展回访。"),
        ]),
        ("办公室", "出纳", "戴溆珩", "general", [
            ("苗木销售款不及时入账", "业务流程", "二级", "销售款当日入账，日清月结。"),
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
        "chengbu_seedling_station_register", "http://www.1000003.com/ct/5jAZFM.html",
        "县林木种苗站 廉政风险点排查登记表, after the source's page on 湖南南山国家公园 动植物资源 (资源冷杉, 南方红豆杉, "
        "国家一类、二类保护植物): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chengbu_nanshan_park_office_keyword_note(),
    chengbu_forestry_bureau_two_sheets(),
    chengbu_rulin_forestry_station_posts(),
    chengbu_state_forest_farm_cards(),
    chengbu_fire_prevention_office_selfchecks(),
    chengbu_nanshan_ranch_group_rows(),
    chengbu_jintongshan_reserve_list(),
    chengbu_seedling_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch859-inbox"))

"""The nine-hundred-and-fifty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业农村
bodies, 索县 (那曲市, 西藏自治区) — its 农业农村局, 动物疫病预防控制中心, 畜牧兽医站, 农牧机械管理站,
农业技术推广站, 农村经营管理站 and two 乡镇农牧综合服务中心 (亚拉镇, 荣布镇) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 动物疫病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``具体表现``, ``…风险`` types, 高/中/低; no names;
- the 畜牧兽医站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 农牧机械管理站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 农业技术推广站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表日期``
  over a row of values, ``一级/二级/三级``, ``自查结果``, no type column;
- the 亚拉镇农牧综合服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 |
  责任人`` on EVERY row, short types, ``高风险/中风险/低风险``;
- the 荣布镇农牧综合服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), 高/中/低, a ``注：`` line.

One is harder:

- ``suo_rural_economy_station_levels_as_last_year``: the 农村经营管理站's 2025 岗位廉政风险防控一览表
  (sheet ``2025年``: ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位
  and 姓名 merged per person), whose ``风险等级`` cell says ``同上年`` for every point carried over
  unchanged from last year and a level word only for the points new this year; a ``注：`` line
  says a ``同上年`` level is the level the point had in the 2024 list; and last year's list is kept
  on a SECOND SHEET ``2024年`` (same heading, its own order, one holder who has since left and a
  point since dropped), where each carried point stands with its level. The README's 读得懂的表
  and docs/layouts.md know a HOLDER cell saying ``同上年`` (taken from last year's list by 科室 and
  岗位), an ``调整后等级`` column whose ``不变``/``维持`` keeps the row's own earlier level, a
  ``上年风险等级`` column with change marks, and ``同上`` / ``同第1项`` pointing to another row of the
  same list; they do not describe a LEVEL cell pointing to last year's list on another sheet, to be
  looked up there by the post and the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (西藏's 青稞 and 牦牛 良种, 家庭牧场
and a county 农业农村局局长; a 动物疫病预防控制中心's paper on 牦牛 and 藏羊 diseases — 免疫, 消毒,
检疫; 牦牛 diseases and 人畜共患病 on the plateau; the law giving 农业（农业机械）主管部门 the power
over 拖拉机 登记, 检验 and 驾驶培训; a 县 pushing 良种青稞 with 良种补贴; a county's 村级“三资”审计 and
its 回头看 — 整改, 追回 外借资金; 西藏's 乡镇农牧综合服务中心 — 农机, 种植, 技术推广; a 乡农牧综合服务中心
author on 牦牛包虫病 — 犬只管理, 屠宰检疫) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
鬲 and 郅 with rare given names); every unit is a body of 索县.

Run ``python tests/published/score.py --set batch958`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file this year's list (sheet ``2025年``) is the truth; a ``同上年`` level is the level
  the same point (same 岗位, same words) has in the ``2024年`` sheet; the ``2024年`` sheet holds no
  points of its own (its dropped point and its departed holder are no form); the points new in
  2025 take the level written beside them; no type column, so no types;
- ``局领导`` is no 科室 (sheet ``局领导``); ``站领导``, ``中心领导`` (a 科室/股室/部门 cell, a group row)
  are the 科室 of those leaders; a 局's 股, a 中心's 科 or 室, a 站's 组 are 科室;
- every station, centre and the 局 are units of their own: 局长, 副局长, 主任, 副主任, 站长 and
  副站长 are leaders; 股长, 科长 and 组长 middle; the rest general;
- ``风险点 | 具体表现``: the point is the short 风险点; ``分管工作``, ``自查结果`` and ``填表日期`` are no
  points and name no holder; the 动物疫病预防控制中心's list names no person: its forms are posts;
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

PREFIX = "b958_"
PLACE = "索县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
SAME = "同上年"
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# last year's list, in its own order: (股室, 岗位, 姓名, 廉政风险点, 风险等级, 防控措施)
LAST_YEAR = [
    ("站领导", "站长", "鬲翯岚", "村级“三资”审计结论打招呼、改结论", "一级", "审计结论经站务会集体审定，审计报告存档备查。"),
    ("站领导", "站长", "鬲翯岚", "农村土地承包经营纠纷调处偏袒一方", "二级", "调处两人以上参加，调处意见书面告知双方。"),
    ("三资管理组", "组长", "郅澍峤", "村集体资金外借审核把关不严", "一级", "外借资金一律报乡镇审核，按季清理回收。"),
    ("三资管理组", "组长", "郅澍峤", "村账乡代管票据审核走过场", "二级", "原始票据逐张审核，不合规票据退回。"),
    ("三资管理组", "会计", "鬲岍蘅", "村级报账资金截留、挪用", "一级", "报账资金直达村集体账户，每月对账。"),
    ("三资管理组", "会计", "鬲岍蘅", "三资管理平台数据随意修改", "三级", "平台操作留痕，修改须组长审批。"),
    ("土地承包管理组", "农经员", "郅瑄崧", "土地承包经营权证登记信息不实", "二级", "登记信息村内公示七日，无异议后发证。"),
    ("土地承包管理组", "农经员", "郅瑄崧", "草场流转合同备案收取费用", "三级", "合同备案一律免费，备案情况按月公示。"),
    ("土地承包管理组", "农经员", "郅瑄崧", "接受流转双方宴请", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
]  # fmt: skip
LAST_LEVEL = {(post, point): GRADES[lv] for _, post, _, point, lv, _ in LAST_YEAR}

# this year's list: (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级 as typed, 防控措施)])
THIS_YEAR = [
    ("站领导", "站长", "鬲翯岚", "leader", [
        ("村级“三资”审计结论打招呼、改结论", SAME, "审计结论经站务会集体审定，审计报告存档备查。"),
        ("农村土地承包经营纠纷调处偏袒一方", SAME, "调处两人以上参加，调处意见书面告知双方。"),
        ("村集体经济项目资金拨付个人说了算", "一级", "项目资金拨付经站务会研究，报县农业农村局备案。"),
    ]),
    ("三资管理组", "组长", "郅澍峤", "middle", [
        ("村集体资金外借审核把关不严", SAME, "外借资金一律报乡镇审核，按季清理回收。"),
        ("审计发现问题整改回头看走过场", "二级", "整改情况逐项销号，回头看结果报站务会。"),
        ("村账乡代管票据审核走过场", SAME, "原始票据逐张审核，不合规票据退回。"),
    ]),
    ("三资管理组", "会计", "郅湉岫", "general", [
        ("村级报账资金截留、挪用", SAME, "报账资金直达村集体账户，每月对账。"),
        ("三资管理平台数据随意修改", SAME, "平台操作留痕，修改须组长审批。"),
    ]),
    ("土地承包管理组", "农经员", "郅瑄崧", "general", [
        ("土地承包经营权证登记信息不实", SAME, "登记信息村内公示七日，无异议后发证。"),
        ("接受流转双方宴请", SAME, "签订廉洁承诺书，节前廉洁提醒。"),
        ("草场流转价格评估暗中压价", "三级", "评估结果村内公示，流转双方签字确认。"),
    ]),
]  # fmt: skip


def suo_rural_economy_station_levels_as_last_year() -> dict:
    unit = f"{PLACE}农村经营管理站"
    heading = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    widths = [6, 14, 9, 9, 38, 10, 36]
    now = _Sheet("2025年", widths)
    t = _Truth(unit)
    _line(now, f"{unit}2025年岗位廉政风险防控一览表", 7)
    now.add(*heading)
    first = len(now.rows)
    n = 0
    for dept, post, who, tier, points in THIS_YEAR:
        for point, lv, measures in points:
            n += 1
            now.add(n, dept, post, who, point, lv, measures)
            level = LAST_LEVEL[(post, point)] if lv == SAME else GRADES[lv]
            t.point(now.name, dept, post, who, tier, point, [], level)
    _per_person(now, first, 1, 2, 3)
    _line(now, "注：风险等级栏填“同上年”的，风险等级与2024年清单（见“2024年”工作表）一致；"
               "新增风险点的等级经站务会评定。", 7)  # fmt: skip
    now.add("制表：综合组", None, None, "审核：", None, "2025年3月", None)
    old = _Sheet("2024年", widths)
    _line(old, f"{unit}2024年岗位廉政风险防控一览表", 7)
    old.add(*heading)
    first = len(old.rows)
    for i, row in enumerate(LAST_YEAR, 1):
        old.add(i, *row)
    _per_person(old, first, 1, 2, 3)
    old.add("制表：综合组", None, None, "审核：", None, "2024年3月", None)
    return _layout(
        "suo_rural_economy_station_levels_as_last_year", "http://www.jgsdaily.com/2015/0105/159678.shtml",
        "(harder) 县农村经营管理站 2025年岗位廉政风险防控一览表, after the source's account of a county's 村级“三资”审计 and "
        "its 回头看 (审计报告, 整改意见, 追回外借的集体资金): sheet ``2025年`` with 序号/股室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险等级/防控措施 whose 风险等级 says ``同上年`` for every carried-over point and ``一级/二级/三级`` "
        "only for the new ones, a ``注：`` line saying ``同上年`` is the level in the 2024 list, and a SECOND SHEET ``2024年`` "
        "(last year's list, same heading, its own order, a holder since replaced, a point since dropped) with every "
        "carried point's level; no type column",
        [now, old], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def suo_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郅曜岑", "局长", "主持全面工作", [
            ("农牧业项目安排和资金分配个人拍板", "Ⅰ级", "项目安排和资金分配经局党组会集体研究。"),
            ("为亲友承揽家庭牧场建设工程打招呼", "Ⅰ级", "领导干部插手工程项目一律登记报告。"),
        ]),
        ("鬲霂峥", "副局长", "分管种植业、良种推广", [
            ("青稞良种采购指定供应商", "Ⅰ级", "良种采购进县公共资源交易平台，结果公示。"),
            ("良种补贴面积核定打招呼", "Ⅱ级", "补贴面积由乡镇核实、村内公示后报局审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("计划财务股", "股长", "郅沅崿", "middle", "农牧业项目资金拨付不按进度", "Ⅰ级", "按验收进度拨付，财务股与业务股室双签。"),
        ("计划财务股", "会计", "鬲瑗峦", "general", "虚列农牧民培训费用套取资金", "Ⅱ级", "培训凭签到表、照片报账，每季抽查。"),
        ("畜牧业股", "股长", "郅珩嵘", "middle", "家庭牧场补助对象审核不严", "Ⅰ级", "补助对象乡村两级公示，股室复核。"),
        ("畜牧业股", "股长", "郅珩嵘", "middle", "牦牛育肥项目验收降低标准", "Ⅱ级", "验收组由局、乡、村三方组成。"),
        ("办公室", "办事员", "鬲汐岙", "general", "公务用车私用", "Ⅲ级", "车辆出车登记，定位轨迹每月核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "suo_agri_bureau_two_sheets", "http://m.njpanjin.com/cn/fp/202112/t20211208_7111189.html",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 西藏's 青稞 and 牦牛 良种 (家庭牧场, 育肥, "
        "a county 农业农村局局长): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def suo_animal_disease_centre_posts() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "具体表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "疫苗和消毒药品采购", "强制免疫疫苗、消毒药品采购暗箱操作", "制度机制风险", "高",
         "采购按政府采购程序，中心班子集体研究。"),
        ("防疫科", "科长", "middle", "强制免疫疫苗分发", "疫苗分发不按存栏数，优亲厚友", "岗位职责风险", "高",
         "疫苗按乡镇存栏数分配，出入库台账公开。"),
        ("防疫科", "防疫员", "general", "免疫档案填报", "免疫档案、耳标佩戴数虚报", "业务流程风险", "中",
         "免疫档案抽查核对，耳标数与存栏数比对。"),
        ("检测室", "检验员", "general", "疫病监测采样", "布病、包虫病监测样品不采即报", "思想道德风险", "中",
         "采样拍照留存，样品编号全程可追溯。"),
        ("检测室", "检验员", "general", "检测报告出具", "接受养殖户好处，检测结果造假", "外部环境风险", "低",
         "检测结果双人复核，报告主任签发。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "suo_animal_disease_centre_posts", "http://www.victorzhang.cn/page/2021/1206/12500925.shtml",
        "县动物疫病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's paper by a 西藏 动物疫病预防控制中心 on "
        "牦牛 and 藏羊 diseases (免疫, 消毒, 检疫, 防控体系): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/"
        "a long 具体表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def suo_husbandry_station_cards() -> dict:
    unit = f"{PLACE}畜牧兽医站"
    t = _Truth(unit)
    cards = [
        ("站长", "鬲昶峋", "站长", "主持兽医站全面工作", "leader", [
            ("动物诊疗许可审核打招呼", "★★★", "许可审核两人以上，审核意见集体研究。"),
            ("兽药经营门店监管收受好处", "★★★", "监管检查双人同行，检查记录存档。"),
            ("接受养殖户宴请", "★", "节前廉洁提醒，严守中央八项规定精神。"),
        ]),
        ("副站长", "郅璘岈", "副站长", "分管动物检疫、屠宰监管", "leader", [
            ("产地检疫不到现场即出具检疫证明", "★★", "检疫出证电子化，现场照片上传系统。"),
            ("病死牦牛无害化处理补助核定不实", "★★", "处理现场拍照，补助名单村内公示。"),
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
        "suo_husbandry_station_cards", "https://www.scholarmate.com/S/nycuJT",
        "县畜牧兽医站 领导干部廉政风险防控卡, one sheet a leader, after the source's abstract on 牦牛 diseases on the plateau "
        "(巴氏杆菌病, 布鲁氏杆菌病, 人畜共患, 防控不到位): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def suo_farm_machinery_station_group_rows() -> dict:
    unit = f"{PLACE}农牧机械管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "郅泓岷", "leader", [
                ("农机购置补贴资金兑付审核把关不严", "一级风险", "补贴兑付经站务会研究，名单公示后兑付。"),
                ("补贴机具核验指定经销商", "二级风险", "农户自主选择经销商，站里不推荐产品。"),
            ]),
        ]),
        ("二、安全监理组", "安全监理组", [
            ("组长", "鬲珣崴", "middle", [
                ("拖拉机登记上牌不到场查验", "一级风险", "查验车辆拍照留存，登记资料双人审核。"),
            ]),
            ("监理员", "郅琮嶙", "general", [
                ("拖拉机驾驶证考试降低标准", "二级风险", "考试全程录像，考官随机抽取。"),
                ("年度检验收取好处费", "三级风险", "检验不收费用，监督电话公开。"),
            ]),
        ]),
        ("三、推广服务组", "推广服务组", [
            ("技术员", "鬲澈岿", "general", [
                ("农机作业补助面积虚报", "二级风险", "作业面积卫星定位核实，村内公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "suo_farm_machinery_station_group_rows", "http://182.61.201.157/p/4850811167?pid=99944646919",
        "县农牧机械管理站 廉政风险防控责任清单 under GROUP ROWS, after the source's quoting of the law that gives 农业（农业机械）"
        "主管部门 the power over 拖拉机 登记, 检验, 驾驶培训 and 牌证: a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、站领导``, ``二、安全监理组``, ``三、推广服务组`` merged across; "
        "岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def suo_agri_tech_station_selfchecks() -> dict:
    unit = f"{PLACE}农业技术推广站"
    t = _Truth(unit)
    people = [
        ("郅霈岚", "站领导", "站长", "leader", [
            ("青稞良种繁育基地选址优亲厚友", "一级", "基地选址经站务会研究，结果公示。", "已落实"),
            ("示范推广项目验收走过场", "二级", "验收邀请乡镇和农户代表参加。", "未发现问题"),
        ]),
        ("鬲晞峣", "种植业组", "农艺师", "general", [
            ("良种推广面积统计虚报", "一级", "推广面积入户核实，村内公示。", "已落实"),
            ("化肥、地膜发放登记不实", "三级", "发放名单农户签字，站里抽查。", "已落实"),
        ]),
        ("郅涴岑", "植保组", "植保员", "general", [
            ("病虫害统防统治农药采购收回扣", "一级", "农药采购三家比价，验收两人签字。", "未发现问题"),
            ("防治作业量签认不实", "二级", "作业现场拍照，农户签字确认。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "suo_agri_tech_station_selfchecks", "http://theworldseeds.cn/index.php?p=11852",
        "县农业技术推广站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on a 西藏 "
        "县 pushing 良种青稞 (良种推广面积, 良种繁育和推广补贴, 支农资金): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表日期`` over a row of values, then 序号/风险点/风险等级 ``一级/二级/三级``/防控措施/``自查结果``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def suo_yala_town_centre_list() -> dict:
    unit = f"{PLACE}亚拉镇农牧综合服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郅滢岍", "leader", "农机作业服务队收费不入账", "制度机制", "高风险",
         "收费统一开具票据，当日入账。"),
        ("中心领导", "主任", "郅滢岍", "leader", "惠农补贴发放名单审核优亲厚友", "思想道德", "中风险",
         "补贴名单村内公示七日，镇纪委抽查。"),
        ("农牧业服务", "技术员", "鬲琤崟", "general", "种植技术培训签到造假、虚列培训费", "业务流程", "高风险",
         "培训签到照片留存，镇里每季抽查。"),
        ("农牧业服务", "技术员", "鬲琤崟", "general", "对农资经营户违规行为选择性报告", "岗位职责", "低风险",
         "巡查情况每日登记，报县农业农村局。"),
        ("草原管护", "管护员", "郅昀岱", "general", "草原管护员考勤造假、冒领补助", "外部环境", "中风险",
         "管护巡查定位记录，补助按月公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "suo_yala_town_centre_list", "http://english.chinatibetnews.com/xwzx/Economy/201708/t20170830_1947837.html",
        "镇农牧综合服务中心 岗位廉政风险防控一览表, after the source's report on 西藏's township agricultural integrated service "
        "centres (农技推广, 农机, 种植, 353 townships): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def suo_rongbu_town_centre_register() -> dict:
    unit = f"{PLACE}荣布镇农牧综合服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鬲湛崧", "leader", [
            ("犬只驱虫药品发放不按登记数", "制度机制", "高", "药品按犬只登记数发放，村内公示。"),
            ("屠宰点检疫监管放松、收受好处", "岗位职责", "中", "检疫监管两人同行，记录每周报县站。"),
        ]),
        ("财务组", "报账员", "郅沄峦", "general", [
            ("防疫员补助发放名单虚列人员", "业务流程", "高", "补助按考勤发放，打卡到个人账户。"),
        ]),
        ("动物防疫组", "防疫员", "鬲淏岷", "general", [
            ("包虫病防治入户记录代签、补签", "岗位职责", "中", "入户记录拍照留存，中心每月抽查。"),
            ("接受养殖户土特产", "思想道德", "低", "签订廉洁承诺书，定期廉政谈话。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "suo_rongbu_town_centre_register", "http://www.thearxiv.net/2025/29/a38d202529220.html",
        "镇农牧综合服务中心 廉政风险点排查登记表, after the source's paper by a 乡农牧综合服务中心 author on 牦牛包虫病 in 西藏 "
        "(犬只管理, 屠宰检疫, 基层防疫体系): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 高/中/低/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    suo_rural_economy_station_levels_as_last_year(),
    suo_agri_bureau_two_sheets(),
    suo_animal_disease_centre_posts(),
    suo_husbandry_station_cards(),
    suo_farm_machinery_station_group_rows(),
    suo_agri_tech_station_selfchecks(),
    suo_yala_town_centre_list(),
    suo_rongbu_town_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch958-inbox"))

"""The five-hundred-and-nineteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 水务 and
农业 bodies, 靖远县 (a county of 白银市, 甘肃) — its 水务局, 农业农村局, 灌溉管理所, 农业技术推广中心
and four 镇农业综合服务中心 (乌兰镇, 东湾镇, 北湾镇, 刘川镇 — towns of the county) — each handing
back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 水务局's 一览表: ``科室 | 岗位 | 责任人 | 风险点 | 风险类型 | 风险等级 | 防控措施`` written on
  every row, short types, 高/中/低;
- the 农业农村局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名`` merged), ``一级/二级/三级``, no type column;
- the 农业技术推广中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 东湾镇农业综合服务中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 北湾镇农业综合服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 乌兰镇农业综合服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、农技服务组`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 刘川镇农业综合服务中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``jingyuan_irrigation_unit_credit_code``: the 灌溉管理所's sheet, an export from a 防控 platform,
  gives THE UNIT only in a per-row column headed ``单位名称（统一社会信用代码）``, one cell merged down
  the whole table, whose text is the unit's name with its 18-character 统一社会信用代码 bracketed on
  a second line: ``靖远县灌溉管理所⏎（12620421MB0R3857XK）``. The title above says only
  ``廉政风险防控岗位信息表`` (no unit), no unit line stands above or below, and the sign-off names
  no unit. The heading is ``序号 | 单位名称（统一社会信用代码） | 科室 | 岗位 | 姓名 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施``. The shape is about WHERE AND HOW THE UNIT IS WRITTEN. The
  README's 读得懂的表 and the earlier batches know a unit in the title, in a ``填报单位``/``单位名称``
  line, in a ``主管部门 | … | 单位名称 | …`` line, in a ``编制所在单位`` column, a unit field
  without the county, a 部门 as a directory path; ``grep -l -e 信用代码 -e 组织机构代码 -e 单位代码
  tests/published/batch*.py`` finds none, and the README names no such code. None is a unit
  column whose cell joins the name and a registration code; read as the others are, the unit is
  the name with the code (or the code taken for a 科室 or a holder).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县水务局's account of
取水许可, 水资源费 and 节水型社会 work; a city's 解读 of the 中央财政支农 project plans — 农技推广,
耕地质量, 强制免疫; a county gazetteer's chapter on 水利事业管理 — 管理站, 段长, 斗长; a paper on
协同推广 of 农业重大技术; an article on 农技推广 staff and their 服务考评; a guide to 渠系管理 — 干渠,
支渠, 斗渠, 维护责任; the rules of 科技推广经费 in 农业综合开发 — 示范户 补贴, 项目 验收; a plan for
规范取水许可 — 审批, 监管) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names); every unit is a body of 靖远县 (``unit_words=("靖远县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch519`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the unit is the name BEFORE the bracketed code, ``靖远县灌溉管理所``; the code
  is no part of the unit, no 科室, no holder and no point;
- ``局领导`` (the 农业农村局's leaders' sheet) is the 科室 of those leaders, as ``中心领导`` was in
  batch 517; a 局's 股/室, a 所's 管理站, a 中心's 组 are 科室; a group row ``一、中心领导`` gives the
  科室 ``中心领导``, ``二、农技服务组`` the 科室 ``农技服务组`` (its number left off), as batch 280,
  507, 513 and 517 did; the 农技中心's cards and the 刘川镇 list name a 科室 only where a cell does
  (``所在科室``);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长 are leaders;
  股长, a 局's 办公室主任, a 所's 站长, 组长 middle; the rest (科员, 技术员, 农技员, 水管员, 会计,
  统计员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 北湾镇 list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
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

PREFIX = "b519_"
PLACE = "靖远县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
CODE = "12620421MB0R3857XK"
UNIT_HEAD = "单位名称（统一社会信用代码）"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
IRRIGATION = [
    ("所领导", "所长", "禤翀玥", "leader", [
        ("渠道维修工程发包个人说了算", "制度机制", "高", "工程发包所务会集体研究，结果公示。"),
        ("灌溉用水指标分配优亲厚友", "岗位职责", "中", "配水计划张榜公布，用水户代表监督。"),
    ]),
    ("北干渠管理站", "站长", "漆雕琇沅", "middle", [
        ("斗口配水时收受用水户好处", "外部环境", "高", "斗口水量登记签字，站里每轮抽查。"),
        ("水费收缴不开票据、截留挪用", "业务流程", "中", "水费直接缴入专户，票据按月核销。"),
    ]),
    ("北干渠管理站", "水管员", "濮阳璟翕", "general", [
        ("放水巡渠中私开斗门卖水", "思想道德", "中", "斗门加锁登记，巡渠两人同行。"),
        ("渠堤树木私自砍伐处置", "岗位职责", "低", "渠堤树木造册管理，处置经所务会研究。"),
    ]),
]  # fmt: skip


def jingyuan_irrigation_unit_credit_code() -> dict:
    unit = f"{PLACE}灌溉管理所"
    sh = _Sheet("导出数据", [6, 22, 14, 10, 10, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, "廉政风险防控岗位信息表", 9)
    sh.add(
        "序号", UNIT_HEAD, "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"
    )
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in IRRIGATION:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, f"{unit}\n（{CODE}）", dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _per_person(sh, first, 2, 3, 4)
    sh.add("导出时间：2025-06-18", None, None, None, None, None, None, None, None)
    return _layout(
        "jingyuan_irrigation_unit_credit_code",
        "http://www.gaoling.gov.cn/dmgl/glqz/q（x）z/5ee34c8af99d65049f12d438.html",
        "(harder) 县灌溉管理所 岗位信息表 exported from a platform, after the source's chapter on 水利事业管理 "
        "(管理站, 段长, 斗长): the unit ONLY in a column ``单位名称（统一社会信用代码）`` merged down the table, "
        "``靖远县灌溉管理所⏎（12620421MB0R3857XK）``; a title without the unit; 科室/岗位/姓名 merged; "
        "short types; 高/中/低; 导出时间 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingyuan_water_bureau_list() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "覃蓁翃", "middle", "公务用车加油维修费用虚报", "制度机制", "低",
         "派车登记，费用按月公开。"),
        ("水资源管理股", "股长", "钮珝湜", "middle", "取水许可审查放宽条件", "岗位职责", "高",
         "受理、审查分岗，许可结果网上公示。"),
        ("水资源管理股", "科员", "竺沄霈", "general", "水资源费核定少征、缓征", "业务流程", "中",
         "核定两人复核，征收台账按季核对。"),
        ("水利工程建设股", "股长", "戚翯瀚", "middle", "小型水利工程验收降低标准", "外部环境", "高",
         "验收邀请第三方参加，资料存档。"),
        ("河湖管理股", "科员", "詹珉湉", "general", "河道采砂巡查放任违规开采", "思想道德", "中",
         "巡查两人同行，执法记录全程留存。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "jingyuan_water_bureau_list",
        "https://fx361.cc/page/2012/1119/21390887.shtml",
        "县水务局 廉政风险防控一览表, after the source's account of a 县水务局's 取水许可, 水资源费 and 节水型社会 "
        "work: 序号/科室/岗位/责任人/风险点/风险类型 (short)/高/中/低/防控措施 on EVERY row; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def jingyuan_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亓官翊暄", "局长", "主持全面工作", [
            ("涉农项目安排个人说了算", "一级", "项目安排局党组集体研究，结果公示。"),
            ("干部选拔任用搞亲疏", "二级", "选任程序全程纪实，征求纪检意见。"),
        ]),
        ("贲湜琤", "副局长", "分管农机和畜牧兽医", [
            ("农机购置补贴审核把关不严", "一级", "补贴对象公示，机具现场核验。"),
            ("动物防疫物资发放不登记", "三级", "物资出入库登记，按季盘点。"),
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
    dept = _Sheet("科室", [6, 16, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("计划财务股", "股长", "郦渼琛", "middle", "项目资金拨付不按进度", "一级",
         "拨付凭验收单，分管领导审签。"),
        ("农村经营管理股", "科员", "巫马珩沣", "general", "土地流转合同备案审查走过场", "二级",
         "备案材料两人审核，抽查回访。"),
        ("农村经营管理股", "科员", "巫马珩沣", "general", "接受村集体宴请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "jingyuan_agri_bureau_two_sheets",
        "http://fanfan365.com/html/art20171123art_8370_1625713.html",
        "县农业农村局's file in two sheets, after the source's 解读 of the 中央财政支农 project plans (农技推广, "
        "耕地质量, 强制免疫): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 "
        "merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def jingyuan_agritech_cards() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    t = _Truth(unit)
    cards = [
        ("主任", "郯瑀珺", "leader", [
            ("推广项目承担单位选定不公开", "★★★", "承担单位择优确定，结果公示。"),
            ("示范物资采购价格虚高", "★★", "物资询价三家以上，集体审定。"),
        ]),
        ("农技员", "甄翾芃", "general", [
            ("示范户补贴面积虚报", "★★", "补贴面积实地核查，村内公示。"),
            ("为农资经销商推销产品", "★", "开展警示教育，公开举报电话。"),
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
        "jingyuan_agritech_cards",
        "http://91fabiao.com/zazhi/6811249.html",
        "县农业技术推广中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 农技员), after the source's paper on "
        "协同推广 of 农业重大技术: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` "
        "line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def jingyuan_dongwan_selfchecks() -> dict:
    unit = f"{PLACE}东湾镇农业综合服务中心"
    t = _Truth(unit)
    people = [
        ("鄢璟骢", "主任", "leader", "中心领导", [
            ("惠农补贴清册审核不严", "高风险", "清册村、镇两级公示，抽查入户。"),
            ("办公经费报销不合规", "中风险", "报销经班子审签，每季公开。"),
        ]),
        ("蒉湉琇", "统计员", "general", "农技服务组", [
            ("农业统计数据弄虚作假", "中风险", "数据两人复核，留存原始台账。"),
            ("收受种植大户礼品", "低风险", "签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "中心意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jingyuan_dongwan_selfchecks",
        "http://www.handmsg.com/page/2022/0206/16757837.shtml",
        "镇农业综合服务中心 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's article "
        "on 农技推广 staff and their 服务考评: a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 中心意见：``",
        sheets, t,
    )  # fmt: skip


def jingyuan_beiwan_posts() -> dict:
    unit = f"{PLACE}北湾镇农业综合服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    water, farm = "水利服务组", "农技服务组"
    rows = [
        (water, "水管员", "general", "渠系维修用工", "虚报维修用工，套取补助", "岗位职责风险", "Ⅰ级",
         "用工登记公示，村组签字。"),
        (water, "水管员", "general", "斗渠配水", "配水不按轮次，照顾熟人", "业务流程风险", "Ⅱ级",
         "轮灌表张贴公示，用水户监督。"),
        (farm, "农技员", "general", "测土配方肥发放", "发放数量登记不实", "制度机制风险", "Ⅱ级",
         "发放造册，农户签字领取。"),
        (farm, "农技员", "general", "病虫害防治服务", "接受农资商宴请，指定购药", "外部环境风险", "Ⅲ级",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "jingyuan_beiwan_posts",
        "https://www.zhemaiyun.com/news/2012294876372299776",
        "镇农业综合服务中心 廉政风险点排查表 对岗不对人, after the source's guide to 渠系管理 (干渠, 支渠, 斗渠, "
        "维护责任): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def jingyuan_wulan_group_rows() -> dict:
    unit = f"{PLACE}乌兰镇农业综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "宓翊璠", "leader", [
                ("科技示范项目验收走过场", "一级风险", "验收邀请农户代表参加，结果公示。"),
                ("中心物资采购不比价", "三级风险", "采购三家比价，班子审定。"),
            ]),
        ]),
        ("二、农技服务组", "农技服务组", [
            ("组长", "郗瑱翙", "middle", [
                ("示范户遴选优亲厚友", "一级风险", "遴选条件公开，名单公示。"),
                ("培训经费虚列人数", "二级风险", "培训签到拍照，经费审核。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "jingyuan_wulan_group_rows",
        "http://www.fsou.net/html/text/lar/169913/16991321_3.html",
        "镇农业综合服务中心 廉政风险防控责任清单, after the source's rules of 科技推广经费 in 农业综合开发 (示范户 "
        "补贴, 项目 验收): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、农技服务组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jingyuan_liuchuan_duty_list() -> dict:
    unit = f"{PLACE}刘川镇农业综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副主任", "笪璆翎", "leader", "机井取水管理", "机井取水计量不实、少收水费", "一级",
         "计量设施定期校验，水费公示。"),
        ("副主任", "笪璆翎", "leader", "高标准农田建设协调", "为施工方协调工程量签证", "二级",
         "签证现场核实，两人签字。"),
        ("会计", "厍沄琦", "general", "中心财务", "白条入账、公款私存", "二级", "票据按月审核，账户专管。"),
        ("会计", "厍沄琦", "general", "补贴资金发放", "补贴资金发放延迟截留", "三级", "资金一卡通直发到户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "jingyuan_liuchuan_duty_list",
        "https://www.renrendoc.com/paper/507605494.html",
        "镇农业综合服务中心 廉政风险防控责任清单, after the source's plan for 规范取水许可 (审批, 监管): "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingyuan_irrigation_unit_credit_code(),
    jingyuan_water_bureau_list(),
    jingyuan_agri_bureau_two_sheets(),
    jingyuan_agritech_cards(),
    jingyuan_dongwan_selfchecks(),
    jingyuan_beiwan_posts(),
    jingyuan_wulan_group_rows(),
    jingyuan_liuchuan_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch519-inbox"))

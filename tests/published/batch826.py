"""The eight-hundred-and-twenty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's water bodies,
凤庆县 (of 临沧市, 云南省) — its 水务局, 河道管理站, 农村饮水安全管理站, 水利工程质量监督站, 水库管理所,
农田水利服务站, 水资源管理办公室 and 水政监察大队 — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 水务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农村饮水安全管理站's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 水利工程质量监督站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 水库管理所's 清单 under GROUP ROWS ``一、所领导`` … ``三、财务股`` merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 农田水利服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 水资源管理办公室's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 水政监察大队's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``fengqing_river_station_same_as_note``: the 河道管理站's 岗位廉政风险点排查表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, one merged block a person) whose
  ``注：`` line under the table says that two MORE 河道巡查员, named there and in no row, have the
  same points, levels and measures as the 河道巡查员 邴沜甃 whose block the table shows, and that
  they are not written again (``河道巡查员蒯澭岨、邴滘璩的廉政风险点、风险等级及防控措施与邴沜甃相同，
  不再重复填写。``). So each of the two holds 邴沜甃's points, though the list has no row of his.
  The README's 读得懂的表 knows a ROW whose point cell says ``同审计员某某`` / ``与副局长某某相同`` (the
  row's own holder takes over the named colleague's block), a cell ``同序号N``, a ``（下同）``
  value, a ``注：`` line moving numbered items to other holders and a 说明 line naming the holders
  of restarting blocks in order; it does not describe a note under a complete list that ADDS
  holders absent from every row by naming the listed colleague whose block they share.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (河道采砂管理问题 — 采砂许可, 非法采砂,
超量开采; 水利工程招标管理规定 — 资格审查, 评标专家, 设计变更; 农村饮水安全工程建设与管理问题 — 水源
保护, 法律监管; a 供水工程 未招标先建设 report — 水利部门监而不管, 工程质量; 小型水库管理制度 — 巡查,
维护, 调度运用, 防汛物资; 小型水库运行管护对策 — 管护意识, 责任划分, 灌溉; 洱源县水资源管理中心 on
中小型水库安全运行; 农村饮水安全工程建设与管理 — 监管缺失, 监督体系) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 邴 and 蒯 with rare given names); every unit is a body of 凤庆县.

Run ``python tests/published/score.py --set batch826`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is a point of its own holder (股室, 岗位, 姓名 merged over his rows),
  with the row's level; the ``注：`` line's second item gives each of the two named 河道巡查员 a form of
  his own (股室 ``巡查股`` and 岗位 ``河道巡查员``, as 邴沜甃's, whose post the note names) holding
  邴沜甃's points at 邴沜甃's levels; the note itself and the 填表/审核 line are no points;
- ``局领导``, ``站领导``, ``所领导``, ``办领导``, ``大队领导`` (a 处室 cell, a group row, a 所在股室/部门
  cell) are the 科室 of those leaders; the 局's leaders (sheet ``局领导``, no 科室 column) and the
  cards' leaders have no 科室; a 股, 中队 and 办公室 are 科室;
- 局长, 副局长, 站长, 副站长, 所长, a 办公室's own 主任 (the unit's head) and 大队长 are leaders; 股长
  and 中队长 middle; the rest (会计, 出纳, 技术员, 检测员, 监督员, 闸门操作员, 水费收缴员, 科员,
  河道巡查员, 采砂监管员, 执法队员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 农村饮水安全管理站's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b826_"
PLACE = "凤庆县"
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

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)]) written in the table
RIVER_ROWS = [
    ("站领导", "站长", "邴澨篔", "leader", [
        ("河道采砂许可审批中为特定采砂业主开“绿灯”", "一级", "采砂许可经站务会集体研究，报县水务局审批，结果公示。"),
        ("河道整治工程项目验收把关不严", "二级", "验收邀请乡镇河长办和监理单位共同参加，验收资料存档。"),
    ]),
    ("站领导", "副站长", "蒯瀼硎", "leader", [
        ("涉河建设项目方案审查中降低防洪标准", "一级", "方案审查组织专家评审，审查意见集体研究。"),
        ("接受涉河项目建设单位宴请和礼品", "三级", "签订廉洁承诺书，节假日前开展廉洁提醒。"),
    ]),
    ("巡查股", "河道巡查员", "邴沜甃", "general", [
        ("巡河发现非法采砂、乱占乱建不报告、不制止", "二级", "巡河轨迹APP实时上传，问题照片当日报送股长。"),
        ("收受采砂业主好处，通风报信", "一级", "巡查路线和时间不固定，举报电话公示，发现一起查处一起。"),
    ]),
    ("采砂管理股", "采砂监管员", "蒯洑岧", "general", [
        ("采砂现场计量不实，超范围、超量开采不制止", "一级", "采砂船只安装监控，采砂量按日登记、按月核对。"),
    ]),
]  # fmt: skip

# the colleagues whom the 注 line names: same 股室 and 岗位 as the row holder 邴沜甃, not in the table
SAME_AS = ("邴沜甃", [("巡查股", "河道巡查员", "蒯澭岨"), ("巡查股", "河道巡查员", "邴滘璩")])
SAME_NOTE = (
    "注：1.风险等级分为一级、二级、三级，一级为最高。2.河道巡查员蒯澭岨、邴滘璩的廉政风险点、风险等级及"
    "防控措施与邴沜甃相同，不再重复填写。"
)


def fengqing_river_station_same_as_note() -> dict:
    unit = f"{PLACE}河道管理站"
    heads = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    ncols = len(heads)
    sh = _Sheet("排查表", [6, 12, 12, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", ncols)
    sh.add(*heads)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in RIVER_ROWS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    # the colleagues the note names hold the same points at the same levels
    model, others = SAME_AS
    own = next(points for _d, _p, who, _t, points in RIVER_ROWS if who == model)
    for dept, post, who in others:
        for point, lv, _measures in own:
            t.point(sh.name, dept, post, who, "general", point, [], GRADES[lv])
    _line(sh, SAME_NOTE, ncols)
    sh.add("填表：", None, "审核：", None, None, "站长（签字）：", None)
    return _layout(
        "fengqing_river_station_same_as_note", "https://m.fx361.com/news/2021/0914/15271487.html",
        "(harder) 县河道管理站 岗位廉政风险点排查表, after the source's 河道采砂管理问题 (采砂许可, 非法采砂, 超量开采, 河道治理): "
        "a title, a 填报单位/date line, then 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施, one block a person; under it a merged ``注：`` line whose second item names two MORE "
        "河道巡查员 (蒯澭岨, 邴滘璩) whose points, levels and measures are the same as 邴沜甃's block and are not written "
        "again — so those two hold 邴沜甃's points though no row names them; a 填表/审核/站长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fengqing_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邴湓瑧", "局长", "主持全面工作", [
            ("水利工程建设项目招标中插手干预、指定中标单位", "一级",
             "项目一律进入县公共资源交易中心招标，领导干部插手干预登记报告。"),
            ("水利专项资金安排个人说了算", "一级", "资金安排方案经局党组会集体研究，安排结果公开。"),
        ]),
        ("蒯溥峘", "副局长", "分管工程建设、农村供水", [
            ("重大设计变更不履行审批程序", "二级", "设计变更经专家论证，报原审批部门批准。"),
            ("工程进度款拨付不按合同和计量签证", "二级", "进度款凭监理计量签证和审计意见拨付。"),
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
        ("建设管理股", "股长", "邴潏珖", "middle", "招标文件设置排他性资格条件", "一级",
         "招标文件经法律顾问审查，资格条件集体研究确定。"),
        ("建设管理股", "股长", "邴潏珖", "middle", "评标专家抽取信息泄露", "二级", "专家随机抽取，名单开标前保密。"),
        ("计划财务股", "会计", "蒯漷琯", "general", "工程结算资料审核不严，虚增工程量", "二级",
         "结算经第三方审计，审核意见存档。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "fengqing_water_bureau_two_sheets", "https://lanyancloud.com/news/1998305703747543040.html",
        "县水务局 廉政风险防控一览表 in TWO SHEETS, after the source's 水利工程招标管理规定 (招标范围, 资格审查, 评标专家, "
        "设计变更重新履行程序): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def fengqing_drinking_water_station_posts() -> dict:
    unit = f"{PLACE}农村饮水安全管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "供水工程项目安排", "农村供水工程建设项目安排优亲厚友、不按规划",
         "制度机制风险", "高", "项目按规划和水源条件排序，经站务会研究后公示。"),
        ("工程股", "股长", "middle", "水源保护", "水源保护区内违规建设不制止、不上报", "岗位职责风险", "中",
         "水源地每月巡查，巡查记录报站领导。"),
        ("工程股", "技术员", "general", "管网验收", "入户管网材料以次充好验收时不查", "业务流程风险", "高",
         "管材进场抽检送检，验收双人签字。"),
        ("水质股", "检测员", "general", "水质检测", "水质检测数据编造、出具虚假合格报告", "思想道德风险", "中",
         "检测原始记录留存，站长抽查复核。"),
        ("办公室", "出纳", "general", "维修养护资金", "供水工程维修养护资金虚报冒领", "业务流程风险", "低",
         "维修凭村委会确认单和照片报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "fengqing_drinking_water_station_posts", "https://m.fx361.cc/news/2020/0307/18440317.html",
        "县农村饮水安全管理站 岗位廉政风险点排查表 对岗不对人, after the source's 农村饮水安全工程建设与管理问题探讨 (水源保护, "
        "法律监管和制度约束, 工程管理): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def fengqing_quality_station_cards() -> dict:
    unit = f"{PLACE}水利工程质量监督站"
    t = _Truth(unit)
    cards = [
        ("站长", "邴洧璈", "站长", "主持全站工作", [
            ("对未招标先开工的项目监而不管", "★★★", "项目开工前核查招标和施工许可手续，发现问题报局党组。"),
            ("质量监督报告结论失实", "★★", "监督报告经监督组集体讨论后由站长签发。"),
        ]),
        ("副站长", "蒯泐瑒", "副站长", "分管质量检测、安全监督", [
            ("工程质量检测委托单位指定", "★★★", "检测单位从名录库中随机抽取。"),
            ("收受施工单位礼品礼金", "★", "签订廉洁承诺，监督检查不接受宴请。"),
        ]),
        ("监督员", "邴淜岊", "监督员", "工程质量巡查", [
            ("隐蔽工程质量问题发现后不记录、不督促整改", "★★★", "巡查记录附影像资料，整改闭环销号。"),
        ]),
    ]  # fmt: skip
    tiers = {"站长": "leader", "副站长": "leader", "监督员": "general"}
    sheets = []
    for card in cards:
        tab, who, post, work = card[:4]
        items = card[-1]
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tiers[post], point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "fengqing_quality_station_cards", "http://www.ytwzpower.com/qc/cyzx/1596.html",
        "县水利工程质量监督站 岗位廉政风险防控卡, one sheet a person, after the source's 供水工程 未招标先建设 质量堪忧 "
        "(招投标, 水利部门监而不管, 工程质量): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def fengqing_reservoir_office_group_rows() -> dict:
    unit = f"{PLACE}水库管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "蒯滍瑍", "leader", [
                ("水库维修养护项目不经集体研究直接发包", "一级风险", "维修项目经所务会研究，按规定比选或招标。"),
                ("库区养鱼承包合同签订暗箱操作", "二级风险", "承包经营公开竞价，合同报水务局备案。"),
            ]),
        ]),
        ("二、工程管理股", "工程管理股", [
            ("股长", "邴澓琡", "middle", [
                ("大坝巡视检查记录补记、造假", "二级风险", "巡查记录每日签字，所长每周抽查。"),
            ]),
            ("闸门操作员", "蒯灈峣", "general", [
                ("灌溉放水不按调度计划，向个别用水户倾斜", "三级风险", "放水按调度指令执行，放水记录公示。"),
            ]),
        ]),
        ("三、财务股", "财务股", [
            ("会计", "邴沬瑮", "general", [
                ("防汛物资采购报账虚开发票", "一级风险", "物资入库验收与报账凭证逐项核对。"),
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
        "fengqing_reservoir_office_group_rows", "https://renrendoc.com/paper/400058521.html",
        "县水库管理所 廉政风险防控责任清单, after the source's 小型水库管理制度 (管理单位职责, 巡查维护, 调度运用, 防汛物资): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、工程管理股``, ``三、财务股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def fengqing_irrigation_station_selfchecks() -> dict:
    unit = f"{PLACE}农田水利服务站"
    t = _Truth(unit)
    people = [
        ("蒯浡岪", "站领导", "站长", "leader", [
            ("小型农田水利工程管护经费分配不公", "Ⅰ级", "管护经费按工程数量和效益测算，分配结果公示。", "已落实"),
            ("渠道维修工程量签证不实", "Ⅱ级", "签证由技术员、站长和村组代表共同确认。", "未发现问题"),
        ]),
        ("邴漻珰", "工程股", "技术员", "general", [
            ("灌溉渠道维修验收不到现场", "Ⅰ级", "验收现场拍照定位，验收单村组签字。", "已落实"),
            ("为施工队伍介绍工程收取好处", "Ⅱ级", "不参与施工队伍选择，签订廉洁承诺。", "已落实"),
        ]),
        ("蒯潎琟", "用水管理股", "水费收缴员", "general", [
            ("农业水费收缴不开票据、截留挪用", "Ⅲ级", "水费统一开具票据，按周缴存财政专户。", "未发现问题"),
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
        "fengqing_irrigation_station_selfchecks", "http://www.handmsg.com/page/2019/1021/7798799.shtml",
        "县农田水利服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 小型水库运行管护 "
        "对策 (管护意识, 责任划分, 农业灌溉): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def fengqing_water_resources_office_list() -> dict:
    unit = f"{PLACE}水资源管理办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "邴濩岹", "leader", "取水许可审批中降低条件、违规审批", "制度机制", "高风险",
         "取水许可经技术审查和主任办公会研究，结果公开。"),
        ("办领导", "主任", "邴濩岹", "leader", "水资源论证报告评审中打招呼", "思想道德", "中风险",
         "论证报告专家评审，评审意见存档。"),
        ("水资源股", "股长", "蒯淓瑿", "middle", "取用水计量设施核查走过场", "岗位职责", "中风险",
         "计量设施现场核查双人进行，核查表签字。"),
        ("水资源股", "科员", "邴涔峧", "general", "水资源费（税）核定少算漏算", "业务流程", "高风险",
         "核定数据与计量监控平台比对，股长复核。"),
        ("水资源股", "科员", "邴涔峧", "general", "节水奖补申报材料审核不严", "业务流程", "低风险",
         "奖补名单公示，接受社会监督。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "fengqing_water_resources_office_list", "http://chinaqking.com/yc/2020/2501559.html",
        "县水资源管理办公室 岗位廉政风险防控一览表, after the source's 洱源县水资源管理中心 on 中小型水库安全运行管理 (水资源高效化"
        "利用, 安全隐患排查, 管理制度): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def fengqing_water_supervision_brigade_register() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "蒯汧琚", "leader", [
            ("水事违法案件查处中以罚代管、降格处理", "制度机制", "一级", "重大案件集体讨论，处罚决定法制审核。"),
            ("对农村供水工程违规建设监管缺失", "岗位职责", "二级", "执法检查计划公开，检查结果报局党组。"),
        ]),
        ("执法中队", "中队长", "邴澼嵁", "middle", [
            ("扣押的采砂机具私自处理", "业务流程", "一级", "扣押机具登记入库，处理经大队审批并留影像。"),
        ]),
        ("执法中队", "执法队员", "蒯溠珦", "general", [
            ("执法检查中接受当事人宴请", "思想道德", "二级", "执法检查两人以上，执法记录仪全程记录。"),
            ("违法线索隐瞒不报", "外部环境", "三级", "线索登记台账，大队长每周审阅。"),
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
        "fengqing_water_supervision_brigade_register", "https://m.fx361.cc/news/2024/0101/25844045.html",
        "县水政监察大队 廉政风险点排查登记表, after the source's 农村饮水安全工程建设与管理 (监管缺失, 监督体系, 工程质量): a "
        "title, 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fengqing_river_station_same_as_note(),
    fengqing_water_bureau_two_sheets(),
    fengqing_drinking_water_station_posts(),
    fengqing_quality_station_cards(),
    fengqing_reservoir_office_group_rows(),
    fengqing_irrigation_station_selfchecks(),
    fengqing_water_resources_office_list(),
    fengqing_water_supervision_brigade_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch826-inbox"))

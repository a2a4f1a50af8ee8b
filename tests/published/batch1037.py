"""The one-thousand-and-thirty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 学校, 卫生院, 保护区, 林业, 市场监管 and 交通 bodies
of one county, 威宁县 (威宁彝族回族苗族自治县, 毕节市, 贵州省) — its 草海镇人民政府, the 炉山镇中坝村,
the 第八中学, the 哲觉镇卫生院, the 草海保护区管理委员会, the 林业局, the 市场监督管理局 and the
交通运输局 — each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 草海镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 中坝村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 第八中学's 一览表: ``处室`` merged, ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 哲觉镇卫生院's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 草海保护区管理委员会's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 林业局's 清单 under GROUP ROWS ``一、局领导``, ``二、森林资源管理股``, ``三、国有林场`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 市场监督管理局's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``weining_transport_holder_group_rows``: the 交通运输局's 一览表 (``序号 | 廉政风险点 | 风险等级 |
  防控措施``: no 岗位, no 姓名 column) under GROUP ROWS that each name a post AND its holder over that
  person's points, written three ways in one file: ``一、局长　叱李琛（主持全面工作）`` (post, a
  full-width space, the name, a duty in brackets), ``二、副局长贺兰浑玮（分管财务、审批）`` (no space
  between post and name) and ``三、办公室主任：叱李璆`` (a colon). docs/layouts.md knows
  ``一、出纳岗(责任人:李明)`` and, in a table WITH 岗位/姓名 columns, ``二、副局长　邴翊淙（分管…）``;
  not a table whose only holders are the group rows, the first of them, the unspaced or the colon.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; where no unused page of a risk table was found, a page on the county or the
kind of body is cited and the layout says so. The rows are worded by us, the names invented (the
rare compound surnames 叱李 and 贺兰浑 with rare given names; every holder of the second is 贺兰浑
+ a given name); every unit is a body of 威宁县.

Run ``python tests/published/score.py --set batch1037`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each group row is a post and its holder: the post is the words before the
  name (``局长``, ``副局长``, ``办公室主任``), the holder the name, the bracketed duty
  (``主持全面工作``, ``分管财务、审批``) neither; no column gives a 科室, so the forms have none;
- ``镇领导``, ``局领导``, ``校领导`` are the 科室 of the leaders; the 村's, the 市场监管局's and the
  交通运输局's people have no 科室 where no column gives one; 镇长, 局长, 副局长, 村党支部书记, 校长,
  院长, 场长 (of a 国有林场) are leaders; 股长, 主任 (of an 办公室/处室), 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  草海保护区管理委员会's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1037_"
PLACE = "威宁县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "廉政风险点", "风险等级", "防控措施")
# (group row as typed, post, holder, tier, [(廉政风险点, 风险等级, 防控措施)])
TRANSPORT = [
    ("一、局长　叱李琛（主持全面工作）", "局长", "叱李琛", "leader", [
        ("农村公路建设项目干预招标", "高", "项目公开招标，领导干部插手登记。"),
        ("大额资金支付不经集体研究", "高", "大额支出局党组会研究，留存纪要。"),
    ]),
    ("二、副局长贺兰浑玮（分管财务、审批）", "副局长", "贺兰浑玮", "leader", [
        ("道路运输经营许可审批打招呼", "高", "许可事项网上办理，审批结果公示。"),
        ("超限运输车辆处罚自由裁量过宽", "中", "按裁量基准处罚，案件集体审理。"),
    ]),
    ("三、办公室主任：叱李璆", "办公室主任", "叱李璆", "middle", [
        ("公务接待超标准列支", "中", "接待凭公函和清单报销，每季公示。"),
        ("办公用品采购不比价", "低", "采购三家比价，验收两人签字。"),
    ]),
]  # fmt: skip


def weining_transport_holder_group_rows() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 40, 10, 36])
    _line(sh, f"{unit}领导班子及中层岗位廉政风险防控一览表", 4)
    sh.add(*HEAD)
    for shown, post, who, tier, points in TRANSPORT:
        _line(sh, shown, 4)
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("填表人：", "审核人：", "2025年9月", None)
    return _layout(
        "weining_transport_holder_group_rows", "https://m.777doc.com/doc-4603545.html",
        "(harder) 县交通运输局 领导班子及中层岗位廉政风险防控一览表 with NO 岗位 or 姓名 column, each person's points "
        "under a GROUP ROW naming the post AND its holder, written three ways (``一、局长　叱李琛（主持全面工作）``, "
        "``二、副局长贺兰浑玮（分管财务、审批）`` with no space, ``三、办公室主任：叱李璆`` with a colon), each group's "
        "points numbered from 1, after the source's ××岗位廉政风险管理实施方案 of a 局 (领导小组 with 组长, 副组长 and "
        "科(室)长, ××任办公室主任; steps 一、动员部署 二、深入排查 with dates): a title, 序号/廉政风险点/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def weining_caohai_town_list() -> dict:
    unit = f"{PLACE}草海镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "贺兰浑骁", "leader", "湿地周边环境整治项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "贺兰浑骁", "leader", "生态移民安置补助拨付不按程序", "制度机制风险", "高",
         "补助按名册拨付，镇村两级公示。"),
        ("党政办", "主任", "叱李珧", "middle", "公务用车加油维修报账不实", "岗位职责风险", "中",
         "车辆单车核算，每月公示。"),
        ("农业服务中心", "农技员", "贺兰浑琤", "general", "马铃薯良种补贴登记不实", "业务流程风险", "中",
         "补贴名单入户核实并公示。"),
        ("农业服务中心", "农技员", "贺兰浑琤", "general", "接受种薯经销商吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "weining_caohai_town_list", "https://gz.zhaoshang.net/bijie/weining/",
        "镇人民政府 岗位廉政风险防控清单; no unused page of such a 镇 table was found, so the source is a page on the "
        "county (简介 listing its 镇 and 乡 with their population, 历史沿革, 历史文化): a title, 序号/科室 merged/岗位 "
        "and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def weining_zhongba_village_list() -> dict:
    unit = f"{PLACE}炉山镇中坝村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "叱李琰", "leader", "村集体养牛合作社分红不公开", "一级", "分红方案村民代表会议表决。"),
        ("村党支部书记", "叱李琰", "leader", "产业路建设项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "贺兰浑珂", "general", "低保对象评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "叱李瑭", "general", "公益性岗位补贴虚报人数", "二级", "考勤表经村务监督委员会审核。"),
        ("村文书", "叱李瑭", "general", "集体荒坡承包不签合同", "三级", "承包公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "weining_zhongba_village_list", "https://zh.wenxuecity.com/news/2025/05/10/126158319.html",
        "村 小微权力廉政风险防控清单, after the source's news report on 村官 under investigation and the revised "
        "农村基层干部廉洁履行职责规定 (a quoted lead, numbers of 村党支部书记 and 村委会主任 立案): a title, "
        "序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def weining_no8_school_list() -> dict:
    unit = f"{PLACE}第八中学"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "贺兰浑瑾", "leader", "食堂大宗食材采购指定供应商", "外部环境", "高风险",
         "食材公开招标，校务会集体研究。"),
        ("校领导", "校长", "贺兰浑瑾", "leader", "教师职称推荐不经集体研究", "制度机制", "高风险",
         "推荐方案教代会通过，结果公示。"),
        ("教务处", "主任", "叱李璟", "middle", "转学插班打招呼", "岗位职责", "中风险",
         "转学条件公开，名单公示。"),
        ("教务处", "主任", "叱李璟", "middle", "教辅资料征订推荐指定书商", "业务流程", "中风险",
         "征订自愿，不统一代购。"),
        ("总务处", "会计", "贺兰浑玥", "general", "接受供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "weining_no8_school_list", "https://tw.bg3.co/a/wei-zhu-fen-jin-qi-shi-nian-jin-zhao-zai-chu-fa.html",
        "县中学 岗位廉政风险防控一览表; no unused page of a school's table was found, so the source is a report on "
        "the county's seventy years (its schools then and now, 教育局 局长 quoted, 数字里的威宁教育巨变): a title, "
        "序号/处室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def weining_zhejue_health_centre_screening() -> dict:
    unit = f"{PLACE}哲觉镇卫生院"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "叱李璠", "leader", "药品采购", "基本药物以外药品采购指定配送企业", "高",
         "药品平台集中采购，院务会研究。"),
        ("公共卫生科", "科长", "贺兰浑湉", "middle", "项目资金", "基本公卫项目补助人数虚报", "高", "服务记录抽查回访。"),
        ("公共卫生科", "科长", "贺兰浑湉", "middle", "健康体检", "老年人体检结果代填代签", "中", "体检结果本人签字确认。"),
        ("药房", "药剂员", "叱李沄", "general", "药品出入库", "药品出入库登记不全", "中", "出入库台账双人核对。"),
        ("药房", "药剂员", "叱李沄", "general", "药品回扣", "接受医药代表宴请", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "weining_zhejue_health_centre_screening", "http://www.gethgdk.com/hebeideji/7280820482612412416.html",
        "镇卫生院 廉政风险点排查表; no unused page of a 卫生院 table was found, so the source is an encyclopaedia page "
        "on the county (area, 街道/镇/乡 and 村 counts, climate, history, 五大主导产业): a title, 序号/科室/岗位/责任人 "
        "on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; no type column; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def weining_caohai_reserve_posts() -> dict:
    unit = f"{PLACE}草海保护区管理委员会"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "巡查执法岗", "general", "非法捕捞查处走过场", "岗位职责风险", "Ⅰ级", "执法两人以上，全程记录。"),
        ("综合执法大队", "巡查执法岗", "general", "违建拆除处罚随意减免", "业务流程风险", "Ⅰ级", "处罚集体审理。"),
        ("生态保护科", "湿地补偿岗", "general", "湿地生态补偿面积核定不实", "制度机制风险", "Ⅱ级", "面积实地测量，结果公示。"),
        ("生态保护科", "湿地补偿岗", "general", "接受补偿对象礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "观鸟宣传活动经费报账不实", "外部环境风险", "Ⅲ级", "报账附活动方案和照片。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "weining_caohai_reserve_posts", "https://www.siudz.com/news/jie-mi-wei-ning-zi-zhi-cao-hai-sheng-tai-qi-ji-yu-ke-chi-xu-fa-zhan-zhi-mi.html",
        "保护区管理委员会 岗位廉政风险防控清单 对岗不对人; no unused page of such a table was found, so the source is "
        "a page on the reserve the body runs (引言, 生态奇迹, 可持续发展挑战 and 机遇 as headed sections): a title, "
        "序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def weining_forestry_bureau_group_rows() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "叱李翀", "leader", [
                ("退耕还林补助资金使用个人说了算", "一级风险", "资金使用集体研究，专账管理。"),
                ("林业有害生物防治项目指定服务商", "一级风险", "防治项目政府采购。"),
            ]),
        ]),
        ("二、森林资源管理股", "森林资源管理股", [
            ("股长", "贺兰浑澍", "middle", [
                ("林木采伐许可审核放宽", "二级风险", "采伐许可两人现场核验，结果公示。"),
            ]),
        ]),
        ("三、国有林场", "国有林场", [
            ("护林员", "叱李瑀", "general", [
                ("巡山考勤弄虚作假", "二级风险", "巡护轨迹与考勤核对。"),
                ("林下种植补助对象审核不严", "三级风险", "补助对象实地核查后公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "weining_forestry_bureau_group_rows", "http://iichajd.com/6363/",
        "县林业局 岗位廉政风险防控清单 under GROUP ROWS; no unused page of a 林业局 table was found, so the source is a "
        "travel page on the county's 草海 reserve (its 介绍, then 周边景点 with short entries): a title, 序号/岗位/姓名/"
        "廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows ``一、局领导``, ``二、森林资源管理股``, "
        "``三、国有林场`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def weining_market_regulation_selfchecks() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    people = [
        ("贺兰浑玙", "副局长", "leader", [
            ("食品生产许可现场核查打招呼", "高", "核查两人以上，结果集体审定。", "已落实"),
            ("抽检任务指定检测机构", "中", "检测机构公开遴选。", "已落实"),
        ]),
        ("叱李珺", "执法员", "general", [
            ("价格违法案件查处收受好处", "中", "案件集体审理，签订廉洁承诺书。", "未发现问题"),
            ("下乡检查差旅费重复报销", "低", "差旅报销附派车单和行程。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "weining_market_regulation_selfchecks", "https://www.ziming.com.cn/shujy/202510/738296.html",
        "县市场监督管理局 岗位廉政风险自查表, one sheet a person (tabs named by the person); no unused page of a 自查表 "
        "was found, so the source is a question-and-answer page on the county's 草海 (a ``项目 | 内容`` table of "
        "basic facts, then numbered sections): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of "
        "values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    weining_transport_holder_group_rows(),
    weining_caohai_town_list(),
    weining_zhongba_village_list(),
    weining_no8_school_list(),
    weining_zhejue_health_centre_screening(),
    weining_caohai_reserve_posts(),
    weining_forestry_bureau_group_rows(),
    weining_market_regulation_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1037-inbox"))

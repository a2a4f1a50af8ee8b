"""The one-thousand-and-thirty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 卫生院, 学校, 医院, 农业, 民政 and 自然资源 bodies of
one county, 大方县 (毕节市, 贵州省) — its 瓢井镇人民政府, the 双山镇木格村, the 猫场镇卫生院, the 第一中学,
the 人民医院, the 农业农村局, the 民政局 and the 自然资源局 — each handing back the 一览表, 清单, 排查表
or 自查表 its staff typed in WPS or Excel:

- the 瓢井镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 木格村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 猫场镇卫生院's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 第一中学's 一览表: ``处室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 人民医院's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 农业农村局's 清单 under GROUP ROWS ``一、局领导``, ``二、农村经营管理股``, ``三、农业执法大队`` (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 民政局's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``dafang_natural_resources_summary_grid_repeats``: the 自然资源局's workbook, ONE SHEET PER 科室
  (tabs ``办公室 | 国土空间规划股 | 不动产登记中心``, the 科室 only in the tab and the title), each
  ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` with its level WRITTEN (一级/二级/三级), and
  beside them a last sheet ``分级汇总`` — ``科室 | 一级风险点 | 二级风险点 | 三级风险点``, a row a 科室,
  each cell listing, numbered ``1.…⏎2.…``, that 科室's points of that level word for word, as the
  科室 sheets have them. docs/layouts.md reads such a grid as the levels of a list that has NO level
  column (LEVELS_BY_SUMMARY_GRID, the grid no points of its own) and says that beside a list that
  writes its levels the grid is read as before — as a second, nameless list repeating every point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; where no unused page of a risk table was found, a page of the county or of
the kind of body is cited, as the layout says. The rows are worded by us, the names invented (the
rare compound surnames 贺悦 and 拔略 with rare given names); every unit is a body of 大方县.

Run ``python tests/published/score.py --set batch1036`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the 分级汇总 sheet repeats the 科室 sheets' points with the levels they already
  write: it is no list, gives no form and no point; each 科室 sheet's 科室 is its tab name;
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's and the 民政局's people have no
  科室 where no column gives one; 镇长, 局长, 院长, 校长, 村党支部书记 are leaders; 股长, 主任 (of an 办
  or 中心), 大队长, 处室主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  人民医院's list names no person: its forms are posts;
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

PREFIX = "b1036_"
PLACE = "大方县"
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

HEAD = ("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
GRID_HEAD = ("科室", "一级风险点", "二级风险点", "三级风险点")

# one sheet per 科室: 科室 → [(岗位, 姓名, tier, 廉政风险点, 风险等级, 防控措施)]
RESOURCES = {
    "办公室": [
        ("主任", "贺悦琤", "middle", "公务用车维修定点单位指定", "二级", "维修定点公开比选，单车台账。"),
        ("主任", "贺悦琤", "middle", "会议培训费用超标准列支", "三级", "会议计划报批，费用据实结算。"),
        ("财务", "拔略沄", "general", "土地出让金收缴台账不实", "一级", "出让金直缴国库，每月对账。"),
    ],
    "国土空间规划股": [
        ("股长", "拔略翊澄", "middle", "村庄规划编制调整为关系户留用地", "一级", "规划调整集体审议并公示。"),
        ("股长", "拔略翊澄", "middle", "建设项目规划条件擅自变更容积率", "一级", "规划条件变更报县规委会审定。"),
        ("股长", "拔略翊澄", "middle", "规划核实现场测量走过场", "二级", "核实两人到场，测绘报告存档。"),
    ],
    "不动产登记中心": [
        ("主任", "贺悦玥", "middle", "不动产登记材料不全违规办理", "一级", "登记审核两级把关，电子留痕。"),
        ("窗口受理员", "贺悦珝霏", "general", "办证插队收受好处费", "二级", "窗口叫号办理，全程录像。"),
        ("窗口受理员", "贺悦珝霏", "general", "查询档案泄露权利人信息", "三级", "查询凭证件登记，限权限调阅。"),
    ],
}  # fmt: skip


def _grid_cell(points: list[str]) -> str | None:
    return "\n".join(f"{i}.{p}" for i, p in enumerate(points, 1)) or None


def dafang_natural_resources_summary_grid_repeats() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sheets = []
    for dept, rows in RESOURCES.items():
        sh = _Sheet(dept, [6, 12, 10, 38, 10, 34])
        _line(sh, f"{unit}{dept}岗位廉政风险防控一览表", 6)
        sh.add(*HEAD)
        first = len(sh.rows)
        for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
        sh.add("科室负责人：", None, "填报日期：", "2025年8月", None, None)
        sheets.append(sh)
    grid = _Sheet("分级汇总", [16, 40, 40, 40])
    _line(grid, f"{unit}廉政风险点分级汇总表", 4)
    grid.add(*GRID_HEAD)
    for dept, rows in RESOURCES.items():
        by = [[p for _po, _w, _t, p, lv, _m in rows if lv == g] for g in GRADES]
        grid.add(dept, *(_grid_cell(b) for b in by))
    grid.add("合计", "4个", "3个", "2个")
    sheets.append(grid)
    return _layout(
        "dafang_natural_resources_summary_grid_repeats",
        "https://m.xsw88.com/bkzh/20231013927045.html",
        "(harder) 县自然资源局 岗位廉政风险防控一览表, ONE SHEET PER 科室 (tabs 办公室 | 国土空间规划股 | "
        "不动产登记中心, the 科室 only in the tab and the title: 序号/岗位 and 姓名 merged per person/廉政风险点/"
        "风险等级 ``一级/二级/三级`` WRITTEN/防控措施, a 科室负责人/填报日期 line), and a last sheet ``分级汇总`` "
        "REPEATING their points by level (``科室 | 一级风险点 | 二级风险点 | 三级风险点``, a row a 科室, each cell "
        "``1.…⏎2.…`` word for word, a 合计 row of counts); after the source's page on 大方县 itself (its place, "
        "16 乡 9 镇 4 街道, schools and 卫生院 counted): no unused page of such a workbook was found",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dafang_piaojing_town_list() -> dict:
    unit = f"{PLACE}瓢井镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "拔略珣", "leader", "集镇农贸市场改造项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "拔略珣", "leader", "易地搬迁安置点资金拨付不按进度", "制度机制风险", "高",
         "资金按监理签认的进度拨付。"),
        ("党政办", "主任", "贺悦泷", "middle", "接待费用报账不附清单", "岗位职责风险", "中", "接待一事一单，每月公示。"),
        ("农业服务中心", "农技员", "拔略琰翎", "general", "天麻种植补贴面积登记不实", "业务流程风险", "中",
         "补贴面积入户丈量并公示。"),
        ("农业服务中心", "农技员", "拔略琰翎", "general", "接受农资经销商吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "dafang_piaojing_town_list", "http://47.119.164.151/address_info/520521108/code/123",
        "镇人民政府 岗位廉政风险防控清单, after the source's page on 瓢井镇 itself (its place, neighbours, roads, "
        "history; no risk table of the 镇 was found): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def dafang_muge_village_list() -> dict:
    unit = f"{PLACE}双山镇木格村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "贺悦翚", "leader", "村集体经济合作社收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "贺悦翚", "leader", "小流域治理项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "拔略瑨", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "贺悦沣琦", "general", "劳务输出补贴虚报人数", "二级", "补贴名单经村务监督委员会审核。"),
        ("村文书", "贺悦沣琦", "general", "荒山承包不签合同", "三级", "承包公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "dafang_muge_village_list",
        "https://newton.com.tw/wiki/%E6%9C%A8%E6%A0%BC%E6%9D%91/20499387",
        "村 小微权力廉政风险防控清单, after the source's encyclopedia page on 木格村 of 双山镇 (place, land, 6 村民组, "
        "people; no risk table of the 村 was found): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def dafang_maochang_clinic_screening() -> dict:
    unit = f"{PLACE}猫场镇卫生院"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "拔略玳", "leader", "设备采购", "彩超设备采购拆分规避公开招标", "高", "采购按规定招标，结果公示。"),
        ("药剂科", "科长", "贺悦瑧", "middle", "药品验收", "基本药物入库验收数量不核对", "高", "验收两人签字，账实核对。"),
        ("药剂科", "科长", "贺悦瑧", "middle", "耗材领用", "高值耗材领用不登记", "中", "耗材扫码出库，按月盘点。"),
        ("公卫科", "医生", "拔略璘", "general", "随访记录", "慢病随访记录编造", "中", "随访电话抽查，记录留痕。"),
        ("公卫科", "医生", "拔略璘", "general", "体检补助", "老年人体检人数虚报", "低", "体检名单与系统比对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "dafang_maochang_clinic_screening", "http://soolun.net/periodical/06c275311538ebdf462d5b4416d49c26.html",
        "镇卫生院 廉政风险点排查表, after the source's paper on a poor county's rural health work (县、乡、村三级卫生网络, "
        "防保; no risk table of a 卫生院 found unused): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a "
        "long ``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dafang_no1_school_list() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "贺悦玹", "leader", "食堂承包经营者确定不经集体研究", "制度机制", "高风险",
         "承包经营公开招标，校务会研究。"),
        ("校领导", "校长", "贺悦玹", "leader", "校舍维修工程干预施工单位确定", "外部环境", "高风险", "工程公开招标，过问登记。"),
        ("教务处", "主任", "拔略瑗", "middle", "插班生接收打招呼", "岗位职责", "中风险", "接收条件公示，结果公开。"),
        ("教务处", "主任", "拔略瑗", "middle", "教辅资料征订推荐指定书商", "业务流程", "中风险", "征订按目录自愿。"),
        ("总务处", "会计", "贺悦沨", "general", "接受供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "dafang_no1_school_list", "http://nmhdgaokao.com/guizhou/dafangxian.html",
        "县中学 岗位廉政风险防控一览表, after the source's page on 大方县 (区划代码, 街道、镇、乡 with population and "
        "area; no school's risk table found unused): a title, 序号/处室 merged/职务 and 姓名 merged per person/"
        "廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def dafang_hospital_posts() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("医务科", "医疗质量岗", "general", "医疗纠纷调解偏袒一方", "岗位职责风险", "Ⅰ级", "调解两人以上，全程记录。"),
        ("医务科", "医疗质量岗", "general", "手术分级授权放宽", "业务流程风险", "Ⅰ级", "授权集体审核，结果公示。"),
        ("设备科", "采购岗", "general", "医用耗材遴选打招呼", "制度机制风险", "Ⅱ级", "遴选专家随机抽取。"),
        ("设备科", "采购岗", "general", "接受供应商宴请", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("财务科", "收费岗", "general", "退费审核不严", "外部环境风险", "Ⅲ级", "退费凭审批单办理，日终对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "dafang_hospital_posts", "https://www.ppdoc.com/periodical/cc8072b79c1474f00d217ed9ddb91ef0.html",
        "县人民医院 岗位廉政风险防控清单 对岗不对人, after the source's paper abstract on a mountain county's health "
        "work by area (卫生院 counted, 分类指导; no hospital's risk table found unused): a title, 序号/科室 merged/"
        "岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def dafang_agriculture_bureau_group_rows() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "拔略瓒", "leader", [
                ("高标准农田建设项目资金使用个人说了算", "一级风险", "资金使用集体研究，专账管理。"),
                ("农机购置补贴名单审定打招呼", "一级风险", "补贴名单集体审定并公示。"),
            ]),
        ]),
        ("二、农村经营管理股", "农村经营管理股", [
            ("股长", "贺悦渟", "middle", [
                ("土地承包经营权流转备案审核放宽", "二级风险", "流转合同两人审核，结果公示。"),
            ]),
        ]),
        ("三、农业执法大队", "农业执法大队", [
            ("执法员", "拔略琚", "general", [
                ("农资打假检查通风报信", "二级风险", "检查随机抽取对象和人员。"),
                ("罚没农资处置不登记", "三级风险", "罚没物资入库登记，集中处置。"),
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
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "dafang_agriculture_bureau_group_rows", "https://m.e-book.qq.com/read/1029974346/66",
        "县农业农村局 岗位廉政风险防控清单 under GROUP ROWS, after the source's book appendix of nine rules for rural "
        "environment works (九项制度, numbered articles; no 农业农村局 risk table found unused): a title, 序号/岗位/"
        "姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows ``一、局领导``, "
        "``二、农村经营管理股``, ``三、农业执法大队`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dafang_civil_affairs_selfchecks() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    people = [
        ("贺悦琨", "局长", "leader", [
            ("养老机构运营补贴核定打招呼", "高", "补贴按入住人数核定，集体审定。", "已落实"),
            ("社会组织登记审查放宽", "中", "登记材料两人审查，结果公开。", "已落实"),
        ]),
        ("拔略沅芷", "社会救助员", "general", [
            ("临时救助审批优亲厚友", "中", "救助对象入户核查并公示。", "未发现问题"),
            ("特困供养金发放不核对", "低", "供养名单每月比对，社会化发放。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dafang_civil_affairs_selfchecks", "http://m.fx361.com/news/2022/0909/11396436.html",
        "县民政局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's journal paper "
        "on persuasion in grass-roots governance (两个案例, 引言与文献综述; no 民政局 self-check found unused): a "
        "title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 "
        "高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dafang_natural_resources_summary_grid_repeats(),
    dafang_piaojing_town_list(),
    dafang_muge_village_list(),
    dafang_maochang_clinic_screening(),
    dafang_no1_school_list(),
    dafang_hospital_posts(),
    dafang_agriculture_bureau_group_rows(),
    dafang_civil_affairs_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1036-inbox"))

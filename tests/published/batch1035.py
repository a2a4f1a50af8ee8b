"""The one-thousand-and-thirty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡, 村, 景区, 学校, 卫生院, 产业 and 市场监管 bodies of one
county, 织金县 (毕节市, 贵州省) — its 绮陌乡人民政府, the 官寨苗族乡龙潭村, the 织金洞景区管理处, the
第三中学, the 官寨苗族乡卫生院, the 竹荪产业发展中心, the 市场监督管理局 and the 自然资源局 — each
handing back the 一览表, 清单, 排查表, 自查表 or 防控卡 its staff typed in WPS or Excel:

- the 绮陌乡人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 龙潭村's 小微权力清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 织金洞景区管理处's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 第三中学's 一览表 under GROUP ROWS ``一、校领导``, ``二、教务处``, ``三、总务处`` (no 科室 column),
  ``职务 | 姓名`` merged per person, ``高风险/中风险/低风险``, no type column;
- the 官寨苗族乡卫生院's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 竹荪产业发展中心's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``一级风险/二级风险/三级风险``; no names;
- the 市场监督管理局's 防控卡, one sheet a person: ``姓　名 | 职　务 | 所在股室`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 监督人``.

One is harder:

- ``zhijin_natural_resources_measures_row_below``: the 自然资源局's 一览表 (``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施``) whose staff wrote the MEASURES ONCE FOR A GROUP OF POINTS: each
  person's points leave their ``防控措施`` cells blank, and a row right under them, no 序号 and no
  level, says in the 廉政风险点 column that it holds the measures of the points above (``以上风险点防控
  措施``, ``针对上述风险点的防控措施：``, ``以上2项风险点共用措施``) and writes them, numbered, in the
  ``防控措施`` column; 股室, 岗位 and 姓名 merged over the person's rows, that row included. One person
  with a single point writes its measures on its own row. docs/layouts.md knows a row ``防控措施：⏎1.…``
  merged across the point columns of a list with NO measures column, a measures cell merged down over
  a person's points, and numbered measures one a row joined to the point above; not a labelled row of
  shared measures under a list that has a measures column.

Each layout imitates the *shape* of such a table; no page of a risk table was left that no earlier
batch cited, so each ``source`` is an unused public page of the county (its encyclopaedia entries,
travel notes on 织金洞 in 官寨苗族乡, a poem on it) and the layout says so. The rows are worded by us,
the names invented (the rare compound surnames 乙那娄 and 阿单 with rare given names); every unit is a
body of 织金县.

Run ``python tests/published/score.py --set batch1035`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the row of shared measures is no point: its words (``以上风险点防控措施``) name
  no risk; the points above it are the person's, its measures theirs (measures are not scored);
- ``乡领导``, ``局领导``, ``处领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 学校's
  group rows give 科室 as written (``校领导``, ``教务处``, ``总务处``); 乡长, 局长, 主任 (of the 管理处 and
  the 中心), 校长, 院长, 村党支部书记 are leaders; 股长, 科长, 主任 of a 处 (教务处主任), 队长 middle; the
  rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``监督人`` holds no holder (a 防控卡 names its
  holder above); the 竹荪产业发展中心's list names no person: its forms are posts;
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

PREFIX = "b1035_"
PLACE = "织金县"
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

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# each person: (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级)], the row of shared measures or None
# (then the one point carries its own measures))
RESOURCES = [
    ("局领导", "局长", "乙那娄澈", "leader", [
        ("国土空间规划修改为开发项目让路", "一级"),
        ("经营性用地出让底价泄露", "一级"),
    ], ("以上风险点防控措施",
        "1.规划修改报县规划委员会集体审议；\n2.出让底价局党组集体确定，知悉人员登记备查。")),
    ("耕地保护股", "股长", "阿单琤", "middle", [
        ("占补平衡补充耕地验收放宽标准", "二级"),
        ("耕地“非农化”问题查处打招呼", "二级"),
        ("设施农用地备案审核不严", "三级"),
    ], ("针对上述风险点的防控措施：",
        "1.补充耕地验收两人以上现场核查；\n2.查处过问事项登记报告；\n3.备案结果每季度公示。")),
    ("不动产登记中心", "登记员", "乙那娄沨", "general", [
        ("不动产登记插队办理收受好处", "二级"),
    ], None),
    ("执法监察大队", "执法队员", "阿单玙", "general", [
        ("违法用地巡查发现不报", "二级"),
        ("罚没款收缴不及时入账", "三级"),
    ], ("以上2项风险点共用措施", "1.巡查轨迹留痕，发现问题当日上报；\n2.罚没款直接缴入国库，票款核对。")),
]  # fmt: skip
OWN_MEASURES = "登记按受理顺序办理，系统留痕。"


def zhijin_natural_resources_measures_row_below() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 10, 40])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points, shared in RESOURCES:
        for point, lv in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, None if shared else OWN_MEASURES)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        if shared:
            sh.add(None, dept, post, who, shared[0], None, shared[1])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年8月", None)
    return _layout(
        "zhijin_natural_resources_measures_row_below",
        "https://pediainside.com/index.php?target=%E7%BB%87%E9%87%91%E5%8E%BF&title=%E7%BB%87%E9%87%91%E5%8E%BF&variant=zh",
        "(harder) 县自然资源局 岗位廉政风险防控一览表 whose staff wrote the MEASURES ONCE FOR A GROUP OF POINTS: each "
        "person's points leave 防控措施 blank and a row right under them, no 序号 and no level, says in the 廉政风险点 "
        "column ``以上风险点防控措施`` (``针对上述风险点的防控措施：``, ``以上2项风险点共用措施``) and writes the "
        "numbered measures in the 防控措施 column; 股室 merged, 岗位 and 姓名 merged per person over that row too; one "
        "person's single point carries its own measures. No page of such a table was left uncited: the source is the "
        "county's encyclopaedia entry (基本概况, a facts box, numbered sections), cited for the county: a title, "
        "序号/股室/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhijin_qimo_township_list() -> dict:
    unit = f"{PLACE}绮陌乡人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("乡领导", "乡长", "阿单翮", "leader", "通村公路项目指定施工队伍", "外部环境风险", "高",
         "项目按规定比选，乡党委会集体研究。"),
        ("乡领导", "乡长", "阿单翮", "leader", "竹荪种植补助资金分配个人说了算", "制度机制风险", "高",
         "补助方案集体研究，结果公示。"),
        ("党政办", "主任", "乙那娄珝", "middle", "公务接待超标准报账", "岗位职责风险", "中",
         "接待实行清单制，每月公开。"),
        ("农业服务中心", "农技员", "阿单沅芷", "general", "稻田免耕技术推广补助登记不实", "业务流程风险", "中",
         "补助名单入户核实后公示。"),
        ("农业服务中心", "农技员", "阿单沅芷", "general", "接受农资经销商宴请", "思想道德风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "zhijin_qimo_township_list", "https://newton.com.tw/wiki/%E7%B6%BA%E9%99%8C%E9%84%89/3794713",
        "乡人民政府 岗位廉政风险防控清单; no risk table left uncited, the source is the 乡's encyclopaedia entry "
        "(基本介紹 facts, 農業/糧業/基礎設施 sections), cited for the 乡: a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def zhijin_longtan_village_list() -> dict:
    unit = f"{PLACE}官寨苗族乡龙潭村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "乙那娄骞", "leader", "景区务工人员推荐优亲厚友", "一级", "推荐名单村民代表会议评议。"),
        ("村党支部书记", "乙那娄骞", "leader", "村集体旅游分红方案不公开", "一级", "分红方案“四议两公开”。"),
        ("村委会主任", "阿单璟", "general", "人畜饮水工程验收走过场", "二级", "验收邀请村务监督委员会参加。"),
        ("村文书", "乙那娄湉", "general", "低保申报材料把关不严", "二级", "申报材料入户核实，张榜公示。"),
        ("村文书", "乙那娄湉", "general", "村级报账票据不全", "三级", "报账票据经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "zhijin_longtan_village_list", "https://meipian.cn/52no966x",
        "村 小微权力廉政风险防控清单; no risk table left uncited, the source is a travel note on 织金洞 in the 村's "
        "乡 (官寨乡, its history and sights), cited for the place: a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def zhijin_cave_scenic_area_list() -> dict:
    unit = f"{PLACE}织金洞景区管理处"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("处领导", "主任", "阿单翊", "leader", "景区提升工程干预施工单位确定", "外部环境", "Ⅰ级",
         "工程公开招标，过问登记。"),
        ("处领导", "主任", "阿单翊", "leader", "门票收入分配不经集体研究", "制度机制", "Ⅰ级",
         "收入分配处务会研究。"),
        ("票务科", "科长", "乙那娄琮", "middle", "免票人员审核放宽", "岗位职责", "Ⅱ级",
         "免票凭证登记，每日核对。"),
        ("票务科", "科长", "乙那娄琮", "middle", "票款结算延迟上缴", "业务流程", "Ⅱ级", "票款日清日结，当日缴存。"),
        ("导游服务部", "讲解员", "阿单玥", "general", "私收游客讲解费", "思想道德", "Ⅲ级", "讲解服务统一派单、公示收费。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级最高。", 8)
    return _layout(
        "zhijin_cave_scenic_area_list", "https://meipian.cn/32f4x8bd",
        "景区管理处 岗位廉政风险防控一览表; no risk table left uncited, the source is a travel note on 织金洞 (a "
        "series' seventh stop, a few photographs), cited for the 景区: a title, 序号/科室 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def zhijin_third_middle_school_group_rows() -> dict:
    unit = f"{PLACE}第三中学"
    sh = _Sheet("一览表", [6, 12, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("校长", "乙那娄翾", "leader", [
                ("食堂食材供应商选定个人说了算", "高风险", "供应商公开遴选，校务会研究。"),
                ("校舍维修工程化整为零", "高风险", "维修项目按规定采购，结果公示。"),
            ]),
        ]),
        ("二、教务处", "教务处", [
            ("教务处主任", "阿单琬", "middle", [
                ("教辅资料征订指定书商", "中风险", "征订自愿，不统一代购。"),
                ("评优评先推荐打招呼", "中风险", "推荐结果教代会审议后公示。"),
            ]),
        ]),
        ("三、总务处", "总务处", [
            ("保管员", "乙那娄璩", "general", [
                ("食堂物资出入库登记不实", "中风险", "出入库双人签字，每月盘点。"),
                ("办公用品领用不登记", "低风险", "领用登记，季度公示。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "zhijin_third_middle_school_group_rows", "https://www.meipian.cn/5igqiak4",
        "县中学 岗位廉政风险防控一览表 under GROUP ROWS; no risk table left uncited, the source is a family's travel "
        "note on 织金洞 (the drive, the cave's halls and formations), cited for the county: a title, 序号/职务/姓名/"
        "廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施, group rows ``一、校领导``, ``二、教务处``, ``三、总务处`` "
        "merged across; 职务 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhijin_guanzhai_health_centre_screening() -> dict:
    unit = f"{PLACE}官寨苗族乡卫生院"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "阿单珩", "leader", "药品采购", "药品耗材采购绕开平台指定供应商", "高",
         "采购全部上平台，院务会审定。"),
        ("药房", "药剂员", "乙那娄泠", "general", "药品出入库", "药品出入库数量登记不实", "高", "出入库双人核对，每月盘点。"),
        ("药房", "药剂员", "乙那娄泠", "general", "处方调配", "收受医药代表好处统方", "中", "统方权限专人管理，查询留痕。"),
        ("公共卫生科", "公卫医生", "阿单瑗", "general", "项目补助", "基本公卫服务人次虚报", "中", "服务记录随机电话回访。"),
        ("公共卫生科", "公卫医生", "阿单瑗", "general", "健康证办理", "健康证体检走过场", "低", "体检项目逐项登记签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "zhijin_guanzhai_health_centre_screening", "https://qbphb.com/article/8805.html",
        "乡卫生院 廉政风险点排查表; no risk table left uncited, the source is a short article on 织金洞 in 官寨苗族乡 "
        "(the 乡 the 卫生院 serves), cited for the place: a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/"
        "a long ``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhijin_bamboo_fungus_centre_posts() -> dict:
    unit = f"{PLACE}竹荪产业发展中心"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "竹荪菌种基地项目资金拨付不按进度", "制度机制风险", "一级风险",
         "资金按验收进度拨付，集体研究。"),
        ("产业发展科", "技术指导岗", "general", "菌种补贴发放对象核定不实", "业务流程风险", "一级风险",
         "补贴对象实地核查后公示。"),
        ("产业发展科", "技术指导岗", "general", "接受种植大户宴请", "思想道德风险", "二级风险", "签订廉洁承诺书。"),
        ("市场营销科", "品牌推广岗", "general", "展会参展企业推荐优亲厚友", "外部环境风险", "二级风险",
         "参展企业按条件公开遴选。"),
        ("市场营销科", "品牌推广岗", "general", "宣传费用报账不实", "岗位职责风险", "三级风险", "报账附合同和照片。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "zhijin_bamboo_fungus_centre_posts", "https://mifang.org/ly/ah/p26.html",
        "县产业发展中心 岗位廉政风险防控清单 对岗不对人; no risk table left uncited, the source is a guide page on "
        "织金洞 (its road in, halls and deposits), cited for the county: a title, 序号/科室 merged/岗位 merged per "
        "post/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def zhijin_market_supervision_cards() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    people = [
        ("阿单翀", "股长", "食品安全股", "middle", [
            ("食品抽检样品选取打招呼", "一级", "抽检样品随机选取，两人在场。", "分管副局长"),
            ("许可现场核查走过场", "二级", "核查全程记录，结果公示。", "分管副局长"),
        ]),
        ("乙那娄玙", "执法员", "综合执法大队", "general", [
            ("案件查处选择性执法", "二级", "案件集体讨论，法制审核。", "大队长"),
            ("罚没物品处置不登记", "三级", "罚没物品台账管理，公开拍卖。", "大队长"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", "职　务", "所在股室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "监督人")
        for i, (point, lv, measures, watcher) in enumerate(points, 1):
            sh.add(i, point, lv, measures, watcher)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("持卡人签名：", None, "2025年8月", None, None)
        sheets.append(sh)
    return _layout(
        "zhijin_market_supervision_cards", "https://pinshiwen.com/cssc/guizhou/2019052873301.html",
        "县市场监督管理局 岗位廉政风险防控卡, one sheet a person (tabs named by the person); no risk table left "
        "uncited, the source is a page on a poem about 织金洞 (its description and links to the poems before and "
        "after), cited for the county: a title, a label row ``姓　名 | 职　务 | 所在股室`` over a row of values, then "
        "序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``监督人`` (a post, no name); no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhijin_natural_resources_measures_row_below(),
    zhijin_qimo_township_list(),
    zhijin_longtan_village_list(),
    zhijin_cave_scenic_area_list(),
    zhijin_third_middle_school_group_rows(),
    zhijin_guanzhai_health_centre_screening(),
    zhijin_bamboo_fungus_centre_posts(),
    zhijin_market_supervision_cards(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1035-inbox"))

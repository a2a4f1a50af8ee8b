"""The one-thousand-and-twenty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 卫生院, 文物, 农业农村, 学校, 水务 and 自然资源
bodies of one county, 普定县 (安顺市, 贵州省) — its 马官镇人民政府, the 韭黄村, the 猴场苗族仡佬族乡卫生院,
the 文物管理所, the 农业农村局, the 第一中学, the 水务局 and the 自然资源局 — each handing back the 一览表,
清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 马官镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 韭黄村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 卫生院's 一览表: ``科室 | 职务 | 姓名`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 文物管理所's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a
  long ``风险表现``, 高/中/低, no type column;
- the 农业农村局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 自查情况``;
- the 水务局's 清单 under GROUP ROWS ``一、局领导``, ``二、水政监察大队``, ``三、水利工程股`` (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column.

One is harder:

- ``puding_natural_resources_circled_points_levels``: the 自然资源局's 一览表 — ``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施`` — ONE ROW A PERSON, his points in ONE cell numbered with circled
  numbers on separate lines (``①国土空间规划局部调整打招呼⏎②…⏎③…``), the level cell giving EACH
  point its own level by the same circled numbers: on one line (``①一级②一级③二级``), grouped
  (``①②二级③一级``) or one a line (``①二级⏎②三级``); the measures cell numbered alike, a measure a
  point; one person's one point in plain cells. docs/layouts.md knows numbered points beside
  levels numbered ``1.一级⏎2.一级⏎3.三级`` (points numbered ``1.``), levels listing each grade's
  point numbers ``一级：2⏎二级：1、3`` (with a colon), clauses ``第1、2项为一级；第3项为二级`` in one
  level cell over several rows (LEVEL_BY_ITEM_CLAUSES), and says ``①…；②…`` under ONE level is one
  point; not points numbered ① a line beside a level cell marking each point's level with its ①.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; no unused page of a risk table was found, so each source is a page on 普定县
(its towns, 夜郎湖, 韭黄, the 穿洞 site, …) and the layout says so; the rows are worded by us, the
names invented (the rare compound surnames 乙速孤 and 侯莫陈 with rare given names); every unit is
a body of 普定县.

Run ``python tests/published/score.py --set batch1027`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each circled line of the point cell is a point, its level the one the level
  cell gives its number (``①②二级`` gives ① and ② 二级), the circled number no part of the point;
- ``镇领导``, ``局领导``, ``院领导``, ``所领导`` are the 科室 of the leaders; the 村's and the 中学's
  people have no 科室 where no column gives one; 镇长, 局长, 院长, 所长, 校长, 村党支部书记 are leaders;
  股长, 大队长, 主任 (of a 镇's 办 or 中心) middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points; the
  农业农村局's list names no person: its forms are posts;
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

PREFIX = "b1027_"
PLACE = "普定县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
CIRCLED = "①②③④⑤⑥⑦⑧⑨"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# one row a person: (股室, 岗位, 姓名, tier, the level cell as written, [(风险点, level, 防控措施)])
RESOURCES = [
    ("局领导", "局长", "乙速孤澍霖", "leader", "①一级②一级③二级", [
        ("国土空间规划局部调整打招呼", "一级", "规划调整局党组会集体研究，全程留痕。"),
        ("经营性用地出让底价泄露", "一级", "底价集体决定，知悉人员登记。"),
        ("砂石矿业权出让方案个人说了算", "二级", "出让方案报县政府审定后公开。"),
    ]),
    ("耕地保护股", "股长", "侯莫陈瑾萱", "middle", "①二级②三级", [
        ("占补平衡指标核定放宽", "二级", "指标核定两人复核，结果公示。"),
        ("永久基本农田占用核查走过场", "三级", "核查留存影像，股室会审。"),
    ]),
    ("执法监察大队", "执法队员", "乙速孤珩", "general", "①②二级③一级", [
        ("违法占地查处降格处理", "二级", "处罚决定集体讨论。"),
        ("巡查中接受当事人宴请", "二级", "巡查两人以上，签订廉洁承诺书。"),
        ("查处信息向当事人通风报信", "一级", "案件信息专人管理，泄密追责。"),
    ]),
    ("不动产登记中心", "登记员", "侯莫陈沄", "general", "①二级\n②三级", [
        ("登记材料审核把关不严", "二级", "初审、复审两级审核。"),
        ("为熟人插队办理收受好处", "三级", "取号叫号系统办理，不得插队。"),
    ]),
    ("办公室", "会计", "乙速孤琬", "general", "三级", [
        ("公务接待费用超标准列支", "三级", "接待清单审核，按月公开。"),
    ]),
]  # fmt: skip


def _circled(items: list[str]) -> str:
    """Items one a line, numbered ①, ②, … ('①…⏎②…'); one item bare."""
    if len(items) == 1:
        return items[0]
    return "\n".join(f"{CIRCLED[i]}{x}" for i, x in enumerate(items))


def puding_natural_resources_circled_points_levels() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 12, 40, 16, 40])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEAD)
    for n, (dept, post, who, tier, levels, points) in enumerate(RESOURCES, 1):
        cell = _circled([p for p, _, _ in points])
        measures = _circled([m for _, _, m in points])
        sh.add(n, dept, post, who, cell, levels, measures)
        for point, lv, _ in points:
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年8月", None)
    return _layout(
        "puding_natural_resources_circled_points_levels", "http://m.iichajd.com/dm_5093/",
        "(harder) 县自然资源局 岗位廉政风险防控一览表, ONE ROW A PERSON, his points in ONE cell numbered ``①…⏎②…⏎③…`` "
        "on separate lines, the 风险等级 cell giving EACH point its own level by the same circled numbers — on one line "
        "(``①一级②一级③二级``), grouped (``①②二级③一级``) or one a line (``①二级⏎②三级``) — the 防控措施 cell numbered "
        "alike; one person's one point in plain cells. No unused page of a risk table was found: after the source's "
        "gazetteer page on 普定县 (its 镇 and 乡, 夜郎湖, 穿洞, 朵贝茶): a title, 序号/股室/岗位/姓名/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def puding_maguan_town_list() -> dict:
    unit = f"{PLACE}马官镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "侯莫陈翊", "leader", "蔬菜保供基地大棚建设指定施工队", "思想道德风险", "高",
         "项目按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "侯莫陈翊", "leader", "易地搬迁安置点配套资金拨付不按进度", "制度机制风险", "高",
         "资金按监理签认的进度拨付。"),
        ("党政办", "主任", "乙速孤霁", "middle", "会议费列支不实", "岗位职责风险", "中", "会议费凭签到表和清单报账。"),
        ("农业服务中心", "农技员", "侯莫陈澈", "general", "韭黄种植补贴面积登记不实", "业务流程风险", "中",
         "补贴面积入户丈量并公示。"),
        ("农业服务中心", "农技员", "侯莫陈澈", "general", "接受种苗企业吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "puding_maguan_town_list", "https://www.bkwk.cn/article/jmaspdzjzgbmedfdstmj.html",
        "镇人民政府 岗位廉政风险防控清单; no unused page of a risk table: after the source's article on 普定's "
        "生态秘境 (地理位置, 气候特点, 森林资源, 民族文化): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def puding_jiuhuang_village_list() -> dict:
    unit = f"{PLACE}韭黄村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "乙速孤璟瑜", "leader", "村集体韭黄合作社分红方案不公开", "一级", "分红方案村民代表会议表决。"),
        ("村党支部书记", "乙速孤璟瑜", "leader", "机耕道修建项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "侯莫陈岚", "general", "韭黄冷库使用安排优亲厚友", "二级", "使用排班张榜公示。"),
        ("村文书", "乙速孤沅", "general", "公益性岗位考勤弄虚作假", "二级", "考勤经村务监督委员会审核。"),
        ("村文书", "乙速孤沅", "general", "集体土地流转不签合同", "三级", "流转公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "puding_jiuhuang_village_list", "https://m.tesegu.com/article/677.html",
        "村 小微权力廉政风险防控清单; no unused page of a risk table: after the source's article on 普定韭黄 (韭黄村, "
        "``挖战壕`` 培土, 村公司+合作社+农民): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def puding_houchang_health_centre_list() -> dict:
    unit = f"{PLACE}猴场苗族仡佬族乡卫生院"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "侯莫陈琬", "leader", "药品耗材采购干预遴选", "外部环境", "高风险", "采购集体议定，过问登记。"),
        ("院领导", "院长", "侯莫陈琬", "leader", "绩效工资分配个人说了算", "制度机制", "高风险", "分配方案职工大会通过。"),
        ("公卫科", "科长", "乙速孤翎", "middle", "家庭医生签约服务数据虚报", "岗位职责", "中风险", "签约数据随机电话回访。"),
        ("公卫科", "科长", "乙速孤翎", "middle", "慢病随访补助核定不实", "业务流程", "中风险", "随访记录与系统核对。"),
        ("药房", "药剂员", "侯莫陈曦月", "general", "接受医药代表礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "puding_houchang_health_centre_list",
        "https://www.yuheying02.cn/news/jie-mi-pu-ding-zhou-bian-na-xie-xian-wei-ren-zhi-de-jue-mei-lv-you-sheng-di.html",
        "乡卫生院 岗位廉政风险防控一览表; no unused page of a risk table: after the source's piece on little-known "
        "places around 普定 (numbered sights, 距离县城 …公里): a title, 序号/科室/职务/姓名 on EVERY row/廉政风险点/"
        "风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def puding_relics_office_screening() -> dict:
    unit = f"{PLACE}文物管理所"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "乙速孤瀚", "leader", "保护工程", "穿洞遗址保护工程拆分发包规避招标", "高",
         "工程按规定招标，结果公示。"),
        ("保护股", "股长", "侯莫陈璇", "middle", "考古勘探", "建设项目考古勘探意见打招呼", "高", "勘探意见两人签署，所务会审定。"),
        ("保护股", "股长", "侯莫陈璇", "middle", "文物巡查", "田野文物巡查补助虚报", "中", "巡查记录与定位核对。"),
        ("陈列股", "讲解员", "乙速孤湘", "general", "讲解服务", "团队讲解私收费用", "中", "讲解预约登记，费用统一收取。"),
        ("陈列股", "讲解员", "乙速孤湘", "general", "文创代销", "文创产品代销收入不入账", "低", "代销收入统一入账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "puding_relics_office_screening", "http://yolv.com/jingdian/guizhou/anshun/scenery21642.html",
        "县文物管理所 廉政风险点排查表; no unused page of a risk table: after the source's sight page on the 穿洞旧石器"
        "遗址 (孤山, 石灰岩溶洞, 1981年发掘): a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short "
        "``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def puding_agriculture_bureau_posts() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("产业发展股", "项目管理岗", "general", "韭黄产业奖补项目申报审核不严", "岗位职责风险", "Ⅰ级",
         "申报材料实地核查，结果公示。"),
        ("产业发展股", "项目管理岗", "general", "项目验收走过场", "业务流程风险", "Ⅰ级", "验收三人以上，影像存档。"),
        ("农村经营管理股", "三资监管岗", "general", "村集体资产处置监管缺位", "制度机制风险", "Ⅱ级", "处置方案联审。"),
        ("农村经营管理股", "三资监管岗", "general", "接受合作社宴请", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("农业执法大队", "执法岗", "general", "农资市场检查选择性执法", "外部环境风险", "Ⅲ级", "检查对象随机抽取。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "puding_agriculture_bureau_posts", "http://meilici.cn/POoQZd_LFjeBVfIcXkCDo",
        "县农业农村局 岗位廉政风险防控清单 对岗不对人; no unused page of a risk table: after the source's travel "
        "piece on 普定县 (自然风光, 人文景观, 美食文化): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def puding_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("侯莫陈瑶", "校长", "leader", [
            ("校舍维修工程指定施工单位", "一级", "工程按规定招标，校务会审定。", "已落实"),
            ("教辅资料征订收受回扣", "二级", "征订自愿，不统一代购。", "未发现问题"),
        ]),
        ("乙速孤琛", "总务主任", "general", [
            ("食堂食材采购不比价", "二级", "食材定点采购，价格公示。", "已落实"),
            ("固定资产报废处置不登记", "三级", "报废处置集体研究，台账登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "学校意见：", None, None)
        sheets.append(sh)
    return _layout(
        "puding_middle_school_selfchecks", "http://dengche.cn/jd/i.php/29386.html",
        "县中学 岗位廉政风险自查表, one sheet a person (tabs named by the person); no unused page of a risk table: "
        "after the source's 安顺普定穿洞遗址旅游指南 (旧石器, 铜鼓山遗址, 相关旅游景点): a title, a label row "
        "``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/"
        "``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def puding_water_bureau_group_rows() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "侯莫陈瑜", "leader", [
                ("夜郎湖水源地保护项目资金安排个人说了算", "一级风险", "资金安排局党组会研究，专账管理。"),
                ("农村饮水安全工程指定施工方", "一级风险", "工程公开招标。"),
            ]),
        ]),
        ("二、水政监察大队", "水政监察大队", [
            ("大队长", "乙速孤澈", "middle", [
                ("河道采砂执法降格处理", "二级风险", "处罚决定集体讨论，结果公开。"),
            ]),
        ]),
        ("三、水利工程股", "水利工程股", [
            ("技术员", "侯莫陈湉", "general", [
                ("小型水利工程验收把关不严", "二级风险", "验收三人以上，影像存档。"),
                ("工程变更签证不核实", "三级风险", "变更签证两人现场核实。"),
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
        "puding_water_bureau_group_rows", "http://guizhouonline.com/jp/contents/17/271.html",
        "县水务局 岗位廉政风险防控清单 under GROUP ROWS; no unused page of a risk table: after the source's "
        "Japanese-language page on the 普定穿洞 site (安順から北に26㎞, 1981年の発掘): a title, 序号/岗位/姓名/"
        "廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows ``一、局领导``, ``二、水政监察大队``, "
        "``三、水利工程股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    puding_natural_resources_circled_points_levels(),
    puding_maguan_town_list(),
    puding_jiuhuang_village_list(),
    puding_houchang_health_centre_list(),
    puding_relics_office_screening(),
    puding_agriculture_bureau_posts(),
    puding_middle_school_selfchecks(),
    puding_water_bureau_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1027-inbox"))

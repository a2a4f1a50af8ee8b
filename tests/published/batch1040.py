"""The one-thousand-and-fortieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 教育, 卫生, 应急, 林业, 学校 and 自然资源 bodies of
one county, 水城区 (六盘水市, 贵州省) — its 玉舍镇人民政府, the 米箩镇俄戛村, the 教育局, the 发耳镇
卫生院, the 应急管理局, the 林业局, the 第二中学 and the 自然资源局 — each handing back the 一览表,
清单, 排查表, 自查表 or 防控卡 its staff typed in WPS or Excel:

- the 玉舍镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 俄戛村's 排查表: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 发耳镇卫生院's 清单 under GROUP ROWS ``一、院领导``, ``二、药剂科``, ``三、财务室`` (no 科室
  column), ``岗位 | 责任人`` merged per person, 高/中/低, no type column;
- the 应急管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 林业局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, ``一级风险/二级风险/三级风险``, no type column;
- the 第二中学's 防控卡, one sheet a person: ``姓名 | 职务 | 所在处室`` over a row of values,
  高/中/低, ``防控措施 | 监督人``.

One is harder:

- ``shuicheng_natural_resources_basis_lines``: the 自然资源局's 一览表 (``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施``) whose every 廉政风险点 cell writes the point, then, UNBRACKETED,
  what it rests on — on its own line (``…⏎依据：《中华人民共和国土地管理法》第四十四条``,
  ``…；⏎法律依据：…``) or after the point's full stop (``…。政策依据：…``). docs/layouts.md knows
  the 依据 closing a point in a bracket (``…（依据：《…》）``, POINT_NOTE_BRACKET); not one written
  after a line break or a full stop.

Each layout imitates the *shape* of such a table; no unused public page of a risk table of this
county was found, so each ``source`` is a page on the county (水城区, 六盘水) or on a body of its kind
that no earlier batch cited, said so in the layout; the rows are worded by us, the names invented
(the rare compound surnames 乌洛兰 and 纥突邻 with rare given names); every unit is a body of 水城区.

Run ``python tests/published/score.py --set batch1040`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``依据：…`` line (``法律依据``, ``政策依据``, ``法规依据``) is what the point
  rests on, no part of the point's name: the point is the text before it, its closing ``。``/``；``
  left off;
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people have no 科室; the
  中学's people have the 处室 their card names; 镇长, 局长, 副局长, 院长, 村党支部书记, 校长 are leaders;
  股长, 科长, 主任 of a 处室/室 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``监督人`` names who oversees, no holder; the
  应急管理局's list names no person: its forms are posts;
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

PREFIX = "b1040_"
PLACE = "水城区"
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

# the staff's rows: (股室, 岗位, 姓名, tier, 廉政风险点, how its 依据 is joined, 依据, 风险等级, 防控措施)
RESOURCES = [
    ("局领导", "局长", "乌洛兰翾", "leader", "国有建设用地出让底价确定个人说了算", "\n",
     "依据：《中华人民共和国土地管理法实施条例》第四十一条", "一级", "出让底价局党组集体研究，报区政府审定。"),
    ("局领导", "局长", "乌洛兰翾", "leader", "土地整治项目干预施工单位确定", "\n",
     "依据：《中华人民共和国招标投标法》第五条", "一级", "项目公开招标，过问登记备案。"),
    ("耕地保护股", "股长", "纥突邻澍", "middle", "占补平衡指标验收把关不严", "；\n",
     "法律依据：《中华人民共和国土地管理法》第三十条", "一级", "验收两人以上现场核查，结果公示。"),
    ("耕地保护股", "股长", "纥突邻澍", "middle", "耕地“非农化”图斑核查瞒报", "。",
     "政策依据：《自然资源部关于严格耕地用途管制有关问题的通知》", "二级", "图斑核查结果复核，台账存档。"),
    ("不动产登记中心", "登记员", "乌洛兰璟岚", "general", "不动产登记材料审核不严", "\n",
     "依据：《不动产登记暂行条例》第十八条", "二级", "登记材料一审一核，系统留痕。"),
    ("不动产登记中心", "登记员", "乌洛兰璟岚", "general", "为熟人插队办理登记", "。",
     "法规依据：《不动产登记暂行条例实施细则》第十二条", "三级", "按取号顺序办理，窗口公开。"),
    ("执法监察大队", "执法员", "纥突邻沨", "general", "违法用地查处降格处理", "\n",
     "依据：《自然资源行政处罚办法》第二十二条", "二级", "处罚结果集体讨论，案卷评查。"),
]  # fmt: skip


def shuicheng_natural_resources_basis_lines() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 16, 10, 12, 50, 10, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, joint, basis, lv, measures) in enumerate(RESOURCES, 1):
        sh.add(n, dept, post, who, f"{point}{joint}{basis}", lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年8月", None)
    return _layout(
        "shuicheng_natural_resources_basis_lines",
        "https://pvmeng.com/tag/%e8%87%aa%e7%84%b6%e8%b5%84%e8%a7%84%e3%80%942019%e3%80%954%e5%8f%b7/",
        "(harder) 区自然资源局 岗位廉政风险防控一览表 whose every 廉政风险点 cell writes the point, then, UNBRACKETED, "
        "what it rests on: on its own line (``…⏎依据：《…》第…条``, ``…；⏎法律依据：…``) or after the point's full stop "
        "(``…。政策依据：…``, ``…。法规依据：…``); no risk table of the county being public, after the source's tag page "
        "on a 自然资源部 document number (自然资规〔2019〕4号: the number as a heading over the entries filed under it, "
        "the kind of 依据 such cells cite): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shuicheng_yushe_town_list() -> dict:
    unit = f"{PLACE}玉舍镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "纥突邻骞", "leader", "猕猴桃产业园项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "纥突邻骞", "leader", "易地搬迁安置点配套资金拨付不按进度", "制度机制风险", "高",
         "资金按监理签认的进度拨付。"),
        ("党政办", "主任", "乌洛兰玓", "middle", "会议费报账附件不全", "岗位职责风险", "中",
         "会议费凭通知、签到表报账。"),
        ("农业服务中心", "农技员", "纥突邻翮", "general", "刺梨种植补贴面积登记不实", "业务流程风险", "中",
         "补贴面积入户丈量并公示。"),
        ("农业服务中心", "农技员", "纥突邻翮", "general", "接受合作社吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "shuicheng_yushe_town_list", "https://zh.m.wikipedia.org/zh-tw/%E6%B0%B4%E5%9F%8E%E5%8C%BA",
        "镇人民政府 岗位廉政风险防控清单; no risk table of the county being public, after the source's encyclopedia "
        "page on 水城區 itself (an infobox, 歷史沿革, the 2020 redrawing of its 乡镇): a title, 序号/科室 merged/岗位 and "
        "姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def shuicheng_ega_village_screening() -> dict:
    unit = f"{PLACE}米箩镇俄戛村民委员会"
    sh = _Sheet("排查表", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "乌洛兰瑄", "leader", "村集体经济合作社分红不公开", "一级", "分红方案村民代表会议表决。"),
        ("村党支部书记", "乌洛兰瑄", "leader", "产业路硬化项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "纥突邻泠", "general", "公益性岗位人员选聘优亲厚友", "二级", "选聘结果张榜公示。"),
        ("村文书", "乌洛兰珩", "general", "防返贫监测户信息录入不实", "二级", "监测信息经村务监督委员会核对。"),
        ("村文书", "乌洛兰珩", "general", "集体土地出租不签合同", "三级", "出租公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "shuicheng_ega_village_screening", "https://bbzoh.cn/content/19/0430/22/16534268_832612194.shtml",
        "村 廉政风险点排查表; no risk table of the county being public, after the source's page on 六盤水 (its history, "
        "then a table of its 区县 with 駐地, 人口, 面積 and codes, 水城縣 among them): a title, 序号/职务/姓名 on every "
        "row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def shuicheng_education_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "纥突邻琮", "leader", "学校食堂大宗食材配送干预供应商确定", "外部环境", "高风险",
         "配送企业公开招标，过问登记。"),
        ("局领导", "局长", "纥突邻琮", "leader", "薄弱学校改造资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("基础教育股", "股长", "乌洛兰璠", "middle", "转学插班审批打招呼", "岗位职责", "中风险",
         "转学条件公示，结果公开。"),
        ("基础教育股", "股长", "乌洛兰璠", "middle", "校服征订推荐指定厂家", "业务流程", "中风险",
         "校服选用家长委员会参与，自愿征订。"),
        ("计财股", "会计", "纥突邻沅", "general", "接受供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "shuicheng_education_bureau_list", "https://mjbaike.com/177804.html",
        "区教育局 岗位廉政风险防控一览表; no risk table of the county being public, after the source's encyclopedia entry "
        "on 六盘水 (基本信息, 行政区划 naming 水城区, the counts of its schools): a title, 序号/股室 merged/职务 and 姓名 "
        "merged per person/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def shuicheng_faer_clinic_group_rows() -> dict:
    unit = f"{PLACE}发耳镇卫生院"
    sh = _Sheet("清单", [6, 12, 12, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "纥突邻翀", "leader", [
                ("医疗设备采购指定品牌", "高", "设备采购政府采购，论证公开。"),
                ("基本公共卫生服务经费分配个人说了算", "高", "经费分配院务会研究。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("科长", "乌洛兰澈", "middle", [
                ("药品耗材验收把关不严", "中", "验收两人签字，台账核对。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("收费员", "纥突邻瑀", "general", [
                ("门诊收费不开票截留现金", "中", "收费日清日结，系统对账。"),
                ("医保报销单据审核不严", "低", "单据两人复核。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "shuicheng_faer_clinic_group_rows", "https://m.wenaishequ.com/baike/220/254541.html",
        "镇卫生院 岗位廉政风险防控清单 under GROUP ROWS; no risk table of the county being public, after the source's "
        "encyclopedia entry on 六盘水市 (its 水城 built in 1732, its coal towns): a title, 序号/岗位/责任人/廉政风险点/"
        "风险等级 高/中/低/防控措施, group rows ``一、院领导``, ``二、药剂科``, ``三、财务室`` merged across; 岗位 and "
        "责任人 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def shuicheng_emergency_bureau_posts() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("煤矿安全股", "执法检查岗", "general", "煤矿瓦斯检查走过场", "岗位职责风险", "Ⅰ级", "检查两人以上，全程记录。"),
        ("煤矿安全股", "执法检查岗", "general", "重大隐患挂牌督办不及时销号", "业务流程风险", "Ⅰ级", "销号集体审核。"),
        ("防灾减灾股", "救灾物资岗", "general", "凝冻救灾物资分配优亲厚友", "制度机制风险", "Ⅱ级", "物资按灾情核定，发放公示。"),
        ("防灾减灾股", "救灾物资岗", "general", "接受煤矿企业礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "安全生产月宣传经费报账不实", "外部环境风险", "Ⅲ级", "报账附宣传品清单和照片。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "shuicheng_emergency_bureau_posts", "https://dljs.net/dlsk/baike/8707.html",
        "区应急管理局 岗位廉政风险防控清单 对岗不对人; no risk table of the county being public, after the source's "
        "gazetteer entry on 六盘水市 (its coal reserves and 21 pairs of mines, 水城 among its parts): a title, 序号/科室 "
        "merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def shuicheng_forestry_bureau_screening() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乌洛兰璆", "leader", "天保工程项目", "天保工程管护资金分配不经集体研究", "一级风险",
         "资金分配局党组会研究，结果公示。"),
        ("资源管理股", "股长", "纥突邻琬", "middle", "采伐许可", "林木采伐蓄积量核定不实", "一级风险",
         "采伐许可两人现场核验。"),
        ("资源管理股", "股长", "纥突邻琬", "middle", "占用林地审核", "使用林地现场查验走过场", "二级风险",
         "查验结果集体审核。"),
        ("营林股", "技术员", "乌洛兰湲", "general", "造林验收", "退耕还林造林面积验收虚报", "二级风险",
         "验收卫星图斑比对。"),
        ("营林股", "技术员", "乌洛兰湲", "general", "苗木领用", "核桃苗木领用不登记", "三级风险", "苗木出入库台账管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "shuicheng_forestry_bureau_screening",
        "http://book.ynsfun.com/book/2017/lpsnj2017/files/basic-html/page220.html",
        "区林业局 廉政风险点排查表; no risk table of the county being public, after the source's page of 六盘水年鉴2017 "
        "(short 【…】 items, 水城县林业局 named 全国绿化先进集体, 天保工程 示范建设): a title, 序号/科室/岗位/责任人 on EVERY "
        "row/a short ``风险点``/a long ``风险表现``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column; "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def shuicheng_second_middle_school_cards() -> dict:
    unit = f"{PLACE}第二中学"
    t = _Truth(unit)
    people = [
        ("纥突邻玙", "校长", "校领导", "leader", [
            ("学校维修工程指定施工队", "高", "工程三家比价，校务会审定。", "纪检委员"),
            ("教辅资料征订收受回扣", "中", "征订家长自愿，不统一代购。", "纪检委员"),
        ]),
        ("乌洛兰珺", "主任", "总务处", "middle", [
            ("食堂食材验收把关不严", "中", "验收两人签字，留样存档。", "副校长"),
            ("办公用品采购不比价", "低", "采购三家比价，台账公开。", "副校长"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", "职务", "所在处室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "监督人")
        for i, (point, lv, measures, over) in enumerate(points, 1):
            sh.add(i, point, lv, measures, over)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("持卡人签名：", None, "2025年8月", None, None)
        sheets.append(sh)
    return _layout(
        "shuicheng_second_middle_school_cards", "http://kaojiazhao.com/news2379033",
        "区中学 岗位廉政风险防控卡, one sheet a person (tabs named by the person); no risk table of the county being "
        "public, after the source's short page on 六盘水市 (别称, 特产, its 区县 水城县 among them): a title, a label row "
        "``姓名 | 职务 | 所在处室`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``监督人``; "
        "no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shuicheng_natural_resources_basis_lines(),
    shuicheng_yushe_town_list(),
    shuicheng_ega_village_screening(),
    shuicheng_education_bureau_list(),
    shuicheng_faer_clinic_group_rows(),
    shuicheng_emergency_bureau_posts(),
    shuicheng_forestry_bureau_screening(),
    shuicheng_second_middle_school_cards(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1040-inbox"))

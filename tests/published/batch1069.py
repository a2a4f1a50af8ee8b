"""The one-thousand-and-sixty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 社区, 教育, 自然资源, 人社, 卫生院, 学校 and 农业农村 bodies
of one county, 会泽县 (曲靖市, 云南省) — its 娜姑镇人民政府, the 金钟街道龙潭社区, the 教育体育局, the
自然资源局, the 人力资源和社会保障局, the 者海镇卫生院, the 会泽县第一中学 and the 农业农村局 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 娜姑镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 龙潭社区's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育体育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 自然资源局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 人力资源和社会保障局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 者海镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药剂科``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``huize_agriculture_level_columns``: the 农业农村局's 分级表, ONE ROW A POST, whose point
  columns are headed by the LEVEL: ``序号 | 科室 | 岗位 | 姓名 | 一级风险点 | 二级风险点 | 三级风险点 |
  防控措施``; each level cell holds that post's points of its level NUMBERED ON ONE LINE
  (``1.项目资金分配个人说了算；2.干预农业项目招标``, ``1.… 2.…`` with a space, ``1.…2.…`` run on),
  one cell on separate lines, some cells blank or ``无``; the 防控措施 cell is shared by the row's
  points (numbered ``1.…；2.…；3.…`` in some rows, not split by point). Each numbered item is a
  point of its column's level. A probe at HEAD read a cell ``1.…；2.…`` as ONE point
  ``…；2.…`` (LEVEL_COLUMNS reads a numbered line each, not numbers run on in one line), and
  where the shared measures were numbered the same way it also added a stray point of blank level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 会泽 could be found: the pages are of the county's place
names, towns, history and sights); the rows are worded by us, the names invented (the rare
compound surnames 奥屯 and 兀颜 with rare given names); every unit is a body of 曲靖市会泽县.

Run ``python tests/published/score.py --set batch1069`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each item numbered ``1.`` ``2.`` in a level column is one point of that
  column's level, its number and the ``；`` or space after it no part of it; a blank or ``无`` cell
  has no point; the 防控措施 cell is no point; a post's points run 一级, 二级, 三级 in the truth;
- ``局领导``, ``镇领导``, ``院领导`` are the 科室 of the leaders; the 社区's people and the 中学's 校长 have
  no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室 教务处; 镇长,
  局长, 副局长, 社区党总支书记, 院长, 校长 are leaders; 股长, 所长, 主任 of a 股室 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  人社局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and the
  headings ``一级风险点/二级风险点/三级风险点`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1069_"
PLACE = "曲靖市会泽县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
COLUMNS = {"一级风险点": 1, "二级风险点": 2, "三级风险点": 3}
NUMBERED = re.compile(r"\d+[.．、]")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def items(cell: str | None) -> list[str]:
    """The points of a level cell: each numbered item, its number and the separator before the
    next left off; none in a blank or ``无`` cell."""
    text = (cell or "").strip()
    if text in ("", "无"):
        return []
    parts = [p.strip().rstrip("；;，, \n") for p in NUMBERED.split(text)]
    return [p for p in parts if p]


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "科室", "岗位", "姓名", "一级风险点", "二级风险点", "三级风险点", "防控措施")

# (科室, 岗位, 姓名, tier, 一级风险点, 二级风险点, 三级风险点, 防控措施), one row a post
AGRICULTURE = [
    ("局领导", "局长", "奥屯珩", "leader",
     "1.农业项目资金分配个人说了算；2.干预高标准农田建设招标", "1.干部选任优亲厚友", "无",
     "1.资金分配党组会集体研究；2.项目公开招标；3.干部选任按程序公示。"),
    ("种植业股", "股长", "兀颜澜", "middle",
     None, "1.良种补贴面积核实不实 2.农资打假案件降格处理", "1.接受农资经营户宴请",
     "补贴面积入户核实并公示，查处两人以上到场，签订廉洁承诺书。"),
    ("农村经营管理股", "股长", "奥屯琇", "middle",
     "1.村集体资产清产核资弄虚作假2.土地承包纠纷调处偏袒一方", "无", "1.承包合同档案管理不规范",
     "1.清产核资第三方复核；2.调处结果公开；3.档案专人管理。"),
    ("畜牧兽医股", "工作人员", "兀颜璟", "general",
     "1.动物防疫物资发放虚报冒领", "1.检疫证明不检即出\n2.养殖场备案审查走过场", None,
     "防疫物资台账管理，检疫全程记录，备案两人审核。"),
    ("办公室", "科员", "奥屯翛", "general",
     None, "1.公务接待超标准", "1.办公用品采购不比价；2.公务用车私用",
     "接待按标准，采购三家比价，派车登记。"),
]  # fmt: skip


def huize_agriculture_level_columns() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    sh = _Sheet("分级表", [6, 14, 10, 10, 34, 34, 30, 36])
    _line(sh, f"{unit}岗位廉政风险点分级防控表", 8)
    sh.add(*HEAD)
    for n, (dept, post, who, tier, one, two, three, measures) in enumerate(AGRICULTURE, 1):
        sh.add(n, dept, post, who, one, two, three, measures)
        for cell, level in ((one, 1), (two, 2), (three, 3)):
            for point in items(cell):
                t.point(sh.name, dept, post, who, tier, point, [], level)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "huize_agriculture_level_columns", "http://diming.qi18.com/yunnan/huizexiandianhltq",
        "(harder) 县农业农村局 岗位廉政风险点分级防控表, one row a post, the point columns headed by the "
        "LEVEL (``一级风险点 | 二级风险点 | 三级风险点``), each cell holding that post's points of its level "
        "NUMBERED ON ONE LINE (``1.…；2.…``, ``1.… 2.…``, ``1.…2.…``; one cell on two lines), some cells "
        "blank or ``无``, a shared 防控措施 cell (numbered in some rows), after the source's place-name page "
        "on 会泽县 (区划代码, 面积 and a line on each 街道 and 镇: 古城, 宝云, 金钟, 娜姑, 迤车, 乐业 …): a "
        "title, 序号/科室/岗位/姓名/一级风险点/二级风险点/三级风险点/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huize_nagu_town_list() -> dict:
    unit = f"{PLACE}娜姑镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "兀颜翀", "leader", "古镇保护修缮项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "兀颜翀", "leader", "镇级资金拨付不按进度", "制度机制风险", "高",
         "资金按合同进度拨付，按季公示。"),
        ("党政综合办", "主任", "奥屯澐", "middle", "会议费报账虚列人数", "岗位职责风险", "中", "会议签到表附报账。"),
        ("农业农村服务中心", "农技员", "兀颜湉", "general", "烤烟种植面积核实不实", "业务流程风险", "中",
         "面积入户核实并公示。"),
        ("农业农村服务中心", "农技员", "兀颜湉", "general", "收受烟农土特产", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "huize_nagu_town_list", "http://m.15th-29thdemocraticclub.com/yunnan/huizexian_naguzhen.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's place-name page on 会泽县娜姑镇 (区划代码, 面积, its "
        "社区 and 村 with the origin of their names): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def huize_longtan_community_list() -> dict:
    unit = f"{PLACE}金钟街道龙潭社区居民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("社区党总支书记", "奥屯翾", "leader", "易地搬迁安置房分配优亲厚友", "一级", "分配方案居民代表会议表决。"),
        ("社区党总支书记", "奥屯翾", "leader", "社区活动场所修缮指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("社区居委会副主任", "兀颜琰", "general", "临时救助评议不公开", "二级", "评议结果张榜公示。"),
        ("社区报账员", "奥屯玥", "general", "票据入账不及时", "二级", "票据按月入账，两人复核。"),
        ("社区报账员", "奥屯玥", "general", "门面租金坐收坐支", "三级", "租金全额存入社区账户。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("社区监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "huize_longtan_community_list", "http://in7q17c.cn/yunnan/huizexian_jinzhongzhen.html",
        "社区 小微权力廉政风险防控清单, after the source's place-name page on 会泽县金钟街道 (区划代码, 面积, "
        "人口, its 社区 龙潭, 石鼓, 乌龙, 文笔, 春晓 …): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def huize_education_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "兀颜翃", "leader", "校舍建设项目干预招标", "外部环境", "高风险", "项目全程网上公开。"),
        ("局领导", "局长", "兀颜翃", "leader", "教师调动个人说了算", "制度机制", "高风险", "调动方案党组会研究。"),
        ("计划财务股", "股长", "奥屯澍", "middle", "学生资助资金审核不严", "岗位职责", "中风险", "资助名单两人审核并公示。"),
        ("计划财务股", "股长", "奥屯澍", "middle", "营养改善计划资金拨付滞后", "业务流程", "中风险", "资金按月拨付对账。"),
        ("体育股", "科员", "兀颜湲", "general", "接受赛事承办单位礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "huize_education_bureau_list", "http://tcmap.com.cn/list/9/huizexiangejiedaoxiangzhenqingkuangjieshao1.html",
        "县教育体育局 岗位廉政风险防控一览表, after the source's page introducing 会泽县's 街道 and 乡镇 (纸厂乡, "
        "大井镇: 面积, 人口, 产业): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def huize_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "奥屯瑄", "leader", "用地审批", "为不符合条件的项目报批用地", "高",
         "用地报批集体会审，结果公开。"),
        ("国土空间规划股", "股长", "兀颜泠", "middle", "规划许可", "违规调整容积率", "高", "调整规划专家论证、公示。"),
        ("国土空间规划股", "股长", "兀颜泠", "middle", "规划核实", "规划核实走过场", "中", "核实两人到场，留存影像。"),
        ("不动产登记中心", "登记员", "奥屯璆", "general", "登记审核", "登记材料审核不严", "中", "登记两级审核。"),
        ("不动产登记中心", "登记员", "奥屯璆", "general", "信息查询", "违规查询登记信息", "低", "查询登记，定期抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "huize_natural_resources_screening", "http://365135.com/yunnan/qujing/24973.shtml",
        "县自然资源局 廉政风险点排查表, after the source's page on 会泽县 (位置, 面积, 人口, 会泽十景, 行政区划 of "
        "5 街道 7 镇 13 乡): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/"
        "风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huize_hrss_posts() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社会保险中心", "待遇审核岗", "general", "养老金待遇核定不实", "岗位职责风险", "Ⅰ级", "核定两人复核，按月比对。"),
        ("社会保险中心", "待遇审核岗", "general", "冒领养老金线索不处理", "业务流程风险", "Ⅰ级", "线索登记，限期核查。"),
        ("劳动保障监察大队", "监察岗", "general", "欠薪案件查处降格", "制度机制风险", "Ⅱ级", "案件集体研判，结果公开。"),
        ("劳动保障监察大队", "监察岗", "general", "接受用人单位宴请", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("就业服务中心", "创业贷款岗", "general", "担保贷款推荐受人请托", "外部环境风险", "Ⅲ级", "推荐名单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "huize_hrss_posts", "http://mwshe.cn/shgw/669061.html",
        "县人力资源和社会保障局 岗位廉政风险防控清单 对岗不对人, after the source's page asking which province "
        "and city 会泽县 belongs to (位置, 面积, 历史, 特产, 大海草山): a title, 序号/科室 merged/岗位 merged per "
        "post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def huize_zhehai_clinic_group_rows() -> dict:
    unit = f"{PLACE}者海镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "兀颜琬", "leader", [
                ("医用耗材采购个人决定", "一级风险", "耗材采购院务会研究，公开采购。"),
                ("绩效分配不公开", "一级风险", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("药剂师", "奥屯璠", "general", [
                ("药品验收把关不严", "二级风险", "验收两人签字，台账管理。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "兀颜瑀", "general", [
                ("医保结算数据不实", "二级风险", "结算数据按月核对。"),
                ("现金收入不及时入账", "三级风险", "收入日清日结。"),
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
        "huize_zhehai_clinic_group_rows", "http://m.qi18.com/shlvyou/tzytfywtfqiyibaafsfxzktwy",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's travel page on 会泽县's 娜姑 坝子 and "
        "古镇 (no page of 者海镇 nor of a 会泽 卫生院 could be found): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、院领导``, ``二、药剂科``, ``三、收费室`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def huize_first_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("奥屯珺", "", "校长", "leader", [
            ("教辅资料征订收受回扣", "高", "征订自愿，家委会参与。", "已落实"),
            ("校园维修指定施工方", "中", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("兀颜玙", "教务处", "干事", "general", [
            ("考试成绩登记弄虚作假", "中", "成绩两人核对，留档。", "未发现问题"),
            ("教学仪器借用登记不全", "低", "仪器按月登记核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huize_first_middle_school_selfchecks", "http://travel.qianggen.net/2010/0607/11184.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's travel "
        "page on 会泽县's 娜姑古镇 (铜商古道, 白雾街's 古建筑; no page of a 会泽 school could be found): a title, "
        "a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/"
        "防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huize_agriculture_level_columns(),
    huize_nagu_town_list(),
    huize_longtan_community_list(),
    huize_education_bureau_list(),
    huize_natural_resources_screening(),
    huize_hrss_posts(),
    huize_zhehai_clinic_group_rows(),
    huize_first_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1069-inbox"))

"""The one-thousand-and-ninety-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 乡, 农业, 文旅, 卫生院, 中学 and 林草 bodies of one
county, 和硕县 (巴音郭楞蒙古自治州, 新疆维吾尔自治区) — its 特吾里克镇人民政府, the 曲惠镇人民政府, the
乌什塔拉回族民族乡人民政府, the 农业农村局, the 文化体育广播电视和旅游局, the 塔哈其镇卫生院, the
和硕县第一中学 and the 林业和草原局 — each handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its
staff typed in WPS or Excel:

- the 特吾里克镇人民政府's 一览表: ``所在科室`` merged, ``岗位名称 | 姓名`` merged per person, ``…风险``
  types, 高/中/低;
- the 曲惠镇人民政府's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column, a
  镇纪委 line;
- the 农业农村局's 清单: ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 文化体育广播电视和旅游局's 排查表: ``股室 | 岗位 | 责任人`` on every row,
  ``一级风险/二级风险/三级风险``, no type column, a 填表人/审核人 line;
- the 乌什塔拉回族民族乡人民政府's 清单 对岗不对人: ``部门`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 塔哈其镇卫生院's 防控卡 under GROUP ROWS ``（一）院领导``, ``（二）公卫科``, ``（三）收费室`` (no
  科室 column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``heshuo_forestry_bureau_pdf_rows_name_and_point``: the 林业和草原局's 一览表 printed to PDF and
  converted back to Excel (WPS/Adobe 'PDF转Excel': each printed line of a cell its own row). The
  converter made the ``责任人`` column two cells wide — the heading and every record's name merged
  across D:E — and the holders' names are broken where the printed column ended (three
  characters a line: ``骨利干`` over ``小明``, ``都播雅`` over ``琴``, ``骨利干`` over ``岚``), and on the
  SAME continuation row the point's rest (``林草生态修复项目分配个`` over ``人说了算``) and the
  measures' rest (``…现场`` over ``核验。``) stand too, in their own columns — several columns
  wrapping onto one row at once; 序号, 股室, 岗位 and the level blank on it. Under some records the
  name's rest stands in D on a row merged D:E as the records' are, under others one column right
  in E (a centred line); under one record the name's rest is alone on its row (as batch 1084
  had it), under another only the name's and the measures' rests share it; one holder's name fits
  (``都播丹``). The assigned kind was probed first: such a row was read as a point of its own (the
  point's rest, its holder the name's rest ``小明`` or, the rest in E, the half name ``都播``, no
  level), the record's holder the half name ``骨利干`` and its point and measures cut, with or
  without a 序号 column — so the assigned kind, misread, was taken.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 和硕 could be found: the pages are of the county's
overview, its geography and history, its wine and pepper growing, and its tourism); the rows are
worded by us, the names invented (the rare compound surnames 骨利干 and 都播); every unit is a
body of 巴音郭楞蒙古自治州和硕县.

Run ``python tests/published/score.py --set batch1095`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row under a record whose 序号, 股室, 岗位 and level are blank holds that
  record's cells' further printed lines: the line in the span of the ``责任人`` cells (D or E) is
  the rest of the holder's name (``骨利干`` + ``小明`` = ``骨利干小明``), the point's and the measures'
  lines the rest of its point and measures; the same holder's name is broken the same way under
  each of his records;
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 镇's people and the 中学's 校长 have
  no 科室 where no column gives one; the 中学's ``教务处主任`` is the 主任 of the 科室 教务处; 镇长,
  副镇长, 党委书记, 乡长, 局长, 副局长, 院长, 校长 are leaders; 股长, 主任 of a 科室 or 站, 科长 the
  middle; the rest general;
- the 乡's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no points;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1095_"
PLACE = "巴音郭楞蒙古自治州和硕县"
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

# (股室, 岗位, the name's printed lines, tier, the point's printed lines, 风险等级, the measures'
# printed lines, where the name's rest stands: "D" on a row merged D:E as the records', "E" one
# column right on a row not merged, None no continuation row)
FORESTRY = [
    ("局领导", "局长", ("骨利干", "小明"), "leader", ("林草生态修复项目分配个", "人说了算"), "高",
     ("项目分配党组会集体研究，", "结果公示。"), "D"),
    ("局领导", "局长", ("骨利干", "小明"), "leader", ("接受苗木供应商宴请",), "中",
     ("签订廉洁承诺书。",), "D"),
    ("林政资源股", "股长", ("都播雅", "琴"), "middle", ("林木采伐许可审核把关不", "严"), "高",
     ("采伐许可两级审核，现场", "核验。"), "E"),
    ("林政资源股", "股长", ("都播雅", "琴"), "middle", ("为无证运输木材开绿灯",), "中",
     ("运输检查两人以上，留存", "影像。"), "E"),
    ("生态保护修复股", "工作人员", ("骨利干", "岚"), "general", ("退耕还林补助面积核实不", "到位"), "中",
     ("补助面积逐户丈量并公", "示。"), "D"),
    ("办公室", "会计", ("都播丹",), "general", ("报销票据审核不严",), "低", ("票据双人复核。",), None),
]  # fmt: skip


def _rest(lines: tuple[str, ...]) -> str | None:
    return lines[1] if len(lines) > 1 else None


def heshuo_forestry_bureau_pdf_rows_name_and_point() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("Table 1", [6, 14, 10, 6, 6, 24, 8, 26])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add("序号", "股室", "岗位", "责任人", None, "廉政风险点", "风险等级", "防控措施")
    sh.merge(r, 3, r, 4)
    for n, (dept, post, name, tier, point, lv, measures, rest_at) in enumerate(FORESTRY, 1):
        r = sh.add(n, dept, post, name[0], None, point[0], lv, measures[0])
        sh.merge(r, 3, r, 4)
        if rest_at == "D":
            r = sh.add(None, None, None, _rest(name), None, _rest(point), None, _rest(measures))
            sh.merge(r, 3, r, 4)
        elif rest_at == "E":
            sh.add(None, None, None, None, _rest(name), _rest(point), None, _rest(measures))
        t.point(sh.name, dept, post, "".join(name), tier, "".join(point), [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "heshuo_forestry_bureau_pdf_rows_name_and_point",
        "https://www.xinnong.net/news/20141119/1214932.html",
        "(harder) 县林业和草原局 岗位廉政风险防控一览表 printed to PDF and converted back to Excel (each "
        "printed line a row), after the source's 新农网 report on 和硕县's 葡萄基地 (2.4 万亩 酿酒葡萄 "
        "in fruit, 7082 吨 of wine and juice; no page of its 林业和草原局 could be found): a title, "
        "序号/股室/岗位/责任人 two cells wide (merged D:E on the heading and on every record's row)/"
        "廉政风险点/风险等级 高/中/低/防控措施; a holder's name broken ``骨利干`` over ``小明``, ``都播雅`` "
        "over ``琴``, and on the SAME row the point's rest and the measures' rest in their columns — "
        "the name's rest in D on a row merged D:E, or one column right in E; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def heshuo_tewulike_town_list() -> dict:
    unit = f"{PLACE}特吾里克镇人民政府"
    sh = _Sheet("一览表", [6, 16, 12, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "所在科室", "岗位名称", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "都播海峰", "leader", "安居富民工程指定施工队", "思想道德风险", "高",
         "工程党委会集体研究，公开比选。"),
        ("镇领导", "党委书记", "都播海峰", "leader", "村干部考核个人定等次", "制度机制风险", "中",
         "考核结果班子研究并公示。"),
        ("社会保障服务中心", "主任", "骨利干莉", "middle", "养老保险待遇核定不实", "岗位职责风险", "高",
         "待遇核定两人复核，结果公示。"),
        ("社会保障服务中心", "主任", "骨利干莉", "middle", "临时救助审批优亲厚友", "外部环境风险", "中",
         "救助对象入户核实，张榜公示。"),
        ("党政办公室", "工作人员", "都播凯", "general", "办公用品采购虚报数量", "业务流程风险", "低",
         "采购验收两人签字，台账登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "heshuo_tewulike_town_list", "https://szjdjb.com/html/content20170629c143408.html",
        "镇人民政府 岗位廉政风险防控一览表, after the source's overview of 和硕县 (天山南麓, 博斯腾湖, the "
        "龙驹之乡, 4 乡 3 镇 and 29 行政村, its seat at 特吾里克镇; no page of the 镇 itself could be "
        "found): a title, 序号/所在科室 merged/岗位名称 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def heshuo_quhui_town_list() -> dict:
    unit = f"{PLACE}曲惠镇人民政府"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("镇长", "骨利干文", "leader", "葡萄基地滴灌项目验收走过场", "一级", "验收集体进行，结果公示。"),
        ("镇长", "骨利干文", "leader", "镇级资金大额支出个人审批", "二级", "大额支出班子会研究。"),
        ("副镇长", "都播玉兰", "leader", "危须国遗址周边土地流转不公开", "一级", "流转公开竞价。"),
        ("农业发展服务中心工作人员", "骨利干静", "general", "葡萄种植补贴面积虚报", "二级",
         "补贴面积逐户丈量并公示。"),
        ("农业发展服务中心工作人员", "骨利干静", "general", "收受酒庄礼品", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "heshuo_quhui_town_list", "http://www.winechina.com/html/2018/12/201812296707.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's 中国葡萄酒信息网 report on 和硕's wine (the "
        "危须国 site at 曲惠镇 with its wine jars, 9.94 万亩 of vines over seven 乡镇, 15 酒庄): a title, "
        "序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 镇纪委意见 "
        "line",
        [sh], t,
    )  # fmt: skip


def heshuo_agriculture_bureau_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("清单", [6, 16, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局长", "都播德胜", "leader", "高标准农田项目指定施工单位", "制度机制", "Ⅰ级",
         "项目公开招标，党组会研究。"),
        ("局长", "都播德胜", "leader", "农机购置补贴分配个人决定", "外部环境", "Ⅰ级",
         "补贴名单集体研究并公示。"),
        ("农技站站长", "骨利干国庆", "middle", "辣椒良种推广指定供货商", "思想道德", "Ⅱ级",
         "良种采购公开比选。"),
        ("农技站站长", "骨利干国庆", "middle", "技术培训经费虚报", "业务流程", "Ⅱ级", "培训经费据实报销，留存签到。"),
        ("出纳", "都播燕", "general", "现金收付不及时入账", "岗位职责", "Ⅲ级", "收付日清日结，两人对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "heshuo_agriculture_bureau_list", "https://xjmty.com/wn/202409/t20240903_23554333_web.html",
        "县农业农村局 岗位廉政风险防控清单, after the source's 石榴云 report on 新疆's pepper harvest (和硕县 "
        "growing 18 万亩 of 辣椒 in 2024, 10.92 万吨, 10 亿元; no page of the 局 itself could be found): a "
        "title, 序号/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def heshuo_culture_tourism_bureau_screening() -> dict:
    unit = f"{PLACE}文化体育广播电视和旅游局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "骨利干新华", "leader", "金沙滩景区提升工程指定施工单位", "一级风险",
         "工程公开招标，党组会研究。"),
        ("文物保护股", "股长", "都播晨", "middle", "马兰军博园修缮验收放宽标准", "一级风险",
         "验收邀请专家，结果公示。"),
        ("文物保护股", "股长", "都播晨", "middle", "文物保护经费挪用", "二级风险", "经费专账核算，定期审计。"),
        ("办公室", "出纳", "骨利干月", "general", "推介活动经费虚报", "二级风险", "经费据实报销，两人审核。"),
        ("办公室", "出纳", "骨利干月", "general", "银行票据保管不善", "三级风险", "票据专柜保管，使用登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "heshuo_culture_tourism_bureau_screening", "https://m.163.com/news/article/I5J3JG6S04159BTG.html",
        "县文化体育广播电视和旅游局 廉政风险点排查表, after the source's report on 和硕县's 文旅资源推介会 "
        "at the 马兰军博园 (the 金沙滩 on 博斯腾湖, the 红山 command post, the 红蝶谷): a title, "
        "序号/股室/岗位/责任人 on EVERY row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type "
        "column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def heshuo_wushitala_township_posts() -> dict:
    unit = f"{PLACE}乌什塔拉回族民族乡人民政府"
    sh = _Sheet("清单", [6, 16, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("乡领导", "乡长", "leader", "酿酒葡萄产业资金分配个人决定", "思想道德风险", "高风险",
         "资金分配党委会研究并公示。"),
        ("乡领导", "乡长", "leader", "集体草场承包不公开", "制度机制风险", "高风险", "承包公开竞价。"),
        ("畜牧兽医站", "防疫员", "general", "动物防疫补助虚报", "岗位职责风险", "中风险", "补助名单逐户核对。"),
        ("畜牧兽医站", "防疫员", "general", "检疫出证放宽标准", "外部环境风险", "中风险", "出证两人核验，留存影像。"),
        ("财政所", "报账员", "general", "村级报账票据不全", "业务流程风险", "低风险", "票据逐张审核登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "heshuo_wushitala_township_posts", "https://p2.ttnews.xyz/a/5b0c39320174e0037072874c?lang=zh-hant",
        "乡人民政府 岗位廉政风险防控清单 对岗不对人, after the source's page on 和硕's geography (the 和硕特 "
        "部 home from the Volga, its 314 国道 and 吐库二线, the 烏什塔拉 of its history; no page of the 乡 "
        "itself could be found): a title, 序号/部门 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def heshuo_tahaqi_clinic_group_rows() -> dict:
    unit = f"{PLACE}塔哈其镇卫生院"
    sh = _Sheet("防控卡", [6, 12, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("（一）院领导", "院领导", [
            ("院长", "都播国强", "leader", [
                ("医疗设备采购指定供应商", "高", "设备采购院务会研究，公开采购。"),
                ("基建维修项目化整为零", "中", "维修项目按规定比选。"),
            ]),
        ]),
        ("（二）公卫科", "公卫科", [
            ("科长", "骨利干丽", "middle", [
                ("基本公卫服务数据造假", "中", "服务数据随机抽查回访。"),
            ]),
        ]),
        ("（三）收费室", "收费室", [
            ("收费员", "都播娜", "general", [
                ("收费不开票据", "中", "收费全部上系统，日清日结。"),
                ("退费审核不严", "低", "退费经科室负责人审签。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "heshuo_tahaqi_clinic_group_rows",
        "http://wulumuqi.baogaosu.com/xinwen/%E4%B8%9D%E7%BB%B8%E4%B9%8B%E8%B7%AF%E8%91%A1%E8%90%84%E9%85%92%E8%8A%82%E8%A7%82%E6%91%A9%E5%9B%A2%E8%B5%B0%E8%BF%9B%E5%92%8C%E7%A1%95/49776577",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's report on the 2016 丝绸之路葡萄酒节 "
        "观摩团 visiting 和硕 (its 葡萄公园 and 芳香庄园; no page of 塔哈其镇 nor of its 卫生院 could be "
        "found): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``（一）院领导``, "
        "``（二）公卫科``, ``（三）收费室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def heshuo_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("骨利干志远", "", "校长", "leader", [
            ("食堂大宗物资采购指定供应商", "一级", "物资公开招标，师生代表参与验收。", "已落实"),
            ("教师评优推荐不公", "二级", "推荐结果校务会研究并公示。", "已落实"),
        ]),
        ("都播慧", "教务处", "主任", "middle", [
            ("教辅资料征订收受回扣", "二级", "征订自愿，结果公示。", "未发现问题"),
            ("考试成绩录入不实", "三级", "成绩两人录入核对。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "heshuo_no1_middle_school_selfchecks",
        "https://www.qiuwenbaike.cn/zh-tw/%E5%92%8C%E7%A1%95%E5%8E%BF",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "求闻百科 page on 和硕县 (its 危须国 past, the 和硕特 部, its seat at 特吾里克镇; no page of the "
        "school could be found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, "
        "then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    heshuo_forestry_bureau_pdf_rows_name_and_point(),
    heshuo_tewulike_town_list(),
    heshuo_quhui_town_list(),
    heshuo_agriculture_bureau_list(),
    heshuo_culture_tourism_bureau_screening(),
    heshuo_wushitala_township_posts(),
    heshuo_tahaqi_clinic_group_rows(),
    heshuo_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1095-inbox"))

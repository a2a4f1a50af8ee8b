"""The one-thousand-and-forty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 学校, 茶产业, 交通, 卫生院 and 市场监管 bodies and
the 自然资源局 of one county, 正安县 (遵义市, 贵州省) — its 凤仪镇人民政府, the 新州镇务本村, the 正安县
第一中学, the 茶产业发展中心, the 交通运输局, the 安场镇卫生院, the 市场监督管理局 and the 自然资源局 —
each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 凤仪镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、党政办``, ``三、农业服务中心``
  (no 科室 column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 务本村's 清单: ``职务 | 姓名`` on every row, ``一级风险/二级风险/三级风险``, no type column;
- the 第一中学's 一览表: ``处室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 茶产业发展中心's 排查表: ``股室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, 高/中/低, no type column;
- the 交通运输局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``一级/二级/三级``;
  no names;
- the 卫生院's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 自查情况``;
- the 市场监督管理局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``.

One is harder:

- ``zhengan_natural_resources_point_longer_than_form``: the 自然资源局's 排查表 — ``序号 | 股室 |
  岗位 | 姓名 | 风险点 | 表现形式 | 风险等级 | 防控措施`` — whose ``风险点`` column (the risk's
  NAME, by its heading) is written as a whole sentence (``农村宅基地审批对不符合条件的申请予以
  通过``) while the ``表现形式`` column beside it names the KIND of misconduct in four or five
  characters (``优亲厚友``, ``吃拿卡要``, ``暗箱操作``): the point cells are LONGER than the form
  cells. docs/layouts.md knows a short 风险点 beside a long 表现形式 (the short name the point), a
  short ``风险点`` merged over several ``主要表现形式`` rows, ``风险点及表现形式`` in one cell; not a
  table whose 风险点 column is the longer of the two — read by length, the 表现形式 would pass
  for the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; no unused page of a risk table of 正安县 was found, so the ordinary layouts cite
pages on the county itself (its history, its towns, its roads, its 白茶, the 务本堂) and the harder
one a page on the risk points of the use of power; the rows are worded by us, the names invented
(the rare compound surnames 叱于 and 达步 with rare given names); every unit is a body of 正安县.

Run ``python tests/published/score.py --set batch1042`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the ``风险点`` cell, whole, though it is the longer: the heading
  names the risk, ``表现形式`` only says how it shows (the kind of misconduct);
- ``镇领导``, ``局领导``, ``校领导`` are the 科室 of the leaders; the 村's and the 卫生院's people have
  no 科室 where no column gives one; 镇长, 局长, 校长, 村党支部书记, 院长 are leaders; 股长, 主任
  (of a 镇's 中心 or 办, of a 处室), 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points;
  the 交通运输局's list names no person: its forms are posts;
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

PREFIX = "b1042_"
PLACE = "正安县"
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

HEAD = ("序号", "股室", "岗位", "姓名", "风险点", "表现形式", "风险等级", "防控措施")

# (股室, 岗位, 姓名, tier, 风险点 (long), 表现形式 (short), level word, 防控措施)
RESOURCES = [
    ("局领导", "局长", "叱于翀澜", "leader",
     "国土空间规划调整时为特定企业量身改变用地性质", "权钱交易", "一级",
     "规划调整经局党组会集体研究，论证结果公示。"),
    ("局领导", "局长", "叱于翀澜", "leader",
     "经营性用地出让前向意向竞买人透露底价和出让条件", "泄露信息", "一级",
     "出让底价集体决定、密封保管，出让全程进入交易平台。"),
    ("耕地保护股", "股长", "达步岍沄", "middle",
     "耕地占补平衡指标核定时对补充耕地质量把关不严", "失职失察", "二级",
     "补充耕地实地核查两人以上，核定意见股室会审。"),
    ("耕地保护股", "股长", "达步岍沄", "middle",
     "农村宅基地审批对不符合条件的申请予以通过", "优亲厚友", "二级",
     "宅基地审批村、镇、局三级审核，结果张榜公示。"),
    ("执法监察大队", "执法队员", "叱于璟", "general",
     "违法占地巡查中发现问题不制止不上报收受好处", "吃拿卡要", "一级",
     "巡查两人同行、全程记录，问题线索按周上报。"),
    ("执法监察大队", "执法队员", "叱于璟", "general",
     "违法用地行政处罚自由裁量时随意降低处罚档次", "以权谋私", "二级",
     "处罚档次按裁量基准确定，案件集体审理。"),
    ("不动产登记中心", "登记员", "达步沣翊", "general",
     "不动产登记受理时对权属资料不全的申请先行办理", "违规办理", "三级",
     "受理一次性告知，登簿前复核员复核。"),
    ("不动产登记中心", "登记员", "达步沣翊", "general",
     "查询不动产登记信息时向无关人员提供权利人信息", "泄露信息", "三级",
     "查询凭证登记、系统留痕，每月抽查。"),
]  # fmt: skip


def zhengan_natural_resources_point_longer_than_form() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("排查表", [6, 14, 10, 10, 40, 12, 10, 36])
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, form, lv, measures) in enumerate(RESOURCES, 1):
        sh.add(n, dept, post, who, point, form, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "zhengan_natural_resources_point_longer_than_form",
        "https://www.zhetiaohe.com/ss/7e2de7ce13dc188f35d8847e65435c824906b032ede01e6b69f10a85be0e57a29b149064868d67b71c737671399d118e.html",
        "(harder) 县自然资源局 岗位廉政风险点排查表 whose ``风险点`` column (the risk's NAME by its heading) "
        "holds whole sentences while the ``表现形式`` column beside it names the KIND of misconduct in four "
        "characters (``优亲厚友``, ``吃拿卡要``): the point cells LONGER than the form cells, after the source's "
        "page on the risk points of the use of power and their controls: a title, 序号/股室 merged/岗位 and "
        "姓名 merged per person/风险点/表现形式/风险等级 ``一级/二级/三级``/防控措施; no type column; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhengan_fengyi_town_group_rows() -> dict:
    unit = f"{PLACE}凤仪镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "达步翮琛", "leader", [
                ("吉他文化产业园配套道路工程指定施工队伍", "高", "工程按规定招标，镇党委会集体研究。"),
                ("城镇棚户区改造补偿标准个人说了算", "高", "补偿方案公示，资金专户管理。"),
            ]),
        ]),
        ("二、党政办", "党政办", [
            ("主任", "叱于沨琤", "middle", [
                ("公务接待超标准列支", "中", "接待清单审核，按月公开。"),
            ]),
            ("办事员", "达步珝", "general", [
                ("办公用品采购不比价", "中", "采购三家比价，验收登记。"),
                ("印章使用不登记", "低", "用印审批单逐月核对。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("主任", "叱于翛琰", "middle", [
                ("白茶茶园管护补助核实不严", "中", "补助名单在村组公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "zhengan_fengyi_town_group_rows", "https://m.sboyo.com/1/1404260.html",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's answer on the 19 乡镇 of 正安 "
        "(凤仪镇, 安场镇, 格林镇, 瑞溪镇): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group "
        "rows ``一、镇领导``, ``二、党政办``, ``三、农业服务中心`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def zhengan_wuben_village_list() -> dict:
    unit = f"{PLACE}新州镇务本村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "叱于霁", "leader", "务本堂景区停车场收费不入账", "一级风险", "收费票据统一管理，收支按月公开。"),
        ("村党支部书记", "叱于霁", "leader", "组组通道路维护指定施工方", "一级风险", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "达步瀚", "general", "方竹笋种植补助评议优亲厚友", "二级风险", "评议结果张榜公示。"),
        ("村文书", "叱于湉珺", "general", "集体山林流转不签合同", "二级风险", "流转公开竞价，合同备案。"),
        ("村文书", "叱于湉珺", "general", "生态护林员考勤弄虚作假", "三级风险", "考勤经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年7月", None, None)
    return _layout(
        "zhengan_wuben_village_list", "http://juhaolv.com/gonglue/3554.html",
        "村 小微权力廉政风险防控清单, after the source's travel note on the 尹珍务本堂 in 新州镇 (草堂三楹, 讲堂, "
        "青砖封火墙): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def zhengan_first_middle_school_list() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "达步霈琮", "leader", "校舍维修工程干预发包", "思想道德风险", "Ⅰ级",
         "工程发包集体研究，领导干预登记报告。"),
        ("校领导", "校长", "达步霈琮", "leader", "教职工绩效分配方案个人说了算", "制度机制风险", "Ⅰ级",
         "分配方案经教代会审议通过。"),
        ("教务处", "主任", "叱于琬沄", "middle", "学籍异动审核把关不严", "岗位职责风险", "Ⅱ级", "异动资料两人复核。"),
        ("教务处", "主任", "叱于琬沄", "middle", "招生计划外违规招收学生", "业务流程风险", "Ⅱ级", "招生结果集体审议、公示。"),
        ("总务处", "保管员", "达步沅", "general", "食堂大宗食材验收走过场", "外部环境风险", "Ⅲ级",
         "验收留存影像，伙委会抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级。", 8)
    return _layout(
        "zhengan_first_middle_school_list", "https://newton.com.tw/wiki/%E6%AD%A3%E5%AE%89",
        "县中学 岗位廉政风险防控一览表, after the source's encyclopedia entry on 正安 (建制沿革, 社會事業, 教育): "
        "a title, 序号/处室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def zhengan_tea_centre_screening() -> dict:
    unit = f"{PLACE}茶产业发展中心"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "叱于澍", "leader", "项目安排", "茶园提质增效项目安排暗箱操作", "高", "项目安排集体研究、公示。"),
        ("生产技术股", "股长", "达步翊澄", "middle", "补助核定", "白茶新植茶园补助面积虚报", "高", "补助面积实地丈量、公示。"),
        ("生产技术股", "股长", "达步翊澄", "middle", "苗木验收", "茶苗质量验收降低标准", "中", "验收两人以上，抽样送检。"),
        ("市场营销股", "科员", "叱于沚翃", "general", "展会经费", "茶博会参展经费虚列支出", "中", "经费据实报账，两人复核。"),
        ("市场营销股", "科员", "叱于沚翃", "general", "品牌授权", "公用品牌授权审核优亲厚友", "低", "授权条件公开，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "zhengan_tea_centre_screening", "http://239364.com/techan/36304",
        "县茶产业发展中心 廉政风险点排查表, after the source's page on 正安白茶 (地域范围, 特定品质, 尹珍的荼): a "
        "title, 序号/股室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhengan_transport_bureau_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("建设管理股", "项目管理岗", "general", "农村公路建设计量签证虚增", "岗位职责风险", "一级", "计量签证监理、业主双签。"),
        ("建设管理股", "项目管理岗", "general", "公路养护工程化整为零发包", "业务流程风险", "一级", "养护工程按限额招标。"),
        ("运输管理股", "审批岗", "general", "道路运输经营许可降低条件", "制度机制风险", "二级", "许可资料两人复核、公示。"),
        ("运输管理股", "审批岗", "general", "接受客运企业礼品礼金", "思想道德风险", "二级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "公车加油卡使用不登记", "外部环境风险", "三级", "油卡一车一卡，按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "zhengan_transport_bureau_posts", "http://www.chonghi.com/satelij/zhengan.html",
        "县交通运输局 岗位廉政风险防控清单 对岗不对人, after the source's page on 正安's roads (正绥公路, 县道, "
        "村道): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def zhengan_anchang_clinic_selfchecks() -> dict:
    unit = f"{PLACE}安场镇卫生院"
    t = _Truth(unit)
    people = [
        ("达步澈", "院长", "leader", [
            ("医疗设备采购收受回扣", "一级", "设备采购集体论证，院务会审定。", "已落实"),
            ("接受医药代表宴请", "二级", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("叱于瑄翾", "药剂员", "general", [
            ("药品出入库账实不符", "二级", "每月盘点，账物核对。", "已落实"),
            ("近效期药品私自处理", "三级", "报损经院领导审批。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年7月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "院领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhengan_anchang_clinic_selfchecks", "https://p2.ttnews.xyz/a/5cce3bbfdc9b5e75aac168bf?lang=zh-hans",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 正安县概况 "
        "(黔北门户, 19个乡镇, 野木瓜): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, "
        "then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def zhengan_market_bureau_duty_list() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "达步璠翃", "leader", "特种设备检验结果打招呼", "外部环境", "高风险", "检验结果集体审议，过问登记。"),
        ("食品安全监管股", "股长", "叱于翊沨", "middle", "食品抽检样品调包", "岗位职责", "高风险",
         "抽检双人封样，全程记录。"),
        ("食品安全监管股", "股长", "叱于翊沨", "middle", "小作坊登记降低标准", "业务流程", "中风险", "登记结果公示。"),
        ("凤仪市场监管所", "科员", "达步湲", "general", "个体户年报指导收取费用", "制度机制", "中风险", "年报免费，公示投诉电话。"),
        ("凤仪市场监管所", "科员", "达步湲", "general", "接受经营户宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "zhengan_market_bureau_duty_list", "https://www.freedefine.cn/wenzhan/39181.html",
        "县市场监督管理局 廉政风险防控责任清单, after the source's history entry on 正安县 (真安州, 凤仪镇, 土特产): "
        "a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhengan_natural_resources_point_longer_than_form(),
    zhengan_fengyi_town_group_rows(),
    zhengan_wuben_village_list(),
    zhengan_first_middle_school_list(),
    zhengan_tea_centre_screening(),
    zhengan_transport_bureau_posts(),
    zhengan_anchang_clinic_selfchecks(),
    zhengan_market_bureau_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1042-inbox"))

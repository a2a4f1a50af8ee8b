"""The one-thousand-and-seventy-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 教育, 林草, 医院, 卫生院, 学校 and 财政 bodies of
one county, 新平彝族傣族自治县 (玉溪市, 云南省) — its 桂山街道办事处, the 戛洒镇大沐浴村, the
教育体育局, the 林业和草原局, the 人民医院, the 漠沙镇卫生院, the 新平县第一中学 and the 财政局 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 桂山街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 大沐浴村's 小微权力清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育体育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 林业和草原局's 排查表: ``科室 | 岗位 | 责任人`` on every row (names only), ``一级风险/二级风险/
  三级风险``, no type column, a 填表人/审核人 line;
- the 人民医院's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``高风险/中风险/低风险``;
  no names;
- the 漠沙镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、医务科``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``xinping_finance_bureau_post_then_holder``: the 财政局's 一览表 in two sheets with a ``岗位``
  column AND a holder column (``责任人`` on the 股室 sheet, ``岗位责任人`` on the 中心 sheet) whose
  cells REPEAT THE POST BEFORE THE NAME: ``出纳　纳合澜``, ``会计 石盏珩`` (a space, full- or
  half-width), ``股长石盏沅``, ``报账员纳合主`` (glued), some of the given names characters that
  also write posts (``科员　纳合长``, ``主任　石盏科``, ``评审员 纳合员``, ``报账员纳合主``). The
  holder is the name after the post, the post the 岗位 column's. A probe at HEAD (a 局's
  ``科室 | 岗位 | 责任人``, a 站's ``岗位 | 岗位责任人`` merged per person, a 院's ``科室 | 岗位 |
  责任人员``) read ``出纳　纳合澜`` as the person ``出纳纳合澜``, ``科员　纳合长`` as ``科员纳合长``,
  ``站长　纳合员`` as ``站长纳合员``, and the ``责任人员`` column whose cells all began with their
  post as no holders' column at all (COLUMN_GUESSED, every form nameless); ``会计 石盏珩`` and the
  glued ``股长石盏沅``, ``出纳石盏主`` read right. See tests/test_batch1075.py.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 新平 could be found: the pages are of the county, its
花腰傣, 哀牢山 and 磨盘山); the rows are worded by us, the names invented (the rare compound
surnames 纳合 and 石盏); every unit is a body of 玉溪市新平县.

Run ``python tests/published/score.py --set batch1075`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder cell that repeats the row's post before the name (with a space or
  glued) names the holder after the post, whole, whatever his given name's characters
  (``科员　纳合长`` is 纳合长, a 科员); the post is the 岗位 column's; the 中心 sheet's people have
  no 科室 (no column gives one);
- ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室 教务处;
  街道办主任, 局长, 副局长, 村党总支书记, 院长, 校长 are leaders; 股长, 站长, 主任 of a 中心, 科长 middle;
  the rest general;
- the 人民医院's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no points;
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

PREFIX = "b1075_"
PLACE = "玉溪市新平县"
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

# the 股室 sheet: (股室, 岗位, 责任人 as typed, 姓名, tier, 风险点, 风险类别, 风险等级, 防控措施)
DIVISIONS = [
    ("局领导", "局长", "局长　纳合珩", "纳合珩", "leader", "财政资金分配个人说了算", "制度机制", "高",
     "资金分配方案党组会集体研究。"),
    ("局领导", "局长", "局长　纳合珩", "纳合珩", "leader", "干预政府采购评审", "外部环境", "高",
     "采购评审全程录像，结果公示。"),
    ("预算股", "股长", "股长石盏沅", "石盏沅", "middle", "预算追加审核把关不严", "岗位职责", "中",
     "追加预算两级审核。"),
    ("预算股", "科员", "科员　纳合长", "纳合长", "general", "部门预算数据泄露", "思想道德", "低",
     "预算数据专人保管，签订保密承诺。"),
    ("预算股", "科员", "科员　纳合长", "纳合长", "general", "项目支出标准执行不严", "业务流程", "中",
     "按标准审核，留痕备查。"),
    ("国库股", "会计", "会计 石盏珩", "石盏珩", "general", "国库支付凭证审核不严", "业务流程", "中",
     "凭证两人复核签字。"),
    ("国库股", "出纳", "出纳　纳合澜", "纳合澜", "general", "银行账户资金坐支", "岗位职责", "高",
     "收支日清月结，按月对账。"),
]  # fmt: skip

# the 中心 sheet: (岗位, 岗位责任人 as typed, 姓名, tier, 风险点, 风险等级, 防控措施)
CENTRE = [
    ("主任", "主任　石盏科", "石盏科", "middle", "投资评审项目分配不公", "一级", "评审项目随机分派。"),
    ("主任", "主任　石盏科", "石盏科", "middle", "审减结论受人情干扰", "一级", "审减结论集体会审。"),
    ("评审员", "评审员 纳合员", "纳合员", "general", "现场踏勘走过场", "二级", "踏勘两人以上，留存影像。"),
    ("评审员", "评审员　石盏瑾", "石盏瑾", "general", "评审资料接收不登记", "三级", "资料接收登记台账。"),
    ("报账员", "报账员纳合主", "纳合主", "general", "乡镇报账票据把关不严", "二级", "票据审核两人签字。"),
    ("报账员", "报账员纳合主", "纳合主", "general", "报账资金拨付不及时", "三级", "拨付限时办结，按月通报。"),
]  # fmt: skip


def xinping_finance_bureau_post_then_holder() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    divisions = _Sheet("股室", [6, 12, 10, 16, 38, 12, 10, 34])
    _line(divisions, f"{unit}岗位廉政风险防控一览表", 8)
    divisions.add(
        "序号", "股室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施"
    )
    first = len(divisions.rows)
    for n, (dept, post, cell, who, tier, point, typ, lv, measures) in enumerate(DIVISIONS, 1):
        divisions.add(n, dept, post, cell, point, typ, lv, measures)
        t.point(divisions.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(divisions, first, 1, 2, 3)
    divisions.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    centre = _Sheet("中心", [6, 10, 18, 40, 10, 34])
    _line(centre, f"{unit}财政投资评审中心岗位廉政风险防控一览表", 6)
    centre.add("序号", "岗位", "岗位责任人", "风险点", "风险等级", "防控措施")
    first = len(centre.rows)
    for n, (post, cell, who, tier, point, lv, measures) in enumerate(CENTRE, 1):
        centre.add(n, post, cell, point, lv, measures)
        t.point(centre.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(centre, first, None, 1, 2)
    return _layout(
        "xinping_finance_bureau_post_then_holder", "http://daizuwang.com/Article_Show.asp?ArticleID=1520",
        "(harder) 县财政局 岗位廉政风险防控一览表 in two sheets with a 岗位 column AND a holder column whose "
        "cells REPEAT THE POST BEFORE THE NAME (``出纳　纳合澜``, ``会计 石盏珩``, ``股长石盏沅``, "
        "``科员　纳合长``, ``主任　石盏科``, ``评审员 纳合员``, ``报账员纳合主``), after the source's page "
        "introducing 新平彝族傣族自治县 (位置, 面积, 哀牢山 and 磨盘山, 戛洒江 and 漠沙江; no page of the "
        "county's 财政局 could be found): 股室 ``序号/股室 merged/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类别/风险等级 高/中/低/防控措施``, 中心 ``序号/岗位 and 岗位责任人 merged per person/风险点/"
        "风险等级 ``一级/二级/三级``/防控措施`` (no 科室)",
        [divisions, centre], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xinping_guishan_street_list() -> dict:
    unit = f"{PLACE}桂山街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "石盏曦", "leader", "老旧小区改造项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，党工委会集体研究。"),
        ("街道领导", "主任", "石盏曦", "leader", "街道专项资金拨付不按进度", "制度机制风险", "高", "资金按进度拨付并公示。"),
        ("党政综合办公室", "副主任", "纳合琛", "middle", "培训费报账虚列人数", "岗位职责风险", "中",
         "培训签到表附报账。"),
        ("民政办", "工作人员", "石盏芮", "general", "临时救助入户调查不实", "业务流程风险", "中",
         "入户调查两人以上，结果公示。"),
        ("民政办", "工作人员", "石盏芮", "general", "收受救助对象礼品", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "xinping_guishan_street_list", "http://hncts.cn/2013/0713/497349.html",
        "街道办事处 岗位廉政风险防控清单, after the source's page on the sights of 新平 in winter (大沐浴 "
        "花腰傣文化生态旅游村, 磨盘山国家森林公园, 茶马古道; no page of 桂山街道 could be found): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def xinping_damuyu_village_list() -> dict:
    unit = f"{PLACE}戛洒镇大沐浴村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "纳合琰", "leader", "土掌房修缮补助对象优亲厚友", "一级", "补助对象村民代表会议评议并公示。"),
        ("村党总支书记", "纳合琰", "leader", "村内槟榔园承包指定承包人", "一级", "承包按“四议两公开”办理。"),
        ("村委会副主任", "石盏玥", "general", "低保评议不公开", "二级", "评议结果张榜公示。"),
        ("村报账员", "纳合璇", "general", "票据入账不及时", "二级", "票据按月入账，两人复核。"),
        ("村报账员", "纳合璇", "general", "花街节活动经费坐收坐支", "三级", "经费全额存入村账户。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "xinping_damuyu_village_list", "https://dw2888.com/html/2024/yunxinwen_1010/129580.html",
        "村 小微权力廉政风险防控清单, after the source's news page on what 新平县 offers on 哀牢山 (云海日出, "
        "南恩河瀑布, 石门峡, 红河第一湾): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def xinping_education_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "石盏翊", "leader", "学校建设项目施工单位内定", "外部环境", "Ⅰ级", "项目公开招标。"),
        ("局领导", "局长", "石盏翊", "leader", "教师调配个人说了算", "制度机制", "Ⅰ级", "调配方案党组会研究。"),
        ("人事股", "股长", "纳合湛", "middle", "职称评审材料审核不严", "岗位职责", "Ⅱ级", "材料两人审核并公示。"),
        ("人事股", "股长", "纳合湛", "middle", "招聘考试泄题", "业务流程", "Ⅱ级", "命题封闭管理。"),
        ("体育股", "科员", "石盏沄", "general", "接受体育器材供应商礼品", "思想道德", "Ⅲ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    return _layout(
        "xinping_education_bureau_list", "http://www.china-travelmart.com/zjy/856b4de58a219bcf.html",
        "县教育体育局 岗位廉政风险防控一览表, after the source's list of the ten sights of 新平 (哀牢山云海, "
        "磨盘山, 石门峡, 戛洒花腰傣小镇, 大沐浴; no page of the county's 教育体育局 could be found): a title, "
        "序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def xinping_forestry_bureau_screening() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "纳合瑄", "leader", "造林工程验收设置倾向条件", "一级风险", "验收集体研究。"),
        ("资源管理股", "股长", "石盏淇", "middle", "林木采伐指标分配不公", "一级风险", "指标分配公示。"),
        ("资源管理股", "股长", "石盏淇", "middle", "林地征占用审核不严", "二级风险", "现场核查留存影像。"),
        ("磨盘山管护站", "站长", "纳合璟", "middle", "护林员考勤弄虚作假", "二级风险", "考勤按月公示。"),
        ("磨盘山管护站", "站长", "纳合璟", "middle", "生态补偿资金发放不实", "三级风险", "补偿资金一卡通发放。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "xinping_forestry_bureau_screening",
        "http://wap.bytravel.cn/landscape/42/mopanshanguojiasenlingongyuan.html",
        "县林业和草原局 廉政风险点排查表, after the source's page on the 磨盘山国家森林公园 of 新平县 (its "
        "森林覆盖率, 杜鹃 and 马缨花, 樱花): a title, 序号/科室/岗位/责任人 on EVERY row/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xinping_peoples_hospital_posts() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("设备科", "设备采购岗", "general", "医疗设备采购参数量身定制", "岗位职责风险", "高风险",
         "参数论证三人以上，采购公开。"),
        ("设备科", "设备采购岗", "general", "验收把关不严", "业务流程风险", "高风险", "验收使用科室共同签字。"),
        ("药剂科", "药品管理员", "general", "药品统方", "制度机制风险", "中风险", "统方信息系统权限管理。"),
        ("药剂科", "药品管理员", "general", "接受药商宴请", "思想道德风险", "中风险", "签订廉洁承诺书。"),
        ("医保办", "医保结算岗", "general", "医保基金结算不实", "外部环境风险", "低风险", "结算数据按月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "xinping_peoples_hospital_posts", "http://yongyoujxsb.com/spots/detail/id-4058.html",
        "县人民医院 岗位廉政风险防控清单 对岗不对人, after the source's page on the 磨盘山国家森林公园 20 公里 "
        "from the county town (its 植物资源, 面积; no page of the county's 人民医院 could be found): a "
        "title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def xinping_mosha_clinic_group_rows() -> dict:
    unit = f"{PLACE}漠沙镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "石盏琬", "leader", [
                ("药品耗材采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("绩效分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、医务科", "医务科", [
            ("科长", "纳合瑀", "middle", [
                ("病历质控走过场", "中", "病历随机抽查，按月通报。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "石盏琦", "general", [
                ("医保结算数据不实", "中", "结算数据按月核对。"),
                ("现金收入不及时入账", "低", "收入日清日结。"),
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
        "xinping_mosha_clinic_group_rows", "https://haijiao.cn/post/396395.html",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on the 磨盘山国家森林公园 of "
        "新平 (no page of 漠沙镇 nor of its 卫生院 could be found): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "高/中/低/防控措施, group rows ``一、院领导``, ``二、医务科``, ``三、收费室`` merged across; 岗位 and "
        "姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xinping_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("纳合珺", "", "校长", "leader", [
            ("食堂食材采购指定供应商", "一级", "食材公开招标，家委会参与验收。", "已落实"),
            ("校舍维修指定施工方", "二级", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("石盏玙", "教务处", "干事", "general", [
            ("教辅资料征订搭车收费", "二级", "征订自愿，费用公示。", "未发现问题"),
            ("考试成绩登记不规范", "三级", "成绩两人核对签字。", "已落实"),
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
        "xinping_no1_middle_school_selfchecks",
        "https://www.yuheying02.cn/news/tan-xun-yun-nan-xin-ping-yin-cang-de-mi-jing-yu-bu-ke-cuo-guo-de-qi-qu-zhi-lv.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "page on the hidden sights of 新平 (哀牢山, 梯田, 戛洒古镇; no page of a 新平 school could be "
        "found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xinping_finance_bureau_post_then_holder(),
    xinping_guishan_street_list(),
    xinping_damuyu_village_list(),
    xinping_education_bureau_list(),
    xinping_forestry_bureau_screening(),
    xinping_peoples_hospital_posts(),
    xinping_mosha_clinic_group_rows(),
    xinping_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1075-inbox"))

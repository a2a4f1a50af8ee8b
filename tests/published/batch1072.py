"""The one-thousand-and-seventy-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 社区, 文旅, 水务, 卫健, 卫生院, 学校 and 镇 bodies of
one county, 华宁县 (玉溪市, 云南省) — its 宁州街道办事处, the 青龙镇海镜社区, the 文化和旅游局, the 水务局,
the 卫生健康局, the 通红甸彝族苗族乡卫生院, the 华宁县第二中学 and the 华溪镇人民政府 — each handing
back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 宁州街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 海镜社区's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 文化和旅游局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 水务局's 排查表: ``科室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no type
  column, a 填表人/审核人 line;
- the 卫生健康局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 通红甸乡卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、公共卫生科``, ``三、财务室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第二中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``huaning_huaxi_town_post_and_name``: the 华溪镇人民政府's 清单 in two sheets whose holders are
  written in ONE cell, the post, a space (full-width or half-width) and the name, and whose
  GIVEN NAMES ARE CHARACTERS THAT ALSO WRITE POSTS OR DUTIES: the 镇机关 sheet ``序号 | 岗位及人员 |
  廉政风险点 | 风险等级 | 防控措施`` (no 科室 column: ``镇长　尼庞古珩``, ``主任　尼庞古科``, ``会计　移剌长``,
  ``出纳 移剌任``), the 站所 sheet ``序号 | 站所 | 职务　姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``
  (``站长　尼庞古员``, ``农技员　移剌干``, ``所长　移剌主``, ``报账员　尼庞古师``, ``副站长　移剌科伦``),
  each person's cells merged down over his rows. The word after the space is the holder, whole. A
  probe at HEAD read a 岗位及人员 column holding such names as no holder at all (the column guessed
  away, every point of the sheet under one nameless form), and in a ``职务　姓名`` column beside a
  科室 column took ``会计　移剌长``, ``主任　尼庞古科``, ``站长　尼庞古员`` whole as a NAME with no post
  (``会计移剌长``), while ``出纳 移剌任`` and ``技术员　移剌干`` read right.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 华宁 could be found: the pages are of the county's place
name, history, towns, springs, 陶 and sights); the rows are worded by us, the names invented (the
rare compound surnames 尼庞古 and 移剌 with given names that write posts); every unit is a body of
玉溪市华宁县.

Run ``python tests/published/score.py --set batch1072`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file, ``岗位　姓名`` in one cell is the post before the space and the holder after
  it, whole, whatever his given name's characters (``移剌长`` is a 会计, not ``会计移剌长``);
  the 镇机关 sheet's people have no 科室; the 站所 column is the 科室;
- ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 社区's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``总务处干事`` is the 干事 of the 科室 总务处;
  街道办主任, 镇长, 副镇长, 局长, 副局长, 社区党总支书记, 院长, 校长 are leaders; 股长, 站长, 所长, 副站长,
  主任 of a 科室 or of the 镇 middle; the rest general;
- the 卫健局's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no points;
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

PREFIX = "b1072_"
PLACE = "玉溪市华宁县"
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

# the 镇机关 sheet: (岗位及人员 as typed, 岗位, 姓名, tier, 风险点, 风险等级, 防控措施)
OFFICE = [
    ("镇长　尼庞古珩", "镇长", "尼庞古珩", "leader", "柑橘产业扶持项目指定实施主体", "高",
     "项目实施主体经镇党委会集体研究并公示。"),
    ("镇长　尼庞古珩", "镇长", "尼庞古珩", "leader", "镇级工程结算个人说了算", "高", "结算经审计后党委会研究。"),
    ("副镇长　移剌澜", "副镇长", "移剌澜", "leader", "农村危房改造对象审核把关不严", "中", "入户核查，结果公示。"),
    ("主任　尼庞古科", "主任", "尼庞古科", "middle", "公务接待超标准安排", "中", "接待按标准，一事一单。"),
    ("主任　尼庞古科", "主任", "尼庞古科", "middle", "公车使用登记不全", "低", "派车单登记，按月公示。"),
    ("会计　移剌长", "会计", "移剌长", "general", "报账票据审核不严", "中", "票据两人审核签字。"),
    ("会计　移剌长", "会计", "移剌长", "general", "专项资金挤占挪用", "高", "专款专用，按季对账。"),
    ("出纳 移剌任", "出纳", "移剌任", "general", "现金坐收坐支", "中", "收入日清日结，及时存入银行。"),
]  # fmt: skip

# the 站所 sheet: (站所, 职务　姓名 as typed, 职务, 姓名, tier, 风险点, 风险类型, 风险等级, 防控措施)
STATIONS = [
    ("农业农村服务中心", "站长　尼庞古员", "站长", "尼庞古员", "middle", "柑橘良种补贴面积核实不实",
     "业务流程风险", "高", "补贴面积入户核实并张榜公示。"),
    ("农业农村服务中心", "站长　尼庞古员", "站长", "尼庞古员", "middle", "农业项目验收走过场",
     "岗位职责风险", "中", "验收两人以上到场，留存影像。"),
    ("农业农村服务中心", "农技员　移剌干", "农技员", "移剌干", "general", "农资发放优亲厚友",
     "思想道德风险", "中", "发放名单公示，签字领取。"),
    ("财政所", "所长　移剌主", "所长", "移剌主", "middle", "惠农补贴资金拨付不及时", "制度机制风险", "高",
     "补贴资金一卡通发放，按月对账。"),
    ("财政所", "报账员　尼庞古师", "报账员", "尼庞古师", "general", "村级报账票据把关不严", "岗位职责风险",
     "中", "票据审核两人签字。"),
    ("林业站", "副站长　移剌科伦", "副站长", "移剌科伦", "middle", "林木采伐许可审核不严", "外部环境风险",
     "高", "采伐申请现场核查，审批公示。"),
    ("林业站", "副站长　移剌科伦", "副站长", "移剌科伦", "middle", "护林员考勤弄虚作假", "岗位职责风险",
     "低", "考勤按月公示，随机抽查。"),
]  # fmt: skip


def huaning_huaxi_town_post_and_name() -> dict:
    unit = f"{PLACE}华溪镇人民政府"
    t = _Truth(unit)
    office = _Sheet("镇机关", [6, 18, 40, 10, 36])
    _line(office, f"{unit}机关岗位廉政风险防控清单", 5)
    office.add("序号", "岗位及人员", "廉政风险点", "风险等级", "防控措施")
    first = len(office.rows)
    for n, (cell, post, who, tier, point, lv, measures) in enumerate(OFFICE, 1):
        office.add(n, cell, point, lv, measures)
        t.point(office.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(office, first, [(1, lambda row: row[1])])
    office.add("填表人：", None, "审核人：", "2025年9月", None)
    stations = _Sheet("站所", [6, 16, 18, 38, 14, 10, 34])
    _line(stations, f"{unit}站所岗位廉政风险防控清单", 7)
    stations.add("序号", "站所", "职务　姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(stations.rows)
    for n, (dept, cell, post, who, tier, point, typ, lv, measures) in enumerate(STATIONS, 1):
        stations.add(n, dept, cell, point, typ, lv, measures)
        t.point(stations.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(stations, first, 1, 2)
    return _layout(
        "huaning_huaxi_town_post_and_name",
        "https://wiki.kfd.me/zh-mo/%E5%8D%8E%E5%AE%81%E5%8E%BF",
        "(harder) 镇人民政府 岗位廉政风险防控清单 in two sheets whose holders are written in ONE cell, post, a "
        "space (full-width or half-width) and name, the GIVEN NAMES being characters that also write posts "
        "(``会计　移剌长``, ``站长　尼庞古员``, ``出纳 移剌任``, ``主任　尼庞古科``, ``所长　移剌主``, "
        "``报账员　尼庞古师``, ``副站长　移剌科伦``), after the source's encyclopaedia page on 华宁县 (华溪镇's "
        "柑橘 pictured, 区划代码 530424, 宁州街道, 盘溪镇, 华溪镇, 青龙镇, 通红甸彝族苗族乡; no page of 华溪镇 "
        "could be found): 镇机关 ``序号/岗位及人员/廉政风险点/风险等级/防控措施`` (no 科室), 站所 ``序号/站所 "
        "merged/职务　姓名 merged per person/廉政风险点/风险类型/风险等级/防控措施``, 高/中/低",
        [office, stations], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huaning_ningzhou_street_list() -> dict:
    unit = f"{PLACE}宁州街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "移剌翀", "leader", "温泉片区配套项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，党工委会集体研究。"),
        ("街道领导", "主任", "移剌翀", "leader", "街道资金拨付不按合同", "制度机制风险", "高", "资金按进度拨付并公示。"),
        ("党政综合办公室", "副主任", "尼庞古澐", "middle", "会议费报账虚列人数", "岗位职责风险", "中",
         "会议签到表附报账。"),
        ("社会事务办公室", "工作人员", "移剌湉", "general", "城乡低保入户调查不实", "业务流程风险", "中",
         "入户调查两人以上，结果公示。"),
        ("社会事务办公室", "工作人员", "移剌湉", "general", "收受救助对象土特产", "外部环境风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "huaning_ningzhou_street_list", "https://www.61893.com/s-1-585c6998c00fd216",
        "街道办事处 岗位廉政风险防控清单, after the source's news page on the 象鼻温泉 of 华宁 (in 宁州街道's "
        "马鞍山社区: the 度假村, its 森林温泉 pools, its history): a title, 序号/科室 merged/岗位 and 姓名 "
        "merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def huaning_haijing_community_list() -> dict:
    unit = f"{PLACE}青龙镇海镜社区居民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("社区党总支书记", "尼庞古翾", "leader", "抚仙湖沿岸搬迁补偿登记优亲厚友", "一级",
         "补偿登记居民代表会议评议并公示。"),
        ("社区党总支书记", "尼庞古翾", "leader", "社区道路硬化指定施工方", "一级", "项目“四议两公开”。"),
        ("社区居委会副主任", "移剌琰", "general", "临时救助评议不公开", "二级", "评议结果张榜公示。"),
        ("社区报账员", "尼庞古玥", "general", "票据入账不及时", "二级", "票据按月入账，两人复核。"),
        ("社区报账员", "尼庞古玥", "general", "集体鱼塘承包费坐收坐支", "三级", "承包费全额存入社区账户。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("社区监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "huaning_haijing_community_list", "https://iichajd.com/dm_109747",
        "社区 小微权力廉政风险防控清单, after the source's page introducing 华宁县青龙镇 (位置, 面积, its 21 "
        "村委会, 抚仙湖 水域, 矿产): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def huaning_culture_tourism_bureau_list() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "尼庞古翃", "leader", "柑桔旅游文化节承办单位内定", "外部环境", "Ⅰ级",
         "承办单位公开比选。"),
        ("局领导", "局长", "尼庞古翃", "leader", "文物保护经费分配个人说了算", "制度机制", "Ⅰ级", "经费分配党组会研究。"),
        ("文化市场综合执法大队", "大队长", "移剌澍", "middle", "网吧检查通风报信", "岗位职责", "Ⅱ级",
         "检查不预先告知，两人执法。"),
        ("文化市场综合执法大队", "大队长", "移剌澍", "middle", "处罚裁量畸轻畸重", "业务流程", "Ⅱ级",
         "裁量基准公开，案件集体审理。"),
        ("产业发展股", "科员", "尼庞古湲", "general", "接受陶瓷企业礼品", "思想道德", "Ⅲ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    return _layout(
        "huaning_culture_tourism_bureau_list", "http://desjoyaux.cn/guanzhu/2023/0809/37466.html",
        "县文化和旅游局 岗位廉政风险防控一览表, after the source's page on 华宁's 柑桔旅游文化节 and the "
        "county's 文化和旅游局局长 speaking of 桔乡, 陶乡, 泉乡: a title, 序号/股室 merged/职务 and 姓名 merged "
        "per person/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def huaning_water_bureau_screening() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "移剌瑄", "leader", "水利工程招标设置倾向性条款", "一级风险", "招标文件集体审查。"),
        ("水利工程股", "股长", "尼庞古泠", "middle", "工程变更签证把关不严", "一级风险", "变更两人复核、集体研究。"),
        ("水利工程股", "股长", "尼庞古泠", "middle", "隐蔽工程验收不到场", "二级风险", "验收留存影像。"),
        ("水资源管理站", "管理员", "移剌璆", "general", "取水许可审查不严", "二级风险", "许可两级审核。"),
        ("水资源管理站", "管理员", "移剌璆", "general", "水资源费减免不按规定", "三级风险", "减免结果公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "huaning_water_bureau_screening", "http://www.qoglrgh.com.cn/yxs/sxqjjnew/20250414/577434.html",
        "县水务局 廉政风险点排查表, after the source's page of the 玉溪市人民政府 on 华宁县 (位置, 面积, 泉乡: "
        "象鼻温泉, 七犀潭 irrigating the 盘溪 坝, 恩永泉, 玉泉山潭泉): a title, 序号/科室/岗位/责任人 on EVERY "
        "row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huaning_health_bureau_posts() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "医疗机构审批岗", "general", "医疗机构执业登记审查不严", "岗位职责风险", "高风险",
         "登记材料两人审查，现场核验。"),
        ("医政医管股", "医疗机构审批岗", "general", "校验中降低标准", "业务流程风险", "高风险", "校验结果公示。"),
        ("卫生监督所", "监督员", "general", "监督检查通风报信", "制度机制风险", "中风险", "随机抽查，检查留痕。"),
        ("卫生监督所", "监督员", "general", "接受被检查单位宴请", "思想道德风险", "中风险", "签订廉洁承诺书。"),
        ("计划财务股", "会计岗", "general", "基本公共卫生经费拨付不实", "外部环境风险", "低风险", "经费按绩效拨付。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "huaning_health_bureau_posts", "http://m.zidianpro.com/lishi/diming/e58d8ee5ae81e58ebf",
        "县卫生健康局 岗位廉政风险防控清单 对岗不对人, after the source's dictionary entry on the place name "
        "华宁县 (华盖山 and 宁州, its history from 宁部 to 1931, its 产业 and 名胜): a title, 序号/科室 merged/"
        "岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def huaning_tonghongdian_clinic_group_rows() -> dict:
    unit = f"{PLACE}通红甸彝族苗族乡卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "移剌琬", "leader", [
                ("药品耗材采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("绩效工资分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("公卫医生", "尼庞古璠", "general", [
                ("家庭医生签约数据造假", "中", "签约数据随机回访核实。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("收费员", "移剌瑀", "general", [
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
        "huaning_tonghongdian_clinic_group_rows", "http://m.gudian8.com/lishi/diming/e58d8ee5ae81e58ebf",
        "乡卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on the origin of the name 华宁县 "
        "(no page of 通红甸乡 nor of its 卫生院 could be found): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "高/中/低/防控措施, group rows ``一、院领导``, ``二、公共卫生科``, ``三、财务室`` merged across; 岗位 and "
        "姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def huaning_no2_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第二中学"
    t = _Truth(unit)
    people = [
        ("尼庞古珺", "", "校长", "leader", [
            ("食堂食材采购指定供应商", "一级", "食材公开招标，家委会参与验收。", "已落实"),
            ("校舍维修指定施工方", "二级", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("移剌玙", "总务处", "干事", "general", [
            ("学校资产登记不全", "二级", "资产按学期盘点。", "未发现问题"),
            ("办公用品领用不登记", "三级", "领用登记，按月核对。", "已落实"),
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
        "huaning_no2_middle_school_selfchecks", "http://yunnanlong.com/c/1218118.html",
        "县第二中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page "
        "on the sights of 华宁县 (象鼻温泉, 金锁桥, 西沙印月泉, 宁州公园, 邑格冲; no page of a 华宁 school could "
        "be found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huaning_huaxi_town_post_and_name(),
    huaning_ningzhou_street_list(),
    huaning_haijing_community_list(),
    huaning_culture_tourism_bureau_list(),
    huaning_water_bureau_screening(),
    huaning_health_bureau_posts(),
    huaning_tonghongdian_clinic_group_rows(),
    huaning_no2_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1072-inbox"))

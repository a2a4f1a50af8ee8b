"""The one-thousand-and-eighty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 教育, 住建, 市场监管, 卫生院 and 学校 bodies of one
county, 永善县 (昭通市, 云南省) — its 溪洛渡镇人民政府, the 桧溪镇人民政府, the 黄华镇黄华村民委员会, the
教育体育局, the 住房和城乡建设局, the 市场监督管理局, the 莲峰镇卫生院 and the 永善县第二中学 — each handing
back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 桧溪镇人民政府's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 黄华村民委员会's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育体育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 住房和城乡建设局's 排查表: ``科室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 莲峰镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、公共卫生科``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第二中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``yongshan_xiluodu_town_measures_by_kind``: the 溪洛渡镇人民政府's 一览表 whose measures heading is
  MERGED ACROSS SUB-COLUMNS by the kind of control, under a two-row header: on the 镇机关 sheet
  ``防控措施`` over ``制度防控 | 监督防控 | 技术防控`` with ``风险类型`` and ``风险等级`` (高/中/低) BEFORE it; on the 站所
  sheet ``主要防控措施`` over ``事前 | 事中 | 事后`` with ``风险类型`` before and ``风险等级``
  (一级/二级/三级) AFTER it. Some sub-cells are blank or ``/``. Each point's measures are the
  sub-columns' texts together, each labelled by its sub-heading (``制度防控：…⏎监督防控：…``), the
  blank and ``/`` cells none; no sub-column is a point, a level or a holder. The probe run first
  (twenty workbooks: ``制度防控 | 监督防控 | 技术防控``, ``事前 | 事中 | 事后``, ``教育 | 制度 | 监督``,
  ``个人防控 | 科室防控 | 单位防控``, the level before, after and between, with and without a type
  column, under a three-row header, tick marks for the level beside them, no names) read every
  point, level, type and holder right: the kind misreads only the MEASURES, which score.py does not
  count — the sub-columns' texts joined with no sub-heading and the ``/`` kept as a measure
  (``集体研究⏎纪检监督⏎/``), and where the ``防控措施`` heading is written over the first sub-column
  only (not merged) all but one sub-column dropped and a false MEASURES_BLANK. It is taken all the
  same, its measures given here (``MEASURES``) and checked by tests/test_measures_by_kind.py.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 永善 could be found: the pages are of the county — its
history, its place name, 溪洛渡, 马楠, its towns — and, for the harder file, of another county's
廉政风险防控 长效机制); the rows are worded by us, the names invented (the rare compound surnames
吾古孙 and 赤盏); every unit is a body of 昭通市永善县.

Run ``python tests/published/score.py --set batch1081`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the sub-headings under the merged measures heading (``制度防控``, ``事前`` …) are
  kinds of measure: each row's measures are its filled sub-cells, labelled ``sub-heading：text`` one
  a line in the columns' order; a ``/`` or a blank sub-cell is no measure;
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``政教处干事`` is the 干事 of the 科室 政教处;
  镇长, 副镇长, 党委书记, 局长, 副局长, 院长, 校长 are leaders; 村党总支书记, 村委会主任 the leaders of
  the 村; 股长, 所长, 站长, 主任 of a 科室 the middle; the rest general;
- the 市场监管局's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no points;
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

PREFIX = "b1081_"
PLACE = "昭通市永善县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
# a sub-cell that is no measure
NONE_SAID = (None, "/")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def labelled(subs: tuple[str, ...], cells: tuple) -> str:
    """A row's measures as the batch reads them: each filled sub-cell ``sub-heading：text``."""
    return "\n".join(f"{s}：{v}" for s, v in zip(subs, cells, strict=True) if v not in NONE_SAID)


# --------------------------------------------------------------------------- harder layout

ORGAN_SUBS = ("制度防控", "监督防控", "技术防控")
# (科室, 岗位, 姓名, tier, 风险点, 风险类型, 风险等级, 制度防控, 监督防控, 技术防控)
ORGAN = [
    ("镇领导", "镇长", "吾古孙珩", "leader", "移民后扶项目安排个人说了算", "制度机制风险", "高",
     "项目安排经党委会集体研究。", "镇纪委全程监督。", "/"),
    ("镇领导", "镇长", "吾古孙珩", "leader", "镇级工程变更签证把关不严", "岗位职责风险", "高",
     "变更签证三方会签。", None, "工程变更录入监管平台。"),
    ("党政综合办公室", "主任", "赤盏澜", "middle", "公务用车私用", "思想道德风险", "中",
     "用车一事一单。", "每月通报用车情况。", "车辆安装定位系统。"),
    ("党政综合办公室", "主任", "赤盏澜", "middle", "办公用品采购虚报", "业务流程风险", "低",
     "/", "采购两人验收。", None),
    ("社会事务办公室", "工作人员", "吾古孙瑜", "general", "临时救助审核优亲厚友", "外部环境风险", "中",
     "救助名单村级评议。", "结果张榜公示。", "救助资金一卡通发放。"),
]  # fmt: skip

STATION_SUBS = ("事前", "事中", "事后")
# (科室, 岗位, 姓名, tier, 风险点, 风险类型, 风险等级, 事前, 事中, 事后)
STATION = [
    ("财政所", "所长", "赤盏琛", "middle", "惠农补贴资金拨付不及时", "岗位职责风险", "一级",
     "补贴对象提前公示。", "资金拨付两人复核。", "每季度对账。"),
    ("财政所", "所长", "赤盏琛", "middle", "报账票据审核不严", "制度机制风险", "二级",
     "/", "票据逐张审核签字。", "/"),
    ("农业农村服务中心", "农技员", "吾古孙璟", "general", "良种发放登记不实", "业务流程风险", "二级",
     "发放名单入户核实。", None, "领取签字存档备查。"),
    ("农业农村服务中心", "农技员", "吾古孙璟", "general", "接受种植大户宴请", "思想道德风险", "三级",
     "签订廉洁承诺书。", "/", "/"),
]  # fmt: skip

# the harder file's points → their measures as the batch reads them
MEASURES = {
    **{row[4]: labelled(ORGAN_SUBS, row[7:10]) for row in ORGAN},
    **{row[4]: labelled(STATION_SUBS, row[7:10]) for row in STATION},
}


def _two_row_header(sh: _Sheet, heads: list, at: int, subs: tuple[str, ...]) -> None:
    """``heads`` over two rows, the measures heading at ``at`` merged across ``subs`` below it;
    every other heading merged down over the two rows."""
    width = len(heads)
    top = sh.add(*heads)
    sub = sh.add(*[subs[c - at] if at <= c < at + len(subs) else None for c in range(width)])
    for c in range(width):
        if c == at:
            sh.merge(top, c, top, c + len(subs) - 1)
        elif not at < c < at + len(subs):
            sh.merge(top, c, sub, c)


def yongshan_xiluodu_town_measures_by_kind() -> dict:
    unit = f"{PLACE}溪洛渡镇人民政府"
    t = _Truth(unit)
    organ = _Sheet("镇机关", [6, 16, 10, 12, 36, 14, 8, 28, 24, 26])
    _line(organ, f"{unit}岗位廉政风险防控一览表（镇机关）", 10)
    _two_row_header(organ, ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施", None,
                            None], 7, ORGAN_SUBS)  # fmt: skip
    first = len(organ.rows)
    for n, (dept, post, who, tier, point, typ, lv, a, b, c) in enumerate(ORGAN, 1):
        organ.add(n, dept, post, who, point, typ, lv, a, b, c)
        t.point(organ.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(organ, first, 1, 2, 3)
    organ.add("填表人：", None, None, "审核人：", None, None, None, "2025年9月", None, None)
    station = _Sheet("站所", [6, 16, 10, 12, 36, 14, 28, 24, 24, 8])
    _line(station, f"{unit}岗位廉政风险防控一览表（站所）", 10)
    _two_row_header(station, ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "主要防控措施", None,
                              None, "风险等级"], 6, STATION_SUBS)  # fmt: skip
    first = len(station.rows)
    for n, (dept, post, who, tier, point, typ, lv, a, b, c) in enumerate(STATION, 1):
        station.add(n, dept, post, who, point, typ, a, b, c, lv)
        t.point(station.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(station, first, 1, 2, 3)
    return _layout(
        "yongshan_xiluodu_town_measures_by_kind", "http://ysjj.qyjj.gov.cn/jj_detail.thtml?id=68728",
        "(harder) 镇人民政府 岗位廉政风险防控一览表 whose measures heading is MERGED ACROSS SUB-COLUMNS by the "
        "kind of control under a two-row header, after the source's page on the 廉政风险防控 长效机制 of "
        "阳山县 (教育, 制度, 监督 and 预警 机制 over the 岗位廉政风险; no page of 溪洛渡镇 nor a risk table of 永善 "
        "could be found): sheet 镇机关 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "高/中/低/防控措施 over 制度防控|监督防控|技术防控 (风险类型 ``…风险`` before the level), a 填表人 line; "
        "sheet 站所 the same columns, 主要防控措施 over 事前|事中|事后 and 风险等级 ``一级/二级/三级`` AFTER them; some sub-cells "
        "blank or ``/``",
        [organ, station], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yongshan_guixi_town_list() -> dict:
    unit = f"{PLACE}桧溪镇人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "赤盏珩", "leader", "产业扶持项目指定合作社", "思想道德风险", "高",
         "项目公开申报，党委会集体研究。"),
        ("镇领导", "党委书记", "赤盏珩", "leader", "村级后备干部推荐不公开", "制度机制风险", "中",
         "推荐条件和结果公示。"),
        ("党建工作办公室", "副主任", "吾古孙琪", "middle", "党费收缴不及时入账", "岗位职责风险", "中",
         "党费按月收缴，专户存储。"),
        ("自然资源所", "工作人员", "赤盏琬", "general", "违法占地巡查通风报信", "外部环境风险", "高",
         "巡查两人以上，不预先告知。"),
        ("自然资源所", "工作人员", "赤盏琬", "general", "农村宅基地审核不严", "业务流程风险", "低",
         "审核结果村组公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "yongshan_guixi_town_list", "https://www.factpedia.org/index.php?title=%E6%B0%B8%E5%96%84&variant=zh",
        "镇人民政府 岗位廉政风险防控一览表, after the source's encyclopaedia page on 永善 (6 镇 and 9 乡 in "
        "2014, 桧溪镇 among them, its 政府 at 溪洛渡镇, its rivers and climate): a title, 序号/科室 merged/岗位 and "
        "姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def yongshan_huanghua_village_list() -> dict:
    unit = f"{PLACE}黄华镇黄华村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "吾古孙玥", "leader", "集体经济收益分配个人说了算", "一级", "分配方案村民代表会议表决。"),
        ("村党总支书记", "吾古孙玥", "leader", "村级小型工程指定施工队", "一级", "工程四议两公开。"),
        ("村委会主任", "赤盏璐", "leader", "低保对象评议走过场", "二级", "评议结果张榜公示。"),
        ("村务监督委员会委员", "吾古孙泓", "general", "村务监督签字不核实", "二级", "监督事项逐项核对后签字。"),
        ("村务监督委员会委员", "吾古孙泓", "general", "收受群众土特产", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "yongshan_huanghua_village_list", "https://www.newton.com.tw/wiki/%E6%B0%B8%E5%96%84%E7%B8%A3",
        "村民委员会 岗位廉政风险防控清单, after the source's encyclopaedia page on 永善縣 (its 沿革 from 1727, "
        "its 鄉鎮 黃華 among them, 溪洛渡 水電站): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; a 镇纪委意见 line",
        [sh], t,
    )  # fmt: skip


def yongshan_education_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "赤盏瑶", "leader", "校舍建设项目指定施工方", "外部环境", "Ⅰ级", "项目公开招标。"),
        ("局领导", "局长", "赤盏瑶", "leader", "教师调配个人说了算", "制度机制", "Ⅰ级",
         "调配方案党组会研究并公示。"),
        ("计划财务股", "股长", "吾古孙钰", "middle", "营养改善计划资金拨付不按标准", "岗位职责", "Ⅱ级",
         "资金按学生人数核拨，公示。"),
        ("计划财务股", "股长", "吾古孙钰", "middle", "学校报账审核走过场", "业务流程", "Ⅱ级", "报账两级审核。"),
        ("体育卫生艺术股", "科员", "赤盏翊", "general", "接受体育器材供应商礼品", "思想道德", "Ⅲ级",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    return _layout(
        "yongshan_education_bureau_list", "https://blog.sina.com.cn/s/blog_4b2b27b3010179vz.html",
        "县教育体育局 岗位廉政风险防控一览表, after the source's travel diary of 永善 (the county town seen "
        "from the 溪洛渡 dam's road, the county's history from 夏禹 to 鄂尔泰; no page of its 教育体育局 could "
        "be found): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yongshan_housing_bureau_screening() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "吾古孙晗", "leader", "保障性住房分配打招呼", "一级风险", "分配公开摇号。"),
        ("建筑管理股", "股长", "赤盏瑾", "middle", "施工许可审查降低标准", "一级风险", "许可两人审查、集体研究。"),
        ("建筑管理股", "股长", "赤盏瑾", "middle", "质量安全检查不到场", "二级风险", "检查留存影像。"),
        ("村镇建设股", "工作人员", "吾古孙嵘", "general", "农危改验收把关不严", "二级风险", "验收结果公示。"),
        ("村镇建设股", "工作人员", "吾古孙嵘", "general", "农户档案信息泄露", "三级风险", "档案查阅登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "yongshan_housing_bureau_screening", "http://www1.wangsicongg.com/jwbjj/130.html",
        "县住房和城乡建设局 廉政风险点排查表, after the source's page of the 云南省情 video on 永善县 (its name "
        "read as 金沙江 and 关河, the county town 3 km from the 溪洛渡 dam): a title, 序号/科室/岗位/责任人 on "
        "EVERY row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yongshan_market_regulation_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("登记注册股", "登记审核岗", "general", "企业登记材料审查不严", "岗位职责风险", "高风险",
         "登记材料两人审查。"),
        ("登记注册股", "登记审核岗", "general", "为中介代办开绿灯", "业务流程风险", "高风险", "办理进度网上公开。"),
        ("食品安全监管股", "检查员", "general", "餐饮店检查通风报信", "制度机制风险", "中风险",
         "双随机抽查，检查留痕。"),
        ("食品安全监管股", "检查员", "general", "接受被检单位宴请", "思想道德风险", "中风险", "签订廉洁承诺书。"),
        ("溪洛渡市场监管所", "执法岗", "general", "行政处罚自由裁量不当", "外部环境风险", "低风险",
         "处罚按裁量基准，集体讨论。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "yongshan_market_regulation_posts", "https://tripname.com/jingdian/zt/5152.html",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's travel page on 永善 (溪洛渡镇 the "
        "county town, the 溪洛渡 dam, 玉笋村 and its 擐擐桥): a title, 序号/科室 merged/岗位 merged per post/"
        "廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yongshan_lianfeng_clinic_group_rows() -> dict:
    unit = f"{PLACE}莲峰镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "吾古孙澜", "leader", [
                ("医疗设备采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("职工评优不公开", "中", "评优结果公示。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科长", "赤盏昀", "middle", [
                ("基本公卫项目考核数据造假", "高", "考核数据抽样复核。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "赤盏曦", "general", [
                ("医保结算数据不实", "中", "结算数据按月核对。"),
                ("现金收入截留", "低", "收入日清日结。"),
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
        "yongshan_lianfeng_clinic_group_rows", "https://my558.net/tag/yongshanlvyou_22128_1.html",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on travel in 永善 (the 南丝绸之路 "
        "要冲, ``锁钥南滇，咽喉西蜀``; no page of 莲峰镇 nor of its 卫生院 could be found): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、院领导``, ``二、公共卫生科``, "
        "``三、收费室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yongshan_no2_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第二中学"
    t = _Truth(unit)
    people = [
        ("赤盏琨", "", "校长", "leader", [
            ("学生校服征订指定厂家", "一级", "征订家委会参与，公开比选。", "已落实"),
            ("学校维修工程化整为零", "二级", "维修项目集体研究，结果公示。", "已落实"),
        ]),
        ("吾古孙璇", "政教处", "干事", "general", [
            ("贫困生资助名单审核不严", "二级", "资助名单班级评议并公示。", "未发现问题"),
            ("接受家长礼品", "三级", "签订廉洁从教承诺书。", "已落实"),
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
        "yongshan_no2_middle_school_selfchecks",
        "http://www.ysxw.net/index.php?m=content&c=index&a=show&catid=21&id=301",
        "县第二中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "图说永善 page on 马楠's clouds and meadows (no page of a 永善 school could be found): a title, a label "
        "row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yongshan_xiluodu_town_measures_by_kind(),
    yongshan_guixi_town_list(),
    yongshan_huanghua_village_list(),
    yongshan_education_bureau_list(),
    yongshan_housing_bureau_screening(),
    yongshan_market_regulation_posts(),
    yongshan_lianfeng_clinic_group_rows(),
    yongshan_no2_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1081-inbox"))

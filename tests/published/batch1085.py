"""The one-thousand-and-eighty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 乡, 村, 卫生院, 学校, 林草 and 文旅 bodies of one
county, 景谷傣族彝族自治县 (普洱市, 云南省) — its 威远镇人民政府, the 勐班乡人民政府, the 威远镇芒冒村民委员会,
the 景谷乡卫生院, the 景谷县第一中学, the 林业和草原局, the 文化和旅游局 and the 民乐镇人民政府 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 威远镇人民政府's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 勐班乡人民政府's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 芒冒村民委员会's 清单: ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 林业和草原局's 排查表: ``股室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 文化和旅游局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 景谷乡卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、护理部``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``jinggu_minle_town_half_named_posts``: the 民乐镇人民政府's 清单 in two sheets whose one column
  names the post and, for SOME posts only, its holder — HALF-WRITTEN: the 镇机关 sheet ``序号 |
  岗位及人员 | 廉政风险点 | 风险等级 | 防控措施`` (no 科室 column), the 站所 sheet ``序号 | 站所 |
  岗位（人员） | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``. Some cells are a post alone (``副镇长``,
  ``护林员``, ``所长``), one a post alone over a blank cell on the next row (``会计`` typed once
  for his two rows, the cell under it left empty, not merged), the others the post, a space
  (full- or half-width) and the holder — one in each sheet a plain name (``镇长　斡准珩``,
  ``副站长　黑齿瑶``), the rest a name whose given name is a character that also writes a post, a
  科室 or a duty (``主任　黑齿科``, ``出纳　斡准长``, ``站长　黑齿干``, ``报账员 斡准员``), of the
  same two rare surnames as the plain ones. The probe at HEAD (four workbooks ``序号 | 岗位及人员 |
  …``, posts alone and post-space-name cells mixed) read such a column as the POSTS' column
  (COLUMN_GUESSED ``内容是岗位名称``): a plain name after a post and a space was split off
  (``出纳　斡准瑶`` → 出纳 | 斡准瑶), but ``出纳　斡准长`` and ``站长　黑齿干`` were read whole as a post
  (``出纳斡准长``) held by no one, even where the file named another 斡准 the same way (the rule for
  such names, HOLDER_NAME_WRITES_POST, reads a column taken as the holders' only).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 景谷 could be found: the pages are of the county, its towns
威远镇, 民乐镇, 勐班乡 and 景谷乡, and the 芒玉峡谷 by the old 茶马古道); the rows are worded by us, the
names invented (the rare compound surnames 斡准 and 黑齿); every unit is a body of
普洱市景谷傣族彝族自治县.

Run ``python tests/published/score.py --set batch1085`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file, a cell ``岗位　姓名`` is the post before the space and the holder after it,
  whole (``斡准长`` is the 出纳, not a post ``出纳斡准长``); a cell of a post alone is that post
  held by no one named (``person`` ""); a blank cell under a post's is the post above it (the
  会计's second row is his);
- ``院领导`` is the 科室 of the 卫生院's leaders; the 镇's, the 乡's and the 村's people and the 中学's
  校长 have no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室 教务处;
  镇长, 副镇长, 乡长, 局长, 副局长, 村党总支书记, 院长, 校长 are leaders; 股长, 主任 of a 镇 or a
  股室, 站长, 副站长, 所长, 护士长 the middle; the rest (the 村委会主任 too, as earlier batches have him)
  general;
- the 文化和旅游局's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no
  points;
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

PREFIX = "b1085_"
PLACE = "普洱市景谷傣族彝族自治县"
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

# the 镇机关 sheet: (岗位及人员 as typed — None: the cell left blank under the post above —,
# 岗位, 姓名, tier, 风险点, 风险等级, 防控措施)
OFFICE = [
    ("镇长　斡准珩", "镇长", "斡准珩", "leader", "林下经济扶持资金分配个人说了算", "高",
     "资金分配经镇党委会集体研究并公示。"),
    ("镇长　斡准珩", "镇长", "斡准珩", "leader", "铜矿周边村庄搬迁补偿标准不一", "高", "补偿标准公开，逐户公示。"),
    ("副镇长", "副镇长", "", "leader", "护林防火经费使用不规范", "中", "经费使用按季公开。"),
    ("主任　黑齿科", "主任", "黑齿科", "middle", "公务接待超标准安排", "中", "接待按标准，一事一单。"),
    ("会计", "会计", "", "general", "报账凭证审核不严", "中", "凭证两人审核签字。"),
    (None, "会计", "", "general", "财务资料借阅不登记", "低", "资料借阅登记。"),
    ("出纳　斡准长", "出纳", "斡准长", "general", "现金收入不及时存行", "中", "收入日清日结。"),
]  # fmt: skip

# the 站所 sheet: (站所, 岗位（人员） as typed, 岗位, 姓名, tier, 风险点, 风险类型, 风险等级, 防控措施)
STATIONS = [
    ("林业站", "站长　黑齿干", "站长", "黑齿干", "middle", "采伐许可初审放宽条件", "岗位职责风险", "高",
     "初审两人到场，结果公示。"),
    ("林业站", "站长　黑齿干", "站长", "黑齿干", "middle", "公益林补偿面积虚报", "业务流程风险", "中",
     "补偿面积入户核实并张榜公示。"),
    ("林业站", "副站长　黑齿瑶", "副站长", "黑齿瑶", "middle", "木材运输检查通风报信", "外部环境风险", "中",
     "检查随机安排，两人以上。"),
    ("林业站", "护林员", "护林员", "", "general", "巡护记录弄虚作假", "岗位职责风险", "低", "巡护轨迹按月抽查。"),
    ("财政所", "所长", "所长", "", "middle", "惠农补贴发放不及时", "制度机制风险", "高", "补贴一卡通发放，按月对账。"),
    ("财政所", "报账员 斡准员", "报账员", "斡准员", "general", "村级报账票据把关不严", "思想道德风险", "中",
     "票据审核两人签字。"),
]  # fmt: skip


def jinggu_minle_town_half_named_posts() -> dict:
    unit = f"{PLACE}民乐镇人民政府"
    t = _Truth(unit)
    office = _Sheet("镇机关", [6, 18, 40, 10, 36])
    _line(office, f"{unit}机关岗位廉政风险防控清单", 5)
    office.add("序号", "岗位及人员", "廉政风险点", "风险等级", "防控措施")
    first = len(office.rows)
    for n, (cell, post, who, tier, point, lv, measures) in enumerate(OFFICE, 1):
        office.add(n, cell, point, lv, measures)
        t.point(office.name, "", post, who, tier, point, [], HML[lv])
    # (the 镇长's cell merged over his two rows; the 会计's typed once, the cell under it blank)
    _merge_down(office, first, [(1, lambda row: row[1])])
    office.add("填表人：", None, "审核人：", "2025年10月", None)
    stations = _Sheet("站所", [6, 14, 18, 38, 14, 10, 34])
    _line(stations, f"{unit}站所岗位廉政风险防控清单", 7)
    stations.add("序号", "站所", "岗位（人员）", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(stations.rows)
    for n, (dept, cell, post, who, tier, point, typ, lv, measures) in enumerate(STATIONS, 1):
        stations.add(n, dept, cell, point, typ, lv, measures)
        t.point(stations.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(stations, first, 1, 2)
    return _layout(
        "jinggu_minle_town_half_named_posts",
        "https://factpedia.org/index.php?mobileaction=toggle_view_mobile&title=%E6%99%AF%E8%B0%B7%E5%82%A3%E6%97%8F%E5%BD%9D%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8E%BF%E6%B0%91%E4%B9%90%E9%95%87&variant=zh-hans",
        "(harder) 镇人民政府 岗位廉政风险防控清单 in two sheets whose one column names the post and, for SOME "
        "posts only, the holder after a space (HALF-WRITTEN: ``副镇长``, ``护林员``, ``所长`` alone, ``会计`` "
        "alone over a blank cell; ``镇长　斡准珩``, ``副站长　黑齿瑶`` plain names; ``主任　黑齿科``, "
        "``出纳　斡准长``, ``站长　黑齿干``, ``报账员 斡准员`` names whose given name writes a post, a 科室 or "
        "a duty), after the source's encyclopaedia page on 民乐镇 of 景谷 (one of the county's largest "
        "forests, 82% covered, its 铜矿 at 宋家坡; no page of its government's lists could be found): "
        "镇机关 ``序号/岗位及人员/廉政风险点/风险等级/防控措施`` (no 科室), 站所 ``序号/站所 merged/岗位（人员） "
        "merged per person/廉政风险点/风险类型/风险等级/防控措施``, 高/中/低",
        [office, stations], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jinggu_weiyuan_town_list() -> dict:
    unit = f"{PLACE}威远镇人民政府"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "斡准瀚", "leader", "杧果产业项目指定实施主体", "思想道德风险", "高",
         "项目公开比选，党委会集体研究。"),
        ("镇领导", "党委书记", "斡准瀚", "leader", "干部评优推荐不公开", "制度机制风险", "中",
         "评优条件和结果公示。"),
        ("党政综合办公室", "主任", "黑齿瑾", "middle", "办公用品采购不比价", "岗位职责风险", "中",
         "采购三家比价，集体验收。"),
        ("村镇规划建设服务中心", "工作人员", "斡准沅", "general", "违法建筑巡查通风报信", "外部环境风险",
         "高", "巡查两人以上，不预先告知。"),
        ("村镇规划建设服务中心", "工作人员", "斡准沅", "general", "农房建设审核不严", "业务流程风险",
         "低", "审核结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "jinggu_weiyuan_town_list", "https://baike.baidu.hk/item/%E5%A8%81%E9%81%A0%E9%8E%AE",
        "镇人民政府 岗位廉政风险防控一览表, after the source's encyclopaedia page on 威远镇 of 景谷 (the county "
        "seat, 钟山乡 merged into it in 2006, 6 社区 and 22 村): a title, 序号/股室 merged/岗位 and 姓名 "
        "merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def jinggu_mengban_township_list() -> dict:
    unit = f"{PLACE}勐班乡人民政府"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("乡长", "黑齿璟", "leader", "甘蔗产业扶持对象指定", "一级", "扶持对象村级评议并公示。"),
        ("乡长", "黑齿璟", "leader", "乡级工程结算个人说了算", "一级", "结算经审计后党委会研究。"),
        ("副乡长", "斡准珂", "leader", "地质灾害搬迁补助发放不规范", "二级", "补助名单张榜公示。"),
        ("农业农村服务中心工作人员", "黑齿琛", "general", "茶叶良种发放登记不实", "二级", "发放名单公示，签字领取。"),
        ("农业农村服务中心工作人员", "黑齿琛", "general", "接受种植大户宴请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("乡纪委意见：", None, None, "2025年10月", None, None)
    return _layout(
        "jinggu_mengban_township_list", "https://hessslslslsls.azureedge.net/wiki/Mengban_Township",
        "乡人民政府 岗位廉政风险防控清单, after the source's encyclopaedia page on 勐班乡 of 景谷 (eight 村, "
        "the 腊马河 and 磨杆河, its tea, sugarcane and flax): a title, 序号/职务/姓名 on every row/风险点/"
        "风险等级 ``一级/二级/三级``/防控措施; no type column; a 乡纪委意见 line",
        [sh], t,
    )  # fmt: skip


def jinggu_mangmao_village_list() -> dict:
    unit = f"{PLACE}威远镇芒冒村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "黑齿渝", "leader", "村级道路硬化指定施工队", "外部环境", "Ⅰ级",
         "项目村民代表会议决定，结果公示。"),
        ("村党总支书记", "黑齿渝", "leader", "集体林地发包不公开", "制度机制", "Ⅰ级", "发包公开竞价。"),
        ("村委会主任", "斡准瑜", "general", "低保评议优亲厚友", "思想道德", "Ⅱ级", "评议结果张榜公示。"),
        ("村委会主任", "斡准瑜", "general", "杧果种植补贴申报不实", "业务流程", "Ⅱ级", "申报材料逐户核实。"),
        ("报账员", "黑齿琳", "general", "村级报账票据不规范", "岗位职责", "Ⅲ级", "票据经村务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "jinggu_mangmao_village_list", "http://www.myzidian.com/lishi/diming/e5a881e8bf9ce99587",
        "村民委员会 岗位廉政风险防控清单, after the source's dictionary entry on the place name 威远镇 (of 景谷, "
        "the county seat on the 威远江, old 勐卧 'the place of salt wells', its 杧果 and sugar; no page of "
        "the 芒冒村 itself could be found): a title, 序号/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def jinggu_forestry_bureau_screening() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "斡准瑛", "leader", "林木采伐指标分配不公开", "一级风险", "指标分配集体研究并公示。"),
        ("资源管理股", "股长", "黑齿琇", "middle", "林地征占用审核放宽条件", "一级风险", "审核两人以上，现场核实。"),
        ("资源管理股", "股长", "黑齿琇", "middle", "思茅松采脂许可优亲厚友", "二级风险", "许可条件和结果公开。"),
        ("计划财务股", "会计", "斡准玟", "general", "生态护林员补助拨付审核不严", "二级风险", "拨付两级审核。"),
        ("计划财务股", "会计", "斡准玟", "general", "财务资料外泄", "三级风险", "资料查阅登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "jinggu_forestry_bureau_screening", "http://www.baidushanxi.net/minyue6.html",
        "县林业和草原局 廉政风险点排查表, after the source's map page on 民乐镇 of 景谷 (one of the county's "
        "largest forests: 62万亩 of forest land, 82% covered, 596万立方米 of standing timber; no page of "
        "the 林草局 could be found): a title, 序号/股室/岗位/责任人 on EVERY row/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jinggu_culture_tourism_posts() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("文化市场综合执法大队", "执法岗", "general", "网吧检查通风报信", "外部环境风险", "高风险",
         "双随机抽查，检查留痕。"),
        ("文化市场综合执法大队", "执法岗", "general", "行政处罚自由裁量不当", "岗位职责风险", "高风险",
         "按裁量基准处罚，法制审核。"),
        ("旅游发展股", "项目管理岗", "general", "景区提升项目验收走过场", "业务流程风险", "中风险",
         "验收集体进行，留存影像。"),
        ("旅游发展股", "项目管理岗", "general", "接受旅行社宴请", "思想道德风险", "中风险", "签订廉洁承诺书。"),
        ("文物保护股", "文保员", "general", "文物保护经费使用不规范", "制度机制风险", "低风险",
         "经费专款专用，按季公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "jinggu_culture_tourism_posts", "http://www.nanshinet.com/techan/place/126254.html",
        "县文化和旅游局 岗位廉政风险防控清单 对岗不对人, after the source's page on the 佛迹仙踪芒玉峡谷旅游区 "
        "north of 景谷's county seat (丹霞 cliffs, waterfalls, the 茶马古道's old stone bridge; no page of the "
        "局 could be found): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def jinggu_jinggu_township_clinic_group_rows() -> dict:
    unit = f"{PLACE}景谷乡卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "斡准瑄", "leader", [
                ("医疗设备采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("绩效工资分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、护理部", "护理部", [
            ("护士长", "黑齿玥", "middle", [
                ("耗材领用登记不实", "中", "耗材领用双人核对。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "斡准琪", "general", [
                ("医保结算数据不实", "中", "结算数据按月核对。"),
                ("收费票据管理不规范", "低", "票据领用登记。"),
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
    sh.add("填表：", None, "审核：", None, "2025年10月", None)
    return _layout(
        "jinggu_jinggu_township_clinic_group_rows", "http://baike.wangchao.net.cn/detail_1048574.html",
        "乡卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's encyclopaedia entry on 景谷乡 (41 "
        "km north of the county seat, 9 村, its 思茅松 forests; no page of its 卫生院 could be found): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、院领导``, ``二、护理部``, "
        "``三、收费室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jinggu_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("黑齿瑭", "", "校长", "leader", [
            ("食堂大宗物资采购指定供应商", "一级", "物资公开招标，家委会参与验收。", "已落实"),
            ("校舍维修指定施工方", "二级", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("斡准璇", "教务处", "干事", "general", [
            ("教辅资料征订收受回扣", "二级", "征订自愿，书目公开。", "未发现问题"),
            ("考试成绩登记不实", "三级", "成绩两人核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年10月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jinggu_no1_middle_school_selfchecks", "http://cnenc.net/b921239.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "encyclopaedia entry on 景谷 (古称勐卧, 'the place of salt wells', its towns and 乡, its forests and "
        "杧果; no page of a 景谷 school could be found): a title, a label row ``姓　名 | 职　务 | 填表日期`` "
        "over a row of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type "
        "column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jinggu_minle_town_half_named_posts(),
    jinggu_weiyuan_town_list(),
    jinggu_mengban_township_list(),
    jinggu_mangmao_village_list(),
    jinggu_forestry_bureau_screening(),
    jinggu_culture_tourism_posts(),
    jinggu_jinggu_township_clinic_group_rows(),
    jinggu_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1085-inbox"))

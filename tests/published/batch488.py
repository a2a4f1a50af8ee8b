"""The four-hundred-and-eighty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 水务
bodies, 环县 — its 水务局, 水利工作站, 水土保持工作站, the 水务站 of four of its towns (曲子镇, 木钵镇,
洪德镇, 甜水镇) and, in the harder file, its 农村饮水安全管理站 — each handing back the 一览表, 排查表,
防控卡, 自查表 or 清单 its staff typed:

- the 水务局's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 水利工作站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 水土保持工作站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 曲子镇水务站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 木钵镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 洪德镇 one's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 甜水镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``huanxian_rural_water_level_by_post_category``: the 农村饮水安全管理站's 一览表, ``序号 | 股室 |
  岗位类别 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 防控措施``, with NO LEVEL COLUMN: the level of every
  point is given only by the post's CATEGORY, written in a ``岗位类别`` column (``领导岗位`` /
  ``中层岗位`` / ``一般岗位``, merged per person), and a merged ``注：`` line under the table ties the
  categories to levels, category first: ``注：本表风险点等级按岗位类别确定，领导岗位的风险点为一级风险，
  中层岗位的风险点为二级风险，一般岗位的风险点为三级风险。`` Offices that grade 岗位 by 领导班子成员 /
  股室负责人 / 一般工作人员 often grade the points so. The README's 读得懂的表 knows a point's level
  passed from the post's own RISK LEVEL (``岗位风险等级`` in level words, ``LEVEL_BY_POST``), a column
  of few values a note ties to levels written LEVEL FIRST (``一级风险点每月监控一次``), levels given by
  who controls a point (``防控责任主体``), ``岗位类别 | 岗位`` as a post's category, and ``岗位`` merged
  over ``领导岗位 | 中层岗位 | 一般岗位`` sub-headings (the category by column, no level); it does not
  describe a level carried by a 岗位类别 column of category words (no level word in the column) that
  a note maps to levels, category first. ``grep -l '岗位类别确定' tests/published/batch*.py``: none before
  this one.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 水土保持 answer on a 县级水行政主管部门's
监测经费 and work; a piece on 基层水利工作 — 水资源管理, 防洪减灾, 农田灌溉, 人力短缺; a page of 水土保持方案
编制 problems — 水土流失量预测, 主体工程; a 县农村水务服务站's 职能 — 依法管水, 防汛抗旱, 农村饮水安全工程
维护, 管水员 巡查, 管水日志; a 农业农村局's work for 饮用水安全 — 水源保护区, 水质监测, 供水设施改造;
four departments' 农村供水水质提升专项行动 — 水源保护区划定, 净化消毒, 水质巡检; a paper on a
立体 management of 农村安全饮用水 — 县、乡镇、村 three levels, 村水务员; the 农村饮水收费纠纷 —
收费标准, 收费透明度, 工程维护不到位) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 环县 (``unit_words=("环县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch488`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one the ``注：`` line gives its post's ``岗位类别``
  (领导岗位 1, 中层岗位 2, 一般岗位 3); the ``岗位类别`` cells are no points, no posts and no types, and
  they give the tier too (领导岗位 leader, 中层岗位 middle, 一般岗位 general); the post is the ``岗位``
  cell;
- ``局领导``, ``站领导`` (a 股室 cell or the leaders' sheet) are the 科室 of those leaders; a 局's, a
  工作站's and a 管理站's 股 are 科室; a 镇水务站 has no 科室: its group rows ``一、站领导``,
  ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 站's 站长 and 副站长 are leaders; 股长 middle; the
  rest (科员, 技术员, 水政监察员, 管水员, 会计, 水利员, 水质检测员, 收费员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 水土保持工作站's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b488_"
PLACE = "环县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
CATEGORY = {"领导岗位": 1, "中层岗位": 2, "一般岗位": 3}
TIERS = {"领导岗位": "leader", "中层岗位": "middle", "一般岗位": "general"}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


NOTE = (
    "注：本表风险点等级按岗位类别确定，领导岗位的风险点为一级风险，中层岗位的风险点为二级风险，"
    "一般岗位的风险点为三级风险。"
)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位类别, 岗位, 责任人, [(廉政风险点, 风险类型, 防控措施)])
RURAL = [
    ("站领导", "领导岗位", "站长", "晁漭璁", [
        ("饮水工程维修项目指定施工队", "制度机制", "维修项目站务会集体研究，比选确定施工队。"),
        ("接受供水工程承包人宴请", "思想道德", "签订廉洁承诺，拒收登记。"),
    ]),
    ("供水管理股", "中层岗位", "股长", "蔺沭瑱", [
        ("维修养护经费审核把关不严", "岗位职责", "经费凭维修记录和村委会签字审核。"),
    ]),
    ("供水管理股", "一般岗位", "水质检测员", "郗浈琇", [
        ("水质检测数据弄虚作假", "业务流程", "检测原始记录存档，卫健部门抽检比对。"),
    ]),
    ("财务股", "一般岗位", "收费员", "荀泱璘", [
        ("水费收取不开票据", "业务流程", "水费一律开具票据，收费标准张榜公示。"),
        ("水费收入截留坐支", "外部环境", "水费当日存入专户，按月对账。"),
    ]),
]  # fmt: skip


def huanxian_rural_water_level_by_post_category() -> dict:
    unit = f"{PLACE}农村饮水安全管理站"
    sh = _Sheet("一览表", [6, 12, 10, 12, 10, 34, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位类别", "岗位", "责任人", "廉政风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, cat, post, who, points in RURAL:
        for point, typ, measures in points:
            n += 1
            sh.add(n, dept, cat, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, TIERS[cat], point, types_in(typ), CATEGORY[cat])
    _per_person(sh, first, 1, 3, 2, 4)
    _line(sh, NOTE, 8)
    sh.add("编制人：", None, "审核人：", None, None, "2025年6月", None, None)
    return _layout(
        "huanxian_rural_water_level_by_post_category",
        "https://www.wujymm.com/q/nong-cun-yin-shui-shou-fei-jiu-fen-bei-hou-bao-lu-na-xie-min-sheng-nan-ti.html",
        "(harder) 县农村饮水安全管理站 岗位廉政风险防控一览表, after the source's account of 农村饮水收费纠纷 (收费标准不统一, "
        "收费透明度不足, 工程维护不到位): 序号/股室 merged (站领导, 供水管理股, 财务股)/``岗位类别`` (领导岗位/中层岗位/一般岗位) "
        "merged per person/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/防控措施; NO level column: a "
        "merged ``注：`` line gives each 岗位类别's points a level (领导岗位 一级, 中层岗位 二级, 一般岗位 三级); 编制人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huanxian_water_bureau_list() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "笪澧骞", "leader", [
            ("水利项目资金分配个人说了算", "制度机制", "高", "资金分配方案党组会集体研究并公示。"),
            ("插手水利工程招标", "思想道德", "中", "领导干部插手工程建设登记报告。"),
        ]),
        ("水政股", "股长", "殳滢翃", "middle", [
            ("取水许可审查把关不严", "岗位职责", "高", "取水许可两人审核，现场核查留痕。"),
        ]),
        ("规划建设股", "科员", "郄沣琰", "general", [
            ("水土保持监测经费列支不实", "业务流程", "中", "监测经费按合同和成果报告支付。"),
            ("接受施工单位礼金", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "huanxian_water_bureau_list",
        "http://www.swcc.org.cn/pc/index230/index/classid/376/id/67140.html",
        "县水务局 岗位廉政风险防控一览表, after the source's answer on a 县级水行政主管部门's 水土保持监测经费 and work "
        "(监测, 调查, 监督性监测, 信息化): a title, 序号/股室 merged (局领导, 水政股, 规划建设股)/岗位 and 责任人 merged per "
        "person/廉政风险点/风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huanxian_water_station_two_sheets() -> dict:
    unit = f"{PLACE}水利工作站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("逯潆骕", "站长", "主持全面工作", [
            ("农田灌溉工程验收走过场", "一级", "验收邀请受益村代表和监理共同参加。"),
            ("防汛物资采购不比价", "二级", "物资采购询价三家以上，站务公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程股", "股长", "茆淯翚", "middle", "小型水利工程计量签证不实", "一级", "计量签证两人以上现场确认。"),
        ("灌溉股", "技术员", "宓洺璟", "general", "灌溉用水指标分配优亲厚友", "二级", "用水指标分配方案公示。"),
        ("灌溉股", "技术员", "宓洺璟", "general", "渠道维修材料私自处置", "三级", "材料出入库登记，股长签批。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "huanxian_water_station_two_sheets",
        "https://www.ztwlxx.com/t/jie-mi-ji-ceng-shui-li-gong-zuo-tiao-zhan-yu-ji-yu-bing-cun-shou-hu-jia-yuan-de-yin-xing-ying-xiong.html",
        "县水利工作站's file in two sheets, after the source's piece on 基层水利工作 (水资源管理, 防洪减灾, 农田灌溉, "
        "人力资源短缺): ``站领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def huanxian_soil_station_posts() -> dict:
    unit = f"{PLACE}水土保持工作站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    sup, mon = "监督股", "监测股"
    rows = [
        (sup, "股长", "middle", "水土保持方案审查", "降低标准通过关系企业的水土保持方案", "岗位职责风险", "Ⅰ级",
         "方案审查实行专家评审，结果公示。"),
        (sup, "股长", "middle", "补偿费征收", "少征、缓征水土保持补偿费换取好处", "制度机制风险", "Ⅱ级",
         "补偿费按标准核定，两人复核。"),
        (mon, "技术员", "general", "监测数据报送", "篡改水土流失监测数据", "业务流程风险", "Ⅰ级",
         "监测原始数据存档，股长抽查。"),
        (mon, "技术员", "general", "生产建设项目现场检查", "接受建设单位宴请，检查走过场", "外部环境风险", "Ⅲ级",
         "检查两人以上，记录签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "huanxian_soil_station_posts",
        "https://www.baywatch.cn/haowen/8569.html",
        "县水土保持工作站 廉政风险点排查表 对岗不对人, after the source's account of 水土保持方案编制 problems (水土流失量预测, "
        "主体工程介绍, 防治责任范围): a title, 序号/股室 merged (监督股, 监测股)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def huanxian_quzi_station_cards() -> dict:
    unit = f"{PLACE}曲子镇水务站"
    t = _Truth(unit)
    cards = [
        ("站长", "眭涟骅", "leader", [
            ("村级供水管护补助发放不公", "★★★", "补助名单村级公示，镇财政所发放。"),
            ("抗旱水源工程施工方选定随意", "★★", "施工方比选，站务公开。"),
        ]),
        ("管水员", "亢湜玙", "general", [
            ("管水日志补记后补", "★★", "管水日志每日登记，站长每周检查。"),
            ("维修配件以旧充新", "★", "更换配件旧件回收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "huanxian_quzi_station_cards",
        "http://www.handmsg.com/page/2013/0409/20895385.shtml",
        "镇水务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 管水员), after the source's account of a 县农村水务服务站's "
        "职能 (依法管水, 防汛抗旱, 农村饮水安全工程维护, 管水员巡查, 管水日志): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def huanxian_mubo_station_selfchecks() -> dict:
    unit = f"{PLACE}木钵镇水务站"
    t = _Truth(unit)
    people = [
        ("佴沄骢", "副站长", "leader", [
            ("水源保护区巡查不到位", "高风险", "巡查记录每月报县水务局。", "已落实"),
            ("供水设施改造项目签收不实", "中风险", "改造工程村级签收、拍照。", "未发现问题"),
        ]),
        ("綦澈玭", "会计", "general", [
            ("工程维修费白条入账", "中风险", "凭正式票据报账。", "已落实"),
            ("代管村级水费公款私存", "低风险", "水费专户管理。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huanxian_mubo_station_selfchecks",
        "https://www.seridoat.com/article/jie-mi-nong-ye-nong-cun-ju-ru-he-bao-zhang-ni-de-yin-yong-shui-an-quan-yu-chun-jing.html",
        "镇水务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of a "
        "农业农村局's work for 饮用水安全 (水源保护区, 水质监测, 供水设施改造): a title, a label row "
        "``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def huanxian_hongde_station_group_rows() -> dict:
    unit = f"{PLACE}洪德镇水务站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "鄢潺珂", "leader", [
                ("净化消毒设备采购不比价", "一级风险", "设备采购询价比价，结果公示。"),
                ("公车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("水利员", "扈涔璠", "general", [
                ("水质巡检记录造假", "一级风险", "巡检记录拍照上传，站长抽查。"),
                ("村级管水员补贴冒领", "二级风险", "补贴发放到管水员个人账户。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "huanxian_hongde_station_group_rows",
        "https://jkwq.cn/news/show-103537.html",
        "镇水务站 廉政风险防控责任清单, after the source's notice of four departments' 农村供水水质提升专项行动 (水源保护区划定, "
        "净化消毒设施, 水质巡检): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、站领导``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def huanxian_tianshui_station_list() -> dict:
    unit = f"{PLACE}甜水镇水务站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "麹浥瑗", "leader", "村级供水工程管护经费分配不公", "制度机制", "高", "管护经费分配方案公示。"),
        ("站长", "麹浥瑗", "leader", "接受供水设备商宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("水利员", "貊泠琚", "general", "村水务员考核打分不实", "业务流程", "中", "考核结果村级公示，每季抽查。"),
        ("水利员", "貊泠琚", "general", "站内抗旱设备保管不善丢失", "岗位职责", "低", "设备登记造册，每年盘点。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "huanxian_tianshui_station_list",
        "https://www.ppdoc.com/periodical/86d5b8740fd6e56a6cfe5abb298f7653.html",
        "镇水务站 廉政风险防控一览表, after the source's paper on a 立体 management of 农村安全饮用水 (县、乡镇、村 three "
        "levels, 村水务员, 监督网络): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huanxian_rural_water_level_by_post_category(),
    huanxian_water_bureau_list(),
    huanxian_water_station_two_sheets(),
    huanxian_soil_station_posts(),
    huanxian_quzi_station_cards(),
    huanxian_mubo_station_selfchecks(),
    huanxian_hongde_station_group_rows(),
    huanxian_tianshui_station_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch488-inbox"))

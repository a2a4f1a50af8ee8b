"""The one-thousand-and-forty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 学校, 医院, 自然资源, 交通, 市场监管 and 林业
bodies of one county, 桐梓县 (遵义市, 贵州省) — its 娄山关街道办事处, the 九坝镇山堡村, the 第二中学,
the 中医医院, the 自然资源局, the 交通运输局, the 市场监督管理局 and the 林业局 — each handing back
the 一览表, 清单, 排查表 or 防控卡 its staff typed in WPS or Excel:

- the 娄山关街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 山堡村's 小微权力清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 第二中学's 一览表: ``处室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 自然资源局's 清单 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 交通运输局's 防控卡, one sheet a person: ``姓名 | … | 职务 | …`` paired in one row over the
  table, 一级/二级/三级;
- the 市场监督管理局's 清单 under GROUP ROWS ``一、局领导``, ``二、食品生产股``, ``三、城关市场监管所``
  merged across (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 林业局's 排查表: ``股室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column.

One is harder:

- ``tongzi_tcm_hospital_holder_rows_unmerged``: the 中医医院's 一览表 (``序号 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``: no 岗位, no 姓名 column) under GROUP ROWS that each name a post AND its holder
  over that person's points — but each written in the FIRST cell (the ``序号`` column) alone, merged
  across nothing, the rest of its row blank: ``一、院长　莫侯澈（主持全面工作）``,
  ``二、副院长　吐火罗湉（分管医疗质量、药品器械）``, ``三、会计：吐火罗珩``, ``四、出纳　莫侯沅``.
  docs/layouts.md knows such rows merged across the table (``POST_HOLDER_ON_GROUP_ROW``, batch 1037);
  not typed in the 序号 cell alone.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; where no unused page of a risk table was found, a page on the county or the
kind of body is cited and the layout says so. The rows are worded by us, the names invented (the
rare compound surnames 莫侯 and 吐火罗 with rare given names); every unit is a body of 桐梓县.

Run ``python tests/published/score.py --set batch1041`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each group row is a post and its holder: the post is the words before the
  name (``院长``, ``副院长``, ``会计``, ``出纳``), the holder the name, the bracketed duty
  (``主持全面工作``, ``分管医疗质量、药品器械``) neither; no column gives a 科室, so the forms have none;
  ``吐火罗`` is a surname, ``吐火罗湉`` and ``吐火罗珩`` names of four characters;
- ``街道领导``, ``局领导``, ``校领导`` are the 科室 of the leaders; the 村's and the 交通运输局's
  people have no 科室 where no column gives one; 主任 (of a 街道办事处), 村党支部书记, 校长, 院长,
  副院长, 局长, 副局长 are leaders; 股长, 主任 (of a 处室 or 办) middle; the rest
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; the 自然资源局's list names no person: its
  forms are posts;
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

PREFIX = "b1041_"
PLACE = "桐梓县"
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

HEAD = ("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
# (group row as typed in the 序号 cell alone, post, holder, tier,
#  [(廉政风险点, 风险类型, 风险等级, 防控措施)])
HOSPITAL = [
    ("一、院长　莫侯澈（主持全面工作）", "院长", "莫侯澈", "leader", [
        ("医疗设备购置指定品牌和供应商", "制度机制风险", "高", "设备购置院务会集体研究，公开采购。"),
        ("基建维修工程化整为零规避招标", "业务流程风险", "高", "工程项目按规定招标，结果公示。"),
    ]),
    ("二、副院长　吐火罗湉（分管医疗质量、药品器械）", "副院长", "吐火罗湉", "leader", [
        ("中药饮片遴选收受供应商回扣", "思想道德风险", "高", "药事委员会集体遴选，签订廉洁购销合同。"),
        ("医疗纠纷处理偏袒一方", "岗位职责风险", "中", "纠纷处理集体研究，资料存档。"),
    ]),
    ("三、会计：吐火罗珩", "会计", "吐火罗珩", "general", [
        ("医保基金结算数据不实", "业务流程风险", "中", "结算数据双人核对，月末对账。"),
        ("报销凭证审核把关不严", "岗位职责风险", "低", "凭证审核实行会计、院长两级签字。"),
    ]),
    ("四、出纳　莫侯沅", "出纳", "莫侯沅", "general", [
        ("现金收入不及时存入银行", "制度机制风险", "中", "现金日清日结，超限额当日送存。"),
        ("挂号收费票据管理不规范", "外部环境风险", "低", "票据领用核销登记，定期盘点。"),
    ]),
]  # fmt: skip


def tongzi_tcm_hospital_holder_rows_unmerged() -> dict:
    unit = f"{PLACE}中医医院"
    t = _Truth(unit)
    sh = _Sheet("一览表", [8, 38, 14, 10, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 5)
    sh.add(*HEAD)
    for shown, post, who, tier, points in HOSPITAL:
        sh.add(
            shown, None, None, None, None
        )  # (typed in the 序号 cell alone, merged across nothing)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", "2025年9月", None)
    return _layout(
        "tongzi_tcm_hospital_holder_rows_unmerged", "https://baike100.cn/tese/chengshi/2021/04/15/archives/11344",
        "(harder) 县中医医院 岗位廉政风险防控一览表 with NO 岗位 or 姓名 column, each person's points under a GROUP "
        "ROW naming the post AND its holder, typed in the 序号 cell ALONE (merged across nothing, the rest of the "
        "row blank): ``一、院长　莫侯澈（主持全面工作）``, ``二、副院长　吐火罗湉（分管医疗质量、药品器械）``, "
        "``三、会计：吐火罗珩``, ``四、出纳　莫侯沅``, each group's points numbered from 1; no unused page of a "
        "hospital's table was found, so the source is a page on the county (its 区划代码, 人口, 地形地貌 and "
        "history in a ``地名 | 隶属`` box and sections): a title, 序号/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tongzi_loushanguan_street_list() -> dict:
    unit = f"{PLACE}娄山关街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "莫侯翊", "leader", "老旧小区改造项目干预施工方选定", "思想道德风险", "高",
         "项目公开比选，党工委会集体研究。"),
        ("街道领导", "主任", "莫侯翊", "leader", "征收补偿资金拨付不按程序", "制度机制风险", "高",
         "补偿资金按协议拨付，张榜公示。"),
        ("党政办", "主任", "吐火罗霁", "middle", "公务接待超标准列支", "岗位职责风险", "中",
         "接待凭公函和清单，每季公示。"),
        ("社会事务办", "民政专干", "莫侯岚", "general", "临时救助对象审核把关不严", "业务流程风险", "中",
         "救助对象入户核实并公示。"),
        ("社会事务办", "民政专干", "莫侯岚", "general", "接受救助申请人宴请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "tongzi_loushanguan_street_list", "http://wiki.wosku.com/html/2a654c24c3105e24a1710e141a2e533c.html",
        "街道办事处 岗位廉政风险防控清单; no unused page of a 街道's table was found, so the source is a short "
        "wiki page on the county (its place, area, 黔北门户, and the 街道, 镇 and 乡 it governs): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def tongzi_shanbao_village_list() -> dict:
    unit = f"{PLACE}九坝镇山堡村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "吐火罗澍", "leader", "避暑民宿集体收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "吐火罗澍", "leader", "通组路硬化项目指定施工队", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "莫侯琰", "general", "方竹笋产业补助名单优亲厚友", "二级", "补助名单入户核实，张榜公示。"),
        ("村文书", "吐火罗瑄", "general", "村集体资金报账凭证不全", "二级", "报账经村务监督委员会审核。"),
        ("村文书", "吐火罗瑄", "general", "集体山林承包不签合同", "三级", "承包公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "tongzi_shanbao_village_list", "http://kuche360.com/yannanlj/vip_doc/17609771.html",
        "村 小微权力廉政风险防控清单; no unused page of a 村's table was found, so the source is a page on the "
        "county's summer tourism (古镇, 避暑村 such as 九坝镇山堡村, 民宿, food and sights in short paragraphs): "
        "a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def tongzi_no2_school_list() -> dict:
    unit = f"{PLACE}第二中学"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "莫侯璟", "leader", "学生营养餐食材采购指定供应商", "外部环境", "高风险",
         "食材公开招标，校务会集体研究。"),
        ("校领导", "校长", "莫侯璟", "leader", "评优评先名额分配个人说了算", "制度机制", "高风险",
         "评优方案教代会通过，结果公示。"),
        ("政教处", "主任", "吐火罗珝", "middle", "学生资助对象认定把关不严", "岗位职责", "中风险",
         "资助名单班级、学校两级公示。"),
        ("政教处", "主任", "吐火罗珝", "middle", "校服征订收取厂家好处", "业务流程", "中风险",
         "校服征订家长委员会参与。"),
        ("总务处", "出纳", "莫侯霖", "general", "接受供应商礼品礼金", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "tongzi_no2_school_list", "http://upupart.net/map/3422.html",
        "县中学 岗位廉政风险防控一览表; no unused page of a school's table was found, so the source is a map page "
        "on the county (one paragraph: its place, railways and roads, history since 建县, resources and sights): "
        "a title, 序号/处室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def tongzi_natural_resources_posts() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("清单", [6, 16, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("国土空间规划股", "规划审查岗", "general", "规划条件变更审查放宽", "岗位职责风险", "Ⅰ级", "规划变更集体审议并公示。"),
        ("国土空间规划股", "规划审查岗", "general", "规划许可办理吃拿卡要", "思想道德风险", "Ⅰ级", "许可事项网上办理，限时办结。"),
        ("耕地保护股", "占补平衡岗", "general", "补充耕地验收走过场", "业务流程风险", "Ⅱ级", "验收两人以上现场核验。"),
        ("耕地保护股", "占补平衡岗", "general", "接受项目业主宴请", "外部环境风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "办公用品采购不比价", "制度机制风险", "Ⅲ级", "采购三家比价，验收两人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "tongzi_natural_resources_posts", "https://pttnews.cc/0c441ba77b",
        "县自然资源局 岗位廉政风险防控清单 对岗不对人; no unused page of such a table was found, so the source is a "
        "travel piece on the county town (夜景, 娄山关, 柏芷山, 花海, 夜郎水寨 in short sections with pictures): a "
        "title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def tongzi_transport_cards() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    people = [
        ("吐火罗琤", "副局长", "leader", [
            ("农村公路养护资金分配打招呼", "一级", "资金分配方案局党组会研究。"),
            ("道路运输许可审批降低条件", "二级", "许可事项网上办理，结果公示。"),
        ]),
        ("莫侯珂", "路政员", "general", [
            ("超限车辆处罚随意减免", "二级", "按裁量基准处罚，案件集体审理。"),
            ("路政巡查里程虚报", "三级", "巡查轨迹与台账核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.add("序号", "廉政风险点", "风险等级", None, "防控措施")
        sh.merge(len(sh.rows) - 1, 2, len(sh.rows) - 1, 3)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, lv, None, measures)
            sh.merge(r, 2, r, 3)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("持卡人签字：", None, "监督人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "tongzi_transport_cards", "https://heshangshu.com/index/lvyou/lvyoulist/id/24013.html",
        "县交通运输局 岗位廉政风险防控卡, one sheet a person (tabs named by the person); no unused page of a 防控卡 "
        "was found, so the source is a travel log through the county (a day's drive to 娄山关, times and road "
        "notes day by day): a title, a label row ``姓名 | … | 职务 | …`` paired in one row, then 序号/"
        "廉政风险点/风险等级 (merged over two columns) ``一级/二级/三级``/防控措施; no type column; a "
        "持卡人/监督人 line",
        sheets, t,
    )  # fmt: skip


def tongzi_market_regulation_group_rows() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "莫侯瀚", "leader", [
                ("食品安全抽检任务指定检测机构", "一级风险", "检测机构公开遴选，局务会研究。"),
                ("行政处罚案件说情干预", "一级风险", "重大案件集体审理，说情登记。"),
            ]),
        ]),
        ("二、食品生产股", "食品生产股", [
            ("股长", "吐火罗琪", "middle", [
                ("食品生产许可现场核查放宽", "二级风险", "核查两人以上，结果集体审定。"),
            ]),
        ]),
        ("三、城关市场监管所", "城关市场监管所", [
            ("执法员", "莫侯湛", "general", [
                ("农贸市场检查收受商户好处", "二级风险", "检查全程记录，签订廉洁承诺书。"),
                ("投诉举报处理拖延不办", "三级风险", "投诉件限时办结，定期回访。"),
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
        "tongzi_market_regulation_group_rows", "http://bbs.qianlei1618.com/showtopic-17595.aspx",
        "县市场监督管理局 岗位廉政风险防控清单 under GROUP ROWS; no unused page of a 市场监管局 table was found, so "
        "the source is a forum post on the county (its 娄山关, 大娄山, roads and history in long paragraphs): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、局领导``, ``二、食品生产股``, ``三、城关市场监管所`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def tongzi_forestry_screening() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "吐火罗璠", "leader", "项目安排", "方竹产业扶持项目安排优亲厚友", "高",
         "项目安排局党组会研究，结果公示。"),
        ("资源管理股", "股长", "莫侯泓", "middle", "采伐审批", "林木采伐许可超限额审批", "高", "采伐许可两人现场核验。"),
        ("资源管理股", "股长", "莫侯泓", "middle", "林地征占", "使用林地审核降低标准", "中", "审核意见集体研究。"),
        ("营林股", "技术员", "吐火罗涟", "general", "造林验收", "造林验收面积核定不实", "中", "验收实地测量，结果公示。"),
        ("营林股", "技术员", "吐火罗涟", "general", "苗木采购", "接受苗木供应商宴请", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "tongzi_forestry_screening", "https://bianminxia.com/jingdian/detail/6076.html",
        "县林业局 廉政风险点排查表; no unused page of a 林业局 table was found, so the source is a sight page on "
        "娄山关 at the county's edge (导游, 看点, 介绍, 交通 boxes and a list of the city's sights): a title, "
        "序号/股室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; no "
        "type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tongzi_tcm_hospital_holder_rows_unmerged(),
    tongzi_loushanguan_street_list(),
    tongzi_shanbao_village_list(),
    tongzi_no2_school_list(),
    tongzi_natural_resources_posts(),
    tongzi_transport_cards(),
    tongzi_market_regulation_group_rows(),
    tongzi_forestry_screening(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1041-inbox"))

"""The five-hundred-and-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 应急管理 and
消防 bodies, 天祝县 (天祝藏族自治县, 武威, 甘肃) — its 应急管理局, 森林消防大队, 安全生产执法大队, 地震局
and four 镇应急管理站 (华藏寺镇, 打柴沟镇, 安远镇, 哈溪镇 — towns of the county) — each handing back
the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 森林消防大队's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 安全生产执法大队's file in two sheets ``大队领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``中队`` (``中队 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 地震局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 华藏寺镇应急管理站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、安全监管组`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 打柴沟镇应急管理站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 安远镇应急管理站's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低;
- the 哈溪镇应急管理站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``tianzhu_emergency_swapped_heads``: the 应急管理局's 岗位廉政风险防控一览表 whose TYPE AND LEVEL
  HEADINGS STAND OVER EACH OTHER'S VALUES: the heading reads ``序号 | 股室 | 岗位 | 责任人 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施`` (the template's order), but the staff typed the level
  first and the type second, so every cell under ``风险类型`` is a level (``一级``, ``二级``,
  ``三级``) and every cell under ``风险等级`` a type (``制度机制风险``, ``岗位职责风险`` …). Nothing
  else is odd: a title, ``股室`` merged over its rows, ``岗位`` and ``责任人`` over the person's, a
  填表人/审核人/date line. The shape is about WHERE THE LEVEL AND THE TYPE ARE GIVEN: in each
  other's columns. The README's 读得懂的表 and the earlier batches know a level written in the type's
  column of ticked type sub-columns, a type and a level in one cell (``岗位职责/中``), levels read by
  their words under a heading the reader does not know (``危害程度``), level and type codes a note or
  another sheet explains, and headings swapped for the HOLDER (``姓名 | 岗位`` over post and name,
  batch 213); none describes the two known headings ``风险类型 | 风险等级`` each standing over the
  other's words, the values plain and unmistakable (level words under the type heading, type names
  under the level heading). Read by the headings, every point's type is a level word (no type) and
  its level a type name (no level).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or lists (a 县应急管理局's 行政处罚
事项清单 of 安全生产 violations; 森林消防 — 巡逻, 排查火灾隐患, 扑火装备; a 区应急管理局's 行政执法事项
清单 — 行政处罚, 行政检查, 行政强制; a 地震局's 防震减灾 纲要 — 地震监测, 震灾预防, 应急救援; a 涉企
行政执法检查事项清单; a 权责事项 list of 应急管理 penalties; a 春季森林防火 物资保障 — 储备, 采购, 调配;
a 中央应急抢险救灾物资储备管理办法 — 收储, 轮换, 调出) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 天祝县 (``unit_words=("天祝县",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch504`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the VALUES decide: the words under ``风险类型`` (``一级/二级/三级``) are the
  levels 1/2/3, the names under ``风险等级`` (``…风险``) the types; each point has one type and one
  level, as in any 一览表 with both columns;
- ``局领导`` (the 应急管理局's leaders' 股室 cell) and ``大队领导`` (the 执法大队's leaders' sheet) are
  the 科室 of those leaders; a 局's 股, a 大队's 中队 are 科室; a group row ``一、站领导`` gives the
  科室 ``站领导``, ``二、安全监管组`` the 科室 ``安全监管组`` (its number left off), as batch 280 did; the
  森林消防大队's cards, the 镇应急管理站's 自查表 and lists name no 科室 (the 站 is the unit);
- every body is a unit of its own: 局长, 副局长, 大队长, 副大队长, a 站's 站长 and 副站长 are leaders;
  股长 and 中队长 middle; the rest (科员, 执法队员, 监测员, 安全员, 队员, 干事, 工作人员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 地震局's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b504_"
PLACE = "天祝县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(廉政风险点, 等级 (typed under 风险类型), 类型 (typed under 风险等级), 防控措施)])
EMERGENCY = [
    ("局领导", "局长", "逄霂珩", "leader", [
        ("安全生产行政处罚案件干预说情", "一级", "制度机制风险", "处罚案件集体审议，插手干预登记报告。"),
        ("救灾资金分配个人说了算", "二级", "思想道德风险", "救灾资金分配党组会研究，结果公示。"),
    ]),
    ("危化品和非煤矿山安全监管股", "股长", "郗湜琰", "middle", [
        ("危险化学品经营许可审查放宽条件", "一级", "岗位职责风险", "许可材料两人审查，现场核查留痕。"),
        ("非煤矿山隐患排查走过场", "二级", "业务流程风险", "排查清单逐项签字，抽查复核。"),
    ]),
    ("综合减灾股", "科员", "殳漪玳", "general", [
        ("灾情统计虚报瞒报", "二级", "岗位职责风险", "灾情数据乡镇、部门两级核对。"),
        ("救灾物资登记发放不实", "三级", "外部环境风险", "物资发放签字领取，张榜公示。"),
    ]),
]  # fmt: skip


def tianzhu_emergency_swapped_heads() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("一览表", [6, 16, 8, 10, 36, 10, 14, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in EMERGENCY:
        for point, lv, typ, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "tianzhu_emergency_swapped_heads",
        "https://www.weichang.gov.cn/art/2025/1/13/art_10289_1040051.html",
        "(harder) 县应急管理局 岗位廉政风险防控一览表, after the source's 县应急管理领域行政处罚事项清单 (安全生产 "
        "violations of 生产经营单位): a title, 序号/股室 merged (局领导, 危化品和非煤矿山安全监管股, 综合减灾股)/岗位 and "
        "责任人 merged per person/廉政风险点/then the headings ``风险类型 | 风险等级`` over EACH OTHER'S VALUES: "
        "level words ``一级/二级/三级`` under 风险类型, type names ``…风险`` under 风险等级/防控措施; a 填表人/审核人/"
        "date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tianzhu_forest_fire_cards() -> dict:
    unit = f"{PLACE}森林消防大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "蒯泓瑨", "leader", [
            ("扑火装备采购指定供应商", "★★★", "装备采购进入交易平台，验收三方签字。"),
            ("队员考核评优凭印象", "★★", "考核细则公开，结果公示。"),
        ]),
        ("队员", "庾沣瑭", "general", [
            ("巡山记录弄虚作假", "★★", "巡护定位留痕，每周抽查。"),
            ("扑火物资私领私用", "★", "物资领用登记，按月盘点。"),
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
        sh.add("持卡人（签字）：", None, "大队长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "tianzhu_forest_fire_cards",
        "https://m.sboyo.com/1/1427085.html",
        "县森林消防大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 队员), after the source's account of "
        "森林消防 (巡逻, 排查火灾隐患, 风力灭火机 and other 装备): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 大队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def tianzhu_enforcement_two_sheets() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 10, 10, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隗瀛琤", "大队长", "主持全面工作", [
            ("执法计划随意调整，选择性检查", "一级", "年度执法计划集体研究，按计划实施。"),
            ("干预案件处罚额度", "二级", "自由裁量基准公开，案件集体审议。"),
        ]),
        ("綦濂琇", "副大队长", "分管危化品执法中队", [
            ("对违法企业应罚不罚", "一级", "执法全过程记录，案卷评查。"),
            ("接受企业宴请", "三级", "执法人员廉洁承诺，节前提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "大队领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("中队", [6, 14, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}中队岗位廉政风险防控表", 7)
    dept.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("危化品执法中队", "中队长", "闾渼珺", "middle", "检查中泄露检查信息", "一级", "“四不两直”检查，行程保密。"),
        ("工贸执法中队", "执法队员", "邴澂玠", "general", "现场检查笔录不实", "二级", "两人以上执法，笔录当场签认。"),
        ("工贸执法中队", "执法队员", "邴澂玠", "general", "整改复查走过场", "三级", "复查拍照存档，中队长抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "tianzhu_enforcement_two_sheets",
        "http://www.lst.gov.cn/lstajj/0300/202504/134135c16f8e4de8bc98997b2ddf08a1.shtml",
        "县安全生产执法大队's file in two sheets, after the source's 区应急管理行政执法事项清单 (行政处罚, 行政检查, "
        "行政强制): ``大队领导`` with 姓名/职务/分管工作 merged per person; ``中队`` with 中队/岗位/姓名 merged; "
        "levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tianzhu_earthquake_posts() -> dict:
    unit = f"{PLACE}地震局"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    watch, guard = "监测预报股", "震害防御股"
    rows = [
        (watch, "股长", "middle", "监测台站维护经费", "维护项目虚列，费用报销不实", "岗位职责风险", "Ⅰ级",
         "维护前后拍照，费用两级审核。"),
        (watch, "监测员", "general", "监测设备采购", "采购不比价，指定品牌", "制度机制风险", "Ⅱ级",
         "三家比价，验收双人签字。"),
        (guard, "股长", "middle", "抗震设防要求审核", "对建设工程抗震设防把关不严", "业务流程风险", "Ⅱ级",
         "审核意见集体研究，结果公开。"),
        (guard, "股长", "middle", "防震减灾科普经费", "科普活动虚报场次", "思想道德风险", "Ⅲ级",
         "活动影像留存，年底审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "tianzhu_earthquake_posts",
        "http://hubdzj.gov.cn/info/1123/19357.htm",
        "县地震局 廉政风险点排查表 对岗不对人, after the source's 防震减灾 纲要 (地震监测, 震灾预防, 紧急救援): a "
        "title, 序号/股室 merged (监测预报股, 震害防御股)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def tianzhu_huazangsi_group_rows() -> dict:
    unit = f"{PLACE}华藏寺镇应急管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "昝湉珮", "leader", [
                ("企业安全检查打招呼放水", "一级风险", "检查名单随机抽取，结果公示。"),
                ("应急演练经费虚报", "二级风险", "演练影像存档，经费镇财政所审核。"),
            ]),
        ]),
        ("二、安全监管组", "安全监管组", [
            ("安全员", "鞠瀣玹", "general", [
                ("隐患台账销号不实", "一级风险", "隐患整改复查拍照，站长签字销号。"),
                ("收受企业礼品", "三级风险", "签订廉洁承诺书。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "tianzhu_huazangsi_group_rows",
        "http://www.mgt.gov.cn/mgtx/c125513/202511/d8788581b66146d6ac91b1ff5a0c8e86.shtml",
        "镇应急管理站 廉政风险防控责任清单, after the source's 涉企行政执法检查事项清单 (生产经营单位 检查): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、安全监管组`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def tianzhu_dachaigou_selfchecks() -> dict:
    unit = f"{PLACE}打柴沟镇应急管理站"
    t = _Truth(unit)
    people = [
        ("豆濛珣", "副站长", "leader", [
            ("防汛物资采购不比价", "高风险", "采购三家比价，镇纪委监督。"),
            ("地质灾害隐患点巡查漏报", "中风险", "巡查定位打卡，按周汇总。"),
        ]),
        ("訾潾瑀", "干事", "general", [
            ("应急值守记录补记", "中风险", "值班记录当班填写，站长抽查。"),
            ("培训签到代签", "低风险", "签到拍照留存。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇党委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tianzhu_dachaigou_selfchecks",
        "http://credit.qswyx.com/zgfzzt/sajj/zwgk/gsgg/202503/t20250310_4986562.htm",
        "镇应急管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's list of "
        "应急管理 权责事项 (行政处罚 of 生产经营单位): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 镇党委意见：``",
        sheets, t,
    )  # fmt: skip


def tianzhu_anyuan_list() -> dict:
    unit = f"{PLACE}安远镇应急管理站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "仝濯琬", "leader", "森林防火物资储备账实不符", "岗位职责", "高", "物资入库出库登记，每季盘点。"),
        ("站长", "仝濯琬", "leader", "接受供货商宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("工作人员", "牟瀞瑄", "general", "防火物资调配优亲厚友", "业务流程", "中", "调配方案镇里审定，村组签收。"),
        ("工作人员", "牟瀞瑄", "general", "灭火机具维修费用虚报", "制度机制", "低", "维修清单两人核对。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "tianzhu_anyuan_list",
        "https://www.renrendoc.com/paper/514934436.html",
        "镇应急管理站 廉政风险防控一览表, after the source's 春季森林防火物资保障 (储备, 采购, 调配): a title, "
        "序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/"
        "站长（签字） line",
        [sh], t,
    )  # fmt: skip


def tianzhu_haxi_duty_list() -> dict:
    unit = f"{PLACE}哈溪镇应急管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "冼澴璠", "leader", "救灾物资收储", "物资入库数量虚报", "一级", "入库三方验收，签字留存。"),
        ("站长", "冼澴璠", "leader", "救灾物资轮换", "轮换物资低价处置", "二级", "轮换处置镇班子研究。"),
        ("安全员", "宓渟瑗", "general", "受灾群众物资发放", "发放对象把关不严", "二级", "发放名单村组公示。"),
        ("安全员", "宓渟瑗", "general", "灾情信息报送", "灾情信息迟报漏报", "三级", "灾情日报，站长审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "tianzhu_haxi_duty_list",
        "https://www.360docs.net/doc/0410437580.html",
        "镇应急管理站 廉政风险防控责任清单, after the source's 应急抢险救灾物资储备管理办法 (收储, 轮换, 调出): a "
        "title, 序号/岗位 and 姓名 merged per person/``职责事项`` before the 廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tianzhu_emergency_swapped_heads(),
    tianzhu_forest_fire_cards(),
    tianzhu_enforcement_two_sheets(),
    tianzhu_earthquake_posts(),
    tianzhu_huazangsi_group_rows(),
    tianzhu_dachaigou_selfchecks(),
    tianzhu_anyuan_list(),
    tianzhu_haxi_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch504-inbox"))

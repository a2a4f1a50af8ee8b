"""The five-hundred-and-twenty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 民政 and
残联 bodies, 红古区 (a district of 兰州市, 甘肃) — the 民政局, the 残疾人联合会 and its
残疾人综合服务中心, the 社会福利中心, the 救助管理站 and the 社会事务办 of three 街道 (窑街街道,
矿区街道, 华龙街道) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 残疾人联合会's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 社会福利中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 救助管理站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 窑街街道社会事务办's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 矿区街道社会事务办's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 华龙街道社会事务办's 责任清单 under GROUP ROWS ``一、办领导`` / ``二、社会救助组`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 残疾人综合服务中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``honggu_civil_affairs_point_with_examples``: the 民政局's 一览表 writes each point in ONE column
  headed only ``廉政风险点``, each cell the point followed by A BRACKET OF EXAMPLES OF HOW IT SHOWS
  OPENED BY ``如：``: ``低保审核把关不严（如：降低标准纳入、对申请人家庭财产不核查）``. The heading is
  ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` (股室 merged, 岗位 and
  责任人 merged per person, short types, 高/中/低); no note says what the bracket holds: ``如：``
  (“for example”) says it. The shape is about HOW THE POINT AND ITS DESCRIPTION ARE WRITTEN (joined
  in one cell). The README's 读得懂的表 and the earlier batches know a closing bracket after the
  point that the HEADING names (``廉政风险点（括号内注明主要表现）``), one with a LABEL of the legal
  basis, how it was found or its source (``（依据：…）``, ``（查找方式：…）``, ``（风险来源：…）``, kept
  as a description), one of MEASURES (``（防控措施：…）``, ``（对应措施2、3）``), the point itself in a
  bracket closing how it shows, a level or a step of level; and a point running on into how it
  shows after ``，主要表现为`` and the like. None is a bracket of examples opened by ``如：`` under a
  heading that names no description; the README keeps a bracket of no known label as part of the
  point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's answer on 困难群众基本生活
保障 — 区民政部门 认定, 街镇 审核, 经济状况核对; a page on which body a city's 残联 belongs to; a
page on 残疾证 grades; an essay on 老年人社会福利 — 社会化养老, 服务体系; a city's scheme for
流浪乞讨人员 救助 — 公安, 卫生, 财政 and the 救助管理机构; 兰州市's reply on redrawing 红古区's
街道 (窑街街道, 矿区街道); a gazetteer page on 红古区矿区街道 — 低保, 信访, 沉陷区搬迁; a city's
殡葬管理办法 — 乡镇 殡葬管理, 丧葬费) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 红古区 (``unit_words=("红古区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch529`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text BEFORE the closing ``（如：…）`` bracket; the bracket lists
  examples of how the point shows, no part of the point (as a ``风险点 | 风险表现`` table's short
  name is the point and a labelled ``（依据：…）`` bracket is cut off);
- ``中心领导`` (the 社会福利中心's leaders' sheet) is the 科室 of those leaders; a 局's 股 or 办, a
  中心's 科 or 部, a 站's 科, a 社会事务办's 组 are 科室; a group row ``一、办领导`` gives the 科室
  ``办领导``, ``二、社会救助组`` the 科室 ``社会救助组`` (its number left off), as batch 280, 507,
  517, 521 and 525 did; the 窑街街道's cards and the 综合服务中心's list name a 科室 only where a
  cell does (they name none); the 矿区街道 主任's sheet writes ``社会事务办`` in ``所在科室`` and that is
  his 科室;
- every body is a unit of its own: a 局's 局长 and 副局长, a 残联's 理事长 and 副理事长, a 中心's
  主任 and 副主任, a 站's 站长 and 副站长, a 社会事务办's 主任 and 副主任 are leaders; 股长, 科长,
  组长 and an office's 主任 (written ``主任`` under its 科室 ``办公室``) are middle; ``局领导`` and ``办领导``
  are the 科室 of the leaders; the rest (科员, 专干, 护理员, 出纳, 救助员, 康复师 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 救助管理站's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b529_"
PLACE = "红古区"
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

# (股室, 岗位, 责任人, tier, [(风险点, 如：…, 风险类型, 风险等级, 防控措施)])
EXAMPLES = [
    ("局领导", "副局长", "鄢翮珺", "leader", [
        ("低保审核把关不严", "降低标准纳入、对申请人家庭财产不核查", "岗位职责", "高",
         "低保对象街道审核、民政局审批两级公示，按比例抽查入户。"),
        ("养老机构补助资金分配不公", "为关系机构多报床位、虚增入住人数", "制度机制", "中",
         "补助按核定床位测算，局党组会议研究。"),
    ]),
    ("社会救助股", "股长", "眭瑷旻", "middle", [
        ("临时救助审批随意", "超标准救助、为亲友重复申报", "业务流程", "高",
         "救助金打卡发放，审批结果按月公示。"),
        ("特困人员认定不实", "有赡养人的老人认定为特困、死亡后不及时停发", "外部环境", "低",
         "与公安、殡葬信息按月比对。"),
    ]),
    ("社会救助股", "科员", "蒯璟翀", "general", [
        ("经济状况核对走过场", "收受申请人礼品、核对报告不如实出具", "思想道德", "中",
         "核对结果系统留痕，股长复核。"),
    ]),
]  # fmt: skip


def honggu_civil_affairs_point_with_examples() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 52, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in EXAMPLES:
        for point, shows, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, f"{point}（如：{shows}）", typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年8月", None)
    return _layout(
        "honggu_civil_affairs_point_with_examples",
        "https://iqb.jimei.gov.cn/ztfw/shjzhfl/cjwt/202309/t20230914_928002.htm",
        "(harder) 区民政局 岗位廉政风险防控一览表, after the source's answer on 困难群众基本生活保障 (区民政部门 认定, "
        "街镇 审核, 经济状况核对): 序号/股室 merged/岗位 and 责任人 merged per person/``廉政风险点`` whose cells are the "
        "point and A BRACKET OF EXAMPLES OPENED BY ``如：`` ``低保审核把关不严（如：降低标准纳入、…）``/short types/"
        "高/中/低/防控措施; no note; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def honggu_disabled_federation_list() -> dict:
    unit = f"{PLACE}残疾人联合会"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "琴昶骁", "middle", "公务接待超标准", "制度机制风险", "中",
         "接待凭公函和清单，按季公开。"),
        ("办公室", "主任", "琴昶骁", "middle", "办公用品采购虚开票据", "岗位职责风险", "低",
         "采购验收两人签字，台账登记。"),
        ("康复部", "科员", "苍翊璠", "general", "辅助器具发放优亲厚友", "思想道德风险", "高",
         "发放名单公示，领取签字。"),
        ("教育就业部", "科员", "戈珩彧", "general", "按比例就业审核接受企业请托", "外部环境风险", "中",
         "审核两人以上，结果网上公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "理事长（签字）：", None, None)
    return _layout(
        "honggu_disabled_federation_list",
        "https://www.zhetiaohe.com/ss/f0c8a9cee6713fab1f9482a1132ea9d79a4a4512f388ad5a257c61aee967f8ee.html",
        "区残疾人联合会 廉政风险防控一览表, after the source's page on which body a 残联 belongs to: 序号/科室 merged/"
        "岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; 填表人/审核人/理事长 line",
        [sh], t,
    )  # fmt: skip


def honggu_welfare_center_two_sheets() -> dict:
    unit = f"{PLACE}社会福利中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("奚煦琮", "主任", "主持全面工作", [
            ("社会化养老服务项目定向委托", "一级", "服务项目公开比选，中心会议研究。"),
            ("中心经费支出一支笔审批", "二级", "大额支出集体研究，民政局审核。"),
        ]),
        ("巴洇翎", "副主任", "分管入住和后勤", [
            ("入住床位优先安排关系人员", "一级", "床位按轮候顺序安排，名单公示。"),
            ("伙食物资采购虚报数量", "三级", "采购验收两人签字，每月盘点。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("护理部", "护理员", "滑璩澍", "general", "收受入住老人家属财物", "二级", "签订廉洁承诺，家属回访。"),
        ("护理部", "护理员", "滑璩澍", "general", "老人个人财物保管不当", "三级", "财物登记造册，双人保管。"),
        ("财务科", "出纳", "楚瑊翃", "general", "入住费用收取不入账", "一级", "票据连号使用，主任不定期盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "honggu_welfare_center_two_sheets",
        "https://www.dxf5.com/huodongzongjie/434239.html",
        "区社会福利中心's file in two sheets, after the source's essay on 老年人社会福利 (社会化养老, 服务体系): "
        "``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def honggu_relief_station_posts() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "救助科", "综合科"
    rows = [
        (a, "救助员", "general", "受助人员登记", "不如实登记受助人员随身财物", "岗位职责", "Ⅱ级",
         "财物登记双人签字，离站时当面清点。"),
        (a, "救助员", "general", "返乡车票发放", "虚报返乡车票，套取救助资金", "业务流程", "Ⅰ级",
         "车票凭受助人签字领取，按月核对。"),
        (b, "科长", "middle", "救助物资采购", "指定供应商，抬高采购价格", "制度机制", "Ⅰ级",
         "物资采购三家比价，站务会研究。"),
        (b, "科员", "general", "医疗救治费用结算", "接受定点医院宴请，多结费用", "外部环境", "Ⅲ级",
         "费用清单逐项审核，站长审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "honggu_relief_station_posts",
        "http://www.fsou.net.cn/html/text/lar/170721/17072176_1.html",
        "区救助管理站 廉政风险点排查表 对岗不对人, after the source's scheme for 流浪乞讨人员 救助 (公安, 卫生, 财政, "
        "救助管理机构): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def honggu_yaojie_street_cards() -> dict:
    unit = f"{PLACE}窑街街道社会事务办"
    t = _Truth(unit)
    cards = [
        ("主任", "濮骞琰", "leader", [
            ("公益性岗位人员安排照顾亲友", "★★★", "岗位人选集体研究，公示。"),
            ("救灾物资分配不公", "★★", "分配方案公示，台账存档。"),
        ]),
        ("专干", "汲翾玥", "general", [
            ("高龄津贴申报材料审核不严", "★★", "申报材料两人复核，主任审签。"),
            ("困难群众信息随意外传", "★", "信息系统分级授权，定期检查。"),
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
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "honggu_yaojie_street_cards",
        "http://xzqh.info/lt/read.php?page=1&tid=164420",
        "街道社会事务办 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 专干), after the source's reply on redrawing "
        "红古区's 街道: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` line; "
        "持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def honggu_kuangqu_street_selfchecks() -> dict:
    unit = f"{PLACE}矿区街道社会事务办"
    t = _Truth(unit)
    people = [
        ("殳玚珣", "主任", "leader", "社会事务办", [
            ("沉陷区搬迁安置对象认定不公", "高风险", "认定结果社区评议、街道公示。"),
            ("信访救助资金使用不规范", "中风险", "资金专账管理，按季公开。"),
        ]),
        ("卞翀琇", "专干", "general", "社会救助组", [
            ("低保入户调查走过场", "中风险", "入户调查两人以上，调查表双签。"),
            ("救助物资发放不登记", "低风险", "物资发放签字领取，台账公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "街道意见：", None, None)
        sheets.append(sh)
    return _layout(
        "honggu_kuangqu_street_selfchecks",
        "https://zhdiming.com/lanzhou/hongguqu_kuangqujiedao",
        "街道社会事务办 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's gazetteer page on "
        "红古区矿区街道 (低保, 信访, 沉陷区搬迁): a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 街道意见：``",
        sheets, t,
    )  # fmt: skip


def honggu_hualong_street_group_rows() -> dict:
    unit = f"{PLACE}华龙街道社会事务办"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办领导", "办领导", [
            ("副主任", "扈瑔熠", "leader", [
                ("丧葬补助审核放宽条件", "一级风险", "补助名单公示，民政局复核。"),
                ("公墓清理整治选择性处理", "三级风险", "整治清单公开，两人以上检查。"),
            ]),
        ]),
        ("二、社会救助组", "社会救助组", [
            ("组长", "都昀瑀", "middle", [
                ("临时救助先行垫付不登记", "一级风险", "垫付资金登记，五日内补办手续。"),
                ("救助台账记录不实", "二级风险", "台账按月核对，主任抽查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "honggu_hualong_street_group_rows",
        "http://law498.infoeach.com/view-NDk4fDc2NzIx.html",
        "街道社会事务办 廉政风险防控责任清单, after the source's 殡葬管理办法 (乡镇 殡葬管理, 丧葬费): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、办领导``, "
        "``二、社会救助组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def honggu_disabled_service_center_duty_list() -> dict:
    unit = f"{PLACE}残疾人综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副主任", "禹琛翯", "leader", "残疾评定组织", "为不符合条件人员安排评残", "一级",
         "评定医院轮换，结果公示。"),
        ("副主任", "禹琛翯", "leader", "康复项目安排", "指定关系机构承接康复服务", "二级", "机构名单公开，比选确定。"),
        ("康复师", "茅晞璁", "general", "康复训练记录", "虚报训练次数套取补助", "二级",
         "训练记录家属签字，按季抽查。"),
        ("康复师", "茅晞璁", "general", "器具适配评估", "评估结果不实", "三级", "评估两人以上参与。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "honggu_disabled_service_center_duty_list",
        "https://www.zhetiaohe.com/ss/2e86b8dbc10074e3b88f239cf9812bd7c1ef100cde7070bcab8c7bf4092f079e.html",
        "残疾人综合服务中心 廉政风险防控责任清单, after the source's page on 残疾证 grades: 序号/岗位 and 姓名 merged per "
        "person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    honggu_civil_affairs_point_with_examples(),
    honggu_disabled_federation_list(),
    honggu_welfare_center_two_sheets(),
    honggu_relief_station_posts(),
    honggu_yaojie_street_cards(),
    honggu_kuangqu_street_selfchecks(),
    honggu_hualong_street_group_rows(),
    honggu_disabled_service_center_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch529-inbox"))

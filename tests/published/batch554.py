"""The five-hundred-and-fifty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 林草
bodies, 祁连县 (海北州, 青海) — the 林业和草原局, the 国有林场, the 森林病虫害防治检疫站, the 草原监理站,
the 林业工作站 of its towns 八宝镇, 峨堡镇 and 默勒镇 and of 扎麻什乡 — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 国有林场's file in two sheets ``场领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 森林病虫害防治检疫站's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 |
  风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 草原监理站's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 八宝镇林业工作站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在部门`` over a row of values, 高/中/低, ``自查情况``;
- the 峨堡镇林业工作站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 默勒镇林业工作站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、资源管护组`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 扎麻什乡林业工作站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``qilian_bureau_sorted_by_level``: the 林业和草原局's 一览表 is SORTED BY LEVEL, not by holder. Its
  FIRST column ``风险等级`` is merged down over each level's section (``一级`` over the first rows,
  ``二级`` over the next, ``三级`` over the last); inside each section the rows are the holders' points
  of that level, ``股室 | 岗位 | 责任人`` merged over each holder's run IN THAT SECTION. So one holder
  (the 局长, the 资源管理股 股长, the 生态修复股 科员) appears in two or three runs that are NOT
  adjacent, parted by other holders' rows, each run with its own merged copy of his 股室, post and
  name; the 序号 runs on 1…9 through the sections. The shape is about HOW THE ROWS ARE ARRANGED (a
  list sorted on its level column and the level column merged, as an office does after 排序 by
  风险等级). The README's 读得懂的表 knows level group rows (``一级风险点`` merged across), level
  footer rows (``以上为一级风险点``, ``一级风险点小计``), a list sorted by level with no level column,
  levels by sheet name, one holder split into runs by a merged TYPE column down the left, and
  holders' details typed on the first / middle / last row of a run; none a merged LEVEL column down
  the left over sections in which the same holders come back (the type-column case is its nearest
  kin; the batch states this as a judgement call).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page on 森林城市 and a 林业和草原局;
a page on the 祁连山 自然保护区 and its 天保, 退耕还林还草 work; a page on a 国有林场 in 石质荒山 — 营林,
管护; a page on a 森林病虫害防治检疫站 — 测报, 检疫, 防治; a city 林业 centre's duties — 有害生物监测,
检疫技术服务; an article on a 镇林业工作站 and 生态公益林; an article on 林业工作站 and 公益林 管护; a
page on 护林员 hired by a 林场 and a 镇) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 祁连县 (``unit_words=("祁连县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch554`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder's runs in the three sections are ONE form (same sheet, 股室, post
  and name), its points in the order of the rows; each point's level is the merged ``风险等级`` cell
  of its section (``一级/二级/三级`` → 1/2/3); no type; the type-column case of the README is taken as
  the nearest known kin, not the same shape (a level, not a type, and the level is what is scored);
- ``场领导``, ``局领导`` and ``站领导`` are the 科室 of those leaders; a 局's or 场's 股室, a 站's 科
  or 组 (``部门``, ``科室``) are 科室; a group row ``一、站领导`` gives the 科室 ``站领导``,
  ``二、资源管护组`` the 科室 ``资源管护组`` (its number left off), as batch 280 and 549 did; the
  峨堡镇 cards and the 扎麻什乡 list name a 科室 only where a cell does (they name none); the 八宝镇
  sheets write ``站领导`` / ``管护组`` in ``所在部门`` and that is their 科室;
- every body is a unit of its own: a 局's 局长, a 场's 场长 and 副场长, a 站's 站长 are leaders;
  股长, 科长 and a 组's 组长 are middle; the rest (科员, 会计, 检疫员, 监理员, 护林员管理员, 林业专干)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 草原监理站 list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
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

PREFIX = "b554_"
PLACE = "祁连县"
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

LEADER = ("局领导", "局长", "豆翃澍", "leader")
RES = ("资源管理股", "股长", "渠沄玥", "middle")
ECO = ("生态修复股", "科员", "綦珝湲", "general")
# (风险等级, [(holder, 廉政风险点, 防控措施)]) in the order of the sheet
SORTED = [
    ("一级", [
        (LEADER, "林草项目资金分配个人说了算", "项目资金分配经局党组会集体研究，结果公示。"),
        (RES, "林木采伐许可超限额审批", "采伐许可按年度限额审核，办理结果网上公开。"),
        (LEADER, "重点生态工程干预招标", "工程项目依法招标，纪检全程监督。"),
    ]),
    ("二级", [
        (ECO, "退化草原修复面积虚报", "修复面积实地验收，影像资料存档。"),
        (RES, "使用林地审核把关不严", "现场查验与集体审核相结合，审核意见存档。"),
        (LEADER, "护林员选聘打招呼", "选聘条件和结果公示，接受群众监督。"),
    ]),
    ("三级", [
        (RES, "林权登记资料审查走过场", "登记资料两人审核，定期抽查。"),
        (ECO, "造林苗木验收降低标准", "苗木验收两人以上，验收单据存档。"),
        (ECO, "生态修复物资私自占用", "物资领用登记，月底盘点。"),
    ]),
]  # fmt: skip


def qilian_bureau_sorted_by_level() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [8, 6, 12, 8, 9, 34, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("风险等级", "序号", "股室", "岗位", "责任人", "廉政风险点", "防控措施")
    n = 0
    for lv, rows in SORTED:
        first = len(sh.rows)
        for (dept, post, who, tier), point, measures in rows:
            n += 1
            sh.add(lv, n, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _merge_down(sh, first, [(0, lambda row: row[0])])
        _per_person(sh, first, 2, 3, 4)
    sh.add("填表人：", None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "qilian_bureau_sorted_by_level",
        "http://lyj.dandong.gov.cn/ddtpxw/201907/t20190712_453467.html",
        "(harder) 县林业和草原局 岗位廉政风险防控一览表 SORTED BY LEVEL, after the source's page on 森林城市 "
        "and a 林业和草原局: the first column ``风险等级`` merged down over each level's section "
        "(一级/二级/三级), then 序号 running on, 股室/岗位/责任人 merged per holder's run WITHIN a section, so "
        "each of three holders comes back in two or three non-adjacent runs; 廉政风险点/防控措施; no type",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qilian_forest_farm_two_sheets() -> dict:
    unit = f"{PLACE}国有林场"
    t = _Truth(unit)
    lead = _Sheet("场领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("晁翊霈", "场长", "主持全面工作", [
            ("营造林工程发包暗箱操作", "一级", "工程发包公开比选，经场务会集体研究。"),
            ("林场经费支出审批随意", "二级", "经费按预算审批，大额支出集体决定。"),
        ]),
        ("暴琮滢", "副场长", "分管森林管护和防火", [
            ("管护站物资采购指定商户", "二级", "物资采购询价比选，结果公示。"),
            ("防火值班补助虚报", "三级", "值班补助按排班表核定，按月公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "场领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("营林股", "股长", "亢琇砚", "middle", "造林苗木数量验收不实", "一级", "苗木验收实地清点，两人签字。"),
        ("营林股", "股长", "亢琇砚", "middle", "抚育作业量核定随意", "三级", "作业量按小班实测核定，抽查复核。"),
        ("财务股", "会计", "蒯沛璘", "general", "护林员工资代发截留", "二级", "工资直接发放到个人账户，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "qilian_forest_farm_two_sheets",
        "http://cd.hebnews.cn/2017-08/17/content_6592715.htm",
        "县国有林场's file in two sheets, after the source's page on a 国有林场 (人工林, 营林, 管护): "
        "``场领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def qilian_pest_station_list() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    sh = _Sheet("一览表", [6, 12, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "仝翯泠", "leader", "防治药剂采购指定厂家", "制度机制风险", "高风险",
         "药剂采购按规定招标，集体研究确定。"),
        ("站领导", "站长", "仝翯泠", "leader", "防治作业验收把关不严", "岗位职责风险", "中风险",
         "作业验收实地核查，验收结果公示。"),
        ("检疫科", "检疫员", "郦昳澄", "general", "违规签发植物检疫证书", "外部环境风险", "高风险",
         "检疫证书双人审核，网上可查。"),
        ("测报科", "科长", "佴珺琤", "middle", "测报数据弄虚作假", "思想道德风险", "低风险",
         "测报数据实地复核，定期抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "站长（签字）：", None, None)
    return _layout(
        "qilian_pest_station_list",
        "https://nmsgsfzz.cn/page9?article_id=46",
        "县森林病虫害防治检疫站 廉政风险防控一览表, after the source's page on a 森林病虫害防治检疫站 (监测预报, "
        "植物检疫执法, 防治减灾): 序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/"
        "``高风险/中风险/低风险``/防控措施; 填表人/审核人/站长 line",
        [sh], t,
    )  # fmt: skip


def qilian_grassland_station_posts() -> dict:
    unit = f"{PLACE}草原监理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "站领导", "监理科"
    rows = [
        (a, "站长", "leader", "草原补奖资金监管", "禁牧补助发放名单审核不严", "制度机制", "Ⅰ级",
         "补助名单村、乡、县三级公示。"),
        (b, "监理员", "general", "草原征占用现场查验", "现场查验不实，少报占用面积", "岗位职责", "Ⅰ级",
         "查验两人以上，测量数据存档。"),
        (b, "监理员", "general", "草原违法案件查处", "接受请托降格处理违法行为", "外部环境", "Ⅱ级",
         "案件集体审理，处理结果公开。"),
        (b, "监理员", "general", "草畜平衡核查", "核查走过场，超载不报", "思想道德", "Ⅲ级",
         "核查结果抽查复核，定期通报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：站领导", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "qilian_grassland_station_posts",
        "http://big5.cctv.com/gate/big5/sannong.cntv.cn/2014/10/17/ARTI1413531243331902.shtml",
        "县草原监理站 廉政风险点排查表 对岗不对人, after the source's page on the 祁连山 自然保护区 (天然林保护, "
        "退耕还林还草): 部门 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def qilian_babao_station_selfchecks() -> dict:
    unit = f"{PLACE}八宝镇林业工作站"
    t = _Truth(unit)
    people = [
        ("冼珮翀", "站长", "leader", "站领导", [
            ("生态公益林补偿资金发放不实", "高", "补偿资金按面积核定，名单公示后发放。"),
            ("林木采伐初审把关不严", "中", "初审实地查验，审核意见存档。"),
        ]),
        ("訾湛璎", "护林员管理员", "general", "管护组", [
            ("护林员考勤造假", "中", "巡护轨迹定位核查，按月公示考勤。"),
            ("管护物资私自借出", "低", "物资借用登记，按期收回。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在部门", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qilian_babao_station_selfchecks",
        "http://www.handmsg.com/page/2017/0930/2497718.shtml",
        "八宝镇林业工作站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's article on "
        "a 镇林业工作站 and 生态公益林 (宣传, 管护): a label row ``姓　名 | 岗　位 | 所在部门`` over values, "
        "序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 站意见：``",
        sheets, t,
    )  # fmt: skip


def qilian_ebao_station_cards() -> dict:
    unit = f"{PLACE}峨堡镇林业工作站"
    t = _Truth(unit)
    cards = [
        ("站长", "龚翾琪", "leader", [
            ("天然林管护合同签订优亲厚友", "★★★", "管护合同公开签订，名单公示。"),
            ("林业有害生物防治费虚列", "★★", "防治费凭作业记录报销。"),
        ]),
        ("林业专干", "鄢琰沨", "general", [
            ("林地变更调查数据不实", "★★", "调查数据实地复核，两人签字。"),
            ("木材运输证明违规开具", "★", "证明开具登记，按月核对。"),
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
        "qilian_ebao_station_cards",
        "http://jizihe.com/page/2017/0331/1397215.shtml",
        "峨堡镇林业工作站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 林业专干), after the source's article on "
        "林业工作站 and 生态公益林 (监测, 病虫害, 乱采滥伐): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def qilian_moile_station_group_rows() -> dict:
    unit = f"{PLACE}默勒镇林业工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "芮翛珺", "leader", [
                ("退耕还林补助面积核实不严", "一级风险", "补助面积实地核实，结果公示。"),
                ("站务经费报销不实", "二级风险", "经费凭据报销，镇纪委审核。"),
            ]),
        ]),
        ("二、资源管护组", "资源管护组", [
            ("组长", "蔺琬翮", "middle", [
                ("林区巡护记录弄虚作假", "二级风险", "巡护记录与定位轨迹核对。"),
                ("收受好处放任毁林开垦", "三级风险", "发现毁林及时上报，定期督查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "qilian_moile_station_group_rows",
        "https://lyj.ankang.gov.cn/Content-240224.html",
        "默勒镇林业工作站 廉政风险防控责任清单, after the source's page on a city 林业 centre's duties (天然林保护, "
        "有害生物监测, 国有林场 指导): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、站领导``, ``二、资源管护组`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def qilian_zhamashi_station_duty_list() -> dict:
    unit = f"{PLACE}扎麻什乡林业工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "戚昶瑀", "leader", "护林员管理", "护林员选聘优亲厚友", "一级",
         "选聘条件公开，结果公示。"),
        ("站长", "戚昶瑀", "leader", "林业项目实施", "项目验收降低标准", "二级", "验收邀请村民代表参加。"),
        ("林业专干", "宦沄翚", "general", "林草防火", "防火物资虚报冒领", "二级",
         "物资出入库登记，定期盘点。"),
        ("林业专干", "宦沄翚", "general", "林权档案管理", "擅自提供林权档案信息", "三级", "档案查阅登记审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "qilian_zhamashi_station_duty_list",
        "https://genpen.com/2023/01/447110.html",
        "扎麻什乡林业工作站 廉政风险防控责任清单, after the source's page on 护林员 hired by a 林场 and a 镇 "
        "(巡护, 选聘): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qilian_bureau_sorted_by_level(),
    qilian_forest_farm_two_sheets(),
    qilian_pest_station_list(),
    qilian_grassland_station_posts(),
    qilian_babao_station_selfchecks(),
    qilian_ebao_station_cards(),
    qilian_moile_station_group_rows(),
    qilian_zhamashi_station_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch554-inbox"))

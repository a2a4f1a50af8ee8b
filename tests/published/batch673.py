"""The six-hundred-and-seventy-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's forestry
bodies, 根河市 (of 呼伦贝尔市, 内蒙古) — its 林业和草原局, 金林木材检查站, 林业工作站, 敖鲁古雅森林管护中心,
好里堡森林管护站, 森林经营所, 林政稽查大队 and 得耳布尔林场 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 林业和草原局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 木材检查站's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 林业工作站's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 森林管护中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、管护股`` merged across, ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 森林管护站's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 森林经营所's 一览表 under ``附件1`` and a 填报单位（盖章） line, ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 林政稽查大队's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``genhe_deerbuer_farm_shared_points``: the 得耳布尔林场's 岗位廉政风险点清单, an ordinary list
  (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 科室 merged, 岗位/姓名 merged per
  person) in which a SHARED point is written ONCE, in one holder's block, and closed by a bracket
  naming a CO-HOLDER, ``…（与副场长郦璈沨共担）``, who has his own block further down the same list;
  a ``注：`` line says such a point is also the named colleague's, at the same level, and is not
  repeated under his name. So a row's point belongs to the row's holder AND to the colleague named
  in its bracket (with that colleague's own 科室 and post, from his block), and the bracket is no
  part of the point. The README's 读得懂的表 knows the holder in a labelled bracket closing each point
  (``（责任人：…）``, the row's ONLY holder), a row taking over a named colleague's block (``同审计员
  某某``), holder cells saying ``同序号N``, and one point's holders listed in its holder cells; it does
  not describe a point written under one holder that a bracket also gives to a named colleague
  listed elsewhere in the table.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 林场 林长制工作推进会议 — 管护站、检查站
关口作用, “三清” 巡护, 拱地头、扩地边, 视频监控; a comment on 林业部门 as a “保护伞” of 破坏生态; a paper on
木材检查站 on the 林区 roads; a 林业档案 工作方案; a 林长制 森林督查 at a 管护中心; a paper on 生态护林员 in
生态扶贫; a paper on 重点国有林区 森林抚育补贴; a 林业系统 扫黑除恶 督导检查 — 林政股, 图斑, 木材加工厂收购
台账) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (the rare surnames 殳 and 郦 with rare given names); every unit
is a body of 根河市.

Run ``python tests/published/score.py --set batch673`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point closed by ``（与<post><name>共担）`` is the row holder's point AND the
  named colleague's (科室 and post from the colleague's own block), at the row's level, its text
  without the bracket; the colleague's form lists it after his own rows; the ``注：`` line, the
  填报单位 line and the 编制/审核/场长（签字） line are no points;
- ``场领导``, ``站领导``, ``所领导``, ``大队领导``, ``中心领导`` (a 处室/科室/部门 cell, a group row, a
  所在组室 cell) are the 科室 of those leaders; the 林业和草原局's leaders (sheet ``局领导``) and the
  cards' leaders have no 科室; a 股, 组 or 中队 is a 科室;
- 局长, 副局长, 场长, 副场长, 站长, 副站长, 主任, 所长 and 大队长 are leaders; 股长, 组长 and 中队长 middle;
  the rest (股员, 会计, 检查员, 内勤, 技术员, 管护员, 护林员, 稽查员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points;
  the 木材检查站's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b673_"
PLACE = "根河市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

SHARE = "（与{post}{who}共担）"

# the 得耳布尔林场's people: (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施, co-holder index or None)])
DEERBUER = [
    ("场领导", "场长", "殳翛岍", "leader", [
        ("管护站点人员选派个人说了算", "一级", "管护人员选派经场务会集体研究，结果公示。", None),
        ("林地“拱地头、扩地边”问题查处中说情打招呼", "一级", "查处结果报局林政部门备案，接受纪委监督。", 1),
        ("森林抚育作业验收签字走过场", "二级", "抚育验收实行场、站两级抽查，影像存档。", 2),
    ]),
    ("场领导", "副场长", "郦璈沨", "leader", [
        ("巡林“三清”巡护记录弄虚作假", "二级", "巡护轨迹与视频监控每月比对。", None),
        ("重点路口视频监控运维费用虚报", "三级", "运维费用凭巡检记录和发票结算。", None),
    ]),
    ("资源管理组", "组长", "殳珝澂", "middle", [
        ("林木采伐伐区调查设计数据不实", "一级", "伐区设计实行双人外业调查，局资源部门复核。", 3),
        ("木材检尺、出材量核定不实", "二级", "检尺数据现场录入，定期抽检。", None),
    ]),
    ("资源管理组", "护林员", "郦岍翾", "general", [
        ("发现毁林线索隐瞒不报", "二级", "毁林线索按日报告，管护站长每周核实。", None),
        ("收受承包户好处放任违规放牧", "三级", "签订管护责任书，群众举报电话公开。", None),
    ]),
]  # fmt: skip


def genhe_deerbuer_farm_shared_points() -> dict:
    unit = f"{PLACE}得耳布尔林场"
    sh = _Sheet("风险点清单", [6, 12, 10, 10, 46, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点清单", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    shared = {}  # co-holder index -> [(point, level)]
    for dept, post, who, _tier, points in DEERBUER:
        for point, lv, measures, co in points:
            n += 1
            shown = point
            if co is not None:
                cdept, cpost, cwho, _tier, _pts = DEERBUER[co]
                shown = point + SHARE.format(post=cpost, who=cwho)
                shared.setdefault(co, []).append((point, lv))
            sh.add(n, dept, post, who, shown, lv, measures)
    # the truth: each holder's own rows, then the points others' rows share with him
    for j, (dept, post, who, tier, points) in enumerate(DEERBUER):
        for point, lv, _measures, _co in points:
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        for point, lv in shared.get(j, []):
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险点后注明“与××共担”的，为本人与所注人员共同承担的风险点，"
              "所注人员名下不再重复列出，风险等级相同。", 7)  # fmt: skip
    sh.add("编制：综合办", None, None, "审核：", None, "场长（签字）：", None)
    return _layout(
        "genhe_deerbuer_farm_shared_points", "http://gf05.com/xinwenzixun/gongsixinwen/4117.html",
        "(harder) 林场 岗位廉政风险点清单, after the source's 林场 林长制工作推进会议 (管护站、检查站关口作用, “三清” 巡护, "
        "拱地头、扩地边, 重点路口视频监控): a title, a 填报单位 line, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a SHARED POINT is written ONCE, in one holder's block, and closed "
        "by a bracket ``（与<post><name>共担）`` (``（与副场长郦璈沨共担）``) naming a colleague who has his own "
        "block elsewhere in the list; the ``注：`` line says the point is also the named colleague's, at the same level, "
        "and is not repeated under him; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def genhe_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("殳琰翀", "局长", "主持全面工作", [
            ("征占用林地审核意见受人情干扰", "一级", "审核意见经局党组会集体研究。"),
            ("对下级破坏森林资源问题充当“保护伞”", "一级", "重大林政案件报纪检监察组备案。"),
        ]),
        ("郦沄骞", "副局长", "分管林政资源、森林督查", [
            ("森林督查图斑核查结论不实", "一级", "图斑核查实行交叉核查，结果逐级复核。"),
            ("林木采伐指标分配不公开", "二级", "采伐指标分配方案公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("林政资源股", "股长", "殳岵沅", "middle", "使用林地现场查验不到位", "一级", "现场查验两人以上，影像存档。"),
        ("林政资源股", "股长", "殳岵沅", "middle", "违法占用林地案件降格处理", "二级", "案件处理经案审会集体审议。"),
        ("林政资源股", "股员", "郦翯岱", "general", "采伐许可证审核把关不严", "二级", "采伐许可网上办理，审核留痕。"),
        ("规划财务股", "股长", "殳霁澴", "middle", "天保工程资金拨付不按进度", "一级", "资金拨付凭验收单据，按季公开。"),
        ("规划财务股", "会计", "郦琤湜", "general", "报账票据审核不严", "三级", "票据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "genhe_forestry_bureau_two_sheets", "http://www.anilumin.com/qqfenfencaihunhe/173.html",
        "市林业和草原局 廉政风险防控一览表 in TWO SHEETS, after the source's comment on 林业部门 充当破坏生态 “保护伞” "
        "(征占林地, 林政执法): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 风险等级 ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def genhe_timber_checkpoint_posts() -> dict:
    unit = f"{PLACE}金林木材检查站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "木材运输查验", "对无证运输木材车辆说情放行", "岗位职责风险", "高",
         "查验全程录像，放行车辆逐一登记。"),
        ("站领导", "站长", "leader", "罚没木材处置", "罚没木材低价处置给关系人", "制度机制风险", "高",
         "罚没木材公开拍卖，结果公示。"),
        ("查验组", "检查员", "general", "运输证核验", "收受货主好处不核对货证", "思想道德风险", "中",
         "货证相符逐车核对，双人签字。"),
        ("查验组", "检查员", "general", "检尺量方", "检尺少量多放，出材量不实", "业务流程风险", "中",
         "检尺数据当场告知货主并签字。"),
        ("综合组", "内勤", "general", "查验台账管理", "查验台账事后补记、涂改", "业务流程风险", "低",
         "台账每日装订，站长周检。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "genhe_timber_checkpoint_posts",
        "https://www.soolun.com/periodical/3e747ae3de50bbe2e098d13b684a4fb8.html",
        "市木材检查站 岗位廉政风险点排查表 对岗不对人, after the source's paper on 木材检查站 (林区交通要道, 木材流通, "
        "滥砍盗伐): 序号/处室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def genhe_forestry_station_selfchecks() -> dict:
    unit = f"{PLACE}林业工作站"
    t = _Truth(unit)
    people = [
        ("殳昶湉", "站领导", "站长", "leader", [
            ("林权登记资料审核把关不严", "Ⅰ级", "林权资料双人审核，档案专柜保管。", "已落实"),
            ("林业档案查阅违规提供", "Ⅱ级", "档案查阅登记审批。", "未发现问题"),
        ]),
        ("郦岚翃", "技术推广组", "技术员", "general", [
            ("造林苗木质量验收不严", "Ⅰ级", "苗木验收抽检，验收单存档。", "已落实"),
            ("技术服务收取好处", "Ⅲ级", "服务事项公开，签订承诺书。", "已落实"),
            ("林木良种补贴对象审核不实", "Ⅱ级", "补贴对象公示，抽查核实。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "genhe_forestry_station_selfchecks", "http://sqsbw.cn/wenan/202302153181350.html",
        "市林业工作站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 林业档案 "
        "工作方案 (档案收集、整理、利用, 保密): a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/自查情况; no type column",
        sheets, t,
    )  # fmt: skip


def genhe_aoluguya_center_group_rows() -> dict:
    unit = f"{PLACE}敖鲁古雅森林管护中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "殳沨璆", "leader", [
                ("管护辖区巡护经费使用不规范", "一级风险", "巡护经费专账核算，按季公开。"),
                ("森林督查问题整改弄虚作假", "一级风险", "整改销号经局资源部门复核。"),
            ]),
        ]),
        ("二、管护股", "管护股", [
            ("股长", "郦澂岷", "middle", [
                ("管护责任区划分暗箱操作", "二级风险", "责任区划分集体研究并公示。"),
            ]),
            ("管护员", "殳霂翎", "general", [
                ("巡护打卡代签代打", "二级风险", "巡护轨迹系统定位，不定期抽查。"),
                ("对辖区盗伐线索瞒报", "三级风险", "线索按日报告，逐级核实。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "genhe_aoluguya_center_group_rows", "http://bcrbszb.bcxww.com/html/2022-05/12/content_143342.htm",
        "市森林管护中心 廉政风险防控责任清单, after the source's 林长制 森林督查 (管护中心辖区检查, 打击破坏森林资源): "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、管护股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def genhe_haolibao_station_cards() -> dict:
    unit = f"{PLACE}好里堡森林管护站"
    t = _Truth(unit)
    cards = [
        ("站长", "郦翾琨", "站长", "主持管护站全面工作", "leader", [
            ("生态护林员选聘优亲厚友", "★★★", "选聘条件公开，结果公示七天。"),
            ("护林员补助发放克扣截留", "★★★", "补助资金“一卡通”直接发放。"),
            ("接受管护承包户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副站长", "殳岑瀛", "副站长", "分管巡护、防火", "leader", [
            ("护林员考勤考核走过场", "★★", "考核结果与巡护轨迹挂钩，公示。"),
            ("防火物资出入库不登记", "★★", "物资出入库双人登记，季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "genhe_haolibao_station_cards", "https://fx361.cc/page/2023/0104/14128784.shtml",
        "市森林管护站 廉政风险防控卡, one sheet a leader, after the source's paper on 生态护林员 生态扶贫 (护林员选聘, "
        "管护补助): ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def genhe_forest_management_list() -> dict:
    unit = f"{PLACE}森林经营所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "殳瑷翚", "leader", "森林抚育补贴资金分配不公", "制度机制", "高风险",
         "补贴分配方案经所务会研究并公示。"),
        ("所领导", "所长", "殳瑷翚", "leader", "抚育作业队伍选定暗箱操作", "外部环境", "中风险",
         "作业队伍公开比选。"),
        ("营林股", "股长", "郦淏珣", "middle", "抚育作业面积核实虚报", "岗位职责", "高风险",
         "作业面积卫星影像比对核实。"),
        ("营林股", "技术员", "殳沅琮", "general", "抚育质量检查标准降低", "业务流程", "中风险",
         "质量检查双人进行，结果签字。"),
        ("财务股", "会计", "郦峤珝", "general", "天保工程经费支出票据审核不严", "业务流程", "低风险",
         "票据三级审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "genhe_forest_management_list", "http://m.jizihe.com/page/2020/1222/18257694.shtml",
        "市森林经营所 岗位廉政风险防控一览表, after the source's paper on 重点国有林区 森林抚育补贴政策 (天保工程二期, "
        "抚育补贴, 职工家庭收入): ``附件1``, a title, a 填报单位（盖章）/填报时间 line, 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def genhe_forest_inspection_register() -> dict:
    unit = f"{PLACE}林政稽查大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "郦琮瀚", "leader", [
            ("涉林案件线索处置不及时、有案不查", "岗位职责", "一级", "线索登记台账，逐件销号。"),
            ("督导检查中接受被检单位宴请", "思想道德", "二级", "督导实行交叉检查。"),
        ]),
        ("稽查中队", "中队长", "殳湜翃", "middle", [
            ("木材加工厂收购台账检查走过场", "业务流程", "二级", "检查两人以上，问题拍照留存。"),
        ]),
        ("稽查中队", "稽查员", "郦霈岙", "general", [
            ("非法占用林地图斑核查结论不实", "业务流程", "一级", "图斑核查现场定位拍照。"),
            ("案件罚款数额随意调整", "制度机制", "三级", "罚款按裁量基准执行，集体审议。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "genhe_forest_inspection_register", "http://cmstop.sgfb.sgxw.cn/p/1204.html",
        "市林政稽查大队 廉政风险点排查登记表, after the source's 林业系统 扫黑除恶 督导检查 (林政股, 案件卷宗, 疑似图斑 "
        "非法占用林地, 木材加工厂收购台账): 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    genhe_deerbuer_farm_shared_points(),
    genhe_forestry_bureau_two_sheets(),
    genhe_timber_checkpoint_posts(),
    genhe_forestry_station_selfchecks(),
    genhe_aoluguya_center_group_rows(),
    genhe_haolibao_station_cards(),
    genhe_forest_management_list(),
    genhe_forest_inspection_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch673-inbox"))

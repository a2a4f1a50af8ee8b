"""The seven-hundred-and-forty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源 and
矿产 (玉石) bodies, 岫岩满族自治县 (of 鞍山市, 辽宁省) — its 自然资源局, 自然资源综合行政执法大队,
地质环境监测站, 哈达碑镇 and 偏岭镇 自然资源所, 矿产资源开发服务中心, 细玉沟玉石矿区管理站 and 玉石资源管理服务中心 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 自然资源局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 执法大队's 排查表 对岗不对人: ``中队`` merged and ``岗位`` merged per post, a short ``风险点`` beside
  a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 地质环境监测站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 哈达碑镇自然资源所's 清单 under GROUP ROWS ``一、所领导`` … merged across, ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 偏岭镇自然资源所's 一览表 under ``附件2`` and a 填报单位 line: ``股室 | 岗位 | 责任人`` on EVERY
  row, short types, 高/中/低;
- the 矿产资源开发服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;

One is harder:

- ``xiuyan_jade_centre_given_names``: the 玉石资源管理服务中心's 一览表, ``科室`` merged, ``岗位`` and
  ``责任人`` merged per person, where the 责任人 cells carry ONLY THE HOLDER'S GIVEN NAME (``珝湉``,
  ``澍玹`` — two characters, as colleagues call each other in a small unit), the full names standing
  only in a second sheet ``人员名单`` (``序号 | 姓名 | 科室 | 职务``) and a ``注：`` line saying so.
  A given name alone looks like a complete two-character name, so the holder is found only by
  matching the given name against the roster's full names (by its 科室 and post where two could
  match; none do here). The README's 读得懂的表 knows a surname + post (``訾所长``) resolved by a
  roster line, pinyin initials by a legend, staff numbers by a 人员编号 table; it does not describe
  holders written by their given names alone.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县长's article on 岫岩玉 — 瓦沟
玉石矿, 细玉沟, 玉石原料, 资源保护; a 矿业报 report on 非法采矿屡禁不止 — 借证开采, 超层越界, 停产整顿,
执法查处; a case of 矿权非法转让 under “整合” — 一矿多卖, 合作勘查协议, 保证金; a note on 地质环境监测
中心 — 地面沉降, 滑坡, 监测设备, 值班; a paper on 岫岩山区玉石原料 — 哈达碑镇瓦沟村, 北瓦沟矿区; a
page on 玉石开采审批 — 采矿许可, 私挖乱采, 罚款; a report on 龙陵黄龙玉 资源管理 — 首采区, 综合执法组,
利益分配; proposals on 和田玉 资源 — 稀缺, 不可再生, 保护) and the layout follows their words. The rows are worded by us, the names invented (the
rare surnames 佴 and 勾 with rare given names); every unit is a body of 岫岩满族自治县.

Run ``python tests/published/score.py --set batch745`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 责任人 cell's given name is the holder whose full name in ``人员名单`` ends in
  it (one such a name); the roster sheet holds no point and no form; the ``注：`` line is no point;
- ``局领导``, ``所领导``, ``站领导``, ``中心领导``, ``大队领导`` are the 科室 of those leaders (the 局's
  sheet of leaders has no 科室 column: none); a 局's 科 and 股, a 大队's 中队 are 科室;
- 局长, 副局长, 大队长, 站长, 所长, 主任 of a 中心 are leaders; 科长, 股长, 中队长 middle; the rest
  general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/…``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b745_"
PLACE = "岫岩满族自治县"
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

# (科室, 岗位, full name, tier, [(point, level, measures)]); the list shows the name without its surname
JADE = [
    ("中心领导", "主任", "勾珝湉", "leader", [
        ("玉石原料矿权整合方案个人说了算", "一级", "整合方案经中心班子会集体研究，报县自然资源局审定。"),
        ("为亲友承揽玉石矿山修复工程打招呼", "一级", "工程一律公开招标，领导干部亲属回避。"),
    ]),
    ("资源管理科", "科长", "佴澍玹", "middle", [
        ("玉石原料储量核实报告审查不严", "一级", "储量报告经专家组评审，结论公示。"),
        ("对瓦沟矿区超层越界开采睁一只眼闭一只眼", "二级", "每季度实地核查开采范围，核查记录存档。"),
    ]),
    ("资源管理科", "科员", "勾沨翊", "general", [
        ("玉石原料出矿数量登记不实", "二级", "出矿过磅数据双人签字，与销售台账逐月核对。"),
    ]),
    ("市场服务科", "科长", "佴霂琤", "middle", [
        ("玉石交易市场摊位分配优亲厚友", "二级", "摊位分配公开摇号，结果公示。"),
        ("玉雕精品质量检验报告出具把关不严", "二级", "检验报告实行检验、复核两级签字。"),
    ]),
    ("市场服务科", "科员", "勾璟岍", "general", [
        ("收受玉石经营户礼品、玉件", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
]  # fmt: skip


def xiuyan_jade_centre_given_names() -> dict:
    unit = f"{PLACE}玉石资源管理服务中心"
    sh = _Sheet("一览表", [6, 12, 8, 8, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in JADE:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who[1:], point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：责任人栏只填写名字，全名见“人员名单”工作表。", 7)
    sh.add("填表：", None, "审核：", None, "2025年5月", None, None)
    roster = _Sheet("人员名单", [6, 10, 14, 10])
    _line(roster, f"{unit}在岗人员名单", 4)
    roster.add("序号", "姓名", "科室", "职务")
    for i, (dept, post, who, _tier, _points) in enumerate(JADE, 1):
        roster.add(i, who, dept, post)
    return _layout(
        "xiuyan_jade_centre_given_names", "http://m.lw881.com/zclw/455158.html",
        "(harder) 县玉石资源管理服务中心 岗位廉政风险防控一览表, after the source's 县长 article on 岫岩玉 (瓦沟玉石矿, "
        "细玉沟, 玉石原料, 资源保护): 序号/科室 merged/岗位 and 责任人 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施, where the 责任人 cells carry ONLY THE GIVEN NAME (two characters, no surname); the "
        "full names stand only in the second sheet ``人员名单`` (序号/姓名/科室/职务) and a ``注：`` line points there",
        [sh, roster], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xiuyan_natural_resources_bureau_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("佴昶翀", "局长", "主持全面工作", [
            ("采矿权出让方案确定不经局党组集体研究", "一级", "采矿权出让一律进入公共资源交易平台公开出让。"),
            ("插手干预非法采矿案件查处", "一级", "案件查处过程全程留痕，领导干预登记报告。"),
        ]),
        ("勾湜霈", "副局长", "分管矿产资源、执法监察", [
            ("对停产整顿矿山违规批准复产", "一级", "复产验收由执法、矿管、安全三方联合进行。"),
            ("矿山执法检查事先通风报信", "二级", "执法检查“双随机一公开”，检查计划保密。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("矿产资源管理科", "科长", "佴沄骞", "middle", "采矿许可证延续审查放宽条件", "一级",
         "审查要件清单化，延续结果网上公开。"),
        ("矿产资源管理科", "科长", "佴沄骞", "middle", "借证开采、转包矿权线索不上报", "二级", "矿权变更信息每月比对，线索台账管理。"),
        ("矿产资源管理科", "科员", "勾翀澪", "general", "矿山储量年报数据审核走过场", "三级", "年报数据实地抽查核实。"),
        ("国土空间规划股", "股长", "勾岍霖", "middle", "规划条件擅自调整容积率", "一级", "规划条件调整经规委会审议并公示。"),
        ("国土空间规划股", "股员", "佴琇湉", "general", "规划核实测量数据把关不严", "二级", "测量成果双人复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xiuyan_natural_resources_bureau_two_sheets", "http://zgkyb.com/observation/20150720_19550.htm",
        "县自然资源局 廉政风险防控一览表 in TWO SHEETS, after the source's 矿业报 report on 非法采矿屡禁不止 (借证开采, "
        "超层越界, 停产整顿, 查处): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xiuyan_enforcement_brigade_posts() -> dict:
    unit = f"{PLACE}自然资源综合行政执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "案件定性", "对非法采矿案件降格定性，以罚代刑", "岗位职责风险", "Ⅰ级",
         "涉嫌破坏矿产资源罪的案件一律移送公安机关。"),
        ("大队领导", "大队长", "leader", "罚没物处置", "没收的玉石原料低价处置或私自留存", "制度机制风险", "Ⅰ级",
         "罚没玉石经评估后公开拍卖。"),
        ("第一中队", "中队长", "middle", "动态巡查", "巡查发现私挖乱采不制止、不上报", "思想道德风险", "Ⅱ级",
         "巡查轨迹定位上传，问题限时上报。"),
        ("第一中队", "执法队员", "general", "现场勘验", "勘验笔录与现场不符，为当事人开脱", "业务流程风险", "Ⅱ级",
         "现场勘验两人以上并全程录像。"),
        ("第二中队", "执法队员", "general", "违法用地立案", "违法占地线索压案不查", "外部环境风险", "Ⅲ级",
         "线索登记编号管理，定期清查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "xiuyan_enforcement_brigade_posts", "https://fx361.cc/page/2010/1107/17415369.shtml",
        "县自然资源综合行政执法大队 岗位廉政风险点排查表 对岗不对人, after the source's case of 矿权非法转让 under “整合” "
        "(一矿多卖, 合作勘查协议, 保证金, 立案): 序号/中队 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xiuyan_geo_monitoring_station_cards() -> dict:
    unit = f"{PLACE}地质环境监测站"
    t = _Truth(unit)
    cards = [
        ("站长", "勾霈琰", "站长", "主持全站工作，负责地质灾害监测预警", "leader", [
            ("监测设备采购指定品牌", "★★★", "设备采购按政府采购程序，需求集体论证。"),
            ("地质灾害治理项目验收把关不严", "★★★", "验收邀请县自然资源局和专家参加。"),
            ("汛期值班补助虚报", "★", "值班记录公示，补助按实发放。"),
        ]),
        ("监测员", "佴岚沚", "监测员", "负责地面沉降、滑坡隐患点监测", "general", [
            ("监测数据弄虚作假", "★★", "监测数据自动上传平台，人工数据双人核对。"),
            ("为矿山企业出具地质环境评估意见打招呼", "★★", "评估意见经站务会审定。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "xiuyan_geo_monitoring_station_cards", "https://m.fqmxn.com/1/2307517.html",
        "县地质环境监测站 岗位廉政风险防控卡, one sheet a person, after the source's note on 地质环境监测中心 (地面沉降, "
        "山体滑坡, 监测设备, 值班): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xiuyan_hadabei_office_group_rows() -> dict:
    unit = f"{PLACE}哈达碑镇自然资源所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "佴泠翾", "leader", [
                ("瓦沟村玉石采挖点违法行为包庇纵容", "一级风险", "采挖点巡查记录每周报县局。"),
                ("农村宅基地审批初审优亲厚友", "一级风险", "初审结果在村务公开栏公示。"),
            ]),
        ]),
        ("二、业务组", "业务组", [
            ("土地管理员", "勾淏沄", "general", [
                ("农用地转用材料初审不实", "二级风险", "材料初审与实地踏勘同步进行。"),
                ("设施农业用地备案把关不严", "三级风险", "备案信息上图入库，定期核查。"),
            ]),
            ("矿管员", "佴琬岙", "general", [
                ("北瓦沟矿区私挖乱采巡查不到位", "二级风险", "巡查签到定位，问题拍照留存。"),
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
        "xiuyan_hadabei_office_group_rows", "http://baiqi.makepolo.com/biubiu/fcdongtai/1780686.html",
        "镇自然资源所 廉政风险防控责任清单, after the source's paper on 岫岩山区玉石原料 (哈达碑镇瓦沟村, 北瓦沟矿区): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、业务组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xiuyan_pianling_office_list() -> dict:
    unit = f"{PLACE}偏岭镇自然资源所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "勾澂翎", "leader", "细玉沟采矿许可现场核查走过场", "岗位职责", "高",
         "现场核查两人以上，核查照片存档。"),
        ("所领导", "所长", "勾澂翎", "leader", "对无证开采玉石罚款后放任继续开采", "思想道德", "高",
         "处罚后跟踪复查，复查结果报县局。"),
        ("综合股", "股长", "佴璠沣", "middle", "土地整治项目工程量签证不实", "业务流程", "中",
         "工程量签证经监理、所、村三方签字。"),
        ("综合股", "土地管理员", "勾岫淇", "general", "临时用地复垦保证金退还审核不严", "制度机制", "中",
         "复垦验收合格后方可退还，结果公示。"),
        ("综合股", "土地管理员", "勾岫淇", "general", "接受用地单位宴请", "外部环境", "低",
         "严守中央八项规定精神。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "xiuyan_pianling_office_list", "https://m.kfkhr.com/1/2518437.html",
        "镇自然资源所 岗位廉政风险防控一览表, after the source's page on 玉石开采审批 (采矿许可, 私人乱挖, 罚款, 环保): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def xiuyan_mineral_service_centre_selfchecks() -> dict:
    unit = f"{PLACE}矿产资源开发服务中心"
    t = _Truth(unit)
    people = [
        ("佴翾璐", "中心领导", "主任", "leader", [
            ("玉石首采区利益分配方案暗箱操作", "高风险", "分配方案经县政府常务会审定并公开。", "已落实"),
            ("矿山企业年度检查结论打招呼", "中风险", "年度检查结论集体评定。", "未发现问题"),
            ("玉石原料交易保证金收取不入账", "低风险", "保证金统一缴入中心账户，开具票据。", "已落实"),
        ]),
        ("勾沚琮", "技术服务部", "技术员", "general", [
            ("矿区范围核定坐标数据泄露", "中风险", "坐标数据专人保管，查阅登记。", "已落实"),
            ("为矿山企业有偿代编开发利用方案", "高风险", "严禁有偿中介服务，签订承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xiuyan_mineral_service_centre_selfchecks", "http://paper.wenweipo.com/2015/09/26/CH1509260054.htm",
        "县矿产资源开发服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "report on 黄龙玉 资源管理 (首采区, 利益分配机制, 综合执法组): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def xiuyan_xiyugou_station_register() -> dict:
    unit = f"{PLACE}细玉沟玉石矿区管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "佴霁翃", "leader", [
            ("透闪石玉原料拍卖底价泄露", "制度机制", "一级", "底价由评估机构出具，封存至开拍。"),
            ("矿区道路维修工程化整为零", "岗位职责", "二级", "维修项目按限额标准报批。"),
        ]),
        ("资源保护股", "股长", "勾琂澈", "middle", [
            ("矿区巡护发现盗采不及时报告", "思想道德", "二级", "巡护日志每日上报，发现问题即报。"),
        ]),
        ("资源保护股", "巡护员", "佴湲珣", "general", [
            ("收受盗采人员好处放行运输车辆", "外部环境", "一级", "卡口视频监控，车辆出入登记。"),
            ("巡护补助虚报冒领", "业务流程", "三级", "补助按巡护轨迹核发。"),
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
        "xiuyan_xiyugou_station_register", "http://www.23usxx.com/news/1182",
        "县玉石矿区管理站 廉政风险点排查登记表, after the source's proposals on 和田玉 资源 (珍贵稀缺, 不可再生, 保护开采): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xiuyan_jade_centre_given_names(),
    xiuyan_natural_resources_bureau_two_sheets(),
    xiuyan_enforcement_brigade_posts(),
    xiuyan_geo_monitoring_station_cards(),
    xiuyan_hadabei_office_group_rows(),
    xiuyan_pianling_office_list(),
    xiuyan_mineral_service_centre_selfchecks(),
    xiuyan_xiyugou_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch745-inbox"))

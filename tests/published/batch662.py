"""The six-hundred-and-sixty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one mining district's
bodies, 白云鄂博矿区 (包头市, 内蒙古自治区) — its 矿区管理委员会, 稀土资源监管所, 自然资源局, 应急管理局,
生态环境综合行政执法大队, 财政局, 工业和信息化局 and 矿山地质环境监测站 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 管理委员会's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``工作部门`` (``部门`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 稀土资源监管所's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型`` ``…风险``, 高/中/低;
  no names;
- the 自然资源局's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``股室 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 应急管理局's 责任清单 under GROUP ROWS ``一、局领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 执法大队's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 财政局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 工业和信息化局's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``baiyun_monitoring_station_title_holders``: the 矿山地质环境监测站 (a station of three) hands back ONE
  table whose TITLE names all three holders, each post followed by the name
  (``…监测站站长葛翯渟、副站长奚瀞岚、监测员葛翀璟岗位廉政风险点排查表``); the table itself has only a
  ``岗位`` column (``站长`` / ``副站长`` / ``监测员``, merged over each post's rows), no name column, no
  names anywhere else. Each row's holder is the person the title pairs with the row's post. The
  README's 读得懂的表 knows a personal table whose title names ONE holder (``…主任覃砚舟廉政风险防控卡``),
  rosters above or below the table (``在岗人员 | …``, ``岗位责任人：部长　某某；…``, ``班子成员：…``), a
  sign-off line pairing posts and names; it does not describe a title listing several post–name
  pairs that the rows' ``岗位`` cells pick from.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (稀土开采和冶炼分离总量调控 —
总量控制指标, 产品流向记录; 稀土开发监管联动 — 开采准入, 矿业权标识牌, 协管员; 稀土专项整治 — 非法开采,
超控制指标开采, 采矿许可证审核; 矿山地质环境保护与治理恢复方案; 违规开采 — 借修复之名开采, 项目延期
审批; 超层越界开采实地核查测量; 露天矿山开发利用方案 监测; 矿业秩序治理整顿 — 无证采矿, 非法转让矿业权)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 葛 and 奚 with rare given names); every unit is a
body of 白云鄂博矿区 (no earlier unit names it).

Run ``python tests/published/score.py --set batch662`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the title's ``站长葛翯渟`` pairs the post ``站长`` with the holder 葛翯渟; every row
  whose ``岗位`` is ``站长`` is his, one form a holder, no 科室; the station is the unit (the title's
  names and ``岗位廉政风险点排查表`` are no part of it);
- ``局领导``, ``所领导`` (a 股室 cell, a 所在股室 cell, a group row) are the 科室 of those leaders; the
  管理委员会's leaders (sheet ``班子成员``, no 部门 column), the cards' leaders and the station's holders
  have no 科室; a 局's or 所's 股, a 管委会's 办公室 and 科 are 科室; a group row ``二、安全生产监管股``
  gives the 科室 ``安全生产监管股`` (its number left off);
- the 管委会's 主任 and 副主任, 局长, 副局长, 所长, 大队长, 站长 and 副站长 are leaders; 股长, 科长, 中队长
  and the 党政办公室's 主任 middle; the rest
  (科员, 监管员, 执法队员, 会计, 监测员, 出纳) general;
- ``分管工作`` and ``自查情况`` are no points and name no holder; the 稀土资源监管所's list names no person:
  its forms are posts (对岗不对人);
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

PREFIX = "b662_"
PLACE = "白云鄂博矿区"
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

# the station's three holders, as the title pairs them: (post, name, tier)
STATION = [
    ("站长", "葛翯渟", "leader"),
    ("副站长", "奚瀞岚", "leader"),
    ("监测员", "葛翀璟", "general"),
]

# (岗位, 风险点, 风险等级, 防控措施)
STATION_ROWS = [
    ("站长", "矿山地质环境监测项目委托第三方机构不经集体研究", "高", "委托事项站务会集体研究，比选结果公示。"),
    ("站长", "监测报告签发时对越界开采迹象隐瞒不报", "高", "监测报告站长、副站长双签，异常情况当日报矿区自然资源局。"),
    ("站长", "接受矿山企业宴请、礼品礼金", "中", "签订廉洁承诺书，节假日前开展廉洁提醒。"),
    ("副站长", "治理恢复方案实施情况核查走过场", "高", "核查实行两人以上现场核查，影像资料存档。"),
    ("副站长", "监测设备采购指定品牌、量身定制参数", "中", "采购需求经技术人员集体论证，按程序询价。"),
    ("监测员", "监测数据人为修改、选择性报送", "高", "监测数据系统自动上传，原始记录不得涂改。"),
    ("监测员", "现场巡查中向企业透露检查时间", "中", "巡查随机安排，巡查记录双人签字。"),
    ("监测员", "外业补助、车辆油料虚报冒领", "低", "外业凭轨迹记录报销，油料每月核对。"),
]  # fmt: skip


def baiyun_monitoring_station_title_holders() -> dict:
    unit = f"{PLACE}矿山地质环境监测站"
    heads = "、".join(f"{post}{who}" for post, who, _ in STATION)
    sh = _Sheet("排查表", [6, 10, 40, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}{heads}岗位廉政风险点排查表", 5)
    _line(sh, f"{GAP * 30}2025年6月", 5)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for i, (post, point, lv, measures) in enumerate(STATION_ROWS, 1):
        sh.add(i, post, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    for post, who, tier in STATION:
        for p, point, lv, _measures in STATION_ROWS:
            if p == post:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险等级分为高、中、低三级。", 5)
    sh.add("填表：", None, "审核：", None, "站长（签字）：")
    return _layout(
        "baiyun_monitoring_station_title_holders", "http://m.dbkyw.com/kydzkc/688.html",
        "(harder) 矿区 矿山地质环境监测站 岗位廉政风险点排查表, after the source's 矿山地质环境保护与治理恢复方案 (未按批准的方案"
        "治理, 闭坑前未完成治理恢复, 责令限期改正): a TITLE naming all three holders as post–name pairs "
        "(``…监测站站长葛翯渟、副站长奚瀞岚、监测员葛翀璟岗位廉政风险点排查表``), a date line, then 序号/岗位 (merged over "
        "each post's rows)/廉政风险点/风险等级 高/中/低/防控措施 — NO name column, no names anywhere but the title; "
        "each row's holder is the one the title pairs with its 岗位; a ``注：`` line and a 填表/审核/站长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def baiyun_committee_two_sheets() -> dict:
    unit = f"{PLACE}管理委员会"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("奚翾澈", "主任", "主持全面工作", [
            ("稀土开采总量控制指标分解中干预企业申报", "一级", "指标分解方案经党工委会集体研究，结果公开。"),
            ("重大项目选址和用地审批个人说了算", "一级", "重大事项按“三重一大”程序决策，会议纪要存档。"),
        ]),
        ("葛澂翊", "副主任", "分管自然资源、生态环境", [
            ("违规为超层越界开采企业说情", "一级", "建立领导干部插手干预重大事项记录制度。"),
            ("矿山生态修复项目验收降低标准", "二级", "验收邀请第三方机构参加，结果公示。"),
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
    dept = _Sheet("工作部门", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}工作部门廉政风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("党政办公室", "主任", "奚琤湲", "middle", "公务接待超标准、虚列接待费用", "二级", "接待实行公函制度，清单与票据核对。"),
        ("党政办公室", "科员", "葛沅翥", "general", "办公用品采购不比价", "三级", "采购三家比价，验收双人签字。"),
        ("经济发展科", "科长", "奚珩漪", "middle", "企业扶持资金申报审核把关不严", "一级", "申报材料两级审核，拟扶持名单公示。"),
        ("经济发展科", "科员", "葛旻翚", "general", "稀土产品流向统计数据审核走过场", "二级", "流向数据与追溯系统逐月比对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：党政办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "baiyun_committee_two_sheets", "https://reportify.cn/social-media/711504825771978",
        "矿区 管理委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 稀土开采和冶炼分离总量调控管理暂行办法 "
        "(总量控制指标, 指标分解, 产品流向记录, 滥用职权): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, "
        "sheet 工作部门 with 部门 merged and 岗位/姓名 merged per person; 风险等级 ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def baiyun_rare_earth_office_posts() -> dict:
    unit = f"{PLACE}稀土资源监管所"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "稀土开采秩序专项检查对象选定有倾向性", "岗位职责风险", "高",
         "检查对象随机抽取，检查人员随机选派。"),
        ("所领导", "所长", "leader", "对非法开采线索查处不力、压案不办", "制度机制风险", "高",
         "线索登记台账管理，办理情况每月通报。"),
        ("监管股", "股长", "middle", "矿业权标识牌核查中放任企业越界", "业务流程风险", "中",
         "核查实行两人以上，现场坐标复核并拍照。"),
        ("监管股", "监管员", "general", "协管员补助发放不核实履职情况", "业务流程风险", "中",
         "补助按巡查记录核发，名单公示。"),
        ("监管股", "监管员", "general", "接受稀土企业吃请、收受礼品", "思想道德风险", "低",
         "签订廉洁承诺书，开展警示教育。"),
        ("综合股", "会计", "general", "联动监管经费支出不按预算执行", "外部环境风险", "低",
         "经费支出经所务会审定，每季度公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "baiyun_rare_earth_office_posts", "http://www.handmsg.com/page/2012/0429/24074290.shtml",
        "矿区 稀土资源监管所 岗位廉政风险点排查表 对岗不对人, after the source's 稀土开发监管联动机制 (开采准入, "
        "矿业权标识牌, 举报制度, 协管员制度, 区域监管联控联查): a title, 序号/股室 merged/岗位 merged per post/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def baiyun_natural_resources_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "奚湉翾", "leader", "采矿许可证重新审核中放宽条件", "岗位职责", "高风险",
         "审核结果经局务会研究，合法采矿企业名单公布。"),
        ("矿产资源股", "股长", "葛霂瑄", "middle", "超层越界开采核查测量结果不如实上报", "业务流程", "高风险",
         "核查测量委托第三方，结果与三维模型比对。"),
        ("矿产资源股", "股长", "葛霂瑄", "middle", "矿业权转让审查中默许非法转让", "制度机制", "中风险",
         "转让审查两级复核，审查意见存档。"),
        ("矿产资源股", "科员", "奚璟沄", "general", "矿山储量年报审核不严", "业务流程", "中风险",
         "储量年报与动态监测数据交叉核对。"),
        ("执法监察股", "股长", "葛琮岫", "middle", "对无证采矿案件以罚代管", "外部环境", "高风险",
         "案件经法制审核和集体讨论，处罚结果公开。"),
        ("执法监察股", "执法队员", "奚岍翥", "general", "巡查发现违法行为不报告", "思想道德", "低风险",
         "巡查记录系统留痕，执法记录仪全程记录。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "baiyun_natural_resources_list", "http://ksgkyx.cn/2021/kuangyexinwen_0422/23092.html",
        "矿区 自然资源局 岗位廉政风险防控一览表, after the source's 超层越界开采实地核查测量 (采矿证, 第三方测量机构, "
        "实景三维模型, 挂牌督办): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a signature line",
        [sh], t,
    )  # fmt: skip


def baiyun_emergency_group_rows() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "奚霈翎", "leader", [
                ("露天矿山安全检查计划制定有倾向性", "一级风险", "检查计划局务会研究，检查对象随机抽取。"),
                ("对重大隐患挂牌督办企业违规销号", "一级风险", "销号经专家现场复核，结果公示。"),
            ]),
        ]),
        ("二、安全生产监管股", "安全生产监管股", [
            ("股长", "葛潇珩", "middle", [
                ("矿山安全设施验收降低标准", "二级风险", "验收邀请专家参加，验收记录存档。"),
            ]),
            ("科员", "奚翕澜", "general", [
                ("执法检查中对企业违法行为隐瞒不报", "二级风险", "执法全程记录，检查结果录入系统。"),
                ("安全培训考核弄虚作假", "三级风险", "考核结果与培训签到记录核对。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("出纳", "葛岑瀛", "general", [
                ("应急物资储备资金挪作他用", "二级风险", "资金专户管理，每季度对账。"),
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
        "baiyun_emergency_group_rows", "http://lqnews.zjol.com.cn/lqnews/system/2019/06/29/031744876.shtml",
        "矿区 应急管理局 廉政风险防控责任清单, after the source's 露天矿山开发利用方案 监督检查 (预警预报, 高频监管, "
        "越界, 监测): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、局领导``, ``二、安全生产监管股``, ``三、综合股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def baiyun_enforcement_team_cards() -> dict:
    unit = f"{PLACE}生态环境综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "奚沨岚", "大队长", "主持大队全面工作", "leader", [
            ("借生态修复之名开采的案件查处不力", "★★★", "重大案件集体讨论，查处情况报矿区纪工委备案。"),
            ("对企业违法排污行为以罚代刑", "★★★", "涉嫌犯罪案件一律移送，移送情况台账管理。"),
            ("接受被检查企业宴请", "★", "严守中央八项规定精神，执法回避。"),
        ]),
        ("中队长", "葛瑀澹", "中队长", "负责稀土企业执法检查", "middle", [
            ("稀土冶炼企业污染防治设施检查走过场", "★★", "检查实行双随机，检查记录双人签字。"),
            ("对群众举报线索不登记、不核查", "★★", "举报线索统一登记，办结回访。"),
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
        "baiyun_enforcement_team_cards", "http://lanlitx.com/ywgz/zysthjbhdc/dcjl/202312/t20231208_1058520.shtml",
        "矿区 生态环境综合行政执法大队 廉政风险防控卡, one sheet a person, after the source's 督察通报 on 违法违规开采 "
        "(借矿山修复之名开采, 监管不力, 群众举报, 项目延期批准): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def baiyun_finance_selfchecks() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    people = [
        ("奚珞翀", "局领导", "副局长", "leader", [
            ("矿山地质环境治理恢复基金监管不到位", "Ⅰ级", "基金使用情况每半年专项检查。", "已落实"),
            ("预算追加审批不经集体研究", "Ⅱ级", "预算追加经局党组会研究。", "未发现问题"),
        ]),
        ("葛琬淏", "预算股", "股长", "middle", [
            ("资源税返还资金分配不按因素法测算", "Ⅰ级", "分配方案公开，接受审计监督。", "已落实"),
            ("部门预算审核把关不严", "Ⅲ级", "预算审核实行初审、复审两级。", "已落实"),
        ]),
        ("奚湛翊", "国库股", "会计", "general", [
            ("国库集中支付凭证审核不严", "Ⅱ级", "支付凭证经办、复核分离。", "未发现问题"),
            ("财政专户资金违规出借", "Ⅰ级", "专户资金定期对账，严禁出借。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "baiyun_finance_selfchecks", "http://china.zjol.com.cn/05china/system/2006/11/16/007992114.shtml",
        "矿区 财政局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 矿业秩序治理整顿 "
        "(关闭矿山, 无证采矿, 非法转让矿业权, 专项整治): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; a signature line",
        sheets, t,
    )  # fmt: skip


def baiyun_industry_bureau_register() -> dict:
    unit = f"{PLACE}工业和信息化局"
    sh = _Sheet("登记表", [6, 14, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "葛翎澍", "leader", [
            ("对超计划生产稀土企业查处不力", "岗位职责", "一级", "专项整治情况每季度向矿区管委会报告。"),
            ("工业项目扶持资金安排个人说了算", "制度机制", "二级", "扶持项目经评审后局务会研究。"),
        ]),
        ("产业发展股", "股长", "奚泠翯", "middle", [
            ("稀土冶炼分离项目准入审查把关不严", "业务流程", "一级", "准入审查两人以上，意见存档。"),
        ]),
        ("产业发展股", "科员", "葛璠湉", "general", [
            ("稀土产品追溯信息录入核对不实", "业务流程", "二级", "追溯信息与企业台账每月抽查核对。"),
            ("向企业泄露检查计划", "思想道德", "三级", "检查计划保密，检查前临时通知。"),
        ]),
        ("综合股", "出纳", "奚岱翾", "general", [
            ("现金坐支、公款私存", "外部环境", "一级", "现金日清月结，定期盘点。"),
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
        "baiyun_industry_bureau_register", "http://www.jiechangshiye.com/data/show.php?itemid=9477&page=2",
        "矿区 工业和信息化局 廉政风险点排查登记表, after the source's 稀土行业专项整治 (打击非法开采和超控制指标开采, "
        "违法生产和超计划生产, 合法生产企业名单): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    baiyun_monitoring_station_title_holders(),
    baiyun_committee_two_sheets(),
    baiyun_rare_earth_office_posts(),
    baiyun_natural_resources_list(),
    baiyun_emergency_group_rows(),
    baiyun_enforcement_team_cards(),
    baiyun_finance_selfchecks(),
    baiyun_industry_bureau_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch662-inbox"))

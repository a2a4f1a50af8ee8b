"""The four-hundred-and-forty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源
bodies, 勉县 (汉中, Shaanxi) — the 县自然资源局, the 县不动产登记中心, the 县土地储备中心, the
县国土空间规划服务中心 and the 自然资源所 of four 镇 (周家山镇, 武侯镇, 阜川镇, 新街子镇) — each handing
back the 一览表, 防控表, 责任清单, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 不动产登记中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 土地储备中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、收储科``, ``三、资产管理科`` merged
  across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 国土空间规划服务中心's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室; a 制表/审核/date line;
- the 周家山镇自然资源所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 所长（签字）：``;
- the 武侯镇自然资源所's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 所长审核：``;
- the 阜川镇自然资源所's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 新街子镇自然资源所's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``mianxian_natural_resources_arrival_dates``: the 县自然资源局's 岗位廉政风险防控一览表 ``序号 | 股室 |
  岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` (股室 merged per run, 岗位 and 责任人
  merged per person), where a holder who TOOK UP THE POST THIS YEAR is written WITH THE DATE HE
  CAME bracketed after his name IN THE ONE 责任人 CELL: ``苌玥翀（2025年3月到岗）`` (the 副局长),
  ``亓翾珞（2025年5月到岗）`` (the 执法监察股's 科员); the others are bare names. A merged ``注：`` under
  the table says the bracket is the date of arrival. The holder is the name alone; the bracket is
  neither a post, a 科室, a unit nor a second person. The README's 读得懂的表 knows a bracket after
  a name giving the 职务 (``蓝建峰(所长)``), ``现：…⏎原：…（2024年5月调离）`` (a current and a former
  holder, the date the former LEFT), ``贝青崖（现任）⏎（原…，已调出）``, ``（大）/（小）``, a seconded
  holder's home unit under the name, footnote marks after a name, and batch141's status brackets
  (``（聘用）``, ``（见习）``, ``（借调）``); batch261 gives a ``到岗时间`` in a SMALL TABLE OF ITS OWN
  (``序号 | 姓名 | 人员类别 | 到岗时间 | 备注``) under a card. None writes a lone holder with the
  DATE HE ARRIVED bracketed in his own name cell: ``grep -l "到岗）" tests/published/batch*.py``
  finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区's 矿产资源总体规划 — 采矿权,
地质勘查, 矿山地质环境; a 市's 自然资源统一确权登记实施办法 — 登记, 登记簿, 档案; a 国有建设用地
供应计划编制规范 — 储备, 供应, 地块; an article on 乡村地区国土空间规划 — 村庄规划, 用途管制; a 镇's
work report on its 国土建环所 — 农村建房审批, 违法用地巡查, 地质灾害; an article on 耕地占补平衡 —
补充耕地, 验收; a 土地整治规划 — 高标准农田, 土地整理复垦; an article on 城镇开发边界外空间管控 —
详细规划, 规划许可) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 勉县, named with the county's name.

Run ``python tests/published/score.py --set batch449`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the name before the bracket (``苌玥翀``, ``亓翾珞``); the
  bracketed ``2025年3月到岗`` is no post, no 科室 and no person; the note is no point;
- ``中心领导`` (a sheet of the 登记中心's leaders, named so by its tab, and a group row of the 储备中心)
  and ``局领导`` (a 股室 cell of the 自然资源局) are the 科室 of those leaders; a 局's 股 and 办公室 and
  a 中心's 科 (登记科, 档案科, 收储科, 资产管理科) are 科室; a group row ``二、收储科`` gives the 科室
  ``收储科`` (its number left off); the 规划服务中心's list and the four 镇自然资源所 files name no
  科室: their 科室 is "" and the 所 is the unit (``勉县周家山镇自然资源所``, as the title and the
  cards' ``所在单位`` write it);
- 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长 and 副所长 are leaders; 股长 and 科长 middle; the
  rest (科员, 会计, 受理员, 管护员, 规划技术员, 测绘员, 国土专干, 执法协管员, 测量员, 规划协管员) general;
- ``风险点 | 风险表现`` (the 规划服务中心's list): the point is the short 风险点; ``分管工作``,
  ``职责事项`` and ``自查情况`` are no points and name no holder; the 规划服务中心's list names no
  person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch448).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b449_"
PLACE = "勉县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

CAME_NAME = "mianxian_natural_resources_arrival_dates"
CAME_UNIT = f"{PLACE}自然资源局"
CAME_TAB = "一览表"
CAME_HEAD = ("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
CAME_WIDTH = len(CAME_HEAD)
CAME_NOTE = "注：责任人姓名后括号内为到岗时间（本年度人员调整后到岗的注明）。"

# (股室, 岗位, tier, 姓名, 到岗时间 or None, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
CAME_ROWS = [
    ("局领导", "局长", "leader", "郗翯珺", None, [
        ("土地出让方案不经党组会集体研究", "制度机制", "高", "出让方案党组会集体研究，纪要存档。"),
        ("干部选任中打招呼、递条子", "思想道德", "中", "选任方案集体研究，任前公示。"),
    ]),
    ("局领导", "副局长", "leader", "苌玥翀", "2025年3月", [
        ("采矿权出让不按规定公开竞争", "业务流程", "高", "采矿权一律网上公开出让，结果公示。"),
        ("地质灾害治理项目验收走过场", "岗位职责", "中", "验收邀请专家参加，资料存档。"),
    ]),
    ("耕地保护股", "股长", "middle", "郦珩旻", None, [
        ("补充耕地项目验收降低标准", "岗位职责", "高", "验收实行现场核查、图斑比对。"),
        ("耕地占用审查把关不严", "业务流程", "中", "审查意见两人会签，定期抽查。"),
    ]),
    ("执法监察股", "科员", "general", "亓翾珞", "2025年5月", [
        ("违法用地线索瞒报不查", "岗位职责", "高", "线索登记台账，限期核查销号。"),
        ("接受当事人宴请、礼品", "外部环境", "低", "执法两人以上，签订廉洁承诺。"),
    ]),
    ("办公室", "会计", "general", "靳琮玥", None, [
        ("耕地保护补偿资金拨付不及时、截留", "制度机制", "高", "资金专账核算，按程序拨付。"),
        ("报销票据审核不严", "岗位职责", "低", "报销三级审核，定期内审。"),
    ]),
]  # fmt: skip


def _holder(name: str, came: str | None) -> str:
    return name if came is None else f"{name}（{came}到岗）"


def mianxian_natural_resources_arrival_dates() -> dict:
    unit = CAME_UNIT
    sh = _Sheet(CAME_TAB, [6, 12, 9, 20, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", CAME_WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", CAME_WIDTH)
    sh.add(*CAME_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, came, points in CAME_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, _holder(who, came), point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, CAME_NOTE, CAME_WIDTH)
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        CAME_NAME, "http://cqbn.gov.cn/test/zdxzjcgk/jcca/202302/t20230207_11577019.html",
        "(harder) 县自然资源局 岗位廉政风险防控一览表, after the source's 矿产资源总体规划 (采矿权, 地质勘查, 矿山地质环境): a title, "
        "a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/股室 merged (局领导, 耕地保护股, 执法监察股, 办公室)/岗位/"
        "``责任人`` merged per person, where a holder who came this year is written WITH THE DATE HE TOOK UP THE POST bracketed "
        "after his name in the one cell (``苌玥翀（2025年3月到岗）``)/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "a merged ``注：`` line on the brackets and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def mianxian_registration_centre_two_sheets() -> dict:
    unit = f"{PLACE}不动产登记中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("鄢翊珵", "主任", "主持全面工作，分管财务", [
            ("登记系统建设项目采购不经集体研究", "一级", "项目采购主任办公会集体研究，纪要存档。"),
            ("对疑难登记案件打招呼", "二级", "疑难案件集体会审，意见留痕。"),
        ]),
        ("甄昀翱", "副主任", "分管登记、档案", [
            ("首次登记审核把关不严", "一级", "首次登记两级审核，定期抽查。"),
            ("档案查询授权管理不严", "三级", "查询授权登记，日志定期核查。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("登记科", "科长", "訾琰翃", "middle", [
            ("抵押登记为关系人插队办理", "二级", "按受理顺序办理，系统留痕。"),
        ]),
        ("登记科", "受理员", "詹玹珂", "general", [
            ("受理材料不齐全仍予受理", "一级", "一次性告知清单，受理双人复核。"),
            ("收受办事群众财物", "三级", "签订廉洁承诺书，服务评价。"),
        ]),
        ("档案科", "科长", "庾翙玠", "middle", [
            ("违规向无关人员提供登记信息", "一级", "查询凭证件登记，日志留存。"),
            ("档案借阅不登记", "二级", "借阅登记台账，定期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "mianxian_registration_centre_two_sheets", "http://m.jianbiaoku.com/webarbs/book/171743.shtml",
        "县不动产登记中心 廉政风险防控表 in two sheets, after the source's 自然资源统一确权登记实施办法 (登记, 登记簿, 档案): "
        "``中心领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and "
        "``科室`` (a title, 序号/科室 merged (登记科, 档案科)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); no type "
        "column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def mianxian_land_reserve_group_rows() -> dict:
    unit = f"{PLACE}土地储备中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "禚珈翮", "leader", [
                ("收储计划", "收储地块安排不经集体研究", "制度机制风险", "一级风险", "收储计划主任办公会审定，报局党组。"),
                ("前期开发", "前期开发工程指定施工单位", "业务流程风险", "二级风险", "工程按规定招标，结果公示。"),
            ]),
        ]),
        ("二、收储科", "收储科", [
            ("科长", "雍瑀昶", "middle", [
                ("土地收购", "收购补偿标准随意调整", "岗位职责风险", "一级风险", "补偿标准公开，评估报告集体审核。"),
            ]),
            ("科员", "阚翀琪", "general", [
                ("地块测量", "测量面积弄虚作假", "业务流程风险", "二级风险", "测量结果双人复核，现场留影。"),
                ("群众接待", "接受被收储人财物", "思想道德风险", "三级风险", "签订廉洁承诺，回访被收储人。"),
            ]),
        ]),
        ("三、资产管理科", "资产管理科", [
            ("科长", "畲晗珏", "middle", [
                ("储备地管护", "储备地临时出租不公开", "外部环境风险", "二级风险", "临时利用方案公开，收入入账。"),
            ]),
            ("管护员", "郯琨昱", "general", [
                ("巡查管护", "对储备地被占用瞒报不报", "岗位职责风险", "三级风险", "巡查记录台账，定期抽查。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "mianxian_land_reserve_group_rows",
        "https://abg.baidu.com/tags/xh5nhuf5vde6ru6dwxmltkotu26mno5owhqnnrvz4233m13",
        "县土地储备中心 廉政风险防控责任清单, after the source's 国有建设用地供应计划编制规范 (储备, 供应, 地块): a title, 序号/岗位/"
        "责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、收储科``, ``三、资产管理科`` merged across (no 科室 column); 岗位 and 责任人 merged per person; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def mianxian_planning_centre_posts() -> dict:
    unit = f"{PLACE}国土空间规划服务中心"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", [
            ("规划编制委托", "规划编制单位选定不经比选", "制度机制风险", "Ⅰ级", "编制单位公开比选，结果公示。"),
            ("规划成果审查", "对规划成果修改打招呼", "岗位职责风险", "Ⅱ级", "成果专家评审，修改留痕。"),
        ]),
        ("规划技术员", "general", [
            ("村庄规划编制", "为关系户调整用地布局", "业务流程风险", "Ⅰ级", "村庄规划村民会议审议并公示。"),
            ("资料管理", "规划资料外泄", "业务流程风险", "Ⅲ级", "资料借阅登记，涉密资料专柜。"),
        ]),
        ("测绘员", "general", [
            ("地形测绘", "测绘成果数据不实", "外部环境风险", "Ⅱ级", "成果抽检，两人复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "mianxian_planning_centre_posts", "https://fx361.cc/page/2020/1026/17821657.shtml",
        "县国土空间规划服务中心 岗位廉政风险点排查表 对岗不对人, after the source's article on 乡村地区国土空间规划 (村庄规划, 用途"
        "管制): a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def mianxian_zhoujiashan_office_cards() -> dict:
    unit = f"{PLACE}周家山镇自然资源所"
    t = _Truth(unit)
    cards = [
        ("所长", "笪翥玙", "leader", [
            ("农村建房用地审核不严", "★★★", "审核现场踏勘，结果村级公示。"),
            ("违法用地制止不及时", "★★", "动态巡查台账，限期制止。"),
            ("接受建房户宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("副所长", "鄞昉瑾", "leader", [
            ("土地整治项目监管走过场", "★★★", "项目现场检查记录存档。"),
            ("地质灾害隐患点巡查不实", "★★", "巡查拍照留痕，月报核对。"),
        ]),
        ("国土专干", "郈琬翎", "general", [
            ("土地信访问题推诿不办", "★★", "信访登记台账，限期答复。"),
            ("泄露举报人信息", "★", "举报材料专人保管，查阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "mianxian_zhoujiashan_office_cards", "https://haotougao.com/haowen/45948.html",
        "镇自然资源所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 副所长, 国土专干), after the source's 镇国土建环所 work "
        "report (农村建房审批, 违法用地巡查, 地质灾害): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def mianxian_wuhou_office_selfchecks() -> dict:
    unit = f"{PLACE}武侯镇自然资源所"
    t = _Truth(unit)
    people = [
        ("宓翯琤", "所长", "leader", [
            ("耕地占补平衡项目验收把关不严", "高风险", "验收现场核查，图斑比对。", "已落实"),
            ("设施农用地备案审核不严", "高风险", "备案材料两人审核，结果公示。", "未发现问题"),
            ("耕地保护考核打人情分", "中风险", "考核标准公开，结果公示。", "已落实"),
        ]),
        ("戚珂旸", "执法协管员", "general", [
            ("巡查中发现违法占地不报", "中风险", "巡查日志每日上报。", "未发现问题"),
            ("接受当事人吃请", "低风险", "签订廉洁承诺，不接受宴请。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "mianxian_wuhou_office_selfchecks", "http://cre.org.cn/index.php/qy/zhongbu/10373.html",
        "镇自然资源所 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's article on 耕地占补平衡 "
        "(补充耕地, 验收): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def mianxian_fuchuan_office_every_row() -> dict:
    unit = f"{PLACE}阜川镇自然资源所"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "雒翊琨", "leader", "土地整治项目工程量签证不实", "Ⅰ", "签证现场核实，监理、业主共签。"),
        ("所长", "雒翊琨", "leader", "对违法用地案件压案不查", "Ⅱ", "案件登记台账，限期办结。"),
        ("测量员", "巩昶璘", "general", "宅基地测量面积弄虚作假", "Ⅰ", "测量两人以上，成果复核。"),
        ("测量员", "巩昶璘", "general", "测量资料不按规定归档", "Ⅲ", "资料统一归档，定期检查。"),
        ("国土专干", "钭玥珩", "general", "高标准农田建设资料不实", "Ⅱ", "资料与现场比对，拍照留痕。"),
        ("国土专干", "钭玥珩", "general", "泄露权利人信息", "Ⅲ", "信息保密承诺，查询留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "mianxian_fuchuan_office_every_row", "http://chinagdp.org/fzgh/201902/26979.html",
        "镇自然资源所 廉政风险防控清单, after the source's 土地整治规划 (高标准农田, 土地整理复垦, 补充耕地): a title, then 序号/岗位/"
        "``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column, no 科室 "
        "column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def mianxian_xinjiezi_office_list() -> dict:
    unit = f"{PLACE}新街子镇自然资源所"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "蒯珺翚", "leader", [
            ("城镇开发边界外建设项目选址审核不严", "制度机制", "高", "选址意见集体研究，报县局审核。"),
            ("乡村建设规划许可打招呼", "思想道德", "中", "许可结果公开，接受监督。"),
        ]),
        ("规划协管员", "濮琰翥", "general", [
            ("规划核实走过场", "业务流程", "高", "核实两人以上，现场拍照。"),
        ]),
        ("国土专干", "蔺旻瑄", "general", [
            ("临时用地复垦监管不到位", "岗位职责", "低", "复垦台账，到期核查。"),
            ("接受用地单位礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "mianxian_xinjiezi_office_list", "https://www.360doc.cn/article/33073410_1090409050.html",
        "镇自然资源所 岗位廉政风险防控一览表, after the source's article on 城镇开发边界外空间管控 (详细规划, 规划许可): ``附件1``, a "
        "title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mianxian_natural_resources_arrival_dates(),
    mianxian_registration_centre_two_sheets(),
    mianxian_land_reserve_group_rows(),
    mianxian_planning_centre_posts(),
    mianxian_zhoujiashan_office_cards(),
    mianxian_wuhou_office_selfchecks(),
    mianxian_fuchuan_office_every_row(),
    mianxian_xinjiezi_office_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch449-inbox"))

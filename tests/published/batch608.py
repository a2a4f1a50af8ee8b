"""The six-hundred-and-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one place's 乡村 and 移民
bodies, 隆湖 (the 隆湖经济开发区 of 石嘴山市, 宁夏) — its 管委会, 移民服务中心, 农业服务中心, 乡村振兴服务中心,
农村经营管理站 and the 社区服务站 of its 二站, 四站 and 六站 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 管委会's 一览表 in TWO SHEETS: ``管委会领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``内设机构`` (``内设机构`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农业服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 乡村振兴服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 二站社区服务站's 责任清单 under GROUP ROWS ``一、站领导`` … ``三、网格服务组`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 四站社区服务站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 六站社区服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 农村经营管理站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``longhu_resettlement_centre_section_roster``: the 移民服务中心's 廉政风险点防控清单, ``序号 | 廉政风险点 |
  风险等级 | 防控措施`` with NO 科室, 岗位 or 责任人 column; the rows stand under merged SECTION ROWS that
  name WORK MATTERS (``（一）移民后期扶持资金发放``, ``（二）安置房分配和产权办理``, ``（三）移民就业创业帮扶``,
  ``（四）移民人口核定和动态管理``), a ``注：`` line says each point is held by the holder of its matter,
  and under the list a small table ``工作事项分工`` (``序号 | 工作事项 | 责任岗位 | 责任人``, one row a
  matter, the matter written without its ``（一）`` number) gives each section's post and holder —
  the 副主任 holds two sections. The README's 读得懂的表 knows group rows ``一、办公室`` that give the 科室,
  ``一、出纳岗（责任人：李明）`` that give post and holder, ``（一）…`` work matters inside the 风险点
  column, ``2.预算编制`` section titles, a 责任主体 column naming groups resolved by a roster, holders
  by a roster keyed by serial numbers (``责任分工：第1—3项 …``), by stage legend or by 环节 column; it
  does not describe section rows of work matters, with no holder column at all, whose holders stand
  only in a roster keyed by the matter's name.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 自治区 意见 on 百万移民致富提升行动 —
易地搬迁后续扶持, 安置区, 产业就业帮扶; a page on 移民后期扶持工作 — 资金池+项目库, 技能培训; one on
移民安置与后期扶持中心 — 搬得出、稳得住、能致富, 创业扶持; one on 移民搬迁政策 — 户组村三级评议, 集中安置;
a paper on 易地扶贫搬迁社区治理 — 归口管理, 生计空间; one on 移民安置款 — 信息公开, 专款专用; a 市农业中心
— 人居环境整治, 特色产业; one on 水库移民资金管理 — 镇级报账制, 全过程监管) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 钞 and 闾丘 with rare given names); every unit is a body of 隆湖 (its name
begins ``隆湖``), a place no earlier batch's units name, so ``is_apart`` is called with
``unit_words=("隆湖",)``.

Run ``python tests/published/score.py --set batch608`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each section row names a work matter, not a 科室: its rows are points of the
  holder the ``工作事项分工`` table gives that matter (post and name), with the row's level; one form
  a holder (the 副主任 闾丘玹 holds two matters: one form, five points), no 科室 (the file names
  none); the section rows, the ``注：`` line, the roster's own rows and the 填表/审核 line are no
  points;
- ``中心领导``, ``站领导`` (a 科室 cell, a group row, a 股室 cell) are the 科室 of those leaders; the
  管委会's leaders (sheet ``管委会领导``, no 科室 column) and the cards' holders have no 科室; a 管委会's
  内设机构 (党政办公室, 财政审计局), a 中心's 股 and a 服务站's 组 are 科室;
- every 中心, 站 and the 管委会 are units of their own: 主任, 副主任, 站长, 副站长 (of the unit) are
  leaders; a 内设机构's 主任 and 局长, 股长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 农业服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b608_"
PLACE = "隆湖"
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

# the 工作事项 of the list, in order: (section row shown, 工作事项), and its points
# (风险点, 风险等级, 防控措施)
SECTIONS = [
    ("（一）移民后期扶持资金发放", "移民后期扶持资金发放", [
        ("后期扶持资金发放名册核对不严，虚报冒领", "高", "发放名册与户籍、低保信息比对，村（站）公示七天。"),
        ("扶持资金未按时足额直补到人", "中", "资金通过“一卡通”直接发放，不经手现金。"),
        ("截留、挪用后期扶持项目资金", "高", "项目资金专账核算，纪工委全程监督。"),
    ]),
    ("（二）安置房分配和产权办理", "安置房分配和产权办理", [
        ("安置房分配不按抽签顺序，优亲厚友", "高", "分配现场公开抽签，移民代表和纪检人员全程监督。"),
        ("安置房产权证办理中吃拿卡要", "中", "办证材料清单公开，一次性告知。"),
    ]),
    ("（三）移民就业创业帮扶", "移民就业创业帮扶", [
        ("技能培训补贴虚报培训人数", "中", "培训签到拍照留痕，补贴名单公示。"),
        ("创业扶持贷款推荐对象不符合条件", "低", "推荐对象站（村）评议、中心审核。"),
    ]),
    ("（四）移民人口核定和动态管理", "移民人口核定和动态管理", [
        ("移民人口核定中弄虚作假，违规认定身份", "高", "人口核定三级审核，结果张榜公示。"),
        ("死亡、迁出人员未及时核减", "低", "每季度与公安、民政数据比对核减。"),
    ]),
]  # fmt: skip

# the 工作事项分工 under the list: 工作事项 → (责任岗位, 责任人, tier)
ROSTER = [
    ("移民后期扶持资金发放", "副主任", "闾丘玹", "leader"),
    ("安置房分配和产权办理", "主任", "钞翀澈", "leader"),
    ("移民就业创业帮扶", "业务专干", "钞沨琦", "general"),
    ("移民人口核定和动态管理", "副主任", "闾丘玹", "leader"),
]


def longhu_resettlement_centre_section_roster() -> dict:
    unit = f"{PLACE}移民服务中心"
    sh = _Sheet("风险点清单", [6, 40, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点防控清单", 4)
    _line(sh, f"单位：{unit}{GAP * 16}2025年5月", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    who_of = {matter: (post, who, tier) for matter, post, who, tier in ROSTER}
    n = 0
    for shown, matter, points in SECTIONS:
        _line(sh, shown, 4)
        post, who, tier = who_of[matter]
        for point, lv, measures in points:
            n += 1
            sh.add(n, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：各项风险点由所在工作事项的责任人负责防控，工作事项分工见下表。", 4)
    sh.add()
    _line(sh, "工作事项分工", 4)
    sh.add("序号", "工作事项", "责任岗位", "责任人")
    for i, (matter, post, who, _tier) in enumerate(ROSTER, 1):
        sh.add(i, matter, post, who)
    sh.add()
    sh.add("填表：", None, "审核：", None)
    # the truth one form a holder: 闾丘玹 holds two 工作事项, one form
    return _layout(
        "longhu_resettlement_centre_section_roster", "http://app.ebuick-3.com/ebuick-3/27760.html",
        "(harder) 开发区 移民服务中心 廉政风险点防控清单, after the source's 自治区 百万移民致富提升行动 意见 (易地搬迁后续扶持, "
        "安置区, 产业就业帮扶, 社会融入): a title, a merged ``单位：…　2025年5月`` line, ``序号 | 廉政风险点 | 风险等级 | "
        "防控措施`` with NO 科室, 岗位 or 责任人 column, the rows under merged SECTION ROWS naming WORK MATTERS "
        "(``（一）移民后期扶持资金发放`` … ``（四）移民人口核定和动态管理``, not 科室), a ``注：`` line saying each point is "
        "held by its matter's holder, and under it a small table ``工作事项分工`` — ``序号 | 工作事项 | 责任岗位 | 责任人`` "
        "one row a matter (the matter written without its （一） number) — that gives each section's post and holder, "
        "one holder (副主任) holding two sections; 高/中/低, no type column; a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def longhu_committee_two_sheets() -> dict:
    unit = f"{PLACE}经济开发区管委会"
    t = _Truth(unit)
    lead = _Sheet("管委会领导", [6, 9, 10, 20, 38, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("钞湛煦", "主任", "主持管委会全面工作", [
            ("安置区基础设施项目插手干预招投标", "一级", "项目一律进入公共资源交易平台，班子集体研究。"),
            ("产业扶持项目资金分配个人说了算", "一级", "资金分配方案经主任办公会研究并公示。"),
        ]),
        ("闾丘翎澍", "副主任", "分管移民、乡村振兴", [
            ("移民后续扶持项目申报把关不严", "一级", "项目申报实行站、中心、管委会三级审核。"),
            ("衔接推进乡村振兴补助资金拨付不及时", "二级", "资金拨付实行台账管理，按月通报。"),
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
    dept = _Sheet("内设机构", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}内设机构廉政风险防控一览表", 7)
    dept.add("序号", "内设机构", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("党政办公室", "主任", "钞昶璘", "middle", "公务接待超标准、虚列接待费用", "二级", "接待实行公函制度，清单报销。"),
        ("党政办公室", "科员", "闾丘岑", "general", "办公用品采购不比价", "三级", "采购三家询价，验收双人签字。"),
        ("财政审计局", "局长", "钞淇珩", "middle", "惠民惠农补贴资金审核不严", "一级", "补贴发放“一卡通”，名单公开。"),
        ("财政审计局", "局长", "钞淇珩", "middle", "国库集中支付审核走过场", "二级", "支付凭证双人复核。"),
        ("财政审计局", "会计", "闾丘珞", "general", "会计凭证不合规入账", "二级", "凭证经主管会计审核后入账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：党政办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "longhu_committee_two_sheets", "https://zsywlkj.com/shijiebei/32782.html",
        "开发区 管委会 廉政风险防控一览表 in TWO SHEETS, after the source's 移民后期扶持 工作 (资金池+项目库, 跨部门协同, "
        "技能培训): sheet 管委会领导 with 姓名/职务/分管工作 merged per leader, sheet 内设机构 with 内设机构 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def longhu_agriculture_centre_posts() -> dict:
    unit = f"{PLACE}农业服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "农机购置补贴", "补贴机具核验不到现场，与经销商串通套补", "制度机制风险", "高",
         "机具现场核验拍照，补贴对象公示。"),
        ("农技推广股", "股长", "middle", "良种推广", "指定供种企业，收受好处", "外部环境风险", "高",
         "供种企业比选确定，结果公开。"),
        ("农技推广股", "股长", "middle", "农技培训", "虚报培训人次，套取培训经费", "岗位职责风险", "中",
         "培训签到、影像资料存档。"),
        ("农业产业股", "股长", "middle", "设施农业项目验收", "大棚建设项目验收不实", "业务流程风险", "中",
         "验收邀请移民代表参加，逐棚核查。"),
        ("农业产业股", "统计员", "general", "产量统计", "农业产值、移民收入数据弄虚作假", "思想道德风险", "低",
         "统计数据抽样复核。"),
        ("农业产业股", "统计员", "general", "土地流转备案", "土地流转合同备案审核不严", "业务流程风险", "中",
         "流转合同逐份审核，台账管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "longhu_agriculture_centre_posts", "http://www.delmunsoft.com/news/show-401955.html",
        "开发区 农业服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 市农业中心 (人居环境整治, 督导暗访, "
        "特色产业调研, 生产性服务组织): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def longhu_rural_revival_selfchecks() -> dict:
    unit = f"{PLACE}乡村振兴服务中心"
    t = _Truth(unit)
    people = [
        ("钞筠翊", "中心领导", "主任", "leader", [
            ("衔接资金项目库入库把关不严", "Ⅰ级", "项目入库经集体研究、公示。", "已落实"),
            ("防返贫监测对象认定优亲厚友", "Ⅱ级", "监测对象站（村）评议，中心复核。", "未发现问题"),
        ]),
        ("闾丘滢", "帮扶股", "帮扶专干", "general", [
            ("帮扶物资发放不登记、不公示", "Ⅰ级", "物资发放签字领取，名单公示。", "已落实"),
            ("入户走访记录弄虚作假", "Ⅲ级", "走访留痕，随机回访。", "已落实"),
        ]),
        ("钞岷芃", "项目股", "项目专干", "general", [
            ("扶贫车间租金减免审核不实", "Ⅱ级", "减免凭证双人审核，报中心审定。", "未发现问题"),
            ("项目资产确权移交不及时", "Ⅲ级", "资产台账按季度更新。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "longhu_rural_revival_selfchecks", "https://zsywlkj.com/shijiebei/33541.html",
        "开发区 乡村振兴服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "移民安置与后期扶持中心 (搬得出、稳得住、能致富, 就业支持, 创业扶持): a title, a label row ``姓　名 | 所在股室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def longhu_second_station_group_rows() -> dict:
    unit = f"{PLACE}二站社区服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "钞璟沄", "leader", [
                ("移民安置区公益性岗位人选不经评议", "一级风险", "岗位人选居民代表评议、公示。"),
                ("集体经济收益分配不公开", "一级风险", "收益分配方案经居民代表会议通过。"),
            ]),
        ]),
        ("二、综合服务组", "综合服务组", [
            ("组长", "闾丘琮", "middle", [
                ("临时救助申请审核把关不严", "二级风险", "救助申请入户核查，站务会研究。"),
            ]),
            ("民政专干", "钞湉岫", "general", [
                ("低保、特困人员动态调整不及时", "二级风险", "每季度入户核查，按规定调整。"),
                ("高龄津贴代领代管", "三级风险", "津贴直接打卡，不代领。"),
            ]),
        ]),
        ("三、网格服务组", "网格服务组", [
            ("网格员", "闾丘沄", "general", [
                ("移民户信息采集不实", "二级风险", "信息采集本人签字确认，随机抽查。"),
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
        "longhu_second_station_group_rows", "https://zsywlkj.com/shijiebei/20164.html",
        "开发区 社区服务站 廉政风险防控责任清单, after the source's 移民搬迁政策 图解 (搬迁对象识别, 户组村三级评议, 集中安置, "
        "安置社区): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、综合服务组``, ``三、网格服务组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def longhu_fourth_station_cards() -> dict:
    unit = f"{PLACE}四站社区服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "闾丘瑢", "站长", "主持服务站全面工作", "leader", [
            ("安置区物业服务企业选聘暗箱操作", "★★★", "选聘公开比选，结果公示。"),
            ("移民产业项目分红名单弄虚作假", "★★★", "分红名单居民代表会议审定并公示。"),
            ("接受移民群众宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副站长", "钞濯岚", "副站长", "分管社会事务、产业发展", "leader", [
            ("滩羊养殖补贴申报审核不严", "★★", "补贴申报入户核实，公示七天。"),
            ("公益性岗位考勤不实、吃空饷", "★★", "考勤每月公示，随机抽查在岗。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}干部廉政风险防控卡", 4)
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
        "longhu_fourth_station_cards", "https://wenshuyi.com/a/na89tff8o3eb.html",
        "开发区 社区服务站 干部廉政风险防控卡, one sheet a holder, after the source's 易地扶贫搬迁社区治理 (常规化治理, 归口管理, "
        "生计空间, 社会融入): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def longhu_sixth_station_list() -> dict:
    unit = f"{PLACE}六站社区服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "钞珩汐", "leader", "移民安置款发放不公开", "制度机制", "高风险",
         "安置款发放名单张榜公示，银行直发。"),
        ("站领导", "站长", "钞珩汐", "leader", "村级小型工程“化整为零”规避招标", "岗位职责", "中风险",
         "小型工程按限额报管委会审批。"),
        ("便民服务大厅", "组长", "闾丘湘", "middle", "代办事项收取好处费", "思想道德", "中风险",
         "代办事项清单公开，免费代办。"),
        ("便民服务大厅", "社保专干", "钞岍琳", "general", "城乡居民养老保险待遇资格认证不实", "业务流程", "高风险",
         "资格认证比对死亡数据，入户核实。"),
        ("便民服务大厅", "社保专干", "钞岍琳", "general", "医保参保缴费代收代缴不开票据", "业务流程", "中风险",
         "缴费一律线上办理，不收现金。"),
        ("网格服务组", "网格员", "闾丘霈", "general", "移民房屋出租出借登记不实", "外部环境", "低风险",
         "出租登记与派出所信息比对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "longhu_sixth_station_list", "https://www.76hw.com/news/jie-mi-feng-dou-yi-min-an-zhi-kuan-ru-he-que-bao-gong-ping-tou-ming-yu-he-gui.html",
        "开发区 社区服务站 岗位廉政风险防控一览表, after the source's 移民安置款 公平透明合规 (安置标准, 信息公开, 专款专用, "
        "财务公开): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def longhu_rural_management_register() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "闾丘璘翊", "leader", [
            ("村集体“三资”处置不经民主程序", "制度机制", "一级", "“三资”处置经“四议两公开”。"),
            ("集体经济发展项目选择个人决定", "思想道德", "二级", "项目经站务会集体研究。"),
        ]),
        ("经管股", "股长", "钞泠峣", "middle", [
            ("村级财务代理记账审核不严", "岗位职责", "二级", "代理记账凭证逐笔审核。"),
        ]),
        ("经管股", "会计", "闾丘琯澂", "general", [
            ("村级资金“白条”入账", "业务流程", "一级", "原始凭证不合规的一律退回。"),
            ("集体资产台账登记不全", "岗位职责", "三级", "资产台账年度清查核对。"),
        ]),
        ("土地股", "专干", "钞泓岱", "general", [
            ("土地承包经营权纠纷调处偏袒一方", "外部环境", "二级", "调处实行回避，结果书面告知。"),
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
        "longhu_rural_management_register", "https://zsywlkj.com/shijiebei/21677.html",
        "开发区 农村经营管理站 廉政风险点排查登记表, after the source's 水库移民资金管理 (专款专用, 镇级报账制, 绩效管理, 全过程监管): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    longhu_resettlement_centre_section_roster(),
    longhu_committee_two_sheets(),
    longhu_agriculture_centre_posts(),
    longhu_rural_revival_selfchecks(),
    longhu_second_station_group_rows(),
    longhu_fourth_station_cards(),
    longhu_sixth_station_list(),
    longhu_rural_management_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch608-inbox"))

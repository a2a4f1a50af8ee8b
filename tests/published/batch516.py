"""The five-hundred-and-sixteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 畜牧 and
草原 bodies, 肃北县 (the 蒙古族自治县 of 酒泉, 甘肃, a county of pasture) — its 畜牧兽医局, 草原站,
动物疫病预防控制中心, 畜牧技术推广站 and four town and township 畜牧兽医站 (党城湾镇, 马鬃山镇, 石包城乡,
盐池湾乡) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 畜牧兽医局's 一览表: ``科室 | 岗位 | 责任人 | 风险点 | 风险类型 | 风险等级 | 防控措施`` written on
  every row, short types, 高/中/低;
- the 草原站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per person) and ``组室``
  (``组室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 畜牧技术推广站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 党城湾镇畜牧兽医站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 石包城乡畜牧兽医站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在组室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 马鬃山镇畜牧兽医站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、防疫检疫组`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 盐池湾乡畜牧兽医站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``subei_cdc_degree_levels``: the 动物疫病预防控制中心's 岗位廉政风险防控一览表 is a plain list
  (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, 科室 merged over its rows,
  岗位 and 姓名 over the person's, short types, a 填表人/审核人/date line) whose LEVELS ARE WRITTEN AS
  DEGREES: ``高度/中度/低度`` — the words of a 风险评估 that grades a risk by its degree (``风险程度``), no
  note explains them, no other level word stands in the file, the heading is the plain ``风险等级``.
  The shape is about HOW THE LEVEL IS WRITTEN. The README's 读得懂的表 knows ``高/中/低``, ``一级/二级/
  三级``, ``Ⅰ/Ⅱ/Ⅲ``, ``★``, ``较高/一般/较低``, ``高级/中级/低级``, ``一级腐败风险``, ``Ⅱ级风险点``, ``★★☆``,
  codes (``A/B/C``, ``甲类``, ``Ⅰ-01``) and words a note explains, an inverted scale a note states,
  numbers, colours, typefaces and marks; the earlier batches add ``壹级/贰级/叁级`` (batch 512),
  ``重大/较大/一般`` and ``严重`` in sentences; none writes ``高度/中度/低度`` (``grep -l -E '高度|低度'
  tests/published/batch*.py`` finds none, nor does the README; ``中度`` stands only in batch 497's
  ``采购集中度``). They need no note: ``高度`` is ``高`` said as a degree, so a reader of the plain
  ``高/中/低`` scale should read them 1/2/3; the question is whether it does, or calls them
  unreadable.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 动物卫生风险分级管理 — a
领导小组 under the 畜牧兽医局局长, 风险等级审核, 扶持政策 and 项目资金; a rule on 草原补奖资金 — 资金拨付与
发放, 禁牧补助, 草畜平衡奖励, 一卡通, 封顶保底; a note on 草原奖补资金 — 专账管理, 检查验收, 村级公示, 一卡通
发放, 草原监理; a 县's 免疫效果 采血检测 — 随机抽样, 禽流感, 口蹄疫, 实验室检测; a forum post on 畜禽良种补贴 —
生猪, 奶牛, 肉牛, 绵羊 良种补贴; an outline of the 产地检疫工作程序 — 申报, 受理, 查验, 出证;
a paper on 村级动物防疫员 — 强制免疫, 畜禽标识, 免疫档案, 疫情报告; a paper on 生猪屠宰检疫 — 宰前宰后检疫,
检疫结果) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names); every unit is
a body of 肃北县 (``unit_words=("肃北县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch516`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``高度/中度/低度`` are 1/2/3, as ``高/中/低`` are (the degree of a risk is its level);
- ``站领导`` (the 草原站's leaders' sheet and the 马鬃山镇站's group row) is the 科室 of those leaders; a
  局's 股 and 办公室, a 中心's and a 推广站's 室 and a 站's 组 are 科室; the 草原站's sheet ``组室`` names the
  科室 in its ``组室`` column; a group row ``二、防疫检疫组`` gives the 科室 ``防疫检疫组`` (its number
  left off), as batch 280 and 513 did; the 党城湾镇站's cards and the 盐池湾乡站's list name no 科室 (the
  body is the unit); the 石包城乡站's ``所在组室`` names one where it is filled, ``站领导`` for the 站长;
- every body is a unit of its own: 局长, 副局长, a 站's 站长 and 副站长, a 中心's 主任 and 副主任 are
  leaders; 股长, 室主任 and 组长 middle; the rest (会计, 检疫员, 防疫员, 化验员, 技术员, 草原监理员 …)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 畜牧技术推广站's list names no person: its forms are posts
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

PREFIX = "b516_"
PLACE = "肃北县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
DEGREES = {"高度": 1, "中度": 2, "低度": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
CDC = [
    ("中心领导", "主任", "虢滢翀", "leader", [
        ("强制免疫疫苗采购指定供应商", "制度机制", "高度", "疫苗按省级招标目录采购，中心集体研究，合同备案。"),
        ("检测经费安排个人说了算", "岗位职责", "中度", "经费预算集体审定，支出按季公开。"),
    ]),
    ("检测室", "室主任", "郄沄翯", "middle", [
        ("免疫抗体检测结果弄虚作假", "岗位职责", "高度", "原始记录双人签字，样品留样复检。"),
        ("为养殖场出具不实检测报告", "外部环境", "中度", "报告三级审核签发，结果网上可查。"),
    ]),
    ("疫苗管理室", "疫苗管理员", "巩瀞玹", "general", [
        ("疫苗出入库数量不实", "业务流程", "中度", "出入库双人登记，按月盘点。"),
        ("收受疫苗企业礼品", "思想道德", "低度", "签订廉洁承诺书，开展警示教育。"),
    ]),
]  # fmt: skip


def subei_cdc_degree_levels() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 34, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CDC:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), DEGREES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "2025年6月", None, None)
    return _layout(
        "subei_cdc_degree_levels",
        "https://soolun.net/periodical/64c3b28abe4fd3a09865fccface45f11.html",
        "(harder) 动物疫病预防控制中心 岗位廉政风险防控一览表, after the source's account of a county's 免疫效果 "
        "采血检测 (随机抽样, 实验室检测): 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/short types/"
        "levels written as DEGREES ``高度/中度/低度`` under the plain ``风险等级``, no note/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def subei_bureau_list() -> dict:
    unit = f"{PLACE}畜牧兽医局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "訾淏珺", "leader", "官方兽医检疫收费不公示", "制度机制", "高",
         "收费标准上墙公示，票据统一管理。"),
        ("兽医股", "股长", "亓瀚玥", "middle", "动物防疫条件审核把关不严", "岗位职责", "高",
         "审核两人现场查验，结果公示。"),
        ("兽医股", "官方兽医", "殳沣璟", "general", "屠宰检疫不到场出证", "业务流程", "中",
         "派驻检疫登记，出证与检疫记录核对。"),
        ("办公室", "会计", "鞠潆琦", "general", "项目资金报账票据审核不严", "思想道德", "低",
         "经办、审核、审批分离，按季公开。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "subei_bureau_list",
        "http://news.xinnong.net/news/20160917/1323134.html",
        "县畜牧兽医局 廉政风险防控一览表, after the source's account of a county's 动物卫生风险分级管理 (领导小组, "
        "风险等级审核, 扶持资金): 序号/科室/岗位/责任人/风险点/风险类型 (short)/高/中/低/防控措施 on EVERY row; "
        "填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def subei_grassland_two_sheets() -> dict:
    unit = f"{PLACE}草原站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仉澍琰", "站长", "主持全面工作", [
            ("草原补奖资金分配个人说了算", "一级", "资金分配站务会研究，名单村级公示。"),
            ("围栏建设项目指定施工队", "二级", "项目公开招标，验收集体进行。"),
        ]),
        ("蒯湉璐", "副站长", "分管草原监理", [
            ("禁牧违规放牧处罚畸轻畸重", "一级", "处罚按裁量基准，重大案件集体讨论。"),
            ("接受牧户宴请", "三级", "巡查前廉洁提醒，拒绝宴请。"),
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
    dept = _Sheet("组室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}组室岗位廉政风险防控表", 7)
    dept.add("序号", "组室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("草原监理组", "组长", "郜瀛玓", "middle", "草畜平衡核查数据不实", "一级", "核查两人入户，数据抽查复核。"),
        ("草原监测组", "草原监理员", "靳淙瑄", "general", "管护员考核打人情分", "二级", "考核结果公示，乡镇复核。"),
        ("草原监测组", "草原监理员", "靳淙瑄", "general", "巡查记录事后补写", "三级", "巡查定位打卡，记录当日上传。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "subei_grassland_two_sheets",
        "http://fsou.com/html/text/chl/1682/168269_2.html",
        "县草原站's file in two sheets, after the source's rule on 草原补奖资金 (资金拨付与发放, 禁牧补助, "
        "草畜平衡奖励, 一卡通): ``站领导`` with 姓名/职务/分管工作 merged per person; ``组室`` with 组室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def subei_extension_posts() -> dict:
    unit = f"{PLACE}畜牧技术推广站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    breed, office = "良种繁育室", "综合室"
    rows = [
        (breed, "技术员", "general", "良种补贴对象核定", "虚报改良头数，套取良种补贴", "岗位职责风险", "Ⅰ级",
         "补贴对象村级公示，抽查入户核实。"),
        (breed, "技术员", "general", "冻精发放登记", "冻精私自出售或发放不登记", "业务流程风险", "Ⅱ级", "冻精出入库双人登记。"),
        (office, "会计", "general", "推广项目资金报账", "项目资金挤占挪用", "制度机制风险", "Ⅱ级", "项目资金专账核算，按季公开。"),
        (office, "会计", "general", "培训费用支出", "虚列培训人数和天数", "思想道德风险", "Ⅲ级", "培训签到表与报账核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "subei_extension_posts",
        "http://www.www12347.com/forum.php?mod=viewthread&ordertype=2&tid=341497",
        "县畜牧技术推广站 廉政风险点排查表 对岗不对人, after the source's post on 畜禽良种补贴 (生猪, 奶牛, 肉牛, 绵羊): "
        "科室 merged/岗位 merged/a short 风险点/a long 风险表现/``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def subei_dangchengwan_cards() -> dict:
    unit = f"{PLACE}党城湾镇畜牧兽医站"
    t = _Truth(unit)
    cards = [
        ("站长", "厍沅琤", "leader", [
            ("产地检疫证明代开乱开", "★★★", "检疫证明专人保管，出证登记。"),
            ("防疫物资分配搞亲疏", "★★", "物资分配站务会研究，按村公示。"),
        ]),
        ("检疫员", "钭湜瑗", "general", [
            ("检疫不到现场出具证明", "★★", "检疫现场拍照，定位上传。"),
            ("收受养殖户土特产", "★", "签订廉洁承诺书。"),
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
        "subei_dangchengwan_cards",
        "https://zsbeike.com/kepu/10087295.html",
        "镇畜牧兽医站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 检疫员), after the source's outline of the "
        "产地检疫工作程序 (申报, 受理, 检疫, 出证): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/"
        "防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def subei_shibaocheng_selfchecks() -> dict:
    unit = f"{PLACE}石包城乡畜牧兽医站"
    t = _Truth(unit)
    people = [
        ("隗璟沨", "站长", "leader", "站领导", [
            ("免疫补助经费发放不实", "高风险", "补助名单公示，一卡通发放。"),
            ("病死畜无害化处理核定搞照顾", "中风险", "核定两人现场查验，拍照存档。"),
        ]),
        ("訾瀛琬", "防疫员", "general", "防疫组", [
            ("免疫档案补记虚填", "中风险", "免疫后当日录入系统，站长抽查。"),
            ("向养殖户推销兽药", "低风险", "开展警示教育，公开举报电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在组室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站意见：", None, None)
        sheets.append(sh)
    return _layout(
        "subei_shibaocheng_selfchecks",
        "https://scholarmate.com/S/quLHDU",
        "乡畜牧兽医站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's paper on 村级动物防疫员 "
        "(强制免疫, 免疫档案, 疫情报告): a label row ``姓　名 | 岗　位 | 所在组室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 站意见：``",
        sheets, t,
    )  # fmt: skip


def subei_mazongshan_group_rows() -> dict:
    unit = f"{PLACE}马鬃山镇畜牧兽医站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "缪澂玙", "leader", [
                ("违法案件不经集体讨论处理", "一级风险", "案件站务会讨论，记录存档。"),
                ("公务车辆私用", "三级风险", "派车登记，节假日封存。"),
            ]),
        ]),
        ("二、防疫检疫组", "防疫检疫组", [
            ("组长", "阚溱珮", "middle", [
                ("屠宰检疫宰后检验走过场", "一级风险", "宰前宰后检疫记录当场签字，站长抽查。"),
                ("畜禽标识发放不登记", "二级风险", "标识领用台账，按月核对。"),
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
        "subei_mazongshan_group_rows",
        "http://www.qikan.com.cn/article/zgwd20240560.html",
        "镇畜牧兽医站 廉政风险防控责任清单, after the source's paper on 生猪屠宰检疫 (宰前宰后检疫, 检疫结果): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、防疫检疫组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def subei_yanchiwan_duty_list() -> dict:
    unit = f"{PLACE}盐池湾乡畜牧兽医站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "逄滢琨", "leader", "草原管护员管理", "管护员选聘优亲厚友", "一级", "选聘条件公开，结果公示。"),
        ("站长", "逄滢琨", "leader", "补奖资金核发", "禁牧补助面积核定不实", "二级", "面积与承包合同核对，村级公示。"),
        ("化验员", "禚沄瑨", "general", "布病监测采样", "采样数量虚报", "二级", "采样登记台账，站长审阅。"),
        ("化验员", "禚沄瑨", "general", "试剂耗材领用", "试剂私自转卖", "三级", "领用双人签字，按季盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "subei_yanchiwan_duty_list",
        "http://ask.fsou.com/html/text/chl/1757/175711_1.html",
        "乡畜牧兽医站 廉政风险防控责任清单, after the source's note on 草原奖补资金 (专账管理, 检查验收, 村级公示, 草原"
        "监理): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    subei_cdc_degree_levels(),
    subei_bureau_list(),
    subei_grassland_two_sheets(),
    subei_extension_posts(),
    subei_dangchengwan_cards(),
    subei_shibaocheng_selfchecks(),
    subei_mazongshan_group_rows(),
    subei_yanchiwan_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch516-inbox"))

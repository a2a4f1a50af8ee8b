"""The eight-hundred-and-seventy-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 发改 and 粮食
bodies, 民丰县 (of 和田地区, 新疆维吾尔自治区) — its 发展和改革委员会, 价格认证中心, 粮食和物资储备中心,
能源管理站, 粮食收储库 and the 农村能源服务站 of its 乡镇 (若克雅乡, 叶亦克乡, 尼雅镇) — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 发展和改革委员会's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short ``风险类型``,
  ``一级/二级/三级``;
- the 价格认证中心's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 粮食和物资储备中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 能源管理站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 若克雅乡农村能源服务站's 清单 under GROUP ROWS ``一、站领导`` … merged across, ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 叶亦克乡农村能源服务站's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 尼雅镇农村能源服务站's 一览表 in TWO SHEETS ``站领导`` / ``工作人员``, ``一级/二级/三级``, no type
  column.

One is harder:

- ``minfeng_grain_depot_three_questions``: the 粮食收储库's 廉政风险 “三问” 清单, whose headings are
  the three plain questions of a 公示 — ``管什么`` (the risk point), ``谁来管`` (the holder, ``岗位　姓名``
  in one cell) and ``怎么管`` (the measures) — beside ``序号 | 业务环节 | 风险等级``; no heading says
  风险点, 责任人, 姓名, 岗位 or 防控措施, and no note explains the questions. The README's 读得懂的表
  knows headings by their usual words and synonyms (``廉政风险点``, ``风险描述``, ``责任人``, ``岗位及
  责任人`` …) and headings explained by a 填表说明; it does not describe a list headed only by the
  questions 管什么 / 谁来管 / 怎么管.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a news report on 粮食购销领域
“粮仓硕鼠” — 虚假收购, 以陈顶新, 转圈粮; a 政府投资项目管理办法 — 年度计划, 项目审批, 资金安排; a 涉案财物
价格认定办法 — 认定程序, 回避, 现场勘验; a 国家粮食局 扦样检验 notice — 质量抽查, 扦样, 承检机构; a note on
户用沼气池 补助 — 立项申请, 补助资金, 建材和灶具; a report on 户用沼气 国债 — 一池三改; a 市 report on
沼气和太阳能热水器 推广补助; a 省 report on 农村新能源示范县 — 联户沼气, 秸秆沼气集中供气) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 宁 and 施 with rare given names); every unit is a body
of 民丰县.

Run ``python tests/published/score.py --set batch878`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``管什么`` is the point, ``谁来管`` the holder (post and name in one cell, split at
  the full-width space), ``怎么管`` the measures; ``业务环节`` (粮食收购, 储存保管 …) is a stage, not a
  科室: the depot's forms have no 科室; one form a holder;
- the 委领导 / 中心领导 / 站领导 cells and group rows are the 科室 of those leaders; the two-sheet
  file's leaders (sheet ``站领导``, no 科室 column) have no 科室; the cards' holders have no 科室;
- every body is a unit of its own: 主任, 副主任 (of the 委, the 中心 and the 收储库) and 站长, 副站长 are
  leaders; 科长 and 股长 middle; the rest (科员, 会计, 出纳, 保管员, 检验员, 技术员, 认定员, 档案管理员, and the
  技术服务组's 组长) general;
- the 价格认证中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b878_"
PLACE = "民丰县"
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

# (业务环节, 管什么, (post, name, tier), 风险等级, 怎么管)
QUESTIONS = [
    ("粮食收购", "收购时压级压价、抬级抬价，或把陈粮当新粮收购", ("检验员", "施湉珝", "general"), "高",
     "检验结果当场告知售粮人，扦样、检验、定等三分离。"),
    ("粮食收购", "虚开收购凭证、虚增收购数量套取收购资金", ("主任", "宁泠璩", "leader"), "高",
     "收购资金直接打卡到售粮户，收购凭证连号管理。"),
    ("粮食收购", "接受粮食经纪人宴请、好处费，优先安排其车辆入库", ("检验员", "施湉珝", "general"), "中",
     "入库车辆按到库顺序排号，值班领导巡查。"),
    ("储存保管", "储备粮账实不符，虚报损耗", ("保管员", "宁翊泠", "general"), "高",
     "每月保管账与统计账、会计账核对，季度盘点。"),
    ("储存保管", "轮换中“转圈粮”“以陈顶新”，虚假轮换", ("副主任", "施翥瑢", "leader"), "高",
     "轮换计划报县粮食和物资储备中心审批，出入库全程视频监控。"),
    ("储存保管", "仓储设施维修项目化整为零、指定施工队伍", ("副主任", "施翥瑢", "leader"), "中",
     "维修项目经主任办公会研究，按限额比选。"),
    ("出库销售", "出库数量、质量把关不严，多出少记", ("保管员", "宁翊泠", "general"), "中",
     "出库过磅双人签字，地磅数据实时上传。"),
    ("出库销售", "竞价销售中串通买方、泄露底价", ("主任", "宁泠璩", "leader"), "中",
     "储备粮销售一律进入粮食交易平台公开竞价。"),
]  # fmt: skip


def minfeng_grain_depot_three_questions() -> dict:
    unit = f"{PLACE}粮食收储库"
    sh = _Sheet("三问清单", [6, 10, 40, 16, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险“三问”清单", 6)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", 6)
    sh.add("序号", "业务环节", "管什么", "谁来管", "风险等级", "怎么管")
    first = len(sh.rows)
    for i, (stage, point, (post, who, _tier), lv, measures) in enumerate(QUESTIONS, 1):
        sh.add(i, stage, point, f"{post}{GAP}{who}", lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    holders = []
    for _stage, _point, holder, _lv, _measures in QUESTIONS:
        if holder not in holders:
            holders.append(holder)
    for post, who, tier in holders:
        for _stage, point, holder, lv, _measures in QUESTIONS:
            if holder == (post, who, tier):
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("制表：办公室", None, "审核：", None, "主任（签字）：", None)
    return _layout(
        "minfeng_grain_depot_three_questions",
        "https://www.tellerreport.com/news/2022-02-21-the-anti-corruption-storm-in-the-food-system-has-uncovered-%22granary-rats%22-in-many-places.rk-nMcVbxq.html",
        "(harder) 县粮食收储库 廉政风险“三问”清单, after the source's report on 粮食购销领域 “粮仓硕鼠” (粮食收购, 储备粮 "
        "轮换, 国有粮食企业, 专项整治): a title, a merged ``单位：…　2025年6月`` line, then ``序号 | 业务环节 | 管什么 | "
        "谁来管 | 风险等级 | 怎么管`` — the point under 管什么, the holder ``岗位　姓名`` in one cell under 谁来管, the "
        "measures under 怎么管; 业务环节 merged over its rows; 高/中/低; no type column, no 科室, no note; a "
        "制表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def minfeng_drc_list() -> dict:
    unit = f"{PLACE}发展和改革委员会"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 11, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("委领导", "主任", "施翯骞", "leader", [
            ("政府投资项目年度计划凭个人意志增减调整", "制度机制", "一级",
             "年度计划经党组会集体研究，报县人民政府批准后下达。"),
            ("重大项目审批、资金安排不经集体研究", "制度机制", "一级", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("投资科", "科长", "宁珣曜", "middle", [
            ("项目可行性研究报告审批降低标准、放宽条件", "岗位职责", "一级", "可研报告委托第三方评估，评估意见存档。"),
            ("中央预算内投资项目申报把关不严，虚报项目", "业务流程", "二级", "申报项目实地核查，入库项目公示。"),
        ]),
        ("投资科", "科员", "施珝瑗", "general", [
            ("项目建议书受理时刁难申报单位、吃拿卡要", "思想道德", "三级", "一次性告知申报材料，限时办结。"),
        ]),
        ("办公室", "会计", "宁琰砚", "general", [
            ("项目前期工作经费不按预算支出", "业务流程", "二级", "经费支出经办、审核、审批三签。"),
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
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "minfeng_drc_list", "https://ecnia.com.cn/policy/772",
        "县发展和改革委员会 岗位廉政风险防控一览表, after the source's 政府投资项目管理办法 (年度计划, 项目审批, 可行性研究, "
        "资金安排): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def minfeng_price_center_posts() -> dict:
    unit = f"{PLACE}价格认证中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "处室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "价格认定结论签发前授意认定人员调高或压低认定价格", "岗位职责风险", "高",
         "认定结论经集体审议，审议意见存档。"),
        ("中心领导", "主任", "leader", "认定人员与案件当事人有利害关系未安排回避", "制度机制风险", "中",
         "受理时逐案填写回避声明。"),
        ("认定科", "认定员", "general", "现场勘验不实，照搬委托机关提供的材料", "业务流程风险", "高",
         "现场勘验不少于两人，勘验记录当场签字。"),
        ("认定科", "认定员", "general", "接受涉案当事人请托、宴请", "思想道德风险", "中",
         "签订廉洁承诺书，当事人接触登记。"),
        ("认定科", "科长", "middle", "价格认定文书复核走过场", "岗位职责风险", "中", "文书实行初审、复核、审定三级审核。"),
        ("综合科", "档案管理员", "general", "认定案卷借阅不登记，案卷材料外泄", "业务流程风险", "低",
         "案卷借阅登记，涉密案卷专柜保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("填表：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "minfeng_price_center_posts", "http://www.fusiontax.cn/index.php/特殊:移动版差异/18886",
        "县价格认证中心 岗位廉政风险点排查表 对岗不对人, after the source's 涉案财物价格认定办法 (认定程序, 回避, 现场勘验, "
        "认定结论, 复核): a title, 序号/处室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


def minfeng_grain_reserve_cards() -> dict:
    unit = f"{PLACE}粮食和物资储备中心"
    t = _Truth(unit)
    cards = [
        ("主任", "施璠珝", "主任", "主持中心全面工作", "leader", [
            ("地方储备粮承储企业选定不经集体研究", "★★★", "承储企业资格经主任办公会集体研究并公示。"),
            ("储备粮质量抽查结果授意改动", "★★★", "抽查样品送有资质的承检机构，结果直接报送。"),
            ("接受承储企业宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "宁曦沨", "副主任", "分管储备管理、粮食质量", "leader", [
            ("扦样不按规定随机扦取，由企业自选样品", "★★", "扦样人员现场扦样，企业人员不得代扦。"),
            ("储备粮轮换计划审批把关不严", "★★", "轮换计划实地核查库存后审批。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
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
        "minfeng_grain_reserve_cards", "https://www.lxhyzx.com/archives/6408.html",
        "县粮食和物资储备中心 领导干部廉政风险防控卡, one sheet a leader, after the source's notice on 储备粮油质量检查 "
        "扦样检验 (质量抽查, 扦样, 承检机构, 地方储备粮): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def minfeng_energy_station_selfchecks() -> dict:
    unit = f"{PLACE}能源管理站"
    t = _Truth(unit)
    people = [
        ("宁昶玚", "站领导", "站长", "leader", [
            ("户用沼气池补助对象确定不公开、优亲厚友", "Ⅰ级", "补助对象村级公示、乡镇审核、站里复核。", "已落实"),
            ("沼气建设项目立项申请虚报建池户数", "Ⅰ级", "建池户逐户核实，建档立卡。", "未发现问题"),
        ]),
        ("施骞澧", "技术股", "技术员", "general", [
            ("建池验收不到现场，验收记录造假", "Ⅱ级", "验收现场拍照留存，双人验收。", "已落实"),
            ("指定农户购买沼气灶具、配件", "Ⅲ级", "灶具由农户自主选择中标产品。", "已落实"),
        ]),
        ("宁岚菁", "综合股", "会计", "general", [
            ("补助资金不按进度拨付或截留", "Ⅰ级", "补助资金通过“一卡通”直接发放到户。", "未发现问题"),
            ("建材采购报账凭证审核不严", "Ⅱ级", "报账凭证附验收单、入库单。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "minfeng_energy_station_selfchecks", "http://newenergy.giec.cas.cn/swzn/js/200606/t20060601_183506.html",
        "县能源管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on 户用沼气池 "
        "补助 (立项申请, 补助资金, 建材、灶具及配件): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def minfeng_ruokeya_energy_group_rows() -> dict:
    unit = f"{PLACE}若克雅乡农村能源服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "施荪翾", "leader", [
                ("“一池三改”项目户名单擅自调整", "一级风险", "项目户名单经村民代表会议评议并公示。"),
                ("改圈、改厕、改厨配套资金挤占挪用", "一级风险", "配套资金专账核算，乡财政所监管。"),
            ]),
        ]),
        ("二、技术服务组", "技术服务组", [
            ("组长", "宁篁蓂", "general", [
                ("沼气池施工质量验收放松标准", "二级风险", "验收按技术规范逐项打分，留存影像。"),
            ]),
            ("技术员", "施晗缃", "general", [
                ("向农户收取技术服务费", "二级风险", "服务项目和收费标准上墙公示。"),
                ("沼气服务网点设备领用不登记", "三级风险", "设备领用登记，每季度盘点。"),
            ]),
        ]),
        ("三、综合组", "综合组", [
            ("出纳", "宁菁荪", "general", [
                ("国债补助资金发放不及时、不足额", "二级风险", "补助发放名册农户签字，公开到村。"),
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
        "minfeng_ruokeya_energy_group_rows", "http://www.cye.com.cn/chuangyezixun/chuangyexinwen/20080920110539_5.htm",
        "乡农村能源服务站 廉政风险防控责任清单, after the source's report on 户用沼气 国债资金 (一池三改, 建池农户补助, "
        "沼气服务网点): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、站领导``, ``二、技术服务组``, ``三、综合组`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def minfeng_yeyike_energy_list() -> dict:
    unit = f"{PLACE}叶亦克乡农村能源服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "宁翯篁", "leader", "太阳能热水器推广对象确定暗箱操作", "制度机制", "高风险",
         "推广对象按申请顺序确定，名单公示。"),
        ("站领导", "站长", "宁翯篁", "leader", "推广产品不用公开招标中标产品，指定供货商", "外部环境", "高风险",
         "产品一律从农业部门公开招标产品中选用。"),
        ("站领导", "副站长", "施昶篁", "leader", "沼气建设资金配套不到位、虚报配套", "岗位职责", "中风险",
         "配套资金到账情况每半年公开。"),
        ("技术组", "技术员", "宁湉琬", "general", "热水器安装验收不实，虚报安装台数", "业务流程", "中风险",
         "安装后农户签字确认，站里抽查。"),
        ("技术组", "技术员", "宁湉琬", "general", "售后服务向农户索要财物", "思想道德", "低风险",
         "售后服务电话公开，群众监督。"),
        ("综合组", "会计", "施泠湉", "general", "推广补助资金报账票据审核不严", "业务流程", "中风险",
         "报账单据经办人、验收人、审批人三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "minfeng_yeyike_energy_list", "http://hutangcun.com/news/show-70.html",
        "乡农村能源服务站 岗位廉政风险防控一览表, after the source's report on 沼气建设资金 and 太阳能热水器 推广补助 (公开招标"
        "产品, 售后服务, 市县两级补助): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def minfeng_niya_energy_two_sheets() -> dict:
    unit = f"{PLACE}尼雅镇农村能源服务站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("施翥粲", "站长", "主持全面工作", [
            ("联户沼气项目实施主体选定不公开", "一级", "实施主体经镇党委会研究，结果公示。"),
            ("秸秆沼气集中供气工程验收走过场", "一级", "邀请县能源管理站、村民代表共同验收。"),
        ]),
        ("宁昉淏", "副站长", "分管项目建设", [
            ("联户沼气每户补助标准执行不一", "二级", "补助标准上墙，发放名册公开。"),
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
    staff = _Sheet("工作人员", [6, 14, 9, 9, 38, 9, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("项目股", "技术员", "施绛瑢", "general", "供气管网施工签证不实，虚增工程量", "二级", "签证须监理、站里双签。"),
        ("项目股", "技术员", "施绛瑢", "general", "接受施工单位吃请", "三级", "签订廉洁承诺书。"),
        ("综合股", "出纳", "宁翥骐", "general", "示范项目资金坐支、挪用", "二级", "资金专户管理，月末对账。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, d, post, who, point, lv, measures)
        t.point(staff.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "minfeng_niya_energy_two_sheets", "http://www.woanxin.cn/2011-06/17/content_316247.htm",
        "镇农村能源服务站 廉政风险防控一览表 in TWO SHEETS, after the source's report on 生态农业与农村新能源示范县 (联户沼气 "
        "每户补助, 秸秆沼气集中供气工程, 养殖场沼气): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 工作人员 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, staff], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    minfeng_grain_depot_three_questions(),
    minfeng_drc_list(),
    minfeng_price_center_posts(),
    minfeng_grain_reserve_cards(),
    minfeng_energy_station_selfchecks(),
    minfeng_ruokeya_energy_group_rows(),
    minfeng_yeyike_energy_list(),
    minfeng_niya_energy_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch878-inbox"))

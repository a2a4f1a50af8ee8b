"""The seven-hundred-and-forty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 林业 and
中药材产业 bodies, 清原满族自治县 (of 抚顺市, 辽宁省) — its 林业和草原局, 林草综合行政执法队, 中药材产业发展中心,
湾甸子镇 and 南口前镇 林业工作站, 中药材质量检验检测站, 中药材交易市场服务中心 and 国有大孤家林场 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业和草原局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 林草综合行政执法队's 排查表 对岗不对人: ``中队`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 中药材产业发展中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 湾甸子镇林业工作站's 清单 under GROUP ROWS ``一、站领导`` … merged across, ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 南口前镇林业工作站's 一览表 under ``附件3`` and a 填报单位 line: ``股室 | 岗位 | 责任人`` on EVERY
  row, short types, 高/中/低;
- the 中药材质量检验检测站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 中药材交易市场服务中心's 登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short
  ``风险类别``, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``qingyuan_dagujia_forest_farm_numbering_styles``: the 国有大孤家林场's 廉政风险点清单, SORTED BY
  LEVEL (all 一级 first, then 二级, then 三级), with no 科室, 岗位 or 姓名 column: whose point a row is
  shows only in the STYLE of its 序号 — ``①②③…`` for the 场长, ``⑴⑵⑶…`` for the 副场长, ``1.2.3.…`` for
  the 营林股股长, ``一、二、…`` for the 护林员 — as a ``说明：`` line above the table keys each style to a
  post and name. The holders' rows are interleaved (the list is arranged by level), so no block,
  restart or group row tells them apart; only the numbering style does. The README's 读得懂的表
  knows holders' blocks told by a restarting 序号 named in order in a 说明 line, codes ``S01-1`` keyed
  by a 岗位代码对照表, short keys bracketed after the 序号; it does not describe holders keyed by the
  numbering style of the 序号 itself.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (惠州林业局's 法治建设 report — 依法行政,
执法培训, 制度; a 县林业局 “亮剑行动” report — 森林案件, 扣押运输木材车辆, 收缴木材, 森林公安; a paper on
林草中药材生态种植 — 林下经济, 林药, 生态培育; a paper on 滥伐林木案件 — 采伐许可, 监控, 取证; a paper on
林草中药材 — 种质资源, 生态种植技术推广; a paper on 林下中药材种植问题 — 监管能力不足, 质量认证, 用地政策;
a paper on 宣城 中药材产业 — 市场, 农户, 企业; a court case on 管护人员 who saw 无证砍伐 and only spoke —
生态公益林, 巡查管护, 护林员, 林地转让) and the layout follows their words. The rows are worded by us,
the names invented (the rare surnames 禚 and 阚 with rare given names); every unit is a body of
清原满族自治县.

Run ``python tests/published/score.py --set batch746`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's 序号 style names its holder through the 说明 line (one style a
  holder); the 说明 line is no point; of the holders only the 营林股股长 has a 科室 (营林股, as the
  说明 line writes it); the 场长, 副场长 and 护林员 have none;
- ``局领导``, ``站领导``, ``中心领导``, ``队领导`` are the 科室 of those leaders (the 局's
  sheet of leaders has no 科室 column: none); a 局's 科 and 股, a 队's 中队 are 科室;
- 局长, 副局长, 队长, 站长, 场长, 副场长, 主任 of a 中心 are leaders; 科长, 股长, 中队长 middle; the rest
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

PREFIX = "b746_"
PLACE = "清原满族自治县"
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

CIRCLED = "①②③④⑤⑥⑦⑧⑨"
PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼"
HANZI = "一二三四五六七八九"

# (科室, 岗位, 姓名, tier, numbering style): a holder's rows are numbered in his style only
FARM = [
    ("", "场长", "禚湛彧", "leader", lambda i: CIRCLED[i - 1], "①②③…"),
    ("", "副场长", "阚沅翀", "leader", lambda i: PAREN[i - 1], "⑴⑵⑶…"),
    ("营林股", "股长", "禚岚玥", "middle", lambda i: f"{i}.", "1.2.3.…"),
    ("", "护林员", "阚翊澂", "general", lambda i: f"{HANZI[i - 1]}、", "一、二、三、…"),
]
# (holder index, point, level, measures), already in the list's order: by level
FARM_ROWS = [
    (0, "林木采伐指标分配暗箱操作", "一级", "采伐指标分配经场务会集体研究，结果在场部公示。"),
    (1, "抚育间伐作业设计虚增出材量", "一级", "作业设计报县林业和草原局审核，伐后实地验收。"),
    (0, "林地转让、租赁合同擅自签订", "一级", "林地流转一律报县局审批，合同经法律顾问审查。"),
    (2, "造林工程苗木验收以次充好", "一级", "苗木进场逐批抽检，验收单三方签字。"),
    (3, "发现无证砍伐只口头制止不上报", "二级", "巡护发现问题当日报告，巡护日志逐日填写。"),
    (1, "木材销售价格随意下浮", "二级", "木材销售进入公共资源交易平台公开竞价。"),
    (2, "管护费发放虚报管护面积", "二级", "管护面积按小班图斑核定，发放名册公示。"),
    (3, "收受林区周边群众好处默许扩地边", "三级", "护林员责任区定期轮换，场部不定期抽查。"),
    (0, "公务接待超标准", "三级", "接待实行公函制度，清单随单报销。"),
]  # fmt: skip


def qingyuan_dagujia_forest_farm_numbering_styles() -> dict:
    unit = f"{PLACE}国有大孤家林场"
    sh = _Sheet("风险点清单", [8, 40, 10, 44])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单（按风险等级排序）", 4)
    keys = "；".join(f"序号为“{style}”的为{d}{post}　{who}" for d, post, who, _t, _f, style in FARM)
    _line(sh, f"说明：{keys}的廉政风险点。", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    seen = [0] * len(FARM)
    for k, point, lv, measures in FARM_ROWS:
        dept, post, who, tier, style, _shown = FARM[k]
        seen[k] += 1
        sh.add(style(seen[k]), point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("制表：场部办公室", None, "审核：", "2025年5月")
    return _layout(
        "qingyuan_dagujia_forest_farm_numbering_styles", "https://wxredian.com/art?id=a827776dbad2a068fb4564201ab3ee04",
        "(harder) 县国有林场 廉政风险点清单, after the source's court case on 管护人员 who saw 无证砍伐 and only spoke "
        "(生态公益林, 巡查管护, 护林员, 林地转让): a title, a ``说明：`` line keying each 序号 style to a post and name "
        "(``①②③…`` 场长, ``⑴⑵⑶…`` 副场长, ``1.2.3.…`` 股长, ``一、二、…`` 护林员), then 序号/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施 SORTED BY LEVEL, the holders' rows interleaved; no 科室, 岗位 or 姓名 column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qingyuan_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("禚沣霆", "局长", "主持全面工作", [
            ("年度森林采伐限额分解不经党组集体研究", "一级", "采伐限额分解方案经党组会研究，分解结果公开。"),
            ("插手林业工程项目招标", "一级", "林业工程一律进入公共资源交易平台，领导干预登记报告。"),
        ]),
        ("阚琰翾", "副局长", "分管资源管理、林政执法", [
            ("对非法占用林地案件说情打招呼", "一级", "重大林政案件经局案审会集体审议。"),
            ("使用林地审核审批意见先行表态", "二级", "使用林地审核经科室初审、现场查验、会议研究。"),
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
        ("资源管理科", "科长", "禚澍岍", "middle", "林木采伐许可证核发不到现场核实", "一级", "核发前伐区现场核实，照片存档。"),
        ("资源管理科", "科长", "禚澍岍", "middle", "森林督查图斑核查结论放宽", "二级", "图斑核查结果双人复核、抽样复查。"),
        ("资源管理科", "科员", "阚珝沄", "general", "林权登记资料审核不严", "三级", "登记资料逐项核对，疑点报科长研究。"),
        ("法规科", "科长", "禚霂璘", "middle", "行政处罚自由裁量畸轻畸重", "一级", "严格执行处罚裁量基准，法制审核把关。"),
        ("法规科", "科员", "阚淏翎", "general", "执法案卷评查走过场", "二级", "案卷评查交叉进行，问题清单通报。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "qingyuan_forestry_bureau_two_sheets", "https://www.chaxiaohao.com/read-1751314718l4949526.html",
        "县林业和草原局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 林业局 法治建设 (依法行政, 执法培训, "
        "制度, 采购): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and 岗位/姓名 "
        "merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qingyuan_forest_enforcement_team_posts() -> dict:
    unit = f"{PLACE}林草综合行政执法队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "leader", "涉林案件移送", "对滥伐林木达到刑事立案标准的案件以罚代刑", "岗位职责风险", "Ⅰ级",
         "达到立案标准的案件一律移送公安机关，移送台账备查。"),
        ("队领导", "队长", "leader", "扣押车辆处置", "扣押的非法运输木材车辆违规放行", "制度机制风险", "Ⅰ级",
         "扣押、解除扣押经集体研究，手续齐全方可放行。"),
        ("第一中队", "中队长", "middle", "木材检查", "木材运输检查收受好处后放行", "思想道德风险", "Ⅱ级",
         "检查全程执法记录仪记录，检查记录每日上报。"),
        ("第一中队", "执法队员", "general", "收缴木材保管", "收缴的木材私自变卖或短少", "业务流程风险", "Ⅱ级",
         "收缴木材检尺登记，入库出库双人签字。"),
        ("第二中队", "执法队员", "general", "毁林线索核查", "毁林开垦线索压案不查", "外部环境风险", "Ⅲ级",
         "线索编号登记，逐月清理销号。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "qingyuan_forest_enforcement_team_posts", "http://www.xiushui.net/html/shizheng/2011/0906/60770.html",
        "县林草综合行政执法队 岗位廉政风险点排查表 对岗不对人, after the source's report on a 林业局 “亮剑行动” (森林案件, "
        "扣押非法运输木材车辆, 收缴木材, 森林公安): 序号/中队 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qingyuan_herb_centre_cards() -> dict:
    unit = f"{PLACE}中药材产业发展中心"
    t = _Truth(unit)
    cards = [
        ("主任", "禚琤岫", "主任", "主持中心工作，负责林下中药材产业规划和项目管理", "leader", [
            ("林下参种植补贴对象确定优亲厚友", "★★★", "补贴对象经乡镇初审、中心复核，名单公示。"),
            ("中药材良种繁育基地项目验收把关不严", "★★★", "项目验收邀请县财政局、县林业和草原局参加。"),
            ("参加种植大户宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("技术推广员", "阚澈珣", "技术推广员", "负责细辛、龙胆、五味子生态种植技术推广", "general", [
            ("技术培训人数虚报套取培训经费", "★★", "培训签到、照片、课件留存，经费按实结算。"),
            ("为种苗企业推销种苗收取好处", "★★", "种苗推荐由中心集体研究，禁止个人推销。"),
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
        "qingyuan_herb_centre_cards", "https://aipiwu.com/zfjy/250650.html",
        "县中药材产业发展中心 岗位廉政风险防控卡, one sheet a person, after the source's paper on 林草中药材生态种植 (林下经济, "
        "林药, 生态培育, 种植模式): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qingyuan_wandianzi_station_group_rows() -> dict:
    unit = f"{PLACE}湾甸子镇林业工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "禚翃湉", "leader", [
                ("林木采伐申请初审不到伐区查看", "一级风险", "初审一律到伐区实地查看，现场记录存档。"),
                ("生态公益林补偿资金发放名册审核不严", "一级风险", "补偿名册在村务公开栏公示七天。"),
            ]),
        ]),
        ("二、业务组", "业务组", [
            ("林政员", "阚岍璐", "general", [
                ("滥伐林木线索发现后不及时报告", "二级风险", "巡查发现问题当日报站长并登记。"),
                ("伐区验收数据填报不实", "三级风险", "伐区验收两人以上，数据当场签字确认。"),
            ]),
            ("护林防火员", "禚沚霖", "general", [
                ("野外用火审批违规放宽", "二级风险", "用火审批报站长审签，高火险期一律不批。"),
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
        "qingyuan_wandianzi_station_group_rows", "https://www.syhmjs.com/periodical/3bd7454047fdefddb3a28a02ebe3f18c.html",
        "镇林业工作站 廉政风险防控责任清单, after the source's paper on 滥伐林木案件 (采伐许可, 萌芽状态, 监控, 取证难): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、业务组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def qingyuan_nankouqian_station_list() -> dict:
    unit = f"{PLACE}南口前镇林业工作站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "阚霈琮", "leader", "林下中药材种植用地审核把关不严", "岗位职责", "高",
         "用地审核核对林地保护利用规划，现场踏勘。"),
        ("站领导", "站长", "阚霈琮", "leader", "中药材种质资源圃项目资金拨付不按进度", "制度机制", "高",
         "资金按工程进度和监理意见拨付。"),
        ("林政股", "股长", "禚瀚珺", "middle", "生态种植技术推广补助发放不实", "业务流程", "中",
         "补助对象逐户核实，名单公示。"),
        ("林政股", "护林员管理员", "阚湲翀", "general", "护林员考勤记录弄虚作假", "思想道德", "中",
         "护林员巡护轨迹手机定位，考勤逐月公示。"),
        ("林政股", "护林员管理员", "阚湲翀", "general", "接受种植户土特产", "外部环境", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "qingyuan_nankouqian_station_list", "https://zgzywpt.cn/mobile/club/show.php?itemid=844",
        "镇林业工作站 岗位廉政风险防控一览表, after the source's paper on 林草中药材 (种质资源, 生态种植, 技术推广, "
        "生态优先): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def qingyuan_herb_testing_station_selfchecks() -> dict:
    unit = f"{PLACE}中药材质量检验检测站"
    t = _Truth(unit)
    people = [
        ("禚璟沨", "站领导", "站长", "leader", [
            ("中药材质量认证检测结论打招呼", "高风险", "检测结论经技术负责人审核、站长批准，三级签字。", "已落实"),
            ("检测仪器采购指定品牌", "中风险", "采购需求集体论证，按政府采购程序执行。", "未发现问题"),
            ("检测收费不开票", "低风险", "收费统一开具票据，每月对账。", "已落实"),
        ]),
        ("阚琂霁", "检测室", "检验员", "general", [
            ("农残检测数据修改", "中风险", "检测数据仪器自动存储，原始记录不得涂改。", "已落实"),
            ("私自为种植户出具检测报告", "高风险", "报告统一编号、统一盖章，严禁私自出具。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qingyuan_herb_testing_station_selfchecks", "https://zyczzyzw.com/a/yczz/tzms/16947.html",
        "县中药材质量检验检测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "paper on 林下中药材种植问题 (监管能力不足, 质量认证体系, 市场匹配): a title, a label row ``姓　名 | 所在部门 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def qingyuan_herb_market_centre_register() -> dict:
    unit = f"{PLACE}中药材交易市场服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "禚翾澪", "leader", [
            ("交易大厅摊位招租底价泄露", "制度机制", "一级", "招租底价集体确定，封存至开标。"),
            ("市场改造工程化整为零", "岗位职责", "二级", "改造项目按限额标准报批，公开招标。"),
        ]),
        ("市场管理科", "科长", "阚沨琇", "middle", [
            ("对以次充好的中药材经营户不予查处", "思想道德", "二级", "市场巡查记录每日上报，投诉限时处理。"),
        ]),
        ("市场管理科", "管理员", "禚岙湜", "general", [
            ("收受经营户好处减免摊位费", "外部环境", "一级", "摊位费统一收缴，减免经集体研究并公示。"),
            ("交易量统计数据虚报", "业务流程", "三级", "交易数据电子结算系统自动生成。"),
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
        "qingyuan_herb_market_centre_register", "http://m.zgkjsz.com/page/2019/1106/6089952.shtml",
        "县中药材交易市场服务中心 廉政风险点排查登记表, after the source's paper on 宣城 中药材产业 (市场需求, 农户, 企业, "
        "特色产业): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qingyuan_dagujia_forest_farm_numbering_styles(),
    qingyuan_forestry_bureau_two_sheets(),
    qingyuan_forest_enforcement_team_posts(),
    qingyuan_herb_centre_cards(),
    qingyuan_wandianzi_station_group_rows(),
    qingyuan_nankouqian_station_list(),
    qingyuan_herb_testing_station_selfchecks(),
    qingyuan_herb_market_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch746-inbox"))

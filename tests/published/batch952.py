"""The nine-hundred-and-fifty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's forestry and
grassland bodies, 嘉黎县 (那曲市, 西藏自治区) — its 林业和草原局, 草原监理站, 野生动物疫源疫病监测站,
天然林保护站, 林业科技推广站, 森林草原消防队 and two 乡镇林草站 (尼屋乡, 嘉黎镇) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业和草原局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 草原监理站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 野生动物疫源疫病监测站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 天然林保护站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 林业科技推广站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, 高/中/低, ``自查情况``, no type column;
- the 尼屋乡林草站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 嘉黎镇林草站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级风险/二级风险/三级风险``, a ``注：`` line.

One is harder:

- ``jiali_fire_brigade_safety_sheet_beside``: the 森林草原消防队's workbook of TWO SHEETS: its
  ordinary 廉政风险防控一览表 (sheet ``廉政风险``: ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 |
  防控措施``, ``一级/二级/三级``) and, beside it in the same file, the SAME people's 森林草原防火
  安全风险隐患排查表 (sheet ``防火安全风险``: ``序号 | 股室 | 岗位 | 姓名 | 风险点 | 风险等级 | 管控措施``,
  ``较大风险/一般风险/低风险``), typed for the 森防指 in the same sitting and sent in one file: its rows are
  work-safety hazards (火源管控, 扑火机具, 瞭望监测, 火场安全), no integrity risks, and are no points.
  The README's 读得懂的表 knows 一岗双责 tables with safety COLUMNS beside the integrity ones in the same
  row (``COLUMNS_NOT_INTEGRITY``) and safety ROWS mixed into the list told apart by a ``风险类别`` cell
  (``ROWS_NOT_INTEGRITY``); it does not describe a whole safety-hazard list on a sheet of its own
  beside the integrity list, told apart only by its tab, its title and its words.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 退耕还林补贴 violations
recovered by its 纪委监委 — 违规发放, 合作社, 领导立案; a paper on 草原生态环境保护 — 超载放牧, 监管,
管理制度; a report on 陆生野生动物疫源疫病监测 — 监测站点, 候鸟迁徙; a paper on 天然林保护工程 森林管护 —
管护工作, 资金; a 县林业局 note on a 林木种苗工作站 project — 项目资金, 质量检验, 良种; a district's
森林防火 measures — 检查站, 火源, 隐患排查, 扑火方案, 物资装备; a report on 那曲 草原 补奖 — 超载过牧,
牧民, 奖励资金; a paper on 西藏 草原生态保护补助奖励 — 草畜平衡, 牧户收入) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 安 and 平 with rare given names); every unit is a body of 嘉黎县.

Run ``python tests/published/score.py --set batch952`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file only the sheet ``廉政风险`` holds points; the sheet ``防火安全风险`` (its title
  ``…森林草原防火安全风险隐患排查表``, its rows fire-safety hazards graded ``较大风险/一般风险/低风险``)
  holds none, though it names the same 股室, posts and people under the same kind of heading;
- ``站领导``, ``队领导`` (a 股室 cell) and the group row ``一、站领导`` are the 科室 of those leaders;
  the 局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 站's 股 or 组,
  a 队's 中队 or 股 are 科室; a group row ``二、管护股`` gives the 科室 ``管护股``;
- every 站, the 队 and the 局 are units of their own: 局长, 副局长, 站长, 副站长, 队长 and 副队长 are
  leaders; 股长 and 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 草原监理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b952_"
PLACE = "嘉黎县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
SAFETY = ("较大风险", "一般风险", "低风险")
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
INTEGRITY = [
    ("队领导", "队长", "安峄澶", "leader", [
        ("扑火装备、防火物资采购指定供应商", "一级", "物资采购纳入县政府采购，队务会集体研究采购需求。"),
        ("队员招录、考核中优亲厚友", "一级", "招录考核公开进行，结果在队内公示。"),
    ]),
    ("队领导", "副队长", "平曦岱", "leader", [
        ("防火检查站值守补助虚报人数", "二级", "值守人员每日签到，补助按签到表核发并公示。"),
        ("车辆燃油费报销不实", "二级", "车辆一车一卡加油，燃油费按行车记录核报。"),
    ]),
    ("一中队", "中队长", "安翚渌", "middle", [
        ("扑火出勤补贴多报出勤人次", "二级", "出勤人员由指挥部调度记录为准，队部复核。"),
        ("违规收受林区经营户礼品", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("综合保障股", "保管员", "平滢崆", "general", [
        ("防火物资出入库不登记，账实不符", "一级", "物资出入库双人登记，每季度盘点。"),
        ("报废装备私自变卖", "二级", "装备报废经队务会研究，报县林草局审批处置。"),
    ]),
]  # fmt: skip

# the same people's fire-safety hazards on a sheet of their own: no points
HAZARDS = [
    ("队领导", "队长", "安峄澶", [
        ("重点时段野外火源管控责任落实不到位", "较大风险", "防火期严格执行领导带班和24小时值班制度。"),
        ("扑火预案未按实际修订，演练不足", "一般风险", "每年修订扑火预案，组织实战演练两次以上。"),
    ]),
    ("队领导", "副队长", "平曦岱", [
        ("入山路口检查站值守脱岗，火种收缴不严", "较大风险", "检查站每日巡查，登记入山人员、收缴火种。"),
    ]),
    ("一中队", "中队长", "安翚渌", [
        ("火场扑救违反“三先四不打”，队员冒险作业", "较大风险", "扑火前勘察火场，明确避险路线和安全员。"),
        ("瞭望监测不及时，火情迟报漏报", "一般风险", "瞭望哨定时报告，火情随发现随上报。"),
    ]),
    ("综合保障股", "保管员", "平滢崆", [
        ("扑火机具维护保养不到位，火场出现故障", "一般风险", "机具每月试机保养，建立维护台账。"),
        ("油料库房消防设施缺失", "低风险", "库房配齐灭火器材，专人管理。"),
    ]),
]  # fmt: skip


def jiali_fire_brigade_safety_sheet_beside() -> dict:
    unit = f"{PLACE}森林草原消防队"
    t = _Truth(unit)
    sh = _Sheet("廉政风险", [6, 12, 10, 10, 40, 10, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in INTEGRITY:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：综合保障股", None, None, "审核：", None, "2025年5月", None)
    fire = _Sheet("防火安全风险", [6, 12, 10, 10, 40, 10, 36])
    _line(fire, f"{unit}森林草原防火安全风险隐患排查表", 7)
    fire.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "管控措施")
    first = len(fire.rows)
    n = 0
    for dept, post, who, points in HAZARDS:
        for point, lv, measures in points:
            n += 1
            fire.add(n, dept, post, who, point, lv, measures)
    _per_person(fire, first, 1, 2, 3)
    fire.add("排查人：", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jiali_fire_brigade_safety_sheet_beside", "https://lzq.gov.cn/news/show/20230129151512373.html",
        "(harder) 县森林草原消防队 workbook, after the source's 森林防火 measures (入山路口 检查站, 火源, 隐患排查整治, "
        "扑火方案, 物资装备清点检修): sheet 廉政风险 an ordinary 岗位廉政风险防控一览表 (序号/股室 merged/岗位 and 姓名 "
        "merged per person/廉政风险点/``一级/二级/三级``/防控措施) and BESIDE IT sheet 防火安全风险, the same people's "
        "森林草原防火安全风险隐患排查表 under the same kind of heading (风险点/风险等级 ``较大风险/一般风险/低风险``/管控措施): "
        "fire-safety hazards, no points",
        [sh, fire], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jiali_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("安澍峤", "局长", "主持全面工作", [
            ("林草重点项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，会议纪要存档。"),
            ("干预造林绿化工程招标，为亲友承揽工程", "一级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("平翊瑄", "副局长", "分管草原保护、退耕还林", [
            ("退耕还林补贴审核把关不严，违规发放", "一级", "补贴面积逐小班核实，三榜公示后一卡通发放。"),
            ("草原补奖资金分配向关系户倾斜", "二级", "补奖面积按承包合同核定，在村务公开栏公示。"),
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
        ("资源管理股", "股长", "安岍翯", "middle", "林木采伐许可审核不严，超限额发证", "一级",
         "采伐许可按年度限额审核，发证情况每季度公开。"),
        ("资源管理股", "股长", "安岍翯", "middle", "使用林地、草原审核现场查验走过场", "二级", "现场查验两人以上，照片存档。"),
        ("计划财务股", "会计", "平湝珂", "general", "林草项目资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
        ("计划财务股", "会计", "平湝珂", "general", "虚列支出套取项目资金", "一级", "支出凭合同、验收单和发票报账，局长审批。"),
        ("生态修复股", "股长", "安泺昕", "middle", "造林绿化工程验收面积、成活率不实", "二级", "验收实地抽查，乡镇和村代表签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "jiali_forestry_bureau_two_sheets", "https://p2.ttnews.xyz/a/5db33a8edc9b5e4b9d0ba602?lang=zh-hant",
        "县林业和草原局 廉政风险防控一览表 in TWO SHEETS, after the source's 退耕还林补贴 违规发放 case (合作社, 补贴追回, "
        "领导立案, 干部问责): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jiali_grassland_supervision_posts() -> dict:
    unit = f"{PLACE}草原监理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "草原执法案件处理", "超载放牧、非法开垦案件说情干预，降低处罚", "制度机制风险", "高",
         "重大案件站务会集体审议，处罚结果公开。"),
        ("执法股", "执法员", "general", "草畜平衡核查", "草畜平衡核查不实，为超载牧户隐瞒牲畜数", "岗位职责风险", "高",
         "核查两人以上入户，牲畜数与乡村台账比对。"),
        ("执法股", "执法员", "general", "禁牧巡查", "禁牧区巡查不到位，收受牧户好处放任偷牧", "思想道德风险", "中",
         "巡查定位打卡，巡查区域定期轮换。"),
        ("监测股", "监测员", "general", "草原植被监测", "草原退化、植被盖度监测数据弄虚作假", "业务流程风险", "中",
         "监测样地固定，原始记录双人签字。"),
        ("监测股", "监测员", "general", "草原征占用现场查验", "征占用草原面积查验不实", "外部环境风险", "低",
         "查验结果附现场照片和坐标，站长复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "jiali_grassland_supervision_posts", "https://scholarmate.com/S/qf2DAz",
        "县草原监理站 岗位廉政风险点排查表 对岗不对人, after the source's paper on 草原生态环境保护 (天然草场退化, 超载放牧, "
        "监管力度, 管理制度): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jiali_wildlife_monitoring_cards() -> dict:
    unit = f"{PLACE}野生动物疫源疫病监测站"
    t = _Truth(unit)
    cards = [
        ("站长", "平峑濛", "站长", "主持监测站全面工作", "leader", [
            ("监测设备采购指定品牌、供应商", "★★★", "设备采购三家比价，报县林草局审批。"),
            ("监测专项经费支出不经集体研究", "★★★", "经费支出站务会研究，每季度公开。"),
            ("接受供应商宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "安蔚岺", "副站长", "分管野外监测、样品送检", "leader", [
            ("野外巡护监测补助虚报天数", "★★", "巡护轨迹留存，补助按轨迹记录核发。"),
            ("候鸟迁徙期监测日报弄虚作假", "★★", "日报附现场照片，县林草局抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "jiali_wildlife_monitoring_cards", "http://lygc.lknet.ac.cn/d/zgly/48360ec86915c050c24a87ff8da5107f.html",
        "县野生动物疫源疫病监测站 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 陆生野生动物疫源疫病监测 "
        "(监测站点, 候鸟迁徙通道, 监控网): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jiali_natural_forest_group_rows() -> dict:
    unit = f"{PLACE}天然林保护站"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "安崧沣", "leader", [
                ("天然林管护合同发包暗箱操作", "Ⅰ级", "管护合同公开发包，站务会集体研究。"),
                ("森林管护资金分配不公开", "Ⅰ级", "管护资金按面积分配，张榜公布。"),
            ]),
        ]),
        ("二、管护股", "管护股", [
            ("股长", "平琇岬", "middle", [
                ("管护人员考核打分不实", "Ⅱ级", "考核结果经站务会审定并公示。"),
            ]),
            ("管护员", "安沄翥", "general", [
                ("巡山记录代签、补签", "Ⅱ级", "巡山定位打卡，记录每月抽查。"),
                ("发现盗伐不制止、不报告", "Ⅲ级", "发现问题随时上报，纳入考核。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "平淏岿", "general", [
                ("管护人员工资发放截留、克扣", "Ⅰ级", "工资一卡通直发，发放名册公示。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "jiali_natural_forest_group_rows", "http://www.victorzhang.cn/page/2019/0908/5521048.shtml",
        "县天然林保护站 廉政风险防控清单 under GROUP ROWS, after the source's paper on 天然林保护工程 森林管护 (管护工作, "
        "管护资金, 管护人员): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, group rows "
        "``一、站领导``, ``二、管护股``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jiali_forestry_extension_selfchecks() -> dict:
    unit = f"{PLACE}林业科技推广站"
    t = _Truth(unit)
    people = [
        ("平昫溦", "站领导", "站长", "leader", [
            ("林木种苗项目资金使用不按批复", "高", "项目资金专账核算，按批复用途支出。", "已落实"),
            ("良种苗木采购指定苗圃", "中", "苗木采购公开比选，质量检验合格后入库。", "未发现问题"),
        ]),
        ("安珝嵂", "技术推广股", "技术员", "general", [
            ("种苗质量检验结论弄虚作假", "高", "检验原始记录双人签字，样品留存。", "已落实"),
            ("技术培训签到代签，虚报培训人次", "低", "培训现场拍照，签到表存档。", "已落实"),
        ]),
        ("平濯峦", "种苗管理股", "种苗管理员", "general", [
            ("苗木调拨数量登记不实", "高", "苗木出圃调拨凭单登记，每月对账。", "未发现问题"),
            ("向林农推销指定农资收取好处", "中", "不得推销农资，纳入年度考核。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jiali_forestry_extension_selfchecks", "https://yanjing21.com/html/29223379922.html",
        "县林业科技推广站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县林业局 note on "
        "a 林木种苗工作站 project (项目资金, 质量监督检验, 良种选育推广): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def jiali_niwu_township_station_list() -> dict:
    unit = f"{PLACE}尼屋乡林草站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "安翀湜", "leader", "草原生态补奖面积核定优亲厚友", "制度机制", "高风险",
         "补奖面积按承包证核定，在村公示七天。"),
        ("站领导", "站长", "安翀湜", "leader", "草原管护员选聘不公开", "岗位职责", "中风险",
         "管护员由村推荐、乡审核、公示后聘用。"),
        ("护林员管理", "管理员", "平岵淇", "general", "生态护林员考勤造假，虚领补助", "业务流程", "高风险",
         "护林员巡护打卡，补助按考勤核发。"),
        ("护林员管理", "管理员", "平岵淇", "general", "护林员补助发放截留", "思想道德", "中风险",
         "补助一卡通直发，发放名册公示。"),
        ("林政", "林政员", "安澧珺", "general", "农牧民自用材采伐审核把关不严", "外部环境", "低风险",
         "采伐申请村、乡两级审核，现场查验。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "jiali_niwu_township_station_list", "http://grassland.china.com.cn/2016-01/05/content_8494413.htm",
        "乡林草站 岗位廉政风险防控一览表, after the source's report on 那曲 草原 (超载过牧, 草原生态保护补助奖励, 牧民, 奖励资金): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def jiali_town_station_register() -> dict:
    unit = f"{PLACE}嘉黎镇林草站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "平晞崃", "leader", [
            ("草畜平衡奖励资金核发不按核定面积", "制度机制", "一级风险", "奖励资金按核定面积测算，结果公示。"),
            ("草原围栏项目验收不严", "岗位职责", "二级风险", "验收组由镇、村和牧户代表组成。"),
        ]),
        ("草原管护组", "管护员", "安瀛岑", "general", [
            ("草原管护巡查记录不实", "业务流程", "二级风险", "巡查定位打卡，站长每月抽查。"),
            ("为亲友隐瞒超载牲畜", "思想道德", "三级风险", "牲畜数量入户核查，村组公示。"),
        ]),
        ("财务组", "报账员", "平翕淼", "general", [
            ("补奖资金报账票据不实", "业务流程", "一级风险", "报账附发放名册和银行回单。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险，一级风险为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "jiali_town_station_register", "http://cyxb.magtech.com.cn/article/2017/1004-5759-26-3-22.html",
        "镇林草站 廉政风险点排查登记表, after the source's paper on 西藏 天然草原生态保护补助奖励政策 (草畜平衡, 牧户收入, "
        "补偿标准): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiali_fire_brigade_safety_sheet_beside(),
    jiali_forestry_bureau_two_sheets(),
    jiali_grassland_supervision_posts(),
    jiali_wildlife_monitoring_cards(),
    jiali_natural_forest_group_rows(),
    jiali_forestry_extension_selfchecks(),
    jiali_niwu_township_station_list(),
    jiali_town_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch952-inbox"))

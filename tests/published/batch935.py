"""The nine-hundred-and-thirty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's land and
mining bodies, 曲松县 (山南市, 西藏自治区) — its 自然资源局, 矿产资源管理站, 地质灾害防治站, 自然资源执法监察
大队, 测绘服务中心, 国土空间规划所 and two 乡镇自然资源所 (罗布沙镇, 邛多江乡) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 自然资源局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 矿产资源管理站's 排查表 对岗不对人: ``所室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 地质灾害防治站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 自然资源执法监察大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 测绘服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 罗布沙镇自然资源所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 邛多江乡自然资源所's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``qusong_planning_institute_number_by_level``: the 国土空间规划所's 岗位廉政风险点排查表, an ordinary
  list (``股室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per person) with NO
  风险等级 column: instead its ``序号`` heading is merged over three sub-columns ``一级 | 二级 | 三级`` and
  each row writes its running number (1, 2, 3 … down the whole list) in the ONE sub-column of its
  level, the other two left blank — the level is where the row's number stands. The README's
  读得懂的表 knows ``一级 | 二级 | 三级`` sub-columns under ``风险等级`` ticked with ``√`` (a number there
  being a count), level words in type columns, points staggered in level columns, the measures
  written in the column of their level, and a numbering style (``①``, ``（1）``) named by a note;
  it does not describe the row's own 序号 split over level sub-columns, the number's column giving
  the level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a year's review of 自然资源 work —
耕地保护, 用地审批, 不动产登记; a 县自然资源局 notice against 非法采砂取土 — 采矿许可证, 公职人员 保护伞;
西藏's rules for 地质灾害防治项目 — 立项, 招标, 验收, 资金; a 县国土资源局 执法监察大队 stopping 非法采矿 —
举报, 联合执法; an interview on 测绘保障服务 for the countryside — 基础测绘, 地理信息; a 县 talk on
土地执法共同责任机制 — 乡镇国土所, 违法用地 巡查; the 处分 rules for 土地登记 and 用地审批; a paper on
审查 土地征收成片开发方案 — 国土空间规划, 规划符合性) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 银 and 翁 with rare given names); every unit is a body of 曲松县.

Run ``python tests/published/score.py --set batch935`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's level is the sub-column of ``序号`` its number stands in (``一级`` 1,
  ``二级`` 2, ``三级`` 3); the numbers are a plain running count and give nothing else; the truth
  is the list as its rows read (股室, 岗位, 姓名, point, level), one form a holder;
- ``所领导``, ``站领导``, ``大队领导`` (a 所室/部门/股室 cell, a group row) are the 科室 of those leaders;
  the 自然资源局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 站's
  室 or 组, a 所's 股 or 组 and a 大队's 中队 are 科室; a group row ``二、执法一中队`` gives the 科室
  ``执法一中队``;
- every station, 所, 中心, the 大队 and the 局 are units of their own: 局长, 副局长, 站长, 副站长, 所长,
  副所长, 主任, 副主任 (of a 中心) and 大队长 are leaders; 股长, 室主任 and 中队长 middle; the rest
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 矿产资源管理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b935_"
PLACE = "曲松县"
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

# (股室, 岗位, 姓名, tier, [(廉政风险点, level 1/2/3, 防控措施)])
BY_LEVEL = [
    ("所领导", "所长", "银翀岫", "leader", [
        ("成片开发方案审查中为开发主体说情，放宽规划符合性要求", 1, "方案审查经所务会集体研究，审查意见报县自然资源局。"),
        ("规划编制项目委托指定编制单位", 1, "编制项目委托经县公共资源交易平台比选。"),
        ("接受开发企业宴请和礼品", 3, "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("所领导", "副所长", "翁璟泠", "leader", [
        ("村庄规划成果审核把关不严，擅自调整用地布局", 1, "成果审核两人以上，调整事项公示。"),
        ("规划论证会专家选取不随机", 2, "专家从专家库随机抽取，抽取记录存档。"),
    ]),
    ("规划编制股", "股长", "银珝", "middle", [
        ("编制成果中违规将永久基本农田划入开发范围", 1, "成果叠加“三区三线”逐图核对，复核人签字。"),
        ("泄露尚未公开的规划成果信息", 2, "规划成果未公开前按涉密资料管理，借阅登记。"),
    ]),
    ("规划审查股", "审查员", "翁昶岳", "general", [
        ("规划条件核提中随意改变容积率等指标", 2, "规划条件由股室初审、所领导复核后出具。"),
        ("规划核实现场测量数据不实", 3, "核实现场拍照留存，测绘报告附卷。"),
    ]),
]  # fmt: skip


def qusong_planning_institute_number_by_level() -> dict:
    unit = f"{PLACE}国土空间规划所"
    sh = _Sheet("排查表", [6, 6, 6, 12, 10, 10, 40, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    # the row's own running number stands in the sub-column of its level; there is no level column
    top = sh.add("序号", None, None, "股室", "岗位", "姓名", "廉政风险点", "防控措施")
    sh.add("一级", "二级", "三级", None, None, None, None, None)
    sh.merge(top, 0, top, 2)
    for c in range(3, 8):
        sh.merge(top, c, top + 1, c)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_LEVEL:
        for point, lv, measures in points:
            n += 1
            nums = [n if lv == k else None for k in (1, 2, 3)]
            sh.add(*nums, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _per_person(sh, first, 3, 4, 5)
    sh.add("填表：综合股", None, None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "qusong_planning_institute_number_by_level", "http://m.jizihe.com/page/2022/1104/18818315.shtml",
        "(harder) 县国土空间规划所 岗位廉政风险点排查表, after the source's paper on 审查 土地征收成片开发方案 (国土空间规划, "
        "永久基本农田, 公益性用地比例, 规划符合性): a title, a two-row heading whose ``序号`` is merged over "
        "``一级 | 二级 | 三级`` (股室/岗位/姓名/廉政风险点/防控措施 merged down the two rows), NO 风险等级 column: "
        "each row writes its running number 1…n in the ONE sub-column of its level; 股室 merged, 岗位/姓名 "
        "merged per person; no type column; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qusong_resources_bureau_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("翁瑱琤", "局长", "主持全面工作", [
            ("建设用地审批、土地出让事项个人说了算", "一级", "用地审批、出让方案经局党组会集体研究，纪要存档。"),
            ("为亲友承揽土地整治工程打招呼", "一级", "领导干部插手工程项目登记报告，工程招标进平台。"),
        ]),
        ("银珣屹", "副局长", "分管耕地保护、不动产登记", [
            ("耕地占补平衡指标核定把关不严", "一级", "补充耕地项目实地验收，结果公示。"),
            ("不动产登记疑难件违规授意办理", "二级", "疑难件经登记会审，会审记录存档。"),
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
        ("耕地保护股", "股长", "翁璆", "middle", "耕地“非农化”“非粮化”问题核查不实", "一级",
         "核查图斑逐一实地举证，股室复核。"),
        ("耕地保护股", "股长", "翁璆", "middle", "高标准农田建设项目验收面积不实", "二级", "验收实地丈量，乡镇和村代表签字。"),
        ("用地审批股", "审核员", "银韫岚", "general", "建设用地报批材料审核不严", "二级", "报批材料两人审核，审核意见附卷。"),
        ("财务股", "会计", "翁玓峤", "general", "土地出让收入、项目资金报账审核不严", "一级", "报账单据三级审核，专项资金专账核算。"),
        ("财务股", "出纳", "银翯", "general", "现金收支不及时入账", "二级", "现金日清月结，每月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "qusong_resources_bureau_two_sheets", "https://52ocean.cn/thread-30711-1-1.html",
        "县自然资源局 廉政风险防控一览表 in TWO SHEETS, after the source's year's review of 自然资源 work (耕地保护, 占补平衡, "
        "“非农化”“非粮化”, 用地审批): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qusong_mineral_station_posts() -> dict:
    unit = f"{PLACE}矿产资源管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "采矿权出让", "砂石土矿采矿权出让方案暗箱操作", "制度机制风险", "高",
         "采矿权一律公开出让，出让方案集体研究。"),
        ("矿政管理室", "主任", "middle", "采矿许可证审查", "对不具备条件的申请人违规出具审查意见", "岗位职责风险", "高",
         "审查意见两人以上签字，报站领导复核。"),
        ("矿政管理室", "科员", "general", "储量核实", "资源储量核实数据弄虚作假", "业务流程风险", "中",
         "储量报告经专家评审，数据留档备查。"),
        ("执法巡查室", "巡查员", "general", "非法采砂取土巡查", "发现非法采挖不制止、不报告，充当“保护伞”", "思想道德风险", "高",
         "巡查定位打卡，发现问题当日上报。"),
        ("执法巡查室", "巡查员", "general", "恢复治理验收", "矿山地质环境恢复治理验收走过场", "外部环境风险", "中",
         "验收邀请乡镇、村代表参加，现场拍照留存。"),
        ("综合室", "统计员", "general", "矿产资源统计", "年度统计数据随意修改", "业务流程风险", "低",
         "统计数据与年报逐项核对，负责人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "qusong_mineral_station_posts", "https://tongxin.gov.cn/xwzx/gsgg/202504/t20250428_4893631.html",
        "县矿产资源管理站 岗位廉政风险点排查表 对岗不对人, after the source's 县自然资源局 notice against 非法采砂取土 (采矿许可证, "
        "公职人员 保护、参与非法开采, 恢复治理): a title, 序号/所室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qusong_geohazard_station_cards() -> dict:
    unit = f"{PLACE}地质灾害防治站"
    t = _Truth(unit)
    cards = [
        ("站长", "银琮岍", "站长", "主持全站工作", "leader", [
            ("地质灾害治理工程施工单位选定中打招呼", "★★★", "治理工程一律进入公共资源交易平台招标。"),
            ("避险搬迁对象审核不严，优亲厚友", "★★★", "搬迁对象逐户核实，在村务公开栏公示。"),
            ("接受施工单位宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "翁瑀岐", "副站长", "分管监测预警、群测群防", "leader", [
            ("群测群防员补助发放不实", "★★", "补助按考核结果发放，名单公示。"),
            ("监测设备采购验收把关不严", "★★", "设备验收两人以上，到货清单逐项核对。"),
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
        "qusong_geohazard_station_cards",
        "http://zrzyt.xizang.gov.cn/gk/xxgk/zfjc/zcfg/dzhjgl/202509/t20250924_501305.html",
        "县地质灾害防治站 领导干部廉政风险防控卡, one sheet a leader, after the source's 西藏 rules for 地质灾害防治项目 (立项, "
        "招标, 避让搬迁, 监测预警, 验收, 资金): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qusong_land_enforcement_group_rows() -> dict:
    unit = f"{PLACE}自然资源执法监察大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "银璘", "leader", [
                ("违法用地、非法采矿案件查处中说情，降低处罚标准", "一级风险", "重大案件集体审议，处罚决定公开。"),
                ("对举报线索选择性核查", "一级风险", "举报线索登记编号，办理结果回复举报人。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "翁珺岑", "middle", [
                ("卫片图斑核查取证不全", "二级风险", "核查取证两人以上，现场录像存档。"),
            ]),
            ("队员", "银晞峦", "general", [
                ("动态巡查发现违法行为不制止、不报告", "二级风险", "巡查日志每日上报，大队抽查。"),
                ("向当事人泄露执法行动信息", "三级风险", "联合执法行动方案按涉密管理。"),
            ]),
        ]),
        ("三、法制审核组", "法制审核组", [
            ("审核员", "翁璠", "general", [
                ("处罚案卷法制审核走过场", "二级风险", "案卷审核实行初审、复审两级。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "qusong_land_enforcement_group_rows", "http://www.wanyuan.gov.cn/xxgk-show-46922.html",
        "县自然资源执法监察大队 廉政风险防控责任清单 under GROUP ROWS, after the source's 国土资源局 执法监察大队 stopping 非法采矿 "
        "(12336 举报, 联合执法, 现场制止): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、大队领导``, ``二、执法一中队``, ``三、法制审核组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def qusong_survey_center_selfchecks() -> dict:
    unit = f"{PLACE}测绘服务中心"
    t = _Truth(unit)
    people = [
        ("银琇嵩", "中心领导", "主任", "leader", [
            ("测绘项目委托化整为零规避招标", "Ⅰ级", "测绘项目按限额标准报县自然资源局审批。", "已落实"),
            ("测绘仪器采购指定供应商", "Ⅱ级", "仪器采购三家比价，验收后入库。", "未发现问题"),
        ]),
        ("翁瑢峥", "测量室", "测量员", "general", [
            ("宗地、房屋测量数据弄虚作假", "Ⅰ级", "测量成果两级检查，抽查比对。", "已落实"),
            ("收受委托人财物，加快出具成果", "Ⅲ级", "成果出具按受理顺序，时限公开。", "已落实"),
        ]),
        ("银珏昕", "地理信息室", "数据管理员", "general", [
            ("违规提供涉密地理信息数据", "Ⅰ级", "数据提供履行审批手续，登记台账。", "未发现问题"),
            ("私自留存、转卖基础测绘成果", "Ⅱ级", "成果存储设备专人管理，定期检查。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qusong_survey_center_selfchecks", "http://www.afdelivr.top/gzdt/2009-06/10/content_1336751.htm",
        "县测绘服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's interview on "
        "测绘保障服务 for the countryside (基础测绘, 地理信息数据, 测绘成果): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def qusong_luobusha_town_resources_list() -> dict:
    unit = f"{PLACE}罗布沙镇自然资源所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "翁瑾岷", "leader", "农村宅基地审批初审把关不严", "制度机制", "高风险",
         "宅基地申请村级公示后所务会研究初审。"),
        ("所领导", "所长", "翁瑾岷", "leader", "违法用地制止不力，放任抢建", "岗位职责", "中风险",
         "违法用地发现即制止，当日报县执法监察大队。"),
        ("地籍管理", "地籍员", "银琛峣", "general", "土地确权调查中偏向一方", "业务流程", "高风险",
         "权属调查邀请四邻到场指界签字。"),
        ("地籍管理", "地籍员", "银琛峣", "general", "收取办证“好处费”", "思想道德", "低风险",
         "收费项目和标准在所内公示。"),
        ("巡查监管", "巡查员", "翁璨", "general", "动态巡查不到位，违法用地发现不及时", "外部环境", "中风险",
         "巡查轨迹记录，所长每周抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "qusong_luobusha_town_resources_list", "http://004km.cn/a7/2019051310/dcef923acffca799.html",
        "镇自然资源所 岗位廉政风险防控一览表, after the source's 县 talk on 土地执法共同责任机制 (乡镇国土所, 动态巡查, "
        "违法用地 制止, 耕地保护): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def qusong_qiongduojiang_township_resources_register() -> dict:
    unit = f"{PLACE}邛多江乡自然资源所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "银珩屾", "leader", [
            ("违反法定条件办理土地登记", "制度机制", "一级", "登记材料逐项审查，疑难件报县不动产登记中心会审。"),
            ("对用地申请无正当理由拖延不办", "岗位职责", "二级", "用地申请受理登记，办理时限公开。"),
        ]),
        ("土地管理组", "管理员", "翁瑭岫", "general", [
            ("临时用地审核不严", "业务流程", "一级", "临时用地实地踏勘，复垦方案随件报送。"),
        ]),
        ("综合组", "协管员", "银璎", "general", [
            ("土地补偿费发放台账不实", "业务流程", "二级", "补偿费通过“一卡通”发放，名单公示。"),
            ("向亲友透露征地补偿信息", "思想道德", "三级", "征地信息统一由乡政府公开发布。"),
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
        "qusong_qiongduojiang_township_resources_register", "http://tjdiaoyu.com/falvtiao/6736759.html",
        "乡自然资源所 廉政风险点排查登记表, after the source's 处分 rules for 土地登记 and 用地审批 (违反法定条件登记, "
        "无正当理由不予受理, 违法批准征收、占用土地): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/"
        "风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qusong_planning_institute_number_by_level(),
    qusong_resources_bureau_two_sheets(),
    qusong_mineral_station_posts(),
    qusong_geohazard_station_cards(),
    qusong_land_enforcement_group_rows(),
    qusong_survey_center_selfchecks(),
    qusong_luobusha_town_resources_list(),
    qusong_qiongduojiang_township_resources_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch935-inbox"))

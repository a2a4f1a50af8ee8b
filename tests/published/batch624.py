"""The six-hundred-and-twenty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's energy and coal
bodies, 达拉特旗 (of 鄂尔多斯市, 内蒙古自治区) — its 能源局, 煤炭事务发展中心, 新能源产业园, a 国有煤矿, its
能源综合执法大队, 煤炭交易服务中心, 节能监察中心 and the 供电公司 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 能源局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 煤炭事务发展中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 新能源产业园管理委员会's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 国有煤矿's 责任清单 under GROUP ROWS ``一、矿领导`` … ``三、机电运输科`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 能源综合执法大队's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 煤炭交易服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 节能监察中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``dalad_power_supply_duty_shifts``: the 供电公司's 运行值班岗位廉洁风险防控表, ONE ROW A POINT OF A POST
  (``序号 | 岗位 | 廉洁风险点 | 风险等级 | … | 防控措施``) in a two-row heading whose ``当值责任人`` is merged
  across the three shifts ``一值 | 二值 | 三值``; under each shift the NAME of the holder of the row's
  post in that shift (merged down over the post's rows). The post's points are the points of EVERY
  shift's holder alike: three holders a post, one form each, no 科室 (the 值 is a shift, not a
  科室), and a ``注：`` line says so. The README's 读得懂的表 knows holders as tick columns under a
  merged heading (posts row over names row, ``√`` a row), ``经办人 | 复核人 | 审批人`` columns picked by a
  风险环节 cell, ``A角 | B角`` (A角 the holder) and ``第一责任人 | 直接责任人 | 具体责任人`` (具体责任人 the
  holder); it does not describe holders as NAME columns of shifts (``一值 | 二值 | 三值`` under one
  merged heading) where every named cell in the row is a holder of the row's point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (内蒙古 涉煤腐败 倒查20年 — 煤炭资源
配置, 违规审批; a 供电 带电作业 with 廉洁风险交底, 工作负责人, 班组; the 电力安全生产“十四五”行动计划;
重建能源部 and 煤矿 整顿 — 采矿权, 关闭整合; 国企煤矿矿长 任期; 煤矿三项岗位人员 配备标准; 煤矿安全培训
费用 提取; 国家新能源局 主管级别) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 相 and 赫连
with rare given names); every unit is a body of 达拉特旗.

Run ``python tests/published/score.py --set batch624`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every name under ``一值 | 二值 | 三值`` is a holder of the post on the row and of its
  point, with the row's level; one form a holder (post from the 岗位 cell, name from the shift
  cell), no 科室; ``防控措施`` names no holder; the ``注：`` line and the 编制/审核 line are no points;
- ``局领导``, ``矿领导``, ``中心领导`` (a 科室 cell or a group row) are the 科室 of those leaders; the
  能源局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a group row
  ``二、调度室`` gives the 科室 ``调度室`` (its number left off);
- 局长, 副局长, 主任, 副主任 of a 中心 or 管委会, 矿长, 副矿长, 大队长, 副大队长 are leaders; 股长, a 科's
  科长 and a 部's 部长 middle, and so is the 值长; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 煤炭事务发展中心's list names no person: its forms are posts;
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

PREFIX = "b624_"
PLACE = "达拉特旗"
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

SHIFTS = ["一值", "二值", "三值"]

# (post, tier, holders by shift, [(廉洁风险点, 风险等级, 防控措施)])
DUTY = [
    ("值长", "middle", ("相砜翊", "赫连峣玠", "相鋆湉"), [
        ("倒闸操作票审核把关不严，为施工单位违规许可开工", "高", "操作票双人审核，许可开工经调度录音确认。"),
        ("收受检修施工单位宴请、礼品，放松现场安全监督", "高", "签订廉洁承诺，外包队伍考评结果公开。"),
    ]),
    ("正值班员", "general", ("赫连琇甯", "相璟翃", "赫连淏瑧"), [
        ("工作票许可手续不全即许可工作", "中", "工作票许可前逐项核对安全措施。"),
        ("两票统计弄虚作假", "低", "两票月度抽查，统计结果公示。"),
    ]),
]  # fmt: skip


def dalad_power_supply_duty_shifts() -> dict:
    unit = f"{PLACE}供电公司"
    n = len(SHIFTS)
    ncols = 4 + n + 1
    sh = _Sheet("运行值班", [6, 10, 40, 8] + [10] * n + [34])
    t = _Truth(unit)
    _line(sh, f"{unit}运行值班岗位廉洁风险防控表", ncols)
    _line(sh, f"编制单位：{unit}{GAP * 20}2025年6月", ncols)
    top = sh.add(
        "序号", "岗位", "廉洁风险点", "风险等级", "当值责任人", *([None] * (n - 1)), "防控措施"
    )
    sh.add(None, None, None, None, *SHIFTS, None)
    for c in (0, 1, 2, 3, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 3 + n)
    first = len(sh.rows)
    i = 0
    for post, _tier, holders, points in DUTY:
        for point, lv, measures in points:
            i += 1
            sh.add(i, post, point, lv, *holders, measures)
    _merge_down(sh, first, [(c, lambda row: row[1]) for c in range(1, 2)]
                + [(4 + j, lambda row: row[1]) for j in range(n)])  # fmt: skip
    # the truth one form a holder: post by post, shift by shift
    for post, tier, holders, points in DUTY:
        for who in holders:
            for point, lv, _measures in points:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：各值当值责任人对本值当值期间本岗位的廉洁风险点负责；风险等级分高、中、低三级。",
        ncols,
    )
    sh.add("编制：", None, "审核：", None, None, "分管领导（签字）：", None, None)
    return _layout(
        "dalad_power_supply_duty_shifts", "http://www.zj.news.cn/20260127/c9eeb8f4918b459d91f1f8f593d0392a/c.html",
        "(harder) 旗供电公司 运行值班岗位廉洁风险防控表, after the source's 带电作业 with 廉洁风险交底 (工作负责人, 班组成员, "
        "安全责任与廉洁责任): a title, a merged ``编制单位：…　2025年6月`` line, then a TWO-ROW heading: 序号/岗位/"
        "廉洁风险点/风险等级/防控措施 merged down, ``当值责任人`` merged across three shift columns ``一值 | 二值 | 三值``; "
        "ONE ROW A POINT OF A POST (岗位 merged down), under each shift the NAME of that shift's holder of the post "
        "(merged down over the post's rows), so each point belongs to three holders alike; 高/中/低, no type column; a "
        "merged ``注：`` line and an 编制/审核/分管领导（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dalad_energy_bureau_two_sheets() -> dict:
    unit = f"{PLACE}能源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("相珣湛", "局长", "主持全面工作", [
            ("煤炭资源配置和矿业权出让插手干预", "一级", "资源配置事项局党组集体研究，全程留痕。"),
            ("能源项目核准备案中接受企业请托", "一级", "核准备案事项网上办理，结果公开。"),
        ]),
        ("赫连珏岘", "副局长", "分管煤炭、电力", [
            ("煤矿产能核增审核把关不严", "一级", "产能核增组织专家现场核查，集体审议。"),
            ("电力用户直接交易准入审核优亲厚友", "二级", "准入名单公示，接受社会监督。"),
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
        ("煤炭股", "股长", "相湜琤", "middle", "煤矿复工复产验收走过场", "一级", "验收实行双人现场核查，签字背书。"),
        ("煤炭股", "股长", "相湜琤", "middle", "违规为超层越界开采煤矿出具意见", "二级", "出具意见前调取储量核实资料。"),
        ("煤炭股", "股员", "赫连翚珺", "general", "煤矿产量统计数据审核不严", "三级", "产量数据与在线监测系统比对。"),
        ("新能源股", "股长", "相翯沄", "middle", "风电光伏项目指标分配暗箱操作", "一级", "指标分配竞争性配置，结果公示。"),
        ("新能源股", "股员", "赫连瑨澧", "general", "新能源项目并网材料审核不严", "二级", "并网材料实行初审、复审两级。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dalad_energy_bureau_two_sheets", "https://colamg.com/a/jin-qian-ren-luo-wang-lei-ji-zhui-jiao-chao-si-bai-yi-nei-meng-gu-she-mei-fu-bai-dao-cha-20nian-ji-shi.html",
        "旗能源局 廉政风险防控一览表 in TWO SHEETS, after the source's 内蒙古 涉煤腐败 倒查20年 (煤炭资源配置, 违规审批, "
        "专项整治): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dalad_coal_affairs_center_posts() -> dict:
    unit = f"{PLACE}煤炭事务发展中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "煤矿整合关闭", "煤矿关闭退出补偿标准把握不一，优亲厚友", "制度机制风险", "高",
         "补偿方案集体研究，补偿结果公示。"),
        ("安全监管科", "科长", "middle", "煤矿安全检查", "检查中发现隐患不处理，收受煤矿好处", "思想道德风险", "高",
         "检查实行双随机，隐患闭环销号。"),
        ("安全监管科", "科长", "middle", "行政处罚", "处罚裁量畸轻畸重", "岗位职责风险", "中",
         "处罚案件法制审核，集体讨论。"),
        ("规划科", "科员", "general", "采矿权延续资料审核", "审核资料不全即上报", "业务流程风险", "中",
         "资料审核清单化，两人复核。"),
        ("统计科", "科员", "general", "煤炭产量统计", "瞒报漏报煤炭产量", "业务流程风险", "低",
         "产量数据与销售票据交叉核对。"),
        ("统计科", "科员", "general", "运销票据管理", "违规发放煤炭运销票据", "外部环境风险", "中",
         "票据领用登记，每月核销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "dalad_coal_affairs_center_posts", "http://finance.sina.com.cn/g/20050510/16421575446.shtml",
        "旗煤炭事务发展中心 岗位廉政风险点排查表 对岗不对人, after the source's 重建能源部 and 煤矿 整顿 (矿难, 采矿权, "
        "关闭整合, 煤炭生产): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dalad_new_energy_park_selfchecks() -> dict:
    unit = f"{PLACE}新能源产业园管理委员会"
    t = _Truth(unit)
    people = [
        ("相禛珧", "管委会领导", "副主任", "leader", [
            ("入园项目准入评审打招呼、定结果", "Ⅰ级", "准入评审专家随机抽取，评审结果公示。", "已落实"),
            ("园区基础设施项目规避招标", "Ⅱ级", "项目一律进入公共资源交易平台。", "未发现问题"),
        ]),
        ("赫连岍湉", "招商服务部", "部长", "middle", [
            ("招商引资奖励兑现审核不严", "Ⅰ级", "奖励兑现经联席会议审定并公示。", "已落实"),
            ("为企业办理手续时吃拿卡要", "Ⅲ级", "推行帮办代办清单，限时办结。", "已落实"),
        ]),
        ("相璘沨", "规划建设部", "科员", "general", [
            ("用地预审材料审核把关不严", "Ⅱ级", "材料审核两人签字。", "未发现问题"),
            ("工程签证变更审核走过场", "Ⅲ级", "变更签证现场核实，留存影像。", "已落实"),
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
        sh.add("本人签名：", None, "部门负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dalad_new_energy_park_selfchecks", "http://fengdujob.net/go/国家新能源局主管什么级别.html",
        "旗新能源产业园管理委员会 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "国家新能源局 主管级别 (新能源 管理, 项目审批): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 部门负责人意见：``",
        sheets, t,
    )  # fmt: skip


def dalad_state_coal_mine_group_rows() -> dict:
    unit = f"{PLACE}国有罕台煤矿"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、矿领导", "矿领导", [
            ("矿长", "赫连湛珝", "leader", [
                ("井下工程外包指定施工队伍", "一级风险", "外包工程公开招标，矿务会集体研究。"),
                ("煤炭销售价格违规下浮", "一级风险", "销售定价由价格领导小组集体确定。"),
            ]),
        ]),
        ("二、调度室", "调度室", [
            ("主任", "相翃瑆", "middle", [
                ("产量、进尺数据虚报", "二级风险", "调度数据与计量系统每日核对。"),
            ]),
            ("调度员", "赫连璆沛", "general", [
                ("为外来车辆违规放行装煤", "二级风险", "装车凭电子提煤单，视频留存。"),
                ("调度台账记录不实", "三级风险", "台账每班交接签字。"),
            ]),
        ]),
        ("三、机电运输科", "机电运输科", [
            ("科长", "相瑄岵", "middle", [
                ("设备配件验收以次充好", "二级风险", "配件验收物资、使用、监督三方签字。"),
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
        "dalad_state_coal_mine_group_rows", "https://www.jrssaishi.com/tagdetail/国企煤矿矿长任期几年换一次.html",
        "旗国有煤矿 廉洁风险防控责任清单, after the source's 国企煤矿矿长 任期 (矿长 任期, 交流轮岗): a title, "
        "序号/岗位/姓名/廉洁风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、矿领导``, "
        "``二、调度室``, ``三、机电运输科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dalad_energy_enforcement_cards() -> dict:
    unit = f"{PLACE}能源综合执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "相淇珵", "大队长", "主持大队全面工作", "leader", [
            ("执法检查计划随意变更，选择性执法", "★★★", "检查计划年初公布，双随机抽取对象。"),
            ("案件查处中说情打招呼", "★★★", "说情干预事项登记报告。"),
            ("接受被检查企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副大队长", "赫连昶琬", "副大队长", "分管电力、油气执法", "leader", [
            ("电力设施保护案件降格处理", "★★", "案件处理结果经集体审议。"),
            ("油气管道隐患整改验收不严", "★★", "整改验收两人以上到场，留存影像。"),
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
        "dalad_energy_enforcement_cards", "https://kob123.com/anjian/436427.html",
        "旗能源综合执法大队 领导干部廉政风险防控卡, one sheet a leader, after the source's 电力安全生产“十四五”行动计划 "
        "(电力设施保护, 安全监管, 隐患排查): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dalad_coal_trading_center_list() -> dict:
    unit = f"{PLACE}煤炭交易服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "赫连珣翎", "leader", "交易规则制定向个别企业倾斜", "制度机制", "高风险",
         "交易规则征求意见后集体审定。"),
        ("中心领导", "主任", "赫连珣翎", "leader", "违规干预交易价格形成", "岗位职责", "中风险",
         "价格形成全程线上，数据留痕。"),
        ("交易部", "部长", "相瑀岑", "middle", "交易会员资格审核放宽条件", "业务流程", "中风险",
         "会员资格审核两级把关，名单公示。"),
        ("交易部", "交易员", "赫连澍玥", "general", "泄露挂牌交易信息", "思想道德", "高风险",
         "签订保密承诺，系统操作留痕。"),
        ("结算部", "会计", "相岫翀", "general", "交易保证金退付不及时或违规挪用", "业务流程", "中风险",
         "保证金专户管理，退付限时办结。"),
        ("结算部", "出纳", "赫连瑒沚", "general", "票据管理不规范", "外部环境", "低风险",
         "票据领用核销登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dalad_coal_trading_center_list", "https://abg.baidu.com/tags/yo5nfnnx47h5lrwaxhalzmfx226lnn55w6ua14",
        "旗煤炭交易服务中心 岗位廉政风险防控一览表, after the source's 煤业风险评估及分级方法 (风险辨识, 分级管控): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def dalad_energy_saving_register() -> dict:
    unit = f"{PLACE}节能监察中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "相玹澈", "leader", [
            ("重点用能单位节能监察对象选择性确定", "制度机制", "一级", "监察对象随机抽取，计划公开。"),
            ("节能审查意见出具打招呼", "思想道德", "二级", "审查意见集体研究。"),
        ]),
        ("监察科", "科长", "赫连昉琰", "middle", [
            ("能耗超限额问题不移交处理", "岗位职责", "二级", "问题移交台账每月核对。"),
        ]),
        ("监察科", "科员", "相湉岚", "general", [
            ("现场监察数据记录不实", "业务流程", "一级", "监察全程执法记录仪记录。"),
            ("煤矿安全培训费用提取核查走过场", "外部环境", "三级", "核查结果书面反馈企业并存档。"),
        ]),
        ("综合科", "会计", "赫连琚澂", "general", [
            ("监察经费虚列支出", "业务流程", "一级", "报账单据三级审核。"),
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
        "dalad_energy_saving_register", "http://fengdujob.net/go/煤矿安全培训费用提取标准2024最新.html",
        "旗节能监察中心 廉政风险点排查登记表, after the source's 煤矿安全培训费用 提取标准 (费用提取, 企业核查): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dalad_power_supply_duty_shifts(),
    dalad_energy_bureau_two_sheets(),
    dalad_coal_affairs_center_posts(),
    dalad_new_energy_park_selfchecks(),
    dalad_state_coal_mine_group_rows(),
    dalad_energy_enforcement_cards(),
    dalad_coal_trading_center_list(),
    dalad_energy_saving_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch624-inbox"))

"""The six-hundred-and-sixty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's border
bodies, 镶黄旗 (of 锡林郭勒盟, 内蒙古自治区) — its 边境管理大队 and the 大队's 边境派出所 (翁贡乌拉,
宝格达音高勒, 新宝拉格, 哈音海尔瓦, 巴音塔拉), the 旗 护边员管理办公室 and the 旗 边海防办公室 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 边境管理大队's 一览表 in TWO SHEETS: ``大队领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``职能部门`` (``部门`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 护边员管理办公室's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 新宝拉格边境派出所's 自查表, one sheet a person: a label row ``姓　名 | 所在警组 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 宝格达音高勒边境派出所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、综合室`` merged across
  (no 部门 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 翁贡乌拉边境派出所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 哈音海尔瓦边境派出所's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``警组 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 边海防办公室's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xianghuang_bayintala_station_slot_ticks``: the 巴音塔拉边境派出所's 所领导班子廉政风险点排查表, ONE
  ROW A POINT (``序号 | 廉政风险点 | 风险等级 | 责任领导… | 防控措施``) whose holders are marked in ONE
  column: its heading names the three leaders in order in a bracket
  (``责任领导（所长 路翯岷／教导员 娄珺翊／副所长 路澹霏）``) and each cell holds three SLOTS in that
  order, split by ``／``, each ``√`` (his point) or ``—`` (not his): ``√／√／—`` is the 所长's and the
  教导员's point, ``—／—／√`` the 副所长's alone; a ``注：`` line says so. A row's point belongs to every
  leader whose slot is ticked, by POSITION in the cell. The README's 读得懂的表 knows holders as tick
  COLUMNS (posts row over names row, several ticks a row), ``■□□``/``○●○`` LEVELS ticked by position,
  holder marks closing the point keyed by a legend, and a holder bracketed in a heading (one holder a
  table); it does not describe several holders named in one heading whose ticks stand by position in
  one cell, one slot a holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 内蒙古 纪检 page on 边境管理支队's
护边驿站 and the 守望草原巡防队; a paper on 外事界务员, a 体制吸纳型 边境群防组织, its selection,
补贴 and 考核; a 北屯边境派出所 named 执法示范单位 — 抵边警务室, 案件评查, 执法监督; the 赫力沁巡防队 of an
额布德格边境派出所 — 民警, 护边员, 巡边; a 苏尼特右旗 边境管理大队 training its 护边员 — ``必报`` 事项,
联防培训; a 边境通行证 办理 guide — 申请材料, 代办委托书, 不收费; a 国家移民管理局 report on 抵边警务室,
治安执勤点, 群防组织 and 查缉; a 国家移民管理局 page on the 边境口岸防控体系 — 边境管理 主责, 管控与服务) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 路 and 娄 with rare given names); every unit
is a body of 镶黄旗.

Run ``python tests/published/score.py --set batch664`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``√`` slot makes the row's point a point of the leader named at that
  position in the heading's bracket (post and name), with the row's level; ``—`` is not his; one
  form a leader, no 科室 (the table names none); the ``注：`` line and the sign-off line are no
  points; ``防控措施`` names no holder;
- ``所领导`` (a group row, a 所在警组 cell) and ``办领导``, ``所领导`` in a 科室 or 警组 column are the 科室 of
  those leaders; the 大队's leaders (sheet ``大队领导``, no 部门 column), the cards' leaders and the harder
  file's leaders have no 科室; a 所's 组 and 室 (边境管控组, 综合室, 社区警务组, 户籍窗口, 治安警组), a 大队's
  中心 and 室 and an 办's 股 and 科 are 科室; a group row ``二、边境管控组`` gives the 科室 ``边境管控组``
  (its number left off);
- every 所, the 大队, the 护边员管理办公室 and the 边海防办公室 are units of their own: 大队长, 政委, 所长,
  教导员, 副所长 and the 办's 主任 are leaders; 科长, 股长, 主任 of a 中心, 组长 middle; the rest (民警,
  内勤, 会计, 科员, 辅警) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 护边员管理办公室's list names no person: its forms are posts;
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

PREFIX = "b664_"
PLACE = "镶黄旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"
DASH = "—"
SLASH = "／"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 所领导 in the heading's bracket, in slot order: (post, name)
LEADERS = [("所长", "路翯岷"), ("教导员", "娄珺翊"), ("副所长", "路澹霏")]

# (廉政风险点, 风险等级, slots under LEADERS, 防控措施)
SHARED = [
    ("边境管理区通行证审核把关不严，为不符合条件人员出具审核意见", "高", (1, 0, 1),
     "通行证审核实行民警初审、所领导审批，材料留档备查。"),
    ("办理治安、边境管理行政案件中降格处理、以罚代刑", "高", (1, 1, 0),
     "案件实行法制员审核，重大案件所务会集体研究。"),
    ("护边员考核、补贴发放情况审核不实", "中", (0, 0, 1), "护边员巡边记录与定位轨迹比对，考核结果公示。"),
    ("民辅警评优评先、推荐选拔中优亲厚友", "中", (1, 1, 0), "推荐条件量化，结果所内公示。"),
    ("抵边警务室物资采购、维修中虚报冒领", "中", (0, 1, 1), "采购三家比价，验收双人签字。"),
    ("接受辖区牧民、边贸商户宴请和礼品", "低", (1, 1, 1), "签订廉洁执法承诺书，节前廉洁提醒。"),
]  # fmt: skip


def _slots(ticks) -> str:
    return SLASH.join(TICK if k else DASH for k in ticks)


def xianghuang_bayintala_station_slot_ticks() -> dict:
    unit = f"{PLACE}巴音塔拉边境派出所"
    sh = _Sheet("所领导", [6, 42, 9, 24, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}所领导班子廉政风险点排查表", 5)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 5)
    who = SLASH.join(f"{post} {name}" for post, name in LEADERS)
    sh.add("序号", "廉政风险点", "风险等级", f"责任领导（{who}）", "防控措施")
    for i, (point, lv, ticks, measures) in enumerate(SHARED, 1):
        sh.add(i, point, lv, _slots(ticks), measures)
    for j, (post, name) in enumerate(LEADERS):
        for point, lv, ticks, _measures in SHARED:
            if ticks[j]:
                t.point(sh.name, "", post, name, "leader", point, [], HML[lv])
    _line(sh, "注：“责任领导”一栏按所长、教导员、副所长的顺序填写，涉及本人的打“√”，不涉及的打“—”，"
          "中间用“／”隔开；风险等级分高、中、低三级。", 5)  # fmt: skip
    sh.add("填表：", None, "审核：", "所长（签字）：", None)
    return _layout(
        "xianghuang_bayintala_station_slot_ticks",
        "https://nia.gov.cn/n741435/n907688/n932720/n1008173/n1139554/n1139576/n1139677/c1140252/content.html",
        "(harder) 边境派出所 所领导班子廉政风险点排查表, after the source's 国家移民管理局 page on the 边境口岸防控体系 "
        "(边境管理 主责, 辖区治安, 管控与服务): a title, a merged ``单位：…　2025年6月`` line, then ONE ROW A POINT "
        "``序号 | 廉政风险点 | 风险等级 | 责任领导（所长 路翯岷／教导员 娄珺翊／副所长 路澹霏） | 防控措施``; the holders "
        "column's cells hold three slots in the heading's order, ``√`` or ``—`` split by ``／`` (``√／√／—``), so a "
        "row's point belongs to every leader whose slot is ticked; 高/中/低, no type column; a ``注：`` line and a "
        "填表/审核/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xianghuang_border_brigade_two_sheets() -> dict:
    unit = f"{PLACE}边境管理大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}大队领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("路岘翀", "大队长", "主持全面工作", [
            ("护边驿站建设项目插手干预选址和施工单位", "一级", "项目按程序报支队审批，施工单位公开比选。"),
            ("警用装备、巡逻车辆采购指定品牌", "一级", "采购纳入政府采购，需求经党委会研究。"),
        ]),
        ("娄璟湉", "政委", "分管队伍建设、纪检监察", [
            ("民辅警招录、辅警考核中打招呼、递条子", "一级", "招录全程录像，结果公示。"),
            ("守望草原巡防队队员遴选中优亲厚友", "二级", "遴选条件公开，嘎查推荐、大队审核。"),
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
    dept = _Sheet("职能部门", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}职能部门廉政风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("指挥中心", "主任", "娄昶沄", "middle", "边境管控警情处置不及时、选择性出警", "一级",
         "警情全程记录，每日研判通报。"),
        ("指挥中心", "主任", "娄昶沄", "middle", "视频监控数据违规查询、泄露", "二级", "查询实行审批登记，定期抽查。"),
        ("指挥中心", "民警", "路琬霁", "general", "护边驿站值守情况统计弄虚作假", "三级", "值守记录与视频比对。"),
        ("警务保障室", "会计", "娄淼珏", "general", "巡逻车辆燃油费报销审核不严", "二级", "燃油卡专车专用，按里程核销。"),
        ("警务保障室", "会计", "娄淼珏", "general", "驿站运维经费虚列支出", "二级", "运维经费专账核算，接受审计。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：政工室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xianghuang_border_brigade_two_sheets", "http://www.nmgsjw.cn/nmgsjzzsapp/zxdk/202506/t20250627_38618.html",
        "旗 边境管理大队 廉政风险防控一览表 in TWO SHEETS, after the source's 内蒙古 纪检 page on 边境管理支队 (护边驿站, "
        "守望草原巡防队, 边境管控): sheet 大队领导 with 姓名/职务/分管工作 merged per leader, sheet 职能部门 with 部门 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xianghuang_guard_office_posts() -> dict:
    unit = f"{PLACE}护边员管理办公室"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "护边员选聘", "护边员选聘不按条件，优亲厚友", "制度机制风险", "高",
         "选聘条件公开，嘎查推荐、苏木审核、旗级公示。"),
        ("管理股", "股长", "middle", "补贴发放", "护边员补贴虚报人数、冒领", "业务流程风险", "高",
         "补贴按月打卡发放，名册与考勤核对。"),
        ("管理股", "股长", "middle", "巡边考核", "巡边考核走过场，考核结果不实", "岗位职责风险", "中",
         "考核结合定位轨迹，结果公示。"),
        ("管理股", "科员", "general", "装备发放", "巡边装备发放不登记，私自处置", "业务流程风险", "低",
         "装备领用登记，每半年盘点。"),
        ("综合股", "科员", "general", "培训组织", "培训签到弄虚作假，虚列培训费", "思想道德风险", "中",
         "培训签到、照片存档，费用据实报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "xianghuang_guard_office_posts", "https://m.fx361.cc/news/2023/0317/23077661.html",
        "旗 护边员管理办公室 岗位廉政风险点排查表 对岗不对人, after the source's paper on 外事界务员, a 体制吸纳型 "
        "边境群防组织 (选聘, 补贴, 考核, 培训): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xianghuang_xinbaolage_station_selfchecks() -> dict:
    unit = f"{PLACE}新宝拉格边境派出所"
    t = _Truth(unit)
    people = [
        ("路鋆岚", "所领导", "教导员", "leader", [
            ("民警执法过错责任追究不落实", "Ⅰ级", "执法过错案件逐案登记，按规定追责。", "已落实"),
            ("护边员联防培训经费使用不规范", "Ⅱ级", "培训经费专款专用，凭签到表报销。", "未发现问题"),
        ]),
        ("娄霑琪", "社区警务组", "民警", "general", [
            ("“必报”事项漏报、瞒报", "Ⅰ级", "必报事项台账逐日登记，所领导每周检查。", "已落实"),
            ("户籍业务办理中吃拿卡要", "Ⅲ级", "办理时限公开，群众评价。", "已落实"),
        ]),
        ("路岍沅", "边境管控组", "民警", "general", [
            ("边境巡逻记录不实", "Ⅱ级", "巡逻轨迹与记录比对。", "未发现问题"),
            ("收缴的违禁物品登记不全", "Ⅲ级", "涉案财物专柜保管，双人登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在警组", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xianghuang_xinbaolage_station_selfchecks", "http://tyjgjz.com/cn/Instant/local/202306/t20230629_7442140.html",
        "边境派出所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 苏尼特右旗 "
        "边境管理大队 training its 护边员 (``必报`` 事项, 夏季治安联防培训, 每季度一次): a title, a label row "
        "``姓　名 | 所在警组 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def xianghuang_baogedayingaole_station_group_rows() -> dict:
    unit = f"{PLACE}宝格达音高勒边境派出所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "路沣璘", "leader", [
                ("巡防队员补助发放不经所务会研究", "一级风险", "补助名单所务会研究，张榜公示。"),
                ("警务室维修工程化整为零", "一级风险", "维修项目报大队审批。"),
            ]),
        ]),
        ("二、边境管控组", "边境管控组", [
            ("组长", "娄瑢溆", "middle", [
                ("边境巡踏查记录造假", "二级风险", "巡踏查轨迹留存，大队每月抽查。"),
            ]),
            ("民警", "路泓琛", "general", [
                ("对越界放牧等违法行为不依法处理", "二级风险", "案件全程记录，法制员审核。"),
                ("向巡防队员索要好处", "三级风险", "设立举报电话，队员定期回访。"),
            ]),
        ]),
        ("三、综合室", "综合室", [
            ("内勤", "娄漪玹", "general", [
                ("巡防队员考勤统计不实", "二级风险", "考勤与巡边记录核对。"),
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
        "xianghuang_baogedayingaole_station_group_rows", "https://dcwnkz.com/new/675806019269430272",
        "边境派出所 廉政风险防控责任清单, after the source's 赫力沁巡防队 of an 额布德格边境派出所 (民警, 护边员, "
        "解放军战士, 边境辖区, 巡防): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、所领导``, ``二、边境管控组``, ``三、综合室`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xianghuang_wengongwula_station_cards() -> dict:
    unit = f"{PLACE}翁贡乌拉边境派出所"
    t = _Truth(unit)
    cards = [
        ("所长", "娄珩渟", "所长", "主持派出所全面工作", "leader", [
            ("执法示范单位创建中弄虚作假", "★★★", "创建材料如实报送，大队审核。"),
            ("案件评查走过场，掩盖执法问题", "★★★", "案件评查交叉进行，结果通报。"),
            ("接受辖区企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副所长", "路霁岫", "副所长", "分管抵边警务室、治安", "leader", [
            ("抵边警务室值守人员考勤不实", "★★", "考勤与视频监控比对。"),
            ("治安案件调解中偏袒一方", "★★", "调解全程记录，当事人签字确认。"),
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
        "xianghuang_wengongwula_station_cards", "http://inews.nmgnews.com.cn/system/2025/05/29/030159879.shtml",
        "边境派出所 领导干部廉政风险防控卡, one sheet a leader, after the source's 北屯边境派出所 named 执法示范单位 "
        "(抵边警务室, 案件评查, 执法监督, 巡防队): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xianghuang_hayinhaierwa_station_list() -> dict:
    unit = f"{PLACE}哈音海尔瓦边境派出所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "警组", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "娄曦沆", "leader", "边境通行证审批中为不符合条件者放行", "制度机制", "高风险",
         "审批材料留档，大队定期抽查。"),
        ("所领导", "副所长", "路婳璆", "leader", "代办通行证委托书审核不严", "岗位职责", "中风险",
         "代办须核验委托书原件。"),
        ("户籍窗口", "民警", "娄琚澜", "general", "边境通行证受理中违规收费", "思想道德", "高风险",
         "收费标准公示，群众评价。"),
        ("户籍窗口", "民警", "娄琚澜", "general", "泄露申请人个人信息", "业务流程", "中风险",
         "信息查询留痕，定期审计。"),
        ("治安警组", "辅警", "路翾", "general", "协助查缉中私放违禁物品", "外部环境", "低风险",
         "查缉双人作业，全程记录。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "xianghuang_hayinhaierwa_station_list", "https://cd.bendibao.com/live/2016718/86684.shtm",
        "边境派出所 岗位廉政风险防控一览表, after the source's 边境通行证 办理 guide (申请材料, 代办委托书, 不收费, "
        "办理时限): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/警组/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "所长（签字） line",
        [sh], t,
    )  # fmt: skip


def xianghuang_border_defence_office_register() -> dict:
    unit = f"{PLACE}边海防办公室"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "路瀞珣", "leader", [
            ("边境管控设施建设项目不按程序发包", "制度机制", "一级", "项目进入旗公共资源交易中心。"),
            ("群防组织经费分配不公开", "岗位职责", "二级", "经费分配方案办务会研究并公示。"),
        ]),
        ("综合科", "科长", "娄瑗沚", "middle", [
            ("治安执勤点物资采购收受回扣", "外部环境", "一级", "采购三家比价，验收双人签字。"),
        ]),
        ("综合科", "科员", "路璠淳", "general", [
            ("办公经费报销票据审核不严", "业务流程", "二级", "报销单据三级审核。"),
            ("公务用车私用", "思想道德", "三级", "车辆派遣登记，定位监控。"),
        ]),
        ("群防管理股", "股长", "娄峤滢", "middle", [
            ("群防队员补助名册弄虚作假", "业务流程", "一级", "名册与考勤每月核对，苏木签字确认。"),
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
        "xianghuang_border_defence_office_register",
        "https://www.shangliankeji.com/n741435/n741532/c1434741/content.html",
        "旗 边海防办公室 廉政风险点排查登记表, after the source's 国家移民管理局 report (抵边警务室, 治安执勤点, "
        "二线查缉点, 群防组织): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xianghuang_bayintala_station_slot_ticks(),
    xianghuang_border_brigade_two_sheets(),
    xianghuang_guard_office_posts(),
    xianghuang_xinbaolage_station_selfchecks(),
    xianghuang_baogedayingaole_station_group_rows(),
    xianghuang_wengongwula_station_cards(),
    xianghuang_hayinhaierwa_station_list(),
    xianghuang_border_defence_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch664-inbox"))

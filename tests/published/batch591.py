"""The five-hundred-and-ninety-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 公安
bodies, 西吉县 (of 固原市, 宁夏回族自治区) — its 公安局 and the 局's 交通警察大队, 车辆管理所,
出入境管理大队, 治安管理大队 and 吉强派出所, its 看守所 and 拘留所 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通警察大队's 一览表 in TWO SHEETS: ``大队领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``中队股室`` (``中队股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``,
  no type column;
- the 车辆管理所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 出入境管理大队's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 吉强派出所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、社区警务队`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 看守所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 拘留所's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 治安管理大队's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xiji_public_security_bureau_level_counts``: the 公安局's 机关岗位廉政风险点及等级评定表, ``序号 |
  科室 | 岗位 | 姓名 | 廉政风险点 | 风险点个数（个） | 防控措施`` with ``风险点个数（个）`` merged over
  ``高 | 中 | 低`` on a second heading row. There is NO level cell a point: each holder's row block
  carries, merged down over his rows, the NUMBER of his 高, 中 and 低 points (``2 | 1 | 0``), and a
  ``注：`` line says each post's points are listed 高 first, then 中, then 低 — so a point's level
  is read from its place in its holder's block against his counts (the first two of ``2 | 1 | 0``
  高, the third 中). The README's 读得懂的表 knows a whole list sorted by level with a note giving
  the counts for the whole table (``高风险点5个、中风险点6个、低风险点3个``), ``一级风险点小计 | 4个``
  rows after each level's run, a 风险点数量 column that is a count and no point, votes under
  ``评议得票（票）`` ``高 | 中 | 低`` (the most votes the level) and ticks under ``高 | 中 | 低``; it
  does not describe per-holder counts of 高/中/低 points merged beside each holder's block with
  the points in level order inside it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (公安部's 公安机关涉案财物管理若干规定
— 调用涉案财物, 登记, 办案部门负责人, 涉案财物管理人员, 督察备案; a 交警大队 on the “五条禁令” —
教导员, 股、所、中队, 公车派车单, 财务管理, 禁酒令; a piece on 车管所民警 — 车辆登记, 查验, 检验,
驾驶证申领; a study of 公安出入境管理 — 出境管制, 证件, 外国人管理; a piece on 派出所隐患风险点 —
资金管理, 档案管理, 信息泄露, 违规操作; a comment on 看守所 特权 — 单间, 小灶, 手机, 夜间开监室,
带班所领导; a 看守所 finding cigarettes in books sent by families — 管教民警, 收物检查, 违禁物品;
a province's 特种行业治安管理条例 — 旅馆业, 典当业, 公章刻制业, 特种行业许可证, 治安安全条件) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 蒯 and 郜 with rare given names); every unit is a
body of 西吉县 (no earlier batch's unit holds 西吉).

Run ``python tests/published/score.py --set batch591`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder's points are listed 高 first, then 中, then 低, as the ``注：`` line
  says; with his counts ``h | m | l`` (merged down over his rows) his first h points are level 1,
  the next m level 2, the last l level 3; the counts are no points and no levels of their own;
  the ``注：`` line and the 制表/审核 line are no points; ``局领导`` is the 科室 of the 副局长, as a
  school's ``校领导`` is;
- ``大队领导`` (sheet name, no 科室 column) gives the 交警大队's leaders no 科室; a 中队, 股, 室, 组,
  窗口 or 队 is a 科室; a group row ``二、综合指挥室`` gives the 科室 ``综合指挥室``; ``所领导``
  (a group row, a 部门 cell, a 科室 cell) is the 科室 of those leaders; the 看守所's cards name no
  科室;
- every 大队, 所 and the 局 is a unit of its own (``西吉县公安局吉强派出所`` is the 派出所, as
  earlier batches had it); 局长, 副局长, 大队长, 教导员, 所长 and 副所长 are leaders; 中队长, 股长 and a
  室's 主任 middle; the rest (民警, 内勤, 登记员, 查验员, 审核员, 考试员, 档案管理员, 保管员, 涉案财物
  管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 车辆管理所's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b591_"
PLACE = "西吉县"
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

# (科室, 岗位, 姓名, tier, [(廉政风险点, 高/中/低, 防控措施)] listed 高 first, then 中, then 低)
COUNTED = [
    ("局领导", "副局长", "蒯峋蕤", "leader", [
        ("涉案财物调用审批把关不严", "高", "调用须经办案部门负责人书面批准，登记调用事由和归还时间。"),
        ("干预、插手案件办理，为他人说情打招呼", "高", "落实干预司法活动记录报告制度。"),
        ("警用装备采购中指定品牌或供应商", "中", "采购需求由装备使用部门集体论证。"),
    ]),
    ("警务保障室", "主任", "郜璠嵩", "middle", [
        ("警用装备和被装采购化整为零、规避招标", "高", "达到限额的一律进入县公共资源交易中心。"),
        ("公务用车不填派车单、公车私用", "中", "公车集中停放，凭派车单出车。"),
        ("办公用品入库验收不严", "低", "入库双人验收签字。"),
    ]),
    ("警务保障室", "涉案财物管理员", "蒯硚葳", "general", [
        ("涉案财物接收后未在二十四小时内登记", "高", "涉案财物管理系统登记，条码管理。"),
        ("非因办案需要借出涉案财物", "高", "调用凭审批单，归还时当面核对。"),
        ("涉案财物返还、移送手续不全", "中", "返还、移送法律文书复印件留存备查。"),
        ("涉案财物保管室人员出入不登记", "低", "保管室实行出入登记和视频监控。"),
    ]),
    ("法制室", "主任", "郜洙琬", "middle", [
        ("案件审核把关不严，定性不准的案件予以通过", "高", "重大案件集体审核，审核意见留痕。"),
        ("受人之托在审核中降低处罚标准", "中", "处罚裁量对照裁量基准，逐案说明理由。"),
    ]),
]  # fmt: skip
LEVEL_WORDS = ("高", "中", "低")


def xiji_public_security_bureau_level_counts() -> dict:
    unit = f"{PLACE}公安局"
    ncols = 9
    sh = _Sheet("评定表", [6, 12, 14, 9, 40, 6, 6, 6, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}机关岗位廉政风险点及等级评定表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年5月", ncols)
    top = sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点", "风险点个数（个）", None, None, "防控措施"
    )
    sh.add(None, None, None, None, None, *LEVEL_WORDS, None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in COUNTED:
        counts = [sum(1 for _p, lv, _m in points if lv == w) for w in LEVEL_WORDS]
        # listed 高 first, then 中, then 低
        assert [lv for _p, lv, _m in points] == sorted(
            (lv for _p, lv, _m in points), key=LEVEL_WORDS.index
        )
        start = len(sh.rows)
        for k, (point, lv, measures) in enumerate(points):
            n += 1
            shown = counts if k == 0 else [None] * 3
            sh.add(n, dept, post, who, point, *shown, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        if len(points) > 1:
            for c in (5, 6, 7):
                sh.merge(start, c, len(sh.rows) - 1, c)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：“风险点个数”栏填写本岗位高、中、低风险点的个数，各岗位的风险点按高、中、低的顺序排列"
          "（如某岗位为“2、1、0”，则该岗位第1、2项为高风险点，第3项为中风险点）。", ncols)  # fmt: skip
    sh.add("制表：政工监督室", None, None, "审核：", None, None, None, "2025年5月", None)
    return _layout(
        "xiji_public_security_bureau_level_counts", "http://m.law-lib.com/law/law_view.asp?id=343265&page=2",
        "(harder) 县公安局 机关岗位廉政风险点及等级评定表, after the source's 公安机关涉案财物管理若干规定 (调用涉案财物, "
        "登记册, 办案部门负责人, 涉案财物管理人员, 督察部门备案): a title, a merged ``单位：…　2025年5月`` line, a TWO-ROW "
        "heading 序号/科室/岗位/姓名/廉政风险点/防控措施 merged down and ``风险点个数（个）`` merged across ``高 | 中 | 低``; "
        "科室 merged, 岗位/姓名 merged per person, and NO level cell a point: each holder's counts of 高, 中 and 低 points "
        "merged down over his rows, his points listed 高 first, then 中, then 低, as a ``注：`` line says; no type column; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xiji_traffic_police_two_sheets() -> dict:
    unit = f"{PLACE}公安局交通警察大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯岷栩", "大队长", "主持大队全面工作", [
            ("交通事故处理结果审批中打招呼、说人情", "一级", "事故处理结果集体研究，审批意见留痕。"),
            ("违规使用公务用车、公车私用", "二级", "公车集中停放院内，实行派车单制度。"),
        ]),
        ("郜峄湲", "教导员", "分管队伍建设、财务", [
            ("财务报销把关不严，公款吃喝", "一级", "报销单据教导员、大队长联签，按月公示。"),
            ("民警违反“五条禁令”问题隐瞒不报", "二级", "违反禁令问题一律上报县局督察。"),
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
    dept = _Sheet("中队股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}中队股室廉政风险防控一览表", 7)
    dept.add("序号", "中队股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("事故处理中队", "中队长", "蒯翥洄", "middle", "交通事故责任认定偏袒一方", "一级",
         "责任认定经中队集体研究，认定书公开送达。"),
        ("事故处理中队", "中队长", "蒯翥洄", "middle", "事故车辆扣留、放行不按程序", "二级", "扣留、放行凭审批表，系统登记。"),
        ("事故处理中队", "民警", "郜晙岢", "general", "事故现场勘查、取证不全", "二级", "现场勘查全程执法记录仪录像。"),
        ("秩序管理中队", "中队长", "蒯霙珧", "middle", "查处交通违法以罚代管、少罚不罚", "一级",
         "违法处理一律录入系统，罚缴分离。"),
        ("秩序管理中队", "民警", "郜瑧漪", "general", "路面执勤中吃拿卡要", "一级", "执勤全程佩戴执法记录仪，督察明察暗访。"),
        ("秩序管理中队", "民警", "郜瑧漪", "general", "执勤期间饮酒或接受宴请", "三级", "严守禁酒令，节前廉政提醒。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xiji_traffic_police_two_sheets", "http://che.qc188.com/news/201310/57221.html",
        "县公安局交通警察大队 廉政风险防控一览表 in TWO SHEETS, after the source's 交警大队 on the “五条禁令” (教导员, 股、所、"
        "中队, 公车派车单, 财务管理, 禁酒令): sheet 大队领导 with 姓名/职务/分管工作 merged per leader, sheet 中队股室 with "
        "中队股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xiji_vehicle_office_posts() -> dict:
    unit = f"{PLACE}公安局车辆管理所"
    sh = _Sheet("排查表", [6, 14, 11, 16, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "机动车登记审批", "对手续不全的车辆违规审批登记", "制度机制风险", "高",
         "登记业务系统留痕，所长审批逐笔复核。"),
        ("登记窗口", "登记员", "general", "车辆信息核对", "不核对合格证、车辆识别代号即办理登记", "业务流程风险", "高",
         "登记信息与合格证系统比对，双人复核。"),
        ("登记窗口", "查验员", "general", "机动车查验", "查验不到场、不拍照即签注合格", "岗位职责风险", "中",
         "查验照片上传系统，抽查复核。"),
        ("驾驶人管理窗口", "审核员", "general", "驾驶证申领审核", "为不符合条件的申请人办理驾驶证", "岗位职责风险", "高",
         "申领条件系统自动校验，异常件报所长审批。"),
        ("驾驶人管理窗口", "考试员", "general", "驾驶人考试", "考试中放宽评判标准，收受好处", "思想道德风险", "中",
         "考试员随机派考，考试全程录像。"),
        ("档案室", "档案管理员", "general", "业务档案调阅", "违规查询、泄露车辆和驾驶人信息", "外部环境风险", "低",
         "档案调阅登记审批，信息查询留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "xiji_vehicle_office_posts",
        "https://www.paxyq.com/t/jie-mi-che-guan-suo-min-jing-ta-men-ru-he-yong-xi-jie-shou-hu-jiao-tong-zhi-xu.html",
        "县公安局车辆管理所 岗位廉政风险点排查表 对岗不对人, after the source's piece on 车管所民警 (车辆登记, 核对合格证, "
        "车辆检验, 驾驶证申领、审核、发放): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xiji_exit_entry_selfchecks() -> dict:
    unit = f"{PLACE}公安局出入境管理大队"
    t = _Truth(unit)
    people = [
        ("蒯湍珅", "大队领导", "大队长", "leader", [
            ("因私出入境证件审批中放宽条件", "Ⅰ级", "审批条件对照规定逐项审核，审批留痕。", "已落实"),
            ("登记备案人员出境审批把关不严", "Ⅱ级", "备案人员出境一律核查审批件。", "未发现问题"),
        ]),
        ("郜珌沨", "证件受理组", "受理民警", "general", [
            ("材料不全即予受理，收取“好处费”", "Ⅰ级", "受理材料清单公示，一次性告知。", "已落实"),
            ("泄露申请人个人信息", "Ⅲ级", "信息查询权限分级，查询留痕。", "已落实"),
        ]),
        ("蒯琲屾", "外国人管理组", "民警", "general", [
            ("外国人住宿登记检查走过场", "Ⅱ级", "检查记录存档，大队每月抽查。", "未发现问题"),
            ("对非法滞留外国人查处不力", "Ⅰ级", "查处情况每月通报，督察跟踪。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xiji_exit_entry_selfchecks", "https://m.dyhzdl.cn/k/doc/92d2e93e9b6648d7c1c74659.html",
        "县公安局出入境管理大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's study of "
        "公安出入境管理 (出境管制, 出入境证件, 外国人居留、住宿管理): a title, a label row ``姓　名 | 所在组室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def xiji_jiqiang_station_group_rows() -> dict:
    unit = f"{PLACE}公安局吉强派出所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "郜琭洄", "leader", [
                ("案件办理中干预执法、以罚代刑", "一级风险", "案件由法制员审核，所长不单独定案。"),
                ("辖区场所检查中接受宴请", "二级风险", "检查两人以上，检查记录当场签字。"),
            ]),
        ]),
        ("二、综合指挥室", "综合指挥室", [
            ("主任", "蒯谞瀛", "middle", [
                ("接处警登记不全、有警不出", "二级风险", "警情系统登记，每日回访核查。"),
            ]),
            ("内勤", "郜漳玳", "general", [
                ("罚没款未及时上缴、坐支", "一级风险", "罚缴分离，票款每日核对。"),
                ("违规查询公民户籍信息", "二级风险", "查询权限分级，查询日志每月抽查。"),
            ]),
        ]),
        ("三、社区警务队", "社区警务队", [
            ("社区民警", "蒯瑱澪", "general", [
                ("调解纠纷中偏袒一方、收受财物", "二级风险", "调解协议双方签字，回访当事人。"),
                ("流动人口登记走过场", "三级风险", "登记信息与出租房屋台账核对。"),
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
        "xiji_jiqiang_station_group_rows",
        "https://www.hkyyi.com/html/jie-mi-pai-chu-suo-yin-huan-feng-xian-dian-quan-fang-wei-an-quan-fang-fan-ce-lve-quan-jie-xi.html",
        "县公安局派出所 廉政风险防控责任清单, after the source's piece on 派出所隐患风险点 (资金管理不规范, 档案管理, "
        "内部人员泄露信息, 违规操作): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、所领导``, ``二、综合指挥室``, ``三、社区警务队`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def xiji_detention_centre_cards() -> dict:
    unit = f"{PLACE}看守所"
    t = _Truth(unit)
    cards = [
        ("所长", "郜燊翾", "所长", "主持看守所全面工作", "leader", [
            ("为在押人员安排单间、吃小灶等特殊待遇", "★★★", "监室调整、伙食标准集体研究，驻所检察室监督。"),
            ("违规批准律师以外人员会见在押人员", "★★★", "会见一律经审批，全程录音录像。"),
            ("接受在押人员家属宴请", "★", "严守中央八项规定精神，节前廉政提醒。"),
        ]),
        ("副所长", "蒯甯翮", "副所长", "分管监管、医疗", "leader", [
            ("夜间违规开启监室", "★★", "夜间开启监室须两名民警，经带班所领导批准。"),
            ("在押人员代购物品加价牟利", "★★", "代购商品明码标价，每月公示。"),
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
        "xiji_detention_centre_cards", "http://xmwb.xinmin.cn/html/2014-09/05/content_2_2.htm",
        "县看守所 领导干部廉政风险防控卡, one sheet a leader, after the source's comment on 看守所 特权 (单间, 小灶, 手机, "
        "夜间开监室须两名民警、带班所领导批准, 家属“通路子”): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xiji_detention_house_list() -> dict:
    unit = f"{PLACE}拘留所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "郜岌瑆", "leader", "违规批准被拘留人请假出所", "制度机制", "高风险",
         "请假出所经集体研究，报县局审批。"),
        ("所领导", "所长", "郜岌瑆", "leader", "提前解除拘留审批把关不严", "岗位职责", "中风险", "解除拘留凭法律文书，逐件登记。"),
        ("管教中队", "中队长", "蒯岷璿", "middle", "家属送物检查不严，违禁物品流入拘室", "业务流程", "高风险",
         "送物逐件拆检，两人检查签字。"),
        ("管教中队", "管教民警", "郜翙泱", "general", "为被拘留人私传信件、香烟", "思想道德", "高风险",
         "拘室每日清监，谈话记录存档。"),
        ("管教中队", "管教民警", "郜翙泱", "general", "收受被拘留人家属财物", "思想道德", "中风险", "签订廉洁承诺书，家属监督电话公开。"),
        ("后勤组", "保管员", "蒯湦琭", "general", "被拘留人代管财物登记不清、私自挪用", "业务流程", "低风险",
         "代管财物当面清点，出所时本人签收。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "xiji_detention_house_list", "https://hznews.hangzhou.com.cn/shehui/content/2019-11/08/content_7300465.htm",
        "县拘留所 岗位廉政风险防控一览表, after the source's 看守所 finding cigarettes hidden in books sent by families "
        "(管教民警, 检查家属送来的物品, 违禁物品流入监区, 严把收物关口): ``附件2``, a title, a merged 填报单位（盖章）/"
        "填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def xiji_security_brigade_register() -> dict:
    unit = f"{PLACE}公安局治安管理大队"
    sh = _Sheet("登记表", [6, 16, 10, 10, 38, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "郜淯珣", "leader", [
            ("特种行业许可审批降低治安安全条件", "制度机制", "一级", "许可审批实地核查，集体研究。"),
            ("为娱乐场所违法经营说情、打招呼", "思想道德", "二级", "说情打招呼一律登记报告。"),
        ]),
        ("行业场所管理中队", "中队长", "蒯岽琯", "middle", [
            ("旅馆业、典当业日常检查走过场", "岗位职责", "二级", "检查记录上传系统，大队每月抽查。"),
        ]),
        ("行业场所管理中队", "民警", "郜泂琚", "general", [
            ("公章刻制备案审核不严", "业务流程", "一级", "备案信息与营业执照核对，系统留痕。"),
            ("向检查对象索要财物", "思想道德", "三级", "检查不少于两人，签订廉洁承诺书。"),
        ]),
        ("危爆物品管理中队", "民警", "蒯湝珵", "general", [
            ("民用爆炸物品购买、运输许可审核把关不严", "外部环境", "一级", "许可审核两级把关，流向系统核对。"),
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
        "xiji_security_brigade_register", "http://www.fsou.com.cn/html/text/lar/171771/17177135_1.html",
        "县公安局治安管理大队 廉政风险点排查登记表, after the source's 特种行业治安管理条例 (旅馆业, 典当业, 公章刻制业, "
        "特种行业许可证, 治安安全条件, 视频监控): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/"
        "风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xiji_public_security_bureau_level_counts(),
    xiji_traffic_police_two_sheets(),
    xiji_vehicle_office_posts(),
    xiji_exit_entry_selfchecks(),
    xiji_jiqiang_station_group_rows(),
    xiji_detention_centre_cards(),
    xiji_detention_house_list(),
    xiji_security_brigade_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch591-inbox"))

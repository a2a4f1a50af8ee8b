"""The six-hundred-and-sixty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's weather
bodies, 苏尼特左旗 (of 锡林郭勒盟, 内蒙古自治区) — its 气象局, 气象台, 人工影响天气办公室, 农牧业气象服务站,
气象灾害防御中心, 气象科技服务中心 and 国家基本气象站 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 气象局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 气象台's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 人工影响天气办公室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 农牧业气象服务站's 责任清单 under GROUP ROWS ``一、站领导`` … merged across, ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 气象灾害防御中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 气象科技服务中心's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 国家基本气象站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``sonid_left_renying_station_level_change``: the 人工影响天气作业站's 年度廉政风险点动态调整表 —
  ``科室 | 岗位 | 姓名`` merged per person, ``廉政风险点``, then ``上年风险等级`` (last year's grade,
  ``一级/二级/三级``) and ``等级变化`` (``↑`` / ``↓`` / ``—``), NO column of this year's grade: a ``注：``
  line says ``↑`` raises the point one grade on last year's, ``↓`` lowers it one grade, ``—`` keeps it.
  The point's level is last year's grade moved by the arrow. The README's 读得懂的表 knows two grade
  columns (``原风险等级 | 调整后风险等级``, ``上年 | 本年``: take the current one) and ``高→中`` in one
  cell; it does not describe a grade of last year beside a change mark, the current grade written
  nowhere.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (防雷行政许可档案 — 设计审核,
竣工验收, 许可档案; 防雷装置设计审核流程 — 窗口受理, 审核, 竣工验收; 气象局行政权力目录 — 施放气球,
防雷装置使用许可; 人影作业通告 — 火箭弹, 作业点, 故障弹药; 县气象局 — 气象行政审批, 人工增雨;
气象台 — 预警信息发布, 人工影响天气日常管理; 防雷行政审批服务改革; 气象局行政权力运行流程图) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 姬 and 宓 with rare given names); every unit is a body of
苏尼特左旗.

Run ``python tests/published/score.py --set batch667`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is ``上年风险等级`` moved one grade up (``↑``, toward 一级) or down
  (``↓``, toward 三级) or kept (``—``), as its ``注：`` line says; the arrows never leave 一级…三级;
  ``上年风险等级`` alone is not the level; the ``注：`` line and the sign-off line are no points;
- ``局领导``, ``站领导``, ``中心领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the 气象局's
  leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
- 局长, 副局长, 台长, 主任, 副主任, 站长 and 副站长 of a unit are leaders; 股长 and 科长 middle; the rest
  general;
- the 气象台's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b667_"
PLACE = "苏尼特左旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
MOVES = {"↑": -1, "↓": 1, "—": 0}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def moved(last: str, mark: str) -> int:
    """This year's grade: last year's moved one grade by the mark."""
    return GRADES[last] + MOVES[mark]


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 上年风险等级, 等级变化, 防控措施)])
CHANGES = [
    ("站领导", "站长", "姬翯沄", "leader", [
        ("人影作业弹药采购指定供货单位", "二级", "↑", "弹药按自治区统一招标目录采购，集体研究。"),
        ("作业点标准化建设项目验收走过场", "一级", "—", "验收邀请旗应急管理局参加，结果公示。"),
        ("作业人员补贴发放不公开", "三级", "↑", "补贴名单按作业记录核定，站内公示。"),
    ]),
    ("作业科", "科长", "宓瑱岑", "middle", [
        ("作业用弹量虚报冒领", "一级", "—", "用弹量与作业记录、雷达回波逐次核对。"),
        ("作业效果评估报告弄虚作假", "二级", "↓", "效果评估由盟人影中心复核。"),
    ]),
    ("作业科", "弹药库管理员", "姬璟翀", "general", [
        ("火箭弹出入库不登记，账实不符", "二级", "↑", "出入库双人签字，每月盘点。"),
        ("故障弹药私自处置", "二级", "—", "故障弹药登记封存，统一返厂销毁。"),
    ]),
    ("综合科", "会计", "宓湉珣", "general", [
        ("人影专项经费挤占挪用", "一级", "—", "专项经费专账核算，年终审计。"),
        ("作业车辆油料费虚报", "三级", "—", "油料凭加油记录和作业记录报销。"),
    ]),
]  # fmt: skip


def sonid_left_renying_station_level_change() -> dict:
    unit = f"{PLACE}人工影响天气作业站"
    sh = _Sheet("动态调整表", [6, 10, 12, 10, 38, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}2025年度廉政风险点动态调整表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年3月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "上年风险等级", "等级变化", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CHANGES:
        for point, last, mark, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, last, mark, measures)
            t.point(sh.name, dept, post, who, tier, point, [], moved(last, mark))
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：等级变化栏“↑”为较上年升高一级，“↓”为较上年降低一级，“—”为与上年相同；风险等级分一级、二级、三级，一级最高。",
        8,
    )
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "sonid_left_renying_station_level_change", "http://bbs.xishuw.com/thread-651348-1-1.html",
        "(harder) 旗人工影响天气作业站 年度廉政风险点动态调整表, after the source's 人影作业公告 (作业点, 火箭弹, 故障弹药的处理): "
        "a title, a 填报单位 line, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/``上年风险等级`` "
        "``一级/二级/三级``/``等级变化`` ``↑/↓/—``/防控措施, NO column of this year's grade; a ``注：`` line: ↑ one grade "
        "up on last year's, ↓ one down, — the same; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def sonid_left_bureau_two_sheets() -> dict:
    unit = f"{PLACE}气象局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("姬昶珞", "局长", "主持全面工作", [
            ("气象现代化基本建设项目插手干预招投标", "一级", "项目一律进入旗公共资源交易中心。"),
            ("政府采购化整为零规避集中采购", "一级", "采购计划经党组会研究，全程留痕。"),
        ]),
        ("宓岍翎", "副局长", "分管行政审批、人工影响天气", [
            ("防雷装置设计审核降低标准、违规核准", "一级", "审核实行初审、复审两级，意见书公开。"),
            ("施放气球单位资质认定把关不严", "二级", "资质认定材料公示五个工作日。"),
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
        ("办公室", "股长", "姬珩滢", "middle", "公务接待超标准、虚列接待费用", "二级", "接待清单、公函、发票三单对应。"),
        ("办公室", "股长", "姬珩滢", "middle", "办公用品采购不比价", "三级", "采购三家比价，入库登记。"),
        ("办公室", "会计", "宓翀澂", "general", "报账票据审核不严，虚列支出", "二级", "报账单据经办、证明、审批三签。"),
        ("业务科", "股长", "姬澂玥", "middle", "气象行政许可窗口受理吃拿卡要", "一级", "窗口受理一次性告知，限时办结。"),
        ("业务科", "科员", "宓璆晗", "general", "防雷装置竣工验收走过场", "二级", "验收两人以上现场查验，记录存档。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "sonid_left_bureau_two_sheets", "http://218.28.6.71:81/Qikan/Article/Detail?id=40066800",
        "旗气象局 廉政风险防控一览表 in TWO SHEETS, after the source's 防雷行政许可档案管理 (防雷装置设计审核, 竣工验收, 行政许可 "
        "档案): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def sonid_left_observatory_posts() -> dict:
    unit = f"{PLACE}气象台"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("台领导", "台长", "leader", "专业气象服务合同定价随意、收受好处", "制度机制风险", "高",
         "服务合同统一文本，价格集体研究。"),
        ("台领导", "台长", "leader", "预警信息发布系统运维外包暗箱操作", "外部环境风险", "高", "运维外包按政府采购程序公开比选。"),
        ("预报服务科", "首席预报员", "general", "为企业出具气象证明弄虚作假", "岗位职责风险", "中",
         "气象证明双人审核，出具记录存档。"),
        ("预报服务科", "首席预报员", "general", "违规向媒体有偿提供预报产品", "思想道德风险", "中", "预报产品对外提供经台长审批。"),
        ("预报服务科", "预报员", "general", "气象资料违规对外提供", "业务流程风险", "低", "资料提供登记，按规定收费开票。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "sonid_left_observatory_posts", "http://zj.cma.gov.cn/dsqx/jhsqxj/zfxxgk/zwgk/jgyzn/jgsz/zsdw/202111/t20211102_4124189.html",
        "旗气象台 岗位廉政风险点排查表 对岗不对人, after the source's 市气象台 职责 (预警信息发布系统的建设运行维护, 人工影响天气"
        "日常管理, 公共气象服务): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def sonid_left_renying_office_cards() -> dict:
    unit = f"{PLACE}人工影响天气办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "姬沄翃", "主任", "主持人工影响天气办公室全面工作", "leader", [
            ("作业点布设调整优亲厚友，收受好处", "★★★", "作业点布设经专家论证、集体研究。"),
            ("人影作业装备采购指定品牌", "★★★", "装备采购按政府采购程序公开招标。"),
            ("接受供货商宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "宓砚霁", "副主任", "分管作业调度、弹药管理", "leader", [
            ("弹药调拨审批不严", "★★", "弹药调拨审批单双人签字，台账留存。"),
            ("作业人员培训考核走过场", "★★", "培训考核成绩公示，持证上岗。"),
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
        "sonid_left_renying_office_cards", "https://lestsz.com/html/GovDepartmentcontents74819960.html",
        "旗人工影响天气办公室 领导干部廉政风险防控卡, one sheet a leader, after the source's 气象局行政权力目录 (系留气球施放作业许可, "
        "防雷装置使用许可, 权力运行流程图): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def sonid_left_agro_station_group_rows() -> dict:
    unit = f"{PLACE}农牧业气象服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "姬霂珩", "leader", [
                ("牧区气象灾害保险服务合作单位选定暗箱操作", "一级风险", "合作单位经站务会集体研究，结果公示。"),
                ("农牧业气象观测设备采购收受回扣", "一级风险", "设备采购三家比价，验收双人签字。"),
            ]),
        ]),
        ("二、服务科", "服务科", [
            ("科长", "宓淏岚", "middle", [
                ("为合作社出具灾情证明不实", "二级风险", "灾情证明实地核查，留存影像。"),
            ]),
            ("科员", "姬琤翊", "general", [
                ("气象信息员补贴发放不实", "二级风险", "补贴名单与考核记录逐人核对，公示。"),
                ("嘎查气象信息服务站物资私自挪用", "三级风险", "物资发放登记，签字领取。"),
            ]),
        ]),
        ("三、观测科", "观测科", [
            ("科长", "宓泓岫", "middle", [
                ("牧草返青、土壤墒情观测数据弄虚作假", "二级风险", "观测数据双人复核，上级抽查。"),
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
        "sonid_left_agro_station_group_rows", "http://www.61966.com/article-17419-1.html",
        "旗农牧业气象服务站 廉政风险防控责任清单, after the source's 县气象局 (气象为农服务, 气象信息员队伍, 人工增雨抗旱, 气象行政审批): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、服务科``, ``三、观测科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def sonid_left_defense_center_selfchecks() -> dict:
    unit = f"{PLACE}气象灾害防御中心"
    t = _Truth(unit)
    people = [
        ("姬瀚琮", "中心领导", "主任", "leader", [
            ("雷电灾害风险评估报告审查放宽标准", "Ⅰ级", "评估报告专家评审，审查意见存档。", "已落实"),
            ("防雷检测机构监管检查走过场", "Ⅱ级", "监管检查“双随机、一公开”。", "未发现问题"),
        ]),
        ("宓璩汀", "技术科", "检测员", "general", [
            ("防雷装置检测数据弄虚作假", "Ⅰ级", "检测数据双人复核，检测现场留影像。", "已落实"),
            ("检测中收受被检单位礼品", "Ⅲ级", "签订廉洁检测承诺书。", "已落实"),
        ]),
        ("姬澜翙", "技术科", "审核员", "general", [
            ("防雷装置设计审核超时限、故意刁难", "Ⅱ级", "审核时限公开，超时自动预警。", "未发现问题"),
            ("设计修改意见书出具不规范", "Ⅲ级", "意见书统一格式，逐条列明依据。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "sonid_left_defense_center_selfchecks", "https://m.zhuangpeitu.com/article/139849398.html",
        "旗气象灾害防御中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 防雷装置设计审核"
        "流程图 (窗口受理, 设计修改意见书, 竣工验收, 整改意见书): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def sonid_left_tech_service_list() -> dict:
    unit = f"{PLACE}气象科技服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "宓峤瑢", "leader", "科技服务收入不入账，设立“小金库”", "制度机制", "高风险",
         "服务收入全部纳入单位账户，定期审计。"),
        ("中心领导", "主任", "宓峤瑢", "leader", "服务项目外包违规转包", "岗位职责", "中风险", "外包合同集体研究，全程备案。"),
        ("服务部", "部长", "姬珝淼", "middle", "气象影视广告经营收受回扣", "外部环境", "高风险", "广告合同统一文本，价格公开。"),
        ("服务部", "业务员", "宓琰澍", "general", "施放气球服务收费不开票", "业务流程", "中风险", "收费一律开具票据，日清月结。"),
        ("服务部", "业务员", "姬燊岚", "general", "与客户私下约定服务价格", "思想道德", "低风险", "服务价格公示，合同双人签订。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "sonid_left_tech_service_list", "http://hhskjx.com/html/SectorListcontents194128248.html",
        "旗气象科技服务中心 岗位廉政风险防控一览表, after the source's 气象局行政职权目录 (系留气球施放作业许可, 防雷装置使用许可, "
        "施放气球活动许可流程): ``附件1``, a title, a 填报单位（盖章） line, 部门/岗位/责任人 on EVERY row, 廉政风险点, short "
        "types, ``高风险/中风险/低风险``, 防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def sonid_left_weather_station_register() -> dict:
    unit = f"{PLACE}国家基本气象站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "宓翊沣", "leader", [
            ("探测环境保护审批中违规出具同意意见", "岗位职责", "一级", "审批意见集体研究，报盟气象局备案。"),
            ("台站基础设施维修项目不经比选", "制度机制", "一级", "维修项目三家比选，结果公示。"),
        ]),
        ("测报科", "值班员", "姬溟瑗", "general", [
            ("观测资料缺测后补录篡改", "业务流程", "二级", "资料补录经站长审批，系统留痕。"),
        ]),
        ("测报科", "装备保障员", "宓暻沅", "general", [
            ("备品备件出入库不登记", "业务流程", "二级", "出入库登记，每季度盘点。"),
            ("报废装备私自处置", "思想道德", "三级", "报废装备集中登记，按规定处置。"),
        ]),
        ("综合科", "出纳", "姬岫翀", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
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
        "sonid_left_weather_station_register", "http://218.28.6.71:81/Qikan/Article/Detail?id=7105517136",
        "旗国家基本气象站 廉政风险点排查登记表, after the source's 防雷行政审批服务 (审批流程, 行政审批改革, 一次办好): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    sonid_left_renying_station_level_change(),
    sonid_left_bureau_two_sheets(),
    sonid_left_observatory_posts(),
    sonid_left_renying_office_cards(),
    sonid_left_agro_station_group_rows(),
    sonid_left_defense_center_selfchecks(),
    sonid_left_tech_service_list(),
    sonid_left_weather_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch667-inbox"))

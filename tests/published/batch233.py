"""The two-hundred-and-thirty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE EMERGENCY, TRANSPORT AND ROAD BODIES of one county,
新龙县 — its 应急管理局 and 应急物资储备中心, the 交通运输局 with its 公路养护段, 道路运输管理所 (运管所) and
交通运输综合行政执法大队, the 消防救援大队, the 气象局 and the 防震减灾中心 — each handing back its
ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it, the rows about 安全检查,
执法, 工程, 许可 and 物资:

- the 交通运输局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: 股室 merged (局领导,
  办公室, 规划建设股, 财务股, 安全应急股), 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低,
  a ``填表人： | 审核人： | 局党组书记（签字）：`` line;
- the 公路养护段's 排查表 对岗不对人 under a ``单位（盖章）：… | 排查时间：…`` line: 部门 merged (段领导,
  工程技术股, 材料站, 第一养护站), 岗位 and ``岗位职责`` merged per post, ``一级/二级/三级``, no type
  column, a blank ``备注`` column;
- the 运管所's 自查表, one sheet a person (tabs 所长, 客运股, 稽查员): ``姓名 | … | 所在股室 | … | 职务 | …``
  and ``政治面貌 | … | 参加工作时间 | … | 自查时间 | …`` in pairs above, short types,
  ``高风险/中风险/低风险``, a ``自查情况`` column, ``本人签字： | 所长审核：`` below;
- the 执法大队's 清单: ``执法中队`` merged, 岗位, ``执法人员`` and ``执法证号`` merged per person, short
  types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line;
- the 消防救援大队's 防控卡, one sheet a holder: ``持卡人 | … | 职务 | … | 所在部门 | …`` in one row, a
  merged ``岗位职责`` line, a ``工作环节`` column before the 风险点, short types, ``★★★/★★/★`` with a
  legend, ``监督举报电话：96119`` and ``持卡人签名：``;
- the 气象局's list in two sheets: ``局领导`` with 姓名, 职务 and 分管工作 merged per leader, ``内设机构``
  with 科室, 岗位 and 姓名; both a short ``风险名称`` beside a long ``风险描述``, ``…风险`` types,
  ``一级风险/二级风险/三级风险``;
- the 防震减灾中心's 责任清单 under ``附件2``: a ``工作事项`` column first, short types, 高/中/低, and the
  holder LAST in ``责任股室 | 责任岗位 | 责任人``;
- the 应急物资储备中心's 排查表 with a two-row heading: ``风险等级`` merged over ``高 | 中 | 低`` marked
  ``√``, 岗位 and 姓名 merged per person, a ``业务环节`` column, no 科室 and no type column.

One is harder:

- ``emergency_post_risk_matrix``: the 应急管理局's 岗位廉政风险辨识评估矩阵表, drawn the way the 局
  draws its 安全风险分级管控 (双重预防) matrices: ONE ROW A POST (序号 | 股室 | 岗位 | 姓名) and
  ``廉政风险点及风险等级（按岗位逐项评定）`` merged over SIX RISK COLUMNS whose SUB-HEADINGS ARE THE RISK
  POINTS (``安全生产执法检查降格处理、以罚代管`` …); each cell is the level (高/中/低) that risk has for
  the row's post, ``/`` where the post has no part in it; a last row ``防控措施`` (merged over the
  first four columns) gives each risk column its measure; a ``注：`` line says what ``/`` means.
  The README's 读得懂的表 knows post COLUMNS carrying levels of a shared risk row (``各岗位风险等级``
  over ``部长⏎寇鸣川 | …``), a level heading split into ``一级 | 二级 | 三级`` or ``高风险 | 中风险 |
  低风险`` columns, and type columns marked ``√``; here the table is turned the other way — posts
  are rows, the risk points are the column headings and the cells are levels.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县 应急管理's ``五个全覆盖`` with its
安全风险识别全覆盖 and 全员岗位责任; a 区交通运输局党组's 巡察整改 — 津补贴, 治超站 assets, the 公路建设
养护中心; a 市交通运输局's 清廉交通 — 四好农村路, 危桥, 招标投标, 工程质量, 资金使用; a 县运管所 and 路政
大队 checking 货运 ``双超`` and 非法改拼装 vehicles; a 县交通运输局's 执法领域突出问题专项整治 — 逐利执法,
路牌/年票, 擅自降低处罚, 超期扣车, 多头检查; a 消防大队's duties — 防火监督, 开业前消防检查, 火灾原因调查,
消防产品监督, 所属中队; a 县气象局's duties — 人工影响天气, 雷电灾害防护装置检测, 施放气球资格, 气象
探测环境; a 县防震减灾中心's check of a 地震监测台 — 仪器设备运行, 观测环境干扰源, 台站运维; a 市
救灾储备物资管理办法 — 公开招标, 紧急采购 and its 公布, 定点储存、专人保管、专账记载, 出入库登记,
调拨) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (新龙县 being a 甘孜 county, many holders have Tibetan names);
every unit is a body of 新龙县.

Run ``python tests/published/score.py --set batch233`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder matrix each ROW is one form (股室, 岗位, 姓名 of the row) and each of the six risk
  columns whose cell in that row is a level is a point of that form, the point being the column's
  sub-heading (a whole cell) and the level the cell's; ``/`` is no point; the ``防控措施`` row under
  the posts is no form and no point (its cells are the columns' measures); ``备注`` is no point;
- 公路养护段, 道路运输管理所, 交通运输综合行政执法大队, 消防救援大队, 防震减灾中心 and 应急物资储备中心 are
  units of their own (each sends its own file under its own name), as the 中心 of batch230;
- ``局领导``, ``段领导``, ``所领导``, ``大队领导``, ``中心领导`` where the table writes them in a 科室 column
  (or a card's ``所在部门``, a pair's ``所在股室``) are the 科室 of those leaders, as batch232 kept
  ``馆领导``; the 气象局's ``局领导`` sheet has no 科室 column: its forms have department "" (as
  batch230's ``局领导`` sheet);
- ``工作环节``, ``工作事项``, ``业务环节``, ``岗位职责``, ``分管工作``, ``自查情况``, ``执法证号`` and ``备注``
  are no points; ``风险名称 | 风险描述``: the point is the short 风险名称;
- in the 物资储备中心's table the level is the column of ``高 | 中 | 低`` marked ``√``;
- ``★★★/★★/★`` are 1/2/3 (the card's legend says so); ``Ⅰ级/Ⅱ级/Ⅲ级`` 1/2/3; ``高风险/中风险/低风险``
  1/2/3; ``一级风险/二级风险/三级风险`` 1/2/3;
- the heads of the units — 局长/副局长, 段长/副段长, the 所长 of the 运管所, 大队长/副大队长, the 主任/副主任
  of a 中心 that is its own unit — are leaders; 股长, 科长, 中队长, 站长 (of a 养护站 or 消防救援站), the
  主任 of a 局's 办公室 middle; the rest (科员, 会计, 技术员, 保管员, 稽查员, 执法人员, 执法队员, 法制员,
  防火监督员, 预报员, 弹药库管理员, 监测员, 仓储管理员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b233_"
PLACE = "新龙县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISK_GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
NONE = "/"
TICK = "√"
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

RISK_COLUMNS = [
    (
        "安全生产执法检查降格处理、以罚代管",
        "执法检查“双随机”抽取，处罚案件集体讨论，执法全过程记录。",
    ),
    ("安全生产行政许可审查把关不严", "许可材料两人审查，现场核查留存影像，许可结果网上公开。"),
    (
        "生产安全事故调查隐瞒事实、袒护责任方",
        "事故调查组成员实行回避，调查报告报县政府批复后公开。",
    ),
    ("救灾资金物资分配发放优亲厚友", "救助对象村评议、乡审核、县审批，发放名单张榜公示。"),
    ("应急物资和装备采购指定供应商", "采购进县公共资源交易平台，采购需求与采购实施分离。"),
    ("安全评价专家评审中打招呼、说情", "评审专家随机抽取，评审意见署名存档，违规干预登记报告。"),
]

MATRIX_POSTS = [
    ("局领导", "局长", "泽仁多吉", "leader", ("中", "中", "高", "高", "高", "中"), None),
    ("局领导", "副局长", "昝云岫", "leader", ("高", "高", "中", NONE, "中", "高"), None),
    ("安全生产综合监管股", "股长", "蒯若川", "middle", ("高", NONE, "高", NONE, NONE, "中"), None),
    ("安全生产综合监管股", "执法人员", "格绒彭措", "general", ("高", NONE, "中", NONE, NONE, NONE),
     "兼法制审核员"),
    ("危险化学品和非煤矿山监管股", "股长", "訾晓棠", "middle", ("中", "高", NONE, NONE, NONE, "高"), None),
    ("应急救援和物资保障股", "股长", "俄色拉姆", "middle", (NONE, NONE, NONE, "高", "高", NONE), None),
    ("办公室", "会计", "冼听雪", "general", (NONE, NONE, NONE, "中", "中", NONE), None),
]  # fmt: skip


def emergency_post_risk_matrix() -> dict:
    unit = f"{PLACE}应急管理局"
    ncols = 4 + len(RISK_COLUMNS) + 1
    sh = _Sheet("辨识矩阵", [5, 16, 9, 9, *([13] * len(RISK_COLUMNS)), 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险辨识评估矩阵表", ncols)
    _line(sh, f"填报股室：办公室{GAP * 6}评估时间：2024年10月{GAP * 6}（安全风险识别全覆盖·全员岗位逐项评定）",
          ncols)  # fmt: skip
    r = sh.add("序号", "股室", "岗位", "姓名", "廉政风险点及风险等级（按岗位逐项评定）",
               *([None] * (len(RISK_COLUMNS) - 1)), "备注")  # fmt: skip
    sh.add(None, None, None, None, *(point for point, _ in RISK_COLUMNS), None)
    for c in (0, 1, 2, 3, ncols - 1):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 4, r, 3 + len(RISK_COLUMNS))
    first = len(sh.rows)
    for n, (dept, post, who, tier, levels, note) in enumerate(MATRIX_POSTS, 1):
        sh.add(n, dept, post, who, *levels, note)
        for (point, _), lv in zip(RISK_COLUMNS, levels, strict=True):
            if lv != NONE:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    r = sh.add("防控措施", None, None, None, *(measure for _, measure in RISK_COLUMNS), None)
    sh.merge(r, 0, r, 3)
    _line(sh, "注：1.风险等级分高、中、低三档，由岗位人员自评、股室负责人审核、局党组评定；"
              "2.“/”表示该岗位不涉及该风险点。", ncols)  # fmt: skip
    sh.add()
    sh.add("局党组书记（签字）：", None, None, None, None, None, "驻局纪检监察组（审核）：", None, None,
           None, None)  # fmt: skip
    return _layout(
        "emergency_post_risk_matrix",
        "https://www.yudu.gov.cn/ydxxxgk/wgk/202210/0e2596b0465e4fc6a9cd672a1d57b573.shtml",
        "(harder) 县应急管理局 岗位廉政风险辨识评估矩阵表, drawn like the 局's own 安全风险分级管控 matrices after the "
        "source's 应急管理 ``五个全覆盖`` (安全风险识别全覆盖, 全员岗位责任, 职责清单, 执法, 救灾): a title, a ``填报股室："
        "办公室　…　评估时间：2024年10月`` line, then a TWO-ROW heading — 序号/股室/岗位/姓名/备注 merged down, "
        "``廉政风险点及风险等级（按岗位逐项评定）`` merged over SIX columns whose sub-headings ARE the risk points "
        "(执法检查降格处理, 行政许可, 事故调查, 救灾资金物资分配, 应急物资采购, 安全评价专家评审); ONE ROW A POST (局领导 "
        "局长/副局长, three 股 and 办公室; 股室 merged), each cell the level 高/中/低 of that risk for that post or "
        "``/``; a last row ``防控措施`` (merged over the first four columns) with each risk column's measure; a ``注：`` "
        "line on the levels and the ``/``, a 局党组书记/驻局纪检监察组 line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def transport_bureau_list() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 14, 9, 10, 36, 12, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2024年11月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "贡嘎泽仁", "交通建设项目安排、大额资金使用不经党组会集体研究", "制度机制风险", "高",
         "严格执行“三重一大”集体决策，党组会纪要存档备查。", "leader"),
        ("局领导", "局长", "贡嘎泽仁", "插手干预农村公路工程招标、分包", "岗位职责风险", "高",
         "领导干部插手工程项目一律登记报告，招标全程进交易平台。", "leader"),
        ("局领导", "副局长", "郗映山", "分管的治超站、客运站等国有资产移交、处置把关不严", "业务流程风险", "中",
         "资产移交清点造册，处置经党组会研究并报县财政局审批。", "leader"),
        ("办公室", "主任", "仝书砚", "无依据发放津补贴、节日慰问费", "制度机制风险", "中",
         "津补贴按文件标准发放，发放清单经财务股审核并公开。", "middle"),
        ("办公室", "主任", "仝书砚", "公务用车、公务接待超标准", "思想道德风险", "低",
         "用车派车单、接待公函和清单随凭证报销，每季度公开。", "middle"),
        ("规划建设股", "股长", "酆雨禾", "工程设计变更、计量签证审核不严，虚增工程量", "岗位职责风险", "高",
         "设计变更分级审批，计量签证监理、业主、股室三方签字。", "middle"),
        ("规划建设股", "股长", "酆雨禾", "农村公路项目交工验收走过场", "业务流程风险", "中",
         "交工验收邀请质监、审计人员参加，验收资料存档。", "middle"),
        ("财务股", "会计", "佴青崖", "交通专项资金不按进度拨付，违规预付工程款", "业务流程风险", "中",
         "工程款凭计量支付证书拨付，大额支付经分管领导和局长审签。", "general"),
        ("安全应急股", "科员", "四朗泽仁", "道路运输企业安全检查走过场，收受企业礼品", "外部环境风险", "中",
         "安全检查两人以上，检查记录和整改通知书存档。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "局党组书记（签字）：", None, None)
    return _layout(
        "transport_bureau_list", "http://www.hnhs.gov.cn/22557/22597/22569/content_2091501.html",
        "县交通运输局 岗位廉政风险防控一览表 after the source's 区交通运输局党组 巡察整改 (无依据发放津补贴和春节慰问费, "
        "治超站 固定资产 移交不实, 财务制度, 区公路建设养护中心, 党组书记 第一责任人): ``附件1``, a title, a merged ``填报单位"
        "（盖章）：新龙县交通运输局　…　填报时间：2024年11月`` line, then 序号/股室 merged (局领导, 办公室, 规划建设股, 财务股, "
        "安全应急股)/岗位 and 姓名 merged per person/廉政风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; a ``填表人： | "
        "审核人： | 局党组书记（签字）：`` line",
        [sh], t,
    )  # fmt: skip


def highway_maintenance_checklist() -> dict:
    unit = f"{PLACE}公路养护段"
    sh = _Sheet("排查表", [6, 11, 9, 24, 36, 8, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    r = sh.add(f"单位（盖章）：{unit}", None, None, None, None, "排查时间：2024年9月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "岗位", "岗位职责", "廉政风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("段领导", "段长", "主持全段工作，负责养护工程和资金管理", "小修保养、水毁修复工程不公开比选，指定施工队伍",
         "一级", "养护工程按限额公开比选，比选结果在段务公开栏公示。", "leader"),
        ("段领导", "段长", "主持全段工作，负责养护工程和资金管理", "危桥改造资金安排不经段务会集体研究", "一级",
         "危桥改造项目和资金安排经段务会研究，报县交通运输局备案。", "leader"),
        ("段领导", "副段长", "分管工程质量和安全生产", "工程质量检查走过场，默许施工方偷工减料", "二级",
         "质量检查留存影像，抽检结果与计量支付挂钩。", "leader"),
        ("工程技术股", "股长", "负责养护工程计量、交工验收", "计量签证虚增工程量，与施工方串通", "一级",
         "计量签证现场复核，技术员、股长、监理三方签字。", "middle"),
        ("工程技术股", "技术员", "负责路况巡查和病害登记", "路况病害登记不实，为虚报小修保养工程提供依据", "二级",
         "病害登记附照片和桩号，股长每月抽查。", "general"),
        ("材料站", "保管员", "负责沥青、水泥、油料出入库", "材料出入库不登记，油料私用、变卖", "二级",
         "材料出入库双人签字，油料按车辆台班核定。", "general"),
        ("材料站", "保管员", "负责沥青、水泥、油料出入库", "废旧钢材、沥青桶处置收入不入账", "三级",
         "废旧物资处置经段务会研究，收入全额上缴。", "general"),
        ("第一养护站", "站长", "负责道班日常养护和机械管理", "养护机械私自外租，租金不入账", "二级",
         "机械使用登记台班，外租一律签订合同、租金入段账户。", "middle"),
        ("第一养护站", "站长", "负责道班日常养护和机械管理", "临时养护工虚报用工人数，冒领工资", "三级",
         "临时用工实名登记，工资直接发放到个人账户。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, None)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    post_key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, post_key), (3, post_key)])
    sh.add()
    sh.add("段长（签字）：", None, None, None, "县交通运输局审核意见：", None, None, None)
    return _layout(
        "highway_maintenance_checklist", "http://cocoye.cn/html/news/7/202111/t248913.html",
        "县公路养护段 岗位廉政风险点排查表 对岗不对人, after the source's 市交通运输局 清廉交通 (``四好农村路``, 通组公路, 农村"
        "公路危桥, 工程项目公开公示、招标投标、工程质量、资金使用, 干部违规参与工程建设): a title, a ``单位（盖章）：新龙县公路"
        "养护段 | 排查时间：2024年9月`` line, then 序号/部门 merged (段领导, 工程技术股, 材料站, 第一养护站)/岗位 and ``岗位"
        "职责`` merged per post/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``备注`` (blank); no type column, no name "
        "column; 段长签字/县交通运输局审核意见 line",
        [sh], t,
    )  # fmt: skip


def transport_management_self_check() -> dict:
    unit = f"{PLACE}道路运输管理所"
    t = _Truth(unit)
    people = [
        ("所长", "洛绒尼玛", "所领导", "所长", "2006.08", "leader", "局分管领导审核：", [
            ("道路运输经营许可审批不按程序，为关系人开绿灯", "岗位职责", "高风险",
             "许可事项进政务服务中心窗口办理，办理结果网上公示。", "已落实"),
            ("货运源头联合执法中为违法车辆说情放行", "外部环境", "中风险",
             "联合执法全程执法记录仪记录，说情打招呼登记报告。", "已落实"),
        ]),
        ("客运股", "阚望舒", "客运管理股", "股长", "2011.07", "middle", "所长审核：", [
            ("客运班线经营权延续审核把关不严", "制度机制", "高风险", "延续申请实行股室初审、所务会审定。",
             "已落实"),
            ("客运站安全检查走过场", "岗位职责", "中风险", "检查清单逐项打勾，检查记录拍照存档。", "正在整改"),
            ("接受客运企业宴请、礼品", "思想道德", "低风险", "签订廉洁承诺书，节前廉洁提醒。", "已落实"),
        ]),
        ("稽查员", "益西卓玛", "稽查股", "稽查员", "2016.09", "general", "所长审核：", [
            ("对非法改拼装、“双超”货运车辆选择性查处", "外部环境", "高风险",
             "稽查案件统一登记编号，处理结果每月通报。", "已落实"),
            ("罚款收缴不开具票据，截留罚款", "制度机制", "中风险", "罚缴分离，罚款一律缴入财政专户。",
             "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, since, tier, review, points in people:
        sh = _Sheet(tab, [6, 36, 12, 10, 34, 12])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add("姓  名", who, "所在股室", dept, "职  务", post)
        sh.add("政治面貌", "中共党员", "参加工作时间", since, "自查时间", "2024.10.15")
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签字：", None, None, review, None, None)
        sheets.append(sh)
    return _layout(
        "transport_management_self_check",
        "http://m.fqjz1.com/gongkai/show/20190923175204-27840-00-000.html",
        "县道路运输管理所 (运管所) 干部职工廉政风险自查表, one sheet a person (tabs 所长, 客运股, 稽查员), after the "
        "source's 县交通运输局 下属 县运管所 and 县路政大队 joint checks with 交警 of 货运车辆 ``双超`` and 非法改拼装: a "
        "title, ``姓名 | … | 所在股室 | … | 职务 | …`` and ``政治面貌 | … | 参加工作时间 | … | 自查时间 | …`` in pairs "
        "above, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "本人签字/所长审核 (the 所长's own: 局分管领导审核) line",
        sheets, t,
    )  # fmt: skip


def transport_enforcement_cert_numbers() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("防控清单", [6, 14, 9, 10, 12, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}执法岗位廉政风险防控清单", 9)
    sh.add(
        "序号",
        "执法中队",
        "岗位",
        "执法人员",
        "执法证号",
        "风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("大队领导", "大队长", "登真措", "51330001", "下达或变相下达罚没指标，逐利执法", "制度机制", "Ⅰ级",
         "不设罚没指标，执法考核以办案质量为主。", "leader"),
        ("大队领导", "大队长", "登真措", "51330001", "以“集体讨论”名义擅自降低处罚标准", "岗位职责", "Ⅰ级",
         "严格执行处罚裁量基准，集体讨论记录附卷。", "leader"),
        ("大队领导", "副大队长", "逄景行", "51330002", "对查扣的超限超载车辆违规放行", "岗位职责", "Ⅰ级",
         "车辆放行凭处理决定书和卸载记录，分管领导签字。", "leader"),
        ("路政执法中队", "中队长", "桓晚舟", "51330015", "治超中默许出售“路牌”、收取年票月票", "外部环境", "Ⅰ级",
         "治超站点视频监控联网，发现“路牌”“年票”一律移送。", "middle"),
        ("路政执法中队", "中队长", "桓晚舟", "51330015", "超期扣留车辆，不按规定出具扣押文书", "业务流程", "Ⅱ级",
         "扣押车辆登记台账，期限届满前提醒处理。", "middle"),
        ("路政执法中队", "执法队员", "呷玛次仁", "51330021", "同类违法行为处罚尺度不一，办人情案", "思想道德",
         "Ⅱ级", "案件法制审核，同类案件处罚结果定期比对。", "general"),
        ("运政执法中队", "中队长", "鄢遥岑", "51330017", "对运输企业检查频次过高、多头检查，借机吃拿卡要",
         "思想道德", "Ⅱ级", "企业检查纳入年度计划，联合检查“进一次门、查多项事”。", "middle"),
        ("法制审核室", "法制员", "钭明澈", "51330026", "重大执法决定法制审核走过场", "业务流程", "Ⅲ级",
         "法制审核意见书面出具，审核人员签名负责。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, cert, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, cert, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 9)
    sh.add("填报人：", None, None, "大队长（签字）：", None, None, "年  月  日", None, None)
    return _layout(
        "transport_enforcement_cert_numbers",
        "http://www.fjmx.gov.cn/wsbs/ztfw/jt/jdc/zn_33806/202305/t20230508_1901827.htm",
        "县交通运输综合行政执法大队 执法岗位廉政风险防控清单 after the source's 县交通运输局 执法领域突出问题专项整治 (逐利执法 "
        "and 罚款指标, 治超 年票、月票、``路牌``, 以集体讨论名义擅自降低处罚标准, 超期扣车 and 违规放行, 检查多、检查乱、多头"
        "检查): a title, then 序号/``执法中队`` merged (大队领导, 路政执法中队, 运政执法中队, 法制审核室)/岗位, ``执法人员`` "
        "and ``执法证号`` (8 digits) merged per person/风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a "
        "``注：风险等级分为Ⅰ级（高）…`` line, 填报人/大队长签字/年 月 日 line",
        [sh], t,
    )  # fmt: skip


def fire_rescue_station_cards() -> dict:
    unit = f"{PLACE}消防救援大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "格桑洛布", "大队长", "大队领导", "leader",
         "主持大队全面工作，负责防火监督执法审批、装备采购。", [
            ("开业前消防检查", "对不符合条件的公众聚集场所违规出具合格意见", "岗位职责", "★★★",
             "检查意见经防火监督员、大队长两级审核，结果网上公开。"),
            ("行政处罚", "消防行政处罚案件降格处理、以罚代改", "制度机制", "★★★",
             "重大处罚案件集体讨论，处罚决定书网上公开。"),
            ("装备采购", "消防车辆装备采购指定品牌、供应商", "业务流程", "★★",
             "装备采购报县财政局按政府采购程序实施。"),
        ]),
        ("防火监督员", "暨星河", "防火监督员", "防火监督科", "general",
         "负责辖区单位消防监督检查、火灾隐患督改和消防产品监督。", [
            ("监督检查", "检查前通风报信，检查中接受被检单位宴请", "思想道德", "★★★",
             "检查对象随机抽取，检查全程执法记录仪记录。"),
            ("火灾隐患督改", "火灾隐患整改复查不到位，为关系单位销案", "岗位职责", "★★",
             "隐患销案经复查人、科长签字，大队随机回访。"),
            ("消防产品监督", "向被检单位推销、指定消防产品或技术服务机构", "外部环境", "★★",
             "严禁指定产品和服务机构，发现一律查处。"),
        ]),
        ("站长", "蔺秋池", "站长", "城关消防救援站", "middle",
         "负责救援站执勤训练、灭火救援和营区管理。", [
            ("执勤训练", "油料、训练器材报销虚报数量", "制度机制", "★★", "油料按车辆出动记录核销，器材出入库登记。"),
            ("火灾原因调查协助", "火灾现场勘验中为当事人隐瞒起火原因", "外部环境", "★★",
             "现场勘验两人以上，勘验笔录当事人签字。"),
            ("抢险救援", "抢险救援后向群众、单位索要财物", "思想道德", "★", "救援一律免费，救援回访征求意见。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 14, 36, 10, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "职务", post, "所在部门", dept)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("监督举报电话：96119", None, "持卡人签名：", None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "fire_rescue_station_cards", "http://cnenc.net/b1810264.html",
        "县消防救援大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 防火监督员, 站长), after the source's account of a "
        "消防大队 (防火监督, 建筑工程消防审核验收, 开业前消防检查, 火灾原因调查, 消防产品监督, 所属中队 执勤灭火): a title, "
        "``持卡人 | … | 职务 | … | 所在部门 | …`` in one row, a merged ``岗位职责`` line, then 序号/``工作环节``/风险点/风险"
        "类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a legend line, ``监督举报电话：96119``/持卡人签名/年 月 日",
        sheets, t,
    )  # fmt: skip


def meteorology_two_sheets() -> dict:
    unit = f"{PLACE}气象局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 12, 34, 12, 10, 32])
    _line(lead, f"{unit}领导班子成员廉政风险点及防控措施", 9)
    lead.add(
        "序号",
        "姓名",
        "职务",
        "分管工作",
        "风险名称",
        "风险描述",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    leaders = [
        ("降央拉姆", "局长", "主持全面工作，分管财务、基本建设", [
            ("基建项目", "气象业务用房和观测场改造项目不经集体研究，指定施工单位", "制度机制风险", "一级风险",
             "基建项目经局务会研究，按规定公开招标。"),
            ("财务审批", "大额资金支付一支笔审批，不按规定公开", "制度机制风险", "二级风险",
             "大额资金支付集体研究，财务收支每季度公开。"),
        ]),
        ("亓官澜", "副局长", "分管防雷减灾、人工影响天气、行政审批", [
            ("防雷许可", "防雷装置设计审核、竣工验收为关系企业放宽条件", "岗位职责风险", "一级风险",
             "许可事项两人审查，审批结果网上公开。"),
            ("施放气球审批", "升放气球活动许可审核不严，收受好处", "业务流程风险", "三级风险",
             "升放气球许可按时限办结，现场核查留存记录。"),
        ]),
    ]  # fmt: skip
    n = 0
    for who, post, work, items in leaders:
        first = len(lead.rows)
        for name, desc, typ, lv, measures in items:
            n += 1
            lead.add(n, who, post, work, name, desc, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", name, types_in(typ), RISK_GRADES[lv])
        _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("内设机构", [6, 16, 12, 10, 12, 34, 12, 10, 32])
    _line(dept, f"{unit}内设机构岗位廉政风险点及防控措施", 9)
    dept.add(
        "序号", "科室", "岗位", "姓名", "风险名称", "风险描述", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("办公室", "主任", "麻晴岚", "政府采购", "办公设备和业务耗材采购化整为零，规避政府采购", "业务流程风险",
         "二级风险", "采购计划年初编制，采购结果公示。", "middle"),
        ("防灾减灾科", "科长", "仁真旺姆", "防雷检测", "防雷装置检测数据弄虚作假，出具不实检测报告", "岗位职责风险",
         "一级风险", "检测报告两人签字，科室每季度抽查复检。", "middle"),
        ("防灾减灾科", "科长", "仁真旺姆", "探测环境保护", "对破坏气象探测环境的建设项目不依法制止", "外部环境风险",
         "三级风险", "探测环境保护范围公布，巡查记录存档。", "middle"),
        ("人工影响天气办公室", "弹药库管理员", "阿绒拉姆", "弹药管理", "人影弹药出入库不登记，作业用弹量虚报",
         "制度机制风险", "二级风险", "弹药出入库双人双锁、逐发登记，用弹量与作业记录核对。", "general"),
        ("气象台", "预报员", "宗政鸣岐", "专业气象服务", "为企业提供专业气象服务私自收费", "思想道德风险",
         "三级风险", "专业气象服务统一签订合同，收费全额入账。", "general"),
    ]  # fmt: skip
    first = len(dept.rows)
    for n, (d, post, who, name, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        dept.add(n, d, post, who, name, desc, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, name, types_in(typ), RISK_GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "meteorology_two_sheets", "https://www.wxnum.cn/yunyangqixiang.html",
        "县气象局 廉政风险点及防控措施 in two sheets, after the source's 县气象局 工作明细 (气象探测环境, 预报发布, 人工影响天气 "
        "作业, 雷电灾害防护装置检测, 充灌、施放升空气球 资格认定): sheet ``局领导`` with 姓名, 职务 and ``分管工作`` merged per "
        "leader (no 科室), sheet ``内设机构`` with 科室, 岗位 and 姓名 merged (办公室, 防灾减灾科, 人工影响天气办公室, 气象台); "
        "both a short ``风险名称`` beside a long ``风险描述``, 风险类别 ``…风险``, 风险等级 ``一级风险/二级风险/三级风险``, 防控"
        "措施; nothing below the tables",
        [lead, dept], t,
    )  # fmt: skip


def seismic_center_duty_list() -> dict:
    unit = f"{PLACE}防震减灾中心"
    sh = _Sheet("责任清单", [6, 14, 36, 10, 8, 32, 12, 9, 10])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "工作事项",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任股室",
        "责任岗位",
        "责任人",
    )
    rows = [
        ("监测台站建设", "地震监测台站建设项目招标设置倾向性条件", "制度机制", "高",
         "招标文件经法制审核，评标全程进县公共资源交易平台。", "中心领导", "主任", "扎西拥宗", "leader"),
        ("专项经费审批", "防震减灾专项经费审批不严，挤占挪用", "制度机制", "中",
         "专项经费专款专用，年度接受县审计局审计。", "中心领导", "主任", "扎西拥宗", "leader"),
        ("抗震设防监管", "对建设工程抗震设防要求监管把关不严，收受好处", "岗位职责", "高",
         "抗震设防要求纳入联合审查，审查意见网上公开。", "中心领导", "副主任", "闵朝暮", "leader"),
        ("台站运维", "台站运维服务外包中虚报维护工作量", "业务流程", "中",
         "运维工作量按巡检记录和数据连续率核定。", "监测预报股", "股长", "戈惊鸿", "middle"),
        ("仪器设备管理", "监测仪器设备采购、报废不按规定程序", "制度机制", "低",
         "设备报废经技术鉴定和中心会议研究。", "监测预报股", "股长", "戈惊鸿", "middle"),
        ("观测环境保护", "对干扰观测环境的建设行为隐瞒不报", "外部环境", "中",
         "观测环境每月巡查，干扰源及时书面报告。", "监测预报股", "监测员", "格西卓嘎", "general"),
        ("科普宣传", "防震减灾科普宣传经费虚列活动场次", "思想道德", "低",
         "科普活动留存照片、签到表，经费按实际列支。", "震害防御股", "股长", "綦雁回", "middle"),
    ]  # fmt: skip
    for n, (item, point, typ, lv, measures, dept, post, who, tier) in enumerate(rows, 1):
        sh.add(n, item, point, typ, lv, measures, dept, post, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add(
        "填报人：", None, None, "中心主任（签字）：", None, None, "县应急管理局审核：", None, None
    )
    return _layout(
        "seismic_center_duty_list", "http://m.ycyongheng.com/info/1027/20031.htm",
        "县防震减灾中心 廉政风险防控责任清单 after the source's 县防震减灾中心 check of a 地震监测台 (监测仪器设备运行状态, "
        "观测环境干扰源, 台站周边安全隐患, 台站运维, 地震监测基础设施维护管理): ``附件2``, a title, then 序号/``工作事项``/"
        "风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 and the holder LAST in ``责任股室 | 责任岗位 | 责任人`` "
        "typed on every row (中心领导, 监测预报股, 震害防御股); 填报人/中心主任签字/县应急管理局审核 line",
        [sh], t,
    )  # fmt: skip


def relief_supplies_ticked_levels() -> dict:
    unit = f"{PLACE}应急物资储备中心"
    sh = _Sheet("排查表", [6, 12, 10, 12, 36, 5, 5, 5, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 8}填报日期：2024年11月", 9)
    r = sh.add("序号", "岗位", "姓名", "业务环节", "风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 7)
    rows = [
        ("主任", "四郎拥宗", "物资采购", "救灾物资采购化整为零，规避公开招标", "高",
         "采购计划报县应急管理局、财政局审核，按规定公开招标。", "leader"),
        ("主任", "四郎拥宗", "物资调拨", "无调拨指令调出物资，挪作他用", "中",
         "凭县应急管理局动用指令调拨，调拨单据存档。", "leader"),
        ("副主任", "况晴初", "紧急采购", "紧急采购后不公布采购品种、数量、单价", "中",
         "紧急采购结果在政府网站公布，接受社会监督。", "leader"),
        ("仓储管理员", "泽翁拉姆", "入库验收", "入库验收不核对数量、质量，以次充好", "高",
         "验收小组三人以上，验收单与合同清单逐项核对。", "general"),
        ("仓储管理员", "泽翁拉姆", "储存保管", "物资台账与实物不符，私自出借帐篷、棉被", "中",
         "专人保管、专账记载，每季度盘点。", "general"),
        ("仓储管理员", "泽翁拉姆", "报废处置", "过期物资报废处置不按程序，变卖收入不入账", "低",
         "报废处置经中心会议研究并报批，收入全额上缴。", "general"),
        ("会计", "郜清砚", "管理经费", "储备管理经费虚列支出", "中", "管理经费单独核算，支出凭证经主任审签。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, step, point, lv, measures, tier) in enumerate(rows, 1):
        marks = [TICK if lv == band else None for band in ("高", "中", "低")]
        sh.add(n, post, who, step, point, *marks, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add(
        "中心主任（签字）：",
        None,
        None,
        None,
        "县应急管理局分管领导（签字）：",
        None,
        None,
        None,
        None,
    )
    return _layout(
        "relief_supplies_ticked_levels", "https://yjj.ankang.gov.cn/Content-2278192.html",
        "县应急物资储备中心 岗位廉政风险排查表 after the source's 市救灾储备物资管理办法 (公开招标采购, 紧急采购 and its 公布, "
        "定点储存、专人保管、专账记载, 出入库登记, 物资台账, 调运): a title, a merged ``填报单位：新龙县应急物资储备中心　…　"
        "填报日期：2024年11月`` line, then a TWO-ROW heading — 序号/岗位/姓名/``业务环节``/风险点/防控措施 merged down, ``风险"
        "等级`` merged over ``高 | 中 | 低``, each row ticked ``√`` in one; 岗位 and 姓名 merged per person; no 科室 and no "
        "type column; 中心主任/县应急管理局分管领导 signature line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    emergency_post_risk_matrix(),
    transport_bureau_list(),
    highway_maintenance_checklist(),
    transport_management_self_check(),
    transport_enforcement_cert_numbers(),
    fire_rescue_station_cards(),
    meteorology_two_sheets(),
    seismic_center_duty_list(),
    relief_supplies_ticked_levels(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch233-inbox"))

"""The two-hundred-and-seventy-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 局/委/办 and
事业单位, 盐亭县 (a county of 绵阳 in the hills of 川北) — its 统计局, 发展和改革局, 民政局, 司法局 and
文化广播电视和旅游局, its 财政投资评审中心, its 总工会 and 残疾人联合会 — each handing back the 一览表,
防控卡, 排查表, 责任清单, 自查表 or 清单 its staff typed in WPS or Excel:

- the 财政投资评审中心's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged,
  ``岗位`` and ``姓名`` merged per person, ``…风险`` types, 高/中/低, the measures, a ``注：`` line and a
  填表人/审核人/主任 line;
- the 文化广播电视和旅游局's 防控卡, one sheet a holder (tabs 分管副局长, 公共服务股, 文化市场股): one merged
  line ``股室：…　　岗位：…　　持卡人：…`` above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``, short
  types, ``一级/二级/三级``, a ``持卡人（签字）： | … | 局主要负责人（签字）：`` line;
- the 总工会's 自查表, one sheet a person (tabs named by the post): ``姓名 | … | 部门 | … | 职务 | …`` in
  pairs on one row, then ``序号 | 风险类别 | 风险点 | 风险等级 | 防控措施 | 自查情况``, ``…风险`` types,
  高/中/低, ``自查人签名： | … | 日期：``;
- the 司法局's 责任清单: ``责任股室 | 岗位 | 责任人 | 职权内容 | 风险点 | 风险等级 | 防控措施`` with
  ``责任股室`` merged, ``岗位`` and ``责任人`` merged per person, ``Ⅰ/Ⅱ/Ⅲ`` (no 级), no type column;
- the 残疾人联合会's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types, ``一级/二级/三级``; no names; a 编制/审核/date line;
- the 民政局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作``) and ``股室`` (``股室`` merged,
  ``岗位`` and ``姓名`` merged per person), short types, ``高风险/中风险/低风险``;
- the 发展和改革局's 一览表: ``股室`` written on every row, ``岗位 | 责任人``, ``风险点 | 风险描述``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, a 制表/审核/date line.

One is harder:

- ``yanting_statistics_type_level_grid``: the 统计局's 排查表 where ONE merged heading ``风险类别及等级``
  stands over the five type columns ``思想道德 | 制度机制 | 岗位职责 | 业务流程 | 外部环境`` (the heading's
  second row), and each risk row writes its LEVEL WORD (高/中/低) IN THE COLUMN OF ITS TYPE, the other
  four cells of the row left blank; a ``注：`` line under the table says so (``在风险点所属类别栏内填写风险
  等级``). There is no separate type or level column: the column a word stands in is the type, the word
  the level. The README's 读得懂的表 knows type columns ticked with ``√`` under ``风险类型``, level columns
  ticked under ``风险等级``, points written in ``高风险 | 中风险 | 低风险`` columns and the level words
  of several posts in post columns; it does not describe type columns that carry the level word.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县统计局机关党支部's 专题党课 on 统计
造假 — 经济普查, 数据 注水, 领导干部 干预, 统计人员 被动配合, 数据质量; a 县政府投资项目管理和责任追究办法 — 立项, 可研, 概算, 变更,
资金拨付, 责任追究; a 县 纪委's 政府投资项目 制度 — 前期工作经费, 跟踪审计, 财政评审价 下浮, 工程变更
分级审批; a 县民政局工作制度汇编 — 救灾物资储备仓库, 公务接待, 小车使用, 财务, 内部审计; a 县司法局
股室 工作 — 法律援助 驻村联络点, 公证处, 人民调解, 矛盾纠纷排查; a 县文广体新局 — 村文化活动室 设备
采购 招投标, 农家书屋 报刊 单一来源采购, 百姓大舞台 购买公共文化服务; a 工会系统 集体廉政谈话 —
工会经费 收缴、使用、分配, 困难职工帮扶资金, 资产台账, 经费审查; a 县残联 — 重度残疾人 托养补贴,
层层筛选, 逐个核实, 集中发放) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names); every unit is a body of 盐亭县.

Run ``python tests/published/score.py --set batch277`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's type is the heading of the one type column that holds a word and its
  level that word (高/中/低 → 1/2/3); the ``注：`` and the 填表/审核 lines are no points;
- ``局领导``, ``中心领导`` (a 股室 cell) and the sheet ``局领导`` of the 民政局 (title ``…局领导班子…``) are the
  科室 of those leaders; a 局's 股, 办公室, 中心 and 公证处, a 中心's 股, a 总工会's 部 and 办公室 and a
  残联's 部 are 科室;
- 局长, 副局长, a 中心's 主任 and 副主任, a 残联's 理事长 and 副理事长 are leaders; 股长, 部长 and a
  办公室主任 middle; the rest (科员, 评审员, 会计, 经办员, 业务员, 保管员, 公证员, 工作人员, 认证员)
  general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职权内容``, ``分管工作``
  and ``自查情况`` are no points and name no holder; the 残联 list names no person: its forms are
  posts (对岗不对人);
- the 防控卡's line ``股室：…　　岗位：…　　持卡人：…`` names the 科室, the post and the holder of its sheet;
- ``一级/二级/三级``, ``Ⅰ/Ⅱ/Ⅲ``, ``★★★/★★/★``, ``高/中/低`` and ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b277_"
PLACE = "盐亭县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"
GRID_TYPES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(风险点, 类别, 等级, 防控措施)])
STATS_POSTS = [
    ("局领导", "局长", "郗棨湉", "leader", [
        ("授意、默许基层单位修改统计数据", "思想道德", "高", "严格执行统计造假责任追究制度，数据修改全程留痕。"),
        ("普查经费分配、使用不经集体研究", "制度机制", "中", "普查经费使用方案经局党组会研究，按月公开支出。"),
    ]),
    ("局领导", "副局长", "亓翯珣", "leader", [
        ("对统计违法企业说情打招呼", "外部环境", "高", "说情打招呼事项如实登记，按季度报派驻纪检组。"),
    ]),
    ("办公室", "主任", "庹甯瀞", "middle", [
        ("普查物资、办公用品采购不比价", "业务流程", "中", "采购三家以上比价，采购与验收分岗。"),
        ("公务接待超标准、无公函接待", "制度机制", "低", "凭公函接待，接待清单与发票逐项核对。"),
    ]),
    ("综合统计股", "股长", "雒婳铧", "middle", [
        ("对乡镇上报的异常数据不核查、不反馈", "岗位职责", "中", "建立数据审核查询制度，异常数据书面反馈。"),
        ("统计数据公布前向外泄露", "思想道德", "高", "未公布数据分级授权查阅，签订保密承诺书。"),
    ]),
    ("统计执法股", "股长", "笪沅皙", "middle", [
        ("执法检查走过场，对虚报、瞒报不立案", "岗位职责", "高", "执法检查两人以上，检查对象双随机抽取。"),
        ("行政处罚裁量畸轻畸重", "制度机制", "中", "严格执行统计行政处罚裁量基准，处罚决定集体审议。"),
    ]),
    ("普查中心", "业务员", "郏筠霂", "general", [
        ("普查员、普查指导员选聘优亲厚友", "业务流程", "低", "选聘条件和结果公示，乡镇初审、县经普办复核。"),
        ("单位清查中为企业隐瞒、漏报信息", "外部环境", "中", "清查底册与市场主体名录比对，抽查复核。"),
    ]),
]  # fmt: skip


def yanting_statistics_type_level_grid() -> dict:
    unit = f"{PLACE}统计局"
    ncols = 11
    sh = _Sheet("排查表", [6, 11, 9, 9, 36, 7, 7, 7, 7, 7, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", ncols)
    _line(sh, f"填报单位：{unit}办公室{GAP * 12}填报时间：2025年3月", ncols)
    h1 = sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别及等级", None, None, None, None,
                "防控措施")  # fmt: skip
    h2 = sh.add(None, None, None, None, None, *GRID_TYPES, None)
    for c in (0, 1, 2, 3, 4, 10):
        sh.merge(h1, c, h2, c)
    sh.merge(h1, 5, h1, 9)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in STATS_POSTS:
        for point, typ, lv, measures in points:
            n += 1
            grid = [lv if g == typ else None for g in GRID_TYPES]
            sh.add(n, dept, post, who, point, *grid, measures)
            t.point(sh.name, dept, post, who, tier, point, [typ], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：在风险点所属类别栏内填写风险等级（高、中、低），其余类别栏空白。", ncols)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "局长（签字）：", None, None, None)
    return _layout(
        "yanting_statistics_type_level_grid",
        "https://www.wenkuhub.com/105379.html",
        "(harder) 县统计局 岗位廉政风险排查表, after the source's 县统计局机关党支部 专题党课 on 统计造假 (经济普查 数据 注水, "
        "领导干部 干预, 统计人员 被动配合, 数据质量, 统计执法): a title, a merged ``填报单位：…办公室　填报时间：2025年3月`` line, a TWO-ROW heading "
        "序号/股室/岗位/姓名/廉政风险点 (merged down) | ``风险类别及等级`` merged over ``思想道德 | 制度机制 | 岗位职责 | "
        "业务流程 | 外部环境`` | 防控措施; 股室 merged (局领导, 办公室, 综合统计股, 统计执法股, 普查中心), 岗位 and 姓名 "
        "merged per person; each row writes its LEVEL WORD 高/中/低 IN THE COLUMN OF ITS TYPE, the other four type "
        "cells blank; no separate type or level column; a merged ``注：`` line (the word in the type column is the "
        "level) and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yanting_investment_review_list() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 13, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年4月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "綦昀澈", "leader", [
            ("重大项目评审结论不经集体会审", "制度机制风险", "高", "评审结论经中心会审会研究，会审纪要存档。"),
            ("为施工单位打招呼，干预评审审减额", "思想道德风险", "高", "干预评审事项登记报告，审减结果公开。"),
        ]),
        ("中心领导", "副主任", "璩淞屹", "leader", [
            ("跟踪审计中对工程变更把关不严", "岗位职责风险", "中", "变更超过合同价5%的报县政府分管领导审定。"),
        ]),
        ("评审一股", "股长", "戢洹楠", "middle", [
            ("预算评审中高估冒算，抬高招标挂网价", "业务流程风险", "高", "评审底稿复核，挂网价按评审价下浮比例计算。"),
            ("接受建设单位宴请、礼金", "外部环境风险", "中", "签订廉洁评审承诺书，评审后发放廉洁回访卡。"),
        ]),
        ("评审一股", "评审员", "苌泠铄", "general", [
            ("结算评审中虚增工程量、签证量", "岗位职责风险", "高", "工程量现场复核两人以上，复核影像留存。"),
            ("评审资料、数据向施工单位泄露", "思想道德风险", "低", "评审资料专人保管，借阅登记。"),
        ]),
        ("综合股", "会计", "阚漪翊", "general", [
            ("前期工作经费报账审核不严", "制度机制风险", "中", "前期工作经费实行报账制，凭合同、发票和验收单报账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "yanting_investment_review_list", "https://www.ysxjwjcj.gov.cn/nzyw/gzdt/20130909/689.html",
        "县财政投资评审中心 岗位廉政风险防控一览表, after the source's 县纪委 on 政府投资项目 制度 (前期工作经费 报账制, 跟踪"
        "审计, 财政评审价 下浮 挂网价, 工程变更 分级审批): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年4月`` "
        "line, then 序号/股室 merged (中心领导, 评审一股, 综合股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def yanting_culture_bureau_cards() -> dict:
    unit = f"{PLACE}文化广播电视和旅游局"
    t = _Truth(unit)
    cards = [
        ("分管副局长", "局领导", "副局长", "缪澜棣", "leader", [
            ("村文化活动室设备采购中指定品牌、供应商", "外部环境", "一级", "设备采购进入县公共资源交易中心公开招标。"),
            ("购买公共文化服务项目不经集体研究", "制度机制", "二级", "购买服务项目经局党组会研究，承接主体公开选定。"),
        ]),
        ("公共服务股", "公共服务股", "股长", "亢韫澄", "middle", [
            ("农家书屋报刊更新以单一来源采购规避竞争", "业务流程", "一级", "单一来源采购按规定论证、公示，报县财政局审批。"),
            ("“百姓大舞台”演出场次虚报", "岗位职责", "二级", "演出现场照片、签到表逐场留存，乡镇签字确认。"),
            ("免费开放资金挤占挪用", "制度机制", "三级", "专款专用，年终专项审计。"),
        ]),
        ("文化市场股", "文化市场股", "科员", "弭珂岫", "general", [
            ("娱乐场所年检中收受经营户财物", "思想道德", "二级", "年检结果公示，签订廉洁承诺书。"),
            ("检查发现违规经营不登记、不移交", "岗位职责", "三级", "检查记录当日录入系统，移交情况月底通报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, post, who, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 10, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        _line(sh, f"股室：{dept}{GAP * 2}岗位：{post}{GAP * 2}持卡人：{who}", 5)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("持卡人（签字）：", None, "局主要负责人（签字）：", None, "2025年5月")
        sheets.append(sh)
    return _layout(
        "yanting_culture_bureau_cards", "https://bbs.mala.cn/thread-14921670-1-214.html",
        "县文化广播电视和旅游局 岗位廉政风险防控卡, one sheet a holder (tabs 分管副局长, 公共服务股, 文化市场股), after the source's "
        "县文广体新局 公共文化服务 (村文化活动室 设备 财政招投标, 农家书屋 报刊 单一来源采购, 百姓大舞台 购买公共文化服务): a title, "
        "one merged line ``股室：…　　岗位：…　　持卡人：…``, then 序号/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a blank row and ``持卡人（签字）： | 局主要负责人（签字）： | 2025年5月``",
        sheets, t,
    )  # fmt: skip


def yanting_trade_union_selfchecks() -> dict:
    unit = f"{PLACE}总工会"
    t = _Truth(unit)
    people = [
        ("办公室主任", "暨霈涵", "办公室", "主任", "middle", [
            ("思想道德风险", "节日慰问品采购中收受供应商回扣", "高", "慰问品采购比价，采购结果在机关公示。", "未发现问题"),
            ("制度机制风险", "工会资产登记不及时，台账不全", "低", "资产每年清查一次，台账专人管理。", "已整改"),
        ]),
        ("财务部会计", "郜沁岚", "财务部", "会计", "general", [
            ("业务流程风险", "工会经费拨付、报销审核不严", "中", "报销凭审批单、发票和活动资料办理，会计出纳分设。", "已落实"),
            ("岗位职责风险", "基层工会经费返还计算不准", "中", "返还金额与税务代收数据逐户核对。", "未发现问题"),
        ]),
        ("权益保障部部长", "粟峄桐", "权益保障部", "部长", "middle", [
            ("外部环境风险", "困难职工帮扶资金发放优亲厚友", "高", "帮扶对象入户核实，名单公示七日。", "已落实"),
            ("岗位职责风险", "帮扶档案审核不实，重复救助", "中", "帮扶档案与民政救助数据比对。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 14, 36, 9, 34, 12])
        _line(sh, f"{unit}机关干部廉政风险自查表", 6)
        sh.add("姓名", who, "部门", dept, "职务", post)
        sh.add("序号", "风险类别", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (typ, point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, typ, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人签名：", None, None, "日期：", "2025年6月", None)
        sheets.append(sh)
    return _layout(
        "yanting_trade_union_selfchecks", "http://haowensou.com/index/article/detail/detail_id/120870.html",
        "县总工会 机关干部廉政风险自查表, one sheet a person (tabs named by the post: 办公室主任, 财务部会计, 权益保障部部长), "
        "after the source's 工会系统 节前集体廉政谈话 (工会经费 收缴、使用、分配, 困难职工帮扶资金, 资产 登记 台账, 经费审查): a "
        "title, ``姓名 | … | 部门 | … | 职务 | …`` in pairs on one row, then 序号/风险类别 ``…风险``/风险点/风险等级 高/中/低/"
        "防控措施/``自查情况``; a blank row and ``自查人签名： | 日期： | 2025年6月``",
        sheets, t,
    )  # fmt: skip


def yanting_justice_bureau_duties() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("责任清单", [6, 14, 9, 9, 16, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "责任股室", "岗位", "责任人", "职权内容", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "濮砚澍", "leader", [
            ("干部选拔任用", "干部推荐考察中优亲厚友", "Ⅰ", "严格执行干部选拔任用程序，考察两人以上。"),
            ("大额资金使用", "大额支出个人决定", "Ⅰ", "执行“三重一大”集体决策制度。"),
        ]),
        ("公共法律服务股", "股长", "闵岚琤", "middle", [
            ("法律援助指派", "指派法律援助律师时照顾关系律所", "Ⅱ", "指派轮流进行，指派结果按月公开。"),
            ("驻村联络点管理", "联络点补贴虚报", "Ⅲ", "联络点工作记录与补贴发放逐月核对。"),
        ]),
        ("人民参与和促进法治股", "股长", "厍澔琰", "middle", [
            ("人民调解以案定补", "虚报调解案件，套取以案定补资金", "Ⅰ", "调解卷宗抽查回访，补贴名单公示。"),
        ]),
        ("法律援助中心", "工作人员", "蓟瑀璠", "general", [
            ("受援人资格审查", "对不符合经济困难条件的人员给予援助", "Ⅱ", "经济困难状况核查留存书面材料。"),
            ("援助案件办案补贴", "补贴核发不按案件质量评估结果", "Ⅲ", "办案补贴与案件质量评估结果挂钩，集体审定。"),
        ]),
        ("公证处", "公证员", "仝珞沂", "general", [
            ("公证事项审查", "对材料不全的事项违规出具公证书", "Ⅰ", "公证书出具前审批人复核，重大事项集体讨论。"),
            ("公证收费", "擅自减免或提高收费标准", "Ⅲ", "收费标准上墙公示，票据统一管理。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add(
        "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", None, None, None, None, None, None, None
    )
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 7)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "yanting_justice_bureau_duties", "http://219.145.244.73:88/html/zwyw/bmdt/27409.html",
        "县司法局 廉政风险防控责任清单, after the source's 县司法局 股室 工作计划 (法律援助 驻村联络点, 公证处, 人民调解, 矛盾纠纷"
        "排查): a title, then 序号/``责任股室`` merged (局领导, 公共法律服务股, 人民参与和促进法治股, 法律援助中心, 公证处)/岗位 "
        "and ``责任人`` merged per person/``职权内容``/风险点/风险等级 ``Ⅰ/Ⅱ/Ⅲ`` (no 级)/防控措施; no type column; a merged "
        "``注：`` line on the numerals and a ``制表：办公室 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def yanting_disabled_federation_posts() -> dict:
    unit = f"{PLACE}残疾人联合会"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, rehab, work = "残联领导", "康复部", "教育就业部"
    rows = [
        (lead, "理事长", "leader", "项目资金分配", "残疾人项目资金分配不经集体研究", "制度机制", "一级",
         "资金分配方案经理事会研究，结果公示。"),
        (lead, "副理事长", "leader", "托养补贴审定", "对层层筛选上报的托养对象审定走过场", "岗位职责", "二级",
         "托养对象逐个核实，审定结果公示。"),
        (rehab, "部长", "middle", "辅具适配", "辅助器具采购指定供应商", "外部环境", "一级",
         "辅具采购公开招标，适配结果回访。"),
        (rehab, "部长", "middle", "康复救助", "康复救助对象认定把关不严", "业务流程", "二级",
         "认定材料逐项审核，乡镇残联复核。"),
        (work, "科员", "general", "补贴发放", "集中发放补贴时冒名代领、截留", "思想道德", "一级",
         "补贴打卡发放，现金发放两人以上并签字。"),
        (work, "科员", "general", "就业培训", "虚报培训人数套取培训经费", "业务流程", "二级",
         "培训签到照片留存，培训名单抽查回访。"),
        ("办公室", "会计", "general", "资金核算", "专项资金挤占挪用", "制度机制", "三级",
         "专款专用，年度审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "yanting_disabled_federation_posts", "https://www.cdscl.org.cn/zhdt/gzdt/content_169952",
        "县残疾人联合会 廉政风险点排查表 对岗不对人, after the source's 县残联 发放 重度残疾人 托养补贴 (层层筛选, 逐个核实, 集中"
        "发放): a title, then 序号/``部门`` merged (残联领导, 康复部, 教育就业部, 办公室)/岗位 merged per post/a short 风险点/a "
        "long 风险表现/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; no names; an ``编制：办公室 | 审核： | "
        "2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def yanting_civil_affairs_two_sheets() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 10, 18, 36, 10, 10, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("昝峤瑜", "局长", "主持全面工作", [
            ("重大事项、大额资金不经集体决策", "制度机制", "高风险", "严格执行“三重一大”集体决策制度。"),
            ("为特定关系人承揽养老机构建设项目打招呼", "思想道德", "高风险", "插手干预事项登记报告。"),
        ]),
        ("弓泓璘", "副局长", "分管社会救助股、社会事务股", [
            ("低保、特困审批把关不严", "岗位职责", "中风险", "审批结果公示，随机抽查入户核实。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, types_in(typ), BANDS[lv])
    _per_person(lead, first, None, 1, 2, 3)
    staff = _Sheet("股室", [6, 14, 10, 10, 36, 10, 10, 32])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 8)
    staff.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社会救助股", "股长", "羿璞涵", "middle", [
            ("临时救助审批超标准、超范围", "制度机制", "中风险", "临时救助分级审批，按月公示。"),
            ("低保动态管理不及时，应退未退", "岗位职责", "中风险", "每季度与公安、人社数据比对。"),
        ]),
        ("社会救助股", "经办员", "漆芃沄", "general", [
            ("救助资金发放名册录入错误、虚增人数", "业务流程", "高风险", "发放名册双人复核，社会化发放。"),
        ]),
        ("社会事务股", "股长", "鄢砚汐", "middle", [
            ("殡葬补贴审核不严", "业务流程", "低风险", "补贴凭火化证明办理，名单公示。"),
            ("社会组织登记中收受好处", "思想道德", "中风险", "登记条件和结果公开，办理时限公开。"),
        ]),
        ("办公室", "保管员", "胥洺筠", "general", [
            ("救灾物资储备仓库出入库不登记", "制度机制", "中风险", "出入库凭审批单，账物每季度盘点。"),
            ("公车私用、虚报维修费用", "外部环境", "低风险", "派车登记，维修定点并审批。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(staff, first, 1, 2, 3)
    _line(staff, "注：风险等级分为高风险、中风险、低风险。", 8)
    staff.add("填表人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "yanting_civil_affairs_two_sheets",
        "https://www.cailiaoxing.com/docs/b7225987-2212-4236-ba92-ea94300beabe",
        "县民政局 廉政风险防控表 in two sheets, after the source's 县民政局工作制度汇编 (班子会议, 救灾物资储备仓库管理, 公务接待, "
        "小车使用, 财务管理, 内部审计): ``局领导`` — a title ``…局领导班子廉政风险防控表``, 序号/``姓名 | 职务 | 分管工作`` merged "
        "per leader/廉政风险点/风险类型 (short names)/风险等级/防控措施; ``股室`` — a title, 序号/股室 merged (社会救助股, 社会事务股, "
        "办公室)/岗位 and 姓名 merged per person/廉政风险点/风险类型/风险等级/防控措施, a ``注：`` line and a 填表人/审核人/date "
        "line; levels ``高风险/中风险/低风险``",
        [lead, staff], t,
    )  # fmt: skip


def yanting_drc_list() -> dict:
    unit = f"{PLACE}发展和改革局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 20, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "荆霁珩", "leader", "项目审批决策", "政府投资项目审批个人拍板，不经集体研究", "★★★",
         "项目审批经局务会集体研究，审批结果公开。"),
        ("局领导", "局长", "荆霁珩", "leader", "中央预算内资金申报", "为关系单位包装项目争取资金", "★★",
         "申报项目公开遴选，申报材料合规性审查。"),
        ("投资股", "股长", "邰溱瑶", "middle", "可研和概算审批", "违规批复或调增项目概算", "★★★",
         "概算调增超过10%的报县政府审定，评审意见存档。"),
        ("投资股", "股长", "邰溱瑶", "middle", "项目稽察", "稽察发现问题不督促整改", "★★",
         "稽察问题清单销号管理，整改情况通报。"),
        ("价格认证中心", "认证员", "禹澍铭", "general", "涉案财物价格认定", "受请托高估或低估认定价格", "★★★",
         "认定两人以上，认定结论集体审核。"),
        ("粮食和物资储备股", "股长", "冉泷玥", "middle", "储备粮轮换监管", "轮换监管不到位，出现“以陈顶新”", "★★",
         "轮换出入库现场监督，质量检验报告存档。"),
        ("综合股", "会计", "戈翩濡", "general", "以工代赈资金核算", "劳务报酬发放不到人", "★",
         "劳务报酬打卡发放，发放名单公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("制表：综合股", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "yanting_drc_list", "http://www.nxxj.gov.cn/xxgk_13648/zfwj/201810/t20181017_1130612.html",
        "县发展和改革局 岗位廉政风险防控一览表, after the source's 县政府投资项目管理和责任追究实施办法 (政府投资 审批, 可研, 概算, "
        "中央预算内投资补助, 稽察, 责任追究): a title, then 序号/股室/岗位/``责任人`` written on EVERY row (no merges)/a short "
        "风险点/a long 风险描述/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and a "
        "``制表：综合股 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yanting_statistics_type_level_grid(),
    yanting_investment_review_list(),
    yanting_culture_bureau_cards(),
    yanting_trade_union_selfchecks(),
    yanting_justice_bureau_duties(),
    yanting_disabled_federation_posts(),
    yanting_civil_affairs_two_sheets(),
    yanting_drc_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch277-inbox"))

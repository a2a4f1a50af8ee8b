"""The two-hundred-and-fifty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
局, 委, 办 and 事业单位, 康定市 (the seat of the 甘孜 prefecture, its staff Han and Tibetan) — its
机关事务服务中心, 统计局, 水利局, 档案馆, 发展和改革局, 卫生健康局 and 退役军人事务局 — each handing back the
排查表, 防控卡, 一览表, 自查表, 责任清单 or 排查登记表 its staff typed in WPS or Excel, the rows about 公务用车
调派, 北斗定位, 定点维修, 办公用房 超标准 and 已腾退, 统计数据 审核 and 虚报瞒报, 统计执法, 取水许可 and 年审, 水
资源费, 河道采砂, 水事违法案件, 防汛物资, 档案数字化外包, 加工场所, 档案查阅利用, 县级储备粮 轮换 and 承储企业,
价格认定, 项目申报, 医疗机构校验, 计生特扶, 托育机构, 综合监督, 优抚对象 年审 and 冒领, 信息采集, 退役士兵
安置 and 困难帮扶:

- the 机关事务服务中心's 排查表 under ``附件2`` and a ``填报单位（盖章）：…　填报日期：…`` line: ``科室`` merged
  (中心领导, 公务用车管理股, 公房管理股, 综合股), ``岗位`` and ``姓名`` merged per person, short types, 高/中/低,
  a 填表人/审核人/中心主任 line;
- the 统计局's 防控卡, one sheet a holder (tabs 局长, 专业统计股, 统计执法监督股): ``姓　名 | … | 职　务 | … |
  所在股室 | …`` in one row and a merged ``岗位职责：…`` line above the table, a short ``风险点`` beside a
  long ``风险表现``, ``一级/二级/三级``, no type column, ``持卡人（签字）：`` and a date below;
- the 水利局's 一览表 under group rows ``一、局领导`` … ``四、计划财务股`` merged across (no 股室 column),
  ``岗位`` and ``姓名`` merged per person, a ``职权事项`` column before the ``廉政风险点``, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line;
- the 档案馆's 自查表, one sheet a person (tabs 馆长, 接收征集股, 利用服务股): ``姓　名 | … | 性　别 | … |
  出生年月 | …`` and ``所在股室 | … | 职　务 | … | 填表日期 | …`` above, a short ``工作环节`` before the
  ``风险点``, short types, ``高风险/中风险/低风险``, ``自查人（签名）： | 股室负责人（签名）：`` below;
- the 发展和改革局's 责任清单 对岗不对人: a ``风险等级：★★★为高…`` line under the title, ``股室`` merged, ``岗位``,
  a ``职责事项`` column, the risk, ``★★★/★★/★``, no type column, a ``责任领导`` column of posts (``局长``,
  ``分管副局长``);
- the 卫生健康局's file in two sheets: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column;
- the 退役军人事务局's 排查登记表 with a header in two rows: ``风险识别`` merged over ``风险点 | 表现形式`` and
  ``风险评估`` over ``风险类型 | 风险等级`` (the other headings merged down), ``股室`` merged, ``岗位`` and
  ``姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``.

One is harder:

- ``audit_hidden_rows``: the 审计局's 一览表 for 2024, made by editing the 2023 file the way staff do it:
  the rows of the 2023 points that were closed (销号) are not deleted but HIDDEN (Excel's 隐藏行) — their
  cells, 序号 and merges are still in the sheet, so the visible 序号 skip (1, 2, 4, 5, 6, 8 …); one hidden run is
  the whole post of a 科员 who left the 局 (his name stands only in hidden rows); the new points carry
  ``2024年新增`` in a ``备注`` column, and a ``注：…已销号的风险点所在行已隐藏，不再列入本年度防控。`` line
  under the table says what the hidden rows are. The README's 读得懂的表 knows rows struck through
  (ROW_STRUCK, ``加删除线的为本次删除的风险点``), rows marked ``删除`` in a ``修订情况`` column and sheets marked
  ``上年``; it says nothing of hidden rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县机关事务中心's 联合巡检 of 公车公房 —
未按照流程调派, 北斗定位系统, 私车公养, 超标准配备使用办公用房, 擅自使用已腾退办公用房, 台账更新不及时; a 统计
局's 统计数据质量管理制度 — 统计负责人, 辅助调查员, 审核、评估, 拒报、迟报, 虚报、瞒报、伪造、篡改, 擅自发布统计
数据; a 市水利局's half year — 水事违法案件, 砂石禁采联合执法, 采砂船只, 取水许可证年审, 新办理取水许可, 饮用
水水源地, 水资源费、防汛费; a piece on 档案数字化服务外包 安全 — 发包方, 岗位责任制, 加工场所, 视频监控, 招标考察,
资质信用; a 区's 区级储备粮管理办法 — 区发展改革局（区粮食和物资储备局）, 区财政, 储备粮 轮换, 承储企业; a 县卫健委's
2023 summary — 信息“三审”, 微信公众号, 医疗项目建设, 中医药, “一老一小”; a 街办's 优待抚恤对象 年审 — 见本人、
查验证件, 减员, 套取冒领抚恤补助金; a 县审计局's report on 县本级预算执行 — 审计组, 延伸和追溯, 书面承诺) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (rare Han surnames — 庹, 笪, 逄, 訾, 钭, 谯, 昝, 郏, 隗, 厍, 茆, 劳, 尉迟 … — with
rare given names, three characters each, and Tibetan names); every unit is a body of 康定市.

Run ``python tests/published/score.py --set batch257`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table a HIDDEN row is no point: the 局 hid the 2023 points it closed, and the note
  under the table says so; a post whose rows are all hidden (the 科员 who left) is no form; the
  ``备注`` ``2024年新增`` says nothing of the point beyond its being new;
- ``中心领导``, ``局领导`` (a 科室 cell, a card's 所在股室, a group row) and ``馆领导`` (a self-check's 所在股室)
  are the 科室 of those leaders; the 卫生健康局's ``班子成员`` sheet names no 科室, its leaders' 科室 is ""; a
  局's 股, 办公室 and 水政监察大队 and the 发展和改革局's 价格认证中心 (a 股室 cell) are 科室; the 机关事务服务中心
  and the 档案馆, each with its own file, are units of their own;
- 局长, 副局长, the 机关事务服务中心's 主任/副主任 and 馆长 are leaders; 股长, 办公室主任, the 水政监察大队's 大队长
  and the 价格认证中心's 主任 middle; the rest (调度员, 会计, 科员, 执法队员, 出纳, 档案管理员, 经办员, 价格认定员,
  审计员 …) general;
- ``风险点 | 风险表现`` and ``风险点 | 表现形式``: the point is the short 风险点; ``职权事项``, ``工作环节``, ``职责
  事项``, ``责任领导`` (posts), ``岗位职责：`` and ``分管工作`` are no points;
- the 发展和改革局's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (this module's ``write_xlsx``: ``batch44.write_xlsx``
plus the hidden rows a sheet lists) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b257_"
PLACE = "康定市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 防控措施, 备注, hidden)])
AUDIT = [
    ("局领导", "局长", "禄骁骞", "leader", [
        ("审计计划编制受人情干扰，对应审项目“选择性”安排", "制度机制风险", "高",
         "年度审计计划经局党组会研究并报市委审计委员会批准。", None, False),
        ("审计处理处罚决定未经审计业务会议集体审定", "制度机制风险", "高",
         "审计处理处罚一律经审计业务会议集体审定，纪要存档。", None, False),
        ("对下属单位财务收支审计中打招呼、递条子", "思想道德风险", "高",
         "落实干预审计工作记录报告制度。", None, True),
    ]),
    ("局领导", "副局长", "向巴降措", "leader", [
        ("审计报告复核把关不严，审计发现问题“大事化小”", "岗位职责风险", "中",
         "审计报告实行三级复核，问题定性对照法规条款。", None, False),
        ("审计整改督促不力，对整改不到位的不追踪", "岗位职责风险", "中",
         "建立整改台账，逐项对账销号。", "2024年新增", False),
    ]),
    ("财政金融审计股", "股长", "阚柘屿", "middle", [
        ("本级预算执行审计中对延伸审计单位发现的问题不如实报告", "岗位职责风险", "高",
         "延伸审计事项纳入审计组内部复核，问题线索登记移送。", None, False),
        ("接受被审计单位宴请、礼品", "外部环境风险", "中", "审计进点时公布“四严禁”纪律和举报电话。", None, True),
        ("审计取证不充分，被审计单位书面承诺流于形式", "业务流程风险", "中",
         "取证单经被审计单位签认，资料真实性承诺书随卷归档。", "2024年新增", False),
    ]),
    ("财政金融审计股", "审计员", "仉珞宁", "general", [
        ("泄露审计工作秘密和被审计单位商业秘密", "制度机制风险", "中", "审计资料专柜保管，电子数据加密存储。", None, False),
        ("审计工作底稿随意修改、事后补记", "业务流程风险", "低", "底稿由审计组长逐份复核签字。", None, True),
    ]),
    ("经济责任审计股", "股长", "嵇湛淇", "middle", [
        ("领导干部经济责任审计评价失之于宽，对责任界定避重就轻", "岗位职责风险", "高",
         "评价意见经审计业务会议审定，责任界定对照规定逐项说明。", None, False),
        ("审计组成员与被审计领导干部存在利害关系未回避", "制度机制风险", "中", "审计组成员进点前签订回避承诺书。", None, False),
    ]),
    ("经济责任审计股", "科员", "鞠澜馨", "general", [
        ("审计中私自向被审计单位借用车辆", "外部环境风险", "低", "审计外勤一律使用局公务用车。", None, True),
        ("审计证据资料保管不善、遗失", "岗位职责风险", "低", "审计资料交接登记，双人签字。", None, True),
    ]),
    ("办公室", "主任", "邴昕昱", "middle", [
        ("公务接待超标准、超范围", "制度机制风险", "中", "接待实行公函和清单制度，按月公示。", None, False),
        ("聘请中介机构参与审计时选择不公开", "外部环境风险", "中", "中介机构按政府采购程序选定并公示。", "2024年新增", False),
    ]),
]  # fmt: skip


def audit_hidden_rows() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("一览表", [6, 14, 9, 10, 40, 13, 9, 36, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}2024年度岗位廉政风险防控一览表", 9)
    _line(sh, f"单位：{unit}{GAP * 16}2024年3月", 9)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施", "备注")
    first = len(sh.rows)
    hidden = []
    n = 0
    for dept, post, who, tier, points in AUDIT:
        for point, typ, lv, measures, note, gone in points:
            n += 1
            r = sh.add(n, dept, post, who, point, typ, lv, measures, note)
            if gone:
                hidden.append(r)
            else:
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：1.风险等级分高、中、低三级；2.本表在2023年度一览表基础上动态调整，已销号的风险点所在行已隐藏，"
              "不再列入本年度防控。", 9)  # fmt: skip
    sh.add("填表人：", None, None, None, "审核人：", None, None, "局长（签字）：", None)
    lay = _layout(
        "audit_hidden_rows", "https://www.fuliang.gov.cn/xzf/zdly/sjxx/t1069235.shtml",
        "(harder) 市审计局 2024年度岗位廉政风险防控一览表 made by editing the 2023 file, after the source's 县审计局 "
        "report on 县本级预算执行 (审计组, 延伸和追溯, 提供资料的真实性和完整性 书面承诺): a title, a merged ``单位：…　"
        "2024年3月`` line, then 序号/股室 merged (局领导, 财政金融审计股, 经济责任审计股, 办公室)/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/备注 (``2024年新增`` on the new points); "
        "the rows of the closed 2023 points are HIDDEN rows (Excel 隐藏行), not deleted: their 序号 stay, so the "
        "visible 序号 skip (1, 2, 4, 5, 6, 8 …), and one hidden run is a whole post (经济责任审计股 科员 鞠澜馨, who left); "
        "a ``注：…已销号的风险点所在行已隐藏，不再列入本年度防控。`` line and a 填表人/审核人/局长 line below",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["hidden_rows"] = hidden
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def fleet_center_checklist() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("排查表", [6, 14, 11, 10, 40, 11, 9, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报日期：2024年4月8日", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "庹砚翀", "leader", [
            ("公务用车购置、更新计划审核把关不严，超编制超标准配车", "制度机制", "高",
             "配车计划经中心主任办公会研究，报市政府审定后公示。"),
            ("办公用房调剂分配由个人决定，为关系单位多分多占", "思想道德", "高", "办公用房调剂方案集体研究，分配结果公开。"),
        ]),
        ("中心领导", "副主任", "降初翁姆", "leader", [
            ("对各单位公车公房联合巡检走过场，发现问题不督促整改", "岗位职责", "中", "巡检问题清单化，整改情况报市纪委监委。"),
        ]),
        ("公务用车管理股", "股长", "笪沄珩", "middle", [
            ("公务车辆未按流程调派，“派人情车”", "业务流程", "高", "用车一律通过公务用车服务平台申请，按序派车。"),
            ("车辆维修保养不在定点厂家，虚报维修项目", "外部环境", "中", "维修实行定点、报批、验收三道关，旧件回收。"),
        ]),
        ("公务用车管理股", "调度员", "逄骎澜", "general", [
            ("北斗定位轨迹异常不报告，为公车私用打掩护", "岗位职责", "中", "定位数据每日比对，异常轨迹当日报告股长。"),
            ("加油卡与车辆不对应，油费虚高", "制度机制", "低", "一车一卡，油耗按月统计公示。"),
        ]),
        ("公房管理股", "股长", "訾湉蓁", "middle", [
            ("核定办公用房面积时降低标准，对超标准使用的默许", "岗位职责", "高", "办公用房面积实地测量，台账与权属登记一致。"),
            ("已腾退办公用房被擅自使用、出租收益不入账", "外部环境", "中", "腾退用房统一封存，出租收益按非税收入上缴。"),
        ]),
        ("综合股", "会计", "钭琤玥", "general", [
            ("车辆运行费用报销票据审核不严", "业务流程", "中", "报销附派车单和定位轨迹截图，三级审核。"),
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
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "中心主任（签字）：", None)
    return _layout(
        "fleet_center_checklist", "http://jgswj.hunan.gov.cn/jgswj/qkjl/202302/t20230228_29258383.html",
        "市机关事务服务中心 廉政风险点排查表, after the source's 县机关事务中心 联合巡检 of 公车公房 (未按照流程调派, 北斗"
        "定位系统, 私车公养, 超标准配备使用办公用房, 擅自使用已腾退办公用房, 台账): ``附件2``, a title, a merged ``填报单位"
        "（盖章）：…　填报日期：2024年4月8日`` line, then 序号/科室 merged (中心领导, 公务用车管理股, 公房管理股, 综合股)/"
        "岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a blank row and "
        "``填表人： | 审核人： | 中心主任（签字）：``",
        [sh], t,
    )  # fmt: skip


def stats_bureau_cards() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    cards = [
        ("局长", "谯珝昶", "局长", "局领导", "leader", "主持局全面工作，负责统计数据发布审定。", [
            ("干预统计数据", "授意、指使统计人员修改统计数据，对下级虚报数据不纠正", "一级",
             "严格执行防范和惩治统计造假责任制，主要数据经局务会集体审定。"),
            ("擅自发布统计数据", "未经审核、评估即对外提供主要统计指标数据", "二级", "统计数据发布实行审核、签发两级制度。"),
            ("统计执法案件说情", "对拒报、迟报和虚报、瞒报的单位说情减轻处理", "一级", "执法案件集体研究，说情打招呼如实登记。"),
        ]),
        ("专业统计股", "昝琰澍", "股长", "专业统计股", "middle", "负责工业、服务业等专业统计报表的布置、审核和上报。", [
            ("统计报表审核把关不严", "对调查对象上报数据的逻辑差错、异常数据不查询、不核实", "二级",
             "报表审核留痕，疑点数据书面查询并存档。"),
            ("代报、代填统计数据", "替调查对象填报或自行修改报表数据", "一级", "联网直报数据由调查对象本人报送，修改须附说明。"),
            ("辅助调查员管理不严", "对乡镇辅助调查员台账不检查，原始记录缺失", "三级", "每季度抽查乡镇统计台账和原始记录。"),
        ]),
        ("统计执法监督股", "郏婳芃", "科员", "统计执法监督股", "general", "承办统计执法检查和统计违法案件调查。", [
            ("执法检查选择性", "检查对象不随机，重复检查或有意避开", "二级", "检查对象“双随机”抽取，结果公开。"),
            ("泄露统计调查对象信息", "将调查对象的商业秘密、个人信息对外提供", "二级", "统计资料专人专柜，查询登记。"),
            ("收受调查对象礼品", "执法检查中接受企业宴请、礼品礼金", "三级", "签订廉洁执法承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 16, 34, 10, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓　名", who, "职　务", post, "所在股室", dept)
        _line(sh, f"岗位职责：{duty}", 6)
        r = sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for i, (point, desc, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, desc, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("持卡人（签字）：", None, None, None, "2024年5月", None)
        sheets.append(sh)
    return _layout(
        "stats_bureau_cards", "http://146.56.203.80:81/qzbm/detail/content/5edda4b5d9e5dc081b000032.html",
        "市统计局 岗位廉政风险防控卡, one sheet a holder (tabs 局长, 专业统计股, 统计执法监督股), after the source's 统计"
        "数据质量管理制度 (统计负责人, 辅助调查员, 审核、评估, 拒报、迟报, 虚报、瞒报、伪造、篡改, 擅自发布统计数据): a "
        "title, ``姓　名 | … | 职　务 | … | 所在股室 | …`` in one row, a merged ``岗位职责：…`` line, then 序号/a short "
        "风险点/a long 风险表现/风险等级 ``一级/二级/三级``/防控措施 (merged over two columns); no type column; a blank "
        "row and ``持卡人（签字）： | 2024年5月``",
        sheets, t,
    )  # fmt: skip


def water_bureau_groups() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("一览表", [6, 12, 10, 14, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "岗位", "姓名", "职权事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "甯劭澧", "leader", [
                ("水利工程建设", "插手水利工程项目招投标，为特定企业中标提供便利", "思想道德风险", "Ⅰ级",
                 "水利工程项目全部进入公共资源交易平台，领导干部插手干预如实登记。"),
                ("河道采砂管理", "河道采砂权出让方案由个人决定", "制度机制风险", "Ⅰ级", "采砂权一律公开拍卖，出让方案集体研究。"),
            ]),
            ("副局长", "隗瑑溟", "leader", [
                ("防汛物资采购", "防汛物资应急采购不比价，验收把关不严", "业务流程风险", "Ⅱ级", "应急采购事后补办手续并公示，三人验收。"),
            ]),
        ]),
        ("二、水资源管理股", "水资源管理股", [
            ("股长", "厍澈沣", "middle", [
                ("取水许可审批", "对不符合条件的申请新办理取水许可", "岗位职责风险", "Ⅰ级", "取水许可现场核查两人以上，审批结果公开。"),
                ("取水许可证年审", "年审走过场，对超许可取水不处理", "业务流程风险", "Ⅱ级", "年审对照计量数据，超量取水按规定处理。"),
            ]),
        ]),
        ("三、水政监察大队", "水政监察大队", [
            ("大队长", "茆霈林", "middle", [
                ("水事违法案件查处", "对非法采砂等水事违法案件降格处理、以罚代管", "岗位职责风险", "Ⅰ级",
                 "案件处理经集体讨论，罚没款一律缴入财政专户。"),
            ]),
            ("执法队员", "沃浥尘", "general", [
                ("砂石禁采联合执法", "向非法采砂船只、砂场通风报信", "外部环境风险", "Ⅱ级", "执法行动临时通知，执法记录仪全程记录。"),
                ("涉水工程巡查", "巡查发现问题不制止、不报告", "岗位职责风险", "Ⅲ级", "巡查轨迹上传，问题当日报告。"),
            ]),
        ]),
        ("四、计划财务股", "计划财务股", [
            ("出纳", "劳昱汀", "general", [
                ("水资源费、防汛费收缴", "收缴款项不开票、延迟解缴", "制度机制风险", "Ⅱ级", "收缴款项当日入账，每月与财政对账。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for power, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, power, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 8)
    return _layout(
        "water_bureau_groups", "http://m.gzbyapp.com/newscenter/df/hub/201107/t20110721_159566.html",
        "市水利局 岗位廉政风险防控一览表, after the source's 市水利局 half year (水事违法案件, 砂石禁采联合执法, 采砂船只, 取水"
        "许可证年审, 新办理取水许可, 水资源费、防汛费): a title, then 序号/岗位/姓名/职权事项/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under group rows ``一、局领导``, ``二、水资源管理股``, ``三、水政监察大队``, "
        "``四、计划财务股`` merged across (no 股室 column), 岗位 and 姓名 merged per person; a ``注：`` line on the levels",
        [sh], t,
    )  # fmt: skip


def archives_selfcheck() -> dict:
    unit = f"{PLACE}档案馆"
    t = _Truth(unit)
    people = [
        ("馆长", "尉迟蕴珂", "女", "1975年9月", "馆领导", "馆长", "leader", [
            ("数字化外包", "档案数字化服务外包招标中为特定公司量身设置条件", "思想道德", "高风险",
             "外包项目进入政府采购程序，招标文件经馆务会审定。"),
            ("档案进馆", "对应进馆单位档案接收标准执行不一，人情接收", "制度机制", "中风险", "接收标准公开，进馆档案逐卷验收。"),
            ("经费使用", "档案保护经费使用不经集体研究", "制度机制", "中风险", "大额经费支出经馆务会研究。"),
        ]),
        ("接收征集股", "桓湄筠", "女", "1986年3月", "接收征集股", "股长", "middle", [
            ("征集档案", "征集散存档案时虚报征集费用", "岗位职责", "中风险", "征集协议和费用经馆长审批，资料入库登记。"),
            ("外包加工场所", "数字化加工场所不按要求监控，档案实体出库不登记", "业务流程", "高风险",
             "加工场所视频监控全覆盖，档案出入库双人交接。"),
            ("质量验收", "对外包成果质量验收走过场", "岗位职责", "低风险", "成果逐批抽检，抽检记录存档。"),
        ]),
        ("利用服务股", "泽翁拉珍", "女", "1991年11月", "利用服务股", "档案管理员", "general", [
            ("档案查阅利用", "为不符合条件的人员提供查阅、复制", "岗位职责", "中风险", "查阅利用凭证件登记，超范围查阅报馆长审批。"),
            ("出具档案证明", "出具档案证明收取费用或出具不实证明", "外部环境", "高风险", "档案证明经复核盖章，不收取任何费用。"),
            ("信息保密", "泄露未开放档案和个人信息", "制度机制", "低风险", "未开放档案专库保管，利用系统权限分级。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, born, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 14, 36, 12, 12, 34])
        _line(sh, f"{unit}个人廉政风险自查表", 6)
        sh.add("姓　名", who, "性　别", sex, "出生年月", born)
        sh.add("所在股室", dept, "职　务", post, "填表日期", "2024年4月")
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, None, "股室负责人（签名）：", None, None)
        sheets.append(sh)
    return _layout(
        "archives_selfcheck", "http://cdxdkj.com/read/21/7.html",
        "市档案馆 个人廉政风险自查表, one sheet a person (tabs 馆长, 接收征集股, 利用服务股), after the source's piece on "
        "档案数字化服务外包 安全 (发包方, 岗位责任制, 加工场所, 视频监控, 招标考察, 资质信用): a title, ``姓　名 | … | 性　别"
        " | … | 出生年月 | …`` and ``所在股室 | … | 职　务 | … | 填表日期 | 2024年4月`` above, then 序号/工作环节/风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a blank row and ``自查人（签名）： | 股室负责人"
        "（签名）：``",
        sheets, t,
    )  # fmt: skip


def drc_duty_list() -> dict:
    unit = f"{PLACE}发展和改革局"
    sh = _Sheet("责任清单", [6, 18, 12, 22, 38, 9, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, "风险等级：★★★为高风险，★★为中风险，★为低风险", 8)
    sh.add("序号", "股室", "岗位", "职责事项", "风险点", "风险等级", "防控措施", "责任领导")
    lead, grain, price, invest = "局领导", "粮食和物资储备股", "价格认证中心", "投资和项目股"
    rows = [
        (lead, "局长", "leader", "主持全面工作", "重大项目安排和资金分配未经集体研究", "★★★",
         "落实“三重一大”集体决策制度，会议纪要存档。", "局长"),
        (lead, "副局长", "leader", "分管粮食和物资储备", "市级储备粮轮换计划审批把关不严", "★★★",
         "轮换计划会同市财政局审核，结果报市政府备案。", "局长"),
        (grain, "股长", "middle", "储备粮监督检查", "对承储企业储备粮数量、质量检查走过场", "★★★",
         "检查采取“四不两直”方式，检查结果书面反馈。", "分管副局长"),
        (grain, "经办员", "general", "储备粮轮换验收", "轮换入库验收不到现场，以次充好", "★★",
         "入库验收会同财政、农发行联合进行，抽样检验。", "分管副局长"),
        (price, "主任", "middle", "涉案财物价格认定", "价格认定结论受当事人干扰", "★★",
         "认定结论经集体审议，认定人员回避。", "分管副局长"),
        (price, "价格认定员", "general", "价格认定现场勘验", "勘验中接受当事人宴请、礼品", "★",
         "勘验两人以上，签订廉洁承诺。", "分管副局长"),
        (invest, "股长", "middle", "政府投资项目审批", "为不符合条件的项目出具批复", "★★★",
         "审批事项清单化，批复前经联审会审查。", "分管副局长"),
        (invest, "科员", "general", "中央预算内投资项目申报", "项目申报材料把关不严，帮助虚报项目", "★★",
         "申报项目实地核查，申报清单公示。", "分管副局长"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", tier, point, [], STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("编制：", None, None, "审核：", None, None, "2024年5月", None)
    return _layout(
        "drc_duty_list",
        "http://www.gsgz.gov.cn/gzzfxxgk/zfwj_6041/zcwj_6041/agwzlfl/gqzbf_6043/202102/t20210210_583989.html",
        "市发展和改革局 廉政风险防控责任清单 对岗不对人, after the source's 区级储备粮管理办法 (区发展改革局（区粮食和物资"
        "储备局）会同区财政, 储备粮 轮换, 承储企业): a title, a merged ``风险等级：★★★为高风险…`` line, then 序号/股室 merged "
        "(局领导, 粮食和物资储备股, 价格认证中心, 投资和项目股)/岗位/``职责事项``/风险点/风险等级 ``★★★/★★/★``/防控措施/"
        "``责任领导`` (posts: 局长, 分管副局长); no names, no type column; a blank row and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def health_leaders_and_sections() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 10, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("亢骅曦", "局长", "主持全面工作，分管财务、医疗项目建设", [
            ("医疗项目建设中插手工程招标和设备采购", "高", "项目建设和大型设备采购进入公共资源交易平台。"),
            ("干部选拔和公立医院院长任用搞个人说了算", "高", "干部任用经党组会集体研究，全程纪实。"),
        ]),
        ("麴沁瑗", "副局长", "分管医政医管、中医药、“一老一小”", [
            ("医疗机构设置审批和执业校验中优亲厚友", "中", "审批校验条件公开，现场核查两人以上。"),
            ("托育机构备案把关不严", "低", "备案材料清单化，备案结果公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    recs = []
    for who, post, work, items in leaders:
        for point, lv, measures in items:
            n += 1
            recs.append([n, who, post, work, point, lv, measures])
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    first = len(lead.rows)
    lead.rows.extend(recs)
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 20, 10, 10, 38, 9, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "揭彧暄", "middle", [
            ("医疗纠纷调处中偏袒一方", "中", "调处引入第三方，调处意见书面留存。"),
            ("医师执业注册材料审核不严", "中", "注册材料网上核验，办理结果公开。"),
        ]),
        ("人口监测与家庭发展股", "经办员", "晏澂澜", "general", [
            ("计划生育特别扶助对象资格审核不严，违规纳入", "高", "扶助对象村级评议、乡镇审核、市级审批，三榜公示。"),
            ("扶助资金发放不及时或截留", "中", "资金通过“一卡通”直接发放，按季对账。"),
        ]),
        ("综合监督股", "科员", "冼翊铮", "general", [
            ("卫生监督检查中对违法行为不立案、降格处理", "高", "检查全程执法记录，案件集体审议。"),
            ("信息“三审”不落实，健康公众号发布内容未审核", "低", "发布内容实行初审、复审、终审三审制度。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, items in rows:
        for point, lv, measures in items:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "health_leaders_and_sections", "https://www.ahqy.gov.cn/OpennessContent/show/1475791.html",
        "市卫生健康局 file in two sheets, after the source's 县卫健委 2023 summary (信息“三审”, 微信公众号, 医疗项目建设, "
        "中医药, “一老一小”): ``班子成员`` — title, 序号/姓名/职务/分管工作 merged per leader/风险点/风险等级 高/中/低/"
        "防控措施; ``股室`` — title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def veterans_two_row_register() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("排查登记表", [6, 14, 10, 10, 20, 34, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险排查登记表", 9)
    top = sh.add("序号", "股室", "岗位", "姓名", "风险识别", None, "风险评估", None, "防控措施")
    sh.add(None, None, None, None, "风险点", "表现形式", "风险类型", "风险等级", None)
    for c in (0, 1, 2, 3, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 5)
    sh.merge(top, 6, top, 7)
    rows = [
        ("局领导", "局长", "莘瀚頔", "leader", [
            ("安置岗位分配", "退役士兵安置岗位分配不按考试成绩排序，为关系人调剂", "思想道德", "一级风险",
             "安置计划、成绩和岗位选择全程公开，纪检全程监督。"),
            ("困难帮扶资金审批", "帮扶资金审批未经集体研究", "制度机制", "二级风险", "帮扶资金审批经局党组会研究，结果公示。"),
        ]),
        ("优抚安置股", "股长", "荀霁泠", "middle", [
            ("优抚对象年审", "年审不见本人、不查验证件，减员不及时", "业务流程", "一级风险",
             "年审见人见证，与民政、公安死亡数据比对。"),
            ("抚恤补助金发放", "对套取冒领抚恤补助金的不追回", "岗位职责", "一级风险", "冒领资金限期追回，追回情况按季通报。"),
        ]),
        ("优抚安置股", "经办员", "卓嘎拉珍", "general", [
            ("信息采集录入", "录入优抚对象信息时虚增人员、篡改身份信息", "岗位职责", "二级风险", "录入信息双人复核，系统修改留痕。"),
        ]),
        ("权益维护股", "股长", "柏琮岳", "middle", [
            ("涉军信访处理", "对退役军人诉求推诿拖延、选择性办理", "外部环境", "三级风险", "诉求登记编号，办结回访。"),
        ]),
        ("办公室", "出纳", "苌婉琰", "general", [
            ("优抚资金拨付", "优抚资金拨付不按花名册，账实不符", "制度机制", "二级风险", "资金拨付凭审核花名册，每月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("排查人：", None, None, None, "局长（签字）：", None, None, "2024年6月", None)
    return _layout(
        "veterans_two_row_register", "http://m.news.wmxa.cn/n/201511/288559.html",
        "市退役军人事务局 廉政风险排查登记表, after the source's 街办 优待抚恤对象 年审 (见本人、查验证件, 减员, 套取冒领"
        "抚恤补助金): a title, then a header in two rows — 序号/股室/岗位/姓名/防控措施 merged down over both, ``风险识别`` "
        "merged across ``风险点 | 表现形式`` and ``风险评估`` across ``风险类型 | 风险等级`` — then 股室 merged (局领导, "
        "优抚安置股, 权益维护股, 办公室), 岗位 and 姓名 merged per person, a short 风险点 beside a long 表现形式, short types, "
        "``一级风险/二级风险/三级风险``; a blank row and ``排查人： | 局长（签字）： | 2024年6月``",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    audit_hidden_rows(),
    fleet_center_checklist(),
    stats_bureau_cards(),
    water_bureau_groups(),
    archives_selfcheck(),
    drc_duty_list(),
    health_leaders_and_sections(),
    veterans_two_row_register(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (bordered 宋体 cells, dates, taller rows for Alt+Enter) plus the rows a
    sheet lists in ``hidden_rows`` written hidden, as Excel's 隐藏 leaves them."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 3, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        hidden = set(sheet.get("hidden_rows") or ())
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if r in hidden:
                ws.set_row(r, None, None, {"hidden": True})
            elif lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with this module's ``write_xlsx`` (hidden rows)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch257-inbox"))

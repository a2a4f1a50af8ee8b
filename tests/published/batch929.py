"""The nine-hundred-and-twenty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's
development, reform and state-assets bodies, 仁布县 (日喀则市, 西藏自治区) — its 发展和改革委员会,
价格认定中心, 国有资产监督管理办公室, 重点项目服务中心, 粮油储备站, 城乡建设投资有限公司 (a 县属国有企业)
and two 乡镇经济发展办公室 (切娃乡, 德吉林镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 发展和改革委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 价格认定中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 国有资产监督管理办公室's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 重点项目服务中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 粮油储备站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 切娃乡经济发展办公室's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 德吉林镇经济发展办公室's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``renbu_city_investment_company_proxy_signed``: the 城乡建设投资有限公司's 岗位廉洁风险点一览表, an
  ordinary list (``序号 | 部门 | 岗位 | 廉洁风险点 | 风险等级 | 防控措施 | 责任人签字``, 部门 merged, 岗位
  and 责任人签字 merged per person, 高/中/低) whose ONLY names are in the last column, where each
  holder signed the list — and three holders, away (驻村, 外出学习), were SIGNED FOR BY A COLLEAGUE,
  their 部门负责人, who is himself a holder of the list: ``权翃泓（鲜濬岐代签）``,
  ``鲜岑淯代权漪岏签``, ``权泠岵（鲜澥峒代签）``; a ``注：`` line says so (``责任人因驻村、外出学习不能
  本人签字的，由所在部门负责人代为签字，并注明代签人。``). The holder is the person signed FOR, not
  the signer. The README's 读得懂的表 and docs/layouts.md know a signature column as the holder
  column (``本人签字确认``, ``岗位人员确认（签字、日期）`` with a name and a date), a signature once a
  block, the current and the former holder in one cell (``现：…⏎原：…``, an arrow ``A→B``), an
  acting holder for a vacant post (``空缺（由…代管）``), a 直接责任人/分管领导 pair and names with a
  bracketed note (民族, 性别, 政治面貌); they do not describe a proxy signature (``代签``, ``A代B签``),
  where the cell names two people of the list and the holder is the one signed for.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市发改委 十四五 规划纲要 — 规划,
重点项目, 政府投资; a page on 价格监测 — 定点监测, 周期性报表, 价格异常波动; an 自治区 审计工作报告 —
国有资产, 资金管理, 重点项目; a report on 西藏 重点建设项目 集中开复工 — 计划投资, 开工复工, 调度; a
report on 西藏 地方粮食储备 — 三级储备体系, 青稞储备, 储备稻谷; two reports on 以工代赈 — 示范工程,
劳务报酬, 补助资金, 村工程乡代建; a piece on 国有企业 招投标 监管 — 插手干预招标采购, 利用职务便利)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (the rare surnames 鲜 and 权 with rare given names); every
unit is a body of 仁布县.

Run ``python tests/published/score.py --set batch929`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder of a row is the person its 责任人签字 cell is signed FOR: a plain
  name is the holder; ``X（Y代签）`` and ``Y代X签`` name X, the absent holder, and Y, the colleague
  who signed for X (Y holds his own rows under his own plain signature); 代签 names no second holder
  and no supervisor;
- ``委领导``, ``中心领导``, ``站领导``, ``办领导``, ``公司领导`` (a 科室/部门/股室 cell, a group row) are the
  科室 of those leaders; the 发改委's leaders (sheet ``委领导``) and the cards' leaders have no 科室; a
  股, 组 or 部 is a 科室; a group row ``二、项目服务股`` gives the 科室 ``项目服务股``;
- every body is a unit of its own: 主任 and 副主任 (委, 办, 中心), 站长, 董事长 and 总经理 are leaders;
  股长 and 部长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 价格认定中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b929_"
PLACE = "仁布县"
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

# (部门, 岗位, 责任人签字 as typed, the holder, tier, [(廉洁风险点, 风险等级, 防控措施)])
PROXIED = [
    ("公司领导", "董事长", "鲜濬岐", "鲜濬岐", "leader", [
        ("“三重一大”事项不经董事会集体决策，个人说了算", "高", "重大事项经董事会集体研究，会议纪要报县国资办备案。"),
        ("干预公司承建项目的分包和材料采购", "高", "分包和大宗材料采购进入县公共资源交易平台。"),
    ]),
    ("公司领导", "总经理", "权翃泓（鲜濬岐代签）", "权翃泓", "leader", [
        ("工程款支付审批不按合同和进度", "高", "工程款凭监理签认的进度报表支付，财务部复核。"),
        ("公司车辆、资产出租定价随意", "中", "资产出租公开竞价，合同报县国资办备案。"),
    ]),
    ("财务部", "部长", "鲜岑淯", "鲜岑淯", "middle", [
        ("融资资金使用不按批复用途", "高", "融资资金专户管理，用途变更报董事会审批。"),
        ("往来款长期挂账不清理", "中", "往来款每季度对账清理，结果报总经理办公会。"),
    ]),
    ("财务部", "出纳", "鲜岑淯代权漪岏签", "权漪岏", "general", [
        ("现金收支不及时入账，公款私存", "高", "现金日清月结，部长每月盘点库存现金。"),
        ("银行票据、印鉴一人保管", "中", "财务专用章与法人章分人保管，使用登记。"),
    ]),
    ("工程部", "部长", "鲜澥峒", "鲜澥峒", "middle", [
        ("工程变更签证把关不严，虚增工程量", "高", "变更签证经监理、造价、工程部三方核签，超限额报董事会。"),
        ("隐蔽工程验收走过场", "中", "隐蔽工程验收留存影像资料，监理全程旁站。"),
    ]),
    ("工程部", "项目专员", "权泠岵（鲜澥峒代签）", "权泠岵", "general", [
        ("接受施工单位宴请，现场管理失之于宽", "低", "签订廉洁承诺书，现场检查两人以上同行。"),
        ("施工日志、计量资料补记代记", "中", "施工日志每日由监理签认，部长每周抽查。"),
    ]),
]  # fmt: skip


def renbu_city_investment_company_proxy_signed() -> dict:
    unit = f"{PLACE}城乡建设投资有限公司"
    sh = _Sheet("一览表", [6, 10, 10, 38, 9, 36, 18])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 7)
    sh.add("序号", "部门", "岗位", "廉洁风险点", "风险等级", "防控措施", "责任人签字")
    first = len(sh.rows)
    n = 0
    for dept, post, signed, who, tier, points in PROXIED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, lv, measures, signed)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 6)
    _line(
        sh, "注：责任人因驻村、外出学习不能本人签字的，由所在部门负责人代为签字，并注明代签人。", 7
    )
    sh.add("制表：综合办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "renbu_city_investment_company_proxy_signed", "https://wxredian.com/art?id=5a05afa1527c4643d0a1c531d42bed51",
        "(harder) 县属国有企业 (城乡建设投资有限公司) 岗位廉洁风险点一览表, after the source's piece on 国有企业 招投标 监管 "
        "(插手干预招标采购, 利用职务便利, 工程建设 招投标): a title, ``序号 | 部门 | 岗位 | 廉洁风险点 | 风险等级 | 防控措施 | "
        "责任人签字``, 部门 merged, 岗位 and 责任人签字 merged per person, 高/中/低, no type column; the ONLY names are "
        "in the 责任人签字 column and for three absent holders a colleague SIGNED ON THEIR BEHALF: "
        "``权翃泓（鲜濬岐代签）`` and ``鲜岑淯代权漪岏签`` (the 代签人 is another holder of the list, the holder's "
        "部门负责人), a ``注：`` line saying absent holders are signed for by their 部门负责人 with the signer named",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def renbu_development_reform_two_sheets() -> dict:
    unit = f"{PLACE}发展和改革委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}委领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鲜翀峤", "主任", "主持全面工作", [
            ("政府投资项目计划安排个人说了算", "一级", "年度投资计划经委党组会集体研究，报县政府审定。"),
            ("为亲友承揽重点项目打招呼、递条子", "一级", "领导干部插手项目登记报告，项目招标全程进平台。"),
        ]),
        ("权澂岚", "副主任", "分管固定资产投资、以工代赈", [
            ("项目可研和初步设计审批降低标准", "一级", "可研、初设经专家评审，审批结果网上公开。"),
            ("以工代赈项目和劳务报酬安排向关系户倾斜", "二级", "以工代赈项目在乡村公示，劳务报酬打卡发放。"),
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
        ("规划股", "股长", "鲜岍溱", "middle", "规划编制委托不经比选，指定编制单位", "二级", "规划编制委托三家比选，结果公示。"),
        ("规划股", "股长", "鲜岍溱", "middle", "项目入库审核不严，储备项目弄虚作假", "二级", "项目入库股室初审、分管领导复审。"),
        ("投资股", "股长", "权湉嵛", "middle", "中央预算内投资项目资金下达不及时、截留", "一级", "资金下达文件网上公开，按月调度支付进度。"),
        ("投资股", "科员", "鲜沚砚", "general", "项目申报材料审核走过场", "三级", "申报材料双人审核，留存审核记录。"),
        ("综合股", "会计", "权璆淏", "general", "报账审核不严，虚列会议培训费用", "二级", "报账单据三级审核，会议培训附签到表。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "renbu_development_reform_two_sheets", "http://www.rikaze.gov.cn/wap/m-news-detail.thtml?cid=214901",
        "县发展和改革委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 市发改委 十四五 规划纲要 (规划编制, 重点项目, "
        "政府投资, 以工代赈): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def renbu_price_center_posts() -> dict:
    unit = f"{PLACE}价格认定中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "价格认定结论审定", "授意改变价格认定结论，为当事人谋利", "岗位职责风险", "高",
         "认定结论经集体审议，审议记录存档。"),
        ("认定股", "股长", "middle", "涉案财物价格认定", "收受当事人好处，高估或低估认定价格", "思想道德风险", "高",
         "认定实行两人以上承办，结论复核。"),
        ("认定股", "认定员", "general", "价格认定现场勘验", "勘验记录不实，遗漏影响价格的因素", "业务流程风险", "中",
         "勘验留存影像，当事人签字确认。"),
        ("监测股", "监测员", "general", "定点价格监测", "监测数据不按周期采集，编造报表", "制度机制风险", "中",
         "监测数据系统留痕，每月抽查原始记录。"),
        ("监测股", "监测员", "general", "价格异常波动报告", "发现价格异常波动瞒报、迟报", "外部环境风险", "低",
         "异常波动当日报告，分管领导签批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "renbu_price_center_posts", "http://www.bestldswebsites.com/fuwuchanpin/detail-49.html",
        "县价格认定中心 岗位廉政风险点排查表 对岗不对人, after the source's page on 价格监测 (定点监测, 周期性价格监测报表, 专项调查, "
        "价格异常波动): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def renbu_state_assets_office_cards() -> dict:
    unit = f"{PLACE}国有资产监督管理办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "权瀞屺", "主任", "主持全面工作", "leader", [
            ("县属国有企业重大投资事项审核把关不严", "★★★", "重大投资事项经办务会集体研究，报县政府审定。"),
            ("国有产权转让、资产处置评估价格失实", "★★★", "资产处置委托评估并进场公开交易。"),
            ("接受监管企业宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "鲜昶霂", "副主任", "分管企业监管、资产统计", "leader", [
            ("企业负责人薪酬和考核结果核定不公", "★★", "考核结果在监管企业内公示。"),
            ("国有资产统计报表审核不严，数据失真", "★★", "报表与企业财务决算逐项核对。"),
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
        "renbu_state_assets_office_cards", "http://sjt.xizang.gov.cn/xwzx/gsgg/202010/t20201028_180384.html",
        "县国有资产监督管理办公室 领导干部廉政风险防控卡, one sheet a leader, after the source's 自治区 审计工作报告 (国有资产, "
        "重点项目, 政府投资, 资金管理): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def renbu_key_projects_center_group_rows() -> dict:
    unit = f"{PLACE}重点项目服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "鲜晔峋", "leader", [
                ("重点项目开复工调度中为施工企业说情", "一级风险", "项目调度会集体研究，纪要公开。"),
                ("项目代办服务中收受企业好处", "一级风险", "代办事项登记台账，办结后回访企业。"),
            ]),
        ]),
        ("二、项目服务股", "项目服务股", [
            ("股长", "权沄翙", "middle", [
                ("重点项目投资完成情况统计虚报", "二级风险", "投资完成额与财务支付凭证核对。"),
            ]),
            ("科员", "鲜淏岱", "general", [
                ("项目前期手续代办中泄露企业信息", "二级风险", "签订保密承诺书，资料专人保管。"),
                ("接受企业宴请，代办事项优亲厚友", "三级风险", "代办事项按受理顺序办理。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("会计", "权琤漪", "general", [
                ("项目前期工作经费报账审核不严", "二级风险", "经费报账附合同和验收单，三级审核。"),
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
        "renbu_key_projects_center_group_rows", "http://pzjy315.com/m/view.php?aid=7816",
        "县重点项目服务中心 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 西藏 重点建设项目 集中开复工 "
        "(重点项目, 计划投资, 开工复工, 调度): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、中心领导``, ``二、项目服务股``, ``三、综合股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def renbu_grain_reserve_station_selfchecks() -> dict:
    unit = f"{PLACE}粮油储备站"
    t = _Truth(unit)
    people = [
        ("权岫漭", "站领导", "站长", "leader", [
            ("储备青稞轮换出入库价格、对象暗箱操作", "Ⅰ级", "轮换竞价交易进平台，结果公示。", "已落实"),
            ("仓储设施维修项目化整为零规避招标", "Ⅱ级", "维修项目按限额报县发改委审批。", "未发现问题"),
        ]),
        ("鲜蘅泚", "仓储组", "保管员", "general", [
            ("虚报储粮损耗，账实不符", "Ⅰ级", "每季度库存检查，损耗按定额核销。", "已落实"),
            ("出入库检斤虚增重量", "Ⅰ级", "检斤数据系统自动采集，双人复核。", "已落实"),
        ]),
        ("权汧琰", "财务组", "会计", "general", [
            ("青稞收购资金结算凭证虚开", "Ⅰ级", "结算凭证联号使用，与检斤单逐笔核对。", "未发现问题"),
            ("储备费用补贴申报不实", "Ⅱ级", "补贴申报附库存报表，站长签字。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "renbu_grain_reserve_station_selfchecks", "http://www.njpanjin.com/cn/ecology/202401/t20240115_7556936.html",
        "县粮油储备站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on 西藏 地方粮食储备 "
        "(区市县三级储备体系, 青稞储备, 储备稻谷, 采购调运): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def renbu_qiewa_township_economy_office_list() -> dict:
    unit = f"{PLACE}切娃乡经济发展办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "鲜峄澜", "leader", "以工代赈项目务工人员选用优亲厚友", "制度机制", "高风险",
         "务工人员由村推荐、乡审核并公示。"),
        ("办领导", "主任", "鲜峄澜", "leader", "项目实施单位选定不经集体研究", "岗位职责", "中风险",
         "实施单位经乡党委会研究确定。"),
        ("项目组", "项目专干", "权溦珂", "general", "劳务报酬发放虚报冒领", "业务流程", "高风险",
         "劳务报酬按考勤打卡发放到人。"),
        ("项目组", "项目专干", "权溦珂", "general", "项目验收把关不严", "思想道德", "低风险",
         "验收邀请村民代表参加。"),
        ("统计组", "统计员", "鲜瀛岨", "general", "代填代报企业统计数据", "外部环境", "中风险",
         "统计数据由企业自行填报，乡里审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "renbu_qiewa_township_economy_office_list", "http://hdzc.net/html/news/hb/2017_05/17/14213421.html",
        "乡经济发展办公室 岗位廉政风险防控一览表, after the source's report on 以工代赈 示范工程 (以工代赈资金, 劳务报酬, 乡村道路, "
        "小流域治理): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def renbu_dejilin_town_economy_office_register() -> dict:
    unit = f"{PLACE}德吉林镇经济发展办公室"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "权峣沨", "leader", [
            ("以工代赈补助资金拨付不按进度", "制度机制", "一级", "资金拨付凭监理进度报表，镇财政所复核。"),
            ("产业项目申报材料把关不严", "岗位职责", "二级", "申报材料经镇党委会研究后上报。"),
        ]),
        ("统计组", "统计员", "鲜湜岚", "general", [
            ("固定资产投资统计数据虚报", "业务流程", "一级", "统计数据与项目台账逐项核对。"),
        ]),
        ("项目组", "项目专干", "权沭瑶", "general", [
            ("项目工程量核实弄虚作假", "业务流程", "二级", "核实现场拍照留存，两人签字。"),
            ("接受施工单位吃请", "思想道德", "三级", "签订廉洁承诺书。"),
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
        "renbu_dejilin_town_economy_office_register", "http://www.pimpmycamper.com/news/2024/2024-05-13/547407.html",
        "镇经济发展办公室 廉政风险点排查登记表, after the source's report on 以工代赈 补助资金 下达 (农村基础设施, 劳务报酬比例, "
        "村工程乡代建): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    renbu_city_investment_company_proxy_signed(),
    renbu_development_reform_two_sheets(),
    renbu_price_center_posts(),
    renbu_state_assets_office_cards(),
    renbu_key_projects_center_group_rows(),
    renbu_grain_reserve_station_selfchecks(),
    renbu_qiewa_township_economy_office_list(),
    renbu_dejilin_town_economy_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch929-inbox"))

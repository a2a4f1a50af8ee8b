"""The five-hundred-and-seventy-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's tax and
statistics bodies, 杂多县 (玉树藏族自治州, 青海) — its 统计局, 统计普查中心 and 第五次全国经济普查领导
小组办公室, the 结多乡统计站, and the 萨呼腾, 扎青 and 昂赛 税务分局 of the 县税务局 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 统计局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 经济普查办's 排查表 对岗不对人: ``组室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 统计普查中心's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 萨呼腾税务分局's 责任清单 under GROUP ROWS ``一、分局领导`` … ``三、纳税服务股`` merged across (no
  股室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 结多乡统计站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 扎青税务分局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 昂赛税务分局's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zaduo_tax_bureau_factor_ticks``: the 县税务局's 岗位廉政风险点评估表 has NO level column: each
  point was assessed against four 风险评估要素, ``风险评估要素（具备的打“√”）`` merged over four
  sub-columns ``权力集中度高 | 自由裁量空间大 | 涉及资金资产 | 易受外部干预``, and a row ticks EVERY
  factor the point has — one to four ``√`` a row, all alike; a merged ``注：`` line under the table
  says the level is set by HOW MANY factors are ticked (three or more 一级, two 二级, one 三级). So a
  point's level is the COUNT of its ticks, banded by the note. 序号, 股室 merged, 岗位 and 姓名 merged
  per person, 廉政风险点 and 防控措施 are plain. The README's 读得懂的表 knows ``风险等级`` over ``一级 |
  二级 | 三级`` (or ``高 | 中 | 低``) with ONE ``√`` a row, votes under ``高 | 中 | 低`` (the most
  wins), score columns ``1 | 2 | 3 | 4 | 5`` with one ``●`` banded by a note, LEC factors
  multiplied, a likelihood × impact grid, and ``风险类型`` over type columns ticked (several allowed);
  it does not describe a table that grades a point by the NUMBER of assessment factors ticked for
  it, the ticks under factor headings that are neither levels nor types.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 山区县 税务局 课题组 on 社保费征收
— 人社核基、税务征收, 欠费追征, 灵活就业人员, 办税服务厅; a 县区 经济普查 notice — 工作责任制, 普查经费,
依法普查, 不得虚报瞒报; a 州 经济普查 notice — 经费足额拨付, 清查摸底, 入户登记, 数据处理, 审核复查验收,
保密; a 人口普查 notice — 质量控制岗位责任制, 出示证件, 不得修改资料, 保密; a report on 涉税中介 曝光
— 虚开发票, 临时税务登记, 代开发票, 勾结税务人员; a 乡镇统计基础工作 scheme — 统计岗位, 原始记录,
统计台帐, 联网直报, 统计档案; a 领军人才 talk on 非税收入 — 行政事业性收费, 政府性基金, 罚没收入; a
study of 税收违法案件 — 虚开发票, 空壳企业, 成立时间短, 异常识别) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 劳 and 司寇 with rare given names); every unit is a body of 杂多县.

Run ``python tests/published/score.py --set batch572`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the number of factors ticked for it, banded as the note
  says (three or four 1, two 2, one 3); the ticks are no points, no level words and no types, and
  name no holder; the 填报单位/评估时间 line, the ``注：`` line and the 填表人/审核人 line are no points;
- ``局领导`` (a 股室 cell), ``分局领导`` (a group row or a 部门 cell), ``中心领导`` (a 所在组室 cell) and
  ``办领导`` (a 组室 cell) are the 科室 of those leaders; the 统计局's leaders (sheet ``局领导``, no
  科室 column) and the 统计站's cards have no 科室; a 局's or 分局's 股, an 办's or 中心's 组 and the
  办税服务厅 are 科室; a group row ``二、税源管理股`` gives the 科室 ``税源管理股`` (its number left off);
- every body is a unit of its own (a 税务分局 written with its 县局's name before it, the 统计站 with
  its 乡): 局长, 副局长, 分局长 and the 主任 of an 办 or 中心 are leaders; 股长, 组长 and a 乡's 统计站
  站长 are middle; the rest (股员, 会计, 统计员, 税收管理员, 办税员, 普查指导员, 数据处理员, 窗口受理员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 经济普查办's list names no person: its forms are
  posts (对岗不对人);
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

PREFIX = "b572_"
PLACE = "杂多县"
TAX = f"国家税务总局{PLACE}税务局"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def factor_level(ticks: tuple[int, ...]) -> int:
    """The note's bands: three or more factors 一级, two 二级, one 三级."""
    n = sum(ticks)
    assert n >= 1, ticks
    return 1 if n >= 3 else 2 if n == 2 else 3


# --------------------------------------------------------------------------- harder layout

# the 风险评估要素 across
FACTORS = ["权力集中度高", "自由裁量空间大", "涉及资金资产", "易受外部干预"]

# (股室, 岗位, 姓名, tier, [(廉政风险点, ticks under FACTORS, 防控措施)])
ASSESSED = [
    ("局领导", "局长", "劳翮渊", "leader", [
        ("“三重一大”事项和大额资金支出不经局党委会集体研究", (1, 1, 1, 1),
         "“三重一大”事项一律上党委会，会议纪要报市局备案。"),
        ("为亲友经营的企业办理涉税事项打招呼、说情", (1, 1, 0, 1),
         "执行领导干部插手干预涉税事项记录报告制度。"),
    ]),
    ("局领导", "副局长", "司寇珩", "leader", [
        ("社会保险费欠费追征中擅自缓缴、减免滞纳金", (1, 1, 1, 0),
         "缓缴和减免一律按规定程序集体审议，结果在办税服务厅公示。"),
        ("社保费退费审核把关不严，违规办理退费", (0, 1, 1, 0), "退费实行经办、复核、审批三级把关。"),
    ]),
    ("征收管理股", "股长", "劳琰昶", "middle", [
        ("个体工商户定额核定不公，“人情定额”", (0, 1, 1, 1),
         "定额核定经典型调查、集体审议，定额结果公示。"),
        ("非正常户认定和解除把关不严", (0, 1, 0, 0), "非正常户解除须实地核查，资料留存备查。"),
    ]),
    ("社会保险费和非税收入股", "股长", "司寇澂", "middle", [
        ("与人社部门交换的参保缴费数据不及时核对，造成漏征", (0, 0, 1, 0),
         "每月与人社、医保部门对账，差异逐户核实。"),
        ("非税收入不及时入库，截留、挪用", (0, 0, 1, 1), "非税收入当日缴库，每月与国库对账。"),
    ]),
    ("法制股", "股长", "劳澔珺", "middle", [
        ("重大税务案件审理走过场，定性处理不当", (1, 1, 0, 1),
         "重大案件审理委员会集体审理，审理意见书存档。"),
        ("不执行行政处罚裁量基准，处罚畸轻畸重", (0, 1, 0, 0), "处罚决定对照裁量基准逐项说明理由。"),
    ]),
    ("办税服务厅", "窗口受理员", "司寇璆", "general", [
        ("代开发票不审核业务真实性，为虚假业务代开", (0, 0, 1, 1),
         "代开发票核验合同和付款凭证，异常的移交风险管理部门。"),
        ("未清税即为纳税人办理注销", (0, 1, 0, 0), "注销实行清税证明前置，系统自动校验。"),
    ]),
]  # fmt: skip


def zaduo_tax_bureau_factor_ticks() -> dict:
    unit = TAX
    k = len(FACTORS)
    ncols = 5 + k + 1
    sh = _Sheet("评估表", [6, 14, 10, 9, 38] + [8] * k + [34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点评估表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}评估时间：2025年5月", ncols)
    top = sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险评估要素（具备的打“√”）",
                 *([None] * (k - 1)), "防控措施")  # fmt: skip
    sh.add(None, None, None, None, None, *FACTORS, None)
    for c in (0, 1, 2, 3, 4, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 4 + k)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ASSESSED:
        for point, ticks, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, *[TICK if x else None for x in ticks], measures)
            t.point(sh.name, dept, post, who, tier, point, [], factor_level(ticks))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：本表不单列风险等级，按各风险点具备的评估要素项数确定：具备3项及以上的为一级风险，"
              "具备2项的为二级风险，具备1项的为三级风险。", ncols)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, None, None, "局长（签字）：", None, None)
    return _layout(
        "zaduo_tax_bureau_factor_ticks", "http://www.fjswxh.com/contents/8/4399.html",
        "(harder) 县税务局 岗位廉政风险点评估表, after the source's 山区县 社保费征收 课题 (人社核基、税务征收, 欠费追征, "
        "灵活就业人员, 办税服务厅): a title, a merged ``填报单位：…　评估时间：…`` line, a TWO-ROW heading: "
        "序号/股室/岗位/姓名/廉政风险点/防控措施 merged down and ``风险评估要素（具备的打“√”）`` merged across four "
        "sub-columns ``权力集中度高 | 自由裁量空间大 | 涉及资金资产 | 易受外部干预``, each row ticking EVERY factor the "
        "point has (one to four ``√``); NO level column: a point's level is the NUMBER of factors ticked, banded by a "
        "merged ``注：`` line (three or more 一级, two 二级, one 三级); 股室 merged, 岗位 and 姓名 merged per person; no "
        "type column; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zaduo_statistics_bureau_two_sheets() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("劳晞珏", "局长", "主持全面工作", [
            ("统计数据发布前不经集体审定，擅自对外提供", "一级", "统计数据按发布日程集体审定后发布。"),
            ("经济普查工作责任制不落实，对下级虚报数据失察", "二级", "普查责任层层分解，督导检查情况每月通报。"),
        ]),
        ("司寇琬", "副局长", "分管统计执法、普查工作", [
            ("统计执法检查对象不按“双随机”抽取", "一级", "检查对象系统随机抽取，抽取过程录像存档。"),
            ("对统计违法案件降格处理、以罚代管", "二级", "案件处理经局务会集体研究，结果公开。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合股", "股长", "劳沅蘅", "middle", "普查经费不按工作进度拨付，截留挪用", "一级",
         "普查经费专账核算，拨付进度报局务会。"),
        ("综合股", "股长", "劳沅蘅", "middle", "普查宣传品采购不比价", "三级", "宣传品采购三家比价，验收双人签字。"),
        ("综合股", "会计", "司寇翀", "general", "财务报销凭证审核不严，虚列支出", "二级", "报销单据经办、审核、审批三签。"),
        ("专业统计股", "股长", "劳玹皓", "middle", "对调查对象虚报、瞒报数据不按规定核查", "一级",
         "异常数据逐条核查，核查记录存档。"),
        ("专业统计股", "股长", "劳玹皓", "middle", "规模以上企业入库审核把关不严", "二级", "入库资料初审、复审两级审核。"),
        ("统计执法监督股", "股长", "司寇沨", "middle", "统计违法案件查处中接受说情、打招呼", "一级",
         "执行说情干预登记报告制度，案件集体审理。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zaduo_statistics_bureau_two_sheets", "http://www.fsou.net/html/text/lar/170158/17015867_1.html",
        "县统计局 廉政风险防控一览表 in TWO SHEETS, after the source's 县区 经济普查 notice (工作责任制, 普查经费, 普查宣传, "
        "依法普查, 不得虚报瞒报, 统计执法机构查处): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zaduo_census_office_posts() -> dict:
    unit = f"{PLACE}第五次全国经济普查领导小组办公室"
    sh = _Sheet("排查表", [6, 12, 12, 16, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "组室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "普查经费分配", "普查经费不按进度足额拨付，挤占挪用", "制度机制风险", "高",
         "经费分配方案集体研究，使用情况接受审计。"),
        ("综合组", "组长", "middle", "普查人员选聘", "普查指导员、普查员选聘优亲厚友", "思想道德风险", "中",
         "选聘条件公开，选聘结果公示。"),
        ("业务组", "组长", "middle", "清查摸底", "清查摸底漏登、重登单位，不按规定核实", "岗位职责风险", "高",
         "清查底册与部门名录逐户比对。"),
        ("业务组", "普查指导员", "general", "入户登记", "授意普查对象虚报、瞒报普查数据", "外部环境风险", "高",
         "入户登记双人同行，登记结果由普查对象签字确认。"),
        ("数据处理组", "数据处理员", "general", "数据审核", "擅自修改普查数据，不留修改痕迹", "业务流程风险", "中",
         "数据修改经审核批准，系统留痕。"),
        ("数据处理组", "数据处理员", "general", "资料保管", "泄露普查对象的商业秘密", "思想道德风险", "低",
         "签订保密承诺书，普查资料专柜保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zaduo_census_office_posts", "http://www.fsou.net/html/text/lar/170109/17010970_2.html",
        "县经济普查领导小组办公室 岗位廉政风险点排查表 对岗不对人, after the source's 州 经济普查 notice (经费足额拨付, "
        "清查摸底, 入户登记, 数据处理, 审核复查验收, 保密义务): a title, 序号/组室 merged/岗位 merged per post/a short "
        "风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zaduo_census_centre_selfchecks() -> dict:
    unit = f"{PLACE}统计普查中心"
    t = _Truth(unit)
    people = [
        ("劳旸湜", "中心领导", "主任", "leader", [
            ("人口抽样调查样本单位擅自调整", "Ⅰ级", "样本调整按规定报批，调整情况存档。", "已落实"),
            ("普查质量控制岗位责任制不落实", "Ⅱ级", "质量控制责任分解到人，每月检查。", "未发现问题"),
        ]),
        ("司寇玙", "普查业务组", "业务员", "general", [
            ("将普查取得的个人资料用于普查以外的目的", "Ⅰ级", "普查资料限定用途，调阅须审批。", "已落实"),
            ("入户登记不出示证件、不按规定登记", "Ⅲ级", "入户前统一佩证，登记情况抽查复核。", "已落实"),
        ]),
        ("劳湘琤", "数据管理组", "数据管理员", "general", [
            ("数据录入中擅自修改普查原始资料", "Ⅰ级", "录入与复核分人负责，修改留痕。", "未发现问题"),
            ("普查档案借阅不登记", "Ⅲ级", "档案借阅登记，按期归还。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zaduo_census_centre_selfchecks", "http://fsou.com/html/text/lar/172211/17221120_3.html",
        "县统计普查中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 人口普查 "
        "notice (质量控制岗位责任制, 出示证件, 不得修改资料, 个人资料限定用途, 保密义务): a title, a label row "
        "``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def zaduo_sahuteng_tax_group_rows() -> dict:
    unit = f"{TAX}萨呼腾税务分局"
    sh = _Sheet("责任清单", [6, 11, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、分局领导", "分局领导", [
            ("分局长", "劳昉澈", "leader", [
                ("纵容涉税中介包揽业务，与中介有利益往来", "一级风险", "涉税中介实名管理，中介办税情况每季度分析。"),
                ("对虚开发票线索压案不查", "一级风险", "虚开线索登记台账，按期移交稽查。"),
            ]),
        ]),
        ("二、税源管理股", "税源管理股", [
            ("股长", "司寇湛", "middle", [
                ("新办企业实地核查走过场，空壳企业通过登记", "二级风险", "新办企业实地核查双人进行，留存影像。"),
            ]),
            ("税收管理员", "劳洹璋", "general", [
                ("违规为个体户办理临时税务登记", "二级风险", "临时税务登记资料逐项核验，定期抽查。"),
                ("对走逃失联企业不及时认定非正常户", "三级风险", "非正常户认定按月清理，结果报分局长。"),
            ]),
        ]),
        ("三、纳税服务股", "纳税服务股", [
            ("办税员", "司寇岫", "general", [
                ("代开发票不审核交易真实性", "二级风险", "代开发票核验合同、付款凭证，异常的暂停代开。"),
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
        "zaduo_sahuteng_tax_group_rows", "https://www.myzaker.com/article/6929048f8e9f0902dc6ae29d",
        "县税务局的 税务分局 廉政风险防控责任清单, after the source's report on 涉税中介 曝光 (虚开发票, 空壳企业, 临时税务"
        "登记, 代开发票, 勾结税务人员): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、分局领导``, ``二、税源管理股``, ``三、纳税服务股`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zaduo_jieduo_station_cards() -> dict:
    unit = f"{PLACE}结多乡统计站"
    t = _Truth(unit)
    cards = [
        ("站长", "劳琮岫", "站长", "负责全乡统计工作的组织协调和报表审核", "middle", [
            ("村级统计报表未经核实即汇总上报", "★★★", "村级报表逐村核对原始记录后汇总。"),
            ("统计台帐和原始记录不全，数出无据", "★★", "建立乡、村两级台帐，做到数出有源。"),
            ("接受调查对象宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("统计员", "司寇瑷", "统计员", "负责联网直报和统计资料管理", "general", [
            ("联网直报数据擅自改动", "★★★", "报送数据与台帐核对一致后上报，改动须站长签字。"),
            ("统计档案保管不善，资料丢失", "★", "统计档案按年度整理归档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duty, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zaduo_jieduo_station_cards", "http://ask.fsou.com/html/text/lar/172548/17254809_1.html",
        "乡统计站 岗位廉政风险防控卡, one sheet a holder, after the source's 乡镇统计基础工作 scheme (统计岗位, 统计人员 "
        "管理, 原始记录, 统计台帐, 联网直报, 统计档案): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zaduo_zhaqing_tax_list() -> dict:
    unit = f"{TAX}扎青税务分局"
    sh = _Sheet("一览表", [6, 12, 11, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("分局领导", "分局长", "司寇霁", "leader", "行政事业性收费项目擅自减免、缓征", "制度机制", "高风险",
         "减免缓征按规定报批，结果公示。"),
        ("分局领导", "分局长", "司寇霁", "leader", "分局经费开支不经集体研究", "岗位职责", "中风险",
         "经费开支按限额集体审批。"),
        ("税源管理组", "组长", "劳筠潆", "middle", "虫草经营个体户定额核定偏低", "外部环境", "高风险",
         "定额核定参照典型调查，核定结果公示。"),
        ("税源管理组", "税收管理员", "劳翊泷", "general", "罚没收入收缴不开具票据", "业务流程", "中风险",
         "罚没收入一律开具票据，当日缴库。"),
        ("税源管理组", "税收管理员", "劳翊泷", "general", "对纳税人申报资料不按规定审核", "岗位职责", "低风险",
         "申报资料按清单逐项审核。"),
        ("办税服务厅", "窗口受理员", "司寇璠", "general", "政府性基金缴款信息擅自更改", "业务流程", "中风险",
         "缴款信息更改须经组长审核，系统留痕。"),
        ("办税服务厅", "窗口受理员", "司寇璠", "general", "收受纳税人礼品礼金", "思想道德", "低风险",
         "签订廉洁承诺书，办税服务厅设意见箱。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "分局长（签字）：", None, None)
    return _layout(
        "zaduo_zhaqing_tax_list", "https://www.tax100.com/thread-525020-1-1.html",
        "县税务局的 税务分局 岗位廉政风险防控一览表, after the source's 领军人才 talk on 非税收入 征管 (行政事业性收费, "
        "政府性基金, 罚没收入, 费、类税、租、利、罚、捐): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/分局长（签字） line",
        [sh], t,
    )  # fmt: skip


def zaduo_angsai_tax_register() -> dict:
    unit = f"{TAX}昂赛税务分局"
    sh = _Sheet("登记表", [6, 12, 11, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("分局领导", "分局长", "劳峤璠", "leader", [
            ("新办企业发票领用数量核定随意", "制度机制", "一级", "发票领用数量按风险等级核定，集体审定。"),
            ("对空壳企业虚开线索不及时移送稽查", "岗位职责", "一级", "虚开线索三日内登记移送。"),
        ]),
        ("税源管理股", "股长", "司寇琛", "middle", [
            ("纳税评估走过场，评估结论不实", "业务流程", "二级", "评估报告经股务会审核，抽查复评。"),
        ]),
        ("税源管理股", "税收管理员", "劳昕澧", "general", [
            ("对成立时间短、开票量异常的企业不预警核查", "业务流程", "二级", "异常开票企业按周推送，逐户核查。"),
            ("与管户企业有经济往来", "思想道德", "三级", "每年申报与管户企业往来情况。"),
        ]),
        ("综合股", "会计", "司寇瑭", "general", [
            ("分局经费报销虚列支出", "制度机制", "二级", "报销凭证经办、审核、审批三签。"),
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
        "zaduo_angsai_tax_register", "http://www.victorzhang.cn/page/2022/0304/10108573.shtml",
        "县税务局的 税务分局 廉政风险点排查登记表, after the source's study of 税收违法案件 (虚开发票, 空壳企业, 成立时间短, "
        "持续违法, 异常识别特征): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zaduo_tax_bureau_factor_ticks(),
    zaduo_statistics_bureau_two_sheets(),
    zaduo_census_office_posts(),
    zaduo_census_centre_selfchecks(),
    zaduo_sahuteng_tax_group_rows(),
    zaduo_jieduo_station_cards(),
    zaduo_zhaqing_tax_list(),
    zaduo_angsai_tax_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch572-inbox"))

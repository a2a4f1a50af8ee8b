"""The five-hundred-and-seventy-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 工业和信息化 and
应急 bodies, 茫崖市 (海西蒙古族藏族自治州, 青海) — its 工业和信息化局, 应急管理局, 矿产资源服务中心, 工业园区
管理委员会 and 安全生产监督管理站 and two of its 镇 (冷湖镇, 花土沟镇) — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 工业和信息化局's 一览表 under ``附件1``: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``…风险``
  types, ``一级/二级/三级``;
- the 应急管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 矿产资源服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 工业园区管理委员会's 责任清单 under GROUP ROWS ``一、管委会领导`` … ``三、安全环保部`` merged across
  (no 部门 column), ``岗位 | 姓名`` merged per person, ``★★★/★★/★`` read by a ``注：`` line;
- the 安全生产监督管理站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged
  ``分管工作`` line, ``高风险/中风险/低风险``;
- the 冷湖镇's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row
  of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 花土沟镇's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, 高/中/低.

One is harder:

- ``mangya_enforcement_brigade_dual_duty``: the 应急管理综合行政执法大队's 岗位“一岗双责”风险排查表,
  ONE FORM FOR TWO PROGRAMMES. Each row is a row of a person (``序号 | 中队 | 岗位 | 姓名``, the last three
  merged per person), and the risk columns stand in TWO GROUPS side by side under a two-row heading:
  ``安全生产风险（双重预防）`` merged over ``风险点 | 风险等级 | 管控措施`` and ``廉政风险`` merged over
  ``廉政风险点 | 风险等级 | 防控措施``. The left group is the post's SAFETY hazards (进入危化品库区检查时
  防护不到位, 戈壁公路长途行车疲劳驾驶 …) graded on the four-step 双重预防 scale ``重大风险/较大风险/一般风险/
  低风险``; the right group is its INTEGRITY risks graded ``一级/二级/三级``. A person's safety rows and
  integrity rows are counted apart, so a row may fill only one group (the other left blank). Only
  the 廉政风险 group holds points of this programme; a ``注：`` line under the table says which scale
  belongs to which group. The README's 读得懂的表 knows two tables side by side on one row
  (each read apart), a row of several risk points ``风险点1 | 风险等级 | 风险点2 | 风险等级`` (each a
  point of the post), a table of another kind above the list (岗位职责, 家庭成员: ``TABLE_OTHER``),
  ``风险点 | 风险表现`` (the short one the point), a 风险类型 column naming kinds outside the five
  types, and ``风险事项 | 廉政风险点`` (the one headed 风险点 the point); it does not describe one
  heading carrying a SAFETY-risk group and an INTEGRITY-risk group for the same people, whose
  safety group (its own levels on another scale) is no integrity point at all. A scan of the
  earlier batches finds no 安全生产风险 group beside a 廉政风险 group.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 示范区 opinion on 安全生产监管责任 —
“党政同责、一岗双责、失职追责”, 安委会, 行业监管; a city's 工业和信息化专项资金管理办法 — 智能制造,
技术改造, 中小企业, 申请指南, 项目受理审核, 第三方专业服务机构, 专家评审, 绩效自评; a 应急管理局长's speech —
矿山智能化改造, 危化品运输车辆动态监管, 应急物资储备点 过期, 举报核查, 森林火灾; a paper on 国有矿产资源资产
流失 — 采矿权出让, 采矿权价值评估, 盗采, 资源腐败; a 经济开发区's 招商引资 专项监督 — 政商交往 正负面清单,
招商出差报备, 项目资金 and 合同履约 审计; a provincial 煤监局's 专项监察 — 执法组, 隐患, 罚款, 约谈, 问责;
a province's 安委会 工作要点 — 复工复产, 隐患大排查大治理, 专项整治, 重点时段; a 非煤矿山 指导意见 —
安全准入, 一个采矿许可证范围, 外包工程, 尾矿库) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 缪 and 蒯 with rare given names); every unit is a body of 茫崖市 (``unit_words=("茫崖市",)``:
no earlier unit holds it).

Run ``python tests/published/score.py --set batch579`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file only the ``廉政风险`` group gives points: each filled ``廉政风险点`` cell is a point
  of the row's person (中队, 岗位, 姓名 merged over his rows), with the level of the group's own
  ``风险等级`` cell (``一级/二级/三级``); the ``安全生产风险`` group — its 风险点, its ``重大风险/较大风险/一般
  风险/低风险`` and its 管控措施 — is the post's safety hazards for the 双重预防 programme, no integrity
  point and no level of one; the ``注：`` line and the 填表/审核 line are no points; ``大队领导`` (a 中队
  cell) is the 科室 of the 大队长 and the 副大队长;
- ``局领导``, ``管委会领导`` and ``镇领导`` (a 股室 cell, a group row, a 部门 or 所在科室 cell) are the 科室 of
  those leaders; the 应急管理局's leaders (sheet ``局领导``, no 股室 column) and the 安全生产监督管理站's
  cards' leaders have no 科室; a 局's 股, a 中心's 科, a 管委会's 部 and a 镇's 办 and 站 are 科室;
- every 局, the 中心, the 管委会, the 站 and each 镇人民政府 are units of their own (the 安全生产监督管理站 is
  a body of the city, not of a 镇): 局长, 副局长, 主任 and 副主任 of a 中心 or a 管委会, 站长, 副站长,
  大队长, 副大队长 and 副镇长 are leaders; 股长, 科长, 部长, 中队长 and the 主任 of a 镇's 办 or the 站长 of a
  镇's 安监站 middle; the rest (股员, 科员, 干事, 安全监督员, 执法队员, 安监员, 评估员, 统计员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 矿产资源服务中心's list names no person: its forms are posts;
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

PREFIX = "b579_"
PLACE = "茫崖市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
SAFETY = ("重大风险", "较大风险", "一般风险", "低风险")  # the 双重预防 scale: no integrity level
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (中队, 岗位, 姓名, tier, safety rows (风险点, 风险等级, 管控措施), integrity rows (廉政风险点, 风险等级, 防控措施))
DUAL = [
    ("大队领导", "大队长", "缪翥岷", "leader", [
        ("带队夜间突击检查时现场安全交底不到位", "一般风险", "检查前明确现场安全员，逐项安全交底。"),
    ], [
        ("执法检查计划安排有倾向性，对关系企业少查不查", "一级", "检查对象“双随机”抽取，计划经大队集体研究。"),
        ("重大案件处罚不经集体讨论", "一级", "重大案件一律提交案审会集体讨论。"),
    ]),
    ("大队领导", "副大队长", "蒯骙湉", "leader", [
        ("进入非煤矿山井下检查时未佩戴自救器", "较大风险", "入井人员佩戴自救器、定位卡，由矿方带班人员陪同。"),
        ("戈壁公路长途行车疲劳驾驶", "较大风险", "单程超过四小时轮换驾驶，严禁夜间赶路。"),
    ], [
        ("危化品企业执法中降低处罚标准", "一级", "自由裁量基准公开，处罚决定法制审核。"),
    ]),
    ("一中队", "中队长", "缪骎琰", "middle", [
        ("进入危化品库区检查时防护不到位", "较大风险", "进入库区穿防静电服，携带便携式气体检测仪。"),
        ("检查用执法车辆带病上路", "一般风险", "出车前检查车况，登记出车记录。"),
    ], [
        ("现场检查发现隐患不如实记录，接受企业宴请", "二级", "执法全过程记录仪记录，检查记录当场签字确认。"),
        ("隐患整改复查走过场", "二级", "复查实行交叉复查，复查照片存档。"),
    ]),
    ("一中队", "执法队员", "蒯翯岷", "general", [
        ("高处作业场所检查时未系安全带", "一般风险", "登高检查系挂安全带，两人以上同行。"),
    ], [
        ("向企业推荐安全评价、检测检验机构", "二级", "严禁推荐中介机构，签订廉洁承诺书。"),
        ("泄露举报人信息或检查计划", "三级", "举报件登记编号，检查计划保密。"),
    ]),
    ("二中队", "中队长", "缪赜沄", "middle", [
        ("尾矿库坝体检查时临边作业", "较大风险", "坝体检查设警戒，禁止靠近临边。"),
        ("冬季高海拔外出检查冻伤、缺氧", "一般风险", "配备防寒服和便携式氧气，落实行程报备。"),
        ("检查中遭企业人员阻挠发生冲突", "低风险", "两人以上执法，必要时联系公安协助。"),
    ], [
        ("案件调查取证不全，人为减轻违法情节", "一级", "证据材料由法制员审核，案卷定期评查。"),
    ]),
]  # fmt: skip


def mangya_enforcement_brigade_dual_duty() -> dict:
    unit = f"{PLACE}应急管理综合行政执法大队"
    ncols = 10
    sh = _Sheet("排查表", [6, 10, 10, 9, 30, 10, 28, 30, 8, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位“一岗双责”风险排查表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年5月", ncols)
    top = sh.add(
        "序号",
        "中队",
        "岗位",
        "姓名",
        "安全生产风险（双重预防）",
        None,
        None,
        "廉政风险",
        None,
        None,
    )
    sh.add(
        None,
        None,
        None,
        None,
        "风险点",
        "风险等级",
        "管控措施",
        "廉政风险点",
        "风险等级",
        "防控措施",
    )
    for c in range(4):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 6)
    sh.merge(top, 7, top, 9)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, safety, integrity in DUAL:
        for k in range(max(len(safety), len(integrity))):
            n += 1
            left = safety[k] if k < len(safety) else (None, None, None)
            right = integrity[k] if k < len(integrity) else (None, None, None)
            sh.add(n, dept, post, who, *left, *right)
        for point, lv, _measures in integrity:
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：1.“安全生产风险”栏按双重预防机制辨识岗位安全风险，风险等级分重大风险、较大风险、一般风险、低风险四级；"
          "2.“廉政风险”栏按廉政风险防控要求排查，风险等级分一级、二级、三级，一级为最高。", ncols)  # fmt: skip
    sh.add("填表：", None, None, "审核：", None, None, "大队长（签字）：", None, None, None)
    return _layout(
        "mangya_enforcement_brigade_dual_duty", "https://yangling.gov.cn/zwgk/fdzdgknr/aqsc/tzgg/1427952555140415489.html",
        "(harder) 市应急管理综合行政执法大队 岗位“一岗双责”风险排查表, after the source's 示范区 opinion on 安全生产监管责任 "
        "(党政同责、一岗双责、失职追责, 安委会, 行业监管): a title, a merged 填报单位/填报时间 line, then a TWO-ROW heading: "
        "序号/中队/岗位/姓名 merged down, ``安全生产风险（双重预防）`` merged over 风险点/风险等级/管控措施 and ``廉政风险`` "
        "merged over 廉政风险点/风险等级/防控措施; 中队/岗位/姓名 merged per person; each person's SAFETY hazards "
        "(``重大风险/较大风险/一般风险/低风险``) and INTEGRITY risks (``一级/二级/三级``) side by side, counted apart, so "
        "some rows fill one group only; only the 廉政风险 group holds points; a ``注：`` line naming both scales and a "
        "填表/审核/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def mangya_industry_bureau_list() -> dict:
    unit = f"{PLACE}工业和信息化局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 14, 38, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "缪晔潼", "leader", "制度机制风险", "工业和信息化专项资金分配方案未经集体研究", "一级",
         "资金分配方案经局党组会研究，报市财政局审核后公示。"),
        ("局领导", "局长", "缪晔潼", "leader", "思想道德风险", "插手干预技术改造项目评审", "一级",
         "评审专家从专家库随机抽取，领导干部不参与评分。"),
        ("工业发展股", "股长", "蒯昺澧", "middle", "岗位职责风险", "技术改造项目受理审核把关不严，虚报投资额", "一级",
         "项目材料初审、复审两级审核，必要时实地核查。"),
        ("工业发展股", "股长", "蒯昺澧", "middle", "业务流程风险", "项目绩效自评弄虚作假", "二级",
         "绩效自评报告抽查复核，结果纳入下年度资金安排。"),
        ("工业发展股", "股员", "缪岵瑛", "general", "外部环境风险", "向申报企业泄露申请指南评审要点", "二级",
         "申请指南统一公开发布，评审信息保密。"),
        ("中小企业股", "股长", "蒯琬岵", "middle", "制度机制风险", "中小企业扶持名单认定标准执行不一", "二级",
         "认定条件量化，拟扶持名单公示七日。"),
        ("中小企业股", "股员", "缪暾湄", "general", "岗位职责风险", "委托第三方专业服务机构审核时与机构串通", "三级",
         "第三方机构比选确定，审核报告抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, typ, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "mangya_industry_bureau_list", "https://dg.feibaos.com/news/info/59392.html",
        "市工业和信息化局 岗位廉政风险防控一览表, after the source's 工业和信息化专项资金管理办法 (智能制造, 技术改造, 中小企业, "
        "申请指南, 项目受理审核, 第三方专业服务机构, 专家评审, 绩效自评): ``附件1``, a title, 序号/股室 merged/岗位 and 姓名 "
        "merged per person/风险类型 ``…风险``/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def mangya_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯峒瑔", "局长", "主持全面工作", [
            ("矿山智能化改造补助项目确定不经集体研究", "高", "补助项目经局党组会研究，名单公示。"),
            ("应急物资采购指定供应商", "高", "物资采购按政府采购程序进行，纪检人员全程监督。"),
        ]),
        ("缪璁屺", "副局长", "分管危化品、非煤矿山监管", [
            ("危化品运输车辆动态监管中对违规企业说情打招呼", "高", "违规企业处理结果集体研究并公开。"),
            ("非煤矿山安全生产许可审查降低条件", "中", "许可审查两人以上，审查意见分管领导复核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("救灾和物资保障股", "股长", "蒯湫昳", "middle", "应急物资储备点物资过期未及时轮换，账实不符", "高",
         "储备物资每季度盘点，临期物资按规定轮换。"),
        ("救灾和物资保障股", "股长", "蒯湫昳", "middle", "救灾物资发放不登记、优亲厚友", "中",
         "发放台账逐户登记，发放结果公示。"),
        ("救灾和物资保障股", "股员", "缪砺泓", "general", "物资出入库单据审核不严", "低", "出入库双人签字，单据按月装订。"),
        ("安全生产综合协调股", "股长", "蒯沩璟", "middle", "群众举报安全隐患核查敷衍，压案不办", "中",
         "举报件限时办结，办理结果回访举报人。"),
        ("安全生产综合协调股", "股员", "缪旃瑶", "general", "安全生产考核打分随意", "低", "考核细则公开，评分表存档备查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "mangya_emergency_bureau_two_sheets", "https://www.alatiku.com/fanwen/yanjiang/229y82.html",
        "市应急管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 应急管理局长 speech (矿山智能化改造, 危化品运输车辆"
        "动态监管, 应急物资储备点 过期, 举报核查, 森林火灾): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def mangya_mineral_centre_posts() -> dict:
    unit = f"{PLACE}矿产资源服务中心"
    sh = _Sheet("排查表", [6, 14, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "采矿权出让", "出让方案设置排他性条件，为特定企业量身定制", "制度机制风险", "Ⅰ级",
         "出让方案经集体研究，出让结果公开。"),
        ("储量管理科", "科长", "middle", "储量核实报告审查", "审查中放宽标准，人为调整资源储量", "岗位职责风险", "Ⅰ级",
         "储量报告实行专家评审，审查意见复核。"),
        ("储量管理科", "科长", "middle", "采矿权价值评估", "与评估机构串通低估出让收益", "外部环境风险", "Ⅰ级",
         "评估机构比选确定，评估结果委托第三方复核。"),
        ("储量管理科", "评估员", "general", "储量年报统计", "统计数据不核实，虚报、瞒报开采量", "业务流程风险", "Ⅱ级",
         "年报数据与实地核查比对，差异说明存档。"),
        ("矿山监管科", "科长", "middle", "盗采巡查", "发现盗采不制止、不移交，收受好处", "思想道德风险", "Ⅰ级",
         "巡查两人以上，巡查记录和影像存档。"),
        ("矿山监管科", "科员", "general", "矿山地质环境恢复治理验收", "验收降低标准，违规返还保证金", "业务流程风险", "Ⅲ级",
         "验收组集体验收，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "mangya_mineral_centre_posts", "https://bhxb.buaa.edu.cn/fileBJHKHTDXXBSHKXB/journal/article/bjhkhtdxxbshkxb/html/2016/6/20160604.htm",
        "市矿产资源服务中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on 国有矿产资源资产流失 (采矿权出让, "
        "采矿权价值评估, 盗采, 资源腐败): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def mangya_industrial_park_group_rows() -> dict:
    unit = f"{PLACE}工业园区管理委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、管委会领导", "管委会领导", [
            ("主任", "蒯暾珩", "leader", [
                ("招商引资项目准入不经集体研究，违规承诺优惠政策", "★★★", "项目准入经管委会主任办公会集体研究。"),
                ("政商交往中接受企业宴请、礼品", "★★", "执行政商交往正负面清单，签订廉洁承诺书。"),
            ]),
        ]),
        ("二、招商服务部", "招商服务部", [
            ("部长", "缪湍珏", "middle", [
                ("招商出差不报备，公款旅游", "★★", "招商出差事前报备，行程和人员统计表审核存档。"),
                ("招商合同履约跟踪不力，违规兑现奖补资金", "★★★", "奖补资金兑现前审计，合同履约情况定期评估。"),
            ]),
            ("干事", "蒯岢泱", "general", [
                ("泄露拟入园企业商业信息", "★", "企业资料专人保管，查阅登记。"),
            ]),
        ]),
        ("三、安全环保部", "安全环保部", [
            ("部长", "缪峋澧", "middle", [
                ("园区企业安全环保检查降低标准", "★★★", "检查实行清单化，问题整改销号。"),
                ("企业反映问题办理敷衍推诿", "★", "问题办理限时回复，企业评价纳入考核。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "mangya_industrial_park_group_rows", "https://reportify.ai/tags/concept?tagValue=%E6%8B%9B%E5%95%86%E5%BC%95%E8%B5%84%E7%9B%91%E7%9D%A3",
        "市工业园区管理委员会 廉政风险防控责任清单, after the source's 经济开发区 招商引资 专项监督 (政商交往 正负面清单, 廉洁承诺书, "
        "招商出差 统计表 审核存档, 项目资金 and 合同履约 审计): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施 under GROUP ROWS ``一、管委会领导``, ``二、招商服务部``, ``三、安全环保部`` merged across; 岗位 and 姓名 merged "
        "per person; no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def mangya_safety_station_cards() -> dict:
    unit = f"{PLACE}安全生产监督管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "缪昳琨", "站长", "主持全站工作", "leader", [
            ("专项监察执法组人员安排有倾向性", "高风险", "执法组人员随机组合，定期轮换检查区域。"),
            ("对查出的隐患企业约谈、处罚说情", "高风险", "处罚决定集体研究，约谈记录存档。"),
            ("接受被检查企业宴请", "低风险", "严守中央八项规定精神，执法廉洁告知。"),
        ]),
        ("副站长", "蒯珹潞", "副站长", "分管非煤矿山、危化品监督", "leader", [
            ("隐患排查结果不如实上报", "中风险", "隐患台账动态更新，每月抽查。"),
            ("企业内部问责情况不跟踪核实", "中风险", "问责情况书面报告并抽查核实。"),
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
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HIGHS[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "mangya_safety_station_cards", "https://qh.chinamine-safety.gov.cn/xw/gzdt/201909/t20190924_463108.html",
        "市安全生产监督管理站 领导干部廉政风险防控卡, one sheet a leader, after the source's 煤监局 专项监察 (执法组, 隐患, "
        "罚款, 约谈, 内部问责): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def mangya_lenghu_town_selfchecks() -> dict:
    unit = f"{PLACE}冷湖镇人民政府"
    t = _Truth(unit)
    people = [
        ("蒯霑岍", "镇领导", "副镇长", "leader", [
            ("复工复产安全检查验收把关不严", "一级风险", "复工复产验收实行联合检查，验收表签字存档。", "已落实"),
            ("专项整治资金使用不规范", "二级风险", "专项资金报账经镇党委会研究。", "未发现问题"),
        ]),
        ("缪渌岚", "安监站", "站长", "middle", [
            ("隐患大排查中对企业隐患瞒报、漏报", "一级风险", "排查清单化，隐患台账每月上报。", "已落实"),
            ("重点时段值班检查不到位", "三级风险", "重点时段领导带班，检查记录存档。", "已落实"),
        ]),
        ("蒯旼澴", "应急管理办公室", "安监员", "general", [
            ("向企业推销安全设备、劳保用品", "二级风险", "签订廉洁承诺书，公开监督电话。", "未发现问题"),
            ("安全培训签到弄虚作假", "三级风险", "培训签到和影像资料存档备查。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇纪委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "mangya_lenghu_town_selfchecks", "http://law.foodmate.net/show-200936.html",
        "市属镇 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省安委会 工作要点 "
        "(复工复产, 隐患大排查大治理, 专项整治, 重点时段): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 镇纪委意见：``",
        sheets, t,
    )  # fmt: skip


def mangya_huatugou_town_list() -> dict:
    unit = f"{PLACE}花土沟镇人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 11, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "副镇长", "蒯嵘瑑", "leader", "砂石料采石场安全准入审核把关不严", "制度机制", "高",
         "准入审核会同市应急管理局联合开展，结果公示。"),
        ("镇领导", "副镇长", "蒯嵘瑑", "leader", "外包工程安全检查中接受施工单位好处", "思想道德", "中",
         "外包工程检查两人以上，签订廉洁协议。"),
        ("经济发展办公室", "主任", "缪璇岊", "middle", "辖区企业安全生产费用提取情况核查走过场", "岗位职责", "中",
         "核查结果书面报告，抽查企业账目。"),
        ("安监站", "站长", "蒯洹玘", "middle", "尾矿库巡查发现问题不报告", "业务流程", "高", "巡查记录每周上报，问题限期整改销号。"),
        ("安监站", "安监员", "缪沣翙", "general", "对无证采挖行为隐瞒不报", "外部环境", "中", "巡查轨迹留痕，举报线索登记核查。"),
        ("安监站", "安监员", "缪沣翙", "general", "安全宣传资料印制费虚报", "业务流程", "低", "印制费凭合同和入库单报销。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "镇长（签字）：", None, None)
    return _layout(
        "mangya_huatugou_town_list", "https://cctet.net/xinyu_xyxw/65.html",
        "市属镇 岗位廉政风险防控一览表, after the source's 非煤矿山 安全生产 指导意见 (安全准入, 一个采矿许可证范围, 外包工程, "
        "尾矿库, 采石场): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/镇长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mangya_enforcement_brigade_dual_duty(),
    mangya_industry_bureau_list(),
    mangya_emergency_bureau_two_sheets(),
    mangya_mineral_centre_posts(),
    mangya_industrial_park_group_rows(),
    mangya_safety_station_cards(),
    mangya_lenghu_town_selfchecks(),
    mangya_huatugou_town_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch579-inbox"))

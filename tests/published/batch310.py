"""The three-hundred-and-tenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 局, 委 and 办,
营山县 (a hill county of 南充 in 川东北, its staff Han) — its 财政局, 民政局, 教育科技和体育局,
人力资源和社会保障局, 农业农村局, 卫生健康局, 水利局 and 发展和改革局 — each handing back the 一览表,
排查表, 自查表, 防控卡, 责任清单 or 防控表 its staff typed in WPS or Excel:

- the 财政局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged,
  ``岗位`` and ``姓名`` merged per person, ``…风险`` types, 高/中/低, a 填表人/审核人/局长（签字） line;
- the 民政局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, no names; an 编制/审核/date line;
- the 教育科技和体育局's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 股　室 | …``
  and ``职　务 | … | 填表时间 | …`` in two rows of pairs above ``序号 | 廉政风险点 | 风险等级 | 防控措施 |
  自查情况``, ``高风险/中风险/低风险``, no type column, ``自查人（签名）： | … | 分管领导意见：``;
- the 人力资源和社会保障局's 防控卡, one sheet a holder (tabs named by the post): ``持卡人 | … | 职　务 |
  …`` and ``所在股室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short
  types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：12388``;
- the 农业农村局's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, short types, ``一级/二级/三级``, a ``注：`` line and an 编制/审核/date line;
- the 卫生健康局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级风险/二级风险/三级风险``, no
  type column;
- the 水利局's 防控表 under GROUP ROWS ``一、局领导`` … ``四、水利工程质量安全监督站`` merged across (no
  股室 column): ``岗位 | 姓名`` merged per person, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``yingshan_drc_criteria_ticks``: the 发展和改革局's 岗位廉政风险等级评定表 with NO LEVEL COLUMN AND NO
  COUNT: under a two-row heading, ``风险等级评定要素（符合的打“√”）`` is merged over FIVE criteria
  columns ``涉及重大决策 | 涉及资金资源 | 有自由裁量权 | 直接面对服务对象 | 曾发生问题`` and each risk row
  ticks (``√``) the criteria it meets, leaving the others blank; a merged ``注：`` line under the table
  says how the ticks make the level — ``符合三项及以上的为一级风险，符合两项的为二级风险，符合一项的为
  三级风险``. So the level of a point is nowhere written: it is the NUMBER OF ITS TICKS read through the
  note. The rest is plain (序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 short
  names/…/防控措施; a title, a ``填报单位（盖章）：…`` line, a 填表人/审核人/局长（签字） line). The README's
  读得懂的表 knows a ``风险等级`` header split into ``一级 | 二级 | 三级`` with ONE ``√`` in the column of
  the level (the column ticked IS the level), ``风险类型`` columns (or type names as headers) ticked for
  the types, ``责任岗位`` columns ticked for the post, scores in a column banded by a note (``风险值6—9
  为高风险``), two 1–3 scores (or 高/中/低) multiplied and banded, and a level column next to a tick
  count (batch 4, where the level is written); it does not describe ticks under criteria that are
  neither levels, types nor posts, whose COUNT a note turns into the level, with no level or count
  written anywhere.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县 that grades each 职权's
廉政风险 by its 重要程度, 行使频率 and 发生问题几率 and sets 工程保廉室 in its 政府投资重点项目; a 县
财政局 that cut the 三公经费, brought in 公务卡 and 国库集中支付 and tightened 政府采购 and 招投标 最高限价;
a 县民政局 checking new 低保 families — 信息比对, 入户核查, 民主评议, 公示 — against 关系保; a 市教育局's
专项监督检查 of 教育经费 in its schools — 校服采购, 教辅资料征订, 校园餐, 财务制度; a 区社保局 稽核科 that
found 冒领养老金 after a pensioner's death and 重复领取; a 县's rules for 耕地地力保护补贴 (发放清册,
补贴面积 核实), 农机购置补贴 (形式审核, 定额补贴) and 设施农业补贴; a 区卫生健康局党组's 巡察整改 through
its 股室 and 单位; a 县水利局's 工程建设招标投标领域腐败问题专项整治 — 一项目一档案 since 2017) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names, three characters each); every unit
is a body of 营山县.

Run ``python tests/published/score.py --set batch310`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the number of its ``√`` under the five criteria, read through
  the note: three or more ticks 1, two 2, one 3 (every row ticks at least one); the criteria are
  neither types nor posts (the point's types are its ``风险类型`` cell); the ticks, the criteria
  headings, the ``注：`` line and the sign-off line are no points;
- ``局领导`` (a 股室 cell, a group row, a card's 所在股室, the sheet ``局领导``) is the 科室 of the 局's
  leaders; a 局's 股, 室, 中心 and 站 (``财政投资评审中心``, ``水利工程质量安全监督站``) are 科室; a group row
  ``二、规划建设股`` gives the 科室 ``规划建设股`` (its number left off); on the 卫生健康局's sheet
  ``局领导`` the leaders' 科室 is ``局领导`` (the sheet's name, as batch 307 took ``园领导``);
- every 局 here is a unit of its own: 局长 and 副局长 are leaders; 股长, 主任 of a 中心 and 站长 of a 站
  inside the 局 middle; the rest (科员, 会计, 出纳, 经办员, 评审员, 技术员, 婚姻登记员, 稽核员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 民政局's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the card's note),
  ``一级/二级/三级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 水利局's note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b310_"
PLACE = "营山县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
TICK = "√"


# --------------------------------------------------------------------------- harder layout

CRITERIA = ("涉及重大决策", "涉及资金资源", "有自由裁量权", "直接面对服务对象", "曾发生问题")
CRITERIA_HEAD = "风险等级评定要素（符合的打“√”）"
CRITERIA_NOTE = (
    "注：风险等级按评定要素确定，符合三项及以上的为一级风险，符合两项的为二级风险，"
    "符合一项的为三级风险。"
)


def level_of_ticks(marks) -> int:
    """The note's rule: three ticks or more 1, two 2, one 3."""
    n = sum(1 for m in marks if m)
    assert n >= 1, marks
    return 1 if n >= 3 else 2 if n == 2 else 3


# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, ticks over CRITERIA, 防控措施)])
TICKED = [
    ("局领导", "局长", "郇岫岷", "leader", [
        ("政府投资项目审批不经局党组集体研究，个人说了算", "制度机制", (1, 1, 1, 0, 0),
         "项目审批事项一律提交党组会集体研究，会议纪要存档。"),
        ("为特定关系人承揽重点项目打招呼、插手干预", "思想道德", (1, 1, 0, 0, 1),
         "插手干预重大事项如实登记，按季度向县纪委监委报告。"),
    ]),
    ("局领导", "副局长", "禚澜沚", "leader", [
        ("以工代赈项目资金分配不公开，向熟人所在乡镇倾斜", "岗位职责", (0, 1, 1, 0, 0),
         "资金分配方案经局务会研究，分配结果网上公示。"),
    ]),
    ("投资股", "股长", "璩砚舟", "middle", [
        ("对项目可行性研究报告审查把关不严，降低审批条件", "岗位职责", (1, 1, 1, 1, 0),
         "可研报告委托第三方评估，审查意见两人以上会签。"),
        ("项目前期工作经费安排不按程序，随意支配", "业务流程", (0, 1, 0, 0, 0),
         "前期经费按县政府审定的方案安排，实行报账制管理。"),
    ]),
    ("投资股", "科员", "眭蘅若", "general", [
        ("项目备案时向企业索要好处，故意拖延办理", "外部环境", (0, 0, 1, 1, 0),
         "备案事项网上办理，办理时限和结果公开。"),
    ]),
    ("价格认证股", "股长", "羿澄岚", "middle", [
        ("涉案财物价格认定结论受当事人请托左右", "外部环境", (0, 0, 1, 1, 1),
         "价格认定实行集体审议，结论书经分管领导审签。"),
        ("政府定价成本监审走过场", "业务流程", (0, 0, 0, 1, 0), "成本监审资料完整归档，监审报告集体审核。"),
    ]),
    ("粮食和物资储备股", "股长", "殳芷峤", "middle", [
        ("县级储备粮轮换中压级压价、虚报损耗", "业务流程", (0, 1, 1, 0, 1),
         "轮换计划报县政府审批，出入库数量质量联合验收。"),
        ("应急物资采购验收不严，以次充好", "岗位职责", (0, 1, 0, 0, 0), "物资采购走政府采购程序，验收三人以上签字。"),
    ]),
]  # fmt: skip


def yingshan_drc_criteria_ticks() -> dict:
    unit = f"{PLACE}发展和改革局"
    ncols = 7 + len(CRITERIA)
    sh = _Sheet("评定表", [6, 14, 8, 9, 36, 10, *([7] * len(CRITERIA)), 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险等级评定表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 16}填报时间：2025年6月", ncols)
    top = sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", CRITERIA_HEAD,
                 *([None] * (len(CRITERIA) - 1)), "防控措施")  # fmt: skip
    sh.add(*([None] * 6), *CRITERIA, None)
    for c in (0, 1, 2, 3, 4, 5, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 6, top, 5 + len(CRITERIA))
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in TICKED:
        for point, typ, marks, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, *[TICK if m else None for m in marks], measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), level_of_ticks(marks))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, CRITERIA_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "局长（签字）：", None, None, None,
           None)  # fmt: skip
    return _layout(
        "yingshan_drc_criteria_ticks", "http://jxxznews.zjol.com.cn/xznews/system/2012/05/27/015068431.shtml",
        "(harder) 县发展和改革局 岗位廉政风险等级评定表, after the source's 县 that grades each 职权's risk by its 重要程度, "
        "行使频率 and 发生问题几率 (风险等级评估, 分级管理, 工程保廉室 in 政府投资重点项目): a title, a merged ``填报单位（盖章）：…"
        "　填报时间：2025年6月`` line, then a TWO-ROW heading 序号/股室/岗位/姓名/廉政风险点/风险类型/防控措施 (each merged down) "
        "and ``风险等级评定要素（符合的打“√”）`` merged over FIVE CRITERIA ``涉及重大决策 | 涉及资金资源 | 有自由裁量权 | "
        "直接面对服务对象 | 曾发生问题``; each row ticks ``√`` the criteria it meets — NO LEVEL COLUMN and no count: a merged "
        "``注：`` line says three ticks or more 一级风险, two 二级风险, one 三级风险; 股室 merged (局领导, 投资股, 价格认证股, "
        "粮食和物资储备股), 岗位 and 姓名 merged per person, short types; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yingshan_finance_list() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 16, 8, 9, 38, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乜沄樾", "leader", [
            ("预算追加和资金调度不经局党组集体研究", "制度机制风险", "高", "预算追加一律经党组会研究，报县政府审定。"),
            ("对“三公”经费超预算支出审核把关不严", "岗位职责风险", "中", "“三公”经费零增长，超预算一律不予安排。"),
        ]),
        ("局领导", "副局长", "郈泠岫", "leader", [
            ("政府采购和招投标中为关系企业打招呼", "思想道德风险", "高", "插手干预事项登记报告，采购结果全部公开。"),
        ]),
        ("预算股", "股长", "庾楠汐", "middle", [
            ("部门预算编制中人为调增调减，优亲厚友", "岗位职责风险", "高", "预算编制标准公开，分配方案集体研究。"),
            ("专项资金分配不按因素法测算", "业务流程风险", "中", "专项资金按因素法分配，测算底稿存档。"),
        ]),
        ("国库股", "股长", "苌澍岚", "middle", [
            ("国库集中支付审核不严，支付无预算、超预算资金", "业务流程风险", "高", "支付凭证系统控制，无指标不支付。"),
        ]),
        ("国库股", "会计", "蒉沂萱", "general", [
            ("公务卡报销凭证审核走过场", "岗位职责风险", "低", "公务卡消费明细与报销凭证逐笔核对。"),
            ("财政专户资金对账不及时", "制度机制风险", "中", "专户资金每月与银行对账，余额双人核对。"),
        ]),
        ("政府采购监督管理股", "股长", "斛湄舒", "middle", [
            ("对采购文件设置倾向性条款不纠正", "外部环境风险", "高", "采购文件抽查审核，投诉处理集体研究。"),
        ]),
        ("财政投资评审中心", "评审员", "糜岱汀", "general", [
            ("项目最高限价审核接受施工单位请托", "外部环境风险", "中", "评审实行初审、复审两级把关，评审结论公示。"),
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
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "yingshan_finance_list", "https://www.qinfeng.gov.cn/info/1029/19711.htm",
        "县财政局 岗位廉政风险防控一览表, after the source's 县财政局 惩防体系 (“三公”经费, 公务卡, 国库集中支付, 政府采购, "
        "招投标 最高限价): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/股室 merged "
        "(局领导, 预算股, 国库股, 政府采购监督管理股, 财政投资评审中心)/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def yingshan_civil_affairs_posts() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("排查表", [6, 12, 11, 18, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    lead, aid, elder, affairs = "局领导", "社会救助股", "养老服务股", "社会事务股"
    rows = [
        (lead, "局长", "leader", "低保审批决定", "对不符合条件的低保申请打招呼审批，搞“关系保”", "Ⅰ级",
         "低保审批集体研究，审批结果长期公示。"),
        (lead, "副局长", "leader", "救助资金分配", "临时救助资金分配向熟人倾斜", "Ⅱ级", "救助资金分配方案局务会研究。"),
        (aid, "股长", "middle", "信息比对", "对房产、车辆、存款比对结果不核实即审批", "Ⅰ级",
         "比对异常的一律入户复核，复核记录存档。"),
        (aid, "股长", "middle", "入户核查", "入户核查走过场，核查表事后补填", "Ⅱ级", "核查两人以上，现场拍照上传。"),
        (aid, "经办员", "general", "资金发放", "低保金发放名册与审批名单不符，虚报冒领", "Ⅰ级",
         "发放名册与审批系统自动比对，资金打卡发放。"),
        (elder, "股长", "middle", "养老机构补贴", "养老机构床位运营补贴审核不严", "Ⅱ级", "补贴申报实地核查，结果公示。"),
        (affairs, "婚姻登记员", "general", "婚姻登记", "收受好处为材料不全者办理登记", "Ⅲ级", "登记材料双人审核，全程录像。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "yingshan_civil_affairs_posts", "http://ahbbjjjc.gov.cn/html/wenzhang_452475.html",
        "县民政局 廉政风险点排查表 对岗不对人, after the source's 县民政局 checking new 低保 families (信息比对, 入户核查, 民主评议, "
        "公示, 关系保): a title, then 序号/股室 merged (局领导, 社会救助股, 养老服务股, 社会事务股)/岗位 merged per post/a short "
        "风险点/a long 风险表现/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no type column; an ``编制：办公室 | 审核： | "
        "2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def yingshan_education_selfchecks() -> dict:
    unit = f"{PLACE}教育科技和体育局"
    t = _Truth(unit)
    people = [
        ("隽沛岚", "计划财务股", "股长", "middle", [
            ("学校公用经费拨付不按生均标准，截留挪用", "高风险", "公用经费按生均标准直接拨付学校，拨付结果公示。", "已落实"),
            ("对学校财务收支审核不严，发现问题不报告", "中风险", "每学期开展学校财务检查，问题清单限期整改。", "未发现问题"),
            ("教育项目资金报账凭证把关不严", "低风险", "报账凭证经办、审核、审批三签。", "已落实"),
        ]),
        ("禤溯泠", "教育股", "股长", "middle", [
            ("校服采购中指定供应商，收受回扣", "高风险", "校服由家长委员会参与公开选购，学校不经手费用。", "已整改"),
            ("教辅资料征订超目录、超范围", "中风险", "教辅资料按省定目录自愿征订，征订情况公示。", "未发现问题"),
        ]),
        ("侴芃溪", "学生资助管理中心", "会计", "general", [
            ("资助对象认定把关不严，优亲厚友", "高风险", "资助对象班级评议、学校审核、公示三步认定。", "已落实"),
            ("资助资金发放台账登记不及时", "低风险", "资助资金直接打卡，台账每月核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}干部职工廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", who, f"股{GAP}室", dept, None)
        sh.add(f"职{GAP}务", post, "填表时间", "2025年6月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yingshan_education_selfchecks", "http://jyj.shannan.gov.cn/xwzx/ztzl/szjyzl/202504/t20250418_149901.html",
        "县教育科技和体育局 干部职工廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市教育局 "
        "专项监督检查 of 教育经费 (专项经费支付管理, 预算执行, 财务管理制度, 教辅资料征订, 校服采购, 校园餐): a title, the pairs "
        "``姓　名 | … | 股　室 | …`` and ``职　务 | … | 填表时间 | 2025年6月``, then 序号/廉政风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``自查人（签名）： | 分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def yingshan_hrss_cards() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    cards = [
        ("副局长", "甯淙岳", "副局长", "局领导", "leader", [
            ("社会保险基金支付审批把关不严", "岗位职责", "★★★", "基金支付实行经办、复核、审批分离。"),
            ("职称评审中为关系人打招呼", "思想道德", "★★★", "评审专家随机抽取，评审结果公示。"),
            ("分管股室稽核发现问题不督促整改", "制度机制", "★★", "稽核问题建立台账，逐项销号。"),
        ]),
        ("养老保险股股长", "郤沨萱", "股长", "养老保险股", "middle", [
            ("待遇领取资格认证不及时，死亡人员冒领养老金", "业务流程", "★★★", "与公安、民政死亡信息每月比对，到期未认证暂停发放。"),
            ("对重复领取待遇的线索不核查", "岗位职责", "★★", "跨险种、跨地区信息比对，疑点逐一核实。"),
            ("违规办理提前退休，审核年龄、工龄不严", "外部环境", "★★★", "提前退休材料两级审核并公示。"),
        ]),
        ("就业促进股科员", "蹇洺溪", "科员", "就业促进股", "general", [
            ("就业补贴申报材料审核不严，被虚报套取", "业务流程", "★★", "补贴对象信息与社保缴费记录比对。"),
            ("向申请人透露审核进度索要好处", "思想道德", "★", "办理进度网上可查，签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 12, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        sh.add("所在股室", dept, "持卡时间", "2025年6月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, None, "监督电话：12388", None)
        sheets.append(sh)
    return _layout(
        "yingshan_hrss_cards", "http://www.kcuv.cn/yanglaobaoxian/830087",
        "县人力资源和社会保障局 岗位廉政风险防控卡, one sheet a holder (tabs named by the post: 副局长, 养老保险股股长, 就业促进股"
        "科员), after the source's 区社保局 稽核科 on 冒领养老金 and 重复领取待遇 (死亡未申报, 资格认证, 追回): a title, "
        "``持卡人 | … | 职　务 | …`` and ``所在股室 | … | 持卡时间 | 2025年6月``, then 序号/风险点/风险类型 (short names)/"
        "风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：12388``",
        sheets, t,
    )  # fmt: skip


def yingshan_agri_duties() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("责任清单", [6, 14, 8, 9, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("局领导", "局长", "亢洢岷", "leader", [
            ("项目安排", "农业项目安排不经集体研究，向关系户倾斜", "制度机制", "一级", "项目安排经党组会研究，结果公示。"),
        ]),
        ("计划财务股", "股长", "嵇湉岫", "middle", [
            ("补贴资金拨付", "耕地地力保护补贴资金拨付不按清册，截留挪用", "业务流程", "一级",
             "补贴资金通过“一卡通”直接发放到户。"),
            ("项目资金报账", "项目资金报账凭证审核不严", "岗位职责", "二级", "报账资料逐项核对，大额支出会签。"),
        ]),
        ("农业机械化股", "股长", "钭澄沨", "middle", [
            ("农机购置补贴审核", "农机购置补贴形式审核不严，为套补骗补开绿灯", "岗位职责", "一级",
             "补贴机具人机合照、二维码核验，补贴信息公开。"),
            ("农机推广鉴定", "接受农机经销商宴请和礼品", "外部环境", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("农村经营管理股", "科员", "缑芮汐", "general", [
            ("补贴面积核实", "耕地地力保护补贴面积核实不实，虚报面积", "业务流程", "二级",
             "补贴面积与确权面积比对，以村公示无异议后上报。"),
        ]),
        ("农田建设管理股", "股长", "仉沐璇", "middle", [
            ("高标准农田验收", "高标准农田建设项目验收走过场", "岗位职责", "一级", "项目验收邀请村民代表参加，验收结果公示。"),
            ("设施农业补贴审核", "设施农业补贴项目现场核查不到位", "思想道德", "二级", "现场核查两人以上并留存影像。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 9)
    sh.add("编制：", None, None, "审核：", None, None, "2025年6月", None, None)
    return _layout(
        "yingshan_agri_duties", "https://chacewang.com/newsdetail/news279603.html",
        "县农业农村局 廉政风险防控责任清单, after the source's 县 rules for 耕地地力保护补贴 (发放清册, 补贴面积), 农业机械购置补贴 "
        "(形式审核, 定额补贴) and 设施农业补贴: a title, then 序号/股室 merged (局领导, 计划财务股, 农业机械化股, 农村经营管理股, "
        "农田建设管理股)/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yingshan_health_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 8, 18, 36, 10, 32])
    _line(lead, f"{unit}局领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("麴岑瀚", "局长", "主持全面工作，分管财务", [
            ("重大事项决策搞“一言堂”", "一级风险", "落实“三重一大”集体决策制度。"),
            ("医疗设备采购项目插手干预", "一级风险", "设备采购进入公共资源交易平台。"),
        ]),
        ("逄澈岚", "副局长", "分管医政医管、行政审批", [
            ("医疗机构校验、执业登记违规审批", "二级风险", "审批条件和结果公开，材料两人审核。"),
            ("接受医药企业宴请", "三级风险", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, items in leaders:
        for point, lv, measures in items:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], RISKS[lv])
    _per_person(lead, first, None, 1, 2, 3)
    dept = _Sheet("股室", [6, 14, 8, 9, 38, 10, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "郏沁岫", "middle", [
            ("对医疗机构违规行为检查后降格处理", "一级风险", "检查结果集体研究，处理情况公开。"),
            ("医疗纠纷调处偏袒一方", "二级风险", "引入第三方人民调解。"),
        ]),
        ("公共卫生股", "股长", "暨沣蓉", "middle", [
            ("公共卫生服务项目考核打人情分", "二级风险", "考核细则公开，考核结果公示。"),
        ]),
        ("行政审批股", "科员", "笪泠溪", "general", [
            ("审批材料把关不严，违规发放许可", "二级风险", "审批材料清单化审核，限时办结。"),
        ]),
        ("财务股", "会计", "郄沅芷", "general", [
            ("基本公共卫生补助资金拨付不及时、不足额", "一级风险", "补助资金按考核结果拨付，拨付情况公示。"),
            ("报销票据审核不严", "三级风险", "报销票据逐张审核，定期抽查。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "yingshan_health_two_sheets", "http://www.pzhsxq.gov.cn/zwgk/gsgg/10259357.shtml",
        "县卫生健康局 廉政风险防控表 in two sheets, after the source's 区卫生健康局党组 巡察整改 (党组, 各股室（单位）负责人, "
        "整改台账): ``局领导`` (a title, 序号/姓名/职务/``分管工作`` merged per leader/风险点/风险等级/防控措施) and ``股室`` "
        "(a title, 序号/股室 merged (医政医管股, 公共卫生股, 行政审批股, 财务股)/岗位 and 姓名 merged per person/风险点/"
        "风险等级/防控措施); levels ``一级风险/二级风险/三级风险``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yingshan_water_group_rows() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("防控表", [6, 10, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 7)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "宦湛岳", "leader", [
                ("水利工程项目发包不经集体研究", "制度机制", "Ⅰ", "工程发包一律进入公共资源交易中心。"),
                ("为亲友承揽工程打招呼", "思想道德", "Ⅰ", "插手干预工程建设事项登记报告。"),
            ]),
            ("副局长", "韶泓岑", "leader", [
                ("工程变更审批把关不严", "岗位职责", "Ⅱ", "变更实行分级审批，重大变更专家论证。"),
            ]),
        ]),
        ("二、规划建设股", "规划建设股", [
            ("股长", "雒澍汀", "middle", [
                ("招标文件设置排斥性条件", "业务流程", "Ⅰ", "招标文件经法律顾问审核，公开发布。"),
                ("项目档案资料不完整，隐匿招投标记录", "制度机制", "Ⅲ", "一项目一档案，招投标资料完整归档。"),
            ]),
            ("技术员", "谯沂岚", "general", [
                ("工程计量签证不实", "岗位职责", "Ⅱ", "计量签证监理、业主双签，影像留存。"),
            ]),
        ]),
        ("三、农村水利水电股", "农村水利水电股", [
            ("股长", "沃霖芷", "middle", [
                ("农村供水工程维修养护经费分配不公", "外部环境", "Ⅱ", "维修养护经费按因素法分配并公示。"),
            ]),
        ]),
        ("四、水利工程质量安全监督站", "水利工程质量安全监督站", [
            ("站长", "桓洺岫", "middle", [
                ("质量检测结果弄虚作假", "岗位职责", "Ⅰ", "委托第三方检测，检测报告随机抽查。"),
                ("安全生产检查接受施工单位礼品", "外部环境", "Ⅲ", "检查两人以上，签订廉洁承诺书。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级为最高。", 7)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "yingshan_water_group_rows", "https://wjlzw.gov.cn/show.html?id=707db63a6ae50b1f7c3e5661b7bd03b7",
        "县水利局 岗位廉政风险防控表, after the source's 县水利局 工程建设招标投标领域腐败问题专项整治 (全面摸排 水利工程建设项目, "
        "一项目一档案, 完善工作制度): a title, a merged ``填报单位：…（盖章）　填报时间：2025年6月`` line, then 序号/岗位/姓名 "
        "(both merged per person)/廉政风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施 under GROUP ROWS "
        "``一、局领导``, ``二、规划建设股``, ``三、农村水利水电股``, ``四、水利工程质量安全监督站`` merged across (no 股室 "
        "column); a merged ``注：`` line on the grades and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yingshan_drc_criteria_ticks(),
    yingshan_finance_list(),
    yingshan_civil_affairs_posts(),
    yingshan_education_selfchecks(),
    yingshan_hrss_cards(),
    yingshan_agri_duties(),
    yingshan_health_two_sheets(),
    yingshan_water_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch310-inbox"))

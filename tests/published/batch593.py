"""The five-hundred-and-ninety-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 人社 and 医保
bodies, 泾源县 (of 固原市, 宁夏) — its 人力资源和社会保障局, 就业创业服务中心, 创业担保贷款服务中心,
劳动能力鉴定委员会办公室, 医疗保障局, 医疗保障服务中心 and 医疗保障基金稽核中心 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 人力资源和社会保障局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 就业创业服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 创业担保贷款服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 医疗保障局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``股室 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 医疗保障服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、基金财务股`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 医疗保障基金稽核中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line;
- the 劳动能力鉴定委员会办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column.

One is harder:

- ``jingyuan_social_insurance_center_stage_picks_holder``: the 社会保险事业管理中心's 业务经办环节廉政风险点
  排查表, ONE ROW A POINT ``序号 | 经办股室 | 业务事项 | 风险环节 | 经办人 | 复核人 | 审批人 | 廉政风险点 |
  风险等级 | 防控措施``. Each business (养老保险待遇核定, 关系转移接续, 领取资格认证, 工伤医疗费报销) names
  its THREE handlers on its rows — 经办人, 复核人, 审批人, merged down over the business — and each row's
  ``风险环节`` cell (``经办``, ``复核`` or ``审批``) says WHICH of the three holds the row's point. The
  posts stand only in the ``注：`` line (经办人为各股经办员，复核人为股长，审批人为分管副主任). The README's
  读得懂的表 knows stage BANDS across (``经办人 | 风险点 | 风险等级`` repeated per stage, the post in each
  band's heading), holders keyed by a 执法环节/办理环节 column through a legend line or a flow strip, and
  ``A角 | B角`` columns; it does not describe a list whose every row names all the handlers of a
  business in one column per stage and a per-row stage cell that picks the holder among them.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 养老保险经办风险 — 参保登记,
费用收缴, 关系转移, 内部核查; an answer on 就业创业奖补资金 管理 — 申请审核, 发放, 使用监管, 绩效评价; a
市审计局 on 就业创业补助资金 — 资格审核漏洞, 重复领取, 追回资金; a comment on “代办创业补贴” 骗局; an
打击欺诈骗保专项整治行动方案 汇编 — 线索台账, 部门联动; a page on 定点医疗机构 违规 — 转诊转院, 药品目录,
诊疗项目, 虚报冒领; a report of 国家医保局 典型案例 — 支付资格记分, 现场检查, 药品追溯码; a note on
劳动能力鉴定) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 隗 and 郏 with rare given names);
every unit is a body of 泾源县 (no earlier unit names the place, so ``unit_words``).

Run ``python tests/published/score.py --set batch593`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's point is the point of the handler in the column its ``风险环节`` names
  (``经办`` → 经办人, ``复核`` → 复核人, ``审批`` → 审批人), with the row's level; the other two names on
  the row hold nothing by that row; the post is the ``注：`` line's (经办员, 股长, 副主任); the 经办员 and
  the 股长 are of the row's ``经办股室``, the 分管副主任 (a leader) has no 科室; one form a holder, so a
  股长 or 副主任 who checks or signs several businesses' rows has them all on one form; 业务事项 is
  no point; the ``注：`` line and the 填表/审核 line are no points;
- ``中心领导``, ``局领导`` (a 科室 cell, a group row, a sheet of leaders without a 科室 column) are as in
  the models: a 科室 cell or group row ``中心领导`` is the leaders' 科室, the 局领导 sheet's leaders and
  the cards' holders have none; a 股 is a 科室; ``办公室`` of the 劳动能力鉴定委员会办公室 is the 组室 its
  自查表 writes;
- 局长, 副局长, 主任 (of a 中心 or the 办公室) and 副主任 are leaders; 股长 middle; the rest (科员, 经办员,
  会计, 审核员, 稽核员, 信贷审核员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 就业创业服务中心's list names no person: its forms
  are posts (对岗不对人);
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

PREFIX = "b593_"
PLACE = "泾源县"
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

# the stage columns: (风险环节 word, heading, post, tier, with the row's 股室)
STAGES = {
    "经办": ("经办人", "经办员", "general", True),
    "复核": ("复核人", "股长", "middle", True),
    "审批": ("审批人", "副主任", "leader", False),
}

# (经办股室, 业务事项, (经办人, 复核人, 审批人), [(风险环节, 廉政风险点, 风险等级, 防控措施)])
BUSINESSES = [
    ("养老保险股", "企业职工养老保险待遇核定", ("隗翀淼", "郏沣岫", "隗璟翯"), [
        ("经办", "出生日期和视同缴费年限认定不严，虚增工龄", "高", "档案材料双人查验，疑点档案提交中心集体研究。"),
        ("复核", "复核走过场，对待遇计发错误不纠正", "中", "复核逐项留痕，每季度抽查已核定待遇。"),
        ("审批", "特殊工种提前退休审批把关不严", "高", "特殊工种提前退休名单公示，报市局备案。"),
    ]),
    ("养老保险股", "养老保险关系转移接续", ("郏霁渟", "郏沣岫", "隗璟翯"), [
        ("经办", "违规办理即参即转，为突击参保人员转入关系", "中", "转移接续按参保时限审核，系统自动校验。"),
        ("审批", "违规补缴后审批转移，造成基金流失", "中", "补缴三年以上的报中心集体研究。"),
    ]),
    ("待遇支付股", "养老金领取资格认证", ("隗湉珂", "郏昶璠", "隗璟翯"), [
        ("经办", "对死亡人员不及时停发养老金，放任冒领", "高", "与民政、公安、卫健死亡数据每月比对。"),
        ("复核", "重复领取疑点数据不核查、不追回", "中", "疑点数据建立台账，逐条核查销号。"),
    ]),
    ("待遇支付股", "工伤医疗费报销", ("郏淏琮", "郏昶璠", "郏翊沄"), [
        ("经办", "超出工伤保险药品目录、诊疗目录报销", "中", "报销按目录逐项审核，系统设置拦截。"),
        ("复核", "对工伤医疗费票据真伪审核不严", "低", "票据网上查验，复核人签字。"),
        ("审批", "大额工伤医疗费支付不经集体研究", "高", "单笔五万元以上经中心主任办公会研究。"),
    ]),
]  # fmt: skip


def jingyuan_social_insurance_center_stage_picks_holder() -> dict:
    unit = f"{PLACE}社会保险事业管理中心"
    sh = _Sheet("经办环节", [6, 12, 18, 9, 9, 9, 9, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}业务经办环节廉政风险点排查表", 10)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", 10)
    sh.add("序号", "经办股室", "业务事项", "风险环节", "经办人", "复核人", "审批人", "廉政风险点",
           "风险等级", "防控措施")  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, matter, people, rows in BUSINESSES:
        for stage, point, lv, measures in rows:
            n += 1
            sh.add(n, dept, matter, stage, *people, point, lv, measures)
            _head, post, tier, with_dept = STAGES[stage]
            who = people[list(STAGES).index(stage)]
            t.point(sh.name, dept if with_dept else "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))]
                + [(c, lambda row: (row[1], row[2])) for c in (4, 5, 6)])  # fmt: skip
    _line(sh, "注：经办人为各股经办员，复核人为股长，审批人为分管副主任；“风险环节”写明风险点所在的环节，"
          "该环节的办理人即为本风险点的责任人。风险等级分高、中、低三级。", 10)  # fmt: skip
    sh.add("填表：", None, None, "审核：", None, None, None, "中心主任（签字）：", None, None)
    return _layout(
        "jingyuan_social_insurance_center_stage_picks_holder", "http://47.95.242.172/thesis/view/2704462",
        "(harder) 县社会保险事业管理中心 业务经办环节廉政风险点排查表, after the source's paper on 养老保险经办风险的防控 "
        "(参保登记, 费用收缴, 关系转移, 待遇核定, 内部核查): a title, a merged ``单位：…　2025年6月`` line, then ONE ROW A "
        "POINT ``序号 | 经办股室 | 业务事项 | 风险环节 | 经办人 | 复核人 | 审批人 | 廉政风险点 | 风险等级 | 防控措施``: each "
        "business's three handlers (经办人, 复核人, 审批人) are named on its rows (merged down over the business), and the "
        "row's ``风险环节`` cell (经办/复核/审批) says WHICH of the three holds the row's point; the posts only in the "
        "``注：`` line (经办员, 股长, 分管副主任); 高/中/低, no type column; a 填表/审核/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingyuan_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隗彧沨", "局长", "主持全面工作", [
            ("就业补助资金分配使用个人说了算", "一级", "资金分配方案经局党组会集体研究，结果公开。"),
            ("事业单位公开招聘岗位条件因人设置", "一级", "招聘方案报县委编办、组织部联审后公告。"),
        ]),
        ("郏睿湲", "副局长", "分管就业、劳动关系", [
            ("就业创业奖补资金审核签批把关不严", "二级", "奖补资金实行股室初审、分管领导复核、局长审批。"),
            ("欠薪案件处理中接受企业请托", "二级", "案件办理全程留痕，处理结果公示。"),
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
        ("就业促进股", "股长", "隗澂岘", "middle", "创业补贴申请材料审核不严，为不符合条件者申报", "一级",
         "申请材料与市场监管、税务数据比对。"),
        ("就业促进股", "股长", "隗澂岘", "middle", "奖补资金发放不按规定时限和方式", "二级", "资金直接拨付申请人账户，按季度公示。"),
        ("就业促进股", "科员", "郏芃琤", "general", "奖补对象台账登记不实", "三级", "台账每月与拨付凭证核对。"),
        ("事业单位人事管理股", "股长", "郏峤沄", "middle", "事业单位人员调动、聘用审核把关不严", "一级",
         "调动聘用材料两人审核，报局党组研究。"),
        ("事业单位人事管理股", "科员", "隗淼璁", "general", "职称评审材料初审走过场", "二级", "初审意见签字存档，评审结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jingyuan_hrss_bureau_two_sheets", "https://www.lawparks.com/ask/management-of-employment-grants",
        "县人力资源和社会保障局 廉政风险防控一览表 in TWO SHEETS, after the source's answer on 就业创业奖补资金 管理 (申请审核, "
        "资金发放, 使用监管, 绩效评价): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jingyuan_employment_center_posts() -> dict:
    unit = f"{PLACE}就业创业服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "补助资金拨付", "就业补助资金拨付审签把关不严，重复拨付", "制度机制风险", "高",
         "拨付前与已发放名单比对，主任办公会研究。"),
        ("就业服务股", "股长", "middle", "资格审核", "对申领人员就业困难身份审核不实", "岗位职责风险", "高",
         "身份信息与民政、残联数据共享比对。"),
        ("就业服务股", "股长", "middle", "公益性岗位安置", "公益性岗位人选优亲厚友", "思想道德风险", "中",
         "人选公开报名、公示，接受监督。"),
        ("就业服务股", "经办员", "general", "职业培训补贴", "培训机构虚报培训人数，审核不查花名册", "外部环境风险", "中",
         "培训现场抽查，学员签到与人脸识别核对。"),
        ("综合股", "会计", "general", "资金核算", "补助资金专账核算不规范", "业务流程风险", "低",
         "专账核算，每季度对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "jingyuan_employment_center_posts", "https://www.yaan.gov.cn/gongkai/show/20190930152122-27100-00-000.html",
        "县就业创业服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 就业创业补助资金 专项审计 (资格审核漏洞, "
        "重复领取, 追回资金): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jingyuan_loan_guarantee_cards() -> dict:
    unit = f"{PLACE}创业担保贷款服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "郏琰澍", "主任", "主持中心全面工作", "leader", [
            ("创业担保贷款审批中接受请托、打招呼", "★★★", "贷款审批实行初审、复审、集体审批。"),
            ("与中介机构串通代办贷款、分取好处", "★★★", "公开承诺不委托中介，举报电话公示。"),
            ("接受借款人宴请、礼品", "★", "严守中央八项规定精神。"),
        ]),
        ("信贷审核员", "隗沐璆", "信贷审核员", "负责贷款申请受理和调查", "general", [
            ("贷前调查不到现场，经营场所核查走过场", "★★", "贷前调查两人进行，现场拍照留存。"),
            ("贴息资金申报数据不实", "★★", "贴息名单与合作银行逐笔核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "jingyuan_loan_guarantee_cards", "https://www.yxiu.cn/finance/ch/774984.html",
        "县创业担保贷款服务中心 岗位廉政风险防控卡, one sheet a person, after the source's comment on “代办创业补贴” 骗局 "
        "(中介代办, 虚假申报, 资格核验): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jingyuan_healthcare_security_bureau_list() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "隗翾湛", "leader", "打击欺诈骗保专项整治线索处置不报告、压案不查", "制度机制", "高风险",
         "线索台账统一登记，处置结果党组会通报。"),
        ("局领导", "副局长", "郏澈琅", "leader", "定点医药机构协议管理中降格处理违规行为", "岗位职责", "高风险",
         "处理意见经局务会集体研究。"),
        ("基金监管股", "股长", "隗峣淇", "middle", "现场检查走过场，对串换项目收费不认定", "业务流程", "中风险",
         "检查两人以上，检查记录双签字。"),
        ("基金监管股", "科员", "郏玥沚", "general", "向被检查机构泄露检查时间和内容", "思想道德", "中风险",
         "飞行检查前统一封闭，手机集中保管。"),
        ("办公室", "会计", "隗滢璠", "general", "办公经费报销票据审核不严", "业务流程", "低风险",
         "报销单据经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "jingyuan_healthcare_security_bureau_list", "http://sanerge.com/wendang/39917155.html",
        "县医疗保障局 岗位廉政风险防控一览表, after the source's 打击欺诈骗保专项整治行动方案 汇编 (线索台账, 部门联动, "
        "集中整治): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def jingyuan_healthcare_service_center_group_rows() -> dict:
    unit = f"{PLACE}医疗保障服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "郏沨琇", "leader", [
                ("定点医疗机构准入评估打招呼、定结果", "一级风险", "准入评估由专家组打分，结果公示。"),
                ("大额医疗费用结算审批不经集体研究", "一级风险", "大额结算经中心主任办公会研究。"),
            ]),
        ]),
        ("二、待遇审核股", "待遇审核股", [
            ("股长", "隗璩沅", "middle", [
                ("对不符合转诊转院条件的费用予以报销", "二级风险", "转诊备案信息系统校验，复核留痕。"),
            ]),
            ("审核员", "郏岙琬", "general", [
                ("不按药品目录和诊疗项目审核，多报多支", "二级风险", "审核规则嵌入系统，超目录自动拦截。"),
                ("为不属于医保范围的人员办理待遇", "三级风险", "参保身份与户籍、死亡数据比对。"),
            ]),
        ]),
        ("三、基金财务股", "基金财务股", [
            ("会计", "隗渟珣", "general", [
                ("医保基金拨付不按协议约定时限和金额", "二级风险", "拨付实行经办、复核、审批分离。"),
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
        "jingyuan_healthcare_service_center_group_rows", "https://gudianfeng.com/new/zs7045369.html",
        "县医疗保障服务中心 廉政风险防控责任清单, after the source's page on 定点医疗机构 违规的处理 (转诊转院, 药品目录, "
        "诊疗项目, 虚报冒领, 经办机构工作人员): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、待遇审核股``, ``三、基金财务股`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jingyuan_fund_audit_center_register() -> dict:
    unit = f"{PLACE}医疗保障基金稽核中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "隗晗湜", "leader", [
            ("稽核发现问题的处理意见随意变更", "制度机制", "一级", "处理意见集体研究，变更须书面说明。"),
            ("对定点药店违规行为记分不严", "岗位职责", "二级", "记分结果复核后公示。"),
        ]),
        ("稽核一股", "股长", "郏岚湉", "middle", [
            ("对虚构诊疗服务线索核查不深入", "业务流程", "一级", "线索核查限期办结，结果报中心审核。"),
        ]),
        ("稽核一股", "稽核员", "隗珧澄", "general", [
            ("稽核中接受医药机构宴请、礼品", "思想道德", "二级", "稽核实行回避，签订廉洁承诺书。"),
            ("药品追溯码疑点数据不上报", "外部环境", "三级", "疑点数据系统推送，逐条销号。"),
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
        "jingyuan_fund_audit_center_register", "http://ayao.rasgz.cn/zz/index.php?id=avasor.html",
        "县医疗保障基金稽核中心 廉政风险点排查登记表, after the source's report of 国家医保局 欺诈骗保典型案例 (医保支付资格 "
        "记分, 现场检查, 虚构医药服务, 药品追溯码): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/"
        "风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jingyuan_work_ability_office_selfchecks() -> dict:
    unit = f"{PLACE}劳动能力鉴定委员会办公室"
    t = _Truth(unit)
    people = [
        ("郏滟琛", "办公室", "主任", "leader", [
            ("鉴定专家抽取不随机，指定专家", "Ⅰ级", "专家从专家库随机抽取，全程留痕。", "已落实"),
            ("鉴定结论作出前泄露鉴定意见", "Ⅱ级", "鉴定结论集体评定，统一送达。", "未发现问题"),
            ("鉴定专家劳务费发放不按标准", "Ⅲ级", "劳务费按标准造册发放，财务审核。", "已落实"),
        ]),
        ("隗湛珞", "鉴定业务组", "经办员", "general", [
            ("受理鉴定申请时材料审核不严", "Ⅱ级", "申请材料一次性告知，双人审核。", "已落实"),
            ("向申请人收取额外费用", "Ⅲ级", "收费标准公示，开具票据。", "已落实"),
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
        "jingyuan_work_ability_office_selfchecks", "https://epsq.cn/post/1286790.html",
        "县劳动能力鉴定委员会办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "note on 劳动能力鉴定 (劳动功能障碍程度, 生活自理障碍程度, 工伤待遇): a title, a label row ``姓　名 | 所在组室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingyuan_social_insurance_center_stage_picks_holder(),
    jingyuan_hrss_bureau_two_sheets(),
    jingyuan_employment_center_posts(),
    jingyuan_loan_guarantee_cards(),
    jingyuan_healthcare_security_bureau_list(),
    jingyuan_healthcare_service_center_group_rows(),
    jingyuan_fund_audit_center_register(),
    jingyuan_work_ability_office_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch593-inbox"))

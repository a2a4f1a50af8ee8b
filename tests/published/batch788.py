"""The seven-hundred-and-eighty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 医疗保障
bodies, 繁峙县 (of 忻州市, 山西) — its 医疗保障局, 医疗保险服务中心, 医保基金监管执法队, 城乡居民医保经办
服务站, 定点医药机构稽核所, 医疗救助服务中心, 砂河镇医保工作站 and 医药价格和招采服务中心 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed:

- the 医疗保障局's 一览表 in TWO SHEETS ``局领导`` / ``股室``, ``一级/二级/三级``, no type column;
- the 医保基金监管执法队's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低;
- the 城乡居民医保经办服务站's 自查表, one sheet a person, a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 定点医药机构稽核所's 清单 under GROUP ROWS ``一、所领导`` …, ``一级风险/二级风险/三级风险``;
- the 医疗救助服务中心's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 砂河镇医保工作站's 一览表 under ``附件3`` and a 填报单位 line, ``高风险/中风险/低风险``, short types;
- the 医药价格和招采服务中心's 登记表, ``科室`` merged, short types, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``fanshi_insurance_center_consequences``: the 医疗保险服务中心's 岗位廉政风险点排查表 with ``科室 |
  岗位 | 姓名`` and NO LEVEL COLUMN: each row's level is written only as the CONSEQUENCE the risk can
  bring its holder, a column ``可能导致的后果`` whose cells read ``党纪政务处分`` / ``诫勉谈话`` /
  ``批评教育``, and a ``注：`` line under the table folds them to levels (``可能导致党纪政务处分的为一级
  风险，可能导致诫勉谈话的为二级风险，可能导致批评教育的为三级风险``). The 读得懂的表 knows a level word a
  note defines (``A为高风险``), levels by score ticks, factor scores, a per-row inspection frequency
  folded by a note, control tiers and supervisors' posts; it does not describe a column of
  disciplinary consequences standing for the level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (医保基金监管 新闻发布会, 派驻纪检组
的医保基金案件分析, 医保基金管理领域专项整治, 参保扩面与基金安全, 定点药店管理, 定点医疗机构监管, 医保
报销比例) and the layout follows their words for the posts and risks. The rows are worded by us,
the names invented (the rare surnames 蒯 and 巩 with rare given names); every unit is a body of 繁峙县.

Run ``python tests/published/score.py --set batch788`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``党纪政务处分`` is 1, ``诫勉谈话`` 2, ``批评教育`` 3, as the note says; the
  ``可能导致的后果`` column is no point and no measure;
- 局长, 副局长, 主任, 副主任, 所长, 队长 and 站长 are leaders; 股长 and 科长 middle; the rest general;
  ``局领导``, ``中心领导``, ``所领导`` are the 科室 of those leaders where written;
- all the level words above are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b788_"
PLACE = "繁峙县"
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


CONSEQ = {"党纪政务处分": 1, "诫勉谈话": 2, "批评教育": 3}

# --------------------------------------------------------------------------- harder layout


def fanshi_insurance_center_consequences() -> dict:
    unit = f"{PLACE}医疗保险服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 10, 38, 14, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "可能导致的后果", "防控措施")
    rows = [
        ("中心领导", "主任", "蒯琭湝", "leader", [
            ("医保基金拨付审批不按程序，先拨后审", "党纪政务处分", "基金拨付经主任办公会研究，财务、稽核双签。"),
            ("接受定点医疗机构宴请、礼金", "诫勉谈话", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("待遇审核股", "股长", "巩瑷沭", "middle", [
            ("住院费用审核把关不严，违规报销目录外费用", "党纪政务处分", "审核实行初审、复审两级，系统智能审核。"),
            ("异地就医备案材料审核走过场", "批评教育", "备案材料清单化，定期抽查。"),
        ]),
        ("待遇审核股", "审核员", "蒯玧泖", "general", [
            ("门诊慢特病待遇认定降低标准", "诫勉谈话", "认定资料由专家复核，结果公示。"),
        ]),
        ("基金财务股", "会计", "巩璈湑", "general", [
            ("医保基金支出账目与结算数据不符", "诫勉谈话", "每月与银行、结算系统对账。"),
            ("个人账户清退资金发放不及时", "批评教育", "清退名单公示，按月发放。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, conseq, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, conseq, measures)
            t.point(sh.name, dept, post, who, tier, point, [], CONSEQ[conseq])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级按可能导致的后果确定：可能导致党纪政务处分的为一级风险，可能导致诫勉谈话的为二级风险，"
          "可能导致批评教育的为三级风险。", 7)  # fmt: skip
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "fanshi_insurance_center_consequences", "http://pc.yun.jxntv.cn/p/496366.html",
        "(harder) 县医疗保险服务中心 岗位廉政风险点排查表, after the source's 医保基金监管 新闻发布会 (基金拨付, 待遇审核, "
        "异地就医, 定点机构): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/``可能导致的后果`` "
        "(``党纪政务处分/诫勉谈话/批评教育``)/防控措施 — NO level column: the level is the consequence, folded by a "
        "``注：`` line under the table; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fanshi_healthcare_bureau_two_sheets() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯璟湲", "局长", "主持全面工作", [
            ("医保基金总额预算分配中为医疗机构说情打招呼", "一级", "总额预算按因素法测算，局党组集体研究并公开。"),
            ("干部选拔任用和岗位调整搞“裙带关系”", "一级", "干部任用严格履行动议、考察、讨论决定程序。"),
        ]),
        ("巩瑭涔", "副局长", "分管基金监管、医药服务", [
            ("对定点医药机构违规问题查处避重就轻", "一级", "查处结果经案件审理委员会集体审定。"),
            ("医疗服务价格调整中接受企业请托", "二级", "调价方案公开征求意见，专家论证。"),
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
        ("办公室", "主任", "蒯琎洣", "middle", "公务接待超标准，接待费用由定点机构承担", "二级", "接待凭公函、清单报销。"),
        ("办公室", "主任", "蒯琎洣", "middle", "办公用品采购不比价", "三级", "采购三家比价，验收双人签字。"),
        ("基金监管股", "股长", "巩珹漈", "middle", "大数据筛查疑点线索不核查、不移交", "一级", "疑点线索建台账，销号管理。"),
        ("基金监管股", "科员", "蒯瑆淯", "general", "现场检查中向被检查机构透露检查信息", "二级", "检查人员随机抽取，检查前集中封闭。"),
        ("医药服务股", "股长", "巩琲澥", "middle", "医保支付资格管理中对医务人员记分不实", "二级", "记分结果经集体审核，公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "fanshi_healthcare_bureau_two_sheets", "https://ceshi.taolaoshi.top/gongwen/182997.html",
        "县医疗保障局 廉政风险防控一览表 in TWO SHEETS, after the source's 派驻纪检组 分析报告 on 医保基金管理领域 案件 "
        "(飞行检查, 大数据筛查, 医保支付资格, 解除协议): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 风险等级 ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def fanshi_fund_enforcement_posts() -> dict:
    unit = f"{PLACE}医保基金监管执法队"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "leader", "对内外勾结欺诈骗保案件压案不查", "岗位职责风险", "高", "案件线索集体研判，限时办结。"),
        ("稽查中队", "中队长", "middle", "飞行检查中接受被检查医院宴请", "思想道德风险", "高", "检查实行回避，严守纪律。"),
        ("稽查中队", "中队长", "middle", "调查取证不全面，选择性取证", "业务流程风险", "中", "执法全过程记录，证据双人审核。"),
        ("稽查中队", "执法员", "general", "行政处罚自由裁量不按基准", "制度机制风险", "中", "对照裁量基准，法制审核。"),
        ("法制审核室", "审核员", "general", "法制审核走过场", "业务流程风险", "低", "审核意见书面出具，存档备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "fanshi_fund_enforcement_posts", "https://www.scjc.gov.cn/scjc/syjdxw/2025/11/24/b5e3840e52dc4df1815eef4b6001fab1.shtml",
        "县医保基金监管执法队 岗位廉政风险点排查表 对岗不对人, after the source's 医保基金管理领域 专项整治 (内外勾结欺诈骗保, "
        "办案引领, 问题线索): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def fanshi_resident_insurance_selfchecks() -> dict:
    unit = f"{PLACE}城乡居民医保经办服务站"
    t = _Truth(unit)
    people = [
        ("蒯玶湜", "站领导", "站长", "leader", [
            ("参保扩面数据弄虚作假", "Ⅰ级", "参保数据与户籍、缴费数据比对。", "已落实"),
            ("困难群众资助参保名单审核不严", "Ⅱ级", "资助名单与民政、乡村振兴部门核对。", "未发现问题"),
        ]),
        ("巩璗沩", "经办窗口", "经办员", "general", [
            ("参保登记信息随意变更", "Ⅱ级", "信息变更凭证留存，系统留痕。", "已落实"),
            ("报销材料“吃拿卡要”", "Ⅰ级", "一次性告知，群众评价。", "已落实"),
            ("办事群众咨询推诿", "Ⅲ级", "首问负责制。", "未发现问题"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "fanshi_resident_insurance_selfchecks", "https://m.jiusongjiankang.com/health/news/7704549.html",
        "县城乡居民医保经办服务站 岗位廉政风险自查表, one sheet a person, after the source's 参保扩面与基金安全 (应参尽保, "
        "台账管理, 冒名就医): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def fanshi_designated_agencies_group_rows() -> dict:
    unit = f"{PLACE}定点医药机构稽核所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "蒯璘沕", "leader", [
                ("定点药店准入评估打招呼、降标准", "一级风险", "准入评估专家打分，结果公示。"),
                ("年度考核结果人为调整", "二级风险", "考核结果集体审定。"),
            ]),
        ]),
        ("二、稽核股", "稽核股", [
            ("股长", "巩琡潾", "middle", [
                ("药店串换药品、刷卡买日用品查处不严", "一级风险", "进销存数据比对，问题清单化。"),
            ]),
            ("稽核员", "蒯瑊淂", "general", [
                ("日常巡查中收受药店购物卡", "二级风险", "巡查两人以上同行。"),
                ("外配处方核查走过场", "三级风险", "处方抽查比例不低于10%。"),
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
        "fanshi_designated_agencies_group_rows", "https://www.1mishu.com/haowen/275854.html",
        "县定点医药机构稽核所 廉政风险防控责任清单, after the source's 药店医保基金管理 (目录外药品, 外配处方, 日用品刷卡): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、稽核股``; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def fanshi_medical_assistance_cards() -> dict:
    unit = f"{PLACE}医疗救助服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "巩瑹沄", "主任", "主持中心全面工作", "leader", [
            ("医疗救助对象认定把关不严", "★★★", "救助对象由乡镇初审、中心复审、公示。"),
            ("大额救助资金审批个人说了算", "★★★", "大额救助集体研究。"),
            ("接受服务对象礼品", "★", "严守廉洁纪律。"),
        ]),
        ("副主任", "蒯瑺潨", "副主任", "分管救助审核、资金发放", "leader", [
            ("救助资金发放不及时、截留", "★★", "资金直达个人账户。"),
            ("倾斜救助审核优亲厚友", "★★", "审核结果公示，接受举报。"),
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
        "fanshi_medical_assistance_cards", "https://m.jiusongjiankang.com/health/news/6169269.html",
        "县医疗救助服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 定点医疗机构监管 (智能监控, "
        "飞行检查, 黑名单): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def fanshi_shahe_town_list() -> dict:
    unit = f"{PLACE}砂河镇医保工作站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "巩瑄渼", "leader", "村级协管员补助发放不公开", "制度机制", "高风险", "补助名单公示。"),
        ("站领导", "站长", "巩瑄渼", "leader", "代收代缴居民医保费挪用", "岗位职责", "高风险", "保费当日缴存，票据闭环管理。"),
        ("业务室", "协管员", "蒯琠潟", "general", "代办报销收取好处费", "思想道德", "中风险", "代办事项登记，回访群众。"),
        ("业务室", "协管员", "蒯琠潟", "general", "参保信息采集不实", "业务流程", "低风险", "信息采集双人核对。"),
        ("业务室", "经办员", "巩琻浉", "general", "慢病卡申报材料把关不严", "业务流程", "中风险", "材料清单化，逐项核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "fanshi_shahe_town_list", "https://www.92read.com/fanwen/gzzj/4xpl34.html",
        "县镇医保工作站 岗位廉政风险防控一览表, after the source's 派驻纪检组 集中整治 分析报告 (基金安全, 明察暗访): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def fanshi_price_procurement_register() -> dict:
    unit = f"{PLACE}医药价格和招采服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蒯瑔淐", "leader", [
            ("集采药品挂网审核中接受企业请托", "外部环境", "一级", "挂网审核集体研究，留痕管理。"),
            ("医疗服务价格项目备案把关不严", "岗位职责", "二级", "备案材料两级审核。"),
        ]),
        ("招采科", "科长", "巩瑊湉", "middle", [
            ("集采中选药品配送企业遴选暗箱操作", "制度机制", "一级", "遴选结果公示。"),
            ("集采结余留用资金核算不实", "业务流程", "二级", "核算数据第三方复核。"),
        ]),
        ("招采科", "科员", "蒯璈涢", "general", [
            ("药品耗材追溯码采集数据不核查", "业务流程", "三级", "每月抽查追溯码数据。"),
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
        "fanshi_price_procurement_register", "https://www.zhetiaohe.com/ss/232db157029d988b5b066ebb368b019c23267f23f178ff60.html",
        "县医药价格和招采服务中心 廉政风险点排查登记表, after the source's page on 医保双边比例 (集采, 报销比例): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short)/风险等级 ``一级/二级/三级``/防控措施; "
        "a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fanshi_insurance_center_consequences(),
    fanshi_healthcare_bureau_two_sheets(),
    fanshi_fund_enforcement_posts(),
    fanshi_resident_insurance_selfchecks(),
    fanshi_designated_agencies_group_rows(),
    fanshi_medical_assistance_cards(),
    fanshi_shahe_town_list(),
    fanshi_price_procurement_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch788-inbox"))

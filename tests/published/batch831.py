"""The eight-hundred-and-thirty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's medical
security bodies, 河曲县 (of 忻州市, 山西省) — its 医疗保障局, 医疗保险服务中心, 医疗救助服务站,
定点医药机构稽核办, 城乡居民医保征缴办, 医保基金安全监管中心 and the 医保服务站 of 巡镇 and
楼子营镇 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 医保基金安全监管中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 医疗保险服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``),
  高/中/低; no names;
- the 定点医药机构稽核办's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 城乡居民医保征缴办's 责任清单 under GROUP ROWS ``一、办领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 医疗救助服务站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 巡镇医保服务站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 楼子营镇医保服务站's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``hequ_medical_security_bureau_rater_scores``: the 医疗保障局's 岗位廉政风险评议定级表, an ordinary
  ``股室 | 岗位 | 姓名 | 廉政风险点 | … | 防控措施`` list with NO level column: in its place
  ``风险评议得分（10分制）`` is merged over THREE RATERS' scores — ``本人自评 | 股室评议 | 局党组评定`` —
  one whole number each, and a ``注：`` line under the list fixes the level by the MEAN of the three
  (``平均分8分及以上为一级风险，6分（含）至8分为二级风险，6分以下为三级风险``). Neither one column (the
  last, the 党组's, or the first) nor the sum read by itself gives the levels: six of the ten rows
  grade otherwise by the last column alone. The README's 读得懂的表 knows scores ticked under
  ``1 | 2 | 3 | 4 | 5``, factor columns multiplied (LEC) or weighted by their headings (权重40%)
  and banded by a note, votes under ``高 | 中 | 低`` (most votes wins), ``自查 | 审定`` level columns
  (the 审定 one taken) and a 风险排序 banded by a note; it does not describe several raters'
  scores of one point, unweighted, whose MEAN a note bands into levels.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市医保局 on 医保基金管理突出问题
专项整治 — 自查自纠, 综合巡查, “日常+专项+飞行” 监管; 上党区 医保基金管理突出问题专项整治工作方案 —
定点医疗机构, 定点零售药店, 欺诈骗保, 责任、作风和腐败问题; 歙县 专项整治 新闻发布会 — 医保局
联合法院、检察院, 医保基金安全; a 县医保局 on 稽核 — 每半年全覆盖稽查稽核, 病历随机查, 智能审核;
a note on 医保基金审计 — 重复参保, 基金存放利率, 财政补助拨付, 死亡人员续保; a 城乡居民大病保险
计划书 — 大病保险, 一站式结算, 异地通赔; a 城乡居民医疗保险 新政策解读 — 参保缴费, 财政补助;
a 大额医疗救助管理办法 — 大额医疗费用, 救助对象) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 琚 and 璩 with rare given names); every unit is a body of 河曲县.

Run ``python tests/published/score.py --set batch831`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's level is the MEAN of its three scores banded by the ``注：`` line
  (8.0 and up 一级, 6.0 up to 8.0 二级, below 6.0 三级; a mean of exactly 6 or 8 belongs to the
  higher grade, as the note says ``8分及以上`` and ``6分（含）``); the scores themselves are no
  points and name no holder; the three raters (本人, 股室, 局党组) are no holders; ``局领导`` in the
  股室 column is the 科室 of the leaders;
- ``局领导``, ``中心领导``, ``办领导``, ``站领导`` (a 科室 cell, a group row, a 所在组室/部门 cell) are the
  科室 of those leaders; the cards' leaders and the ``中心领导`` sheet's leaders (no 科室 column)
  have no 科室; a 股, 科, 组 and 窗口 are 科室;
- 局长, 副局长, 主任 and 副主任 of a 中心 or 办, 站长 and 副站长 are leaders; 股长, 科长 and 组长
  middle; the rest (科员, 会计, 出纳, 稽核员, 经办员, 审核员, 征缴员, 救助员, 协管员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 医疗保险服务中心's
  list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b831_"
PLACE = "河曲县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
RATERS = ("本人自评", "股室评议", "局党组评定")
NOTE = ("注：风险等级按本人自评、股室评议、局党组评定三项得分的平均分确定：平均分8分及以上为一级风险，"
        "6分（含）至8分为二级风险，6分以下为三级风险。")  # fmt: skip


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def mean_level(scores: tuple[int, int, int]) -> int:
    """The level the ``注：`` line gives a row's three scores: their mean banded at 8 and 6."""
    mean = sum(scores) / len(scores)
    return 1 if mean >= 8 else 2 if mean >= 6 else 3


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, (本人自评, 股室评议, 局党组评定), 防控措施)])
RATED = [
    ("局领导", "局长", "琚昶翎", "leader", [
        ("定点医药机构协议准入评估中打招呼、说情", (9, 8, 7),
         "准入评估由专家组独立打分，评估结果经局党组会集体研究后公示。"),
        ("医保基金专项整治问题线索查处高举轻放", (8, 9, 9),
         "问题线索台账管理，办结情况定期向县纪委监委通报。"),
    ]),
    ("局领导", "副局长", "璩霂岚", "leader", [
        ("基金监管行政处罚自由裁量畸轻畸重", (9, 9, 6), "严格执行处罚裁量基准，重大处罚经法制审核和集体讨论。"),
        ("“双随机”检查对象抽取人为干预", (7, 6, 8), "检查对象由系统随机抽取，抽取过程全程记录。"),
    ]),
    ("基金监管股", "股长", "琚淯珩", "middle", [
        ("飞行检查、专项检查发现的问题不按规定移交", (8, 7, 7), "检查发现问题逐条登记，移交情况按月报局党组。"),
        ("智能监控疑点数据核查走过场", (6, 6, 5), "疑点数据核查结果双人签字，抽查复核。"),
    ]),
    ("基金监管股", "科员", "璩泠樾", "general", [
        ("稽核检查中接受定点机构宴请和礼品", (5, 5, 8), "检查组不少于两人，签订廉洁检查承诺书。"),
    ]),
    ("规划财务股", "股长", "琚洹岫", "middle", [
        ("医保基金存放不执行优惠利率", (7, 8, 9), "基金专户存放方案经局党组会研究，利率执行情况接受审计。"),
        ("财政补助资金拨付不及时、不足额", (6, 7, 5), "补助资金到账和拨付情况按月对账，及时报告。"),
    ]),
    ("规划财务股", "会计", "璩珝湄", "general", [
        ("基金支出凭证审核把关不严", (4, 5, 6), "支出凭证经办、复核、审批三级签字。"),
    ]),
]  # fmt: skip


def hequ_medical_security_bureau_rater_scores() -> dict:
    unit = f"{PLACE}医疗保障局"
    ncols = 9
    sh = _Sheet("定级表", [6, 12, 9, 9, 36, 9, 9, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险评议定级表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 18}2025年6月", ncols)
    top = sh.add(
        "序号",
        "股室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险评议得分（10分制）",
        None,
        None,
        "防控措施",
    )
    sh.add(None, None, None, None, None, *RATERS, None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in RATED:
        for point, scores, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, *scores, measures)
            t.point(sh.name, dept, post, who, tier, point, [], mean_level(scores))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, ncols)
    sh.add("制表：办公室", None, None, "审核：", None, None, "局长（签字）：", None, None)
    return _layout(
        "hequ_medical_security_bureau_rater_scores", "https://www.zfcgw.com/content/1714086065895449399.html",
        "(harder) 县医疗保障局 岗位廉政风险评议定级表, after the source's 市医保局 on 医保基金管理突出问题专项整治 (自查自纠, "
        "综合巡查, “日常+专项+飞行” 监管): a title, a 填报单位 line, then a TWO-ROW heading: 序号/股室/岗位/姓名/廉政风险点/"
        "防控措施 merged down, ``风险评议得分（10分制）`` merged across ``本人自评 | 股室评议 | 局党组评定``, one whole-number "
        "score each; NO level column: a ``注：`` line under the list grades each row by the MEAN of its three scores (8 and "
        "up 一级, 6 up to 8 二级, below 6 三级); 股室 merged, 岗位/姓名 merged per person; no type column; a 制表/审核/"
        "局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hequ_fund_supervision_center_two_sheets() -> dict:
    unit = f"{PLACE}医保基金安全监管中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("琚玙澈", "主任", "主持全面工作", [
            ("定点医药机构违规问题处理意见个人说了算", "一级", "处理意见经中心主任办公会集体研究，结果报县医保局备案。"),
            ("与被监管医药机构负责人不正当交往", "二级", "落实回避制度，不得接受被监管对象宴请。"),
        ]),
        ("璩峤芸", "副主任", "分管稽核、智能监控", [
            ("病历随机抽查样本人为挑选", "一级", "抽查病历由医保信息系统随机生成，抽取记录留存。"),
            ("智能审核扣款结果随意调整", "二级", "扣款调整须书面申请、两人复核、主任审批。"),
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
        ("稽核股", "股长", "琚浥晗", "middle", "现场稽核发现违规问题隐瞒不报", "一级",
         "稽核报告经股室集体审核，问题清单全部录入系统。"),
        ("稽核股", "股长", "琚浥晗", "middle", "违约金计算和退回金额不按协议执行", "二级", "违约金按协议条款计算，复核后公示。"),
        ("稽核股", "稽核员", "璩瑢翊", "general", "稽核中向医药机构泄露检查安排", "二级", "检查安排严格保密，当日通知当日进点。"),
        ("智能监控股", "股长", "琚翀渼", "middle", "智能监控规则参数私自修改", "一级", "规则修改留痕，经中心领导审批后启用。"),
        ("智能监控股", "科员", "璩沄暄", "general", "疑点数据初审结论不实", "三级", "初审结论抽查复核，差错记入考核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "hequ_fund_supervision_center_two_sheets", "https://www.cngy.gov.cn/gongkai/show/20210929095802-35130-00-000.html",
        "县医保基金安全监管中心 廉政风险防控一览表 in TWO SHEETS, after the source's 县医保局 on 稽核 (每半年全覆盖稽查稽核, "
        "病历随机查, 智能审核扣款): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hequ_insurance_service_center_posts() -> dict:
    unit = f"{PLACE}医疗保险服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "大病保险承办机构考核评价打人情分", "制度机制风险", "高",
         "考核指标量化，考核结果经中心集体研究后公示。"),
        ("待遇审核科", "科长", "middle", "异地就医费用手工报销审核放宽标准", "岗位职责风险", "高",
         "手工报销实行初审、复审两级审核，每月抽查。"),
        ("待遇审核科", "审核员", "general", "门诊慢特病待遇认定材料把关不严", "业务流程风险", "中",
         "认定材料逐项核对，认定结果系统留痕。"),
        ("待遇审核科", "审核员", "general", "为他人违规办理一站式结算", "思想道德风险", "中",
         "一站式结算数据每日核对，异常结算及时核查。"),
        ("基金结算科", "会计", "general", "定点医疗机构结算款拨付顺序人为调整", "业务流程风险", "中",
         "结算款按审核通过时间顺序拨付，拨付清单公开。"),
        ("基金结算科", "出纳", "general", "医保基金支付凭证保管不善", "外部环境风险", "低",
         "支付凭证专柜保管，定期装订归档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "hequ_insurance_service_center_posts", "https://bdocx.com/doc/10109321.html",
        "县医疗保险服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 城乡居民大病保险计划书 (大病保险承办, "
        "一站式结算, 异地通赔, 理赔服务): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hequ_audit_office_selfchecks() -> dict:
    unit = f"{PLACE}定点医药机构稽核办"
    t = _Truth(unit)
    people = [
        ("琚崧翙", "稽核办领导", "主任", "leader", [
            ("定点医院违规使用基金问题查处避重就轻", "Ⅰ级", "查处意见集体研究，处理结果向社会公开。", "已落实"),
            ("稽核报告结论随意改动", "Ⅱ级", "稽核报告定稿后锁定，改动须书面说明。", "未发现问题"),
        ]),
        ("璩湝玥", "医院稽核组", "稽核员", "general", [
            ("核查挂床住院时接受医院安排的宴请", "Ⅰ级", "核查不少于两人，签订廉洁承诺书。", "已落实"),
            ("串换药品问题核查不细", "Ⅱ级", "进销存数据与结算数据逐项比对。", "已落实"),
        ]),
        ("琚澍岏", "药店稽核组", "稽核员", "general", [
            ("定点零售药店串换销售问题不认定", "Ⅱ级", "疑点问题现场取证，照片存档。", "未发现问题"),
            ("检查记录填写不全", "Ⅲ级", "检查记录当场签字确认。", "已落实"),
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
        "hequ_audit_office_selfchecks", "http://www.shangdangqu.gov.cn/czxgk/zfxxgk/bmxxgk/zcbm/chnlwsj_204364/ybjgkml/chnl1081_237745/202508/t20250819_3079726.html",
        "县定点医药机构稽核办 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区医保局 "
        "医保基金管理突出问题专项整治工作方案 (定点医疗机构, 定点零售药店, 挂床住院, 串换药品): a title, a label row "
        "``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def hequ_collection_office_group_rows() -> dict:
    unit = f"{PLACE}城乡居民医保征缴办"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办领导", "办领导", [
            ("主任", "璩珣沅", "leader", [
                ("参保缴费任务分解不公，暗中照顾个别乡镇", "一级风险", "任务分解方案集体研究，按参保基数测算。"),
                ("财政补助参保对象名单审核不严", "一级风险", "名单与民政、乡村振兴部门数据比对。"),
            ]),
        ]),
        ("二、征缴股", "征缴股", [
            ("股长", "琚屺淙", "middle", [
                ("代收保费未及时足额缴入财政专户", "二级风险", "代收保费日清日缴，每旬对账。"),
            ]),
            ("征缴员", "璩晞瑗", "general", [
                ("为已死亡人员续保或重复参保登记", "二级风险", "参保数据与殡葬、户籍信息定期比对。"),
                ("缴费票据开具不规范", "三级风险", "票据领用、核销登记，专人保管。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("股长", "琚彧澂", "middle", [
                ("征缴进度数据虚报", "二级风险", "进度数据以系统数据为准，每月通报。"),
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
        "hequ_collection_office_group_rows", "http://fengdujob.net/go/城乡居民医疗保险2021年新政策解读.html",
        "县城乡居民医保征缴办 廉政风险防控责任清单, after the source's 城乡居民医疗保险 新政策解读 (参保缴费标准, 财政补助, "
        "缴费期): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、办领导``, ``二、征缴股``, ``三、综合股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hequ_medical_aid_station_cards() -> dict:
    unit = f"{PLACE}医疗救助服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "璩瀞芃", "站长", "主持全面工作", "leader", [
            ("大额医疗救助对象认定优亲厚友", "★★★", "救助对象经乡村评议、站务会审核、公示。"),
            ("救助资金审批超出标准", "★★★", "救助金额按办法核定，超标准的报县医保局审批。"),
            ("接受救助对象亲属礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "琚骞沨", "副站长", "分管救助审核、资金发放", "leader", [
            ("救助资金发放不到户、截留", "★★", "救助资金一律社会化发放到救助对象账户。"),
            ("救助台账与结算数据不符", "★★", "台账每月与一站式结算数据核对。"),
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
        "hequ_medical_aid_station_cards", "https://abg.baidu.com/tags/wpd5l4wwwc42jo7zwg7nfpoby2y2ht6vwtz3n3wsxxa4npwi235ltxga5wyozn5i",
        "县医疗救助服务站 领导干部廉政风险防控卡, one sheet a leader, after the source's 大额医疗救助管理办法 (大额医疗费用, "
        "救助对象, 救助标准): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hequ_xunzhen_station_list() -> dict:
    unit = f"{PLACE}巡镇医保服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "琚翥湘", "leader", "村级医保协管员代收保费监管不力", "岗位职责", "高风险",
         "代收保费每周核对，发现问题及时报告。"),
        ("站领导", "站长", "琚翥湘", "leader", "医疗救助申请初审意见不实", "制度机制", "中风险",
         "初审意见经站务会研究，村级公示。"),
        ("经办窗口", "经办员", "璩旻滢", "general", "为不符合条件人员办理慢特病申报", "业务流程", "高风险",
         "申报材料逐项核对，留存影像资料。"),
        ("经办窗口", "经办员", "璩旻滢", "general", "办理参保变更时索要好处", "思想道德", "中风险",
         "办事流程和监督电话上墙公示。"),
        ("经办窗口", "协管员", "琚湜珧", "general", "入户核查参保信息弄虚作假", "外部环境", "低风险",
         "核查结果由户主签字确认。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "hequ_xunzhen_station_list", "https://www.ahshx.gov.cn/zwgk/public/6615887/11919185.html",
        "镇医保服务站 岗位廉政风险防控一览表, after the source's 县 医保基金管理突出问题专项整治 新闻发布会 (医保局联合法院、"
        "检察院, 基金安全, 群众身边): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def hequ_louziying_station_register() -> dict:
    unit = f"{PLACE}楼子营镇医保服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "璩翾岚", "leader", [
            ("财政补助资金发放名单把关不严", "制度机制", "一级", "发放名单与参保系统比对后公示。"),
            ("默许村级协管员截留参保费", "思想道德", "二级", "协管员代收情况每月抽查。"),
        ]),
        ("经办窗口", "经办员", "琚璟汭", "general", [
            ("异地就医备案材料审核不严", "岗位职责", "二级", "备案材料双人核对。"),
            ("泄露参保人员个人信息", "外部环境", "一级", "系统账号专人专用，查询留痕。"),
        ]),
        ("经办窗口", "出纳", "璩沛璇", "general", [
            ("现金收缴保费不及时入账", "业务流程", "一级", "现金日清日缴，票款核对。"),
            ("收费票据丢失", "业务流程", "三级", "票据专柜存放，定期核销。"),
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
        "hequ_louziying_station_register", "https://www.fudaoke.com/exam/2405311.html",
        "镇医保服务站 廉政风险点排查登记表, after the source's note on 医保基金审计 (重复参保, 财政补助拨付, 死亡人员续保, "
        "截留保费): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hequ_medical_security_bureau_rater_scores(),
    hequ_fund_supervision_center_two_sheets(),
    hequ_insurance_service_center_posts(),
    hequ_audit_office_selfchecks(),
    hequ_collection_office_group_rows(),
    hequ_medical_aid_station_cards(),
    hequ_xunzhen_station_list(),
    hequ_louziying_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch831-inbox"))

"""A thirty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: POWER-PROCESS TABLES (权力运行流程 / 业务流程环节) as a 城管执法局,
a 生态环境局, a 交通运输局, an 应急管理局 and a 行政审批局 hand them back — each row a STEP of one power's
process (受理, 审查, 决定, 送达, 执行…) with its risk; the power's name merged over its steps; a
流程环节 column beside the 风险点; a 风险等级 per step; 防控措施; the 责任科室; and the post and the
责任人 written only on some rows (a step done by a window or by several staff names nobody). Eight
are EVERYDAY:

- a 城管执法局 行政许可 table: 序号 and 权力名称 merged over each power's steps, 流程环节, 风险点,
  高/中/低, 防控措施, 责任科室, 责任岗位 on every row and the 责任人 only where one person holds the post
  (the 窗口受理员 and 执法队员 rows blank);
- a 城管执法局 行政处罚 table with NO power column: each power is a section row
  (``一、对违法建设的行政处罚``) spanning the table, 流程环节 and 风险点, 责任科室 and a 责任人 of names
  on some rows;
- a 生态环境局 分局 环评审批 table under a TWO-ROW heading (``权力运行流程`` over 流程环节/承办科室,
  ``廉政风险`` over 风险点/风险等级), levels Ⅰ级/Ⅱ级/Ⅲ级, a 合议组 step naming nobody;
- a 行政审批局 table by 办理阶段 (申请/受理/审查/决定/送达阶段, merged where one stage has two rows),
  each 风险点 cell holding numbered sub-items ``①…;②…``, a 风险类型 column, 责任股室, 责任人 on some rows;
- a 行政审批局 sheet of stacked power CARDS: each card a header block (``职权名称 | 排污许可证核发 |
  职权类别 | 行政许可``, ``承办科室 | … | 监督科室 | 机关纪委``) above its own 环节/风险点/…/责任岗位/责任人
  rows;
- a 交通运输局 workbook with ONE SHEET PER POWER (sheets named ``涉路施工许可``, ``超限运输许可``),
  steps numbered ``1.受理``, ``2.审查(现场勘验)``…, 责任科室 and a 责任人 on some rows;
- a 交通运输局 table whose 风险等级 is given once per 事项 (merged over all its steps), one 办理环节
  (公示) merged over two risks and their 防控措施 merged too;
- an 应急管理局 安全生产行政处罚 table with a 监督责任人 column (the 纪检组长, merged over every row:
  a watcher), levels 一级/二级/三级, 责任科室/责任岗位/责任人 with the 执法人员 rows blank.

One is harder:

- ``emergency_hazchem_collective_steps``: an 应急管理局 危险化学品经营许可 process whose 科室 is
  merged over five steps and whose 责任人 is written on the single-holder steps but left BLANK on the
  collective ones (科务会研究, 局长办公会审定) right under a named row of the same 科室 — a 注 below
  the table says so (集体研究环节不确定个人责任人); a 风险类型 column with one or two types.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most describe a power's process in prose (a 户外广告 审批操作规程 with its 责任人
per step, a 城管 处罚流程图, a 环评审批 制度, a 审批风险点防控办法, a 排污许可 服务指南, a 涉路施工 办理
程序, a 公路改线 审批 办理流程, a 危化品 经营许可 审批办法, a 处罚权 监控 方案), and the layout follows
their words for the unit, its steps, its 科室 and posts. The rows are worded by us, the names
invented.

Run ``python tests/published/score.py --set batch33`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b33_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a power's name (权力名称, 事项名称, a section row ``一、对…的行政处罚``, a card's 职权名称) is what the
  rows are about: no point, no 科室, no post; a 流程环节/办理环节/运行环节/办理阶段 cell (``受理``,
  ``2.审查(现场勘验)``) says where the risk lies: no point — the 风险点 beside it is the point, the
  whole cell (numbered sub-items and all);
- each row's 责任科室 (责任股室, 承办科室, or the card's 承办科室) is its department; its 责任岗位 is its
  post; a name in 责任人 is the holder;
- a 责任人 left blank on a step whose 科室 or post differs from the row above names NOBODY: the point
  belongs to the row's post (or, without a post column, to its 科室) with person "" — it is not the
  name of the row above carried down; where a 注 says collective steps name no 责任人, a blank on such a
  step names nobody even right under a named row of the same 科室;
- a 合议组 written as the 承办科室 of a step is that step's 科室;
- a 监督责任人 or 监督科室 watches the process and holds none of its points;
- one 风险等级 merged over a power's steps is the level of each step; one 办理环节 merged over two
  risks gives two points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b33_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
TIER = {"科长": "middle", "股长": "middle", "大队长": "middle", "中队长": "middle"}
COLLECTIVE_NOTE = "注:1.风险等级分高、中、低三档;2.科务会、局长办公会等集体研究环节不确定个人责任人,责任人栏不填。"


def _tier(post: str) -> str | None:
    if not post:
        return None
    return TIER.get(post, "general")


def _merge_runs(sh: _Sheet, first: int, col: int, key=None) -> None:
    """Merge ``col`` over each run of rows from ``first`` with the same ``key(row)`` (default: the
    cell's own value; a run of blanks is left alone)."""
    key = key or (lambda k: sh.rows[k][col])
    last = len(sh.rows) - 1
    r = first
    while r <= last:
        e = r
        while e < last and key(e + 1) == key(r):
            e += 1
        if e > r and sh.rows[r][col] is not None:
            for k in range(r + 1, e + 1):
                sh.rows[k][col] = None
            sh.merges.append((r, col, e, col))
        r = e + 1


# --------------------------------------------------------------------------- harder layout


def emergency_hazchem_collective_steps() -> dict:
    unit = "XX市应急管理局"
    office = "危险化学品安全监督管理科"
    sh = _Sheet("危化许可", [5, 14, 12, 32, 14, 7, 30, 16, 9])
    t = _Truth(unit)
    sh.title(f"{unit}危险化学品经营许可权力运行流程廉政风险排查表", 9)
    sh.add("序号", "权力名称", "流程环节", "风险点", "风险类型", "风险等级", "防控措施", "责任科室",
           "责任人")  # fmt: skip
    power = "危险化学品经营许可证核发"
    steps = [
        ("受理", "对申请材料不全或不符合法定形式的违规受理", "岗位职责", "低",
         "受理条件和材料清单公开,一次性告知补正内容。", office, "蒋伟"),
        ("材料审查", "审查把关不严,对安全评价报告中的问题视而不见", "岗位职责、业务流程", "中",
         "审查要点清单化,审查意见写明依据。", office, "蒋伟"),
        ("现场核查", "现场核查走过场,接受企业宴请、礼品", "思想道德、外部环境", "高",
         "核查人员两人以上,核查记录拍照存档并签字。", office, "方志强"),
        ("科务会研究", "科务会研究时个人意见代替集体意见", "制度机制", "中",
         "科务会逐项表决,会议记录存档备查。", office, None),
        ("局长办公会审定", "未经局长办公会研究擅自发证", "制度机制", "高",
         "发证事项一律提交局长办公会审定,纪要印发。", office, None),
        ("制证", "许可证件内容与审定结果不一致", "业务流程", "低",
         "制证与审核分离,证件信息双人校对。", "办公室", "纪红梅"),
        ("送达", "送达证件时向企业索要好处或推销服务", "外部环境", "中",
         "证件网上推送或窗口领取,送达回执存档。", office, "蒋伟"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, kind, level, measures, dept, who) in enumerate(steps, 1):
        sh.add(n, power, step, point, kind, level, measures, dept, who)
        t.point(sh.name, dept, "", who or "", None, point, types_in(kind), HML[level])
    _merge_runs(sh, first, 1)
    _merge_runs(sh, first, 7)  # the 科室 merged over its first five steps
    r = sh.add(COLLECTIVE_NOTE, *([None] * 8))
    sh.merge(r, 0, r, 8)
    sh.add("填表人:", None, None, "科室负责人:", None, None, "填报日期:2024年4月", None, None)
    return _layout(
        "emergency_hazchem_collective_steps", "http://www.fymate.net/html/text/lar/169405/16940552_1.html",
        "(harder) 应急管理局 危险化学品经营许可 权力运行流程廉政风险排查表 after the source's 经营许可证 审批办法 (主管人员"
        "受理审查, 现场核查, 处务会议, 局长办公会议研究决定, 文印室打印, 主管处室送达): 序号/权力名称 merged over its "
        "seven steps/流程环节/风险点/风险类型 one or two types/风险等级 高/中/低/防控措施/责任科室 merged over the first "
        "five steps/责任人 names on the single-holder steps and BLANK on 科务会研究 and 局长办公会审定 right under a "
        "named row of the same 科室; a 注 saying collective steps name no 责任人; 填表人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def chengguan_permit_post_steps() -> dict:
    unit = "XX市城市管理综合执法局"
    sh = _Sheet("行政许可", [5, 14, 10, 32, 7, 30, 12, 11, 9])
    t = _Truth(unit)
    sh.title(f"{unit}行政许可事项权力运行廉政风险防控表", 9)
    sh.add("序号", "权力名称", "流程环节", "风险点", "风险等级", "防控措施", "责任科室", "责任岗位",
           "责任人")  # fmt: skip
    powers = [
        ("户外广告设施设置审批", [
            ("受理", "对材料不全的申请违规受理,或对符合条件的申请不予受理", "中",
             "受理条件、办理时限窗口公开,一次性告知。", "政务服务窗口", "窗口受理员", ""),
            ("现场踏勘", "踏勘走过场,对设置位置的安全隐患不如实记录", "中",
             "踏勘两人以上,现场拍照留存,踏勘记录签字。", "市容管理科", "科长", "贺建新"),
            ("审核", "降低设置标准审核,为关系人开绿灯", "高",
             "审核意见写明依据,重大设置方案科务会集体研究。", "市容管理科", "科长", "贺建新"),
            ("送达", "许可证件送达拖延,借机刁难申请人", "低",
             "办结短信提醒,证件窗口领取或邮寄送达。", "政务服务窗口", "窗口受理员", ""),
        ]),
        ("城市道路挖掘许可", [
            ("受理", "受理时暗示申请人委托指定施工单位", "中",
             "施工单位由申请人自主选择,窗口公开投诉电话。", "政务服务窗口", "窗口受理员", ""),
            ("审查", "审查把关不严,对挖掘时间和范围随意放宽", "高",
             "审查标准公开,挖掘范围现场核定。", "市政公用科", "科长", "龚立伟"),
            ("批后监管", "对超范围、超期限挖掘不制止、不查处", "中",
             "执法中队定期巡查,巡查记录录入数字城管平台。", "执法一中队", "执法队员", ""),
            ("恢复验收", "路面恢复验收降低标准,收受施工单位好处", "高",
             "验收邀请道路养护单位参加,验收资料存档。", "市政公用科", "科员", "宁小燕"),
        ]),
    ]  # fmt: skip
    for n, (power, steps) in enumerate(powers, 1):
        first = len(sh.rows)
        for step, point, level, measures, dept, post, who in steps:
            sh.add(n, power, step, point, level, measures, dept, post, who or None)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        _merge_runs(sh, first, 0)
        _merge_runs(sh, first, 1)
    sh.add()
    sh.add("局纪检组审核:", None, None, None, None, "2024年5月", None, None, None)
    return _layout(
        "chengguan_permit_post_steps", "http://uianet.net/dictionary/b17492339.html",
        "城管执法局 行政许可事项权力运行廉政风险防控表 after the source's 户外广告审批操作规程 (受理/现场踏勘/审核, 每个环节"
        "写岗位责任及权限和责任人: 窗口受理人员, 窗口负责人): 序号 and 权力名称 merged over each power's steps/流程环节/"
        "风险点/高/中/低/防控措施/责任科室/责任岗位 every row/责任人 a name only where one person holds the post — the "
        "窗口受理员 and 执法队员 rows blank, the 执法队员 row right under a named 科长 of another 科室; 纪检组审核 line",
        [sh], t,
    )  # fmt: skip


def chengguan_penalty_sections() -> dict:
    unit = "XX市城市管理行政执法局"
    sh = _Sheet("处罚流程", [5, 12, 34, 7, 32, 12, 9])
    t = _Truth(unit)
    sh.title(f"{unit}行政处罚权运行流程廉政风险点一览表", 7)
    sh.add("序号", "流程环节", "风险点", "风险等级", "防控措施", "责任科室", "责任人")
    sections = [
        ("一、对违法建设的行政处罚", [
            ("立案", "对举报的违法建设线索压案不查,应立案不立案", "高",
             "举报件统一登记编号,立案审批表大队负责人审签。", "执法一中队", "郑国华"),
            ("调查取证", "勘查笔录与现场不符,违建面积多报少报", "中",
             "现场勘查绘制示意图,两名执法人员签字。", "执法一中队", "郑国华"),
            ("案件会审", "会审走过场,处理意见由承办人说了算", "中",
             "会审表逐人签署意见,分歧意见记录在案。", "法制股", "韦丽"),
            ("处罚决定", "责令限期拆除决定随意改变拆除期限", "中",
             "拆除期限按裁量标准确定,改变期限须重新会审。", "法制股", "韦丽"),
            ("强制执行", "选择性拆除,收受好处后拖延拆除", "高",
             "强制拆除方案公示,拆除过程全程录像。", "拆违办", ""),
        ]),
        ("二、对占道经营的行政处罚", [
            ("现场检查", "对熟人摊点睁一只眼闭一只眼,选择性执法", "中",
             "执法记录仪全程开启,每周抽查回放。", "执法二中队", "吕斌"),
            ("暂扣物品", "暂扣物品登记不全,私自处置或占用", "高",
             "暂扣物品登记造册,七日内作出处理决定,放行单大队领导审签。", "执法二中队", "吕斌"),
            ("罚款收缴", "罚款不开票据,截留坐支", "低",
             "罚款两日内交至局财务,票款按月核对。", "财务股", ""),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, steps in sections:
        r = sh.add(caption, *([None] * 6))
        sh.merge(r, 0, r, 6)
        for step, point, level, measures, dept, who in steps:
            n += 1
            sh.add(n, step, point, level, measures, dept, who or None)
            t.point(sh.name, dept, "", who, None, point, [], HML[level])
    sh.add()
    sh.add("填报单位(盖章):", None, None, None, "填报日期:2024年3月", None, None)
    return _layout(
        "chengguan_penalty_sections", "https://m.wenke99.com/p-4334742.html",
        "城管 行政处罚权运行流程廉政风险点一览表 after the source's 城市管理行政处罚流程图 (立案审批 大队负责人, 中队 现场"
        "勘查, 案件会审, 暂扣物品 七日内处理 放行单, 罚款两日内交财务): NO power column — each power a section row "
        "``一、对违法建设的行政处罚`` merged across; 序号 running on/流程环节/风险点/高/中/低/防控措施/责任科室/责任人 names "
        "on some rows (拆违办 and 财务股 blank, each under a named row of another 科室); 填报单位 line",
        [sh], t,
    )  # fmt: skip


def eco_eia_two_row_heading() -> dict:
    unit = "XX市生态环境局XX分局"
    sh = _Sheet("环评审批", [5, 16, 12, 14, 32, 8, 30, 9])
    t = _Truth(unit)
    sh.title(f"{unit}建设项目环评审批权力运行廉政风险防控表", 8)
    r = sh.add("序号", "权力事项", "权力运行流程", None, "廉政风险", None, "防控措施", "责任人")
    r2 = sh.add(None, None, "流程环节", "承办科室", "风险点", "风险等级", None, None)
    for c in (0, 1, 6, 7):
        sh.merge(r, c, r2, c)
    sh.merge(r, 2, r, 3)
    sh.merge(r, 4, r, 5)
    powers = [
        ("建设项目环境影响报告书(表)审批", [
            ("窗口初审", "环保服务窗口", "初审时对明显缺项的材料放行,或暗示申请人找中介代办", "Ⅱ级",
             "初审清单化,代办行为登记报告。", ""),
            ("联合审查", "审批与总量科", "联合审查时暗示企业委托指定环评机构编制文本", "Ⅰ级",
             "环评机构由企业自主选择,审查人员签署无利益关系承诺。", "霍明亮"),
            ("专家技术评估", "审批与总量科", "专家抽取前泄露名单,干预专家评审意见", "Ⅰ级",
             "专家库随机抽取,评审会全程录音。", "霍明亮"),
            ("合议组讨论", "项目环评合议组", "合议时主持人先表态定调,成员附和", "Ⅰ级",
             "合议按先成员后主持人顺序发言,意见记录签字。", ""),
            ("审批公示", "办公室", "公示期间对群众异议不核实即出具审查意见", "Ⅱ级",
             "异议件登记,逐件核实答复后再出具意见。", "颜晓"),
        ]),
        ("建设项目环境影响登记表备案", [
            ("备案", "环保服务窗口", "对应编制报告表的项目降级按登记表备案", "Ⅲ级",
             "每季度汇总备案情况,审批与总量科抽查。", ""),
        ]),
    ]  # fmt: skip
    n = 0
    for power, steps in powers:
        n += 1
        first = len(sh.rows)
        for step, dept, point, level, measures, who in steps:
            sh.add(n, power, step, dept, point, level, measures, who or None)
            t.point(sh.name, dept, "", who, None, point, [], ROMAN[level])
        _merge_runs(sh, first, 0)
        _merge_runs(sh, first, 1)
    sh.add()
    sh.add("审核人:", None, None, None, "分局纪检员:", None, "2024年6月", None)
    return _layout(
        "eco_eia_two_row_heading", "http://www.panan.gov.cn/art/2025/7/28/art_1229420405_1821874.html",
        "生态环境局 分局 环评审批权力运行廉政风险防控表 after the source's 环评审批管理制度 (365环保窗口初审, 局相关科室联合"
        "审查, 专家技术评估, 项目环评合议组讨论, 公示无异议后出具审查意见, 登记表备案): TWO header rows — 权力运行流程 over "
        "流程环节/承办科室, 廉政风险 over 风险点/风险等级, 序号/权力事项/防控措施/责任人 merged down both; 权力事项 merged over "
        "its steps; Ⅰ级/Ⅱ级/Ⅲ级; 责任人 names on some rows (the window and the 合议组 blank); 审核人 line",
        [sh], t,
    )  # fmt: skip


def approval_stages_subitems() -> dict:
    unit = "XX县行政审批服务局"
    sh = _Sheet("风险点", [5, 10, 36, 10, 7, 34, 11, 9])
    t = _Truth(unit)
    sh.title(f"{unit}审批服务全流程廉政风险点及防控措施", 8)
    sh.add("序号", "办理阶段", "风险点", "风险类型", "风险等级", "防控措施", "责任股室", "责任人")
    rows = [
        ("申请阶段", "①工作人员业务不熟,解释不清、提供信息不准确;\n②暗示申请人找中介代办。", "岗位职责", "低",
         "①业务知识一口清;\n②公开办事指南,禁止推荐中介。", "政务服务股", ""),
        ("受理阶段", "①无故超时受理;\n②收受好处,对不符合条件的申请予以受理。", "思想道德", "中",
         "①公开受理条件和时限;\n②首问负责、一次性告知。", "政务服务股", ""),
        ("受理阶段", "容缺受理时未签订告知承诺书,事后不核查补正材料。", "制度机制", "中",
         "容缺受理按“谁受理谁负责”签订承诺书,补正情况按月核查。", "政务服务股", ""),
        ("审查阶段", "①擅自增加或减少审查条件;\n②对申报材料重大疑点隐瞒不报。", "岗位职责", "高",
         "①审查标准量化公开;\n②实行审查留痕和回避制度。", "审批一股", "冯玉洁"),
        ("审查阶段", "现场核查走过场,核查结论与实际不符。", "业务流程", "高",
         "现场核查两人以上,核查照片上传审批系统。", "审批一股", "杜鹏"),
        ("决定阶段", "不按审查意见作出决定,或越权审批。", "制度机制", "高",
         "审批权限清单公开,重大事项集体研究。", "审批一股", "冯玉洁"),
        ("送达阶段", "①未及时送达证照;\n②证照送达前向申请人索要好处。", "外部环境", "低",
         "①办结即时短信告知;\n②证照免费邮寄送达。", "政务服务股", ""),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (stage, point, kind, level, measures, dept, who) in enumerate(rows, 1):
        sh.add(n, stage, point, kind, level, measures, dept, who or None)
        t.point(sh.name, dept, "", who, None, point, types_in(kind), HML[level])
    _merge_runs(sh, first, 1)
    sh.add()
    sh.add("股室负责人签字:", None, None, None, None, "局纪检组审核:", None, None)
    return _layout(
        "approval_stages_subitems", "http://www.qianyang.gov.cn/art/2022/4/25/art_13763_1497016.html",
        "县行政审批服务局 审批服务全流程廉政风险点及防控措施 after the source's 行政审批风险点防控工作办法 (申请阶段/受理"
        "阶段…, each with 风险点 ①②③, 防控措施 ①②, 责任股室 政务服务股 and the windows): 序号/办理阶段 merged where one "
        "stage has two rows/风险点 cells of numbered sub-items ``①…;\\n②…`` (the whole cell the point)/风险类型/高/中/低/"
        "防控措施 numbered/责任股室/责任人 names only on the 审批一股 rows; 签字 line",
        [sh], t,
    )  # fmt: skip


def approval_power_cards() -> dict:
    unit = "XX市行政审批服务局"
    sh = _Sheet("防控表", [12, 34, 8, 30, 10, 9])
    t = _Truth(unit)
    sh.title(f"{unit}行政权力运行廉政风险防控表", 6)
    cards = [
        ("排污许可证核发", "生态环境审批科", [
            ("受理", "对排污单位申请材料不全的违规受理", "低",
             "网上申报材料系统校验,窗口一次性告知。", "受理员", ""),
            ("审查", "对排放量核定从宽,为排污单位多核许可排放量", "中",
             "核定依据写入审查意见,科长复核。", "审批员", "石磊"),
            ("现场核查", "现场核查时接受排污单位宴请、礼品", "中",
             "核查两人以上,核查记录当场签字。", "审批员", "石磊"),
            ("决定", "对不符合核发条件的单位核发许可证", "高",
             "核发条件清单化,不予核发的书面说明理由。", "科长", "孔德胜"),
            ("送达", "证件送达前向排污单位索要好处", "低",
             "电子证照网上推送,纸质证照窗口领取。", "受理员", ""),
        ]),
        ("取水许可", "农业水利审批科", [
            ("受理", "对取水申请材料真实性不核验即受理", "低",
             "取水用途和取水量申请表承诺制,窗口核验原件。", "受理员", ""),
            ("技术审查", "水资源论证报告审查把关不严,核定取水量偏大", "高",
             "论证报告专家评审,核定取水量写明依据。", "审批员", "陶冶"),
            ("决定", "越权审批或超总量控制指标审批取水", "高",
             "取水总量控制指标台账管理,审批前系统比对。", "科长", "章立群"),
        ]),
    ]  # fmt: skip
    for power, office, steps in cards:
        sh.add()
        r = sh.add("职权名称", power, None, "职权类别", "行政许可", None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("承办科室", office, None, "监督科室", "机关纪委", None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("环节", "风险点", "风险等级", "防控措施", "责任岗位", "责任人")
        for step, point, level, measures, post, who in steps:
            sh.add(step, point, level, measures, post, who or None)
            t.point(sh.name, office, post, who, _tier(post), point, [], HML[level])
    sh.add()
    sh.add("注:风险等级分高、中、低三档。", None, None, None, None, None)
    return _layout(
        "approval_power_cards", "http://linyi.gov.cn/info/6254/250345.htm",
        "行政审批服务局 行政权力运行廉政风险防控表 after the source's 排污许可证核发服务指南 (事项名称, 受理机构/决定机构 "
        "行政审批服务局, 审核, 核发): power CARDS stacked on one sheet, each a header block ``职权名称 | 排污许可证核发 | "
        "职权类别 | 行政许可`` and ``承办科室 | 生态环境审批科 | 监督科室 | 机关纪委`` above its own heading 环节/风险点/"
        "风险等级/防控措施/责任岗位/责任人; 受理员 rows with no 责任人; 注 line",
        [sh], t,
    )  # fmt: skip


def transport_sheet_per_power() -> dict:
    unit = "XX市交通运输局"
    t = _Truth(unit)
    powers = [
        ("涉路施工许可", [
            ("1.受理", "对材料不全的申请违规受理,或不一次性告知补正内容", "低",
             "受理条件和材料清单公开,补正告知书当场出具。", "行政审批科", ""),
            ("2.审查(现场勘验)", "现场勘验走过场,对影响公路安全的施工方案不提意见", "高",
             "勘验两人以上,勘验笔录附现场照片。", "路政管理科", "廖海涛"),
            ("3.审查(专家评审)", "专家评审前向申请人透露专家名单", "中",
             "专家随机抽取,名单评审当日公布。", "路政管理科", "廖海涛"),
            ("4.决定", "不按审查意见作出许可决定,越权许可", "高",
             "许可决定写明审查意见,重大涉路工程集体研究。", "行政审批科", "尹红"),
            ("5.送达", "许可证件送达拖延,借机索要好处", "低",
             "十日内送达或网上领取,送达回执存档。", "行政审批科", "尹红"),
            ("6.批后监管", "对未按许可范围施工的不制止、不查处", "中",
             "路政巡查每周一次,问题清单限期整改。", "路政执法大队", ""),
        ]),
        ("超限运输许可", [
            ("1.受理", "对超限车辆资料真实性不核验即受理", "中",
             "车辆信息联网核验,受理记录留痕。", "行政审批科", ""),
            ("2.审查", "违规核定通行路线和时间,为关系企业开绿灯", "高",
             "通行路线系统核定,人工调整须说明理由。", "路政管理科", "谭斌"),
            ("3.通行监管", "对不按许可路线行驶的车辆不查处", "中",
             "治超站数据比对,违规车辆纳入信用记录。", "路政执法大队", ""),
        ]),
    ]  # fmt: skip
    sheets = []
    for power, steps in powers:
        sh = _Sheet(power, [16, 34, 8, 30, 12, 9])
        sh.title(f"{unit}{power}权力运行廉政风险防控表", 6)
        sh.add("运行流程", "风险点", "风险等级", "防控措施", "责任科室", "责任人")
        for step, point, level, measures, dept, who in steps:
            sh.add(step, point, level, measures, dept, who or None)
            t.point(sh.name, dept, "", who, None, point, [], HML[level])
        sh.add()
        sh.add("科室负责人:", None, None, "分管领导:", None, None)
        sheets.append(sh)
    return _layout(
        "transport_sheet_per_power", "http://jtysj.smx.gov.cn/1591/617145408/2038159.html",
        "交通运输局 权力运行廉政风险防控表 after the source's 涉路施工办理程序 (申请-受理-审查(实质审查:现场勘验和专家"
        "评审)-决定-送达, 主管领导做出许可决定, 承办人制作许可证): ONE SHEET PER POWER named for it (``涉路施工许可``, "
        "``超限运输许可``), each with its own title and heading 运行流程 (``1.受理``, ``2.审查(现场勘验)``)/风险点/高/中/低/"
        "防控措施/责任科室/责任人 names on some rows (受理 and 路政执法大队 rows blank); 科室负责人/分管领导 line",
        sheets, t,
    )  # fmt: skip


def transport_merged_level_notice() -> dict:
    unit = "XX市交通运输局"
    sh = _Sheet("风险防控表", [5, 16, 9, 32, 30, 7, 12, 9])
    t = _Truth(unit)
    sh.title(f"{unit}行政许可事项廉政风险防控表", 8)
    sh.add("序号", "事项名称", "办理环节", "风险点", "防控措施", "风险等级", "责任股室", "责任人")
    shared = "公示在局网站和办公场所同步进行,公示截图存档;异议件登记并逐件核实。"
    items = [
        ("建设工程占用公路使公路改线审批", "高", [
            ("受理", "对材料不全的改线申请违规受理", "受理条件公开,不予受理出具通知书。", "行政审批股", ""),
            ("公示", "缩短公示期或不在规定场所公示", shared, "行政审批股", ""),
            ("公示", "对公示期间群众异议不核实即许可", shared, "行政审批股", ""),
            ("审查", "审查意见不写依据,对改线方案降低技术要求", "审查意见写明技术标准条款,股室会审。",
             "公路建设股", "邵建平"),
            ("实地核查", "实地核查走过场,接受申请人宴请", "实地核查两人以上,核查期限书面告知。",
             "公路建设股", "邵建平"),
            ("决定", "不按审查结论作出许可决定", "许可决定与审查结论不一致的须集体研究。", "行政审批股", "苏文"),
        ]),
        ("道路货物运输经营许可", "中", [
            ("审查", "对车辆技术条件和驾驶员资格审查不严", "车辆、驾驶员信息联网核验。", "运输管理股", "聂春雷"),
            ("决定", "为不符合条件的企业发放经营许可证", "许可结果网上公开,接受社会监督。", "行政审批股", "苏文"),
        ]),
    ]  # fmt: skip
    for n, (item, level, steps) in enumerate(items, 1):
        first = len(sh.rows)
        for step, point, measures, dept, who in steps:
            sh.add(n, item, step, point, measures, level, dept, who or None)
            t.point(sh.name, dept, "", who, None, point, [], HML[level])
        for c in (0, 1, 2, 4, 5):
            _merge_runs(sh, first, c)
    sh.add()
    sh.add("注:风险等级按事项确定。", None, None, None, None, None, None, None)
    return _layout(
        "transport_merged_level_notice", "https://www.chaojilvshi.com/wenzhang/wenzhang778001762a0734cea6bfc2b39b686bdd.html",
        "交通运输局 行政许可事项廉政风险防控表 after the source's 建设工程占用公路使公路改线审批 办理流程 (申请, 受理, 公示5个"
        "工作日, 审查, 实地核查, 决定, 领取结果): 序号/事项名称 merged over its steps/办理环节 (公示 merged over TWO "
        "risks)/风险点/防控措施 (merged over the two 公示 risks)/风险等级 ONE per 事项 merged over all its steps "
        "(高, 中)/责任股室/责任人 names on some rows (the 行政审批股 受理 and 公示 rows blank, above its named 决定 row); "
        "注 line 风险等级按事项确定",
        [sh], t,
    )  # fmt: skip


def emergency_penalty_watcher() -> dict:
    unit = "XX县应急管理局"
    sh = _Sheet("处罚权", [5, 16, 10, 30, 7, 28, 14, 10, 9, 9])
    t = _Truth(unit)
    sh.title(f"{unit}安全生产行政处罚权运行廉政风险防控表", 10)
    sh.add("序号", "权力名称", "运行环节", "风险点", "风险等级", "防控措施", "责任科室", "责任岗位", "责任人",
           "监督责任人")  # fmt: skip
    power = "对生产经营单位安全生产违法行为的行政处罚"
    squad = "综合行政执法大队"
    steps = [
        ("立案", "对检查发现的违法行为应立案不立案", "二级",
         "立案审批表分管领导签批,案件统一编号。", squad, "大队长", "卢海峰"),
        ("调查取证", "调查取证不全面,选择性收集证据", "二级",
         "两名以上执法人员调查,执法记录仪全程记录。", squad, "执法人员", ""),
        ("法制审核", "审核把关不严,对裁量明显不当的不予纠正", "一级",
         "法制审核意见书面出具,审核人签字负责。", "政策法规股", "法制审核员", "钟婷"),
        ("集体讨论", "重大案件未经集体讨论即作出处罚", "一级",
         "重大处罚案件提交局案审会,讨论记录存档。", "政策法规股", "股长", "严国栋"),
        ("告知听证", "未依法告知陈述申辩和听证权利", "三级",
         "告知书格式化,送达回证存卷。", squad, "执法人员", ""),
        ("决定", "处罚自由裁量随意,同案不同罚", "一级",
         "执行处罚裁量基准,裁量理由写入决定书。", squad, "大队长", "卢海峰"),
        ("执行", "罚没款不及时缴入国库,坐支截留", "二级",
         "罚没款直接缴入财政专户,按月对账。", "办公室", "会计", "唐敏"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, level, measures, dept, post, who) in enumerate(steps, 1):
        sh.add(n, power, step, point, level, measures, dept, post, who or None, "龙飞")
        t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[level])
    _merge_runs(sh, first, 1)
    _merge_runs(sh, first, 9)  # the 纪检组长 watches every step
    sh.add()
    sh.add("注:监督责任人为驻局纪检组组长。", *([None] * 9))
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 9)
    return _layout(
        "emergency_penalty_watcher", "https://www.xiaomilidoc.com/p-1897706.html",
        "应急管理局 安全生产行政处罚权运行廉政风险防控表 after the source's 行政处罚权监控 实施方案 (规范行政处罚权运行程序, "
        "自由裁量权, 公开透明, 绩效考核和责任追究): 序号/权力名称 merged over its seven steps/运行环节/风险点/一级/二级/三级/"
        "防控措施/责任科室/责任岗位/责任人 (the 执法人员 rows blank)/监督责任人 ONE name merged over every row (the "
        "纪检组长, a watcher); 注 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    emergency_hazchem_collective_steps(),
    chengguan_permit_post_steps(),
    chengguan_penalty_sections(),
    eco_eia_two_row_heading(),
    approval_stages_subitems(),
    approval_power_cards(),
    transport_sheet_per_power(),
    transport_merged_level_notice(),
    emergency_penalty_watcher(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b33_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch33-inbox"))

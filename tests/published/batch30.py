"""A thirtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: WHOLE WORKBOOKS as a unit sends them back — the forms are
ordinary, what surrounds them is not. Besides the sheets holding the forms, a workbook holds:

- a 封面 (cover) and a 目录 sheet before the forms, the 科室 sheets' tabs numbered as the 目录
  lists them (``1.办公室``, ``2.登记注册科``), each sheet's title naming its 科室 but not the unit
  (市场监管局);
- a 填表说明 sheet whose 填写示例 rows hold the placeholder ``XX股``/``XX岗``/``张三``, and a 汇总表
  of counts per 股室 (岗位数, 风险点数, and counts under a 风险等级 heading split 一级/二级/三级, a
  合计 row) before the list (住建局);
- last year's sheet copied and still there: FIRST, its tab and title marked ``(作废)``, half its
  rows the same as this year's (one with another level), the others gone this year (人社局); or
  AFTER this year's under the tab ``上年``, on the older template (no 风险类型, 一级/二级/三级)
  (卫健委);
- one sheet per person (tab = name), a blank ``模板`` sheet first (labels without values, 序号
  1–3 and nothing else), a HIDDEN ``下拉选项`` sheet of the drop-down lists (风险类型, 风险等级, 科室)
  and two empty sheets ``Sheet2``/``Sheet3`` (街道办事处);
- 附件1 (the 领导小组 name list: 组长/副组长/成员 with names), 附件2 (a leader's card) and 附件4 (the
  一般岗位 form turned into one list for every staff member) each on its own sheet (卫健委);
- a person's 附件4 continued on a WPS copy of the sheet, ``邓建华 (2)``: the header block gone,
  the heading again, rows going on, the review boxes at its foot (住建局);
- a 目录 of the 科室 with each 科室负责人's name and phone number, before 科室 sheets with no
  names (对岗不对人), the tabs shortened (``党政办``) and the titles naming the 科室 in full, and a
  last sheet holding one space (街道办事处);
- a 统计表 FIRST, one row per 所/股 with the 填报人's name, counts and a 备注, before the 所 sheets
  (市场监管局).

One is harder:

- ``rsj_void_last_year_first``: the 人社局's 2023 sheet, marked ``(作废)`` in its tab and title,
  comes before the 2024 one; four of its six points are this year's too (one with another level),
  two are not (one of them of a person who has left).

Each layout imitates the *shape* of such a workbook and takes its unit, its parts, posts and risks
from a public page (its ``source``) that no earlier batch cited; most of these pages describe
their subject in prose (an explainer of a 市场监督管理局's 科室, of a 街道办事处's 科室, of a 卫健委's
内设机构, a 职称评审 风险防控指引, a 公租房 rule, a 住建局's 信息公开 list), and the layout follows
their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch30`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a sheet marked ``作废`` (in its tab or title) or named ``上年``, beside this year's sheet, is last
  year's and no return: none of its rows is a point, its holders no forms;
- 封面, 目录, 填表说明 (with its 填写示例 rows), 汇总表/统计表 of counts, 附件1's 领导小组 list, a blank
  模板, a hidden 下拉选项 sheet and empty sheets hold no points and name no holder; a 目录's
  科室负责人 and a 统计表's 填报人 hold no post there;
- a tab numbered as the 目录 lists it (``1.办公室``) names the 科室 without its number; a tab
  shortened (``党政办``) yields to the title's full name (``党政办公室``);
- a person's form continued on a copy of the sheet (``邓建华 (2)``: no header block, the heading
  again) is the same form: its rows are that person's points;
- 附件2 is a leader's form (tier leader, 科室 ""); the 附件4 list's rows are general posts.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``layouts.write_xlsx``
plus sheets marked ``hidden``) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b30_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
VOID = "作废"
LAST_YEAR = "上年"
DATE = "年  月  日"
TIER = {"办公室主任": "middle", "科长": "middle", "股长": "middle", "大队长": "middle",
        "所长": "middle", "党政办主任": "middle", "社会事务办主任": "middle"}  # fmt: skip
ANNEX_HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _line(sh: _Sheet, text: str, ncols: int) -> int:
    """A row of one text merged across ``ncols`` columns."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _merge_runs(sh: _Sheet, first: int, cols_groups: list[tuple[int, ...]]) -> None:
    """Merge down each run of equal values in each group of columns (a group = one key),
    rows ``first``…end; the runs are all found before any is merged."""
    last = len(sh.rows) - 1
    spans = []
    for cols in cols_groups:
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in cols)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in cols) == key:
                e += 1
            if e > r and all(v is not None for v in key):
                spans.append((r, e, cols))
            r = e + 1
    for r, e, cols in spans:
        for c in cols:
            for k in range(r + 1, e + 1):
                sh.rows[k][c] = None
            sh.merges.append((r, c, e, c))


def _merge_blank_below(sh: _Sheet, first: int, col: int) -> None:
    """Merge each value in ``col`` over the blank cells below it (rows ``first``…end)."""
    r, last = first, len(sh.rows) - 1
    while r <= last:
        e = r
        while e < last and sh.rows[e + 1][col] is None and sh.rows[r][col] is not None:
            e += 1
        if e > r:
            sh.merge(r, col, e, col)
        r = e + 1


def _reviews(sh: _Sheet) -> None:
    for label in REVIEWS:
        r = sh.add(label, None, None, None, None, DATE)
        sh.merge(r, 1, r, 4)


# --------------------------------------------------------------------------- harder layout


def rsj_void_last_year_first() -> dict:
    unit = "XX县人力资源和社会保障局"
    widths = [5, 14, 10, 8, 34, 14, 8, 30]
    head = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    old = _Sheet(f"2023年({VOID})", widths)
    new = _Sheet("2024年", widths)
    t = _Truth(unit)
    this_year = [
        ("人才开发股", "股长", "庞建新", [
            ("职称申报资格审核把关不严,为不符合条件人员出具审核意见", "岗位职责风险", "一级",
             "资格审核实行初审、复审两级把关,审核结果公示五个工作日。"),
            ("评审专家名单提前泄露,为申报人打招呼说情", "制度机制风险", "一级",
             "评审专家随机抽取,名单评审前封存,评审全程录像。"),
        ]),
        ("人才开发股", "科员", "孟晓雯", [
            ("受理职称申报材料时接受申报人请托,代为补正材料", "思想道德风险", "二级",
             "受理材料当面登记,补正材料由申报人本人提交。"),
        ]),
        ("就业股", "股长", "邱伟", [
            ("就业补贴资金审核不严,重复发放、冒名领取", "制度机制风险", "一级",
             "补贴名单与社保、工商数据比对,发放结果公示。"),
        ]),
        ("就业股", "科员", "黎小兰", [
            ("公益性岗位人员认定优亲厚友", "岗位职责风险", "二级", "认定条件公开,认定名单社区公示。"),
        ]),
        ("劳动保障监察大队", "大队长", "秦海", [
            ("拖欠工资案件查处降格处理、久拖不结", "岗位职责风险", "一级",
             "案件办理时限系统预警,重大案件集体讨论。"),
            ("接受被检查用人单位宴请、礼品", "外部环境风险", "二级", "检查两人以上,签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    last_year = [
        ("人才开发股", "股长", "庞建新", [
            ("职称申报资格审核把关不严,为不符合条件人员出具审核意见", "岗位职责风险", "二级",
             "资格审核实行初审、复审两级把关。"),
            ("继续教育学时审核走过场,虚增学时", "业务流程风险", "三级", "学时登记系统管理,抽查核对。"),
        ]),
        ("人才开发股", "科员", "温丽", [
            ("人事档案借阅不登记,泄露档案信息", "制度机制风险", "二级", "档案借阅审批登记。"),
        ]),
        ("就业股", "股长", "邱伟", [
            ("就业补贴资金审核不严,重复发放、冒名领取", "制度机制风险", "一级",
             "补贴名单与社保数据比对。"),
        ]),
        ("劳动保障监察大队", "大队长", "秦海", [
            ("拖欠工资案件查处降格处理、久拖不结", "岗位职责风险", "一级", "重大案件集体讨论。"),
            ("接受被检查用人单位宴请、礼品", "外部环境风险", "二级", "检查两人以上。"),
        ]),
    ]  # fmt: skip
    for sh, year, groups, note in ((old, 2023, last_year, f"({VOID})"), (new, 2024, this_year, "")):
        sh.title(f"{unit}{year}年度岗位廉政风险点排查表{note}", 8)
        sh.add(*head)
        first, n = len(sh.rows), 0
        for office, post, who, items in groups:
            for point, kind, level, measures in items:
                n += 1
                sh.add(n, office, post, who, point, kind, level, measures)
                if sh is new:
                    t.point(sh.name, office, post, who, _tier(post), point, types_in(kind),
                            ORDINAL[level])  # fmt: skip
        _merge_runs(sh, first, [(1,), (2, 3)])
        sh.add()
        sh.add("填报人:", None, None, None, "局纪检组审核:", None, None, f"{year}年3月")
    return _layout(
        "rsj_void_last_year_first", "https://www.hnrcjl.cn/news/detail/321561.html",
        "(harder) 人社局 workbook after the source's 职称评审工作风险防控及处置指引 (职称资格审核和评审组织环节, 评审"
        "专家, 申报材料): last year's sheet still there and FIRST — tab ``2023年(作废)``, title ending ``(作废)`` — "
        "then ``2024年``; both 序号/股室/岗位/姓名 merged/风险点/风险类型/风险等级 一级…三级/防控措施; four of the six "
        "2023 points are this year's too (庞建新's first with 二级 then, 一级 now), two are gone (one of 温丽, who has "
        "left); 填报人/审核 line under each",
        [old, new], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def scjg_cover_toc_numbered_tabs() -> dict:
    unit = "XX县市场监督管理局"
    cover = _Sheet("封面", [70])
    for text in (None, unit, "岗位廉政风险防控手册", "(2024年版)", None, "局机关纪委  编印",
                 "二〇二四年三月"):  # fmt: skip
        if text:
            cover.add(text)
        else:
            cover.add()
    toc = _Sheet("目录", [8, 46, 16])
    toc.title("目  录", 3)
    toc.add("序号", "内容", "工作表")
    offices = [
        ("办公室", [
            ("办公室主任", "常卫东", [
                ("公务接待超标准、超范围,虚报接待费用", "制度机制风险", "中",
                 "接待实行公函制度,接待清单按月公示。"),
                ("办公用品采购不询价,与供应商串通抬价", "岗位职责风险", "高", "三家以上询价,采购与验收分离。"),
            ]),
            ("会计", "伍小燕", [
                ("报销票据审核不严,虚列支出", "岗位职责风险", "中", "票据经办人、证明人、审批人三签。"),
            ]),
        ]),
        ("登记注册科", [
            ("科长", "聂国栋", [
                ("对材料不全的企业设立申请违规核准登记", "岗位职责风险", "高",
                 "一次性告知办理条件,核准实行两级审核。"),
                ("违规将企业移出经营异常名录", "制度机制风险", "高", "移出前核查整改情况,移出决定科室集体审核。"),
            ]),
            ("窗口受理员", "甄蕾", [
                ("为中介代办业务开“绿色通道”,收取好处", "外部环境风险", "中", "叫号排队办理,中介代办登记备查。"),
            ]),
        ]),
        ("执法稽查科", [
            ("科长", "屈振华", [
                ("案件查办中说情打招呼,降格处罚", "思想道德风险", "高", "执行处罚裁量基准,重大案件集体讨论。"),
            ]),
            ("执法人员", "车晓军", [
                ("现场检查前向被检查对象通风报信", "岗位职责风险", "中", "检查对象随机抽取,检查任务当日下达。"),
                ("暂扣物品登记不全,私自处置", "制度机制风险", "低", "暂扣物品清单当场开具,专库保管。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (office, people) in enumerate(offices, 1):
        sh = _Sheet(f"{k}.{office}", [5, 12, 8, 34, 14, 8, 30])
        t_title = f"{office}岗位廉政风险点及防控措施"
        toc.add(k, t_title, sh.name)
        sh.title(t_title, 7)
        sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
        first, n = len(sh.rows), 0
        for post, who, items in people:
            for point, kind, level, measures in items:
                n += 1
                sh.add(n, post, who, point, kind, level, measures)
        _merge_runs(sh, first, [(1, 2)])
        sh.add()
        sh.add("科室负责人(签字):", None, None, None, "填报日期:2024年3月", None, None)
        sheets.append((sh, office, people))
    t = _Truth(unit)
    for sh, office, people in sheets:
        for post, who, items in people:
            for point, kind, level, _measures in items:
                t.point(sh.name, office, post, who, _tier(post), point, types_in(kind), HML[level])
    return _layout(
        "scjg_cover_toc_numbered_tabs", "http://news.wx1990.com/yxwd/202511/414968.html",
        "市场监管局 手册 workbook after the source's 市场监督管理局 组织结构 (办公室, 登记注册科, 执法稽查科): a 封面 "
        "sheet (unit, 岗位廉政风险防控手册, 编印, date), a 目录 sheet (序号/内容/工作表), then one sheet per 科室 "
        "with the tab numbered as the 目录 lists it (``1.办公室``, ``2.登记注册科``, ``3.执法稽查科``) and a title "
        "naming the 科室 but not the unit; 序号/岗位/姓名 merged/廉政风险点/风险类型/风险等级 高/中/低/防控措施; "
        "科室负责人 sign-off line",
        [cover, toc] + [sh for sh, _, _ in sheets], t,
    )  # fmt: skip


def zjj_guide_example_summary() -> dict:
    unit = "XX县住房和城乡建设局"
    head = ("股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    guide = _Sheet("填表说明", [12, 10, 8, 34, 14, 8, 30])
    _line(guide, "填表说明", 7)
    for text in (
        "1.本表由各股室负责人组织本股室人员逐岗位、逐人填写,每个风险点填写一行。",
        "2.风险类型填写:思想道德风险、制度机制风险、岗位职责风险、业务流程风险、外部环境风险。",
        "3.风险等级分一级、二级、三级:一级为涉及审批、资金、工程项目等重要权力,发生后危害严重的风险;"
        "二级为危害较重的风险;三级为危害较轻的风险。",
        "4.填写示例:",
    ):
        _line(guide, text, 7)
    guide.add(*head)
    guide.add("XX股", "XX岗", "张三", "例:在XX审批中降低条件违规办理,收受好处", "岗位职责风险", "二级",
              "例:实行初审、复审两级审核,办理结果公示")  # fmt: skip
    guide.add("XX股", "XX岗", "张三", "例:……", "……", "……", "……")
    _line(guide, "5.请于3月20日前将本工作簿报局纪检组,电子版发至工作群。", 7)

    lst = _Sheet("风险点一览表", [5, 16, 10, 8, 34, 14, 8, 30])
    t = _Truth(unit)
    lst.title(f"{unit}岗位廉政风险点一览表", 8)
    lst.add("序号", *head)
    offices = [
        ("建筑业管理股", [
            ("股长", "欧阳明", [
                ("施工许可审查把关不严,为手续不全的项目发证", "岗位职责风险", "一级",
                 "施工许可实行受理、审核、审批分离,办理结果网上公开。"),
                ("建筑市场检查中对违法分包降格处理", "外部环境风险", "二级", "检查结果集体研究,处罚信息公示。"),
            ]),
            ("科员", "庄晓倩", [
                ("企业信用评价打分优亲厚友", "思想道德风险", "三级", "评分标准公开,评价结果公示。"),
            ]),
        ]),
        ("住房保障股", [
            ("股长", "包国华", [
                ("公租房分配审核不严,为不符合条件家庭配租", "制度机制风险", "一级",
                 "申请家庭收入、住房情况部门联审,配租名单公示。"),
                ("公租房轮候顺序人为调整", "业务流程风险", "一级", "轮候排序系统生成,调整须集体研究。"),
            ]),
            ("科员", "甘雨", [
                ("公租房租金收缴不入账,截留挪用", "岗位职责风险", "二级", "租金银行代收,按月对账。"),
            ]),
        ]),
        ("房地产市场监管股", [
            ("股长", "卓立", [
                ("商品房预售资金监管拨付不按节点审核", "制度机制风险", "一级", "拨付实行双人审核,银行联合监管。"),
            ]),
            ("科员", "米红", [
                ("物业服务投诉处理偏袒物业企业", "外部环境风险", "三级", "投诉件登记编号,办结回访。"),
            ]),
        ]),
    ]  # fmt: skip
    first, n = len(lst.rows), 0
    for office, people in offices:
        for post, who, items in people:
            for point, kind, level, measures in items:
                n += 1
                lst.add(n, office, post, who, point, kind, level, measures)
                t.point(lst.name, office, post, who, _tier(post), point, types_in(kind),
                        ORDINAL[level])  # fmt: skip
    _merge_runs(lst, first, [(1,), (2, 3)])
    lst.add()
    lst.add("填报单位(盖章):", None, None, None, "局纪检组审核:", None, None, "2024年3月")

    summary = _Sheet("汇总表", [6, 20, 10, 10, 8, 8, 8, 16])
    summary.title(f"{unit}岗位廉政风险点汇总表", 8)
    r = summary.add("序号", "股室", "岗位数", "风险点数", "风险等级", None, None, "备注")
    summary.add(None, None, None, None, "一级", "二级", "三级", None)
    summary.merge(r, 4, r, 6)
    for c in (0, 1, 2, 3, 7):
        summary.merge(r, c, r + 1, c)
    totals = [0, 0, 0, 0, 0]
    for k, (office, people) in enumerate(offices, 1):
        levels = [ORDINAL[p[2]] for _, _, items in people for p in items]
        row = [len(people), len(levels), *(levels.count(v) for v in (1, 2, 3))]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        summary.add(k, office, *row, None)
    r = summary.add("合计", None, *totals, None)
    summary.merge(r, 0, r, 1)
    return _layout(
        "zjj_guide_example_summary", "https://tskhow.chunlanmall.com/news/22094.html",
        "住建局 workbook after the source's 公租房 运行管理 rule (轮候, 配租, 租金收缴, 申请家庭审核): a 填表说明 sheet "
        "(numbered lines, the 一级/二级/三级 definitions, a 填写示例 table whose two rows hold the placeholder ``XX股``/"
        "``XX岗``/``张三``/``例:…``), then a 汇总表 of counts per 股室 (岗位数, 风险点数, a 风险等级 heading over "
        "一级/二级/三级 counts, 备注, a 合计 row), then the 一览表: 序号/股室 merged/岗位/姓名 merged/风险点/风险类型/"
        "风险等级 一级…三级/防控措施; sign-off line",
        [guide, summary, lst], t,
    )  # fmt: skip


def jd_person_tabs_hidden_lists() -> dict:
    unit = "XX市XX区济源路街道办事处"
    widths = [6, 34, 14, 10, 30, 8]
    title = f"{unit}工作人员廉政风险自查表"
    head = ("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    template = _Sheet("模板", widths)
    template.title(title, 5)
    template.add("姓名", None, "科室", None, "职务", None)
    template.add(*head)
    for k in range(1, 4):
        template.add(k, None, None, None, None)
    template.add("本人签字:", None, None, DATE, None)
    people = [
        ("郝振东", "城市管理科", "科长", [
            ("占道经营、违法建设查处中收受当事人好处,降格处理", "外部环境风险", "高",
             "查处意见科室集体研究,处理结果公示。"),
            ("市容环境整治项目验收把关不严", "岗位职责风险", "中", "验收邀请社区代表参加,验收资料存档。"),
            ("门前五包考核打分随意", "制度机制风险", "低", "考核标准公开,考核结果公示。"),
        ]),
        ("韦丽萍", "社会事务科", "民政专干", [
            ("低保、特困对象审核把关不严,优亲厚友", "岗位职责风险", "高", "入户调查两人以上,审核结果社区公示。"),
            ("临时救助资金发放虚报冒领", "制度机制风险", "中", "救助资金打卡发放,名单公示。"),
            ("泄露救助对象个人信息", "思想道德风险", "低", "信息查询权限分级,查询留痕。"),
        ]),
        ("鲁国强", "经济发展科", "科员", [
            ("辖区企业统计数据弄虚作假", "业务流程风险", "中", "统计数据企业签字确认,科长复核。"),
            ("招商引资项目扶持资金申报材料审核不严", "岗位职责风险", "高", "扶持资金申报集体评审,结果公示。"),
        ]),
    ]  # fmt: skip
    t = _Truth(unit)
    sheets = [template]
    for who, office, post, items in people:
        sh = _Sheet(who, widths)
        sh.title(title, 5)
        sh.add("姓名", who, "科室", office, "职务", post)
        sh.add(*head)
        for k, (point, kind, level, measures) in enumerate(items, 1):
            sh.add(k, point, kind, level, measures)
            t.point(sh.name, office, post, who, _tier(post), point, types_in(kind), HML[level])
        sh.add("本人签字:", who, None, "2024年4月", None)
        sheets.append(sh)
    lists = _Sheet("下拉选项", [14, 10, 14])
    lists.add("风险类型", "风险等级", "科室")
    kinds = ["思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险"]
    levels = ["高", "中", "低"]
    offices = ["党政办公室", "城市管理科", "社会事务科", "经济发展科", "平安建设办"]
    for k in range(5):
        lists.add(kinds[k], levels[k] if k < 3 else None, offices[k])
    lay = _layout(
        "jd_person_tabs_hidden_lists", "https://www.bkwk.cn/article/jmjyjdbsctxcszldsjms.html",
        "街道办事处 workbook after the source's explainer of a 街道办事处 (办公室、社会事务科、经济发展科、城市管理科; "
        "城市管理, 社区服务): a blank ``模板`` sheet FIRST (title, 姓名/科室/职务 labels without values, heading, 序号 "
        "1–3 and nothing else, 本人签字), one sheet per person (tab = name: title, 姓名/科室/职务 row, 序号/廉政风险点/"
        "风险类型/风险等级 高/中/低/防控措施, 本人签字), a HIDDEN ``下拉选项`` sheet (风险类型/风险等级/科室 lists) and "
        "two empty sheets ``Sheet2``, ``Sheet3``",
        [*sheets, lists, _Sheet("Sheet2"), _Sheet("Sheet3")], t,
    )  # fmt: skip
    lay["sheets"][-3]["hidden"] = True
    return lay


def wjw_annex1_2_4() -> dict:
    unit = "XX县卫生健康委员会"
    a1 = _Sheet("附件1", [12, 10, 26])
    a1.add("附件1")
    a1.title(f"{unit}廉政风险防控工作领导小组成员名单", 3)
    a1.add("职务", "姓名", "单位职务")
    for row in (("组长", "冯立军", "党组书记、主任"), ("副组长", "蔡文静", "党组成员、副主任"),
                ("成员", "贺建", "办公室主任"), ("成员", "龙海燕", "医政医管科科长"),
                ("成员", "段明", "综合监督科科长")):  # fmt: skip
        a1.add(*row)
    _line(a1, "领导小组办公室设在委办公室,贺建同志兼任办公室主任。", 3)

    t = _Truth(unit)
    leader, post = "蔡文静", "副主任"
    a2 = _Sheet("附件2", [6, 18, 32, 14, 8, 30])
    a2.add("附件2")
    _line(a2, "领导岗位廉政风险识别和防控表", 6)
    _line(a2, f"单位(盖章):{unit}", 6)
    a2.add("姓名", leader, "职务", post, "岗位风险等级", "A级")
    a2.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    sections = [
        ("一、分管工作", [
            ("分管医政医管、基层卫生健康", [
                ("医疗机构设置审批、执业登记中降低标准", "岗位职责风险", "Ⅰ级",
                 "审批条件公开,现场核查两人以上,集体研究审批。"),
                ("基层卫生项目资金分配不按因素法测算", "制度机制风险", "Ⅱ级", "资金分配方案党组会研究,结果公开。"),
            ]),
            ("分管综合监督", [
                ("对医疗机构违法行为查处打招呼、说情", "外部环境风险", "Ⅰ级", "重大案件集体讨论,说情干预登记报告。"),
            ]),
        ]),
        ("二、“三重一大”方面", [
            ("参与党组“三重一大”决策", [
                ("大额设备采购项目不经集体研究,个人拍板", "制度机制风险", "Ⅰ级",
                 "大额采购党组会集体决策,会议纪要存档。"),
            ]),
        ]),
    ]  # fmt: skip
    for caption, areas in sections:
        _line(a2, caption, 6)
        n = 0
        for area, items in areas:
            first = len(a2.rows)
            for k, (point, kind, level, measures) in enumerate(items):
                n += 1
                a2.add(n, area if k == 0 else None, point, kind, level, measures)
                t.point(a2.name, "", post, leader, "leader", point, types_in(kind), ROMAN[level])
            if len(items) > 1:
                a2.merge(first, 1, len(a2.rows) - 1, 1)
    _reviews(a2)

    a4 = _Sheet("附件4", [5, 14, 10, 8, 32, 14, 8, 28])
    a4.add("附件4")
    _line(a4, "一般岗位廉政风险识别和防控表", 8)
    _line(a4, f"单位(盖章):{unit}", 8)
    a4.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险级别", "防控措施")
    staff = [
        ("医政医管科", "科员", "祁晓峰", "医师执业注册材料审核不严", "岗位职责风险", "Ⅱ级",
         "注册材料两人审核,注册信息网上可查。"),
        ("医政医管科", "科员", "祁晓峰", "医疗纠纷调处中偏袒一方", "外部环境风险", "Ⅲ级", "调处过程全程记录,结果书面告知。"),
        ("基层卫生健康科", "科员", "谭玉梅", "基本公共卫生服务项目考核打分不实", "业务流程风险", "Ⅱ级",
         "考核组随机组成,考核结果公示。"),
        ("基层卫生健康科", "科员", "谭玉梅", "村医补助资金核算虚报人数", "制度机制风险", "Ⅰ级", "补助名单乡村两级公示。"),
        ("综合监督科", "监督员", "石磊", "卫生监督检查中接受被检查单位宴请", "思想道德风险", "Ⅱ级",
         "执法记录仪全程开启,检查两人以上。"),
    ]  # fmt: skip
    first = len(a4.rows)
    for n, (office, post_, who, point, kind, level, measures) in enumerate(staff, 1):
        a4.add(n, office, post_, who, point, kind, level, measures)
        t.point(a4.name, office, post_, who, "general", point, types_in(kind), ROMAN[level])
    _merge_runs(a4, first, [(1,), (2, 3)])
    _line(a4, "注:一般岗位人员较多,按科室汇总填报,一人一行或多行。", 8)
    return _layout(
        "wjw_annex1_2_4", "http://uianet.net/dictionary/b4142372.html",
        "卫健委 workbook after the source's list of a 卫健委's 职能部门 (办公室, 医政医管, 基层卫生健康, 综合监督…): "
        "tab ``附件1`` the 领导小组 name list (职务 组长/副组长/成员, 姓名, 单位职务) with a 办公室 line; tab ``附件2`` "
        "a 副主任's card (姓名/职务/岗位风险等级 row, 序号/分管工作 merged/风险点/风险类型/风险级别 Ⅰ级…Ⅲ级/防控措施, "
        "sections 一、分管工作 and 二、“三重一大”方面, review boxes); tab ``附件4`` the 一般岗位 form turned into ONE "
        "list for every staff member (附件4 line, official title, 单位 line, 序号/科室/岗位/姓名 merged/…), a 注 line",
        [a1, a2, a4], t,
    )  # fmt: skip


def zjj_person_tab_continued() -> dict:
    unit = "XX市XX区住房和城乡建设局"
    widths = [22, 16, 32, 14, 8, 30]
    t = _Truth(unit)
    who, office, post = "邓建华", "房地产市场科", "科员"
    page1 = _Sheet(who, widths)
    page2 = _Sheet(f"{who} (2)", widths)  # WPS's name for a copied sheet
    page1.add("附件4")
    _line(page1, "一般岗位廉政风险识别和防控表", 6)
    _line(page1, f"单位(盖章):{unit}", 6)
    page1.add("姓名", who, "所在科室及职务", f"{office} {post}", "岗位风险等级", "B级")
    page1.add(*ANNEX_HEAD)
    rows1 = [
        ("负责商品房预售许可初审", "材料审查", "预售许可材料审查把关不严,为未达形象进度的项目出具初审意见",
         "岗位职责风险", "Ⅰ级", "现场核查形象进度并拍照存档,初审意见科长复核。"),
        (None, "现场核查", "现场核查时接受开发企业宴请、礼品", "思想道德风险", "Ⅱ级", "核查两人以上,签订廉洁承诺。"),
        ("负责商品房网签备案", "备案审核", "违规为开发企业撤销网签备案", "制度机制风险", "Ⅰ级",
         "撤销备案须购房人到场确认,科长审批。"),
        (None, "信息维护", "泄露购房人个人信息", "岗位职责风险", "Ⅲ级", "系统查询权限分级,查询留痕。"),
    ]  # fmt: skip
    rows2 = [
        ("负责房地产经纪机构备案", "备案审核", "经纪机构备案材料审核不严,违规备案", "业务流程风险", "Ⅱ级",
         "备案材料网上核验,备案结果公示。"),
        (None, "日常检查", "对经纪机构违规行为检查发现不报", "外部环境风险", "Ⅱ级", "检查记录上传系统,科长抽查。"),
        ("负责物业服务企业信用评价", "评价打分", "信用评价打分中优亲厚友", "思想道德风险", "Ⅲ级", "评价标准公开,评价结果公示。"),
    ]  # fmt: skip
    for sh, rows in ((page1, rows1), (page2, rows2)):
        if sh is page2:
            sh.add(*ANNEX_HEAD)  # the header block deleted from the copy, the heading kept
        first = len(sh.rows)
        for duty, flow, point, kind, level, measures in rows:
            sh.add(duty, flow, point, kind, level, measures)
            t.point(page1.name, office, post, who, "general", point, types_in(kind), ROMAN[level])
        _merge_blank_below(sh, first, 0)
    _reviews(page2)
    _line(page2, "注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。", 6)

    who2, office2, post2 = "孔丽", "住房保障科", "窗口受理员"
    other = _Sheet(who2, widths)
    other.add("附件4")
    _line(other, "一般岗位廉政风险识别和防控表", 6)
    _line(other, f"单位(盖章):{unit}", 6)
    other.add("姓名", who2, "所在科室及职务", f"{office2} {post2}", "岗位风险等级", "B级")
    other.add(*ANNEX_HEAD)
    rows3 = [
        ("负责保障性住房申请受理", "材料受理", "受理时对申请家庭材料把关不严,违规受理", "岗位职责风险", "Ⅱ级",
         "执行一次性告知和收件清单。"),
        (None, "资格初审", "为亲友申请插队受理、违规初审", "思想道德风险", "Ⅱ级", "受理按序号办理,初审结果科长复核。"),
        ("负责租赁补贴发放台账", "台账登记", "租赁补贴台账登记不实,重复发放", "制度机制风险", "Ⅰ级",
         "台账与财政发放数据按月核对。"),
    ]  # fmt: skip
    first = len(other.rows)
    for duty, flow, point, kind, level, measures in rows3:
        other.add(duty, flow, point, kind, level, measures)
        t.point(other.name, office2, post2, who2, "general", point, types_in(kind), ROMAN[level])
    _merge_blank_below(other, first, 0)
    _reviews(other)
    _line(other, "注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。", 6)
    return _layout(
        "zjj_person_tab_continued", "https://zjj.fuzhou.gov.cn/zfxxgkzl/gkml/ywgz/zfbzhfdcsc",
        "住建局 workbook of 附件4 forms, one sheet per person, after the source's 住建局 信息公开 list (住房保障和房地产"
        "市场: 预售许可, 网签备案, 经纪机构, 物业, 保障性住房, 租赁补贴): ``邓建华``'s form (附件4, title, 单位, 姓名/"
        "所在科室及职务/岗位风险等级 row, official heading, four rows, no review boxes) CONTINUED on the WPS copy "
        "``邓建华 (2)``: no 附件4 line, title or header block, the heading again, three more rows, the review boxes "
        "and 注 at its foot; then ``孔丽``'s whole form; 岗位职责 merged, Ⅰ级…Ⅲ级",
        [page1, page2, other], t,
    )  # fmt: skip


def jd_toc_heads_posts_only() -> dict:
    unit = "XX县城关街道办事处"
    toc = _Sheet("目录", [6, 18, 12, 14, 8, 14])
    toc.title(f"{unit}岗位廉政风险点目录", 6)
    toc.add("序号", "科室", "科室负责人", "联系电话", "岗位数", "工作表")
    offices = [
        ("党政办公室", "党政办", "蒋红", "8321001", [
            ("党政办主任", [
                ("公务接待、会议费用虚报冒领", "中", "接待费用凭审批单和清单报销,按季公开。"),
                ("公车使用不登记,公车私用", "低", "用车实行派车单制度,车辆定位监控。"),
            ]),
            ("财务会计", [
                ("街道财务支出审核不严,白条入账", "高", "支出实行经办、审核、审批三签,每月对账。"),
            ]),
        ]),
        ("社会事务办公室", "社会事务办", "葛文华", "8321002", [
            ("社会事务办主任", [
                ("低保审批把关不严,人情保、关系保", "高", "低保评议全程记录,审批结果张榜公示。"),
            ]),
            ("民政专干", [
                ("高龄津贴发放虚报冒领", "中", "津贴名单与户籍、殡葬数据比对。"),
                ("残疾人补贴申请材料审核走过场", "中", "申请材料两人审核,补贴名单公示。"),
            ]),
        ]),
        ("综合治理办公室", "综治办", "卢斌", "8321003", [
            ("综治专干", [
                ("矛盾纠纷调处中收受当事人财物", "中", "调处在调解室进行,调处记录当事人签字。"),
                ("网格员考核评分弄虚作假", "低", "考核细则公开,考核结果公示。"),
            ]),
        ]),
    ]  # fmt: skip
    t = _Truth(unit)
    sheets = []
    for k, (office, tab, head, phone, posts) in enumerate(offices, 1):
        toc.add(k, office, head, phone, len(posts), tab)
        sh = _Sheet(tab, [6, 16, 36, 8, 34])
        sh.title(f"{office}岗位廉政风险点一览表", 5)
        sh.add("序号", "岗位", "风险点", "风险等级", "防控措施")
        first, n = len(sh.rows), 0
        for post, items in posts:
            for point, level, measures in items:
                n += 1
                sh.add(n, post, point, level, measures)
                t.point(sh.name, office, post, "", _tier(post), point, [], HML[level])
        _merge_runs(sh, first, [(1,)])
        sheets.append(sh)
    toc.add()
    _line(toc, "注:各科室岗位廉政风险点见对应工作表,科室负责人对本科室填报内容负责。", 6)
    blank = _Sheet("Sheet4", [8])
    blank.add(" ")  # one space typed in A1 and left there
    return _layout(
        "jd_toc_heads_posts_only", "http://121.41.188.88/home/News/view/id/8403/did/78.html",
        "街道办事处 workbook after the source's list of a 街道办事处's 职责 (财务, 民政和社会福利, 社会治安综合治理, 人民"
        "调解): a 目录 sheet FIRST (序号/科室/科室负责人 names/联系电话/岗位数/工作表, a 注 line), then one sheet per "
        "科室 with the tab shortened (``党政办``, ``社会事务办``, ``综治办``) and the title naming it in full "
        "(``党政办公室岗位廉政风险点一览表``, no unit), no names (对岗不对人): 序号/岗位 merged/风险点/风险等级 高/中/"
        "低/防控措施; a last sheet ``Sheet4`` holding one space",
        [toc, *sheets, blank], t,
    )  # fmt: skip


def wjw_this_year_then_shangnian() -> dict:
    unit = "XX市卫生健康委员会"
    cur = _Sheet("2024年度", [5, 14, 10, 8, 34, 14, 8, 30])
    old = _Sheet(LAST_YEAR, [5, 14, 10, 8, 34, 8, 30])
    t = _Truth(unit)
    cur.title(f"{unit}机关岗位廉政风险点排查表(2024年度)", 8)
    cur.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合监督科", "科长", "程刚", "医疗机构不良执业行为记分随意", "岗位职责风险", "中", "记分标准公开,记分结果科室集体审核。"),
        ("综合监督科", "科长", "程刚", "行政处罚自由裁量权行使不规范", "制度机制风险", "高", "执行处罚裁量基准,案卷每季度评查。"),
        ("综合监督科", "监督员", "欧敏", "监督检查前向被检查单位透露检查安排", "思想道德风险", "中",
         "检查对象双随机抽取,检查当日告知。"),
        ("财务科", "科长", "夏志明", "专项资金拨付不按进度审核", "业务流程风险", "高", "拨付凭项目进度报告,分管领导审签。"),
        ("财务科", "会计", "邹玲", "虚开、套取差旅费", "思想道德风险", "低", "差旅费网上报销,票据系统查验。"),
        ("医政医管科", "科长", "严冬", "医疗技术临床应用备案审核不严", "岗位职责风险", "中", "备案材料专家论证,结果网上公开。"),
        ("医政医管科", "科长", "严冬", "大型医用设备配置评审受人情干扰", "外部环境风险", "高", "评审专家随机抽取,评审结果公示。"),
    ]  # fmt: skip
    first = len(cur.rows)
    for n, (office, post, who, point, kind, level, measures) in enumerate(rows, 1):
        cur.add(n, office, post, who, point, kind, level, measures)
        t.point(cur.name, office, post, who, _tier(post), point, types_in(kind), HML[level])
    _merge_runs(cur, first, [(1,), (2, 3)])
    cur.add()
    cur.add("填报人:", None, None, None, "委机关纪委审核:", None, None, "2024年4月")
    # last year's sheet, on the older template: no 风险类型, levels 一级/二级/三级
    old.title(f"{unit}机关岗位廉政风险点排查表(2023年度)", 7)
    old.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    old_rows = [
        ("综合监督科", "科长", "程刚", "行政处罚自由裁量权行使不规范", "一级", "执行处罚裁量基准。"),
        ("综合监督科", "监督员", "郑海", "卫生监督协管经费发放不实", "二级", "协管经费按考核结果发放。"),
        ("财务科", "科长", "夏志明", "专项资金拨付不按进度审核", "一级", "拨付凭项目进度报告。"),
        ("医政医管科", "科长", "严冬", "医疗技术临床应用备案审核不严", "一级", "备案材料专家论证。"),
    ]  # fmt: skip
    first = len(old.rows)
    for n, row in enumerate(old_rows, 1):
        old.add(n, *row)
    _merge_runs(old, first, [(1,), (2, 3)])
    old.add()
    old.add("填报人:", None, None, None, "委机关纪委审核:", None, "2023年4月")
    return _layout(
        "wjw_this_year_then_shangnian", "https://fx361.cc/page/2022/1021/14039644.shtml",
        "卫健委 workbook after the source's study of 卫生监督 (综合监督执法, 不良执业行为, 医疗机构监管, 卫生监督协管): "
        "this year's sheet ``2024年度`` FIRST (序号/科室 merged/岗位/姓名 merged/风险点/风险类型/风险等级 高/中/低/"
        "防控措施, title ending (2024年度)), then last year's kept under the tab ``上年`` on the older template "
        "(title (2023年度), no 风险类型, 一级/二级/三级): three of its points are this year's too (with other "
        "level words, one with another level), one is of 郑海, who has left",
        [cur, old], t,
    )  # fmt: skip


def scjg_stats_first_office_tabs() -> dict:
    unit = "XX县市场监督管理局"
    stats = _Sheet("统计表", [6, 20, 10, 10, 10, 12, 16])
    stats.title(f"{unit}各所(股)岗位廉政风险点填报情况统计表", 7)
    stats.add("序号", "所(股)", "填报人", "应填报人数", "已填报人数", "风险点数(个)", "备注")
    offices = [
        ("城关市场监管所", "城关所", "潘立新", [
            ("所长", "潘立新", [
                ("食品经营许可现场核查走过场", "一级", "现场核查两人以上,核查照片存档。"),
                ("对辖区商户投诉举报压案不办", "二级", "投诉件登记编号,办结回访。"),
            ]),
            ("市场监管员", "柏雪", [
                ("日常巡查中接受商户吃请、礼品", "二级", "巡查轨迹上传系统,所长每周抽查。"),
            ]),
        ]),
        ("东关市场监管所", "东关所", "晏红", [
            ("所长", "晏红", [
                ("食品抽样前向经营者透露抽样计划", "一级", "抽样计划保密,抽样人员随机派出。"),
            ]),
            ("市场监管员", "米志刚", [
                ("抽检不合格食品后续处置不到位", "二级", "不合格食品处置情况系统销号。"),
                ("流通环节食品检查记录弄虚作假", "三级", "检查记录经营者签字确认。"),
            ]),
        ]),
        ("食品生产监管股", "食品生产股", "武斌", [
            ("股长", "武斌", [
                ("食品生产许可审查中降低条件", "一级", "审查组三人以上,审查结论集体研究。"),
                ("对生产企业监督检查发现问题不督促整改", "二级", "问题清单限期整改,复查销号。"),
            ]),
        ]),
    ]  # fmt: skip
    t = _Truth(unit)
    sheets = []
    total = 0
    for k, (office, tab, filer, people) in enumerate(offices, 1):
        points = sum(len(items) for _, _, items in people)
        total += points
        note = "已审核" if k < 3 else "补报"
        stats.add(k, office, filer, len(people), len(people), points, note)
        sh = _Sheet(tab, [6, 12, 8, 34, 8, 30, 12])
        sh.title(f"{office}岗位廉政风险点排查表", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
        first, n = len(sh.rows), 0
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                sh.add(n, post, who, point, level, measures, None)
                t.point(sh.name, office, post, who, _tier(post), point, [], ORDINAL[level])
        _merge_runs(sh, first, [(1, 2)])
        sh.add()
        sh.add("填报人:", filer, None, "局纪检组审核:", None, "2024年3月", None)
        sheets.append(sh)
    r = stats.add("合计", None, None, None, None, total, None)
    stats.merge(r, 0, r, 2)
    stats.add("统计人:", "詹国庆", None, "统计日期:", "2024年3月", None, None)
    return _layout(
        "scjg_stats_first_office_tabs", "https://www.bkwk.cn/article/jmfzscjgjzlspaqfxshbxczaq.html",
        "市场监管局 workbook after the source's piece on a 市场监管局's 食品安全 (风险监测, 抽样检测, 食品生产许可, 流通"
        "环节检查, 投诉): a 统计表 FIRST (序号/所(股)/填报人 names/应填报人数/已填报人数/风险点数(个)/备注 已审核/补报, a "
        "合计 row, 统计人 line), then one sheet per 所/股 with a short tab (``城关所``, ``东关所``, ``食品生产股``) and "
        "the title naming it in full: 序号/岗位/姓名 merged/风险点/风险等级 一级…三级/防控措施/备注 (empty); 填报人/"
        "审核 line",
        [stats, *sheets], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    rsj_void_last_year_first(),
    scjg_cover_toc_numbered_tabs(),
    zjj_guide_example_summary(),
    jd_person_tabs_hidden_lists(),
    wjw_annex1_2_4(),
    zjj_person_tab_continued(),
    jd_toc_heads_posts_only(),
    wjw_this_year_then_shangnian(),
    scjg_stats_first_office_tabs(),
]


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``layouts.write_xlsx`` plus this batch's sheet option: ``hidden`` (the whole sheet)."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties(
        {"created": datetime(2023, 6, 1, 9, 0, 0), "author": "", "title": layout["name"]}
    )
    fmt = wb.add_format(
        {"text_wrap": True, "valign": "vcenter", "font_name": "宋体", "font_size": 10}
    )
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        if sheet.get("hidden") is True:
            ws.hide()
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                if isinstance(v, int | float):
                    ws.write_number(r, c, v, fmt)
                else:
                    ws.write_string(r, c, v, fmt)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "" if v is None else v, fmt)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b30_*``, none kept)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch30-inbox"))

"""A forty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE — the plain 岗位廉政风险防控一览表 /
风险点排查表 / 廉政风险防控责任清单 that a city, county or district body puts on its website or
hands back, as a random sample gives it, from bodies the earlier batches seldom drew on. Eight
are EVERYDAY:

- a 市统计局 排查表: 科室 merged (``局领导`` first), 岗位/姓名 merged per person, a 风险类型 written
  with its ``风险`` suffix (``岗位职责风险``), two types in one cell joined by ``、``, 高/中/低,
  a 填表人/审核人 line;
- a 市商务局 一览表 对岗不对人: 科室 merged, 岗位 merged, a long ``岗位职责`` column (merged per
  post) before the ``廉政风险点``, the level heading written over two lines (``风险⏎等级``),
  一级/二级/三级;
- a 县委党校 一览表 with no 序号 column (the table starts at 科室), ``校领导`` first, 岗位/姓名 merged,
  one 风险类型 per point, 高/中/低, a 盖章/签字 line;
- a 区机关事务管理服务中心 排查表 对岗不对人 whose post is a trailing ``责任岗位`` column (merged
  where a post holds two rows), a ``工作事项`` column before the 风险点, 高/中/低 and a 注 line;
- a 市住房公积金管理中心 ``风险隐患排查对照表`` (附件3) after a real one: ``类别`` merged
  (缴存类, 提取类…: business groups, not risk types), a short numbered ``风险行为`` beside a long
  ``行为描述``, an ``排查情况`` column of counts (``笔数：2笔⏎金额：1.8万元``, ``无``), 整改及防控
  措施, 整改时限 (dates) and the holder's name in a trailing 责任人; no level column;
- a 县退役军人事务局 一览表: 股室 merged, 岗位/姓名/``主要职责`` merged per person, 廉政风险点,
  风险类型, 高/中/低;
- a 县疾病预防控制中心 一览表: 科室 merged, a short 风险点 beside its ``主要表现``, the level heading
  ``风险等级（Ⅰ、Ⅱ、Ⅲ级）`` with Ⅰ级/Ⅱ级/Ⅲ级, the holder in a trailing ``科室负责人`` column
  (merged); empty ``Sheet2``/``Sheet3`` left behind;
- a 市城市建设投资集团 清单 对岗不对人: ``单位（部门）`` merged (集团 部 and 子公司), 岗位,
  廉洁风险点, 高/中/低, and a trailing ``监督部门`` column (纪检监察室, 审计部 — watchers, not
  the post's office).

One is harder:

- ``petition_bureau_pdf_pages``: a 区信访局 一览表 as converted from its published PDF page by
  page — a ``- 1 -`` page-number row mid-table, the heading row again at the top of page 2 and
  the first row of page 2 continuing the last person of page 1 with its 科室, 岗位 and 姓名 cells
  left blank (the merge broke at the page).

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch cited: a
住房公积金 风险隐患排查对照表 (its columns, its 类别 groups and 排查情况 counts), and pages describing
their subject in prose (a 市统计局's “双随机” 执法检查, a 市商务局's 外经贸 project rules, a 区信访局's
调研 news, a 县委党校's budget note naming its 科室, a 区机关事务管理服务中心's 公车/办公用房 check,
a 县退役军人事务局's 巡察 on 抚恤补助, a 县疾控中心's 疫苗存储运输 收费 note, a 城投集团's 清廉工地
check) whose words the layout follows for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented.

Run ``python tests/published/score.py --set batch41`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b41_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a type cell ``岗位职责风险、外部环境风险`` names both types (short names in the truth);
- a ``岗位职责`` / ``主要职责`` column is the post's duties, not a point; ``工作事项`` is where the
  point sits, not the point;
- a trailing ``责任岗位`` column names the post (对岗不对人); a trailing ``科室负责人`` or 责任人
  column of names names the holder; with no post column the title is "";
- ``类别`` over 缴存类/提取类/贷款类 groups the rows: no type, no 科室; with no level column every
  level is None; 排查情况 and 整改时限 cells are no points;
- a ``监督部门`` column names who watches, not the post's office;
- in a table converted page by page, a ``- 1 -`` row and the heading repeated at the top of the
  next page are no points, and a row there with blank 科室/岗位/姓名 continues the last post and
  holder above the break;
- 填表人/审核人, 盖章/签字 lines and 注 lines are no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b41_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
PAGE_ROW = "- 1 -"
TIER = {"局长": "leader", "副局长": "leader", "常务副校长": "leader", "副校长": "leader",
        "科长": "middle", "股长": "middle", "主任": "middle", "部长": "middle",
        "总经理": "middle", "经理": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _merge_runs(sh: _Sheet, first: int, groups: list[tuple], last: int | None = None) -> None:
    """Merge down runs of rows ``first``..``last``. Each group is ``(key_cols, merge_cols)``:
    over each run of rows with equal values in ``key_cols``, ``merge_cols`` become one merged
    cell each (a bare tuple of columns is both). The runs are all found before any is merged."""
    last = len(sh.rows) - 1 if last is None else last
    spans = []
    for group in groups:
        keys, cols = group if isinstance(group[0], tuple) else (group, group)
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in keys)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in keys) == key:
                e += 1
            if e > r and all(v is not None for v in key):
                spans.append((r, e, cols))
            r = e + 1
    for r, e, cols in spans:
        for c in cols:
            for k in range(r + 1, e + 1):
                sh.rows[k][c] = None
            sh.merges.append((r, c, e, c))


# --------------------------------------------------------------------------- harder layout


def petition_bureau_pdf_pages() -> dict:
    unit = "XX区信访局"
    head = ("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    sh = _Sheet("Sheet1", [5, 10, 9, 8, 38, 8, 36])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点一览表", 7)
    sh.add(*head)
    page1 = [
        ("局领导", "局长", "聂卫东", "重大信访事项交办督办中为责任单位说情，降低办理标准", "高",
         "重大信访事项实行领导包案，办理结果集体研判。"),
        ("局领导", "副局长", "严翠英", "安排区级领导接访时对来访群众优亲厚友、插队安排", "中",
         "接访预约按登记顺序安排，预约名单公示。"),
        ("接访科", "科长", "蔡建平", "来访登记不如实，对越级上访信息瞒报、漏报", "高",
         "来访信息当日录入信访信息系统，每日核对。"),
        ("接访科", "科长", "蔡建平", "接待中收受来访人财物，承诺解决不合理诉求", "高",
         "接访全程录音录像，廉洁纪律在接待大厅公示。"),
        ("接访科", "接访员", "覃晓雯", "对来访事项推诿不受理，不出具告知", "低",
         "实行首问负责，不予受理的出具书面告知。"),
    ]  # fmt: skip
    # page 2 of the PDF: its first row goes on with 覃晓雯 (the merge broke at the page)
    page2 = [
        (None, None, None, "泄露来访人个人信息和反映的内容", "中",
         "来访人信息专人管理，查询调阅留痕。"),
        ("办信科", "科长", "钟立群", "网上信访件转送交办不及时，影响及时受理率", "中",
         "网上信访件当日登记、三日内转送，超期自动预警。"),
        ("办信科", "科长", "钟立群", "信访事项复查、听证中偏袒一方", "高",
         "复查、听证实行合议，听证员从库中随机抽取。"),
        ("督查科", "科长", "甘志远", "积案化解督查走过场，未化解即予销号", "中",
         "积案销号须经回访核实，销号结果公示。"),
    ]  # fmt: skip
    top = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(page1, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_runs(sh, top, [(1,), (2, 3)])
    sh.title(PAGE_ROW, 7)
    sh.add(*head)
    top = len(sh.rows)
    last = page1[-1][:3]
    for n, (dept, post, who, point, lv, measures) in enumerate(page2, len(page1) + 1):
        sh.add(n, dept, post, who, point, lv, measures)
        holder = (dept, post, who) if who else last
        t.point(sh.name, holder[0], holder[1], holder[2], _tier(holder[1]), point, [], HML[lv])
    _merge_runs(sh, top, [(1,), (2, 3)])
    sh.title("- 2 -", 7)
    return _layout(
        "petition_bureau_pdf_pages", "http://m.news.wmxa.cn/beilin/201801/528427.html",
        "(harder) 区信访局 岗位廉政风险点一览表 after the source's news item on a 区信访局 (领导接访下访, 网上"
        "“三率”, 积案化解, 越级上访, 信访接待中心), as converted from its published PDF page by page: 科室 "
        "merged (``局领导`` first), 岗位/姓名 merged per person, 高/中/低; a ``- 1 -`` page-number row after "
        "row 5, the heading row again at the top of page 2, and row 6 continuing 接访科 接访员 覃晓雯 with "
        "its 科室, 岗位 and 姓名 cells blank (the merge broke at the page); ``- 2 -`` at the end",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def stats_bureau_types_suffixed() -> dict:
    unit = "XX市统计局"
    sh = _Sheet("排查表", [5, 12, 8, 8, 36, 14, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "包振华", "授意、指使下级修改统计数据", "思想道德风险", "高",
         "落实防范和惩治统计造假责任制，统计数据经专业科室审核后发布。"),
        ("局领导", "副局长", "雷淑芬", "执法检查对象不随机抽取，人为指定或排除检查对象", "制度机制风险", "高",
         "检查对象“双随机”抽取，抽取过程录像并公示。"),
        ("执法监督科", "科长", "戴永胜", "对检查发现的统计违法行为降格处理、以罚代改", "岗位职责风险", "高",
         "处罚决定集体审议，处理结果网上公开。"),
        ("执法监督科", "科长", "戴永胜", "检查前向被查企业透露检查时间和内容",
         "岗位职责风险、外部环境风险", "中", "检查方案保密，检查内容到现场方告知企业。"),
        ("执法监督科", "科员", "冉思琪", "原始记录和统计台账核查走过场，检查记录不完整", "业务流程风险", "低",
         "检查记录双人签字，检查资料立卷归档。"),
        ("综合统计科", "科长", "伍海明", "联网直报企业数据审核把关不严，对虚报数据放任不查", "岗位职责风险", "中",
         "数据审核实行初审、复审，异常数据实地核查。"),
        ("综合统计科", "统计员", "邵丽娜", "泄露尚未公布的统计数据", "思想道德风险", "中",
         "统计数据发布前专人保管，发布实行审批。"),
        ("办公室", "主任", "祁红梅", "统计调查经费、普查补助发放不规范，虚列支出",
         "制度机制风险、业务流程风险", "中", "调查经费按项目核算，补助名单公示后发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "填报时间：2024年4月", None, None)
    return _layout(
        "stats_bureau_types_suffixed", "http://tjj.xinyang.gov.cn/www/gzdt/sjdt/2018/1025/25815.html",
        "市统计局 岗位廉政风险点排查表 after the source's news item on a 市统计局's “双随机” 执法检查 (联网直报企业, "
        "领导干部违规干预统计工作, 统计数据质量, 统计原始记录, 纪检组 监督): 科室 merged (``局领导`` first), "
        "岗位/姓名 merged per person, 风险类型 written with its suffix (``岗位职责风险``) and two types in one "
        "cell (``岗位职责风险、外部环境风险``), 高/中/低, 防控措施; 填表人/审核人/填报时间 line",
        [sh], t,
    )  # fmt: skip


def commerce_bureau_duty_column() -> dict:
    unit = "XX市商务局"
    sh = _Sheet("一览表", [5, 12, 10, 30, 32, 6, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "岗位职责", "廉政风险点", "风险\n等级", "防控措施")
    trade_head = "负责外经贸发展专项资金项目的组织申报、形式审查和现场核查。"
    trade_clerk = "负责项目库管理，跟踪项目实施，参与中期检查、绩效评价和验收。"
    rows = [
        ("对外贸易科", "科长", trade_head, "对不符合条件的项目通过形式审查，为关系企业打招呼", "一级",
         "申报条件和评审标准公开，形式审查结果集体研究。"),
        ("对外贸易科", "科长", trade_head, "现场核查走过场，核查意见与实际不符", "二级",
         "现场核查两人以上，核查照片和记录存档。"),
        ("对外贸易科", "项目专员", trade_clerk, "擅自调整入库项目排序，向企业泄露评审信息", "一级",
         "项目库调整经局务会研究，评审信息保密。"),
        ("对外贸易科", "项目专员", trade_clerk, "验收时降低标准，对未完成绩效目标的项目予以通过", "二级",
         "验收邀请财政部门和第三方参加，验收结论公示。"),
        ("市场运行科", "科长", "负责商贸流通和促消费活动的组织实施。",
         "促消费活动承办单位不公开选定，指定承办单位", "二级", "承办单位通过比选确定，比选结果公示。"),
        ("市场运行科", "科员", "负责消费券核销数据统计和资金结算。", "消费券核销数据审核不严，多结算资金",
         "三级", "核销数据与支付平台逐笔核对，结算经科长复核。"),
        ("办公室", "会计", "负责机关财务和专项资金拨付。", "专项资金不按批复拨付，提前或超额拨付", "二级",
         "资金拨付凭批复文件办理，财务、业务科室双签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, [], ORDINAL[lv])
    _merge_runs(sh, first, [(1,), ((1, 2), (2, 3))])  # 岗位职责 merged with its post
    return _layout(
        "commerce_bureau_duty_column", "https://www.keceyun.com/policy/newsdetail/371423.html",
        "市商务局 岗位廉政风险防控一览表 对岗不对人 after the source's rules of a 市商务局 for 外经贸 projects "
        "(组织申报、形式审查、现场核查, 项目库, 中期检查、绩效评价和验收, 资金拨付): 科室 merged, 岗位 merged, "
        "a long ``岗位职责`` column merged per post before ``廉政风险点``, the level heading ``风险⏎等级`` over "
        "two lines, 一级/二级/三级, 防控措施; no names",
        [sh], t,
    )  # fmt: skip


def party_school_no_number_column() -> dict:
    unit = "中共XX县委党校"
    sh = _Sheet("风险防控", [10, 11, 8, 38, 10, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "常务副校长", "韦国栋", "委托培训合作单位选择不经集体研究，个人决定", "制度机制", "高",
         "委托培训合作事项经校委会研究，合同集体审定。"),
        ("校领导", "副校长", "陶雅琴", "教研人员职称推荐、评优中把关不严，优亲厚友", "思想道德", "中",
         "推荐条件和结果在校内公示。"),
        ("教研室", "主任", "骆文斌", "课题立项和科研经费分配不公，虚列科研支出", "岗位职责", "中",
         "课题立项集体评审，经费按项目报账。"),
        ("组教科", "科长", "苗志刚", "主体班学员考勤、结业考核放宽标准，人情打分", "岗位职责", "中",
         "考勤刷卡管理，考核成绩公示。"),
        ("组教科", "科长", "苗志刚", "专题研讨班、委托培训收费不规范", "制度机制", "高",
         "收费标准报批公示，统一开具票据。"),
        ("行政科", "科长", "池冬梅", "学员食堂食材采购中收受供应商好处", "外部环境", "高",
         "食材定点比选采购，验收双人签字。"),
        ("行政科", "科长", "池冬梅", "培训住宿、用车安排超标准，虚列培训费", "业务流程", "中",
         "培训费按标准结算，附签到表和日程。"),
        ("办公室", "主任", "裴立新", "公务接待、公车使用不规范", "思想道德", "低",
         "先审批后接待，用车逐次登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for dept, post, who, point, typ, lv, measures in rows:
        sh.add(dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(0,), (1, 2)])
    sh.add()
    sh.add("单位（盖章）：", None, None, "主要负责人签字：", None, "2024年5月", None)
    return _layout(
        "party_school_no_number_column",
        "http://www.zhushan.gov.cn/xxgkxi/fdzdgk/czzj/bmjxzys/2017/201705/t20170527_1106031.shtml",
        "县委党校 岗位廉政风险防控一览表 after the source's budget note of a 县委党校 (干部培训, 专题研讨班, "
        "委托培训; its 科室 办公室、教研室、组教科、行政科): no 序号 column, the table starting at 科室 "
        "(merged, ``校领导`` first), 岗位/姓名 merged per person, one 风险类型 per point, 高/中/低, 防控措施; "
        "a 盖章/签字 line",
        [sh], t,
    )  # fmt: skip


def jgsw_center_post_on_right() -> dict:
    unit = "XX区机关事务管理服务中心"
    sh = _Sheet("排查表", [5, 14, 12, 36, 8, 34, 11])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "工作事项", "风险点", "风险等级", "防控措施", "责任岗位")
    rows = [
        ("公务用车管理科", "公务用车调度", "在公车管理平台上为非公务活动派车", "高",
         "派车全程平台留痕，用车轨迹定期核查。", "车辆调度员"),
        ("公务用车管理科", "车辆维修保养", "虚报维修项目，到定点厂以外送修", "中",
         "维修实行定点和事前审批，维修单据逐项核对。", "车辆管理员"),
        ("公务用车管理科", "加油卡管理", "加油卡借给个人使用，油耗异常不核查", "中",
         "一车一卡，每月分析油耗。", "车辆管理员"),
        ("房产管理科", "办公用房调配", "为使用单位超标准调配办公用房", "高",
         "调配方案按标准核定，集体研究后公示。", "科长"),
        ("房产管理科", "办公用房维修", "维修项目化整为零规避采购", "中",
         "维修项目实行年度计划管理，限额以上公开采购。", "科长"),
        ("后勤服务科", "物业服务采购", "物业服务采购中设置倾向性条款", "高",
         "采购需求经法律顾问审查，进入政府采购平台。", "科长"),
        ("后勤服务科", "机关食堂管理", "食材入库数量不实，账实不符", "低",
         "食材入库双人验收，每月盘点。", "食堂管理员"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, item, point, lv, measures, post) in enumerate(rows, 1):
        sh.add(n, dept, item, point, lv, measures, post)
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 6), (6,))])
    sh.add()
    sh.title("注：风险等级按高、中、低三级填写；责任岗位为该事项的经办岗位。", 7)
    return _layout(
        "jgsw_center_post_on_right", "http://dxjjjc.bjdx.gov.cn/jjjcw/gzzc/jdjc/1781412/index.html",
        "区机关事务管理服务中心 廉政风险点排查表 对岗不对人 after the source's news item on a 区机关事务管理服务"
        "中心's 公务用车 and 办公用房 check (公车管理平台, 超标配备办公用房, 台账档案): 科室 merged, a "
        "``工作事项`` column before 风险点, 高/中/低, 防控措施, and the post in a trailing ``责任岗位`` column "
        "(merged where one post holds two rows in a 科室); no names; 注 line",
        [sh], t,
    )  # fmt: skip


def housing_fund_checklist_no_level() -> dict:
    unit = "XX市住房公积金管理中心"
    sh = _Sheet("附件3", [10, 20, 34, 14, 34, 12, 8])
    t = _Truth(unit)
    sh.add("附件3")
    sh.title("住房公积金风险隐患排查对照表", 7)
    sh.add(f"填报单位：{unit}", None, None, None, "填报时间：2024年6月", None, None)
    sh.add("类别", "风险行为", "行为描述", "排查情况", "整改及防控措施", "整改时限", "责任人")
    rows = [
        ("缴存类", "1.缴存基础信息登记不准确", "职工身份证号码、缴存基数登记错误，长期未更正。", "人数：6人",
         "逐户核对缴存信息，错误信息限期更正。", "2024年7月底", "邓秀兰"),
        ("缴存类", "2.缴存比例超出规定上下限", "为个别单位按高于12%的比例缴存，变相发放福利。",
         "笔数：2笔\n金额：1.8万元", "严格执行5%—12%的缴存比例，超限部分予以退回。", "2024年7月底", "邓秀兰"),
        ("提取类", "3.违规办理购房提取", "提取材料审查不严，为不符合条件的职工办理购房提取。",
         "笔数：4笔\n金额：23.5万元", "提取材料双人审核，疑似骗提线索移交稽核。", "2024年8月底", "熊伟光"),
        ("提取类", "4.租房提取超过额度", "租房提取超过规定额度，一年内多次提取。", "笔数：3笔\n金额：2.1万元",
         "系统设定租房提取额度，超额提取自动拦截。", "2024年8月底", "熊伟光"),
        ("贷款类", "5.贷款审批把关不严", "对借款人收入证明、购房合同真实性审核不严，超额度发放贷款。",
         "笔数：1笔\n金额：12万元", "贷款受理、审核、审批分离，大额贷款集体审议。", "2024年9月底", "汤明辉"),
        ("贷款类", "6.逾期贷款催收不力", "逾期贷款不及时催收，人情减免罚息。", "笔数：5笔",
         "逾期贷款按月催收，罚息减免一律集体研究。", "2024年9月底", "汤明辉"),
        ("财务管理类", "7.增值收益分配不规范", "未按规定计提贷款风险准备金，擅自分配增值收益。", "无",
         "按规定比例计提风险准备金，分配方案报管委会审议。", "2024年12月底", "龚丽华"),
    ]  # fmt: skip
    first = len(sh.rows)
    for cat, point, desc, found, measures, due, who in rows:
        sh.add(cat, point, desc, found, measures, due, who)
        t.point(sh.name, "", "", who, None, point, [], None)
    _merge_runs(sh, first, [(0,), ((0, 5), (5,)), ((0, 6), (6,))])
    return _layout(
        "housing_fund_checklist_no_level", "https://max.book118.com/html/2021/1123/5310100131004120.shtm",
        "市住房公积金管理中心 ``住房公积金风险隐患排查对照表`` (附件3) after the source's 对照表 of the same name "
        "(类别, 风险行为, 行为描述, 排查情况 with 人数/笔数/金额, 整改及防控措施, 整改时限, 责任人): ``类别`` merged "
        "(缴存类, 提取类, 贷款类, 财务管理类 — business groups, not risk types), a short numbered ``风险行为`` "
        "(``1.…``) beside a long ``行为描述``, 排查情况 counts (``笔数：2笔⏎金额：1.8万元``, ``无``), 整改时限 "
        "dates and 责任人 names merged per person; a 填报单位 line under the title; no level column",
        [sh], t,
    )  # fmt: skip


def veterans_bureau_duties_types() -> dict:
    unit = "XX县退役军人事务局"
    sh = _Sheet("一览表", [5, 14, 8, 8, 26, 32, 9, 7, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "主要职责", "廉政风险点", "风险类型", "风险等级", "防控措施"
    )
    yfg = "负责优抚对象认定、抚恤补助资金审核发放。"
    azg = "负责退役士兵安置和安置岗位分配。"
    rows = [
        ("局领导", "局长", "蒲建勋", "主持全面工作，负责“三重一大”事项决策。",
         "重大事项未经党组集体研究，个人说了算", "制度机制", "高", "严格执行“三重一大”集体决策，会议纪要存档。"),
        ("拥军优抚股", "股长", "谭慧敏", yfg, "优抚对象资格审核不严，违规认定享受待遇", "岗位职责", "高",
         "认定材料逐级审核，认定结果在村（社区）公示。"),
        ("拥军优抚股", "股长", "谭慧敏", yfg, "优抚对象去世后未及时停发抚恤补助资金", "业务流程", "高",
         "每季度与民政、医保死亡数据比对，多发资金及时追回。"),
        ("拥军优抚股", "科员", "毛小雨", "负责抚恤补助资金发放台账和“一卡通”数据录入。",
         "发放数据录入错误，造成冒领、多领补助资金", "岗位职责", "中", "发放数据双人录入复核，发放名单公示。"),
        ("移交安置股", "股长", "甘德兴", azg, "安置选岗中优亲厚友、接受送礼说情", "思想道德", "高",
         "安置岗位和量化评分公开，选岗全程接受监督。"),
        ("移交安置股", "股长", "甘德兴", azg, "一次性经济补助核算不准确", "业务流程", "中",
         "补助按服役年限核算，财务复核后发放。"),
        ("退役军人服务中心", "主任", "邹丽萍", "负责退役军人就业创业服务和困难帮扶。",
         "困难帮扶对象审核不严，帮扶资金分配不公", "外部环境", "中", "帮扶对象入户核实，帮扶名单公示。"),
        ("办公室", "会计", "鲁静怡", "负责机关财务和专项资金账务。", "专项资金挤占挪用，报销票据审核不严",
         "制度机制", "低", "专项资金专账核算，报销实行三级审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3, 4), (2, 3, 4))])
    return _layout(
        "veterans_bureau_duties_types", "https://mmshw.com/html/2023/xunchajiandu_1225/24183.html",
        "县退役军人事务局 岗位廉政风险防控一览表 after the source's 巡察 news on a 县退役军人事务局 (拥军优抚股, "
        "死亡后未及时停发抚恤补助资金, 追回多发优抚资金, 建章立制): 股室 merged (``局领导`` first), 岗位/姓名 "
        "and a ``主要职责`` cell merged per person, ``廉政风险点``, one 风险类型 per point, 高/中/低, 防控措施",
        [sh], t,
    )  # fmt: skip


def cdc_center_head_on_right() -> dict:
    unit = "XX县疾病预防控制中心"
    sh = _Sheet("Sheet1", [5, 12, 16, 36, 10, 34, 10])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "科室", "风险点", "主要表现", "风险等级（Ⅰ、Ⅱ、Ⅲ级）", "防控措施", "科室负责人")
    rows = [
        ("免疫规划科", "非免疫规划疫苗采购", "采购目录比选不公开，与疫苗企业私下接触、收受好处", "Ⅰ级",
         "采购比选全程录像，纪检人员现场监督。", "龙晓燕"),
        ("免疫规划科", "疫苗出入库管理", "疫苗出入库登记不实，账物不符", "Ⅱ级",
         "出入库扫码追溯，每月盘点对账。", "龙晓燕"),
        ("免疫规划科", "疫苗存储运输费收取", "存储运输费超标准收取，或收费不入账", "Ⅱ级",
         "收费标准公示，收费统一开票入账。", "龙晓燕"),
        ("检验科", "检验检测报告", "出具虚假或不实的检验报告", "Ⅰ级",
         "检验报告三级审核，原始记录留存。", "何建军"),
        ("检验科", "试剂耗材采购", "试剂耗材采购不比价，指定供应商", "Ⅱ级",
         "试剂耗材集中采购，比价记录存档。", "何建军"),
        ("财务科", "专项经费管理", "公共卫生专项经费挤占挪用", "Ⅰ级",
         "专项经费专账核算，定期审计。", "范春燕"),
        ("财务科", "票据管理", "空白票据管理不严，收费票据不按号使用", "Ⅲ级",
         "票据专人领用登记，定期核销。", "范春燕"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, point, desc, lv, measures, head) in enumerate(rows, 1):
        sh.add(n, dept, point, desc, lv, measures, head)
        t.point(sh.name, dept, "", head, None, point, [], ROMAN[lv])
    _merge_runs(sh, first, [(1,), ((1, 6), (6,))])
    return _layout(
        "cdc_center_head_on_right",
        "http://www.jingyan.gov.cn/jyx/gggs/202512/681970bc0f8f4359a103c4662ef56ec5.shtml",
        "县疾病预防控制中心 廉政风险防控一览表 after the source's 收费目录 note on a 县疾控中心 (非免疫规划疫苗"
        "存储运输费, 配送至接种单位, 公益一类事业单位): 科室 merged, a short 风险点 beside its ``主要表现``, the "
        "level heading ``风险等级（Ⅰ、Ⅱ、Ⅲ级）`` with Ⅰ级/Ⅱ级/Ⅲ级, 防控措施, the holder's name in a trailing "
        "``科室负责人`` column merged per 科室; no post column; empty ``Sheet2``/``Sheet3``",
        [sh, _Sheet("Sheet2"), _Sheet("Sheet3")], t,
    )  # fmt: skip


def city_invest_group_watch_dept() -> dict:
    unit = "XX市城市建设投资集团有限公司"
    sh = _Sheet("廉洁风险", [5, 14, 10, 36, 8, 34, 12])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险防控清单", 7)
    sh.add("序号", "单位（部门）", "岗位", "廉洁风险点", "风险等级", "防控措施", "监督部门")
    rows = [
        ("集团工程管理部", "部长", "重点项目设计变更审核不严，随意增加工程量", "高",
         "设计变更分级审批，重大变更集体决策。", "纪检监察室"),
        ("集团工程管理部", "现场管理员", "隐蔽工程验收走过场，接受施工单位宴请", "中",
         "隐蔽工程影像留存，监理、业主双签。", "纪检监察室"),
        ("集团融资部", "部长", "融资中介机构选择不公开，收受中介好处", "高",
         "中介机构比选确定，融资方案集体研究。", "审计部"),
        ("集团融资部", "融资专员", "融资合同条款审核不严，增加企业融资成本", "中",
         "融资合同法务审核，重大合同报董事会审议。", "审计部"),
        ("水务公司", "总经理", "管网改造工程化整为零，规避公开招标", "高",
         "工程项目进入公共资源交易平台。", "纪检监察室"),
        ("水务公司", "抄表员", "抄表数据不实，为用户少计水量", "低",
         "抄表数据抽查复核，异常用水量预警。", "纪检监察室"),
        ("运营公司", "经理", "经营性资产出租不公开，低价租给关系人", "高",
         "资产出租进场交易，租金标准集体审定。", "审计部"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, watch)
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[lv])
    _merge_runs(sh, first, [(1,), (6,)])
    return _layout(
        "city_invest_group_watch_dept", "http://www.aps4tier.com/html/2022/main_1117/1674.html",
        "市城市建设投资集团 岗位廉洁风险防控清单 对岗不对人 after the source's news item on a 城投集团's 清廉工地 "
        "check (集团纪委 and 纪检监察室, 重点项目, 城投、交通、实业、运营、水务公司): ``单位（部门）`` merged "
        "(集团 部 and 子公司), 岗位, 廉洁风险点, 高/中/低, 防控措施, and a trailing ``监督部门`` column "
        "(纪检监察室, 审计部; merged where it repeats) that watches, not the post's office",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    petition_bureau_pdf_pages(),
    stats_bureau_types_suffixed(),
    commerce_bureau_duty_column(),
    party_school_no_number_column(),
    jgsw_center_post_on_right(),
    housing_fund_checklist_no_level(),
    veterans_bureau_duties_types(),
    cdc_center_head_on_right(),
    city_invest_group_watch_dept(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b41_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch41-inbox"))

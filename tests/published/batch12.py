"""A twelfth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch is what staff really send back, everyday and awkward mixed: a
检察院 personal 防控表 with the post's grade written in its title line, a 财政局 list whose 科室
is filled only on the first row of each 科室 (no merges), a 村's 小微权力 list where one 责任人
cell names two people separated by a space, a 疾控中心 table graded 较高/一般/较低 under the
heading 廉政风险点及表现, a 铁路运输检察院 list numbered 1 / 1-1 / 1-2 (a group row per post, a
sub-row per point), a 法院 sheet holding three persons' 登记表 one under another with full-width
spaces in labels, names and points, a 支行 workbook of a 填表说明 sheet plus the filled sheet, a
住保房管局 清单 closed by a 合计 row counting its points by level, a 城管局 table graded in the
colour words 红/黄/蓝 with a legend, a 法院 排查表 whose heading comes again after a real page
break, a 供电所 table with two hidden columns, and a 高校 台账 with types — with two harder
ones (``railway_procuratorate_sub_numbers``, ``court_stacked_persons``). Each layout imitates the
*shape* of a public page (its ``source``) that no earlier batch used; where the page describes
its table in prose (its columns, scale, method) rather than printing it, the layout follows that
description. The rows are worded by us.

Run ``python tests/published/score.py --set batch12`` and do not tune the reader against it,
or it stops being held out. Two layouts are also kept as LibreOffice re-saved copies
(``resaved/b12_power_hidden_columns.xls``, ``resaved/b12_finance_keshi_first_row.ods``, see
make_resaved.py).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a post's grade written in the title line (``…岗位廉政风险防控表(一级风险岗位)``) grades the
  post, not its points (as heldout's 岗位风险级别): each point's level is its own 风险等级 cell,
  even where the title's word (一级) is itself a level word; a 风险类别 of 办案类/廉洁自律类 … is
  no type column (as batch6/batch7);
- a 科室 cell left blank under a filled one, with no merge, belongs to the 科室 above it, down
  to the next filled cell (as a cell merged down would);
- one 责任岗位 cell and one 责任人 cell each naming two, separated by a space (``党支部书记
  村委会主任`` / ``郝永福 谭桂兰``, in the same order), is one point held by both: it is in each
  holder's form, under that holder's own post (as batch7 took two names one per line);
- 较高/一般/较低, used as a three-step scale and so stated in the legend, is Ⅰ/Ⅱ/Ⅲ in its
  order (as batch4 took 重大/较大/一般 and 高级/中级/低级): 较高 is the *highest* step here and
  一般 the middle one — the word-by-word vocabulary (较高 → Ⅱ, 一般 → Ⅲ, made for tables where
  高 stands above 较高) does not decide a table whose own scale starts at 较高;
- a point column headed 廉政风险点及表现 (or 廉政风险识别要素, or 可能出现的风险) is the point
  column: the cell's whole text is the point;
- a row numbered ``1`` that fills 部门/岗位/责任人/岗位职责 and leaves the risk columns empty is a
  group row: it names the post and holder of the rows ``1-1``, ``1-2`` … under it (whose own
  部门/岗位/责任人 cells are blank, not merged) and is no point; the 岗位职责 on it is no point;
- one sheet holding several persons' 登记表 one under another, each opened by its own 姓名 line
  and heading, gives one form per person, all on that sheet; the title and 单位 line over the
  first block belong to every block; 本人签字 lines between blocks are sign-offs;
- full-width spaces (U+3000) used to pad labels (``姓　　名``), two-character names (``吕　敏``)
  and headings (``风　险　点``) are padding: the name is ``吕敏``; inside a point's text they
  stay part of its whole text (score.py folds them away);
- a 填表说明 sheet — numbered steps ``1.岗位职责分析:…`` and level definitions ``高——…`` — holds
  no points and no form (as batch5); the filled sheet beside it is the one form;
- a 合计 row under the table (``合计`` / ``12项`` / ``12个风险点`` / ``一级4个、二级5个、三级3个``)
  is no point, and the counts in its level cell are no level;
- levels written as the colour words 红/黄/蓝 are not read, even with a legend saying
  红色为高风险、黄色为中风险、蓝色为低风险: design §3 names no colour and says anything else is
  not guessed, and batch3 gave its 红色/橙色/黄色 ``level`` None. The truth is None; what the
  reader should do is keep each point with a blank level and report the unreadable level (an
  issue per point), not map the colours from the legend — a level it gives shows in score.py as
  ``invented levels``;
- a heading row repeated after a real page break (``set_h_pagebreaks``) is no point; a holder
  whose rows run over the break and are named again after it is one form;
- hidden columns (岗位编码 codes, a 上年风险等级 column of last year's levels) are not read as
  points, levels or people (as batch4); the level is the visible 风险等级;
- a 监督责任人 column naming people is a watcher, never the holder (as batch5's 监督人).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``layouts.write_xlsx``
plus hidden columns and page breaks), copies the LibreOffice re-saved copies ``resaved/b12_<name>.*``
and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b12_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
TIER = {"检察长": "leader", "院长": "leader", "所长": "middle", "处长": "middle", "科长": "middle",
        "庭长": "middle", "主任": "middle", "局长": "middle", "中队长": "middle"}  # fmt: skip
FW = "\u3000"  # the full-width space staff pad labels and short names with


def _tier(post: str) -> str:
    return next((v for k, v in TIER.items() if post.endswith(k)), "general")


def _with(layout: dict, sheet_name: str, **extra) -> dict:
    """Attach writer options (``hidden`` column indexes, ``pagebreaks`` row indexes) to a sheet."""
    for sh in layout["sheets"]:
        if sh["name"] == sheet_name:
            sh.update(extra)
    return layout


# --------------------------------------------------------------------------- layouts


def procurator_grade_in_title() -> dict:
    unit = "XX县人民检察院"
    t = _Truth(unit)
    people = [
        ("侯振东", "第一检察部", "检察官", "一级风险岗位", [
            ("办案类", "审查逮捕中受人请托,对不构成犯罪的作出批捕决定或应捕不捕", "高",
             "重大疑难案件提交检察官联席会议讨论,捕与不捕一律说理。"),
            ("办案类", "违规会见案件当事人、辩护人", "高", "落实过问干预司法“三个规定”,会见在接待室进行并登记。"),
            ("办案类", "泄露案件办理情况及侦查秘密", "中", "案卷材料专人保管,阅卷登记。"),
            ("廉洁自律类", "接受案件当事人宴请、礼品", "中", "签订廉洁办案承诺书,结案后回访。"),
            ("案件管理类", "超期办案、压案不办", "低", "案件管理系统流程监控,临期预警。"),
        ]),
        ("邵敏", "办公室", "副主任", "三级风险岗位", [
            ("财务管理类", "公务接待超标准、超范围", "中", "接待事前审批,接待清单按月公示。"),
            ("财务管理类", "办公用品采购不询价,虚开发票", "中", "政府采购平台下单,入库验收双人签字。"),
            ("案件管理类", "涉案财物保管不善、违规处置", "高", "涉案财物统一入库,处置经检察长审批。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, grade, items in people:
        sh = _Sheet(who, [6, 12, 34, 8, 34, 10])
        sh.title(f"{unit}岗位廉政风险防控表({grade})", 6)
        sh.add("部门", dept, "姓名", who, "职务", post)
        sh.add("序号", "风险类别", "岗位风险点", "风险等级", "防控措施", "备注")
        for i, (kind, point, level, measures) in enumerate(items, 1):
            sh.add(i, kind, point, level, measures, None)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, None, "分管检察长审核:", None, None)
        sh.add(None, None, None, None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "procurator_grade_in_title", "https://www.sc.jcy.gov.cn/xwdt/sydt/201506/t20150608_1616645.shtml",
        "检察院 岗位廉政风险防控表 after the source's 排查风险点、划分风险等级 (风险定岗), one sheet per person "
        "(tab = name): the POST's grade written in the title line `…防控表(一级风险岗位)` / `(三级风险岗位)`, "
        "部门/姓名/职务 label/value pairs, 序号/风险类别 (办案类, 廉洁自律类 … no types)/岗位风险点/风险等级 "
        "高/中/低 (a 三级 post with a 高 point)/防控措施/备注; 签字 and 年 月 日 lines",
        sheets, t,
    )  # fmt: skip


def finance_keshi_first_row() -> dict:
    unit = "XX市财政局"
    sh = _Sheet("Sheet1", [6, 14, 8, 8, 34, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}机关科室岗位廉政风险点一览表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    groups = [
        ("预算科", [
            ("科长", "秦国栋", "部门预算编制中人为调增调减预算数", "一级", "预算编制经局党组会审议,预算数据全程留痕。"),
            ("科长", "秦国栋", "预算追加审核中优亲厚友", "一级", "追加事项集体研究,追加结果公开。"),
            ("科员", "聂婉", "向预算单位泄露未公开的预算数据", "三级", "预算数据分级授权查询。"),
        ]),
        ("国库科", [
            ("科长", "晏立群", "国库集中支付审核把关不严", "一级", "支付申请系统校验,大额支付双人复核。"),
            ("会计", "毕晓雯", "违规办理资金调度", "二级", "资金调度经分管局长审批。"),
            ("会计", "毕晓雯", "预算单位银行账户开立审批不规范", "二级", "账户开立材料清单化审核,年度清理。"),
        ]),
        ("政府采购监督管理科", [
            ("科长", "岑浩", "违规批准采购方式变更", "一级", "变更采购方式须专家论证并公示。"),
            ("科员", "贲佳", "采购投诉处理偏袒一方", "二级", "投诉处理集体研究,处理决定公开。"),
            ("科员", "贲佳", "评审专家抽取信息泄密", "一级", "专家抽取系统随机语音通知,名单封存。"),
        ]),
        ("资产管理科", [
            ("科长", "宗文斌", "资产处置评估把关不严,低价处置国有资产", "一级", "资产处置先评估后公开交易。"),
            ("科员", "蓬小娟", "资产出租出借审批不公开", "三级", "出租出借事项网上公开招租。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, items in groups:
        for k, (post, who, point, level, measures) in enumerate(items):
            n += 1
            # the 科室 written on the first row of the 科室 only: the rows under it are blank
            sh.add(n, dept if k == 0 else None, post, who, point, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[level])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, "日期:", None)
    return _layout(
        "finance_keshi_first_row", "https://lebet899.com/xdcontent_65526",
        "市财政局 机关科室岗位廉政风险点一览表 after the source's 财政系统 岗位廉政风险点 排查 (以岗位为点): "
        "序号/科室/岗位/责任人/风险点/风险等级 一级…三级/防控措施, the 科室 written ONLY on the first row "
        "of each 科室 and left blank below, WITHOUT merges (岗位 and 责任人 on every row); 填报/审核/日期 line",
        [sh], t,
    )  # fmt: skip


def village_two_names_one_cell() -> dict:
    unit = "XX镇XX村"
    sh = _Sheet("一览表", [6, 14, 30, 8, 30, 14, 12])
    t = _Truth(unit)
    tiers = {"党支部书记": "leader", "村委会主任": "leader"}
    sh.title(f"{unit}村级小微权力廉政风险点及防控措施一览表", 7)
    sh.add("序号", "权力名称", "廉政风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    groups = [
        ("村级重大事项决策", [
            ("不按“四议两公开”程序决策,个人说了算", "高", "严格执行“四议两公开”,会议记录存档。",
             "党支部书记 村委会主任", "郝永福 谭桂兰"),
            ("决议执行情况不向村民公开", "中", "执行情况在村务公开栏公布。", "村委会主任", "谭桂兰"),
        ]),
        ("集体资产资源管理", [
            ("集体土地、鱼塘低价发包给亲友", "高", "发包方案经村民代表会议通过,公开竞价。",
             "党支部书记 村委会主任", "郝永福 谭桂兰"),
            ("集体资产出租收入不入账", "高", "租金直接转入村集体账户,按季公开。", "村报账员", "牛丽"),
        ]),
        ("村级财务管理", [
            ("白条入账、虚列支出", "中", "票据经村务监督委员会审核后报账。", "村报账员", "牛丽"),
            ("大额开支不经集体研究", "中", "大额开支经“两委”会研究并公示。", "党支部书记", "郝永福"),
        ]),
        ("惠民政策落实", [
            ("低保评议优亲厚友", "高", "入户调查、民主评议、张榜公示。", "村委会主任 村委委员", "谭桂兰 葛长春"),
            ("危房改造对象审核不实", "中", "对象评议结果公示七天。", "村委委员", "葛长春"),
        ]),
        ("印章管理", [
            ("违规为他人出具证明、加盖公章", "低", "用印登记,证明事项两人审核。", "村委委员", "葛长春"),
        ]),
    ]  # fmt: skip
    n = 0
    for power, items in groups:
        recs = []
        for point, level, measures, posts, names in items:
            n += 1
            recs.append([n, power, point, level, measures, posts, names])
            for post, who in zip(posts.split(" "), names.split(" "), strict=True):
                t.point(sh.name, "", post, who, tiers.get(post, "general"), point, [], HML[level])
        sh.records(recs, merge_cols=(1,))
    sh.add()
    sh.add("村务监督委员会意见:", None, None, "镇纪委审核:", None, None, None)
    return _layout(
        "village_two_names_one_cell", "https://360docs.net/doc/168387462.html",
        "村 小微权力 廉政风险点及防控措施一览表 after the source's 村党支部书记岗位风险防控 办法: 权力名称 merged "
        "down/廉政风险点/风险等级 高/中/低/防控措施/责任岗位/责任人; three rows held by TWO people written in "
        "one cell separated by a space (`党支部书记 村委会主任` / `郝永福 谭桂兰`), the other rows by one; "
        "审核 line",
        [sh], t,
    )  # fmt: skip


def cdc_jiaogao_levels() -> dict:
    unit = "XX市疾病预防控制中心"
    sh = _Sheet("风险点", [6, 12, 8, 8, 32, 8, 32])
    t = _Truth(unit)
    lv = {"较高": 1, "一般": 2, "较低": 3}
    sh.title(f"{unit}岗位廉政风险点及防控措施表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点及表现", "风险等级", "防控措施")
    people = [
        ("免疫规划科", "科长", "宁海涛", [
            ("疫苗采购计划编制中倾向特定企业", "较高", "采购计划集体研究,按省平台集中采购。"),
            ("接受疫苗企业宴请、礼品", "较高", "签订廉洁承诺,拒收登记。"),
            ("疫苗出入库数据不实", "一般", "出入库扫码追溯,每月盘点。"),
        ]),
        ("检验科", "科长", "佘雪", [
            ("受人请托修改检验检测数据", "较高", "检测数据系统自动采集,修改留痕。"),
            ("检测试剂采购指定品牌", "一般", "试剂采购参数集体论证。"),
        ]),
        ("检验科", "检验员", "邝宇", [
            ("样品登记、流转不规范", "较低", "样品流转单双人签字。"),
            ("对外出具未经审核的检测报告", "一般", "报告实行三级审核签发。"),
        ]),
        ("总务科", "科长", "巩长江", [
            ("物资采购化整为零规避政府采购", "较高", "年初编制采购计划,超限额一律进平台。"),
            ("实验室耗材出入库管理松散", "一般", "耗材领用登记,季度审计。"),
            ("公务车辆维修虚报费用", "较低", "定点维修,维修单据逐项核对。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, post, who, items in people:
        recs = []
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], lv[level])
        sh.records(recs, merge_cols=(2, 3))
    # the 科室 merged over its people (检验科 has two; 岗位 and 姓名 merge per person above)
    start = 2
    for dept in dict.fromkeys(p[0] for p in people):
        count = sum(len(p[3]) for p in people if p[0] == dept)
        for k in range(start + 1, start + count):
            sh.rows[k][1] = None
        if count > 1:
            sh.merges.append((start, 1, start + count - 1, 1))
        start += count
    sh.add()
    r = sh.add("注:风险等级分为较高、一般、较低三个等次。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "cdc_jiaogao_levels", "http://123.56.154.50:9104/zwgk/zwdt/bmdt/content_258348",
        "疾控中心 岗位廉政风险点及防控措施表 after the source's 疫苗采购 廉政风险 (比选、全程监督): "
        "科室/岗位/姓名 merged down, the point under the heading 廉政风险点及表现, levels written "
        "较高/一般/较低 (较高 the TOP step, stated in a legend line), 防控措施",
        [sh], t,
    )  # fmt: skip


def railway_procuratorate_sub_numbers() -> dict:
    unit = "XX铁路运输检察院"
    sh = _Sheet("一览表", [6, 14, 8, 8, 20, 32, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险识别要素及防控措施一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "岗位职责", "廉政风险识别要素", "风险等级", "防控措施")
    posts = [
        ("侦查监督科", "科长", "尚文斌", "审查逮捕、立案监督、侦查活动监督", [
            ("对铁路公安机关应当立案而不立案的案件不依法监督", "高", "立案监督线索登记,监督结果备案。"),
            ("审查逮捕中受人请托降低证据标准", "高", "逮捕案件证据审查清单化,集体讨论。"),
            ("违规向当事人透露案件审查进度", "中", "案件信息统一由案管部门答复。"),
        ]),
        ("公诉科", "检察官", "应红霞", "审查起诉、出庭支持公诉", [
            ("量刑建议受人情干扰,畸轻畸重", "高", "量刑建议经部门负责人审核。"),
            ("私自会见辩护人、被害人代理人", "中", "会见在接待室进行并同步录音录像。"),
        ]),
        ("案件管理办公室", "案管员", "庞丹", "案件受理、流程监控、律师接待", [
            ("违规向律师提供案卷材料", "中", "阅卷预约登记,复制材料清单签收。"),
            ("流程监控发现问题不报告", "低", "流程监控问题月通报。"),
        ]),
        ("计划财务装备科", "会计", "禹海鹰", "经费核算、涉案款物管理", [
            ("涉案款物登记不全、违规处置", "高", "涉案款物专户专库管理,处置经检察长审批。"),
            ("报销票据审核不严", "低", "票据逐张查验,网上审批。"),
            ("公务卡消费不按规定结算", "低", "公务卡消费明细按月核对。"),
        ]),
    ]  # fmt: skip
    for n, (dept, post, who, duty, items) in enumerate(posts, 1):
        sh.add(n, dept, post, who, duty, None, None, None)  # the group row: post and holder only
        for k, (point, level, measures) in enumerate(items, 1):
            sh.add(f"{n}-{k}", None, None, None, None, point, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.add()
    sh.add("制表:", None, None, "审核:", None, None, "年  月  日", None)
    return _layout(
        "railway_procuratorate_sub_numbers", "http://oubrhjy.cn/l/2011-08/03/content_5462676.htm",
        "(harder) 铁路运输检察院 岗位 廉政风险识别要素及防控措施一览表 after the source's 47 岗位 一览表: a GROUP "
        "ROW per post numbered 1, 2 … filling 部门/岗位/责任人/岗位职责 with the risk columns empty, then its "
        "points on rows numbered 1-1, 1-2 … (strings) whose 部门/岗位/责任人 cells are blank, NOT merged; the "
        "point under the heading 廉政风险识别要素; 高/中/低; 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def court_stacked_persons() -> dict:
    unit = "XX县人民法院"
    sh = _Sheet("登记表", [6, 20, 34, 8, 32, 8])
    t = _Truth(unit)
    people = [
        ("吕敏", "民事审判庭", "审判员", "审理民商事案件", [
            ("审理案件中私下会见当事人及其代理人", "高", "落实“三个规定”,会见在法院接待场所进行。"),
            ("违规采取或解除财产保全措施", "高", "保全裁定合议庭评议,解除须庭长审批。"),
            (f"调解中偏袒一方{FW}久调不决", "中", "调解期限系统提示,超期报告。"),
        ]),
        ("龚伟", "执行局", "书记员", "执行案件记录、卷宗整理", [
            ("执行款发放登记不及时", "中", "执行款到账即登记,发放系统留痕。"),
            ("向当事人泄露执行线索", "高", "执行线索专人管理,查询留痕。"),
            (f"卷宗材料归档不全{FW}随意抽换", "低", "卷宗归档交接签字,定期检查。"),
        ]),
        ("欧阳晓东", "办公室", "会计", "诉讼费及经费核算", [
            ("诉讼费退费审核不严", "中", "退费凭裁判文书办理,双人复核。"),
            ("现金收付不入账", "高", "现金日清月结,收付两人经办。"),
            ("固定资产账实不符", "低", "资产年度盘点,账实核对。"),
        ]),
    ]  # fmt: skip

    def padded(name: str) -> str:
        return FW.join(name) if len(name) == 2 else name

    sh.title("个人岗位廉政风险登记表", 6)
    r = sh.add(f"单位:{unit}{FW * 4}填报时间:2024年3月", *([None] * 5))
    sh.merge(r, 0, r, 5)
    for b, (who, dept, post, duty, items) in enumerate(people):
        if b:
            sh.add()
        sh.add(f"姓{FW * 2}名", padded(who), f"部{FW * 2}门", dept, f"职{FW * 2}务", post)
        sh.add("序号", "岗位职责", f"风{FW}险{FW}点", "风险等级", f"防{FW}控{FW}措{FW}施", "备注")
        recs = []
        for i, (point, level, measures) in enumerate(items, 1):
            recs.append([i, duty, point, level, measures, None])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(1,))
        sh.add("本人签字:", None, None, "部门负责人签字:", None, None)
    return _layout(
        "court_stacked_persons", "http://dxalhm.hljcourt.gov.cn/public/detail.php?id=859",
        "(harder) 法院 个人岗位廉政风险登记表 after the source's 三类人员 (法官、司法辅助、司法行政): THREE persons' forms "
        "stacked on ONE sheet (审判员, 书记员, 会计), the title and a `单位:… 填报时间:…` line over the first only, "
        "each block opened by its own `姓　　名 | 吕　敏 | 部　　门 | … | 职　　务 | …` line and heading "
        "(`风　险　点`, `防　控　措　施`), 岗位职责 merged down, 高/中/低, a 签字 line under each; FULL-WIDTH "
        "spaces pad labels, two-character names and two points' text",
        [sh], t,
    )  # fmt: skip


def bank_instructions_sheet() -> dict:
    unit = "XX农村商业银行XX支行"
    t = _Truth(unit)
    guide = _Sheet("填表说明", [100])
    guide.add("员工廉洁风险排查登记表填表说明")
    for line in (
        "一、本表由支行每名员工本人填写,一人一表,支行汇总后报总行纪检监察室。",
        "二、填写步骤:",
        "1.岗位职责分析:对照岗位说明书列明本岗位主要职责;",
        "2.业务流程梳理:找出本岗位经手的资金、信贷、客户信息等关键环节;",
        "3.风险点识别:逐个环节查找可能发生的违规违纪行为,每个风险点填一行;",
        "4.风险评估:按发生可能性和危害程度评定为高、中、低;",
        "5.防控措施:针对每个风险点写明具体可执行的措施。",
        "三、风险等级:",
        "高——可能造成资金损失或涉嫌违法犯罪;",
        "中——可能违反行内制度受到纪律处分;",
        "低——可能造成一般性工作失误。",
        "四、报送时间:每年6月底前。",
    ):
        guide.add(line)
    sh = _Sheet("排查表", [6, 16, 10, 34, 8, 34])
    dept, post, who = "公司业务部", "客户经理", "康志远"
    sh.title(f"{unit}员工廉洁风险排查登记表", 6)
    sh.add("姓名", who, "岗位", post, "部门", dept)
    sh.add("序号", "岗位职责", "业务环节", "风险点", "风险等级", "防控措施")
    rows = [
        ("贷款调查、审查", "贷款调查", "贷前调查走过场,为不符合条件的客户出具调查意见", "高",
         "双人实地调查,调查报告签字负责。"),
        ("贷款调查、审查", "贷款调查", "接受客户宴请、礼品、购物卡", "高", "签订廉洁从业承诺,拒收登记。"),
        ("贷后管理", "贷后检查", "贷后检查不到位,隐瞒贷款风险", "中", "贷后检查按季进行,风险信号即时上报。"),
        ("客户营销", "产品推介", "违规向客户推介理财产品收取好处", "中", "产品销售双录,投诉回访。"),
        ("客户营销", "客户信息", "泄露、倒卖客户信息", "高", "客户信息查询授权管理,操作日志审计。"),
        ("费用管理", "费用报销", "营销费用虚报冒领", "低", "费用报销凭证逐笔核对。"),
    ]  # fmt: skip
    recs = []
    for i, (duty, step, point, level, measures) in enumerate(rows, 1):
        recs.append([i, duty, step, point, level, measures])
        t.point(sh.name, dept, post, who, "general", point, [], HML[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    sh.add("本人签字:", None, None, "支行行长审核:", None, "年  月  日")
    return _layout(
        "bank_instructions_sheet", "http://www.youhuohao.com/shenghuo/496254.html",
        "农商行支行 员工廉洁风险排查登记表 after the source's 银行岗位廉政风险点梳理 steps (岗位职责分析、业务流程"
        "梳理、风险点识别、风险评估、防控措施): a 填表说明 sheet FIRST (numbered steps `1.岗位职责分析:…` … "
        "`5.防控措施:…`, level definitions `高——…` one a row), then the filled 排查表: 姓名/岗位/部门 pairs, "
        "序号/岗位职责 merged/业务环节/风险点/风险等级 高/中/低/防控措施; 签字 line",
        [guide, sh], t,
    )  # fmt: skip


def housing_totals_row() -> dict:
    unit = "XX市住房保障和房产管理局"
    sh = _Sheet("风险清单", [6, 14, 18, 22, 30, 8, 30, 8])
    t = _Truth(unit)
    sh.title(f"{unit}权力事项廉政风险清单", 8)
    sh.add(
        "序号",
        "责任处室",
        "权力事项",
        "职责要求",
        "可能出现的风险",
        "风险等级",
        "防控措施",
        "责任人",
    )
    groups = [
        ("住房保障处", "祝文华", [
            ("公租房资格审核", "严格按准入条件审核", "对不符合条件的申请人违规审核通过", "一级",
             "资格审核部门联审,结果公示。"),
            ("公租房配租", "公开摇号配租", "配租中优亲厚友、暗箱操作", "一级", "摇号全程公证、直播。"),
            ("租赁补贴发放", "按月足额发放", "补贴资金发放不及时或虚报冒领", "二级", "补贴直接打卡,名单公示。"),
        ]),
        ("房屋交易管理处", "蓝海", [
            ("商品房合同网签备案", "依规办理备案", "为不符合条件的项目办理网签备案", "二级", "备案条件系统校验。"),
            ("存量房交易资金监管", "监管资金安全", "监管资金违规拨付", "一级", "资金拨付双人审核,银行监管。"),
            ("房地产经纪机构备案", "规范备案管理", "备案审核走过场", "三级", "备案材料网上核验,随机抽查。"),
        ]),
        ("物业管理处", "柏雪梅", [
            ("专项维修资金使用审核", "严格审核使用方案", "维修资金使用审核把关不严,虚增工程量", "一级",
             "使用方案业主表决,工程审价。"),
            ("物业企业信用评价", "客观公正评价", "信用评价打分不公", "三级", "评价标准公开,结果公示。"),
            ("业主大会筹备指导", "依法指导筹备", "指导中偏袒开发建设单位", "二级", "筹备过程街道、社区共同参与。"),
        ]),
        ("房屋安全管理处", "冉东升", [
            ("危房鉴定管理", "规范鉴定委托", "鉴定机构选择不公开", "二级", "鉴定机构名录库随机选取。"),
            ("白蚁防治监管", "规范防治收费", "防治费用收取监督缺位", "三级", "收费标准公示,定期检查。"),
            ("房屋使用安全检查", "隐患闭环整改", "检查中发现隐患不督促整改", "二级", "隐患台账销号管理。"),
        ]),
    ]  # fmt: skip
    n = 0
    counts = dict.fromkeys(ORDINAL, 0)
    for dept, who, items in groups:
        recs = []
        for power, duty, point, level, measures in items:
            n += 1
            counts[level] += 1
            recs.append([n, dept, power, duty, point, level, measures, who])
            t.point(sh.name, dept, "", who, "middle", point, [], ORDINAL[level])
        sh.records(recs, merge_cols=(1, 7))
    by_level = "、".join(f"{k}{v}个" for k, v in counts.items())
    r = sh.add("合计", None, f"{n}项", None, f"{n}个风险点", by_level, None, None)
    sh.merge(r, 0, r, 1)
    return _layout(
        "housing_totals_row", "https://hzlz.hangzhou.com.cn/articles/16189.html",
        "住保房管局 权力事项廉政风险清单 after the source's 风险排查 (权力事项 each with 职责要求、可能出现的风险、防控"
        "措施): 责任处室 merged/权力事项/职责要求/可能出现的风险 (the point)/风险等级 一级…三级/防控措施/责任人 "
        "(处室负责人 names, merged); a 合计 ROW closing the table: `合计` | `12项` | `12个风险点` | "
        "`一级4个、二级5个、三级3个` in the level column",
        [sh], t,
    )  # fmt: skip


def colour_levels_legend() -> dict:
    unit = "XX区城市管理局"
    sh = _Sheet("三色预警", [6, 14, 10, 34, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险三色预警防控表", 6)
    sh.add("序号", "科室", "岗位", "风险点", "预警等级", "防控措施")
    rows = [
        ("执法大队", "中队长", "违法建设查处中选择性执法", "红", "查处决定集体研究,结果公开。"),
        ("执法大队", "中队长", "对当事人说情打招呼不登记", "黄", "说情干预一律登记报告。"),
        ("执法大队", "执法队员", "暂扣物品不登记、私自处置", "红", "暂扣物品入库登记,处置经审批。"),
        ("执法大队", "执法队员", "现场执法不出示证件", "蓝", "执法记录仪全程开启。"),
        ("市容环卫科", "科长", "环卫作业外包考核打分不公", "黄", "考核细则公开,交叉打分。"),
        ("市容环卫科", "科长", "户外广告设置审批把关不严", "红", "审批条件公开,集体审核。"),
        ("市容环卫科", "科员", "门前三包检查走过场", "蓝", "检查结果拍照上传平台。"),
        ("市政设施科", "科长", "市政维修工程化整为零规避招标", "红", "维修项目年度计划编制,限额以上进平台。"),
        ("市政设施科", "科长", "维修工程量签证不实", "黄", "签证监理、审计共同签认。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, point, colour, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, point, colour, measures])
        # the legend under the table defines the colours: 红 高, 黄 中, 蓝 低 (since batch36)
        t.point(
            sh.name, dept, post, "", _tier(post), point, [], {"红": 1, "黄": 2, "蓝": 3}[colour]
        )
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    r = sh.add(
        "注:预警等级按红、黄、蓝三色标识,红色为高风险,黄色为中风险,蓝色为低风险。", *([None] * 5)
    )
    sh.merge(r, 0, r, 5)
    source = ("https://www.seridoat.com/article/"
              "jie-mi-lian-zheng-feng-xian-san-se-yu-jing-ru-he-shou-hu-lian-jie-fang-xian.html")  # fmt: skip
    return _layout(
        "colour_levels_legend", source,
        "城管局 廉政风险三色预警防控表 after the source's 三色预警 (风险划分为红色、黄色、蓝色三个等级): 科室 and "
        "岗位 merged down (posts only), 风险点, the level under 预警等级 written as the colour words 红/黄/蓝 (read "
        "by the legend line under the table that maps 红/黄/蓝 to 高/中/低), 防控措施",
        [sh], t,
    )  # fmt: skip


def court_page_break() -> dict:
    unit = "XX区人民法院"
    sh = _Sheet("排查表", [6, 10, 10, 8, 34, 8, 34])
    t = _Truth(unit)
    header = ("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    people = [
        ("立案庭", "庭长", "邢国梁", [
            ("违规受理或拖延立案", "高", "立案登记制,网上立案全程留痕。"),
            ("诉讼费缓减免审批把关不严", "中", "缓减免两级审批,按季公示。"),
            ("为熟人案件指定承办人", "高", "案件随机分案,改分须审批。"),
        ]),
        ("立案庭", "法官助理", "温静", [
            ("诉前调解中泄露当事人信息", "中", "调解信息专人管理。"),
            ("立案材料审查不严", "低", "立案材料清单化审查。"),
        ]),
        ("执行局", "局长", "詹立军", [
            ("执行案件长期不结、选择性执行", "高", "执行节点系统监控,超期督办。"),
            ("评估拍卖机构选择不公", "高", "评估机构随机摇号,网络司法拍卖。"),
            ("执行款物审批发放不及时", "中", "执行款到账提醒,发放限时办结。"),
        ]),
        ("执行局", "执行员", "常浩", [
            ("执行中接受被执行人宴请", "高", "执行两人以上,执行记录仪全程开启。"),
            ("查封、扣押财产不登记", "中", "查封扣押清单当场交付。"),
            ("违规解除强制措施", "中", "解除强制措施须局长审批。"),
        ]),
        ("办公室", "主任", "幸丽", [
            ("公务接待超标准", "低", "接待事前审批,费用公开。"),
            ("政府采购化整为零", "中", "采购计划年初编制。"),
        ]),
    ]  # fmt: skip
    page_rows = 7  # points on the first printed page
    sh.title(f"{unit}职能部门廉政风险点排查表", 7)
    sh.add(*header)
    n = 0
    breaks = []
    for dept, post, who, items in people:
        recs = []
        for point, level, measures in items:
            n += 1
            if n == page_rows + 1:  # a page break: the heading again, the person named again
                sh.records(recs, merge_cols=(1, 2, 3))
                recs = []
                breaks.append(sh.add(*header))
            recs.append([n, dept, post, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("部门负责人:", None, None, "纪检监察室审核:", None, "年  月  日", None)
    lay = _layout(
        "court_page_break", "https://eqqfy.hncourt.gov.cn/public/detail.php?id=1250",
        "法院 职能部门廉政风险点排查表 after the source's 实施意见 (查找岗位风险点、确定风险等级): 部门/岗位/姓名 "
        "merged per person, 风险点/风险等级 高/中/低/防控措施; a REAL PAGE BREAK after the seventh point with the "
        "heading row repeated under it (no title), the person whose rows run over the break (执行局 局长) named "
        "again after it; sign-off line",
        [sh], t,
    )  # fmt: skip
    return _with(lay, sh.name, pagebreaks=breaks)


def power_hidden_columns() -> dict:
    unit = "国网XX县供电公司XX供电所"
    sh = _Sheet("廉洁风险", [6, 10, 8, 10, 32, 18, 10, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险防控表", 9)
    sh.add(
        "序号",
        "岗位",
        "姓名",
        "岗位编码",
        "风险点",
        "风险类型",
        "上年风险等级",
        "风险等级",
        "防控措施",
    )
    people = [
        ("所长", "龙海", "GDS-01", [
            ("业扩报装中指定设计、施工单位", "外部环境风险", "中", "高", "业扩“三不指定”公开承诺,客户回访。"),
            ("农网改造项目验收走过场", "岗位职责风险", "中", "中", "验收三方签字,影像资料归档。"),
            ("供电所绩效考核分配不公", "制度机制风险", "低", "低", "考核结果所务会通过并公示。"),
        ]),
        ("营销员", "解晓峰", "GDS-02", [
            ("抄表时少抄、漏抄电量,收受用户好处", "思想道德风险、岗位职责风险", "高", "高", "远程自动抄表,异常电量预警。"),
            ("电费回收中截留挪用电费", "岗位职责风险", "中", "高", "电费一律线上缴纳,日清日结。"),
            ("违规减免违约使用电费", "业务流程风险", "低", "中", "减免须所长审批并报公司备案。"),
        ]),
        ("台区经理", "房立", "GDS-03", [
            ("为用户私接电源、收取费用", "思想道德风险", "中", "高", "台区线损按日监测,用电检查。"),
            ("故障抢修中吃拿卡要", "外部环境风险", "中", "中", "抢修服务满意度回访。"),
            ("计量装置封印管理不规范", "业务流程风险", "低", "低", "封印领用登记,定期核对。"),
        ]),
    ]  # fmt: skip
    n = 0
    for post, who, code, items in people:
        recs = []
        for point, kind, last_year, level, measures in items:
            n += 1
            recs.append([n, post, who, code, point, kind, last_year, level, measures])
            t.point(sh.name, "", post, who, _tier(post), point, types_in(kind), HML[level])
        sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("所长签字:", None, None, None, "公司纪委审核:", None, None, "年  月  日", None)
    lay = _layout(
        "power_hidden_columns", "http://m.zgkjsz.com/page/2015/0530/23329133.shtml",
        "供电所 岗位廉洁风险防控表 after the source's 基层供电所 廉洁风险 (报装、抄核收 环节): 岗位/姓名 merged, "
        "风险点/风险类型 (…风险, one cell with two)/风险等级 高/中/低/防控措施, with two HIDDEN columns: 岗位编码 "
        "(GDS-01…) and 上年风险等级 (last year's 高/中/低, differing from this year's on four rows); sign line",
        [sh], t,
    )  # fmt: skip
    return _with(lay, sh.name, hidden=[3, 6])


def college_typed_list() -> dict:
    unit = "XX科技大学"
    sh = _Sheet("风险台账", [6, 16, 12, 8, 32, 18, 8, 30, 10])
    t = _Truth(unit)
    sh.title(f"{unit}二级单位廉政风险防控台账", 9)
    sh.add(
        "序号", "单位", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "监督责任人"
    )
    groups = [
        ("材料科学与工程学院", "戴平", [
            ("院长", "阎建华", "学院重大事项不经党政联席会议集体研究", "制度机制风险", "高",
             "重大事项清单化,会议纪要存档。"),
            ("副院长", "钟岚", "科研经费报销审核把关不严", "岗位职责风险", "中", "经费报销项目负责人、学院两级审核。"),
            ("副院长", "钟岚", "横向课题经费违规转拨", "制度机制风险", "高", "外协合同经科研处审核备案。"),
            ("实验室主任", "牟小川", "实验设备采购指定品牌", "外部环境风险", "中", "采购参数集体论证并公示。"),
            ("实验室主任", "牟小川", "危化品管理台账不实", "岗位职责风险", "低", "危化品双人双锁,月度盘点。"),
        ]),
        ("招生就业处", "戴平", [
            ("处长", "鞠晓明", "特殊类型招生中受人请托", "思想道德风险、外部环境风险", "高",
             "招生工作全程录像,结果公示。"),
            ("招生科科长", "卜国华", "录取信息提前泄露", "岗位职责风险", "中", "录取数据分级授权。"),
        ]),
        ("资产管理处", "祁文涛", [
            ("处长", "麦子文", "大型仪器设备论证走过场", "业务流程风险", "中", "论证专家校外随机抽取。"),
            ("科员", "路婷", "资产报废处置不经评估", "制度机制风险", "中", "报废资产先鉴定评估后公开处置。"),
            ("科员", "路婷", "公房分配中优亲厚友", "思想道德风险", "低", "公房分配方案公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, watcher, items in groups:
        recs = []
        for post, who, point, kind, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, kind, level, measures, watcher])
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
        sh.records(recs, merge_cols=(1, 2, 3, 8))
    sh.add()
    sh.add("填报单位(盖章):", None, None, None, "填报日期:2024年5月", None, None, None, None)
    return _layout(
        "college_typed_list", "https://lz.sust.edu.cn/info/1012/1545.htm",
        "高校 二级单位廉政风险防控台账 after the source's 岗位、部门和学校三个层次 and its 制度机制、思想道德、外部环境 "
        "risks: 单位/岗位/责任人 merged down, 风险点/风险类型 (…风险, one cell naming two)/风险等级 高/中/低/防控"
        "措施/监督责任人 (纪委 names, merged: watchers, not holders); 盖章/日期 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    procurator_grade_in_title(),
    finance_keshi_first_row(),
    village_two_names_one_cell(),
    cdc_jiaogao_levels(),
    railway_procuratorate_sub_numbers(),
    court_stacked_persons(),
    bank_instructions_sheet(),
    housing_totals_row(),
    colour_levels_legend(),
    court_page_break(),
    power_hidden_columns(),
    college_typed_list(),
]


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``layouts.write_xlsx`` plus this batch's sheet options: ``hidden`` columns, ``pagebreaks``."""
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
        hidden = set(sheet.get("hidden") or ())
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w or 8, None, {"hidden": c in hidden})
        if sheet.get("pagebreaks"):
            ws.set_h_pagebreaks(sheet["pagebreaks"])
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
    """This batch written by ``layouts.build`` with ``write_xlsx`` here (re-saved copies ``resaved/b12_*``)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch12-inbox"))

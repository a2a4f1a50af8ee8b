"""A thirty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY TABLES AS FILES REALLY ARRIVE — the plain 一览表,
排查表 and personal 自查表 of county bodies that earlier batches hardly met (商务局, 文化和旅游局,
总工会, 殡仪馆, 农业综合行政执法大队, 红十字会, 自来水公司, 妇幼保健院, 机关事务服务中心), written
the way a workbook really leaves an office: made from the coordinator's template in Excel or WPS,
with what such files carry besides the cells one reads — a 序号 column of ``=ROW()-4`` formulas,
drop-down lists on the 风险类别/风险等级 columns, frozen panes, an autofilter, print titles, a
real date in the 填报日期 cell, a reviewer's comment, the template's numbered rows left empty,
``以下空白``, the empty ``Sheet2``/``Sheet3`` Excel adds, 序号 typed as text, sheets copied as
``自查表 (2)`` — and four of them also kept as LibreOffice re-saves, ``.xls`` AND ``.ods``
(``resaved/b39_<name>.xls``/``.ods``, see make_resaved.py), as offices save whatever their program
offers:

- a 县商务局 一览表 (re-saved): 股室 merged, 岗位/责任人 merged per person, 序号 formulas, drop-down
  风险类别 ``岗位职责风险``… and 风险等级, a 分管领导 column (watchers), a 填报单位/填报日期 line with a
  real date, frozen panes and an autofilter, empty Sheet2/Sheet3;
- a 县文化和旅游局 排查表 with its 文化市场综合行政执法队 among the 科室, and the template's numbered
  rows 8–12 left empty below the filled ones;
- a 县总工会 个人廉政风险自查表 on three sheets copied from one (``自查表``, ``自查表 (2)``,
  ``自查表 (3)``), each with its own 姓名/部门/职务 line, a 岗位职责 merged down the left, a real
  填表日期 (re-saved);
- a 县殡仪馆 一览表 对岗不对人 by 科室 and 岗位, 序号 one per post merged down its rows and typed as
  text, a 注 line (re-saved);
- a 县农业综合行政执法大队 排查表 by 中队 with ``以下空白`` under the last row and a reviewer's
  comment on one level cell;
- a 县红十字会 一览表 with no 科室 column, a 主要职责 column merged per person, a 说明 paragraph
  between the title and the header, the title merged wider than the table (re-saved);
- a 县自来水有限公司 排查表 by 部门 with levels 一级/二级/三级, a 责任领导 column (watchers), print
  titles and frozen panes;
- a 县机关事务服务中心 一览表 whose 股 are group rows (``一、公务用车管理股``) with no 科室 column,
  and a real date beside 填报日期.

One is harder:

- ``mch_keshi_own_sheets``: a 县妇幼保健院 workbook that came back with one sheet per 科室, the tab
  the only place the 科室 is written (``医务科``, ``产科``, ``药剂科``, ``财务科``), each 科室 having
  edited the template its own way (产科 deleted the 姓名 column, 药剂科 added a 备注 column, 财务科 put
  姓名 before 岗位), behind a 填报说明 sheet of instructions.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 商务发展专项资金 管理办法, a
county 文化市场综合行政执法队's holiday report, a note on 工会帮扶资金, a call for clues on 殡仪服务
机构, a 农业综合行政执法大队's work summary, a county-level 红十字会's 募捐和接受捐赠 rules, a
自来水 company's 管理所 rules, a news item on 出生医学证明 abuses, an explainer of a 机关事务服务
中心) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch39`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 序号 formula is its value; drop-downs, frozen panes, filters, print titles and comments are
  no part of any cell's text, and a reviewer's comment is no point;
- the template's numbered rows with nothing but their 序号, ``以下空白``, a 注/说明 line, empty
  sheets and a 填报说明 sheet are no points;
- sheets copied as ``自查表 (2)`` that carry their own 姓名 line are forms of their own;
- a sheet with no 科室 column or line, one of several in a workbook each named for a 科室, is that
  科室's (the tab names the department); a 科室 that deleted the 姓名 column hands back posts
  (person "");
- a 分管领导/责任领导 column of names watches the posts and holds none of their points;
- in a table with no 科室 column, a group row ``一、公务用车管理股`` names the 科室 of the rows
  under it; without group rows and without a 科室 column the department is "";
- ``一级``/``二级``/``三级`` are 1/2/3; a type written ``岗位职责风险`` is 岗位职责.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here, for the formulas,
dates, drop-downs and the rest), copies the re-saved copies ``resaved/b39_<name>.*`` and writes
``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b39_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
TYPE_CHOICES = ["思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险"]
LEVEL_CHOICES = ["高", "中", "低"]
BLANK_BELOW = "以下空白"
TIER = {"股长": "middle", "主任": "middle", "队长": "middle", "部长": "middle",
        "中队长": "middle", "所长": "middle", "科长": "middle",
        "常务副会长": "leader"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _merge_runs(sh: _Sheet, first: int, last: int, col: int, key) -> None:
    """Merge ``col`` over each run of rows ``first``..``last`` with the same ``key(row)``."""
    r = first
    while r <= last:
        e = r
        while e < last and key(e + 1) == key(r):
            e += 1
        if e > r:
            for k in range(r + 1, e + 1):
                sh.rows[k][col] = None
            sh.merges.append((r, col, e, col))
        r = e + 1


def _extras(sh: _Sheet, **kw) -> dict:
    """The sheet's data plus this batch's file-level extras (see ``write_xlsx``)."""
    return {**sh.data(), **kw}


def _finish(name, source, what, sheets, truth) -> dict:
    """``layouts._layout`` for sheets given as dicts (with extras) or as ``_Sheet``s."""
    lay = _layout(name, source, what, [], truth)
    lay["sheets"] = [s if isinstance(s, dict) else s.data() for s in sheets]
    return lay


# --------------------------------------------------------------------------- harder layout


def mch_keshi_own_sheets() -> dict:
    unit = "XX县妇幼保健院"
    t = _Truth(unit)
    title = f"{unit}科室岗位廉洁风险排查表"
    guide = _Sheet("填报说明", [80])
    guide.add("填报说明")
    guide.add("1.各科室在以本科室命名的工作表内填写,请勿改动工作表名称;")
    guide.add("2.风险等级按高、中、低填写,防控措施应具体可行;")
    guide.add("3.填好后于5月10日前报院纪检办,电子版和纸质签字版各一份。")
    sheets = [guide]

    # 医务科: the template as sent — 序号/岗位/姓名/风险点/风险等级/防控措施
    sh = _Sheet("医务科", [6, 12, 9, 36, 9, 32])
    sh.title(title, 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("科长", "邵振华", "出生医学证明签发审核不严,为非本院出生新生儿出具证明", "高",
         "签发实行首签、复核两人负责,证章分开保管。"),
        ("科长", "邵振华", "空白出生医学证明保管不善、流失", "高", "空白证件专柜双锁,领用逐份登记。"),
        ("干事", "卢晓梅", "受人请托篡改出生医学证明信息", "中", "信息更正须持原始病历,科长审批。"),
    ]  # fmt: skip
    for n, (post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, sh.name, post, who, _tier(post), point, [], HML[lv])
    sh.add()
    sh.add("科室负责人签字:", None, None, "日期:", None, None)
    sheets.append(sh)

    # 产科: deleted the 姓名 column — 对岗不对人
    sh = _Sheet("产科", [6, 12, 38, 9, 32])
    sh.title(title, 5)
    sh.add("序号", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("助产士", "伪造分娩记录,为非本院分娩者提供出生证明材料", "高", "分娩记录与收费、病案信息交叉核对。"),
        ("主治医师", "向产妇推荐指定月子中心、收取介绍费", "中", "院内禁止商业推介,设立举报电话。"),
    ]  # fmt: skip
    for n, (post, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, lv, measures)
        t.point(sh.name, sh.name, post, "", _tier(post), point, [], HML[lv])
    sh.add()
    sh.add("科室负责人签字:", None, "日期:", None, None)
    sheets.append(sh)

    # 药剂科: added a 备注 column
    sh = _Sheet("药剂科", [6, 12, 9, 34, 9, 30, 14])
    sh.title(title, 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("主任", "祁少峰", "药品、耗材遴选时收受厂家回扣", "高", "遴选经药事会集体讨论,纪检办监督。", "重点岗位"),
        ("药房调剂员", "温雅", "向医药代表提供处方统计数据", "中", "统方权限分级,查询留痕。", None),
    ]  # fmt: skip
    for n, (post, who, point, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, note)
        t.point(sh.name, sh.name, post, who, _tier(post), point, [], HML[lv])
    sh.add()
    sh.add("科室负责人签字:", None, None, "日期:", None, None, None)
    sheets.append(sh)

    # 财务科: 姓名 before 岗位
    sh = _Sheet("财务科", [6, 9, 12, 36, 9, 32])
    sh.title(title, 6)
    sh.add("序号", "姓名", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("廖春燕", "收费员", "挂号、检查费现金收费不入账", "中", "每日日结,收费与票据核对。"),
        ("贝国强", "科长", "违规审批报销不合规票据", "低", "报销实行会计初审、科长复核、院长审批。"),
    ]  # fmt: skip
    for n, (who, post, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, who, post, point, lv, measures)
        t.point(sh.name, sh.name, post, who, _tier(post), point, [], HML[lv])
    sh.add()
    sh.add("科室负责人签字:", None, None, "日期:", None, None)
    sheets.append(sh)
    return _finish(
        "mch_keshi_own_sheets", "https://xiaoshebao.com/a/644b6a433431e4cfcd04108b.html",
        "(harder) 县妇幼保健院 workbook after the source's news item on 出生医学证明 abuses (妇产科主任伪造病历, 空证流向"
        "社会, 专人负责、证章分开): a 填报说明 sheet, then one sheet per 科室 whose tab is the only place the 科室 is "
        "written (医务科, 产科, 药剂科, 财务科), every title the unit's; each 科室 edited the template: 产科 deleted 姓名 "
        "(posts only), 药剂科 added 备注, 财务科 put 姓名 before 岗位; 高/中/低; 科室负责人签字 lines",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def commerce_fund_yilan() -> dict:
    unit = "XX县商务局"
    sh = _Sheet("Sheet1", [6, 14, 8, 9, 36, 14, 9, 32, 10])
    t = _Truth(unit)
    sh.add("附件2", *([None] * 8))
    sh.title(f"{unit}岗位廉政风险点一览表", 9)
    r = sh.add(f"填报单位(盖章):{unit}", None, None, None, None, None, "填报日期:",
               datetime(2024, 3, 18), None)  # fmt: skip
    sh.merge(r, 0, r, 5)
    sh.merge(r, 7, r, 8)
    head = sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施",
                  "分管领导")  # fmt: skip
    groups = [
        ("外贸股", "高振宇", [
            ("股长", "邱立民", "外经贸专项资金项目申报初审把关不严,为不符合条件的企业出具推荐意见",
             "岗位职责风险", "高", "申报材料两人交叉审核,初审意见股室集体研究并留痕。"),
            ("股长", "邱立民", "向申报企业泄露评审专家名单和评审进度", "思想道德风险", "中",
             "评审专家从专家库随机抽取,名单评审前封存。"),
            ("科员", "唐晓芸", "出口数据统计虚报、漏报,为企业争取扶持创造条件", "业务流程风险", "低",
             "统计数据与海关数据比对,每季度抽查。"),
        ]),
        ("市场运行和消费促进股", "高振宇", [
            ("股长", "傅建新", "消费券活动中指定合作商户,收受商户好处", "外部环境风险", "高",
             "合作商户公开征集,名单和核销数据公示。"),
            ("股长", "傅建新", "重要商品储备轮换验收走过场", "制度机制风险", "中",
             "轮换验收邀请财政、市场监管部门共同参加。"),
            ("科员", "梁思琪", "成品油市场检查发现问题不报告、不移交", "岗位职责风险", "中",
             "检查记录双人签字,问题清单录入系统。"),
        ]),
        ("电子商务股", "石红英", [
            ("股长", "鲍国栋", "电商进农村项目资金未按绩效评价结果拨付,提前或超额拨付", "制度机制风险", "高",
             "拨付前完成绩效评价,业务、财务两级审核。"),
            ("股长", "鲍国栋", "项目验收时接受承办企业宴请、礼品", "思想道德风险", "低",
             "验收组三人以上,验收前签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    formulas = []
    for dept, leader, items in groups:
        for post, who, point, typ, lv, measures in items:
            n = len(sh.rows) - first + 1
            r = sh.add(n, dept, post, who, point, typ, lv, measures, leader)
            formulas.append((r, 0, f"=ROW()-{first}"))
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    last = len(sh.rows) - 1
    _merge_runs(sh, first, last, 1, lambda k: _above(sh, first, k, 1))
    _merge_runs(sh, first, last, 8, lambda k: _above(sh, first, k, 1))  # 分管领导 per 股室
    _merge_runs(sh, first, last, 3, lambda k: (_above(sh, first, k, 1), sh.rows[k][3]))
    _merge_runs(sh, first, last, 2, lambda k: (_above(sh, first, k, 1), _above(sh, first, k, 3)))
    sh.add()
    sh.add("填表人:", None, "联系电话:", None, "单位主要负责人签字:", None, None, None, None)
    return _finish(
        "commerce_fund_yilan", "http://zs.gov.cn/zwgk/fggw/bsgfxwj/content/post_2383818.html",
        "县商务局 岗位廉政风险点一览表 after the source's 商务发展专项资金管理办法 (稳外贸, 促消费, 电子商务; 申报、审核、"
        "拨付、绩效评价): 附件2, title, 填报单位(盖章)/填报日期 line with a real date cell; 序号 as =ROW()-4 formulas; "
        "股室 merged, 岗位/责任人 merged per person; 风险类别 ``岗位职责风险``… and 风险等级 高/中/低 with drop-down lists; "
        "分管领导 names merged per 股室 (watchers); frozen under the header, an autofilter; empty Sheet2/Sheet3; "
        "填表人 line; re-saved as .xls and .ods",
        [_extras(sh, formulas=formulas, freeze=(head + 1, 0), autofilter=(head, 0, last, 8),
                 validations=[(first, 5, last, 5, TYPE_CHOICES), (first, 6, last, 6, LEVEL_CHOICES)]),
         _Sheet("Sheet2"), _Sheet("Sheet3")],
        t,
    )  # fmt: skip


def _above(sh: _Sheet, first: int, k: int, col: int):
    """The value of ``col`` at row ``k`` or, merged away, the nearest one above it."""
    while k > first and sh.rows[k][col] is None:
        k -= 1
    return sh.rows[k][col]


def culture_enforcement_template_rows() -> dict:
    unit = "XX县文化和旅游局"
    sh = _Sheet("排查表", [6, 16, 10, 9, 36, 9, 32])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点排查表", 7)
    sh.add(f"单位:{unit}(盖章)", None, None, None, None, None, None)
    sh.add("序号", "科室(单位)", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局办公室", "主任", "常立华", "公务接待超标准,虚列接待费用", "中", "接待实行公函、审批单、清单“三单”报销。"),
        ("局办公室", "主任", "常立华", "办公用品采购不询价、不比价", "低", "采购三家以上询价,结果在局内公示。"),
        ("文物和非遗股", "股长", "聂红", "文物保护项目资金审核把关不严", "高", "项目资金拨付经局务会研究,审计跟踪。"),
        ("文化市场综合行政执法队", "队长", "韦振华", "对歌舞娱乐场所违法经营降格处罚", "高",
         "处罚案件集体讨论,裁量基准公开。"),
        ("文化市场综合行政执法队", "执法人员", "庞晓东", "检查旅行社时接受宴请,对不合理低价游不查处", "中",
         "执法全程记录,两人以上执法。"),
        ("文化市场综合行政执法队", "执法人员", "庞晓东", "处理旅游投诉时偏袒经营者", "中", "投诉办理结果回访游客。"),
        ("文化市场综合行政执法队", "执法人员", "蒙丽", "执法检查信息提前泄露给经营单位", "高",
         "检查对象随机抽取,检查前不告知。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    last = len(sh.rows) - 1
    _merge_runs(sh, first, last, 1, lambda k: _above(sh, first, k, 1))
    for n in range(len(rows) + 1, 13):  # the template's numbered rows, left empty
        sh.add(n, None, None, None, None, None, None)
    sh.add("填表人:", None, None, "审核人:", None, "填报时间:", None)
    return _finish(
        "culture_enforcement_template_rows", "https://www.tianshui.gov.cn/wlj/info/1802/234362.htm",
        "县文化和旅游局 廉政风险点排查表 after the source's holiday report of a county 文化市场综合行政执法队 (A级景区, "
        "旅行社, 不合理低价游, 旅游投诉, 文体广电和旅游局): 单位(盖章) line; 序号/科室(单位) merged (局办公室, 文物和非遗股, "
        "文化市场综合行政执法队)/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施; the template's numbered rows 8–12 left "
        "empty below the filled ones; 填表人/审核人/填报时间 line",
        [sh], t,
    )  # fmt: skip


def union_selfcheck_copied_sheets() -> dict:
    unit = "XX县总工会"
    t = _Truth(unit)
    people = [
        ("葛文斌", "权益保障部", "部长", "负责困难职工帮扶、法律援助和金秋助学工作。", [
            ("困难职工建档审核把关不严,优亲厚友", "岗位职责", "高", "建档对象入户核实,名单公示七天。"),
            ("法律援助案件受理中收受当事人财物", "思想道德", "中", "援助案件登记编号,办结回访。"),
            ("金秋助学名单未公示即发放", "制度机制", "中", "助学名单经部务会研究并公示后发放。"),
        ]),
        ("宋雅琴", "财务部", "会计", "负责工会经费收支核算和帮扶资金拨付。", [
            ("帮扶资金不按审批额度拨付,虚列支出", "业务流程", "高", "拨付凭审批单,出纳、会计分设。"),
            ("工会经费报销票据审核不严", "岗位职责", "中", "报销实行会计初审、部长复核。"),
            ("私设小金库、公款私存", "制度机制", "高", "账户统一开设,每季度对账。"),
        ]),
        ("闵浩", "职工服务中心", "干事", "负责送温暖慰问品采购和职工疗休养组织。", [
            ("送温暖慰问品采购指定供应商", "外部环境", "中", "慰问品采购三家比价,验收两人签字。"),
            ("医疗救助材料审核不细,重复救助", "岗位职责", "低", "救助信息与医保、民政数据比对。"),
            ("职工疗休养活动变相公款旅游", "思想道德", "低", "疗休养方案报党组审定,行程公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, dept, post, duty, items) in enumerate(people):
        sh = _Sheet("自查表" if k == 0 else f"自查表 ({k + 1})", [6, 20, 34, 10, 9, 30])
        sh.title(f"{unit}干部职工个人廉政风险自查表", 6)
        sh.add("姓名", who, "部门", dept, "职务", post)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, duty if i == 1 else None, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
        sh.merge(first, 1, len(sh.rows) - 1, 1)
        sh.add()
        sh.add("本人签字:", None, None, "填表日期:", datetime(2024, 4, 8 + k), None)
        sheets.append(sh)
    return _finish(
        "union_selfcheck_copied_sheets", "https://scholarmate.com/S/BYrQCP",
        "县总工会 干部职工个人廉政风险自查表 after the source's note on 工会帮扶资金 (困难职工帮扶, 生活救助, 医疗救助, "
        "金秋助学, 法律援助): three sheets copied from one, tabs ``自查表``, ``自查表 (2)``, ``自查表 (3)``, each with its "
        "own 姓名/部门/职务 line; 序号/岗位职责 merged down/风险点/风险类型 (思想道德…)/风险等级 高/中/低/防控措施; 本人签字 "
        "and a real 填表日期; re-saved as .xls and .ods",
        sheets, t,
    )  # fmt: skip


def funeral_home_posts() -> dict:
    unit = "XX县殡仪馆"
    sh = _Sheet("殡仪馆", [6, 12, 14, 38, 9, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
    posts = [
        ("业务科", "业务接待员", [
            ("不按到馆先后顺序办理业务,收受丧属好处", "高", "业务按登记顺序办理,办理顺序电子屏公示。"),
            ("向殡葬中介泄露逝者及丧属信息", "中", "信息系统分级授权,查询留痕。"),
        ]),
        ("业务科", "遗体接运司机", [
            ("以优先派车、平稳行车为由向丧属索要好处", "中", "派车按受理顺序系统派单,车辆GPS定位。"),
        ]),
        ("遗体服务科", "遗体存放管理员", [
            ("以安排冷藏柜位置为由收受好处", "中", "存放位置公开,由丧属自行选择。"),
        ]),
        ("遗体服务科", "火化工", [
            ("私自调整火化顺序", "低", "火化顺序按预约排定,变更须科长签字。"),
        ]),
        ("殡品服务部", "殡品销售员", [
            ("殡葬用品不明码标价,强买强卖、搭车收费", "高", "执行消费明白卡制度,丧属签字确认。"),
        ]),
        ("办公室", "采购员", [
            ("骨灰盒等殡葬用品采购收受供应商回扣", "高", "采购集体议价,供应商名录公开。"),
            ("殡品进价虚高,与供应商串通抬价", "中", "进价定期市场调查,纪检人员参与。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, items) in enumerate(posts, 1):
        start = len(sh.rows)
        for point, lv, measures in items:
            sh.add(str(n) if len(sh.rows) == start else None, dept, post, point, lv, measures)
            t.point(sh.name, dept, post, "", _tier(post), point, [], HML[lv])
        if len(items) > 1:
            sh.merge(start, 0, len(sh.rows) - 1, 0)
            for k in range(start + 1, len(sh.rows)):
                sh.rows[k][2] = None
            sh.merges.append((start, 2, len(sh.rows) - 1, 2))
    last = len(sh.rows) - 1
    _merge_runs(sh, first, last, 1, lambda k: _above(sh, first, k, 1))
    r = sh.add("注:风险等级分高、中、低三级,序号按岗位编排。", None, None, None, None, None)
    sh.merge(r, 0, r, 5)
    sh.add("馆长签字:", None, None, "填报日期:", None, None)
    return _finish(
        "funeral_home_posts", "https://m.dmbk.net/news/gbxY47rDQk.html",
        "县殡仪馆 岗位廉政风险防控一览表 对岗不对人 after the source's call for clues on 殡仪服务机构 (业务受理, 遗体接运, "
        "遗体存放, 服务选择/消费明白卡, 出殡顺序): 序号 one per post, typed as text and merged down the post's rows; "
        "科室 merged; 岗位 merged; 高/中/低; 注 line; 馆长签字 line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def agri_enforcement_blank_below() -> dict:
    unit = "XX县农业综合行政执法大队"
    sh = _Sheet("Sheet1", [6, 16, 10, 9, 36, 10, 9, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("农资执法中队", "中队长", "戴光明", "农资打假案件以罚代刑、应移送不移送", "岗位职责", "高",
         "涉刑案件移送标准公开,大队长审核。"),
        ("农资执法中队", "中队长", "戴光明", "罚没物品处置不按规定登记", "制度机制", "低",
         "罚没物品入库登记,处置集体研究。"),
        ("农资执法中队", "执法队员", "汤宇", "对假劣种子经营户通风报信", "思想道德", "中",
         "检查对象随机抽取,检查前不告知。"),
        ("渔政执法中队", "中队长", "骆海波", "禁捕期巡查不到位,放任非法捕捞", "岗位职责", "中",
         "巡查轨迹上传,大队每周抽查。"),
        ("渔政执法中队", "执法队员", "龙飞", "扣押渔具后私自返还当事人", "制度机制", "中",
         "扣押物品清单当事人签字,返还须审批。"),
        ("动物卫生监督中队", "中队长", "阎秀英", "不检疫即出具检疫证明", "业务流程", "高",
         "检疫证明电子出证,现场照片上传。"),
        ("动物卫生监督中队", "官方兽医", "邹磊", "收受养殖户财物,对病死畜禽处理不到位不处罚", "外部环境", "中",
         "无害化处理全程视频监控。"),
        ("法制审核室", "法制审核员", "卢婷", "案件法制审核把关不严", "制度机制", "低",
         "审核意见书面留存,重大案件集体审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    last = len(sh.rows) - 1
    _merge_runs(sh, first, last, 1, lambda k: _above(sh, first, k, 1))
    blank = sh.add(BLANK_BELOW, None, None, None, None, None, None, None)
    sh.merge(blank, 0, blank, 7)
    sh.add()
    sh.add("大队长签字:", None, None, "局纪检组审核:", None, None, "日期:", None)
    comment = (first + 5, 6, "纪检组:检疫出证是否应定为高?请核实后再报。")
    return _finish(
        "agri_enforcement_blank_below", "https://51zzdh.com/gongzuojihua53/1575.html",
        "县农业综合行政执法大队 岗位廉政风险点排查表 after the source's work summary of a county 农业综合行政执法大队 "
        "(农资打假, 打击非法捕捞, 执法证件, 行刑衔接): 中队 merged (农资执法中队, 渔政执法中队, 动物卫生监督中队, "
        "法制审核室)/岗位/姓名/风险点/风险类型/风险等级 高/中/低/防控措施; ``以下空白`` merged across under the last "
        "row; a reviewer's comment on one level cell; sign-off line",
        [_extras(sh, comments=[comment])], t,
    )  # fmt: skip


def redcross_duty_explained() -> dict:
    unit = "XX县红十字会"
    sh = _Sheet("红十字会", [6, 12, 9, 24, 34, 9, 30, 6, 6])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点一览表", 9)  # merged wider than the table's 7 columns
    r = sh.add("说明:1.风险等级分为高、中、低三级;2.主要职责按岗位说明书填写;3.本表一式两份,报县纪委监委"
               "派驻纪检组一份。", *([None] * 6))  # fmt: skip
    sh.merge(r, 0, r, 6)
    sh.add("序号", "岗位", "姓名", "主要职责", "风险点", "风险等级", "防控措施")
    people = [
        ("常务副会长", "蓝振国", "主持日常会务,审批捐赠款物分配使用。", [
            ("大额捐赠款物分配使用个人说了算", "高", "大额捐赠款物分配经常务理事会集体研究。"),
            ("违规授权基层组织以红十字名义募捐", "中", "授权书统一编号登记,授权事项公开。"),
        ]),
        ("捐赠接收员", "费晓燕", "接收社会捐赠款物,开具捐赠票据。", [
            ("接收捐赠不开具捐赠票据,截留捐赠款物", "高", "捐赠票据连号使用,每月核销。"),
            ("定向捐赠未按捐赠人意愿使用", "中", "定向捐赠逐笔登记去向并向捐赠人反馈。"),
        ]),
        ("会计", "韩冬梅", "负责捐赠资金核算和救助资金拨付。", [
            ("捐赠资金未及时入账,公款私存", "高", "捐赠资金当日入账,账户每月对账。"),
            ("救助资金发放凭证不全", "低", "发放凭身份证明和签收单,按季度公示。"),
        ]),
        ("救护培训师", "邬建平", "开展应急救护培训和证书发放。", [
            ("救护培训收费不开票、不入账", "中", "培训收费统一由财务收取。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, duty, items in people:
        for point, lv, measures in items:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, _tier(post), point, [], HML[lv])
    last = len(sh.rows) - 1
    for col in (1, 2, 3):
        _merge_runs(sh, first, last, col, lambda k, c=col: _above(sh, first, k, 2))
    sh.add()
    sh.add("填报人:", None, None, "会长签字:", None, "年  月  日", None)
    return _finish(
        "redcross_duty_explained", "http://www.ynredcross.cn/jhs/article.jsp?id=36608&itemId=198",
        "县红十字会 岗位廉政风险点一览表 after the source's rules of a county-level 红十字会 for 募捐和接受捐赠 (捐赠票据, "
        "定向捐赠, 授权基层组织, 民政部门监督): title merged over 9 columns while the table has 7; a 说明 paragraph "
        "merged between title and header; no 科室 column; 岗位/姓名/主要职责 merged per person; 高/中/低; 填报人/会长签字 "
        "line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def water_company_print_titles() -> dict:
    unit = "XX县自来水有限公司"
    sh = _Sheet("排查表", [6, 14, 10, 9, 36, 10, 9, 30, 10])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险排查表", 9)
    head = sh.add(
        "序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "责任领导"
    )
    groups = [
        ("城区供水管理所", "付国庆", [
            ("所长", "贺建平", "管网维护工程发包时指定施工队", "岗位职责", "一级",
             "维护工程按公司采购制度比选,结果公示。"),
            ("抄表员", "孔令华", "估抄、漏抄,为用户少计水量收受好处", "思想道德", "二级",
             "抄表照片上传系统,稽查队每月抽查。"),
            ("抄表员", "孔令华", "擅自为用户改变用水性质", "业务流程", "二级", "用水性质变更须营业所审批。"),
        ]),
        ("营业所", "付国庆", [
            ("收费员", "苗佳", "收取水费不开票、截留水费", "制度机制", "一级", "收费系统开票,日结日清。"),
            ("收费员", "苗佳", "违规减免违约金", "岗位职责", "三级", "减免须所长审批并登记。"),
        ]),
        ("水事稽查队", "万里鹏", [
            ("队长", "柏涛", "对偷水、私接管线查处降格", "外部环境", "二级", "查处结果集体研究,稽查记录存档。"),
            ("稽查员", "闻斌", "违规修改卡表购水记录", "业务流程", "三级", "卡表数据修改留痕,每月比对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, leader, items in groups:
        for post, who, point, typ, lv, measures in items:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), ORDINAL[lv])
    last = len(sh.rows) - 1
    _merge_runs(sh, first, last, 1, lambda k: _above(sh, first, k, 1))
    _merge_runs(sh, first, last, 8, lambda k: _above(sh, first, k, 1))  # 责任领导 per 部门
    sh.add()
    r = sh.add("注:一级为高风险,二级为中风险,三级为低风险。", *([None] * 8))
    sh.merge(r, 0, r, 8)
    sh.add("公司纪检监察部审核:", None, None, None, "2024年5月", None, None, None, None)
    return _finish(
        "water_company_print_titles", "https://bdocx.com/doc/28808396.html",
        "县自来水有限公司 岗位廉洁风险排查表 after the source's 自来水 company rules (管理所, 供水营销, 管网维护, 水事检查, "
        "卡表管理): 部门 merged (城区供水管理所, 营业所, 水事稽查队)/岗位/姓名/风险点/风险类别/风险等级 一级/二级/三级/"
        "防控措施/责任领导 names merged per 部门 (watchers); header rows repeated as print titles, frozen panes; 注 line "
        "defining the levels; 纪检监察部审核 line",
        [_extras(sh, freeze=(head + 1, 2), repeat_rows=(0, head))], t,
    )  # fmt: skip


def affairs_center_group_rows() -> dict:
    unit = "XX县机关事务服务中心"
    sh = _Sheet("一览表", [6, 12, 9, 38, 9, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点一览表", 6)
    r = sh.add(f"填报单位:{unit}", None, None, "填报日期:", datetime(2024, 6, 3), None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    groups = [
        ("一、", "公务用车管理股", [
            ("股长", "向明", "公务用车派车审批不严,公车私用", "中", "派车单事前审批,车辆轨迹每月核查。"),
            ("调度员", "钟丽", "派车单事后补填,虚列用车里程", "低", "派车信息系统实时登记。"),
        ]),
        ("二、", "资产管理股", [
            ("股长", "孟庆", "公物仓资产调剂不公,优亲厚友", "中", "调剂申请网上公示,按先后顺序办理。"),
            ("股长", "孟庆", "资产处置评估价格偏低,低价处置", "高", "处置资产委托第三方评估,公开拍卖。"),
            ("保管员", "郝佳", "入仓资产登记不全,私自挪用", "中", "入仓资产逐件拍照登记,每半年盘点。"),
        ]),
        ("三、", "办公用房管理股", [
            ("股长", "祁宏", "办公用房超标准配置审核不严", "高", "配置方案对照标准审核,结果公示。"),
            ("股长", "祁宏", "维修项目化整为零规避政府采购", "高", "维修项目年度计划统一编报,集中采购。"),
            ("科员", "樊玉洁", "维修验收走过场,虚增工程量", "中", "验收邀请使用单位和审计人员参加。"),
        ]),
    ]  # fmt: skip
    n = 0
    for mark, dept, items in groups:
        g = sh.add(f"{mark}{dept}", None, None, None, None, None)
        sh.merge(g, 0, g, 5)
        first = len(sh.rows)
        for post, who, point, lv, measures in items:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
        last = len(sh.rows) - 1
        _merge_runs(sh, first, last, 2, lambda k: sh.rows[k][2])
        _merge_runs(sh, first, last, 1, lambda k, f=first: (sh.rows[k][1], _above(sh, f, k, 2)))
    sh.add()
    sh.add("中心主任签字:", None, None, "驻县委办纪检组审核:", None, None)
    return _finish(
        "affairs_center_group_rows", "https://www.fjndwb.com/shujy/202509/788365.html",
        "县机关事务服务中心 岗位廉政风险点一览表 after the source's explainer of a 机关事务服务中心 (公务用车, 资产管理, "
        "办公场所管理, 公物仓): 填报单位/填报日期 line with a real date cell; no 科室 column: group rows ``一、公务用车"
        "管理股``, ``二、资产管理股``, ``三、办公用房管理股`` merged across; 序号 running on; 岗位/责任人 merged per "
        "person; 高/中/低; sign-off line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mch_keshi_own_sheets(),
    commerce_fund_yilan(),
    culture_enforcement_template_rows(),
    union_selfcheck_copied_sheets(),
    funeral_home_posts(),
    agri_enforcement_blank_below(),
    redcross_duty_explained(),
    water_company_print_titles(),
    affairs_center_group_rows(),
]

RESAVED = (
    "commerce_fund_yilan",
    "union_selfcheck_copied_sheets",
    "funeral_home_posts",
    "redcross_duty_explained",
)  # fmt: skip  (each as .xls and .ods)


def write_xlsx(layout: dict, path: Path) -> Path:
    """``layouts.write_xlsx`` plus what files carry besides their cells: ``formulas`` [(r, c, f)]
    (the row holds the cached value), ``datetime`` cells, ``validations`` [(r0, c0, r1, c1,
    choices)] (drop-down lists), ``freeze`` (r, c), ``autofilter`` (r0, c0, r1, c1),
    ``repeat_rows`` (r0, r1) (print titles) and ``comments`` [(r, c, text)]."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties(
        {"created": datetime(2024, 3, 1, 9, 0, 0), "author": "Administrator", "title": ""}
    )
    base = {"text_wrap": True, "valign": "vcenter", "font_name": "宋体", "font_size": 10}
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        formulas = {(r, c): f for r, c, f in sheet.get("formulas") or ()}
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        tops = {(r0, c0) for r0, c0, _, _ in sheet["merges"]}

        for r, row in enumerate(sheet["rows"]):
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, formulas, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None and (r0, c0) in tops:
                _put(ws, formulas, (fmt, date_fmt), r0, c0, v)
        for r0, c0, r1, c1, choices in sheet.get("validations") or ():
            ws.data_validation(r0, c0, r1, c1, {"validate": "list", "source": list(choices)})
        if sheet.get("freeze"):
            ws.freeze_panes(*sheet["freeze"])
        if sheet.get("autofilter"):
            ws.autofilter(*sheet["autofilter"])
        if sheet.get("repeat_rows"):
            ws.repeat_rows(*sheet["repeat_rows"])
        for r, c, text in sheet.get("comments") or ():
            ws.write_comment(r, c, text, {"author": "纪检组"})
    wb.close()
    return path


def _put(ws, formulas: dict, fmts: tuple, r: int, c: int, v) -> None:
    """Write one cell: a formula (``v`` its cached value), a date, a number or a string."""
    fmt, date_fmt = fmts
    if (r, c) in formulas:
        ws.write_formula(r, c, formulas[(r, c)], fmt, v)
    elif isinstance(v, datetime):
        ws.write_datetime(r, c, v, date_fmt)
    elif isinstance(v, int | float):
        ws.write_number(r, c, v, fmt)
    else:
        ws.write_string(r, c, v, fmt)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here, its re-saved copies
    ``resaved/b39_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch39-inbox"))

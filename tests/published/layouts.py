"""Layouts modelled on integrity-risk tables that offices really publish, with their answers.

Each layout imitates the *shape* of one public table (its ``source``): the headings, the
order of columns, where the holder is named, how levels are written, what stands above
and below the table. The wording of the rows is our own. ``LAYOUTS`` is plain data:

    {"name", "source", "what",
     "sheets": [{"name", "rows": [[str | int | None, ...], ...],
                 "merges": [(r0, c0, r1, c1), ...], "widths": [...] | None}],
     "truth": [{"sheet", "unit", "department", "title", "person", "tier",
                "risks": [{"risk_point", "types", "level"}]}]}

Rows and merges are 0-based; a merged range keeps its value in the top-left cell and
``None`` in the others, as Excel stores it.

Truth conventions (score.py relies on them):
a form is one post (unit + department + post name) plus its holder when the table names
a person; ``person`` is "" when it does not (对岗不对人); ``risk_point`` is the short risk
name when a table has both a short name and a long description, else the one risk
column, the cell's whole text; ``types`` are short names, [] without a type column;
``level`` 1/2/3 (1 highest), None when blank; sign-off lines, titles, 附件N, 填报 lines,
repeated headers, spacer rows and rows saying only 无 are not points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (xlsxwriter), copies the
LibreOffice re-saved copies from ``resaved/`` and writes ``truth.json``.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent
RESAVED = HERE / "resaved"
TYPES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
HML = {"高": 1, "中": 2, "低": 3}


def types_in(text: str | None) -> list[str]:
    """Short type names named in a cell, in the order they appear."""
    text = text or ""
    return sorted((t for t in TYPES if t in text), key=text.find)


class _Sheet:
    def __init__(self, name: str, widths: list[float] | None = None):
        self.name, self.rows, self.merges, self.widths = name, [], [], widths

    def add(self, *cells) -> int:
        self.rows.append(list(cells))
        return len(self.rows) - 1

    def title(self, text: str, ncols: int) -> int:
        r = self.add(text, *([None] * (ncols - 1)))
        self.merges.append((r, 0, r, ncols - 1))
        return r

    def merge(self, r0: int, c0: int, r1: int, c1: int) -> None:
        for r in range(r0, r1 + 1):
            row = self.rows[r]
            row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    assert row[c] is None, (self.name, r, c, row[c])
        self.merges.append((r0, c0, r1, c1))

    def records(self, records, merge_cols=()) -> list[int]:
        """Append rows; in ``merge_cols`` a run of equal values becomes one merged cell."""
        first = len(self.rows)
        for rec in records:
            self.rows.append(list(rec))
        last = len(self.rows) - 1
        for c in merge_cols:
            r = first
            while r <= last:
                v, e = self.rows[r][c], r
                while v is not None and e < last and self.rows[e + 1][c] == v:
                    e += 1
                if e > r:
                    for k in range(r + 1, e + 1):
                        self.rows[k][c] = None
                    self.merges.append((r, c, e, c))
                r = e + 1
        return list(range(first, last + 1))

    def data(self) -> dict:
        return {"name": self.name, "rows": self.rows, "merges": self.merges, "widths": self.widths}


class _Truth:
    def __init__(self, unit: str):
        self.unit, self.forms = unit, {}

    def point(self, sheet, department, title, person, tier, risk_point, types, level):
        key = (sheet, department, title, person)
        form = self.forms.setdefault(key, {
            "sheet": sheet, "unit": self.unit, "department": department, "title": title,
            "person": person, "tier": tier, "risks": [],
        })  # fmt: skip
        form["risks"].append({"risk_point": risk_point, "types": list(types), "level": level})

    def data(self) -> list[dict]:
        return list(self.forms.values())


def person_rows(sh: _Sheet, recs: list[list], group_col: int | None, person_cols: tuple) -> None:
    """Append ``recs``; merge ``group_col`` over each run of one group and ``person_cols`` over
    each person's rows (a person = the same values in all ``person_cols`` within one group)."""
    first = len(sh.rows)
    for rec in recs:
        sh.rows.append(list(rec))
    last = len(sh.rows) - 1

    def runs(key):
        r = first
        while r <= last:
            e = r
            while e < last and key(e + 1) == key(r):
                e += 1
            yield r, e
            r = e + 1

    spans = []
    if group_col is not None:
        spans += [(r, e, (group_col,)) for r, e in runs(lambda k: sh.rows[k][group_col])]

    def person(k):
        g = sh.rows[k][group_col] if group_col is not None else None
        return (g, *(sh.rows[k][c] for c in person_cols))

    spans += [(r, e, person_cols) for r, e in runs(person)]
    for r, e, cols in spans:
        if e > r:
            for c in cols:
                for k in range(r + 1, e + 1):
                    sh.rows[k][c] = None
                sh.merges.append((r, c, e, c))


def _layout(name, source, what, sheets, truth) -> dict:
    return {"name": name, "source": source, "what": what,
            "sheets": [s.data() for s in sheets], "truth": truth.data()}  # fmt: skip


# --------------------------------------------------------------------------- layouts


def bozhou_unit_list() -> dict:
    unit = "XX市住房和城乡建设局"
    sh = _Sheet("一览表", [6, 16, 10, 16, 30, 8, 34, 9, 9])
    t = _Truth(unit)
    sh.add("附件1")
    sh.title(f"{unit}廉政风险防控一览表", 9)
    sh.add("序号", "单位/科室", "风险\n类别", "风险点", "廉政风险主要内容及表现形式", "风险等级",
           "防控措施", "部门\n负责人", "责任\n领导")  # fmt: skip
    groups = [
        ("市重点工程建设管理服务中心", "孙立伟", "周建国", [
            ("岗位职责风险", "公务用车管理", "公务车辆私用,虚报加油、维修费用。", "低",
             "1.定期开展警示教育;\n2.建立车辆加油、维修台账;\n3.每月核对用车记录并在内部公示。"),
            ("制度机制风险", "重大事项集体决策执行不到位", "重大项目安排和大额资金使用未经班子集体研究,个人说了算。", "高",
             "严格执行“三重一大”集体决策制度,会议纪要存档备查。"),
            ("岗位职责风险", "工程设计管理", "设计标准脱离实际,过度设计造成投资浪费。", "中",
             "1.实行设计方案会审;\n2.邀请第三方开展设计复核。"),
            ("业务流程风险", "工程招标组织", "设置倾向性条件排斥潜在投标人,化整为零规避招标,与投标人串通。", "高",
             "1.招标文件经法制审核;\n2.严格执行招标投标法规,全程留痕;\n3.纪检人员现场监督开评标。"),
            ("岗位职责风险", "工程款审核支付", "不按合同约定和实际进度审核,工程款多付、错付。", "中",
             "1.完善计量支付制度;\n2.实行经办、复核、审批分离。"),
        ]),
        ("建筑市场监管科", "何晓燕", "周建国", [
            ("岗位职责风险", "施工许可审查", "对申报材料把关不严,为不符合条件的项目办理许可。", "高",
             "1.一次性告知办理条件;\n2.实行初审、复审两级审核;\n3.办理结果网上公开。"),
            ("外部环境风险", "建筑市场执法检查", "检查中接受企业宴请、礼品,对违法行为降格处理。", "中",
             "1.执法人员两人以上;\n2.处罚结果集体讨论并公示。"),
            ("业务流程风险", "企业资质核查", "核查走过场,为资质不达标企业出具合格意见。", "中",
             "实行核查结果复核和随机抽查制度。"),
            ("思想道德风险", "信用评价打分", "利用评分权为关系企业加分或减免扣分。", "低",
             "评分标准公开,评价结果公示五个工作日。"),
        ]),
        ("房地产市场监管科", "陈志刚", "吴海涛", [
            ("岗位职责风险", "商品房预售许可", "降低条件发放预售许可,或故意拖延办理索要好处。", "高",
             "1.明确办理时限;\n2.许可条件和结果公开;\n3.实行分管领导审签。"),
            ("制度机制风险", "预售资金监管", "违规审批预售资金拨付,造成资金被挪用。", "高",
             "监管账户拨付实行双人审核,银行、住建联合监管。"),
            ("业务流程风险", "物业服务企业考评", "考评标准执行不一,优亲厚友。", "低",
             "考评细则公开,邀请业主代表参与。"),
            ("外部环境风险", "房地产经纪机构备案", "接受中介机构请托,违规备案。", "低",
             "备案材料网上核验,定期抽查。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, head, leader, points in groups:
        recs = []
        for typ, point, desc, lv, measures in points:
            n += 1
            recs.append([n, dept, typ, point, desc, lv, measures, head, leader])
            t.point(sh.name, dept, "", head, None, point, types_in(typ), HML[lv])
        sh.records(recs, merge_cols=(1, 7, 8))
    return _layout(
        "bozhou_unit_list", "https://zjj.bozhou.gov.cn/XxgkContent/show/2603381.html",
        "一览表 of a city bureau: 单位/科室 merged down, short 风险点 beside a long 廉政风险主要内容及表现形式, "
        "高/中/低, numbered measures, two name columns merged down: 部门负责人 (the holder) and 责任领导",
        [sh], t,
    )  # fmt: skip


def shccmg_post_category() -> dict:
    unit = "XX城建集团有限公司"
    sh = _Sheet("廉洁风险", [6, 10, 22, 40, 40, 16])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险防控表", 6)
    sh.add("序 号", "岗位\n类别", "风险\n名称", "风险描述", "防控措施", "监测\n指标")
    groups = [
        ("领 导 班 子 成 员", "领导班子成员", "leader", [
            ("廉洁教育部署不到位", "1.1主要负责人未按要求讲廉洁党课。\n1.2分管领导部署业务工作时未同步提出廉洁要求。",
             "1.1主要负责人每年至少讲一次廉洁党课。\n1.2分管领导在业务会议上同步提廉洁要求。", "廉洁党课次数"),
            ("重大事项报告不及时", "2.1对应报告事项范围不清楚。\n2.2报告拖延或内容不实。",
             "2.1明确报告事项清单和时限。\n2.2报告情况纳入年度考核。", "未按时报告次数"),
            ("民主生活会批评流于形式", "3.1会前征求意见不广泛。\n3.2批评与自我批评避重就轻。",
             "3.1会前广泛征求意见。\n3.2整改清单限期销号。", "整改完成率"),
            ("公务回避执行不严", "4.1亲属经商办企业未按规定报告。\n4.2涉及亲属的事项未主动回避。",
             "4.1建立领导人员亲属从业报告制度。\n4.2回避情况记录在案。", "应回避未回避次数"),
            ("兼职取酬违规", "5.1未经批准在外兼职。\n5.2兼职领取报酬。",
             "5.1兼职事项事前报批。\n5.2每年开展专项清理。", "违规兼职人数"),
        ]),
        ("中 层 管 理 人 员", "中层管理人员", "middle", [
            ("物资采购询价不规范", "6.1询价对象少于三家。\n6.2指定品牌或供应商。",
             "6.1询价不少于三家并留存记录。\n6.2采购需求由使用和采购部门共同确定。", "询价记录完整率"),
            ("合同签订审核不严", "7.1未经法务审核签订合同。\n7.2合同条款明显有利于对方。",
             "7.1合同会签制度。\n7.2重大合同法律顾问审查。", "未审核合同份数"),
            ("分包单位选择暗箱操作", "8.1未按规定比选分包单位。\n8.2与分包单位存在利益往来。",
             "8.1分包比选结果公示。\n8.2签订廉洁协议。", "比选公示率"),
            ("考核评优不公", "9.1考核标准执行不一。\n9.2评优推荐优亲厚友。",
             "9.1考核结果公开。\n9.2评优实行民主推荐。", "考核投诉件数"),
        ]),
        ("一 般 员 工", "一般员工", "general", [
            ("费用报销弄虚作假", "10.1虚开发票报销。\n10.2拆分票据规避审批。",
             "10.1报销票据逐张审核。\n10.2定期抽查报销凭证。", "问题票据张数"),
            ("现场签证把关不严", "11.1签证工程量与实际不符。\n11.2收受施工单位好处签证。",
             "11.1签证实行双人复核。\n11.2签证资料归档备查。", "签证差错率"),
            ("收受服务对象礼品", "12.1节日期间收受礼品礼金。\n12.2接受宴请。",
             "12.1节前廉洁提醒。\n12.2拒收登记制度。", "拒收登记次数"),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, title, tier, points in groups:
        recs = []
        for name, desc, measures, metric in points:
            n += 1
            recs.append([n, shown, name, desc, measures, metric])
            t.point(sh.name, "", title, "", tier, name, [], None)
        sh.records(recs, merge_cols=(1,))
    return _layout(
        "shccmg_post_category", "https://qlw.shccmg.com/jl/Integrity/provisions?id=5062",
        "SOE list by 岗位类别 (merged down, letters spaced out), short 风险名称 beside a 风险描述 of 1.1/1.2 "
        "sub-items, 防控措施, 监测指标; no type and no level column",
        [sh], t,
    )  # fmt: skip


def baoan_duty_list() -> dict:
    unit = "XX区市场监督管理局"
    sh = _Sheet("责任清单", [6, 14, 16, 30, 8, 34, 12])
    t = _Truth(unit)
    header = ("序号", "责任主体", "职权内容", "风险点", "风险等级", "防控措施", "责任人")
    sh.add("附件1")
    sh.title(f"{unit}廉政风险防控责任清单", 7)
    sh.add(*header)
    rows = [
        ("办公室", "公务车维修业务", "1.不如实申报维修项目;\n2.虚列维修费用;\n3.审批走过场。", "高",
         "1.维修项目由车管员核定;\n2.分级审批;\n3.报销票据逐项核对。"),
        ("办公室", "公务车加油业务", "1.违规加油,虚报油耗。", "中",
         "1.油卡与车辆一一对应;\n2.油耗按月统计分析。"),
        ("办公室", "公务接待业务", "1.无公函接待;\n2.超标准接待;\n3.陪餐人数超标。", "低",
         "1.先审批后接待;\n2.严格执行接待标准;\n3.接待清单按月公示。"),
        ("办公室", "办公用房管理", "1.超标准配置办公用房;\n2.闲置用房出租收益未入账。", "中",
         "1.按标准核定用房;\n2.出租收益统一上缴。"),
        ("登记注册科", "企业设立登记", "1.对材料不全的申请违规登记;\n2.故意拖延办理。", "中",
         "1.一次性告知;\n2.办理时限网上可查。"),
        ("登记注册科", "股权变更登记", "1.未核实股东身份即办理变更;\n2.泄露企业登记信息。", "中",
         "1.实名验证;\n2.查询登记信息留痕。"),
        ("登记注册科", "经营异常名录移出", "1.未核查整改情况即移出名录;\n2.收受好处违规移出。", "高",
         "1.移出前实地核查;\n2.移出决定集体审核。"),
        ("食品安全监管科", "食品经营许可现场核查", "1.核查流于形式;\n2.接受申请人宴请。", "高",
         "1.两人以上核查;\n2.核查记录拍照存档。"),
        ("食品安全监管科", "食品抽样检验", "1.事先透露抽检信息;\n2.调换样品。", "高",
         "1.抽检计划保密;\n2.样品封样双人签字。"),
        ("食品安全监管科", "投诉举报处理", "1.压案不办;\n2.泄露举报人信息。", "中",
         "1.举报件登记编号全程跟踪;\n2.举报人信息保密。"),
    ]  # fmt: skip
    for i, (dept, power, point, lv, measures) in enumerate(rows, 1):
        if i == 7:  # pasted page by page: the heading comes again
            sh.add(*header)
        sh.add(i, dept, power, point, lv, measures, "科室主要负责人")
        t.point(sh.name, dept, "", "", None, point, [], HML[lv])
    return _layout(
        "baoan_duty_list", "https://guanshanwenku.com/lianzhengjianshe/2022/07/11691.html",
        "责任清单: 责任主体 written on every row, 职权内容 before a 风险点 cell of numbered sub-items, 高/中/低, "
        "责任人 holding a role (科室主要负责人) not a name; heading repeated mid-table (pasted page by page)",
        [sh], t,
    )  # fmt: skip


def huangqiao_two_tables() -> dict:
    unit = "XX区XX中学"
    sh = _Sheet("风险点汇总", [34, 9, 10, 12, 34, 10])
    t = _Truth(unit)
    lv = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
    sh.title(f"{unit}廉政风险点及防控方法汇总表", 6)
    sh.add("风险点", "风险等级", "主管领导", "分管领导", "防控方法")
    summary = [
        ("1、学校发展重大决策未经充分调研,决策脱离实际。", "Ⅰ级", "张文华", "张文华",
         "建立重大事项调研和校务会集体决策制度。"),
        ("2、中层干部推荐和任用不规范。", "Ⅱ级", "张文华", "张文华", "严格执行干部选拔程序,任前公示。"),
        ("3、评优评先推荐不公开不公正。", "Ⅱ级", "张文华", "刘国平", "评选条件和结果公示,接受教职工监督。"),
        ("4、教辅资料征订中收受回扣。", "Ⅰ级", "张文华", "刘国平", "征订实行自愿原则,书目集体研究确定。"),
        ("5、食堂大宗物资采购不按程序。", "Ⅰ级", "张文华", "赵红梅", "大宗物资定点采购,验收双人签字。"),
        ("6、校舍维修工程化整为零规避招标。", "Ⅰ级", "张文华", "赵红梅", "按限额标准招标,工程结算送审。"),
        ("7、学生资助对象认定不准确。", "Ⅲ级", "张文华", "刘国平", "资助对象班级评议、学校审核、公示。"),
    ]  # fmt: skip
    for point, level, _chief, deputy, _measures in summary:
        t.point(sh.name, "", "", deputy, None, point, [], lv[level])
    sh.records([list(r) for r in summary], merge_cols=(2,))
    sh.add()
    sh.title(f"{unit}廉政风险点及防控方法一览表(岗位)", 6)
    sh.add("序号", "岗位名称", "权力事项", "廉政风险点", "风险级别", "防控方法")
    posts = [
        ("总务主任", "middle", "物资采购", "采购询价不充分,与供应商私下接触。", "Ⅰ级", "三家以上询价,采购与验收分离。"),
        ("总务主任", "middle", "固定资产管理", "资产出借、处置不按规定审批。", "Ⅱ级", "资产处置经校务会研究并报主管部门审批。"),
        ("教务主任", "middle", "教师职称推荐", "推荐条件把关不严,优亲厚友。", "Ⅱ级", "量化赋分,推荐结果公示。"),
        ("教务主任", "middle", "课后服务收费", "擅自扩大收费范围。", "Ⅲ级", "收费项目报批并公示。"),
        ("报账员", "general", "经费报销", "票据审核不严,虚列支出。", "Ⅱ级", "报销单据经手人、证明人、审批人三签。"),
        ("报账员", "general", "现金管理", "坐支现金,公款私存。", "Ⅰ级", "现金日清月结,定期盘点。"),
        ("招生办主任", "middle", "新生招生", "违规招收择校生并收取费用。", "Ⅰ级", "招生计划和录取名单公开。"),
    ]  # fmt: skip
    recs = []
    for i, (post, tier, power, point, level, measures) in enumerate(posts, 1):
        recs.append([i, post, power, point, level, measures])
        t.point(sh.name, "", post, "", tier, point, [], lv[level])
    sh.records(recs, merge_cols=(1,))
    return _layout(
        "huangqiao_two_tables", "https://m.zixin.com.cn/doc/2782937.html",
        "school handbook sheet with two tables one after another: a 汇总表 (风险点 numbered 1、, Ⅰ级/Ⅱ级/Ⅲ级, "
        "主管领导 + 分管领导 names, 防控方法) and a 岗位 一览表 with other headings (岗位名称, 廉政风险点, 风险级别)",
        [sh], t,
    )  # fmt: skip


def gezhouba_soe() -> dict:
    unit = "XX建设第二工程有限公司"
    sh = _Sheet("风险点", [6, 12, 16, 34, 34, 14, 10])
    t = _Truth(unit)
    lv = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
    sh.title(f"{unit}廉洁风险点及防控措施(修订)", 7)
    r = sh.add("序号", "业务领域", "风险点", "风险情况描述", "防控措施", "风险", "建议风险")
    sh.add(None, None, None, None, None, "类别", "级别")
    for c in range(5):
        sh.merge(r, c, r + 1, c)
    rows = [
        ("三重一大决策", "重大事项决策", "资产核销、利润分配等事项未经集体讨论;议题不提前告知与会人员,临时动议。",
         "严格执行“三重一大”决策制度,议题提前三天送达。", "制度机制风险", "一级风险"),
        ("三重一大决策", "重要干部任免", "未按程序推荐、调整中层以上人员。", "干部任免经党委会研究,任前公示。",
         "制度机制风险", "一级风险"),
        ("三重一大决策", "重要项目安排", "计划外追加投资未经集体研究。", "投资计划调整报董事会审议。",
         "业务流程风险", "一级风险"),
        ("三重一大决策", "大额资金使用", "未经资金管理委员会审议擅自使用大额资金。", "大额资金支付双签并报备。",
         "制度机制风险", "一级风险"),
        ("物资采购", "供应商选择", "设置倾向性条件,指定供应商。", "采购需求与采购实施分离,供应商库动态管理。",
         "岗位职责风险", "二级风险"),
        ("物资采购", "物资验收", "验收不认真,以次充好、数量短缺。", "验收小组三人以上,验收单据归档。",
         "岗位职责风险", "二级风险"),
        ("工程分包", "分包商比选", "未按规定比选,向关系单位输送利益。", "分包比选纪检人员全程参与。",
         "外部环境风险、岗位职责风险", "一级风险"),
        ("工程分包", "工程量签证", "虚增签证工程量。", "签证实行监理、项目部、公司三级审核。",
         "业务流程风险", "二级风险"),
        ("财务管理", "费用报销", "虚列费用,票据不实。", "报销实行网上审批,票据真伪查验。",
         "思想道德风险", "三级风险"),
    ]  # fmt: skip
    recs = []
    for i, (area, point, desc, measures, typ, level) in enumerate(rows, 1):
        recs.append([i, area, point, desc, measures, typ, level])
        t.point(sh.name, "", "", "", None, point, types_in(typ), lv[level])
    sh.records(recs, merge_cols=(1,))
    return _layout(
        "gezhouba_soe", "https://m.ishare.iask.com/f/34Bbp5umqV1.html?zzType=newFile",
        "SOE list, one form for the company: 业务领域 merged down, short 风险点 beside 风险情况描述, 防控措施, then "
        "风险类别 and the level under a two-row heading 建议风险/级别 written 一级风险/二级风险/三级风险",
        [sh], t,
    )  # fmt: skip


def czfj_power_items() -> dict:
    unit = "XX高新区财政分局"
    sh = _Sheet("风险点", [10, 6, 14, 34, 8, 34, 10])
    t = _Truth(unit)
    lv = {"一级": 1, "二级": 2, "三级": 3}
    sh.title(f"{unit}廉政风险点及防控措施", 7)
    r = sh.add(f"填报单位:{unit}", None, None, None, "填报时间:2023年5月20日", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("权限", "序号", "权力事项", "廉政风险点", "风险级次", "防控措施", "责任科室")
    groups = [
        ("预算管理", [
            ("预算编制", "不按预算法编制年度预算,人为调整部门预算数。", "二级", "预算编制经局务会审议,报管委会批准。", "预算组"),
            ("预算追加", "违规批准预算外追加,优亲厚友。", "一级", "追加事项集体研究,追加结果公开。", "预算组"),
            ("决算审核", "审核不严,决算数据失真。", "三级", "决算报表交叉复核。", "预算组"),
        ]),
        ("行政事业财务", [
            ("单位经费拨付", "拖延拨付或违规提前拨付索要好处。", "二级", "拨付进度网上可查,超期预警。", "行财组"),
            ("专项资金审核", "专项资金审核把关不严,资金被挤占挪用。", "一级", "专项资金跟踪问效,定期检查。", "行财组"),
            ("公务卡管理", "公务卡消费审核流于形式。", "三级", "公务卡消费明细按月抽查。", "行财组"),
        ]),
        ("基本建设", [
            ("工程预算评审", "评审中与施工单位串通,高估冒算。", "一级", "评审报告复核,委托第三方抽审。", "基建组"),
            ("工程款拨付", "未按进度拨付工程款。", "二级", "拨付依据监理、审计意见。", "基建组"),
            ("竣工决算审查", "接受请托降低审减率。", "一级", "审减结果集体会审。", "基建组"),
            ("政府采购监督", "采购方式变更审批把关不严。", "二级", "变更采购方式须专家论证并公示。", "基建组"),
        ]),
    ]  # fmt: skip
    n = 0
    for power, items in groups:
        recs = []
        for item, point, level, measures, dept in items:
            n += 1
            recs.append([power, n, item, point, level, measures, dept])
            t.point(sh.name, dept, "", "", None, point, [], lv[level])
        sh.records(recs, merge_cols=(0, 6))
    sh.add()
    r = sh.add("填表人:李晓明", None, None, "审核人:王刚", "分管领导:", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 4, r, 6)
    return _layout(
        "czfj_power_items", "https://31ppt.com/d-3505137.html",
        "finance bureau list: 填报单位/填报时间 line, 权限 merged down before 序号, 权力事项, 廉政风险点, level under "
        "风险级次 (一级/二级/三级), the department in a trailing 责任科室 column, 填表人/审核人 sign-off with names",
        [sh], t,
    )  # fmt: skip


def longyan_paged() -> dict:
    unit = "XX区住房和城乡建设局"
    sh = _Sheet("一览表", [6, 10, 12, 30, 10, 6, 30, 8, 8, 8])
    t = _Truth(unit)
    header = ("序号", "部门", "重要环节", "廉政风险点表现形式", "风险点涉及的岗位", "风险\n等级",
              "防控要点及防控措施", "直接\n责任人", "部门责任\n人", "责任\n领导")  # fmt: skip
    tiers = {"科长": "middle"}
    pages = [
        [
            ("办公室", "公文管理", "1.泄露尚未公开的文件内容;\n2.违规查阅涉密文件。", "文秘", "低",
             "1.涉密文件专人专柜保管;\n2.借阅登记。", "林小敏", "黄伟", "郑国强"),
            ("办公室", "公务接待", "1.超标准接待;\n2.虚开接待发票。", "行政管理员", "中",
             "1.接待事前审批;\n2.按月公示接待费用。", "陈建", "黄伟", "郑国强"),
            ("办公室", "办公用品采购", "1.未按规定询价;\n2.收取供应商回扣。", "行政管理员", "中",
             "1.政府采购平台下单;\n2.入库验收双人签字。", "陈建", "黄伟", "郑国强"),
            ("财务会计室", "财务报销", "1.审核不严,报销不合规票据;\n2.未专人保管财务印章。", "会计", "高",
             "1.票据逐张审核;\n2.印章与支票分人保管。", "吴丽娟", "廖红", "郑国强"),
        ],
        [
            ("财务会计室", "资金支付", "1.未经审批支付资金;\n2.公款私存。", "出纳", "高",
             "1.支付实行网银双人复核;\n2.每月对账。", "游卫东", "廖红", "郑国强"),
            ("组织人事科", "人事任用", "1.选拔条件因人而设;\n2.考察不全面。", "人事干部", "高",
             "1.选拔方案集体研究;\n2.任前公示。", "易爱莲", "黄炜", "林志明"),
            ("组织人事科", "公务员考录", "1.资格审查不严;\n2.泄露考录信息。", "人事干部", "高",
             "1.资格审查两人以上;\n2.签订保密承诺。", "易爱莲", "黄炜", "林志明"),
            ("燃气管理科", "燃气工程竣工验收", "1.验收走过场;\n2.收受施工单位好处。", "科员", "中",
             "1.现场查验工程质量;\n2.认真审核竣工资料。", "吴武超", "李玲", "林志明"),
        ],
        [
            ("燃气管理科", "燃气经营许可", "1.降低许可条件;\n2.拖延办理。", "科长", "高",
             "1.许可条件公开;\n2.办理时限公示。", "李玲", "李玲", "林志明"),
            ("燃气管理科", "燃气安全检查", "1.检查流于形式;\n2.对隐患不督促整改。", "科员", "中",
             "1.检查记录拍照留痕;\n2.隐患整改闭环。", "吴武超", "李玲", "林志明"),
        ],
    ]  # fmt: skip
    n = 0
    for p, page in enumerate(pages, 1):
        sh.title(f"{unit}党风廉政风险点岗位排查及防控措施一览表", 10)
        sh.add(*header)
        recs = []
        for dept, step, point, post, level, measures, direct, head, leader in page:
            n += 1
            recs.append([n, dept, step, point, post, level, measures, direct, head, leader])
            tier = tiers.get(post, "general")
            t.point(sh.name, dept, post, direct, tier, point, [], HML[level])
        sh.records(recs, merge_cols=(1, 8, 9))
        sh.title(f"第 {p} 页,共 {len(pages)} 页", 10)
    return _layout(
        "longyan_paged", "https://www.360docs.net/doc/7319434210.html",
        "住建局 一览表 pasted page by page: title, heading and 第N页 line repeated, 部门 merged down, 重要环节 before "
        "the 廉政风险点表现形式, the post in 风险点涉及的岗位, 防控要点及防控措施, three name columns "
        "(直接责任人 = holder, 部门责任人, 责任领导)",
        [sh], t,
    )  # fmt: skip


def sucai_two_row_header() -> dict:
    unit = "XX街道办事处"
    sh = _Sheet("清单", [6, 12, 26, 28, 8, 30, 10, 10])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控清单", 8)
    r = sh.add(
        "序号", "科室", "职权内容及运行流程", "风险点", "风险等级", "防控措施", "责任人", None
    )
    sh.add(None, None, None, None, None, None, "分管领导", "科室负责人")
    sh.merge(r, 6, r, 7)
    for c in range(6):
        sh.merge(r, c, r + 1, c)
    groups = [
        ("劳动保障中心", [
            ("失业登记:\n1.接收登记资料;\n2.录入系统;\n3.资料存档。", "1.申请人提供虚假资料;\n2.受利益引诱违规登记。", "低",
             "加强审查核实,实行分工负责,资料不全不予受理。"),
            ("就业困难人员认定:\n1.社区受理;\n2.公示3天;\n3.街道复核。", "1.公示时间不足;\n2.违规复核通过。", "中",
             "严格执行公示制度,复核结果留痕。"),
            ("自主创业补贴:\n1.受理申请;\n2.主任复核;\n3.公示7天。", "1.虚报创业项目套取补贴;\n2.违规审批。", "中",
             "实地核查经营场所,补贴名单公示。"),
            ("退休人员生存认证", "1.违规代为认证;\n2.认证资料遗漏。", "低", "认证信息系统比对,定期抽查。"),
        ]),
        ("社会事务办", [
            ("低保审核:\n1.入户调查;\n2.民主评议;\n3.审核上报。", "1.入户调查不实;\n2.优亲厚友。", "高",
             "入户调查两人以上,评议结果公示。"),
            ("临时救助审批", "1.救助标准掌握不一;\n2.虚报冒领。", "中", "救助标准公开,发放名单公示。"),
            ("残疾人补贴发放", "1.补贴对象资格把关不严;\n2.截留补贴资金。", "中", "补贴资金直接打卡发放。"),
        ]),
        ("城建办", [
            ("小型工程发包", "1.化整为零规避招标;\n2.指定施工队伍。", "高", "10万元以上工程公开招标,以下多方比价。"),
            ("违法建设查处", "1.接受说情,查处不力;\n2.选择性执法。", "高", "查处决定集体研究,结果公开。"),
            ("物业修缮", "1.虚增修缮工程量;\n2.验收不严。", "中", "修缮项目预算审核,验收多方参与。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, items in groups:
        recs = []
        for power, point, level, measures in items:
            n += 1
            recs.append([n, dept, power, point, level, measures, "分管领导", "科室负责人"])
            t.point(sh.name, dept, "", "", None, point, [], HML[level])
        sh.records(recs, merge_cols=(1,))
    return _layout(
        "sucai_two_row_header", "https://sucai198.com/lianzhengjianshe/2022/07/11735_4.html",
        "street office list: 科室 merged down, 职权内容及运行流程 cells with the steps, 风险点 with numbered sub-items, "
        "a two-row heading where 责任人 spans 分管领导 / 科室负责人, both filled with role words, no names",
        [sh], t,
    )  # fmt: skip


def qwb_blank_levels() -> dict:
    unit = "中共XX区委办公室"
    sh = _Sheet("Sheet1", [6, 12, 16, 30, 8, 34, 8])
    t = _Truth(unit)
    sh.title(f"{unit}(区政府办公室)廉政风险防控责任清单", 7)
    sh.add("序号", "责任主体", "职权内容", "风险点", "风险等级", "防控措施", "责任人")
    groups = [
        ("秘书一科", [
            ("会务工作", "不按规定程序、规格安排会议。", "规范会务流程,会议经费据实结算。"),
            ("领导公务接待", "1.未按规定报批;\n2.超标准接待;\n3.提高接待档次。", "一律先报批后接待,超标准不予报销。"),
            ("文秘业务指导", "业务指导不到位,文稿把关不严。", "定期培训,文稿实行三级审核。"),
        ]),
        ("秘书二科", [
            ("制度执行", "对现有制度执行不力,监督检查不够。", "制度执行情况纳入年度考核。"),
            ("科级干部选拔", "1.弄虚作假;\n2.泄露讨论事项;\n3.考察失真。", "方案公开,两人考察,集体讨论决定。"),
            ("政府采购管理", "不按规定采购,规避公开招标。", "采购计划事前审批,全程留痕。"),
        ]),
        ("督查室", [
            ("督查督办", "督查走过场,对问题避重就轻。", "督查结果通报,整改跟踪销号。"),
            ("信息报送", "迟报、漏报、瞒报重要信息。", "信息报送实行审签制度。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, items in groups:
        recs = []
        for power, point, measures in items:
            n += 1
            recs.append([n, dept, power, point, None, measures, "科室\n负责人"])
            t.point(sh.name, dept, "", "", None, point, [], None)
        sh.records(recs, merge_cols=(1,))
    return _layout(
        "qwb_blank_levels", "https://www.rulaiwenku.com/116647.html",
        "party office duty list: 责任主体 merged down, 职权内容, 风险点 (some numbered), the 风险等级 column left "
        "empty on every row, 责任人 holding the role 科室\\n负责人",
        [sh], t,
    )  # fmt: skip


def zhangye_tax_warning() -> dict:
    unit = "XX市国家税务局"
    sh = _Sheet("一览表", [14, 14, 34, 34, 8])
    t = _Truth(unit)
    lv = {"一级": 1, "二级": 2, "三级": 3}
    tiers = {"税务分局长": "leader", "稽查局长": "leader", "税收管理员": "general"}
    sh.title(f"{unit}廉政风险及防控措施一览表", 5)
    sh.add("职权名称", "重点岗位", "风险点", "防控措施", "预警等级")
    sections = [
        ("(一)执法类别:税收执法权", [
            ("资格认定管理权", "政策法规科长", "一般纳税人资格认定把关不严,违规认定。",
             "1.查验证件资料是否齐全有效;\n2.双人实地核查;\n3.集体研究审批。", "一级"),
            ("资格认定管理权", "税收管理员", "实地查验不认真,随意出具认定报告。",
             "1.双人实地查验;\n2.认定报告签字负责。", "一级"),
            ("行政处罚权", "税务分局长", "违规减轻或免除行政处罚。",
             "1.调查核实违法事实;\n2.重大案件集体审理。", "一级"),
            ("行政处罚权", "稽查局长", "自由裁量权行使不当,处罚畸轻畸重。", "严格执行处罚裁量基准。", "一级"),
            ("发票管理权", "税收管理员", "违规超量发售发票。", "发票发售系统控量,定期核查。", "二级"),
            ("税款征收权", "税务分局长", "违规批准延期缴纳税款。", "延期缴税集体审议,报上级备案。", "二级"),
        ]),
        ("(二)行政管理类别:行政管理权", [
            ("财务管理权", "财务科长", "违规审批费用支出。", "支出实行分级审批,定期公开。", "二级"),
            ("人事管理权", "人事科长", "干部考核评价不公。", "考核结果公示,接受监督。", "三级"),
            ("后勤管理权", "办公室主任", "办公物品采购不询价。", "询价三家以上,验收双人签字。", "三级"),
        ]),
    ]  # fmt: skip
    for caption, items in sections:
        sh.title(caption, 5)
        recs = []
        for power, post, point, measures, level in items:
            recs.append([power, post, point, measures, level])
            tier = tiers.get(post, "middle")
            t.point(sh.name, "", post, "", tier, point, [], lv[level])
        sh.records(recs, merge_cols=(0,))
    return _layout(
        "zhangye_tax_warning", "http://weibangfood.com.cn/article/116830033.html",
        "tax bureau 一览表: section rows (一)执法类别…/(二)行政管理类别… across the table, 职权名称 merged down, the "
        "post in 重点岗位, level last under the unusual heading 预警等级 (一级/二级/三级)",
        [sh], t,
    )  # fmt: skip


def tax_desc_split() -> dict:
    unit = "XX县税务局"
    sh = _Sheet("风险清单", [6, 14, 10, 18, 40, 8, 12, 30])
    t = _Truth(unit)
    sh.title(f"{unit}税收执法廉政风险防控清单", 8)
    sh.add("序号", "职权名称", "风险类别", "风险点", "风险描述", "风险等级", "责任部门", "防控措施")
    items = [
        ("设立税务登记", "岗位职责", "设立登记资料审核不严", ["附报资料不齐全或原件与复印件不符即予受理。"], "低",
         "纳税服务科", "加强业务学习,规范受理操作。"),
        ("设立税务登记", "业务流程", "违规办理设立登记", ["1.对逾期登记行为未按规定处理。", "2.超越权限办理登记。"], "高",
         "纳税服务科", "强化检查,及时纠正不规范行为。"),
        ("变更税务登记", "岗位职责", "变更资料审核不严", ["变更资料不全即予办理。"], "低",
         "纳税服务科", "资料受理实行清单化管理。"),
        ("变更税务登记", "业务流程", "违规办理变更登记", ["1.未对应清算事项进行清算。", "2.徇私少征应征税款。"], "中",
         "纳税服务科", "变更事项系统比对,定期抽查。"),
        ("停复业登记", "业务流程", "违规办理停业登记",
         ["1.违反规定条件办理停业。", "2.停业期间违规征收税款。", "3.玩忽职守造成税款流失。"], "中",
         "征收管理科", "停业核查实地进行,结果留档。"),
        ("注销税务登记", "业务流程", "清税不彻底即注销", ["1.未核查欠税即出具清税证明。", "2.收受好处违规注销。"], "高",
         "征收管理科", "注销前清税核查双人负责。"),
        ("发票领用", "岗位职责", "发票领用审核不严", ["为不符合条件的纳税人核定发票。"], "中",
         "征收管理科", "发票核定按风险等级分类管理。"),
        ("纳税评估", "外部环境", "评估结论受人情干扰", ["1.接受纳税人请托降低评估调整额。", "2.泄露评估信息。"], "高",
         "税源管理科", "评估结论集体审议,评估人员轮换。"),
        ("欠税管理", "制度机制", "欠税公告不及时", ["欠税信息未按规定公告。"], "低",
         "税源管理科", "欠税公告纳入绩效考核。"),
    ]  # fmt: skip
    power_rows: dict[str, list[int]] = {}
    for i, (power, typ, point, desc, level, dept, measures) in enumerate(items, 1):
        first = sh.add(i, power, typ, point, desc[0], level, dept, measures)
        for line in desc[1:]:
            sh.add(None, None, None, None, line, None, None, None)
        last = first + len(desc) - 1
        power_rows.setdefault(power, []).extend(range(first, last + 1))
        if last > first:
            for c in (0, 2, 3, 5, 6, 7):
                sh.merge(first, c, last, c)
        t.point(sh.name, dept, "", "", None, point, types_in(typ), HML[level])
    for rows in power_rows.values():  # the 职权名称 spans all rows of its points
        if len(rows) > 1:
            for r in rows[1:]:
                sh.rows[r][1] = None
            sh.merge(rows[0], 1, rows[-1], 1)
    return _layout(
        "tax_desc_split", "https://www.wjbhcs.com/public/6600601/13004451.html",
        "tax power list: short 风险点 beside 风险描述 whose numbered items are split over several rows with every "
        "other column merged over them; 风险类别 as short words; the department in 责任部门; 职权名称 merged down",
        [sh], t,
    )  # fmt: skip


def selfcheck_kezhang() -> dict:
    unit = "XX安全生产监察分局"
    t = _Truth(unit)
    lv = {"高级": 1, "中级": 2, "低级": 3}
    people = [
        ("王建军", "科长", "middle", "监察一室", [
            ("负责执法检查计划和现场检查", "检查计划安排随意,选择性检查", "岗位职责", "高级",
             "检查计划经分局审定,随机抽取检查对象。"),
            ("负责执法检查计划和现场检查", "检查中接受企业宴请", "思想道德", "中级",
             "执行中央八项规定精神,检查人员签订廉洁承诺。"),
            ("负责行政处罚初审", "处罚裁量畸轻畸重", "制度机制", "高级", "执行裁量基准,重大处罚集体讨论。"),
            ("负责事故调查协调", "调查中隐瞒事故情节", "岗位职责、外部环境", "高级", "调查组集体负责,调查报告会审。"),
            ("负责科室内务", "考勤、评优不公", "制度机制", "低级", "考勤结果每月公示。"),
        ]),
        ("刘芳", "副科长", "middle", "监察二室", [
            ("负责安全培训考核", "培训考核放松标准", "岗位职责", "中级", "考核试题随机组卷,成绩公示。"),
            ("负责中介机构监管", "与中介机构存在利益往来", "外部环境", "高级", "中介机构监管情况定期报告。"),
            ("负责执法文书审核", "文书审核把关不严", "业务流程", "中级", "执法文书实行两级审核。"),
            ("负责档案资料管理", "违规提供执法档案", "制度机制", "低级", "档案借阅审批登记。"),
        ]),
        ("周涛", "科员", "general", "监察一室", [
            ("参与现场检查", "现场检查记录不实", "岗位职责", "中级", "检查全程使用执法记录仪。"),
            ("参与证据收集", "证据收集不全面", "业务流程", "低级", "证据清单复核。"),
            ("接待来访举报", "泄露举报人信息", "思想道德", "中级", "举报信息专人保管。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for name, post, tier, dept, items in people:
        sh = _Sheet(name, [6, 22, 24, 14, 10, 32])
        sh.title("廉政风险排查岗位(个人)自查表", 6)
        r = sh.add(f"单位(盖章):{unit}", None, None, None, None, None)
        sh.merge(r, 0, r, 5)
        sh.add("姓 名", name, "职 务", post, "所在科室", dept)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防范措施")
        recs = []
        for i, (duty, point, typ, level, measures) in enumerate(items, 1):
            recs.append([i, duty, point, typ, level, measures])
            t.point(sh.name, dept, post, name, tier, point, types_in(typ), lv[level])
        sh.records(recs, merge_cols=(1,))
        sh.add()
        sh.add("本人签字:", None, None, "科室负责人签字:", None, None)
        sh.add(None, None, None, None, "年  月  日", None)
        sheets.append(sh)
    source = ("https://nanjing.baogaosu.com/xinwen/%E7%9B%91%E5%AF%9F%E5%88%86%E5%B1%80%E5%87%BA%E5%8F%B0"
              "%E6%9D%83%E5%8A%9B%E5%BB%89%E6%94%BF%E9%A3%8E%E9%99%A9%E7%AD%89%E7%BA%A7/33234369")  # fmt: skip
    return _layout(
        "selfcheck_kezhang", source,
        "廉政风险排查岗位(个人)自查表, one sheet per person: 单位 line and 姓名/职务/所在科室 pairs above the table, "
        "post 科长/副科长/科员 with no tier word, levels 高级/中级/低级, 防范措施, 本人签字/科室负责人签字/年 月 日 below",
        sheets, t,
    )  # fmt: skip


def card_juzhang() -> dict:
    unit = "XX县交通运输局"
    t = _Truth(unit)
    lv = {"★★★": 1, "★★": 2, "★": 3}
    leaders = [
        ("局长", "赵永平", "主持全面工作,分管人事、财务", [
            ("重大事项决策不民主", "★★★", "落实集体决策,会议纪要存档。"),
            ("干部调整搞个人意志", "★★★", "干部调整经党组会研究。"),
            ("插手干预交通工程项目", "★★★", "工程项目全部进场公开交易。"),
            ("亲属经商办企业未报告", "★★", "个人有关事项如实报告。"),
        ]),
        ("副局长", "孙红", "分管公路建设、运输管理", [
            ("公路工程质量监督走过场", "★★", "质量抽检结果公开。"),
            ("运输企业资质审批违规", "★★★", "审批事项网上办理,全程留痕。"),
            ("超限超载治理选择性执法", "★★", "执法全过程记录。"),
            ("接受管理对象礼品礼金", "★", "节前廉洁提醒,拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, name, work, items in leaders:
        sh = _Sheet(post, [8, 30, 12, 34])
        sh.title(f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓 名", name, "职 务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, name, "leader", point, [], lv[stars])
        r = sh.add("注:风险等级★★★为高,★★为中,★为低。", None, None, None)
        sh.merge(r, 0, r, 3)
        sh.add("监督电话:12388", None, "本人签名:", None)
        sh.add(None, None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "card_juzhang", "http://av069.com/xqzc/xianqudongtai/mszx/2013-08-16/114140.html",
        "领导干部廉政风险防控卡 (desk card), one sheet per leader: 姓名/职务 pairs and a merged 分管工作 line above a "
        "small table, levels as ★★★/★★/★ with a legend line, 监督电话 and 本人签名 below",
        sheets, t,
    )  # fmt: skip


def hospital_register_wu() -> dict:
    unit = "XX市第二人民医院"
    t = _Truth(unit)
    tiers = {"科主任": "middle", "科长": "middle"}
    depts = [
        ("药剂科", "2023年6月12日", [
            [("科主任", "郑海燕", "药品遴选中接受药企宴请、回扣", "外部环境", "高", "新药引进经药事委员会集体评审"),
             ("科主任", "郑海燕", "违规统计医生用药量提供给医药代表", "岗位职责", "高", "处方数据查询权限分级管理"),
             ("科主任", "郑海燕", "科室绩效分配不公", "制度机制", "低", "分配方案经科务会通过并公示")],
            [("采购员", "孙浩", "采购中指定供应商、收受回扣", "思想道德、外部环境", "高", "药品网上集中采购,采购与验收分离"),
             ("采购员", "孙浩", "临时采购不履行审批", "业务流程", "中", "临时采购须院领导审批")],
            [("药库管理员", "钱丽", "药品出入库账实不符", "岗位职责", "中", "每月盘点,账物核对"),
             ("药库管理员", "钱丽", "近效期药品处置不规范", "制度机制", "低", "报损经科室和院领导审批")],
            [("调剂员", "冯小雨", "无", None, None, None),
             ("调剂员", "何静", "无", None, None, None)],
        ]),
        ("设备科", "2023年6月15日", [
            [("科长", "曹国庆", "设备论证中倾向特定品牌", "岗位职责", "高", "论证专家随机抽取"),
             ("科长", "曹国庆", "设备验收不严,以次充好", "业务流程", "中", "使用科室、设备科、审计科共同验收")],
            [("维修工程师", "邓磊", "维修配件虚报数量", "思想道德", "中", "更换配件旧件回收登记"),
             ("维修工程师", "邓磊", "外修单位选择不公开", "制度机制", "低", "外修单位比价选定并公示")],
            [("档案管理员", "谢婷", "无", None, None, None)],
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, date, groups in depts:
        sh = _Sheet(dept, [6, 12, 8, 30, 14, 8, 30, 8])
        sh.title(f"{unit}科室廉洁风险排查登记表", 8)
        r = sh.add(f"填报科室:{dept}", None, None, None, f"填报时间:{date}", None, None, None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 7)
        sh.add("序号", "岗位", "姓名", "风险内容", "风险类型", "风险等级", "防控措施", "备注")
        n = 0
        for g, group in enumerate(groups):
            if g:
                sh.add()  # spacer row between posts
            recs = []
            for post, name, point, typ, level, measures in group:
                n += 1
                recs.append([n, post, name, point, typ, level, measures, None])
                if point != "无":
                    tier = tiers.get(post, "general")
                    t.point(sh.name, dept, post, name, tier, point, types_in(typ), HML[level])
            sh.records(recs, merge_cols=(1, 2))
        sh.add()
        sh.add("科室负责人签字:", None, None, None, None, "年    月    日", None, None)
        sheets.append(sh)
    return _layout(
        "hospital_register_wu", "http://fsou.com/html/text/lar/174023/17402346_3.html",
        "hospital 科室廉洁风险排查登记表, one sheet per 科室: 填报科室/填报时间 line, 岗位 and 姓名 merged down, "
        "风险内容, 风险类型, 高/中/低, 备注; staff with nothing to declare have a row saying only 无 (not a point, "
        "no form in the truth); blank spacer rows between posts; 科室负责人签字 and 年 月 日 below",
        sheets, t,
    )  # fmt: skip


def hghymh_leaders_name_col() -> dict:
    unit = "XX市卫生和计划生育委员会"
    t = _Truth(unit)
    lv = {"一级": 1, "二级": 2, "三级": 3}
    lead = _Sheet("班子成员", [6, 8, 8, 16, 30, 8, 32])
    lead.add("附件2")
    lead.title(f"{unit}班子成员廉政风险及防控", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("李国华", "主任", "主持全面工作", [
            ("重大事项决策搞“一言堂”", "一级", "落实民主集中制,重大事项集体研究。"),
            ("干部选拔任用把关不严", "一级", "严格执行干部任用条例,全程纪实。"),
            ("对班子成员监督不力", "二级", "定期开展廉政谈话。"),
        ]),
        ("王晓东", "副主任", "分管财务、基建", [
            ("基建项目插手招投标", "一级", "基建项目进入公共资源交易平台。"),
            ("大额资金支付审批把关不严", "一级", "大额资金实行会签制度。"),
            ("接受服务对象宴请", "三级", "严守中央八项规定精神。"),
        ]),
        ("陈燕", "副主任", "分管医政、行政审批", [
            ("医疗机构设置审批违规", "一级", "审批条件和结果公开。"),
            ("医疗纠纷处理偏袒一方", "二级", "引入第三方调解。"),
        ]),
    ]  # fmt: skip
    n = 0
    for name, post, work, items in leaders:
        recs = []
        for point, level, measures in items:
            n += 1
            recs.append([n, name, post, work, point, level, measures])
            t.point(lead.name, "", post, name, "leader", point, [], lv[level])
        lead.records(recs, merge_cols=(1, 2, 3))
    dept = _Sheet("内设机构", [6, 14, 10, 30, 8, 32])
    dept.title(f"{unit}内设机构廉政风险及防控", 6)
    dept.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "middle", "公务接待超标准", "三级", "接待事前审批,费用公开。"),
        ("办公室", "文书", "general", "公文处理中泄露秘密", "三级", "涉密文件专人管理。"),
        ("人事科", "科长", "middle", "职称评审推荐不公", "二级", "推荐条件和结果公示。"),
        ("人事科", "科长", "middle", "公开招聘资格审查不严", "一级", "资格审查两人以上,结果公示。"),
        ("财务科", "会计", "general", "虚列支出套取资金", "二级", "支出凭证三级审核。"),
        ("财务科", "出纳", "general", "挪用公款", "一级", "现金日清月结,定期盘点。"),
        ("行政审批科", "科员", "general", "审批材料把关不严", "二级", "审批材料清单化审核。"),
        ("行政审批科", "科长", "middle", "违规发放执业许可", "一级", "许可事项集体审核并公示。"),
    ]  # fmt: skip
    recs = []
    for i, (d, post, tier, point, level, measures) in enumerate(rows, 1):
        recs.append([i, d, post, point, level, measures])
        t.point(dept.name, d, post, "", tier, point, [], lv[level])
    dept.records(recs, merge_cols=(1, 2))
    return _layout(
        "hghymh_leaders_name_col", "https://www.hghymh.com/yiqingfangkong/33218.html",
        "health commission handbook in two sheets: leaders with 姓名, 职务 and 分管工作 merged down (附件2 line and "
        "title above); departments with 科室 and 岗位 merged down; levels 一级/二级/三级; no type column",
        [lead, dept], t,
    )  # fmt: skip


def soe_manual_items() -> dict:
    unit = "XX发电有限公司"
    sh = _Sheet("风险点识别和防控", [14, 34, 8, 34, 12, 12])
    t = _Truth(unit)
    header = ("流程环节", "风险点描述", "风险等级", "防控措施", "责任部门", "责任岗位")
    items = [
        ("7、基建工程设备采购业务事项", [
            ("采购计划", "采购需求编制带有倾向性,指定品牌", "高", "需求由技术、采购部门联合审定", "工程管理部", "专责工程师"),
            ("招标文件编制", "评分标准量身定制", "高", "招标文件经法律、纪检会审", "物资部", "采购主管"),
            ("合同签订", "合同实质性条款与招标文件不一致", "中", "合同签订前经法务审核", "物资部", "合同管理员"),
        ]),
        ("10、基层企业物资采购选择供应商业务事项", [
            ("供应商准入", "降低准入条件吸收关系供应商", "中", "准入资料集体评审", "物资部", "采购主管"),
            ("询价比价", "询价对象少于三家或虚假询价", "中", "询价记录留存备查", "物资部", "采购员"),
            ("到货验收", "验收人员与供应商串通以次充好", "高", "验收三方参与并签字", "仓储中心", "保管员"),
        ]),
        ("16、燃煤采购业务事项", [
            ("燃煤计量", "计量数据被人为修改", "高", "计量系统自动采集,数据不可修改", "燃料部", "计量员"),
            ("燃煤采样化验", "调换煤样,提高结算热值", "高", "采制化分离,煤样双人封存", "燃料部", "化验员"),
            ("结算审核", "燃煤结算价格审核不严", "中", "结算单三级审核", "财务部", "结算会计"),
        ]),
    ]  # fmt: skip
    sh.title(f"{unit}廉洁风险防控手册:涉及廉洁风险重点业务事项风险点识别和防控", 6)
    for caption, rows in items:
        sh.add()
        sh.title(caption, 6)
        sh.add(*header)
        for step, point, level, measures, dept, post in rows:
            sh.add(step, point, level, measures, dept, post)
            t.point(sh.name, dept, post, "", "general", point, [], HML[level])
    return _layout(
        "soe_manual_items", "https://www.360docs.net/doc/2e13326799.html",
        "company handbook: each business item opens with a numbered caption line and repeats the heading; 流程环节, "
        "风险点描述, 高/中/低, 防控措施, then the department and post in trailing 责任部门/责任岗位 columns",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bozhou_unit_list(),
    shccmg_post_category(),
    baoan_duty_list(),
    huangqiao_two_tables(),
    gezhouba_soe(),
    czfj_power_items(),
    longyan_paged(),
    sucai_two_row_header(),
    qwb_blank_levels(),
    zhangye_tax_warning(),
    tax_desc_split(),
    selfcheck_kezhang(),
    card_juzhang(),
    hospital_register_wu(),
    hghymh_leaders_name_col(),
    soe_manual_items(),
]


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """Write one layout as a real .xlsx; strings stay strings, merges are Excel merges."""
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


def truth_forms(layout: dict, file: str) -> list[dict]:
    return [{"file": file, "layout": layout["name"], **f, "expected_grade": None}
            for f in layout["truth"]]  # fmt: skip


def resaved_files() -> list[Path]:
    """The LibreOffice re-saved copies kept in the repository (see make_resaved.py)."""
    return sorted(p for p in RESAVED.glob("*") if p.suffix in (".xls", ".ods", ".xlsx"))


def build(
    outdir: str | Path,
    layouts: list[dict] | None = None,
    resaved: bool = True,
    *,
    prefix: str = "",
    writer=None,
) -> Path:
    """Write every layout as ``<name>.xlsx`` (with ``writer``, default ``write_xlsx``), copy its
    re-saved copies (``resaved/<prefix><name>.*``), write ``truth.json``. Every batch builds so."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    layouts = LAYOUTS if layouts is None else layouts
    writer = writer or write_xlsx
    by_name = {lay["name"]: lay for lay in layouts}
    forms: list[dict] = []
    for lay in layouts:
        writer(lay, out / f"{lay['name']}.xlsx")
        forms += truth_forms(lay, f"{lay['name']}.xlsx")
    if resaved:
        for src in resaved_files():
            name = src.stem.removeprefix(prefix)
            if src.stem.startswith(prefix) and name in by_name:
                shutil.copyfile(src, out / src.name)
                forms += truth_forms(by_name[name], src.name)
    truth = {"forms": forms, "bad_files": [],
             "layouts": [{k: lay[k] for k in ("name", "source", "what")} for lay in layouts]}  # fmt: skip
    (out / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return out


def resave(
    layouts: list[dict],
    names,
    *,
    prefix: str,
    writer=None,
    exts: tuple[str, ...] = ("xls", "ods"),
    outdir: Path = RESAVED,
) -> list[Path]:
    """Write ``<outdir>/<prefix><name>.<ext>`` for each of ``names`` with LibreOffice, from the
    layout written by ``writer`` (default ``write_xlsx``): the re-saved copies a batch keeps."""
    import subprocess
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit(
            "soffice not found: apt-get install -y libreoffice-calc-nogui fonts-noto-cjk"
        )
    writer = writer or write_xlsx
    by_name = {lay["name"]: lay for lay in layouts}
    out = []
    with tempfile.TemporaryDirectory(prefix="resave-") as tmp:
        src_dir, profile = Path(tmp) / "src", Path(tmp) / "profile"
        src_dir.mkdir()
        for name in names:
            src = writer(by_name[name], src_dir / f"{prefix}{name}.xlsx")
            for fmt in exts:
                cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                       "--convert-to", fmt, "--outdir", str(outdir), str(src)]  # fmt: skip
                subprocess.run(cmd, check=True, capture_output=True, timeout=180)
                out.append(Path(outdir) / f"{prefix}{name}.{fmt}")
    return out


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "published-inbox"))

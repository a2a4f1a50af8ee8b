"""An eleventh batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch goes after shapes the first ten batches did not cover: a 高职院校's
内控 list graded by the bare numbers 1/2/3, a 人防办's 行政职权 风险防控图 *transposed* (fields down
the left, one column per 运行环节), a 统计局's personal 识别评估表 whose 风险等级 cell holds the word
and its score (``高(20分)``), a 公共资源交易中心's sixteen-column 风险管理记录表 (编号, 制度依据,
可能性, 预警措施, 监督部门, 当前状态 …), a 交通运输 workbook of three *units'* lists behind a 汇总
sheet, 中层干部 登记表 whose 科室 is only the sheet tab, a 街道 责任书 that runs on to a second sheet
(第1页 / 第2页), a 法院 table with an A/B/C 等级 of the post beside each point's 高/中/低, a 政府投资
项目 中心's 目录 with 预警措施 / 处置措施 and a 填表说明 block under it, a 自然资源局 评估表 under a
three-row header with scores, a 镇's 小微权力 table with blank spacer columns, and a 司法局 清单
whose level cells are merged down over points of the same level — with two harder ones
(``civil_defense_transposed_chart``, ``street_project_two_pages``). Each layout imitates the
*shape* of a public page (its ``source``) that no earlier batch used; where the page describes its
table in prose (its columns, scale, method) rather than printing it, the layout follows that
description. The rows are worded by us.

Run ``python tests/published/score.py --set batch11`` and do not tune the reader against it,
or it stops being held out. Two layouts are also kept as LibreOffice re-saved copies
(``resaved/b11_cadre_keshi_in_tab.xls``, ``resaved/b11_college_internal_control_digits.ods``,
see make_resaved.py).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 风险等级 column of the numbers 1/2/3 (numeric cells) is Ⅰ/Ⅱ/Ⅲ, as full-width ``１/２/３``
  were in batch3; a 风险点 cell that starts with its running number (``3.内控制度执行不力``) is
  the point with its number, the cell's whole text (as huangqiao_two_tables' ``1、…``);
- a table with no 科室, post or person column (a 学院's 内控 list) is one form for the unit:
  department "", title "", person "" (as gezhouba_soe);
- a transposed chart — labels down the first column (运行环节 / 风险点 / 风险等级 / 防控措施 /
  责任人), one column per 运行环节 — gives one point per 环节 column: the 风险点 row is the point,
  the 风险等级 row its level; the ``承办科室:`` line over each block names the department; the
  责任人 row holds roles (办理人, 科室负责人, 分管领导), so no holder and no post (as
  baoan_duty_list's ``科室主要负责人``): the form is (unit, 科室, "", "");
- a 风险等级 cell that holds the word and its score (``高(20分)``) is the word's step; the score
  in it, and 发生概率 / 影响程度 columns of numbers 1–5, are no levels;
- a 发生可能性 column written 高/中/低 beside a 风险等级 column written 一级/二级/三级 is an input,
  not the level (as batch10 took 发生可能性 大/中/小);
- 风险编号 codes (``JY-01``), 制度依据, 预警措施, 处置措施, 监督部门, 当前状态, 备注, 备案情况 and
  应对时限 columns hold no points, levels or holders;
- one workbook holding several *units'* lists (one sheet per unit, each with its own title)
  gives each sheet's forms the unit named in that sheet's title; a 汇总 sheet of counts per unit
  holds no points;
- a 科室 named only in the sheet tab (no 科室 column, field or title word) is the department of
  that sheet's form;
- a form continued on a second sheet (``第2页``: ``(续表)`` line, the heading again, no header
  fields) is the same form: its points belong to the holder named on the first sheet; the truth
  records all of them under the first sheet;
- a 等级 column of A/B/C merged over a post's rows grades the post (as batch6/batch7); each
  point's level is the row's own 风险等级 高/中/低;
- a 填表说明 block under a table, numbered ``1.…`` ``2.…`` one line a row, is instructions, not
  points;
- a three-row header reads by its lowest row for each column; the scores under 评估指标得分 and
  their 合计 are no levels; the level is the 风险等级 column;
- blank spacer columns inside a table (no heading, no values) are nothing;
- a 风险等级 cell merged down over several points (a list sorted by level) grades each of them.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b11_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b11_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
TIER = {"局长": "leader", "中心主任": "leader", "主任": "middle", "科长": "middle", "股长": "middle",
        "所长": "middle", "庭长": "middle", "中队长": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return next((v for k, v in TIER.items() if post.endswith(k)), "general")


# --------------------------------------------------------------------------- layouts


def college_internal_control_digits() -> dict:
    unit = "XX工贸职业技术学院"
    sh = _Sheet("内控风险", [18, 22, 8, 40, 40])
    t = _Truth(unit)
    sh.title(f"{unit}经济活动廉政风险点及防控措施一览表", 5)
    sh.add("风险领域", "风险点", "风险等级", "主要表现形式", "主要预防措施")
    groups = [
        ("一、内控机制及制度建设", [
            ("内控机制不健全", 1, "1.决策、执行、监督未有效分离;\n2.不相容岗位未分设;\n3.关键岗位未定期轮岗。",
             "落实“三重一大”集体决策,不相容岗位分设,关键岗位定期轮岗。"),
            ("内控制度执行不力", 2, "1.制度执行流于形式;\n2.审计发现问题整改不到位。",
             "开展内控制度执行情况检查,问题清单限期整改。"),
        ]),
        ("二、预算管理", [
            ("预算编制不科学", 2, "1.预算编制未经充分论证;\n2.项目支出预算与实际脱节。", "预算编制部门论证、财务审核、党委会审定。"),
            ("预算执行随意调整", 1, "1.未经审批调整预算用途;\n2.年底突击花钱。", "预算调整履行审批程序,执行进度按月通报。"),
        ]),
        ("三、收支管理", [
            ("收入未及时入账", 2, "1.培训收入由部门自收自支;\n2.收款票据管理混乱。", "各项收入统一由计划财务处收取,票据专人管理。"),
            ("支出审核不严", 1, "1.报销票据不真实;\n2.超标准列支会议费、培训费;\n3.拆分报销规避审批。",
             "实行网上报销,票据逐张查验,超标准支出不予报销。"),
        ]),
        ("四、政府采购", [
            ("采购需求倾向性", 1, "1.采购参数指向特定品牌;\n2.化整为零规避公开招标。", "采购需求论证,参数公示,采购计划统一编报。"),
            ("履约验收走过场", 2, "1.验收人员与供应商串通;\n2.验收记录不完整。", "验收小组三人以上,使用部门与资产处共同验收。"),
        ]),
        ("五、资产管理", [
            ("资产出租出借不规范", 2, "1.未经审批出租房产;\n2.租金低于评估价。", "出租出借经集体决策并公开招租。"),
            ("资产处置低价转让", 1, "1.未评估即处置;\n2.处置收入未上缴。", "资产处置先评估后公开交易,收入及时上缴。"),
            ("实物资产账实不符", 3, "1.资产领用不登记;\n2.盘点不及时。", "资产管理系统登记,年度全面盘点。"),
        ]),
    ]  # fmt: skip
    n = 0
    for area, items in groups:
        recs = []
        for name, level, forms, measures in items:
            n += 1
            point = f"{n}.{name}"
            recs.append([area, point, level, forms, measures])
            t.point(sh.name, "", "", "", None, point, [], level)
        sh.records(recs, merge_cols=(0,))
    sh.add()
    r = sh.add("注:风险等级栏中1为高风险,2为中风险,3为低风险。", None, None, None, None)
    sh.merge(r, 0, r, 4)
    return _layout(
        "college_internal_control_digits", "https://sjjcs.zjiet.edu.cn/2019/0517/c765a36792/page.htm",
        "高职院校 经济活动 内控 廉政风险 list after the source's table: 风险领域 merged down (一、内控机制…, "
        "二、预算管理…), 风险点 numbered on through the table (1.内控机制不健全), 风险等级 as the NUMBERS 1/2/3, "
        "主要表现形式 of numbered sub-items, 主要预防措施; no 科室, post or person column (one form for the unit)",
        [sh], t,
    )  # fmt: skip


def civil_defense_transposed_chart() -> dict:
    unit = "XX市人民防空办公室"
    sh = _Sheet("防控图", [12, 28, 28, 28, 28, 28])
    t = _Truth(unit)
    sh.title(f"{unit}行政职权廉政风险防控图", 6)
    blocks = [
        ("行政许可", "XK-01", "人防工程建设项目审批", "工程建设科", [
            ("受理", "1.故意刁难申请人;\n2.不按规定程序受理。", "中",
             "1.一次性告知受理条件;\n2.受理登记,限时办理。", "办理人"),
            ("审查", "1.擅自增加或减少审查条件;\n2.对申报材料把关不严;\n3.无故超时办理。", "高",
             "1.量化审查标准;\n2.审查留痕;\n3.定期抽查。", "科室负责人"),
            ("决定", "1.对不符合条件的项目作出准予许可决定;\n2.为特定关系人开绿灯。", "高",
             "1.许可决定集体研究;\n2.结果网上公开。", "分管领导"),
            ("办结", "1.擅自改动审批文书内容;\n2.审批文书未及时送达。", "低",
             "1.文书制作规范化;\n2.送达登记。", "办理人"),
        ]),
        ("行政许可", "XK-02", "防空地下室易地建设审批", "工程建设科", [
            ("受理", "1.对易地建设申请不一次性告知;\n2.接受申请人宴请。", "中",
             "1.公开办事指南;\n2.签订廉洁承诺。", "办理人"),
            ("审查", "1.易地建设条件审核放宽;\n2.现场核查走过场。", "高",
             "1.现场核查两人以上;\n2.核查记录拍照存档。", "科室负责人"),
            ("决定", "1.违规批准易地建设;\n2.易地建设费核定不准。", "高",
             "1.易地建设费按标准核定并复核;\n2.集体审定。", "分管领导"),
            ("办结", "1.批复文件不按时送达;\n2.档案资料不归档。", "低",
             "1.限时送达;\n2.档案专人管理。", "办理人"),
        ]),
        ("行政处罚", "CF-01", "对应建未建防空地下室的处罚", "执法监察科", [
            ("立案", "1.发现违法行为不立案;\n2.选择性立案。", "中",
             "1.案件线索登记;\n2.立案审批。", "办案人员"),
            ("调查取证", "1.取证不全,隐匿证据;\n2.泄露调查信息。", "高",
             "1.执法记录仪全程记录;\n2.两人以上调查。", "办案人员"),
            ("告知听证", "1.不告知当事人陈述申辩权利;\n2.听证主持人不回避。", "中",
             "1.告知书格式化;\n2.听证回避制度。", "法制审核员"),
            ("处罚决定", "1.滥用自由裁量权,畸轻畸重;\n2.以罚代改。", "高",
             "1.执行裁量基准;\n2.重大处罚集体讨论。", "分管领导"),
            ("执行", "1.罚款不开票据或坐收坐支;\n2.擅自减免罚款。", "中",
             "1.罚缴分离;\n2.减免须集体研究。", "科室负责人"),
        ]),
    ]  # fmt: skip
    for kind, code, power, dept, steps in blocks:
        pad = [None] * (5 - len(steps))
        r = sh.add(f"职权类别:{kind}", None, None, f"职权编码:{code}", None, None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 5)
        r = sh.add(f"职权名称:{power}", *([None] * 5))
        sh.merge(r, 0, r, 5)
        r = sh.add(f"承办科室:{dept}", *([None] * 5))
        sh.merge(r, 0, r, 5)
        sh.add("运行环节", *[s[0] for s in steps], *pad)
        sh.add("风险点", *[s[1] for s in steps], *pad)
        sh.add("风险等级", *[s[2] for s in steps], *pad)
        sh.add("防控措施", *[s[3] for s in steps], *pad)
        sh.add("责任人", *[s[4] for s in steps], *pad)
        sh.add()
        for _step, point, level, _measures, _role in steps:
            t.point(sh.name, dept, "", "", None, point, [], HML[level])
    return _layout(
        "civil_defense_transposed_chart", "https://www.doczj.com/doc/7810500416.html",
        "(harder) 人防办 行政职权廉政风险防控图 after the source's charts (受理 → 审查 → 决定 → 办结, each with 风险点, "
        "风险等级, 防控措施, 责任人:办理人/科室负责人) laid out TRANSPOSED: labels down the first column (运行环节/风险点/"
        "风险等级/防控措施/责任人), one column per 环节; three 职权 blocks (4, 4 and 5 环节) each under 职权类别/职权编码, "
        "职权名称 and 承办科室 lines; 风险点 cells of numbered sub-items; 责任人 holds roles only",
        [sh], t,
    )  # fmt: skip


def stats_score_in_level() -> dict:
    unit = "XX县统计局"
    t = _Truth(unit)
    staff = [
        ("Sheet1", "执法检查股", "股长", "骆文涛", "统计执法检查、案件审理", [
            ("执法检查对象选择", "不按“双随机”抽取检查对象,选择性检查", 4, 5, "检查对象系统随机抽取,抽取结果公示。"),
            ("违法案件查处", "对统计造假案件降格处理、以罚代改", 4, 4, "案件审理委员会集体审理,处理结果公开。"),
            ("执法文书制作", "执法文书不规范,事后补签", 2, 3, "执法文书模板化,案卷季度评查。"),
            ("接受请托说情", "接受被检查单位宴请、礼品", 3, 5, "签订廉洁承诺,说情干预登记报告。"),
            ("检查信息保密", "泄露检查计划和检查时间", 2, 4, "检查计划专人保管,检查前不得透露。"),
        ]),
        ("Sheet2", "综合核算股", "统计员", "阎晓琳", "统计数据审核、数据发布", [
            ("统计数据审核", "受人请托修改企业报送数据", 3, 5, "数据修改留痕,修改须股长审批。"),
            ("数据发布", "提前泄露未公开的统计数据", 2, 5, "数据发布前保密,发布经局长审签。"),
            ("统计资料提供", "违规向外单位提供单个企业资料", 2, 3, "资料提供实行审批登记。"),
            ("业务培训", "借培训之机向企业收取费用", 1, 3, "培训一律免费,培训通知网上公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, post, who, duty, items in staff:
        sh = _Sheet(tab, [6, 20, 30, 9, 9, 11, 32])
        sh.title("个人岗位廉政风险点识别评估表", 7)
        r = sh.add(f"单位:{unit}    科室:{dept}    填表日期:2024年4月", *([None] * 6))
        sh.merge(r, 0, r, 6)
        r = sh.add("姓名", who, "职务", post, "岗位职责", duty, None)
        sh.merge(r, 5, r, 6)
        sh.add("序号", "风险点", "风险表现", "发生概率", "影响程度", "风险等级", "防控措施")
        for i, (point, shown, likely, impact, measures) in enumerate(items, 1):
            score = likely * impact
            word = "高" if score >= 15 else "中" if score >= 8 else "低"
            sh.add(i, point, shown, likely, impact, f"{word}({score}分)", measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[word])
        sh.add()
        r = sh.add("注:风险值=发生概率×影响程度(各1—5分);15分以上为高,8—14分为中,7分以下为低。",
                   *([None] * 6))  # fmt: skip
        sh.merge(r, 0, r, 6)
        sh.add("本人签字:", None, None, "股室负责人审核:", None, None, None)
        sheets.append(sh)
    return _layout(
        "stats_score_in_level", "https://www.fudaoke.com/exam/3057676.html",
        "统计局 个人岗位廉政风险点识别评估表 after the source's method (风险等级=发生概率×影响程度), one per sheet "
        "(Sheet1, Sheet2): the first row of the header block one merged line `单位:… 科室:… 填表日期:…`, then "
        "姓名/职务/岗位职责 label/value pairs, 序号/风险点/风险表现/发生概率 and 影响程度 (numbers 1–5)/风险等级 "
        "written `高(20分)` `中(12分)` `低(6分)`/防控措施; legend note and 签字 line",
        sheets, t,
    )  # fmt: skip


def trading_center_wide_ledger() -> dict:
    unit = "XX市公共资源交易中心"
    sh = _Sheet("风险台账", [8, 10, 10, 8, 18, 26, 14, 18, 8, 8, 8, 26, 20, 10, 10, 8])
    t = _Truth(unit)
    header = ("风险编号", "科室", "岗位", "责任人", "风险点", "风险描述", "风险类别", "制度依据",
              "发生可能性", "影响程度", "风险等级", "防控措施", "预警措施", "监督部门", "当前状态", "备注")  # fmt: skip
    sh.title(f"{unit}廉政风险管理记录表", len(header))
    r = sh.add("编制科室:综合科", *([None] * 7), "更新日期:2024年6月", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.merge(r, 8, r, 15)
    sh.add(*header)
    rows = [
        ("JY-01", "交易服务科", "科长", "祝海峰", "场地安排", "为特定投标人预留开标场地、透露评标室安排",
         "岗位职责风险", "《交易场所管理办法》", "中", "中", "二级", "场地系统自动分配,安排记录留存。",
         "同一项目多次调整场地即提示", "纪检监察室", "已落实", None),
        ("JY-02", "交易服务科", "科长", "祝海峰", "评标专家抽取", "泄露抽取的专家名单",
         "业务流程风险、外部环境风险", "《评标专家管理办法》", "低", "大", "一级", "专家语音通知系统抽取,名单封存。",
         "抽取后名单查看记录异常即预警", "纪检监察室", "持续监控", None),
        ("JY-03", "交易服务科", "项目专员", "戚雅婷", "交易文件受理", "对不符合要求的交易文件违规受理",
         "岗位职责风险", "《进场交易目录》", "中", "中", "二级", "受理清单化,科长复核。",
         "超时受理系统提示", "纪检监察室", "已落实", None),
        ("JY-04", "交易服务科", "项目专员", "戚雅婷", "开评标现场服务", "与投标人私下接触、传递信息",
         "思想道德风险", "《开评标现场管理规定》", "高", "大", "一级", "现场全程录音录像,手机集中保管。",
         "录像抽查发现异常即约谈", "纪检监察室", "持续监控", "重点"),
        ("XX-01", "信息技术科", "科长", "池明远", "系统建设采购", "系统开发采购指定供应商",
         "制度机制风险", "《政府采购法》", "低", "中", "三级", "采购需求集体论证,按规定公开采购。",
         "单一来源采购须事前公示", "审计部门", "已落实", None),
        ("XX-02", "信息技术科", "系统管理员", "邬彬", "投标数据管理", "违规查询、下载投标人信息",
         "岗位职责风险", "《数据安全管理制度》", "中", "大", "一级", "数据查询分级授权,操作日志审计。",
         "非工作时间登录即报警", "纪检监察室", "持续监控", None),
        ("XX-03", "信息技术科", "系统管理员", "邬彬", "系统权限管理", "离岗人员权限未及时注销",
         "制度机制风险", "《数据安全管理制度》", "高", "小", "三级", "权限随岗变动,每月清理。",
         "账号90天未用自动冻结", "审计部门", "已落实", None),
        ("ZH-01", "综合科", "会计", "巫倩", "保证金退还", "延迟或违规退还投标保证金",
         "业务流程风险", "《保证金管理办法》", "中", "大", "一级", "保证金系统自动退还,人工退还双人审核。",
         "退还超期自动提示", "纪检监察室", "已落实", None),
        ("ZH-02", "综合科", "会计", "巫倩", "服务费收取", "擅自减免或多收交易服务费",
         "制度机制风险、岗位职责风险", "《收费标准》", "低", "中", "二级", "收费标准公示,收费票据统一管理。",
         "减免事项须审批", "审计部门", "已落实", None),
    ]  # fmt: skip
    for row in rows:
        code, dept, post, who, point, _desc, kind, *_rest = row
        level = row[10]
        sh.add(*row)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), ORDINAL[level])
    sh.add()
    sh.add("编制人:", None, None, "审核人:", None, None, None, None, "中心负责人:", *([None] * 7))
    return _layout(
        "trading_center_wide_ledger", "http://zixun.weixintoupiaoqun.com/jxfw/202507/341835.html",
        "公共资源交易中心 廉政风险管理记录表 after the source's 风险管理记录表 (风险编号, 风险描述, 风险类别, 发生可能性, "
        "影响程度, 风险等级, 责任人, 应对措施, 当前状态, 备注): SIXTEEN columns — 风险编号 JY-01/科室/岗位/责任人 "
        "(names)/风险点 (short)/风险描述/风险类别 (…风险, some two)/制度依据/发生可能性 高中低/影响程度 大中小/风险等级 "
        "一级…三级 (the level)/防控措施/预警措施/监督部门/当前状态/备注; 编制/更新 line; 签字 line",
        [sh], t,
    )  # fmt: skip


def transport_bureau_unit_sheets() -> dict:
    t = _Truth("XX市道路运输服务中心")
    toc = _Sheet("汇总", [6, 30, 30, 10])
    toc.title("XX市交通运输系统廉政风险防控目录清单汇总表", 4)
    toc.add("序号", "单位", "清单名称", "风险点数")

    road = _Sheet("运输服务中心", [6, 12, 12, 30, 8, 32])
    unit = "XX市道路运输服务中心"
    t.unit = unit
    road.title(f"{unit}廉政风险防控目录清单", 6)
    road.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
    road_rows = [
        ("客运管理科", "客运线路审批员", "客运线路许可中为关系企业倾斜", "高", "线路许可条件公开,审批结果公示。"),
        ("客运管理科", "客运线路审批员", "班线经营权延续审核把关不严", "中", "延续审核两级复核,抽查经营资料。"),
        ("驾培维修科", "驾培监管员", "驾校考核打分不公", "中", "考核细则公开,交叉打分。"),
        ("驾培维修科", "维修备案员", "维修企业备案材料审核走过场", "低", "备案材料网上核验,定期抽查。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, point, level, measures) in enumerate(road_rows, 1):
        recs.append([i, dept, post, point, level, measures])
        t.point(road.name, dept, post, "", _tier(post), point, [], HML[level])
    road.records(recs, merge_cols=(1, 2))

    port = _Sheet("公路港航中心", [6, 12, 8, 14, 30, 8, 30])
    unit = "XX市公路与港航管理中心"
    t.unit = unit
    port.title(f"{unit}廉政风险防控目录清单", 7)
    port.add("序号", "科室", "责任人", "权力事项", "廉政风险点", "等级", "防控举措")
    port_rows = [
        ("养护工程科", "裘国庆", "养护工程招标", "养护项目招标设置排他性条件", "一级", "招标文件合法性审查,异议公开答复。"),
        ("养护工程科", "裘国庆", "养护工程计量", "虚增养护工程量", "一级", "计量三方签认,季度抽检。"),
        ("港航管理科", "宓海燕", "船舶检验", "船舶检验降低标准、收受好处", "二级", "检验全程记录,检验报告复核。"),
        ("港航管理科", "宓海燕", "航道占用许可", "航道占用许可审批拖延刁难", "三级", "办理时限公开,超时预警。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, who, power, point, level, measures) in enumerate(port_rows, 1):
        recs.append([i, dept, who, power, point, level, measures])
        t.point(port.name, dept, "", who, None, point, [], ORDINAL[level])
    port.records(recs, merge_cols=(1, 2))

    squad = _Sheet("执法队", [6, 12, 12, 8, 30, 8, 30])
    unit = "XX市交通运输综合行政执法队"
    t.unit = unit
    squad.title(f"{unit}廉政风险防控目录清单", 7)
    squad.add("序号", "中队", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    squad_rows = [
        ("路政中队", "中队长", "庞建勋", "超限车辆处罚自由裁量畸轻畸重", "Ⅰ", "执行裁量基准,处罚结果公示。"),
        ("路政中队", "执法队员", "鄂小军", "现场执法不出示证件、不开具文书", "Ⅱ", "执法记录仪全程开启,文书当场出具。"),
        ("运政中队", "中队长", "冼志诚", "非法营运车辆暂扣后违规放行", "Ⅰ", "放车凭处罚决定和缴款凭证。"),
        ("运政中队", "执法队员", "粟丽", "接受被查处对象请托说情", "Ⅲ", "说情干预登记报告。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, who, point, level, measures) in enumerate(squad_rows, 1):
        recs.append([i, dept, post, who, point, level, measures])
        t.point(squad.name, dept, post, who, _tier(post), point, [], ROMAN[level])
    squad.records(recs, merge_cols=(1,))

    lists = [(road, road_rows), (port, port_rows), (squad, squad_rows)]
    for i, (sheet, rows) in enumerate(lists, 1):
        title = sheet.rows[0][0]
        toc.add(i, title.removesuffix("廉政风险防控目录清单"), "廉政风险防控目录清单", len(rows))
    toc.add("合计", None, None, sum(len(rows) for _s, rows in lists))
    return _layout(
        "transport_bureau_unit_sheets", "http://info.ahcar.com/guonei/20220721/60441.html",
        "交通运输系统 防控目录清单 after the source's 防控目录清单19张: one workbook holding three UNITS' lists (道路运输"
        "服务中心, 公路与港航管理中心, 综合行政执法队), each sheet titled with its own unit and its own headings (科室/岗位 "
        "posts only, 高/中/低; 科室/责任人 names/权力事项/廉政风险点/等级 一级…三级; 中队/岗位/姓名/风险点/Ⅰ Ⅱ Ⅲ), "
        "behind a 汇总 sheet of counts per unit",
        [toc, road, port, squad], t,
    )  # fmt: skip


def cadre_keshi_in_tab() -> dict:
    unit = "XX市交通运输局"
    t = _Truth(unit)
    cadres = [
        ("计划基建科", "科长", "仲明杰", [
            ("交通建设项目计划编制", "项目计划安排优亲厚友,为关系企业争取项目", "高", "项目计划局党组集体研究,计划公开。"),
            ("工程招标监督", "招标监督中对违规行为视而不见", "高", "招标监督两人以上,监督记录存档。"),
            ("工程变更审核", "工程变更审核把关不严,虚增变更费用", "中", "重大变更专家论证,变更资料审计。"),
        ]),
        ("运输管理科", "科长", "左慧敏", [
            ("出租车经营权管理", "经营权转让审核中收受好处", "高", "经营权转让网上办理,结果公示。"),
            ("运输企业考核", "企业质量信誉考核打分不公", "中", "考核指标量化,结果公示。"),
            ("行业补贴审核", "燃油补贴审核不严,虚报冒领", "中", "补贴数据系统比对,名单公示。"),
        ]),
        ("财务审计科", "副科长", "衡雪", [
            ("资金拨付", "工程款拨付不按进度、先拨后审", "高", "拨付凭监理、审计意见,双人审核。"),
            ("内部审计", "审计发现问题隐瞒不报", "中", "审计报告局务会审议,问题台账销号。"),
            ("财务报销", "报销审核不严,票据不实", "低", "票据逐张查验,网上审批。"),
            ("会计档案", "会计资料保管不善、随意借阅", "低", "档案专柜保管,借阅审批登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, who, items in cadres:
        sh = _Sheet(dept, [6, 20, 32, 8, 32])
        sh.title(f"{unit}中层干部个人岗位廉政风险点登记表", 5)
        sh.add("姓名", who, "职务", post, "填报时间:2017年7月")
        sh.add("序号", "岗位职责", "风险点", "风险等级", "防控措施")
        for i, (duty, point, level, measures) in enumerate(items, 1):
            sh.add(i, duty, point, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, "分管领导审核:", None, None)
        sheets.append(sh)
    return _layout(
        "cadre_keshi_in_tab", "http://town.zjol.com.cn/czjsb/201708/t20170809_4768663.shtml",
        "交通运输局 中层干部 个人岗位廉政风险点登记表 after the source's 中层干部 岗位廉政风险点数据库 (一人一档): one "
        "sheet per cadre, the 科室 ONLY in the sheet tab (计划基建科, 运输管理科, 财务审计科) — the title names the 局, "
        "the line names 姓名/职务 and a 填报时间; 序号/岗位职责/风险点/风险等级 高/中/低/防控措施; 签字 line",
        sheets, t,
    )  # fmt: skip


def street_project_two_pages() -> dict:
    unit = "XX区XX街道办事处"
    dept, post, who = "城市建设科", "科员", "阚立新"
    t = _Truth(unit)
    header = ("序号", "风险环节", "廉政风险点", "风险等级", "防控承诺")
    rows = [
        ("入户调查", "入户调查登记不实,为亲友多报面积", "高", "调查登记两人以上,结果张榜公示。"),
        ("评估测算", "与评估机构串通,抬高或压低评估价", "高", "评估机构公开选定,评估报告公示。"),
        ("补偿协议签订", "擅自承诺协议外补偿", "高", "补偿标准统一公开,协议集体审核。"),
        ("补偿款发放", "补偿款发放不及时、截留挪用", "中", "补偿款直接打卡,发放清单公示。"),
        ("安置房分配", "安置房源分配暗箱操作", "高", "房源公开摇号,全程录像。"),
        ("群众接待", "接待中态度生硬、推诿扯皮", "低", "首问负责,接待登记。"),
        ("信息保密", "泄露被征收人个人信息", "中", "信息专人保管,查阅登记。"),
        ("廉洁自律", "接受被征收人宴请、礼金", "中", "签订廉洁承诺,拒收登记。"),
    ]  # fmt: skip
    page1 = _Sheet("第1页", [6, 14, 34, 8, 34])
    page1.title("重大项目廉政风险责任书", 5)
    r = page1.add("单位", unit, None, "项目名称", "望坛片区棚户区改造")
    page1.merge(r, 1, r, 2)
    r = page1.add("所在科室", dept, None, "姓名", who)
    page1.merge(r, 1, r, 2)
    r = page1.add("职务", post, None, "签订日期", "2016年1月")
    page1.merge(r, 1, r, 2)
    page1.add(*header)
    for i, (step, point, level, promise) in enumerate(rows[:5], 1):
        page1.add(i, step, point, level, promise)
    r = page1.add("(续见第2页)", None, None, None, None)
    page1.merge(r, 0, r, 4)

    page2 = _Sheet("第2页", [6, 14, 34, 8, 34])
    page2.title("重大项目廉政风险责任书(续表)", 5)
    page2.add(*header)
    for i, (step, point, level, promise) in enumerate(rows[5:], 6):
        page2.add(i, step, point, level, promise)
    page2.add()
    r = page2.add(
        "本人承诺:严格落实上述防控承诺,如有违反,自愿接受组织处理。", None, None, None, None
    )
    page2.merge(r, 0, r, 4)
    page2.add("责任人签字:", None, "街道纪工委(盖章):", None, "年  月  日")
    for _step, point, level, _promise in rows:
        t.point(page1.name, dept, post, who, "general", point, [], HML[level])
    return _layout(
        "street_project_two_pages", "http://m.zhongguozhaoshang.com/news/38923.html",
        "(harder) 街道 重大项目廉政风险责任书 after the source's 责任书 signed by every 科员 and 社区干部 on a 重大项目: "
        "ONE form split over two sheets — 第1页 holds the header fields (单位/项目名称, 所在科室/姓名, 职务/签订日期 "
        "as label/value pairs) and points 1–5 ending `(续见第2页)`; 第2页 holds a `(续表)` title, the heading "
        "again and points 6–8 with no header fields, then 本人承诺 and 签字/盖章 lines",
        [page1, page2], t,
    )  # fmt: skip


def court_post_grade_and_point_level() -> dict:
    unit = "XX县人民法院"
    sh = _Sheet("风险岗位", [5, 12, 10, 6, 8, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}重点风险岗位廉政风险防控表", 8)
    sh.add("序号", "部门", "岗位", "等级", "姓名", "风险点", "风险等级", "防控措施")
    posts = [
        ("立案庭", "庭长", "A", "彭文海", [
            ("违规受理或拖延立案,为当事人“开后门”", "高", "立案登记制,网上立案全程留痕。"),
            ("诉讼费缓减免审批把关不严", "中", "缓减免审批两级审核,按季公示。"),
        ]),
        ("民事审判庭", "法官", "A", "缪婷", [
            ("私下会见当事人及代理人", "高", "落实“三个规定”,过问案件记录报告。"),
            ("违规采取或解除保全措施", "高", "保全裁定合议庭评议,解除须审批。"),
            ("案件久拖不结", "低", "审限系统预警,超审限通报。"),
        ]),
        ("执行局", "执行员", "A", "滕俊", [
            ("执行款物发放不及时、截留挪用", "高", "执行款专户管理,发放系统留痕。"),
            ("评估拍卖中与机构串通", "中", "评估拍卖机构随机选定,网络司法拍卖。"),
        ]),
        ("办公室", "会计", "B", "喻晓红", [
            ("诉讼费退费审核不严", "中", "退费凭裁判文书办理,双人复核。"),
            ("公务支出报销超标准", "低", "报销网上审批,标准公开。"),
        ]),
        ("司法警察大队", "法警", "C", "甘力", [
            ("押解过程中违规为被告人传递物品、信息", "中", "押解两人以上,押解记录存档。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, post, grade, who, items in posts:
        recs = []
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, grade, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(1, 2, 3, 4))
    sh.add()
    r = sh.add("注:“等级”栏为岗位风险等级(A级为重点防控岗位,B级为一般防控岗位,C级为常规防控岗位);"
               "“风险等级”栏为风险点等级。", *([None] * 7))  # fmt: skip
    sh.merge(r, 0, r, 7)
    return _layout(
        "court_post_grade_and_point_level", "http://zgjkxw.org.cn/html/jiankangshenghuo/2017-02-16/5117.html",
        "法院 重点风险岗位廉政风险防控表 after the source's 重点风险岗位 廉能管理 (审判执行 and 人财物 岗位): 部门/岗位/"
        "等级 (A/B/C, the POST's grade, merged over its rows)/姓名/风险点/风险等级 高/中/低 (each point's own level; an "
        "A post has a 低 point, the C post a 中 one)/防控措施; note explaining the two",
        [sh], t,
    )  # fmt: skip


def invest_center_fill_guide() -> dict:
    unit = "XX区政府投资项目建设管理中心"
    sh = _Sheet("岗位风险点目录", [5, 10, 8, 32, 8, 28, 22, 22, 8])
    t = _Truth(unit)
    sh.title(f"{unit}岗位风险点目录", 9)
    r = sh.add(
        f"填报单位(盖章):{unit}", None, None, None, None, None, "报送日期:2024年3月", None, None
    )
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "预警措施", "处置措施", "备案情况"
    )
    rows = [
        ("中心主任", "闻国栋", "1.项目建设单位确定中打招呼、定调子;\n2.干预工程分包。", "一级",
         "重大事项班子集体研究,插手干预登记报告。", "发现苗头下发防控通知书", "约谈、通报批评"),
        ("中心主任", "闻国栋", "大额资金支付未经集体研究", "一级",
         "大额资金支付班子会审定。", "超额支付系统提示", "责令限期整改"),
        ("项目经理", "司马远", "1.现场签证虚增工程量;\n2.隐蔽工程验收走过场。", "一级",
         "签证监理、跟踪审计、项目经理三方签认。", "签证量超预算5%即预警", "诫勉谈话、调离岗位"),
        ("项目经理", "司马远", "接受施工单位宴请、礼品", "二级",
         "签订廉洁协议,节前廉洁提醒。", "廉政回访发现即提醒", "通报批评"),
        ("造价工程师", "卜佳怡", "1.预算编制高估冒算;\n2.泄露招标控制价。", "一级",
         "预算第三方审核,控制价公开前保密。", "控制价偏差超限即复核", "约谈、移送纪检"),
        ("造价工程师", "卜佳怡", "结算审核降低审减标准", "二级",
         "结算审核结果复核,抽审。", "审减率异常即预警", "责令重新审核"),
        ("现场代表", "邢晓东", "材料进场验收不严,以次充好", "二级",
         "材料进场见证取样,验收记录存档。", "抽检不合格即通报", "调离岗位"),
        ("财务人员", "佟丽娜", "工程款支付审核不严,超进度付款", "二级",
         "付款凭进度确认单,财务双人复核。", "超进度付款系统拦截", "追回款项、通报"),
        ("财务人员", "佟丽娜", "农民工工资专户管理不规范", "三级",
         "专户专款专用,按月对账。", "工资拖欠投诉即核查", "限期整改"),
    ]  # fmt: skip
    recs = []
    for i, (post, who, point, level, measures, warn, handle) in enumerate(rows, 1):
        recs.append([i, post, who, point, level, measures, warn, handle, "已备案"])
        t.point(sh.name, "", post, who, _tier(post), point, [], ORDINAL[level])
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    for line in ("填表说明:",
                 "1.风险等级按一级、二级、三级填写,一级为最高;",
                 "2.预警措施指风险出现倾向性、苗头性问题时采取的提醒、防控通知书等措施;",
                 "3.处置措施指风险已经出现时采取的约谈、通报批评、限期整改等措施;",
                 "4.本表经中心领导班子审定后报区纪委监委备案。"):  # fmt: skip
        r = sh.add(line, *([None] * 8))
        sh.merge(r, 0, r, 8)
    return _layout(
        "invest_center_fill_guide", "http://m.jianbiaoku.com/webarbs/book/7618/218323.shtml",
        "政府投资项目建设管理中心 岗位风险点目录 after the source's 办法 (岗位风险点目录, 预警 with 防控通知书, 处置 with "
        "约谈/通报, 报纪检监察机关备案): 填报单位(盖章)/报送日期 line, 岗位 and 姓名 merged down/风险点 (some cells of "
        "numbered sub-items)/风险等级 一级…三级/防控措施/预警措施/处置措施/备案情况; a 填表说明 block BELOW the "
        "table, one numbered line a row (1.风险等级按…)",
        [sh], t,
    )  # fmt: skip


def land_three_row_header() -> dict:
    unit = "XX县自然资源局"
    sh = _Sheet("评估表", [5, 12, 12, 22, 26, 7, 7, 7, 6, 8, 28, 8])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险识别评估表", 12)
    a = sh.add(
        "序号",
        "科室",
        "岗位",
        "风险识别",
        None,
        "风险评估",
        None,
        None,
        None,
        None,
        "风险防控",
        None,
    )
    b = sh.add(None, None, None, "风险点", "风险表现", "评估指标得分", None, None, "合计", "风险等级",
               "防控措施", "责任领导")  # fmt: skip
    sh.add(
        None, None, None, None, None, "权力重要程度", "发生频率", "危害程度", None, None, None, None
    )
    for c in (0, 1, 2):
        sh.merge(a, c, a + 2, c)
    sh.merge(a, 3, a, 4)
    sh.merge(a, 5, a, 9)
    sh.merge(a, 10, a, 11)
    for c in (3, 4, 8, 9, 10, 11):
        sh.merge(b, c, b + 1, c)
    sh.merge(b, 5, b, 7)
    rows = [
        ("耕地保护股", "股长", "占补平衡指标核定", "补充耕地验收放宽标准,虚增指标", (5, 3, 5),
         "验收现场核查,指标入库前公示。", "江涛"),
        ("耕地保护股", "耕保专干", "耕地卫片执法核查", "卫片图斑核查弄虚作假、瞒报", (3, 4, 4),
         "核查结果交叉复核,照片定位上传。", "江涛"),
        ("规划股", "股长", "规划条件核定", "擅自调整容积率等规划条件", (5, 2, 5),
         "规划条件集体研究,批前公示。", "冀晓峰"),
        ("规划股", "规划审查员", "建设工程规划许可审查", "审查中为建设单位“开绿灯”", (4, 3, 4),
         "审查要点清单化,两级审核。", "冀晓峰"),
        ("规划股", "规划审查员", "规划核实", "规划核实走过场,对违建不指出", (3, 3, 3),
         "核实现场两人以上,核实报告存档。", "冀晓峰"),
        ("不动产登记中心", "登记审核员", "登记审核", "对权属不清的申请违规登簿", (4, 2, 5),
         "疑难件集体会审,登簿前复核。", "江涛"),
        ("不动产登记中心", "窗口受理员", "登记受理", "为中介插队办件、收取好处", (2, 4, 3),
         "叫号系统办件,插队留痕可查。", "江涛"),
        ("执法监察大队", "执法队员", "违法用地查处", "对违法用地选择性查处", (4, 4, 4),
         "执法全程记录,案件集体审理。", "冀晓峰"),
        ("执法监察大队", "执法队员", "罚没款管理", "罚款不开票、私自减免", (2, 2, 4),
         "罚缴分离,减免集体研究。", "冀晓峰"),
        ("执法监察大队", "大队长", "违法案件移送", "应移送纪检或司法机关的案件不移送", (3, 1, 4),
         "案件移送标准公开,移送情况季度通报。", "冀晓峰"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, step, point, scores, measures, leader) in enumerate(rows, 1):
        total = sum(scores)
        level = "一级" if total >= 12 else "二级" if total >= 9 else "三级"
        recs.append([i, dept, post, step, point, *scores, total, level, measures, leader])
        t.point(sh.name, dept, post, "", _tier(post), step, [], ORDINAL[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    r = sh.add(
        "说明:三项指标各1—5分,合计12分以上为一级、9—11分为二级、8分以下为三级。", *([None] * 11)
    )
    sh.merge(r, 0, r, 11)
    return _layout(
        "land_three_row_header", "https://www.doczj.com/doc/6113461636.html",
        "自然资源局 岗位廉政风险识别评估表 after the source's 等级划分办法 (评估指标 scored, 风险等级 from the score): "
        "a THREE-ROW header (风险识别 / 风险评估 / 风险防控 over 风险点, 风险表现, 评估指标得分 over 权力重要程度/发生频率/"
        "危害程度, 合计, 风险等级, 防控措施, 责任领导); 科室 merged down, posts only, scores 1–5 and their 合计, level "
        "一级…三级, 责任领导 names (watchers); 说明 line",
        [sh], t,
    )  # fmt: skip


def town_spacer_columns() -> dict:
    unit = "XX镇人民政府"
    sh = _Sheet("小微权力", [5, 12, 1.5, 10, 8, 1.5, 14, 30, 1.5, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}站所“小微权力”廉政风险防控清单", 11)
    sh.add(
        "序号",
        "站所",
        None,
        "岗位",
        "姓名",
        None,
        "小微权力事项",
        "风险点",
        None,
        "风险等级",
        "防控措施",
    )
    rows = [
        ("农业农村办", "主任", "房振宇", "惠农补贴发放", "补贴对象审核把关不严,优亲厚友", "高", "补贴名单村级公示、镇级复核。"),
        ("农业农村办", "主任", "房振宇", "农村集体“三资”监管", "集体资产发包监管缺位", "中", "发包方案镇审核,公开竞价。"),
        ("农业农村办", "农经员", "柯玉洁", "村级财务审核", "村级票据审核走过场", "中", "票据逐张审核,按季抽查。"),
        ("财政所", "所长", "欧阳斌", "镇级资金拨付", "违规提前或拖延拨付资金", "高", "拨付经分管领导、主要领导审签。"),
        ("财政所", "报账员", "詹秀芬", "报账审核", "虚列支出、白条入账", "中", "报账网上审批,票据真伪查验。"),
        ("村镇建设办", "主任", "管立伟", "农村建房审批", "建房审批中收受好处、放宽条件", "高", "审批条件公开,现场踏勘两人以上。"),
        ("村镇建设办", "主任", "管立伟", "小型工程发包", "小型工程指定施工队伍", "高", "工程进镇公共资源交易站比选。"),
        ("社会事务办", "低保专干", "边晓", "低保审核", "低保评议弄虚作假、关系保", "高", "入户调查、民主评议、张榜公示。"),
        ("社会事务办", "低保专干", "边晓", "临时救助", "临时救助资金发放不透明", "中", "救助名单公示,资金打卡发放。"),
        ("社会事务办", "残联专干", "宁浩", "残疾人补贴", "补贴资格复核不及时", "低", "补贴资格按季复核。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, who, power, point, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, None, post, who, None, power, point, None, level, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 3, 4))
    sh.add()
    sh.add("镇纪委审核:", None, None, None, None, None, "制表人:", None, None, "日期:", None)
    return _layout(
        "town_spacer_columns", "https://www.renrendoc.com/paper/507086816.html",
        "镇 站所“小微权力”廉政风险防控清单 after the source's 小微权力 清单化: three BLANK SPACER COLUMNS inside the "
        "table (narrow, no heading, no values: after 站所, after 姓名, after 风险点), 站所 merged down/岗位 and 姓名 "
        "merged per person/小微权力事项/风险点/风险等级 高/中/低/防控措施; 审核/制表/日期 line",
        [sh], t,
    )  # fmt: skip


def justice_merged_levels() -> dict:
    unit = "XX县司法局"
    sh = _Sheet("风险清单", [5, 14, 12, 8, 30, 8, 10, 30, 16])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险清单(动态更新)", 9)
    sh.add(
        "序号", "股室", "岗位", "责任人", "风险点", "风险等级", "应对时限", "防控措施", "监督机制"
    )
    due = {"高": "即时", "中": "7个工作日", "低": "30个工作日"}
    groups = [
        ("公共法律服务股", "股长", "官振宇", [
            ("法律援助案件指派中收受律师好处", "高", "援助案件系统随机指派。"),
            ("法律援助补贴审核虚报", "高", "补贴按案件质量评估结果发放。"),
            ("公证、司法鉴定机构监管走过场", "中", "监管检查计划公开,问题通报。"),
        ]),
        ("社区矫正股", "矫正专干", "慕容芳", [
            ("矫正对象请销假审批违规", "高", "请假审批两级审核,电子定位核查。"),
            ("矫正对象考核奖惩不公", "中", "考核结果矫正小组集体评议。"),
            ("调查评估意见弄虚作假", "中", "调查评估两人以上,意见集体审定。"),
        ]),
        ("人民调解股", "股长", "步云", [
            ("以案件奖补资金虚报调解案件", "中", "调解卷宗抽查,奖补公示。"),
            ("人民调解员选聘不公开", "低", "选聘公开报名、择优聘任。"),
        ]),
        ("办公室", "会计", "谷雨晴", [
            ("专项经费挤占挪用", "高", "专项经费单独核算。"),
            ("固定资产登记不及时", "低", "资产入库即登记,年度盘点。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, post, who, items in groups:
        recs = []
        for point, level, measures in items:
            n += 1
            recs.append(
                [n, dept, post, who, point, level, due[level], measures, "局纪检组季度检查"]
            )
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(1, 2, 3, 5, 6, 8))
    sh.add()
    sh.add("更新时间:2024年9月", None, None, None, None, None, "局纪检组审核:", None, None)
    return _layout(
        "justice_merged_levels", "http://www.yurongpawn.com/a/901361.html",
        "司法局 廉政风险清单(动态更新) after the source's 风险清单 (高、中、低 with 应对时限, 责任人 and 监督机制): 股室/岗位/"
        "责任人 merged down, each person's points sorted by level with the 风险等级 cell MERGED DOWN over points of "
        "the same level (and 应对时限 即时/7个工作日/30个工作日 merged with it), 监督机制 merged; 更新时间 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    college_internal_control_digits(),
    civil_defense_transposed_chart(),
    stats_score_in_level(),
    trading_center_wide_ledger(),
    transport_bureau_unit_sheets(),
    cadre_keshi_in_tab(),
    street_project_two_pages(),
    court_post_grade_and_point_level(),
    invest_center_fill_guide(),
    land_three_row_header(),
    town_spacer_columns(),
    justice_merged_levels(),
]


# --------------------------------------------------------------------------- writing


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (with its re-saved copies ``resaved/b11_*``)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch11-inbox"))

"""A ninety-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES SELDOM OR
NEVER USED BEFORE — a 县殡仪馆, a 县水产局, a 县体育运动学校, a 县公证处, a 县城市燃气管理所, a 县特种设备
检验所, a 县安全生产应急救援中心 and a 县全民健身中心 — each handing back its ordinary 一览表, 排查表,
清单 or personal 自查表 the way its staff typed it, four of them also kept as LibreOffice re-saves,
``.xls`` AND ``.ods`` (``resaved/b96_<name>.xls``/``.ods``, made by
``PYTHONPATH=tests python tests/published/batch96.py --resave``):

- a 殡仪馆 一览表 (re-saved): 科室 merged (业务科, ``火化车间``, 财务室), 岗位 and 姓名 merged per person,
  short types, 高/中/低;
- a 水产局 排查表 one sheet per 股室 (re-saved), tabs the 股室 (办公室, 渔政股, 技术推广股), each under a
  line ``股室:渔政股　　负责人:…``; 岗位/姓名 per row, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 体育运动学校's 个人自查表 one per sheet (re-saved), tabs the holders' names, pairs above the table
  ``姓名 | … | 部门 | … | 职务 | …``; no type column; the form's own 序号 numbered ``1-1``, ``1-2``;
- a 公证处 清单 对岗不对人 with NO 科室 column (posts 主任, 公证员, 公证员助理, 档案管理员 as written)
  and ``一级/二级/三级``;
- a 燃气管理所 一览表 whose 填表说明 (three numbered lines naming all five types and 高/中/低) stands
  ABOVE the header, not below it;
- a 特种设备检验所 一览表 with a ``岗位风险等级`` column (the post's grade) BESIDE ``风险点等级`` (the
  point's level), 检验一室/检验二室 among the 科室;
- a 全民健身中心 排查表 (re-saved) with one ``岗位(责任人)`` column whose cells write the holder in
  brackets after the post, ``部长(庞立言)``, and a trailing ``备注`` (``新增``).

One is harder:

- ``rescue_center_one_line_holder``: a 安全生产应急救援中心's 个人廉政风险自查表 one per sheet (tabs
  ``Sheet1``, ``Sheet2``), the holder, 科室 and 岗位 given only in ONE merged line above the table,
  ``自查人:蔺书航　　所在科室:救援调度科　　岗位:科长`` (full-width spaces), no 姓名 column, and a
  ``自查人签字:`` line below it with no name.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (殡仪馆's 腐败路径; a 县水产局's
股室 in a yearbook; a 体育运动学校's 经费; 公证机构 内部管理; a 城市燃气管理所's 举报; 特种设备 监管考核;
安全生产岗位 廉洁风险; 体育系统 廉政风险防控) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented, each unit under a place
name of our own (澹溪, 漪岚, 芗陂, 浔郦, 蕖阳, 汀蘩, 渫川, 翎渚).

Run ``python tests/published/score.py --set batch96`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 殡仪馆's ``火化车间`` is a 科室 of the 殡仪馆; a 检验所's ``检验一室`` a 科室 of the 所;
- a ``岗位风险等级`` column grades the post, not the point: the point's level is ``风险点等级``;
- a 填表说明 above the header is no point, its type names no type;
- ``部长(庞立言)`` under ``岗位(责任人)`` is the post 部长 and its holder 庞立言;
- a holder given only in a ``自查人:…　　所在科室:…　　岗位:…`` line is that form's holder.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights), copies the re-saved copies ``resaved/b96_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b96_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
SPACE = "\u3000\u3000"


# --------------------------------------------------------------------------- harder layout


def rescue_center_one_line_holder() -> dict:
    unit = "渫川县安全生产应急救援中心"
    t = _Truth(unit)
    people = [
        ("蔺书航", "救援调度科", "科长", "middle", [
            ("应急物资储备采购指定供应商", "制度机制", "高", "采购需求集体论证,三家以上比价。"),
            ("救援队伍补助核发不实", "岗位职责", "中", "补助凭出勤记录核发,名单公示。"),
            ("接受企业宴请、礼品", "思想道德", "低", "节前廉洁提醒,签订承诺书。"),
        ]),
        ("覃雨桐", "综合保障科", "物资保管员", "general", [
            ("救援装备出入库不登记", "业务流程", "中", "出入库双人签字,每季度盘点。"),
            ("报废装备私自处置", "制度机制", "高", "报废处置报中心集体研究,资产系统核销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for n, (who, dept, post, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{n}", [6, 36, 12, 10, 36])
        _line(sh, f"{unit}个人廉政风险自查表", 5)
        _line(sh, f"自查人:{who}{SPACE}所在科室:{dept}{SPACE}岗位:{post}", 5)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for k, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(k, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人签字:", None, "科室负责人签字:", None, "2024年5月")
        sheets.append(sh)
    return _layout(
        "rescue_center_one_line_holder", "https://www.renrendoc.com/paper/480589075.html",
        "(harder) 县安全生产应急救援中心 个人廉政风险自查表, one per sheet (tabs Sheet1, Sheet2), after the source's "
        "account of 安全生产岗位 廉洁风险 (审批, 检查, 物资, 救援): the holder, 科室 and 岗位 ONLY in one merged line "
        "``自查人:蔺书航　　所在科室:救援调度科　　岗位:科长`` (full-width spaces) under the title, no 姓名 column; "
        "序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; an unsigned 自查人签字/科室负责人签字/date line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def funeral_home_workshop() -> dict:
    unit = "澹溪县殡仪馆"
    sh = _Sheet("一览表", [6, 10, 12, 8, 32, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("业务科", "科长", "冼宏达", "向丧属推销指定殡葬用品收取回扣", "岗位职责", "高",
         "殡葬用品明码标价,丧属自选并签字确认。", "middle"),
        ("业务科", "科长", "冼宏达", "遗体接运不按受理顺序派车", "业务流程", "中",
         "派车登记受理时间,系统按序派单。", "middle"),
        ("业务科", "接待员", "邬佳琪", "泄露逝者及丧属信息给殡葬中介", "思想道德", "中",
         "信息系统分级授权,签订保密承诺。", "general"),
        ("火化车间", "主任", "满国栋", "收受丧属钱物优先安排火化", "岗位职责", "高",
         "火化顺序公开上墙,全程视频监控。", "middle"),
        ("火化车间", "火化工", "阙志远", "骨灰领取不核对身份", "制度机制", "低",
         "骨灰实名编号,领取双签。", "general"),
        ("财务室", "出纳", "帅晓丽", "服务收费不开票或少开票", "制度机制", "中",
         "收费系统自动出票,日结日清。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年3月", None)
    return _layout(
        "funeral_home_workshop", "http://www.handmsg.com/page/2024/1001/24678623.shtml",
        "县殡仪馆 岗位廉政风险点一览表 after the source's account of 殡仪馆 腐败路径 (馆长负责制, 殡葬用品, 花篮收费, "
        "遗体接运): 序号/科室 merged (业务科, ``火化车间``, 财务室)/岗位 and 姓名 merged per person (业务科 科长 over two "
        "rows)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def fishery_bureau_sheets() -> dict:
    unit = "漪岚县水产局"
    t = _Truth(unit)
    parts = [
        ("办公室", "温建军", [
            ("主任", "温建军", "公务接待超标准、虚列接待费", "制度机制风险", "Ⅱ级",
             "接待实行公函制度,清单与发票核对。", "middle"),
            ("会计", "龚雅雯", "专项资金拨付不按进度审核", "岗位职责风险", "Ⅰ级",
             "资金拨付凭验收单,分管领导审签。", "general"),
        ]),
        ("渔政股", "牛振海", [
            ("股长", "牛振海", "渔政执法处罚畸轻畸重", "岗位职责风险", "Ⅰ级",
             "执行自由裁量基准,案件集体审理。", "middle"),
            ("执法员", "甄浩", "禁渔期检查通风报信", "思想道德风险", "Ⅱ级",
             "检查路线临时确定,执法记录仪全程记录。", "general"),
        ]),
        ("技术推广股", "薄玉兰", [
            ("股长", "薄玉兰", "增殖放流苗种验收数量不实", "业务流程风险", "Ⅰ级",
             "苗种验收邀请纪检、第三方共同清点。", "middle"),
            ("技术员", "骆天一", "养殖证发放审核把关不严", "业务流程风险", "Ⅲ级",
             "养殖证申报材料公示,股室复核。", "general"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, head, rows in parts:
        sh = _Sheet(dept, [6, 10, 8, 32, 14, 8, 34])
        _line(sh, f"{unit}岗位廉政风险排查表", 7)
        _line(sh, f"股室:{dept}{SPACE}负责人:{head}", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "等级", "防控措施")
        for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("股室负责人签字:", None, None, None, "2024年4月", None, None)
        sheets.append(sh)
    return _layout(
        "fishery_bureau_sheets", "https://www.hljszw.org.cn/home/book/info/get_id/210061.html",
        "县水产局 岗位廉政风险排查表, one sheet per 股室, after the source's yearbook entry of a 县水产局 (内设办公室、"
        "技术推广股、生产股、渔政股; 养殖证, 水产品质量): tabs the 股室, each under a line ``股室:渔政股　　负责人:牛振海`` "
        "merged across; 序号/岗位/姓名/风险点/风险类别 ``…风险``/``等级`` Ⅰ级/Ⅱ级/Ⅲ级/防控措施; 股室负责人签字/date line",
        sheets, t,
    )  # fmt: skip


def sports_school_pairs() -> dict:
    unit = "芗陂县体育运动学校"
    t = _Truth(unit)
    people = [
        ("郜振东", "训练科", "主教练", "general", [
            ("运动员选材优亲厚友", "高", "选材测试成绩公示,教练组集体评定。"),
            ("比赛报名弄虚作假、冒名顶替", "中", "报名材料与学籍、身份证件核对。"),
            ("收受家长礼品礼金", "中", "签订师德承诺,设立家长监督电话。"),
        ]),
        ("聂晓岚", "后勤科", "科长", "middle", [
            ("运动员伙食费补助挪用", "高", "伙食费专账核算,每月公示收支。"),
            ("训练器材采购不比价", "中", "采购三家比价,验收两人以上。"),
            ("食堂食材验收不严", "低", "食材验收留样,索证索票。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [8, 34, 10, 38])
        _line(sh, f"{unit}个人廉政风险自查表", 4)
        sh.add("姓名", who, "部门", dept)
        sh.add("职务", post, "填表日期", "2024年6月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for k, (point, lv, measures) in enumerate(points, 1):
            sh.add(f"1-{k}", point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名:", None, "部门负责人意见:", None)
        sheets.append(sh)
    return _layout(
        "sports_school_pairs",
        "https://456150.com.cn/bmpd/jmswhgdlytyj/zwgk/gznb/content/post_2979427.html",
        "县体育运动学校 个人廉政风险自查表, one per sheet, after the source's account of a 体育运动学校's 经费 (伙食费补助, "
        "运动项目管理, 备战比赛): tabs the holders' names; pairs ``姓名 | 郜振东 | 部门 | 训练科`` and ``职务 | 主教练 | "
        "填表日期 | 2024年6月`` above the table; 序号 written ``1-1``, ``1-2``/风险点/风险等级 高/中/低/防控措施; no type "
        "column; 本人签名/部门负责人意见 line",
        sheets, t,
    )  # fmt: skip


def notary_office_posts() -> dict:
    unit = "浔郦县公证处"
    sh = _Sheet("清单", [6, 12, 26, 30, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "主持全处工作,审批公证书", "对不符合条件的公证事项违规审批出证", "一级",
         "重大疑难事项集体讨论,审批留痕。", "leader"),
        ("公证员", "受理、审查、办理公证事项", "对当事人提交的材料审查不严出具错证", "一级",
         "实行双人核验,材料核实记录附卷。", "general"),
        ("公证员", "受理、审查、办理公证事项", "违规收取或减免公证费", "二级",
         "统一收费,收费标准上墙公示。", "general"),
        ("公证员助理", "协助核实证明材料", "核实走过场,为熟人出具虚假核实记录", "二级",
         "核实工作两人进行,定期抽查。", "general"),
        ("档案管理员", "公证档案保管与调阅", "违规调阅、泄露公证档案信息", "三级",
         "调档登记审批,档案室视频监控。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], GRADES[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年7月", None)
    return _layout(
        "notary_office_posts", "https://www.fudaoke.com/exam/2761969.html",
        "县公证处 岗位廉政风险防控清单 对岗不对人 after the source's account of 公证机构 内部管理 (双人核验, 三级审批, "
        "档案调阅, 风险防控): NO 科室 column — posts 主任, 公证员 (two points, 岗位 and 岗位职责 merged), 公证员助理, "
        "档案管理员 as written; 风险等级 一级/二级/三级; no type column; 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def gas_office_notes_above() -> dict:
    unit = "蕖阳县城市燃气管理所"
    sh = _Sheet("Sheet1", [6, 10, 10, 8, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    _line(sh, "填表说明:", 8)
    _line(
        sh,
        "1.风险类型分思想道德、制度机制、岗位职责、业务流程、外部环境五类,按主要类型填写一类;",
        8,
    )
    _line(sh, "2.风险等级按高、中、低三级填写;", 8)
    _line(sh, "3.防控措施应具体、可操作。", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "蒲德胜", "燃气经营许可审查把关不严", "岗位职责", "高",
         "许可审查实行股室初审、所务会审定。", "leader"),
        ("安全监管股", "股长", "阎晓峰", "安全检查发现隐患不督促整改", "岗位职责", "中",
         "隐患台账销号管理,整改结果复查。", "middle"),
        ("安全监管股", "检查员", "柴可欣", "接受燃气企业宴请降低检查标准", "思想道德", "中",
         "检查两人以上,检查记录企业签字。", "general"),
        ("综合股", "会计", "路婉婷", "举报奖金发放不核实", "制度机制", "低",
         "奖金发放凭查证记录,名单存档。", "general"),
        ("综合股", "股长", "伍家明", "瓶装液化气执法罚没物品处置不规范", "业务流程", "高",
         "罚没物品登记入库,统一拍卖处置。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, "2024年8月", None)
    return _layout(
        "gas_office_notes_above",
        "http://www.hbqj.gov.cn/xxgk/xxgkml/szfxxgkml/gysyjs/szfw/czrqgl/202210/t20221014_4349433.html",
        "县城市燃气管理所 廉政风险防控一览表 after the source's account of a 城市燃气管理所's 有奖举报 (占压管道, 私拉乱接, "
        "黑气贩, 奖金发放): the 填表说明 ABOVE the header, four merged lines (``填表说明:``, ``1.风险类型分思想道德、制度"
        "机制、岗位职责、业务流程、外部环境五类…``, ``2.风险等级按高、中、低三级填写;``, ``3.防控措施…``); 序号/股室 "
        "merged (所领导, 安全监管股, 综合股)/岗位/责任人/风险点/风险类型 (short)/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def special_equipment_post_grade() -> dict:
    unit = "汀蘩县特种设备检验所"
    sh = _Sheet("一览表", [6, 10, 10, 8, 10, 32, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "岗位风险等级", "风险点", "风险点等级", "防控措施")
    rows = [
        ("检验一室", "主任", "宁海波", "一级", "锅炉定期检验结论出具不实", "高",
         "检验报告实行编制、审核、批准三级签字。", "middle"),
        ("检验一室", "检验员", "邰晨", "二级", "检验中接受使用单位宴请", "中",
         "检验人员不少于两人,廉洁回访。", "general"),
        ("检验二室", "主任", "习家和", "一级", "电梯检验收费标准执行不一", "中",
         "收费标准公示,票据统一开具。", "middle"),
        ("检验二室", "检验员", "苗静怡", "二级", "起重机械检验数据人为修改", "高",
         "检验数据现场录入系统,修改留痕。", "general"),
        ("综合科", "会计", "查宇", "三级", "检验收入未及时入账", "低", "收入日清月结,每月对账。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, grade, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, grade, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "special_equipment_post_grade", "http://www.fymate.net/html/text/lar/171402/17140270_3.html",
        "县特种设备检验所 岗位廉政风险防控一览表 after the source's account of 特种设备 监管考核 (定期检验率, 监督检验, "
        "重点监控设备): 序号/科室 merged (``检验一室``, ``检验二室``, 综合科)/岗位/姓名/a ``岗位风险等级`` 一级/二级/三级 "
        "(the post's grade)/风险点/``风险点等级`` 高/中/低 (the point's level, which DISAGREES with the post's grade on "
        "some rows)/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def fitness_center_holder_in_cell() -> dict:
    unit = "翎渚县全民健身中心"
    sh = _Sheet("排查表", [6, 12, 16, 32, 12, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险排查表", 8)
    sh.add("序号", "部门", "岗位(责任人)", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("场馆运营部", "部长", "庞立言", "场馆低价或免费出租给关系单位", "岗位职责风险", "高",
         "场地租赁价格公示,合同经中心审定。", None, "middle"),
        ("场馆运营部", "收费员", "郗敏", "场馆门票收入截留", "制度机制风险", "中",
         "实行电子售票,收入日清日缴。", None, "general"),
        ("赛事活动部", "部长", "谭书勤", "赛事承办单位选择不公开", "业务流程风险", "中",
         "承办单位公开遴选,结果公示。", "新增", "middle"),
        ("赛事活动部", "干事", "钮小川", "赛事奖品采购虚报数量", "思想道德风险", "低",
         "奖品验收入库,发放签字。", None, "general"),
        ("财务室", "会计", "房佩瑶", "健身器材维修费审核不严", "制度机制风险", "中",
         "维修凭维修单、验收单报销。", "新增", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, f"{post}({who})", point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, None, "2024年10月", None, None)
    return _layout(
        "fitness_center_holder_in_cell", "https://www.fx361.cc/page/2016/0530/22138877.shtml",
        "县全民健身中心 廉政风险排查表 after the source's account of 体育系统 廉政风险防控 (场馆, 赛事, 风险查找): "
        "序号/部门 merged (场馆运营部, 赛事活动部, 财务室)/a ``岗位(责任人)`` column written ``部长(庞立言)``/风险点/"
        "风险类别 ``…风险``/风险等级 高/中/低/防控措施/a trailing ``备注`` (``新增``); 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    rescue_center_one_line_holder(),
    funeral_home_workshop(),
    fishery_bureau_sheets(),
    sports_school_pairs(),
    notary_office_posts(),
    gas_office_notes_above(),
    special_equipment_post_grade(),
    fitness_center_holder_in_cell(),
]

RESAVED = (
    "funeral_home_workshop",
    "fishery_bureau_sheets",
    "sports_school_pairs",
    "fitness_center_holder_in_cell",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b96_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b96_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch96-inbox"))

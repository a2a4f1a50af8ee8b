"""A hundred-and-fourteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, filled by
the staff of bodies no earlier batch drew on (a 县气象局, a 县档案馆, a 县统计局, a 县医疗保障局, a 县人民
防空办公室, a 县机关事务服务中心, a 县文化馆 and a 镇便民服务中心), handed back as the 附件2 / 附件3 /
附件4 of ``workbook_templates/`` or as an office's own 自查表 / 防控卡 / 承诺书 / 登记表, with the
everyday habits staff have. Every unit is a body of an invented 江都县 (its town 蔺湖镇 invented too):

- the 气象局's 局长's 附件2 (tab 附件2): ``姓名 | 禤知澜 | 职务 | 党组书记、局长 | 岗位风险等级 | 一级``,
  分管工作 merged over two rows, ``…风险`` types, 高/中/低, the template's unused rows 4–8 left with only
  their printed number, a ``“三重一大”方面`` row over one filled row, review boxes blank, 注;
- the 档案馆's 接收征集科 附件3 by its 科长, the tab renamed ``接收征集科``: ``科室 | 接收征集科 | 负责人
  | 扈听雪 | 岗位风险等级 | 二级``, 岗位职责 merged, 工作流程 filled, short types, ``一级/二级/三级``;
- the 统计局's two 附件4 in one workbook, one a sheet, the tabs the holders' names: ``所在科室及职务 |
  统计执法股科员`` / ``综合股办事员``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 医疗保障局's 基金监管股 稽核员's 个人廉政风险自查表: ``姓名 | … | 股室 | … | 岗位 | …`` in one row,
  ``事项名称 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施 | 自查情况`` (``自查情况`` filled ``无此情况`` /
  ``已落实``), ``自查人签字：亢雨眠`` and the date under it;
- the 人民防空办公室's 工程科 科长's 岗位廉政风险防控卡: the labels ``持卡人 | 所在科室 | 职务 | 岗位风险
  等级`` on one row and their values on the row below, a short ``风险点`` beside a long ``风险表现``, 高/中/低,
  no type column, a trailing ``监督责任人`` (the 副主任) merged down;
- the 机关事务服务中心's 驾驶员's 廉洁风险防控承诺书: ``姓名 | … | 所在科室 | 公务用车服务科 | 岗位 |
  驾驶员``, ``序号 | 廉洁风险点 | 风险等级 | 防控措施``, 高/中/低, a merged pledge paragraph and
  ``承诺人：揭远山`` with the date;
- the 镇便民服务中心's 窗口人员廉政风险自查表, one sheet a window (tabs ``民政窗口``, ``社保窗口``):
  ``姓名 | … | 所在站所 | 便民服务中心 | 窗口名称 | 民政事务窗口``, short types, ``一级/二级/三级``.

One is harder:

- ``culture_center_cadre_grid``: the 文化馆's 岗位廉政风险登记表 laid out like a 干部登记表, one a sheet
  (``Sheet1``, ``Sheet2``): ``姓名 | … | 性别 | … | 出生年月 | 1988.09`` over ``政治面貌 | … | 所在部室 |
  音乐培训部 | 岗位 | 培训辅导员``, a merged ``岗位职责`` row, then the risk table; the 科室's label is
  ``所在部室``.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a 市气象局's rules for its 气象协理员 and 信息员; the 档案检查工作办法;
a 区统计局's 制度汇编 with its 局办公室工作职责; an 区医疗保障局's 医保基金核查中心; the 瑞安 人防办 窝案 of a
审批科; a 机关服务中心's meeting with its 驾驶员 on 公务用车 safety; a 县文化馆's eight 职能部室; a 镇's new
便民服务中心 with its 窗口) and the layout follows their words. Rows worded by us, names invented.

Run ``python tests/published/score.py --set batch114`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b114_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 附件3's form is the 科室 and its 负责人 with no post (title ""), as in batch102;
- the labels ``持卡人 | 所在科室 | 职务`` on one row with their values under them are pairs;
- ``自查情况`` (``无此情况``, ``已落实``) is the holder's answer, no point and no measure;
- ``监督责任人`` beside a 防控卡's own 持卡人 is the one who watches, no holder;
- a pledge's paragraph is no point; ``承诺人：揭远山`` is the holder named above;
- ``所在部室`` is the 科室's field; 性别, 出生年月, 政治面貌 name nothing;
- a 镇便民服务中心's window is the post (``民政事务窗口``), 便民服务中心 the 科室, the 镇 the unit;
- 局长, 主任 of the 人防办 are leaders; 科长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import HEAD, NOTE, NOTE_GENERAL, REVIEWS, _line, _merge_runs, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b114_"
PLACE = "江都县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}


# --------------------------------------------------------------------------- harder layout


def culture_center_cadre_grid() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    people = [
        ("Sheet1", "羿清歌", "女", "1988.09", "群众", "音乐培训部", "培训辅导员",
         "负责器乐、声乐公益培训班的招生、授课和学员管理", [
            ("公益培训班招生不公开,为熟人预留名额", "岗位职责", "中",
             "招生名额、报名条件和录取名单在馆内和公众号公示。"),
            ("以公益培训名义向学员收取资料费、器材费", "思想道德", "高",
             "公益培训一律免费,确需自备器材的书面告知,馆里不经手任何费用。"),
            ("在馆外有偿培训中招揽馆内学员", "外部环境", "中", "签订不兼职有偿培训承诺,接受学员家长监督。"),
        ]),
        ("Sheet2", "汲小禾", "男", "1993.02", "中共党员", "非遗中心", "干事",
         "负责非物质文化遗产项目申报材料整理和传承人补助发放", [
            ("非遗项目申报材料把关不严,帮助弄虚作假", "岗位职责", "高",
             "申报材料实地核实,经部室初审、馆务会审定后上报。"),
            ("传承人补助发放对象、金额与名单不符", "制度机制", "中",
             "补助按文旅局核定名单通过银行代发,发放明细公示。"),
            ("非遗展演活动经费报销虚列演员劳务费", "业务流程", "低",
             "劳务费凭签到表和银行转账记录据实报销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, born, party, dept, post, duty, points in people:
        sh = _Sheet(tab, [12, 14, 12, 14, 12, 30])
        _line(sh, f"{unit}岗位廉政风险登记表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("政治面貌", party, "所在部室", dept, "岗位", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", None, "风险类型", "风险等级", "防控措施")
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 2)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, None, typ, lv, measures)
            sh.merge(r, 1, r, 2)
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "部室负责人:", None, "2024年10月", None)
        sheets.append(sh)
    return _layout(
        "culture_center_cadre_grid", "http://dianjiuwan.cn/home-newsinfo-id-2.html",
        "(harder) 县文化馆 岗位廉政风险登记表, one per sheet (Sheet1, Sheet2), after the source's account of a 县文化馆's "
        "eight 职能部室 (书画非遗展厅, 音乐培训部, 群众舞蹈部, 非遗中心, 老年大学, 办公室 …) and its 免费开放: laid out like "
        "a 干部登记表 — ``姓名 | 羿清歌 | 性别 | 女 | 出生年月 | 1988.09`` over ``政治面貌 | 群众 | 所在部室 | 音乐培训部 | "
        "岗位 | 培训辅导员`` (Sheet2: 汲小禾, 非遗中心, 干事), a ``岗位职责`` row merged across, then 序号/风险点 (merged "
        "over two columns)/风险类型 (short names)/风险等级 高/中/低/防控措施; 本人签字/部室负责人/date",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def weather_bureau_annex2() -> dict:
    unit = f"{PLACE}气象局"
    who, post = "禤知澜", "党组书记、局长"
    sh = _Sheet("附件2", [6, 22, 36, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("主持全面工作,分管计划财务", "气象现代化建设项目资金安排不经党组集体研究", "制度机制风险", "高",
         "项目资金安排提交党组会议集体研究,会议纪要存档,按年公开。"),
        (None, "自动气象站建设和维护项目指定供应商", "业务流程风险", "高",
         "设备采购纳入政府采购,验收由业务、财务、纪检三方参加。"),
        ("分管防雷和气象服务", "防雷装置设计审核、竣工验收为关系企业开绿灯", "岗位职责风险", "中",
         "审核验收实行承办、复核、审批三级把关,结果网上公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), HML[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    for n in range(4, 9):
        sh.add(n, None, None, None, None, None)
    _line(sh, "“三重一大”方面", 6)
    point = "气象协理员、信息员补助标准和人选确定个人说了算"
    sh.add(1, "参与党组决策", point, "思想道德风险", "低",
           "补助标准和人选经党组会议研究,名单在乡镇公示。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", point, ["思想道德"], 3)
    for n in range(2, 5):
        sh.add(n, None, None, None, None, None)
    _reviews(sh, REVIEWS[1:], 6)
    _line(sh, NOTE, 6)
    return _layout(
        "weather_bureau_annex2", "https://www.jiande.gov.cn/art/2022/7/27/art_1229432762_1823375.html",
        "县气象局 局长's 附件2 (tab 附件2) after the source's rules for a 市气象局's 气象协理员 and 信息员 (考核, 补助, 防灾"
        "减灾): ``姓名 | 禤知澜 | 职务 | 党组书记、局长 | 岗位风险等级 | 一级``; 序号/分管工作 merged over the first two "
        "rows/风险点/风险类型 ``…风险``/风险级别 高/中/低/防控措施; the template's rows 4–8 left holding only their "
        "printed number; a merged ``“三重一大”方面`` row, its row 1 filled and rows 2–4 numbers only; two blank review "
        "boxes; 注",
        [sh], t,
    )  # fmt: skip


def archives_annex3_tab() -> dict:
    unit = f"{PLACE}档案馆"
    who, dept = "扈听雪", "接收征集科"
    sh = _Sheet(dept, [22, 16, 36, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "二级")
    sh.add(*HEAD)
    rows = [
        ("档案接收进馆", "移交清册核对→进馆验收",
         "对移交单位档案整理质量把关不严,接受请托降低进馆标准", "岗位职责", "二级",
         "进馆验收两人以上,验收意见报分管馆长审签。"),
        (None, "档案数字化外包验收", "数字化外包服务验收走过场,虚增扫描页数", "业务流程", "一级",
         "外包加工量按系统日志核对,随机抽检比例不低于百分之五。"),
        ("档案征集", "征集线索→鉴定→定价", "征集档案、实物定价虚高,与出让人串通", "制度机制", "一级",
         "征集价格经专家鉴定、馆务会集体研究,征集协议存档。"),
        (None, "利用查阅", "违规向他人提供未开放档案", "思想道德", "三级",
         "查阅实行登记审批,未开放档案利用须经馆长批准。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, "", who, "middle", row[2], types_in(row[3]), ORDINAL[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE, 6)
    return _layout(
        "archives_annex3_tab", "https://da.xzdw.gov.cn/dayw/xxyd/202410/t20241012_516241.html",
        "县档案馆 接收征集科's 附件3 after the source's 档案检查工作办法 (档案收集, 整理, 保管, 利用, 数字化, 检查评价): the "
        "tab renamed ``接收征集科``; ``单位(盖章):江都县档案馆`` over ``科室 | 接收征集科 | 负责人 | 扈听雪 | 岗位风险等级 "
        "| 二级``; 岗位职责 merged over two rows each, 工作流程 filled, short types, ``一级/二级/三级``; one unused "
        "template row, blank review boxes, 注",
        [sh], t,
    )  # fmt: skip


def statistics_two_annex4() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    people = [
        ("仝望舒", "统计执法股", "科员", [
            ("统计执法检查中对企业虚报、瞒报统计数据不予查处", "岗位职责风险", "Ⅰ级",
             "执法检查两人以上,检查结果和处罚决定经局务会审定。"),
            ("泄露被检查单位名单和检查时间", "思想道德风险", "Ⅱ级", "检查对象随机抽取,检查前不对外告知。"),
            ("统计违法案件处罚裁量随意", "制度机制风险", "Ⅱ级", "按裁量基准处罚,处罚决定法制审核。"),
        ]),
        ("幸晚舟", "综合股", "办事员", [
            ("办公用品采购不比价,虚开发票", "业务流程风险", "Ⅱ级", "办公用品定点采购,验收和报账分离。"),
            ("普查调查经费中虚列普查员劳务补助", "制度机制风险", "Ⅰ级",
             "劳务补助按普查员名册银行代发,名册经乡镇核实。"),
            ("公务接待超标准,接待清单与实际不符", "外部环境风险", "Ⅲ级", "接待先审批,清单、发票和公函三单对照。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, points in people:
        sh = _Sheet(who, [22, 16, 36, 14, 8, 34])
        sh.add("附件4")
        _line(sh, "一般岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章):{unit}", 6)
        sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "二级")
        sh.add(*HEAD)
        first = len(sh.rows)
        duty = {"统计执法股": "统计执法检查", "综合股": "办公室后勤和经费管理"}[dept]
        for k, (point, kind, level, measures) in enumerate(points):
            sh.add(duty if k == 0 else None, None, point, kind, level, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(kind), ROMAN[level])
        _merge_runs(sh, 0, first, len(sh.rows) - 1)
        _reviews(sh, REVIEWS, 6)
        _line(sh, NOTE_GENERAL, 6)
        sheets.append(sh)
    return _layout(
        "statistics_two_annex4", "http://www.wuda.gov.cn/zcwj0/45229.jhtml",
        "县统计局's two 附件4 in one workbook, one a sheet, the tabs the holders' names, after the source's 区统计局 制度"
        "汇编 (机构职责, 局办公室工作职责, 统计执法检查): ``姓名 | 仝望舒 | 所在科室及职务 | 统计执法股科员 | 岗位风险等级 "
        "| 二级`` (Sheet 2: 幸晚舟, 综合股办事员); 岗位职责 merged over all rows, 工作流程 left blank, ``…风险`` types, "
        "``Ⅰ级/Ⅱ级/Ⅲ级``; blank review boxes, 注",
        sheets, t,
    )  # fmt: skip


def medical_insurance_selfcheck() -> dict:
    unit = f"{PLACE}医疗保障局"
    who, dept, post = "亢雨眠", "基金监管股", "稽核员"
    sh = _Sheet("Sheet1", [6, 16, 34, 10, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}个人廉政风险自查表", 7)
    sh.add("姓名", who, "股室", dept, "岗位", post, None)
    sh.add("序号", "事项名称", "廉政风险点", "风险类别", "风险等级", "防控措施", "自查情况")
    rows = [
        ("定点医药机构现场检查", "检查中接受定点机构宴请、礼品,对违规行为降格处理", "外部环境", "高",
         "检查两人以上,检查记录当场签字确认,处理意见股室集体研究。", "无此情况"),
        ("疑点数据核查", "对智能监控推送的疑点数据核查不实,擅自作合理处理", "岗位职责", "高",
         "疑点处理意见留痕,股长复核,按月抽查。", "已落实"),
        ("违规基金追回", "追回金额少算、不按期追缴", "业务流程", "中",
         "追回金额按核查结论逐项计算,追缴情况台账管理。", "已落实"),
        ("举报线索处理", "泄露举报人信息或向被举报机构通风报信", "思想道德", "中",
         "举报线索专人登记,信息严格保密。", "无此情况"),
    ]  # fmt: skip
    for n, (item, point, typ, lv, measures, check) in enumerate(rows, 1):
        sh.add(n, item, point, typ, lv, measures, check)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("自查人签字：亢雨眠", None, None, None, "2024年11月5日", None, None)
    return _layout(
        "medical_insurance_selfcheck", "http://ybj.xianning.gov.cn/zwdt/ybyw/202507/t20250729_4033505.shtml",
        "县医疗保障局 基金监管股 稽核员's 个人廉政风险自查表 after the source's account of a 区医疗保障局's 医保基金核查"
        "中心 (疑点数据筛查, 定点机构自查自纠, 追回违规基金): ``姓名 | 亢雨眠 | 股室 | 基金监管股 | 岗位 | 稽核员`` in "
        "one row; 序号/事项名称/廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施/``自查情况`` (``无此情况``, "
        "``已落实``); ``自查人签字：亢雨眠`` and the date under it",
        [sh], t,
    )  # fmt: skip


def civil_air_defence_card() -> dict:
    unit = f"{PLACE}人民防空办公室"
    who, dept, post, watcher = "植嘉言", "工程科", "科长", "鄢怀朴"
    sh = _Sheet("防控卡", [6, 18, 34, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("持卡人", None, "所在科室", "职务", "岗位风险等级", None)
    sh.merge(1, 0, 1, 1)
    sh.merge(1, 4, 1, 5)
    sh.add(who, None, dept, post, "一级", None)
    sh.merge(2, 0, 2, 1)
    sh.merge(2, 4, 2, 5)
    sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施", "监督责任人")
    rows = [
        ("防空地下室施工图审查", "审查把关不严,为建设单位少建、缓建防空地下室开绿灯", "高",
         "施工图审查意见经科室集体研究,审查结果报办公室主任审签。"),
        ("易地建设费减免", "违规为建设单位减免、缓缴易地建设费", "高",
         "减免缓缴一律经主任办公会研究,减免情况按季公开。"),
        ("人防工程竣工验收", "对不符合防护标准的工程通过验收", "中",
         "验收由质监、设计、使用单位共同参加,验收资料存档备查。"),
        ("人防设备质量监督", "指定或推荐人防防护设备生产企业", "低",
         "设备企业信息公开,建设单位自主选择,严禁推荐。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, desc, lv, measures, watcher)
        t.point(sh.name, dept, post, who, "middle", point, [], HML[lv])
    _merge_runs_same(sh, 5, first)
    sh.add()
    sh.add("持卡人签字:", None, None, "2024年9月", None, None)
    return _layout(
        "civil_air_defence_card", "http://zjrb.zjol.com.cn/html/2016-05/18/content_2972130.htm",
        "县人民防空办公室 工程科 科长's 岗位廉政风险防控卡 after the source's account of a 市人防办 窝案 (审批科, 人防工程审批"
        "和验收, 易地建设费): the labels ``持卡人 | 所在科室 | 职务 | 岗位风险等级`` on one row and their values ``植嘉言 | "
        "工程科 | 科长 | 一级`` on the row below; 序号/a short 风险点/a long ``风险表现``/风险等级 高/中/低/防控措施/"
        "``监督责任人`` (the 副主任 鄢怀朴, merged down); no type column; 持卡人签字/date",
        [sh], t,
    )  # fmt: skip


def _merge_runs_same(sh: _Sheet, col: int, first: int) -> None:
    """Merge ``col`` over the rows from ``first`` down holding the same value."""
    last = len(sh.rows) - 1
    for k in range(first + 1, last + 1):
        sh.rows[k][col] = None
    sh.merge(first, col, last, col)


def driver_pledge() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    who, dept, post = "揭远山", "公务用车服务科", "驾驶员"
    sh = _Sheet("Sheet1", [6, 36, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控承诺书", 4)
    sh.add("姓名", who, "所在科室", dept)
    sh.add("岗位", post, None, None)
    sh.add("序号", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("私自出车或将公务车辆借给他人使用", "高", "出车凭派车单,车辆轨迹由平台实时监控。"),
        ("虚报加油、过路过桥费用", "中", "一车一卡加油,费用与行车记录每月核对。"),
        ("车辆维修虚报维修项目,与维修厂串通", "中", "定点维修,维修项目经科长审核、旧件交回。"),
        ("出车途中接受服务对象宴请", "低", "出车执行公务时不参加服务对象安排的宴请。"),
    ]  # fmt: skip
    for n, (point, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    _line(sh, "本人承诺:严格遵守公务用车管理规定,自觉落实上述防控措施,不公车私用,不虚报费用,"
          "自觉接受组织和群众监督。如有违反,愿接受组织处理。", 4)  # fmt: skip
    sh.add(None, None, "承诺人：揭远山", None)
    sh.add(None, None, "2024年3月1日", None)
    return _layout(
        "driver_pledge", "https://hun.chinamine-safety.gov.cn/bmzc/202502/t20250207_519592.html",
        "县机关事务服务中心 公务用车服务科 驾驶员's 廉洁风险防控承诺书 after the source's account of a 机关服务中心's meeting "
        "with its 驾驶员 (安全驾驶, 公务用车管理, 恪守职业操守): ``姓名 | 揭远山 | 所在科室 | 公务用车服务科`` over ``岗位 | "
        "驾驶员``; 序号/廉洁风险点/风险等级 高/中/低/防控措施, no type column; a merged ``本人承诺:…`` paragraph, then "
        "``承诺人：揭远山`` and the date on the right",
        [sh], t,
    )  # fmt: skip


def town_service_windows() -> dict:
    unit = f"{PLACE}蔺湖镇"
    dept = "便民服务中心"
    t = _Truth(unit)
    people = [
        ("民政窗口", "占云岫", "民政事务窗口", [
            ("低保、特困对象申请材料审核不严,优亲厚友", "岗位职责", "一级",
             "申请材料窗口初审、民政办复核,拟保名单在村公示。"),
            ("代办残疾人两项补贴时截留补贴资金", "思想道德", "一级", "补贴通过一卡通直接发放,窗口不经手资金。"),
            ("临时救助申请受理后拖延不办", "业务流程", "三级", "申请登记编号,限时办结,超时提醒。"),
        ]),
        ("社保窗口", "戈暮云", "社会保障窗口", [
            ("城乡居民养老保险待遇资格认证弄虚作假", "岗位职责", "二级",
             "资格认证与公安、卫健死亡数据比对,每季度抽查。"),
            ("为不符合条件人员办理参保补缴", "制度机制", "一级", "补缴材料两人审核,补缴名单报县社保中心备案。"),
            ("向办事群众索要好处费", "外部环境", "三级", "窗口公开办事指南和监督电话,办件满意度回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, points in people:
        sh = _Sheet(tab, [6, 36, 12, 10, 8, 34])
        _line(sh, f"{unit}{dept}窗口人员廉政风险自查表", 6)
        sh.add("姓名", who, "所在站所", dept, "窗口名称", post)
        sh.add("序号", "风险点", "风险类型", None, "风险等级", "防控措施")
        sh.merge(len(sh.rows) - 1, 2, len(sh.rows) - 1, 3)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, None, lv, measures)
            sh.merge(r, 2, r, 3)
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), ORDINAL[lv])
        sh.add()
        sh.add("自查人:", None, "中心负责人:", None, "2024年7月", None)
        sheets.append(sh)
    return _layout(
        "town_service_windows", "https://dingzhoudaily.com/xiangzhen/2015-10-23/125941.html",
        "镇便民服务中心 窗口人员廉政风险自查表, one sheet a window (tabs 民政窗口, 社保窗口), after the source's account of a "
        "镇's new 便民服务中心 (窗口 综合咨询, 财政惠农, 社会保障, 民政事务; 一站式服务): the title ``江都县蔺湖镇便民服务中心"
        "窗口人员廉政风险自查表``, ``姓名 | 占云岫 | 所在站所 | 便民服务中心 | 窗口名称 | 民政事务窗口`` (Sheet 2: 戈暮云, "
        "社会保障窗口); 序号/风险点/风险类型 (short names, merged over two columns)/风险等级 ``一级/二级/三级``/防控措施; "
        "自查人/中心负责人/date",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    culture_center_cadre_grid(),
    weather_bureau_annex2(),
    archives_annex3_tab(),
    statistics_two_annex4(),
    medical_insurance_selfcheck(),
    civil_air_defence_card(),
    driver_pledge(),
    town_service_windows(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch114-inbox"))

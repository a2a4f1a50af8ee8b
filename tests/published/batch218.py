"""A two-hundred-and-eighteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form a person (the 附件2/
附件3/附件4 of workbook_templates/, or an office's own 防控卡, 自查表, 登记表, 承诺书) filled by the
staff of bodies no earlier batch used, of an invented 万盛区 (its towns 篁坪镇 and 棕岭 invented too),
with ordinary habits:

- a 医疗保障事务中心's 附件4, one sheet a person tabbed by the name, a two-character name typed
  with a full-width space to line up with the three-character ones (``滑　沅``), ``所在部门及职务 |
  稽核科稽核员``;
- a 行政事业单位国有资产管理中心's 附件2 for its acting head, the 职务 cell ``副主任（主持工作）``;
- a 景区管理处 售票员's 自查表 whose fields stand one a row down the left (``姓名 | …``, ``所在科室 |
  …``, ``岗位 | …``, ``填表时间 | <a date cell>``), a ``自查情况`` column (``无此问题``, ``已整改``);
- a 镇's 退役军人服务站 站长's 登记表 with a ``照片`` box merged down three field rows at the right
  (``姓名 | 性别 | 出生年月``, ``政治面貌 | 参加工作时间 | 文化程度``, ``工作单位 | 所在站所 | 职务``);
- a 规划和自然资源局's 规划自然资源所 所长's 自查表, ``单位（盖章）：万盛区规划和自然资源局棕岭规划自然
  资源所``, levels ``高级/中级/低级``, a ``完成时限`` column;
- a 区委网信办 舆情监测员's 承诺书, the table headed ``廉政风险点``, the 科室 and 职务 and the signing
  person in cells under it over two rows (``所在科室： | … | 职务： | …``, ``承诺人（签名）： | … |
  日期： | …``);
- a 采煤沉陷区综合治理事务中心's 附件3 for its 项目管理科, the template's unused rows left blank;
- a 工人疗养院 出纳's 防控卡: ``科室 | 财务科 | 岗位 | 出纳 | 持卡人 | …``, a 岗位职责 row, levels
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``监督人`` column merged down with the role ``财务科科长``.

One is harder, a shape the README's "读得懂的表" does not describe:

- ``mine_rescue_card_right_panel``: a 矿山救护队's 防控卡 whose holder stands in a panel to the RIGHT of
  the risk table, past a blank column — ``持卡人信息`` over label/value pairs one a row (``姓名 | …``,
  ``所在中队 | 一中队``, ``职务 | 中队长``, ``岗位风险等级 | 二级``, ``监督电话 | …``) beside the table's
  rows; nothing above the table but the title.

Each layout imitates the *shape* of such a form after a public page (its ``source``) that no earlier
batch cited; most pages describe their subject in prose (矿山救护队 中队 and 值班, 医保经办 内审 and
稽核科, 行政事业单位 资产出租出借, a 景区's 售票人员 倒票, 乡镇 退役军人服务站, 农村建房管理, 网络舆情信息员,
采煤沉陷区 治理, a 疗养院's 财务管理制度) and the layout follows their words for the unit, its parts,
its posts and its risks. Rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch218`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b218_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the panel right of the card's table names the card's holder, 中队 (the 科室) and post; its
  ``岗位风险等级`` and ``监督电话`` are no points;
- ``滑　沅`` is 滑沅; ``副主任（主持工作）`` is the post 副主任;
- ``单位（盖章）：万盛区规划和自然资源局棕岭规划自然资源所`` is unit the 局, 科室 the 所 (the 局/所
  convention); a 镇's 退役军人服务站 is a 科室 of the 镇 (unit ``万盛区篁坪镇人民政府``);
- a 附件3 form's post is "" (its 负责人 the holder), as the 附件3 forms of earlier batches;
- ``照片``, 性别, 出生年月, 政治面貌, 参加工作时间, 文化程度, ``自查情况``, ``完成时限``, ``备注``, ``监督人``
  and the pledge's paragraph are no points;
- the 副主任 (主持工作) of a 中心 is a leader; a 中队长, the 站长 of a 镇's 站, the 所长 of a 局's 所
  and a 科 负责人 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import NOTE, NOTE_GENERAL, REVIEWS, _line, _merge_runs, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b218_"
PLACE = "万盛区"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"高级": 1, "中级": 2, "低级": 3}
GAP = "\u3000"
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
FORM_HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险等级", "防控措施")


# --------------------------------------------------------------------------- harder layout


def mine_rescue_card_right_panel() -> dict:
    unit = f"{PLACE}矿山救护队"
    who, dept, post = "逄峤生", "一中队", "中队长"
    t = _Truth(unit)
    sh = _Sheet("防控卡", [6, 36, 9, 36, 3, 14, 16])
    _line(sh, f"{unit}岗位廉政风险防控卡", 7)
    r = sh.add("序号", "风险点", "风险等级", "防控措施", None, "持卡人信息", None)
    sh.merge(r, 5, r, 6)
    points = [
        ("救援装备、氧气呼吸器等物资采购验收时收受供应商好处", "高",
         "装备采购按政府采购程序办理,验收由中队、队部和技术员三方签字。"),
        ("为服务煤矿出具预防性安全检查意见时弄虚作假", "高",
         "预防性检查两人以上进行,检查记录和整改意见报队部备案。"),
        ("救护服务费收取不开票、私自减免", "中", "服务费统一由队部财务收取,中队不经手现金。"),
        ("值班车辆、救援装备挪作私用", "中", "值班车辆出车登记,装备做到账、物、卡三相符。"),
        ("队员考核、评先推荐中优亲厚友", "低", "考核细则公开,评先结果在队内公示。"),
    ]  # fmt: skip
    panel = [("姓名", who), ("所在中队", dept), ("职务", post), ("岗位风险等级", "二级"),
             ("监督电话", "023-48271906")]  # fmt: skip
    for n, ((point, lv, measures), (label, value)) in enumerate(zip(points, panel, strict=True), 1):
        sh.add(n, point, lv, measures, None, label, value)
        t.point(sh.name, dept, post, who, "middle", point, [], HML[lv])
    sh.add()
    sh.add("持卡人签字：", None, None, "填卡日期：2024年7月", None, None, None)
    return _layout(
        "mine_rescue_card_right_panel", "https://anquan.com.cn/show-15-7721-1.html",
        "(harder) 区矿山救护队 岗位廉政风险防控卡 after the source's account of a 矿山救护队 (大队, 中队, 小队; 值班队, "
        "呼吸器械, 下井检查): the title, then the risk table 序号/风险点/风险等级 高/中/低/防控措施 (no type column) in "
        "A:D and, past a BLANK column E, a HOLDER PANEL in F:G beside the table's rows — ``持卡人信息`` merged over "
        "label/value pairs one a row ``姓名 | 逄峤生``, ``所在中队 | 一中队``, ``职务 | 中队长``, ``岗位风险等级 | 二级``, "
        "``监督电话 | 023-…``; nothing above the table but the title; ``持卡人签字： | 填卡日期：…`` under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def medical_insurance_annex4() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    t = _Truth(unit)
    people = [
        ("滑沅", f"滑{GAP}沅", "稽核科", "稽核员", "三级", [
            ("负责定点医药机构日常稽核和违规费用追回", "现场稽核", "稽核中发现违规问题不如实记录,收受定点机构好处",
             "思想道德风险", "高", "稽核两人以上进行,稽核记录由被稽核机构签字确认,科长复核。"),
            (None, "疑点核查", "对系统筛查出的疑点数据选择性核查", "岗位职责风险", "中",
             "疑点数据全部登记,核查结果逐条销号。"),
            (None, "违规费用追回", "违规费用追回不到位,擅自减少追回金额", "制度机制风险", "中",
             "追回金额经科室集体审核,按月与财务对账。"),
        ]),
        ("闵汀筠", "闵汀筠", "待遇审核科", "审核员", "二级", [
            ("负责住院、门诊慢特病费用审核和待遇支付", "费用审核", "审核把关不严,为不符合政策的费用报销", "岗位职责风险",
             "高", "审核实行初审、复审两级,系统规则自动拦截。"),
            (None, "慢特病认定", "降低标准认定门诊慢特病待遇", "业务流程风险", "中", "认定由专家评审,结果公示。"),
            (None, "异地就医备案", "违规为他人办理异地就医备案", "外部环境风险", "低", "备案材料线上留痕,定期抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, shown, dept, post, grade, rows in people:
        sh = _Sheet(who, [22, 12, 36, 14, 8, 34])
        sh.add("附件4")
        _line(sh, "一般岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章):{unit}", 6)
        sh.add("姓名", shown, "所在部门及职务", f"{dept}{post}", "岗位风险等级", grade)
        sh.add(*FORM_HEAD)
        first = len(sh.rows)
        for row in rows:
            sh.add(*row)
            t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), HML[row[4]])
        _merge_runs(sh, 0, first, len(sh.rows) - 1)
        _reviews(sh, REVIEWS, 6)
        _line(sh, NOTE_GENERAL, 6)
        sheets.append(sh)
    return _layout(
        "medical_insurance_annex4", "http://ylbz.xuancheng.gov.cn/News/show/1168738.html",
        "区医疗保障事务中心 附件4 一般岗位廉政风险识别和防控表 after the source's account of a 医保经办机构's 内审 (稽核科, "
        "基金征缴, 医务审核, 财务): one sheet per person TABBED BY NAME (``滑沅``, ``闵汀筠``); ``单位(盖章):…``; the field "
        "row ``姓名 | 滑　沅 | 所在部门及职务 | 稽核科稽核员 | 岗位风险等级 | 三级`` — the two-character name typed with a "
        "FULL-WIDTH SPACE between its characters to line up with three-character names; 岗位职责 merged/工作流程/风险点/"
        "``…风险``/高/中/低/防控措施; three blank review boxes; 注",
        sheets, t,
    )  # fmt: skip


def state_assets_annex2() -> dict:
    unit = f"{PLACE}行政事业单位国有资产管理中心"
    who, post = "戚蘅皋", "副主任"
    t = _Truth(unit)
    sh = _Sheet("Sheet1", [6, 18, 36, 12, 8, 34])
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", f"{post}（主持工作）", "岗位风险等级", "一级")
    sh.add(*LEADER_HEAD)
    duty = "主持中心全面工作,分管资产出租出借审核、资产处置和公物仓管理"
    rows = [
        ("资产出租出借不按规定公开招租,低价租给关系人", "岗位职责", "高",
         "出租出借一律公开招租,租金底价经评估确定,结果公示。"),
        ("资产处置评估价值不实,造成国有资产流失", "制度机制", "高",
         "处置资产委托评估机构评估,处置方案集体研究并报财政局审批。"),
        ("租金收缴不及时,减免租金不按程序", "业务流程", "中", "建立租金收缴台账,减免事项集体研究。"),
        ("公物仓调剂资产时优亲厚友", "思想道德", "低", "调剂资产清单公开,按申请先后顺序调剂。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, kind, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty if n == 1 else None, point, kind, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), HML[lv])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _line(sh, "“三重一大”方面", 6)
    point = "大额资金使用和重大资产处置事项不提交集体研究"
    sh.add(
        1, "参与集体决策", point, "制度机制", "高", "严格执行“三重一大”集体决策,会议纪要存档备查。"
    )
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _reviews(sh, REVIEWS[1:], 6)
    _line(sh, NOTE, 6)
    return _layout(
        "state_assets_annex2", "http://fsou.com/html/text/lar/172694/17269493_5.html",
        "区行政事业单位国有资产管理中心 附件2 领导岗位廉政风险识别和防控表 after the source's rules on 行政事业单位国有资产 "
        "出租、出借 (报批, 公开, 资产评估, 不得出租出借的情形): ``姓名 | 戚蘅皋 | 职务 | 副主任（主持工作） | 岗位风险等级 | "
        "一级``; 序号/分管工作 merged/风险点/short types/高/中/低/防控措施; the ``“三重一大”方面`` row and one point under "
        "it; two blank review boxes; 注",
        [sh], t,
    )  # fmt: skip


def scenic_seller_fields_down() -> dict:
    unit = f"{PLACE}岩茨峡景区管理处"
    who, dept, post = "禤蔓青", "票务科", "售票员"
    t = _Truth(unit)
    sh = _Sheet("自查表", [12, 36, 10, 36, 12])
    _line(sh, "岗位廉政风险自查表", 5)
    _line(sh, f"单位：{unit}", 5)
    for label, value in (("姓名", who), ("所在科室", dept), ("岗位", post),
                         ("填表时间", datetime(2024, 6, 12))):  # fmt: skip
        r = sh.add(label, value, None, None, None)
        sh.merge(r, 1, r, 4)
    sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
    rows = [
        ("与票贩子勾结,倒卖门票", "高", "实行实名制电子售票,售票窗口视频监控全覆盖。", "无此问题"),
        ("收取现金不出票,私自放人入园", "高", "现金收款当班交接,票款与系统售票数据日清日结。", "无此问题"),
        ("违规办理优惠票、免票", "中", "优惠票、免票凭有效证件登记,每日复核。", "已整改"),
        ("门票收入截留、挪用", "中", "票款当日存入指定账户,财务每周稽核。", "无此问题"),
    ]  # fmt: skip
    for n, (point, lv, measures, done) in enumerate(rows, 1):
        sh.add(n, point, lv, measures, done)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    sh.add()
    sh.add("本人签字：", None, "科室负责人签字：", None, None)
    return _layout(
        "scenic_seller_fields_down",
        "http://big5.ce.cn/gate/big5/www.ce.cn/xwzx/gnsz/gdxw/201703/21/t20170321_21193740.shtml",
        "区景区管理处 售票员's 岗位廉政风险自查表 after the source's report of a 公园's 售票人员 selling tickets to 黄牛 "
        "(票务管理规定, 实名制票务系统): the title, ``单位：万盛区岩茨峡景区管理处``, then the fields ONE A ROW down the left, "
        "each value merged across — ``姓名 | 禤蔓青``, ``所在科室 | 票务科``, ``岗位 | 售票员``, ``填表时间 | <date cell>``; "
        "序号/风险点/风险等级 高/中/防控措施/``自查情况`` (``无此问题``, ``已整改``); no type column; ``本人签字： | 科室负责人"
        "签字：`` unfilled",
        [sh], t,
    )  # fmt: skip


def town_veterans_register_photo() -> dict:
    unit = f"{PLACE}篁坪镇人民政府"
    who, dept, post = "宦北辰", "退役军人服务站", "站长"
    t = _Truth(unit)
    sh = _Sheet("Sheet1", [6, 22, 12, 32, 10, 30, 12])
    _line(sh, "岗位廉政风险登记表", 7)
    r = sh.add("姓名", who, "性别", "男", "出生年月", "1984.03", "照片")
    sh.add("政治面貌", "中共党员", "参加工作时间", "2005.12", "文化程度", "大专", None)
    sh.add("工作单位", unit, "所在站所", dept, "职务", post, None)
    sh.merge(r, 6, r + 2, 6)
    r = sh.add("岗位风险等级", "二级", "填表时间", "2024年5月", None, None, None)
    sh.merge(r, 3, r, 6)
    sh.add("序号", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    duty = "负责退役军人信息采集、优抚对象待遇初审和走访慰问"
    rows = [
        ("优抚对象定期抚恤补助初审把关不严,为不符合条件的人员申报", "岗位职责风险", "高",
         "申报材料双人审核,初审名单在村(社区)公示。", None),
        ("截留、挪用走访慰问金和慰问物资", "思想道德风险", "中", "慰问金打卡发放,慰问物资领用签字并留存照片。", None),
        ("退役军人创业就业扶持对象推荐中优亲厚友", "制度机制风险", "中", "推荐条件和名单公示,镇党政办公室复核。",
         "新增"),
        ("泄露退役军人个人信息", "外部环境风险", "低", "信息系统账号专人管理,查询记录留痕。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, kind, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, duty if n == 1 else None, point, kind, lv, measures, note)
        t.point(sh.name, dept, post, who, "middle", point, types_in(kind), HML[lv])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    sh.add()
    sh.add("本人签字：", None, None, "镇党委审核意见：", None, None, None)
    return _layout(
        "town_veterans_register_photo",
        "https://tyjrswj.lsz.gov.cn/ztzn/tyjrfc/202507/t20250725_2860771.html",
        "镇 退役军人服务站 站长's 岗位廉政风险登记表 after the source's accounts of 乡镇退役军人服务站 (服务保障, 走访慰问, "
        "优抚帮扶, 信息采集): a personnel-register head — ``姓名 | 宦北辰 | 性别 | 男 | 出生年月 | 1984.03 | 照片``, "
        "``政治面貌 | 中共党员 | 参加工作时间 | 2005.12 | 文化程度 | 大专``, ``工作单位 | 万盛区篁坪镇人民政府 | 所在站所 | "
        "退役军人服务站 | 职务 | 站长`` with the ``照片`` box MERGED DOWN the three rows at the right — then ``岗位风险等级 | "
        "二级 | 填表时间 | …``; 序号/岗位职责 merged/风险点/风险类别 ``…风险``/高/中/低/防控措施/备注 (``新增``); "
        "``本人签字： | 镇党委审核意见：``",
        [sh], t,
    )  # fmt: skip


def land_office_selfcheck() -> dict:
    unit = f"{PLACE}规划和自然资源局"
    who, dept, post = "乜松岚", "棕岭规划自然资源所", "所长"
    t = _Truth(unit)
    sh = _Sheet("Sheet1", [6, 36, 12, 10, 36, 12])
    _line(sh, "个人廉政风险点自查表", 6)
    r = sh.add(f"单位（盖章）：{unit}{dept}", None, None, None, "填表时间：2024年5月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "完成时限")
    rows = [
        ("农村宅基地审批初审中收受建房户好处,降低审查标准", "岗位职责", "高级",
         "宅基地申请材料所内集体初审,审查结果在村公示。", "长期坚持"),
        ("用地巡查发现违法占地不制止、不上报", "外部环境", "高级", "巡查实行网格化,巡查记录每日上传执法平台。",
         "长期坚持"),
        ("为关系人违规出具规划选址意见", "制度机制", "中级", "选址意见经所务会研究,报局规划科审核。", "长期坚持"),
        ("农房测绘成果审核走过场", "业务流程", "低级", "测绘成果抽查复核,问题成果退回重测。", "2024年底前"),
    ]  # fmt: skip
    for n, (point, kind, lv, measures, due) in enumerate(rows, 1):
        sh.add(n, point, kind, lv, measures, due)
        t.point(sh.name, dept, post, who, "middle", point, types_in(kind), GRADES[lv])
    sh.add()
    sh.add("自查人签名：", None, None, "局审核意见：", None, None)
    return _layout(
        "land_office_selfcheck", "https://um.sanwen.net/special/gpenjf.html",
        "区规划和自然资源局's 镇 规划自然资源所 所长's 个人廉政风险点自查表 after the source's rules on 农村建房管理 (宅基地 "
        "申请、审批, 违法建房 巡查): ``单位（盖章）：万盛区规划和自然资源局棕岭规划自然资源所 | 填表时间：…``, ``姓名 | 乜松岚 | "
        "职务 | 所长 | 岗位风险等级 | 一级``; 序号/风险点/风险类型 (short names)/风险等级 ``高级/中级/低级``/防控措施/"
        "``完成时限`` (``长期坚持``); ``自查人签名： | 局审核意见：`` unfilled",
        [sh], t,
    )  # fmt: skip


def cyberspace_pledge() -> dict:
    unit = f"中共{PLACE}委网络安全和信息化委员会办公室"
    who, dept, post = "殳见川", "网络舆情科", "舆情监测员"
    t = _Truth(unit)
    sh = _Sheet("承诺书", [16, 36, 10, 36])
    _line(sh, "廉洁从业承诺书", 4)
    _line(sh, "为落实党风廉政建设责任制,本人对照岗位职责查找了廉政风险点,制定了防控措施,现郑重承诺:严格遵守廉洁从政"
              "各项规定,认真落实以下防控措施,自觉接受组织和群众监督。", 4)  # fmt: skip
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("接受请托,有偿删除、屏蔽网络负面信息", "高", "删帖、屏蔽处置一律按程序报批,处置记录存档备查。"),
        ("向外泄露尚未发布的舆情监测报告", "高", "舆情报告按密级管理,分发登记。"),
        ("舆情监测外包服务验收走过场", "中", "外包服务按合同指标逐月考核,两人验收。"),
        ("对网民举报线索压案不报", "低", "举报线索登记编号,处置结果定期通报。"),
    ]  # fmt: skip
    for n, (point, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    sh.add()
    _line(sh, f"单位（盖章）：{unit}", 4)
    sh.add("所在科室：", dept, "职务：", post)
    sh.add("承诺人（签名）：", who, "日期：", datetime(2024, 4, 18))
    return _layout(
        "cyberspace_pledge", "https://swgk.naimanyun.cn/front/information/7933",
        "区委网信办 舆情监测员's 廉洁从业承诺书 after the source's notice on 网络管理员, 网络舆情信息员 and 网络评论员 "
        "(舆情监控、收集、研判、报送): the title, a merged pledge paragraph naming nobody, 序号/``廉政风险点``/风险等级 "
        "高/中/低/防控措施 (no type column), then under it ``单位（盖章）：中共万盛区委网络安全和信息化委员会办公室`` and two "
        "rows of cells ``所在科室： | 网络舆情科 | 职务： | 舆情监测员`` and ``承诺人（签名）： | 殳见川 | 日期： | <date cell>``",
        [sh], t,
    )  # fmt: skip


def subsidence_annex3() -> dict:
    unit = f"{PLACE}采煤沉陷区综合治理事务中心"
    dept, head = "项目管理科", "钮槿言"
    t = _Truth(unit)
    sh = _Sheet("Sheet1", [22, 14, 36, 14, 8, 34])
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", head, "岗位风险等级", "一级")
    sh.add(*FORM_HEAD)
    rows = [
        ("负责避险搬迁、基础设施和生态修复项目的实施管理", "项目立项", "项目选址、规模论证不充分,向关系企业透露项目信息",
         "制度机制风险", "高", "项目立项经专家论证和中心集体研究,信息发布前严格保密。"),
        (None, "工程监管", "对施工单位偷工减料监管不力,收受好处", "岗位职责风险", "高",
         "实行监理、跟踪审计、中心三方监管,隐蔽工程影像留存。"),
        (None, "搬迁补助核定", "搬迁户补助面积核定不实,优亲厚友", "业务流程风险", "中", "核定结果村、镇、中心三级公示。"),
        (None, "资金拨付", "未按工程进度拨付治理资金", "外部环境风险", "低", "拨付依据监理和跟审意见,分管领导审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, "", head, "middle", row[2], types_in(row[3]), HML[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    for _ in range(4):  # the template's rows left unused
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE, 6)
    return _layout(
        "subsidence_annex3", "https://mycoal.cn/news/70363.html",
        "区采煤沉陷区综合治理事务中心 附件3 中层岗位廉政风险识别和防控表 after the source's account of 采煤沉陷区 (受影响的"
        "乡镇、村庄, 房屋斑裂, 争取上级资金扶持, 恢复生态环境): ``科室 | 项目管理科 | 负责人 | 钮槿言 | 岗位风险等级 | 一级``; "
        "岗位职责 merged/工作流程/风险点/``…风险``/高/中/低/防控措施, four points then FOUR EMPTY template rows left "
        "under them; three blank review boxes; 注",
        [sh], t,
    )  # fmt: skip


def sanatorium_cashier_card() -> dict:
    unit = f"{PLACE}工人疗养院"
    who, dept, post = "靳芷荀", "财务科", "出纳"
    t = _Truth(unit)
    sh = _Sheet("防控卡", [6, 36, 10, 8, 36, 12])
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("科室", dept, "岗位", post, "持卡人", who)
    r = sh.add(
        "岗位职责", "负责现金、银行存款收付,职工疗休养费用收取和票据管理", None, None, None, None
    )
    sh.merge(r, 1, r, 5)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "监督人")
    rows = [
        ("疗休养费用收取不开票、不入账", "制度机制", "Ⅰ级", "收费全部开具统一票据,当日缴存银行,日清月结。"),
        ("坐支现金、公款私存", "岗位职责", "Ⅰ级", "现金库存限额管理,科长不定期盘点。"),
        ("财务印鉴一人保管,违规支付款项", "制度机制", "Ⅱ级", "财务专用章与法人章分人保管,支付双人复核。"),
        ("疗休养餐费、住宿费报销审核不严", "业务流程", "Ⅱ级", "报销凭入住登记和结算单据逐笔审核。"),
        ("向供应商透露付款安排,收受好处", "外部环境", "Ⅲ级", "付款按合同和审批进度办理,付款信息不外传。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, kind, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, lv, measures, "财务科科长" if n == 1 else None)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), ROMAN[lv])
    sh.merge(first, 5, len(sh.rows) - 1, 5)
    sh.add()
    sh.add("持卡人签字：", None, None, None, "监督电话：023-48290315", None)
    return _layout(
        "sanatorium_cashier_card", "https://www.renrendoc.com/paper/506324699.html",
        "区工人疗养院 出纳's 岗位廉政风险防控卡 after the source's 疗养院财务管理制度 (收入核算, 资金使用, 财务部 与 医疗部、"
        "后勤部): the title, ``科室 | 财务科 | 岗位 | 出纳 | 持卡人 | 靳芷荀``, a merged 岗位职责 row, 序号/风险点/风险类型 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``监督人`` merged down with the role ``财务科科长``; "
        "``持卡人签字： | 监督电话：…``",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mine_rescue_card_right_panel(),
    medical_insurance_annex4(),
    state_assets_annex2(),
    scenic_seller_fields_down(),
    town_veterans_register_photo(),
    land_office_selfcheck(),
    cyberspace_pledge(),
    subsidence_annex3(),
    sanatorium_cashier_card(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch218-inbox"))

"""A hundred-and-twenty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表 or 承诺书, filled by
staff of bodies no earlier batch used, with ordinary habits. Every unit is a body of an invented
宜兴县 (its town 陶湾镇 invented too):

- the 民政局's 婚姻登记员's 附件4: ``单位(盖章):宜兴县民政局``, ``所在科室及职务 | 婚姻登记处婚姻登记员``
  (the 处 and the post run together), 岗位职责 and 工作流程 (``受理→审查→登记→颁证``) merged, ``…风险``
  types and ``Ⅰ级/Ⅱ级/Ⅲ级`` as the template's drop-downs give them, two unused rows, the first review
  box signed ``同意。`` with a date cell;
- a 茶果技术指导站's 站长's 附件2 retitled with the unit (``宜兴县茶果技术指导站领导岗位廉政风险识别和
  防控表``) and its ``单位(盖章):`` left empty, 分管工作 merged over two groups, the ``“三重一大”方面`` rows
  numbered from 1 again, the template's unused rows 3 and 4 holding only their number;
- the 新型墙体材料和散装水泥办公室's 稽查科 附件3 (``科室 | 稽查科 | 负责人 | 粟望川 | 岗位风险等级 | A``),
  工作流程 typed as numbered lines in one cell, one point of two types, ``一级/二级/三级``;
- a 口腔医院 医师's 个人廉洁风险自查表 whose fields stand as a label row over a value row
  (``科室 | 姓名 | 岗位 | 职称 | 填表日期``), a short 风险点 beside ``风险表现``, a ``自查情况`` column of
  ``无``, a merged ``本人承诺`` line under it;
- a 计量测试所 检定员's 登记表 with a ``监督人`` column naming the 所长 on every row (merged down) beside
  the holder's own ``姓名`` above, levels typed bare ``Ⅰ/Ⅱ/Ⅲ``;
- a 广播电视发射台's two 自查表, one tab per holder, the fields as a label row over a value row and a
  two-character name padded with a full-width space (``亢　昀``);
- a 镇's 村镇建设服务所 所长's 防控卡 under a title naming the 镇人民政府, ``持卡人 | … | 所在站所 | … |
  职务 | …``, 岗位职责 merged, 一级/二级/三级, a 监督举报电话 line;
- the 县委机关工委's 组织科 科长's 承诺书 whose holder is named by ``承诺人 | 宦知白`` in the row of
  fields ABOVE the table, a merged pledge under it, short types.

One is harder:

- ``water_works_copied_tab``: a 水利工程管理处's two 防控卡, the second made by copying the first
  sheet and never renaming the copy: its tab still reads ``濮听澜 (2)`` while its ``姓名`` field and
  its rows are 芮雪汀's (a 技术员 of the same 股).

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; the rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch126`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b126_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (a county 站's 站长 leader; 科长, 股长, a 镇 所's 所长 middle;
  医师, 检定员, 值机员, 维护工程师, 技术员 general);
- ``婚姻登记处婚姻登记员`` under ``所在科室及职务`` is the 科室 婚姻登记处 (a 处 of the 民政局) and the
  post 婚姻登记员;
- a 镇's own 村镇建设服务所 is a 科室 of the 镇 (unit ``宜兴县陶湾镇人民政府``);
- ``职称 | 主治医师`` is a rank, not the post (the post is ``岗位 | 临床医师``); the ``监督人`` is the
  one who oversees the holder, no holder; ``承诺人`` above the table is the holder;
- a copied tab's name (``濮听澜 (2)``) gives way to the ``姓名`` field on it;
- ``自查情况`` answers (``无``), the pledge, the 本人承诺 line, review boxes, 注 and sign-off lines are
  no points; a row holding only its printed number is no point.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b126_"
PLACE = "宜兴县"
TOWN = "陶湾镇"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
BLANK_DATE = "年  月  日"


def _reviews(sh: _Sheet, labels, ncols: int, filled=None, label_cols: int = 1) -> None:
    """The template's review boxes: the label (over ``label_cols`` columns), the opinion merged up
    to the last column but one, the date in the last; ``filled`` maps a label to (opinion, date)."""
    filled = filled or {}
    for label in labels:
        opinion, date = filled.get(label, (None, BLANK_DATE))
        r = sh.add(label, *([None] * (label_cols - 1)), opinion, *([None] * (ncols - label_cols - 2)),
                   date)  # fmt: skip
        if label_cols > 1:
            sh.merge(r, 0, r, label_cols - 1)
        sh.merge(r, label_cols, r, ncols - 2)


# --------------------------------------------------------------------------- harder layout


def water_works_copied_tab() -> dict:
    unit = f"{PLACE}水利工程管理处"
    t = _Truth(unit)
    cards = [
        ("濮听澜", "濮听澜", "工程管理股", "股长", "middle", "持卡人签字:", "分管副主任签字:", [
            ("堤防岁修工程量核定不实,多计工程量", "岗位职责", "高",
             "岁修工程量由股室两人以上现场计量,监理签字确认。"),
            ("闸站维修养护项目指定施工队伍", "制度机制", "高", "维修养护项目按规定比选,比选结果在处内公示。"),
            ("工程验收中接受施工单位宴请", "思想道德", "中", "验收人员签订廉洁承诺,验收意见集体研究。"),
        ]),
        ("濮听澜 (2)", "芮雪汀", "工程管理股", "技术员", "general", "持卡人签字:", "股长签字:", [
            ("闸门启闭运行记录弄虚作假", "岗位职责", "中", "运行记录与自动监控数据比对,每月抽查。"),
            ("工程巡查发现隐患不报告", "业务流程", "中", "巡查记录拍照定位上传,隐患当日上报股长。"),
            ("维修材料领用不登记,私自处置旧料", "制度机制", "低", "材料领用登记,旧料回收入库。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, sign, boss, points in cards:
        sh = _Sheet(tab, [6, 36, 10, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓名", who, "股室", dept, "岗位", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add(sign, None, boss, None, "2024年7月", None)
        sheets.append(sh)
    source = "https://jendow.com.tw/wiki/%E4%B8%8B%E7%B4%9A%E6%B9%96%E6%B0%B4%E5%88%A9%E7%AE%A1%E7%90%86%E5%B1%80"
    return _layout(
        "water_works_copied_tab", source,
        "(harder) 县水利工程管理处 岗位廉政风险防控卡 after the source's account of a 水利管理局 (水利管理股, 水政"
        "水资源股, 财务股; 堤防, 水闸, 岁修 and 维修养护, 工程运行): two cards in one workbook, the second made by "
        "COPYING the first sheet and never renaming the copy — tabs ``濮听澜`` and ``濮听澜 (2)`` — each under the "
        "same title with ``姓名 | … | 股室 | 工程管理股 | 岗位 | …`` above 序号/风险点/风险类型 short/风险等级 高/中/低/"
        "防控措施/an empty 备注; on the copied tab the ``姓名`` field reads ``芮雪汀`` (技术员) and the rows are hers; "
        "持卡人签字 and a date below",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def marriage_registry_annex4() -> dict:
    unit = f"{PLACE}民政局"
    who, dept, post = "阙霁棠", "婚姻登记处", "婚姻登记员"
    sh = _Sheet("一般岗位", [20, 18, 32, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "B级")
    sh.add(*HEAD)
    rows = [
        ("依法审查结婚、离婚登记申请", "受理→审查→登记→颁证", "对不符合条件的当事人违规办理结婚登记",
         "岗位职责风险", "Ⅰ级", "严格按《婚姻登记条例》审查证件,登记实行初审、复核两人签字。"),
        ("依法审查结婚、离婚登记申请", "受理→审查→登记→颁证", "收受当事人好处,为其插队或提前办理登记",
         "思想道德风险", "Ⅱ级", "实行网上预约、按号办理,登记窗口全程录音录像。"),
        ("补领婚姻登记证、出具婚姻登记记录证明", "受理→核对档案→出具证明", "未核实当事人身份即出具婚姻登记记录证明",
         "业务流程风险", "Ⅱ级", "出具证明前核对身份证件和原始档案,逐件登记台账。"),
        ("婚姻登记档案和印章管理", "归档→查阅→用印", "违规查询、泄露当事人婚姻登记信息", "制度机制风险", "Ⅲ级",
         "档案查阅凭审批单,系统查询留痕,登记专用章专人保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    sh.add(*([None] * 6))  # the template's rows left unused
    sh.add(*([None] * 6))
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", datetime(2024, 6, 14))})
    _line(sh, "注:此表一式三份,务于6月底前报县纪委监委及所在派驻纪检组、监察室。", 6)
    return _layout(
        "marriage_registry_annex4", "https://xiexiebang.com/a15/2019051516/1998e032ec10f0b9.html",
        "县民政局 婚姻登记员's 附件4 after the source's 婚姻登记处工作职责 and 登记员岗位责任制 (依法审查证件和办理婚姻"
        "登记, 补发婚姻证, 出具婚姻登记记录证明, 档案和印章): ``附件4``, the title, ``单位(盖章):宜兴县民政局``, ``姓名 | "
        "阙霁棠 | 所在科室及职务 | 婚姻登记处婚姻登记员 | 岗位风险等级 | B级`` (the 处 and the post RUN TOGETHER), "
        "岗位职责 merged/工作流程 with arrows merged/风险点/风险类型 ``…风险``/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, two "
        "unused rows, the 主管领导 review box signed ``同意。`` with a DATE CELL, the other two blank, 注",
        [sh], t,
    )  # fmt: skip


def tea_station_annex2() -> dict:
    unit = f"{PLACE}茶果技术指导站"
    who, post = "佘砚耕", "站长"
    sh = _Sheet("领导岗位", [6, 18, 34, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}领导岗位廉政风险识别和防控表", 6)
    _line(sh, "单位(盖章):", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("主持全站工作,分管财务和项目资金", "茶园建设补助资金分配不经站务会集体研究", "制度机制", "高",
         "补助资金分配方案经站务会集体研究,结果在村组公示。"),
        ("主持全站工作,分管财务和项目资金", "低产茶园改造补助面积审核把关不严,虚报冒领", "岗位职责", "高",
         "补助面积实地丈量,乡镇、村、站三方签字确认。"),
        ("主持全站工作,分管财务和项目资金", "站内费用报销审批把关不严", "制度机制", "中",
         "报销单据经会计审核、站长审批,大额支出集体研究。"),
        ("茶果新品种引进和技术推广", "新品种苗木采购指定供应商,收受回扣", "外部环境", "高",
         "苗木采购三家以上比价,采购结果公示。"),
        ("茶果新品种引进和技术推广", "技术培训虚报参训人数,套取培训经费", "思想道德", "低",
         "培训签到表、照片存档,经费据实报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "“三重一大”方面", 6)
    rows = [
        ("重大事项", "茶叶病虫害测报点设置不经集体研究,个人决定", "岗位职责", "中",
         "测报点设置方案经站务会研究,报农业农村局备案。"),
        ("大额资金使用", "大额资金支付不经集体研究", "制度机制", "高", "大额资金支付集体研究、会签,纪要存档。"),
    ]  # fmt: skip
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    sh.add(3, None, None, None, None, None)  # the template's rows left unused
    sh.add(4, None, None, None, None, None)
    _reviews(sh, REVIEWS[1:], 6, label_cols=2)
    _line(sh, "注:此表一式三份,于6月底前报县纪委监委。", 6)
    return _layout(
        "tea_station_annex2", "http://desirestar.com/Html/charenchashi/10113230405280.htm",
        "县茶果技术指导站 站长's 附件2 after the source's account of a 市's 现代茶叶生产发展项目资金 (标准化生态茶园建设"
        "补助, 茶叶品种改良, 新品种繁育基地, 病虫害测报点, 低产茶园改造): ``附件2``, the title RETITLED with the unit "
        "(``宜兴县茶果技术指导站领导岗位廉政风险识别和防控表``), ``单位(盖章):`` LEFT EMPTY, ``姓名 | 佘砚耕 | 职务 | 站长 "
        "| 岗位风险等级 | A级``, 序号/分管工作 merged over two groups/风险点/风险类型 short/风险级别 高/中/低/防控措施, the "
        "merged ``“三重一大”方面`` row over two points numbered 1 and 2 AGAIN, then the template's rows 3 and 4 holding "
        "only their number; two blank review boxes; 注",
        [sh], t,
    )  # fmt: skip


def wall_materials_office_annex3() -> dict:
    unit = f"{PLACE}新型墙体材料和散装水泥办公室"
    who, dept = "粟望川", "稽查科"
    sh = _Sheet("中层岗位", [18, 20, 32, 16, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "A")
    sh.add(*HEAD)
    refund = "1.受理返退申请\n2.现场核查使用比例\n3.出具核验意见"
    rows = [
        ("新型墙体材料专项基金返退核验", refund, "虚报新型墙体材料使用比例,为建设单位多返专项基金",
         "岗位职责风险、外部环境风险", "一级",
         "核验两人以上到场,使用比例按购进发票和现场抽查核定,核验结果报办公室集体审核。"),
        ("新型墙体材料专项基金返退核验", refund, "对逾期申报的返退申请违规受理", "制度机制风险", "二级",
         "返退申请按竣工之日起的时限受理,逾期一律不予补退。"),
        ("禁用实心粘土砖执法检查", "1.检查\n2.立案\n3.处罚", "对违规使用实心粘土砖的工地检查前通风报信",
         "思想道德风险", "一级", "检查对象随机抽取,检查前不得告知,执法全程记录。"),
        ("禁用实心粘土砖执法检查", "1.检查\n2.立案\n3.处罚", "处罚裁量畸轻畸重", "制度机制风险", "二级",
         "执行处罚裁量基准,处罚决定集体审议。"),
        ("散装水泥专项资金征收稽查", "1.稽查\n2.补缴\n3.加收滞纳金", "对欠缴专项资金的建设单位应收不收,擅自减免滞纳金",
         "岗位职责风险", "三级", "欠缴名单按月报送,减免事项报主任办公会研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("情况属实,同意。", "2024年6月20日")})
    _line(sh, "注:此表一式三份,于6月底前报县纪委监委。", 6)
    return _layout(
        "wall_materials_office_annex3", "http://www.fymate.net/html/text/lar/168226/16822624_3.html",
        "县新型墙体材料和散装水泥办公室 稽查科's 附件3 after the source's 新型墙体材料专项基金 rules (返退 by the share of "
        "新型墙体材料 used, 过期不予补退, 滞纳金, 专款专用): ``附件3``, the title, ``单位(盖章):宜兴县新型墙体材料和散装水泥"
        "办公室``, ``科室 | 稽查科 | 负责人 | 粟望川 | 岗位风险等级 | A``, 岗位职责 merged/工作流程 typed as NUMBERED LINES "
        "in one cell (``1.受理返退申请⏎2.现场核查使用比例⏎3.出具核验意见``), merged/风险点/风险类型 ``…风险`` — one "
        "point of TWO types ``岗位职责风险、外部环境风险``/风险级别 一级/二级/三级/防控措施; the 主管领导 box signed "
        "``情况属实,同意。`` with a date, the others blank; 注",
        [sh], t,
    )  # fmt: skip


def dental_hospital_self_check() -> dict:
    unit = f"{PLACE}口腔医院"
    who, dept, post = "冉岫青", "口腔种植科", "临床医师"
    sh = _Sheet("自查表", [6, 14, 34, 9, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}医务人员个人廉洁风险自查表", 6)
    sh.add("科室", "姓名", "岗位", "职称", "填表日期", None)
    r = sh.add(dept, who, post, "主治医师", datetime(2024, 6, 11), None)
    sh.merge(r, 4, r, 5)
    sh.merge(r - 1, 4, r - 1, 5)
    sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施", "自查情况")
    rows = [
        ("种植体选用", "引导患者选用集采目录外的种植体,收取企业好处", "高",
         "种植体选用前向患者书面告知集采产品和价格,由患者签字确认。"),
        ("种植耗材使用", "虚记、多记种植耗材用量", "中", "耗材扫码出库,使用记录与收费明细逐月核对。"),
        ("医药代表接待", "私下接受经销企业安排的宴请、旅游和讲课费", "高",
         "医药代表按规定时间、地点接待并登记,外出讲课须经医院审批。"),
        ("患者转介", "将患者介绍到院外诊所治疗并收取介绍费", "中", "转诊按院内流程登记,科室定期回访。"),
        ("红包礼品", "收受患者及家属红包、礼品", "低", "签订医患双方不收不送红包协议,拒收登记。"),
    ]  # fmt: skip
    for n, (point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, desc, lv, measures, "无")
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    _line(sh, "本人承诺:以上自查情况真实,如有隐瞒,愿承担相应责任。", 6)
    sh.add("本人签名:", None, None, "科主任签名:", None, None)
    return _layout(
        "dental_hospital_self_check", "https://wxredian.com/art?id=919483000c46d4d5ca1098e3db083ef2",
        "县口腔医院 医师's 个人廉洁风险自查表 after the source's study of 种植牙耗材集中带量采购 and the 廉政风险 of "
        "公立医院口腔种植医生 (与经销企业交往, 讲课和培训, 推荐集采目录外的种植体, 红包回扣): the title, the fields as a "
        "LABEL ROW over a VALUE ROW ``科室 | 姓名 | 岗位 | 职称 | 填表日期`` / ``口腔种植科 | 冉岫青 | 临床医师 | 主治医师 "
        "| <date cell>`` (a 职称 beside the post), 序号/short 风险点/long ``风险表现``/风险等级 高/中/低/防控措施/"
        "``自查情况`` (``无`` on every row); no type column; a merged ``本人承诺:…`` line and 本人签名/科主任签名",
        [sh], t,
    )  # fmt: skip


def metrology_register_supervisor() -> dict:
    unit = f"{PLACE}计量测试所"
    who, dept, post = "晁念慈", "衡器检定室", "检定员"
    sh = _Sheet("登记表", [6, 16, 34, 9, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表", 6)
    sh.add("姓名", who, "科室", dept, "岗位", post)
    sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "监督人")
    rows = [
        ("加油机周期检定", "检定中不查验主板、编码器铅封,为作弊加油机出具合格证书", "Ⅰ",
         "检定两人以上,铅封编号登记,检定结果随机复检。"),
        ("电子计价秤检定", "收取经营户好处,降低检定标准", "Ⅰ", "检定数据现场打印,经营户签字确认。"),
        ("检定证书出具", "检定证书未经核验员核验即签发", "Ⅱ", "证书实行检定、核验、批准三级签字。"),
        ("检定收费", "多收检定费或收费不开票据", "Ⅲ", "收费标准上墙公示,收费统一开具票据。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures, "蒲东篱")
        t.point(sh.name, dept, post, who, "general", point, [], BARE[lv])
    _merge_down(sh, first, [(5, lambda row: row[5])])
    sh.add()
    sh.add("本人签字:", None, None, "所长签字:", None, None)
    return _layout(
        "metrology_register_supervisor", "http://ynkmjykj.com/shichangjianguan/23651.html",
        "县计量测试所 检定员's 岗位廉政风险登记表 after the source's account of a 计量测试所's 加油机 周期检定 (强制检定, "
        "计量检定规程, 两证一封: 检定证书、合格证和铅封): ``姓名 | 晁念慈 | 科室 | 衡器检定室 | 岗位 | 检定员`` above "
        "序号/工作环节/风险点/风险等级 typed BARE ``Ⅰ/Ⅱ/Ⅲ``/防控措施/``监督人`` — the 所长's name ``蒲东篱`` merged down "
        "over every row, a person's name beside the holder's; no type column; 本人签字/所长签字",
        [sh], t,
    )  # fmt: skip


def transmitter_station_pairs() -> dict:
    unit = f"{PLACE}广播电视发射台"
    t = _Truth(unit)
    people = [
        ("亢昀", f"亢{GAP}昀", "播出科", "值机员", [
            ("值班日志记录不实,隐瞒停播、劣播事故", "岗位职责", "中", "值班日志与监测系统记录每日核对,事故如实上报。"),
            ("私自为外单位转播节目收取费用", "思想道德", "中", "转播任务凭台长签批单执行,机房设备不得擅自调整。"),
            ("备品备件领用不登记,私自变卖", "制度机制", "低", "备品备件出入库登记,每季度盘点。"),
        ]),
        ("庾楚瑶", "庾楚瑶", "技术保障科", "维护工程师", [
            ("发射机维修外包验收不严,虚报维修项目", "业务流程", "中", "维修项目两人以上验收,更换部件拍照留档。"),
            ("天馈系统改造设备采购中收受供应商好处", "外部环境", "中", "设备采购按规定比价,技术参数集体确定。"),
            ("防雷检测报告审核把关不严", "岗位职责", "低", "检测报告经科长复核后归档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, shown, dept, post, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓名", "部门", "岗位", "岗位风险等级", None)
        sh.add(shown, dept, post, "C级", None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "台长签字:", None, "2024年5月")
        sheets.append(sh)
    return _layout(
        "transmitter_station_pairs", "https://m.douchai.cn/document/43801630.html",
        "县广播电视发射台 岗位廉政风险自查表 after the source's 转播台站管理制度 (机房出入, 值班日志, 播控设备参数不得擅自"
        "更改, 站长负责制): two sheets, one tab per holder (``亢昀``, ``庾楚瑶``), each with the fields as a LABEL ROW "
        "``姓名 | 部门 | 岗位 | 岗位风险等级`` over a VALUE ROW — the two-character name padded with a full-width space "
        "``亢　昀`` — then 序号/风险点/风险类别 short/风险等级 中/低 only/防控措施; 本人签字/台长签字/date",
        sheets, t,
    )  # fmt: skip


def town_building_office_card() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    who, dept, post = "逄曜川", "村镇建设服务所", "所长"
    sh = _Sheet("防控卡", [6, 18, 34, 9, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("持卡人", who, "所在站所", dept, "职务", post)
    sh.add("序号", "岗位职责", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("农村村民建房审查", "村民建房选址、放线审查把关不严,为超面积建房开绿灯", "一级",
         "建房审查两人以上现场踏勘,审查结果在村务公开栏公示。"),
        ("农村村民建房审查", "建房竣工验收走过场", "二级", "竣工验收由所、村和自然资源所三方共同进行,资料归档。"),
        ("违法建设巡查", "巡查发现违法建设不制止、不报告", "一级", "巡查记录每日上传,违法建设当日报告分管领导。"),
        ("违法建设巡查", "收受建房户好处,对违法建设选择性查处", "二级", "查处情况按月通报,公开举报电话。"),
        ("村镇建设项目监管", "镇村道路、公厕建设项目验收计量不实", "三级", "工程量由监理、所、村三方现场计量签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, lv, measures, None)
        t.point(sh.name, dept, post, who, "middle", point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "监督举报电话:0510-87301126", 6)
    sh.add("持卡人签字:", None, "分管领导签字:", None, None, None)
    return _layout(
        "town_building_office_card", "http://www.jianbiaoku.com/webarbs/book/7329/209679.shtml",
        "镇 村镇建设服务所 所长's 岗位廉政风险防控卡 after the source's rules on 农村村民建房 (乡村建设规划许可证, 选址、"
        "放线、竣工验收, 违法占地建房的动态巡查, 乡镇人民政府的职责): the title naming the 镇人民政府 (``宜兴县陶湾镇人民"
        "政府岗位廉政风险防控卡``), ``持卡人 | 逄曜川 | 所在站所 | 村镇建设服务所 | 职务 | 所长``, 序号/岗位职责 merged/"
        "风险点/风险等级 一级/二级/三级/防控措施/an empty 备注; no type column; a merged ``监督举报电话:…`` line and 持卡人签字/"
        "分管领导签字",
        [sh], t,
    )  # fmt: skip


def party_committee_pledge() -> dict:
    unit = f"中共{PLACE}委机关工作委员会"
    who, dept, post = "宦知白", "组织科", "科长"
    sh = _Sheet("承诺书", [6, 36, 10, 9, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控承诺书", 6)
    sh.add("承诺人", who, "科室", dept, "职务", post)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施", "完成时限")
    rows = [
        ("发展党员工作把关不严,违规接收党员", "岗位职责", "高", "发展党员严格按程序办理,材料经工委会议集体审议。"),
        ("机关党组织换届选举指导中搞暗箱操作", "制度机制", "中", "换届选举方案和结果报工委审批备案,全程接受监督。"),
        ("党费收缴使用管理不规范,挪作他用", "制度机制", "高", "党费专户管理,收缴使用情况按年公开。"),
        ("评先评优推荐中优亲厚友", "思想道德", "低", "推荐条件和结果公示,接受党员监督。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, "长期坚持")
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    _line(sh, "本人对照岗位职责查找了以上廉政风险点,郑重承诺:严格落实防控措施,自觉接受组织和党员群众监督,"
              "如有违反,愿接受组织处理。", 6)  # fmt: skip
    sh.add(None, None, "承诺人(签名):", None, "2024年6月", None)
    return _layout(
        "party_committee_pledge", "https://qxj.xlgl.gov.cn/qxj/jgdj/dzzjg/1ef49aa0f5ae49b5a1fc075b3e6cd7fb/index.html",
        "县委机关工委 组织科 科长's 岗位廉政风险防控承诺书 after the source's account of 机关党组织 (设置, 换届选举, 对党员"
        "的教育、管理和监督, 发展党员): the title, then the holder named in the row of fields ABOVE the table by "
        "``承诺人 | 宦知白 | 科室 | 组织科 | 职务 | 科长``, 序号/``廉政风险点``/风险类型 short/风险等级 高/中/低/防控措施/"
        "``完成时限`` (``长期坚持``), a merged pledge UNDER the table, ``承诺人(签名):`` left blank with a date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    water_works_copied_tab(),
    marriage_registry_annex4(),
    tea_station_annex2(),
    wall_materials_office_annex3(),
    dental_hospital_self_check(),
    metrology_register_supervisor(),
    transmitter_station_pairs(),
    town_building_office_card(),
    party_committee_pledge(),
]

RESAVED: tuple[str, ...] = ()  # none kept as .xls/.ods in this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch126-inbox"))

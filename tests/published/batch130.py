"""A hundred-and-thirtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表 or 承诺书, filled by
staff of bodies no earlier batch used, with ordinary habits. Every unit is a body of an invented
常熟县 (its town 苇泾镇 invented too):

- a 房屋安全管理中心 主任's 附件2 whose field labels are padded with full-width spaces to line
  up (``姓　　名 | 戎栖梧 | 职　　务 | 主任 | 岗位风险等级 | A级``), 分管工作 merged over two groups, the
  ``“三重一大”方面`` section, review boxes and 注;
- a 建设工程造价管理站 造价审核科's 附件3 (``科室 | 造价审核科 | 负责人 | 漆雕望 | …``) whose 岗位职责
  is typed on the FIRST row of each group only (not merged) and whose 工作流程 column is left
  EMPTY throughout, levels ``Ⅰ级/Ⅱ级/Ⅲ级`` and ``…风险`` types;
- a 食品检验检测中心's two 自查表, one tab per holder, each under a grid of personal data in
  pairs — ``姓名 | … | 性别 | 女 | 出生年月 | 1991年4月`` over ``所在科室 | … | 岗位 | … | 政治面貌 |
  中共党员`` — and a ``是否存在`` column answered ``否``;
- a 公共法律服务中心 法律援助岗's 防控卡 in two parts: ``一、岗位职责`` — a small numbered table
  ``序号 | 职责内容`` of the post's duties — then ``二、廉政风险及防控措施`` over the risk table;
- a 交通投资集团 员工's 廉洁风险防控卡 with ``工号 | CJT0317`` and ``入职时间`` among the fields, types
  typed ``岗位职责类`` and levels ``重大/较大/一般``;
- a 镇 综治中心主任's 承诺书: the pledge ABOVE the table, the post in a ``岗位`` column merged down
  (``综治中心主任``, no 科室 column), the holder only in ``承诺人（签名）：禤知秋`` under it;
- a 林木种苗站 副站长's 登记表 whose fields stand one a ROW (``姓名 | 闾丘霁``, ``职务 | 副站长``,
  ``分管工作 | …``, the values merged across);
- an 爱国卫生运动委员会办公室 科员's 附件4 whose ``所在科室及职务`` reads ``病媒生物防制科　科员`` (a
  full-width space between), 工作流程 written with dashes, levels typed as words 高/中/低.

One is harder:

- ``correction_center_footer_fields``: a 社区矫正中心's 工作人员廉政风险自查表 with NOTHING above the
  table but its title; the holder, his 科室 and his post stand only in the footer, each label and
  value in one cell: ``填表人：郈语澈 | 所在科室：监督管理科 | 职务：科员 | 填表日期：…``.

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; the rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch130`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b130_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (a county 站's 副站长 leader; a 镇's 综治中心主任 middle; 检验员,
  抽样员, 法律援助岗, 现场管理员, 科员 general);
- ``姓　　名`` and ``职　　务`` padded with spaces are 姓名 and 职务;
- ``病媒生物防制科　科员`` under ``所在科室及职务`` is the 科室 病媒生物防制科 and the post 科员;
- ``性别``, ``出生年月``, ``政治面貌``, ``工号`` and ``入职时间`` are personal data, no 科室, post or
  holder; ``是否存在`` answers (``否``) are no points;
- the duties under ``一、岗位职责`` (``序号 | 职责内容``) are no points;
- the post written ``综治中心主任`` in a ``岗位`` column with no 科室 column is kept as written, its
  科室 in it (department "", as the lists of batches 8, 64 and 77 keep it); the 镇's unit is its
  人民政府;
- ``承诺人（签名）：禤知秋`` under a pledge with no 姓名 field names the holder; so does
  ``填表人：郈语澈`` in the footer of a 自查表 with no 姓名 field, and that footer's
  ``所在科室：…`` and ``职务：…`` give his 科室 and post;
- ``重大/较大/一般`` are Ⅰ/Ⅱ/Ⅲ; ``岗位职责类`` is the type 岗位职责.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b130_"
PLACE = "常熟县"
TOWN = "苇泾镇"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
SOE = {"重大": 1, "较大": 2, "一般": 3}
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


def correction_center_footer_fields() -> dict:
    unit = f"{PLACE}社区矫正中心"
    who, dept, post = "郈语澈", "监督管理科", "科员"
    sh = _Sheet("Sheet1", [6, 16, 34, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉政风险自查表", 6)
    sh.add("序号", "风险点", "主要表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("调查评估", "开展社区矫正调查评估时收受被告人亲属财物，出具不实评估意见", "思想道德", "高",
         "调查评估两人以上共同进行，评估意见经科室集体研究后出具。"),
        ("外出审批", "违规批准社区矫正对象请假外出或延长外出时间", "岗位职责", "高",
         "外出申请逐级审批，审批结果当日录入社区矫正信息系统。"),
        ("日常监管", "对脱管、漏管情况不及时报告，帮助矫正对象隐瞒违规行为", "岗位职责", "中",
         "电子定位每日核查，违规情况当日报告中心负责人。"),
        ("考核奖惩", "考核打分不实，违规提请表扬或减刑建议", "制度机制", "中",
         "考核结果在中心内公示，提请事项经中心集体研究。"),
        ("公益活动", "安排矫正对象为本人或亲友提供劳务", "思想道德", "低",
         "公益活动由中心统一安排，签到记录存档备查。"),
    ]  # fmt: skip
    for n, (point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    r = sh.add(
        f"填表人：{who}", None, f"所在科室：{dept}", f"职务：{post}", None, "填表日期：2024年7月8日"
    )
    sh.merge(r, 0, r, 1)
    sh.merge(r, 3, r, 4)
    return _layout(
        "correction_center_footer_fields", "http://www.scfzw.net/bazhong/63/26923.html",
        "(harder) 县社区矫正中心 工作人员廉政风险自查表 after the source's 社区矫正廉政风险评估与防范 (调查评估, 请假外出"
        "审批, 脱管漏管, 考核奖惩, 公益活动): NOTHING above the table but the title ``常熟县社区矫正中心工作人员廉政风险"
        "自查表``; 序号/short 风险点/long ``主要表现``/风险类别 short/风险等级 高/中/低/防控措施; the holder, his 科室 and "
        "his post only in the FOOTER, each label and value in one cell — ``填表人：郈语澈`` (merged over two columns) "
        "| ``所在科室：监督管理科`` | ``职务：科员`` | ``填表日期：2024年7月8日`` — after a blank row; no 姓名 field anywhere",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def house_safety_annex2_padded() -> dict:
    unit = f"{PLACE}房屋安全管理中心"
    who, post = "戎栖梧", "主任"
    sh = _Sheet("领导岗位", [6, 18, 34, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add(f"姓{GAP}{GAP}名", who, f"职{GAP}{GAP}务", post, "岗位风险等级", "A级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("主持中心全面工作，分管财务和房屋安全鉴定", "房屋安全鉴定报告签发把关不严，为不符合条件的房屋出具鉴定结论",
         "岗位职责", "高", "鉴定报告实行鉴定人、复核人、签发人三级签字，重大鉴定集体会审。"),
        ("主持中心全面工作，分管财务和房屋安全鉴定", "危险房屋治理补助资金分配不经集体研究", "制度机制", "高",
         "补助对象和金额经中心主任办公会研究，结果公示。"),
        ("主持中心全面工作，分管财务和房屋安全鉴定", "接受鉴定委托人宴请、礼品", "思想道德", "中",
         "签订廉洁承诺，鉴定全过程接受委托人评议。"),
        ("白蚁防治", "白蚁防治药物采购指定供应商", "外部环境", "中", "药物采购三家以上比价，采购结果公示。"),
        ("白蚁防治", "新建房屋白蚁预防工程验收走过场", "业务流程", "低", "预防工程验收两人以上到场，拍照存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "“三重一大”方面", 6)
    rows = [
        ("重大事项", "房屋安全鉴定收费标准调整不经集体研究", "制度机制", "中",
         "收费标准调整经集体研究并报价格主管部门备案。"),
        ("大额资金使用", "大额资金支付不经中心班子集体研究", "制度机制", "高", "大额资金支付集体研究、会签，纪要存档。"),
    ]  # fmt: skip
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _reviews(sh, REVIEWS[1:], 6, label_cols=2)
    _line(sh, "注:此表一式三份,于6月底前报县纪委监委。", 6)
    return _layout(
        "house_safety_annex2_padded", "http://ask.fsou.com/html/text/lar/173720/17372063_4.html",
        "县房屋安全管理中心 主任's 附件2 after the source's rules on 危险房屋防治 (鉴定为危险房屋的治理, 代修, 成片危险房屋"
        "改造) and 房屋白蚁防治 (蚁情检查): ``附件2``, the title, ``单位(盖章)：常熟县房屋安全管理中心``, the field labels "
        "PADDED with full-width spaces to line up — ``姓　　名 | 戎栖梧 | 职　　务 | 主任 | 岗位风险等级 | A级`` — then "
        "序号/分管工作 merged over two groups/风险点/风险类型 short/风险级别 高/中/低/防控措施, the merged ``“三重一大”方面`` "
        "row over two points numbered 1 and 2 again; two blank review boxes; 注",
        [sh], t,
    )  # fmt: skip


def cost_station_annex3_unmerged() -> dict:
    unit = f"{PLACE}建设工程造价管理站"
    who, dept = "漆雕望", "造价审核科"
    sh = _Sheet("中层岗位", [18, 16, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "A级")
    sh.add(*HEAD)
    rows = [
        ("政府投资项目招标控制价和竣工结算审核", "招标控制价审核中故意抬高或压低造价，向投标人泄露控制价",
         "岗位职责风险", "Ⅰ级", "控制价审核实行初审、复核两级，审核结果封存至开标。"),
        (None, "结算审核中接受施工单位请托，多计工程量、高套定额", "外部环境风险", "Ⅰ级",
         "结算审核两人以上共同进行，审减审增情况书面说明并存档。"),
        (None, "审核报告未经复核即出具", "制度机制风险", "Ⅱ级", "审核报告经科长复核、站长签发后方可出具。"),
        ("造价咨询企业和造价从业人员执业行为监督检查", "对造价咨询企业违规执业行为检查走过场、不予处理",
         "岗位职责风险", "Ⅱ级", "检查对象随机抽取，检查结果在网站公开。"),
        (None, "材料价格信息采集发布不实，为供应商谋利", "业务流程风险", "Ⅲ级",
         "价格信息多渠道采集，发布前经集体审核。"),
    ]  # fmt: skip
    for duty, point, typ, lv, measures in rows:
        sh.add(duty, None, point, typ, lv, measures)  # 工作流程 left empty
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), ROMAN[lv])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年6月18日")})
    _line(sh, "注:此表一式三份,于6月底前报县纪委监委。", 6)
    return _layout(
        "cost_station_annex3_unmerged", "http://m.jianbiaoku.com/webarbs/book/19079.shtml",
        "县建设工程造价管理站 造价审核科's 附件3 after the source's 建设工程造价管理办法 (招标控制价, 竣工结算审核, 造价"
        "咨询企业和造价从业人员, 工程造价信息): ``附件3``, the title, ``单位(盖章)：常熟县建设工程造价管理站``, ``科室 | "
        "造价审核科 | 负责人 | 漆雕望 | 岗位风险等级 | A级``, the template's header, 岗位职责 typed on the FIRST ROW of "
        "each group only (NOT merged, the rows under it blank), 工作流程 left EMPTY in every row, 风险点/风险类型 "
        "``…风险``/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; the 主管领导 box signed ``同意。`` with a date, the others blank; 注",
        [sh], t,
    )  # fmt: skip


def food_lab_personal_data() -> dict:
    unit = f"{PLACE}食品检验检测中心"
    t = _Truth(unit)
    people = [
        ("墨兰汀", "女", "1991年4月", "理化检验室", "检验员", "中共党员", [
            ("篡改检验原始数据，出具虚假检验报告", "岗位职责", "高",
             "原始记录即时录入实验室信息系统，报告实行编制、审核、批准三级签字。"),
            ("收受被检企业好处，提前透露检验结果", "思想道德", "高", "检验结果未经批准不得对外透露，样品盲样编号。"),
            ("检验试剂、标准品领用不登记，私自外带", "制度机制", "低", "试剂、标准品专人保管，领用登记，每月盘点。"),
        ]),
        ("燕知野", "男", "1988年11月", "抽样室", "抽样员", "群众", [
            ("抽样前向被抽样单位通风报信", "外部环境", "高", "抽样计划保密，抽样前不得告知被抽样单位。"),
            ("调换、替换样品", "岗位职责", "中", "样品现场封样，抽样人与被抽样单位双方签字。"),
            ("抽样费用报销中虚列样品购置款", "业务流程", "中", "样品购置凭发票和抽样单报销，财务逐笔核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, dept, post, party, points in people:
        sh = _Sheet(who, [6, 34, 12, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("所在科室", dept, "岗位", post, "政治面貌", party)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "是否存在")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, "否")
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名：", None, None, "科室负责人签名：", None, None)
        sheets.append(sh)
    return _layout(
        "food_lab_personal_data", "http://www.tmdps.cn/a8/2019051317/63b49dd757d83c6d.html",
        "县食品检验检测中心 岗位廉政风险自查表 after the source's visit to a 食品药品检验检测中心 (抽检任务, 原子吸收仪, "
        "检验资质, 国抽、省抽、风险监测): two sheets, one tab per holder (``墨兰汀``, ``燕知野``), each under the title "
        "with a GRID of personal data in pairs — ``姓名 | … | 性别 | 女 | 出生年月 | 1991年4月`` over ``所在科室 | 理化"
        "检验室 | 岗位 | 检验员 | 政治面貌 | 中共党员`` — then 序号/风险点/风险类别 short/风险等级 高/中/低/防控措施/"
        "``是否存在`` (``否`` on every row); 本人签名/科室负责人签名",
        sheets, t,
    )  # fmt: skip


def legal_service_duties_card() -> dict:
    unit = f"{PLACE}公共法律服务中心"
    who, post = "蒉晚晴", "法律援助岗"
    sh = _Sheet("防控卡", [6, 36, 12, 10, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("持卡人", who, "岗位", post, "岗位风险等级", "二级")
    _line(sh, "一、岗位职责", 6)
    r = sh.add("序号", "职责内容", None, None, None, None)
    sh.merge(r, 1, r, 5)
    duties = [
        "接待当事人咨询，指导符合法律援助范围的当事人填写《法律援助申请表》《经济困难状况说明表》",
        "审核法律援助申请，对符合条件的依法受理，对不符合条件的告知其他维权途径",
        "按规定指派法律援助人员承办案件",
        "对指派的法律援助案件跟踪回访并做好记录",
    ]
    for n, duty in enumerate(duties, 1):
        r = sh.add(n, duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
    _line(sh, "二、廉政风险及防控措施", 6)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("对不符合经济困难条件的申请人违规受理法律援助", "岗位职责", "一级",
         "经济困难状况凭说明表和核查结果审查，受理意见经中心负责人审核。"),
        ("为当事人介绍收费律师并从中收取好处", "思想道德", "一级", "严禁推荐收费律师，窗口公开投诉电话。"),
        ("案件回访走过场，对承办人员违规收费不报告", "业务流程", "二级", "回访记录每月抽查，违规收费线索当日报告。"),
        ("泄露当事人个人信息和案件情况", "制度机制", "三级", "申请材料专柜保管，查阅登记。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, None)
        t.point(sh.name, "", post, who, "general", point, types_in(typ), GRADES[lv])
    sh.add()
    sh.add("持卡人签字：", None, "分管领导签字：", None, "2024年6月", None)
    return _layout(
        "legal_service_duties_card", "https://www.hbxs.gov.cn/zwgk/grassroots/152/64688535.html",
        "县公共法律服务中心 法律援助岗's 岗位廉政风险防控卡 after the source's 公共法律服务事项清单 (法律咨询岗, 法律援助岗, "
        "综合接待岗, 投诉受理岗 and their duties): the title, ``持卡人 | 蒉晚晴 | 岗位 | 法律援助岗 | 岗位风险等级 | 二级``, "
        "then TWO PARTS: a merged ``一、岗位职责`` over a small numbered table ``序号 | 职责内容`` (the text merged across, "
        "four duties numbered 1–4), then a merged ``二、廉政风险及防控措施`` over 序号/风险点/风险类型 short/风险等级 "
        "一级/二级/三级/防控措施/an empty 备注 (numbered 1–4 again); no 科室 field; 持卡人签字/分管领导签字/date",
        [sh], t,
    )  # fmt: skip


def transport_group_staff_card() -> dict:
    unit = f"{PLACE}交通投资集团有限公司"
    who, dept, post = "鄂清野", "工程管理部", "现场管理员"
    sh = _Sheet("防控卡", [6, 36, 12, 10, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}员工廉洁风险防控卡", 6)
    sh.add("姓名", who, "工号", "CJT0317", "部门", dept)
    sh.add("岗位", post, "入职时间", "2019年3月", "岗位风险等级", "较大")
    sh.add("序号", "廉洁风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("工程计量签证中多计工程量，为施工单位虚增结算", "岗位职责类", "重大",
         "计量签证经监理、现场管理员、部门负责人三方签字，签证台账按月报审计部。"),
        ("隐蔽工程验收不到场即签字", "岗位职责类", "较大", "隐蔽工程验收全程拍照定位，影像资料随验收单归档。"),
        ("接受施工单位宴请、购物卡", "外部环境类", "较大", "与施工单位签订廉洁协议，拒收登记。"),
        ("设计变更未按程序报批，擅自同意变更", "制度机制类", "重大", "设计变更按金额分级审批，重大变更集体决策。"),
        ("材料进场检验走过场", "业务流程类", "一般", "进场材料见证取样送检，检验报告存档。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, None)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), SOE[lv])
    sh.add()
    sh.add("员工签字：", None, "部门负责人签字：", None, "2024年8月", None)
    return _layout(
        "transport_group_staff_card", "https://www.cdrb.com.cn/epaper/cdrbpc/202412/16/c142537.html",
        "县交通投资集团 员工廉洁风险防控卡 after the source's account of a 交投 group's rules on 企企交往 (合作单位, 廉洁"
        "协议 signed with the contract, 禁止性规定): the title, two rows of fields in pairs — ``姓名 | 鄂清野 | 工号 | "
        "CJT0317 | 部门 | 工程管理部`` and ``岗位 | 现场管理员 | 入职时间 | 2019年3月 | 岗位风险等级 | 较大`` — then "
        "序号/``廉洁风险点``/风险类别 typed ``岗位职责类``/``外部环境类``/…/风险等级 ``重大/较大/一般``/防控措施/an empty "
        "备注; 员工签字/部门负责人签字/date",
        [sh], t,
    )  # fmt: skip


def town_center_pledge_signed() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    who, post = "禤知秋", "综治中心主任"
    sh = _Sheet("承诺书", [6, 14, 36, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控承诺书", 5)
    _line(sh, "为切实做好岗位廉政风险防控工作，本人对照岗位职责，认真查找了廉政风险点，制定了防控措施。现郑重承诺："
              "严格执行各项防控措施，自觉接受组织和群众监督，如有违反，愿接受组织处理。", 5)  # fmt: skip
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("矛盾纠纷调处中偏袒一方，收受当事人财物", "高", "调处过程两人以上参与，调解协议当场宣读、双方签字。"),
        ("网格员考核打分不公，虚报网格事件办结数", "中", "网格事件办结情况系统抽查回访，考核结果公示。"),
        ("综治专项经费使用不规范，虚列支出", "高", "经费支出经分管领导审批，按季度公开。"),
        ("重点人员信息管理不严，泄露个人信息", "低", "信息系统账号专人专用，查询留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, lv, measures)
        t.point(sh.name, "", post, who, "middle", point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add(None, None, f"承诺人（签名）：{who}", None, "2024年6月28日")
    return _layout(
        "town_center_pledge_signed", "https://fyxfw.gov.cn/display.php?id=112427",
        "镇 综治中心主任's 岗位廉政风险防控承诺书 after the source's account of 乡镇综治中心 建设 (服务大厅的信访受理、矛盾"
        "调处、司法服务、维稳应急、综合治理窗口, 矛盾纠纷排查, 综治专职人员): the title naming the 镇人民政府, the PLEDGE "
        "merged ABOVE the table, then 序号/``岗位`` (``综治中心主任`` merged down; no 科室 column)/``廉政风险点``/风险等级 "
        "高/中/低/防控措施; no type column; the holder named only under it, ``承诺人（签名）：禤知秋`` in one cell, with a date",
        [sh], t,
    )  # fmt: skip


def seedling_station_fields_in_rows() -> dict:
    unit = f"{PLACE}林木种苗站"
    who, post = "闾丘霁", "副站长"
    sh = _Sheet("登记表", [8, 34, 14, 10, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表", 6)
    for label, value in (("姓名", who), ("职务", post),
                         ("分管工作", "林木种苗质量检验，林木种子生产经营许可初审，林木良种补助")):  # fmt: skip
        r = sh.add(label, value, None, None, None, None)
        sh.merge(r, 1, r, 5)
    sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("种苗质量抽检中接受生产经营者好处，出具合格结论", "岗位职责风险", "Ⅰ级",
         "抽检样品随机抽取、编号送检，检验结论经站务会审核。"),
        ("对不符合条件的申请人出具许可初审同意意见", "岗位职责风险", "Ⅰ级", "初审实行两人现场核查，初审意见集体研究。"),
        ("林木良种补助面积核查不实", "业务流程风险", "Ⅱ级", "补助面积实地丈量，乡镇林业站、村、站三方签字。"),
        ("苗木标签、质量检验合格证发放管理不严", "制度机制风险", "Ⅱ级", "标签和合格证编号管理，发放登记。"),
        ("参加种苗企业组织的考察、旅游", "思想道德风险", "Ⅲ级", "严禁参加服务对象安排的活动，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, None)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), ROMAN[lv])
    sh.add()
    sh.add("本人签字：", None, "站长签字：", None, "2024年5月", None)
    return _layout(
        "seedling_station_fields_in_rows", "http://www.cnmiaomusc.com/portal.php?aid=4111&mod=view",
        "县林木种苗站 副站长's 岗位廉政风险登记表 after the source's account of 林木种苗质量抽查 (许可, 标签, 档案, 自检, "
        "造林作业设计中良种使用): the title, then the fields ONE A ROW, each value merged across the table — "
        "``姓名 | 闾丘霁``, ``职务 | 副站长``, ``分管工作 | 林木种苗质量检验，…`` — then 序号/风险点/风险类别 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/an empty 备注; 本人签字/站长签字/date",
        [sh], t,
    )  # fmt: skip


def patriotic_health_annex4_spaced() -> dict:
    unit = f"{PLACE}爱国卫生运动委员会办公室"
    who, dept, post = "竺沐尘", "病媒生物防制科", "科员"
    sh = _Sheet("一般岗位", [20, 18, 32, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{GAP}{post}", "岗位风险等级", "C级")
    sh.add(*HEAD)
    flow = "制定方案—组织实施—检查验收"
    rows = [
        ("病媒生物密度监测和防制效果评估", "病媒生物密度监测数据弄虚作假", "岗位职责风险", "中",
         "监测点位固定并拍照定位，监测数据两人复核。"),
        ("病媒生物密度监测和防制效果评估", "防制效果评估中接受消杀服务公司好处，评估结论不实", "外部环境风险", "高",
         "评估邀请第三方参与，评估结论集体审定。"),
        ("政府购买消杀服务的组织实施", "消杀服务项目验收不严，虚报消杀面积和药物用量", "业务流程风险", "高",
         "消杀作业现场抽查，药物用量与领用台账核对后验收。"),
        ("政府购买消杀服务的组织实施", "消杀药物入库、发放不登记", "制度机制风险", "低", "药物出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6)
    _line(sh, "注:此表一式三份,务于6月底前报县纪委监委及所在派驻纪检组、监察室。", 6)
    return _layout(
        "patriotic_health_annex4_spaced", "https://www.chacewang.com/newsdetail/news122778.html",
        "县爱国卫生运动委员会办公室 科员's 附件4 after the source's 病媒生物防制管理办法 (爱卫办 的职责: 宣传教育和技术培训, "
        "密度监测, 检查; 政府购买第三方消杀服务): ``附件4``, the title, ``单位(盖章)：常熟县爱国卫生运动委员会办公室``, "
        "``姓名 | 竺沐尘 | 所在科室及职务 | 病媒生物防制科　科员 | 岗位风险等级 | C级`` (科室 and post parted by a FULL-WIDTH "
        "SPACE), 岗位职责 merged/工作流程 ``制定方案—组织实施—检查验收`` with dashes, merged/风险点/风险类型 ``…风险``/"
        "风险级别 typed as words 高/中/低/防控措施; three blank review boxes; 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    correction_center_footer_fields(),
    house_safety_annex2_padded(),
    cost_station_annex3_unmerged(),
    food_lab_personal_data(),
    legal_service_duties_card(),
    transport_group_staff_card(),
    town_center_pledge_signed(),
    seedling_station_fields_in_rows(),
    patriotic_health_annex4_spaced(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch130-inbox"))

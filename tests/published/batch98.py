"""A ninety-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, filled by
the staff of bodies no earlier batch drew on (a 县价格认证中心, a 县教师进修学校, a 县人工影响天气办公室,
a 县业余体育学校, a 县12345政务服务便民热线中心, a 县民政局's 婚姻登记处, a 县生态环境监测站, a 镇's
农业农村服务中心 and a 县结核病防治所), handed back as the 附件2 / 附件3 / 附件4 of
``workbook_templates/forms.toml`` or as an office's own 自查表 / 防控卡 / 登记表 / 承诺书, with the
habits staff really have. Eight are EVERYDAY:

- a 价格认证中心 价格认定员's 附件4: the name PADDED with spaces (``禤  蓓``), 所在科室及职务 written with
  the post in brackets (``价格认定股(价格认定员)``), 岗位职责 merged down, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``
  as the template's list offers, 岗位风险等级 ``B``, two unused template rows left blank;
- a 教师进修学校 培训处's 附件3 (``科室 | 培训处 | 负责人 | … | 岗位风险等级 | A级``): 工作流程 written with
  arrows (``培训报名→资格审核``), each 风险点 numbered inside its cell (``1.…``), short types,
  ``一级/二级/三级``, the first review box filled;
- a 人工影响天气办公室 弹药库保管员's 防控卡: ``单位 | … | 所在股室 | …`` and ``持卡人 | … | 岗位 | …``
  above, a merged ``岗位职责:1.… 2.…`` block, a short 风险点 beside a long 表现形式, levels
  ``★★★/★★/★`` with a note, a ``廉政承诺:…`` paragraph and a ``监督举报电话`` line under it;
- a 业余体育学校 副校长's 附件2 as the template draws it: the 序号 1–8 printed in the first section and
  1–4 in the ``“三重一大”方面`` section, only four and one of them filled, the other numbered rows
  left empty;
- a 12345热线中心 工单派发员's 个人岗位廉政风险自查表: two rows of pairs above the table with labels spaced
  out by full-width spaces (``姓　　名``), ``出生年月`` and ``填表日期`` as real Excel DATES, levels written
  ``Ⅱ级(中)``, a ``自查人(签名): | 笪雨霏`` line;
- a 民政局 婚姻登记处 婚姻登记员's 岗位廉政风险登记表: the holder given as a VERTICAL stack of label|value
  rows (``单位名称``, ``所在科室``, ``姓名``, ``职务``) above the table, a ``工作环节`` column, 高/中/低;
- a 生态环境监测站 采样员's 岗位廉政风险防控承诺书: the holder, his 室 and post named only in the opening
  sentence (``本人厍文博,系…现场监测室采样员。``) and the ``承诺人:厍文博`` line; ``序号 | 廉政风险点 |
  风险等级 | 我的承诺`` (the measures under ``我的承诺``), no type column;
- a 镇 农业农村服务中心 农技员's 附件4: 所在科室及职务 run together (``农业农村服务中心农技员``), the
  岗位职责 written on the FIRST row only (not merged) as the template leaves it, 工作流程 left blank on
  every row, two-type cells, 高/中/低, three unused template rows.

One is harder:

- ``tb_dispensary_blank_names``: a 结核病防治所's workbook of 自查表 one per sheet, each TAB named for the
  holder (``郗晓芃``, ``甯振邦``), the ``姓名`` cell of the pairs above the table LEFT BLANK (``科室`` and
  ``岗位`` filled), and an unsigned ``本人签字:`` line — the holder is only in the tab's name.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (价格认定's risks of 提出方 and 标的; 农村中小学教师培训 管理 and its 经费;
a 人工影响天气 作业通告 with its 高炮, 火箭 and 弹药残骸; 基层少体校 and 竞技体育后备人才; how 12345 热线
受理员 pass 诉求 to 部门 and 回复; 婚姻登记处 规范化 under a 县民政局; 环境监测数据弄虚作假 行为; 物化补贴
发放 ``不准代领、不准替领``; 结核病 免费 检查 and 免费抗结核药物) and the layout follows their words. The
rows are worded by us, the names and the 镇 invented, every unit under 柘城.

Run ``python tests/published/score.py --set batch98`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b98_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own form follows the post (保管员, 派发员, 登记员, 采样员, 调剂员 general; a 科长 middle);
- ``禤  蓓`` is the name 禤蓓; ``价格认定股(价格认定员)`` and ``农业农村服务中心农技员`` split into 科室 and post;
- a 镇's 农业农村服务中心 is a 科室 of the 镇 government; a 民政局's 婚姻登记处 is a 科室 of the 局;
- ``Ⅱ级(中)`` is Ⅱ级; ``★★★/★★/★`` are 1/2/3 (the note says so);
- a 承诺书's holder, 科室 and post come from ``本人…,系<unit><科室><post>。``;
- a sheet named for a person whose ``姓名`` cell is blank is that person's form;
- template rows holding only a printed 序号, the ``“三重一大”方面`` row, 岗位职责 blocks, 廉政承诺
  paragraphs, notes, 签字/签名 and 电话 lines are no points;
- in a short ``风险点`` beside a long ``表现形式`` the point is the short name; a point numbered inside its
  cell (``1.…``) keeps the cell's whole text.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``, for the date cells)
and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import _line, _merge_runs, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b98_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BRACKETED = {"Ⅰ级(高)": 1, "Ⅱ级(中)": 2, "Ⅲ级(低)": 3}
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE = "注:此表一式三份,于6月底前报县纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报县纪委及所在派驻纪检组、监察室。"


# --------------------------------------------------------------------------- harder layout


def tb_dispensary_blank_names() -> dict:
    unit = "柘城县结核病防治所"
    t = _Truth(unit)
    people = [
        ("郗晓芃", "门诊部", "药房调剂员", "general", [
            ("免费抗结核药品发放不登记或冒名登记,私自截留转卖", "岗位职责", "高",
             "免费药品凭患者治疗卡发放,发放登记与治疗管理系统每月核对。"),
            ("药品出入库账实不符,过期药品不按规定报损销毁", "制度机制", "中",
             "每月盘点,报损经所长审批、两人监销。"),
            ("向患者推荐自费保肝药品,收取药商回扣", "外部环境", "中",
             "自费药品由医师开具处方,药房不推荐,药商来访登记。"),
        ]),
        ("甯振邦", "防治科", "科长", "middle", [
            ("可疑症状者免费胸片、痰检人次虚报,多领检查补助", "制度机制", "高",
             "补助凭检查登记和身份证复印件发放,按季公示。"),
            ("患者追踪到位率、治疗管理数据弄虚作假", "岗位职责", "中",
             "数据抽样电话回访,乡镇卫生院交叉核查。"),
            ("督导乡村医生时接受吃请、收受礼品", "思想道德", "低", "督导两人同行,督导记录当日上传。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 8, 34, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", None, "科室", dept, "岗位", post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "备注")
        for n, (point, kind, level, measures) in enumerate(points, 1):
            sh.add(n, point, kind, level, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(kind), HML[level])
        sh.add()
        sh.add("本人签字:", None, "科室负责人签字:", None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "tb_dispensary_blank_names", "https://m.docduoduo.com/p-7378254.html",
        "(harder) 县结核病防治所's workbook of 岗位廉政风险自查表 one per sheet, after the source's 结核病免费政策 "
        "(免费胸片、痰涂片检查, 免费抗结核药物 from the 结防机构, 保肝药品 not free): each TAB named for the holder "
        "(郗晓芃, 甯振邦) and the pairs above the table ``姓名 | (BLANK) | 科室 | 门诊部 | 岗位 | 药房调剂员`` with the "
        "姓名 cell left empty; 序号/风险点/风险类别 (short)/风险等级 高/中/低/防控措施/an empty 备注; an unsigned "
        "``本人签字: | … | 科室负责人签字:`` line — the holder is only in the tab's name",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def price_center_annex4() -> dict:
    unit = "柘城县价格认证中心"
    who, dept, post = "禤蓓", "价格认定股", "价格认定员"
    sh = _Sheet("附件4", [22, 12, 36, 16, 8, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", "禤  蓓", "所在科室及职务", f"{dept}({post})", "岗位风险等级", "B")
    sh.add(*HEAD)
    duty1 = "承办涉案财物价格认定"
    rows = [
        (duty1, "受理", "对提出机关材料不全、标的不明确的认定事项违规受理", "制度机制风险", "Ⅱ级",
         "受理时逐项核对协助书和标的资料,不符合条件的一次性告知补正。"),
        (None, "实物勘验", "勘验时接受当事人宴请、礼品,勘验记录与实物不符", "思想道德风险", "Ⅰ级",
         "勘验两人以上,现场拍照,当事人签字确认。"),
        (None, "测算", "故意选用不当的价格依据和方法,人为抬高或压低认定价格", "岗位职责风险", "Ⅰ级",
         "测算过程留底,结论经集体审议、中心主任审签。"),
        ("承办价格争议调解", "调解", "调解中偏袒一方,收受当事人好处", "外部环境风险", "Ⅱ级",
         "调解过程全程记录,调解书由双方签字。"),
        ("认定档案管理", "归档", "泄露认定结论,或私自向他人提供认定档案", "业务流程风险", "Ⅲ级",
         "档案专柜保管,查阅须经中心主任批准并登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), ROMAN[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    for _ in range(2):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE_GENERAL, 6)
    return _layout(
        "price_center_annex4",
        "http://www.jimo.gov.cn/n3201/n3743/n4380/n4382/n9049/n8640/170906092049587540.html",
        "县价格认证中心 价格认定员's 附件4 (tab 附件4) after the source's 价格认定风险主要表现形式 (涉刑 价格认定, "
        "提出方's 协助申请, 标的 真伪 and 检验报告, 价格认定结论 as evidence): ``姓名 | 禤  蓓 | 所在科室及职务 | "
        "价格认定股(价格认定员) | 岗位风险等级 | B`` — the two-character name PADDED with two spaces and the post in "
        "brackets after the 股; 岗位职责 merged down over the three steps of one duty, 工作流程 filled, ``…风险`` "
        "types, ``Ⅰ级/Ⅱ级/Ⅲ级``; two unused template rows, the blank review boxes, 注",
        [sh], t,
    )  # fmt: skip


def teacher_school_annex3() -> dict:
    unit = "柘城县教师进修学校"
    who, dept = "綦文澜", "培训处"
    sh = _Sheet("附件3", [24, 18, 36, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "A级")
    sh.add(*HEAD)
    rows = [
        ("组织实施中小学教师全员培训(国培、省培项目)", "培训报名→资格审核",
         "1.为不符合条件的教师安排参训,或默许他人代培代学", "岗位职责", "二级",
         "参训名单由学校推荐、培训处审核后公示,报到时核验身份。"),
        (None, "学时登记→证书发放", "2.虚报培训学时,违规发放培训合格证书", "业务流程", "一级",
         "学时以签到和平台记录为准,证书发放名册存档。"),
        ("培训项目经费使用", "预算→报销", "3.虚列授课费、食宿费,套取培训经费", "制度机制", "一级",
         "授课费凭课表、签到表发放,报销经分管校长、校长审签。"),
        (None, "比选→确定承办机构", "4.指定合作机构或承办宾馆,收取好处", "外部环境", "一级",
         "承办机构通过政府采购确定,合同报校务会审议。"),
        ("外聘专家管理", "专家邀请→课酬发放", "5.邀请专家优亲厚友,擅自提高讲课费标准", "思想道德", "三级",
         "专家从专家库中抽选,讲课费按标准执行并公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, "", who, "middle", row[2], types_in(row[3]), ORDINAL[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年6月12日")})
    _line(sh, NOTE, 6)
    return _layout(
        "teacher_school_annex3", "https://fx361.cc/page/2012/0402/20143475.shtml",
        "县教师进修学校 培训处's 附件3 (tab 附件3) after the source's study of 农村中小学教师培训 管理体制 (县级 "
        "教师进修学校, 国培计划, 360学时, 培训经费): ``科室 | 培训处 | 负责人 | 綦文澜 | 岗位风险等级 | A级``; "
        "岗位职责 merged down, 工作流程 written with arrows (``培训报名→资格审核``), each 风险点 NUMBERED inside its "
        "cell (``1.…`` to ``5.…``, no 序号 column), short types, ``一级/二级/三级``; the first review box ``同意。`` "
        "dated, the others blank; 注",
        [sh], t,
    )  # fmt: skip


def weather_office_card() -> dict:
    unit = "柘城县人工影响天气办公室"
    who, dept, post = "逯长松", "作业管理股", "弹药库保管员"
    sh = _Sheet("防控卡", [6, 14, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控卡", 6)
    r = sh.add("单位", unit, None, "所在股室", dept, None)
    sh.merge(r, 1, r, 2)
    sh.merge(r, 4, r, 5)
    r = sh.add("持卡人", who, None, "岗位", post, None)
    sh.merge(r, 1, r, 2)
    sh.merge(r, 4, r, 5)
    _line(
        sh,
        "岗位职责:1.负责人影弹药的接收、入库、保管和出库登记;2.负责弹药库安全巡查和台账管理;"
        "3.配合各作业点做好弹药调配。",
        6,
    )
    sh.add("序号", "风险点", "表现形式", "风险类型", "风险等级", "防控措施")
    rows = [
        ("弹药入库验收", "接收弹药不清点数量、不核对批号,入库数量与调拨单不符", "岗位职责", "★★",
         "入库双人清点,调拨单、入库单、台账三对照。"),
        ("弹药出库", "无作业指令出库,或出库数量多于作业实际用量", "制度机制", "★★★",
         "凭办公室主任签发的作业指令出库,作业后余弹当日退库登记。"),
        ("故障弹和残骸处置", "私自处理故障弹、弹药包装物和残骸,变卖获利", "思想道德", "★★",
         "故障弹和残骸登记造册,交上级人影机构统一回收销毁。"),
        ("作业补贴统计", "虚报作业人员和作业次数,套取作业补贴", "业务流程", "★",
         "作业记录由作业点、办公室双签,补贴名单公示。"),
    ]  # fmt: skip
    for n, (point, desc, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, desc, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), STARS[level])
    _line(sh, "注:★★★为高风险,★★为中风险,★为低风险。", 6)
    _line(sh, "廉政承诺:本人将严格执行弹药管理制度,不以权谋私,自觉接受组织和群众监督。", 6)
    sh.add("持卡人签字:", None, None, "监督举报电话:0370-7261234", None, None)
    return _layout(
        "weather_office_card", "https://yncn.gov.cn/info/1025/9021210.htm",
        "县人工影响天气办公室 作业管理股 弹药库保管员's 岗位廉政风险防控卡 (tab 防控卡) after the source's 人工影响天气 "
        "作业通告 of a 县人民政府人工影响天气办公室 (作业站点, 37mm高炮, 火箭发射架, 弹药碎片 and 火箭弹残骸 to be reported): "
        "``单位 | 柘城县人工影响天气办公室 | 所在股室 | 作业管理股`` and ``持卡人 | 逯长松 | 岗位 | 弹药库保管员`` "
        "(values merged over two cells), a merged ``岗位职责:1.… 2.… 3.…`` block, then 序号/short 风险点/long "
        "表现形式/风险类型 (short)/风险等级 ``★★★/★★/★``/防控措施; a note on the stars, a ``廉政承诺:…`` paragraph "
        "and a ``持卡人签字: | 监督举报电话:…`` line",
        [sh], t,
    )  # fmt: skip


def sports_school_annex2() -> dict:
    unit = "柘城县业余体育学校"
    who, post = "仉书翰", "副校长"
    sh = _Sheet("附件2", [6, 22, 36, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("分管运动员招生选材", "招生测试打分不公,为关系人降低标准录取", "岗位职责风险", "Ⅰ级",
         "测试项目和评分标准公开,测试全程录像,结果公示。"),
        (None, "向上级运动队输送运动员时收受家长财物", "思想道德风险", "Ⅰ级",
         "输送名单经教练组评议、校务会研究后公示。"),
        ("分管训练和竞赛", "参赛报名弄虚作假,组织运动员以大报小", "业务流程风险", "Ⅱ级",
         "报名材料核对户籍和骨龄检测结果,报名表由校长签字。"),
        ("分管运动员伙食和训练补助", "伙食费、训练补助虚报人数,截留挪用", "制度机制风险", "Ⅱ级",
         "补助按在训名册发放到卡,每学期公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n in range(1, 9):
        if n <= len(rows):
            duty, point, kind, level, measures = rows[n - 1]
            sh.add(n, duty, point, kind, level, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN[level])
        else:
            sh.add(n, None, None, None, None, None)
    _merge_runs(sh, 1, first, first + len(rows) - 1)
    _line(sh, "“三重一大”方面", 6)
    point = "场馆对外开放收费和器材采购不经集体研究"
    sh.add(1, "参与校务会议决策", point, "制度机制风险", "Ⅱ级",
           "场馆收费、器材采购事项一律提交校务会集体研究。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 2)
    for n in range(2, 5):
        sh.add(n, None, None, None, None, None)
    _reviews(sh, REVIEWS[1:], 6)
    _line(sh, NOTE, 6)
    return _layout(
        "sports_school_annex2", "https://html.rhhz.net/SHTYXYXB/html/b5c71503-fbed-44ce-8d0c-57d55a44fbf9.htm",
        "县业余体育学校 副校长's 附件2 (tab 附件2) as the template draws it, after the source's study of 竞技体育后备人才 "
        "and the 基层少体校 of the 三级训练网络 (选材, 输送, 在校人数): ``姓名 | 仉书翰 | 职务 | 副校长 | 岗位风险等级 | A``; "
        "序号 PRINTED 1–8 in the first section with only rows 1–4 filled (分管工作 merged over rows 1–2), rows 5–8 "
        "holding only their number; a merged ``“三重一大”方面`` row, then 序号 1–4 again with only row 1 filled; "
        "``…风险`` types, ``Ⅰ级/Ⅱ级``; two blank review boxes and 注",
        [sh], t,
    )  # fmt: skip


def hotline_selfcheck_dates() -> dict:
    unit = "柘城县12345政务服务便民热线中心"
    who, dept, post = "笪雨霏", "受理派单科", "工单派发员"
    sh = _Sheet("自查表", [6, 16, 36, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险自查表", 6)
    sh.add("姓　　名", who, "性　　别", "女", "出生年月", datetime(1995, 3, 12))
    sh.add("所在科室", dept, "岗　　位", post, "填表日期", datetime(2024, 6, 3))
    sh.add("序号", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("派发工单", "收受好处,将群众诉求工单压下不派或派给无关单位", "岗位职责风险", "Ⅱ级(中)",
         "工单按事项类别自动匹配承办单位,人工改派须科长审核留痕。"),
        (None, "对投诉熟人或本中心的工单擅自作无效件处理", "思想道德风险", "Ⅰ级(高)",
         "无效件认定须两人复核,每周抽查一成。"),
        ("审核办结", "承办单位未实际办结即同意办结,帮助规避考核", "业务流程风险", "Ⅰ级(高)",
         "办结工单随机电话回访,群众不满意的退回重办。"),
        ("来电信息保管", "泄露来电人姓名、电话等个人信息", "制度机制风险", "Ⅲ级(低)",
         "来电人信息脱敏显示,导出数据须审批登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), BRACKETED[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    sh.add()
    sh.add("自查人(签名):", who, None, "科室负责人:", None, None)
    return _layout(
        "hotline_selfcheck_dates", "https://hao.yingle.com/article/question/61efa8e840afb239",
        "县12345政务服务便民热线中心 受理派单科 工单派发员's 个人岗位廉政风险自查表 (tab 自查表) after the source's account "
        "of the 12345 热线 (受理员 接听, 不能直接解答的 转交 区县、部门 办理, 办理结果 反馈): TWO rows of pairs above the "
        "table, labels spaced out with full-width spaces (``姓　　名 | 笪雨霏 | 性　　别 | 女 | 出生年月 | <date>`` and "
        "``所在科室 | 受理派单科 | 岗　　位 | 工单派发员 | 填表日期 | <date>``), the two dates REAL Excel date cells; "
        "序号/岗位职责 merged down/风险点/风险类别 ``…风险``/风险等级 written ``Ⅰ级(高)/Ⅱ级(中)/Ⅲ级(低)``/防控措施; a "
        "``自查人(签名): | 笪雨霏`` line",
        [sh], t,
    )  # fmt: skip


def marriage_registry_stack() -> dict:
    unit = "柘城县民政局"
    who, dept, post = "郜婉清", "婚姻登记处", "婚姻登记员"
    sh = _Sheet("Sheet1", [6, 14, 36, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险登记表", 6)
    for label, value in (("单位名称", unit), ("所在科室", dept), ("姓名", who), ("职务", post)):
        r = sh.add(label, value, None, None, None, None)
        sh.merge(r, 1, r, 5)
    sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("结婚登记审查", "对当事人证件审查不严,为未达法定婚龄或冒名顶替者办理登记", "岗位职责风险", "高",
         "证件联网核验、人证比对,疑点材料由登记处负责人复核。"),
        ("离婚登记", "冷静期内违规为熟人提前办理离婚登记", "制度机制风险", "高",
         "离婚登记按系统设定的冷静期办理,不得人工提前。"),
        ("颁证服务", "擅自增加收费项目,或向当事人推荐婚庆、摄影服务收取好处", "外部环境风险", "中",
         "婚姻登记不收费,大厅公示监督电话,不得推荐经营性服务。"),
        ("档案查询", "违规向他人出具婚姻状况证明或提供登记档案", "业务流程风险", "低",
         "档案查询凭本人身份证或司法机关函件,查询登记备查。"),
    ]  # fmt: skip
    for n, (step, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, step, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("填表日期:2024年6月", None, None, None, None, None)
    return _layout(
        "marriage_registry_stack", "http://mzt.shaanxi.gov.cn/html/zw/zcwj/shsw/201910/8897.html",
        "县民政局 婚姻登记处 婚姻登记员's 岗位廉政风险登记表 (tab Sheet1) after the source's 婚姻登记规范化建设 实施细则 "
        "(县民政局及婚姻登记处, 婚姻登记员, 结婚室、离婚室、档案室): a bare title, then the holder as a VERTICAL stack of "
        "label|value rows (``单位名称 | 柘城县民政局``, ``所在科室 | 婚姻登记处``, ``姓名 | 郜婉清``, ``职务 | 婚姻登记员``, "
        "each value merged across the rest of the row); 序号/工作环节/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; a ``填表日期:`` line",
        [sh], t,
    )  # fmt: skip


def monitoring_station_pledge() -> dict:
    unit = "柘城县生态环境监测站"
    who, dept, post = "厍文博", "现场监测室", "采样员"
    sh = _Sheet("承诺书", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控承诺书", 4)
    _line(
        sh,
        f"本人{who},系{unit}{dept}{post}。为严守环境监测数据质量红线,对照岗位职责查找廉政风险点,"
        "现作如下承诺:",
        4,
    )
    sh.add("序号", "廉政风险点", "风险等级", "我的承诺")
    rows = [
        ("受排污单位请托,采样时故意避开排放高峰或擅自变更采样点位", "高",
         "严格按监测方案确定的点位和频次采样,采样过程拍照、定位上传。"),
        ("样品运输保存不规范,故意稀释、调换样品", "高", "样品贴唯一编码,交接时双方签字,全程冷藏记录。"),
        ("接受被监测单位宴请、礼品或由其报销费用", "中", "现场采样不在被监测单位就餐,不接受任何礼品。"),
        ("采样记录填写不全,事后补记或编造现场参数", "低", "采样记录现场填写、当场签字,不事后补填。"),
    ]  # fmt: skip
    for n, (point, level, pledge) in enumerate(rows, 1):
        sh.add(n, point, level, pledge)
        t.point(sh.name, dept, post, who, "general", point, [], HML[level])
    _line(sh, "以上承诺,请组织和群众监督。如有违反,自愿接受组织处理。", 4)
    sh.add(None, None, f"承诺人:{who}", "2024年6月10日")
    return _layout(
        "monitoring_station_pledge", "https://hjjc.hbzhan.com/news/162084.html",
        "县生态环境监测站 现场监测室 采样员's 岗位廉政风险防控承诺书 (tab 承诺书) after the source's list of 环境监测数据"
        "弄虚作假行为 (变更点位, 干扰采样口, 更换、稀释样品, 篡改、伪造数据): a title, then ONE merged sentence naming the "
        "holder, the 室 and the post (``本人厍文博,系柘城县生态环境监测站现场监测室采样员。…现作如下承诺:``); four "
        "columns ``序号 | 廉政风险点 | 风险等级 | 我的承诺`` (the measures under ``我的承诺``), 高/中/低, no type "
        "column; a merged closing sentence and ``承诺人:厍文博 | 2024年6月10日``",
        [sh], t,
    )  # fmt: skip


def town_agri_annex4() -> dict:
    unit = "柘城县蓼堤镇人民政府"
    who, dept, post = "麴永丰", "农业农村服务中心", "农技员"
    sh = _Sheet("附件4", [24, 12, 36, 18, 8, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "中")
    sh.add(*HEAD)
    duty = "负责科技示范户遴选、物化补贴发放和耕地地力保护补贴面积核实"
    rows = [
        (duty, "遴选科技示范户时优亲厚友,把亲友列为示范户", "岗位职责风险", "中",
         "示范户由村推荐、镇审核,名单在村务公开栏公示。"),
        (None, "物化补贴代领、替领,发放台账与实际不符", "岗位职责风险、制度机制风险", "高",
         "物化补贴由本人签字领取,建立发放台账,镇纪委抽查。"),
        (None, "核实补贴面积时虚报、多报,收受种植户好处", "思想道德风险、外部环境风险", "高",
         "面积核实到户到地块,核实结果公示7天。"),
        (None, "对农药、化肥质量投诉不及时上报,替经营户隐瞒", "业务流程风险", "低",
         "投诉当日登记,报县农业农村局执法大队。"),
    ]  # fmt: skip
    for d, point, kind, level, measures in rows:
        sh.add(d, None, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    for _ in range(3):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE_GENERAL, 6)
    return _layout(
        "town_agri_annex4", "http://tcdy.org.cn/show-127095.html",
        "镇 农业农村服务中心 农技员's 附件4 (tab 附件4) after the source's account of a 县's 基层农技推广 物化补贴 发放 "
        "(科技示范户 遴选, 技术指导员, ``不准代领、不准替领``, 发放台账): 所在科室及职务 run together "
        "(``农业农村服务中心农技员``), 岗位风险等级 ``中``; the 岗位职责 written on the FIRST row only, the cells under "
        "it blank and NOT merged (as the template leaves them), 工作流程 blank on every row, ``…风险`` types with two "
        "in some cells (``岗位职责风险、制度机制风险``), 高/中/低; three unused template rows, blank review boxes, 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tb_dispensary_blank_names(),
    price_center_annex4(),
    teacher_school_annex3(),
    weather_office_card(),
    sports_school_annex2(),
    hotline_selfcheck_dates(),
    marriage_registry_stack(),
    monitoring_station_pledge(),
    town_agri_annex4(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch98-inbox"))

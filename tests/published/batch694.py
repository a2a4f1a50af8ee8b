"""The six-hundred-and-ninety-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's health and
Mongolian-medicine bodies, 扎鲁特旗 (of 通辽市, 内蒙古) — its 卫生健康委员会, 蒙医医院, 蒙药制剂中心,
人民医院, 疾病预防控制中心, 卫生健康综合行政执法大队 and a 苏木卫生院 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed:

- the 卫生健康委员会's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type
  column, a ``附件2`` line and a sign-off line;
- the 蒙医医院's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` label row, 高/中/低, a type column;
- the 人民医院's 排查表 对岗不对人 (no names): ``科室 | 岗位`` merged, ``…风险`` types, ``高风险/中风险/低风险``;
- the 疾病预防控制中心's 清单 under GROUP ROWS ``一、中心领导`` …, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 卫生健康综合行政执法大队's 自查表, one sheet a person: label row over values, ``★★★/★★/★`` with a ``注：`` line;
- the 巨日合镇中心卫生院 (a 苏木/镇 卫生院)'s two-sheet workbook 院领导 / 科室, 高/中/低, a 填报单位 line;
- the 格日朝鲁苏木卫生院's 一览表 with ``部门 | 岗位 | 责任人`` on every row, short types, ``一级风险/二级风险/三级风险``.

One is harder:

- ``zhalute_mongol_pharmacy_holder_in_measures``: the 蒙药制剂中心's 廉政风险防控清单 with NO 科室, 岗位
  or 姓名 column (``序号 | 廉政风险点 | 风险等级 | 防控措施``); each holder's block of rows is told only
  by a bracket OPENING the 防控措施 cell of his FIRST row, ``【责任人：质量管理科　科长　阚某某】1.…；2.…``,
  and carrying down over the rows after it (their measures cells start with ``1.`` only) until the next
  such bracket. The README's 读得懂的表 knows a ``【post name】`` prefix on the first POINT of a block
  carrying down, the holder in a bracket CLOSING the measures, and the holder on the LAST line of the
  measures cell; it does not describe the holder as a labelled bracket opening the measures of the
  first row of his block and carried down through the measures column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (医院外包服务监管; 三级公立医院绩效考核;
医院评审办法; 医药购销领域商业贿赂专项治理; 医药领域腐败问题集中整治; 医保药品目录 竞价; 制剂管理制度;
卫健委的执法监督) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 阚 and 仉 with rare given names);
every unit is a body of 扎鲁特旗.

Run ``python tests/published/score.py --set batch694`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``【责任人：科室　岗位　姓名】`` bracket opening a measures cell makes that row and
  every row after it (to the next such bracket) the points of that holder, with the 科室 and post it
  names; the bracket is no part of the measures; the ``注：`` line and the sign-off line are no points;
- 主任, 副主任, 院长, 副院长, 队长 of a unit are leaders (中心领导, 院领导, 委领导 are their 科室 where written);
  科长, 科室主任, 股长 middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/…``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b694_"
PLACE = "扎鲁特旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
RESAVED = ()

# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(point, level, measures)])
BLOCKS = [
    ("中心领导", "主任", "阚翙岷", "leader", [
        ("蒙药制剂品种立项、备案中接受企业请托", "高", "1.品种立项经中心会议集体研究；2.备案资料公开。"),
        ("蒙药材供应商准入打招呼、定单位", "高", "1.供应商比选结果公示；2.签订廉洁购销协议。"),
    ]),
    ("质量管理科", "科长", "仉琛霈", "middle", [
        ("制剂成品检验放行把关不严，降低标准放行", "高", "1.检验结果双人复核；2.放行单科长、主任两级签字。"),
        ("蒙药材入库验收以次充好", "中", "1.验收留样备查；2.不合格药材当场拒收登记。"),
        ("检验原始记录事后补记、篡改", "中", "1.原始记录编号管理；2.每月抽查。"),
    ]),
    ("生产科", "调剂员", "阚沨璟", "general", [
        ("制剂投料虚报损耗，私自截留药材", "中", "1.投料称量双人核对；2.损耗率每月通报。"),
        ("成品出库不登记，私自调拨给他人", "低", "1.出库凭单据，账物每月盘点。"),
    ]),
]  # fmt: skip


def _bracket(dept, post, who):
    return f"【责任人：{dept}{GAP}{post}{GAP}{who}】"


def zhalute_mongol_pharmacy_holder_in_measures() -> dict:
    unit = f"{PLACE}蒙药制剂中心"
    sh = _Sheet("防控清单", [6, 40, 9, 50])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 4)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, post, who, tier, points in BLOCKS:
        for k, (point, lv, measures) in enumerate(points):
            n += 1
            shown = (_bracket(dept, post, who) if k == 0 else "") + measures
            sh.add(n, point, lv, shown)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：每人风险点自其第一条防控措施前【】内所写责任人起，至下一个【】止；风险等级分高、中、低三级。",
        4,
    )
    sh.add("编制：综合办公室", None, "审核：", "2025年6月")
    return _layout(
        "zhalute_mongol_pharmacy_holder_in_measures", "https://abg.baidu.com/tags/23dlzqnz3tao3vwgw3ea14",
        "(harder) 旗蒙药制剂中心 廉政风险防控清单, after the source's 制剂管理制度 (制剂配制, 检验放行, 原料验收, 留样): "
        "序号/廉政风险点/风险等级/防控措施 and NO 科室/岗位/姓名 column; each holder's block told only by a bracket "
        "``【责任人：科室　岗位　姓名】`` OPENING the measures cell of his first row, carried down to the next bracket; "
        "高/中/低, no type column; a 注 line and an 编制/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def _list(sh, t, rows, heads, lv_map, merge=(), typed=False, nodept=False):
    """rows: (dept, post, who, tier, point, type, level, measures); heads names the columns."""
    sh.add(*heads)
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        cells = [i] + ([] if nodept else [dept]) + [post] + ([who] if who is not None else [])
        cells += [point] + ([typ] if typed else []) + [lv, measures]
        sh.add(*cells)
        t.point(
            sh.name, dept, post, who or "", tier, point, types_in(typ) if typed else [], lv_map[lv]
        )
    if merge:
        specs = [(c, lambda row, c=c: tuple(row[1 : c + 1])) for c in merge]
        _merge_down(sh, first, specs)


def zhalute_health_commission_list() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    sh = _Sheet("一览表", [6, 14, 10, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, "附件2", 7)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    rows = [
        ("委领导", "主任", "阚沄琇", "leader", "医疗机构设置审批中打招呼、说人情", None, "一级",
         "设置审批经委务会集体研究，结果公开。"),
        ("委领导", "主任", "阚沄琇", "leader", "公立医院大型设备购置论证走过场", None, "一级", "设备购置经专家论证并报旗政府审批。"),
        ("医政医管股", "股长", "仉嵘澍", "middle", "医院评审、等级复核中弄虚作假", None, "一级", "评审专家随机抽取，结果公示。"),
        ("医政医管股", "股长", "仉嵘澍", "middle", "医疗纠纷调处偏袒一方", None, "二级", "纠纷调处两人以上参与，记录存档。"),
        ("规划财务股", "会计", "阚玥岍", "general", "专项资金拨付不按进度，截留挪用", None, "二级", "资金拨付按项目进度，股长复核。"),
        ("规划财务股", "会计", "阚玥岍", "general", "报账票据审核不严", None, "三级", "票据实行会计、股长两级审核。"),
    ]  # fmt: skip
    _list(
        sh,
        t,
        rows,
        ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"),
        GRADES,
        merge=(1, 2, 3),
    )
    sh.add("填表人：", None, "审核人：", None, "分管领导（签字）：", None, "2025年5月")
    return _layout(
        "zhalute_health_commission_list", "https://www.paxyq.com/t/jie-mi-wei-jian-wei-ru-he-que-bao-gong-gong-wei-sheng-an-quan-zhi-fa-jian-du-bei-hou-de-gu-shi.html",
        "旗卫生健康委员会 岗位廉政风险防控一览表, after the source's account of 卫健委 执法监督 (医疗机构监管, 药品监管): "
        "an 附件2 line, a title, 科室 merged, 岗位/姓名 merged per person, 一级/二级/三级, no type column, a sign-off line",
        [sh], t,
    )  # fmt: skip


def zhalute_mongol_hospital_cards() -> dict:
    unit = f"{PLACE}蒙医医院"
    t = _Truth(unit)
    people = [
        ("阚翯澂", "院长", [
            ("药品、耗材遴选进院中收受回扣", "思想道德风险", "高", "药事管理委员会集体遴选，全程留痕。"),
            ("基建项目插手招投标", "制度机制风险", "高", "基建项目进入公共资源交易中心。"),
        ]),
        ("仉沁璆", "副院长", [
            ("蒙医特色诊疗项目收费违规", "岗位职责风险", "中", "收费项目每季度自查，公示价格。"),
            ("外包服务单位考核走过场", "制度机制风险", "中", "外包服务按合同月考核，结果挂钩付款。"),
            ("接受医药代表宴请", "思想道德风险", "低", "签订廉洁从业承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, points in people:
        sh = _Sheet(who, [6, 40, 14, 9, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
        sh.add("持卡人（签字）：", None, "监督人：", None, None)
        sheets.append(sh)
    return _layout(
        "zhalute_mongol_hospital_cards", "https://abg.baidu.com/tags/2k65jown4kypzn76z3y3zyfz3tlmnnwixsyl7pf2zoyozn5i",
        "旗蒙医医院 领导干部廉政风险防控卡, one sheet a leader, after the source's 医院外包服务监管制度及考核办法: a title, a "
        "label row ``姓　名 | … | 职　务 | …``, 序号/风险点/风险类型/风险等级 高/中/低/防控措施, a 持卡人 line",
        sheets, t,
    )  # fmt: skip


def zhalute_people_hospital_posts() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("排查表", [6, 12, 12, 40, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    rows = [
        ("药剂科", "科主任", None, "middle", "药品采购计划量身定制，倾向特定企业", "制度机制风险", "高风险", "采购计划经药事委员会审核。"),
        ("药剂科", "药师", None, "general", "处方点评不如实，隐瞒超常用药", "岗位职责风险", "中风险", "处方点评结果每月公示。"),
        ("设备科", "科长", None, "middle", "医用耗材验收数量、规格不核对", "岗位职责风险", "高风险", "耗材验收使用科室共同签字。"),
        ("设备科", "采购员", None, "general", "采购中收受供应商好处费", "思想道德风险", "高风险", "采购两人以上共同经办。"),
        ("医保办", "审核员", None, "general", "医保结算审核不严，套取医保基金", "业务流程风险", "中风险", "医保结算每月抽查病历。"),
    ]  # fmt: skip
    _list(
        sh,
        t,
        rows,
        ("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施"),
        HIGHS,
        merge=(1, 2),
        typed=True,
    )
    sh.add("编制：院办", None, None, "审核：", None, None, "2025年4月")
    return _layout(
        "zhalute_people_hospital_posts", "http://www.vshango.net/html/news/200736/430.html",
        "旗人民医院 岗位廉政风险点排查表 对岗不对人, after the source's 治理医药购销领域商业贿赂 (药品、耗材采购, 回扣, 提成): "
        "科室/岗位 merged, no names, ``…风险`` types, 高风险/中风险/低风险",
        [sh], t,
    )  # fmt: skip


def zhalute_cdc_group_rows() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "仉璟翰", "leader", [("疫苗、试剂采购中指定供应商", "Ⅰ级", "采购经中心会议研究，公开比选。")]),
        ]),
        ("二、免疫规划科", "免疫规划科", [
            ("科长", "阚澔岫", "middle", [("疫苗出入库账物不符", "Ⅰ级", "疫苗出入库系统扫码，每月盘点。"),
                                        ("接种单位考核打分不实", "Ⅱ级", "考核两人以上，结果公示。")]),
            ("科员", "仉沅霁", "general", [("冷链设备验收不严", "Ⅲ级", "验收记录存档。")]),
        ]),
        ("三、检验科", "检验科", [
            ("科长", "阚珝泠", "middle", [("检测报告出具违规，出具虚假数据", "Ⅰ级", "报告三级审核签发。"),
                                        ("检测收费不按标准", "Ⅱ级", "收费公示，票据统一管理。")]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _merge_down(
            sh, first, [(1, lambda row: (row[1], row[2])), (2, lambda row: (row[1], row[2]))]
        )
    return _layout(
        "zhalute_cdc_group_rows", "http://www.iguowang.com.cn/yuanchuan/2023-08-15/387539.html",
        "旗疾病预防控制中心 廉政风险防控责任清单 under GROUP ROWS ``一、中心领导`` …, after the source's 全国医药领域腐败问题集中整治 "
        "问答 (关键岗位, 带金销售): 岗位/姓名 merged per person, Ⅰ级/Ⅱ级/Ⅲ级, no type column",
        [sh], t,
    )  # fmt: skip


def zhalute_enforcement_selfchecks() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("仉翯岚", "医疗卫生监督股", "股长", "middle", [
            ("对无证行医查处不力，以罚代刑", "★★★", "案件移送标准公开，案卷评查。"),
            ("行政处罚自由裁量不规范", "★★", "执行裁量基准，处罚集体讨论。"),
        ]),
        ("阚霂珩", "公共卫生监督股", "执法员", "general", [
            ("公共场所卫生许可现场核查走过场", "★★", "核查两人以上，拍照留档。"),
            ("监督检查中接受吃请", "★", "执法全过程记录仪记录。"),
            ("投诉举报核查不及时，压案不查", "★★", "举报登记编号，限时办结。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 4)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间")
        sh.add(who, dept, post, "2025年5月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 4)
        sh.add("本人签名：", None, "大队长意见：", None)
        sheets.append(sh)
    return _layout(
        "zhalute_enforcement_selfchecks", "https://abg.baidu.com/tags/zg63nk6kuhjl3vf2y3amt45q5s32q13",
        "旗卫生健康综合行政执法大队 岗位廉政风险自查表, one sheet a person, after the source's 医院评审办法 (评审, 监督检查): "
        "a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over values, ★★★/★★/★ read by a 注 line",
        sheets, t,
    )  # fmt: skip


def zhalute_jurihe_health_center_two_sheets() -> dict:
    unit = f"{PLACE}巨日合镇中心卫生院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 9, 40, 9, 34])
    _line(lead, f"{unit}院领导廉政风险防控一览表", 6)
    _line(lead, f"填报单位：{unit}", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    first = len(lead.rows)
    for i, (who, post, point, lv, m) in enumerate([
        ("阚樾沄", "院长", "基本公共卫生服务项目资金挤占挪用", "高", "项目资金专账核算，旗卫健委审计。"),
        ("阚樾沄", "院长", "乡村医生考核打分不实", "中", "考核结果在嘎查村公示。"),
        ("仉瑷澂", "副院长", "家庭医生签约服务虚报", "中", "签约服务随机电话回访。"),
    ], 1):  # fmt: skip
        lead.add(i, who, post, point, lv, m)
        t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(1, lambda row: row[1]), (2, lambda row: row[1])])
    dept = _Sheet("科室", [6, 12, 10, 9, 40, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    rows = [
        ("药房", "药剂员", "仉岍淏", "general", "药品效期管理不严，过期药品私自处理", None, "中", "过期药品登记销毁，两人监销。"),
        ("药房", "药剂员", "仉岍淏", "general", "基本药物采购绕开平台", None, "高", "药品全部平台采购。"),
        ("财务室", "会计", "阚璆涴", "general", "医保报销单据审核不严", None, "中", "报销单据院长审签。"),
    ]  # fmt: skip
    _list(
        dept,
        t,
        rows,
        ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"),
        HML,
        merge=(1, 2, 3),
    )
    dept.add("填表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "zhalute_jurihe_health_center_two_sheets", "https://abg.baidu.com/tags/zd63znvzvpa2fuv52s5lzkgqu673zowl224ld2rakbifi13",
        "镇中心卫生院 一览表 in TWO SHEETS 院领导/科室, after the source's 三级公立医院绩效考核指标 (医疗质量, 运营效率): a "
        "填报单位 line, 姓名/职务 merged per leader, 科室 merged and 岗位/姓名 merged, 高/中/低, no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhalute_gerichaolu_health_center_list() -> dict:
    unit = f"{PLACE}格日朝鲁苏木卫生院"
    sh = _Sheet("一览表", [6, 10, 10, 9, 40, 10, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    rows = [
        ("院办", "院长", "仉霈瑜", "leader", "医疗设备采购不公开比选", "制度机制", "一级风险", "采购经院务会研究，报旗卫健委备案。"),
        ("院办", "院长", "仉霈瑜", "leader", "绩效工资分配不按考核", "岗位职责", "二级风险", "分配方案职工大会通过并公示。"),
        ("公共卫生科", "科长", "阚岚琤", "middle", "慢病随访记录造假，套取项目经费", "业务流程", "一级风险", "随访记录每月抽查回访。"),
        ("收费室", "收费员", "仉昶湄", "general", "收费不开票据，截留现金", "思想道德", "二级风险", "收费系统日结，院长不定期抽查。"),
        ("收费室", "收费员", "仉昶湄", "general", "医保药品目录外药品按目录内结算", "业务流程", "三级风险", "结算目录系统自动比对。"),
    ]  # fmt: skip
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    for i, (d, post, who, tier, point, typ, lv, m) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, typ, lv, m)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), RISKS[lv])
    _line(sh, "注：风险类型分思想道德、制度机制、岗位职责、业务流程四类。", 8)
    return _layout(
        "zhalute_gerichaolu_health_center_list", "http://gannonghui.com/tag/xingshishencha_yibaoyaopinmulu_guojiayibao_yaopinxinxi_jingjia.html",
        "苏木卫生院 岗位廉政风险防控一览表, after the source's 医保药品目录 形式审查 and 竞价: 部门/岗位/责任人 on EVERY row, "
        "short types, 一级风险/二级风险/三级风险, a 注 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS = [
    zhalute_health_commission_list(),
    zhalute_mongol_hospital_cards(),
    zhalute_people_hospital_posts(),
    zhalute_cdc_group_rows(),
    zhalute_enforcement_selfchecks(),
    zhalute_jurihe_health_center_two_sheets(),
    zhalute_gerichaolu_health_center_list(),
    zhalute_mongol_pharmacy_holder_in_measures(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )

"""The five-hundred-and-sixty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 司法 and
公安 bodies, 泽库县 (黄南藏族自治州, 青海) — its 司法局, 法律援助中心 and 和日镇司法所, its 公安局 and the
局's 交通警察大队, 看守所 and two 派出所 (泽曲, 麦秀) — each handing back the 一览表, 排查表, 防控卡,
自查表 or 清单 its staff typed in WPS or Excel:

- the 司法局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 交通警察大队's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 法律援助中心's 自查表, one sheet a person (tab = the person): a label row ``姓　名 | 所在部门 |
  岗　位 | 填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 麦秀派出所's 责任清单 under GROUP ROWS ``一、所领导`` … ``四、案件办理队`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 和日镇司法所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 公安局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 看守所's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zeku_zequ_police_station_stage_legend``: the 泽曲派出所's 执法办案廉政风险防控表 lists its points BY
  THE STAGE OF A CASE, not by holder: ``序号 | 执法环节 | 廉政风险点 | 风险等级 | 防控措施``, the
  ``执法环节`` (``接警受案``, ``调查取证``, ``法制审核``, ``审批决定``, ``涉案财物管理``) merged down over each
  stage's rows, 高/中/低, no type column — and NO 岗位, 姓名 or 责任人 COLUMN. Who holds each stage is
  written ONLY in one merged line between the title and the heading, a legend keyed by the STAGE:
  ``执法办案各环节责任人：接警受案—值班民警　禚翃澂；调查取证—办案民警　逄琸岚；法制审核—法制员　禚湉珣；
  审批决定—所长　逄峤翊；涉案财物管理—涉案财物管理员　禚沨琬。`` So a row's holder is found by looking up
  its 执法环节 cell in the legend: the stage names the post and the person. The shape is about WHERE
  THE HOLDER IS GIVEN (and by what key). The README's 读得懂的表 knows a roster above a table keyed
  by the POST the table writes (``村文书 | 戴晓军 | 村报账员 | 史红霞``; ``表上方一人一行 从琰澍　土地收储股股长``),
  a ``岗位人员：部长　禤朗川；…`` line under it keyed by the post, a legend of CODES (``A—所长　张三``,
  ``代号 | 科室 | 岗位 | 姓名``, ``责任岗位`` codes) and of 职权编码 on another sheet, a 分工表 keyed by
  the points' NUMBERS, ``责任分工：第1—3项　村党支部书记　汝峪樵`` keyed by numbers, stages merged each
  over its own ``责任岗位 | 姓名`` columns (``立案环节 ⏵ 责任岗位 | …``), ``廉政风险点`` merged over 环节
  columns, and a flow chart whose holder box stands at the row's left; none gives the holders only in
  a legend keyed by the 环节 the table's own stage column names (a grep of the earlier batches for
  ``各环节责任``, ``环节责任分工``, ``环节责任人`` finds nothing).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 重大执法决定法制审核 — a
派出所's 法制员 checks 接处警视频, 询问笔录, 证据资料, 涉案物品扣押 and sends the case up for 审批; a
市司法局 党组's 巡察整改 report — 党组, 班子成员, 股室, 责任分工; a 交警大队's 卡点 where a driver
hands a 超载 fine-dodging 100元 inside his 驾驶证 — 执勤民警, 处罚, 说情风; a law-glossary page on
法律援助 — 不得收取任何财物, 办案补贴, 经费专款专用; a comment on a 派出所 that cancelled a man's
户口 — 户籍民警, 所长, 主管治安的副局长; a 县司法局's 社区矫正 model — 司法所, 矫正中心, 监管+教育+帮扶;
a 市公安局's 2007 list of ten kinds of 民警违法违纪 — 执法质量, 拉赞助乱收费, 以权谋私, 一岗双责; a
拘留所/看守所's catch of cigarettes sewn into a shoe — 值班民警, 在押人员家属, 违禁物品) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 禚 and 逄 with rare given names); every unit is a body of
泽库县 (``unit_words=("泽库县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch563`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every row is the point of the holder its ``执法环节`` names in the legend (post
  and name after the ``—``), with the row's level; one form a holder, no 科室 (the table names
  none); the legend line, the ``注：`` line and the 填表/审核 line are no points; ``执法环节`` is
  neither a 科室 nor a post;
- ``所领导`` (a group row of the 麦秀派出所, a 科室 cell of the 看守所), ``大队领导`` and ``局领导`` (部门
  cells) and ``中心领导`` (a 所在部门 cell) are the 科室 of those leaders, as the models take ``学校领导``;
  the 司法局's leaders (sheet ``局领导``, no 科室 column) and the cards' holders have no 科室; a 局's
  股 and 室, a 大队's 中队 and 车辆管理所, a 派出所's 室 and 队, a 看守所's 中队 and 组 and a 中心's 室 are
  科室;
- every body is a unit of its own: 局长, 政委, 副局长, 大队长, 所长, 教导员 and the 法律援助中心's 主任
  are leaders; 股长, 中队长, a 派出所's 队长 and a 室's 主任 middle; the rest (科员, 会计, 民警, 内勤,
  受理员, 司法助理员, 人民调解员, 法制员, 管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 交通警察大队's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b563_"
PLACE = "泽库县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the stages of a case, each with its holder as the legend names them: (stage, post, name, tier)
STAGES = [
    ("接警受案", "值班民警", "禚翃澂", "general"),
    ("调查取证", "办案民警", "逄琸岚", "general"),
    ("法制审核", "法制员", "禚湉珣", "general"),
    ("审批决定", "所长", "逄峤翊", "leader"),
    ("涉案财物管理", "涉案财物管理员", "禚沨琬", "general"),
]

# (执法环节, 廉政风险点, 风险等级, 防控措施)
STAGE_POINTS = [
    ("接警受案", "接到报警后有案不受、有警不录", "高", "接处警全程开启执法记录仪，警情录入系统每日核对。"),
    ("接警受案", "受当事人请托，改变警情性质或降低案件类别", "中", "警情定性由值班所领导复核。"),
    ("调查取证", "询问笔录不如实记录，选择性收集证据", "高", "询问全程同步录音录像，笔录由两名民警签字。"),
    ("调查取证", "接受案件当事人宴请、财物", "中", "签订廉洁办案承诺书，案件回访当事人。"),
    ("调查取证", "违规对违法嫌疑人采取或解除强制措施", "高", "强制措施一律报所长审批，系统留痕。"),
    ("法制审核", "对证据不足、程序违法的案件审核放行", "高", "法制员逐案填写审核意见，县局法制大队抽查。"),
    ("法制审核", "审核意见随意改动，替办案民警补材料", "中", "审核意见存档，改动须注明原因并签字。"),
    ("审批决定", "以罚代刑、以罚代拘，处罚畸轻畸重", "高", "处罚按裁量基准确定，重大案件集体议案。"),
    ("审批决定", "为说情打招呼的当事人减轻处罚", "中", "领导干部干预执法活动一律登记备案。"),
    ("涉案财物管理", "扣押物品登记不全，私自使用、处置涉案财物", "高", "涉案财物统一入保管室，出入库双人登记。"),
    ("涉案财物管理", "罚没款不及时上缴，截留挪用", "低", "罚没款当日缴入财政专户，每月对账。"),
]  # fmt: skip


def zeku_zequ_police_station_stage_legend() -> dict:
    unit = f"{PLACE}公安局泽曲派出所"
    sh = _Sheet("执法办案", [6, 14, 40, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}执法办案廉政风险防控表", 5)
    legend = "；".join(f"{stage}—{post}{GAP}{who}" for stage, post, who, _tier in STAGES)
    _line(sh, f"执法办案各环节责任人：{legend}。", 5)
    sh.add("序号", "执法环节", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for i, (stage, point, lv, measures) in enumerate(STAGE_POINTS, 1):
        sh.add(i, stage, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a holder, in the legend's order
    for stage, post, who, tier in STAGES:
        for at, point, lv, _measures in STAGE_POINTS:
            if at == stage:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险等级分高、中、低三级；各环节风险点由该环节责任人负责防控。", 5)
    sh.add("填表人：", None, "审核人：", None, "2025年5月")
    return _layout(
        "zeku_zequ_police_station_stage_legend", "http://tech.jiangsulong.com/a/2019/0228/1551330614.html",
        "(harder) 县公安局派出所 执法办案廉政风险防控表, after the source's report on 重大执法决定法制审核 (a 派出所's "
        "法制员 checks 接处警视频, 询问笔录, 证据资料, 涉案物品扣押, then the case goes up for 审批): a title, a merged "
        "LEGEND line ``执法办案各环节责任人：接警受案—值班民警　禚翃澂；调查取证—办案民警　逄琸岚；…`` keyed by the STAGE, "
        "then 序号/``执法环节`` merged down per stage/廉政风险点/风险等级 高/中/低/防控措施 with NO post, name or 责任人 "
        "column: each row's holder is the one the legend gives for its 执法环节; no type column; a merged ``注：`` line "
        "and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zeku_justice_bureau_two_sheets() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("逄彧澍", "局长", "主持全面工作", [
            ("“三重一大”事项不经党组会集体研究", "一级", "“三重一大”事项党组会集体决策，会议纪要存档。"),
            ("对律师、基层法律服务工作者的投诉处理说情干预", "二级", "投诉处理集体研究，结果书面答复投诉人。"),
        ]),
        ("禚瑀岍", "副局长", "分管社区矫正、法律援助", [
            ("社区矫正对象请假外出审批把关不严", "一级", "请假审批分级负责，外出期间电子定位核查。"),
            ("法律援助案件指派向个别律师事务所倾斜", "二级", "案件按律师名册轮流指派，每季度公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社区矫正管理股", "股长", "逄淏琤", "middle", "社区矫正调查评估意见弄虚作假", "一级",
         "调查评估由两人以上实地走访，评估意见集体研究。"),
        ("社区矫正管理股", "股长", "逄淏琤", "middle", "对脱管、漏管的矫正对象不及时处置", "二级",
         "每日核查定位信息，脱管情况当日报告。"),
        ("公共法律服务管理股", "股长", "禚昶霁", "middle", "律师事务所年度检查考核走过场", "二级",
         "年度检查实行随机抽查，结果网上公示。"),
        ("公共法律服务管理股", "科员", "逄璟沄", "general", "人民调解“以案定补”资金审核不严", "三级",
         "补贴凭调解卷宗逐件审核，乡镇司法所初审。"),
        ("办公室", "会计", "禚珈汭", "general", "法律援助办案补贴不按标准发放", "二级",
         "补贴按结案评估等次核发，经办人、审核人双签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zeku_justice_bureau_two_sheets", "https://sfj.putian.gov.cn/xxgk/tzgg/202502/t20250220_1975029.htm",
        "县司法局 廉政风险防控一览表 in TWO SHEETS, after the source's 市司法局 党组 巡察整改 report (党组, 班子成员, 股室, "
        "责任分工): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zeku_traffic_police_posts() -> dict:
    unit = f"{PLACE}公安局交通警察大队"
    sh = _Sheet("排查表", [6, 14, 12, 16, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "勤务卡点设置", "为超限超载车辆通行打招呼，随意撤换卡点", "制度机制风险", "高",
         "卡点设置和勤务安排集体研究，每周轮换。"),
        ("事故处理中队", "中队长", "middle", "事故责任认定", "交通事故责任认定受人情干扰，认定不公", "岗位职责风险", "高",
         "责任认定经中队集体讨论，重大事故报大队审核。"),
        ("事故处理中队", "事故处理民警", "general", "事故车辆扣留", "事故车辆扣留、放行不按规定办理", "业务流程风险", "中",
         "扣留放行凭审批单，停车场出入登记。"),
        ("秩序中队", "执勤民警", "general", "现场处罚", "违规收取现金罚款，不开具处罚决定书", "思想道德风险", "高",
         "罚款一律非现场缴纳，执法记录仪全程开启。"),
        ("秩序中队", "执勤民警", "general", "超载查处", "收受驾驶人财物，对超载车辆放行不罚", "外部环境风险", "高",
         "查处信息当场录入系统，督察随机抽查。"),
        ("车辆管理所", "车驾管民警", "general", "机动车查验", "查验走过场，为不合格车辆办理登记", "业务流程风险", "中",
         "查验照片上传系统，上级车管部门远程监管。"),
        ("车辆管理所", "车驾管民警", "general", "驾驶人考试", "考试中降低评判标准，替考不查", "岗位职责风险", "低",
         "考试全程录像，考生身份人像比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zeku_traffic_police_posts", "http://jw.cj.gov.cn/P/C/140945.htm",
        "县交警大队 岗位廉政风险点排查表 对岗不对人, after the source's 交警大队 卡点 story (超载 货车, 驾驶证内夹着现金, "
        "执勤民警, 处罚, 说情风): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zeku_legal_aid_selfchecks() -> dict:
    unit = f"{PLACE}法律援助中心"
    t = _Truth(unit)
    people = [
        ("逄翀璠", "中心领导", "主任", "leader", [
            ("法律援助案件指派向特定律师倾斜", "Ⅰ级", "案件指派按名册轮流，指派情况每季度公示。", "已落实"),
            ("办案补贴发放审核把关不严", "Ⅱ级", "补贴按结案质量评估等次核发，财务复核。", "未发现问题"),
        ]),
        ("禚霈晗", "受理审查室", "受理员", "general", [
            ("对申请人经济困难状况审查不严", "Ⅰ级", "经济困难状况实行个人承诺加信息核查。", "已落实"),
            ("对符合条件的申请推诿、不予受理", "Ⅲ级", "不予受理的书面告知理由，群众可向司法局申请审查。", "已落实"),
        ]),
        ("逄湜岚", "案件管理室", "案件管理员", "general", [
            ("结案材料审查走过场", "Ⅱ级", "结案卷宗逐件审查，随机回访受援人。", "未发现问题"),
            ("发现援助律师向受援人收取财物不报告", "Ⅱ级", "受援人回访中专项询问，发现问题当日报告。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "中心意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zeku_legal_aid_selfchecks", "http://uianet.net/dictionary/b14272946.html",
        "县法律援助中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's law-glossary "
        "page on 法律援助 (不得收取任何财物, 办案补贴, 经费专款专用): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 中心意见：``",
        sheets, t,
    )  # fmt: skip


def zeku_maixiu_police_station_group_rows() -> dict:
    unit = f"{PLACE}公安局麦秀派出所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "禚骞珝", "leader", [
                ("户口注销、补录审批把关不严", "一级风险", "户口注销补录一律实地核查，报县局治安大队审核。"),
                ("治安案件调解结案不经集体研究", "二级风险", "调解结案案件每周所务会通报。"),
            ]),
            ("教导员", "逄屹澂", "leader", [
                ("辅警招录、考核中优亲厚友", "二级风险", "招录考核全程公开，结果公示。"),
            ]),
        ]),
        ("二、综合指挥室", "综合指挥室", [
            ("内勤", "禚涟琇", "general", [
                ("接处警信息录入不实，有警不录", "二级风险", "警情每日与110平台核对。"),
            ]),
        ]),
        ("三、社区警务队", "社区警务队", [
            ("户籍民警", "逄砚翃", "general", [
                ("违规办理户口迁入、补录", "一级风险", "户籍业务一人受理、一人审核。"),
                ("违规查询、泄露公民个人信息", "一级风险", "查询须填写事由，系统日志每月审计。"),
            ]),
            ("社区民警", "禚岱沅", "general", [
                ("特种行业检查走过场，收受经营者好处", "二级风险", "检查两人同行，检查记录当场签字。"),
            ]),
        ]),
        ("四、案件办理队", "案件办理队", [
            ("队长", "逄旻琰", "middle", [
                ("治安案件调解中偏袒一方当事人", "三级风险", "调解过程录音录像，调解书当事人签字。"),
            ]),
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
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zeku_maixiu_police_station_group_rows", "https://mcdurieux.com/news/zawen/shehui/viewpoint/2014/0428/149085.html",
        "县公安局派出所 廉政风险防控责任清单, after the source's comment on a 派出所 that cancelled a man's 户口 (户籍民警, "
        "所长, 主管治安工作的副局长, 户口补录): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、所领导``, ``二、综合指挥室``, ``三、社区警务队``, ``四、案件办理队`` merged across; "
        "岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zeku_heri_justice_office_cards() -> dict:
    unit = f"{PLACE}和日镇司法所"
    t = _Truth(unit)
    cards = [
        ("所长", "禚暄翎", "所长", "主持司法所全面工作，负责社区矫正、人民调解", "leader", [
            ("社区矫正对象日常报到、走访流于形式", "★★★", "每月走访不少于一次，走访记录县局抽查。"),
            ("人民调解“以案定补”材料虚报", "★★", "调解卷宗与补贴台账逐件核对。"),
        ]),
        ("司法助理员", "逄岫昉", "司法助理员", "负责社区矫正对象日常管理、法律咨询", "general", [
            ("为社区矫正对象违规出具请假材料", "★★★", "请假材料所长审核，县局备案。"),
            ("法律咨询中向群众推荐律师收取好处", "★★", "法律咨询免费，引导群众到公共法律服务站。"),
        ]),
        ("人民调解员", "禚沣琦", "人民调解员", "负责矛盾纠纷排查调处", "general", [
            ("调解中偏袒一方当事人", "★★", "调解结果当事人签字确认，所长审核。"),
            ("接受纠纷当事人宴请、礼品", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zeku_heri_justice_office_cards", "http://www.chjzxc.com/index/index/page.html?id=20156",
        "县乡镇司法所 岗位廉政风险防控卡, one sheet a holder, after the source's 县司法局 社区矫正 “1123” model (司法所, "
        "矫正中心, 走访, 请假, 监管+教育+帮扶): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zeku_public_security_bureau_list() -> dict:
    unit = f"{PLACE}公安局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "逄珩湛", "leader", "民警职级晋升、评先评优中以权谋私", "制度机制", "高风险",
         "晋升评优方案经局党委会研究，结果公示。"),
        ("局领导", "政委", "禚璩岷", "leader", "落实“一岗双责”不力，对民警违纪问题失察", "岗位职责", "中风险",
         "每季度听取分管部门廉政情况汇报。"),
        ("治安管理大队", "大队长", "逄洺翾", "middle", "特种行业、娱乐场所许可审批违规", "业务流程", "高风险",
         "许可审批实行受理、审核、审批分离。"),
        ("刑事侦查大队", "大队长", "禚珺岚", "middle", "刑事案件有案不立、以罚代刑", "岗位职责", "高风险",
         "立案情况每月由法制大队审核通报。"),
        ("警务保障室", "主任", "逄翎沂", "middle", "警用装备采购中指定供应商", "外部环境", "中风险",
         "装备采购一律进入政府采购平台。"),
        ("警务保障室", "会计", "禚琬岍", "general", "罚没款收缴坐收坐支", "业务流程", "中风险",
         "罚没款全部缴入财政专户，票款核对。"),
        ("政工室", "科员", "逄霁珣", "general", "辅警招聘报名资格审查不严", "思想道德", "低风险",
         "资格审查两人交叉复核，名单公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "zeku_public_security_bureau_list", "https://news.sohu.com/20080124/n254869575.shtml",
        "县公安局 岗位廉政风险防控一览表, after the source's 市公安局 list of ten kinds of 民警违法违纪 (执法质量, "
        "拉赞助乱收费, 以权谋私, 一岗双责, 跑官要官): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def zeku_detention_house_register() -> dict:
    unit = f"{PLACE}公安局看守所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "禚翾澄", "leader", [
            ("在押人员提讯、会见审批把关不严", "制度机制", "一级", "提讯会见凭法律文书，所长审批后登记。"),
        ]),
        ("管教中队", "管教民警", "逄瑄岑", "general", [
            ("为在押人员传递违禁物品、信件", "思想道德", "一级", "进出监区人身检查，监室每日清查。"),
            ("接受在押人员家属宴请、财物", "外部环境", "二级", "家属接待在窗口进行，全程录像。"),
        ]),
        ("管教中队", "收押民警", "禚昀瑆", "general", [
            ("收押时随身物品登记不全，私自处置", "业务流程", "二级", "物品登记在押人员签字，入库双人管理。"),
        ]),
        ("后勤组", "会计", "逄沅璐", "general", [
            ("在押人员个人账户存取款管理不规范", "业务流程", "二级", "账户存取凭单据，每月对账。"),
            ("伙食采购虚报数量", "岗位职责", "三级", "食材验收两人签字，采购清单公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "zeku_detention_house_register", "http://hznews.hangzhou.com.cn/shehui/content/2018-03/29/content_6834892.htm",
        "县公安局看守所 廉政风险点排查登记表, after the source's 拘留所/看守所 story (香烟缝在鞋底, 值班民警 检查 家属所送衣物, "
        "违禁物品, 监所安全): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zeku_zequ_police_station_stage_legend(),
    zeku_justice_bureau_two_sheets(),
    zeku_traffic_police_posts(),
    zeku_legal_aid_selfchecks(),
    zeku_maixiu_police_station_group_rows(),
    zeku_heri_justice_office_cards(),
    zeku_public_security_bureau_list(),
    zeku_detention_house_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch563-inbox"))

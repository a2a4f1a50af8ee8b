"""The nine-hundred-and-fortieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's market
regulation bodies, 措美县 (山南市, 西藏自治区) — its 市场监督管理局, 食品药品检验检测站, 计量检定所,
特种设备检验站, 消费者权益保护中心, 知识产权服务站 and two 乡镇市场监管所 (哲古镇, 古堆乡) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 食品药品检验检测站's 一览表 in TWO SHEETS: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 计量检定所's 排查表 对岗不对人: ``所室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 特种设备检验站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 消费者权益保护中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 知识产权服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 哲古镇市场监管所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 古堆乡市场监管所's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``cuomei_market_bureau_levels_by_department_grading``: the 市场监督管理局's 岗位廉政风险点一览表, an
  ordinary list (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施``, 股室 merged, 岗位 and 姓名
  merged per person) with NO LEVEL COLUMN: under it a small ``股室风险等级评定`` table (``风险等级 | 股室``:
  ``一级 | 局领导、稽查执法股``, ``二级 | 登记注册股、食品安全监管股``, ``三级 | 综合办公室``) and a note
  ``注：本表所列风险点不再逐项评定等级，各风险点的风险等级按所在股室的风险等级确定。`` — every point
  takes the grade of its 股室 (DEPARTMENTS graded, not posts). The docs describe a grading of POSTS
  (``一级风险岗位 | 局长、副局长、…科科长``, looked up by 科室+岗位 or by 岗位, ``LEVEL_BY_POST_GRADING``),
  levels by a note naming points (``LEVEL_BY_NAME``), by 序号 (``LEVEL_BY_NUMBER``), by type
  (``LEVEL_BY_TYPE_NOTE``), by supervisor (``LEVEL_BY_SUPERVISOR_NOTE``) and by subject words; none
  grades the 科室 themselves and lets each point take its 科室's grade.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市场监管局 whose leaders made the
科室, 所 and 稽查大队 collect 会费 from firms, 罚款 and 检查 as levers; a 快速检测中心 — 农贸市场 快检,
抽样, 公示, 不合格 处置; a 县 检测中心's 计量检定 of 电子秤 — 强制检定, 合格标志; the published
电梯 检验检测 收费标准 — 检验周期, 加收, 收费公示; a 工商局's 重点领域消费维权 report — 12315, 申诉举报,
立案查处, 罚没款; a 市场监管局(知识产权局)'s 商标和地理标志 half-year summary — 商标受理窗口, 地理标志
申报, 宣传周; a 监管所 副所长 who sold 罚没物品 meant for 销毁 — 查扣, 审批表签字, 仓库; a 工商所's
消费维权 总结 — 申诉调解, 举报转案件, 罚没款) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
宗 and 燕 with rare given names); every unit is a body of 措美县.

Run ``python tests/published/score.py --set batch940`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the grade the ``股室风险等级评定`` table gives its 股室
  (``局领导`` stands in the 股室 column, so it is the leaders' 科室 and is graded like a 股室); the
  grading table's rows and the note are no points;
- ``站领导``, ``中心领导``, ``所领导`` (a 科室/部门 cell, a sheet or a group row) are the 科室 of those
  leaders; the 检测站's leaders (sheet ``站领导``) and the cards' leaders have no 科室; a 局's 股 or
  办公室, a 站's 室, a 中心's 组 and a 所's 组 are 科室; a group row ``二、投诉受理组`` gives the 科室
  ``投诉受理组``;
- every station, 所, 中心 and the 局 are units of their own: 局长, 副局长, 站长, 副站长, 所长, 副所长
  and the 中心's 主任 and 副主任 are leaders; 股长, 组长 and a 室's 主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 计量检定所's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b940_"
PLACE = "措美县"
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

# 股室风险等级评定: (风险等级, [股室])
DEPT_GRADES = [
    ("一级", ["局领导", "稽查执法股"]),
    ("二级", ["登记注册股", "食品安全监管股"]),
    ("三级", ["综合办公室"]),
]
# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 防控措施)])
GRADED = [
    ("局领导", "局长", "宗峤琰", "leader", [
        ("以协会名义向辖区企业摊派会费、捐赠款", "制度机制风险", "严禁向监管对象摊派，局党组会议纪要报县纪委监委派驻组备案。"),
        ("重大行政处罚案件个人说了算，不经集体讨论", "岗位职责风险", "重大案件一律提交案审会集体讨论，记录存档。"),
    ]),
    ("局领导", "副局长", "燕澍嵘", "leader", [
        ("为亲友经营的企业说情，干预日常检查", "思想道德风险", "领导干部插手干预监管执法记录报告，每季度通报。"),
    ]),
    ("稽查执法股", "股长", "宗琬屾", "middle", [
        ("对拒不交钱的企业选择性检查、找毛病", "岗位职责风险", "检查对象经“双随机”抽取，检查结果在公示系统公开。"),
        ("查扣物品不登记、不入库，私自处置", "业务流程风险", "查扣物品当场清点造册，统一入库，处置经局务会审批。"),
    ]),
    ("稽查执法股", "执法人员", "燕珩昶", "general", [
        ("执法检查接受当事人宴请、礼品", "思想道德风险", "执法检查两人以上，签订廉洁执法承诺书。"),
    ]),
    ("登记注册股", "登记员", "宗瑀岫", "general", [
        ("经营主体登记材料审核不严，为关系户“开绿灯”", "业务流程风险", "登记材料一审一核，窗口全程录像。"),
        ("变更、注销登记故意拖延，吃拿卡要", "思想道德风险", "办理时限在窗口公示，群众评价纳入考核。"),
    ]),
    ("食品安全监管股", "股长", "燕玥崧", "middle", [
        ("食品经营许可现场核查走过场", "业务流程风险", "现场核查两人以上，核查表拍照上传系统。"),
        ("对农贸市场食品抽检不合格处置不力", "岗位职责风险", "不合格食品处置结果报局领导审核，并向社会公布。"),
    ]),
    ("综合办公室", "会计", "宗璟岍", "general", [
        ("罚没款、会费收支不入账，设“小金库”", "制度机制风险", "罚没款全额缴入国库，收支两条线管理，内部审计每年一次。"),
    ]),
]  # fmt: skip


def cuomei_market_bureau_levels_by_department_grading() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 14, 38])
    t = _Truth(unit)
    grade = {dept: lv for lv, depts in DEPT_GRADES for dept in depts}
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in GRADED:
        for point, typ, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[grade[dept]])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    _line(sh, "股室风险等级评定", 7)
    r = sh.add("风险等级", "股室", None, None, None, None, None)
    sh.merge(r, 1, r, 6)
    for lv, depts in DEPT_GRADES:
        r = sh.add(lv, "、".join(depts), None, None, None, None, None)
        sh.merge(r, 1, r, 6)
    _line(sh, "注：本表所列风险点不再逐项评定等级，各风险点的风险等级按所在股室的风险等级确定。", 7)
    sh.add("制表：综合办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "cuomei_market_bureau_levels_by_department_grading", "https://yaozui.com/p/456606",
        "(harder) 县市场监督管理局 岗位廉政风险点一览表, after the source's 市场监管局 case (局长 假借消协、个民协名义向企业收会费、"
        "捐赠款, 各执法部门“四六分成”, 稽查大队 拒交就找毛病; 局 with 科室, 市场监管所 and 稽查大队): a title, "
        "``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施`` (股室 merged, 岗位/姓名 merged per person) with NO "
        "LEVEL COLUMN; under it a ``股室风险等级评定`` table ``风险等级 | 股室`` (``一级 | 局领导、稽查执法股`` …) and a "
        "``注：`` that each point takes the grade of its 股室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cuomei_testing_station_two_sheets() -> dict:
    unit = f"{PLACE}食品药品检验检测站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("燕琨岱", "站长", "主持全面工作", [
            ("快检设备和试剂采购指定供应商", "一级", "设备试剂采购三家比价，站务会集体研究。"),
            ("不合格检测结果压着不报，替经营户说情", "一级", "不合格结果当日上报县市场监督管理局，站长不得改动。"),
        ]),
        ("宗珺峋", "副站长", "分管检验业务、质量管理", [
            ("检测报告签发前不复核原始记录", "二级", "报告实行编制、审核、签发三级签字。"),
            ("委托检验收费不开票据", "二级", "委托检验收费统一开具票据，每月对账。"),
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
    dept = _Sheet("科室", [6, 14, 11, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("检验室", "主任", "燕瑄岐", "middle", "农贸市场快检抽样不按计划，事先通知经营户", "一级",
         "抽样计划随机生成，抽样人员临时指派。"),
        ("检验室", "主任", "燕瑄岐", "middle", "快检结果公示不及时、不完整", "三级", "检测结果一小时内在市场公示屏更新。"),
        ("检验室", "检验员", "宗玠嵩", "general", "篡改检测数据，把不合格改为合格", "一级", "检测仪器数据自动上传，原始记录双人签字。"),
        ("样品室", "样品管理员", "燕琇峦", "general", "问题样品留样不全，私自处理留样", "二级", "留样登记编号，冷藏保存四十八小时，销毁两人监销。"),
        ("综合室", "会计", "宗瑗岑", "general", "检测经费报账票据不实", "二级", "报账单据经办、审核、审批三级签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "cuomei_testing_station_two_sheets", "http://paper.zjjnews.cn:8081/zjjrbpc/content/202501/13/content_89238.html",
        "县食品药品检验检测站 廉政风险防控一览表 in TWO SHEETS, after the source's 农贸市场 食品安全快速检测中心 (果蔬、肉制品、"
        "水产品 快检, 检测结果 二维码公示, 不合格批次): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with "
        "科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def cuomei_metrology_institute_posts() -> dict:
    unit = f"{PLACE}计量检定所"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "计量标准装置购置", "计量标准装置购置不公开比选，收受回扣", "制度机制风险", "高",
         "购置经所务会研究，报县市场监督管理局审批。"),
        ("检定室", "主任", "middle", "检定证书签发", "未经检定或检定不合格仍签发证书", "岗位职责风险", "高",
         "证书签发前核对原始记录，主任与检定员分别签字。"),
        ("检定室", "检定员", "general", "电子秤强制检定", "集贸市场电子秤强检不到现场，凭关系贴合格标志", "业务流程风险", "高",
         "强检现场拍照留存，合格标志编号登记。"),
        ("检定室", "检定员", "general", "检定收费", "检定收费不开票据，少收多收", "思想道德风险", "中",
         "检定收费按标准公示，统一开具票据。"),
        ("综合室", "内勤", "general", "检定档案管理", "检定原始记录补记、涂改", "业务流程风险", "低",
         "原始记录编号装订，每季度抽查。"),
        ("综合室", "内勤", "general", "合格标志保管", "强制检定合格标志私自发放", "外部环境风险", "中",
         "合格标志领用登记，数量与检定台数核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "cuomei_metrology_institute_posts", "http://www.shtyjl.com/plus/view-1868-1.html",
        "县计量检定所 岗位廉政风险点排查表 对岗不对人, after the source's 县市场监管局检测中心 计量检定 (集贸市场、超市 电子秤、"
        "电子计价秤 强制检定, 强制检定合格标志, 有效期): a title, 序号/所室 merged/岗位 merged per post/a short 风险点/"
        "a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def cuomei_special_equipment_station_cards() -> dict:
    unit = f"{PLACE}特种设备检验站"
    t = _Truth(unit)
    cards = [
        ("站长", "宗璠峥", "站长", "主持全站工作", "leader", [
            ("电梯、锅炉检验擅自缩短周期、增加频次多收费", "★★★", "检验周期按安全技术规范执行，收费项目和标准在窗口公示。"),
            ("检验结论受使用单位请托左右", "★★★", "检验结论经审核、批准两级，站长不得改动。"),
            ("接受使用单位宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "燕琬嵘", "副站长", "分管机电类设备检验", "leader", [
            ("起重机械检验加收费用不按标准", "★★", "加收项目逐项列明，财务复核。"),
            ("检验仪器设备采购验收不严", "★★", "采购验收两人以上，验收单存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "cuomei_special_equipment_station_cards", "https://dianti.caigou2003.com/web/news/20200702/390253975955308544.html",
        "县特种设备检验站 领导干部廉政风险防控卡, one sheet a leader, after the source's 电梯 检验检测 收费标准 (加收, 检验周期 "
        "一年一次, 不得擅自缩短检验周期、增加检验频次, 收费公示): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def cuomei_consumer_centre_group_rows() -> dict:
    unit = f"{PLACE}消费者权益保护中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "燕璇峤", "leader", [
                ("消费纠纷调解中偏袒经营者", "一级风险", "重大纠纷调解集体研究，调解书双方签字确认。"),
                ("举报线索转立案不及时，压案不办", "一级风险", "举报线索登记编号，七个工作日内答复。"),
            ]),
        ]),
        ("二、投诉受理组", "投诉受理组", [
            ("组长", "宗琰岷", "middle", [
                ("12315工单分流随意，不按职责转办", "二级风险", "工单分流按系统规则，组长每周复核。"),
            ]),
            ("受理员", "燕瑗岖", "general", [
                ("投诉登记不全，选择性受理", "二级风险", "投诉一律录入平台，接听录音存档。"),
                ("泄露投诉人信息", "三级风险", "投诉人信息加密保存，签订保密承诺书。"),
            ]),
        ]),
        ("三、调解组", "调解组", [
            ("调解员", "宗玙嶂", "general", [
                ("调解中收受经营者好处，压低赔偿", "二级风险", "调解两人以上，消费者满意度回访。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "cuomei_consumer_centre_group_rows", "https://xiexiebang.com/a2/2019051218/a5f2e29b7cd3255b.html",
        "县消费者权益保护中心 廉政风险防控责任清单 under GROUP ROWS, after the source's 工商局 重点领域消费维权 情况汇报 (申诉举报, "
        "12315, 立案查处, 罚没款, 消保股): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、中心领导``, ``二、投诉受理组``, ``三、调解组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def cuomei_ip_station_selfchecks() -> dict:
    unit = f"{PLACE}知识产权服务站"
    t = _Truth(unit)
    people = [
        ("燕瑾屺", "站领导", "站长", "leader", [
            ("地理标志申报材料把关不严，帮企业造假", "Ⅰ级", "申报材料经专家评审，站务会集体研究后上报。"),
            ("知识产权宣传活动经费虚报", "Ⅱ级", "活动经费预算审批，票据与活动照片一并报账。"),
        ]),
        ("宗琦崃", "商标服务室", "窗口受理员", "general", [
            ("商标注册申请受理时向申请人推荐代理机构", "Ⅰ级", "窗口张贴禁止推荐代理机构告示，受理全程录像。"),
            ("受理材料缺项时收受好处放行", "Ⅲ级", "受理材料一次性告知清单，每月抽查。"),
        ]),
        ("燕珣嵛", "专利服务室", "专利专员", "general", [
            ("专利资助资金审核不严，重复资助", "Ⅰ级", "资助名单与往年比对，公示七日。"),
            ("泄露企业未公开的专利技术信息", "Ⅱ级", "签订保密承诺书，资料专人保管。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            found = "已落实" if i % 2 else "未发现问题"
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "cuomei_ip_station_selfchecks", "https://www.wenkuhub.com/87899.html",
        "县知识产权服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市场监管局"
        "（知识产权局）商标和地理标志 半年工作总结 (地理标志产品 申报, 商标受理窗口, 知识产权宣传周): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def cuomei_zhegu_town_office_list() -> dict:
    unit = f"{PLACE}哲古镇市场监管所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "宗瑆峄", "leader", "罚没物品不按审批销毁，私自变卖", "制度机制", "高风险",
         "罚没物品处置经局里核准，销毁全程录像、两人以上监销。"),
        ("所领导", "所长", "宗瑆峄", "leader", "行政处罚案件审批签字把关不严", "岗位职责", "中风险",
         "处罚案件经法制审核后由所务会研究。"),
        ("食品安全组", "监管员", "燕瑶岵", "general", "餐饮店、小作坊日常检查走过场", "业务流程", "高风险",
         "检查记录实时录入系统，所长每月抽查。"),
        ("食品安全组", "监管员", "燕瑶岵", "general", "查扣物品不入库，存放混乱", "业务流程", "中风险",
         "查扣物品清单一式两份，入库登记。"),
        ("综合组", "内勤", "宗琏峣", "general", "罚没物品仓库账实不符", "思想道德", "低风险",
         "仓库双人双锁，每季度盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "cuomei_zhegu_town_office_list", "https://jjjc.tourzj.edu.cn/info/1006/1739.htm",
        "镇市场监管所 岗位廉政风险防控一览表, after the source's 以案示警 (监管所 副所长 违规变卖本应销毁的罚没物品, 查扣涂料空桶, "
        "行政处罚案件审批表签字, 仓库罚没物品堆放混乱, 所长、副所长被问责): ``附件3``, a title, a merged 填报单位（盖章）/"
        "填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def cuomei_gudui_township_office_register() -> dict:
    unit = f"{PLACE}古堆乡市场监管所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "燕璘峒", "leader", [
            ("消费申诉调解偏向本地经营户", "岗位职责", "一级", "调解结果告知消费者，满意度回访。"),
            ("举报线索不转案件，私下了结", "制度机制", "二级", "举报线索登记台账，县局每季度核查。"),
        ]),
        ("执法组", "执法员", "宗瑛岞", "general", [
            ("罚没款现场收取不开票据", "业务流程", "一级", "罚没款一律通过银行缴纳，不收现金。"),
        ]),
        ("市场巡查组", "巡查员", "燕琼崮", "general", [
            ("集贸市场巡查不到位，虚填巡查记录", "业务流程", "二级", "巡查定位打卡，记录每月核查。"),
            ("接受摊主土特产等礼品", "思想道德", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
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
        "cuomei_gudui_township_office_register", "https://777doc.com/doc-11738748.html",
        "乡市场监管所 廉政风险点排查登记表, after the source's 工商所 消费维权工作总结 (受理消费者申诉, 调解, 举报转为案件线索"
        "立案查处, 罚没款): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cuomei_market_bureau_levels_by_department_grading(),
    cuomei_testing_station_two_sheets(),
    cuomei_metrology_institute_posts(),
    cuomei_special_equipment_station_cards(),
    cuomei_consumer_centre_group_rows(),
    cuomei_ip_station_selfchecks(),
    cuomei_zhegu_town_office_list(),
    cuomei_gudui_township_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch940-inbox"))

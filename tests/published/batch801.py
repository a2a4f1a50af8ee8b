"""The eight-hundred-and-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's audit
bodies, 西峡县 (of 南阳市, 河南省) — its 审计局 and the 局's 经济责任审计股, 财政审计股, 内部审计指导股 and
办公室, its 固定资产投资审计中心, 审计信息中心 and 经济责任审计中心 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 固定资产投资审计中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 审计信息中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 经济责任审计股's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 财政审计股's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 内部审计指导股's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 经济责任审计中心's 责任清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 局办公室's 排查登记表: ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xixia_audit_bureau_rotation_roster``: the 审计局's 岗位廉政风险点防控清单 written AFTER A ROUND OF
  轮岗交流: the list names only ``股室 | 岗位`` (no name column); UNDER it, after a blank row and a
  caption ``2025年度审计人员轮岗交流登记表``, a second table ``序号 | 姓名 | 原股室 | 原岗位 | 现股室 |
  现岗位 | 交流时间`` names every holder — each person with TWO places, the one he left and the one he
  holds now — and a ``注：`` line says the list's posts are held by the people now in them (the
  ``现股室、现岗位`` columns). Every post of the list is somebody's 原岗位 as well as somebody else's
  现岗位 (the five moved round a ring), so a roster read by its first 股室/岗位 pair gives every post
  the wrong holder. The 读得懂的表 knows a roster beside or under a post-only list with one place a
  person, a 轮岗安排表 of periods × posts, a staff-change table ``原责任人 | 现责任人`` (holder
  columns) under a re-sent list, ``→`` handovers and ``现：…⏎原：…`` in a holder cell, and a 轮岗交接卡
  (移交人 | 接收人); it does not describe a post-only list whose holders stand only in a 轮岗交流登记表
  keyed by the NEW place (``现股室 | 现岗位``) beside the old one.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a note on a 市审计局's 审计干部 交流 —
多岗位工作经历, 挂职, 交接现场, 廉政纪律; a note on 基层 固定资产投资审计 — 跟踪审计, 隐蔽工程, 设计变更与签证,
询价; a 县审计局 on 审计保密 — 审计现场, 大数据审计 采集的数据, 涉密不上网; an 经济责任审计实施方案 —
审计主体, 审计客体, 审计结果应用; a 省审计厅 on 审计业务质量控制 — 审计组成员, 主审, 组长, 审理; an
article on 国家审计机关指导和监督内部审计; a lawyers' page on 审计人员 回避, 保密, 封存资料; a 县审计局's
计算机审计中心 — 机房建设, 设备购置, 数据安全) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames 钭
and 昝 with rare given names); every unit is a body of 西峡县.

Run ``python tests/published/score.py --set batch801`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a post's holder is the person whose ``现股室 | 现岗位`` are the list row's
  ``股室 | 岗位``; his ``原股室 | 原岗位`` are history and give him no point (his old post's points are
  his successor's); his 科室 is the 现股室; the caption, the exchange table's rows, the ``注：`` line
  and the 填表/审核 line are no points; 交流时间 names nobody;
- ``中心领导`` (a sheet of leaders, a group row, a 科室 cell) names no 科室 of theirs: the 中心's leaders
  have no 科室 in the sheet 中心领导 and have 科室 ``中心领导`` where a cell or group row says so (as the
  earlier batches read ``校领导``); a 局's 股 and a 中心's 科/部/室 are 科室;
- every 股 and 中心 is a unit of its own (its own file): 局长, 主任, 副主任 are leaders; 股长 and a
  科's 科长 middle; the rest (审计员, 审理员, 会计, 出纳, 网络管理员, 数据分析员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``工作职责``, ``分管工作``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 审计信息中心's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b801_"
PLACE = "西峡县"
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

# the post-only list: (股室, 岗位, tier, 廉政风险点, 风险等级, 防控措施)
POSTS = [
    ("经济责任审计股", "股长", "middle", "经济责任审计评价中对被审计领导干部有意回护、避重就轻", "高",
     "审计评价意见经局审计业务会议集体审定。"),
    ("经济责任审计股", "股长", "middle", "与被审计单位存在利害关系不主动申请回避", "高",
     "审计组成员进点前签署回避申报表。"),
    ("经济责任审计股", "审计员", "general", "审计取证中接受被审计单位宴请、土特产", "中",
     "执行审计“八不准”纪律，进点时公开监督电话。"),
    ("财政审计股", "股长", "middle", "预算执行审计发现的问题不如实反映、降格处理", "高",
     "审计发现问题逐项登记，审理股复核。"),
    ("财政审计股", "股长", "middle", "向被审计单位推荐中介机构或供应商", "中", "签订廉洁从审承诺书，纳入年度考核。"),
    ("财政审计股", "审计员", "general", "审计底稿编制不实，取证材料残缺", "低", "底稿实行主审、组长两级复核。"),
    ("法规审理股", "审理员", "general", "审理中对定性不准、处理处罚不当的问题放任不究", "中",
     "审理意见书面留存，重大分歧提交审计业务会议。"),
]  # fmt: skip

# the 轮岗交流登记表: (姓名, 原股室, 原岗位, 现股室, 现岗位, 交流时间) — five moved round a ring
MOVES = [
    ("钭蘧衡", "财政审计股", "股长", "经济责任审计股", "股长", "2025年3月"),
    ("昝樾桢", "经济责任审计股", "股长", "财政审计股", "股长", "2025年3月"),
    ("钭缙琏", "法规审理股", "审理员", "经济责任审计股", "审计员", "2025年3月"),
    ("昝璈岳", "经济责任审计股", "审计员", "财政审计股", "审计员", "2025年4月"),
    ("钭翎箬", "财政审计股", "审计员", "法规审理股", "审理员", "2025年4月"),
]
ROTATION_HEAD = ("序号", "姓名", "原股室", "原岗位", "现股室", "现岗位", "交流时间")


def xixia_audit_bureau_rotation_roster() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("防控清单", [6, 16, 10, 40, 10, 36, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点防控清单", 7)
    _line(sh, f"填报单位：{unit}办公室{GAP * 16}2025年7月", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施", None)
    first = len(sh.rows)
    for i, (dept, post, _tier, point, lv, measures) in enumerate(POSTS, 1):
        sh.add(i, dept, post, point, lv, measures, None)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    now = {(d, p): who for who, _od, _op, d, p, _when in MOVES}
    assert len(now) == len(MOVES) == len({(d, p) for d, p, *_ in POSTS})
    for dept, post, tier, point, lv, _measures in POSTS:
        t.point(sh.name, dept, post, now[(dept, post)], tier, point, [], HML[lv])
    sh.add()
    _line(sh, "2025年度审计人员轮岗交流登记表", 7)
    sh.add(*ROTATION_HEAD)
    for i, move in enumerate(MOVES, 1):
        sh.add(i, *move)
    _line(
        sh,
        "注：上表各岗位廉政风险点由轮岗交流后在岗人员承担，责任人以本表“现股室、现岗位”为准；风险等级分高、中、低三级。",
        7,
    )
    sh.add("填表：", None, "审核：", None, "局长（签字）：", None, None)
    return _layout(
        "xixia_audit_bureau_rotation_roster", "http://yzqfbl.com/oldweb/n4/n21/c64569/content.html",
        "(harder) 县审计局 岗位廉政风险点防控清单 after a round of 轮岗交流, after the source's note on a 市审计局 (审计干部 "
        "多岗位工作经历, 挂职交流, 交接现场, 恪守廉政纪律): a title and a 填报单位 line, then a POST-ONLY list ``序号 | 股室 | 岗位 | "
        "廉政风险点 | 风险等级 | 防控措施`` (股室 and 岗位 merged), 高/中/低, no name column; under it a blank row, a caption "
        "``2025年度审计人员轮岗交流登记表`` and a second table ``序号 | 姓名 | 原股室 | 原岗位 | 现股室 | 现岗位 | 交流时间`` "
        "whose five people moved round a ring (every list post is one person's 原岗位 and another's 现岗位); a ``注：`` line "
        "saying the holders are the people in the 现股室/现岗位 columns; a 填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xixia_investment_audit_center_two_sheets() -> dict:
    unit = f"{PLACE}固定资产投资审计中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("昝蘧然", "主任", "主持全面工作", [
            ("政府投资项目审计计划安排受人情干扰，选择性审计", "一级", "年度项目计划经局党组会研究确定。"),
            ("对工程结算审减额度与施工单位私下协商", "一级", "审定结果三方签字，审减额度异常的专项复核。"),
        ]),
        ("钭樾骁", "副主任", "分管跟踪审计", [
            ("跟踪审计中对设计变更、现场签证把关不严", "一级", "变更、签证一律现场核实并留存影像资料。"),
            ("默许施工单位以次充好、隐蔽工程不实", "二级", "隐蔽工程随机抽点开挖复核。"),
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
    dept = _Sheet("科室", [6, 14, 10, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程审计科", "科长", "昝缙禾", "middle", "委托社会中介机构审计时指定中介、收受好处", "一级",
         "中介机构从备选库随机抽取。"),
        ("工程审计科", "审计员", "钭骐瓒", "general", "材料设备询价不做市场调查，照抄送审价", "二级",
         "询价记录不少于三家，附价格依据。"),
        ("工程审计科", "审计员", "钭骐瓒", "general", "现场计量与施工单位串通多计工程量", "二级", "计量实行两人以上同时在场。"),
        ("综合科", "会计", "昝瓒屹", "general", "审计业务经费报销不按标准", "三级", "报销单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "xixia_investment_audit_center_two_sheets", "http://m.cpa800.com/faq/shenji/2011/0517/3218.html",
        "县固定资产投资审计中心 廉政风险防控一览表 in TWO SHEETS, after the source's note on 基层 固定资产投资审计 (跟踪审计, "
        "隐蔽工程开挖, 设计变更与签证, 询价): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xixia_audit_information_center_posts() -> dict:
    unit = f"{PLACE}审计信息中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "数据采集审批", "超范围采集被审计单位数据，或擅自向外提供", "制度机制风险", "高",
         "数据采集凭审计通知书和审批单办理。"),
        ("数据分析室", "数据分析员", "general", "疑点数据核查", "发现的疑点线索不登记、私下告知被审计单位",
         "岗位职责风险", "高", "疑点线索统一编号登记，闭环销号。"),
        ("数据分析室", "数据分析员", "general", "审计数据存储", "用微信、QQ传输或在互联网电脑处理审计数据",
         "业务流程风险", "中", "涉密不上网，数据专机专盘存放。"),
        ("网络运维室", "网络管理员", "general", "机房设备维护", "指定维保厂商，虚报维修费用", "外部环境风险", "中",
         "维保项目比价确定，维修记录双人签字。"),
        ("网络运维室", "网络管理员", "general", "内网账号管理", "为离岗人员保留账号，违规开设权限", "思想道德风险", "低",
         "账号权限每季度清理一次。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：中心办公室", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "xixia_audit_information_center_posts", "http://sjj.cq.gov.cn/sjzc/sjdt/202406/t20240624_13316701_wap.html",
        "县审计信息中心 岗位廉政风险点排查表 对岗不对人, after the source's 县审计局 on 审计保密 (审计现场管理, 大数据审计 "
        "采集的财务、业务数据, 不用微信、QQ传输, 涉密不上网): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/"
        "a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xixia_economic_responsibility_section_cards() -> dict:
    unit = f"{PLACE}审计局经济责任审计股"
    t = _Truth(unit)
    cards = [
        ("股长", "昝珙辉", "股长", "组织实施党政领导干部经济责任审计", "middle", [
            ("审计实施方案确定重点时有意回避敏感事项", "★★★", "实施方案经分管局长审核、业务会议审定。"),
            ("审计报告中责任界定不清、替人开脱", "★★★", "责任界定逐项列明依据，审理股复核。"),
            ("审计期间与被审计领导干部私下接触", "★★", "审计期间私下接触须报告并登记。"),
        ]),
        ("审计员", "钭楙蔚", "审计员", "承担审计取证和底稿编制", "general", [
            ("调取资料不履行手续，资料遗失", "★★", "资料调取、归还逐件登记签收。"),
            ("向被审计单位透露审计进展和拟处理意见", "★", "签订保密承诺书，审计组内部交底。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "xixia_economic_responsibility_section_cards", "https://www.renrendoc.com/paper/508376371.html",
        "县审计局经济责任审计股 岗位廉政风险防控卡, one sheet a person, after the source's 经济责任审计实施方案 (审计主体, "
        "审计客体, 审计内容, 审计结果运用): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xixia_fiscal_audit_section_selfchecks() -> dict:
    unit = f"{PLACE}审计局财政审计股"
    t = _Truth(unit)
    people = [
        ("昝楙泽", "财政审计股", "股长", "middle", [
            ("本级预算执行审计延伸单位选择带有倾向", "Ⅰ级", "延伸单位经审计组集体研究确定。", "已落实"),
            ("审计查出问题整改情况不跟踪、虚报整改", "Ⅱ级", "整改台账逐项销号，附佐证材料。", "未发现问题"),
        ]),
        ("钭弢岳", "财政审计股", "主审", "general", [
            ("审计证据不充分即下结论", "Ⅱ级", "重要事项证据经组长复核。", "已落实"),
            ("对被审计单位违规金额统计口径随意调整", "Ⅲ级", "金额统计附计算底稿。", "已落实"),
        ]),
        ("昝弢禹", "财政审计股", "审计员", "general", [
            ("现场审计中收受被审计单位礼品", "Ⅰ级", "执行审计“八不准”，审计回访了解纪律执行。", "未发现问题"),
            ("审计档案归档不及时、缺页", "Ⅲ级", "项目结束一个月内归档。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "股长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xixia_fiscal_audit_section_selfchecks", "https://gd.pkulaw.com/gdchinalaw/349ca2745a9c3527406b00983acc79ddbdfb.html",
        "县审计局财政审计股 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省审计厅 "
        "审计业务质量控制及责任追究办法 (审计组成员, 主审, 组长, 审理, 各级次控制审计质量): a title, a label row "
        "``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 股长意见：``",
        sheets, t,
    )  # fmt: skip


def xixia_internal_audit_section_list() -> dict:
    unit = f"{PLACE}审计局内部审计指导股"
    sh = _Sheet("一览表", [6, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("股长", "钭骥衢", "middle", "内部审计工作质量检查中打招呼、降低标准", "岗位职责", "高风险",
         "检查结果经局业务会议审定后通报。"),
        ("股长", "钭骥衢", "middle", "利用指导内审之便向单位推荐审计中介机构", "外部环境", "高风险",
         "严禁推荐中介，签订承诺书。"),
        ("审计员", "昝衢岚", "general", "内审人员培训班收取费用或摊派资料", "制度机制", "中风险",
         "培训经费财政保障，不向参训单位收费。"),
        ("审计员", "昝衢岚", "general", "内部审计结果利用情况统计弄虚作假", "业务流程", "低风险",
         "统计数据由单位盖章确认。"),
        ("审计员", "钭恪彰", "general", "参加单位内审项目时接受宴请", "思想道德", "中风险",
         "外出指导两人同行，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "股长（签字）：", None)
    return _layout(
        "xixia_internal_audit_section_list", "https://m.fx361.cc/news/2020/0615/7750394.html",
        "县审计局内部审计指导股 岗位廉政风险防控一览表, after the source's article on 国家审计机关指导和监督内部审计 "
        "(内部审计发展不平衡, 指导监督的管理制度, 社会审计的执业边界): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 "
        "line, then 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/股长（签字） line",
        [sh], t,
    )  # fmt: skip


def xixia_economic_audit_center_group_rows() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "昝彰沐", "leader", [
                ("审计组人选安排不执行回避规定", "一级风险", "审计组组成前查询利害关系。"),
                ("封存被审计单位资料、资产不按规定办理", "二级风险", "封存经审批，清单双方签字。"),
            ]),
        ]),
        ("二、审计一部", "审计一部", [
            ("部长", "钭琯溪", "middle", [
                ("离任审计中对被审计人遗留问题瞒而不报", "一级风险", "遗留问题清单化，审理复核。"),
            ]),
            ("审计员", "昝琯笙", "general", [
                ("泄露被审计单位商业秘密", "二级风险", "签订保密承诺，资料专柜存放。"),
                ("审计工作底稿事后补记、随意修改", "三级风险", "底稿修改留痕，复核人签字。"),
            ]),
        ]),
        ("三、审计二部", "审计二部", [
            ("审计员", "钭韫璞", "general", [
                ("对乡镇主要领导审计时接受当地安排食宿", "二级风险", "食宿自行安排，费用按标准报销。"),
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
        "xixia_economic_audit_center_group_rows", "https://m.shoulawyer.com/zhishi/368609.htm",
        "县经济责任审计中心 廉政风险防控责任清单, after the source's page on 审计人员 (专业能力, 利害关系回避, 保密义务, "
        "封存资料和资产): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、审计一部``, ``三、审计二部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xixia_audit_office_register() -> dict:
    unit = f"{PLACE}审计局办公室"
    sh = _Sheet("登记表", [6, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "昝韫舒", "middle", [
            ("计算机审计机房设备购置化整为零规避采购", "制度机制", "一级", "设备购置按政府采购目录执行。"),
            ("公务接待、公车使用不按标准", "思想道德", "二级", "接待清单、派车单逐次登记。"),
        ]),
        ("会计", "钭檀蓁", "general", [
            ("审计业务经费报账审核不严", "业务流程", "二级", "报账单据三级审核。"),
            ("固定资产入账不及时、账实不符", "岗位职责", "三级", "每年末资产盘点。"),
        ]),
        ("出纳", "昝檀芸", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "xixia_audit_office_register", "http://www.victorzhang.cn/page/2017/0101/26096231.shtml",
        "县审计局办公室 廉政风险点排查登记表, after the source's 县审计局 计算机审计中心 建设 (信息化机房, 设备购置 80余万元, "
        "数据安全设备): a title, 序号/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xixia_audit_bureau_rotation_roster(),
    xixia_investment_audit_center_two_sheets(),
    xixia_audit_information_center_posts(),
    xixia_economic_responsibility_section_cards(),
    xixia_fiscal_audit_section_selfchecks(),
    xixia_internal_audit_section_list(),
    xixia_economic_audit_center_group_rows(),
    xixia_audit_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch801-inbox"))

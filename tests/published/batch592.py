"""The five-hundred-and-ninety-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政 and 审计
bodies, 隆德县 (of 固原市, 宁夏) — its 财政局, 国库支付中心, 政府采购中心, 国有资产服务中心, 审计局 and
投资审计中心 and two 镇财政所 (沙塘镇, 联财镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 财政局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 国库支付中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 政府采购中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 沙塘镇财政所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、涉农资金组`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 投资审计中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 国有资产服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 联财镇财政所's 排查登记表: ``组室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``longde_audit_bureau_staff_numbers``: the 审计局's 领导班子成员廉政风险防控一览表, ONE ROW A POINT
  (``序号 | 风险事项 | 廉政风险点 | 风险等级 | 责任人编号 | 防控措施``) whose ``责任人编号`` cell holds
  only PERSONAL STAFF NUMBERS (``SJ2501``; ``SJ2502、SJ2503`` — one or two a cell, so a row can be
  the point of two holders), a ``注：`` line saying they are the 预算管理一体化系统's 人员编号, and
  BELOW the list, after a blank row and a merged ``人员编号对照`` line, a small headed table
  ``人员编号 | 姓名 | 职务`` that alone gives each number's name and post (two of the four are
  副局长). The README's 读得懂的表 knows staff lines and rosters above a table keyed by post, a
  人员配备表 keyed by 科室 and 岗位, post codes on a register sheet, holders by point numbers, and
  surname-plus-post holders completed from a name list; batch486 wrote a list whose ``责任人`` cells
  hold one circled 代号 each, keyed to a roster ABOVE the list. This one is a near variant of that
  (said plainly: the time allowed for this batch was short): the keys are system staff numbers
  under a ``责任人编号`` heading, several in a cell, and the keyed table stands UNDER the list,
  after its ``注：`` line, with no 股室 column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a province's 经济责任审计实施办法 —
审计委员会, 重大资金分配, 审计结果运用; an article on 预算绩效管理改革; a 非税收入 管理 text — 财政票据, 缴拨;
a 政府采购代理机构 on its 风控 — 采购需求, 开评标, 公示; a 财务“集中结算”和“村乡管” reform; the 审计纪律
新“八不准”; a piece on 行政事业单位国有资产管理; an article on 县级财政预算绩效管理) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 厍 and 璩 with rare given names); every unit is a body of
隆德县 (``unit_words=("隆德县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch592`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every staff number in a ``责任人编号`` cell makes the row's point a point of
  the holder the ``人员编号对照`` table gives for it (name and post from that row), with the row's
  level; one form a holder, no 科室 (the table names none); the 对照 table's rows, the ``注：`` line
  and the 填表/审核 line are no points;
- ``所领导``, ``中心领导`` (a group row, a 科室 or 部门 cell, a 所在股室 cell) are the 科室 of those
  leaders; the 财政局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
  a 局's or 中心's 股 and a 财政所's 组 are 科室; a group row ``二、会计核算组`` gives the 科室
  ``会计核算组`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 总审计师, a 中心's 主任 and 副主任 and a 财政所's 所长
  are leaders; 股长 middle; the rest (股员, 会计, 出纳, 专干, 采购员, 业务员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 国库支付中心's list names no person: its forms are posts;
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

PREFIX = "b592_"
PLACE = "隆德县"
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

# the 班子成员 as the 人员编号对照 under the table lists them: (人员编号, name, post)
ROSTER = [
    ("SJ2501", "厍翀岷", "局长"),
    ("SJ2502", "璩澍岚", "副局长"),
    ("SJ2503", "厍沄琤", "副局长"),
    ("SJ2504", "璩珵屹", "总审计师"),
]

# (风险事项, 廉政风险点, 风险等级, 责任人编号 as written: numbers joined by 、, 防控措施)
AUDIT_POINTS = [
    ("审计计划", "年度审计项目计划受人情干扰，随意增减审计对象", "高", "SJ2501",
     "审计项目计划经局党组会集体研究，报县委审计委员会审定。"),
    ("审计组派出", "审计组成员与被审计单位有利害关系不回避", "高", "SJ2501、SJ2502",
     "审计组派出前填报利益冲突申报表，逐人审核回避事项。"),
    ("审计实施", "审计现场接受被审计单位宴请、礼品礼金", "中", "SJ2502、SJ2503",
     "严格执行审计纪律，审计通知书附廉政监督卡。"),
    ("审计取证", "对发现的问题线索隐瞒不报、降格处理", "高", "SJ2503",
     "问题线索登记台账，移送事项集体研究。"),
    ("审计定性", "审计定性和处理处罚畸轻畸重，自由裁量权滥用", "中", "SJ2504",
     "审计业务会议集体审定，执行处理处罚裁量基准。"),
    ("审计复核", "复核审理走过场，对审计报告把关不严", "中", "SJ2504、SJ2502",
     "审计报告实行审计组、法规审理、业务会议三级复核。"),
    ("投资审计", "政府投资项目结算审计中与施工单位串通，审减不实", "高", "SJ2503",
     "结算审计结果与社会中介机构交叉复核。"),
    ("中介机构管理", "购买社会审计服务中指定中介机构", "中", "SJ2501、SJ2503",
     "中介机构按县政府采购程序选定，轮换使用。"),
    ("审计结果运用", "审计整改督办不力，为被审计单位说情", "低", "SJ2502",
     "整改情况按期销号，结果向县委审计委员会报告。"),
]  # fmt: skip


def longde_audit_bureau_staff_numbers() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("班子成员", [6, 14, 40, 9, 16, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子成员廉政风险防控一览表", 6)
    sh.add("序号", "风险事项", "廉政风险点", "风险等级", "责任人编号", "防控措施")
    for i, (item, point, lv, numbers, measures) in enumerate(AUDIT_POINTS, 1):
        sh.add(i, item, point, lv, numbers, measures)
    _line(
        sh,
        "注：责任人栏填写人员编号（预算管理一体化系统人员信息编号），对应下表；风险等级分高、中、低三级。",
        6,
    )
    sh.add()
    _line(sh, "人员编号对照", 6)
    sh.add(None, "人员编号", "姓名", "职务", None, None)
    for number, who, post in ROSTER:
        sh.add(None, number, who, post, None, None)
    # the truth one form a holder, in the roster's order
    for number, who, post in ROSTER:
        for _item, point, lv, numbers, _measures in AUDIT_POINTS:
            if number in numbers.split("、"):
                t.point(sh.name, "", post, who, "leader", point, [], HML[lv])
    sh.add("填表：办公室", None, "审核：", None, "2025年5月", None)
    return _layout(
        "longde_audit_bureau_staff_numbers",
        "http://www.qhnews.com/swwj/system/2022/01/13/013508129.shtml",
        "(harder) 县审计局 领导班子成员廉政风险防控一览表, after the source's 省 经济责任审计实施办法 (审计委员会, "
        "重大资金分配, 资产处置, 公共资源交易, 审计结果运用): a title, then 序号/风险事项/廉政风险点/风险等级 "
        "高/中/低/``责任人编号``/防控措施, ONE ROW A POINT whose ``责任人编号`` cell names its holders only by PERSONAL "
        "STAFF NUMBERS (``SJ2501``, ``SJ2502、SJ2503``; one or two a cell), a ``注：`` line saying the numbers are the "
        "预算一体化系统's 人员编号, then under a blank row a small ``人员编号对照`` table ``人员编号 | 姓名 | 职务`` "
        "(four leaders, two of them 副局长) that alone gives the names and posts; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def longde_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("厍昶翎", "局长", "主持全面工作", [
            ("年度预算安排和追加不经党组会集体研究", "一级", "预算安排和大额追加一律经党组会研究，纪要存档。"),
            ("干预财政资金分配，向关系单位倾斜", "一级", "资金分配按因素法测算，分配结果公开。"),
        ]),
        ("璩濛岫", "副局长", "分管预算、绩效管理", [
            ("预算绩效评价结果弄虚作假，评价走过场", "二级", "绩效评价引入第三方，评价结果与预算安排挂钩。"),
            ("专项资金指标下达不及时，截留滞留", "二级", "指标下达时限纳入考核，系统全程留痕。"),
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
        ("预算股", "股长", "厍岑湉", "middle", "部门预算审核把关不严，虚增项目支出", "一级",
         "预算审核实行股室初审、局务会审定。"),
        ("预算股", "股长", "厍岑湉", "middle", "预算调整未按程序报批", "二级", "预算调整报县人大常委会审批。"),
        ("预算股", "股员", "璩玹沐", "general", "预算一体化系统数据录入不实", "三级", "录入数据双人复核。"),
        ("政府采购监督管理股", "股长", "璩淏岚", "middle", "政府采购投诉处理偏袒一方", "一级",
         "投诉处理集体研究，处理结果公开。"),
        ("综合股", "会计", "厍琨霈", "general", "机关经费报销单据审核不严", "二级", "报销单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "longde_finance_bureau_two_sheets", "https://www.fx361.cc/page/2020/1102/7173986.shtml",
        "县财政局 廉政风险防控一览表 in TWO SHEETS, after the source's article on 预算绩效管理改革 (绩效预算, 预算循环, 财政风险, "
        "绩效评价): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def longde_treasury_payment_center_posts() -> dict:
    unit = f"{PLACE}国库支付中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "支付审批", "对不符合条件的直接支付申请违规审批", "岗位职责风险", "高",
         "支付申请对照预算指标和用款计划逐笔审核。"),
        ("支付股", "股长", "middle", "支付凭证审核", "审核不严，虚假合同、发票套取财政资金", "业务流程风险", "高",
         "支付凭证与政府采购合同系统比对。"),
        ("支付股", "股长", "middle", "用款额度下达", "授权支付额度下达优亲厚友、吃拿卡要", "思想道德风险", "中",
         "额度下达按批复计划，系统自动控制。"),
        ("非税收入股", "股员", "general", "非税收入收缴", "非税收入滞压、挪用，不及时缴入国库", "制度机制风险", "中",
         "非税收入每日对账，定期划解国库。"),
        ("非税收入股", "股员", "general", "财政票据管理", "财政票据领用核销不登记，违规出借", "业务流程风险", "低",
         "票据专人、专库、专账保管，按月核销。"),
        ("会计核算股", "会计", "general", "国库资金清算", "清算信息与代理银行不符未及时纠正", "外部环境风险", "中",
         "与人民银行、代理银行按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "longde_treasury_payment_center_posts", "http://www.fymate.net/html/text/lar/169691/16969127_3.html",
        "县国库支付中心 岗位廉政风险点排查表 对岗不对人, after the source's 非税收入 管理 (财政票据 专人专库专账, 缴拨关系, "
        "全额缴入同级财政): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def longde_procurement_center_selfchecks() -> dict:
    unit = f"{PLACE}政府采购中心"
    t = _Truth(unit)
    people = [
        ("厍翊沨", "中心领导", "主任", "leader", [
            ("采购文件设置倾向性、排他性条款", "Ⅰ级", "采购文件经法律顾问审核后发布。", "已落实"),
            ("评审专家抽取环节泄露专家名单", "Ⅰ级", "专家系统随机抽取，名单开标前保密。", "未发现问题"),
        ]),
        ("璩芃琇", "采购业务股", "采购员", "general", [
            ("采购需求受理时与供应商私下接触", "Ⅱ级", "受理窗口实行首问负责，接触供应商登记。", "已落实"),
            ("开评标现场录音录像不完整", "Ⅲ级", "开评标全程录音录像，资料归档。", "已落实"),
        ]),
        ("厍霁湜", "采购业务股", "业务员", "general", [
            ("中标结果公告不及时、不完整", "Ⅱ级", "中标结果在省政府采购网按期公告。", "未发现问题"),
            ("履约验收流于形式", "Ⅲ级", "大额项目邀请第三方参与验收。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "longde_procurement_center_selfchecks", "https://www.jsgpa.com/jiangsu/hyzx/hyfc/87/8739863308ea47689d9080a39a59281d.html",
        "县政府采购中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 政府采购代理机构 "
        "风控 (政策风险, 操作风险, 采购需求, 开评标组织, 中标结果公示, 合同备案): a title, a label row "
        "``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def longde_shatang_finance_office_group_rows() -> dict:
    unit = f"{PLACE}沙塘镇财政所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "璩岷翾", "leader", [
                ("镇属单位集中结算资金审批不按程序", "一级风险", "集中结算资金审批执行“两统、两不变”规定。"),
                ("村级资金“村账乡管”中干预村级开支", "一级风险", "村级开支经村民代表会议通过，所长不单独审批。"),
            ]),
        ]),
        ("二、会计核算组", "会计核算组", [
            ("会计", "厍璟渟", "general", [
                ("集中结算中心记账凭证审核不严", "二级风险", "凭证审核实行会计、所长两级审核。"),
                ("村级财务代理记账账实不符", "三级风险", "每季度与各村报账员对账。"),
            ]),
        ]),
        ("三、涉农资金组", "涉农资金组", [
            ("专干", "璩湲昉", "general", [
                ("惠农补贴“一卡通”发放对象审核不实", "一级风险", "补贴对象村级公示、乡镇审核后发放。"),
                ("补贴资金发放台账不全", "三级风险", "台账月清月结，档案专人管理。"),
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
        "longde_shatang_finance_office_group_rows", "https://jxxfw.com/periodical/2666691b54b5612f19db1d71b9a9c48c.html",
        "镇财政所 廉政风险防控责任清单, after the source's 财务“集中结算”和“村乡管”改革 (会计结算中心, 资金所有权和财务自主权不变, "
        "统一会计核算): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、会计核算组``, ``三、涉农资金组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def longde_investment_audit_center_cards() -> dict:
    unit = f"{PLACE}投资审计中心"
    t = _Truth(unit)
    cards = [
        ("主任", "厍澂屾", "主任", "主持中心全面工作", "leader", [
            ("政府投资项目审计计划安排受人情干扰", "★★★", "审计计划集体研究，报县审计局审定。"),
            ("审计现场由被审计单位支付住宿费、餐费", "★★★", "审计外勤经费自理，严守“八不准”。"),
            ("向被审计单位推荐造价咨询业务", "★", "签订廉洁从审承诺书。"),
        ]),
        ("副主任", "璩砚泠", "副主任", "分管工程结算审计", "leader", [
            ("结算审计审减额认定随意", "★★", "审减额逐项列明依据，交叉复核。"),
            ("利用知晓的被审计单位内部信息谋利", "★★", "审计资料保密管理，调阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "longde_investment_audit_center_cards", "http://bbs.cpa-cpa.cn/read-htm-tid-608-fpage-14.html",
        "县投资审计中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 审计纪律 新“八不准” (审计外勤经费自理, "
        "住宿费、餐费, 不准推销商品或介绍业务, 不准利用内部信息谋利): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def longde_state_assets_center_list() -> dict:
    unit = f"{PLACE}国有资产服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "璩曜岑", "leader", "行政事业单位资产处置审批不按权限", "制度机制", "高风险",
         "资产处置按权限报批，评估结果公示。"),
        ("中心领导", "主任", "璩曜岑", "leader", "闲置资产调剂向关系单位倾斜", "岗位职责", "中风险",
         "调剂方案经中心集体研究。"),
        ("资产管理股", "股长", "厍洺璠", "middle", "国有资产出租出借不公开招租", "业务流程", "高风险",
         "出租出借一律进入公共资源交易平台。"),
        ("资产管理股", "股员", "璩霂湘", "general", "资产卡片登记与实物不符", "业务流程", "中风险",
         "每年开展资产清查，账卡物核对。"),
        ("产权登记股", "股员", "厍翚渝", "general", "产权登记资料审核走过场", "思想道德", "低风险",
         "产权登记资料双人审核。"),
        ("产权登记股", "股员", "厍翚渝", "general", "接受申报单位礼品礼金", "外部环境", "中风险",
         "签订廉洁承诺书，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "longde_state_assets_center_list", "https://www.ggj.gov.cn/qx/qxllyj/202601/t20260126_48998.htm",
        "县国有资产服务中心 岗位廉政风险防控一览表, after the source's piece on 中央行政事业单位国有资产管理 (资产使用效能, "
        "全流程管控, 处置, 调拨划转): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


def longde_liancai_finance_office_register() -> dict:
    unit = f"{PLACE}联财镇财政所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "组室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "厍瑀潇", "leader", [
            ("镇级预算编制不按绩效目标安排", "制度机制", "一级", "预算编制同步申报绩效目标。"),
            ("财政所长亲属承揽镇村项目", "思想道德", "二级", "亲属回避，承揽情况申报。"),
        ]),
        ("综合组", "会计", "璩琰沄", "general", [
            ("镇级一般性支出超标准列支", "岗位职责", "二级", "公用经费支出按定额标准控制。"),
        ]),
        ("综合组", "出纳", "厍溦岚", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
            ("银行账户开立、撤销不报备", "制度机制", "三级", "账户变动报县财政局备案。"),
        ]),
        ("农经组", "专干", "璩芊岈", "general", [
            ("村级“三资”清查数据不实", "外部环境", "一级", "清查结果村务公开栏公示。"),
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
        "longde_liancai_finance_office_register", "http://m.jizihe.com/page/2024/0220/23399128.shtml",
        "镇财政所 廉政风险点排查登记表, after the source's article on 县级财政预算绩效管理 (绩效理念, 支出责任, 县级财政 承上启下, "
        "财政资源配置): a title, 序号/组室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    longde_audit_bureau_staff_numbers(),
    longde_finance_bureau_two_sheets(),
    longde_treasury_payment_center_posts(),
    longde_procurement_center_selfchecks(),
    longde_shatang_finance_office_group_rows(),
    longde_investment_audit_center_cards(),
    longde_state_assets_center_list(),
    longde_liancai_finance_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch592-inbox"))

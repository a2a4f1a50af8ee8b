"""The four-hundred-and-seventy-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政
bodies, 渭源县 (a county of 定西) — its 国库集中支付中心, 非税收入管理局 and 政府采购中心, the 财政所
of three of its towns (会川镇, 莲峰镇, 清源镇), a fourth town's (北寨镇) and, in the harder file, its
财政局 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 国库集中支付中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 非税收入管理局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 政府采购中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 会川镇财政所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 莲峰镇财政所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 清源镇财政所's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低;
- the 北寨镇财政所's 一览表: ``科室`` none, ``岗位 | 责任人`` merged per person, ``风险类型`` written
  ``…风险``, 高/中/低.

One is harder:

- ``weiyuan_bureau_name_then_post``: the 财政局's 一览表, ``序号 | 股室 | 责任人 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``, with NO 岗位 column: each ``责任人`` cell writes the holder's NAME FIRST and
  his POST GLUED AFTER IT, nothing between (``厍翊沣局长``, ``訾泓旻副局长``, ``笪曜琛股长``,
  ``钭晞翯科员``), merged down over that holder's rows; the 股室 column gives the 科室 (``局领导``,
  ``国库股``, ``预算股``). The post must be cut off the END of the cell, and the name is a rare
  surname with a rare given name, so no word list of names tells where the name stops. The
  README's 读得懂的表 and the notes know a post typed BEFORE the name in a 责任人 column
  (``局长嵇淏岷``), a post after a name parted by a space (``报账员 毋暮云``) or a colon
  (``新闻部主任：蒙立新``), a post bracketed after the name (``蓝建峰(所长)``, ``（兼）``), a 科室 and
  post glued with a dash (``机要科-科长``), a name glued in a title (``…站长赫连望川…``); not the
  post glued AFTER the name with nothing between in a 责任人 column that stands in for the 岗位
  column. No earlier batch writes it (a grep of tests/published/batch*.py for three Han
  characters followed straight by ``局长``/``股长``/``科员`` inside one quoted cell finds none but
  unit words such as ``村委会主任``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or as blank forms (a 财政局's 资金内控 ``三重门``:
会计 posts kept apart, 资金拨付审批单, 分级审批; exam questions on 财政授权支付 and its 代理银行; a
blank 非税收入资金管理台账 of an 执收单位; a paper on 政府采购 内控 at a 集采机构; a 镇's 财政内控制度;
a province's rules on 村集体财务 and 村有乡存 funds; two 镇人民政府 内部控制 rules, one of them of
不相容岗位相互分离) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 渭源县.

Run ``python tests/published/score.py --set batch475`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``责任人`` cell is a holder and his post: the trailing post word
  (``局长``, ``副局长``, ``股长``, ``科员``) is the post, the characters before it the person;
  the ``股室`` cell is the 科室 (``局领导`` the 科室 of the leaders, as batch 473's ``局领导``);
- ``局领导``, ``所领导`` (a 科室 cell, a group row or the leaders' sheet) are the 科室 of those
  leaders where written in a 科室 column or as a sheet; a 镇财政所 is a unit of its own with no
  科室: its group rows ``一、所领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
  the 支付中心's ``支付审核科`` and the 非税收入管理局's ``票据管理股`` are 科室;
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长 are leaders;
  股长 and 科长 middle; the rest (科员, 会计, 出纳, 采购员, 报账员, 审核员, 征管员, 资金监管员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 支付中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b475_"
PLACE = "渭源县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 姓名, 岗位, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)]); the cell is 姓名 + 岗位
BUREAU = [
    ("局领导", "厍翊沣", "局长", "leader", [
        ("财政资金分配个人说了算", "制度机制", "高", "资金分配方案经局党组会集体研究。"),
        ("干预公款竞争性存放", "岗位职责", "高", "存放银行按评审结果确定并公示。"),
    ]),
    ("局领导", "訾泓旻", "副局长", "leader", [
        ("乡镇财政资金监管指导不力", "岗位职责", "中", "每半年抽查一次乡镇财政所。"),
        ("接受预算单位宴请", "思想道德", "低", "节前廉洁提醒，拒收登记。"),
    ]),
    ("国库股", "笪曜琛", "股长", "middle", [
        ("国库资金调度不按用款计划", "业务流程", "高", "调度单经分管副局长审签。"),
        ("违规开设财政专户", "制度机制", "中", "专户开设报上级财政审批。"),
    ]),
    ("预算股", "钭晞翯", "科员", "general", [
        ("预算指标调整不报审批", "业务流程", "中", "指标调整在一体化系统留痕。"),
        ("泄露预算编制信息", "岗位职责", "低", "预算资料专人保管。"),
    ]),
]  # fmt: skip


def weiyuan_bureau_name_then_post() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 10, 14, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, who, post, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, f"{who}{post}", point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "weiyuan_bureau_name_then_post",
        "http://m.jnjuyue.cn/new/184_900_201201/06hu894222609.shtml",
        "(harder) 县财政局 岗位廉政风险防控一览表, after the source's 财政局 资金内控 \"三重门\" (会计主管/记账/出纳/稽核 分岗, "
        "资金拨付审批单, 分级审批): 序号/股室 merged (局领导, 国库股, 预算股)/a 责任人 column, NO 岗位 column, each cell the "
        "holder's NAME then his POST glued after it (``厍翊沣局长``, ``笪曜琛股长``), merged per person/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def weiyuan_payment_center_posts() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, check = "中心领导", "支付审核科"
    rows = [
        (lead, "主任", "leader", "支付申请审批", "对不符合用款计划的支付申请违规签批", "制度机制风险", "Ⅰ级",
         "支付审批分级授权，超限额报局审批。"),
        (lead, "主任", "leader", "代理银行考核", "考核打分照顾关系银行", "岗位职责风险", "Ⅱ级",
         "考核结果集体评定。"),
        (check, "审核员", "general", "支付凭证审核", "凭证要素审核不严，错付资金", "业务流程风险", "Ⅰ级",
         "凭证审核与复核分岗。"),
        (check, "审核员", "general", "单位账户信息变更", "未核实即变更收款账户", "思想道德风险", "Ⅲ级",
         "账户变更凭单位公函办理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "weiyuan_payment_center_posts", "http://gddaxing.cn/tiku/shiti/7324941.html",
        "县国库集中支付中心 廉政风险点排查表 对岗不对人, after the source's questions on 财政授权支付 (代理银行, 零余额账户, "
        "按时清算): a title, 序号/科室 merged (中心领导, 支付审核科)/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def weiyuan_nontax_bureau_two_sheets() -> dict:
    unit = f"{PLACE}非税收入管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("麴沅翙", "局长", "主持全面工作", [
            ("非税收入减免缓审批随意", "一级", "减免缓事项局务会集体审定。"),
            ("汇缴结算账户资金划解拖延", "二级", "按旬划解国库，月末对账。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("票据管理股", "股长", "郗翛琰", "middle", "财政票据发放不核销旧票", "一级", "票据验旧供新。"),
        ("票据管理股", "征管员", "禤翎澔", "general", "执收单位收入未及时缴库", "二级", "收入按日清查。"),
        ("票据管理股", "征管员", "禤翎澔", "general", "空白票据保管不善", "三级", "票据入库专柜，双人管理。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "weiyuan_nontax_bureau_two_sheets",
        "https://m.163wenku.com/p-330013.html",
        "县非税收入管理局's file in two sheets, after the source's 非税收入资金管理台账 (执收单位, 上缴国库, "
        "未核拨结存): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def weiyuan_procurement_center_cards() -> dict:
    unit = f"{PLACE}政府采购中心"
    t = _Truth(unit)
    cards = [
        ("主任", "仉珺翃", "leader", [
            ("采购方式变更审核放宽", "★★★", "变更方式报财政局审批。"),
            ("评审专家抽取干预", "★★", "专家系统随机抽取，纪检在场。"),
        ]),
        ("采购员", "扈淇翾", "general", [
            ("采购文件设置倾向性条款", "★★", "采购文件两人审核。"),
            ("接受供应商宴请", "★", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "weiyuan_procurement_center_cards",
        "http://excelmcgroup.cn/content/?309.html",
        "县政府采购中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 采购员), after the source's paper on a 集采机构's "
        "风险管理导向的政府采购内控 (风险评估, 控制活动, 监督): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def weiyuan_huichuan_office_selfchecks() -> dict:
    unit = f"{PLACE}会川镇财政所"
    t = _Truth(unit)
    people = [
        ("逄沄翕", "所长", "leader", [
            ("惠民补贴资金发放审核不严", "高风险", "补贴名册村级公示、所内复核。", "已落实"),
            ("村账乡代管支出审批随意", "中风险", "村级支出按限额审批。", "未发现问题"),
        ]),
        ("隗翾沅", "会计", "general", [
            ("代管资金账实不符", "中风险", "月末对账，出纳会计分设。", "已落实"),
            ("会计凭证补记造假", "低风险", "凭证当日录入系统。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "weiyuan_huichuan_office_selfchecks", "http://www.ca-icm.com/show/13653/site/4",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "镇财政内控制度 (预算, 收支, 政府采购, 资产, 建设项目, 合同): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 镇分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def weiyuan_lianfeng_office_group_rows() -> dict:
    unit = f"{PLACE}莲峰镇财政所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", [
            ("所长", "璩翃瀚", "leader", [
                ("村级三资处置审核把关不严", "一级风险", "三资处置执行“四议两公开”。"),
                ("所内经费报销不实", "三级风险", "报销票据两人审核。"),
            ]),
        ]),
        ("二、工作人员", [
            ("出纳", "汲湛珝", "general", [
                ("坐支现金、公款私存", "一级风险", "现金日清月结，定期盘点。"),
                ("银行账户资金挪用", "二级风险", "银行对账单由会计核对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "weiyuan_lianfeng_office_group_rows",
        "http://lwstw.com/caijingxinwen/gsowqqilwz.html",
        "镇财政所 廉政风险防控责任清单, after the source's 村集体财务管理 rules (村有乡存的资金, 审计监督, "
        "财务计划): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def weiyuan_qingyuan_office_list() -> dict:
    unit = f"{PLACE}清源镇财政所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "濮昀翮", "leader", "乡镇财政资金拨付不按进度", "岗位职责", "中", "拨付凭项目进度和验收单。"),
        ("所长", "濮昀翮", "leader", "项目资金监管走过场", "思想道德", "高", "监管记录留存，实地查看拍照。"),
        ("报账员", "胥泷翚", "general", "虚列支出套取资金", "业务流程", "高", "报销单据三签，按月公示。"),
        ("报账员", "胥泷翚", "general", "会计档案保管不善丢失", "制度机制", "低", "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "weiyuan_qingyuan_office_list", "http://shaodong.gov.cn/sdsyjpz/czxx/201711/8d728068473e469b9a0cc39525fdf41c.shtml",
        "镇财政所 廉政风险防控一览表, after the source's 镇人民政府内部控制规范 (合法性, 资产安全, 制衡性): a "
        "title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def weiyuan_beizhai_office_list() -> dict:
    unit = f"{PLACE}北寨镇财政所"
    sh = _Sheet("一览表", [6, 10, 10, 36, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "蒯翚沄", "leader", [
            ("反腐倡廉制度落实不到位", "制度机制风险", "中", "所务会每季度专题研究。"),
            ("强农惠农资金监督检查流于形式", "岗位职责风险", "高", "检查结果镇村两级公示。"),
        ]),
        ("资金监管员", "佴翯湉", "general", [
            ("补贴对象信息审核不严", "业务流程风险", "高", "一卡通数据与户籍比对。"),
            ("收受群众礼品", "外部环境风险", "低", "廉洁承诺，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None)
    return _layout(
        "weiyuan_beizhai_office_list", "https://www.wm114.cn/wen/168/335748.html",
        "镇财政所 岗位廉政风险防控一览表, after the source's 镇人民政府内部控制制度 "
        "(不相容岗位相互分离, 内部授权审批, 支出审核): a title, 序号/岗位 and 责任人 merged per person/廉政风险点/风险类型 ``…风险``/"
        "高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    weiyuan_bureau_name_then_post(),
    weiyuan_payment_center_posts(),
    weiyuan_nontax_bureau_two_sheets(),
    weiyuan_procurement_center_cards(),
    weiyuan_huichuan_office_selfchecks(),
    weiyuan_lianfeng_office_group_rows(),
    weiyuan_qingyuan_office_list(),
    weiyuan_beizhai_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch475-inbox"))

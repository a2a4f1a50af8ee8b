"""The nine-hundred-and-thirty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's health
bodies, 贡嘎县 (山南市, 西藏自治区) — its 卫生健康委员会, 人民医院, 藏医院, 妇幼保健院, 疾病预防控制中心,
卫生监督所 and two 乡镇卫生院 (江塘镇, 杰德秀镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 卫生健康委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 人民医院's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 藏医院's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 妇幼保健院's 清单 under GROUP ROWS ``一、院领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 疾病预防控制中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 江塘镇卫生院's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 卫生监督所's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``gongga_jiedexiu_clinic_tick_roster``: the 杰德秀镇卫生院's workbook of TWO LISTS THAT MUST BE
  JOINED BY TICKS: sheet ``风险点清单`` lists the points by post only (``序号 | 岗位 | 廉政风险点 |
  风险等级 | 防控措施``, 岗位 merged, no names, 高/中/低) with a ``注：`` saying one person holds several
  posts and the posts' people are those ticked in the ``人员岗位对照表``; sheet ``人员岗位对照表`` is a
  PERSON × POST TICK GRID (``序号 | 姓名 | 院长 | 副院长 | 公卫专干 | 药剂员 | 收费员 | 会计 | 备注``, one
  row a person, ``√`` under each post he or she holds, blank elsewhere): the 副院长 is also the
  公卫专干, one 药剂员 also takes the 收费员 post, and the 收费员 post has two people. The README's
  读得懂的表 sets such a tick table after a 一览表 aside as a small table (``姓名 | 股长 | 科员`` 下打 ``√``
  的对照表, TABLE_OTHER) and fills holders only from name lists (``姓名 | 所在股室 | 岗位``), rotas and
  人员配备表 whose CELLS ARE NAMES, staff-class rosters (人员类别) and 值班表; it does not describe a
  tick grid, one row a person and one column a post of the list, that names the holders of a
  对岗不对人 list (one person → several posts, one post → several people).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县卫生健康局 党组's report to a
巡察组 — 办公室, 人事股, 计划财务股, 下属 疾控中心 and 综合监督执法; the 嘉禾县人民医院 窝案 — 设备
采购验收, 电梯, 科主任 药品回扣, 统方; 泽库县 藏医院 改扩建 — 药浴科, 制剂中心, 藏药 炮制; a 县 妇幼保健
三级网 paper — 孕产妇 系统管理, 儿童保健; a 疾控中心 财务管理 paper — 专项经费, 预算, 收费; a 省卫生
监督所 稽查 of 县所 — 执法文书, 培训经费, 执法责任制; a 基层 卫生院 院长 and 药品回扣 — 药品采购, 回扣入账;
a 西藏 县 卫生工作汇报 — 乡镇卫生院 人员少, 公益性岗位, 聘用人员) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 楚 and 由 with rare given names); every unit is a body of 贡嘎县.

Run ``python tests/published/score.py --set batch932`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``√`` under a post's column makes that row's person a holder of every
  point the ``风险点清单`` lists for that post (a person ticked under two posts is two forms, one a
  post; a post ticked for two people is two forms, each with the post's points); the ``备注`` words
  (``兼公卫专干``) are no holder or post of their own; the forms' sheet is ``风险点清单`` (the holders
  stand in the other sheet); a 卫生院 has no 科室 here;
- ``院领导`` (a group row) is the 科室 of the 妇幼保健院's leaders; the 卫健委's leaders (sheet ``委领导``)
  and the cards' leaders have no 科室; a 委's 股, a 所's 股 or 队, a 中心's 科 and a 医院's 科 are 科室;
  a group row ``二、保健部`` gives the 科室 ``保健部``;
- 主任 and 副主任 of the 委 and of the 中心, 院长, 副院长, 所长 and 副所长 are leaders; 股长, 科长, 科主任,
  部长 and 队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 人民医院's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b932_"
PLACE = "贡嘎县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, tier, [(廉政风险点, 风险等级, 防控措施)])
CLINIC_POSTS = [
    ("院长", "leader", [
        ("药品、耗材采购收受供货商回扣", "高", "药品耗材全部在省平台采购，回扣一律拒收，院务会每季度通报。"),
        ("卫生院基建维修项目指定施工队伍", "高", "维修项目报县卫健委审批，三家比价并公示。"),
    ]),
    ("副院长", "leader", [
        ("聘用人员招聘优亲厚友", "高", "聘用人员公开招聘，县卫健委派员监督。"),
        ("公益性岗位人员考勤弄虚作假、虚报工资", "中", "考勤每月公示，工资表经院长和会计双签。"),
    ]),
    ("公卫专干", "general", [
        ("基本公共卫生服务项目虚报服务人次", "高", "服务记录与健康档案逐户抽查核对。"),
        ("孕产妇、儿童随访记录补填代签", "中", "随访电话回访，村医签字确认。"),
    ]),
    ("药剂员", "general", [
        ("药品出入库不登记，账实不符", "中", "药品出入库双人签字，每月盘点。"),
        ("过期药品处置不按规定销毁", "低", "过期药品登记造册，报县卫健委监督销毁。"),
    ]),
    ("收费员", "general", [
        ("收取医疗费不开票据，截留挪用", "高", "收费一律开具票据，当日缴存银行。"),
        ("违规为患者减免费用、套取医保基金", "中", "减免报院长审批，医保结算每月与县医保局对账。"),
    ]),
    ("会计", "general", [
        ("报账审核不严，虚列支出", "中", "报账单据经手人、证明人、审批人三签，专项资金专账核算。"),
    ]),
]  # fmt: skip

# (姓名, posts ticked, 备注)
CLINIC_ROSTER = [
    ("楚翊湉", ("院长",), ""),
    ("由珝峤", ("副院长", "公卫专干"), "兼公卫专干"),
    ("楚沅嵋", ("药剂员", "收费员"), "兼收费员"),
    ("由璟翀", ("会计",), ""),
    ("楚瀞妤", ("收费员",), "公益性岗位"),
]  # fmt: skip


def gongga_jiedexiu_clinic_tick_roster() -> dict:
    unit = f"{PLACE}杰德秀镇卫生院"
    t = _Truth(unit)
    sh = _Sheet("风险点清单", [6, 12, 40, 9, 40])
    _line(sh, f"{unit}岗位廉政风险点清单", 5)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, _tier, points in CLINIC_POSTS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：本院人员少、一人多岗，各岗位人员以“人员岗位对照表”中打“√”的为准。", 5)
    sh.add("制表：院办", None, "审核：", None, "2025年5月")
    posts = [post for post, _tier, _points in CLINIC_POSTS]
    roster = _Sheet("人员岗位对照表", [6, 10] + [9] * len(posts) + [14])
    _line(roster, f"{unit}人员岗位对照表", len(posts) + 3)
    roster.add("序号", "姓名", *posts, "备注")
    for i, (who, held, note) in enumerate(CLINIC_ROSTER, 1):
        roster.add(i, who, *(TICK if p in held else None for p in posts), note or None)
    for post, tier, points in CLINIC_POSTS:
        for who, held, _note in CLINIC_ROSTER:
            if post in held:
                for point, lv, _measures in points:
                    t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    return _layout(
        "gongga_jiedexiu_clinic_tick_roster", "https://www.wnwk.com/doc/1946245.html",
        "(harder) 镇卫生院 岗位廉政风险点清单 with a PERSON × POST TICK GRID on another sheet, after the source's 西藏 县 "
        "卫生工作汇报 (乡镇卫生院 人员少, 正式职工、公益性岗位、聘用卫生人员): sheet 风险点清单 ``序号 | 岗位 | 廉政风险点 | "
        "风险等级 | 防控措施`` (岗位 merged, no names, 高/中/低) and a ``注：`` that one person holds several posts, the people "
        "being those ticked in the 人员岗位对照表; sheet 人员岗位对照表 ``序号 | 姓名 | 院长 | 副院长 | 公卫专干 | 药剂员 | "
        "收费员 | 会计 | 备注``, one row a person, ``√`` under each post held (副院长 also 公卫专干, a 药剂员 also 收费员, "
        "two 收费员)",
        [sh, roster], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gongga_health_commission_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}委领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("楚霁峥", "主任", "主持全面工作", [
            ("卫生健康项目资金分配个人说了算", "一级", "项目资金分配经党组会集体研究，会议纪要存档。"),
            ("干预医疗机构设备采购，为亲友推荐供货商", "一级", "领导干部插手采购登记报告，采购全程进平台。"),
        ]),
        ("由澂岫", "副主任", "分管医政医管、基层卫生", [
            ("医疗机构执业登记校验把关不严", "一级", "执业登记两人以上现场核查，结果公示。"),
            ("乡镇卫生院院长选任考核走过场", "二级", "选任经民主推荐、考察，党组集体研究。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("计划财务股", "股长", "由淏岚", "middle", "基本公共卫生服务补助资金拨付不按考核结果", "一级",
         "补助资金按绩效考核结果拨付，拨付结果公示。"),
        ("计划财务股", "会计", "楚沄昶", "general", "报账审核不严，虚列会议费、培训费", "二级", "报账单据三级审核，会议培训附签到表。"),
        ("人事股", "股长", "由湜岍", "middle", "卫生专业技术人员职称推荐暗箱操作", "一级", "推荐名额、评审结果在系统内公示。"),
        ("人事股", "股长", "由湜岍", "middle", "编外聘用人员招聘不公开", "二级", "招聘方案报县人社局备案，公开考试。"),
        ("办公室", "科员", "楚翮瑶", "general", "公务接待超标准、公车私用", "三级", "接待凭公函和清单，公车定位管理。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "gongga_health_commission_two_sheets", "https://qiantufanwen.com/160033.html",
        "县卫生健康委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 县卫生健康局 党组 report to a 巡察组 (办公室, 人事股, "
        "计划财务股, 疾控中心, 综合监督执法, 基本公共卫生): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gongga_peoples_hospital_posts() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "副院长", "leader", "医疗设备采购验收", "设备验收走过场，为供货商及时验收回款收受好处", "岗位职责风险", "高",
         "设备验收由使用科室、设备科、纪检三方参加，验收记录存档。"),
        ("院领导", "副院长", "leader", "基建工程管理", "住院楼电梯等工程设备选型、款项拨付收受好处", "制度机制风险", "高",
         "工程款按合同节点拨付，院党委会集体研究。"),
        ("内科", "科主任", "middle", "临床用药", "推销代理药品、收取药品回扣", "思想道德风险", "高",
         "重点监控药品每月点评，超常用药约谈。"),
        ("信息科", "科长", "middle", "药品用量数据管理", "为医药代表提供统方数据，收受统方费", "业务流程风险", "高",
         "统方权限分级授权，查询操作留痕。"),
        ("药剂科", "采购员", "general", "药品采购", "绕开平台线下采购，指定配送企业", "外部环境风险", "中",
         "药品一律在省平台采购，采购计划经药事会审定。"),
        ("设备科", "管理员", "general", "设备维修保养", "维修费用虚报、配件以次充好", "业务流程风险", "低",
         "维修前后拍照留存，使用科室签字确认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：纪检办", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "gongga_peoples_hospital_posts", "http://m.renjv.com/sitehtml/news/shxw/2019/08/06/110800168212.html",
        "县人民医院 岗位廉政风险点排查表 对岗不对人, after the source's 县人民医院 “塌方式” 腐败 (副院长 设备验收、电梯款, 科主任 "
        "药品回扣, 信息中心 统方费): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def gongga_tibetan_hospital_cards() -> dict:
    unit = f"{PLACE}藏医院"
    t = _Truth(unit)
    cards = [
        ("院长", "楚峣瑨", "院长", "主持医院全面工作", "leader", [
            ("医院改扩建项目向施工方索取好处", "★★★", "改扩建项目由县卫健委组织招标，医院不得插手。"),
            ("藏药材收购指定供货人", "★★★", "藏药材收购公开询价，入库经制剂中心和财务双验。"),
            ("接受供货商宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副院长", "由霈岷", "副院长", "分管药浴科、制剂中心", "leader", [
            ("藏药制剂成本核算不实，虚报炮制损耗", "★★", "炮制投料、成品逐批登记，月度盘点。"),
            ("药浴理疗项目违规收费", "★★", "收费项目按物价标准公示，医保每月对账。"),
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
        "gongga_tibetan_hospital_cards", "http://www.zeku.gov.cn/news/show/1818",
        "县藏医院 领导干部廉政风险防控卡, one sheet a leader, after the source's 县藏医院 改扩建 and 中藏医药 发展 (药浴科, "
        "制剂中心, 藏药 炮制, 藏医馆): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def gongga_maternal_child_group_rows() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "由澔嵚", "leader", [
                ("妇幼项目资金使用个人说了算", "一级风险", "项目资金支出经院务会集体研究，专账核算。"),
                ("检验试剂采购指定供应商", "一级风险", "试剂采购在平台公开询价，结果公示。"),
            ]),
        ]),
        ("二、保健部", "保健部", [
            ("部长", "楚湉岭", "middle", [
                ("孕产妇系统管理数据虚报", "二级风险", "系统管理数据与乡镇卫生院逐月核对。"),
            ]),
            ("保健医生", "由洺瑗", "general", [
                ("儿童保健体检补助虚报人次", "二级风险", "体检名单电话抽查回访。"),
                ("出具出生医学证明把关不严", "三级风险", "出生医学证明签发双人审核，台账管理。"),
            ]),
        ]),
        ("三、财务科", "财务科", [
            ("出纳", "楚潇岑", "general", [
                ("现金收支不及时入账，公款私存", "二级风险", "现金日清月结，每月对账。"),
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
        "gongga_maternal_child_group_rows", "https://jxxfw.com/periodical/b92b1947f25340f08d67c69871d4d549.html",
        "县妇幼保健院 廉政风险防控责任清单 under GROUP ROWS, after the source's 县 妇幼保健 paper (县、乡、村三级妇幼保健网, 孕产妇 "
        "系统管理, 儿童系统管理): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、院领导``, ``二、保健部``, ``三、财务科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def gongga_cdc_selfchecks() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    people = [
        ("楚昀嵩", "中心领导", "主任", "leader", [
            ("专项经费预算执行随意调剂", "Ⅰ级", "专项经费调剂报县卫健委、财政局审批。", "已落实"),
            ("防疫物资采购化整为零规避招标", "Ⅱ级", "物资采购按限额标准执行政府采购。", "未发现问题"),
        ]),
        ("由漪岚", "检验科", "检验员", "general", [
            ("检测数据弄虚作假", "Ⅰ级", "检测原始记录双人签字，留样复核。", "已落实"),
            ("有偿检测收费不开票据", "Ⅱ级", "检测收费统一开票，收入缴入财务。", "已落实"),
        ]),
        ("楚霖峒", "免疫规划科", "科长", "middle", [
            ("疫苗出入库登记不实", "Ⅰ级", "疫苗出入库系统追溯，每月盘点。", "未发现问题"),
            ("接受疫苗配送企业宴请", "Ⅲ级", "签订廉洁承诺书，节前提醒。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gongga_cdc_selfchecks", "https://www.ppdoc.com/periodical/91e9f5df32d02331d20c063fc5f1a1ef.html",
        "县疾病预防控制中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on 疾控中心 "
        "财务管理 (专项经费, 预算, 有偿服务收费, 物资): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 中心主任意见：``; 中心领导 is the 科室 cell of the 主任",
        sheets, t,
    )  # fmt: skip


def gongga_jiangtang_clinic_list() -> dict:
    unit = f"{PLACE}江塘镇卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "由峋瀚", "leader", "药品采购收受医药代表回扣", "思想道德", "高风险",
         "药品平台采购，医药代表接待登记，回扣一律上交入账。"),
        ("院领导", "院长", "由峋瀚", "leader", "医疗成本控制弄虚作假，虚报考核数据", "制度机制", "中风险",
         "考核数据由县卫健委抽查核实。"),
        ("药房", "药剂员", "楚涓昕", "general", "药品领用不登记，私自外售", "业务流程", "高风险",
         "药品领用凭处方，每月盘点。"),
        ("药房", "药剂员", "楚涓昕", "general", "接受药商宴请，优先使用其药品", "外部环境", "低风险",
         "药品使用量每月公示。"),
        ("收费室", "收费员", "由汐峦", "general", "收费不开票据、截留挪用", "岗位职责", "中风险",
         "收费一律开具票据，日清日结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "gongga_jiangtang_clinic_list", "http://025jsxw.com/a/view/opinion/2019/0422/95081.html",
        "镇卫生院 岗位廉政风险防控一览表, after the source's 基层 卫生院 院长 and 药品回扣 (医药代表, 回扣上缴入账, 医疗成本控制, "
        "考核): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def gongga_health_inspection_register() -> dict:
    unit = f"{PLACE}卫生监督所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "由湛岙", "leader", [
            ("重大卫生行政处罚案件不经集体讨论", "制度机制", "一级", "重大案件集体讨论，法制审核后决定。"),
            ("监督员培训经费使用不规范", "岗位职责", "二级", "培训经费专款专用，按计划列支。"),
        ]),
        ("医疗卫生监督股", "股长", "楚淇昱", "middle", [
            ("对非法行医查处降低处罚标准", "业务流程", "一级", "处罚按裁量基准执行，案卷评查。"),
        ]),
        ("公共卫生监督队", "监督员", "由沨嵘", "general", [
            ("执法文书制作不规范、事后补填", "业务流程", "二级", "执法全过程记录，文书当场制作。"),
            ("检查中吃拿卡要", "思想道德", "三级", "检查两人以上，发放监督意见回执。"),
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
        "gongga_health_inspection_register", "https://wjzk.66wk.net/article-9554.html",
        "县卫生监督所 廉政风险点排查登记表, after the source's 省卫生监督所 稽查 of 市县所 (行政执法责任制, 执法文书, 培训经费, "
        "处罚案卷, 吃拿卡要 问卷): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gongga_jiedexiu_clinic_tick_roster(),
    gongga_health_commission_two_sheets(),
    gongga_peoples_hospital_posts(),
    gongga_tibetan_hospital_cards(),
    gongga_maternal_child_group_rows(),
    gongga_cdc_selfchecks(),
    gongga_jiangtang_clinic_list(),
    gongga_health_inspection_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch932-inbox"))

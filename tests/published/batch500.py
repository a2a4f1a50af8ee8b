"""The five-hundredth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 卫生健康
bodies, 华亭市 (a county-level city of 平凉, 甘肃) — its 卫生健康局, 第一人民医院, 中医医院,
疾病预防控制中心 and four 镇卫生院 (安口镇, 西华镇, 马峡镇, 策底镇 — towns of the city) — each handing
back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 卫生健康局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 第一人民医院's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, short types,
  高/中/低, an 编制人/审核人/date line;
- the 中医医院's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 安口镇卫生院's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 西华镇卫生院's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 马峡镇卫生院's 责任清单 under GROUP ROWS ``一、领导岗位`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 策底镇卫生院's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``huating_cdc_grading_sheet_by_code``: the 疾病预防控制中心's file gives EACH POINT'S TYPE AND
  LEVEL ONLY ON A SECOND SHEET, KEYED BY THE POINT'S NUMBER. Sheet ``风险点清单`` (first) is
  ``风险编号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 防控措施`` — no type, no level column, no note,
  no mark in the point; every row has a ``风险编号`` ``JK01`` … ``JK06``. Sheet ``分类定级表``
  (second) is titled ``…廉政风险点分类定级表`` with a line ``注：风险编号与《风险点清单》一致。``
  and the heading ``风险编号 | 风险类型 | 风险等级 | 定级依据``: one row per 编号, in ANOTHER ORDER
  (by level, highest first), giving the short type, ``一级/二级/三级`` and a sentence why; it does
  NOT repeat the point's text, the 科室, the post or the holder. The shape is about WHERE THE LEVEL
  AND THE TYPE ARE GIVEN. The README's 读得懂的表 knows levels and types in columns, in group
  rows, in sheet names or titles (a sheet a level or a type), in notes by 序号 (``第1、2项为高风险``,
  ``第1、5项为思想道德风险``), in codes whose letters or first segment tell them (``ZD-01``,
  ``Ⅰ-01``), and ANOTHER SHEET REPEATING THE POINTS WORD FOR WORD with types and measures (matched
  by the point's text, ``SHEET_DETAILS``); and a ``职权编码`` list whose holders a ``职权目录`` sheet
  gives. It does not describe a second sheet that gives only the type and the level against the
  point's plain number (a number that says nothing itself), with no point text to match on: read
  as is, the list's points have no level (and no type), and the second sheet has no point column.
  No earlier batch writes one: ``grep -l '定级表\\|分类定级' tests/published/batch*.py`` finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by title (a note on the revised
疫苗储存和运输管理规范 — 冷链, 温度监测; a city 卫生健康委's ``证照分离`` plan — 医疗机构执业许可,
事中事后监管; a report of a 县人民医院 院长's case — 医疗设备招标漏洞; a notice on 医药购销 ``红包``
回扣 — 药品耗材, 院内招采; an account of two 医院's 基建 and 设备 cases — 规避招标; a report of a 院长
paid by a 医药代理 — 进药, 药事管理委员会; a report on 居民健康档案造假 — 突击建档, 死档; a page on 处方
rules — 医师口述、护士开具处方) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 华亭市 (``unit_words=("华亭市",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch500`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the points are the ``风险点清单`` rows, the sheet ``风险点清单`` their forms'
  sheet; each takes the type and the level the ``分类定级表`` gives its ``风险编号``; the
  ``分类定级表`` rows are no points (``定级依据`` is a reason, not a point) and name no holder;
- ``局领导``, ``院领导`` and ``中心领导`` are the 科室 of those leaders; a 局's 科, a 医院's 科 and a
  中心's 科 are 科室; a 卫生院's card, 自查表 and lists name no 科室 (the 卫生院 is the unit); the
  group rows ``一、领导岗位``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 医院's 院长 and 副院长, a 中心's 主任 and a
  卫生院's 院长 are leaders; 科长, 科主任 and 护士长 middle; the rest (科员, 药师, 采购员, 检验员,
  收费员, 会计, 药房管理员, 公卫专干, 医师) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 中医医院's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b500_"
PLACE = "华亭市"
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

# (风险编号, 科室, 岗位, 责任人, tier, 廉政风险点, 防控措施, 风险类型, 风险等级, 定级依据)
CDC = [
    ("JK01", "中心领导", "主任", "樊翛璆", "leader", "物资采购决策个人说了算",
     "大额采购集体研究，会议纪要存档。", "制度机制", "一级", "涉及大额资金，决策权集中。"),
    ("JK02", "中心领导", "主任", "樊翛璆", "leader", "干预疫苗配送单位选定",
     "插手干预登记报告。", "思想道德", "二级", "可能影响配送公平。"),
    ("JK03", "免疫规划科", "科长", "禚沺琇", "middle", "疫苗出入库登记不实",
     "出入库双人核对，系统追溯。", "业务流程", "一级", "疫苗管理风险后果严重。"),
    ("JK04", "免疫规划科", "科长", "禚沺琇", "middle", "接种单位考核打分随意",
     "考核细则公开，结果公示。", "岗位职责", "二级", "考核结果影响补助分配。"),
    ("JK05", "检验科", "检验员", "郏濛瑄", "general", "检测数据擅自修改",
     "原始记录不得涂改，复核签字。", "岗位职责", "二级", "影响检测结论公正。"),
    ("JK06", "检验科", "检验员", "郏濛瑄", "general", "接受送检单位宴请",
     "签订廉洁承诺书，拒收登记。", "外部环境", "三级", "发生概率较低。"),
]  # fmt: skip


def huating_cdc_grading_sheet_by_code() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    sh = _Sheet("风险点清单", [8, 12, 8, 10, 36, 34])
    _line(sh, f"{unit}廉政风险点清单", 6)
    sh.add("风险编号", "科室", "岗位", "责任人", "廉政风险点", "防控措施")
    first = len(sh.rows)
    for code, dept, post, who, tier, point, measures, typ, lv, _why in CDC:
        sh.add(code, dept, post, who, point, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None)
    grade = _Sheet("分类定级表", [8, 12, 10, 36])
    _line(grade, f"{unit}廉政风险点分类定级表", 4)
    _line(grade, "注：风险编号与《风险点清单》一致。", 4)
    grade.add("风险编号", "风险类型", "风险等级", "定级依据")
    for code, *_x, typ, lv, why in sorted(CDC, key=lambda r: GRADES[r[8]]):
        grade.add(code, typ, lv, why)
    return _layout(
        "huating_cdc_grading_sheet_by_code",
        "https://scholarmate.com/S/Tw3JX7",
        "(harder) 市疾病预防控制中心 廉政风险点清单, after the source's note on the revised 疫苗储存和运输管理规范 (冷链 "
        "储存运输, 温度监测, 分类管理): sheet ``风险点清单`` 风险编号 (JK01…)/科室 merged (中心领导, 免疫规划科, 检验科)/岗位 and 责任人 "
        "merged per person/廉政风险点/防控措施 — NO type or level column; sheet ``分类定级表`` 风险编号/风险类型 (short)/"
        "风险等级 ``一级/二级/三级``/定级依据, keyed by the 编号 only, in another order (highest level first), a "
        "``注：风险编号与《风险点清单》一致。`` line",
        [sh, grade], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huating_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蔺翯湄", "局长", "主持全面工作", [
            ("医疗卫生项目资金安排不公", "一级", "资金安排党组会集体研究。"),
            ("为医疗机构许可打招呼", "二级", "插手干预登记报告。"),
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
    dept = _Sheet("科室", [6, 14, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管科", "科长", "訾澂昀", "middle", "医疗机构执业许可审查不严", "一级",
         "许可条件公开，两人现场核查。"),
        ("综合监督科", "科员", "亓濯珹", "general", "监督检查降低处罚标准", "二级", "处罚集体讨论，结果公示。"),
        ("综合监督科", "科员", "亓濯珹", "general", "泄露被检查单位信息", "三级", "检查资料专人保管。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "huating_health_bureau_two_sheets",
        "https://wsjkw.cq.gov.cn/zwgk_242/zfxxgkml/zcwj/xzgfxwj2/202004/t20200402_6951766_wap.html",
        "市卫生健康局's file in two sheets, after the source's ``证照分离`` plan of a 卫生健康委 (医疗机构执业许可, "
        "事中事后监管): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def huating_first_hospital_list() -> dict:
    unit = f"{PLACE}第一人民医院"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "郦瀞珩", "leader", [
            ("大型设备购置决策不民主", "制度机制", "高", "大型设备购置院长办公会集体研究。"),
            ("为药品企业打招呼", "思想道德", "中", "插手干预登记报告。"),
        ]),
        ("设备科", "采购员", "鄢湉翾", "general", [
            ("采购参数设置倾向性条款", "岗位职责", "高", "参数论证三人以上，法制审核。"),
            ("验收走过场", "业务流程", "中", "使用科室、设备科共同验收。"),
            ("接受供应商宴请", "外部环境", "低", "签订廉洁购销协议。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "huating_first_hospital_list",
        "http://qm120.com/tags/70411.htm",
        "市第一人民医院 岗位廉政风险防控一览表, after the source's report of a 县人民医院 院长's case (医疗设备招标漏洞, "
        "陪标): a title, 序号/科室 merged (院领导, 设备科)/岗位 and 责任人 merged per person/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huating_tcm_hospital_posts() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    drug, nurse = "药剂科", "护理部"
    rows = [
        (drug, "科主任", "middle", "药品遴选", "为特定厂家药品进院开方便之门", "岗位职责风险", "Ⅰ级",
         "药事委员会集体遴选。"),
        (drug, "科主任", "middle", "统方信息管理", "违规提供医师用药统计信息", "制度机制风险", "Ⅱ级",
         "统方权限分级授权，留痕。"),
        (nurse, "护士长", "middle", "耗材申领", "多领虚领高值耗材", "业务流程风险", "Ⅱ级",
         "高值耗材扫码计费。"),
        (nurse, "护士长", "middle", "收受红包", "收受患者家属红包礼品", "思想道德风险", "Ⅲ级",
         "签订不收红包协议书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：院办", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "huating_tcm_hospital_posts",
        "http://002169.zt1388.com/news-2661543.html",
        "市中医医院 廉政风险点排查表 对岗不对人, after the source's notice on 医药购销 ``红包`` 回扣 (药品耗材, 院内招采): "
        "a title, 序号/科室 merged (药剂科, 护理部)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：院办 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def huating_ankou_cards() -> dict:
    unit = f"{PLACE}安口镇卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "仉泓翊", "leader", [
            ("绩效工资分配不公", "★★★", "分配方案职工大会讨论并公示。"),
            ("基建维修项目发包不规范", "★★", "按规定比选，集体研究。"),
        ]),
        ("收费员", "逯湫玹", "general", [
            ("收费不开票截留现金", "★★", "每日对账，院长抽查。"),
            ("违规减免患者费用", "★", "减免凭审批单办理。"),
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
        "huating_ankou_cards",
        "https://halmhg.com/DocHtml/1059/10/04/00109186",
        "市安口镇卫生院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 收费员), after the source's account of two 医院's 基建 and "
        "设备 cases (规避招标, 财务管理混乱): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` "
        "line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def huating_xihua_selfchecks() -> dict:
    unit = f"{PLACE}西华镇卫生院"
    t = _Truth(unit)
    people = [
        ("佴瀚珏", "院长", "leader", [
            ("基本药物采购不走平台", "高风险", "全部药品网上集中采购。"),
            ("公务接待超标准", "中风险", "接待清单审签报账。"),
        ]),
        ("邶沄璐", "药房管理员", "general", [
            ("药品出入库账实不符", "中风险", "每月盘点，账实核对。"),
            ("私自倒卖过期药品", "低风险", "过期药品登记，集中销毁。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huating_xihua_selfchecks",
        "http://zqb.cyol.com/html/2011-01/22/nw.D110000zgqnb_20110122_5-03.htm?div=-1",
        "市西华镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report of a 院长 "
        "paid monthly by a 医药代理 (进药, 药事管理委员会): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def huating_maxia_group_rows() -> dict:
    unit = f"{PLACE}马峡镇卫生院"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、领导岗位", [
            ("院长", "濮翥琬", "leader", [
                ("公卫项目资金分配不公", "一级风险", "按考核结果拨付，公示。"),
                ("人员招聘暗箱操作", "二级风险", "招聘方案报主管部门备案。"),
            ]),
        ]),
        ("二、工作人员", [
            ("公卫专干", "郗澜珺", "general", [
                ("虚报公卫服务数量", "一级风险", "随机电话回访核实。"),
                ("健康档案突击造假", "三级风险", "档案系统分级授权。"),
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
        "huating_maxia_group_rows",
        "https://finance.gucheng.com/201407/2780596.shtml",
        "市马峡镇卫生院 廉政风险防控责任清单, after the source's report on 居民健康档案造假 (突击建档, 死档): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、领导岗位``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def huating_cedi_list() -> dict:
    unit = f"{PLACE}策底镇卫生院"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院长", "厍翀漪", "leader", "处方点评流于形式", "岗位职责", "高", "每月点评，结果通报。"),
        ("院长", "厍翀漪", "leader", "接受药商宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("医师", "郜泷琬", "general", "开大处方收取提成", "业务流程", "中", "处方金额超限预警。"),
        ("医师", "郜泷琬", "general", "违规出具诊断证明", "制度机制", "低", "诊断证明双人审核登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "huating_cedi_list",
        "https://www.zhetiaohe.com/ss/d00c547c3cf65a0233865892ccb51cac227a30085880eb950b420421a8d84774a68f5ba1fcddc7bd89f4eb52aada3c2d",
        "市策底镇卫生院 廉政风险防控一览表, after the source's page on 处方 rules (医师口述、护士开具处方的处罚): a title, a merged ``填报单位：…　填报时间：2025年6月`` "
        "line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/"
        "院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huating_cdc_grading_sheet_by_code(),
    huating_health_bureau_two_sheets(),
    huating_first_hospital_list(),
    huating_tcm_hospital_posts(),
    huating_ankou_cards(),
    huating_xihua_selfchecks(),
    huating_maxia_group_rows(),
    huating_cedi_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch500-inbox"))

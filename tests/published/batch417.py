"""The four-hundred-and-seventeenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 人社 and
医保 bodies, 汉滨区 (the district of 安康 on the 汉江, its staff Han) — the 区人力资源和社会保障局, the
区医疗保障局, the 区社会保险经办中心, the 区就业服务中心 and the 劳动保障所 of four of its towns (五里镇,
关庙镇, 大竹园镇, 恒口镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff
typed in WPS or Excel:

- the 人力资源和社会保障局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``,
  no type column, a 制表/审核/date line under each;
- the 医疗保障局's 责任清单 under GROUP ROWS ``一、局领导``, ``二、基金监管股``, ``三、待遇保障股``,
  ``四、办公室`` merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before
  the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 社会保险经办中心's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``部门``
  merged (``中心领导``, ``待遇审核股``, ``基金财务股``, ``稽核股``), ``姓名`` BEFORE ``职务``, both merged
  per person, a short ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date
  line;
- the 五里镇劳动保障所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` and a merged ``岗位职责：…`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 所长（签字）：``;
- the 关庙镇劳动保障所's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 |
  …`` over ``所在单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 |
  自查情况`` (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … |
  所长审核：``;
- the 大竹园镇劳动保障所's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out
  on EVERY row (nothing merged): ``岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级 | 防控措施`` — the TYPE
  BEFORE THE POINT, no 科室 column — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 恒口镇劳动保障所's 排查表 对岗不对人: ``岗位`` merged per post (no 科室 column), a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names.

One is harder:

- ``hanbin_employment_center_measure_codes``: the 就业服务中心's 岗位廉政风险防控一览表, an ordinary
  list in every column but one (a title, a merged ``填报单位：…　填报时间：2025年10月`` line, ``序号 |
  科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged, ``岗位`` and ``姓名``
  merged per person, short types, 高/中/低) — but its MEASURES ARE WRITTEN AS CODES: the ``防控措施``
  cell of every point holds only codes of a shared catalogue (``A1、B2``, ``A3、B1、C2``), as a merged
  ``注：“防控措施”栏填写下表所列措施代码，多项用顿号隔开。`` line says, and the catalogue stands BELOW
  the list on the same sheet, after the 填表人/审核人/date line: a merged caption ``附：防控措施代码表``,
  a heading ``代码 | 防控措施`` (the text merged across the other columns) and one row a measure
  (``A1 | 重大事项经中心主任办公会集体研究，会议纪要存档。`` …), the codes grouped by kind (A 制度,
  B 监督, C 技术), several points sharing a measure and every point naming two or three. So the
  point stands in its row as usual, but its measures stand apart, JOINED TO IT BY CODE, many to
  many, and the catalogue's rows are measures that belong to no row of their own. The README's
  读得懂的表 knows measures beside the point (one column, 事前/事中/事后 sub-columns, by level, by
  control tier), under it (numbered rows, a merged ``防控措施：`` line, a ledger under point lines),
  in the point's own cell, and a measures table below the list keyed BY THE POINTS' 序号
  (``序号 | 对应风险点 | 防控措施``, ``MEASURES_BY_NUMBER``: each measures row names the points it
  serves), and it knows codes read by a legend for types, levels, 科室 and posts (``TYPE_CODES``,
  ``LEVEL_CODES``, ``DEPT_CODES``, ``POST_CODES``); it does not describe the opposite join — a
  measures column of codes and a catalogue of measures keyed by THEIR OWN codes, naming no point.
  No earlier batch writes one: ``grep -l '措施代码\\|代码表\\|措施编号\\|措施库' tests/published/batch*.py``
  finds none, nor does a search for a cell of codes joined by ``、`` (``"A1、B2"``); the nearest,
  batch3's 措施清单 sheet and batch354's table below the list, key the measures by the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区人社局's 依法行政 report —
行政执法 证, 工伤认定, 行政复议, 法制审核, 权力清单; a 医保局's 自查自纠 — 定点医药机构 协议管理,
费用稽核, 违规资金 退回, 智能监控; a 审计局's 社保基金 审计 — 重复领取 养老待遇, 死亡和服刑人员 冒领,
违规 提前退休, 征缴; a province's 就业 opinions — 就业专项资金, 公益性岗位, 职业培训 补贴, 小额担保贷款;
a province's rules for the 街道（乡、镇）劳动保障事务所 — 失业登记, 资格认证, 城乡居民社会保险, 劳动关系
调解; a 州人社局's answer on 农民工工资 — 欠薪, 工程建设领域, 劳动保障监察; a 县人社局's 法治 report —
持证执法, 监管事项, 合法性审查; a 区人社局's 法治 report — 重大决策 集体讨论, 法律顾问, 规范性文件) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 汉滨区, named with the
district's name (no earlier unit holds ``汉滨``; 五里镇, 关庙镇, 大竹园镇 and 恒口镇 are towns of the
district).

Run ``python tests/published/score.py --set batch417`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the points are the rows of the upper list, each its ``廉政风险点`` cell, its
  holder the ``姓名`` cell, its 科室 the ``科室`` cell, its types the ``风险类型`` cell, its level the
  ``风险等级`` cell, as in an ordinary list; the ``防控措施`` cell of codes is the point's measures
  (the catalogue's texts of those codes), never a point; the ``注：`` line, the caption ``附：防控措施
  代码表``, the catalogue's heading ``代码 | 防控措施`` and its rows (a code and a measure) are no
  points and name no holder;
- ``局领导`` (the 人社局's sheet of its leaders, named so by its tab and title; the 医保局's group row),
  ``中心领导`` (the 经办中心's 部门 cell, the 就业服务中心's 科室 cell) are the 科室 of those leaders; a 局's
  股 and 办公室, a 中心's 股 and 窗口 are 科室; a group row ``二、基金监管股`` gives the 科室 ``基金监管股``
  (its number left off); a 镇劳动保障所 is a unit of its own with no 科室: its cards, 自查表, 一览表 and
  排查表 name none, so every form of the four 所 has the 科室 "" (the 自查表's ``所在单位`` is the unit);
- 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长 and 副所长 are leaders; 股长 and the 就业服务中心's
  窗口 负责人 (``窗口负责人``) middle; the rest (科员, 会计, 出纳, 审核员, 稽核员, 劳动保障协理员, 社保协理员,
  就业协理员) general;
- ``廉政风险点 | 风险描述`` (the 经办中心's list) and ``风险点 | 风险表现`` (the 恒口镇所's): the point is the
  short one; ``分管工作``, ``工作职责``, ``岗位职责``, ``职责事项`` and ``自查情况`` are no points and name no
  holder; the 恒口镇所's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by
  the cards' note), ``高风险/中风险/低风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 大竹园镇所's note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch410).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b417_"
PLACE = "汉滨区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

CODES_NAME = "hanbin_employment_center_measure_codes"
CODES_UNIT = f"{PLACE}就业服务中心"
CODES_TAB = "一览表"
CODES_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
CODES_COL = CODES_HEAD.index("防控措施")
CODES_NOTE = "注：“防控措施”栏填写下表所列措施代码，多项用顿号隔开。"
CODES_CAPTION = "附：防控措施代码表"
CATALOGUE_HEAD = ("代码", "防控措施")
CODES_WIDTHS = [6, 12, 11, 9, 38, 10, 9, 14]

# the shared catalogue: code -> measure (A 制度, B 监督, C 技术)
CATALOGUE = [
    ("A1", "重大事项经中心主任办公会集体研究，会议纪要存档。"),
    ("A2", "补贴申报材料实行一次性告知和初审、复审两级审核。"),
    ("A3", "资金拨付实行经办、复核、审批分离，不相容岗位不得兼任。"),
    ("A4", "公益性岗位开发和人员安置方案报区人社局审定。"),
    ("B1", "补贴对象、金额在中心公示栏和网站公示不少于5个工作日。"),
    ("B2", "区人社局基金监督股每半年抽查一次，问题限期整改。"),
    ("B3", "设立举报电话和意见箱，举报件登记编号、全程跟踪。"),
    ("C1", "补贴申领人信息与社保缴费、工商登记数据系统比对。"),
    ("C2", "补贴资金经就业信息系统直接拨付至个人或单位账户。"),
    ("C3", "培训签到实行人脸识别，培训课时系统自动统计。"),
]  # fmt: skip

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, 措施代码)])
CODES_ROWS = [
    ("中心领导", "主任", "綦璟沄", "leader", [
        ("就业补助资金分配安排不经集体研究，向关系单位倾斜", "制度机制", "高", "A1、B1"),
        ("职业培训机构选定中接受请托，指定培训机构", "外部环境", "高", "A1、B2、B3"),
    ]),
    ("中心领导", "副主任", "昝湉璐", "leader", [
        ("公益性岗位开发审批把关不严，为不符合条件的单位开发岗位", "岗位职责", "中", "A4、B2"),
    ]),
    ("就业创业股", "股长", "笪漪珺", "middle", [
        ("创业担保贷款申请人资格审核不严，为关系人违规推荐贷款", "岗位职责", "高", "A2、C1、B1"),
        ("一次性创业补贴审核走过场，虚报冒领未发现", "业务流程", "中", "A2、C1"),
    ]),
    ("职业培训股", "科员", "郈瑀澂", "general", [
        ("培训补贴审核中认可虚报的培训人数和课时", "业务流程", "高", "C3、A3、B2"),
        ("接受培训机构宴请、礼品", "思想道德", "低", "B3"),
    ]),
    ("综合服务窗口", "窗口负责人", "暨泠璇", "middle", [
        ("失业登记和就业困难人员认定中优亲厚友", "思想道德", "中", "A2、B1"),
        ("公益性岗位补贴资金拨付不按考勤核发", "制度机制", "低", "A3、C2"),
    ]),
]  # fmt: skip


def hanbin_employment_center_measure_codes() -> dict:
    unit = CODES_UNIT
    t = _Truth(unit)
    sh = _Sheet(CODES_TAB, CODES_WIDTHS)
    ncols = len(CODES_HEAD)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", ncols)
    sh.add(*CODES_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CODES_ROWS:
        for point, typ, lv, codes in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, codes)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, CODES_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    sh.add()
    _line(sh, CODES_CAPTION, ncols)
    r = sh.add(CATALOGUE_HEAD[0], CATALOGUE_HEAD[1], *([None] * (ncols - 2)))
    sh.merge(r, 1, r, ncols - 1)
    for code, text in CATALOGUE:
        r = sh.add(code, text, *([None] * (ncols - 2)))
        sh.merge(r, 1, r, ncols - 1)
    return _layout(
        CODES_NAME, "http://www.fsou.net/html/text/lar/170172/17017264_2.html",
        "(harder) 区就业服务中心 岗位廉政风险防控一览表, after the source's 就业 opinions (就业专项资金, 公益性岗位, 职业培训 补贴, "
        "小额担保贷款): an ordinary list (a title, a merged ``填报单位：…　填报时间：2025年10月`` line, 序号/科室 merged/岗位 and "
        "姓名 merged per person/廉政风险点/风险类型 short names/风险等级 高/中/低) whose ``防控措施`` cells hold only CODES "
        "(``A1、B1``) of a CATALOGUE BELOW THE LIST on the same sheet: a ``注：`` line on the codes, a 填表人/审核人/date line, "
        "then ``附：防控措施代码表`` and ``代码 | 防控措施`` (text merged across), one row a measure (A1–A4, B1–B3, C1–C3), "
        "shared by several points",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hanbin_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 8, 20, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郄璠嵘", "局长", "主持全面工作，分管财务、人事", [
            ("重大行政决策和大额资金使用不经党组会集体讨论", "一级", "落实“三重一大”集体决策，会议纪要存档。"),
            ("干部选拔任用和职称推荐中搞“一言堂”", "一级", "严格执行干部任用程序，推荐结果公示。"),
        ]),
        ("缑沚瑭", "副局长", "分管劳动保障监察、工伤保险", [
            ("对欠薪案件查处打招呼、说情，降格处理", "一级", "案件查处全程留痕，重大案件集体讨论。"),
            ("工伤认定中偏袒用人单位或职工一方", "二级", "工伤认定经法制审核，结论集体研究。"),
            ("接受用人单位宴请和礼品", "三级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 9, 9, 36, 9, 32])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("劳动保障监察股", "股长", "眭璆涴", "middle", [
            ("劳动保障监察案件立案、调查选择性执法", "一级", "执法人员两人以上，执法全过程音像记录。"),
            ("责令支付欠薪的处理决定不按规定送达、执行", "二级", "处理决定法制审核，送达回证存档。"),
        ]),
        ("劳动保障监察股", "科员", "厍澜琇", "general", [
            ("检查中泄露举报人信息", "二级", "举报件登记编号，举报人信息保密。"),
        ]),
        ("工伤保险股", "股长", "亓泓瑗", "middle", [
            ("工伤认定调查核实走过场，认定结论失实", "一级", "调查两人以上，询问笔录当场签字。"),
            ("劳动能力鉴定材料审核不严", "三级", "鉴定材料清单化审核，结果公示。"),
        ]),
        ("办公室", "会计", "蒉沨琳", "general", [
            ("经费报销审核不严，虚列支出", "二级", "报销单据经办、证明、审批三签，每季度内审抽查。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "hanbin_hrss_bureau_two_sheets", "https://www.zhonglou.gov.cn/html/czzl/2024/OJAJLIHM_0307/21483.html",
        "区人力资源和社会保障局 file in two sheets after the source's 区人社局 依法行政 report (行政执法 证, 工伤认定, 行政复议, "
        "法制审核, 权力清单): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no "
        "type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def hanbin_medical_security_bureau_duty_list() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "禤琤溦", "leader", [
                ("重大事项决策", "定点医药机构协议管理重大事项个人说了算", "制度机制风险", "一级风险",
                 "重大事项党组会集体研究，会议纪要存档。"),
            ]),
            ("副局长", "钭翀湜", "leader", [
                ("基金监管", "对欺诈骗保案件查处打招呼、压案不办", "外部环境风险", "一级风险", "案件查处集体审理，过问插手登记报告。"),
            ]),
        ]),
        ("二、基金监管股", "基金监管股", [
            ("股长", "隗淏琦", "middle", [
                ("飞行检查和专项检查", "检查前泄露检查信息，对发现问题隐瞒不报", "岗位职责风险", "一级风险",
                 "检查对象随机抽取，问题清单集体审定。"),
                ("违规资金追回", "违规医保资金不按规定追回或少追", "业务流程风险", "二级风险", "追回资金台账管理，按月对账。"),
            ]),
            ("科员", "佴瀛珏", "general", [
                ("智能监控疑点核查", "智能监控疑点数据核查走过场", "岗位职责风险", "三级风险", "疑点核查双人复核，结果留痕。"),
            ]),
        ]),
        ("三、待遇保障股", "待遇保障股", [
            ("股长", "鄂涟瑄", "middle", [
                ("门诊慢特病认定", "门诊慢特病待遇认定降低标准", "业务流程风险", "二级风险", "认定实行专家评审，结果公示。"),
                ("医疗救助审核", "医疗救助对象审核不严，优亲厚友", "思想道德风险", "二级风险", "救助名单村（社区）公示，资金直达个人。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("出纳", "冼瀞琬", "general", [
                ("现金和银行账户管理", "公款私存，坐支现金", "制度机制风险", "三级风险", "现金日清月结，会计每周盘点。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "hanbin_medical_security_bureau_duty_list", "https://www.jiusongjiankang.com/health/news/7994647.html",
        "区医疗保障局 廉政风险防控责任清单 under GROUP ROWS ``一、局领导`` … ``四、办公室`` merged across (no 股室 column), after "
        "the source's 医保局 自查自纠 (定点医药机构 协议管理, 费用稽核, 违规资金 退回, 智能监控): a title, then 序号/岗位 and "
        "``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def hanbin_social_insurance_center_list() -> dict:
    unit = f"{PLACE}社会保险经办中心"
    sh = _Sheet("一览表", [6, 11, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "部门", "姓名", "职务", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "靳翾澜", "主任", "leader", [
            ("基金支出审批", "大额社保基金支出审批把关不严，不经集体研究", "制度机制", "高",
             "大额支出经中心办公会研究，审批留痕。"),
        ]),
        ("中心领导", "扈琰沁", "副主任", "leader", [
            ("提前退休审批", "违规为不符合条件的人员办理特殊工种、病退提前退休", "岗位职责", "高",
             "提前退休材料两级审核，名单公示。"),
        ]),
        ("待遇审核股", "缪璿淇", "股长", "middle", [
            ("待遇资格认证", "对死亡、服刑人员未及时停发养老待遇，造成冒领", "业务流程", "高",
             "每月与公安、民政、法院数据比对，疑点逐一核实。"),
            ("重复领取核查", "重复领取养老待遇的疑点数据核查不及时", "岗位职责", "中", "险种间数据每季度比对，问题限期追回。"),
        ]),
        ("待遇审核股", "邰泷玥", "审核员", "general", [
            ("待遇核定", "养老待遇核定中缴费年限、基数计算失实", "业务流程", "中", "核定结果系统复核，经办与复核分离。"),
        ]),
        ("基金财务股", "蔺瑢澍", "会计", "general", [
            ("基金对账", "社保基金收支与银行、财政对账不及时", "制度机制", "低", "每月与银行、财政对账，编制余额调节表。"),
        ]),
        ("稽核股", "嵇湛珈", "稽核员", "general", [
            ("缴费稽核", "稽核中接受参保单位请托，对少报缴费基数不予纠正", "外部环境", "中",
             "稽核两人以上，稽核结论复核后下达。"),
            ("稽核档案", "稽核资料不及时归档", "岗位职责", "低", "稽核资料按月归档，专人管理。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, who, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, who, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "hanbin_social_insurance_center_list", "http://lyjwwood.com/news/lhsz/2021/03/46149539420210310956.html",
        "区社会保险经办中心 岗位廉政风险防控一览表 after the source's 社保基金 审计 (重复领取 养老待遇, 死亡和服刑人员 冒领, 违规 "
        "提前退休, 征缴): a title, a merged ``填报单位：…　填报时间：2025年10月`` line, then 序号/``部门`` merged (中心领导, 待遇审核股, "
        "基金财务股, 稽核股)/``姓名`` BEFORE ``职务``, both merged per person/a short ``廉政风险点``/a long ``风险描述``/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def hanbin_wuli_labour_station_cards() -> dict:
    unit = f"{PLACE}五里镇劳动保障所"
    t = _Truth(unit)
    cards = [
        ("所长", "逯泺瑛", "leader", "主持劳动保障所全面工作，负责资金审核和劳动关系协调", [
            ("城乡居民养老保险补缴审核把关不严", "★★★", "补缴材料两级审核，补缴名单公示。"),
            ("公益性岗位人员考勤审核不实", "★★", "考勤每月公示，镇纪委抽查。"),
            ("劳动争议调解中偏袒一方", "★★", "调解两人以上，调解协议当场签字。"),
        ]),
        ("社保协理员", "郏沄璨", "general", "负责城乡居民社会保险参保登记、资格认证", [
            ("养老待遇领取资格认证不到位，死亡人员未及时上报", "★★★", "每月与派出所、村（社区）核对死亡人员。"),
            ("参保信息变更不按规定核对", "★", "信息变更凭原件办理，复印件存档。"),
        ]),
        ("就业协理员", "庹瑾泠", "general", "负责失业登记和就业困难人员认定", [
            ("就业困难人员认定中优亲厚友", "★★", "认定结果村（社区）公示。"),
            ("接受服务对象财物", "★", "签订廉洁承诺书，举报电话公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        _line(sh, f"岗位职责：{duty}", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "hanbin_wuli_labour_station_cards", "http://www.fsou.net/html/text/lar/170165/17016551_1.html",
        "镇劳动保障所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 社保协理员, 就业协理员), after the source's rules for the "
        "街道（乡、镇）劳动保障事务所 (失业登记, 资格认证, 城乡居民社会保险, 劳动关系 调解): a title, ``姓　名 | … | 职　务 | …``, a "
        "merged ``岗位职责：…`` line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column, no 科室 field; a merged "
        "``注：`` line on the stars and ``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def hanbin_guanmiao_labour_station_selfchecks() -> dict:
    unit = f"{PLACE}关庙镇劳动保障所"
    t = _Truth(unit)
    people = [
        ("阚翊潆", "所长", "leader", [
            ("负责劳动保障所全面工作和欠薪线索排查", [
                ("农民工欠薪线索排查不及时，隐瞒不报", "Ⅰ级", "欠薪线索建立台账，每周上报区劳动保障监察大队。", "已落实"),
                ("就业补贴初审把关不严", "Ⅱ级", "初审材料清单化，初审意见签字留痕。", "已落实"),
            ]),
        ]),
        ("宓泫琨", "副所长", "leader", [
            ("负责城乡居民社会保险和医疗保险参保", [
                ("城乡居民医保参保缴费代收款不及时解缴", "Ⅰ级", "代收款当日解缴，票据与系统每日核对。", "已落实"),
                ("参保资助对象认定不准确", "Ⅲ级", "资助名单与民政、乡村振兴部门数据比对。", "正在整改"),
            ]),
        ]),
        ("鞠澈琪", "劳动保障协理员", "general", [
            ("负责劳动关系协调和用工备案", [
                ("用工备案信息审核不实", "Ⅱ级", "备案信息与劳动合同逐项核对。", "已落实"),
                ("接受企业请托，劳动纠纷调解不公", "Ⅱ级", "调解实行两人以上，调解结果告知双方。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("所在单位", unit, None, "填表时间", DATE, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "hanbin_guanmiao_labour_station_selfchecks", "https://rsj.cxz.gov.cn/info/1118/13872.htm",
        "镇劳动保障所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 州人社局 answer on "
        "农民工工资 (欠薪, 工程建设领域, 劳动保障监察): a title, the pairs ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 填表时间 "
        "| …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; a blank row and ``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def hanbin_dazhuyuan_labour_station_every_row() -> dict:
    unit = f"{PLACE}大竹园镇劳动保障所"
    sh = _Sheet("一览表", [6, 14, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "瞿瀚琮", "leader", "制度机制", "劳动保障所经费支出不经所务会研究", "Ⅰ", "支出所务会研究，按季度公示。"),
        ("所长", "瞿瀚琮", "leader", "外部环境", "协调欠薪纠纷时接受施工企业宴请", "Ⅱ", "签订廉洁承诺，纠纷协调两人以上。"),
        ("副所长", "钮漱璎", "leader", "岗位职责", "公益性岗位人员安置不公开", "Ⅰ", "安置方案和名单公示。"),
        ("社保协理员", "宦洺瑶", "general", "业务流程", "城乡居民养老保险待遇领取人员信息核对不及时", "Ⅱ", "每月与村（社区）核对，系统留痕。"),
        ("社保协理员", "宦洺瑶", "general", "思想道德", "为亲友违规办理参保补缴", "Ⅲ", "补缴材料所长审核，名单公示。"),
        ("就业协理员", "蓟湘珩", "general", "岗位职责", "技能培训报名人员信息审核不实", "Ⅱ", "报名信息与身份证件逐一核对。"),
        ("就业协理员", "蓟湘珩", "general", "制度机制", "失业登记台账登记不及时", "Ⅲ", "台账每月登记，与区就业服务中心核对。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        "hanbin_dazhuyuan_labour_station_every_row", "http://www.jinyun.gov.cn/art/2025/2/11/art_1229367939_5455833.html",
        "镇劳动保障所 岗位廉政风险防控一览表, after the source's 县人社局 法治 report (持证执法, 监管事项, 合法性审查): ``附件1``, a "
        "title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/岗位/姓名 written out on EVERY row (nothing "
        "merged; no 科室 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on "
        "the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def hanbin_hengkou_labour_station_posts() -> dict:
    unit = f"{PLACE}恒口镇劳动保障所"
    sh = _Sheet("排查表", [6, 14, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "leader", [
            ("资金审核", "公益性岗位补贴和就业补贴初审不经集体研究", "制度机制", "高风险", "初审意见所务会研究，签字留痕。"),
            ("欠薪协调", "协调欠薪时偏袒用工单位，压降农民工诉求", "外部环境", "中风险", "协调过程记录，处理结果告知双方。"),
        ]),
        ("社保协理员", "general", [
            ("资格认证", "养老待遇领取资格认证弄虚作假，代人认证", "岗位职责", "高风险", "认证人脸识别，入户核查两人以上。"),
            ("代收保费", "代收城乡居民保费不及时解缴", "业务流程", "中风险", "代收款当日解缴，票据每日核对。"),
        ]),
        ("就业协理员", "general", [
            ("失业登记", "为不符合条件的人员办理失业登记", "岗位职责", "中风险", "登记条件公开，登记名单公示。"),
            ("培训报名", "培训报名人员冒名顶替", "思想道德", "低风险", "报名人员身份证件核验，培训签到核对。"),
        ]),
        ("劳动保障协理员", "general", [
            ("用工备案", "用工备案材料审核不严", "业务流程", "低风险", "备案材料清单化审核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "hanbin_hengkou_labour_station_posts", "http://www.hhtz.gov.cn/art/2023/2/17/art_1229247393_4140982.html",
        "镇劳动保障所 岗位廉政风险点排查表 对岗不对人, after the source's 区人社局 法治 report (重大决策 集体讨论, 法律顾问, 规范性文件): "
        "a title, 序号/岗位 merged per post (no 科室 column)/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hanbin_employment_center_measure_codes(),
    hanbin_hrss_bureau_two_sheets(),
    hanbin_medical_security_bureau_duty_list(),
    hanbin_social_insurance_center_list(),
    hanbin_wuli_labour_station_cards(),
    hanbin_guanmiao_labour_station_selfchecks(),
    hanbin_dazhuyuan_labour_station_every_row(),
    hanbin_hengkou_labour_station_posts(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch417-inbox"))

"""The four-hundred-and-fifty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 人社
bodies, 耀州区 (铜川, Shaanxi) — the 区人力资源和社会保障局, the 区社会保险经办中心, the 区就业服务中心,
the 区劳动保障监察大队 and the 劳动保障所 of four 镇 (小丘镇, 孙塬镇, 瑶曲镇, 照金镇) — each handing back
the 一览表, 防控表, 责任清单, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 社会保险经办中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 就业服务中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、创业服务科``, ``三、职业培训科`` merged
  across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 劳动保障监察大队's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室; a 制表/审核/date line;
- the 小丘镇劳动保障所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 所长（签字）：``;
- the 孙塬镇劳动保障所's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 所长审核：``;
- the 瑶曲镇劳动保障所's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 照金镇劳动保障所's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``yaozhou_hrss_measures_ticked``: the 区人力资源和社会保障局's 岗位廉政风险防控一览表 with a TWO-ROW
  heading ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级`` (each merged down over both
  rows) and ``防控措施`` merged ACROSS FOUR SUB-COLUMNS ``人防 | 制防 | 技防 | 群防`` (the 人社 system's
  "四防协同": 人防 = education and people, 制防 = rules, 技防 = the information system, 群防 = the
  public's watch). THE MEASURES ARE WRITTEN AS NOTHING BUT TICKS: each point row puts ``√`` in the
  kinds of measure that apply (one to three of them) and leaves the others empty; there is no
  measure text anywhere. A merged ``注：`` under the table says the kinds are ticked. The points
  are the ``廉政风险点`` cells, their types the ``风险类型`` column (short names), their levels 高/中/低;
  the ticks are neither types, levels, posts nor points. The README's 读得懂的表 knows ``事前/事中/
  事后`` measure sub-columns with TEXT in them (joined into one measure), ``现有 | 拟新增`` measure
  columns, measures as codes of a catalogue, ticks under LEVEL sub-columns (``一级 | 二级 | 三级``),
  under TYPE sub-columns (``思想道德 | 制度机制 | …``, or the types straight as headings), under
  POST columns (``分几列写岗位、各行在某一岗位下打 √``), under quarter columns of a ledger, and
  ``风险等级评定要素`` ticks; batch80 splits ``防控措施`` into ``制度防控 | 监督防控 | 教育防控`` but
  writes TEXT in each. None writes the measures as ticks under kinds of measure with no measure
  text: ``grep -l "技防" tests/published/batch*.py`` finds only batch158, which names the 四防协同
  in its source's description and writes its measures as text; ``群防`` elsewhere is 群测群防.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市人社局's account of its 清欠
work — 部门联动, 巡查, 举报投诉; a 城镇居民养老保险 notice — 经办机构, 参保登记, 待遇发放, 冒领; an
audit office's note on 创业担保贷款 at a 就业局 — 申报审核, 贷款发放; a page on 劳动保障监察 — 监察员的
职权, 检查, 询问, 保守秘密; a 市's notice on 镇劳动就业社会保障服务所 — 人员配备, 协理员, 公益性岗位;
a 市's notice on 劳动就业管理中心 and 劳动保障事务所 — 就业服务, 最低生活保障; a 市's 就业 policy —
小额担保贷款, 就业资金; a 市's report on 欠薪隐患 — 排查, 维权, 联合惩戒) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames with rare given names, three characters each); every unit is a
body of 耀州区, named with the district's name.

Run ``python tests/published/score.py --set batch453`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the ``廉政风险点`` cell; the ``√`` under ``人防 | 制防 | 技防 | 群防``
  are measures (not scored), no type (the type is the ``风险类型`` cell), no level, no post and no
  point; the note is no point;
- ``中心领导`` (a sheet of the 经办中心's leaders, named so by its tab, and a group row of the 就业服务
  中心) and ``局领导`` (a 股室 cell of the 人社局) are the 科室 of those leaders; a 局's 股 and 办公室 and
  a 中心's 科 (养老保险科, 工伤保险科, 创业服务科, 职业培训科) are 科室; a group row ``二、创业服务科``
  gives the 科室 ``创业服务科`` (its number left off); the 监察大队's list and the four 镇劳动保障所
  files name no 科室: their 科室 is "" and the 所 is the unit (``耀州区小丘镇劳动保障所``, as the title
  and the cards' ``所在单位`` write it);
- 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长 and 副所长 are leaders; 股长 and 科长 middle; the
  rest (科员, 会计, 待遇审核员, 培训专干, 监察员, 社保专干, 就业专干, 劳动保障协理员) general; the
  监察大队's 大队长 is a leader;
- ``风险点 | 风险表现`` (the 监察大队's list): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 监察大队's list names no person: its forms
  are posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch449).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b453_"
PLACE = "耀州区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"
TICK = "√"

# --------------------------------------------------------------------------- harder layout

TICK_NAME = "yaozhou_hrss_measures_ticked"
TICK_UNIT = f"{PLACE}人力资源和社会保障局"
TICK_TAB = "一览表"
TICK_HEAD = ("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
KINDS = ("人防", "制防", "技防", "群防")
TICK_WIDTH = len(TICK_HEAD) - 1 + len(KINDS)
TICK_NOTE = "注：防控措施按“人防、制防、技防、群防”四防协同分类，适用的在相应栏内打“√”。"

# (股室, 岗位, tier, 姓名, [(廉政风险点, 风险类型, 风险等级, 适用的防控措施类别)])
TICK_ROWS = [
    ("局领导", "局长", "leader", "郇翯璆", [
        ("重大清欠事项不经党组会集体研究", "制度机制", "高", ("制防", "群防")),
        ("干部调配中打招呼、说情", "思想道德", "中", ("人防", "制防")),
    ]),
    ("局领导", "副局长", "leader", "眭珣頔", [
        ("欠薪案件协调中偏袒用工单位", "外部环境", "高", ("人防", "技防", "群防")),
        ("联合检查结果不按规定公开", "业务流程", "低", ("制防",)),
    ]),
    ("劳动关系股", "股长", "middle", "亢瑱翚", [
        ("劳动合同备案审查走过场", "岗位职责", "中", ("制防", "技防")),
        ("农民工工资保证金返还审核不严", "业务流程", "高", ("人防", "制防", "技防")),
    ]),
    ("人事股", "科员", "general", "酆玙崧", [
        ("事业单位招聘资格审查把关不严", "岗位职责", "高", ("制防", "群防")),
        ("泄露考试、招聘信息", "思想道德", "中", ("人防",)),
    ]),
    ("办公室", "会计", "general", "揭琤劭", [
        ("专项资金拨付不及时、截留挪用", "制度机制", "高", ("制防", "技防")),
        ("报销票据审核不严", "岗位职责", "低", ("人防", "制防")),
    ]),
]  # fmt: skip


def yaozhou_hrss_measures_ticked() -> dict:
    unit = TICK_UNIT
    sh = _Sheet(TICK_TAB, [6, 12, 9, 10, 40, 10, 9, 7, 7, 7, 7])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", TICK_WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", TICK_WIDTH)
    top = sh.add(*TICK_HEAD, None, None, None)
    sh.add(*([None] * (len(TICK_HEAD) - 1)), *KINDS)
    for c in range(len(TICK_HEAD) - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, len(TICK_HEAD) - 1, top, TICK_WIDTH - 1)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in TICK_ROWS:
        for point, typ, lv, kinds in points:
            n += 1
            ticks = [TICK if k in kinds else None for k in KINDS]
            sh.add(n, dept, post, who, point, typ, lv, *ticks)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, TICK_NOTE, TICK_WIDTH)
    sh.add("制表：", None, "审核：", None, None, None, DATE, None, None, None, None)
    return _layout(
        TICK_NAME, "http://www.iradiouk.com/article/20480",
        "(harder) 区人力资源和社会保障局 岗位廉政风险防控一览表, after the source's account of a 市人社局's 清欠 work (部门联动, "
        "巡查, 举报投诉, 专项检查): a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then a TWO-ROW heading — 序号/"
        "股室/岗位/责任人/廉政风险点/风险类型/风险等级 merged down, ``防控措施`` merged across FOUR SUB-COLUMNS ``人防 | 制防 | "
        "技防 | 群防`` — over rows whose MEASURES ARE ONLY TICKS ``√`` in the kinds that apply (no measure text); 股室 merged "
        "(局领导, 劳动关系股, 人事股, 办公室), 岗位 and 责任人 merged per person, short types, 高/中/低; a merged ``注：`` line "
        "on the ticks and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yaozhou_social_insurance_two_sheets() -> dict:
    unit = f"{PLACE}社会保险经办中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("貊昶璆", "主任", "主持全面工作，分管基金财务", [
            ("基金支出审批不按程序会审", "一级", "大额支出集体会审，纪要存档。"),
            ("对违规补缴打招呼", "二级", "补缴材料复核留痕，定期抽查。"),
        ]),
        ("隗頔珅", "副主任", "分管养老保险、工伤保险", [
            ("待遇核定审批把关不严", "一级", "待遇核定初审、复核、审批分离。"),
            ("稽核发现问题不处理", "三级", "稽核台账，限期整改销号。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 11, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("养老保险科", "科长", "逯翾琮", "middle", [
            ("违规办理提前退休", "一级", "特殊工种退休公示，集体审核。"),
        ]),
        ("养老保险科", "待遇审核员", "钮旸瑱", "general", [
            ("死亡人员待遇未及时停发", "一级", "每月比对殡葬、公安数据，及时停发。"),
            ("收受参保人财物", "三级", "签订廉洁承诺书，服务评价。"),
        ]),
        ("工伤保险科", "科长", "仉珅翃", "middle", [
            ("工伤医疗费报销审核不严", "一级", "对照目录审核，两人复核。"),
            ("工伤待遇支付不及时", "二级", "限时办结，系统提醒。"),
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
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yaozhou_social_insurance_two_sheets",
        "http://xiangrikui.com/shehuibaoxian/baijiazhengming/20110316/98813_4.html",
        "区社会保险经办中心 廉政风险防控表 in two sheets, after the source's 居民养老保险 notice (经办机构, 参保登记, 待遇发放, "
        "冒领): ``中心领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控"
        "措施) and ``科室`` (a title, 序号/科室 merged (养老保险科, 工伤保险科)/岗位 and 姓名 merged per person/风险点/风险等级/"
        "防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def yaozhou_employment_group_rows() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "厍劭璟", "leader", [
                ("资金安排", "就业补助资金分配不经集体研究", "制度机制风险", "一级风险", "资金分配方案主任办公会审定。"),
                ("项目采购", "培训机构遴选指定关系单位", "业务流程风险", "二级风险", "机构遴选公开进行，结果公示。"),
            ]),
        ]),
        ("二、创业服务科", "创业服务科", [
            ("科长", "夔翚琯", "middle", [
                ("贷款审核", "创业担保贷款申报审核不严", "岗位职责风险", "一级风险", "申报材料两级审核，实地核查。"),
            ]),
            ("科员", "郏玙昶", "general", [
                ("贴息核算", "贴息资金核算不实", "业务流程风险", "二级风险", "贴息清单与银行对账，复核留痕。"),
                ("窗口受理", "接受申请人礼品", "思想道德风险", "三级风险", "签订廉洁承诺，回访申请人。"),
            ]),
        ]),
        ("三、职业培训科", "职业培训科", [
            ("科长", "暨琮頔", "middle", [
                ("培训补贴", "培训补贴虚报人数", "外部环境风险", "一级风险", "培训人员实名签到，抽查课堂。"),
            ]),
            ("培训专干", "籍崧翾", "general", [
                ("公益性岗位", "公益性岗位人员虚报冒领补贴", "岗位职责风险", "三级风险", "在岗情况按月核查，名单公示。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "yaozhou_employment_group_rows",
        "http://wap.sanmani.com/oldweb/n4/n20/n524/c76347/content.html",
        "区就业服务中心 廉政风险防控责任清单, after the source's audit note on 创业担保贷款 at a 就业局 (申报审核, 贷款发放, 技能"
        "培训): a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控"
        "措施 under GROUP ROWS ``一、中心领导``, ``二、创业服务科``, ``三、职业培训科`` merged across (no 科室 column); 岗位 and "
        "责任人 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yaozhou_inspection_brigade_posts() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队长", "leader", [
            ("案件处理", "对欠薪案件降格处理、压案不办", "制度机制风险", "Ⅰ级", "案件集体研究，结果公开。"),
            ("执法检查安排", "检查对象选定不随机", "岗位职责风险", "Ⅱ级", "双随机抽取检查对象，全程留痕。"),
        ]),
        ("监察员", "general", [
            ("现场检查", "接受用人单位宴请，瞒报违法线索", "外部环境风险", "Ⅰ级", "执法两人以上，记录仪全程记录。"),
            ("调查询问", "泄露举报人信息和企业商业秘密", "业务流程风险", "Ⅲ级", "举报材料专人保管，查阅登记。"),
        ]),
        ("书记员", "general", [
            ("案卷整理", "案卷材料事后补签、篡改", "业务流程风险", "Ⅱ级", "案卷归档前审核，定期评查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yaozhou_inspection_brigade_posts", "http://www.luxwatt.cn/laodong/95991",
        "区劳动保障监察大队 岗位廉政风险点排查表 对岗不对人, after the source's page on 劳动保障监察 (监察员的职权, 检查, 询问, "
        "保守秘密): a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yaozhou_xiaoqiu_office_cards() -> dict:
    unit = f"{PLACE}小丘镇劳动保障所"
    t = _Truth(unit)
    cards = [
        ("所长", "勾璆旸", "leader", [
            ("城乡居民养老保险参保资格审核不严", "★★★", "审核材料村级公示，所长复核。"),
            ("就业援助对象认定优亲厚友", "★★", "认定结果公示，接受监督。"),
            ("接受办事群众宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("副所长", "佘翃珣", "leader", [
            ("劳动纠纷调解偏袒一方", "★★★", "调解两人以上，笔录存档。"),
            ("协理员考核打人情分", "★★", "考核标准公开，结果公示。"),
        ]),
        ("社保专干", "充琯劭", "general", [
            ("养老金领取资格认证走过场", "★★", "上门认证拍照留痕，月报核对。"),
            ("泄露参保人个人信息", "★", "信息保密承诺，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "yaozhou_xiaoqiu_office_cards", "http://fsou.com/html/text/lar/172560/17256061_1.html",
        "镇劳动保障所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 副所长, 社保专干), after the source's notice on 镇劳动就业"
        "社会保障服务所 (人员配备, 协理员, 公益性岗位): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def yaozhou_sunyuan_office_selfchecks() -> dict:
    unit = f"{PLACE}孙塬镇劳动保障所"
    t = _Truth(unit)
    people = [
        ("束頔翚", "所长", "leader", [
            ("失业登记审核把关不严", "高风险", "登记材料两人审核，系统比对。", "已落实"),
            ("低保与就业援助信息不共享，重复享受", "高风险", "每季度与民政数据比对。", "未发现问题"),
            ("劳动保障协理员考勤不实", "中风险", "考勤签到表按月上报。", "已落实"),
        ]),
        ("查璟琤", "就业专干", "general", [
            ("职业介绍中收取好处费", "中风险", "职业介绍免费，公开投诉电话。", "未发现问题"),
            ("就业信息台账弄虚作假", "低风险", "台账入户核实，抽查回访。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "yaozhou_sunyuan_office_selfchecks", "http://www.fymate.net/html/text/lar/168989/16898985_1.html",
        "镇劳动保障所 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's notice on 劳动就业"
        "管理中心 and 劳动保障事务所 (就业服务, 最低生活保障): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def yaozhou_yaoqu_office_every_row() -> dict:
    unit = f"{PLACE}瑶曲镇劳动保障所"
    sh = _Sheet("清单", [6, 16, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "蒉昶珅", "leader", "小额担保贷款推荐审核不严", "Ⅰ", "推荐对象集体研究，村级公示。"),
        ("所长", "蒉昶珅", "leader", "就业资金台账不清", "Ⅱ", "资金台账按月核对，镇财政所审核。"),
        ("社保专干", "扈翾璟", "general", "代收居民养老保险费不及时上缴", "Ⅰ", "收费当日入账，票据连号管理。"),
        ("社保专干", "扈翾璟", "general", "参保信息变更不核实", "Ⅲ", "变更材料留存，定期核查。"),
        ("劳动保障协理员", "佴瑱崧", "general", "技能培训签到弄虚作假", "Ⅱ", "签到与照片比对，抽查回访。"),
        ("劳动保障协理员", "佴瑱崧", "general", "泄露求职人员信息", "Ⅲ", "信息保密承诺，查询留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "yaozhou_yaoqu_office_every_row", "http://www.fsou.net.cn/html/text/lar/170311/17031155_2.html",
        "镇劳动保障所 廉政风险防控清单, after the source's 就业 policy (小额担保贷款, 就业资金, 信用社区): a title, then 序号/岗位/"
        "``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column, no "
        "科室 column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yaozhou_zhaojin_office_list() -> dict:
    unit = f"{PLACE}照金镇劳动保障所"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "鄂玙頔", "leader", [
            ("欠薪隐患排查不实、瞒报", "岗位职责", "高", "排查台账报区人社局，定期抽查。"),
            ("调解欠薪纠纷中接受请托", "思想道德", "中", "调解结果公开，接受监督。"),
        ]),
        ("就业专干", "冀翯琯", "general", [
            ("返乡人员创业补贴申报把关不严", "业务流程", "高", "申报材料公示，两人核实。"),
        ]),
        ("社保专干", "衡劭璆", "general", [
            ("被征地农民参保名单审核不严", "制度机制", "低", "名单村级公示，镇审核。"),
            ("接受参保群众礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
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
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "yaozhou_zhaojin_office_list", "http://www.dazhou.gov.cn/xxgk-show-3490.html",
        "镇劳动保障所 岗位廉政风险防控一览表, after the source's report on 欠薪隐患 (排查, 维权, 联合惩戒): ``附件1``, a title, a "
        "merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yaozhou_hrss_measures_ticked(),
    yaozhou_social_insurance_two_sheets(),
    yaozhou_employment_group_rows(),
    yaozhou_inspection_brigade_posts(),
    yaozhou_xiaoqiu_office_cards(),
    yaozhou_sunyuan_office_selfchecks(),
    yaozhou_yaoqu_office_every_row(),
    yaozhou_zhaojin_office_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch453-inbox"))

"""The four-hundred-and-fifty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 城市管理
bodies, 汉台区 (汉中, Shaanxi) — the 区城市管理执法局, the 区环境卫生服务中心, the 区园林绿化中心, the
区市政设施维护中心 and the 城管执法中队 of four 街道 (北关街道, 东大街街道, 汉中路街道, 中山街街道) — each
handing back the 一览表, 防控表, 责任清单, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 城市管理执法局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 环境卫生服务中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、清扫保洁科``, ``三、收运管理科``
  merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 园林绿化中心's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室; a 制表/审核/date line;
- the 市政设施维护中心's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``科室`` merged (中心领导, 维修科, 照明管理科), ``岗位`` and ``姓名`` merged per person, short types,
  高/中/低;
- the 东大街街道城管执法中队's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 中队长（签字）：``;
- the 汉中路街道城管执法中队's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 |
  自查情况``, ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 中队长审核：``;
- the 中山街街道城管执法中队's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column.

One is harder:

- ``hantai_beiguan_squad_first_of_many``: the 北关街道城管执法中队's 岗位廉政风险防控一览表 ``序号 | 岗位 |
  责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` (岗位 and 责任人 merged per person), where a post
  HELD BY SEVERAL (the squad's 执法队员, its 协管员) is written in the ONE 责任人 cell by ONE NAME — the
  member who leads the shift (带班) — FOLLOWED BY THE COUNT of the post's holders: ``厍骞璆等6人``,
  ``逄珝暐等9人``; the posts held by one person (中队长, 副中队长, 内勤) are bare names. A merged ``注：``
  under the table says so (``责任人栏填写带班人员姓名及该岗位人数``). The holder is the name alone
  (the one person the table names); ``等6人`` is no part of the name, no post and no second person.
  The README's 读得懂的表 knows a ``岗位人数`` COLUMN of numbers (batch108), a count bracketed after a
  POST with no holder (``保管员（4人）``, ``村民小组长（共5人）``), two or more names in one cell
  (``巫马栖棠、梁丘若棠``, ``经办员（…、…）``), ``（大）/（小）``, brackets after a name
  (职务, 工号, status, dates, home unit) and footnote marks; none writes ONE NAME STANDING FOR A GROUP
  with ``等N人`` after it in the holder's cell: ``grep -P "等[0-9一二三四五六七八九十]+人"`` over
  tests/published/batch*.py and README.md finds no holder so written.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's 城管执法 rules — 执法证件,
两人以上执法, 巡查; a note on who keeps city roads — 城市管理局, 道路养护, 井盖; a note on what a
环卫管理中心 does — 清扫, 清运, 公厕, 环卫工人; an article on 园林绿化养护管理; a 县's report on 市政设施
维护 — 人行道, 井盖, 路灯; a 街道's report on its 市政管理 — 巡查, 维修计划; a note on 公厕保洁标准; a note
on who keeps street lights) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names, three characters each); every unit is a body of 汉台区, named with the district's name
(``unit_words=("汉台区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch451`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the name before ``等N人`` (``厍骞璆``, ``逄珝暐``): the table names
  one person for the post and the form is that post with that person (as a 对岗 list with one named
  contact); ``等6人`` is no post, no 科室 and no person; the note is no point;
- ``局领导`` (the 执法局's leaders' sheet, named so by its tab) and ``中心领导`` (a group row of the
  环卫中心 and a 科室 cell of the 市政中心) are the 科室 of those leaders; a 局's 科 and a 中心's 科
  (法制科, 市容管理科, 清扫保洁科, 收运管理科, 维修科, 照明管理科) are 科室; a group row ``二、清扫保洁科``
  gives the 科室 ``清扫保洁科`` (its number left off); the 园林绿化中心's list and the four 中队 files
  name no 科室: their 科室 is "" and the 中队 is the unit (``汉台区东大街街道城管执法中队``, as the title
  and the cards' ``所在单位`` write it);
- 局长, 副局长, a 中心's 主任, a 中队's 中队长 and 副中队长 are leaders; 科长 middle; the rest (科员, 公厕
  管理员, 养护技术员, 绿地巡查员, 巡查员, 执法队员, 协管员, 内勤) general;
- ``风险点 | 风险表现`` (the 园林绿化中心's list): the point is the short 风险点; ``分管工作``, ``职责
  事项`` and ``自查情况`` are no points and name no holder; the 园林绿化中心's list names no person:
  its forms are posts (对岗不对人);
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

PREFIX = "b451_"
PLACE = "汉台区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

MANY_NAME = "hantai_beiguan_squad_first_of_many"
MANY_UNIT = f"{PLACE}北关街道城管执法中队"
MANY_TAB = "一览表"
MANY_HEAD = ("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
MANY_WIDTH = len(MANY_HEAD)
MANY_NOTE = "注：同一岗位有多名人员的，责任人栏填写带班人员姓名及该岗位人数。"

# (岗位, tier, 姓名, 岗位人数 or None, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
MANY_ROWS = [
    ("中队长", "leader", "綦翛韫", None, [
        ("暂扣物品处理不经集体研究", "制度机制", "高", "暂扣物品登记造册，处理意见中队会议研究。"),
        ("对违法建设查处打招呼、说情", "思想道德", "中", "说情干预登记报告，查处结果公示。"),
    ]),
    ("副中队长", "leader", "蒉曌湉", None, [
        ("行政处罚案件审核把关不严", "岗位职责", "高", "案件法制审核，两级审签。"),
    ]),
    ("执法队员", "general", "厍骞璆", 6, [
        ("占道经营查处中选择性执法", "岗位职责", "高", "执法全程记录仪留痕，两人以上执法。"),
        ("接受商户吃请、收受购物卡", "外部环境", "中", "签订廉洁承诺书，定期回访商户。"),
        ("罚没款当场收缴不开票据", "业务流程", "中", "实行罚缴分离，票据统一管理。"),
    ]),
    ("协管员", "general", "逄珝暐", 9, [
        ("巡查发现问题隐瞒不报", "岗位职责", "中", "巡查日志每日上报，网格平台派单。"),
        ("以帮忙办证为名收取好处", "思想道德", "低", "协管员不得参与审批事项，公布举报电话。"),
    ]),
    ("内勤", "general", "亢瓒滢", None, [
        ("执法案卷材料事后补写", "业务流程", "低", "案卷按月归档，中队长审查签字。"),
    ]),
]  # fmt: skip


def _holder(name: str, count: int | None) -> str:
    return name if count is None else f"{name}等{count}人"


def hantai_beiguan_squad_first_of_many() -> dict:
    unit = MANY_UNIT
    sh = _Sheet(MANY_TAB, [6, 11, 14, 40, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", MANY_WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", MANY_WIDTH)
    sh.add(*MANY_HEAD)
    first = len(sh.rows)
    n = 0
    for post, tier, who, count, points in MANY_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, _holder(who, count), point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, MANY_NOTE, MANY_WIDTH)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        MANY_NAME, "http://jianbiaoku.com/webarbs/book/52542/957298.shtml",
        "(harder) 街道城管执法中队 岗位廉政风险防控一览表, after the source's 城管执法 rules (执法证件, 两人以上执法, 巡查, 查处违法"
        "行为): a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and ``责任人`` merged per person, where "
        "a post held by SEVERAL is written by ONE NAME (the 带班 member) and THE COUNT of its holders (``厍骞璆等6人``, "
        "``逄珝暐等9人``)/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a merged ``注：`` line on the count and a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hantai_enforcement_bureau_two_sheets() -> dict:
    unit = f"{PLACE}城市管理执法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郤璟翊", "局长", "主持全面工作，分管财务", [
            ("道路养护项目不经党组会研究直接发包", "一级", "项目发包党组会集体研究，纪要存档。"),
            ("干部调整中打招呼", "二级", "调整方案集体研究，任前公示。"),
        ]),
        ("迮昀骅", "副局长", "分管执法、法制", [
            ("重大行政处罚案件不经集体讨论", "一级", "重大案件集体讨论，法制审核。"),
            ("对执法投诉处理偏袒", "三级", "投诉件登记办理，结果回访。"),
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
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("法制科", "科长", "竺韡翾", "middle", [
            ("案件审核意见随意改变", "一级", "审核意见书面留存，改变须说明理由。"),
        ]),
        ("法制科", "科员", "佴珣珧", "general", [
            ("案卷评查打人情分", "二级", "评查交叉进行，结果通报。"),
            ("泄露举报人信息", "三级", "举报材料专人管理，查阅登记。"),
        ]),
        ("市容管理科", "科长", "郏翃骢", "middle", [
            ("户外广告设置审批不严", "一级", "审批标准公开，现场核查两人以上。"),
            ("道路挖掘许可优亲厚友", "二级", "许可按受理顺序办理，结果公示。"),
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
        "hantai_enforcement_bureau_two_sheets", "https://fqmxn.com/1/666690.html",
        "区城市管理执法局 廉政风险防控表 in two sheets, after the source's note on who keeps city roads (城市管理局, 道路养护, 路面"
        "修补, 井盖): ``局领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控"
        "措施) and ``科室`` (a title, 序号/科室 merged (法制科, 市容管理科)/岗位 and 姓名 merged per person/风险点/风险等级/防控"
        "措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def hantai_sanitation_centre_group_rows() -> dict:
    unit = f"{PLACE}环境卫生服务中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "仉熠璠", "leader", [
                ("清扫保洁外包", "保洁服务外包不按规定采购", "制度机制风险", "一级风险", "外包项目公开招标，合同集体审定。"),
                ("经费管理", "环卫经费支出不经集体研究", "业务流程风险", "二级风险", "大额支出主任办公会研究。"),
            ]),
        ]),
        ("二、清扫保洁科", "清扫保洁科", [
            ("科长", "郜昶湛", "middle", [
                ("作业考核", "保洁作业考核打人情分", "岗位职责风险", "一级风险", "考核两人以上，结果公示。"),
            ]),
            ("科员", "缑晞珞", "general", [
                ("工人考勤", "虚报环卫工人出勤冒领工资", "业务流程风险", "二级风险", "考勤电子打卡，每月抽查。"),
                ("物资领用", "清扫工具领用不登记", "思想道德风险", "三级风险", "物资出入库台账，定期盘点。"),
            ]),
        ]),
        ("三、收运管理科", "收运管理科", [
            ("科长", "麴骁瑢", "middle", [
                ("垃圾清运", "清运量计量弄虚作假", "外部环境风险", "一级风险", "称重数据系统自动采集，定期比对。"),
            ]),
            ("公厕管理员", "谯炅霈", "general", [
                ("公厕保洁", "公厕保洁检查走过场", "岗位职责风险", "三级风险", "检查记录拍照上传，随机抽查。"),
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
        "hantai_sanitation_centre_group_rows", "https://gzjll.com/3/4957636.html",
        "区环境卫生服务中心 廉政风险防控责任清单, after the source's note on what a 环卫管理中心 does (清扫街道, 清运垃圾, 维护公厕, "
        "环卫工人): a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、清扫保洁科``, ``三、收运管理科`` merged across (no 科室 column); 岗位 and "
        "责任人 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def hantai_greening_centre_posts() -> dict:
    unit = f"{PLACE}园林绿化中心"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", [
            ("养护项目发包", "绿化养护项目指定施工单位", "制度机制风险", "Ⅰ级", "养护项目公开招标，结果公示。"),
            ("工程验收", "绿化工程验收降低标准", "岗位职责风险", "Ⅱ级", "验收邀请第三方，资料存档。"),
        ]),
        ("养护技术员", "general", [
            ("苗木验收", "苗木规格数量验收不实", "业务流程风险", "Ⅰ级", "苗木进场两人验收，拍照留痕。"),
            ("养护考核", "养护考核扣分随意减免", "业务流程风险", "Ⅲ级", "考核细则公开，扣分有据。"),
        ]),
        ("绿地巡查员", "general", [
            ("损绿查处", "对毁绿占绿行为瞒报不报", "外部环境风险", "Ⅱ级", "巡查台账每日登记，月度抽查。"),
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
        "hantai_greening_centre_posts", "https://ppdoc.com/periodical/2f6ad44c90e388caf09f99aace746cbd.html",
        "区园林绿化中心 岗位廉政风险点排查表 对岗不对人, after the source's article on 园林绿化养护管理 (养护方案, 绿化工程): a "
        "title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控"
        "措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def hantai_municipal_centre_list() -> dict:
    unit = f"{PLACE}市政设施维护中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "冼暄璘", "leader", [
            ("道路维修工程化整为零规避招标", "制度机制", "高", "维修工程年度计划集体研究，按规定招标。"),
            ("工程款拨付打招呼", "思想道德", "中", "工程款按进度审核，财务复核。"),
        ]),
        ("维修科", "科长", "扈琮翀", "middle", [
            ("路面修补工程量签证不实", "岗位职责", "高", "签证现场核实，监理、施工方共签。"),
        ]),
        ("维修科", "巡查员", "昝珺骐", "general", [
            ("井盖缺损巡查不报", "业务流程", "中", "巡查拍照上传平台，限时处置。"),
            ("接受施工单位礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("照明管理科", "科长", "隗曈瑱", "middle", [
            ("路灯更换材料以次充好", "岗位职责", "中", "材料进场抽检，台账留存。"),
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
    sh.add("填表人：", None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "hantai_municipal_centre_list", "https://sipsc.com/yanbu/445712.html",
        "区市政设施维护中心 岗位廉政风险防控一览表, after the source's report on a 县's 市政设施维护 (道路巡查, 人行道修复, 井盖, 路灯"
        "维修): ``附件1``, a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/科室 merged (中心领导, 维修科, "
        "照明管理科)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/"
        "date line",
        [sh], t,
    )  # fmt: skip


def hantai_dongdajie_squad_cards() -> dict:
    unit = f"{PLACE}东大街街道城管执法中队"
    t = _Truth(unit)
    cards = [
        ("中队长", "汲璇翚", "leader", [
            ("违法建设拆除决定不经集体研究", "★★★", "拆除决定中队会议研究，报局审核。"),
            ("对沿街商户违规行为放任不管", "★★", "巡查台账，定期督查。"),
            ("接受当事人宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("副中队长", "酆瑑骕", "leader", [
            ("市政设施损坏赔偿数额随意减免", "★★★", "赔偿标准公开，减免集体研究。"),
            ("执法巡查走过场", "★★", "巡查轨迹定位，记录留痕。"),
        ]),
        ("执法队员", "敖琇珽", "general", [
            ("暂扣物品保管不善私自处置", "★★", "暂扣物品专库存放，出入库登记。"),
            ("泄露投诉人信息", "★", "投诉材料专人保管，查阅登记。"),
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
        sh.add("持卡人（签字）：", None, "中队长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "hantai_dongdajie_squad_cards", "https://huashenbim.com/xingyexinwen/591.html",
        "街道城管执法中队 岗位廉政风险防控卡, one sheet a holder (tabs 中队长, 副中队长, 执法队员), after the source's report on a 街道's "
        "市政设施 work (巡查, 维修计划, 雨污水井, 路灯): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 中队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def hantai_hanzhonglu_squad_selfchecks() -> dict:
    unit = f"{PLACE}汉中路街道城管执法中队"
    t = _Truth(unit)
    people = [
        ("巢彧翯", "中队长", "leader", [
            ("门前三包检查打人情分", "高风险", "检查结果公示，商户互评。", "已落实"),
            ("公厕保洁督查走过场", "中风险", "督查拍照留痕，每月通报。", "未发现问题"),
            ("执法车辆私用", "低风险", "车辆派车登记，定位监管。", "已落实"),
        ]),
        ("乜琛玥", "执法队员", "general", [
            ("处罚裁量畸轻畸重", "高风险", "执行裁量基准，案件审核。", "未发现问题"),
            ("接受商户购物卡", "中风险", "签订廉洁承诺，公布监督电话。", "已落实"),
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
        sh.add("本人签名：", None, "中队长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "hantai_hanzhonglu_squad_selfchecks",
        "https://zhetiaohe.com/ss/ff73b55aaf3e6e52f9074df24d4f3d2ee464635bcbd6db8dbb9ca3974a52d99e5827a5d550a5e52e.html",
        "街道城管执法中队 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's note on 公厕保洁标准 "
        "(公厕, 保洁, 检查): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 中队长审核：``",
        sheets, t,
    )  # fmt: skip


def hantai_zhongshanjie_squad_every_row() -> dict:
    unit = f"{PLACE}中山街街道城管执法中队"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中队长", "帅珩骞", "leader", "路灯设施损坏案件压案不查", "Ⅰ", "案件登记台账，限期办结。"),
        ("中队长", "帅珩骞", "leader", "协管员考核优亲厚友", "Ⅱ", "考核结果集体评定并公示。"),
        ("执法队员", "沃璐昉", "general", "照明设施占用查处收受好处", "Ⅰ", "执法两人以上，全程记录。"),
        ("执法队员", "沃璐昉", "general", "执法文书不按规定送达", "Ⅲ", "文书送达回证归档，定期检查。"),
        ("内勤", "堵霁翙", "general", "罚没票据管理混乱", "Ⅱ", "票据专人保管，领用核销登记。"),
        ("内勤", "堵霁翙", "general", "泄露当事人信息", "Ⅲ", "信息保密承诺，查询留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "hantai_zhongshanjie_squad_every_row", "https://fqmxn.com/1/179229.html",
        "街道城管执法中队 廉政风险防控清单, after the source's note on who keeps street lights (路灯局, 安装, 维修, 照明): a title, then "
        "序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column, "
        "no 科室 column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hantai_beiguan_squad_first_of_many(),
    hantai_enforcement_bureau_two_sheets(),
    hantai_sanitation_centre_group_rows(),
    hantai_greening_centre_posts(),
    hantai_municipal_centre_list(),
    hantai_dongdajie_squad_cards(),
    hantai_hanzhonglu_squad_selfchecks(),
    hantai_zhongshanjie_squad_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch451-inbox"))

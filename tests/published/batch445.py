"""The four-hundred-and-forty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 林业 bodies,
佛坪县 (汉中, in the 秦岭, the 大熊猫 county) — the 县林业局, two 国有林场 (龙草坪, 东岳殿), the 岳坝
大熊猫保护站, the 县森林资源管护中心 and the 林业站 of three of its 镇 (袁家庄镇, 西岔河镇, 长角坝镇) —
each handing back the 一览表, 防控卡, 排查表, 责任清单, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 森林资源管护中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、资源管护股``, ``三、天保股``
  merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 岳坝大熊猫保护站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 袁家庄镇林业站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 西岔河镇林业站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 站长审核：``;
- the 长角坝镇林业站's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施 | 责任领导`` — a LAST ``责任领导`` column naming the 站长 on every row — bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 东岳殿国有林场's 一览表 under ``附件1``, a title naming the 林场 and a merged ``填报单位：…　填报时间：…``
  line: ``股室`` merged (``场领导``, ``营林股``, ``办公室``), ``岗位`` and ``姓名`` merged per person,
  ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``foping_longcaoping_farm_parent_first``: the 龙草坪国有林场's 岗位廉政风险防控一览表 whose TITLE NAMES
  NO UNIT (``岗位廉政风险防控一览表``) and whose unit is given only in a line of label/value PAIRS above
  the heading that names the PARENT BODY FIRST: ``主管部门 | 佛坪县林业局 | 单位名称 | 佛坪县龙草坪国有林场 |
  填报时间 | 2025年12月``. This is how the forms a 县 hands down to its 事业单位 are headed (the
  主管部门 field of every 事业单位 return): the body that holds the posts is the ``单位名称``, the
  ``主管部门`` is the 局 above it, which holds none of them. Below, an ordinary list ``序号 | 股室 | 岗位
  | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` (股室 merged: 场领导, 营林股, 资源管护股; 高/中/低,
  short types). The README's 读得懂的表 knows the unit from a title, from a ``单位:``/``填报单位:`` line
  (and ``填报单位：局办公室`` or ``…纪委（汇总）`` as the filer, not the unit), ``挂钩乡镇``/``联系单位``
  columns as the places a post serves, pairs above the table for the HOLDER (``姓名 | … | 职务 | …``)
  and summary tables of several units (``一、县财政局`` rows); it does not describe a header line of
  pairs naming TWO bodies, the supervising ``主管部门`` before the ``单位名称``, with no unit in the
  title, where the unit of every post is the second body and the first is only its supervisor. No
  earlier batch writes one: ``grep -n '"主管部门\\|主管部门：\\|主管单位' tests/published/batch*.py``
  finds only measures and a post's name (``主管部门分管领导``, batch172) and batch90's ``路灯管理处 as
  主管单位`` in prose (its layout heads ``单位 | …所 | 班组``, one body).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 国有林场's 森林防火 paper — 场部,
four 管护站, 场长, 在职职工, 天保工程 森林抚育; a page on the 林木采伐许可证 — 林权证, 乡镇林业站, 林业工作总站,
资源股, 调查设计, 公示; 巡护员 of a 大熊猫国家公园 片区 — 栖息地修复监测, 红外相机; a 林场细化管护责任制度 —
护林员 管护区域, 巡查记录, 技术人员; a 镇林站's 护林员 管护 制度 — 百分考核, 联防区, 造林规划, 验收; the
选聘 of 生态护林员 — 建卡贫困户, 新聘、续聘, 生态管护资金; a 县林业局's letter on 专职护林员 名额 and
补助资金 per 乡镇; a 林场森林防火工作制度 — 防火宣传, 安全检查, 扑火预案) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body of
佛坪县, named with the county's name (two 国有林场 and three 镇林业站, as ``is_apart`` wants one unit a
layout; all are among the county's 林业 bodies).

Run ``python tests/published/score.py --set batch445`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the unit is the ``单位名称`` (``佛坪县龙草坪国有林场``), not the ``主管部门``
  (``佛坪县林业局``, a unit of its own in another file of this batch); its 股室 cells are the 科室
  (``场领导`` the 科室 of the 场长 and 副场长);
- ``局领导`` (a sheet of the 局's leaders, named so by its tab and title), ``中心领导`` (a group row)
  and ``场领导`` (股室 cells) are the 科室 of those leaders; a 局's or 中心's or 林场's 股 and an
  办公室 are 科室; a group row ``二、资源管护股`` gives the 科室 ``资源管护股`` (its number left off);
  the 保护站 cards and the three 林业站 files name no 科室 (the cards' ``所在单位`` is the 站; a
  镇林业站 is a unit of its own here, written with its 镇): their 科室 is "";
- 局长, 副局长, 主任 and 副主任 of the 中心, 场长 and 副场长, and the 保护站's 站长 and 副站长 are
  leaders; 股长, an 办公室's 主任 and a 镇林业站's 站长 middle; the rest (科员, 护林员, 巡护员,
  监测员, 会计, 出纳, 技术员, 林政员, 资源管理员) general;
- ``风险点 | 风险表现`` (the 袁家庄镇 list): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 袁家庄镇 list names no person: its forms are posts
  (对岗不对人); in the 长角坝镇 list the LAST column ``责任领导`` names a supervisor (the 站长, holder of
  his own rows only), the holder is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch444).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b445_"
PLACE = "佛坪县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

PARENT_NAME = "foping_longcaoping_farm_parent_first"
PARENT_TAB = "一览表"
PARENT_BODY = f"{PLACE}林业局"
PARENT_UNIT = f"{PLACE}龙草坪国有林场"
PARENT_PAIRS = ("主管部门", PARENT_BODY, "单位名称", PARENT_UNIT, "填报时间", DATE)
PARENT_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])
PARENT_ROWS = [
    ("场领导", "场长", "郗翀蘅", "leader", [
        ("森林抚育工程发包不经场务会研究", "制度机制", "高", "抚育工程公开招标，场务会集体研究。"),
        ("临时护林用工优亲厚友", "思想道德", "中", "用工名单公示，林业局备案。"),
    ]),
    ("场领导", "副场长", "甯澍琤", "leader", [
        ("防火物资采购验收不严", "业务流程", "中", "物资进场两人验收，逐件登记。"),
    ]),
    ("营林股", "股长", "璩渟翾", "middle", [
        ("抚育作业面积验收虚报", "岗位职责", "高", "作业面积GPS复核，验收结果公示。"),
    ]),
    ("资源管护股", "资源管理员", "禚泓瑑", "general", [
        ("管护站巡查记录弄虚作假", "岗位职责", "中", "巡护轨迹系统留痕，每月抽查。"),
        ("发现盗伐不报或私了", "外部环境", "低", "案件线索登记，及时移交。"),
    ]),
]  # fmt: skip


def foping_longcaoping_farm_parent_first() -> dict:
    unit = PARENT_UNIT
    sh = _Sheet(PARENT_TAB, [6, 11, 11, 9, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控一览表", 8)
    sh.add(*PARENT_PAIRS, None, None)
    sh.add(*PARENT_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in PARENT_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, None)
    return _layout(
        PARENT_NAME, "http://rddl.400nongye.com/lunwen/itemid-16485.shtml",
        "(harder) 国有林场 岗位廉政风险防控一览表 whose TITLE NAMES NO UNIT and whose unit stands only in a line of PAIRS "
        "naming the PARENT BODY FIRST (``主管部门 | 佛坪县林业局 | 单位名称 | 佛坪县龙草坪国有林场 | 填报时间 | 2025年12月``), "
        "after the source's paper on a 国有林场's 森林防火 (场部 and four 管护站, 场长, 在职职工, 天保工程 森林抚育): then "
        "序号/股室 merged (场领导, 营林股, 资源管护股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def foping_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("衡琇澂", "局长", "主持全面工作，分管财务", [
            ("林业项目资金分配不经集体研究", "一级", "资金分配方案局党组会集体研究，结果公开。"),
            ("国有林场领导班子调整打招呼", "二级", "选拔程序公开，全程纪实。"),
        ]),
        ("郄沨璆", "副局长", "分管资源股、林业工作总站", [
            ("林木采伐许可证审批为关系人开绿灯", "一级", "采伐审批现地核查，结果公示七日。"),
            ("采伐限额指标分配不公", "二级", "限额分配方案公开，集体研究。"),
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
    staff = _Sheet("股室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("资源股", "股长", "厍潆玑", "middle", [
            ("伐区调查设计审核走过场", "一级", "设计文件两人审核，现地抽查。"),
        ]),
        ("资源股", "科员", "仉漪玙", "general", [
            ("无林权证原件办理采伐证", "二级", "要件清单一次告知，原件核验留档。"),
            ("向申请人索要好处费", "三级", "办理结果网上公开，设投诉电话。"),
        ]),
        ("林政股", "股长", "逯澹瑨", "middle", [
            ("木材运输检查放行无证木材", "一级", "检查两人以上，执法记录仪全程记录。"),
            ("林地案件查处降格处理", "二级", "处罚裁量基准公开，集体研究。"),
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
        "foping_forestry_bureau_two_sheets", "http://www.htt-robot.com/html/1455978015.html",
        "县林业局 廉政风险防控表 in two sheets, after the source's page on the 林木采伐许可证 (林权证, 乡镇林业站, 林业工作总站, "
        "资源股, 调查设计, 公示): ``局领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 "
        "``一级/二级/三级``/防控措施) and ``股室`` (a title, 序号/股室 merged (资源股, 林政股)/岗位 and 姓名 merged per person/"
        "风险点/风险等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def foping_resource_center_group_rows() -> dict:
    unit = f"{PLACE}森林资源管护中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "檀瀞璘", "leader", [
                ("管护经费使用", "管护经费分配不经集体研究", "制度机制风险", "一级风险", "经费分配中心会议集体研究，结果公开。"),
                ("护林员考核", "考核打分优亲厚友", "思想道德风险", "二级风险", "考核细则公开，结果公示。"),
            ]),
        ]),
        ("二、资源管护股", "资源管护股", [
            ("股长", "揭沛琭", "middle", [
                ("管护区域划分", "管护责任区划分照顾关系户", "岗位职责风险", "一级风险", "划分方案集体研究，张榜公示。"),
            ]),
            ("技术员", "殳湲珮", "general", [
                ("巡查记录审核", "巡查记录不核实即签字", "业务流程风险", "三级风险", "巡查轨迹抽查，两人复核。"),
            ]),
        ]),
        ("三、天保股", "天保股", [
            ("股长", "綦涟璪", "middle", [
                ("天保工程验收", "降低森林抚育验收标准", "外部环境风险", "二级风险", "验收请第三方参加，结果存档。"),
            ]),
            ("出纳", "琚漾瑆", "general", [
                ("管护工资发放", "虚列护林员名单套取工资", "业务流程风险", "一级风险", "工资银行代发，名单公示。"),
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
        "foping_resource_center_group_rows", "https://www.renrendoc.com/paper/513383714.html",
        "县森林资源管护中心 廉政风险防控责任清单, after the source's 林场细化管护责任制度 (护林员 管护区域, 巡查记录, 技术人员): "
        "a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、资源管护股``, ``三、天保股`` merged across (no 科室 column); 岗位 and 责任人 "
        "merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def foping_yueba_panda_station_cards() -> dict:
    unit = f"{PLACE}岳坝大熊猫保护站"
    t = _Truth(unit)
    cards = [
        ("站长", "鞠湛璎", "leader", [
            ("监测设备采购指定供应商", "★★★", "采购三家比价，站务会集体研究。"),
            ("社区共管项目资金安排打招呼", "★★", "项目安排公开，集体研究确定。"),
            ("接受周边经营户宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副站长", "庾洺琬", "leader", [
            ("栖息地修复工程验收不严", "★★★", "验收请专家参加，逐项核对。"),
            ("巡护补助审核把关不严", "★★", "巡护记录与轨迹比对，公示补助。"),
        ]),
        ("巡护员", "冼淙瑢", "general", [
            ("红外相机等设备私自占用", "★★", "设备登记台账，每季度盘点。"),
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
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "foping_yueba_panda_station_cards", "http://stzg.china.com.cn/2023-12/19/content_42641388.htm",
        "大熊猫保护站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 副站长, 巡护员), after the source's 巡护员 of a 大熊猫"
        "国家公园 片区 (栖息地修复监测, 红外相机): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | "
        "站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def foping_yuanjiazhuang_station_posts() -> dict:
    unit = f"{PLACE}袁家庄镇林业站"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "middle", [
            ("护林员考评", "百分考核打人情分", "制度机制风险", "Ⅰ级", "考核结果张榜公示，镇纪委监督。"),
            ("造林任务分配", "造林任务分给关系户", "思想道德风险", "Ⅱ级", "任务分配方案公开，村级签收。"),
        ]),
        ("林政员", "general", [
            ("造林验收", "新造林面积验收虚报", "业务流程风险", "Ⅰ级", "验收照片、坐标存档，县局抽查。"),
            ("采伐申请初审", "初审材料不核实即签字", "岗位职责风险", "Ⅲ级", "初审意见两人签字，定期核对。"),
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
        "foping_yuanjiazhuang_station_posts", "http://sanwenji.com/fanwen/lunwencankao/199217.html",
        "镇林业站 岗位廉政风险点排查表 对岗不对人, after the source's 镇林站 护林员 管护 制度 (百分考核, 联防区, 造林规划, 验收): "
        "a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def foping_xichahe_station_selfchecks() -> dict:
    unit = f"{PLACE}西岔河镇林业站"
    t = _Truth(unit)
    people = [
        ("沃澂琨", "站长", "middle", [
            ("生态护林员选聘把关不严", "高风险", "选聘名单村级公示，县局审定。", "已落实"),
            ("生态管护资金发放不实", "中风险", "资金银行代发，名单公示。", "未发现问题"),
        ]),
        ("帅漪瑔", "护林员", "general", [
            ("巡山出勤记录造假", "中风险", "巡护定位系统打卡，站长抽查。", "已落实"),
            ("收受林农财物不报盗伐", "低风险", "签订廉洁承诺书。", "未发现问题"),
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
        sh.add("本人签名：", None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "foping_xichahe_station_selfchecks", "http://www.zgcqxs.net/show/news/17438.html",
        "镇林业站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 选聘 of 生态护林员 "
        "(建卡贫困户, 新聘、续聘, 生态管护资金): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | "
        "站长审核：``",
        sheets, t,
    )  # fmt: skip


def foping_changjiaoba_station_every_row() -> dict:
    unit = f"{PLACE}长角坝镇林业站"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "越滢璁"
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("站长", chief, "middle", "专职护林员名额分配不公", "Ⅰ", "名额分配方案公开，镇党委会研究。"),
        ("站长", chief, "middle", "护林员补助资金截留", "Ⅱ", "补助资金一卡通发放，定期回访。"),
        ("会计", "冉濂琇", "general", "补助资金发放台账不实", "Ⅲ", "台账与银行流水逐月核对。"),
        ("会计", "冉濂琇", "general", "报销票据审核不严", "Ⅱ", "报销两人审核，每季度内审。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, chief)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "foping_changjiaoba_station_every_row", "http://www.gdsx.gov.cn/lyjxxgk/content/post_1951852.html",
        "镇林业站 廉政风险防控清单, after the source's 县林业局 letter on 专职护林员 名额 and 补助资金 per 乡镇: a title, then "
        "序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST "
        "``责任领导`` column naming the 站长 on every row; no type column, no 科室 column; a merged ``注：`` line on the numerals "
        "and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def foping_dongyuedian_farm_list() -> dict:
    unit = f"{PLACE}东岳殿国有林场"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "刁濋瑧", "leader", [
            ("防火道建设工程指定施工单位", "制度机制", "高", "工程公开比选，场务会集体研究。"),
            ("职工评先评优打招呼", "思想道德", "中", "评选条件公开，结果公示。"),
        ]),
        ("营林股", "股长", "谯沄璟", "middle", [
            ("苗木采购以次充好", "岗位职责", "高", "苗木进场检验，两人签收。"),
        ]),
        ("营林股", "技术员", "鄞洢琤", "general", [
            ("扑火预案演练经费虚报", "业务流程", "中", "演练影像存档，经费据实报销。"),
        ]),
        ("办公室", "主任", "闾湉瓒", "middle", [
            ("防火宣传物品采购不比价", "制度机制", "低", "采购三家比价，结果公示。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "foping_dongyuedian_farm_list", "https://m.aqrzj.com/doc/129514.html",
        "国有林场 岗位廉政风险防控一览表, after the source's 林场森林防火工作制度 (防火宣传, 安全检查, 扑火预案): ``附件1``, a title, "
        "a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/股室 merged (场领导, 营林股, 办公室)/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    foping_longcaoping_farm_parent_first(),
    foping_forestry_bureau_two_sheets(),
    foping_resource_center_group_rows(),
    foping_yueba_panda_station_cards(),
    foping_yuanjiazhuang_station_posts(),
    foping_xichahe_station_selfchecks(),
    foping_changjiaoba_station_every_row(),
    foping_dongyuedian_farm_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch445-inbox"))

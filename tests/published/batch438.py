"""The four-hundred-and-thirty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 林业 bodies,
吴起县 (a county of 延安 in the 陕北 loess hills, known for its early 退耕还林) — the 县林业局, the
退耕还林工作站, the 林业技术推广站, the 国有林场 and the 林业站 of four of its towns (周湾镇, 长官庙镇,
白豹镇, 铁边城镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单, 清单 or 自查表 its staff typed:

- the 退耕还林工作站's file in two sheets: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 林业技术推广站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、推广股``, ``三、种苗股`` merged
  across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 国有林场's 防控卡, one sheet a holder (tabs named by the post), ``★★★/★★/★`` read by a ``注：``
  line, no type column;
- the 周湾镇林业站's 排查表 对岗不对人: ``站室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 长官庙镇林业站's 自查表, one sheet a person (tabs named by the holder), ``高风险/中风险/低风险``,
  a ``自查情况`` column, no type column;
- the 白豹镇林业站's 清单 written out on EVERY row: ``岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施 |
  责任领导`` (the LAST column naming the 站长 on every row), bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 铁边城镇林业站's 一览表 under ``附件1``, a title and a ``填报单位：…　填报时间：…`` line: ``站室``
  merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低.

One is harder:

- ``wuqi_forestry_bureau_level_by_control_tier``: the 林业局's 岗位廉政风险防控一览表 with NO LEVEL
  COLUMN and no level word in any row: ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施 |
  防控责任主体``, the last column naming WHO CONTROLS the point (``局长``, ``分管副局长``,
  ``股室负责人``), and a merged ``说明：`` line ABOVE the heading saying the list is 分级防控: ``由局长
  负责防控的为一级风险，由分管副局长负责防控的为二级风险，由股室负责人负责防控的为三级风险``. So a point's
  level is given only through its controller: a 副局长's own point controlled by the 局长 is 一级,
  a 股长's point controlled by the 分管副局长 is 二级. This is how a unit writes its list when the
  分级防控 instruction assigns each level of risk to a level of leader and the office writes down the
  leader instead of the level. The README's 读得懂的表 knows levels written as words, numerals,
  stars, ticks under ``一级 | 二级 | 三级``, points under ``高风险 | 中风险 | 低风险``, group rows,
  sheet names, codes, colours, symbols and numbers explained by a note, quoted words a note ranks
  (``“高压线”为一级风险``, whose column then is the level), and ``岗位风险等级`` as the post's grade;
  it does not describe a level given by a column of CONTROLLERS (post words, not level words, not
  quoted) that a note maps to levels; and the column's post words (``局长``) look like a post or a
  supervisor column (``责任领导``, ``分管领导``). No earlier batch writes one: ``grep -l
  -e 防控责任主体 -e 防控层级 -e 由局长负责防控 tests/published/batch*.py`` finds none (batch179's
  ``管控层级`` (集团级/部门级) stands beside a level column of its own; batch243 gives levels by 序号).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市林业局's 年度工作总结 — 林业重点工程,
上级补助资金, 工程质量, 规范管理; an account of a 退耕还林 省级检查验收 — 小班, 成活率, 作业设计方案, 补助资金兑现,
档案资料, 补植; a paper on 林业技术推广 — 新技术新品种, 试验示范; a 林场 on its 苗圃 — 优质苗, 种苗技术员,
防火隔离带造林; a 街道林业站 on 兑现 巩固退耕还林资金 after checking the plots; a 林业技术推广 unit's
绿化苗基地; a 市林业局 督查组 on 新一轮退耕还林 — 合同, 自查验收, 村级公示, 兑现; a 市林木良种管理站 —
良种推广, 质量监管, 抽检) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 吴起县, named with the county's name (no earlier unit
holds ``吴起县``; 周湾镇, 长官庙镇, 白豹镇 and 铁边城镇 are towns of the county).

Run ``python tests/published/score.py --set batch438`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is its ``防控责任主体``'s by the ``说明：`` line: 局长 → 1,
  分管副局长 → 2, 股室负责人 → 3; the ``防控责任主体`` is no post, no holder and no supervisor (the
  holder is ``姓名``, the post ``岗位``); the ``说明：`` line is no point;
- ``站领导`` (a sheet, a group row, 站室 cells) and ``局领导`` (股室 cells) are the 科室 of those leaders;
  a 站's or 局's 股 and a 镇林业站's 组 are 科室; a group row ``二、推广股`` gives the 科室 ``推广股``;
  the 国有林场's cards and the 长官庙镇 and 白豹镇 林业站's files name no 科室 (their 科室 is "");
- a 局's 局长 and 副局长, a 站's 站长 and 副站长 and a 林场's 场长 and 副场长 (also a 镇林业站's 站长) are
  leaders; 股长 and a 林业站's 组长 middle; the rest (技术员, 会计, 林政管理员, 检验员, 苗圃技术员,
  护林员, 统计员, 林业员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points; the 周湾镇林业站's list names no person (对岗不对人); in the 白豹镇林业站's list the LAST
  ``责任领导`` column names a supervisor (the 站长, holder of his own rows only);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies (as batch280 and batch436).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b438_"
PLACE = "吴起县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年11月"

# --------------------------------------------------------------------------- harder layout

CTRL_NAME = "wuqi_forestry_bureau_level_by_control_tier"
CTRL_UNIT = f"{PLACE}林业局"
CTRL_TAB = "一览表"
CTRL_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施", "防控责任主体")
# who controls a point gives its level, by the note above the table; no level column
CTRL_TIERS = {"局长": 1, "分管副局长": 2, "股室负责人": 3}
CTRL_NOTE = (
    "说明：本局廉政风险实行分级防控。由局长负责防控的为一级风险，由分管副局长负责防控的为二级风险，"
    "由股室负责人负责防控的为三级风险。"
)

# (股室, 岗位, tier, 姓名, [(廉政风险点, 风险类型, 防控责任主体, 防控措施)])
CTRL_ROWS = [
    ("局领导", "局长", "leader", "禚珩泷", [
        ("林业重点工程项目安排不经党组集体研究", "制度机制", "局长", "项目安排方案经党组会集体研究，纪要存档。"),
        ("干部调整、评先选优中搞亲疏远近", "思想道德", "局长", "干部调整按程序动议、考察、公示。"),
    ]),
    ("局领导", "副局长", "leader", "鞠岑澴", [
        ("林木采伐指标分配向关系户倾斜", "岗位职责", "局长", "采伐指标分配方案公开，结果公示。"),
        ("营造林工程验收降低标准", "业务流程", "分管副局长", "验收实行第三方抽查，验收结果公示。"),
    ]),
    ("资源林政股", "股长", "middle", "廖彧潆", [
        ("使用林地审核把关不严，少批多占", "岗位职责", "分管副局长", "现场查验两人以上，审核意见集体会审。"),
        ("林业行政案件查处降格处理、以罚代刑", "外部环境", "分管副局长", "案件审理委员会集体审定，结果公开。"),
    ]),
    ("资源林政股", "林政管理员", "general", "亓漪洹", [
        ("采伐许可证核发中收受好处", "思想道德", "股室负责人", "许可证网上办理，办理时限公开。"),
    ]),
    ("计划财务股", "股长", "middle", "靳沄翮", [
        ("生态护林员补助资金发放不按名册", "制度机制", "分管副局长", "补助按聘用名册打卡发放，名单公示。"),
    ]),
    ("计划财务股", "会计", "general", "帅珮滢", [
        ("报销凭证审核不严，虚列支出", "业务流程", "股室负责人", "报销三级审核，每季度内审。"),
        ("项目资金拨付不按进度", "业务流程", "股室负责人", "资金凭合同、验收单拨付。"),
    ]),
]  # fmt: skip


def wuqi_forestry_bureau_level_by_control_tier() -> dict:
    unit = CTRL_UNIT
    width = len(CTRL_HEAD)
    sh = _Sheet(CTRL_TAB, [6, 12, 11, 9, 38, 10, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", width)
    _line(sh, CTRL_NOTE, width)
    sh.add(*CTRL_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in CTRL_ROWS:
        for point, typ, ctrl, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, measures, ctrl)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), CTRL_TIERS[ctrl])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        CTRL_NAME,
        "https://www.hhml.gov.cn/info/26141/675842.htm",
        "(harder) 县林业局 岗位廉政风险防控一览表 with NO LEVEL COLUMN, each point's level given by WHO CONTROLS IT, after the "
        "source's 市林业局 年度工作总结 (林业重点工程, 上级补助资金, 招商引资, 森林城市): a title, a merged ``说明：`` "
        "line ABOVE the heading (分级防控: 由局长负责防控的为一级风险，由分管副局长…二级，由股室负责人…三级), then 序号/股室 merged "
        "(局领导, 资源林政股, 计划财务股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/防控措施/a LAST "
        "``防控责任主体`` column (局长, 分管副局长, 股室负责人); a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wuqi_returning_farmland_station_two_sheets() -> dict:
    unit = f"{PLACE}退耕还林工作站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("蔺瀚琤", "站长", "主持全面工作，分管计划和资金", [
            ("退耕还林计划任务分配到镇不公开", "一级", "计划任务分配方案站务会研究，结果公示。"),
            ("补植补造项目指定施工队", "二级", "补植项目公开比选，合同存档。"),
        ]),
        ("鄢沣瑀", "副站长", "分管作业设计和检查验收", [
            ("作业设计面积虚增", "一级", "作业设计图斑上图入库，随机抽查核实。"),
            ("县级自查验收走过场，成活率虚报", "二级", "验收小组随机组成，外业记录签字存档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("工程股", "股长", "侴泓岫", "middle", [
            ("小班外业调查数据造假", "一级", "外业调查两人以上，GPS轨迹留存。"),
        ]),
        ("工程股", "技术员", "郗翾沅", "general", [
            ("苗木质量检验放宽标准", "二级", "苗木抽检记录双人签字，样苗留存。"),
            ("接受退耕农户吃请", "三级", "下乡一律不接受宴请，违者通报。"),
        ]),
        ("综合股", "会计", "钭嫣岍", "general", [
            ("政策补助资金不按验收结果兑现", "一级", "补助凭验收合格名单打卡发放，村级公示。"),
            ("退耕农户档案资料私自涂改", "三级", "档案专柜保管，修改须审批留痕。"),
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
        "wuqi_returning_farmland_station_two_sheets",
        "http://www.tibetthsy.com/New/Detail/20221205094127174.html",
        "县退耕还林工作站 廉政风险防控表 in two sheets, after the source's account of a 退耕还林 省级检查验收 (小班, 苗木成活率, 抚育管护, "
        "作业设计方案, 惠农补助资金兑现, 档案资料, 补植): ``站领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/"
        "风险等级 ``一级/二级/三级``/防控措施) and ``股室`` (a title, 序号/股室 merged (工程股, 综合股)/岗位 and 姓名 merged per "
        "person/风险点/风险等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def wuqi_extension_station_group_rows() -> dict:
    unit = f"{PLACE}林业技术推广站"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "亢翀沄", "leader", [
                ("推广项目", "林业科技推广项目承担户确定不公开", "制度机制风险", "一级风险", "承担户公开遴选，名单公示。"),
                ("示范基地建设", "示范基地建设资金拨付不按进度", "业务流程风险", "二级风险", "资金按验收进度拨付，站务会研究。"),
            ]),
        ]),
        ("二、推广股", "推广股", [
            ("股长", "綦岚澍", "middle", [
                ("技术培训", "培训人数、场次虚报套取经费", "岗位职责风险", "一级风险", "培训签到、照片存档，经费审核后报销。"),
            ]),
            ("技术员", "漆昀霈", "general", [
                ("技术服务", "下乡技术指导向林农收取费用", "思想道德风险", "二级风险", "技术服务一律免费，公开监督电话。"),
                ("新品种推广", "向林农推销指定厂家的苗木、药剂", "外部环境风险", "三级风险", "严禁推销产品，违者追责。"),
            ]),
        ]),
        ("三、种苗股", "种苗股", [
            ("股长", "闾澈琬", "middle", [
                ("良种苗木调拨", "良种苗木调拨数量和去向不登记", "业务流程风险", "一级风险", "调拨登记造册，月底对账。"),
            ]),
            ("检验员", "巩沂菡", "general", [
                ("种苗质量检验", "种苗质量检验出具不实结论", "岗位职责风险", "三级风险", "检验样品留存，结论复核签字。"),
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
        "wuqi_extension_station_group_rows",
        "https://jxxfw.com/periodical/cb5e7b605b83226c8584e25a79600c72.html",
        "县林业技术推广站 廉政风险防控责任清单, after the source's paper on 林业技术推广 (新成果、新技术、新产品, 科技试验示范, 推广模式"
        "和管理体制): a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、站领导``, ``二、推广股``, ``三、种苗股`` merged across (no 股室 column); 岗位 and 责任人 "
        "merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wuqi_forest_farm_cards() -> dict:
    unit = f"{PLACE}国有林场"
    t = _Truth(unit)
    cards = [
        ("场长", "逯翯沅", "leader", [
            ("林场苗圃苗木出圃销售不入账", "★★★", "苗木出圃开具票据，收入全额入账。"),
            ("森林防火隔离带建设工程指定施工方", "★★★", "工程按限额标准比选，场务会研究。"),
            ("接受周边单位宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副场长", "厍瑛澧", "leader", [
            ("造林用苗数量虚报", "★★", "用苗数量与造林面积核对，验收签字。"),
            ("护林员考勤不实", "★★", "巡护轨迹每月核查，考勤公示。"),
        ]),
        ("苗圃技术员", "郏岫漪", "general", [
            ("优质苗木私自送人", "★★★", "苗木进出登记，每季盘点。"),
            ("育苗物资领用不登记", "★", "物资领用双人签字。"),
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
        sh.add("持卡人（签字）：", None, "场长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "wuqi_forest_farm_cards", "https://e-baihuo.com/html/2590878556.html",
        "县国有林场 岗位廉政风险防控卡, one sheet a holder (tabs 场长, 副场长, 苗圃技术员), after the source's 林场 on its 苗圃 (优质苗, "
        "种苗技术员, 出圃, 森林防火隔离带造林): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | "
        "场长（签字）：``",
        sheets, t,
    )  # fmt: skip


def wuqi_zhouwan_station_posts() -> dict:
    unit = f"{PLACE}周湾镇林业站"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "站室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("退耕还林补助兑现", "补助资金兑现名册与验收结果不符", "制度机制风险", "Ⅰ级", "兑现名册经镇党委会审定，村级公示。"),
            ("林木采伐审核", "为不符合条件的采伐申请出具同意意见", "岗位职责风险", "Ⅰ级", "采伐申请现场核实，结果公开。"),
        ]),
        ("资源管护组", "组长", "middle", [
            ("检查验收", "对林木保存率不达标的地块签字通过", "业务流程风险", "Ⅱ级", "验收两人以上，外业照片存档。"),
        ]),
        ("资源管护组", "护林员", "general", [
            ("巡山护林", "发现乱砍滥伐不报告、私了", "思想道德风险", "Ⅰ级", "巡护日志每月核查，举报电话公开。"),
            ("野外用火管理", "对违规用火收受好处放任不管", "外部环境风险", "Ⅲ级", "防火期巡查轨迹留存。"),
        ]),
        ("综合组", "统计员", "general", [
            ("林业统计报表", "造林面积统计虚报", "岗位职责风险", "Ⅱ级", "报表与作业设计核对，站长签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "wuqi_zhouwan_station_posts", "https://qj.gov.cn/html/2015/bmdt2_1102/30038.html",
        "镇林业站 岗位廉政风险点排查表 对岗不对人, after the source's 街道林业站 on 巩固退耕还林资金 兑现 (退耕地块检查验收, 林木保存率, "
        "一卡通 打卡): a title, then 序号/站室 merged (站领导, 资源管护组, 综合组)/岗位 merged per post/a short 风险点/a long "
        "``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wuqi_changguanmiao_station_selfchecks() -> dict:
    unit = f"{PLACE}长官庙镇林业站"
    t = _Truth(unit)
    people = [
        ("芮泷珈", "站长", "leader", [
            ("生态护林员选聘中优亲厚友", "高风险", "选聘条件和名单公示，镇党委会研究。", "已落实"),
            ("林地占用现场查验走过场", "高风险", "查验两人以上，照片存档。", "未发现问题"),
            ("林业有害生物防治药剂采购不比价", "中风险", "三家比价，镇财政所审核。", "已落实"),
        ]),
        ("充瑶淙", "林业员", "general", [
            ("造林地块面积丈量不实", "中风险", "面积丈量由村组干部共同签字。", "未发现问题"),
            ("向林农索要好处", "低风险", "公开监督电话，签订承诺书。", "已落实"),
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
        sh.add("本人签名：", None, "分管领导审核：", None, None)
        sheets.append(sh)
    return _layout(
        "wuqi_changguanmiao_station_selfchecks", "http://m.daidanbao.cn/114/Detail/94498.html",
        "镇林业站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 林业技术推广 unit with its 绿化"
        "苗基地 (各类苗木, 引进育苗): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 分管领导审核：``",
        sheets, t,
    )  # fmt: skip


def wuqi_baibao_station_every_row() -> dict:
    unit = f"{PLACE}白豹镇林业站"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "宓翊澴"
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("站长", chief, "leader", "退耕还林合同签订中虚增面积", "Ⅰ", "合同面积与上图面积核对，村级公示。"),
        ("站长", chief, "leader", "林业项目资金使用不经集体研究", "Ⅱ", "资金使用经镇党委会研究。"),
        ("林业员", "堵沁琮", "general", "自查验收结果不公示即兑现补助", "Ⅰ", "验收结果村级公示七日后兑现。"),
        ("林业员", "堵沁琮", "general", "苗木发放数量登记不实", "Ⅲ", "苗木发放农户签字领取。"),
        ("护林员", "邰澂珥", "general", "管护区内毁林开荒不制止", "Ⅱ", "巡护日志每周检查。"),
        ("护林员", "邰澂珥", "general", "接受采伐户吃请", "Ⅲ", "签订廉洁承诺书，违者解聘。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, chief)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "wuqi_baibao_station_every_row", "https://anywood.com/news/detail/52260.html",
        "镇林业站 廉政风险防控清单, after the source's 市林业局 督查组 on 新一轮退耕还林 (栽植任务, 任务落实到图上, 与退耕农户签订合同, "
        "县级自查验收, 结果在村级公示, 兑现政策补助资金): a title, then 序号/岗位/``责任人`` written out on EVERY row (nothing merged)/"
        "廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任领导`` column naming the 站长 on every row; no type column, no 科室 "
        "column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wuqi_tiebiancheng_station_list() -> dict:
    unit = f"{PLACE}铁边城镇林业站"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "站室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "阚澪岐", "leader", [
            ("封山禁牧经费分配不公开", "制度机制", "高", "经费分配方案公开，镇党委会研究。"),
            ("林权纠纷调处偏袒一方", "思想道德", "中", "调处两人以上，调处结果书面送达。"),
        ]),
        ("营林组", "组长", "嵇岑沨", "middle", [
            ("造林整地工程量虚报", "业务流程", "高", "工程量现场丈量，村组签字确认。"),
        ]),
        ("营林组", "技术员", "昝琤漪", "general", [
            ("幼林抚育验收放宽标准", "岗位职责", "低", "验收抽查比例公开，记录存档。"),
        ]),
        ("防火组", "组长", "佴瀚沄", "middle", [
            ("防火物资采购以次充好", "外部环境", "高", "物资进场验收，样品封存。"),
            ("防火检查站值班记录造假", "岗位职责", "低", "值班记录每周抽查。"),
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
        "wuqi_tiebiancheng_station_list",
        "https://www.chaxiaohao.com/read-1751078785l3588380.html",
        "镇林业站 岗位廉政风险防控一览表, after the source's 市林木良种管理站 (良种选育推广, 种质资源保护, 质量监管, 申报-设计-验收, "
        "抽检): ``附件1``, a title, a merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/站室 merged (站领导, 营林组, 防火组)/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wuqi_forestry_bureau_level_by_control_tier(),
    wuqi_returning_farmland_station_two_sheets(),
    wuqi_extension_station_group_rows(),
    wuqi_forest_farm_cards(),
    wuqi_zhouwan_station_posts(),
    wuqi_changguanmiao_station_selfchecks(),
    wuqi_baibao_station_every_row(),
    wuqi_tiebiancheng_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch438-inbox"))

"""The nine-hundred-and-thirtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's township
offices and the bodies beside them, 定日县 (日喀则市, 西藏自治区) — its 珠峰管理局, 协格尔镇财政所,
岗嘎镇党政综合办公室, 曲当乡综治中心, 扎西宗乡村镇建设办, 长所乡便民服务中心, 克玛乡农牧综合服务中心
and the 珠峰管理局's 扎西宗保护站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 珠峰管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 协格尔镇财政所's 排查表 对岗不对人: ``所室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 岗嘎镇党政综合办公室's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 曲当乡综治中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 扎西宗乡村镇建设办's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 长所乡便民服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 克玛乡农牧综合服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``dingri_zhaxizong_station_levels_in_type_columns``: the 珠峰管理局扎西宗保护站's 岗位廉政风险点
  一览表, an ordinary list (``序号 | 岗位 | 姓名 | 廉政风险点 | … | 防控措施``, 岗位 and 姓名 merged
  per person) with NO ``风险等级`` column: a two-row heading ``风险类型及等级（在所属类型栏内填写风险等级）``
  merged over ``思想道德风险 | 制度机制风险 | 岗位职责风险 | 外部环境风险``, and each row writes its LEVEL
  WORD (高/中/低) INTO THE ONE COLUMN OF ITS TYPE, the other three left blank: the column gives the
  type, the word in it the level (a ``注：`` line under the list says so). The README's 读得懂的表 and
  docs/layouts.md know type columns ticked with ``√`` (``思想道德 | 制度机制 | 岗位职责`` as headings),
  a type × level grid of tick columns (``风险类型及等级`` over types, each over ``高 | 中 | 低``,
  TYPE_LEVEL_TICKS), measures written in the column of their type (``分类防控措施``) or of their level
  (MEASURES_UNDER_LEVEL_COLUMNS), and points written in the column of their level
  (LEVEL_BY_POINT_COLUMN); they do not describe type columns whose cells hold the level word.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 定日县珠峰管理局's 公告 closing the
保护区 核心区 above 绒布寺 to tourists, and 登山垃圾 rules; the 珠峰 保护区's 定日县管理分局 on 核心区,
缓冲区, 实验区 and 旅游活动; 协格尔镇 and its 33 villages; the 定日县 place names — 协格尔, 岗嘎; the
origins of the 乡镇 names (曲当, 扎西宗, 长所 …); 扎西宗乡's villages; a 省民政厅 rule on 低保经办人员
近亲属 备案 against 人情保、关系保; 定日县's profile — 半农半牧, 318国道, 边境) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 干 and 席 with rare given names); every unit is a body of 定日县.

Run ``python tests/published/score.py --set batch930`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the one filled cell of the four type columns gives both the type (its
  column's heading, a short name) and the level (its word, 高/中/低); the truth is the list as its
  rows read (岗位, 姓名, point), one form a holder, no 科室 (the 保护站 has none);
- ``所领导``, ``中心领导`` (a 所室 cell, a group row) are the 科室 of those leaders; the 珠峰管理局's
  leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股 or 办公室, a 所's 室, a
  中心's 组 or 股 and a 乡's 办 are 科室; a group row ``二、矛盾纠纷调解组`` gives the 科室 ``矛盾纠纷调解组``;
- the 保护站, the 所, the 办公室, the 中心s, the 建设办 and the 局 are units of their own: 局长, 副局长,
  站长, 副站长, 所长, 主任 and 副主任 of the unit are leaders; 股长, 组长 and the 局's 办公室主任 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 财政所's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b930_"
PLACE = "定日县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TYPE_COLUMNS = ("思想道德风险", "制度机制风险", "岗位职责风险", "外部环境风险")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(廉政风险点, type column, 高/中/低, 防控措施)])
TYPED_LEVELS = [
    ("站长", "干翾淏", "leader", [
        ("生态管护员选聘和考核优亲厚友", "制度机制风险", "高", "管护员由村推荐、站务会研究、公示后聘用，考核结果张榜。"),
        ("违规放行车辆、人员进入保护区核心区", "岗位职责风险", "高", "核心区进入凭县级以上批准文件，检查站登记存档。"),
    ]),
    ("副站长", "席珝岍", "leader", [
        ("接受旅游经营户宴请、礼品，放松巡护监管", "思想道德风险", "中", "签订廉洁承诺书，节前廉洁提醒。"),
        ("登山垃圾清运费用结算不实", "制度机制风险", "中", "清运量过磅登记，结算经站务会审核。"),
    ]),
    ("管护员", "干琤嶷", "general", [
        ("巡护日志代签、补签，虚报巡护天数", "岗位职责风险", "中", "巡护定位打卡，日志每月抽查。"),
        ("发现盗猎、乱采挖不制止、不报告", "外部环境风险", "高", "发现线索当日上报，站里建立台账。"),
    ]),
    ("票务员", "席崟湉", "general", [
        ("门票、环保押金收取不开票据，截留挪用", "岗位职责风险", "高", "票款当日缴存专户，票据联号使用。"),
        ("为亲友免票、少收押金", "思想道德风险", "低", "免票须持有效证件登记，站长每周核对。"),
    ]),
]  # fmt: skip


def dingri_zhaxizong_station_levels_in_type_columns() -> dict:
    unit = f"{PLACE}珠峰管理局扎西宗保护站"
    sh = _Sheet("一览表", [6, 10, 10, 38, 10, 10, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    top = sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型及等级（在所属类型栏内填写风险等级）",
                 None, None, None, "防控措施")  # fmt: skip
    sh.add(None, None, None, None, *TYPE_COLUMNS, None)
    sh.merge(top, 4, top, 7)
    for c in (0, 1, 2, 3, 8):
        sh.merge(top, c, top + 1, c)
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in TYPED_LEVELS:
        for point, typ, lv, measures in points:
            n += 1
            cells = [lv if col == typ else None for col in TYPE_COLUMNS]
            sh.add(n, post, who, point, *cells, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(
        sh,
        "注：风险类型及等级栏，在风险点所属类型一栏内填写风险等级（高、中、低），其余各栏空白。",
        9,
    )
    sh.add("制表：", None, None, "审核：", None, None, "2025年5月", None, None)
    return _layout(
        "dingri_zhaxizong_station_levels_in_type_columns", "https://shanyouwang.com/248361.shtml",
        "(harder) 珠峰管理局 保护站 岗位廉政风险点一览表, after the source's 珠峰 保护区 定日县管理分局 (核心区, 缓冲区, "
        "实验区, 旅游活动, 未经批准不得进入): a title, a two-row heading ``序号 | 岗位 | 姓名 | 廉政风险点 | "
        "风险类型及等级（在所属类型栏内填写风险等级） | 防控措施`` with the merged type-and-level heading over "
        "``思想道德风险 | 制度机制风险 | 岗位职责风险 | 外部环境风险``; NO 风险等级 column: each row writes its level "
        "word 高/中/低 INTO the one column of its type, the other three blank; 岗位/姓名 merged per person; a "
        "``注：`` line saying so and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dingri_zhufeng_bureau_two_sheets() -> dict:
    unit = f"{PLACE}珠峰管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("席暻沨", "局长", "主持全面工作", [
            ("保护区基础设施项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，纪要存档。"),
            ("为亲友承揽景区环卫、运输业务打招呼", "一级", "领导干部插手经营项目登记报告，业务外包公开比选。"),
        ]),
        ("干炘瑀", "副局长", "分管保护管理、登山环保", [
            ("核心区进入审批把关不严，违规同意进入", "一级", "进入核心区须报县级以上主管部门批准，审批结果公开。"),
            ("登山环保押金退还不按标准", "二级", "押金退还凭垃圾清运登记，财务复核。"),
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
        ("办公室", "主任", "席煜峣", "middle", "公务接待超标准、无公函接待", "二级", "接待凭公函，清单与票据一并报账。"),
        ("办公室", "主任", "席煜峣", "middle", "公务用车私用、加油卡管理不严", "二级", "车辆出行登记，加油卡专人保管、每月对账。"),
        ("保护管理股", "股长", "干焜璘", "middle", "保护区内违规建设巡查发现不报", "一级", "巡查记录每周上报，违规建设台账销号管理。"),
        ("旅游管理股", "科员", "席燚琰", "general", "景区经营户准入审核不严", "二级", "准入条件公开，审核结果公示。"),
        ("旅游管理股", "科员", "席燚琰", "general", "收受经营户好处，降低检查标准", "三级", "检查两人同行，结果留存照片。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dingri_zhufeng_bureau_two_sheets", "https://feifmx.com/domestic/945/20190215/35223767.html",
        "县珠峰管理局 廉政风险防控一览表 in TWO SHEETS, after the source's reporting on the 定日县珠峰管理局's 公告 (保护区 "
        "核心区 绒布寺以上 禁止旅游, 登山垃圾 管理, 环保押金): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dingri_xiegeer_finance_office_posts() -> dict:
    unit = f"{PLACE}协格尔镇财政所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "惠农资金拨付审批", "惠农补贴资金拨付不按公示名单，擅自调整", "制度机制风险", "高",
         "拨付名单与村级公示名单逐户核对，所务会研究。"),
        ("会计室", "会计", "general", "村级财务代理记账", "村级报账单据审核不严，白条入账", "岗位职责风险", "高",
         "报账单据逐张审核，村务监督委员会签字。"),
        ("会计室", "会计", "general", "专项资金核算", "专项资金不按项目核算，挤占挪用", "业务流程风险", "中",
         "专项资金专账核算，每季度对账。"),
        ("会计室", "出纳", "general", "现金和银行存款管理", "现金收支不及时入账，公款私存", "思想道德风险", "高",
         "现金日清月结，银行对账单由会计核对。"),
        ("惠农资金组", "专管员", "general", "草原补奖、耕地地力补贴核发", "补贴面积、户数核实不实，虚报冒领", "外部环境风险", "中",
         "面积以确权数据为准，发放名单在各村公示。"),
        ("惠农资金组", "专管员", "general", "一卡通信息维护", "违规变更农牧民一卡通账户", "业务流程风险", "低",
         "账户变更凭本人申请，所长审批并留档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：财政所", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "dingri_xiegeer_finance_office_posts", "http://m.15th-29thdemocraticclub.com/Tibet/dingrixian_xiegeerzhen.html",
        "镇财政所 岗位廉政风险点排查表 对岗不对人, after the source's page on 协格尔镇 (定日县 驻地, 33 个行政村, 户数人口): a "
        "title, 序号/所室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dingri_gangga_office_cards() -> dict:
    unit = f"{PLACE}岗嘎镇党政综合办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "干晔瀞", "主任", "主持办公室全面工作", "leader", [
            ("镇机关办公用品采购指定供应商", "★★★", "采购三家比价，镇党委会审定。"),
            ("公务接待、会议费用报销把关不严", "★★", "接待清单、公函、票据三单齐全方可报账。"),
            ("接受村居、企业礼品礼金", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "席炅翎", "副主任", "分管文秘、档案、车辆", "leader", [
            ("公务用车私用、加油卡管理不严", "★★★", "车辆派遣单审批，加油卡每月对账。"),
            ("涉密文件、档案借阅登记不严", "★★", "借阅登记审批，定期清查。"),
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
        "dingri_gangga_office_cards", "http://www.l898qv.cn/html/36/10222.html",
        "镇党政综合办公室 领导干部廉政风险防控卡, one sheet a leader, after the source's page on 定日县's place names (县驻地 "
        "协格尔, 迁至岗嘎乡岗嘎村 and back, 协格尔建镇): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dingri_qudang_center_group_rows() -> dict:
    unit = f"{PLACE}曲当乡综治中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "席熠岷", "leader", [
                ("矛盾纠纷调处中偏袒一方、收受好处", "一级风险", "重大纠纷集体研判，调处结果公开。"),
                ("综治专项经费使用不公开", "二级风险", "经费专账管理，年底公示。"),
            ]),
        ]),
        ("二、矛盾纠纷调解组", "矛盾纠纷调解组", [
            ("组长", "干昶湝", "middle", [
                ("草场边界纠纷调解不依法依规", "一级风险", "调解两人以上参加，协议书存档。"),
            ]),
            ("调解员", "席沄翃", "general", [
                ("泄露当事人信息，私下收取费用", "二级风险", "签订保密承诺书，调解不收费并公示。"),
                ("调解记录弄虚作假，虚报调解件数", "三级风险", "调解台账每月核查，回访当事人。"),
            ]),
        ]),
        ("三、网格管理组", "网格管理组", [
            ("网格员", "干湉翕", "general", [
                ("网格员补贴考核打分不实", "二级风险", "考核结果在村务公开栏公示。"),
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
        "dingri_qudang_center_group_rows", "http://nmhdgaokao.com/list/2/dingrixiangejiedaoxiangzhendimingyoulai.html",
        "乡综治中心 廉政风险防控责任清单 under GROUP ROWS, after the source's page on the origins of 定日县's 乡镇 names "
        "(曲当 “水上”, 扎西宗, 长所, 克玛 …): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、中心领导``, ``二、矛盾纠纷调解组``, ``三、网格管理组`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def dingri_zhaxizong_construction_selfchecks() -> dict:
    unit = f"{PLACE}扎西宗乡村镇建设办"
    t = _Truth(unit)
    people = [
        ("席峤熹", "办领导", "主任", "leader", [
            ("农房改造补助对象审核优亲厚友", "Ⅰ级", "补助对象入户核查，乡党委会研究并公示。", "已落实"),
            ("村级小型建设项目化整为零规避招标", "Ⅱ级", "项目按限额标准报乡政府审批。", "未发现问题"),
        ]),
        ("干璟岑", "规划建设组", "技术员", "general", [
            ("农牧民建房选址审查走过场", "Ⅰ级", "选址现场踏勘，两人签字。", "已落实"),
            ("工程验收签字不实", "Ⅲ级", "验收邀请村民代表参加，照片留存。", "已落实"),
        ]),
        ("席翮澂", "规划建设组", "安全员", "general", [
            ("施工安全检查收受好处、降低标准", "Ⅱ级", "检查记录每月上报，主任抽查。", "未发现问题"),
            ("违法建设巡查发现不报", "Ⅰ级", "巡查日志每周汇总，台账销号。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dingri_zhaxizong_construction_selfchecks",
        "http://mdiming.qi18.com/liebiao/7/dingrixianzhaxizongxianggecunshequqingkuangjieshaodianhltq",
        "乡村镇建设办 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on 扎西宗乡's "
        "villages (扎西岗村, 加村, 现琼村 …, 户数, 公路, 海拔): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def dingri_changsuo_service_center_list() -> dict:
    unit = f"{PLACE}长所乡便民服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "干岫琮", "leader", "低保审核中为近亲属申报不备案", "制度机制", "高风险",
         "经办人员近亲属申请低保一律备案，乡统一入户调查。"),
        ("中心领导", "主任", "干岫琮", "leader", "窗口人员考核评优不公开", "岗位职责", "低风险",
         "考核结果在中心公示栏公布。"),
        ("民政窗口", "民政专干", "席沣瑢", "general", "入户调查、民主评议走过场，“人情保”“关系保”", "业务流程", "高风险",
         "评议记录完整存档，结果长期公示。"),
        ("民政窗口", "民政专干", "席沣瑢", "general", "收受申请人财物", "思想道德", "中风险",
         "签订廉洁承诺书，设立投诉举报电话。"),
        ("社保窗口", "经办员", "干溥翚", "general", "养老保险待遇资格认证把关不严", "外部环境", "中风险",
         "资格认证每年一次，死亡人员及时停发。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dingri_changsuo_service_center_list", "http://www.ahgwyw.com/NewsViewlx.asp?id=7235",
        "乡便民服务中心 岗位廉政风险防控一览表, after the source's 省民政厅 rule on 低保经办人员和村干部近亲属 享受低保 备案 "
        "(入户调查, 民主评议, 公示, “人情保”“关系保”, 优亲厚友): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, "
        "then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def dingri_kema_agri_center_register() -> dict:
    unit = f"{PLACE}克玛乡农牧综合服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "席珩滟", "leader", [
            ("良种、饲草料补贴发放对象审核不严", "制度机制", "一级", "发放名单逐户核实，在村务公开栏公示。"),
            ("农牧业项目物资采购指定供应商", "岗位职责", "二级", "物资采购三家比价，中心集体研究。"),
        ]),
        ("畜牧兽医股", "防疫员", "干瀚岐", "general", [
            ("动物防疫物资账实不符，私自变卖", "业务流程", "一级", "疫苗出入库登记，每月盘点。"),
        ]),
        ("农技推广股", "技术员", "席琛昳", "general", [
            ("青稞良种推广面积虚报", "业务流程", "二级", "推广面积实地核查，村委会签字确认。"),
            ("为亲友多报农机购置补贴", "思想道德", "三级", "补贴申请公示，中心主任复核。"),
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
        "dingri_kema_agri_center_register", "http://www.iichajd.com/dm_2372/",
        "乡农牧综合服务中心 廉政风险点排查登记表, after the source's 定日县 profile (半农半牧, 边境, 318国道, 乡镇): a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dingri_zhaxizong_station_levels_in_type_columns(),
    dingri_zhufeng_bureau_two_sheets(),
    dingri_xiegeer_finance_office_posts(),
    dingri_gangga_office_cards(),
    dingri_qudang_center_group_rows(),
    dingri_zhaxizong_construction_selfchecks(),
    dingri_changsuo_service_center_list(),
    dingri_kema_agri_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch930-inbox"))

"""The four-hundred-and-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源 and
应急 bodies, 麟游县 (a county of 宝鸡 in the hills north of the 渭河, its staff Han) — the 县自然资源局,
the 县应急管理局, the 县不动产登记中心, the 县地质灾害防治中心, the 县应急管理综合行政执法大队 and the
自然资源所 of three of its 镇 (九成宫镇, 崔木镇, 招贤镇) — each handing back the 一览表, 防控卡, 排查表,
责任清单 or 自查表 its staff typed in WPS or Excel:

- the 自然资源局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types, ``一级/二级/三级``,
  a 制表/审核/date line under each;
- the 不动产登记中心's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, no type column, ``高风险/中风险/低风险``; no names;
- the 地质灾害防治中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、监测预警股``, ``三、工程治理股``
  merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 九成宫镇自然资源所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and a merged ``工作职责`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``持卡人（签字）： | 所长（签字）：``;
- the 崔木镇自然资源所's 自查表, one sheet a person (tabs named by the holder): a ``单位：`` line,
  ``姓　名 | … | 职　务 | …`` pairs, then ``序号 | 岗位职责 | 风险点 | 风险类型 | 风险等级 | 防范措施``,
  short types, 高/中/低, ``本人签字： | 所长审核：`` below;
- the 应急管理综合行政执法大队's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``,
  short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 招贤镇自然资源所's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``岗位``
  merged per post, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, and the holder in a LAST
  ``责任人`` column (after the measures) merged per person.

One is harder:

- ``linyou_emergency_bureau_icon_lights``: the 应急管理局's 岗位廉政风险防控一览表, an ordinary list
  (``股室`` merged, ``岗位`` and ``姓名`` merged per person, short types, 防控措施) — but its LEVEL is
  shown by a CONDITIONAL FORMAT, not written: the ``风险等级`` cells hold the office's 风险值 ``3`` /
  ``2`` / ``1`` (3 the highest, as the office scored them), and a conditional-format ICON SET
  (Excel's and WPS's 条件格式 → 图标集 → 三色交通灯, with 反转图标次序 and 仅显示图标) draws a red,
  yellow or green light in the cell and hides the digit: ``<cfRule type="iconSet"><iconSet
  showValue="0" reverse="1">`` (the set ``3TrafficLights1``, the default, so left unnamed as Excel
  leaves it) with the thresholds ``<cfvo type="num" val="2"/>`` and ``<cfvo type="num" val="3"/>``;
  a merged line under the table says ``注：风险等级栏以交通灯图标标示，红灯为高风险，黄灯为中风险，
  绿灯为低风险。``. So what the page shows — and what the truth holds — is red = 高 (1) for ``3``,
  yellow = 中 (2) for ``2``, green = 低 (3) for ``1``: the digit the cell stores is the REVERSE of the
  1/2/3 grade scale (a reader that takes the stored ``1`` for 一级 inverts every high and low
  point). The README's 读得懂的表 knows levels written as words, stars, symbols, numbers read by a
  legend (``3为高风险,1为低风险``), numbers shown as words by a NUMBER FORMAT (``WORDS_BY_FORMAT``),
  a cell's FILL colour (``LEVEL_COLOURS``), a row's FONT colour, ``红/黄/蓝`` and ``红灯`` written as
  words with a legend; it says nothing of a level drawn by a conditional format's icons, where
  no cell holds a word, a colour or a legend-read number: here the legend names only the icons,
  and the icon each cell shows follows from the rule's thresholds and its reverse flag. No
  earlier batch writes a conditional format (``grep -il 'conditional\\|icon_set\\|iconset\\|图标集'
  tests/published/batch*.py`` finds none).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县应急管理局 sending 冬春救助物资 —
棉被, 棉大衣 — to 13 乡镇, 分类救助, 精准救助, no 物资滞留 or 优亲厚友; a 自然资源局's note on 土地卫片执法检查
— 疑似违法图斑, 未批先建, 查处整改, 约谈, 责任追究; a text on when 不动产登记 takes effect — 登记簿, 记载,
申请, 审核, 登簿, 发证; a 自然资源和规划局's 汛前地质灾害风险排查 — 防灾责任人, 群测群防员, 隐患点, 治理工程,
切坡建房, 监测设备; a 地质灾害应急演练 with a 国土资源管理所 and its 所长 in the 指挥部; a 乡's 卫片执法 —
巡逻, 制止, 台账, 拆除违章建筑; a 县's 非煤矿山 安全管理职责清单 — 县应急局, 职责名称, 职责依据, 应急预案备案;
a 县's 地质灾害防治 report — 重点防治区, 隐患点, 国土资源所“五到位”) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
Han surnames with rare given names, three characters each); every unit is a body of 麟游县, named
with the county's name (``unit_words=("麟游县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch401`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- the harder list's level is the one its icons show, by the legend under the table: the red light
  (stored ``3``) 1, the yellow (``2``) 2, the green (``1``) 3; the stored digit is no level word;
  the unit is the title's ``麟游县应急管理局``;
- ``局领导`` (the 应急管理局's 股室 cell, the 自然资源局's sheet of its leaders, named so by its tab and
  title), ``中心领导`` (the 不动产登记中心's 股室 cell, a group row of the 地质灾害防治中心) and ``大队领导``
  (the 执法大队's 科室 cell) are the 科室 of those leaders; a 局's, 中心's or 大队's 股, 室, 中队 and 办公室
  are 科室; a group row ``二、监测预警股`` gives the 科室 ``监测预警股`` (its number left off);
- the 镇自然资源所 are units of their own (as batch398's 润镇财政所): their cards, self-checks and list
  name no 科室, and their heads (所长, 副所长) are leaders;
- 局长, 副局长, a 中心's 主任 and 副主任, 大队长 and 副大队长 are leaders; 股长, 中队长 and 办公室主任
  middle; the rest (会计, 物资保管员, 执法队员, 监测员, 土地执法巡查员, 规划建设员, 地质灾害监测员,
  土地管理员, 窗口受理员, 审核员, 档案管理员) general;
- ``风险点 | 风险表现`` (the 不动产登记中心's list): the point is the short 风险点; ``分管工作``,
  ``工作职责``, ``职责事项`` and ``岗位职责`` are no points and name no holder; the 不动产登记中心's list
  names no person: its forms are posts (对岗不对人); the 招贤镇 list's last ``责任人`` column is the
  holder of the post on its rows;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 招贤镇 list's
  note) are 1/2/3; the harder list's red/yellow/green lights 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``'s cells: borders,
taller rows for wrapped cells; the harder one with its icon set as a conditional format) and
``truth.json``; no re-saved copies (as batch280 and batch398: a re-saved .xls keeps no icon set the
way the .xlsx holds it).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b401_"
PLACE = "麟游县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年8月"


# --------------------------------------------------------------------------- harder layout

ICON_NAME = "linyou_emergency_bureau_icon_lights"
ICON_UNIT = f"{PLACE}应急管理局"
ICON_TAB = "一览表"
ICON_HEAD = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
ICON_COL = ICON_HEAD.index("风险等级")
# the 风险值 the office typed → the light the icon set shows → the grade (1 highest)
LIGHTS = {3: "红灯", 2: "黄灯", 1: "绿灯"}
LIGHT_LEVEL = {"红灯": 1, "黄灯": 2, "绿灯": 3}
ICON_NOTE = "注：风险等级栏以交通灯图标标示，红灯为高风险，黄灯为中风险，绿灯为低风险。"
ICON_RULE = {
    "type": "icon_set",
    "icon_style": "3_traffic_lights",
    "reverse_icons": True,
    "icons_only": True,
    "icons": [
        {"criteria": ">=", "type": "number", "value": 3},
        {"criteria": ">=", "type": "number", "value": 2},
    ],
}

# (股室, 岗位, 姓名, tier, [(风险点, 风险类型, 风险值, 防控措施)])
ICON_ROWS = [
    ("局领导", "局长", "乜崇峘", "leader", [
        ("救灾资金分配方案不经党组会集体研究，个人说了算", "制度机制", 3,
         "救灾资金分配方案经党组会集体研究，分配结果向社会公开。"),
        ("对安全生产执法检查对象打招呼、说情", "思想道德", 3, "过问插手执法事项一律登记报告。"),
    ]),
    ("局领导", "副局长", "宓彧淼", "leader", [
        ("冬春救助物资分配向关系乡镇倾斜", "岗位职责", 2, "物资按受灾人口和评估结果分配，分配表公示。"),
    ]),
    ("救灾和物资保障股", "股长", "郏晟崑", "middle", [
        ("应急救灾物资采购指定供应商，化整为零规避采购", "业务流程", 3, "采购按限额标准执行，采购结果公示。"),
        ("救灾物资调拨单据审核不严", "岗位职责", 2, "调拨实行申请、审核、审批三级签字。"),
    ]),
    ("救灾和物资保障股", "物资保管员", "钭筠泺", "general", [
        ("救助物资出入库账实不符，私分截留", "思想道德", 2, "出入库双人验收登记，每季度盘点。"),
        ("接受供货商礼品、宴请", "外部环境", 1, "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("安全生产综合监管股", "股长", "眭翃崟", "middle", [
        ("危险化学品经营许可审查降低条件", "岗位职责", 3, "许可材料两人审查，现场核查留存影像。"),
    ]),
    ("办公室", "会计", "冼珞峥", "general", [
        ("救灾资金拨付凭证审核不严", "制度机制", 1, "拨付凭证经手人、审核人、审批人三签，按月对账。"),
    ]),
]  # fmt: skip


def linyou_emergency_bureau_icon_lights() -> dict:
    unit = ICON_UNIT
    sh = _Sheet(ICON_TAB, [6, 16, 11, 9, 38, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*ICON_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ICON_ROWS:
        for point, typ, score, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, score, measures)
            t.point(
                sh.name, dept, post, who, tier, point, types_in(typ), LIGHT_LEVEL[LIGHTS[score]]
            )
    _per_person(sh, first, 1, 2, 3)
    _line(sh, ICON_NOTE, 8)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        ICON_NAME, "http://mlcx.apcreports.org.cn/mlcx/news/47880.html",
        "(harder) 县应急管理局 岗位廉政风险防控一览表 whose LEVEL is drawn by a CONDITIONAL-FORMAT ICON SET (三色交通灯, reversed, "
        "icons only: the cells store the 风险值 3/2/1, 3 the highest, and show a red/yellow/green light), after the source's 县应急管理局 "
        "sending 冬春救助物资 to the 乡镇 (分类救助, 精准救助, no 物资滞留 or 优亲厚友): a title, a merged ``填报单位：…　填报时间：2025年8月`` "
        "line, then 序号/股室 merged (局领导, 救灾和物资保障股, 安全生产综合监管股, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 "
        "(short names)/风险等级 (the icons)/防控措施; a merged ``注：`` line naming the lights (红灯高, 黄灯中, 绿灯低); a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def linyou_natural_resources_bureau_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 36, 12, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("亢珝崧", "局长", "主持全面工作", [
            ("建设用地报批、土地出让方案不经局党组集体研究", "制度机制风险", "一级", "用地报批和出让方案经党组会研究，会议纪要存档。"),
            ("对卫片执法查处的违法用地说情、打招呼", "思想道德风险", "一级", "过问插手案件一律登记，查处结果公开。"),
        ]),
        ("苌霈琰", "副局长", "分管执法监察、耕地保护", [
            ("违法用地查处降格处理，以罚代拆", "岗位职责风险", "一级", "违法用地处罚决定集体审理，整改情况跟踪销号。"),
            ("补充耕地项目验收走过场", "业务流程风险", "二级", "验收邀请第三方参与，验收结果公示。"),
        ]),
        ("蔺翾岢", "副局长", "分管国土空间规划、测绘地理信息", [
            ("规划条件调整为开发企业谋利", "外部环境风险", "二级", "规划条件调整经规委会审议并公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, types_in(typ), GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 36, 12, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 8)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("执法监察股", "股长", "扈鋆澍", "middle", [
            ("疑似违法图斑核查结论不实，合法与违法混报", "岗位职责风险", "一级", "图斑核查两人以上，核查结论股室会审。"),
            ("违法案件立案、结案不按时限办理", "业务流程风险", "二级", "案件办理系统全程留痕，超期预警。"),
        ]),
        ("执法监察股", "执法队员", "綦翀垚", "general", [
            ("动态巡查发现违法用地不制止、不报告", "岗位职责风险", "二级", "巡查记录附现场影像，片区定期轮换。"),
            ("接受违法当事人宴请和礼品", "外部环境风险", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("国土空间规划股", "股长", "郄骞琮", "middle", [
            ("建设项目用地预审把关不严", "制度机制风险", "二级", "预审意见经股室集体审核。"),
        ]),
        ("办公室", "办公室主任", "妫璘浠", "middle", [
            ("公务用车和公务接待超标准", "制度机制风险", "三级", "派车单和接待清单按月公示。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "linyou_natural_resources_bureau_two_sheets", "http://zrzyghj.pds.gov.cn/contents/11947/2321.html",
        "县自然资源局 file in two sheets after the source's note on 土地卫片执法检查 (疑似违法图斑, 未批先建, 查处整改, 约谈): "
        "``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险类型/风险等级/防控措施) and ``股室`` "
        "(a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类型/风险等级/防控措施); ``…风险`` types; "
        "``一级/二级/三级``; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def linyou_registration_center_posts() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("排查表", [6, 12, 11, 18, 38, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("登记疑难事项审定", "对权属不清的疑难登记事项擅自拍板办理", "高风险", "疑难事项经中心集体会审，会审意见存档。"),
        ]),
        ("登记受理股", "窗口受理员", "general", [
            ("申请材料受理", "对材料不全的申请违规受理，或故意刁难申请人", "高风险", "一次性告知，受理材料清单化核对。"),
            ("登记信息查询", "违规向他人提供权利人登记信息", "中风险", "查询凭有效证件，查询记录留痕。"),
        ]),
        ("审核登簿股", "股长", "middle", [
            ("登簿审核", "审核把关不严，将错误事项记载于登记簿", "高风险", "实行初审、复审分离，登簿前系统校验。"),
        ]),
        ("审核登簿股", "审核员", "general", [
            ("实地查看", "实地查看走过场，接受申请人宴请", "中风险", "查看两人以上，现场拍照存档。"),
            ("办理时限", "故意拖延办理，索要好处", "低风险", "办理时限网上可查，超期自动预警。"),
        ]),
        ("档案股", "档案管理员", "general", [
            ("登记档案借阅", "违规借阅、复制登记档案", "低风险", "借阅审批登记，档案室双人管理。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, [], BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "linyou_registration_center_posts",
        "http://35331.cn/lhs_i2xiwtni901e01c01d01iinojenh80fjbp1rp0qfju9hmg8mip2ff2jzzod29hn01mff1gbsfjbnejrlcnesn4vk08_1.html",
        "县不动产登记中心 岗位廉政风险点排查表 对岗不对人, after the source's text on when 不动产登记 takes effect (登记簿, 申请, "
        "审核, 登簿, 发证): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; no names; an ``编制： | 审核： | 2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def linyou_geohazard_center_duties() -> dict:
    unit = f"{PLACE}地质灾害防治中心"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "幸骊峄", "leader", [
                ("治理工程项目安排", "地质灾害治理项目安排优亲厚友，不按隐患危险程度排序", "制度机制风险", "一级风险",
                 "项目库排序经中心集体研究，结果公示。"),
                ("治理工程结算审定", "对施工单位虚增工程量的结算签字认可", "思想道德风险", "一级风险", "结算送财政评审，审减情况通报。"),
            ]),
        ]),
        ("二、监测预警股", "监测预警股", [
            ("股长", "毋翯漪", "middle", [
                ("群测群防员管理", "虚报群测群防员人数，套取补助", "岗位职责风险", "一级风险", "人员名单和补助发放名册公示。"),
            ]),
            ("监测员", "阙砺桦", "general", [
                ("监测设备运维", "设备运维验收不实，与运维单位串通", "业务流程风险", "二级风险", "运维情况按月抽查，验收两人签字。"),
                ("隐患点巡查", "汛前排查走过场，排查记录造假", "岗位职责风险", "二级风险", "排查记录附定位影像。"),
            ]),
        ]),
        ("三、工程治理股", "工程治理股", [
            ("股长", "酆晔岺", "middle", [
                ("治理工程监理", "监理单位选定不公开", "外部环境风险", "二级风险", "监理单位竞争性选定，结果公开。"),
                ("切坡建房核查", "对切坡建房隐患核查不实", "业务流程风险", "三级风险", "核查结果乡镇、中心双签。"),
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
        "linyou_geohazard_center_duties", "http://www.lifeyk.com/html/2023-02/16/content_2456246.htm?div=-1",
        "县地质灾害防治中心 廉政风险防控责任清单 under GROUP ROWS ``一、中心领导`` … ``三、工程治理股`` merged across (no 股室 column), "
        "after the source's 汛前地质灾害风险排查 (防灾责任人, 群测群防员, 隐患点, 治理工程, 切坡建房, 监测设备): a title, then 序号/岗位 "
        "and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def linyou_jiuchenggong_resources_cards() -> dict:
    unit = f"{PLACE}九成宫镇自然资源所"
    t = _Truth(unit)
    cards = [
        ("所长", "蹇昀峤", "leader", "主持所内全面工作，负责土地管理和地质灾害防治", [
            ("农村宅基地审查意见把关不严", "★★★", "审查意见所务会研究，审查结果村组公示。"),
            ("对辖区违法占地制止不力，瞒报漏报", "★★", "违法占地台账按月上报县局。"),
        ]),
        ("副所长", "祁澐屹", "leader", "分管地质灾害防治和矿产资源管理", [
            ("地质灾害避险搬迁户认定不实", "★★★", "认定结果村、镇两级公示。"),
            ("对无证采砂采石处置不力", "★★", "巡查发现一律登记移送。"),
        ]),
        ("土地执法巡查员", "郦芃桦", "general", "负责辖区土地动态巡查和违法用地制止", [
            ("巡查发现违法建设不制止、不上报", "★★", "巡查记录附现场影像，所长随机抽查。"),
            ("收受建房户好处，放任超占", "★★★", "签订廉洁承诺，举报电话公开。"),
            ("节日期间收受村组礼品", "★", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, work, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "linyou_jiuchenggong_resources_cards", "https://www.enggeo.org/dizhi_82312",
        "九成宫镇自然资源所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 副所长, 土地执法巡查员), after the source's 地质灾害应急演练 "
        "with a 国土资源管理所 and its 所长 in the 指挥部: a title, ``姓　名 | … | 职　务 | …``, a merged ``工作职责`` line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def linyou_cuimu_resources_selfchecks() -> dict:
    unit = f"{PLACE}崔木镇自然资源所"
    t = _Truth(unit)
    people = [
        ("滑瑀峥", "所长", "leader", [
            ("主持所务", "卫片执法图斑整改销号不实", "岗位职责", "高", "整改销号附现场影像，县局复核。"),
            ("用地审查", "设施农业用地备案审查走过场", "制度机制", "中", "备案材料所务会审查。"),
        ]),
        ("鄂珺岫", "规划建设员", "general", [
            ("村庄规划", "为村民违规出具规划意见", "思想道德", "高", "规划意见所长复核签字。"),
            ("建房巡查", "对未批先建放任不管", "业务流程", "中", "巡查台账每周更新。"),
            ("测量放线", "放线时接受建房户宴请", "外部环境", "低", "放线两人以上，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 12, 34, 10, 9, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"单位：{unit}", None, None, None, None, None)
        sh.merge(r, 0, r, 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "填表时间", DATE)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防范措施")
        for i, (duty, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "linyou_cuimu_resources_selfchecks", "http://qingfengw.com/Township/info/7312",
        "崔木镇自然资源所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 乡 卫片执法 (巡逻, 制止, "
        "台账, 拆除违章建筑): a title, a merged ``单位：`` line, ``姓　名 | … | 职　务 | … | 填表时间 | …``, then 序号/``岗位职责``/"
        "风险点/风险类型 (short names)/风险等级 高/中/低/防范措施; a blank row and ``本人签字： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def linyou_emergency_enforcement_every_row() -> dict:
    unit = f"{PLACE}应急管理综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 12, 9, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "桓旻崧", "leader", "非煤矿山执法检查计划随意调整，放过重点企业", "制度机制", "Ⅰ级",
         "检查计划报局党组审定，双随机抽取。"),
        ("大队领导", "大队长", "桓旻崧", "leader", "行政处罚自由裁量畸轻畸重", "岗位职责", "Ⅰ级", "处罚决定集体讨论，裁量基准公开。"),
        ("执法一中队", "中队长", "晁锜渝", "middle", "对应急预案备案审查把关不严", "业务流程", "Ⅱ级", "备案材料两人审查，结果登记。"),
        ("执法一中队", "中队长", "晁锜渝", "middle", "向被检查企业推荐中介服务机构", "外部环境", "Ⅱ级", "严禁推荐中介，违者追责。"),
        ("执法一中队", "执法队员", "隆彦峋", "general", "检查中接受企业宴请，隐患记录降格", "思想道德", "Ⅲ级", "执法记录仪全程记录。"),
        ("执法一中队", "执法队员", "隆彦峋", "general", "执法文书填写不实", "岗位职责", "Ⅲ级", "文书法制审核，案卷评查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "linyou_emergency_enforcement_every_row",
        "http://www.liulin.gov.cn/llxxxgk/zfzcbm/xzfb/fgwj/gfxwj/202504/t20250428_1948654.shtml",
        "县应急管理综合行政执法大队 岗位廉政风险防控一览表, after the source's 县 非煤矿山 安全管理职责清单 (县应急局, 职责名称, 职责依据, "
        "应急预案备案): a title, then 序号/科室/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 (short names)/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def linyou_zhaoxian_resources_list() -> dict:
    unit = f"{PLACE}招贤镇自然资源所"
    sh = _Sheet("一览表", [6, 14, 38, 10, 9, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("所长", "满昶岍", "leader", [
            ("耕地占补平衡项目选址意见不实", "岗位职责", "Ⅰ", "选址意见所务会研究，报县局审核。"),
            ("所内经费报销审批“一支笔”", "制度机制", "Ⅱ", "大额支出集体研究，报销票据逐张审核。"),
        ]),
        ("地质灾害监测员", "卜翛樾", "general", [
            ("隐患点监测数据不按时上报，迟报漏报", "业务流程", "Ⅰ", "监测数据系统填报，超时自动提醒。"),
            ("群测群防员补助发放名单不实", "思想道德", "Ⅱ", "补助名单村组公示。"),
        ]),
        ("土地管理员", "羿湜瑗", "general", [
            ("土地变更调查数据弄虚作假", "岗位职责", "Ⅱ", "调查成果县局抽查复核。"),
            ("接受用地单位宴请", "外部环境", "Ⅲ", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, typ, lv, measures, who)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, None, 1, 6)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, DATE, None, None)
    return _layout(
        "linyou_zhaoxian_resources_list", "http://laughoutloudemails.com/zuowen/126939400.html",
        "招贤镇自然资源所 岗位廉政风险防控一览表, after the source's 县 地质灾害防治 report (重点防治区, 隐患点, 国土资源所“五到位”): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年8月`` line, then 序号/岗位 merged per post/风险点/"
        "风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任人`` column merged per person; a ``注：`` line on the "
        "grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linyou_emergency_bureau_icon_lights(),
    linyou_natural_resources_bureau_two_sheets(),
    linyou_registration_center_posts(),
    linyou_geohazard_center_duties(),
    linyou_jiuchenggong_resources_cards(),
    linyou_cuimu_resources_selfchecks(),
    linyou_emergency_enforcement_every_row(),
    linyou_zhaoxian_resources_list(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def icon_range(layout: dict) -> tuple[int, int, int, int]:
    """The harder list's 风险等级 cells: (first row, col, last row, col), 0-based."""
    rows = layout["sheets"][0]["rows"]
    body = [r for r, row in enumerate(rows) if row and isinstance(row[0], int)]
    return body[0], ICON_COL, body[-1], ICON_COL


def write_xlsx(layout: dict, path: Path) -> Path:
    """Each layout as ``batch44.write_xlsx`` writes it (borders, taller rows for wrapped cells);
    the harder one's 风险等级 cells then carry the icon set as a conditional format."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 8, 11, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        if layout["name"] == ICON_NAME:
            ws.conditional_format(*icon_range(layout), dict(ICON_RULE))
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch401-inbox"))

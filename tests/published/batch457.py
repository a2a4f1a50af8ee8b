"""The four-hundred-and-fifty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业 bodies,
镇安县 (商洛, Shaanxi) — the 县农业农村局, the 县农业技术推广中心, the 县畜牧兽医中心, the 县农村经营
管理站 and the 农业综合服务站 of four 镇 (回龙镇, 大坪镇, 米粮镇, 云盖寺镇) — each handing back the
一览表, 防控表, 责任清单, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 农业技术推广中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  an 编制/审核/date line under each;
- the 畜牧兽医中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、动物疫病防控科``, ``三、畜产品质量
  安全科`` merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 农村经营管理站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室; a 制表/审核/date line;
- the 回龙镇农业综合服务站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务
  | …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 大坪镇农业综合服务站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名
  | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 站长审核：``;
- the 米粮镇农业综合服务站's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点
  | 风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 云盖寺镇农业综合服务站's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…``
  line: ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``zhenan_agri_bureau_colon_points``: the 县农业农村局's 岗位廉政风险防控一览表, ordinary in its columns
  (a title, a merged ``填报单位：…　填报时间：…`` line, ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施``, ``股室`` merged, ``岗位`` and ``责任人`` merged per person, short
  types, 高/中/低) — but EVERY ``廉政风险点`` CELL IS WRITTEN ``短名：表现`` — the point's short name (the
  business item it lies in, as the 农机购置补贴 pages name their steps: ``补贴机具核验``, ``补贴资金
  兑付``, ``项目评审``) then a FULL-WIDTH COLON and, on the same line, the sentence of how it shows
  (``补贴机具核验：不到现场核验机具即签字确认，或为套补机具出具核验意见``). The heading is plain
  ``廉政风险点`` (it names no 表现形式); there is no description column. The README's 读得懂的表 knows a
  point and its description parted by a DASH in one cell (``风险点——表现形式``), by typed spaces, by a
  closing bracket the heading names, by rich text (bold point), by a line break under a heading
  ``风险点及表现形式``, labelled lines ``表现形式：…`` under the point, ``风险点：…　防控措施：…`` and
  ``针对“…”的风险：…`` in a measures cell, and a post or type written before a colon (``党总支书记：…``,
  ``思想道德风险：…``, where the point is the text AFTER the colon); it does not describe the point
  as the text BEFORE a colon with its 表现 after it. A search of every earlier batch's cells (a cell
  beginning ``<truth point>：`` and longer) finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (when 农机购置补贴 is paid out;
a province's plan for building the 基层农技推广 system — 农技人员, 示范基地, 考核; a province's rules
for 种畜禽生产经营许可证 — 审核, 发放; a question on the 三权分置 of contract land — 承包权, 经营权,
流转; a question on the share of rabbits sampled at 产地检疫; a 乡's 农技推广服务体系 plan; a question
on the subsidy for 1000 亩 of contracted land; a province's 畜牧 support policies) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names, three characters each); every unit is
a body of 镇安县, named with the county's name.

Run ``python tests/published/score.py --set batch457`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text BEFORE the full-width colon of the ``廉政风险点`` cell (the
  short name; the sentence after the colon is its description, as the README takes the part before
  a dash, before typed spaces or before a bracket of 表现), by the convention that a table having a
  short name and a long description gives the short name;
- ``中心领导`` (a sheet of the 农技推广中心's leaders, named so by its tab, and a group row of the 畜牧
  兽医中心) and ``局领导`` (a 股室 cell of the 农业农村局) are the 科室 of those leaders; a 局's 股 and
  办公室 and a 中心's 科 are 科室; a group row ``二、动物疫病防控科`` gives the 科室 ``动物疫病防控科``
  (its number left off); the 经管站's list and the four 镇 stations' files name no 科室: their 科室
  is "" and the 站 is the unit (``镇安县回龙镇农业综合服务站``, as the title and the cards' ``所在单位``
  write it);
- 局长, 副局长, a 中心's 主任 and 副主任, a 站's 站长 and 副站长 are leaders; 股长 and 科长 middle; the
  rest (科员, 会计, 农技员, 植保员, 检疫员, 农经员, 防疫员, 农机员, 畜牧员) general;
- ``风险点 | 风险表现`` (the 经管站's list): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 经管站's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch453).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b457_"
PLACE = "镇安县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
COLON = "："
DATE = "2025年11月"

# --------------------------------------------------------------------------- harder layout

COLON_NAME = "zhenan_agri_bureau_colon_points"
COLON_UNIT = f"{PLACE}农业农村局"
COLON_TAB = "一览表"
COLON_HEAD = ("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")

# (股室, 岗位, tier, 责任人, [(风险点 short name, 表现, 风险类型, 风险等级, 防控措施)])
COLON_ROWS = [
    ("局领导", "局长", "leader", "缑芃湉", [
        ("重大事项决策", "涉农项目安排、大额资金使用不经党组会集体研究", "制度机制", "高",
         "落实“三重一大”集体决策，会议纪要存档。"),
        ("干部选用", "股室负责人调整中打招呼、搞照顾", "思想道德", "中", "干部调整全程纪实，结果公示。"),
    ]),
    ("局领导", "副局长", "leader", "庹彧骞", [
        ("补贴资金兑付", "审签农机购置补贴资金时不核对公示名单，违规兑付", "业务流程", "高",
         "兑付名单与公示名单逐户比对，两人复核。"),
        ("项目评审", "高标准农田项目评审中为关系企业说情", "外部环境", "中", "评审专家随机抽取，回避登记。"),
    ]),
    ("农业机械股", "股长", "middle", "璩晞淯", [
        ("补贴机具核验", "不到现场核验机具即签字确认，或为套补机具出具核验意见", "岗位职责", "高",
         "机具现场核验拍照留存，铭牌与出厂编号比对。"),
        ("补贴申请受理", "对不符合条件的购机者违规受理、超范围补贴", "业务流程", "中", "受理条件公开，系统自动校验。"),
    ]),
    ("种植业股", "科员", "general", "郜蘅棣", [
        ("耕地地力补贴面积核实", "补贴面积不经入户核实，虚报冒领", "岗位职责", "高", "面积村组公示，抽查比对。"),
        ("良种推广", "指定种子经营单位，收受好处", "思想道德", "低", "推广品种集体研究，公开采购。"),
    ]),
    ("办公室", "会计", "general", "蒯溍筠", [
        ("专项资金支出", "涉农专项资金挤占挪用、虚列支出", "制度机制", "高", "专款专用，支出三级审核。"),
        ("票据报销", "报销票据审核不严，以虚假票据报账", "岗位职责", "低", "票据逐张审核，定期抽查。"),
    ]),
]  # fmt: skip


def zhenan_agri_bureau_colon_points() -> dict:
    unit = COLON_UNIT
    width = len(COLON_HEAD)
    sh = _Sheet(COLON_TAB, [6, 12, 9, 10, 48, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", width)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", width)
    sh.add(*COLON_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in COLON_ROWS:
        for name, shows, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, f"{name}{COLON}{shows}", typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, name, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        COLON_NAME, "https://m.xiaozhentang.com/gbszgjztfgbsgsgc",
        "(harder) 县农业农村局 岗位廉政风险防控一览表, after the source's page on when 农机购置补贴 is paid out (申请, 核验, "
        "兑付): a title, a merged ``填报单位：…　填报时间：2025年11月`` line, 序号/股室 merged (局领导, 农业机械股, 种植业股, "
        "办公室)/岗位 and 责任人 merged per person/``廉政风险点``/风险类型 (short names)/风险等级 高/中/低/防控措施 — EVERY "
        "point cell written ``短名：表现`` (the short name, a full-width colon, how it shows, on one line) under a plain "
        "``廉政风险点`` heading; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhenan_agritech_two_sheets() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("鄢翊芃", "主任", "主持全面工作，分管财务", [
            ("示范基地建设项目不经集体研究", "一级", "项目安排主任办公会审定，纪要存档。"),
            ("农技人员考核打人情分", "二级", "考核细则公开，结果公示。"),
        ]),
        ("阚湉彧", "副主任", "分管植保、土肥", [
            ("病虫害防控物资采购指定供应商", "一级", "物资政府采购，验收三方签字。"),
            ("测土配方施肥数据弄虚作假", "三级", "取样点位定位留痕，抽查复测。"),
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
        ("植保植检科", "科长", "郗骞晞", "middle", [
            ("植物检疫证书违规出具", "一级", "检疫两人以上，证书编号登记。"),
        ]),
        ("植保植检科", "植保员", "乜淯蘅", "general", [
            ("统防统治服务补助虚报面积", "一级", "作业面积村组公示，抽查核实。"),
            ("接受农资企业宴请", "三级", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("推广培训科", "科长", "芮棣溍", "middle", [
            ("高素质农民培训虚报人数", "一级", "学员实名签到，照片存档。"),
            ("培训机构遴选不公开", "二级", "遴选结果公示，接受监督。"),
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
        "zhenan_agritech_two_sheets",
        "https://abg.baidu.com/tags/xcr33kgkug57tmxdywu3zpgny246hn76z3y4zzopww62rspiz7xmjp55vde6rn55wc4a14",
        "县农业技术推广中心 廉政风险防控表 in two sheets, after the source's plan for the 基层农技推广 system (农技人员, 示范"
        "基地, 考核): ``中心领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施) and ``科室`` (a title, 序号/科室 merged (植保植检科, 推广培训科)/岗位 and 姓名 merged per person/风险点/风险"
        "等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def zhenan_livestock_group_rows() -> dict:
    unit = f"{PLACE}畜牧兽医中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "覃芃骞", "leader", [
                ("许可审批", "种畜禽生产经营许可审核降低条件", "制度机制风险", "一级风险", "许可条件公开，集体审核。"),
                ("物资采购", "兽用疫苗采购中收受回扣", "外部环境风险", "二级风险", "疫苗按省级招标结果采购。"),
            ]),
        ]),
        ("二、动物疫病防控科", "动物疫病防控科", [
            ("科长", "蔺晞湉", "middle", [
                ("强制免疫", "免疫密度统计弄虚作假", "岗位职责风险", "一级风险", "免疫档案抽查，血清抽检。"),
            ]),
            ("检疫员", "宓彧淯", "general", [
                ("产地检疫", "不到现场检疫即出具检疫证明", "业务流程风险", "一级风险", "检疫全程记录，证明电子出具。"),
                ("检疫收费", "违规收取检疫费用", "思想道德风险", "三级风险", "不收费事项公示，回访养殖户。"),
            ]),
        ]),
        ("三、畜产品质量安全科", "畜产品质量安全科", [
            ("科长", "邝蘅骞", "middle", [
                ("兽药饲料抽检", "抽检前透露信息，调换样品", "业务流程风险", "二级风险", "抽检计划保密，封样双人签字。"),
            ]),
            ("科员", "仇溍翊", "general", [
                ("病死畜禽无害化处理补助", "虚报处理数量套取补助", "岗位职责风险", "一级风险", "收集处理台账与保险理赔数据比对。"),
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
        "zhenan_livestock_group_rows",
        "https://abg.baidu.com/tags/zg63nk6kuhlnnuhty7o4t6vs7k7k3u5k2dw37sowute7howlw6rlprnq5s32q13",
        "县畜牧兽医中心 廉政风险防控责任清单, after the source's rules for 种畜禽生产经营许可证 (审核, 发放): a title, 序号/岗位/"
        "责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、动物疫病防控科``, ``三、畜产品质量安全科`` merged across (no 科室 column); 岗位 and 责任人 merged "
        "per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhenan_rural_economy_posts() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("土地流转纠纷调处", "调处承包地流转纠纷偏袒一方", "外部环境风险", "Ⅰ级", "调处两人以上，结果书面告知。"),
            ("集体资产审计", "对村集体“三资”审计发现的问题不处理", "制度机制风险", "Ⅱ级", "审计问题清单销号，报县纪委备案。"),
        ]),
        ("农经员", "general", [
            ("承包经营权登记", "违规变更承包经营权登记信息", "岗位职责风险", "Ⅰ级", "变更材料村组公示，两级审核。"),
            ("合同鉴证", "流转合同鉴证不审核即盖章", "业务流程风险", "Ⅲ级", "鉴证台账登记，定期抽查。"),
        ]),
        ("会计", "general", [
            ("村级账务代理", "代理记账中为村干部虚列开支", "业务流程风险", "Ⅱ级", "原始凭证村务监督委员会签字。"),
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
        "zhenan_rural_economy_posts",
        "https://www.zhetiaohe.com/ss/e78e261dc454324e4479dbd81e79ee9be0a8b9427dde1fceab5f299f15baf2c1b6e9e00ad9c7eeb1ab9dc0da0979ec1e.html",
        "县农村经营管理站 岗位廉政风险点排查表 对岗不对人, after the source's question on the 三权分置 of contract land "
        "(承包权, 经营权, 流转): a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhenan_huilong_station_cards() -> dict:
    unit = f"{PLACE}回龙镇农业综合服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "亓翊晞", "leader", [
            ("农业项目申报把关不严", "★★★", "申报材料村级公示，站长复核。"),
            ("救灾物资分配优亲厚友", "★★", "分配名单公示，接受监督。"),
            ("接受养殖户宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("副站长", "厍淯骞", "leader", [
            ("产地检疫抽检比例不足即出证", "★★★", "抽检记录拍照留存，月报核对。"),
            ("防疫员补助发放不实", "★★", "补助名单公示，按月核对。"),
        ]),
        ("防疫员", "岑蘅湉", "general", [
            ("免疫耳标发放不登记", "★★", "耳标领用登记，台账核对。"),
            ("泄露养殖户信息", "★", "信息保密承诺，查询留痕。"),
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
        "zhenan_huilong_station_cards",
        "https://www.zhetiaohe.com/ss/d2b1094de85b9b173695c8562d5728cff253c1c05a05eea0e3092e0f396417a9.html",
        "镇农业综合服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 副站长, 防疫员), after the source's question on "
        "the share of rabbits sampled at 产地检疫: a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def zhenan_daping_station_selfchecks() -> dict:
    unit = f"{PLACE}大坪镇农业综合服务站"
    t = _Truth(unit)
    people = [
        ("冼棣骞", "站长", "leader", [
            ("农技推广补助项目验收走过场", "高风险", "验收两人以上，现场拍照。", "已落实"),
            ("示范户遴选不公开", "高风险", "遴选结果村级公示。", "未发现问题"),
            ("站内考勤不实", "中风险", "考勤签到表按月上报。", "已落实"),
        ]),
        ("昝湉淯", "农技员", "general", [
            ("发放良种、农药时截留", "中风险", "发放清单签字，村组公示。", "未发现问题"),
            ("农情数据报送弄虚作假", "低风险", "数据实地核实，抽查回访。", "已落实"),
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
        "zhenan_daping_station_selfchecks",
        "https://abg.baidu.com/tags/giydcmwe5k3lzqfnz7t4lkn4xtg4nopdw77m54om4xh3lpnizhum73wex7fllsvjw663boa11",
        "镇农业综合服务站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 乡 plan for "
        "the 农技推广服务体系 (农技员, 示范户, 补助): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def zhenan_miliang_station_every_row() -> dict:
    unit = f"{PLACE}米粮镇农业综合服务站"
    sh = _Sheet("清单", [6, 16, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "靳骞芃", "leader", "种粮补贴面积汇总不核实", "Ⅰ", "面积清册村组公示，站长审签。"),
        ("站长", "靳骞芃", "leader", "土地流转奖补申报把关不严", "Ⅱ", "流转合同逐份核对，集体研究。"),
        ("农经员", "濮晞棣", "general", "村级财务代理记账不规范", "Ⅰ", "凭证审核登记，季度公开。"),
        ("农经员", "濮晞棣", "general", "承包地面积登记差错不更正", "Ⅲ", "变更材料留存，定期核查。"),
        ("农机员", "眭淯翊", "general", "农机补贴机具核验不到现场", "Ⅱ", "核验拍照上传，抽查回访。"),
        ("农机员", "眭淯翊", "general", "泄露购机户信息", "Ⅲ", "信息保密承诺，查询留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "zhenan_miliang_station_every_row",
        "https://www.zhetiaohe.com/ss/b1676081c8da284227a6b37296e264f9466cf0ece32c52cd554e0d3b89fc537716ad9fd6c806ffb4.html",
        "镇农业综合服务站 廉政风险防控清单, after the source's question on the subsidy for 1000 亩 of contracted land (种粮"
        "补贴, 流转): a title, then 序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column, no 科室 column; a merged ``注：`` line on the numerals and a 填表人/审核人/date "
        "line",
        [sh], t,
    )  # fmt: skip


def zhenan_yungaisi_station_list() -> dict:
    unit = f"{PLACE}云盖寺镇农业综合服务站"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "郦芃蘅", "leader", [
            ("畜牧产业扶持资金申报审核不严", "岗位职责", "高", "申报材料公示，两级审核。"),
            ("调解养殖纠纷中接受请托", "思想道德", "中", "调解结果公开，接受监督。"),
        ]),
        ("畜牧员", "逄溍晞", "general", [
            ("能繁母牛补贴存栏数虚报", "业务流程", "高", "存栏入户核实，耳标比对。"),
        ]),
        ("农技员", "饶湉棣", "general", [
            ("地膜、化肥补贴物资发放不登记", "制度机制", "低", "发放签字登记，村组公示。"),
            ("接受农户礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
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
        "zhenan_yungaisi_station_list", "https://um.sanwen.net/special/pzvknf.html",
        "镇农业综合服务站 岗位廉政风险防控一览表, after the source's page on a province's 畜牧 support policies (能繁母牛, "
        "扶持资金): ``附件1``, a title, a merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenan_agri_bureau_colon_points(),
    zhenan_agritech_two_sheets(),
    zhenan_livestock_group_rows(),
    zhenan_rural_economy_posts(),
    zhenan_huilong_station_cards(),
    zhenan_daping_station_selfchecks(),
    zhenan_miliang_station_every_row(),
    zhenan_yungaisi_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch457-inbox"))

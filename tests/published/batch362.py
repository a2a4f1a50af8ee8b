"""The three-hundred-and-sixty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 水务
bodies, 灞桥区 (a district of 西安 on the 浐河 and the 灞河, its staff Han) — the 水务局, two
河道管理站 (浐河, 灞河), the 水土保持工作站, the 供水管理所, the 水政监察大队 and two 街道水利站
(席王, 新筑) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS
or Excel:

- the 水务局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader, under a
  title naming the 领导班子, no 科室 column) and ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged
  per person), ``一级/二级/三级``, no type column, a 制表/审核/date line under each;
- the 浐河河道管理站's 一览表 under GROUP ROWS ``一、站领导``, ``二、河道巡查股``, ``三、工程管理股``
  merged across (no 股室 column): ``岗位 | 姓名`` merged per person (two 巡查员 of one post), short
  types, 高/中/低, a 填表人/审核人/date line;
- the 水土保持工作站's 排查表 对岗不对人: ``股室`` merged (站领导, 监督股, 治理股, 综合股), ``岗位``
  merged per post, a short ``风险点`` beside a long ``表现形式``, ``…风险`` types, ``★★★/★★/★`` read
  by a ``注：`` line; no names; an 编制/审核/date line;
- the 供水管理所's 防控卡, one sheet a holder (tabs 所长, 收费股股长, 抄表员): TWO ROWS of pairs
  ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 卡　号 | …`` above ``序号 | 风险点 | 风险等级 |
  防控措施``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``持卡人（签字）： | … | 所长（签字）：``;
- the 席王街道水利站's 自查表, one sheet a person (tabs by post: 站长, 水利员, 管水员): a LABEL ROW
  ``姓　名 | 职　务 | 参加工作时间 | 填表日期`` over a row of values, then ``序号 | 岗位职责 | 风险点 |
  风险类型 | 风险等级 | 防范措施`` (``岗位职责`` merged over its rows), short types,
  ``高风险/中风险/低风险``, ``本人签字： | 站长审核：``; the 站 has no 股室;
- the 水政监察大队's 责任清单: ``责任中队`` merged (大队领导, 一中队, 二中队), ``岗位`` and ``责任人``
  merged per person, ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/
  三级风险``, the measures and a LAST ``责任领导`` column naming the 大队长 on every row;
- the 新筑街道水利站's 一览表 under ``附件1`` and a merged ``填报单位（盖章）：…　填报时间：…`` line:
  ``岗位 | 姓名`` merged per person (no 股室 column), bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type
  column, a 填表人/审核人/站长（签字） line.

One is harder:

- ``bachiao_bahe_river_station_three_tier_measures``: the 灞河河道管理站's 岗位廉政风险防控一览表
  whose MEASURES ARE SPLIT BY WHO CARRIES THEM OUT, the ``三级防控`` of the source: under a two-row
  heading, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级`` merged down both rows, then
  ``防控措施（三级防控）`` merged across three sub-columns ``岗位自控 | 股室监控 | 站级防控`` — what
  the holder does himself, what his 股室 checks, what the 站 (its 站务会 and leaders) does. Every
  row fills all three (a leader's ``股室监控`` is ``/``: no 股室 stands above him); a ``注：`` line
  says the measures are carried out at the three tiers. The sub-headings BEGIN with the words of
  the post and the 科室 columns (``岗位…``, ``股室…``) while the real ``岗位`` and ``股室`` columns
  stand to the left, merged down the two heading rows. The README's 读得懂的表 knows measures split
  by time (``事前 | 事中 | 事后``), by kind (``制度措施 | 监督措施``), by status (``现有防控措施 |
  拟新增防控措施``), by the level of the risk (``分级防控措施`` over ``一级风险 | 二级风险 | 三级风险``,
  which sets the level), one measure a row, and a ``防控措施：…`` row under a person's points; it
  says that sub-columns with a meaning of their own (``责任人`` over ``直接责任人 | 领导责任人``) are
  read as such. It does not describe measures split by the tier that carries them out, whose
  sub-headings name a post or a 科室 (``岗位自控``, ``股室监控``) but hold sentences.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县水利局's 招投标 工作会 — 相关股室,
围标串标, 转包, 违法分包, 行业监管; a 县江河管理站's 年初 部署 — 河道隐患排查, 涉河项目 巡查, ``四乱``,
非法采砂, 即时立改; a 水土保持补偿费 explainer — 征收对象, 征收标准, 申请登记, 评估监测, 征收补偿,
使用监督; a 县 农村供水 水价 改革 — 定价机制, 预缴费智能水表, 收费网点, 收费公示牌; a 村 管水员 piece
— 查水表, 水表井, 读数异常, 跑冒滴漏, 用水计量; a 市水利局's 河道采砂 联合执法 — 建材经营部, 无合法来源
河砂, 案件评查; a 县 农村供水工程水费收缴工作方案 — 一户一表, 水价核定, 收费方式, 宣传, 监督考核; a
plant's 工程项目 岗位廉政风险防控体系 — 岗位为点、程序为线、制度为面, 个人、处（科）and 厂 层面 of
control) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 灞桥区, named with the district's name.

Run ``python tests/published/score.py --set batch362`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the ``廉政风险点`` cell; ``岗位自控``, ``股室监控`` and ``站级防控``
  are three parts of the row's measures: no post, no 科室, no person and no point (``/`` neither);
  the holder is the row's ``股室 | 岗位 | 姓名``;
- ``站领导``, ``所领导`` and ``大队领导`` (a 股室/中队 cell, a group row, a card's 所在股室) are the
  科室 of those leaders; the 水务局's ``局领导`` sheet has no 科室 column and its title names the
  领导班子, so its leaders have no 科室 (""); a 局's and a 站's and a 所's 股 (办公室 too), a 大队's 中队
  are 科室; a group row ``二、河道巡查股`` gives the 科室 ``河道巡查股`` (its number left off); the two
  街道水利站 name no 股室: their forms have no 科室;
- every 局, 站, 所 and 大队 here is a unit of its own: 局长, 副局长, 站长, 副站长, 所长, 大队长 are
  leaders; 股长, 办公室主任 (written ``主任``), 中队长 middle; the rest (科员, 会计, 出纳, 巡查员,
  技术员, 监督员, 抄表员, 水利员, 管水员, 执法队员) general;
- ``风险点 | 表现形式``: the point is the short 风险点; ``分管工作``, ``职责事项``, ``岗位职责``, ``卡　号``
  and ``参加工作时间`` are no points and name no holder; the 水政监察大队's LAST ``责任领导`` column
  names a supervisor (the holder is ``责任人``); the 水土保持工作站's list names no person: its forms
  are posts (对岗不对人);
- ``一级/二级/三级``, ``高/中/低``, ``★★★/★★/★`` (read by the note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b362_"
PLACE = "灞桥区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

TIER_UNIT = f"{PLACE}灞河河道管理站"
TIER_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施（三级防控）")
TIER_SUBHEAD = ("岗位自控", "股室监控", "站级防控")
# (股室, 岗位, 姓名, tier, [(廉政风险点, 等级, 岗位自控, 股室监控, 站级防控)])
TIER_ROWS = [
    ("站领导", "站长", "笪璠晞", "leader", [
        ("河道疏浚、堤防维修项目不经站务会研究，直接指定施工队伍", "高",
         "带头执行“三重一大”制度，不私下接触施工单位。", "/",
         "项目经站务会集体研究，报区水务局备案，结果公示。"),
        ("涉河建设项目审查中为熟人项目说情打招呼", "高",
         "说情打招呼事项如实登记报告。", "/", "审查意见集体会商，纪检人员列席。"),
    ]),
    ("站领导", "副站长", "缑瀞岚", "leader", [
        ("河道采砂许可现场核查走过场，放宽开采范围", "高",
         "现场核查两人以上，拍照定位存档。", "/", "许可结果在站务公开栏公示，站长抽查复核。"),
        ("防汛物资采购验收把关不严", "中",
         "严格按清单验收，验收单签字留存。", "/", "物资入库由办公室和财务共同核对。"),
    ]),
    ("河道巡查股", "股长", "璩翾沛", "middle", [
        ("巡查发现的“四乱”问题压案不报、降格处理", "中",
         "巡查问题当日录入台账。", "股室每周核对巡查台账与整改记录。", "站领导每月随机复查问题点位。"),
    ]),
    ("河道巡查股", "巡查员", "蒉琬姝", "general", [
        ("巡查中收受非法采砂、倾倒人员好处，通风报信", "高",
         "签订廉洁承诺，巡查路线不提前告知。", "股长不定期调整巡查路段和人员。", "设立举报电话，线索由站领导督办。"),
        ("巡查记录弄虚作假，未到现场即填报", "低",
         "巡查轨迹实时上传。", "股长每周比对轨迹和记录。", "站里按季度通报巡查考核结果。"),
    ]),
    ("工程管理股", "技术员", "郦昀澈", "general", [
        ("堤防维修工程量签证虚增", "中",
         "签证与现场测量数据一致，照片存档。", "股长复核工程量签证。", "结算前由站领导组织联合验收并送审计。"),
    ]),
    ("综合股", "会计", "宓珩澜", "general", [
        ("河道管护经费报销审核不严，虚列支出", "中",
         "票据逐张审核，手续不全不予报销。", "股长按月核对经费台账。", "大额支出站务会研究，年度接受审计。"),
    ]),
]  # fmt: skip


def bachiao_bahe_river_station_three_tier_measures() -> dict:
    unit = TIER_UNIT
    sh = _Sheet("一览表", [6, 11, 8, 9, 34, 8, 26, 26, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    r = sh.add(*TIER_HEAD, None, None)
    sh.add(*([None] * 6), *TIER_SUBHEAD)
    for c in range(6):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 6, r, 8)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in TIER_ROWS:
        for point, lv, own, office, station in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, own, office, station)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：防控措施按“岗位自控、股室监控、站级防控”三级落实，各级对本级措施负责。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年9月", None)
    return _layout(
        "bachiao_bahe_river_station_three_tier_measures",
        "http://m.jizihe.com/page/2018/0109/2668353.shtml",
        "(harder) 区河道管理站 岗位廉政风险防控一览表 whose measures are split by the tier that carries them out, after the "
        "source's 工程项目 岗位廉政风险防控体系 (岗位为点、程序为线、制度为面; 个人、处（科）and 厂 层面): a title, a TWO-ROW heading "
        "— 序号/股室/岗位/姓名/廉政风险点/风险等级 merged down both rows, then ``防控措施（三级防控）`` merged across the "
        "sub-columns ``岗位自控 | 股室监控 | 站级防控`` (sentences; a leader's 股室监控 ``/``); 股室 merged, 岗位 and 姓名 merged "
        "per person; 高/中/低; no type column; a ``注：`` line on the three tiers and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def bachiao_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "邰泓湜", "主持全面工作，分管财务和水利工程建设", [
            ("水利工程招标中干预评标，为特定企业中标打招呼", "一级", "招标全流程进入公共资源交易平台，领导干预登记报告。"),
            ("大额资金支出个人拍板，不经党组会研究", "一级", "落实“三重一大”集体决策制度，会议纪要存档。"),
        ]),
        ("副局长", "郏骞溦", "分管河湖管理、水资源和水土保持", [
            ("取水许可审批中降低条件、违规审批", "二级", "审批条件公开，实行股室初审、分管领导审核两级把关。"),
            ("河湖“四乱”问题查处中选择性执法", "二级", "查处结果在政务网公示，接受社会监督。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("股室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "酆琰湫", "middle", [
            ("公务接待超标准，虚开接待费用", "三级", "接待事前审批，接待清单按月公示。"),
            ("公车加油、维修费用审核不严", "二级", "一车一卡，维修实行定点和事前审批。"),
        ]),
        ("水利建设股", "股长", "蓟浥尘", "middle", [
            ("工程设计变更审核不严，变相增加投资", "一级", "设计变更经专家论证和局党组会研究。"),
            ("工程质量验收降低标准", "二级", "验收由建设、监理、质监多方参加，资料存档。"),
        ]),
        ("水资源管理股", "科员", "夔昱霖", "general", [
            ("水资源费核定中少核少征", "二级", "按计量数据核定，核定结果复核。"),
        ]),
        ("财务股", "会计", "仝璆澄", "general", [
            ("项目资金拨付不按合同进度，提前或超额支付", "一级", "拨付凭证经建设股和分管领导审核会签。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "bachiao_water_bureau_two_sheets",
        "http://www.hengdong.gov.cn/zwgk/xzfbmxxgkml/slj/gzjz/20210610/i2396106.html",
        "区水务局 廉政风险防控表 in two sheets, after the source's 水利局 招投标 工作会 (相关股室, 围标串标, 转包, 违法分包, 行业监管): "
        "``局领导`` (a title naming the 领导班子, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; a 制表/审核/date line) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/…; the same line); "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def bachiao_chanhe_river_station_group_rows() -> dict:
    unit = f"{PLACE}浐河河道管理站"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "阙瀚禛", "leader", [
                ("涉河建设项目巡查中对违规施工不制止、不上报", "岗位职责", "高", "涉河项目巡查结果报区水务局备案。"),
                ("河道管护经费使用不经站务会研究", "制度机制", "中", "经费使用站务会研究，按季公开。"),
            ]),
            ("副站长", "粟曦芃", "leader", [
                ("隐患整改验收中收受施工单位礼品", "思想道德", "中", "整改验收两人以上，签订廉洁承诺。"),
            ]),
        ]),
        ("二、河道巡查股", "河道巡查股", [
            ("股长", "厍珏澋", "middle", [
                ("夜间巡查安排不到位，为非法采砂留出空档", "业务流程", "高", "夜间巡查排班表报站领导审定，随机调整。"),
            ]),
            ("巡查员", "乜婠淼", "general", [
                ("对熟人乱堆乱建行为睁一眼闭一眼", "外部环境", "中", "巡查问题拍照上传，股长抽查。"),
            ]),
            ("巡查员", "昝暄珂", "general", [
                ("即时立改问题未整改即销号", "岗位职责", "低", "销号前复查现场并留存照片。"),
            ]),
        ]),
        ("三、工程管理股", "工程管理股", [
            ("技术员", "鞠瀛翊", "general", [
                ("管护设施维修材料数量虚报", "业务流程", "低", "材料出入库登记，维修后拍照核对。"),
                ("水毁工程核灾数据不实", "岗位职责", "中", "核灾数据两人现场核实并签字。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "bachiao_chanhe_river_station_group_rows",
        "http://lueyang.gov.cn/lyxzf/lyxwzx/bmdt/202603/f07bc1384411450cb31a655f9f3cef28.shtml",
        "区河道管理站 岗位廉政风险防控一览表, after the source's 县江河管理站 年初 部署 (河道隐患排查, 涉河项目 巡查, 四乱, 非法采砂, "
        "即时立改): a title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、河道巡查股``, ``三、工程管理股`` merged across (no 股室 column); 岗位 and 姓名 merged per person, two "
        "巡查员 under one post; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def bachiao_soil_conservation_posts() -> dict:
    unit = f"{PLACE}水土保持工作站"
    sh = _Sheet("排查表", [6, 10, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "表现形式", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("治理项目安排", "小流域治理项目安排向关系村组倾斜", "制度机制风险", "★★★", "项目安排经站务会研究并公示。"),
            ("补偿费减免", "违规减免或缓缴水土保持补偿费", "岗位职责风险", "★★★", "减免事项集体研究，报区水务局审核。"),
        ]),
        ("监督股", "股长", "middle", [
            ("方案审查", "水土保持方案审查中为编制单位说情", "外部环境风险", "★★", "技术审查由专家库随机抽取专家。"),
        ]),
        ("监督股", "监督员", "general", [
            ("现场检查", "对扰动面积、弃渣情况检查不实", "岗位职责风险", "★★", "现场检查两人以上，影像资料存档。"),
            ("补偿费核定", "扰动面积少核少算，造成补偿费少征", "业务流程风险", "★★★", "核定面积图斑复核，核定单双人签字。"),
        ]),
        ("治理股", "技术员", "general", [
            ("治理工程验收", "淤地坝、梯田工程量验收不实", "业务流程风险", "★★", "验收邀请村组代表参加，结果公示。"),
        ]),
        ("综合股", "出纳", "general", [
            ("资金支付", "治理项目资金未按审批支付", "思想道德风险", "★", "支付凭证经股长、站长审签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "bachiao_soil_conservation_posts",
        "https://bkwk.cn/article/sgstbcbcfljzcshlsqs-a17735620.html",
        "区水土保持工作站 岗位廉政风险点排查表 对岗不对人, after the source's 水土保持补偿费 explainer (征收对象, 征收标准, 申请登记, "
        "评估监测, 征收补偿, 使用监督): a title, 序号/股室 merged (站领导, 监督股, 治理股, 综合股)/岗位 merged per post/a short "
        "风险点/a long ``表现形式``/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; no names; a ``注：`` line on the stars and "
        "an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def bachiao_water_supply_cards() -> dict:
    unit = f"{PLACE}供水管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "帅玹翎", "所长", "所领导", "leader", "GS-01", [
            ("水价调整方案测算不经集体研究", "Ⅰ级", "水价测算资料集体审核，按程序报批。"),
            ("供水管网改造工程指定施工单位", "Ⅰ级", "改造工程按限额标准招标或比选。"),
            ("收费网点设置向熟人倾斜", "Ⅱ级", "网点设置方案所务会研究并公示。"),
        ]),
        ("收费股股长", "糜沚苒", "股长", "营业收费股", "middle", "GS-05", [
            ("水费减免、核销审核把关不严", "Ⅰ级", "减免核销逐户审核，报所长审批。"),
            ("收费公示牌内容不全、更新不及时", "Ⅲ级", "公示内容按月检查，投诉电话长期公开。"),
        ]),
        ("抄表员", "邝滢栩", "抄表员", "营业收费股", "general", "GS-12", [
            ("抄表估抄、漏抄，人情少抄水量", "Ⅱ级", "智能水表数据与人工抄表比对。"),
            ("上门收费截留、挪用水费", "Ⅰ级", "收费一律开具票据，当日缴存。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, card, points in cards:
        sh = _Sheet(tab, [10, 34, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在股室", dept, f"卡{GAP}号", card)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "bachiao_water_supply_cards",
        "http://www.shuibiao.com.cn/news/show.php?itemid=36425",
        "区供水管理所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 收费股股长, 抄表员), after the source's 县 农村供水 水价 改革 "
        "(定价机制, 预缴费智能水表, 收费网点, 收费公示牌): a title, TWO ROWS of pairs ``姓　名 | … | 职　务 | …`` and ``所在股室 | … "
        "| 卡　号 | …``, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; ``持卡人（签字）： | … | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def bachiao_xiwang_water_station_selfchecks() -> dict:
    unit = f"{PLACE}席王街道水利站"
    t = _Truth(unit)
    people = [
        ("站长", "巴澪琛", "站长", "leader", "2008年7月", [
            ("负责辖区农田水利工程和防汛工作", [
                ("小型农田水利工程项目申报材料不实", "制度机制", "高风险", "申报材料经街道审核，项目清单公示。"),
                ("防汛物资发放登记不全", "业务流程", "中风险", "物资发放逐项登记，领取人签字。"),
            ]),
        ]),
        ("水利员", "寇霂彦", "水利员", "general", "2016年9月", [
            ("负责机井、渠道等设施的巡查管护", [
                ("设施维修费用虚报冒领", "岗位职责", "中风险", "维修前后拍照，费用经站长审核。"),
            ]),
            ("负责农业用水计量统计", [
                ("用水计量数据人情调整", "思想道德", "低风险", "计量数据与电表读数比对。"),
            ]),
        ]),
        ("管水员", "晏淯翀", "管水员", "general", "2019年3月", [
            ("负责查水表、收水费", [
                ("查水表时读数异常不核实即登记", "岗位职责", "中风险", "异常读数上门复核，登记原因。"),
                ("水费收取后不及时上交", "外部环境", "高风险", "水费当月上交，收支按季公布。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, since, duties in people:
        sh = _Sheet(tab, [6, 20, 34, 10, 10, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"职{GAP}务", "参加工作时间", "填表日期", None, None)
        sh.add(who, post, since, "2025年9月", None, None)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防范措施")
        n = 0
        for duty, points in duties:
            recs = []
            for point, typ, lv, measures in points:
                n += 1
                recs.append([n, duty, point, typ, lv, measures])
                t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
            sh.records(recs, merge_cols=(1,))
        sh.add("本人签字：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "bachiao_xiwang_water_station_selfchecks",
        "http://www.watermeter.net.cn/news/jiliangxinwen/3/13828.html",
        "区街道水利站 岗位廉政风险自查表, one sheet per person (tabs by post), after the source's 村 管水员 piece (查水表, 水表井, "
        "读数异常, 跑冒滴漏, 用水计量): a title, a LABEL ROW ``姓　名 | 职　务 | 参加工作时间 | 填表日期`` over a row of values, then "
        "序号/``岗位职责`` merged over its rows/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防范措施; "
        "``本人签字： | 站长审核：``; no 股室",
        sheets, t,
    )  # fmt: skip


def bachiao_water_inspection_duties() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 18, 34, 13, 10, 30, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "责任中队", "岗位", "责任人", "职责事项", "廉政风险点", "风险类别", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    chief = "缪湝雯"
    rows = [
        ("大队领导", "大队长", chief, "leader", [
            ("案件审核", "重大水事案件处罚决定不经集体讨论", "制度机制风险", "一级风险", "重大案件集体讨论，法制审核。"),
            ("执法力量调配", "联合执法行动前泄露检查信息", "思想道德风险", "二级风险", "行动方案保密，临时通知出发。"),
        ]),
        ("一中队", "中队长", "逄沨昉", "middle", [
            ("河砂来源检查", "对建材经营部无合法来源河砂不予查处", "岗位职责风险", "一级风险", "检查情况全程记录，结果报大队。"),
        ]),
        ("一中队", "执法队员", "冼湜霏", "general", [
            ("现场取证", "取证不全，为当事人开脱", "业务流程风险", "二级风险", "执法记录仪全程开启，两人取证。"),
            ("暂扣设备管理", "暂扣采砂设备私自放行", "外部环境风险", "一级风险", "暂扣设备登记入库，放行需审批。"),
        ]),
        ("二中队", "执法队员", "蹇瀞淳", "general", [
            ("普法宣传", "宣传物资发放不实，虚报数量", "业务流程风险", "三级风险", "物资发放签收，照片存档。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年9月", None, None)
    return _layout(
        "bachiao_water_inspection_duties",
        "https://www.qingxin.gov.cn/zwgk/xxgk/zfxxgkml/qt/bmdt/content/post_1964444.html",
        "区水政监察大队 廉政风险防控责任清单, after the source's 市水利局 河道采砂 联合执法 (建材经营部, 无合法来源河砂, 设点宣传, "
        "案件评查): a title, 序号/``责任中队`` merged (大队领导, 一中队, 二中队)/岗位 and 责任人 merged per person/``职责事项``/"
        "廉政风险点/风险类别 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``责任领导`` column naming the 大队长 on "
        "every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def bachiao_xinzhu_water_station_list() -> dict:
    unit = f"{PLACE}新筑街道水利站"
    sh = _Sheet("一览表", [6, 10, 9, 40, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年9月", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "羿湑琨", "leader", [
            ("农村供水工程维修项目不比选，指定维修队伍", "Ⅰ", "维修项目按规定比选，结果在村务公开栏公示。"),
            ("水价核定材料把关不严", "Ⅱ", "水价核定资料报街道和区水务局审核。"),
        ]),
        ("副站长", "郗瀞珂", "leader", [
            ("一户一表改造中优先安排关系户", "Ⅱ", "改造计划按村组排序并公示。"),
        ]),
        ("水利员", "阚瑢洵", "general", [
            ("智能水表安装数量虚报", "Ⅰ", "安装清单逐户核对，用户签字确认。"),
            ("水费收缴台账登记不全", "Ⅲ", "台账按月核对，站长抽查。"),
        ]),
        ("会计", "谯珧渟", "general", [
            ("水费收入未及时入账", "Ⅱ", "收入当日登记，按周缴存。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 6)
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None)
    return _layout(
        "bachiao_xinzhu_water_station_list", "http://bbs.mzzpw.net/jxfw/202507/290214.html",
        "区街道水利站 岗位廉政风险防控一览表, after the source's 县 农村供水工程水费收缴工作方案 (一户一表, 水价核定, 收费方式, 宣传, "
        "监督考核): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位 and 姓名 merged per "
        "person (no 股室 column)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a ``注：`` line on the grades and a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bachiao_bahe_river_station_three_tier_measures(),
    bachiao_water_bureau_two_sheets(),
    bachiao_chanhe_river_station_group_rows(),
    bachiao_soil_conservation_posts(),
    bachiao_water_supply_cards(),
    bachiao_xiwang_water_station_selfchecks(),
    bachiao_water_inspection_duties(),
    bachiao_xinzhu_water_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch362-inbox"))

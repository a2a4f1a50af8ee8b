"""The four-hundred-and-nineteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 教育 bodies,
子长市 (a county-level city of 延安 in the loess hills of northern 陕西, its staff Han) — the
市教育局, the 子长中学, the 实验小学, the 市教学研究室 and the 中心小学 of four of its towns (玉家湾镇,
安定镇, 杨家园则镇, 李家岔镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its
staff typed in WPS or Excel:

- the 教育局's 一览表 under GROUP ROWS ``一、局领导``, ``二、人事股``, ``三、计划财务股``, ``四、基础教育股``
  merged across (no 股室 column): ``岗位 | 姓名`` merged per person, ``…风险`` types,
  ``一级风险/二级风险/三级风险``, a 填表人/审核人/date line;
- the 子长中学's 防控卡, one sheet a holder (tabs named by the post): ``持卡人 | … | 职　务 | …`` over
  ``所在处室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``持卡人（签字）： | … | 校长（签字）：``;
- the 教学研究室's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 玉家湾镇中心小学's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 | …``
  over ``所在处室 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施``
  (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … | 校长审核：``;
- the 安定镇中心小学's 责任清单: ``处室`` merged, ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, short types, 高/中/低, a 制表/审核/date line;
- the 杨家园则镇中心小学's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out
  on EVERY row (nothing merged, no 处室 column): ``岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级 |
  防控措施`` — the TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 李家岔镇中心小学's file in two sheets: ``校领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``处室`` (``处室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each.

One is harder:

- ``zichang_experimental_primary_dept_tags``: the 实验小学's 岗位廉政风险防控一览表 with NO 处室 COLUMN,
  the 处室 of every row written as a TAG IN SQUARE BRACKETS at the head of the point's own cell:
  ``【教务处】学籍变更、转学手续审核把关不严`` under ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``, ``岗位`` and ``姓名`` merged per person. The posts alone do not tell the 处室:
  three of them are the same word ``主任`` (of the 教务处, the 德育处 and the 总务处), two the same
  ``干事`` (of the 教务处 and the 德育处) — only the tag does; the two leaders' points carry
  ``【校长室】``. A merged ``注：风险点前【】内为该岗位所在处室。`` line under the table says what the tag
  is; a title, a merged ``填报单位：…　填报时间：2025年9月`` line above and a 填表人/审核人/date line
  below. The shape is about WHERE THE DEPARTMENT IS GIVEN: inside the point's cell, before the point,
  in 【】. The README's 读得懂的表 knows the 科室 in a column (merged or not, headed or guessed), in group
  rows ``一、办公室`` and blocks ``党政办公室　主任：…``, in a column with no heading merged beside each
  part, in the tab's name, the title, a 填报科室 line, a ``科室⏎岗位　姓名`` box, a tree of indents or
  codes, typed into the post (``财务科-出纳``, ``秘书科机要员``, ``办公室/出纳``), as codes explained in a
  note (``DZB-01``, ``DEPT_CODES``) or a ticked option (``☑登记科``); it knows a POST typed at the head
  of the point (``保管员：…``), a work field (``工程发包方面：…``), a stage in brackets (``【立案环节】``,
  kept as part of the point) and a case (``【以案说险】``, cut off), and a level in brackets
  (``【一级】…``, batch34) — but not the 处室 given by a 【】 tag opening the point, nowhere else. No
  earlier batch has one: a scan of every earlier layout's cells for a cell opening with ``【…处/科/股/
  室/办/组/部】`` finds none, and cells opening with ``【`` at all only in batch34's level tags.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by their titles (an article on
what a 县教育局长 has power over — 人事权 over teachers' 调动 and school heads, 财务权 over 教育经费 and
校建项目, 择校权 in 划片入学; a school's 教师系列专业技术职务竞聘赋分细则; a paper on 教研员 — 课程,
教材, 教学, 考试, 评价; a 中小学 5+2 课后延时服务工作方案; a 小学财务公开和民主理财制度实施细则; a
小学绩效考核细则; a 学校食堂供餐实施细则; an account of the 部门 of a 小学 — 教务处, 德育处, 总务处,
办公室, 学生 资助 and 学籍) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 子长市, named with the city's name (no earlier unit
holds ``子长市``; 玉家湾镇, 安定镇, 杨家园则镇 and 李家岔镇 are towns of the city).

Run ``python tests/published/score.py --set batch419`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the 【】 tag opening a point is the 处室 of the row (``【教务处】`` → 科室
  ``教务处``, ``【校长室】`` → ``校长室``, the leaders' 科室), no part of the point: the point is the
  text after the tag (``学籍变更、转学手续审核把关不严``); the ``注：`` line is no point;
- ``局领导`` (a group row of the 局's list), ``校领导`` (the 李家岔镇中心小学's sheet of its leaders, named
  so by its tab and title; the 子长中学 校长's ``所在处室``) ``校长室`` (the 实验小学's tag) and ``室领导`` (a 科室
  cell of the 教研室's list) are the 科室 of those leaders; a 局's 股, a school's 处 (教务处, 德育处, 总务处, 教导处) and the 教研室's 组 are
  科室; a group row ``二、人事股`` gives the 科室 ``人事股`` (its number left off); the 杨家园则镇中心小学's
  forms name no 科室 (no field, no column): their 科室 is "";
- 局长, 副局长, 校长, 副校长, the 教研室's 主任 and 副主任 are leaders; 股长, a 处's 主任 (教务主任,
  总务主任, 教导主任, the 实验小学's ``主任`` of a 处), the 教研室's 组长 middle; the rest (科员, 会计,
  出纳, 报账员, 干事, 保管员, 教研员, 食堂管理员, 班主任, 资助专干) general;
- ``风险点 | 风险表现`` (the 教研室's list): the point is the short one; ``分管工作``, ``工作职责``,
  ``职责事项`` and ``持卡时间`` are no points and name no holder; the 教研室's list names no person:
  its forms are posts (对岗不对人);
- ``一级风险/二级风险/三级风险``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, 高/中/低, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 杨家园则镇中心小学's note) and
  ``一级/二级/三级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch418).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b419_"
PLACE = "子长市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年9月"


# --------------------------------------------------------------------------- harder layout

TAGS_NAME = "zichang_experimental_primary_dept_tags"
TAGS_UNIT = f"{PLACE}实验小学"
TAGS_HEAD = ("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
TAGS_NOTE = "注：风险点前【】内为该岗位所在处室。"

# (处室, 岗位, 姓名, tier, [(风险点, 风险类型, 等级, 防控措施)])
TAGGED = [
    ("校长室", "校长", "訾璟霈", "leader", [
        ("“三重一大”事项不经校务会集体研究，个人说了算", "制度机制", "高", "重大事项校务会集体研究，会议纪要存档备查。"),
        ("教师职称推荐、评优评先中优亲厚友", "思想道德", "中", "推荐条件和量化赋分结果全校公示五个工作日。"),
    ]),
    ("校长室", "副校长", "郇曜湛", "leader", [
        ("校舍维修和设备采购化整为零，规避政府采购", "业务流程", "高", "维修和采购按限额标准执行，结果在校务公开栏公示。"),
    ]),
    ("教务处", "主任", "眭茳玥", "middle", [
        ("学籍变更、转学手续审核把关不严", "岗位职责", "中", "学籍变更材料两人审核，办理结果按月报教育局备案。"),
        ("课后服务课时统计不实，虚报服务补助", "业务流程", "中", "课时按签到表统计，补助名单全校公示。"),
    ]),
    ("教务处", "干事", "逄霡宁", "general", [
        ("教辅资料征订中暗示学生购买，收取回扣", "外部环境", "高", "教辅资料自愿征订，书目报教育局审核并公开。"),
    ]),
    ("德育处", "主任", "甯瀚骐", "middle", [
        ("“三好学生”等评选名额分配不公", "岗位职责", "低", "评选名额按班级人数分配，评选结果班级公示。"),
        ("研学活动承办机构选择不公开", "制度机制", "中", "承办机构三家以上比选，比选结果公示。"),
    ]),
    ("德育处", "干事", "仉璐葭", "general", [
        ("家庭经济困难学生资助对象认定不准", "业务流程", "中", "认定经班级评议、学校审核，名单公示。"),
    ]),
    ("总务处", "主任", "禚骧沅", "middle", [
        ("食堂大宗食材采购不询价，指定供应商", "外部环境", "高", "大宗食材定点招标采购，验收三人签字。"),
        ("固定资产处置不报批，私自变卖", "制度机制", "中", "资产处置经校务会研究并报主管部门审批。"),
    ]),
    ("总务处", "会计", "阚珞瀛", "general", [
        ("报销票据审核不严，虚列办公经费支出", "岗位职责", "中", "报销经经办、审核、审批三签，每学期内审。"),
        ("代收代管费用不及时结算退费", "业务流程", "低", "代收费用每学期结算，结余按生退还并公示。"),
    ]),
]  # fmt: skip


def zichang_experimental_primary_dept_tags() -> dict:
    unit = TAGS_UNIT
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 9, 9, 44, 10, 9, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add(*TAGS_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in TAGGED:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, f"【{dept}】{point}", typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, TAGS_NOTE, 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        TAGS_NAME, "https://top.drbdp.com/2-133097.html",
        "(harder) 市实验小学 岗位廉政风险防控一览表, after the source's account of a 小学's 部门 (教务处, 德育处, 总务处; 学籍, "
        "资助, 物资采购, 食堂): a title, a merged ``填报单位：…　填报时间：2025年9月`` line, ``序号 | 岗位 | 姓名 | 廉政风险点 | "
        "风险类型 | 风险等级 | 防控措施`` with NO 处室 column, 岗位 and 姓名 merged per person, and the 处室 written ONLY as a TAG "
        "``【教务处】`` opening each point's cell (``【校长室】`` for the leaders) — three posts ``主任`` and two ``干事`` told "
        "apart by nothing else; short types, 高/中/低; a merged ``注：风险点前【】内为该岗位所在处室。`` line and a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zichang_education_bureau_group_rows() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 10, 9, 40, 13, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "铎霈湘", "leader", [
                ("校长、副校长任免和教师调动不经党组会集体研究", "制度机制风险", "一级风险",
                 "干部任免和教师调动经党组会研究，结果公示。"),
                ("校建项目安排向关系人倾斜，插手工程招投标", "外部环境风险", "一级风险", "校建项目进入公共资源交易平台，过问插手登记报告。"),
            ]),
            ("副局长", "羿璠湲", "leader", [
                ("城区学校划片入学中为关系人“择校”打招呼", "思想道德风险", "一级风险", "划片方案公开，入学名单公示，说情登记。"),
            ]),
        ]),
        ("二、人事股", "人事股", [
            ("股长", "鞠瀛琯", "middle", [
                ("教师招聘资格审查把关不严", "岗位职责风险", "二级风险", "资格审查两人以上，审查结果公示。"),
                ("教师交流轮岗名单调整随意", "业务流程风险", "二级风险", "交流方案局务会研究，名单全系统公示。"),
            ]),
            ("科员", "雒昕瑧", "general", [
                ("职称评审材料审核不严，帮助造假", "岗位职责风险", "三级风险", "评审材料逐项复核，量化积分公示。"),
            ]),
        ]),
        ("三、计划财务股", "计划财务股", [
            ("股长", "缑霖珈", "middle", [
                ("教育经费分配不按标准，向个别学校倾斜", "制度机制风险", "一级风险", "经费分配按生均标准测算，分配结果公开。"),
            ]),
            ("会计", "巩璘渫", "general", [
                ("学校报账审核不严，虚列支出", "业务流程风险", "二级风险", "报账凭证三级审核，每季度抽查学校账务。"),
                ("学生资助资金拨付不及时，滞留挪用", "岗位职责风险", "二级风险", "资助资金专户管理，按学期直达学生账户。"),
            ]),
        ]),
        ("四、基础教育股", "基础教育股", [
            ("股长", "夔淙瑶", "middle", [
                ("民办培训机构审批降低标准", "岗位职责风险", "二级风险", "审批条件公开，现场核查两人以上。"),
                ("学校办学行为检查走过场", "思想道德风险", "三级风险", "检查清单化，问题整改情况通报。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "zichang_education_bureau_group_rows", "http://www.saros-forex.com/20059232/25758176.html",
        "市教育局 岗位廉政风险防控一览表 under GROUP ROWS ``一、局领导`` … ``四、基础教育股`` merged across (no 股室 column), "
        "after the source's article on a 县教育局长's powers (人事权 over 调动 and school heads, 财务权 over 教育经费 and 校建项目, "
        "择校权 in 划片入学): a title, then 序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zichang_middle_school_cards() -> dict:
    unit = f"{PLACE}子长中学"
    t = _Truth(unit)
    cards = [
        ("校长", "栾曜瀚", "校领导", "leader", [
            ("教师职称竞聘赋分方案不经教代会审议", "★★★", "赋分方案经教代会审议通过，赋分结果公示。"),
            ("中层干部选任中搞“一言堂”", "★★", "选任按民主推荐、考察、公示程序进行。"),
            ("校舍改造项目插手干预施工单位选定", "★★★", "项目按程序招标，过问插手登记报告。"),
        ]),
        ("教务主任", "岑霂瑭", "教务处", "middle", [
            ("竞聘赋分中教学业绩量化不实", "★★", "业绩数据由教研组核对，赋分两人复核。"),
            ("考试成绩统计、排名中弄虚作假", "★★★", "成绩由系统导出，统计结果年级组核对。"),
        ]),
        ("报账员", "訾皓淏", "总务处", "general", [
            ("报销票据审核不严，虚开发票报账", "★★", "票据逐张审核，大额支出校长签批。"),
            ("现金管理不规范，公款私存", "★", "现金日清月结，每月盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        sh.add("所在处室", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "校长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "zichang_middle_school_cards",
        "https://abg.baidu.com/tags/xxgmvjwpwxa5bv5i2k23zpgk6xllbtxrx25mnofywo35nt5y2tza14",
        "中学 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 教务主任, 报账员), after the source's 教师系列专业技术职务竞聘赋分细则 "
        "(量化赋分, 教学业绩, 竞聘): a title, ``持卡人 | … | 职　务 | …`` over ``所在处室 | … | 持卡时间 | …``, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 校长（签字）：``",
        sheets, t,
    )  # fmt: skip


def zichang_teaching_research_posts() -> dict:
    unit = f"{PLACE}教学研究室"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("室领导", "主任", "leader", [
            ("课题评审", "课题立项、结题评审中打招呼，评审结果不公", "思想道德", "高风险", "评审专家随机抽取，结果公示。"),
            ("经费使用", "教研活动经费不经室务会研究，随意开支", "制度机制", "中风险", "经费支出室务会研究，按季度公开。"),
        ]),
        ("室领导", "副主任", "leader", [
            ("考试命题", "统考命题中泄露试题，或为培训机构押题", "岗位职责", "高风险", "命题人员签订保密承诺，封闭命题。"),
        ]),
        ("中学教研组", "教研员", "general", [
            ("优质课评选", "优质课、教学能手评选中照顾关系人", "外部环境", "中风险", "评委现场打分，分数当场公布。"),
            ("教辅推荐", "向学校推荐教辅资料，收取好处", "思想道德", "高风险", "不得推荐教辅资料，发现一律追责。"),
        ]),
        ("小学教研组", "组长", "middle", [
            ("质量评价", "教学质量评价数据修改、排名不实", "业务流程", "中风险", "评价数据留痕，结果经室务会审定。"),
        ]),
        ("办公室", "出纳", "general", [
            ("专家劳务费", "评审专家劳务费虚报冒领", "业务流程", "低风险", "劳务费按签到表发放，直达个人账户。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "zichang_teaching_research_posts",
        "https://www.ppdoc.com/periodical/4d80a6f782f25ef9b37dbfd79d3dab17.html",
        "市教学研究室 岗位廉政风险点排查表 对岗不对人, after the source's paper on 教研员 (课程, 教材, 教学, 考试, 评价): a title, "
        "序号/科室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def zichang_yujiawan_primary_selfchecks() -> dict:
    unit = f"{PLACE}玉家湾镇中心小学"
    t = _Truth(unit)
    people = [
        ("酆琇沨", "校长", "校领导", "leader", [
            ("主持学校全面工作，负责课后服务统筹", [
                ("课后服务收费标准和项目不经报批，擅自扩大范围", "Ⅰ级", "收费项目报物价和教育部门审批并公示。"),
                ("课后服务补助分配不按考核结果", "Ⅱ级", "补助分配方案经教代会通过，结果公示。"),
            ]),
        ]),
        ("贲骞瑀", "教导主任", "教导处", "middle", [
            ("负责课后延时服务排课和考勤", [
                ("延时服务考勤弄虚作假，虚报课时", "Ⅱ级", "考勤每日签到，教导处每周抽查。"),
                ("聘请校外人员进校服务不审核资质", "Ⅲ级", "校外人员资质审核并报教育局备案。"),
            ]),
        ]),
        ("籍澄瑗", "班主任", "教导处", "general", [
            ("负责本班延时服务和家校沟通", [
                ("向学生推荐校外培训机构，收取好处", "Ⅰ级", "签订不推荐承诺书，家长监督。"),
                ("收受家长礼品礼金", "Ⅲ级", "节前廉洁提醒，拒收登记。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post)
        sh.merge(r, 1, r, 2)
        r = sh.add("所在处室", dept, None, "填表时间", DATE)
        sh.merge(r, 1, r, 2)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures in points:
                n += 1
                sh.add(n, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "校长审核：", None)
        sheets.append(sh)
    return _layout(
        "zichang_yujiawan_primary_selfchecks",
        "https://abg.baidu.com/tags/23inbioru4zdamrrx6vnlojvfmzl7tv26pi5hsvrw77m54nzutl7pn55wc4np3wqykyono7dwhqa14",
        "镇中心小学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 中小学 5+2 课后延时服务"
        "工作方案 (收费, 考勤, 校外人员, 家长): a title, the pairs ``姓　名 | … | 职　务 | …`` over ``所在处室 | … | 填表时间 | …``, "
        "then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a blank row "
        "and ``本人签名： | 校长审核：``",
        sheets, t,
    )  # fmt: skip


def zichang_anding_primary_duty_list() -> dict:
    unit = f"{PLACE}安定镇中心小学"
    sh = _Sheet("责任清单", [6, 10, 10, 9, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "处室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("校领导", "校长", "扈瀚珺", "leader", [
            ("财务审批", "大额经费支出不经校务会研究，“一支笔”说了算", "制度机制", "高", "大额支出校务会研究，财务按月公开。"),
            ("民主理财", "民主理财小组形同虚设，账目不公开", "岗位职责", "中", "理财小组每学期审核账目，结果张榜公布。"),
        ]),
        ("总务处", "总务主任", "戎霁琨", "middle", [
            ("物资采购", "办公用品和教学设备采购不比价", "业务流程", "中", "采购三家比价，验收两人签字。"),
            ("校产管理", "校产出租收入不入账", "思想道德", "高", "出租合同校务会审定，收入全额入账。"),
        ]),
        ("总务处", "报账员", "蓟琯澍", "general", [
            ("经费报账", "白条入账，票据不全报账", "岗位职责", "中", "无合规票据一律不予报账。"),
            ("公用经费", "公用经费挤占挪用", "制度机制", "低", "公用经费按预算执行，每学期公示。"),
        ]),
        ("教导处", "资助专干", "滕濯玘", "general", [
            ("资助发放", "资助名单优亲厚友，冒名领取", "外部环境", "中", "名单班级评议、学校审核并公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, None, None, DATE, None)
    return _layout(
        "zichang_anding_primary_duty_list",
        "https://abg.baidu.com/tags/z334dpfyu3ikdunhwldm54nzvo72vownypy5n56a5wzmnvwgw3emvnokvhh3rvhs",
        "镇中心小学 廉政风险防控责任清单, after the source's 小学财务公开和民主理财制度实施细则 (民主理财小组, 账目公开, 经费审批): "
        "a title, then 序号/``处室`` merged/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zichang_yangjiayuanze_primary_every_row() -> dict:
    unit = f"{PLACE}杨家园则镇中心小学"
    sh = _Sheet("一览表", [6, 11, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("校长", "竺璎湛", "leader", "制度机制", "绩效工资考核分配方案不经教代会通过", "Ⅰ", "方案经教代会通过，考核结果公示。"),
        ("校长", "竺璎湛", "leader", "思想道德", "年度考核评优中搞平衡、照顾关系", "Ⅱ", "评优按量化积分排序，结果公示。"),
        ("副校长", "郜熠璘", "leader", "岗位职责", "教师绩效考核打分不实", "Ⅰ", "考核小组集体打分，得分本人签字确认。"),
        ("教导主任", "笪霓湄", "middle", "业务流程", "教案、作业检查记录补记、代签", "Ⅱ", "检查记录当场填写，校长不定期抽查。"),
        ("总务主任", "乜烨琮", "middle", "外部环境", "营养餐食材供应商选择不公开", "Ⅰ", "供应商公开招标，合同报教育局备案。"),
        ("会计", "綦淼琇", "general", "业务流程", "绩效工资发放表与考核结果不符", "Ⅱ", "发放表与考核结果逐人核对后公示。"),
        ("会计", "綦淼琇", "general", "制度机制", "代扣代缴款项不及时上缴", "Ⅲ", "代扣款项按月上缴，留存凭证。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "zichang_yangjiayuanze_primary_every_row", "http://35331.cn/lhs_i6ni1yp2hk08pabkl4p1ig7t_2.html",
        "镇中心小学 岗位廉政风险防控一览表, after the source's 小学绩效考核细则 (考核小组, 量化积分, 教案 and 作业 检查, 绩效工资): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位/姓名 written out on EVERY "
        "row (nothing merged, no 处室 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a "
        "``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zichang_lijiacha_primary_two_sheets() -> dict:
    unit = f"{PLACE}李家岔镇中心小学"
    t = _Truth(unit)
    lead = _Sheet("校领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}校领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("璩曦沺", "校长", "主持全面工作", [
            ("食堂承包、供餐企业选定不经集体研究", "一级", "供餐企业公开招标，校务会研究。"),
            ("学校经费预算安排搞“一言堂”", "二级", "预算经校务会研究，执行情况公开。"),
        ]),
        ("冼珩霏", "副校长", "分管后勤、食堂和安全", [
            ("食堂陪餐和检查流于形式", "二级", "落实领导陪餐制度，陪餐记录存档。"),
            ("校园维修工程验收把关不严", "一级", "验收小组三人以上，验收记录签字。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "校领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("处室", [6, 12, 12, 9, 38, 9, 32])
    _line(staff, f"{unit}处室廉政风险防控表", 7)
    staff.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("总务处", "总务主任", "郏翊瀚", "middle", [
            ("食材验收不严，以次充好、缺斤少两", "一级", "食材验收双人过秤，留样拍照。"),
            ("食堂账目不公开，伙食费结余不退", "二级", "伙食账目每月公示，结余按学期退还。"),
        ]),
        ("总务处", "食堂管理员", "邴泫瑜", "general", [
            ("食材出入库登记不实", "二级", "出入库凭单据办理，每周盘点。"),
            ("剩余食材私自带走", "三级", "剩余食材登记处置，监控全覆盖。"),
        ]),
        ("教导处", "教导主任", "宓霁沣", "middle", [
            ("营养改善计划就餐人数虚报", "一级", "就餐人数按班级每日统计，与考勤核对。"),
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
        "zichang_lijiacha_primary_two_sheets",
        "https://abg.baidu.com/tags/2gt5bi6kwpgmhonjwlg4vnokvhi5bpv7z64nj4q11",
        "镇中心小学 file in two sheets after the source's 学校食堂供餐实施细则 (供餐企业, 食材验收, 陪餐, 伙食账目): ``校领导`` (a "
        "title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``处室`` (a title, 序号/处室 merged/"
        "岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no type column; a 制表/审核/date line "
        "under each",
        [lead, staff], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zichang_experimental_primary_dept_tags(),
    zichang_education_bureau_group_rows(),
    zichang_middle_school_cards(),
    zichang_teaching_research_posts(),
    zichang_yujiawan_primary_selfchecks(),
    zichang_anding_primary_duty_list(),
    zichang_yangjiayuanze_primary_every_row(),
    zichang_lijiacha_primary_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch419-inbox"))

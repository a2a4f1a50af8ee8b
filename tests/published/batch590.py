"""The five-hundred-and-ninetieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文化旅游 and
文物 bodies, 和政县 (of 临夏回族自治州, 甘肃) — its 文化市场综合行政执法队, 文化馆, 非物质文化遗产保护中心,
博物馆 and 文物保护中心 and the 综合文化站 of three of its towns (三合镇, 陈家集镇, 罗家集镇) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文化市场综合行政执法队's 一览表 in TWO SHEETS: ``队领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``中队股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 文化馆's 排查表 对岗不对人: ``部室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 非物质文化遗产保护中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 |
  填表时间`` over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 博物馆's 责任清单 under GROUP ROWS ``一、馆领导`` … ``三、陈列展览部`` merged across (no 部室
  column), ``岗位 | 姓名`` merged per person, ``一级/二级/三级``;
- the 三合镇综合文化站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 陈家集镇综合文化站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 罗家集镇综合文化站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``hezheng_relics_centre_post_codes``: the 文物保护中心's 廉政风险点清单 in TWO SHEETS. Sheet
  ``风险点清单`` is ``序号 | 岗位编号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, the rows ordered by
  TYPE, not by post, and the ONLY holder cell is a POST CODE (``WB-03``; one row ``WB-03、WB-04``,
  shared); sheet ``岗位设置表`` is the centre's post register ``岗位编号 | 科室 | 岗位名称 | 在岗人员 |
  主要职责``, one row a post, and a ``注：`` line under the list says the codes are the register's.
  So a row's 科室, post and holder are those of its code's row in the other sheet. The README's
  读得懂的表 knows a roster beside the list (same sheet, one empty column between) looked up by
  科室 and 岗位, a roster above the list (``村文书 | 戴晓军``), a 责任主体 column naming groups
  resolved by a roster keyed by group, platform exports of nodes with ``编号 | 上级编号``; it does
  not describe a list whose holder cell is only a post code, resolved by a post register on
  another sheet of the file.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 举报 to 国家文物局 on a 文物保护
修缮工程 — 施工单位, 转包, 文物保护工程资质, 责任师; a report on 甘青 文化市场综合行政执法 — 旅行社,
不合理低价游, 检查经营单位, 罚款; a 镇's 文化活动经费预算方案 — 专款专用, 文化活动项目, 补助; 成都's
非遗传承补助经费管理规定 — 代表性传承人, 补助经费, 绩效管理与监督; a museum's 藏品管理 实施细则 —
征集, 鉴选, 登记, 编目总账, 库房保管; a study of 农家书屋 in 乡村文化振兴 — 管理缺位, 书屋管理员; a
report on 文化专项资金 浪费 — 奢华设施, 基层文化设施成摆设; a 图书馆's note on a 农家书屋 used as a
kitchen — 业务辅导, 公共资源浪费) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the surnames 钱 and 訾 with
rare given names); every unit is a body of 和政县. batch533 already has units of 和政县 (its
文化体育广电和旅游局, 古动物化石博物馆, 图书馆, 体育中心 and the 文化站 of 城关镇, 松鸣镇, 买家集镇 and 三十里铺镇),
so the tests pass ``places`` (one place a layout, in its unit and in no earlier unit), as batches
582 and 585 did, not ``unit_words=("和政县",)``, and no town repeats.

Run ``python tests/published/score.py --set batch590`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every row of ``风险点清单`` is a point of the post (and its 在岗人员) its
  ``岗位编号`` names in ``岗位设置表``, with that row's 科室 and 岗位名称 and the row's level and type;
  a row coded ``WB-03、WB-04`` is a point of both; ``主要职责`` is no point and names no holder; the
  register's rows are no points; the ``注：`` line and the 编制/审核 line are no points;
- ``中心领导``, ``馆领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the 执法队's
  leaders (sheet ``队领导``, no 科室 column) and the cards' holders have no 科室; a 股, a 中队, a
  馆's 部 and a 站's 组 are 科室; a group row ``二、藏品保管部`` gives the 科室 ``藏品保管部``;
- every 队, 馆, 中心 and 站 is a unit of its own: 队长, 副队长, 馆长, 副馆长, a 中心's 主任 and
  副主任 and a 站's 站长 are leaders; 股长, 中队长, a 部's 主任 middle; the rest (执法员, 会计, 出纳,
  保管员, 讲解员, 文化专干, 图书管理员, 文物安全巡查员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 文化馆's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b590_"
PLACE = "和政县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the post register (sheet 岗位设置表): code -> (科室, 岗位名称, 在岗人员, tier, 主要职责)
POSTS = {
    "WB-01": (
        "中心领导",
        "主任",
        "钱璟澍",
        "leader",
        "主持中心全面工作，负责文物保护工程和经费管理",
    ),
    "WB-02": ("中心领导", "副主任", "訾沄玙", "leader", "负责考古调查、文物征集和安全工作"),
    "WB-03": ("文物保护股", "股长", "钱岫翀", "middle", "负责文物保护修缮工程的申报、实施和验收"),
    "WB-04": (
        "文物保护股",
        "文物安全巡查员",
        "訾琮瀚",
        "general",
        "负责野外文物和化石出露点的巡查看护",
    ),
    "WB-05": ("考古调查股", "股长", "钱湜玥", "middle", "负责配合基本建设的考古调查、勘探"),
    "WB-06": ("综合办公室", "会计", "訾岑琰", "general", "负责中心财务核算和专项资金报账"),
}

# (岗位编号, 廉政风险点, 风险类型, 风险等级, 防控措施), ordered by type, not by post
CODED = [
    ("WB-01", "文物保护修缮工程施工单位比选时打招呼、定意向", "岗位职责风险", "高",
     "施工单位进入县公共资源交易平台比选，资质和责任师现场核验。"),
    ("WB-03", "对施工单位转包、挂靠行为不制止、不报告", "岗位职责风险", "高",
     "施工现场核对项目负责人，发现转包即报告并停工。"),
    ("WB-05", "考古勘探结论受建设单位左右，出具不实意见", "岗位职责风险", "中",
     "勘探意见经中心集体审核，资料存档备查。"),
    ("WB-02", "民间化石、文物征集价格评估不公，与持有人串通", "制度机制风险", "高",
     "征集实行专家集体鉴定和评估，价格报县文体广电和旅游局审定。"),
    ("WB-06", "文物保护专项资金报账审核不严，虚列支出", "制度机制风险", "中",
     "报账单据经办人、证明人、审批人三签，专项资金专账核算。"),
    ("WB-03、WB-04", "修缮工程隐蔽部位验收走过场", "制度机制风险", "中",
     "隐蔽部位验收留存影像资料，监理、施工、中心三方签字。"),
    ("WB-04", "巡查记录弄虚作假，对盗掘、私挖化石线索瞒报", "思想道德风险", "中",
     "巡查实行定位打卡，线索当日报告。"),
    ("WB-01", "接受施工单位、供货商宴请和礼品礼金", "思想道德风险", "低",
     "签订廉洁承诺书，节前廉洁提醒。"),
    ("WB-06", "公务接待和差旅费报销超标准", "思想道德风险", "低", "按标准报销，公务卡结算。"),
    ("WB-02", "文物安全检查走过场，对隐患整改不督办", "外部环境风险", "中",
     "安全检查问题清单化，整改销号。"),
    ("WB-05", "考古工地民工工资和补助虚报冒领", "外部环境风险", "低",
     "民工工资实名制发放，名单在工地公示。"),
]  # fmt: skip


def hezheng_relics_centre_post_codes() -> dict:
    unit = f"{PLACE}文物保护中心"
    t = _Truth(unit)
    sh = _Sheet("风险点清单", [6, 14, 40, 14, 9, 36])
    _line(sh, f"{unit}廉政风险点清单", 6)
    _line(sh, f"单位：{unit}{GAP * 20}2025年5月", 6)
    sh.add("序号", "岗位编号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    for i, (codes, point, typ, lv, measures) in enumerate(CODED, 1):
        sh.add(i, codes, point, typ, lv, measures)
    _line(
        sh,
        "注：岗位编号见《岗位设置表》，各岗位在岗人员以岗位设置表为准；风险等级分高、中、低三级。",
        6,
    )
    sh.add("编制：综合办公室", None, "审核：", None, "主任（签字）：", None)
    reg = _Sheet("岗位设置表", [12, 14, 16, 10, 44])
    _line(reg, f"{unit}岗位设置表", 5)
    reg.add("岗位编号", "科室", "岗位名称", "在岗人员", "主要职责")
    for code, (dept, post, who, _tier, duty) in POSTS.items():
        reg.add(code, dept, post, who, duty)
    # the truth one form a post, in the register's order
    for code, (dept, post, who, tier, _duty) in POSTS.items():
        for codes, point, typ, lv, _measures in CODED:
            if code in codes.split("、"):
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    return _layout(
        "hezheng_relics_centre_post_codes", "https://zj.zhiliaobiaoxun.com/article/78704766",
        "(harder) 县文物保护中心 廉政风险点清单 in TWO SHEETS, after the source's 举报 to 国家文物局 on a 文物保护修缮工程 "
        "(施工单位与实际施工人不一致, 转包, 文物保护工程资质, 责任师): sheet 风险点清单 ``序号 | 岗位编号 | 廉政风险点 | "
        "风险类型 | 风险等级 | 防控措施``, rows ordered by TYPE, the only holder cell a POST CODE (``WB-03``, one row "
        "``WB-03、WB-04``), a ``注：`` line naming the register and an 编制/审核 line; sheet 岗位设置表 ``岗位编号 | 科室 | "
        "岗位名称 | 在岗人员 | 主要职责``, one row a post: each row's 科室, post and holder are its code's in the register; "
        "高/中/低, ``…风险`` types",
        [sh, reg], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hezheng_law_enforcement_team_two_sheets() -> dict:
    unit = f"{PLACE}文化市场综合行政执法队"
    t = _Truth(unit)
    lead = _Sheet("队领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}队领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("钱珝湄", "队长", "主持全面工作", [
            ("重大行政处罚案件不经集体讨论，个人决定", "高", "重大案件经集体讨论，法制审核后决定。"),
            ("为违规经营的旅行社、娱乐场所说情打招呼", "高", "说情打招呼一律登记报告。"),
        ]),
        ("訾澂岍", "副队长", "分管旅游市场执法", [
            ("不合理低价游线索查处不及时、降格处理", "中", "线索登记台账，限时办结。"),
            ("联合执法检查提前泄露检查时间和对象", "中", "检查对象随机抽取，检查前集中通知。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("中队股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}中队、股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("执法一中队", "中队长", "钱峣璩", "middle", "现场检查发现的违法行为不立案、不移交", "高",
         "检查全程执法记录仪记录，问题登记台账。"),
        ("执法一中队", "中队长", "钱峣璩", "middle", "罚款数额自由裁量不统一", "中", "严格执行自由裁量基准。"),
        ("执法一中队", "执法员", "訾玧霂", "general", "出版物市场检查中收受经营户财物", "中", "两人以上执法，亮证检查。"),
        ("法制审核股", "股长", "钱沨瑗", "middle", "案卷审核把关不严，程序违法案件通过审核", "中", "案卷审核实行初审、复审两级。"),
        ("法制审核股", "出纳", "訾泠芃", "general", "罚没款未及时上缴国库", "低", "罚缴分离，票款每日核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "hezheng_law_enforcement_team_two_sheets", "https://gansuci.cn/2021/0625/35370.shtml",
        "县文化市场综合行政执法队 廉政风险防控一览表 in TWO SHEETS, after the source's report on 甘青 文化市场综合行政执法 "
        "(旅行社, 不合理低价游, 检查经营单位, 罚款, 联合执法): sheet 队领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 中队股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hezheng_cultural_centre_posts() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", "文化活动项目安排", "文化活动项目不按年度计划安排，随意追加经费", "制度机制风险",
         "Ⅰ级", "活动项目与年度计划一致，追加经费集体研究。"),
        ("馆领导", "馆长", "leader", "演出服务采购", "演出服装、音响租赁指定供应商", "岗位职责风险", "Ⅰ级",
         "采购三家比价，结果公示。"),
        ("群文活动部", "主任", "middle", "文艺比赛评奖", "群众文艺比赛评奖打人情分", "思想道德风险", "Ⅱ级",
         "评委随机抽取，得分当场公布。"),
        ("群文活动部", "主任", "middle", "文艺队补助", "村文艺队补助名单虚报队伍、人数", "业务流程风险", "Ⅰ级",
         "补助名单乡镇核实，发放到队。"),
        ("办公室", "会计", "general", "免费开放经费", "免费开放经费挤占挪用", "制度机制风险", "Ⅱ级",
         "经费专账核算，每年公示支出。"),
        ("办公室", "会计", "general", "活动影像资料归档", "活动图片、签到资料不全即报账", "业务流程风险", "Ⅲ级",
         "报账附活动影像、签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "hezheng_cultural_centre_posts", "https://max.book118.com/html/2019/0525/5104341034002041.shtm",
        "县文化馆 岗位廉政风险点排查表 对岗不对人, after the source's 镇 文化活动经费预算方案 (专款专用, 文化活动项目, "
        "参赛队补助, 影像资料归档): a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hezheng_intangible_heritage_selfchecks() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    t = _Truth(unit)
    people = [
        ("钱霈琇", "中心领导", "主任", "leader", [
            ("代表性传承人推荐认定中优亲厚友", "一级风险", "推荐名单专家评审并公示。", "已落实"),
            ("传承补助经费发放不核实传承活动", "二级风险", "补助凭传承活动记录发放。", "未发现问题"),
        ]),
        ("訾翎沅", "保护传承股", "股长", "middle", [
            ("非遗项目申报材料把关不严", "一级风险", "申报材料初审、复审两级把关。", "已落实"),
            ("传承人绩效评估走过场", "二级风险", "评估结果与补助挂钩，结果公示。", "已落实"),
        ]),
        ("钱珵岚", "保护传承股", "文化专干", "general", [
            ("非遗展演活动经费虚报", "二级风险", "活动经费凭票据和影像报账。", "未发现问题"),
            ("收受申报单位礼品", "三级风险", "签订廉洁承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hezheng_intangible_heritage_selfchecks", "https://www.chacewang.com/newsdetail/news466675.html",
        "县非物质文化遗产保护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "市级非遗传承补助经费管理规定 (代表性传承人, 补助经费, 申报主体, 绩效管理与监督): a title, a label row ``姓　名 | "
        "所在股室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def hezheng_museum_group_rows() -> dict:
    unit = f"{PLACE}博物馆"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "钱琬淏", "leader", [
                ("藏品征集不经专家集体鉴定，个人决定", "一级", "征集实行专家集体鉴定，一票否决。"),
                ("陈列展览布展项目规避招标", "一级", "布展项目按限额标准进入交易平台。"),
            ]),
        ]),
        ("二、藏品保管部", "藏品保管部", [
            ("主任", "訾潆峤", "middle", [
                ("藏品出入库手续不全，账物不符", "一级", "出入库双人办理，定期清点。"),
                ("文物修复项目验收不严", "二级", "修复项目专家验收，资料存档。"),
            ]),
            ("保管员", "钱朏澜", "general", [
                ("私自借出、调换藏品", "一级", "库房双人双锁，调用登记。"),
            ]),
        ]),
        ("三、陈列展览部", "陈列展览部", [
            ("讲解员", "訾岱珩", "general", [
                ("团体讲解私收讲解费", "三级", "讲解免费，监督电话公开。"),
                ("文创产品销售收入不入账", "二级", "文创销售统一收款，日清月结。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "hezheng_museum_group_rows", "http://www.cainiaophp.com/detail/114.html",
        "县博物馆 廉政风险防控责任清单, after the source's 藏品管理 实施细则 (征集, 鉴选, 登记, 编目总账, 库房保管, 修复): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS ``一、馆领导``, "
        "``二、藏品保管部``, ``三、陈列展览部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hezheng_sanhe_station_cards() -> dict:
    unit = f"{PLACE}三合镇综合文化站"
    t = _Truth(unit)
    cards = [
        ("站长", "钱淇翀", "站长", "主持文化站全面工作", "leader", [
            ("农家书屋图书配送验收不严", "★★★", "图书配送对照清单逐村验收。"),
            ("免费开放经费用于非文化支出", "★★★", "经费镇财政所审核，专款专用。"),
            ("接受演出团体宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("文化专干", "訾湘璠", "文化专干", "负责农家书屋管理和文化活动", "general", [
            ("农家书屋借阅记录弄虚作假", "★★", "借阅登记表镇上每季度抽查。"),
            ("书屋管理员补贴虚报冒领", "★★", "补贴名单村上公示，按月发放。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "hezheng_sanhe_station_cards", "https://ccrs.ccnu.edu.cn/List/Details.aspx?tid=19948",
        "镇综合文化站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 文化专干), after the source's study of 农家书屋 in "
        "乡村文化振兴 (管理缺位, 书屋管理员, 图书更新, 借阅): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hezheng_chenjiaji_station_list() -> dict:
    unit = f"{PLACE}陈家集镇综合文化站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "钱昶璆", "leader", "文化广场维修项目化整为零", "制度机制", "高风险",
         "维修项目报镇党委会研究，按程序比选。"),
        ("站领导", "站长", "钱昶璆", "leader", "文体器材采购超标准、超需求", "岗位职责", "中风险",
         "采购需求经站务会研究，验收双人签字。"),
        ("文化服务组", "组长", "訾琇岙", "middle", "文化惠民演出场次虚报", "业务流程", "高风险",
         "演出照片、签到表存档，镇上抽查。"),
        ("文化服务组", "图书管理员", "钱汧嵘", "general", "电子阅览室设备闲置、私用", "思想道德", "低风险",
         "设备登记造册，开放时间公示。"),
        ("文化服务组", "图书管理员", "钱汧嵘", "general", "图书报刊征订收受回扣", "外部环境", "中风险",
         "征订目录公示，经站长审核。"),
        ("财务组", "出纳", "訾峣沄", "general", "活动经费现金支付不入账", "业务流程", "中风险",
         "经费公务卡结算，票据镇财政所审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "hezheng_chenjiaji_station_list", "https://fx361.cc/page/2015/0429/23769227.shtml",
        "镇综合文化站 岗位廉政风险防控一览表, after the source's report on 文化专项资金 浪费 (奢华文化设施, 违规使用资金, "
        "基层文化设施成摆设, 农民书屋): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def hezheng_luojiaji_station_register() -> dict:
    unit = f"{PLACE}罗家集镇综合文化站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "訾璇汐", "leader", [
            ("农家书屋挪作他用不制止", "岗位职责", "二级", "书屋每月巡查，问题通报。"),
            ("村文化活动室建设资金拨付不按进度", "制度机制", "一级", "资金按验收进度拨付，镇纪委监督。"),
        ]),
        ("业务辅导组", "组长", "钱澍屹", "middle", [
            ("业务辅导下乡虚报差旅补助", "业务流程", "二级", "差旅凭派车单和行程报销。"),
        ]),
        ("业务辅导组", "文化专干", "訾沅嵩", "general", [
            ("文艺培训学员名单弄虚作假", "业务流程", "二级", "培训签到、影像资料存档。"),
            ("向群众收取活动场地费", "思想道德", "三级", "场地免费开放，收费标准公示。"),
        ]),
        ("业务辅导组", "会计", "钱琤霂", "general", [
            ("免费开放专项资金账目不清", "制度机制", "一级", "专项资金专账核算，每年接受审计。"),
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
        "hezheng_luojiaji_station_register", "https://tianlin.gxlib.cn/inews/show/10008.html",
        "镇综合文化站 廉政风险点排查登记表, after the source's 图书馆 note on a 农家书屋 used as a kitchen (业务辅导, "
        "公共资源浪费): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hezheng_relics_centre_post_codes(),
    hezheng_law_enforcement_team_two_sheets(),
    hezheng_cultural_centre_posts(),
    hezheng_intangible_heritage_selfchecks(),
    hezheng_museum_group_rows(),
    hezheng_sanhe_station_cards(),
    hezheng_chenjiaji_station_list(),
    hezheng_luojiaji_station_register(),
]

# one place a layout, in its unit and in no earlier unit (batch533 already has units of 和政县)
PLACES = [
    "和政县文物保护中心",
    "和政县文化市场综合行政执法队",
    "和政县文化馆",
    "和政县非物质文化遗产保护中心",
    "和政县博物馆",
    "三合镇",
    "陈家集镇",
    "罗家集镇",
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch590-inbox"))

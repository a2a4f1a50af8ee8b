"""The nine-hundred-and-seventy-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育、文化、
体育、广电 bodies, 墨脱县 (林芝市, 西藏自治区) — its 教育局, 文化和旅游局, 广播电视台, 图书馆,
全民健身中心, 达木珞巴民族乡小学, 幼儿园 and 中学 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 教育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低 and a
  ``注：`` line;
- the 文化和旅游局's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 广播电视台's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 | …`` and
  a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 图书馆's 清单 under GROUP ROWS ``一、馆领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 全民健身中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 职　务 | 自查时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查结果``, no type column;
- the 达木珞巴民族乡小学's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 幼儿园's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY row, short
  types, ``一级/二级/三级``.

One is harder:

- ``motuo_middle_school_levels_by_criteria_count``: the 中学's 岗位廉政风险点排查表, an ordinary list
  (``序号 | 处室 | 岗位 | 姓名 | 廉政风险点 | 对照定级标准（填序号） | 防控措施``, 处室 merged, 岗位 and
  姓名 merged per person) with NO LEVEL COLUMN: a merged ``定级标准：`` line above the heading numbers
  five criteria (1 掌握人、财、物支配权; 2 有较大自由裁量权; 3 直接面向学生、家长办事或收费; 4 近三年
  本校或全县学校发生过问题; 5 社会关注度高、群众反映集中), each row's ``对照定级标准`` cell lists by
  their numbers the criteria its point meets (``1、3、5``, ``2、3``, ``4``), and a ``注：`` line under
  the list grades by HOW MANY it meets: three or more → 一级, two → 二级, one → 三级. The README's
  读得懂的表 and docs/layouts.md know a count of criteria TICKED in a column each
  (``风险等级评定要素`` over one column a criterion, ``√`` under those met, a note grading the count),
  levels from a column of a few fixed values named in a note (``监控频次``), from the kind of evidence a
  history column cites, from codes joined to another sheet; they do not describe a level derived by
  COUNTING THE CRITERION NUMBERS ONE CELL CITES against a numbered standard printed above the table.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (西藏's 教育精准扶贫 — 三包, 学前教育,
改薄, 资助; the 文化惠民工程 of 农村公共文化服务 — 村村通, 农家书屋, 农村电影放映; a 县广播电视台's
村村通、户户通 report; 县级图书馆 and 农家书屋; 体彩公益金 and 全民健身 — 健身路径, 体质监测, 赛事; the
达木珞巴民族乡小学 and its free schooling; 公办幼儿园 fees — 保教费, 伙食费, 代收费; 西藏's 寄宿制
schools) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare compound surnames 东野 and 南荣 with rare given
names); every unit is a body of 墨脱县.

Run ``python tests/published/score.py --set batch971`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one the ``注：`` line gives the COUNT of distinct
  criterion numbers its ``对照定级标准（填序号）`` cell lists (three or more: 1; two: 2; one: 3); that
  column is no point, no description, no level word and no number of a row; the ``定级标准：`` line
  above the heading is no point and no part of the heading; no type column, so no types;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``局领导``, ``馆领导``, ``中心领导``, ``校领导`` (a 股室/处室
  cell, a group row, a 所在部门 value) are the 科室 of those leaders; a 局's 股, a 馆's 部, a 中心's 部 and
  a 学校's 处 are 科室;
- the 局, the 台, the 馆, the 中心 and each 学校 or 幼儿园 are units of their own: 局长, 副局长, 台长,
  馆长, 主任 (of a 中心), 校长 and 园长 are leaders; 股长, 部主任 and a 学校's 教务主任/总务主任 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查结果`` and ``自查时间``
  are no points and name no holder; the 达木珞巴民族乡小学's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b971_"
PLACE = "墨脱县"
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

# the standard printed above the heading, its criteria numbered 1–5
CRITERIA = (
    "掌握人、财、物等公共资源支配权的",
    "有较大自由裁量权的",
    "直接面向学生、家长办理事项或收取费用的",
    "近三年本校或全县学校发生过违纪违规问题的",
    "社会关注度高、群众反映集中的",
)


def criteria_met(cell: str) -> set[int]:
    """The criterion numbers a ``对照定级标准（填序号）`` cell lists ('1、3、5')."""
    numbers = {int(x) for x in re.split(r"[、，,\s]+", cell.strip()) if x}
    assert numbers <= set(range(1, len(CRITERIA) + 1)), cell
    return numbers


def count_level(cell: str) -> int:
    """The level the harder file's ``注：`` line gives the count of criteria a cell cites."""
    n = len(criteria_met(cell))
    return 1 if n >= 3 else 2 if n == 2 else 3


# (处室, 岗位, 姓名, tier, [(廉政风险点, 对照定级标准（填序号）, 防控措施)])
BY_CRITERIA = [
    ("校领导", "校长", "东野翀珩", "leader", [
        ("校舍维修改造工程发包中插手干预、指定施工队伍", "1、2、4、5",
         "工程发包经校务会集体研究，报县教育局备案，结果在校内公示。"),
        ("教育“三包”经费使用审批个人说了算", "1、3",
         "“三包”经费专账核算，支出经办、审核、审批三级签字。"),
    ]),
    ("教务处", "教务主任", "南荣琬岫", "middle", [
        ("教辅材料征订中违背自愿原则、收受回扣", "2、3、5",
         "教辅征订严格执行“一科一辅”和自愿原则，征订结果向家长公开。"),
        ("教师职称推荐、评优评先量化赋分不公", "2",
         "推荐、评优方案经教代会通过，量化结果公示五个工作日。"),
    ]),
    ("总务处", "总务主任", "东野澂", "middle", [
        ("食堂大宗食材采购指定供应商、以次充好", "1、3、4",
         "大宗食材定点公开采购，验收由总务处、教师代表、学生家长三方签字。"),
        ("校服、床上用品统一采购中虚增数量", "1、5",
         "校服选用经家长委员会参与，采购数量与在校生名册核对。"),
    ]),
    ("总务处", "食堂管理员", "南荣珣", "general", [
        ("食材出入库登记不实、克扣学生伙食", "1、3",
         "食材出入库每日登记，每月盘点，伙食账目每月公布。"),
    ]),
    ("政教处", "资助专干", "东野湉", "general", [
        ("家庭经济困难学生认定中优亲厚友", "5",
         "困难学生认定经班级评议、学校审核、公示三个环节。"),
        ("国家助学金发放对象与学籍信息不符", "4",
         "助学金发放名单与学籍系统比对，资金直达学生账户。"),
    ]),
]  # fmt: skip


def motuo_middle_school_levels_by_criteria_count() -> dict:
    unit = f"{PLACE}中学"
    sh = _Sheet("排查表", [6, 10, 10, 10, 38, 14, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    standard = "；".join(f"{i}.{c}" for i, c in enumerate(CRITERIA, 1))
    _line(sh, f"定级标准：{standard}。", 7)
    sh.add("序号", "处室", "岗位", "姓名", "廉政风险点", "对照定级标准（填序号）", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_CRITERIA:
        for point, met, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, met, measures)
            t.point(sh.name, dept, post, who, tier, point, [], count_level(met))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：本表不另设风险等级栏，“对照定级标准”栏填写该风险点所符合的上述定级标准序号；"
              "符合三项及以上的为一级风险点，符合两项的为二级风险点，符合一项的为三级风险点。", 7)  # fmt: skip
    sh.add("填表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "motuo_middle_school_levels_by_criteria_count", "http://m.ipedb.com/cn/news/yc/202308/t20230819_7469848.html",
        "(harder) 县中学 岗位廉政风险点排查表, after the source's account of 西藏's 寄宿制 schools (地广人稀, 食堂, 住宿, "
        "教育“三包”): a title, a merged ``定级标准：1.…；2.…；…5.…`` line numbering five criteria, then 序号/处室 merged/岗位 "
        "and 姓名 merged per person/廉政风险点/``对照定级标准（填序号）`` (the numbers of the criteria the point meets: "
        "``1、3、5``, ``2、3``, ``4``)/防控措施 with NO LEVEL COLUMN, and a ``注：`` line grading by the COUNT of criteria "
        "met (三项及以上 一级, 两项 二级, 一项 三级); no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def motuo_education_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "南荣翮", "leader", "学校布局调整、改薄项目安排个人说了算", "制度机制风险", "高",
         "项目安排经局党组会集体研究，会议纪要存档。"),
        ("局领导", "局长", "南荣翮", "leader", "教师调配、支教轮岗安排中打招呼、搞照顾", "思想道德风险", "中",
         "调配方案公开，领导干部插手干预登记报告。"),
        ("基础教育股", "股长", "东野岷", "middle", "控辍保学劝返台账弄虚作假", "岗位职责风险", "中",
         "劝返台账每月与乡镇、学校核对，随机入户抽查。"),
        ("基础教育股", "股长", "东野岷", "middle", "民办幼儿园、培训机构审批把关不严", "业务流程风险", "高",
         "审批材料两人审核，现场核查拍照留档。"),
        ("计划财务股", "会计", "南荣璟", "general", "教育“三包”经费拨付不及时、截留挪用", "业务流程风险", "高",
         "“三包”经费按学期足额拨付，拨付明细报县财政局备案。"),
        ("学生资助股", "资助专干", "东野霂", "general", "建档立卡学生资助对象漏报、重报", "岗位职责风险", "中",
         "资助名单与学籍系统、乡村振兴部门数据比对。"),
        ("学生资助股", "资助专干", "东野霂", "general", "接受学生家长礼品礼金", "外部环境风险", "低",
         "签订廉洁承诺书，节前廉洁提醒。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "motuo_education_bureau_list", "http://www.265xx.com/w399/2991.html",
        "县教育局 岗位廉政风险防控一览表, after the source's account of 西藏's 教育精准扶贫 (公办幼儿园, 全面改薄, 教育“三包”, "
        "资助, 控辍保学): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def motuo_culture_tourism_two_sheets() -> dict:
    unit = f"{PLACE}文化和旅游局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("东野峤", "局长", "主持全面工作", [
            ("文化惠民工程项目资金分配个人决定", "一级", "项目资金分配经局党组会集体研究并公示。"),
            ("旅游景区开发项目引进中收受好处", "一级", "项目引进全程纪检监督，领导干预登记报告。"),
        ]),
        ("南荣瀞", "副局长", "分管文化市场、文物保护", [
            ("文化市场执法检查中降格处理、以罚代管", "二级", "执法检查两人以上，处罚决定集体审核。"),
            ("文物保护维修项目验收把关不严", "一级", "维修项目邀请专家验收，验收资料归档。"),
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
    dept = _Sheet("股室", [6, 12, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("公共文化股", "股长", "东野瑀", "middle", "农村电影放映场次虚报、补助冒领", "一级", "放映场次由村委会签字确认，补助按实放场次核拨。"),
        ("公共文化股", "股长", "东野瑀", "middle", "农家书屋图书配送验收不实", "二级", "配送图书清点登记，乡文化站签收。"),
        ("旅游市场股", "科员", "南荣岍", "general", "星级农家乐、民宿评定中收受好处", "二级", "评定标准公开，评定结果公示。"),
        ("旅游市场股", "科员", "南荣岍", "general", "旅游投诉处理偏袒经营者", "三级", "投诉件登记编号，处理结果回访。"),
        ("办公室", "出纳", "东野沄", "general", "文化活动经费报销票据审核不严", "二级", "报销票据逐张审核，大额支出集体研究。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "motuo_culture_tourism_two_sheets", "https://m.zhangyue.com/readbook/13097443/13.html?p2=111010",
        "县文化和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's chapter on 农村公共文化服务 and its 文化惠民工程 "
        "(广播电视村村通, 乡镇综合文化站, 农家书屋, 农村电影放映): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def motuo_radio_tv_station_cards() -> dict:
    unit = f"{PLACE}广播电视台"
    t = _Truth(unit)
    cards = [
        ("台长", "南荣沣", "台长", "主持全台全面工作", "leader", [
            ("户户通设备采购中指定供应商", "★★★", "设备采购三家比价，验收入库两人签字。"),
            ("广告、专题节目收费不入账", "★★★", "收费统一开具票据，纳入单位账户管理。"),
            ("接受服务对象宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("播出技术员", "东野霈", "播出技术员", "节目播出和发射机房值守", "general", [
            ("值班记录不实、擅离岗位", "★★", "值班记录逐班签字，机房监控留存。"),
            ("发射设备备件领用不登记", "★★", "备件出入库登记，每月盘点。"),
        ]),
        ("户户通维护员", "南荣琤", "户户通维护员", "乡村户户通设备安装和维修", "general", [
            ("上门维修违规收取费用", "★★", "维修服务收费标准公开，群众签字确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "motuo_radio_tv_station_cards", "https://chaoshi.m.zjtcn.com/classifydetails/864504.html",
        "县广播电视台 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's report of a 县广播电视台 "
        "on 村村通、户户通 (全覆盖, 发射信号, 维修): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def motuo_library_group_rows() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "南荣瑗", "leader", [
                ("图书采购项目确定供应商个人说了算", "一级风险", "图书采购经馆务会研究，按政府采购程序办理。"),
                ("免费开放补助资金使用审批不严", "二级风险", "补助资金专款专用，支出经办、审核、审批分离。"),
            ]),
        ]),
        ("二、采编部", "采编部", [
            ("部主任", "东野璇", "middle", [
                ("新书验收数量、品种与合同不符", "一级风险", "新书验收两人清点，验收单与合同逐项核对。"),
            ]),
            ("采编员", "南荣澍", "general", [
                ("接受书商赠送礼品、回扣", "二级风险", "签订廉洁协议，赠书一律登记入藏。"),
                ("剔旧图书处置不登记", "三级风险", "剔旧图书造册报批，处置结果公示。"),
            ]),
        ]),
        ("三、流通辅导部", "流通辅导部", [
            ("辅导员", "东野峋", "general", [
                ("农家书屋图书配送台账不实", "二级风险", "配送台账由乡文化站、村委会双签。"),
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
        "motuo_library_group_rows", "https://scholarmate.com/S/jSk4yI",
        "县图书馆 廉政风险防控责任清单 under GROUP ROWS, after the source's abstract on 农村公共文化服务效能 (县级图书馆, 文化馆, "
        "乡镇综合文化站, 农家书屋): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group "
        "rows ``一、馆领导``, ``二、采编部``, ``三、流通辅导部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def motuo_fitness_center_selfchecks() -> dict:
    unit = f"{PLACE}全民健身中心"
    t = _Truth(unit)
    people = [
        ("东野沅", "中心领导", "主任", "leader", [
            ("体彩公益金项目安排个人决定", "Ⅰ级", "公益金项目经中心办公会研究，报县文化和旅游局审批。", "已落实"),
            ("健身路径器材采购中接受供应商好处", "Ⅰ级", "器材采购公开招标，验收邀请村委会参与。", "已落实"),
        ]),
        ("南荣岚", "场馆管理部", "部主任", "middle", [
            ("场馆对外开放收费不入账", "Ⅰ级", "收费统一开具票据，按日缴存。", "已落实"),
            ("场馆维修项目化整为零", "Ⅲ级", "维修项目年初编制计划，按限额比价。", "未发现问题"),
        ]),
        ("东野琇", "赛事活动部", "干事", "general", [
            ("赛事奖品、纪念品采购虚报数量", "Ⅱ级", "奖品按名单发放，领取人签字。", "未发现问题"),
            ("体质监测补助发放对象不实", "Ⅱ级", "监测名单与现场签到表核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    source = ("https://nanning.baogaosu.com/xinwen/%E4%BD%93%E5%BD%A9%E5%85%AC%E7%9B%8A%E9%87%91%E5%8A%A9%E5%8A%9B"
              "%E5%85%A8%E6%B0%91%E5%81%A5%E8%BA%AB%E8%BA%AB%E8%BE%B9%E7%9A%84/35711031")  # fmt: skip
    return _layout(
        "motuo_fitness_center_selfchecks", source,
        "县全民健身中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's piece on 体彩公益金 "
        "and 全民健身 (健身路径, 体育场馆, 体质监测, 赛事): a title, a label row ``姓　名 | 所在部门 | 职　务 | 自查时间`` over a "
        "row of values, then 序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/``自查结果``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def motuo_damu_primary_school_posts() -> dict:
    unit = f"{PLACE}达木珞巴民族乡小学"
    sh = _Sheet("排查表", [6, 12, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校长", "leader", "营养改善计划供餐", "营养餐食材供应商确定不公开", "制度机制", "高风险",
         "供应商经县教育局统一招标确定，学校不得自行更换。"),
        ("校长", "leader", "学校公用经费使用", "公用经费支出不经校务会研究", "业务流程", "中风险",
         "公用经费支出计划经校务会研究，每学期公开。"),
        ("总务主任", "middle", "寄宿生生活物资发放", "被褥、衣物发放不登记、私自截留", "岗位职责", "高风险",
         "物资发放造册，学生或家长签字领取。"),
        ("总务主任", "middle", "校舍零星维修", "维修工程量虚报、验收走过场", "业务流程", "中风险",
         "维修前拍照留档，验收两人以上签字。"),
        ("报账员", "general", "“三包”经费报账", "报账票据不实、白条入账", "思想道德", "低风险",
         "票据逐张审核，每月与县教育局对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：学校办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "motuo_damu_primary_school_posts", "http://news.sina.com.cn/c/2004-10-19/11154631608.shtml",
        "乡小学 岗位廉政风险点排查表 对岗不对人, after the source's photo report on the 达木珞巴民族乡小学 (建于1990年, 免费教育, "
        "珞巴族学生占多数, 入学率): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def motuo_kindergarten_list() -> dict:
    unit = f"{PLACE}幼儿园"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("园长", "南荣珏", "leader", "保教费、伙食费收费标准执行不严", "制度机制", "一级",
         "收费项目和标准在园门口公示，收费开具统一票据。"),
        ("园长", "南荣珏", "leader", "幼儿园维修改造项目指定施工方", "思想道德", "二级",
         "维修项目报县教育局审批，三家比价。"),
        ("会计", "东野颀", "general", "伙食费结余挪作他用", "岗位职责", "一级",
         "伙食费单独核算，每月向家长公布收支。"),
        ("保健医生", "南荣泓", "general", "幼儿体检费代收代付不公开", "业务流程", "二级",
         "代收费用逐项公示，体检结果告知家长。"),
        ("食堂管理员", "东野珉", "general", "食材验收以次充好", "外部环境", "三级",
         "食材验收两人签字，每日留样。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "园长（签字）：", None, None)
    return _layout(
        "motuo_kindergarten_list", "http://www.psalab.cn/edu/youer/3021993.html",
        "县幼儿园 岗位廉政风险防控一览表, after the source's account of what a 公办幼儿园 may charge (保教费, 住宿费, 伙食费 按保本"
        "原则, 代收费 体检费、保险费): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/园长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    motuo_middle_school_levels_by_criteria_count(),
    motuo_education_bureau_list(),
    motuo_culture_tourism_two_sheets(),
    motuo_radio_tv_station_cards(),
    motuo_library_group_rows(),
    motuo_fitness_center_selfchecks(),
    motuo_damu_primary_school_posts(),
    motuo_kindergarten_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch971-inbox"))

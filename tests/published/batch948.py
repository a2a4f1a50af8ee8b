"""The nine-hundred-and-forty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's schools
and education bodies, 堆龙德庆区 (拉萨市, 西藏自治区) — its 教育局, 第一中学, 第二小学, 职业技术学校,
幼儿园, 教育督导室 and two 乡镇中心小学 (乃琼镇, 古荣乡) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 教育局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 职业技术学校's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 幼儿园's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 教育督导室's 清单 under GROUP ROWS ``一、督导室领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 第二小学's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 乃琼镇中心小学's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 古荣乡中心小学's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``duilong_first_middle_school_points_by_holder_columns``: the 第一中学's 重点工作事项廉政风险点一览表,
  ONE ROW A WORK MATTER (``序号 | 工作事项 | 风险等级 | 各岗位廉政风险点 | 防控措施``, 食堂食材采购, 膳食经费管理,
  招生入学 …) whose ``各岗位廉政风险点`` heading is merged over FOUR HOLDER COLUMNS (``校长⏎盛翙岍``,
  ``副校长⏎卫珝峦``, ``总务主任⏎盛玙嵚``, ``教务主任⏎卫琤岜``, the second heading row), and EACH CELL UNDER
  A HOLDER HOLDS THAT HOLDER'S OWN RISK POINT IN THE MATTER — a different sentence per holder — or
  ``/`` where the post is not concerned; one ``风险等级`` a matter (``一级/二级/三级``) for every holder's
  point in its row. The README's 读得懂的表 knows per-holder columns under a row's one point that
  carry ticks (``√``), RACI letters, the holder's NAME under a post heading (HOLDER_NAMES_UNDER_POSTS),
  the holder's own LEVEL (``风险等级（按班子成员分别评定）``) or the holder's own MEASURES
  (``防控措施（按班子成员分工落实）``); the pre-check found no sentence on holder columns whose cells
  are the POINTS themselves, one row a work matter, each holder's own wording of his risk in it.
  (Found only after measuring, and said in tests/test_batch948.py: docs/layouts.md does know
  ``各岗位廉政风险点`` merged over post columns, in its variant of a point shared by neighbouring
  posts merged across their columns; the pre-check searched the cell words, not that heading. The
  layout is kept as measured.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an 教育局 行政权力 廉政评估 — 工程
招投标, 大宗物品采购, 专项资金, 人员调动, 招生, 职称; a 中学 校长 截留、套取 膳食经费 case — 食材入库
斤数与票据不符, 亲属供货, 餐费不入专户; reporting on 职业学校收费乱象 — 实训耗材费, 校企合作费, 定向班;
a 幼儿园园长 克扣伙食费 case — 虚开现金支出票据, 伙食费, 保育费; a paper on 教育督政 — 督政, 督学,
评估监测; reporting on “校服腐败” — 自愿购买, 家长同意, 回扣; reporting on 西藏 教育“三包”政策 —
寄宿学生, 生均经费; a 城乡义务教育补助经费管理办法 — 公用经费, 免费教科书, 教学点) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 盛 and 卫 with rare given names); every unit is a body of
堆龙德庆区.

Run ``python tests/published/score.py --set batch948`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each holder column is one form (its post and holder from the second heading
  row, ``校长⏎盛翙岍`` → 校长 盛翙岍; no 科室: the sheet names no 处室 for 总务主任 or 教务主任), its
  points the non-``/`` cells under it, in the rows' order, each with its row's 风险等级; the
  ``工作事项`` (食堂食材采购 …) is no point and the ``/`` cells none; the 注 line is no point;
- ``校领导``, ``督导室领导`` (a 部门/股室/处室 cell, a group row) are the 科室 of those leaders; the
  教育局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a school's 处 or
  中心 and the 督导室's 组 are 科室; a group row ``二、督政组`` gives the 科室 ``督政组``;
- every school, the 幼儿园, the 督导室 and the 局 are units of their own: 局长, 副局长, 校长, 副校长,
  园长, 副园长 and the 督导室's 主任 are leaders; 股长, a 处's 主任, 总务主任, 教务主任 and a 组长
  middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 职业技术学校's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b948_"
PLACE = "堆龙德庆区"
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

# the holders whose columns stand under 各岗位廉政风险点: (岗位, 姓名, tier)
HOLDERS = [
    ("校长", "盛翙岍", "leader"),
    ("副校长", "卫珝峦", "leader"),
    ("总务主任", "盛玙嵚", "middle"),
    ("教务主任", "卫琤岜", "middle"),
]
NONE = "/"
# (工作事项, 风险等级, one cell a holder in HOLDERS' order (NONE: not concerned), 防控措施)
MATTERS = [
    ("食堂食材采购", "一级", [
        "授意食堂从亲属处采购食材，收受供货商好处费", NONE,
        "食材入库斤数与票据不符，虚报采购数量", NONE,
    ], "食材统一公开招标采购，入库双人验收、视频监控留存。"),
    ("膳食经费管理", "一级", [
        "截留、挤占学生膳食经费用于其他开支", "分管食堂不监督，膳食经费结余去向不明",
        "早晚餐费收取后不入专户、坐收坐支", NONE,
    ], "膳食经费专户管理，每月公示收支，家长委员会参与监督。"),
    ("招生入学", "二级", [
        NONE, "招生中收受家长财物，违规接收择校生", NONE, "违规办理学籍转入、借读手续",
    ], "招生计划、录取名单公示，学籍变动经校务会研究并报区教育局审核。"),
    ("教辅资料征订", "二级", [
        NONE, "指定书商统一征订教辅资料，收取回扣", NONE, "以班级名义变相强制学生购买教辅",
    ], "教辅征订坚持“一科一辅”、学生自愿，征订目录公示。"),
    ("校舍维修工程", "一级", [
        "维修工程化整为零，规避招标", NONE, "工程量签证不实，验收把关不严", NONE,
    ], "维修项目按限额报区教育局审批，验收邀请教职工代表参加。"),
    ("评优评先、职称推荐", "三级", [
        NONE, "评优评先推荐名额不公开、不公示", NONE, "教师课时量、考核数据弄虚作假",
    ], "评优和职称推荐方案经教代会通过，结果公示五个工作日。"),
]  # fmt: skip


def duilong_first_middle_school_points_by_holder_columns() -> dict:
    unit = f"{PLACE}第一中学"
    n = len(HOLDERS)
    sh = _Sheet("一览表", [6, 14, 9] + [24] * n + [34])
    t = _Truth(unit)
    _line(sh, f"{unit}重点工作事项廉政风险点一览表", 4 + n)
    top = sh.add(
        "序号", "工作事项", "风险等级", "各岗位廉政风险点", *([None] * (n - 1)), "防控措施"
    )
    sh.add(None, None, None, *(f"{post}\n{who}" for post, who, _ in HOLDERS), None)
    for c in (0, 1, 2):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 2 + n)
    sh.merge(top, 3 + n, top + 1, 3 + n)
    for i, (matter, lv, cells, measures) in enumerate(MATTERS, 1):
        sh.add(i, matter, lv, *cells, measures)
    # the truth holder by holder (one form each), its points in the rows' order
    for col, (post, who, tier) in enumerate(HOLDERS):
        for _matter, lv, cells, _measures in MATTERS:
            if cells[col] != NONE:
                t.point(sh.name, "", post, who, tier, cells[col], [], GRADES[lv])
    _line(sh, "注：“/”表示该岗位不涉及此项工作。", 4 + n)
    sh.add("填表人：", None, "审核人：", None, None, "2025年5月", None, None)
    return _layout(
        "duilong_first_middle_school_points_by_holder_columns",
        "http://m.hbcasj.com/socialgd/10000169/20250407/48181555_all.html",
        "(harder) 区第一中学 重点工作事项廉政风险点一览表, after the source's 中学 膳食经费 案 (校长截留、套取食堂膳食经费, "
        "食材入库斤数与票据不符, 供货商是校长亲属, 早晚餐费不入专户): a title, then one row a WORK MATTER "
        "(``序号 | 工作事项 | 风险等级 | 各岗位廉政风险点 | 防控措施``) whose 各岗位廉政风险点 is merged over FOUR HOLDER "
        "COLUMNS headed ``校长⏎盛翙岍``, ``副校长⏎卫珝峦``, ``总务主任⏎盛玙嵚``, ``教务主任⏎卫琤岜``: each cell holds "
        "THAT holder's own risk point in the matter (a different sentence per holder), ``/`` where the post is "
        "not concerned; one level a matter (``一级/二级/三级``); no type column; a ``注：`` line on ``/``",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def duilong_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("盛璆峣", "局长", "主持全面工作", [
            ("教育专项资金分配个人说了算，不经集体研究", "一级", "专项资金分配方案经局党组会集体研究，结果公开。"),
            ("插手学校工程招投标和大宗物品采购", "一级", "领导干部插手工程项目登记报告，采购全程进平台。"),
        ]),
        ("卫琇岵", "副局长", "分管人事、教师队伍", [
            ("教师招聘、调动中优亲厚友", "一级", "招聘调动方案公示，面试全程录像，纪检组监督。"),
            ("职称评审推荐把关不严", "二级", "评审材料公示，评委随机抽取。"),
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
        ("计划财务股", "股长", "盛瑀峄", "middle", "学校公用经费拨付不按生均标准", "一级",
         "经费按生均标准测算拨付，分配结果在系统内公开。"),
        ("计划财务股", "股长", "盛瑀峄", "middle", "教育项目资金审核把关不严", "二级", "项目资金凭验收资料审核，财务股复核。"),
        ("计划财务股", "会计", "卫璟岈", "general", "报账票据审核不严，虚列支出", "二级", "报账单据三级审核，专项资金专账核算。"),
        ("基础教育股", "股长", "卫瑨峧", "middle", "招生计划分配、学籍管理弄虚作假", "一级", "招生计划公示，学籍变动逐级审核。"),
        ("基础教育股", "科员", "盛琎屺", "general", "学校评估检查接受宴请、走过场", "三级", "检查两人以上同行，签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "duilong_education_bureau_two_sheets",
        "http://www.cgfair-rusblr.com/article/zuixinshisi/zgcs/201004/359405.html",
        "区教育局 廉政风险防控一览表 in TWO SHEETS, after the source's 教育局 行政权力 廉政评估 (工程招投标, 大宗物品采购, "
        "专项资金分配, 人员录用调动, 招生, 职称评聘, 检查指导): sheet 局领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def duilong_vocational_school_posts() -> dict:
    unit = f"{PLACE}职业技术学校"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "leader", "实训设备采购", "实训设备采购指定品牌，与供应商私下约定", "制度机制风险", "高",
         "设备采购进区公共资源交易平台，论证会集体研究。"),
        ("教务处", "主任", "middle", "实训耗材费收取", "以实训耗材费名义多收费，收费不开票据", "岗位职责风险", "高",
         "收费项目报物价部门备案并公示，统一开具票据。"),
        ("教务处", "主任", "middle", "校企合作办班", "与合作企业约定收取“定向班”费用", "外部环境风险", "中",
         "校企合作协议经校务会审议，不得向学生收取合作费用。"),
        ("学生资助中心", "资助专干", "general", "国家助学金评审", "助学金评审不公示，虚报受助学生", "业务流程风险", "高",
         "受助名单班级、学校两级公示，资金直接发放到学生卡。"),
        ("招生就业处", "干事", "general", "顶岗实习安排", "向实习单位收取介绍费，克扣实习报酬", "思想道德风险", "中",
         "实习单位由学校集体确定，实习报酬直接发放给学生。"),
        ("招生就业处", "干事", "general", "招生宣传", "有偿招揽生源，虚假宣传", "外部环境风险", "低",
         "招生简章经区教育局审核，严禁有偿招生。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "duilong_vocational_school_posts", "https://www.xhlnet.com/other/386083.html",
        "区职业技术学校 岗位廉政风险点排查表 对岗不对人, after the source's 职业学校收费乱象 调查 (实训耗材费, 校企合作费, "
        "定向班, 教材费, 不开票据): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def duilong_kindergarten_cards() -> dict:
    unit = f"{PLACE}幼儿园"
    t = _Truth(unit)
    cards = [
        ("园长", "卫瑷岫", "园长", "主持幼儿园全面工作", "leader", [
            ("虚开现金支出票据，克扣幼儿伙食费", "★★★", "伙食费专账核算，每月公示伙食收支和带量食谱。"),
            ("保教费、代收费合并收取，擅自提高标准", "★★★", "收费项目和标准报区发改、教育部门备案并公示。"),
            ("接受家长宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副园长", "盛珣峪", "副园长", "分管后勤、卫生保健", "leader", [
            ("食材采购以次充好，验收不严", "★★", "食材定点采购，入库双人验收签字。"),
            ("园服、床上用品统一代购收取回扣", "★★", "代购坚持家长自愿，结算公示、多退少补。"),
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
        "duilong_kindergarten_cards", "https://folksfolks.com/women/2011-05/16/content_4556277.htm",
        "区幼儿园 领导干部廉政风险防控卡, one sheet a leader, after the source's 幼儿园园长 克扣幼儿伙食费 案 (虚开现金支出票据, "
        "伙食费、保险费、保育费): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def duilong_supervision_office_group_rows() -> dict:
    unit = f"{PLACE}教育督导室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、督导室领导", "督导室领导", [
            ("主任", "卫玚峘", "leader", [
                ("督政评估结论受人情干扰，降低评估标准", "一级风险", "评估结论经督导室集体审议，报区政府教育督导委员会。"),
                ("督导问题整改验收走过场", "二级风险", "整改情况逐项复核，结果向社会公开。"),
            ]),
        ]),
        ("二、督政组", "督政组", [
            ("组长", "盛璘屹", "middle", [
                ("乡镇履行教育职责评价数据不实", "二级风险", "评价数据与统计报表逐项核对，两人签字。"),
            ]),
            ("督学", "卫琮峤", "general", [
                ("专项督导中接受被督导单位宴请", "二级风险", "签订廉洁督导承诺书，督导期间不得接受宴请。"),
                ("泄露督导检查时间和内容", "三级风险", "随机确定督导对象和时间，实行“四不两直”。"),
            ]),
        ]),
        ("三、评估监测组", "评估监测组", [
            ("监测员", "盛瑭岑", "general", [
                ("质量监测组织不严，监测数据弄虚作假", "二级风险", "监测全程监考，数据由两人分别录入比对。"),
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
        "duilong_supervision_office_group_rows", "https://dx.tcc.edu.cn/h/ktyj/2024-12-11/6585.html",
        "区教育督导室 廉政风险防控责任清单 under GROUP ROWS, after the source's paper on 教育督政 (督政, 督学, 评估监测, "
        "履行教育职责评价, 问责): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、督导室领导``, ``二、督政组``, ``三、评估监测组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def duilong_second_primary_selfchecks() -> dict:
    unit = f"{PLACE}第二小学"
    t = _Truth(unit)
    people = [
        ("盛璠岚", "校领导", "校长", "leader", [
            ("校服选用不经家长委员会，指定供应商", "Ⅰ级", "校服选用征得三分之二以上家长同意，坚持自愿购买。", "已落实"),
            ("大宗物品采购化整为零", "Ⅱ级", "采购计划经校务会研究，按限额进平台。", "未发现问题"),
        ]),
        ("卫瑄峋", "总务处", "主任", "middle", [
            ("校服款经个人账户收取", "Ⅰ级", "校服款由供应商直接收取，学校不经手。", "已落实"),
            ("固定资产登记不全，处置不报批", "Ⅲ级", "资产每年盘点，处置报区教育局审批。", "已落实"),
        ]),
        ("盛琦峂", "德育处", "主任", "middle", [
            ("“六一”等活动向家长收取服装费", "Ⅱ级", "活动经费从公用经费列支，严禁向家长摊派。", "未发现问题"),
            ("评选优秀学生干部暗箱操作", "Ⅲ级", "评选条件和结果在班级、学校公示。", "已落实"),
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
        sh.add("本人签名：", None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "duilong_second_primary_selfchecks", "https://news.inewsweek.cn/politics/2025-07-18/26011.shtml",
        "区第二小学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's reporting on "
        "“校服腐败” (自愿购买, 家长同意, 采购回扣, 报账员私人收款): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def duilong_naiqiong_central_primary_list() -> dict:
    unit = f"{PLACE}乃琼镇中心小学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "卫珏岷", "leader", "“三包”经费使用不按标准，挤占挪用", "制度机制", "高风险",
         "“三包”经费专账核算，每学期公示使用情况。"),
        ("校领导", "校长", "卫珏岷", "leader", "寄宿生生活用品采购不公开", "岗位职责", "中风险",
         "生活用品集中采购，家长代表参与验收。"),
        ("后勤处", "会计", "盛瑗峥", "general", "虚报寄宿学生人数套取补助", "业务流程", "高风险",
         "寄宿生名单与学籍系统核对，镇中心学校复核。"),
        ("后勤处", "会计", "盛瑗峥", "general", "补助资金发放不及时、不到人", "思想道德", "低风险",
         "补助资金通过银行卡发放，发放表学生家长签字。"),
        ("后勤处", "食堂管理员", "卫琨岿", "general", "食堂饭菜以次充好，克扣学生伙食", "外部环境", "中风险",
         "每周公布食谱，校领导陪餐并记录。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "duilong_naiqiong_central_primary_list",
        "http://ltwysoft.com/xz/tpxw/20210621/t20210621_525517651.shtml",
        "镇中心小学 岗位廉政风险防控一览表, after the source's reporting on 西藏 教育“三包”政策 (包吃、包住、包学习用品, "
        "生均经费标准, 寄宿学生): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/校长（签字） "
        "line",
        [sh], t,
    )  # fmt: skip


def duilong_gurong_central_primary_register() -> dict:
    unit = f"{PLACE}古荣乡中心小学"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "盛琬峒", "leader", [
            ("公用经费支出不经集体研究", "制度机制", "一级", "经费支出按额度由校务会研究，票据公开。"),
            ("教学点补助经费分配不均", "岗位职责", "二级", "教学点经费按生均标准测算，结果公示。"),
        ]),
        ("教导处", "主任", "卫璞岌", "middle", [
            ("免费教科书征订数量虚报", "业务流程", "二级", "征订数量与在校生人数核对，签字确认。"),
        ]),
        ("总务处", "报账员", "盛瑢峤", "general", [
            ("报账票据不实，虚列支出", "业务流程", "一级", "报账附采购清单和验收单，校长审签。"),
            ("为亲友报销私人费用", "思想道德", "三级", "报销单据每月抽查，年终审计。"),
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
        "duilong_gurong_central_primary_register",
        "http://sczj.haikou.gov.cn/xxgk/zcwj/flfg/202203/t872258.shtml",
        "乡中心小学 廉政风险点排查登记表, after the source's 城乡义务教育补助经费管理办法 (公用经费, 免费教科书, 寄宿生生活费, "
        "教学点): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    duilong_first_middle_school_points_by_holder_columns(),
    duilong_education_bureau_two_sheets(),
    duilong_vocational_school_posts(),
    duilong_kindergarten_cards(),
    duilong_supervision_office_group_rows(),
    duilong_second_primary_selfchecks(),
    duilong_naiqiong_central_primary_list(),
    duilong_gurong_central_primary_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch948-inbox"))

"""The six-hundred-and-fifty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's space and
landing-site service bodies, 四子王旗 (of 乌兰察布市, 内蒙古) — its 着陆场保障中心, 航天文旅发展有限公司,
航天科普馆, 神舟着陆场景区服务中心, 航天研学营地, 航天特色小镇管理委员会 and 航天育种产业园服务中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 着陆场保障中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 航天文旅发展有限公司's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 航天科普馆's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 神舟着陆场景区服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、票务组`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 航天研学营地's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 航天特色小镇管理委员会's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 航天育种产业园服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``siziwang_reception_centre_dept_post_grid``: the 航天接待服务中心's 各部门岗位廉政风险点分布表, a GRID
  with the DEPARTMENTS ACROSS (``岗位＼部门`` in the corner, then ``综合部 | 客房部 | 餐饮部 | 车辆调度部``)
  and the POST TIERS DOWN (``部长 | 主管 | 专员``, one row each, the same three posts in every
  department); each cell holds that department's post's points, numbered one a line, each closing
  with its level in brackets (``1.…（高）⏎2.…（中）``); ``/`` where a department has no such post's
  points; a merged ``防控措施：…`` row under the grid. A form is a (department, post) cell: its
  department from the column, its post from the row (对岗不对人, no names). The README's 读得懂的表
  knows a 岗位 × 级别 cross table (posts across or down, levels the other way), 风险类型 × 级别
  and types × holders cross tables, a staffing grid of outlets × posts (names in the cells, points
  in a separate list), and holders down × types across; it does not describe a grid of 科室 across
  by 岗位 down whose cells are each a post's own list of points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a piece on why 四子王旗 became the
神舟 landing site — 神舟路, 搜救任务车辆, 纪念碑; a 景点 page on the 神舟着陆区 of 红格尔苏木; a note on the
东风着陆场 — 搜救队伍; a 中国航天日 piece on 航天文旅 — 航天观礼, 研学, 工业旅游; a 科技日报 piece on
航天+旅游 — 科普教育示范基地, 体验园; a 文昌 piece on 航天文旅 — 旅游产品; a piece on 商业航天发射场 —
兴建计划, 能力冗余; a study of 载人航天商业化 — 私营企业, 采购合同) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 宁 and 向 with rare given names); every unit is a body of 四子王旗.

Run ``python tests/published/score.py --set batch658`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each filled cell is one form: the department of its column, the post of its
  row, no person; each numbered line of the cell is a point, its level the bracketed ``（高）/（中）/
  （低）`` closing it (the bracket and the number are not part of the point); ``/`` is no form; the
  merged ``防控措施：…`` row and the ``注：`` line are no points;
- ``中心领导`` (a group row) is the 科室 of those leaders; the 保障中心's leaders (sheet ``中心领导``, no
  科室 column) and the cards' leaders have no 科室; a 部, a 科 and a 组 are 科室;
- 主任, 副主任, 馆长, 总经理, 营地主任 are leaders; 科长, 部长 and a 组's 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 文旅公司's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b658_"
PLACE = "四子王旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

DEPTS = ["综合部", "客房部", "餐饮部", "车辆调度部"]
POSTS = [("部长", "middle"), ("主管", "general"), ("专员", "general")]

# GRID[post][dept]: [(point, 高/中/低)] or [] for ``/``
GRID = {
    "部长": {
        "综合部": [("航天任务保障接待标准超规定，虚列接待费用", "高"),
                   ("办公用品和纪念品采购指定供应商", "中")],
        "客房部": [("任务期间房间预留优亲厚友，私自对外高价转让", "高")],
        "餐饮部": [("食材供应商选定不经比选，收受回扣", "高"),
                   ("餐饮外包合同变更不报中心集体研究", "中")],
        "车辆调度部": [("搜救保障车辆租赁价格虚高", "高")],
    },
    "主管": {
        "综合部": [("观礼证件发放把关不严，违规向关系人发放", "中")],
        "客房部": [("房费减免不按规定审批", "中"), ("客房布草洗涤结算虚报数量", "低")],
        "餐饮部": [("食材验收数量、质量把关不严", "中")],
        "车辆调度部": [],
    },
    "专员": {
        "综合部": [],
        "客房部": [("收取住宿押金不开票据", "低")],
        "餐饮部": [("库存食材私自带出或处置", "低")],
        "车辆调度部": [("公务用车私用，加油卡私用", "中"), ("派车单据事后补填", "低")],
    },
}  # fmt: skip


def siziwang_reception_centre_dept_post_grid() -> dict:
    unit = f"{PLACE}航天接待服务中心"
    n = len(DEPTS)
    sh = _Sheet("分布表", [10] + [34] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}各部门岗位廉政风险点分布表", n + 1)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", n + 1)
    sh.add("岗位＼部门", *DEPTS)
    for post, _tier in POSTS:
        cells = []
        for dept in DEPTS:
            items = GRID[post][dept]
            if not items:
                cells.append(NONE)
                continue
            cells.append("\n".join(f"{i}.{p}（{lv}）" for i, (p, lv) in enumerate(items, 1)))
        sh.add(post, *cells)
    r = sh.add(
        "防控措施：任务保障接待严格执行接待标准，一事一审批；采购、租赁一律比选并公示结果；"
        "票据、押金、派车单统一编号管理，每月由综合部会同财务人员抽查。",
        *([None] * n),
    )
    sh.merge(r, 0, r, n)
    _line(sh, "注：各格内括号中为风险等级（高、中、低）；“/”表示该部门该岗位无廉政风险点。", n + 1)
    sh.add("填表：", None, "审核：", "主任（签字）：", None)
    # the truth: one form a filled cell, departments left to right, posts top to bottom
    for dept in DEPTS:
        for post, tier in POSTS:
            for point, lv in GRID[post][dept]:
                t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    return _layout(
        "siziwang_reception_centre_dept_post_grid", "https://yaliqi.com/new/7ab719e77fe7465c8ca6f61e856d5048",
        "(harder) 旗 航天接待服务中心 各部门岗位廉政风险点分布表, after the source's piece on the 四子王旗 航天着陆场 "
        "(神舟路, 搜救任务车辆, 纪念碑): a title, a 填报单位 line, then a GRID: ``岗位＼部门`` in the corner, the four "
        "DEPARTMENTS ACROSS (综合部, 客房部, 餐饮部, 车辆调度部), the three POSTS DOWN (部长, 主管, 专员), each cell that "
        "department's post's points numbered one a line, each closing with ``（高）/（中）/（低）``, ``/`` for none; a "
        "merged ``防控措施：…`` row, a ``注：`` line and a 填表/审核/主任（签字） line; no names, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def siziwang_landing_support_two_sheets() -> dict:
    unit = f"{PLACE}着陆场保障中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宁翀珝", "主任", "主持全面工作", [
            ("着陆场保障物资采购不经集体研究", "一级", "保障物资采购经中心主任办公会研究，按程序比选。"),
            ("神舟路养护项目插手干预招投标", "一级", "养护项目一律进入旗公共资源交易中心。"),
        ]),
        ("向澂翾", "副主任", "分管场区保障、应急搜救", [
            ("搜救任务车辆、油料费用结算不实", "一级", "车辆油料凭派车单、行车记录结算，财务复核。"),
            ("场区临时用工人员招用优亲厚友", "二级", "临时用工公开招用，名单公示。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室岗位廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("场区保障科", "科长", "宁珝岍", "middle", "着陆区草场补偿面积核定不实", "一级",
         "补偿面积现场测量，嘎查公示后报批。"),
        ("场区保障科", "科长", "宁珝岍", "middle", "纪念碑维护工程验收走过场", "二级", "工程验收邀请旗纪检监察组参加。"),
        ("场区保障科", "科员", "向霂琤", "general", "保障物资出入库登记不全", "三级", "物资出入库双人签字，每季度盘点。"),
        ("综合科", "科长", "宁湉璆", "middle", "任务保障经费报销审核不严", "一级", "经费报销三级审核，专账核算。"),
        ("综合科", "会计", "向琇沨", "general", "公务接待费用虚列", "二级", "接待费凭公函、清单、发票报销。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "siziwang_landing_support_two_sheets", "https://qqx.com/jingdian/46506",
        "旗 着陆场保障中心 廉政风险防控一览表 in TWO SHEETS, after the source's 景点 page on the 神舟着陆区 (红格尔苏木 "
        "大草原, 搜救人员, 着陆首选地): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def siziwang_space_tourism_company_posts() -> dict:
    unit = f"{PLACE}航天文旅发展有限公司"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "leader", "观礼活动合作方选定", "航天观礼活动合作旅行社选定不公开，暗箱操作", "制度机制风险", "高",
         "合作方公开征集，经营班子集体研究确定。"),
        ("市场部", "经理", "middle", "研学线路定价", "研学线路定价随意，给关系单位让利", "岗位职责风险", "高",
         "线路价格经价格评审小组审定并公示。"),
        ("市场部", "经理", "middle", "门票优惠审批", "擅自扩大门票免费和优惠范围", "业务流程风险", "中",
         "优惠政策按文件执行，优惠票逐张登记。"),
        ("工程部", "经理", "middle", "体验园改造工程", "工程量签证不实，虚增工程款", "外部环境风险", "中",
         "签证由监理、工程部、财务部三方签字。"),
        ("财务部", "出纳", "general", "门票收入解缴", "门票现金收入截留、延迟解缴", "思想道德风险", "低",
         "门票收入日结日缴，系统数据与现金核对。"),
        ("财务部", "出纳", "general", "纪念品销售款管理", "纪念品销售款坐支", "业务流程风险", "中",
         "销售款统一入账，不得坐支。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合部", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "siziwang_space_tourism_company_posts", "http://www.cjwjx.com/1344.html",
        "旗 航天文旅发展有限公司 岗位廉政风险点排查表 对岗不对人, after the source's 中国航天日 piece on 航天文旅 (航天观礼, "
        "研学, 工业旅游, 旅游产品): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def siziwang_science_museum_selfchecks() -> dict:
    unit = f"{PLACE}航天科普馆"
    t = _Truth(unit)
    people = [
        ("宁昶瀛", "馆领导", "馆长", "leader", [
            ("科普展品采购需求量身定制", "Ⅰ级", "采购需求经专家论证，公开采购。", "已落实"),
            ("展馆讲解服务外包违规发包", "Ⅱ级", "外包服务公开比选，合同经馆务会审定。", "未发现问题"),
        ]),
        ("向瑗翎", "展教部", "讲解员", "general", [
            ("团体参观私自收取讲解费", "Ⅰ级", "讲解服务一律免费，公布监督电话。", "已落实"),
            ("科普进校园活动虚报补助", "Ⅲ级", "活动补助凭签到表、照片报销。", "已落实"),
        ]),
        ("宁沄璟", "办公室", "文员", "general", [
            ("预约参观名额优先照顾关系人", "Ⅱ级", "预约系统按时间先后放号。", "未发现问题"),
            ("文创产品寄售结算不及时", "Ⅲ级", "寄售结算每月一次，台账公开。", "已落实"),
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
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "siziwang_science_museum_selfchecks", "http://qihoojma.com/n1/2022/0715/c1012-32476110.html",
        "旗 航天科普馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 科技日报 piece "
        "on 航天+旅游 (航天博物馆, 航天体验园, 科普教育示范基地): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def siziwang_landing_scenic_group_rows() -> dict:
    unit = f"{PLACE}神舟着陆场景区服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "向翊沅", "leader", [
                ("景区游客中心改造项目化整为零规避招标", "一级风险", "改造项目按限额标准报旗文旅局审批。"),
                ("景区经营摊位分配不公开", "一级风险", "摊位公开抽签分配，结果公示。"),
            ]),
        ]),
        ("二、综合组", "综合组", [
            ("组长", "宁岚琮", "middle", [
                ("纪念碑周边保洁服务验收不严", "二级风险", "保洁考核每月一次，考核表存档。"),
            ]),
            ("会计", "向汐昉", "general", [
                ("景区停车费收入不入账", "二级风险", "停车费线上收取，每日对账。"),
                ("讲解员劳务费发放不及时", "三级风险", "劳务费按月发放并公示。"),
            ]),
        ]),
        ("三、票务组", "票务组", [
            ("组长", "宁霈澂", "middle", [
                ("门票回收重复销售", "二级风险", "门票检票即作废，系统核销。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "siziwang_landing_scenic_group_rows", "http://weirz.com/1/202503/107797.html",
        "旗 神舟着陆场景区服务中心 廉政风险防控责任清单, after the source's note on the 东风着陆场 (着陆任务, 搜救队伍, "
        "航天事业新地标): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、综合组``, ``三、票务组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def siziwang_study_camp_cards() -> dict:
    unit = f"{PLACE}航天研学营地"
    t = _Truth(unit)
    cards = [
        ("营地主任", "宁璠湄", "营地主任", "主持营地全面工作", "leader", [
            ("研学合作机构引进不经集体决策", "★★★", "合作机构引进经营地班子会研究。"),
            ("营地餐饮承包违规发包", "★★★", "餐饮承包公开招标。"),
            ("接受研学机构宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "向珂汧", "副主任", "分管安全、后勤", "leader", [
            ("研学营员保险采购收受回扣", "★★", "保险采购三家比价，结果公示。"),
            ("营地设施维修验收不严", "★★", "验收邀请财务人员参加。"),
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
        "siziwang_study_camp_cards", "http://www.wchtc.net/xinwen/2022/show-3243.html",
        "旗 航天研学营地 领导干部廉政风险防控卡, one sheet a leader, after the source's 文昌 piece on 航天文旅 (旅游产品, "
        "文化教育, 商业建设): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def siziwang_space_town_list() -> dict:
    unit = f"{PLACE}航天特色小镇管理委员会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("管委会领导", "主任", "向曦岱", "leader", "小镇招商引资优惠政策兑现不公开", "制度机制", "高风险",
         "优惠政策兑现经主任办公会研究并公示。"),
        ("管委会领导", "主任", "向曦岱", "leader", "商业航天配套项目选址干预", "岗位职责", "中风险",
         "项目选址经规划评审会论证。"),
        ("规划建设部", "部长", "宁琰翃", "middle", "小镇基础设施工程变更审批不严", "业务流程", "中风险",
         "工程变更按程序报批，资料存档。"),
        ("招商服务部", "部长", "向湘璆", "middle", "接受入驻企业礼品礼金", "外部环境", "高风险",
         "签订廉洁承诺书，企业评议招商人员。"),
        ("招商服务部", "专员", "宁瑗岙", "general", "入驻企业资料审核把关不严", "业务流程", "中风险",
         "资料审核双人复核。"),
        ("财务部", "出纳", "向珵汐", "general", "项目资金拨付不按进度", "思想道德", "低风险",
         "资金拨付凭监理进度确认单。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "siziwang_space_town_list", "https://m.fx361.cc/news/2019/0527/13319483.html",
        "旗 航天特色小镇管理委员会 岗位廉政风险防控一览表, after the source's piece on 商业航天发射场 (兴建计划, 商业航天企业, "
        "产业生态): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def siziwang_breeding_park_register() -> dict:
    unit = f"{PLACE}航天育种产业园服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "宁沨翎", "leader", [
            ("航天育种示范项目资金分配不公", "制度机制", "一级", "资金分配方案集体研究并公示。"),
            ("亲属参与园区种子经营", "思想道德", "二级", "亲属回避，定期报告。"),
        ]),
        ("技术推广科", "科长", "向岫沅", "middle", [
            ("示范户遴选优亲厚友", "岗位职责", "二级", "示范户由嘎查推荐、公示。"),
        ]),
        ("技术推广科", "技术员", "宁澍琪", "general", [
            ("向农牧户推销指定种子、农资", "外部环境", "一级", "严禁推销，公布举报电话。"),
            ("技术服务补贴虚报", "业务流程", "三级", "补贴凭服务记录、农户签字发放。"),
        ]),
        ("综合科", "出纳", "向芃璐", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
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
        "siziwang_breeding_park_register", "http://jizihe.com/page/2016/0722/14025642.shtml",
        "旗 航天育种产业园服务中心 廉政风险点排查登记表, after the source's study of 载人航天商业化 (私营企业, 采购合同, 运营管理"
        "流程): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    siziwang_reception_centre_dept_post_grid(),
    siziwang_landing_support_two_sheets(),
    siziwang_space_tourism_company_posts(),
    siziwang_science_museum_selfchecks(),
    siziwang_landing_scenic_group_rows(),
    siziwang_study_camp_cards(),
    siziwang_space_town_list(),
    siziwang_breeding_park_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch658-inbox"))

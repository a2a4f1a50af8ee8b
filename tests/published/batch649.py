"""The six-hundred-and-forty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 机关党建
bodies, 东河区 (of 包头市, 内蒙古自治区) — its 直属机关工作委员会, 党群服务中心, 党员教育中心, 区委党校,
公务用车服务中心, 非公有制经济组织和社会组织党委 and 党史研究室 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 直属机关工作委员会's 一览表 in TWO SHEETS: ``工委领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 党群服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 党员教育中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 区委党校's 责任清单 under GROUP ROWS ``一、校领导`` … ``三、办公室`` merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 公务用车服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 非公有制经济组织和社会组织党委's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 |
  责任人`` on EVERY row, short types, ``高风险/中风险/低风险``;
- the 党史研究室's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``donghe_affairs_centre_levels_by_post``: the 机关事务服务中心's 廉政风险点防控清单, ONE ROW A POINT
  (``序号 | 业务事项 | 廉政风险点 | 责任岗位 | 责任人 | 风险等级 | 防控措施``); a point several posts share
  lists them in the ``责任岗位`` cell one a line and their holders in the ``责任人`` cell one a line
  (paired by line), and its ``风险等级`` cell gives EACH POST ITS OWN LEVEL, one a line, labelled by the
  post (``副主任：二级⏎采购员：一级``), as a ``注：`` line under the table says (同一风险点涉及几个岗位的，
  风险等级按岗位分别评定); a point of one post has a plain ``一级`` in that cell. The README's 读得懂的表
  knows the paired ``责任岗位``/``责任人`` lines (the point goes to each pair, with the row's one level),
  a holder's own level in his own COLUMN under a merged ``风险等级`` heading, level columns whose cells
  name the holders, and ``受理员：…⏎民政员：…`` lines of POINTS labelled by post; it does not describe a
  level cell whose lines, labelled by post, give each paired holder of the shared point a level of
  his own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 党纪 case on 违规发展党员 —
入党材料 弄虚作假, 审核把关 不严; a 政协委员's proposal on 党群服务阵地 — 运营能力, 预算审议, 活动课程采购;
a 先锋网 piece on 变相违规培训 — 虚报人数, 借培训公款旅游; a university's notice on 党建活动经费 —
三会一课, 教育培训, 严禁发放补助; a 纪检监察组's 公车加油卡 专项检查 — 一车一卡, 单车油耗, 每月公示;
an article on 党费 收缴、使用和管理 — 按月交纳, 专款专用, 公开透明; an article on 清廉机关 特色项目 —
权力运行公开, 流程再造; a 街道's 党群服务站 建设 — 小额零星项目采购, 招标) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 邝 and 阎 with rare given names); every unit is a body of 东河区.

Run ``python tests/published/score.py --set batch649`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each line of a ``责任岗位`` cell pairs with the same line of the ``责任人`` cell,
  and the row's point is a point of every pair, at the level its own post's line of the ``风险等级``
  cell gives (``采购员：一级`` is 1 for the 采购员); a row of one post has one plain level; one form a
  holder, no 科室 (the table names none); ``业务事项`` is no point and names no holder; the ``注：`` line
  and the 制表/审核 line are no points;
- ``工委领导``, ``校领导``, ``中心领导``, ``室领导`` (a sheet, a group row, a 所在科室 cell, a 科室 cell) are
  the 科室 of those leaders, as ``学校领导`` was; the 工委's leaders (sheet ``工委领导``, no 科室 column)
  and the cards' holders have no 科室; a 科, an 办公室 and a 车队 are 科室; a group row ``三、办公室``
  gives the 科室 ``办公室`` (its number left off);
- every body is a unit of its own: 书记, 副书记, 主任 and 副主任 of a 中心 or 研究室, and 常务副校长 are
  leaders; 科长 and an 办公室's 主任 middle; the rest (科员, 干事, 调度员, 驾驶员, 党建指导员, 采购员,
  资产管理员, 车辆调度员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 党员教育中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b649_"
PLACE = "东河区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
COLON = "："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 中心's posts and their holders
HOLDERS = {
    "中心主任": ("阎瑢澈", "leader"),
    "副主任": ("邝琰翀", "leader"),
    "采购员": ("阎湘玥", "general"),
    "资产管理员": ("邝霁珩", "general"),
    "车辆调度员": ("阎澂琬", "general"),
}

# (业务事项, 廉政风险点, ((post, level), …), 防控措施)
SHARED = [
    ("政府采购", "采购需求设置倾向性条款，指定品牌", (("副主任", "二级"), ("采购员", "一级")),
     "采购需求经中心办公会集体研究，进入区公共资源交易中心。"),
    ("食堂食材采购", "食材供应商选定暗箱操作，收受回扣", (("中心主任", "二级"), ("副主任", "一级"), ("采购员", "一级")),
     "食材实行集中采购，供应商比选结果公示，验收双人签字。"),
    ("办公用房管理", "办公用房超标准配置、调剂不公", (("中心主任", "一级"), ("资产管理员", "二级")),
     "办公用房按标准核定，调剂方案公示。"),
    ("国有资产处置", "国有资产处置低价评估、私自处置", (("资产管理员", "一级"),),
     "资产处置报区财政局审批，委托第三方评估。"),
    ("公务用车管理", "派车不按规定，公车私用", (("副主任", "二级"), ("车辆调度员", "一级")),
     "实行派车单制度，车辆安装北斗定位。"),
    ("维修工程", "维修工程化整为零规避招标", (("中心主任", "一级"), ("副主任", "二级")),
     "维修项目按小额零星项目采购管理办法执行。"),
    ("公务接待", "超标准接待、虚报接待费用", (("副主任", "二级"),), "接待凭公函和接待清单报销。"),
    ("物业服务", "物业服务考核走过场，多付服务费", (("资产管理员", "三级"),),
     "物业服务按月考核，考核结果与付款挂钩。"),
]  # fmt: skip


def donghe_affairs_centre_levels_by_post() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("防控清单", [6, 12, 34, 12, 10, 16, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点防控清单", 7)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", 7)
    sh.add("序号", "业务事项", "廉政风险点", "责任岗位", "责任人", "风险等级", "防控措施")
    for i, (matter, point, posts, measures) in enumerate(SHARED, 1):
        if len(posts) == 1:
            level_cell = posts[0][1]
        else:
            level_cell = "\n".join(f"{post}{COLON}{lv}" for post, lv in posts)
        sh.add(i, matter, point, "\n".join(p for p, _ in posts),
               "\n".join(HOLDERS[p][0] for p, _ in posts), level_cell, measures)  # fmt: skip
    # the truth one form a holder, in the order of HOLDERS
    for post, (who, tier) in HOLDERS.items():
        for _matter, point, posts, _measures in SHARED:
            for p, lv in posts:
                if p == post:
                    t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：同一风险点涉及几个岗位的，风险等级按岗位分别评定，在“风险等级”栏按岗位逐行注明；"
              "风险等级分一级（高）、二级（中）、三级（低）。", 7)  # fmt: skip
    sh.add("制表：综合科", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "donghe_affairs_centre_levels_by_post", "http://m.togoyancong.com/showinfo-227-338333-0.html",
        "(harder) 区机关事务服务中心 廉政风险点防控清单, after the source's 街道 党群服务站 建设 (功能室布局, 小额零星项目采购, "
        "公共资源交易中心, 招标): a title, a merged ``单位：…　2025年6月`` line, then ONE ROW A POINT 序号/业务事项/廉政风险点/"
        "责任岗位/责任人/风险等级/防控措施; a point of several posts lists them one a line in 责任岗位 and their holders one a "
        "line in 责任人, and its 风险等级 cell gives EACH POST ITS OWN LEVEL one a line, labelled by the post "
        "(``副主任：二级⏎采购员：一级``); a point of one post a plain ``一级``; no type column; a merged ``注：`` line saying "
        "levels are rated post by post, and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def donghe_work_committee_two_sheets() -> dict:
    unit = f"{PLACE}直属机关工作委员会"
    t = _Truth(unit)
    lead = _Sheet("工委领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阎珣澈", "书记", "主持工委全面工作", [
            ("机关党组织换届人选酝酿不充分，个人说了算", "一级", "换届人选经工委会集体研究，报区委组织部审核。"),
            ("发展党员计划分配优亲厚友", "二级", "发展党员计划按党员队伍结构统筹分配，结果公示。"),
        ]),
        ("邝翮霁", "副书记", "分管组织、纪检工作", [
            ("党员违纪处分意见审核不严、降格处理", "一级", "处分事项经工委会集体讨论，按程序报批。"),
            ("评选先进基层党组织打招呼、定名额", "二级", "评选条件量化，评审结果公示五个工作日。"),
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
    dept = _Sheet("科室", [6, 12, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("组织科", "科长", "阎琤沅", "middle", "入党积极分子培养考察材料审核把关不严", "一级",
         "发展党员材料实行预审制，逐项核对。"),
        ("组织科", "科长", "阎琤沅", "middle", "党员组织关系转接不按程序办理", "二级", "组织关系转接全程系统留痕。"),
        ("组织科", "科员", "邝湉岫", "general", "党费收缴台账登记不实", "三级", "党费台账按月核对，季度公示。"),
        ("宣传科", "科长", "阎璟翾", "middle", "理论学习教材征订中指定书商", "二级", "教材征订按政府采购目录执行。"),
        ("办公室", "主任", "邝澍岚", "middle", "机关党建经费报销审核不严，虚列支出", "一级", "经费支出经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "donghe_work_committee_two_sheets", "https://m.yybnet.net/news/china/201909/9581097.html",
        "区直属机关工作委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 党纪 case on 违规发展党员 (入党申请材料 "
        "弄虚作假, 组织委员 审核把关, 党纪处分): sheet 工委领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with "
        "科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def donghe_service_centre_cards() -> dict:
    unit = f"{PLACE}党群服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "阎沅琇", "主任", "主持中心全面工作", "leader", [
            ("党群活动课程采购不经集体研究", "★★★", "课程采购经中心办公会研究，按程序比选。"),
            ("阵地运营第三方服务考核走过场", "★★", "运营服务按季度考核，考核结果与付款挂钩。"),
            ("接受服务供应商宴请", "★", "严守中央八项规定精神，签订廉洁承诺书。"),
        ]),
        ("副主任", "邝珵翊", "副主任", "分管阵地运营、活动组织", "leader", [
            ("活动场地预约安排优亲厚友", "★★", "场地预约网上公开，按先后顺序安排。"),
            ("活动物资采购虚报数量", "★★★", "物资采购登记造册，出入库双人签字。"),
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
        "donghe_service_centre_cards",
        "https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/jyta_qbj_jybl/content/6a47c34f-4438-4104-9db5-96f07ba8bedc.htm",
        "区党群服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 政协委员 proposal on 党群服务阵地 "
        "(运营能力, 预算审议, 活动课程采购, 场地预约): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def donghe_education_centre_posts() -> dict:
    unit = f"{PLACE}党员教育中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "培训项目安排", "借党员培训名义变相公款旅游", "思想道德风险", "高",
         "培训计划报区委组织部备案，严禁到风景名胜区培训。"),
        ("培训科", "科长", "middle", "培训人数核定", "虚报参训人数套取培训经费", "业务流程风险", "高",
         "参训人员签到表、培训照片存档备查。"),
        ("培训科", "科长", "middle", "师资选聘", "讲课费超标准发放", "制度机制风险", "中",
         "讲课费按标准执行，经财务审核后发放。"),
        ("电教科", "干事", "general", "电教片制作", "电教片制作服务采购中收受好处", "外部环境风险", "中",
         "制作服务比选确定，合同经中心办公会审定。"),
        ("电教科", "干事", "general", "远程教育设备管理", "远教设备出入库不登记，私自借用", "岗位职责风险", "低",
         "设备借用登记，每半年盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "donghe_education_centre_posts", "http://www.ybrxhwn.cn/DocHtml/1/00052799.html",
        "区党员教育中心 岗位廉政风险点排查表 对岗不对人, after the source's 先锋网 piece on 变相违规培训 (借培训公款旅游, "
        "虚报考察人数, 培训费报销): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def donghe_party_school_group_rows() -> dict:
    unit = f"{PLACE}委党校"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"中共{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("常务副校长", "阎翀澍", "leader", [
                ("主体班次开班经费预算审批把关不严", "一级风险", "班次经费预算经校委会集体研究。"),
                ("教学基地选定不经集体研究", "二级风险", "教学基地由校委会研究确定，名单公示。"),
            ]),
        ]),
        ("二、教务科", "教务科", [
            ("科长", "邝岍琰", "middle", [
                ("借三会一课、主题党日名义组织会餐", "一级风险", "党建活动严格执行经费开支范围。"),
            ]),
            ("科员", "阎霂璇", "general", [
                ("学员考勤和结业考核弄虚作假", "二级风险", "考勤每日公示，考核成绩双人录入。"),
                ("向学员推销学习资料", "三级风险", "严禁推销资料，签订承诺书。"),
            ]),
        ]),
        ("三、办公室", "办公室", [
            ("主任", "邝琬岑", "middle", [
                ("党建活动经费发放个人补助", "一级风险", "活动经费据实报销，严禁发放补助。"),
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
        "donghe_party_school_group_rows", "https://bwc.uzz.edu.cn/info/1012/1977.htm",
        "区委党校 廉政风险防控责任清单, after the source's notice on 党建活动经费 (三会一课, 主题党日, 教育培训, 严禁会餐、"
        "严禁发放补助): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、校领导``, ``二、教务科``, ``三、办公室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def donghe_car_centre_selfchecks() -> dict:
    unit = f"{PLACE}公务用车服务中心"
    t = _Truth(unit)
    people = [
        ("阎峣翎", "中心领导", "主任", "leader", [
            ("公务用车购置更新超标准配备", "Ⅰ级", "车辆购置按编制和标准报批。", "已落实"),
            ("车辆维修定点厂家选定不公开", "Ⅱ级", "维修定点厂家公开比选。", "未发现问题"),
        ]),
        ("邝淏瑢", "调度科", "调度员", "general", [
            ("加油卡一卡多车、为私车加油", "Ⅰ级", "一车一卡，加油记录每月公示。", "已落实"),
            ("节假日违规派车", "Ⅱ级", "节假日用车报中心主任审批。", "已落实"),
        ]),
        ("阎珝沨", "车队", "驾驶员", "general", [
            ("虚报车辆油耗、过路过桥费", "Ⅱ级", "单车油耗按月核算，异常情况说明。", "未发现问题"),
            ("私自出车办私事", "Ⅲ级", "车辆安装定位系统，出车登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年4月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "donghe_car_centre_selfchecks", "http://wx.wzlzw.gov.cn/article/1040",
        "区公务用车服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "纪检监察组 公车加油卡 专项检查 (一车一卡, 单车油耗, 节假日加油, 每月公示): a title, a label row ``姓　名 | "
        "所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def donghe_two_new_committee_list() -> dict:
    unit = f"{PLACE}非公有制经济组织和社会组织党委"
    sh = _Sheet("一览表", [6, 14, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合办公室", "主任", "邝瑗昶", "middle", "党费使用不按规定范围列支", "制度机制", "高风险",
         "党费专款专用，使用情况每年公布。"),
        ("组织工作科", "科长", "阎沄琦", "middle", "两新组织党组织组建审批走过场", "岗位职责", "中风险",
         "组建审批材料逐项审核，集体研究。"),
        ("组织工作科", "科长", "阎沄琦", "middle", "党建工作经费分配向关系单位倾斜", "思想道德", "高风险",
         "经费分配按党员人数测算，方案公示。"),
        ("组织工作科", "科员", "邝霈珂", "general", "党费收缴不足额、不按月交纳", "业务流程", "中风险",
         "党费按月收缴，收缴情况季度通报。"),
        ("组织工作科", "党建指导员", "阎璠湛", "general", "接受企业吃请、收受礼品", "外部环境", "低风险",
         "签订廉洁承诺书，指导记录存档。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "书记（签字）：", None, None)
    return _layout(
        "donghe_two_new_committee_list",
        "https://www.seridoat.com/article/jian-she-jiao-na-dang-fei-gui-fan-liu-cheng-yu-tou-ming-guan-li-que-bao-mei-yi-fen-qian-dou-yong-zai.html",
        "区非公有制经济组织和社会组织党委 岗位廉政风险防控一览表, after the source's article on 党费 收缴、使用和管理 (按月交纳, "
        "专款专用, 公开透明, 党费使用范围): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/"
        "岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/书记（签字） line",
        [sh], t,
    )  # fmt: skip


def donghe_history_office_register() -> dict:
    unit = f"{PLACE}党史研究室"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"中共{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("室领导", "主任", "邝昀翾", "leader", [
            ("党史编纂出版项目委托不经集体研究", "制度机制", "一级", "出版项目经室务会研究，按规定采购。"),
            ("接受撰稿人员礼品礼金", "思想道德", "三级", "严守廉洁纪律，节前廉洁提醒。"),
        ]),
        ("征研科", "科长", "阎溱玙", "middle", [
            ("口述史料征集经费虚列支出", "业务流程", "二级", "征集经费凭清单和票据报销。"),
            ("史料征集中收受捐赠人好处", "外部环境", "二级", "征集史料登记入库，捐赠公开。"),
        ]),
        ("编研科", "科员", "邝璩沄", "general", [
            ("稿费、审稿费发放不按标准", "岗位职责", "一级", "稿费标准公开，发放名单经科长审核。"),
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
        "donghe_history_office_register",
        "https://www.hkyyi.com/html/qing-lian-ji-guan-te-se-xiang-mu-da-zao-tou-ming-gao-xiao-zheng-wu-huan-jing-po-jie-quan-li-jian-du.html",
        "区党史研究室 廉政风险点排查登记表, after the source's article on 清廉机关 特色项目 (权力运行公开, 风险排查, 流程再造, "
        "监督信息不对称): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    donghe_affairs_centre_levels_by_post(),
    donghe_work_committee_two_sheets(),
    donghe_service_centre_cards(),
    donghe_education_centre_posts(),
    donghe_party_school_group_rows(),
    donghe_car_centre_selfchecks(),
    donghe_two_new_committee_list(),
    donghe_history_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch649-inbox"))

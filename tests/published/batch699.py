"""The six-hundred-and-ninety-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's education
bodies, 阿鲁科尔沁旗 (of 黄南州, 青海) — its 农牧局, 动物卫生监督所, 畜牧兽医服务中心 and 草原工作站 and its 乡/镇中心学校
(昂拉乡, 坎布拉镇, 当顺乡, 能科乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 农牧局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 畜牧兽医服务中心's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 草原工作站's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a row
  of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 动物疫病预防控制中心's 责任清单 under GROUP ROWS ``一、学校领导`` … ``三、教务处`` merged across (no 处室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 天山镇畜牧兽医站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 草原监督管理所's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 绍根镇畜牧兽医站's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``alukeerqin_supervision_post_sign_row``: the 动物卫生监督所's 领导班子成员廉政风险点分布表, ONE ROW A
  POINT (``序号 | 廉政风险点 | 风险等级 | … | 防控措施``) under a TWO-ROW heading whose ``责任人`` is merged
  across one column a holder, the holders' POSTS only in the second heading row (``所长 | 教导员 | 副所长 |
  副所长``) and their NAMES only in a foot ``本人签字确认`` row under the table, one under each column; each
  row puts ``√`` under EVERY holder whose point it is — one to four ticks a row, the ticks all alike — so
  one row is a point of several holders, a holder's points are the rows ticked in his column, and the
  two 副所长 are told apart only by the sign row.
  The README's 读得懂的表 knows a ``责任岗位`` heading over post columns with ONE ``√`` a row (the ticked
  post is the row's post), a ``●主责　○配合`` responsibility matrix (one main holder a row), a point
  merged down over two posts' rows, a grid of holders across with the points NUMBERED IN THE CELLS,
  and ``廉政风险点`` merged over post columns each cell a point; it does not describe a matrix of
  holders (post over name) across with several equal ticks a row, where a row's point belongs to
  every ticked holder alike.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a topic page on 中小学校 党组织领导的所长负责制 —
“三重一大” 集体讨论, 校服 自愿购买 and 采购; a 驻市农牧局纪检监察组 on 教师招聘 — 招聘公告, 考录程序,
命题, 改卷, 监考; a comment on 职校 “实习腐败” — 职校、中介、企业, 实习单位, 返利; a 教师法修订草案 —
师德师风, 业务培训, 职务评聘; a 县 清廉食堂 — 配送企业准入, 选择评价退出; a “校园餐” 专项整治 —
食材采购, 膳食经费; a 中学's 中层干部会议 — 班子分工, 清正廉洁; a 中学 党支部's 委员会议 — 所长负责制,
议事规则, 师德师风) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 阴 and
南门 with rare given names); every unit is a body of 阿鲁科尔沁旗.

Run ``python tests/published/score.py --set batch699`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every ``√`` makes the row's point a point of the holder in that column (post
  from the second heading row, name from the foot sign row), with the row's level; one form a holder, no
  科室 (the table names none); a point ticked for four holders is four holders' point; ``防控措施``
  names no holder; the ``注：`` line and the 填表/审核 line are no points;
- ``校领导``, ``学校领导``, ``草原工作站领导`` (a 处室 cell, a group row, a 所在组室 cell) are the 科室 of those
  leaders; the 农牧局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a
  school's 处 (教务处, 总务处, 招生就业处, 教导处), a 局's 股 and a 草原工作站's 组 are 科室; a group row
  ``二、总务处`` gives the 科室 ``总务处`` (its number left off);
- every school, the 农牧局 and the 草原工作站 are units of their own: 局长, 副局长, 所长, 副所长, 教导员
  and the 草原工作站's 主任 are leaders; 股长 and a 处's 主任 middle; the rest (股员, 会计, 出纳, 保管员,
  教研员, 班主任, 食堂管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 畜牧兽医服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b699_"
PLACE = "阿鲁科尔沁旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 班子成员 across: (post, name)
LEADERS = [("所长", "阴翯璁"), ("教导员", "南门沨岿"), ("副所长", "阴琰珣"), ("副所长", "南门澂翊")]

# (廉政风险点, 风险等级, ticks under LEADERS, 防控措施)
SHARED = [
    ("“三重一大”事项不经校务会集体研究，个人说了算", "高", (1, 1, 0, 0),
     "“三重一大”事项校务会集体研究，会议纪要存档。"),
    ("教辅资料、校服征订中指定书商、厂家，收受回扣", "高", (1, 0, 1, 0),
     "征订坚持学生家长自愿，书目和厂家由家长委员会参与选定。"),
    ("学生食堂食材配送企业选定暗箱操作", "高", (1, 0, 0, 1),
     "配送企业从县农牧局公布的准入名单中比选，结果公示。"),
    ("职称推荐、评优评先中优亲厚友", "中", (0, 1, 1, 0),
     "推荐条件量化赋分，结果在校内公示五个工作日。"),
    ("营养改善计划资金挤占挪用", "中", (0, 0, 0, 1), "营养餐资金专账核算，每学期公示收支。"),
    ("插班生、转学生接收违反招生政策", "中", (0, 0, 1, 0), "插班转学经招生领导小组审核，名单公示。"),
    ("接受学生家长宴请、礼品礼金", "低", (1, 1, 1, 1), "签订《廉洁从教承诺书》，节前廉洁提醒。"),
]  # fmt: skip


def alukeerqin_supervision_post_sign_row() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    n = len(LEADERS)
    ncols = 3 + n + 1
    sh = _Sheet("班子成员", [6, 40, 8] + [9] * n + [36])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子成员廉政风险点分布表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年5月", ncols)
    top = sh.add("序号", "廉政风险点", "风险等级", "责任人", *([None] * (n - 1)), "防控措施")
    sh.add(None, None, None, *[post for post, _ in LEADERS], None)
    for c in (0, 1, 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 2 + n)
    for i, (point, lv, ticks, measures) in enumerate(SHARED, 1):
        sh.add(i, point, lv, *[TICK if k else None for k in ticks], measures)
    # the truth one form a holder, in the holders' order
    for j, (post, who) in enumerate(LEADERS):
        for point, lv, ticks, _measures in SHARED:
            if ticks[j]:
                t.point(sh.name, "", post, who, "leader", point, [], HML[lv])
    foot = sh.add("本人签字确认", None, None, *[who for _, who in LEADERS], None)
    sh.merge(foot, 0, foot, 2)
    _line(
        sh,
        "注：在本人岗位下打“√”的为本人的廉政风险点，本人在该栏下方签字确认；风险等级分高、中、低三级。",
        ncols,
    )
    sh.add("填表：", None, None, "审核：", None, None, "所长（签字）：", None)
    return _layout(
        "alukeerqin_supervision_post_sign_row", "https://abg.baidu.com/tags/xh5m3ywk33jl3thf23dlz4wsvi16",
        "(harder) 县动物卫生监督所 领导班子成员廉政风险点分布表, after the source's topic page on 中小学校 党组织领导的所长负责制 (“三重一大” 集体讨论, 校服 "
        "自愿购买, 校服采购流程): a title, a merged ``单位：…　2025年5月`` line, then a TWO-ROW heading: 序号/廉政风险点/"
        "风险等级/防控措施 merged down, ``责任人`` merged across four holder columns, under it the posts (所长, 教导员, "
        "副所长, 副所长); the holders' names only in a foot ``本人签字确认`` row under the columns; ONE ROW A POINT with ``√`` under EVERY holder whose point it is "
        "(one to four ticks a row), so one row is a point of several holders and each holder's points are the rows ticked "
        "in his column; 高/中/低, no type column; a merged ``注：`` line and a 填表/审核/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def alukeerqin_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农牧局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阴霂琤", "局长", "主持全面工作", [
            ("教师招聘计划和岗位条件设置带有倾向性", "一级", "招聘计划经局党组会研究，报县人社局审核后公告。"),
            ("学校基建项目插手干预招投标", "一级", "基建项目一律进入县公共资源交易中心。"),
        ]),
        ("南门淏岚", "副局长", "分管人事、招生考试", [
            ("教师招聘面试考官选派不回避", "一级", "考官随机抽取，考前集中封闭管理。"),
            ("义务教育招生划片和插班审批违规", "二级", "招生方案报批并公示，插班名单公开。"),
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
        ("人事股", "股长", "阴璆沄", "middle", "教师招聘笔试、面试成绩登录和复核把关不严", "一级",
         "成绩双人录入、交叉复核，当场公布。"),
        ("人事股", "股长", "阴璆沄", "middle", "教师调动、借用不按程序办理", "二级", "调动经局党组会研究，结果公示。"),
        ("人事股", "股员", "南门岍澍", "general", "职称评审材料审核走过场", "三级", "材料审核实行初审、复审两级。"),
        ("计划财务股", "股长", "阴昶璟", "middle", "教育专项资金分配不按因素法测算", "一级", "资金分配方案公开，接受审计。"),
        ("计划财务股", "会计", "南门珝淇", "general", "学校报账资料审核不严，虚列支出", "二级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "alukeerqin_bureau_two_sheets", "https://scholarmate.com/S/TL1GnE",
        "县农牧局 廉政风险防控一览表 in TWO SHEETS, after the source's 驻市农牧局纪检监察组 on 教师招聘 (招聘公告, 考录程序, "
        "命题, 改卷, 监考, 考务人员): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def alukeerqin_service_center_posts() -> dict:
    unit = f"{PLACE}畜牧兽医服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "所长", "leader", "实训设备采购", "实训设备采购需求量身定制，指定品牌", "制度机制风险", "高",
         "采购需求经专业教师和论证组集体论证。"),
        ("招生就业处", "主任", "middle", "招生宣传", "委托中介有偿招生，收取生源介绍费", "外部环境风险", "高",
         "招生宣传不得委托中介，招生经费专账核算。"),
        ("招生就业处", "主任", "middle", "顶岗实习安排", "向学生收取实习推荐费，与实习单位利益往来", "思想道德风险", "中",
         "实习单位集体研究确定，实习协议三方签订。"),
        ("教务处", "主任", "middle", "技能证书考核", "考核把关不严，违规发放技能证书", "岗位职责风险", "中",
         "考核过程录像，证书名单公示。"),
        ("总务处", "保管员", "general", "实训耗材管理", "实训耗材出入库不登记，私自处置", "业务流程风险", "低",
         "耗材领用登记，每学期盘点。"),
        ("总务处", "保管员", "general", "资助物资发放", "免学费和助学金资助对象认定不实", "业务流程风险", "中",
         "资助对象班级评议、学校审核、公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "alukeerqin_service_center_posts", "http://www.xumurc.com/main/ShowNews_1337.html",
        "县畜牧兽医服务中心 岗位廉政风险点排查表 对岗不对人, after the source's comment on 职校 “实习腐败” (职校—中介—企业, "
        "实习单位选择, 返利提成, 小金库): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def alukeerqin_grassland_station_selfchecks() -> dict:
    unit = f"{PLACE}草原工作站"
    t = _Truth(unit)
    people = [
        ("阴砚琇", "草原工作站领导", "主任", "leader", [
            ("教学质量检测命题、阅卷组织中泄露试题", "Ⅰ级", "命题人员封闭管理，试卷专人押运保管。", "已落实"),
            ("优质课、教学能手评选打招呼、定名次", "Ⅱ级", "评委随机抽取，评分当场公布。", "未发现问题"),
        ]),
        ("南门曦岫", "中学教研组", "教研员", "general", [
            ("向学校推荐、推销教辅资料", "Ⅰ级", "严禁推荐教辅，签订承诺书。", "已落实"),
            ("送教下乡活动虚报差旅补助", "Ⅲ级", "差旅凭行程单报销。", "已落实"),
        ]),
        ("阴崧琬", "小学教研组", "教研员", "general", [
            ("教师培训学时认定不实", "Ⅱ级", "培训签到、考核记录存档备查。", "未发现问题"),
            ("课题结题评审把关不严", "Ⅲ级", "结题评审实行专家匿名评审。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "alukeerqin_grassland_station_selfchecks", "http://zgzysy.com/index/news_xq/id/6201.html",
        "县草原工作站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 教师法修订草案 征求意见稿 "
        "(师德师风, 业务培训, 职务评聘, 教师考核): a title, a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def alukeerqin_cdc_group_rows() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("所长", "南门璠湜", "leader", [
                ("学校食堂食材采购不经集体研究", "一级风险", "食材采购由配送企业统一配送，验收双人签字。"),
                ("村小校舍维修化整为零规避招标", "一级风险", "维修项目按限额标准报县农牧局审批。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "阴峣汧", "middle", [
                ("食材验收数量、质量把关不严", "二级风险", "每日验收记录公示，行政值班人员抽查。"),
            ]),
            ("出纳", "南门朏岑", "general", [
                ("学生伙食费收取不开票据", "二级风险", "伙食费统一缴入学校账户，开具票据。"),
                ("营养餐结余资金不及时清退", "三级风险", "每学期结算并公示，结余按规定处理。"),
            ]),
        ]),
        ("三、教务处", "教务处", [
            ("主任", "阴潆岙", "middle", [
                ("控辍保学数据弄虚作假", "二级风险", "学籍数据与在校生名单每月核对。"),
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
        "alukeerqin_cdc_group_rows", "https://abg.baidu.com/tags/go3njonjxp23ljooxo5m3s7zxg5mvxwsvg24jvwkyg74nqfzydlmnnwi",
        "县乡中心学校 廉政风险防控责任清单, after the source's 清廉食堂 (食材配送企业准入, 选择评价退出, 行政值班查验): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、学校领导``, ``二、总务处``, ``三、教务处`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def alukeerqin_tianshan_station_cards() -> dict:
    unit = f"{PLACE}天山镇畜牧兽医站"
    t = _Truth(unit)
    cards = [
        ("所长", "南门琤翀", "所长", "主持学校全面工作", "leader", [
            ("学校发展重大决策不民主", "★★★", "重大事项校务会集体决策。"),
            ("校园餐承包经营违规发包", "★★★", "食堂自营，不得对外承包。"),
            ("接受供货商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副所长", "阴玧昉", "副所长", "分管后勤、安全", "leader", [
            ("食材配送企业考评走过场", "★★", "考评由家长代表参与，结果公示。"),
            ("校舍安全隐患整治项目验收不严", "★★", "验收邀请县农牧局基建股参加。"),
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
        "alukeerqin_tianshan_station_cards", "https://www.fuyuangu.com/cyzbfy/kepu/eqoom.html",
        "县镇中心学校 领导干部廉政风险防控卡, one sheet a leader, after the source's “校园餐” 专项整治 (食材采购, "
        "膳食经费, 食堂经理, 供货商): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def alukeerqin_grassland_supervision_list() -> dict:
    unit = f"{PLACE}草原监督管理所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("学校领导", "所长", "南门泠岱", "leader", "寄宿生生活补助资金发放不公开", "制度机制", "高风险",
         "补助名单班级评议、学校审核、公示。"),
        ("学校领导", "所长", "南门泠岱", "leader", "教师绩效工资分配搞平均主义或优亲厚友", "岗位职责", "中风险",
         "分配方案经教职工大会通过。"),
        ("教导处", "主任", "阴湄砺", "middle", "教师考勤和代课安排弄虚作假", "业务流程", "中风险",
         "考勤每日公示，代课记录存档。"),
        ("总务处", "主任", "南门珵霈", "middle", "学生床上用品采购收受回扣", "外部环境", "高风险",
         "采购三家比价，家长代表参与验收。"),
        ("总务处", "会计", "阴岷澜", "general", "公用经费支出票据审核不严", "业务流程", "中风险",
         "报账单据经办人、证明人、审批人三签。"),
        ("总务处", "食堂管理员", "南门琮涟", "general", "食堂库存账实不符", "思想道德", "低风险",
         "库存每周盘点，账物核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "alukeerqin_grassland_supervision_list", "http://m.jwbk.com/sannong/2224.html",
        "县乡中心学校 岗位廉政风险防控一览表, after the source's 中学 中层干部会议 (班子分工, 中层干部, 师德师风, 清正廉洁): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def alukeerqin_shaogen_station_register() -> dict:
    unit = f"{PLACE}绍根镇畜牧兽医站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("学校领导", "所长", "阴翎岫", "leader", [
            ("学校大宗物资采购不按程序", "制度机制", "一级", "大宗物资按政府采购目录采购。"),
            ("所长亲属在食堂从业或参与采买", "思想道德", "二级", "亲属回避，食堂从业人员名单公示。"),
        ]),
        ("教务处", "主任", "南门淇沅", "middle", [
            ("学生学籍变动审核不严", "岗位职责", "二级", "学籍变动凭证留存，每月核对。"),
        ]),
        ("教务处", "班主任", "阴瑭岢", "general", [
            ("向学生推销教辅资料", "外部环境", "一级", "签订承诺书，家长监督电话公开。"),
            ("有偿补课", "思想道德", "三级", "开展有偿补课专项排查。"),
        ]),
        ("总务处", "出纳", "南门珺霄", "general", [
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
        "alukeerqin_shaogen_station_register", "https://www.luoyuan.gov.cn/xjwz/zwgk/zfxxgkzdgz/czzj/snbt/tsxdnyzx_76768/202504/t20250417_5006085.htm",
        "县乡中心学校 廉政风险点排查登记表, after the source's 中学 党支部委员会议 (所长负责制, 议事规则, 师德师风): a title, "
        "序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    alukeerqin_supervision_post_sign_row(),
    alukeerqin_bureau_two_sheets(),
    alukeerqin_service_center_posts(),
    alukeerqin_grassland_station_selfchecks(),
    alukeerqin_cdc_group_rows(),
    alukeerqin_tianshan_station_cards(),
    alukeerqin_grassland_supervision_list(),
    alukeerqin_shaogen_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch699-inbox"))

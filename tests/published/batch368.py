"""The three-hundred-and-sixty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 市场监管
bodies, 鄠邑区 (a district of 西安, its staff Han) — the 区市场监督管理局, four of its 市场监督管理所
(甘亭, 秦渡, 余下, 祖庵; the harder file is 甘亭's), its 食品药品检验检测中心, its
消费者权益保护中心 and its 特种设备检验所 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or
自查表 its staff typed in WPS or Excel:

- the 市场监督管理局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader, under a
  title naming the 局领导, no 科室 column) and ``机关科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged
  per person), ``一级/二级/三级``, no type column, a 制表/审核/date line under each;
- the 秦渡市场监督管理所's 防控卡, one sheet a holder (tabs 所长, 副所长, 网格监管员): a pair row
  ``姓　名 | … | 职　务 | …`` and a merged ``分管工作`` (``负责网格``) line above ``序号 | 风险点 | 风险等级 |
  防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人签字： | 所长（签字）：``;
- the 食品药品检验检测中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、样品受理室``, ``三、理化检验室``,
  ``四、微生物检验室``, ``五、综合办公室`` merged across (no 科室 column): ``岗位 | 姓名`` merged per
  person, short types, 高/中/低, a 填表人/审核人/date line;
- the 消费者权益保护中心's 责任清单: ``责任部门`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, the measures and
  a LAST ``分管领导`` column naming the 中心's 副主任 on every row;
- the 特种设备检验所's 排查表 对岗不对人: ``部门`` merged (所领导, 承压设备检验室, 机电设备检验室,
  综合室), ``岗位`` merged per post, a short ``风险点`` beside a long ``风险表现`` (ONE row a 风险点),
  ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 余下市场监督管理所's 自查表, one sheet a person (tabs named by the holder): a LABEL ROW ``姓　名 |
  职　务 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 所长意见：``;
- the 祖庵市场监督管理所's 一览表 under ``附件1``: ``岗位 | 姓名`` written out on EVERY row, nothing merged,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``huyi_ganting_station_roster_by_duty``: the 甘亭市场监督管理所's 岗位廉政风险防控表, whose table names
  POSTS ONLY (``序号 | 岗位 | 分工 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施``, no 姓名 column) while
  the holders stand in a ROSTER ABOVE IT, the 所's 人员分工 as it is put on the 所's 公示栏: three rows
  with side labels in column A, ``岗　位 | 所长 | 副所长 | 副所长 | 网格监管员 | 网格监管员 | 综合内勤``,
  ``姓　名 | … (six people)`` and ``分　工 | 主持全面工作 | 分管食品、药品安全 | 分管特种设备、计量和价格 |
  甘亭街道北片网格 | 甘亭街道南片网格 | 登记注册和内勤``. TWO POSTS ARE HELD BY TWO PEOPLE EACH (two
  副所长, two 网格监管员), each with his own line of work; in the table ``岗位`` is merged over the rows
  of both holders of a post and ``分工`` (written as in the roster) merged per holder, so the ROW'S
  ``分工`` — not the post — says whose the row is: the 副所长 rows ``分管食品、药品安全`` are 郦沛珩's, the
  副所长 rows ``分管特种设备、计量和价格`` are 隗澍晗's. The README's 读得懂的表 knows a roster above a table
  that names posts only (``村文书 | 戴晓军 | 村报账员 | 史红霞``: each post ONE holder, filled in by the
  post), prose 分工 lines one a holder above such a table, a post held by two people named in one
  cell or row by row (each holding all the post's points, ``本岗位全体人员共同防控``), ``负责片区`` and
  ``分管区域`` as where a post works (no 科室), and a group row ``二、副局长　邴翊淙（分管…）``; it does not
  describe a roster in which one post has SEVERAL holders told apart by their 分工, with the table's
  分工 column (a line of work, no 科室 and no holder) as the key that picks the holder of each row — so
  that the same post's rows belong to different people, and none of them holds all of them.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市场监管局's 网格化监管 of the food
sellers around schools — 定区域、定对象、定人员、定职责, a 网格监管员 named and 公示 for each 网格 of a
基层市场监管所; a 省市场监管局's 法治市场监管建设规划 — 局务会议, 处室 and 直属单位, 行政执法, 公平竞争审查,
信用监管; a 西安 paper on 食品检验 resources — 检验机构, 检验能力, 资质, 挂面、白酒、植物油 and 熟肉制品 检测,
瘦肉精 and 三聚氰胺; a 北京市场监管 Q&A on ODR企业 — 在线消费纠纷解决, 调解员, 12315平台, 申请 and 审核; a
特种设备监督检验所's paper on 检验检测 safety — 标准执行, 检验人员 素质, 压力容器, 登高作业, 相控阵超声; a
市场监管局's 网格+商户+监管 check of food shops in hot weather — 冷藏冷冻设备, 标签标识, 保质期; a 县市场监管局's
安全隐患排查治理 — 特种设备 定期检验, 作业人员持证上岗, 食品药品 GMP/GSP, 一设备一档案; a 市 市场监管系统's
节日 food safety — 驻点监管, 包保督导, 快检, 农村集贸市场, 科所队联动) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
Han surnames with rare given names, three characters each); every unit is a body of 鄠邑区, named with
the district's name.

Run ``python tests/published/score.py --set batch368`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each table row is the point of the ONE roster holder whose post AND 分工 are the
  row's (the 分工 is written in the table exactly as in the roster): one form a holder, the two 副所长 and
  the two 网格监管员 two forms each with only their own rows; the roster's three rows, ``分工`` and ``工作环节``
  are no points; the 所 has no 科室 (its forms' 科室 is empty), the 网格 being where a 监管员 works;
- each 市场监督管理所 here is a unit of its own (``鄠邑区市场监督管理局甘亭市场监督管理所`` …, as its title
  writes it), not a 科室 of the 局: its file is its own, its 所长 and 副所长 are its leaders and it has no
  科室; the 检验检测中心, the 消费者权益保护中心 and the 特种设备检验所 are units of their own too;
- ``局领导`` (the 局's sheet of its leaders, named so by its tab and title), ``中心领导`` (a group row, a
  责任部门 cell) and ``所领导`` (the 检验所's 部门 cell) are the 科室 of those leaders; a 局's 科, a 中心's 室
  and 科 and the 检验所's 室 are 科室; a group row ``三、理化检验室`` gives the 科室 ``理化检验室`` (its number
  left off);
- 局长, 副局长, 所长, 副所长, a 中心's 主任 and 副主任 are leaders; 科长, 室主任 and the 检验所's 检验室
  主任 middle; the rest (科员, 网格监管员, 综合内勤, 样品受理员, 检验员, 报告审核员, 会计, 出纳, 接线员,
  调解员, 检验师, 设备管理员) general;
- ``风险点 | 风险表现`` in the 检验所's list (one row a 风险点): the point is the short 风险点; ``分管工作``,
  ``负责网格``, ``职责事项``, ``工作环节`` and ``自查情况`` are no points and name no holder; the 消保中心's
  LAST ``分管领导`` column names a supervisor (the holder is ``责任人``); the 检验所's list names no
  person: its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``一级/二级/三级``, ``一级风险/二级风险/三级风险``,
  ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 祖庵所's note) are 1/2/3.

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

PREFIX = "b368_"
PLACE = "鄠邑区"
BUREAU = f"{PLACE}市场监督管理局"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

ROSTER_UNIT = f"{BUREAU}甘亭市场监督管理所"
ROSTER_LABELS = (f"岗{GAP}位", f"姓{GAP}名", f"分{GAP}工")
ROSTER_HEAD = ("序号", "岗位", "分工", "工作环节", "廉政风险点", "风险等级", "防控措施")
# (岗位, 姓名, 分工, tier) — the 所's 人员分工 as its 公示栏 shows it; two posts held by two people
ROSTER = [
    ("所长", "鄢霁琮", "主持全面工作", "leader"),
    ("副所长", "郦沛珩", "分管食品、药品安全", "leader"),
    ("副所长", "隗澍晗", "分管特种设备、计量和价格", "leader"),
    ("网格监管员", "禚岚汐", "甘亭街道北片网格", "general"),
    ("网格监管员", "眭泓霁", "甘亭街道南片网格", "general"),
    ("综合内勤", "弭芷涵", "登记注册和内勤", "general"),
]
# (岗位, 分工, [(工作环节, 廉政风险点, 等级, 防控措施)]) — the table names posts only
ROSTER_ROWS = [
    ("所长", "主持全面工作", [
        ("案件审批", "对辖区重大案件不经集体讨论个人决定处理结果", "高", "重大案件所务会集体讨论，讨论记录存档。"),
        ("检查计划", "确定日常检查对象时照顾关系户，不按“双随机”抽取", "中", "检查对象系统随机抽取，名单所内公示。"),
    ]),
    ("副所长", "分管食品、药品安全", [
        ("食品经营许可核查", "对不符合条件的食品经营者出具现场核查合格意见", "高", "现场核查两人以上，核查照片上传系统。"),
        ("药品零售监督检查", "对药店违规销售处方药问题不移交、不处理", "中", "检查发现问题当日录入台账，按周通报。"),
    ]),
    ("副所长", "分管特种设备、计量和价格", [
        ("特种设备隐患整改", "对电梯、气瓶超期未检问题以整改代替立案", "高", "隐患整改限期复查，逾期未改一律立案。"),
        ("价格投诉处理", "对节日期间价格举报选择性核查，降格处理", "低", "价格举报登记编号，处理结果回访举报人。"),
    ]),
    ("网格监管员", "甘亭街道北片网格", [
        ("校园周边食品检查", "提前向网格内经营户透露检查时间", "中", "检查时间临时确定，出发前通讯工具集中管理。"),
        ("网格巡查记录", "未到现场即填写巡查记录，虚报巡查次数", "中", "巡查定位打卡，所长每月抽查回访。"),
    ]),
    ("网格监管员", "甘亭街道南片网格", [
        ("农贸市场快检", "快检不合格结果不如实录入，替经营户隐瞒", "高", "快检数据实时上传，不合格样品双人复核。"),
    ]),
    ("综合内勤", "登记注册和内勤", [
        ("个体工商户登记", "对材料不全的申请违规办理登记，收受好处", "中", "登记材料清单化审核，办理情况按月抽查。"),
    ]),
]  # fmt: skip


def huyi_ganting_station_roster_by_duty() -> dict:
    unit = ROSTER_UNIT
    ncols = len(ROSTER_HEAD)
    sh = _Sheet("防控表", [9, 12, 16, 14, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", ncols)
    _line(sh, "一、人员分工", ncols)
    for i, label in enumerate(ROSTER_LABELS):
        sh.add(label, *(person[(0, 1, 2)[i]] for person in ROSTER))
    _line(sh, "二、廉政风险点及防控措施", ncols)
    sh.add(*ROSTER_HEAD)
    holder = {(post, duty): (who, tier) for post, who, duty, tier in ROSTER}
    first = len(sh.rows)
    n = 0
    for post, duty, points in ROSTER_ROWS:
        who, tier = holder[(post, duty)]
        for step, point, lv, measures in points:
            n += 1
            sh.add(n, post, duty, step, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(
        sh,
        "注：本表按所内人员分工填写，同一岗位由两人担任的，按各自分工分别防控；风险等级分高、中、低三级。",
        ncols,
    )
    sh.add("所长（签字）：", None, None, None, "2025年11月", None, None)
    return _layout(
        "huyi_ganting_station_roster_by_duty", "http://liwevents.com/news/show-321828.html",
        "(harder) 区市场监督管理局 甘亭市场监督管理所 岗位廉政风险防控表, after the source's 网格化监管 of the food sellers "
        "around schools (定区域、定对象、定人员、定职责, a 网格监管员 named and 公示 for each 网格 of a 基层市场监管所): a title, "
        "a merged ``一、人员分工`` and a ROSTER of three rows with side labels ``岗　位 | 姓　名 | 分　工`` in column A, one "
        "column a person (所长, TWO 副所长, TWO 网格监管员, 综合内勤), then a merged ``二、廉政风险点及防控措施`` and a table "
        "of POSTS ONLY ``序号 | 岗位 | 分工 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施``, 岗位 merged over the rows of both "
        "holders of a post and 分工 (as in the roster) merged per holder — the row's 分工 picks its holder; 高/中/低, no "
        "type column; a ``注：`` line and ``所长（签字）： | 2025年11月``",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huyi_bureau_two_sheets() -> dict:
    unit = BUREAU
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "昝璟渊", "主持全面工作，分管办公室和法规科", [
            ("重大行政处罚案件不经局务会议集体研究", "一级", "重大案件经法制审核后提交局务会议集体研究。"),
            ("干部选拔和市场监管所负责人调整搞个人意志", "一级", "干部调整经党组会研究，任前公示。"),
        ]),
        ("副局长", "蒯湜沂", "分管登记注册科和信用监管科", [
            ("对市场主体信用修复申请打招呼放行", "二级", "信用修复实行初审、复审两级审核，结果公示。"),
            ("公平竞争审查走过场", "三级", "公平竞争审查意见经法规科会审并存档。"),
        ]),
        ("副局长", "仉昀曦", "分管食品生产科和特种设备安全监察科", [
            ("食品生产许可审批把关不严", "一级", "许可审查实行技术审查与行政审批分离。"),
            ("对特种设备重大隐患挂牌督办不跟踪", "二级", "挂牌督办事项台账管理，逐项销号。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年11月", None)
    dept = _Sheet("机关科室", [6, 16, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}机关科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "璩沅笙", "middle", [
            ("公务接待和执法车辆使用超标准", "三级", "接待事前审批，执法车辆定位管理。"),
        ]),
        ("法规科", "科长", "鄞澈珂", "middle", [
            ("行政处罚案件法制审核降低标准", "一级", "法制审核意见书面说明理由，审核人签字负责。"),
            ("行政复议答复中隐瞒执法瑕疵", "三级", "复议答复材料经分管领导审定。"),
        ]),
        ("登记注册科", "科员", "逄琬瑢", "general", [
            ("为关系人违规办理企业名称和经营范围登记", "二级", "登记事项网上办理，全程留痕可查。"),
        ]),
        ("特种设备安全监察科", "科员", "阚浥尘", "general", [
            ("特种设备使用登记资料审查不严", "二级", "使用登记资料清单化审核，抽查复核。"),
            ("泄露特种设备检查计划", "三级", "检查计划知悉范围登记，签订保密承诺。"),
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
    dept.add("制表：", None, None, "审核：", None, "2025年11月", None)
    return _layout(
        "huyi_bureau_two_sheets", "http://www.cctv1204.com/zhengce/show-47155.html",
        "区市场监督管理局 廉政风险防控表 in two sheets, after the source's 省局 法治市场监管建设规划 (局务会议, 处室 and 直属单位, "
        "行政执法, 公平竞争审查, 信用监管): ``局领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``机关科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def huyi_qindu_station_cards() -> dict:
    unit = f"{BUREAU}秦渡市场监督管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "佴翊澄", "所长", "分管工作", "主持全面工作，分管行政执法", "leader", [
            ("对辖区食品经营户违法行为降格处理", "★★★", "案件处理集体讨论，处理结果公开。"),
            ("执法检查中接受经营户宴请", "★★", "执法检查两人以上，严守廉洁纪律。"),
            ("所内经费报销审批把关不严", "★", "经费支出按月公示，报局财务复核。"),
        ]),
        ("副所长", "甯沛岑", "副所长", "分管工作", "分管食品安全和网格化监管", "leader", [
            ("冷藏冷冻食品检查中对过期食品不依法处置", "★★★", "过期食品现场登记封存，处置情况拍照留存。"),
            ("为商户在标签标识检查中说情打招呼", "★★", "说情打招呼事项登记报告。"),
        ]),
        ("网格监管员", "暨珞璇", "网格监管员", "负责网格", "秦渡镇区和集贸市场网格", "general", [
            ("网格巡查中对无证经营视而不见", "★★", "网格巡查定位打卡，问题清单逐户销号。"),
            ("快检样品调换或快检结果弄虚作假", "★★★", "快检全程录像，结果实时上传。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, label, work, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add(label, work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "huyi_qindu_station_cards", "http://www.ca315.com/html/pc/2025/twtx_0820/316165.html",
        "区市场监督管理局 秦渡市场监督管理所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 副所长, 网格监管员), after the "
        "source's 网格+商户+监管 check of food shops (冷藏冷冻设备, 标签标识, 保质期): a title, a PAIR row ``姓　名 | … | 职　务 "
        "| …`` and a ``分管工作`` (``负责网格``) line merged over the rest, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no "
        "type column; a merged ``注：`` line on the stars and ``持卡人签字： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def huyi_food_lab_group_rows() -> dict:
    unit = f"{PLACE}食品药品检验检测中心"
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "蔺珣霈", "leader", [
                ("检验设备和试剂采购不按规定公开招标", "制度机制", "高", "大宗采购进入公共资源交易平台，集体决策。"),
                ("干预检验结论，为送检企业出具有利报告", "思想道德", "高", "检验报告三级审签，主任不得改动检验数据。"),
            ]),
        ]),
        ("二、样品受理室", "样品受理室", [
            ("样品受理员", "钭沁翾", "general", [
                ("向送检企业泄露盲样编号和检验安排", "岗位职责", "中", "样品盲样编号，受理与检验人员分离。"),
            ]),
        ]),
        ("三、理化检验室", "理化检验室", [
            ("室主任", "冼昶澜", "middle", [
                ("瘦肉精、三聚氰胺等项目检验结果审核走过场", "岗位职责", "高", "阳性结果复检，复检由另一人完成。"),
            ]),
            ("检验员", "乜湄芷", "general", [
                ("篡改挂面、白酒、植物油检验原始数据", "业务流程", "高", "原始记录不得涂改，仪器数据自动上传。"),
                ("接受送检企业礼品后放宽判定标准", "外部环境", "低", "签订廉洁承诺，判定依据写入报告。"),
            ]),
        ]),
        ("四、微生物检验室", "微生物检验室", [
            ("检验员", "邝翮羽", "general", [
                ("熟肉制品微生物检验不按标准培养即出具结果", "业务流程", "中", "培养过程记录温度和时长，室主任复核。"),
            ]),
        ]),
        ("五、综合办公室", "综合办公室", [
            ("会计", "巩滢沚", "general", [
                ("委托检验收费不入账，私设小金库", "制度机制", "中", "检验收费统一开具票据，按月对账。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "2025年11月", None)
    return _layout(
        "huyi_food_lab_group_rows", "https://m.bdocx.com/doc/8617382.html",
        "区食品药品检验检测中心 岗位廉政风险防控一览表, after the source's paper on 食品检验 resources in 西安 (检验机构, 检验能力, "
        "资质, 挂面、白酒、植物油、熟肉制品 检测, 瘦肉精, 三聚氰胺): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施 under GROUP ROWS ``一、中心领导``, ``二、样品受理室``, ``三、理化检验室``, ``四、微生物检验室``, "
        "``五、综合办公室`` merged across (no 科室 column); 岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huyi_consumer_center_duties() -> dict:
    unit = f"{PLACE}消费者权益保护中心"
    sh = _Sheet("责任清单", [6, 14, 9, 9, 16, 34, 13, 10, 30, 9])
    t = _Truth(unit)
    chief = "郜泠溆"
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "责任部门", "岗位", "责任人", "职责事项", "廉政风险点", "风险类别", "风险等级", "防控措施",
           "分管领导")  # fmt: skip
    rows = [
        ("中心领导", "副主任", chief, "leader", [
            ("ODR企业审核", "对不符合条件的企业审核通过在线纠纷解决资格", "岗位职责风险", "一级风险",
             "ODR企业申请材料集体审核，名单公示。"),
        ]),
        ("投诉举报受理科", "科长", "戚沣琬", "middle", [
            ("投诉分流", "将投诉件压案不转，或转给无管辖权的所", "业务流程风险", "二级风险", "12315平台工单限时转办，超时预警。"),
            ("举报奖励", "虚报举报奖励对象和金额", "制度机制风险", "一级风险", "奖励经集体审定，发放名单公示。"),
        ]),
        ("投诉举报受理科", "接线员", "却霁瑶", "general", [
            ("热线受理", "泄露投诉人和举报人个人信息", "思想道德风险", "二级风险", "受理信息分级查阅，查阅留痕。"),
        ]),
        ("消费维权调解科", "调解员", "钮澜翊", "general", [
            ("消费纠纷调解", "调解中偏袒经营者，收受经营者好处", "外部环境风险", "一级风险", "调解全程录音录像，调解书双方签字。"),
            ("调解结案", "未经调解即以和解结案，虚报调解成功率", "岗位职责风险", "三级风险", "结案回访消费者，科长抽查。"),
        ]),
        ("综合科", "出纳", "羿澍宁", "general", [
            ("现金管理", "先行赔付资金管理不规范，挪用", "业务流程风险", "二级风险", "先行赔付资金专户管理，按月对账。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年11月", None, None)
    return _layout(
        "huyi_consumer_center_duties", "https://isolves.com/news/sh/2023-06-01/76985.html",
        "区消费者权益保护中心 廉政风险防控责任清单, after the source's Q&A on ODR企业 (在线消费纠纷解决, 调解员, 12315平台, 申请 and "
        "审核): a title, then 序号/责任部门 merged (中心领导, 投诉举报受理科, 消费维权调解科, 综合科)/岗位 and ``责任人`` merged per "
        "person/``职责事项``/廉政风险点/风险类别 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``分管领导`` "
        "column naming the 副主任 on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huyi_special_equipment_posts() -> dict:
    unit = f"{PLACE}特种设备检验所"
    sh = _Sheet("排查表", [6, 14, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", [
            ("检验业务承接", "为关系单位插队安排检验，收取好处", "思想道德风险", "Ⅰ级", "检验任务系统排序，插队须书面说明。"),
            ("检验标准执行", "默许降低检验标准，判定尺度不一", "制度机制风险", "Ⅱ级", "检验规则统一培训，结论抽样复核。"),
        ]),
        ("承压设备检验室", "检验师", "general", [
            ("压力容器定期检验", "未按规范项目全面检测即出具合格报告", "岗位职责风险", "Ⅰ级", "检验项目清单逐项打勾，影像留存。"),
        ]),
        ("承压设备检验室", "报告审核员", "general", [
            ("检验报告审核", "对检验记录缺项的报告审核通过", "业务流程风险", "Ⅱ级", "报告审核与检验分离，审核意见留痕。"),
        ]),
        ("机电设备检验室", "检验师", "general", [
            ("电梯监督检验", "接受安装单位宴请后放宽验收判定", "外部环境风险", "Ⅰ级", "检验前廉洁告知，检验结果现场公示。"),
            ("检验收费", "多收、少收检验费或收费不开票", "业务流程风险", "Ⅲ级", "收费标准公开，统一开具票据。"),
        ]),
        ("综合室", "设备管理员", "general", [
            ("检测仪器采购", "相控阵超声等仪器采购指定品牌", "制度机制风险", "Ⅱ级", "采购参数论证，三家以上比价。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年11月", None)
    return _layout(
        "huyi_special_equipment_posts", "http://www.thearxiv.net/2025/45/c538202545179.html",
        "区特种设备检验所 岗位廉政风险点排查表 对岗不对人, after the source's 特种设备监督检验所 paper on 检验检测 safety (标准执行, "
        "检验人员 素质, 压力容器, 相控阵超声): a title, 序号/部门 merged (所领导, 承压设备检验室, 机电设备检验室, 综合室)/岗位 merged "
        "per post/a short 风险点/a long ``风险表现`` (one row a 风险点)/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no "
        "names; an ``编制： | 审核： | 2025年11月`` line",
        [sh], t,
    )  # fmt: skip


def huyi_yuxia_station_selfchecks() -> dict:
    unit = f"{BUREAU}余下市场监督管理所"
    t = _Truth(unit)
    people = [
        ("邴湛汐", "副所长", "leader", [
            ("特种设备定期检验督促不力，对超期未检设备不立案", "岗位职责", "高风险", "超期未检设备台账管理，逾期立案。", "已落实"),
            ("对药品零售企业GSP检查走过场", "业务流程", "中风险", "检查按清单逐项记录，所长复核。", "已落实"),
        ]),
        ("宓琛岫", "网格监管员", "general", [
            ("对作业人员无证上岗问题不记录、不处理", "岗位职责", "高风险", "检查记录当事人签字确认，问题逐项销号。", "正在整改"),
            ("收受辖区企业节日礼品", "思想道德", "低风险", "节前廉洁提醒，拒收登记。", "已落实"),
            ("一设备一档案资料代企业补填", "制度机制", "中风险", "档案资料由企业填报，监管员只核查。", "已落实"),
        ]),
        ("谯纾岚", "综合内勤", "general", [
            ("罚没款收缴不及时上缴", "业务流程", "中风险", "罚没款直缴国库，每月对账。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"职{GAP}务", "填表时间", None, None, None)
        sh.add(who, post, "2025年11月", None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签名：", None, None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huyi_yuxia_station_selfchecks",
        "https://www.seridoat.com/article/xian-shi-chang-jian-guan-ju-quan-mian-pai-cha-zhi-li-an-quan-yin-huan-shou-hu-qun-zhong-sheng-ming-c.html",
        "区市场监督管理局 余下市场监督管理所 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's "
        "县市场监管局 安全隐患排查治理 (特种设备 定期检验, 作业人员持证上岗, 食品药品 GMP/GSP, 一设备一档案): a title, a LABEL ROW "
        "``姓　名 | 职　务 | 填表时间`` over a row of values, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def huyi_zuan_station_every_row() -> dict:
    unit = f"{BUREAU}祖庵市场监督管理所"
    sh = _Sheet("一览表", [6, 12, 9, 38, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "濮沄珂", "leader", "节日驻点监管期间对问题商户包庇纵容", "外部环境风险", "Ⅰ", "驻点检查结果每日报局，问题商户清单公开。"),
        ("所长", "濮沄珂", "leader", "包保督导企业的问题不督促整改", "岗位职责风险", "Ⅱ", "包保督导台账按周更新，整改销号。"),
        ("网格监管员", "扈珮澂", "general", "农村集贸市场快检中替商户隐瞒不合格结果", "业务流程风险", "Ⅰ", "快检结果实时上传，不合格样品送检复核。"),
        ("网格监管员", "扈珮澂", "general", "对无证流动摊贩收取好处后不取缔", "思想道德风险", "Ⅱ", "巡查两人以上，取缔情况拍照存档。"),
        ("网格监管员", "笪琤蔚", "general", "科所队联动案件移送中压案不移", "制度机制风险", "Ⅲ", "移送案件登记编号，移送情况每月通报。"),
        ("综合内勤", "栾沚岫", "general", "执法文书和罚没票据管理混乱", "制度机制风险", "Ⅱ", "票据专人保管，领用核销登记。"),
    ]  # fmt: skip
    for i, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "2025年11月", None)
    return _layout(
        "huyi_zuan_station_every_row", "http://www.zhhxb.com/shipinanquanzixun/416.html",
        "区市场监督管理局 祖庵市场监督管理所 岗位廉政风险防控一览表, after the source's 市 市场监管系统 节日 food safety (驻点监管, "
        "包保督导, 快检, 农村集贸市场, 科所队联动): ``附件1``, a title, 序号/岗位/姓名 written out on EVERY row (nothing merged)/"
        "风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huyi_ganting_station_roster_by_duty(),
    huyi_bureau_two_sheets(),
    huyi_qindu_station_cards(),
    huyi_food_lab_group_rows(),
    huyi_consumer_center_duties(),
    huyi_special_equipment_posts(),
    huyi_yuxia_station_selfchecks(),
    huyi_zuan_station_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch368-inbox"))
